"""Every key of the explorer, in one place.

Keys are data: each binding has an id (for remapping through `App.keymap`), the action it runs
and the short description the footer and the help screen show. Widgets and screens take their
`BINDINGS` from here; the help screen lists these groups, so what it shows is what is bound.
"""

from __future__ import annotations

from textual.binding import Binding

# Anywhere in the app (the App's own bindings).
APP = [
    Binding("q", "quit", "Quit", id="app.quit"),
    Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
    Binding("f1", "help", "Help", show=False, id="app.help_f1"),
]

# The key that goes to the search box. Typed in the empty box it is not a character (pressed
# twice, or once more out of habit, it would start the query with a slash); after a word it is.
SEARCH_KEY = "slash"

# The main screen: moving between panes and stepping back.
MAIN = [
    Binding(SEARCH_KEY, "focus_search", "Search", key_display="/", id="main.search"),
    Binding("tab", "next_pane(1)", "Pane", key_display="tab", tooltip="Next pane", id="main.next_pane"),
    Binding("shift+tab", "next_pane(-1)", "Previous pane", show=False, id="main.prev_pane"),
    Binding(
        "escape",
        "back",
        "Back",
        tooltip="Back: from the article to where it was opened; remove the actor filter; clear the "
        "search box, then leave it (for the keys that work outside a text box)",
        id="main.back",
    ),
    Binding("n", "next_match", "Next match", id="main.next_match"),
    Binding("N", "previous_match", "Prev match", key_display="N", id="main.prev_match"),
]

# Each pane by its number, from anywhere outside a text box (there the digits are typed).
GOTO = [
    Binding("1", "goto('results')", "Results", show=False, tooltip="Go to the results", id="goto.results"),
    Binding("2", "goto('actors')", "Actors", show=False, tooltip="Go to the actors", id="goto.actors"),
    Binding("3", "goto('quotes')", "Quotes", show=False, tooltip="Go to the quotes", id="goto.quotes"),
    Binding("4", "goto('source')", "Source", show=False, tooltip="Go to the article open", id="goto.source"),
]

# The investigation workflow on the main screen (issue 11): keep, export, reach each pane.
CASE = [
    # Not in the footer (at 80 columns it would push out q and ?): in the help and the palette.
    Binding(
        "p",
        "pin",
        "Pin",
        show=False,
        tooltip="Pin the selected article, quote or actor (or the article open) to the case file",
        id="case.pin",
    ),
    Binding(
        "a", "pin_with_note", "Pin+note", show=False, tooltip="Pin the selected item with a note", id="case.pin_note"
    ),
    Binding("P", "case_file", "Case file", key_display="P", show=False, tooltip="Show the case file", id="case.show"),
    Binding(
        "e",
        "export",
        "Export",
        show=False,
        tooltip="Export the focused list (results, quotes, actors) to a .csv, .json or .md file you name",
        id="case.export",
    ),
]

# The search input (printable keys type into it; these still work).
SEARCH = [
    Binding(
        "enter",
        "screen.leave_search",
        "Results",
        tooltip="Go to the results (or search for the suggested words)",
        id="search.enter",
    ),
    Binding("down", "screen.leave_search", "Go to results", show=False, id="search.down"),
    Binding("up", "history_back", "Earlier query", show=False, id="search.history_back"),
    Binding("ctrl+n", "history_forward", "Later query", show=False, id="search.history_forward"),
    Binding("right", "cursor_right", "Complete actor name", show=False, id="search.complete"),
]

