"""Job title and requisition id, from subject and body templates and from job links."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from jobtracker.classifiers.rules.registry import JobLink
from jobtracker.classifiers.rules.resources import load_toml, string_list
from jobtracker.classifiers.rules.templates import Extract

_GENDER = re.compile(
    r"\s*[(\[]\s*(?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\s*[)\]]|\s*[(\[]\s*(?:all genders?|tous genres"
    r"|todos los g[ée]neros|todos os g[êe]neros|gn|m/w/d|w/m/d|f/m/d|m/f/d|h/f|f/h)\s*[)\]]",
    re.IGNORECASE,
)
_TRAILING_ID = re.compile(
    r"\s*[(\[#]\s*(?:req(?:uisition)?\.?\s*(?:id)?[:#]?\s*|job\s*id[:#]?\s*|ref\.?[:#]?\s*)?"
    r"(?P<id>[A-Z]{0,4}[-_]?\d{3,}[A-Za-z0-9-]*)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# ", ID 58213", ", Ref. AB-1234" after a title.
_COMMA_ID = re.compile(
    r"\s*,\s*(?:req(?:uisition)?|job\s*id|id|ref)\.?\s*[:#]?\s*[A-Z]{0,4}[-_]?\d{3,}[A-Za-z0-9-]*\s*$",
    re.IGNORECASE,
)
_NOT_A_TITLE = re.compile(
    r"\b(?:you|your|we|our|us|thank|thanks|please|application|apply|interest|received"
    r"|unfortunately|update|status|next steps|bewerbung|ihre|deine|candidature|votre"
    r"|candidatura|tu|sua|seu|solicitud|this|that|here|http|uma|um|una|une|eine|einen|einem)\b",
    re.IGNORECASE,
)
# "applied" is the sentence about an application ("you applied", "Applied: Data Analyst"); a
# capitalised "Applied" before another capitalised word is a title's field ("Applied Scientist",
# "ML Engineer, Applied Research").
_APPLIED_VERB = re.compile(r"\bapplied\b|\bAPPLIED\b|\bApplied\b(?!\s+[A-Z])")
_EDGE = " \t\r\n\"'“”«»‘’,.;:!?-–—|*_"
# A title followed by a dash or bar and words about the hiring process: "Security Engineer –
# nächste Runde", "Data Analyst | Interview invitation". The tail is cut, the title kept; a tail
# naming a place or team ("Data Engineer - Berlin") stays.
_PROCESS_TAIL = re.compile(
    r"\s+[-–—|]\s+[^-–—|]*?\b(?:round|runde|next|n[äa]chste[rn]?|step|schritt|[ée]tape|etapa"
    r"|paso|interview|entretien|entrevista|gespr[äa]ch|invitation|einladung|update|status"
    r"|assessment|offer|angebot|oferta|offre|decision|entscheidung|feedback)\b.*$",
    re.IGNORECASE,
)
# Words about the hiring process before a dash or colon: "Interview availability – Data
# Engineer", "Case study: Data Analyst". The title after it is kept.
_PROCESS_HEAD = re.compile(
    r"^[^-–—|:]*?\b(?:interview|entretien|entrevista|gespr[äa]ch|availability|verf[üu]gbarkeit"
    r"|disponibilit[ée]|disponibilidad|disponibilidade|assessment|schedule|scheduling)\b"
    r"[^-–—|:]*?\s*[-–—|:]\s+(?=\S)",
    re.IGNORECASE,
)
# A word for a post before the title itself, in a recruiter's subject: "Posición Operations
# Manager", "Nueva vacante Jefe/a de Cocina" (the title starts with a capital).
_POST_WORD = re.compile(
    r"^(?i:(?:nueva|nuevo|nova|novo|new|nouveau|nouvelle|neue)\s+)?"
    r"(?i:posición|posição|vacante|vaga|poste|puesto|stelle)\s+(?=[A-ZÀ-Ý])"
)
_LEADING = re.compile(
    r"^(?:(?:the|a|an|der|die|das|le|la|l'|el|o|a)\s+)?(?:(?:position|role|post|job|stelle|poste"
    r"|puesto|posición|vacante|vaga|cargo|posição|mission|misión|missão)\s+(?:of|as|als|de|d'|du)\s+)?",
    re.IGNORECASE,
)


def _never(text: str) -> bool:
    return False


# What a subject adds after a title: "Data Engineer (Acme)", "Data Engineer - Acme", "Data
# Engineer, Acme" (the company, where a team would be: "Backend Engineer, Payments").
# "UX Designer für Paketfuchs" (a group's mail naming the brand): cut only when it is the employer
_TAIL = re.compile(
    r"\s*\(([^()]{2,60})\)\s*$|(?:\s+(?:[-–—|@]|at|bei|chez|für|for)|\s*,)\s+([^-–—|@,]{2,60}?)\s*$"
)


def find_role(
    extracts: Iterable[Extract],
    links: Iterable[JobLink],
    *,
    names_company: Callable[[str], bool] = _never,
    stages: frozenset[str] = frozenset(),
    names_place: Callable[[str], bool] = _never,
) -> tuple[str, str] | None:
    """``(role, quote)`` from the first template that captured a believable title.

    A capture that is a company (``names_company``: the mail's employer, a known company, a
    person) or the name of a hiring step ("Entrevista técnica") is no title; a company named
    after a title ("Data Engineer (Acme)") is cut off. A short title another template read
    with its field after a comma is taken whole (:func:`_fuller`).
    """
    extracts = iter(extracts)
    for extract in extracts:
        if extract.role:
            role = clean_role(extract.role)
            tail = _TAIL.search(role) if role else None
            if role and tail and names_company(tail.group(1) or tail.group(2)):
                role = clean_role(role[: tail.start()])
            elif role and " de" in role:
                role = _without_employer(role, names_company)
            if not role or role.casefold() in stages or names_company(role):
                continue
            if len(role.split()) <= _SHORT_TITLE:
                role = _fuller(role, extracts, names_company)
            elif ", " in role:
                role = _shorter(role, extracts, names_place)
            if role[0].islower() and is_title_word(role.split(maxsplit=1)[0].split("(")[0]):
                role = role[0].upper() + role[1:]  # "analyste en ..." in a French subject
            return role, extract.role
    for link in links:
        if link.title:
            role = clean_role(_unslug(link.title))
            if role:
                return role, link.url
    return None


# "Analista de Mercadeo Digital de Alimentos Cordillera S.A.S." (a board's "la oferta <title>
# de <empresa>"): the employer after the title's own "de"s.
_OF = re.compile(r"\s+(?:de|del|da|do|du)\s+")


def _without_employer(role: str, names_company: Callable[[str], bool]) -> str:
    for found in _OF.finditer(role):
        if found.start() and names_company(role[found.end() :]):
            return clean_role(role[: found.start()]) or role
    return role


_QUALIFIER_WORDS = 4
_SHORT_TITLE = 2  # "Analyste", "Conseiller principal": a title a comma may have cut


def _fuller(role: str, rest: Iterable[Extract], names_company: Callable[[str], bool]) -> str:
    """The title a later template read with its qualifier after a comma: a sentence template
    stops at the comma of "Analyste, planification stratégique" (Canadian French and English
    postings name the field so), a line or subject template reads it whole."""
    for extract in rest:
        if not extract.role or not extract.role.startswith(role + ","):
            continue
        fuller = clean_role(extract.role)
        qualifier = fuller[len(role) + 2 :] if fuller else ""
        if fuller and fuller.startswith(role + ", ") and not names_company(qualifier):
            if len(qualifier.split()) <= _QUALIFIER_WORDS:
                return fuller
    return role


def _shorter(role: str, rest: Iterable[Extract], names_place: Callable[[str], bool]) -> str:
    """The title without what a subject added after its comma, when the mail writes it so
    elsewhere and writes the rest as a place ("Interview - Finance Analyst, Leeds" over a
    body's "for the Finance Analyst role ... in Leeds"): the town, or the brand a group
    recruits for ("at Acme Lodges"), is no part of the title; a team is ("Backend
    Engineer, Payments")."""
    head = role.rpartition(", ")[0]
    if len(head.split()) < _SHORT_TITLE or not looks_like_title(head) or not names_place(role):
        return role
    want = head.casefold()
    for extract in rest:
        if extract.role and extract.role.startswith(head[:3]):
            other = clean_role(extract.role)
            if other and other.casefold() == want:
                return head
    return role


def find_requisition(extracts: Iterable[Extract], links: Iterable[JobLink]) -> str | None:
    for extract in extracts:
        if extract.req:
            return extract.req.strip(_EDGE).upper()
        if extract.role:
            trailing = _TRAILING_ID.search(extract.role)
            if trailing and any(c.isdigit() for c in trailing.group("id")):
                return trailing.group("id").upper()
    for link in links:
        if link.req:
            return link.req.upper()
    return None


# A gender tag ends a title (DE, FR, ES postings): what follows is the sentence going on.
_GENDER_AND_TAIL = re.compile(
    r"\s*(?:[(\[]\s*)?\b(?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\b\s*(?:[)\]])?(?=\s|$).*$",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_ID = re.compile(r"^\s*[A-Z]{0,4}[-_]?\d[\d-]{2,}[A-Z0-9-]*\s*[-–:|]\s+", re.IGNORECASE)
# "la posición R-0045821 Senior de Impuestos": a requisition id the title follows without a dash
_LEADING_REQ = re.compile(r"^\s*[A-Z]{1,4}-\d{4,}[A-Z0-9-]*\s+(?=[A-ZÀ-Ý])")
_DASHED_ID = re.compile(r"\s+[-–|]\s+[A-Z]{0,4}[-_]?\d{3,}[A-Z0-9-]*\s*$", re.IGNORECASE)
_ONLY_ID = re.compile(r"[A-Z]{0,4}[-_ ]?\d[\d-]*[A-Z0-9-]*", re.IGNORECASE)
_STEP_PREFIX = re.compile(
    r"^(?:confirmed|scheduled|rescheduled|updated|invitation|invite|reminder|request|details"
    r"|bestätigt|confirmée?|confirmada|confirmado|convite|convocatória)\s*:\s*",
    re.IGNORECASE,
)
# A calendar event named "Entrevista Eng. de Processos": the step, then the title ("Interview"
# stays: "Interview Coordinator" is a title).
_INTERVIEW_LEAD = re.compile(
    r"^(?i:entrevista|entretien|entrevue|vorstellungsgespräch)\s+(?=[A-ZÀ-Ý])"
)
# "(San Francisco, CA)", "(Remote)": a place, not part of the title ("(iOS)" is).
_PLACE_IN_PARENS = re.compile(
    r"\s*\((?:[^()]*,[^()]*|remote|hybrid|on-?site|remoto|híbrido|télétravail)\)\s*$",
    re.IGNORECASE,
)
# "(turnos)", "(turno de tarde)", "(part-time)", "(Teilzeit)", "(CDD)": the hours or the contract
# of the post, not its title.
_TERMS_IN_PARENS = re.compile(
    r"\s*\((?:turnos?(?: de \w+)?|(?:night |day )?shifts?|part[- ]time|full[- ]time|tiempo parcial"
    r"|tiempo completo|media jornada|jornada completa|meio per[ií]odo|per[ií]odo integral|temporal"
    r"|tempor[aá]ri[oa]|contract|contrato(?: \w+)?|cdd|cdi|teilzeit|vollzeit|befristet|unbefristet"
    r"|temps partiel|temps plein)\)\s*$",
    re.IGNORECASE,
)
# "(Grade 9)", "(Band 7)", "(NHS Band 8a)", "(Scale 6)": the pay grade a British council, NHS
# trust or university posts a job at, not part of its title.
_GRADE_IN_PARENS = re.compile(
    r"\s*\((?:nhs |pay |salary )?(?:grade|band|scale|spinal point)\s*[a-z0-9]{1,3}\)\s*$",
    re.IGNORECASE,
)
# "Job reference: AB-F0412", "Vacancy ref 12345", Portuguese "Ref.ª MF-55120" in a subject
# where a title would be: a reference number, not a title.
_LABELLED_ID = re.compile(
    r"(?:^|\s+[-–|]\s+|\s*,\s*)(?:job |vacancy |post )?(?:reference|ref\.?ª?)(?: no\.?| number)?"
    r"\s*[:#]?\s*[A-Z]{0,6}[-_]?[A-Z0-9-]*\d[A-Z0-9-]*\s*$",
    re.IGNORECASE,
)
# A reference cut short where a title would be ("Ref.ª MF" of "Ref.ª MF-55120"): abbreviated,
# with its dot, never the start of a title ("Reference Librarian" is one).
_ADVERTISED = re.compile(r"\s+(?:publicad[oa]|anunciad[oa]|divulgad[oa]|publicitad[oa])$", re.I)
_REFERENCE_LEAD = re.compile(r"(?:ref\.ª?|refª|req\.|n\.º)\s", re.IGNORECASE)
# A label and its number where a title would be: "Kennziffer 51/0412/25", "Job ID 231845",
# (s28) "Kennzahl IGV-25-0412"
_LABEL_AND_ID = re.compile(
    r"(?:kennziffer|kennzahl|stellenangebot-?id|ausschreibung(?:snummer)?(?: nr\.?)?|job id"
    r"|job number|requisition(?: id)?|réf\.?|référence|referencia|requisición|n°|nº)"
    r"\s*[:#]?\s*\S*\d\S*",
    re.IGNORECASE,
)
# "(Curitiba/PR)", "(São Paulo / SP)": a Brazilian city and its state, a place.
_BR_PLACE_IN_PARENS = re.compile(
    r"\s*\([^()/]{2,40}?\s?/\s?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO"
    r"|RR|SC|SP|SE|TO)\)\s*$"
)
_DATE_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes"
    r"|miércoles|jueves|viernes|segunda-feira|terça-feira|quarta-feira|quinta-feira"
    r"|sexta-feira|january|february|march|april|june|july|august|september|october|november"
    r"|december)\b",
    re.IGNORECASE,
)


# A title written in both genders, the second after a slash: "Coordonnateur/coordonnatrice de
# la planification", "Conseiller/Conseillère", "Vendedor/Vendedora" (Canadian French job banks
# and Iberian postings). The first form names the title; "Frontend/Backend" stays.
_DOUBLE_FORM = re.compile(r"\b(\w{4,})/(\w{4,})\b")
# Québec's epicene postings write both forms with "ou": "Développeuse ou développeur BI",
# "Agente ou agent de planification" (public bodies, Crown corporations). The first names it.
_OR_FORM = re.compile(r"\b(\w{4,}) ou (\w{4,})\b")
_SHARED_STEM = 4


def _one_form(found: re.Match[str]) -> str:
    first, second = found.group(1), found.group(2)
    same = first[:_SHARED_STEM].casefold() == second[:_SHARED_STEM].casefold()
    return first if same else found.group()


@lru_cache(maxsize=8192)
def clean_role(raw: str) -> str | None:
    role = _GENDER.sub("", _COMMA_ID.sub("", raw))
    if "/" in role:
        role = _DOUBLE_FORM.sub(_one_form, role)
    if " ou " in role:
        role = _OR_FORM.sub(_one_form, role)
    role = _GENDER_AND_TAIL.sub("", role)
    role = _PROCESS_TAIL.sub("", role)
    role = _PROCESS_HEAD.sub("", role)
    role = _TRAILING_ID.sub("", role)
    role = _DASHED_ID.sub("", role)
    role = _LEADING_REQ.sub("", _LEADING_ID.sub("", role))
    role = _STEP_PREFIX.sub("", role.strip())
    if role[:1] in "EeVv":
        role = _INTERVIEW_LEAD.sub("", role)
    role = _PLACE_IN_PARENS.sub("", role)
    if ")" in role:
        role = _GRADE_IN_PARENS.sub("", _TERMS_IN_PARENS.sub("", role))
    if "ref" in role.casefold():
        role = _LABELLED_ID.sub("", role)
    if "/" in role:
        role = _BR_PLACE_IN_PARENS.sub("", role)
    role = re.sub(r"\s+", " ", role).strip(_EDGE)
    if _ONLY_ID.fullmatch(role) or _DATE_WORDS.match(role) or _REFERENCE_LEAD.match(role):
        return None
    if _LABEL_AND_ID.fullmatch(role):
        return None
    role = _LEADING.sub("", role)
    role = _POST_WORD.sub("", role)
    # "a vaga de Técnico(a) de Obra publicada no Net-Empregos": where the ad ran, not the title
    role = _ADVERTISED.sub("", role)
    role = re.sub(
        r"\s+(?:position|role|job|post|opening|vacancy|opportunity|stelle|poste|puesto|vaga)$",
        "",
        role,
        flags=re.IGNORECASE,
    )
    if not 2 <= len(role) <= 90 or len(role.split()) > 10:
        return None
    if _NOT_A_TITLE.search(role) or _APPLIED_VERB.search(role):
        return None
    if not any(c.isalpha() for c in role):
        return None
    if role.casefold() in _ROLE_QUALIFIERS:
        return None  # "in your current role", "the new position": no title at all
    if _GENERIC_POSTS.fullmatch(role) or _TERMS_ONLY.fullmatch(role):
        return None  # "applying for future vacancies with the Council": no post at all
    return role


# Posts in the plural after a word of kind: a rejection's "we hope you will apply for future
# vacancies", "other roles", "suitable opportunities".
_GENERIC_POSTS = re.compile(
    r"(?:future|other|similar|suitable|further|upcoming|relevant|new|more|open|current|all"
    r"|any) (?:vacancies|positions|roles|jobs|opportunities|openings|posts)",
    re.IGNORECASE,
)


# The terms of a post pointed at, no title: "your interest in the below contract opportunity",
# "the above permanent role" (a staffing agency's mail with the details in a list below).
_TERMS_ONLY = re.compile(
    r"(?:(?:below|above|above-mentioned|aforementioned|following|advertised|said) )?(?:contract"
    r"|permanent|temporary|temp|interim|freelance|fixed-term|full-time|part-time|remote|hybrid"
    r"|contract-to-hire|temp-to-perm)",
    re.IGNORECASE,
)


# Words that stand before "role" or "position" without naming a job.
_ROLE_QUALIFIERS = frozenset(
    {
        "current", "previous", "new", "future", "last", "next", "own", "dream", "former",
        "present", "same", "other", "different", "similar", "first", "ideal", "key", "right",
        "above", "above-mentioned", "aforementioned", "said", "advertised", "mentioned",
        "perfect", "exciting", "open", "this", "that", "actual", "aktuellen", "aktuelle",
        "jetzigen", "neue", "neuen", "actuel", "nouveau", "nouvelle", "nuevo",
        "nueva", "atual", "novo", "nova", "suivant", "suivante", "ci-dessous", "ci-après",
        "following", "below", "siguiente", "seguinte",
        # "poste de travail", "puesto de trabajo", "posto de trabalho": a desk, no title
        "travail", "trabajo", "trabalho",
        # "fique à vontade para se candidatar a outras vagas da Tupã Games": no title
        "outras vagas", "otras vacantes", "otras ofertas", "outras oportunidades", "other roles",
        "other positions", "other openings", "autres postes", "autres offres", "andere stellen",
        # an article left alone where a template's optional article gave way ("for the\n"),
        # and the word for a post itself ("you applied for a role at Acme")
        "the", "a", "an", "role", "position", "job", "post", "opening", "vacancy", "stelle",
        "poste", "puesto", "vaga", "cargo", "posición", "posição",
    }
)  # fmt: skip


_SMALL_WORDS = frozenset({"of", "and", "in", "for", "the", "de", "la", "y", "e", "da", "do", "und"})


def _unslug(slug: str) -> str:
    text = re.sub(r"[-_+]+", " ", slug).strip()
    if not text.islower():
        return text
    words = []
    for word in text.split():
        if word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(word.upper() if len(word) <= 2 else word.capitalize())
    return " ".join(words)


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words = [
        w.casefold() for w in string_list(load_toml("roles.toml"), "title_words", "roles.toml")
    ]
    compounds = tuple(w for w in words if len(w) >= 7 and w.isalpha())
    return frozenset(words), compounds


def is_title_word(word: str) -> bool:
    """Whether a word is one titles are made of ("analyste", "consultor", "manager")."""
    return word.casefold() in _title_words()[0]


# the marks postings put after a title; Belgium's in French and Dutch: "(h/f/x)", "(m/v/x)"
_BARE_MARKS = (
    "m/w/d", "w/m/d", "m/f/d", "f/m/d", "d/m/w", "h/f", "f/h", "m/w", "w/m", "h/m",
    "h/f/x", "f/h/x", "m/f/x", "f/m/x", "m/v/x", "v/m/x", "m/v", "m/f", "f/m", "m/w/x",
)  # fmt: skip
_GENDER_MARKS = frozenset(mark for bare in _BARE_MARKS for mark in (bare, f"({bare})", f"[{bare}]"))


def ends_with_gender_mark(text: str) -> bool:
    """Whether a line ends with the gender mark postings put after a title ("Chargé RH H/F",
    "Prüfingenieur (m/w/d)")."""
    tokens = text.casefold().split()
    return bool(tokens) and tokens[-1] in _GENDER_MARKS


def looks_like_title(text: str) -> bool:
    """Whether a phrase reads as a job title ("Senior Data Engineer", "Softwareentwickler")."""
    words, compounds = _title_words()
    tokens = text.casefold().split()
    if not tokens:
        return False
    if any(token in _GENDER_MARKS for token in tokens):
        return True  # "Responsable RH (H/F)", "Chargé RH H/F", "Prüfingenieur m/w/d"
    last = tokens[-1].strip(",.;:!?")
    return last in words or (len(tokens) <= 4 and last.endswith(compounds))
