"""A record that makes a stage fail every time: tried, isolated, dead-lettered, and the
partition keeps flowing (the worker runs in this process, with a stage that chokes on it)."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.kafka.codec import Record
from jobtracker.pipeline.kafka.config import STAGES, KafkaSettings, Stage
from jobtracker.pipeline.kafka.lag import consumer_lag
from jobtracker.pipeline.kafka.processors import Processor, StageOutput, TrackProcessor
from jobtracker.pipeline.kafka.publisher import publish_mailbox
from jobtracker.pipeline.kafka.topics import Topics
from jobtracker.pipeline.kafka.worker import Worker, build_processor
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.wiring import open_source
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store
from tests.connected.conftest import MailboxFactory
from tests.connected.harness import cli, export, inline_export

pytestmark = pytest.mark.connected

POISON = b"""From poison@example.com Mon Mar  2 10:00:00 2026
From: Ana Recruiter <ana@jobs.example.com>
To: me@example.org
Subject: POISON-PILL about your application
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <poison-pill@example.com>

This message makes the track stage fail, every time.

"""


class ChokingTrack(TrackProcessor):
    """The real track stage, with a bug that one message sets off."""

    def process(self, records: list[Record], *, deadline: float | None = None) -> StageOutput:  # type: ignore[override]
        if any(b"POISON-PILL" in (r.value or b"") for r in records):
            raise RuntimeError("the correlator tripped over this one")
        return super().process(records, deadline=deadline)


def _build(stage: Stage, settings: Settings, topics: Topics, store: Store) -> Processor:
    if stage == "track":
        return ChokingTrack(settings=settings, topics=topics, store=store)
    return build_processor(stage, settings, topics, store)


def test_a_record_that_always_fails_is_dead_lettered_and_the_rest_is_stored(
    kafka_settings: KafkaSettings, postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    clean = mailbox("ana", 501, 300)
    chunks = re.split(rb"(?m)^(?=From )", clean.read_bytes())
    poisoned = tmp_path / "poisoned.mbox"
    poisoned.write_bytes(b"".join([*chunks[:150], POISON, *chunks[150:]]))
    kafka = kafka_settings.model_copy(update={"batch_records": 40})

    async def scenario() -> None:
        worker = Worker(Settings(db=postgres_db), kafka, STAGES, build=_build)
        running = asyncio.create_task(worker.run())
        source = open_source(poisoned, user_id="ana")
        report = await publish_mailbox(source, kafka, location=str(clean.resolve()))
        assert report.published == 301
        deadline = time.monotonic() + 120
        while any((await consumer_lag(kafka, STAGES)).values()):
            assert time.monotonic() < deadline, "the poison record stopped the partition"
            await asyncio.sleep(0.5)
        worker.stop()
        stats = await running
        assert stats["track"].dead_lettered == 1

    asyncio.run(scenario())
    store = Store(postgres_db)
    try:
        with store.engine.connect() as conn:
            letters = conn.execute(sa.select(schema.dlq)).mappings().all()
    finally:
        store.close()
    (letter,) = letters
    assert (letter["stage"], letter["attempts"]) == ("track", 3)
    assert "RuntimeError: the correlator tripped over this one" in letter["error"]
    assert letter["locator"].startswith(Topics.of(kafka).classified + ":")
    assert letter["user_id"] == "ana" and letter["mailbox_id"]
    # Everything else is stored as the inline transport stores the clean mailbox.
    assert export(postgres_db, tmp_path / "kafka") == inline_export([(clean, "ana")], tmp_path)


async def _run_until_drained(worker: Worker, kafka: KafkaSettings) -> None:
    running = asyncio.create_task(worker.run())
    deadline = time.monotonic() + 180
    await asyncio.sleep(1.0)
    while any((await consumer_lag(kafka, STAGES)).values()):
        assert time.monotonic() < deadline, f"not drained: {await consumer_lag(kafka, STAGES)}"
        assert not running.done(), running.result()
        await asyncio.sleep(0.5)
    worker.stop()
    await running


@pytest.mark.timeout(600)
def test_dead_letters_replayed_through_kafka_after_the_fix_are_stored(
    kafka_settings: KafkaSettings, postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    clean = mailbox("ana", 502, 120)
    chunks = re.split(rb"(?m)^(?=From )", clean.read_bytes())
    poisoned = tmp_path / "poisoned.mbox"
    poisoned.write_bytes(b"".join([*chunks[:60], POISON, *chunks[60:]]))
    kafka = kafka_settings.model_copy(update={"batch_records": 40})
    settings = Settings(db=postgres_db, keep_raw=True)

    async def with_the_bug() -> None:
        worker = Worker(settings, kafka, STAGES, build=_build)
        source = open_source(poisoned, user_id="ana")
        report = await publish_mailbox(source, kafka, location=str(poisoned.resolve()))
        assert report.published == 121
        await _run_until_drained(worker, kafka)

    asyncio.run(with_the_bug())
    store = Store(postgres_db)
    try:
        with store.engine.connect() as conn:
            (letter,) = conn.execute(sa.select(schema.dlq)).mappings().all()
    finally:
        store.close()
    assert letter["stage"] == "track" and b"POISON-PILL" in letter["raw"]
    assert letter["replayed_at"] is None

    cli(
        "--db", postgres_db, "dlq", "replay", "--user", "ana", "--transport", "kafka",
        "--kafka", kafka.bootstrap, "--topic-prefix", kafka.topic_prefix,
    )  # fmt: skip
    asyncio.run(_run_until_drained(Worker(settings, kafka, STAGES), kafka))  # the fix
    store = Store(postgres_db)
    try:
        with store.engine.connect() as conn:
            (after,) = conn.execute(sa.select(schema.dlq)).mappings().all()
    finally:
        store.close()
    assert after["replayed_at"] is not None and after["failed_at"] == letter["failed_at"]
    # The poison is now stored like any message: the export equals the inline one of all 121.
    kafka_export = export(postgres_db, tmp_path / "kafka")
    assert len(kafka_export.messages) == 121
    assert kafka_export == inline_export([(poisoned, "ana")], tmp_path)
