"""The vendor registry: which sender, link or name belongs to an ATS, board or other vendor.

The registry answers three questions fast: is this sender a vendor (and which tenant or employer
domain does the address carry), is this link a job posting of a known vendor (and which employer
slug, job id and title does it carry), and is this name a vendor's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from jobtracker.classifiers.rules.names import NameBook, load_name_book
from jobtracker.classifiers.rules.vendors import SenderRule, Vendor, load_vendors
from jobtracker.pipeline.errors import ConfigError

# Words a vendor puts after its own name for itself, its teams and products ("Greenhouse
# Software", "HackerRank for Work", "Sterling Check", "Indeed Apply").
_VENDOR_TAIL_WORDS = frozenset(
    {
        "software", "technologies", "technology", "tech", "hq", "hire", "hiring", "recruiting",
        "recruitment", "recruit", "recruiter", "talent", "careers", "career", "jobs", "job",
        "apply", "mail", "notifications", "notification", "team", "support", "solutions",
        "solution", "for", "work", "check", "checks", "screening", "sign", "esign", "platform",
        "app", "com", "io", "noreply", "alerts", "alert", "assessments", "assessment", "tests",
        "test", "interviews", "interview", "scheduling", "calendar", "business", "enterprise",
        "cloud", "hr", "people", "services", "service", "systems", "system", "online", "pro",
        "plus", "global", "us", "uk", "de", "fr", "es", "europe", "emea", "apac", "connect",
        "express", "open", "labs", "bot", "ai", "community", "candidate", "candidates",
        "experience", "onboarding", "background", "backgrounds", "verification", "and", "the",
        "by", "via", "messaging", "messages", "updates", "update", "easy", "go", "flow",
        # a vendor's national company in a legal footer ("StepStone Deutschland GmbH")
        "deutschland", "germany", "österreich", "austria", "schweiz", "switzerland", "ireland",
        "france", "españa", "espana", "italia", "nederland", "belgium", "belgique", "benelux",
        "international", "unlimited", "company",
        # ... and in Latin America and Portugal ("Equipo Computrabajo Argentina")
        "argentina", "chile", "méxico", "mexico", "colombia", "perú", "peru", "uruguay",
        "paraguay", "bolivia", "ecuador", "venezuela", "brasil", "brazil", "portugal", "latam",
        "latinoamérica", "latinoamerica",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class SenderMatch:
    """A sender recognised as a vendor."""

    vendor: Vendor
    hint: str | None = None
    job_weight: float = 0.0
    tenant: str | None = None
    company_domain: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class JobLink:
    """A link to a job posting of a known vendor, with what its URL says."""

    url: str
    vendor: Vendor
    company: str | None = None
    tenant: str | None = None
    domain: str | None = None
    job_id: str | None = None
    title: str | None = None
    req: str | None = None


class VendorRegistry:
    """All vendors, indexed by sender domain, link host and name."""

    def __init__(self, vendors: list[Vendor], names: NameBook) -> None:
        self.vendors = tuple(vendors)
        self._names = names
        self._by_domain: dict[str, Vendor] = {}
        self._by_host: dict[str, list[Vendor]] = {}
        self._any_host: list[Vendor] = []
        # The patterns of vendors whose links may be on any host, each with text every URL it
        # matches holds (see ``_required_text``): most links are ruled out by a substring test.
        self._any_host_patterns: list[tuple[Vendor, re.Pattern[str], str]] = []
        self._prefixes: list[tuple[str, Vendor]] = []
        self._name_keys: set[str] = set()
        # Answers per sender and per link: a mailbox repeats both (a few hundred senders, the
        # same footer and tracking links); both answers are immutable.
        self._senders: dict[tuple[str, str], SenderMatch | None] = {}
        self._urls: dict[str, JobLink | None] = {}
        self._addresses: dict[str, tuple[Vendor, SenderRule]] = {}
        for vendor in vendors:
            for domain in vendor.sender_domains:
                if domain in self._by_domain:
                    other = self._by_domain[domain].id
                    raise ConfigError(f"vendors: {domain} belongs to both {other} and {vendor.id}")
                self._by_domain[domain] = vendor
            for host in vendor.url_hosts:
                if host == "*":
                    self._any_host.append(vendor)
                    self._any_host_patterns.extend(
                        (vendor, pattern, _required_text(pattern)) for pattern in vendor.urls
                    )
                else:
                    self._by_host.setdefault(host, []).append(vendor)
            self._prefixes.extend((prefix, vendor) for prefix in vendor.company_domain_prefixes)
            # A board's own mailbox on a domain it shares with personal mail ("emprego@sapo.pt")
            self._addresses.update(
                (rule.address, (vendor, rule)) for rule in vendor.senders if rule.address
            )
            self._name_keys.update(names.key(n) for n in (vendor.name, *vendor.names))

    def get(self, vendor_id: str) -> Vendor:
        for vendor in self.vendors:
            if vendor.id == vendor_id:
                return vendor
        raise KeyError(vendor_id)

    def is_vendor_name(self, name: str) -> bool:
        """A vendor's name, alone or leading words it names itself or its products with
        ("Greenhouse Open", "Workday Careers"); a name that goes on otherwise is another
        company's ("Sterling Mills" is no "Sterling" background check)."""
        key = self._names.key(name)
        if key in self._name_keys:
            return True
        words = key.split()
        return any(
            len(prefix) >= 6
            and prefix in self._name_keys
            and all(word in _VENDOR_TAIL_WORDS for word in words[n:])
            for n, prefix in ((n, " ".join(words[:n])) for n in range(1, len(words)))
        )

    def vendor_for_domain(self, domain: str) -> Vendor | None:
        domain = domain.lower()
        while domain:
            found = self._by_domain.get(domain)
            if found is not None:
                return found
            _, _, domain = domain.partition(".")
        return None

    def match_sender(self, address: str, domain: str) -> SenderMatch | None:
        key = (address, domain)
        if key in self._senders:
            return self._senders[key]
        found = self._match_sender(address, domain)
        _remember(self._senders, key, found)
        return found

    def _match_sender(self, address: str, domain: str) -> SenderMatch | None:
        address = address.lower()
        domain = (domain or address.rpartition("@")[2]).lower()
        for prefix, vendor in self._prefixes:
            if domain.startswith(prefix) and "." in domain[len(prefix) :]:
                return SenderMatch(
                    vendor=vendor,
                    job_weight=vendor.job_weight,
                    company_domain=domain[len(prefix) :],
                )
        owner = self.vendor_for_domain(domain)
        if owner is None:
            mailbox = self._addresses.get(address)
            return _sender(mailbox[0], mailbox[1], None) if mailbox else None
        local = address.partition("@")[0]
        for rule in owner.senders:
            if rule.address is not None and rule.address == address:
                return _sender(owner, rule, None)
            if rule.local is not None:
                found = rule.local.match(local)
                if found:
                    return _sender(owner, rule, found.groupdict().get("tenant"))
        return SenderMatch(vendor=owner, job_weight=owner.job_weight)

    def match_url(self, url: str) -> JobLink | None:
        if url in self._urls:
            return self._urls[url]
        found = self._match_url(url)
        _remember(self._urls, url, found)
        return found

    def _match_url(self, url: str) -> JobLink | None:
        candidates: list[Vendor] = []
        probe = _host(url)
        while probe:
            candidates.extend(self._by_host.get(probe, ()))
            _, _, probe = probe.partition(".")
        if not candidates and not self._any_host:
            return None  # most links: no vendor's host, no pattern to try
        bare = ""
        if candidates:
            bare = _bare_url(url)
            for vendor in candidates:
                for pattern in vendor.urls:
                    found = pattern.match(bare)
                    if found:
                        return _job_link(url, vendor, found)
        lowered = url.lower() if url.isascii() else None
        for vendor, pattern, needed in self._any_host_patterns:
            if needed and lowered is not None and needed not in lowered:
                continue
            bare = bare or _bare_url(url)
            found = pattern.match(bare)
            if found:
                return _job_link(url, vendor, found)
        return None


