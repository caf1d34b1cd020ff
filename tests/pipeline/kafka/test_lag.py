"""Consumer lag on a broker that has not made its offsets topic yet: all published is lag."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import GroupCoordinatorNotAvailableError

from jobtracker.pipeline.kafka import lag
from jobtracker.pipeline.kafka.config import KafkaSettings


class _Admin:
    """The admin calls consumer_lag makes, on a broker with no group coordinator yet."""

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def describe_topics(self, topics: list[str]) -> list[dict[str, Any]]:
        return [{"error_code": 0, "partitions": [{"partition": 0}, {"partition": 1}]}]

    async def list_consumer_group_offsets(self, group: str, partitions: Any) -> Any:
        raise GroupCoordinatorNotAvailableError(f"Unable to get coordinator id for {group}")


class _Offsets:
    def __init__(self, **_: Any) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def end_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: 10 * (tp.partition + 1) for tp in partitions}


def test_no_coordinator_yet_counts_everything_published(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lag, "admin_client", lambda settings: _Admin())
    monkeypatch.setattr(lag, "AIOKafkaConsumer", _Offsets)
    found = asyncio.run(lag.consumer_lag(KafkaSettings(bootstrap="127.0.0.1:9"), ["classify"]))
    assert found == {"classify": 30}
