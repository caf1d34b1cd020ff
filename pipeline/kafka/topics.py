"""Topic names and their creation. The brokers run with auto-create off, so the app creates
what it needs, with the partition count and record size it needs."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from jobtracker.pipeline.errors import ConfigError
from jobtracker.pipeline.kafka.config import KafkaSettings

log = logging.getLogger(__name__)

RAW = "mail.raw.v1"
CLASSIFIED = "mail.classified.v1"
EVENTS = "tracker.events.v1"
DLQ = "mail.dlq.v1"


@dataclass(kw_only=True, slots=True, frozen=True)
class Topics:
    """The four topics, with the settings' prefix. Every one is keyed by user_id."""

    raw: str
    classified: str
    events: str
    dlq: str

    @classmethod
    def of(cls, settings: KafkaSettings) -> Topics:
        p = settings.topic_prefix
        return cls(raw=p + RAW, classified=p + CLASSIFIED, events=p + EVENTS, dlq=p + DLQ)

    @property
    def all(self) -> tuple[str, ...]:
        return (self.raw, self.classified, self.events, self.dlq)


def admin_client(settings: KafkaSettings) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(
        bootstrap_servers=settings.servers,
        request_timeout_ms=settings.request_timeout_ms,
        client_id="jobtracker-admin",
    )


async def _connect(settings: KafkaSettings, wait_s: float) -> AIOKafkaAdminClient:
    """An admin client, once the cluster answers; a broker restarting is waited for."""
    deadline = asyncio.get_running_loop().time() + wait_s
    while True:
        admin = admin_client(settings)
        try:
            await admin.start()
            return admin
        except KafkaError as exc:
            await admin.close()
            if asyncio.get_running_loop().time() >= deadline:
                raise ConfigError(f"cannot reach Kafka at {settings.bootstrap}: {exc}") from exc
            log.warning("waiting for Kafka at %s: %s", settings.bootstrap, exc)
            await asyncio.sleep(1.0)


async def ensure_topics(
    settings: KafkaSettings, topics: Topics | None = None, *, wait_s: float = 0.0
) -> dict[str, int]:
    """Create the missing topics; returns each topic's partition count.

    Waits up to ``wait_s`` for the cluster to answer. A topic that exists with another
    partition count is used as it is (changing it would move users between partitions),
    with a warning.
    """
    topics = topics or Topics.of(settings)
    admin = await _connect(settings, wait_s)
    try:
        brokers = len((await admin.describe_cluster())["brokers"])
        replication = settings.replication_factor or (3 if brokers >= 3 else 1)
        if replication > brokers:
            raise ConfigError(
                f"replication factor {replication} needs {replication} brokers; "
                f"{settings.bootstrap} has {brokers}"
            )
        config = {"max.message.bytes": str(settings.max_message_bytes)}
        if replication > 1:
            config["min.insync.replicas"] = "2"
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(name, settings.partitions, replication, topic_configs=config)
            for name in topics.all
            if name not in existing
        ]
        if missing:
            response = await admin.create_topics(missing)
            for name, code, *rest in response.topic_errors:
                # 36: another worker created it a moment ago
                if code not in (0, TopicAlreadyExistsError.errno):
                    message = rest[0] if rest and rest[0] else f"error code {code}"
                    raise ConfigError(f"cannot create topic {name}: {message}")
        counts = await _partition_counts(admin, topics.all)
        for name, count in counts.items():
            if count != settings.partitions:
                log.warning(
                    "topic %s has %d partitions, not the %d asked for; using it as it is",
                    name,
                    count,
                    settings.partitions,
                )
        return counts
    finally:
        await admin.close()


async def _partition_counts(
    admin: AIOKafkaAdminClient, names: tuple[str, ...], *, wait_s: float = 30.0
) -> dict[str, int]:
    """Partition counts, once every partition of every topic has a leader (new ones take a
    moment; a producer that starts earlier gets NotLeaderForPartition and retries)."""
    deadline = asyncio.get_running_loop().time() + wait_s
    while True:
        found = {
            t["topic"]: len(t["partitions"])
            for t in await admin.describe_topics(list(names))
            if t["error_code"] == 0
            and t["partitions"]
            and all(p["leader"] >= 0 for p in t["partitions"])
        }
        if len(found) == len(names) or asyncio.get_running_loop().time() > deadline:
            missing = sorted(set(names) - set(found))
            if missing:
                raise ConfigError(f"topics {', '.join(missing)} do not show up in Kafka")
            return found
        await asyncio.sleep(0.2)