def _job_link(url: str, vendor: Vendor, found: re.Match[str]) -> JobLink:
    groups = found.groupdict()
    return JobLink(
        url=url,
        vendor=vendor,
        company=groups.get("company") or None,
        tenant=groups.get("tenant") or None,
        domain=groups.get("domain") or None,
        job_id=groups.get("job_id") or None,
        title=groups.get("title") or None,
        req=groups.get("req") or None,
    )


def _required_text(pattern: re.Pattern[str]) -> str:
    """Text every string the pattern matches holds (lower case), or "" when none is known.

    The longest run of plain characters in the pattern's top-level sequence: each of them must
    match, one after another. Under IGNORECASE an ASCII letter may also match a non-ASCII one
    ("ı" is an "i", the Kelvin sign a "k"), so only ASCII text is tested, and only on ASCII
    links. Reads ``re``'s parser; what it cannot read gives "" (the pattern is always tried).
    """
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        runs, run = [], ""
        for op, value in _parser.parse(pattern.pattern, pattern.flags):
            if op is _constants.LITERAL:
                run += chr(value)
            else:
                runs.append(run)
                run = ""
        runs.append(run)
    except Exception:  # another Python's internals: no shortcut
        return ""
    longest = max(runs, key=len)
    return longest.lower() if longest.isascii() else ""


_MEMO_LIMIT = 20_000
_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> None:
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = value


def _sender(vendor: Vendor, rule: SenderRule, tenant: str | None) -> SenderMatch:
    weight = vendor.job_weight if rule.job_weight is None else rule.job_weight
    if rule.hint is not None:
        weight = max(weight, 3.0)
    return SenderMatch(vendor=vendor, hint=rule.hint, job_weight=weight, tenant=tenant)


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?(?:www\.)?", re.IGNORECASE)


def _host(url: str) -> str:
    """The lower-case host of a URL, without user info, port or ``www.``."""
    _, sep, rest = url.strip().partition("://")
    host = (rest if sep else url).split("/", 1)[0].rpartition("@")[2].partition(":")[0].lower()
    return host[4:] if host.startswith("www.") else host


def _bare_url(url: str) -> str:
    """``host/path?query`` without scheme, user info or ``www.``."""
    return _SCHEME.sub("", url.strip(), count=1)


@lru_cache(maxsize=1)
def load_registry() -> VendorRegistry:
    return VendorRegistry(load_vendors(), load_name_book())
