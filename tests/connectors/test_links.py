"""Links: anchors and bare URLs, tracking redirects unwrapped, de-duplicated and capped."""

from __future__ import annotations

import pytest

from jobtracker.connectors.mime import normalize
from jobtracker.connectors.mime.links import MAX_LINKS, collect_links
from jobtracker.connectors.mime.unwrap import unwrap
from tests.connectors.mailgen import message, raw_mail

TARGET = "https://boards.greenhouse.io/acme/jobs/4012345"


@pytest.mark.parametrize(
    "wrapped",
    [
        "https://www.google.com/url?q=https://boards.greenhouse.io/acme/jobs/4012345&sa=D&ust=1",
        "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fboards.greenhouse.io"
        "%2Facme%2Fjobs%2F4012345&data=05%7C01&reserved=0",
        "https://urldefense.proofpoint.com/v2/url?u=https-3A__boards.greenhouse.io_acme_jobs_4012345"
        "&d=DwMFaQ&c=abc&r=def",
        "https://urldefense.com/v3/__https://boards.greenhouse.io/acme/jobs/4012345__;!!Q1w2E3!sig$",
        "https://click.mailer.example/track?id=9&target=https%3A%2F%2Fboards.greenhouse.io%2Facme"
        "%2Fjobs%2F4012345",
        "https://links.example/r?dest=https://boards.greenhouse.io/acme/jobs/4012345",
        "https://www.google.com/url?q=https://urldefense.com/v3/__https://boards.greenhouse.io/acme"
        "/jobs/4012345__;!!x!y$",
    ],
    ids=["google", "safelinks", "proofpoint-v2", "proofpoint-v3", "generic", "dest", "nested"],
)
def test_tracking_redirects_are_unwrapped(wrapped: str) -> None:
    assert unwrap(wrapped) == (TARGET, wrapped)


def test_proofpoint_v3_restores_replaced_characters() -> None:
    # '*' marks characters Proofpoint moved to the base64 block after "__;": "Jg" is "&".
    wrapped = "https://urldefense.com/v3/__https://jobs.example/apply?id=7*src=mail__;Jg!!Ab!Cd$"
    assert unwrap(wrapped)[0] == "https://jobs.example/apply?id=7&src=mail"


def test_ordinary_links_are_left_alone() -> None:
    for url in ("https://jobs.lever.co/acme/abc", "https://example.org/?next=/home"):
        assert unwrap(url) == (url, None)


def test_links_in_a_message_are_unwrapped_deduplicated_and_trimmed() -> None:
    html = (
        f'<p><a href="https://www.google.com/url?q={TARGET}&amp;sa=D">Apply now</a>'
        f'<a href="{TARGET}">{TARGET}</a>'
        '<a href="mailto:jobs@acme.example">mail us</a><a href="#top">top</a></p>'
        "<p>Or read https://acme.example/careers/faq.</p>"
        "<p>(see https://en.wikipedia.example/wiki/Acme_(company))</p>"
    )
    result = normalize(raw_mail(message(html, content_type="text/html; charset=utf-8")))
    assert [(link.url, link.text, link.unwrapped_from is not None) for link in result.links] == [
        (TARGET, "Apply now", True),
        ("https://acme.example/careers/faq", "", False),
        ("https://en.wikipedia.example/wiki/Acme_(company)", "", False),
    ]


def test_bare_urls_in_plain_text() -> None:
    text = "Apply: <https://jobs.example/1>, or https://jobs.example/2! Not xhttps://no.example"
    assert [link["url"] for link in collect_links([], text)] == [
        "https://jobs.example/1",
        "https://jobs.example/2",
    ]


def test_links_are_capped() -> None:
    text = "\n".join(f"https://jobs.example/{n}" for n in range(MAX_LINKS + 25))
    result = normalize(raw_mail(message(text)))
    assert len(result.links) == MAX_LINKS
    assert result.links[0].url == "https://jobs.example/0"
