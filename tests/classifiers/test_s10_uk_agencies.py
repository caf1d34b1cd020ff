"""British agencies: a consultant signs with the sector desk ("Accountancy & Finance") and the
agency, whose footer says it acts as an employment agency; neither is the employer. A client
the subject names in full is not renamed by the initials the body calls it by ("C&D")."""

from __future__ import annotations

from jobtracker.classifiers import RuleClassifier
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


def test_the_subjects_full_name_outlives_the_bodys_initials(
    classifier: RuleClassifier, message
) -> None:
    result = classifier.classify(
        message(
            sender="ruth.amos@brookfoldrec.example",
            name="Ruth Amos",
            subject="Interview invite - Carrow & Dene - Tues 9th",
            body=(
                "Hi Jane,\n\nGreat news, C&D would like to interview you! I've put a "
                "placeholder in your calendar for Tuesday 9th at 10am at their Norwich office."
                "\n\nRuth"
            ),
            signature=SIGNATURE,
        )
    )
    assert result.category is C.INTERVIEW
    assert result.company == "Carrow & Dene"
