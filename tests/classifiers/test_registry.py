"""The vendor registry: loading, sender recognition and job-link parsing per vendor."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules.registry import VendorRegistry, load_registry
from jobtracker.classifiers.rules.vendors import VendorKind
from jobtracker.pipeline.vocabulary import Source


@pytest.fixture(scope="module")
def registry() -> VendorRegistry:
    return load_registry()


def test_every_source_in_the_vocabulary_has_a_vendor_file(registry: VendorRegistry) -> None:
    covered = {vendor.source for vendor in registry.vendors}
    expected = set(Source) - {Source.DIRECT, Source.AGENCY}
    assert expected <= covered


def test_required_vendors_are_of_the_right_kind(registry: VendorRegistry) -> None:
    kinds = {vendor.id: vendor.kind for vendor in registry.vendors}
    assert kinds["greenhouse"] is VendorKind.ATS
    assert kinds["linkedin"] is VendorKind.BOARD
    assert kinds["hackerrank"] is VendorKind.ASSESSMENT
    assert kinds["docusign"] is VendorKind.ESIGN


@pytest.mark.parametrize(
    ("address", "vendor", "hint", "tenant", "company_domain"),
    [
        ("no-reply@us.greenhouse-mail.io", "greenhouse", None, None, None),
        ("no-reply@eu.greenhouse-mail.io", "greenhouse", None, None, None),
        ("no-reply@gh-mail.stripe.com", "greenhouse", None, None, "stripe.com"),
        ("no-reply@hire.lever.co", "lever", None, None, None),
        ("pru@myworkday.com", "workday", None, "pru", None),
        ("noreply@myworkday.com", "workday", None, None, None),
        ("no-reply@ashbyhq.com", "ashby", None, None, None),
        ("acme@talent.icims.com", "icims", None, None, None),
        ("noreply@smartrecruiters.com", "smartrecruiters", None, None, None),
        ("acme@taleo.net", "taleo", None, None, None),
        ("no-reply@fa.us2.oraclecloud.com", "oracle", None, None, None),
        ("acme@applytojob.com", "jazzhr", None, None, None),
        ("notifications@app.bamboohr.com", "bamboohr", None, None, None),
        ("noreply@candidates.workablemail.com", "workable", None, None, None),
        ("no-reply@k3x9q2.teamtailor-mail.com", "teamtailor", None, None, None),
        ("noreply@personio.de", "personio", None, None, None),
        ("acme@mail.recruitee.com", "recruitee", None, None, None),
        ("jobs-noreply@linkedin.com", "linkedin", None, None, None),
        ("jobalerts-noreply@linkedin.com", "linkedin", "alert", None, None),
        ("inmail-hit-reply@linkedin.com", "linkedin", "outreach", None, None),
        ("indeedapply@indeed.com", "indeed", None, None, None),
        ("alert@indeed.com", "indeed", "alert", None, None),
        ("team@wellfound.com", "wellfound", None, None, None),
        ("notifications@joinhandshake.com", "handshake", None, None, None),
        ("support@hackerrankforwork.com", "hackerrank", None, None, None),
        ("no-reply@codility.com", "codility", None, None, None),
        ("noreply@codesignal.com", "codesignal", None, None, None),
        ("noreply@hirevue.com", "hirevue", None, None, None),
        ("dse_na2@docusign.net", "docusign", None, None, None),
    ],
)
def test_senders_are_recognised(
    registry: VendorRegistry,
    address: str,
    vendor: str,
    hint: str | None,
    tenant: str | None,
    company_domain: str | None,
) -> None:
    found = registry.match_sender(address, "")
    assert found is not None
    assert found.vendor.id == vendor
    assert found.hint == hint
    assert found.tenant == tenant
    assert found.company_domain == company_domain


def test_ordinary_senders_are_not_vendors(registry: VendorRegistry) -> None:
    assert registry.match_sender("jane@gmail.com", "") is None
    assert registry.match_sender("careers@stripe.com", "") is None
    assert registry.match_sender("someone@notlinkedin.com", "") is None


@pytest.mark.parametrize(
    ("url", "vendor", "company", "job_id", "title", "req", "tenant"),
    [
        (
            "https://boards.greenhouse.io/stripe/jobs/5123456",
            "greenhouse", "stripe", "5123456", None, None, None,
        ),
        (
            "https://job-boards.greenhouse.io/figma/jobs/4412345?gh_src=abc",
            "greenhouse", "figma", "4412345", None, None, None,
        ),
        (
            "https://job-boards.eu.greenhouse.io/n26/jobs/6012345",
            "greenhouse", "n26", "6012345", None, None, None,
        ),
        (
            "https://jobs.lever.co/netflix/5a1b2c3d-4e5f-6789-abcd-ef0123456789/apply",
            "lever", "netflix", "5a1b2c3d-4e5f-6789-abcd-ef0123456789", None, None, None,
        ),
        (
            "https://pru.wd5.myworkdayjobs.com/en-US/Careers/job/Newark-NJ/Software-Engineer_R-123456",
            "workday", None, None, "Software-Engineer", "R-123456", "pru",
        ),
        (
            "https://jobs.ashbyhq.com/ramp/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
            "ashby", "ramp", "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", None, None, None,
        ),
        (
            "https://careers-acme.icims.com/jobs/10234/data-analyst/job",
            "icims", "acme", "10234", "data-analyst", None, None,
        ),
        (
            "https://jobs.smartrecruiters.com/Visa/744000012345678-senior-data-engineer",
            "smartrecruiters", "Visa", "744000012345678", "senior-data-engineer", None, None,
        ),
        (
            "https://acme.taleo.net/careersection/2/jobdetail.ftl?job=2300123",
            "taleo", "acme", "2300123", None, None, None,
        ),
        (
            "https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/123456",
            "oracle", None, "123456", None, None, None,
        ),
        (
            "https://brightline.applytojob.com/apply/Zx81Kq2/Office-Manager",
            "jazzhr", "brightline", "Zx81Kq2", "Office-Manager", None, None,
        ),
        (
            "https://acme.bamboohr.com/careers/87",
            "bamboohr", "acme", "87", None, None, None,
        ),
        (
            "https://apply.workable.com/kestrel/j/8C1D2E3F4A/",
            "workable", "kestrel", "8C1D2E3F4A", None, None, None,
        ),
        (
            "https://kaffeekollektiv.teamtailor.com/jobs/4123456-barista",
            "teamtailor", "kaffeekollektiv", "4123456", "barista", None, None,
        ),
        (
            "https://brueckner.jobs.personio.de/job/1234567",
            "personio", "brueckner", "1234567", None, None, None,
        ),
        (
            "https://acme.recruitee.com/o/backend-engineer",
            "recruitee", "acme", None, "backend-engineer", None, None,
        ),
        (
            "https://www.linkedin.com/jobs/view/3912345678/",
            "linkedin", None, "3912345678", None, None, None,
        ),
        (
            "https://www.linkedin.com/comm/jobs/view/3912345678?trk=email",
            "linkedin", None, "3912345678", None, None, None,
        ),
        (
            "https://de.indeed.com/viewjob?jk=8a7b6c5d4e3f2a1b",
            "indeed", None, "8a7b6c5d4e3f2a1b", None, None, None,
        ),
        (
            "https://wellfound.com/company/helix-bio/jobs/2912345-senior-backend-engineer",
            "wellfound", "helix-bio", "2912345", "senior-backend-engineer", None, None,
        ),
        (
            "https://app.joinhandshake.com/jobs/8123456",
            "handshake", None, "8123456", None, None, None,
        ),
        (
            "https://www.hackerrank.com/test/9abcd1234",
            "hackerrank", None, "9abcd1234", None, None, None,
        ),
        (
            "https://app.codility.com/c/run/ABC123-XYZ",
            "codility", None, "ABC123-XYZ", None, None, None,
        ),
        (
            "https://app.codesignal.com/test/aB12cD34",
            "codesignal", None, "aB12cD34", None, None, None,
        ),
        (
            "https://app.hirevue.com/interviews/QwErTy123",
            "hirevue", None, "QwErTy123", None, None, None,
        ),
    ],
)  # fmt: skip
def test_job_links_are_parsed(
    registry: VendorRegistry,
    url: str,
    vendor: str,
    company: str | None,
    job_id: str | None,
    title: str | None,
    req: str | None,
    tenant: str | None,
) -> None:
    link = registry.match_url(url)
    assert link is not None
    assert link.vendor.id == vendor
    assert (link.company, link.job_id, link.title, link.req, link.tenant) == (
        company,
        job_id,
        title,
        req,
        tenant,
    )


def test_greenhouse_job_id_on_an_employer_career_site(registry: VendorRegistry) -> None:
    link = registry.match_url("https://stripe.com/jobs/listing/backend-engineer?gh_jid=5123456")
    assert link is not None
    assert (link.vendor.id, link.domain, link.job_id) == ("greenhouse", "stripe.com", "5123456")


def test_unknown_links_are_ignored(registry: VendorRegistry) -> None:
    assert registry.match_url("https://example.com/blog/how-to-interview") is None
    assert registry.match_url("https://www.linkedin.com/feed/") is None


def test_workday_tenant_aliases_live_in_data(registry: VendorRegistry) -> None:
    workday = registry.get("workday")
    assert workday.tenants["pru"] == "Prudential"


def test_vendor_names_are_recognised_with_suffixes_and_case(registry: VendorRegistry) -> None:
    for name in ("Greenhouse Software, Inc.", "WORKDAY", "iCIMS", "HackerRank", "DocuSign Inc."):
        assert registry.is_vendor_name(name), name
    assert not registry.is_vendor_name("Northwind")


@pytest.mark.parametrize(
    "url",
    [
        "https://stripe.com/jobs/listing/backend-engineer?GH_JID=5123456",
        "https://Stripe.com/jobs/listing?utm=x&Gh_Jid=5123456",
        "HTTPS://WWW.STRIPE.COM/JOBS?gh_jid=5123456",
    ],
)
def test_greenhouse_job_id_is_read_in_any_case(registry: VendorRegistry, url: str) -> None:
    # Links on any host are ruled out by a substring test first: it must not miss these.
    link = registry.match_url(url)
    assert link is not None
    assert (link.vendor.id, link.job_id) == ("greenhouse", "5123456")


def test_links_that_only_look_like_greenhouse_are_ignored(registry: VendorRegistry) -> None:
    assert registry.match_url("https://stripe.com/jobs?gh_jid=") is None
    assert registry.match_url("https://stripe.com/jobs?gh_jidx=5123456") is None


def test_a_non_ascii_link_is_matched_as_the_pattern_reads_it(registry: VendorRegistry) -> None:
    # To a case-insensitive pattern the dotless "ı" is an "i": "gh_jıd=" is "gh_jid=".
    link = registry.match_url("https://stripe.com/jobs?gh_j\u0131d=5123456")
    assert link is not None
    assert link.job_id == "5123456"
