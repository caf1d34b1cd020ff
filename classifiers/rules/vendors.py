"""Vendor files: one TOML per ATS, job board, assessment, e-signature or scheduling vendor.

This module turns a file into a validated ``Vendor``; ``registry`` indexes them for lookups.
Field reference: ``data/vendors/README.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from jobtracker.classifiers.rules.phrases import LABELS
from jobtracker.classifiers.rules.resources import iter_toml, string_list
from jobtracker.classifiers.rules.templates import TemplateSet, load_templates
from jobtracker.pipeline.errors import ConfigError
from jobtracker.pipeline.vocabulary import Source


class VendorKind(StrEnum):
    """What a vendor does in a job search; sets how much its mail says "job"."""

    ATS = "ats"
    BOARD = "board"
    ASSESSMENT = "assessment"
    ESIGN = "esign"
    SCHEDULING = "scheduling"


class DisplayName(StrEnum):
    """What a vendor's sender display name usually holds."""

    COMPANY = "company"
    PERSON = "person"
    VENDOR = "vendor"
    MIXED = "mixed"


JOB_WEIGHT = {
    VendorKind.ATS: 4.0,
    VendorKind.BOARD: 2.0,
    VendorKind.ASSESSMENT: 3.0,
    VendorKind.ESIGN: 0.0,
    VendorKind.SCHEDULING: 2.0,
}
"""How much a mail from a vendor of each kind says "this is about a job", unless overridden."""

_URL_GROUPS = frozenset({"company", "tenant", "domain", "job_id", "title", "req", "site"})


@dataclass(frozen=True, slots=True, kw_only=True)
class SenderRule:
    """A vendor address (or local-part pattern) with what it says: a category, a tenant."""

    address: str | None = None
    local: re.Pattern[str] | None = None
    hint: str | None = None
    job_weight: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Vendor:
    """One vendor file, validated and compiled."""

    id: str
    name: str
    source: Source
    kind: VendorKind
    names: tuple[str, ...]
    display_name: DisplayName
    sender_domains: tuple[str, ...]
    company_domain_prefixes: tuple[str, ...]
    job_weight: float
    url_hosts: tuple[str, ...]
    urls: tuple[re.Pattern[str], ...]
    display_names: tuple[re.Pattern[str], ...]
    senders: tuple[SenderRule, ...]
    subjects: TemplateSet
    bodies: TemplateSet
    tenants: dict[str, str]


def parse_vendor(where: str, data: dict[str, Any]) -> Vendor:
    def req_str(key: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: '{key}' is required")
        return value

    try:
        source = Source(req_str("source"))
        kind = VendorKind(req_str("kind"))
        display = DisplayName(data.get("display_name", "mixed"))
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    urls = tuple(_compile(p, where, _URL_GROUPS) for p in string_list(data, "urls", where))
    weight = data.get("sender_job_weight", JOB_WEIGHT[kind])
    if not isinstance(weight, int | float):
        raise ConfigError(f"{where}: 'sender_job_weight' must be a number")
    tenants = data.get("tenants", {})
    if not isinstance(tenants, dict) or not all(isinstance(v, str) for v in tenants.values()):
        raise ConfigError(f"{where}: [tenants] must map tenant ids to names")
    return Vendor(
        id=req_str("id"),
        name=req_str("name"),
        source=source,
        kind=kind,
        names=tuple(string_list(data, "names", where)),
        display_name=display,
        sender_domains=tuple(d.lower() for d in string_list(data, "sender_domains", where)),
        company_domain_prefixes=tuple(string_list(data, "company_domain_prefixes", where)),
        job_weight=float(weight),
        url_hosts=tuple(string_list(data, "url_hosts", where)),
        urls=urls,
        display_names=tuple(
            _compile(p, where, {"company", "person"})
            for p in string_list(data, "display_names", where)
        ),
        senders=tuple(_sender_rule(r, where) for r in data.get("senders", [])),
        subjects=TemplateSet(load_templates(data.get("subjects", []), where)),
        bodies=TemplateSet(load_templates(data.get("bodies", []), where)),
        tenants={k.lower(): v for k, v in tenants.items()},
    )


def _compile(pattern: str, where: str, allowed: frozenset[str] | set[str]) -> re.Pattern[str]:
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{where}: pattern {pattern!r}: {exc}") from exc
    unknown = set(regex.groupindex) - set(allowed)
    if unknown:
        raise ConfigError(f"{where}: pattern {pattern!r} has unknown groups {sorted(unknown)}")
    return regex


def _sender_rule(entry: Any, where: str) -> SenderRule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: [[senders]] entries must be tables")
    hint = entry.get("hint")
    if hint is not None and hint not in LABELS:
        raise ConfigError(f"{where}: sender hint '{hint}' is not a category")
    address = entry.get("address")
    local = entry.get("local")
    if (address is None) == (local is None):
        raise ConfigError(f"{where}: a sender needs exactly one of 'address' or 'local'")
    weight = entry.get("job_weight")
    return SenderRule(
        address=address.lower() if isinstance(address, str) else None,
        local=_compile(local, where, {"tenant"}) if isinstance(local, str) else None,
        hint=hint,
        job_weight=float(weight) if isinstance(weight, int | float) else None,
    )


def load_vendors() -> list[Vendor]:
    """Every vendor file, validated; duplicate ids are a start-up error."""
    vendors = []
    seen: set[str] = set()
    for where, data in iter_toml("vendors"):
        vendor = parse_vendor(where, data)
        if vendor.id in seen:
            raise ConfigError(f"{where}: vendor id '{vendor.id}' is used twice")
        seen.add(vendor.id)
        vendors.append(vendor)
    return vendors
