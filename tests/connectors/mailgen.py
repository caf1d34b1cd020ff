"""Builders for synthetic test messages. Every address and name here is invented."""

from __future__ import annotations

from jobtracker.pipeline.contracts import RawMail

DEFAULT_HEADERS = (
    ("From", "Acme Recruiting <jobs@acme.example>"),
    ("To", "Jane Doe <jane@example.org>"),
    ("Subject", "Your application"),
    ("Date", "Mon, 03 Jun 2024 10:00:00 +0200"),
    ("Message-ID", "<app-1@acme.example>"),
    ("MIME-Version", "1.0"),
)


def message(
    body: str | bytes = "Thank you for applying.\n",
    *,
    headers: tuple[tuple[str, str], ...] = DEFAULT_HEADERS,
    extra: tuple[tuple[str, str], ...] = (),
    content_type: str | None = "text/plain; charset=utf-8",
    newline: str = "\r\n",
) -> bytes:
    """A single-part message; ``extra`` headers are appended, ``content_type`` None omits it."""
    lines = [f"{name}: {value}" for name, value in (*headers, *extra)]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    head = (newline.join(lines) + newline + newline).encode("utf-8")
    data = body.encode("utf-8") if isinstance(body, str) else body
    return head + data


def multipart(
    parts: list[bytes],
    *,
    subtype: str = "mixed",
    headers: tuple[tuple[str, str], ...] = DEFAULT_HEADERS,
    boundary: str = "b0undary",
) -> bytes:
    """A multipart message from already-built parts (each: part headers, blank line, body)."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    head += f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'
    out = head.encode()
    for part in parts:
        out += f"--{boundary}\r\n".encode() + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def part(content_type: str, body: str | bytes, *, extra: str = "") -> bytes:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return f"Content-Type: {content_type}\r\n{extra}\r\n".encode() + data


def raw_mail(data: bytes, **fields: object) -> RawMail:
    values: dict[str, object] = {
        "user_id": "user-1",
        "mailbox_id": "mailbox-1",
        "provider": "file",
        "provider_message_id": "key-1",
        "raw": data,
        "locator": "test",
    }
    values.update(fields)
    return RawMail.model_validate(values)
