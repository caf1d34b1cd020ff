# ruff: noqa: E501, RUF100
"""Corpus 142, job mail part one (data only): see heldout142.py.

Also the corpus's shared helpers: the time zones, ``m()`` / ``ms()``, the label shorthands and
the employer and role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Brisbane's offset on ``day`` (Queensland keeps AEST all year)."""
    return "+1000"


def tz_syd(day: str) -> str:
    """Sydney's and Canberra's offset on ``day`` (AEDT from 5 October 2025 to 5 April 2026)."""
    return "+1100" if "2025-10-05" <= day < "2026-04-05" else "+1000"


m = partial(dated_spec, tz)  # Brisbane senders (and most vendors' Australian mailers)
ms = partial(dated_spec, tz_syd)  # Sydney and Canberra senders


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
    """A calendar invitation; ``start`` is "YYYY-MM-DD HH:MM" in Brisbane time, or in Sydney
    time with ``zone="sydney"`` (Outlook invitations then carry Sydney's VTIMEZONE)."""
    zone = tz_syd if kw.get("zone") == "sydney" else tz
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {zone(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(parent: dict[str, Any] | str, *older: str) -> dict[str, str]:
    """Threading headers of a reply to ``parent`` (a spec or a Message-ID)."""
    mid = parent if isinstance(parent, str) else parent["id"]
    return {"In-Reply-To": mid, "References": " ".join([*older, mid])}


ME_NAME, ME_ADDR = "Declan Ruatapu-Hughes", "declan.ruatapuhughes@gmail.com"

QH, QH1, QH2 = (
    "Queensland Health",
    "Clinical Nurse Consultant – Digital Health",
    "Nurse Educator – Digital Health",
)
QH3 = "Clinical Nurse – ieMR Optimisation"
RB, RBR = "Riverbend Private Hospital", "Clinical Informatics Nurse"
TW, TW1, TW2 = "Tidewell Health", "Clinical Implementation Consultant", "Clinical Safety Officer"
W9, W9R = "Ward9", "Clinical Product Specialist"
AK, AKR = "Ashgrove Kemp", "Senior Consultant – Digital Health"
BRU, BRUR = "Brisbane Riverside University", "Lecturer in Nursing (Digital Health)"
BG, BGR = "Bluegum Aged Care", "Clinical Systems Nurse Educator"
HL, HLR = "Harbourline Health", "Clinical Informatics Analyst"
KF, KFR = "Kinfolk Community Services", "Clinical Governance and Practice Lead"
MD, MDR = "Meridian Diagnostics", "Clinical Informatics Specialist"
SW, SWR = "Staffwell Health Workforce", "ieMR Go-Live Support Nurse"
EB, EBR = "Eastbrook Health", "Clinical Applications Analyst – Epic"
SD, SDR = "Stradbroke Day Hospital", "Nurse Educator – Clinical Systems"
DH, DHR = "Digital Health Standards Agency", "Clinical Safety Advisor"
BP, BPR = "Burleigh Private Hospital", "Clinical Nurse – Digital Transformation"
LU, LUR = "Lumina Health Partners", "EMR Trainer – Cerner"
OX, OXR = "Oxley Community Health", "Health Information Systems Officer"
PB, PBR = "Paperbark Software", "Clinical Product Owner"
SC, SCR = "St Clement's Health", "Clinical Informatics Educator"

QHD = """

********************************************************************************
This email, including any attachments sent with it, is confidential and for the sole use of the intended recipient(s). This confidentiality is not waived or lost, if you receive it and you are not the intended recipient(s), or if it is transmitted/received in error.
Any unauthorised use, alteration, disclosure, distribution or review of this email is strictly prohibited. The information contained in this email, including any attachment sent with it, may be subject to a statutory duty of confidentiality if it relates to health service matters.
If you are not the intended recipient(s), or if you have received this email in error, you are asked to immediately notify the sender by telephone collect on Australia +61 1800 198 175 or by return email. You should also delete this email, and any copies, from your computer system network and destroy any hard copies produced.
********************************************************************************
"""

SEEK_FOOT = """
<p style="font-size:11px;color:#6b7280">You're receiving this email because you applied for a job on SEEK.
<a href="https://click.s.seek.com.au/?qs=8f1e0a55c2&amp;u=settings">Manage your email preferences</a> &middot;
<a href="https://www.seek.com.au/privacy">Privacy</a><br>
SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121, Australia</p>
"""

# --- 1. Queensland Health (Logan Bayside HHS): CNC Digital Health, Smart Jobs -------------

_qh_invite = m(
    "k4v1",
    "2025-10-06 15:12",
    "Karleen Moffatt <Karleen.Moffatt@health.qld.example>",
    "Interview invitation - CNC Digital Health QLD/LBHHS649105",
    A("interview", QH, QH1, 1, "direct"),
    text="""Good afternoon Declan

Thank you for your application for the position of Clinical Nurse Consultant - Digital Health (NG7), Job Ref QLD/LBHHS649105.

I am pleased to advise that you have been shortlisted and invite you to attend a panel interview:

Date:      Wednesday 15 October 2025
Time:      10:00am - 10:45am (please arrive 10 minutes early)
Location:  Logan Bayside Hospital, Admin Building Level 2, Meeting Room 2.14
           (MS Teams is available if you are unable to attend in person - please let me know)

Panel:
  Karleen Moffatt - Nursing Director, Digital Health (Chair)
  Dr Anand Subramaniam - Chief Medical Information Officer
  Toni Greaves - Nurse Unit Manager, Medical Assessment Unit

You will be asked to give a 5 minute presentation on the following topic: "Keeping clinicians on side through an ieMR upgrade - what would you do in the first 90 days?" No slides are required, but you are welcome to bring a one-page handout.

Please bring photo identification and have your AHPRA registration number handy. If you require any reasonable adjustments for the interview, just let me know.

Could you please confirm your attendance by reply email by close of business Thursday.

Kind regards

Karleen

Karleen Moffatt
Nursing Director - Digital Health
Logan Bayside Hospital and Health Service | Queensland Health
P 07 3299 4410 | M 0438 112 907
Level 2, Admin Building, Logan Bayside Hospital
"""
    + QHD,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F0D4A26A1E37DC01000000000000000010000000B2C8",
        "2025-10-15 10:00",
        "Interview - CNC Digital Health (D Ruatapu-Hughes)",
        ("Moffatt, Karleen", "Karleen.Moffatt@health.qld.example"),
        style="outlook",
        minutes=45,
        location="Logan Bayside Hospital - Admin Level 2 - Meeting Room 2.14",
        description="Panel interview QLD/LBHHS649105. Teams link in the email if needed.",
    ),
)

_qh_ref = m(
    "k4v2",
    "2025-10-21 09:03",
    "Karleen Moffatt <Karleen.Moffatt@health.qld.example>",
    "RE: Interview invitation - CNC Digital Health QLD/LBHHS649105",
    J("other_job", "direct", QH, QH1),
    text="""Hi Declan

Thanks again for coming in last Wednesday, the panel enjoyed your presentation - the idea of "ward champions" on every shift got a lot of nods.

We would now like to proceed to referee checks. Could you please send me the name, position, phone number and email address of two referees, one of whom must be your current line manager (or someone who has supervised you in the last two years)?

I'll aim to call them this week and next.

Cheers
Karleen

Karleen Moffatt
Nursing Director - Digital Health
Logan Bayside Hospital and Health Service

-----Original Message-----
From: Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com>
Sent: Tuesday, 7 October 2025 6:48 PM
To: Moffatt, Karleen <Karleen.Moffatt@health.qld.example>
Subject: Re: Interview invitation - CNC Digital Health QLD/LBHHS649105

Hi Karleen,

Thank you, I'm happy to confirm I'll attend in person on Wednesday 15 October at 10am.

Kind regards,
Declan
"""
    + QHD,
    **reply(_qh_invite, "<CAJ7w1kQvL3x@mail.gmail.com>"),
)

QH_MAIL = [
    m(
        "k4v0",
        "2025-09-09 21:47",
        "Smart Jobs and Careers <noreply@smartjobs.qld.gov.au>",
        "Application acknowledgement - QLD/LBHHS649105",
        A("confirmation", QH, QH1, 1, "other"),
        text="""Dear Declan Ruatapu-Hughes

Thank you for your application for the following position with the Queensland Government:

Job Ref:        QLD/LBHHS649105
Position:       Clinical Nurse Consultant - Digital Health
Classification: Nurse Grade 7 (NG7)
Organisation:   Logan Bayside Hospital and Health Service
Location:       Meadowbrook
Closing date:   Monday, 15 September 2025

Your application has been received and will be forwarded to the selection panel after the closing date. You can check the status of your application at any time by logging in to My SmartJob.

Please keep this email as confirmation of your submission.

For enquiries about this vacancy please contact the person named in the job advertisement. Please do not reply to this email as this mailbox is not monitored.

Regards

Smart Jobs and Careers
Queensland Government
https://smartjobs.qld.gov.au
""",
    ),
    _qh_invite,
    _qh_ref,
    m(
        "k4v3",
        "2025-11-17 14:26",
        "LBHHS Recruitment <LBHHS-Recruitment@health.qld.example>",
        "Job Ref QLD/LBHHS649105 - Outcome",
        A("rejection", QH, QH1, 1, "direct"),
        text="""Dear Declan

Re: Clinical Nurse Consultant - Digital Health (NG7) - QLD/LBHHS649105

Thank you for your interest in the above position and for the time you gave to the selection process.

The selection process has now been finalised. I regret to inform you that you have not been successful on this occasion.

The panel assessed you as suitable for the role. In accordance with the Directive on Recruitment and Selection, your application may be considered for similar vacancies that arise within Logan Bayside Hospital and Health Service in the next 12 months.

If you would like feedback on your application or interview, please contact the panel chair, Karleen Moffatt, on 07 3299 4410.

Thank you again for your interest in working with Logan Bayside Hospital and Health Service and we wish you every success in the future.

Yours sincerely

Recruitment Services
People and Culture | Logan Bayside Hospital and Health Service
Queensland Health
"""
        + QHD,
    ),
]

# --- 2. Riverbend Private Hospital (Aurelia Health Group), SmartRecruiters ----------------------

_rb_offer = m(
    "r8c3",
    "2025-10-24 16:41",
    "Jess Kowalczyk <jess.kowalczyk@aureliahealth.example>",
    "Riverbend - your offer",
    A("offer", RB, RBR, 2, "direct"),
    text="""Hi Declan,

As promised on the phone this arvo - it's official! On behalf of Mel and the team at Riverbend, I'm really pleased to attach your letter of offer for the Clinical Informatics Nurse position.

Quick summary (the letter has the detail):
- 0.8 FTE, fixed term for 12 months (parental leave cover), Monday to Thursday
- Registered Nurse Grade 2, paid at your current increment plus a 10% informatics allowance
- Based at Riverbend, Kangaroo Point, with some days at our Coomera hospital during the PAS changeover
- Proposed start date Monday 1 December 2025

To accept, just sign page 4 and send it back to me, or let me know if you have any questions. We'd love to hear back by Friday 31 October.

Congratulations again - the panel was genuinely impressed.

Jess

Jess Kowalczyk
Talent Acquisition Partner - Nursing
Aurelia Health Group | Riverbend Private Hospital · Coomera Private Hospital · Pimpama Day Surgery
M 0412 884 301

Aurelia Health Group Pty Ltd ABN 61 604 227 918. This email and any attachments are confidential. If you have received it in error please notify the sender and delete it.
""",
    attach=[
        (
            "Letter of Offer - D Ruatapu-Hughes - Clinical Informatics Nurse.pdf",
            "application/pdf",
            "%PDF-1.4\n% Letter of offer (placeholder)\n",
        )
    ],
)

RB_MAIL = [
    m(
        "r8c0",
        "2025-09-15 08:02",
        "Aurelia Health Group <noreply@smartrecruiters.com>",
        "Thank you for your application",
        A("confirmation", RB, RBR, 2, "smartrecruiters"),
        html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2937">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/5f7c1e/huge?r=s3" alt="Aurelia Health Group" height="48">
<p>Hi Declan,</p>
<p>Thank you for applying for the <strong>Clinical Informatics Nurse</strong> position at <strong>Riverbend Private Hospital, Kangaroo Point</strong>.</p>
<p>We've received your application and our Talent Acquisition team will review it against the requirements of the role. If your experience is a match, someone from the team will be in touch to discuss next steps. Due to the number of applications we receive, this can take up to two weeks.</p>
<p>In the meantime, you can check on your application at any time in <a href="https://my.smartrecruiters.com/?utm_source=email&amp;utm_medium=candidate">your SmartRecruiters profile</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Aurelia Health Group</p>
<hr>
<p style="font-size:11px;color:#6b7280">Aurelia Health Group Pty Ltd is committed to a safe and inclusive workplace. We acknowledge the Traditional Owners of the lands on which our hospitals stand.<br>
Powered by <a href="https://www.smartrecruiters.com">SmartRecruiters</a> &middot; <a href="https://jobs.smartrecruiters.com/AureliaHealthGroup1/privacy-policy">Privacy policy</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "r8c1",
        "2025-09-26 11:18",
        "Jess Kowalczyk <jess.kowalczyk@aureliahealth.example>",
        "quick chat re Clinical Informatics Nurse?",
        A("interview", RB, RBR, 2, "direct"),
        text="""Hi Declan,

I'm the Talent Acquisition Partner looking after nursing roles at Riverbend and our two Gold Coast sites. Thanks for your application for the Clinical Informatics Nurse role - your superuser work on the ieMR rollout really stood out.

Before we line you up with the hiring manager, I'd love a 15-20 minute phone chat to run through the basics (availability, FTE, salary expectations, that sort of thing). Would either of these work?

- Tuesday 30 Sept, 12:30pm
- Wednesday 1 Oct, any time after 3pm

I'll call you on the mobile on your application unless you tell me otherwise.

Thanks!
Jess

Jess Kowalczyk | Talent Acquisition Partner - Nursing
Aurelia Health Group
""",
    ),
    m(
        "r8c2",
        "2025-10-02 09:37",
        "Jess Kowalczyk <jess.kowalczyk@aureliahealth.example>",
        "Invitation: Interview - Clinical Informatics Nurse (Declan Ruatapu-Hughes) @ Thu 9 Oct 2025 2pm - 3pm (AEST)",
        A("interview", RB, RBR, 2, "direct"),
        text="""You have been invited to the following event.

Interview - Clinical Informatics Nurse (Declan Ruatapu-Hughes)
When: Thursday 9 Oct 2025 2pm - 3pm (Australian Eastern Standard Time - Brisbane)
Where: Riverbend Private Hospital, 40 Lambert St, Kangaroo Point - Level 3 Boardroom (ask at main reception)
Calendar: declan.ruatapuhughes@gmail.com
Who:
  * Jess Kowalczyk - organiser
  * Melissa Carrington (Director of Nursing)
  * Ivan Petrakis (IT Systems Manager)
  * declan.ruatapuhughes@gmail.com

Hi Declan - great chatting yesterday. Mel and Ivan will be on the panel; expect a mix of behavioural questions and a scenario about a downtime event. Parking is limited, the 234 bus stops out the front. Jess

Going (declan.ruatapuhughes@gmail.com)? Yes - Maybe - No    more options »

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        ics=ics(
            "6r3k1lq0b8m2a7tq4ceo9v1s8d@google.com",
            "2025-10-09 14:00",
            "Interview - Clinical Informatics Nurse (Declan Ruatapu-Hughes)",
            ("Jess Kowalczyk", "jess.kowalczyk@aureliahealth.example"),
            attendees=[
                ("Melissa Carrington", "melissa.carrington@aureliahealth.example"),
                ("Ivan Petrakis", "ivan.petrakis@aureliahealth.example"),
            ],
            location="Riverbend Private Hospital, 40 Lambert St, Kangaroo Point QLD 4169",
            description="Panel: Director of Nursing and IT Systems Manager. Scenario question on downtime procedures.",
        ),
    ),
    _rb_offer,
    m(
        "r8c4",
        "2025-10-30 10:05",
        "Jess Kowalczyk <jess.kowalczyk@aureliahealth.example>",
        "RE: Riverbend - your offer",
        A("offer", RB, RBR, 2, "direct"),
        st="declined",
        text="""Hi Declan,

Thanks for being so upfront - I completely understand, and honestly it's the right call if the fixed term and 0.8 don't stack up for you right now. I've let Mel know and she asked me to pass on that she was sorry to miss out.

We're expecting a couple of permanent roles in the new year when the Coomera expansion opens, so don't be a stranger. I'll keep your details on file (with your permission).

All the best,
Jess

From: Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com>
Sent: Wednesday, October 29, 2025 9:14 PM
To: Jess Kowalczyk <jess.kowalczyk@aureliahealth.example>
Subject: Re: Riverbend - your offer

Hi Jess,

Thank you so much for the offer and for how smooth the whole process has been. After a lot of thinking (and a spreadsheet) I've decided not to accept. With my rent going up I can't make a 12-month, 0.8 contract work, and I don't want to leave my permanent position for a fixed term.

Please pass on my thanks to Mel and Ivan - I really enjoyed meeting them and would love to be considered for anything permanent down the track.

Kind regards,
Declan
""",
        **reply(_rb_offer, "<CAJ7w1kSx0Tq@mail.gmail.com>"),
    ),
]

# --- 3 and 4. Tidewell Health, Lever ------------------------------------------------------------

_tw_int = m(
    "t2h2",
    "2025-09-30 13:55",
    "Marnie Oyelaran <no-reply@hire.lever.co>",
    "Interview confirmation: Tidewell Health - Clinical Implementation Consultant",
    A("interview", TW, TW1, 3, "lever"),
    reply_to="marnie.oyelaran@tidewellhealth.example",
    text="""Hi Declan,

Thanks for sending through your case study - the team had a good read. We'd like to invite you to a 60 minute panel interview, details below.

When: Tuesday 7 October, 11:00am - 12:00pm (Brisbane time)
Where: Google Meet - https://meet.google.com/vkt-rqbe-hzn
With: Marnie Oyelaran (Implementation Lead), Dr Fiona Gale (Clinical Director) and Josh Tran (Product Manager, Medications)

About half the time will be spent walking through your case study, so have it handy. A calendar invitation is attached.

Talk soon,
Marnie

--
Marnie Oyelaran
Implementation Lead | Tidewell Health
Level 4, 21 Wandoo St, Fortitude Valley QLD 4006

Sent via Lever
""",
    ics=ics(
        "lever-2c71f0a8-55ee-4cb2-9d1e-1a0c7fb4e263",
        "2025-10-07 11:00",
        "Tidewell Health | Panel interview - Declan Ruatapu-Hughes",
        ("Marnie Oyelaran", "marnie.oyelaran@tidewellhealth.example"),
        attendees=[
            ("Fiona Gale", "fiona.gale@tidewellhealth.example"),
            ("Josh Tran", "josh.tran@tidewellhealth.example"),
        ],
        location="https://meet.google.com/vkt-rqbe-hzn",
    ),
)

TW_MAIL = [
    m(
        "t2h0",
        "2025-09-04 19:22",
        "Tidewell Health <no-reply@hire.lever.co>",
        "Thanks for applying to Tidewell Health!",
        A("confirmation", TW, TW1, 3, "lever"),
        text="""Hi Declan,

Thanks so much for your interest in the Clinical Implementation Consultant role at Tidewell Health - we're excited to read your application!

Our team reviews every application personally, so it might take us a week or two to get back to you. If there's a fit, we'll reach out to set up a time to chat.

In the meantime, you can learn more about how our medication-management platform is used on the wards at https://tidewellhealth.example/stories.

Cheers,
The Tidewell Health team
""",
        html="""<div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;max-width:560px">
<p>Hi Declan,</p>
<p>Thanks so much for your interest in the <b>Clinical Implementation Consultant</b> role at Tidewell Health - we're excited to read your application!</p>
<p>Our team reviews every application personally, so it might take us a week or two to get back to you. If there's a fit, we'll reach out to set up a time to chat.</p>
<p>In the meantime, you can learn more about how our medication-management platform is used on the wards <a href="https://tidewellhealth.example/stories">here</a>.</p>
<p>Cheers,<br>The Tidewell Health team</p>
<p style="color:#9ca3af;font-size:11px">Sent via <a href="https://www.lever.co">Lever</a></p>
</div>""",
    ),
    m(
        "t2h1",
        "2025-09-17 10:31",
        "Marnie Oyelaran <no-reply@hire.lever.co>",
        "Next step: a short case study",
        A("assessment", TW, TW1, 3, "lever"),
        reply_to="marnie.oyelaran@tidewellhealth.example",
        text="""Hi Declan,

Great to chat on the phone on Monday. As mentioned, the next step for the Clinical Implementation Consultant role is a short written case study.

The scenario
A 320-bed regional hospital is going live with Tidewell's medication administration module across 14 wards in six weeks. Two wards have had a bad experience with a previous system and the nursing staff are sceptical.

What we'd like from you (max 2 pages, dot points are fine):
1. Your go-live support plan for the first two weeks (roster, superusers, escalation).
2. How you would win over the two sceptical wards.
3. Three things you'd measure to know the go-live is safe.

Please send it back by replying to this email by 9am Monday 22 September. There's no "right answer" - we're interested in how you think.

Thanks,
Marnie

--
Marnie Oyelaran
Implementation Lead | Tidewell Health

Sent via Lever
""",
    ),
    _tw_int,
    m(
        "t2h3",
        "2025-10-20 16:48",
        "Marnie Oyelaran <no-reply@hire.lever.co>",
        "Update regarding your application",
        A("rejection", TW, TW1, 3, "lever"),
        reply_to="marnie.oyelaran@tidewellhealth.example",
        text="""Hi Declan,

Thank you for the time and thought you put into our process over the last few weeks. The panel genuinely enjoyed meeting you - your case study was one of the most practical we received, and Fiona is still talking about your idea of pairing each sceptical ward with a "buddy" ward that had gone live first.

It was a really close decision, but we've decided to move forward with another candidate whose vendor-side implementation experience more closely matches where the team is right now.

I know that's disappointing to hear. We'd love to stay in touch - we're growing quickly and I expect more clinical roles to open next year. I'd also be happy to jump on a 10 minute call if you'd like any feedback.

All the best,
Marnie

--
Marnie Oyelaran
Implementation Lead | Tidewell Health
""",
    ),
    m(
        "t2h4",
        "2025-11-11 07:50",
        "Tidewell Health <no-reply@hire.lever.co>",
        "Your application to Tidewell Health",
        A("confirmation", TW, TW2, 4, "lever"),
        text="""Hi Declan,

We've got your application for Clinical Safety Officer (Remote, AU) - thank you! Nice to see your name again.

This role sits in our Quality & Safety team and works closely with our clinical safety case for the TGA. Sam Whitlock (Head of Quality & Safety) is reviewing applications and we'll be in touch either way within about two weeks.

Thanks,
Tidewell Health Talent

Sent via Lever
""",
    ),
    m(
        "t2h5",
        "2025-12-04 12:12",
        "Sam Whitlock <sam.whitlock@tidewellhealth.example>",
        "Clinical Safety Officer role",
        A("confirmation", TW, TW2, 4, "direct"),
        st="on_hold",
        text="""Hi Declan,

I wanted to give you a straight update rather than leave you hanging. We've made the call to pause hiring for the Clinical Safety Officer role until after our Q1 planning - a couple of big customer contracts have shifted into next financial year and we need to see how that lands before adding headcount.

Your application stays active on our side, and you were on my shortlist, so I'll reach out directly in February when I know more. Sorry it's not a more exciting email.

Sam

Sam Whitlock
Head of Quality & Safety, Tidewell Health
Tidewell Health Pty Ltd · Fortitude Valley QLD
""",
    ),
]

# --- 5. Ward9 (Ward Nine Technologies Pty Ltd), Ashby, Sydney --------------------------------

_w9_conf = ms(
    "w9a2",
    "2025-11-27 15:06",
    "Ward9 <no-reply@ashbyhq.com>",
    "Confirmed: Intro call with Ward9 on Wed, Dec 3",
    A("interview", W9, W9R, 5, "ashby"),
    text="""Hi Declan,

Your intro call is booked.

Clinical Product Specialist - Intro call
Wednesday, December 3, 2025
10:30 AM - 11:15 AM AEDT (9:30 AM - 10:15 AM Brisbane)
Interviewer: Ana Lindqvist (Talent Partner)
Location: Google Meet - https://meet.google.com/pza-wnfd-ekc

Need to make a change? Reschedule or cancel here: https://app.ashbyhq.com/interview-schedule/8d5f3a20-e1cc-4b7e-a2d0-6b11f1d0c9a4

Ward9
""",
    ics=ics(
        "ashby-8d5f3a20-e1cc-4b7e-a2d0-6b11f1d0c9a4",
        "2025-12-03 09:30",
        "Ward9 - Intro call (Clinical Product Specialist)",
        ("Ana Lindqvist", "ana.lindqvist@ward9.example"),
        minutes=45,
        location="https://meet.google.com/pza-wnfd-ekc",
    ),
)

_w9_offer = ms(
    "w9a6",
    "2026-01-21 17:20",
    "Tomasz Brennan <tomasz@ward9.example>",
    "Offer - Clinical Product Specialist",
    A("offer", W9, W9R, 5, "direct"),
    cc="Ana Lindqvist <ana.lindqvist@ward9.example>",
    text="""Hi Declan,

Following up on our call this afternoon - I'm thrilled to formally offer you the role of Clinical Product Specialist at Ward9.

The headlines:
* Base salary $128,000 + 12% superannuation
* Permanent, full time, remote from Brisbane, with roughly one week a month in our Surry Hills office (travel covered)
* 0.1% options under our ESOP, vesting over four years with a one-year cliff
* Start date Monday 2 March 2026 (flexible if you need to give more notice)

Ana will send the employment agreement through DocuSign tomorrow morning. Have a read, ask us anything, and if you're happy just sign there.

The whole team was unanimous after the final round. Your answer on how you'd handle the nurse who "just wants the old paper chart back" was the best we've heard.

Cheers,
Tomasz

Tomasz Brennan
Head of Clinical | Ward9
Ward Nine Technologies Pty Ltd · Level 2, 88 Foveaux St, Surry Hills NSW 2010
""",
)

W9_MAIL = [
    ms(
        "w9a0",
        "2025-11-19 20:44",
        "Ward9 <no-reply@ashbyhq.com>",
        "Thanks for applying to Ward9",
        A("confirmation", W9, W9R, 5, "ashby"),
        html="""<!DOCTYPE html><html><body style="margin:0;background:#f6f7fb">
<div style="max-width:560px;margin:24px auto;background:#fff;padding:32px;font-family:Inter,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#111827">
<img src="https://app.ashbyhq.com/api/images/org-theme-logo/4b6f1a9c/ward9.png" alt="Ward9" width="96">
<p>Hi Declan,</p>
<p>Thanks for applying for the <strong>Clinical Product Specialist</strong> role! We're a small team building the bedside workflow layer for hospital EMRs, so we read every application ourselves.</p>
<p>We aim to get back to everyone within 10 business days. If you have any questions in the meantime, just reply to this email.</p>
<p>Cheers,<br>The Ward9 team</p>
</div>
<p style="text-align:center;font:11px Helvetica,sans-serif;color:#9ca3af">Ward Nine Technologies Pty Ltd &middot; Surry Hills NSW<br>Powered by Ashby</p>
</body></html>""",
    ),
    ms(
        "w9a1",
        "2025-11-26 11:32",
        "Ana Lindqvist <no-reply@ashbyhq.com>",
        "Ward9: let's find a time to chat",
        A("interview", W9, W9R, 5, "ashby"),
        reply_to="ana.lindqvist@ward9.example",
        text="""Hi Declan,

Thanks again for applying for the Clinical Product Specialist role. We loved your application (the line about being "the nurse everyone calls when the barcode scanner hates them" made us laugh) and we'd like to set up a 45-minute intro call with me.

Please pick a time that works for you here:
https://app.ashbyhq.com/interview-schedule/8d5f3a20-e1cc-4b7e-a2d0-6b11f1d0c9a4

Times are shown in your local time zone. If none of them suit, just reply and we'll sort something out.

Ana Lindqvist
Talent Partner, Ward9
""",
    ),
    _w9_conf,
    ms(
        "w9a3",
        "2025-12-02 08:15",
        "Ward9 <no-reply@ashbyhq.com>",
        "Rescheduled: Intro call with Ward9 - now Fri, Dec 5",
        A("interview", W9, W9R, 5, "ashby"),
        text="""Hi Declan,

Your interview has been rescheduled. Ana has a clash on Wednesday morning - apologies for the shuffle.

Clinical Product Specialist - Intro call
NEW TIME: Friday, December 5, 2025
2:00 PM - 2:45 PM AEDT (1:00 PM - 1:45 PM Brisbane)
Previously: Wednesday, December 3, 10:30 AM AEDT
Interviewer: Ana Lindqvist
Location: Google Meet - https://meet.google.com/pza-wnfd-ekc

If the new time doesn't work, pick another one here: https://app.ashbyhq.com/interview-schedule/8d5f3a20-e1cc-4b7e-a2d0-6b11f1d0c9a4

Ward9
""",
        ics=ics(
            "ashby-8d5f3a20-e1cc-4b7e-a2d0-6b11f1d0c9a4",
            "2025-12-05 13:00",
            "Ward9 - Intro call (Clinical Product Specialist)",
            ("Ana Lindqvist", "ana.lindqvist@ward9.example"),
            minutes=45,
            sequence=1,
            location="https://meet.google.com/pza-wnfd-ekc",
        ),
        **reply(_w9_conf),
    ),
    ms(
        "w9a4",
        "2025-12-12 14:02",
        "Ana Lindqvist <ana.lindqvist@ward9.example>",
        "Final round - Ward9 Surry Hills, Tue 13 Jan",
        A("interview", W9, W9R, 5, "direct"),
        text="""Hi Declan,

Great news - Tomasz and Priya loved the product walkthrough and we'd like to invite you to our final round, in person at our Surry Hills office.

Tuesday 13 January 2026, 10:00am - 12:30pm AEDT
Level 2, 88 Foveaux St, Surry Hills

The morning will be:
- 10:00 Coffee and office tour
- 10:20 Workflow exercise with Priya (Product Design) - we'll give you a messy real-world handover scenario and sketch it together, no prep needed
- 11:15 Conversation with Tomasz (Head of Clinical) and Ben (CEO)
- 12:00 Lunch with a couple of the engineers (optional but fun)

We'll book and pay for your flights - could you send me your full name as on your ID and your preferred flight times? The 7:00am Virgin out of BNE usually works well.

Invite attached. Have a lovely Christmas if I don't speak to you before!

Ana
""",
        ics=ics(
            "3o9cvd2r1b7gq4pn8k0s6tq5fe@google.com",
            "2026-01-13 09:00",
            "Ward9 final round - Declan Ruatapu-Hughes (in person)",
            ("Ana Lindqvist", "ana.lindqvist@ward9.example"),
            minutes=150,
            attendees=[
                ("Tomasz Brennan", "tomasz@ward9.example"),
                ("Priya Nandakumar", "priya@ward9.example"),
            ],
            location="Ward9, Level 2, 88 Foveaux St, Surry Hills NSW 2010",
        ),
    ),
    _w9_offer,
    m(
        "w9a7",
        "2026-01-22 08:31",
        "Ana Lindqvist via Docusign <dse@docusign.net>",
        "Complete with Docusign: Ward9 - Employment Agreement - D Ruatapu-Hughes.pdf",
        A("offer", W9, W9R, 5, "docusign"),
        reply_to="Ana Lindqvist <ana.lindqvist@ward9.example>",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff"><tr><td style="padding:24px">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:16px">
Ana Lindqvist sent you a document to review and sign.<br><br>
<a href="https://au.docusign.net/Signing/EmailStart.aspx?a=7c2d9e10-44b1-4b19-bf0e-3f9f1aa20e55&amp;etti=24&amp;acct=93b1c2aa" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></div>
<p><b>Ana Lindqvist</b><br>ana.lindqvist@ward9.example</p>
<p>Hi Declan - here's your employment agreement. Please review and sign when you're ready. Welcome (almost) aboard! Ana</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:12px;color:#666"><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "w9a8",
        "2026-01-22 19:47",
        "Docusign via Docusign <dse@docusign.net>",
        "Completed: Ward9 - Employment Agreement - D Ruatapu-Hughes.pdf",
        A("offer", W9, W9R, 5, "docusign"),
        st="accepted",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff"><tr><td style="padding:24px">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:16px">
Your document has been completed<br><br>
<a href="https://au.docusign.net/Member/EmailStart.aspx?a=0b6e51d3-9a0e-4f6c-8d52-61e2f7c0a9b4&amp;r=2" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a></div>
<p>All parties have completed <b>Ward9 - Employment Agreement - D Ruatapu-Hughes.pdf</b>.</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
    ),
    ms(
        "w9a5",
        "2026-01-15 10:12",
        "Xref <noreply@xref.com>",
        "Ward9 has asked you to nominate your referees",
        J("other_job", "other", W9, W9R),
        html="""<div style="font-family:Arial,sans-serif;max-width:600px;font-size:14px">
<p>Hi Declan,</p>
<p><b>Ana Lindqvist</b> from <b>Ward9</b> has requested that you provide <b>2 referees</b> as part of your application for <b>Clinical Product Specialist</b>.</p>
<p>It only takes a few minutes. You'll need each referee's name, email address and mobile number, and how you worked together.</p>
<p><a href="https://app.xref.com/candidate/nominate?token=f7a1c0d2b9e84c61" style="background:#00a19a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Nominate referees</a></p>
<p>Your referees will receive a short online questionnaire. You'll be notified when each one is complete.</p>
<p style="color:#777;font-size:11px">Xref Limited &middot; Sent on behalf of Ward9. Questions about the role? Contact Ana Lindqvist directly.<br>
<a href="https://www.xref.com/privacy">Privacy</a></p></div>""",
    ),
    ms(
        "w9a9",
        "2026-01-28 13:40",
        "People @ Ward9 <people@ward9.example>",
        "Welcome to Ward9 - a few things before day one",
        J("other_job", "direct", W9, W9R),
        text="""Kia ora Declan (Tomasz tells us you'd appreciate that!),

We're so happy you're joining us on Monday 2 March. A few bits to sort before then:

1. Your national police check - you'll get an email from fit2work in the next few days. It takes about 10 minutes.
2. Tax file number declaration, super choice and bank details - please complete in Employment Hero (invite already sent).
3. Laptop - tell us Mac or Windows by 13 Feb and we'll courier it to Woolloongabba.
4. Your first Sydney week is 9-13 March; we'll book flights and the hotel closer to the date.

Your onboarding buddy is Priya, who'll reach out before you start.

Any questions, just reply here.

Ngā mihi / cheers,
Hollie
People & Culture, Ward9
""",
    ),
    m(
        "w9b0",
        "2026-02-03 10:58",
        "fit2work <noreply@fit2work.com.au>",
        "Action required: National Police Check requested by Ward Nine Technologies Pty Ltd",
        J("other_job", "other", W9),
        html="""<table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Dear Declan Ruatapu-Hughes,</p>
<p><b>Ward Nine Technologies Pty Ltd</b> has requested that you complete a National Police Check through fit2work as part of their pre-employment screening.</p>
<p>Please complete your check within 5 days by clicking the link below. You will need to provide your personal details and verify your identity online.</p>
<p><a href="https://www.fit2work.com.au/candidate/start?ref=F2W-7731902-AU">Start my check</a></p>
<p>Your reference number is F2W-7731902-AU.</p>
<p>fit2work is an accredited body with the Australian Criminal Intelligence Commission (ACIC).</p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
</td></tr></table>""",
    ),
    ms(
        "w9b1",
        "2026-02-26 09:20",
        "Ward9 IT <it@ward9.example>",
        "Your Ward9 account is ready",
        J("other_job", "direct", W9),
        text="""Hi Declan,

Your Ward9 Google Workspace account has been created ahead of your start on Monday 2 March.

Username: declan.rh@ward9.example
Temporary password: sent to your mobile by SMS

Please sign in before Monday and set up 2-step verification. Your laptop (MacBook Air, tracking via StarTrack) left Sydney this morning.

Ward9 IT
""",
    ),
]

# --- 6. Ashgrove Kemp (AK), Workday tenant "akaus" -------------------------------------------

AK_MAIL = [
    m(
        "a6k0",
        "2025-09-21 20:14",
        "Ashgrove Kemp <akaus@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "workday", AK),
        text="""Hi Declan,

Thanks for creating a candidate account with AK. To finish setting it up, please verify your email address:

https://wd3.myworkdaysite.com/en-US/recruiting/akaus/AK_Careers/verify?token=1a9f4e0b76c2

This link expires in 24 hours.

If you did not create an account, you can safely ignore this email.

Ashgrove Kemp Careers
""",
    ),
    m(
        "a6k1",
        "2025-09-21 20:39",
        "Ashgrove Kemp <akaus@myworkday.com>",
        "We've received your application - R-0041877",
        A("confirmation", AK, AKR, 6, "workday"),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Dear Declan,</p>
<p>Thank you for applying for the role of <b>Senior Consultant - Digital Health (Health &amp; Human Services)</b>, requisition <b>R-0041877</b>, based in Brisbane.</p>
<p>At AK, we bring together people with different backgrounds to solve complex problems for our clients. Our recruitment team will review your application and contact you about next steps. You can track your application status at any time through our <a href="https://wd3.myworkdaysite.com/en-US/recruiting/akaus/AK_Careers/userHome">Candidate Home</a>.</p>
<p>Kind regards,<br>AK Talent Acquisition</p>
<p style="font-size:11px;color:#777">Ashgrove Kemp Australia Services Pty Ltd (ABN 29 117 448 603). Liability limited by a scheme approved under Professional Standards Legislation. This email was sent from an unmonitored mailbox.</p>
</body></html>""",
    ),
    m(
        "a6k2",
        "2025-10-03 12:00",
        "Ashgrove Kemp <noreply@hirevue.com>",
        "Next step: your on-demand video interview with AK",
        A("assessment", AK, AKR, 6, "hirevue"),
        html="""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hi Declan,</p>
<p>Thank you for your interest in the <b>Senior Consultant - Digital Health</b> opportunity at Ashgrove Kemp. We'd like to invite you to complete an on-demand video interview.</p>
<p>You'll be asked five questions and will have up to 3 minutes to record each answer. You can practise as many times as you like before you start. Please complete your interview by <b>11:59pm Friday 10 October 2025 (AEST)</b>.</p>
<p style="text-align:center"><a href="https://app.hirevue.com/interviews/aK3x9QpV2m/start" style="background:#0f3d57;color:#fff;padding:12px 26px;text-decoration:none">Start Interview</a></p>
<p>Tip: find a quiet spot with good lighting and test your camera and microphone first.</p>
<p>Best of luck,<br>AK Talent Acquisition</p>
<p style="font-size:11px;color:#888">Powered by HireVue &middot; <a href="https://www.hirevue.com/privacy">Privacy notice</a></p>
</div>""",
    ),
    m(
        "a6k3",
        "2025-10-08 22:41",
        "Ashgrove Kemp <noreply@hirevue.com>",
        "Thanks for completing your interview",
        A("assessment", AK, AKR, 6, "hirevue"),
        text="""Hi Declan,

Thanks for completing your on-demand interview for Senior Consultant - Digital Health. Your responses have been submitted to the AK recruitment team, who will be in touch about next steps.

Powered by HireVue
""",
    ),
    m(
        "a6k4",
        "2025-11-06 09:15",
        "Ashgrove Kemp <akaus@myworkday.com>",
        "Your application with AK",
        A("rejection", AK, AKR, 6, "workday"),
        text="""Dear Declan,

Thank you for your interest in the Senior Consultant - Digital Health (Health & Human Services) role and for taking the time to complete our video interview.

We received a very high number of applications from talented people. After careful review, we have decided to progress with candidates whose consulting experience more closely aligns with the requirements of this role.

We appreciate the effort you put into your application and encourage you to keep an eye on our careers site for future opportunities that match your skills.

Kind regards,
AK Talent Acquisition
Ashgrove Kemp Australia

This email was sent from an unmonitored mailbox.
""",
    ),
]

# --- 7. Brisbane Riverside University (BRU), PageUp ---------------------------------------------

_bru_inv = m(
    "u7b1",
    "2025-11-05 11:47",
    "Hui Min Tan <h.tan@bru.edu.example>",
    "Interview invitation - Lecturer in Nursing (Digital Health), Job No. 512088",
    A("interview", BRU, BRUR, 7, "direct"),
    text="""Dear Declan,

Thank you for your application for the position of Lecturer in Nursing (Digital Health), Job No. 512088, within the School of Nursing, Midwifery and Paramedicine.

On behalf of the selection committee, I am pleased to invite you to an interview at our South Bank campus:

Date: Wednesday 19 November 2025
Time: 2:00pm - 3:00pm
Venue: Building C, Level 5, Room C5.22, 160 Grey Street, South Brisbane

Selection committee:
Professor Leanne Bertolini, Head of School (Chair)
Dr Samuel Akinyemi, Senior Lecturer, Health Informatics
Ms Carol Waddington, Senior HR Business Partner

As part of the interview you will be asked to deliver a 10-minute teaching presentation on: "Teaching second-year nursing students to document safely in an electronic medical record". A laptop and projector will be available; please bring your slides on a USB or email them to me by noon on 18 November.

A calendar appointment will follow. Please confirm your availability by reply.

Kind regards,

Hui Min Tan
Recruitment Advisor | People and Culture
Brisbane Riverside University
T +61 7 3735 8812
CRICOS Provider 00371K (BRU). This email may contain confidential information. If you have received it in error, please delete it and notify the sender.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000007A9C1D3F5E4EDC0100000000000000001000000041AE",
        "2025-11-19 14:00",
        "Interview - Lecturer in Nursing (Digital Health) - D Ruatapu-Hughes",
        ("Tan, Hui Min", "h.tan@bru.edu.example"),
        style="outlook",
        location="South Bank campus, C5.22",
    ),
)

BRU_MAIL = [
    m(
        "u7b0",
        "2025-09-25 22:09",
        "Brisbane Riverside University <no-reply@pageuppeople.com>",
        "Application received - Lecturer in Nursing (Digital Health) - Job No. 512088",
        A("confirmation", BRU, BRUR, 7, "other"),
        text="""Dear Declan

Thank you for your application for the position of Lecturer in Nursing (Digital Health) (Job No. 512088).

We confirm that your application has been received. Applications will be reviewed after the closing date of 5 October 2025 and shortlisted applicants will be contacted by the selection committee.

You can view the progress of your application or update your details by logging in to your account at https://careers.bru.edu.example/cw/en/login.

Thank you for your interest in working at BRU.

Yours sincerely

People and Culture
Brisbane Riverside University

Please do not reply to this email.
""",
    ),
    _bru_inv,
    m(
        "u7b2",
        "2025-11-17 16:30",
        "Hui Min Tan <h.tan@bru.edu.example>",
        "Cancelled: Interview - Lecturer in Nursing (Digital Health) - D Ruatapu-Hughes",
        A("interview", BRU, BRUR, 7, "direct"),
        text="""Dear Declan,

I am sorry for the late notice. Due to unforeseen circumstances the selection committee is unable to proceed with interviews on Wednesday 19 November, and I have cancelled the calendar appointment.

We will be in touch as soon as possible regarding next steps. Apologies for any inconvenience this may cause, particularly if you had arranged leave.

Kind regards,

Hui Min Tan
Recruitment Advisor | People and Culture
Brisbane Riverside University
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000007A9C1D3F5E4EDC0100000000000000001000000041AE",
            "2025-11-19 14:00",
            "Canceled: Interview - Lecturer in Nursing (Digital Health) - D Ruatapu-Hughes",
            ("Tan, Hui Min", "h.tan@bru.edu.example"),
            style="outlook",
            method="CANCEL",
            location="South Bank campus, C5.22",
        ),
        **reply(_bru_inv),
    ),
    m(
        "u7b3",
        "2025-12-15 13:02",
        "Brisbane Riverside University <no-reply@pageuppeople.com>",
        "Lecturer in Nursing (Digital Health) - Job No. 512088",
        A("rejection", BRU, BRUR, 7, "other"),
        text="""Dear Declan

Thank you for your interest in the position of Lecturer in Nursing (Digital Health) and for your patience while the School finalised the selection process.

After careful consideration of all applications, we wish to advise that on this occasion you have not been successful.

We appreciate the time and effort you invested in your application and we encourage you to apply for future positions at the University.

Yours sincerely

Professor Leanne Bertolini
Head of School, Nursing, Midwifery and Paramedicine
Brisbane Riverside University
""",
    ),
]

