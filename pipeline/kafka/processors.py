"""What each stage does with one batch of records, without knowing about consumers or commits.

A processor turns records into a ``StageOutput``: rows to write (one transaction) and records
to publish after the write. It calls the same handlers as the inline transport
(``read_message``, ``TrackStage.track_batch``, ``dead_letter_rows``),
so both transports store the same rows for the same mailbox. Anything a record cannot be turned
into becomes a dead letter on ``mail.dlq``, never an exception.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlalchemy as sa

from jobtracker.classifiers.base import Classifier
from jobtracker.pipeline import rows
from jobtracker.pipeline.contracts import ClassifiedMessage, DeadLetter, RawMail
from jobtracker.pipeline.kafka import codec
from jobtracker.pipeline.kafka.codec import DeadLetterRecord, DecodeError, Outgoing, Record
from jobtracker.pipeline.kafka.replay import RecordingCorrelator, stored_events
from jobtracker.pipeline.kafka.topics import Topics
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import (
    Normalizer,
    Skimmer,
    TrackStage,
    dead_letter_rows,
    read_message,
)
from jobtracker.pipeline.warmup import store_loader
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store, utcnow

TopicPartitionKey = tuple[str, int]


@dataclass(kw_only=True, slots=True)
class StageOutput:
    """What one batch produced. ``done`` records (a prefix of the batch) were handled."""

    done: int = 0
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    outgoing: list[Outgoing] = field(default_factory=list)
    stored: int = 0
    skipped: int = 0
    dead_lettered: int = 0

    def extend(self, other: StageOutput) -> None:
        self.done += other.done
        for table, table_rows in other.rows.items():
            self.rows[table].extend(table_rows)
        self.outgoing.extend(other.outgoing)
        self.stored += other.stored
        self.skipped += other.skipped
        self.dead_lettered += other.dead_lettered


class Processor(Protocol):
    """One stage's batch logic (see the module docstring)."""

    name: str

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        """Handle ``records`` in order; may stop early at ``deadline`` (``time.monotonic``)."""
        ...

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        """What to do with a record that failed ``attempts`` times: dead-letter it."""
        ...

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        """Drop per-user state held for these partitions (all when None): another worker may
        have changed the store for their users since."""
        ...


def _now() -> datetime:
    return datetime.now(UTC)


def record_identity(record: Record) -> dict[str, str]:
    """Who a record belongs to, as well as it can tell; its position when it cannot."""
    headers = codec.header_map(record)
    position = f"{record.topic}:{record.partition}:{record.offset}"
    return {
        "user_id": codec.user_key(record) or "unknown",
        "provider": headers.get("provider") or "kafka",
        "provider_message_id": headers.get("provider_message_id") or position,
        "locator": headers.get("locator") or position,
        "mailbox_id": headers.get("mailbox_id", ""),
    }


def letter_for(
    record: Record, stage: str, error: str, attempts: int, topics: Topics
) -> tuple[DeadLetterRecord, Outgoing]:
    who = record_identity(record)
    letter = DeadLetterRecord(
        letter=DeadLetter(
            user_id=who["user_id"],
            provider=who["provider"],
            provider_message_id=who["provider_message_id"],
            stage=stage,
            error=error[:2000],
            attempts=attempts,
            locator=who["locator"],
            failed_at=_now(),
        ),
        mailbox_id=who["mailbox_id"] or None,
        source_topic=record.topic,
        source_partition=record.partition,
        source_offset=record.offset,
    )
    return letter, codec.dead_letter_record(topics.dlq, letter)


def _wrap(letter: DeadLetter, record: Record, mailbox_id: str | None) -> DeadLetterRecord:
    return DeadLetterRecord(
        letter=letter,
        mailbox_id=mailbox_id,
        source_topic=record.topic,
        source_partition=record.partition,
        source_offset=record.offset,
    )


def _with_raw(found: DeadLetterRecord, raw: bytes) -> DeadLetterRecord:
    return found.model_copy(update={"letter": found.letter.model_copy(update={"raw": raw})})


