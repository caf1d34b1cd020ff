"""Replies from people in a process, out-of-office answers to the user's own mail, e-signature
notes and consumer "applications" that read like job mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.role import clean_role
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_credit_card_application_received_is_not_job_mail(classify: Classify) -> None:
    result = classify(
        sender="applications@summitcard.example",
        name="Summit Card Services",
        subject="Your credit card application has been received",
        body=(
            "Dear Customer,\n\nWe have received your application for a new savings account.\n\n"
            "If you have questions, please call us at 1-800-555-0199."
        ),
        signature="Sincerely,\nSummit Card Services Customer Care",
    )
    assert result.category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("subject", "body", "signature"),
    [
        (
            "Autoreply: Frontend Developer, Payments - Jane Doe",
            "Thanks for your message! I'm away at a conference this week and will respond when "
            "I'm back. Your message will not be forwarded.",
            "Best regards,\nGrace Nelson\nHead of Talent | Cedar Juniper Inc.",
        ),
        (
            "Automatische Antwort: Senior Marketing Manager III, Data Platform (m/w/x) - Jane Doe",
            "ich bin derzeit im Urlaub und ab dem Freitag, 3. Mai wieder erreichbar. Ihre E-Mail "
            "wird nicht weitergeleitet.",
            "Viele Grüße\nAnke",
        ),
        (
            "Automatic reply: Re: Senior HR Business Partner interview",
            "Thank you for your email. I am currently out of the office until Thursday, "
            "October 17 with limited access to email.",
            "Cheers, Sophie",
        ),
    ],
)
def test_an_out_of_office_answer_to_mail_about_a_role_is_job_mail(
    classify: Classify, subject: str, body: str, signature: str
) -> None:
    result = classify(
        sender="someone@employer.example", subject=subject, body=body, signature=signature
    )
    assert result.category is Category.OTHER_JOB


def test_a_recruiter_thanking_for_the_application_confirms_it(classify: Classify) -> None:
    result = classify(
        sender="hiroshi@emberforge.example",
        name="Hiroshi Okafor",
        subject="Re: Application for Full Stack Developer",
        body=(
            "Chloe,\n\nGreat to hear from you, and thanks for the application!\n\nI'm "
            "travelling this week, so apologies in advance if my reply takes a little longer."
        ),
        signature=(
            "All the best,\nHiroshi\n\nHiroshi Okafor | Senior Recruiter\nEmberforge | Berlin"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Emberforge"


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        (
            "Re: Nächster Schritt: ein Vor-Ort-Termin in unserem Büro",
            "Hallo Jane,\n\nvielen Dank für die Zeit, die Sie sich für die Gespräche mit uns "
            "genommen haben. Die Entscheidung ist uns nicht leichtgefallen.\n\nLeider können wir "
            "Ihnen in diesem Fall kein Angebot machen.",
            Category.REJECTION,
        ),
        (
            "AW: Fallstudie für die Position Site Reliability Engineer (w/m/d)",
            "Liebe Jane,\n\nnach den sehr positiven Gesprächen möchten wir Ihnen gerne ein "
            "Angebot unterbreiten. Bitte lassen Sie uns Ihre Entscheidung bis zum 15. September "
            "wissen.",
            Category.OFFER,
        ),
        (
            "RE: Tu candidatura en Fenly: siguientes pasos",
            "Buenas, Jane:\n\nGracias por confirmar; aquí tienes los detalles de la entrevista."
            "\n\nFecha: lunes, 13 de mayo\nHora: 13:00",
            Category.INTERVIEW,
        ),
        (
            "Votre entretien chez Tidal Kestrel",
            "Bonjour Jane,\n\nNous vous confirmons votre entretien le mercredi 12 juin à 17h30."
            "\n\nVous rencontrerez Sandrine Petit, Engineering Manager.",
            Category.INTERVIEW,
        ),
    ],
)
def test_people_writing_in_a_process_in_their_language(
    classify: Classify, subject: str, body: str, category: Category
) -> None:
    result = classify(
        sender="person@employer.example",
        name="Moritz Schulz",
        subject=subject,
        body=body,
        signature="Freundliche Grüße\nMoritz Schulz\nTalent Acquisition Manager",
    )
    assert result.category is category


def test_an_e_signature_note_names_the_role_and_the_employer(classify: Classify) -> None:
    result = classify(
        sender="dse@eumail.docusign.net",
        name="Franziska Jäger via Docusign",
        subject="Bitte mit Docusign unterzeichnen: Arbeitsvertrag_Vogel.pdf",
        body=(
            "Franziska Jäger hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\n"
            "Bitte prüfen und unterzeichnen Sie Ihren Vertrag für die Position Site Reliability "
            "Engineer (w/m/d) bei Brandt Software AG."
        ),
    )
    assert result.category is Category.OFFER
    assert (result.company, result.role) == ("Brandt Software", "Site Reliability Engineer")


@pytest.mark.parametrize(
    ("raw", "role"),
    [
        ("Junior Product Manager H/F et souhaiterions vous rencontrer", "Junior Product Manager"),
        ("Mobile Developer (iOS) II, Payments (w/m/d)", "Mobile Developer (iOS) II, Payments"),
        ("REQ-018327 - Site Reliability Engineer", "Site Reliability Engineer"),
        ("Associate Recruiter, Data Platform - R061721", "Associate Recruiter, Data Platform"),
        ("confirmed: Machine Learning Engineer", "Machine Learning Engineer"),
        ("Junior HR Business Partner (San Francisco, CA)", "Junior HR Business Partner"),
        ("Software Engineer (Remote)", "Software Engineer"),
        ("Data Engineer - Berlin", "Data Engineer - Berlin"),
        ("Monday, September 2", None),
        ("REQ-274829", None),
    ],
)
def test_titles_lose_tags_ids_places_and_the_sentence_around_them(
    raw: str, role: str | None
) -> None:
    assert clean_role(raw) == role


def test_a_title_wrapped_onto_the_next_line_is_read_whole(classify: Classify) -> None:
    result = classify(
        sender="arthur.rousseau@gmail.com",
        name="Arthur Rousseau",
        subject="Votre candidature",
        body=(
            "Bonjour,\n\nNous avons bien étudié votre candidature au poste de Senior Customer\n"
            "Success Manager (F/H) et souhaiterions vous rencontrer pour un entretien.\n\n"
            "Pourriez-vous me communiquer vos disponibilités ?"
        ),
    )
    assert result.category is Category.INTERVIEW
    assert result.role == "Senior Customer Success Manager"


@pytest.mark.parametrize(
    ("sender", "name", "subject", "role"),
    [
        (
            "dse_na4@docusign.net",
            "Lucas Lewis via DocuSign",
            "Please DocuSign: Offer Letter JR-2025-6290 - Marketing Manager",
            "Marketing Manager",
        ),
        (
            "zoe@northstar-recruitment.example",
            "Zoe Kim",
            "Great speaking today - next steps for Senior Data Engineer (m/w/d)",
            "Senior Data Engineer",
        ),
    ],
)
def test_roles_named_in_subjects(
    classify: Classify, sender: str, name: str, subject: str, role: str
) -> None:
    result = classify(
        sender=sender,
        name=name,
        subject=subject,
        body="Hi Jane, please sign your offer by Tuesday, April 2. The hiring manager is "
        "reviewing your application this week.",
    )
    assert result.role == role
