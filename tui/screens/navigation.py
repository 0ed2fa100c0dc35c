"""Moving between the main screen's panes: which one is in use, the tab order, hiding panes.

A mixin of MainScreen (which holds the reactive `active`, the article `opened` and the `hidden`
set), kept apart so that the screen's own module reads as what it composes and routes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.dom import DOMNode
from textual.widget import Widget

PANES = ("search", "results", "actors", "quotes", "source")
FOCUS = {
    "search": "#query",
    "results": "#result-list",
    "actors": "#actor-list",
    "quotes": "#quote-list",
    "source": "#source-view",
}

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen
else:
    _Base = object


class PaneNavigation(_Base):
    """Focus moves by pane; in a narrow terminal the pane in use is the one shown."""

    active: str
    hidden: set[str]
    opened: object

    def pane_of(self, widget: Widget | None) -> str:
        node: DOMNode | None = widget
        while node is not None and node is not self:
            if node.id == "searchbar":
                return "search"
            if node.id in PANES:
                return node.id
            node = node.parent
        return "search"

    def visible_panes(self) -> list[str]:
        panes = ["search"]
        for name in ("results", "actors", "quotes", "source"):
            if name in self.hidden:
                continue
            if name == "source" and not self.opened:
                continue
            panes.append(name)
        return panes

    def focus_pane(self, name: str) -> None:
        if name in self.hidden:
            self.hidden.discard(name)
            self._apply_hidden()
        self.active = name
        widget = self.query_one(FOCUS[name])
        # At once (Widget.focus waits for the next idle moment, and a key typed right after,
        # say a second enter, would still go to the widget being left); else when it can be.
        self.set_focus(widget)
        if self.focused is not widget:
            widget.focus()

    def watch_active(self, name: str) -> None:
        """In a narrow terminal the pane in use is the one shown (the search shows the results)."""
        shown = "results" if name == "search" else name
        for pane in ("results", "actors", "quotes", "source"):
            self.set_class(pane == shown, f"-show-{pane}")

    def on_descendant_focus(self) -> None:
        self.active = self.pane_of(self.focused)
        self.refresh_bindings()

    def action_next_pane(self, step: int = 1) -> None:
        panes = self.visible_panes()
        # self.active, not the focused widget: focus moves after this handler returns, and a
        # second tab typed at once must go on from the pane the first one chose.
        current = self.active
        index = panes.index(current) if current in panes else 0
        self.focus_pane(panes[(index + step) % len(panes)])

    def action_focus_search(self) -> None:
        self.focus_pane("search")

    def action_goto(self, name: str) -> None:
        """1-4: the results, actors, quotes or source pane (shown again if it was hidden)."""
        if name == "source" and not self.opened:
            self.notify("No article open yet: enter on a result or a quote opens one.", markup=False)
            return
        self.focus_pane(name)

    def toggle_pane(self, name: str) -> None:
        """Hide or show a pane (wide terminals; a narrow one shows a pane at a time anyway)."""
        if name in self.hidden:
            self.hidden.discard(name)
        else:
            self.hidden.add(name)
            if self.active == name:
                self.focus_pane("search")
        self._apply_hidden()

    def _apply_hidden(self) -> None:
        for name in ("results", "actors", "quotes", "source"):
            self.query_one(f"#{name}").set_class(name in self.hidden, "-hidden")
        self.query_one("#middle").set_class({"results", "quotes"} <= self.hidden, "-hidden")
