"""The connected tier: real Kafka and PostgreSQL, started through deploy/ (see engines.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from jobtracker.pipeline.kafka.config import KafkaSettings
from jobtracker.pipeline.samplegen import write_mbox
from tests.connected.engines import Engine, kafka, postgres_db, postgres_server, stop_engines

__all__ = ["postgres_db", "postgres_server"]

MailboxFactory = Callable[[str, int, int], Path]


def pytest_sessionfinish() -> None:
    stop_engines()


@pytest.fixture(scope="session")
def kafka_cluster() -> Engine:
    """A single-node Kafka for the tests (its own data dir and port)."""
    return kafka(1)


@pytest.fixture
def kafka_settings(kafka_cluster: Engine) -> KafkaSettings:
    """Topics and consumer groups of this test only."""
    return KafkaSettings(
        bootstrap=kafka_cluster.address, topic_prefix=f"t{uuid.uuid4().hex[:10]}.", partitions=12
    )


@pytest.fixture(scope="session")
def mailbox(tmp_path_factory: pytest.TempPathFactory) -> MailboxFactory:
    """``mailbox(user, seed, count)``: a generated mbox, written once per session."""
    made: dict[tuple[str, int, int], Path] = {}
    root = tmp_path_factory.mktemp("mailboxes")

    def make(user: str, seed: int, count: int) -> Path:
        key = (user, seed, count)
        if key not in made:
            path = root / f"{user}-{seed}-{count}.mbox"
            write_mbox(path, seed=seed, count=count, user_id=user)
            made[key] = path
        return made[key]

    return make
