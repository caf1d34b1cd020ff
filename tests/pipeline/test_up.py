"""README command 1 in miniature: `jobtracker up` imports the bundled sample and serves the API."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import orjson


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, Any]:
    with urllib.request.urlopen(url, timeout=5) as response:
        body = response.read()
        is_json = response.headers.get_content_type() == "application/json"
        return response.status, orjson.loads(body) if is_json else body


def test_up_imports_the_sample_and_serves(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "JOBTRACKER_DB": str(tmp_path / "up.duckdb")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jobtracker.pipeline.cli", "up", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.communicate()[1]
            try:
                if _get(f"{base}/healthz")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            assert time.monotonic() < deadline, "jobtracker up did not start serving in 90 s"
            time.sleep(0.3)
        apps = _get(f"{base}/applications?limit=5")[1]
        assert len(apps["items"]) == 5 and apps["next_cursor"]
        stats = _get(f"{base}/stats")[1]
        assert stats["messages"] == 800 and stats["applications"] > 20
        assert _get(f"{base}/docs")[0] == 200
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert "read 800 messages" in err
    assert f"serving http://127.0.0.1:{port}/" in err
