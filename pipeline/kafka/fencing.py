"""Fencing: a worker that lost its partitions while it was busy does not write for them.

A worker stuck on one record (a pathological message, a long pause) past the poll interval
is put out of its consumer group, and another worker takes its partitions and goes on. When
the stuck one wakes up it would write what it had: harmless for facts about one message
(idempotent upserts), but an application snapshot built from older state would overwrite the
newer owner's. Its offset commit fails, but the store has no such check of its own; leases
give it one.

- On assignment a stage takes a lease per partition in ``stage_leases``: the consumer group's
  generation (which the group coordinator raises at every rebalance) and the member id. A
  lease of a later generation is never taken over, except one left untouched for
  ``stale_after_s`` (the group was deleted and started again at generation 1).
- Every write checks, in its own transaction, that each partition of the batch is still
  leased to this member and generation, holding the lease rows until it commits (on
  PostgreSQL ``FOR UPDATE``, so a new owner's take waits for the write in flight).
  Otherwise the write is rolled back with :class:`Fenced` and the batch dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from jobtracker.sinks import schema
from jobtracker.sinks.store import Store, utcnow

log = logging.getLogger(__name__)

Partition = tuple[str, int]  # topic, partition
Guard = Callable[[sa.Connection], None]
_LEASES = schema.stage_leases


class Fenced(Exception):
    """This worker's lease on a partition was taken over: its write would be stale."""


@dataclass(frozen=True, slots=True)
class Holder:
    """Who a lease is for: a member of the group in one generation."""

    generation: int
    member_id: str


@dataclass(kw_only=True, slots=True)
class Leases:
    """The leases one stage (consumer group) of this worker holds."""

    store: Store
    group_id: str
    stale_after_s: float = 3600.0
    held: dict[Partition, Holder] = field(default_factory=dict)
    pending: dict[Partition, Holder] = field(default_factory=dict)  # assigned, not yet taken

    def assigned(self, partitions: Iterable[Partition], holder: Holder) -> None:
        """The group gave us ``partitions``: their leases are taken before the next write."""
        for tp in partitions:
            self.held.pop(tp, None)
            self.pending[tp] = holder

    def revoked(self, partitions: Iterable[Partition]) -> None:
        for tp in partitions:
            self.held.pop(tp, None)
            self.pending.pop(tp, None)

    def take_pending(self) -> None:
        """Take the leases of partitions assigned since the last call (a transaction)."""
        by_holder: dict[Holder, list[Partition]] = {}
        for tp, holder in self.pending.items():
            by_holder.setdefault(holder, []).append(tp)
        for holder, partitions in by_holder.items():
            self.take(partitions, holder)
            for tp in partitions:
                self.pending.pop(tp, None)

    def take(self, partitions: Iterable[Partition], holder: Holder) -> list[Partition]:
        """Lease ``partitions`` to ``holder``; returns those a later generation holds."""
        taken: list[Partition] = []
        refused: list[Partition] = []
        with self.store.transaction() as conn:
            for topic, partition in sorted(partitions):
                ok = self._take_one(conn, topic, partition, holder)
                (taken if ok else refused).append((topic, partition))
        # Only once committed:
        for tp in taken:
            self.held[tp] = holder
        for tp in refused:
            self.held.pop(tp, None)
        if refused:
            log.error(
                "%s: generation %d may not write for %s: a later generation of the group holds "
                "them (if the group was deleted and started again, its old leases run out %.0fs "
                "after their last use)",
                self.group_id,
                holder.generation,
                ", ".join(f"{t}[{p}]" for t, p in refused),
                self.stale_after_s,
            )
        return refused

    def _take_one(self, conn: sa.Connection, topic: str, partition: int, holder: Holder) -> bool:
        now = utcnow()
        key = self._where(topic, partition)
        row = conn.execute(
            _locked(conn, sa.select(_LEASES.c.generation, _LEASES.c.taken_at).where(key))
        ).first()
        values = {"generation": holder.generation, "member_id": holder.member_id, "taken_at": now}
        if row is None:
            conn.execute(
                _LEASES.insert().values(
                    group_id=self.group_id, topic=topic, partition=partition, **values
                )
            )
            return True
        stale = row.taken_at < now - dt.timedelta(seconds=self.stale_after_s)
        if row.generation > holder.generation and not stale:
            return False
        conn.execute(_LEASES.update().where(key).values(**values))
        return True

    def holds(self, partition: Partition) -> bool:
        return partition in self.held

    def guard(self, partitions: Iterable[Partition]) -> Guard:
        """A check to run first in a write's transaction: raises :class:`Fenced` unless every
        one of ``partitions`` is still leased to this worker."""
        wanted = sorted(set(partitions))

        def check(conn: sa.Connection) -> None:
            now = utcnow()
            for topic, partition in wanted:
                holder = self.held.get((topic, partition))
                if holder is None:
                    raise Fenced(f"{self.group_id}: no lease on {topic}[{partition}]")
                key = self._where(topic, partition)
                row = conn.execute(
                    _locked(conn, sa.select(_LEASES.c.generation, _LEASES.c.member_id).where(key))
                ).first()
                if row is None or Holder(row.generation, row.member_id) != holder:
                    self.held.pop((topic, partition), None)
                    raise Fenced(
                        f"{self.group_id}: {topic}[{partition}] moved to another worker "
                        f"(generation {row.generation if row else '?'}, ours {holder.generation})"
                    )
                # In use: the lease is not stale (see take()).
                conn.execute(_LEASES.update().where(key).values(taken_at=now))

        return check

    def _where(self, topic: str, partition: int) -> sa.ColumnElement[bool]:
        return sa.and_(
            _LEASES.c.group_id == self.group_id,
            _LEASES.c.topic == topic,
            _LEASES.c.partition == partition,
        )


def _locked(
    conn: sa.Connection, query: sa.Select[tuple[object, ...]]
) -> sa.Select[tuple[object, ...]]:
    # DuckDB has one writer at a time and no row locks.
    return query.with_for_update() if conn.dialect.name == "postgresql" else query


def group_holder(consumer: Any) -> Holder:
    """This member's generation and id, as the group coordinator last gave them.

    aiokafka keeps them on its (internal) coordinator; the rebalance callbacks do not pass them.
    """
    coordinator = getattr(consumer, "_coordinator", None)
    generation = getattr(coordinator, "generation", None)
    member_id = getattr(coordinator, "member_id", None)
    if not isinstance(generation, int) or not isinstance(member_id, str):
        raise RuntimeError(
            "cannot read the consumer group's generation from this aiokafka version; "
            "writes of the newly assigned partitions stay fenced"
        )
    return Holder(generation, member_id)
