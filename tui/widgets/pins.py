"""The rows of the case file: each pin as it was kept, with its note, and whether its article
changed or left the index since (the pin keeps what was pinned either way)."""

from __future__ import annotations

from rich.text import Text

from dossier.index.casefile import Pin

from .lists import RecordList
from .text import one_line

STATES = {
    "changed": "changed since it was pinned",
    "gone": "no longer in the index",
}


class PinList(RecordList[tuple[Pin, str]]):
    """(pin, state) rows: kind and label; the quote (speaker, cue) or the article's first words;
    the note; a warning when the article changed or is gone."""

    COMPONENT_CLASSES = {"pins--kind", "pins--label", "pins--meta", "pins--text", "pins--note", "pins--state"}
    DIVIDERS = True

    def prompt(self, item: tuple[Pin, str]) -> Text:
        pin, state = item
        text = Text()
        text.append(pin.kind, self._style("pins--kind"))
        text.append(" " + one_line(pin.label), self._style("pins--label"))
        if state in STATES:
            text.append(f" ({STATES[state]})", self._style("pins--state"))
        where = [one_line(x) for x in (pin.source, pin.date) if x]
        if where:
            text.append("\n" + " · ".join(where), self._style("pins--meta"))
        if pin.kind == "quote":
            who = one_line(pin.speaker) if pin.speaker else "unattributed"
            cue = f" ({one_line(pin.cue)})" if pin.cue else ""
            text.append(f"\n{who}{cue}: ", self._style("pins--meta"))
            text.append("“" + one_line(pin.text) + "”", self._style("pins--text"))
        elif pin.kind == "article" and pin.text:
            text.append("\n" + one_line(pin.text)[:160], self._style("pins--meta"))
        if pin.note:
            text.append("\n✎ " + one_line(pin.note), self._style("pins--note"))
        return text
