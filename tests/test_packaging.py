"""The wheel installs everything under jobtracker.*, data files included, and nothing bare."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("pipeline", "connectors", "classifiers", "correlator", "sinks", "api")


def test_wheel_maps_the_folders_into_the_jobtracker_namespace(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        # The layout is what is checked here, not mypyc's build (minutes of C compiling).
        env=os.environ | {"JOBTRACKER_COMPILE": "0"},
    )
    (wheel,) = tmp_path.glob("jobtracker-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packaged = [n for n in names if not n.startswith("jobtracker-")]
    assert packaged and all(n.startswith("jobtracker/") for n in packaged)
    for folder in FOLDERS:
        assert f"jobtracker/{folder}/__init__.py" in names
    assert "jobtracker/__init__.py" not in names  # a namespace package, as DESIGN asks
    assert "jobtracker/pipeline/samplegen/data/sample.mbox" in names
    assert any(n.startswith("jobtracker/classifiers/rules/data/vendors/") for n in names)
    assert any(n.startswith("jobtracker/correlator/data/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "jobtracker = jobtracker.pipeline.cli:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )
