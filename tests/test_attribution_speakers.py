"""Speakers on the BBC dev articles of issue 10 (session 8), with the real spaCy model: rules for
the language found on articles nobody tuned to; each text is a real BBC passage, cut short."""

from test_attribution import run as run_whole


def run(pipes, text):
    """As test_attribution.run, with the sentences cut at paragraph breaks as analyse.py cuts them."""
    from dossier.index.nlp.analyse import sentence_bounds

    fast, _ = pipes

    class Split:
        def __call__(self, t):
            doc = fast(t)
            return _Doc(doc, sentence_bounds(t, [(s.start_char, s.end_char) for s in doc.sents]))

    return run_whole((Split(), pipes[1]), text)


class _Doc:
    """A pass-1 Doc whose sentences are the ones analyse.py uses."""

    def __init__(self, doc, sents):
        self.ents = doc.ents
        self.sents = [_Sent(a, b) for a, b in sents]


class _Sent:
    def __init__(self, a, b):
        self.start_char, self.end_char = a, b


def test_a_pronoun_is_never_a_name_inside_the_words_it_reports(pipes):
    # bbc-politics-350: "Mr Blair has ..., he said" is not Mr Blair speaking (nor "Labour")
    text = (
        "The prime minister's enthusiasm for the job remains undimmed, Alan Milburn, Labour's election "
        "strategist told Radio 4's Today programme on Saturday. Mr Blair has \"the same passion and the same "
        'commitments for the job" as when Labour came to power in 1997, he said.'
    )
    got, _, _ = run(pipes, text)
    assert got["the same passion and the same commitments for the job"].speaker == "Alan Milburn"


def test_he_after_a_sentence_about_the_chancellor_is_the_chancellor_not_the_shadow_one(pipes):
    # bbc-politics-175: "the chancellor pledged ... . He said": the description, resolved to the
    # person the article opens with; "shadow chancellor Oliver Letwin" holds another office
    text = (
        "Gordon Brown has issued a rallying cry, telling supporters to vote in the general election.\n\n"
        "To a packed audience, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin "
        "were the equivalent of sacking every teacher, he told activists.\n\n"
        "Turning to the economy, the chancellor pledged to continue economic stability and growth in a third "
        "term in power.\n\n"
        "He said after seven years Labour had transformed from a party not trusted with the economy to "
        '"the only party trusted with the economy".'
    )
    got, _, _ = run(pipes, text)
    assert got["the only party trusted with the economy"].speaker == "Gordon Brown"


def test_a_described_speaker_that_a_pronoun_cannot_resolve_names_nobody(pipes):
    # bbc-politics-174: "the SNP's parliamentary leader argued ... . She said": no title in the
    # article says who that is; the pronoun gets the description, not the nearest woman
    text = (
        "Ministerial responsibility for Carstairs rests with Rhona Brankin, the deputy health minister. "
        'Ms Brankin said: "We need to reflect on this." Ms Sturgeon has written to Mr McConnell asking for '
        "clarification. Police are still searching for Ferguson, who failed to return after a trip to East "
        "Kilbride on Monday.\n\nThe Scottish National Party's parliamentary leader argued that authorisation "
        'would have come from ministers. She said: "The Scottish Executive seemed to indicate yesterday that '
        'it was a matter for Carstairs."'
    )
    got, _, _ = run(pipes, text)
    a = got["The Scottish Executive seemed to indicate yesterday that it was a matter for Carstairs."]
    assert a.speaker is not None and a.speaker.endswith("leader") and a.speaker_label is None


def test_a_name_with_an_honorific_is_a_person_for_he(pipes):
    # bbc-politics-374: the recogniser labels "Fox" an organisation; "Dr Fox" is still the person
    # "He" stands for, not Letwin named before him
    text = (
        "Oliver Letwin said the UK could not compete without tax cuts. Tory co-chairman Liam Fox had opened "
        "the forum in Brighton. Mr Letwin said voting for Labour meant choosing higher taxes.\n\n"
        "Earlier, Dr Fox had said Labour's rule had been characterised by \"lost trust and failure to "
        'deliver". He also attacked the government\'s "failure" to control immigration and asylum.'
    )
    got, _, _ = run(pipes, text)
    assert got["failure"].speaker == "Liam Fox"


