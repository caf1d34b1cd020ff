"""The consumer's bookkeeping: commit what is durable, rewind what is not, yield on rebalance."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from aiokafka import TopicPartition

from jobtracker.pipeline.kafka.codec import Outgoing, Record
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import StageConsumer, _Rebalance
from jobtracker.pipeline.kafka.processors import StageOutput, TopicPartitionKey
from tests.pipeline.kafka.fakes import FakeConsumer, FakeRecord


class Echo:
    name = "echo"

    def __init__(self, *, fail: BaseException | None = None, slow_s: float = 0.0) -> None:
        self.fail = fail
        self.slow_s = slow_s
        self.events: list[str] = []

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        self.events.append("process")
        time.sleep(self.slow_s)
        if self.fail is not None:
            raise self.fail
        return StageOutput(done=len(records), outgoing=[Outgoing(topic="o", key=b"k", value=b"v")])

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        raise AssertionError("not expected")

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        self.events.append(f"forget {sorted(partitions or ())}")


class Effects:
    def __init__(self, events: list[str]) -> None:
        self.events = events

    async def write(self, rows: object, *, guard: object = None) -> None:
        self.events.append("write")

    async def publish(self, outgoing: Sequence[Outgoing]) -> None:
        self.events.append("publish")


def _stage(processor: Echo, consumer: FakeConsumer) -> StageConsumer:
    stage = StageConsumer(
        name="echo",
        topic="in",
        group_id="g",
        processor=processor,
        effects=Effects(processor.events),  # type: ignore[arg-type]
        settings=KafkaSettings(bootstrap="127.0.0.1:9092"),
    )
    stage._consumer = consumer  # type: ignore[assignment]
    return stage


BATCH = [
    FakeRecord("in", 0, 10, b"a", b"1"),
    FakeRecord("in", 1, 5, b"b", b"2"),
    FakeRecord("in", 0, 11, b"a", b"3"),
    FakeRecord("in", 2, 7, b"c", b"4"),
]


def test_offsets_are_committed_after_the_publish_and_only_for_owned_partitions() -> None:
    consumer = FakeConsumer(assigned={TopicPartition("in", 0), TopicPartition("in", 1)})
    processor = Echo()
    stage = _stage(processor, consumer)
    asyncio.run(stage.handle(BATCH))  # type: ignore[arg-type]
    # Partition 2 went to another worker after the fetch: its record is not ours to handle.
    assert consumer.commits == [{TopicPartition("in", 0): 12, TopicPartition("in", 1): 6}]
    assert processor.events == ["process", "publish"]
    assert stage.stats.records == 3


def test_an_outage_rewinds_the_batch_and_commits_nothing() -> None:
    consumer = FakeConsumer(assigned={TopicPartition("in", p) for p in range(3)})
    stage = _stage(Echo(fail=sa.exc.OperationalError("x", {}, OSError("db gone"))), consumer)
    stage.backoff.first_s = 0.01
    asyncio.run(stage.handle(BATCH))  # type: ignore[arg-type]
    assert consumer.commits == []
    assert consumer.seeks == {
        TopicPartition("in", 0): 10,
        TopicPartition("in", 1): 5,
        TopicPartition("in", 2): 7,
    }
    assert stage.stats.retries == 1


def test_a_revocation_waits_for_the_batch_in_flight() -> None:
    consumer = FakeConsumer(assigned={TopicPartition("in", p) for p in range(3)})
    processor = Echo(slow_s=0.2)
    stage = _stage(processor, consumer)

    async def scenario() -> None:
        batch = asyncio.create_task(stage.handle(BATCH))  # type: ignore[arg-type]
        await asyncio.sleep(0.05)  # the batch is being processed
        await _Rebalance(stage).on_partitions_revoked([TopicPartition("in", 0)])
        assert batch.done()

    asyncio.run(scenario())
    assert processor.events == ["process", "publish", "forget [('in', 0)]"]
    assert len(consumer.commits) == 1  # committed before the partition was given away
