"""Kafka transport benchmark: messages/s end to end with 1 and 2 workers, lag drain time, and
the inline transport on the same mail in the same run. Prints figures, asserts nothing.

    python tests/bench/bench_kafka.py [--count 100000] [--users 24] [--workers 1,2]
                                      [--layouts split,fused]
                                      [--kafka HOST:PORT] [--db postgresql://...]

``--count`` messages in all, spread over ``--users`` mailboxes (generated once, cached under
build/bench/). Topics are keyed by user, so one user's mail is one partition and one worker:
workers scale with users, not with one mailbox (``--users 1`` shows that). Without --kafka /
--db the engines are started (or reused) through deploy/kafka/start and deploy/postgres/start.

For each worker count: a fresh database and fresh topics; all mail is published first (publish
rate), then the workers start, and the time until every stage's lag is zero is the drain time
(worker start-up included): messages/s = messages / drain time. Each worker count runs in
each layout: ``split`` (the stages classify, track, dlq, with mail.classified between them)
and ``fused`` (classify+track, dlq).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
JOBTRACKER = str(Path(sys.executable).parent / "jobtracker")


def _engine(script: str, *args: str) -> str:
    out = subprocess.run(
        [str(ROOT / "deploy" / script), *args], check=True, capture_output=True, text=True
    )
    return out.stdout.strip().splitlines()[-1]


Mailbox = tuple[Path, str]


def _mailboxes(count: int, users: int, seed: int) -> list[Mailbox]:
    from jobtracker.pipeline.samplegen import write_mbox

    root = ROOT / "build" / "bench" / f"kafka-{count}-{users}-{seed}"
    boxes = []
    started = time.perf_counter()
    for n in range(users):
        user = f"user{n:03d}"
        path = root / f"{user}.mbox"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            share = count // users + (1 if n < count % users else 0)
            write_mbox(path, seed=seed + n, count=share, user_id=user)
        boxes.append((path, user))
    if time.perf_counter() - started > 1:
        print(f"generated {count:,} messages in {time.perf_counter() - started:.0f}s")
    return boxes


def child_inline(db: str, boxes: list[Mailbox]) -> None:
    """`jobtracker import` of every mailbox into one DuckDB file, with one pipeline."""
    from jobtracker.pipeline.settings import Settings
    from jobtracker.pipeline.wiring import build_inline, open_source
    from jobtracker.sinks.store import Store

    store = Store(db)
    pipeline = build_inline(Settings(db=db), store)
    for path, user in boxes:
        pipeline.run(open_source(path, user_id=user), user_id=user, location=str(path))
    store.close()


def _inline(boxes: list[Mailbox]) -> tuple[float, float, int, int]:
    """Seconds and CPU seconds of the inline transport into a fresh DuckDB file, and the
    messages it stored and dead-lettered."""
    import duckdb

    spec = ",".join(f"{path}={user}" for path, user in boxes)
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--child-inline", f"{tmp}/b.duckdb", spec], check=True
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        with duckdb.connect(f"{tmp}/b.duckdb", read_only=True) as conn:
            stored, dead = (
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
                for table in ("messages", "dlq")
            )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, stored, dead


def _publish(boxes: list[Mailbox], kafka: object) -> None:
    from jobtracker.pipeline.kafka.publisher import publish_mailbox
    from jobtracker.pipeline.wiring import open_source

    async def run() -> None:
        for path, user in boxes:
            await publish_mailbox(open_source(path, user_id=user), kafka, location=str(path))  # type: ignore[arg-type]

    asyncio.run(run())


def _fresh_database(server: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    return server.rpartition("/")[0] + "/" + name


def _drop_database(server: str, url: str) -> None:
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rpartition("/")[2]}" WITH (FORCE)')  # type: ignore[arg-type]


def _engines_cpu() -> dict[str, float]:
    """CPU seconds used so far by the broker's JVM and by PostgreSQL (its live processes, plus
    the backends that have exited, which the postmaster counts as its children's time)."""
    tick = os.sysconf("SC_CLK_TCK")
    used = {"broker": 0.0, "postgres": 0.0}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if b"kafka.Kafka" in cmdline:
            engine = "broker"
        elif cmdline.startswith(b"postgres") or b"/postgres" in cmdline.split(b"\0")[0]:
            engine = "postgres"
        else:
            continue
        # after the command's ")": state, ppid, ... utime (12), stime (13), cutime, cstime
        ticks = int(fields[11]) + int(fields[12])
        if engine == "postgres" and b"-D" in cmdline:
            ticks += int(fields[13]) + int(fields[14])  # the postmaster: exited backends
        used[engine] += ticks / tick
    return used


LAYOUTS = {"split": ("classify", "track", "dlq"), "fused": ("classify+track", "dlq")}