# --- 8. Bluegum Aged Care, via SEEK ------------------------------------------------------------

_bg_second = m(
    "g3b3",
    "2025-12-11 17:25",
    "Graham Otene <graham.otene@bluegum.example>",
    "Second interview - Bluegum",
    A("interview", BG, BGR, 8, "direct"),
    text="""Hi Declan,

Apologies for the radio silence since your chat with Rhiannon - our board only signed off the 2026 budget (including this role) last week.

I'd like to invite you to meet me and our Clinical Governance Manager in person at our Chermside support office. Given Christmas, the first date that works for everyone is:

Thursday 22 January 2026, 10:00am - 11:00am
Bluegum Aged Care Support Office, 9 Kittyhawk Dr, Chermside

I've sent a calendar invite. We'll also ask you to take us through how you would approach training our 600 care staff on the new clinical documentation system (we go live with it mid-year).

Enjoy the break,
Graham

Graham Otene
Director of Clinical Services | Bluegum Aged Care
Caring for Queenslanders since 1962
""",
    ics=ics(
        "5jv0e3sn2g8q1b9mt4c7ldr6ao@google.com",
        "2026-01-22 10:00",
        "Bluegum - 2nd interview - Declan Ruatapu-Hughes",
        ("Graham Otene", "graham.otene@bluegum.example"),
        location="Bluegum Aged Care Support Office, 9 Kittyhawk Dr, Chermside QLD 4032",
    ),
)

