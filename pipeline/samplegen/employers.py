"""Invented employers: plausible names, legal suffixes, short forms, domains and ATS tenants."""

from __future__ import annotations

from dataclasses import dataclass

from ..vocabulary import Source
from .people import LAST, ascii_slug
from .rand import Rng, Weighted

_PREFIX = (
    "North",
    "Blue",
    "Bright",
    "Silver",
    "Iron",
    "Clear",
    "Red",
    "Green",
    "High",
    "Stone",
    "Oak",
    "Cedar",
    "Harbor",
    "River",
    "Summit",
    "Lumen",
    "Nova",
    "Polar",
    "Quarry",
    "Atlas",
    "Beacon",
    "Cobalt",
    "Copper",
    "Ember",
    "Falcon",
    "Granite",
    "Juniper",
    "Kestrel",
    "Lark",
    "Maple",
    "Meridian",
    "Orchid",
    "Pine",
    "Prism",
    "Sable",
    "Tidal",
    "Vela",
    "Willow",
    "Zephyr",
)
_STEM = (
    "wind",
    "stone",
    "field",
    "bridge",
    "light",
    "works",
    "path",
    "gate",
    "line",
    "point",
    "wave",
    "forge",
    "leaf",
    "peak",
    "brook",
    "mark",
    "crest",
    "shore",
    "vale",
    "spark",
)
_FIELD = {
    "en": (
        "Analytics",
        "Logistics",
        "Health",
        "Labs",
        "Software",
        "Systems",
        "Robotics",
        "Energy",
        "Bank",
        "Insurance",
        "Media",
        "Foods",
        "Biosciences",
        "Networks",
        "Payments",
        "Studios",
        "Partners",
        "Technologies",
        "Capital",
        "Mobility",
        "Security",
        "Learning",
        "Retail",
    ),
    "de": (
        "Software",
        "Maschinenbau",
        "Logistik",
        "Energie",
        "Versicherung",
        "Medien",
        "Systeme",
        "Technologie",
        "Beratung",
        "Mobilität",
        "Digital",
        "Elektronik",
        "Handel",
    ),
    "fr": (
        "Conseil",
        "Logistique",
        "Énergie",
        "Assurances",
        "Numérique",
        "Technologies",
        "Santé",
        "Médias",
        "Industrie",
        "Solutions",
    ),
    "es": (
        "Soluciones",
        "Logística",
        "Energía",
        "Seguros",
        "Tecnología",
        "Consultores",
        "Digital",
        "Salud",
        "Medios",
        "Ingeniería",
    ),
    "pt": (
        "Tecnologia",
        "Logística",
        "Energia",
        "Seguros",
        "Soluções",
        "Consultoria",
        "Digital",
        "Saúde",
        "Sistemas",
        "Engenharia",
    ),
}
_COINED_A = ("Zen", "Vox", "Lum", "Brev", "Tri", "Ori", "Kai", "Nex", "Ver", "Aur", "Sol", "Fen")
_COINED_B = ("triq", "ly", "ora", "ify", "io", "ara", "ento", "ix", "umo", "ela", "wise", "ant")
_SUFFIX = {
    "en": Weighted([("Inc.", 5), ("LLC", 3), ("Ltd", 2), ("Corp.", 1), ("PLC", 0.5), ("", 5)]),
    "de": Weighted([("GmbH", 8), ("AG", 2), ("SE", 1), ("GmbH & Co. KG", 1), ("", 1)]),
    "fr": Weighted([("SAS", 5), ("SA", 2), ("SARL", 1), ("", 2)]),
    "es": Weighted([("S.L.", 5), ("S.A.", 3), ("", 2)]),
    "pt": Weighted([("Ltda.", 5), ("S.A.", 3), ("Lda.", 1), ("", 1)]),
}
_GROUP = {"en": "Group", "de": "Gruppe", "fr": "Groupe", "es": "Grupo", "pt": "Grupo"}
_CITIES = {
    "en": (
        "New York, NY",
        "Austin, TX",
        "London",
        "Toronto, ON",
        "Remote",
        "Seattle, WA",
        "Dublin",
        "Chicago, IL",
        "Boston, MA",
        "San Francisco, CA",
        "Amsterdam",
    ),
    "de": ("Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Remote"),
    "fr": ("Paris", "Lyon", "Nantes", "Toulouse", "Lille", "Bordeaux"),
    "es": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"),
    "pt": ("São Paulo", "Lisboa", "Porto", "Rio de Janeiro", "Belo Horizonte", "Curitiba"),
}
_ATS_BY_LANG: dict[str, Weighted[Source]] = {
    "en": Weighted(
        [
            (Source.GREENHOUSE, 14),
            (Source.LEVER, 8),
            (Source.WORKDAY, 14),
            (Source.ASHBY, 6),
            (Source.ICIMS, 6),
            (Source.SMARTRECRUITERS, 4),
            (Source.TALEO, 2),
            (Source.ORACLE, 3),
            (Source.JAZZHR, 3),
            (Source.BAMBOOHR, 3),
            (Source.WORKABLE, 3),
            (Source.TEAMTAILOR, 1),
            (Source.RECRUITEE, 1),
            (Source.DIRECT, 3),
        ]
    ),
    "de": Weighted(
        [
            (Source.PERSONIO, 10),
            (Source.SMARTRECRUITERS, 4),
            (Source.WORKDAY, 4),
            (Source.GREENHOUSE, 4),
            (Source.TEAMTAILOR, 3),
            (Source.RECRUITEE, 3),
            (Source.WORKABLE, 2),
            (Source.LEVER, 2),
            (Source.DIRECT, 3),
            (Source.ORACLE, 1),
        ]
    ),
    "fr": Weighted(
        [
            (Source.WORKABLE, 4),
            (Source.TEAMTAILOR, 4),
            (Source.SMARTRECRUITERS, 4),
            (Source.WORKDAY, 3),
            (Source.GREENHOUSE, 3),
            (Source.LEVER, 3),
            (Source.RECRUITEE, 2),
            (Source.DIRECT, 2),
        ]
    ),
    "es": Weighted(
        [
            (Source.WORKABLE, 3),
            (Source.SMARTRECRUITERS, 3),
            (Source.TEAMTAILOR, 2),
            (Source.WORKDAY, 3),
            (Source.GREENHOUSE, 2),
            (Source.PERSONIO, 2),
            (Source.DIRECT, 2),
        ]
    ),
    "pt": Weighted(
        [
            (Source.WORKABLE, 2),
            (Source.SMARTRECRUITERS, 3),
            (Source.GREENHOUSE, 2),
            (Source.WORKDAY, 3),
            (Source.TEAMTAILOR, 2),
            (Source.ORACLE, 1),
            (Source.DIRECT, 2),
        ]
    ),
}


