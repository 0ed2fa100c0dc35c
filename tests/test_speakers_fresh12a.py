"""Speakers on the dev articles of bench/gold/annotations-spk12a.txt (issue 10, session 12, helper
spk12a), with the real spaCy model; each text is a real BBC passage, cut short where the case
allows."""

from test_attribution_speakers import run


# bbc-sport-266
MORIENTES = (
    "Liverpool may launch an £8m January bid for long-time target Fernando Morientes, according to reports.\n\n"
    "The Real Madrid striker has been linked with a move to Anfield since the summer and is currently behind Raul, "
    "Ronaldo and Michael Owen at the Bernabeu. Liverpool boss Rafael Benitez is keen to bolster his forward options "
    'with Djibril Cisse out until next season. "If there is an attractive propostition it could be I would be keen '
    'to leave," admitted the 28-year-old Morientes. He added: "Unfortunately, I\'m not in control of the situation. '
    "I'm under contract to Real and they will make any decisions.\" The fee could put Liverpool off a prospective "
    "deal."
)


def test_a_surname_written_as_a_description_is_the_person_named_in_full(pipes):
    # "admitted the 28-year-old Morientes. He added": "Morientes" after "the 28-year-old" is the
    # surname of Fernando Morientes, named in full above, not a description like "the 25-year-old
    # Dubliner"; "he" goes on with him, not with Djibril Cisse, the person named before
    got, _, _ = run(pipes, MORIENTES)
    quote = "Unfortunately, I'm not in control of the situation. I'm under contract to Real and they will make any decisions."
    assert got[quote].speaker == "Fernando Morientes"


# bbc-entertainment-132
G_MONEY = (
    "US rap duo OutKast's trio of trophies at the MTV Europe Awards crowns a year of huge success for the band.\n\n"
    "G Money, a presenter on the BBC's urban music station 1Xtra, thinks a hiatus is inevitable after such a "
    'sustained period of exposure - giving the band time to think about other interests. "They might be more '
    "appearances outside the band, such as producing for other artists, while they have a number of fringe music "
    'projects. "Andre 3000 would like to go into acting, so we might see him a film, while Big Boi already has a '
    'dog-breeding business," says the DJ.\n\n'
    '"But in a couple of years they will be back with another album which will be a collaboration unlike their '
    "double CD. \"Their greatness has become clear with Speakerboxxx/The Love Below. We haven't seen the last of "
    'them," he adds.'
)


def test_the_dj_is_the_presenter_named_before_not_an_organisation(pipes):
    # "says the DJ": a role written in capitals (NER: an organisation "DJ") describes one person,
    # the subject of the sentence before, whom NER missed but the sentence calls "a presenter"
    got, _, _ = run(pipes, G_MONEY)
    said = [k for k in got if k.startswith(("They might", "Andre 3000", "But in a couple", "Their greatness"))]
    assert len(said) == 4
    assert [got[k].speaker for k in said] == ["G Money"] * 4


# bbc-politics-329
CROSBY = (
    "The Conservatives' campaign director has denied a report claiming he warned Michael Howard the party could not "
    "win the next general election.\n\n"
    "The Times on Monday said Australian Lynton Crosby told the party leader to focus on trying to increase the "
    "Tories' Commons presence by 25 to 30 seats. But Mr Crosby said in a statement: \"I have never had any such "
    'conversation... and I do not hold that view." Mr Howard appointed Mr Crosby as his elections chief last '
    "October. Mr Crosby's statement said: \"The Conservative Party has been making an impact on the issues of lower "
    'tax and controlled immigration over the past week." It added: "The Labour Party will be wanting to do all they '
    'can to distract attention away from the issues that really matter to people."'
)


def test_it_after_a_persons_statement_is_the_statement_not_the_newspaper(pipes):
    # "Mr Crosby's statement said: “...” It added": "it" is the statement, so Crosby's words; not
    # The Times, the organisation named last before
    got, _, _ = run(pipes, CROSBY)
    quote = "The Labour Party will be wanting to do all they can to distract attention away from the issues that really matter to people."
    assert got[quote].speaker == "Lynton Crosby"


# bbc-politics-102
BLAIR = (
    "Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David Blunkett.\n\n"
    "In his first comments since Sir Alan's announcement, Mr Blair told BBC News he had not yet read the report in "
    "detail.\n\n"
    'Asked if Mr Blunkett could return to frontline politics at some point, he replied: "I have made my admiration '
    "for David very clear and it remains. \"He's been a tremendous colleague, he's done a great job for us, first as "
    'home secretary then as education secretary. The future is something we will have to approach in the future." '
    'The prime minister shrugged off claims from Conservative leader Michael Howard that he led a "grubby '
    'government".'
)


def test_he_is_not_the_name_inside_the_question_he_was_asked(pipes):
    # "Asked if Mr Blunkett could return ..., he replied": he is the one asked (Mr Blair), never
    # the man the question is about
    got, _, _ = run(pipes, BLAIR)
    assert got["I have made my admiration for David very clear and it remains."].speaker == "Tony Blair"


def test_a_claim_from_a_named_person_gives_the_words_it_reports_to_them(pipes):
    # "claims from Conservative leader Michael Howard that he led a “grubby government”": as with
    # "Howard's claim that ...", the words are Howard's
    got, _, _ = run(pipes, BLAIR)
    assert got["grubby government"].speaker == "Michael Howard"


G_MONEY_LATER = G_MONEY + (
    " OutKast's musical career spans 10 years and they have enjoyed commercial and critical success in the past, "
    "with their debut Southernplayalisticadillacmuzik going platinum. But it took until 2001 for the pair to score "
    "their first hit in the UK with Ms Jackson, while their album Stakonia saw their fame spread beyond the US.\n\n"
    '1Xtra\'s G Money says it took the latest album, released in 2003, for him to be "assured of their genius". '
    '"They have always been experimental, some of it has worked and some hasn\'t," he adds. But G Money '
    'acknowledges that making the next move for a band that has reached a pinnacle can be tough. "What can you do '
    "next when you've done it all?\" he says. With ten years of success behind them and worldwide fame, it seems "
    "that OutKast is not a name that is likely to be forgotten in a hurry."
)


def test_he_goes_on_with_a_missed_name_the_article_introduced_as_a_person(pipes):
    # "But G Money acknowledges ... . “...?” he says": NER misses "G Money" there (and took the
    # station "1Xtra" for a person); the article introduced him as "a presenter" in apposition,
    # so he is a person, whom "he" goes on with
    got, _, _ = run(pipes, G_MONEY_LATER)
    assert got["What can you do next when you've done it all?"].speaker == "G Money"


# bbc-politics-102
BUDD = (
    "Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David Blunkett.\n\n"
    "The Tories and the Lib Dems have called for a second inquiry into the fast-tracking of a visa application for "
    "Mr Blunkett's ex-lover's nanny. Sir Alan Budd found a \"chain of events\" linked Mr Blunkett to Leoncia "
    "Casalme's indefinite leave to remain application."
)


def test_a_finding_reports_a_clause_without_that(pipes):
    # "Sir Alan Budd found a “chain of events” linked Mr Blunkett to ...": a finding that reports a
    # clause with its "that" left out, as "found that ..."; the words are his finding's
    got, _, _ = run(pipes, BUDD)
    assert got["chain of events"].speaker == "Alan Budd"
