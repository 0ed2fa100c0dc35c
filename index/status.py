"""Index status: what is indexed, and which corpus files changed since (no spaCy needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .entities.corrections import corrections_path, file_digest
from .ingest.load import known_files, scan
from .nlp.fingerprint import analysis_fingerprint, resolution_fingerprint
from .store.manifest import Manifest, ManifestError, read_manifest
from .store.checksums import damage


@dataclass
class Status:
    index: str
    corpus: str
    manifest: Manifest | None
    error: str | None = None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    damaged: bool = False  # a store file is missing or not what was written (error says which)
    corrections_changed: bool = False  # the corrections file is not the one the build applied
    analysis_changed: bool = False  # dossier's extraction rules changed since the build (an upgrade)
    resolution_changed: bool = False  # its rules for actors changed since the build (an upgrade)

    @property
    def stale(self) -> bool:
        return (
            self.manifest is None
            or self.damaged
            or self.corrections_changed
            or self.analysis_changed
            or self.resolution_changed
            or bool(self.added or self.changed or self.removed)
        )

    @property
    def reason(self) -> str:
        """Why the index is stale, in the user's words ("" when it is not): the explorer says it as
        it updates, and an upgrade of dossier must not read as a change of the user's articles."""
        if self.manifest is None:
            return "No index yet"
        if self.damaged:
            return "The index is damaged"
        why = []
        if self.added or self.changed or self.removed:
            why.append("the corpus changed")
        if self.analysis_changed:
            why.append("an upgrade changed dossier's extraction rules")
        elif self.resolution_changed:
            why.append("an upgrade changed dossier's rules for actors")
        if self.corrections_changed:
            why.append("the corrections to the actors changed")
        text = " and ".join(why)
        return text[:1].upper() + text[1:]


def corrections_file(index_dir: Path, manifest: Manifest | None = None) -> Path:
    """The corrections file the index's builds apply: the one a build was given, else
    corrections.toml in the index folder."""
    if manifest is None:
        try:
            manifest = read_manifest(index_dir)
        except ManifestError:
            manifest = None
    given = Path(manifest.corrections_file) if manifest is not None and manifest.corrections_file else None
    return corrections_path(index_dir, given)


def index_status(corpus: Path, index_dir: Path) -> Status:
    try:
        manifest = read_manifest(index_dir)
    except ManifestError as err:
        return Status(str(index_dir), str(corpus), None, error=str(err))
    st = Status(str(index_dir), str(corpus), manifest)
    broken = damage(index_dir / manifest.generation, manifest.store_files, manifest.store_sums)
    if broken:
        st.damaged = True
        st.error = (
            f"the index at {index_dir} is damaged ({broken}); rebuild it with: "
            f"dossier index build --index {index_dir} --corpus {manifest.corpus}"
        )
    st.corrections_changed = file_digest(corrections_file(index_dir, manifest)) != manifest.corrections
    st.analysis_changed = manifest.analysis != analysis_fingerprint()
    st.resolution_changed = manifest.resolution != resolution_fingerprint()
    if not corpus.is_dir():
        return st
    same_corpus = manifest.corpus == str(corpus.resolve())
    now = {f.rel: f.digest for f in scan(corpus, known_files(manifest.files, manifest.stats) if same_corpus else None)}
    st.added = sorted(set(now) - set(manifest.files))
    st.removed = sorted(set(manifest.files) - set(now))
    st.changed = sorted(r for r in now if r in manifest.files and now[r] != manifest.files[r])
    if manifest.corpus != str(corpus.resolve()):
        st.error = st.error or f"the index was built from {manifest.corpus}"
        st.added = sorted(now)
    return st


def is_stale(corpus: Path, index_dir: Path) -> bool:
    """True when the index is missing or older than the corpus files."""
    return index_status(corpus, index_dir).stale
