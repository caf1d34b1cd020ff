"""The second reading: plain words from a person already in a process name its stage."""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category


def test_plain_words_from_someone_in_the_process_name_the_stage(classifier, message) -> None:
    mail = message(
        sender="ida.varga@quernstone.example",
        name="Ida Varga",
        subject="Case study for the next round",
        body=(
            "Hi Jane,\n\nas promised, here is the case study for the next round. Take a look "
            "at the data and bring three slides on Thursday.\n\nIda"
        ),
    )
    assert classifier.classify(mail).category is Category.NOT_JOB
    second = classifier.classify_in_process(mail, "Quernstone")
    assert second.category in {Category.ASSESSMENT, Category.INTERVIEW}


def test_mail_naming_no_stage_stays_no_job_mail(classifier, message) -> None:
    mail = message(
        sender="ida.varga@quernstone.example",
        name="Ida Varga",
        subject="Parking",
        body="Hi Jane, the car park is behind the building, see you.\nIda",
    )
    assert classifier.classify_in_process(mail, "Quernstone").category is Category.NOT_JOB
