"""An interrupted ``import --transport kafka`` resumes after the last message the broker acked."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from jobtracker.connectors.files import open_mailbox
from jobtracker.pipeline.kafka import publisher
from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.kafka.publisher import ResumePoint, publish_mailbox, resume_point_path
from jobtracker.pipeline.samplegen import write_mbox
from tests.pipeline.test_resume import InterruptedAfter


class FakeProducer:
    """Acks every record at once; the test reads what was sent, in order."""

    def __init__(self, sent: list[bytes]) -> None:
        self.sent = sent

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def flush(self) -> None:
        pass

    async def send(self, topic: str, value: bytes, **_: Any) -> asyncio.Future[object]:
        self.sent.append(value)
        done: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    records: list[bytes] = []

    async def no_topics(*_: Any, **__: Any) -> dict[str, int]:
        return {}

    monkeypatch.setattr(publisher, "build_producer", lambda settings: FakeProducer(records))
    monkeypatch.setattr(publisher, "ensure_topics", no_topics)
    return records


def test_a_resumed_publish_starts_after_the_last_acked_message(
    sent: list[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOBTRACKER_STATE_DIR", str(tmp_path / "state"))
    mbox = tmp_path / "mail.mbox"
    write_mbox(mbox, seed=4, count=90, user_id="me")
    kafka = KafkaSettings(bootstrap="127.0.0.1:9", topic_prefix="t")
    all_raw = [item.mail.raw for item in open_mailbox(mbox, user_id="me").read()]

    point = ResumePoint(path=resume_point_path(kafka, open_mailbox(mbox, user_id="me").mailbox_id))
    assert point.load() is None
    first = asyncio.run(
        publish_mailbox(
            InterruptedAfter(open_mailbox(mbox, user_id="me"), 37),  # type: ignore[arg-type]
            kafka,
            location=str(mbox),
            on_checkpoint=point.save,
        )
    )
    assert first.interrupted and first.read == 37
    token = point.load()
    assert token is not None

    second = asyncio.run(
        publish_mailbox(
            open_mailbox(mbox, user_id="me"),
            kafka,
            location=str(mbox),
            resume_from=token,
            on_checkpoint=point.save,
        )
    )
    assert not second.interrupted and second.read == 90 - 37
    # Every message published exactly once, in mailbox order, across the two runs.
    assert [raw for raw in all_raw if any(raw in record for record in sent)] == all_raw
    assert len(sent) == 90


def test_an_unreadable_resume_point_means_starting_over(tmp_path: Path) -> None:
    point = ResumePoint(path=tmp_path / "p.json")
    point.path.write_text("{not json", encoding="utf-8")
    assert point.load() is None
    point.save("mbox:1234")
    assert point.load() == "mbox:1234"
    point.clear()
    assert point.load() is None and not point.path.exists()
