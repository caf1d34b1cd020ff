# ruff: noqa: E501, RUF100
"""Corpus 162, job mail part one (data only): see heldout162.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the calendar
invitation helpers and the employer / role constants, which the other data modules import from
here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Bengaluru's offset on ``day`` (India Standard Time, no daylight saving)."""
    return "+0530"


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" in Bengaluru time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(prev: dict[str, Any]) -> dict[str, str]:
    """The threading headers of a reply to ``prev``."""
    return {"In-Reply-To": prev["id"], "References": prev["id"]}


def gcal(title: str, when: str, organizer: str, meet: str, eid: str, note: str = "") -> str:
    """The text part Google Calendar writes for an invitation."""
    head = f"{note}\n\n" if note else ""
    return f"""{head}{title}
{when}

Join with Google Meet
{meet}

Join by phone
(IN) +91 22 7127 {eid[:4]} PIN: {eid[4:7]} {eid[7:10]} 4{eid[:2]}#

Organiser
{organizer}

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

Reply for karthik.v.iyer@gmail.com
Yes
No
Maybe
More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def teams(meeting_id: str, passcode: str) -> str:
    """The Microsoft Teams block Outlook appends to an invitation."""
    return f"""________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{passcode}{meeting_id.replace(" ", "")}%40thread.v2/0>
Meeting ID: {meeting_id}
Passcode: {passcode}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


ME_ADDR = "karthik.v.iyer@gmail.com"

# Employers (as a person would write them) and roles.
AN, ANR = "Anvaya Dataworks", "Data Engineer - Spark/Scala"
PV, PVR = "Payvora", "Senior Data Engineer"
CZ, CZ1, CZ2 = "Cartzy", "Data Engineer II", "Senior Data Engineer"
QS, QSR = "Quillstack", "Data Engineer (Platform)"
HB, HBR = "Halden Bank", "AVP - Data Engineer"
TF, TFR = "Tiffinly", "Data Engineer - Logistics Platform"
BW, BWR = "Bramblewood", "Senior Data Engineer - Supply Chain Analytics"
DL, DLR = "Datumlane", "Founding Data Engineer"
VY, VYR = "Vayu Mobility", "Big Data Engineer"
SS, SSR = "Stratosync", "Senior Data Engineer"
SH, SHR = "Sutra Health", "Data Engineer"
KO, KOR = "Kosha Analytics", "Senior Data Engineer - AWS"
SK, SKR = "Skyloom Logistics", "Senior Data Engineer"
LL, LLR = "Ledgerline", "Data Engineer II"
DW, DWR = "Dhanvi Wealth", "Data Engineer - Wealth Platform"
NV, NVR = "Nivara Retail", "Lead Data Engineer"
CV, CVR = "Corvanta", "Data Engineer"
PC, PCR = "Pinecrest Analytics", "Big Data Engineer (AWS)"
BP, BPR = "Brightpath Learning", "Senior Data Engineer"
KB, KBR = "Kitebird", "Data Engineer - Pricing Platform"

# --- Anvaya Dataworks (1): the Anvaya Group's careers team writes for its member company ------

_an_l1 = m(
    "a7Qe2",
    "2025-07-22 17:31",
    "Pooja Hegde <pooja.hegde@anvayagroup.example>",
    "Interview Schedule | L1 Technical | 24-Jul-2025 | Req# ADW-DE-0419",
    A("interview", AN, ANR, 1, "direct"),
    text="""Hi Karthik,

Greetings from Anvaya Group!

Congratulations, you have cleared the online assessment. Please find below the details of your L1 Technical interview with Anvaya Dataworks:

Position    : Data Engineer - Spark/Scala
Req#        : ADW-DE-0419
Date        : 24th July 2025 (Thursday)
Time        : 03:00 PM - 04:00 PM IST
Mode        : Virtual (MS Teams) - link in the calendar invite
Panel       : Raghav Menon, Lead Data Engineer

Kindly accept the invite to confirm your availability. Also kindly revert with your current CTC, expected CTC and notice period if not already shared, along with a copy of your latest payslip.

Note: Please ensure you join from a quiet place with a stable internet connection and keep your camera ON throughout the discussion.

Thanks & Regards,
Pooja Hegde
Senior Executive - Talent Acquisition
Anvaya Group (for Anvaya Dataworks Pvt. Ltd.)
Mob: +91 98450 11xxx

"""
    + teams("318 772 904 516", "xQ4r9A"),
    ics=ics(
        "040000008200E00074C5B7101A82E008000000009A2F1E6C1AFBDB01000000000000000010000000A1F3",
        "2025-07-24 15:00",
        "Anvaya Dataworks - L1 Technical Interview - Karthik Venkataraman Iyer",
        ("Pooja Hegde", "pooja.hegde@anvayagroup.example"),
        style="outlook",
        location="Microsoft Teams Meeting",
        description="L1 Technical - Data Engineer - Spark/Scala (ADW-DE-0419). Panel: Raghav Menon.",
        attendees=[("Raghav Menon", "raghav.menon@anvayadataworks.example")],
    ),
)

_payvora_next = m(
    "Pv8Lx0",
    "2025-08-14 16:02",
    "Ishita Bansal <ishita.bansal@payvora.example>",
    "Payvora | Next steps - Senior Data Engineer",
    A("interview", PV, PVR, 2, "direct"),
    text="""Hi Karthik,

Hope you're doing well!

Congrats on clearing the HackerRank round - your SQL and PySpark sections were honestly among the better ones we've seen for this role.

Next up is Tech Round 1 (60 mins) with someone from our Risk Data Platform team - mostly Spark internals, a bit of Airflow and a live problem on data modelling. Could you share 2-3 slots between Tue 19th and Thu 21st Aug? Evenings are fine too if that's easier with your current job.

Also, quick one - what's your current notice period, and is there any buyout option at Suvarna?

Best,
Ishita

Ishita Bansal | Talent Acquisition | Payvora
""",
    reply_to="Ishita Bansal <ishita.bansal@payvora.example>",
)

_pv_offer = m(
    "Pv8Of1",
    "2025-09-24 21:05",
    "Ishita Bansal <ishita.bansal@payvora.example>",
    "Offer - Senior Data Engineer | Payvora",
    A("offer", PV, PVR, 2, "direct"),
    text="""Hi Karthik,

Super happy to share that we'd like to make you an offer for the Senior Data Engineer role on the Risk Data Platform team! The panel really liked how you approached the late-arriving events problem in round 2, and Aditya is keen to have you on the team.

Summary of the offer (detailed letter attached):

  Fixed CTC            : INR 34,00,000 p.a.
  Performance bonus    : 10% of fixed (INR 3,40,000), paid annually
  Joining bonus        : INR 1,50,000 (clawback if you leave within 12 months)
  ESOPs                : 1,200 options, 4-year vesting, 1-year cliff
  Total (excl. ESOPs)  : INR 38,90,000

Location: Koramangala, Bengaluru (hybrid - 3 days in office).

Given your 90-day notice, we'd be looking at a joining date around the first week of January - do let us know if Suvarna would consider an early release, we can support with a partial buyout.

Please go through the letter and let me know your thoughts by 30th Sep. Happy to get on a call if you have any questions on the numbers or the ESOP policy.

Cheers,
Ishita
""",
    attach=[
        (
            "Payvora_Offer_Letter_Karthik_Iyer.pdf",
            "application/pdf",
            "%PDF-1.4\n% Vora Financial Technologies Private Limited - Offer of Employment - Senior Data Engineer\n%%EOF\n",
        )
    ],
)

