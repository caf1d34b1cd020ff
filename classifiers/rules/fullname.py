"""Fuller employer names, as the mail itself writes them.

A mail often names its employer twice: "Beaconpeak" in the display name and "Beaconpeak Labs" in
the signature, "Gruppe Velashore GmbH" in the footer of mail from "Velashore". A domain or a URL
slug only hints at a name ("kwcorp.com", "summitlark", "alvesgroup"); the text says how it is
written ("Summit Lark", "Alves Group"). The tracker shows the fullest written form.

A name in running text is a run of capitalised words, joined by "&" or name particles ("Banco do
Brasil"), ending in an optional legal form ("S.A.", "GmbH & Co. KG"). It ends at punctuation, at a
lower-case word or at a capitalised word that is no part of a name ("not_name_words": "To",
"Has", "Interview", weekdays). A run that ends at a job title word ("Acme Data Engineer") is not a
name: the capitalised words before the title may belong to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from jobtracker.classifiers.rules.names import strip_accents
from jobtracker.classifiers.rules.resources import load_toml, string_list

_LEAD = "\"'“”«»‘’([<*"
_TRAIL = "\"'“”«»‘’)]>*,;:!?"
_PARTICLES = frozenset(
    {"de", "do", "da", "dos", "das", "del", "y", "e", "und", "of", "van", "von", "für"}
)
# A particle and an article that go together before a name's next word ("de las Mercedes").
_ARTICLE_PARTICLES = frozenset({"de"})
_ARTICLES = frozenset({"la", "las", "los"})
_MAX_WORDS = 7


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # without surrounding punctuation
    boundary: bool  # punctuation after it ends a name here


@dataclass(frozen=True, slots=True)
class NameReader:
    """Reads names out of mail text; tables from ``companies.toml`` and ``roles.toml``."""

    stop_words: frozenset[str]
    title_words: frozenset[str]
    # Words naming the kind of organisation before its name ("Grupo Almendra", "Hospital Ribera
    # Norte"): the name written with one is the fuller form (``organisation_prefixes``).
    prefixes: frozenset[str] = frozenset()
    # Words naming the kind of organisation anywhere in its name ("Trust", "Council"): a run
    # joined by "and" is one name only when they close it ("Barnsworth and Kell NHS Foundation
    # Trust", not "Acme and Globex") (``organisation_words``).
    kinds: frozenset[str] = frozenset()

    def extend(self, name: str, texts: Iterable[str]) -> str | None:
        """The longest written form of ``name`` that goes on beyond it, or None. A form the
        letter writes beats one only a legal line writes ("Your Alder Pharma Team" over "Alder
        Pharmaceuticals US, Inc. - Deerfield, IL")."""
        best: list[str] = []
        best_legal: list[str] = []
        words = name.split()
        if not words:
            return None
        for text in texts:
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if (
                    _edge(text, at - 1)
                    and _edge(text, end)
                    and _may_grow(text, at, end, self.prefixes)
                ):
                    tokens, first = _around(text, at, end)
                    run = self._run(tokens, first, len(words))
                    if run is None or len(run) <= len(words):
                        pass
                    elif _before_legal_form(text, at, run):
                        best_legal = run if len(run) > len(best_legal) else best_legal
                    elif len(run) > len(best):
                        best = run
                at = text.find(name, end)
        best = best or best_legal
        return " ".join(best) if best else None

    def for_label(self, label: str, texts: Iterable[str]) -> str | None:
        """A written name whose letters begin with a domain or slug label ("summitlark")."""
        label = _squash(label)
        if len(label) < 3:
            return None
        best: list[str] = []
        for text in texts:
            folded = _squash_lower(text)
            if len(folded) != len(text):  # a ligature decomposed: offsets would not match
                folded = text.lower()
            at = folded.find(label[:3])
            while at >= 0:
                if _edge(text, at - 1) and _capitalised(text[at]):
                    tokens, first = _around(text, at, at)
                    run = self._run(tokens, first, 1) if first < len(tokens) else None
                    if run and _covers(run, label) and len(run) > len(best):
                        best = run
                    elif run and len(run) > max(1, len(best)) and self._prefixed(run, label):
                        best = run  # "Stadt Traunfeld" at traunfeld.gv.at
                at = folded.find(label[:3], at + 1)
        return " ".join(best) if best else None

    def for_initials(self, acronym: str, texts: Iterable[str]) -> str | None:
        """A written name whose words' initials spell an acronym ("Banque Léman Privée SA" for
        "BLP"), a legal form after them allowed."""
        letters = acronym.upper()
        if not 2 <= len(letters) <= 5 or not letters.isalpha():
            return None
        best: list[str] = []
        for text in texts:
            for line in text.splitlines():
                if len(line) > 300 or not any(w[:1] == letters[0] for w in line.split()):
                    continue
                tokens = _tokens(line)
                for start, token in enumerate(tokens):
                    if token.text[:1] != letters[0] or token.text.isupper():
                        continue
                    run = self._run(tokens, start, 1)
                    if run and _spells(run, letters) and len(run) > len(best):
                        best = run
        return " ".join(best) if best else None

    def spelled_out(self, short: str, texts: Iterable[str]) -> str | None:
        """An institution's name on a line of its own, written the French way with lower-case
        words after the first ("Hôpitaux universitaires de Genève" for "HUG", "Caisse
        intercantonale de prévoyance" for "CIP"), whose words' initials spell a short name;
        an acronym may skip inner words ("Transports publics de la région lausannoise" for
        "tl"). A line "CIP - Caisse ..." gives the part after the acronym."""
        letters = _squash(short)
        if not 2 <= len(letters) <= 5 or not letters.isalpha():
            return None
        best = ""
        for text in texts:
            for line in text.splitlines():
                for part in re.split(r"\s+[-–—|]\s+", line.strip()):
                    if len(part) > len(best) and _spelled_line(part, letters, skips=True):
                        best = part
                    # "... au poste X (réf. 25-0912), Hôpitaux universitaires de Genève."
                    for piece in re.split(r"[,;]\s+", part)[1:]:
                        piece = piece.rstrip(".")
                        if len(piece) > len(best) and _spelled_line(piece, letters, skips=False):
                            best = piece
        return best or None

    def _prefixed(self, run: list[str], label: str) -> bool:
        """A run the kind of organisation leads, whose rest is the label's name."""
        return run[0].casefold() in self.prefixes and _covers(run[1:], label)

    def only_stop_words(self, name: str) -> bool:
        """ "Next round", "Great News": words that are never a name by themselves."""
        words = [w.lower().strip(".,:;!?") for w in name.split()]
        return bool(words) and all(w in self.stop_words for w in words)

    def _run(self, tokens: list[_Token], start: int, known: int) -> list[str] | None:
        """The name run starting at ``start`` whose first ``known`` tokens are given."""
        end = start + known
        joined = 0  # where an "and" joined two runs of capitalised words
        if tokens[end - 1].boundary:
            first = _with_prefix(tokens, start, self.prefixes)
            return [t.text.rstrip(".") if i == end - 1 and _sentence_end(t.text) else t.text
                    for i, t in enumerate(tokens[first:end], first)]  # fmt: skip
        while end < len(tokens) and end - start < _MAX_WORDS:
            token = tokens[end]
            word = token.text
            if word in ("&", "+") or (word.lower() in _PARTICLES and _next_capital(tokens, end)):
                end += 1
                continue
            if _particle_and_article(tokens, end):
                end += 2  # "Hospital de las Mercedes", "Colegio de la Vega"
                continue
            if word == "and" and not joined and self.kinds and _next_capital(tokens, end):
                joined = end
                end += 1
                continue
            if not _capitalised(word) or self._stops(word):
                break
            end += 1
            if token.boundary or word.casefold().rstrip(".") in _ENDING_FORMS:
                break  # "Lohmann Fördertechnik GmbH Sie zum Gespräch": a legal form ends it
        if joined and not any(
            t.text.casefold().strip(".,") in self.kinds for t in tokens[joined + 1 : end]
        ):
            end = joined  # "Larkfield Outlet and Hestia Kitchens": two names, not one
        elif end < len(tokens) and self._is_title(tokens[end].text):
            return None  # "Acme Data Engineer": the capitalised words may be the title's
        while end > start + known and (
            tokens[end - 1].text in ("&", "+") or tokens[end - 1].text in _PARTICLES
        ):
            end -= 1  # "Wendler Optik und Ihre Bewerbung": the particle joined no name
        first = _with_prefix(tokens, start, self.prefixes)
        return [t.text.rstrip(".") if i == end - 1 and _sentence_end(t.text) else t.text
                for i, t in enumerate(tokens[first:end], first)]  # fmt: skip

    def _stops(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return low in self.stop_words or self._is_title(word)

    def _is_title(self, word: str) -> bool:
        return word.lower().strip(".,") in self.title_words


# Legal forms of three letters or fewer that are written without a dot of their own.
# Three-letter words written with a dot of their own: legal forms and titles ("Inc.", "Sra.").
_SHORT_FORMS = frozenset(
    {"inc", "ltd", "pty", "plc", "llc", "cía", "cia", "hno", "sra", "dra", "mrs", "esq", "snr",
     "jnr", "sen", "jun", "bro", "gen", "col", "gov", "rev", "hon", "est", "ave", "blvd", "dpt",
     "dto", "int", "nat", "soc", "ste", "sta", "sto", "vda", "ing", "lic", "arq", "mtr", "mgr"}
)  # fmt: skip
_DOTLESS_FORMS = frozenset(
    {"AG", "SE", "KG", "UG", "BV", "NV", "AB", "AS", "SA", "SL", "SAS", "LLC", "LLP", "PLC", "Oy"}
)


# Legal forms that end a name written in running text.
_ENDING_FORMS = frozenset(
    {"gmbh", "ag", "inc", "llc", "ltd", "plc", "sarl", "sas", "bv", "nv", "corp", "ltda", "lda",
     # Spanish-speaking ones ("Logística Pampa S.A. (Parque Patricios)", "Flores S.A.S. Bogotá")
     "s.a", "s.a.s", "s.a.b", "s.l", "s.l.u", "s.r.l", "srl", "s.a.c", "s.a.u", "s.a.i.c"}
)  # fmt: skip
# Legal forms written in mixed case, after the words an acronym spells ("Merzig Versand GmbH").
_MIXED_FORMS = frozenset({"gmbh", "mbh", "ltd", "inc", "corp", "llc", "plc", "sarl", "ltda", "lda"})


def _tokens(line: str) -> list[_Token]:
    out: list[_Token] = []
    for raw in line.split():  # the runs of non-space characters
        text = raw.lstrip(_LEAD)
        stripped = text.rstrip(_TRAIL)
        if stripped[-2:-1] in _TRAIL and stripped[-1:] == "." and len(stripped) > 2:
            # "(Acme Comércio S.A.). A próxima": the bracket closes the name, the dot a sentence
            stripped = stripped[:-1].rstrip(_TRAIL)
        ellipsis = stripped.endswith("..")
        stripped = stripped.rstrip(".") + "." if ellipsis else stripped  # "Inc.." ends a sentence
        if not stripped:
            if out:
                out[-1] = _Token(out[-1].text, True)
            continue
        if raw[:1] in "([" and out:
            out[-1] = _Token(out[-1].text, True)  # "Acme Immobilier (Lyon 2e)": the place is apart
        boundary = (
            len(stripped) < len(text) or raw[:1] in "([" or stripped in ("-", "–", "—", "|", "@")
        )
        if stripped in ("-", "–", "—", "|", "@", "/"):
            if out:
                out[-1] = _Token(out[-1].text, True)
            continue
        # a possessive ends a name ("Orbitra's Storage Platform group")
        possessive = stripped.endswith(("'s", "’s"))
        out.append(_Token(stripped, boundary or ellipsis or possessive or _sentence_end(stripped)))
    return out


_LEGAL_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:inc|llc|ltd|corp|corporation|gmbh|ag|sa|s\.a|plc|bv|nv|sas|sarl)\b",
    re.IGNORECASE,
)


