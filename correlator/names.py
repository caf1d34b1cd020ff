"""Company names: a comparison key, a display name, and the alias table (DESIGN.md section 6).

``company_key("Meta Platforms, Inc.")`` is ``"meta platforms"``: case-folded, accents and
punctuation gone, legal forms, group words and mail noise ("Recruiting") dropped from the end.
The :class:`AliasTable` then maps every name one employer goes by to one canonical key, so
``"Meta Platforms, Inc."``, ``"Meta"`` and ``"Facebook"`` all compare as ``"meta"``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz

from jobtracker.correlator.acronyms import initials_of

FUZZY_EMPLOYER_THRESHOLD = 94.0
"""rapidfuzz ratio (0..100) above which two keys name one employer; high on purpose:
"Deutsche Bank" and "Deutsche Bahn" score about 92."""

FUZZY_MIN_LENGTH = 5  # shorter keys only ever match exactly ("meta" is not "beta")
_WEB_SUFFIX = re.compile(r"(?<=[a-z0-9])\.(?:com|io|ai|co|net|org|app|dev)\b")
_LETTER_SLASH = re.compile(r"\b([a-z])/([a-z])\b")  # A/S, S/A
_JOINERS = re.compile(r"[.'’`´]")
_SPLIT = re.compile(r"[^a-z0-9]+")


_Phrases = dict[str, tuple[tuple[str, ...], ...]]  # last word → phrases ending in it


@dataclass(frozen=True, slots=True)
class _Suffixes:
    display: _Phrases
    all: _Phrases
    leading_group: frozenset[str]
    leading_legal: frozenset[str]
    group: frozenset[str]
    particles: frozenset[str]


@cache
def _suffixes() -> _Suffixes:
    text = resources.files("jobtracker.correlator").joinpath("data/company_suffixes.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))

    def phrases(*groups: str) -> _Phrases:
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in {tuple(p.split()) for g in groups for p in data[g]}:
            by_last.setdefault(phrase[-1], []).append(phrase)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_last.items()}

    return _Suffixes(
        display=phrases("legal", "noise"),
        all=phrases("legal", "group", "noise"),
        leading_group=frozenset(data["leading_group"]),
        leading_legal=frozenset(data["leading_legal"]),
        group=frozenset(data["group"]),
        particles=frozenset(data["particles"]),
    )


def fold(text: str) -> str:
    """Case-fold and strip accents: ``"Société Générale"`` → ``"societe generale"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[str]:
    text = fold(text).replace("&", " and ")
    text = _WEB_SUFFIX.sub("", text)
    text = _LETTER_SLASH.sub(r"\1\2", _JOINERS.sub("", text))
    return [t for t in _SPLIT.split(text) if t]


def name_words(text: str) -> list[str]:
    """The words of free text as :func:`company_key` spells them, to look names up in it."""
    return _tokens(text)


def _strip_trailing(tokens: list[str], phrases: _Phrases) -> int:
    """How many tokens to keep once trailing ``phrases`` (and dangling "and") are dropped."""
    end = len(tokens)
    while end > 1:
        if tokens[end - 1] in ("and", ""):
            end -= 1
            continue
        for phrase in phrases.get(tokens[end - 1], ()):  # longest first
            n = len(phrase)
            if end > n and tuple(tokens[end - n : end]) == phrase:
                end -= n
                break
        else:
            return end
    return end


@lru_cache(maxsize=65_536)
def company_key(name: str) -> str:
    """The comparison key of a company name, before aliases are applied."""
    tokens = _tokens(name)
    if len(tokens) > 1 and (tokens[0] == "the" or tokens[0] in _suffixes().leading_legal):
        tokens = tokens[1:]
    return " ".join(tokens[: _strip_trailing(tokens, _suffixes().all)])


