"""Turn the hand annotations (bench/gold/annotations*.txt) into the gold JSON Lines files.

    python bench/gold/build_gold.py            write bbc_dev.jsonl and bbc_heldout.jsonl
    python bench/gold/build_gold.py show ID    the article with its quotes numbered, the
                                               annotated mentions marked and the capitalised
                                               words no annotation covers (an annotator's aid)

Why a source file and a builder: the annotator writes which names refer to which actor and who
said each quote, by reading the article; the builder finds the character offsets, so that no
offset is typed by hand, and checks that every annotation matched something in the text.
Every `annotations*.txt` is read, in name order, so that annotators can work in files of their
own; an actor may be declared in several files if the declarations agree.

The annotation language, one statement a line (`#` starts a comment):
    actor KEY TYPE Name...          the global registry: a gold actor, its type and its name
    article ID dev|heldout          the article the next lines annotate
    m KEY = form | form ...         every whole-word occurrence of each form is a mention of KEY
                                    (longer forms first; a form never matches inside another)
    s form | form ...               every occurrence of each form is no mention, and no shorter form
                                    matches inside it (a product or title that holds a name)
    x form#N ...                    the N-th whole-word occurrence of form is not a mention
    o form#N = KEY                  the N-th whole-word occurrence of form refers to KEY instead
    q N = KEY|null [; accept K,K] [; desc TEXT] [; note TEXT]
                                    the N-th quoted span (in "..." as numbered by `show`) and its
                                    speaker; `accept` lists other keys that count as right
    q N = skip ; note TEXT          the N-th quoted span is not a direct quote (a title, a name)
    note TEXT                       a note on the article (the README gathers the hard cases)
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"
SOURCE = HERE / "annotations.txt"
SOURCES = sorted(HERE.glob("annotations*.txt"))
TYPES = {"person", "org", "place", "group", "event"}


@dataclass
class ArticleNotes:
    id: str
    set: str
    forms: list[tuple[str, str]] = field(default_factory=list)  # (form, key)
    excludes: list[tuple[str, int]] = field(default_factory=list)
    overrides: list[tuple[str, int, str]] = field(default_factory=list)
    quotes: dict[int, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class GoldError(Exception):
    pass


def parse_all(sources: list[Path]) -> tuple[dict[str, dict], list[ArticleNotes]]:
    """All annotation files as one: the actors of each (the same key must mean the same actor)
    and the articles of all."""
    actors: dict[str, dict] = {}
    articles: list[ArticleNotes] = []
    for source in sources:
        more, arts = parse(source)
        for key, actor in more.items():
            if actors.setdefault(key, actor) != actor:
                raise GoldError(f"{source.name}: actor {key} declared otherwise in another file")
        articles.extend(arts)
    return actors, articles


def parse(source: Path) -> tuple[dict[str, dict], list[ArticleNotes]]:
    actors: dict[str, dict] = {}
    articles: list[ArticleNotes] = []
    cur: ArticleNotes | None = None
    for no, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("note") else raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        where = f"{source.name}:{no}"
        if word == "actor":
            key, typ, name = rest.split(" ", 2)
            if typ not in TYPES:
                raise GoldError(f"{where}: unknown type {typ!r}")
            if key in actors:
                raise GoldError(f"{where}: actor {key} declared twice")
            actors[key] = {"name": name.strip(), "type": typ}
        elif word == "article":
            aid, aset = rest.split()
            if aset not in ("dev", "heldout"):
                raise GoldError(f"{where}: set must be dev or heldout")
            cur = ArticleNotes(aid, aset)
            articles.append(cur)
        elif cur is None:
            raise GoldError(f"{where}: {word} before any article")
        elif word == "m":
            key, _, forms = rest.partition("=")
            for form in forms.split("|"):
                cur.forms.append((form.strip(), key.strip()))
        elif word == "s":
            for form in rest.split("|"):
                cur.forms.append((form.strip(), ""))
        elif word == "x":
            for item in rest.split():
                form, _, n = item.rpartition("#")
                cur.excludes.append((form.replace("_", " "), int(n)))
        elif word == "o":
            left, _, key = rest.partition("=")
            form, _, n = left.strip().rpartition("#")
            cur.overrides.append((form, int(n), key.strip()))
        elif word == "q":
            head, sep, note = rest.partition("; note ")  # a note runs to the end of the line
            parts = [p.strip() for p in head.split(";")] + ([f"note {note}"] if sep else [])
            n, _, speaker = parts[0].partition("=")
            q: dict = {"speaker": speaker.strip()}
            for p in parts[1:]:
                k, _, v = p.partition(" ")
                if k == "accept":
                    q["also_accept"] = [x.strip() for x in v.split(",") if x.strip()]
                elif k in ("desc", "note"):
                    q["speaker_desc" if k == "desc" else "note"] = v.strip()
                else:
                    raise GoldError(f"{where}: unknown quote field {k!r}")
            cur.quotes[int(n)] = q
        elif word == "note":
            cur.notes.append(rest.strip())
        else:
            raise GoldError(f"{where}: unknown statement {word!r}")
    return actors, articles


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    pat = r"(?<![\w])" + re.escape(form) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of "..." quotations, by the side of each mark: a mark after a space opens, one
    before a space or punctuation closes. In this corpus the paragraphs of a long quotation were
    often run together ('... stage. "Those who ...'): an opening mark inside an open quotation
    ends it there and starts the next; a quotation still open at a line's end ends there."""
    spans: list[tuple[int, int]] = []
    start: int | None = None

    def close(end: int) -> None:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))

    for i, ch in enumerate(text):
        if ch == "\n" and start is not None:
            close(i)
            start = None
        if ch != '"':
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opening = (before.isspace() or before in "([-—") and not after.isspace()
        closing = not before.isspace() and (after.isspace() or not after.isalnum())
        if start is None and (opening or not closing):
            start = i + 1
        elif start is not None and opening and not closing:
            close(i)
            start = i + 1
        elif start is not None:
            close(i)
            start = None
    if start is not None:
        close(len(text))
    return spans


