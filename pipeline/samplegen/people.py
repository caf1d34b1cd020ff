"""Invented people: the mailbox owner, recruiters, friends. Names are common given and family
names combined at random, so no real person is described."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .rand import Rng

FIRST: dict[str, tuple[str, ...]] = {
    "en": (
        "James",
        "Olivia",
        "Liam",
        "Emma",
        "Noah",
        "Ava",
        "Ethan",
        "Sophia",
        "Mason",
        "Mia",
        "Lucas",
        "Harper",
        "Logan",
        "Amelia",
        "Aiden",
        "Chloe",
        "Daniel",
        "Grace",
        "Ryan",
        "Zoe",
        "Priya",
        "Arjun",
        "Wei",
        "Mei",
        "Kwame",
        "Amara",
        "Diego",
        "Sofia",
        "Omar",
        "Leila",
        "Hannah",
        "Jack",
        "Rachel",
        "Tom",
        "Megan",
        "Chris",
        "Jordan",
        "Taylor",
        "Samantha",
        "Kevin",
        "Nicole",
        "Brandon",
        "Aisha",
        "Hiroshi",
        "Yuki",
        "Ines",
        "Mateo",
    ),
    "de": (
        "Lukas",
        "Anna",
        "Felix",
        "Lea",
        "Jonas",
        "Laura",
        "Maximilian",
        "Julia",
        "Leon",
        "Sophie",
        "Paul",
        "Marie",
        "Tobias",
        "Katharina",
        "Jan",
        "Lena",
        "Florian",
        "Sarah",
        "Moritz",
        "Johanna",
        "Niklas",
        "Franziska",
        "Sebastian",
        "Carolin",
        "Jürgen",
        "Sabine",
        "Björn",
        "Jörg",
        "Anke",
        "Stefanie",
        "Matthias",
        "Ute",
    ),
    "fr": (
        "Louis",
        "Camille",
        "Hugo",
        "Léa",
        "Jules",
        "Chloé",
        "Gabriel",
        "Manon",
        "Arthur",
        "Inès",
        "Théo",
        "Élise",
        "Raphaël",
        "Margaux",
        "Antoine",
        "Juliette",
        "Mathieu",
        "Céline",
        "Nicolas",
        "Aurélie",
        "François",
        "Hélène",
        "Benoît",
        "Sandrine",
    ),
    "es": (
        "Javier",
        "Lucía",
        "Alejandro",
        "María",
        "Pablo",
        "Carmen",
        "Sergio",
        "Elena",
        "Álvaro",
        "Paula",
        "Andrés",
        "Marta",
        "Jorge",
        "Cristina",
        "Raúl",
        "Nuria",
        "Iñigo",
        "Begoña",
        "Adrián",
        "Sara",
        "Tomás",
        "Ángela",
    ),
    "pt": (
        "João",
        "Ana",
        "Pedro",
        "Beatriz",
        "Lucas",
        "Mariana",
        "Gabriel",
        "Juliana",
        "Rafael",
        "Fernanda",
        "Thiago",
        "Camila",
        "Bruno",
        "Larissa",
        "Gonçalo",
        "Inês",
        "Rodrigo",
        "Letícia",
        "Vinícius",
        "Sônia",
        "Caio",
        "Patrícia",
    ),
}

LAST: dict[str, tuple[str, ...]] = {
    "en": (
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Miller",
        "Davis",
        "Wilson",
        "Anderson",
        "Thomas",
        "Moore",
        "Martin",
        "Clark",
        "Lewis",
        "Walker",
        "Hall",
        "Young",
        "King",
        "Wright",
        "Scott",
        "Green",
        "Baker",
        "Adams",
        "Nelson",
        "Carter",
        "Mitchell",
        "Patel",
        "Shah",
        "Nguyen",
        "Chen",
        "Kim",
        "Okafor",
        "Mensah",
        "Reyes",
        "O'Brien",
        "Murphy",
        "Campbell",
        "Hughes",
        "Foster",
        "Brooks",
        "Sullivan",
        "Fitzgerald",
        "Tanaka",
    ),
    "de": (
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lange",
        "Werner",
        "Köhler",
        "Vogel",
        "Jäger",
        "Brandt",
        "Keller",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Garcia",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Rousseau",
        "Faure",
        "Mercier",
        "Blanc",
    ),
    "es": (
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Álvarez",
        "Muñoz",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
        "Ibáñez",
    ),
    "pt": (
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Rodrigues",
        "Ferreira",
        "Alves",
        "Pereira",
        "Lima",
        "Gomes",
        "Costa",
        "Ribeiro",
        "Martins",
        "Carvalho",
        "Almeida",
        "Lopes",
        "Sousa",
        "Fernandes",
        "Vieira",
        "Barbosa",
        "Araújo",
        "Conceição",
        "Gonçalves",
    ),
}

WEBMAIL: dict[str, tuple[str, ...]] = {
    "en": ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com"),
    "de": ("gmail.com", "gmx.de", "web.de", "t-online.de", "posteo.de"),
    "fr": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "yahoo.fr"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es"),
    "pt": ("gmail.com", "hotmail.com", "uol.com.br", "sapo.pt", "bol.com.br"),
}


@lru_cache(maxsize=8192)
def ascii_slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII letters and digits only, the way mail systems build local parts."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out: list[str] = []
    for ch in plain.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != sep and sep:
            out.append(sep)
    return "".join(out).strip(sep) if sep else "".join(out)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who sends or receives mail."""

    first: str
    last: str
    lang: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def local_part(self, rng: Rng) -> str:
        first, last = ascii_slug(self.first), ascii_slug(self.last)
        return rng.pick(
            (
                f"{first}.{last}",
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}{last[0]}",
                f"{first}_{last}",
                f"{first}.{last}{rng.between(1, 99)}",
                f"{last}.{first}",
            )
        )

    def work_address(self, domain: str, rng: Rng) -> str:
        first, last = ascii_slug(self.first), ascii_slug(self.last)
        return rng.pick((f"{first}.{last}", f"{first[0]}{last}", f"{first}")) + f"@{domain}"

    def personal_address(self, rng: Rng) -> str:
        return f"{self.local_part(rng)}@{rng.pick(WEBMAIL[self.lang])}"


def random_person(rng: Rng, lang: str, avoid: Person | None = None) -> Person:
    """Someone new; never ``avoid`` (the mailbox owner should not write to themselves)."""
    while True:
        # Names travel: a fifth of the people at a German firm have names from elsewhere.
        name_lang = lang if rng.chance(0.8) else rng.pick(("en", "de", "fr", "es", "pt"))
        person = Person(first=rng.pick(FIRST[name_lang]), last=rng.pick(LAST[name_lang]), lang=lang)
        if avoid is None or person.full != avoid.full:
            return person
