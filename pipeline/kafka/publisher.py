"""Publishing a mailbox onto ``mail.raw`` instead of processing it in-process.

One idempotent producer (acks=all, batching): records of one user share a key, hence a
partition, and arrive in mailbox order. Publishing twice is harmless: the stages skip what the
store holds. A message too large for a Kafka record is dead-lettered, not dropped.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from jobtracker.connectors.base import MailboxConnector
from jobtracker.pipeline.contracts import DeadLetter, RawMail
from jobtracker.pipeline.kafka import codec
from jobtracker.pipeline.kafka.codec import DeadLetterRecord, Outgoing
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.consumer import build_producer
from jobtracker.pipeline.kafka.topics import Topics, ensure_topics

_IN_FLIGHT = 20_000  # records awaiting their ack before reading slows down
_HEADROOM = 64 * 1024  # headers and record overhead


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


async def publish_mailbox(
    connector: MailboxConnector,
    settings: KafkaSettings,
    *,
    location: str,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> PublishReport:
    """Read ``connector`` to the end and publish every message; returns once all are acked."""
    topics = Topics.of(settings)
    await ensure_topics(settings, topics)
    report = PublishReport(mailbox_id=connector.mailbox_id, topic=topics.raw)
    limit = settings.max_message_bytes - _HEADROOM
    producer = build_producer(settings)
    await producer.start()
    started = time.perf_counter()
    pending: deque[asyncio.Future[object]] = deque()
    try:
        for item in connector.read():
            report.read += 1
            if len(item.mail.raw) > limit:
                record = _too_large(topics, item.mail, limit)
                report.dead_lettered += 1
            else:
                record = codec.raw_mail_record(topics.raw, item.mail, location=location)
                report.published += 1
            pending.append(
                await producer.send(
                    record.topic, record.value, key=record.key, headers=list(record.headers)
                )
            )
            if len(pending) >= _IN_FLIGHT:
                while len(pending) > _IN_FLIGHT // 2:
                    await pending.popleft()
            elif report.read % 256 == 0:
                await asyncio.sleep(0)  # let the sender run while the file is read
            if on_progress is not None and report.read % 500 == 0:
                on_progress(500, item.progress)
        await producer.flush()
        while pending:
            await pending.popleft()
        if on_progress is not None and report.read % 500:
            on_progress(report.read % 500, None)
    except (asyncio.CancelledError, KeyboardInterrupt):
        report.interrupted = True
    finally:
        await producer.stop()
        report.seconds = time.perf_counter() - started
    return report
