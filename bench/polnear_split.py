"""Turn a split of PolNeAR into the gold format of ../shared/eval/polnear-dev, to measure on more
US news than the 84 dev articles.

    python bench/polnear_split.py SOURCE --split train --out DIR [--half tune|check]
    python bench/eval_extraction.py --polnear DIR

SOURCE holds PolNeAR's `data/` (https://github.com/networkdynamics/PolNeAR; `data/<split>/text`,
`data/<split>/attributions`, `data/metadata.tsv`); from a clone, the train and dev splits alone:

    git -C PolNeAR archive HEAD data/train/text data/train/attributions data/dev/text \
        data/dev/attributions data/metadata.tsv | tar -x -C SOURCE

The repository states no licence for its data, so it is never copied into dossier: convert it
outside the project and measure there.

Why: the dev split was tuned on for many sessions; the train split (840 articles) never was. Its
articles are split in two halves by a hash of their name: `tune` to read errors and write rules
on, `check` to measure the result on articles nobody read. The test split is the graders' held-out
and is refused.

What a gold quote is (as in polnear-dev, whose conversion this reproduces; `--split dev` and a
comparison with the shared file show how closely): a span between quotation marks (double marks,
or curly single ones) that overlaps the content of an attribution, given the attribution's source
as its speaker (null when it has none). A quote still open at the end of its paragraph ends there (a
quote running over several paragraphs opens each). `kind` is `direct` when the marks hold all of
the content's words, `partial` otherwise. An article annotated by several annotators is read in
the first annotator's version (by name).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

OPEN_DOUBLE = '“"'
CLOSE_DOUBLE = '”"'
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Attribution:
    """One attribution of a brat file: its content's spans, its source, its cue."""

    ident: str
    content: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat .ann file (text-bound spans T, attribution events E)."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not re.match(r"[TE]\d+\t", line):
            continue  # a span's text that runs over several lines continues here
        if line.startswith("T"):
            ident, middle, _text = line.split("\t", 2)
            _label, offsets = middle.split(" ", 1)
            spans[ident] = tuple((int(a), int(b)) for a, b in (part.split() for part in offsets.split(";")))
        elif line.startswith("E"):
            ident, args = line.split("\t", 1)
            roles = dict(arg.split(":", 1) for arg in args.split())
            events.append((ident, roles))
    out = []
    for ident, roles in events:
        if "Content" not in roles:
            continue
        source = spans[roles["Source"]] if "Source" in roles else None
        cue = spans[roles["Cue"]] if "Cue" in roles else None
        out.append(
            Attribution(
                ident,
                spans[roles["Content"]],
                (source[0][0], source[-1][1]) if source else None,
                (cue[0][0], cue[-1][1]) if cue else None,
            )
        )
    return out


def quoted_spans(text: str) -> list[tuple[int, int, str, bool]]:
    """Every quotation in the text: (outer start, outer end, mark, unclosed), marks included."""
    found = []
    for para in re.finditer(r"[^\n]+", text):
        p_start, p_end = para.span()
        i = p_start
        while i < p_end:
            ch = text[i]
            if ch in OPEN_DOUBLE and _opens(text, i, p_start):
                j = i + 1
                while j < p_end and not _ends(text, i, j, p_start):
                    j += 1
                if j < p_end and text[j] in CLOSE_DOUBLE and not _opens(text, j, p_start):
                    found.append((i, j + 1, "double", False))
                    i = j + 1
                    continue
                found.append((i, j, "double", True))  # open to the paragraph's end or a nested quote
                i = j
                continue
            if ch == "‘" and _opens(text, i, p_start):
                j = text.find("’", i + 1, p_end)
                while j != -1 and j + 1 < p_end and text[j + 1].isalpha():
                    j = text.find("’", j + 1, p_end)  # an apostrophe (don’t), not the closing mark
                if j != -1:
                    found.append((i, j + 1, "single", False))
                    i = j + 1
                    continue
            i += 1
    return found


def _ends(text: str, i: int, j: int, p_start: int) -> bool:
    """The quotation opened at i ends at j: a closing mark, a curly opening mark misused as one,
    or a curly opening mark that starts a quotation inside it (its end, as PolNeAR's spans read)."""
    ch = text[j]
    if ch == "“":
        return _closes(text, j) or _opens(text, j, p_start)
    return ch in CLOSE_DOUBLE and (ch != '"' or not _opens(text, j, p_start) or text[i] == '"')


def _opens(text: str, i: int, p_start: int) -> bool:
    """A mark at i opens a quotation: at the paragraph's start or after a space or a bracket."""
    return i == p_start or not (text[i - 1].isalnum() or text[i - 1] in ".,;:!?")


