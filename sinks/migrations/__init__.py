"""Schema migrations that run on both engines, keyed on ``schema_info.schema_version``.

A small equivalent of Alembic's linear history: ``STEPS[n - 1]`` takes a database from version
``n - 1`` to ``n``. :func:`upgrade` runs the pending steps in one transaction (both DuckDB and
PostgreSQL have transactional DDL), so a failed step leaves the database as it was. On
PostgreSQL an advisory lock serialises workers that start at the same moment.

Rules for a new step (add a module ``vNNNN_what.py`` and append it to ``STEPS``):

- tables that ``sinks/schema.py`` gains are created by the ``create_all`` that follows every
  upgrade, so a new table needs no step; a new column or index on an existing table does,
  in SQL both engines accept (``ALTER TABLE t ADD COLUMN IF NOT EXISTS c TEXT``);
- a step must be idempotent (``IF NOT EXISTS``, ``IF EXISTS``): the baseline creates a fresh
  database from the *current* ``sinks/schema.py``, which may already hold what a later step adds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa

from jobtracker.pipeline.errors import StoreError
from jobtracker.sinks import schema
from jobtracker.sinks.migrations import v0001_baseline, v0002_reply_to

Step = Callable[[sa.Connection], None]

STEPS: Sequence[Step] = (v0001_baseline.upgrade, v0002_reply_to.upgrade)
LATEST = len(STEPS)

_VERSION_KEY = "schema_version"
# Any constant works; it only has to be the same in every jobtracker process.
_PG_LOCK_KEY = 0x6A6F6274  # "jobt"


def current_version(conn: sa.Connection) -> int:
    """The version the database is at; 0 for an empty database."""
    if not sa.inspect(conn).has_table(schema.schema_info.name):
        return 0
    info = schema.schema_info
    value = conn.execute(
        sa.select(info.c.value).where(info.c.name == _VERSION_KEY)
    ).scalar_one_or_none()
    return int(value) if value else 0


def _set_version(conn: sa.Connection, version: int) -> None:
    info = schema.schema_info
    updated = conn.execute(
        info.update().where(info.c.name == _VERSION_KEY).values(value=str(version))
    )
    if updated.rowcount == 0:
        conn.execute(info.insert().values(name=_VERSION_KEY, value=str(version)))


def upgrade(engine: sa.Engine, *, target: int = LATEST) -> tuple[int, int]:
    """Bring the database to ``target``; returns (version before, version after)."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        before = current_version(conn)
        if before > LATEST:
            raise StoreError(
                f"the database is at schema version {before}, newer than this jobtracker "
                f"knows ({LATEST}); upgrade jobtracker"
            )
        for version in range(before + 1, target + 1):
            STEPS[version - 1](conn)
            _set_version(conn, version)
        # New tables are additive and safe to create on any version (see the module docstring).
        schema.metadata.create_all(conn, checkfirst=True)
        return before, max(before, target)
