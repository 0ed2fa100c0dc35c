"""A phrase quoted in a clause below the main verb of a sentence whose subject is a named person
is that person's words, whatever the main verb (attribution_subject_fragment, session 20).

US news writes "X worried that ...", "X estimated that there are “...”" with no verb of saying,
and the phrase in marks is X's: PolNeAR's gold gives it to X, and dossier left it unattributed.
The passages are written for this test in that style (PolNeAR's text stays out of the
repository). What stays unattributed: a pronoun's profile ("he was “the ultimate hack”", real
BBC text), a phrase that names the main verb's object ("plays a “date doctor”",
test_speakers_fresh12b) and a slogan or title in Title Case.
"""

from __future__ import annotations

from test_attribution_speakers import run

FEARED = (
    "Ministers met on Tuesday to discuss the plan.\n\n"
    "Jane Roe feared that the scheme would become “a licence to print money for the few”. "
    "Officials declined to comment."
)
RECKONED = (
    "The vote on the bill is due next month.\n\n"
    "Tom Mercer reckoned that there were “at most a dozen firm rebels” on the back benches."
)
SLOGAN = (
    "The campaign began in Ohio.\n\n"
    "Tom Mercer decided that the party would fight the election under the banner “Time For A Change”."
)
# bbc-entertainment-305 (a profile: what he was, not what he said)
HACK = (
    "Born in 1922 to poor working-class Jewish immigrants from Romania, Stan Lieberman, got a job in "
    "Timely Publications, a company owned by a relative. He was assigned to the comics division and - "
    "thanks to a fertile imagination - rose to editor by the age of 18. For more than 20 years, he was "
    '"the ultimate hack" - knocking out crime stories, horrors, westerns, anything to sate the appetite of his'
    " readers."
)


def test_a_phrase_in_a_clause_below_any_verb_is_the_named_subjects(pipes):
    got, _, _ = run(pipes, FEARED)
    assert got["a licence to print money for the few"].speaker == "Jane Roe"
    got, _, _ = run(pipes, RECKONED)
    assert got["at most a dozen firm rebels"].speaker == "Tom Mercer"


def test_a_slogan_in_title_case_stays_unattributed(pipes):
    got, _, _ = run(pipes, SLOGAN)
    assert got["Time For A Change"].speaker is None


def test_a_pronouns_profile_under_another_verb_stays_unattributed(pipes):
    got, _, _ = run(pipes, HACK)
    assert got["the ultimate hack"].speaker is None
