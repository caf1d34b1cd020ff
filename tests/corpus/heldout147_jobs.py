# ruff: noqa: E501, RUF100
"""Corpus 147, job mail part one (data only): see heldout147.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Toronto's offset on ``day`` (EDT until the first Sunday of November 2025, then EST)."""
    return "-0400" if day < "2025-11-02" else "-0500"


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


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the Message-IDs ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


SEUN = "seun.adeyemik@gmail.com"

MHB, MHB1, MHB2 = (
    "Maple Harbour Bank",
    "Senior Manager, FP&A – Canadian Personal Banking",
    "Senior Financial Analyst, Treasury Finance",
)
SBH, SBHR = "St. Brendan's Health Centre", "Manager, Financial Planning & Decision Support"
FRD, FRDR = "Fenwick & Rowe Distribution", "Senior Financial Analyst"
PG, PGR = "Pinegrove Analytics", "Senior Business Analyst, Finance Systems"
OPS, OPSR = "Ontario Public Service", "Senior Financial Analyst, Capital Planning"
CR, CRR = "Cobalt Ridge Packaging", "Finance Manager"
LL, LLR = "Ledgerline", "Senior FP&A Analyst"
UP, UPR = "Urban Pantry", "Finance Manager, Store Operations"
QF, QFR = "Quillfire", "Senior Business Analyst, Revenue Operations"
MV, MVR = "Mapleview Logistics", "Business Analyst, FP&A"
SC, SCR = "Supply Chain Resilience Canada", "Senior Financial Analyst (FI-03)"
IM, IMR = "Ironwood Mutual", "Manager, Financial Planning & Analysis"
BW, BWR = "Brightwater Cold Chain", "Finance Manager"
OC, OCR = "Ontario Capital Assets Corporation", "Senior Advisor, Financial Planning"
SP, SPR = "Sable Point Properties", "Senior Financial Analyst, Asset Management"
NP, NPR = "Northshore Pension Investment Board", "Senior Analyst, Enterprise Planning & Performance"
TM, TMR = "Tamarack Consulting Group", "FP&A Consultant (6-month contract)"
DVU, DVUR = "Don Valley University", "Senior Budget Analyst"
LB, LBR = "Logistique Boréal", "Manager, FP&A"
AB, ABR = "Ardent Building Products", "Finance Manager"
LP, LPR = "Lakeport Customs Brokerage", "Finance Manager"
GB, GBR = "Greenbelt Energy Co-operative", "Manager, FP&A"


# --- Maple Harbour Bank, first role (Workday tenant "mhbfg") --------------------------------

_mhb_verify = m(
    "k3v8",
    "2025-09-02 21:47",
    "Maple Harbour Careers <mhbfg@myworkday.com>",
    "Verify your candidate account",
    J("other_job", "workday", MHB),
    text="""Hello,

Thanks for creating a candidate account with Maple Harbour Financial Group.

Please verify your email address by clicking the link below. This link expires in 24 hours.

https://mhbfg.wd3.myworkdayjobs.com/en-US/MHB_External/verify?token=9f1c2e7a44b0

If you did not create this account, you can ignore this message.

Maple Harbour Financial Group
This mailbox is not monitored.
""",
)

_mhb1_conf = m(
    "p2d9",
    "2025-09-03 07:12",
    "Maple Harbour Careers <mhbfg@myworkday.com>",
    "Thank you for applying to Maple Harbour Financial Group",
    A("confirmation", MHB, MHB1, 1, "workday"),
    text="""Dear Oluwaseun,

Thank you for applying for the following position:

Job Requisition ID: R-0412788
Job Title: Senior Manager, FP&A – Canadian Personal Banking
Location: Toronto, ON (Harbour Square)

We have received your application and our Talent Acquisition team will review your qualifications. If your experience is a match, a member of our team will be in touch.

You can check the status of your application at any time by signing in to your candidate home:
https://mhbfg.wd3.myworkdayjobs.com/en-US/MHB_External/userHome

At Maple Harbour, we are committed to an inclusive, accessible recruitment process. If you require an accommodation at any stage, please let us know.

Kind regards,
Talent Acquisition
Maple Harbour Bank

Please do not reply to this email.
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b3a">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3c5d;padding:14px">
<img src="https://mhbfg.wd3.myworkdayjobs.com/MHB_External/assets/logo" alt="Maple Harbour" height="28"></td></tr>
<tr><td style="padding:20px">
<p>Dear Oluwaseun,</p>
<p>Thank you for applying for the following position:</p>
<p><b>Job Requisition ID:</b> R-0412788<br><b>Job Title:</b> Senior Manager, FP&amp;A – Canadian Personal Banking<br><b>Location:</b> Toronto, ON (Harbour Square)</p>
<p>We have received your application and our Talent Acquisition team will review your qualifications. If your experience is a match, a member of our team will be in touch.</p>
<p>You can check the status of your application at any time by signing in to your <a href="https://mhbfg.wd3.myworkdayjobs.com/en-US/MHB_External/userHome">candidate home</a>.</p>
<p>At Maple Harbour, we are committed to an inclusive, accessible recruitment process. If you require an accommodation at any stage, please let us know.</p>
<p>Kind regards,<br>Talent Acquisition<br>Maple Harbour Bank</p>
<p style="font-size:11px;color:#777">Please do not reply to this email.</p>
</td></tr></table></body></html>""",
)

