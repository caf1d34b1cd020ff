"""Updates on a candidacy written in everyday words, in English, German and Spanish.

The no that says "we'll go with someone more junior", "the role you applied for has been
filled" or "mit jemandem weiterzumachen"; the yes that asks "would Friday work?" or "come by
for a coffee"; the nudge about an application never sent; a recruiter's first pitch.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_going_with_someone_more_experienced_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="owner@bakery.example",
        name="Tom Baker",
        subject="Re: your application",
        body=(
            "Hi Ana, thanks for coming in. We've thought about it and we're going to go "
            "with someone more experienced in pastry for now. All the best with the hiring "
            "rounds elsewhere."
        ),
    )
    assert result.category is Category.REJECTION


def test_agency_says_client_progresses_with_another_candidate(classify: Classify) -> None:
    result = classify(
        sender="j.hale@staffingpartners.example",
        name="Jo Hale",
        subject="Update from the client",
        body=(
            "Hi Ana, I heard back this morning: the client has decided to proceed with a "
            "candidate who has more SAP experience. I'll keep you in mind for other roles."
        ),
    )
    assert result.category is Category.REJECTION


def test_the_position_you_applied_for_has_been_filled(classify: Classify) -> None:
    result = classify(
        sender="careers@harbourfoods.example",
        name="Harbour Foods Careers",
        subject="Your application",
        body=(
            "Dear Ana, the Warehouse Supervisor position you applied for has now been "
            "filled. Thank you for your interest in Harbour Foods."
        ),
    )
    assert result.category is Category.REJECTION


def test_closing_one_of_two_applications_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="careers@harbourfoods.example",
        name="Harbour Foods Careers",
        subject="Your application for Buyer",
        body=(
            "Dear Ana, as you also applied for the Senior Buyer role, we have decided to "
            "close your application for Buyer."
        ),
    )
    assert result.category is Category.REJECTION


def test_never_submitted_application_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="noreply@smartrecruiters.com",
        name="Harbour Foods",
        subject="Still interested?",
        body="You started applying for Buyer at Harbour Foods but did not submit your application.",
    )
    assert result.category is Category.ALERT


def test_would_a_weekday_work_for_the_next_step_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="talent@harbourfoods.example",
        name="Harbour Foods Talent",
        subject="Buyer role - next step",
        body=(
            "Hi Ana, the next step is a case presentation with our purchasing director. "
            "Would Friday at 11:00 work for you?"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_come_by_for_a_coffee_about_the_job_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="sam.green@gmail.com",
        name="Sam Green",
        subject="Re: shop manager job",
        body=(
            "Hi Ana, thanks for your CV! Could you pop in at the shop for a chat about the "
            "shop manager job sometime next week?"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_bring_you_in_for_the_final_round_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="cto@fernbrook.example",
        name="Li Wei",
        subject="Platform Engineer role",
        body="Hi Sam, we'd like to bring you in for the final round with our CEO next week.",
    )
    assert result.category is Category.INTERVIEW


def test_parking_permit_application_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="noreply@city.example",
        name="City Council",
        subject="Your application has been received",
        body="We have received your application for a parking permit for zone 4.",
    )
    assert result.category is Category.NOT_JOB


def test_german_going_on_with_someone_else_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="jobs@kaffeeroesterei.example",
        name="Kaffeerösterei Jobs",
        subject="Deine Bewerbung",
        body=(
            "Hallo Ana, wir haben uns entschieden, mit einer anderen Bewerberin "
            "weiterzumachen, die schon Erfahrung im Einkauf hat."
        ),
    )
    assert result.category is Category.REJECTION


def test_german_we_cannot_offer_you_a_position(classify: Classify) -> None:
    result = classify(
        sender="personal@pflegedienst.example",
        name="Pflegedienst Personal",
        subject="Ihre Bewerbung",
        body="Leider können wir Ihnen keine Stelle anbieten, da wir Nachtdienste brauchen.",
    )
    assert result.category is Category.REJECTION


def test_german_how_about_monday_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="mia@startup.example",
        name="Mia Vogt",
        subject="Deine Bewerbung als Werkstudentin",
        body=(
            "Hi Ana, wir würden dich wirklich gern kennenlernen. Wie wäre es mit Montag "
            "um 10 Uhr per Video?"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_spanish_status_of_candidacy_discarded_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="noreply@infojobs.net",
        name="InfoJobs",
        subject="Tu candidatura",
        body="La empresa ha actualizado el estado de tu candidatura a la oferta Cajero: Rechazado.",
    )
    assert result.category is Category.REJECTION


def test_spanish_recruiter_pitch_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="lucia@busquedaejecutiva.example",
        name="Lucía Ramos",
        subject="Oportunidad: Responsable de Compras",
        body=(
            "Hola Ana, soy Lucía, consultora en Búsqueda Ejecutiva. Estamos buscando una "
            "Responsable de Compras para una empresa industrial en Valencia. ¿Te interesaría "
            "que te cuente más?"
        ),
    )
    assert result.category is Category.OUTREACH
