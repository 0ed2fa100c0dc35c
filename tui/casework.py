"""The explorer's investigation work: comparing a quote across articles, counting the articles
that carry each quote, and the case file (pins, saved searches, history).

Run in thread workers of the screen the session is attached to; each piece of work posts one
Message (tui/case_messages.py). The case file is SQLite (dossier.index.casefile): a connection
is opened per piece of work, in the thread that uses it, and the work is done one piece at a
time and numbered, so that the screen never shows an older state after a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from dossier.index.records import Quote

from .case_messages import CarriersCounted, CitationReady, ComparisonReady, Exported, PinsLoaded, SearchesLoaded

if TYPE_CHECKING:
    from dossier.index.casefile import CaseFile

    from .session import Session


def shorten(text: str, width: int) -> str:
    """One line of at most width characters (an ellipsis when cut)."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


class CaseWork:
    """Work on the session's index and case file, posted back to the session's screen."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.carriers: dict[str, int] = {}  # group -> articles, for the index now open
        self._generation: str | None = None
        self._serial = threading.Lock()  # one case-file change at a time, in order
        self._seq = 0
        self.shown_seq = 0  # the newest state the screen has shown (it drops older ones)

    def _run(self, work: Callable[[], None], group: str, exclusive: bool = True) -> None:
        node = self.session._node
        assert node is not None, "attach the session to a screen first"
        node.run_worker(work, thread=True, exclusive=exclusive, group=group, name=group, exit_on_error=False)

    # --- quotes across articles ---------------------------------------------------------------

    def known_carriers(self) -> dict[str, int]:
        """The counts known for the index open now (a new build starts them again)."""
        reader = self.session.reader
        generation = reader.manifest.generation if reader is not None else None
        if generation != self._generation:
            self.carriers, self._generation = {}, generation
        return self.carriers

    def count_carriers(self, quotes: list[Quote]) -> None:
        """CarriersCounted for the groups of these quotes (those not counted yet)."""
        reader = self.session.reader
        if reader is None or not quotes:
            return
        generation = reader.manifest.generation
        self.known_carriers()
        todo = {q.group: q for q in quotes if q.group and q.group not in self.carriers}
        if todo:
            # not exclusive: the counts of a first page and of the next one are both wanted
            self._run(partial(self._carriers_work, list(todo.values()), generation), "carriers", exclusive=False)

    def _carriers_work(self, quotes: list[Quote], generation: str) -> None:
        reader = self.session.reader
        if reader is None:
            return
        try:
            counts = reader.carriers(quotes)  # a term lookup a quote (Reader.carriers)
        except Exception:
            return  # the index went away: the rows keep no count
        if not get_current_worker().is_cancelled:
            self._post_counts(counts, generation)

    def _post_counts(self, counts: dict[str, int], generation: str) -> None:
        if counts and generation == self._generation:
            self.session._post(CarriersCounted(dict(counts)))  # the screen adds them to .carriers

    def compare(self, quote_id: str) -> None:
        """ComparisonReady for one quote."""
        self._run(partial(self._compare_work, quote_id), "compare")

    def _compare_work(self, quote_id: str) -> None:
        from dossier.index.compare import compare

        reader = self.session.reader
        if reader is None:
            return
        try:
            found = compare(reader, quote_id)
        except Exception as err:
            self.session._post(ComparisonReady(quote_id, None, f"{type(err).__name__}: {err}"))
            return
        if not get_current_worker().is_cancelled:
            self.session._post(ComparisonReady(quote_id, found))

    # --- the case file ------------------------------------------------------------------------

    def _case(self, change: Callable[[CaseFile], str] | None = None, searches: bool = False) -> None:
        """Open the case file, make a change (which says what it did), and post the pins (and the
        saved searches and history) as they are then."""
        self._run(partial(self._case_work, change, searches), "case", exclusive=False)

    def _case_work(self, change: Callable[[CaseFile], str] | None, searches: bool) -> None:
        from dossier.index.casefile import CaseFile, CaseFileError, pin_states

        reader = self.session.reader
        with self._serial:
            self._seq += 1
            seq = self._seq
            try:
                with CaseFile(self.session.index_dir) as case:
                    done = change(case) if change is not None else ""
                    pins = case.pins()
                    states = pin_states(pins, reader) if reader is not None else [(p, "ok") for p in pins]
                    if searches:
                        self.session._post(SearchesLoaded(case.searches(), case.history()))
            except (CaseFileError, OSError) as err:
                self.session._post(PinsLoaded(error=str(err), seq=seq))
                return
            except KeyError as err:
                self.session._post(PinsLoaded(error=f"nothing with the id {err} in the index or case file", seq=seq))
                return
            except Exception as err:
                self.session._post(PinsLoaded(error=f"{type(err).__name__}: {err}", seq=seq))
                return
            self.session._post(PinsLoaded(states, done, seq=seq))

    def load(self) -> None:
        """PinsLoaded and SearchesLoaded: the case file as it is."""
        self._case(searches=True)

    def pin(self, ref: str, note: str = "") -> None:
        """Pin an article, quote or actor (by id), copying what it is now; PinsLoaded says so."""

        def change(case: CaseFile) -> str:
            from dossier.index.casefile import pin_from_index

            reader = self.session.reader
            if reader is None:
                raise KeyError(ref)
            pin = pin_from_index(case, reader, ref, note=note)
            what = f"“{shorten(pin.text, 60)}”" if pin.kind == "quote" else shorten(pin.label, 60)
            return f"Pinned the {pin.kind} {what}" + (" with a note" if note else "") + " (P: the case file)"

        self._case(change)

    def annotate(self, pin_id: int, note: str) -> None:
        self._case(lambda case: (case.annotate(pin_id, note), "Note saved")[1])

    def unpin(self, pin_id: int) -> None:
        self._case(lambda case: (case.unpin(pin_id), "Removed from the case file")[1])

    def move(self, pin_id: int, step: int) -> None:
        self._case(lambda case: (case.move(pin_id, step), "")[1])

    def save_search(self, name: str, query: str, actor: str | None) -> None:
        self._case(lambda case: (case.save_search(name, query, actor), f"Search saved as {name!r}")[1], searches=True)

    def remember(self, query: str) -> None:
        """Add a query to the history kept in the case file (it survives restarts)."""
        if query.strip():
            self._case(lambda case: (case.remember(query), "")[1], searches=True)

    # --- export and copy --------------------------------------------------------------------------

    def export(
        self, kind: str, name: str, query: str = "", actor_id: str | None = None, records: list | None = None
    ) -> None:
        """Exported: the list of this kind written to the file named. Results and quotes are
        searched again without a limit (the whole list, not the rows loaded so far); actors are
        the records given (as filtered); pins are the case file's."""
        self._run(partial(self._export_work, kind, name, query, actor_id, records), "export", exclusive=False)

    def _export_work(self, kind: str, name: str, query: str, actor_id: str | None, records: list | None) -> None:
        from . import export

        reader = self.session.reader
        try:
            path, fmt = export.target(name)
            if kind == "actors":
                table = export.actors_table(records or [])
            elif reader is None:
                raise export.ExportError("the index is not open")
            elif kind == "results":
                table = export.hits_table(reader.search(query, limit=None, actor_id=actor_id).hits)
            elif kind == "quotes":
                quotes = reader.quotes(query=query or None, actor_id=actor_id, limit=None)
                table = export.quotes_table(quotes, reader.titles())
            else:
                from dossier.index.casefile import CaseFile, pin_states

                with CaseFile(self.session.index_dir) as case:
                    table = export.pins_table(pin_states(case.pins(), reader))
            export.write(table, path, fmt)
        except export.ExportError as err:
            self.session._post(Exported(name, error=str(err)))
            return
        except Exception as err:  # a query the index refuses, a case file that cannot be read
            self.session._post(Exported(name, error=f"{type(err).__name__}: {err}"))
            return
        self.session._post(Exported(str(path), len(table.rows)))

    def cite(self, quote: Quote) -> None:
        """CitationReady: the quote with its article's title, source, date and path."""
        self._run(partial(self._cite_work, quote), "cite")

    def _cite_work(self, quote: Quote) -> None:
        from dossier.index.output import shown

        from .export import citation

        reader = self.session.reader
        try:
            view = reader.article(quote.article) if reader is not None else None
        except Exception as err:
            self.session._post(CitationReady("", f"{type(err).__name__}: {err}"))
            return
        if view is None:
            self.session._post(CitationReady("", "its article is no longer in the index"))
            return
        art = view.article
        title = art.title or (reader.titles().get(art.id) if reader is not None else None)
        self.session._post(CitationReady(shown(citation(quote, title, art.source, art.date, art.path))))
