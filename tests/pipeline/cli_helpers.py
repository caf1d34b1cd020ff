"""Running the CLI in-process, the way a user runs it, and reading the store back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.cli import main
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Run(code=code, out=captured.out, err=captured.err)


TABLES = (
    "messages",
    "classifications",
    "applications",
    "application_events",
    "review_items",
    "dlq",
)
VOLATILE = {"stored_at", "updated_at", "created_at", "failed_at"}


def dump(db: Path, *, volatile: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the data tables, sorted; without wall-clock columns unless asked."""
    store = Store(str(db))
    out: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with store.engine.connect() as conn:
            for name in TABLES:
                table = schema.metadata.tables[name]
                cols = [c for c in table.columns if volatile or c.name not in VOLATILE]
                out[name] = sorted((tuple(row) for row in conn.execute(sa.select(*cols))), key=repr)
    finally:
        store.close()
    return out
