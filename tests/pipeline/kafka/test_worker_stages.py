"""``jobtracker worker --stages``: which layouts a worker accepts, and what each consumes."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.kafka.config import DEFAULT_STAGES, FUSED, KafkaSettings
from jobtracker.pipeline.kafka.lag import source_topic
from jobtracker.pipeline.kafka.topics import Topics
from tests.pipeline.cli_helpers import run_cli


@pytest.mark.parametrize(
    ("stages", "problem"),
    [
        ("classify+track,track", "stored twice over"),
        ("classify,classify+track", "stored twice over"),
        ("classify,sort", "sort: choose from classify, track, dlq, classify+track"),
        (",", "nothing: choose from"),
    ],
)
def test_a_layout_that_cannot_work_is_refused_before_connecting(
    capsys: pytest.CaptureFixture[str], stages: str, problem: str
) -> None:
    # Port 9 has no broker: a worker that got past the check would fail differently, later.
    run = run_cli(capsys, "worker", "--kafka", "127.0.0.1:9", "--stages", stages)
    assert run.code == 2
    assert problem in run.err and "--stages" in run.err


def test_classify_and_track_together_consume_mail_raw_by_default() -> None:
    topics = Topics.of(KafkaSettings(bootstrap="127.0.0.1:9092", topic_prefix="t."))
    assert DEFAULT_STAGES == (FUSED, "dlq")
    assert source_topic(FUSED, topics) == source_topic("classify", topics) == topics.raw
    assert source_topic("track", topics) == topics.classified
