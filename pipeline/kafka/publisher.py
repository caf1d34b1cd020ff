"""Publishing a mailbox onto ``mail.raw`` instead of processing it in-process.

One idempotent producer (acks=all, batching): records of one user share a key, hence a
partition, and arrive in mailbox order. Publishing twice is harmless: the stages skip what the
store holds. A message too large for a Kafka record is dead-lettered, not dropped.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from jobtracker.connectors.base import MailboxConnector
from jobtracker.pipeline.contracts import DeadLetter, RawMail
from jobtracker.pipeline.kafka import codec
from jobtracker.pipeline.kafka.codec import DeadLetterRecord, Outgoing
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import build_producer
from jobtracker.pipeline.kafka.topics import Topics, ensure_topics

__all__ = ["PublishReport", "ResumePoint", "publish_mailbox", "resume_point_path"]

_IN_FLIGHT = 20_000  # records awaiting their ack before reading slows down
_HEADROOM = 64 * 1024  # headers and record overhead
_SAVE_EVERY_S = 2.0  # how often the resume point is saved while publishing


@dataclass(kw_only=True, slots=True)
class PublishReport:
    """What one publish did. ``read == published + dead_lettered``."""

    mailbox_id: str
    topic: str
    read: int = 0
    published: int = 0
    dead_lettered: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def _too_large(topics: Topics, mail: RawMail, limit: int) -> Outgoing:
    letter = DeadLetter(
        user_id=mail.user_id,
        provider=mail.provider,
        provider_message_id=mail.provider_message_id,
        stage="publish",
        error=f"message of {len(mail.raw):,} bytes is over the Kafka record limit of {limit:,}",
        locator=mail.locator,
        failed_at=datetime.now(UTC),
    )
    return codec.dead_letter_record(
        topics.dlq, DeadLetterRecord(letter=letter, mailbox_id=mail.mailbox_id)
    )


class _Acks:
    """Send futures in send order, and the resume token of the last message acked in order."""

    def __init__(self, on_checkpoint: Callable[[str], None] | None) -> None:
        self.pending: deque[tuple[asyncio.Future[object], str]] = deque()
        self.acked: str | None = None
        self._on_checkpoint = on_checkpoint
        self._saved_at = time.monotonic()

    def add(self, future: asyncio.Future[object], token: str) -> None:
        self.pending.append((future, token))

    async def wait_first(self) -> None:
        future, token = self.pending.popleft()
        await future
        self.acked = token
        if self._on_checkpoint is not None and time.monotonic() - self._saved_at > _SAVE_EVERY_S:
            self._on_checkpoint(token)
            self._saved_at = time.monotonic()

    def settle_done(self) -> None:
        """After an interruption: count what was acked, in order, and save that point."""
        while self.pending and self.pending[0][0].done():
            future, token = self.pending.popleft()
            if future.cancelled() or future.exception() is not None:
                break
            self.acked = token
        if self._on_checkpoint is not None and self.acked is not None:
            self._on_checkpoint(self.acked)


async def publish_mailbox(
    connector: MailboxConnector,
    settings: KafkaSettings,
    *,
    location: str,
    on_progress: Callable[[int, int | None], None] | None = None,
    resume_from: str | None = None,
    on_checkpoint: Callable[[str], None] | None = None,
) -> PublishReport:
    """Read ``connector`` to the end and publish every message; returns once all are acked.

    ``resume_from`` starts after a token an interrupted publish saved through ``on_checkpoint``,
    which gets, now and then and when interrupted, the token of the last message that the
    broker acknowledged with every message before it.
    """
    topics = Topics.of(settings)
    await ensure_topics(settings, topics)
    report = PublishReport(mailbox_id=connector.mailbox_id, topic=topics.raw)
    limit = settings.max_message_bytes - _HEADROOM
    producer = build_producer(settings)
    await producer.start()
    started = time.perf_counter()
    acks = _Acks(on_checkpoint)
    pending = acks.pending
    try:
        for item in connector.read(resume_from=resume_from):
            report.read += 1
            if len(item.mail.raw) > limit:
                record = _too_large(topics, item.mail, limit)
                report.dead_lettered += 1
            else:
                record = codec.raw_mail_record(topics.raw, item.mail, location=location)
                report.published += 1
            acks.add(
                await producer.send(
                    record.topic, record.value, key=record.key, headers=list(record.headers)
                ),
                item.checkpoint,
            )
            if len(pending) >= _IN_FLIGHT:
                while len(pending) > _IN_FLIGHT // 2:
                    await acks.wait_first()
            elif report.read % 256 == 0:
                await asyncio.sleep(0)  # let the sender run while the file is read
            if on_progress is not None and report.read % 500 == 0:
                on_progress(500, item.progress)
        await producer.flush()
        while pending:
            await acks.wait_first()
        if on_progress is not None and report.read % 500:
            on_progress(report.read % 500, None)
    except (asyncio.CancelledError, KeyboardInterrupt):
        report.interrupted = True
        acks.settle_done()
    finally:
        await producer.stop()
        report.seconds = time.perf_counter() - started
    return report


@dataclass(kw_only=True, slots=True)
class ResumePoint:
    """Where an interrupted ``import --transport kafka`` of one mailbox stopped.

    Kept in a small file on the publishing machine (the broker has no place for it), one per
    mailbox, cluster and topic prefix; removed when a publish completes.
    """

    path: Path

    def load(self) -> str | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # none, or unreadable: publish from the start (duplicates are skipped)
        token = data.get("token") if isinstance(data, dict) else None
        return token if isinstance(token, str) else None

    def save(self, token: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"token": token}), encoding="utf-8")
        tmp.replace(self.path)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def resume_point_path(settings: KafkaSettings, mailbox_id: str) -> Path:
    base = os.environ.get("JOBTRACKER_STATE_DIR") or platformdirs.user_state_dir("jobtracker")
    digest = hashlib.sha256(
        "\0".join((",".join(settings.servers), settings.topic_prefix, mailbox_id)).encode()
    ).hexdigest()[:24]
    return Path(base) / "publish" / f"{digest}.json"
