"""The help lists only keys that are bound: every binding of tui/keys.py's groups is in the
BINDINGS of a screen, widget or the app (keys.ACTOR_FILTER and keys.BUILD were listed and bound
to nothing)."""

from __future__ import annotations

import importlib
import pkgutil

from textual.dom import DOMNode

import dossier.tui
from dossier.tui import keys


def bound_ids() -> set[str]:
    for info in pkgutil.walk_packages(dossier.tui.__path__, "dossier.tui."):
        importlib.import_module(info.name)
    ids: set[str] = set()
    todo = [DOMNode]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("dossier.tui"):
            for b in cls.__dict__.get("BINDINGS", []):
                if getattr(b, "id", None):
                    ids.add(b.id)
    return ids


def test_every_key_the_help_lists_is_bound():
    bound = bound_ids()
    listed = [b for _, group in keys.GROUPS for b in group]
    assert listed and all(b.id for b in listed)
    unbound = sorted(b.id for b in listed if b.id not in bound)
    assert unbound == [], unbound
