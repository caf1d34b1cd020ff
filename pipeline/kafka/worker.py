"""``jobtracker worker``: the chosen stages as consumers in one process.

Each stage is its own consumer group, so N worker processes share each topic's partitions and a
process may run any subset of the stages. The process stops on SIGTERM or SIGINT: every stage
finishes and commits the batch in flight, then leaves its group.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from faststream import FastStream
from faststream.kafka import KafkaBroker

from jobtracker.classifiers import Cascade
from jobtracker.connectors.mime import normalize, skim
from jobtracker.pipeline.kafka.config import KafkaSettings, Stage
from jobtracker.pipeline.kafka.consumer import (
    KafkaEffects,
    StageConsumer,
    StageStats,
    build_producer,
)
from jobtracker.pipeline.kafka.fencing import Leases
from jobtracker.pipeline.kafka.lag import source_topic
from jobtracker.pipeline.kafka.processors import (
    ClassifyProcessor,
    ClassifyTrackProcessor,
    DeadLetterProcessor,
    Processor,
    TrackProcessor,
)
from jobtracker.pipeline.kafka.topics import Topics, ensure_topics
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.warmup import collecting_less, warm_up
from jobtracker.sinks.store import Store
from jobtracker.sinks.writer import TrackerWriter

log = logging.getLogger("jobtracker.worker")


def build_processor(stage: Stage, settings: Settings, topics: Topics, store: Store) -> Processor:
    if stage == "dlq":
        return DeadLetterProcessor(topics=topics, store=store)
    if stage == "track":
        return TrackProcessor(settings=settings, topics=topics, store=store)
    classify = ClassifyProcessor(
        settings=settings,
        topics=topics,
        store=store,
        normalize=normalize,
        skim=skim,
        classifier=Cascade(),
    )
    if stage == "classify":
        return classify
    track = TrackProcessor(settings=settings, topics=topics, store=store)
    return ClassifyTrackProcessor(classify=classify, track=track)


ProcessorBuilder = Callable[[Stage, Settings, Topics, Store], Processor]


class Worker:
    """The stages of one process, ready to run (``run`` returns after SIGTERM / ``stop``)."""

    def __init__(
        self,
        settings: Settings,
        kafka: KafkaSettings,
        stages: Sequence[Stage],
        *,
        build: ProcessorBuilder = build_processor,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        self.settings = settings
        self.kafka = kafka
        self.stages = stages
        self.build = build
        self.on_ready = on_ready
        self.consumers: list[StageConsumer] = []
        self.app: FastStream | None = None

    async def run(self) -> dict[str, StageStats]:
        kafka = self.kafka
        topics = Topics.of(kafka)
        # A worker outlives broker restarts; one that starts during one waits for it.
        await ensure_topics(kafka, topics, wait_s=kafka.startup_wait_s)
        store = Store(self.settings.db, statement_timeout_s=kafka.statement_timeout_s)
        try:
            producer = build_producer(kafka)
            effects = KafkaEffects(
                writer=TrackerWriter(store),
                producer=producer,
                publish_timeout_s=kafka.publish_timeout_s,
            )
            broker = KafkaBroker(
                kafka.servers,
                client_id="jobtracker-worker",
                request_timeout_ms=kafka.request_timeout_ms,
                consumer_only=True,  # records go out through our own idempotent producer
                allow_auto_create_topics=False,  # ensure_topics made them, with our settings
                graceful_timeout=kafka.shutdown_timeout_s,
                log_level=logging.DEBUG,  # one line per batch is too many for INFO
                logger=log,
            )
            self.consumers = [
                StageConsumer(
                    name=stage,
                    topic=source_topic(stage, topics),
                    group_id=kafka.group_id(stage),
                    processor=self.build(stage, self.settings, topics, store),
                    effects=effects,
                    settings=kafka,
                    leases=Leases(store=store, group_id=kafka.group_id(stage)),
                )
                for stage in self.stages
            ]
            for consumer in self.consumers:
                consumer.register(broker)
            self.app = FastStream(
                broker,
                logger=log,
                on_startup=[producer.start],
                after_startup=[self._ready],
                after_shutdown=[producer.stop, *(c.close for c in self.consumers)],
            )
            if "classify" in self.stages or "classify+track" in self.stages:
                warm_up()  # the rule data, loaded before the heap is frozen
            with collecting_less():
                await self.app.run(log_level=logging.INFO)
        finally:
            store.close()
        return {c.name: c.stats for c in self.consumers}

    def _ready(self) -> None:
        log.info("worker ready: %s", ", ".join(f"{c.name} <- {c.topic}" for c in self.consumers))
        if self.on_ready is not None:
            self.on_ready()

    def stop(self) -> None:
        """What SIGTERM does: finish and commit the batches in flight, leave the groups."""
        if self.app is not None:
            self.app.exit()


async def run_worker(
    settings: Settings,
    kafka: KafkaSettings,
    stages: Sequence[Stage],
    *,
    on_ready: Callable[[], None] | None = None,
) -> dict[str, StageStats]:
    """Run until SIGTERM / SIGINT; returns what each stage did."""
    return await Worker(settings, kafka, stages, on_ready=on_ready).run()