_mhb1_rej = m(
    "w6n1",
    "2025-10-06 16:03",
    "Maple Harbour Careers <mhbfg@myworkday.com>",
    "Update on your application",
    A("rejection", MHB, MHB1, 1, "workday"),
    text="""Dear Oluwaseun,

Thank you for your interest in the Senior Manager, FP&A – Canadian Personal Banking role (R-0412788) and for the time you took to apply.

We received a strong response to this opportunity. After careful review, we have decided to move forward with other candidates whose experience more closely aligns with the requirements of the role at this time.

We encourage you to continue to explore opportunities at Maple Harbour and to keep your candidate profile up to date; our recruiters search it regularly.

We wish you every success.

Talent Acquisition
Maple Harbour Financial Group
""",
)

# --- St. Brendan's Health Centre, first application (Taleo) ----------------------------------

_sbh_conf = m(
    "c4r2",
    "2025-09-05 12:31",
    "St. Brendan's Health Centre <noreply@taleo.net>",
    "St. Brendan's Health Centre - Application Acknowledgement - 25-0917",
    A("confirmation", SBH, SBHR, 2, "taleo"),
    text="""Dear Oluwaseun Adeyemi-Kowalczyk,

Thank you for your interest in employment opportunities with St. Brendan's Health Centre.

This email confirms that we have received your application for:

Job Number: 25-0917
Position: Manager, Financial Planning & Decision Support
Department: Finance - Decision Support
Status: Permanent Full-Time (Non-Union)

Please note that only applicants selected for an interview will be contacted. Internal applicants will be given first consideration in accordance with applicable collective agreements.

You can review your submission in the career section at any time:
https://sbhc.taleo.net/careersection/ext/mysubmissions.ftl

SBHC is committed to providing accommodation for people with disabilities. If you require an accommodation, we will work with you to meet your needs.

Human Resources
St. Brendan's Health Centre
"Compassionate care, close to home."

*** This is an automated message. Please do not reply. ***
""",
)

_sbh_rej = m(
    "h9t5",
    "2025-10-08 10:44",
    "St. Brendan's Health Centre <noreply@taleo.net>",
    "Job Number 25-0917",
    A("rejection", SBH, SBHR, 2, "taleo"),
    html="""<html><body><font face="Verdana" size="2">
<p>Dear Oluwaseun,</p>
<p>Thank you for applying for the position of <b>Manager, Financial Planning &amp; Decision Support</b> (Job Number 25-0917) at St. Brendan's Health Centre.</p>
<p>We received a large number of applications for this posting. The hiring team has now completed its review and has selected applicants for interview whose qualifications more closely match the requirements of the position. As a result, your application will not be considered further for this posting.</p>
<p>We appreciate your interest in St. Brendan's and encourage you to apply to future postings that match your skills and experience.</p>
<p>Sincerely,</p>
<p>Talent Acquisition<br>Human Resources<br>St. Brendan's Health Centre</p>
<p><font size="1" color="#888888">This message was sent from an unmonitored mailbox.</font></p>
</font></body></html>""",
)

# --- Fenwick & Rowe (Greenhouse), applied from the old Hotmail address and forwarded ---------

_frd_fwd = m(
    "z1q7",
    "2025-09-08 20:15",
    "Seun A-K <seun_ak@hotmail.com>",
    "Fwd: Thank you for your application to Fenwick & Rowe",
    A("confirmation", FRD, FRDR, 3, "greenhouse"),
    text="""applied with the old hotmail by mistake, forwarding so I have it here

________________________________
From: Fenwick & Rowe Distribution <no-reply@us.greenhouse-mail.io>
Sent: Monday, September 8, 2025 7:58 PM
To: seun_ak@hotmail.com <seun_ak@hotmail.com>
Subject: Thank you for your application to Fenwick & Rowe

Hi Oluwaseun,

Thanks for applying to Fenwick & Rowe! Your application for the Senior Financial Analyst role has been received and is being reviewed by our team.

If your background is a fit, someone from our People team will reach out to discuss next steps. Given the volume of applications we receive, we're not able to respond to every applicant individually, but we really do appreciate your interest.

In the meantime, you can learn more about life at F&R here: https://www.fenwickrowe.example/careers

Best,
The Fenwick & Rowe People Team
Vaughan, Ontario
""",
)

# --- Pinegrove Analytics (LinkedIn Easy Apply) ------------------------------------------------

_pg_conf = m(
    "r8m3",
    "2025-09-09 13:22",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Oluwaseun, your application was sent to Pinegrove Analytics",
    A("confirmation", PG, PGR, 4, "linkedin"),
    text="""Your application was sent to Pinegrove Analytics

Senior Business Analyst, Finance Systems
Pinegrove Analytics · Toronto, Ontario, Canada (Hybrid)
Applied on September 9, 2025

View job: https://www.linkedin.com/comm/jobs/view/4301177825/?trackingId=Qm2x%2Fk

Now, take these next steps for more success with your job search
Show recruiters you're open to work: https://www.linkedin.com/comm/jobs/opentowork

----------------------------------------
This email was intended for Oluwaseun Adeyemi-Kowalczyk (CPA | Senior Financial Analyst, FP&A)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job Application emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
)

_pg_view = m(
    "b5x0",
    "2025-09-11 09:05",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application was viewed by Pinegrove Analytics",
    A("viewed", PG, PGR, 4, "linkedin"),
    text="""Your application was viewed

Pinegrove Analytics viewed your application for Senior Business Analyst, Finance Systems.

Senior Business Analyst, Finance Systems
Pinegrove Analytics · Toronto, Ontario, Canada (Hybrid)

See job: https://www.linkedin.com/comm/jobs/view/4301177825/

Tip: Members who message the hiring team are more likely to hear back.

----------------------------------------
This email was intended for Oluwaseun Adeyemi-Kowalczyk (CPA | Senior Financial Analyst, FP&A)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
)