class ClassifyProcessor:
    """mail.raw -> normalise + classify -> mail.classified (or mail.dlq)."""

    name = "classify"

    def __init__(
        self,
        *,
        settings: Settings,
        topics: Topics,
        store: Store,
        normalize: Normalizer,
        classifier: Classifier,
        skim: Skimmer | None = None,
    ) -> None:
        self.settings = settings
        self.topics = topics
        self.store = store
        self.normalize = normalize
        self.classifier = classifier
        self.skim = skim

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        out = StageOutput()
        for _, item in self.classified(out, records, deadline=deadline):
            out.outgoing.append(codec.classified_record(self.topics.classified, item))
            out.stored += 1
        return out

    def classified(
        self,
        out: StageOutput,
        records: Sequence[Record],
        *,
        deadline: float | None = None,
        replayed: list[str] | None = None,
    ) -> list[tuple[Record, ClassifiedMessage]]:
        """Read and classify ``records`` in order until ``deadline``; what they became.

        Records that are not mail, or that fail to normalise, go into ``out`` as dead letters.
        A message already stored is not read again (a mailbox imported twice; a batch written
        by a worker that died before it committed): its uid goes into ``replayed``. A message
        twice in one batch is read once.
        """
        mails: list[RawMail | DecodeError] = []
        for record in records:
            try:
                mails.append(codec.raw_mail_from(record))
            except DecodeError as exc:
                mails.append(exc)
        uids = [rows.message_uid(m.key) if isinstance(m, RawMail) else "" for m in mails]
        stored = self.store.existing(schema.messages, "message_uid", [u for u in uids if u])
        fresh: list[tuple[Record, ClassifiedMessage]] = []
        seen: set[str] = set()
        for record, mail, uid in zip(records, mails, uids, strict=True):
            if deadline is not None and time.monotonic() > deadline and out.done:
                break  # time-boxed: the rest is fetched again and handled in the next batch
            out.done += 1
            if isinstance(mail, DecodeError):
                out.outgoing.append(letter_for(record, "decode", str(mail), 1, self.topics)[1])
                out.dead_lettered += 1
            elif uid in stored or uid in seen:
                out.skipped += 1
                if replayed is not None and uid in stored:
                    replayed.append(uid)
            else:
                seen.add(uid)
                result = read_message(
                    mail,
                    normalize=self.normalize,
                    classifier=self.classifier,
                    settings=self.settings,
                    skim=self.skim,
                )
                if isinstance(result, DeadLetter):
                    letter = _wrap(result, record, mail.mailbox_id)
                    out.outgoing.append(codec.dead_letter_record(self.topics.dlq, letter))
                    out.dead_lettered += 1
                else:
                    fresh.append((record, result))
        return fresh

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        out = StageOutput(done=1, dead_lettered=1)
        raw = record.value if self.settings.keep_raw else None
        letter, outgoing = letter_for(record, self.name, error, attempts, self.topics)
        if raw is not None:  # what `jobtracker dlq replay` needs
            letter = _with_raw(letter, raw)
            outgoing = codec.dead_letter_record(self.topics.dlq, letter)
        out.outgoing.append(outgoing)
        return out

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        pass  # classification keeps no per-user state


class TrackProcessor:
    """mail.classified -> correlate -> rows for the store, then tracker.events.

    The correlator keeps each user's applications in memory; it is right only while this
    worker owns the user's partition, so ``forget`` drops users on rebalance and after a
    failed batch, and the next message re-reads them from the store.
    """

    name = "track"

    def __init__(self, *, settings: Settings, topics: Topics, store: Store) -> None:
        self.settings = settings
        self.topics = topics
        self.store = store
        self.track = TrackStage(settings=settings)
        self.correlator = RecordingCorrelator(
            new_application_gap_days=settings.new_application_gap_days,
            load_user=store_loader(store),
        )
        self.track.correlator = self.correlator
        self._users: dict[TopicPartitionKey, set[str]] = defaultdict(set)

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        out = StageOutput(done=len(records))
        items: list[tuple[Record, ClassifiedMessage]] = []
        for record in records:
            try:
                item = codec.classified_from(record)
            except DecodeError as exc:
                out.outgoing.append(letter_for(record, "decode", str(exc), 1, self.topics)[1])
                out.dead_lettered += 1
                continue
            items.append((record, item))
        uids = [rows.message_uid(item.key) for _, item in items]
        stored = self.store.existing(schema.messages, "message_uid", uids)
        fresh: list[tuple[Record, ClassifiedMessage]] = []
        seen: set[str] = set()
        replayed: list[str] = []
        for (record, item), uid in zip(items, uids, strict=True):
            if uid in stored:
                replayed.append(uid)  # stored by a run that died before it committed
            elif uid not in seen:
                seen.add(uid)
                fresh.append((record, item))
        self.track_fresh(out, fresh, replayed)
        out.skipped = len(items) - len(fresh)
        return out

    def track_fresh(
        self,
        out: StageOutput,
        fresh: Sequence[tuple[Record, ClassifiedMessage]],
        replayed: Sequence[str],
    ) -> None:
        """Correlate ``fresh`` (not stored yet, each once) into ``out``'s rows, and announce
        their events and again those of ``replayed`` (uids of messages already stored)."""
        for record, item in fresh:
            self._users[(record.topic, record.partition)].add(item.message.user_id)
        items = [item for _, item in fresh]
        self.correlator.recorded.clear()
        table_rows = self.track.track_batch(items)
        for table, found in table_rows.by_table.items():
            out.rows[table].extend(found)
        self._owner_rows(out, items)
        # Events go out after the write; a worker that died in between left them unpublished,
        # so a replayed message publishes its stored events again (consumers dedupe by id).
        events = list(self.correlator.recorded) + stored_events(self.store, replayed)
        out.outgoing.extend(codec.event_record(self.topics.events, e) for e in events)
        out.stored += len(items)

    @staticmethod
    def _owner_rows(out: StageOutput, fresh: Sequence[ClassifiedMessage]) -> None:
        now = utcnow()
        users = {m.message.user_id for m in fresh}
        out.rows[schema.users.name].extend({"user_id": u, "created_at": now} for u in users)

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        out = StageOutput(done=1, dead_lettered=1)
        try:
            item = codec.classified_from(record)
        except DecodeError:
            item = None
        _, outgoing = letter_for(record, self.name, error, attempts, self.topics)
        if item is not None:
            m = item.message
            letter = DeadLetter(
                user_id=m.user_id,
                provider=m.provider,
                provider_message_id=m.provider_message_id,
                stage=self.name,
                error=error[:2000],
                attempts=attempts,
                locator=f"{record.topic}:{record.partition}:{record.offset}",
                raw=m.raw,  # kept when the user allows it: what `jobtracker dlq replay` needs
                failed_at=_now(),
            )
            wrapped = _wrap(letter, record, m.mailbox_id)
            outgoing = codec.dead_letter_record(self.topics.dlq, wrapped)
        out.outgoing.append(outgoing)
        return out

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        if partitions is None:
            self.correlator.forget_all()
            self._users.clear()
            return
        for tp in partitions:
            self.correlator.forget(self._users.pop(tp, set()))


