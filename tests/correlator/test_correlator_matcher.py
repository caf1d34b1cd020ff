"""Grouping messages into applications, rule by rule, as a user sees it on the tracker."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jobtracker.correlator.matcher import NO_EMPLOYER, Correlator
from jobtracker.correlator.names import AliasTable
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import EventKind, Source

GH_URL = "https://boards.greenhouse.io/acme/jobs/4012345"


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def test_mail_outside_a_hiring_process_joins_nothing(mail) -> None:
    for category in (C.ALERT, C.OTHER_JOB, C.NOT_JOB):
        result = Correlator().correlate(mail(category, role="Data Engineer"))
        assert (result.application, result.created, result.confidence) == (None, False, 1.0)
        assert result.events == []


def test_first_confirmation_creates_an_application(mail) -> None:
    result = Correlator().correlate(
        mail(C.CONFIRMATION, company="Acme GmbH", role="Data Engineer (m/w/d)", job_url=GH_URL)
    )
    app = result.application
    assert result.created and app is not None
    assert (app.company, app.role, app.status) == ("Acme", "Data Engineer (m/w/d)", S.APPLIED)
    assert (app.source, app.job_key) == (Source.GREENHOUSE, "greenhouse:4012345")
    assert [e.kind for e in result.events] == [EventKind.CREATED, EventKind.MESSAGE_LINKED]


def test_thread_id_joins_even_without_a_role(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", thread="t1"))
    second = correlator.correlate(mail(C.INTERVIEW, thread="t1", sent="2024-03-10T10:00"))
    assert _app_id(second) == _app_id(first)
    assert second.confidence > 0.9


def test_thread_id_with_a_different_employer_does_not_join(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Acme", thread="t1"))
    other = correlator.correlate(mail(C.CONFIRMATION, company="Globex", thread="t1"))
    assert other.created
    assert _app_id(other) != _app_id(first)


def test_thread_with_two_roles_at_one_employer_keeps_them_apart(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", thread="t1"))
    second = correlator.correlate(mail(C.CONFIRMATION, role="Product Designer", thread="t1"))
    assert _app_id(second) != _app_id(first)


def test_a_reply_to_a_linked_message_joins_without_an_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", rfc_id="<a@acme>"))
    reply = correlator.correlate(
        mail(C.INTERVIEW, company=None, in_reply_to="<a@acme>", sent="2024-03-05T10:00")
    )
    via_references = correlator.correlate(
        mail(C.INTERVIEW, company=None, references=("<x@y>", "<a@acme>"), sent="2024-03-06")
    )
    assert _app_id(reply) == _app_id(via_references) == _app_id(first)


def test_requisition_id_joins_a_differently_worded_role(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, role="Data Engineer II", requisition_id="R-77")
    )
    second = correlator.correlate(
        mail(C.ASSESSMENT, role="Data Platform Eng (R77)", requisition_id="r77", sent="2024-03-04")
    )
    assert _app_id(second) == _app_id(first)
    assert second.application is not None and second.application.status == S.ASSESSMENT


def test_requisition_id_at_another_employer_does_not_join(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Acme", requisition_id="R-100"))
    other = correlator.correlate(mail(C.CONFIRMATION, company="Globex", requisition_id="R-100"))
    assert _app_id(other) != _app_id(first)


def test_requisition_id_in_the_role_title_is_used(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer (JR12345)"))
    second = correlator.correlate(
        mail(C.REJECTION, role="Analytics role JR12345", sent="2024-04-01")
    )
    assert _app_id(second) == _app_id(first)


def test_job_url_joins_whatever_the_link_shape(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", job_url=GH_URL))
    second = correlator.correlate(
        mail(C.INTERVIEW, company=None, job_url="https://acme.com/jobs?gh_jid=4012345")
    )
    assert _app_id(second) == _app_id(first)


def test_employer_and_fuzzy_role_join(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Acme Inc.", role="Sr. Backend Engineer")
    )
    second = correlator.correlate(
        mail(C.INTERVIEW, company="ACME", role="Senior Back-End Engineer (m/w/d) - Berlin")
    )
    assert _app_id(second) == _app_id(first)
    assert second.confidence >= 0.8 and second.review_reason is None


def test_two_roles_at_one_employer_are_two_applications(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Senior Data Engineer"))
    correlator.correlate(mail(C.CONFIRMATION, role="Junior Data Engineer"))
    correlator.correlate(mail(C.CONFIRMATION, role="Data Scientist"))
    later = correlator.correlate(mail(C.REJECTION, role="Data Scientist", sent="2024-04-01"))
    apps = correlator.applications("u1")
    assert len(apps) == 3
    assert [a.status for a in apps] == [S.APPLIED, S.APPLIED, S.REJECTED]
    assert later.application is apps[2]


def test_employer_only_joins_the_single_open_application_at_medium_confidence(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2023-01-01"))
    correlator.correlate(mail(C.REJECTION, role="Data Engineer", sent="2023-02-01"))
    open_app = correlator.correlate(mail(C.CONFIRMATION, role="Designer", sent="2024-03-01"))
    result = correlator.correlate(mail(C.INTERVIEW, role=None, sent="2024-03-10"))
    assert _app_id(result) == _app_id(open_app)
    assert 0.6 <= result.confidence < 0.8
    assert result.review_reason is None


def test_employer_only_with_several_open_applications_goes_to_review(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer"))
    correlator.correlate(mail(C.CONFIRMATION, role="Designer"))
    result = correlator.correlate(mail(C.INTERVIEW, role=None, sent="2024-03-10"))
    assert result.application is not None and not result.created
    assert result.confidence < 0.5
    assert result.review_reason is not None and "Acme" in result.review_reason


def test_a_role_joins_an_application_that_had_none(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role=None))
    second = correlator.correlate(mail(C.INTERVIEW, role="Data Engineer", sent="2024-03-10"))
    assert _app_id(second) == _app_id(first)
    assert second.application is not None and second.application.role == "Data Engineer"


def test_reapplying_after_the_gap_is_a_new_application(mail) -> None:
    correlator = Correlator(new_application_gap_days=120)
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2023-01-01"))
    again = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2023-07-01"))
    assert again.created and _app_id(again) != _app_id(first)
    nudge = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2023-07-02"))
    assert _app_id(nudge) == _app_id(again)  # a second confirmation a day later is no reapplication


def test_late_mail_other_than_a_confirmation_joins_across_the_gap(mail) -> None:
    correlator = Correlator(new_application_gap_days=120)
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2023-01-01"))
    late = correlator.correlate(mail(C.REJECTION, role="Data Engineer", sent="2023-09-01"))
    assert _app_id(late) == _app_id(first)


def test_reapplying_after_a_rejection_is_a_new_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-01-01"))
    correlator.correlate(mail(C.REJECTION, role="Data Engineer", sent="2024-01-20"))
    again = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-02-01"))
    assert again.created and _app_id(again) != _app_id(first)
    assert again.application is not None and again.application.status == S.APPLIED


def test_a_second_rejection_after_the_final_status_still_joins(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-01-01"))
    correlator.correlate(mail(C.REJECTION, role="Data Engineer", sent="2024-01-20"))
    late = correlator.correlate(mail(C.REJECTION, role=None, sent="2024-02-20"))
    assert _app_id(late) == _app_id(first)
    assert len(correlator.applications("u1")) == 1


def test_rejection_before_confirmation_is_one_rejected_application(mail) -> None:
    correlator = Correlator()
    rejection = correlator.correlate(mail(C.REJECTION, role="Data Engineer", sent="2024-03-20"))
    confirmation = correlator.correlate(
        mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01")
    )
    assert _app_id(confirmation) == _app_id(rejection)
    app = confirmation.application
    assert app is not None and app.status == S.REJECTED
    assert app.applied_at is not None and app.applied_at.day == 1
    assert app.last_activity_at is not None and app.last_activity_at.day == 20
    assert not any(e.kind is EventKind.STATUS_CHANGED for e in confirmation.events)


def test_a_late_viewed_notice_does_not_move_status_back(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01"))
    correlator.correlate(mail(C.INTERVIEW, role="Data Engineer", sent="2024-03-10"))
    viewed = correlator.correlate(mail(C.VIEWED, role="Data Engineer", sent="2024-03-12"))
    assert viewed.application is not None and viewed.application.status == S.INTERVIEWING
    assert [e.kind for e in viewed.events] == [EventKind.MESSAGE_LINKED]


def test_status_changed_event_carries_before_and_after(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01"))
    result = correlator.correlate(mail(C.INTERVIEW, role="Data Engineer", sent="2024-03-10"))
    kinds = [e.kind for e in result.events]
    assert kinds == [EventKind.MESSAGE_LINKED, EventKind.STATUS_CHANGED]
    change = result.events[1]
    assert (change.before, change.after) == ({"status": "applied"}, {"status": "interviewing"})
    assert change.message_key == result.events[0].message_key


def test_legal_suffixes_and_aliases_are_one_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Meta Platforms, Inc.", role="SWE"))
    second = correlator.correlate(mail(C.INTERVIEW, company="Facebook", role="Software Engineer"))
    third = correlator.correlate(mail(C.OFFER, company="Meta", role="Software Eng"))
    assert _app_id(first) == _app_id(second) == _app_id(third)
    assert third.application is not None and third.application.company == "Meta"


def test_company_spelled_with_spaces_joins_fuzzily(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="HelloFresh SE", role="Designer"))
    second = correlator.correlate(mail(C.INTERVIEW, company="Hello Fresh", role="Designer"))
    assert _app_id(second) == _app_id(first)
    assert second.confidence < first.confidence


def test_learned_aliases_regroup_known_applications(mail) -> None:
    aliases = AliasTable()
    correlator = Correlator(aliases=aliases)
    first = correlator.correlate(mail(C.CONFIRMATION, company="Initech Labs", role="Analyst"))
    aliases.add_alias("Initech Labs", "Initech")
    second = correlator.correlate(mail(C.INTERVIEW, company="Initech", role="Analyst"))
    assert _app_id(second) == _app_id(first)


def test_a_message_without_an_employer_goes_to_review(mail) -> None:
    result = Correlator().correlate(mail(C.INTERVIEW, company=None, role="Data Engineer"))
    assert result.application is None and not result.created
    assert result.review_reason == NO_EMPLOYER


def test_replaying_a_message_changes_nothing(mail) -> None:
    correlator = Correlator()
    item = mail(C.CONFIRMATION, role="Data Engineer")
    first = correlator.correlate(item)
    again = correlator.correlate(item)
    assert again.application is first.application and not again.created
    assert again.events == [] and again.confidence == first.confidence
    assert first.application is not None and first.application.message_count == 1


def test_two_runs_over_the_same_mail_give_the_same_ids(mail) -> None:
    items = [
        mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-01"),
        mail(C.CONFIRMATION, role="Designer", sent="2024-03-02"),
        mail(C.INTERVIEW, role="Data Engineer", sent="2024-03-09"),
        mail(C.REJECTION, role="Designer", sent="2024-03-10"),
    ]

    def run() -> list[tuple[str, list[str]]]:
        correlator = Correlator()
        return [
            (_app_id(r), [e.event_id for e in r.events]) for r in map(correlator.correlate, items)
        ]

    first, second = run(), run()
    assert first == second
    event_ids = [e for _, ids in first for e in ids]
    assert len(event_ids) == len(set(event_ids))


def test_fields_fill_in_as_messages_arrive(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(C.INTERVIEW, role="Data Engineer", source=Source.OTHER, sent="2024-03-10")
    )
    correlator.correlate(
        mail(
            C.CONFIRMATION,
            role="Data Engineer",
            source=Source.GREENHOUSE,
            job_url=GH_URL,
            requisition_id="R-1",
            thread="t9",
            sent="2024-03-01",
        )
    )
    result = correlator.correlate(
        mail(C.VIEWED, role="Data Engineer", source=Source.OTHER, sent="2024-03-05")
    )
    app = result.application
    assert app is not None
    assert app.source == Source.GREENHOUSE
    assert (app.job_url, app.requisition_id, app.thread_ids) == (GH_URL, "R-1", {"t9"})
    assert app.applied_at is not None and app.applied_at.day == 1
    assert app.last_activity_at is not None and app.last_activity_at.day == 10
    assert app.status == S.INTERVIEWING and app.message_count == 3


def test_outreach_creates_a_lead_that_an_application_joins(mail) -> None:
    correlator = Correlator()
    lead = correlator.correlate(mail(C.OUTREACH, role="Data Engineer", sent="2024-03-01"))
    assert lead.application is not None and lead.application.status == S.INTERESTED
    applied = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", sent="2024-03-05"))
    assert _app_id(applied) == _app_id(lead)
    assert applied.application is not None and applied.application.status == S.APPLIED


def test_users_never_see_each_others_applications(mail) -> None:
    correlator = Correlator()
    mine = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", user="u1"))
    theirs = correlator.correlate(mail(C.CONFIRMATION, role="Data Engineer", user="u2"))
    assert theirs.created and _app_id(theirs) != _app_id(mine)


def test_load_user_warms_the_index_from_the_store(mail) -> None:
    first_run = Correlator()
    item = mail(C.CONFIRMATION, role="Data Engineer", thread="t1", sent="2024-03-01")
    created = first_run.correlate(item)
    stored = list(first_run.applications("u1"))
    loaded: list[str] = []

    def load_user(user_id: str) -> list:
        loaded.append(user_id)
        return stored if user_id == "u1" else []

    second_run = Correlator(load_user=load_user)
    assert second_run.correlate(item).events == []  # already linked before the restart
    joined = second_run.correlate(mail(C.INTERVIEW, thread="t1", sent="2024-03-10"))
    assert _app_id(joined) == _app_id(created)
    assert loaded == ["u1"]


def test_applications_loaded_with_names_only_still_match(mail) -> None:
    first_run = Correlator()
    created = first_run.correlate(
        mail(C.CONFIRMATION, company="Acme GmbH", role="Sr. Data Engineer", job_url=GH_URL)
    )
    assert created.application is not None
    # a store keeps names, not the correlator's keys
    stored = replace(created.application, company_key="", role_key="", job_key=None)
    second_run = Correlator(load_user=lambda user_id: [stored])
    by_role = second_run.correlate(mail(C.INTERVIEW, company="ACME", role="Senior Data Engineer"))
    by_job = second_run.correlate(mail(C.REJECTION, company=None, job_url=GH_URL))
    assert _app_id(by_role) == _app_id(by_job) == _app_id(created)


def test_a_failed_warm_up_is_retried_on_the_next_message(mail) -> None:
    calls: list[str] = []

    def flaky_load(user_id: str) -> list:
        calls.append(user_id)
        if len(calls) == 1:
            raise ConnectionError("store is restarting")
        return []

    correlator = Correlator(load_user=flaky_load)
    item = mail(C.CONFIRMATION, role="Data Engineer")
    with pytest.raises(ConnectionError):
        correlator.correlate(item)
    assert correlator.correlate(item).created
    assert calls == ["u1", "u1"]


def test_short_and_long_forms_of_one_employer_join(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Willowwind Santé SAS", role="Associate Recruiter")
    )
    later = correlator.correlate(
        mail(C.INTERVIEW, company="Willowwind", role="Associate Recruiter", sent="2024-03-08T09:00")
    )
    assert _app_id(later) == _app_id(first)


def test_a_short_form_shared_by_two_employers_joins_neither(mail) -> None:
    correlator = Correlator()
    bank = correlator.correlate(mail(C.CONFIRMATION, company="Deutsche Bank", role="Analyst"))
    bahn = correlator.correlate(mail(C.CONFIRMATION, company="Deutsche Bahn", role="Analyst"))
    vague = correlator.correlate(
        mail(C.INTERVIEW, company="Deutsche", role="Analyst", sent="2024-03-09T09:00")
    )
    assert _app_id(bank) != _app_id(bahn)
    assert vague.application is None or _app_id(vague) not in (_app_id(bank), _app_id(bahn))


def test_a_message_naming_no_employer_joins_through_its_senders_one_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.INTERVIEW, company="Kaiento", role="CSM", sender="Lea.Moss@kaiento.example")
    )
    no_name = correlator.correlate(
        mail(C.REJECTION, company=None, sent="2024-03-20T09:00", sender="lea.moss@kaiento.example")
    )
    assert _app_id(no_name) == _app_id(first)
    assert no_name.application is not None and no_name.application.status is S.REJECTED


@pytest.mark.parametrize(
    "relay", ["no-reply@hire.lever.co", "conversations@message.teamtailor.com"]
)
def test_a_shared_relay_address_links_nothing(mail, relay: str) -> None:
    # Teamtailor's conversation relay carries every employer's recruiters' mail
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Acme", role="Dev", sender=relay))
    correlator.correlate(mail(C.CONFIRMATION, company="Globex", role="Dev", sender=relay))
    unnamed = correlator.correlate(
        mail(C.REJECTION, company=None, sent="2024-03-20T09:00", sender=relay)
    )
    assert unnamed.application is None and unnamed.review_reason == NO_EMPLOYER
