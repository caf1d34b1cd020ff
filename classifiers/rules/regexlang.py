"""The small phrase syntax of the data files, turned into Python regular expressions.

Phrases are written in lower case. A space stands for any run of white space, and ``’`` for any
apostrophe (texts are folded to ``'`` before matching). ``{ORG}`` and ``{ROLE}`` in extraction
templates stand for an employer name and a job title with sensible stops.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_META = set("\\.^$*+?{}[]|()")
_QUANTIFIERS = set("?*+{")

_ORG_STOP = (
    r"\s+(?:for|and|as|at|with|from|by|is|has|have|had|we|on|to|in|via|where|who|which|that|team"
    r"|about|regarding|would|will|are|was|were|recruiting|recruitment|talent|hiring|people|careers"
    r"|directly|mientras|enquanto|meanwhile|zwischenzeitlich"
    r"|hr|und|als|bei|ist|hat|wir|pour|chez|et|est|para|y|es|ha|e|é|tem|nós|nous|na|no|nas|nos|em|à|au"
    # "die Acme GmbH aus Kassel", "Acme GmbH mit Sitz in Fulda", "Acme GmbH im Chemiepark": the
    # town or the site after the name
    r"|aus|mit|im"
    r"|sie|dich|ihnen|dir|euch|gerne|gern|möchte|möchten|würde|würden|lädt|sucht|en)\b"
    # "für" ends a name unless a public body's or institution's kind comes before it
    # ("Bundesamt für Statistik", "Universität für Bodenkultur", "Stiftung für Kunst")
    r"|(?<!amt)(?<!ität)(?<!schule)(?<!institut)(?<!ministerium)(?<!zentrum)(?<!stiftung)"
    r"(?<!gesellschaft)(?<!akademie)(?<!agentur)(?<!behörde)(?<!anstalt)(?<!kammer)"
    r"(?<!verband)(?<!referat)(?<!fonds)(?<!zentrale)\s+für\b"
    # a name stops at a full stop, except the one of "GmbH & Co. KG" and of an abbreviation
    # that begins a name ("Gebr. Lüttke GmbH" for Gebrüder, "Dr. Hahn AG", "St. Josef-Stift")
    r"|\s+[-–|]|,(?:\s|$)|(?<!\bgebr)(?<!\bdr)(?<!\bst)\.(?:\s|$)(?!(?<=\bco\.\s)kg\b)"
)
# A team after a comma belongs to the title ("Backend Engineer, Payments role at", "Ingénieur,
# Paiements chez"): one to three words that are not a sentence going on, then a word that ends
# a title (role, at, bei, chez, a bracket or a dash).
_TEAM = (
    r"\s+(?!(?:and|but|so|we|our|i|you|your|thanks?|please|which|who|that|the|und|aber|wir|ich"
    r"|sie|du|et|mais|nous|je|vous|y|pero|e|mas|nós|eu|que|qui|dass|para|pour|bei|at"
    # a day after the comma is the meeting's: "Contrôleuse de gestion, mercredi prochain à 15h"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|segunda|terça|quarta|quinta|sexta|demain|mañana|amanhã)\b)"
    r"[^\s,.!?;:()]+(?:\s+[^\s,.!?;:()]+){0,2}"
    r"(?:\s+(?:role|position|job|opening|vacancy|team|at|with|bei|im|am|als|chez|au|à|dans"
    r"|en|na|no|em|and|und|et|y|e)\b|\s*\(|\s+[-–|])"
)
# The abbreviations titles are written with: their dot is no sentence's end (never one that
# may end a title, as the Spanish "Desarrollador Backend Sr.").
_ABBREVIATED = "".join(
    rf"(?<!\b{word})"
    for word in (
        "dipl", "eidg", "ing", "mag", "techn", "kfm", "kffr", "päd", "lic", "univ", "prof", "dr",
    )
)  # fmt: skip

_ROLE_STOP = (
    r"\s+(?:at|with|in|for|position|role|job|opening|vacancy|opportunity|internship|has|was|is"
    # s27: a recorded interview's deadline after the title: "interview for <title> expires on"
    r"|expires|expired|expire"
    # "Especialista em CRM", "Especialista en Performance": the field, not the employer
    # ... and "Conseiller(ère) en planification": after a gendered ending, the field
    r"|bei|chez|na|no|(?<!especialista\s)(?<!\)\s)en|(?<!est.gio\s)(?<!estagi.ri.\s)(?<!especialista\s)em"
    r"|dans|wurde|ist|hat|bzw|ref|req|requisition|stelle|poste|puesto"
    r"|vaga|cargo|a\s+été|ha\s+sido|foi|im|am|auprès|machen|anbieten|unterbreiten|zu|zum|zur"
    r"|beworben|entschieden|interessiert|haben|hast|sein|werden|que|qui|dont"
    # "pour le poste 2500734 passe à l'étape suivante": the sentence's verb
    r"|passe\s+à|passé\s+à"
    # a board's sentence going on after the title: "... als Planer (m/w/d) geöffnet"
    r"|angesehen|angeschaut|geöffnet|gelesen|gesichtet|aufgerufen|übermittelt|versendet|gesendet"
    # "le poste d'adjoint est un CDI": French "is", not the "Est" of a region ("Grand Est")
    r"|est\s+(?:un|une|le|la|les|à|au|en|basée?|situé|ouvert|pourvu|toujours|désormais)"
    r"|n'(?:a|ont|est|sont|était|sera)"  # "au poste d'assistant n'a pas été retenue"
    r"|da empresa|de la empresa|de l'entreprise|de la société|der firma"
    # a recruiter's unnamed client after the title: "posição de X para um grupo hoteleiro",
    # "un poste de Pharmacien Responsable pour une ETI"
    r"|para\s+(?:um|uma|un|una)|pour\s+(?:un|une|le|la|les|l'|notre|nos|des|son|sa|leurs?))\b"
    # a full stop ends the title, not the dot of an abbreviation it begins with or holds
    # ("Sr. Product Manager", "Dipl. Pflegefachfrau HF", "Dipl.-Ing.", "Mag. Controlling")
    r"|\s+[-–—|(@]|" + _ABBREVIATED + r"(?<!\b[sj]r)\.(?:\s|$)"
    # "Analista Sr. de Supply Chain" goes on; "Desarrollador Backend Sr. Iván quiere ..." not
    r"|(?<=\b[sj]r)\.(?!\s(?:de|del|da|do|of|en|em)\s)(?:\s|$)"
    r"|,(?=\s|$)(?!" + _TEAM + ")"
    r"|\s+(?:and|y|e|et|und)\s+(?:we|our|will|the|i|la|lo|le|les|los|las|nous|nos|wir|die|der|das|o|os"
    r"|as|a|vamos|iremos|ich|je|yo|eu)\b"
    # The sentence going on: "… und dein Interesse an", "… and your interest in", "… et votre".
    r"|\s+(?:and|y|e|et|und)\s+(?:your|you|for|thank|thanks|dein|deine|deinem|deinen|ihr|ihre|ihrem"
    r"|ihren|euer|eure|für|danke|votre|vos|ton|ta|tes|pour|merci|tu|tus|su|sus|por|gracias|seu|sua"
    r"|teu|tua|pelo|pela|obrigad[oa])\b"
)
# An employer name or a job title: a first character, then characters up to the first stop word
# or punctuation (a tempered token, so that a match can never run across a stop).
ORG = rf"[^\s.,!?;:()\"'\[\]<>|](?:(?!{_ORG_STOP})[^\n,!?;:()\"\[\]<>|]){{0,58}}"
# A gendered ending glued to a word ("Engenheiro(a)", "Entwickler(in)", French "Conseiller(ère)",
# "Coordonnateur(trice)", "Technicien(ne)", Québec's "Développeur(se)") is part of a title.
# Both forms of a Québec epicene title before its field ("Conseillère ou conseiller en
# analytique"): the "en" after them is the field's, not a place's ("Analista en Globant").
ROLE = (
    # "Sr. Product Manager": a seniority's abbreviation may lead the title (a "Backend Sr." at
    # its end is followed by the next sentence)
    r"(?:(?:sr|jr|snr|asst|assoc)\.\s)?"
    rf"[^\s.,!?;:()\"'\[\]<>|](?:\s(?<=\w\s)ou\s\w{{4,}}\sen(?=\s)|(?!{_ROLE_STOP})(?:[^\n!?;:()\"\[\]<>|]"
    r"|(?<=\w)\((?:a|o|as|os|in|innen|e|es|r|ère|ere|trice|euse|ne|le|se)\)(?=[\s,.]|$))){1,80}"
)


# What keeps its spaces in a phrase: an escaped character, and a character class up to its first
# unescaped "]"; every other space stands for white space, and an optional space (" ?", as in
# "(?:new)? ?(?:role)") for none or some.
_KEPT = re.compile(r"\\.|\[(?:\\.|[^\\\]])*\]?| \?| ", re.DOTALL)


def to_regex(phrase: str) -> str:
    """Data-file syntax to regex syntax: spaces become ``\\s+``, ``’`` becomes ``'``."""
    phrase = phrase.replace("’", "'")
    if "\\" in phrase or "[" in phrase:
        phrase = _KEPT.sub(_spaces, phrase)
    else:
        # most phrases: words and groups only
        phrase = phrase.replace(" ?", r"\s*").replace(" ", r"\s+")
    return phrase.replace("{ORG}", ORG).replace("{ROLE}", ROLE)


def _spaces(found: re.Match[str]) -> str:
    kept = found.group()
    return r"\s+" if kept == " " else r"\s*" if kept == " ?" else kept


@dataclass(slots=True)
class _Walk:
    """Where a walk through a phrase is: group depth, inside a [class], after a backslash."""

    depth: int = 0
    in_class: bool = False
    escaped: bool = False


def _structure(phrase: str, walk: _Walk) -> Iterator[tuple[int, str]]:
    """The characters of ``phrase`` outside classes and escapes, with ``walk`` kept up to date
    (``walk.depth`` is the group depth after each character)."""
    for index, char in enumerate(phrase):
        if walk.escaped:
            walk.escaped = False
        elif char == "\\":
            walk.escaped = True
        elif walk.in_class:
            walk.in_class = char != "]"
        elif char == "[":
            walk.in_class = True
        else:
            if char == "(":
                walk.depth += 1
            elif char == ")":
                walk.depth -= 1
            yield index, char


def split_top(phrase: str) -> list[str]:
    """Split a phrase on ``|`` outside groups and classes."""
    parts: list[str] = []
    walk = _Walk()
    start = 0
    for index, char in _structure(phrase, walk):
        if char == "|" and walk.depth == 0:
            parts.append(phrase[start:index])
            start = index + 1
    parts.append(phrase[start:])
    return parts


def check_groups(phrase: str) -> None:
    """Raises ValueError unless every group and character class of a phrase is closed: a stray
    ``)`` would otherwise close a group of the combined matcher and change what it means."""
    walk = _Walk()
    for _ in _structure(phrase, walk):
        if walk.depth < 0:
            raise ValueError("unbalanced parentheses")
    if walk.depth or walk.in_class or walk.escaped:
        raise ValueError("unbalanced parentheses or brackets")


def _group_end(phrase: str) -> int:
    """Index of the ``)`` closing the group that opens at index 0."""
    depth = 0
    in_class = False
    escaped = False
    for index, char in enumerate(phrase):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced parentheses")


def expand(phrase: str, limit: int = 16) -> list[str]:
    """Spread groups that follow a phrase's literal start into variants, within a budget.

    The combined matcher is fast only when alternatives start with literal text it can factor
    into a prefix tree; ``(?:a|b) c`` becomes ``a c`` and ``b c``, and an optional group gives a
    variant with and one without it. Expansion stops at a quantified group or at ``limit``.
    Raises ValueError when the phrase cannot start with a literal character.
    """
    done: list[str] = []
    todo = [phrase.replace("’", "'")]
    while todo:
        current = todo.pop()
        prefix = literal_prefix(current)
        rest = current[len(prefix) :]
        over_budget = bool(prefix) and len(done) + len(todo) >= limit
        if not rest.startswith("(?:") or over_budget:
            if not prefix:
                raise ValueError("must start with a literal word")
            done.append(current)
            continue
        end = _group_end(rest)
        inner, after = rest[3:end], rest[end + 1 :]
        if after[:1] in _QUANTIFIERS and after[:1] != "?":
            if not prefix:
                raise ValueError("a leading group may only be optional")
            done.append(current)
            continue
        alternatives = split_top(inner)
        if after.startswith("?"):
            after = after[1:]
            alternatives.append("")
        todo.extend(prefix + alternative + after for alternative in reversed(alternatives))
    return done


def literal_prefix(phrase: str) -> str:
    """The literal text a phrase starts with: characters and spaces before any regex syntax."""
    prefix: list[str] = []
    for char in phrase:
        if char in _META:
            if char in _QUANTIFIERS and prefix:
                prefix.pop()
            break
        prefix.append(char)
    return "".join(prefix)


def literal_regex(literal: str) -> str:
    """A literal prefix as regex: escaped, with spaces standing for any white space."""
    # ``re.escape`` writes a space as "\\ " and keeps every other character's escape apart.
    return re.escape(literal).replace("\\ ", r"\s+")


def prefix_tree(items: list[tuple[str, str]]) -> str:
    """A prefix tree of ``(literal prefix, rest of pattern)`` pairs as one regex alternation."""
    return _tree(items, 0)


def _tree(items: list[tuple[str, str]], at: int) -> str:
    """The tree of ``items`` whose literals agree up to ``at`` (read by index: a big tree's
    literals are not copied at every level)."""
    order: list[tuple[str, str]] = []
    groups: dict[str, list[tuple[str, str]]] = {}
    for literal, rest in items:
        if len(literal) == at:
            order.append(("leaf", rest))
            continue
        head = literal[at]
        if head not in groups:
            groups[head] = []
            order.append(("group", head))
        groups[head].append((literal, rest))
    parts: list[str] = []
    for kind, value in order:
        if kind == "leaf":
            parts.append(value)
            continue
        members = groups[value]
        if len(members) == 1:
            literal, rest = members[0]
            parts.append(literal_regex(literal[at:]) + rest)
        else:
            parts.append(literal_regex(value) + "(?:" + _tree(members, at + 1) + ")")
    return "|".join(parts)
