"""Job titles with seniority, local spellings, gender tags and requisition ids."""

from __future__ import annotations

from dataclasses import dataclass

from .people import ascii_slug
from .rand import Rng, Weighted

# (English title, is technical, {lang: local title}) - local titles are used by some employers.
_TITLES: tuple[tuple[str, bool, dict[str, str]], ...] = (
    (
        "Software Engineer",
        True,
        {
            "de": "Softwareentwickler",
            "fr": "Ingénieur logiciel",
            "es": "Ingeniero de software",
            "pt": "Engenheiro de Software",
        },
    ),
    ("Backend Engineer", True, {"de": "Backend-Entwickler", "fr": "Développeur back-end"}),
    (
        "Frontend Developer",
        True,
        {
            "de": "Frontend-Entwickler",
            "fr": "Développeur front-end",
            "es": "Desarrollador frontend",
        },
    ),
    (
        "Full Stack Developer",
        True,
        {"de": "Full-Stack-Entwickler", "pt": "Desenvolvedor Full Stack"},
    ),
    (
        "Data Engineer",
        True,
        {
            "de": "Data Engineer",
            "fr": "Ingénieur data",
            "es": "Ingeniero de datos",
            "pt": "Engenheiro de Dados",
        },
    ),
    (
        "Data Scientist",
        True,
        {"fr": "Data scientist", "es": "Científico de datos", "pt": "Cientista de Dados"},
    ),
    (
        "Data Analyst",
        True,
        {
            "de": "Datenanalyst",
            "fr": "Analyste de données",
            "es": "Analista de datos",
            "pt": "Analista de Dados",
        },
    ),
    ("Machine Learning Engineer", True, {}),
    ("Site Reliability Engineer", True, {}),
    ("DevOps Engineer", True, {"de": "DevOps Engineer", "pt": "Engenheiro DevOps"}),
    ("Platform Engineer", True, {}),
    ("QA Automation Engineer", True, {"de": "Testautomatisierer", "es": "Ingeniero QA"}),
    ("Security Engineer", True, {"fr": "Ingénieur sécurité"}),
    ("Mobile Developer (iOS)", True, {}),
    ("Android Engineer", True, {}),
    ("Solutions Architect", True, {"de": "Lösungsarchitekt"}),
    ("Engineering Manager", True, {}),
    ("Technical Writer", False, {"de": "Technischer Redakteur"}),
    (
        "Product Manager",
        False,
        {
            "de": "Produktmanager",
            "fr": "Chef de produit",
            "es": "Product Manager",
            "pt": "Gerente de Produto",
        },
    ),
    ("Product Designer", False, {"fr": "Designer produit"}),
    ("UX Researcher", False, {}),
    (
        "Project Manager",
        False,
        {
            "de": "Projektmanager",
            "fr": "Chef de projet",
            "es": "Jefe de proyecto",
            "pt": "Gerente de Projetos",
        },
    ),
    ("Business Analyst", False, {"fr": "Analyste métier", "pt": "Analista de Negócios"}),
    (
        "Marketing Manager",
        False,
        {
            "de": "Marketing Manager",
            "fr": "Responsable marketing",
            "es": "Responsable de marketing",
        },
    ),
    ("Account Executive", False, {}),
    ("Customer Success Manager", False, {}),
    (
        "Financial Analyst",
        False,
        {"de": "Finanzanalyst", "es": "Analista financiero", "pt": "Analista Financeiro"},
    ),
    ("HR Business Partner", False, {}),
    ("Operations Manager", False, {"de": "Operations Manager", "es": "Responsable de operaciones"}),
    ("Sales Development Representative", False, {}),
    ("Content Strategist", False, {}),
    ("Recruiter", False, {}),
    ("Supply Chain Analyst", False, {"de": "Supply Chain Analyst"}),
)
_SENIORITY = Weighted(
    [
        ("", 8),
        ("Senior ", 6),
        ("Junior ", 2),
        ("Staff ", 1.5),
        ("Lead ", 1.5),
        ("Principal ", 0.7),
        ("Associate ", 1),
    ]
)
_LEVEL = Weighted([("", 12), (" II", 1), (" III", 0.7), (" I", 0.5)])
_SPECIALTY = Weighted(
    [
        ("", 14),
        (", Payments", 1),
        (", Platform", 1),
        (" - Growth", 1),
        (", Data Platform", 0.7),
        (" - Identity", 0.5),
        (", Infrastructure", 0.8),
    ]
)
_TAG = {
    "de": ("(m/w/d)", "(w/m/d)", "(m/w/x)", "(all genders)"),
    "fr": ("H/F", "(F/H)"),
    "es": ("(h/m)", ""),
    "pt": ("(M/F)", ""),
}
_TEAMS = (
    "Platform",
    "Payments",
    "Growth",
    "Data",
    "Core Banking",
    "Search",
    "Checkout",
    "Identity",
    "Infrastructure",
    "Marketplace",
    "Analytics",
    "Risk",
)


