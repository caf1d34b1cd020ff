"""Board and test-vendor mail in Spanish and Portuguese: a receipt that names the post between
"inscripción" and "se ha enviado", places filled at once, a board's "novos anúncios" digest, a
talent network named before its apposition, a profile nudge with a percentage, and a language test
a vendor sends on an employer's behalf."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_board_receipt_naming_the_post_before_se_ha_enviado(classify: Classify) -> None:
    result = classify(
        sender="avisos@portal-empleo.example",
        name="Portal Empleo",
        subject="Inscripción enviada",
        body="Hola Irene,\n\nTu inscripción a la oferta «Técnico/a de Nóminas» de TRANSPORTES "
        "OLMEDA SL se ha enviado correctamente.\n\nUbicación: Zaragoza\n\n"
        "El equipo de Portal Empleo",
    )
    assert result.category is Category.CONFIRMATION


def test_places_filled_at_once_are_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="noreply@app-empleo.example",
        name="App Empleo",
        subject="Novedades sobre tu inscripción",
        body="Hola Irene,\n\nGracias por tu interés en la oferta Mozo/a de almacén – Logística "
        "Peñalba. Las vacantes de esta oferta ya se han cubierto, así que tu candidatura no "
        "seguirá adelante.\n\nEquipo App Empleo",
    )
    assert result.category is Category.REJECTION


def test_a_portuguese_boards_new_ads_digest_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="alertas@net-empregos.com",
        name="Net-Empregos",
        subject="Novos anúncios: rececionista – Braga",
        body="Olá Rui,\n\nHá 7 novos anúncios para «rececionista» em Braga.\n\nVer anúncios",
    )
    assert result.category is Category.ALERT


def test_a_talent_network_named_before_its_apposition_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="no-reply@teamtailor-mail.com",
        name="Ferrovial Norte Careers",
        subject="Bienvenida a Norte Talent",
        body="Hola Irene,\n\nYa formas parte de Norte Talent, nuestra comunidad de talento. Te "
        "escribiremos cuando abramos procesos que encajen contigo.\n\nEquipo de Personas",
    )
    assert result.category is Category.ALERT


def test_a_profile_nudge_with_a_percentage_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="naoresponda@gupy.io",
        name="Gupy",
        subject="Rui, falta pouco para o seu perfil",
        body="Olá, Rui!\n\nO seu currículo está 55% completo. Perfis completos têm mais "
        "destaque.\n\nCompletar agora",
    )
    assert result.category is Category.ALERT


def test_a_language_test_sent_by_a_vendor_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@pipplet.com",
        name="Pipplet",
        subject="Hotelera Solmar te invita a realizar una prueba de idiomas",
        body="Hola Irene,\n\nHotelera Solmar te ha invitado a realizar una evaluación de idiomas "
        "en Pipplet.\n\nIdiomas: Inglés, Alemán\n\nEl equipo de Pipplet",
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Hotelera Solmar"


def test_an_english_language_test_invitation(classify: Classify) -> None:
    result = classify(
        sender="no-reply@pipplet.com",
        name="Pipplet",
        subject="Brightwater Hotels has invited you to take a language test",
        body="Hi Sam,\n\nBrightwater Hotels has invited you to take a language assessment on "
        "Pipplet.\n\nLanguages: French, English\n\nThe Pipplet team",
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Brightwater Hotels"


def test_a_property_sites_new_ads_digest_is_not_job_mail(classify: Classify) -> None:
    result = classify(
        sender="alertas@casas-portal.example",
        name="Casas Portal",
        subject="Novos anúncios para a sua pesquisa",
        body="Olá Rui,\n\nHá 12 novos anúncios para «T2 arrendamento Porto». Veja os "
        "apartamentos antes que voem.\n\nCasas Portal",
    )
    assert result.category is Category.NOT_JOB
