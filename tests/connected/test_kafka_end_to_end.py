"""End to end on the real broker and PostgreSQL: the Kafka transport stores what inline does."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jobtracker.pipeline.kafka.config import DEFAULT_STAGES, STAGES, KafkaSettings
from tests.connected.conftest import MailboxFactory
from tests.connected.harness import export, inline_export, publish, wait_until_drained, workers

pytestmark = pytest.mark.connected

USERS = (("ana", 101, 400), ("bruno", 102, 350), ("chen", 103, 300), ("dora", 104, 250))


# Both layouts a deployment may choose: classify and track as one stage (the default), or apart
# with mail.classified between them.
LAYOUTS = {"together": DEFAULT_STAGES, "apart": STAGES}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_two_workers_store_what_the_inline_transport_stores(
    kafka_settings: KafkaSettings,
    postgres_db: str,
    mailbox: MailboxFactory,
    tmp_path: Path,
    layout: str,
) -> None:
    boxes = [(mailbox(user, seed, count), user) for user, seed, count in USERS]
    stages = LAYOUTS[layout]
    args = ("--batch-size", "100", "--stages", ",".join(stages))
    with workers(kafka_settings, postgres_db, tmp_path / "logs", *args) as group:
        group.start()
        group.start()
        reports = publish(kafka_settings, boxes)
        assert [r.published for r in reports] == [count for _, _, count in USERS]
        time.sleep(1.0)
        # SIGTERM mid-run: the batch in flight is finished and committed, the group rebalances.
        logs = [group.stop("w1")]
        group.start()
        wait_until_drained(kafka_settings, stages=stages)
        logs += [group.stop(name) for name in list(group.running)]
    kafka = export(postgres_db, tmp_path / "kafka")
    inline = inline_export(boxes, tmp_path)
    assert len(kafka.messages) == sum(count for _, _, count in USERS)
    assert kafka.messages == inline.messages
    assert kafka.applications == inline.applications
    # Every worker left cleanly, with its counts.
    for text in logs:
        assert "FastStream app shut down gracefully" in text
        assert "track: " in text and " stored" in text


def test_publishing_a_mailbox_again_changes_nothing(
    kafka_settings: KafkaSettings, postgres_db: str, mailbox: MailboxFactory, tmp_path: Path
) -> None:
    box = [(mailbox("ana", 101, 400), "ana")]
    with workers(kafka_settings, postgres_db, tmp_path / "logs") as group:
        group.start()
        publish(kafka_settings, box)
        wait_until_drained(kafka_settings)
        first = export(postgres_db, tmp_path / "first")
        publish(kafka_settings, box)
        wait_until_drained(kafka_settings)
        text = group.stop("w1")
    assert export(postgres_db, tmp_path / "again") == first
    assert "classify+track: 800 records" in text and "400 already stored" in text
