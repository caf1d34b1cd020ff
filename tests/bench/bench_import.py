"""End-to-end import benchmark: prints messages/s and peak RSS, plus a parse-only baseline.

    python tests/bench/bench_import.py [--count 100000] [--seed 11]

Generates (once, cached under build/bench/) a synthetic mailbox, then runs two child
processes pinned to one core: parse-only (frame + normalise every message) and a full
import into a fresh DuckDB file. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_parse(path: str) -> dict[str, float]:
    from jobtracker.connectors.files import open_mailbox
    from jobtracker.connectors.mime import normalize

    start, cpu = time.perf_counter(), _cpu_seconds()
    count = failed = 0
    for item in open_mailbox(path, user_id="bench").read():
        count += 1
        try:
            normalize(item.mail)
        except Exception:
            failed += 1
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    return {
        "messages": count,
        "failed": failed,
        "seconds": seconds,
        "cpu": cpu,
        "rss_mb": _peak_rss_mb(),
    }


def child_import(path: str) -> dict[str, float]:
    from jobtracker.pipeline.settings import Settings
    from jobtracker.pipeline.warmup import warm_up
    from jobtracker.pipeline.wiring import import_mailbox
    from jobtracker.sinks.store import Store

    # Loading the rule data is start-up, as in the CLI: timed apart from the import.
    warm_up_seconds = warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "bench.duckdb"))
        store = Store(settings.db)
        start, cpu = time.perf_counter(), _cpu_seconds()
        report = import_mailbox(settings, store, path, user_id="bench")
        seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
        store.close()
    return {
        "messages": report.read,
        "stored": report.stored,
        "dead_lettered": report.dead_lettered,
        "applications": len(report.applications_touched),
        "warm_up_seconds": warm_up_seconds,
        "seconds": seconds,
        "cpu": cpu,
        "rss_mb": _peak_rss_mb(),
    }


def _run_child(kind: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"the {kind} run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _pin_one_core()
        kind, path = args.child
        result = child_parse(path) if kind == "parse" else child_import(path)
        print(json.dumps(result))
        return

    from jobtracker.pipeline.compiled import guard
    from jobtracker.pipeline.samplegen import write_mbox

    # "compiled": the hot packages run as mypyc extensions; "source" or "stale": as Python.
    print(f"hot modules: {guard()} (pipeline/compiled.py)")
    mbox = ROOT / "build" / "bench" / f"mail-{args.count}-{args.seed}.mbox"
    if not mbox.exists():
        mbox.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        write_mbox(mbox, seed=args.seed, count=args.count, user_id="bench")
        print(f"generated {args.count:,} messages in {time.perf_counter() - start:.1f}s")
    size_mb = mbox.stat().st_size / 1e6
    print(f"mailbox: {mbox.relative_to(ROOT)} ({size_mb:,.0f} MB)")
    parse = _run_child("parse", mbox)
    full = _run_child("import", mbox)
    parse_rate = parse["messages"] / parse["seconds"]
    full_rate = full["messages"] / full["seconds"]
    # msg per CPU second: what the rate would be with the core to itself (other load on the
    # machine stretches wall-clock time but not the CPU time this process used).
    print(
        f"{'stage':<22}{'messages':>10}{'seconds':>10}{'msg/s':>10}"
        f"{'CPU s':>8}{'msg/CPU s':>11}{'peak RSS MB':>13}"
    )
    for name, r, rate in (
        ("parse only (1 core)", parse, parse_rate),
        ("end to end (1 core)", full, full_rate),
    ):
        print(
            f"{name:<22}{r['messages']:>10,.0f}{r['seconds']:>10.1f}{rate:>10,.0f}"
            f"{r['cpu']:>8.1f}{r['messages'] / r['cpu']:>11,.0f}{r['rss_mb']:>13,.0f}"
        )
    print(f"rule data loaded before the import in {full['warm_up_seconds']:.2f}s (not timed)")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} (figures are noisy above ~1)")
    print(f"end to end / parse only: {full_rate / parse_rate:.2f}")
    print(
        f"stored {full['stored']:,.0f}, dead-lettered {full['dead_lettered']:,.0f}, "
        f"applications {full['applications']:,.0f}"
    )


if __name__ == "__main__":
    main()
