"""A search firm pitches a role at a client it keeps unnamed; its later mail names the client.
A pitch read under the firm's own name ("Quist & Co" for nora@quistco.example) must not pull
the client's process under that name: the lead takes the client's name, and the client's own
mail and the firm's later mail join it. A call the firm sets up about its pitch is no
interview yet. "VP" and "Vice President" are one title."""

from __future__ import annotations

from pathlib import Path

from jobtracker.correlator import Correlator
from jobtracker.correlator.roles import ROLE_MATCH_THRESHOLD, role_key, role_similarity
from jobtracker.pipeline.settings import Settings
from jobtracker.pipeline.stages import TrackStage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source

FIRM = "nora.quist@quistco.example"


def test_the_firms_named_lead_takes_the_clients_name(mail) -> None:
    correlator = Correlator()
    pitch = correlator.correlate(
        mail(C.OUTREACH, company="Quist", sender=FIRM, sent="2025-03-02T09:00")
    )
    reveal = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Tallowby Freight",
            sender=FIRM,
            source=Source.AGENCY,
            sent="2025-03-09T09:00",
        )
    )
    own = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Tallowby Freight",
            sender="hr@tallowby.example",
            sent="2025-03-10T09:00",
        )
    )
    later = correlator.correlate(
        mail(C.REJECTION, company="Quistco", sender=FIRM, sent="2025-03-23T09:00")
    )
    app = pitch.application
    assert app is not None
    assert reveal.application is app and own.application is app and later.application is app
    assert app.company == "Tallowby Freight"
    assert app.status is S.REJECTED


def test_the_firms_call_and_update_do_not_keep_its_name(mail) -> None:
    correlator = Correlator()
    pitch = correlator.correlate(
        mail(C.OUTREACH, company="Quist", sender=FIRM, sent="2025-03-02T09:00")
    )
    correlator.correlate(
        mail(C.CONFIRMATION, company="Quist", sender=FIRM, sent="2025-03-05T09:00")
    )
    reveal = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Tallowby Freight",
            sender=FIRM,
            source=Source.AGENCY,
            sent="2025-03-09T09:00",
        )
    )
    assert reveal.application is pitch.application
    assert reveal.application is not None
    assert reveal.application.company == "Tallowby Freight"


def test_the_firms_second_search_names_its_own_client(mail) -> None:
    correlator = Correlator()

    def firm(category: C, company: str | None, sent: str):
        item = mail(category, company=company, sender=FIRM, source=Source.AGENCY, sent=sent)
        return correlator.correlate(item).application

    first = firm(C.OUTREACH, None, "2025-03-02T09:00")
    assert firm(C.INTERVIEW, "Tallowby Freight", "2025-03-09T09:00") is first
    assert firm(C.REJECTION, "Tallowby Freight", "2025-03-23T09:00") is first
    second = firm(C.OUTREACH, None, "2025-05-04T09:00")
    assert second is not first
    assert firm(C.INTERVIEW, "Harrow Mills", "2025-05-11T09:00") is second
    assert first is not None and second is not None
    assert (first.company, second.company) == ("Tallowby Freight", "Harrow Mills")


def test_an_in_house_recruiters_misread_keeps_the_lead(mail) -> None:
    """Mail not read as an agency's (a recruiter at the employer) never renames its lead."""
    correlator = Correlator()
    pitch = correlator.correlate(
        mail(C.OUTREACH, company="Quist", sender=FIRM, sent="2025-03-02T09:00")
    )
    later = correlator.correlate(
        mail(C.INTERVIEW, company="Jonas Brand", sender=FIRM, sent="2025-03-09T09:00")
    )
    assert pitch.application is not None
    assert later.application is pitch.application
    assert pitch.application.company == "Quist"


def test_vp_is_vice_president() -> None:
    assert (
        role_similarity(role_key("VP Controlling"), role_key("Vice President Controlling"))
        >= ROLE_MATCH_THRESHOLD
    )


PITCH = "<pitch-1@quistco.example>"


def test_a_call_with_the_firm_about_its_pitch_is_no_interview(mail, tmp_path: Path) -> None:
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))
    pitch = mail(
        C.OUTREACH,
        company=None,
        source=Source.AGENCY,
        rfc_id=PITCH,
        sender=FIRM,
        subject="Confidential - Finance Director, listed retailer",
        sent="2025-03-02T09:00",
    )
    reply = mail(
        C.NOT_JOB,
        company=None,
        in_reply_to=PITCH,
        sender=FIRM,
        subject="RE: Confidential - Finance Director, listed retailer",
        text="Perfect - Thursday 10:30 it is. I'll call your mobile.\n\nNora",
        sent="2025-03-03T09:00",
    )
    stage.track_batch([pitch, reply])
    (app,) = stage.correlator.applications("u1")
    assert [m.category for m in app.messages] == [C.OUTREACH, C.OUTREACH]
    assert app.status is S.INTERESTED


def test_the_firms_plain_word_in_a_process_keeps_the_clients_name(mail, tmp_path: Path) -> None:
    """Read within the firm's open process, its short note names that client, not the firm's
    domain ("employer from sender domain: quistco.example"), though the firm wrote for
    another client before."""
    stage = TrackStage(settings=Settings(db=str(tmp_path / "unused.duckdb")))

    def firm(category: C, company: str | None, sent: str):
        return mail(category, company=company, sender=FIRM, source=Source.AGENCY, sent=sent)

    note = mail(
        C.NOT_JOB,
        company=None,
        sender=FIRM,
        subject="Feedback",
        text="Hi Jane,\n\nGood news - the chairman would like to make you an offer. I'll send "
        "the details tomorrow.\n\nNora",
        sent="2025-05-20T09:00",
    )
    stage.track_batch(
        [
            firm(C.INTERVIEW, "Tallowby Freight", "2025-03-09T09:00"),
            firm(C.REJECTION, "Tallowby Freight", "2025-03-23T09:00"),
            firm(C.OUTREACH, None, "2025-05-04T09:00"),
            firm(C.INTERVIEW, "Harrow Mills", "2025-05-11T09:00"),
            note,
        ]
    )
    apps = {app.company: app for app in stage.correlator.applications("u1")}
    assert set(apps) == {"Tallowby Freight", "Harrow Mills"}
    assert apps["Harrow Mills"].status is S.OFFER
