"""A kept description keeps the capitals that are its words' own (attribution_descriptions.
_common_case, session 21); only a sentence's capital on a common noun goes.

Seen in the speakers of the 2,225 BBC articles: "A Top of the Pops spokesperson said" gave
"top of the Pops spokesperson", "A Department for Work and Pensions spokeswoman said"
"department for Work and Pensions spokeswoman", "a Conservative spokeswoman said" "conservative
spokeswoman", and "Prime Minister Tony Blair's official spokesman said" "prime Minister Tony
Blair's official spokesman". The sentences here are made up.
"""

from __future__ import annotations

import pytest

from helpers import speaker_of

CASES = [
    ('A Top of the Dogs spokesperson said: "The show goes on."', "Top of the Dogs spokesperson"),
    ('"We have no plans," a Conservative spokeswoman said.', "Conservative spokeswoman"),
    (
        'Prime Minister Jane Roe\'s official spokesman said: "She has no plans to resign."',
        "Prime Minister Jane Roe's official spokesman",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_descriptions_own_capitals_stay(pipes, text, want):
    opening = text.split("\u201c" if "\u201c" in text else '"')[1][:8]
    assert speaker_of(pipes, text, opening) == want


def test_a_sentences_capital_on_a_common_noun_goes(pipes):
    text = 'The talks ended late. Officials said: "There will be another round."'
    assert speaker_of(pipes, text, "There will") == "officials"
