"""``jobtracker sample``: write a synthetic mailbox with truth labels."""

from __future__ import annotations

from pathlib import Path

import click

from jobtracker.pipeline.cli.common import cli


@cli.command("sample")
@click.option(
    "--out", "out_path", required=True, type=click.Path(path_type=Path), help="mbox file to write."
)
@click.option("--count", default=1000, show_default=True, type=click.IntRange(1, 10_000_000))
@click.option("--seed", default=7, show_default=True, type=int)
@click.option("--user", "user_id", default="me", show_default=True)
def sample_command(out_path: Path, count: int, seed: int, user_id: str) -> None:
    """Generate a realistic synthetic mailbox (mbox + .truth.jsonl labels).

    The same seed writes the same bytes.
    """
    from jobtracker.pipeline.samplegen import write_mbox

    summary = write_mbox(out_path, seed=seed, count=count, user_id=user_id)
    click.echo(
        f"wrote {summary.messages:,} messages ({summary.applications:,} applications, "
        f"{summary.bytes_written / 1e6:,.1f} MB) to {out_path} in {summary.seconds:.1f}s; "
        f"truth labels in {summary.truth_path}",
        err=True,
    )
