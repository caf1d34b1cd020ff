"""Replaying dead letters after a fix (``jobtracker dlq replay``), on either transport.

A dead letter whose raw bytes were kept is turned back into the ``RawMail`` it came from and
re-submitted: inline, through the same handlers as an import, into the store; or on Kafka, onto
``mail.raw`` for the workers. It is then marked replayed (``dlq.replayed_at``), but only if it
has not failed again meanwhile: a letter that fails again is written anew, with its new error
and ``failed_at`` and no ``replayed_at``, so it shows up in ``jobtracker dlq`` again and keeps
its bytes. Replaying twice is harmless: what is stored already is skipped.

A letter without raw bytes (raw bytes are opt-in: ``--keep-raw``) cannot be replayed from the
store; importing its mailbox again retries it, since it was never stored.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from jobtracker.pipeline import rows
from jobtracker.pipeline.contracts import ClassifiedMessage, DeadLetter, RawMail
from jobtracker.pipeline.kafka import codec
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import build_producer
from jobtracker.pipeline.kafka.topics import Topics, ensure_topics
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import Normalizer, Skimmer, TrackStage, read_message
from jobtracker.pipeline.warmup import store_loader
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store, utcnow
from jobtracker.sinks.writer import TrackerWriter


@dataclass(kw_only=True, slots=True, frozen=True)
class Letter:
    """One row of the dlq table that can be replayed, as the mail it was."""

    dlq_id: str
    failed_at: datetime
    mail: RawMail


@dataclass(kw_only=True, slots=True)
class Selection:
    """The letters to replay, and why others asked for cannot be."""

    letters: list[Letter] = field(default_factory=list)
    no_raw: list[str] = field(default_factory=list)  # dlq_ids without kept bytes
    not_found: list[str] = field(default_factory=list)  # --id values not pending for the user


@dataclass(kw_only=True, slots=True)
class ReplayReport:
    submitted: int = 0
    stored: int = 0  # inline: went through this time
    already_stored: int = 0
    failed_again: int = 0  # inline: back in the DLQ with a new error
    marked: int = 0


def select(store: Store, user_id: str, ids: Sequence[str] = ()) -> Selection:
    """The user's dead letters not yet replayed (only ``ids`` when given), oldest first."""
    d = schema.dlq
    query = sa.select(d).where(d.c.user_id == user_id, d.c.replayed_at.is_(None))
    if ids:
        query = query.where(d.c.dlq_id.in_(list(ids)))
    with store.engine.connect() as conn:
        found = conn.execute(query.order_by(d.c.failed_at, d.c.dlq_id)).mappings().all()
    out = Selection(not_found=sorted(set(ids) - {row["dlq_id"] for row in found}))
    for row in found:
        if row["raw"] is None or not row["mailbox_id"]:
            out.no_raw.append(row["dlq_id"])
            continue
        mail = RawMail(
            user_id=row["user_id"],
            mailbox_id=row["mailbox_id"],
            provider=row["provider"],
            provider_message_id=row["provider_message_id"],
            raw=bytes(row["raw"]),
            locator=row["locator"] or "",
        )
        out.letters.append(Letter(dlq_id=row["dlq_id"], failed_at=row["failed_at"], mail=mail))
    return out


def mark_replayed(store: Store, letters: Sequence[Letter]) -> int:
    """Set ``replayed_at`` on letters that have not failed again since they were selected."""
    d = schema.dlq
    now = utcnow()
    marked = 0
    with store.transaction() as conn:
        for letter in letters:
            result = conn.execute(
                sa.update(d)
                .where(d.c.dlq_id == letter.dlq_id, d.c.failed_at == letter.failed_at)
                .values(replayed_at=now)
            )
            marked += result.rowcount or 0
    return marked


def replay_inline(
    settings: Settings,
    store: Store,
    letters: Sequence[Letter],
    *,
    normalize: Normalizer,
    classifier: Any,
    skim: Skimmer | None = None,
) -> ReplayReport:
    """Run the letters through the stage handlers here, write the result, mark them."""
    report = ReplayReport(submitted=len(letters))
    uids = [rows.message_uid(letter.mail.key) for letter in letters]
    stored = store.existing(schema.messages, "message_uid", uids)
    classified: list[ClassifiedMessage] = []
    again: list[tuple[DeadLetter, str | None]] = []
    for letter, uid in zip(letters, uids, strict=True):
        if uid in stored:
            report.already_stored += 1
            continue
        result = read_message(
            letter.mail, normalize=normalize, classifier=classifier, settings=settings, skim=skim
        )
        if isinstance(result, DeadLetter):
            # Keep the bytes, whatever --keep-raw says now: they are all there is.
            kept = result.model_copy(update={"raw": letter.mail.raw})
            again.append((kept, letter.mail.mailbox_id))
            continue
        classified.append(result)
    track = TrackStage(settings=settings, load_user=store_loader(store))
    out = track.track_batch(classified)
    for dead, mailbox_id in again:
        out.add(schema.dlq.name, rows.dlq_row(dead, mailbox_id))
    TrackerWriter(store).write(out.by_table)
    report.stored = len(classified)
    report.failed_again = len(again)
    report.marked = mark_replayed(store, letters)
    return report


async def publish_letters(kafka: KafkaSettings, letters: Sequence[Letter]) -> int:
    """Put the letters back on ``mail.raw``; returns how many the brokers acknowledged."""
    topics = Topics.of(kafka)
    await ensure_topics(kafka, topics)
    producer = build_producer(kafka)
    await producer.start()
    try:
        sent = []
        for letter in letters:
            record = codec.raw_mail_record(topics.raw, letter.mail)
            sent.append(
                await producer.send(
                    record.topic, record.value, key=record.key, headers=list(record.headers)
                )
            )
        await asyncio.wait_for(asyncio.gather(*sent), timeout=kafka.publish_timeout_s)
        return len(sent)
    finally:
        await producer.stop()


def replay_kafka(kafka: KafkaSettings, store: Store, letters: Sequence[Letter]) -> ReplayReport:
    """Publish the letters for the workers, then mark them (the workers write them anew if
    they fail again)."""
    report = ReplayReport(submitted=asyncio.run(publish_letters(kafka, letters)))
    report.marked = mark_replayed(store, letters)
    return report
