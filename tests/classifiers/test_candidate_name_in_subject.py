"""Calendar tools put the candidate's own name in the subject; the employer is the rest."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules.view import without_recipient
from jobtracker.pipeline.vocabulary import Category

ME = ("Jane Doe",)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview Quillfeather GmbH - Jane Doe", "Interview Quillfeather GmbH"),
        ("Jane Doe / Quillfeather: technical interview", "Quillfeather: technical interview"),
        ("Quillfeather <> Jane Doe", "Quillfeather"),
        ("JANE DOE | Panel interview", "Panel interview"),
        ("Interview with Jane Doe's team", "Interview with Jane Doe's team"),  # not set off
        ("Interview Quillfeather - Jane", "Interview Quillfeather - Jane"),  # a first name alone
    ],
)
def test_the_candidates_name_set_off_at_either_end_is_dropped(subject: str, expected: str) -> None:
    assert without_recipient(subject, ME) == expected


def test_without_a_recipient_name_the_subject_stays() -> None:
    assert without_recipient("Interview Quillfeather - Jane Doe", ()) == (
        "Interview Quillfeather - Jane Doe"
    )


def test_a_recruiters_calendar_invitation_names_the_client_not_the_candidate(classify) -> None:
    found = classify(
        sender="k.brandt@nordlicht-personal.de",
        name="Katrin Brandt",
        subject="Einladung: Interview Quillfeather AG - Jane Doe",
        body=(
            "Hallo Frau Doe,\n\nwie besprochen: Quillfeather möchte Sie kennenlernen! Das Gespräch "
            "findet am Dienstag um 14 Uhr per Teams statt.\n\nViele Grüße\nKatrin Brandt\n"
            "Personalberaterin, Nordlicht Personal GmbH"
        ),
        language="de",
    )
    assert found.category is Category.INTERVIEW
    assert found.company is not None and found.company.startswith("Quillfeather")


def test_an_interview_event_named_by_a_title_names_no_employer(classify) -> None:
    found = classify(
        sender="calendar-notification@google.com",
        name="Google Calendar",
        subject="Invitation: Interview Data Analyst - Jane Doe",
        body="You have been invited to the following event.\nInterview Data Analyst\nGoogle Meet",
    )
    assert found.company != "Data Analyst"
