"""The records that flow through the pipeline and out of the read API.

They are plain dataclasses so that the build cache (annotations) and the JSON output are
`dataclasses.asdict` of them; DESIGN.md documents each field.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Range = tuple[int, int]


@dataclass
class Article:
    id: str
    path: str
    title: str | None
    source: str | None
    date: str | None
    url: str | None
    text: str
    junk: list[Range] = field(default_factory=list)
    content_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["junk"] = [list(r) for r in self.junk]
        return d


@dataclass
class Mention:
    article: str
    start: int
    end: int
    surface: str
    label: str
    actor: str | None = None


@dataclass
class Quote:
    id: str
    article: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    kind: str = "full"
    group: str | None = None
    # Where the speaker is named in the article (the mention that resolved it), if anywhere.
    speaker_start: int | None = None
    speaker_end: int | None = None

    def public(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md (no internal offsets of the speaker)."""
        d = asdict(self)
        d.pop("speaker_start")
        d.pop("speaker_end")
        return d


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """An input that was skipped or needed care: shown to the user with its place."""

    path: str
    line: int | None
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


# What an actor is, and the type each spaCy label gives (the explorer colours by it).
ACTOR_TYPES = ("person", "org", "place", "group", "event")
LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
}


# The build's stages in order, with the words the progress displays use for them (the bar of
# `dossier index build` and the explorer's build bar, which reads them from --progress-jsonl).
STAGE_NAMES = {
    "analysing": "Analysing articles",
    "actors": "Resolving actors",
    "writing": "Writing the index",
}
