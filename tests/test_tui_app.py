"""Pilot tests of the explorer on a real index of seeds/: each pane and the flow between them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rich.style import Style
from textual.widgets import Input, Static

from dossier.tui.app import DossierApp
from dossier.tui.screens.help import HelpScreen
from dossier.tui.screens.main import MainScreen
from dossier.tui.widgets.lists import ActorList, QuoteList, ResultList
from dossier.tui.widgets.source import SourceView
from tui_fixtures import settle, spy_searches, wait_for


def make_app(index: Path) -> DossierApp:
    return DossierApp(index, None)


def message(app) -> str:
    return str(app.screen.query_one("#message", Static).render())


def styled_words(text, style: Style) -> list[str]:
    """The pieces of a Text that carry the style (the highlighted words)."""
    return [text.plain[s.start : s.end] for s in text.spans if s.style == style]


async def search(pilot, query: str) -> None:
    await pilot.press("slash")
    field = pilot.app.screen.query_one("#query", Input)
    field.value = ""
    await pilot.press(*query)
    await settle(pilot)


async def test_start_shows_articles_actors_and_quotes(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert len(screen.query_one(ResultList).records) == 5
        actors = screen.query_one(ActorList).records
        assert len(actors) > 10
        assert actors[0].mentions >= actors[-1].mentions  # most mentioned first
        assert len(screen.query_one(QuoteList).records) > 10
        assert "5 articles indexed" in message(app)
        assert app.focused is screen.query_one("#query")


async def test_search_updates_results_and_quotes(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        all_quotes = len(app.screen.query_one(QuoteList).records)
        await search(pilot, "ushakov")
        results = app.screen.query_one(ResultList)
        quotes = app.screen.query_one(QuoteList)
        assert 0 < len(results.records) < 5
        assert 0 < len(quotes.records) < all_quotes
        assert all("ushakov" in ((q.speaker or "") + q.text).lower() for q in quotes.records)
        assert f"{len(results.records)} articles" in message(app)
        assert app.screen.query_one("#results").border_title.startswith("Results (")


async def test_results_highlight_the_matched_words(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "ushakov")
        results = app.screen.query_one(ResultList)
        style = results.get_component_rich_style("results--match", partial=True)
        for index, hit in enumerate(results.records):
            prompt = results.get_option_at_index(index).prompt
            words = styled_words(prompt, style)
            assert words, hit.title
            assert all(w.lower().startswith("ushakov") for w in words), words


async def test_enter_opens_the_article_and_n_moves_between_matches(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "ushakov")
        await pilot.press("enter")  # to the results
        assert app.focused is app.screen.query_one(ResultList)
        await pilot.press("enter")  # open the first
        await settle(pilot)
        source = app.screen.query_one(SourceView)
        assert app.focused is source
        matches = source.shown.matches
        assert len(matches) >= 2
        assert all(source.shown.text[s:e].lower() == "ushakov" for s, e in matches)
        assert source.current == 0
        assert "match 1/" in str(app.screen.query_one("#source").border_subtitle)

        def visible(offset: int) -> bool:
            line = source.line_for_offset(offset)
            return source.scroll_y <= line < source.scroll_y + source.size.height

        await pilot.press("n")
        assert source.current == 1 and visible(matches[1][0])
        await pilot.press("N")
        assert source.current == 0 and visible(matches[0][0])
        await pilot.press("N")  # wraps to the last
        assert source.current == len(matches) - 1 and visible(matches[-1][0])
        assert f"match {len(matches)}/{len(matches)}" in str(app.screen.query_one("#source").border_subtitle)

        # the current match has its own style, the others the match style
        style = source.get_component_rich_style("source--current", partial=True)
        styled = source._build_styled()
        current = [styled.plain[s.start : s.end] for s in styled.spans if s.style == style]
        assert [c.lower() for c in current] == ["ushakov"]

        await pilot.press("escape")  # back where it was opened from
        assert app.focused is app.screen.query_one(ResultList)


async def test_choosing_an_actor_filters_results_and_quotes(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("tab", "tab")  # search -> results -> actors
        assert app.focused is screen.query_one(ActorList)
        await pilot.press("f")  # filter by name
        assert app.focused is screen.query_one("#actor-filter")
        await pilot.press(*"ushakov")
        await pilot.pause()
        actors = screen.query_one(ActorList).records
        assert actors and all(any("ushakov" in n.lower() for n in [a.name, *a.aliases]) for a in actors)
        await pilot.press("enter", "enter")  # to the list, choose the first
        await settle(pilot)
        actor = actors[0]
        assert screen.actor is actor
        chip = screen.query_one("#chip", Static)
        assert chip.display and actor.name in str(chip.render())
        results = screen.query_one(ResultList).records
        assert results and all(h.id in actor.articles for h in results)
        quotes = screen.query_one(QuoteList).records
        assert quotes and all(q.speaker_id == actor.id for q in quotes)
        assert app.focused is screen.query_one(ResultList)

        await pilot.press("escape")  # removes the filter
        await settle(pilot)
        assert screen.actor is None
        assert not chip.display
        assert len(screen.query_one(ResultList).records) == 5


async def test_type_filter_cycles_actor_types(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "t")
        actors = app.screen.query_one(ActorList).records
        assert actors and {a.type for a in actors} == {"person"}
        assert "person" in app.screen.query_one("#actors").border_title


async def test_opening_a_quote_scrolls_the_source_to_it(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        quotes = screen.query_one(QuoteList)
        # the quote that sits furthest into its article
        index = max(range(len(quotes.records)), key=lambda i: quotes.records[i].start)
        quote = quotes.records[index]
        quotes.focus()
        quotes.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        source = screen.query_one(SourceView)
        assert app.focused is source
        assert source.shown.article_id == quote.article
        assert source.shown.focus == (quote.start, quote.end)
        line = source.line_for_offset(quote.start)
        assert line > 0
        assert source.scroll_y <= line < source.scroll_y + source.size.height
        assert source.shown.text[quote.start : quote.end] == quote.text or quote.text in source.shown.text


async def test_a_bad_query_shows_a_message(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, '"peace talks')
        text = message(app)
        assert "Query error" in text and "quotation" in text
        assert app.screen.query_one("#message").has_class("message--error")
        await search(pilot, "nosuchfield:x")
        assert "unknown field" in message(app)
        await search(pilot, "peace")  # a good query clears it
        assert "Query error" not in message(app)


async def test_did_you_mean(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "ushakof")
        assert "Did you mean" in message(app)
        suggestion = app.screen.suggestion
        assert suggestion
        await pilot.press("enter")  # takes the suggestion
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == suggestion
        assert app.screen.query_one(ResultList).records


async def test_search_as_you_type_is_debounced(seeds_index, monkeypatch):
    """A search starts only once the keys pause for DEBOUNCE seconds, and the last one is for what
    was typed. Decided on when the keys reached the search bar: a busy machine can space them out,
    and a pause between two keys rightly searches for the prefix typed so far."""
    import time

    import dossier.tui.panes.search_bar as search_bar
    from dossier.tui.panes.search_bar import SearchBar

    debounce = 0.6  # wider than most gaps between keys on a busy machine
    monkeypatch.setattr(search_bar, "DEBOUNCE", debounce)
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        searched, shown = spy_searches(app)
        bar = app.main.query_one(SearchBar)
        keys_at: list[float] = []  # each key's restart of the debounce
        started_at: list[float] = []  # each search's start
        set_timer, search = bar.set_timer, app.session.search

        def restart(*args, **kwargs):
            keys_at.append(time.monotonic())
            return set_timer(*args, **kwargs)

        def timed(*args, **kwargs):
            started_at.append(time.monotonic())
            return search(*args, **kwargs)

        bar.set_timer, app.session.search = restart, timed
        await pilot.press(*"kremlin")  # the search box has the focus at start
        await settle(pilot)
        assert len(keys_at) == len("kremlin")
        assert searched and searched[-1] == "kremlin" and shown[-1] == "kremlin"
        for at in started_at:  # never while the keys come faster than the debounce
            assert at - max(k for k in keys_at if k <= at) >= debounce - 0.05
        pauses = sum(b - a >= debounce for a, b in zip(keys_at, keys_at[1:]))
        assert len(searched) <= 1 + pauses  # one search, unless the machine paused between keys


@pytest.mark.parametrize("where", ["search process", "thread"])
async def test_a_slow_stale_search_never_overwrites_a_newer_one(seeds_index, where):
    """The answer to "peace" is held back until the answer to "peace kremlin" is on screen, then
    let through: the screen must go on showing "peace kremlin". Every step waits on a state (an
    event, what the screen shows), never on the clock, so a busy machine cannot change the order."""
    import threading

    from dossier.tui.session import QUOTE_LIMIT, RESULT_LIMIT

    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        session = app.session
        reader = session.reader
        screen = app.screen

        def expected(query: str) -> tuple[list[str], list[tuple[str, int]]]:
            hits = reader.search(query, limit=RESULT_LIMIT).hits
            quotes = reader.quotes(query=query, limit=QUOTE_LIMIT)
            return [h.id for h in hits], [(q.article, q.start) for q in quotes]

        def on_screen() -> tuple[list[str], list[tuple[str, int]]]:
            return (
                [r.id for r in screen.query_one(ResultList).records],
                [(q.article, q.start) for q in screen.query_one(QuoteList).records],
            )

        stale, newer = expected("peace"), expected("peace kremlin")
        assert stale != newer  # else the screen could not tell them apart

        if where == "thread":
            session.search_process_lost()  # searches run in a thread of the app, as without the process
            searcher = session.reader
        else:
            searcher = session.search_process
        assert searcher is not None
        real_search = searcher.search
        started, release = threading.Event(), threading.Event()

        def slow_search(*args, **kwargs):
            if "peace" in args:
                started.set()
                release.wait(60)  # held until the newer answer is on screen
            return real_search(*args, **kwargs)

        searcher.search = slow_search
        # The stale search's whole work (search, then show or discard) has ended when this is set.
        stale_done = threading.Event()
        real_work = session._search_work

        def search_work(query, *args):
            try:
                return real_work(query, *args)
            finally:
                if query == "peace":
                    stale_done.set()

        session._search_work = search_work
        await pilot.press(*"peace")
        await wait_for(pilot, started.is_set)
        await pilot.press(*" kremlin")
        await wait_for(pilot, lambda: on_screen() == newer)
        release.set()
        await wait_for(pilot, stale_done.is_set)
        await settle(pilot)
        assert on_screen() == newer
        assert app.screen.query_one("#query", Input).value == "peace kremlin"


def bindings_of(node) -> list:
    """The bindings the explorer's own classes give node (its class and its bases), not Textual's."""
    found = []
    for cls in type(node).__mro__:
        if cls.__module__.startswith("dossier.tui") and "BINDINGS" in vars(cls):
            found += vars(cls)["BINDINGS"]
    return found


def help_items(app) -> set[str]:
    """The list items of the help screen as it is drawn: "• KEYS WHAT", a wrapped item joined."""
    body = app.screen.query_one("#help-body").region
    lines = [
        strip.text[body.x + 1 : body.right - 1].rstrip()
        for strip in app.screen._compositor.render_strips()[body.y + 1 : body.bottom - 1]
    ]
    items: list[str] = []
    indent = None
    for line in lines:
        stripped = line.lstrip()
        if stripped.startswith("• "):
            items.append(stripped)
            indent = len(line) - len(stripped)
        elif items and indent is not None and stripped and len(line) - len(stripped) > indent:
            items[-1] += " " + stripped
        else:
            indent = None
    return set(items)


async def test_help_lists_every_key(seeds_index):
    """Every binding of the app, the main screen, its widgets and the help screen itself is shown
    on the help screen, as its keys and what it does (the tooltip where the footer's word is terse)."""
    names = {"slash": "/", "question_mark": "?"}
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 300)) as pilot:  # tall enough to show every key at once
        await settle(pilot)
        bindings = bindings_of(app) + [b for node in app.main.walk_children(with_self=True) for b in bindings_of(node)]
        await pilot.press("tab", "question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen) and app.screen.query("#help-text"))
        await pilot.pause()
        bindings += bindings_of(app.screen)
        assert len({b.id for b in bindings}) >= 25  # the app's, the screen's, the search box's, the lists', ...
        items = help_items(app)
        for binding in bindings:
            shown_keys = binding.key_display or ", ".join(names.get(k, k) for k in binding.key.split(","))
            assert f"• {shown_keys} {binding.tooltip or binding.description}" in items, (binding, sorted(items))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen))
        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.focused, Input))  # the search box, where "?" is typed
        await pilot.press("f1")  # works from the search box too
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_at_80x24_every_pane_can_be_reached(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        tabs = str(screen.query_one("#tabs").render())
        for name in ("Results 5", "Actors", "Quotes", "Source"):
            assert name in tabs
        await search(pilot, "ushakov")
        for pane, widget in (("results", ResultList), ("actors", ActorList), ("quotes", QuoteList)):
            screen.focus_pane(pane)
            await pilot.pause()
            region = screen.query_one(f"#{pane}").region
            assert region.width == 80 and region.height >= 15, (pane, region)
            lst = screen.query_one(widget)
            assert lst.records and lst.region.height > 5
            for other in ("results", "actors", "quotes", "source"):
                if other != pane:
                    assert not screen.query_one(f"#{other}").region or other == "results" and pane == "quotes"
        screen.focus_pane("results")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#source").region.height >= 15
        assert screen.query_one(SourceView).size.width >= 70
        await pilot.press("tab")  # from the source, round to the search box: results shown again
        await pilot.pause()
        assert screen.query_one("#results").region.height >= 15


async def test_palette_commands(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        titles = [c.title for c in app.get_system_commands(screen)]
        for wanted in ("Rebuild index", "Toggle actors pane", "Toggle source pane", "Switch theme", "Quit"):
            assert wanted in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"jump to actor ushakov")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.actor is not None and "Ushakov" in screen.actor.name
        screen.toggle_pane("actors")
        await pilot.pause()
        assert not screen.query_one("#actors").display or screen.query_one("#actors").region.width == 0
        screen.toggle_pane("actors")
        await pilot.pause()
        assert screen.query_one("#actors").region.width > 0

        # switching the theme restyles the lists and keeps what they show
        before = len(screen.query_one(ResultList).records)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause(0.2)
        assert len(screen.query_one(ResultList).records) == before
        assert screen.query_one(ResultList).option_count == before


async def test_search_history(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await search(pilot, "kremlin")
        await pilot.press("enter")  # to results: remembered
        await search(pilot, "peace")
        await pilot.press("enter")
        await pilot.press("slash")
        field = app.screen.query_one("#query", Input)
        field.value = ""
        await pilot.press("up")
        assert field.value == "peace"
        await pilot.press("up")
        assert field.value == "kremlin"
        await pilot.press("ctrl+n", "ctrl+n")
        assert field.value == ""


async def test_no_index_says_how_to_build_it(tmp_path):
    app = DossierApp(tmp_path / "nothing", None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "dossier index build" in message(app)
        assert app.screen.query_one("#message").has_class("message--error")


def test_the_explorer_never_imports_spacy(seeds_index):
    """Open the app on a real index (staleness check included), search, open an article: no spaCy."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import asyncio, sys
        from pathlib import Path
        from dossier.tui.app import DossierApp

        async def main():
            app = DossierApp(Path({str(seeds_index)!r}), Path({str(Path(__file__).parent.parent / "seeds")!r}))
            async with app.run_test(size=(100, 30)) as pilot:
                for _ in range(100):
                    await pilot.pause(0.05)
                    if app.reader is not None:
                        break
                await pilot.press(*"peace")
                await pilot.pause(0.5)
                await app.workers.wait_for_complete()
                await pilot.press("enter", "enter")
                await pilot.pause(0.3)
                await app.workers.wait_for_complete()
                assert app.reader is not None

        asyncio.run(main())
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "torch")
                       or m in ("dossier.index.nlp.analyse", "dossier.index.nlp.model", "dossier.index.build"))
        print("HEAVY", heavy)
        sys.exit(1 if heavy else 0)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


async def test_actor_list_is_capped_and_the_filter_reaches_the_rest(seeds_index, monkeypatch):
    import dossier.tui.panes.actors as actors_pane
    from dossier.tui.widgets.lists import ActorList

    monkeypatch.setattr(actors_pane, "MAX_ACTOR_ROWS", 3)
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        listed = app.screen.query_one(ActorList).records
        everyone = app.reader.actors()
        assert [a.id for a in listed] == [a.id for a in everyone[:3]]
        assert app.screen.actor_count == len(everyone) > 3
        assert f"Actors ({len(everyone)})" in str(app.screen.query_one("#actors").border_title)
        far = everyone[-1]  # the least mentioned: not in the capped list
        app.screen.query_one("#actor-filter", Input).value = far.name
        await settle(pilot)
        assert far.id in [a.id for a in app.screen.query_one(ActorList).records]


async def test_long_lists_fill_in_chunks_and_a_newer_list_wins(seeds_index, monkeypatch):
    """A long list shows its first rows at once and adds the rest between other messages (keys
    are read meanwhile); chunks of a list that was replaced never land in the new one."""
    from dataclasses import replace

    import dossier.tui.widgets.lists as lists

    monkeypatch.setattr(lists, "FILL_ROWS", 4)
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        quotes = app.screen.query_one(QuoteList)
        base = quotes.records[0]
        many = [replace(base, id=f"{base.id}-{n}", text=f"copy number {n}") for n in range(11)]
        quotes.set_records(many, titles={}, query="")
        assert quotes.option_count == 4
        for _ in range(50):
            if quotes.option_count == len(many):
                break
            await pilot.pause()
        assert quotes.option_count == len(many)
        assert all(f"copy number {n}”" in quotes.get_option_at_index(n).prompt.plain for n in range(len(many)))

        other = [replace(base, id=f"{base.id}-other-{n}", text=f"other number {n}") for n in range(9)]
        quotes.set_records(many, titles={}, query="")
        quotes.set_records(other, titles={}, query="")
        await settle(pilot)
        assert quotes.option_count == len(other)
        assert all(f"other number {n}”" in quotes.get_option_at_index(n).prompt.plain for n in range(len(other)))


async def test_right_completes_an_actors_name(seeds_index):
    app = make_app(seeds_index)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press(*"speaker:usha")
        await pilot.pause()
        await pilot.press("right")
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "speaker:ushakov"


async def test_name_suggester_completes_single_words_shortest_first():
    from dossier.tui.widgets.search import NameSuggester

    names = NameSuggester()
    names.set_names(["Yuri Ushakov", "Volodymyr Zelensky", "Zelenskyy Foundation", "Kremlin"])
    assert await names.get_suggestion("zel") == "zelensky"  # the shorter word, the case typed kept
    assert await names.get_suggestion("Kre") == "Kremlin"
    assert await names.get_suggestion("yuri u") is None  # one letter: too little to complete
    assert await names.get_suggestion("yuri usha") == "yuri ushakov"  # the last word completes
    assert await names.get_suggestion("x") is None
    assert await names.get_suggestion("kremlin") is None  # nothing longer to complete to
