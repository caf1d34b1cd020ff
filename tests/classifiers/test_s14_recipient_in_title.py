"""A meeting's title that names the reader beside the person they meet ("Jane Doe / Ana Roe")
names no employer: the reader's own name is never the employer, even in part."""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category


def test_a_title_naming_the_reader_and_the_interviewer_names_no_employer(classify) -> None:
    found = classify(
        sender="p.lindqvist@harbourside-search.example",
        name="Pia Lindqvist",
        subject="Invitation: Interview Jane Doe / Tomas Berg",
        body="Invitation sent from Outlook.\n\nFirst interview, in person at the office.",
    )
    assert found.category is Category.INTERVIEW
    assert found.company is None or "Jane Doe" not in found.company


def test_a_company_named_in_the_subject_is_still_read(classify) -> None:
    found = classify(
        sender="p.lindqvist@harbourside-search.example",
        name="Pia Lindqvist",
        subject="Invitation: Interview with Tallow Logistics",
        body="Hi Jane,\n\nTallow Logistics would like to meet you for a first interview.",
    )
    assert found.category is Category.INTERVIEW
    assert found.company == "Tallow Logistics"
