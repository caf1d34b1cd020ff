"""One stage as a consumer group: a FastStream batch subscriber that commits only what is durable.

FastStream runs the poll loop, the process lifecycle and graceful shutdown; three of its
defaults do not fit a sink and are replaced here:

- its default ack policy commits when a batch arrives (at-most-once). We subscribe with
  ``AckPolicy.MANUAL`` and, after the batch is written and its records are published, commit
  explicit offsets (``{partition: last handled + 1}``) on the aiokafka consumer ourselves;
- with manual acks a handler that fails is simply passed by, and the next batch's commit
  would then cover the failed records. Our handler never fails: what it could not finish it
  rewinds (``seek`` to the first record not handled), so the next poll returns it again;
- its parser decodes every header as UTF-8 and would drop a whole batch for one bad header.
  Ours hands the records over untouched; the stage decides what a bad record becomes.

On a rebalance, ``on_partitions_revoked`` waits for the batch in flight (the same lock the
handler holds), so it is written and committed before another worker gets the partitions,
then drops what the stage remembers about their users. A record that kills the worker is
counted across deaths in the committed offset's metadata (``attempts``) and dead-lettered
after ``max_attempts`` of them. With at-least-once delivery and
idempotent writes, anything in between (a worker killed by SIGKILL, a commit lost to a broker
restart) is handled again and changes nothing. A worker that lost its partitions while busy
is kept from writing for them by leases (``fencing``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError
from aiokafka.partitioner import DefaultPartitioner
from faststream.kafka import KafkaBroker
from faststream.kafka.annotations import KafkaMessage
from faststream.kafka.message import FAKE_CONSUMER
from faststream.kafka.message import KafkaMessage as KafkaStreamMessage
from faststream.middlewares import AckPolicy

from jobtracker.pipeline.kafka.attempts import CrashGuard, KafkaOffsetNotes, OffsetNotes
from jobtracker.pipeline.kafka.batches import BatchRunner, SystemicFailure, describe
from jobtracker.pipeline.kafka.codec import Outgoing
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.fencing import Fenced, Guard, Leases, group_holder
from jobtracker.pipeline.kafka.processors import Processor, StageOutput
from jobtracker.sinks.writer import TrackerWriter

log = logging.getLogger(__name__)

Records = Sequence["ConsumerRecord[bytes, bytes]"]


def build_producer(settings: KafkaSettings) -> AIOKafkaProducer:
    """Idempotent, acks=all, batching: no record is lost or reordered by a retry."""
    return AIOKafkaProducer(
        bootstrap_servers=settings.servers,
        client_id="jobtracker",
        acks="all",
        enable_idempotence=True,
        linger_ms=settings.linger_ms,
        max_batch_size=512 * 1024,
        max_request_size=settings.max_message_bytes,
        request_timeout_ms=settings.request_timeout_ms,
    )


@dataclass(kw_only=True, slots=True)
class KafkaEffects:
    """Writes to the store (one transaction per batch) and publishes, awaiting every ack."""

    writer: TrackerWriter
    producer: AIOKafkaProducer
    publish_timeout_s: float

    async def write(
        self, rows: Mapping[str, Sequence[Mapping[str, Any]]], *, guard: Guard | None = None
    ) -> None:
        # The store's statement timeout bounds this (a thread cannot be cancelled).
        await asyncio.to_thread(self.writer.write, rows, guard=guard)

    async def publish(self, outgoing: Sequence[Outgoing]) -> None:
        sent = await send_batched(self.producer, outgoing)
        await asyncio.wait_for(asyncio.gather(*sent), timeout=self.publish_timeout_s)


async def send_batched(
    producer: AIOKafkaProducer, outgoing: Sequence[Outgoing]
) -> list[asyncio.Future[Any]]:
    """Queue ``outgoing`` one record batch per partition; the futures say when each is acked.

    ``producer.send`` costs ~35 µs of CPU per record here, a record appended to a batch ~12.
    Partitions are chosen as ``send`` (and the Java client) choose them for a key: murmur2
    of the key over the topic's partitions in order. A partition's records keep their order.
    """
    partitioner = DefaultPartitioner()
    partitions: dict[str, list[int]] = {}
    by_partition: dict[tuple[str, int], list[Outgoing]] = {}
    for o in outgoing:
        if o.topic not in partitions:
            partitions[o.topic] = sorted(await producer.partitions_for(o.topic))
        numbers = partitions[o.topic]
        by_partition.setdefault((o.topic, partitioner(o.key, numbers, numbers)), []).append(o)
    sent: list[asyncio.Future[Any]] = []
    for (topic, partition), records in by_partition.items():
        batch = producer.create_batch()
        for o in records:
            headers = list(o.headers)
            if batch.append(key=o.key, value=o.value, timestamp=None, headers=headers):
                continue
            if batch.record_count():  # full: send it, start the next
                sent.append(await producer.send_batch(batch, topic, partition=partition))
            batch = producer.create_batch()
            if batch.append(key=o.key, value=o.value, timestamp=None, headers=headers):
                continue
            # Larger than a whole batch: send() checks it against the request size limit.
            sent.append(
                await producer.send(topic, o.value, key=o.key, headers=headers, partition=partition)
            )
            batch = producer.create_batch()
        if batch.record_count():
            sent.append(await producer.send_batch(batch, topic, partition=partition))
    return sent


@dataclass(kw_only=True, slots=True)
class Backoff:
    """Pauses between tries while the infrastructure is away: 0.5 s doubling to 30 s."""

    first_s: float = 0.5
    most_s: float = 30.0
    _next: float = field(default=0.0, init=False)

    def next(self) -> float:
        self._next = min(self.most_s, self._next * 2) if self._next else self.first_s
        return self._next

    def reset(self) -> None:
        self._next = 0.0


@dataclass(kw_only=True, slots=True)
class StageStats:
    batches: int = 0
    records: int = 0
    stored: int = 0
    skipped: int = 0
    dead_lettered: int = 0
    retries: int = 0


async def _pass_records(message: Any, _original: Any = None) -> KafkaStreamMessage:
    """FastStream parser that hands the records over as they came (see the module docstring)."""
    records = message if isinstance(message, tuple) else (message,)
    return KafkaStreamMessage(
        raw_message=records, body=b"", consumer=FAKE_CONSUMER, message_id="batch"
    )


async def _no_body(message: Any, _original: Any = None) -> None:
    return None


def _first_offsets(records: Records) -> dict[TopicPartition, int]:
    first: dict[TopicPartition, int] = {}
    for r in records:
        tp = TopicPartition(r.topic, r.partition)
        first[tp] = min(first.get(tp, r.offset), r.offset)
    return first


def _next_offsets(records: Records) -> dict[TopicPartition, int]:
    after: dict[TopicPartition, int] = {}
    for r in records:
        tp = TopicPartition(r.topic, r.partition)
        after[tp] = max(after.get(tp, 0), r.offset + 1)
    return after


class StageConsumer:
    """Consumes one topic for one stage in its own consumer group (see the module docstring)."""

    def __init__(
        self,
        *,
        name: str,
        topic: str,
        group_id: str,
        processor: Processor,
        effects: KafkaEffects,
        settings: KafkaSettings,
        notes: OffsetNotes | None = None,
        leases: Leases | None = None,
    ) -> None:
        self.name = name
        self.topic = topic
        self.group_id = group_id
        self.processor = processor
        self.settings = settings
        self.runner = BatchRunner(
            processor=processor,
            effects=effects,
            leases=leases,
            max_attempts=settings.max_attempts,
            budget_s=settings.batch_budget_s,
        )
        self.notes = notes or KafkaOffsetNotes(settings=settings, group_id=group_id)
        self.guard = CrashGuard(notes=self.notes, max_attempts=settings.max_attempts)
        self.lock = asyncio.Lock()
        self.backoff = Backoff()
        self.stats = StageStats()
        self.leases = leases
        self._consumer: AIOKafkaConsumer | None = None
        self._subscriber: Any = None

    def register(self, broker: KafkaBroker) -> None:
        s = self.settings
        subscriber = broker.subscriber(
            self.topic,
            group_id=self.group_id,
            batch=True,
            max_records=s.batch_records,
            batch_timeout_ms=s.batch_wait_ms,
            ack_policy=AckPolicy.MANUAL,
            auto_offset_reset="earliest",
            listener=_Rebalance(self),
            session_timeout_ms=s.session_timeout_ms,
            heartbeat_interval_ms=s.heartbeat_interval_ms,
            max_poll_interval_ms=s.max_poll_interval_ms,
            rebalance_timeout_ms=s.max_poll_interval_ms,
            max_partition_fetch_bytes=4 * 1024 * 1024,
            parser=_pass_records,
            decoder=_no_body,
            title=f"jobtracker {self.name}",
        )
        self._subscriber = subscriber

        async def handle(message: KafkaMessage) -> None:
            self._consumer = subscriber.consumer
            if isinstance(self.notes, KafkaOffsetNotes):
                self.notes.consumer = subscriber.consumer
            await self.handle(message.raw_message)

        handle.__name__ = f"{self.name}_batch"
        subscriber(handle)

    async def handle(self, batch: Records) -> None:
        consumer = self._consumer
        assert consumer is not None
        pause = 0.0
        async with self.lock:
            # Records fetched before a rebalance took their partition away are not ours.
            owned = consumer.assignment()
            records = [r for r in batch if TopicPartition(r.topic, r.partition) in owned]
            if not records:
                return
            through: set[int] = set()  # ids of records handled and committed one by one
            try:
                if self.leases is not None:
                    records = await self._leased(consumer, records)
                    if not records:
                        return
                await self.guard.announce(records)
                for record in self.guard.plan(records).suspects:
                    if not await self._run_suspect(consumer, record):
                        break
                    through.add(id(record))
                left = [r for r in records if id(r) not in through]
                rest = self.guard.plan(left).rest
                out = await self.runner.run(rest) if rest else StageOutput()
            except asyncio.CancelledError:
                self._rewind(consumer, [r for r in records if id(r) not in through])
                raise
            except Fenced as exc:
                log.warning("%s: %s; dropping the batch, its new owner handles it", self.name, exc)
                self._set_aside(consumer, [r for r in records if id(r) not in through])
            except Exception as exc:  # an outage, or a bug: the same batch again, later
                self._rewind(consumer, [r for r in records if id(r) not in through])
                pause = self.backoff.next()
                self.stats.retries += 1
                systemic = isinstance(exc, SystemicFailure)
                log.log(
                    logging.ERROR if systemic else logging.WARNING,
                    "%s: %s; trying the batch again in %.1fs",
                    self.name,
                    exc if systemic else describe(exc),
                    pause,
                )
            else:
                self.backoff.reset()
                handled, unhandled = rest[: out.done], rest[out.done :]
                running = {id(r) for r in rest}
                # Behind a suspect range that is not through yet: next time.
                waiting = [r for r in left if id(r) not in running]
                if unhandled or waiting:
                    self._rewind(consumer, [*unhandled, *waiting])
                await self._commit(consumer, handled)
                if rest:
                    self._count(out, len(handled))
        if pause:
            await asyncio.sleep(pause)  # outside the lock: a rebalance need not wait for it

    async def _run_suspect(self, consumer: AIOKafkaConsumer, record: ConsumerRecord) -> bool:
        """One record of a range a worker died in, announced first (see ``attempts``)."""
        before = await self.guard.start(record)
        if before is None:
            deaths = self.guard.deaths(record)
            error = (
                f"WorkerDied: a worker died {deaths} times while handling this record "
                f"(crashed, killed, out of memory or too slow for the poll interval); "
                f"not trying it again"
            )
            out = await self.runner.dead_letter(record, error, deaths)
        else:
            out = await self.runner.run([record])
        if not out.done:
            return False
        await self._commit(consumer, [record])
        self._count(out, 1)
        return True

    async def _leased(self, consumer: AIOKafkaConsumer, records: Records) -> list[Any]:
        """``records`` of partitions this worker holds the lease of (see ``fencing``)."""
        leases = self.leases
        assert leases is not None
        if leases.pending:
            await asyncio.to_thread(leases.take_pending)
        ours = [r for r in records if leases.holds((r.topic, r.partition))]
        if len(ours) < len(records):
            self._set_aside(
                consumer, [r for r in records if not leases.holds((r.topic, r.partition))]
            )
        return ours

    def _set_aside(self, consumer: AIOKafkaConsumer, records: Records) -> None:
        """Rewind records this worker may no longer write for and stop fetching their
        partitions until the next rebalance (which tells whose they are)."""
        self._rewind(consumer, records)
        assert self.leases is not None
        lost = {TopicPartition(r.topic, r.partition) for r in records}
        lost = {tp for tp in lost if not self.leases.holds((tp.topic, tp.partition))}
        with contextlib.suppress(IllegalStateError, AssertionError):
            consumer.pause(*lost)

    def _count(self, out: StageOutput, records: int) -> None:
        st = self.stats
        st.batches += 1
        st.records += records
        st.stored += out.stored
        st.skipped += out.skipped
        st.dead_lettered += out.dead_lettered

    def _rewind(self, consumer: AIOKafkaConsumer, records: Records) -> None:
        for tp, offset in _first_offsets(records).items():
            # No longer ours: the new owner starts from the committed offset.
            with contextlib.suppress(IllegalStateError, AssertionError):
                consumer.seek(tp, offset)

    async def _commit(self, consumer: AIOKafkaConsumer, handled: Records) -> None:
        if not handled:
            return
        offsets = _next_offsets(handled)
        try:
            await consumer.commit(offsets)  # type: ignore[arg-type]
            self.guard.committed(offsets)
        except (CommitFailedError, IllegalStateError):
            log.info("%s: partitions moved before the commit; their new owner redoes it", self.name)
        except KafkaError as exc:
            # Written but not committed: handled again after a restart, which changes nothing.
            log.warning("%s: commit failed (%s); a later commit covers it", self.name, exc)

    async def close(self) -> None:
        if isinstance(self.notes, KafkaOffsetNotes):
            await self.notes.close()

    def kafka_consumer(self) -> Any:
        """The aiokafka consumer (also before the first batch, from a rebalance callback)."""
        return self._consumer or getattr(self._subscriber, "consumer", None)

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        self.processor.forget([(tp.topic, tp.partition) for tp in partitions])


class _Rebalance(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, stage: StageConsumer) -> None:
        self.stage = stage

    async def on_partitions_revoked(self, revoked: Iterable[TopicPartition]) -> None:
        async with self.stage.lock:  # the batch in flight is written and committed first
            revoked = list(revoked)
            self.stage.forget(revoked)
            await self.stage.guard.revoked(revoked)
            if self.stage.leases is not None:
                self.stage.leases.revoked((tp.topic, tp.partition) for tp in revoked)

    async def on_partitions_assigned(self, assigned: Iterable[TopicPartition]) -> None:
        assigned = list(assigned)
        self.stage.forget(assigned)
        self.stage.guard.assigned(assigned)
        if self.stage.leases is not None:
            holder = group_holder(self.stage.kafka_consumer())
            self.stage.leases.assigned(((tp.topic, tp.partition) for tp in assigned), holder)
