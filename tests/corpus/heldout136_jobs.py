# ruff: noqa: E501, RUF100
"""Corpus 136, job mail part one (data only): see heldout136.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Manchester's offset on ``day`` (BST until the last Sunday of October 2025, then GMT)."""
    return "+0100" if day < "2025-10-26" or day >= "2026-03-29" else "+0000"


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


def thread(*ids: str) -> dict[str, str]:
    """Threading headers of a reply: the last id is the one replied to."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_NAME, ME_ADDR = "Priya Natarajan", "priya.natarajan.mcr@gmail.com"

IVH, IVHR = "Irwell Valley Hospitals NHS Foundation Trust", "Information Analyst"
TF, TFR = "Tallyfold", "Product Data Analyst"
NP, NP1, NP2 = "Northern Pantry", "Pricing Analyst", "Customer Insight Analyst"
DS, DSR = "Department for Skills and Regional Growth", "Data Analyst (HEO)"
PA, PAR = "Pellucid Analytics", "Junior BI Developer"
MCH, MCHR = "Mancunian Community Health NHS Trust", "Data Quality Analyst"
HOL, HOLR = "Holcroft Council", "Data and Systems Officer"
VRA, VRAR = "Valuation and Rating Agency", "Statistical Officer"
HF, HFR = "Harrow & Finch", "Data and Reporting Analyst"
KBS, KBSR = "Kersal Building Society", "Data Analyst"
MW, MWR = "Mosswood Energy", "Data Analyst, Customer Operations"
KH, KHR = "Kiteline Health", "Analytics Engineer"
LL, LLR = "Loom & Larch", "Data Analyst"
OD, ODR = "Ordsall Digital", "Marketing Data Analyst"
MMH, MMHR = "Medlock Mental Health NHS Foundation Trust", "Senior Data Analyst"
CL, CLR = "Calder Logistics", "MI Analyst"
BY, BYR = "Beacon Youth Trust", "Impact and Data Officer"
GICA, GICAR = "Greater Irwell Combined Authority", "Transport Data Analyst"
ASH, ASHR = "Ashworth Council", "Performance and Insight Analyst"
QM, QMR = "Quayside Media Group", "Audience Data Analyst"

NHSJOBS = "NHS Jobs <noreply@jobs.nhs.uk>"
CSJ = "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>"
WD = "Halewood Retail Group plc <halewoodgroup@myworkday.com>"
PSS = "Pennine Shared Services Recruitment <noreply@jobtrain.co.uk>"

NHS_FOOT = """
--
This is an automated message from NHS Jobs. Please do not reply to this email, the mailbox is not monitored.
Find out how we use your personal information: https://www.jobs.nhs.uk/privacy
NHS Jobs is provided by the NHS Business Services Authority."""

CSJ_FOOT = """
Please do not reply to this email. This mailbox is not monitored.

Civil Service Jobs
https://www.civilservicejobs.service.gov.uk

The Civil Service is committed to attract, retain and invest in talent wherever it is found."""

WD_FOOT = """
Halewood Retail Group plc is registered in England and Wales, company number 00417728, registered office: Halewood House, Pear Mill Way, Stockport SK6 2BP. Northern Pantry, Pantry Express and Halewood Home are trading names of Halewood Retail Group plc and its subsidiaries.
This email was sent from an unmonitored mailbox."""

# The candidate's own sent mail, which the mailbox does not hold (replies point at it).
OWN_IVH_FEEDBACK = "<CAJx3N8vYpR2q0kL7bD+f1Ww5mH8Qz@mail.gmail.com>"
OWN_NP_SLOTS = "<CAJx3N8sT4e0a9PqVh2nUoR7cJ1Lw@mail.gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- 1: Irwell Valley Hospitals, Information Analyst (NHS Jobs; interview; rejected) ----
    m(
        "tq7c",
        "2025-09-17 20:41",
        NHSJOBS,
        "Confirm your email address",
        J("other_job", "other"),
        text="""Hello,

You've created an NHS Jobs account.

Your security code is 604218

Enter this code in NHS Jobs to confirm your email address. The code expires in 15 minutes.

If you did not create an account, you can ignore this email.
"""
        + NHS_FOOT,
    ),
    m(
        "zr2w",
        "2025-09-18 21:47",
        NHSJOBS,
        "Application submitted: Information Analyst",
        A("confirmation", IVH, IVHR, 1, "other"),
        text="""Dear Priya Natarajan,

Thank you for your application for the following job:

Job title: Information Analyst
Employer: Irwell Valley Hospitals NHS Foundation Trust
Job reference: C9412-25-0657

