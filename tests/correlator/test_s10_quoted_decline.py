"""An employer's short answer to an offer quoting the reader's no ("I have decided to decline")
declines the offer; the reader's words never lend the answer another category."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

OFFER = "<offer-9@fernquay.example>"


@pytest.mark.parametrize(
    ("own", "quoted"),
    [
        (
            "Thanks for letting me know, Robin. Sorry to hear it - best of luck.\n\nMara",
            "> Hi Mara,\n> after a lot of thought I have decided to decline the offer and "
            "withdraw from the process. Thank you for your time.",
        ),
        (
            "Merci pour votre message, je transmets aux RH.\n\nMara",
            "> Bonjour Mara,\n> après réflexion, je préfère décliner votre offre et retirer "
            "ma candidature.",
        ),
        (
            "Gracias por avisar, Mara. Te deseo lo mejor.\n\nRobin",
            "> Hola Robin:\n> lo he pensado mucho y he decidido declinar la oferta. "
            "Gracias por todo.",
        ),
        (
            "Obrigado pelo aviso, Mara. Boa sorte!\n\nRobin",
            "> Olá Robin,\n> depois de pensar bem, decidi recusar a proposta. Obrigada pela "
            "confiança.",
        ),
        (
            "Danke für die Rückmeldung, ich gebe es weiter.\n\nRobin",
            "> Hallo Robin,\n> nach reiflicher Überlegung habe ich mich entschieden, Ihr "
            "Angebot abzulehnen.",
        ),
    ],
)
def test_the_readers_quoted_no_declines_the_offer(
    mail, tmp_path: Path, own: str, quoted: str
) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    offer = mail(C.OFFER, company="Fernquay", role="Analyst", rfc_id=OFFER)
    item = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=OFFER,
        sent="2024-04-02T10:00",
        sender="mara.olsen@fernquay.example",
        subject="RE: Your offer",
        text=f"{own}\n\n{quoted}",
    )
    answer = item.model_copy(
        update={"message": item.message.model_copy(update={"quote_offset": len(own) + 2})}
    )
    stage.track_batch([offer, answer])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.DECLINED
