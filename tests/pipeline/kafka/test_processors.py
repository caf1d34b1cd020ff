"""The stage processors against a real DuckDB store, with in-memory topics."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from jobtracker.pipeline.kafka import codec
from jobtracker.pipeline.kafka.batches import BatchRunner
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.processors import (
    ClassifyProcessor,
    ClassifyTrackProcessor,
    DeadLetterProcessor,
    TrackProcessor,
)
from jobtracker.pipeline.kafka.topics import Topics
from jobtracker.pipeline.kafka.worker import build_processor
from jobtracker.pipeline.samplegen import write_mbox
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.vocabulary import Category
from jobtracker.pipeline.wiring import import_mailbox, open_source
from jobtracker.sinks import queries
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import TrackerWriter
from tests.pipeline.cli_helpers import dump
from tests.pipeline.kafka.fakes import FakeRecord, StoreEffects, Topic
from tests.sinks.factories import classified

TOPICS = Topics.of(KafkaSettings(bootstrap="127.0.0.1:9092"))
USERS = (("ana", 31, 220), ("ben", 32, 180))


@pytest.fixture(scope="module")
def mailboxes(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, str]]:
    root = tmp_path_factory.mktemp("boxes")
    boxes = []
    for user, seed, count in USERS:
        path = root / f"{user}.mbox"
        write_mbox(path, seed=seed, count=count, user_id=user)
        boxes.append((path, user))
    return boxes


def _publish(boxes: list[tuple[Path, str]], topic: Topic) -> None:
    for path, user in boxes:
        for item in open_source(path, user_id=user).read():
            topic.append(codec.raw_mail_record(topic.name, item.mail, location=str(path.resolve())))


def _run(runner: BatchRunner, topic: Topic, batch: int, into: dict[str, Topic]) -> None:
    """Consume ``topic`` partition by partition, in batches, publishing what comes out."""
    effects = runner.effects
    assert isinstance(effects, StoreEffects)
    for log in topic.partitions:
        for start in range(0, len(log), batch):
            before = len(effects.published)
            out = asyncio.run(runner.run(log[start : start + batch]))
            assert out.done == len(log[start : start + batch])
            for o in effects.published[before:]:
                if o.topic in into:
                    into[o.topic].append(o)


def _kafka_run(db: Path, boxes: list[tuple[Path, str]]) -> dict[str, Topic]:
    settings = Settings(db=str(db))
    store = Store(settings.db)
    raw, classified, dlq = Topic(TOPICS.raw), Topic(TOPICS.classified), Topic(TOPICS.dlq)
    _publish(boxes, raw)
    try:
        classify = _classify_processor(settings, store)
        effects = StoreEffects(store)
        into = {TOPICS.classified: classified, TOPICS.dlq: dlq}
        _run(BatchRunner(processor=classify, effects=effects), raw, 50, into)
        track = TrackProcessor(settings=settings, topics=TOPICS, store=store)
        _run(BatchRunner(processor=track, effects=effects), classified, 37, into)
        _run(
            BatchRunner(processor=DeadLetterProcessor(topics=TOPICS), effects=effects), dlq, 10, {}
        )
    finally:
        store.close()
    return {"raw": raw, "classified": classified, "dlq": dlq}


def _fused_run(db: Path, boxes: list[tuple[Path, str]], batch: int = 50) -> StoreEffects:
    """The classify+track layout: one stage on mail.raw, then the dlq stage."""
    settings = Settings(db=str(db))
    store = Store(settings.db)
    raw, dlq = Topic(TOPICS.raw), Topic(TOPICS.dlq)
    _publish(boxes, raw)
    try:
        fused = build_processor("classify+track", settings, TOPICS, store)
        assert isinstance(fused, ClassifyTrackProcessor)
        effects = StoreEffects(store)
        _run(BatchRunner(processor=fused, effects=effects), raw, batch, {TOPICS.dlq: dlq})
        _run(
            BatchRunner(processor=DeadLetterProcessor(topics=TOPICS), effects=effects), dlq, 10, {}
        )
    finally:
        store.close()
    return effects


def _classify_processor(settings: Settings, store: Store) -> ClassifyProcessor:
    """The classify stage as the worker builds it."""
    processor = build_processor("classify", settings, TOPICS, store)
    assert isinstance(processor, ClassifyProcessor)
    return processor


def test_the_stages_store_exactly_what_the_inline_transport_stores(
    mailboxes: list[tuple[Path, str]], tmp_path: Path
) -> None:
    _kafka_run(tmp_path / "kafka.duckdb", mailboxes)
    inline_db = tmp_path / "inline.duckdb"
    store = Store(str(inline_db))
    try:
        for path, user in mailboxes:
            import_mailbox(Settings(db=str(inline_db)), store, path, user_id=user)
    finally:
        store.close()
    assert dump(tmp_path / "kafka.duckdb") == dump(inline_db)


def test_classify_and_track_together_store_what_they_store_apart(
    mailboxes: list[tuple[Path, str]], tmp_path: Path
) -> None:
    apart = tmp_path / "apart.duckdb"
    _kafka_run(apart, mailboxes)
    together = _fused_run(tmp_path / "together.duckdb", mailboxes, batch=43)
    assert dump(tmp_path / "together.duckdb") == dump(apart)
    assert together.on(TOPICS.classified) == []  # no round trip through mail.classified
    events = [
        codec.event_from(FakeRecord(o.topic, 0, 0, o.key, o.value))
        for o in together.on(TOPICS.events)
    ]
    assert len(events) == len(dump(apart)["application_events"])
    assert {e.user_id for e in events} == {user for user, _, _ in USERS}


def test_classify_and_track_together_replayed_change_nothing_and_announce_again(
    mailboxes: list[tuple[Path, str]], tmp_path: Path
) -> None:
    db = tmp_path / "k.duckdb"
    first = _fused_run(db, mailboxes[:1])
    before = dump(db)
    # The same records again, as after a worker died between writing and committing.
    again = _fused_run(db, mailboxes[:1], batch=64)
    assert dump(db) == before
    assert len(again.on(TOPICS.events)) == len(first.on(TOPICS.events)) > 0


def test_classify_and_track_together_dead_letter_what_is_not_mail(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "d.duckdb"))
    store = Store(settings.db)
    try:
        fused = build_processor("classify+track", settings, TOPICS, store)
        headers = (
            ("user_id", b"ana"),
            ("mailbox_id", b"mbx"),
            ("provider", b"file"),
            ("provider_message_id", b"pm-x"),
            ("locator", b"x.mbox:3"),
        )
        garbage = FakeRecord(TOPICS.raw, 0, 3, b"ana", b"\x89PNG\x00\x01binary", headers)
        anonymous = FakeRecord(TOPICS.raw, 0, 4, b"ana", b"Subject: hi\n\nhello", ())
        out = fused.process([garbage, anonymous])
    finally:
        store.close()
    letters = [
        codec.dead_letter_from(FakeRecord(o.topic, 0, 0, o.key, o.value)) for o in out.outgoing
    ]
    assert [(d.letter.stage, d.letter.provider_message_id) for d in letters] == [
        ("normalize", "pm-x"),
        ("decode", f"{TOPICS.raw}:0:4"),
    ]
    assert (out.done, out.dead_lettered, out.stored) == (2, 2, 0)
    assert not any(out.rows.values())


def test_replaying_every_topic_changes_nothing_and_announces_again(
    mailboxes: list[tuple[Path, str]], tmp_path: Path
) -> None:
    db = tmp_path / "k.duckdb"
    topics = _kafka_run(db, mailboxes[:1])
    before = dump(db)
    settings = Settings(db=str(db))
    store = Store(settings.db)
    try:
        # A worker that died after writing but before committing: its batch comes again.
        effects = StoreEffects(store)
        track = TrackProcessor(settings=settings, topics=TOPICS, store=store)
        _run(BatchRunner(processor=track, effects=effects), topics["classified"], 64, {})
        classify = _classify_processor(settings, store)
        _run(BatchRunner(processor=classify, effects=effects), topics["raw"], 64, {})
    finally:
        store.close()
    assert dump(db) == before
    # The stored events go out again (consumers dedupe by event id); nothing is reclassified.
    assert len(effects.on(TOPICS.events)) == len(before["application_events"])
    assert effects.on(TOPICS.classified) == []


def test_records_that_are_not_mail_become_dead_letters(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "d.duckdb"))
    store = Store(settings.db)
    try:
        classify = _classify_processor(settings, store)
        headers = (
            ("user_id", b"ana"),
            ("mailbox_id", b"mbx"),
            ("provider", b"file"),
            ("provider_message_id", b"pm-garbage"),
            ("locator", b"x.mbox:0"),
        )
        garbage = FakeRecord(TOPICS.raw, 2, 7, b"ana", b"\x89PNG\x00\x01binary", headers)
        anonymous = FakeRecord(TOPICS.raw, 1, 9, b"ana", b"Subject: hi\n\nhello", ())
        out = classify.process([garbage, anonymous])
        letters = [
            codec.dead_letter_from(FakeRecord(o.topic, 0, 0, o.key, o.value)) for o in out.outgoing
        ]
    finally:
        store.close()
    assert [(d.letter.stage, d.letter.provider_message_id) for d in letters] == [
        ("normalize", "pm-garbage"),
        ("decode", f"{TOPICS.raw}:1:9"),
    ]
    assert letters[0].mailbox_id == "mbx"
    assert (letters[0].source_partition, letters[0].source_offset) == (2, 7)
    assert out.dead_lettered == 2 and out.done == 2


def _track_once(track: TrackProcessor, store: Store, n: int) -> None:
    item = classified(n, category=Category.CONFIRMATION if n == 0 else Category.INTERVIEW)
    out = codec.classified_record(TOPICS.classified, item)
    record = FakeRecord(TOPICS.classified, 0, n, out.key, out.value)
    TrackerWriter(store).write(track.process([record]).rows)


@pytest.mark.parametrize("forget", [True, False])
def test_a_partition_that_comes_back_is_read_again_from_the_store(
    tmp_path: Path, forget: bool
) -> None:
    settings = Settings(db=str(tmp_path / "t.duckdb"))
    store = Store(settings.db)
    try:
        first = TrackProcessor(settings=settings, topics=TOPICS, store=store)
        second = TrackProcessor(settings=settings, topics=TOPICS, store=store)
        _track_once(first, store, 0)  # worker A owns the partition
        _track_once(second, store, 1)  # a rebalance gave it to worker B
        if forget:  # ... and back to A, whose listener drops what it knew
            first.forget([(TOPICS.classified, 0)])
        _track_once(first, store, 2)
        (app,) = queries.user_applications(store, "me")
    finally:
        store.close()
    assert app["message_count"] == (3 if forget else 2)  # stale memory loses B's message
