"""Process mail whose "role" matches no application at its employer: a misread title (a
calendar entry, a subject's other words) joins the one open process there, for review;
a second posting, a second open process or a new person writing keeps it apart."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C

RELAY = "noreply@teamtailor-mail.com"


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def _applied(mail, correlator: Correlator, role: str = "Data Engineer") -> str:
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Vientos", role=role, sender=RELAY, sent="2024-02-01")
    )
    return _app_id(first)


def test_a_misread_title_in_process_mail_joins_the_one_open_application(mail) -> None:
    correlator = Correlator()
    applied = _applied(mail, correlator)
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Vientos",
            role="Entrevista técnica",  # "Invitación: Entrevista técnica – Data Engineer"
            sender="marta@vientos.example",
            sent="2024-02-20",
        )
    )
    assert _app_id(invite) == applied
    assert invite.review_reason is not None  # a person confirms it
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Vientos",
            role="talent pool and reach out if a",
            sender=RELAY,
            sent="2024-03-20",
        )
    )
    assert _app_id(no) == applied
    assert no.application is not None and no.application.status is S.REJECTED


def test_a_posting_at_another_seniority_is_another_application(mail) -> None:
    correlator = Correlator()
    applied = _applied(mail, correlator, role="Product Designer I")
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Vientos",
            role="Senior Product Designer",
            sender=RELAY,
            sent="2024-02-20",
        )
    )
    assert no.created and _app_id(no) != applied


def test_with_two_open_applications_an_unknown_role_starts_a_third(mail) -> None:
    correlator = Correlator()
    data = _applied(mail, correlator)
    design = _applied(mail, correlator, role="Product Designer")
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Vientos", role="Site Reliability Engineer", sent="2024-02-20")
    )
    assert invite.created and _app_id(invite) not in (data, design)


def test_an_application_closed_before_the_mail_does_not_take_it(mail) -> None:
    correlator = Correlator()
    applied = _applied(mail, correlator)
    correlator.correlate(mail(C.REJECTION, company="Vientos", sender=RELAY, sent="2024-02-10"))
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Vientos", role="Product Designer", sent="2024-03-01")
    )
    assert invite.created and _app_id(invite) != applied


def test_a_calendar_relays_invite_is_no_new_person_writing(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Vientos",
            role="Data Engineer",
            sender="marta@vientos.example",
            sent="2024-02-01",
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Vientos",
            role="Vientos x Jordan",  # the event's title
            sender="calendar-notification@google.com",
            sent="2024-02-20",
        )
    )
    assert _app_id(invite) == _app_id(applied)
