"""The case file: what was pinned, in the user's order, with notes.

It asks the case-file work (tui/casework.py) for every change; the new state comes back to the
main screen as PinsLoaded, which hands it here (`show`). `enter` closes it and opens the pin at
its place (the screen's result is the pin).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from dossier.index.casefile import Pin

from .. import keys
from ..casework import CaseWork
from ..widgets.lists import RecordList
from ..widgets.pins import PinList
from .ask import AskScreen


class CaseFileScreen(ModalScreen[Pin | None]):
    BINDINGS = keys.CASEFILE

    def __init__(self, casework: CaseWork, pins: list[tuple[Pin, str]] | None = None) -> None:
        super().__init__()
        self.casework = casework
        self.pins = pins

    def compose(self) -> ComposeResult:
        with Vertical(id="case-body"):
            yield Static("", id="case-summary")
            yield PinList(id="pin-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#case-body").border_title = "Case file"
        self.query_one(PinList).focus()
        if self.pins is not None:
            self.show(self.pins)
        else:
            self.query_one("#case-summary", Static).update("Reading the case file…")

    @property
    def rows(self) -> PinList:
        return self.query_one(PinList)

    def show(self, pins: list[tuple[Pin, str]]) -> None:
        """The pins as they are now (the same one stays selected)."""
        self.pins = pins
        rows = self.rows
        current = rows.current
        keep = next((i for i, (p, _) in enumerate(pins) if current and p.id == current[0].id), rows.highlighted)
        rows.set_records(pins)
        if pins and keep is not None:
            rows.highlighted = min(keep, len(pins) - 1)
        changed = sum(1 for _, s in pins if s != "ok")
        summary = f"{len(pins)} pinned" + (f" · {changed} changed or gone since" if changed else "")
        if not pins:
            summary = "Nothing pinned yet: p pins the selected article, quote or actor."
        self.query_one("#case-summary", Static).update(Content(summary + " · a note · K/J move · d remove · e export"))

    @property
    def selected(self) -> Pin | None:
        current = self.rows.current
        return current[0] if current else None

    @on(RecordList.Chosen)
    def _chosen(self, event: RecordList.Chosen) -> None:
        event.stop()
        self.dismiss(event.record[0])

    def action_close(self) -> None:
        self.dismiss(None)

    def action_annotate(self) -> None:
        pin = self.selected
        if pin is None:
            return

        def write(note: str | None) -> None:
            if note is not None:
                self.casework.annotate(pin.id, note)

        self.app.push_screen(AskScreen(f"Note on {pin.label}", value=pin.note), write)

    def action_move(self, step: int) -> None:
        pin = self.selected
        if pin is not None:
            self.casework.move(pin.id, step)  # the new order comes back; `show` keeps this pin selected

    def action_remove(self) -> None:
        pin = self.selected
        if pin is not None:
            self.casework.unpin(pin.id)

    def action_export(self) -> None:
        def export(name: str | None) -> None:
            if name and name.strip():
                self.casework.export("pins", name)

        hint = "the file: .md (a report with citations), .csv or .json"
        self.app.push_screen(AskScreen("Export the case file to", value="dossier-case-file.md", hint=hint), export)
