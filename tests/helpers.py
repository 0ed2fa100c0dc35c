"""Small helpers shared by test modules (imported as `helpers`: tests/ is on sys.path)."""

from __future__ import annotations

from pathlib import Path


def write(root: Path, rel: str, content: str | bytes) -> Path:
    """Write a corpus file (text as UTF-8, or raw bytes), creating its folders."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"


def bbc_index(tmp_path_factory, name: str, wanted) -> Path:
    """A real index (real model, workers=1) of the BBC articles `wanted(row)` picks, in corpus
    order; the test is skipped where the corpus is not."""
    import json

    import pytest

    from dossier.index.build import build_index

    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if wanted(r)]
    root = tmp_path_factory.mktemp(name)
    write(root, "corpus/bbc.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    build_index(root / "corpus", root / "index", workers=1)
    return root / "index"


def bbc_text(aid: str) -> str:
    """A BBC article's text as dossier's loader reads it: the offsets of its index's mentions
    count in it."""
    import json

    from dossier.index.ingest.clean import readable

    with BBC.open(encoding="utf-8") as f:
        return readable(next(r["text"] for r in map(json.loads, f) if r["id"] == aid))


def mention_where(mentions, text: str, written: str, name: str):
    """The mention that holds `name` where it is first in the words `written` of the text."""
    start = text.index(written) + written.index(name)
    held = [m for m in mentions if m.start <= start < m.end]
    assert held, f"no mention of {name!r} in {written!r}"
    return held[0]


def mentions_at(aid: str, text: str, spans: list[tuple[str, str]]):
    """Mentions of each (surface, label), found in text in the order given: what NER would have
    given resolve_actors."""
    from dossier.index.records import Mention

    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        pos = start + len(surface)
        out.append(Mention(aid, start, start + len(surface), surface, label))
    return out


def bbc_index_of_first(tmp_path_factory, name: str, phrases) -> tuple[Path, dict[str, dict]]:
    """A real index (real model, workers=1) of the first BBC article that writes each phrase, in
    the order of the phrases, and those articles' records by id; skipped where the corpus is not."""
    import json

    import pytest

    from dossier.index.build import build_index

    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    chosen: dict[str, dict] = {}
    for words in phrases:
        row = next(r for r in rows if words in r["text"])
        chosen[row["id"]] = row
    root = tmp_path_factory.mktemp(name)
    write(root, "corpus/bbc.jsonl", "".join(json.dumps(r) + "\n" for r in chosen.values()))
    build_index(root / "corpus", root / "index", workers=1)
    return root / "index", chosen


def picked_index(name: str, ids):
    """A module's `index` fixture: a real index of the BBC articles whose ids are in `ids`, built
    once per module (`index = picked_index("fix15", ARTICLES)` at a test module's top)."""
    import pytest

    @pytest.fixture(scope="module")
    def index(tmp_path_factory):
        return bbc_index(tmp_path_factory, name, lambda r: r["id"] in ids)

    return index


def picked_actors(name: str, ids):
    """A module's `actors` fixture: the actors of a real index of the BBC articles whose ids are in
    `ids`, built and read once per module (`actors = picked_actors("org17", PICKS)`)."""
    import pytest

    @pytest.fixture(scope="module")
    def actors(tmp_path_factory):
        from dossier.index.read import Reader

        with Reader(bbc_index(tmp_path_factory, name, lambda r: r["id"] in ids)) as reader:
            return list(reader.actors())

    return actors


def actors_and_mentions(index: Path, ids) -> tuple[dict, dict[str, list]]:
    """(the index's actors by id, the mentions of each article of `ids`): read once, for
    `actor_at`."""
    from dossier.index.read import Reader

    with Reader(index) as reader:
        actors = {a.id: a for a in reader.actors()}
        mentions = {aid: list(reader.article(aid).mentions) for aid in ids}
    return actors, mentions


def picked_seen(name: str, ids):
    """A module's `seen` fixture: `actors_and_mentions` of a real index of the BBC articles whose
    ids are in `ids`, built once per module."""
    import pytest

    @pytest.fixture(scope="module")
    def seen(tmp_path_factory):
        return actors_and_mentions(bbc_index(tmp_path_factory, name, lambda r: r["id"] in ids), ids)

    return seen


def held_at(seen, article: str, written: str, name: str):
    """(the actor, the mention) of `name` where it is first in the words `written` of the
    article; `seen` is `actors_and_mentions`'s answer."""
    actors, mentions = seen
    held = mention_where(mentions[article], bbc_text(article), written, name)
    return actors[held.actor], held


def actor_at(seen, article: str, written: str, name: str):
    """The actor of the mention of `name` where it is first in `written` in the article."""
    return held_at(seen, article, written, name)[0]


def article_mentions(index: Path, aid: str) -> list:
    """An article's mentions, as the index holds them."""
    from dossier.index.read import Reader

    with Reader(index) as reader:
        return reader.article(aid).mentions


def actor_by_id(index: Path, actor_id: str):
    """An actor of the index by its id."""
    from dossier.index.read import Reader

    with Reader(index) as reader:
        return reader.actor(actor_id)


def speaker_of(pipes, text: str, opening: str) -> str | None:
    """The speaker the attribution gives the quote of `text` that opens with `opening`."""
    from test_attribution_speakers import run

    got, _, _ = run(pipes, text)
    return got[next(k for k in got if k.startswith(opening))].speaker


def holder(actors, form: str):
    """The one actor among `actors` that has `form` among its aliases."""
    held = [a for a in actors if form in a.aliases]
    assert len(held) == 1, f"{form!r} is held by {[a.id for a in held]}"
    return held[0]
