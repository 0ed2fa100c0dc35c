"""Speakers given as a document ("the report said") whose author the article names with the same
noun elsewhere (issue 10, session 16, helper desc16; attribution_document_authors), with the real
spaCy model; each text is a real BBC passage, cut short where the case allows."""

from test_attribution_speakers import run


# bbc-business-434 (dev)
ADB = (
    "Nearly two million people across Asia could be thrown into poverty because of the Indian Ocean tsunami, the "
    "Asian Development Bank (ADB) has said.\n\n"
    "In its first overview of the disaster, the ADB said the impact on economic growth would be slight because "
    'major cities and factories escaped damage. But the blow to many low-income people could be "enormous".\n\n'
    "Indonesia, Malaysia, Thailand and India have enjoyed strong economic growth in recent years, which should "
    "cushion them against reconstruction costs. Although Indonesia's northern province of Aceh suffered the worst "
    'death toll, the region\'s oil and natural gas production facilities "have survived intact", the report said. '
    "However, it remains too soon to asses the damage to poor people's livelihoods.\n\n"
    '"This is a profoundly tragic event for the region and for the millions who are suffering. But the economies of '
    'the affected countries except Sri Lanka and the Maldives should emerge with minimal damage," the ADB report said.'
)


def test_the_report_is_the_one_the_article_names_after_it(pipes):
    # "the report said" with no report named before it: the only report the article names, "the
    # ADB report" in the next paragraph, is the bank's
    got, _, _ = run(pipes, ADB)
    assert got["have survived intact"].speaker == "ADB"  # the actor of "Asian Development Bank (ADB)"


# bbc-sport-081
IAAF = (
    "The International Association of Athletics Federations will appeal against the acquittal of Greek athletes "
    "Kostas Kenteris and Katerina Thanou.\n\n"
    "The high-profile duo were cleared of doping offences by the Greek Athletics Federation (Segas) last month. Now "
    "the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has suspended both athletes. An "
    'IAAF statement said: "The Doping Review Board concluded that the decision is erroneous." The statement '
    "continued: \"Both athletes' cases will be refered to arbitration before the CAS. The decision in both cases "
    'will be final and binding."'
)


def test_the_statement_is_the_one_an_earlier_cue_gave_a_name(pipes):
    # "The statement continued" after "An IAAF statement said", a cue already given the federation
    got, _, _ = run(pipes, IAAF)
    assert got["The Doping Review Board concluded that the decision is erroneous."].speaker == (
        "The International Association of Athletics Federations"
    )
    said = [k for k in got if k.startswith("Both athletes")]
    assert [got[k].speaker for k in said] == ["The International Association of Athletics Federations"]


# bbc-politics-059
COMMISSION = (
    "A cap on donations to political parties should not be introduced yet, the elections watchdog has said.\n\n"
    "Fears that big donors can buy political favours have sparked calls for a limit. In a new report, the Electoral "
    "Commission says it is worth debating a £10,000 cap for the future but now is not the right time to introduce "
    "it. It also says there should be more state funding for political parties and candidates should be able to "
    "spend more on election campaigning.\n\n"
    "There were almost £68m in reported donations to political parties in 2001, 2002 and 2003, with nearly £12m of "
    "them from individual gifts worth more than £1m. The rules have already been changed so the public can see who "
    "gives how much to the parties but the report says there are still public suspicions. The commission says "
    "capping donations would mean taxpayers giving parties more cash - something which would first have to be "
    'acceptable to the public and shown to work. "While we are not in principle opposed to the introduction of a '
    "donation cap, we do not believe that such a major departure from the existing system now would be "
    'sensible," says its report.'
)


def test_its_report_is_the_body_that_speaks_in_a_report(pipes):
    # "In a new report, the Electoral Commission says": the report is the commission's, and so is
    # "its report" later
    got, _, _ = run(pipes, COMMISSION)
    said = [k for k in got if k.startswith("While we are not")]
    assert [got[k].speaker for k in said] == ["Electoral Commission"]


# bbc-politics-214
CUSTODY = (
    'Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.\n\n'
    "The joint committee on human rights found those committing suicide were mainly the most vulnerable, with "
    "mental health, drugs or alcohol problems. There was one prison suicide every four days between 1999 and 2003, "
    "MPs said. The report, which followed a year-long inquiry by the committee, found the high death rate "
    '"amounts to a serious failure to protect the right to life of a highly vulnerable group".\n\n'
    'Many of those who ended up taking their own lives had "presented themselves" to the authorities with these '
    'problems before they even offended, the report said. Committee chairman Labour MP Jean Corston said: "Each '
    'and every death in custody is a death too many, regardless of the circumstances."'
)


def test_a_report_whose_author_no_name_gives_stays_words(pipes):
    # the report is the committee's, which the article names only by descriptions: no author's
    # name stands with "report", so it stays words; never the chairman named after it
    got, _, _ = run(pipes, CUSTODY)
    assert got["presented themselves"].speaker == "report"


# bbc-entertainment-010 (dev)
VAGINA = (
    "Uganda's authorities have banned the play The Vagina Monologues, due to open in the capital, Kampala this "
    "weekend.\n\n"
    "The Ugandan Media Council said the performance would not be put on as it promoted and glorified acts such as "
    'lesbianism and homosexuality. It said the production could go ahead if the organisers "expunge all the '
    'offending parts". But the organisers of the play say it raises awareness of sexual abuse against women. "The '
    "play promotes illegal, unnatural sexual acts, homosexuality and prostitution, it should be and is hereby "
    "banned,\" the council's ruling said."
)


def test_the_councils_ruling_is_the_council_named_before(pipes):
    # "the council's ruling": a thing of "the council", the Ugandan Media Council named before
    got, _, _ = run(pipes, VAGINA)
    said = [k for k in got if k.startswith("The play promotes")]
    assert [got[k].speaker for k in said] == ["The Ugandan Media Council"]


# bbc-tech-105 (dev)
IAEA = (
    "The computer systems used to monitor the world's nuclear power installations are so outdated that they are "
    "hampering the work of inspectors.\n\n"
    "A spokesman for the International Atomic Energy Agency (IAEA) said its current technology could allow key "
    "information to be overlooked as it was more than 20 years old. The IAEA estimates the total cost of the "
    "four-year project to upgrade its technology will be $40m. So far it has only received $11m from the US and the "
    'UK. "Failure to replace the hardware and software, and to integrate fully all the information system '
    'components will carry large risks," said an agency statement.'
)


def test_an_agency_statement_is_the_agency_named_before(pipes):
    # "an agency statement": the International Atomic Energy Agency's, the one agency named
    got, _, _ = run(pipes, IAEA)
    said = [k for k in got if k.startswith("Failure to replace")]
    assert [got[k].speaker for k in said] == ["International Atomic Energy Agency"]
