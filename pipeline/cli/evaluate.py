"""``jobtracker evaluate``: score what was imported against truth labels."""

from __future__ import annotations

import json
from pathlib import Path

import click
import orjson

from jobtracker.pipeline.cli.common import cli, open_store, settings_from
from jobtracker.pipeline.evaluate import score
from jobtracker.sinks.export import iter_rows


@cli.command("evaluate")
@click.option(
    "--truth",
    "truth_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A .truth.jsonl file written by `jobtracker sample`.",
)
@click.option("--user", "user_id", help="Only this user's messages (default: all).")
@click.option("--confusion", is_flag=True, help="Also print the category confusion matrix.")
@click.pass_context
def evaluate_command(
    ctx: click.Context, truth_path: Path, user_id: str | None, confusion: bool
) -> None:
    """Print precision / recall / F1 for application mail, category, employer and role
    accuracy, grouping pairwise F1 and final-status accuracy, as JSON."""
    with truth_path.open("rb") as fh:
        truth = [orjson.loads(line) for line in fh if line.strip()]
    if user_id:
        truth = [t for t in truth if t.get("user_id") == user_id]
    store = open_store(settings_from(ctx))
    try:
        scores = score(
            truth,
            iter_rows(store, "messages", user_id),
            iter_rows(store, "applications", user_id),
        )
    finally:
        store.close()
    if truth and scores.matched == 0:
        # Nothing to compare: scores of 1.0 "by default" would read as a perfect import.
        raise click.ClickException(
            f"none of the {len(truth)} labelled messages of {truth_path} are in the store"
            f"{f' for user {user_id!r}' if user_id else ''}: import that mailbox into this "
            "--db first"
        )
    result = scores.as_dict()
    if not confusion:
        result.pop("confusion")
    click.echo(json.dumps(result, indent=2))
    if scores.matched < scores.messages:
        click.echo(
            f"warning: {scores.messages - scores.matched} truth messages were not in the store",
            err=True,
        )
