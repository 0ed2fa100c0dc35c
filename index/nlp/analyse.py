"""Analysis: spaCy over the cleaned articles, giving mentions, sentences and attributed quotes.

Two passes, because the dependency parser costs about as much as everything else together and
attribution needs it only where someone is quoted: pass 1 runs `ner` and `senter` over whole
articles; pass 2 parses only the sentences `attribution.sentences_to_parse` picks. Both run on a
batch of articles in one worker process (`analyse_batch`): a forked one here, or a Dask worker
(`--cluster`, nlp/cluster.py), which runs the same function on the same batches.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from collections.abc import Callable, Iterator

from .attribution import Entity, attribute, sentences_to_parse
from ..ingest.clean import blank_junk
from ..forked import can_fork, die_with_parent
from .fingerprint import analysis_fingerprint
from .quotes import find_quotes
from ..records import Article, Mention, Quote, Range

# Longer texts are analysed in chunks of about CHUNK characters (cut at line breaks), and only
# their first ANALYSIS_LIMIT characters: a 20 MB "article" is indexed whole but not analysed whole.
CHUNK = 100_000
ANALYSIS_LIMIT = 1_000_000

# Entity labels that name actors: people, organisations, places, groups, events.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})

Progress = Callable[[str, int, int], None]


@dataclass
class Annotations:
    """What analysis found in one article: the build cache record (JSON)."""

    article: str
    content_hash: str
    model: str
    sentences: list[Range] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    analysis: str = ""  # the fingerprint of the code that made it (fingerprint.py)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Annotations":
        return cls(
            article=d["article"],
            content_hash=d["content_hash"],
            model=d["model"],
            sentences=[tuple(s) for s in d["sentences"]],
            mentions=[Mention(**m) for m in d["mentions"]],
            quotes=[Quote(**q) for q in d["quotes"]],
            analysis=d.get("analysis", ""),
        )


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


class AnalysisError(Exception):
    """Analysis could not finish (on a cluster: the scheduler, a worker, the model there); the
    message is for the user. `code` is the exit status: 2 for bad usage, else 1."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def analyse(
    articles: list[Article],
    model: str,
    workers: int | None = None,
    progress: Progress | None = None,
    batch_size: int = 16,
    cluster: str | None = None,
) -> list[Annotations]:
    """Annotations for each article, in order.

    Both passes of a batch of articles run in the same worker process, which sends back only its
    small Annotations: no Doc crosses a process boundary, no second pool starts for the parser,
    and the parent stays idle while the workers have the cores. With `cluster` (a Dask scheduler's
    address, or "local") the batches go to that cluster's workers instead (nlp/cluster.py).
    """
    if not articles:
        return []
    if cluster:
        from .cluster import analyse_on_cluster  # imports Dask: only for a build that asks for it

        return analyse_on_cluster(articles, model, cluster, workers, progress, batch_size)
    workers = workers or default_workers()
    # Extra processes cost a model load each: not worth it for a handful of articles.
    n_process = workers if len(articles) >= 8 * workers and workers > 1 else 1
    out: list[Annotations] = []
    with _workers(model, n_process) as run:
        for anns in run(batches_of(articles, n_process, batch_size)):
            out.extend(anns)
            if progress:
                progress("analysing", len(out), len(articles))
    return out


