"""A name with a particle after a speech verb speaks: a real BBC article, the real model.

Seen in the 2,225 BBC articles' quotes (session 12): '"He did it all by hand, ...," said Jurgen
den Hartog, one of the TNO researchers' was unattributed, and the quote after it too: the parser
reads "den" as a verb, so "said" has no subject, and the name after the verb was taken only when
all its words are capitalised."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "particles", lambda r: r["id"] == "bbc-tech-201")) as reader:
        yield reader


@pytest.mark.parametrize("opening", ["He did it all by hand", "We were not competing with Mr Lyons"])
def test_the_name_after_the_verb_speaks(reader, opening):
    assert '," said Jurgen den Hartog' in reader.article("bbc-tech-201").article.text
    quote = next(q for q in reader.quotes() if q.text.startswith(opening))
    assert quote.speaker == "Jurgen den Hartog"
