"""Faults: workers killed with SIGKILL mid-batch, the broker restarted, poison records fed in.

Afterwards the store must equal the inline transport's for the same mail: nothing lost,
nothing doubled, and the dead-letter table holding exactly the poison records.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiokafka import AIOKafkaProducer

from jobtracker.pipeline.kafka.config import DEFAULT_STAGES, STAGES, KafkaSettings, Stage
from jobtracker.pipeline.kafka.topics import Topics, ensure_topics
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store
from tests.connected import engines
from tests.connected.conftest import MailboxFactory
from tests.connected.engines import Engine, restart_broker
from tests.connected.harness import (
    Workers,
    export,
    inline_export,
    publish,
    wait_until_drained,
    workers,
)

pytestmark = pytest.mark.connected

WAVES = (
    (("ana", 201, 450), ("bruno", 202, 350)),
    (("chen", 203, 400),),
    (("dora", 204, 300), ("emil", 205, 200)),
)


def _poison(kafka: KafkaSettings, stages: Sequence[Stage]) -> set[tuple[str, str]]:
    """Publish records no stage of ``stages`` can use; returns the (stage,
    provider_message_id) each should leave in the dlq table."""
    topics = Topics.of(kafka)
    rng = random.Random(7)

    async def send() -> set[tuple[str, str]]:
        await ensure_topics(kafka, topics)
        producer = AIOKafkaProducer(bootstrap_servers=kafka.servers, acks="all")
        await producer.start()
        try:
            expected: set[tuple[str, str]] = set()

            async def put(
                topic: str, value: bytes, headers: list[tuple[str, bytes]] | None = None
            ) -> str:
                meta = await producer.send_and_wait(topic, value, key=b"ana", headers=headers)
                return f"{meta.topic}:{meta.partition}:{meta.offset}"

            # Not mail: binary garbage with proper headers. The normaliser dead-letters it.
            garbage = rng.randbytes(4096).replace(b":", b".")
            headers = [
                ("user_id", b"ana"),
                ("mailbox_id", b"file-poison"),
                ("provider", b"file"),
                ("provider_message_id", b"poison-garbage"),
                ("locator", b"poison.mbox:0"),
            ]
            await put(topics.raw, garbage, headers)
            expected.add(("normalize", "poison-garbage"))
            # A raw record without the headers that say whose it is.
            expected.add(("decode", await put(topics.raw, b"From: x\n\nno headers")))
            if "track" in stages:  # mail.classified has a consumer only with the stages apart
                # Not a ClassifiedMessage.
                expected.add(("decode", await put(topics.classified, b'{"schema_version": 1}')))
            # Not a dead letter.
            expected.add(("dlq", await put(topics.dlq, b"\xff not json")))
            return expected
        finally:
            await producer.stop()

    return asyncio.run(send())


def _kill_one(group: Workers, rng: random.Random) -> None:
    """SIGKILL a worker (maybe one still starting) and start another in its place."""
    group.kill(rng.choice(sorted(group.running)))
    group.start(wait_ready=False)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("layout", ["together", "apart"])
def test_killed_workers_a_restarted_broker_and_poison_lose_and_double_nothing(
    kafka_cluster: Engine,
    kafka_settings: KafkaSettings,
    postgres_db: str,
    mailbox: MailboxFactory,
    tmp_path: Path,
    layout: str,
) -> None:
    rng = random.Random(11)
    boxes = [[(mailbox(u, seed, n), u) for u, seed, n in wave] for wave in WAVES]
    # classify and track as one stage (the default), or apart with mail.classified between
    stages = DEFAULT_STAGES if layout == "together" else STAGES
    expected_letters = _poison(kafka_settings, stages)
    kills = 0
    args = ("--batch-size", "100", "--stages", ",".join(stages))
    with workers(kafka_settings, postgres_db, tmp_path / "logs", *args) as group:
        group.start()
        group.start()
        started = time.monotonic()
        for number, wave in enumerate(boxes):
            print(f"{time.monotonic() - started:6.1f}s wave {number}")
            publish(kafka_settings, wave)
            # Kill a worker while the wave is being processed, at a random moment.
            time.sleep(rng.uniform(0.5, 2.5))
            _kill_one(group, rng)
            kills += 1
            if number == 1:
                print(f"{time.monotonic() - started:6.1f}s restarting the broker")
                restart_broker(kafka_cluster)  # while both workers are busy with this wave
            else:
                time.sleep(rng.uniform(0.2, 1.5))
                _kill_one(group, rng)
                kills += 1
        for worker in group.running.values():
            group.wait_ready(worker)
        print(f"{time.monotonic() - started:6.1f}s waiting for the lag to drain")
        wait_until_drained(kafka_settings, timeout=240, stages=stages)
        print(f"{time.monotonic() - started:6.1f}s drained")
        group.stop_all()
    assert kills >= 3

    everything = [box for wave in boxes for box in wave]
    kafka = export(postgres_db, tmp_path / "kafka")
    inline = inline_export(everything, tmp_path)
    assert len(kafka.messages) == sum(n for wave in WAVES for _, _, n in wave)  # none lost
    assert kafka.messages == inline.messages
    assert kafka.applications == inline.applications
    app_ids = [a["application_id"] for a in kafka.applications]
    assert len(app_ids) == len(set(app_ids))  # none doubled

    store = Store(postgres_db)
    try:
        with store.engine.connect() as conn:
            letters = conn.execute(
                sa.select(schema.dlq.c.stage, schema.dlq.c.provider_message_id)
            ).all()
    finally:
        store.close()
    assert {(stage, pmid) for stage, pmid in letters} == expected_letters
    assert len(letters) == len(expected_letters)


@pytest.mark.timeout(300)
def test_a_broker_of_three_killed_mid_run_loses_and_doubles_nothing(
    postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    cluster = engines.kafka(3)
    settings = KafkaSettings(bootstrap=cluster.address, topic_prefix=f"t{uuid.uuid4().hex[:10]}.")
    boxes = [(mailbox(u, seed, n), u) for u, seed, n in (("fay", 211, 250), ("gus", 212, 200))]
    with workers(settings, postgres_db, tmp_path / "logs", "--batch-size", "50") as group:
        group.start()
        group.start()
        publish(settings, boxes[:1])
        time.sleep(1.0)
        # SIGKILL one node: its partitions' leaders move, replicas (min ISR 2) keep acks=all.
        restart_broker(cluster, node=2, kill=True)
        publish(settings, boxes[1:])
        wait_until_drained(settings, timeout=180)
        group.stop_all()
    kafka_export = export(postgres_db, tmp_path / "kafka")
    assert kafka_export == inline_export(boxes, tmp_path)
