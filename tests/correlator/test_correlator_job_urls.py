"""Job-URL identity: one posting, one key, whatever shape the link has."""

from __future__ import annotations

import pytest

from jobtracker.correlator.job_urls import parse_job_url

UUID = "0b7e6a1c-2f3d-4e5f-8a9b-1c2d3e4f5a6b"


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://boards.greenhouse.io/acme/jobs/4012345", "greenhouse:4012345"),
        ("https://job-boards.eu.greenhouse.io/acme/jobs/4012345?gh_src=x", "greenhouse:4012345"),
        ("https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345", "greenhouse:4012345"),
        ("https://acme.com/careers/?gh_jid=4012345", "greenhouse:4012345"),
        (f"https://jobs.lever.co/acme/{UUID}/apply", f"lever:{UUID}"),
        (f"https://jobs.eu.lever.co/acme/{UUID.upper()}", f"lever:{UUID}"),
        (f"https://jobs.ashbyhq.com/acme/{UUID}/application", f"ashby:{UUID}"),
        (
            "https://nvidia.wd5.myworkdayjobs.com/en-US/External/job/US-CA-Santa-Clara/"
            "Senior-Software-Engineer_JR1234567",
            "workday:nvidia:jr1234567",
        ),
        (
            "https://acme.wd1.myworkdayjobs.com/Careers/job/Berlin/Data_Engineer_R-0042/apply",
            "workday:acme:r-0042",
        ),
        ("https://apply.workable.com/acme/j/AB12CD34EF/", "workable:acme:ab12cd34ef"),
        ("https://www.linkedin.com/jobs/view/3912345678/", "linkedin:3912345678"),
        (
            "https://www.linkedin.com/comm/jobs/view/engineer-at-acme-3912345678?trk=eml",
            "linkedin:3912345678",
        ),
        ("https://www.linkedin.com/jobs/search/?currentJobId=3912345678", "linkedin:3912345678"),
        (
            "https://jobs.smartrecruiters.com/Acme/743999912345678-engineer",
            "smartrecruiters:743999912345678",
        ),
        ("https://de.indeed.com/viewjob?jk=ABC123def456", "indeed:abc123def456"),
    ],
)
def test_known_job_links_name_their_posting(url: str, key: str) -> None:
    ref = parse_job_url(url)
    assert ref is not None
    assert ref.key == key


@pytest.mark.parametrize(
    "url", [None, "", "https://acme.com/careers", "https://jobs.lever.co/acme", "http://[::1"]
)
def test_other_links_name_no_posting(url: str | None) -> None:
    assert parse_job_url(url) is None


def test_workday_links_carry_the_requisition_id() -> None:
    ref = parse_job_url("https://acme.wd1.myworkdayjobs.com/Careers/job/Berlin/Data_R-0042")
    assert ref is not None
    assert ref.requisition_id == "R-0042"


@pytest.mark.parametrize(
    ("url", "key"),
    [
        # query parameters are read as parse_qs reads them: escapes decoded, blanks skipped
        ("https://acme.com/careers?gh%5Fjid=4012345", "greenhouse:4012345"),
        ("https://acme.com/careers?ashby_jid=&ashby_jid=AB%2DCD", "ashby:ab-cd"),
        ("https://de.indeed.com/viewjob?jk=&jk=ABC123", "indeed:abc123"),
        ("https://boards.greenhouse.io/embed/job_app?token=x&token=4012345", None),
    ],
)
def test_query_parameters_are_read_like_parse_qs(url: str, key: str | None) -> None:
    ref = parse_job_url(url)
    assert (ref.key if ref else None) == key


def test_the_same_link_gives_the_same_posting_each_time() -> None:
    url = "https://www.linkedin.com/jobs/view/3912345678/?trk=eml"
    assert parse_job_url(url) == parse_job_url(" " + url) == parse_job_url(url)