_pg_rej = m(
    "y7g4",
    "2025-10-02 18:40",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application to Senior Business Analyst, Finance Systems at Pinegrove Analytics",
    A("rejection", PG, PGR, 4, "linkedin"),
    text="""Your update from Pinegrove Analytics

Thank you for your interest in the Senior Business Analyst, Finance Systems position at Pinegrove Analytics in Toronto, Ontario, Canada. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Pinegrove Analytics.

Regards,
Pinegrove Analytics

Find your next job: https://www.linkedin.com/comm/jobs/

----------------------------------------
This email was intended for Oluwaseun Adeyemi-Kowalczyk (CPA | Senior Financial Analyst, FP&A)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
)

# --- Ontario Public Service (OPS careers, Job ID 231845) ----------------------------------

_ops_conf = m(
    "f0s6",
    "2025-09-12 22:09",
    "Ontario Public Service Careers <donotreply@gojobs.gov.on.ca>",
    "Application received - Job ID 231845",
    A("confirmation", OPS, OPSR, 5, "other"),
    text="""Thank you for applying to the Ontario Public Service (OPS).

This confirms that your application has been submitted for:

Job ID: 231845
Position title: Senior Financial Analyst, Capital Planning
Ministry: Ministry of Goods Movement and Corridors
Division: Corporate Services Division / Finance and Capital Planning Branch
Location: Toronto (777 Bay St.)
Salary range: $90,284.00 - $127,543.00 per year
Closing date: Friday, September 26, 2025, 11:59 pm EDT

Only those applicants selected for further consideration will be contacted. Please check your OPS careers account regularly, as well as your junk/spam folder, as invitations to assessments are sent by email.

To view or withdraw your application, sign in to your account:
https://www.gojobs.gov.on.ca/MyAccount.aspx

The OPS is committed to being an inclusive and accessible employer. Accommodation is available under the Ontario Human Rights Code.

Please do not reply to this email. / Veuillez ne pas répondre à ce courriel.
""",
)

_ops_closed = m(
    "j2u8",
    "2025-09-29 11:30",
    "Ontario Public Service Careers <donotreply@gojobs.gov.on.ca>",
    "Job ID 231845 - competition closed",
    A("viewed", OPS, OPSR, 5, "other"),
    text="""Hello Oluwaseun,

The competition for Job ID 231845 (Senior Financial Analyst, Capital Planning) closed on September 26, 2025.

Your application is now being screened by the hiring team against the qualifications in the job ad. Candidates selected to move forward in the process will be contacted by email to schedule an assessment.

Due to the volume of applications, we are unable to provide individual status updates by phone.

Thank you for your interest in a career with the Ontario Public Service.

OPS Careers
""",
)

_ops_test = m(
    "a7l1",
    "2025-10-16 14:52",
    "Recruitment Services - Finance <mgmc.recruitment@ontario-ops.example>",
    "Invitation to written assessment - Job ID 231845",
    A("assessment", OPS, OPSR, 5, "direct"),
    text="""Good afternoon Oluwaseun,

Thank you for your interest in the position of Senior Financial Analyst, Capital Planning (Job ID 231845) with the Ministry of Goods Movement and Corridors.

We are pleased to invite you to the next stage of the competition: a written assessment.

Format: online, timed (90 minutes), open-book for Excel only
Window: Wednesday, October 22, 2025, 9:00 a.m. to Friday, October 24, 2025, 4:00 p.m.
Content: a capital-budget variance exercise and a short briefing note

You will receive a separate link on the morning of October 22. Please confirm by reply that you wish to participate, and let us know if you require any accommodation under the Ontario Human Rights Code.

Regards,

Jacinthe Morrow
HR Advisor, Recruitment Services
Ministry of Goods Movement and Corridors
Ontario Public Service
""",
)

_ops_int = m(
    "e3o9",
    "2025-11-17 09:18",
    "Jacinthe Morrow (MGMC) <jacinthe.morrow@ontario-ops.example>",
    "Interview - Senior Financial Analyst, Capital Planning (Job ID 231845)",
    A("interview", OPS, OPSR, 5, "direct"),
    text="""Hello Oluwaseun,

Congratulations - based on the results of the written assessment, you have been selected for an interview for Job ID 231845.

Date: Tuesday, November 25, 2025
Time: 1:30 p.m. - 2:30 p.m. (please arrive 10 minutes early)
Format: Microsoft Teams (link in the calendar invitation)
Panel: Branch Manager, Finance and Capital Planning; Senior Manager, Capital Budgeting; HR Advisor (observer)

The interview will be behavioural and technical and will include a 10-minute presentation on the exercise attached to the invitation, which you will receive 30 minutes before the start.

Please bring (or have available) two pieces of identification. References will be requested from the top candidates after the interview.

Kind regards,
Jacinthe
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0F8C2D4",
        "2025-11-25 13:30",
        "Interview - Job ID 231845 - Senior Financial Analyst, Capital Planning",
        ("Jacinthe Morrow (MGMC)", "jacinthe.morrow@ontario-ops.example"),
        style="outlook",
        location="Microsoft Teams Meeting",
        description="Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OPS231845",
    ),
)

_ops_out = m(
    "s5i2",
    "2025-12-10 15:26",
    "Ontario Public Service Careers <donotreply@gojobs.gov.on.ca>",
    "Job ID 231845 - outcome of competition",
    A("rejection", OPS, OPSR, 5, "other"),
    text="""Dear Oluwaseun Adeyemi-Kowalczyk,

Thank you for participating in the competition for Job ID 231845, Senior Financial Analyst, Capital Planning.

The competition has now concluded. While you were not the successful candidate for the current vacancy, you demonstrated that you are qualified for the position and your name has been placed on an eligibility list. The eligibility list may be used to fill the same or similar vacancies for up to 12 months. You may be contacted during this period if a vacancy arises.

You may request feedback on your performance by contacting the HR advisor named in your interview invitation within 30 days.

We appreciate your interest in the Ontario Public Service.

OPS Careers
""",
)

