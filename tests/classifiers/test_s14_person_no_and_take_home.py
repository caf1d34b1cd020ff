"""A person's plain no with the process named in full ("we won't be continuing with the Data
Platform Engineer process", "I'm going to stop the process here") and a take-home named as the
first step, read in the process they belong to."""

from __future__ import annotations

import pytest

from jobtracker.pipeline.vocabulary import Category

NOTES = [
    (
        "the process named in full",
        "Hi Jane,\n\nthanks again for your time. After a rethink of the team we won't be "
        "continuing with the Data Platform Engineer process for now - this one is on us.\n\nMo",
        Category.REJECTION,
    ),
    (
        "the process stopped here",
        "Hi Jane,\n\nreally enjoyed our chat. I'm going to stop the process here for this role, "
        "but I'd love to stay in touch.\n\nMo",
        Category.REJECTION,
    ),
    (
        "a take-home as the first step",
        "Hi Jane,\n\nlovely to see your application. Our first step is a short take-home: "
        "three user stories from the brief attached, back within a week.\n\nMo",
        Category.ASSESSMENT,
    ),
]


@pytest.mark.parametrize(("why", "body", "category"), NOTES, ids=[n[0] for n in NOTES])
def test_a_persons_note_in_the_process_names_its_step(
    classifier, message, why: str, body: str, category: Category
) -> None:
    mail = message(
        sender="mo@quillmoor.example", name="Mo Adeyemi", subject="Quick note", body=body
    )
    assert classifier.classify_in_process(mail, "Quillmoor").category is category, why


def test_a_process_paused_for_now_is_no_rejection(classifier, message) -> None:
    mail = message(
        sender="mo@quillmoor.example",
        name="Mo Adeyemi",
        subject="Quick note",
        body="Hi Jane,\n\nwe need to stop the process for a few weeks while the budget is "
        "signed off; I'll be back in touch in March.\n\nMo",
    )
    assert classifier.classify_in_process(mail, "Quillmoor").category is not Category.REJECTION
