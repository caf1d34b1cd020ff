"""An offer accepted, as e-signature and employer-of-record services and employers say it:
every signer done with the offer document, a contract "signed by both parties", "you've
accepted your offer", and the employer's thanks for the yes (corpora 73, 76, 79, 82, 84, 98)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        (
            "dse_na2@docusign.net",
            "DocuSign",
            "Completed: KLX_Offer_Letter_RHolloway.pdf",
            "Your document has been completed\n\nAll signers completed "
            "KLX_Offer_Letter_RHolloway.pdf.\n\nVIEW COMPLETED DOCUMENT",
        ),
        (
            "dse@eumail.docusign.net",
            "Brandhof Systems GmbH via DocuSign",
            "Completed: Arbeitsvertrag_Petra_Lange.pdf",
            "Your document has been completed\n\nAll parties have completed "
            "Arbeitsvertrag_Petra_Lange.pdf.\n\nVIEW COMPLETED DOCUMENT",
        ),
        (
            "no-reply@deel.com",
            "Deel",
            "Contract signed: Orvane Labs",
            "Congratulations, Tomás!\n\nYour contract with Orvane Labs has been signed by all "
            "parties. Next, finish your onboarding: personal details and bank account.",
        ),
        (
            "no-reply@deel.com",
            "Deel",
            "You've accepted your offer from Orvane Labs Inc.",
            "Hi Tomás,\n\nYou've accepted the offer to join Orvane Labs Inc. as Data Analyst. "
            "Your employment agreement has been signed by both parties.",
        ),
        (
            "noreply@careers-portal.example",
            "Loch Arden Council Recruitment",
            "LAC-2025-031: Provisional Offer Accepted",
            "Dear Morag,\n\nThank you for accepting our provisional offer. Our vetting team will "
            "now contact you about pre-employment checks.\n\nLoch Arden Council",
        ),
    ],
)
def test_an_accepted_offer_leaves_the_application_accepted(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="en")
    assert result.category is Category.OFFER, result.evidence
    assert result.status is ApplicationStatus.ACCEPTED, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        # the offer sent to sign: not yet accepted
        (
            "dse_na2@docusign.net",
            "DocuSign",
            "Please DocuSign: KLX_Offer_Letter_RHolloway.pdf",
            "Please review and sign your offer letter. Congratulations!\n\nREVIEW DOCUMENT",
        ),
        # the employer has signed and waits for the reader's signature
        (
            "no-reply@deel.com",
            "Deel",
            "Your contract with Orvane Labs is ready to sign",
            "Hi Tomás,\n\nOrvane Labs has signed your employment agreement. Review and sign it "
            "to accept the offer.",
        ),
    ],
)
def test_an_offer_waiting_for_a_signature_is_not_accepted(
    classify: Classify, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language="en")
    assert result.category is Category.OFFER, result.evidence
    assert result.status is not ApplicationStatus.ACCEPTED, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "hr@relief-alliance.example",
            "Relief Alliance Human Resources",
            "RE: Offer of appointment – fixed-term contract",
            "Dear Mr Osei,\n\nThank you for returning the signed letter of appointment; we are "
            "delighted that you will be joining us. Your entry on duty is confirmed for 2 March.",
            "en",
        ),
        (
            "rocio@hotelesbrisa.example",
            "Rocío Benítez",
            "RE: Propuesta de incorporación",
            "¡Qué alegría, Lucía! Recibida tu aceptación firmada. Bienvenida al equipo.\n\nLa "
            "semana que viene te escribirá Administración de Personal.",
            "es",
        ),
    ],
)
def test_the_employers_answer_to_a_signed_yes(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.OFFER, result.evidence
    assert result.status is ApplicationStatus.ACCEPTED, result.evidence