# --- Cobalt Ridge Packaging (Indeed Apply) -------------------------------------------------

_cr_conf = m(
    "u4b6",
    "2025-09-15 19:48",
    "Indeed Apply <indeedapply@indeed.com>",
    "Indeed Application: Finance Manager",
    A("confirmation", CR, CRR, 6, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://ca.indeed.com/images/indeed-logo.png" alt="indeed" width="100">
<h2 style="font-size:20px">Application submitted</h2>
<p style="font-size:16px"><b>Finance Manager</b><br>Cobalt Ridge Packaging - Brampton, ON</p>
<p>The following items were sent to <b>Cobalt Ridge Packaging</b>. Good luck!</p>
<ul><li>Application</li><li>Resume (Seun_Adeyemi-Kowalczyk_CPA_2025.pdf)</li></ul>
<p><a href="https://ca.indeed.com/myjobs?from=applyconfemail">Track your application on My jobs</a></p>
<p style="color:#767676;font-size:12px">Next steps: the employer or job advertiser may reach out to you about your application.</p>
<hr>
<p style="color:#767676;font-size:11px">Indeed respects your privacy. You received this email because you applied to a job on Indeed.<br>
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750</p>
</div></body></html>""",
)

_cr_view = m(
    "g8c2",
    "2025-09-19 08:13",
    "Indeed <donotreply@match.indeed.com>",
    "An employer viewed your application",
    A("viewed", CR, CRR, 6, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<p style="font-size:18px"><b>Your application was viewed</b></p>
<p>Cobalt Ridge Packaging viewed your application for <b>Finance Manager</b> on September 18.</p>
<p>Employers often review many applications before reaching out. We'll let you know if there's an update.</p>
<p><a href="https://ca.indeed.com/myjobs">View application status</a></p>
<p style="color:#767676;font-size:11px">You're receiving this because you applied on Indeed. <a href="https://ca.indeed.com/settings/email">Manage email settings</a>.</p>
</div></body></html>""",
)

# --- Ledgerline (Ashby) ---------------------------------------------------------------------

_ll_conf = m(
    "n6h0",
    "2025-09-18 10:02",
    "Ledgerline Hiring Team <no-reply@ashbyhq.com>",
    "Thanks for applying to Ledgerline!",
    A("confirmation", LL, LLR, 7, "ashby"),
    text="""Hi Oluwaseun,

Thanks for applying for Senior FP&A Analyst at Ledgerline! We've got your application and a real human on our team will read it within the next week or so.

A bit about how we hire: after an intro call, you'll meet our Head of Finance, work through a short case based on real (anonymized) data, and then meet a couple of founders. We try to keep the whole process under four weeks.

If you have any questions, just reply to this email.

Cheers,
The Ledgerline team

Ledgerline Software Inc. · 1 Spadina Cres., Toronto
Powered by Ashby
""",
)

_ll_int = m(
    "d1w5",
    "2025-09-29 15:37",
    "Ledgerline <no-reply@ashbyhq.com>",
    "Interview confirmed: Ledgerline <> Oluwaseun Adeyemi-Kowalczyk",
    A("interview", LL, LLR, 7, "ashby"),
    text="""Hi Oluwaseun,

Your interview with Ledgerline is confirmed.

Senior FP&A Analyst - Intro + Finance conversation
Thursday, October 2, 2025, 11:00 AM - 11:45 AM (Eastern Time - Toronto)
Interviewer: Nadia Ferreira (Head of Finance)
Location: Google Meet - https://meet.google.com/vjq-ttrx-pkd

Need to reschedule? https://app.ashbyhq.com/interview-reschedule/8c1d0f1a

Looking forward to it!
Ledgerline Recruiting
""",
    ics=ics(
        "ashby-7f20c1e9-ledgerline-intro",
        "2025-10-02 11:00",
        "Ledgerline - Senior FP&A Analyst - Intro with Nadia Ferreira",
        ("Ledgerline Recruiting", "no-reply@ashbyhq.com"),
        minutes=45,
        location="https://meet.google.com/vjq-ttrx-pkd",
        attendees=[("Nadia Ferreira", "nadia@ledgerline.example")],
    ),
)

_ll_case = m(
    "t0y3",
    "2025-10-09 17:21",
    "Nadia Ferreira <nadia@ledgerline.example>",
    "next step - short case (no rush)",
    A("assessment", LL, LLR, 7, "direct"),
    text="""Hi Seun,

Really enjoyed our chat last week - especially your story about rebuilding the lane-level margin model at Northbridge. As promised, here's the case.

Attached is a CSV with 24 months of (scrambled) subscription data. What we'd love to see:

1. A simple ARR bridge (new, expansion, contraction, churn) by quarter
2. Your read on what's going on with net revenue retention in the mid-market segment
3. A one-page view on how you'd build the FY26 operating plan around it

Keep it to 3-4 hours max, honestly. Excel or Sheets is fine, slides optional. If you can send it back by Friday the 17th that'd be great, but tell me if you need more time - no penalty.

Nadia

--
Nadia Ferreira
Head of Finance, Ledgerline
""",
    attach=[
        (
            "ledgerline_case_subscriptions.csv",
            "text/csv",
            "month,segment,customer_id,mrr\n2023-10,SMB,C0001,420\n2023-10,MID,C0417,3850\n2023-10,ENT,C0902,18200\n",
        )
    ],
)

_ll_final = m(
    "x9e7",
    "2025-10-27 12:04",
    "Ledgerline <no-reply@ashbyhq.com>",
    "You're invited: final conversations at Ledgerline",
    A("interview", LL, LLR, 7, "ashby"),
    text="""Hi Oluwaseun,

Great news - the team loved your case and we'd like to invite you to final conversations.

Wednesday, October 29, 2025
1:00 PM - 1:45 PM: Case walkthrough with Nadia Ferreira and Owen Baptiste (CFO, part-time)
2:00 PM - 2:30 PM: Chat with Priscilla Lam (CEO & co-founder)

Location: Ledgerline office, 1 Spadina Cres., Suite 300, Toronto (coffee's on us). Prefer video? Just reply and we'll switch it.

See you soon,
Ledgerline Recruiting
""",
    ics=ics(
        "ashby-5ab2e4f0-ledgerline-final",
        "2025-10-29 13:00",
        "Ledgerline - Final conversations (Oluwaseun Adeyemi-Kowalczyk)",
        ("Ledgerline Recruiting", "no-reply@ashbyhq.com"),
        minutes=90,
        location="1 Spadina Cres., Suite 300, Toronto, ON",
        attendees=[
            ("Nadia Ferreira", "nadia@ledgerline.example"),
            ("Owen Baptiste", "owen@ledgerline.example"),
            ("Priscilla Lam", "priscilla@ledgerline.example"),
        ],
    ),
)

_ll_offer = m(
    "m4p8",
    "2025-11-10 18:55",
    "Marcus Oyelaran <marcus@ledgerline.example>",
    "Ledgerline x Seun",
    A("offer", LL, LLR, 7, "direct"),
    text="""Hi Seun,

Thanks again for the time you've spent with us over the last few weeks. I'm thrilled to share that we'd like you to join Ledgerline as our Senior FP&A Analyst!

Here's the summary - the formal letter will follow once you've had a chance to react:

- Base salary: $118,000 CAD
- Equity: 6,500 stock options (4-year vesting, 1-year cliff)
- Group RRSP with a 3% employer match from day one
- Health and dental benefits (100% premiums covered), plus a $1,500 wellness/learning account
- Remote-first, with the Spadina office whenever you want it
- Start date: flexible, ideally early January

Nadia and Priscilla both asked me to pass along how impressed they were with your case - the ARR bridge was the best we've seen.

Could you let us know by Friday, November 14? Happy to jump on a call tonight or tomorrow to talk through anything, including the equity.

Warmly,
Marcus

Marcus Oyelaran
Head of People, Ledgerline
""",
)

_ll_decl = m(
    "q3k5",
    "2025-11-14 11:20",
    "Marcus Oyelaran <marcus@ledgerline.example>",
    "Re: Ledgerline x Seun",
    A("offer", LL, LLR, 7, "direct"),
    st="declined",
    text="""Hi Seun,

Totally understand, and thank you for being so straightforward about it - the base gap and the title are fair points, and I'd rather you make the right call for you and your family.

The door is genuinely open. If things change down the road, or when we're ready for a finance manager, I'll reach out first.

All the best,
Marcus

On Thu, Nov 13, 2025 at 9:41 PM Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com> wrote:
> Hi Marcus,
>
> Thank you so much for the offer and for how thoughtful the whole process has been. After a lot of back and forth, I've decided to decline. I'm at a point where I need to move up in base and scope, and I don't think I can make the numbers work at this stage.
>
> Please pass my thanks to Nadia and Priscilla.
>
> Seun
>
> On Mon, Nov 10, 2025 at 6:55 PM Marcus Oyelaran <marcus@ledgerline.example> wrote:
>> Hi Seun,
>>
>> Thanks again for the time you've spent with us over the last few weeks. I'm thrilled to share that we'd like you to join Ledgerline as our Senior FP&A Analyst!
""",
    **reply(_ll_offer["id"], "<CAF7uPq1nZ8s2Lr0p+seun@mail.gmail.com>"),
)

# --- Urban Pantry (a Beaumont Group banner, iCIMS) -------------------------------------------

_up_conf = m(
    "v2a4",
    "2025-09-22 08:30",
    "Beaumont Group Careers <careers-beaumontgroup@talent.icims.com>",
    "Beaumont Group - Application Received",
    A("confirmation", UP, UPR, 8, "icims"),
    html="""<html><body style="font-family:Georgia,serif;font-size:14px">
<p><img src="https://careers-beaumontgroup.icims.com/images/bg-logo.png" alt="Beaumont Group Inc." width="160"></p>
<p>Dear Oluwaseun,</p>
<p>Thank you for applying for <b>Finance Manager, Store Operations</b> (Requisition 2025-18834) with <b>Urban Pantry</b>, one of the Beaumont Group family of grocery banners.</p>
<p>Our talent acquisition team is reviewing applications. If your qualifications match our needs, we will contact you about next steps.</p>
<p>You can view your application status at any time through our <a href="https://careers-beaumontgroup.icims.com/jobs/login">career portal</a>.</p>
<p>Beaumont Group welcomes and encourages applications from people with disabilities. Accommodations are available on request for candidates taking part in all aspects of the selection process.</p>
<p>Thank you,<br>Beaumont Group Talent Acquisition</p>
<p style="font-size:11px;color:#666">Beaumont Group Inc. · Urban Pantry · Valu-Mart Express · Beaumont Pharmacy<br>
100 Sheppard Ave. E., North York, ON</p>
</body></html>""",
)

_up_screen = m(
    "l7f1",
    "2025-10-03 13:12",
    "Rachel Osei <rachel.osei@beaumontgroup.example>",
    "Finance Manager, Store Operations - quick chat?",
    A("interview", UP, UPR, 8, "direct"),
    text="""Hi Oluwaseun,

I'm a Talent Acquisition Partner at Beaumont Group supporting our Urban Pantry banner. Thanks for your application to the Finance Manager, Store Operations role - your logistics background caught the hiring manager's eye, since a big part of this job is working with our DC and transportation teams on cost-to-serve.

Would you have 30 minutes for an introductory phone call next week? I'm free:
- Tue Oct 7, 10:00-12:00
- Wed Oct 8, after 2:00
- Thu Oct 9, 1:00-4:00

Just let me know what works and the best number to reach you.

Thanks,
Rachel

Rachel Osei (she/her)
Talent Acquisition Partner, Corporate Functions
Beaumont Group Inc. | Urban Pantry
""",
)

_up_screen2 = m(
    "o5r9",
    "2025-10-06 09:47",
    "Rachel Osei <rachel.osei@beaumontgroup.example>",
    "RE: Finance Manager, Store Operations - quick chat?",
    A("interview", UP, UPR, 8, "direct"),
    text="""Perfect - Thursday Oct 9 at 2pm it is. I'll call you at 416-555-0147.

Talk soon,
Rachel

-----Original Message-----
From: Seun Adeyemi-Kowalczyk <seun.adeyemik@gmail.com>
Sent: Saturday, October 4, 2025 8:02 PM
To: Rachel Osei <rachel.osei@beaumontgroup.example>
Subject: Re: Finance Manager, Store Operations - quick chat?

Hi Rachel, thanks for reaching out! Thursday at 2 would work well. My cell is 416-555-0147.
Seun
""",
    **reply(_up_screen["id"], "<CAF7uPq3Kd0w@mail.gmail.com>"),
)

# --- Quillfire (Lever) -------------------------------------------------------------------------

_qf_conf = m(
    "i6d2",
    "2025-09-26 16:44",
    "Quillfire <no-reply@hire.lever.co>",
    "Thanks for applying to Quillfire",
    A("confirmation", QF, QFR, 9, "lever"),
    text="""Hi Oluwaseun,

Thanks for your interest in Quillfire! We've received your application for Senior Business Analyst, Revenue Operations, and our team is reviewing it now.

We'll be in touch either way - we aim to reply to every candidate within two weeks.

In the meantime, here's what our customers say about us: https://quillfire.example/customers

The Quillfire Talent Team
""",
)

_qf_rej = m(
    "k1z6",
    "2025-10-07 21:03",
    "Talia Brenner <no-reply@hire.lever.co>",
    "Your application at Quillfire",
    A("rejection", QF, QFR, 9, "lever"),
    text="""Hi Oluwaseun,

Thank you for taking the time to apply. Your background in FP&A and cost modelling is genuinely impressive, and it was a tough call - the team spent real time on your application.

For this role, though, we've decided to move forward with candidates who have more hands-on Salesforce and CPQ administration experience, since the position sits very close to our sales systems.

We'll keep your details on file, and I hope you'll keep an eye on our careers page - we're growing the finance team next year.

All the best,
Talia Brenner
Talent Partner, Quillfire Technologies Inc.
""",
    reply_to="Talia Brenner <talia@quillfire.example>",
)

# --- Mapleview Logistics (Workopolis) ---------------------------------------------------------

_mv_conf = m(
    "e8u3",
    "2025-10-01 07:55",
    "Workopolis <noreply@workopolis.com>",
    "Your application has been sent!",
    A("confirmation", MV, MVR, 10, "other"),
    html="""<html><body style="font-family:Arial">
<table width="100%" style="max-width:600px"><tr><td>
<p style="font-size:18px;color:#2a7ab0"><b>workopolis</b></p>
<p>Hi Oluwaseun,</p>
<p>Your application for <b>Business Analyst, FP&amp;A</b> at <b>Mapleview Logistics</b> (Milton, ON) has been sent.</p>
<p>The employer will contact you directly if they'd like to move forward.</p>
<p><a href="https://www.workopolis.com/en/myworkopolis/applications">See all my applications</a></p>
<p style="font-size:11px;color:#999">You are receiving this email because you applied for a job on Workopolis. <a href="https://www.workopolis.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""",
)

# --- Supply Chain Resilience Canada (GC Jobs) -------------------------------------------------

_sc_conf = m(
    "b3j0",
    "2025-10-08 23:16",
    "GC Jobs - Emplois GC <cfp.gcjobs-emploisgc.psc@cfp-psc.gc.ca>",
    "Application received / Postulation reçue - 25-SCR-EA-NCR-612874",
    A("confirmation", SC, SCR, 11, "other"),
    text="""(Le français suit l'anglais)

Thank you for applying to the following selection process:

Selection process number: 25-SCR-EA-NCR-612874
Position: Senior Financial Analyst (FI-03)
Organization: Supply Chain Resilience Canada
Location: Ottawa (Ontario), Toronto (Ontario) - telework options may be considered
Closing date: 2025-10-20 23:59, Pacific Time

Your application has been successfully submitted. You may view, modify or withdraw it until the closing date through your GC Jobs account on Canada.ca: https://emploisfp-psjobs.cfp-psc.gc.ca/psrs-srfp/applicant/page1800

This process may be used to establish a pool of qualified candidates to staff identical or similar positions with various tenures, linguistic requirements and security requirements.

Communication for this process will be sent via email. It is your responsibility to check your email and junk mail regularly.

---

Merci d'avoir postulé au processus de sélection suivant :

Numéro du processus de sélection : 25-SCR-EA-NCR-612874
Poste : Analyste financier principal / Analyste financière principale (FI-03)
Organisation : Résilience des chaînes d'approvisionnement Canada
Lieu : Ottawa (Ontario), Toronto (Ontario) - le télétravail pourrait être envisagé
Date de fermeture : 2025-10-20 23 h 59, heure du Pacifique

Votre postulation a été soumise avec succès. Ce processus pourrait servir à constituer un bassin de candidat(e)s qualifié(e)s.

Commission de la fonction publique du Canada / Public Service Commission of Canada
""",
)

_sc_exam = m(
    "r4x7",
    "2025-11-24 10:05",
    "Dotation - Staffing RCCA-SCRC <dotation-staffing@scrc-rcca.example>",
    "Examen écrit / Written exam - 25-SCR-EA-NCR-612874",
    A("assessment", SC, SCR, 11, "direct", "fr"),
    text="""*** English message follows ***

Bonjour,

Suite à l'évaluation de votre candidature pour le processus 25-SCR-EA-NCR-612874 - Analyste financier principal / Analyste financière principale (FI-03), nous avons le plaisir de vous inviter à l'examen écrit.

Date : le mardi 2 décembre 2025
Heure : de 9 h à 12 h (heure de l'Est)
Format : examen en ligne non supervisé ; le lien vous sera envoyé le matin même

Veuillez confirmer votre participation d'ici le 27 novembre et indiquer la langue officielle de votre choix pour l'examen. Si vous avez besoin de mesures d'adaptation, veuillez nous en aviser.

Cordialement,

Mélanie Gagnon-Roy
Conseillère en dotation | Staffing Advisor
Résilience des chaînes d'approvisionnement Canada / Supply Chain Resilience Canada

---

Hello,

Following the assessment of your application for selection process 25-SCR-EA-NCR-612874 - Senior Financial Analyst (FI-03), we are pleased to invite you to the written exam.

Date: Tuesday, December 2, 2025
Time: 9:00 a.m. to 12:00 p.m. (Eastern Time)
Format: unsupervised online exam; the link will be sent the same morning

Please confirm your participation by November 27 and indicate your official language of choice for the exam. Please let us know if you require accommodation measures.

Regards,

Mélanie Gagnon-Roy
""",
)

_sc_int = m(
    "w9c1",
    "2026-01-13 14:40",
    "Dotation - Staffing RCCA-SCRC <dotation-staffing@scrc-rcca.example>",
    "Interview invitation / Invitation à une entrevue - 25-SCR-EA-NCR-612874",
    A("interview", SC, SCR, 11, "direct"),
    text="""(Le français suit l'anglais)

Hello Oluwaseun,

Congratulations, you have successfully passed the written exam for selection process 25-SCR-EA-NCR-612874 (FI-03). You are invited to an interview, at which the remaining essential qualifications and personal suitability will be assessed.

Date: Thursday, January 22, 2026
Time: 10:00 a.m. to 11:30 a.m. (ET)
Location: MS Teams (see attached invitation)
Board: Director, Financial Planning and Resource Management; Manager, Costing; Staffing Advisor

A reference check may follow for candidates who pass the interview.

Bonjour Oluwaseun,

Félicitations, vous avez réussi l'examen écrit. Vous êtes invité(e) à une entrevue le jeudi 22 janvier 2026, de 10 h à 11 h 30 (HE), sur MS Teams.

Mélanie Gagnon-Roy
Conseillère en dotation | Staffing Advisor
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F1A3C71E",
        "2026-01-22 10:00",
        "Entrevue / Interview - 25-SCR-EA-NCR-612874 - FI-03",
        ("Dotation - Staffing RCCA-SCRC", "dotation-staffing@scrc-rcca.example"),
        style="outlook",
        minutes=90,
        location="Microsoft Teams",
        description="Réunion Microsoft Teams / Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SCRC612874",
    ),
)

# --- Maple Harbour Bank, second role -----------------------------------------------------------

_mhb2_conf = m(
    "h2s8",
    "2025-10-14 06:58",
    "Maple Harbour Careers <mhbfg@myworkday.com>",
    "Thank you for applying to Maple Harbour Financial Group",
    A("confirmation", MHB, MHB2, 12, "workday"),
    text="""Dear Oluwaseun,

Thank you for applying for the following position:

Job Requisition ID: R-0420155
Job Title: Senior Financial Analyst, Treasury Finance
Location: Toronto, ON (Harbour Square)

We have received your application and our Talent Acquisition team will review your qualifications. If your experience is a match, a member of our team will be in touch.

You can check the status of your application at any time by signing in to your candidate home:
https://mhbfg.wd3.myworkdayjobs.com/en-US/MHB_External/userHome

Kind regards,
Talent Acquisition
Maple Harbour Bank

Please do not reply to this email.
""",
)

_mhb2_hv = m(
    "y5l3",
    "2025-10-20 11:15",
    "Maple Harbour Financial Group <noreply@hirevue.com>",
    "Maple Harbour Financial Group has invited you to a digital interview",
    A("assessment", MHB, MHB2, 12, "hirevue"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Oluwaseun,</p>
<p>Thank you for your interest in the <b>Senior Financial Analyst, Treasury Finance</b> role at Maple Harbour Financial Group.</p>
<p>As the next step, we invite you to complete an on-demand video interview through HireVue. You'll answer 5 questions on camera at a time that suits you; each answer can be up to 3 minutes, and you'll have time to think before recording.</p>
<p><b>Please complete your interview by Sunday, October 26, 2025 at 11:59 PM ET.</b></p>
<p style="text-align:center"><a href="https://app.hirevue.com/interviews/mhbfg/Jq8dK2xN" style="background:#0b3c5d;color:#fff;padding:10px 24px;text-decoration:none">Start Interview</a></p>
<p>Tips: use Chrome or the HireVue app, find a quiet spot, and try the practice questions first.</p>
<p>Good luck!<br>Maple Harbour Talent Acquisition</p>
<p style="font-size:11px;color:#888">HireVue, Inc. · 10876 S River Front Pkwy, South Jordan, UT 84095 · <a href="https://www.hirevue.com/privacy">Privacy</a></p>
</body></html>""",
)

_mhb2_hv2 = m(
    "c0f6",
    "2025-10-23 22:31",
    "HireVue <noreply@hirevue.com>",
    "Thank you for completing your interview",
    A("assessment", MHB, MHB2, 12, "hirevue"),
    text="""Hi Oluwaseun,

Thank you for completing your interview for Senior Financial Analyst, Treasury Finance with Maple Harbour Financial Group. Your responses have been submitted successfully.

The hiring team will review your interview and contact you about next steps.

HireVue Support
https://hirevue.com/candidates
""",
)

_mhb2_int = m(
    "a9q2",
    "2025-11-05 13:46",
    "Harjit Sandhu <harjit.sandhu@mapleharbour.example>",
    "Interview: Senior Financial Analyst, Treasury Finance (R-0420155)",
    A("interview", MHB, MHB2, 12, "direct"),
    text="""Hi Oluwaseun,

Thanks for completing the HireVue - the hiring manager enjoyed your answers. I'd like to set up a 45-minute interview with Anil Mehta, Director, Treasury Finance.

I've sent a Teams invitation for Tuesday, November 11 at 3:30 p.m. If that doesn't work, let me know a couple of alternatives this week or next.

The conversation will focus on your experience with cash forecasting, funds transfer pricing exposure (if any - not a must), and how you partner with business leaders.

Best regards,

Harjit Sandhu
Senior Talent Acquisition Partner, Finance & Risk
Maple Harbour Bank
T 416-555-0183

This email and any attachments are confidential and may be privileged. If you received this email in error, please notify the sender and delete it. / Ce courriel et toute pièce jointe sont confidentiels.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000044D9B0C2",
        "2025-11-11 15:30",
        "Maple Harbour - Interview - Sr Financial Analyst, Treasury Finance",
        ("Harjit Sandhu", "harjit.sandhu@mapleharbour.example"),
        style="outlook",
        minutes=45,
        location="Microsoft Teams Meeting",
        attendees=[("Anil Mehta", "anil.mehta@mapleharbour.example")],
    ),
)

_mhb2_panel = m(
    "g3v7",
    "2025-11-18 10:22",
    "Harjit Sandhu <harjit.sandhu@mapleharbour.example>",
    "Next step - panel interview, Treasury Finance",
    A("interview", MHB, MHB2, 12, "direct"),
    text="""Hi Oluwaseun,

Good news - Anil would like you to meet the broader team. The final step is an in-person panel interview at Harbour Square:

Date: Monday, November 24, 2025
Time: 10:00 a.m. - 11:30 a.m.
Location: 88 Harbour Square, 21st floor (check in at the security desk with photo ID)
Panel: Anil Mehta (Director, Treasury Finance), Grace Wu (Senior Manager, Liquidity Reporting), Tom Vachon (VP, Corporate Treasury)

Part of the time will be a discussion of a short liquidity-forecast scenario that we'll hand you on arrival (20 minutes to prepare).

Please accept the calendar invite to confirm.

Harjit
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A3B5C1D7",
        "2025-11-24 10:00",
        "Panel interview - Treasury Finance - O. Adeyemi-Kowalczyk",
        ("Harjit Sandhu", "harjit.sandhu@mapleharbour.example"),
        style="outlook",
        minutes=90,
        location="88 Harbour Square, 21st floor, Toronto",
        attendees=[
            ("Anil Mehta", "anil.mehta@mapleharbour.example"),
            ("Grace Wu", "grace.wu@mapleharbour.example"),
            ("Tom Vachon", "tom.vachon@mapleharbour.example"),
        ],
    ),
)

