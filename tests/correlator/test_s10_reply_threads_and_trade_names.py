"""Replies that lost their headers ("RE:" from a corporate mail server, with the quote pasted as
"-----Mensagem original-----") still answer the thread their subject and writer continue; the
employer's answer to the reader's own no keeps that no. A chain's razão social ("Rede Acme
Farmácias") names the employer its brand's mail calls "Acme"."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import employer_forms
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

RECRUITER = "marta.lobo@banco-aurora.example"


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def test_a_reply_without_headers_answers_its_writers_thread(mail) -> None:
    correlator = Correlator()
    offer = correlator.correlate(
        mail(
            C.OFFER,
            company="Banco Aurora",
            role="Analista de Risco",
            sender=RECRUITER,
            subject="Proposta - Analista de Risco",
            sent="2025-05-02T10:00",
        )
    )
    reply = mail(
        C.NOT_JOB,
        company=None,
        sender=RECRUITER,
        subject="RE: Proposta - Analista de Risco",
        sent="2025-05-03T10:00",
    )
    answer = correlator.answering(reply)
    assert answer is not None
    assert answer.classification.category is C.OFFER
    assert _app_id(correlator.correlate(answer)) == _app_id(offer)


def test_a_headerless_reply_from_someone_else_answers_nothing(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.OFFER, company="Banco Aurora", sender=RECRUITER, subject="Proposta - Analista")
    )
    other = mail(
        C.NOT_JOB,
        company=None,
        sender="amigo@example.org",
        subject="Re: Proposta - Analista",
        sent="2024-03-02T09:00",
    )
    assert correlator.answering(other) is None


def test_the_employers_answer_to_the_readers_no_keeps_it(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(
            C.OFFER,
            company="Banco Aurora",
            sender=RECRUITER,
            subject="Proposta - Analista de Risco",
            sent="2025-05-02T10:00",
        )
    )
    declined = correlator.correlate(
        mail(
            C.OFFER,
            company="Banco Aurora",
            status=S.WITHDRAWN,
            sender="jane.doe@example.org",
            subject="Re: Proposta - Analista de Risco",
            sent="2025-05-05T10:00",
        )
    )
    assert declined.application is not None
    assert declined.application.status is S.DECLINED
    thanks = mail(
        C.NOT_JOB,
        company=None,
        sender=RECRUITER,
        subject="RE: Proposta - Analista de Risco",
        sent="2025-05-05T15:00",
    )
    answer = correlator.answering(thanks)
    assert answer is not None
    linked = correlator.correlate(answer)
    assert _app_id(linked) == _app_id(declined)
    assert linked.application is not None and linked.application.status is S.DECLINED


def test_a_chains_razao_social_groups_with_its_brand(mail) -> None:
    assert ("acme", "farmacias") in employer_forms("rede acme farmacias")
    assert employer_forms("redentor") == (("redentor",),)  # a slug is not read for "rede"
    correlator = Correlator()
    board = correlator.correlate(
        mail(C.CONFIRMATION, company="Rede Acme Farmácias", sender="noreply@catho.com.br")
    )
    rejected = correlator.correlate(
        mail(C.REJECTION, company="Acme", sender="rh@drogariasacme.example", sent="2024-04-01")
    )
    assert _app_id(rejected) == _app_id(board)


def test_the_track_stage_reads_a_headerless_reply_in_its_thread(mail, tmp_path: Path) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    invite = mail(
        C.INTERVIEW,
        company="Banco Aurora",
        role="Analista de Risco",
        sender=RECRUITER,
        subject="Entrevista - Analista de Risco",
    )
    reply = mail(
        C.NOT_JOB,
        company=None,
        sender=RECRUITER,
        subject="RES: Entrevista - Analista de Risco",
        sent="2024-03-02T08:00",
    )
    rows = list(stage.track_batch([invite, reply]).by_table["classifications"])
    assert [row["category"] for row in rows] == ["interview", "interview"]
    assert rows[1]["application_id"] == rows[0]["application_id"] is not None
