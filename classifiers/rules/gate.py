"""The cheap first look: does this message mention anything about jobs at all?

Most mail is not about a job search. One search over the subject and the start of the text
decides whether the full rules run: a telling word ("application", "Bewerbung", "entretien")
opens the gate at once; weaker words ("offer", "position", "Stelle") open it only when two
different ones appear, so a sale's "special offer" stays out. A vendor sender or a calendar
invite always opens the gate (the engine checks those before asking here).

Bulk mail (a mailing list, a newsletter: ``List-Id``, ``List-Unsubscribe``, ``Precedence: bulk``)
talks about interviews, hiring and CVs all the time. For it only ``gate_bulk`` phrases open the
gate: those that address the reader as an applicant or a job seeker ("your application", "new
jobs for you"), the only kinds of job mail that come from a mailing list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobtracker.classifiers.rules.regexlang import literal_prefix, prefix_tree, to_regex
from jobtracker.classifiers.rules.resources import iter_toml, string_list
from jobtracker.pipeline.errors import ConfigError

GATE_CHARS = 600


class Gate:
    """One combined search for job words in all languages."""

    def __init__(self, strong: list[str], weak: list[str], bulk: list[str] | None = None) -> None:
        # Led by white space (or an opening mark), not by \b: the engine then tries the tree only
        # after the few characters that can start a word, which makes the search several times
        # faster on long newsletters. Bulk phrases come first: at one position they win.
        bulk_tree = "(?P<bulk>" + _tree(bulk) + ")|" if bulk else ""
        self._regex = re.compile(
            r"[\s(\"'«¿¡/>*-](?:"
            + bulk_tree
            + "(?P<strong>"
            + _tree(strong)
            + ")|"
            + _tree(weak)
            + ")"
        )

    def opens(self, folded: str, *, bulk: bool = False) -> str | None:
        """The job word(s) that open the gate in the folded text, or None.

        A telling word comes back alone ("bewerbung"); a pair of weaker ones joined by " + ".
        For bulk mail only a ``gate_bulk`` phrase opens the gate.
        """
        weak: set[str] = set()
        for found in self._regex.finditer(" " + folded):
            group = found.lastgroup
            if group == "bulk" or (group == "strong" and not bulk):
                return found.group(0)[1:]
            if bulk:
                continue
            if group is None:
                weak.add(found.group(0)[1:])
                if len(weak) >= 2:
                    return " + ".join(sorted(weak))
        return None


def only_weak(opened: str | None) -> bool:
    """Whether the gate opened on weaker words alone (a newsletter saying "hiring engineers")."""
    return opened is not None and " + " in opened


def _tree(stems: list[str]) -> str:
    items = []
    for stem in sorted(set(stems), key=len, reverse=True):
        # "’" stands for the apostrophe the folded text has ("offrir l’emploi"), in the literal
        # prefix as in the rest
        stem = stem.replace("’", "'")
        prefix = literal_prefix(stem)
        if not prefix:
            raise ConfigError(f"languages: gate stem {stem!r} must start with a letter")
        items.append((prefix, to_regex(stem[len(prefix) :])))
    return prefix_tree(items)


@lru_cache(maxsize=1)
def load_gate() -> Gate:
    strong: list[str] = []
    weak: list[str] = []
    bulk: list[str] = []
    for where, data in iter_toml("languages"):
        strong.extend(string_list(data, "gate", where))
        weak.extend(string_list(data, "gate_weak", where))
        bulk.extend(string_list(data, "gate_bulk", where))
    if not strong:
        raise ConfigError("languages: no 'gate' stems defined")
    return Gate(strong, weak, bulk)
