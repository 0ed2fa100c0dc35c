"""Speakers on the dev articles of bench/gold/annotations-speakers7.txt (issue 10, session 11) and
on dev articles with the same causes, with the real spaCy model; each text is a real BBC passage,
cut short where the case allows."""

from test_attribution_speakers import run


# bbc-business-136
YUSHCHENKO = (
    "Ukraine is preparing what could be a wholesale review of the privatisation of thousands of businesses by "
    "the previous administration.\n\n"
    'The new President, Viktor Yushchenko, has said a "limited" list of companies is being drawn up. But on '
    "Wednesday Prime Minister Yulia Tymoshenko said the government was planning to renationalise 3,000 firms."
)


def test_a_title_subject_with_a_name_in_apposition_is_the_name(pipes):
    # "The new President, Viktor Yushchenko, has said": the title is the named man's, not a
    # speaker called "President"
    got, _, _ = run(pipes, YUSHCHENKO)
    assert got["limited"].speaker == "Viktor Yushchenko"


# bbc-sport-196
WENGER = (
    "Arsenal manager Arsene Wenger has signed a new contract to stay at the club until May 2008.\n\n"
    "Wenger has ended speculation about his future by agreeing a long-term contract that takes him beyond the "
    "opening of Arsenal's new stadium in two years. He said: \"Signing a new contract just rubber-stamps my desire "
    'to take this club forward and fulfil my ambitions. "I still have so much to achieve and my target is to drive '
    'this club on. These are exciting times for Arsenal."\n\n'
    "The 55-year-old Frenchman told Arsenal's website www.arsenal.com: \"My intention has always been clear. I love "
    'this club and am very happy here." Wenger has won the title and the FA Cup three times each during his reign.'
)


def test_the_frenchman_is_a_person_described_by_nationality_not_a_name(pipes):
    # "The 55-year-old Frenchman told": NER takes "Frenchman" for an organisation; it is a
    # nationality noun describing the man the paragraph before quotes, never a speaker "Frenchman"
    got, _, _ = run(pipes, WENGER)
    assert got["My intention has always been clear. I love this club and am very happy here."].speaker == (
        "Arsene Wenger"
    )


# bbc-sport-195
JUNINHO = (
    "Juninho's agent has confirmed that the player is hoping for talks with Martin O'Neill as the Brazilian "
    "midfielder comes closer to departing Celtic.\n\n"
    'Juninho had earlier told the Daily Record: "The manager has had a lot of chances to put me in his team but it '
    "hasn't happened. \"If that is the case then this is the opportunity for me to go. That would be good for the "
    'club and good for me. "If I have no part in his plans, there is no point in remaining here waiting for a '
    'chance that never comes." The attacking midfielder also claims he has not had the backing of boss Martin '
    "O'Neill since his move to Celtic Park. \"I can't understand why I am in this situation,\" he continued. "
    '"When a manager brings a new player to the club, he gives that player support."'
)


def test_a_described_person_right_after_a_quotation_is_its_speaker(pipes):
    # "...” The attacking midfielder also claims he ... . “...,” he continued": the reporter's
    # first words after Juninho's quotation describe him; the sentence naming him is four back
    got, _, _ = run(pipes, JUNINHO)
    assert got["I can't understand why I am in this situation,"].speaker == "Juninho"
    assert got["When a manager brings a new player to the club, he gives that player support."].speaker == "Juninho"


# bbc-business-207
EMI = (
    "Shares in music giant EMI have sunk by more than 16% after the firm issued a profit warning following "
    "disappointing sales and delays to two album releases.\n\n"
    "EMI said music sales for the year to March will fall 8-9% from the year before, with profits set to be 15% "
    "lower than analysts had expected. It blamed poor sales since Christmas and delays to the releases of new "
    "albums by Coldplay and Gorillaz. By 1200 GMT on Monday, EMI shares were down 16.2% at 235.75 pence.\n\n"
    "EMI said two major albums scheduled for release before the end of the financial year in March - one by "
    "Coldplay and one by Gorillaz - have now had their release dates put back.\n\n"
    "\"EMI Music's sales, particularly re-orders, in January have also been lower than anticipated and this is "
    'expected to continue through February and March," the company added. "Therefore, for the full year, at '
    "constant currency, EMI Music's sales are now expected to be 8% to 9% lower than the prior year.\""
)


