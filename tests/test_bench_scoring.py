"""The PolNeAR scorer's reading of a gold source: a name is judged by a shared word, a description
("the Florida senator") is not a name, whatever proper adjective it carries."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "eval_extraction.py"


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("eval_extraction_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "source",
    [
        "the mayor",
        "his aides",
        "the Ohio governor",
        "The Texas senator’s",
        "the presumptive Democratic nominee",
        "the former chief of staff to President Jones",
        "a Green Party leaflet",
    ],
)
def test_descriptions_are_not_names(scorer, source: str) -> None:
    assert scorer.gold_is_description(source)


@pytest.mark.parametrize(
    "source",
    [
        "Smith",
        "Sen. Jane Smith (D-Ore.)",
        "The Boston Globe",
        "the Daily Mirror",
        "the Supreme Court of Ohio",
        "Governor Smith’s chief of staff, Ann Lee,",
    ],
)
def test_names_are_names(scorer, source: str) -> None:
    assert not scorer.gold_is_description(source)
