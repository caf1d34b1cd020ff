"""Role titles: a comparison key and a seniority-aware similarity (DESIGN.md section 6).

``role_key("Sr. Back-End Engineer (m/w/d) - Berlin")`` is ``"senior backend engineer"``, the
same as for "Senior Backend Engineer". :func:`role_similarity` scores two keys 0..100 and gives
0 when they name different seniorities, so "Senior Data Engineer" never joins "Junior Data
Engineer"; "Data Engineer" and "Data Scientist" stay apart because their words differ.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz

from jobtracker.correlator.names import fold

ROLE_MATCH_THRESHOLD = 88.0
"""role_similarity at or above which two titles are one role."""

_REQUISITION = (
    re.compile(
        r"\b(?:req(?:uisition)?|job|position|posting|ref(?:eren(?:ce|z))?|stellen)\.?[\s-]*"
        r"(?:id|no|nr|number|code)?\.?\s*[:#]?\s*([a-z]{0,4}[-_]?\d{3,}[\w-]*)",
        re.IGNORECASE,
    ),
    re.compile(r"\b((?:jr|req|r|p)[-_]?\d{3,}(?:-\d+)?)\b", re.IGNORECASE),
    re.compile(r"#\s*(\d{3,}[\w-]*)"),
    re.compile(r"\b(\d{4}-\d{3,})\b"),
    re.compile(r"\b(\d{5,})\b"),
)
_GENDER_LETTER = r"(?:[mwfhdxn]|div(?:erse?)?)"
_GENDER = re.compile(
    rf"[(\[]\s*(?:{_GENDER_LETTER}|all\s+genders?|alle\s+geschlechter|gn\*?)"
    rf"(?:\s*[/|,]\s*{_GENDER_LETTER})*\s*[)\]]"
    rf"|\b[mwfhdx](?:\s*/\s*{_GENDER_LETTER}){{1,3}}\b",
    re.IGNORECASE,
)
_GENDER_SUFFIX = re.compile(r"(?<=\w)[*:_/]in(?:nen)?\b")  # German "Entwickler*in"
_TECH = (("c++", " cpp "), ("c#", " csharp "), ("f#", " fsharp "), (".net", " dotnet "))
_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")
_SEGMENT = re.compile(r"\s+[-–—|/@]\s+|\s*[,;:]\s+")
_WORD = re.compile(r"[a-z0-9]+")
_LEVEL = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")
_NUMBER = re.compile(r"\d+[a-z]{0,3}")  # 21, 14h, 10am, 1st


@dataclass(frozen=True, slots=True)
class _Words:
    compounds: dict[tuple[str, str], str]
    abbreviations: dict[str, tuple[str, ...]]
    seniority: dict[str, str]
    filler: frozenset[str]
    location: frozenset[str]
    dates: frozenset[str]


@cache
def _words() -> _Words:
    path = resources.files("jobtracker.correlator").joinpath("data/role_words.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    compounds: dict[tuple[str, str], str] = {}
    for phrase, word in data["compounds"].items():
        first, second = phrase.split()
        compounds[(first, second)] = word
    return _Words(
        compounds=compounds,
        abbreviations={k: tuple(v.split()) for k, v in data["abbreviations"].items()},
        seniority={s: canon for canon, spellings in data["seniority"].items() for s in spellings},
        filler=frozenset(data["words"]["filler"]),
        location=frozenset(data["words"]["location"]),
        dates=frozenset(data["words"]["dates"]),
    )


@lru_cache(maxsize=65_536)
def split_requisition(title: str) -> tuple[str, str | None]:
    """The title without its requisition id, and the id: "Data Engineer (R-1234)" → R-1234."""
    for pattern in _REQUISITION:
        found = pattern.search(title)
        if found:
            rest = title[: found.start()] + title[found.end() :]
            rest = _EMPTY_BRACKETS.sub("", rest)
            return re.sub(r"\s{2,}", " ", rest).strip(" -–—|,:;#"), found.group(1)
    return title, None


# A public call's file number in a subject: "Proceso selectivo 2025/EC-04" (a year, a slash,
# letters and a number), strict enough to read from any subject.
_CALL_NUMBER = re.compile(r"(?<![\w/])(\d{4}/[a-z]{1,6}-?\d{1,5})(?![\w/])", re.IGNORECASE)


_YEAR = re.compile(r"(?:19|20)\d\d")

# A posting's code in capitals and digits, groups joined by "-" or "/", that a subject carries
# without a label: "SOU-2026-0119 - shortlisting outcome", "Kennzahl MD-IT/2025/07",
# "Suite de votre candidature R25-1187". Case-sensitive: words are not codes.
_CODE = re.compile(r"(?<![\w/.-])([A-Z0-9]+(?:[-/][A-Z0-9]+)+)(?![\w/-])")
_CODE_LETTERS = re.compile(r"[A-Z]{2,}|[A-Z]\d{2,}")  # "SOU", "MD", "R25"; not "Q3"
_CODE_MIN_DIGITS = 3  # "COVID-19" is no code


def _subject_code(subject: str) -> str | None:
    for found in _CODE.finditer(subject):
        code = found.group(1)
        digits = sum(c.isdigit() for c in code)
        if digits >= _CODE_MIN_DIGITS and _CODE_LETTERS.search(code):
            return code
    return None


def subject_reference(subject: str) -> str | None:
    """The file number a public body's mail about one selection process carries in every
    subject ("Convocatoria al primer ejercicio - 2025/EC-04"), or the requisition an ATS's
    subject labels as one ("Vielen Dank für Ihre Bewerbung (Req. 31877)", "Req. 31877 -
    Statusinformation"), or a posting's code of capitals and digits ("SOU-2026-0119 -
    shortlisting outcome", "Kennzahl MD-IT/2025/07"), if any."""
    found = _CALL_NUMBER.search(subject) or _REQUISITION[0].search(subject)
    if found is None:
        return _subject_code(subject)
    if _YEAR.fullmatch(found.group(1)):  # "Ref 2025 intake" is no number
        return None
    return found.group(1)


def requisition_key(requisition_id: str) -> str:
    """Compare requisition ids without case or punctuation: "R-01234" = "r01234"."""
    return "".join(_WORD.findall(fold(requisition_id)))


@lru_cache(maxsize=65_536)
def display_role(title: str) -> str:
    """A role title fit to show: as the mail writes it, without a requisition id. Gender
    markers stay ("Data Engineer (m/w/d)", "Entwickler*in"): they are part of the title as
    posted; matching ignores them (:func:`role_key`)."""
    title, _ = split_requisition(title)
    return re.sub(r"\s{2,}", " ", _EMPTY_BRACKETS.sub("", title)).strip(" -–—|,:;")


def _is_location(text: str) -> bool:
    words = _WORD.findall(text)
    return bool(words) and all(w in _words().location for w in words)


def _drop_locations(text: str) -> str:
    text = _BRACKETED.sub(lambda m: " " if _is_location(m.group(1)) else f" {m.group(1)} ", text)
    first, *rest = _SEGMENT.split(text)
    return " ".join([first, *(s for s in rest if not _is_location(s))])


def _canonical_words(words: list[str]) -> list[str]:
    w = _words()
    joined: list[str] = []
    for word in words:
        if joined and (joined[-1], word) in w.compounds:
            joined[-1] = w.compounds[(joined[-1], word)]
        else:
            joined.append(word)
    out: list[str] = []
    for word in joined:
        for part in w.abbreviations.get(word, (word,)):
            if part in w.seniority:
                out.append(w.seniority[part])
            elif part in _LEVEL and out:  # "Engineer II" is level 2; a leading "1" is not
                out.append("level" + _LEVEL[part])
            elif part not in w.filler:
                out.append(_ungendered(part, w))
    return out


_GENDERED_MIN_LENGTH = 5
_GENDER_ENDINGS = ("a", "o")


def _ungendered(word: str, w: _Words) -> str:
    """A Spanish or Portuguese title word without the vowel that gives its gender: the
    posting says "Técnico/a", the recruiter "Técnica"; "Coordinadora" is "Coordinador",
    "Enfermeira" "Enfermeiro". Both sides of a comparison go through it."""
    if len(word) < _GENDERED_MIN_LENGTH or word in w.dates or word in w.location:
        return word
    return word[:-1] if word.endswith(_GENDER_ENDINGS) else word


@lru_cache(maxsize=65_536)
def role_key(title: str) -> str:
    """The comparison key of a role title."""
    title, _ = split_requisition(title)
    return _key_words(title)


_TEXT_LIMIT = 4000  # a title a message names comes early in it


def title_words(text: str) -> str:
    """Free text (a subject, a body) spelled as :func:`role_key` spells titles, to find
    an application's title in it: "... el proceso para Coordinador/a de Ensayos ..."
    holds "coordinador ensayos"."""
    return _key_words(text[:_TEXT_LIMIT])


_MIN_INITIALS = 3


def title_initials(key: str) -> str:
    """The initials of a role key of three words or more ("cra" for "clinical research
    associate"): how a calendar entry or a subject may shorten the title. Else empty."""
    words = key.split()
    return "".join(w[0] for w in words) if len(words) >= _MIN_INITIALS else ""


_MIN_HEAD_WORDS = 2


def title_head_key(title: str) -> str:
    """The key of a title's first part, before a comma or a dash ("Data Engineer" for
    "Data Engineer, Payments" or for "Data Engineer, we would like to meet you"), if it
    has two words or more; else empty: one word ("Engineer") tells no title apart."""
    head = role_key(_SEGMENT.split(title, maxsplit=1)[0])
    return head if len(head.split()) >= _MIN_HEAD_WORDS else ""


def _key_words(title: str) -> str:
    text = fold(title)
    text = _GENDER_SUFFIX.sub("", _GENDER.sub(" ", text))
    for spelled, word in _TECH:
        text = text.replace(spelled, word)
    text = _drop_locations(text).replace(".", "").replace("'", "").replace("-", " ")
    return " ".join(_canonical_words(_WORD.findall(text)))


def _is_seniority(word: str) -> bool:
    return word in _SENIORITY_WORDS or word.startswith("level")


_SENIORITY_WORDS = frozenset(
    {"intern", "junior", "mid", "senior", "staff", "principal", "lead", "distinguished"}
)


@lru_cache(maxsize=65_536)
def _parts(key: str) -> tuple[frozenset[str], str, frozenset[str]]:
    words = key.split()
    core = [w for w in words if not _is_seniority(w)]
    return frozenset(w for w in words if _is_seniority(w)), " ".join(core), frozenset(core)


def core_key(key: str) -> str:
    """A role key without its seniority words: "analist dados" of "analist dados senior"."""
    return _parts(key)[1]


_CONTINUED_TITLE = 90.0


def _continues(a_core: str, b_core: str) -> bool:
    """Whether one title is the other followed by more words: a team, a place, or the rest
    of the sentence the title was cut from ("Product Designer et souhaiterions vous ...")."""
    short, long = sorted((a_core, b_core), key=len)
    return long.startswith(short + " ")


_QUALIFIER = re.compile(r"\s*(?:[,(]|\s[-–—|]\s)\s*\w[^,;:]*$")
_MAX_QUALIFIER_WORDS = 4


def fuller_title(current: str, candidate: str) -> bool:
    """Whether ``candidate`` is ``current`` with a qualifier after it, set off as titles set
    one off: "Backend Engineer, Payments", "Platform Engineer - Growth", "Developer (iOS)".
    A title running on into a sentence ("Designer et pour l'intérêt") is not one."""
    if not current or len(candidate) <= len(current):
        return False
    if candidate[: len(current)].casefold() != current.casefold():
        return False
    rest = candidate[len(current) :]
    return bool(_QUALIFIER.match(rest)) and len(rest.split()) <= _MAX_QUALIFIER_WORDS


@lru_cache(maxsize=65_536)
def names_a_role(key: str) -> bool:
    """Whether a role key names a job: not only a seniority ("senior"), not a date
    ("tuesday october 1")."""
    core = _parts(key)[2]
    dates = _words().dates
    return any(not (w in dates or _NUMBER.fullmatch(w) or w.startswith("level")) for w in core)


def seniorities_differ(a_key: str, b_key: str) -> bool:
    """Whether both titles name a seniority or level, and not the same one: "Senior Product
    Designer" and "Product Designer I" are two postings, however the rest is worded."""
    a_level, b_level = _parts(a_key)[0], _parts(b_key)[0]
    return bool(a_level) and bool(b_level) and a_level != b_level


def role_similarity(a_key: str, b_key: str) -> float:
    """0..100: how likely two role keys name one role; 0 when their seniorities differ."""
    if not a_key or not b_key:
        return 0.0
    if a_key == b_key:
        return 100.0
    a_level, a_core, a_words = _parts(a_key)
    b_level, b_core, b_words = _parts(b_key)
    if (a_level and b_level and a_level != b_level) or not a_words or not b_words:
        return 0.0
    if ("intern" in a_level) != ("intern" in b_level):  # an internship is its own programme
        return 0.0
    if a_words == b_words:
        score = 100.0
    elif (a_words < b_words or b_words < a_words) and (
        min(len(a_words), len(b_words)) >= 2
        or (a_level and a_level == b_level and _continues(a_core, b_core))
    ):
        # mail often shortens a title: "Software Engineer" for "Software Engineer, Payments",
        # "Werkstudent Vertrieb" for "Werkstudent Vertrieb Export" (the level and the first
        # word; not "Senior Engineer" for "Senior Data Engineer")
        score = 100.0 - 5.0 * len(a_words ^ b_words)
        if _continues(a_core, b_core):  # however much follows the whole title, it is one
            score = max(score, _CONTINUED_TITLE)
    elif _initialled(a_core, b_core) or _initialled(b_core, a_core):
        # a recruiter's "CRA II" for the posting's "Clinical Research Associate II - Oncology"
        score = _CONTINUED_TITLE
    else:
        score = float(fuzz.token_sort_ratio(a_core, b_core))
    if a_level != b_level:  # one title names a seniority the other leaves out
        score -= 3.0
    return max(score, 0.0)


def _initialled(short: str, long: str) -> bool:
    """Whether ``short`` writes the first words of ``long`` by their initials and then goes
    on as it does ("cra ii" for "clinical research associate ii oncology")."""
    words, longer = short.split(), long.split()
    head = words[0] if words else ""
    n = len(head)
    if n < _MIN_INITIALS or len(longer) < n or "".join(w[0] for w in longer[:n]) != head:
        return False
    return longer[n : n + len(words) - 1] == words[1:]


def part_of(a_key: str, b_key: str) -> bool:
    """Whether one title's words are all among the other's, at no other seniority: "Backend
    Sr" of "Desarrollador Backend Sr". Too loose to match titles by ("Senior Engineer" and
    "Senior Data Engineer" may be two postings), it keeps a reply in a thread from reading
    as another role's."""
    a_level, _, a_words = _parts(a_key)
    b_level, _, b_words = _parts(b_key)
    if not a_words or not b_words or (a_level and b_level and a_level != b_level):
        return False
    return a_words <= b_words or b_words <= a_words


def roles_match(a_key: str, b_key: str) -> bool:
    return role_similarity(a_key, b_key) >= ROLE_MATCH_THRESHOLD