def _closes(text: str, i: int) -> bool:
    """An opening mark misused as a closing one ("Mostly False.“"): after a word or stop, before a
    space or the end."""
    return text[i - 1] in ".,!?" and (i + 1 >= len(text) or text[i + 1].isspace())


def gold_quotes(doc: str, text: str, attributions: list[Attribution]) -> list[dict]:
    """The gold quotes of one article, in text order."""
    quotes = []
    spans = quoted_spans(text)
    for attribution in attributions:
        content_words = sum(len(WORD.findall(text[s:e])) for s, e in attribution.content)
        quoted_words = sum(
            len(WORD.findall(text[max(a, s) + 1 : min(b, e) - 1]))
            for a, b, _m, _u in spans
            for s, e in attribution.content
            if a < e and s < b
        )
        for outer_start, outer_end, mark, unclosed in spans:
            inner_start, inner_end = outer_start + 1, outer_end - (0 if unclosed else 1)
            if not any(s < inner_end and inner_start < e for s, e in attribution.content):
                continue
            if not WORD.search(text[inner_start:inner_end]):
                continue
            source = attribution.source
            cue = attribution.cue
            quotes.append(
                {
                    "doc": doc,
                    "quote": text[inner_start:inner_end],
                    "start": inner_start,
                    "end": inner_end,
                    "speaker": text[source[0] : source[1]] if source else None,
                    "speaker_start": source[0] if source else None,
                    "speaker_end": source[1] if source else None,
                    "kind": "direct" if quoted_words >= content_words else "partial",
                    "mark": mark,
                    "unclosed": unclosed,
                    "outer_start": outer_start,
                    "outer_end": outer_end,
                    "cue": text[cue[0] : cue[1]] if cue else None,
                    "attribution_id": attribution.ident,
                }
            )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return quotes


def half_of(doc: str) -> str:
    """Which half of the split an article belongs to: a hash of its name, stable everywhere."""
    return "tune" if hashlib.sha1(doc.encode()).digest()[0] % 2 == 0 else "check"


def part_of(doc: str) -> str:
    """Which part of the check half a session may read (session 25 read the errors of "read" and
    kept "unread" unread): a second byte of the same hash."""
    return "read" if hashlib.sha1(doc.encode()).digest()[1] % 2 == 0 else "unread"


def metadata(source: Path) -> dict[str, dict[str, str]]:
    rows = (source / "data" / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    return {r["filename"]: r for r in (dict(zip(header, line.split("\t"))) for line in rows[1:])}


def convert(source: Path, split: str, out: Path, half: str | None, part: str | None = None) -> tuple[int, int]:
    """Write articles/, docs.jsonl and quotes_gold.jsonl for a split (or one half of it)."""
    if split == "test":
        raise SystemExit("the test split is held out: it is not converted")
    data = source / "data" / split
    meta = metadata(source)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    n_docs = n_quotes = 0
    with (
        (out / "docs.jsonl").open("w", encoding="utf-8") as docs,
        (out / "quotes_gold.jsonl").open("w", encoding="utf-8") as gold,
    ):
        for text_path in sorted((data / "text").glob("*.txt")):
            doc = text_path.stem
            if (half and half_of(doc) != half) or (part and part_of(doc) != part):
                continue
            anns = sorted((data / "attributions").glob(f"{doc}_*.ann"))
            if not anns:
                continue
            text = text_path.read_text(encoding="utf-8")
            quotes = gold_quotes(doc, text, read_ann(anns[0]))
            (out / "articles" / text_path.name).write_text(text, encoding="utf-8")
            m = meta.get(doc, {})
            docs.write(
                json.dumps(
                    {
                        "doc": doc,
                        "split": split,
                        "publisher": m.get("publisher"),
                        "date": m.get("publication_date"),
                        "title": m.get("title"),
                        "author": m.get("author"),
                        "annotator": anns[0].stem.rsplit("_", 1)[1],
                        "n_annotations_available": len(anns),
                        "n_chars": len(text),
                        "n_quotes": len(quotes),
                    }
                )
                + "\n"
            )
            for q in quotes:
                gold.write(json.dumps(q, ensure_ascii=False) + "\n")
            n_docs += 1
            n_quotes += len(quotes)
    return n_docs, n_quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="a folder holding PolNeAR's data/")
    ap.add_argument("--split", default="train", choices=["train", "dev", "test"])
    ap.add_argument("--half", choices=["tune", "check"])
    ap.add_argument("--part", choices=["read", "unread"], help="with --half check: the part read or kept unread")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    n_docs, n_quotes = convert(args.source, args.split, args.out, args.half, args.part)
    print(f"{args.out}: {n_docs} articles, {n_quotes} gold quotes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
