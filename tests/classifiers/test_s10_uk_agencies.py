"""British agencies: a consultant signs with the sector desk ("Accountancy & Finance") and the
agency, whose footer says it acts as an employment agency; neither is the employer. A client
the subject names in full is not renamed by the initials the body calls it by ("C&D")."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

SIGNATURE = (
    "Ruth Amos\nSenior Consultant – Accountancy & Finance\nBrookfold Recruitment\n"
    "Brookfold Recruitment Ltd is acting as an employment agency in relation to this vacancy."
)


def test_the_consultants_desk_and_agency_are_no_employer(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="ruth.amos@brookfoldrec.example",
            name="Ruth Amos",
            subject="Your application - update",
            body=(
                "Hi Jane,\n\nI'm sorry to say the client has decided to progress with other "
                "candidates who have more retail experience. I'll keep you in mind.\n\nRuth"
            ),
            signature=SIGNATURE,
        )
    )
    assert result.category is C.REJECTION
    assert result.company in (None, "")


@pytest.mark.parametrize(
    ("mail", "category", "company"),
    [
        pytest.param(
            {
                "sender": "ruth.amos@brookfoldrec.example",
                "name": "Ruth Amos",
                "subject": "Interview invite - Carrow & Dene - Tues 9th",
                "body": (
                    "Hi Jane,\n\nGreat news, C&D would like to interview you! I've put a "
                    "placeholder in your calendar for Tuesday 9th at 10am at their "
                    "Norwich office.\n\nRuth"
                ),
                "signature": SIGNATURE,
            },
            C.INTERVIEW,
            "Carrow & Dene",
            id="the-subjects-full-name-outlives-the-bodys-initials",
        ),
        pytest.param(
            {
                "sender": "noreply@jobs.theguardian.com",
                "name": "Guardian Jobs",
                "subject": "Application sent: Finance Officer, Ribble Valley Arts",
                "body": (
                    "Dear Jane,\n\nYour application for the following job has been sent "
                    "to the recruiter.\n\nFinance Officer\nRibble Valley Arts\nPreston | "
                    "£31,000\n\nThe recruiter will contact you directly."
                ),
            },
            C.CONFIRMATION,
            "Ribble Valley Arts",
            id="a-boards-receipt-lists-title-then-employer",
        ),
        pytest.param(
            {
                "sender": "sam.okoro.bakes@gmail.com",
                "name": "Sam Okoro",
                "subject": "your application - quick coffee?",
                "body": (
                    "Hi Jane\n\nSam here, I own Levenshulme Sourdough Bakers - you "
                    "applied for our bookkeeper job last week.\n\nFancy coming in for an "
                    "informal chat at the bakery on Thursday?\n\nSam"
                ),
            },
            C.INTERVIEW,
            "Levenshulme Sourdough Bakers",
            id="an-owner-asks-in-for-a-chat-from-a-personal-address",
        ),
        pytest.param(
            {
                "sender": "dan.pike@ledgerfold.example",
                "name": "Dan Pike",
                "subject": "Finance Business Partner opportunity",
                "body": (
                    "Hi Jane,\n\nI'm recruiting a Finance Business Partner for Irwell "
                    "Dairies in Salford (c.£50k, hybrid). Are you happy for me to submit "
                    "your CV?\n\nDan"
                ),
            },
            C.OUTREACH,
            "Irwell Dairies",
            id="a-recruiter-names-the-client-it-recruits-for",
        ),
    ],
)
def test_uk_mail_gives_category_and_company(
    classifier: RuleClassifier, message, mail: dict[str, str], category: C, company: str
) -> None:
    result = classifier.classify(message(**mail))
    assert result.category is category
    assert result.company == company


def _agency_mail(classifier: RuleClassifier, message, subject: str, body: str):
    return classifier.classify(
        message(
            sender="ruth.amos@brookfoldrec.example",
            name="Ruth Amos",
            subject=subject,
            body=body,
            signature=SIGNATURE,
        )
    )


@pytest.mark.parametrize(
    ("subject", "body", "category", "company", "status"),
    [
        pytest.param(
            "Carrow & Dene - 2nd stage",
            "Hi Jane,\n\nGood feedback from Tom: they'd like you back for a second stage with "
            "the CFO next Thursday or Friday. Which suits?\n\nRuth",
            C.INTERVIEW,
            "Carrow & Dene",
            None,
            id="a-stage-counted-british-style-names-the-client",
        ),
        pytest.param(
            "RE: Interim role - Norfolk",
            "Morning Jane,\n\nAs agreed, your CV has gone over to Ousebank Homewares this "
            "morning with your notice period.\n\nRuth",
            C.CONFIRMATION,
            "Ousebank Homewares",
            None,
            id="a-cv-gone-over-names-the-client",
        ),
        pytest.param(
            "RE: Carrow & Dene - 2nd stage",
            "Hi Jane,\n\nCongratulations on the new job! I've let Tom know you're withdrawing "
            "from the process and cancelled Friday.\n\nRuth",
            None,
            None,
            S.WITHDRAWN,
            id="the-agency-relays-the-readers-step-back",
        ),
        pytest.param(
            "RE: feedback",
            "Hi Jane,\n\nFinally heard back: they've decided to go with an interim who has run "
            "the same system migration before. Sorry it's not better news.\n\nRuth",
            C.REJECTION,
            None,
            None,
            id="an-interim-chosen-instead-is-a-rejection",
        ),
    ],
)
def test_the_agencys_own_mail(
    classifier: RuleClassifier,
    message,
    subject: str,
    body: str,
    category: C | None,
    company: str | None,
    status: S | None,
) -> None:
    """Each case asserts only the fields it gives (None: not checked)."""
    result = _agency_mail(classifier, message, subject, body)
    if category is not None:
        assert result.category is category
    if company is not None:
        assert result.company == company
    if status is not None:
        assert result.status is status


def test_hr_passing_the_cv_to_the_shortlisting_manager_acknowledges(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="hr@irwelldairies.example",
            name="Mo Clarke",
            subject="Re: Payroll Officer vacancy",
            body=(
                "Hi Jane,\n\nThanks for getting back in touch. I've passed your details to our "
                "Finance Director, who'll be shortlisting next week.\n\nRegards,\nMo Clarke\n"
                "HR Manager\nIrwell Dairies Ltd"
            ),
        )
    )
    assert result.category is C.CONFIRMATION


def test_the_manager_withdraws_the_offer_the_reader_turned_down(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="tom.hale@irwelldairies.example",
            name="Tom Hale",
            subject="RE: Payroll Officer - offer",
            body=(
                "Hi Jane,\n\nThanks for letting me know, and for being so honest about the "
                "travel. I've asked HR to withdraw the conditional offer, so there's nothing "
                "more for you to do. It was a pleasure to interview you.\n\nAll the best,\nTom"
            ),
        )
    )
    assert result.status is S.WITHDRAWN
