"""A hiring put on hold and the reader's withdrawal confirmed: confirmations with their own status.

A hold is no rejection (DESIGN §4 has ``on_hold`` next to ``rejected``); a position filled or
closed still is.
"""

from __future__ import annotations

import mailbox
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from jobtracker.sinks import schema
from jobtracker.sinks.store import Store
from tests.pipeline.cli_helpers import run_cli

Classify = Callable[..., Classification]

HOLDS = [
    (
        "en",
        "A quick note from Larchmont",
        "Hi Jane,\n\nThanks again for the chat about the Platform Engineer position. Budgets "
        "moved under us this quarter, so we have placed the platform hire on hold until the "
        "new year. We will reach out as soon as it opens again.\n\nPriya",
    ),
    (
        "de",
        "Kurze Info zur Stelle",
        "Hallo Jane,\n\nleider muss ich dir mitteilen, dass die Stelle als Backend-Entwicklerin "
        "bei uns bis auf Weiteres auf Eis liegt, weil das Budget gestrichen wurde. Sobald sich "
        "das ändert, melde ich mich.\n\nViele Grüße\nJonas",
    ),
    (
        "fr",
        "Point sur le poste",
        "Bonjour Jane,\n\nJe reviens vers vous au sujet du poste de développeuse backend : le "
        "recrutement est suspendu pour le moment, suite à une réorganisation interne. Je vous "
        "recontacte dès sa réouverture.\n\nCamille",
    ),
    (
        "es",
        "Novedades sobre el puesto",
        "Hola Jane,\n\nTe escribo para contarte que el proceso de selección para el puesto de "
        "desarrolladora backend ha quedado en pausa por un cambio de presupuesto. Te avisaremos "
        "en cuanto lo retomemos.\n\nLucía",
    ),
    (
        "pt",
        "Atualização sobre a vaga",
        "Olá Jane,\n\nQueria avisar que o processo seletivo para a vaga de programadora backend "
        "foi suspenso por agora, por causa de uma mudança no orçamento. Voltamos a falar assim "
        "que for retomado.\n\nJoão",
    ),
]

WITHDRAWALS = [
    (
        "en",
        "Re: Application for Data Analyst",
        "Hi Jane,\n\nNo problem at all, we have now withdrawn your application for the Data "
        "Analyst role as requested. Best of luck with the move!\n\nSam",
    ),
    (
        "de",
        "AW: Bewerbung Data Analyst",
        "Hallo Jane,\n\nkein Problem: Ihre Bewerbung als Data Analyst haben wir auf Ihren Wunsch "
        "hin zurückgezogen. Alles Gute für Ihren weiteren Weg!\n\nMara",
    ),
    (
        "fr",
        "RE: Candidature Data Analyst",
        "Bonjour Jane,\n\nC'est noté : votre candidature au poste de Data Analyst a bien été "
        "retirée. Bonne continuation !\n\nLéa",
    ),
    (
        "es",
        "RE: Candidatura Data Analyst",
        "Hola Jane,\n\nSin problema, hemos retirado tu candidatura para el puesto de Data "
        "Analyst tal como nos pediste. ¡Mucha suerte!\n\nPablo",
    ),
    (
        "pt",
        "RE: Candidatura Data Analyst",
        "Olá Jane,\n\nRecebemos o seu pedido e a sua candidatura para a vaga de Data Analyst "
        "foi retirada. Registámos a sua desistência do processo. Boa sorte!\n\nInês",
    ),
]


@pytest.mark.parametrize(("language", "subject", "body"), HOLDS, ids=[h[0] for h in HOLDS])
def test_a_hiring_on_hold_is_a_confirmation_on_hold(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(sender="talent@larchmont.io", subject=subject, body=body, language=language)
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


@pytest.mark.parametrize(
    ("language", "subject", "body"), WITHDRAWALS, ids=[w[0] for w in WITHDRAWALS]
)
def test_a_confirmed_withdrawal_is_a_confirmation_withdrawn(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(sender="people@larchmont.io", subject=subject, body=body, language=language)
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_position_filled_is_still_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="no-reply@larchmont.io",
        name="Larchmont Careers",
        subject="Your application for Platform Engineer",
        body=(
            "Hi Jane,\n\nThank you for applying for the Platform Engineer position. We wanted "
            "to let you know that the position has been filled.\n\nLarchmont Careers"
        ),
    )
    assert result.category is Category.REJECTION
    assert result.status is ApplicationStatus.REJECTED


def test_an_ordinary_confirmation_keeps_applied(classify: Classify) -> None:
    result = classify(
        sender="no-reply@larchmont.io",
        name="Larchmont Careers",
        subject="Thank you for applying",
        body=(
            "Hi Jane,\n\nThank you for applying for the Platform Engineer position at "
            "Larchmont. Your application has been received and our team will review it."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.APPLIED


def _write_mbox(path: Path, mails: list[tuple[str, str, str, str]]) -> None:
    box = mailbox.mbox(str(path))
    for number, (sender, subject, body, language) in enumerate(mails):
        mail = EmailMessage()
        mail["From"] = sender
        mail["To"] = "jane.doe@example.org"
        mail["Subject"] = subject
        mail["Date"] = f"Tue, {number + 1:02d} Apr 2025 10:00:00 +0000"
        mail["Message-ID"] = f"<status-{number}-{language}@larchmont.io>"
        mail.set_content(body)
        box.add(mail)
    box.flush()
    box.close()


def test_hold_and_withdrawal_reach_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hold = HOLDS[0]
    withdrawal = WITHDRAWALS[1]
    source = tmp_path / "status.mbox"
    _write_mbox(
        source,
        [
            ("Priya <priya@larchmont.io>", hold[1], hold[2], hold[0]),
            ("Mara <mara@oberwald-digital.de>", withdrawal[1], withdrawal[2], withdrawal[0]),
        ],
    )
    db = tmp_path / "status.duckdb"
    run = run_cli(capsys, "--db", str(db), "import", str(source), "--user", "me")
    assert run.code == 0, run.err
    store = Store(str(db))
    try:
        table = schema.metadata.tables["classifications"]
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(table.c.category, table.c.status)).all()
    finally:
        store.close()
    assert sorted(tuple(row) for row in rows) == [
        ("confirmation", "on_hold"),
        ("confirmation", "withdrawn"),
    ]


def test_a_founder_pausing_a_hire_in_few_words_is_on_hold(classify: Classify) -> None:
    # No "application" anywhere: the hold itself and the hire open the gate.
    result = classify(
        sender="mo@quillstack.dev",
        name="Mo Adeyemi",
        subject="Small update",
        body=(
            "Hi Jane,\n\nSorry to be the bearer of this: our round slipped, so we have put the "
            "backend hire on hold for a couple of months. Really liked talking to you.\n\nMo"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


def test_a_withdrawal_that_calls_off_the_interview_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="hr@quillstack.dev",
        subject="Re: Withdrawing from the process",
        body=(
            "Hi Jane,\n\nUnderstood, thanks for telling us. I have withdrawn your application for "
            "the Backend Engineer role and cancelled Thursday's technical interview. All the best "
            "for what comes next!\n\nDana"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN
