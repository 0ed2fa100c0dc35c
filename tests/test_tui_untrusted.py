"""Text from the corpus is data: markup and escape sequences in an article are shown literally."""

from __future__ import annotations

from types import SimpleNamespace

from rich.text import Text
from textual.app import App, ComposeResult
from textual.content import Content

from dossier.tui.app import DossierApp
from dossier.tui.commands import ActorCommands
from dossier.tui.panes.actors import ActorsPane
from dossier.tui.widgets.lists import ActorList, QuoteList, ResultList
from dossier.tui.widgets.source import Shown, SourceView
from dossier.tui.widgets.text import clean, one_line, wrap_offsets
from tui_fixtures import HOSTILE_TITLE, hostile_corpus, hostile_index, settle  # noqa: F401


def rendered(widget) -> str:
    """The widget's visible lines, joined with spaces (so wrapping does not matter)."""
    return " ".join(widget.render_line(y).text.strip() for y in range(widget.size.height))


def no_actions(widget) -> bool:
    """No segment the widget renders carries a click action or a link."""
    for y in range(widget.size.height):
        for segment in widget.render_line(y):
            style = segment.style
            if style is None:
                continue
            if style.link or (style.meta and any(k.startswith("@") for k in style.meta)):
                return False
    return True


def test_clean_keeps_offsets_and_shows_control_characters():
    raw = "a\x1b[31mred\x1b[0m\x07\tb\r\n\x9b2J\u202eevil"
    safe = clean(raw)
    assert len(safe) == len(raw)
    assert "\x1b" not in safe and "\x07" not in safe and "\x9b" not in safe and "\u202e" not in safe
    assert "\u241b[31m" in safe  # ␛ shown
    assert safe.count("\n") == 1
    assert "\n" not in one_line("a\nb")


def test_wrap_offsets_cover_the_text():
    text = "one two three four five six seven\n\nsupercalifragilisticexpialidocious end"
    lines = wrap_offsets(text, 10)
    assert all(len(text[s:e].rstrip()) <= 10 for s, e in lines)
    assert "".join(text[s:e] for s, e in lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert lines[0][0] == 0 and lines[-1][1] == len(text)


class SourceApp(App):
    def compose(self) -> ComposeResult:
        yield SourceView()


async def test_escape_sequences_in_the_source_pane_are_shown_not_sent():
    app = SourceApp()
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(SourceView)
        body = "Escape \x1b[31mred\x1b[0m [bold]x[/bold] [@click=app.quit]quit[/]\x1b]8;;http://e\x1b\\l"
        view.show_article(Shown(article_id="a", text=body, matches=[(7, 12)]))
        await pilot.pause()
        out = rendered(view)
        assert "\x1b" not in out
        assert "␛[31mred␛[0m" in out
        assert "[bold]x[/bold]" in out and "[@click=app.quit]quit[/]" in out
        assert no_actions(view)


async def test_markup_in_an_indexed_article_is_shown_literally(hostile_index):
    app = DossierApp(hostile_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        results = screen.query_one(ResultList)
        hit = next(h for h in results.records if h.id == "hostile")
        assert "[bold]Breaking[/bold]" in hit.title
        index = results.records.index(hit)
        prompt = results.get_option_at_index(index).prompt
        assert isinstance(prompt, Text) and one_line(HOSTILE_TITLE) in prompt.plain
        assert "[bold]Breaking[/bold] news [@click=app.quit]now[/]" in rendered(results)
        assert no_actions(results)

        results.focus()
        results.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        source = screen.query_one(SourceView)
        assert source.shown.article_id == "hostile"
        shown = rendered(source)
        assert "[bold]nothing[/bold]" in shown
        assert "[@click=app.quit]the plan[/]" in shown
        assert "[link=https://example.com/evil]click here[/link]" in shown
        assert "\x1b" not in shown
        assert no_actions(source)
        header = str(screen.query_one("#source-header").render())
        assert "[bold]Breaking[/bold] news [@click=app.quit]now[/]" in header

        # Clicking where the text says [@click=app.quit] does nothing but focus.
        line = next(y for y in range(source.size.height) if "[@click=app.quit]" in source.render_line(y).text)
        column = source.render_line(line).text.index("[@click=app.quit]") + 3
        await pilot.click(SourceView, offset=(column + 1, line))
        await pilot.pause()
        assert app.is_running and app.return_code is None

        await pilot.press("slash", *"plan")
        await settle(pilot)
        quotes = screen.query_one(QuoteList)
        assert no_actions(quotes)


async def test_actor_names_are_data_in_lists_and_the_palette():
    evil = SimpleNamespace(
        id="person:x",
        name="[@click=app.quit]Evil[/] [bold]Name",
        type="person",
        aliases=[],
        mentions=1,
        articles=["a"],
    )

    class ListApp(App):
        def compose(self) -> ComposeResult:
            yield ActorList()

    app = ListApp()
    async with app.run_test(size=(60, 10)) as pilot:
        actors = app.query_one(ActorList)
        actors.set_records([evil])
        await pilot.pause()
        assert "[@click=app.quit]Evil[/] [bold]Name" in rendered(actors)
        assert no_actions(actors)


async def test_actor_names_are_data_in_the_palette(hostile_index):
    evil = SimpleNamespace(
        id="person:x",
        name="[@click=app.quit]Evil[/] [bold]Name",
        type="[red]person",
        aliases=[],
        mentions=1,
        articles=["a"],
    )
    app = DossierApp(hostile_index, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one(ActorsPane).actors = [evil]
        provider = ActorCommands(app.screen)
        hits = [hit async for hit in provider.search("jump evil")]
        assert len(hits) == 1
        assert isinstance(hits[0].match_display, Content)
        assert hits[0].match_display.plain == "Jump to actor: [@click=app.quit]Evil[/] [bold]Name"
        assert "[red]" in Content.from_markup(hits[0].help).plain
