"""Job-URL identity: which posting a link points at, whatever the link's shape.

``parse_job_url("https://boards.greenhouse.io/acme/jobs/4012345")`` names the posting
``greenhouse:4012345``, and so does ``https://acme.com/careers?gh_jid=4012345``. Ids that are
unique only inside one customer (Workday requisitions, Workable codes) keep the customer in
the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from jobtracker.pipeline.vocabulary import Source

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_DIGITS = re.compile(r"^\d{4,}$")
_LINKEDIN_JOB = re.compile(r"/jobs/view/(?:[^/]*?-)?(\d{6,})(?:/|$)")
_SMARTRECRUITERS_JOB = re.compile(r"^(\d{6,})(?:-|$)")
_WORKDAY_REQ = re.compile(r"_([a-z0-9-]*\d[a-z0-9-]*)$", re.I)


@dataclass(frozen=True, slots=True)
class JobRef:
    """One job posting at one vendor."""

    vendor: Source
    job_id: str
    company_slug: str = ""  # part of the key only where ids are per customer
    requisition_id: str | None = None  # Workday ids are the employer's requisition ids

    @property
    def key(self) -> str:
        scope = f"{self.company_slug}:" if self.company_slug else ""
        return f"{self.vendor.value}:{scope}{self.job_id}"


@dataclass(slots=True)
class _Query:
    """A URL's query string, parsed only if a rule asks for a parameter: most job links
    are known by their path, and tracking links carry long queries."""

    text: str
    _parsed: dict[str, list[str]] | None = field(default=None, init=False)

    def first(self, param: str) -> str:
        """The first non-blank value of ``param``; "" without one."""
        if self._parsed is None:
            self._parsed = parse_qs(self.text)
        return self._parsed.get(param, [""])[0]


def _query_id(query: _Query) -> JobRef | None:
    for param, vendor in (("gh_jid", Source.GREENHOUSE), ("ashby_jid", Source.ASHBY)):
        value = query.first(param)
        if value:
            return JobRef(vendor=vendor, job_id=value.lower())
    return None


def _by_host(host: str, parts: list[str], query: _Query) -> JobRef | None:
    if host.endswith("greenhouse.io"):
        if len(parts) >= 3 and parts[1] == "jobs" and _DIGITS.match(parts[2]):
            return JobRef(vendor=Source.GREENHOUSE, job_id=parts[2])
        token = query.first("token")
        return JobRef(vendor=Source.GREENHOUSE, job_id=token) if _DIGITS.match(token) else None
    if host.endswith("lever.co") and len(parts) >= 2 and _UUID.match(parts[1]):
        return JobRef(vendor=Source.LEVER, job_id=parts[1].lower())
    if host == "jobs.ashbyhq.com" and len(parts) >= 2 and _UUID.match(parts[1]):
        return JobRef(vendor=Source.ASHBY, job_id=parts[1].lower())
    if host.endswith(("myworkdayjobs.com", "myworkdaysite.com")) and "job" in parts:
        tail = [p for p in parts if p not in ("apply", "applyManually", "autofillWithResume")]
        found = _WORKDAY_REQ.search(tail[-1])
        if found:
            req = found.group(1)
            tenant = host.split(".")[0]
            return JobRef(
                vendor=Source.WORKDAY, job_id=req.lower(), company_slug=tenant, requisition_id=req
            )
    if host.endswith("workable.com") and "j" in parts[:-1]:
        code = parts[parts.index("j") + 1].lower()
        slug = parts[0] if host == "apply.workable.com" else host.split(".")[0]
        return JobRef(vendor=Source.WORKABLE, job_id=code, company_slug=slug.lower())
    if host.endswith("linkedin.com"):
        found = _LINKEDIN_JOB.search("/" + "/".join(parts) + "/")
        job_id = found.group(1) if found else query.first("currentJobId")
        return JobRef(vendor=Source.LINKEDIN, job_id=job_id) if _DIGITS.match(job_id) else None
    if host == "jobs.smartrecruiters.com" and len(parts) >= 2:
        found = _SMARTRECRUITERS_JOB.match(parts[1])
        return JobRef(vendor=Source.SMARTRECRUITERS, job_id=found.group(1)) if found else None
    if ".indeed." in f".{host}" and query.first("jk"):
        return JobRef(vendor=Source.INDEED, job_id=query.first("jk").lower())
    return None


def parse_job_url(url: str | None) -> JobRef | None:
    """The posting a job link points at, or None when the link is not one we know."""
    if not url:
        return None
    return _parse(url)


@lru_cache(maxsize=16_384)  # an application's mail links its posting again and again
def _parse(url: str) -> JobRef | None:
    try:
        split = urlsplit(url.strip())
    except ValueError:
        return None
    host = (split.hostname or "").lower()
    parts = [p for p in split.path.split("/") if p]
    query = _Query(split.query)
    return _by_host(host, parts, query) or _query_id(query)
