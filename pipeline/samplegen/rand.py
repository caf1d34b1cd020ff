"""A seeded random source with the few helpers the generator needs.

Only ``random.Random`` primitives whose output is stable across Python versions are used
(``random``, ``getrandbits``, ``_randbelow`` through ``choice`` / ``randrange``), and nothing
iterates a set or uses ``hash()``, so a seed gives the same bytes on every interpreter run.
"""

from __future__ import annotations

import base64
import bisect
import itertools
import math
import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Weighted(Sequence[T]):
    """Items with weights, precomputed for fast repeated draws."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._items = [item for item, _ in pairs]
        self._cum = list(itertools.accumulate(weight for _, weight in pairs))
        self._total = self._cum[-1]

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> T:  # type: ignore[override]
        return self._items[index]

    def draw(self, rng: random.Random) -> T:
        return self._items[bisect.bisect_right(self._cum, rng.random() * self._total)]


class Rng(random.Random):
    """``random.Random`` plus the shortcuts the templates and planners use."""

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def chance(self, probability: float) -> bool:
        return self.random() < probability

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def some(self, items: Sequence[T], low: int, high: int) -> list[T]:
        """A random subset of ``low..high`` items, kept in their original order."""
        size = len(items)
        count = min(size, self.between(low, high))
        pool = list(range(size))
        for i in range(count):  # a partial Fisher-Yates shuffle
            j = i + int(self.random() * (size - i))
            pool[i], pool[j] = pool[j], pool[i]
        return [items[i] for i in sorted(pool[:count])]

    def poisson(self, mean: float) -> int:
        if mean > 30:
            return max(0, round(self.gauss(mean, math.sqrt(mean))))
        limit, product, count = math.exp(-mean), self.random(), 0
        while product > limit:
            product *= self.random()
            count += 1
        return count

    def digits(self, length: int) -> str:
        return (
            str(self.getrandbits(64) % 10**length).zfill(length)
            if length <= 18
            else (self.digits(18) + self.digits(length - 18))
        )

    def hex(self, length: int) -> str:
        return format(self.getrandbits(length * 4), f"0{length}x")

    def token(self, length: int, alphabet: str = "") -> str:
        """Random lower-case letters and digits, or characters of ``alphabet`` when given."""
        if not alphabet:
            raw = base64.b64encode(self.randbytes(length * 3 // 4 + 1), b"xk").decode("ascii")
            return raw[:length].lower()
        size = len(alphabet)
        return "".join(alphabet[int(self.random() * size)] for _ in range(length))

    def b64token(self, length: int) -> str:
        """Random URL-safe base64 characters (letters, digits, ``-`` and ``_``)."""
        raw = base64.urlsafe_b64encode(self.randbytes(length * 3 // 4 + 1)).decode("ascii")
        return raw[:length]

    def uuid(self) -> str:
        value = self.hex(32)
        variant = "89ab"[int(value[16], 16) & 3]
        return f"{value[:8]}-{value[8:12]}-4{value[13:16]}-{variant}{value[17:20]}-{value[20:]}"
