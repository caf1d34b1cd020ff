"""Mail of a teacher moving into instructional design: agencies' and founders' plain notes,
exercises and offers from small teams, onboarding paperwork, and look-alikes (a licence
renewal, a school enrolment, a newsletter's interview) that are no job mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

# (expected, sender, display name, subject, body)
CASES = [
    pytest.param(
        Category.REJECTION,
        "sam@pinecove.io",
        "Sam Ortiz",
        "good talking to you",
        "Hi Lee,\n\nThanks for the call on Thursday, I enjoyed it. In the end we're going to hire "
        "somebody who has already run onboarding programs at a SaaS company, as we need them "
        "to hit the ground running.\n\nAll the best,\nSam",
        id="founder-hires-someone-seasoned",
    ),
    pytest.param(
        Category.REJECTION,
        "seleccion@nubeverde.mx",
        "Selección Nube Verde",
        "Tu postulación en Nube Verde",
        "Hola Lee,\n\nGracias por tu interés en Nube Verde. Después de revisarla, tu candidatura "
        "no continuará en el proceso para el puesto de Diseñador Instruccional.\n\nSaludos,\n"
        "Equipo de Selección",
        id="es-candidatura-no-continuara",
    ),
    pytest.param(
        Category.REJECTION,
        "m.keller@nordpersonal.de",
        "Maria Keller",
        "Ihre Bewerbung bei Lerncampus",
        "Hallo Herr Lee,\n\nLerncampus hat sich nach langer Überlegung für einen Bewerber "
        "entschieden, der schon vor Ort ist. Es tut mir leid.\n\nViele Grüße\nMaria Keller",
        id="de-agency-client-chose-local",
    ),
    pytest.param(
        Category.INTERVIEW,
        "tkhan@brightpathtalent.com",
        "Tara Khan",
        "Oakridge - Thursday 3/6 at 10am ET",
        "Lee - Oakridge wants to meet you! Thursday at 10:00 am ET on Zoom with their head of "
        "learning. The invitation will come from their coordinator.\n\nCall me afterwards so we "
        "can debrief.\n\nTara Khan\nTalent Partner, Brightpath Talent",
        id="agency-client-wants-to-meet",
    ),
    pytest.param(
        Category.INTERVIEW,
        "owner.readwell@gmail.com",
        "Dana Ruiz",
        "your application - reading tutor",
        "Hi Lee,\n\nYour application came through via ZipRecruiter for the reading tutor opening. "
        "Could we jump on a short call on Wednesday afternoon? Nothing formal.\n\nDana Ruiz\n"
        "Owner, Readwell Tutoring",
        id="owner-short-call-via-ziprecruiter",
    ),
    pytest.param(
        Category.OFFER,
        "owner.readwell@gmail.com",
        "Dana Ruiz",
        "Re: reading tutor",
        "Hi Lee,\n\nWe'd love to offer you the reading tutor contract! 10 hours a week, $35/hour. "
        "I've attached the contractor agreement; let me know by Monday.\n\nDana",
        id="owner-offers-tutor-contract",
    ),
    pytest.param(
        Category.ASSESSMENT,
        "jo@harborlearning.com",
        "Jo Park",
        "Instructional Designer - next step",
        "Hi Lee,\n\nThanks for your time yesterday. Next, we'd like every candidate to complete "
        "a brief writing exercise: one storyboard for a 5-minute module. Please send it back "
        "within a week.\n\nJo Park\nLearning Design Manager, Harbor Learning",
        id="writing-exercise-for-every-candidate",
    ),
    pytest.param(
        Category.CONFIRMATION,
        "priya@tallyworks.com",
        "Priya Nair",
        "Re: Tallyworks phone screen",
        "Hi Lee,\n\nNo problem at all, and congrats on the new job! We've withdrawn you from the "
        "process for the Enablement Specialist position. Best of luck.\n\nPriya",
        id="withdrawal-acknowledged",
    ),
    pytest.param(
        Category.OTHER_JOB,
        "people@harborlearning.com",
        "Harbor Learning People Team",
        "Welcome aboard! Your first-day checklist",
        "Hi Lee,\n\nWe can't wait for Monday! Before then, please fill out your Form I-9 in our "
        "HR portal and set up direct deposit. Your first day starts at 9 AM with a welcome call."
        "\n\nHarbor Learning People Team",
        id="first-day-checklist",
    ),
    pytest.param(
        Category.OUTREACH,
        "kbell@keystoneplacement.com",
        "Kim Bell",
        "Corporate Trainer contract - Dallas",
        "Hello Lee,\n\nI recruit for Keystone Placement. One of our clients, a regional bank, is "
        "looking for a Corporate Trainer for a 6-month contract. If this sounds good, reply "
        "with your updated resume and a good time to call.\n\nKim Bell\nKeystone Placement",
        id="agency-contract-pitch",
    ),
    pytest.param(
        Category.ALERT,
        "team@wellfound.com",
        "Wellfound",
        "4 companies want to meet you",
        "Hi Lee, here are this week's top matches:\nLearning Designer at Quillbee - Remote\n"
        "Enablement Lead at Stacklane - Austin\n\nView and apply",
        id="wellfound-matches",
    ),
    pytest.param(
        Category.NOT_JOB,
        "noreply@licensing.example.gov",
        "State Licensing Board",
        "License renewal application received",
        "Dear Lee,\n\nYour application to renew your teaching license has been received and "
        "your fee was processed. We will email you when the renewed license is issued.",
        id="licence-renewal",
    ),
    pytest.param(
        Category.NOT_JOB,
        "enroll@springdaleschools.example.org",
        "Springdale Schools Enrollment",
        "Enrollment application received",
        "Dear parent,\n\nWe have received your enrollment application for the 2025-26 school "
        "year. Please upload proof of residency so we can confirm the campus.",
        id="school-enrolment",
    ),
    pytest.param(
        Category.NOT_JOB,
        "editor@learningbytes.news",
        "Learning Bytes Weekly",
        "An interview with the team behind a tiny LMS",
        "Learning Bytes Weekly - Issue 87\n\nThis week's interview: we sat down with the two "
        "founders who built an LMS for rural clinics.\n\nPlus: five storyboard templates.",
        id="newsletter-interview",
    ),
    pytest.param(
        Category.OTHER_JOB,
        "notifications@joinhandshake.com",
        "Handshake",
        "You're registered: Spring Education Careers Fair",
        (
            "You're registered for the Spring Education Careers Fair on May 2, 10 AM-1 PM.\n\n"
            "Book 1:1 sessions with employers before they fill up."
        ),
        id="career-fair-registration",
    ),
    pytest.param(
        Category.NOT_JOB,
        "digest@opsdigest.example.com",
        "The Ops Digest",
        "This week: an interview with a logistics veteran",
        (
            "The Ops Digest - Issue 40\n\nInterview: we sat down with a warehouse veteran about "
            "thirty years of change.\n\nOur sponsors are hiring - see the list below.\n\n"
            "Unsubscribe."
        ),
        id="newsletter-sponsors-hiring",
    ),
    pytest.param(
        Category.INTERVIEW,
        "notifications@calendly.com",
        "Calendly",
        "New Event: Lee Chen - 2:00pm Wed, May 7 - Portfolio review (Harbor Learning)",
        (
            "Hi Lee Chen,\n\nA new event has been scheduled.\n\nEvent Type: Portfolio review "
            "(Harbor Learning) - 45 min\nInvitee: Lee Chen\nLocation: Zoom"
        ),
        id="booked-portfolio-review",
    ),
    pytest.param(
        Category.INTERVIEW,
        "notifications@calendly.com",
        "Calendly",
        "Confirmed: Tallyworks intro call with Priya Nair on Monday, June 2",
        (
            "Hi Lee,\n\nYour event is scheduled.\n\nTallyworks intro call (Customer Education "
            "Specialist)\nPriya Nair\n10:00am - 10:30am, Monday, June 2, 2025"
        ),
        id="booked-intro-call-with-role",
    ),
    pytest.param(
        Category.NOT_JOB,
        "notifications@calendly.com",
        "Calendly",
        "Confirmed: Acme Analytics intro call with Bob Lane on Monday, June 2",
        (
            "Hi Lee,\n\nYour event is scheduled.\n\nAcme Analytics product demo\nBob Lane\n"
            "10:00am - 10:30am, Monday, June 2, 2025"
        ),
        id="booked-sales-intro-call",
    ),
]


@pytest.mark.parametrize(("expected", "sender", "name", "subject", "body"), CASES)
def test_category(
    classify: Classify, expected: Category, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body)
    assert result.category is expected, (result.category, result.evidence)


def test_booked_intro_call_names_the_employer_before_the_step(classify: Classify) -> None:
    result = classify(
        sender="notifications@calendly.com",
        name="Calendly",
        subject="Confirmed: Tallyworks recruiter call with Priya Nair on Monday, June 2",
        body="Hi Lee,\n\nYour event is scheduled.\n\nTallyworks recruiter call (Enablement "
        "Manager)\nPriya Nair\n10:00am - 10:30am, Monday, June 2, 2025",
    )
    assert result.category is Category.INTERVIEW, (result.category, result.evidence)
    assert result.company == "Tallyworks"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "talento@rutaclara.mx",
            "Tu proceso con Ruta Clara",
            "Hola Lee, gracias por postularte a la vacante de Capacitador. Por ahora no "
            "avanzarás a la siguiente etapa del proceso. Te deseamos éxito.",
        ),
        (
            "recrutamento@trilhaviva.com.br",
            "Sua candidatura na Trilha Viva",
            "Olá Lee, obrigado por se candidatar à vaga de Designer Instrucional. Seu perfil "
            "não seguirá para a próxima etapa do processo. Boa sorte!",
        ),
        (
            "j.brandt@talentnord.de",
            "Ihre Bewerbung bei Lernhaus",
            "Hallo Herr Lee, leider hat sich der Kunde für jemand anderen entschieden. "
            "Vielen Dank für Ihre Zeit.",
        ),
    ],
)
def test_plain_refusals_in_other_languages(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.REJECTION, (result.category, result.evidence)
