"""Quoted replies, forwards, signatures and the language of what the sender wrote."""

from __future__ import annotations

import random

import pytest

from jobtracker.connectors.mime import normalize
from jobtracker.connectors.mime.language import detect_language
from jobtracker.connectors.mime.quotes import quote_offset
from jobtracker.connectors.mime.signature import signature_offset
from tests.connectors.mailgen import message, raw_mail

FRESH = "Thanks, the interview on Tuesday works for me.\n\n"


@pytest.mark.parametrize(
    "quote",
    [
        "On Mon, Jun 3, 2024 at 10:00 AM Acme Recruiting <jobs@acme.example> wrote:\n> Hi Jane",
        "On Mon, Jun 3, 2024 at 10:00 AM Acme Recruiting <\njobs@acme.example> wrote:\n> Hi Jane",
        "Am Mo., 3. Juni 2024 um 10:00 Uhr schrieb Acme <jobs@acme.example>:\n> Hallo Jane",
        "Le lun. 3 juin 2024 à 10:00, Acme <jobs@acme.example> a écrit :\n> Bonjour Jane",
        "El lun, 3 jun 2024 a las 10:00, Acme (<jobs@acme.example>) escribió:\n> Hola Jane",
        "Em seg., 3 de jun. de 2024 às 10:00, Acme <jobs@acme.example> escreveu:\n> Olá Jane",
        "-----Original Message-----\nFrom: Acme\nSent: Monday\n\nHi Jane",
        "---------- Forwarded message ---------\nFrom: Acme <jobs@acme.example>\n\nHi",
        "-------- Ursprüngliche Nachricht --------\nVon: Acme\n\nHallo",
        "-----Original-Nachricht-----\nBetreff: Bewerbung\nVon: Jane <jane@gmx.de>\n\nHallo",
        "> Hi Jane,\n> when can you start?",
        "________________________________\nFrom: Acme Recruiting <jobs@acme.example>\n"
        "Sent: Monday, June 3, 2024 10:00 AM\nTo: Jane Doe\nSubject: Interview",
        "Von: Acme Recruiting <jobs@acme.example>\nGesendet: Montag, 3. Juni 2024 10:00\n"
        "An: Jane Doe\nBetreff: Interview",
        "De : Acme Recrutement\nEnvoyé : lundi 3 juin 2024 10:00\nÀ : Jane\nObjet : Entretien",
        "Begin forwarded message:\n\nFrom: Acme\nSubject: Interview",
    ],
    ids=[
        "en-gmail",
        "en-wrapped",
        "de",
        "fr",
        "es",
        "pt",
        "outlook-original",
        "gmail-forward",
        "de-original",
        "de-webmail-original",
        "angle-quotes",
        "outlook-header-block",
        "outlook-de",
        "outlook-fr",
        "apple-forward",
    ],
)
def test_quote_starts_where_the_quoted_mail_starts(quote: str) -> None:
    assert quote_offset(FRESH + quote) == len(FRESH)


@pytest.mark.parametrize(
    "text",
    [
        "I wrote the code myself.\nOn balance it went well: thanks.",
        "Start date: 1 July\nFrom: our Berlin office",
        "Price -- negotiable\nNo quote here.",
        "x > y is a comparison, not a quote.",
    ],
)
def test_ordinary_text_has_no_quote(text: str) -> None:
    assert quote_offset(text) is None


@pytest.mark.parametrize(
    ("body", "signature"),
    [
        (
            "We would like to invite you.\n\nBest regards,\nAnna Schmidt\nTalent Acquisition",
            "Best regards,",
        ),
        ("Wir möchten Sie einladen.\n\nMit freundlichen Grüßen\nAnna Schmidt", "Mit freundlichen"),
        ("Nous souhaitons vous inviter.\n\nCordialement,\nAnna", "Cordialement"),
        ("Queremos invitarle.\n\nSaludos cordiales,\nAna García\nRRHH", "Saludos cordiales"),
        ("Gostaríamos de convidá-la.\n\nAtenciosamente,\nAna", "Atenciosamente"),
        ("See you soon.\n-- \nAnna Schmidt | Acme", "--"),
    ],
    ids=["en", "de", "fr", "es", "pt", "dash-dash"],
)
def test_signature_starts_at_the_sign_off(body: str, signature: str) -> None:
    offset = signature_offset(body)
    assert offset is not None
    assert body[offset:].startswith(signature)


