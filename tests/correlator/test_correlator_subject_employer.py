"""Mail whose employer the extractor missed or misread, when its subject spells out one the
user applied to."""

from __future__ import annotations

from jobtracker.correlator.index import UserIndex
from jobtracker.correlator.matcher import NO_EMPLOYER, Correlator
from jobtracker.correlator.names import AliasTable, default_aliases
from jobtracker.correlator.state import Application, Correlation
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def test_a_founder_writing_from_a_personal_address_joins_by_the_subject(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Saltmarsh Games Ltd", role="Data Analyst")
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company=None,
            role="data analyst",
            sent="2024-03-05",
            sender="tom.whitaker@gmail.com",
            subject="Saltmarsh Games – quick chat?",
        )
    )
    assert _app_id(invite) == _app_id(first)
    assert 0.6 <= invite.confidence < 0.9  # found in the subject: less sure than by name
    assert first.application is not None and first.application.status.value == "interviewing"


def test_a_personal_mail_domain_taken_for_the_employer_gives_way_to_the_subject(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Oakhurst Press", role="Backend"))
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Outlook",
            sent="2024-03-05",
            sender="g.oyelaran@outlook.com",
            subject="Oakhurst Press - Backend application",
        )
    )
    assert _app_id(invite) == _app_id(first)


def test_a_recruiter_putting_forward_a_new_employer_is_not_redirected(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Oakhurst Press", role="Editor"))
    pitch = correlator.correlate(
        mail(
            C.OUTREACH,
            company="Brightline",
            role="Editor",
            sent="2024-03-05",
            subject="Like Oakhurst Press? Brightline is hiring editors",
        )
    )
    assert pitch.created and _app_id(pitch) != _app_id(first)


def test_a_subject_naming_two_known_employers_names_neither(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Globex", role="Analyst"))
    correlator.correlate(mail(C.CONFIRMATION, company="Initech", role="Analyst"))
    result = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-05", subject="Globex and Initech: a chat")
    )
    assert result.application is None and result.review_reason == NO_EMPLOYER


def test_a_short_one_word_name_is_not_looked_for_in_a_subject(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Next", role="Analyst"))
    result = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-05", subject="Next steps: a chat")
    )
    assert result.application is None


def test_the_fullest_name_a_subject_spells_wins() -> None:
    index = UserIndex(aliases=default_aliases())
    for n, name in enumerate(("Acme Labs", "Acme Labs Robotics")):
        index.add(Application(application_id=f"a{n}", user_id="u1", company=name, company_key=""))
    assert index.employer_named_in("Acme Labs Robotics — next steps") == "acme labs robotics"
    assert index.employer_named_in("Your chat with Acme Labs") == "acme labs"
    assert index.employer_named_in("Your chat with Acme") is None


def test_a_name_is_found_by_its_alias_run_together_and_after_an_alias_is_learned() -> None:
    aliases = AliasTable.from_toml('[alphabet]\ndisplay = "Alphabet"\nnames = ["Google"]\n')
    index = UserIndex(aliases=aliases)
    for n, name in enumerate(("Alphabet", "Wexfordhale", "Kuehne Logistik")):
        index.add(Application(application_id=f"a{n}", user_id="u1", company=name, company_key=""))
    assert index.employer_named_in("Your Google interview") == "alphabet"
    assert index.employer_named_in("Wexford & Hale – a quick chat") == "wexfordhale"
    assert index.employer_named_in("Wexford Harbour news") is None
    assert index.employer_named_in("Your talk with Orchard Tree") is None
    aliases.add_alias("Orchard Tree", "Wexfordhale")
    assert index.employer_named_in("Your talk with Orchard Tree") == "wexfordhale"
