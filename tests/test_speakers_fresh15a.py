"""Speakers on dev articles (issue 10, session 15, helper spk15a), with the real spaCy model; each
text is a real BBC passage, cut short where the case allows. "he" and "she" go to the person in
focus: the subject (then an object) of a main clause before them, not a name inside a
subordinate clause, a prepositional phrase or a possessive (attribution_salience)."""

from helpers import speaker_of
from test_attribution_speakers import run


# bbc-politics-180
BLAIR_BLAND = (
    "Tony Blair said he would do everything he could to meet concerns about the bill. But changes to the bill must "
    "not overturn the law set when a court ruled that doctors could withdraw artificial feeding and hydration from "
    "Hillsborough coma victim Tony Bland. \"It is important we don't end up in the situation where doctors and "
    "consultants are confused about the law and may lay themselves open to prosecution in circumstances where no "
    'sensible person would want that to happen," he said.'
)


def test_he_is_the_subject_of_a_main_clause_not_a_name_deep_in_a_subordinate_one(pipes):
    # the sentence before has no person for its subject; Tony Bland is named only inside "when a
    # court ruled that doctors could withdraw ... from ...": Blair, the subject before, stays in focus
    assert speaker_of(pipes, BLAIR_BLAND, "It is important") == "Tony Blair"


# bbc-sport-264
OLEARY_BRUCE = (
    "Aston Villa boss David O'Leary signed a three-and-a-half year contract extension on Thursday, securing his "
    "future at the club until summer 2008.\n\n"
    "Meanwhile, O'Leary has rapped skipper Olof Mellberg for his comments before Sunday's derby with "
    "Birmingham.\n\n"
    "Mellberg spoke of his dislike of Villa's rivals ahead of the match, which Steve Bruce's side won 2-1. "
    "\"I've had more than a quiet word with Olof. It's been said within the whole group, not as a one-to-one,\" "
    "he told Villa's website."
)


def test_he_passes_over_a_possessor_in_a_relative_clause_for_the_subject_before(pipes):
    # Mellberg, the subject of the sentence before, is named in the quote ("Olof"), so not its
    # speaker; Steve Bruce is only the possessor of "side" in a relative clause: O'Leary, the
    # subject of the paragraph before, is
    assert speaker_of(pipes, OLEARY_BRUCE, "I've had") == "David O'Leary"


# bbc-sport-165
BAROS = (
    "Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans after being "
    "dropped for the Carling Cup final.\n\n"
    "Baros denied suggestions he wanted to leave the Millennium Stadium before the match upon learning of his "
    'omission from the starting line-up. But his admission that he "guessed something like this was going to '
    'happen on Saturday", will do little to quell claims of a falling-out with Benitez. And although Baros '
    'insisted thoughts of quitting Anfield are "not in my mind right now", he admitted "everything is possible".'
)


def test_he_is_not_the_object_of_a_preposition_when_a_subject_before_names_a_man(pipes):
    # "with Benitez" is the object of a preposition in the sentence before (whose subject is "his
    # admission"); Baros (a place to NER) is the subject two sentences back
    got, _, _ = run(pipes, BAROS)
    assert got["everything is possible"].speaker == "Milan Baros"


# bbc-entertainment-118
REM = (
    "US rock band REM have been forced to cancel concerts after bass player Mike Mills was taken to hospital "
    'suffering from "severe flu-like symptoms".\n\n'
    'The band\'s spokesman said that they would review their remaining dates on a "day-to-day basis", based '
    "on doctors' advice to Mills. \"Obviously we all want Mike to get better, and clearly we all want to play the "
    'shows. Rest assured we will do so as soon as possible," he said.'
)


def test_he_after_a_described_spokesman_is_not_the_man_he_speaks_about(pipes):
    # a guard: the spokesman (a description) is the subject before; Mills, named after "advice to",
    # and in the quote, is not the speaker
    assert speaker_of(pipes, REM, "Obviously") != "Mike Mills"


# bbc-politics-218
PM_SAID_HE = (
    "Tony Blair has dismissed claims of a rift with Gordon Brown.\n\n"
    "These rumours were fuelled by Mr Blair's decision to hold his monthly media conference at the same time as a "
    'long-planned speech by Mr Brown on UK plans to tackle global poverty with a new "Marshall Plan" for Africa. '
    "There was speculation the pair were trying to outdo each other's response to the disaster. But the prime "
    'minister said he had discussed these claims with the chancellor and dismissed them as a "load of nonsense".'
)


def test_he_in_the_clause_a_described_speaker_reports_is_that_speaker(pipes):
    # "the prime minister said he had discussed ... and dismissed them as '...'": he is the prime
    # minister, not Mr Brown named by the phrase "a speech by Mr Brown" two sentences back
    got, _, _ = run(pipes, PM_SAID_HE)
    assert got["load of nonsense"].speaker in ("Tony Blair", "prime minister")


