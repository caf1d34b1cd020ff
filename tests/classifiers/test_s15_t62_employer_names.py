"""Employer names a group's ATS, a job board and a team signature write: the group's company
named with its legal form, a brand typeset in lower case, and the town under a team's name."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_groups_ats_names_the_company_of_the_group_that_hires(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Sennwald Gruppe Karriere",
        subject="Eingangsbestätigung: Werkstudent (m/w/d) Controlling – Req. 5512",
        body="Sehr geehrter Herr Doe,\n\nvielen Dank für Ihr Interesse an der Sennwald Gruppe. "
        "Ihre Bewerbung als Werkstudent (m/w/d) Controlling (Sennwald Analytics GmbH, Kassel, "
        "Stellen-ID 5512) ist bei uns eingegangen.\n\nMit freundlichen Grüßen\nIhr "
        "Recruiting-Team der Sennwald Gruppe\n\nSennwald Holding AG · Ständeplatz 3 · 34117 "
        "Kassel",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Sennwald Analytics"


def test_an_english_groups_ats_names_its_company_too(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.com",
        name="Harrowgate Group Careers",
        subject="Thank you for your application",
        body="Dear Jan,\n\nthank you for your interest in Harrowgate Group. Your application for "
        "Data Analyst (Harrowgate Analytics Ltd, Leeds, job ID 7781) has been received.\n\n"
        "Kind regards,\nHarrowgate Group Talent Team\n\nHarrowgate Group Holdings plc, 1 "
        "Wharf Street, Leeds",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Harrowgate Analytics"


def test_a_group_naming_only_itself_stays_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu",
        name="Sennwald Gruppe Karriere",
        subject="Eingangsbestätigung: Junior Controller (m/w/d)",
        body="Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung bei der Sennwald "
        "Gruppe. Ihre Unterlagen sind bei uns eingegangen.\n\nMit freundlichen Grüßen\nIhr "
        "Recruiting-Team\n\nSennwald Holding AG · Ständeplatz 3 · 34117 Kassel",
    )
    assert result.company == "Sennwald Gruppe"


def test_a_lower_case_brand_with_its_legal_form_is_the_employer(classify: Classify) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject="Jan, Ihre Bewerbung wurde an flinkwerk studios GmbH gesendet",
        body="Ihre Bewerbung wurde an flinkwerk studios GmbH gesendet\n\nJunior Motion "
        "Designer (m/w/d)\nflinkwerk studios GmbH · Leipzig\n\nBeworben am 02.03.2026",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "flinkwerk studios"


def test_a_lower_case_phrase_is_still_no_employer(classify: Classify) -> None:
    result = classify(
        sender="talent@brackwater.example",
        name="Brackwater Talent",
        subject="Your application",
        body="Hi Jan,\n\nthanks for applying to the analyst role. Our berlin office team "
        "will review your application this week.\n\nBrackwater Talent Team",
    )
    assert result.company == "Brackwater"


def test_the_town_under_a_talent_teams_name_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="ostervelde@myworkday.com",
        name="Ostervelde",
        subject="Application received – Graduate Trainee Finance (R-2231)",
        body="Dear Jan,\n\nThank you for applying to the Graduate Trainee Finance (R-2231). We "
        "have received your application and will review it.\n\nKind regards,\nOstervelde "
        "Talent Acquisition\nEindhoven, the Netherlands",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Ostervelde"
