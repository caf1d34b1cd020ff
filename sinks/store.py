"""Opening the store and writing to it in batches, on DuckDB or PostgreSQL.

Both engines are fast only for set-at-a-time writes, so a batch goes to the database in one
bulk statement per table: DuckDB gets an Arrow table and ``INSERT ... SELECT``; PostgreSQL gets a
binary ``COPY`` into a session-private staging table and ``INSERT ... SELECT ... ON CONFLICT``
(measured here: 2-3x faster than pipelined ``executemany``, 3x faster than ``unnest`` arrays).
Both are idempotent upserts: writing the same rows twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from jobtracker.pipeline.errors import StoreError, StoreLocked
from jobtracker.sinks import migrations, schema

if TYPE_CHECKING:
    import psycopg

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


# The PostgreSQL type of each column type, for binary COPY (which wants exact types), and how a
# Python value is made to fit it.
def _pg_text(value: Any) -> str:
    text = str(value)
    # PostgreSQL text cannot hold NUL (DuckDB can): one odd header must not fail a whole batch.
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


_PG_TYPES: dict[type[sa.types.TypeEngine[Any]], tuple[str, Callable[[Any], Any]]] = {
    sa.Text: ("text", _pg_text),
    sa.String: ("text", _pg_text),
    sa.DateTime: ("timestamp", lambda v: v),
    sa.Float: ("float8", float),
    sa.Integer: ("int4", int),
    sa.BigInteger: ("int8", int),
    sa.Boolean: ("bool", bool),
    sa.LargeBinary: ("bytea", bytes),
}

# A query that runs longer than this is a bug or a lock, not work: fail it, so a stage worker
# retries instead of stalling past its consumer's poll interval.
DEFAULT_STATEMENT_TIMEOUT_S = 120.0
DEFAULT_DUCKDB_MEMORY_MB = 96


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


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def safe_url(db: str) -> str:
    """The database URL or path with any password masked, for messages and logs."""
    if "://" not in db:
        return db
    return sa.engine.make_url(_to_url(db)).render_as_string(hide_password=True)


class Store:
    """The SQL store: schema migration, batched idempotent upserts, and a connection for reads."""

    def __init__(
        self,
        db: str,
        *,
        statement_timeout_s: float | None = DEFAULT_STATEMENT_TIMEOUT_S,
        pool_size: int = 5,
        duckdb_memory_mb: int = DEFAULT_DUCKDB_MEMORY_MB,
    ) -> None:
        self.db = db
        self.url = _to_url(db)
        self.is_duckdb = self.url.startswith("duckdb")
        self.is_postgres = self.url.startswith("postgresql")
        if not (self.is_duckdb or self.is_postgres):
            raise StoreError(f"{safe_url(db)}: use a DuckDB file path or a postgresql:// URL")
        if self.is_duckdb:
            Path(self.url.removeprefix("duckdb:///")).parent.mkdir(parents=True, exist_ok=True)
            # DuckDB's default buffer limit is 80% of RAM, and an import's writes keep it
            # growing; a bounded buffer costs little speed (measured: +350 MB unbounded vs
            # +130 MB at 100 MB over 100,000 messages).
            config = {"memory_limit": f"{duckdb_memory_mb}MB"}
            self.engine = sa.create_engine(self.url, connect_args={"config": config})
        else:
            options = "-c timezone=UTC"
            if statement_timeout_s:
                options += f" -c statement_timeout={int(statement_timeout_s * 1000)}"
            connect_args = {"connect_timeout": 10, "options": options}
            self.engine = sa.create_engine(
                self.url,
                pool_pre_ping=True,
                pool_size=pool_size,
                connect_args=connect_args,
            )
        self._arrow = {name: _arrow_schema(t) for name, t in schema.metadata.tables.items()}
        self._open()

    def _open(self) -> None:
        try:
            self._migrate()
        except BaseException:
            self.engine.dispose()
            raise

    def _migrate(self) -> None:
        try:
            migrations.upgrade(self.engine)
        except sa.exc.DBAPIError as exc:
            text = str(exc.orig)
            if "Could not set lock" in text or "Conflicting lock" in text:
                raise StoreLocked(self.db) from None
            first = text.strip().splitlines()[0] if text.strip() else type(exc.orig).__name__
            raise StoreError(f"{safe_url(self.db)}: cannot open the store: {first}") from exc

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
        """Insert rows; on a primary-key clash keep the old row or take the new one.

        One batch may not hold two rows with the same key when ``conflict="update"``
        (``TrackerWriter`` keeps the last one).
        """
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

    @staticmethod
    def _conflict_action(table: sa.Table, conflict: Conflict) -> str:
        if conflict == "ignore":
            return "DO NOTHING"
        keys = {c.name for c in table.primary_key.columns}
        sets = ", ".join(
            # A column marked keep_when_null keeps what it holds rather than take a NULL
            # (dead letters' raw bytes, kept once, survive a later failure without them).
            f"{_quote(c.name)} = COALESCE(excluded.{_quote(c.name)}, "
            f"{_quote(table.name)}.{_quote(c.name)})"
            if c.info.get("keep_when_null")
            else f"{_quote(c.name)} = excluded.{_quote(c.name)}"
            for c in table.columns
            if c.name not in keys
        )
        return f"DO UPDATE SET {sets}"

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
        cols = ", ".join(_quote(c.name) for c in table.columns)
        raw.register(name, arrow)  # type: ignore[attr-defined]
        try:
            sql = f"INSERT INTO {_quote(table.name)} ({cols}) SELECT {cols} FROM {name}"
            raw.execute(f"{sql} ON CONFLICT {self._conflict_action(table, conflict)}")  # type: ignore[attr-defined]
        finally:
            raw.unregister(name)  # type: ignore[attr-defined]

    def _postgres_upsert(
        self,
        conn: sa.Connection,
        table: sa.Table,
        rows: Sequence[Mapping[str, Any]],
        conflict: Conflict,
    ) -> None:
        # COPY into a session-private staging table, then one INSERT ... SELECT ... ON CONFLICT:
        # COPY is the fastest way into PostgreSQL (several times executemany here), and the
        # staging table empties itself at commit.
        raw = cast("psycopg.Connection[Any]", conn.connection.driver_connection)
        columns = list(table.columns)
        names = ", ".join(_quote(c.name) for c in columns)
        staging = _quote(f"_jt_batch_{table.name}")
        fits = [(c.name, _PG_TYPES[type(c.type)][1]) for c in columns]
        with raw.cursor() as cur:
            cur.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {staging} "
                f"(LIKE {_quote(table.name)} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"
            )
            with cur.copy(f"COPY {staging} ({names}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types([_PG_TYPES[type(c.type)][0] for c in columns])
                for row in rows:
                    copy.write_row(
                        [None if (v := row.get(name)) is None else fit(v) for name, fit in fits]
                    )
            cur.execute(
                f"INSERT INTO {_quote(table.name)} ({names}) SELECT {names} FROM {staging} "
                f"ON CONFLICT ({', '.join(_quote(c.name) for c in table.primary_key.columns)}) "
                f"{self._conflict_action(table, conflict)}"
            )
            # The same table may be written again in this transaction.
            cur.execute(f"DELETE FROM {staging}")

    def existing(self, table: sa.Table, column: str, values: Sequence[str]) -> set[str]:
        """Which of ``values`` are already present in ``table.column``."""
        if not values:
            return set()
        col = table.c[column]
        found: set[str] = set()
        with self.engine.connect() as conn:
            if self.is_postgres:
                wanted = sa.bindparam("wanted", type_=postgresql.ARRAY(sa.Text))
                query = sa.select(col).where(col == sa.any_(wanted))
                found.update(conn.execute(query, {"wanted": list(values)}).scalars())
                return found
            for start in range(0, len(values), 5000):
                chunk = list(values[start : start + 5000])
                found.update(conn.execute(sa.select(col).where(col.in_(chunk))).scalars())
        return found