def test_the_company_is_the_firm_the_sentence_before_has_as_its_subject(pipes):
    # "EMI said two major albums ... . “...,” the company added": EMI, which the lead does not open
    # with ("Shares in music giant EMI")
    got, _, _ = run(pipes, EMI)
    q = (
        "EMI Music's sales, particularly re-orders, in January have also been lower than anticipated and this is "
        "expected to continue through February and March,"
    )
    assert got[q].speaker == "EMI"


# bbc-sport-025
EL_GUERROUJ = (
    "Double Olympic champion Hicham El Guerrouj is set to make a rare appearance at the World Cross Country "
    "Championships in France.\n\n"
    "But the Moroccan, who has not raced over cross country for 15 years, will not decide until two weeks before "
    'the event which starts on 19 March. "If I am to compete in it, it is only if I feel I can win," said the '
    '30-year-old, who is retiring in 2006. "Otherwise there is not much point in me going."'
)


def test_an_age_is_no_more_specific_than_a_role(pipes):
    # "said the 30-year-old": the person the article opens with, as "said the defender" would be;
    # the age tells no one apart from him
    got, _, _ = run(pipes, EL_GUERROUJ)
    assert got["If I am to compete in it, it is only if I feel I can win,"].speaker == "Hicham El Guerrouj"
    assert got["Otherwise there is not much point in me going."].speaker == "Hicham El Guerrouj"


# bbc-politics-367
HOWARD = (
    "Tony Blair has had the chance to tackle the problems facing Britain and has failed, Michael Howard has "
    "said.\n\n"
    '"Britain is heading in the wrong direction", the Conservative leader said in his New Year message. But '
    "Labour's campaign spokesman Fraser Kemp responded: \"Britain is working, don't let the Tories wreck it "
    "again\". Mr Howard also paid tribute to the nation's character for its generous response to the Asian quake "
    "disaster. The catastrophe was overshadowing the hopes for the future at this usually positive time of the "
    "year, Mr Howard said.\n\n"
    '"We watched the scenes of destruction with a sense of disbelief. The scale, the speed, the ferocity of what '
    "happened on Boxing Day is difficult to grasp. \"Yet Britain's response has shone a light on our nation's "
    'character."'
)


def test_a_quotation_paragraph_goes_on_from_the_reported_speech_before_it_not_an_earlier_quote(pipes):
    # "... Fraser Kemp responded: “...”. Mr Howard also paid tribute ... . The catastrophe was ...,
    # Mr Howard said. / “We watched ...”": Howard's, whom the paragraph's last sentence reports
    got, _, _ = run(pipes, HOWARD)
    q = (
        "We watched the scenes of destruction with a sense of disbelief. The scale, the speed, the ferocity of "
        "what happened on Boxing Day is difficult to grasp."
    )
    assert got[q].speaker == "Michael Howard"
    assert got["Yet Britain's response has shone a light on our nation's character."].speaker == "Michael Howard"


# bbc-tech-390
SPAM_KING = (
    "The net's self-declared spam king is seeking bankruptcy protection.\n\n"
    "Mr Richter settled the attorney general case in July 2004 but the legal fight with Microsoft is continuing. "
    "Microsoft is seeking millions in dollars in damages from OptInRealBig under anti-spam laws that impose "
    "penalties for every violation. In a statement announcing the desire to seek bankruptcy protection the company "
    'said it: "could not continue to contend with legal maneuvers (sic) by a number of companies across the '
    'country, including Microsoft, and still run a viable business."'
)


