from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.pipeline.evaluate import score
from tests.pipeline.cli_helpers import run_cli


def _t(
    mid: str,
    cat: str,
    app: str | None,
    company: str | None = "Acme Inc.",
    status: str | None = None,
) -> dict[str, object]:
    return {
        "message_id": mid,
        "category": cat,
        "company": company,
        "role": "Data Engineer",
        "application": app,
        "status_after": status,
    }


def _p(mid: str, cat: str, app: str | None, company: str | None = "Acme") -> dict[str, object]:
    return {
        "message_id": mid,
        "category": cat,
        "company": company,
        "role": "Data Engineer",
        "application_id": app,
    }


def test_perfect_predictions_score_one() -> None:
    truth = [
        _t("1", "confirmation", "A", status="applied"),
        _t("2", "rejection", "A", status="rejected"),
        _t("3", "not_job", None, company=None),
    ]
    pred = [
        _p("1", "confirmation", "x"),
        _p("2", "rejection", "x"),
        _p("3", "not_job", None, company=None),
    ]
    s = score(truth, pred, [{"application_id": "x", "status": "rejected"}])
    assert (s.application_f1, s.category_accuracy, s.employer_accuracy) == (1.0, 1.0, 1.0)
    assert (s.grouping_f1, s.final_status_accuracy) == (1.0, 1.0)


def test_a_split_application_and_a_false_positive_cost_what_they_should() -> None:
    truth = [
        _t("1", "confirmation", "A", status="applied"),
        _t("2", "interview", "A", status="interviewing"),
        _t("3", "not_job", None, company=None),
    ]
    pred = [
        _p("1", "confirmation", "x"),
        _p("2", "interview", "y", company="Globex"),
        _p("3", "interview", "z", company="Initech"),
    ]
    apps = [
        {"application_id": "x", "status": "applied"},
        {"application_id": "y", "status": "interviewing"},
    ]
    s = score(truth, pred, apps)
    assert s.application_precision == round(2 / 3, 4) and s.application_recall == 1.0
    assert s.employer_accuracy == 0.5  # "Globex" is not Acme
    assert s.grouping_recall == 0.0  # the one true pair was split
    assert s.category_accuracy == round(2 / 3, 4)


def test_evaluating_a_store_without_the_labelled_mail_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truth = tmp_path / "inbox.mbox.truth.jsonl"
    truth.write_bytes(b'{"message_id": "<a1@example.org>", "category": "not_job"}\n')
    run = run_cli(capsys, "--db", str(tmp_path / "empty.duckdb"), "evaluate", "--truth", str(truth))
    assert run.code == 1
    assert "none of the 1 labelled messages" in run.err
    assert run.out == ""
