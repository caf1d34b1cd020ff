"""Employer names: a comparison key, a readable display form, aliases, and who is a person.

``NameBook.key("ACME Corp, Inc.") == NameBook.key("Acme") == "acme"``;
``NameBook.display("ACME Corp, Inc.") == "Acme"``; ``display("Meta Platforms, Inc.") == "Meta"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from jobtracker.classifiers.rules.resources import load_toml, string_list
from jobtracker.pipeline.errors import ConfigError

_PUNCT = re.compile(r"[\"“”«»()\[\]{}!?.,;:*'’/\\]+")
_SPACES = re.compile(r"\s+")
_EDGE = " \t\r\n\"'“”«»‘’()[]<>,.;:!?-–—|*_"
# Emoji and other symbols around a name ("Fabrikwerk! 🚀" in a subject) are no part of it.
# A public body's office after its name, with its code: "BKMD Referat Z 2", "Bewerbungen
# Dezernat 3", "Sachgebiet 1.4": the office, no part of the name.
_OFFICE_TAIL = re.compile(
    r"(?:^|\s+)(?:Dezernat|Referat|Sachgebiet|Abteilung|Fachgebiet)(?:\s+[A-Z0-9][\w.-]{0,4})+$"
)
_SYMBOL_EDGES = re.compile(r"^(?:[^\w+]|_)+|(?:[^\w+]|_)+$")
# "LeBlanc", "McDonald", "MacLeod", "DiNapoli": surnames with a capital after their prefix
_CAPITALISED = re.compile(
    r"^(?:Mc|Mac|Le|La|De|Di|Du|Fitz)?[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_A-Z]*)*\.?$"
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?$")
_JOINERS = re.compile(
    r"^(?P<left>.+?)\s+(?P<joiner>from|at|@|bei|von|chez|de la|de|da|do|del|of|with|für|pour|para"
    r"|por)\s+(?P<right>.+)$",
    re.IGNORECASE,
)
_ROMANCE_JOINERS = frozenset({"de", "de la", "del", "da", "do"})
_FIRST_NAME_ALONE = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]{2,11}$")
_NOT_FIRST_NAMES = frozenset(
    {
        "news", "hello", "greetings", "updates", "update", "jobs", "careers", "notes", "letters",
        "mail", "post", "love", "hi", "hey", "message", "messages", "offers", "deals", "tips",
        "stories", "highlights", "alerts", "everyone", "everybody", "someone", "support", "team",
        "live", "fresh", "direct", "made", "straight", "far", "away", "home", "postcards",
    }
)  # fmt: skip
_JOINER_FIRST = re.compile(
    r"^(?:from|at|@|bei|von|chez|de la|de|da|do|del|of|with|für|pour|para|por)\s", re.IGNORECASE
)
_VIA = re.compile(
    r"\s*\(?\s*\b(?:via|über|through|por medio de|par)\s+[^()]+\)?\s*$", re.IGNORECASE
)
# Display names join a person and a company ("Rachel Williams | Willowwind", "Talent Team - Acme",
# "Björn Brandt (Polarforge" cut short by the mail client).
_PARTS = re.compile(r"\s+[|–—/-]\s+|\s*[|()\[\]]\s*|\s+@\s+")
_LOCAL_PARTS = re.compile(r"[.\-_+]")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# A brand with "HQ" glued on, as a startup names its handle and its ATS tenant ("RunwellHQ"):
# the brand, as its domain label is read (``brand_of_label``).
_GLUED_HQ = re.compile(r"^([^\W\d_][^\W_]{2,}[^\W\d_A-Z])HQ$")
# Words a company name never starts with in running text ("with Brown Biosciences", "join
# Acme"): prepositions and verbs a template may catch with the name, lower case only.
_LEADING_NOISE = frozenset(
    {
        "with", "join", "joining", "at", "for", "to", "from", "by", "of", "in", "on", "and",
        "the", "a", "an", "via", "about", "bei", "von", "mit", "für", "zu", "chez", "avec",
        "pour", "par", "en", "con", "para", "por", "na", "no", "em", "com", "pela", "pelo",
    }
)  # fmt: skip
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost", "local", "internal"})
_RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org", "localhost"})
_BRAND_TLDS = frozenset({"example", "test"})
_TWO_LEVEL = frozenset(
    {
        "co", "com", "org", "net", "gov", "ac", "edu", "gob", "gouv", "ne", "or",
        # Austria's public bodies ("traunstein.gv.at", "bmf.gv.at")
        "gv",
        # Canada's provincial and federal second levels ("acme.qc.ca", "canada.gc.ca")
        "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yk", "gc",
        # Brazil's second levels for professions and trades ("acme.adv.br" a law firm,
        # "acme.cnt.br" an accounting office, "acme.ind.br" a manufacturer)
        "adv", "arq", "cnt", "eng", "med", "odo", "ind", "agr", "far", "imb", "tur",
        # New Zealand's government, iwi, school and health second levels ("mcma.govt.nz"), the
        # British police's and NHS trusts' ("npth.nhs.uk"), military ones, British schools'
        # ("kingsweston.bristol.sch.uk": never "SCH")
        "govt", "iwi", "school", "health", "police", "nhs", "mil", "sch",
    }
)  # fmt: skip
# Second levels under which German-speaking public bodies have their own domains: the Swiss
# federation's ("bit.admin.ch"), the German federation's and Länder's ("bsi.bund.de",
# "lfstat.bayern.de"), Austria's ("bmf.gv.at"), Belgium's. Made-up mail writes them under a reserved
# TLD ("badi.admin.example") the same way.
_PUBLIC_SECOND_LEVEL = frozenset(
    {
        "gv", "admin", "bund", "bayern", "nrw", "berlin", "hamburg", "bremen", "sachsen",
        "hessen", "niedersachsen", "brandenburg", "saarland", "thueringen", "rlp",
        # Belgium's federal, regional and Brussels bodies ("minfin.fgov.be", "spw.wallonie.be",
        # "werk.vlaanderen.be", "sprb.irisnet.be")
        "fgov", "wallonie", "vlaanderen", "irisnet",
    }
)  # fmt: skip
# Words a young company glues to its brand to get a free domain ("getacme.com", "tryacme.io",
# "acmehq.com"): the brand is the rest of the label, when enough of it is left.
_BRAND_PREFIXES = ("get", "try", "join")
_BRAND_SUFFIXES = ("hq",)
# Words glued before a brand that a mail must confirm by writing the brand ("usemotion.com" for
# "Motion"): as often the brand's own first word ("HelloFresh", "GoCardless").
_WRITTEN_BRAND_PREFIXES = ("use", "with", "hey", "hello", "meet", "go", "team", "app", "my")
_MAIL_SUBDOMAINS = frozenset(
    {
        "mail", "email", "e-mail", "mailer", "mg", "em", "e", "t", "news", "info", "careers",
        "career", "jobs", "job", "talent", "recruiting", "recruitment", "hr", "people",
        "notifications", "notify", "bounce", "send", "smtp", "reply", "noreply", "no-reply",
        "corp", "global", "us", "eu", "uk", "de", "fr", "es", "br", "mx", "team", "app", "apply",
        "mailbox", "webmail", "inbox", "karriere", "emploi", "empleo", "vagas",
    }
)  # fmt: skip


def _accent_table() -> dict[int, str]:
    """Latin letters with diacritics -> their base letter (one character for one)."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    return table


_ACCENTS = _accent_table()


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    # Latin letters by table (fast, one character for one); other scripts and marks are left.
    return text.translate(_ACCENTS)


# "acmeresearch": a research firm, not a search firm, whatever its name ends with.
_NOT_AGENCY_ENDINGS = ("research",)


# A temporary-work agency's label in Portugal and Spain ends with its legal kind after a
# hyphen ("acme-ett.pt": empresa de trabalho temporário / de trabajo temporal); run together
# the letters end ordinary names ("bennett").
_AGENCY_SEGMENTS = frozenset({"ett"})


def _agency_ending(squashed: str, endings: tuple[str, ...]) -> bool:
    """Whether a domain label ends with a search firm's word after a brand of its own: the
    word alone is a brand (Argentina's "Personal" at personal.com.ar is a phone company)."""
    return (
        squashed.endswith(endings)
        and squashed not in endings
        and not squashed.endswith(_NOT_AGENCY_ENDINGS)
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class NameBook:
    """Name tables from ``companies.toml``, ``domains.toml`` and ``people.toml``."""

    legal_suffixes: tuple[tuple[str, ...], ...]
    hiring_suffixes: tuple[tuple[str, ...], ...]
    aliases: dict[str, str]
    domain_companies: dict[str, str]
    freemail: frozenset[str]
    agency_domains: frozenset[str]
    agency_words: tuple[str, ...]
    agency_endings: tuple[str, ...]
    agency_keys: frozenset[str]
    given_names: frozenset[str]
    particles: frozenset[str]
    generic_keys: frozenset[str]
    job_mailboxes: frozenset[str]
    relays: frozenset[str]
    department_words: frozenset[str] = frozenset()
    organisation_words: frozenset[str] = frozenset()
    # The first words of the hiring suffixes of several words ("early" of "early careers").
    hiring_heads: frozenset[tuple[str, ...]] = frozenset()
    # A razão social's trade words before the brand ("Calçados Acme S.A.")
    trade_words: frozenset[str] = frozenset()
    # Places a board or a letter names beside the employer ("bei Acme AG in Garching bei
    # München", "en Querétaro, Qro."): a place alone is never the employer.
    places: frozenset[str] = frozenset()
    _memo: dict[tuple[str, ...], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    # -- comparison ---------------------------------------------------------------------------

    def key(self, name: str) -> str:
        """Lower case, no accents or punctuation, no legal suffix: the form names compare in."""
        memo = self._memo.get(("key", name), "")
        if memo:
            return memo
        key = name_key(name, self.legal_suffixes)
        self._remember(("key", name), key)
        return key

    def _remember(self, slot: tuple[str, ...], value: str | None) -> None:
        # Employer names repeat across a mailbox; a bounded memo keeps the hot path short.
        if len(self._memo) > 20_000:
            self._memo.clear()
        self._memo[slot] = value

    def is_place(self, name: str) -> bool:
        """A city or region alone ("München", "Querétaro, Qro.", "Torremolinos (Málaga)")."""
        words = self.key(name.split(" (", 1)[0]).split()
        if len(words) > 1 and len(words[-1]) <= 3:
            words = words[:-1]  # a state's or province's abbreviation: "qro", "nl", "nsw"
        return bool(words) and " ".join(words) in self.places

    def is_department(self, name: str) -> bool:
        """A team's name ("Data & Analytics", "Engineering und IT"), not a company's."""
        words = self.key(name).split()
        return bool(words) and all(w in self.department_words for w in words)

    def canonical(self, name: str) -> str | None:
        """The alias table's display name for a name, if it has one."""
        return self.aliases.get(self.key(name))

    # -- display ------------------------------------------------------------------------------

    def display(self, name: str) -> str | None:
        """A readable employer name, or None when nothing of a brand is left."""
        if ("display", name) in self._memo:
            return self._memo[("display", name)]
        shown = self._display(name)
        self._remember(("display", name), shown)
        return shown

    def _display(self, name: str) -> str | None:
        text = _SYMBOL_EDGES.sub("", _VIA.sub("", _SPACES.sub(" ", name)))
        # "Acme (Berlin)", "Acme (via Lever": what a parenthesis adds is no part of the name.
        text = _strip_noise(text.split(" (", 1)[0]).strip(_EDGE)
        text = _OFFICE_TAIL.sub("", text) or text
        if not text or self._is_hiring_words(text):
            return None  # "Talent Acquisition", "Early Careers": a team of no company named
        stripped = self._strip_hiring_words(text)
        # "Convocatorias UPMV": capitals beside a hiring word in lower case are an acronym
        acronym = stripped != text and stripped.isupper() and any(c.islower() for c in text)
        if stripped != text and stripped and not _JOINER_FIRST.match(stripped):
            text = stripped  # "Dirección de Personas Grupo Oriol": the department goes first
        joined = _JOINERS.match(text)
        if joined:
            left = joined.group("left")
            if self._is_hiring_words(left) or self._person_joined(left, joined.group("joiner")):
                text = joined.group("right").strip(_EDGE)
        text = self._strip_hiring_words(text)
        words = text.split()
        trimmed = _drop_tail([w.strip(",") for w in words], self.legal_suffixes, keep=1, fold=True)
        while len(trimmed) > 1 and trimmed[-1] in ("&", "+"):
            # "Acme GmbH & Co" cut at the dot of "Co. KG": the legal form goes on after the "&"
            trimmed = _drop_tail(trimmed[:-1], self.legal_suffixes, keep=1, fold=True)
        kept = words[: len(trimmed)]
        lead = self._trade_lead(kept) if len(trimmed) < len(words) else 0
        text = " ".join(kept[lead:]).strip(_EDGE)
        if not text or self.key(text) in self.generic_keys or self._is_hiring_words(text):
            return None  # "Convocatorias Talento Humano": hiring words only, each end stripped
        if self.is_place(text):
            return None
        text = _GLUED_HQ.sub(r"\1", text)
        canonical = self.canonical(text)
        if canonical:
            return canonical
        return text if acronym else _fix_shouting(text)

    def _trade_lead(self, words: list[str]) -> int:
        """How many leading words of a razão social (its legal form cut off) name its trade,
        not its brand: "Comércio de Cosméticos" of "Comércio de Cosméticos Acme Ltda."."""
        allowed = self.trade_words
        if not allowed or len(words) < 2:
            return 0
        start = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
        lead = 0
        end = start  # after a kind noun the text wrote before it: "empresa Calçados Acme S.A."
        while end < len(words) - 1:
            word = words[end].casefold()
            if word in allowed:
                end += 1
                lead = end
            elif lead and word in _TRADE_JOINERS:
                end += 1
                if word != "e" and end < len(words) - 1:
                    end += 1  # the goods traded: "Comércio de Tintas Acme"
                    lead = end
            else:
                break
        return lead if lead < len(words) and words[lead][:1].isupper() else 0

    def company_part(self, display: str) -> str | None:
        """The company named beside a person in a display name ("Mei Foster at Acme",
        "Rachel Williams | Acme"), or None when the display name is not such a pair."""
        # Remembered, as the other answers about senders below: a mailbox has a few hundred.
        slot = ("company part", display)
        if slot in self._memo:
            return self._memo[slot]
        part = self._find_company_part(display)
        self._remember(slot, part)
        return part

    def _find_company_part(self, display: str) -> str | None:
        text = _VIA.sub("", _SPACES.sub(" ", display)).strip(_EDGE)
        part = self._company_part(text)
        if part != text:
            return part
        joined = _JOINERS.match(text)
        if joined and self._person_joined(joined.group("left"), joined.group("joiner")):
            return joined.group("right").strip(_EDGE)
        return None

    def _company_part(self, text: str) -> str:
        """Of "Person | Company", "Team - Company", "Person (Company": the company part."""
        parts = [p.strip(_EDGE) for p in _PARTS.split(text)]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return text
        kept = [p for p in parts if not self._is_hiring_words(p) and not _is_via(p)]
        # A known given name marks the person; failing that, the shape of a name does.
        kept = [p for p in kept if not self.looks_like_person(p)] or kept
        kept = [p for p in kept if not self._personish(p)] or kept
        if not kept:
            return text
        with_suffix = [p for p in kept if self._has_legal_suffix(p)]
        # Mail clients write the person first: "Anke Schmidt (River Polar)".
        return (with_suffix or kept)[-1]

    def _personish(self, text: str) -> bool:
        """A person's name, by the given-name table or by its shape next to a company."""
        return self.looks_like_person(text) or (
            self.shaped_like_person(text) and not self._has_legal_suffix(text)
        )

    def _person_joined(self, left: str, joiner: str) -> bool:
        """Whether the words before "at", "von", "de" are a person's ("Ana Ruiz de Acme").
        Romance names are themselves joined by "de" ("Cadena Fría del Sureste", "Autopartes
        Integrales de México"): there the shape of a name is not enough, a given name is."""
        if joiner.casefold() in _ROMANCE_JOINERS:
            return self.looks_like_person(left)
        if joiner.casefold() == "from" and _FIRST_NAME_ALONE.match(left):
            # "Franzi from Heimbox": one capitalised word before "from" is a writer's first
            # name, known or not ("News from Acme", "Greetings from Acme" are not).
            return left.casefold() not in _NOT_FIRST_NAMES
        return self._personish(left)

    def is_hiring_head(self, name: str) -> bool:
        """Whether a name is only the first words of a team's name: "Early" of a sign-off "Early
        Careers" read up to its hiring word."""
        return tuple(self.key(name).split()) in self.hiring_heads

    def _is_hiring_words(self, text: str) -> bool:
        tokens = tuple(self.key(text).split())
        return bool(tokens) and (
            tokens in self.hiring_suffixes or " ".join(tokens) in self.generic_keys
        )

    def _strip_hiring_words(self, text: str) -> str:
        """Drop "Recruiting Team" / "Talent Acquisition" words from either end of a name; a
        separator between them and the name ("Talent Acquisition | Acme") goes with them."""
        words = [word for word in text.split() if word.strip(_EDGE)]
        lowered = [strip_accents(w).casefold().strip(_EDGE) for w in words]
        kept = _drop_tail(lowered, self.hiring_suffixes, keep=1)
        words, lowered = words[: len(kept)], kept
        reversed_suffixes = _reversed(self.hiring_suffixes)
        kept = _drop_tail(lowered[::-1], reversed_suffixes, keep=1)
        words = words[len(lowered) - len(kept) :]
        return " ".join(words).strip(_EDGE)

    # -- people and senders -------------------------------------------------------------------

    def is_job_mailbox(self, address: str) -> bool:
        """``careers@``, ``jobs@``, ``talent.acquisition@``: a mailbox for hiring mail."""
        slot = ("job mailbox", address)
        if slot not in self._memo:
            local = address.partition("@")[0].lower()
            mailbox = (
                local in self.job_mailboxes or _LOCAL_PARTS.split(local, 1)[0] in self.job_mailboxes
            )
            self._remember(slot, "yes" if mailbox else None)
        return self._memo[slot] is not None

    def looks_like_person(self, name: str, address: str = "") -> bool:
        """Whether a name is a person's ("Jane Doe", "Doe, Jane"), not an employer's.

        With the sender's address, a name whose words appear in its local part is a person too
        ("Hanna Schmidt" <h.schmidt@...>), while "Solar Portugal" <rh@...> is not.
        """
        slot = ("person", name, address)
        if slot not in self._memo:
            self._remember(slot, "yes" if self._looks_like_person(name, address) else None)
        return self._memo[slot] is not None

    def _looks_like_person(self, name: str, address: str) -> bool:
        text = _VIA.sub("", name).strip(_EDGE)
        if not text or self.canonical(text):
            return False
        if "," in text:
            # "Kück, Frauke": company directories list the surname first
            last, _, first = text.partition(",")
            text = f"{first.strip()} {last.strip()}"
        if address and self.shaped_like_person(text):
            local = strip_accents(address.partition("@")[0]).casefold()
            words = [w.casefold().strip(_EDGE) for w in text.split()]
            # German mailboxes spell the umlaut out ("Kück" <f.kueck@...>)
            if any(
                len(w) >= 3 and (strip_accents(w) in local or w.translate(_UMLAUTS) in local)
                for w in words
            ):
                return True
        tokens = [t for t in re.split(r"[\s._]+", text) if t]
        if not 1 <= len(tokens) <= 4:
            return False
        lead = next((i for i, t in enumerate(tokens) if not t.isupper()), 0)
        if (
            lead
            and tokens[lead][:1].isupper()
            and all(len(t) >= 4 or t.casefold() in self.particles for t in tokens[:lead])
        ):
            # "MAURY Philippe", "LE GOFF Anne": French and Belgian directories list the surname
            # first, in capitals ("IBM France" is an acronym, not a surname)
            tokens = tokens[lead:] + tokens[:lead]
        if not all(_NAME_TOKEN.match(t) for t in tokens):
            return False
        first = strip_accents(tokens[0]).casefold().rstrip(".")
        # "Jean-Philippe Roy", "Anne-Marie Dubois": a double given name, every part a given
        # name ("Mercedes-Benz" is none)
        given = first in self.given_names or (
            "-" in first and all(part in self.given_names for part in first.split("-"))
        )
        # "Carolina Crest Medical Group", "Austin Regional Clinic": a place named like a person
        # and a word only organisations are named with
        return given and not self._is_hiring_words(text) and not self.has_organisation_word(text)

    def shaped_like_person(self, name: str) -> bool:
        """ "Hanna Schmidt", "Jean-Luc de la Cruz": two to four capitalised name words."""
        slot = ("person shape", name)
        if slot not in self._memo:
            tokens = _VIA.sub("", name).strip(_EDGE).split()
            words = [t for t in tokens if t.casefold() not in self.particles]
            shaped = (
                2 <= len(words) <= 4
                and all(_CAPITALISED.match(t) for t in words)
                and not self.has_organisation_word(" ".join(words))
            )
            self._remember(slot, "yes" if shaped else None)
        return self._memo[slot] is not None

    def matches_domain(self, name: str, domain: str) -> bool:
        """Whether a name and a mail domain are the same brand ("Lumen Labs", lumenlabs.io)."""
        label = self.domain_label(domain).replace("-", "")
        squashed = self.key(name).replace(" ", "")
        return len(label) >= 3 and bool(squashed) and (label in squashed or squashed in label)

    def has_organisation_word(self, name: str) -> bool:
        """Whether a name says what kind of organisation it is ("Hospital Ribera Norte")."""
        return any(
            strip_accents(word).casefold() in self.organisation_words
            for word in name.replace("-", " ").split()
        )

    def surname_in_address(self, part: str, address: str) -> bool:
        """Whether the "company" of a display pair is the writer's surname: "John de Vries"
        <jdevries77@gmail.com> is a person, "Ana de Nubank" <ana@nubank.com.br> a pair. The
        name is spelled in the mailbox and the domain is not that brand's."""
        local, _, domain = address.lower().partition("@")
        squashed = self.key(part).replace(" ", "")
        if len(squashed) < 3 or squashed not in _LOCAL_PARTS.sub("", local):
            return False
        return not (domain and self.matches_domain(part, domain))

    def has_hiring_words(self, name: str) -> bool:
        """Whether a display name says it is an organisation ("Acme Careers", "Acme GmbH")."""
        slot = ("hiring", name)
        if slot not in self._memo:
            # Separators alone do not count: "Sede Electrónica - Policía Nacional" loses its
            # dash in the stripping, not a hiring word.
            bare = " ".join(word for word in name.split() if word.strip(_EDGE)).strip(_EDGE)
            hiring = self._strip_hiring_words(name) != bare
            self._remember(slot, "yes" if hiring or self._has_legal_suffix(name) else None)
        return self._memo[slot] is not None

    def signs_as_team(self, name: str, text: str) -> bool:
        """Whether a line of the text is the name with hiring words around it ("Acme - Talent
        Team", "Equipo de Talento – Acme"): the mail signs as that company's hiring team."""
        wanted = self.key(name)
        if not wanted or name not in text:
            return False
        for line in text.splitlines():
            line = line.strip()
            if name in line and line != name and len(line) <= 80:
                if self.key(self._strip_hiring_words(line)) == wanted:
                    return True
        return False

    def has_legal_suffix(self, name: str) -> bool:
        """Whether a name ends with a legal form ("Acme S.L.", "Acme GmbH")."""
        return self._has_legal_suffix(name)

    def only_legal_form(self, name: str) -> bool:
        """Whether a name is a legal form and nothing else ("S.A. de C.V.", "GmbH"): what is
        left when a pattern cuts the name before its comma ("Acme, S.A. de C.V.")."""
        tokens = _fold_tokens(name)
        return bool(tokens) and not _drop_tail(tokens, self.legal_suffixes, keep=0)

    def _has_legal_suffix(self, name: str) -> bool:
        words = name.split()
        if words and _suffix_form(words[-1]) != strip_accents(_suffix_form(words[-1])):
            return False  # "Marcos Sá": a surname, not "SA"
        tokens = _fold_tokens(name)
        return len(_drop_tail(tokens, self.legal_suffixes, keep=1)) < len(tokens)

    def is_freemail(self, domain: str) -> bool:
        return domain.lower() in self.freemail

    def is_relay(self, address: str) -> bool:
        """A calendar or meeting service writing for someone else (Google Calendar, Zoom)."""
        address = address.lower()
        if address in self.relays:
            return True
        domain = address.rpartition("@")[2]
        while domain:
            if domain in self.relays:
                return True
            _, _, domain = domain.partition(".")
        return False

    def is_agency(self, *, domain: str = "", name: str = "") -> bool:
        """A staffing or search agency: a known one, or a domain that says so
        ("keystone-recruitment.co.uk", "hansetechpersonalberatung.de")."""
        if domain and self._agency_domain(domain.lower()):
            return True
        return bool(name) and self.key(name) in self.agency_keys

    def names_an_agency(self, name: str) -> bool:
        """A company name that says it is a staffing or search firm, as its domain would
        ("Brightlane Staffing Solutions", "Northstar Talent Partners")."""
        squashed = self.key(name).replace(" ", "")
        return bool(squashed) and (
            squashed in self.agency_keys
            or self.key(name) in self.agency_keys
            or any(word in squashed for word in self.agency_words)
            or _agency_ending(squashed, self.agency_endings)
        )

    def _agency_domain(self, domain: str) -> bool:
        slot = ("agency", domain)
        if slot not in self._memo:
            label = self.domain_label(domain)
            agency = _registrable(domain) in self.agency_domains or (
                bool(label)
                and (
                    any(word in label for word in self.agency_words)
                    or _agency_ending(label.replace("-", ""), self.agency_endings)
                    or label.rpartition("-")[2] in _AGENCY_SEGMENTS
                )
            )
            self._remember(slot, "yes" if agency else None)
        return self._memo[slot] is not None

    def domain_label(self, domain: str) -> str:
        """The brand part of a mail domain: "careers.stripe.com" -> "stripe"."""
        slot = ("domain label", domain)
        label = self._memo.get(slot)
        if label is None:
            registrable = _registrable(domain.lower().strip("."))
            labels = registrable.split(".")
            reserved = registrable in _RESERVED_DOMAINS or labels[0] in _RESERVED_TLDS
            label = "" if reserved else labels[0]
            self._remember(slot, label)
        return label

    def company_for_domain(self, domain: str) -> str | None:
        """An employer name from its own mail domain ("careers.stripe.com" -> "Stripe")."""
        domain = domain.lower().strip(".")
        if not domain or self.is_freemail(domain) or is_reserved_domain(domain):
            return None
        for candidate in (domain, _registrable(domain)):
            if candidate in self.domain_companies:
                return self.domain_companies[candidate]
        label = self.domain_label(domain)
        if len(label) < 2 or label in _MAIL_SUBDOMAINS:
            return None
        words = brand_of_label(label).replace("_", "-").split("-")
        return " ".join(w.capitalize() if len(w) > 3 else w.upper() for w in words if w)


def brand_of_label(label: str) -> str:
    """A domain or slug label without the words a startup glues to its brand ("runwell-hq",
    "trybrindle"); a label that would keep too little of itself stays whole ("getty")."""
    for suffix in _BRAND_SUFFIXES:
        rest = label.removesuffix(suffix).rstrip("-")
        if rest != label and len(rest) >= 4:
            return rest
    for prefix in _BRAND_PREFIXES:
        rest = label.removeprefix(prefix).lstrip("-")
        if rest != label and len(rest) >= 5:
            return rest
    return label


def written_brands(label: str) -> tuple[str, ...]:
    """Brands a label may stand for once the mail writes them: the label without a word glued
    before it ("motion" of "usemotion", "orbit" of "heyorbit")."""
    rests = (label.removeprefix(prefix).lstrip("-") for prefix in _WRITTEN_BRAND_PREFIXES)
    return tuple(rest for rest in rests if rest != label and len(rest) >= 4)


def _strip_noise(text: str) -> str:
    """ "with Brown Biosciences Inc.'s" -> "Brown Biosciences Inc."."""
    words = text.split()
    while len(words) > 1 and words[0] in _LEADING_NOISE:
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return " ".join(words).strip(_EDGE)


def _is_via(text: str) -> bool:
    return text.lower().startswith(("via ", "über ", "through "))


def _fold_tokens(name: str) -> list[str]:
    text = strip_accents(name).casefold().replace("&", " and ").replace("+", " and ")
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).split()


def name_key(name: str, legal_suffixes: tuple[tuple[str, ...], ...]) -> str:
    tokens = _drop_tail(_fold_tokens(name), legal_suffixes, keep=1)
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _registrable(domain: str) -> str:
    labels = domain.split(".")
    if len(labels) >= 4 and labels[-2] == "sch":
        return ".".join(labels[-4:])  # a British school under its authority: "acme.leeds.sch.uk"
    public = len(labels) >= 3 and labels[-2] in _PUBLIC_SECOND_LEVEL
    if labels[-1] in _RESERVED_TLDS:
        # made-up mail writes a country's second levels under .example too ("severn.ac.example"
        # for "severn.ac.uk")
        if public or (len(labels) >= 3 and labels[-2] in _TWO_LEVEL):
            return ".".join(labels[-3:])
        return ".".join(labels[-2:]) if len(labels) >= 2 else ""
    if len(labels) >= 3 and ".".join(labels[-2:]) in _RESERVED_DOMAINS:
        return ".".join(labels[-3:])  # "acme.example.com": "acme" stands for the brand
    if public and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    if len(labels) >= 3 and labels[-2] in _TWO_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_reserved_domain(domain: str) -> bool:
    """Documentation and test domains (RFC 2606, RFC 6761) that name nobody: example.com and
    its kin, the special-use names, and a generic label under .example / .test ("corp.test").
    A brand under those ("acme.example") stands for that brand's own domain, as examples and
    made-up mail use it, and reads like "acme.com"."""
    labels = domain.lower().strip(".").split(".")
    if ".".join(labels[-2:]) in _RESERVED_DOMAINS:
        return True
    if labels[-1] not in _RESERVED_TLDS:
        return False
    return labels[-1] not in _BRAND_TLDS or len(labels) < 2 or labels[-2] in _MAIL_SUBDOMAINS


def _drop_tail(
    tokens: list[str], suffixes: tuple[tuple[str, ...], ...], *, keep: int, fold: bool = False
) -> list[str]:
    """Drop any run of the given suffixes from the end, keeping at least ``keep`` tokens."""
    compare = [_suffix_form(t) for t in tokens] if fold else tokens
    by_last = _index(suffixes)
    end = len(tokens)
    while end > keep and compare[end - 1] in by_last:
        for suffix in by_last[compare[end - 1]]:
            n = len(suffix)
            if end - n >= keep and tuple(compare[end - n : end]) == suffix:
                end -= n
                break
        else:
            break
    return tokens[:end]


def _suffix_form(token: str) -> str:
    """``token`` as a legal form would be spelled. No legal form written as one word ends in
    an accented letter ("S.à r.l." has its dots), so a surname like the Portuguese "Sá" stays
    itself and is never read as "SA"."""
    word = token.casefold().strip(_EDGE)
    if word.isalpha() and strip_accents(word[-1]) != word[-1]:
        return word
    return strip_accents(word)


@lru_cache(maxsize=8)
def _reversed(suffixes: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(suffix[::-1] for suffix in suffixes)


@lru_cache(maxsize=8)
def _index(suffixes: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Suffixes by their last word, longest first: most names end in no suffix at all."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for suffix in sorted(suffixes, key=len, reverse=True):
        index.setdefault(suffix[-1], []).append(suffix)
    return index


def _fix_shouting(text: str) -> str:
    """ "ACME" -> "Acme" when the whole name is upper case; "IBM", "HSBC" stay."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return text
    words = []
    for i, word in enumerate(text.split()):
        vowels = sum(c in "AEIOUÁÉÍÓÚÀÈÂÊÔÃÕÄÖÜY" for c in word)
        if word.casefold() in _SHOUTED_PARTICLES:
            # "FLORES DE LA SABANA": "Flores de la Sabana"
            words.append(word.casefold() if i else word.capitalize())
            continue
        # "EMSC", "CPTM": a name of one short word with one vowel is spelled letter by letter
        spelled = " " not in text and len(word) <= _SPELLED_MAX and vowels <= 1
        words.append(word.capitalize() if len(word) >= 4 and vowels and not spelled else word)
    return " ".join(words)


_SPELLED_MAX = 5


_SHOUTED_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "das", "des", "du", "et"}
)


_TRADE_JOINERS = frozenset({"de", "e", "do", "da", "dos", "das"})  # "Indústria e Comércio de"


def _token_tuples(items: list[str]) -> tuple[tuple[str, ...], ...]:
    tuples: set[tuple[str, ...]] = set()
    for item in items:
        folded = strip_accents(item).casefold()
        tuples.add(tuple(folded.split()))
        tuples.add(tuple(_SPACES.sub(" ", _PUNCT.sub(" ", folded)).split()))
        tuples.add(tuple(_fold_tokens(item)))
    return tuple(sorted((t for t in tuples if t), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_name_book() -> NameBook:
    companies = load_toml("companies.toml")
    domains = load_toml("domains.toml")
    people = load_toml("people.toml")
    legal = _token_tuples(string_list(companies, "legal_suffixes", "companies.toml"))
    aliases: dict[str, str] = {}
    domain_companies: dict[str, str] = {}
    for entry in companies.get("company", []):
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name:
            raise ConfigError("companies.toml: every [[company]] needs a 'name'")
        for alias in [name, *string_list(entry, "aliases", f"companies.toml ({name})")]:
            aliases[name_key(alias, legal)] = name
        for domain in string_list(entry, "domains", f"companies.toml ({name})"):
            domain_companies[domain.lower()] = name
    agencies = string_list(domains, "agency_names", "domains.toml")
    generic = string_list(people, "generic_senders", "people.toml")
    given = string_list(people, "given_names", "people.toml")
    hiring = _token_tuples(string_list(companies, "hiring_suffixes", "companies.toml"))
    return NameBook(
        legal_suffixes=legal,
        hiring_suffixes=hiring,
        hiring_heads=frozenset(s[:n] for s in hiring for n in range(1, len(s))),
        aliases=aliases,
        domain_companies=domain_companies,
        freemail=frozenset(string_list(domains, "freemail", "domains.toml")),
        agency_domains=frozenset(string_list(domains, "agency_domains", "domains.toml")),
        agency_words=tuple(string_list(domains, "agency_domain_words", "domains.toml")),
        agency_endings=tuple(string_list(domains, "agency_domain_endings", "domains.toml")),
        agency_keys=frozenset(name_key(n, legal) for n in agencies),
        given_names=frozenset(strip_accents(n).casefold() for n in given),
        particles=frozenset(string_list(people, "particles", "people.toml")),
        generic_keys=frozenset(name_key(n, legal) for n in generic),
        job_mailboxes=frozenset(string_list(domains, "job_mailboxes", "domains.toml")),
        relays=frozenset(s.lower() for s in string_list(domains, "relay_senders", "domains.toml")),
        department_words=frozenset(
            name_key(w, ()) for w in string_list(companies, "department_words", "companies.toml")
        ),
        places=frozenset(
            name_key(w, ()) for w in string_list(companies, "place_names", "companies.toml")
        ),
        organisation_words=frozenset(
            strip_accents(w).casefold()
            for w in string_list(companies, "organisation_words", "companies.toml")
        ),
        trade_words=frozenset(
            w.casefold() for w in string_list(companies, "registered_trade_words", "companies.toml")
        ),
    )