def test_the_company_is_not_the_firm_its_own_words_name(pipes):
    # "Microsoft is seeking damages from OptInRealBig. ... the company said it “could not continue
    # ..., including Microsoft”": a firm speaks of others by name; OptInRealBig is no subject, so nobody
    got, _, _ = run(pipes, SPAM_KING)
    q = (
        "could not continue to contend with legal maneuvers (sic) by a number of companies across the country, "
        "including Microsoft, and still run a viable business."
    )
    assert got[q].speaker != "Microsoft"


# bbc-entertainment-022
GILBERT = (
    'Dance teacher Eve Trew, who has taught ballet for over 48 years, told BBC News she had seen a "vast" change '
    'over the years. She blamed modern lifestyles for the fall in ballet attendance. "I think the children of many '
    'years ago did not have as many hobbies," she said.\n\n'
    "Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of 10 and is typical of "
    "the problem. \"It's not a very cool thing to do when you go to 'big' school and I think you have to be very "
    'focused on ballet to want to carry on doing it," she said. "I used to love it, but after a certain age it '
    "becomes much more disciplined and I didn't want that.\""
)


def test_she_is_the_subject_of_her_paragraph_not_a_woman_of_the_paragraph_before(pipes):
    # "Hazel Gilbert, 23, ... gave up ballet ... . “...,” she said": a new paragraph brings in its
    # speaker; Ms Trew, a woman by the article's "she", is in the paragraph before
    got, _, _ = run(pipes, GILBERT)
    q = (
        "It's not a very cool thing to do when you go to 'big' school and I think you have to be very focused on "
        "ballet to want to carry on doing it,"
    )
    assert got[q].speaker == "Hazel Gilbert"
    assert got["I think the children of many years ago did not have as many hobbies,"].speaker == "Eve Trew"


# bbc-business-075
JET_FUEL = (
    "European Union finance ministers are meeting on Thursday in Brussels, where they are to discuss a "
    "controversial jet fuel tax.\n\n"
    "A levy on jet fuel has been suggested as a way to raise funds to finance aid for the world's poorest nations. "
    "Airlines and aviation bodies have reacted strongly against the plans, saying they would hurt companies at a "
    "time when earnings are under pressure. The EU said a tax would only be passed after full consultation with "
    "airlines. It was keen to point out earlier this week that any new tax on jet fuel should not hurt the "
    '"competitiveness of the airlines". Ministers will also be discussing reforms to regulations governing '
    "European public spending."
)


def test_a_speech_verb_after_an_adjective_of_willingness_has_the_copulas_subject(pipes):
    # "It was keen to point out ... the “competitiveness of the airlines”": "point out" hangs on
    # "keen", whose clause's subject "It" speaks; "it" is the EU that spoke the sentence before
    got, _, _ = run(pipes, JET_FUEL)
    assert got["competitiveness of the airlines"].speaker == "EU"


# bbc-business-228
SLBA = (
    "Sri Lanka's banks face hard times following December's tsunami disaster, officials have warned.\n\n"
    "The association estimates that the private banking sector has 25bn rupees ($250m; £135m) of loans "
    "outstanding in the disaster zone. On one hand, banks are dealing with the death of their customers, along "
    "with damaged or destroyed collateral. The combination means a revenue shortfall during 2005, SLBA chairman - "
    'and Commercial Bank managing director - AL Gooneratne told a news conference. "Most banks have given '
    'moratoriums and will not be collecting interest, at least in this quarter," he said.'
)


def test_he_never_stands_for_a_country_ner_took_for_a_person(pipes):
    # "Sri Lanka's banks ..." (NER: a person) ... "“...,” he said": the gazetteer's country is no
    # "he"; the chairman NER missed leaves the quote unattributed rather than wrong
    got, _, _ = run(pipes, SLBA)
    assert got[
        "Most banks have given moratoriums and will not be collecting interest, at least in this quarter,"
    ].speaker != ("Sri Lanka")


# bbc-politics-340
JACQUI_SMITH = (
    "Party strategists believe winning over a significant proportion of women voters is key to electoral success. "
    "A party spokesman said it was courting female votes because they tended to vote more than men. Labour's "
    'deputy minister for women Jacqui Smith accused the Lib Dems of offering "false promises" to women and said '
    'their sums did not add up. She said: "These proposals would increase the costs to the public purse '
    'drastically year on year."'
)


