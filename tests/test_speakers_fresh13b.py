"""Speakers on the dev articles of bench/gold/annotations-spk13b.txt (issue 10, session 13, helper
spk13b), with the real spaCy model; each text is a real BBC passage, cut short where the case
allows."""

from test_attribution_speakers import run


# bbc-sport-393
TINDALL = (
    "Mike Tindall's agent has warned Bath they have until next week to improve their contract offer to the England "
    "man or risk losing him to a rival club.\n\n"
    "Dipo Alli says he has received an offer for Tindall which dwarfs Bath's deal and that two other clubs want to "
    'talk. "Mike does not want to go into the Six Nations worrying about where he will be playing his club rugby '
    'next season," Alli told the Guardian newspaper. "It is up to (Bath owner) Andrew Brownsword. He has to make it '
    'happen." Tindall is out of contract at the end of the season but it is understood that Brownsword is unwilling '
    "to break the club's salary structure to accommodate the 26-year-old's demands. But Alli insists the player is "
    'worth more than Bath have put on the table. "Mike has been at Bath for eight years and wants to remain with the '
    'club and his demands are anything but excessive," the agent added. "But Brownsword has to recognise Mike\'s '
    'value and we want to resolve things by the end of next week."'
)


def test_the_agent_is_the_person_in_focus(pipes):
    # "the agent added": an agent is one person's role, like "the coach", so the description
    # stands for the person in focus, Alli, the subject of the sentence before ("But Alli insists")
    got, _, _ = run(pipes, TINDALL)
    said = [k for k in got if k.startswith(("Mike has been", "But Brownsword"))]
    assert len(said) == 2
    assert [got[k].speaker for k in said] == ["Dipo Alli"] * 2


# bbc-tech-260
MAC_MINI = (
    'The machine - which will be available from 22 January - was described by Jobs as "BYODKM... bring your own '
    'display, keyboard, and mouse". In an attempt to win over Windows PC customers, Mr Jobs said it would appeal to '
    'people thinking of changing operating systems. "People who are thinking of switching will have no more '
    'excuses," he said. "It\'s the newest and most affordable Mac ever." The new computer has been the subject of '
    "speculation for several weeks. Ian Harris, deputy editor of UK magazine Mac Format, said the machine would "
    "appeal to PC-owning consumers who had purchased an iPod.\n\n"
    '"They want a further taste of Mac because they like what they have seen with iPod." Harris added: "Everybody '
    "thought that Apple was happy to remain a niche maker of luxury computers, and moving into a market dominated "
    'by low margin manufacturers like Dell is a bold move."'
)


def test_a_quotation_before_x_added_is_xs(pipes):
    # a paragraph opening with a quotation of its own, then "Harris added:": Harris spoke it too,
    # not Mr Jobs, whose quotation the paragraph before held
    got, _, _ = run(pipes, MAC_MINI)
    assert got["They want a further taste of Mac because they like what they have seen with iPod."].speaker == (
        "Ian Harris"
    )
    assert got["It's the newest and most affordable Mac ever."].speaker == "Jobs"


# bbc-tech-389
MILANESI = (
    "Consumers swapping old phones for slinkier, dinkier versions are thought to be responsible for a 26% increase "
    "in the number of phones sold during the third quarter of 2004, according to analysts Gartner More than 167 "
    "million handsets were sold globally between July and September 2004, a period that, according to Gartner "
    'analyst Carolina Milanesi is "seldom strong". But although consumers have mobiles that can take and send '
    "snaps, few are taking the chance to do so."
)


def test_according_to_in_the_quotations_clause(pipes):
    # "a period that, according to Gartner analyst Carolina Milanesi is “seldom strong”": the
    # "according to" of the clause the quotation is in, not the main clause's "according to analysts"
    got, _, _ = run(pipes, MILANESI)
    assert got["seldom strong"].speaker == "Carolina Milanesi"


# bbc-entertainment-094 (no gold article: the case the rule above must not reach)
HIS_AGENT = (
    "Director Chris Weitz said the film would be faithful to the books. Weitz said he had visited Pullman, who had "
    'told him that the Authority could "represent any arbitrary establishment that curtails the freedom of the '
    'individual". He added: "I have no desire to change the nature or intentions of the villains of the piece, but '
    'they may appear in more subtle guises." There are a number of Christian websites which attack the trilogy for '
    "their depiction of the church and of God, but Pullman has denied his books are anti-religious. His agent told "
    'the Times newspaper that Pullman was happy with the adaptation so far. "Of course New Line want to make money, '
    'but Mr Weitz is a wonderful director and Philip is very supportive."'
)


def test_his_agent_is_no_one_in_focus(pipes):
    # "His agent told": someone's agent, not the person in focus (nor Weitz, quoted before)
    got, _, _ = run(pipes, HIS_AGENT)
    quote = "Of course New Line want to make money, but Mr Weitz is a wonderful director and Philip is very supportive."
    assert got[quote].speaker in (None, "His agent", "agent")


# bbc-business-442 (dev)
LESOTHO = (
    "Factory Workers Union secretary general Billy Macaefa blamed the closures on the end of worldwide textile "
    "quotas. The quotas for developing nations, ended on 1 January, gave them a set share of the rich countries' "
    "markets.\n\n"
    '"We understand that some (owners)... were complaining that the South African rand was strong against the US '
    'dollar, and they were losing when exporting textiles and clothing to the United States," Mr Macaefa said at '
    "a news briefing in the capital, Maseru. Lesotho's currency, the maloti, is fixed to the rand. \"But we suspect "
    "that they left the country unceremoniously because of the end of quotas introduced by the World Trade "
    'Organization." He said the six factories were Leisure Garments, Modern Garments and Lesotho Hats.'
)


def test_a_country_taken_for_a_person_names_no_one_between_quotations(pipes):
    # "Lesotho's currency, the maloti, is fixed to the rand": an aside of the reporter's between two
    # of Mr Macaefa's quotations; "Lesotho" (NER: a person) is a country the lexicon knows, no one
    # who might speak the next one
    got, _, _ = run(pipes, LESOTHO)
    quote = (
        "But we suspect that they left the country unceremoniously because of the end of quotas introduced by the "
        "World Trade Organization."
    )
    assert got[quote].speaker == "Billy Macaefa"
