"""Which hot modules run compiled, and falling back to their source when it changed.

``setup.py`` compiles the hot packages (:data:`PACKAGES`) to C extensions with mypyc when a
compiler is at hand, and records a digest of the sources it compiled in :data:`STAMP`.
Python imports an extension module before a ``.py`` of the same name, so after an edit to a
compiled source (a developer's editable install) the stale extension would still run. The
first of those packages to be imported calls :func:`guard`: when the sources no longer match
the digest, every compiled module is loaded from its source instead, for the whole process.
They were compiled as one group and call each other directly, so it is all or nothing.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

# Folders of the compiled packages, relative to the project root (= the jobtracker namespace).
PACKAGES = ("classifiers/rules", "connectors/mime", "correlator")
STAMP = "_compiled.sha256"
_ROOT = Path(__file__).resolve().parent.parent

_state: str | None = None


def compiled_sources(root: Path) -> list[Path]:
    """The modules mypyc compiles: every module of :data:`PACKAGES` but the ``__init__``."""
    return [
        path
        for folder in PACKAGES
        for path in sorted((root / folder).glob("*.py"))
        if path.name != "__init__.py"
    ]


def digest(root: Path) -> str:
    """One digest over the compiled sources' names and contents."""
    hashed = hashlib.sha256()
    for path in compiled_sources(root):
        hashed.update(path.relative_to(root).as_posix().encode() + b"\0")
        hashed.update(path.read_bytes() + b"\0")
    return hashed.hexdigest()


def guard() -> str:
    """``compiled``, ``source`` (never compiled here) or ``stale`` (edited since: source runs).

    Runs its check once per process, before any compiled module is imported.
    """
    global _state
    if _state is None:
        _state, built = state(_ROOT)
        if _state == "stale":
            sys.meta_path.insert(0, _SourceFirst({_module_name(path) for path in built}))
    return _state


def state(root: Path) -> tuple[str, list[Path]]:
    """What :func:`guard` would decide for the tree at ``root``, and the built modules."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    built = [
        path
        for path in compiled_sources(root)
        if any(path.with_suffix(suffix).exists() for suffix in suffixes)
    ]
    stamp = root / "pipeline" / STAMP
    if not built:
        return "source", built
    if stamp.exists() and stamp.read_text().strip() == digest(root):
        return "compiled", built
    return "stale", built


def _module_name(path: Path) -> str:
    return "jobtracker." + ".".join(path.relative_to(_ROOT).with_suffix("").parts)


class _SourceFirst:
    """Finds the named modules' ``.py`` files, passing over their compiled extensions."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name not in self.names:
            return None
        source = _ROOT.joinpath(*name.split(".")[1:]).with_suffix(".py")
        return importlib.util.spec_from_file_location(name, source)
