"""A record that kills the worker: counted across deaths in the group's offsets, then
dead-lettered, and the partition flows on. Each "life" is a new StageConsumer, as after a
restart; only the consumer group's committed offsets (``FakeGroup``) survive it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence

import pytest
import sqlalchemy as sa
from aiokafka import TopicPartition

from jobtracker.pipeline.kafka.attempts import Note
from jobtracker.pipeline.kafka.codec import Outgoing, Record
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import StageConsumer, _Rebalance
from jobtracker.pipeline.kafka.processors import StageOutput, TopicPartitionKey
from tests.pipeline.kafka.fakes import FakeConsumer, FakeGroup, FakeRecord

TP = TopicPartition("in", 0)


class Died(BaseException):
    """What the process dying looks like from inside: nothing after it runs."""


class Fragile:
    """Passes records on; a b"kill" record kills the worker; can fail with outages first."""

    name = "fragile"

    def __init__(self, *, outages: int = 0) -> None:
        self.outages = outages
        self.calls: list[list[int]] = []

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        self.calls.append([r.offset for r in records])
        if self.outages:
            self.outages -= 1
            raise sa.exc.OperationalError("SELECT 1", {}, ConnectionRefusedError("db down"))
        out = StageOutput()
        for r in records:
            if r.value == b"kill":
                raise Died
            out.done += 1
            out.outgoing.append(Outgoing(topic="out", key=b"k", value=r.value or b""))
        return out

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        value = f"{record.offset}:{attempts}:{error}".encode()
        return StageOutput(
            done=1, dead_lettered=1, outgoing=[Outgoing(topic="dlq", key=b"k", value=value)]
        )

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        pass


class Effects:
    def __init__(self) -> None:
        self.published: list[Outgoing] = []

    async def write(self, rows: object, *, guard: object = None) -> None:
        pass

    async def publish(self, outgoing: Sequence[Outgoing]) -> None:
        self.published.extend(outgoing)


def _log(values: Sequence[bytes]) -> list[FakeRecord]:
    return [FakeRecord("in", 0, i, b"k", v) for i, v in enumerate(values)]


def _life(
    group: FakeGroup,
    log: list[FakeRecord],
    processor: Fragile,
    effects: Effects,
    *,
    batch: int = 10,
    revoke_after: int | None = None,
) -> bool:
    """One worker process: assigned the partition, polls until the log ends. False if it
    died."""
    consumer = FakeConsumer(assigned={TP}, group=group)
    settings = KafkaSettings(bootstrap="127.0.0.1:9092", max_attempts=3)
    stage = StageConsumer(
        name="fragile",
        topic="in",
        group_id="g",
        processor=processor,
        effects=effects,  # type: ignore[arg-type]
        settings=settings,
        notes=group,
    )
    stage._consumer = consumer  # type: ignore[assignment]
    stage.backoff.first_s = stage.backoff.most_s = 0.001
    stage.runner.retry_pause_s = 0.0

    async def run() -> None:
        await _Rebalance(stage).on_partitions_assigned([TP])
        position = group.position(TP)
        polls = 0
        while position < len(log):
            if revoke_after is not None and polls == revoke_after:
                await _Rebalance(stage).on_partitions_revoked([TP])
                return
            polls += 1
            assert polls < 100, "the partition does not move"
            fetched = log[position : position + batch]
            await stage.handle(fetched)  # type: ignore[arg-type]
            position = consumer.seeks.pop(TP, position + len(fetched))

    try:
        asyncio.run(run())
    except Died:
        return False
    return True


def test_a_record_that_kills_the_worker_is_dead_lettered_after_max_attempts_deaths() -> None:
    group, effects, processor = FakeGroup(), Effects(), Fragile()
    log = _log([b"a", b"b", b"c", b"d", b"kill", b"e", b"f", b"g", b"h", b"i", b"j", b"k"])
    deaths = 0
    while not _life(group, log, processor, effects):
        deaths += 1
        assert deaths < 10, "the worker keeps dying on the same record"
    # Uncounted: none (the first batch was announced). Then the batch once, and the killer
    # three times on its own.
    assert deaths == 4
    (letter,) = [o.value.decode() for o in effects.published if o.topic == "dlq"]
    assert letter.startswith("4:3:WorkerDied: a worker died 3 times")
    stored = [o.value for o in effects.published if o.topic == "out"]
    assert stored == [b"a", b"b", b"c", b"d", b"e", b"f", b"g", b"h", b"i", b"j", b"k"]
    assert group.committed[TP] == (12, "")  # through, and no note left behind
    # The suspect range (the dead batch, 0..9) went one by one; what followed, as a batch.
    assert processor.calls[-1] == [10, 11]


def test_a_clean_run_costs_one_note_per_assignment_and_leaves_none() -> None:
    group, effects, processor = FakeGroup(), Effects(), Fragile()
    log = _log([str(i).encode() for i in range(35)])
    assert _life(group, log, processor, effects)
    assert group.noted == 1
    assert group.committed[TP] == (35, "")
    assert processor.calls == [list(range(i, min(i + 10, 35))) for i in range(0, 35, 10)]


def test_outages_and_clean_revocations_are_not_counted_as_deaths() -> None:
    group, effects = FakeGroup(), Effects()
    log = _log([b"a", b"b", b"kill", b"c"])
    # The first batch is announced, hits an outage, and the partition is revoked cleanly:
    # the note is given back, so the next owner is not suspicious.
    assert _life(group, log, Fragile(outages=1), effects, revoke_after=1)
    assert group.committed[TP] == (0, "")
    assert not _life(group, log, Fragile(), effects)  # dies: its batch is now counted
    assert Note.decode(group.committed[TP][1]) == Note(at=0, tries=1, to=3)
    # One by one now; outages while a suspect is tried do not count as deaths either.
    assert not _life(group, log, Fragile(outages=2), effects)
    assert Note.decode(group.committed[TP][1]) == Note(at=2, tries=1, to=3)
    assert not _life(group, log, Fragile(), effects)
    assert not _life(group, log, Fragile(), effects)
    assert _life(group, log, Fragile(), effects)
    letters = [o.value for o in effects.published if o.topic == "dlq"]
    assert len(letters) == 1 and letters[0].startswith(b"2:3:")


@pytest.mark.parametrize("metadata", ["", "not json", '{"jt": 2}', '{"jt": 1, "at": "x"}', "[]"])
def test_metadata_we_did_not_write_is_no_note(metadata: str) -> None:
    assert Note.decode(metadata) is None


def test_a_note_survives_its_encoding() -> None:
    note = Note(at=123456789, tries=2, to=123457000)
    assert Note.decode(note.encode()) == note
    assert len(note.encode()) < 100  # far below the broker's offset.metadata.max.bytes