# Any list pane (results, actors, quotes).
LIST = [
    Binding("j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    Binding("g", "first", "First", show=False, id="list.first"),
    Binding("G", "last", "Last", show=False, id="list.last"),
    Binding(
        "enter",
        "select",
        "Open",
        tooltip="Open: a result or quote in the source pane; an actor filters results and quotes",
        id="list.open",
    ),
]

# The results pane, in addition to LIST (issue 11, item 5).
RESULTS = [
    # Not in the footer (at 80 columns it would push out q and ?): the pane's title says the order.
    Binding(
        "s",
        "toggle_sort",
        "Sort",
        show=False,
        tooltip="Sort the results by date (newest first, undated last) or by score; ctrl+p narrows to a source",
        id="results.sort",
    ),
]

# The actors list, in addition to LIST.
ACTORS = [
    Binding("t", "cycle_type", "Type", tooltip="Show one type of actor, the next, ... then all", id="actors.type"),
    Binding("f", "filter", "Filter", tooltip="Filter actors by name", id="actors.filter"),
]

# The quotes list, in addition to LIST.
QUOTES = [
    Binding(
        "c",
        "compare",
        "Compare",
        tooltip="Compare: the same words in other articles, and quotes that say nearly the same",
        id="quotes.compare",
    ),
    Binding(
        "y",
        "copy",
        "Copy",
        show=False,
        tooltip="Copy the quote with its citation (speaker, cue, title, source, date, path) to the clipboard",
        id="quotes.copy",
    ),
]

# The comparison of a quote across articles (enter opens one at its place: LIST).
COMPARE = [
    Binding("escape,q", "dismiss", "Close", key_display="esc", id="compare.close"),
]

# The case file (tui/screens/casefile.py), in addition to LIST (enter opens a pin at its place).
CASEFILE = [
    Binding("escape,q", "close", "Close", key_display="esc", id="casefile.close"),
    Binding("a", "annotate", "Note", tooltip="Write the selected pin's note", id="casefile.note"),
    Binding("K,shift+up", "move(-1)", "Up", key_display="K", tooltip="Move the pin up", id="casefile.up"),
    Binding("J,shift+down", "move(1)", "Down", key_display="J", tooltip="Move the pin down", id="casefile.down"),
    Binding("d,delete", "remove", "Remove", key_display="d", tooltip="Remove the pin", id="casefile.remove"),
    Binding(
        "e",
        "export",
        "Export",
        tooltip="Export the case file to a .md, .csv or .json file you name",
        id="casefile.export",
    ),
]

# A one-line question (a note, a name, a file).
ASK = [
    Binding("escape", "cancel", "Cancel", id="ask.cancel"),
]

# The actor-name filter input.
ACTOR_FILTER = [
    Binding("down", "to_list", "List", show=False, id="actor_filter.down"),
    Binding("enter", "to_list", "List", id="actor_filter.enter"),
]

# The source pane (the article).
SOURCE = [
    Binding("j,down", "scroll_down", "Down", show=False, id="source.down"),
    Binding("k,up", "scroll_up", "Up", show=False, id="source.up"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="source.page_down"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="source.page_up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="source.top"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="source.bottom"),
]

# The help screen and other dialogs.
DIALOG = [
    Binding("escape,q,question_mark", "dismiss", "Close", key_display="esc", id="dialog.close"),
    Binding("j,down", "focused.scroll_down", "Down", show=False, id="dialog.down"),
    Binding("k,up", "focused.scroll_up", "Up", show=False, id="dialog.up"),
    Binding("space,pagedown", "focused.page_down", "Page down", show=False, id="dialog.page_down"),
    Binding("b,pageup", "focused.page_up", "Page up", show=False, id="dialog.page_up"),
]

# The dialogs of a correction to an actor (palette: "Correct NAME: ...").
CORRECT = [
    Binding("escape", "cancel", "Cancel", id="correct.cancel"),
]
CORRECT_FORMS = [
    Binding("enter", "give", "Split off the marked names", priority=True, id="correct.give"),
]

# Keys that Textual itself provides and the help screen should list too.
BUILT_IN = [
    ("ctrl+q", "Quit (also from a text box)"),
    (
        "ctrl+p",
        "Command palette: rebuild index, jump to actor, correct an actor, toggle panes, theme, case file, saved searches",
    ),
    ("arrows", "Move in a list; scroll the article"),
    ("pageup/pagedown", "Move a page"),
]

# Keys that work in a text box too (a text box types the printable ones: q, ?, /, n, digits).
IN_TEXT_BOX = {"app.help_f1", "main.next_pane", "main.prev_pane", "main.back"}


def _where(bindings: list[Binding], in_text_box: bool) -> list[Binding]:
    return [b for b in bindings if (b.id in IN_TEXT_BOX) == in_text_box]


# The groups the help screen lists, in order.
GROUPS: list[tuple[str, list[Binding]]] = [
    ("Anywhere, in a text box too", _where(APP + MAIN, True)),
    ("Anywhere outside a text box (in one, they are typed; ? is a wildcard)", _where(APP + MAIN, False)),
    ("Panes (outside a text box)", GOTO),
    ("Search box", SEARCH),
    ("Case file and export", CASE),
    ("Lists (results, actors, quotes)", LIST),
    ("Results", RESULTS),
    ("Quotes", QUOTES),
    ("Comparison", COMPARE),
    ("The case file (P)", CASEFILE),
    ("Questions (a note, a name, a file)", ASK),
    ("Actors", ACTORS + ACTOR_FILTER),
    ("Source (the article)", SOURCE),
    ("Dialogs", DIALOG),
    ("Correcting an actor (space marks a name to split off)", CORRECT + CORRECT_FORMS),
]


def describe(binding: Binding) -> str:
    """The help's description of a binding: the tooltip when the footer's label is terse."""
    return binding.tooltip or binding.description


def display_key(binding: Binding) -> str:
    """How a binding's keys read in the help: `j, down`."""
    if binding.key_display:
        return binding.key_display
    names = {"slash": "/", "question_mark": "?", "space": "space"}
    return ", ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))
