"""Irish and French hiring mail (corpora 80 and 83): a board's digest, a contract agency's
pitch and its client's no, a small employer's own receipt and invitation, a start-up's no.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.mail_cases import Case, category_test

Classify = Callable[..., Classification]

# (sender, display name, subject, body, language, category)
CASES: list[Case] = [
    (
        "alerts@jobs.ie",
        "Jobs.ie",
        "Your Jobs.ie alert: Quality (Dublin)",
        "New jobs this week:\n\nDocument Control & Quality Specialist - Tallon Medical - Carlow\n"
        "QA Technician - food manufacturer - Naas\n\nView all at jobs.ie",
        "en",
        Category.ALERT,
    ),
    (
        "darragh.quinlan@quaysidecontracts.example",
        "Darragh Quinlan",
        "11 month contract - Validation Engineer - Cork",
        "Morning Clodagh,\n\nI have an 11-month contract (likely to extend) for a Validation "
        "Engineer with a leading biopharma company in Cork. Would this be of interest?\n\n"
        "Darragh Quinlan",
        "en",
        Category.OUTREACH,
    ),
    (
        "niamh.rourke@hiberniascience.example",
        "Niamh Rourke",
        "Feedback from Shannonside",
        "Hi Clodagh,\n\nShannonside came back to me. They liked your CV but are going with "
        "candidates who are based closer to Shannon. Sorry it's not better news.\n\nNiamh",
        "en",
        Category.REJECTION,
    ),
    (
        "martin@kilbrackcompounding.example",
        "Martin Kilbride",
        "Re: Quality Specialist - CV attached",
        "Hi Clodagh,\n\nThanks for your email and CV, got it grand. The role would be broad - "
        "QMS, deviations, supplier audits. I'll be in touch next week.\n\nMartin Kilbride",
        "en",
        Category.CONFIRMATION,
    ),
    (
        "martin@kilbrackcompounding.example",
        "Martin Kilbride",
        "Interview - Kilbrack",
        "Hi Clodagh,\n\nWould you be free to come out to us in Ballymount on Wednesday 8th at "
        "10am for a chat with myself and our QP?\n\nMartin",
        "en",
        Category.INTERVIEW,
    ),
    (
        "jobs@pixelune.example",
        "Pixelune",
        "Ta candidature chez Pixelune",
        "Hello Inès,\n\nMerci pour ton intérêt pour Pixelune ! Malheureusement on ne va pas aller "
        "plus loin avec toi cette fois-ci.\n\nL'équipe Pixelune",
        "fr",
        Category.REJECTION,
    ),
]


test_irish_and_french_notes = category_test(CASES)


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        (
            "Feedback Ruhland",
            "Hallo Herr Ostendorf,\n\nleider hat Ruhland sich gegen eine Einladung entschieden – "
            "der Kunde sucht jemanden mit mehr Erfahrung in dSPACE-Testautomatisierung.\n\n"
            "Viele Grüße\nLaura Kessel",
            Category.REJECTION,
        ),
        (
            "Re: Ihre Nachricht auf XING",
            "Guten Tag Herr Ostendorf,\n\ndanke für Ihre Unterlagen. Ich habe Ihre Bewerbung an "
            "unseren CTO weitergegeben und melde mich.\n\nViele Grüße\nSabine Graue",
            Category.CONFIRMATION,
        ),
    ],
)
def test_german_notes(classify: Classify, subject: str, body: str, category: Category) -> None:
    result = classify(
        sender="person@firma.example", name="A Person", subject=subject, body=body, language="de"
    )
    assert result.category is category, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category"),
    [
        (
            "haute-capitale@myworkday.com",
            "CIUSSS de la Haute-Capitale",
            "Mise à jour concernant votre candidature",
            "Bonjour Maude,\n\nNous vous informons que le processus de dotation pour le poste "
            "Technicienne en administration (R-2025-21907) est annulé à la suite d'une "
            "réorganisation. Le poste ne sera pas pourvu pour le moment.",
            "fr",
            Category.REJECTION,
        ),
        (
            "vireo@talent.icims.com",
            "Laboratoires Vireo",
            "Prochaine étape : questionnaire en ligne",
            "Bonjour Maude,\n\nVotre candidature passe à l'étape suivante. Merci de compléter le "
            "questionnaire d'aptitudes et de personnalité en ligne d'ici le 12 janvier.",
            "fr",
            Category.ASSESSMENT,
        ),
        (
            "julia.assuncao@vertice.example",
            "Júlia Assunção",
            "Proposta - Engenheira de Dados Sênior",
            "Oi, Larissa!\n\nÉ com muita alegria que te enviamos nossa proposta para a posição de "
            "Engenheira de Dados Sênior:\n- Regime: CLT\n- Salário: R$ 17.800,00 mensais\n\nA "
            "carta oficial segue em anexo.",
            "pt",
            Category.OFFER,
        ),
    ],
)
def test_public_processes_and_offers(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence
