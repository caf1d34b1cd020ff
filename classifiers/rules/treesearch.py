"""Finding every place where one of many literal-led patterns starts, in one fast pass.

Phrases and template triggers are searched as a prefix tree tried at every word start, the
way ``re.finditer(r"\\b(?=(" + prefix_tree(items) + "))", text)`` would. That spelling is slow
in Python's regex engine: a pattern that begins with ``\\b`` or a lookahead gives the engine
nothing to skip with, so it enters the pattern at every position of the text (and ``\\b`` holds
at word ends too). ``TreeSearch`` gives the same answers, several times faster, with patterns
that begin with a character class, which the engine skips to in C:

- the tree of items that start with a word character is led by the non-word character before
  the word (``\\W``; the text is searched with a space in front, for a word at its very start);
- items that start with another character ("% off", ":") are led by that character, with a
  look back for the word character that ``\\b`` needs before it.

At one position the tree has one answer either way (the first alternative that matches, in the
tree's order), so the places, their order and their spans are exactly those of the slow form.
"""

from __future__ import annotations

import re

from jobtracker.classifiers.rules.compiled import compile_big
from jobtracker.classifiers.rules.regexlang import literal_regex, prefix_tree

_WORD_CHAR = re.compile(r"\w")


class TreeSearch:
    """Every place where a ``(literal prefix, rest of pattern)`` item matches, left to right.

    With ``word_start`` the items are tried only where ``\\b`` holds before them (phrases,
    word triggers), else at every position (triggers such as ":" or "@"). The rests of the
    items may not hold capturing groups: the search's own group marks where a match ends.
    """

    def __init__(self, items: list[tuple[str, str]], *, word_start: bool = True) -> None:
        led_by_word: list[tuple[str, str]] = []
        heads: dict[str, list[tuple[str, str]]] = {}
        self._slow: re.Pattern[str] | None = None
        if any(not literal or literal[0].isspace() for literal, _ in items):
            # A leading space stands for any run of white space: no single character leads.
            lead = r"\b" if word_start else ""
            self._slow = compile_big(lead + "(?=(" + prefix_tree(items) + "))")
            items = []
        for literal, rest in items:
            if word_start and _WORD_CHAR.match(literal[0]):
                led_by_word.append((literal, rest))
            else:
                heads.setdefault(literal[0], []).append((literal[1:], rest))
        self._words = (
            compile_big(r"\W(?=(" + prefix_tree(led_by_word) + "))") if led_by_word else None
        )
        # One alternative per leading character, each led by that character: the engine then
        # skips in C to the next one of them. The span ends where the alternative's group does.
        back = r"(?<=\w" if word_start else ""
        self._others = (
            compile_big(
                "|".join(
                    literal_regex(head)
                    + (back + re.escape(head) + ")" if back else "")
                    + "(?=("
                    + prefix_tree(members)
                    + "))"
                    for head, members in heads.items()
                )
            )
            if heads
            else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of the alternative found at each place, in order of ``start``."""
        if self._slow is not None:
            return [m.span(1) for m in self._slow.finditer(text)]
        found = []
        if self._words is not None:
            found = [(m.start(), m.end(1) - 1) for m in self._words.finditer(" " + text)]
        if self._others is not None:
            others = [(m.start(), m.end(m.lastindex or 0)) for m in self._others.finditer(text)]
            if others:
                found = sorted(found + others)
        return found