def test_the_spokesman_is_the_one_just_introduced_not_an_earlier_speaker(pipes):
    # bbc-politics-078: "A spokesman for the Home Office said ... . “...,” said the spokesman"
    text = (
        "Laura Brownlees of Save the Children said there were grave concerns. "
        '"If children are going to be returned then there should be proper assessments," she said. '
        "A spokesman for the Home Office said it was wholly wrong to suggest that the plan was to return "
        'children "and leave them to rot". "We are developing a returns programme for unaccompanied '
        'asylum-seeking children," said the spokesman.'
    )
    got, _, _ = run(pipes, text)
    a = got["We are developing a returns programme for unaccompanied asylum-seeking children,"]
    assert a.speaker != "Laura Brownlees" and a.speaker_label is None


def test_a_newspaper_named_in_its_description_is_the_speaker(pipes):
    # bbc-business-437: "the China Daily newspaper said"
    text = (
        "China has said it will not allow any new tobacco factories to be built, according to China Daily. "
        '"Xing\'s statement comes as especially bad news for British American Tobacco", the China Daily '
        "newspaper said of the latest development."
    )
    got, _, _ = run(pipes, text)
    a = got["Xing's statement comes as especially bad news for British American Tobacco"]
    assert a.speaker == "China Daily" and a.speaker_label == "ORG"


def test_the_report_is_the_organisation_whose_report_the_article_named(pipes):
    # bbc-politics-076: "The NAO's annual report showed ... . “...,” the report says."
    text = (
        "The NAO's annual report showed the total cost of the 20 projects was expected to reach £50bn. "
        "Sir John Bourn, head of the NAO, said the principles had not been applied. "
        '"Many problems can be traced to the fact that the MoD has not spent enough time and resources in '
        'the assessment phase," the report says.'
    )
    got, _, _ = run(pipes, text)
    a = got[
        "Many problems can be traced to the fact that the MoD has not spent enough time and resources in "
        "the assessment phase,"
    ]
    assert a.speaker == "NAO"


def test_it_is_never_a_country_by_being_the_last_name_before_it(pipes):
    # bbc-business-224: "US tycoon Malcolm Glazer ... But it said it continued to oppose ..."
    text = (
        "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.\n\n"
        "Earlier this month, Mr Glazer presented the board with detailed proposals. But it said it "
        'continued to oppose Mr Glazer\'s plans, calling his assumptions "aggressive".'
    )
    got, _, _ = run(pipes, text)
    assert got["aggressive"].speaker != "US"


def test_an_institution_written_in_capitals_is_not_the_person_in_focus(pipes):
    # bbc-politics-174: "The Scottish Executive said": no actor the recogniser found, and not
    # the SNP member the sentence before is about
    text = (
        "First Minister Jack McConnell has ordered a report on the decision to allow a knife attacker to go "
        "on a visit unguarded.\n\nMichael Ferguson, 36, escaped after being allowed out of the high-security "
        "Carstairs unit. The SNP's Nicola Sturgeon has demanded to know who was responsible for signing off "
        'the leave. The Scottish Executive said ministers would be notified but it would "not be common '
        'practice" to sign approval. Ms Sturgeon has written to Mr McConnell asking for clarification.'
    )
    got, _, _ = run(pipes, text)
    a = got["not be common practice"]
    assert "Sturgeon" not in (a.speaker or "") and a.speaker_label is None


def test_a_participle_after_a_clause_inside_a_noun_is_the_main_subjects(pipes):
    # bbc-business-106: "Mr Balls rejected the allegation that Mr Brown had been sidelined ...,
    # saying": Balls says it, not Brown
    text = (
        "Mr Balls rejected the allegation that Mr Brown had been sidelined in the election campaign, saying "
        'he was playing a "different" role to the one he played in the last two elections.'
    )
    got, _, _ = run(pipes, text)
    assert got["different"].speaker == "Balls"


def test_our_correspondent_is_the_correspondent_the_article_named(pipes):
    # bbc-politics-350: "BBC correspondent James Hardy said Mr Brown would ..." then "our correspondent
    # said": Hardy, not Mr Brown whose name follows the title in the same sentence
    text = (
        "Gordon Brown has delivered a rousing speech to Labour's spring conference.\n\n"
        "Analysing Mr Brown's position before the speech, BBC correspondent James Hardy said Mr Brown would "
        'draw "sharp dividing lines" with the Conservatives for the forthcoming election campaign. He would '
        "contrast Labour's plan to invest £60bn in services with a Tory plan to cut spending by £35bn. "
        '"Mr Brown will lay out his credentials as a reforming chancellor," our correspondent said.'
    )
    got, _, _ = run(pipes, text)
    assert got["Mr Brown will lay out his credentials as a reforming chancellor,"].speaker == "James Hardy"


