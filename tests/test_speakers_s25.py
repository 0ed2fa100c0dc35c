"""Speakers of US news constructions (issue 10, session 25), with the real pipelines, on made-up
sentences of the same shape (PolNeAR's text stays out of the project):

- analyse.join_after_comma: a quotation that ends with a comma does not end its sentence, also
  after the Washington Post's nested close ',\\' "' where `senter` cuts;
- attribution_trailing_name: the reporter's clause after the quotation goes on past its verb
  ("Trump barked and a guard ..."), describes its speaker between commas before the verb ("Gene
  Sperling, a top outside adviser, said at ...") or after it ("remembered Roy Verley, HP's former
  spokesman"), only where the quotation opens its sentence;
- attribution_rules.signature: the fact check's sign-off line "- Sanders." under a quotation;
- attribution_rules.headline_colon: a headline "Name: ..." of more than 20 words, but not a
  line of several sources ('Clinton: "..." Bush: "..."');
- attribution_titled_after: a rank's short form in the title ("said Pentagon spokesman Navy Capt.
  Jeff Davis");
- attribution_speech_verbs: a place the parser took for the subject, right before the person named
  ("in Salem, New Hampshire, Trump went after Bush, calling him “...”"), gives way to the person;
- attribution_reporter_participle: '“...,” adding' after a reported clause is the reporter's (the
  comma inside the marks);
- attribution_reported_paragraph: a paragraph whose main verb is one of saying ("praised") before a
  paragraph of quotation alone;
- attribution_rules.headline_subject: a headline's subject under any verb for a phrase of two
  words or more ("Sanders Pins ... On ‘Disastrous’ Invasion"), and a surname the recogniser missed
  in the headline's capitals;
- attribution_descriptions: a description headed by "source" is someone unnamed (lexicon.
  ANONYMOUS_HEADS): never resolved to the person the article is about;
- attribution_document_agents: "a fundraising email sent out by Sanders" is Sanders's (lexicon.
  MAKER_PARTICIPLES);
- attribution_speech_verbs: the verb of the clause right after the closing mark ('"...," Trump
  said, after Becky Quick said ...') governs the quotation.
"""

from __future__ import annotations

import pytest

from dossier.index.nlp.analyse import join_after_comma
from dossier.index.read import Reader
from helpers import bbc_index, speaker_of

GIVEN = [
    # (text, the quote's opening, the speaker)
    (
        'Tom Magel, a retired welder, came to the rally. "They search for something he said 30 years ago and '
        "treat it like, 'Oh, this is important,' \" Magel said at Monday's rally. \"But you have others lying.\"",
        "They search",
        "Tom Magel",
    ),
    (
        "Senator Ann Ruiz spoke on CNN. \"It's not just Ann Ruiz saying, 'Oh, yes, just vote for the mayor,' \" "
        'Ruiz told CNN on Sunday. "It is the mayor standing up."',
        "It's not just",
        "Ann Ruiz",
    ),
    (
        "The anchor tried to ask about the budget when Tom Hale shot back that he had not been called on.\n\n"
        "“Go back to your channel and sit down,” Hale barked and a security guard escorted the anchor out.",
        "Go back",
        "Tom Hale",
    ),
    (
        "The effort reflects the advisers' wariness of polls. “It is not the position that everything is "
        "hunky-dory,” Gene Sperling, a top outside Clinton adviser, said at a recent event on the economy.",
        "It is not",
        "Gene Sperling",
    ),
    (
        "It remains a liability in her campaign.\n\n\"An awful lot of analysts said, 'No, don't do this,' and she "
        "took it upon herself to prove them wrong,\" remembered Roy Verley, HP's former chief corporate spokesman.",
        "An awful lot",
        "Roy Verley",
    ),
    (
        'Other news organisations have asked for copies as well.\n\n"I went to Wall Street before the crash. I '
        "was the one saying you're going to wreck the economy.\"\n\n- Clinton.\n\nClinton tends to overstate it.",
        "I went to",
        "Clinton",
    ),
    (
        "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil Because ‘Oil Pays Him a Lot of Money.’\n\n"
        "Republican presidential candidate Donald Trump argued that Ted Cruz has to come a long way on ethanol.",
        "Oil Pays",
        "Donald Trump",
    ),
    (
        'Jeb Bush and Hillary Clinton reject the term.\n\nClinton: "Our goal is not to deter or contain ISIS, but '
        'to defeat and destroy it." Bush: "The mission is to destroy ISIS -- not to contain it."',
        "The mission",
        "Jeb Bush",
    ),
]

GIVEN += [
    # a rank's short form in the title after the verb
    (
        "The position was not widely supported.\n\n\"I don't see how this would change our operations. We're "
        'already at war," said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about it.',
        "I don't see",
        "Jeff Davis",
    ),
    # a place that ends the opening phrase, taken by the parser for the subject: the person after it
    (
        "Donald Trump is attacking Jeb Bush. Speaking at a town hall event in Salem, New Hampshire, Trump went "
        "after Bush, calling him “a total stiff.”",
        "a total stiff",
        "Donald Trump",
    ),
]

