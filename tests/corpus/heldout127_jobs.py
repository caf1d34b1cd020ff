# ruff: noqa: E501, RUF100
"""Corpus 127, job mail part one (data only): see heldout127.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the threading
helper and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Dublin's offset on ``day`` (Irish Standard Time until the last Sunday of October 2025)."""
    return "+0100" if day < "2025-10-26" else "+0000"


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM", Dublin time from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*earlier: dict[str, Any]) -> dict[str, str]:
    """In-Reply-To / References for a reply to the last of ``earlier`` (oldest first)."""
    return {
        "In-Reply-To": earlier[-1]["id"],
        "References": " ".join(spec["id"] for spec in earlier),
    }


ME_NAME, ME_ADDR = "Clodagh Moynihan", "clodagh.moynihan@gmail.com"

HV, HV1, HV2 = (
    "Halvorsen Pharma",
    "Senior Regulatory Affairs Specialist, CMC",
    "Regulatory Affairs Manager, Labelling",
)
CB, CB1, CB2 = (
    "Corrib Biologics",
    "Regulatory Affairs Specialist",
    "Senior Regulatory CMC Specialist",
)
MKR, MKRR = "MKR Clinical", "Regulatory Start-Up Specialist II"
NMSC, NMSCR = "National Medicines Safety Centre", "Regulatory Affairs Officer"
NCTO, NCTOR = "National Clinical Trials Office", "Clinical Trials Regulatory Officer"
LVM, LVMR = "Lee Valley Medical", "Regulatory Affairs Specialist (MDR)"
BG, BGR = "Barrow Generics", "Regulatory Affairs Specialist"
KH, KHR = "Keelan Healthcare", "Regulatory Affairs Specialist II"
NB, NBR = "Northbridge Medtech", "Senior Regulatory Affairs Specialist"
VAH, VAHR = "Vantara Animal Health", "Regulatory Affairs Scientist (Veterinary Medicines)"
ON, ONR = "Ossory Nutrition", "Regulatory Affairs Specialist – Infant Nutrition"
PRS, PRSR = "Pembroke Regulatory Services", "Regulatory Affairs Consultant"
TT, TTR = "Tolka Therapeutics", "Regulatory Affairs Executive"
GV, GVR = "Graniteview Biotech", "Regulatory Affairs Lead, Advanced Therapies"
DCH, DCHR = "Dunmore Consumer Health", "Regulatory Affairs Specialist (12-month FTC)"
IB, IBR = "Innisfallen Biopharma", "Regulatory Affairs Manager"
CL, CLR = "Carrowmore Labs", "Regulatory Operations Specialist"
BP, BPR = "Bayside Pharma", "Regulatory Compliance Specialist"
LD, LDR = "Lismore Diagnostics", "Regulatory Affairs Specialist, IVDR"
AP, APR = "Ardcath Pharmaceuticals", "Regulatory Affairs Specialist – Lifecycle Management"
BW, BWR = "Blackwater Pharma Services", "Regulatory Affairs Officer"


# --- Halvorsen Pharma (Workday tenant "hvpharma"; Halvorsen Pharmaceuticals Ireland Limited) ---

_HV_FOOTER = """
Halvorsen Pharmaceuticals Ireland Limited | Block 4, Citywest Business Campus, Dublin 24, D24 KX37
Registered in Ireland No. 512334 | Registered office as above
Halvorsen is an equal opportunities employer. This is an automated message from our recruiting
system; replies to this address are not monitored."""

_HV_APPLIED = m(
    "hv4k",
    "2025-09-08 21:47",
    "Halvorsen Careers <hvpharma@myworkday.com>",
    "Thank you for applying – R-0048817",
    A("confirmation", HV, HV1, 1, "workday"),
    text=f"""Dear Clodagh,

Thank you for your interest in joining Halvorsen. We have received your application for:

    Senior Regulatory Affairs Specialist, CMC (R-0048817)
    Location: Dublin, Citywest (Hybrid)

Our Talent Acquisition team will review your experience against the requirements of the role.
If your profile is a match, a member of the team will be in touch to discuss next steps.

You can check the status of your application at any time by signing in to your candidate home:
https://hvpharma.wd3.myworkdayjobs.com/en-US/Halvorsen_Careers/userHome

With best wishes,
Talent Acquisition, Halvorsen
{_HV_FOOTER}
""",
)

_HV_INVITE = m(
    "hv9q",
    "2025-10-01 15:12",
    "Gráinne Ruddy <grainne.ruddy@halvorsenpharma.example>",
    "Interview – Senior Regulatory Affairs Specialist, CMC",
    A("interview", HV, HV1, 1, "direct"),
    text="""Hi Clodagh,

Thanks for completing the assessment last week – the hiring team were impressed and would like to
invite you to a first-round interview with Declan Fogarty (Associate Director, Regulatory CMC)
and Hanne Birkeland (Regulatory CMC Lead, Oslo), who will join remotely.

Thursday 9th October, 10:00 – 11:00 (Irish time), Microsoft Teams

I've sent a calendar invitation separately with the Teams link. The conversation will be
competency based, with some discussion of a recent Module 3 variation you have worked on. No
presentation is needed for this round.

If the time doesn't suit, let me know and I'll see what I can move.

Kind regards,
Gráinne

Gráinne Ruddy
Senior Talent Acquisition Partner, Ireland & UK
Halvorsen Pharmaceuticals Ireland Limited
M: +353 87 441 2093
""",
)

MAIL: list[dict[str, Any]] = [
    m(
        "hv1a",
        "2025-09-08 21:31",
        "Halvorsen Careers <hvpharma@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "workday", HV),
        text=f"""Hi Clodagh,

You have created a candidate account on the Halvorsen careers site. To finish setting it up,
please verify your email address within 24 hours:

https://hvpharma.wd3.myworkdayjobs.com/Halvorsen_Careers/activate/8f2c61aa0b

If you did not create this account, you can ignore this email.
{_HV_FOOTER}
""",
    ),
    _HV_APPLIED,
    m(
        "hv6t",
        "2025-09-19 09:03",
        "Halvorsen Careers <hvpharma@myworkday.com>",
        "Action required: your next step for R-0048817",
        A("assessment", HV, HV1, 1, "workday"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
<p>Hello Clodagh,</p>
<p>Thank you for your continued interest in the <b>Senior Regulatory Affairs Specialist, CMC</b>
position at Halvorsen.</p>
<p>As the next step in our process, we ask all shortlisted candidates to complete an online
assessment. It contains two parts:</p>
<ol>
<li>A short situational judgement questionnaire (approx. 20 minutes)</li>
<li>A written exercise: review an excerpt of a Module 3.2.P.3 section and draft a variation
classification rationale (45 minutes, timed)</li>
</ol>
<p>You will find the assessment as an <b>inbox task</b> in your candidate home. Please complete it
by <b>Thursday 25 September 2025, 23:59 Irish time</b>.</p>
<p><a href="https://hvpharma.wd3.myworkdayjobs.com/Halvorsen_Careers/userHome/tasks">Go to my tasks</a></p>
<p>If you need a reasonable accommodation to complete the assessment, reply to
<a href="mailto:ta.ireland@halvorsenpharma.example">ta.ireland@halvorsenpharma.example</a>.</p>
<p>Best of luck,<br>Talent Acquisition, Halvorsen</p>
<p style="font-size:11px;color:#667">Halvorsen Pharmaceuticals Ireland Limited, Citywest Business Campus, Dublin 24.
Registered in Ireland No. 512334.</p>
</body></html>""",
    ),
    _HV_INVITE,
    m(
        "hv9r",
        "2025-10-01 15:14",
        "Gráinne Ruddy <grainne.ruddy@halvorsenpharma.example>",
        "Halvorsen interview: Clodagh Moynihan – Sr RA Specialist CMC",
        A("interview", HV, HV1, 1, "direct"),
        text="""Microsoft Teams meeting

Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1ZTk4>
Meeting ID: 372 118 904 556
Passcode: 7hQm2V

Interviewers: Declan Fogarty, Hanne Birkeland
Organiser: Gráinne Ruddy
________________________________________________________________________________
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1C6F0D5",
            "2025-10-09 10:00",
            "Halvorsen interview: Clodagh Moynihan – Sr RA Specialist CMC",
            ("Gráinne Ruddy", "grainne.ruddy@halvorsenpharma.example"),
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[
                ("Declan Fogarty", "declan.fogarty@halvorsenpharma.example"),
                ("Hanne Birkeland", "hanne.birkeland@halvorsenpharma.example"),
            ],
        ),
    ),
    m(
        "hv2w",
        "2025-10-21 11:40",
        "Halvorsen Careers <hvpharma@myworkday.com>",
        "Your application",
        A("rejection", HV, HV1, 1, "workday"),
        text=f"""Dear Clodagh,

Thank you for taking the time to meet with Declan and Hanne and for the care you put into the
written exercise. The panel enjoyed the conversation, particularly your account of the
post-approval change you managed through the national procedures.

We have now completed the interviews for the Senior Regulatory Affairs Specialist, CMC position
(R-0048817). After careful consideration, we have decided to move forward with another candidate
whose experience with biologics drug substance filings more closely matches what the team needs
right now.

This was a close decision. We would be glad to keep your details on file and to hear from you
again as new roles open across our Irish sites.

Kind regards,
Gráinne Ruddy
on behalf of Talent Acquisition, Halvorsen
{_HV_FOOTER}
""",
    ),
    m(
        "hv3c",
        "2025-09-09 07:15",
        "Halvorsen Talent Community <talentcommunity@halvorsenpharma.example>",
        "Welcome to the Halvorsen Talent Community",
        J("alert", "other", HV),
        html="""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#00386b;padding:24px">
<img src="https://cdn.halvorsenpharma.example/brand/logo-white.png" alt="Halvorsen" width="140">
</td></tr><tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Hi Clodagh,</p>
<p>Thanks for joining our Talent Community. From now on we will send you roles that match the
interests you selected – <i>Regulatory Affairs; Quality; Dublin; Cork</i> – along with stories
from our people in Citywest and Ringaskiddy.</p>
<p>Did you know? Our Irish sites supply medicines to patients in more than 60 markets.</p>
<p><a href="https://careers.halvorsenpharma.example/ireland?utm_source=tc_welcome">Explore life at Halvorsen Ireland</a></p>
<p style="font-size:12px;color:#666">You are receiving this because you signed up at careers.halvorsenpharma.example.
<a href="https://careers.halvorsenpharma.example/tc/unsubscribe?u=c2f7">Unsubscribe</a> | Privacy notice</p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://careers.halvorsenpharma.example/tc/unsubscribe?u=c2f7>"
        },
    ),
    m(
        "hv5m",
        "2025-10-14 20:02",
        "Halvorsen Careers <hvpharma@myworkday.com>",
        "Thank you for applying – R-0051290",
        A("confirmation", HV, HV2, 2, "workday"),
        text=f"""Dear Clodagh,

Thank you for your interest in joining Halvorsen. We have received your application for:

    Regulatory Affairs Manager, Labelling (R-0051290)
    Location: Dublin, Citywest (Hybrid)

Our Talent Acquisition team will review your experience against the requirements of the role.
If your profile is a match, a member of the team will be in touch to discuss next steps.

You can check the status of your application at any time by signing in to your candidate home:
https://hvpharma.wd3.myworkdayjobs.com/en-US/Halvorsen_Careers/userHome

With best wishes,
Talent Acquisition, Halvorsen
{_HV_FOOTER}
""",
    ),
    m(
        "hv8p",
        "2025-11-25 16:26",
        "Gráinne Ruddy <grainne.ruddy@halvorsenpharma.example>",
        "R-0051290 update",
        A("confirmation", HV, HV2, 2, "direct"),
        st="on_hold",
        text="""Hi Clodagh,

I wanted to give you a personal update on the Regulatory Affairs Manager, Labelling role you
applied for last month, since we spoke about the CMC position earlier in the autumn.

Our global labelling organisation is going through a review of its structure, and as a result
the Dublin manager role has been paused until that work concludes – most likely not before the
end of Q1. Your application is still active in the system and nothing is needed from you. If the
role reopens in its current form I'll come straight back to you.

Sorry it's not more definite news.

Gráinne

Gráinne Ruddy | Senior Talent Acquisition Partner, Ireland & UK
Halvorsen Pharmaceuticals Ireland Limited
""",
    ),
    # --- Corrib Biologics (SuccessFactors; Corrib Biologics Manufacturing Operations UC, Cork) ---
    m(
        "cb0e",
        "2025-09-15 12:58",
        "Careers <noreply@successfactors.eu>",
        "Your candidate profile has been created",
        J("other_job", "other", CB),
        text="""Dear Clodagh Moynihan,

Your candidate profile on the Corrib Biologics career site has been created.
Username: clodagh.moynihan@gmail.com

To manage your profile, job alerts and applications, sign in at
https://career5.successfactors.eu/careers?company=corribbioC&loginFlowRequired=true

Please do not reply to this email.
""",
    ),
    m(
        "cb1e",
        "2025-09-15 13:06",
        "Careers <noreply@successfactors.eu>",
        "Application received: Req ID 4471",
        A("confirmation", CB, CB1, 3, "other"),
        text="""Dear Clodagh,

Thank you for applying for the position of Regulatory Affairs Specialist (Req ID 4471) with
Corrib Biologics Manufacturing Operations Unlimited Company, Ringaskiddy, Co. Cork.

We have received your application and it will be reviewed by our recruitment team. Due to the
volume of applications we receive, we may not be able to respond to every candidate individually;
if you have not heard from us within four weeks, please assume that your application has not been
successful on this occasion.

Regards,
Talent Acquisition
Corrib Biologics Manufacturing Operations Unlimited Company
Registered in Ireland No. 601876. Registered office: Ringaskiddy, Co. Cork, P43 RW28.
""",
    ),
    m(
        "cb2r",
        "2025-10-06 08:44",
        "Careers <noreply@successfactors.eu>",
        "Req ID 4471 – Regulatory Affairs Specialist",
        A("rejection", CB, CB1, 3, "other"),
        text="""Dear Clodagh,

Thank you for your interest in the Regulatory Affairs Specialist position at our Ringaskiddy site.

We have reviewed your application carefully. While your background in generic MAAs is relevant,
we have decided not to progress your application further for this role, as we are prioritising
candidates with direct experience of biologics licence applications.

We encourage you to keep an eye on our career site, as we expect further regulatory vacancies as
the new drug substance facility comes on line in 2026.

Kind regards,
Talent Acquisition
Corrib Biologics Manufacturing Operations Unlimited Company
""",
    ),
    m(
        "cb3a",
        "2026-01-07 19:21",
        "Careers <noreply@successfactors.eu>",
        "Application received: Req ID 5208",
        A("confirmation", CB, CB2, 4, "other"),
        text="""Dear Clodagh,

Thank you for applying for the position of Senior Regulatory CMC Specialist (Req ID 5208) with
Corrib Biologics Manufacturing Operations Unlimited Company, Ringaskiddy, Co. Cork.

We have received your application and it will be reviewed by our recruitment team. Due to the
volume of applications we receive, we may not be able to respond to every candidate individually;
if you have not heard from us within four weeks, please assume that your application has not been
successful on this occasion.

Regards,
Talent Acquisition
Corrib Biologics Manufacturing Operations Unlimited Company
Registered in Ireland No. 601876. Registered office: Ringaskiddy, Co. Cork, P43 RW28.
""",
    ),
]

_CB_SCREEN = m(
    "cb4s",
    "2026-01-19 10:37",
    "Tadhg O'Mahony <tadhg.omahony@corribbio.example>",
    "Senior Regulatory CMC Specialist – quick call?",
    A("interview", CB, CB2, 4, "direct"),
    text="""Hi Clodagh,

I'm the recruiter looking after the Senior Regulatory CMC Specialist role (5208) here in
Ringaskiddy. I see you applied for one of our RA roles back in September too – this one is a
better fit for your CMC background and the hiring manager, Úna Kiely, was keen to talk to you.

Would a 30-minute Teams call on Friday 23rd at 12:30 work? It would be a first chat with me and
Úna about the role, the new facility and what hybrid looks like for someone based in Dublin
(we'd need you on site two days a week).

I'll put a placeholder in your calendar – just shout if it doesn't suit.

Thanks,
Tadhg

Tadhg O'Mahony | Talent Acquisition Partner
Corrib Biologics | Ringaskiddy, Co. Cork
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000071F2A6C1",
        "2026-01-23 12:30",
        "Corrib Biologics – Senior Regulatory CMC Specialist – intro call",
        ("Tadhg O'Mahony", "tadhg.omahony@corribbio.example"),
        style="outlook",
        minutes=30,
        location="Microsoft Teams Meeting",
        attendees=[("Úna Kiely", "una.kiely@corribbio.example")],
    ),
)

_CB_MOVED = m(
    "cb5m",
    "2026-01-21 17:05",
    "Tadhg O'Mahony <tadhg.omahony@corribbio.example>",
    "Updated: Corrib Biologics – Senior Regulatory CMC Specialist – intro call",
    A("interview", CB, CB2, 4, "direct"),
    text="""Hi Clodagh,

Apologies – Úna has been pulled into a regulatory inspection readiness session on Friday. Could
we move our call to Monday 26th at 09:30? Updated invite attached; the Teams link is unchanged.

Thanks for your flexibility,
Tadhg
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000071F2A6C1",
        "2026-01-26 09:30",
        "Corrib Biologics – Senior Regulatory CMC Specialist – intro call",
        ("Tadhg O'Mahony", "tadhg.omahony@corribbio.example"),
        style="outlook",
        minutes=30,
        sequence=1,
        location="Microsoft Teams Meeting",
        attendees=[("Úna Kiely", "una.kiely@corribbio.example")],
    ),
    **thread(_CB_SCREEN),
)

MAIL += [
    _CB_SCREEN,
    _CB_MOVED,
    m(
        "cb6w",
        "2026-02-03 14:18",
        "Tadhg O'Mahony <tadhg.omahony@corribbio.example>",
        "RE: Senior Regulatory CMC Specialist – quick call?",
        A("confirmation", CB, CB2, 4, "direct"),
        st="withdrawn",
        text="""Hi Clodagh,

Thanks for letting me know, and congratulations on the new role – MKR are getting a good one.
I've withdrawn your application for 5208 as you asked. Úna said she enjoyed the chat last week,
so please don't be a stranger if you ever think about a move back down to Cork.

All the best,
Tadhg

-----Original Message-----
From: Clodagh Moynihan <clodagh.moynihan@gmail.com>
Sent: Monday 2 February 2026 20:47
To: Tadhg O'Mahony <tadhg.omahony@corribbio.example>
Subject: Re: Senior Regulatory CMC Specialist – quick call?

Hi Tadhg,

Thanks again for the call with Úna last Monday. I wanted to let you know that I've accepted an
offer elsewhere and so I'd like to withdraw from the process for the Senior Regulatory CMC
Specialist role. It was a difficult decision as the facility sounds really exciting.

Best wishes,
Clodagh
""",
        **thread(_CB_SCREEN, _CB_MOVED),
    ),
]


# --- MKR Clinical (CRO; Greenhouse board "mkrclinical"; MKR Clinical Research (Ireland) Limited) ---

_MKR_SCREEN = m(
    "mk2s",
    "2025-11-04 14:22",
    "Aisling Tierney <no-reply@us.greenhouse-mail.io>",
    "Phone screen with MKR – Regulatory Start-Up Specialist II",
    A("interview", MKR, MKRR, 5, "greenhouse"),
    text="""Hi Clodagh,

Thanks for your application to MKR! I'd love to set up a 30-minute phone screen to tell you more
about the Regulatory Start-Up Specialist II role in our Site Activation & Regulatory team and to
hear about your experience.

I've booked us in for Monday, November 10 at 2:00pm GMT. I'll call you on the mobile number in
your application (087 9xx xx14). A calendar invitation is attached.

If that time doesn't work, just reply to this email and we'll find another slot.

Talk soon,
Aisling

Aisling Tierney
Talent Acquisition Partner | MKR
aisling.tierney@mkrclinical.example
""",
    reply_to="Aisling Tierney <aisling.tierney@mkrclinical.example>",
    ics=ics(
        "6cf1a0b2e9d84d7f@greenhouse.io",
        "2025-11-10 14:00",
        "Phone Screen: Clodagh Moynihan / MKR (Regulatory Start-Up Specialist II)",
        ("Aisling Tierney", "aisling.tierney@mkrclinical.example"),
        minutes=30,
        location="Phone – Aisling will call",
        description="Recruiter phone screen for Regulatory Start-Up Specialist II, Dublin (Leopardstown) / hybrid.",
    ),
)

_MKR_HM = m(
    "mk3h",
    "2025-11-18 11:09",
    "Aisling Tierney <aisling.tierney@mkrclinical.example>",
    "Next steps – interview with Fionnuala",
    A("interview", MKR, MKRR, 5, "direct"),
    text="""Hi Clodagh,

Great news – following our call, Fionnuala Brophy (Associate Director, Regulatory Start-Up, EMEA)
would like to meet you for a competency and technical interview. It'll be 60 minutes on Teams and
will cover EU CTR / CTIS submissions, ethics committee timelines and how you'd handle a
multi-country start-up with competing sponsor priorities.

Wednesday 26th November, 11:00–12:00 – invite to follow from my calendar.

Any questions in the meantime, give me a shout.

Aisling

Aisling Tierney | Talent Acquisition Partner
MKR Clinical Research (Ireland) Limited | Leopardstown, Dublin 18
""",
    **thread(_MKR_SCREEN),
)

_MKR_HM_ICS = m(
    "mk3i",
    "2025-11-18 11:12",
    "Aisling Tierney <aisling.tierney@mkrclinical.example>",
    "Interview: Clodagh Moynihan – Reg Start-Up Specialist II (F. Brophy)",
    A("interview", MKR, MKRR, 5, "direct"),
    text="""________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4ODhk>
Meeting ID: 318 554 207 119  Passcode: Xe4tP9
________________________________________________________________________________
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D40B5E2A",
        "2025-11-26 11:00",
        "Interview: Clodagh Moynihan – Reg Start-Up Specialist II (F. Brophy)",
        ("Aisling Tierney", "aisling.tierney@mkrclinical.example"),
        style="outlook",
        location="Microsoft Teams Meeting",
        attendees=[("Fionnuala Brophy", "fionnuala.brophy@mkrclinical.example")],
    ),
)