def test_a_person_the_lead_only_describes_is_the_one_the_next_sentence_names(pipes):
    # bbc-business-106: the lead's "according to his former chief economic adviser", named next
    text = (
        'Chancellor Gordon Brown will meet his golden economic rule "with a margin to spare", according to '
        "his former chief economic adviser.\n\nFormerly one of Mr Brown's closest Treasury aides, Ed Balls "
        "hinted at a Budget giveaway on 16 March. He said he hoped more would be done to build on current tax "
        "credit rules. Any rate rise ahead of an expected May election would not affect the Labour Party's "
        "chances of winning, he added. Last July, Mr Balls won the right to step down from his Treasury "
        "position and run for parliament."
    )
    got, _, _ = run(pipes, text)
    assert got["with a margin to spare"].speaker == "Ed Balls"


def test_a_paragraph_opening_with_a_quotation_of_its_own_goes_on_from_the_quote_before(pipes):
    # bbc-politics-122: the speaker's next paragraph opens with his words, then the reporter's
    text = (
        'Government figures suggest TB in England has increased by 25%. "Nearly two thirds of people with TB '
        'are born abroad," said Mr Howard.\n\n"I don\'t think a responsible government can stand aside and do '
        'nothing in the face of this problem." But Mr Howard said the plans would not affect asylum claims.'
    )
    got, _, _ = run(pipes, text)
    assert (
        got[
            "I don't think a responsible government can stand aside and do nothing in the face of this problem."
        ].speaker
        == "Howard"
    )


def test_a_paragraph_whose_reporter_words_come_first_does_not_go_on_from_the_quote_before(pipes):
    # bbc-politics-122: a paragraph of the reporter's with a quoted phrase is not the speaker's
    text = (
        '"Nearly two thirds of people with TB are born abroad," said Mr Howard.\n\n'
        'Applicants from a "high incidence TB country" would need a health certificate.'
    )
    got, _, _ = run(pipes, text)
    assert got["high incidence TB country"].speaker is None


def test_it_after_the_club_said_is_the_club(pipes):
    # bbc-business-224: "In a statement, the club said ... . But it said it continued to oppose ..."
    text = (
        "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.\n\n"
        "Earlier this month, Mr Glazer presented the board with detailed proposals on an offer to buy the "
        'football club. In a statement, the club said it would allow Mr Glazer "limited due diligence" to give '
        "him the opportunity to take the proposal on to a formal bid. But it said it continued to oppose Mr "
        'Glazer\'s plans, calling his assumptions "aggressive" and his plan "damaging".'
    )
    got, _, _ = run(pipes, text)
    assert got["aggressive"].speaker == "Manchester United"


def test_a_report_speaking_in_a_relative_clause_is_not_overruled_by_the_verb_above(pipes):
    # bbc-politics-031: "The home secretary confirmed the review ... a Law Commission report which
    # branded the current murder law as "a mess"": the report's words, not his
    text = (
        "David Blunkett has apologised to MPs about a review of murder laws.\n\nThe home secretary confirmed "
        "the review was to get under way in the wake of a Law Commission report which branded the current "
        'murder law as "a mess". He said the review would look at partial defences to murder.'
    )
    got, _, _ = run(pipes, text)
    assert got["a mess"].speaker == "Law Commission"


def test_a_title_is_the_words_right_before_a_name_not_the_reporters(pipes):
    # bbc-politics-280: "The prime minister said Mr Bush ..." gives Mr Bush no title of prime minister
    text = (
        "George W Bush will display a more consensual approach to world politics as he begins his second term "
        "as US President, Tony Blair has said.\n\nThe prime minister said Mr Bush had learned military force "
        "was not the only way to fight terrorism.\n\nTurning to critics' fears that the US was poised for "
        "further military action, Mr Blair refused to give succour to suggestions it was preparing for strikes "
        'against Iran. The prime minister conceded that the US had "what appears to be a harder position" '
        "towards the state than Europe."
    )
    got, _, _ = run(pipes, text)
    assert got["what appears to be a harder position"].speaker == "Tony Blair"


