"""``jobtracker dlq``: list dead letters; ``jobtracker dlq replay``: re-submit them after a fix."""

from __future__ import annotations

import click

from jobtracker.pipeline.cli.common import cli, open_store, settings_from, user_option
from jobtracker.pipeline.cli.worker import kafka_option, topic_prefix_option, transport_option
from jobtracker.pipeline.errors import ConfigError
from jobtracker.sinks import queries


def _day_time(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else "-"


@cli.group("dlq", invoke_without_command=True)
@user_option
@click.pass_context
def dlq_command(ctx: click.Context, user_id: str) -> None:
    """List messages that could not be processed, with the error and where they came from.

    Each line: id, stage, when it failed, whether it was replayed, locator, error. Replay
    them after a fix with `jobtracker dlq replay`.
    """
    ctx.obj["dlq_user"] = user_id
    if ctx.invoked_subcommand is not None:
        return
    store = open_store(settings_from(ctx))
    try:
        letters = queries.list_dlq(store, user_id)
    finally:
        store.close()
    if not letters:
        click.echo("the dead-letter queue is empty", err=True)
        return
    for row in letters:
        replayed = f"replayed {_day_time(row['replayed_at'])}" if row["replayed_at"] else "pending"
        click.echo(
            f"{row['dlq_id']}  {row['stage']:<10} {_day_time(row['failed_at'])}  "
            f"{replayed:<26} {row['locator']}  {row['error']}"
        )


@dlq_command.command("replay")
@click.option(
    "--user", "user_id", help="Whose dead letters  [default: the --user given to dlq, or me]"
)
@click.option("--id", "ids", multiple=True, metavar="ID", help="Only these (repeatable).")
@transport_option("publish to mail.raw for the workers.")
@kafka_option
@topic_prefix_option
@click.pass_context
def replay_command(
    ctx: click.Context,
    user_id: str | None,
    ids: tuple[str, ...],
    transport: str,
    bootstrap: str | None,
    topic_prefix: str,
) -> None:
    """Re-submit dead letters not replayed yet (with their raw bytes kept), after a fix.

    Each is marked replayed; one that fails again is back in `jobtracker dlq` with its new
    error. Letters without raw bytes (kept only with --keep-raw) are retried by importing
    their mailbox again.
    """
    from jobtracker.pipeline.kafka import redrive

    user = user_id or ctx.obj.get("dlq_user") or "me"
    kafka = None
    if transport == "kafka":
        from jobtracker.pipeline.kafka.config import build_kafka_settings

        if not bootstrap:
            raise ConfigError("--transport kafka needs --kafka HOST:PORT (or JOBTRACKER_KAFKA)")
        kafka = build_kafka_settings(bootstrap=bootstrap, topic_prefix=topic_prefix)
    settings = settings_from(ctx)
    store = open_store(settings)
    try:
        chosen = redrive.select(store, user, ids)
        if chosen.not_found:
            raise click.ClickException(
                f"no pending dead letter {', '.join(chosen.not_found)} for user {user!r} "
                f"(see `jobtracker dlq --user {user}`)"
            )
        if kafka is not None:
            report = redrive.replay_kafka(kafka, store, chosen.letters)
        else:
            from jobtracker.classifiers import Cascade
            from jobtracker.connectors.mime import normalize, skim

            report = redrive.replay_inline(
                settings,
                store,
                chosen.letters,
                normalize=normalize,
                classifier=Cascade(),
                skim=skim,
            )
    finally:
        store.close()
    where = "published to Kafka" if kafka is not None else "replayed"
    click.echo(
        f"{where} {report.submitted:,} dead letters of {user}: {report.stored:,} stored, "
        f"{report.already_stored:,} already stored, {report.failed_again:,} failed again; "
        f"{report.marked:,} marked replayed",
        err=True,
    )
    if chosen.no_raw:
        shown = ", ".join(chosen.no_raw[:5]) + (", ..." if len(chosen.no_raw) > 5 else "")
        problem = (
            f"{len(chosen.no_raw):,} without raw bytes were not replayed ({shown}): "
            f"import their mailbox again to retry them"
        )
        if ids:  # asked for by id: not doing it is an error
            raise click.ClickException(problem)
        click.echo(problem, err=True)