What happens next
The employer will review your application after the closing date (28 September 2025). If you are shortlisted for interview, they will contact you through NHS Jobs. We'll send you an email when there is an update, so please check your account and your junk or spam folder.

You can view your submitted application at any time:
https://www.jobs.nhs.uk/candidate/applications/C9412-25-0657

Best wishes
NHS Jobs
"""
        + NHS_FOOT,
    ),
    m(
        "fd9u",
        "2025-10-09 12:14",
        NHSJOBS,
        "You have been invited to an interview",
        A("interview", IVH, IVHR, 1, "other"),
        text="""Dear Priya Natarajan,

Irwell Valley Hospitals NHS Foundation Trust has invited you to an interview for the following job:

Information Analyst (C9412-25-0657)

Interview date: Tuesday 21 October 2025
Interview time: 10:30am
Location: Irwell House, Bury Old Road, Prestwich, M25 1BL

You must sign in to your NHS Jobs account to confirm whether you can attend:
https://www.jobs.nhs.uk/candidate/interviews

Additional information from the employer:
Please bring photographic ID and proof of your right to work. There will be a short practical exercise before the panel interview.
"""
        + NHS_FOOT,
    ),
    m(
        "wn4b",
        "2025-10-13 15:31",
        "Gemma Lowry <gemma.lowry@irwellvalley.nhs.example>",
        "Interview - Information Analyst (Band 6) - Tues 21/10",
        A("interview", IVH, IVHR, 1, "direct"),
        text="""Dear Priya

Thank you for confirming your attendance. Please see details of your interview below - I have also sent a calendar invite.

Date: Tuesday 21st October 2025
Arrive: 10:15 for a 10:30 start
Where: Performance & Intelligence, 2nd Floor, Irwell House (please report to main reception, visitor parking is limited so public transport is advised - the 135 bus stops outside)

Format:
- 30 minutes practical exercise (Excel and a short written summary, a laptop will be provided)
- 45 minute panel interview

Panel:
Dr Sanjay Mehta - Head of Performance & Intelligence
Lisa Hargreaves - Principal Information Analyst
Gemma Lowry - Recruitment & Resourcing Officer

If you require any reasonable adjustments please let me know as soon as possible.

Kind regards

Gemma Lowry
Recruitment & Resourcing Officer
Workforce Directorate
Irwell Valley Hospitals NHS Foundation Trust
Tel: 0161 778 2204 (Mon-Thurs)

Caring | Listening | Improving

