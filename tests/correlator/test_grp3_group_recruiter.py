"""A group's recruiter writes under the group's name about a subsidiary's opening."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C

_TEXT = (
    "Bonjour,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste "
    "d'Acheteur junior au sein de la Biscuiterie Armand.\n\nService Recrutement - Groupe Lenoir"
)


def _applied(mail, correlator: Correlator):
    return correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Biscuiterie Armand",
            role="Acheteur junior",
            sender="no-reply@board.example",
            sent="2024-05-01",
        )
    )


def test_the_subsidiary_the_text_names_with_the_role_of_its_open_application(mail) -> None:
    correlator = Correlator()
    first = _applied(mail, correlator)
    invite = mail(
        C.INTERVIEW,
        company="Groupe Lenoir",
        role="Acheteur junior",
        sender="recrutement@lenoir-groupe.example",
        text=_TEXT,
        sent="2024-05-09",
    )
    assert correlator.correlate(invite).application is first.application


def test_without_the_role_or_for_another_role_the_group_stays_its_own(mail) -> None:
    correlator = Correlator()
    first = _applied(mail, correlator)
    roleless = mail(
        C.INTERVIEW,
        company="Groupe Lenoir",
        role=None,
        sender="recrutement@lenoir-groupe.example",
        text="Bonjour, un mot de la Biscuiterie Armand et de nous.",
        sent="2024-05-09",
    )
    other_role = mail(
        C.INTERVIEW,
        company="Groupe Lenoir",
        role="Contrôleur de gestion",
        sender="recrutement@lenoir-groupe.example",
        text=_TEXT.replace("Acheteur junior", "Contrôleur de gestion"),
        sent="2024-05-10",
    )
    assert correlator.correlate(roleless).application is not first.application
    assert correlator.correlate(other_role).application is not first.application
