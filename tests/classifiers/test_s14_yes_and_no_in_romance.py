"""The reader's yes and no in French, Spanish and Portuguese, as the employer answers them or
as the reader writes them (quoted under the answer), read in the process."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import ApplicationStatus

NOTES = [
    (
        "fr the yes passed on to HR",
        "RE: Offre d'emploi – chargée de projet",
        "Excellente nouvelle, Léa ! Je transmets votre acceptation aux ressources humaines, qui "
        "vous contacteront pour la suite.\n\nPaul",
        ApplicationStatus.ACCEPTED,
    ),
    (
        "es the yes greeted without naming the offer",
        "RE: Propuesta - Jefa de Proyecto",
        "Léa, ¡qué buena noticia! Nos alegra mucho que aceptes. Te escribo la semana que viene "
        "con la documentación.\n\nPablo",
        ApplicationStatus.ACCEPTED,
    ),
    (
        "es the reader's yes, offer first",
        "RE: Propuesta - Jefa de Proyecto",
        "Hola Pablo, muchas gracias. Revisé la propuesta y la acepto con gusto.\n\nLéa",
        ApplicationStatus.ACCEPTED,
    ),
    (
        "pt the reader's no",
        "Re: proposta",
        "Oi Paulo,\n\nmuito obrigada pela proposta. Pensei bastante e decidi não seguir — o "
        "modelo de contrato não funciona para mim.\n\nLéa",
        ApplicationStatus.WITHDRAWN,
    ),
]


@pytest.mark.parametrize(("why", "subject", "body", "status"), NOTES, ids=[n[0] for n in NOTES])
def test_the_readers_decision_is_read(
    classifier, message, why: str, subject: str, body: str, status: ApplicationStatus
) -> None:
    mail = message(sender="p.roe@quillmoor.example", name="Paul Roe", subject=subject, body=body)
    assert classifier.classify_in_process(mail, "Quillmoor").status is status, why
