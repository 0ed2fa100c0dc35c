"""The read API over a real index of the seeds: fields, highlights, suggestions, quotes."""

from __future__ import annotations

import pytest

from dossier.index.read import QueryError, Reader


@pytest.fixture(scope="module")
def reader(seeds_index):
    with Reader(seeds_index) as r:
        yield r


def _ids(result) -> set[str]:
    return {h.id for h in result.hits}


def test_words_are_stemmed_and_matches_highlighted(reader):
    result = reader.search("talk")
    assert result.total == 5
    for hit in result.hits:
        matched = [t.lower() for t, is_match in hit.snippet if is_match]
        assert matched and all(t.startswith("talk") for t in matched)
        assert "[[" in hit.snippet_text()


def test_phrase_finds_only_the_exact_words(reader):
    # "peace" and "talks" meet in four articles, as the phrase "peace talks" in only one.
    phrase = _ids(reader.search('"peace talks"'))
    assert phrase == {"001_05c8e702dea443c3"}
    both = _ids(reader.search("peace AND talks"))
    assert both > phrase and len(both) == 4


def test_actor_field_finds_every_spelling(reader):
    # The seeds write Zelensky, Zelenskiy and Zelenskyy: one actor, found by any of them.
    expected = {
        "000_3b6696d3e34a7f12",
        "001_05c8e702dea443c3",
        "002_1aacff9da795299a",
        "003_7e505e72308bf6ca",
        "004_a10d758890122168",
    }
    for spelling in ("zelensky", "zelenskiy", "zelenskyy"):
        assert _ids(reader.search(f"actor:{spelling}")) == expected, spelling


def test_speaker_field_finds_articles_quoting_them(reader):
    quoted = _ids(reader.search("speaker:peskov"))
    assert "000_3b6696d3e34a7f12" in quoted
    assert quoted <= _ids(reader.search("actor:peskov"))
    # Peskov is quoted in article 000; article 002 never mentions him.
    assert "002_1aacff9da795299a" not in quoted


def test_actor_filter_restricts_results(reader):
    peskov = next(a for a in reader.actors(type="person") if a.name.endswith("Peskov"))
    filtered = _ids(reader.search("Kremlin", actor_id=peskov.id))
    assert filtered and filtered == _ids(reader.search("Kremlin")) & set(peskov.articles)


def test_misspelling_gets_a_suggestion(reader):
    result = reader.search("Ushakof")
    assert result.total == 0
    assert result.suggestion and "ushakov" in result.suggestion.lower()
    assert reader.search(result.suggestion).total > 0


def test_suggestions_are_whole_words_and_keep_their_field(reader):
    assert reader.search("proposels").suggestion == "proposals"  # a word of the text, not a stem
    assert reader.search("negotiatons").suggestion in ("negotiations", "negotiators")
    assert reader.search("actor:peskof").suggestion == "actor:Peskov"


@pytest.mark.parametrize(
    "bad, reason", [('"peace talks', "quotation"), ("(peace", "("), ("peace)", ")"), ("colour:red", "unknown field")]
)
def test_unparsable_queries_raise_query_error(reader, bad, reason):
    with pytest.raises(QueryError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        reader.search(bad)


def test_quotes_follow_speaker_and_article(reader):
    ushakov = reader.quotes(speaker="Ushakov")
    assert len(ushakov) >= 5
    assert all(q.speaker and q.speaker.endswith("Ushakov") for q in ushakov)
    assert {q.speaker_id for q in ushakov} == {ushakov[0].speaker_id}
    by_id = reader.quotes(actor_id=ushakov[0].speaker_id)
    assert [q.id for q in by_id] == [q.id for q in ushakov]
    in_article = reader.quotes(article="002_1aacff9da795299a")
    assert in_article and all(q.article == "002_1aacff9da795299a" for q in in_article)
    assert [q.start for q in in_article] == sorted(q.start for q in in_article)


def test_quote_words_and_article_fields(reader):
    found = reader.quotes("mutual political will")
    assert [q.speaker for q in found] and all("mutual" in q.text for q in found)
    by_name = reader.quotes("Ushakov")  # plain words match the speaker too
    assert by_name and all(q.speaker.endswith("Ushakov") or "Ushakov" in q.text for q in by_name)
    assert {q.id for q in reader.quotes(speaker="Ushakov")} <= {q.id for q in by_name}
    from_source = reader.quotes("title:Putin")  # a field only articles have
    assert from_source and {q.article for q in from_source} == {"004_a10d758890122168"}


def test_quote_offsets_point_into_the_article(reader):
    view = reader.article("000_3b6696d3e34a7f12")
    assert view.quotes
    for q in view.quotes:
        assert view.article.text[q.start : q.end] == q.text
    for m in view.mentions:
        assert view.article.text[m.start : m.end] == m.surface


def test_same_words_in_several_articles_share_a_group(reader):
    quotes = reader.quotes("improve the possibility of achieving long-term peace")
    articles = {q.article for q in quotes}
    assert len(articles) >= 2
    assert len({q.group for q in quotes}) == 1


def test_match_ranges_cover_the_query_words(reader):
    view = reader.article("000_3b6696d3e34a7f12")
    ranges = reader.match_ranges(view.article.id, "talks OR Ushakov")
    words = {view.article.text[s:e].lower() for s, e in ranges}
    assert words == {"talks", "talk", "ushakov"} or words >= {"talks", "ushakov"}
    assert reader.match_ranges(view.article.id, "") == []


def test_junk_is_kept_in_text_but_not_indexed(reader):
    view = reader.article("004_a10d758890122168")
    assert "Advertisement" in view.article.text
    junk_text = [view.article.text[s:e] for s, e in view.article.junk]
    assert "Advertisement" in junk_text and "Leave a comment" in junk_text
    assert reader.search("advertisement").total == 0
