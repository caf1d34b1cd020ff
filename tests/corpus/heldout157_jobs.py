# ruff: noqa: E501, RUF100
"""Corpus 157, job mail part one (data only): see heldout157.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Columbus, Ohio's offset on ``day`` (EDT until the first Sunday of November 2025)."""
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
    """Threading headers of a reply to the last of ``ids`` (the whole chain as References)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


BC, BCR = "Brightcart", "Operations Supervisor, Day Shift"
MRB, MRBR = "Maple Ridge Building Supply", "Yard Dispatcher"
FPP, FPPR = "Franklin Paper & Packaging", "Inventory Coordinator - 1st Shift"
BWG, BWGR = "Buckeye Wholesale Grocers", "Transportation Coordinator"
CMM, CMMR = "Columbus Metro Movers", "Dispatcher"
TCB, TCBR = "Tri-County Beverage", "Warehouse Supervisor"
DCP, DCPR = "Darby Creek Plastics", "Shipping & Receiving Supervisor"
VFS, VFSR = "Vantage Freight Solutions", "Transportation Coordinator"
KPS, KPSR = "Keystone Parcel Service", "Operations Supervisor"
CAL, CALR = "Caldwell's", "Inventory Control Lead"
RVF, RVFR = "Ridgeview Foods", "Inventory Control Supervisor"
SRH, SRHR = "Scioto Regional Health", "Supply Chain Coordinator"
LCS, LCSR = "Lancaster Cold Storage", "Inventory Control Specialist"
SRM, SRMR = "Stringtown Ready-Mix", "Truck Dispatcher"
TRM, TRMR = "Three Rivers Moving", "Dispatcher / Office Coordinator"
HVT, HVTR = "Hocking Valley Transport", "Dispatcher"
CL, CL1, CL2 = (
    "Corridor Logistics",
    "Warehouse Operations Supervisor - 1st Shift",
    "Inventory Control Lead",
)
HCD, HCDR = "Heartland Cross-Dock", "Shift Supervisor"
HAP, HAPR = "Hilltop Auto Parts", "Warehouse Team Lead"
WMS, WMSR = "Westgate Medical Supply", "Logistics Coordinator"
LLD, LLDR = "Lightning Lane Delivery", "Dispatcher - Last Mile"

ME_ADDR = "mdwhitaker.gc@gmail.com"
BC_PORTAL = "Brightcart Hiring <no-reply@hiring.brightcart.example>"
INDEED_APPLY = "Indeed Apply <indeedapply@indeed.com>"
INDEED = "Indeed <no-reply@indeed.com>"

_BC_FOOTER = """\
--
Brightcart Hiring | hiring.brightcart.example
Brightcart is an equal opportunity employer and does not discriminate on the basis of race,
color, religion, sex, national origin, age, disability, veteran status, or any other legally
protected status. This mailbox is not monitored. Need help? Visit hiring.brightcart.example/help
Brightcart Services LLC, 410 Terry Ave, Seattle, WA 98109"""

_INDEED_FOOTER = """\
--
This email was sent by Indeed to mdwhitaker.gc@gmail.com.
Do not reply to this message. Manage email settings: https://www.indeed.com/account/emailsettings
© 2025 Indeed | 6433 Champion Grandview Way, Building 1, Austin, TX 78750"""


MAIL: list[dict[str, Any]] = [
    # --- 1. Brightcart, Operations Supervisor, Day Shift (CMH4, Obetz): own portal ------------
    m(
        "x0c7",
        "2025-09-04 08:35",
        BC_PORTAL,
        "Your Brightcart Hiring verification code",
        J("other_job", "other", BC),
        text="""\
Your one-time verification code is:

    482915

Enter this code on hiring.brightcart.example to finish creating your candidate account. The code
expires in 10 minutes. If you didn't request it, you can ignore this email.

"""
        + _BC_FOOTER,
    ),
    m(
        "q1ha",
        "2025-09-04 08:52",
        BC_PORTAL,
        "Thanks for applying, Marcus",
        A("confirmation", BC, BCR, 1, "other"),
        text="""\
Hi Marcus,

Thank you for applying! We received your application for:

  Operations Supervisor, Day Shift
  CMH4 Fulfillment Center - Obetz, OH
  Job ID: 2987341
  Application ID: 4471093

