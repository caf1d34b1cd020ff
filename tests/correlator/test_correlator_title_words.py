"""Role titles written in other languages compare by their meaningful words."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.roles import ROLE_MATCH_THRESHOLD, role_key, role_similarity
from jobtracker.pipeline.vocabulary import Category as C


def test_small_words_in_other_languages_do_not_tell_titles_apart() -> None:
    assert role_key("Técnico de Manutenção") == role_key("Técnico Manutenção")
    assert role_key("Responsable des achats") == role_key("Responsable achats")
    assert role_key("Referent für Einkauf und Logistik") == role_key("Referent Einkauf Logistik")
    assert role_key("Analista de Datos y Reporting") == role_key("Analista Datos Reporting")


def test_different_titles_still_differ_once_small_words_are_gone() -> None:
    a, b = role_key("Técnico de Manutenção"), role_key("Técnico de Qualidade")
    assert role_similarity(a, b) < ROLE_MATCH_THRESHOLD


def test_an_interview_wording_the_title_without_a_preposition_joins_its_application(
    mail,
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Costa Verde", role="Técnico em Automação (Portal Emprego)")
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Costa Verde", role="Técnico Automação", sent="2024-03-12")
    )
    assert invite.application is applied.application
    assert invite.confidence >= 0.8


def test_a_working_student_title_cut_after_its_first_word_is_the_same_role() -> None:
    short, full = role_key("Werkstudent Logistik"), role_key("Werkstudent Logistik Lager (m/w/d)")
    assert role_similarity(short, full) >= ROLE_MATCH_THRESHOLD
    # the level alone does not make two fields one role, nor a generic word a title
    other = role_key("Werkstudent Einkauf")
    assert role_similarity(short, other) < ROLE_MATCH_THRESHOLD
    generic, data = role_key("Senior Engineer"), role_key("Senior Data Engineer")
    assert role_similarity(generic, data) < ROLE_MATCH_THRESHOLD


def test_a_rejection_naming_the_shortened_internship_joins_it_with_confidence(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Brandt Werke", role="Praktikant Logistik Lager")
    )
    correlator.correlate(
        mail(C.CONFIRMATION, company="Brandt Werke", role="Praktikant Einkauf", sent="2024-03-02")
    )
    rejection = correlator.correlate(
        mail(C.REJECTION, company="Brandt Werke", role="Praktikant Logistik", sent="2024-03-20")
    )
    assert rejection.application is applied.application
    assert rejection.review_reason is None
