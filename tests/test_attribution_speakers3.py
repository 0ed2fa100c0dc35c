"""Speakers on the dev articles of bench/gold/annotations-speakers3.txt (issue 10), with the real
spaCy model; each text is a real BBC passage, cut short where the case allows."""

from helpers import speaker_of
from test_attribution_speakers import run


# bbc-politics-364
HOWARD = (
    'Tory leader Michael Howard has dismissed Gordon Brown\'s Budget as "vote now, pay later" spending plans.\n\n'
    "The simple fact was that under a new Labour government taxes would go up after the election to plug a "
    "financial black hole, Mr Howard said.\n\n"
    "Mr Brown's Budget was not about what was good for the country, but \"all about the interests of the Labour "
    'party," the Tory leader said after mockingly welcoming the chancellor back to the election campaign. He went '
    "on to accuse Mr Brown of giving with one hand while taking away with the other. He urged the chancellor to "
    'admit he had been responsible for dragging "millions of people in to the net" to pay stamp duty and '
    "inheritance tax.\n\n"
    "Mr Brown's council tax rebate for pensioners was £300 less than what the Tories were offering, Mr Howard "
    "said. There was nothing in the Budget that would put more police on the streets, make hospitals cleaner or "
    'give parents and teachers the discipline and skills they wanted in schools. People would face a "clear '
    'choice" at the election, either "more waste and higher taxes under Labour or lower taxes and value for money '
    'with the Conservatives", he said.'
)


def test_he_after_a_sentence_framing_a_quotation_is_its_speaker_not_the_subject_it_reports(pipes):
    # "Mr Brown's Budget was not about ..., but “...,” the Tory leader said. He went on ... . He
    # urged": the sentence is the Tory leader's; Mr Brown's Budget is the subject of his words
    got, _, _ = run(pipes, HOWARD)
    assert got["millions of people in to the net"].speaker == "Michael Howard"


def test_a_name_glued_over_a_possessive_is_the_possessor_not_a_man_called_budget(pipes):
    # "Mr Brown's Budget" is one name to the recogniser: were it a man, "the Budget" would be him
    # and the "he said" after it his
    got, _, _ = run(pipes, HOWARD)
    assert got["clear choice"].speaker == "Michael Howard"
    assert (
        got[
            "more waste and higher taxes under Labour or lower taxes and value for money with the Conservatives"
        ].speaker
        == "Michael Howard"
    )


# bbc-tech-325
MONTEITH = (
    "British firm Sonaptic is one of a number of companies to have developed 3D audio technology that emerges "
    "from stereo speakers. Firms AM3D and SRS both offer stereo-widening technology for mobile phones. But "
    "Sonaptic's managing director David Monteith says his firm is the only company to offer positional 3D audio "
    "on a mobile.\n\n"
    '"There are quite a few basic technologies out there, making the sound seem a bit bigger, headphones a bit '
    "nicer.\n\n"
    '"No-one has really tried before to make proper 3D positional audio - where an individual channel can be '
    'moved around." Sonaptic has been working with Japanese mobile network NTT DoCoMo to set standards for 3D '
    "audio on mobile phones.\n\n"
    "The technology works through applying the science of psychoacoustics and grew out of medical research done "
    "by the company's research director Dr Alastair Sibbald. \"We are basically trying to fool your ears into "
    "thinking sound is coming from areas it actually isn't.\" Sonaptic offers its technology on a chip. "
    "\"It's important we only use 10 or 15% of the processor otherwise you won't be able to play a game on the "
    'handset," explained Mr Montieth. The company is now looking to the US and European markets, where it has '
    'been working with network Vodafone. "We have focused first on Japan because it has a very advanced mobile '
    'phone market. "We knew Japan would be the first place to have the handsets that could use our technology.'
)


def test_a_paragraph_of_quotation_after_reported_speech_is_that_speakers(pipes):
    # "David Monteith says his firm is ..." then a paragraph of his words with no cue of its own
    got, _, _ = run(pipes, MONTEITH)
    first = next(k for k in got if k.startswith("There are quite a few"))
    assert got[first].speaker == "David Monteith"
    second = next(k for k in got if k.startswith("No-one has really tried"))
    assert got[second].speaker == "David Monteith"


def test_a_quotation_goes_on_across_an_aside_that_names_no_one(pipes):
    # "..., explained Mr Montieth. The company is now looking to ... . “We have focused ...”"
    got, _, _ = run(pipes, MONTEITH)
    after = next(k for k in got if k.startswith("We have focused first on Japan"))
    assert got[after].speaker == "Montieth"
    assert got[next(k for k in got if k.startswith("We knew Japan"))].speaker == "Montieth"


def test_no_quotation_goes_on_across_a_sentence_that_names_someone_else(pipes):
    # "... research director Dr Alastair Sibbald. “We are basically ...”": Monteith's or Sibbald's,
    # the article does not say: nobody's
    got, _, _ = run(pipes, MONTEITH)
    assert got[next(k for k in got if k.startswith("We are basically"))].speaker is None