def test_a_description_that_ends_with_a_persons_name_is_that_person(pipes):
    # "Labour's deputy minister for women Jacqui Smith accused ... . She said": the parser hung the
    # name on "for"; the description's own words end with whose title it is, not Labour
    got, _, _ = run(pipes, JACQUI_SMITH)
    assert got["These proposals would increase the costs to the public purse drastically year on year."].speaker == (
        "Jacqui Smith"
    )
    assert got["false promises"].speaker == "Jacqui Smith"


# bbc-sport-211
EDU = (
    "Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over offering him a new contract.\n\n"
    "Edu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and Valencia. "
    "He told BBC Sport: \"I'm not sure if I want to stay or not because the club have let the situation go on this "
    'far."'
)


def test_he_never_stands_for_a_name_listed_with_clubs(pipes):
    # "Real Madrid, Barcelona and Valencia. He told BBC Sport": NER calls Valencia a person; a name
    # in a list of organisations and places is of their kind, no "he"
    got, _, _ = run(pipes, EDU)
    q = "I'm not sure if I want to stay or not because the club have let the situation go on this far."
    assert got[q].speaker != "Valencia"


# bbc-entertainment-315
HOFFMAN = (
    "Hollywood legend Dustin Hoffman has hit out at the quality of current films and theatre productions.\n\n"
    'The star of Rain Man and Tootsie said the film culture was "in the craphouse" at a press conference on '
    'Tuesday. The 67-year-old also said he stopped working a few years ago because he lost his "spark".'
)

# bbc-sport-411
MELVILLE = (
    "Gloucester prop Phil Vickery has broken his arm and could miss the rest of the season.\n\n"
    'Gloucester director of rugby Nigel Melville said: "Phil has broken his radius, which is the large bone in his '
    'forearm."'
)


def test_a_description_ending_with_a_name_is_not_the_last_name_of_a_list(pipes):
    # "The star of Rain Man and Tootsie said": Tootsie (NER: a person) ends a list of films, the
    # star is the man the lead names; "Gloucester director of rugby Nigel Melville said" is Melville
    got, _, _ = run(pipes, HOFFMAN)
    assert got["in the craphouse"].speaker == "Dustin Hoffman"
    got, _, _ = run(pipes, MELVILLE)
    assert got["Phil has broken his radius, which is the large bone in his forearm."].speaker == "Nigel Melville"


# bbc-entertainment-154
OASIS = (
    "Oasis singer Liam Gallagher has been fined 50,000 euros (£35,000) after a fight in a German hotel two years "
    "ago.\n\n"
    '"The process has stopped by paying 50,000 euros," said Anton Winkler, spokesman for the Munich prosecutor. At '
    'the time, police said a "physical altercation" broke out among the musicians at about 0200 local time. That '
    'led to one of the group being "jostled" and falling onto the table of five Italian guests - causing the '
    "fight, they said."
)


def test_a_nationality_word_is_no_speakers_name(pipes):
    # "... the table of five Italian guests - causing the fight, they said": "they" is the police;
    # "Italian" (NER: a nationality) is no one to speak, so the quote is left unattributed
    got, _, _ = run(pipes, OASIS)
    assert got["jostled"].speaker is None


# bbc-politics-012
CONLON = (
    "Tony Blair has apologised to two families who suffered one of the UK's biggest miscarriages of justice.\n\n"
    "The families had hoped the apology would be made during Prime Minister's Questions in the House of Commons. "
    "However, one of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted of planting the bombs "
    '- said the families were delighted with the apology. He said Mr Blair had spoken with "such sincerity", '
    'adding: "He went beyond what we thought he would, he took time to listen to everyone."'
)


def test_a_name_set_off_by_a_comma_after_an_organisation_is_an_apposition_not_a_list(pipes):
    # "one of the so-called Guildford Four, Gerry Conlon - ... - said ... . He said": Conlon; a
    # comma alone joins no list (as "Real Madrid, Barcelona and Valencia" does)
    got, _, _ = run(pipes, CONLON)
    assert got["such sincerity"].speaker == "Gerry Conlon"


