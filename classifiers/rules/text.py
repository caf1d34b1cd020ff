"""Small text helpers shared by the rule modules."""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
# German gender marks ("Kandidat:innen", "Bewerber*in", "eine:n andere:n", "Mitarbeiter/innen"),
# and the bracketed ones of German and French ("Mitarbeiter(in)", "un(e) candidat(e)"): read as
# the plain word ("kandidatinnen ", "einen anderen ", "une candidate  "), the mark moved behind it.
# Each alternative leads with its mark and looks back for the letter before it: a pattern led
# by a look-behind gives the regex engine nothing to skip with (it is entered at every position
# of the text, several times slower over a mail), one led by a literal is skipped to in C.
_MARK_SUFFIX = r"((?:inn)?en|in|n|r|e)\b(?!/)"
_GENDER_MARK = re.compile(
    r":(?<=[a-zäöüß]:)"
    + _MARK_SUFFIX
    + r"|\*(?<=[a-zäöüß]\*)"
    + _MARK_SUFFIX
    + r"|/(?<=[a-zäöüß]/)(?:-?(innen)|-(in))\b(?!/)"
    + r"|\((?<=[a-zäöüßàâçéèêëîïôûù]\()(e|in|innen|n|r)\)(?![\w/])"
)
_GENDER_CHARS = frozenset(":*/(")

EVIDENCE_CHARS = 80


def fold(text: str) -> str:
    """Lower case with one apostrophe; keeps the length so spans map back to the original."""
    low = text.lower()
    if "’" in low or "‘" in low or "´" in low or "ʼ" in low or "`" in low:
        low = low.translate(_APOSTROPHES)
    return low if len(low) == len(text) else _fold_per_char(text)


def ungender(folded: str) -> str:
    """German gender marks read as the plain word, for phrase matching; keeps the length (but
    not word ends: extraction reads the folded text without this)."""
    if _GENDER_CHARS.isdisjoint(folded):
        return folded
    return _GENDER_MARK.sub(_plain_word, folded)


# Honorifics and titles written with a dot ("M. Dussert", "Sra. Gómez", "Dipl. Pflegefachfrau"):
# their dot ends no sentence, and phrases that stop at a full stop read on. Not a doctor's
# "Dr." ("Ihr Termin bei Dr. med. Yildiz ist bestätigt": a practice's booking, no interview).
_TITLE_DOT = r"\.(?= \w)"
_ABBREVIATIONS = (
    [title + _TITLE_DOT for title in ("m", "mme", "mlle", "mr", "mrs", "ms", "sra", "srta")]
    + [title + _TITLE_DOT for title in ("dipl", "ing", "mag", "hr")]
    # ... and a company's legal form inside a sentence: "da Codevasco, S.A. foi submetida"
    + [form + _TITLE_DOT for form in (r"s\.a", r"s\.l", r"s\.a\.s", r"s\.r\.l", r"b\.v", r"n\.v")]
    + [form + _TITLE_DOT for form in ("lda", "ltda")]
    # ... and a reference's or number's ordinal dot: "o processo (Ref.ª QA-0925) se encontra
    # suspenso", "no âmbito da Oferta n.º 589114"
    + [r"n\.(?=[ºª])", r"ref\.(?=[ºª])"]
)


def _led_by_letter(alternatives: list[str]) -> str:
    """The alternatives (each led by a letter) as one regex that matches where a letter
    follows no word character or dot, the first alternative that matches winning as in
    ``(?<![\\w.])(?:a|b|...)``; grouped by their letter, so the engine skips in C to the next
    letter that leads one, rather than trying the look-behind at every position."""
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        rests.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        letter + r"(?<![\w.]" + letter + ")(?:" + "|".join(members) + ")"
        for letter, members in rests.items()
    )


_ABBREVIATION_DOT = re.compile(_led_by_letter(_ABBREVIATIONS))


def unabbreviate(folded: str) -> str:
    """The dots of titles and honorifics read as spaces, for phrase matching; keeps the
    length."""
    return _ABBREVIATION_DOT.sub(_spaced_dot, folded)


def _spaced_dot(found: re.Match[str]) -> str:
    return found.group(0).replace(".", " ")


def _plain_word(found: re.Match[str]) -> str:
    suffix = found.group(found.lastindex or 0)
    return suffix + " " * (len(found.group(0)) - len(suffix))


def _fold_per_char(text: str) -> str:
    # A few characters grow when lowered ("İ"); fold them one by one to keep offsets aligned.
    out = []
    for char in text:
        low = char.lower()
        out.append(low if len(low) == 1 else char)
    return "".join(out).translate(_APOSTROPHES)


def collapse(text: str) -> str:
    return " ".join(text.split())


def snippet(text: str, start: int, end: int, limit: int = EVIDENCE_CHARS) -> str:
    """The matched words, with a little context on the same line when short, <= ``limit``."""
    core = collapse(text[start:end])
    if len(core) >= limit:
        return core[: limit - 1].rstrip() + "…"
    room = (limit - len(core)) // 3
    before = text[max(0, start - room) : start].rsplit("\n", 1)[-1]
    after = text[end : end + room].split("\n", 1)[0]
    return collapse(before + text[start:end] + after)[:limit]
