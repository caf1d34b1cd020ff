"""``jobtracker worker``: run pipeline stages as Kafka consumers."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable

import click

from jobtracker.pipeline.cli.common import cli, settings_from
from jobtracker.pipeline.errors import ConfigError


def kafka_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--kafka",
        "bootstrap",
        envvar="JOBTRACKER_KAFKA",
        metavar="HOST:PORT[,...]",
        help="Kafka bootstrap servers  [env: JOBTRACKER_KAFKA]",
    )(f)


def topic_prefix_option(f: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--topic-prefix",
        default="",
        envvar="JOBTRACKER_TOPIC_PREFIX",
        help="Put before every topic and consumer group name (one cluster, several setups).",
    )(f)


def transport_option(kafka_does: str) -> Callable[[click.decorators.FC], click.decorators.FC]:
    """``--transport inline|kafka``; ``kafka_does`` says what the kafka choice does."""
    return click.option(
        "--transport",
        type=click.Choice(["inline", "kafka"]),
        default="inline",
        show_default=True,
        help=f"inline: process here, into --db. kafka: {kafka_does}",
    )


def topic_options(f: click.decorators.FC) -> click.decorators.FC:
    f = topic_prefix_option(f)
    return click.option(
        "--partitions",
        type=click.IntRange(1, 10_000),
        help="Partitions of topics this creates  [default: 12]",
    )(f)


def parse_stages(value: str) -> list[str]:
    from jobtracker.pipeline.kafka.config import FUSED, KNOWN_STAGES

    stages = [s.strip() for s in value.split(",") if s.strip()]
    unknown = [s for s in stages if s not in KNOWN_STAGES]
    if unknown or not stages:
        raise click.BadParameter(
            f"{', '.join(unknown) or 'nothing'}: choose from {', '.join(KNOWN_STAGES)}",
            param_hint="--stages",
        )
    if FUSED in stages and {"classify", "track"} & set(stages):
        raise click.BadParameter(
            f"{FUSED} runs both stages on the same records; with classify or track beside "
            f"it every message would be stored twice over",
            param_hint="--stages",
        )
    return list(dict.fromkeys(stages))


@cli.command("worker")
@kafka_option
@click.option("--db", "db", envvar="JOBTRACKER_DB", help="The store: a postgresql:// URL.")
@click.option(
    "--stages",
    default="classify+track,dlq",
    show_default=True,
    help="Which stages this process runs (each is its own consumer group). "
    "classify+track runs both on the same records, without the mail.classified round trip; "
    "every worker of a deployment should use the same layout.",
)
@topic_options
@click.option("--batch-size", type=click.IntRange(1, 100_000), help="Records per batch  [2000]")
@click.option("--keep-raw", is_flag=True, help="Keep raw message bytes in the store.")
@click.option(
    "--max-attempts", type=click.IntRange(1, 100), help="Tries before dead-lettering  [3]"
)
@click.option(
    "--session-timeout-ms",
    type=click.IntRange(1000, 3_600_000),
    help="How soon the group notices a dead worker  [10000]",
)
@click.option("-v", "--verbose", is_flag=True, help="Log every batch.")
@click.pass_context
def worker_command(
    ctx: click.Context,
    bootstrap: str | None,
    db: str | None,
    stages: str,
    topic_prefix: str,
    partitions: int | None,
    batch_size: int | None,
    keep_raw: bool,
    max_attempts: int | None,
    session_timeout_ms: int | None,
    verbose: bool,
) -> None:
    """Run stages as Kafka consumers: classify (mail.raw -> mail.classified), track
    (mail.classified -> store -> tracker.events) and dlq (mail.dlq -> store), or
    classify+track (mail.raw -> store -> tracker.events) in place of the first two.

    Start as many workers as you like; they share the partitions. SIGTERM or Ctrl-C finishes
    the batch in flight, commits it and leaves the group.
    """
    from jobtracker.pipeline.kafka.config import build_kafka_settings
    from jobtracker.pipeline.kafka.worker import run_worker

    if not bootstrap:
        raise ConfigError("the worker needs --kafka HOST:PORT (or JOBTRACKER_KAFKA)")
    chosen = parse_stages(stages)
    if db:
        ctx.obj["db"] = db
    settings = settings_from(ctx, transport="kafka", keep_raw=keep_raw or None)
    kafka = build_kafka_settings(
        bootstrap=bootstrap,
        topic_prefix=topic_prefix,
        partitions=partitions,
        batch_records=batch_size,
        max_attempts=max_attempts,
        session_timeout_ms=session_timeout_ms,
        heartbeat_interval_ms=session_timeout_ms // 5 if session_timeout_ms else None,
    )
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("aiokafka", "faststream"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.WARNING)
    stats = asyncio.run(run_worker(settings, kafka, chosen))  # type: ignore[arg-type]
    for stage, s in stats.items():
        click.echo(
            f"{stage}: {s.records:,} records in {s.batches:,} batches: {s.stored:,} stored, "
            f"{s.skipped:,} already stored, {s.dead_lettered:,} dead-lettered, "
            f"{s.retries:,} retried",
            err=True,
        )
