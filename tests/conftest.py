"""Fixtures shared by every test folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jobtracker.sinks.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(str(tmp_path / "jobtracker.duckdb"))
    yield opened
    opened.close()


@contextmanager
def duckdb_held_by_another_process(path: Path) -> Iterator[None]:
    """Keep ``path`` open in a second process, as a running jobtracker would."""
    code = (
        f"import duckdb, sys; c = duckdb.connect({str(path)!r}); "
        "print('ready', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.communicate("")
