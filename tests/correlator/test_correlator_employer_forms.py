"""One employer under several names, and an employer named only by the mail's domain."""

from __future__ import annotations

from jobtracker.correlator.domains import domain_labels
from jobtracker.correlator.matcher import NO_EMPLOYER, Correlator
from jobtracker.correlator.names import better_display_name, employer_forms, extends, squeeze
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


# names


def test_a_leading_group_word_is_an_optional_part_of_the_name() -> None:
    assert employer_forms("gruppe velaline") == (("gruppe", "velaline"), ("velaline",))
    assert employer_forms("grupo prismgate") == (("grupo", "prismgate"), ("prismgate",))
    assert employer_forms("gruposummitlight") == (("gruposummitlight",), ("summitlight",))
    assert employer_forms("group nine media") == (("group", "nine", "media"),)
    assert employer_forms("velaline") == (("velaline",),)


def test_a_fuller_spelling_extends_a_short_one_word_for_word() -> None:
    assert extends("brown biosciences", "brown")
    assert extends("gruppe velaline", "velaline")
    assert not extends("brown", "brown biosciences")
    assert not extends("brownstone", "brown")
    assert squeeze("lopez and garcia") == "lopezgarcia"


def test_an_application_keeps_the_fullest_name_its_mail_used() -> None:
    assert better_display_name("Pérez", "Pérez Seguros") == "Pérez Seguros"
    assert better_display_name("Pérez Seguros", "Pérez") == "Pérez Seguros"
    assert better_display_name("Velaline", "Gruppe Velaline") == "Gruppe Velaline"
    assert better_display_name("Perezseguros", "Pérez Seguros") == "Pérez Seguros"
    assert better_display_name("Tidalmark", "Tidalmark Group") == "Tidalmark Group"
    # a sentence the extractor ran on into is not a fuller name
    assert better_display_name("Acme", "Acme thanks you for your time") == "Acme"
    assert better_display_name("Acme", "Globex") == "Acme"
    assert better_display_name("", "Acme") == "Acme"


# matching by name


def test_a_name_with_and_without_its_group_word_is_one_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Velaline GmbH", role="Junior Security Engineer")
    )
    later = correlator.correlate(
        mail(
            C.ASSESSMENT,
            company="Gruppe Velaline GmbH",
            role="Junior Security Engineer",
            sent="2024-03-19T09:00",
        )
    )
    assert _app_id(later) == _app_id(first)
    assert later.application is not None and later.application.company == "Gruppe Velaline"


def test_an_ats_slug_that_runs_the_words_together_is_the_same_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="López & García S.A.", role="Lead Android Engineer")
    )
    slug = correlator.correlate(
        mail(C.REJECTION, company="lopezgarcia", role="Lead Android Engineer", sent="2024-03-20")
    )
    grupo = correlator.correlate(mail(C.CONFIRMATION, company="Grupo Summitlight", role="Analyst"))
    glued = correlator.correlate(
        mail(C.INTERVIEW, company="gruposummitlight", role="Analyst", sent="2024-03-21")
    )
    assert _app_id(slug) == _app_id(first)
    assert _app_id(glued) == _app_id(grupo)


def test_a_slug_of_the_first_words_names_the_employer_either_way_round(mail) -> None:
    correlator = Correlator()
    full = correlator.correlate(
        mail(C.CONFIRMATION, company="Hollow Oak Studios", role="Analytics Engineer")
    )
    slug = correlator.correlate(mail(C.REJECTION, company="hollowoak", sent="2024-03-20"))
    assert _app_id(slug) == _app_id(full)
    other = Correlator()
    slug_first = other.correlate(
        mail(C.CONFIRMATION, company="brightfern", role="QA Engineer", sent="2024-03-01")
    )
    named = other.correlate(
        mail(C.INTERVIEW, company="Bright Fern Games Ltd", role="QA Engineer", sent="2024-03-09")
    )
    assert _app_id(named) == _app_id(slug_first)
    assert named.application is not None and named.application.company == "Bright Fern Games"


def test_a_slug_two_employers_start_with_names_neither(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Hollow Oak Studios", role="Analyst"))
    correlator.correlate(mail(C.CONFIRMATION, company="Hollow Oak Farms", role="Analyst"))
    slug = correlator.correlate(mail(C.REJECTION, company="hollowoak", sent="2024-03-20"))
    assert slug.created


# matching by domain


def test_domain_labels_skip_the_tld_and_generic_second_levels() -> None:
    assert domain_labels("emberfalcon.com") == ("emberfalcon",)
    assert domain_labels("careers.lopez-garcia.co.uk") == ("careers", "lopezgarcia")
    assert domain_labels("jdupont@x") == ()


def test_a_recruiter_writing_from_the_employers_domain_joins_without_a_name(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Ember Falcon Inc.", role="Account Executive")
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-10", sender="jdupont@emberfalcon.com")
    )
    assert _app_id(invite) == _app_id(first)
    assert 0.6 <= invite.confidence < 0.9  # found by domain: sure enough, less than by name


def test_an_ats_relay_with_a_reply_to_at_the_employer_joins(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Beaconstone Software", role="Site Reliability Engineer")
    )
    rejection = correlator.correlate(
        mail(
            C.REJECTION,
            company=None,
            sent="2024-03-21",
            sender="no-reply@hire.lever.co",
            reply_to="psousa@beaconstone.example",
        )
    )
    assert _app_id(rejection) == _app_id(first)


def test_a_domain_spelling_the_whole_name_run_together_joins(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Wagner & Meyer GmbH", role="Analyst")
    )
    reply = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-05", sender="kwame@wagnermeyer.de")
    )
    assert _app_id(reply) == _app_id(first)


def test_a_domain_naming_no_known_employer_joins_nothing(mail) -> None:
    correlator = Correlator()
    acme = correlator.correlate(mail(C.CONFIRMATION, company="Acme", role="Data Engineer"))
    result = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-05", sender="jane@globex.com")
    )
    # not Acme's: a person wrote, so it is kept on its own for review (test_correlator_unnamed)
    assert result.application is not acme.application
    assert result.review_reason == NO_EMPLOYER


def test_a_shared_relay_domain_names_nobody(mail) -> None:
    correlator = Correlator()
    # a user who applied to the ATS vendor itself, and to others through its relay
    correlator.correlate(
        mail(C.CONFIRMATION, company="Lever", role="Data Engineer", sender="jobs@hire.lever.co")
    )
    correlator.correlate(
        mail(C.CONFIRMATION, company="Globex", role="Designer", sender="no-reply@hire.lever.co")
    )
    result = correlator.correlate(
        mail(C.REJECTION, company=None, sent="2024-03-05", sender="talent@hire.lever.co")
    )
    assert result.application is None


def test_a_new_role_from_a_known_employers_domain_is_a_new_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Kaiora S.L.", role="Data Engineer"))
    other = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            role="Product Designer",
            sent="2024-03-05",
            sender="ptorres@kaiora.es",
        )
    )
    assert other.created and _app_id(other) != _app_id(first)
    assert other.application is not None and other.application.company == "Kaiora"


def test_the_kind_of_organisation_leading_a_name_is_optional_too() -> None:
    assert employer_forms("laboratorios quimbel") == (("laboratorios", "quimbel"), ("quimbel",))
    assert employer_forms("hospital santa ines") == (
        ("hospital", "santa", "ines"),
        ("santa", "ines"),
    )
    assert extends("clinica valmora", "valmora")
    assert better_display_name("Quimbel", "Laboratorios Quimbel") == "Laboratorios Quimbel"
