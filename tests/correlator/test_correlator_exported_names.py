"""What the tracked rows say a message is about: its application's employer and role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import Category as C


def _classifications(stage: TrackStage, items: list[Any]) -> list[dict[str, Any]]:
    return list(stage.track_batch(items).by_table["classifications"])


def test_every_message_of_an_application_reports_its_employer_and_role(
    mail, tmp_path: Path
) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    rows = _classifications(
        stage,
        [
            mail(C.CONFIRMATION, company="Pérez", role="Staff DevOps Engineer", sent="2024-04-29"),
            mail(C.INTERVIEW, company="Pérez Seguros S.A.", role=None, sent="2024-05-02"),
            mail(C.INTERVIEW, company=None, sent="2024-05-07", sender="mgil@perez.es"),
            mail(C.NOT_JOB, company="Newsletter Co", sent="2024-05-08"),
        ],
    )
    shown = [(r["company"], r["role"], r["application_id"] is not None) for r in rows]
    assert shown == [
        ("Pérez", "Staff DevOps Engineer", True),  # the fullest name it had by then
        ("Pérez Seguros", "Staff DevOps Engineer", True),
        ("Pérez Seguros", "Staff DevOps Engineer", True),
        ("Newsletter Co", None, False),  # unlinked mail keeps what the classifier said
    ]


def test_the_rows_do_not_depend_on_how_the_mail_is_batched(mail, tmp_path: Path) -> None:
    def items() -> list[Any]:
        return [
            mail(C.CONFIRMATION, company="Acme", role="Data Engineer", message_id="a"),
            mail(C.REJECTION, company="Acme Robotics", message_id="b", sent="2024-03-09"),
        ]

    settings = Settings(db=str(tmp_path / "unused.duckdb"))
    whole = _classifications(TrackStage(settings=settings), items())
    stage = TrackStage(settings=settings)
    first, second = items()
    split = _classifications(stage, [first]) + _classifications(stage, [second])
    expected = ["Acme", "Acme Robotics"]  # each as of its own message
    assert [r["company"] for r in whole] == [r["company"] for r in split] == expected
