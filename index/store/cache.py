"""The annotation cache: one JSON record per analysed text, keyed by its content hash.

Content-addressed, so writing a new entry never disturbs what a running reader or an older
generation uses, and an unchanged article is never analysed twice.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from ..nlp.analyse import Annotations
from ..nlp.fingerprint import analysis_fingerprint


class AnnotationCache:
    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, content_hash: str) -> Path:
        return self.folder / content_hash[:2] / f"{content_hash}.json"

    def get(self, content_hash: str, model: str, article_id: str) -> Annotations | None:
        """The cached annotations of this text by this model, renamed to article_id; else None."""
        try:
            data = json.loads(self._path(content_hash).read_text(encoding="utf-8"))
            ann = Annotations.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if ann.model != model or ann.content_hash != content_hash or ann.analysis != analysis_fingerprint():
            return None  # another model, or annotations made by other rules (an upgrade)
        if ann.article != article_id:
            ann = _renamed(ann, article_id)
        return ann

    def put(self, ann: Annotations) -> None:
        path = self._path(ann.content_hash)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(ann.to_dict(), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def prune(self, keep: set[str]) -> int:
        """Delete entries whose hash is not in keep, and the half-written files of killed builds
        (the build lock is held: no other writer is running); the number of entries deleted."""
        removed = 0
        for path in self.folder.glob("*/*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        for path in self.folder.glob("*/*.tmp"):
            path.unlink(missing_ok=True)
        return removed


def _renamed(ann: Annotations, article_id: str) -> Annotations:
    """The same text under another id (a renamed or copied file)."""
    mentions = [replace(m, article=article_id, actor=None) for m in ann.mentions]
    quotes = [replace(q, article=article_id, id=f"{article_id}#{q.id.rsplit('#', 1)[-1]}") for q in ann.quotes]
    return replace(ann, article=article_id, mentions=mentions, quotes=quotes)
