"""An index named without its corpus is opened with the corpus it was built from: `dossier
--index X` must never rebuild X from the bundled seeds (it did: a helper lost a 10,000-article
bench index that way)."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.index.cli import main
from dossier.index.paths import SEEDS
from dossier.index.store.manifest import read_manifest


def test_the_explorer_gets_the_indexs_own_corpus(seeds_built, monkeypatch):
    corpus, folder = seeds_built
    monkeypatch.delenv("DOSSIER_CORPUS", raising=False)
    assert corpus.resolve() != SEEDS.resolve()
    opened: list[tuple[Path, Path]] = []
    code = main(["--index", str(folder)], explorer=lambda index_dir, c: opened.append((index_dir, c)) or 0)
    assert code == 0 and opened == [(folder, Path(read_manifest(folder).corpus))]
    assert opened[0][1].resolve() == corpus.resolve()


def test_build_and_status_with_only_an_index_keep_its_corpus(seeds_built, capsys, monkeypatch):
    corpus, folder = seeds_built
    monkeypatch.delenv("DOSSIER_CORPUS", raising=False)
    before = read_manifest(folder)
    assert main(["index", "build", "--index", str(folder)]) == 0
    assert "up to date" in capsys.readouterr().err  # not rebuilt from the seeds
    after = read_manifest(folder)
    assert after.generation == before.generation and after.corpus == str(corpus.resolve())
    assert main(["index", "status", "--index", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["corpus"] == str(corpus.resolve())


def test_a_corpus_given_still_wins(seeds_built, monkeypatch):
    corpus, folder = seeds_built
    monkeypatch.delenv("DOSSIER_CORPUS", raising=False)
    opened: list[Path] = []
    main(["--index", str(folder), "--corpus", str(SEEDS)], explorer=lambda i, c: opened.append(c) or 0)
    assert opened == [SEEDS]
