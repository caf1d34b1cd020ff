"""An employer's short answer to an offer ("Thanks, passing it on to HR") quoting the reader's
yes or no: the offer accepted or declined, as the reader's own words say."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobtracker.pipeline.contracts import ClassifiedMessage
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

OFFER = "<offer-4@kestrelmoor.example>"


def _stage(tmp_path: Path) -> TrackStage:
    return TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))


def _answer(mail, own: str, quoted: str) -> ClassifiedMessage:
    item = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=OFFER,
        sent="2024-04-02T10:00",
        sender="ivo.brandt@kestrelmoor.example",
        subject="RE: Our proposal",
        text=f"{own}\n\n{quoted}",
    )
    message = item.message.model_copy(update={"quote_offset": len(own) + 2})
    return item.model_copy(update={"message": message})


@pytest.mark.parametrize(
    ("own", "quoted", "status"),
    [
        (
            "Thanks Sam, noted - I'm passing it on to HR today.\n\nIvo",
            "> Hi Ivo,\n> I'm delighted to accept. Quick question on the start date...",
            S.ACCEPTED,
        ),
        (
            "Thanks Sam, received. HR will be in touch about references.\n\nIvo",
            "> Hi Ivo, attached is the signed contract. Looking forward to it!",
            S.ACCEPTED,
        ),
        (
            "Merci pour votre retour, je fais suivre aux RH.\n\nIvo",
            "> Bonjour,\n> Merci beaucoup, c'est avec plaisir que j'accepte.",
            S.ACCEPTED,
        ),
        (
            "Gracias, Sam. Lo paso a Recursos Humanos.\n\nIvo",
            "> Hola Ivo:\n> Acepto con gusto la oferta. Una duda sobre la fecha de inicio.",
            S.ACCEPTED,
        ),
        (
            "Danke, Sam, ich gebe es an die Personalabteilung weiter.\n\nIvo",
            "> Hallo Ivo,\n> ich nehme das Angebot gerne an.",
            S.ACCEPTED,
        ),
        (
            "Thanks for letting me know, Sam. Sorry to hear it - best of luck.\n\nIvo",
            "> Hi Ivo,\n> after a lot of thought I have decided to decline the offer and "
            "withdraw from the process. Thank you for your time.",
            S.DECLINED,
        ),
        (
            "Merci pour votre message, je transmets aux RH.\n\nIvo",
            "> Bonjour Ivo,\n> après réflexion, je préfère décliner votre offre et retirer "
            "ma candidature.",
            S.DECLINED,
        ),
        (
            "Gracias por avisar, Sam. Te deseo lo mejor.\n\nIvo",
            "> Hola Ivo:\n> lo he pensado mucho y he decidido declinar la oferta. "
            "Gracias por todo.",
            S.DECLINED,
        ),
        (
            "Obrigado pelo aviso, Sam. Boa sorte!\n\nIvo",
            "> Olá Ivo,\n> depois de pensar bem, decidi recusar a proposta. Obrigada pela "
            "confiança.",
            S.DECLINED,
        ),
        (
            "Danke für die Rückmeldung, ich gebe es weiter.\n\nIvo",
            "> Hallo Ivo,\n> nach reiflicher Überlegung habe ich mich entschieden, Ihr "
            "Angebot abzulehnen.",
            S.DECLINED,
        ),
    ],
)
def test_the_readers_quoted_yes_or_no_decides_the_offer(
    mail, tmp_path: Path, own: str, quoted: str, status: S
) -> None:
    stage = _stage(tmp_path)
    offer = mail(C.OFFER, company="Kestrelmoor", role="Planner", rfc_id=OFFER)
    stage.track_batch([offer, _answer(mail, own, quoted)])
    (app,) = stage.correlator.applications("u1")
    assert app.status is status


def test_a_quoted_question_about_the_offer_leaves_it_open(mail, tmp_path: Path) -> None:
    stage = _stage(tmp_path)
    offer = mail(C.OFFER, company="Kestrelmoor", role="Planner", rfc_id=OFFER)
    answer = _answer(
        mail,
        "Good question - I'll check with HR and come back to you.\n\nIvo",
        "> Hi Ivo, thanks for the offer! Is the start date flexible?",
    )
    stage.track_batch([offer, answer])
    (app,) = stage.correlator.applications("u1")
    assert app.status is S.OFFER
