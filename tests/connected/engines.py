"""The real engines for the ``connected`` tier, started through the project's deploy/ scripts.

Tests get their own clusters (data dirs under ``JOBTRACKER_TEST_ROOT``, default
/var/tmp/jobtracker-test, and ports of their own), so a developer's PostgreSQL or Kafka is never
touched. A cluster that already runs there is used as it is and left running; one this session
started is stopped when the session ends. ``JOBTRACKER_TEST_PG`` (a postgresql:// URL) or
``JOBTRACKER_TEST_KAFKA`` (bootstrap servers) point the tier at engines that run elsewhere.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
TEST_ROOT = Path(os.environ.get("JOBTRACKER_TEST_ROOT", "/var/tmp/jobtracker-test"))
PG_PORT = int(os.environ.get("JOBTRACKER_TEST_PG_PORT", "25432"))
KAFKA_PORT = int(os.environ.get("JOBTRACKER_TEST_KAFKA_PORT", "29092"))
KAFKA3_PORT = KAFKA_PORT + 100


@dataclass(kw_only=True, slots=True)
class Engine:
    """One running engine: where to reach it, and how it was started."""

    address: str
    data: Path | None  # None: started elsewhere, we may not restart or stop it
    started_here: bool


_running: dict[str, Engine] = {}


def _script(*args: str, timeout: float = 180) -> str:
    done = subprocess.run(
        [str(DEPLOY / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"deploy/{args[0]} {' '.join(args[1:])} failed:\n{done.stderr[-3000:]}")
    lines = done.stdout.strip().splitlines()
    return lines[-1].strip() if lines else ""


def _is_running(status_script: str, data: Path) -> bool:
    done = subprocess.run(
        [str(DEPLOY / status_script), "--data", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode == 0


def _stop_started() -> None:
    for key, engine in list(_running.items()):
        if engine.started_here and engine.data is not None:
            script = "postgres/stop" if key == "postgres" else "kafka/stop"
            subprocess.run(
                [str(DEPLOY / script), "--data", str(engine.data)],
                capture_output=True,
                check=False,
                timeout=120,
            )
        _running.pop(key, None)


# Session fixtures may be collected in several conftest files; the engines are process-wide.
atexit.register(_stop_started)


def postgres() -> Engine:
    if "postgres" not in _running:
        external = os.environ.get("JOBTRACKER_TEST_PG")
        if external:
            _running["postgres"] = Engine(address=external, data=None, started_here=False)
        else:
            data = TEST_ROOT / "postgres"
            running = _is_running("postgres/status", data)
            url = _script("postgres/start", "--data", str(data), "--port", str(PG_PORT), "--fast")
            _running["postgres"] = Engine(address=url, data=data, started_here=not running)
    return _running["postgres"]


def kafka(brokers: int = 1) -> Engine:
    key = f"kafka{brokers}"
    if key not in _running:
        external = os.environ.get("JOBTRACKER_TEST_KAFKA") if brokers == 1 else None
        if external:
            _running[key] = Engine(address=external, data=None, started_here=False)
        else:
            data = TEST_ROOT / f"kafka-{brokers}"
            port = KAFKA_PORT if brokers == 1 else KAFKA3_PORT
            running = _is_running("kafka/status", data)
            if not running:
                # A stopped test cluster keeps every earlier run's topics; start from an empty one
                # so each run sees the same cluster and start-up does not replay old partitions.
                _script("kafka/stop", "--data", str(data), "--wipe")
            # Controller ports below the kernel's ephemeral range (32768-60999 here): the start
            # script's default (port + 10000) lands in it, where an outgoing connection can hold
            # the port between the script's free-port check and the broker's bind.
            bootstrap = _script(
                "kafka/start",
                "--data",
                str(data),
                "--brokers",
                str(brokers),
                "--port",
                str(port),
                "--controller-port",
                str(port + 1000),
            )
            _running[key] = Engine(address=bootstrap, data=data, started_here=not running)
    return _running[key]


def restart_broker(engine: Engine, node: int = 1, *, kill: bool = False) -> None:
    """Stop one node of a test cluster and start it again (deploy/kafka/restart-broker)."""
    if engine.data is None:
        pytest.skip("the Kafka cluster was started elsewhere; not restarting it")
    args = ["kafka/restart-broker", str(node), "--data", str(engine.data)]
    _script(*([*args, "--kill"] if kill else args))


def stop_engines() -> None:
    _stop_started()


def create_database(server_url: str, prefix: str = "jt") -> str:
    """A new, empty database on the test server; returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"


def drop_database(server_url: str, url: str) -> None:
    """Drop a test database, ending whatever is still connected to it (an autovacuum worker too).

    ``WITH (FORCE)`` needs the right to signal every backend on the database; deploy/postgres/start
    grants ``pg_signal_backend`` to the role on ``--fast`` test clusters. Against a server set up
    elsewhere without that grant, fall back to waiting for the database to be free.
    """
    name = url.rpartition("/")[2]
    with psycopg.connect(server_url, autocommit=True) as conn:
        try:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
            return
        except psycopg.errors.InsufficientPrivilege:
            pass
        for _ in range(50):
            try:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')  # type: ignore[arg-type]
                return
            except psycopg.errors.ObjectInUse:
                time.sleep(0.2)
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the test PostgreSQL server (its ``jobtracker`` database)."""
    return postgres().address


@pytest.fixture
def postgres_db(postgres_server: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    url = create_database(postgres_server)
    yield url
    drop_database(postgres_server, url)
