"""End to end: a generated mailbox in, applications out, checked against the generator's truth."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import orjson
import pytest

from jobtracker.pipeline.evaluate import score
from jobtracker.pipeline.samplegen import write_mbox
from tests.pipeline.cli_helpers import dump, run_cli


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mail") / "inbox.mbox"
    write_mbox(path, seed=3, count=1500, user_id="me")
    return path


def _truth(mbox: Path) -> list[dict[str, object]]:
    lines = Path(str(mbox) + ".truth.jsonl").read_bytes().splitlines()
    return [orjson.loads(line) for line in lines if line.strip()]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_import_then_export_matches_the_truth(
    mailbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.duckdb"
    run = run_cli(capsys, "--db", str(db), "import", str(mailbox), "--user", "me")
    assert run.code == 0, run.err
    assert "read 1,500 messages" in run.err
    apps_csv, msgs_csv = tmp_path / "apps.csv", tmp_path / "msgs.csv"
    assert run_cli(capsys, "--db", str(db), "export", "--out", str(apps_csv)).code == 0
    assert (
        run_cli(
            capsys, "--db", str(db), "export", "--what", "messages", "--out", str(msgs_csv)
        ).code
        == 0
    )
    messages = _read_csv(msgs_csv)
    applications = _read_csv(apps_csv)
    assert len(messages) == 1500  # one row for every message read
    scores = score(_truth(mailbox), messages, applications)
    print(json.dumps(scores.as_dict(), indent=1))
    assert scores.matched == 1500
    # Regression floors a little under what this seed scores today (0.99 / 0.99 / 0.97 / 0.94 /
    # 0.98, role 0.81); issue #3's targets are for held-out mail, reported by `jobtracker evaluate`.
    assert scores.application_f1 >= 0.95
    assert scores.category_accuracy >= 0.95
    assert scores.employer_accuracy >= 0.93
    assert scores.grouping_f1 >= 0.90
    assert scores.final_status_accuracy >= 0.93
    assert scores.role_accuracy >= 0.75


def test_importing_twice_leaves_the_store_identical(
    mailbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "twice.duckdb"
    assert run_cli(capsys, "--db", str(db), "import", str(mailbox)).code == 0
    first = dump(db, volatile=True)
    again = run_cli(capsys, "--db", str(db), "import", str(mailbox))
    assert again.code == 0
    assert "0 new, 1,500 already stored" in again.err
    assert dump(db, volatile=True) == first


def test_the_applications_table_is_readable(
    mailbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "table.duckdb"
    assert run_cli(capsys, "--db", str(db), "import", str(mailbox)).code == 0
    run = run_cli(capsys, "--db", str(db), "applications", "--user", "me")
    assert run.code == 0
    assert "applications of me" in run.out
    assert "Company" in run.out and "Status" in run.out