GIVEN += [
    # a participle after the comma that ends a quotation is the reporter's, not the reported subject's
    (
        "Donald Trump spoke to Newsmax. Trump told Newsmax that Mitt Romney “had a crazy policy of "
        "self-deportation which was maniacal,” adding, “He lost all of the Latino vote.”",
        "He lost",
        "Donald Trump",
    ),
    # a paragraph whose main verb is one of saying, then a paragraph of quotation alone
    (
        "Christie was joined Monday at a town hall meeting in Hudson by Buddy Valastro, star of a reality show."
        "\n\nValastro praised Christie's leadership after the storm and his ability to get things done.\n\n"
        "“We need someone who's going to cut through the nonsense and bring people together.”",
        "We need",
        "Buddy Valastro",
    ),
    # a headline's subject, under a verb of no saying, and a surname the recogniser missed there
    (
        "Trump Makes Campaign Announcement For Speech Against ‘Crooked Hillary Clinton.’\n\n"
        "Republican presidential candidate Donald Trump will follow Hillary Clinton's speech with one of his own.",
        "Crooked",
        "Donald Trump",
    ),
]

GIVEN += [
    # a source is someone unnamed: "the source" stays a description, not the person in focus
    (
        "Ted Cruz has been reaching out to Republican senators. He called several of them this week, according "
        "to a source familiar with the calls.\n\n“He wants to mend fences and he knows he has work to do,” the "
        "source said.",
        "He wants",
        "source",
    ),
]

GIVEN += [
    # the maker of a document that speaks: "sent out by"
    (
        "Bernie Sanders won New Hampshire.\n\nIn addition, a fundraising email sent out by Sanders on Tuesday night "
        'warned of the tough fight ahead: "There are 14 primaries and caucuses over the next three weeks."',
        "There are 14",
        "Bernie Sanders",
    ),
    # the clause right after the closing mark is the quotation's, wherever the parser hung it
    (
        '"I never said that," Trump said, after Becky Quick said the billionaire front-runner had referred to '
        'Marco Rubio as the "personal senator" of Mark Zuckerberg.',
        "I never said",
        "Trump",
    ),
]

GIVEN += [
    # a verb right after the closing mark that does not put its speaker after it is no reporting clause
    (
        "John McCain issued a statement after Republican contender Donald Trump told a town hall in Salem, New "
        "Hampshire on Monday that waterboarding is “peanuts,” compared to what Islamic State militants are doing.",
        "peanuts",
        "Donald Trump",
    ),
]

LEFT = [
    # a first line written as a sentence, not a headline's capitals: what others say of the subject
    (
        "David Blunkett has been accused of using the “politics of confusion” to disguise new measures.\n\n"
        "The home secretary denied it.",
        "politics of confusion",
    ),
    # a title quoted inside the reporter's sentence: the clause after it is no quotation's
    (
        "Hillary Clinton spoke to a crowd in Boston. At an event billed as “Hard Hats for Hillary,” Clinton "
        "unveiled a $275 billion infrastructure proposal.",
        "Hard Hats",
    ),
    # a list's line after the quotation that opens with a spaced hyphen: no sign-off
    (
        "The poster carried the words “fair taxes for all.”\n\n- Tony Blair will cut taxes, the paper says.",
        "fair taxes",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), GIVEN)
def test_the_speaker_is_found(pipes, text, opening, speaker):
    assert speaker_of(pipes, text, opening) == speaker


@pytest.mark.parametrize(("text", "opening"), LEFT)
def test_no_speaker_is_given(pipes, text, opening):
    assert speaker_of(pipes, text, opening) is None


def test_a_quotation_ending_with_a_comma_is_joined_to_the_clause_after():
    text = '"It is like, \'Oh, this is important,\' " Magel said. The rally ended. "Fine." Then it rained.'
    cut = text.index("Magel")
    sents = [(0, cut - 1), (cut, text.index(" The")), (text.index("The"), len(text))]
    assert join_after_comma(text, sents) == [(0, text.index(" The")), (text.index("The"), len(text))]
    # a quotation that ends with a full stop ends its sentence; a line break always does
    assert join_after_comma(text, sents[1:]) == sents[1:]
    broken = text[: cut - 1] + "\n" + text[cut:]
    assert join_after_comma(broken, sents) == sents


def test_a_question_ends_its_sentence_before_a_name_and_verb(tmp_path_factory):
    """A real BBC passage (bbc-politics-262): 'He continued: "How can there be discipline ...?" Mr
    Blair said he would not respond ...': Mr Blair's verb opens a sentence of its own and reports
    something else; the question is Michael Howard's."""
    index = bbc_index(tmp_path_factory, "s25question", lambda r: r["id"] == "bbc-politics-262")
    with Reader(index) as reader:
        quote = next(q for q in reader.quotes() if q.text.startswith("How can there be discipline"))
        assert quote.speaker_id and "Howard" in reader.actor(quote.speaker_id).name, quote.speaker
