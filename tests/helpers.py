"""Small helpers shared by test modules (imported as `helpers`: tests/ is on sys.path)."""

from __future__ import annotations

from pathlib import Path


def write(root: Path, rel: str, content: str | bytes) -> Path:
    """Write a corpus file (text as UTF-8, or raw bytes), creating its folders."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