def _kafka_run(
    boxes: list[Mailbox],
    count: int,
    workers: int,
    bootstrap: str,
    server: str,
    partitions: int,
    layout: str,
    batch_size: int | None = None,
) -> dict[str, float]:
    from jobtracker.pipeline.kafka.config import KafkaSettings
    from jobtracker.pipeline.kafka.lag import consumer_lag

    prefix = f"bench{uuid.uuid4().hex[:6]}."
    kafka = KafkaSettings(bootstrap=bootstrap, topic_prefix=prefix, partitions=partitions)
    stages = LAYOUTS[layout]
    db = _fresh_database(server)
    try:
        started = time.perf_counter()
        _publish(boxes, kafka)
        publish_s = time.perf_counter() - started
        logs = tempfile.TemporaryDirectory()
        procs = []
        engines_before = _engines_cpu()
        started = time.perf_counter()
        for n in range(workers):
            log = open(f"{logs.name}/w{n}.log", "wb")  # noqa: SIM115
            procs.append(
                subprocess.Popen(
                    [
                        JOBTRACKER,
                        "worker",
                        "--kafka",
                        bootstrap,
                        "--db",
                        db,
                        "--topic-prefix",
                        prefix,
                        "--partitions",
                        str(partitions),
                        "--stages",
                        ",".join(stages),
                        *(["--batch-size", str(batch_size)] if batch_size else []),
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        peak, zero_seen = 0, False
        while True:
            lag = asyncio.run(consumer_lag(kafka, stages))  # type: ignore[arg-type]
            peak = max(peak, sum(lag.values()))
            if not any(lag.values()) and time.perf_counter() - started > 5:
                if zero_seen:
                    break
                zero_seen = True
            else:
                zero_seen = False
            time.sleep(1.0)
        drain_s = time.perf_counter() - started - 1.0  # the confirming second look
        cpu = 0.0
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
            _, _, usage = os.wait4(proc.pid, 0)
            proc.returncode = 0
            cpu += usage.ru_utime + usage.ru_stime
        engines = _engines_cpu()
        stored = dead = 0
        with psycopg.connect(db) as conn:
            row = conn.execute("SELECT count(*) FROM messages").fetchone()
            stored = int(row[0]) if row else 0
            row = conn.execute("SELECT count(*) FROM dlq").fetchone()
            dead = int(row[0]) if row else 0
            for stage, error, n in conn.execute(
                "SELECT stage, left(error, 160), count(*) FROM dlq GROUP BY 1, 2 ORDER BY 3 DESC"
            ).fetchmany(5):
                print(f"  dead-lettered by {stage} ({n}): {error}", file=sys.stderr)
        logs.cleanup()
    finally:
        _drop_database(server, db)
    return {
        "publish_s": publish_s,
        "drain_s": drain_s,
        "rate": count / drain_s,
        "stored": stored,
        "dead_lettered": dead,
        "cpu_s": cpu,
        "peak_lag": peak,
        "broker_cpu_s": engines["broker"] - engines_before["broker"],
        "postgres_cpu_s": engines["postgres"] - engines_before["postgres"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=24, help="mailboxes the count spreads over")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workers", default="1,2", help="worker counts to run, e.g. 1,2")
    parser.add_argument("--layouts", default="split,fused", help="stage layouts to run")
    parser.add_argument("--batch-size", type=int, help="records per batch (worker default)")
    parser.add_argument("--partitions", type=int, default=12)
    parser.add_argument("--kafka", help="bootstrap servers (default: deploy/kafka/start)")
    parser.add_argument("--db", help="PostgreSQL server URL (default: deploy/postgres/start)")
    parser.add_argument("--skip-inline", action="store_true")
    parser.add_argument("--child-inline", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_inline:
        db, spec = args.child_inline
        pairs = [item.rsplit("=", 1) for item in spec.split(",")]
        child_inline(db, [(Path(p), u) for p, u in pairs])
        return

    from jobtracker.pipeline.compiled import guard

    logging.getLogger("aiokafka").setLevel(logging.ERROR)  # retried errors are not news
    print(f"hot modules: {guard()} (pipeline/compiled.py)")
    bootstrap = args.kafka or _engine("kafka/start")
    server = args.db or _engine("postgres/start")
    boxes = _mailboxes(args.count, args.users, args.seed)
    size = sum(path.stat().st_size for path, _ in boxes) / 1e6
    print(
        f"{args.count:,} messages of {args.users} users ({size:,.0f} MB), {args.partitions} "
        f"partitions, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"{'run':<30}{'seconds':>9}{'msg/s':>9}{'CPU s':>8}{'stored':>9}  notes")
    if not args.skip_inline:
        seconds, cpu, stored, dead = _inline(boxes)
        print(
            f"{'inline (DuckDB)':<30}{seconds:>9.1f}{args.count / seconds:>9,.0f}{cpu:>8.0f}"
            f"{stored:>9,}  dead-lettered {dead:,}"
        )
    runs = [(int(w), lay) for w in args.workers.split(",") for lay in args.layouts.split(",")]
    for workers, layout in runs:
        r = _kafka_run(
            boxes, args.count, workers, bootstrap, server, args.partitions, layout, args.batch_size
        )
        print(
            f"{f'kafka, {workers} worker(s), {layout}':<30}{r['drain_s']:>9.1f}{r['rate']:>9,.0f}"
            f"{r['cpu_s']:>8.0f}{r['stored']:>9,.0f}  dead-lettered {r['dead_lettered']:,}, "
            f"publish {r['publish_s']:.1f}s "
            f"({args.count / r['publish_s']:,.0f} msg/s), peak lag {r['peak_lag']:,.0f}, "
            f"lag drained in {r['drain_s']:.1f}s; meanwhile the broker used "
            f"{r['broker_cpu_s']:.0f} CPU s, PostgreSQL {r['postgres_cpu_s']:.0f}"
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
