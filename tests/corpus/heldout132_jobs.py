# ruff: noqa: E501, RUF100
"""Corpus 132, job mail part one (data only): see heldout132.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the threading
helper and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Chicago's offset on ``day`` (CDT until Sunday 2 November 2025, then CST)."""
    return "-0500" if day < "2025-11-02" else "-0600"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "en") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "en"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "en") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" in Chicago time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*ids: str) -> dict[str, str]:
    """Threading headers of a reply: ``m(..., **thread(first_id, ..., parent_id))``."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_NAME, ME_ADDR = "Keisha Dombrowski", "keisha.dombrowski@gmail.com"

DHF, DHFR = "Driscoll-Hart Foundation", "Program Officer, Economic Mobility"
LU, LU1, LU2 = (
    "Lakeshore University",
    "Program Manager, Center for Civic Engagement",
    "Assistant Director, Community Partnerships",
)
LUMC, LUMCR = "Lakeshore University Medical Center", "Program Manager, Community Health Engagement"
NF, NF1, NF2 = (
    "Neighbor Forward",
    "Senior Program Manager, Family Services",
    "Director of Youth Programs",
)
RYC, RYCR = "Roseland Youth Collective", "Program Director"
PAC, PACR = "Pilsen Arts Corps", "Programs & Partnerships Manager"
LK, LKR = "City of Lakemont", "Management Analyst II - Community Development"
KC, KCR = "Kinzie County", "Workforce Development Program Manager"
HFF, HFFR = "Halvorsen Family Foundation", "Senior Program Officer, Education"
PSH, PSHR = "Prairie State Health Fund", "Grants Manager"
GLC, GLCR = "Great Lakes Civic Trust", "Senior Program Associate"
CU, CUR = "Calder University", "Associate Director, Office of Community Engagement"
BP, BPR = "Brightpath Learning Network", "Program Manager, Partnerships"
WHE, WHER = "Westside Health Equity Coalition", "Program Manager, Community Health Workers"
HEF, HEFR = "Harborline Energy Foundation", "Community Investment Manager"
EFF, EFFR = "Equal Footing Fund", "Program Manager, Small Business Programs"
NWF, NWFR = "Near West Family Services", "Program Manager, Adult Education"
MP, MPR = "Village of Marlow Park", "Assistant to the Village Manager"
PAA, PAAR = "Prairie Afterschool Alliance", "Regional Program Manager"
MCT, MCTR = "Midway Community Trust", "Program Officer, Neighborhood Grants"

NADIA = ("Nadia Pruitt", "npruitt@dhf.example")
TANYA = ("Tanya Greer", "tanya.greer@lakeshorehealth.example")

# Messages other messages reply to.
_DHF_OFFER = m(
    "AM6PR04MB7711E",
    "2025-12-17 16:48",
    "Nadia Pruitt <npruitt@dhf.example>",
    "Offer - Program Officer, Economic Mobility",
    A("offer", DHF, DHFR, 1, "direct"),
    """Keisha,

It was such a pleasure to speak with you this afternoon, and I'm writing to put in writing what Lorraine and I shared on the phone: we would love for you to join the Driscoll-Hart Foundation as our Program Officer, Economic Mobility.

A few of the details, which are also in the attached letter:

  - Title: Program Officer, Economic Mobility (reports to Ray Okonkwo, Director of Programs)
  - Annual salary: $98,500, exempt
  - Proposed start date: Tuesday, January 20, 2026
  - Benefits: medical/dental/vision (DHF covers 100% of employee premiums), 403(b) with a 7% employer contribution after 90 days, 25 days PTO plus the winter closure, $1,500 annual professional development
  - Hybrid schedule: in the LaSalle Street office Tuesday through Thursday

You'll receive the formal letter through DocuSign tomorrow morning. We'd be grateful for your answer by Monday, December 22, and of course please call me with any questions at all - (312) 555-0148.

Ray asked me to pass along that the whole panel was "unanimous and a little giddy." I'm with them.

Warmly,
Nadia

Nadia Pruitt | Director of Talent & Operations
The Driscoll-Hart Foundation
135 S. LaSalle Street, Suite 2100 | Chicago, IL 60603
dhf.example
""",
    attach=[
        (
            "DHF_Offer_Letter_KDombrowski.pdf",
            "application/pdf",
            "%PDF-1.7 offer letter (placeholder)",
        )
    ],
)

_LUMC_OFFER = m(
    "BN8PR17MB2740C",
    "2025-12-15 17:22",
    "Tanya Greer <tanya.greer@lakeshorehealth.example>",
    "Great news from LUMC!",
    A("offer", LUMC, LUMCR, 4, "direct"),
    """Hi Keisha,

Thank you for taking my call this afternoon! As promised, here is a quick recap of the verbal offer for the Program Manager, Community Health Engagement position with Lakeshore University Medical Center:

Department: Community Health Engagement (Office of Population Health)
Hiring manager: Dr. Simone Achterberg
Base salary: $91,200/yr (Grade 14)
Start date: Monday, January 12, 2026 (flexible)
Sign-on: none; relocation: n/a

The formal offer letter will be posted to your candidate portal within one business day - you'll get a separate email from our system asking you to review and e-sign it. The offer is contingent on a background check, drug screen, and employee health clearance (flu vaccine + TB test).

Dr. Achterberg was so impressed by your presentation at the panel. Let me know if you have any questions about the benefits summary - happy to set up time with our benefits team.

Best,
Tanya

Tanya Greer, SHRM-CP
Senior Talent Acquisition Partner | Lakeshore University Health
Lakeshore University Medical Center
O: 312.555.0192
""",
)

_NF_INTERVIEW = m(
    "CAJ4mN2qkP",
    "2025-12-01 10:12",
    "Marcus Bell <marcus.bell@neighborforward.example>",
    "Director of Youth Programs - conversation",
    A("interview", NF, NF2, 6, "direct"),
    """Hi Keisha,

