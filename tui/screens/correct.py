"""The dialogs of a correction to an actor: a new name, the actor to merge with, the names to
split off. Each returns its answer to the palette command that opened it (None: cancelled)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, SelectionList
from textual.widgets.option_list import Option

from dossier.index.records import Actor

from .. import keys
from ..widgets.text import one_line

ROWS = 200  # actors offered at once: typing narrows them


class AskName(ModalScreen[str | None]):
    """One line of text: enter gives it, escape cancels."""

    BINDINGS = keys.CORRECT

    def __init__(self, title: str, value: str) -> None:
        super().__init__(classes="correct")
        self.title_text, self.value = title, value

    def compose(self) -> ComposeResult:
        with Vertical(classes="correct-body"):
            yield Label(Text(self.title_text), classes="correct-title")
            yield Input(value=self.value, id="correct-name")

    @on(Input.Submitted)
    def _given(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChooseActor(ModalScreen[Actor | None]):
    """Another actor, found by typing part of its name: enter on it chooses it."""

    BINDINGS = keys.CORRECT

    def __init__(self, title: str, actors: list[Actor], leave_out: str) -> None:
        super().__init__(classes="correct")
        self.title_text = title
        self.actors = [a for a in actors if a.id != leave_out]
        self.shown: list[Actor] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="correct-body"):
            yield Label(Text(self.title_text), classes="correct-title")
            yield Input(placeholder="type part of a name", id="correct-filter")
            yield OptionList(id="correct-actors", markup=False)

    def on_mount(self) -> None:
        self._fill("")

    @on(Input.Changed, "#correct-filter")
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, words: str) -> None:
        wanted = words.casefold().split()
        self.shown = [
            a for a in self.actors if all(any(w in alias.casefold() for alias in [a.name, *a.aliases]) for w in wanted)
        ][:ROWS]
        rows = self.query_one("#correct-actors", OptionList)
        rows.set_options(
            Option(Text(f"{one_line(a.name)}  ({a.type}, {a.mentions} mentions) {a.id}")) for a in self.shown
        )
        if self.shown:
            rows.highlighted = 0

    @on(Input.Submitted, "#correct-filter")
    def _to_list(self) -> None:
        self.query_one("#correct-actors", OptionList).focus()

    @on(OptionList.OptionSelected, "#correct-actors")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.shown[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChooseForms(ModalScreen[list[str] | None]):
    """Some of an actor's names: space marks one, enter gives the marked ones."""

    BINDINGS = [*keys.CORRECT, *keys.CORRECT_FORMS]

    def __init__(self, title: str, forms: list[str]) -> None:
        super().__init__(classes="correct")
        self.title_text, self.forms = title, forms

    def compose(self) -> ComposeResult:
        with Vertical(classes="correct-body"):
            yield Label(Text(self.title_text), classes="correct-title")
            yield SelectionList[str](*((Text(one_line(f)), f) for f in self.forms), id="correct-forms")

    def action_give(self) -> None:
        chosen = list(self.query_one("#correct-forms", SelectionList).selected)
        self.dismiss(chosen or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
