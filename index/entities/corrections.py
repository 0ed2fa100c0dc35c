"""The user's corrections to the actors: merge, split, rename, set-type, drop.

Resolution errs on real news, and a journalist who sees "Des Browne" inside "Gordon Brown" must be
able to fix it once, for good. The corrections are one TOML file the user can read, edit and keep
under version control (`corrections.toml` in the index folder unless `--corrections FILE` names
one). Each `[[correction]]` table holds one action, and every build applies them in the file's
order, after actors are resolved:

    [[correction]]
    merge = ["person:gordon-brown", "person:brown"]    # the first id stays
    [[correction]]
    split = "person:charles-kennedy"
    aliases = ["Prince Charles"]                       # these forms leave for an actor of their own
    [[correction]]
    rename = "person:ray-charles"
    name = "Ray Charles (musician)"
    [[correction]]
    set-type = "person:yukos"                          # the id's prefix follows: org:yukos
    type = "org"
    [[correction]]
    drop = "person:report"                             # not an actor: its mentions and quotes lose it

A correction whose actor does not exist (the corpus changed, or resolution improved) is reported
with its line and skipped; a file that cannot be read is an error naming the line.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..records import ACTOR_TYPES, Actor, Mention, Problem, Quote
from .names import slug, strip_possessive

FILE_NAME = "corrections.toml"
ACTIONS = ("merge", "split", "rename", "set-type", "drop")
TYPES = ACTOR_TYPES
HEADER = (
    "# Corrections to the actors of this index, applied by every build in this order.\n"
    "# Written by `dossier actors merge|split|rename|set-type|drop`; edit freely (see DESIGN.md).\n"
)


class CorrectionsError(Exception):
    """The corrections file cannot be used: the message names the file and the line."""


@dataclass(frozen=True)
class Correction:
    action: str  # one of ACTIONS
    ids: tuple[str, ...]  # merge: every id, the first kept; otherwise the one actor
    value: str = ""  # rename: the name; set-type: the type
    forms: tuple[str, ...] = ()  # split: the forms that leave
    line: int = 0  # where its [[correction]] header is in the file

    def describe(self) -> str:
        if self.action == "merge":
            return f"merge {' '.join(self.ids)}"
        if self.action == "split":
            return f"split {self.ids[0]} --alias {' '.join(json.dumps(f, ensure_ascii=False) for f in self.forms)}"
        if self.action in ("rename", "set-type"):
            return f"{self.action} {self.ids[0]} {json.dumps(self.value, ensure_ascii=False)}"
        return f"drop {self.ids[0]}"

    def to_toml(self) -> str:
        """The correction as the file's table (TOML basic strings take JSON's escapes)."""

        def s(text: str) -> str:
            return json.dumps(text, ensure_ascii=False)

        def arr(items: tuple[str, ...]) -> str:
            return "[" + ", ".join(s(i) for i in items) + "]"

        lines = ["[[correction]]"]
        if self.action == "merge":
            lines.append(f"merge = {arr(self.ids)}")
        else:
            lines.append(f"{self.action} = {s(self.ids[0])}")
        if self.action == "split":
            lines.append(f"aliases = {arr(self.forms)}")
        elif self.action == "rename":
            lines.append(f"name = {s(self.value)}")
        elif self.action == "set-type":
            lines.append(f"type = {s(self.value)}")
        return "\n".join(lines) + "\n"

    @property
    def key(self) -> str:
        """What the correction does, digested (not where it is written): a build records the keys
        it applied, so that a later build can tell corrections appended from a file edited."""
        return hashlib.sha256(self.to_toml().encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Corrections:
    path: Path
    items: tuple[Correction, ...] = ()
    digest: str = ""  # sha256 of the file's bytes ("" when there is no file): a build compares it

    @property
    def ids(self) -> set[str]:
        """Every actor id a correction names or makes: an in-place update that touches one of
        them is done as a full build, where every correction is applied again."""
        out: set[str] = set()
        for c in self.items:
            out.update(c.ids)
            if c.action == "set-type":
                out.add(f"{c.value}:{c.ids[0].split(':', 1)[-1]}")
        return out

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.items]

    def appended_to(self, applied: list[str]) -> tuple[Correction, ...] | None:
        """The corrections after those a build applied (their keys, in order): what `dossier
        actors merge ...` and the explorer's palette add. None when the file changed otherwise (a
        correction edited, removed or moved): then every correction is applied again."""
        if self.keys[: len(applied)] != applied:
            return None
        return self.items[len(applied) :]


def corrections_path(index_dir: Path, given: Path | None = None) -> Path:
    return given if given is not None else index_dir / FILE_NAME


def file_digest(path: Path) -> str:
    """The digest a build records for the corrections file ("" when there is none), read without
    parsing it: `index status` and the explorer's check for a stale index compare it."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def load_corrections(path: Path) -> Corrections:
    """The corrections in path (none when it does not exist); CorrectionsError when it is broken."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Corrections(path)
    except OSError as err:
        raise CorrectionsError(f"cannot read the corrections file {path}: {err.strerror}") from None
    try:
        text = data.decode("utf-8")
        parsed = tomllib.loads(text)
    except UnicodeDecodeError as err:
        raise CorrectionsError(f"{path}: not UTF-8 text (byte {err.start})") from None
    except tomllib.TOMLDecodeError as err:
        at = re.search(r"\(at line (\d+), column \d+\)", str(err))
        where = f"{path}:{at.group(1)}" if at else str(path)
        raise CorrectionsError(
            f"{where}: not valid TOML: {str(err).replace(at.group(0), '').strip() if at else err}"
        ) from None
    headers = [i + 1 for i, ln in enumerate(text.splitlines()) if re.match(r"\s*\[\[\s*correction\s*\]\]", ln)]
    unknown = set(parsed) - {"correction"}
    if unknown:
        raise CorrectionsError(f"{path}: unknown table {sorted(unknown)[0]!r}: each correction is a [[correction]]")
    tables = parsed.get("correction", [])
    if not isinstance(tables, list):
        raise CorrectionsError(f"{path}: 'correction' must be written [[correction]], one table per correction")
    items = []
    for k, table in enumerate(tables):
        line = headers[k] if k < len(headers) else 0
        items.append(_correction(table, f"{path}:{line}", line))
    return Corrections(path, tuple(items), hashlib.sha256(data).hexdigest())


def _correction(table: dict, where: str, line: int) -> Correction:
    actions = [a for a in ACTIONS if a in table]
    if len(actions) != 1:
        raise CorrectionsError(f"{where}: a correction holds exactly one of {', '.join(ACTIONS)}")
    action = actions[0]
    allowed = {action, "aliases" if action == "split" else "name" if action == "rename" else "type"}
    extra = set(table) - allowed
    if extra:
        raise CorrectionsError(f"{where}: {action} does not take {sorted(extra)[0]!r}")

    def strings(key: str, value: object, at_least: int) -> tuple[str, ...]:
        if not isinstance(value, list) or len(value) < at_least or not all(isinstance(v, str) and v for v in value):
            raise CorrectionsError(f"{where}: {key} must be a list of at least {at_least} non-empty strings")
        return tuple(value)

    def string(key: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise CorrectionsError(f'{where}: {action} needs {key} = "..." (a non-empty string)')
        return value.strip()

    if action == "merge":
        ids = strings("merge", table["merge"], 2)
        if len(set(ids)) != len(ids):
            raise CorrectionsError(f"{where}: merge names an actor twice")
        return Correction("merge", ids, line=line)
    actor = string(action)
    if action == "split":
        return Correction("split", (actor,), forms=strings("aliases", table.get("aliases"), 1), line=line)
    if action == "rename":
        return Correction("rename", (actor,), value=string("name"), line=line)
    if action == "set-type":
        typ = string("type")
        if typ not in TYPES:
            raise CorrectionsError(f"{where}: type must be one of {', '.join(TYPES)}, not {typ!r}")
        return Correction("set-type", (actor,), value=typ, line=line)
    return Correction("drop", (actor,), line=line)


def append_correction(path: Path, correction: Correction) -> None:
    """Add a correction at the end of the file (made with a header when new); the user's own
    comments and order stay as they are."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    sep = "" if not old or old.endswith("\n\n") else ("\n" if old.endswith("\n") else "\n\n")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(old + sep + correction.to_toml(), encoding="utf-8")
    tmp.replace(path)


