"""A job board's mailbox in other languages is no person; a thread's reply may shorten a title."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.people import personal
from jobtracker.correlator.roles import part_of, role_key
from jobtracker.pipeline.vocabulary import Category as C


def test_a_boards_candidature_mailbox_is_shared() -> None:
    assert not personal("candidature@boardjobs.example")
    assert not personal("candidaturas@empleos.example")
    assert not personal("postulaciones@bolsa.example")
    assert personal("c.moreau@atelier.example")


def test_a_person_of_the_employer_writing_after_a_boards_acknowledgement_is_in_its_process(
    mail,
) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Forges Valmy",
            role="Chargé(e) de planification atelier",
            sender="candidature@boardjobs.example",
            sent="2024-05-01",
        )
    )
    call = mail(
        C.INTERVIEW,
        company="Forges Valmy",
        role="planificateur atelier",  # the person's own words for the title
        sender="c.moreau@forges-valmy.example",
        sent="2024-05-08",
    )
    assert correlator.correlate(call).application is first.application


def test_a_shortened_title_is_part_of_the_full_one() -> None:
    assert part_of(role_key("Backend Sr"), role_key("Desarrollador Backend Sr"))
    assert not part_of(role_key("Junior Backend"), role_key("Senior Backend Developer"))
    assert not part_of(role_key("Data Analyst"), role_key("Backend Developer"))


def test_a_reply_in_the_thread_shortening_the_title_stays_in_it(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Ventura Pagos",
            role="Desarrollador Backend Sr",
            rfc_id="<a1@ventura.example>",
            sender="lucia.mar@ventura.example",
            sent="2024-05-01",
        )
    )
    reply = mail(
        C.INTERVIEW,
        company=None,
        role="Backend Sr",
        in_reply_to="<a1@ventura.example>",
        sender="lucia.mar@ventura.example",
        sent="2024-06-20",
    )
    assert correlator.correlate(reply).application is first.application