_qs_offer = m(
    "Qs0fR7",
    "2025-10-07 19:12",
    "Quillstack People Team <people@quillstack.example>",
    "Offer Letter - Karthik Venkataraman Iyer",
    A("offer", QS, QSR, 5, "direct"),
    text="""Dear Karthik,

Congratulations!

On behalf of Quillstack Software India Private Limited, we are delighted to offer you the position of Data Engineer (Platform), Level E3, reporting to Vikram Bhat, Director - Data Platform, based out of our Bengaluru office (Bellandur).

Your annual Cost to Company (CTC) is INR 40,00,000. The breakup is as follows:

  Component                      Annual (INR)
  Basic Salary                    16,00,000
  House Rent Allowance             8,00,000
  Leave Travel Allowance           1,20,000
  Special Allowance               13,81,440
  Employer PF Contribution            21,600
  Gratuity                            76,960
  ---------------------------------------------
  Fixed CTC                       40,00,000

  Performance Bonus (target 10%)   4,00,000
  Joining Bonus (one-time)         2,00,000
  RSUs                            USD 20,000 over 4 years (25% yearly)

Your tentative date of joining is 12th January 2026. Please review the attached offer letter and sign it via DocuSign (you will receive a separate e-mail) by 10th October 2025.

This offer is subject to a satisfactory background verification, which will be conducted by our partner AuthBridge after you accept.

We are really excited to have you join us!

Warm regards,
Nandini Rao
People Team, Quillstack

Quillstack Software India Pvt. Ltd. | 4th Floor, Prestige Tech Park Annex, Bellandur, Bengaluru 560103
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Karthik,</p>
<p><b>Congratulations!</b></p>
<p>On behalf of Quillstack Software India Private Limited, we are delighted to offer you the position of <b>Data Engineer (Platform)</b>, Level E3, reporting to Vikram Bhat, Director - Data Platform, based out of our Bengaluru office (Bellandur).</p>
<p>Your annual Cost to Company (CTC) is <b>INR 40,00,000</b>. The breakup is as follows:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Component</th><th>Annual (INR)</th></tr>
<tr><td>Basic Salary</td><td>16,00,000</td></tr>
<tr><td>House Rent Allowance</td><td>8,00,000</td></tr>
<tr><td>Leave Travel Allowance</td><td>1,20,000</td></tr>
<tr><td>Special Allowance</td><td>13,81,440</td></tr>
<tr><td>Employer PF Contribution</td><td>21,600</td></tr>
<tr><td>Gratuity</td><td>76,960</td></tr>
<tr><td><b>Fixed CTC</b></td><td><b>40,00,000</b></td></tr>
<tr><td>Performance Bonus (target 10%)</td><td>4,00,000</td></tr>
<tr><td>Joining Bonus (one-time)</td><td>2,00,000</td></tr>
<tr><td>RSUs</td><td>USD 20,000 over 4 years (25% yearly)</td></tr>
</table>
<p>Your tentative date of joining is <b>12th January 2026</b>. Please review the attached offer letter and sign it via DocuSign (you will receive a separate e-mail) by 10th October 2025.</p>
<p>This offer is subject to a satisfactory background verification, which will be conducted by our partner AuthBridge after you accept.</p>
<p>We are really excited to have you join us!</p>
<p>Warm regards,<br>Nandini Rao<br>People Team, Quillstack</p>
<p style="color:#888;font-size:11px">Quillstack Software India Pvt. Ltd. | 4th Floor, Prestige Tech Park Annex, Bellandur, Bengaluru 560103</p>
</body></html>""",
    attach=[
        (
            "Quillstack_Offer_Letter_Karthik_Venkataraman_Iyer.pdf",
            "application/pdf",
            "%PDF-1.5\n% Quillstack Software India Private Limited - Letter of Offer\n%%EOF\n",
        )
    ],
)

_bw_l1 = m(
    "Bw1nv5",
    "2025-09-05 09:47",
    "Srinivas Rao <srinivas.rao@bramblewood.example>",
    "Bramblewood | Senior Data Engineer | Technical Interview - Round 1",
    A("interview", BW, BWR, 8, "direct"),
    text="""Hi Karthik,

Thank you for your interest in the Senior Data Engineer - Supply Chain Analytics role (Req ID 2025-4417) at the Bramblewood India Technology Center.

We would like to invite you for the first technical round with our Data Engineering team. Details below:

Date/Time : Wednesday, 10 September 2025, 11:00 AM - 12:00 PM IST
Panel     : Deepak Joshi (Manager, Data Engineering), Ananya Krishnan (Senior Data Engineer)
Format    : Coding (SQL + PySpark) and discussion on a recent project

Please accept the Teams invite. If the slot does not work, reply with a couple of alternatives.

Best regards,
Srinivas Rao
Talent Acquisition Partner | Bramblewood Technology India Pvt. Ltd.
Embassy Golf Links Business Park, Bengaluru

"""
    + teams("257 604 118 903", "Lm7Dz2"),
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000030C9A7C41C22DC010000000000000000100000004B77",
        "2025-09-10 11:00",
        "Bramblewood | Senior Data Engineer | Technical Interview - Round 1 | Karthik Iyer",
        ("Srinivas Rao", "srinivas.rao@bramblewood.example"),
        style="outlook",
        location="Microsoft Teams Meeting",
        description="Req ID 2025-4417. Panel: Deepak Joshi, Ananya Krishnan.",
        attendees=[
            ("Deepak Joshi", "deepak.joshi@bramblewood.example"),
            ("Ananya Krishnan", "ananya.krishnan@bramblewood.example"),
        ],
    ),
)