@dataclass(frozen=True, slots=True)
class Role:
    """A position as the employer names it; ``title`` is the truth, ``shown`` what mail says."""

    title: str
    shown: str
    technical: bool
    req_id: str
    team: str
    family: int  # index of the base title; alerts list jobs of one family

    @property
    def query(self) -> str:
        """What someone searching for this kind of job types into a job board."""
        return _TITLES[self.family][0].lower()

    @property
    def slug(self) -> str:
        return ascii_slug(self.title, "-")

    def in_mail(self, rng: Rng) -> str:
        """The role as one message writes it: sometimes with the requisition id attached."""
        roll = rng.random()
        if roll < 0.12 and self.req_id:
            return (
                f"{self.shown} (Req {self.req_id})"
                if self.req_id.isdigit()
                else (f"{self.shown} ({self.req_id})")
            )
        if roll < 0.2 and self.req_id:
            return (
                f"{self.req_id} - {self.shown}"
                if rng.chance(0.5)
                else f"{self.shown} - {self.req_id}"
            )
        return self.shown


def req_id(rng: Rng) -> str:
    shape = rng.random()
    if shape < 0.25:
        return rng.digits(7).lstrip("0") or "3064606"
    if shape < 0.5:
        return f"R-{rng.between(10000, 99999)}"
    if shape < 0.65:
        return f"JR-{rng.between(2019, 2025)}-{rng.digits(4)}"
    if shape < 0.8:
        return f"REQ-{rng.digits(6)}"
    if shape < 0.9:
        return f"R{rng.digits(6)}"
    return f"{rng.between(19, 25)}-{rng.digits(4)}"


def make_role(rng: Rng, lang: str, family: int | None = None) -> Role:
    if family is None:
        family = int(rng.random() * len(_TITLES))
    base, technical, local = _TITLES[family]
    if lang in local and rng.chance(0.45):
        title = local[lang]
        if rng.chance(0.4) and lang == "de":
            title = "Senior " + title
    else:
        seniority = _SENIORITY.draw(rng)
        level = _LEVEL.draw(rng) if seniority in {"", "Senior "} else ""
        title = f"{seniority}{base}{level}{_SPECIALTY.draw(rng)}".strip()
    shown = title
    if lang in _TAG and rng.chance(0.7):
        tag = rng.pick(_TAG[lang])
        shown = f"{title} {tag}".strip()
    rid = req_id(rng) if rng.chance(0.55) else ""
    return Role(
        title=title,
        shown=shown,
        technical=technical,
        req_id=rid,
        team=rng.pick(_TEAMS),
        family=family,
    )


def other_role(rng: Rng, lang: str, avoid: str) -> Role:
    """A second, different position at the same employer."""
    while True:
        role = make_role(rng, lang)
        if role.title.casefold() != avoid.casefold():
            return role
