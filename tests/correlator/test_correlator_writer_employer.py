"""Mail in a process whose extracted employer is a name the user never applied to: the person
or domain writing it speaks for a known employer, so it joins that employer's application."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def test_an_interviewers_name_taken_for_the_employer_joins_by_the_writers_domain(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Norrsken Grid",
            role="Senior Data Engineer",
            sender="noreply@teamtailor-mail.com",
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Johan Lind",  # "your interview with Johan Lind and me"
            sender="elin.sandberg@norrskengrid.example",
            sent="2024-03-12T10:00",
        )
    )
    assert _app_id(invite) == _app_id(applied)
    assert invite.application is not None
    assert (invite.application.company, invite.application.status) == (
        "Norrsken Grid",
        S.INTERVIEWING,
    )


def test_an_agency_recruiters_later_mail_follows_the_employer_they_wrote_about(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Fernhill Consulting", sender="ryan@apextalent.example")
    )
    # the signature's "Senior Recruitment Consultant – Data & Analytics" read as the employer
    no = correlator.correlate(
        mail(
            C.REJECTION,
            company="Data & Analytics",
            sender="ryan@apextalent.example",
            sent="2024-03-15T10:00",
        )
    )
    assert _app_id(no) == _app_id(applied)
    assert no.application is not None and no.application.status is S.REJECTED


def test_a_recruiter_putting_forward_a_new_employer_starts_a_new_lead(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Fernhill Consulting", sender="ryan@apextalent.example")
    )
    pitch = correlator.correlate(
        mail(
            C.OUTREACH,
            company="Brightwater Energy",
            sender="ryan@apextalent.example",
            sent="2024-03-20T10:00",
        )
    )
    assert pitch.created and _app_id(pitch) != _app_id(first)
    assert pitch.application is not None and pitch.application.company == "Brightwater Energy"


def test_a_shared_relay_does_not_rename_an_unknown_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Acme", sender="no-reply@us.greenhouse-mail.io")
    )
    other = correlator.correlate(
        mail(
            C.REJECTION,
            company="Globex",
            sender="no-reply@us.greenhouse-mail.io",
            sent="2024-03-20T10:00",
        )
    )
    assert other.created and _app_id(other) != _app_id(first)


def test_a_reply_naming_an_unknown_employer_follows_the_mail_it_answers(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Maison Kerval",
            role="Analytics Engineer",
            rfc_id="<conf@kerval>",
            sender="jobs@mail.recruitee.com",
        )
    )
    # "Hugo Le Gall, Head of Data" in the signature read as the employer
    reply = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Head of Data",
            in_reply_to="<conf@kerval>",
            sender="hugo@gmail.example",
            sent="2024-03-10T10:00",
        )
    )
    assert _app_id(reply) == _app_id(applied)
    assert reply.application is not None and reply.application.status is S.INTERVIEWING
