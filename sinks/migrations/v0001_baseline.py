"""Version 1: the tables of the first release (users ... schema_info).

Databases created before migrations existed are at version 1 already: they wrote
``schema_version = 1`` when they were created.
"""

from __future__ import annotations

import sqlalchemy as sa

from jobtracker.sinks import schema

_BASELINE = (
    "users",
    "mailboxes",
    "sync_state",
    "messages",
    "classifications",
    "applications",
    "application_events",
    "review_items",
    "corrections",
    "llm_cache",
    "dlq",
    "reminders",
    "notifications",
    "schema_info",
)


def upgrade(conn: sa.Connection) -> None:
    tables = [schema.metadata.tables[name] for name in _BASELINE]
    schema.metadata.create_all(conn, tables=tables, checkfirst=True)
