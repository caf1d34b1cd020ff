"""`jobtracker dlq replay`: dead letters re-submitted after a fix end up stored as if they had
never failed, are marked replayed, and nothing is lost when they fail again."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.classifiers import Cascade
from jobtracker.pipeline.contracts import Classification, NormalizedMessage
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store
from tests.pipeline.cli_helpers import dump, run_cli

BUG = "Interview invitation BUG-42"


def _eml(i: int, subject: str) -> bytes:
    return (
        f"From: Ana Recruiter <ana@jobs.example.com>\nTo: me@example.org\n"
        f"Subject: {subject}\nDate: Mon, 0{i} Mar 2026 10:00:00 +0000\n"
        f"Message-ID: <m{i}@example.com>\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n"
        f"Thank you for applying to Acme for the Data Engineer role. ({i})\n"
    ).encode()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    mail = tmp_path / "mail"
    mail.mkdir()
    for i, subject in enumerate(["Your application to Acme", BUG, "Hello", BUG + " again"]):
        (mail / f"{i}.eml").write_bytes(_eml(i + 1, subject))
    return mail


@pytest.fixture
def buggy(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A classifier bug that some subjects set off (undone by ``monkeypatch.undo()``)."""
    classify, first_look = Cascade.classify, Cascade.first_look

    def broken_classify(self: Cascade, message: NormalizedMessage) -> Classification:
        if "BUG-42" in message.subject:
            raise RuntimeError("classifier bug")
        return classify(self, message)

    def broken_first_look(self: Cascade, message: NormalizedMessage) -> Classification | None:
        if "BUG-42" in message.subject:
            raise RuntimeError("classifier bug")
        return first_look(self, message)

    monkeypatch.setattr(Cascade, "classify", broken_classify)
    monkeypatch.setattr(Cascade, "first_look", broken_first_look)
    return monkeypatch


def _letters(db: Path) -> list[dict[str, object]]:
    store = Store(str(db))
    try:
        with store.engine.connect() as conn:
            found = conn.execute(sa.select(schema.dlq).order_by(schema.dlq.c.locator))
            return [dict(row) for row in found.mappings()]
    finally:
        store.close()


def _without_dlq(db: Path) -> dict[str, list[tuple[object, ...]]]:
    return {k: v for k, v in dump(db).items() if k != "dlq"}


def test_replay_after_the_fix_stores_them_as_if_they_never_failed(
    tmp_path: Path, folder: Path, buggy: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.duckdb"
    run = run_cli(capsys, "--db", str(db), "import", str(folder), "--keep-raw")
    assert run.code == 0, run.err
    letters = _letters(db)
    assert len(letters) == 2 and all(row["raw"] and not row["replayed_at"] for row in letters)
    listed = run_cli(capsys, "--db", str(db), "dlq")
    assert listed.out.count("pending") == 2 and "RuntimeError: classifier bug" in listed.out

    # Replayed before the fix: they fail again, keep their bytes, stay pending.
    again = run_cli(capsys, "--db", str(db), "dlq", "replay")
    assert again.code == 0, again.err
    assert "2 failed again; 0 marked replayed" in again.err
    assert [(r["raw"], r["replayed_at"]) for r in _letters(db)] == [
        (r["raw"], None) for r in letters
    ]

    buggy.undo()  # the fix
    fixed = run_cli(capsys, "--db", str(db), "dlq", "replay")
    assert fixed.code == 0, fixed.err
    assert "replayed 2 dead letters of me: 2 stored" in fixed.err
    assert all(row["replayed_at"] for row in _letters(db))
    assert run_cli(capsys, "--db", str(db), "dlq").out.count("replayed 2") == 2
    # Same rows as an import that never met the bug.
    clean = tmp_path / "clean.duckdb"
    assert run_cli(capsys, "--db", str(clean), "import", str(folder), "--keep-raw").code == 0
    assert _without_dlq(db) == _without_dlq(clean)
    # Nothing pending any more: a second replay does nothing.
    assert "replayed 0 dead letters" in run_cli(capsys, "--db", str(db), "dlq", "replay").err


def test_replay_by_id_and_clear_errors(
    tmp_path: Path, folder: Path, buggy: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.duckdb"
    assert run_cli(capsys, "--db", str(db), "import", str(folder)).code == 0  # no raw kept
    (first, second) = _letters(db)
    buggy.undo()
    unknown = run_cli(capsys, "--db", str(db), "dlq", "replay", "--id", "nope")
    assert unknown.code == 1 and "no pending dead letter nope for user 'me'" in unknown.err
    bare = run_cli(capsys, "--db", str(db), "dlq", "replay", "--id", str(first["dlq_id"]))
    assert bare.code == 1
    assert "1 without raw bytes were not replayed" in bare.err and "import" in bare.err
    assert not any(row["replayed_at"] for row in _letters(db))
    # With the mailbox imported again (the advice), they are stored.
    assert run_cli(capsys, "--db", str(db), "import", str(folder)).code == 0
    assert len(dump(db)["messages"]) == 4
    other = run_cli(capsys, "--db", str(db), "dlq", "replay", "--user", "bob", "--id", "x")
    assert other.code == 1 and "for user 'bob'" in other.err
    assert second["dlq_id"] != first["dlq_id"]


def test_kafka_replay_needs_a_broker_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JOBTRACKER_KAFKA", raising=False)
    run = run_cli(
        capsys, "--db", str(tmp_path / "t.duckdb"), "dlq", "replay", "--transport", "kafka"
    )
    assert run.code == 2 and "--kafka HOST:PORT" in run.err
