"""Words a person in a process uses for a stage, read on the second reading."""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category


def test_a_recruiter_noticing_the_application_has_seen_it(classifier, message) -> None:
    mail = message(
        sender="wren.ashby@kelpford.example",
        name="Wren Ashby",
        subject="Nice to hear from you again",
        body=(
            "Hi Jo,\n\nSaw your application come through for the lead role - glad you went "
            "for it. It's with the hiring manager now; I'll chase him this week.\n\nWren"
        ),
    )
    assert classifier.classify_in_process(mail, "Kelpford").category is Category.VIEWED


def test_an_exercise_attached_by_someone_in_the_process_is_an_assessment(
    classifier, message
) -> None:
    mail = message(
        sender="wren.ashby@kelpford.example",
        name="Wren Ashby",
        subject="Re: chat",
        body="Jo - attached is the short exercise we spoke about. No more than two hours.\nWren",
    )
    assert classifier.classify_in_process(mail, "Kelpford").category is Category.ASSESSMENT
