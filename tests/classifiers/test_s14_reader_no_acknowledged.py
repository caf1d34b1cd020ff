"""The reader's no, acknowledged by the employer or a search firm ("dejo registrado que declinas
la oferta", "le aviso al cliente que te bajás del proceso") or in the reader's own words quoted
under the answer ("so I have to decline", "prefiero no seguir en el proceso")."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import ApplicationStatus

NOTES = [
    (
        "es the no to the offer recorded",
        "RE: Carta oferta – Brackenfold",
        "Hola Ana,\n\nlamento tu decisión, pero la entiendo. Dejo registrado en el sistema que "
        "declinas la oferta.\n\nUn abrazo,\nMarta",
    ),
    (
        "es a search firm passes the step back on",
        "RE: Proceso Brackenfold",
        "Ana, ¡felicitaciones por el nuevo trabajo! Le aviso al cliente que te bajás del "
        "proceso.\n\nÉxitos,\nFlor",
    ),
    (
        "es the reader's own words",
        "RE: Proceso Brackenfold",
        "Hola Flor, gracias por pensar en mí. Empiezo en otra empresa en marzo, así que "
        "prefiero no seguir en el proceso.\n\nAna",
    ),
    (
        "en the reader's own words",
        "Re: Your offer from Brackenfold",
        "Hi Tom,\n\nthank you for the offer and your time. After a lot of thought I've decided "
        "to accept another role, so I have to decline.\n\nAna",
    ),
]


@pytest.mark.parametrize(("why", "subject", "body"), NOTES, ids=[n[0] for n in NOTES])
def test_the_readers_no_is_a_withdrawal(
    classifier, message, why: str, subject: str, body: str
) -> None:
    """Read as the track stage reads a reply and the mail it quotes: in the process."""
    mail = message(sender="m.roe@brackenfold.example", name="Marta Roe", subject=subject, body=body)
    found = classifier.classify_in_process(mail, "Brackenfold")
    assert found.status is ApplicationStatus.WITHDRAWN, why


def test_a_friends_own_decline_of_a_party_is_no_withdrawal(classify) -> None:
    found = classify(
        sender="ana.friend@mail.example",
        name="Ana Friend",
        subject="Re: Saturday",
        body="Hey, thanks for the invite! I'm away that weekend, so I have to decline.\n\nAna",
    )
    assert found.status is not ApplicationStatus.WITHDRAWN