@dataclass(frozen=True, slots=True)
class Employer:
    """A company the user may apply to, with every spelling and identifier mail will use."""

    legal: str  # the true employer name, legal suffix included
    short: str  # what people and most mail call it
    lang: str
    casual: bool  # a "du" / first-name culture
    domain: str
    slug: str  # greenhouse / ashby style: letters only
    dashed: str  # lever / recruitee style
    tenant: str  # workday / taleo / oracle tenant; often not the brand
    wd: int
    eu: bool
    ats: Source
    city: str

    def name_in_mail(self, rng: Rng) -> str:
        return self.short if rng.chance(0.65) else self.legal


def _base_name(rng: Rng, lang: str) -> tuple[str, str]:
    """Return (full brand name without suffix, short form)."""
    shape = rng.random()
    if shape < 0.3:
        brand = rng.pick(_PREFIX) + rng.pick(_STEM)
        return f"{brand} {rng.pick(_FIELD[lang])}", brand
    if shape < 0.5:
        brand = f"{rng.pick(_PREFIX)} {rng.pick(_PREFIX)}"
        return brand, brand
    if shape < 0.68:
        brand = rng.pick(_COINED_A) + rng.pick(_COINED_B)
        return brand, brand
    if shape < 0.82:
        family = rng.pick(LAST[lang])
        return f"{family} {rng.pick(_FIELD[lang])}", family
    if shape < 0.9:
        a, b = rng.pick(LAST[lang]), rng.pick(LAST[lang])
        name = f"{a} & {b}" if a != b else f"{a} & Partners"
        return name, name
    brand = rng.pick(_PREFIX) + rng.pick(_STEM)
    return f"{_GROUP[lang]} {brand}" if lang != "en" else f"{brand} {_GROUP[lang]}", brand


def make_employer(rng: Rng, lang: str) -> Employer:
    full, short = _base_name(rng, lang)
    suffix = _SUFFIX[lang].draw(rng)
    legal = f"{full} {suffix}" if suffix else full
    slug = ascii_slug(full)
    dashed = ascii_slug(full, "-")
    tenant = rng.pick(
        (
            slug,
            ascii_slug(short),
            "".join(w[0] for w in dashed.split("-")) + "corp",
            ascii_slug(short) + "group",
            f"{ascii_slug(short)}{rng.between(1, 9)}",
            slug[:8],
        )
    )
    ats = _ATS_BY_LANG[lang].draw(rng)
    casual = lang == "en" or rng.chance(0.3)
    tld = rng.pick(("example", "example", "example.com", "example.net", "example.org"))
    domain = f"{ascii_slug(short)}.{tld}"
    return Employer(
        legal=legal,
        short=short,
        lang=lang,
        casual=casual,
        domain=domain,
        slug=slug,
        dashed=dashed,
        tenant=tenant,
        wd=rng.pick((1, 3, 5, 5, 5, 12, 103)),
        eu=lang != "en" or rng.chance(0.15),
        ats=ats,
        city=rng.pick(_CITIES[lang]),
    )


def make_employers(rng: Rng, count: int, home: str) -> list[Employer]:
    """A pool of distinct employers; more of them speak the user's home language."""
    mix = Weighted(
        [
            (lang, w * (3 if lang == home and home != "en" else 1))
            for lang, w in (("en", 58), ("de", 14), ("fr", 10), ("es", 9), ("pt", 9))
        ]
    )
    seen: set[str] = set()
    pool: list[Employer] = []
    while len(pool) < count:
        employer = make_employer(rng, mix.draw(rng))
        key = employer.short.casefold()
        if key in seen:
            continue
        seen.add(key)
        pool.append(employer)
    return pool
