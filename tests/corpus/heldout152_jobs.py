# ruff: noqa: E501, RUF100
"""Corpus 152, job mail part one (data only): see heldout152.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the thread
helper and the employer / role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Auckland's offset on ``day`` (NZST until the last Sunday of September 2025, then NZDT)."""
    return "+1200" if day < "2025-09-28" else "+1300"


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def re(*earlier: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the last of ``earlier`` (the whole chain as References)."""
    return {
        "In-Reply-To": earlier[-1]["id"],
        "References": " ".join(spec["id"] for spec in earlier),
    }


ME_ADDR = "aroha.trw@gmail.com"
WORK = "Aroha Whitfield <aroha.w@kahikateabs.example>"

TB, TB1, TB2 = "Tōtara Bank", "Payroll Specialist", "Accounts Payable Analyst"
KE, KE1, KE2 = "Kōtuku Energy", "Accounts Payable Officer", "Payroll Officer"
KP, KPR = "Kaimai Plains District Council", "Payroll Advisor"
MM, MMR = "Mānuka Market", "Accounts Payable Officer"
WJ, WJR = "Waikato Joinery", "Accounts Officer"
RL, RLR = "Rāwhiti Logistics", "Payroll Administrator"
HT, HTR = "Hauora Tāmaki", "Payroll Officer"
KT, KTR = "Kauri Tyre Co", "Accounts Payable Clerk"
KR, KRR = "Kinloch Reid", "Payroll & Accounts Administrator"
UH, UHR = "University of Hauraki", "Payroll Systems Analyst"
BH, BHR = "Brightwater Healthcare", "Payroll Coordinator"
PF, PFR = "Pōhutukawa Foods", "Payroll Officer"
TK, TKR = "Te Kōpū Holdings", "Finance Officer"
PK, PKR = "Paykiwi", "Payroll Implementation Specialist"
TA, TAR = "Te Ara Housing Trust", "Accounts Payable Officer"
NP, NPR = "Northgate Port", "Payroll Officer"
HC, HCR = "Harbour City Builders", "Finance Officer"
AF, AFR = "Aotea Freight", "Accounts Payable Officer"
LL, LLR = "LedgerLoop", "Payroll Administrator"
TV, TVR = "Tui Vets", "Payroll & Accounts Officer"


# --- 1 and 6: Tōtara Bank (Workday tenant "tbnz"), two roles ---------------------------------

_TB_FOOT = """
Tōtara Bank New Zealand Limited | Level 12, 80 Queen Street, Auckland 1010
This email was sent from an unmonitored mailbox. To manage your candidate profile visit
https://tbnz.wd3.myworkdayjobs.com/en-US/TotaraCareers/userHome
Tōtara Bank is an equal opportunity employer. We welcome applications from Māori, Pacific
peoples, disabled people and people of all genders, ages and backgrounds."""

_tb_invite = m(
    "k3v1",
    "2025-09-25 16:31",
    "Rachel Ng <rachel.ng@totarabank.example>",
    "Tōtara Bank | Payroll Specialist | Aroha Te Rangi-Whitfield",
    A("interview", TB, TB1, 1, "direct"),
    text="""Kia ora Aroha,

Thanks for taking my call this afternoon. As discussed, here's the invite for a 30 minute
Teams chat with me and Hamish Doyle (Payroll Operations Lead) on Tuesday 30 September at
12.30pm.

We'll talk through your experience running fortnightly and monthly pays, how you handle
Holidays Act calculations, and a bit about what you're after in your next role. Nothing to
prepare - just bring yourself.

If the time doesn't work, reply to this email and I'll find another slot.

Ngā mihi,
Rachel

Rachel Ng | Talent Acquisition Partner - Corporate Functions
Tōtara Bank | M +64 21 555 0184

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTc3>
Meeting ID: 418 226 903 771
Passcode: 8bT3xq
________________________________________________________________________________

CAUTION: This email and any attachments are confidential and may be legally privileged.
If you are not the intended recipient, please delete it and notify the sender.""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0A4C7E3F129DC01000000000000000010000000",
        "2025-09-30 12:30",
        "Tōtara Bank | Payroll Specialist | Aroha Te Rangi-Whitfield",
        ("Rachel Ng", "rachel.ng@totarabank.example"),
        style="outlook",
        minutes=30,
        location="Microsoft Teams Meeting",
        attendees=[("Hamish Doyle", "hamish.doyle@totarabank.example")],
        description="Phone/Teams screen - Payroll Specialist (R-0048213)",
    ),
)

# --- 2 and 18: Kōtuku Energy (SuccessFactors), re-application ---------------------------------

_ke_inv = m(
    "p8w2",
    "2025-09-22 14:10",
    "Priya Raman <priya.raman@kotukuenergy.example>",
    "Interview - Accounts Payable Officer",
    A("interview", KE, KE1, 2, "direct"),
    text="""Hi Aroha

Thanks for completing the assessment - great results. We'd like to invite you to an
interview for the Accounts Payable Officer role in our Finance Operations team.

When: Friday 26 September, 10:00-11:00am
Where: Microsoft Teams (link in the calendar invite)
Who: me, and Craig Huntley (Finance Operations Manager)

It will be a mix of behavioural questions and a couple of practical scenarios (supplier
statement recs, a duplicate invoice that slipped through - that kind of thing).

Please accept the invite so it lands in your calendar.

Kind regards
Priya Raman
Talent Advisor | Kōtuku Energy
kotukuenergy.example/careers

Kōtuku Energy Retail Limited. This message is intended for the addressee only.""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000020C2F9E1B62BDC01000000000000000010000000",
        "2025-09-26 10:00",
        "Interview: Aroha Te Rangi-Whitfield - Accounts Payable Officer",
        ("Priya Raman", "priya.raman@kotukuenergy.example"),
        style="outlook",
        location="Microsoft Teams Meeting",
        attendees=[("Craig Huntley", "craig.huntley@kotukuenergy.example")],
    ),
)

# --- 3: Kaimai Plains District Council (own portal) ------------------------------------------

_kp_offer = m(
    "f6z0",
    "2025-10-15 15:47",
    "Graham Pollard <graham.pollard@kaimaiplainsdc.example>",
    "Letter of offer - Payroll Advisor",
    A("offer", KP, KPR, 3, "direct"),
    text="""Kia ora Aroha,

Further to our phone conversation this afternoon, I am delighted to formally offer you the
position of Payroll Advisor with Kaimai Plains District Council.

Please find attached your letter of offer and individual employment agreement. In summary:

  - Position: Payroll Advisor, People & Capability
  - Type: full-time permanent, 40 hours per week
  - Location: Civic Centre, 40 Rata Street, Te Kauri (hybrid after three months)
  - Salary: $74,200 per annum
  - KiwiSaver: employer contribution of 3%
  - Leave: four weeks' annual leave plus a day off for your birthday
  - Proposed start date: Monday 10 November 2025

The offer is conditional on a satisfactory Ministry of Justice criminal record check, which
we are still waiting on (these are taking about 15 working days at the moment).

Could you please let me know by Wednesday 22 October whether you accept. Any questions at
all, give me a ring on 07 555 4410.

Ngā mihi nui,

Graham Pollard
Payroll Manager | People & Capability
Kaimai Plains District Council
Te Kaunihera ā-Rohe o Kaimai""",
    attach=[
        (
            "Letter of Offer - A Te Rangi-Whitfield.pdf",
            "application/pdf",
            "%PDF-1.5\n% letter of offer - payroll advisor - KPDC-25-0417\n%%EOF\n",
        )
    ],
)

# --- 8: Kinloch Reid (Workable tenant "krca") ------------------------------------------------

_kr_inv = m(
    "w4n9",
    "2025-10-13 10:18",
    "Kinloch Reid <noreply@candidates.workablemail.com>",
    "Interview invitation: Payroll & Accounts Administrator",
    A("interview", KR, KRR, 10, "workable"),
    reply_to="Fiona Kinloch <krca@candidates.workablemail.com>",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hi Aroha,</p>
<p>Thanks for applying for the <strong>Payroll &amp; Accounts Administrator</strong> position. We
enjoyed reading your application and would love to meet you.</p>
<p>Please pick a time that suits you for a 45-minute interview at our Victoria Street office
(or on Google Meet if that is easier):</p>
<p><a href="https://apply.workable.com/krca/j/5C1E9A2B07/interview?token=Zm9vYmFy"
style="background:#00756a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">
Choose a time</a></p>
<p>We're a team of 14 and look after payroll for around 60 Waikato small businesses on Xero
and Xero Payroll, so expect a few questions about that.</p>
<p>Cheers,<br>Fiona Kinloch<br>Practice Manager, Kinloch Reid Chartered Accountants</p>
<hr><p style="font-size:11px;color:#888">Sent via Workable on behalf of Kinloch Reid Chartered
Accountants Ltd. <a href="https://apply.workable.com/krca/">View our open roles</a></p>
</body></html>""",
)

# --- 11: University of Hauraki (PageUp) --------------------------------------------------------

_uh_panel = m(
    "u2c8",
    "2025-11-05 09:40",
    "Anahera Paki <anahera.paki@uoh.example>",
    "Invitation to interview - Payroll Systems Analyst (514892)",
    A("interview", UH, UHR, 11, "direct"),
    text="""Tēnā koe Aroha,

Thank you for your application for the role of Payroll Systems Analyst (Job No. 514892) and
for completing the online assessments. I am pleased to let you know that you have been
shortlisted and the panel would like to meet with you.

Date: Wednesday 12 November 2025
Time: 1.00pm - 2.00pm
Location: Room 3.14, Te Puna Library Building, City Campus, 22 Symonds Street, Auckland
(or via Zoom if you are unable to travel - please let me know)

Your panel will be:
  - Michelle Armstrong, Director, Payroll & HR Systems
  - Tom Feau, Payroll Team Leader
  - Anahera Paki, HR Advisor (convenor)

The interview will include a short exercise: you will be given a payroll exception report
15 minutes beforehand and asked to talk us through how you would investigate it.

You are welcome to bring a support person or whānau with you. Please let me know if you
need any accommodations, and reply to confirm your attendance.

Ngā mihi,
Anahera

Anahera Paki | HR Advisor, Corporate Services
Te Whare Wānanga o Hauraki | University of Hauraki
Ph 09 555 7720 | uoh.example""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D03E54DB7A4EDC01000000000000000010000000",
        "2025-11-12 13:00",
        "Interview - Payroll Systems Analyst (514892) - A Te Rangi-Whitfield",
        ("Anahera Paki", "anahera.paki@uoh.example"),
        style="outlook",
        location="Room 3.14, Te Puna Library Building, City Campus",
        attendees=[
            ("Michelle Armstrong", "m.armstrong@uoh.example"),
            ("Tom Feau", "t.feau@uoh.example"),
        ],
    ),
)


MAIL: list[dict[str, Any]] = [
    # ---- Tōtara Bank talent community, account, Payroll Specialist (1) --------------------------
    m(
        "d0q3",
        "2025-09-02 10:05",
        "Tōtara Bank <tbnz@myworkday.com>",
        "Welcome to the Tōtara Bank Talent Community",
        J("alert", "workday", TB),
        html="""<html><body>
<table width="600" style="font-family:Arial,sans-serif;font-size:14px">
<tr><td><img src="https://tbnz.wd3.myworkdayjobs.com/TotaraCareers/assets/logo" alt="Tōtara Bank"></td></tr>
<tr><td>
<p>Kia ora Aroha,</p>
<p>Thanks for joining the Tōtara Bank Talent Community. We'll let you know when roles that
match your interests (<em>Finance, Payroll, Operations - Auckland</em>) are posted.</p>
<p>You can update your preferences or unsubscribe at any time from your candidate home.</p>
<p><a href="https://tbnz.wd3.myworkdayjobs.com/en-US/TotaraCareers/introduceYourself">Update my preferences</a></p>
<p>Ngā mihi,<br>Talent Acquisition team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Tōtara Bank New Zealand Limited. Please do not reply to this email.</td></tr>
</table></body></html>""",
    ),
    m(
        "d0q4",
        "2025-09-03 07:48",
        "Tōtara Bank <tbnz@myworkday.com>",
        "Please verify your email address",
        J("other_job", "workday", TB),
        text="""Please verify your email address to activate your candidate account.

https://tbnz.wd3.myworkdayjobs.com/en-US/TotaraCareers/activate/1f9a2e77c0b34e

This link expires in 24 hours. If you didn't create an account, you can ignore this email.
"""
        + _TB_FOOT,
    ),
    m(
        "d0q5",
        "2025-09-03 21:14",
        "Tōtara Bank Careers <tbnz@myworkday.com>",
        "Thank you for applying",
        A("confirmation", TB, TB1, 1, "workday"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<p>Kia ora Aroha,</p>
<p>Thank you for applying for the following role at Tōtara Bank:</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Job title</b></td><td>Payroll Specialist</td></tr>
<tr><td><b>Job Requisition ID</b></td><td>R-0048213</td></tr>
<tr><td><b>Location</b></td><td>Auckland - 80 Queen Street</td></tr>
</table>
<p>Our Talent Acquisition team will review your application and be in touch if your skills
and experience are a match. Due to the number of applications we receive this may take a
couple of weeks.</p>
<p>You can track the status of your application at any time from your
<a href="https://tbnz.wd3.myworkdayjobs.com/en-US/TotaraCareers/userHome">candidate home</a>.</p>
<p>Ngā mihi,<br>Talent Acquisition | Tōtara Bank</p>
<p style="font-size:11px;color:#666">Tōtara Bank New Zealand Limited | Level 12, 80 Queen Street, Auckland 1010.
This email was sent from an unmonitored mailbox.</p>
</body></html>""",
    ),
    _tb_invite,
    m(
        "d1a0",
        "2025-10-14 09:02",
        "Tōtara Bank Careers <tbnz@myworkday.com>",
        "Update on your application",
        A("rejection", TB, TB1, 1, "workday"),
        text="""Kia ora Aroha,

Thank you for your interest in the Payroll Specialist role (R-0048213) and for taking the
time to speak with Rachel and Hamish.

We've now completed our shortlisting and, after careful consideration, we've decided to
progress with other candidates whose experience more closely matches the requirements of
this role, in particular experience with large-scale enterprise payroll.

We know this isn't the news you were hoping for. We'd encourage you to keep an eye on our
careers site, as we regularly have new opportunities across our Finance and Operations
teams.

Ngā mihi,
Talent Acquisition
"""
        + _TB_FOOT,
    ),
    # ---- Tōtara Bank, second role: Accounts Payable Analyst (6) ----------------------------------
    m(
        "d1a7",
        "2025-09-19 12:26",
        "Tōtara Bank Careers <tbnz@myworkday.com>",
        "We've received your application - R-0049020",
        A("confirmation", TB, TB2, 6, "workday"),
        text="""Kia ora Aroha,

We've received your application for Accounts Payable Analyst (Job Requisition ID
R-0049020), Auckland - Takapuna Operations Centre.

What happens next? Our team will review all applications after the advertisement closes on
3 October. If you're shortlisted, a member of our Talent Acquisition team will contact you
directly.

You currently have 2 active applications with Tōtara Bank.
"""
        + _TB_FOOT,
    ),
    m(
        "d1a8",
        "2026-01-13 08:15",
        "Tōtara Bank Careers <tbnz@myworkday.com>",
        "Regarding Job Requisition R-0049020",
        A("rejection", TB, TB2, 6, "workday"),
        text="""Kia ora Aroha,

Thank you for applying for the Accounts Payable Analyst position. We're writing to let you
know that this position has now been filled, and we will not be taking your application
further.

We appreciate the interest you've shown in Tōtara Bank and wish you all the best.

Ngā mihi,
Talent Acquisition
"""
        + _TB_FOOT,
    ),
    # ---- Kōtuku Energy: Accounts Payable Officer (2) --------------------------------------------
    m(
        "p8w0",
        "2025-09-04 20:40",
        "Kotuku Energy Careers <noreply@successfactors.com>",
        "Application received: Accounts Payable Officer",
        A("confirmation", KE, KE1, 2, "other"),
        reply_to="talent@kotukuenergy.example",
        text="""Dear Aroha,

Thank you for your application for the position of Accounts Payable Officer (Requisition
ID 7184), Auckland - Newmarket.

We have received your application and our Talent team is currently reviewing it. If your
experience is a good fit for the role we will be in touch to discuss the next steps.

You can view your application status by logging into the Kōtuku Energy careers site:
https://career10.successfactors.com/career?company=kotukuenerP&career_ns=job_application

Kind regards,
The Talent Team
Kōtuku Energy Retail Limited

Please do not reply to this automated message.""",
    ),
    m(
        "p8w1",
        "2025-09-15 11:20",
        "Kōtuku Energy <no-reply@testgorilla.com>",
        "Kōtuku Energy has invited you to complete an assessment",
        A("assessment", KE, KE1, 2, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<p>Hi Aroha,</p>
<p><b>Kōtuku Energy</b> would like you to take an assessment as part of your application for
<b>Accounts Payable Officer</b>.</p>
<p>The assessment contains 3 tests and takes about 40 minutes:</p>
<ul><li>Microsoft Excel (Intermediate)</li><li>Accounts Payable</li><li>Numerical Reasoning</li></ul>
<p>Please complete it before <b>20 September 2025, 11:59 PM (NZST)</b>. Make sure you have a
stable internet connection and a webcam; you can't pause a test once started.</p>
<p style="text-align:center"><a href="https://app.testgorilla.com/s/7rq2dx9a"
style="background:#46a997;color:#fff;padding:12px 24px;border-radius:6px;text-decoration:none">Start assessment</a></p>
<p>Good luck!<br>The TestGorilla team, on behalf of Kōtuku Energy</p>
<p style="font-size:11px;color:#999">TestGorilla B.V., Amsterdam. You received this email because
an employer invited you to an assessment. <a href="https://www.testgorilla.com/privacy-policy/">Privacy</a></p>
</div></body></html>""",
    ),
    m(
        "p8w3",
        "2025-09-18 09:00",
        "Kōtuku Energy <no-reply@testgorilla.com>",
        "Reminder: your assessment expires in 2 days",
        A("assessment", KE, KE1, 2, "other"),
        text="""Hi Aroha,

Just a friendly reminder - you haven't started the assessment Kōtuku Energy invited you to
yet. It expires on 20 September 2025 at 11:59 PM.

Start assessment: https://app.testgorilla.com/s/7rq2dx9a

The TestGorilla team""",
    ),
    _ke_inv,
    m(
        "p8w4",
        "2025-09-24 08:35",
        "Priya Raman <priya.raman@kotukuenergy.example>",
        "Updated: Interview - Accounts Payable Officer",
        A("interview", KE, KE1, 2, "direct"),
        **re(_ke_inv),
        text="""Hi Aroha

So sorry to do this - Craig has been pulled into the quarterly close on Friday. Could we
move your interview to Tuesday 30 September at 2.00pm instead? Same Teams link, I've
updated the invite.

If that doesn't work just let me know and we'll find something else.

Thanks for your patience!
Priya

Priya Raman
Talent Advisor | Kōtuku Energy""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000020C2F9E1B62BDC01000000000000000010000000",
            "2025-09-30 14:00",
            "Interview: Aroha Te Rangi-Whitfield - Accounts Payable Officer",
            ("Priya Raman", "priya.raman@kotukuenergy.example"),
            style="outlook",
            sequence=1,
            location="Microsoft Teams Meeting",
            attendees=[("Craig Huntley", "craig.huntley@kotukuenergy.example")],
        ),
    ),
    m(
        "p8w5",
        "2025-10-06 17:05",
        "Priya Raman <priya.raman@kotukuenergy.example>",
        "Accounts Payable Officer",
        A("rejection", KE, KE1, 2, "direct"),
        text="""Hi Aroha,

Thanks again for meeting with Craig and me last week. It was a real pleasure - you clearly
know your way around a three-way match, and your story about cleaning up the supplier
master file at Kahikatea went down really well.

It was a very close call, but we've decided to offer the role to another candidate who has
several years on SAP S/4HANA, which is where we're heading next year. I'm sorry it isn't
better news.

I'd genuinely love to keep in touch - we'll have more roles in Finance Ops over the next
few months and I'll flag you if something suitable comes up.

All the best with the move to Auckland.

Kind regards
Priya

Priya Raman
Talent Advisor | Kōtuku Energy""",
    ),
    m(
        "p8w6",
        "2025-10-09 10:30",
        "Kōtuku Energy <noreply@qemailserver.com>",
        "How was your recruitment experience with us?",
        J("other_job", "other", KE),
        text="""Kia ora,

You recently took part in a recruitment process with Kōtuku Energy. We'd love to hear about
your experience - good or bad - so we can keep improving.

The survey takes about 3 minutes and your responses are anonymous.

Take the survey: https://kotukuenergy.au1.qualtrics.com/jfe/form/SV_3xLQp9ZcCandidate?Q_DL=kE4

Thank you,
People & Culture, Kōtuku Energy

Unsubscribe: https://kotukuenergy.au1.qualtrics.com/CP/Register.php""",
    ),
    # ---- Kaimai Plains District Council: Payroll Advisor (3) ------------------------------------
    m(
        "f6z1",
        "2025-09-08 19:22",
        WORK,
        "FW: Application reference KPDC-25-0417 - Payroll Advisor",
        A("confirmation", KP, KPR, 3, "other"),
        text="""sending to my gmail - used the work address by mistake, oops

________________________________
From: Kaimai Plains District Council Careers <careers@kaimaiplainsdc.example>
Sent: Monday, 8 September 2025 12:41 PM
To: Aroha Whitfield <aroha.w@kahikateabs.example>
Subject: Application reference KPDC-25-0417 - Payroll Advisor

Kia ora Aroha,

Thank you for applying for the Payroll Advisor position with Kaimai Plains District Council.

Application reference: KPDC-25-0417
Position: Payroll Advisor (full-time, permanent)
Team: People & Capability
Closing date: 19 September 2025

We will review all applications once the vacancy closes. Shortlisted applicants can expect to
hear from us within two weeks of the closing date.

Please quote your application reference in any correspondence.

Ngā mihi,
Recruitment Team
Kaimai Plains District Council | Te Kaunihera ā-Rohe o Kaimai
40 Rata Street, Private Bag 3021, Te Kauri 3420 | 0800 555 724

This email is confidential. If you have received it in error please notify the sender and
delete it. Kaimai Plains District Council accepts no liability for any changes made to this
email after it was sent.

--------------------------------------------------------------
Kahikatea Building Supplies Ltd | 15 Kahu Crescent, Te Rapa, Hamilton
This email and any attachments are confidential.""",
    ),
    m(
        "f6z2",
        "2025-09-26 11:02",
        "Kaimai Plains District Council <recruitment@kaimaiplainsdc.example>",
        "Payroll Advisor - interview invitation (KPDC-25-0417)",
        A("interview", KP, KPR, 3, "direct"),
        text="""Kia ora Aroha,

Congratulations - you have been shortlisted for the Payroll Advisor role, and we would like
to invite you to a panel interview.

Date: Thursday 2 October 2025
Time: 10.30am - 11.30am
Venue: Civic Centre, 40 Rata Street, Te Kauri - please report to main reception

Your interview panel:
  Graham Pollard - Payroll Manager
  Mereana Tuhoro - People & Capability Business Partner
  Lisa Henare - Recruitment Advisor

The interview will be competency-based. Please bring photo ID and, if you have them,
copies of any relevant qualifications.

Please reply to confirm you can attend. A calendar invitation is attached for your
convenience.

Ngā mihi,
Lisa Henare
Recruitment Advisor | People & Capability
Kaimai Plains District Council""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F0D1B04C8C2EDC01000000000000000010000000",
            "2025-10-02 10:30",
            "Panel interview - Payroll Advisor - Aroha Te Rangi-Whitfield",
            ("Lisa Henare", "lisa.henare@kaimaiplainsdc.example"),
            style="outlook",
            location="Civic Centre, 40 Rata Street, Te Kauri - Meeting Room 2",
            attendees=[
                ("Graham Pollard", "graham.pollard@kaimaiplainsdc.example"),
                ("Mereana Tuhoro", "mereana.tuhoro@kaimaiplainsdc.example"),
            ],
        ),
    ),
    m(
        "f6z3",
        "2025-09-26 19:48",
        "Kaimai Plains District Council <recruitment@kaimaiplainsdc.example>",
        "Automatic reply: Payroll Advisor - interview invitation (KPDC-25-0417)",
        J("other_job", "direct", KP, KPR),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Thank you for contacting the Kaimai Plains District Council recruitment team.

This mailbox is monitored Monday to Friday, 8.00am - 4.30pm. We aim to respond to all
enquiries within three working days.

If your enquiry is urgent, please phone 0800 555 724 and ask for the People & Capability
team.

Ngā mihi
Recruitment Team""",
    ),
    m(
        "f6z4",
        "2025-10-07 13:12",
        "Xref <noreply@xref.com>",
        "Kaimai Plains District Council would like to check your references",
        J("other_job", "other", KP, KPR),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Aroha,</p>
<p><b>Lisa Henare</b> from <b>Kaimai Plains District Council</b> has asked you to provide
referees for the <b>Payroll Advisor</b> role.</p>
<p>Kaimai Plains District Council uses Xref to collect references online. You'll need to
provide details for <b>2 referees</b>, including at least one direct manager from the last
three years.</p>
<p><a href="https://candidate.xref.com/request/8XK2-91QF" style="background:#1f6feb;color:#fff;padding:10px 18px;text-decoration:none">Add my referees</a></p>
<p>Your referees will be contacted by email and SMS, and their answers will be shared with
Kaimai Plains District Council only.</p>
<p>Thanks,<br>The Xref Team</p>
<p style="font-size:11px;color:#888">Xref Limited. You are receiving this email because an
employer requested your references. <a href="https://www.xref.com/privacy">Privacy Policy</a></p>
</body></html>""",
    ),
    m(
        "f6z5",
        "2025-10-08 09:26",
        "Lisa Henare <lisa.henare@kaimaiplainsdc.example>",
        "Ministry of Justice check - consent form",
        J("other_job", "direct", KP, KPR),
        text="""Mōrena Aroha,

As part of our pre-employment checks for the Payroll Advisor role we complete a Ministry of
Justice criminal record check. Could you please fill in the attached consent form, sign it,
and email it back to me along with a copy of two forms of ID (one must be photo ID)?

Just a heads up that the Ministry is currently taking around 15-20 working days to return
results, so the sooner the better.

Thanks heaps,
Lisa

Lisa Henare
Recruitment Advisor | People & Capability
Kaimai Plains District Council""",
        attach=[
            (
                "MoJ Criminal Record Check - Consent Form.pdf",
                "application/pdf",
                "%PDF-1.4\n% Request by third party for a criminal record check\n%%EOF\n",
            )
        ],
    ),
    _kp_offer,
    m(
        "f6z6",
        "2025-10-21 11:33",
        "Graham Pollard <graham.pollard@kaimaiplainsdc.example>",
        "RE: Letter of offer - Payroll Advisor",
        A("offer", KP, KPR, 3, "direct"),
        st="declined",
        **re(_kp_offer),
        text="""Kia ora Aroha,

Thanks for letting me know, and for being so upfront about it. Obviously we're disappointed
- the panel were all really keen on you - but I completely understand. Moving to Auckland
with Sam's new job is a big deal and you need the right role up there.

I'll let the team know and withdraw the offer. If things ever bring you back to the Waikato,
please get in touch.

All the very best,
Graham

-----Original Message-----
From: Aroha Te Rangi-Whitfield <aroha.trw@gmail.com>
Sent: Monday, 20 October 2025 9:12 PM
To: Graham Pollard <graham.pollard@kaimaiplainsdc.example>
Subject: Re: Letter of offer - Payroll Advisor

Kia ora Graham,

Thank you so much for the offer, and for the time you and the panel have given me. I've
thought about this a lot over the weekend. Since I applied, my partner's transfer to
Auckland has been confirmed for January, so I'm really sorry but I have to decline the
offer - it wouldn't be fair to start in November and leave a couple of months later.

I really appreciate it, and I hope our paths cross again.

Ngā mihi,
Aroha""",
    ),
    # ---- Mānuka Market via Seek, written by the Pātaka Group (4) --------------------------------
    m(
        "s5g0",
        "2025-09-10 20:05",
        "SEEK <noreply@seek.co.nz>",
        "Your application was successfully submitted",
        A("confirmation", MM, MMR, 4, "other"),
        html="""<html><body style="margin:0;font-family:'SEEK Sans',Arial,sans-serif;background:#f7f8fb">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:24px">
<tr><td><img src="https://www.seek.co.nz/static/logo.png" alt="SEEK" width="80"></td></tr>
<tr><td style="font-size:22px;font-weight:bold;padding-top:16px">Application sent</td></tr>
<tr><td style="padding-top:12px">Hi Aroha,</td></tr>
<tr><td style="padding-top:8px">Your application for <b>Accounts Payable Officer - Support Office</b>
was successfully submitted to <b>Pātaka Group Limited</b>.</td></tr>
<tr><td style="padding-top:8px;color:#555">Auckland &gt; Mt Wellington · Full time · Accounting</td></tr>
<tr><td style="padding-top:16px"><a href="https://click.e.seek.co.nz/?qs=8a1c4f0e2b&amp;u=https%3A%2F%2Fwww.seek.co.nz%2Fmy-activity%2Fapplied-jobs"
style="background:#e60278;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none">View applied jobs</a></td></tr>
<tr><td style="padding-top:16px;font-size:13px;color:#555">Tip: Employers can see when you last updated your SEEK Profile. Keeping it fresh can help you stand out.</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#888">SEEK NZ Limited, PO Box 105 366, Auckland 1143.
<a href="https://www.seek.co.nz/privacy">Privacy</a> · <a href="https://www.seek.co.nz/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table></body></html>""",
    ),
    m(
        "s5g1",
        "2025-09-12 08:44",
        "SEEK <noreply@seek.co.nz>",
        "Pātaka Group Limited viewed your application",
        A("viewed", MM, MMR, 4, "other"),
        text="""Hi Aroha,

Good news - Pātaka Group Limited has viewed your application for Accounts Payable Officer -
Support Office.

What's next? The employer may contact you directly. In the meantime, check out similar
jobs: https://www.seek.co.nz/accounts-payable-jobs/in-All-Auckland

SEEK

You're receiving this because you applied for a job on SEEK. Manage notifications:
https://www.seek.co.nz/settings/notifications""",
    ),
    m(
        "s5g2",
        "2025-09-23 13:02",
        "Pātaka Group <noreply@hirevue.com>",
        "Next step: your video interview for Accounts Payable Officer",
        A("assessment", MM, MMR, 4, "hirevue"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hi Aroha,</p>
<p>Thanks for your interest in joining the <b>Mānuka Market</b> Support Office team. As the
next step for the <b>Accounts Payable Officer</b> role, we'd like you to complete a short
on-demand video interview.</p>
<p>You'll be asked 4 questions and have up to 3 minutes to answer each one. You can practise
as many times as you like before you start.</p>
<p><b>Please complete your interview by Sunday 28 September.</b></p>
<p><a href="https://app.hirevue.com/interviews/pataka/ZPq7rK2m/invite" style="background:#0061a8;color:#fff;padding:10px 18px;text-decoration:none">Start my interview</a></p>
<p>Need help? Visit <a href="https://candidates.hirevue.com">candidates.hirevue.com</a>.</p>
<p>Ngā mihi,<br>Pātaka Group Talent Team</p>
<p style="font-size:11px;color:#888">Pātaka Group Limited - Mānuka Market · FreshFare · Pātaka Wholesale.
Powered by HireVue.</p>
</body></html>""",
    ),
    m(
        "s5g3",
        "2025-10-03 15:20",
        "Pātaka Group Careers <careers@pataka.example>",
        "Your application",
        A("rejection", MM, MMR, 4, "direct"),
        text="""Kia ora Aroha

Thank you for taking the time to apply for the Accounts Payable Officer role with the
Mānuka Market Support Office, and for completing the video interview.

We received a high number of applications and, after careful review, we won't be moving
forward with your application on this occasion.

We appreciate your interest in Pātaka Group and encourage you to check our careers page for
future opportunities across our brands.

Ngā mihi
Pātaka Group Talent Team
pataka.example/careers

Pātaka Group Limited, 300 Ellerslie-Panmure Highway, Mt Wellington, Auckland""",
    ),
    # ---- Waikato Joinery via Indeed (5), ghosted after "viewed" -------------------------------
    m(
        "i3k0",
        "2025-09-12 19:51",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Accounts Officer",
        A("confirmation", WJ, WJR, 5, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px">
<p><img src="https://www.indeed.com/images/indeed_logo.png" alt="indeed" width="90"></p>
<p><b>Application submitted</b></p>
<p>Accounts Officer<br>Waikato Joinery Ltd - Frankton, Waikato</p>
<p>The following items were sent to <b>Waikato Joinery Ltd</b>. Good luck!</p>
<ul><li>Application</li><li>Resume: Aroha_TeRangiWhitfield_CV.pdf</li><li>Employer questions (3)</li></ul>
<p>Next steps: the employer or job advertiser may reach out to you about your application.</p>
<p><a href="https://nz.indeed.com/myjobs">Track your application on My jobs</a></p>
<p style="font-size:11px;color:#767676">This email was sent by Indeed Ireland Operations Ltd, 124 St. Stephen's Green, Dublin 2.
<a href="https://nz.indeed.com/legal/privacy">Privacy</a></p>
</body></html>""",
    ),
    m(
        "i3k1",
        "2025-09-20 10:07",
        "Indeed <donotreply@indeed.com>",
        "An employer viewed your application",
        A("viewed", WJ, WJR, 5, "indeed"),
        text="""Your application was viewed

Waikato Joinery Ltd viewed your application for Accounts Officer.

This doesn't mean you've been selected, but it's a good sign they're reviewing candidates.
Track your applications: https://nz.indeed.com/myjobs?from=viewed_email

Indeed""",
    ),
    # ---- Rāwhiti Logistics via Trade Me Jobs (7) ---------------------------------------------
    m(
        "t7m0",
        "2025-09-26 21:38",
        "Trade Me Jobs <noreply@trademe.co.nz>",
        "Your application for Payroll Administrator has been sent",
        A("confirmation", RL, RLR, 7, "other"),
        text="""Hi Aroha,

Your application has been sent to Rāwhiti Logistics Limited.

Job: Payroll Administrator
Listing #5512834901
Location: Penrose, Auckland City

What happens now? The employer will review your application and contact you if they'd like
to take things further. You can see all your applications in My Trade Me > Jobs.

Cheers,
The Trade Me Jobs team

Trade Me Limited, Level 3, 8 Nugent Street, Grafton, Auckland""",
    ),
    m(
        "t7m1",
        "2025-10-08 16:59",
        "Donna McKay <donna@rawhitilogistics.example>",
        "Re: Payroll Administrator - Trade Me listing 5512834901",
        A("rejection", RL, RLR, 7, "direct"),
        text="""Hi Aroha

thanks for applying. we have filled the position now, all the best with your search.

Donna

Sent from my iPhone""",
    ),
    # ---- Hauora Tāmaki (own portal) (8), put on hold -------------------------------------------
    m(
        "h2j0",
        "2025-10-01 20:11",
        "Hauora Tāmaki Careers <no-reply@careers.hauoratamaki.example>",
        "Verify your email - Hauora Tāmaki Careers",
        J("other_job", "other", HT),
        text="""Kia ora,

Your verification code is: 482913

Enter this code on the Hauora Tāmaki careers site to finish creating your candidate
account. The code expires in 15 minutes.

Hauora Tāmaki | jobs.hauoratamaki.example""",
    ),
    m(
        "h2j1",
        "2025-10-01 20:36",
        "Hauora Tāmaki Careers <no-reply@careers.hauoratamaki.example>",
        "Your application for vacancy #HT-24817",
        A("confirmation", HT, HTR, 8, "other"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Tēnā koe Aroha,</p>
<p>Thank you for your application for vacancy <b>#HT-24817 Payroll Officer</b> (Payroll
Services, Grafton - fixed-term to 30 June 2026 with possibility of extension).</p>
<p>Your application has been received and will be considered once the vacancy closes on
<b>13 October 2025</b>. You can log in to our jobs portal at any time to check its progress.</p>
<p>Hauora Tāmaki is committed to Te Tiriti o Waitangi and to achieving equity in health
outcomes. We particularly encourage applications from Māori and Pacific peoples.</p>
<p>Ngā mihi,<br>Recruitment Services<br>Hauora Tāmaki</p>
<p style="font-size:10px;color:#888">This is an automated message from jobs.hauoratamaki.example - replies to this address are not monitored.</p>
</body></html>""",
    ),
    m(
        "h2j2",
        "2025-10-16 12:04",
        "Hauora Tāmaki Careers <no-reply@careers.hauoratamaki.example>",
        "Update: Your application for vacancy #HT-24817",
        A("viewed", HT, HTR, 8, "other"),
        text="""Tēnā koe Aroha,

The status of your application for vacancy #HT-24817 Payroll Officer has changed.

New status: Under review by hiring manager

No action is needed from you at this stage. We will contact you about next steps.

Ngā mihi,
Recruitment Services, Hauora Tāmaki""",
    ),
    m(
        "h2j3",
        "2025-11-12 15:40",
        "Recruitment Services <recruitment@hauoratamaki.example>",
        "Vacancy #HT-24817 Payroll Officer",
        A("confirmation", HT, HTR, 8, "direct"),
        st="on_hold",
        text="""Tēnā koe Aroha,

Thank you for your interest in the Payroll Officer role (vacancy #HT-24817) and your
patience over the last few weeks.

As you may have seen in the media, Hauora Tāmaki has announced a proposed change to the
structure of our payroll and shared-services functions. While consultation with our people
is under way, recruitment for a number of roles - including this one - has been placed on
hold.

Your application remains active in our system. If recruitment resumes, we will be in touch
to let you know whether your application will progress. We expect to have more certainty
early in the new year.

We're sorry for the delay and appreciate your understanding.

Ngā mihi nui,
Recruitment Services
Hauora Tāmaki""",
    ),
    # ---- Kauri Tyre Co via Jora (9), ghosted ---------------------------------------------------
    m(
        "j9r0",
        "2025-10-05 14:22",
        "Jora <no-reply@jora.com>",
        "Application sent: Accounts Payable Clerk",
        A("confirmation", KT, KTR, 9, "other"),
        text="""Hi Aroha,

Your Quick Apply application has been sent!

Accounts Payable Clerk
Kauri Tyre Co. - Wiri, Auckland
Full time

We've passed your CV and cover note on to the employer. They'll be in touch directly if
they want to move forward.

Find more jobs like this: https://nz.jora.com/Accounts-Payable-Clerk-jobs-in-Auckland

Jora - Job search, simplified.
Unsubscribe from application emails: https://nz.jora.com/unsubscribe?t=a91x""",
    ),
    # ---- Kinloch Reid (Workable) (10), withdrawn ------------------------------------------------
    m(
        "w4n8",
        "2025-10-08 07:36",
        "Kinloch Reid <noreply@candidates.workablemail.com>",
        "Thanks for applying to Kinloch Reid Chartered Accountants",
        A("confirmation", KR, KRR, 10, "workable"),
        text="""Hi Aroha,

Thanks for applying for the Payroll & Accounts Administrator position at Kinloch Reid
Chartered Accountants. We've received your application and our team will review it shortly.

If your experience matches what we're looking for, we'll reach out to arrange a chat.

Best regards,
The Kinloch Reid team

--
Kinloch Reid Chartered Accountants Ltd | Xero Gold Partner
Level 1, 410 Victoria Street, Hamilton Central
Powered by Workable""",
    ),
    _kr_inv,
    m(
        "w4n7",
        "2025-10-21 13:50",
        "Fiona Kinloch <fiona@kinlochreid.example>",
        "Re: Withdrawing my application",
        A("confirmation", KR, KRR, 10, "direct"),
        st="withdrawn",
        text="""Hi Aroha,

No worries at all - thanks for letting us know before Thursday. I've withdrawn your
application in our system. Congratulations to Sam on the Auckland move, exciting times.

If you ever want some contract work on Xero Payroll from up there, flick me an email. We
have a few clients who'd be happy with a remote payroll person.

Cheers
Fiona

Fiona Kinloch | Practice Manager
Kinloch Reid Chartered Accountants

On Tue, 21 Oct 2025 at 8:02 AM, Aroha Te Rangi-Whitfield <aroha.trw@gmail.com> wrote:
> Hi Fiona,
>
> I'm really sorry to do this, but I'd like to withdraw my application for the Payroll &
> Accounts Administrator role. I'd hoped it might work remotely, but with our move to
> Auckland in January I've decided to focus on Auckland-based roles.
>
> Thanks so much for the opportunity and sorry for any inconvenience.
>
> Ngā mihi,
> Aroha""",
    ),
    # ---- University of Hauraki (PageUp) (11) -----------------------------------------------------
    m(
        "u2c6",
        "2025-10-13 18:00",
        "University of Hauraki <noreply@pageuppeople.com>",
        "Your application is incomplete",
        J("alert", "other", UH, UHR),
        text="""Kia ora Aroha,

You started an application for Payroll Systems Analyst (Job No. 514892) but haven't
submitted it yet.

Applications close on Friday 17 October 2025 at 11:59pm. To finish your application, log
back in here:
https://careers.uoh.example/cw/en/job/514892/payroll-systems-analyst

If you have already submitted your application, please ignore this message.

Ngā mihi,
Recruitment Team
University of Hauraki | Te Whare Wānanga o Hauraki""",
    ),
    m(
        "u2c7",
        "2025-10-15 22:17",
        "University of Hauraki <noreply@pageuppeople.com>",
        "Application acknowledgement - Payroll Systems Analyst (514892)",
        A("confirmation", UH, UHR, 11, "other"),
        text="""Tēnā koe Aroha

Thank you for applying for the role of Payroll Systems Analyst (Job No. 514892) with the
University of Hauraki.

Your application has been successfully submitted. Applications will be reviewed after the
closing date and we aim to contact all applicants within three weeks of the role closing.

To view the status of your application, log in to your account at
https://careers.uoh.example/cw/en/login

Ngā mihi
Recruitment Team
Te Whare Wānanga o Hauraki | University of Hauraki

Please do not reply to this email, as this mailbox is not monitored.""",
    ),
    m(
        "u2c9",
        "2025-10-23 10:12",
        "University of Hauraki via Criteria <noreply@criteriacorp.com>",
        "Invitation to complete online assessments - University of Hauraki",
        A("assessment", UH, UHR, 11, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Aroha Te Rangi-Whitfield,</p>
<p>As part of the selection process for <b>Payroll Systems Analyst</b>, University of Hauraki
has invited you to complete the following online assessments:</p>
<ol>
<li>Criteria Cognitive Aptitude Test (CCAT) - 15 minutes, timed</li>
<li>Employee Personality Profile (EPP) - approx. 10 minutes, untimed</li>
</ol>
<p>Please complete both assessments by <b>Monday 27 October 2025</b>. We recommend using a
laptop or desktop computer in a quiet place where you won't be interrupted.</p>
<p><a href="https://candidate.criteriacorp.com/invite/UOH-7KD2PQ">Begin your assessments</a></p>
<p>Event ID: UOH-7KD2PQ</p>
<p>Good luck!</p>
<p style="font-size:11px;color:#777">Criteria Corp., on behalf of University of Hauraki. Questions about
the role should be directed to the employer. For technical help visit support.criteriacorp.com.</p>
</body></html>""",
    ),
    _uh_panel,
    m(
        "u2d0",
        "2025-11-26 16:45",
        "University of Hauraki <noreply@pageuppeople.com>",
        "Your application",
        A("rejection", UH, UHR, 11, "other"),
        text="""Tēnā koe Aroha

Thank you for your interest in the role of Payroll Systems Analyst (Job No. 514892) and for
the time you put into your application, the online assessments and your interview.

The panel was impressed with your practical payroll knowledge. After careful deliberation
they have selected a candidate whose experience with HRIS implementation projects more
closely matched the needs of the role at this time.

We would like to thank you for your interest in working at the University and wish you
every success in the future.

Ngā mihi
Recruitment Team
Te Whare Wānanga o Hauraki | University of Hauraki""",
    ),
]
