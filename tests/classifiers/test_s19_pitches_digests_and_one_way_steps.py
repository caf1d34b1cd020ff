"""Agencies' and search firms' approaches in four languages, graduate boards' deadlines and
digests, and one-way or practical steps that are assessments, not interviews (corpora 95-104)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "finn@nordtalent.example",
            "Finn Ahlers",
            "Konstrukteur in Lübeck – wär das was für dich?",
            "Hi Jan,\n\nfür einen inhabergeführten Anlagenbauer in Lübeck suche ich jemanden für "
            "die Konstruktion. Hast du Lust, kurz zu telefonieren? Ich erzähl dir dann auch, wer "
            "dahintersteckt.\n\nFinn",
            "de",
        ),
        (
            "s.kunz@laborwerk.example",
            "Sabine Kunz",
            "Einsatz als Chemielaborant/in (temporär)",
            "Sehr geehrte Frau Meier\n\nFür einen langjährigen Kunden, ein Chemieunternehmen in "
            "Muttenz, suchen wir ab sofort eine/n Chemielaborant/in.\n\nDürfen wir Sie für diese "
            "Stelle vorschlagen?\n\nSabine Kunz\nLaborwerk AG",
            "de",
        ),
        (
            "m.roux@cabinet-roux.example",
            "Marc Roux",
            "Confidentiel - Responsable Qualité",
            "Madame,\n\nLe cabinet accompagne l'un de ses clients, une PME de l'aéronautique, dans "
            "le recrutement d'un Responsable Qualité basé à Tarbes.\n\nAccepteriez-vous un échange "
            "de 20 minutes ?\n\nMarc Roux",
            "fr",
        ),
        (
            "vagas@laborvista.example",
            "Laborvista RH",
            "Temos uma oferta para si – Técnico de Farmácia",
            "Olá Ana,\n\nCom base no seu perfil, temos uma oferta que poderá interessar-lhe: "
            "Técnico de Farmácia em Leiria, início imediato.\n\nLaborvista RH",
            "pt",
        ),
        (
            "joy@peoplelink.example",
            "Joy Santos",
            "HIRING TL - Pasig - 55K",
            "hi maam dana! we have urgent hiring for TL (non-voice) pasig, 55K, day shift. "
            "interested? pls send cv. TY!",
            "en",
        ),
    ],
)
def test_an_approach_for_a_client_is_outreach(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OUTREACH, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "hello@brightnetwork.co.uk",
            "Bright Network",
            "Closing soon: schemes you might have missed",
            "Hi Dana,\n\nThese graduate schemes close in the next 5 days:\n\nGraduate Analyst - "
            "Tayside Capital - closes 2 Nov\nTrainee Actuary - Forthview Life - closes 3 Nov",
            "en",
        ),
        (
            "alertes@emploi.ma",
            "Emploi.ma",
            "Offres d'emploi du jour : Logistique",
            "Vos offres du jour\n\nResponsable entrepôt (Tanger) - Planificateur (Kénitra)\n\n"
            "Emploi.ma",
            "fr",
        ),
    ],
)
def test_a_boards_deadlines_and_daily_offers_are_alerts(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.ALERT, result.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application: video interview invitation",
            "Dear Dana,\n\nThe next step is a short video interview hosted on HireVue. You'll "
            "answer four pre-recorded questions.\n\nPlease complete it by 1 November.",
        ),
        (
            "Tayside Capital: your video interview",
            "Hi Dana,\n\nWe'd like you to take part in a digital interview for the Graduate "
            "Programme. It takes 20 minutes and you can do it at any time before 30 October.",
        ),
        (
            "Support Lead - next step (paid trial task)",
            "Hi Dana,\n\nBefore we hop on a call I ask every candidate to do a short paid trial "
            "task: answer three sample tickets.\n\nGreg",
        ),
    ],
)
def test_a_one_way_or_trial_step_is_an_assessment(
    classify: Classify, subject: str, body: str
) -> None:
    result = classify(
        sender="careers@tayside-capital.example",
        name="Tayside Capital Careers",
        subject=subject,
        body=body,
        language="en",
    )
    assert result.category is Category.ASSESSMENT, result.evidence


def test_a_practical_lab_test_in_the_process_is_an_assessment_and_no_employer(
    classifier: RuleClassifier, message
) -> None:
    found = classifier.classify_in_process(
        message(
            sender="n.roth@aarlab.example",
            subject="AW: Erstgespräch – nächste Schritte",
            body="Liebe Frau Meier\n\nDanke für das Gespräch. Als nächsten Schritt laden wir Sie "
            "zu einem praktischen Labortest an unserem Standort ein.\n\nNadine Roth",
        ),
        "Aarlab",
    )
    assert found.category is Category.ASSESSMENT
    assert found.company != "Erstgespräch"


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "s.kunz@laborwerk.example",
            "Sabine Kunz",
            "Einsatz als Chemielaborant/in (temporär)",
            "Sehr geehrte Frau Meier\n\nFür einen langjährigen Kunden, ein Chemieunternehmen in "
            "Muttenz, suchen wir ab sofort eine/n Chemielaborant/in.\n\nFreundliche Grüsse\n"
            "Sabine Kunz\nPersonalberaterin\nLaborwerk Basel AG – Temporär- und Dauerstellen",
            "de",
        ),
        (
            "m.roux@roux-executive.example",
            "Marc Roux",
            "Confidentiel - Responsable Qualité",
            "Madame,\n\nRoux Executive accompagne l'un de ses clients, une PME de l'aéronautique, "
            "dans le recrutement d'un Responsable Qualité.\n\nMarc Roux\nAssocié - Roux Executive",
            "fr",
        ),
    ],
)
def test_an_intermediarys_own_name_is_no_employer_of_its_pitch(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OUTREACH
    assert result.company is None, result.evidence


def test_an_agency_putting_the_reader_forward_names_the_client(classify: Classify) -> None:
    result = classify(
        sender="s.kunz@laborwerk.example",
        name="Sabine Kunz",
        subject="AW: Einsatz als Chemielaborant/in (temporär)",
        body="Sehr geehrte Frau Meier\n\nBesten Dank für Ihre Zustimmung. Ich habe Sie heute bei "
        "der Birsfeld Chemie AG (Standort Muttenz) vorgeschlagen.\n\nFreundliche Grüsse\nSabine "
        "Kunz\nLaborwerk Basel AG",
        language="de",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Birsfeld Chemie"