I'm the Chief Program Officer at Neighbor Forward - you may have seen our legal name, Northside Family Resource Network, on the application system, which confuses everyone, including our own board.

I remember your application for the Family Services role this fall; that one went to an internal candidate, but I was glad to see your name come through again for Director of Youth Programs. Your summer jobs work at Southside Pathways is exactly the kind of thing we're trying to build on the Northwest Side.

Would you be up for a 60-minute conversation with me and our ED, Rochelle Vance? We're looking at Tuesday 12/9 at 11:00 at our Lawrence Ave office. I'll send a calendar hold; if that time doesn't work just reply and we'll find another.

Thanks,
Marcus

Marcus Bell (he/him)
Chief Program Officer
Neighbor Forward
3340 W. Lawrence Ave, Chicago, IL 60625
""",
)

_PAC_COFFEE = m(
    "CAE9u4w1qkLC",
    "2025-09-26 22:14",
    "Lupe Carranza <lupecarranza.pac@gmail.com>",
    "your Idealist application",
    A("interview", PAC, PACR, 8, "direct"),
    """Hi Keisha!

Lupe here, ED at Pilsen Arts Corps. I finally got through the applications for our Programs & Partnerships Manager job (sorry for the slow reply, we're a staff of four and it's festival season). I loved your cover letter, especially the part about getting the alderman's office to fund bus passes for your summer cohort.

Would you want to grab coffee and talk? I'm around Wed or Thurs morning next week - I can do anywhere near 18th St or I can come to you.

Lupe Carranza
Executive Director, Pilsen Arts Corps
(she/ella)
""",
)

MAIL: list[dict[str, Any]] = [
    # --- 1. Driscoll-Hart Foundation ("DHF"), BambooHR, then its Director of Talent ----------
    m(
        "9173dc968d7e829a9a",
        "2025-10-06 09:14",
        "DHF Hiring Team <notifications@app.bamboohr.com>",
        "Thanks for applying to DHF",
        A("confirmation", DHF, DHFR, 1, "bamboohr"),
        """Hi Keisha,

Thank you for your interest in the Program Officer, Economic Mobility role at DHF. This note confirms that we received your application materials.

Our team reads every application. Because of the volume we receive, we're unable to respond to individual questions about status, but we will reach out directly if your experience aligns with what we need. We expect to begin first-round conversations in late October.

With gratitude,
The DHF Talent & Operations Team

