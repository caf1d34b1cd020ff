"""An agency putting the reader forward, a colleague's referral, and the trial shift or trial
day small employers use as a selection step (and their no after it), in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.CONFIRMATION,
        "Your profile has been submitted",
        (
            "Hi Ana, great speaking today. I've put you forward to my client for "
            "the Finance Manager role and will chase them for feedback this week."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Profil weitergeleitet",
        (
            "Hallo Ana, ich habe dein Profil wie besprochen an meinen Kunden "
            "weitergeleitet und melde mich, sobald ich Feedback habe."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Candidature transmise",
        (
            "Bonjour Ana, j'ai transmis votre profil à mon client pour le poste de "
            "contrôleuse de gestion. Je reviens vers vous dès que j'ai un retour."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Perfil enviado",
        (
            "Hola Ana, he enviado tu perfil a mi cliente para la posición de "
            "controller. Te digo algo en cuanto tenga respuesta."
        ),
    ),
    (
        Category.CONFIRMATION,
        "Perfil enviado",
        (
            "Olá Ana, enviei o seu perfil ao meu cliente para a posição de "
            "controller. Dou-lhe notícias assim que tiver resposta."
        ),
    ),
    (
        Category.OTHER_JOB,
        "Referral submitted",
        (
            "Hi Ana, done - I've submitted your referral for the Data Analyst role "
            "through our internal system. Fingers crossed!"
        ),
    ),
    (
        Category.OTHER_JOB,
        "Empfehlung",
        (
            "Hallo Ana, ich habe dich intern für die Stelle als Analystin "
            "empfohlen. Drück dir die Daumen!"
        ),
    ),
    (
        Category.OTHER_JOB,
        "Cooptation",
        (
            "Salut Ana, je t'ai recommandée en interne pour le poste d'analyste. "
            "Croisons les doigts !"
        ),
    ),
    (
        Category.OTHER_JOB,
        "Referencia",
        (
            "Hola Ana, te he recomendado internamente para el puesto de analista. "
            "¡Crucemos los dedos!"
        ),
    ),
    (
        Category.REJECTION,
        "Rückmeldung",
        (
            "Hallo Ana, nach dem Probearbeiten haben wir entschieden, dass es "
            "leider nicht passt. Danke für deinen Einsatz!"
        ),
    ),
    (
        Category.REJECTION,
        "Retour",
        (
            "Bonjour Ana, suite à votre journée d'essai, nous avons décidé de ne "
            "pas poursuivre. Merci pour votre implication."
        ),
    ),
    (
        Category.REJECTION,
        "Feedback",
        (
            "Hi Ana, after your trial shift we've decided it's not the right fit. "
            "Thanks for giving it a go."
        ),
    ),
    (
        Category.INTERVIEW,
        "Probearbeiten",
        ("Hallo Ana, hättest du Lust, nächste Woche einen Tag zur Probe bei uns zu arbeiten?"),
    ),
    (
        Category.INTERVIEW,
        "Trial shift",
        ("Hi Ana, would you be up for a paid trial shift on Saturday from 10 to 4?"),
    ),
    (
        Category.INTERVIEW,
        "Journée d'essai",
        ("Bonjour Ana, seriez-vous disponible pour une journée d'essai samedi ?"),
    ),
    (
        Category.INTERVIEW,
        "Día de prueba",
        ("Hola Ana, ¿te vendrías un día de prueba el sábado a la cafetería?"),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_referrals_agencies_and_trial_days(
    classify: Classify, expected: Category, subject: str, body: str
) -> None:
    result = classify(sender="alex@smallfirm.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected
