"""How each ATS, job board and assessment vendor looks on the wire: sender addresses, display
names, job-link shapes and footers. Data, not logic: add a vendor by adding an entry."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from ..vocabulary import Source


@dataclass(frozen=True, slots=True)
class Vendor:
    """One sending system. Templates use ``{company}``, ``{slug}``, ``{tenant}``, ``{token}``..."""

    name: str
    addresses: tuple[str, ...]
    displays: tuple[str, ...]
    urls: tuple[str, ...]
    footers: tuple[str, ...] = ()
    msgid_domain: str = ""
    portal: str = ""


VENDORS: dict[Source, Vendor] = {
    Source.GREENHOUSE: Vendor(
        name="Greenhouse",
        addresses=("no-reply@{gh_region}.greenhouse-mail.io",),
        displays=(
            "{company}",
            "{company} Recruiting",
            "{company} Hiring Team",
            "{company} Talent Acquisition",
            "{recruiter}",
        ),
        urls=(
            "https://boards.greenhouse.io/{slug}/jobs/{jobnum}",
            "https://job-boards.greenhouse.io/{slug}/jobs/{jobnum}",
            "https://job-boards.{gh_board}greenhouse.io/{slug}/jobs/{jobnum}?gh_src={token}",
        ),
        footers=("Powered by Greenhouse", ""),
        msgid_domain="{gh_region}.greenhouse-mail.io",
        portal="https://my.greenhouse.io/applications",
    ),
    Source.LEVER: Vendor(
        name="Lever",
        addresses=("no-reply@hire.lever.co",),
        displays=("{company}", "{recruiter}", "{recruiter} from {company}", "{company} Recruiting"),
        urls=(
            "https://jobs.lever.co/{dashed}/{uuid}",
            "https://jobs.{lever_eu}lever.co/{slug}/{uuid}",
        ),
        footers=(
            "Sent via Lever",
            "",
            "You are receiving this email because you applied to {company} through Lever.",
        ),
        msgid_domain="hire.lever.co",
    ),
    Source.WORKDAY: Vendor(
        name="Workday",
        addresses=("{tenant}@myworkday.com",),
        displays=("Workday", "{recruiter}", "{company} Careers", "{company} Talent Acquisition"),
        urls=(
            "https://{tenant}.wd{wd}.myworkdayjobs.com/en-US/{site}/job/{city_dashed}/"
            "{title_dashed}_{wd_req}",
            "https://{tenant}.wd{wd}.myworkdayjobs.com/{site}/job/{city_dashed}/"
            "{title_dashed}_{wd_req}-1",
        ),
        footers=(
            "This message was sent from Workday on behalf of {company}.",
            "Please do not reply to this email; this mailbox is not monitored.",
            "",
        ),
        msgid_domain="myworkday.com",
        portal="https://{tenant}.wd{wd}.myworkdayjobs.com/en-US/{site}/userHome",
    ),
    Source.ASHBY: Vendor(
        name="Ashby",
        addresses=("no-reply@ashbyhq.com",),
        displays=("{company}", "{company} Hiring Team", "{recruiter} at {company}"),
        urls=(
            "https://jobs.ashbyhq.com/{slug}/{uuid}",
            "https://jobs.ashbyhq.com/{dashed}/{uuid}/application",
        ),
        footers=("Powered by Ashby", ""),
        msgid_domain="ashbyhq.com",
    ),
    Source.ICIMS: Vendor(
        name="iCIMS",
        addresses=("{slug}+autoreply@talent.icims.com", "no-reply@talent.icims.com"),
        displays=("{company} @ icims",),
        urls=(
            "https://careers-{slug}.icims.com/jobs/{jobnum}/{title_slug}/job",
            "https://uscareers-{slug}.icims.com/jobs/{jobnum}/{title_slug}/job?hub=7",
        ),
        footers=("This email was sent by iCIMS on behalf of {company}.", ""),
        msgid_domain="talent.icims.com",
    ),
    Source.SMARTRECRUITERS: Vendor(
        name="SmartRecruiters",
        addresses=("noreply@smartrecruiters.com", "jobs@smartrecruiters.com"),
        displays=("{company}", "{company} Hiring Team", "{recruiter}"),
        urls=("https://jobs.smartrecruiters.com/{smart_name}/{longnum}-{title_slug}",),
        footers=("Powered by SmartRecruiters", "Privacy Policy | SmartRecruiters"),
        msgid_domain="smartrecruiters.com",
    ),
    Source.TALEO: Vendor(
        name="Taleo",
        addresses=("do-not-reply@{tenant}.taleo.net", "no-reply@taleo.net"),
        displays=("{company} Careers", "{company}", "{company} Recruitment"),
        urls=(
            "https://{tenant}.taleo.net/careersection/2/jobdetail.ftl?job={jobnum}&lang=en",
            "https://{tenant}.taleo.net/careersection/ex/jobdetail.ftl?job={req_or_num}",
        ),
        footers=(
            "This is an automated message from the {company} career site. Please do not reply.",
        ),
        msgid_domain="taleo.net",
    ),
    Source.ORACLE: Vendor(
        name="Oracle Recruiting Cloud",
        addresses=("no-reply@{tenant}.fa.ocs.oraclecloud.com", "{tenant}@fa.em2.oraclecloud.com"),
        displays=("{company}", "{company} Careers", "{company} Recruiting"),
        urls=(
            "https://{tenant}.fa.{oracle_pod}.oraclecloud.com/hcmUI/CandidateExperience/en/"
            "sites/CX_1/job/{jobnum}",
        ),
        footers=("Please do not reply to this automated message.", ""),
        msgid_domain="oraclecloud.com",
    ),
    Source.JAZZHR: Vendor(
        name="JazzHR",
        addresses=("no-reply@applytojob.com", "{dashed}@applytojob.com"),
        displays=("{company}", "{company} Hiring", "{recruiter}"),
        urls=("https://{slug}.applytojob.com/apply/{code10}/{title_camel}",),
        footers=("Powered by JazzHR", ""),
        msgid_domain="applytojob.com",
    ),
    Source.BAMBOOHR: Vendor(
        name="BambooHR",
        addresses=("noreply@bamboohr.com", "notifications@app.bamboohr.com"),
        displays=("{recruiter}",),
        urls=(
            "https://{slug}.bamboohr.com/careers/{smallnum}",
            "https://{slug}.bamboohr.com/jobs/view.php?id={smallnum}",
        ),
        footers=("Powered by BambooHR", ""),
        msgid_domain="bamboohr.com",
    ),
    Source.WORKABLE: Vendor(
        name="Workable",
        addresses=("noreply@candidates.workablemail.com",),
        displays=("{company}", "{recruiter} from {company}", "{company} Recruitment"),
        urls=(
            "https://apply.workable.com/{dashed}/j/{code10}/",
            "https://apply.workable.com/j/{code10}",
        ),
        footers=("Sent with Workable", "Powered by Workable", ""),
        msgid_domain="workablemail.com",
    ),
    Source.TEAMTAILOR: Vendor(
        name="Teamtailor",
        addresses=(
            "no-reply@{tt_token}.teamtailor-mail.com",
            "{dashed}@{tt_token}.teamtailor-mail.com",
        ),
        displays=("{company}", "{recruiter}", "{recruiter} | {company}"),
        urls=(
            "https://{dashed}.teamtailor.com/jobs/{smallnum}-{title_slug}",
            "https://careers.{domain}/jobs/{smallnum}-{title_slug}",
        ),
        footers=("Powered by Teamtailor", ""),
        msgid_domain="{tt_token}.teamtailor-mail.com",
    ),
    Source.PERSONIO: Vendor(
        name="Personio",
        addresses=("no-reply@jobs.personio.de", "{dashed}@jobs.personio.de"),
        displays=("{company}", "{company} Recruiting", "{recruiter} ({company})"),
        urls=(
            "https://{dashed}.jobs.personio.de/job/{smallnum}?language={lang}",
            "https://{dashed}.jobs.personio.com/job/{smallnum}",
        ),
        footers=("Powered by Personio", "Diese E-Mail wurde über Personio versendet.", ""),
        msgid_domain="personio.de",
    ),
    Source.RECRUITEE: Vendor(
        name="Recruitee",
        addresses=("{dashed}@hire.recruitee.com", "no-reply@recruitee.com"),
        displays=("{company}", "{recruiter}", "{company} Careers"),
        urls=("https://{dashed}.recruitee.com/o/{title_slug}",),
        footers=("Powered by Recruitee", ""),
        msgid_domain="recruitee.com",
    ),
    Source.LINKEDIN: Vendor(
        name="LinkedIn",
        addresses=("jobs-noreply@linkedin.com",),
        displays=("LinkedIn",),
        urls=("https://www.linkedin.com/jobs/view/{linkedin_id}/",),
        footers=(
            "This email was intended for {user}. Learn why we included this.\n"
            "© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
        ),
        msgid_domain="linkedin.com",
    ),
    Source.INDEED: Vendor(
        name="Indeed",
        addresses=("indeedapply@indeed.com", "donotreply@match.indeed.com"),
        displays=("Indeed", "Indeed Apply"),
        urls=("https://{indeed_host}/viewjob?jk={hex16}",),
        footers=("© 2024 Indeed - Do not reply to this email.",),
        msgid_domain="indeed.com",
    ),
    Source.WELLFOUND: Vendor(
        name="Wellfound",
        addresses=("team@hi.wellfound.com", "no-reply@wellfound.com"),
        displays=("Wellfound", "{recruiter} via Wellfound"),
        urls=(
            "https://wellfound.com/jobs/{smallnum}-{title_slug}",
            "https://wellfound.com/company/{dashed}/jobs/{smallnum}-{title_slug}",
        ),
        footers=("Wellfound (formerly AngelList Talent)", ""),
        msgid_domain="wellfound.com",
    ),
    Source.HANDSHAKE: Vendor(
        name="Handshake",
        addresses=("notifications@mail.joinhandshake.com",),
        displays=("Handshake", "{company} via Handshake"),
        urls=("https://app.joinhandshake.com/stu/jobs/{smallnum}",),
        footers=("Handshake, 225 Bush St, San Francisco, CA", ""),
        msgid_domain="joinhandshake.com",
    ),
    Source.HACKERRANK: Vendor(
        name="HackerRank",
        addresses=("no-reply@hackerrankforwork.com", "support@hackerrankforwork.com"),
        displays=("{company} via HackerRank", "HackerRank", "{company} Recruiting Team"),
        urls=("https://www.hackerrank.com/test/{token}/login?b={b64}",),
        footers=("Powered by HackerRank", ""),
        msgid_domain="hackerrankforwork.com",
    ),
    Source.CODILITY: Vendor(
        name="Codility",
        addresses=("no-reply@codility.com", "notifications@codility.com"),
        displays=("Codility", "{company} via Codility"),
        urls=("https://app.codility.com/c/invite/{token}/",),
        footers=("Codility Limited", ""),
        msgid_domain="codility.com",
    ),
    Source.CODESIGNAL: Vendor(
        name="CodeSignal",
        addresses=("no-reply@codesignal.com", "support@codesignal.com"),
        displays=("CodeSignal", "{company} Recruiting via CodeSignal"),
        urls=("https://app.codesignal.com/public-test/{token}/{b64}",),
        footers=("CodeSignal, Inc.", ""),
        msgid_domain="codesignal.com",
    ),
    Source.HIREVUE: Vendor(
        name="HireVue",
        addresses=("noreply@hirevue.com", "no-reply@hirevue-mail.com"),
        displays=("{company}", "{company} Recruiting", "{company} via HireVue"),
        urls=("https://app.hirevue.com/interviews/{token}",),
        footers=("Powered by HireVue", "HireVue, Inc. - please do not reply to this email"),
        msgid_domain="hirevue.com",
    ),
    Source.DOCUSIGN: Vendor(
        name="DocuSign",
        addresses=("dse_NA3@docusign.net", "dse_NA4@docusign.net", "dse@eumail.docusign.net"),
        displays=("{recruiter} via Docusign", "{recruiter} via DocuSign"),
        urls=("https://na3.docusign.net/Signing/EmailStart.aspx?a={uuid}&acct={uuid2}&er={uuid3}",),
        footers=(
            "Do Not Share This Email\nThis email contains a secure link to Docusign. "
            "Please do not share this email, link, or access code with others.",
        ),
        msgid_domain="docusign.net",
    ),
}


def stable_token(text: str, length: int = 8) -> str:
    """A per-employer token (Teamtailor subdomain and friends) that never changes for a seed."""
    value = zlib.crc32(text.encode()) * 2654435761 % (36**length)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    for _ in range(length):
        value, rem = divmod(value, 36)
        out.append(digits[rem])
    return "".join(out)