_MKR_MOVE = m(
    "mk4m",
    "2025-11-24 09:51",
    "Aisling Tierney <aisling.tierney@mkrclinical.example>",
    "RE: Next steps – interview with Fionnuala",
    A("interview", MKR, MKRR, 5, "direct"),
    text="""Morning Clodagh,

Sorry to do this – Fionnuala has to travel to Warsaw for a sponsor kick-off on Wednesday. Would
Tuesday 2nd December at 15:00 suit instead? I've moved the invite, so if it works just accept the
update.

Thanks a million,
Aisling

From: Aisling Tierney
Sent: 18 November 2025 11:09
To: Clodagh Moynihan
Subject: Next steps – interview with Fionnuala

Hi Clodagh,

Great news – following our call, Fionnuala Brophy (Associate Director, Regulatory Start-Up, EMEA)
would like to meet you for a competency and technical interview. [...]
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D40B5E2A",
        "2025-12-02 15:00",
        "Interview: Clodagh Moynihan – Reg Start-Up Specialist II (F. Brophy)",
        ("Aisling Tierney", "aisling.tierney@mkrclinical.example"),
        style="outlook",
        sequence=1,
        location="Microsoft Teams Meeting",
        attendees=[("Fionnuala Brophy", "fionnuala.brophy@mkrclinical.example")],
    ),
    **thread(_MKR_SCREEN, _MKR_HM),
)

_MKR_FINAL = m(
    "mk5f",
    "2025-12-05 16:33",
    "Aisling Tierney <aisling.tierney@mkrclinical.example>",
    "Final stage – MKR Leopardstown",
    A("interview", MKR, MKRR, 5, "direct"),
    text="""Hi Clodagh,

Fionnuala really enjoyed Tuesday's interview and we'd like to invite you to the final stage, in
person at our Leopardstown office:

  Tuesday 16 December, 10:00 – 12:00
  MKR, Block B, Central Park, Leopardstown, Dublin 18, D18 P9F4 (ask for me at reception)

The format:
  * 15-minute presentation: "Planning the regulatory start-up of a Phase II oncology study across
    six EU member states under the CTR" – slides optional, no more than 8
  * Panel interview with Fionnuala, Eoghan Lacey (Director, Regulatory Affairs) and Priya Nair
    (Clinical Operations)
  * Coffee and a quick tour with one of the team

The Luas Green Line stop is Central Park, two minutes' walk; we can also give you a parking pass.

Invite attached. Best of luck with the prep!

Aisling
""",
    ics=ics(
        "7d1e55c0b2414a33@greenhouse.io",
        "2025-12-16 10:00",
        "Final interview – Clodagh Moynihan – MKR Leopardstown",
        ("Aisling Tierney", "aisling.tierney@mkrclinical.example"),
        minutes=120,
        location="MKR, Block B, Central Park, Leopardstown, Dublin 18",
        attendees=[
            ("Fionnuala Brophy", "fionnuala.brophy@mkrclinical.example"),
            ("Eoghan Lacey", "eoghan.lacey@mkrclinical.example"),
        ],
    ),
    **thread(_MKR_HM),
)

_MKR_OFFER = m(
    "mk7o",
    "2026-01-14 17:48",
    "Aisling Tierney <aisling.tierney@mkrclinical.example>",
    "Following up on our call",
    A("offer", MKR, MKRR, 5, "direct"),
    text="""Hi Clodagh,

It was lovely to be able to share the good news on the phone earlier – as promised, here's a
summary of what we discussed. Sorry again that sign-off took until after Christmas.

  Position: Regulatory Start-Up Specialist II, Site Activation & Regulatory, EMEA
  Base salary: €64,500 per annum
  Annual bonus: target 8%
  Pension: 6% employer contribution (matched)
  Hybrid: two days a week in Leopardstown
  Proposed start date: Monday 2 March 2026

The formal offer letter will come to you through DocuSign from our HR team in the next day or two.
Take the time you need to read it, and do call me with any questions at all.

Congratulations again – Fionnuala and the team are delighted.

Aisling

Aisling Tierney | Talent Acquisition Partner | MKR
M: +353 86 207 5541
""",
)

MAIL += [
    m(
        "mk1c",
        "2025-10-20 22:14",
        "MKR <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to MKR",
        A("confirmation", MKR, MKRR, 5, "greenhouse"),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Hi Clodagh,</p>
<p>Thanks for your interest in MKR! We've received your application for the
<strong>Regulatory Start-Up Specialist II</strong> role in Dublin, and our team will review it
shortly.</p>
<p>At MKR, we help biotech and pharma sponsors get trials open faster across 40+ countries. If your
experience matches what we're looking for, someone from our Talent Acquisition team will reach out
about next steps.</p>
<p>In the meantime, you can find out more about life at MKR on
<a href="https://www.mkrclinical.example/careers/life-at-mkr">our careers page</a>.</p>
<p>Regards,<br>The MKR Talent Acquisition Team</p>
<p style="font-size:11px;color:#888">MKR Clinical Research (Ireland) Limited, Block B, Central Park,
Leopardstown, Dublin 18. Please do not reply to this email – it was sent from an unmonitored
account.</p>
</body></html>""",
    ),
    _MKR_SCREEN,
    _MKR_HM,
    _MKR_HM_ICS,
    _MKR_MOVE,
    _MKR_FINAL,
    m(
        "mk6v",
        "2025-12-18 10:02",
        "MKR <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with MKR?",
        J("other_job", "greenhouse", MKR, MKRR),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Clodagh,</p>
<p>You recently interviewed with us for the Regulatory Start-Up Specialist II position. We'd
appreciate a few minutes of your time to tell us how it went &ndash; good or bad. Your answers
are anonymous and will not affect the outcome of your application.</p>
<p><a href="https://app.greenhouse.io/surveys/candidate/3b7f9c2e">Take the 3-minute survey</a></p>
<p>Thank you,<br>MKR Talent Acquisition</p>
</body></html>""",
    ),
    _MKR_OFFER,
    m(
        "mk8d",
        "2026-01-16 09:27",
        "Ciara Walsh via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: MKR Clinical Research (Ireland) Ltd – Offer of Employment – C. Moynihan",
        A("offer", MKR, MKRR, 5, "docusign"),
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#ffffff"><tr><td style="padding:24px">
<p style="font-size:20px;color:#333">Ciara Walsh sent you a document to review and sign.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=5e21c9d8-7a44-4b0b-9f0e-2d1b31c&amp;acct=3f7c"
style="background:#ffc423;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p><b>Ciara Walsh</b><br>ciara.walsh@mkrclinical.example</p>
<p>Dear Clodagh,<br><br>Please find attached your offer of employment and contract for the position
of Regulatory Start-Up Specialist II. Kindly review, sign and return by Friday 30 January.<br><br>
Kind regards,<br>Ciara Walsh, HR Business Partner</p>
<p style="font-size:11px;color:#666">Do Not Share This Email<br>This email contains a secure link to DocuSign.
Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "mk9k",
        "2026-01-28 21:06",
        "DocuSign System <dse_NA3@docusign.net>",
        "Completed: MKR Clinical Research (Ireland) Ltd – Offer of Employment – C. Moynihan",
        A("offer", MKR, MKRR, 5, "docusign"),
        st="accepted",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600"><tr><td style="padding:24px">
<p style="font-size:20px">Your document has been completed</p>
<p>All parties have completed <b>MKR Clinical Research (Ireland) Ltd – Offer of Employment –
C. Moynihan</b>.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=91bb0d3e-0c5f-4d8f-a0a3-7be9e1&amp;acct=3f7c">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px;color:#666">Powered by DocuSign. Do Not Share This Email.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "mk0b",
        "2026-02-04 08:15",
        "HireRight <noreply@hireright.com>",
        "MKR has requested a background screen – action needed",
        J("other_job", "other", MKR, MKRR),
        text="""Dear Clodagh Moynihan,

MKR Clinical Research (Ireland) Limited has requested that HireRight conduct a background screen
as part of your offer of employment. To proceed, please complete your information and provide
your consent using the secure link below within 3 business days:

https://www.hireright.com/apply/start?key=Q2xvZGFnaE1LUjIwMjY

The screen will include employment history (7 years), education and a Garda-equivalent criminal
record check where permitted by law.

Questions? Visit https://applicant.hireright.com or contact us on +353 1 5xx xxxx.

HireRight
""",
    ),
    m(
        "mk0w",
        "2026-02-19 12:30",
        "Ciara Walsh <ciara.walsh@mkrclinical.example>",
        "Welcome to MKR – your first day on 2 March",
        J("other_job", "direct", MKR, MKRR),
        text="""Dear Clodagh,

We're delighted that you'll be joining us on Monday 2nd March. Here are a few things to help you
get ready:

- Please arrive at Block B, Central Park for 09:00; Aisling or I will meet you at reception.
- Bring photo ID, your PPS number and your bank details for payroll (IBAN).
- Your laptop will be ready for you on the day; IT will send log-in details to this address
  on Friday 27th.
- Induction week runs Monday to Thursday; you'll meet Fionnuala on Monday afternoon.

Your background screen came back clear – thank you for completing it so quickly.

Looking forward to seeing you,
Ciara

Ciara Walsh | HR Business Partner, Ireland
MKR Clinical Research (Ireland) Limited
""",
    ),
]


# --- National Medicines Safety Centre / An Lárionad Náisiúnta um Shábháilteacht Leigheasanna ---
# (publicjobs.ie competition, then the agency's own HR)

_PJ_FOOTER = """
Is mise le meas,
publicjobs
Chapter House, 26/30 Upper Abbey Street, Dublin 1, D01 C7W6
www.publicjobs.ie

Please do not reply to this email. To contact us about this campaign, log in to your profile and
use the "Contact" facility on the campaign page."""

_NMSC_OFFER = m(
    "nm6o",
    "2026-02-11 15:42",
    "Seosaimhín Ní Bhriain <hr@nmsc.example>",
    "Offer of Appointment – Regulatory Affairs Officer",
    A("offer", NMSC, NMSCR, 6, "direct"),
    text="""A Chara,

I refer to the recent competition for the post of Regulatory Affairs Officer held by publicjobs
on behalf of An Lárionad Náisiúnta um Shábháilteacht Leigheasanna / the National Medicines Safety
Centre (NMSC), in which you were placed on the panel.

I am pleased to inform you that a vacancy has arisen in the Human Medicines Licensing Department,
and I am now in a position to offer you appointment to the post, on the following terms:

  Grade: Regulatory Affairs Officer
  Salary: €58,917 (point 1 of the scale), in accordance with Government pay policy
  Tenure: permanent, subject to a probationary period of 12 months
  Location: NMSC, Earlsfort Centre, Dublin 2

This offer is subject to satisfactory Garda vetting, medical clearance and references. I should be
grateful if you would confirm in writing whether you wish to accept the offer by Wednesday 18
February 2026. Should you decline, your name will be removed from the panel.

Is mise le meas,

Seosaimhín Ní Bhriain
Oifigeach Acmhainní Daonna | Human Resources Officer
An Lárionad Náisiúnta um Shábháilteacht Leigheasanna
National Medicines Safety Centre
Earlsfort Centre, Earlsfort Terrace, Dublin 2
""",
)

MAIL += [
    m(
        "nm0p",
        "2025-09-22 20:11",
        "publicjobs <noreply@publicjobs.ie>",
        "Welcome to publicjobs – please verify your email address",
        J("other_job", "other"),
        text="""Dear Clodagh,

Thank you for registering with publicjobs. Please verify your email address by clicking the link
below:

https://www.publicjobs.ie/en/account/verify?token=d8e5c2b7a1

Once verified you can complete your profile and apply for campaigns.

publicjobs – Recruiting for the Public Service
""",
    ),
    m(
        "nm1a",
        "2025-09-24 22:38",
        "publicjobs <noreply@publicjobs.ie>",
        "Application Received – NMSC Regulatory Affairs Officer (Ref: NMS25-014)",
        A("confirmation", NMSC, NMSCR, 6, "other"),
        text=f"""Dear Clodagh Moynihan,

Thank you for your application for the post of:

Regulatory Affairs Officer
An Lárionad Náisiúnta um Shábháilteacht Leigheasanna / National Medicines Safety Centre
Campaign reference: NMS25-014

Your application was received at 22:38 on 24/09/2025. You can view it at any time in the "My
Applications" section of your profile.

Please note that a shortlisting process may be employed. All further communication regarding this
campaign will be sent to your publicjobs profile and you will receive a notification by email when
a new message is available. It is your responsibility to check your profile regularly.
{_PJ_FOOTER}
""",
    ),
    m(
        "nm2s",
        "2025-10-23 16:05",
        "publicjobs <noreply@publicjobs.ie>",
        "New message in your publicjobs profile – NMS25-014",
        A("viewed", NMSC, NMSCR, 6, "other"),
        text=f"""Dear Clodagh Moynihan,

Re: Regulatory Affairs Officer – NMS25-014

A shortlisting process was carried out by a board appointed for this purpose. I am pleased to
inform you that, on the basis of the information provided in your application form, you have been
successful at the shortlisting stage of this competition.

Interviews are expected to take place in Dublin during the week commencing 17 November 2025.
Further details, including the date, time and venue of your interview, will issue in due course.
{_PJ_FOOTER}
""",
    ),
    m(
        "nm3i",
        "2025-11-05 11:27",
        "publicjobs <noreply@publicjobs.ie>",
        "Invitation to Interview – NMS25-014 Regulatory Affairs Officer",
        A("interview", NMSC, NMSCR, 6, "other"),
        text=f"""Dear Clodagh Moynihan,

Further to our previous correspondence, I am pleased to invite you to attend for a panel interview
for the above position, as follows:

  Date:   Wednesday 19 November 2025
  Time:   14:15 (please arrive 20 minutes early)
  Venue:  publicjobs, Chapter House, 26/30 Upper Abbey Street, Dublin 1

The interview will be competency based and will last approximately 40 minutes. The competencies
to be assessed are set out in the candidate information booklet: Specialist Knowledge, Expertise
and Self Development; Analysis and Decision Making; Delivery of Results; Interpersonal and
Communication Skills. You will also be asked to give a 5-minute presentation, without slides, on:
"The regulatory challenges for a national competent authority in the implementation of the
revised EU pharmaceutical legislation".

Please bring photographic identification (passport or driving licence) and the originals of your
qualifications. If you are unable to attend, please notify us through your profile as soon as
possible; alternative dates cannot be guaranteed.

We wish you every success.
{_PJ_FOOTER}
""",
    ),
    m(
        "nm4r",
        "2025-12-04 17:50",
        "publicjobs <noreply@publicjobs.ie>",
        "Result of Interview – NMS25-014",
        A("confirmation", NMSC, NMSCR, 6, "other"),
        st="on_hold",
        text=f"""Dear Clodagh Moynihan,

Re: Regulatory Affairs Officer, National Medicines Safety Centre – NMS25-014

I refer to your recent interview for the above competition. I am pleased to advise you that you
have been successful at interview and that you have been placed on a panel from which
appointments may be made. Your position on the panel in order of merit is 3.

Please note that placement on a panel is not a guarantee of appointment. Appointments will be made
from the panel in order of merit as vacancies arise during its lifetime of 12 months. If you are
next in line for appointment, the NMSC will contact you directly.

Feedback on your performance at interview is available on request through your profile.
{_PJ_FOOTER}
""",
    ),
    _NMSC_OFFER,
    m(
        "nm7d",
        "2026-02-16 10:14",
        "Seosaimhín Ní Bhriain <hr@nmsc.example>",
        "RE: Offer of Appointment – Regulatory Affairs Officer",
        A("offer", NMSC, NMSCR, 6, "direct"),
        st="declined",
        text="""Dear Clodagh,

Thank you for your email of 13 February. I confirm that we have noted your decision to decline the
offer of appointment to the post of Regulatory Affairs Officer, and your name has been removed from
the panel for this competition.

We wish you every success in your new role.

Le gach dea-ghuí,
Seosaimhín Ní Bhriain
Human Resources, NMSC

________________________________________
From: Clodagh Moynihan <clodagh.moynihan@gmail.com>
Sent: 13 February 2026 19:02
To: HR NMSC
Subject: Re: Offer of Appointment – Regulatory Affairs Officer

Dear Ms Ní Bhriain,

Thank you very much for the offer of appointment. Having given it a great deal of thought, I have
recently accepted a position in the private sector and I must therefore decline. I'm grateful to
the Centre and to the interview board for the opportunity.

Kind regards,
Clodagh Moynihan
""",
        **thread(_NMSC_OFFER),
    ),
    # --- National Clinical Trials Office (publicjobs): not shortlisted ---
    m(
        "nc1a",
        "2025-10-01 21:55",
        "publicjobs <noreply@publicjobs.ie>",
        "Application Received – NCTO Clinical Trials Regulatory Officer (Ref: NCT25-203)",
        A("confirmation", NCTO, NCTOR, 7, "other"),
        text=f"""Dear Clodagh Moynihan,

Thank you for your application for the post of:

Clinical Trials Regulatory Officer (Grade VII equivalent)
National Clinical Trials Office
Campaign reference: NCT25-203

Your application was received at 21:55 on 01/10/2025. You can view it at any time in the "My
Applications" section of your profile.

Please note that a shortlisting process may be employed. All further communication regarding this
campaign will be sent to your publicjobs profile and you will receive a notification by email when
a new message is available.
{_PJ_FOOTER}
""",
    ),
    m(
        "nc2r",
        "2025-10-29 15:31",
        "publicjobs <noreply@publicjobs.ie>",
        "New message in your publicjobs profile – NCT25-203",
        A("rejection", NCTO, NCTOR, 7, "other"),
        text=f"""Dear Clodagh Moynihan,

Re: Clinical Trials Regulatory Officer – NCT25-203

Thank you for your interest in the above competition. There was a very high level of interest in
this campaign and a shortlisting exercise was carried out by a board, based on the information
provided in candidates' application forms.

I regret to inform you that, on this occasion, you have not been shortlisted to proceed to the next
stage of the competition. The board noted that the number of candidates who met the essential
requirements, and demonstrated significant experience of clinical trial applications under
Regulation (EU) No 536/2014, exceeded the number that could be invited to interview.

You may request a review of this decision under Section 7 of the Code of Practice within 5 working
days of this notification.

I would like to thank you for your interest in this post and wish you every success in the future.
{_PJ_FOOTER}
""",
    ),
    m(
        "pj9n",
        "2026-01-12 07:00",
        "publicjobs <alerts@publicjobs.ie>",
        "New campaigns matching your job alert: Science & Technical",
        J("alert", "other"),
        text="""Dear Clodagh,

The following new campaigns match your job alert "Science & Technical – Dublin, Cork":

* Scientific Officer (Pharmacovigilance) – National Medicines Safety Centre – closing 29/01/2026
* Senior Chemist – State Laboratory – closing 02/02/2026
* Quality & Regulatory Lead – Health Research Board Unit – closing 05/02/2026
* Laboratory Analyst – Cork County Council (Environment) – closing 30/01/2026

Log in to publicjobs to view the full details and to apply.

To manage your job alerts, visit your profile > Job Alerts.
""",
    ),
]


# --- Lee Valley Medical through Hollis Scientific (client named only after the CV went in) ---

_HOL_FIRST = m(
    "ho1o",
    "2025-10-07 09:12",
    "Dara Kinsella <dara.kinsella@hollisscientific.example>",
    "RA Specialist – MedTech – Cork (hybrid)",
    J("outreach", "agency", None, LVMR),
    text="""Hi Clodagh,

Hope you're well. I came across your profile on LinkedIn and thought you might be interested in a
role I'm recruiting for on an exclusive basis.

My client is an established orthopaedic device manufacturer with a large site in Cork city (about
600 people) and a growing regulatory team. They're looking for a Regulatory Affairs Specialist to
work on MDR technical documentation and notified body submissions for their Class IIb and III
portfolio.

- Permanent, €60–68k + 10% bonus + pension + health insurance
- Hybrid – 2 days on site; they'd consider someone travelling from Dublin for the first few months
- Reporting to the Regulatory Affairs Manager

Your generics background would be a bit of a change, but they're open to strong pharma RA people
who are interested in devices. Would you be open to a quick call this week? I can share the full
JD and the client's name once we've spoken.

Kind regards,
Dara

Dara Kinsella
Senior Consultant – Life Sciences
Hollis Scientific Recruitment
Mespil Road, Dublin 4
T: +353 1 6xx 4471 | M: +353 85 133 9702
Licence No. EA 4412
""",
)

_HOL_SUB = m(
    "ho2c",
    "2025-10-10 16:44",
    "Dara Kinsella <dara.kinsella@hollisscientific.example>",
    "RE: RA Specialist – MedTech – Cork (hybrid)",
    A("confirmation", LVM, LVMR, 8, "agency"),
    text="""Hi Clodagh,

Thanks for the chat yesterday and for the updated CV. As discussed, I've now submitted your
application to my client – I can tell you now that it's Lee Valley Medical (the old Lee Valley
Orthopaedics site on the Model Farm Road). The JD is attached.

