"""Mail that only sounds like a job search: sales offers, tips, other kinds of applications."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "deals@shopwave.com",
            "Special offer ends today: 40% off everything",
            "Don't miss our special offer! Use promo code SPRING40 at checkout. Offer ends "
            "midnight. Free shipping on all orders.",
        ),
        (
            "news@fitclub.com",
            "An exclusive offer for members",
            "As a valued member we'd like to offer you three months free. This limited-time offer "
            "is valid until Sunday.",
        ),
        (
            "angebote@moebelhaus.de",
            "Nur heute: Sonderangebot für Sie",
            "Unser Sonderangebot endet heute. Sichern Sie sich 30 % Rabatt mit dem Gutschein "
            "FRUEHLING.",
        ),
        (
            "promo@tienda.es",
            "Oferta especial solo hoy",
            "Aprovecha nuestra oferta especial con un 20% de descuento y envío gratis.",
        ),
    ],
)
def test_marketing_offers_are_not_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name="Shop", subject=subject, body=body)
    assert result.category is Category.NOT_JOB, result.evidence
    assert result.company is None


def test_interview_tips_newsletter_is_not_application_mail(classify: Classify) -> None:
    result = classify(
        sender="newsletter@careerweekly.com",
        name="Career Weekly",
        subject="5 interview tips to land your dream job",
        body=(
            "In this issue: how to ace your next interview, the top 10 interview questions and "
            "how to answer them, and why you should always send a thank-you note.\n\nRead more on "
            "our blog. Unsubscribe | Manage preferences"
        ),
        list_unsubscribe="<mailto:unsubscribe@careerweekly.com>",
    )
    assert result.category not in {Category.INTERVIEW, Category.CONFIRMATION}
    assert result.category in {Category.NOT_JOB, Category.ALERT}


def test_job_alert_with_interview_tips_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="jobalerts-noreply@linkedin.com",
        name="LinkedIn Job Alerts",
        subject="Data engineer: 12 new jobs in Berlin",
        body=(
            "Your job alert for data engineer in Berlin.\n\nAcme - Data Engineer\nGlobex - Senior "
            "Data Engineer\n\nInterview tips: prepare for your interview with our guide.\n"
            "See all jobs"
        ),
        links=("https://www.linkedin.com/comm/jobs/view/3812345678/",),
    )
    assert result.category is Category.ALERT


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "leasing@maplecourt-apartments.com",
            "Your rental application has been received",
            "Thank you for submitting your rental application for unit 12C. The property manager "
            "will review your application and contact you about next steps.",
        ),
        (
            "cards@northbank.com",
            "Your credit card application",
            "Thank you for applying. We have received your credit card application and will "
            "review it within 5 business days.",
        ),
        (
            "loans@quickfund.com",
            "Loan application received",
            "Your loan application has been received. A decision will be made soon.",
        ),
        (
            "noreply@visa-portal.gov",
            "Visa application status",
            "Your visa application has been received and is being processed.",
        ),
        (
            "admissions@westlake.edu",
            "Application received: Fall 2025",
            "Thank you for your application for admission to the MSc program. The admissions "
            "committee will review your application.",
        ),
        (
            "service@immo-portal.de",
            "Ihre Anfrage zur Wohnung",
            "Vielen Dank für Ihre Bewerbung auf die Wohnung in der Lindenstraße. Der Vermieter "
            "meldet sich zur Besichtigung.",
        ),
    ],
)
def test_other_kinds_of_applications_are_not_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name="Service", subject=subject, body=body)
    assert result.category is Category.NOT_JOB, result.evidence


def test_own_sent_mail_is_not_job(classify: Classify) -> None:
    result = classify(
        sender="jane.doe@example.org",
        name="Jane Doe",
        subject="Application for Data Engineer",
        body="Dear hiring team, please find my application for the Data Engineer role attached.",
        labels=("SENT",),
    )
    assert result.category is Category.NOT_JOB
    assert result.confidence >= 0.9


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Dinner on Friday?", "Hey, are we still on for dinner on Friday? Bring the board game!"),
        ("Your order has shipped", "Your package is on its way and will arrive on Tuesday."),
        ("Kita-Elternabend", "Liebe Eltern, der Elternabend findet am Donnerstag um 19 Uhr statt."),
    ],
)
def test_ordinary_mail_is_not_job_with_high_confidence(
    classify: Classify, subject: str, body: str
) -> None:
    result = classify(sender="friend@example.com", name="Alex", subject=subject, body=body)
    assert result.category is Category.NOT_JOB
    assert result.confidence >= 0.9
    assert result.evidence == ()


def test_job_word_in_a_personal_mail_is_not_job(classify: Classify) -> None:
    result = classify(
        sender="mum@example.com",
        name="Mum",
        subject="Proud of you",
        body="Great job on the marathon! Let's celebrate your new position on the podium.",
    )
    assert result.category is Category.NOT_JOB