# bbc-entertainment-368
MR_FRENCH = (
    "But while Wendy Ide of The Times still thinks Staunton has a chance, Heat's Charles Gant believes her Bafta "
    'win will cut little ice with Academy voters.\n\n"I think Swank will win," said Mr French. "Imelda has got as '
    "far as she's going to get playing that role.\""
)


def test_a_nationality_word_after_an_honorific_is_a_surname(pipes):
    # "said Mr French": NER's nationality is a man's surname, kept as the speaker
    got, _, _ = run(pipes, MR_FRENCH)
    assert got["I think Swank will win,"].speaker == "French"


# bbc-politics-260
TRUST = (
    "He refused to comment on the new book, saying nobody should be distracted from the business of government. "
    'Mr Brown later told reporters: "Of course I trust the prime minister." Downing Street cited that comment when '
    "reporters' suggested Mr Brown had pointedly failed to deny claims he had once told Mr Blair: \"There is "
    'nothing you could ever say to me now that I could ever believe".'
)


def test_a_speech_verb_that_opens_the_quote_with_a_colon_speaks_it(pipes):
    # "claims he had once told Mr Blair: “...”": the quote is what "he" (Mr Brown) told, though the
    # parser hung it on "cited", Downing Street's verb at the head of the sentence
    got, _, _ = run(pipes, TRUST)
    assert got["There is nothing you could ever say to me now that I could ever believe"].speaker == "Brown"


# bbc-sport-208
SOUNESS = (
    "Souness's former assistant at Rangers is hot favourite to take over from Vogts, who resigned on Monday. "
    '"Walter is most definitely the ideal candidate for that job. He\'d be perfect for it," Souness told BBC Sport. '
    "The Scottish Football Association has appointed Tommy Burns as provisional caretaker-boss for the friendly "
    'against Sweden on 17 November. "He fits the bill because of his knowledge and understanding of the Scotland '
    'team and football. He is experienced and has been successful." Souness added: "Walter is a real football '
    'person, as I know from working with him at Ibrox."'
)


def test_a_quote_between_two_of_one_speakers_the_second_added_is_theirs(pipes):
    # "“...,” Souness told BBC Sport. The SFA has appointed Tommy Burns ... . “He fits the bill ...”
    # Souness added: “...”": "added" says Souness spoke just before, as he did before the aside
    got, _, _ = run(pipes, SOUNESS)
    q = (
        "He fits the bill because of his knowledge and understanding of the Scotland team and football. He is "
        "experienced and has been successful."
    )
    assert got[q].speaker == "Souness"


def test_a_firm_found_through_the_company_gets_an_org_vote_not_a_persons(pipes):
    # "EMI said ... . “...,” the company added": the firm rule points the speaker at the EMI
    # mention; that is a firm speaking, so no person vote for EMI (8 such firms in a BBC sample:
    # Unilever, Novartis, EMI, Macrovision, ... had become people); a name that speaks directly
    # ("EMI said" would be one) keeps the speaker's person vote
    from dossier.index.entities.decisions import add_votes
    from dossier.index.entities.nodes import make_node, speaker_votes
    from dossier.index.records import Mention, Quote

    got, _, _ = run(pipes, EMI)
    a = next(a for a in got.values() if a.cue == "the company added")
    assert EMI[a.speaker_start : a.speaker_end] == "EMI"
    quote = Quote("q", "x", "", a.quote.start, a.quote.end, a.speaker, None, a.cue, "full", None)
    quote.speaker_start, quote.speaker_end = a.speaker_start, a.speaker_end
    node = make_node(Mention("x", a.speaker_start, a.speaker_end, "EMI", "ORG"), EMI)
    before, org = node.votes["person"], node.votes["org"]
    add_votes(speaker_votes({"x": [quote]}, {"x": [node]}))  # what the pass decides, applied
    assert (node.votes["person"], node.votes["org"]) == (before, org + 1)
    direct = make_node(Mention("x", a.speaker_start, a.speaker_end, "EMI", "ORG"), EMI)
    quote.cue = "EMI said"
    add_votes(speaker_votes({"x": [quote]}, {"x": [direct]}))
    assert (direct.votes["person"], direct.votes["org"]) == (before + 1, org)


