"""The brand a group hires for, when the mail found the group.

A holding or a group writes under its legal name and says which of its brands the letter is
about: "Verity Bank is a trading name of Verity Banking Group plc", "Harcourt Vale Group plc |
t/a Larkfield Home, Larkfield Outlet", "Northgate Leisure plc, operator of Wavecrest Gyms",
"Oakhurst is one of the Group's four operating businesses". The job is with the brand. Of a list
of brands, the one the letter names elsewhere is meant; a list none of which it names again
leaves the group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from jobtracker.classifiers.rules.employer import Employer, EmployerBook, EmployerClues, _accept

_RUN = r"(?:[A-Z][\w&'’-]*[ \t]+(?:(?:and|of|&)[ \t]+)?){0,4}[A-Z][\w&'’-]*"


class _Cued:
    """A pattern that leads with a run of capitalised words, which the regex engine tries at
    every capital of a letter: it is run only on text where ``cue``, the words it cannot match
    without, stands (the same matches, found in a fraction of the time)."""

    def __init__(self, pattern: str, cue: str) -> None:
        self._pattern = re.compile(pattern)
        # A cue led by a run of blanks is found as well by the run's last blank, and a cue led
        # by one character (or one of several alternatives that each lead with one) is skipped
        # to by the engine in C, where a run is tried at every position.
        self._cue = re.compile(r"[ \t]" + cue[6:] if cue.startswith(r"[ \t]+") else cue)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text) if self._cue.search(text) else iter(())


# "<brand> is a trading name of <group>", "<brand> is a brand of <group>", "<brand> is part of
# the <group>", "<brand> is wholly owned by <group>"
_IS_PART_OF = (
    r"[ \t]+is[ \t]+(?:(?:a|the|one)[ \t]+(?:registered[ \t]+)?"
    r"(?:trading[ \t]+(?:name|style)|brand|business|division|subsidiary)[ \t]+of"
    r"|(?:proud(?:ly)?[ \t]+)?part[ \t]+of|a[ \t]+member[ \t]+of|(?:wholly[ \t]+)?owned[ \t]+by)"
    r"[ \t]+(?:the[ \t]+)?"
)
_BRAND_OF = _Cued(
    r"(?P<brand>" + _RUN + r"),?" + _IS_PART_OF + r"(?P<group>" + _RUN + r")",
    _IS_PART_OF + r"[A-Z]",
)
# German groups say it the same way: "<brand> ist eine Marke der <group>", "<brand> ist ein
# Unternehmen der <group>", "<brand> ist Teil der <group>", "<brand> gehört zur <group>"
_DE_PART_OF = (
    r"[ \t]+(?:ist[ \t]+(?:(?:eine[ \t]+(?:Marke|Tochter(?:gesellschaft)?)|ein[ \t]+"
    r"(?:Unternehmen|Tochterunternehmen)|Teil)[ \t]+(?:der|des|von)|eine[ \t]+Marke[ \t]+von)"
    r"|gehört[ \t]+zu(?:r|m)?)[ \t]+"
)
_DE_BRAND_OF = _Cued(
    r"(?P<brand>" + _RUN + r"),?" + _DE_PART_OF + r"(?P<group>" + _RUN + r")",
    _DE_PART_OF + r"[A-Z]",
)
# "Urban Pantry, one of the Beaumont Group family of grocery banners": the brand, then its group
_FAMILY_MEMBER = _Cued(
    r"(?P<brand>" + _RUN + r"),?[ \t]+(?:one[ \t]+of|part[ \t]+of|a[ \t]+member[ \t]+of)[ \t]+"
    r"(?:the[ \t]+)?(?P<group>" + _RUN + r")[ \t]+family[ \t]+of\b",
    r"[ \t]family[ \t]+of\b",
)
# A group's recruiter "supporting our Urban Pantry banner": the banner that hires
_OUR_BANNER = _Cued(
    r"\bour[ \t]+(?P<brand>" + _RUN + r")[ \t]+(?:banner|brand|business|division)\b",
    r"[ \t](?:banner|brand|business|division)\b",
)
# "<brand> is a <group> company": a group's name before the kind of member
_BRAND_A = _Cued(
    r"(?P<brand>" + _RUN + r"),?[ \t]+is[ \t]+an?[ \t]+(?P<group>" + _RUN + r")[ \t]+"
    r"(?:company|brand|business|subsidiary)\b",
    r"[ \t]is[ \t]+an?[ \t]+[A-Z][^\n]*?[ \t](?:company|brand|business|subsidiary)\b",
)
# "<group> plc | t/a <brands>", "<group> Ltd trading as <brand>", "<group> plc, operator of
# <brands>", "<group> plc is the parent company of <brands>"
_TRADING_AS = (
    r"(?:t/a|trading[ \t]+as|(?:the[ \t]+)?operator[ \t]+of|(?:is[ \t]+)?(?:the[ \t]+)?"
    r"(?:parent[ \t]+company|owner|home)[ \t]+of)[ \t]+"
)
_GROUP_OF = _Cued(
    r"(?P<group>"
    + _RUN
    + r")[^\n.;:]{0,12}?[ \t]*(?:[|,(][ \t]*)?"
    + _TRADING_AS
    + r"(?P<brands>[^\n.;:()]{2,160})",
    # Each alternative of the cue leads with a letter (the optional words before them left
    # out: a match of the pattern holds one of these all the same), so the engine skips to it.
    r"(?:t/a|trading[ \t]+as|operator[ \t]+of|parent[ \t]+company[ \t]+of|owner[ \t]+of"
    r"|home[ \t]+of)[ \t]+[^\n.;:()]{2}",
)
# "Oakhurst is one of the Group's operating businesses": a group's member named by the letter.
_ONE_OF_THE_GROUPS = (
    r"[ \t]+is[ \t]+(?:one[ \t]+of|part[ \t]+of|a[ \t]+member[ \t]+of)"
    r"[ \t]+(?i:the[ \t]+group['’]s|our)[ \t]+"
)
_MEMBER = _Cued(
    r"(?P<brand>" + _RUN + r")" + _ONE_OF_THE_GROUPS + r"(?:[\w-]+[ \t]+){0,2}"
    r"(?i:businesses|brands|companies|divisions)\b",
    _ONE_OF_THE_GROUPS,
)
# "<hotel>, managed by <company>", "Hotel X, gestionado por Y Hotels S.L.", "l'Hôtel X, géré par
# Y", "Hotel X, gerido pela Y": a management company's mailbox writes for the hotel it runs, and
# the hotel is what the candidate applied to. A hotel's name may hold particles ("Hotel Mirador
# de Montjuïc").
_PLACE_RUN = (
    r"(?:[A-ZÀ-Ý][\w&'’-]*[ \t]+(?:(?:de|del|de[ \t]+la|do|da|dos|das|du|des|of|the|and|&|y|e)"
    r"[ \t]+)?){0,4}[A-ZÀ-Ý][\w&'’-]*"
)
_MANAGED = (
    r"(?:(?:managed|operated|run)[ \t]+by|(?:gestionad|operad|explotad|administrad)[oa][ \t]+por"
    r"|(?:géré|exploité|opéré)e?[ \t]+par|(?:gerid|operad|explorad)[oa][ \t]+(?:por|pel[oa]))"
)
_MANAGED_BY = _Cued(
    r"(?P<brand>" + _PLACE_RUN + r"),?[ \t]+" + _MANAGED + r"[ \t]+(?:(?:the|el|la|a|o|le)[ \t]+)?"
    r"(?P<group>" + _RUN + r")",
    # The cue's alternatives each lead with a letter, as _GROUP_OF's do.
    r"(?:managed[ \t]+by|operated[ \t]+by|run[ \t]+by"
    r"|gestionad[oa][ \t]+por|operad[oa][ \t]+por|explotad[oa][ \t]+por|administrad[oa][ \t]+por"
    r"|gérée?[ \t]+par|exploitée?[ \t]+par|opérée?[ \t]+par"
    r"|gerid[oa][ \t]+(?:por|pel[oa])|operad[oa][ \t]+(?:por|pel[oa])"
    r"|explorad[oa][ \t]+(?:por|pel[oa]))[ \t]+",
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# Spanish-speaking groups name the brand the same ways: "Nuvia es el banco digital del Grupo
# Banco X" (a brand, then what it is, then its group), and "Corporación X (marcas Sumaq y Kallpa)"
# or "Textiles X S.A.S. (marca Almendra)" (a registered name, its brands in a parenthesis).
_ES_IS_OF = (
    r"[ \t]+es[ \t]+(?:el|la|un|una)[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:del|de[ \t]+la|de)[ \t]+"
    r"(?:(?i:grupo)[ \t]+)?"
)
_ES_BRAND_OF = _Cued(
    r"(?P<brand>" + _PLACE_RUN + r")" + _ES_IS_OF + r"(?P<group>" + _PLACE_RUN + r")",
    r"[ \t]es[ \t]+(?:el|la|un|una)[ \t][^\n]{0,60}?[ \t](?:del|de)[ \t]+(?:la[ \t]+)?[A-ZÀ-Ý]",
)
_BRANDS_IN_PARENS = _Cued(
    r"(?P<group>" + _PLACE_RUN + r")[^\n.;:()]{0,12}?[ \t]*\((?i:marcas?|brands?|marques?)[ \t]+"
    r"(?P<brands>[^\n.;:()]{2,120})\)",
    r"\((?i:marcas?|brands?|marques?)[ \t]",
)
# A sign-off line that puts the brand before the registered name: "Tintico – Inversiones Cafeteras
# del Quindío S.A.S.", "Nordlicht | Hansen Hotelbetriebs GmbH". Read only when the mail found the
# registered name and names the brand elsewhere too ("ser parte de Tintico").
_LEGAL_FORM = (
    r"(?:S\.?\s?A\.?\s?S\.?|S\.?\s?A\.?|S\.?\s?L\.?U?\.?|Ltda\.?|Ltd\.?|Limited|Inc\.?|GmbH|AG|"
    r"LLC|Lda\.?|SARL|SAS|B\.?V\.?|N\.?V\.?|plc|KG|e\.?\s?V\.?|de C\.?V\.?|Unlimited Company|DAC)"
)
_SIGNED_BRAND = _Cued(
    r"(?m)^[ \t]*(?P<brand>"
    + _PLACE_RUN
    + r")[ \t]+[–—|-][ \t]+(?P<group>[^\n]{2,100}?"
    + _LEGAL_FORM
    + r")[ \t]*$",
    r"[ \t][–—|-][ \t][^\n]{2,100}[ \t,]" + _LEGAL_FORM + r"[ \t]*(?:\n|$)",
)
_ES_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:y|e|and|et)\s+)?|\s+(?:y|e|and|et)\s+|\s*&\s*")
_GROUP_WORD = re.compile(r"\b(?:group|holdings?|plc)\b", re.IGNORECASE)


# A German city's official title before its name: people write "Stadt Düsseldorf" for the
# "Landeshauptstadt Düsseldorf" and "Stadt Bonn" for the "Bundesstadt Bonn".
_CITY_TITLE = re.compile(
    r"^(?:Landeshauptstadt|Bundesstadt|Hansestadt|Universitätsstadt|Wissenschaftsstadt|"
    r"Große Kreisstadt|Kreisstadt)\s+(?=[A-ZÄÖÜ])"
)


def plain_city(found: Employer | None) -> Employer | None:
    """``found``, a city named by its official title, as "Stadt" and its name."""
    if found is None or not _CITY_TITLE.match(found.name):
        return found
    return Employer(
        name=_CITY_TITLE.sub("Stadt ", found.name), origin=found.origin, quote=found.quote
    )


def brand_of(found: Employer | None, clues: EmployerClues, book: EmployerBook) -> Employer | None:
    """The brand the letter says ``found``, a group, trades as; else ``found``."""
    if found is None:
        return None
    # the signature is often the body's own tail: read each text once
    texts = [t for i, t in enumerate(clues.texts[1:4]) if i < 2 or t not in clues.texts[2]]
    text = "\n".join(texts)
    own = book.names.key(found.name)
    if not own or len(text) < len(found.name):
        return found
    first = own.split()[0]
    for match in chain(
        _BRAND_OF.finditer(text),
        _BRAND_A.finditer(text),
        _MANAGED_BY.finditer(text),
        _DE_BRAND_OF.finditer(text),
        _FAMILY_MEMBER.finditer(text),
    ):
        if _same_group(match.group("group"), first, book):
            brand = _brand(_hotel_of(match.group("brand")), clues, book, own)
            if brand:
                return Employer(name=brand, origin=found.origin, quote=match.group(0))
    if _GROUP_WORD.search(found.name):
        banners = {m.group("brand") for m in _OUR_BANNER.finditer(text)}
        brand = _brand(banners.pop(), clues, book, own) if len(banners) == 1 else None
        if brand:
            return Employer(name=brand, origin=found.origin, quote=brand)
    for match in _GROUP_OF.finditer(text):
        if _same_group(match.group("group"), first, book):
            listed = _listed_brand(match, _LIST_SPLIT, text, found, clues, book)
            if listed:
                return listed
    for match in _ES_BRAND_OF.finditer(text):
        if _ends_with_group(match.group("group"), own, book):
            brand = _brand(match.group("brand"), clues, book, own)
            if brand:
                return Employer(name=brand, origin=found.origin, quote=match.group(0))
    for match in _BRANDS_IN_PARENS.finditer(text):
        if _ends_with_group(match.group("group"), own, book):
            listed = _listed_brand(match, _ES_LIST_SPLIT, text, found, clues, book)
            if listed:
                return listed
    for match in _SIGNED_BRAND.finditer(text):
        if book.names.key(match.group("group")) == own:
            rest = text.replace(match.group(0), "")
            brand = _brand(match.group("brand"), clues, book, own)
            if brand and _written_in(brand, rest):
                return Employer(name=brand, origin=found.origin, quote=match.group(0))
    display = clues.texts[0] if clues.texts else ""
    if found.origin in ("display name", "display pair") and display:
        # The sender writes the same way: "Frescura – Distribuição Hoteleira, S.A." <rh@...>,
        # "SGT - Soluções de Gestão Turística, S.A.": the brand, when the mail names it too.
        for match in _SIGNED_BRAND.finditer(display):
            if book.names.key(match.group("group")) == own:
                brand = _brand(match.group("brand"), clues, book, own)
                if brand and _written_in(brand, text):
                    return Employer(name=brand, origin=found.origin, quote=match.group(0))
    if _GROUP_WORD.search(found.name):
        for match in _MEMBER.finditer(text):
            short = match.group("brand")
            written = book.reader.extend(short, texts) or short
            brand = _brand(written, clues, book, own)
            if brand:
                return Employer(name=brand, origin=found.origin, quote=match.group(0))
    return found


def _listed_brand(
    match: re.Match[str],
    split: re.Pattern[str],
    text: str,
    found: Employer,
    clues: EmployerClues,
    book: EmployerBook,
) -> Employer | None:
    """Of the brands a group lists, the only one, or the one the rest of the letter names."""
    brands = [b for b in split.split(match.group("brands").strip()) if b]
    rest = text.replace(match.group(0), "")
    named = [b for b in brands if _written_in(b, rest)]
    chosen = brands[0] if len(brands) == 1 else named[0] if len(named) == 1 else ""
    brand = _brand(chosen, clues, book, book.names.key(found.name)) if chosen else None
    return Employer(name=brand, origin=found.origin, quote=match.group(0)) if brand else None


# "Jefe de Recepción del Hotel X": the hotel's name starts at its kind, after a particle.
_HOTEL_START = re.compile(
    r"[ \t](?:del|de[ \t]+la|de|do|da|du|des|of[ \t]+the|of)[ \t]+"
    r"(?=(?:The|Hotel|Hôtel|Hostal|Hostel|Pousada|Parador|Resort)\b)"
)


def _hotel_of(run: str) -> str:
    starts = list(_HOTEL_START.finditer(run))
    return run[starts[-1].end() :] if starts else run


def _same_group(group: str, first: str, book: EmployerBook) -> bool:
    key = book.names.key(group)
    return bool(key) and key.split()[0] == first


def _ends_with_group(group: str, own: str, book: EmployerBook) -> bool:
    """The run names the group, perhaps after the team's words ("Reclutamiento de <group>")."""
    key = book.names.key(group)
    return bool(key) and (key == own or key.endswith(" " + own))


def _written_in(brand: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(brand.strip()) + r"(?!\w)", text) is not None


def _brand(candidate: str, clues: EmployerClues, book: EmployerBook, own: str) -> str | None:
    name = _accept(candidate.strip(), "body", clues, book)
    if not name or book.names.key(name) == own:
        return None
    return name