BG_MAIL = [
    m(
        "g3b0",
        "2025-10-13 20:18",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was sent to Bluegum Aged Care",
        A("confirmation", BG, BGR, 8, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f4f5f7">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://www.seek.com.au/content/images/seek-logo.png" alt="SEEK" width="90">
<h2 style="font-size:22px">Application sent</h2>
<p>Hi Declan, your application has been sent to the employer.</p>
<table style="border:1px solid #e5e7eb;padding:12px;width:100%"><tr><td>
<b>Clinical Systems Nurse Educator</b><br>Bluegum Aged Care<br>Chermside, Brisbane QLD<br>Full time<br><span style="color:#6b7280">Applied 13 October 2025</span>
</td></tr></table>
<h3>What happens next?</h3>
<p>The employer will review your application. If they'd like to move forward, they'll contact you directly. We'll let you know if your application is viewed.</p>
<p><a href="https://click.s.seek.com.au/?qs=3b71aa0e9d&amp;u=applied-jobs">View your applied jobs</a></p>
</td></tr></table>
"""
        + SEEK_FOOT
        + "</body></html>",
    ),
    m(
        "g3b1",
        "2025-10-16 10:44",
        "SEEK <noreply@s.seek.com.au>",
        "Bluegum Aged Care viewed your application",
        A("viewed", BG, BGR, 8, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>Hi Declan,</p>
<p><b>Bluegum Aged Care</b> has viewed your application for <b>Clinical Systems Nurse Educator</b>.</p>
<p>This doesn't always mean you'll hear from the employer, but it's a good sign they're reviewing applications.</p>
<p><a href="https://click.s.seek.com.au/?qs=9d02ce71&amp;u=applied-jobs%2Fstatus">See application status</a></p>
</td></tr></table>
"""
        + SEEK_FOOT
        + "</body></html>",
    ),
    m(
        "g3b2",
        "2025-10-30 14:10",
        "Rhiannon Petersen <recruitment@bluegum.example>",
        "Phone interview - Clinical Systems Nurse Educator",
        A("interview", BG, BGR, 8, "direct"),
        text="""Hi Declan

Thank you for applying for our Clinical Systems Nurse Educator role via SEEK.

We would like to invite you to a phone interview of around 30 minutes with myself and Graham Otene, our Director of Clinical Services, on Tuesday 4 November at 11.00am. Please reply to confirm that time suits or suggest an alternative.

Please note that all Bluegum positions require a current National Police Certificate (issued within the last 6 months) before commencement, together with evidence of your AHPRA registration and immunisation status. You don't need these for the interview, but it helps to start early.

Kind regards

Rhiannon Petersen
Recruitment Coordinator
Bluegum Aged Care Ltd
Phone 07 3350 7100

Please consider the environment before printing this email.
""",
    ),
    _bg_second,
    m(
        "g3b4",
        "2026-01-22 07:41",
        "Graham Otene <graham.otene@bluegum.example>",
        "Re: Second interview - Bluegum",
        A("confirmation", BG, BGR, 8, "direct"),
        st="withdrawn",
        text="""Thanks for letting me know, Declan, and congratulations - that sounds like a great role.

I've cancelled this morning's meeting and noted your withdrawal with Rhiannon. If it ever doesn't work out, our door's open.

Graham

Sent from my iPhone

> On 21 Jan 2026, at 9:52 pm, Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com> wrote:
>
> Hi Graham,
>
> I'm sorry to do this so late, but I've accepted another offer today and need to withdraw from the process for the Clinical Systems Nurse Educator role. I didn't want to waste your time tomorrow morning.
>
> Thank you for considering me, and I hope the go-live goes smoothly.
>
> Kind regards,
> Declan
""",
        **reply("<CAJ7w1kTm4Zp@mail.gmail.com>", _bg_second["id"]),
    ),
]

MAIL = [*QH_MAIL, *RB_MAIL, *TW_MAIL, *W9_MAIL, *AK_MAIL, *BRU_MAIL, *BG_MAIL]
