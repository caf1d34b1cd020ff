"""Graduate, trainee and internship programmes in five languages: online and game-based tests,
talent-pool welcomes, registrations and refusals; and degree applications that only look like
them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "noreply@tests.example",
            "Harrow Foods via Tests",
            "Your next step with Harrow Foods",
            "Hi Kim, as part of your application to the Harrow Foods graduate scheme, please "
            "complete our game-based assessment within a week. It takes about 25 minutes.",
        ),
        (
            "recrutement@valdor.fr",
            "Recrutement Valdor",
            "Tests en ligne",
            "Bonjour Chloé, merci pour votre candidature. La prochaine étape consiste à passer "
            "des tests en ligne (jeux d'évaluation) d'ici lundi.",
        ),
        (
            "seleccion@ribera.es",
            "Ribera Selección",
            "Siguiente paso",
            "Hola Pablo:\n\nGracias por inscribirte en nuestro programa de becarios. El siguiente "
            "paso es realizar unas pruebas online de razonamiento antes del jueves.",
        ),
        (
            "recrutamento@atlantica.pt",
            "Atlântica Recrutamento",
            "Próxima fase",
            "Olá Inês,\n\nObrigado pela sua candidatura ao programa de trainees. A próxima fase "
            "consiste na realização de testes online de raciocínio até quarta-feira.",
        ),
    ],
)
def test_online_and_game_based_tests_are_assessments(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.ASSESSMENT


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "talente@lindholz.de",
            "Lindholz",
            "Willkommen im Lindholz Talentpool",
            "Hallo Herr Brandt, danke für Ihre Registrierung. Wir melden uns, sobald eine "
            "passende Stelle frei wird.",
        ),
        (
            "talentos@atlantica.pt",
            "Atlântica",
            "Bem-vinda à nossa bolsa de talentos",
            "Olá Inês, obrigado por se juntar à nossa bolsa de talentos. Vamos avisá-la quando "
            "surgirem vagas para o seu perfil.",
        ),
    ],
)
def test_talent_pool_welcomes_are_alerts(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is Category.ALERT


def test_spanish_internship_programme_registration(classify: Classify) -> None:
    result = classify(
        sender="seleccion@ribera.es",
        name="Ribera",
        subject="Inscripción",
        body="Hola Pablo, tu inscripción en el Programa de Prácticas 2026 se ha registrado "
        "correctamente. Te escribiremos en enero.",
    )
    assert result.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous ne donnerons pas suite à votre candidature pour ce stage.",
        "Nous avons le regret de vous informer que votre profil n'a pas été sélectionné.",
    ],
)
def test_french_refusals_in_other_tenses(classify: Classify, sentence: str) -> None:
    result = classify(
        sender="recrutement@valdor.fr",
        name="Recrutement Valdor",
        subject="Votre candidature – stage",
        body=f"Bonjour Chloé,\n\nAprès étude de votre dossier : {sentence}\n\nL'équipe RH",
    )
    assert result.category is Category.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "admissions@uni.example",
            "Your application to the MSc",
            "Dear Kim, thank you for your application to the MSc Food Science. Unfortunately we "
            "are unable to offer you a place this year.",
        ),
        (
            "candidaturas@uni.example",
            "Candidatura ao mestrado",
            "Olá Inês, a sua candidatura ao Mestrado em Gestão foi recebida.",
        ),
    ],
)
def test_degree_applications_are_no_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.NOT_JOB


def test_a_job_title_starting_like_a_degree_is_still_a_job(classify: Classify) -> None:
    result = classify(
        sender="jobs@acme.example",
        subject="Thanks for applying",
        body="Thank you for applying to the Marketing Manager role at Acme. We have received "
        "your application.",
    )
    assert result.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # German mail calls the day of group exercises and case studies an assessment (see
        # tests/classifiers/test_cateu_c17_c18.py), as English invitations to one do.
        (
            "recrutement@valdor.fr",
            "Assessment center",
            "Bonjour Chloé, suite à votre candidature au programme Graduate, nous souhaitons vous "
            "convier à notre journée de sélection le 2 avril.",
        ),
        (
            "seleccion@ribera.es",
            "Assessment center",
            "Hola Pablo, gracias por tu candidatura. Te invitamos a nuestro centro de evaluación "
            "el 8 de abril.",
        ),
        (
            "recrutamento@atlantica.pt",
            "Assessment center",
            "Olá Inês, gostaríamos de a convidar para o nosso assessment center no dia 9 de abril.",
        ),
    ],
)
def test_an_assessment_centre_day_is_an_interview_stage(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    """As in English: a day of group exercises and interviews on site, not a test to take."""
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.INTERVIEW


def test_an_online_assessment_invitation_stays_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="karriere@lindholz.de",
        subject="Einladung zum Online-Assessment",
        body="Hallo Herr Brandt, bitte absolvieren Sie unser Online-Assessment bis Freitag.",
    )
    assert result.category is Category.ASSESSMENT
