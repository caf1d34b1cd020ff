"""Attempts that outlive the worker: a record that kills the process is dead-lettered, too.

``BatchRunner`` counts the tries of a record that *raises*. A record that kills the process (a
parser that segfaults, the OOM killer, a hang that costs the group membership) takes that
count with it, and every new owner of the partition would try it again, forever. So these
tries are counted where every member of the consumer group finds them: in the metadata of the
partition's committed offset, as a ``Note``: "the records from offset ``at`` to ``to`` were
started ``tries`` times, and nobody saw those starts end".

- The first batch of a partition after it is assigned is announced before it runs: the
  committed offset stays where it is, with a note ``{at: first, tries: 1, to: last}``. The
  commit after the batch carries no note, so a clean run leaves none behind; on the happy path
  this costs one commit per partition per assignment.
- A new owner that finds a note at the offset it starts from knows that its predecessor died
  inside that range. It goes through the range one record at a time, announcing each record
  first, so the record that kills again is the one the note names, and its count grows with
  every death. Once a record has been started ``max_attempts`` times without ending, it is
  dead-lettered unread, with the count, and the partition flows on.
- Starts that ended without a death (a batch rewound for an outage, partitions revoked
  cleanly) are not counted: a revoked partition gets its note back as it was before this
  worker's start.

Why the offset metadata and not a table or a compacted topic: the note is written by the same
commit that moves the offset, so it can never disagree with the position the group resumes
from: moving past a record forgets its count, and no stale rows need cleaning up. It is shared
by the group exactly as offsets are, needs no schema, and a note is ~60 bytes of the 4 KiB the
broker allows (``offset.metadata.max.bytes``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from jobtracker.pipeline.kafka.codec import Record
from jobtracker.pipeline.kafka.config import KafkaSettings

log = logging.getLogger(__name__)


@dataclass(kw_only=True, slots=True, frozen=True)
class Note:
    """Records ``at``..``to`` of a partition were started ``tries`` times without ending."""

    at: int
    tries: int
    to: int

    def encode(self) -> str:
        return orjson.dumps({"jt": 1, "at": self.at, "tries": self.tries, "to": self.to}).decode()

    @classmethod
    def decode(cls, text: str | None) -> Note | None:
        """The note in a commit's metadata; None for no note or one we did not write."""
        if not text:
            return None
        try:
            data = orjson.loads(text)
            if not isinstance(data, dict) or data.get("jt") != 1:
                return None
            return cls(at=int(data["at"]), tries=int(data["tries"]), to=int(data["to"]))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return None


class OffsetNotes(Protocol):
    """The consumer group's committed offsets and their metadata, as every member sees them."""

    async def read(self, partitions: Sequence[TopicPartition]) -> dict[TopicPartition, str]:
        """The metadata committed with each partition's offset ("" for none)."""
        ...

    async def write(self, notes: Mapping[TopicPartition, tuple[int, str]]) -> None:
        """Commit ``offset`` with ``metadata`` for each partition."""
        ...


@dataclass(kw_only=True, slots=True)
class KafkaOffsetNotes:
    """Reads with an admin client (the consumer's ``committed`` drops the metadata), writes
    with the stage's consumer (a commit only counts from a member of the group)."""

    settings: KafkaSettings
    group_id: str
    consumer: AIOKafkaConsumer | None = None
    _admin: AIOKafkaAdminClient | None = field(default=None, init=False)

    async def read(self, partitions: Sequence[TopicPartition]) -> dict[TopicPartition, str]:
        if self._admin is None:
            admin = AIOKafkaAdminClient(
                bootstrap_servers=self.settings.servers,
                request_timeout_ms=self.settings.request_timeout_ms,
                client_id="jobtracker-notes",
            )
            await admin.start()
            self._admin = admin
        found = await self._admin.list_consumer_group_offsets(
            self.group_id, partitions=list(partitions)
        )
        return {tp: found[tp].metadata or "" for tp in partitions if tp in found}

    async def write(self, notes: Mapping[TopicPartition, tuple[int, str]]) -> None:
        assert self.consumer is not None, "no consumer yet: notes are written from a batch"
        await self.consumer.commit(dict(notes))

    async def close(self) -> None:
        if self._admin is not None:
            await self._admin.close()
            self._admin = None


def _tp(record: Record) -> TopicPartition:
    return TopicPartition(record.topic, record.partition)


@dataclass(kw_only=True, slots=True)
class Plan:
    """How to run one batch: ``suspects`` one at a time (announced), then ``rest`` as usual."""

    suspects: list[Record]
    rest: list[Record]


