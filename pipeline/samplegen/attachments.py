"""Attachments that look like the real thing without being one."""

from __future__ import annotations

from .rand import Rng


def fake_pdf(rng: Rng, size: int) -> bytes:
    """A small, well-formed-looking PDF: enough for an attachment, not a real document."""
    filler = rng.b64token(size).encode()
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Length "
        + str(len(filler)).encode()
        + b" >>\nstream\n"
        + filler
        + b"\nendstream\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
