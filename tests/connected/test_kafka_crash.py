"""A record that kills the worker process (not an exception: the process is gone) is counted
across restarts in the consumer group's committed offsets and dead-lettered after
``max_attempts`` deaths; the partition then flows on and nothing else is lost."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.kafka.config import STAGES, KafkaSettings
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store
from tests.connected.conftest import MailboxFactory
from tests.connected.crashing_worker import EXIT_CODE, KILLER
from tests.connected.harness import export, inline_export, lag, publish, workers

pytestmark = pytest.mark.connected

ROOT = Path(__file__).resolve().parents[2]
BATCH = 20

KILLER_MAIL = b"""From killer@example.com Mon Mar  2 10:00:00 2026
From: Ana Recruiter <ana@jobs.example.com>
To: me@example.org
Subject: KILLER-PILL about your application
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <killer-pill@example.com>

This message kills the track worker, every time.

"""


def _track_worker(kafka: KafkaSettings, db: str, log: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "tests.connected.crashing_worker", db, kafka.bootstrap]
    with log.open("wb") as fh:
        return subprocess.Popen(
            [*args, kafka.topic_prefix, str(BATCH)], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT
        )


def _life(kafka: KafkaSettings, track: subprocess.Popen[bytes], timeout: float) -> int | None:
    """Until the worker dies (its exit code) or every stage's lag is zero twice (None)."""
    deadline = time.monotonic() + timeout
    zero_before = False
    while time.monotonic() < deadline:
        code = track.poll()
        if code is not None:
            return code
        if not any(lag(kafka, STAGES).values()):
            if zero_before:
                return None
            zero_before = True
        else:
            zero_before = False
        time.sleep(0.5)
    raise AssertionError(f"neither dead nor drained after {timeout:.0f}s: {lag(kafka, STAGES)}")


@pytest.mark.timeout(600)
def test_a_record_that_kills_the_worker_is_dead_lettered_after_max_attempts_deaths(
    kafka_settings: KafkaSettings, postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    assert KILLER in KILLER_MAIL
    clean = mailbox("ana", 601, 120)
    chunks = re.split(rb"(?m)^(?=From )", clean.read_bytes())
    poisoned = tmp_path / "killer.mbox"
    poisoned.write_bytes(b"".join([*chunks[:50], KILLER_MAIL, *chunks[50:]]))
    kafka = kafka_settings.model_copy(update={"batch_records": BATCH})
    logs = tmp_path / "logs"
    logs.mkdir()
    deaths = 0
    with workers(kafka, postgres_db, logs, "--stages", "classify,dlq", "--batch-size", "20") as w:
        w.start("classify")
        (report,) = publish(kafka, [(poisoned, "ana")])
        assert report.published == 121
        while True:
            log = logs / f"track-{deaths}.log"
            track = _track_worker(kafka, postgres_db, log)
            code = _life(kafka, track, 300)
            if code is None:
                break
            assert code == EXIT_CODE, f"track worker exited with {code}:\n{log.read_text()}"
            deaths += 1
            assert deaths <= 6, f"the worker keeps dying on the same record:\n{log.read_text()}"
        # Not dying any more: the killer is dead-lettered and everything behind it flowed.
        track.terminate()
        assert track.wait(timeout=90) == 0, log.read_text()[-3000:]
        w.stop_all()
    # max_attempts (3) deaths of the killer on its own, plus its batch's (one or two).
    assert 4 <= deaths <= 5, deaths
    store = Store(postgres_db)
    try:
        with store.engine.connect() as conn:
            letters = conn.execute(sa.select(schema.dlq)).mappings().all()
    finally:
        store.close()
    (letter,) = letters
    assert (letter["stage"], letter["attempts"]) == ("track", 3)
    assert letter["error"].startswith("WorkerDied: a worker died 3 times")
    assert letter["user_id"] == "ana" and letter["provider_message_id"]
    assert export(postgres_db, tmp_path / "kafka") == inline_export([(clean, "ana")], tmp_path)