# bbc-politics-100 (its first paragraphs and the one of the quotes at 2841 and 2964)
MUBANGA = (
    "A British terror suspect held in Guantanamo Bay for 33 months plans to sue the government, it is reported.\n\n"
    "Martin Mubanga claimed in the Observer that an MI6 officer played a key role in consigning him to the US camp "
    "in Cuba, following his arrest in Zambia. Mr Mubanga, 32, from Wembley, London, said he was brutally "
    "interrogated and daubed with urine at the camp.\n\n"
    "He claimed he was stripped of his clothes and mattress and forced to remain in an empty metal box, naked "
    "except for boxer shorts. And he said an interrogator used a mop to daub him with his own urine while he was "
    "chained hand and foot. Mr Mubanga, who insists he does not feel bitter, said: \"I've lost three years of my "
    'life, because I was a Muslim. He added: "The authorities wanted to break me but they strengthened me. '
    "They've made me what I am - even if I'm not quite sure yet who that person is.\" The US government denied the "
    'claims, saying it condemned and prohibited torture. In a statement, it said: "The Department of Defense has '
    'no doubt that Mr Mubanga was properly detained as an enemy combatant under the laws of war. "He was detained '
    'to prevent him from fighting against the US and our allies in the war on terror."'
)


def test_an_institutions_statement_is_not_the_person_ner_took_for_a_place(pipes):
    # "Mr Mubanga, who insists ..., said: “...” The US government denied the claims ... . In a
    # statement, it said: “...”": NER labels this "Mubanga" a GPE, so "the US government" took him
    # for the nearest earlier speaker of its sort (an institution); the article names him a person
    got, _, _ = run(pipes, MUBANGA)
    for q in (
        "The Department of Defense has no doubt that Mr Mubanga was properly detained as an enemy combatant under "
        "the laws of war.",
        "He was detained to prevent him from fighting against the US and our allies in the war on terror.",
    ):
        assert got[q].speaker == "US government"


# bbc-business-224
GLAZER = (
    "Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.\n\n"
    "Earlier this month, Mr Glazer presented the board with detailed proposals on an offer to buy the football "
    'club. In a statement, the club said it would allow Mr Glazer "limited due diligence" to give him the '
    "opportunity to take the proposal on to a formal bid."
)


def test_a_persons_surname_as_subject_stops_the_search_for_the_firm(pipes, monkeypatch):
    # "Mr Glazer presented the board ... . In a statement, the club said": the sentence before has
    # the man (whom the article names in full) as its subject; the reporter moved on to him, so
    # org_subject_before gives no firm and looks no further back, as its docstring says
    from dossier.index.nlp import attribution_firms as F
    from dossier.index.nlp.analyse import sentence_bounds
    from dossier.index.nlp.attribution import context, sentences_to_parse
    from dossier.index.nlp.attribution_context import Entity
    from dossier.index.nlp.quotes import find_quotes

    fast, parse = pipes
    doc = fast(GLAZER)
    sents = sentence_bounds(GLAZER, [(s.start_char, s.end_char) for s in doc.sents])
    ents = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    quotes = find_quotes(GLAZER)
    wanted = sentences_to_parse(GLAZER, sents, quotes)
    parsed = {i: d for i, d in zip(wanted, parse.pipe([GLAZER[slice(*sents[i])] for i in wanted]))}
    ctx = context(GLAZER, sents, ents, parsed, quotes)
    subjects = []
    main_subject = F.main_subject
    monkeypatch.setattr(F, "main_subject", lambda *a, **k: subjects.append(main_subject(*a, **k)) or subjects[-1])
    assert F.org_subject_before(ctx, GLAZER.index("the club said")) is None
    assert [s and s.text for s in subjects] == ["Glazer"]