def test_sign_off_followed_by_a_long_paragraph_is_not_a_signature() -> None:
    body = (
        "Thanks\n"
        "Here are the details of the next step: please complete the take-home assignment within "
        "five days and send it back to us by replying to this message.\n"
    )
    assert signature_offset(body) is None


def test_signature_is_looked_for_before_the_quote_only() -> None:
    text = FRESH + "On Mon, Jun 3, 2024 Acme wrote:\n> Best regards,\n> Anna\n"
    quote = quote_offset(text)
    assert quote == len(FRESH)
    assert signature_offset(text, quote) is None


def test_fresh_text_excludes_quote_and_signature() -> None:
    body = (
        "Hallo Jane,\r\n\r\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem "
        "Gespräch einladen und freuen uns auf Ihre Antwort.\r\n\r\nMit freundlichen Grüßen\r\n"
        "Anna Schmidt\r\n\r\nAm Mo., 3. Juni 2024 um 10:00 Uhr schrieb Jane <jane@example.org>:\r\n"
        "> Dear Anna, thank you for the update and for your time.\r\n"
    )
    result = normalize(raw_mail(message(body)))
    assert result.signature_offset is not None and result.quote_offset is not None
    assert result.signature_offset < result.quote_offset
    assert result.fresh_text.rstrip().endswith("freuen uns auf Ihre Antwort.")
    assert result.language == "de"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thank you for your application. We will review it and get back to you.", "en"),
        ("Vielen Dank für Ihre Bewerbung. Wir werden sie prüfen und uns bei Ihnen melden.", "de"),
        ("Merci pour votre candidature. Nous allons l'étudier et revenir vers vous.", "fr"),
        ("Gracias por su candidatura. La revisaremos y nos pondremos en contacto con usted.", "es"),
        (
            "Obrigado pela sua candidatura. Nós vamos analisar e você terá uma resposta em breve.",
            "pt",
        ),
        ("OK", None),
        ("https://acme.example/jobs/1 12345", None),
    ],
)
def test_language_detection(text: str, language: str | None) -> None:
    assert detect_language(text) == language


# The line-by-line readings these modules started from, kept as their specification: the
# faster searches must find exactly what reading every line finds.
def quote_offset_line_by_line(text: str) -> int | None:
    from jobtracker.connectors.mime.quotes import _is_marker

    offset = 0
    for line in text.split("\n"):
        if line[:1] in "OALEFVDB-_>* \t" and _is_marker(text, offset, line.lstrip(" \t")):
            return offset
        offset += len(line) + 1
    return None


def sign_off_line_by_line(region: str) -> int | None:
    from jobtracker.connectors.mime.signature import _SIGN_OFFS

    region = region.rstrip()
    lines = region.rsplit("\n", 12)
    if len(lines) < 2:
        return None
    offsets = []
    position = len(region)
    for line in reversed(lines):
        position -= len(line)
        offsets.append(position)
        position -= 1
    offsets.reverse()
    after: list[str] = []
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index].strip()
        if line:
            if line.rstrip(",.!:;-– ").lower() in _SIGN_OFFS and after:
                return offsets[index]
            after.append(line)
        if len(after) > 6 or len(line) > 80:
            return None
    return None


PIECES = [
    "On Mon, Bob wrote:", "Am Mo. schrieb Acme:", "Le lun. Acme a écrit :", "> quoted", ">",
    "-----Original Message-----", "-- ", "--", "________________________________",
    "From: Acme", "From:", "Sent: Monday", "Von: A", "Gesendet: Mo", "De : A", "Envoyé : lun",
    "*From:* Acme", "**Sent:** x", "Begin forwarded message:", "  On Tue, x wrote:", "\tFrom: a",
    "Best regards,", "Thanks", "Mit freundlichen Grüßen", "Anna", "Dear Jane,", "Details", "",
    "x" * 90, "Em seg., Ana escreveu:", "El lun, Ana escribió:", "De:", "Date: x", "  ", " -",
]  # fmt: skip


def test_quote_and_signature_searches_match_reading_every_line() -> None:
    from jobtracker.connectors.mime.signature import _sign_off

    generator = random.Random(2024)
    for _ in range(4000):
        lines = [generator.choice(PIECES) for _ in range(generator.randint(0, 16))]
        text = generator.choice(["\n", "\r\n", "\n\n"]).join(lines)
        if generator.random() < 0.3:
            text += "\n"
        assert quote_offset(text) == quote_offset_line_by_line(text), repr(text)
        assert _sign_off(text) == sign_off_line_by_line(text), repr(text)
