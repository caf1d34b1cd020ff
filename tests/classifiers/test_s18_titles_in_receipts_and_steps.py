"""Titles that receipts, steps and news name in words the templates did not read before: after
"applying to" and its Spanish and Portuguese thanks (only when a title's word is there), after
a booked step, in a post's news, a board's layout of its own, and a step's name in a subject
(corpora 5, 11, 17, 55, 65, 72, 75, 77, 79).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.correlator.roles import role_key, roles_match
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]

# (sender, display name, subject, body, language, role)
CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "lumenhotels@myworkday.com",
        "Lumen Hotel Group",
        "Thank you for your application",
        "Dear Marta,\n\nThank you for applying to Area Operations Manager Spain (JR-20931). "
        "We've received your application and our recruiting team will be in touch.",
        "en",
        "Area Operations Manager Spain",
    ),
    (
        "lumenhotels@myworkday.com",
        "Lumen Hotel Group",
        "An update on your application",
        "Dear Marta,\n\nWe wanted to let you know that the Area Operations Manager Spain "
        "position (JR-20931) has been put on hold and we have closed the requisition.",
        "en",
        "Area Operations Manager Spain",
    ),
    (
        "no-reply@icims.com",
        "Copperline Energy",
        "Your phone interview is confirmed",
        "Hello,\n\nYour phone interview for Marketing Operations Specialist is confirmed:\n\n"
        "Thursday, March 27, 2025, 10:00 AM CT.",
        "en",
        "Marketing Operations Specialist",
    ),
    (
        "hello@fernfold.example",
        "Fernfold",
        "Fernfold - we'd love you to join",
        "Hi Beatriz,\n\nAs promised, here it is so this is on the record: we'd love you to join "
        "Fernfold as our Founding Backend Engineer. Concretely: £78,000 a year.",
        "en",
        "Founding Backend Engineer",
    ),
    (
        "no-reply@teamtailor-mail.com",
        "Lumbre Studio",
        "¡Gracias por tu candidatura, Valeria!",
        "¡Hola Valeria!\n\nGracias por tu candidatura a Customer Success Manager (remoto). La "
        "leeremos con calma y te diremos algo pronto.",
        "es",
        "Customer Success Manager",
    ),
    (
        "noreply@gupy.io",
        "Tupã Games",
        "Recebemos sua candidatura!",
        "E aí, Larissa!\n\nSua candidatura para Data Engineer Sênior na Tupã Games chegou aqui. "
        "Agora é hora de aguardar.",
        "pt",
        "Data Engineer Sênior",
    ),
    (
        "no-reply@jobs.nhs.uk",
        "NHS Jobs",
        "You have submitted your application for Communications Officer",
        "Dear Ruth\n\nYou have successfully submitted your application for:\n\nCommunications "
        "Officer\nNorthern Pennine Teaching Hospitals NHS Foundation Trust\nReference number: "
        "372-COMMS-1025-A\n\nThe employer will let you know if you have been shortlisted.",
        "en",
        "Communications Officer",
    ),
    (
        "andrea.pinzon@sabanablooms.co",
        "Andrea Pinzón",
        "Entrevista Analista de Control de Gestión - SLC",
        "Hola Martina,\n\nTe escribo para coordinar la entrevista del proceso. ¿Te queda bien "
        "el jueves a las 10?\n\nAndrea",
        "es",
        "Analista de Control de Gestión",
    ),
]


@pytest.mark.parametrize(("sender", "name", "subject", "body", "language", "role"), CASES)
def test_the_title_is_read(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str, role: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.role == role, result.evidence


def test_a_brand_after_applying_to_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Parcelwise",
        subject="Parcelwise - we got your application",
        body="Hi Martina,\n\nThanks for applying to Parcelwise. Our team reads every "
        "application and will be in touch.",
        language="en",
    )
    assert result.role is None


def test_a_programme_of_work_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="hannah.voss@nl-group.com",
        name="Hannah Voss",
        subject="Digital Claims - first conversation",
        body="Hi Katharina,\n\nThanks for your interest in the Digital Claims programme. I'd love "
        "to set up a first 45-minute video call with you and our Head of Claims IT.",
        language="en",
    )
    assert result.role != "Digital Claims programme"


@pytest.mark.parametrize(
    ("subject", "wrong"),
    [
        ("Quorum Digital | Entrevista com o gestor", "Entrevista com o gestor"),
        ("Entrevista Nuvia - Growth Marketing Specialist", "Nuvia"),
    ],
)
def test_a_step_with_a_person_or_a_brand_is_no_title(
    classify: Classify, subject: str, wrong: str
) -> None:
    result = classify(
        sender="vanessa.toledo@quorumdigital.com.br",
        name="Vanessa Toledo",
        subject=subject,
        body="Olá,\n\nSegue o convite para a entrevista na quinta às 15h.\n\nVanessa",
        language="pt",
    )
    assert result.role != wrong


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mechanical EIT", "Mechanical Engineer-in-Training"),
        ("Digital Claims PgM", "Program Manager Digital Claims"),
    ],
)
def test_initialled_titles_match_their_long_form(a: str, b: str) -> None:
    assert roles_match(role_key(a), role_key(b))


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "role"),
    [
        (
            "noreply@smartrecruiters.com",
            "Selvik Business Services",
            "Your application for Team Leader Accounts Receivable",
            "Dear Magdalena,\n\nThank you for your application. Our team will review it and get "
            "back to you.",
            "Team Leader Accounts Receivable",
        ),
        (
            "careers@nuvolahealth.com",
            "Nuvola Health Recruiting",
            "Per Diem Telehealth RN - next steps",
            "Hi Danielle,\n\nThanks for applying! The next step is a 20-minute call with our "
            "nurse recruiter. Please pick a time that works for you.",
            "Per Diem Telehealth RN",
        ),
        (
            "lakeviewhealth@myworkday.com",
            "Lakeview Health",
            "Your application has been withdrawn",
            "Hi Danielle,\n\nAs requested, your application for RN Case Manager - Care "
            "Coordination (R-0051630) has been withdrawn.",
            "RN Case Manager",
        ),
    ],
)
def test_leaders_and_nurses_titles(
    classify: Classify, sender: str, name: str, subject: str, body: str, role: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="en")
    assert result.role == role, result.evidence


def test_a_nurses_initials_match_the_written_title() -> None:
    assert roles_match(role_key("RN Cardiac ICU"), role_key("Registered Nurse, Cardiac ICU"))