_mhb2_rej = m(
    "p7n4",
    "2025-12-03 17:09",
    "Harjit Sandhu <harjit.sandhu@mapleharbour.example>",
    "Following up - Treasury Finance",
    A("rejection", MHB, MHB2, 12, "direct"),
    text="""Hi Oluwaseun,

Thank you for your patience while the team finished its interviews, and for the effort you put into the panel - the liquidity scenario discussion was one of the strongest the panel saw, and Tom specifically mentioned your clarity with the numbers.

It was a very close decision. In the end, the team has decided to move forward with another candidate who has direct bank treasury experience, which was the deciding factor for this particular seat.

I'd really like to stay in touch. I'm going to flag your profile for upcoming FP&A roles in Personal & Commercial Banking, and I'd be happy to chat about those in the new year.

Thank you again, and all the best,

Harjit Sandhu
Senior Talent Acquisition Partner, Finance & Risk
Maple Harbour Bank
""",
)

MAIL: list[dict[str, Any]] = [
    _mhb_verify,
    _mhb1_conf,
    _mhb1_rej,
    _sbh_conf,
    _sbh_rej,
    _frd_fwd,
    _pg_conf,
    _pg_view,
    _pg_rej,
    _ops_conf,
    _ops_closed,
    _ops_test,
    _ops_int,
    _ops_out,
    _cr_conf,
    _cr_view,
    _ll_conf,
    _ll_int,
    _ll_case,
    _ll_final,
    _ll_offer,
    _ll_decl,
    _up_conf,
    _up_screen,
    _up_screen2,
    _qf_conf,
    _qf_rej,
    _mv_conf,
    _sc_conf,
    _sc_exam,
    _sc_int,
    _mhb2_conf,
    _mhb2_hv,
    _mhb2_hv2,
    _mhb2_int,
    _mhb2_panel,
    _mhb2_rej,
]
