"""Speakers left unattributed where the article names them (issue 10, session 19, helper spk19u,
read on US news), with the real spaCy model. BBC writes neither "Lt." with a stop nor a closing
mark glued to the next word before a speech verb, nor these verbs before a quotation: sentences
written in the style of a US report.

- "“...,”Clinton said.": a quotation mark glued between punctuation and a word is a token of its
  own, so the name is a word and the verb has its subject (typography.GLUED_MARK).
- "said Army 1st Lt. Dana Ortiz. “...”": the abbreviated rank is one token, so the
  sentence does not end after "Lt." (typography.RANK_ABBREVIATIONS).
- "Trump groused that CNN “...”", "Clinton fired back that the “...”", "Cruz chided Trump for ...
  the “...” standard", "Sanders has made clear that ... “...”": verbs of saying (lexicon
  SPEECH_LEMMAS "grouse", "gripe", "chide", "portray"; SPEECH_WITH_PARTICLE "fire back",
  "make clear").
- "“... are missing.” Trump said.": a full stop for the comma before a sentence of a name and a
  verb of saying alone (attribution_trailing_name._NAME_THEN_SAID).
"""

from test_attribution_speakers import run

GLUED = (
    "Maria Lopez, the city's finance director, spoke to reporters on Tuesday.\n\n"
    "“We are not going to raise taxes this year,”Lopez said. “The budget is balanced and the reserves are full.”"
)


def test_a_closing_mark_glued_to_the_name_after_it_leaves_the_name_a_word(pipes):
    got, _, _ = run(pipes, GLUED)
    assert got["We are not going to raise taxes this year,"].speaker == "Maria Lopez"
    assert got["The budget is balanced and the reserves are full."].speaker == "Maria Lopez"


RANK = (
    "Soldiers at the base said they were tired of the campaign.\n\n"
    "“The new barracks are warm and the food has improved a lot,” said Army 1st Lt. Dana Ortiz. "
    "“Morale is better than it was last winter.”"
)


def test_an_abbreviated_rank_does_not_end_the_sentence_before_the_name(pipes):
    got, _, _ = run(pipes, RANK)
    assert got["The new barracks are warm and the food has improved a lot,"].speaker == "Dana Ortiz"
    assert got["Morale is better than it was last winter."].speaker == "Dana Ortiz"


VERBS = (
    "Mayor Anna Weiss spoke in Springfield on Monday.\n\n"
    "Weiss groused to the crowd that the paper “never treats me fairly” before moving on to taxes. "
    "Her rival Tom Baker said she had raised taxes twice. Weiss fired back that the “voters chose me twice” "
    "and would again. Weiss chided Baker for doubting her “local roots” at every debate. She has made clear "
    "that she expects the party's “hired guns” to come after her."
)


def test_grousing_and_firing_back_are_saying(pipes):
    got, _, _ = run(pipes, VERBS)
    assert got["never treats me fairly"].speaker == "Anna Weiss"
    assert got["voters chose me twice"].speaker == "Anna Weiss"
    assert got["local roots"].speaker == "Anna Weiss"
    assert got["hired guns"].speaker == "Anna Weiss"


PORTRAYS = (
    "Mayor Anna Weiss spoke to reporters on Tuesday.\n\n"
    "Even if the plan passes the committee, it faces a vote of the full council. Weiss has argued that the "
    "plan “would leave the reading rooms of three branches dark on every weekend of the year.”\n\n"
    "On the same day, Weiss continued to portray “reckless” developers as a threat to the town."
)


def test_portraying_is_saying(pipes):
    got, _, _ = run(pipes, PORTRAYS)
    assert (
        got["would leave the reading rooms of three branches dark on every weekend of the year."].speaker
        == "Anna Weiss"
    )
    assert got["reckless"].speaker == "Anna Weiss"


STOPPED = (
    "Mayor Anna Weiss spoke to reporters on Tuesday.\n\n"
    "“We will not close the library, whatever the council decides.” Weiss said.\n\n"
    "The council meets again next week."
)


def test_a_name_and_said_after_a_full_stop_speak_the_quotation_before(pipes):
    got, _, _ = run(pipes, STOPPED)
    assert got["We will not close the library, whatever the council decides."].speaker == "Anna Weiss"
