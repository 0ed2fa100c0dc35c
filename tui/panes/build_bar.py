"""The build bar at the bottom: what the build is doing and how far it is (hidden otherwise)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from dossier.index.records import STAGE_NAMES

from ..build_runner import Progress


class BuildBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("", id="build-label")
        yield ProgressBar(id="build-bar", show_eta=False)

    def on_mount(self) -> None:
        self.display = False

    def show(self, label: str, fraction: float | None) -> None:
        """Show the bar: label, and how far (None: not known yet)."""
        self.display = True
        self.query_one("#build-label", Label).update(Text(label))
        bar = self.query_one("#build-bar", ProgressBar)
        if fraction is None:
            bar.update(total=None)
        else:
            bar.update(total=100, progress=round(fraction * 100))

    def progress(self, p: Progress) -> None:
        self.show(f"{STAGE_NAMES.get(p.stage, p.stage)} {p.done}/{p.total}", p.fraction)

    def hide(self) -> None:
        self.display = False
