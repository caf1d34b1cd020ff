"""``python -m jobtracker.pipeline.samplegen``: write a synthetic mailbox with its truth."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, datetime

from .mbox import write_mbox


def _date(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="python -m jobtracker.pipeline.samplegen",
        description="Generate a realistic synthetic job-search mailbox (mbox) with truth labels.",
    )
    parse.add_argument("--out", required=True, help="mbox file to write; truth goes next to it")
    parse.add_argument("--count", type=int, default=1000, help="number of messages (default 1000)")
    parse.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parse.add_argument("--user", default="me", help="user_id written into the truth (default me)")
    parse.add_argument(
        "--start",
        type=_date,
        default=None,
        help="date of the first day, ISO 8601 (default 2024-01-08)",
    )
    return parse


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.count < 1:
        parser().error("--count must be at least 1")
    summary = write_mbox(
        args.out, seed=args.seed, count=args.count, user_id=args.user, start=args.start
    )
    mix = ", ".join(f"{name} {n}" for name, n in summary.categories.items())
    print(
        f"wrote {summary.messages} messages ({summary.bytes_written / 1e6:.1f} MB) to "
        f"{summary.path} in {summary.seconds:.1f} s"
    )
    print(
        f"truth: {summary.truth_path}; {summary.applications} applications in "
        f"{summary.applications_path}"
    )
    print(f"categories: {mix}")
    return 0
