"""deploy/kafka/start: a start that fails stops the nodes it launched, so none holds a port."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.connected.engines import DEPLOY, KAFKA_PORT

pytestmark = pytest.mark.connected


def _processes_using(data: Path) -> list[str]:
    out = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # the process ended meanwhile
        if f"kafka.Kafka {data}/" in text:
            out.append(text)
    return out


def test_a_start_that_times_out_leaves_no_node_running(tmp_path: Path) -> None:
    data = tmp_path / "kafka"
    port = KAFKA_PORT + 300  # a cluster of its own: not the session's test clusters
    done = subprocess.run(
        [
            str(DEPLOY / "kafka/start"),
            "--data",
            str(data),
            "--brokers",
            "3",
            "--port",
            str(port),
            "--controller-port",
            str(port + 1000),
            "--timeout",
            "1",  # a JVM does not start in one second: the start fails while nodes run
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "did not answer" in done.stderr and "were stopped" in done.stderr
    assert _processes_using(data.resolve()) == []
    status = subprocess.run(
        [str(DEPLOY / "kafka/status"), "--data", str(data)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.returncode == 1 and "running" not in status.stdout
