"""Skimming: a message read only as far as a first look needs, and completed on demand."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from jobtracker.connectors.mime import normalize, skim
from jobtracker.connectors.mime.html import html_to_text, html_words
from jobtracker.connectors.mime.quote_signs import may_quote
from jobtracker.pipeline.errors import ParseFailure
from tests.connectors.mailgen import message, multipart, part, raw_mail

NEWSLETTER = """<html><head><style>td { padding: 0 }</style></head><body>
<div style="display:none">Preheader nobody sees</div>
<table><tr><td>Spring sale</td><td>Everything 20% off</td></tr></table>
<p>Visit <a href="https://shop.example/sale">our shop</a> today.</p>
<p>Best regards,<br>The Shop team</p>
</body></html>"""

PLAIN = (
    "Hi Jane,\n\nThanks for your application to Acme.\n\nBest regards,\nSam\n\n"
    "On Mon, 3 Jun 2024, Jane wrote:\n> I applied yesterday.\n"
)


def test_a_plain_text_message_is_skimmed_with_its_exact_text_and_offsets() -> None:
    raw = raw_mail(message(PLAIN))
    draft = skim(raw)
    full = normalize(raw)
    assert draft.conclusive
    assert draft.message.text == full.text
    assert draft.message.quote_offset == full.quote_offset is not None
    assert draft.message.signature_offset == full.signature_offset is not None
    # What only a full read gives is left out of the draft.
    assert draft.message.language is None and full.language == "en"


def test_completing_a_draft_gives_exactly_the_normalised_message() -> None:
    for data in (
        message(PLAIN),
        message(NEWSLETTER, content_type="text/html; charset=utf-8"),
        multipart(
            [
                part("text/plain; charset=utf-8", "Plain words https://acme.example/jobs/1"),
                part("text/html; charset=utf-8", NEWSLETTER),
            ],
            subtype="alternative",
        ),
    ):
        raw = raw_mail(data)
        assert skim(raw).complete() == normalize(raw)


def test_html_only_mail_is_skimmed_to_its_words_and_completed_to_laid_out_text() -> None:
    raw = raw_mail(message(NEWSLETTER, content_type="text/html; charset=utf-8"))
    draft = skim(raw)
    assert draft.conclusive
    assert draft.message.text == (
        "Spring sale Everything 20% off Visit our shop today. Best regards, The Shop team"
    )
    assert draft.message.links == () and draft.message.signature_offset is None
    full = draft.complete()
    assert "Spring sale Everything 20% off\n\nVisit our shop today." in full.text
    assert [link.url for link in full.links] == ["https://shop.example/sale"]
    assert full.signature_offset is not None


@pytest.mark.parametrize(
    "reply",
    [
        "<blockquote>Your application for Data Engineer</blockquote>",
        "<p>On Mon, 3 Jun 2024, Acme Talent wrote:</p><p>Thank you for applying</p>",
        "<p>-----Original Message-----</p><p>From: Acme</p>",
        "<p>Von: Acme Talent</p><p>Gesendet: Montag</p>",
    ],
)
def test_html_that_may_hold_a_quoted_reply_is_not_conclusive(reply: str) -> None:
    html = f"<html><body><p>Out of office until Monday.</p>{reply}</body></html>"
    draft = skim(raw_mail(message(html, content_type="text/html; charset=utf-8")))
    assert not draft.conclusive


def test_the_words_of_html_fit_in_no_more_characters_than_its_laid_out_text() -> None:
    # A first look reads the first N characters; skimmed words must not push any word later.
    laid_out, _ = html_to_text(NEWSLETTER)
    words = html_words(NEWSLETTER)
    assert words.split() == laid_out.split()
    assert len(words) <= len(laid_out)
    for cut in range(1, len(laid_out)):
        seen = set(laid_out[:cut].split()[:-1])  # whole words before the cut
        assert seen <= set(words[:cut].split())


def test_skim_fails_like_normalize_on_what_is_not_mail() -> None:
    for data in (b"\x00\x01\x02 binary", b"", b"just some words without headers"):
        with pytest.raises(ParseFailure):
            skim(raw_mail(data))
        with pytest.raises(ParseFailure):
            normalize(raw_mail(data))


def may_quote_by_definition(html: str) -> bool:
    from jobtracker.connectors.mime.quote_signs import _OUTLOOK_FROM, _OUTLOOK_SENT, _QUOTE_SIGNS

    low = html.lower()
    return any(sign in low for sign in _QUOTE_SIGNS) or (
        any(sign in low for sign in _OUTLOOK_FROM) and any(sign in low for sign in _OUTLOOK_SENT)
    )


@pytest.mark.parametrize(
    "html",
    [
        NEWSLETTER,
        "<p>Caf\u00e9 \u2019 \u2014 ok</p>",
        "<p>BLOC\u212aQUOTE</p>",  # the Kelvin sign lower-cases to an ASCII k
        "<p>ESCR\u0130B\u0130</p>",  # so does the dotted capital I, to i and a combining dot
        "<p>Jane A \u00c9CRIT :</p>",
        "<p>URSPR\u00dcNGLICHE NACHRICHT</p>",
        "<p>De: Acme \u00b7 Date: Monday</p>",
        "<p>\ud800 surrogate FORWARDED MESSAGE</p>",
    ],
)
def test_signs_of_a_quote_are_found_case_insensitively_in_any_text(html: str) -> None:
    assert may_quote(html) == may_quote_by_definition(html)


def test_the_sign_search_matches_its_definition_on_random_html() -> None:
    pieces = [
        "<p>", "caf\u00e9", "\u2019", "WROTE", "wro", "te", "Message", " d'origine", "mensa",
        "je reenviado", "a \u00c9crit", "\u212a", "\u0130", "De", ":", " :", "SENT:", "date:",
        "from", "blockquote", "&eacute;", "x", " ",
    ]  # fmt: skip
    generator = random.Random(11)
    for _ in range(3000):
        html = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 12)))
        assert may_quote(html) == may_quote_by_definition(html), repr(html)


def test_one_selector_engine_serves_every_document_and_thread() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from jobtracker.connectors.mime.html import _css

    documents = [NEWSLETTER, "<div><a href='x'>1</a><p>2</p></div>", "", "<p>only</p>"]

    def selections() -> list[list[str | None]]:
        return [
            [node.html for node in _css(LexborHTMLParser(doc), "p,a[href],td")] for doc in documents
        ]

    expected = [
        [node.html for node in LexborHTMLParser(doc).css("p,a[href],td")] for doc in documents
    ]
    assert selections() == expected
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(found == expected for found in pool.map(lambda _: selections(), range(8)))