def resolve(art: ArticleNotes, text: str, actors: dict[str, dict]) -> list[dict]:
    claimed: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for form, key in sorted(art.forms, key=lambda fk: -len(fk[0])):
        if key and key not in actors:
            raise GoldError(f"{art.id}: actor {key} is not declared")
        occ = occurrences(text, form)
        if not occ:
            raise GoldError(f"{art.id}: form {form!r} ({key}) does not occur")
        for s, e in occ:
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            claimed.append((s, e, key))
    by_span = {(s, e): k for s, e, k in claimed if k}
    for form, n in art.excludes:
        occ = occurrences(text, form)
        if n > len(occ) or occ[n - 1] not in by_span:
            raise GoldError(f"{art.id}: exclusion {form}#{n} is not a mention")
        del by_span[occ[n - 1]]
    for form, n, key in art.overrides:
        occ = occurrences(text, form)
        if key not in actors:
            raise GoldError(f"{art.id}: actor {key} is not declared")
        if n > len(occ):
            raise GoldError(f"{art.id}: override {form}#{n}: only {len(occ)} occurrences")
        span = occ[n - 1]
        if span not in by_span and any(taken[span[0] : span[1]]):
            raise GoldError(f"{art.id}: override {form}#{n} falls inside another mention")
        by_span[span] = key
    return [{"start": s, "end": e, "surface": text[s:e], "actor": k} for (s, e), k in sorted(by_span.items())]


def build(actors: dict[str, dict], arts: list[ArticleNotes], corpus: dict[str, dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"dev": [], "heldout": []}
    seen = set()
    for art in arts:
        if art.id in seen:
            raise GoldError(f"{art.id}: annotated twice")
        seen.add(art.id)
        rec = corpus[art.id]
        text = rec["text"]
        mentions = resolve(art, text, actors)
        spans = quoted_spans(text)
        quotes = []
        for n in sorted(art.quotes):
            if n > len(spans):
                raise GoldError(f"{art.id}: quote {n} but only {len(spans)} quoted spans")
        missing = [n for n in range(1, len(spans) + 1) if n not in art.quotes]
        if missing:
            raise GoldError(f"{art.id}: quoted spans {missing} have no annotation")
        for n, (s, e) in enumerate(spans, 1):
            q = art.quotes[n]
            if q["speaker"] == "skip":
                continue
            speaker = None if q["speaker"] == "null" else q["speaker"]
            for k in [speaker, *q.get("also_accept", [])]:
                if k is not None and k not in actors:
                    raise GoldError(f"{art.id}: quote {n}: actor {k} is not declared")
            gq = {"start": s, "end": e, "text": text[s:e], "speaker": speaker}
            for k in ("also_accept", "speaker_desc", "note"):
                if k in q:
                    gq[k] = q[k]
            quotes.append(gq)
        used = (
            {m["actor"] for m in mentions}
            | {q["speaker"] for q in quotes if q["speaker"]}
            | {k for q in quotes for k in q.get("also_accept", [])}
        )
        out[art.set].append(
            {
                "id": art.id,
                "title": rec.get("title"),
                "category": rec.get("category"),
                "actors": {k: actors[k] for k in sorted(used)},
                "mentions": mentions,
                "quotes": quotes,
                "notes": art.notes,
            }
        )
    return out


def load_corpus() -> dict[str, dict]:
    """The BBC articles by id, their text and title as dossier's loader reads them (HTML character
    references decoded): the gold's offsets count in that text."""
    from dossier.index.ingest.clean import decode_references

    with CORPUS.open(encoding="utf-8") as fh:
        records = {r["id"]: r for r in map(json.loads, fh)}
    for r in records.values():
        r["text"], r["title"] = decode_references(r["text"]), decode_references(r["title"])
    return records


def show(aid: str) -> None:
    corpus = load_corpus()
    text = corpus[aid]["text"]
    actors, arts = parse_all(SOURCES)
    art = next((a for a in arts if a.id == aid), None)
    mentions = resolve(art, text, actors) if art else []
    print(f"== {aid}: {corpus[aid]['title']} ({len(text)} chars)")
    marked, pos = [], 0
    for m in mentions:
        marked.append(text[pos : m["start"]])
        marked.append(f"[{m['surface']}|{m['actor']}]")
        pos = m["end"]
    marked.append(text[pos:])
    print("".join(marked))
    print("-- quotes")
    for n, (s, e) in enumerate(quoted_spans(text), 1):
        q = art.quotes.get(n) if art else None
        print(f"  q{n} [{s}:{e}] {text[s:e][:90]!r} -> {q}")
    covered = [False] * len(text)
    for m in mentions:
        for i in range(m["start"], m["end"]):
            covered[i] = True
    loose = sorted(
        {
            w.group(0)
            for w in re.finditer(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", text)
            if not any(covered[w.start() : w.end()])
        }
    )
    print("-- capitalised words not covered:", ", ".join(loose))


def main(argv: list[str]) -> int:
    if argv[:1] == ["show"]:
        for aid in argv[1:]:
            show(aid)
        return 0
    actors, arts = parse_all(SOURCES)
    out = build(actors, arts, load_corpus())
    for name, recs in out.items():
        path = HERE / f"bbc_{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        nm = sum(len(r["mentions"]) for r in recs)
        nq = sum(len(r["quotes"]) for r in recs)
        print(f"{path.name}: {len(recs)} articles, {nm} mentions, {nq} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