class ClassifyTrackProcessor:
    """mail.raw -> normalise + classify -> correlate -> rows for the store, then tracker.events.

    Both stages on the same records, in one consumer group on ``mail.raw``: what the classify
    stage would publish to ``mail.classified`` is handed to the track stage in memory instead
    of being encoded, sent, fetched back and decoded. The handlers, the rows and the events are
    the same as with the two stages apart; the topic and its partitioning by user are too, so
    the track stage's per-user memory follows ``mail.raw``'s partitions.
    """

    name = "classify+track"

    def __init__(self, *, classify: ClassifyProcessor, track: TrackProcessor) -> None:
        self.classify = classify
        self.track = track

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        out = StageOutput()
        replayed: list[str] = []
        fresh = self.classify.classified(out, records, deadline=deadline, replayed=replayed)
        self.track.track_fresh(out, fresh, replayed)
        return out

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        return self.classify.dead_letter(record, error, attempts)

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        self.track.forget(partitions)


class DeadLetterProcessor:
    """mail.dlq -> the store's dlq table, where `jobtracker dlq` and the API show it.

    A letter that fails again after a replay comes without bytes when the worker does not keep
    them (``--keep-raw``); the bytes the table holds for it are kept, not overwritten.
    """

    name = "dlq"

    def __init__(self, *, topics: Topics, store: Store | None = None) -> None:
        self.topics = topics
        self.store = store

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        out = StageOutput(done=len(records))
        letters: list[DeadLetterRecord] = []
        for record in records:
            try:
                letters.append(codec.dead_letter_from(record))
            except DecodeError as exc:
                error = f"unreadable dead letter: {exc}"
                letters.append(letter_for(record, "dlq", error, 1, self.topics)[0])
        for found in self._keep_stored_bytes(letters):
            self._add(out, found)
        return out

    def _keep_stored_bytes(self, letters: list[DeadLetterRecord]) -> list[DeadLetterRecord]:
        ids = [rows.dlq_row(f.letter, None)["dlq_id"] for f in letters]
        bare = [i for i, f in zip(ids, letters, strict=True) if f.letter.raw is None]
        if self.store is None or not bare:
            return letters
        d = schema.dlq
        query = sa.select(d.c.dlq_id, d.c.raw).where(d.c.dlq_id.in_(bare), d.c.raw.is_not(None))
        with self.store.engine.connect() as conn:
            kept = {dlq_id: bytes(raw) for dlq_id, raw in conn.execute(query)}
        return [
            _with_raw(f, kept[i]) if f.letter.raw is None and i in kept else f
            for i, f in zip(ids, letters, strict=True)
        ]

    @staticmethod
    def _add(out: StageOutput, found: DeadLetterRecord) -> None:
        letter_rows = dead_letter_rows([found.letter], found.mailbox_id)
        for table, table_rows in letter_rows.by_table.items():
            out.rows[table].extend(table_rows)
        out.stored += 1

    def dead_letter(self, record: Record, error: str, attempts: int) -> StageOutput:
        # The end of the line: store what is known about the record, without its bytes.
        found, _ = letter_for(record, "dlq", error, attempts, self.topics)
        out = StageOutput(done=1)
        self._add(out, found)
        return out

    def forget(self, partitions: Iterable[TopicPartitionKey] | None = None) -> None:
        pass
