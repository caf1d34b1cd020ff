"""The reader's step back in their own words, and an ATS's receipt of it; a hiring paused or
closed in words that put a title or a few words in between."""

from __future__ import annotations

import pytest

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "sam.reader@mail.example",
            "Night Porter REQ-5521 - withdrawing",
            "Hello,\n\nPlease withdraw my application for the Night Porter position (REQ-5521). "
            "I have accepted a job elsewhere.\n\nThank you,\nSam Reader",
        ),
        (
            "sam.reader@mail.example",
            "Re: sous chef role",
            "Hi Tom,\n\nThanks for the trial on Friday. I wanted to let you know that I'm pulling "
            "out of the running for the sous chef job, the hours don't suit me.\n\nSam",
        ),
        (
            "careers@ferngrove-hotels.example",
            "Your application status has changed",
            "Hi Sam,\n\nYour application for Housekeeping Lead (R-2231) has been withdrawn at "
            "your request. No further action is needed.\n\nFerngrove Hotels Talent Team",
        ),
    ],
)
def test_a_step_back_asked_for_or_confirmed_is_a_withdrawal(
    classifier: RuleClassifier, message, sender: str, subject: str, body: str
) -> None:
    found = classifier.classify(message(sender=sender, subject=subject, body=body))
    assert found.category is Category.CONFIRMATION
    assert found.status is ApplicationStatus.WITHDRAWN


def test_a_no_to_an_offer_in_plain_words_withdraws_in_the_process(
    classifier: RuleClassifier, message
) -> None:
    reply = message(
        sender="sam.reader@mail.example",
        subject="Re: Team lead offer",
        body="Hi Ruth,\n\nThank you so much for the offer and for showing me the site. After a lot "
        "of thought I'm going to say no this time; I want to stay on the store manager track.\n\n"
        "Sam",
    )
    found = classifier.classify_in_process(reply, "Quarry Foods")
    assert found.status is ApplicationStatus.WITHDRAWN


def test_a_friend_saying_no_to_plans_is_no_job_mail(classifier: RuleClassifier, message) -> None:
    note = message(
        sender="pat.friend@mail.example",
        subject="Saturday",
        body="Hiya, I'm going to say no to the barbecue this time, I'm wrecked after the week. "
        "Next one for sure!",
    )
    assert classifier.classify(note).category is Category.NOT_JOB


def test_a_post_filled_from_within_after_a_pause_is_a_rejection(
    classifier: RuleClassifier, message
) -> None:
    found = classifier.classify(
        message(
            sender="jo@shiftline-staffing.example",
            subject="Harlow Foods update",
            body="Hi Sam,\n\nSorry for the wait. Harlow Foods have decided to wait a while and "
            "promote from within, so it's a no for this one. I'll keep you in mind.\n\nJo",
        )
    )
    assert found.category is Category.REJECTION


def test_a_process_paused_with_its_long_title_between_is_on_hold(
    classifier: RuleClassifier, message
) -> None:
    found = classifier.classify(
        message(
            sender="ana.perez@hoteles-duna.example",
            subject="Proceso recepción Playa Blanca",
            body="Hola Sam,\n\nTe escribo para contarte que el proceso de Recepcionista de Noche "
            "en el hotel de Playa Blanca queda en pausa hasta marzo. Tu candidatura sigue "
            "activa.\n\nUn saludo,\nAna",
            language="es",
        )
    )
    assert found.category is Category.CONFIRMATION
    assert found.status is ApplicationStatus.ON_HOLD