What happens next
1. Complete the Work Style Assessment (we'll send you a separate link - watch for it).
2. Our recruiting team reviews applications in the order they're received.
3. If you're selected, we'll email you to set up a virtual interview.

You can check your application status any time under My Applications:
https://hiring.brightcart.example/app/my-applications?aid=4471093

Thanks again for your interest in Brightcart.

Brightcart Recruiting
"""
        + _BC_FOOTER,
        html="""\
<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<table width="600" align="center"><tr><td style="background:#ff6a13;padding:14px">
<img src="https://hiring.brightcart.example/static/logo-white.png" alt="Brightcart" height="28"></td></tr>
<tr><td style="padding:20px">
<p>Hi Marcus,</p>
<p>Thank you for applying! We received your application for:</p>
<p style="background:#f4f4f4;padding:12px"><b>Operations Supervisor, Day Shift</b><br>
CMH4 Fulfillment Center - Obetz, OH<br>Job ID: 2987341<br>Application ID: 4471093</p>
<p><b>What happens next</b></p>
<ol><li>Complete the Work Style Assessment (we'll send you a separate link - watch for it).</li>
<li>Our recruiting team reviews applications in the order they're received.</li>
<li>If you're selected, we'll email you to set up a virtual interview.</li></ol>
<p><a href="https://hiring.brightcart.example/app/my-applications?aid=4471093">View My Applications</a></p>
<p>Thanks again for your interest in Brightcart.<br>Brightcart Recruiting</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:20px">Brightcart is an equal opportunity employer.
This mailbox is not monitored. Brightcart Services LLC, 410 Terry Ave, Seattle, WA 98109</td></tr>
</table></body></html>""",
    ),
    m(
        "n4rb",
        "2025-09-04 08:56",
        BC_PORTAL,
        "Action needed: complete your Work Style Assessment",
        A("assessment", BC, BCR, 1, "other"),
        text="""\
Hi Marcus,

The next step for Operations Supervisor, Day Shift (Application ID 4471093) is a short
online assessment.

  Work Style Assessment - about 30 minutes
  Please finish within 5 days: by Tuesday, September 9

Start here: https://hiring.brightcart.example/assess/ws?token=b8e1f0c2a97d

Tips:
 - Use a laptop or desktop if you can, with a steady internet connection.
 - There are no right or wrong answers - answer the way you actually work.
 - You can't pause once you start the situational section.

If you need an accommodation, reply through the Help page before you begin.

Good luck!
Brightcart Recruiting
"""
        + _BC_FOOTER,
    ),
    m(
        "f8jd",
        "2025-09-11 14:20",
        "Brightcart Recruiting <recruiting-scheduling@brightcart.example>",
        "Interview scheduled: Operations Supervisor, Day Shift",
        A("interview", BC, BCR, 1, "other"),
        text="""\
Hi Marcus,

Thanks for completing the assessment. You're confirmed for a virtual panel interview:

  When:  Tuesday, September 16, 2025, 10:00 - 11:00 AM Eastern
  Where: Brightcart Meet (video). Join link: https://meet.brightcart.example/j/618-442-907
  Panel: Operations Manager and a Senior Area Manager from CMH4

The interview is behavioral. Have a few examples ready from your time supervising: safety,
hitting rate, handling a tough associate conversation, a time a plan changed mid-shift.

A calendar invitation is attached. If you need to reschedule, use the link in My Applications
at least 24 hours before the interview.

Brightcart Recruiting Coordination
Application ID 4471093
""",
        ics=ics(
            "bc-panel-4471093@brightcart.example",
            "2025-09-16 10:00",
            "Brightcart virtual interview - Operations Supervisor, Day Shift",
            ("Brightcart Recruiting", "recruiting-scheduling@brightcart.example"),
            location="https://meet.brightcart.example/j/618-442-907",
            description="Virtual panel interview, Application ID 4471093. Join 5 minutes early.",
        ),
    ),
    m(
        "w2kp",
        "2025-09-26 17:03",
        BC_PORTAL,
        "An update on Application ID 4471093",
        A("rejection", BC, BCR, 1, "other"),
        html="""\
<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<table width="600" align="center"><tr><td style="background:#ff6a13;padding:14px">
<img src="https://hiring.brightcart.example/static/logo-white.png" alt="Brightcart" height="28"></td></tr>
<tr><td style="padding:20px">
<p>Hi Marcus,</p>
<p>Thank you for taking the time to interview with us for <b>Operations Supervisor, Day Shift</b> at CMH4.
The panel enjoyed hearing about how you ran outbound for two shifts and rebuilt the PIT training
schedule - that came through clearly.</p>
<p>We had a very competitive group of candidates, and after careful consideration we've decided
to move forward with other candidates for this role.</p>
<p>We'd love for you to stay in touch. New supervisor openings are posted every week, and you're
welcome to apply again in the future.</p>
<p>Best,<br>Brightcart Recruiting</p>
<p><a href="https://hiring.brightcart.example/search?q=supervisor&amp;loc=Columbus%2C+OH">See open roles near you</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:20px">Brightcart is an equal opportunity employer.
This mailbox is not monitored. Brightcart Services LLC, 410 Terry Ave, Seattle, WA 98109</td></tr>
</table></body></html>""",
    ),
    # --- 2. Maple Ridge Building Supply, Yard Dispatcher: Indeed ------------------------------
    m(
        "s9vb",
        "2025-09-08 19:22",
        INDEED_APPLY,
        "Indeed Application: Yard Dispatcher",
        A("confirmation", MRB, MRBR, 2, "indeed"),
        text="""\
Application submitted

Yard Dispatcher
Maple Ridge Building Supply - Grove City, OH 43123

The following items were sent to Maple Ridge Building Supply. Good luck!
 • Application
 • Resume (Marcus_Whitaker_Resume_2025.pdf)

Next steps
 • The employer or job advertiser may reach out to you about your application.
 • Track your applications at https://myjobs.indeed.com/applied

Tip: Answer the employer's screener questions in your Indeed profile to stand out.

"""
        + _INDEED_FOOTER,
    ),
    m(
        "g3mt",
        "2025-09-10 11:47",
        INDEED,
        "Your application was viewed by Maple Ridge Building Supply",
        A("viewed", MRB, MRBR, 2, "indeed"),
        html="""\
<html><body style="font-family:'Noto Sans',Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://www.indeed.com/images/indeed-logo.png" alt="Indeed" width="90">
<h2 style="font-size:20px">Good news, Marcus</h2>
<p><b>Maple Ridge Building Supply</b> viewed your application for <b>Yard Dispatcher</b>.</p>
<p style="color:#595959">Grove City, OH &middot; Applied on September 8</p>
<p><a href="https://myjobs.indeed.com/applied?from=viewedemail&amp;jk=7c3d2e91a0b84f55" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">View your application</a></p>
<p style="font-size:12px;color:#767676">Employers may view many applications before deciding who to contact.</p>
<p style="font-size:11px;color:#767676">&copy; 2025 Indeed | <a href="https://www.indeed.com/account/emailsettings">Unsubscribe</a></p>
</div></body></html>""",
    ),
    m(
        "c5ee",
        "2025-09-15 09:05",
        INDEED,
        "Interview request: Yard Dispatcher at Maple Ridge Building Supply",
        A("interview", MRB, MRBR, 2, "indeed"),
        text="""\
Maple Ridge Building Supply would like to interview you

Yard Dispatcher - Grove City, OH

Interview: Phone call
Thursday, September 18, 2025 - 2:00 PM EDT (20 minutes)
With: Gail Hensley, Branch Manager

Gail will call you at the number on your Indeed profile (614-***-**27).

Can't make it? Suggest a new time: https://www.indeed.com/interviews/respond?iid=5f2a90e7

Message from the employer:
"Hi Marcus - thanks for applying. We'd like to talk about the yard dispatcher spot, mostly
scheduling our delivery trucks and working the will-call counter. Talk soon. -Gail"

"""
        + _INDEED_FOOTER,
        ics=ics(
            "indeed-interview-5f2a90e7@indeed.com",
            "2025-09-18 14:00",
            "Phone interview: Yard Dispatcher - Maple Ridge Building Supply",
            ("Indeed Interviews", "interviews-noreply@indeed.com"),
            minutes=20,
            description="Gail Hensley will call you.",
        ),
    ),
    m(
        "p7ly",
        "2025-09-24 16:31",
        "Maple Ridge Building Supply <reply-8f2c1a7b90d3e@indeedemail.com>",
        "Update from Maple Ridge Building Supply",
        A("rejection", MRB, MRBR, 2, "indeed"),
        text="""\
Maple Ridge Building Supply sent you a message about Yard Dispatcher

-----
Marcus,

Thanks again for taking my call last week. I wanted to let you know the position has been
filled. We ended up going with someone who has run our building-materials software before.
I'll hang on to your info in case something opens up at the Hilliard yard.

Gail Hensley
Branch Manager, Maple Ridge Building Supply
-----

Reply to this message on Indeed: https://www.indeed.com/conversations/e9c41b2d

"""
        + _INDEED_FOOTER,
    ),
    # --- 3. Franklin Paper & Packaging, Inventory Coordinator: Indeed (ghosted) ---------------
    m(
        "v6uz",
        "2025-09-09 21:14",
        INDEED_APPLY,
        "Indeed Application: Inventory Coordinator - 1st Shift",
        A("confirmation", FPP, FPPR, 3, "indeed"),
        text="""\
Application submitted

Inventory Coordinator - 1st Shift
Franklin Paper & Packaging - Columbus, OH 43207
$21 - $24 an hour - Full-time

The following items were sent to Franklin Paper & Packaging. Good luck!
 • Application
 • Resume
 • Answers to 4 employer questions

This employer typically responds to applications within 5 days.

"""
        + _INDEED_FOOTER,
    ),
    m(
        "e0da",
        "2025-09-09 21:16",
        INDEED,
        "Action required: Franklin Paper & Packaging requested an assessment",
        A("assessment", FPP, FPPR, 3, "indeed"),
        text="""\
Hi Marcus,

Franklin Paper & Packaging would like you to complete an assessment for
Inventory Coordinator - 1st Shift.

  Inventory Management  (approx. 20 min)
  Attention to Detail    (approx. 12 min)

Take the assessments: https://www.indeed.com/assessments/start?cid=fpp-33918&jk=b41e6c0d72f3

Your results are shared with this employer and you can choose to show them on your Indeed
profile. You can take each assessment once every 6 months.

"""
        + _INDEED_FOOTER,
    ),
    # --- 4. Buckeye Wholesale Grocers, Transportation Coordinator: iCIMS -------------------------
    m(
        "h2ko",
        "2025-09-15 12:08",
        "Buckeye Wholesale Grocers @ icims <bwgcoop+autoreply@talent.icims.com>",
        "Thank you for your interest in Buckeye Wholesale Grocers",
        A("confirmation", BWG, BWGR, 4, "icims"),
        text="""\
Dear Marcus,

Thank you for applying for the Transportation Coordinator position (Requisition 2025-4418) at our
Lockbourne distribution center. Your application has been received and will be reviewed by our
Talent Acquisition team.

If your qualifications match the requirements of the position, a member of our team will contact
you to discuss next steps. Due to the volume of applications we receive, we are unable to
respond to every applicant individually.

You can review your application status by logging in to our career portal:
https://careers-bwgcoop.icims.com/jobs/login

Sincerely,
Talent Acquisition
Buckeye Wholesale Grocers Cooperative, Inc.

Buckeye Wholesale Grocers is an Equal Opportunity Employer, including disability and veterans.
Please do not reply to this email; this mailbox is not monitored.
""",
    ),
    m(
        "r8cy",
        "2025-09-29 10:44",
        "Renee Kowalski <rkowalski@bwgcoop.example>",
        "BWG Transportation Coordinator - phone screen",
        A("interview", BWG, BWGR, 4, "direct"),
        text="""\
Good morning Marcus,

I'm a recruiter with BWG and I'm reaching out about your application for our Transportation
Coordinator opening in Lockbourne. I'd like to set up a 20-30 minute phone screen this week.

Would any of these work?
  - Tue 9/30 at 1:00 or 3:30
  - Wed 10/1 at 9:00
  - Thu 10/2 at 11:00

The role is Monday-Friday, 7:00a-3:30p, with one Saturday a month during the holidays. It's
mostly building outbound routes in our TMS, appointment scheduling with stores, and working with
our drivers and the dispatch office.

Thanks,

Renee Kowalski | Talent Acquisition Partner
Buckeye Wholesale Grocers Cooperative
2250 Creekside Pkwy, Lockbourne, OH 43137
o. 614-555-0148

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use
of the intended recipient. If you are not the intended recipient, please do not read, distribute
or take action in reliance upon this message.
""",
    ),
    m(
        "k4sx",
        "2025-10-07 15:12",
        "Renee Kowalski <rkowalski@bwgcoop.example>",
        "Interview: Transportation Coordinator - Marcus Whitaker",
        A("interview", BWG, BWGR, 4, "direct"),
        text="""\
Hi Marcus,

Great talking with you last week. The hiring manager, Doug Brenneman (Transportation Manager),
would like to meet you in person:

Thursday, October 16 at 10:00 AM
BWG Lockbourne DC - 2250 Creekside Pkwy, Lockbourne, OH 43137
Check in at the main office (Door 1, visitor parking on the left). Please bring a photo ID.

You'll meet with Doug and one of our dispatch leads, then a short tour of the dock. Plan on about
an hour and a half. Business casual is fine; closed-toe shoes for the tour.

Let me know if you have questions.

Renee

Renee Kowalski | Talent Acquisition Partner
Buckeye Wholesale Grocers Cooperative
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000035F1C7BD3936DC01000000000000000010000000A1",
            "2025-10-16 10:00",
            "Interview: Transportation Coordinator - Marcus Whitaker",
            ("Renee Kowalski", "rkowalski@bwgcoop.example"),
            minutes=90,
            style="outlook",
            location="BWG Lockbourne DC - 2250 Creekside Pkwy, Lockbourne, OH 43137 (Door 1)",
            attendees=[("Doug Brenneman", "dbrenneman@bwgcoop.example")],
        ),
    ),
    m(
        "u1mq",
        "2025-10-13 08:19",
        "Renee Kowalski <rkowalski@bwgcoop.example>",
        "Canceled: Interview: Transportation Coordinator - Marcus Whitaker",
        A("interview", BWG, BWGR, 4, "direct"),
        text="""\
Marcus,

I'm sorry to do this on short notice, but we need to cancel Thursday's interview. The hiring
manager is re-evaluating the requisition and I don't want you to make the trip until I have a
clear answer. I'll follow up as soon as I know more.

Apologies again,
Renee
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000035F1C7BD3936DC01000000000000000010000000A1",
            "2025-10-16 10:00",
            "Canceled: Interview: Transportation Coordinator - Marcus Whitaker",
            ("Renee Kowalski", "rkowalski@bwgcoop.example"),
            minutes=90,
            style="outlook",
            method="CANCEL",
            location="BWG Lockbourne DC - 2250 Creekside Pkwy, Lockbourne, OH 43137 (Door 1)",
            attendees=[("Doug Brenneman", "dbrenneman@bwgcoop.example")],
        ),
    ),
    m(
        "b7wn",
        "2025-10-22 13:40",
        "Buckeye Wholesale Grocers @ icims <bwgcoop+autoreply@talent.icims.com>",
        "Your application with BWG",
        A("rejection", BWG, BWGR, 4, "icims"),
        text="""\
Dear Marcus,

Thank you for your interest in the Transportation Coordinator position with Buckeye Wholesale
Grocers. We wanted to let you know that the position has been filled.

We appreciate the time you spent with our team and encourage you to visit our career site for
future opportunities that match your experience.

Best regards,
BWG Talent Acquisition

This is an automated message from Buckeye Wholesale Grocers Cooperative, Inc. Please do not reply.
""",
    ),
    m(
        "z3fe",
        "2025-10-28 10:02",
        "Buckeye Wholesale Grocers <noreply@qemailserver.com>",
        "Tell us about your candidate experience",
        J("other_job", "other", BWG),
        html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Marcus,</p>
<p>You recently applied with <b>Buckeye Wholesale Grocers</b>. Whatever the outcome, we want to
hear how the process went for you. The survey takes about 3 minutes and your answers are anonymous.</p>
<p><a href="https://bwgcoop.qualtrics.com/jfe/form/SV_3xK9aLq2mPzR1Bc?Q_DL=a8Fq2_3xK9aLq2mPzR1Bc_MLRP_9nDkV">Take the survey</a></p>
<p>Thank you,<br>BWG Talent Acquisition</p>
<p style="font-size:11px;color:#888">Follow the link to opt out of future emails:
<a href="https://bwgcoop.qualtrics.com/CP/Register.php?OptOut=true">Click here to unsubscribe</a></p>
</body></html>""",
    ),
    # --- 5. Columbus Metro Movers, Dispatcher: ZipRecruiter (ghosted) ----------------------------
    m(
        "d6yh",
        "2025-09-18 07:58",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "You applied to Dispatcher at Columbus Metro Movers",
        A("confirmation", CMM, CMMR, 5, "other"),
        html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" style="max-width:600px"><tr><td>
<img src="https://www.ziprecruiter.com/img/logos/zr-logo-email.png" alt="ZipRecruiter" width="130">
<h2>Application sent!</h2>
<p>Your application was sent to <b>Columbus Metro Movers</b>.</p>
<table style="border:1px solid #ddd;padding:10px;width:100%"><tr><td>
<b>Dispatcher</b><br>Columbus Metro Movers &middot; Columbus, OH<br>$20 - $23/hr &middot; Full-Time</td></tr></table>
<p>We'll let you know when the employer views your application.</p>
<p><a href="https://www.ziprecruiter.com/candidate/my-jobs?tab=applied">Track your applications</a></p>
<p>- Phil, your ZipRecruiter job search assistant</p>
<p style="font-size:11px;color:#999">ZipRecruiter, Inc. 604 Arizona Ave, Santa Monica, CA 90401 &middot;
<a href="https://www.ziprecruiter.com/unsubscribe?e=bWR3aGl0YWtlcg">Unsubscribe</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "t0pa",
        "2025-09-19 12:26",
        "Phil at ZipRecruiter <phil@ziprecruiter.com>",
        "Great news! Columbus Metro Movers viewed your application",
        A("viewed", CMM, CMMR, 5, "other"),
        text="""\
Hi Marcus,

Your application for Dispatcher was viewed by Columbus Metro Movers.

That's a good sign. Employers who view an application often reach out within a week. While you
wait, here are 6 similar jobs near Grove City you can apply to with 1-Click Apply:
https://www.ziprecruiter.com/candidate/suggested-jobs?ref=viewed

Keep it up,
Phil
ZipRecruiter

Unsubscribe: https://www.ziprecruiter.com/unsubscribe?e=bWR3aGl0YWtlcg
""",
    ),
    # --- 6. Tri-County Beverage, Warehouse Supervisor: Paradox ("Olivia") ---------------------
    m(
        "i9gq",
        "2025-09-21 18:40",
        "Olivia at Tri-County Beverage <no-reply@paradox.ai>",
        "You're almost done, Marcus!",
        J("alert", "other", TCB, TCBR),
        text="""\
Hi Marcus! It's Olivia, the virtual recruiting assistant for Tri-County Beverage Co.

Looks like you started applying for Warehouse Supervisor but didn't finish. It only takes a few
more minutes - pick up right where you left off:

https://tcbjobs.paradox.ai/co/TriCountyBev/apply?resume=1&cid=58f02c

Or just text "JOBS" to 614-555-0190 and I'll help you finish by text.

Talk soon!
Olivia

Reply STOP to opt out of messages. Powered by Paradox.
""",
    ),
    m(
        "a5nc",
        "2025-09-22 07:12",
        "Olivia at Tri-County Beverage <no-reply@paradox.ai>",
        "Thanks for applying to Tri-County Beverage!",
        A("confirmation", TCB, TCBR, 6, "other"),
        text="""\
Hi Marcus,

Thanks for applying for the Warehouse Supervisor position at our Columbus warehouse! I've passed
your application along to the hiring team.

Here's what you told me:
  Position: Warehouse Supervisor (Day Shift)
  Location: Tri-County Beverage Co. - 1870 Refugee Rd, Columbus, OH
  Available to start: Immediately
  Forklift certified: Yes

If your background is a match, I'll reach out by text and email to set up an interview. You can
also text me any time at 614-555-0190.

Cheers!
Olivia
Virtual Recruiting Assistant, Tri-County Beverage Co.

Tri-County Beverage is a drug-free workplace and an equal opportunity employer.
""",
    ),
    m(
        "o2tj",
        "2025-09-23 10:31",
        "Olivia at Tri-County Beverage <no-reply@paradox.ai>",
        "Your interview is confirmed!",
        A("interview", TCB, TCBR, 6, "other"),
        text="""\
Great news, Marcus - your interview is confirmed!

  Position: Warehouse Supervisor
  Date: Tuesday, September 30, 2025
  Time: 11:00 AM
  Location: 1870 Refugee Rd, Columbus, OH 43207 - use the front office entrance
  You'll meet: Luis Parra, Warehouse Manager

Please bring a photo ID. Need to reschedule? Just reply to my text or tap here:
https://tcbjobs.paradox.ai/co/TriCountyBev/interview/manage?eid=7731a

See you soon!
Olivia
""",
        ics=ics(
            "paradox-7731a-tcb@paradox.ai",
            "2025-09-30 11:00",
            "Interview with Tri-County Beverage - Warehouse Supervisor",
            ("Olivia - Tri-County Beverage", "no-reply@paradox.ai"),
            minutes=45,
            location="1870 Refugee Rd, Columbus, OH 43207",
        ),
    ),
    m(
        "j7cs",
        "2025-10-03 16:18",
        "Olivia at Tri-County Beverage <no-reply@paradox.ai>",
        "Update from Tri-County Beverage",
        A("rejection", TCB, TCBR, 6, "other"),
        text="""\
Hi Marcus,

Thank you for coming in to meet with Luis and the team. Everyone appreciated your experience and
your time, and it was a tough decision.

We've decided to move forward with another candidate for the Warehouse Supervisor position at
this time. We'll keep your information on file, and we hope you'll consider us again - we post
new openings regularly at tcbjobs.paradox.ai.

All the best,
Olivia, on behalf of the Tri-County Beverage hiring team
""",
    ),
    # --- 7. Darby Creek Plastics, Shipping & Receiving Supervisor: Paylocity, then the group -----
    m(
        "l8bw",
        "2025-09-25 20:05",
        "Darby Creek Plastics <noreply@paylocity.com>",
        "Thank you for applying",
        A("confirmation", DCP, DCPR, 7, "other"),
        text="""\
Marcus,

Thank you for applying to the Shipping & Receiving Supervisor position at Darby Creek Plastics in
Plain City, OH. We have received your application and our team will review it shortly.

If your skills and experience are a good fit, someone from our HR team will contact you.

Thank you,
Darby Creek Plastics Human Resources

This message was sent from an unmonitored email address. Please do not reply to this message.
Powered by Paylocity
""",
    ),
    m(
        "m3dv",
        "2025-10-01 13:27",
        "Angela Ruiz <noreply@paylocity.com>",
        "Phone interview - Shipping & Receiving Supervisor",
        A("interview", DCP, DCPR, 7, "other"),
        reply_to="Angela Ruiz <aruiz@darbycreekplastics.example>",
        text="""\
Hi Marcus,

Thanks for your interest in our Shipping & Receiving Supervisor opening. I'd like to schedule a
brief phone interview with you. Are you available Friday, October 3 between 9 and 11 AM? If not,
please reply with a couple of times that work for you next week.

A few things we'll cover: your experience with LTL and truckload scheduling, cycle counts, and
supervising a team of 8-10. The shift is 6 AM - 2:30 PM, Monday through Friday.

Thank you,
Angela Ruiz
HR Generalist
Darby Creek Plastics | 8900 Industrial Pkwy, Plain City, OH 43064
(614) 555-0112
""",
    ),
    m(
        "g1ux",
        "2025-10-14 09:50",
        "Marlow Industrial Group Careers <careers@marlowindustrial.example>",
        "Your application",
        A("rejection", DCP, DCPR, 7, "direct"),
        text="""\
Dear Marcus Whitaker,

Thank you for your interest in the Shipping & Receiving Supervisor role at our Plain City
facility and for taking the time to speak with Angela.

After reviewing all candidates, we've decided not to move forward with your candidacy for this
position. We were impressed with your supervisory background, and we encourage you to apply to
future openings across the Marlow family of companies.

Sincerely,

Talent Acquisition
Marlow Industrial Group
Darby Creek Plastics | Marlow Precision Molding | Ohio Valley Extrusion
""",
    ),
    # --- 8. Vantage Freight Solutions, Transportation Coordinator: LinkedIn recruiter ----------
    m(
        "f5oz",
        "2025-10-02 09:12",
        "Dana Whitfield via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Transportation Coordinator opening - Columbus",
        J("outreach", "linkedin", VFS, VFSR),
        text="""\
Dana Whitfield
Senior Recruiter at Vantage Freight Solutions

Hi Marcus,

Your background in 3PL operations caught my eye. We're a freight brokerage and asset-light
carrier based in Columbus, and I'm hiring a Transportation Coordinator for our dedicated
retail account - tracking loads, appointment setting, and working with our carriers and drivers
when things go sideways.

Days (7-4), hybrid after 90 days, $52-58K plus quarterly bonus. If you're open to it, you can
apply in one click here or just reply and we can set up a call:
https://www.linkedin.com/jobs/view/4102886531

Thanks,
Dana

Reply  |  Not interested
----
This is an InMail from Dana Whitfield. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=3b7c-mdwhitaker&a=inmail-unsub
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "r2ik",
        "2025-10-03 20:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marcus, your application was sent to Vantage Freight Solutions",
        A("confirmation", VFS, VFSR, 8, "linkedin"),
        html="""\
<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919">
<table width="100%" style="max-width:512px;margin:auto"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" width="84">
<p style="font-size:20px">Your application was sent to Vantage Freight Solutions</p>
<table><tr><td><img src="https://media.licdn.com/dms/image/vfs-logo.png" width="48" alt=""></td>
<td><b>Transportation Coordinator</b><br>Vantage Freight Solutions<br>Columbus, OH (Hybrid)<br>
<span style="color:#666">Applied on October 3, 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4102886531/?trk=eml-jobs_applied">View job</a></p>
<p style="font-size:12px;color:#666">Now, take these next steps for more success with your job search.
Review similar jobs and set job alerts.</p>
<p style="font-size:11px;color:#999">This email was intended for Marcus Whitaker (Warehouse Shift Supervisor | Forklift Certified | 3PL Operations).
<a href="https://www.linkedin.com/help/linkedin/answer/4788">Learn why we included this.</a><br>
&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "e6sg",
        "2025-10-06 14:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Vantage Freight Solutions",
        A("viewed", VFS, VFSR, 8, "linkedin"),
        text="""\
Your application was viewed

Transportation Coordinator
Vantage Freight Solutions · Columbus, OH (Hybrid)

Vantage Freight Solutions viewed your application. Keep applying to similar jobs while you wait.

View job: https://www.linkedin.com/jobs/view/4102886531/?trk=eml-viewed

----
This email was intended for Marcus Whitaker.
Unsubscribe: https://www.linkedin.com/e/v2?e=3b7c-mdwhitaker&a=jobs-unsub
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "w9te",
        "2025-10-09 08:47",
        "Dana Whitfield <dwhitfield@vantagefreight.example>",
        "Re: Transportation Coordinator opening - Columbus",
        A("interview", VFS, VFSR, 8, "direct"),
        **reply("<CAJ4mW8tx1n5qPzE9+Rk0_a@mail.gmail.com>"),
        text="""\
Hi Marcus,

Thanks for applying and for the note on LinkedIn. Does Friday 10/10 at 10:30 work for a quick
call? 30 minutes, just me - I'll walk you through the account and you can tell me about the
3PL side. I'll call the 614 number on your resume.

Dana

Dana Whitfield | Senior Recruiter
Vantage Freight Solutions
dwhitfield@vantagefreight.example | 614-555-0175

On Wed, Oct 8, 2025 at 7:14 PM Marcus Whitaker <mdwhitaker.gc@gmail.com> wrote:
> Hi Dana, I went ahead and applied through LinkedIn. I'm available most days for a call.
> Thanks for reaching out.
> Marcus
""",
    ),
    # --- 9. Keystone Parcel Service (KPS), Operations Supervisor: own portal, HireVue ---------
    m(
        "h6ry",
        "2025-10-10 22:41",
        "KPS Careers <careers-noreply@kpsparcel.example>",
        "Application received - Job ID 25-118204",
        A("confirmation", KPS, KPSR, 9, "other"),
        text="""\
Marcus,

Thank you for your interest in a career with KPS. We have received your application.

Job ID: 25-118204
Title: Operations Supervisor
Location: Columbus Hub - 3600 Alum Creek Dr, Obetz, OH

Our recruiting team will review your qualifications. If selected to move forward you will
receive an email with instructions to schedule an interview. Please add
noreply@hirevue.com to your safe senders list.

You can view the status of your application by signing in at kpsjobs.kpsparcel.example.

KPS Talent Acquisition

Keystone Parcel Service, Inc. is an equal opportunity employer - minorities/females/veterans/
individuals with disabilities/sexual orientation/gender identity.
""",
    ),
    m(
        "b0xn",
        "2025-10-14 09:30",
        "Keystone Parcel Service <noreply@hirevue.com>",
        "Schedule your interview with KPS",
        A("interview", KPS, KPSR, 9, "hirevue"),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="max-width:600px;margin:auto;border-top:6px solid #5a3d1e;padding:20px">
<p>Hello Marcus,</p>
<p>Congratulations! You have been selected to interview for <b>Operations Supervisor</b>
(Job ID 25-118204) at the Columbus Hub.</p>
<p>Please use the button below to choose an in-person interview time that works for you.
Available times are limited, so we recommend scheduling within 48 hours.</p>
<p style="text-align:center"><a href="https://app.hirevue.com/scheduling/kps/select?token=f3c9a81b-2e44" style="background:#5a3d1e;color:#fff;padding:12px 24px;text-decoration:none">Schedule Interview</a></p>
<p>Thank you,<br>KPS Talent Acquisition</p>
<p style="font-size:11px;color:#888">Sent via HireVue on behalf of Keystone Parcel Service, Inc.</p>
</div></body></html>""",
    ),
    m(
        "s4jm",
        "2025-10-14 12:06",
        "Keystone Parcel Service <noreply@hirevue.com>",
        "Interview Confirmed: Operations Supervisor",
        A("interview", KPS, KPSR, 9, "hirevue"),
        text="""\
Hello Marcus,

Your interview has been scheduled.

  Position: Operations Supervisor (Job ID 25-118204)
  Date/time: Tuesday, October 21, 2025 at 9:00 AM EDT
  Location: KPS Columbus Hub, 3600 Alum Creek Dr, Obetz, OH 43207 - Guard Shack, Gate 2
  Interviewers: Brandon Ostrowski, Hub Division Manager; Kelly Tran, HR Supervisor

What to bring: government-issued photo ID. You will be escorted inside the facility. Do not
bring a bag; lockers are not available to visitors.

To reschedule or cancel, use this link: https://app.hirevue.com/scheduling/kps/manage?token=f3c9a81b-2e44

KPS Talent Acquisition
""",
        ics=ics(
            "hv-sched-f3c9a81b-2e44@hirevue.com",
            "2025-10-21 09:00",
            "KPS Interview - Operations Supervisor",
            ("KPS Talent Acquisition", "noreply@hirevue.com"),
            minutes=60,
            location="KPS Columbus Hub, 3600 Alum Creek Dr, Obetz, OH 43207 - Gate 2",
        ),
    ),
    m(
        "c3pv",
        "2025-10-30 15:55",
        "Brandon Ostrowski <bostrowski@kpsparcel.example>",
        "Contingent offer - Operations Supervisor (Preload), Columbus Hub",
        A("offer", KPS, KPSR, 9, "direct"),
        cc="Kelly Tran <ktran@kpsparcel.example>",
        text="""\
Marcus,

Good news - we'd like to offer you a full-time Operations Supervisor position at the Columbus Hub.
The opening is on our Preload sort.

  Start date: Monday, November 17, 2025 (Peak training week)
  Schedule: Monday-Friday, 2:30 AM - approx. 11:00 AM
  Salary: $58,500 annually, exempt, plus Peak incentive
  Benefits: medical/dental/vision after 30 days, 401(k) with match

This offer is contingent on a background check, a pre-employment drug screen, and completion of
Form I-9. The formal offer letter is attached. Please let me or Kelly know your decision by
Tuesday, November 4.

We really enjoyed meeting you and think you'd do well with our preload team.

Brandon Ostrowski
Hub Division Manager - Columbus
Keystone Parcel Service, Inc.
c. 614-555-0163
""",
        attach=[
            (
                "KPS_Offer_Letter_Whitaker.pdf",
                "application/pdf",
                "%PDF-1.4 Keystone Parcel Service, Inc. Offer of Employment - Marcus Whitaker - Operations Supervisor (Preload)",
            )
        ],
    ),
    m(
        "n5ag",
        "2025-11-03 10:26",
        "Brandon Ostrowski <bostrowski@kpsparcel.example>",
        "RE: Contingent offer - Operations Supervisor (Preload), Columbus Hub",
        A(
            "offer",
            KPS,
            KPSR,
            9,
            "direct",
        ),
        st="declined",
        cc="Kelly Tran <ktran@kpsparcel.example>",
        **reply("<CAJ4mW8vQ2k7LxR1p0oBd3@mail.gmail.com>"),
        text="""\
Marcus,

Understood, and thanks for being straight with us. I'll let Kelly close it out on our end. If a
day sort or on-road supervisor slot opens up I'll reach out - you interviewed well.

Take care,
Brandon

From: Marcus Whitaker <mdwhitaker.gc@gmail.com>
Sent: Sunday, November 2, 2025 8:51 PM
To: Brandon Ostrowski <bostrowski@kpsparcel.example>
Cc: Kelly Tran <ktran@kpsparcel.example>
Subject: Re: Contingent offer - Operations Supervisor (Preload), Columbus Hub

Brandon,

Thank you for the offer, I appreciate it. I thought it over with my family this weekend and the
2:30 AM start just doesn't work - I've got my kids in the morning and I'm looking to get back on
days. I'm going to have to respectfully decline. Please keep me in mind if something on days
comes open.

Marcus Whitaker
614-555-0127
""",
    ),
    # --- 10. Caldwell's DC, Inventory Control Lead: Workday tenant "crh" -----------------------
    m(
        "v2hb",
        "2025-10-16 19:48",
        "Caldwell's Careers <crh@myworkday.com>",
        "Welcome to the Caldwell's Talent Community",
        J("alert", "workday", CAL),
        text="""\
Hi Marcus,

Thanks for joining the Caldwell's Talent Community! We'll send you job openings that match the
interests you shared:

  Job families: Distribution Center Operations; Inventory Control; Transportation
  Locations: Groveport, OH; Columbus, OH

You can update your preferences any time in your candidate home:
https://crh.wd5.myworkdayjobs.com/CaldwellsCareers/userHome

Caldwell's Talent Acquisition

Caldwell Retail Holdings, Inc. and its affiliates are equal opportunity employers.
""",
    ),
    m(
        "k8zn",
        "2025-10-17 06:58",
        "Caldwell's Careers <crh@myworkday.com>",
        "You have an application in progress",
        J("alert", "workday", CAL, CALR),
        text="""\
Hi Marcus,

You started an application for Inventory Control Lead - DC 6082 (R-0098812) but haven't submitted
it yet. Your progress is saved.

Pick up where you left off:
https://crh.wd5.myworkdayjobs.com/CaldwellsCareers/job/Groveport-OH/Inventory-Control-Lead---DC-6082_R-0098812/apply

Caldwell's Talent Acquisition
""",
    ),
    m(
        "q7cf",
        "2025-10-17 21:15",
        "Caldwell's Careers <crh@myworkday.com>",
        "Thank you for applying - Inventory Control Lead - DC 6082",
        A("confirmation", CAL, CALR, 10, "workday"),
        html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://crh.wd5.myworkdayjobs.com/CaldwellsCareers/assets/logo" alt="Caldwell's" height="36"></p>
<p>Hi Marcus,</p>
<p>Thank you for applying for the <b>Inventory Control Lead - DC 6082</b> position (R-0098812)
at our Groveport Distribution Center. We're reviewing your application and will be in touch if
your experience matches what we're looking for.</p>
<p>Most candidates for DC roles are asked to complete a short online assessment. If that applies to
you, you'll receive an email from our assessment partner, SHL.</p>
<p>You can check the status of your application at any time in your
<a href="https://crh.wd5.myworkdayjobs.com/CaldwellsCareers/userHome">candidate home</a>.</p>
<p>Thanks,<br>Caldwell's Talent Acquisition</p>
<p style="font-size:11px;color:#777">Caldwell Retail Holdings, Inc. &middot; Please do not reply to this email.</p>
</body></html>""",
    ),
    m(
        "d9oe",
        "2025-10-20 08:10",
        "Caldwell's Talent Acquisition <do-not-reply@shl.com>",
        "Caldwell's Distribution - Online Assessment Invitation",
        A("assessment", CAL, CALR, 10, "other"),
        text="""\
Dear Marcus Whitaker,

Thank you for your interest in Caldwell's. As part of the selection process for Inventory Control
Lead - DC 6082, you are invited to complete an online assessment.

  Assessment: Distribution Center Leader Solution
  Estimated time: 35 minutes
  Please complete by: October 24, 2025, 11:59 PM ET

Begin assessment: https://caldwells.shl.com/assess/login?c=7Q2XK-91LMA-0PZ3R

Technical requirements: a recent version of Chrome, Edge, Safari or Firefox. Mobile devices are
supported but a computer is recommended.

If you require a reasonable accommodation, please contact talentacquisition@caldwells.example
before starting.

Regards,
Caldwell's Talent Acquisition

This email was sent by SHL on behalf of Caldwell's. SHL, 3001 Bishop Drive, San Ramon, CA 94583.
""",
    ),
    m(
        "i4tu",
        "2025-11-12 11:34",
        "Tasha Greene <crh@myworkday.com>",
        "Update on your application - Inventory Control Lead (R-0098812)",
        A("confirmation", CAL, CALR, 10, "workday"),
        st="on_hold",
        text="""\
Hello Marcus,

I wanted to give you an update. The Inventory Control Lead requisition at DC 6082 has been placed
on hold while our distribution leadership finalizes staffing plans for the new fiscal year.

Your application remains active, and you don't need to do anything right now. If the requisition
reopens, I will reach out to you directly about next steps. Thank you for your patience and for
completing the assessment.

Regards,
Tasha Greene
Recruiter, Supply Chain
Caldwell's
""",
    ),
    # --- 11. Ridgeview Foods, Inventory Control Supervisor: hiring fair, BambooHR ---------------
    m(
        "u6lm",
        "2025-10-20 12:21",
        "Kara Lindqvist <klindqvist@ridgeviewbrands.example>",
        "Great meeting you at the hiring fair",
        J("outreach", "direct", RVF, RVFR),
        text="""\
Hi Marcus,

It was great meeting you at the Fall Hiring Fair on Saturday. Like I mentioned at the table, our
Groveport plant (Ridgeview Foods - we make the frozen pierogies and sides) is looking for an
Inventory Control Supervisor on first shift, and your cycle count and RF scanner background
sounds like a good fit.

Please apply online so I can move you along - it takes about 10 minutes:
https://ridgeviewbrands.bamboohr.com/careers/118

Once you've applied, send me a quick note and I'll flag it for the plant manager.

Thanks!
Kara

Kara Lindqvist
Talent Acquisition Specialist | Ridgeview Brands
Ridgeview Foods · Ridgeview Bakery · Lakeside Dairy Co.
""",
    ),
    m(
        "l3wo",
        "2025-10-21 07:44",
        "Ridgeview Foods <notifications@app.bamboohr.com>",
        "Thanks for applying to Ridgeview Foods",
        A("confirmation", RVF, RVFR, 11, "bamboohr"),
        text="""\
Hi Marcus,

Thank you for your interest in the Inventory Control Supervisor position at Ridgeview Foods.
We've received your application and our team will review it soon.

Thanks again,
Ridgeview Foods

-- This is an automated message sent via BambooHR. Please do not reply.
""",
    ),
    m(
        "p1ey",
        "2025-11-04 14:15",
        "Kara Lindqvist <klindqvist@ridgeviewbrands.example>",
        "Invitation: On-site interview - Marcus Whitaker / Ridgeview Foods @ Thu Nov 6, 2025 1pm - 2pm (EST)",
        A("interview", RVF, RVFR, 11, "direct"),
        text="""\
You have been invited to the following event.

On-site interview - Marcus Whitaker / Ridgeview Foods
When: Thu Nov 6, 2025 1pm - 2pm (EST)
Where: Ridgeview Foods Groveport, 4455 Pinnacle Rd, Groveport, OH 43125 (Lobby)
Who:
  Kara Lindqvist - organizer
  Steve Abernathy
  mdwhitaker.gc@gmail.com

Marcus - you'll meet Steve (Plant Manager) and then walk the freezer and shipping floor. We'll
have a coat for you. Hard-soled closed-toe shoes please.

Going (mdwhitaker.gc@gmail.com)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.
""",
        ics=ics(
            "4k8h2rvf0d1qsm7c3ne9pl5tj6@google.com",
            "2025-11-06 13:00",
            "On-site interview - Marcus Whitaker / Ridgeview Foods",
            ("Kara Lindqvist", "klindqvist@ridgeviewbrands.example"),
            location="Ridgeview Foods Groveport, 4455 Pinnacle Rd, Groveport, OH 43125",
            attendees=[("Steve Abernathy", "sabernathy@ridgeviewbrands.example")],
        ),
    ),
    m(
        "x5qi",
        "2025-11-20 16:42",
        "Ridgeview Brands Careers <careers@ridgeviewbrands.example>",
        "Ridgeview Foods - Inventory Control Supervisor",
        A("rejection", RVF, RVFR, 11, "direct"),
        text="""\
Hi Marcus,

Thank you for your time with Steve and the team at our Groveport plant. We know looking for work
takes a lot of energy and we appreciated how prepared you were.

We've made the difficult decision to go with a candidate who has more experience in food
manufacturing and our SAP inventory module. I'd genuinely like to keep in touch - we have
frequent supervisor openings across Ridgeview Brands and I'll keep your resume in mind.

Best,
Kara Lindqvist
Talent Acquisition Specialist | Ridgeview Brands
""",
    ),
]
