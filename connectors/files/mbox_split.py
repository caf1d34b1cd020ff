"""Splitting an mbox file into messages, streamed, in constant memory.

A message starts at a ``From `` line at the start of the file or right after a blank line (LF or
CRLF). Memory holds one read chunk plus the message being assembled, however large the file:
a many-gigabyte Google Takeout export streams like a small one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

CHUNK_SIZE = 4 * 1024 * 1024
_SEPARATOR = b"\nFrom "
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


@dataclass(kw_only=True, slots=True)
class MboxMessage:
    """One message: its bytes without the ``From `` line, and where it lies in the file.

    ``end`` is the offset right after the message, where the next ``From `` line starts (or
    the end of the file): reading again from there yields exactly the messages after this one.
    """

    offset: int
    end: int
    data: bytes


def split_mbox(
    stream: BinaryIO, *, start: int = 0, chunk_size: int = CHUNK_SIZE
) -> Iterator[MboxMessage]:
    """Yield the messages of ``stream`` from byte ``start`` (which must begin a message)."""
    stream.seek(start)
    buffer = bytearray()
    base = start  # file offset of buffer[0]
    message = 0  # index in buffer where the current message starts
    scan = 0  # index in buffer from which to look for the next separator
    while True:
        hit = buffer.find(_SEPARATOR, scan)
        if hit == -1:
            if message:
                del buffer[:message]
                base, scan, message = base + message, scan - message, 0
            # A separator may straddle two reads: look again at the last few bytes.
            scan = max(scan, len(buffer) - len(_SEPARATOR))
            chunk = stream.read(chunk_size)
            if not chunk:
                break
            buffer += chunk
            continue
        scan = hit + 1
        blank_end = _blank_line_end(buffer, hit, message)
        if blank_end is not None:
            yield _message(buffer, message, blank_end, base, end=base + hit + 1)
            message = hit + 1
    if message < len(buffer):
        yield _message(buffer, message, _trim_last(buffer, message), base, end=base + len(buffer))


def _blank_line_end(buffer: bytearray, newline: int, message: int) -> int | None:
    """Where the message content ends if ``newline`` ends a blank line inside it, else None."""
    if newline - 1 > message and buffer[newline - 1] == 0x0A:  # "\n\n"
        return newline
    if newline - 2 > message and buffer[newline - 1] == 0x0D and buffer[newline - 2] == 0x0A:
        return newline - 1  # "\r\n\r\n": the message keeps its own final CRLF
    return None


def _trim_last(buffer: bytearray, message: int) -> int:
    """End of the last message's content, without the blank line mbox writers append."""
    end = len(buffer)
    if buffer.endswith(b"\r\n\r\n") and end - 2 > message:
        return end - 2
    if buffer.endswith(b"\n\n") and end - 1 > message:
        return end - 1
    return end


def _message(buffer: bytearray, start: int, stop: int, base: int, *, end: int) -> MboxMessage:
    content = start
    if buffer.startswith(b"From ", start):
        line_end = buffer.find(b"\n", start, stop)
        content = stop if line_end == -1 else line_end + 1
    with memoryview(buffer) as view:
        data = bytes(view[content:stop])
    if data.startswith(b">") or b"\n>" in data:
        data = _ESCAPED_FROM.sub(rb"\1", data)  # mboxrd: ">From " was written for "From "
    return MboxMessage(offset=base + start, end=end, data=data)
