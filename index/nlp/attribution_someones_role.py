"""Whether a description names someone's person rather than the person in focus.

"Pullman has denied his books are anti-religious. His agent told the Times ...": "his agent",
"her spokesman", "his lawyer" describe a person by whose they are, the person in focus being the
one the possessive stands for; such a description never stands for that person (as "the agent
added" after "But Alli insists ..." does). A title given with a name ("his agent Dipo Alli")
still says who it is (attribution_descriptions' titled person).
"""

from __future__ import annotations

import re

# a person's: "its chief" is the firm's, who may well be the person in focus or quoted before
_POSSESSED = re.compile(r"(?:his|her)\s", re.IGNORECASE)


def someone_elses(description: str) -> bool:
    """The description opens with "his" or "her": a person of someone's."""
    return bool(_POSSESSED.match(description.strip()))
