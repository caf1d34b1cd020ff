"""What a sign-off from a personal mailbox says about the writer's company.

A founder or hiring manager writing from Gmail names the company only where they sign:
after their own name ("Theo Marchetti — Pinecrest", "Theo | Pinecrest", "Theo Marchetti /
Pinecrest") or by its web site or work address ("pinecrest.io", "theo@pinecrest.io").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_SEPARATOR = re.compile(r"\s+[—–/·-]\s+|\s*[|·•]\s*")
# A host name written out, with or without a scheme, or the domain of an address.
_SITE = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12})\b"
    r"(?![@\w-])",
    re.IGNORECASE,
)
# File and code names look like host names ("resume.pdf", "Node.js").
_NOT_TLDS = frozenset(
    {
        "pdf", "doc", "docx", "odt", "rtf", "txt", "csv", "xls", "xlsx", "ppt", "pptx", "key",
        "png", "jpg", "jpeg", "gif", "svg", "zip", "html", "htm", "php", "js", "ts", "py", "rb",
        "md", "json", "yaml", "yml", "exe",
    }
)  # fmt: skip
# Sites a person links to for themselves, never their employer.
_PERSONAL_SITES = frozenset(
    {
        "github.com", "gitlab.com", "twitter.com", "x.com", "medium.com", "substack.com",
        "instagram.com", "facebook.com", "youtube.com", "t.co", "bit.ly", "linktr.ee", "about.me",
        "bsky.app", "mastodon.social", "wordpress.com", "blogspot.com", "notion.site",
        "google.com", "goo.gl", "zoom.us", "calendly.com", "cal.com", "wa.me",
        # portfolios, code and writing, chat, documents, mail apps' footers
        "dribbble.com", "behance.net", "stackoverflow.com", "kaggle.com", "huggingface.co",
        "vimeo.com", "tiktok.com", "threads.net", "discord.gg", "discord.com", "t.me",
        "telegram.me", "whatsapp.com", "skype.com", "dropbox.com", "notion.so", "loom.com",
        "figma.com", "canva.com", "typeform.com", "airtable.com", "docsend.com", "superhuman.com",
        "mailtrack.io", "hubspot.com", "hs-sites.com", "apple.com", "icloud.com", "outlook.com",
        "microsoft.com", "office.com", "teams.microsoft.com", "webex.com", "whereby.com",
        "savvycal.com", "tidycal.com", "doodle.com", "tinyurl.com", "lnkd.in",
        "producthunt.com", "ycombinator.com", "crunchbase.com",
    }
)  # fmt: skip
_LINES = 8
"""A sign-off is a few lines: further down is a quote or a legal footer."""


def after_own_name(signature: str, sender_name: str) -> Iterator[str]:
    """The parts of a sign-off line that come after the writer's own name and a separator."""
    words = sender_name.split()
    if not words or len(words[0]) < 2:
        return
    first = words[0]
    for line in signature.splitlines()[:_LINES]:
        line = line.strip()
        if not line.startswith(first):
            continue
        parts = [part.strip() for part in _SEPARATOR.split(line)]
        if len(parts) < 2 or not (parts[0] == first or sender_name.startswith(parts[0])):
            continue
        yield from (part for part in parts[1:] if part)


# A company's registered name ends in its legal form ("Construções Silva, Lda.", "Acme Ltd").
_LEGAL_TAIL = re.compile(
    r"[\s,](?:Lda|Ltda|S\.A|SA|S\.L|SL|SLU|S\.L\.U|Unipessoal|GmbH|AG|Ltd|LLC|Inc|SARL|Srl|S\.r\.l|BV"
    r"|B\.V|NV|N\.V|KG|OHG|UG|UG \(haftungsbeschränkt\)|SAS|S\.A\.S)\.?$"
)


def registered_under_own_name(signature: str, sender_name: str) -> Iterator[str]:
    """The line right under the writer's own name when a legal form ends it: the owner of a
    small firm signs from Gmail with its registered name ("Rui Costa\nCostas & Filhos, Lda.";
    a founder signing with the given name alone, a blank line before the firm: "Hauke\n\nAcme
    Robotics UG (haftungsbeschränkt)")."""
    if len(sender_name) < 3:
        return
    given = sender_name.split()[0]
    lines = [line.strip() for line in signature.splitlines()[:_LINES] if line.strip()]
    for at, line in enumerate(lines[:-1]):
        below = lines[at + 1]
        if _LEGAL_TAIL.search(below) and any(
            line == name or line.endswith(("! " + name, ". " + name, ", " + name))
            for name in (sender_name, given)
        ):
            yield below  # a closing line joined to the name: "Alles Gute dir! Hauke"


def named_after_own_surname(signature: str, sender_name: str) -> Iterator[str]:
    """The firm on the line under the writer's sign-off when it carries the writer's surname:
    a sole trader signs from a personal mailbox with a business named after themselves ("Gerd
    Haas" then "Haas Prüfstandstechnik", "H. Rieger" then "Ingenieurbüro Rieger – Messtechnik
    & Versuch"), the trade after a dash left out."""
    words = sender_name.split()
    if len(words) < 2 or len(words[-1]) < 3:
        return
    given, surname = words[0], words[-1]
    own = (sender_name, given, f"{given[0]}. {surname}", f"{given[0]}.{surname}")
    lines = [line.strip() for line in signature.splitlines()[:_LINES] if line.strip()]
    for at, line in enumerate(lines[:-1]):
        if line not in own:
            continue
        firm = _SEPARATOR.split(lines[at + 1], maxsplit=1)[0].strip()
        parts = firm.split()
        if len(parts) >= 2 and surname in parts and firm != sender_name and firm[0].isupper():
            yield firm
        return


def sites(signature: str) -> Iterator[str]:
    """Host names a sign-off writes (a web site, the domain of a work address), lower case;
    the sites people link to for themselves left out."""
    for line in signature.splitlines()[:_LINES]:
        for found in _SITE.finditer(line):
            host = found.group(1).lower().rstrip(".")
            labels = host.split(".")
            if labels[-1] in _NOT_TLDS or len(labels[0]) < 2:
                continue
            if host not in _PERSONAL_SITES and ".".join(labels[-2:]) not in _PERSONAL_SITES:
                yield host
