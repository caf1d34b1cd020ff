"""Running one batch through a stage: attempts, poison isolation, dead letters.

Two kinds of failure, told apart by ``is_transient``:

- the infrastructure is away (PostgreSQL restarting, a broker down, a timeout): no record is at
  fault, so nothing is counted or dead-lettered; the error goes up to the consumer, which
  rewinds and tries the same batch again after a pause, as long as it takes;
- anything else may be a record's fault. The batch is tried ``max_attempts`` times; then it is
  split in halves, and halves again, until the records that fail on their own are found. Each
  of those gets ``max_attempts`` tries of its own and is then dead-lettered with the error and
  the attempt count, and the rest of the batch goes through in order. The partition keeps
  flowing.

A bug is not poison: when record after record fails on its own (``systemic_after`` of them
with none succeeding in between), it is the code or its data, not the records. Nothing more is
dead-lettered; ``SystemicFailure`` goes up and the consumer treats it like an outage, so a bad
deploy stalls the stream, loudly, instead of emptying it into the dead-letter queue.

A batch is written in one transaction and its records are published after the write, so a
failed attempt leaves nothing behind but records that are safe to publish twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import psycopg
import sqlalchemy as sa
from aiokafka.errors import KafkaConnectionError, KafkaError, KafkaTimeoutError

from jobtracker.pipeline.kafka.codec import Outgoing, Record
from jobtracker.pipeline.kafka.fencing import Fenced, Guard, Leases
from jobtracker.pipeline.kafka.processors import Processor, StageOutput

log = logging.getLogger(__name__)


class Effects(Protocol):
    """Where a batch's output goes: the store, then the topics."""

    async def write(
        self, rows: Mapping[str, Sequence[Mapping[str, Any]]], *, guard: Guard | None = None
    ) -> None:
        """Write ``rows`` in one transaction, ``guard`` first in it (see ``fencing``)."""
        ...

    async def publish(self, outgoing: Sequence[Outgoing]) -> None: ...


def is_transient(exc: BaseException) -> bool:
    """Whether ``exc`` says the infrastructure is away, rather than that a record is bad."""
    if isinstance(exc, sa.exc.DBAPIError):
        return exc.connection_invalidated or isinstance(
            exc, sa.exc.OperationalError | sa.exc.InterfaceError
        )
    if isinstance(exc, sa.exc.DisconnectionError | sa.exc.TimeoutError | psycopg.OperationalError):
        return True
    if isinstance(exc, KafkaError):
        return exc.retriable or isinstance(exc, KafkaTimeoutError | KafkaConnectionError)
    return isinstance(exc, TimeoutError | ConnectionError | SystemicFailure)


class SystemicFailure(Exception):
    """Records keep failing one after another: a bug or a broken dependency, not poison."""

    def __init__(self, stage: str, failures: int, last: BaseException) -> None:
        super().__init__(
            f"{stage}: {failures} records in a row failed on their own, the last with "
            f"{describe(last)}; not dead-lettering them, retrying the batch instead"
        )
        self.last = last


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:2000]


def _partitions(records: Sequence[Record]) -> set[tuple[str, int]]:
    return {(r.topic, r.partition) for r in records}


@dataclass(kw_only=True, slots=True)
class BatchRunner:
    """Runs batches of one stage (see the module docstring)."""

    processor: Processor
    effects: Effects
    leases: Leases | None = None  # when set, writes are fenced (see ``fencing``)
    max_attempts: int = 3
    budget_s: float | None = None  # time box for handling one batch's records
    retry_pause_s: float = 0.2
    systemic_after: int = 5  # records failing in a row, none succeeding, that mean a bug
    _failing_in_a_row: int = field(default=0, init=False)
    _poison: list[tuple[Record, BaseException, int]] = field(default_factory=list, init=False)

    async def run(self, records: Sequence[Record]) -> StageOutput:
        """Handle ``records``; ``done`` in the result says how many (a prefix) were handled.

        Raises only for transient failures (see ``is_transient``); nothing of the batch is
        then committed.
        """
        deadline = time.monotonic() + self.budget_s if self.budget_s else None
        self._poison.clear()
        out = await self._run(records, self.max_attempts, deadline)
        # Dead letters go out once the batch is through: a batch given up as systemic leaves
        # none behind for records that will be stored once the bug is fixed.
        for record, failure, attempts in self._poison:
            out.extend(await self.dead_letter(record, describe(failure), attempts))
        self._poison.clear()
        return out

    async def _once(self, records: Sequence[Record], deadline: float | None) -> StageOutput:
        out = await asyncio.to_thread(self.processor.process, records, deadline=deadline)
        if any(out.rows.values()):
            await self.effects.write(out.rows, guard=self._guard(records))
        if out.outgoing:
            await self.effects.publish(out.outgoing)
        self._failing_in_a_row = 0
        return out

    def _guard(self, records: Sequence[Record]) -> Guard | None:
        return self.leases.guard(_partitions(records)) if self.leases is not None else None

    async def _run(
        self, records: Sequence[Record], attempts: int, deadline: float | None
    ) -> StageOutput:
        failure: BaseException | None = None
        for attempt in range(1, attempts + 1):
            try:
                return await self._once(records, deadline)
            except Fenced:
                self.processor.forget(_partitions(records))
                raise  # not ours any more: nothing to retry or dead-letter
            except Exception as exc:
                if is_transient(exc):
                    self.processor.forget(_partitions(records))
                    raise
                failure = exc
                self.processor.forget(_partitions(records))
                first = records[0]
                log.warning(
                    "%s: %d record(s) from %s[%d]@%d failed (attempt %d of %d): %s",
                    self.processor.name,
                    len(records),
                    first.topic,
                    first.partition,
                    first.offset,
                    attempt,
                    attempts,
                    describe(exc),
                )
                if attempt < attempts:
                    await asyncio.sleep(self.retry_pause_s * attempt)
        assert failure is not None
        if len(records) == 1:
            self._failing_in_a_row += 1
            if self._failing_in_a_row >= self.systemic_after:
                self._failing_in_a_row = 0
                raise SystemicFailure(self.processor.name, self.systemic_after, failure)
            self._poison.append((records[0], failure, attempts))
            return StageOutput()
        # Find the bad records: halves get one try each, single records get them all.
        middle = len(records) // 2
        total = StageOutput()
        for half in (records[:middle], records[middle:]):
            tries = self.max_attempts if len(half) == 1 else 1
            total.extend(await self._run(half, tries, None))
        return total

    async def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        """Dead-letter ``record`` after ``attempts`` failed tries: write and publish it."""
        log.error(
            "%s: dead-lettering %s[%d]@%d after %d attempts: %s",
            self.processor.name,
            record.topic,
            record.partition,
            record.offset,
            attempts,
            error,
        )
        out = self.processor.dead_letter(record, error, attempts)
        if any(out.rows.values()):
            await self.effects.write(out.rows, guard=self._guard([record]))
        if out.outgoing:
            await self.effects.publish(out.outgoing)
        return out