Their RA manager, Maeve Corcoran, usually turns CVs around within a week, so I'll be in touch as
soon as I have feedback.

Have a good weekend,
Dara

Dara Kinsella | Senior Consultant – Life Sciences | Hollis Scientific Recruitment
""",
    attach=[
        (
            "JD_Regulatory_Affairs_Specialist_LVM.txt",
            "text/plain",
            "Regulatory Affairs Specialist (MDR) - Lee Valley Medical, Cork\nReports to: Regulatory Affairs Manager\n",
        )
    ],
    **thread(_HOL_FIRST),
)

MAIL += [
    _HOL_FIRST,
    _HOL_SUB,
    m(
        "ho3i",
        "2025-10-22 13:20",
        "Dara Kinsella <dara.kinsella@hollisscientific.example>",
        "Interview confirmed – Lee Valley Medical – Thurs 30th Oct",
        A("interview", LVM, LVMR, 8, "agency"),
        text="""Hi Clodagh,

Great news – Lee Valley Medical would like to meet you! Details:

  Thursday 30th October, 2pm – 3pm
  Teams (invite from Maeve's calendar to follow)
  Panel: Maeve Corcoran (Regulatory Affairs Manager) and Colm Nagle (Quality Director)

They'll want to hear about how you'd approach a gap assessment of an MDD-era technical file
against MDR Annex II/III, and about working with a notified body. It would be worth reading up
on their hip and knee range on the website.

Can we have a quick call on Tuesday evening to prep? I'm free after 6.

Dara
""",
        **thread(_HOL_FIRST, _HOL_SUB),
    ),
    m(
        "ho4a",
        "2025-10-28 08:02",
        "Dara Kinsella <dara.kinsella@hollisscientific.example>",
        "Automatic reply: prep call",
        J("other_job", "agency"),
        text="""Hi,

Thank you for your email. I am out of the office on Tuesday 28th October and will respond on my
return on Wednesday. For anything urgent please contact the Hollis Scientific team on
+353 1 6xx 4400 or info@hollisscientific.example.

Kind regards,
Dara Kinsella
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "ho5r",
        "2025-11-07 12:55",
        "Dara Kinsella <dara.kinsella@hollisscientific.example>",
        "Feedback from Lee Valley",
        A("rejection", LVM, LVMR, 8, "agency"),
        text="""Hi Clodagh,

I tried calling you but I think you're in work, so I'll put it in writing.

I heard back from Maeve this morning. They really liked you – she said you were one of the most
organised candidates they'd met and that your answer on the gap assessment was very thorough.
Unfortunately, they've decided to offer the role to someone who has worked directly with a
notified body on Class III files, which was the deciding factor given the audit they have coming
up in Q1.

I know that's disappointing after a good interview. I'd love to keep working with you – I have
another device client in Dublin who may have something in the new year, and I think the feedback
today is a great reference point. Let's catch up next week.

Dara
""",
    ),
]
