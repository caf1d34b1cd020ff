"""Header fields: decoding, addresses, identifiers, dates, labels and the allow-list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jobtracker.connectors.mime import normalize
from tests.connectors.mailgen import message, raw_mail


def test_rfc2047_subject_and_names_are_decoded() -> None:
    data = message(
        headers=(
            ("From", "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@Personal.EXAMPLE>"),
            ("To", "=?iso-8859-1?b?Sm9z6Q==?= <jose@example.org>"),
            ("Subject", "=?utf-8?b?SWhyZSBCZXdlcmJ1bmc=?= =?utf-8?q?_bei_M=C3=BCller_GmbH?="),
        )
    )
    result = normalize(raw_mail(data))
    assert result.subject == "Ihre Bewerbung bei Müller GmbH"
    assert result.from_.name == "Jürgen Müller"
    assert result.from_.address == "juergen.mueller@personal.example"
    assert result.from_.domain == "personal.example"
    assert result.to[0].name == "José"


def test_encoded_word_in_unknown_charset_still_reads() -> None:
    data = message(headers=(("Subject", "=?x-unknown?q?Caf=C3=A9_role?="),))
    assert normalize(raw_mail(data)).subject == "Café role"


def test_identifiers_keep_angle_brackets() -> None:
    data = message(
        extra=(
            ("In-Reply-To", "<prev@acme.example>"),
            ("References", "<first@acme.example>\r\n <prev@acme.example>"),
        )
    )
    result = normalize(raw_mail(data))
    assert result.rfc_message_id == "<app-1@acme.example>"
    assert result.in_reply_to == "<prev@acme.example>"
    assert result.references == ("<first@acme.example>", "<prev@acme.example>")


def test_date_is_converted_to_utc() -> None:
    result = normalize(raw_mail(message()))
    assert result.sent_at == datetime(2024, 6, 3, 8, 0, tzinfo=UTC)


def test_message_without_message_id_date_or_from_still_normalises() -> None:
    data = message(headers=(("Subject", "Hello"), ("To", "jane@example.org")))
    result = normalize(raw_mail(data))
    assert result.rfc_message_id is None
    assert result.sent_at is None
    assert result.from_.address == ""
    assert result.subject == "Hello"
    assert result.text == "Thank you for applying."


def test_unparseable_date_gives_none_and_a_warning() -> None:
    data = message(headers=(("Subject", "Hi"), ("Date", "sometime last week")))
    result = normalize(raw_mail(data))
    assert result.sent_at is None
    assert "date-unparseable" in result.parse_warnings


def test_recipients_include_cc_and_reply_to_is_read() -> None:
    data = message(
        extra=(("Cc", "Bob <BOB@Example.org>, jane@example.org"), ("Reply-To", "hr@acme.example"))
    )
    result = normalize(raw_mail(data))
    assert [a.address for a in result.to] == ["jane@example.org", "bob@example.org"]
    assert [a.address for a in result.reply_to] == ["hr@acme.example"]


def test_gmail_thread_and_labels_come_from_takeout_headers() -> None:
    data = message(
        extra=(
            ("X-GM-THRID", "1801234567890123456"),
            ("X-Gmail-Labels", 'Inbox,Important,"Jobs, 2024",Category Updates'),
        )
    )
    result = normalize(raw_mail(data, labels=("Starred",)))
    assert result.thread_id == "1801234567890123456"
    assert result.labels == ("Starred", "Inbox", "Important", "Jobs, 2024", "Category Updates")


def test_connector_thread_id_wins_over_header() -> None:
    data = message(extra=(("X-GM-THRID", "111"),))
    assert normalize(raw_mail(data, thread_id="222")).thread_id == "222"


def test_allow_listed_headers_and_unsubscribe_are_kept() -> None:
    data = message(
        extra=(
            ("auto-submitted", "auto-replied"),
            ("Precedence", "bulk"),
            ("List-Id", "Acme Jobs <jobs.acme.example>"),
            ("List-Unsubscribe", "<https://acme.example/unsub?u=1>, <mailto:unsub@acme.example>"),
            ("X-Secret-Tracking", "do-not-keep"),
        )
    )
    result = normalize(raw_mail(data))
    assert result.headers == {
        "Auto-Submitted": "auto-replied",
        "Precedence": "bulk",
        "List-Id": "Acme Jobs <jobs.acme.example>",
    }
    assert result.list_unsubscribe == (
        "<https://acme.example/unsub?u=1>, <mailto:unsub@acme.example>"
    )


def test_identity_fields_size_hash_and_raw() -> None:
    data = message()
    plain = normalize(raw_mail(data, provider_message_id="abc"))
    kept = normalize(raw_mail(data, provider_message_id="abc"), keep_raw=True)
    assert plain.key == kept.key
    assert plain.provider_message_id == "abc"
    assert plain.size == len(data)
    assert plain.raw is None
    assert kept.raw == data
    assert len(plain.body_hash) == 32
    assert plain.body_hash == kept.body_hash


def test_mbox_from_line_is_ignored() -> None:
    data = b"From jobs@acme.example Mon Jun  3 10:00:00 2024\n" + message(newline="\n")
    result = normalize(raw_mail(data))
    assert result.subject == "Your application"
    assert result.from_.address == "jobs@acme.example"


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_raw_8bit_headers_are_read_by_both_parsers(encoding: str) -> None:
    head = 'Subject: Bewerbung für Müller\r\nFrom: "Doe, Jürgen" <j@example.de>\r\n'
    for body in ("\r\nHallo", "Content-Transfer-Encoding: base64\r\n\r\n!!not base64!!"):
        result = normalize(raw_mail((head + body).encode(encoding)))
        assert result.subject == "Bewerbung für Müller"
        assert result.from_.name == "Doe, Jürgen"
        result.model_dump_json()  # no lone surrogates anywhere