def batches_of(articles: list[Article], n_process: int, batch_size: int = 16) -> list[list[Article]]:
    """The articles in batches of at most batch_size, at least four a process, so that the last
    batches end together and progress moves."""
    size = max(1, min(batch_size, -(-len(articles) // (4 * n_process))))
    return [articles[i : i + size] for i in range(0, len(articles), size)]


# The pipelines of this process, loaded once: by the parent before it forks its workers (they
# inherit them), by a spawned worker's initializer, or by a Dask worker's plugin (cluster.py).
_LOADED: dict[str, tuple] = {}


def loaded_pipelines(model: str) -> tuple:
    """(fast, parse) pipelines of model, loaded once per process (one model at a time)."""
    if model not in _LOADED:
        from .model import load_pipelines

        _LOADED.clear()
        _LOADED[model] = load_pipelines(model)
    return _LOADED[model]


@contextmanager
def _workers(model: str, n_process: int) -> Iterator[Callable[[list[list[Article]]], Iterator[list[Annotations]]]]:
    """A map of analyse_batch over batches, in order: in this process, or in a pool of n_process."""
    if n_process == 1:
        loaded_pipelines(model)
        yield lambda batches: (analyse_batch(model, b) for b in batches)
        return
    if can_fork():
        loaded_pipelines(model)  # loaded once here, shared copy-on-write by every worker
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(n_process, initializer=_start_worker, initargs=(model, os.getpid())) as pool:
        yield lambda batches: pool.imap(partial(analyse_batch, model), batches)


def _start_worker(model: str, parent: int) -> None:
    die_with_parent(parent)
    loaded_pipelines(model)


def analyse_batch(model: str, articles: list[Article]) -> list[Annotations]:
    """Pass 1 (ner, senter) over the articles, then pass 2 (the parser) over the sentences
    attribution needs, then attribution, with this process's pipelines (loaded_pipelines): what
    every worker runs, forked or on a cluster."""
    fast, parse = loaded_pipelines(model)
    texts = [blank_junk(a.text, a.junk) for a in articles]
    firsts: list[tuple[list[Range], list[Entity]]] = [([], []) for _ in articles]
    pieces = [(ai, off, piece) for ai, text in enumerate(texts) for off, piece in chunks(text)]
    docs = fast.pipe((p for _, _, p in pieces), batch_size=max(1, len(pieces)))
    for (ai, off, _), doc in zip(pieces, docs):
        sents, ents = firsts[ai]
        sents.extend(sentence_bounds(texts[ai], [(s.start_char + off, s.end_char + off) for s in doc.sents]))
        ents.extend(Entity(e.start_char + off, e.end_char + off, e.text, e.label_) for e in doc.ents)

    spans = [find_quotes(t[:ANALYSIS_LIMIT]) for t in texts]
    wanted = [
        (ai, si)
        for ai, (text, (sents, _), quotes) in enumerate(zip(texts, firsts, spans))
        for si in sentences_to_parse(text, sents, quotes)
    ]
    parsed: list[dict[int, object]] = [dict() for _ in articles]
    sentence_texts = [texts[ai][slice(*firsts[ai][0][si])] for ai, si in wanted]
    for (ai, si), doc in zip(wanted, parse.pipe(sentence_texts, batch_size=max(1, len(wanted)))):
        parsed[ai][si] = doc

    return [
        _annotate(art, text, sents, ents, quotes, pdocs, model)
        for art, text, (sents, ents), quotes, pdocs in zip(articles, texts, firsts, spans, parsed)
    ]


def _annotate(art: Article, text: str, sents, ents, quotes, parsed, model: str) -> Annotations:
    mentions = [
        Mention(art.id, e.start, e.end, e.text, e.label) for e in ents if e.label in ACTOR_LABELS and e.text.strip()
    ]
    found = []
    for n, a in enumerate(attribute(text, sents, ents, parsed, quotes), 1):
        q = a.quote
        found.append(
            Quote(
                id=f"{art.id}#q{n}",
                article=art.id,
                text=art.text[q.start : q.end],
                start=q.start,
                end=q.end,
                speaker=a.speaker,
                cue=a.cue,
                kind=a.kind,
                speaker_start=a.speaker_start,
                speaker_end=a.speaker_end,
            )
        )
    return Annotations(art.id, art.content_hash, model, list(sents), mentions, found, analysis_fingerprint())


def chunks(text: str, size: int = CHUNK, limit: int = ANALYSIS_LIMIT) -> list[tuple[int, str]]:
    """(offset, piece) of text up to limit, in pieces of at most size cut at a line break or space."""
    text = text[:limit]
    out, pos = [], 0
    while len(text) - pos > size:
        cut = text.rfind("\n", pos + size // 2, pos + size)
        if cut < 0:
            cut = text.rfind(" ", pos + size // 2, pos + size)
        cut = cut + 1 if cut >= 0 else pos + size
        out.append((pos, text[pos:cut]))
        pos = cut
    out.append((pos, text[pos:]))
    return out


def sentence_bounds(text: str, sents: list[Range]) -> list[Range]:
    """The sentences attribution reads, from `senter`'s: cut at every line break
    (`split_at_newlines`), and joined after a quotation that ends with a comma
    (`join_after_comma`)."""
    return join_after_comma(text, split_at_newlines(text, sents))


# A sentence that ends with a quotation's comma and its closing marks: '..., "A," ', and the
# Washington Post's nested close ',\' "' (a single mark, a space, the double one)
_ENDS_WITH_COMMA_QUOTE = re.compile(r",(?:[ \t]*[”\"’'])+$")


def join_after_comma(text: str, sents: list[Range]) -> list[Range]:
    """A quotation that ends with a comma does not end its sentence: the reporter's clause goes on
    ('“... this is important,’ ” Magel said at the rally.'). `senter` cuts there after a nested
    quotation's two closing marks, which leaves the quotation apart from its speech verb; the
    sentence after it on the same line is joined back on."""
    out: list[Range] = []
    for start, end in sents:
        if out and _ENDS_WITH_COMMA_QUOTE.search(text, out[-1][0], out[-1][1]) and "\n" not in text[out[-1][1] : start]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def split_at_newlines(text: str, sents: list[Range]) -> list[Range]:
    """Sentences never run across a line break: a paragraph ends every sentence in it.

    `senter` sometimes joins a paragraph's last sentence to the next paragraph's first, which
    would let a speech verb in one paragraph attribute a quote in another.
    """
    out: list[Range] = []
    for start, end in sents:
        pos = start
        while True:
            nl = text.find("\n", pos, end)
            if nl < 0:
                break
            if text[pos:nl].strip():
                out.append(_trim(text, pos, nl))
            pos = nl + 1
        if text[pos:end].strip():
            out.append(_trim(text, pos, end))
    return out


def _trim(text: str, start: int, end: int) -> Range:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
