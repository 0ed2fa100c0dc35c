"""The help screen: every key (from tui/keys.py) and the query syntax (from tui/help.md)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown

from .. import keys

HELP_MD = Path(__file__).resolve().parent.parent / "help.md"


def keys_markdown() -> str:
    """Every key, grouped as in tui/keys.py, as a compact Markdown list."""
    lines = ["# Keys", ""]
    for title, bindings in keys.GROUPS:
        lines += [f"**{title}**", ""]
        seen = set()
        for b in bindings:
            if (b.key, b.action) in seen:
                continue
            seen.add((b.key, b.action))
            lines.append(f"- `{keys.display_key(b)}` {keys.describe(b)}")
        lines.append("")
    lines += ["**Built in**", ""]
    lines += [f"- `{k}` {d}" for k, d in keys.BUILT_IN]
    lines.append("")
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = keys.DIALOG

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(keys_markdown() + "\n" + HELP_MD.read_text(encoding="utf-8"), id="help-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Help · escape to close"
        self.query_one("#help-body").focus()