# bbc-sport-112
MORGAN = (
    "On the subject of possible new investment, Parry revealed Liverpool are still in negotiations with a mystery "
    "investor, with rumours of interest from the Middle East. That prompted the withdrawal of tycoon Steve Morgan, "
    "who got frustrated by failed bids and what he claimed was indecision by the board. He also accused Liverpool "
    'of using him as "a stalking horse" to attract other bids.'
)


def test_a_name_in_a_phrase_of_the_main_clause_before_outranks_a_subject_further_back(pipes):
    # a guard: "the withdrawal of tycoon Steve Morgan" is in the main clause of the sentence before
    # (no clause between), so he is in focus over Parry, the subject before that
    got, _, _ = run(pipes, MORGAN)
    assert got["a stalking horse"].speaker == "Steve Morgan"


# bbc-sport-250
DUNNE = (
    "Richard Dunne is ready to commit his long-term future to Manchester City after turning his career around.\n\n"
    "Newcastle boss Graeme Souness is said to have been impressed enough by Dunne's turnaround in form to be "
    "ready to make a bid for the big stopper in the January transfer window. But the 25-year-old Dubliner "
    "underlined his intention to stay at Eastlands. He added: \"It's nice to be linked with top clubs but the "
    'important thing is this one and what we do."'
)


def test_a_described_subject_before_stops_the_reading_back(pipes):
    # a guard: "the 25-year-old Dubliner" (a person to NER) is someone described, not Graeme
    # Souness, the subject of the sentence before it
    assert speaker_of(pipes, DUNNE, "It's nice") != "Graeme Souness"


# bbc-politics-416
RENNARD = (
    "Mr Howard's seat is at the top of the Liberal Democrats' list. Others targeted include Oliver Letwin, David "
    'Davis and Theresa May, Lib Dem\'s elections chief Lord Rennard said. He said it was "nothing personal" but '
    'that "very many of the prominent Conservatives" had slender leads.'
)


def test_the_person_named_before_the_speech_verb_a_sentence_ends_with_is_its_subject(pipes):
    # a guard: the parser gives "Lord Rennard said" no subject; he is the sentence's source, not
    # Mr Howard, a possessor in the sentence before
    got, _, _ = run(pipes, RENNARD)
    assert got["nothing personal"].speaker in ("Lord Rennard", "Rennard")


# bbc-politics-009
CAMPBELL = (
    "Ex-No 10 media chief Alastair Campbell is at the centre of a new political row over an e-mail containing a "
    "four-letter outburst aimed at BBC journalists.\n\n"
    "Mr Campbell messaged Newsnight after the programme investigated claims that Labour's advertising agency TBWA "
    "was blaming him for controversy over its campaign posters. The images, including one of flying pigs and "
    "another of what critics claim depicted Tory leader Michael Howard as Fagin, prompted accusations of "
    "anti-Semitism, claims denied by Labour.\n\n"
    "Mr Campbell's e-mail, which was apparently intended for a party official, suggested they should get Trevor "
    "Beattie, TBWA's boss, to issue a statement. In it, he said: \"Just spoke to trev. think tbwa shd give "
    'statement to newsnight."'
)


def test_he_goes_to_the_owner_of_the_subject_before_not_a_name_in_its_reported_clause(pipes):
    # "Mr Campbell's e-mail ... suggested they should get Trevor Beattie ...": Beattie is inside
    # the clause the e-mail suggests, Mr Campbell owns the subject
    assert speaker_of(pipes, CAMPBELL, "Just spoke") == "Alastair Campbell"


# bbc-tech-199
BREWER = (
    "Although Andhra Pradesh has a fairly good infrastructure but work has to be done to ensure reliable "
    "connections to the net. Prof Reddy has teamed up with Eric Brewer at the University of California at "
    "Berkeley. The answer, says Prof Brewer, is wi-fi.\n\n"
    "\"We're looking at the thing you'll see in Starbuck's or many other hotspots,\" he says."
)


def test_the_subject_of_a_reporting_aside_is_the_subject_of_its_sentence(pipes):
    # a guard: "says Prof Brewer" is set in the sentence "The answer ... is wi-fi"; Prof Reddy is
    # the subject of the sentence before it
    assert speaker_of(pipes, BREWER, "We're looking") == "Eric Brewer"


# bbc-tech-071
MACFARLANE = (
    "Professor Angela MacFarlane, based at Bristol University, has spent several years researching how games can "
    "be incorporated into classrooms.\n\n"
    "Use of games in schools has been patchy she found, with Sim City proving the most popular. Traditionally "
    "schools have eschewed mainstream games in favour of used so-called edu-tainment software in a belief that such "
    'packages help to make learning fun, she found in her research. "It is perhaps in a compromise between '
    'edutainment and mainstream games that the greatest potential for classroom useable games lies," she wrote.'
)


def test_a_capitalised_word_the_recogniser_left_is_no_subject_to_go_on_with(pipes):
    # a guard: "Use" opens a sentence whose "she found" is a reporting aside, not a clause about Use
    assert speaker_of(pipes, MACFARLANE, "It is perhaps") == "Angela MacFarlane"
