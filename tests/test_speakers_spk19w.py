"""Wrong speakers read on US news (issue 10, session 19, helper spk19w), with the real spaCy model:
the person named right before the verb where the parser took a title word, a fronted "of" phrase
or another name for the subject (attribution_name_at_verb, attribution_context.name_before); words
printed on a thing are nobody's (attribution_inscriptions); a share of a nation's people is a
poll's figure (attribution_poll_shares). BBC has none of these constructions with a quotation:
the passages are written in the style of a US campaign report (PolNeAR's text has no licence and
is never copied here)."""

from helpers import speaker_of

_RADIO = (
    "A new radio show on the campaign starts on Monday.\n\nThe programme will air seven days a week "
    "from a studio in Washington.\n\n"
)


def test_a_title_taken_for_the_subject_yields_to_the_name_before_the_verb(pipes):
    text = _RADIO + "Big Radio Vice President for music and talk Tom Reed called the show “the show of the year.”\n"
    # without the rule: "Big Radio Vice President", the title the parser made the subject (the
    # name its conjunct)
    assert speaker_of(pipes, text, "the show of the year") == "Tom Reed"


def test_a_fronted_of_phrase_is_what_the_speaker_speaks_of(pipes):
    text = (
        "Donors in Ohio are cool on the field.\n\n“He would be fun at a barbecue,” Cleveland banker Eric "
        "Walden said of the mayor.\n\nOf Hart, Walden, who backed Dunn in the primary, said, “He has "
        "no plan at all.”\n"
    )
    # without the rule: "Of", the preposition the parser made the subject
    assert speaker_of(pipes, text, "He has no plan") == "Eric Walden"


def test_a_person_named_in_apposition_to_another_name_speaks(pipes):
    text = (
        "The party looks for a third choice.\n\nOr perhaps Chris Christie, media consultant "
        "Phil Mercer says. “Voters in Iowa are taking a fresh look at the governor.”\n"
    )
    # without the rule: Chris Christie, the name the parser made the subject
    assert speaker_of(pipes, text, "Voters in Iowa") == "Phil Mercer"


def test_a_person_in_apposition_right_before_the_verb_is_not_the_paper_before_him(pipes):
    text = (
        "The senator backs the trade pact.\n\nIn a statement to the Herald, her press secretary, Jake "
        "Holloway, said: “The senator thinks the pact is good for workers in Ohio.”\n"
    )
    # without the rule: the Herald (name_before's fallback, the name of the "to" phrase; the
    # parser gives "said" no subject)
    assert speaker_of(pipes, text, "The senator thinks") == "Jake Holloway"


def test_words_on_a_hat_are_not_its_wearers(pipes):
    text = (
        "The mayor joins the rally.\n\nMayor Tom Bradley is now wearing a baseball hat that says “OHIO "
        "FIRST, OHIO ALWAYS” on the stage in Dayton.\n"
    )
    # without the rule: Tom Bradley, the maker of the thing said to speak
    assert speaker_of(pipes, text, "OHIO FIRST") is None


def test_a_sign_speaks_for_nobody_the_paper_reporting_it_does(pipes):
    text = (
        "Drivers in Nevada had a surprise.\n\nAccording to the Ledger, one Nevada Department of "
        "Transportation sign read, “Slow down, the snow is on its way.”\n"
    )
    # without the rule: the Nevada Department of Transportation (the sign's description resolved)
    assert speaker_of(pipes, text, "Slow down") == "Ledger"


def test_a_share_of_a_nations_people_is_the_polls_figure(pipes):
    text = (
        "Shoppers want cheap goods.\n\nThe vast majority of Americans say cars built at home are "
        "“worth the extra money,” according to a Gallup poll released on Monday.\n"
    )
    # without the rule: "American", the nation the share is of
    assert speaker_of(pipes, text, "worth the extra") == "Gallup"
