"""Driving the Kafka transport the way an operator does: publish, run workers, wait, export."""

from __future__ import annotations

import asyncio
import csv
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from jobtracker.connectors.base import MailboxConnector, ReadItem
from jobtracker.pipeline.cli import main
from jobtracker.pipeline.kafka.config import DEFAULT_STAGES, KafkaSettings, Stage
from jobtracker.pipeline.kafka.lag import consumer_lag
from jobtracker.pipeline.kafka.publisher import PublishReport, publish_mailbox
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.wiring import build_inline, open_source
from jobtracker.sinks.store import Store

JOBTRACKER = str(Path(sys.executable).parent / "jobtracker")
CsvRows = list[dict[str, str]]


def cli(*args: str) -> None:
    """``jobtracker ARGS`` in this process; fails the test on a non-zero exit."""
    err = StringIO()
    try:
        with redirect_stderr(err):
            main(list(args))
    except SystemExit as exc:
        if exc.code:
            problem = f"jobtracker {' '.join(args)}: exit {exc.code}\n{err.getvalue()}"
            raise AssertionError(problem) from None


def read_csv(path: Path) -> CsvRows:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@dataclass(frozen=True)
class Export:
    messages: CsvRows
    applications: CsvRows


def export(db: str, out: Path) -> Export:
    """``jobtracker export`` of messages and applications, as CSV rows."""
    out.mkdir(parents=True, exist_ok=True)
    msgs, apps = out / "messages.csv", out / "applications.csv"
    cli("--db", db, "export", "--what", "messages", "--out", str(msgs))
    cli("--db", db, "export", "--what", "applications", "--out", str(apps))
    return Export(messages=read_csv(msgs), applications=read_csv(apps))


def inline_export(mailboxes: Sequence[tuple[Path, str]], out: Path) -> Export:
    """The same mailboxes through the inline transport into DuckDB, exported.

    What ``jobtracker import`` does for each mailbox, with one pipeline for all of them (the
    rule cascade loads once).
    """
    out.mkdir(parents=True, exist_ok=True)
    db = str(out / "inline.duckdb")
    store = Store(db)
    try:
        pipeline = build_inline(Settings(db=db), store)
        for path, user in mailboxes:
            source = open_source(path, user_id=user)
            pipeline.run(source, user_id=user, location=str(path.resolve()))
    finally:
        store.close()
    return export(db, out / "inline")


def publish(
    kafka: KafkaSettings, mailboxes: Sequence[tuple[Path, str]] | MailboxConnector
) -> list[PublishReport]:
    """``jobtracker import --transport kafka`` for each mailbox (or one connector)."""

    async def run() -> list[PublishReport]:
        if not isinstance(mailboxes, list | tuple):
            return [await publish_mailbox(mailboxes, kafka, location="interleaved")]
        reports = []
        for path, user in mailboxes:
            source = open_source(path, user_id=user)
            reports.append(await publish_mailbox(source, kafka, location=str(path.resolve())))
        return reports

    return asyncio.run(run())


def lag(kafka: KafkaSettings, stages: Sequence[Stage] = DEFAULT_STAGES) -> dict[str, int]:
    """Records the groups of ``stages`` (the ones the workers run) have yet to commit."""
    return {stage: n for stage, n in asyncio.run(consumer_lag(kafka, stages)).items()}


def wait_until_drained(
    kafka: KafkaSettings, *, timeout: float = 120.0, stages: Sequence[Stage] = DEFAULT_STAGES
) -> float:
    """Wait until every stage's lag is zero twice in a row; returns the seconds it took."""
    started = time.monotonic()
    zero_before = False
    last: dict[str, int] = {}
    while time.monotonic() - started < timeout:
        last = lag(kafka, stages)
        if not any(last.values()):
            if zero_before:
                return time.monotonic() - started
            zero_before = True
        else:
            zero_before = False
        time.sleep(0.5)
    raise AssertionError(f"consumer lag still {last} after {timeout:.0f}s")