*****************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents: to do so is strictly prohibited and may be unlawful.
*****************************************************
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000090B6D31C1D3CDC010000000000000000100000007A1F",
            "2025-10-21 10:15",
            "Interview - Information Analyst - P Natarajan",
            ("Lowry Gemma", "gemma.lowry@irwellvalley.nhs.example"),
            minutes=90,
            style="outlook",
            location="Irwell House 2nd Floor - P&I meeting room 2",
            attendees=[
                ("Mehta Sanjay (Dr)", "sanjay.mehta@irwellvalley.nhs.example"),
                ("Hargreaves Lisa", "lisa.hargreaves@irwellvalley.nhs.example"),
            ],
            description="Practical exercise 10:30-11:00, panel 11:05-11:50. Please bring ID and RTW documents.",
        ),
    ),
    m(
        "gy6h",
        "2025-10-27 10:05",
        NHSJOBS,
        "Update on your application",
        A("rejection", IVH, IVHR, 1, "other"),
        text="""Dear Priya Natarajan,

Thank you for attending an interview for the role of Information Analyst (C9412-25-0657) with Irwell Valley Hospitals NHS Foundation Trust.

Unfortunately, on this occasion your application has not been successful.

The employer has said:
"Thank you for your time and for the effort you put into the practical exercise. The panel were impressed with your experience, and it was a very close decision. If you would like feedback please contact Sanjay Mehta."

You can search for other jobs on NHS Jobs:
https://www.jobs.nhs.uk/candidate/search
"""
        + NHS_FOOT,
    ),
    m(
        "kp3e",
        "2025-10-28 16:40",
        "Mehta Sanjay (Dr) <sanjay.mehta@irwellvalley.nhs.example>",
        "RE: Information Analyst interview - feedback?",
        A("rejection", IVH, IVHR, 1, "direct"),
        text="""Hi Priya,

Of course - and sorry it wasn't better news.

Honestly there was very little in it. Your exercise was the best we saw on the data cleaning side, and the way you talked about the arrears dashboard at Calderbrook went down well with everyone. Where the successful candidate edged it was NHS-specific knowledge: SUS, the waiting list minimum data set, that kind of thing. That's very learnable, and plenty of people at IVH learnt it on the job.

We're expecting to go out again for another Information Analyst post in the new year once the elective recovery funding is confirmed. I'd genuinely encourage you to apply.

Best wishes
Sanjay

Dr Sanjay Mehta
Head of Performance & Intelligence
Irwell Valley Hospitals NHS Foundation Trust

-----Original Message-----
From: Priya Natarajan <priya.natarajan.mcr@gmail.com>
Sent: 27 October 2025 19:12
To: Mehta Sanjay (Dr) <sanjay.mehta@irwellvalley.nhs.example>
Subject: Information Analyst interview - feedback?

Dear Dr Mehta,

Thank you again for the interview last week. I was disappointed not to be offered the post but I would really appreciate any feedback you are able to give.

Kind regards,
Priya Natarajan
""",
        **thread(OWN_IVH_FEEDBACK),
    ),
    # --- 2: Tallyfold, Product Data Analyst (Greenhouse; Codility; rejected with praise) ----
    m(
        "vb8s",
        "2025-09-19 19:22",
        "Tallyfold <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Tallyfold!",
        A("confirmation", TF, TFR, 2, "greenhouse"),
        text="""Hi Priya,

Thanks so much for applying for the Product Data Analyst role at Tallyfold - we're really glad you found us.

Our team reads every application (yes, a human!) and we'll get back to you within two weeks either way.

In the meantime, you can find out how we work at https://tallyfold.example/how-we-work or catch up on our engineering blog.

Speak soon,
The Tallyfold Talent Team

Tallyfold Ltd, 3rd Floor, 1 New York Street, Manchester M1 4HD
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d1d35">
<div style="max-width:560px;margin:0 auto">
<img src="https://s3.amazonaws.com/grnhse-prod/tallyfold/logo.png" alt="Tallyfold" width="120">
<p>Hi Priya,</p>
<p>Thanks so much for applying for the <strong>Product Data Analyst</strong> role at Tallyfold - we're really glad you found us.</p>
<p>Our team reads every application (yes, a human!) and we'll get back to you within two weeks either way.</p>
<p>In the meantime, you can find out <a href="https://tallyfold.example/how-we-work">how we work</a> or catch up on our engineering blog.</p>
<p>Speak soon,<br>The Tallyfold Talent Team</p>
<p style="font-size:11px;color:#888">Tallyfold Ltd, 3rd Floor, 1 New York Street, Manchester M1 4HD</p>
</div></body></html>""",
    ),
    m(
        "ah5n",
        "2025-09-26 10:03",
        "Codility <no-reply@codility.com>",
        "Tallyfold invites you to complete an online assessment",
        A("assessment", TF, TFR, 2, "codility"),
        html="""<html><body>
<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px">
<tr><td><p>Hello Priya Natarajan,</p>
<p>Tallyfold has invited you to take part in an online assessment as part of the recruitment process for <b>Product Data Analyst</b>.</p>
<p><b>Test:</b> Data Analyst - SQL &amp; Python (UK)<br>
<b>Time limit:</b> 90 minutes<br>
<b>Deadline:</b> 1 October 2025, 23:59 BST</p>
<p>Once you start the test the timer cannot be paused. We recommend trying the demo task first so you can get familiar with the interface.</p>
<p style="text-align:center"><a href="https://app.codility.com/c/invite/TFYX3K-9QW/" style="background:#2b6cf5;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start the test</a></p>
<p>Good luck!<br>Codility, on behalf of Tallyfold</p>
<p style="font-size:11px;color:#999">Codility Limited, 107 Cheapside, London EC2V 6DN. You received this email because Tallyfold invited you to an assessment. <a href="https://www.codility.com/privacy-policy/">Privacy policy</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "cx1j",
        "2025-10-08 17:48",
        "Ciara Doyle <no-reply@us.greenhouse-mail.io>",
        "Your application to Tallyfold",
        A("rejection", TF, TFR, 2, "greenhouse"),
        reply_to="ciara.doyle@tallyfold.example",
        text="""Hi Priya,

Thank you for taking the time to complete the SQL and Python assessment - I know it's a real commitment alongside a full-time job.

The team were genuinely impressed by your SQL solutions, which were some of the cleanest we've seen this round. The role leans quite heavily on experimentation and A/B test analysis though, and we've decided to move forward with candidates who have more hands-on product analytics experience.

This isn't the news you were hoping for, and I'm sorry about that. We'd love to keep in touch for future roles, and I've added a note to your profile.

All the best,
Ciara

Ciara Doyle | Talent Partner | Tallyfold
""",
    ),
    # --- 3, 4: Northern Pantry (Halewood Retail Group plc on Workday; two roles) -------------
    m(
        "lm0d",
        "2025-09-21 11:30",
        "Halewood Retail Group Careers <halewoodgroup@myworkday.com>",
        "Welcome to our Talent Community",
        J("alert", "workday", NP),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://halewoodgroup.wd3.myworkdayjobs.com/Careers/assets/logo" alt="Halewood Retail Group - Northern Pantry | Pantry Express | Halewood Home"></p>
<p>Hi Priya,</p>
<p>Thanks for joining our Talent Community! You'll now be one of the first to hear about new opportunities across Northern Pantry stores, our Stockport Support Centre and our distribution network.</p>
<p>You've told us you're interested in: <b>Data &amp; Analytics</b>, <b>Commercial</b>.</p>
<p>Ready to take the next step? <a href="https://halewoodgroup.wd3.myworkdayjobs.com/Careers">Browse our latest jobs</a>.</p>
<p>Northern Pantry Talent Team</p>
<p style="font-size:10px;color:#777">You can update your preferences or unsubscribe at any time from your candidate home. Halewood Retail Group plc, Halewood House, Pear Mill Way, Stockport SK6 2BP.</p>
</body></html>""",
    ),
    m(
        "pe4v",
        "2025-09-22 08:10",
        "Halewood Retail Group Careers <halewoodgroup@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "workday", NP),
        text="""Hi Priya,

Please verify your email address to finish creating your candidate account for Halewood Retail Group Careers:

https://halewoodgroup.wd3.myworkdayjobs.com/Careers/activate/8e2c6f31-90a4-4c8f-a611-2d0f7e2b9b11

This link is valid for 24 hours.
"""
        + WD_FOOT,
    ),
    m(
        "sj7q",
        "2025-09-22 08:31",
        WD,
        "Thank you for applying - Pricing Analyst (R-24817)",
        A("confirmation", NP, NP1, 3, "workday"),
        text="""Dear Priya,

Thank you for your interest in joining Northern Pantry as Pricing Analyst (Stockport Support Centre, hybrid).

We've received your application and our Talent team will review it against the requirements of the role. Due to the volume of applications we receive, this may take up to three weeks. You can check the status of your application at any time in your candidate home:
https://halewoodgroup.wd3.myworkdayjobs.com/Careers/userHome

Good luck!

Northern Pantry Talent Team
"""
        + WD_FOOT,
    ),
    m(
        "ub2x",
        "2025-09-23 20:02",
        WD,
        "Thank you for applying - Customer Insight Analyst (R-24903)",
        A("confirmation", NP, NP2, 4, "workday"),
        text="""Dear Priya,

Thank you for your interest in joining Northern Pantry as Customer Insight Analyst (Stockport Support Centre, hybrid).

We've received your application and our Talent team will review it against the requirements of the role. Due to the volume of applications we receive, this may take up to three weeks. You can check the status of your application at any time in your candidate home:
https://halewoodgroup.wd3.myworkdayjobs.com/Careers/userHome

Good luck!

Northern Pantry Talent Team
"""
        + WD_FOOT,
    ),
    m(
        "oi6k",
        "2025-10-06 09:12",
        "HackerRank <support@hackerrankforwork.com>",
        "Invitation: Pricing Analyst - SQL & Excel Assessment",
        A("assessment", NP, NP1, 3, "hackerrank"),
        reply_to="talent@halewoodgroup.example",
        text="""Hi Priya Natarajan,

Thank you for your interest in the Pricing Analyst role at Northern Pantry (Halewood Retail Group). As the next step, we'd like you to complete the following assessment.

Test name: NP Pricing Analyst - SQL & Excel Assessment
Duration: 75 minutes
Questions: 6 (4 SQL, 2 spreadsheet / interpretation)
Expires: Oct 11, 2025 11:59 PM BST

Start here: https://www.hackerrank.com/tests/7hq2k0d5ek3/login?b=eyJ1c2VybmFtZSI6InByaXlh

Before you begin:
- Use a desktop or laptop with a stable internet connection.
- You may use the built-in SQL console. Please do not use external help.
- Try the sample test first if you have not used HackerRank before.

Good luck!
Halewood Retail Group - Data & Analytics

Powered by HackerRank. Need help? Visit https://support.hackerrank.com
""",
    ),
    m(
        "ie9r",
        "2025-10-08 14:26",
        WD,
        "Your application with Halewood Retail Group",
        A("rejection", NP, NP2, 4, "workday"),
        text="""Dear Priya,

Thank you for applying for the Customer Insight Analyst position (R-24903).

We have now reviewed all applications and we're sorry to let you know that we will not be taking your application further on this occasion. We received a very high number of applications and had to make some difficult decisions.

We would encourage you to keep an eye on our careers site as new roles come up regularly, and we hope to see you in store soon.

Kind regards,

Northern Pantry Talent Team
"""
        + WD_FOOT,
    ),
    m(
        "ya3m",
        "2025-10-10 11:48",
        "Rachel Ogunleye <rachel.ogunleye@halewoodgroup.example>",
        "Pricing Analyst - interview invitation",
        A("interview", NP, NP1, 3, "direct"),
        text="""Hi Priya,

Hope you're well! I'm pleased to let you know that the hiring team were impressed with your assessment and would like to invite you to a first stage interview for the Pricing Analyst role.

The interview will be 45 minutes over Teams with Craig Dunn (Pricing Manager) and myself. It will be a mix of competency questions and a conversation about your experience with SQL and Power BI - nothing to prepare in advance.

I've sent an invite for Thursday 16th at 2pm as per your availability. If that no longer works just let me know.

Thanks,
Rachel

Rachel Ogunleye
Talent Acquisition Partner - Support Centre
Northern Pantry | part of Halewood Retail Group
M: 07700 900412

________________________________
From: Priya Natarajan <priya.natarajan.mcr@gmail.com>
Sent: Thursday, October 9, 2025 7:58 PM
To: Rachel Ogunleye <rachel.ogunleye@halewoodgroup.example>
Subject: Re: Pricing Analyst - availability

Hi Rachel, Thursday or Friday afternoon next week would be ideal. Thanks, Priya

This email and any attachments are confidential and intended solely for the addressee. Halewood Retail Group plc, registered in England and Wales no. 00417728.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0F1C4A8E039DC01000000000000000010000000B22",
            "2025-10-16 14:00",
            "Pricing Analyst - 1st stage interview - Priya Natarajan",
            ("Rachel Ogunleye", "rachel.ogunleye@halewoodgroup.example"),
            minutes=45,
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Craig Dunn", "craig.dunn@halewoodgroup.example")],
            description="Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg4OWE2\nMeeting ID: 374 118 902 551\nPasscode: 7Lw2sM",
        ),
        **thread(OWN_NP_SLOTS),
    ),
    m(
        "dh8t",
        "2025-10-24 16:55",
        "Rachel Ogunleye <rachel.ogunleye@halewoodgroup.example>",
        "Pricing Analyst - update",
        A("rejection", NP, NP1, 3, "direct"),
        text="""Hi Priya,

Thanks again for your time last Thursday, Craig really enjoyed chatting to you.

I'm afraid on this occasion we've decided to progress with another candidate whose commercial pricing experience more closely matches what the team need right now. This was not an easy decision and your technical assessment was one of the strongest we received.

I'll keep your details on file and let you know if anything suitable comes up in the Data & Analytics team.

Have a lovely weekend,
Rachel

Rachel Ogunleye
Talent Acquisition Partner - Support Centre
Northern Pantry | part of Halewood Retail Group
""",
    ),
    # --- 5: Department for Skills and Regional Growth, Data Analyst (HEO) (CSJ; reserve list)
    m(
        "nw5f",
        "2025-09-25 07:00",
        CSJ,
        "You have an application in progress",
        J("alert", "other", DS, DSR),
        text="""Dear Priya Natarajan

You have started an application for the following job but have not yet submitted it:

Data Analyst (HEO) - Manchester / Darlington
Department for Skills and Regional Growth
Reference: 418207
Closing date: 23:55 on Sunday 28th September 2025

To continue your application, sign in to Civil Service Jobs:
https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=cGFnZWFjdGlvbj12aWV3YXBwcw

Applications that are not submitted by the closing date cannot be considered.
"""
        + CSJ_FOOT,
    ),
    m(
        "bq1y",
        "2025-09-26 22:14",
        CSJ,
        "Application submitted - 418207 - Data Analyst (HEO)",
        A("confirmation", DS, DSR, 5, "other"),
        text="""Dear Priya Natarajan

Thank you for submitting your application for the role of Data Analyst (HEO) - Manchester / Darlington, reference 418207, with the Department for Skills and Regional Growth.

Your application will be considered after the closing date. The vacancy advert gives the expected timeline:

Sift: w/c 6th October 2025
Interviews: w/c 3rd November 2025

You can view the progress of your application in your account. We will email you when the status of your application changes.

Please note that this is an automated email.
"""
        + CSJ_FOOT,
    ),
    m(
        "jr6a",
        "2025-10-20 13:37",
        CSJ,
        "Sift outcome - 418207",
        A("interview", DS, DSR, 5, "other"),
        text="""Dear Priya Natarajan

Thank you for your application for Data Analyst (HEO) - reference 418207.

We are pleased to inform you that you have been successful at the sift stage and we would like to invite you to interview.

Interviews will take place via Microsoft Teams between 3rd and 7th November 2025. Please sign in to your Civil Service Jobs account and book a slot within 3 working days:
https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=cGFnZWFjdGlvbj1ib29raW50

At interview you will be assessed against the following Success Profiles:
Behaviours: Making Effective Decisions, Working Together, Communicating and Influencing
Technical: a short analytical presentation (details will be sent once you have booked)
Strengths may also be assessed; these are not shared in advance.

If you require a reasonable adjustment, please contact dsrg.recruitment@dsrg.gov.example quoting the vacancy reference.

Yours sincerely

DSRG Recruitment Team
"""
        + CSJ_FOOT,
    ),
    m(
        "hv0o",
        "2025-10-23 09:45",
        CSJ,
        "Interview booking confirmation - 418207",
        A("interview", DS, DSR, 5, "other"),
        text="""Dear Priya Natarajan

Your interview for Data Analyst (HEO) (reference 418207) has been booked.

Date: Tuesday 4th November 2025
Time: 13:30 - 14:30
Format: Video interview (Microsoft Teams). The joining link will be sent by the vacancy holder no later than 24 hours before the interview.

Presentation task:
Using the attached dataset (apprenticeship starts by local authority, 2019/20 to 2024/25), prepare a 5 minute presentation setting out the three findings you think a Minister would most need to know. You may share up to 3 slides.

If you need to change your booking, sign in to your account. A calendar file is attached for your convenience.
"""
        + CSJ_FOOT,
        ics=ics(
            "csj-418207-intv-0b2d9e@civilservicejobs.service.gov.uk",
            "2025-11-04 13:30",
            "Civil Service Jobs interview - 418207 Data Analyst (HEO)",
            ("Civil Service Jobs", "noreply@civilservicejobs.service.gov.uk"),
            minutes=60,
            style="outlook",
            location="Microsoft Teams (link to follow)",
        ),
        attach=[
            (
                "418207_presentation_dataset.csv",
                "text/csv",
                "la_code,la_name,year,starts\nE08000001,Bolton,2019/20,3410\nE08000002,Bury,2019/20,1980\n",
            ),
        ],
    ),
    m(
        "ek4i",
        "2025-12-15 11:02",
        CSJ,
        "Outcome of your interview - 418207",
        A("confirmation", DS, DSR, 5, "other"),
        st="on_hold",
        text="""Dear Priya Natarajan

Thank you for attending interview for the role of Data Analyst (HEO), reference 418207.

We are pleased to tell you that you met the required standard at interview. However, there were more successful candidates than posts available and on this occasion you have not been ranked highly enough to receive an offer.

Your name has been placed on a reserve list, which will remain valid for 12 months. If a suitable post becomes available during this time, you may be contacted with an offer of employment without the need for a further interview. Being held on a reserve list does not guarantee an offer.

Your overall interview score was: 27 / 35

If you would like to be removed from the reserve list please reply to dsrg.recruitment@dsrg.gov.example.

Yours sincerely

DSRG Recruitment Team
"""
        + CSJ_FOOT,
    ),
    # --- 6: Pellucid Analytics, Junior BI Developer (LinkedIn Easy Apply; viewed; ghosted) ---
    m(
        "rc9g",
        "2025-09-29 13:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Pellucid Analytics",
        A("confirmation", PA, PAR, 6, "linkedin"),
        text="""Your application was sent to Pellucid Analytics

Junior BI Developer
Pellucid Analytics · Manchester, England, United Kingdom (Hybrid)
Applied on 29 Sept 2025

View job: https://www.linkedin.com/comm/jobs/view/4107732215/?trackingId=Lq3x%2B9WcR0y

Now, take these next steps for more success with your job search
Follow Pellucid Analytics to get updates on future jobs
See who's hiring in your network

This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.
""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage>"
        },
    ),
    m(
        "mu2z",
        "2025-10-01 08:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Pellucid Analytics",
        A("viewed", PA, PAR, 6, "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo" alt="LinkedIn" width="84">
<h2 style="font-size:20px">Your application was viewed</h2>
<p><a href="https://www.linkedin.com/comm/jobs/view/4107732215/">Junior BI Developer</a><br>Pellucid Analytics · Manchester, England, United Kingdom (Hybrid)</p>
<p>The employer viewed your application on 1 Oct. Employers usually respond to applicants within 2 weeks. Good luck!</p>
<p><a href="https://www.linkedin.com/comm/my-items/saved-jobs/?cardType=APPLIED">View your applied jobs</a></p>
<p style="font-size:11px;color:#666">This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> · © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
    ),
    # --- 7: Mancunian Community Health NHS Trust, Data Quality Analyst (NHS Jobs; rejected) ---
    m(
        "xf3l",
        "2025-10-03 18:20",
        NHSJOBS,
        "Application submitted: Data Quality Analyst",
        A("confirmation", MCH, MCHR, 7, "other"),
        text="""Dear Priya Natarajan,

Thank you for your application for the following job:

Job title: Data Quality Analyst
Employer: Mancunian Community Health NHS Trust
Job reference: C9587-25-1120

What happens next
The employer will review your application after the closing date (12 October 2025). If you are shortlisted for interview, they will contact you through NHS Jobs. We'll send you an email when there is an update, so please check your account and your junk or spam folder.

You can view your submitted application at any time:
https://www.jobs.nhs.uk/candidate/applications/C9587-25-1120

Best wishes
NHS Jobs
"""
        + NHS_FOOT,
    ),
    m(
        "qa7p",
        "2025-10-15 15:09",
        NHSJOBS,
        "Update on your application",
        A("rejection", MCH, MCHR, 7, "other"),
        text="""Dear Priya Natarajan,

Thank you for applying for Data Quality Analyst (C9587-25-1120) with Mancunian Community Health NHS Trust.

The employer has reviewed your application and you have not been shortlisted for an interview on this occasion.

The employer has said:
"We received a high number of applications for this post. Shortlisting is based on the essential and desirable criteria in the person specification."

You can search for other jobs on NHS Jobs:
https://www.jobs.nhs.uk/candidate/search
"""
        + NHS_FOOT,
    ),
    # --- 8: Holcroft Council via Pennine Shared Services (Jobtrain; rejected; survey) --------
    m(
        "id5s",
        "2025-10-07 21:33",
        PSS,
        "Application received - Data and Systems Officer (HOL0412)",
        A("confirmation", HOL, HOLR, 8, "other"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="https://www.jobtrain.co.uk/penninesharedservices/logo.png" alt="Pennine Shared Services - recruiting for Ashworth, Holcroft and partner organisations"></p>
<p>Dear Priya</p>
<p><b>Vacancy: Data and Systems Officer - Adult Social Care (HOL0412)</b><br>
Organisation: Holcroft Borough Council<br>
Grade: Grade 7 (&pound;32,597 - &pound;35,412)</p>
<p>Thank you for your application, which we have received. The recruiting manager will review all applications after the closing date and we aim to let all applicants know the outcome of shortlisting within three weeks.</p>
<p>You can track the progress of your application by logging in to your <a href="https://www.jobtrain.co.uk/penninesharedservices/Account/Login">Jobtrain account</a>.</p>
<p>Kind regards</p>
<p>Recruitment Team<br>Pennine Shared Services<br>Tel 0161 496 0730</p>
<p style="font-size:10px;color:#666">Pennine Shared Services provides HR, payroll and recruitment for Ashworth Metropolitan Borough Council, Holcroft Borough Council and partner schools. Please do not reply to this email.</p>
</body></html>""",
    ),
    m(
        "wb6c",
        "2025-10-30 12:00",
        PSS,
        "Your application - HOL0412",
        A("rejection", HOL, HOLR, 8, "other"),
        text="""Dear Priya

Data and Systems Officer - Adult Social Care (HOL0412)

Thank you for your recent application for the above post.

I regret to inform you that on this occasion you have not been shortlisted for interview. The shortlisting panel assessed all applications against the essential criteria in the person specification.

We are unable to provide individual feedback at shortlisting stage due to the number of applications received.

Thank you for your interest in working for Holcroft Council and we wish you every success in the future.

Yours sincerely

Recruitment Team
Pennine Shared Services (on behalf of Holcroft Borough Council)
""",
    ),
    m(
        "ts1n",
        "2025-11-06 10:15",
        "Pennine Shared Services <hr.recruitment@pennineshared.example>",
        "Tell us about your experience of applying for a job with us",
        J("other_job", "direct", HOL, HOLR),
        text="""Dear Priya,

You recently applied for Data and Systems Officer (HOL0412) with Holcroft Council. We are always trying to improve the way we recruit and we would really value your views, whatever the outcome of your application.

The survey takes around 4 minutes and is anonymous:
https://forms.pennineshared.example/r/candidate-experience-2025?src=HOL0412

Thank you,

Pennine Shared Services - HR & Recruitment
Ashworth | Holcroft | Schools

To stop receiving candidate surveys reply with STOP.
""",
    ),
    # --- 9: Valuation and Rating Agency, Statistical Officer (CSJ; online test; rejected) ----
    m(
        "gz8e",
        "2025-10-14 19:51",
        CSJ,
        "Your Civil Service Jobs security code",
        J("other_job", "other"),
        text="""Your Civil Service Jobs security code is: 81 73 49

This code will expire in 20 minutes. Do not share this code with anyone.

If you did not try to sign in to Civil Service Jobs, please change your password.
"""
        + CSJ_FOOT,
    ),
    m(
        "ny4w",
        "2025-10-14 20:38",
        CSJ,
        "Application submitted - 421560 - Statistical Officer",
        A("confirmation", VRA, VRAR, 9, "other"),
        text="""Dear Priya Natarajan

Thank you for submitting your application for the role of Statistical Officer, reference 421560, with the Valuation and Rating Agency.

This campaign uses an online test. If your application progresses, you will receive an invitation to complete the Civil Service Numerical Test shortly after the closing date.

You can view the progress of your application in your account. We will email you when the status of your application changes.

Please note that this is an automated email.
"""
        + CSJ_FOOT,
    ),
    m(
        "ko3u",
        "2025-10-16 08:30",
        CSJ,
        "Action required: complete your online test - 421560",
        A("assessment", VRA, VRAR, 9, "other"),
        text="""Dear Priya Natarajan

Statistical Officer - reference 421560 - Valuation and Rating Agency

As part of your application you are required to complete the Civil Service Numerical Test.

Deadline: 23:55 on Wednesday 22nd October 2025

The test takes around 20 minutes and is not timed per question. You should complete it in a quiet place where you will not be interrupted. You will need a calculator and some paper.

Start the test: https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=cGFnZWFjdGlvbj1vbmxpbmV0ZXN0

If you do not complete the test by the deadline your application will be withdrawn.

Practice tests are available at https://www.gov.uk/guidance/civil-service-recruitment-online-tests
"""
        + CSJ_FOOT,
    ),
    m(
        "cs6b",
        "2025-10-28 09:10",
        CSJ,
        "Application update - 421560",
        A("rejection", VRA, VRAR, 9, "other"),
        text="""Dear Priya Natarajan

Statistical Officer - reference 421560

Thank you for completing the Civil Service Numerical Test.

Unfortunately you did not achieve the pass mark required to progress to the next stage, and your application will not be taken any further.

Test results do not carry over between campaigns, but please note that you will not be able to re-take the Civil Service Numerical Test for 6 months.

Thank you for your interest in working for the Valuation and Rating Agency.
"""
        + CSJ_FOOT,
    ),
    # --- 10: Harrow & Finch, Data and Reporting Analyst (Indeed Apply; rejected) ------------
    m(
        "ep2k",
        "2025-10-22 12:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Data and Reporting Analyst",
        A("confirmation", HF, HFR, 10, "indeed"),
        html="""<html><body style="font-family:Arial,Helvetica,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td>
<p><img src="https://d3fw5vlhllyvee.cloudfront.net/indeed-logo.png" alt="indeed" width="100"></p>
<h2 style="font-size:20px">Application submitted</h2>
<p><b>Data and Reporting Analyst</b><br>Harrow &amp; Finch LLP - Manchester M2<br>&pound;34,000 - &pound;38,000 a year</p>
<p>The following items were sent to <b>Harrow &amp; Finch LLP</b>. Good luck!</p>
<ul><li>Application</li><li>CV: Priya_Natarajan_CV_2025.pdf</li><li>Answers to 3 employer questions</li></ul>
<p><a href="https://uk.indeed.com/myjobs?from=applyconfemail">Track your application</a></p>
<p style="font-size:12px;color:#767676">Next steps: Harrow &amp; Finch LLP may contact you by email or on Indeed. Keep an eye on your inbox.</p>
<p style="font-size:11px;color:#767676">&copy; 2025 Indeed, Inc. - Indeed UK Operations Ltd, 1 Fitzroy Place, London W1T 3AQ<br>
<a href="https://uk.indeed.com/legal">Privacy &amp; Terms</a> - Do not reply to this email.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "hb9y",
        "2025-11-05 16:31",
        "Harrow & Finch LLP via Indeed <donotreply@match.indeed.com>",
        "An update on your application",
        A("rejection", HF, HFR, 10, "indeed"),
        text="""Harrow & Finch LLP sent you a message
Data and Reporting Analyst - Manchester M2

Dear Priya,

Many thanks for your interest in the Data and Reporting Analyst vacancy at Harrow & Finch. We have had an excellent response and after careful consideration we have decided not to take your application forward at this time.

We will retain your details for six months in line with our privacy notice.

Kind regards,
HR Team
Harrow & Finch LLP

Reply on Indeed: https://uk.indeed.com/conversations/9d1f0b8a3e?from=emailupdate

Indeed UK Operations Ltd. This message was sent by an employer using Indeed.
""",
    ),
]