# bbc-politics-174
STURGEON = (
    "First Minister Jack McConnell has ordered a report on the decision to allow a paranoid schizophrenic knife "
    "attacker to go on a visit unguarded.\n\n"
    "Michael Ferguson, 36, escaped after being allowed out of the high-security Carstairs unit. The SNP's Nicola "
    "Sturgeon has demanded to know who was responsible for signing off the leave. Ministerial responsibility for "
    "Carstairs rests with Rhona Brankin, the deputy health minister. Ms Sturgeon has written to Mr McConnell "
    "asking for clarification on the move to allow the prisoner out. Police are still searching for Ferguson, "
    "who failed to return after a trip to East Kilbride on Monday.\n\n"
    "The Scottish National Party's parliamentary leader argued that under the law, authorisation of Ferguson's "
    'leave of absence would have come directly from ministers. She said: "The Scottish Executive seemed to '
    'indicate yesterday that the escape of Mr Ferguson was a matter for Carstairs."'
)


def test_a_description_by_a_party_s_full_name_is_the_person_titled_by_its_initials(pipes):
    # "The Scottish National Party's parliamentary leader ... She said": "The SNP's Nicola Sturgeon"
    # (an organisation to the recogniser, "Ms Sturgeon" further on)
    assert speaker_of(pipes, STURGEON, "The Scottish Executive seemed") == "Nicola Sturgeon"


def test_said_then_a_title_of_capitalised_words_then_a_name_is_the_name(pipes):
    # bbc-business-210: the parser makes "Treasury" the subject of "said" and hangs the rest on
    # "Under"; the speaker is the person the title ends with
    text = (
        "The US, which can veto any plan to sell IMF gold should it so choose, said it is looking at other ways "
        'of solving the problem. "The US is not convinced that\'s the necessary way to do it," said Treasury Under '
        "Secretary John Taylor. Canada, a key gold producer, also expressed reservations."
    )
    got, _, _ = run(pipes, text)
    assert got["The US is not convinced that's the necessary way to do it,"].speaker == "John Taylor"


def test_a_run_on_paragraph_after_an_inner_quotation_that_ends_a_sentence_is_a_quote_of_its_own():
    # bbc-sport-489: the article runs Safin's paragraphs together; the second ends in a quotation
    # of his own thoughts ('This is not my day ... ridiculous.') before the next opens with "But
    from dossier.index.nlp.quotes import find_quotes

    text = (
        "\"It's like you go there and you lose first set 6-1, then you start to think: 'This is not my day. The "
        "way I'm playing is ridiculous.' \"But then you start to really be a little bit more selfish and try to "
        'find a way out of there. "And I found it. I was like really much I was much happier than in 2000."'
    )
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert spans == [
        "It's like you go there and you lose first set 6-1, then you start to think: 'This is not my day. The "
        "way I'm playing is ridiculous.'",
        "But then you start to really be a little bit more selfish and try to find a way out of there.",
        "And I found it. I was like really much I was much happier than in 2000.",
    ]


def test_a_passive_speech_verb_s_agent_speaks_not_the_thing_spoken_of(pipes):
    # bbc-entertainment-061: the critics described the Bollywood elements as "jarring", not Nair
    text = (
        "Indian film director Mira Nair has said she was thrilled to be given the chance to make Vanity Fair.\n\n"
        "Nair's Indian-style adaptation of Vanity Fair, however, has been attacked by critics in the US - where "
        "it only reached number eight at the box office in its opening week - who described the Bollywood "
        'elements as "jarring." The film has a new ending, with Becky Sharp running off for a new life in India.'
    )
    got, _, _ = run(pipes, text)
    assert got["jarring."].speaker != "Mira Nair"


def test_a_quoted_adverb_of_the_speech_verb_is_not_the_speakers_words(pipes):
    # bbc-politics-031: "prematurely" is a critic's word for how the Home Office announced it
    text = (
        'David Blunkett has apologised to MPs after the Home Office announced "prematurely" via press release a '
        "review of murder laws.\n\n"
        "The home secretary confirmed the review was to get under way in the wake of a Law Commission report."
    )
    got, _, _ = run(pipes, text)
    assert got["prematurely"].speaker is None


def test_the_report_is_the_organisation_that_says_in_a_report(pipes):
    # bbc-politics-130: "Oxfam says in a report, Paying the Price" ... "The report said:"
    text = (
        "Some 45 million children will die needlessly before 2015 and aid budgets are half their 1960 levels, "
        "Oxfam says in a report, Paying the Price. The call comes as the UK prepares to host the G8.\n\n"
        '"2005 offers the chance for an historic breakthrough, but unless world leaders act now the year will end '
        'in shameful failure," the charity\'s director added. The report said: "For rich countries, providing aid '
        'to help to end global poverty is an obligation and a matter of justice, not an act of charity."'
    )
    assert speaker_of(pipes, text, "For rich countries") == "Oxfam"