@dataclass(kw_only=True, slots=True)
class CrashGuard:
    """Announces starts and counts deaths per partition (see the module docstring)."""

    notes: OffsetNotes
    max_attempts: int
    _fresh: set[TopicPartition] = field(default_factory=set, init=False)
    _suspect_to: dict[TopicPartition, int] = field(default_factory=dict, init=False)
    _found: dict[TopicPartition, Note] = field(default_factory=dict, init=False)
    _started: dict[TopicPartition, Note] = field(default_factory=dict, init=False)

    def assigned(self, partitions: Sequence[TopicPartition]) -> None:
        self._fresh.update(partitions)

    async def revoked(self, partitions: Sequence[TopicPartition]) -> None:
        """Forget the partitions; give back the notes of starts that ended without a death."""
        restore: dict[TopicPartition, tuple[int, str]] = {}
        for tp in partitions:
            self._fresh.discard(tp)
            self._suspect_to.pop(tp, None)
            self._found.pop(tp, None)
            started = self._started.pop(tp, None)
            if started is not None:
                before = Note(at=started.at, tries=started.tries - 1, to=started.to)
                restore[tp] = (started.at, before.encode() if before.tries else "")
        if restore:
            try:
                await self.notes.write(restore)
            except KafkaError as exc:  # already gone: at worst one start too many is counted
                log.info("could not give back attempt notes of %s: %s", sorted(restore), exc)

    def plan(self, records: Sequence[Record]) -> Plan:
        """Split a batch (after ``announce``): suspects of a dead predecessor go one by one;
        the rest of their partitions waits until the suspect range is through."""
        suspects: list[Record] = []
        rest: list[Record] = []
        for r in records:
            to = self._suspect_to.get(_tp(r))
            if to is None:
                rest.append(r)
            elif r.offset <= to:
                suspects.append(r)
        return Plan(suspects=suspects, rest=rest)

    async def announce(self, records: Sequence[Record]) -> None:
        """Read the notes of newly assigned partitions and announce their first batch."""
        fresh = {_tp(r) for r in records} & self._fresh
        if not fresh:
            return
        first: dict[TopicPartition, int] = {}
        last: dict[TopicPartition, int] = {}
        for r in records:
            tp = _tp(r)
            first.setdefault(tp, r.offset)
            last[tp] = r.offset
        found = await self.notes.read(sorted(fresh))
        starts: dict[TopicPartition, Note] = {}
        for tp in fresh:
            note = Note.decode(found.get(tp))
            if note is not None and note.at == first[tp] and note.tries > 0:
                log.warning(
                    "%s[%d]: a worker died %d time(s) in offsets %d..%d; trying them one by one",
                    tp.topic,
                    tp.partition,
                    note.tries,
                    note.at,
                    note.to,
                )
                self._suspect_to[tp] = max(note.to, note.at)
                self._found[tp] = note
            else:
                starts[tp] = Note(at=first[tp], tries=1, to=last[tp])
        if starts:
            await self.notes.write({tp: (n.at, n.encode()) for tp, n in starts.items()})
            self._started.update(starts)
        self._fresh -= fresh

    async def start(self, record: Record) -> int | None:
        """Announce one suspect's start. Returns how often it was started before, or None when
        that is ``max_attempts`` or more: dead-letter it unread."""
        tp = _tp(record)
        started = self._started.get(tp)
        if started is not None and started.at == record.offset:
            return started.tries - 1  # announced by this process already (an outage retry)
        found = self._found.get(tp)
        before = found.tries if found is not None and found.at == record.offset else 0
        if before >= self.max_attempts:
            return None
        note = Note(at=record.offset, tries=before + 1, to=self._suspect_to[tp])
        await self.notes.write({tp: (note.at, note.encode())})
        self._started[tp] = note
        return before

    def deaths(self, record: Record) -> int:
        found = self._found.get(_tp(record))
        return found.tries if found is not None and found.at == record.offset else 0

    def committed(self, offsets: Mapping[TopicPartition, int]) -> None:
        """Offsets were committed without a note: what they pass is over."""
        for tp, offset in offsets.items():
            started = self._started.get(tp)
            if started is not None and offset > started.at:
                del self._started[tp]
            found = self._found.get(tp)
            if found is not None and offset > found.at:
                del self._found[tp]
            to = self._suspect_to.get(tp)
            if to is not None and offset > to:
                del self._suspect_to[tp]
                log.info("%s[%d]: through the suspect range", tp.topic, tp.partition)
