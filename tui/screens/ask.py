"""A one-line question: a note for a pin, a name for a saved search, a file to export to.

Its result is the text typed (enter), or None (escape). What is typed is data: it is never
read as markup.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from .. import keys


class AskScreen(ModalScreen[str | None]):
    BINDINGS = keys.ASK

    def __init__(self, question: str, value: str = "", placeholder: str = "", hint: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-body"):
            yield Input(self.value, placeholder=self.placeholder, id="ask-input")
            yield Static(Content(self.hint or "enter: done · escape: cancel"), id="ask-hint")

    def on_mount(self) -> None:
        self.query_one("#ask-body").border_title = Content(self.question)
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
