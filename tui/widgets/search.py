"""The search box: a query input with history and completion of actor names."""

from __future__ import annotations

import re

from textual import events
from textual.suggester import Suggester
from textual.widgets import Input

from .. import keys


class NameSuggester(Suggester):
    """Completes the word being typed (also after `actor:` or `speaker:`) to an actor's name."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.words: list[str] = []
        # (lower-cased, as written) of the single words, shortest first: lower-cased once here,
        # not for every word at every key (~20,000 words at 10,000 articles: 8 ms a key).
        self._single: list[tuple[str, str]] = []

    def set_names(self, names: list[str]) -> None:
        seen: dict[str, str] = {}
        for name in names:
            for word in re.findall(r"[\w'’.-]+", name):
                if len(word) > 2:
                    seen.setdefault(word.lower(), word)
            if " " in name.strip():
                seen.setdefault(name.lower(), name)
        self.words = sorted(seen.values(), key=len)
        self._single = [(w.lower(), w) for w in self.words if " " not in w]

    async def get_suggestion(self, value: str) -> str | None:
        m = re.search(r"([\w'’.-]+)$", value)
        if not m or len(m.group(1)) < 2:
            return None
        stem = m.group(1).lower()
        for lowered, word in self._single:
            if lowered.startswith(stem) and len(word) > len(stem):
                return value + word[len(stem) :]
        return None


class QueryInput(Input):
    """The query. `up` recalls earlier queries; `enter`/`down` go to the results (a screen action,
    run before the next key is read, so that a second enter typed at once opens a result)."""

    BINDINGS = keys.SEARCH

    def __init__(self, **kwargs) -> None:
        self.names = NameSuggester()
        super().__init__(suggester=self.names, **kwargs)
        self.history: list[str] = []
        self._back = 0  # how far back in history the input shows (0: what is being typed)
        self._typed = ""

    async def _on_key(self, event: events.Key) -> None:
        # The search key brought the user here: in the empty box it is not the query's first
        # character. (Handled before Input's own _on_key, which prevent_default skips.)
        if event.key == keys.SEARCH_KEY and not self.value:
            event.stop()
            event.prevent_default()

    def remember(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        if query in self.history:
            self.history.remove(query)
        self.history.append(query)
        del self.history[:-50]
        self._back = 0

    def action_history_back(self) -> None:
        if self._back >= len(self.history):
            return
        if self._back == 0:
            self._typed = self.value
        self._back += 1
        self.value = self.history[-self._back]
        self.cursor_position = len(self.value)

    def action_history_forward(self) -> None:
        if self._back == 0:
            return
        self._back -= 1
        self.value = self._typed if self._back == 0 else self.history[-self._back]
        self.cursor_position = len(self.value)

    @property
    def browsing_history(self) -> bool:
        """Whether the box shows an earlier query (`up`) rather than what is being typed."""
        return self._back != 0

    def reset_history(self) -> None:
        """Back to what is being typed (after leaving the box)."""
        self._back = 0
