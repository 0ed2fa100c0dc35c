"""The explorer's session with its index: what it reads, where searches run, and the build.

One object owns the Reader, the search process (index/search_process.py) and the thread that
searches when that process is lost, which search answers are still wanted, and the build
(tui/build_runner.py). The screen asks it for work; the work runs in thread workers of that
screen and comes back to it as Messages (tui/messages.py). State changes on the UI thread only:
a worker finds, the screen's handler hands the finding back here (`use`, `finish_build`).

Stale answers: every search is numbered; an answer is posted only while its number is the newest,
and shown only if it still is when the screen handles it (`wanted`). A search waiting for the
search process gives up as soon as a newer one was asked for.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from collections.abc import Callable

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import get_current_worker

from dossier.index.records import Quote
from dossier.index.results import IndexUnavailable, QueryError, SearchResult

from .build_runner import Outcome, Progress, run_build
from .messages import (
    ActorsLoaded,
    ArticleLoaded,
    BuildFinished,
    BuildNeeded,
    BuildProgress,
    IndexOpened,
    IndexUnreadable,
    MoreRows,
    QuotesCounted,
    SearchAnswered,
)

if TYPE_CHECKING:
    import subprocess

    from dossier.index.read import Reader
    from dossier.index.search_process import SearchProcess

# The first rows of a search's lists; further pages of these sizes come as the user scrolls.
RESULT_LIMIT = 100
QUOTE_LIMIT = 300

BuildRefusal = Literal["running", "no corpus"]


class Session:
    """The index behind one explorer: open it, search it, read it, build it."""

    def __init__(
        self,
        index_dir: Path,
        corpus: Path | None = None,
        *,
        check_stale: bool = True,
        build_command: list[str] | None = None,
    ) -> None:
        self.index_dir = Path(index_dir)
        self.corpus = Path(corpus) if corpus else None
        self.check_stale = check_stale
        self.build_command = build_command  # tests swap the build for a stand-in
        self.reader: Reader | None = None
        self.search_process: SearchProcess | None = None  # None: searches run in a worker thread here
        self.open_error: str | None = None
        self.building = False
        self.build_report = ""
        self.build_process: subprocess.Popen | None = None
        self._seq = 0  # the newest search's number
        self._lost = threading.Lock()
        self._node: DOMNode | None = None

    def attach(self, node: DOMNode) -> None:
        """Run work in node's workers and post what comes back to node (the main screen)."""
        self._node = node

    def _run(self, work: Callable[[], None], group: str) -> None:
        assert self._node is not None, "attach the session to a screen first"
        # Exclusive per kind: a newer search (or article, or open) cancels the older one.
        self._node.run_worker(work, thread=True, exclusive=True, group=group, name=group, exit_on_error=False)

    def _post(self, message: Message) -> None:
        if self._node is not None:
            self._node.post_message(message)

    # --- opening ---------------------------------------------------------------------------

    def open(self) -> None:
        """Open the index: IndexOpened, then BuildNeeded (saying why) when the corpus, the
        corrections or dossier's rules changed since; or BuildNeeded (no index yet, or a damaged
        one, and the corpus known) or IndexUnreadable."""
        self._run(self._open_work, "open")

    def _open_work(self) -> None:
        from dossier.index.read import Reader

        try:
            reader = Reader(self.index_dir)
        except IndexUnavailable as err:
            if self.corpus is not None:
                exists = (self.index_dir / "manifest.json").exists()
                why = "The index cannot be read: rebuilding it" if exists else "No index yet: building it"
                self._post(BuildNeeded(why))
            else:
                self._post(IndexUnreadable(str(err)))
            return
        self._post(IndexOpened(reader))
        if self.corpus is not None and self.check_stale:
            try:
                from dossier.index.status import index_status

                reason = index_status(self.corpus, self.index_dir).reason
            except Exception:
                reason = ""
            if reason and not get_current_worker().is_cancelled:
                self._post(BuildNeeded(f"{reason}: updating the index"))

    def use(self, reader: Reader) -> None:
        """Adopt an opened (or reopened) Reader; start the search process if there is none."""
        old, self.reader = self.reader, reader
        if old is not None and old is not reader:
            old.close()
        self.open_error = None
        if self.search_process is None:
            self.search_process = start_search_process(self.index_dir)

    def unreadable(self, error: str) -> None:
        self.open_error = error

    # --- reading ---------------------------------------------------------------------------

    def load_actors(self) -> None:
        """Every actor and the articles' titles: ActorsLoaded."""
        self._run(self._actors_work, "actors")

    def _actors_work(self) -> None:
        reader = self.reader
        if reader is None:
            return
        try:
            actors = reader.actors()
        except Exception as err:
            self._post(ActorsLoaded(error=str(err)))
            return
        titles: dict[str, str] = {}
        try:
            titles = reader.titles()
        except Exception:  # titles only label quotes; the ids do as well
            pass
        if not get_current_worker().is_cancelled:
            self._post(ActorsLoaded(actors, titles))

    def load_article(
        self,
        article_id: str,
        query: str,
        at: tuple[int, int] | None = None,
        focus: bool = True,
        actor_id: str | None = None,
    ) -> None:
        """An article with the query's matches marked (and the filter actor's mentions and quotes,
        so that n/N step through them): ArticleLoaded."""
        self._run(partial(self._article_work, article_id, query, at, focus, actor_id), "article")

    def _article_work(
        self, article_id: str, query: str, at: tuple[int, int] | None, focus: bool, actor_id: str | None = None
    ) -> None:
        reader = self.reader
        if reader is None:
            return
        try:
            view = reader.article(article_id)
        except Exception as err:
            self._post(ArticleLoaded(article_id, None, [], at, focus, error=str(err)))
            return
        try:
            matches = reader.match_ranges(article_id, query, actor_id) if (query.strip() or actor_id) and view else []
        except Exception:  # an unparsable query: the article without highlights
            matches = []
        if not get_current_worker().is_cancelled:
            self._post(ArticleLoaded(article_id, view, matches, at, focus))

    # --- searching -------------------------------------------------------------------------

    def search(self, query: str, actor_id: str | None = None) -> None:
        """Search (results and quotes) for query, filtered to an actor: SearchAnswered, unless a
        newer search was asked for first."""
        if self.reader is None:
            return
        self._seq += 1
        self._run(partial(self._search_work, query, actor_id, self._seq), "search")

    def wanted(self, answer: SearchAnswered) -> bool:
        """Whether an answer is to the newest search (an older one is never shown)."""
        return answer.seq == self._seq

    def _search_work(self, query: str, actor_id: str | None, seq: int) -> None:
        worker = get_current_worker()
        reader = self.reader
        if reader is None:
            return
        error = None
        result: SearchResult | None = None
        quotes: list[Quote] = []
        try:
            answer = self._search_elsewhere(reader, query, actor_id, seq)
            if answer is False:
                return  # a newer query came while an earlier one held the search process
            if answer is not None:
                result, quotes = answer
            else:
                result = reader.search(query, limit=RESULT_LIMIT, actor_id=actor_id)
                if worker.is_cancelled:
                    return
                quotes = reader.quotes(query=query or None, actor_id=actor_id, limit=QUOTE_LIMIT)
        except QueryError as err:
            error = str(err)
        except Exception as err:  # a damaged or vanished index: say so, keep the app
            error = f"the index could not answer ({type(err).__name__}: {err}); ctrl+p → Rebuild index"
        if worker.is_cancelled or seq != self._seq:
            return
        self._post(SearchAnswered(query, result, quotes, error, seq))

    def count_quotes(self, query: str, actor_id: str | None) -> None:
        """QuotesCounted: how many quotes the newest search finds in all (its first page is
        QUOTE_LIMIT long)."""
        self._run(partial(self._count_work, query, actor_id, self._seq), "count")

    def _count_work(self, query: str, actor_id: str | None, seq: int) -> None:
        reader = self.reader
        if reader is None or seq != self._seq:
            return
        try:
            total = reader.count_quotes(query or None, actor_id, stop=lambda: seq != self._seq)
        except Exception:  # a newer search (Stopped), or the index gone: the count stays partial
            return
        if seq == self._seq and not get_current_worker().is_cancelled:
            self._post(QuotesCounted(seq, total))

    def more(self, kind: str, query: str, actor_id: str | None, offset: int) -> None:
        """MoreRows: the next page of the newest search's results or quotes, from offset."""
        self._run(partial(self._more_work, kind, query, actor_id, offset, self._seq), f"more-{kind}")

    def _more_work(self, kind: str, query: str, actor_id: str | None, offset: int, seq: int) -> None:
        reader = self.reader
        if reader is None:
            return
        stop = lambda: seq != self._seq  # noqa: E731 - a newer search drops this page
        try:
            if kind == "results":
                rows: list = reader.search(query, limit=RESULT_LIMIT, actor_id=actor_id, stop=stop, offset=offset).hits
            else:
                rows = reader.quotes(
                    query=query or None, actor_id=actor_id, limit=QUOTE_LIMIT, stop=stop, offset=offset
                )
        except Exception as err:
            if seq == self._seq:
                self._post(MoreRows(kind, seq, [], f"{type(err).__name__}: {err}"))
            return
        if seq == self._seq and not get_current_worker().is_cancelled:
            self._post(MoreRows(kind, seq, rows))

    def current(self, seq: int) -> bool:
        """Whether seq is the newest search's number."""
        return seq == self._seq

    def _search_elsewhere(self, reader: Reader, query: str, actor_id: str | None, seq: int):
        """(result, quotes) from the search process; False when the query is stale by the time the
        process is free; None when there is no search process (the caller searches here)."""
        from dossier.index.search_process import SearchProcessLost

        process = self.search_process
        if process is None:
            return None
        try:
            answer = process.search(
                reader.manifest.generation, query, actor_id, RESULT_LIMIT, QUOTE_LIMIT, wanted=lambda: seq == self._seq
            )
        except SearchProcessLost:
            self.search_process_lost(process)
            return None
        return False if answer is None else answer

    def search_process_lost(self, process: SearchProcess | None = None) -> None:
        """The search process ended: searches run in a worker thread of the explorer from now on."""
        with self._lost:
            current = self.search_process
            if current is None or (process is not None and process is not current):
                return
            self.search_process = None
        current.close()

    # --- building --------------------------------------------------------------------------

    def start_build(self) -> BuildRefusal | None:
        """Build the index from the corpus (BuildProgress, then BuildFinished); or why not."""
        if self.building:
            return "running"
        if self.corpus is None:
            return "no corpus"
        self.building = True
        self._run(self._build_work, "build")
        return None

    def _build_work(self) -> None:
        worker = get_current_worker()
        assert self.corpus is not None
        try:
            outcome = run_build(
                self.corpus,
                self.index_dir,
                self._progress,
                lambda: worker.is_cancelled,
                command=self.build_command,
                on_start=self._started,
            )
        except Exception as err:  # could not start it, or lost it: report, keep the app
            outcome = Outcome(False, 1, message=f"{type(err).__name__}: {err}")
        if worker.is_cancelled or outcome.cancelled:
            return
        reader = None
        error = None
        if outcome.ok:
            from dossier.index.read import Reader

            try:
                if self.reader is not None:
                    self.reader.reopen()
                    reader = self.reader
                else:
                    reader = Reader(self.index_dir)
            except (IndexUnavailable, OSError) as err:
                error = str(err)
        self._post(BuildFinished(outcome, reader, error))

    def _progress(self, progress: Progress) -> None:
        self._post(BuildProgress(progress))

    def _started(self, process: subprocess.Popen) -> None:
        self.build_process = process

    def finish_build(self, done: BuildFinished) -> bool:
        """Record a finished build: True when it left an index to use (adopted here)."""
        self.building = False
        outcome = done.outcome
        if outcome.ok and done.reader is not None:
            s = outcome.summary
            self.build_report = (
                f"Index ready: {s.get('articles', '?')} articles, {s.get('actors', '?')} actors, "
                f"{s.get('quotes', '?')} quotes ({s.get('seconds', 0):.1f} s)."
            )
            self.use(done.reader)
            return True
        reason = done.error or outcome.message or f"exit code {outcome.code}"
        self.build_report = f"The build failed: {reason} (ctrl+p → Rebuild index to retry)."
        return False

    # --- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Stop a build under way (the previous index stays as it was), close the index and the
        search process."""
        process = self.build_process
        if process is not None and process.poll() is None:
            process.terminate()
        if self.reader is not None:
            self.reader.close()
        if self.search_process is not None:
            self.search_process.close()


def start_search_process(index_dir: Path) -> SearchProcess | None:
    """A SearchProcess on index_dir; None when one cannot start (searches then run in a thread)."""
    from dossier.index.search_process import SearchProcess

    try:
        return SearchProcess(index_dir)
    except Exception:
        return None
