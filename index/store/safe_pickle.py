"""Unpickling that can only build data: the classes named in an allowlist, never a function call.

A pickle can name any importable callable and call it (`cos\\nsystem` runs a shell command), and
Whoosh keeps its schema, its segment list, stored fields and postings as pickles. An index folder
is shared like a document, so it is untrusted input: every pickle read from one, and every pickle
that crosses the search process's pipes, goes through a `Restricted` unpickler. It resolves a
name only when the name is a class defined in one of the allowed packages, or one of a few named
callables that build data (`re._compile`, `copyreg._reconstructor` ...); anything else raises
`UnsafePickle` before it is imported or called.
"""

from __future__ import annotations

from typing import Any

import io
import pickle
from dataclasses import dataclass, field

# Protocol 2 pickles name Python 2 modules; the Unpickler maps them after find_class sees them.
_PY2 = {"__builtin__": "builtins", "copy_reg": "copyreg", "exceptions": "builtins"}

# The builtins that are data: an int, a set, a dict ... (never getattr, eval, open, __import__).
DATA_BUILTINS = frozenset(
    {
        "bool",
        "bytearray",
        "bytes",
        "complex",
        "dict",
        "float",
        "frozenset",
        "int",
        "list",
        "object",
        "range",
        "set",
        "slice",
        "str",
        "tuple",
    }
)


class UnsafePickle(pickle.UnpicklingError):
    """A pickle that names something outside the allowlist: damage, or an attack."""


@dataclass(frozen=True)
class Allowed:
    """What one kind of pickle may name.

    classes: packages whose own classes may be built (a class must be defined there: one merely
    imported into such a module is refused); callables: (module, name) pairs allowed whatever
    they are; exceptions: also allow the builtin exception classes.
    """

    classes: tuple[str, ...] = ()
    callables: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    exceptions: bool = False

    def permits(self, module: str, name: str, obj: object) -> bool:
        if (module, name) in self.callables:
            return True
        if not isinstance(obj, type):
            return False
        if module == "builtins":
            return name in DATA_BUILTINS or (self.exceptions and issubclass(obj, BaseException))
        home = obj.__module__
        return any(_within(module, p) and _within(home, p) for p in self.classes)


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


class Restricted(pickle.Unpickler):
    """A pickle.Unpickler that resolves only what its class's `allowed` permits (nothing here:
    `unpickler(allowed)` makes the class for one allowlist, once, so that each load costs no more
    than the Unpickler it is)."""

    allowed = Allowed()

    def find_class(self, module: str, name: str) -> Any:
        module = _PY2.get(module, module)
        # A dotted name walks attributes (protocol 4): `fields.os.system`. Never needed for data.
        if "." in name:
            raise UnsafePickle(f"the pickle names {module}.{name}, which an index never holds")
        try:
            obj = super().find_class(module, name)
        except (ImportError, AttributeError):
            raise UnsafePickle(f"the pickle names {module}.{name}, which does not exist") from None
        if not self.allowed.permits(module, name, obj):
            raise UnsafePickle(f"the pickle names {module}.{name}, which an index never holds")
        return obj


def unpickler(allowed: Allowed) -> type[Restricted]:
    return type("Restricted", (Restricted,), {"allowed": allowed})


def loads(data: bytes, allowed: Allowed) -> Any:
    return unpickler(allowed)(io.BytesIO(data)).load()
