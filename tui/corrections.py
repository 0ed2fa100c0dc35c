"""The command palette's corrections to the selected actor: rename, set its type, drop it, merge
it with another, split names off it.

The same as `dossier actors merge|split|rename|set-type|drop`: the correction is added to the
index's corrections file (index/entities/corrections.py) and the index is rebuilt in the
background, with the build bar; when it is done the lists show the change. The actor is the one
highlighted in the actors list (else the actor filter).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import Hit, Hits, Provider
from textual.content import Content

from dossier.index.entities.corrections import (
    TYPES,
    Correction,
    CorrectionsError,
    append_correction,
    load_corrections,
)
from dossier.index.records import Actor

from .screens.correct import AskName, ChooseActor, ChooseForms
from .screens.main import MainScreen
from .widgets.lists import ActorList
from .widgets.text import one_line


def selected_actor(screen: MainScreen) -> Actor | None:
    """The actor highlighted in the actors list, else the one the results are filtered to."""
    rows = screen.query_one(ActorList)
    if rows.highlighted is not None and rows.highlighted < len(rows.records):
        return rows.records[rows.highlighted]
    return screen.actor


def record(screen: MainScreen, correction: Correction) -> None:
    """Add the correction to the corrections file, then rebuild so that it shows."""
    from dossier.index.status import corrections_file

    path = corrections_file(screen.session.index_dir)
    try:
        load_corrections(path)  # a broken file (a hand edit) is named before a line is added
        append_correction(path, correction)
    except (CorrectionsError, OSError) as err:
        screen.say(f"The correction was not recorded: {err}", "message--error")
        return
    screen.rebuild(f"Applying the correction ({correction.describe()})")


class CorrectionCommands(Provider):
    """Names are data: titles are plain Content, never markup."""

    def _commands(self) -> list[tuple[str, str, Callable[[], None]]]:
        screen = self.screen
        if not isinstance(screen, MainScreen) or screen.session.reader is None:
            return []
        actor = selected_actor(screen)
        if actor is None:
            return []
        name = one_line(actor.name)
        out: list[tuple[str, str, Callable[[], None]]] = [
            (f"Correct {name}: rename…", "give this actor another name", partial(self._rename, screen, actor)),
            (
                f"Correct {name}: merge with…",
                "make another actor one with this one (this one's id stays)",
                partial(self._merge, screen, actor),
            ),
            (
                f"Correct {name}: drop",
                "not an actor: its quotes lose their speaker",
                partial(self._drop, screen, actor),
            ),
        ]
        if len(actor.aliases) > 1:
            out.append(
                (
                    f"Correct {name}: split names off…",
                    "give some of its names an actor of their own",
                    partial(self._split, screen, actor),
                )
            )
        for typ in TYPES:
            if typ != actor.type:
                out.append(
                    (
                        f"Correct {name}: set type to {typ}",
                        f"it is a {typ}, not a {actor.type}",
                        partial(record, screen, Correction("set-type", (actor.id,), value=typ)),
                    )
                )
        return out

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help, run in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), run, text=title, help=help)

    async def discover(self) -> Hits:
        for title, help, run in self._commands():
            yield Hit(1.0, Content(title), run, text=title, help=help)

    # The dialogs' answers come back to these callbacks (None: cancelled, nothing recorded).

    def _rename(self, screen: MainScreen, actor: Actor) -> None:
        def given(name: str | None) -> None:
            if name and name != actor.name:
                record(screen, Correction("rename", (actor.id,), value=name))

        screen.app.push_screen(AskName(f"A new name for {one_line(actor.name)} ({actor.id})", actor.name), given)

    def _merge(self, screen: MainScreen, actor: Actor) -> None:
        def chosen(other: Actor | None) -> None:
            if other is not None:
                record(screen, Correction("merge", (actor.id, other.id)))

        screen.app.push_screen(
            ChooseActor(f"Merge into {one_line(actor.name)} ({actor.id}): which actor?", screen.all_actors, actor.id),
            chosen,
        )

    def _split(self, screen: MainScreen, actor: Actor) -> None:
        def chosen(forms: list[str] | None) -> None:
            if forms and len(forms) < len(actor.aliases):
                record(screen, Correction("split", (actor.id,), forms=tuple(forms)))

        screen.app.push_screen(
            ChooseForms(f"Split names off {one_line(actor.name)}: space marks, enter splits", actor.aliases),
            chosen,
        )

    def _drop(self, screen: MainScreen, actor: Actor) -> None:
        record(screen, Correction("drop", (actor.id,)))