# -- applying them ------------------------------------------------------------------------------


@dataclass
class Corrected:
    """The actors, mentions and quotes with the corrections applied (new records: the ones given
    are not changed), and a note for each correction that could not be applied."""

    actors: list[Actor]
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]
    problems: list[Problem] = field(default_factory=list)


def apply_corrections(
    corrections: Corrections,
    actors: list[Actor],
    mentions: dict[str, list[Mention]],
    quotes: dict[str, list[Quote]],
) -> Corrected:
    """Apply every correction in order to a whole resolution."""
    if not corrections.items:
        return Corrected(actors, mentions, quotes)
    state = _State(
        {a.id: replace(a, aliases=list(a.aliases), articles=list(a.articles)) for a in actors},
        {aid: [replace(m) for m in ms] for aid, ms in mentions.items()},
        {aid: [replace(q) for q in qs] for aid, qs in quotes.items()},
    )
    problems = []
    for c in corrections.items:
        missing = [i for i in c.ids if i not in state.actors]
        if missing:
            problems.append(
                Problem(
                    str(corrections.path),
                    c.line or None,
                    f"{c.describe()}: no actor {missing[0]!r} in this index (the corpus or the resolution "
                    "changed): not applied",
                    skipped=False,
                )
            )
            continue
        problem = getattr(state, c.action.replace("-", "_"))(c)
        if problem:
            problems.append(Problem(str(corrections.path), c.line or None, f"{c.describe()}: {problem}", skipped=False))
    out = list(state.actors.values())
    if corrections.items:
        out.sort(key=lambda a: (-a.mentions, a.name, a.id))  # resolution's order, counts changed
    return Corrected(out, state.mentions, state.quotes, problems)