def _before_legal_form(text: str, at: int, run: list[str]) -> bool:
    """Whether a written run is followed by a legal form after a comma ("Alder Pharmaceuticals
    US, Inc."): the legal entity's line, often a group's regional company."""
    last = text.find(run[-1], at)
    return last >= 0 and bool(_LEGAL_AFTER.match(text, last + len(run[-1])))


def until_sentence_end(run: str) -> str:
    """A run of capitalised words cut where a sentence ends inside it: "Acme. Não" (of "em
    nome da Acme. Não responda") is "Acme"; "Acme Co. Ltd" stays whole."""
    words = run.split()
    for i, word in enumerate(words[:-1]):
        if _sentence_end(word):
            return " ".join([*words[:i], word[:-1]])
    return run


def _sentence_end(word: str) -> bool:
    """ "Acme." ends a sentence; "Inc.", "S.A." and "Co." are names' own dots, but a legal
    form written without one ("Brandt AG. Gerne ...") ends the sentence."""
    if not word.endswith(".") or len(word) < 2:
        return False
    core = word[:-1]
    if core in _DOTLESS_FORMS:
        return True
    if len(core) == 3 and core[1:].islower() and core.casefold() not in _SHORT_FORMS:
        return True  # "Soy Renata, de Kiosko Pay. Revisamos ...": a brand's short last word
    return "." not in core and not (core[:1].isupper() and len(core) <= 3)


