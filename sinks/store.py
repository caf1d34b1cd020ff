"""Opening the store and writing to it in batches, on DuckDB or PostgreSQL.

DuckDB is fast only for set-at-a-time writes, so a batch is handed to it as an Arrow table and
upserted with one ``INSERT ... SELECT``; PostgreSQL gets a multi-row ``INSERT ... ON CONFLICT``.
Both are idempotent: writing the same rows twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from jobtracker.pipeline.errors import StoreError, StoreLocked
from jobtracker.sinks import schema

Conflict = Literal["ignore", "update"]

_ARROW_TYPES: dict[type[sa.types.TypeEngine[Any]], pa.DataType] = {
    sa.Text: pa.string(),
    sa.String: pa.string(),
    sa.DateTime: pa.timestamp("us"),
    sa.Float: pa.float64(),
    sa.Integer: pa.int64(),
    sa.BigInteger: pa.int64(),
    sa.Boolean: pa.bool_(),
    sa.LargeBinary: pa.binary(),
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _arrow_schema(table: sa.Table) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[type(c.type)]) for c in table.columns])


def _to_url(db: str) -> str:
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"duckdb:///{Path(db).expanduser()}"


class Store:
    """The SQL store: schema creation, batched idempotent upserts, and a connection for reads."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.url = _to_url(db)
        self.is_duckdb = self.url.startswith("duckdb")
        if self.is_duckdb:
            Path(self.url.removeprefix("duckdb:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(self.url, pool_pre_ping=not self.is_duckdb)
        self._arrow = {name: _arrow_schema(t) for name, t in schema.metadata.tables.items()}
        self._open()

    def _open(self) -> None:
        try:
            schema.metadata.create_all(self.engine)
            self.upsert(
                schema.schema_info,
                [{"name": "schema_version", "value": str(schema.SCHEMA_VERSION)}],
            )
        except sa.exc.DBAPIError as exc:
            text = str(exc.orig)
            if "Could not set lock" in text or "Conflicting lock" in text:
                raise StoreLocked(self.db) from None
            raise StoreError(f"{self.db}: cannot open the store: {text.splitlines()[0]}") from exc

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        with self.engine.begin() as conn:
            yield conn

    def upsert(
        self,
        table: sa.Table,
        rows: Sequence[Mapping[str, Any]],
        *,
        conflict: Conflict = "ignore",
        conn: sa.Connection | None = None,
    ) -> None:
        """Insert rows; on a primary-key clash keep the old row or take the new one."""
        if not rows:
            return
        if conn is None:
            with self.transaction() as own:
                self.upsert(table, rows, conflict=conflict, conn=own)
            return
        if self.is_duckdb:
            self._duckdb_upsert(conn, table, rows, conflict)
        else:
            self._postgres_upsert(conn, table, rows, conflict)

    def _duckdb_upsert(
        self,
        conn: sa.Connection,
        table: sa.Table,
        rows: Sequence[Mapping[str, Any]],
        conflict: Conflict,
    ) -> None:
        arrow = pa.Table.from_pylist(list(rows), schema=self._arrow[table.name])
        raw = conn.connection.dbapi_connection
        assert raw is not None
        name = f"_batch_{table.name}"
        cols = ", ".join(f'"{c.name}"' for c in table.columns)
        if conflict == "ignore":
            action = "DO NOTHING"
        else:
            keys = {c.name for c in table.primary_key.columns}
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in arrow.column_names if c not in keys)
            action = f"DO UPDATE SET {sets}"
        raw.register(name, arrow)  # type: ignore[attr-defined]
        try:
            sql = f'INSERT INTO "{table.name}" ({cols}) SELECT {cols} FROM {name}'
            raw.execute(f"{sql} ON CONFLICT {action}")  # type: ignore[attr-defined]
        finally:
            raw.unregister(name)  # type: ignore[attr-defined]

    def _postgres_upsert(
        self,
        conn: sa.Connection,
        table: sa.Table,
        rows: Sequence[Mapping[str, Any]],
        conflict: Conflict,
    ) -> None:
        stmt = postgresql.insert(table)
        keys = [c.name for c in table.primary_key.columns]
        if conflict == "ignore":
            stmt = stmt.on_conflict_do_nothing(index_elements=keys)
        else:
            stmt = stmt.on_conflict_do_update(
                index_elements=keys,
                set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys},
            )
        for start in range(0, len(rows), 1000):
            conn.execute(stmt, list(rows[start : start + 1000]))

    def existing(self, table: sa.Table, column: str, values: Sequence[str]) -> set[str]:
        """Which of ``values`` are already present in ``table.column``."""
        if not values:
            return set()
        col = table.c[column]
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(values), 5000):
                chunk = list(values[start : start + 5000])
                found.update(conn.execute(sa.select(col).where(col.in_(chunk))).scalars())
        return found