def form_key(surface: str) -> str:
    """How a name form is compared when it is split off: case, possessive and spacing aside."""
    return " ".join(strip_possessive(surface).split()).casefold()


@dataclass
class _State:
    actors: dict[str, Actor]  # in their order (most mentioned first), as resolution gave them
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]

    def _repoint(self, old: set[str], new: str | None, name: str | None, where=None) -> None:
        """Mentions and quotes of the actors in old now belong to new (None: to no actor). where,
        if given, picks the mentions (and the quotes spoken through them) that move."""
        moved_at: set[tuple[str, int, int]] = set()
        for aid, ms in self.mentions.items():
            kept = []
            for m in ms:
                if m.actor in old and (where is None or where(m)):
                    moved_at.add((aid, m.start, m.end))
                    if new is None:
                        continue  # not an actor: no longer marked as one
                    m.actor = new
                kept.append(m)
            self.mentions[aid] = kept
        for aid, qs in self.quotes.items():
            for q in qs:
                if q.speaker_id not in old:
                    continue
                if where is not None and (aid, q.speaker_start, q.speaker_end) not in moved_at:
                    continue
                q.speaker_id, q.speaker = new, name
                if new is None:
                    q.speaker_start = q.speaker_end = None

    def _recount(self, *ids: str) -> None:
        counts: dict[str, int] = defaultdict(int)
        arts: dict[str, set[str]] = defaultdict(set)
        for aid, ms in self.mentions.items():
            for m in ms:
                if m.actor in ids:
                    counts[m.actor] += 1
                    arts[m.actor].add(aid)
        for i in ids:
            if i in self.actors:
                self.actors[i].mentions = counts[i]
                self.actors[i].articles = sorted(arts[i])

    def _free_id(self, typ: str, name: str) -> str:
        base = f"{typ}:{slug(name)}"
        aid, k = base, 2
        while aid in self.actors:
            aid, k = f"{base}-{k}", k + 1
        return aid

    def merge(self, c: Correction) -> str | None:
        keep, others = self.actors[c.ids[0]], c.ids[1:]
        for other in others:
            for alias in self.actors.pop(other).aliases:
                if alias not in keep.aliases:
                    keep.aliases.append(alias)
        self._repoint(set(others), keep.id, keep.name)
        self._recount(keep.id)
        return None

    def split(self, c: Correction) -> str | None:
        actor = self.actors[c.ids[0]]
        keys = {form_key(f) for f in c.forms}
        moving = [a for a in actor.aliases if form_key(a) in keys]
        if not moving:
            return f"{actor.id} has no alias {c.forms[0]!r} (its aliases: {', '.join(actor.aliases[:8])}): not applied"
        new = Actor(id=self._free_id(actor.type, c.forms[0]), name=c.forms[0], type=actor.type, aliases=list(c.forms))
        self.actors[new.id] = new
        actor.aliases = [a for a in actor.aliases if form_key(a) not in keys]
        self._repoint({actor.id}, new.id, new.name, where=lambda m: form_key(m.surface) in keys)
        self._recount(actor.id, new.id)
        return None

    def rename(self, c: Correction) -> str | None:
        actor = self.actors[c.ids[0]]
        if c.value not in actor.aliases:
            actor.aliases.insert(0, c.value)
        actor.name = c.value
        for qs in self.quotes.values():
            for q in qs:
                if q.speaker_id == actor.id:
                    q.speaker = c.value
        return None

    def set_type(self, c: Correction) -> str | None:
        actor = self.actors.pop(c.ids[0])
        if actor.type == c.value:
            self.actors[actor.id] = actor
            return None
        old = actor.id
        actor.type = c.value
        actor.id = self._free_id(c.value, old.split(":", 1)[-1]) if ":" in old else self._free_id(c.value, old)
        self.actors[actor.id] = actor
        self._repoint({old}, actor.id, actor.name)
        return None

    def drop(self, c: Correction) -> str | None:
        self.actors.pop(c.ids[0])
        self._repoint({c.ids[0]}, None, None)
        return None