@dataclass
class Worker:
    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def text(self) -> str:
        return self.log.read_text(errors="replace")


@dataclass
class Workers:
    """``jobtracker worker`` processes: started, killed, stopped like an operator would."""

    kafka: KafkaSettings
    db: str
    logs: Path
    extra: Sequence[str] = ()
    running: dict[str, Worker] = field(default_factory=dict)
    started: int = 0

    def start(self, name: str | None = None, *, wait_ready: bool = True) -> Worker:
        self.started += 1
        name = name or f"w{self.started}"
        self.logs.mkdir(parents=True, exist_ok=True)
        log = self.logs / f"{name}-{self.started}.log"
        args = [
            JOBTRACKER,
            "worker",
            "--kafka",
            self.kafka.bootstrap,
            "--db",
            self.db,
            "--topic-prefix",
            self.kafka.topic_prefix,
            "--partitions",
            str(self.kafka.partitions),
            "--session-timeout-ms",
            "6000",
            *self.extra,
        ]
        with log.open("wb") as fh:
            process = subprocess.Popen(args, stdout=fh, stderr=subprocess.STDOUT)
        worker = Worker(name=name, process=process, log=log)
        self.running[name] = worker
        if wait_ready:
            self.wait_ready(worker)
        return worker

    @staticmethod
    def wait_ready(worker: Worker, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "worker ready" in worker.text():
                return
            if worker.process.poll() is not None:
                raise AssertionError(f"worker {worker.name} exited:\n{worker.text()[-3000:]}")
            time.sleep(0.1)
        raise AssertionError(f"worker {worker.name} not ready:\n{worker.text()[-3000:]}")

    def kill(self, name: str) -> None:
        """SIGKILL: no shutdown, no commit, no leaving the group."""
        print(f"kill -9 {name}")
        worker = self.running.pop(name)
        worker.process.send_signal(signal.SIGKILL)
        worker.process.wait(timeout=30)

    def stop(self, name: str, timeout: float = 90.0) -> str:
        """SIGTERM, and wait for a clean exit; returns the worker's log."""
        worker = self.running.pop(name)
        worker.process.send_signal(signal.SIGTERM)
        code = worker.process.wait(timeout=timeout)
        text = worker.text()
        assert code == 0, f"worker {name} exited with {code}:\n{text[-3000:]}"
        return text

    def stop_all(self) -> None:
        for name in list(self.running):
            worker = self.running[name]
            if worker.process.poll() is None:
                self.stop(name)
            else:
                self.running.pop(name)


@contextmanager
def workers(kafka: KafkaSettings, db: str, logs: Path, *extra: str) -> Iterator[Workers]:
    group = Workers(kafka=kafka, db=db, logs=logs, extra=extra)
    try:
        yield group
    finally:
        for worker in group.running.values():
            if worker.process.poll() is None:
                os.kill(worker.process.pid, signal.SIGKILL)
                worker.process.wait(timeout=30)


class Interleaved:
    """Several mailboxes read round-robin, one message of each in turn, as one connector."""

    mailbox_id = "interleaved"
    provider = "file"
    progress_unit = "messages"

    def __init__(self, sources: Sequence[MailboxConnector]) -> None:
        self.sources = sources

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        streams = [iter(s.read()) for s in self.sources]
        while streams:
            for stream in list(streams):
                item = next(stream, None)
                if item is None:
                    streams.remove(stream)
                else:
                    yield item

    def estimated_total(self) -> int | None:
        return None


class Listed:
    """Messages in exactly the order given, as one connector."""

    mailbox_id = "listed"
    provider = "file"
    progress_unit = "messages"

    def __init__(self, items: Sequence[ReadItem]) -> None:
        self.items = items

    def read(self, *, resume_from: str | None = None) -> Iterator[ReadItem]:
        yield from self.items

    def estimated_total(self) -> int | None:
        return len(self.items)
