"""A public body's selection process, as its portal and staffing office write about it: the
body that runs the process named between commas in the acknowledgement, a screening passed
("screened in"), a remote exam to take, and a process called off, in the languages it is
written in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

_PORTAL = {"sender": "no-reply@careers-portal.example", "name": "Careers Portal"}
_OFFICE = {"sender": "staffing@harbour-port.example", "name": "Harbour Staffing"}


@pytest.mark.parametrize(
    ("subject", "body", "language", "employer"),
    [
        (
            "Application received - Selection process 26-HBR-EA-0042",
            "Dear Sam,\n\nYour application for Senior Policy Analyst (EC-05), selection process "
            "26-HBR-EA-0042, Northern Harbours and Waterways Canada, was received on 2026-01-12."
            "\n\nOnly candidates selected for further consideration will be contacted.",
            "en",
            "Northern Harbours and Waterways Canada",
        ),
        (
            "Application received - 26-HBR-EA-0042",
            "Your application for Data Analyst (EC-04), process 26-HBR-EA-0042, Agency for "
            "Coastal Data Standards (ACDS), was received.\n\nThis is an automated message.",
            "en",
            "Agency for Coastal Data Standards",
        ),
        (
            "Candidature reçue",
            "Votre candidature au poste d'analyste des politiques (EC-04), Agence des données "
            "côtières (ADC), a été reçue.\n\nCeci est un message automatisé.",
            "fr",
            "Agence des données côtières",
        ),
    ],
)
def test_a_portal_names_the_body_running_the_process_between_commas(
    classify: Classify, subject: str, body: str, language: str, employer: str
) -> None:
    found = classify(**_PORTAL, subject=subject, body=body, language=language)
    assert found.category is Category.CONFIRMATION
    assert found.company == employer


@pytest.mark.parametrize(
    ("subject", "body", "language"),
    [
        (
            "26-HBR-EA-0042 - Screening results",
            "Hello,\n\nWe are pleased to let you know that you have been screened in for process "
            "26-HBR-EA-0042. An online test will follow next month.\n\nStaffing Team",
            "en",
        ),
        (
            "26-HBR-EA-0042 - Résultats de la présélection",
            "Bonjour,\n\nVous avez été retenu à l'étape de la présélection pour le processus "
            "26-HBR-EA-0042. Les entrevues auront lieu en mars.\n\nÉquipe de dotation",
            "fr",
        ),
    ],
)
def test_a_screening_passed_is_confirmation_like(
    classify: Classify, subject: str, body: str, language: str
) -> None:
    found = classify(**_OFFICE, subject=subject, body=body, language=language)
    assert found.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    ("subject", "body", "language"),
    [
        (
            "26-HBR-EA-0042: online test",
            "You have been screened in. Please complete the unsupervised online test on the "
            "portal between March 3 and March 7. It takes about two hours.",
            "en",
        ),
        (
            "26-HBR-EA-0042 : test en ligne",
            "Bonjour,\n\nVeuillez faire le test non supervisé sur le portail entre le 3 et le 7 "
            "mars. Il dure environ deux heures.",
            "fr",
        ),
    ],
)
def test_a_remote_exam_to_take_is_an_assessment(
    classify: Classify, subject: str, body: str, language: str
) -> None:
    found = classify(**_OFFICE, subject=subject, body=body, language=language)
    assert found.category is Category.ASSESSMENT


def test_an_exam_only_announced_for_later_is_no_assessment_yet(classify: Classify) -> None:
    found = classify(
        **_OFFICE,
        subject="26-HBR-EA-0042 - Screening results",
        body="Hello,\n\nYou have been screened in for process 26-HBR-EA-0042. The next step is "
        "an unsupervised written exam; the invitation will follow.\n\nStaffing Team",
        language="en",
    )
    assert found.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            _OFFICE["sender"],
            _OFFICE["name"],
            "Process 26-HBR-EA-0042 - update",
            "Please be advised that selection process 26-HBR-EA-0042 has been cancelled due to "
            "a change in priorities. Thank you for your interest.",
            "en",
        ),
        (
            _OFFICE["sender"],
            _OFFICE["name"],
            "Processus 26-HBR-EA-0042 - annulation",
            "Veuillez noter que le processus 26-HBR-EA-0042 a été annulé en raison d'un "
            "changement de priorités. Merci de votre intérêt.",
            "fr",
        ),
        (
            "personal@stadtwerke-beispiel.example",
            "Personalabteilung Stadtwerke Beispiel",
            "Ihre Bewerbung als Sachbearbeiterin",
            "Sehr geehrte Frau Muster,\n\nwir möchten Sie informieren, dass das "
            "Auswahlverfahren für die Stelle leider eingestellt wurde. Das Auswahlverfahren "
            "wurde abgebrochen.\n\nMit freundlichen Grüßen",
            "de",
        ),
    ],
)
def test_a_process_called_off_is_a_rejection(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    found = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert found.category is Category.REJECTION
