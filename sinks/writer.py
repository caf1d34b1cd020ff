"""The tracker writer: one transaction per batch, checkpoint last (flush, then commit)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jobtracker.sinks import schema
from jobtracker.sinks.store import Conflict, DuplicateKey, RowBlock, Store, utcnow

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


def _dedupe(table: str, rows: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    """Keep the last row per primary key: one statement may not touch a row twice."""
    keys = [c.name for c in schema.metadata.tables[table].primary_key.columns]
    if isinstance(rows, RowBlock):
        return _dedupe_block(keys, rows)
    if len(keys) == 1:  # the usual case, and nearly always without repeats: check that first
        (key,) = keys
        if len({row[key] for row in rows}) == len(rows):
            return rows
    last: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    for row in rows:
        last[tuple(row[k] for k in keys)] = row
    return list(last.values())


def _dedupe_block(keys: list[str], block: RowBlock) -> RowBlock:
    at = [block.columns.index(k) for k in keys]
    if len(at) == 1 and len({v[at[0]] for v in block.values}) == len(block.values):
        return block
    last: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for values in block.values:
        last[tuple(values[i] for i in at)] = values
    return RowBlock(block.columns, list(last.values()))


class TrackerWriter:
    """Writes a batch's rows and its checkpoint atomically."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # The user and mailbox rows this writer has committed. They are only ever inserted
        # if missing, and nothing deletes them, so writing them again would change nothing.
        self._owners_stored: set[tuple[str, str, str, str]] = set()

    def write(
        self,
        rows: Mapping[str, Sequence[Mapping[str, Any]]],
        checkpoint: Checkpoint | None = None,
        *,
        guard: Callable[[Any], None] | None = None,
    ) -> None:
        """``guard`` runs first in the transaction; what it raises rolls the batch back."""
        if self.store.is_duckdb:
            # Facts about a message are nearly always new, and DuckDB inserts rows about twice
            # as fast without ON CONFLICT: try that first. A batch that repeats stored rows
            # (a replay) is rolled back and written again, keeping the stored ones.
            try:
                self._write(rows, checkpoint, guard, once="new")
                return
            except DuplicateKey:
                pass
        self._write(rows, checkpoint, guard, once="ignore")

    def _write(
        self,
        rows: Mapping[str, Sequence[Mapping[str, Any]]],
        checkpoint: Checkpoint | None,
        guard: Callable[[Any], None] | None,
        *,
        once: Conflict,
    ) -> None:
        """One transaction; ``once`` is how rows written once (``"ignore"``) are inserted."""
        with self.store.transaction() as conn:
            if guard is not None:
                guard(conn)
            for table, conflict in _WRITE_ORDER:
                table_rows = rows.get(table)
                if table_rows:
                    self.store.upsert(
                        schema.metadata.tables[table],
                        _dedupe(table, table_rows),
                        conflict=once if conflict == "ignore" else conflict,
                        conn=conn,
                    )
            if checkpoint is not None:
                self._write_checkpoint(conn, checkpoint)
        if checkpoint is not None:
            self._owners_stored.add(_owner(checkpoint))

    def _write_checkpoint(self, conn: Any, cp: Checkpoint) -> None:
        now = utcnow()
        if _owner(cp) not in self._owners_stored:
            self._write_owner(conn, cp, now)
        state = {
            "mailbox_id": cp.mailbox_id,
            "user_id": cp.user_id,
            "checkpoint": cp.token,
            "messages_read": cp.messages_read,
            "completed": cp.completed,
            "updated_at": now,
        }
        # Every batch after a mailbox's first finds its row there to update.
        if not self.store.replace(schema.sync_state, state, conn=conn):
            self.store.upsert(schema.sync_state, [state], conflict="update", conn=conn)

    def _write_owner(self, conn: Any, cp: Checkpoint, now: datetime) -> None:
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


def _owner(cp: Checkpoint) -> tuple[str, str, str, str]:
    return (cp.user_id, cp.mailbox_id, cp.provider, cp.location)