def test_said_the_34_year_old_is_the_person_in_focus(pipes):
    # bbc-sport-475: an age describes one person, not a speaker named "34-year-old"
    text = (
        "Andre Agassi's involvement in the Australian Open was put in doubt after he pulled out of the Kooyong "
        "Classic with a hip injury.\n\nAgassi was serving at 5-6 down in the first set to fellow American Andy "
        'Roddick when he decided to bring a premature end to the match. "My hip was cramping and I just could '
        'not continue," said the 34-year-old.'
    )
    got, _, _ = run(pipes, text)
    assert got["My hip was cramping and I just could not continue,"].speaker == "Andre Agassi"


def test_a_player_described_by_club_and_position_is_a_person_not_the_club(pipes):
    # bbc-sport-369: "said the Gloucester fly-half" is Amor, not Gloucester
    text = (
        "England player Simon Amor beat team-mate Ben Gollings to win the sevens award. Amor, who will captain "
        "England in this season's opening IRB Sevens tournament, the Dubai Sevens, which start on Thursday, was "
        'delighted with his award. "There are so many great sevens players on the circuit at the moment that '
        'this is a genuine honour," said the Gloucester fly-half.'
    )
    got, _, _ = run(pipes, text)
    a = got["There are so many great sevens players on the circuit at the moment that this is a genuine honour,"]
    assert a.speaker is not None and a.speaker.endswith("Amor") and a.speaker_label == "PERSON"


def test_a_description_is_not_the_person_its_own_sentence_names_after_it(pipes):
    # bbc-politics-389: "Conservative Michael Fallon asked ... But the chancellor said Mr Fallon was
    # "impugning the integrity" ...": the chancellor is not Fallon
    text = (
        "Mr Brown vigorously denied Conservative claims that he had fiddled the figures.\n\nConservative "
        "Michael Fallon asked Mr Brown whether the Treasury had leaned on ONS to make this change. But the "
        'chancellor said Mr Fallon was "impugning the integrity" of the Office of National Statistics.'
    )
    got, _, _ = run(pipes, text)
    assert "Fallon" not in (got["impugning the integrity"].speaker or "")


def test_a_spokeswoman_of_a_department_is_neither_another_department_nor_the_man_she_speaks_of(pipes):
    # bbc-politics-156: "A Department for Work and Pensions spokeswoman said of Mr Smith's honour"
    text = (
        "Sir Alan Smith, who led the Department for Work and Pensions, and Bill Jeffrey of the Immigration and "
        "Nationality Department were both honoured.\n\nSir John was made permanent secretary in April 2001. "
        "He has also worked in the Treasury and the Department of Employment. A Department for Work and "
        "Pensions spokeswoman said of Mr Smith's honour: \"The award reflects all that he has achieved in a "
        'Civil Service career."'
    )
    got, _, _ = run(pipes, text)
    a = got["The award reflects all that he has achieved in a Civil Service career."]
    assert a.speaker_label is None and "spokeswoman" in (a.speaker or "")


def test_the_description_itself_does_not_count_as_someone_introduced_before_it(pipes):
    # bbc-politics-099: "Mr Brown told Mr Blair: “...” ... the chancellor told reporters: “...”"
    text = (
        "Tony Blair says his party's next manifesto will be aimed at producing prosperity.\n\nMr Peston's book "
        'claimed that Mr Brown told Mr Blair: "There is nothing you could ever say to me now that I could ever '
        'believe." On Wednesday Mr Blair directly denied Mr Brown made that quote, and before he left for Africa '
        'on Tuesday the chancellor told reporters: "Of course I trust the prime minister."'
    )
    got, _, _ = run(pipes, text)
    assert got["Of course I trust the prime minister."].speaker == "Brown"


def test_the_same_description_again_is_the_same_person(pipes):
    # bbc-politics-414: "The prime minister said ..." (Tony Blair), later "the prime minister said:
    # ... He added:" is Blair again
    text = (
        'Tony Blair says his personal standing in the eyes of voters will be "an issue" in the general '
        'election.\n\nThe prime minister said he was "up for it" as the country waits to go to the polls. Mr '
        "Blair also spoke of meeting many people across the country with concerns about the compensation "
        "culture.\n\nHe said Britain was in danger of needless panic over public safety issues.\n\nSpeaking amid "
        'a flurry of pre-election campaigning, the prime minister said: "I am an issue, I always will be." He '
        'added: "If you are afraid to take criticism, you should go and do another job."'
    )
    got, _, _ = run(pipes, text)
    assert got["If you are afraid to take criticism, you should go and do another job."].speaker == "Tony Blair"
