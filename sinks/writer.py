"""The tracker writer: one transaction per batch, checkpoint last (flush, then commit)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jobtracker.sinks import schema
from jobtracker.sinks.store import Conflict, Store, utcnow

# Snapshots that change over time are replaced; facts about one message are written once.
_WRITE_ORDER: tuple[tuple[str, Conflict], ...] = (
    ("messages", "ignore"),
    ("classifications", "ignore"),
    ("applications", "update"),
    ("application_events", "ignore"),
    ("review_items", "ignore"),
    ("dlq", "update"),
)


@dataclass(kw_only=True, slots=True, frozen=True)
class Checkpoint:
    """How far a mailbox has been read, stored with the batch that got it there."""

    user_id: str
    mailbox_id: str
    provider: str
    location: str
    token: str | None
    messages_read: int
    completed: bool = False


def _dedupe(table: str, rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Keep the last row per primary key: one statement may not touch a row twice."""
    keys = [c.name for c in schema.metadata.tables[table].primary_key.columns]
    last: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for row in rows:
        last[tuple(row[k] for k in keys)] = row
    return list(last.values())


class TrackerWriter:
    """Writes a batch's rows and its checkpoint atomically."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def write(
        self,
        rows: Mapping[str, Sequence[Mapping[str, Any]]],
        checkpoint: Checkpoint | None = None,
        *,
        guard: Callable[[Any], None] | None = None,
    ) -> None:
        """``guard`` runs first in the transaction; what it raises rolls the batch back."""
        with self.store.transaction() as conn:
            if guard is not None:
                guard(conn)
            for table, conflict in _WRITE_ORDER:
                table_rows = rows.get(table)
                if table_rows:
                    self.store.upsert(
                        schema.metadata.tables[table],
                        _dedupe(table, table_rows),
                        conflict=conflict,
                        conn=conn,
                    )
            if checkpoint is not None:
                self._write_checkpoint(conn, checkpoint)

    def _write_checkpoint(self, conn: Any, cp: Checkpoint) -> None:
        now = utcnow()
        self.store.upsert(schema.users, [{"user_id": cp.user_id, "created_at": now}], conn=conn)
        self.store.upsert(
            schema.mailboxes,
            [
                {
                    "mailbox_id": cp.mailbox_id,
                    "user_id": cp.user_id,
                    "provider": cp.provider,
                    "location": cp.location,
                    "created_at": now,
                }
            ],
            conn=conn,
        )
        self.store.upsert(
            schema.sync_state,
            [
                {
                    "mailbox_id": cp.mailbox_id,
                    "user_id": cp.user_id,
                    "checkpoint": cp.token,
                    "messages_read": cp.messages_read,
                    "completed": cp.completed,
                    "updated_at": now,
                }
            ],
            conflict="update",
            conn=conn,
        )
