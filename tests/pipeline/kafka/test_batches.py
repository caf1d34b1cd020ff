"""Attempts, poison isolation and time boxes, with a stage that fails on purpose."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterable, Sequence

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.kafka.batches import BatchRunner, SystemicFailure, is_transient
from jobtracker.pipeline.kafka.codec import Outgoing, Record
from jobtracker.pipeline.kafka.processors import StageOutput, TopicPartitionKey
from tests.pipeline.kafka.fakes import FakeRecord


class Effects:
    def __init__(self) -> None:
        self.published: list[Outgoing] = []

    async def write(self, rows: object, *, guard: object = None) -> None:
        pass

    async def publish(self, outgoing: Sequence[Outgoing]) -> None:
        self.published.extend(outgoing)


class Picky:
    """Passes records through, but fails every time on b"poison" and, when asked, once on
    everything with an infrastructure error."""

    name = "picky"

    def __init__(self, *, outage: int = 0, slow_s: float = 0.0) -> None:
        self.tries: Counter[bytes] = Counter()
        self.outage = outage
        self.slow_s = slow_s
        self.forgotten: list[set[TopicPartitionKey] | None] = []

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        if self.outage:
            self.outage -= 1
            raise sa.exc.OperationalError("SELECT 1", {}, ConnectionRefusedError("db down"))
        out = StageOutput()
        for r in records:
            if deadline is not None and time.monotonic() > deadline and out.done:
                break
            time.sleep(self.slow_s)
            self.tries[r.value or b""] += 1
            if r.value == b"poison":
                raise ValueError("cannot digest this")
            out.done += 1
            out.outgoing.append(Outgoing(topic="out", key=b"k", value=r.value or b""))
        return out

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        dead = f"dead:{record.offset}:{attempts}:{error}".encode()
        return StageOutput(done=1, outgoing=[Outgoing(topic="dlq", key=b"k", value=dead)])

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        self.forgotten.append(set(partitions) if partitions is not None else None)


def _records(*values: bytes) -> list[FakeRecord]:
    return [FakeRecord("in", 0, n, b"k", v) for n, v in enumerate(values)]


def test_a_poison_record_is_dead_lettered_after_its_attempts_and_the_rest_flows_in_order() -> None:
    values = [b"a", b"b", b"c", b"poison", b"d", b"e", b"f"]
    stage, effects = Picky(), Effects()
    runner = BatchRunner(processor=stage, effects=effects, max_attempts=3, retry_pause_s=0)
    out = asyncio.run(runner.run(_records(*values)))
    assert out.done == len(values)
    assert [o.value for o in effects.published if o.topic == "out"] == [
        v for v in values if v != b"poison"
    ]
    (letter,) = [o.value for o in effects.published if o.topic == "dlq"]
    assert letter == b"dead:3:3:ValueError: cannot digest this"
    assert stage.tries[b"poison"] == 3 + 1 + 1 + 3  # whole batch, halves, then alone
    assert stage.forgotten and stage.forgotten[0] == {("in", 0)}  # state dropped on failure


def test_an_outage_is_not_the_records_fault() -> None:
    stage, effects = Picky(outage=1), Effects()
    runner = BatchRunner(processor=stage, effects=effects, max_attempts=3, retry_pause_s=0)
    with pytest.raises(sa.exc.OperationalError):
        asyncio.run(runner.run(_records(b"a", b"b")))
    assert effects.published == []  # nothing dead-lettered, nothing counted
    assert asyncio.run(runner.run(_records(b"a", b"b"))).done == 2  # the same batch, later


def test_a_slow_batch_stops_at_its_time_box() -> None:
    stage, effects = Picky(slow_s=0.05), Effects()
    runner = BatchRunner(processor=stage, effects=effects, budget_s=0.12)
    out = asyncio.run(runner.run(_records(*(bytes([n]) for n in range(20)))))
    assert 1 <= out.done < 20
    assert len(effects.published) == out.done


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (sa.exc.OperationalError("x", {}, OSError("gone")), True),
        (TimeoutError(), True),
        (ConnectionResetError(), True),
        (ValueError("bad record"), False),
        (sa.exc.IntegrityError("x", {}, ValueError("dup")), False),
    ],
)
def test_which_errors_mean_the_infrastructure_is_away(error: Exception, transient: bool) -> None:
    assert is_transient(error) is transient


def test_a_bug_that_fails_every_record_stalls_the_stream_instead_of_emptying_it() -> None:
    stage, effects = Picky(), Effects()
    runner = BatchRunner(processor=stage, effects=effects, retry_pause_s=0, systemic_after=5)
    with pytest.raises(SystemicFailure, match="5 records in a row"):
        asyncio.run(runner.run(_records(*[b"poison"] * 40)))
    assert effects.published == []  # nothing dead-lettered: it is the code, not the mail
    assert is_transient(SystemicFailure("x", 5, ValueError()))  # the consumer retries later