@lru_cache(maxsize=65_536)
def display_name(name: str) -> str:
    """A company name fit to show: original spelling, legal form dropped ("Acme GmbH" → "Acme")."""
    words = name.split()
    if len(words) > 1 and fold(words[0]) in _suffixes().leading_legal:
        words = words[1:]
    normalised = ["".join(_tokens(w)) for w in words]
    kept = " ".join(words[: _strip_trailing(normalised, _suffixes().display)])
    return kept.strip(" ,;:-–—&") or name.strip()


_MIN_REST = 4


_MIN_SLUG_GROUP = 5  # a shorter group word ("rede") begins too many words to be read off a slug


def employer_forms(key: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences a key may be written as: itself, and without a leading group word
    ("gruppe velaline" is also "velaline"), or a run-together one's trailing group word
    ("velalinegroup", a domain's, is also "velaline")."""
    words = tuple(key.split())
    if len(words) > 1 and words[0] in _suffixes().leading_group:
        return words, words[1:]
    if len(words) == 1:  # a slug runs the words together: "gruposummitlight"
        for group in _suffixes().leading_group:
            rest = words[0].removeprefix(group)
            if rest != words[0] and len(rest) >= _MIN_REST and len(group) >= _MIN_SLUG_GROUP:
                return words, (rest,)
        for group in _suffixes().group:  # or puts the group word last: "vantiagroup"
            rest = words[0].removesuffix(group)
            if rest != words[0] and len(rest) >= _MIN_REST:
                return words, (rest,)
    return (words,)


def extends(longer: str, shorter: str) -> bool:
    """Whether company key ``longer`` is a fuller spelling of ``shorter``: its words, or its
    words after a leading group word, start with all of ``shorter``'s ("brown biosciences"
    extends "brown"; "gruppe velaline" extends "velaline")."""
    short = tuple(shorter.split())
    if not short or len(longer.split()) <= len(short):
        return False
    return any(f[: len(short)] == short for f in employer_forms(longer))


_MAX_EXTRA_WORDS = 2  # a longer "name" than that is more likely a sentence the extractor took


def better_display_name(current: str, candidate: str) -> str:
    """The better of two names for one employer.

    A properly cased name beats a flat one ("ACME" → "Acme"); otherwise the fuller spelling
    wins ("Brown" → "Brown Biosciences", "Perezseguros" → "Pérez Seguros"), so an
    application shows the most complete name its mail used; else the first name stays.
    """

    def flat(s: str) -> bool:
        return s == s.lower() or (s == s.upper() and len(s) > 4)

    if not current:
        return candidate
    if flat(current) != flat(candidate):
        return current if flat(candidate) else candidate
    now, new = company_key(current), company_key(candidate)
    now_words, new_words = len(now.split()), len(new.split())
    if extends(new, now) and new_words - now_words <= _MAX_EXTRA_WORDS:
        return candidate
    if new_words > now_words and squeeze(now) in initialled_spellings(new):
        return candidate  # "Hatlantico" (a domain's) → "Hospital Atlântico de Lisboa"
    if new_words - now_words <= _MAX_EXTRA_WORDS + 1 and spells_out(new, now):
        return candidate  # "HelvPay" (a board's) → "Helvetic Payments" its own mail signs
    if new_words - now_words <= _MAX_EXTRA_WORDS + 1 and _stands_for(new, now):
        return candidate  # "AIM Autopartes" → "Autopartes Integrales de México"
    if now == new or (squeeze(now) == squeeze(new) and new_words > now_words):
        # the same key: keep the name that shows more of itself ("Tidalmark Group")
        return candidate if len(candidate.split()) > len(current.split()) else current
    return current


# a name's initials that may stand for it: "aim" for "autopartes integrales de mexico"
# (two letters tie by chance)
MIN_NAME_INITIALS = 3


def _stands_for(full: str, short: str) -> bool:
    """Whether key ``full`` is the whole name of key ``short``: the name ``short`` ends in
    three words or more but joiners ("caisse federale du credit solidaire alpes jura" for
    "credit solidaire alpes jura"), or whose initials ``short`` holds as a word or run
    together ("aim autopartes", "cfcs aj", "gla servicios integrales")."""
    if full.endswith(" " + short) and len(initials_of(short)) >= MIN_NAME_INITIALS:
        return True
    initials = initials_of(full)
    return len(initials) >= MIN_NAME_INITIALS and (
        initials in short.split() or initials == compact(short)
    )


def compact(key: str) -> str:
    return key.replace(" ", "")


def squeeze(key: str) -> str:
    """A key as a domain spells it: no spaces, no "and" ("lopez and garcia" → "lopezgarcia")."""
    return "".join(w for w in key.split() if w != "and")


def squeezed_spellings(key: str) -> tuple[str, ...]:
    """A key as a domain may spell it: run together, and also without the words that join
    its parts ("iberica de turbinas" → "ibericadeturbinas", "ibericaturbinas")."""
    whole = squeeze(key)
    particles = _suffixes().particles
    words = key.split()
    bare = words[0] + "".join(w for w in words[1:] if w != "and" and w not in particles)
    if len(words) > 2 and bare and bare != whole:  # "de x" or "x de" alone is no name
        return whole, bare
    return (whole,)


_MIN_INITIALLED_REST = 4
_MIN_ACRONYM = 3


def initialled_spellings(key: str) -> tuple[str, ...]:
    """A name as a domain or a sender shortens it with initials: its first words by their
    initials and the next ones run together ("hatlantico" for "hospital atlantico de lisboa",
    "husierraoeste" for "hospital universitario sierra oeste"), its first words run together and
    two or more after them by their initials ("cumberlandbh"), or every word by its initial,
    from three ("huso"; from five, one word after the first may go unspelled: "pvft" for
    "pennine valley nhs foundation trust"). Joining words ("de", "and") are left out."""
    particles = _suffixes().particles
    words = [w for w in key.split() if w != "and" and w not in particles]
    if len(words) < 2:
        return ()
    found: list[str] = []
    for k in range(1, len(words)):
        initials = "".join(w[0] for w in words[:k])
        for m in range(k + 1, len(words) + 1):
            rest = "".join(words[k:m])
            if len(rest) >= _MIN_INITIALLED_REST:
                found.append(initials + rest)
    for k in range(1, len(words) - 1):
        # the distinctive words run together, the generic ones after them by their initials:
        # "cumberlandbh" for "cumberland behavioral health", "carolinacrestmg" for "carolina
        # crest medical group" (a practice's or clinic's domain)
        head = "".join(words[:k])
        if len(head) >= _MIN_INITIALLED_REST or (k == 1 and len(head) == _MIN_ACRONYM):
            # or an acronym that leads the name, the rest by initials: "chumo" (a hospital's
            # domain) for "CHU Meuse-Ourthe"
            found.append(head + "".join(w[0] for w in words[k:]))
    acronym = "".join(w[0] for w in words)
    if len(acronym) >= _MIN_ACRONYM:
        found.append(acronym)
    if len(acronym) > _MIN_ACRONYM + 1:  # a long name's initials may leave out one word
        # after the first: "pvft" for "Pennine Valley NHS Foundation Trust"
        found.extend(acronym[:k] + acronym[k + 1 :] for k in range(1, len(acronym)))
    return tuple(dict.fromkeys(found))


_MIN_TENANT_NAME = 3


@lru_cache(maxsize=65_536)  # asked again for every linked message at each link
def tenant_names(mailbox: str) -> tuple[str, ...]:
    """The employer names an ATS tenant's mailbox may spell (``lpbgroup@myworkday.com``):
    itself, and without a trailing group word ("lpb"), as mail may name the employer
    "LPB Group" and its key drops the word."""
    found = [mailbox]
    suffixes = _suffixes()
    for word in suffixes.group | suffixes.leading_group:
        rest = mailbox.removesuffix(word)
        if rest != mailbox and len(rest) >= _MIN_TENANT_NAME:
            found.append(rest)
    return tuple(found)


_MIN_ABBREVIATION = 3


def abbreviates(short: str, long: str) -> bool:
    """Whether run-together name ``short`` keeps letters of ``long`` in order, from its first:
    "lpb" for "limmatprivatbank", "grupoalba" for "grupoeducativoalba". Alone this is
    weak evidence: the matcher asks it only of the one open process for the same role."""
    if len(short) < _MIN_ABBREVIATION or len(short) >= len(long) or short[0] != long[0]:
        return False
    letters = iter(long)
    return all(c in letters for c in short)


_MIN_BRAND = 4


def spells_out(full: str, short: str) -> bool:
    """Whether company key ``full`` is the name that one-word key ``short`` shortens letter by
    letter: "helvetic payments" for "helvpay", "energie traunviertel" for "etv"... from four
    letters ("helvpay", "uasw"), as a brand or an acronym the mail defines beside the name."""
    if " " in short or len(short) < _MIN_BRAND or len(full.split()) < 2:
        return False
    return abbreviates(plain(short), plain(compact(full)))


_UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def plain(spelling: str) -> str:
    """A run-together name with German umlauts as folding spells them: a domain writes
    "Kühne" "kuehne", a key "kuhne". Both sides of a lookup go through it."""
    for spelled, folded in _UMLAUT_SPELLINGS:
        spelling = spelling.replace(spelled, folded)
    return spelling


def company_similarity(a_key: str, b_key: str) -> float:
    """0..100: how likely two company keys name one employer ("deep mind" = "deepmind")."""
    a, b = compact(a_key), compact(b_key)
    if a == b:
        return 100.0
    if min(len(a), len(b)) < FUZZY_MIN_LENGTH:
        return 0.0
    return float(fuzz.ratio(a, b))


@dataclass(kw_only=True, slots=True)
class AliasTable:
    """Maps every name an employer goes by to one canonical key; learns new aliases at run time.

    ``version`` grows with every learned alias, so holders of keys can tell theirs are stale.
    """

    canonical: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    version: int = 0
    _heads: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    _heads_version: int = field(default=-1, compare=False, repr=False)

    @classmethod
    def from_toml(cls, text: str) -> AliasTable:
        table = cls()
        for canonical, entry in tomllib.loads(text).items():
            table.display[canonical] = entry["display"]
            for name in (entry["display"], canonical, *entry.get("names", ())):
                table.canonical[company_key(name)] = canonical
        return table

    def resolve(self, key: str) -> str:
        """The canonical key for a key made by :func:`company_key`."""
        return self.canonical.get(key, key)

    def key(self, name: str) -> str:
        return self.resolve(company_key(name))

    def heads(self) -> frozenset[str]:
        """The first words of every alias: a run of words starting otherwise is no alias."""
        if self._heads_version != self.version:
            self._heads = frozenset(key.split(" ", 1)[0] for key in self.canonical)
            self._heads_version = self.version
        return self._heads

    def display_for(self, name: str, *, key: str | None = None) -> str:
        """How to show ``name``; ``key`` is ``self.key(name)`` when the caller has it."""
        return self.display.get(key or self.key(name)) or display_name(name)

    def add_alias(self, alias: str, canonical: str) -> None:
        """Teach that ``alias`` names the employer ``canonical`` names (e.g. from a review)."""
        alias_key, target = company_key(alias), self.key(canonical)
        if not alias_key or alias_key == target:
            return
        for key, value in self.canonical.items():
            if value == alias_key:  # whatever pointed at the alias now points at the target
                self.canonical[key] = target
        self.canonical[alias_key] = target
        self.version += 1


@cache
def default_aliases() -> AliasTable:
    """The shipped alias table (``data/company_aliases.toml``), loaded once per process."""
    text = resources.files("jobtracker.correlator").joinpath("data/company_aliases.toml")
    return AliasTable.from_toml(text.read_text(encoding="utf-8"))


def add_alias(alias: str, canonical: str) -> None:
    """Teach the process-wide alias table a learned alias."""
    default_aliases().add_alias(alias, canonical)


def canonical_company_key(name: str) -> str:
    """``company_key`` followed by the process-wide alias table."""
    return default_aliases().key(name)
