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
# mboxrd escaping: a line ">From ", ">>From "... stands for one ">" less. A pattern that starts
# with a newline lets the engine jump from newline to newline; "^" would try every position.
_ESCAPED_FROM = re.compile(rb"\n>(>*From )")
_ESCAPED_FIRST_LINE = re.compile(rb">>*From ")


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
    for offset, end, data in mbox_spans(stream, start=start, chunk_size=chunk_size):
        yield MboxMessage(offset=offset, end=end, data=data)


def mbox_spans(
    stream: BinaryIO, *, start: int = 0, chunk_size: int = CHUNK_SIZE
) -> Iterator[tuple[int, int, bytes]]:
    """:func:`split_mbox` as ``(offset, end, data)`` tuples, for the reader's hot loop."""
    stream.seek(start)
    buffer = bytearray()
    base = start  # file offset of buffer[0]
    message = 0  # index in buffer where the current message starts
    scan = 0  # index in buffer from which to look for the next separator
    while chunk := stream.read(chunk_size):
        if message:
            del buffer[:message]
            base, scan, message = base + message, scan - message, 0
        buffer += chunk
        # Every message found in this read is cut out of the same view; the loop is the hot path
        # of reading a mailbox (a few microseconds a message), so it stays inline.
        with memoryview(buffer) as view:
            hit = buffer.find(_SEPARATOR, scan)
            while hit != -1:
                if hit - 1 > message and buffer[hit - 1] == 0x0A:  # "\n\n"
                    stop = hit
                elif hit - 2 > message and buffer[hit - 1] == 0x0D and buffer[hit - 2] == 0x0A:
                    stop = hit - 1  # "\r\n\r\n": the message keeps its own final CRLF
                else:
                    hit = buffer.find(_SEPARATOR, hit + 1)
                    continue  # "From " after a line of text: part of the body
                yield base + message, base + hit + 1, _content(buffer, view, message, stop)
                message = hit + 1
                hit = buffer.find(_SEPARATOR, message)
        # A separator may straddle two reads: look again at the last few bytes.
        scan = max(message, len(buffer) - len(_SEPARATOR) + 1)
    if message < len(buffer):
        with memoryview(buffer) as view:
            data = _content(buffer, view, message, _trim_last(buffer, message))
        yield base + message, base + len(buffer), data


def _trim_last(buffer: bytearray, message: int) -> int:
    """End of the last message's content, without the blank line mbox writers append."""
    end = len(buffer)
    if buffer.endswith(b"\r\n\r\n") and end - 2 > message:
        return end - 2
    if buffer.endswith(b"\n\n") and end - 1 > message:
        return end - 1
    return end


def _content(buffer: bytearray, view: memoryview, start: int, stop: int) -> bytes:
    """The message at ``buffer[start:stop]`` without its ``From `` line, copied once."""
    if buffer.startswith(b"From ", start):
        line_end = buffer.find(b"\n", start, stop)
        start = stop if line_end == -1 else line_end + 1
    data = view[start:stop].tobytes()
    if b">From " in data:  # every escaped line holds this; a search is cheaper than the regex
        data = _ESCAPED_FROM.sub(rb"\n\1", data)
        if _ESCAPED_FIRST_LINE.match(data):
            data = data[1:]
    return data
