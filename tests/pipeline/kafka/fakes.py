"""In-memory stand-ins at the transport seam: records, a consumer, the effects of a batch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import TopicPartition

from jobtracker.pipeline.kafka.codec import Outgoing
from jobtracker.pipeline.kafka.fencing import Guard
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import TrackerWriter


@dataclass(frozen=True)
class FakeRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()


class Topic:
    """A log of records per partition, as Kafka keeps them (keyed by user, in order)."""

    def __init__(self, name: str, partitions: int = 3) -> None:
        self.name = name
        self.partitions: list[list[FakeRecord]] = [[] for _ in range(partitions)]

    def append(self, out: Outgoing) -> FakeRecord:
        number = sum(out.key) % len(self.partitions)
        log = self.partitions[number]
        record = FakeRecord(self.name, number, len(log), out.key, out.value, out.headers)
        log.append(record)
        return record

    def records(self) -> list[FakeRecord]:
        return [r for log in self.partitions for r in log]


@dataclass
class StoreEffects:
    """Writes to a real store and keeps what was published, per topic."""

    store: Store
    published: list[Outgoing] = field(default_factory=list)
    writes: int = 0

    async def write(
        self, rows: Mapping[str, Sequence[Mapping[str, Any]]], *, guard: Guard | None = None
    ) -> None:
        self.writes += 1
        TrackerWriter(self.store).write(rows, guard=guard)

    async def publish(self, outgoing: Sequence[Outgoing]) -> None:
        self.published.extend(outgoing)

    def on(self, topic: str) -> list[Outgoing]:
        return [o for o in self.published if o.topic == topic]


@dataclass
class FakeGroup:
    """A consumer group's committed offsets and their metadata, outliving its members."""

    committed: dict[TopicPartition, tuple[int, str]] = field(default_factory=dict)
    noted: int = 0  # commits that carried metadata

    def commit(self, offsets: Mapping[TopicPartition, int | tuple[int, str]]) -> None:
        for tp, value in offsets.items():
            offset, metadata = (value, "") if isinstance(value, int) else value
            self.noted += bool(metadata)
            self.committed[tp] = (offset, metadata)

    def position(self, tp: TopicPartition) -> int:
        return self.committed.get(tp, (0, ""))[0]

    async def read(self, partitions: Sequence[TopicPartition]) -> dict[TopicPartition, str]:
        return {tp: self.committed[tp][1] for tp in partitions if tp in self.committed}

    async def write(self, notes: Mapping[TopicPartition, tuple[int, str]]) -> None:
        self.commit(notes)


@dataclass
class FakeConsumer:
    """What StageConsumer asks of aiokafka's consumer; commits land in ``group`` if given."""

    assigned: set[TopicPartition]
    seeks: dict[TopicPartition, int] = field(default_factory=dict)
    commits: list[dict[TopicPartition, int]] = field(default_factory=list)
    group: FakeGroup | None = None
    paused: set[TopicPartition] = field(default_factory=set)

    def assignment(self) -> set[TopicPartition]:
        return set(self.assigned)

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seeks[tp] = offset

    def pause(self, *partitions: TopicPartition) -> None:
        self.paused.update(partitions)

    async def commit(self, offsets: Mapping[TopicPartition, int]) -> None:
        self.commits.append(dict(offsets))
        if self.group is not None:
            self.group.commit(offsets)


def tps(records: Iterable[FakeRecord]) -> set[TopicPartition]:
    return {TopicPartition(r.topic, r.partition) for r in records}