--
The Driscoll-Hart Foundation | 135 S. LaSalle Street, Suite 2100 | Chicago, IL 60603
This email was sent by BambooHR on behalf of DHF. Please do not reply to this message.
""",
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p><img src="https://dhf.bamboohr.com/logos/dhf_wordmark.png" alt="DHF" width="80"></p>
<p>Hi Keisha,</p>
<p>Thank you for your interest in the <strong>Program Officer, Economic Mobility</strong> role at DHF. This note confirms that we received your application materials.</p>
<p>Our team reads every application. Because of the volume we receive, we're unable to respond to individual questions about status, but we will reach out directly if your experience aligns with what we need. We expect to begin first-round conversations in late October.</p>
<p>With gratitude,<br>The DHF Talent &amp; Operations Team</p>
<hr>
<p style="font-size:11px;color:#777">The Driscoll-Hart Foundation | 135 S. LaSalle Street, Suite 2100 | Chicago, IL 60603<br>
This email was sent by <a href="https://www.bamboohr.com/?utm_source=ats_email">BambooHR</a> on behalf of DHF. Please do not reply to this message.</p>
</body></html>""",
    ),
    m(
        "AM6PR04MB6630A",
        "2025-10-23 15:42",
        "Nadia Pruitt <npruitt@dhf.example>",
        "Program Officer, Economic Mobility - introductory conversation",
        A("interview", DHF, DHFR, 1, "direct"),
        """Dear Keisha,

Thank you for applying for the Program Officer, Economic Mobility position at the Driscoll-Hart Foundation. We were struck by your work building employer partnerships for Southside Pathways' summer jobs program, and we'd like to invite you to a 30-minute introductory phone conversation with me.

Would any of the following work?
  Tue 10/28: 9:00-11:00 am
  Wed 10/29: 11:00 am-1:00 pm
  Thu 10/30: 2:00-4:00 pm

Once we find a time I'll send a calendar invitation. No preparation is needed beyond a look at our 2024 annual letter, which you can find on our website.

Best regards,
Nadia

Nadia Pruitt | Director of Talent & Operations
The Driscoll-Hart Foundation
135 S. LaSalle Street, Suite 2100 | Chicago, IL 60603
""",
    ),
    m(
        "b23a0b6d4fdd42c313",
        "2025-10-24 10:05",
        "Nadia Pruitt <npruitt@dhf.example>",
        "Invitation: Keisha Dombrowski / DHF - introductory call @ Wed Oct 29, 2025 11am - 11:30am (CDT) (keisha.dombrowski@gmail.com)",
        A("interview", DHF, DHFR, 1, "direct"),
        """Keisha Dombrowski / DHF - introductory call
Wednesday Oct 29, 2025 ⋅ 11am - 11:30am
Central Time - Chicago

Nadia will call you at (773) 555-0163.

Organizer
Nadia Pruitt
npruitt@dhf.example

Guests
Nadia Pruitt - organizer
keisha.dombrowski@gmail.com

Reply for keisha.dombrowski@gmail.com
Yes / No / Maybe / More options

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        ics=ics(
            "3u8c0e5q1tdhf2025@google.com",
            "2025-10-29 11:00",
            "Keisha Dombrowski / DHF - introductory call",
            NADIA,
            minutes=30,
            description="Nadia will call you at (773) 555-0163.",
        ),
    ),
    m(
        "AM6PR04MB6902B",
        "2025-11-07 13:30",
        "Nadia Pruitt <npruitt@dhf.example>",
        "Next step: written exercise",
        A("assessment", DHF, DHFR, 1, "direct"),
        """Hi Keisha,

Thank you again for your time with me last week and with Ray on Monday. We'd like to move you forward, and the next step for all finalists is a short written exercise.

Attached you'll find a mock proposal from a fictional workforce organization, "Calumet Bridges," along with a one-page budget. Please prepare a recommendation memo to our Board's program committee (no more than two pages) covering:

  1. Whether you would recommend funding, and at what level
  2. The two or three questions you would want answered during due diligence
  3. How you would measure progress over a two-year grant

Please return the memo to me by 5:00 pm Central on Friday, November 14. We expect it to take about two to three hours; please don't spend more than that. Our reviewers read the memos without names attached.

Thanks, and have a good weekend,
Nadia
""",
        attach=[
            (
                "DHF_PO_Exercise_Calumet_Bridges.pdf",
                "application/pdf",
                "%PDF-1.7 mock proposal (placeholder)",
            )
        ],
    ),
    m(
        "AM6PR04MB7021C",
        "2025-11-19 11:18",
        "Nadia Pruitt <npruitt@dhf.example>",
        "Panel interview - Program Officer, Economic Mobility",
        A("interview", DHF, DHFR, 1, "direct"),
        """Keisha,

Good news - the reviewers enjoyed your memo (one of them wrote "finally, someone who asked about the employer side"). We'd like to invite you to an in-person panel interview on Tuesday, December 2 from 1:00 to 2:30 pm at our offices.

You'll meet with:
  Ray Okonkwo, Director of Programs
  Bettina Luz, Program Officer, Housing Stability
  Carl Sheedy, Trustee and chair of the program committee

The first hour is conversation; for the last 30 minutes we'll ask you to walk us through your memo and take questions. No slides needed.

An Outlook invitation is attached. Please check in with building security on the first floor; they'll send you up to 21.

Best,
Nadia
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D0F3A2B5F45BDC01000000000000000010000000A1",
            "2025-12-02 13:00",
            "DHF Panel Interview - Keisha Dombrowski",
            NADIA,
            minutes=90,
            style="outlook",
            location="DHF, 135 S. LaSalle St., Suite 2100, Chicago",
            attendees=[
                ("Ray Okonkwo", "rokonkwo@dhf.example"),
                ("Bettina Luz", "bluz@dhf.example"),
            ],
        ),
    ),
    m(
        "AM6PR04MB7330D",
        "2025-12-04 09:02",
        "Nadia Pruitt <npruitt@dhf.example>",
        "Conversation with Lorraine",
        A("interview", DHF, DHFR, 1, "direct"),
        """Hi Keisha,

Thanks for Tuesday - it was a lively panel! The last step in our process is a conversation with our President, Lorraine Driscoll-Hart. It's informal, about 45 minutes, and mostly about how you think about the Foundation's role in the city.

I've sent a hold for next Wednesday, December 10 at 3:00 pm. Lorraine prefers to meet in person, so it's at the office again. If that time doesn't work, just let me know.

Nadia
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B19E77C2D965DC01000000000000000010000000C7",
            "2025-12-10 15:00",
            "Keisha Dombrowski / Lorraine Driscoll-Hart",
            NADIA,
            minutes=45,
            style="outlook",
            location="DHF - Lorraine's office (21st floor)",
            attendees=[("Lorraine Driscoll-Hart", "ldriscollhart@dhf.example")],
        ),
    ),
    m(
        "AM6PR04MB7402E",
        "2025-12-08 08:41",
        "Nadia Pruitt <npruitt@dhf.example>",
        "Updated invitation: Keisha Dombrowski / Lorraine Driscoll-Hart",
        A("interview", DHF, DHFR, 1, "direct"),
        """Keisha - apologies for the shuffle. Lorraine has been pulled into a board call on Wednesday afternoon. Could we move your conversation to Thursday, December 11 at 9:30 am? Same place. I've updated the invitation; if Thursday is a problem, tell me and I'll find something else.

Thank you for your flexibility!
Nadia

Sent from Outlook for iOS
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B19E77C2D965DC01000000000000000010000000C7",
            "2025-12-11 09:30",
            "Keisha Dombrowski / Lorraine Driscoll-Hart",
            NADIA,
            minutes=45,
            style="outlook",
            location="DHF - Lorraine's office (21st floor)",
            sequence=1,
            attendees=[("Lorraine Driscoll-Hart", "ldriscollhart@dhf.example")],
        ),
    ),
    _DHF_OFFER,
    m(
        "6e1f0b38a4c24f0e",
        "2025-12-18 09:03",
        "Nadia Pruitt via Docusign <dse_NA3@docusign.net>",
        "Please DocuSign: DHF_Offer_Letter_KDombrowski.pdf",
        A("offer", DHF, DHFR, 1, "docusign"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" style="background:#1e4e9c;color:#fff"><tr><td style="padding:24px;text-align:center">
<p style="font-size:16px">Nadia Pruitt sent you a document to review and sign.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=6e1f0b38-a4c2-4f0e-9b1d-77e2c0a3f519&amp;acct=8c2d&amp;er=5a1e" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">REVIEW DOCUMENT</a></p>
</td></tr></table>
<p><b>Nadia Pruitt</b><br>npruitt@dhf.example</p>
<p>Keisha Dombrowski,</p>
<p>Please review and sign your offer letter. Reach out to me with any questions. -N</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br>
If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center.</p>
</body></html>""",
    ),
    m(
        "a90c5d21b7e84c3b",
        "2025-12-19 10:26",
        "Docusign NA3 System <dse_NA3@docusign.net>",
        "Completed: DHF_Offer_Letter_KDombrowski.pdf",
        A("offer", DHF, DHFR, 1, "docusign"),
        """All parties have completed DHF_Offer_Letter_KDombrowski.pdf.

View the completed document:
https://na3.docusign.net/Member/EmailStart.aspx?a=a90c5d21-b7e8-4c3b-8f44-02b1e6d7c9a1&acct=8c2d&er=77f0

Nadia Pruitt
npruitt@dhf.example

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

This message was sent to you by Nadia Pruitt who is using the Docusign Electronic Signature Service.
""",
        st="accepted",
    ),
    m(
        "AM6PR04MB7598F",
        "2025-12-19 11:04",
        "Nadia Pruitt <npruitt@dhf.example>",
        "RE: Offer - Program Officer, Economic Mobility",
        A("offer", DHF, DHFR, 1, "direct"),
        """Keisha!!! We are SO thrilled. I just walked your signed letter down the hall to Ray and he did a small dance, which I will not describe further.

Next steps: you'll get a note from our background check vendor early next week, and in the first week of January I'll send the new-hire paperwork through BambooHR. Your first day is Tuesday, January 20 - we'll have coffee and bagels at 9.

Enjoy the holidays. Welcome to DHF.

Nadia

From: Keisha Dombrowski <keisha.dombrowski@gmail.com>
Sent: Friday, December 19, 2025 10:31 AM
To: Nadia Pruitt <npruitt@dhf.example>
Subject: Re: Offer - Program Officer, Economic Mobility

Hi Nadia,

I'm delighted to accept the offer - I've just signed the letter in DocuSign. Thank you (and Lorraine and Ray) for such a thoughtful process. I'm going to give notice at Southside Pathways today and will plan on January 20.

With gratitude,
Keisha
""",
        st="accepted",
        **thread(_DHF_OFFER["id"], "<CAGx7mPbK2w@mail.gmail.com>"),
    ),
    m(
        "8274ee1ac76812fe60",
        "2025-12-23 07:15",
        "Sterling <no-reply@sterlingcheck.com>",
        "Action needed: complete your background check for The Driscoll-Hart Foundation",
        J("other_job", "other", DHF, DHFR),
        """Hello Keisha,

The Driscoll-Hart Foundation has requested that you complete a background check as part of your pre-employment process with them.

To get started, please use the secure link below to provide your information and consent. It should take about 10 minutes.

Start my background check: https://applicant.sterlingcheck.com/invite/2f9a11c04d?lang=en-US

This invitation expires in 7 days. If you have questions about your check, our candidate support team is available 24/7 at sterlingcheck.com/candidates.

Sterling
1 State Street Plaza, New York, NY 10004
You received this email because an employer requested a background screening. Sterling does not make hiring decisions.
""",
    ),
    m(
        "61e979bbab16e920b4",
        "2026-01-06 08:30",
        "DHF <notifications@app.bamboohr.com>",
        "Welcome to DHF! Let's get you ready for day one",
        J("other_job", "bamboohr", DHF, DHFR),
        """Hi Keisha,

We're so happy you're joining DHF on January 20! Before your first day, please log in to BambooHR and complete your new hire packet:

  * Personal information & emergency contacts
  * Direct deposit
  * Form W-4 and Illinois IL-W-4
  * Form I-9, Section 1 (bring your documents on day one)
  * Benefits elections (due within 30 days of start)
  * Employee handbook acknowledgement

Get started: https://dhf.bamboohr.com/onboarding/welcome?tk=0b44e1c7

If you run into trouble, reply to Nadia Pruitt at npruitt@dhf.example.

See you soon!
DHF Talent & Operations
""",
    ),
    # --- 2/3. Lakeshore University (Workday tenant "lakeshore"), two roles --------------------
    m(
        "d41a4a7611bd174793",
        "2025-09-08 21:40",
        "Lakeshore University <lakeshore@myworkday.com>",
        "Your Candidate Home account has been created",
        J("other_job", "workday", LU),
        """Hello Keisha Dombrowski,

Your candidate account has been created. You can use it to apply for jobs and track the status of your applications at Lakeshore University.

Sign in: https://lakeshore.wd1.myworkdayjobs.com/en-US/LU_Staff_Careers/login
Username: keisha.dombrowski@gmail.com

If you did not create this account, please contact hr-careers@lakeshore.example.

Lakeshore University Human Resources
""",
    ),
    m(
        "5cfaa938f9aba128d8",
        "2025-09-08 21:58",
        "Lakeshore University <lakeshore@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", LU, LU1, 2, "workday"),
        html="""<html><body>
<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;font-size:14px">
<img src="https://lakeshore.wd1.myworkdayjobs.com/LU_Staff_Careers/assets/logo" alt="Lakeshore University" height="48">
<p>Dear Keisha,</p>
<p>Thank you for your interest in the <b>Program Manager, Center for Civic Engagement</b> position (R0041187) at Lakeshore University. We have received your application and it is currently under review.</p>
<p>If your qualifications match the requirements of the position, a member of the search committee will contact you. You may check the status of your application at any time by signing in to your <a href="https://lakeshore.wd1.myworkdayjobs.com/en-US/LU_Staff_Careers/userHome">Candidate Home</a>.</p>
<p>Thank you for considering Lakeshore University as a place to build your career.</p>
<p>Sincerely,<br>Talent Acquisition<br>Lakeshore University Human Resources</p>
<p style="font-size:11px;color:#888">Lakeshore University is an Equal Opportunity/Affirmative Action Employer. Please do not reply to this automated message.</p>
</div></body></html>""",
    ),
    m(
        "b24a350e55716216ee",
        "2025-09-15 06:00",
        "Lakeshore University <lakeshore@myworkday.com>",
        "Don't forget to finish your application",
        J("alert", "workday", LU, LU2),
        """Hi Keisha,

You started an application for Assistant Director, Community Partnerships (R0041502) but haven't submitted it yet. Your progress has been saved.

Pick up where you left off:
https://lakeshore.wd1.myworkdayjobs.com/en-US/LU_Staff_Careers/job/Chicago-Campus/Assistant-Director--Community-Partnerships_R0041502/apply

Applications for this role will be reviewed on a rolling basis.

Lakeshore University Human Resources
""",
    ),
    m(
        "147fb4459f5931f556",
        "2025-09-17 22:31",
        "Lakeshore University <lakeshore@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", LU, LU2, 3, "workday"),
        html="""<html><body>
<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;font-size:14px">
<img src="https://lakeshore.wd1.myworkdayjobs.com/LU_Staff_Careers/assets/logo" alt="Lakeshore University" height="48">
<p>Dear Keisha,</p>
<p>Thank you for your interest in the <b>Assistant Director, Community Partnerships</b> position (R0041502) at Lakeshore University. We have received your application and it is currently under review.</p>
<p>If your qualifications match the requirements of the position, a member of the search committee will contact you. You may check the status of your application at any time by signing in to your <a href="https://lakeshore.wd1.myworkdayjobs.com/en-US/LU_Staff_Careers/userHome">Candidate Home</a>.</p>
<p>Thank you for considering Lakeshore University as a place to build your career.</p>
<p>Sincerely,<br>Talent Acquisition<br>Lakeshore University Human Resources</p>
<p style="font-size:11px;color:#888">Lakeshore University is an Equal Opportunity/Affirmative Action Employer. Please do not reply to this automated message.</p>
</div></body></html>""",
    ),
    m(
        "SN6PR11MB2210",
        "2025-09-29 14:26",
        "Whitcomb, Alan <a-whitcomb@lakeshore.example>",
        "Zoom interview - Center for Civic Engagement",
        A("interview", LU, LU1, 2, "direct"),
        """Dear Ms. Dombrowski,

On behalf of the search committee, thank you for applying for the Program Manager position in the Center for Civic Engagement. We would like to invite you to a first-round interview via Zoom on Tuesday, October 7, at 2:00 pm CT. The interview will last approximately 45 minutes and will be conducted by three members of the committee.

I have attached a calendar invitation with the Zoom link. If this time is not workable, please let me know and I will do my best to accommodate.

Kind regards,

Alan Whitcomb, PhD
Associate Director, Center for Civic Engagement
Lakeshore University
1040 W. Sheridan Road, Chicago, IL 60660
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000003A61F0D1E931DC01000000000000000010000000F2",
            "2025-10-07 14:00",
            "CCE Program Manager - Interview (K. Dombrowski)",
            ("Whitcomb, Alan", "a-whitcomb@lakeshore.example"),
            minutes=45,
            style="outlook",
            location="https://lakeshore.zoom.us/j/93155021874?pwd=Q2c5",
            description="Join Zoom Meeting https://lakeshore.zoom.us/j/93155021874 Meeting ID: 931 5502 1874 Passcode: 406115",
        ),
    ),
    m(
        "3565ed446d0e89edff",
        "2025-10-20 16:05",
        "Lakeshore University <lakeshore@myworkday.com>",
        "Update regarding your application",
        A("rejection", LU, LU1, 2, "workday"),
        """Dear Keisha,

Thank you for your interest in the Program Manager, Center for Civic Engagement position at Lakeshore University, and for the time you spent with our search committee. We know that interviewing takes real effort, and we appreciated learning about your work.

After careful consideration, the committee has selected a candidate whose experience most closely aligns with the current needs of the Center. We encourage you to continue to visit our careers site for future openings.

We wish you the very best in your search.

Sincerely,
Lakeshore University Talent Acquisition

This is an automated message. Replies to this address are not monitored.
""",
    ),
    m(
        "a2a32ff48b1d338ae2",
        "2026-01-13 11:48",
        "Lakeshore University <lakeshore@myworkday.com>",
        "Lakeshore University - Assistant Director, Community Partnerships (R0041502)",
        A("rejection", LU, LU2, 3, "workday"),
        """Dear Keisha,

We are writing to let you know that the Assistant Director, Community Partnerships (R0041502) position has now been filled. We sincerely appreciate your interest in Lakeshore University and the time you invested in applying.

Your candidate profile will remain active, and we encourage you to apply for other positions that match your interests.

Lakeshore University Human Resources
""",
    ),
    # --- 4. Lakeshore University Medical Center, iCIMS + its recruiter ----------------------
    m(
        "a7d0f5f6b46a549311",
        "2025-09-30 19:12",
        "Lakeshore Health Careers <no-reply@icims.com>",
        "Welcome to the Lakeshore Health Talent Community",
        J("alert", "icims", LUMC),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://careers-lakeshorehealth.icims.com/images/lh_logo.png" alt="Lakeshore Health | Lakeshore University Medical Center"></p>
<p>Hi Keisha,</p>
<p>Thanks for joining our Talent Community! You'll now receive emails when new opportunities that match your interests (<i>Community Health; Program Management; Chicago - Medical District</i>) are posted.</p>
<p>Ready to take the next step? <a href="https://careers-lakeshorehealth.icims.com/jobs/search?ss=1&amp;searchCategory=27">Browse open jobs</a>.</p>
<p>Lakeshore University Health is the academic health system of Lakeshore University Medical Center and its affiliated clinics.</p>
<p style="font-size:11px;color:#777"><a href="https://careers-lakeshorehealth.icims.com/connect/unsubscribe">Manage preferences</a> | Powered by iCIMS</p>
</body></html>""",
    ),
    m(
        "f43f198a8b32668f35",
        "2025-10-01 20:47",
        "Lakeshore Health Careers <no-reply@icims.com>",
        "Application Received - Req #2025-18832",
        A("confirmation", LUMC, LUMCR, 4, "icims"),
        """Dear Keisha,

Thank you for applying for the position of Program Manager, Community Health Engagement (Req #2025-18832) with Lakeshore University Medical Center (LUMC).

Your application has been received and will be reviewed by our Talent Acquisition team. If your skills and experience are a match, a recruiter will contact you to discuss next steps. You can check the status of your application at any time through your candidate dashboard:
https://careers-lakeshorehealth.icims.com/jobs/candidate?mode=dashboard

Please note: LUMC and its clinics are part of Lakeshore University Health and hire separately from Lakeshore University. Positions at the University's academic campus are posted on the University's own careers site.

Thank you for your interest in our mission of healthier communities.

Talent Acquisition
Lakeshore University Health

Lakeshore University Health is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.
""",
    ),
    m(
        "BN8PR17MB1183A",
        "2025-10-14 10:38",
        "Tanya Greer <tanya.greer@lakeshorehealth.example>",
        "Phone screen - Program Manager, Community Health Engagement",
        A("interview", LUMC, LUMCR, 4, "direct"),
        """Hi Keisha,

My name is Tanya and I'm the recruiter supporting the Program Manager, Community Health Engagement role at LUMC. I reviewed your background and would love to set up a 20-30 minute phone screen to learn more about your experience and share details about the position, including the salary range.

Are you available Thursday 10/16 between 9 and 12, or Friday 10/17 after 1? Please reply with a time that works and the best number to reach you.

Thanks so much,
Tanya

Tanya Greer, SHRM-CP
Senior Talent Acquisition Partner | Lakeshore University Health
Lakeshore University Medical Center
O: 312.555.0192

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
""",
    ),
    m(
        "BN8PR17MB1190B",
        "2025-10-14 21:03",
        "Tanya Greer <tanya.greer@lakeshorehealth.example>",
        "Automatic reply: Phone screen - Program Manager, Community Health Engagement",
        J("other_job", "direct", LUMC, LUMCR),
        """Thank you for your email. I am out of the office attending a hiring event on Wednesday, October 15 and will have limited access to email. I will respond upon my return on Thursday, October 16.

For urgent matters, please contact the Talent Acquisition main line at 312.555.0100.

Tanya Greer
Lakeshore University Health
""",
    ),
    m(
        "0f83babf23705f9a17",
        "2025-10-27 13:11",
        "Lakeshore Health Careers <no-reply@icims.com>",
        "Interview Confirmation - Lakeshore University Medical Center",
        A("interview", LUMC, LUMCR, 4, "icims"),
        """Dear Keisha,

This message confirms your interview for Program Manager, Community Health Engagement (Req #2025-18832).

Date: Friday, October 31, 2025
Time: 10:00 AM - 11:30 AM Central
Format: Panel interview (in person)
Location: LUMC Community Health Pavilion, 2150 W. Harrison St., 4th floor, Conference Room 4B
Panel: Dr. Simone Achterberg (Director, Community Health Engagement); Luis Ferrante (Manager, Community Health Workers); Deja Whitfield (Program Manager, Population Health)

The panel has asked that you prepare a 10-minute presentation: "A 90-day plan to grow community partnerships for our hypertension outreach program." A laptop and screen will be available; please bring your slides on a USB drive or email them to your recruiter the day before.

Parking: validated parking is available in the Paulina Street garage. Please allow 15 minutes for check-in and visitor badging.

If you need to reschedule or require an accommodation, contact Tanya Greer at tanya.greer@lakeshorehealth.example.

Talent Acquisition
Lakeshore University Health
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E2C917D84F49DC01000000000000000010000000AB",
            "2025-10-31 10:00",
            "LUMC Panel Interview - Program Manager, Community Health Engagement",
            TANYA,
            minutes=90,
            style="outlook",
            location="LUMC Community Health Pavilion, 2150 W. Harrison St., Conf Rm 4B",
        ),
    ),
    m(
        "BN8PR17MB1562C",
        "2025-10-29 15:50",
        "Tanya Greer <tanya.greer@lakeshorehealth.example>",
        "Panel moved to Tuesday 11/4",
        A("interview", LUMC, LUMCR, 4, "direct"),
        """Hi Keisha,

I'm so sorry for the late change - Dr. Achterberg has a conflict with a state site visit on Friday. Can we move your panel to Tuesday, November 4, same time (10:00-11:30), same room? Updated invite attached. Everything else (presentation, parking) stays the same.

Please accept the new invite if it works, or call me if it doesn't.

Thanks for your patience!
Tanya
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E2C917D84F49DC01000000000000000010000000AB",
            "2025-11-04 10:00",
            "LUMC Panel Interview - Program Manager, Community Health Engagement",
            TANYA,
            minutes=90,
            style="outlook",
            sequence=1,
            location="LUMC Community Health Pavilion, 2150 W. Harrison St., Conf Rm 4B",
        ),
    ),
    _LUMC_OFFER,
    m(
        "a0ba37f9ccde226fde",
        "2025-12-16 12:00",
        "Lakeshore Health Careers <no-reply@icims.com>",
        "Action Required: Review Your Offer",
        A("offer", LUMC, LUMCR, 4, "icims"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Keisha,</p>
<p>Congratulations! Your offer letter for <b>Program Manager, Community Health Engagement</b> (Req #2025-18832) at Lakeshore University Medical Center is ready for your review.</p>
<p>Please log in to your candidate portal to review, accept or decline your offer within five (5) business days:<br>
<a href="https://careers-lakeshorehealth.icims.com/jobs/candidate?mode=offer&amp;iis=Email&amp;rid=18832">Review my offer</a></p>
<p>If you have any questions, please reach out to your recruiter.</p>
<p>Talent Acquisition<br>Lakeshore University Health</p>
</body></html>""",
    ),
    m(
        "BN8PR17MB3015D",
        "2025-12-21 13:37",
        "Tanya Greer <tanya.greer@lakeshorehealth.example>",
        "RE: Great news from LUMC!",
        A("offer", LUMC, LUMCR, 4, "direct"),
        """Hi Keisha,

Thank you for letting me know, and for being so upfront throughout the process. We're disappointed, of course - Dr. Achterberg said to tell you the door is open - but a program officer role at a foundation is a wonderful next step, and I completely understand.

I've withdrawn the offer in our system, so you can ignore any automated reminders. Best of luck at DHF!

Tanya

-----Original Message-----
From: Keisha Dombrowski <keisha.dombrowski@gmail.com>
Sent: Saturday, December 20, 2025 9:14 AM
To: Tanya Greer <tanya.greer@lakeshorehealth.example>
Subject: Re: Great news from LUMC!

Hi Tanya,

Thank you so much for the offer and for all your help. After a lot of thought, I've decided to decline - I've accepted a program officer role at a foundation that's a closer fit for where I want to grow. Please thank Dr. Achterberg and the panel for me; I really enjoyed meeting them.

All the best,
Keisha
""",
        st="declined",
        **thread(_LUMC_OFFER["id"], "<CAGx7mPc9Lz@mail.gmail.com>"),
    ),
    # --- 5/6. Neighbor Forward (legal name Northside Family Resource Network NFP), Paylocity --
    m(
        "51a3fe9d69f0072a55",
        "2025-09-11 12:19",
        "Northside Family Resource Network NFP <no-reply@paylocity.com>",
        "Thank you for applying",
        A("confirmation", NF, NF1, 5, "other"),
        """Keisha,

Thank you for applying for the Senior Program Manager, Family Services position with Northside Family Resource Network NFP. We have received your application and our hiring team will review your qualifications.

If you are selected to move forward in the process, someone from our team will contact you directly.

Best regards,
Human Resources
Neighbor Forward

You are receiving this email because you applied for a job through Paylocity on behalf of Northside Family Resource Network NFP. Please do not reply to this email.
""",
    ),
    m(
        "8175f772209433c8dd",
        "2025-10-02 15:44",
        "Northside Family Resource Network NFP <no-reply@paylocity.com>",
        "Senior Program Manager, Family Services",
        A("rejection", NF, NF1, 5, "other"),
        """Dear Keisha,

Thank you for your interest in the Senior Program Manager, Family Services position. We received many strong applications, and we appreciate the time you took to apply.

We have decided to move forward with another candidate for this role. We will keep your information on file and encourage you to apply for future openings that match your experience.

Warm regards,
Human Resources
Neighbor Forward (Northside Family Resource Network NFP)
""",
    ),
    m(
        "baaf740a4ec71dd561",
        "2025-11-10 19:55",
        "Northside Family Resource Network NFP <no-reply@paylocity.com>",
        "Thank you for applying",
        A("confirmation", NF, NF2, 6, "other"),
        """Keisha,

Thank you for applying for the Director of Youth Programs position with Northside Family Resource Network NFP. We have received your application and our hiring team will review your qualifications.

If you are selected to move forward in the process, someone from our team will contact you directly.

Best regards,
Human Resources
Neighbor Forward

You are receiving this email because you applied for a job through Paylocity on behalf of Northside Family Resource Network NFP. Please do not reply to this email.
""",
    ),
    _NF_INTERVIEW,
    m(
        "7766b7650d4762921a",
        "2025-12-01 10:20",
        "Marcus Bell <marcus.bell@neighborforward.example>",
        "Invitation: Keisha D. - Director of Youth Programs conversation @ Tue Dec 9, 2025 11am - 12pm (CST) (keisha.dombrowski@gmail.com)",
        A("interview", NF, NF2, 6, "direct"),
        """Keisha D. - Director of Youth Programs conversation
Tuesday Dec 9, 2025 ⋅ 11am - 12pm
Central Time - Chicago

Location
Neighbor Forward, 3340 W Lawrence Ave, Chicago, IL 60625

Ring the bell at the side door on Spaulding - front door sticks.

Guests
Marcus Bell - organizer
Rochelle Vance
keisha.dombrowski@gmail.com

Invitation from Google Calendar
""",
        ics=ics(
            "6ob3dqk1v2nf@google.com",
            "2025-12-09 11:00",
            "Keisha D. - Director of Youth Programs conversation",
            ("Marcus Bell", "marcus.bell@neighborforward.example"),
            location="Neighbor Forward, 3340 W Lawrence Ave, Chicago, IL 60625",
            attendees=[("Rochelle Vance", "rvance@neighborforward.example")],
        ),
    ),
    m(
        "CAJ4mN7zzR",
        "2025-12-22 09:47",
        "Marcus Bell <marcus.bell@neighborforward.example>",
        "Re: Director of Youth Programs - conversation",
        A("confirmation", NF, NF2, 6, "direct"),
        """Keisha, congratulations - DHF is lucky. Thanks for telling us before we scheduled the second round; I've let Rochelle know and we'll take you out of the process. Let's definitely stay in touch, especially once you're on the funder side (ha).

Marcus

On Sun, Dec 21, 2025 at 4:02 PM Keisha Dombrowski <keisha.dombrowski@gmail.com> wrote:
> Hi Marcus,
>
> I wanted to let you know right away that I've accepted a position at the Driscoll-Hart Foundation, so I'd like to withdraw my application for Director of Youth Programs. I really enjoyed talking with you and Rochelle and I'm rooting for the Northwest Side expansion.
>
> Best,
> Keisha
""",
        st="withdrawn",
        **thread(_NF_INTERVIEW["id"], "<CAGx7mPdQ4e@mail.gmail.com>"),
    ),
    # --- 7. Roseland Youth Collective, hired through its parent's ADP ----------------------
    m(
        "d3ce13710e8ca3a2c2",
        "2025-09-23 11:02",
        "Midwest Children's Network <noreply@adp.com>",
        "Thank you for your application",
        A("confirmation", RYC, RYCR, 7, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Keisha Dombrowski,</p>
<p>Thank you for applying for the position of <b>Program Director - Roseland Youth Collective</b> (Requisition 1847).</p>
<p>Midwest Children's Network provides human resources services for its member agencies, including Roseland Youth Collective. Your application will be reviewed by the hiring agency, and a member of our team will contact you if your qualifications meet the needs of the position.</p>
<p>Sincerely,<br>Human Resources<br>Midwest Children's Network</p>
<p style="color:#888;font-size:11px">This message was sent from ADP Workforce Now Recruitment. Please do not reply to this message.</p>
</body></html>""",
    ),
    m(
        "d97b7de975a976ba7e",
        "2025-10-08 14:16",
        "Gloria Ames <games@mcn-chicago.example>",
        "Interview - Program Director, Roseland Youth Collective",
        A("interview", RYC, RYCR, 7, "direct"),
        """Good afternoon Keisha,

I am the HR Generalist at Midwest Children's Network, which handles hiring for our member agencies. Roseland Youth Collective's Executive Director, Mr. Darnell Hughes, would like to interview you for the Program Director position.

The interview will be held on Wednesday, October 15 at 1:00 PM at the RYC site, 10852 S. Michigan Ave. Street parking is available. Please bring two copies of your resume and a list of three professional references.

A calendar invitation will follow. Kindly confirm your attendance by replying to this email.

Respectfully,

Gloria Ames
HR Generalist
Midwest Children's Network
"Every child, every neighborhood."
""",
        ics=ics(
            "1q7vj0d4mcn8812@google.com",
            "2025-10-15 13:00",
            "Interview: Keisha Dombrowski - RYC Program Director",
            ("Gloria Ames", "games@mcn-chicago.example"),
            location="Roseland Youth Collective, 10852 S. Michigan Ave, Chicago, IL 60628",
            attendees=[("Darnell Hughes", "dhughes@roselandyouth.example")],
        ),
    ),
    m(
        "77d9e7b1016aa28606",
        "2025-11-03 10:31",
        "Gloria Ames <games@mcn-chicago.example>",
        "RYC Program Director search - update",
        A("confirmation", RYC, RYCR, 7, "direct"),
        """Dear Keisha,

I'm writing with an update on the Program Director search for Roseland Youth Collective. Because of delays in the agency's state contract renewal, RYC has decided to put this position on hold until the funding is confirmed. We hope to resume the search early in the new year.

Mr. Hughes asked me to let you know he very much enjoyed your interview, and we will reach out to you first if the position reopens. We apologize for the inconvenience and thank you for your patience.

Respectfully,

Gloria Ames
HR Generalist
Midwest Children's Network
""",
        st="on_hold",
    ),
    # --- 8. Pilsen Arts Corps, through Idealist, then the ED's Gmail ---------------------
    m(
        "3bf0f9afa57d84a464",
        "2025-09-19 13:25",
        "Idealist <no-reply@idealist.org>",
        "Your application was sent to Pilsen Arts Corps",
        A("confirmation", PAC, PACR, 8, "other"),
        """Hi Keisha,

Your application for Programs & Partnerships Manager at Pilsen Arts Corps has been sent! Here's what you submitted:

  Resume: Dombrowski_Keisha_Resume_2025.pdf
  Cover letter: yes
  Answers to 2 screening questions

What happens next? The organization will review your application and contact you directly if they'd like to move forward. Idealist doesn't see hiring decisions, so we won't be able to tell you your status.

Track your applications: https://www.idealist.org/en/my-idealist/applications

Good luck!
The Idealist Team

Idealist | 302 Fifth Avenue, 11th Floor, New York, NY 10001
Unsubscribe from application emails: https://www.idealist.org/en/email-preferences
""",
    ),
    _PAC_COFFEE,
    m(
        "CAE9u4w1qkLD",
        "2025-09-29 08:02",
        "Lupe Carranza <lupecarranza.pac@gmail.com>",
        "Re: your Idealist application",
        A("interview", PAC, PACR, 8, "direct"),
        """Perfect - Thursday 8:30 at Cafe Tenochtitlan on 18th & Paulina. I'll be the one with paint on my jeans.

L

Sent from my iPhone

> On Sep 28, 2025, at 7:44 PM, Keisha Dombrowski <keisha.dombrowski@gmail.com> wrote:
>
> Hi Lupe, thank you so much! Thursday morning works great. Anywhere on 18th is perfect.
""",
        **thread(_PAC_COFFEE["id"], "<CAGx7mPaT0p@mail.gmail.com>"),
    ),
    m(
        "CAE9u4w1qkLE",
        "2025-10-21 20:37",
        "Lupe Carranza <lupecarranza.pac@gmail.com>",
        "checking in",
        A("rejection", PAC, PACR, 8, "direct"),
        """Hi Keisha,

Thank you again for the coffee and for coming to see the mural workshop - the kids are still talking about the lady who knew all the words to the Selena song.

I wanted to tell you myself: we decided to offer the role to Marisol, who has been one of our teaching artists for five years and knows the families really well. It was a hard call, because honestly you'd bring things we don't have. I hope we can find a way to work together anyway - I'd love to talk about a summer jobs partnership with Southside Pathways.

Un abrazo,
Lupe
""",
    ),
]
