"""Leases fence a worker that lost its partitions while it was busy (a zombie) out of the store."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from aiokafka import TopicPartition

from jobtracker.pipeline.kafka.codec import Record
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import StageConsumer, _Rebalance
from jobtracker.pipeline.kafka.fencing import Fenced, Holder, Leases, group_holder
from jobtracker.pipeline.kafka.processors import StageOutput, TopicPartitionKey
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store
from tests.connected.engines import postgres_db, postgres_server
from tests.pipeline.kafka.fakes import FakeConsumer, FakeGroup, FakeRecord, StoreEffects

__all__ = ["postgres_db", "postgres_server"]

P0 = ("in", 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterable[Store]:
    store = Store(str(tmp_path / "leases.duckdb"))
    yield store
    store.close()


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.connected)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterable[Store]:
    """The lease checks on both engines (row locks only exist on PostgreSQL)."""
    if request.param == "duckdb":
        url = str(tmp_path / "leases.duckdb")
    else:
        url = request.getfixturevalue("postgres_db")
    store = Store(url)
    yield store
    store.close()


def _check(store: Store, leases: Leases, partitions: Sequence[tuple[str, int]]) -> None:
    with store.transaction() as conn:
        leases.guard(partitions)(conn)


def test_a_later_generation_takes_over_and_the_earlier_one_is_fenced(any_store: Store) -> None:
    store = any_store
    old = Leases(store=store, group_id="g")
    new = Leases(store=store, group_id="g")
    assert old.take([P0, ("in", 1)], Holder(1, "a")) == []
    assert new.take([P0], Holder(2, "b")) == []
    with pytest.raises(Fenced, match=r"in\[0\] moved to another worker"):
        _check(store, old, [P0])
    assert not old.holds(P0)
    _check(store, old, [("in", 1)])  # still its own
    _check(store, new, [P0])
    # A take that comes late, after a later generation took the partition, is refused.
    assert old.take([P0], Holder(1, "a")) == [P0]
    assert not old.holds(P0)
    _check(store, new, [P0])


def test_other_groups_and_unleased_partitions(any_store: Store) -> None:
    store = any_store
    classify = Leases(store=store, group_id="classify")
    track = Leases(store=store, group_id="track")
    classify.take([P0], Holder(5, "a"))
    track.take([P0], Holder(1, "b"))  # another group's generations are its own
    _check(store, classify, [P0])
    _check(store, track, [P0])
    with pytest.raises(Fenced, match="no lease"):
        _check(store, track, [("in", 3)])


def test_a_lease_left_unused_runs_out(any_store: Store) -> None:
    store = any_store
    # The group was deleted and started again at generation 1: old leases must not block it.
    Leases(store=store, group_id="g").take([P0], Holder(40, "a"))
    fresh = Leases(store=store, group_id="g", stale_after_s=0)
    assert fresh.take([P0], Holder(1, "b")) == []
    _check(store, fresh, [P0])


class Writes:
    """A stage whose rows say which worker wrote them (one dlq row per record offset)."""

    name = "writes"

    def __init__(self, who: str) -> None:
        self.who = who
        self.processing = asyncio.Event()
        self.proceed = asyncio.Event()
        self.loop: asyncio.AbstractEventLoop | None = None

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        assert self.loop is not None
        self.loop.call_soon_threadsafe(self.processing.set)
        asyncio.run_coroutine_threadsafe(self.proceed.wait(), self.loop).result(5)
        out = StageOutput(done=len(records))
        for r in records:
            out.rows["dlq"].append(
                {
                    "dlq_id": f"{r.partition}:{r.offset}",
                    "user_id": "u",
                    "provider": "p",
                    "provider_message_id": str(r.offset),
                    "stage": "writes",
                    "error": self.who,
                    "attempts": 1,
                    "failed_at": datetime(2026, 1, 1),
                }
            )
        return out

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        raise AssertionError("not expected")

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        pass


def _stage(store: Store, processor: Writes, consumer: FakeConsumer) -> StageConsumer:
    stage = StageConsumer(
        name="writes",
        topic="in",
        group_id="g",
        processor=processor,
        effects=StoreEffects(store),  # type: ignore[arg-type]
        settings=KafkaSettings(bootstrap="127.0.0.1:9092"),
        notes=FakeGroup(),
        leases=Leases(store=store, group_id="g"),
    )
    stage._consumer = consumer  # type: ignore[assignment]
    return stage


def _writers(store: Store) -> dict[str, str]:
    with store.transaction() as conn:
        rows = conn.execute(sa.select(schema.dlq.c.dlq_id, schema.dlq.c.error)).all()
    return {dlq_id: error for dlq_id, error in rows}


BATCH = [FakeRecord("in", 0, 10, b"u", b"1"), FakeRecord("in", 0, 11, b"u", b"2")]
TP0 = TopicPartition("in", 0)


def test_a_zombie_that_wakes_up_after_the_takeover_writes_nothing(store: Store) -> None:
    zombie_consumer = FakeConsumer(assigned={TP0})
    owner_consumer = FakeConsumer(assigned={TP0})
    zombie = _stage(store, Writes("zombie"), zombie_consumer)
    owner = _stage(store, Writes("owner"), owner_consumer)

    async def scenario() -> None:
        for stage in (zombie, owner):
            assert isinstance(stage.processor, Writes)
            stage.processor.loop = asyncio.get_running_loop()
        # The zombie holds generation 1 and is stuck in a batch...
        zombie_consumer._coordinator = SimpleNamespace(generation=1, member_id="z")  # type: ignore[attr-defined]
        await _Rebalance(zombie).on_partitions_assigned([TP0])
        stuck = asyncio.create_task(zombie.handle(BATCH))  # type: ignore[arg-type]
        assert isinstance(zombie.processor, Writes)
        await zombie.processor.processing.wait()
        # ...when the group moves the partition to another worker, which handles it.
        owner_consumer._coordinator = SimpleNamespace(generation=2, member_id="o")  # type: ignore[attr-defined]
        await _Rebalance(owner).on_partitions_assigned([TP0])
        assert isinstance(owner.processor, Writes)
        owner.processor.proceed.set()
        await owner.handle(BATCH)  # type: ignore[arg-type]
        # The zombie wakes up.
        zombie.processor.proceed.set()
        await stuck

    asyncio.run(asyncio.wait_for(scenario(), 20))
    assert _writers(store) == {"0:10": "owner", "0:11": "owner"}
    assert owner_consumer.commits == [{TP0: 12}]
    assert zombie_consumer.commits == []
    assert zombie_consumer.seeks == {TP0: 10}  # rewound, and no longer fetched
    assert zombie_consumer.paused == {TP0}


def test_a_take_that_comes_after_a_later_generations_is_refused(store: Store) -> None:
    late_consumer = FakeConsumer(assigned={TP0})
    late = _stage(store, Writes("late"), late_consumer)
    Leases(store=store, group_id="g").take([P0], Holder(3, "o"))
    assert isinstance(late.processor, Writes)

    async def scenario() -> None:
        assert isinstance(late.processor, Writes)
        late.processor.loop = asyncio.get_running_loop()
        late.processor.proceed.set()
        late.leases.assigned([P0], Holder(2, "l"))  # type: ignore[union-attr]
        await late.handle(BATCH)  # type: ignore[arg-type]

    asyncio.run(asyncio.wait_for(scenario(), 20))
    assert _writers(store) == {}
    assert late_consumer.commits == []
    assert late_consumer.paused == {TP0}


def test_group_holder_reads_the_coordinator() -> None:
    consumer = SimpleNamespace(_coordinator=SimpleNamespace(generation=7, member_id="m-1"))
    assert group_holder(consumer) == Holder(7, "m-1")
    with pytest.raises(RuntimeError, match="generation"):
        group_holder(SimpleNamespace())
