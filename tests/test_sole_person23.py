"""The last resort of attribution: a quote no rule attributed takes the one person named in its
sentence and the one before (attribution_sole_person, session 23), on real BBC articles and the
real model, and made-up sentences for each guard that leaves a quote unattributed."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, speaker_of

GIVEN = {  # article: (the quote's opening, a word of the speaker's name)
    "bbc-politics-340": ("illiberal", "Kennedy"),  # "Mr Kennedy also believes ... not introducing “illiberal” ID cards"
    "bbc-entertainment-352": ("might well be", "Bradshaw"),  # "film critic Peter Bradshaw felt that there"
    "bbc-politics-333": ("change the face", "Kilroy-Silk"),  # "The East Midlands MEP ... wants his new group to"
    "bbc-sport-116": ("within a month", "Bosvelt"),
}
LEFT = {  # article: (the quote's opening, what the one person named there is not)
    "bbc-entertainment-118": ("severe flu-like", "Mills"),  # "Mike Mills was taken to hospital suffering from"
    "bbc-entertainment-175": ("wardrobe malfunction", "Jackson"),  # "complaints were made about Janet Jackson's"
    "bbc-politics-355": ("complete mess", "Brown"),  # "the “complete mess” produced by Mr Brown's tinkering"
    "bbc-tech-102": ("wings", "Simonetti"),  # "only one showed Ms Simonetti's flight “wings”": one word
    "bbc-entertainment-246": ("fire fi di", "Pump Up"),  # "One of his songs, Pump Up, contains the lyrics": no person
    "bbc-sport-169": ("reminded of his", "Mourinho"),  # "Mourinho ... has been “reminded of his responsibilities”"
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    wanted = set(GIVEN) | set(LEFT)
    with Reader(bbc_index(tmp_path_factory, "sole23", lambda r: r["id"] in wanted)) as reader:
        yield reader


def _quote(reader, article: str, opening: str):
    quote = next((q for q in reader.quotes() if q.article == article and q.text.startswith(opening)), None)
    assert quote is not None, f"{article}: no quote opens with {opening!r}"
    return quote


@pytest.mark.parametrize("article", sorted(GIVEN))
def test_the_one_person_named_is_the_speaker(reader, article):
    opening, name = GIVEN[article]
    quote = _quote(reader, article, opening)
    assert quote.speaker_id and name in reader.actor(quote.speaker_id).name


@pytest.mark.parametrize("article", sorted(LEFT))
def test_what_happens_to_them_or_is_said_of_them_is_not_theirs(reader, article):
    opening, name = LEFT[article]
    text = reader.article(article).article.text
    assert name in text
    quote = _quote(reader, article, opening)
    assert quote.speaker is None


# Made-up sentences, each guard beside a control that only its guard tells apart: the control is
# given to Tom Hale, the guarded sentence left unattributed (no rule before this one answers either).
OPENING = "Tom Hale, the senator, spoke in Leeds. "
PAIRS = {  # guard: (the control, the guarded)
    "subject for others": (
        "The plans to scrap “costly and unfair” road tolls would win votes in the north.",
        "Someone wants the plans to scrap “costly and unfair” road tolls to win votes in the north.",
    ),
    "a body as subject": (
        "The plans to scrap “costly and unfair” road tolls would win votes in the north.",
        "The crowd wants the plans to scrap “costly and unfair” road tolls to win votes in the north.",
    ),
    "named two sentences before": (
        "The plans to scrap “costly and unfair” road tolls would win votes in the north.",
        "The weather was cold. The plans to scrap “costly and unfair” road tolls would win votes in the north.",
    ),
    "one word, under no view of theirs": (
        "Mr Hale also believes the plans to scrap “costly” road tolls would win votes in the north.",
        "The plans to scrap “costly” road tolls would win votes in the north.",
    ),
    "a name given": (
        "The evening ended at the hall with the “red house” locally.",
        "The evening ended at the hall known as the “red house” locally.",
    ),
    "a title": (
        "The evening ended with “roads of the old country” as the encore.",
        "The evening ended with “Roads Of The Old Country” as the encore.",
    ),
    "the person spoken to": (
        "The evening ended with “good luck to all” from the back.",
        "The evening ended with “good luck, Hale” from the back.",
    ),
    "a passive verb": (
        "Mr Hale also went to hospital with “severe chest pains” after the event.",
        "Mr Hale was also rushed to hospital with “severe chest pains” after the event.",
    ),
}


def _opening(sentence: str) -> str:
    return sentence.split("“")[1][:6]


@pytest.mark.parametrize("guard", sorted(PAIRS))
def test_each_guard_alone_leaves_the_quote_unattributed(pipes, guard):
    control, guarded = PAIRS[guard]
    assert speaker_of(pipes, OPENING + control, _opening(control)) == "Tom Hale"
    assert speaker_of(pipes, OPENING + guarded, _opening(guarded)) is None


def test_two_people_named_leave_it_unattributed(pipes):
    control = PAIRS["the person spoken to"][0]
    assert speaker_of(pipes, OPENING + control, _opening(control)) == "Tom Hale"
    text = "Tom Hale, the senator, met Ann Ruiz in Leeds. " + control
    assert speaker_of(pipes, text, _opening(control)) is None


# Found by review (session 23), each given to the one person named before the guard was right.
NOT_THEIRS = [
    # a quotation over two sentences whose second has the speech verb
    "Ann Ruiz, the senator, spoke in Leeds. The plan was “a mess. A real mess,” he said.",
    # "he" for a woman
    "Ann Ruiz, the senator, spoke in Leeds. He believes the plans to scrap “costly and unfair” road tolls "
    "would win votes in the north.",
    # another name, a plural of people as subject
    "Tom Hale, the senator, spoke in Leeds. Labour wants the plans to scrap “costly and unfair” road tolls to win votes.",
    "Tom Hale, the senator, spoke in Leeds. Critics want the plans to scrap “costly and unfair” road tolls to win votes.",
    # "he" as the subject of a verb of no view whose object or complement the quotation is
    "Tom Hale stars in the new film. He plays a New York “date doctor” in it.",
    "Tom Hale joined the club in 2003. He was “the ultimate hack” in those years.",
    # two people of one surname
    "Tom Hale and his wife Ann Hale spoke in Leeds. The plans to scrap “costly and unfair” road tolls would win votes.",
]


@pytest.mark.parametrize("text", NOT_THEIRS)
def test_review_cases_stay_unattributed(pipes, text):
    assert speaker_of(pipes, text, _opening(text)) is None
