"""Quotations left unattributed on US news (issue 10, session 20, helper spk20q), with the real
spaCy model: a quotation of whole sentences that a comma hands over to after a clause whose subject
is a person, with no verb of saying (attribution_colon.colon_before, as a colon does); a paragraph
of quotation after a sentence whose speech participle has no subject of its own ("X responded ...,
saying ...": attribution_reported_paragraph.reporting_subject); a person's mood before the name
that closes a quotation with a verb no list knows ("“...,” a furious Porter retaliated.":
attribution_trailing_name); a quotation presented by "Here's Porter ...:" or "From Reed's post:"
(attribution_presented_colon). BBC has none of these constructions with a quotation: the passages
are written in the style of a news report (PolNeAR's text has no licence and is never copied
here)."""

from helpers import speaker_of

_TALKS = "Ministers met in Ankara on Monday to discuss the border.\n\n"


def test_a_comma_hands_over_to_the_subjects_whole_sentences(pipes):
    text = _TALKS + (
        "Jane Porter, the head of the refugee agency, reacted coolly to the new plan, “I am worried "
        "that nobody will be left to run the camps by the winter.” She wants changes.\n"
    )
    # without the rule: nobody (no verb of saying; "reacted" hands over as a colon would)
    assert speaker_of(pipes, text, "I am worried") == "Jane Porter"


def test_a_statement_issued_then_a_comma_is_its_issuers(pipes):
    text = _TALKS + (
        "Tom Reed met the families later that day.\n\nRight after the vote, Reed issued a statement, "
        "“Last night our town was hit by the worst flood in a decade. Our thoughts are with the "
        "families.”\n"
    )
    assert speaker_of(pipes, text, "Last night our town") == "Tom Reed"


def test_a_comma_before_a_phrase_or_a_title_hands_over_nothing(pipes):
    text = _TALKS + (
        "Tom Reed published his second book last year, “Why The Border Plan Will Fail In The End.”\n\n"
        "Jane Porter visited the camp, “a place of hope,” on Tuesday.\n"
    )
    # a title (its longer words all capitalised) and a phrase are no one's words
    assert speaker_of(pipes, text, "Why The Border Plan") is None
    assert speaker_of(pipes, text, "a place of hope") is None


def test_a_paragraph_of_quotation_after_a_speech_participle_is_its_clauses_subject(pipes):
    text = (
        "The mayor held a public meeting in Leeds on Friday.\n\nTom Reed hit back at the heckler, "
        "saying the union had twisted his record on jobs.\n\n“Not a "
        "penny of my money comes from the plant. The union keeps spreading this story and it has to "
        "stop.”\n"
    )
    # without the rule: nobody ("saying" has no subject of its own; "hit" has Tom Reed)
    assert speaker_of(pipes, text, "Not a penny") == "Tom Reed"


def test_a_mood_before_the_name_that_closes_the_quotation(pipes):
    text = (
        "The president attacked the French record on security.\n\n“The country will never give "
        "in,” a visibly furious Porter retaliated. “It keeps its ideals, whatever the others say.”\n"
    )
    # without the rule: nobody ("retaliated" is no verb of saying, and "a visibly furious" stood
    # between the closing mark and the name)
    assert speaker_of(pipes, text, "The country will never") == "Porter"
    assert speaker_of(pipes, text, "It keeps its ideals") == "Porter"


def test_a_spokesman_for_the_name_is_no_mood(pipes):
    text = (
        "Jane Porter runs the railway.\n\n“We will look at the timetable again in the spring,” a "
        "spokesman for the railway added.\n"
    )
    assert speaker_of(pipes, text, "We will look") != "Jane Porter"


def test_a_name_presented_with_here_is_and_a_colon(pipes):
    text = (
        "The party has changed its mind on schools over the years.\n\nHere’s Jane Porter in "
        "December 1992:\u00a0“Our schools must teach the skills the new jobs ask for. Nobody should "
        "leave without them.”\n\nHere's how the plan works: “Each school gets a fixed sum for "
        "every pupil it takes in.”\n"
    )
    # without the rule: nobody (no verb at all before the colon; a no-break space after it)
    assert speaker_of(pipes, text, "Our schools must") == "Jane Porter"
    assert speaker_of(pipes, text, "Each school gets") is None


def test_words_from_a_persons_post_are_theirs(pipes):
    text = (
        "Tom Reed said on Monday he would back the governor.\n\nFrom Reed's Facebook post: “The "
        "party has to pull together this autumn, or the seat is lost.”\n\nFrom the report: “Most "
        "of the schools had fewer teachers than a year before.”\n"
    )
    # without the rule: nobody (the recogniser missed "Reed" there: the name the article gives
    # Tom Reed)
    assert speaker_of(pipes, text, "The party has to") == "Tom Reed"
    assert speaker_of(pipes, text, "Most of the schools") is None