MAIL: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- Anvaya Dataworks (1)
    m(
        "Ad4k1",
        "2025-07-08 11:42",
        "Anvaya Group Careers <careers@anvayagroup.example>",
        "Application Received - Req# ADW-DE-0419",
        A("confirmation", AN, ANR, 1, "direct"),
        text="""Dear Karthik Venkataraman Iyer,

Greetings from Anvaya Group!

Thank you for applying for the position of Data Engineer - Spark/Scala (Req# ADW-DE-0419) with Anvaya Dataworks Private Limited, a member company of the Anvaya Group.

Your application has been successfully submitted through the Anvaya Group careers portal. Our Talent Acquisition team will review your profile against the requirements of the role and, in case your profile is shortlisted, you will be contacted for the next steps of the selection process.

You may track the status of your application by logging in to https://careers.anvayagroup.example/candidate/login with your registered e-mail ID.

IMPORTANT: Anvaya Group does not charge any fee at any stage of the recruitment process. Please be cautious of fraudulent job offers made in the name of Anvaya Group or its member companies.

Warm Regards,
Talent Acquisition Team
Anvaya Group | Anvaya Technologies Ltd.
Bengaluru | Pune | Hyderabad | Chennai

This is a system generated e-mail. Please do not reply to this e-mail.
""",
    ),
    m(
        "hEw2c",
        "2025-07-15 10:05",
        "HackerEarth <noreply@hackerearth.com>",
        "Invitation: Anvaya Dataworks - Data Engineer Hiring Assessment",
        A("assessment", AN, ANR, 1, "other"),
        html="""<html><body style="background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://static-fastly.hackerearth.com/static/hackerearth/images/logo/HE_logo.png" alt="HackerEarth" width="140"></td></tr>
<tr><td>
<p>Hi Karthik,</p>
<p><b>Anvaya Dataworks</b> has invited you to take the <b>Data Engineer Hiring Assessment</b>.</p>
<table style="font-size:14px">
<tr><td>Duration</td><td>90 minutes</td></tr>
<tr><td>Sections</td><td>SQL (2 questions), PySpark / Scala (1 question), MCQ - Spark internals &amp; Hadoop ecosystem (20 questions)</td></tr>
<tr><td>Test window</td><td>15 Jul 2025, 10:00 AM IST to 18 Jul 2025, 11:59 PM IST</td></tr>
</table>
<p>Please make sure you have a stable internet connection and a working webcam. The assessment is proctored; switching tabs or windows will be recorded.</p>
<p style="text-align:center"><a href="https://assessment.hackerearth.com/challenges/hiring/anvaya-de-hiring-assessment-jul25/?login=1&amp;token=4f1c0a9e" style="background:#2c3454;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Start assessment</a></p>
<p>All the best!<br>Team HackerEarth</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">You received this e-mail because Anvaya Dataworks invited you to an assessment on HackerEarth. HackerEarth, 4th Floor, Nirmala Plaza, Bengaluru 560095.</td></tr>
</table></body></html>""",
    ),
    _an_l1,
    m(
        "Ad4k9",
        "2025-08-06 18:12",
        "Anvaya Group Careers <careers@anvayagroup.example>",
        "Update on your candidature",
        A("rejection", AN, ANR, 1, "direct"),
        text="""Dear Karthik,

Greetings from Anvaya Group!

Thank you for taking the time to go through the selection process for the position of Data Engineer - Spark/Scala (Req# ADW-DE-0419) at Anvaya Dataworks. We appreciate your interest in the Anvaya Group and the effort you put into the assessment and the technical discussion.

Our panel was impressed with your experience on large-scale batch pipelines. However, after careful consideration, we regret to inform you that we will not be able to take your candidature forward for this position at this time, as we are looking for a profile with deeper hands-on experience in Scala.

Your profile will remain in the Anvaya Group talent database, and our team may reach out to you for suitable opportunities across our member companies in the future.

We wish you all the very best in your career.

Warm Regards,
Talent Acquisition Team
Anvaya Group

This is a system generated e-mail. Please do not reply to this e-mail.
""",
    ),
    # ---------------------------------------------------------------- Payvora (2), on Lever
    m(
        "Pv8Ap0",
        "2025-08-04 09:17",
        "Payvora <no-reply@hire.lever.co>",
        "Thanks for applying to Payvora",
        A("confirmation", PV, PVR, 2, "lever"),
        text="""Hi Karthik,

Thanks for applying for the Senior Data Engineer role at Payvora! We're glad you're interested in helping us build credit that works for 40 million Indians.

Our team reads every application (yes, really). If your experience looks like a good fit for the role, someone from our Talent team will reach out to you within the next two weeks. If not, we'll still let you know.

In the meantime, you can read about how we moved our risk pipelines off cron jobs on our engineering blog: https://engineering.payvora.example/blog/airflow-migration

Cheers,
Team Payvora

--
Vora Financial Technologies Pvt. Ltd. · 5th Block, Koramangala, Bengaluru
You are receiving this e-mail because you applied at https://jobs.lever.co/payvora/6d0c2f1e-8b7a-4b8e-9f52-0f7d3a1c55e2
""",
    ),
    m(
        "hR7pv",
        "2025-08-07 12:40",
        "Payvora Hiring Team <support@hackerrankforwork.com>",
        "Invitation: Payvora | Senior Data Engineer - Online Test",
        A("assessment", PV, PVR, 2, "hackerrank"),
        text="""Hi Karthik Venkataraman Iyer,

You've been invited by Payvora to take the test "Senior Data Engineer - Online Test".

Test duration: 75 minutes
Number of questions: 4 (2 SQL, 1 PySpark, 1 data modelling)
Expires on: Aug 11, 2025 11:59 PM IST

Start test: https://www.hackerrank.com/test/4n2b8q1rkd7/login?b=eyJ1c2VybmFtZSI6ImthcnRoaWsudi5peWVy

Before you begin:
- Use a laptop or desktop with the latest Chrome or Firefox.
- You can take a sample test to get familiar with the environment: https://www.hackerrank.com/tests/sample
- Once you start the test, the timer cannot be paused.

Good luck!

Payvora Hiring Team

Need help? Contact support@hackerrankforwork.com
HackerRank, 700 East El Camino Real, Suite 300, Mountain View, CA 94040
""",
    ),
    _payvora_next,
    m(
        "Pv8Gc2",
        "2025-08-15 11:20",
        "Ishita Bansal <ishita.bansal@payvora.example>",
        "Invitation: Payvora | Tech Round 1 - Karthik Iyer @ Tue 19 Aug 2025 11:30am - 12:30pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", PV, PVR, 2, "direct"),
        text=gcal(
            "Payvora | Tech Round 1 - Karthik Iyer",
            "Tuesday 19 Aug 2025 ⋅ 11:30am – 12:30pm (India Standard Time - Kolkata)",
            "Ishita Bansal - ishita.bansal@payvora.example",
            "meet.google.com/pvr-xqkt-mde",
            "5d3Kq81aZ0pX",
            "Hi Karthik, as discussed - panelist is Harsh from Risk Data Platform. Please keep a code editor handy.",
        ),
        ics=ics(
            "7k2f9d0q3b6c1a8e5h4j@google.com",
            "2025-08-19 11:30",
            "Payvora | Tech Round 1 - Karthik Iyer",
            ("Ishita Bansal", "ishita.bansal@payvora.example"),
            description="Panelist: Harsh Vardhan (Risk Data Platform). Join: https://meet.google.com/pvr-xqkt-mde",
            location="https://meet.google.com/pvr-xqkt-mde",
            attendees=[("Harsh Vardhan", "harsh.v@payvora.example")],
        ),
    ),
    m(
        "Pv8Rp3",
        "2025-08-29 19:44",
        "Ishita Bansal <ishita.bansal@payvora.example>",
        "Re: Payvora | Next steps - Senior Data Engineer",
        A("interview", PV, PVR, 2, "direct"),
        text="""Hi Karthik,

Great news - Harsh's feedback was very positive 🙂

Round 2 will be a system design + data modelling discussion with Aditya Kulkarni (EM, Risk Data Platform) and one of our staff engineers. Proposed: Tue 2nd Sep, 4:00-5:15 PM. Aditya will send the calendar invite directly.

Let me know if that doesn't work.

Thanks,
Ishita

On Thu, 14 Aug 2025 at 16:02, Ishita Bansal <ishita.bansal@payvora.example> wrote:
> Hi Karthik,
>
> Hope you're doing well!
>
> Congrats on clearing the HackerRank round - your SQL and PySpark sections were honestly among the better ones we've seen for this role.
>
> Next up is Tech Round 1 (60 mins) with someone from our Risk Data Platform team ...
""",
        **thread(_payvora_next),
    ),
    m(
        "Pv8Gc4",
        "2025-09-08 13:05",
        "Aditya Kulkarni <aditya.k@payvora.example>",
        "Invitation: Payvora - Hiring Manager Round (Karthik) @ Thu 11 Sep 2025 5pm - 5:45pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", PV, PVR, 2, "direct"),
        text=gcal(
            "Payvora - Hiring Manager Round (Karthik)",
            "Thursday 11 Sep 2025 ⋅ 5pm – 5:45pm (India Standard Time - Kolkata)",
            "Aditya Kulkarni - aditya.k@payvora.example",
            "meet.google.com/hmr-bvzw-kta",
            "9aT2mL0cQ7eR",
            "Managerial round - we'll talk about the team, your past projects and what you're looking for. No coding.",
        ),
        ics=ics(
            "0q9w8e7r6t5y4u3i2o1p@google.com",
            "2025-09-11 17:00",
            "Payvora - Hiring Manager Round (Karthik)",
            ("Aditya Kulkarni", "aditya.k@payvora.example"),
            minutes=45,
            location="https://meet.google.com/hmr-bvzw-kta",
            attendees=[("Ishita Bansal", "ishita.bansal@payvora.example")],
        ),
    ),
    _pv_offer,
    m(
        "Pv8Dc9",
        "2025-10-10 10:22",
        "Ishita Bansal <ishita.bansal@payvora.example>",
        "Re: Offer - Senior Data Engineer | Payvora",
        A("offer", PV, PVR, 2, "direct"),
        st="declined",
        text="""Hi Karthik,

Thanks for letting me know, and for being upfront with us throughout the process - really appreciate it.

Totally understand. We tried our best on the revised number but the gap on the fixed component was hard to bridge at our end. I've closed the offer on our side.

It was a pleasure talking to you, and Aditya asked me to say the same. If things change in the future, do reach out - we'd love to have you here someday.

All the best for the new role!

Warm regards,
Ishita

On Thu, 9 Oct 2025 at 23:48, Karthik Iyer <karthik.v.iyer@gmail.com> wrote:
> Hi Ishita,
>
> Thank you for revising the offer and for all the support during the process.
>
> After a lot of thought I have decided to decline the offer, as the CTC is not meeting my expectations and I have accepted another offer which is closer to what I was looking for. This was not an easy decision - I really liked the team and the problems you're solving.
>
> Thanks again, and I hope we cross paths again.
>
> Regards,
> Karthik
>
> On Fri, 3 Oct 2025 at 18:30, Ishita Bansal <ishita.bansal@payvora.example> wrote:
>> Hi Karthik, spoke to leadership - we can revise the fixed to 36L. Revised letter attached. We can't match 40 fixed, sorry ...
""",
        **thread(_pv_offer),
    ),
    # ---------------------------------------------------------------- Cartzy (3, 4), on Workday
    m(
        "Cz3Vf0",
        "2025-07-10 20:14",
        "Cartzy Careers <zyraretail@myworkday.com>",
        "Please verify your email address",
        J("other_job", "workday", CZ),
        text="""Hello,

Thank you for creating a candidate account on Cartzy Careers.

Please verify your email address by clicking the link below. This link expires in 24 hours.

https://zyraretail.wd3.myworkdayjobs.com/Cartzy_Careers/activate/9b1e0f7c4a2d4d18a7/?redirect=/job/Bengaluru/Data-Engineer-II_JR-24817

If you did not create this account, please ignore this message.

Zyra Retail Technologies Private Limited
""",
    ),
    m(
        "Cz3Ap1",
        "2025-07-10 20:31",
        "Cartzy Careers <zyraretail@myworkday.com>",
        "Application received: Data Engineer II (JR-24817)",
        A("confirmation", CZ, CZ1, 3, "workday"),
        html="""<html><body style="font-family:Arial;font-size:14px;color:#333">
<p>Dear Karthik,</p>
<p>Thank you for applying for the <b>Data Engineer II</b> position (JR-24817) at Cartzy. We have received your application and our talent acquisition team is reviewing it.</p>
<p>If your qualifications match the requirements of the role, a member of our team will contact you about the next steps. You can check the status of your application at any time in your <a href="https://zyraretail.wd3.myworkdayjobs.com/Cartzy_Careers/userHome">candidate home</a>.</p>
<p>Thank you for your interest in building India's favourite shopping destination with us.</p>
<p>Regards,<br>Talent Acquisition<br>Cartzy</p>
<hr>
<p style="font-size:11px;color:#777">Zyra Retail Technologies Private Limited (Cartzy) is an equal opportunity employer. Cartzy never asks candidates for money at any stage of hiring. This is an automated message from an unmonitored mailbox.</p>
</body></html>""",
    ),
    m(
        "Cz3Rj2",
        "2025-08-01 15:09",
        "Cartzy Careers <zyraretail@myworkday.com>",
        "Regarding your application",
        A("rejection", CZ, CZ1, 3, "workday"),
        text="""Dear Karthik,

Thank you for your interest in Cartzy and for the time you took to apply for the Data Engineer II role (JR-24817).

We were impressed by your background. However, after careful review we have decided to move forward with candidates whose experience more closely matches the current needs of the team.

This decision is specific to this role and does not reflect on your overall potential. We encourage you to keep an eye on our careers page and apply for future openings that match your profile.

We wish you every success in your job search.

Best regards,
Talent Acquisition
Zyra Retail Technologies Private Limited (Cartzy)
""",
    ),
    m(
        "Cz4Ap0",
        "2025-08-18 08:56",
        "Cartzy Careers <zyraretail@myworkday.com>",
        "Thank you for applying – Senior Data Engineer",
        A("confirmation", CZ, CZ2, 4, "workday"),
        text="""Dear Karthik,

Thank you for applying for the Senior Data Engineer position (JR-25390) at Cartzy. We have received your application.

Our recruiting team will review your profile and contact you if there is a match. You can track your application status in your candidate home:
https://zyraretail.wd3.myworkdayjobs.com/Cartzy_Careers/userHome

Regards,
Talent Acquisition
Cartzy | Zyra Retail Technologies Private Limited

This is an automated message. Please do not reply.
""",
    ),
    m(
        "Cz4Iv1",
        "2025-08-28 14:37",
        "Harini Subramanian <harini.s@cartzy.example>",
        "Interview | Senior Data Engineer | Round 1",
        A("interview", CZ, CZ2, 4, "direct"),
        text="""Hi Karthik,

Greetings from Cartzy!

Your profile has been shortlisted for the Senior Data Engineer position (JR-25390) in our Supply Chain Tech team. Please find the interview details below:

Round        : L1 - Technical (DSA basics, SQL, Spark optimisation)
Date & Time  : 3rd September 2025, 2:30 PM - 3:30 PM IST
Mode         : Virtual (Teams invite attached)
Interviewer  : Manoj Hegde, Engineering Manager

PFA the JD for your reference. Kindly accept the invite and confirm.

Thanks & Regards,
Harini Subramanian
Talent Acquisition | Cartzy
Zyra Retail Technologies Pvt. Ltd., Embassy Tech Village, Bengaluru

"""
        + teams("461 092 733 850", "Hk3sW8"),
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D0E6B1A21719DC01000000000000000010000000C3D9",
            "2025-09-03 14:30",
            "Cartzy | L1 Technical | Senior Data Engineer | Karthik Venkataraman Iyer",
            ("Harini Subramanian", "harini.s@cartzy.example"),
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Manoj Hegde", "manoj.hegde@cartzy.example")],
        ),
        attach=[
            (
                "JD_Senior_Data_Engineer_SupplyChainTech.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK\x03\x04 Senior Data Engineer - Supply Chain Tech - 5 to 8 years - Spark, Airflow, AWS",
            )
        ],
    ),
    m(
        "Cz4Oh2",
        "2025-09-19 17:48",
        "Harini Subramanian <harini.s@cartzy.example>",
        "Senior Data Engineer - JR-25390",
        A("confirmation", CZ, CZ2, 4, "direct"),
        st="on_hold",
        text="""Hi Karthik,

Wanted to give you a quick update on the Senior Data Engineer position.

Your L1 feedback was good and we were planning to schedule the L2. However, the requisition has been put on hold for now due to re-prioritisation of the Supply Chain Tech roadmap for H2. We are not closing your candidature - as soon as the position is re-opened, I will reach out to schedule the next round.

Apologies for the delay and thank you for your patience.

Regards,
Harini
""",
    ),
    # ---------------------------------------------------------------- Quillstack (5), Greenhouse
    m(
        "Qs5Rf0",
        "2025-08-11 22:17",
        "Arjun Raghavan <arjun.raghavan88@gmail.com>",
        "referred you - QS data platform role",
        J("other_job", "other", QS, QSR),
        text="""Da Karthik,

Referred you for the Data Engineer (Platform) opening. You'll get a mail from Greenhouse to complete the application - do it today itself, the referral link expires in 7 days or something.

Team is solid, HM is Vikram, very chill guy. Stack is mostly Spark on EMR + Airflow + Iceberg, so bang on your profile. Mention the Airflow 2 migration you did, they are in the middle of the same thing.

Referral bonus aa gaya toh treat pakka 😄

-Arjun

Sent from my iPhone
""",
    ),
    m(
        "Qs5Ap1",
        "2025-08-12 09:03",
        "Quillstack <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Quillstack!",
        A("confirmation", QS, QSR, 5, "greenhouse"),
        text="""Hi Karthik,

Thanks for your interest in Quillstack! We've received your application for the Data Engineer (Platform) role in Bengaluru.

Since you were referred by someone on our team, your application will be prioritised for review. Our recruiting team will get back to you soon about next steps.

In the meantime, feel free to get to know us a little better: https://quillstack.example/life

Best,
The Quillstack Recruiting Team

**Please do not reply to this email. It was sent from an unmonitored address.**
""",
        html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px">
<p>Hi Karthik,</p>
<p>Thanks for your interest in Quillstack! We've received your application for the <strong>Data Engineer (Platform)</strong> role in Bengaluru.</p>
<p>Since you were referred by someone on our team, your application will be prioritised for review. Our recruiting team will get back to you soon about next steps.</p>
<p>In the meantime, feel free to get to know us a little better: <a href="https://quillstack.example/life">quillstack.example/life</a></p>
<p>Best,<br>The Quillstack Recruiting Team</p>
<p><strong>Please do not reply to this email. It was sent from an unmonitored address.</strong></p>
<img src="https://app.greenhouse.io/email_open/7e4d1b2a9c.png" width="1" height="1" alt="">
</div>""",
    ),
    m(
        "Qs5Gc2",
        "2025-08-21 15:26",
        "Divya Nair <divya.nair@quillstack.example>",
        "Invitation: Quillstack - Technical Interview 1 (Karthik Iyer) @ Tue 26 Aug 2025 11am - 12pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", QS, QSR, 5, "direct"),
        text=gcal(
            "Quillstack - Technical Interview 1 (Karthik Iyer)",
            "Tuesday 26 Aug 2025 ⋅ 11am – 12pm (India Standard Time - Kolkata)",
            "Divya Nair - divya.nair@quillstack.example",
            "meet.google.com/qsk-tbna-wjd",
            "Qe71Kc0dZ4uT",
            "Hi Karthik - first technical round with Pranav (Sr. Data Engineer). Expect a hands-on Spark + SQL exercise on CoderPad; link will be shared in the call.",
        ),
        ics=ics(
            "2n4m6b8v0c1x3z5l7k9j@google.com",
            "2025-08-26 11:00",
            "Quillstack - Technical Interview 1 (Karthik Iyer)",
            ("Divya Nair", "divya.nair@quillstack.example"),
            location="https://meet.google.com/qsk-tbna-wjd",
            attendees=[("Pranav Shetty", "pranav.shetty@quillstack.example")],
        ),
    ),
    m(
        "Qs5Gh3",
        "2025-09-04 12:10",
        "Quillstack <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Quillstack - Data Engineer (Platform)",
        A("interview", QS, QSR, 5, "greenhouse"),
        text="""Hi Karthik,

Your interview for the Data Engineer (Platform) position at Quillstack is confirmed. Please find the details below.

Tuesday, September 9, 2025
3:00 PM - 4:30 PM India Standard Time

3:00 PM - 4:30 PM  System Design & Data Modelling - Sowmya Iyengar, Karan Malhotra

Location: Google Meet - https://meet.google.com/qsd-ymre-hpc

A calendar invitation is attached. If you need to reschedule, please reply to divya.nair@quillstack.example as soon as possible.

Good luck!
Divya Nair
Quillstack Recruiting
""",
        reply_to="divya.nair@quillstack.example",
        ics=ics(
            "greenhouse-interview-58213344-quillstack",
            "2025-09-09 15:00",
            "Interview with Quillstack - System Design & Data Modelling",
            ("Divya Nair", "divya.nair@quillstack.example"),
            minutes=90,
            location="https://meet.google.com/qsd-ymre-hpc",
        ),
    ),
    m(
        "Qs5Gc4",
        "2025-09-17 18:40",
        "Divya Nair <divya.nair@quillstack.example>",
        "Quillstack | conversation with Vikram",
        A("interview", QS, QSR, 5, "direct"),
        text="""Hi Karthik,

Feedback from the system design round is strong 🙌

Next is a conversation with Vikram Bhat (Director, Data Platform) - 45 mins, more about your past projects, ownership, how you work with stakeholders and where you want to grow. Sending an invite for Tue 23rd, 6 PM. If that doesn't work, just reply here and I'll move it.

Cheers,
Divya
""",
        ics=ics(
            "5f6g7h8j9k0l1z2x3c4v@google.com",
            "2025-09-23 18:00",
            "Quillstack - Managerial Round with Vikram Bhat (Karthik Iyer)",
            ("Divya Nair", "divya.nair@quillstack.example"),
            minutes=45,
            location="https://meet.google.com/qvb-kmnr-zaw",
            attendees=[("Vikram Bhat", "vikram.bhat@quillstack.example")],
        ),
    ),
    m(
        "Qs5Hr5",
        "2025-09-29 17:02",
        "Divya Nair <divya.nair@quillstack.example>",
        "HR chat tomorrow?",
        A("interview", QS, QSR, 5, "direct"),
        text="""Hi Karthik,

Congratulations on clearing all the rounds - Vikram was very positive!

Can we connect tomorrow (Tue) at 12:30 for a quick HR discussion? We'll go over your current CTC breakup, expectations, notice period and any offers you might be holding. Please keep your last 3 months' payslips and your current offer letter handy.

I'll call you on +91 98xxxxxx21 unless you prefer a Meet.

Thanks,
Divya

--
Divya Nair | Recruiting | Quillstack
""",
    ),
    _qs_offer,
    m(
        "Qs5Ds7",
        "2025-10-08 10:41",
        "Nandini Rao via Docusign <dse_NA4@docusign.net>",
        "Please DocuSign: Quillstack_Offer_Letter_Karthik_Venkataraman_Iyer.pdf",
        A("offer", QS, QSR, 5, "docusign"),
        reply_to="Nandini Rao <people@quillstack.example>",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#1e4ca1;color:#fff;padding:30px"><tr><td align="center">
<p style="font-size:16px">Nandini Rao sent you a document to review and sign.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=3c9d2e1f-5a6b-4c7d-8e9f-0a1b2c3d4e5f&amp;etti=24&amp;acct=8f7e6d5c" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</td></tr></table>
<table width="640" align="center" style="background:#fff;padding:30px"><tr><td>
<p><b>Nandini Rao</b><br>people@quillstack.example</p>
<p>Hi Karthik, please review and sign your offer letter. Reach out to us if you have any questions. Welcome to Quillstack!</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:12px;color:#666"><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "Qs5Ds8",
        "2025-10-09 23:02",
        "Docusign <dse_NA4@docusign.net>",
        "Completed: Quillstack_Offer_Letter_Karthik_Venkataraman_Iyer.pdf",
        A("offer", QS, QSR, 5, "docusign"),
        st="accepted",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#1e4ca1;color:#fff;padding:30px"><tr><td align="center">
<p style="font-size:16px">Your document has been completed</p>
<p><a href="https://na4.docusign.net/Member/EmailStart.aspx?m=1f2e3d4c-5b6a-7980-a1b2-c3d4e5f6a7b8" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a></p>
</td></tr></table>
<table width="640" align="center" style="background:#fff;padding:30px"><tr><td>
<p>All parties have completed <b>Quillstack_Offer_Letter_Karthik_Venkataraman_Iyer.pdf</b>.</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "Qs5Wl9",
        "2025-10-10 16:25",
        "Quillstack People Team <people@quillstack.example>",
        "Welcome to Quillstack! | Next steps",
        J("other_job", "direct", QS, QSR),
        text="""Hi Karthik,

We're thrilled that you've accepted our offer - welcome to Quillstack! 🎉

A few things before your joining date (12 January 2026):

1. Background verification: you will shortly receive an e-mail from our partner AuthBridge with a link to upload your documents (education certificates, last 3 payslips, relieving letters of previous employers, PAN and Aadhaar). Please complete it within 5 working days.
2. Resignation: please share a copy of your resignation acceptance from Suvarna Infotech once you have it.
3. Laptop: we ship a MacBook to your home address two weeks before joining - please confirm the address in the onboarding portal.

If your notice period gets shortened, let us know and we'll try to advance your joining date.

See you soon!
Nandini
People Team, Quillstack
""",
    ),
    m(
        "aBv1q",
        "2025-10-11 11:15",
        "AuthBridge <noreply@authbridge.com>",
        "Action Required: Background Verification initiated by Quillstack Software India Pvt. Ltd.",
        J("other_job", "other", QS, QSR),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Dear Karthik Venkataraman Iyer,</p>
<p>Greetings from AuthBridge!</p>
<p><b>Quillstack Software India Pvt. Ltd.</b> has initiated your background verification with AuthBridge Research Services Pvt. Ltd. as part of their pre-employment screening process.</p>
<p>Kindly click on the link below to fill in your details and upload the supporting documents:</p>
<p><a href="https://candidate.authbridge.com/onboard/?ref=QSK-25-10-8831&amp;tkn=a91fd0c3">Complete your BGV form</a></p>
<p>Checks initiated: Education (Highest), Employment (Last 2), Address (Current), Criminal Database, Identity (PAN).</p>
<p>Your Case Reference ID is <b>QSK-25-10-8831</b>. The link is valid for 7 days.</p>
<p>For any assistance, write to us at candidate.support@authbridge.com.</p>
<p>Regards,<br>Team AuthBridge</p>
<p style="font-size:10px;color:#999">This is an auto-generated mail. Please do not reply. The information in this e-mail is confidential and intended solely for the addressee.</p>
</body></html>""",
    ),
    m(
        "Qs5Sv0",
        "2025-10-17 14:00",
        "Quillstack <no-reply@us.greenhouse-mail.io>",
        "How did we do? Tell us about your interview experience at Quillstack",
        J("other_job", "greenhouse", QS),
        text="""Hi Karthik,

Thank you for interviewing with Quillstack. We'd love to hear about your experience so we can keep improving the way we hire.

The survey takes less than 3 minutes and your responses are anonymous - they are not shared with your interviewers.

Take the survey: https://app.greenhouse.io/candidate_surveys/new?token=Zq8mX2vL

Thank you!
The Quillstack Recruiting Team
""",
    ),
    m(
        "Qs5Ob1",
        "2025-12-16 12:30",
        "Quillstack People Team <people@quillstack.example>",
        "Your first day at Quillstack - 12 January 2026",
        J("other_job", "direct", QS, QSR),
        text="""Hi Karthik,

Your first day is less than a month away! Here's what to expect:

Date: Monday, 12 January 2026
Reporting time: 9:30 AM
Venue: Quillstack, 4th Floor, Prestige Tech Park Annex, Bellandur (ask for the People Team at reception)

Please carry: original ID proof, PAN card, a cancelled cheque, 2 passport-size photographs and your relieving letter from Suvarna Infotech (a resignation acceptance is fine if the relieving letter is not yet issued).

Your BGV is complete - all green ✅. Your laptop will be delivered to your HSR Layout address by 5th January.

Your buddy for the first month is Pranav Shetty - you met him in your first round!

Cheers,
Nandini
""",
    ),
    # ---------------------------------------------------------------- Halden Bank (6), Taleo
    m(
        "Hb6Ap0",
        "2025-08-14 21:33",
        "Halden Careers <haldenbank@taleo.net>",
        "Thank you for your application - AVP - Data Engineer (2500188427)",
        A("confirmation", HB, HBR, 6, "taleo"),
        text="""Dear Karthik Venkataraman Iyer,

Thank you for applying for the position of AVP - Data Engineer (Job Number: 2500188427) with Halden Global Services Private Limited, Bengaluru.

We have received your application and it is being reviewed. If your qualifications and experience match the requirements of the position, a member of our recruitment team will contact you.

You may view the status of your application at any time by logging in to your candidate profile on our careers site.

Please do not reply to this message, as this mailbox is not monitored.

Kind regards,
Halden Talent Acquisition

Halden Global Services Private Limited is a wholly owned subsidiary of Halden Bank plc. Halden is an equal opportunity employer.
""",
    ),
    m(
        "mT8hg",
        "2025-08-20 10:30",
        "Mercer | Mettl <no-reply@mettl.com>",
        "Halden Global Services - Online Assessment Invitation",
        A("assessment", HB, HBR, 6, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Karthik Venkataraman Iyer,</p>
<p>You have been invited by <b>Halden Global Services Pvt. Ltd.</b> to take the following assessment on Mercer | Mettl:</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td>Assessment</td><td>HGS_DE_AVP_Coding_Cognitive</td></tr>
<tr><td>Duration</td><td>120 minutes</td></tr>
<tr><td>Available till</td><td>24 Aug 2025, 11:59 PM IST</td></tr>
<tr><td>Proctoring</td><td>AI proctored (webcam and screen)</td></tr>
</table>
<p><a href="https://tests.mettl.com/authenticateKey/5c1f9e2d?key=HGS-DE-AVP-0820">Click here to start the assessment</a></p>
<p>Please run the <a href="https://tests.mettl.com/system-check">system compatibility check</a> before you start. Do not refresh the browser or switch tabs during the test.</p>
<p>Best of luck!<br>Team Mercer | Mettl</p>
<p style="font-size:11px;color:#888">Mercer Mettl, Plot 85, Sector 44, Gurugram, Haryana 122003. You are receiving this e-mail because an organisation has invited you to an assessment.</p>
</body></html>""",
    ),
    m(
        "Hb6Iv2",
        "2025-09-01 16:18",
        "Lakshmi Narayanan <lakshmi.narayanan@haldenbank.example>",
        "Interview Invitation - AVP Data Engineer - 2500188427",
        A("interview", HB, HBR, 6, "direct"),
        text="""Dear Karthik,

We are pleased to inform you that, based on your online assessment, you have been shortlisted for the first round of technical interview for the position of AVP - Data Engineer (Req. 2500188427) with Halden Global Services, Bengaluru.

Date: Thursday, 4th September 2025
Time: 10:00 AM to 11:00 AM IST
Mode: Microsoft Teams (invite attached)
Panel: Sudhir Kamath (VP, Data Engineering - Risk & Finance Technology)

Kindly carry a valid government photo ID, which may be checked at the start of the interview.

Should you have any questions, please feel free to contact me.

Kind regards,
Lakshmi Narayanan
Talent Acquisition - Technology
Halden Global Services Private Limited
RMZ Ecoworld, Bellandur, Bengaluru 560103

This e-mail and any attachments are confidential and may also be privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Halden Global Services Private Limited, CIN U72900KA2008FTC045712.

"""
        + teams("392 105 667 284", "Rb2nE6"),
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F2C84A3B421BDC01000000000000000010000000E7A2",
            "2025-09-04 10:00",
            "Interview: Karthik Venkataraman Iyer - AVP Data Engineer (2500188427)",
            ("Lakshmi Narayanan", "lakshmi.narayanan@haldenbank.example"),
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Sudhir Kamath", "sudhir.kamath@haldenbank.example")],
        ),
    ),
    m(
        "Hb6Rj3",
        "2025-09-26 02:14",
        "Halden Careers <haldenbank@taleo.net>",
        "Your application for AVP - Data Engineer (2500188427)",
        A("rejection", HB, HBR, 6, "taleo"),
        text="""Dear Karthik Venkataraman Iyer,

Thank you for your interest in Halden and for the time you invested in our recruitment process for the position of AVP - Data Engineer (Job Number 2500188427).

We would like to inform you that this position has now been closed. As a result, your application will no longer be considered for this vacancy.

We value your interest in Halden Global Services and encourage you to continue to visit our careers site for other opportunities that match your skills and experience.

Kind regards,
Halden Talent Acquisition

Please do not reply to this message, as this mailbox is not monitored.
""",
    ),
    # ---------------------------------------------------------------- Tiffinly (7), own portal
    m(
        "Tf7Ot0",
        "2025-07-18 23:05",
        "Tiffinly Careers <no-reply@careers.tiffinly.example>",
        "Your Tiffinly Careers login code: 482913",
        J("other_job", "direct", TF),
        text="""Your one-time login code is 482913

Enter this code on careers.tiffinly.example to continue. It expires in 10 minutes.

Didn't request this? You can safely ignore this e-mail.

— Tiffinly
""",
    ),
    m(
        "Tf7Ap1",
        "2025-07-18 23:19",
        "Tiffinly Careers <no-reply@careers.tiffinly.example>",
        "We got your application! 🍱",
        A("confirmation", TF, TFR, 7, "direct"),
        html="""<html><body style="font-family:'Helvetica Neue',Arial;background:#fff7f0">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px;border-radius:10px">
<img src="https://careers.tiffinly.example/static/logo-orange.png" alt="Tiffinly" width="110">
<h2 style="color:#ff6a13">Hey Karthik, thanks for applying!</h2>
<p>We've received your application for <b>Data Engineer - Logistics Platform</b> (TF-DE-274).</p>
<p>Our hiring team goes through every application. If your profile is a match, we'll reach out with the next steps - usually within 10 working days.</p>
<p>Meanwhile, hungry? Use code <b>HIREME50</b> for 50% off your next order (max ₹100). 😉</p>
<p>Team Tiffinly</p>
<p style="font-size:11px;color:#999">Tiffinly Foodtech Pvt. Ltd., HSR Layout Sector 2, Bengaluru · <a href="https://careers.tiffinly.example/candidate/applications">View your applications</a></p>
</div></body></html>""",
    ),
    m(
        "hR2tf",
        "2025-07-23 11:52",
        "Tiffinly Tech Hiring <support@hackerrankforwork.com>",
        "Tiffinly Engineering Challenge - Data Engineer",
        A("assessment", TF, TFR, 7, "hackerrank"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Karthik,</p>
<p>Thanks for your interest in Tiffinly! As the next step in our process, we'd like you to take the <b>Tiffinly Engineering Challenge - Data Engineer</b> on HackerRank.</p>
<ul>
<li>Duration: 90 minutes</li>
<li>3 questions: SQL (window functions), Python (file parsing), a short design question on delivery ETA data</li>
<li>Please complete it by 27 July 2025, 11:59 PM IST</li>
</ul>
<p><a href="https://www.hackerrank.com/test/9q3m1d6tf2a/login?b=eyJ0ZXN0IjoiVGlmZmlubHkifQ" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none">Start Test</a></p>
<p>Regards,<br>Tiffinly Tech Hiring</p>
<p style="font-size:11px;color:#888">Powered by HackerRank. If you have trouble with the test, write to support@hackerrankforwork.com.</p>
</body></html>""",
    ),
    m(
        "Tf7Gc3",
        "2025-08-05 18:26",
        "Meera Pillai <meera.pillai@tiffinly.example>",
        "Invitation: Tiffinly | L1 Technical – Karthik Iyer @ Fri 8 Aug 2025 3pm - 4pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", TF, TFR, 7, "direct"),
        text=gcal(
            "Tiffinly | L1 Technical – Karthik Iyer",
            "Friday 8 Aug 2025 ⋅ 3pm – 4pm (India Standard Time - Kolkata)",
            "Meera Pillai - meera.pillai@tiffinly.example",
            "meet.google.com/tfl-wqpe-cur",
            "Tf7gB3kLm9Qz",
            "Hi Karthik, congrats on clearing the challenge! L1 with Rahul from the Logistics Data team.",
        ),
        ics=ics(
            "tf1l1k4rth1k0808@google.com",
            "2025-08-08 15:00",
            "Tiffinly | L1 Technical – Karthik Iyer",
            ("Meera Pillai", "meera.pillai@tiffinly.example"),
            location="https://meet.google.com/tfl-wqpe-cur",
            attendees=[("Rahul Dsouza", "rahul.dsouza@tiffinly.example")],
        ),
    ),
    m(
        "Tf7Cx4",
        "2025-08-07 20:51",
        "Meera Pillai <meera.pillai@tiffinly.example>",
        "Cancelled event: Tiffinly | L1 Technical – Karthik Iyer @ Fri 8 Aug 2025 3pm - 4pm (IST) (karthik.v.iyer@gmail.com)",
        A("interview", TF, TFR, 7, "direct"),
        text="""This event has been cancelled and removed from your calendar.

Note from organiser:
Hi Karthik, really sorry for the late notice - we have to cancel tomorrow's round as the hiring plan for this team is being revisited. I'll get back to you early next week with an update.

Tiffinly | L1 Technical – Karthik Iyer
Friday 8 Aug 2025 ⋅ 3pm – 4pm (India Standard Time - Kolkata)

Organiser
Meera Pillai - meera.pillai@tiffinly.example

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event.
""",
        ics=ics(
            "tf1l1k4rth1k0808@google.com",
            "2025-08-08 15:00",
            "Tiffinly | L1 Technical – Karthik Iyer",
            ("Meera Pillai", "meera.pillai@tiffinly.example"),
            method="CANCEL",
            location="https://meet.google.com/tfl-wqpe-cur",
        ),
    ),
    m(
        "Tf7Rj5",
        "2025-08-20 13:34",
        "Meera Pillai <meera.pillai@tiffinly.example>",
        "Update from Tiffinly",
        A("rejection", TF, TFR, 7, "direct"),
        text="""Hi Karthik,

Apologies again for the last-minute cancellation earlier this month, and thank you for your patience.

I wanted to close the loop: the Logistics Data team has been merged into the central Platform org, and as part of that the Data Engineer - Logistics Platform position has been closed. There is unfortunately no open headcount for this role any more, so we won't be able to take your application forward.

This has nothing to do with your profile - your HackerRank score was one of the top ones for this role. We'll keep your profile in our talent pool, and I'd genuinely encourage you to apply again when we open new data roles.

Regards,
Meera
Talent Acquisition, Tiffinly
""",
    ),
    # ---------------------------------------------------------------- Tiffinly again (12)
    m(
        "Tf12Ap",
        "2025-09-29 22:40",
        "Tiffinly Careers <no-reply@careers.tiffinly.example>",
        "We got your application! 🍱",
        A("confirmation", TF, TFR, 12, "direct"),
        html="""<html><body style="font-family:'Helvetica Neue',Arial;background:#fff7f0">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px;border-radius:10px">
<img src="https://careers.tiffinly.example/static/logo-orange.png" alt="Tiffinly" width="110">
<h2 style="color:#ff6a13">Hey Karthik, thanks for applying!</h2>
<p>We've received your application for <b>Data Engineer - Logistics Platform</b> (TF-DE-311).</p>
<p>Our hiring team goes through every application. If your profile is a match, we'll reach out with the next steps - usually within 10 working days.</p>
<p>Team Tiffinly</p>
<p style="font-size:11px;color:#999">Tiffinly Foodtech Pvt. Ltd., HSR Layout Sector 2, Bengaluru · <a href="https://careers.tiffinly.example/candidate/applications">View your applications</a></p>
</div></body></html>""",
    ),
    # ---------------------------------------------------------------- Bramblewood (8), iCIMS
    m(
        "Bw8Nd0",
        "2025-08-20 19:02",
        "Bramblewood Careers <bramblewood@talent.icims.com>",
        "You're almost there! Finish your application",
        J("alert", "icims", BW, BWR),
        text="""Hi Karthik,

You started an application for Senior Data Engineer - Supply Chain Analytics (Req ID 2025-4417) at Bramblewood but didn't finish it.

Pick up where you left off:
https://careers-bramblewood.icims.com/jobs/2025-4417/senior-data-engineer---supply-chain-analytics/candidate?from=login

Incomplete applications are not reviewed by our recruiters.

Bramblewood Talent Acquisition
Bramblewood Technology India Pvt. Ltd. | an affiliate of Bramblewood & Co.
""",
    ),
    m(
        "Bw8Ap1",
        "2025-08-21 07:58",
        "Bramblewood Careers <bramblewood@talent.icims.com>",
        "Thank you for applying - Senior Data Engineer - Supply Chain Analytics",
        A("confirmation", BW, BWR, 8, "icims"),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p><img src="https://careers-bramblewood.icims.com/images/bramblewood-leaf.png" alt="Bramblewood" height="40"></p>
<p>Dear Karthik,</p>
<p>Thank you for your interest in the <b>Senior Data Engineer - Supply Chain Analytics</b> position (Req ID 2025-4417) at the Bramblewood India Technology Center in Bengaluru.</p>
<p>Our team will review your qualifications and, if there is a match, contact you regarding next steps. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.</p>
<p>You can log in to the <a href="https://careers-bramblewood.icims.com/jobs/login">Bramblewood careers portal</a> at any time to update your profile or check on your application.</p>
<p>Sincerely,<br>Bramblewood Talent Acquisition</p>
<p style="font-size:11px;color:#666">Bramblewood Technology India Private Limited is a subsidiary of Bramblewood &amp; Co., Minneapolis, MN. Bramblewood is an equal opportunity employer.</p>
</body></html>""",
    ),
    _bw_l1,
    m(
        "Bw8Rs3",
        "2025-09-09 12:33",
        "Srinivas Rao <srinivas.rao@bramblewood.example>",
        "Rescheduled: Bramblewood | Senior Data Engineer | Technical Interview - Round 1",
        A("interview", BW, BWR, 8, "direct"),
        text="""Hi Karthik,

Due to a conflict for one of our panelists (a US stakeholder review that got moved), we need to reschedule your Round 1 interview.

New slot: Friday, 12 September 2025, 7:30 PM - 8:30 PM IST

The updated invite is attached - please accept it. Apologies for the inconvenience, and let me know if the new time doesn't work for you.

Best regards,
Srinivas

"""
        + teams("257 604 118 903", "Lm7Dz2"),
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000030C9A7C41C22DC010000000000000000100000004B77",
            "2025-09-12 19:30",
            "Bramblewood | Senior Data Engineer | Technical Interview - Round 1 | Karthik Iyer",
            ("Srinivas Rao", "srinivas.rao@bramblewood.example"),
            style="outlook",
            sequence=1,
            location="Microsoft Teams Meeting",
            attendees=[
                ("Deepak Joshi", "deepak.joshi@bramblewood.example"),
                ("Ananya Krishnan", "ananya.krishnan@bramblewood.example"),
            ],
        ),
        **thread(_bw_l1),
    ),
    m(
        "Bw8Iv4",
        "2025-09-19 10:15",
        "Srinivas Rao <srinivas.rao@bramblewood.example>",
        "Bramblewood | Round 2 - Data Architecture discussion",
        A("interview", BW, BWR, 8, "direct"),
        text="""Hi Karthik,

Good news - you have cleared Round 1. The second round will be a data architecture discussion with our Director of Supply Chain Analytics, who sits in Minneapolis, so we have scheduled it in the evening IST:

Wednesday, 24 September 2025, 8:00 PM - 9:00 PM IST

Please go through the attached invite. The discussion will focus on designing an inventory forecasting data platform end to end (ingestion, modelling, data quality, SLAs).

Best regards,
Srinivas Rao
Talent Acquisition Partner | Bramblewood India Technology Center

"""
        + teams("219 880 456 127", "Pq9cT4"),
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F19B",
            "2025-09-24 20:00",
            "Bramblewood | Round 2 - Data Architecture | Karthik Iyer",
            ("Srinivas Rao", "srinivas.rao@bramblewood.example"),
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Laura Whitfield", "laura.whitfield@bramblewood.example")],
        ),
    ),
]
