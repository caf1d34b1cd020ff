"""The inline transport: the stages wired in-process with bounded queues, no broker.

Three threads: a reader frames messages off the mailbox, the caller's thread runs
normalise -> classify -> correlate, and a writer stores each batch with its checkpoint.
Queues hold at most ``settings.queue_depth`` batches, so a slow store slows the reader
(backpressure) instead of filling memory.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from jobtracker.classifiers.base import Classifier
from jobtracker.connectors.base import MailboxConnector, ReadItem
from jobtracker.pipeline import rows
from jobtracker.pipeline.contracts import ClassifiedMessage, DeadLetter
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import (
    Normalizer,
    Skimmer,
    TableRows,
    TrackStage,
    dead_letter_rows,
    read_message,
)
from jobtracker.pipeline.warmup import collecting_less, store_loader
from jobtracker.sinks import queries, schema
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import Checkpoint, TrackerWriter

_DONE = object()
# The writer gathers processing batches into one transaction of about this many messages,
# waiting at most this long for them (a slow mailbox still shows progress every two seconds).
# DuckDB's cost is largely per statement and per commit: measured over 20,000 messages, a
# transaction of 1,500 costs ~65 µs of CPU a message, of 3,000 ~50, of 5,000 ~45. 3,000 holds
# fewer rows in memory: the 100,000-message benchmark peaked at 382-383 MB against 398 with
# 5,000, at the same speed within its noise.
_WRITE_MESSAGES = 3000
_WRITE_WAIT_S = 2.0


@dataclass(kw_only=True, slots=True)
class ImportReport:
    """What one import did. ``read == stored + already_stored + duplicates + dead_lettered``."""

    mailbox_id: str
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    dead_lettered: int = 0
    applications_touched: set[str] = field(default_factory=set)
    resumed_from: str | None = None
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


@dataclass(kw_only=True, slots=True)
class _Failure:
    error: BaseException


class _Stop(Exception):
    pass


def _batches(items: Iterator[ReadItem], size: int) -> Iterator[list[ReadItem]]:
    batch: list[ReadItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class InlinePipeline:
    """Imports one mailbox through the stage handlers, in-process."""

    def __init__(
        self,
        *,
        settings: Settings,
        store: Store,
        classifier: Classifier,
        normalize: Normalizer,
        skim: Skimmer | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.classifier = classifier
        self.normalize = normalize
        self.skim = skim
        self.track = TrackStage(
            settings=settings,
            load_user=store_loader(store),
            reread=getattr(classifier, "classify_in_process", None),
        )
        self.writer = TrackerWriter(store)
        self.on_progress = on_progress or (lambda messages, position: None)

    def run(self, connector: MailboxConnector, *, user_id: str, location: str) -> ImportReport:
        with collecting_less():
            return self._run(connector, user_id=user_id, location=location)

    def _run(self, connector: MailboxConnector, *, user_id: str, location: str) -> ImportReport:
        report = ImportReport(mailbox_id=connector.mailbox_id)
        state = queries.sync_state(self.store, connector.mailbox_id)
        resume = None
        if state and not state["completed"] and state["checkpoint"]:
            resume = state["checkpoint"]
            report.resumed_from = resume
        started = time.perf_counter()
        # A user with nothing stored yet (a first import) has no message to look up per batch.
        look_up_stored = queries.has_messages(self.store, user_id)
        stop = threading.Event()
        to_process: queue.Queue[Any] = queue.Queue(maxsize=self.settings.queue_depth)
        to_write: queue.Queue[Any] = queue.Queue(maxsize=self.settings.queue_depth)
        writer_failure: list[BaseException] = []

        def read() -> None:
            try:
                for batch in _batches(connector.read(resume_from=resume), self.settings.batch_size):
                    if stop.is_set():
                        return
                    to_process.put(batch)
                to_process.put(_DONE)
            except BaseException as exc:
                to_process.put(_Failure(error=exc))

        def write() -> None:
            while True:
                job = to_write.get()
                if job is _DONE:
                    return
                jobs, finished = self._gather(to_write, job)
                merged = TableRows()
                for table_rows, _, _, _ in jobs:
                    merged.extend(table_rows)
                checkpoint = jobs[-1][1]
                count = sum(j[2] for j in jobs)
                position = next((j[3] for j in reversed(jobs) if j[3] is not None), None)
                try:
                    self.writer.write(merged.by_table, checkpoint)
                except BaseException as exc:
                    writer_failure.append(exc)
                    stop.set()
                    return
                self.on_progress(count, position)
                if finished:
                    return

        reader = threading.Thread(target=read, name="jobtracker-reader", daemon=True)
        writer = threading.Thread(target=write, name="jobtracker-writer", daemon=True)
        reader.start()
        writer.start()
        seen: set[str] = set()
        last_token = resume
        try:
            while True:
                job = to_process.get()
                if writer_failure:
                    raise writer_failure[0]
                if job is _DONE:
                    break
                if isinstance(job, _Failure):
                    raise job.error
                table_rows = self._process(
                    job, report, seen, connector.mailbox_id, look_up_stored=look_up_stored
                )
                last_token = job[-1].checkpoint
                checkpoint = Checkpoint(
                    user_id=user_id,
                    mailbox_id=connector.mailbox_id,
                    provider=connector.provider,
                    location=location,
                    token=last_token,
                    messages_read=report.read,
                )
                job_out = (table_rows, checkpoint, len(job), job[-1].progress)
                self._put(to_write, job_out, writer_failure)
            final = Checkpoint(
                user_id=user_id,
                mailbox_id=connector.mailbox_id,
                provider=connector.provider,
                location=location,
                token=last_token,
                messages_read=report.read,
                completed=True,
            )
            self._put(to_write, (TableRows(), final, 0, None), writer_failure)
            self._put(to_write, _DONE, writer_failure)
            writer.join()
            if writer_failure:
                raise writer_failure[0]
        except KeyboardInterrupt:
            report.interrupted = True
            stop.set()
            self._drain(to_process)
            to_write.put(_DONE)
            writer.join()
        finally:
            stop.set()
            report.seconds = time.perf_counter() - started
        return report

    @staticmethod
    def _gather(q: queue.Queue[Any], first: Any) -> tuple[list[Any], bool]:
        """``first`` and the jobs that follow it within a moment, up to a write's worth.

        DuckDB's cost is mostly per statement (a few ms each, five tables a batch), so one
        transaction for several processing batches halves the cost of storing a message.
        Returns the jobs and whether the end (``_DONE``) came among them.
        """
        jobs = [first]
        count = first[2]
        deadline = time.monotonic() + _WRITE_WAIT_S
        while count < _WRITE_MESSAGES:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                job = q.get(timeout=left)
            except queue.Empty:
                break
            if job is _DONE:
                return jobs, True
            jobs.append(job)
            count += job[2]
        return jobs, False

    @staticmethod
    def _put(q: queue.Queue[Any], job: Any, failure: list[BaseException]) -> None:
        while True:
            if failure:
                raise failure[0]
            try:
                q.put(job, timeout=0.2)
                return
            except queue.Full:
                continue

    @staticmethod
    def _drain(q: queue.Queue[Any]) -> None:
        while True:
            try:
                q.get_nowait()
            except queue.Empty:
                return

    def _process(
        self,
        batch: list[ReadItem],
        report: ImportReport,
        seen: set[str],
        mailbox_id: str,
        *,
        look_up_stored: bool,
    ) -> TableRows:
        report.read += len(batch)
        uids = [rows.uid_of(item.mail) for item in batch]
        stored = (
            self.store.existing(schema.messages, "message_uid", uids) if look_up_stored else set()
        )
        letters: list[DeadLetter] = []
        classified: list[ClassifiedMessage] = []
        classified_uids: list[str] = []
        for item, uid in zip(batch, uids, strict=True):
            if uid in stored:
                report.already_stored += 1
                continue
            if uid in seen:
                report.duplicates += 1
                continue
            seen.add(uid)
            result = read_message(
                item.mail,
                normalize=self.normalize,
                classifier=self.classifier,
                settings=self.settings,
                skim=self.skim,
            )
            if isinstance(result, DeadLetter):
                letters.append(result)
                continue
            classified.append(result)
            classified_uids.append(uid)
        out = self.track.track_batch(classified, classified_uids)
        out.extend(dead_letter_rows(letters, mailbox_id))
        report.stored += len(classified)
        report.dead_lettered += len(letters)
        touched = out.by_table.get(schema.applications.name)
        if touched is not None:
            report.applications_touched.update(touched.column_lists(["application_id"])[0])
        return out
