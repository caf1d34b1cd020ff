"""Consumer lag: how many records each stage's group has yet to commit."""

from __future__ import annotations

from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import CoordinatorLoadInProgressError, GroupCoordinatorNotAvailableError

from jobtracker.pipeline.kafka.config import DEFAULT_STAGES, KafkaSettings, Stage
from jobtracker.pipeline.kafka.topics import Topics, admin_client


def source_topic(stage: Stage, topics: Topics) -> str:
    """The topic a stage consumes."""
    return {
        "classify": topics.raw,
        "track": topics.classified,
        "dlq": topics.dlq,
        "classify+track": topics.raw,
    }[stage]


async def consumer_lag(
    settings: KafkaSettings, stages: Sequence[Stage] = DEFAULT_STAGES
) -> dict[Stage, int]:
    """Records not yet committed, per stage, summed over partitions.

    ``stages`` are the ones the workers run (their groups' commits are what counts), in
    pipeline order (classify, track, dlq): a stage commits only after it has published, so
    when every stage reads zero in that order, everything published before the call is
    stored.
    """
    topics = Topics.of(settings)
    admin = admin_client(settings)
    offsets = AIOKafkaConsumer(bootstrap_servers=settings.servers, enable_auto_commit=False)
    await admin.start()
    await offsets.start()
    try:
        lag: dict[Stage, int] = {}
        for stage in stages:
            topic = source_topic(stage, topics)
            partitions = [
                TopicPartition(topic, p["partition"])
                for described in await admin.describe_topics([topic])
                if described["error_code"] == 0
                for p in described["partitions"]
            ]
            if not partitions:
                lag[stage] = 0  # no such topic yet: nothing to do
                continue
            ends = await offsets.end_offsets(partitions)
            try:
                committed = await admin.list_consumer_group_offsets(
                    settings.group_id(stage), partitions=partitions
                )
            except (GroupCoordinatorNotAvailableError, CoordinatorLoadInProgressError):
                # A new broker creates its offsets topic on the first group's call: until
                # then no group has committed anything, and all that was published is lag.
                committed = {}
            lag[stage] = sum(
                max(0, ends[tp] - max(committed[tp].offset, 0) if tp in committed else ends[tp])
                for tp in partitions
            )
        return lag
    finally:
        await offsets.stop()
        await admin.close()
