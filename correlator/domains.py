"""Mail domains as evidence of the employer: ``jdupont@emberfalcon.com`` writes for Ember Falcon.

A recruiter writes from the employer's own domain, and an ATS relay (``no-reply@hire.lever.co``)
usually sets ``Reply-To`` to the recruiter's address there. So when the classifier found no
employer in a message, a domain label that spells an employer the user already applied to
names it. Only known employers are ever matched, so a relay's or a mail provider's domain
(``smartrecruiters``, ``gmail``) names nobody.
"""

from __future__ import annotations

from functools import lru_cache

# Second-level labels under a country code that are not the organisation: acme.co.uk.
_GENERIC_SECOND_LEVEL = frozenset(
    {
        "co", "com", "org", "net", "ac", "gov", "edu", "ne", "or",
        # Brazil's second levels for professions and trades: acme.adv.br, acme.cnt.br
        "adv", "arq", "cnt", "eng", "med", "odo", "ind", "agr", "far", "imb", "tur",
    }
)  # fmt: skip
MIN_LABEL_LENGTH = 3
# What a company's domain puts around its name when the bare name was taken: getacme.com,
# tryacme.io, joinacme.com, acmehq.com, acmeapp.io; a cooperative's acmecoop.co, a school's
# acmeedu.com. Only ever compared with a whole known name, so "hq" off "runwellhq" names
# Runwell, and nobody else.
_BRAND_PREFIXES = ("get", "try", "use", "join", "hey", "hello", "meet", "with", "go")
_BRAND_SUFFIXES = ("hq", "app", "inc", "team", "jobs", "careers", "hiring", "coop", "edu")
_MIN_BRAND_LENGTH = 4
# A group's domain may lead with the word itself ("grupo-acme.pt", "groupe-acme.fr"): that head
# is no name, and taken as one it would match any known group ("Grupo Norte").
_GROUP_WORDS = frozenset({"grupo", "group", "gruppe", "groupe", "gruppo", "grupa", "groep"})


@lru_cache(maxsize=65_536)  # the index asks again for every message at each link
def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def domain_labels(domain: str) -> tuple[str, ...]:
    """The labels of ``domain`` that may name an organisation, hyphens dropped:
    ``careers.lopez-garcia.co.uk`` → ``("careers", "lopezgarcia")``."""
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) < 2:
        return ()
    labels.pop()  # the top-level domain
    if len(labels) > 1 and labels[-1] in _GENERIC_SECOND_LEVEL:
        labels.pop()
    joined = (label.replace("-", "") for label in labels)
    return tuple(label for label in joined if len(label) >= MIN_LABEL_LENGTH)


def brand_names(label: str) -> tuple[str, ...]:
    """The names a domain label (or a name read from one) may stand for once the words a
    domain adds are gone: ``runwellhq`` → ``runwell``, ``getnorthwake`` → ``northwake``."""
    found = [label.removeprefix(p) for p in _BRAND_PREFIXES if label.startswith(p)]
    found += [label.removesuffix(s) for s in _BRAND_SUFFIXES if label.endswith(s)]
    return tuple(name for name in found if len(name) >= _MIN_BRAND_LENGTH)


def hyphen_heads(domain: str) -> tuple[str, ...]:
    """The first parts of the hyphenated labels of ``domain``: a company's domain often adds a
    word to its name (``acme-group.com``, ``acme-industrie.fr``, ``acme-careers.com``), so
    the part before the hyphen may be the name as the user's mail spells it."""
    labels = [label for label in domain.lower().split(".") if label][:-1]
    heads = (label.partition("-")[0] for label in labels if "-" in label.strip("-"))
    return tuple(
        head for head in heads if len(head) >= MIN_LABEL_LENGTH and head not in _GROUP_WORDS
    )
