"""Indian hiring mail (corpus 89): a recruiter signing with a given name and an initial, a
"telephonic" step and a consultancy's walk-in drive; Luxembourg's search firms (corpus 88): the
client named where the candidacy was presented, and a person by the honorific is no employer.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_telephonic_round_from_a_recruiter_signing_with_an_initial(classify: Classify) -> None:
    result = classify(
        sender="lakshmi.p@pravaah.example",
        name="Lakshmi P",
        subject="Telephonic interview - Java Backend Developer",
        body="Dear Aditya,\n\nYour profile is shortlisted for a telephonic discussion with our "
        "technical lead on 18th Dec at 12 noon. Kindly confirm and share your current CTC.\n\n"
        "Regards,\nLakshmi P\nHR Executive",
        language="en",
    )
    assert result.category is Category.INTERVIEW, result.evidence
    assert result.company != "Lakshmi P"
    assert result.role == "Java Backend Developer"


def test_a_walk_in_drive_is_a_pitch(classify: Classify) -> None:
    result = classify(
        sender="jobs@staffnestconsulting.example",
        name="Staffnest Consulting",
        subject="Hiring for {Client_Name} : Java Developer : Pune : Walk-in Drive 29th Nov",
        body="Dear {Candidate_Name},\n\nWe are hiring Java Developers (3-6 yrs) for our client. "
        "Walk-in drive on 29th Nov, 10 AM to 3 PM. Carry your updated resume.",
        language="en",
    )
    assert result.category is Category.OUTREACH, result.evidence


def test_a_search_firm_names_the_client_it_presented_to(classify: Classify) -> None:
    result = classify(
        sender="a.delcourt@delcourt-search.example",
        name="Aurélie Delcourt",
        subject="Banque Lindenthal - présentation de votre candidature",
        body="Bonjour Laure,\n\nComme convenu, j'ai présenté votre candidature ce matin à la "
        "Banque Lindenthal (Luxembourg) S.A. pour le poste de Compliance Officer.\n\nJe vous "
        "tiens informée dès que j'ai un retour de Monsieur Kremer, le Chief Compliance Officer."
        "\n\nBien à vous,\nAurélie",
        language="fr",
    )
    assert result.company == "Banque Lindenthal", result.evidence
