"""Every store test runs on DuckDB and on PostgreSQL (the latter in the connected tier)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jobtracker.sinks.store import Store
from tests.connected.engines import postgres_db, postgres_server, stop_engines

__all__ = ["postgres_db", "postgres_server"]


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.connected)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each engine."""
    if request.param == "duckdb":
        return str(tmp_path / "jobtracker.duckdb")
    url: str = request.getfixturevalue("postgres_db")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.close()


def pytest_sessionfinish() -> None:
    stop_engines()
