"""Commands that read the store: applications, stats, export (dlq: ``cli/dlq.py``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from jobtracker.pipeline.cli.common import cli, open_store, settings_from, user_option
from jobtracker.sinks import analytics, export, queries

out = Console()


def _day(value: object) -> str:
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else ""


@cli.command("applications")
@user_option
@click.option("--status", help="Only this status (applied, interviewing, rejected, ...).")
@click.option("--company", help="Only companies containing this text.")
@click.option("--limit", default=200, show_default=True, type=click.IntRange(1, 100_000))
@click.pass_context
def applications_command(
    ctx: click.Context, user_id: str, status: str | None, company: str | None, limit: int
) -> None:
    """Show your applications as a table, most recent activity first."""
    store = open_store(settings_from(ctx))
    try:
        found, more = queries.list_applications(
            store,
            user_id,
            queries.ApplicationFilter(status=status, company=company),
            limit=limit,
        )
    finally:
        store.close()
    if not found:
        click.echo(
            f"no applications for user {user_id!r} yet: run `jobtracker import PATH`", err=True
        )
        return
    table = Table(title=f"{len(found)} applications of {user_id}", show_lines=False)
    for column in ("Company", "Role", "Status", "Source", "Applied", "Last activity", "Msgs"):
        table.add_column(column, overflow="fold")
    for app in found:
        table.add_row(
            app["company"],
            app["role"] or "",
            app["status"],
            app["source"] or "",
            _day(app["applied_at"]),
            _day(app["last_activity_at"]),
            str(app["message_count"]),
        )
    out.print(table)
    if more:
        click.echo(f"(more than {limit}; use --limit)", err=True)


@cli.command("stats")
@user_option
@click.pass_context
def stats_command(ctx: click.Context, user_id: str) -> None:
    """Print the funnel, response rate and breakdowns as JSON."""
    store = open_store(settings_from(ctx))
    try:
        click.echo(json.dumps(analytics.stats(store, user_id), indent=2, default=str))
    finally:
        store.close()


@cli.command("export")
@click.option(
    "--what",
    type=click.Choice(["applications", "messages"]),
    default="applications",
    show_default=True,
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    help="Default: from --out's suffix, else csv.",
)
@click.option(
    "--out", "out_path", default="-", show_default=True, help="File to write, or - for stdout."
)
@click.option("--user", "user_id", help="Only this user (default: every user).")
@click.pass_context
def export_command(
    ctx: click.Context, what: str, fmt: str | None, out_path: str, user_id: str | None
) -> None:
    """Export applications or messages as CSV or JSON lines (DESIGN.md section 8)."""
    if fmt is None:
        fmt = "jsonl" if out_path.endswith((".jsonl", ".ndjson")) else "csv"
    store = open_store(settings_from(ctx))
    try:
        if out_path == "-":
            count = export.write_export(store, sys.stdout, what=what, fmt=fmt, user_id=user_id)  # type: ignore[arg-type]
        else:
            target = Path(out_path)
            if not target.parent.exists():
                raise click.BadParameter(f"{target.parent} does not exist", param_hint="--out")
            tmp = target.with_name(target.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                count = export.write_export(store, fh, what=what, fmt=fmt, user_id=user_id)  # type: ignore[arg-type]
            tmp.replace(target)
    finally:
        store.close()
    click.echo(f"wrote {count:,} {what} rows to {out_path}", err=True)
