"""``jobtracker import`` and ``jobtracker up``."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from jobtracker.pipeline.cli.common import cli, open_store, settings_from, user_option
from jobtracker.pipeline.cli.worker import kafka_option, topic_options, transport_option
from jobtracker.pipeline.errors import ConfigError
from jobtracker.pipeline.settings import Settings

if TYPE_CHECKING:
    from jobtracker.pipeline.inline import ImportReport
    from jobtracker.sinks.store import Store

err = Console(stderr=True, soft_wrap=True)


def shown(path: str) -> str:
    """A path as it can be printed: bytes of a name in another encoding as ``\\xff`` escapes
    (Python reads them as surrogates, which a terminal cannot be sent)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def run_import(settings: Settings, store: Store, path: str, user_id: str) -> ImportReport:
    """Import with a live progress bar on a terminal: share done, messages, msg/s, ETA."""
    from jobtracker.pipeline.warmup import warm_up
    from jobtracker.pipeline.wiring import import_mailbox, open_source

    connector = open_source(path, user_id=user_id)
    warm_up()  # the rule data, before the progress bar's clock starts
    total = connector.estimated_total()
    by_bytes = connector.progress_unit == "bytes"
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]importing[/] {task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[messages]:,} messages, {task.fields[rate]:,.0f} msg/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task(shown(Path(path).name), total=total, messages=0, rate=0.0)
        started = time.perf_counter()
        done = 0

        def advance(messages: int, position: int | None) -> None:
            nonlocal done
            done += messages
            rate = done / max(time.perf_counter() - started, 1e-6)
            if by_bytes and position is not None:
                progress.update(task, completed=position, messages=done, rate=rate)
            else:
                progress.update(task, completed=done, messages=done, rate=rate)

        report = import_mailbox(
            settings, store, path, user_id=user_id, on_progress=advance, connector=connector
        )
    _print_report(path, report)
    return report


def _print_report(path: str, r: ImportReport) -> None:
    if r.resumed_from:
        err.print(f"resumed {shown(path)} after checkpoint {r.resumed_from}")
    err.print(
        f"{shown(path)}: read {r.read:,} messages in {r.seconds:.1f}s ({r.rate:,.0f} msg/s): "
        f"{r.stored:,} new, {r.already_stored:,} already stored, "
        f"{r.duplicates:,} duplicate copies, {r.dead_lettered:,} dead-lettered; "
        f"{len(r.applications_touched):,} applications updated",
        highlight=False,
    )
    if r.dead_lettered:
        err.print("  see them with: jobtracker dlq", highlight=False)
    if r.interrupted:
        err.print("interrupted: run the same command again to resume where it stopped")


@cli.command("import")
@click.argument("path", type=click.Path(path_type=str))
@user_option
@click.option(
    "--keep-raw", is_flag=True, help="Keep raw message bytes in the store (off: private)."
)
@click.option(
    "--batch-size",
    type=int,
    help=f"Messages per batch  [default: {Settings.model_fields['batch_size'].default}]",
)
@transport_option("publish to mail.raw for `jobtracker worker`.")
@kafka_option
@topic_options
@click.pass_context
def import_command(
    ctx: click.Context,
    path: str,
    user_id: str,
    keep_raw: bool,
    batch_size: int | None,
    transport: str,
    bootstrap: str | None,
    topic_prefix: str,
    partitions: int | None,
) -> None:
    """Import a mailbox: an mbox (Google Takeout too), a Maildir, a folder of .eml, or one .eml.

    Importing is resumable (Ctrl-C, then run it again) and idempotent (importing the
    same mail twice changes nothing). With --transport kafka the messages are published to
    Kafka and the workers (`jobtracker worker`) store them.
    """
    from jobtracker.pipeline.wiring import open_source

    if transport == "kafka":
        if keep_raw:
            raise ConfigError("with --transport kafka, --keep-raw is the workers' setting")
        publish_to_kafka(path, user_id, bootstrap, topic_prefix, partitions)
        return
    settings = settings_from(ctx, keep_raw=keep_raw or None, batch_size=batch_size)
    open_source(path, user_id=user_id)  # a bad path fails before the store is created
    store = open_store(settings)
    try:
        report = run_import(settings, store, path, user_id)
    finally:
        store.close()
    if report.interrupted:
        ctx.exit(130)


def publish_to_kafka(
    path: str, user_id: str, bootstrap: str | None, topic_prefix: str, partitions: int | None
) -> None:
    """``import --transport kafka``: publish instead of processing, with the same progress."""
    import asyncio
    import logging

    from jobtracker.pipeline.kafka.config import build_kafka_settings
    from jobtracker.pipeline.kafka.publisher import ResumePoint, publish_mailbox, resume_point_path
    from jobtracker.pipeline.wiring import open_source

    if not bootstrap:
        raise ConfigError("--transport kafka needs --kafka HOST:PORT (or JOBTRACKER_KAFKA)")
    kafka = build_kafka_settings(
        bootstrap=bootstrap, topic_prefix=topic_prefix, partitions=partitions
    )
    connector = open_source(path, user_id=user_id)
    location = str(Path(path).resolve())
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # we report what matters
    resume_point = ResumePoint(path=resume_point_path(kafka, connector.mailbox_id))
    resume_from = resume_point.load()
    if resume_from is not None:
        err.print(f"{shown(path)}: resuming an interrupted publish", highlight=False)
    by_bytes = connector.progress_unit == "bytes"
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]publishing[/] {task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[messages]:,} messages"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task(
            shown(Path(path).name), total=connector.estimated_total(), messages=0
        )
        done = 0

        def advance(messages: int, position: int | None) -> None:
            nonlocal done
            done += messages
            shown = position if by_bytes and position is not None else done
            progress.update(task, completed=shown, messages=done)

        report = asyncio.run(
            publish_mailbox(
                connector,
                kafka,
                location=location,
                on_progress=advance,
                resume_from=resume_from,
                on_checkpoint=resume_point.save,
            )
        )
    if not report.interrupted:
        resume_point.clear()
    err.print(
        f"{shown(path)}: read {report.read:,} messages in {report.seconds:.1f}s "
        f"({report.rate:,.0f} msg/s): published {report.published:,} to {report.topic}, "
        f"{report.dead_lettered:,} dead-lettered (too large for Kafka)",
        highlight=False,
    )
    if report.interrupted:
        err.print("interrupted: run the same command again to resume where it stopped")
        raise SystemExit(130)


@cli.command("up")
@click.argument("path", required=False, type=click.Path(path_type=str))
@user_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--no-import", is_flag=True, help="Serve what is stored; import nothing.")
@click.pass_context
def up_command(
    ctx: click.Context, path: str | None, user_id: str, host: str, port: int, no_import: bool
) -> None:
    """Import a mailbox (the bundled sample unless PATH is given) and serve the API."""
    import uvicorn

    from jobtracker.api.app import create_app
    from jobtracker.pipeline.samplegen import bundled_sample_path

    settings = settings_from(ctx, api_host=host, api_port=port)
    store = open_store(settings)
    try:
        if not no_import:
            run_import(settings, store, path or str(bundled_sample_path()), user_id)
        app = create_app(settings, store, default_user=user_id)
        err.print(f"serving http://{host}:{port}/  (API docs at /docs; Ctrl-C to stop)")
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