def test_a_verb_given_two_subjects_by_the_parser_speaks_through_the_name(pipes):
    # bbc-politics-319: "said co-ordinator Peter Facey": the parser makes both "co" and "Facey" subjects
    text = (
        "The Elect the Lords Campaign said the draft bill was an important contribution to the debate. "
        '"We believe this draft bill is detailed enough to form the basis of closer parliamentary scrutiny," said '
        "co-ordinator Peter Facey."
    )
    assert speaker_of(pipes, text, "We believe this draft bill") == "Peter Facey"


def test_a_given_name_both_sexes_bear_does_not_rule_out_he(pipes):
    # bbc-sport-010: Kim Collins, the sprinter, "he said" after the sentence he is the subject of
    text = (
        "World and Commonwealth 100m champion Kim Collins will compete in the 60m at the Norwich Union Grand "
        "Prix in Birmingham on 18 February.\n\n"
        "The St Kitts and Nevis star joins British Olympic relay gold medallists Jason Gardener and Mark "
        "Lewis-Francis. Sydney Olympic 100m champion and world indoor record holder Maurice Greene and Athens "
        "Olympic 100m silver medallist Francis Obikwelu will also take part. Collins ran in Birmingham at the "
        '2003 World Indoor Championships. "I\'m looking forward to competing against such a strong field," he said.'
    )
    got, _, _ = run(pipes, text)
    assert got["I'm looking forward to competing against such a strong field,"].speaker == "Kim Collins"


def test_a_name_the_recogniser_missed_is_a_man_where_his_sentence_goes_on_with_he(pipes):
    # bbc-sport-480 (the corpus lost his first name): "Federer admitted he was ..." then "he said"
    # is his, not Tommy Robredo's, the last person the recogniser labelled
    text = (
        "The top seed and defending champion was leading 6-3 5-2 when Nieminen pulled out with an abdominal "
        "injury. Federer had been in patchy form until then - mixing 19 unforced errors with 19 winners. The "
        "world number one will play Cypriot\n\nnext after the former world junior champion beat Tommy Robredo "
        "7-6 (7-2) 6-4 6-1. Federer admitted he was under extra pressure after extending his winning streak to "
        'a career-best 24. "They are so used to me winning, but it\'s not that simple," he said.'
    )
    got, _, _ = run(pipes, text)
    assert got["They are so used to me winning, but it's not that simple,"].speaker == "Federer"


def test_a_he_under_a_named_object_is_not_the_subjects(pipes):
    # bbc-politics-147: "London's Evening Standard quoted Mr Clarke telling ... that he wanted": the
    # "he said" after it is Charles Clarke's, never the Evening Standard's
    text = (
        "Home Secretary Charles Clarke has been quoted as telling Labour members he wants more migrants to come "
        "to the UK.\n\n"
        "London's Evening Standard quoted Mr Clarke telling Labour activists at a question and answer session in "
        "Gateshead that he wanted Britain to offer refuge for those fleeing tyranny. \"That's not only a moral "
        'duty and a legal duty, but something which is part of the essence of this country," he said.'
    )
    assert speaker_of(pipes, text, "That's not only a moral duty") == "Charles Clarke"


def test_a_club_the_recogniser_took_for_a_person_once_is_no_he(pipes):
    # bbc-sport-114: "the Premiership win at Blackburn" is a PERSON to the recogniser there, the club
    # ("Blackburn midfielder") further on; "The 21-year-old ... And he added" is Robben's
    text = (
        "Chelsea winger Arjen Robben has broken two metatarsal bones in his foot and will be out for at least "
        "six weeks.\n\n"
        "Robben had an MRI scan on the injury, sustained during the Premiership win at Blackburn, on Monday. "
        '"Six weeks is the average time to heal this injury and then I need a few more weeks to be completely '
        'fit again," he told Dutch newspaper Algemeen Dagblad. "I had a feeling it was serious but because of '
        'the swelling it was impossible to make a final diagnosis." The 21-year-old missed the first three '
        "months of the season with a similar injury after a challenge with Roma's Olivier Dacourt. And he "
        'added: "It felt different then last summer when I had the same injury on my other foot."\n\n'
        "Robben, who has been a key part of the Blues' push for four trophies, claims he knew instantly "
        "something was wrong when he was felled by Blackburn midfielder Aaron Mokoena."
    )
    assert speaker_of(pipes, text, "It felt different") == "Arjen Robben"


def test_a_quotation_a_colon_introduces_is_the_words_of_the_sentences_subject(pipes):
    # bbc-tech-313: "Mr Dean is confident though: “...”": no speech verb, the colon hands over
    text = (
        "Rick Dean, of THX, is in charge of making sure the films look right in high definition.\n\n"
        "It will take time though to persuade people who spent money on DVD players to buy the different "
        "players and displays required to watch high-definition DVDs in 18 months' time. Mr Dean is confident "
        'though: "I think if they see real HD [high-definition], not some heavily compressed version of it, there '
        'is such a remarkable difference."'
    )
    assert speaker_of(pipes, text, "I think if they see real HD") == "Rick Dean"
