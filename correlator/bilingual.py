"""One employer under its names in two languages: "Réseau de santé Acadie-Sud" and "Acadie-Sud
Health Network", "Université de Charlesbourg" and "Charlesbourg University".

Public bodies of bilingual countries and regions (Canada, Belgium, Switzerland, Catalonia) and
universities everywhere go by a name in each language: the same proper name, with the words
that say what kind of body it is translated and put in that language's order. Two keys whose
proper words are the same and whose kind words translate each other name one employer.
"""

from __future__ import annotations

# The kind words of a body's name, each mapped to one concept (keys are folded: no accents).
_CONCEPTS = {
    "university": ("university", "universite", "universidad", "universitat", "universidade"),
    "health": ("health", "sante", "salud", "saude", "gesundheit"),
    "network": ("network", "reseau", "rede", "netzwerk"),
    "city": ("city", "ville", "ciudad", "cidade", "stadt"),
    "agency": ("agency", "agence", "agencia", "agentur"),
    "institute": ("institute", "institut", "instituto"),
    "hospital": ("hospital", "hopital", "krankenhaus"),
    "college": ("college", "colegio"),
    "foundation": ("foundation", "fondation", "fundacion", "fundacao", "stiftung"),
    "bank": ("bank", "banque", "banco"),
    "centre": ("centre", "center", "centro", "zentrum"),
    "council": ("council", "conseil", "consejo"),
    "school": ("school", "ecole", "escuela", "escola", "schule"),
    "commission": ("commission", "comision", "comissao", "kommission"),
    "authority": ("authority", "autorite", "autoridad", "autoridade", "behorde"),
    "ministry": ("ministry", "ministere", "ministerio", "ministerium"),
    "public": ("public", "publique", "publico", "publica", "offentlich"),
    "national": ("national", "nationale", "nacional"),
}
_KIND = {word: concept for concept, words in _CONCEPTS.items() for word in words}
_JOINERS = frozenset(
    {"of", "the", "for", "and", "de", "du", "des", "la", "le", "les", "et", "del", "y", "da"}
    | {"do", "dos", "das", "e", "der", "die", "fur", "und"}
)
_MIN_PROPER = 4  # a proper word this long at least: shorter ones tie names by chance


def translated_key(key: str) -> str:
    """The key's kind concepts and proper words, each sorted, or "" when it has no kind word
    or no proper word long enough to tell it apart: "health network|acadie sud" for both
    "reseau de sante acadie sud" and "acadie sud health network"."""
    words = [w for w in key.split() if w not in _JOINERS]
    kinds = sorted(_KIND[w] for w in words if w in _KIND)
    proper = sorted(w for w in words if w not in _KIND)
    if not kinds or not proper or max(len(w) for w in proper) < _MIN_PROPER:
        return ""
    return " ".join(kinds) + "|" + " ".join(proper)
