"""Big regexes compiled once per machine: their compiled program is kept in the user's cache.

Python's ``re`` parses and compiles in pure Python: the phrase matcher's prefix tree (over 200,000
characters) takes about a second, on every start of every process. What it compiles to is a list
of integers that the regex engine (``_sre``) takes back as it is. Kept in a file named by a hash
of the pattern, the Python version and the engine's version, it loads in milliseconds, and the
pattern loaded is equal to (compares equal with) the one ``re.compile`` makes.

This leans on ``re``'s internals (``re._parser``, ``re._compiler``, ``_sre.compile``). Any
problem (a missing, corrupt or foreign file, an unwritable cache, another Python whose internals
differ) falls back to a plain ``re.compile``: only start-up time depends on them, never an answer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

import platformdirs

_KEEP = 1200
"""Files kept at most, the least recently used dropped: patterns change with the data files,
and old programs are not read. One version of the rules makes over 300 (the templates' and
phrase banks'); the cache must hold a few versions, or two installs (an upgrade, a checkout
beside a release) evict each other's programs and every start compiles them all again."""
MIN_CHARS = 300
"""Smaller patterns compile in a fraction of a millisecond: a file would not pay for itself."""

_cache_dir: Path | None = Path(platformdirs.user_cache_dir("jobtracker")) / "regex"
_pruned = False  # the folder is pruned once per process, not after every file written


def use_cache_dir(path: Path | None) -> None:
    """Where compiled programs are kept; None compiles every time (tests, read-only systems)."""
    global _cache_dir
    _cache_dir = path


def compile_big(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it was compiled before."""
    folder = _cache_dir
    if len(pattern) < MIN_CHARS or folder is None:
        return re.compile(pattern, flags)
    try:
        import _sre

        if array("I").itemsize != _sre.CODESIZE:
            return re.compile(pattern, flags)
        key = f"{sys.version}\0{_sre.MAGIC}\0{flags}\0{pattern}"
        path = folder / (hashlib.sha256(key.encode()).hexdigest()[:40] + ".sre")
        loaded = _load(_sre, path, pattern)
        if loaded is not None:
            return loaded
        compiled, header, program = _compile(_sre, pattern, flags)
    except Exception:  # internals of another Python (or a bad pattern): compile as usual
        return re.compile(pattern, flags)
    _store(path, header, program)
    return compiled


def _compile(
    sre: Any, pattern: str, flags: int
) -> tuple[re.Pattern[str], dict[str, Any], array[int]]:
    """What ``re._compiler.compile`` does, keeping the program and its group tables."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    program = array("I", _compiler._code(parsed, flags))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    header = {
        "flags": flags | parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
        "sha256": hashlib.sha256(program.tobytes()).hexdigest(),
    }
    return _build(sre, pattern, header, program), header, program


def _build(sre: Any, pattern: str, header: dict[str, Any], program: array[int]) -> re.Pattern[str]:
    compiled: re.Pattern[str] = sre.compile(
        pattern,
        header["flags"],
        program.tolist(),
        header["groups"],
        header["groupindex"],
        tuple(header["indexgroup"]),
    )
    return compiled


def _load(sre: Any, path: Path, pattern: str) -> re.Pattern[str] | None:
    """The pattern from its file, or None for a missing or damaged file (then written anew)."""
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        header = json.loads(head)
        if hashlib.sha256(body).hexdigest() != header["sha256"]:
            return None
        program = array("I")
        program.frombytes(body)
        compiled = _build(sre, pattern, header, program)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None
    with contextlib.suppress(OSError):  # a read-only cache is read all the same
        os.utime(path)  # used now: pruning drops the least recently used
    return compiled


def _store(path: Path, header: dict[str, Any], program: array[int]) -> None:
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: another process never reads half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            written = Path(file.name)
            file.write(json.dumps(header).encode() + b"\n" + program.tobytes())
        os.replace(written, path)
        global _pruned
        if not _pruned:
            _pruned = True
            _prune(path.parent)
    except OSError:
        # A read-only or full cache: compile on every start, as without one.
        if written is not None:
            written.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Drops the least recently used files beyond ``_KEEP`` (a program is rewritten when it is
    needed)."""
    kept = list(folder.glob("*.sre"))
    if len(kept) <= _KEEP:
        return
    kept.sort(key=lambda file: file.stat().st_mtime)
    for old in kept[: len(kept) - _KEEP]:
        old.unlink(missing_ok=True)
