"""Bad input: each case gets a clear error or a dead-letter entry, and nothing is lost."""

from __future__ import annotations

import base64
import csv
import os
import re
from pathlib import Path

import pytest

from tests.conftest import duckdb_held_by_another_process
from tests.pipeline.cli_helpers import Run, run_cli


def eml(
    subject: str = "Hello",
    body: str = "Just saying hi.",
    *,
    message_id: str | None = "<hi@example.com>",
    sender: str | None = "Ana <ana@example.com>",
    date: str | None = "Mon, 02 Mar 2026 10:00:00 +0000",
    extra: str = "",
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    headers = []
    if sender:
        headers.append(f"From: {sender}")
    headers.append("To: me@example.org")
    headers.append(f"Subject: {subject}")
    if date:
        headers.append(f"Date: {date}")
    if message_id:
        headers.append(f"Message-ID: {message_id}")
    headers.append("MIME-Version: 1.0")
    headers.append(f"Content-Type: {content_type}")
    if extra:
        headers.append(extra)
    return ("\n".join(headers) + "\n\n" + body + "\n").encode()


def mbox(*messages: bytes) -> bytes:
    return b"".join(
        b"From sender@example.com Mon Mar  2 10:00:00 2026\n" + m + b"\n" for m in messages
    )


def counts(run: Run) -> dict[str, int]:
    """The numbers of the import summary line: read, new, already stored, duplicates, DLQ."""
    match = re.search(
        r"read ([\d,]+) messages.*?([\d,]+) new, ([\d,]+) already stored, "
        r"([\d,]+) duplicate copies, ([\d,]+) dead-lettered",
        run.err,
        re.S,
    )
    assert match, run.err
    read, new, old, dup, dlq = (int(g.replace(",", "")) for g in match.groups())
    assert read == new + old + dup + dlq  # nothing silently dropped
    return {"read": read, "new": new, "old": old, "dup": dup, "dlq": dlq}


def imp(capsys: pytest.CaptureFixture[str], db: Path, path: Path) -> Run:
    return run_cli(capsys, "--db", str(db), "import", str(path), "--user", "me")


def export_messages(
    capsys: pytest.CaptureFixture[str], db: Path, tmp: Path
) -> list[dict[str, str]]:
    out = tmp / "m.csv"
    assert (
        run_cli(capsys, "--db", str(db), "export", "--what", "messages", "--out", str(out)).code
        == 0
    )
    with out.open(newline="") as fh:
        return list(csv.DictReader(fh))


def test_truncated_mbox_keeps_every_message_it_can(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = [eml(message_id=f"<m{i}@example.com>", body=f"note {i}") for i in range(3)]
    data = mbox(*good, eml(message_id="<cut@example.com>"))
    path = tmp_path / "cut.mbox"
    path.write_bytes(data[: len(data) - 60])  # the last message loses its body and some headers
    run = imp(capsys, tmp_path / "t.duckdb", path)
    assert run.code == 0, run.err
    c = counts(run)
    assert c["read"] == 4 and c["new"] >= 3


def test_a_file_that_is_not_mail_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    run = imp(capsys, tmp_path / "t.duckdb", path)
    assert run.code == 1
    assert "photo.png" in run.err and "not a mailbox" in run.err
    assert "Traceback" not in run.err


def test_binary_garbage_in_a_folder_is_dead_lettered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(eml())
    (folder / "b.eml").write_bytes(os.urandom(4096).replace(b":", b"."))
    db = tmp_path / "t.duckdb"
    run = imp(capsys, db, folder)
    assert run.code == 0, run.err
    assert counts(run) == {"read": 2, "new": 1, "old": 0, "dup": 0, "dlq": 1}
    listed = run_cli(capsys, "--db", str(db), "dlq", "--user", "me")
    assert "b.eml" in listed.out and "normalize" in listed.out


def test_a_50_mb_attachment_is_stored_without_trouble(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = base64.encodebytes(os.urandom(50 * 1024 * 1024 // 4 * 3)).decode()
    body = (
        "--XYZ\nContent-Type: text/plain\n\nPlease find the file attached.\n"
        "--XYZ\nContent-Type: application/octet-stream\n"
        'Content-Disposition: attachment; filename="huge.bin"\n'
        f"Content-Transfer-Encoding: base64\n\n{blob}\n--XYZ--"
    )
    path = tmp_path / "big.eml"
    path.write_bytes(eml(body=body, content_type='multipart/mixed; boundary="XYZ"'))
    assert path.stat().st_size > 50 * 1024 * 1024
    run = imp(capsys, tmp_path / "t.duckdb", path)
    assert run.code == 0, run.err
    assert counts(run)["new"] == 1


def test_unknown_charset_falls_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.eml"
    path.write_bytes(
        eml(
            body="Caf\xe9 at noon?".encode("latin-1").decode("latin-1"),
            content_type='text/plain; charset="x-no-such-charset"',
        )
    )
    db = tmp_path / "t.duckdb"
    run = imp(capsys, db, path)
    assert counts(run)["new"] == 1
    (row,) = export_messages(capsys, db, tmp_path)
    assert row["category"] == "not_job"


def test_a_folder_whose_name_is_not_utf8_imports_and_imports_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A disk or an archive from a system in Latin-1: Python reads the name's byte 0xFF as a
    # surrogate escape, which UTF-8 cannot hold, and the store keeps the mailbox's location.
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Bewerbungen-\xff"))
    folder.mkdir()
    (folder / "one.eml").write_bytes(eml())
    db = tmp_path / "t.duckdb"
    assert counts(imp(capsys, db, folder))["new"] == 1
    assert counts(imp(capsys, db, folder))["old"] == 1  # the second run finds it stored
    (row,) = export_messages(capsys, db, tmp_path)
    assert row["message_id"] == "<hi@example.com>"


def test_missing_message_id_date_and_from_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bare.eml"
    path.write_bytes(eml(message_id=None, sender=None, date=None))
    db = tmp_path / "t.duckdb"
    assert counts(imp(capsys, db, path))["new"] == 1
    (row,) = export_messages(capsys, db, tmp_path)
    assert row["message_id"] == "" and row["sent_at"] == ""


def test_duplicate_message_ids_with_different_content_are_both_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dups.mbox"
    same = "<same@example.com>"
    path.write_bytes(
        mbox(
            eml(message_id=same, body="one"),
            eml(message_id=same, body="two"),
            eml(message_id=same, body="one"),
        )
    )
    db = tmp_path / "t.duckdb"
    assert counts(imp(capsys, db, path)) == {"read": 3, "new": 2, "old": 0, "dup": 1, "dlq": 0}
    assert [r["message_id"] for r in export_messages(capsys, db, tmp_path)] == [same, same]


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_an_empty_mailbox_reads_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "empty"
    if kind == "file":
        path = path.with_suffix(".mbox")
        path.write_bytes(b"")
    else:
        path.mkdir()
    run = imp(capsys, tmp_path / "t.duckdb", path)
    assert run.code == 0, run.err
    assert counts(run)["read"] == 0


def test_a_path_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.duckdb"
    run = imp(capsys, db, tmp_path / "nope.mbox")
    assert run.code == 1
    assert "nope.mbox" in run.err and "Traceback" not in run.err
    assert not db.exists()  # nothing was created for a typo


def test_a_locked_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.duckdb"
    path = tmp_path / "one.eml"
    path.write_bytes(eml())
    with duckdb_held_by_another_process(db):
        run = imp(capsys, db, path)
    assert run.code == 1
    assert "in use by another jobtracker process" in run.err


def test_invalid_settings_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(eml())
    run = run_cli(
        capsys, "--db", str(tmp_path / "t.duckdb"), "import", str(path), "--batch-size", "0"
    )
    assert run.code == 2
    assert "batch_size" in run.err


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("lots", "JOBTRACKER_DUCKDB_MEMORY_MB must be a number"),
        ("4", "greater than or equal to 16"),
    ],
)
def test_an_invalid_duckdb_memory_limit_is_a_usage_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    value: str,
    says: str,
) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(eml())
    monkeypatch.setenv("JOBTRACKER_DUCKDB_MEMORY_MB", value)
    run = run_cli(capsys, "--db", str(tmp_path / "t.duckdb"), "import", str(path))
    assert run.code == 2
    assert says in run.err
