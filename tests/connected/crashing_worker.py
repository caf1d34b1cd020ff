"""``jobtracker worker --stages track`` whose track stage kills the process on one message.

``os._exit`` ends the process on the spot, as a segfaulting parser or the OOM killer would:
no exception, no commit, no leaving the group. Run as
``python -m tests.connected.crashing_worker DB BOOTSTRAP TOPIC_PREFIX BATCH_RECORDS``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from jobtracker.pipeline.kafka.codec import Record
from jobtracker.pipeline.kafka.config import KafkaSettings, Stage
from jobtracker.pipeline.kafka.processors import Processor, StageOutput, TrackProcessor
from jobtracker.pipeline.kafka.topics import Topics
from jobtracker.pipeline.kafka.worker import Worker, build_processor
from jobtracker.pipeline.settings import Settings
from jobtracker.sinks.store import Store

KILLER = b"KILLER-PILL"
EXIT_CODE = 70


class DyingTrack(TrackProcessor):
    """The real track stage, in a process that one message kills."""

    def process(self, records: Sequence[Record], *, deadline: float | None = None) -> StageOutput:
        if any(KILLER in (r.value or b"") for r in records):
            sys.stderr.write("killed by a record\n")
            sys.stderr.flush()
            os._exit(EXIT_CODE)
        return super().process(records, deadline=deadline)


def _build(stage: Stage, settings: Settings, topics: Topics, store: Store) -> Processor:
    if stage == "track":
        return DyingTrack(settings=settings, topics=topics, store=store)
    return build_processor(stage, settings, topics, store)


def main(argv: list[str]) -> None:
    db, bootstrap, prefix, batch = argv
    kafka = KafkaSettings(
        bootstrap=bootstrap,
        topic_prefix=prefix,
        partitions=12,
        batch_records=int(batch),
        session_timeout_ms=6000,
        heartbeat_interval_ms=1200,
    )
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(name)s: %(message)s"
    )
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    asyncio.run(Worker(Settings(db=db), kafka, ["track"], build=_build).run())


if __name__ == "__main__":
    main(sys.argv[1:])
