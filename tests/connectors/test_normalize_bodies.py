"""Bodies: transfer encodings, charsets, HTML to text, attachments."""

from __future__ import annotations

import base64
import tracemalloc

from jobtracker.connectors.mime import normalize
from tests.connectors.mailgen import message, multipart, part, raw_mail


def test_quoted_printable_body_is_decoded() -> None:
    body = "Wir freuen uns =C3=BCber Ihre Bewerbung als Entwick=\r\nler.\r\n"
    data = message(
        body,
        extra=(("Content-Transfer-Encoding", "quoted-printable"),),
    )
    assert normalize(raw_mail(data)).text == "Wir freuen uns über Ihre Bewerbung als Entwickler."


def test_base64_body_is_decoded() -> None:
    text = "Nous avons bien reçu votre candidature."
    data = message(
        base64.encodebytes(text.encode()).decode(),
        extra=(("Content-Transfer-Encoding", "base64"),),
    )
    assert normalize(raw_mail(data)).text == text


def test_broken_base64_falls_back_and_keeps_the_message() -> None:
    data = message("!!not base64 at all!!", extra=(("Content-Transfer-Encoding", "base64"),))
    result = normalize(raw_mail(data))
    assert result.subject == "Your application"
    assert "fallback-parser" in result.parse_warnings


def test_latin1_and_windows_1252_bodies() -> None:
    latin = message(
        "Candidature reçue à Genève".encode("iso-8859-1"),
        content_type="text/plain; charset=iso-8859-1",
    )
    windows = message(
        "\u201cThanks\u201d \u2013 10\u20ac".encode("cp1252"),
        content_type="text/plain; charset=windows-1252",
    )
    assert normalize(raw_mail(latin)).text == "Candidature reçue à Genève"
    assert normalize(raw_mail(windows)).text == "\u201cThanks\u201d \u2013 10\u20ac"


def test_shift_jis_body() -> None:
    text = "ご応募ありがとうございます。"
    data = message(text.encode("shift_jis"), content_type="text/plain; charset=shift_jis")
    assert normalize(raw_mail(data)).text == text


def test_unknown_charset_falls_back_without_crashing() -> None:
    data = message("Bewerbung für München".encode(), content_type="text/plain; charset=x-unknown")
    result = normalize(raw_mail(data))
    assert result.text == "Bewerbung für München"
    assert "charset-fallback" in result.parse_warnings


def test_undeclared_utf8_is_not_left_as_mojibake() -> None:
    data = message("Café in Zürich".encode(), content_type=None)
    assert normalize(raw_mail(data)).text == "Café in Zürich"


HTML = """<html><head><style>p { color: red }</style><title>Acme</title></head>
<body><script>track()</script>
<div>Dear Jane,</div>
<p>Thank you for applying to <b>Senior&nbsp;Engineer</b>.<br>We will be in touch.</p>
<table><tr><td>Location:</td><td>Berlin</td></tr><tr><td>Team:</td><td>Platform</td></tr></table>
<ul><li>Step one</li><li>Step two</li></ul>
<p><a href="https://boards.greenhouse.io/acme/jobs/123">View the job</a></p>
</body></html>"""


def test_html_only_mail_becomes_readable_text() -> None:
    result = normalize(raw_mail(message(HTML, content_type="text/html; charset=utf-8")))
    assert result.text == (
        "Dear Jane,\n\nThank you for applying to Senior Engineer.\nWe will be in touch.\n\n"
        "Location: Berlin\nTeam: Platform\n\nStep one\nStep two\n\nView the job"
    )
    assert "track()" not in result.text and "color" not in result.text
    assert result.links[0].url == "https://boards.greenhouse.io/acme/jobs/123"
    assert result.links[0].text == "View the job"
    assert result.language == "en"


def test_plain_alternative_is_preferred_and_html_links_are_kept() -> None:
    data = multipart(
        [
            part("text/plain; charset=utf-8", "Plain version.\r\n"),
            part("text/html; charset=utf-8", HTML),
        ],
        subtype="alternative",
    )
    result = normalize(raw_mail(data))
    assert result.text == "Plain version."
    assert [(link.url, link.text) for link in result.links] == [
        ("https://boards.greenhouse.io/acme/jobs/123", "View the job")
    ]


def test_attachment_names_are_listed() -> None:
    data = multipart(
        [
            part("text/plain", "See attached.\r\n"),
            part(
                "application/pdf",
                base64.encodebytes(b"%PDF-1.4 fake").decode(),
                extra='Content-Disposition: attachment; filename="Offer Letter.pdf"\r\n'
                "Content-Transfer-Encoding: base64\r\n",
            ),
            part(
                "text/plain",
                "notes",
                extra="Content-Disposition: attachment; "
                "filename*=utf-8''Notizen%20M%C3%BCller.txt\r\n",
            ),
        ]
    )
    result = normalize(raw_mail(data))
    assert result.text == "See attached."
    assert result.attachment_names == ("Offer Letter.pdf", "Notizen Müller.txt")


def test_fifty_megabyte_attachment_is_never_decoded() -> None:
    line = b"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n"
    payload = line * (50 * 1024 * 1024 // len(line))
    data = multipart(
        [
            part("text/plain", "Here is my portfolio.\r\n"),
            part(
                "application/zip",
                payload,
                extra='Content-Disposition: attachment; filename="portfolio.zip"\r\n'
                "Content-Transfer-Encoding: base64\r\n",
            ),
        ]
    )
    mail = raw_mail(data)
    tracemalloc.start()
    try:
        result = normalize(mail)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.attachment_names == ("portfolio.zip",)
    assert result.text == "Here is my portfolio."
    assert result.size == len(data) > 50_000_000
    # Decoding the attachment would allocate ~37 MB of bytes; normalising allocates almost nothing.
    assert peak < 5 * 1024 * 1024
