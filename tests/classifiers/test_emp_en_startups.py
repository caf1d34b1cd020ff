"""Employers of startup hiring mail: brand domains with a startup's affix (acmehq.com,
getacme.com), founders who sign "Name | cofounder, Acme" from a personal mailbox, startup boards'
cards (Work at a Startup, Welcome to the Jungle, Wellfound), booking notices that name the
company in brackets, assessment tools that name who sends the test, agencies that name their
client once they have submitted the candidate, and job links that a template must not take for a
name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.classifiers.rules.names import NameBook, brand_of_label, load_name_book
from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.fixture(scope="module")
def names() -> NameBook:
    return load_name_book()


@pytest.mark.parametrize(
    ("label", "brand"),
    [
        ("pebblecresthq", "pebblecrest"),
        ("marrow-hq", "marrow"),
        ("getsundial", "sundial"),
        ("trylanternfish", "lanternfish"),
        ("joinorchard", "orchard"),
        ("getty", "getty"),  # too little would be left: a brand of its own
        ("hq", "hq"),
        ("tryp", "tryp"),
    ],
)
def test_brand_of_a_startup_domain_label(label: str, brand: str) -> None:
    assert brand_of_label(label) == brand


def test_double_given_name_is_a_person(names: NameBook) -> None:
    assert names.looks_like_person("Marie-Claire Dubois")
    assert not names.looks_like_person("Rolls-Royce Holdings")


def test_provincial_domain_names_its_own_brand(names: NameBook) -> None:
    assert names.company_for_domain("careers.brumeval.qc.ca") == "Brumeval"


def test_job_link_written_above_the_sign_off_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co", name="Recruiting",
        subject="Thank you for your application",
        body="Hi Sam,\n\nThank you for applying for the Platform Engineer role. We review every "
        "application and will get back to you.\n\nPosting: https://jobs.lever.co/quillmoor/"
        "3b9e2f10-7c4d-4e8a-9f21-0d5c6a7b8e90\n\nRecruiting Team",
        links=("https://jobs.lever.co/quillmoor/3b9e2f10-7c4d-4e8a-9f21-0d5c6a7b8e90",),
    )  # fmt: skip
    assert result.company == "Quillmoor"


def test_hq_domain_names_the_brand_the_mail_writes(classify: Classify) -> None:
    result = classify(
        sender="dana@ferncastlehq.com", name="Dana Whitlow",
        subject="Interview for the Backend Engineer role",
        body="Hi Sam,\n\nThanks for applying! We'd like to invite you to an interview for the "
        "Backend Engineer role. Are you free Thursday at 2pm?\n\nDana",
    )  # fmt: skip
    assert result.company == "Ferncastle"


def test_get_domain_names_the_brand_even_unwritten(classify: Classify) -> None:
    result = classify(
        sender="omar@getbluewillow.com", name="Omar Haddad",
        subject="Interview invitation - Data Engineer",
        body="Hi Sam,\n\nThank you for your application. We would like to invite you to an "
        "interview next week. Could you share a few times that work?\n\nOmar",
    )  # fmt: skip
    assert result.company == "Bluewillow"


def test_founder_signing_after_a_pipe_from_a_personal_mailbox(classify: Classify) -> None:
    result = classify(
        sender="lena.varga.dev@gmail.com", name="Lena Varga",
        subject="your application - quick interview?",
        body="Hi Sam,\n\nThanks for applying to the backend role. Would you have time for a "
        "30 minute interview on Tuesday or Wednesday?\n\nLena",
        signature="--\nLena Varga | cofounder, Tidewick",
    )  # fmt: skip
    assert result.company == "Tidewick"


def test_board_card_company_line_with_stage_and_place(classify: Classify) -> None:
    result = classify(
        sender="team@wellfound.com", name="Wellfound", subject="Application sent",
        body="Nice work, Sam!\n\nYour application for Founding Engineer is on its way.\n\n"
        "Company: Harrowfield - Series A - Montreal (hybrid)\n\nWe'll let you know when the "
        "founders reply.",
    )  # fmt: skip
    assert result.company == "Harrowfield"


def test_board_receipt_on_its_way_to_the_employer(classify: Classify) -> None:
    result = classify(
        sender="hello@welcometothejungle.com", name="Welcome to the Jungle",
        subject="Your application has been sent",
        body="Great, Sam!\n\nYour application for Data Engineer (Streaming) is on its way to\n"
        "Cobbleton. Companies usually respond within two weeks.",
    )  # fmt: skip
    assert result.company == "Cobbleton"


def test_take_home_invitation_names_the_employer_in_the_subject(classify: Classify) -> None:
    result = classify(
        sender="no-reply@coderpad.io", name="CoderPad",
        subject="You've been invited to a take-home by Wrenfield",
        body="Hi Sam,\n\nYou have been invited to complete a take-home project: \"Rate "
        "limiter\".\n\nSubmit by: May 3\n\nThe CoderPad Team",
    )  # fmt: skip
    assert result.company == "Wrenfield"


def test_startup_board_message_names_the_company_before_its_batch(classify: Classify) -> None:
    result = classify(
        sender="noreply@workatastartup.com", name="Work at a Startup",
        subject="Lumora (S24) sent you a message",
        body="You have a new message on Work at a Startup.\n\nFrom: Ada Finch, Founder at "
        "Lumora (S24)\nRe: Backend Engineer\n\n\"Hi Sam, thanks for applying! Could you book a "
        "time to chat this week for a first interview?\"",
    )  # fmt: skip
    assert result.company == "Lumora"


def test_booking_notice_names_the_company_in_brackets(classify: Classify) -> None:
    result = classify(
        sender="no-reply@goodtime.io", name="GoodTime",
        subject="Confirmed: Interview (Saltgrove) with Ravi Menon on Friday, May 8, 2026",
        body="Hi Sam,\n\nYour interview with Ravi Menon at 11:00am on Friday, May 8, 2026 is "
        "scheduled.\n\nLocation: Zoom",
    )  # fmt: skip
    assert result.company == "Saltgrove"


def test_agency_names_the_end_client_after_submitting(classify: Classify) -> None:
    result = classify(
        sender="pat.oneil@summitreachstaffing.com", name="Pat O'Neil",
        subject="RE: Contract - Data Engineer - 6 months",
        body="Hi Sam,\n\nThanks for the right to represent. I have submitted your profile to the "
        "hiring team for the Data Engineer position.\n\nFYI the end client is Corrowind "
        "(logistics, Denver).\n\nThanks,\nPat",
        signature="Pat O'Neil | Summitreach Staffing",
    )  # fmt: skip
    assert result.company == "Corrowind"


def test_vendor_name_leading_another_company_is_that_company() -> None:
    from jobtracker.classifiers.rules.registry import load_registry

    registry = load_registry()
    assert registry.is_vendor_name("Greenhouse Software")
    assert registry.is_vendor_name("HackerRank for Work")
    assert not registry.is_vendor_name("Sterling Orchards")


def test_hiring_team_signing_after_a_pipe_names_a_person_shaped_company(
    classify: Classify,
) -> None:
    result = classify(
        sender="no-reply@us.greenhouse-mail.io", name="Sterling Orchards",
        subject="Thank you for applying to Sterling Orchards",
        body="Hi Sam,\n\nThank you for your interest in Sterling Orchards! We've received your "
        "application for Brand Manager and will review it soon.\n\nKind regards,\n"
        "Talent Acquisition | Sterling Orchards",
    )  # fmt: skip
    assert result.company == "Sterling Orchards"


def test_domain_that_adds_a_word_to_the_written_name(classify: Classify) -> None:
    result = classify(
        sender="lea.marsh@brannoxsoft.com", name="Lea Marsh",
        subject="Brannox - second interview",
        body="Hi Sam,\n\nThanks for your time last week. We'd like to invite you to a second "
        "interview with our CTO on Monday at 10:00.\n\nLea",
    )  # fmt: skip
    assert result.company == "Brannox"


def test_agency_subject_names_the_client_before_a_numbered_interview(classify: Classify) -> None:
    result = classify(
        sender="tom.reeve@castlemerefinders.com", name="Tom Reeve",
        subject="Ostrava Metrics - first interview confirmed",
        body="Hi Sam,\n\nGood news: Ostrava Metrics would like to meet you. The first interview "
        "is confirmed for Thursday at 14:00 via Zoom.\n\nTom",
    )  # fmt: skip
    assert result.company == "Ostrava Metrics"


def test_booking_card_with_line_names_the_company_after_a_long_line(classify: Classify) -> None:
    result = classify(
        sender="no-reply@teamtailor.com", name="Talent team",
        subject="Booking confirmed: video interview with Laura Stone",
        body="Hi Sam,\n\nYour interview is booked.\n\nWhen: Friday 20 February 2026, 10:30 - 11:15 "
        "(Europe/London)\nWith: Laura Stone, Marketing Director, Kestrel & Vine\nWhere: Google "
        "Meet",
    )  # fmt: skip
    assert result.company == "Kestrel & Vine"


def test_board_receipt_card_names_the_employer_before_the_place(classify: Classify) -> None:
    result = classify(
        sender="noreply@glassdoor.com", name="Glassdoor",
        subject="Your application has been submitted",
        body="Application submitted!\n\nSenior Product Manager\n\nBrightwater Ferries - Leeds, "
        "England\n\nWe've sent your application to the employer.",
    )  # fmt: skip
    assert result.company == "Brightwater Ferries"


_FOUNDER_NOTE = (
    "Hi Sam,\n\nThanks for applying to the backend role. Would you have time for a 30 minute "
    "interview on Tuesday or Wednesday?\n\nIvo"
)


@pytest.mark.parametrize(
    "signature",
    [
        "--\nIvo Brandt — Larchway",
        "--\nIvo | Larchway",
        "--\nIvo Brandt / Larchway",
        "--\nIvo Brandt\nlarchway.io",
        "--\nIvo Brandt\nhttps://www.larchway.io",
        "--\nIvo Brandt\nFounder, Larchway (larchway.io)",
        "--\nIvo (cofounder, Larchway)",
        "--\nIvo Brandt\nCTO and cofounder of Larchway",
        "--\nIvo Brandt\nLarchway (YC S24)",
        "Sent from my phone\n\nIvo Brandt · Cofounder · Larchway",
    ],
)
def test_founder_on_a_personal_mailbox_signs_with_the_company(
    classify: Classify, signature: str
) -> None:
    result = classify(
        sender="ivo.brandt.dev@gmail.com", name="Ivo Brandt",
        subject="your application - quick interview?", body=_FOUNDER_NOTE, signature=signature,
    )  # fmt: skip
    assert result.company == "Larchway"


def test_personal_sites_in_a_sign_off_name_no_employer(classify: Classify) -> None:
    result = classify(
        sender="ivo.brandt.dev@gmail.com", name="Ivo Brandt",
        subject="your application - quick interview?", body=_FOUNDER_NOTE,
        signature="--\nIvo Brandt\ngithub.com/ivobrandt · ivobrandt.com · cv.pdf",
    )  # fmt: skip
    assert result.company is None


def test_board_relays_a_founders_reply_naming_the_company(classify: Classify) -> None:
    result = classify(
        sender="team@wellfound.com", name="Wellfound",
        subject="Odile from Brackenfold replied to your application",
        body="Odile from Brackenfold replied:\n\n\"Hi Sam, thanks for applying! Are you free for "
        "an interview this week?\"\n\nReply on Wellfound",
    )  # fmt: skip
    assert result.company == "Brackenfold"


def test_possessive_ends_the_employer_name(classify: Classify) -> None:
    result = classify(
        sender="malia@quernstone.com", name="Malia Dunn",
        subject="Next round for the platform role",
        body="Hi Sam,\n\nGreat news: after the merger our team is joining Quernstone's Storage "
        "Platform group, and we'd like to invite you to the next interview round with two "
        "engineers.\n\nMalia",
    )  # fmt: skip
    assert result.company == "Quernstone"


def test_staffing_recruiter_on_a_personal_mailbox_names_no_employer_by_the_firm(
    classify: Classify,
) -> None:
    result = classify(
        sender="dee.okafor.recruits@gmail.com", name="Dee Okafor",
        subject="Backend Engineer interview - Thursday?",
        body="Hi Sam,\n\nThanks for applying. The hiring manager would like to interview you on "
        "Thursday at 2pm. Does that work?\n\nDee",
        signature="--\nDee Okafor | Ridgefield Staffing Solutions\nridgefieldstaffing.com",
    )  # fmt: skip
    assert result.company is None


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        ("dana@usequillet.com", "Thanks for applying to Quillet!", "Quillet"),
        ("dana@hellomarrowby.com", "Thanks for applying to HelloMarrowby!", "HelloMarrowby"),
        ("dana@usequillet.com", "Thanks for applying!", "Usequillet"),  # unwritten: whole label
    ],
)
def test_brand_glued_to_a_word_in_the_domain_when_the_mail_writes_it(
    classify: Classify, sender: str, body: str, company: str
) -> None:
    result = classify(
        sender=sender, name="Dana Reyes", subject="Interview invitation",
        body=f"Hi Sam,\n\n{body} We'd like to invite you to an interview on Tuesday.\n\nDana",
    )  # fmt: skip
    assert result.company == company


@pytest.mark.parametrize(
    "sentence",
    [
        "I've submitted your CV. The role is with Pemberly, a logistics scale-up in Denver.",
        "I've submitted your CV. Pemberly's hiring manager will review it this week.",
        "Great news - Pemberly want to interview you on Thursday!",
        "Just heard back from Pemberly - they'd like to interview you on Thursday.",
    ],
)
def test_recruiter_names_the_client_in_passing(classify: Classify, sentence: str) -> None:
    result = classify(
        sender="pat@summitreachrecruitment.com", name="Pat Lowe", subject="Update",
        body=f"Hi Sam,\n\n{sentence}\n\nPat",
    )  # fmt: skip
    assert result.company == "Pemberly"


def test_portfolio_and_booking_sites_in_a_sign_off_name_no_employer(classify: Classify) -> None:
    result = classify(
        sender="ivo.brandt.dev@gmail.com", name="Ivo Brandt",
        subject="your application - quick interview?", body=_FOUNDER_NOTE,
        signature="--\nIvo Brandt\ndribbble.com/ivo · savvycal.com/ivo · ycombinator.com/people",
    )  # fmt: skip
    assert result.company is None


@pytest.mark.parametrize(
    ("display", "subject"),
    [
        ("Fenwright (YC W25)", "Thanks for applying"),
        ("Fenwright", "Fenwright (YC S24) - Application received"),
        ("Fenwright.ai", "Thanks for applying"),
    ],
)
def test_startup_named_with_its_batch_or_its_site(
    classify: Classify, display: str, subject: str
) -> None:
    result = classify(
        sender="no-reply@ashbyhq.com", name=display, subject=subject,
        body="Hi Sam,\n\nThanks for applying to the Backend Engineer role. We'll review your "
        "application and get back to you soon.\n\nThe team",
    )  # fmt: skip
    assert result.company == "Fenwright"
