"""A signed offer and a paused process, as e-signature services and people write them: an
envelope every party signed tells the offer accepted, a note that puts the search "en pause"
tells the process on hold; the signer's name on a signed document is never the employer."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

ACCEPTED = [
    (
        "fr e-signature envelope complete",
        "Document signé : « Promesse d'embauche – J. Doe »",
        "Bonjour Jane Doe,\n\nTous les signataires ont signé le document « Promesse d'embauche "
        "– J. Doe ». Vous trouverez le document signé en pièce jointe.",
    ),
    (
        "es e-signature envelope complete",
        "Completado: Carta de oferta - Jane Doe",
        "Hola Jane,\n\nTodas las partes han firmado la carta de oferta. Puedes descargar el "
        "documento firmado desde el enlace.",
    ),
    (
        "es signed offer letter received, without 'de'",
        "¡Bienvenida!",
        "Jane,\n\n¡Recibimos tu carta oferta firmada! Tu fecha de ingreso queda el lunes 2 de "
        "marzo.\n\nSaludos,\nLucía",
    ),
]


@pytest.mark.parametrize(("why", "subject", "body"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_the_offer_signed_by_all_is_accepted(classify, why: str, subject: str, body: str) -> None:
    found = classify(sender="noreply@sign.example", name="Firma", subject=subject, body=body)
    assert (found.category, found.status) == (Category.OFFER, ApplicationStatus.ACCEPTED), why
    assert found.company is None or "Doe" not in found.company, why


def test_another_signed_document_is_no_job_mail(classify) -> None:
    found = classify(
        sender="noreply@sign.example",
        name="Firma",
        subject="Document signé : « Bail d'habitation – 12 rue Pasteur »",
        body="Bonjour,\n\nTous les signataires ont signé le document « Bail d'habitation – 12 "
        "rue Pasteur ». Vous trouverez le document signé en pièce jointe.",
    )
    assert found.category is Category.NOT_JOB


PAUSED = [
    (
        "fr the object between the verb and the pause",
        "Point sur le recrutement",
        "Bonjour Jane,\n\nJe voulais vous tenir informée : Brune & Cie met le recrutement du "
        "poste de chef de projet en pause le temps de sa réorganisation. Votre candidature "
        "reste active.\n\nBien à vous,\nMarc Petit\nConsultant recrutement",
    ),
    (
        "pt the object between the verb and the pause",
        "Ponto de situação da sua candidatura",
        "Olá Jane,\n\nA Brune decidiu pôr o processo de recrutamento para a vaga de Gestora "
        "de Projeto em pausa até ao fim do trimestre. A sua candidatura mantém-se ativa.\n\n"
        "Cumprimentos,\nMarta Silva\nRecrutamento",
    ),
    (
        "es a future 'quedará pausado'",
        "Actualización sobre tu postulación",
        "Hola Jane,\n\nGracias por tu postulación. Por temas de presupuesto, el proceso de "
        "selección para Jefa de Proyecto quedará pausado hasta marzo. Tu postulación sigue "
        "activa.\n\nSaludos,\nPaula\nSelección",
    ),
]


@pytest.mark.parametrize(("why", "subject", "body"), PAUSED, ids=[p[0] for p in PAUSED])
def test_a_paused_process_is_on_hold(classify, why: str, subject: str, body: str) -> None:
    found = classify(sender="m.petit@brune.example", name="Marc Petit", subject=subject, body=body)
    assert found.category is Category.CONFIRMATION, why
    assert found.status is ApplicationStatus.ON_HOLD, why