def _edge(text: str, index: int) -> bool:
    """Whether ``index`` is outside the text or not a letter or digit (a word edge)."""
    return index < 0 or index >= len(text) or not text[index].isalnum()


_JOINERS = _PARTICLES | {"and"}  # "and" joins words of one name only before a kind (``_run``)


def _may_grow(text: str, start: int, end: int, prefixes: frozenset[str]) -> bool:
    """A quick look before reading words: a capitalised word, "&" or a particle follows the
    name, or a group word ("Gruppe") comes before it."""
    if text[end : end + 1] == " ":
        nxt = text[end + 1 : end + 2]
        if nxt.isupper() or nxt in ("&", "+"):
            return True
        if nxt.islower() and text[end + 1 : end + 5].split(" ", 1)[0] in _JOINERS:
            return True
    before = text[max(0, start - 16) : start].rsplit(None, 1)
    return bool(before) and before[-1].lower() in prefixes


def _around(text: str, start: int, end: int) -> tuple[list[_Token], int]:
    """The tokens from the word before ``start`` to the end of its line (at most a few words),
    and the index of the token that begins at ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + 80)
    before = text[line_start:start].rstrip(" \t")
    previous = (
        before.rsplit(None, 1)[-1] if before and before == text[line_start:start][:-1] else ""
    )
    tokens = _tokens(text[start:line_end])
    if previous:
        prior = _tokens(previous)
        if prior and not prior[-1].boundary:
            return [prior[-1], *tokens], 1
    return tokens, 0


def _with_prefix(tokens: list[_Token], start: int, prefixes: frozenset[str]) -> int:
    """Where a name starting at ``start`` begins with the kind of organisation before it."""
    if start > 0 and tokens[start - 1].text.lower() in prefixes:
        if not tokens[start - 1].boundary and _capitalised(tokens[start - 1].text):
            return start - 1
    return start


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _next_capital(tokens: list[_Token], index: int) -> bool:
    return index + 1 < len(tokens) and _capitalised(tokens[index + 1].text)


def _particle_and_article(tokens: list[_Token], index: int) -> bool:
    """ "de las", "de los", "de la" before a capitalised word: one particle of two words."""
    return (
        tokens[index].text.lower() in _ARTICLE_PARTICLES
        and not tokens[index].boundary
        and index + 1 < len(tokens)
        and tokens[index + 1].text.lower() in _ARTICLES
        and not tokens[index + 1].boundary
        and _next_capital(tokens, index + 1)
    )


def _squash(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower() if c.isalnum())


def _squash_lower(text: str) -> str:
    return strip_accents(text).lower()


def _spells(run: list[str], letters: str) -> bool:
    """Whether the run's words begin with the letters, one word each, particles skipped and at
    most a legal form written in capitals after them ("Banque Léman Privée SA")."""
    words = [w for w in run if w.lower() not in _PARTICLES and w not in ("&", "+")]
    if len(words) < len(letters) or len(words) > len(letters) + 1:
        return False
    if len(words) > len(letters) and not (
        words[-1].isupper() or words[-1].endswith(".") or words[-1].casefold() in _MIXED_FORMS
    ):
        return False
    return all(w[:1].upper() == c for w, c in zip(words, letters, strict=False))


# Words an institution's name skips when its initials are read ("de la", "d'", "et").
_FRENCH_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "les", "et", "à", "en", "pour", "l'", "d'"}
)
# Legal forms after an institution's name on its line ("... lausannoise SA").
_LINE_FORMS = frozenset({"sa", "sàrl", "sarl", "sas", "asbl", "scrl", "sc", "srl", "ag"})


def _spelled_line(line: str, letters: str, *, skips: bool) -> bool:
    """Whether a line is a name alone (capitalised first word, then words and particles, no
    sentence) whose words' initials spell ``letters``: all of them, or the first, the last and
    some between."""
    words = line.split()
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if any(not w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return False  # digits, punctuation: an address or a sentence, not a name
    if words[-1].casefold() in _LINE_FORMS:
        words = words[:-1]
    initials = ""
    for word in words:
        low = word.casefold().replace("’", "'")
        if low in _FRENCH_PARTICLES or low in _PARTICLES:
            continue
        if low[:2] in ("l'", "d'"):
            low = low[2:]
        initials += _squash(low)[:1]
    if len(initials) < len(letters) or initials[0] != letters[0]:
        return False
    if initials == letters:
        return True
    if not skips or len(initials) > len(letters) + 3 or initials[-1] != letters[-1]:
        return False
    at = 1
    for c in letters[1:-1]:
        at = initials.find(c, at, len(initials) - 1) + 1
        if at == 0:
            return False
    return True


def _covers(run: list[str], label: str) -> bool:
    """Whether the run's letters begin with the label, ending on a word boundary; a long label
    may stop inside a word (tenant ids are cut short: "zephyrma" for "Zephyr Maple")."""
    squashed = ""
    for at, word in enumerate(run):
        if word in ("&", "+"):
            # "Lumen & Slate" at lumenandslate.com or at lumenslate.com
            if label.startswith(squashed + "and"):
                squashed += "and"
            continue
        piece = _squash(word)
        if at and piece in _LABEL_SKIPS and not label.startswith(squashed + piece):
            continue  # "CHU de Haute-Bretagne" at chu-hautebretagne.fr: the domain drops "de"
        squashed += piece
        if squashed == label or (len(label) >= 6 and squashed.startswith(label)):
            return True
        if not label.startswith(squashed):
            return False
        if len(squashed) >= 4 and _initials_end(run[at + 1 :], label[len(squashed) :]):
            return True  # "Bellwether Credit Union" at bellwethercu.org
    # "Corvina" at corvinasoft.com, "Tallis" at tallislabs.io: the name and a word the domain
    # adds to it
    return len(squashed) >= 4 and label[len(squashed) :] in _LABEL_TAILS


# Small words a domain leaves out of the name it spells ("chu-hautebretagne" for "CHU de
# Haute-Bretagne", "bancodobrasil" keeps its "do" and still matches).
_LABEL_SKIPS = frozenset(
    {
        "de", "du", "des", "la", "le", "les", "of", "the", "von", "der", "do", "da", "dos", "das",
        "del",
    }
)  # fmt: skip

# Words a company's domain adds to its name ("corvinasoft", "haldenlabs", "orbitahq").
_LABEL_TAILS = frozenset(
    {
        "soft", "software", "sys", "systems", "tech", "labs", "lab", "group", "hq", "app", "apps",
        "io", "ai", "data", "online", "inc", "corp", "global", "digital", "cloud", "solutions",
        "jobs", "careers", "team", "mail", "studio", "studios", "ventures", "capital", "works",
        "gruppe", "groupe", "grupo",
    }
)  # fmt: skip


def _initials_end(words: list[str], rest: str) -> bool:
    """Whether the rest of a label is the initials of all the words left ("cu" of "Credit
    Union")."""
    words = [w for w in words if w.lower() not in _PARTICLES and w not in ("&", "+")]
    return (
        2 <= len(rest) <= 4
        and len(words) == len(rest)
        and all(_squash(w)[:1] == c for w, c in zip(words, rest, strict=True))
    )


@lru_cache(maxsize=1)
def load_name_reader() -> NameReader:
    companies = load_toml("companies.toml")
    stops = string_list(companies, "not_name_words", "companies.toml")
    prefixes = string_list(companies, "organisation_prefixes", "companies.toml")
    kinds = string_list(companies, "organisation_words", "companies.toml")
    titles = string_list(load_toml("roles.toml"), "title_words", "roles.toml")
    return NameReader(
        stop_words=frozenset(w.casefold() for w in stops),
        title_words=frozenset(w.casefold() for w in titles),
        prefixes=frozenset(w.casefold() for w in prefixes),
        kinds=frozenset(w.casefold() for w in kinds),
    )
