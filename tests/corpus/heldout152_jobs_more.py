# ruff: noqa: E501, RUF100
"""Corpus 152, job mail part two (data only): see heldout152.py."""

from __future__ import annotations

from typing import Any

from heldout152_jobs import (
    AF,
    AFR,
    BH,
    BHR,
    HC,
    HCR,
    KE,
    KE2,
    LL,
    LLR,
    NP,
    NPR,
    PF,
    PFR,
    PK,
    PKR,
    TA,
    TAR,
    TK,
    TKR,
    TV,
    TVR,
    A,
    J,
    N,
    ics,
    m,
    re,
)

# --- 13: Kerrigan Walsh (agency) for Pōhutukawa Foods, named late --------------------------------

_KW_SIG = """Ben Tapsell
Senior Consultant - Accounting & Payroll
Kerrigan Walsh Recruitment | Level 9, 120 Albert Street, Auckland
M 022 555 3071 | kerriganwalsh.example

Kerrigan Walsh is a trading name of KW Talent Group (NZ) Limited. This email may contain
confidential information. If you are not the intended recipient, please notify us and delete."""

_kw_screen = m(
    "b1t2",
    "2025-10-29 09:14",
    "Ben Tapsell <ben.tapsell@kerriganwalsh.example>",
    "Payroll Officer role - quick chat?",
    A("interview", PF, PFR, 13, "agency"),
    text="""Kia ora Aroha,

Thanks for your application for the Payroll Officer role I've got advertised on Seek. Your
background looks like a really good fit - end-to-end pays for a 250-person business, plus
the AP side, is exactly what my client is after.

Are you free for a 20-minute phone chat tomorrow (Thursday) at 12.30pm? I'll run you through
the role and check a few things before I present you.

I can't name the client just yet, but it's a well-known NZ-owned food manufacturer based in
East Tāmaki, around 600 staff across two sites, a mix of salaried and waged employees on
rosters, currently running Datacom payroll.

Cheers,
"""
    + _KW_SIG,
)

_kw_client = m(
    "b1t3",
    "2025-11-06 14:28",
    "Ben Tapsell <ben.tapsell@kerriganwalsh.example>",
    "RE: Payroll Officer role - quick chat?",
    A("interview", PF, PFR, 13, "agency"),
    **re(_kw_screen),
    text="""Hi Aroha,

Good news! My client has reviewed your CV and would like to meet you. As promised, now I can
tell you who it is - it's Pōhutukawa Foods (the Pōhutukawa range of sauces and dressings -
you'll have seen them in the supermarket).

Details:
  Thursday 13 November, 10.00am
  Pōhutukawa Foods, 22 Springs Road, East Tāmaki (visitor parking out front)
  Meeting with Leanne Marsh (Payroll & HR Systems Manager) and Viv Chand (Financial
  Controller)

Dress is smart casual - they're a pretty down-to-earth bunch. I've sent a calendar invite.
Give me a call after if you can, I'd love to hear how it went.

Cheers,
"""
    + _KW_SIG,
    ics=ics(
        "4q2c8s1vm0bkk9tq3pn6lrd0a7@google.com",
        "2025-11-13 10:00",
        "Interview - Pōhutukawa Foods (Payroll Officer)",
        ("Ben Tapsell", "ben.tapsell@kerriganwalsh.example"),
        location="Pōhutukawa Foods, 22 Springs Road, East Tāmaki, Auckland",
        description="Leanne Marsh (Payroll & HR Systems Manager) and Viv Chand (Financial Controller). Ask for Leanne at reception.",
    ),
)

# --- 15: Paykiwi (Lever tenant "pk-software") -----------------------------------------------------

_PK_INVITE_FOOT = """
Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving
future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser,
be added to the guest list, invite others regardless of their own invitation status, or
modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"""

_pk_interview = m(
    "v9e3",
    "2025-11-11 15:02",
    "Tessa Moore <tessa.moore@paykiwi.example>",
    "Invitation: Paykiwi | Payroll Implementation Specialist - interview w/ Dan @ Tue 18 Nov 2025 1pm - 2pm (NZDT) (aroha.trw@gmail.com)",
    A("interview", PK, PKR, 15, "direct"),
    text="""Paykiwi | Payroll Implementation Specialist - interview w/ Dan
Tuesday 18 Nov 2025 ⋅ 1pm - 2pm
New Zealand Time - Auckland

Join with Google Meet
meet.google.com/wpt-rhzc-kqe

Hi Aroha - as discussed, this is your interview with Dan Whitcombe (Head of Customer
Onboarding) and Sarah Li (Senior Implementation Specialist). Dan will share a sample
customer's payroll setup and ask you to walk through how you'd migrate it. See you then!
Tessa

Guests
Tessa Moore - organiser
Dan Whitcombe
Sarah Li
aroha.trw@gmail.com

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NmVrcWpk
Reply for aroha.trw@gmail.com
Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3
"""
    + _PK_INVITE_FOOT,
    ics=ics(
        "6ekqjd2f0m8k3t1g7u9hv4c2sa@google.com",
        "2025-11-18 13:00",
        "Paykiwi | Payroll Implementation Specialist - interview w/ Dan",
        ("Tessa Moore", "tessa.moore@paykiwi.example"),
        location="https://meet.google.com/wpt-rhzc-kqe",
        attendees=[
            ("Dan Whitcombe", "dan.whitcombe@paykiwi.example"),
            ("Sarah Li", "sarah.li@paykiwi.example"),
        ],
    ),
)

# --- 16: Fernleaf Finance Recruitment (agency) for Te Ara Housing Trust ------------------------

_FL_SIG = """Olivia Chen
Senior Consultant | Finance & Accounting Support
Fernleaf Finance Recruitment
D +64 9 555 2290 | M 021 555 8812
Level 4, 16 Viaduct Harbour Avenue, Auckland 1010
fernleafrecruit.example"""

_fl_submit = m(
    "o3l1",
    "2025-11-12 17:26",
    "Olivia Chen <olivia.chen@fernleafrecruit.example>",
    "Your application - AP Officer (6 month fixed-term)",
    A("confirmation", TA, TAR, 16, "agency"),
    text="""Hi Aroha,

Lovely to chat this afternoon. As discussed, I'd like to put you forward for the Accounts
Payable Officer role (6-month fixed-term, potential to go permanent, $65-70k pro rata,
Central Auckland / hybrid from February).

Before I send your CV through, could you please reply to this email confirming you consent
to Fernleaf Finance Recruitment representing you for this role? I won't send your details
anywhere without your OK.

My client is a charitable housing provider - I'll be able to share their name once they've
had a look at your CV. They're a lovely team of about 120, with a small finance team of 6.

Talk soon,

"""
    + _FL_SIG,
)

_fl_interview = m(
    "o3l2",
    "2025-11-21 12:09",
    "Olivia Chen <olivia.chen@fernleafrecruit.example>",
    "Interview confirmed - Monday 24 Nov, Te Ara Housing Trust",
    A("interview", TA, TAR, 16, "agency"),
    **re(_fl_submit),
    text="""Hi Aroha,

Great news - my client would love to meet you! I can now tell you it's Te Ara Housing
Trust. They provide community and transitional housing across Tāmaki Makaurau.

You'll be meeting:
  - Rawiri Nathan, Finance Manager
  - Chloe Dunn, Senior Accountant

Monday 24 November, 10.00am - 11.00am, via Microsoft Teams (they're happy to do this one
online given you're in Hamilton). Link is in the calendar invite.

A few tips: they'll ask about month-end accruals and supplier relationships, and they care a
lot about values - have a look at their kaupapa on the website. Happy to jump on a prep call
on Friday if you like.

Good luck!

"""
    + _FL_SIG,
    ics=ics(
        "1m7okf9q2v3d5b8gk0t4hx6r2c@google.com",
        "2025-11-24 10:00",
        "Aroha Te Rangi-Whitfield - interview with Te Ara Housing Trust (AP Officer)",
        ("Olivia Chen", "olivia.chen@fernleafrecruit.example"),
        location="Microsoft Teams - link in description",
        description="Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TeAra24Nov\nRawiri Nathan and Chloe Dunn",
    ),
)

# --- 17: Northgate Port (Taleo), offer accepted via DocuSign ----------------------------------

_NP_SIG = """Karen Faleolo
Senior Recruitment Advisor | People & Culture
Northgate Port Limited
40 Breakwater Road, Auckland 1010 | DDI 09 555 6034
northgateport.example

This communication, including any attachments, is confidential. If you are not the intended
recipient, you should not read it - please contact the sender and delete it. Northgate Port
Limited does not accept liability for any viruses."""

_np_offer = m(
    "n4p5",
    "2025-12-15 16:18",
    "Karen Faleolo <karen.faleolo@northgateport.example>",
    "Offer of employment - Payroll Officer",
    A("offer", NP, NPR, 17, "direct"),
    text="""Kia ora Aroha,

It was so lovely to speak to you this afternoon and hear how happy you were! As promised,
here is a summary of our offer for the Payroll Officer role:

  Position:        Payroll Officer, People & Culture (full-time permanent)
  Reporting to:    Jo Mahuika, Payroll Manager
  Salary:          $79,500 gross per annum, reviewed annually
  KiwiSaver:       3% employer contribution (on top of salary)
  Annual leave:    5 weeks after 12 months' service
  Parental leave:  we top up government paid parental leave to 100% of your salary for
                   the first 26 weeks, and offer a phased return to work
  Other:           free on-site parking, annual flu vaccine, EAP, and a $500 wellbeing
                   allowance
  Start date:      Monday 19 January 2026

Your formal letter of offer and employment agreement will arrive shortly via DocuSign.
Please take the time to read them and, if you like, get independent advice before signing
- you have until Friday 19 December. The offer remains subject to your Ministry of Justice
check, which I expect back in the next week or so.

Welcome (almost) aboard!

Ngā mihi,

"""
    + _NP_SIG,
)

MAIL: list[dict[str, Any]] = [
    # ---- Brightwater Healthcare via LinkedIn Easy Apply (12) ------------------------------------
    m(
        "l6b0",
        "2025-10-20 06:58",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Aroha, your application was sent to Brightwater Healthcare Group",
        A("confirmation", BH, BHR, 12, "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo" alt="LinkedIn" width="84">
<h2 style="font-size:20px">Your application was sent to Brightwater Healthcare Group</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/brightwater-logo" width="48" alt=""></td>
<td><b>Payroll Coordinator</b><br>Brightwater Healthcare Group<br>Auckland, New Zealand (Hybrid)</td></tr></table>
<p>Applied on 20 October 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4123987765/?trk=eml-email_application_confirmation">View job</a></p>
<p style="color:#666;font-size:12px">Now, take these next steps for more success with your job search:
<a href="https://www.linkedin.com/jobs/">See similar jobs</a></p>
<p style="color:#666;font-size:11px">This email was intended for Aroha Te Rangi-Whitfield (Payroll &amp; Accounts Officer at Kahikatea Building Supplies).
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> ·
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "l6b1",
        "2025-10-22 18:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Brightwater Healthcare Group",
        A("viewed", BH, BHR, 12, "linkedin"),
        text="""Your application was viewed by Brightwater Healthcare Group

Payroll Coordinator
Brightwater Healthcare Group · Auckland, New Zealand (Hybrid)
Applied 2d ago

View job: https://www.linkedin.com/jobs/view/4123987765/?trk=eml-jobs_application_viewed

----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job application notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "l6b2",
        "2025-11-19 11:21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Brightwater Healthcare Group",
        A("rejection", BH, BHR, 12, "linkedin"),
        text="""Brightwater Healthcare Group
Payroll Coordinator · Auckland, New Zealand (Hybrid)

Hi Aroha,

Thank you for your interest in the Payroll Coordinator position at Brightwater Healthcare
Group. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Brightwater.

Regards,
Brightwater Healthcare Group

----------------------------------------
View similar jobs: https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=4123987765
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    # ---- Kerrigan Walsh: cold outreach (no application), then Pōhutukawa Foods (13) ---------------
    m(
        "b1t0",
        "2025-09-17 13:45",
        "Ben Tapsell <ben.tapsell@kerriganwalsh.example>",
        "Temp payroll contract - Hamilton",
        J("outreach", "agency", None, "Payroll Officer (3-month contract)"),
        text="""Hi Aroha,

I came across your profile on LinkedIn and hope you don't mind me reaching out directly.

I'm working on a 3-month payroll contract for a manufacturing client in Te Rapa, starting
early October - covering parental leave, ~180 staff, weekly waged pays on iPayroll,
$38-42/hr depending on experience.

I appreciate you're probably in a permanent role, but if you're open to contract work (or
know someone who might be), I'd love to have a chat. Either way it'd be good to connect as
I look after most of the payroll roles across Auckland and the Waikato.

Cheers,
"""
        + _KW_SIG,
    ),
    m(
        "b1t1",
        "2025-10-27 20:57",
        "SEEK <noreply@seek.co.nz>",
        "Your application was successfully submitted",
        A("confirmation", PF, PFR, 13, "other"),
        text="""Application sent

Hi Aroha,

Your application for Payroll Officer | FMCG | East Tāmaki was successfully submitted to
Kerrigan Walsh Recruitment.

Auckland > Manukau & East Auckland · Full time · Accounting > Payroll

View applied jobs: https://www.seek.co.nz/my-activity/applied-jobs

Tip: Employers can see when you last updated your SEEK Profile.

SEEK NZ Limited, PO Box 105 366, Auckland 1143
Privacy: https://www.seek.co.nz/privacy""",
    ),
    _kw_screen,
    _kw_client,
    m(
        "b1t4",
        "2025-11-20 17:12",
        "Ben Tapsell <ben.tapsell@kerriganwalsh.example>",
        "Feedback from last Thursday",
        A("rejection", PF, PFR, 13, "agency"),
        text="""Hi Aroha,

Sorry it's taken me a week to come back to you - Leanne was away on leave.

I've got feedback and unfortunately it's not the news we wanted. They really liked you -
Leanne said you were warm, switched on and had great questions - but they've decided to go
with a candidate who's already been through a Datacom rollout, as they're in the middle of
an upgrade and need someone who can hit the ground running on that.

Honestly, it was close. I'll keep you front of mind for anything else coming through -
I've got a couple of roles that might suit early in the new year.

Cheers,
"""
        + _KW_SIG,
    ),
    # ---- Te Kōpū Holdings (iwi-owned) via Do Good Jobs (14) ------------------------------------
    m(
        "g8h0",
        "2025-10-28 21:10",
        "Do Good Jobs <noreply@dogoodjobs.co.nz>",
        "You've applied for Finance Officer at Te Kōpū Holdings",
        A("confirmation", TK, TKR, 14, "other"),
        text="""Kia ora Aroha,

Your application for Finance Officer at Te Kōpū Holdings has been sent. Nice one!

Te Kōpū Holdings will get in touch with you directly if they'd like to talk further.

Keep doing good,
The Do Good Jobs team
dogoodjobs.co.nz - jobs that make a difference

You're receiving this email because you applied for a role through Do Good Jobs.""",
    ),
    m(
        "g8h1",
        "2025-11-04 12:37",
        "Hemi Walker <hemi@tekopu.example>",
        "Finance Officer mahi",
        A("interview", TK, TKR, 14, "direct"),
        text="""Kia ora Aroha,

Thanks heaps for your application and CV, loved reading about your mahi at Kahikatea and
the payroll clean-up you did there. Also nice to see you whakapapa to Waikato-Tainui, we've
got a few whanaunga in common I reckon!

Keen to have a kōrero? Nothing too formal - me and Aunty Pare (our GM) would love to hear a
bit about you and tell you about where the business is heading. We look after the iwi's
commercial stuff - the fishing quota, a couple of farms and a small tourism venture - so it's
a real mix. Based in Ōtāhuhu but pretty flexible.

Would Thursday arvo at 3 work on Zoom? Here's the link:
https://us06web.zoom.us/j/85512239041?pwd=TeKopu2025

Ngā mihi
Hemi

Hemi Walker
Finance Manager | Te Kōpū Holdings Limited Partnership""",
    ),
    m(
        "g8h2",
        "2025-11-11 22:03",
        "Hemi Walker <hemi.walker73@gmail.com>",
        "Re: Finance Officer mahi",
        A("rejection", TK, TKR, 14, "direct"),
        text="""Kia ora e hoa,

Sorry for the slow reply, been flat out with the hui-ā-iwi this week.

Really enjoyed our kōrero on Thursday. I'm gutted to say we've offered the role to one of
our own uri who's been doing part-time admin for the trust for a couple of years - it just
made sense for us, growing our own people and all that. Nothing at all against you, you'd
have been great.

If you're keen I'd love to keep your details on file - we'll be looking for someone to help
with year-end in April/May.

Ngā mihi nui, and all the best with the move up
Hemi

Sent from my phone, excuse the typos""",
    ),
    # ---- Paykiwi (Lever) (15): intro call, interview cancelled and moved, rejection -----------
    m(
        "v9e0",
        "2025-11-02 16:48",
        "Paykiwi <no-reply@hire.lever.co>",
        "Thanks for applying to Paykiwi!",
        A("confirmation", PK, PKR, 15, "lever"),
        reply_to="Paykiwi Talent <talent@paykiwi.example>",
        text="""Hey Aroha,

Thanks for applying for the Payroll Implementation Specialist role at Paykiwi! We've got
your application and one of our humans (not a bot, promise) will read it this week.

A bit about us: we're a team of 85 building payroll software for Kiwi businesses that don't
want to hire a payroll person (ironic, we know). Our Implementation team gets new customers
from spreadsheets and old desktop payroll onto Paykiwi - cleanly, and Holidays Act
compliant.

We'll be in touch either way.

Cheers,
The Paykiwi Talent Team

Paykiwi Software Limited · 27 Gaunt Street, Wynyard Quarter, Auckland
https://jobs.lever.co/pk-software""",
    ),
    m(
        "v9e1",
        "2025-11-05 10:22",
        "Tessa Moore <tessa.moore@paykiwi.example>",
        "Paykiwi - Payroll Implementation Specialist",
        A("interview", PK, PKR, 15, "direct"),
        text="""Hi Aroha,

Tessa here, I look after recruitment at Paykiwi. Thanks for your application - your mix of
hands-on payroll and system admin is exactly what we're looking for.

I'd love to set up a 30-min intro video call. I've sent you a calendar invite for Friday 7
November at 11am - if that doesn't work, just hit reply with a couple of times that do.

Looking forward to chatting,
Tessa

Tessa Moore | Talent Partner | Paykiwi""",
        ics=ics(
            "3fo9a1bq0k2pj8mdxe5w7un4ht@google.com",
            "2025-11-07 11:00",
            "Paykiwi intro chat - Aroha / Tessa",
            ("Tessa Moore", "tessa.moore@paykiwi.example"),
            minutes=30,
            location="https://meet.google.com/jkq-bvua-xme",
        ),
    ),
    _pk_interview,
    m(
        "v9e4",
        "2025-11-17 08:05",
        "Tessa Moore <tessa.moore@paykiwi.example>",
        "Cancelled event: Paykiwi | Payroll Implementation Specialist - interview w/ Dan @ Tue 18 Nov 2025 1pm - 2pm (NZDT) (aroha.trw@gmail.com)",
        A("interview", PK, PKR, 15, "direct"),
        text="""This event has been cancelled.

Paykiwi | Payroll Implementation Specialist - interview w/ Dan
Tuesday 18 Nov 2025 ⋅ 1pm - 2pm
New Zealand Time - Auckland

Note from organiser: Hi Aroha, Dan's come down with something nasty and is off sick today and
tomorrow. Really sorry! Sending a new time through now.

Organiser
Tessa Moore
"""
        + _PK_INVITE_FOOT,
        ics=ics(
            "6ekqjd2f0m8k3t1g7u9hv4c2sa@google.com",
            "2025-11-18 13:00",
            "Paykiwi | Payroll Implementation Specialist - interview w/ Dan",
            ("Tessa Moore", "tessa.moore@paykiwi.example"),
            method="CANCEL",
            attendees=[
                ("Dan Whitcombe", "dan.whitcombe@paykiwi.example"),
                ("Sarah Li", "sarah.li@paykiwi.example"),
            ],
        ),
    ),
    m(
        "v9e5",
        "2025-11-17 08:11",
        "Tessa Moore <tessa.moore@paykiwi.example>",
        "Invitation: Paykiwi | interview w/ Dan & Sarah (rescheduled) @ Thu 20 Nov 2025 9:30am - 10:30am (NZDT) (aroha.trw@gmail.com)",
        A("interview", PK, PKR, 15, "direct"),
        text="""Paykiwi | interview w/ Dan & Sarah (rescheduled)
Thursday 20 Nov 2025 ⋅ 9:30am - 10:30am
New Zealand Time - Auckland

Join with Google Meet
meet.google.com/wpt-rhzc-kqe

Thanks for being flexible Aroha! Same format as before. - T

Guests
Tessa Moore - organiser
Dan Whitcombe
Sarah Li
aroha.trw@gmail.com
"""
        + _PK_INVITE_FOOT,
        ics=ics(
            "0b7ru2xk5q9fm3cd8e1sjw6olp@google.com",
            "2025-11-20 09:30",
            "Paykiwi | interview w/ Dan & Sarah (rescheduled)",
            ("Tessa Moore", "tessa.moore@paykiwi.example"),
            location="https://meet.google.com/wpt-rhzc-kqe",
            attendees=[
                ("Dan Whitcombe", "dan.whitcombe@paykiwi.example"),
                ("Sarah Li", "sarah.li@paykiwi.example"),
            ],
        ),
    ),
    m(
        "v9e6",
        "2025-12-10 14:55",
        "Paykiwi <no-reply@hire.lever.co>",
        "Following up on your Paykiwi application",
        A("rejection", PK, PKR, 15, "lever"),
        reply_to="Tessa Moore <tessa.moore@paykiwi.example>",
        text="""Hi Aroha,

Thank you so much for the time you've spent with us over the last few weeks - with me, and
with Dan and Sarah. Everyone enjoyed meeting you, and Dan particularly liked how you
explained the leave-liability migration.

This was a really tough decision. We've decided to progress with other candidates who have
more direct customer-facing implementation experience, which is a big part of this role
from day one.

I know that's disappointing to hear. If you'd like more detailed feedback, just reply and
I'll set up a quick call.

All the best,
Tessa

Tessa Moore | Talent Partner | Paykiwi
Sent via Lever""",
    ),
    # ---- Fernleaf: InMail outreach, then Te Ara Housing Trust (16) ------------------------------
    m(
        "o3l0",
        "2025-11-10 12:31",
        "Olivia Chen via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Aroha, a 6-month AP role in the city?",
        J("outreach", "linkedin", None, TAR),
        text="""LinkedIn

Olivia Chen
Senior Consultant - Finance & Accounting Support at Fernleaf Finance Recruitment

Hi Aroha,

I noticed from your profile that you're relocating to Auckland early next year - exciting!

I'm recruiting an Accounts Payable Officer on a 6-month fixed-term contract (good chance of
going permanent) for a well-known charitable organisation in central Auckland. High-volume
AP on Xero plus some supplier relationship work. Hybrid, and they'd be flexible on a
January start for the right person.

Would you be open to a quick chat this week?

Kind regards,
Olivia

Reply: https://www.linkedin.com/messaging/thread/2-ZmVybmxlYWY=
----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    _fl_submit,
    _fl_interview,
    m(
        "o3l3",
        "2025-11-28 09:02",
        "Olivia Chen <olivia.chen@fernleafrecruit.example>",
        "Automatic reply: Te Ara interview - any feedback yet?",
        J("other_job", "agency", TA),
        headers={"Auto-Submitted": "auto-replied"},
        text="""Hi there,

Thank you for your email. I'm out of the office until Monday 1 December with limited access
to email. I'll respond as soon as I can on my return.

For anything urgent please contact our office on 09 555 2200.

Kind regards,
Olivia Chen
Fernleaf Finance Recruitment""",
    ),
    m(
        "o3l4",
        "2025-12-03 10:44",
        "Olivia Chen <olivia.chen@fernleafrecruit.example>",
        "Update",
        A("rejection", TA, TAR, 16, "agency"),
        text="""Hi Aroha,

Thanks for your patience while I was away. I caught up with Rawiri yesterday.

They thought you interviewed really well and loved your values fit, but in the end they've
decided to appoint internally - someone from their tenancy team who's been studying
accounting part-time and has been covering some of the AP work. Hard to compete with that!

I'm sorry it's not better news. I'll be in touch in January - I always get a rush of finance
roles in the first few weeks of the year.

Have a lovely Christmas,

"""
        + _FL_SIG,
    ),
    # ---- Northgate Port (Taleo) (17): offer accepted ---------------------------------------------
    m(
        "n4p0",
        "2025-11-14 07:30",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Northgate Port is hiring: Payroll Officer",
        J("alert", "linkedin", NP, NPR),
        text="""Northgate Port is hiring

Payroll Officer
Northgate Port · Auckland, New Zealand (On-site)
Be an early applicant · 14 applicants

View job: https://www.linkedin.com/comm/jobs/view/4139022118/?trk=eml-jobs_company_hiring

Because you follow Northgate Port.

----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "n4p1",
        "2025-11-18 19:26",
        "Northgate Port Careers <noreply@taleo.net>",
        "Northgate Port Limited - Application Received (Req 2500311)",
        A("confirmation", NP, NPR, 17, "taleo"),
        reply_to="recruitment@northgateport.example",
        text="""Dear Aroha Te Rangi-Whitfield,

Thank you for submitting your application for the position of Payroll Officer (Requisition
Number 2500311).

We have received your application and it will be reviewed by our recruitment team. Should
your qualifications match our requirements, a member of the team will contact you.

You can check the status of your application by logging into our career section:
https://ngpl.taleo.net/careersection/ext/mysubmissions.ftl

Northgate Port is a drug- and alcohol-free workplace. All offers of employment are subject
to a pre-employment drug test and a Ministry of Justice criminal record check.

Kind regards,
People & Culture
Northgate Port Limited

*** This is an automatically generated email, please do not reply ***""",
    ),
    m(
        "n4p2",
        "2025-11-24 08:12",
        "Karen Faleolo <karen.faleolo@northgateport.example>",
        "Payroll Officer - phone screen",
        A("interview", NP, NPR, 17, "direct"),
        text="""Mōrena Aroha,

Thanks for applying for our Payroll Officer role. I've had a read of your CV and would love
to have a 20-minute phone chat to learn a bit more about you.

Would Wednesday 26 November at 11am suit? I'll call you on the mobile number on your
application (021 555 6129). If not, send me a couple of times that work.

Ngā mihi,

"""
        + _NP_SIG,
    ),
    m(
        "n4p3",
        "2025-11-27 14:40",
        "Karen Faleolo <karen.faleolo@northgateport.example>",
        "Panel interview - Payroll Officer - Thursday 4 December",
        A("interview", NP, NPR, 17, "direct"),
        text="""Kia ora Aroha,

Thanks for your time yesterday - great to chat. I'm pleased to invite you to a panel
interview for the Payroll Officer role.

When: Thursday 4 December, 10.00am - 11.15am
Where: Northgate Port Administration Building, 40 Breakwater Road (sign in at the
security gate - bring photo ID; you'll be escorted to Level 2)
Panel: Jo Mahuika (Payroll Manager), Sione Taufa (People & Culture Manager) and me

Format: about 45 minutes of questions, then a 20-minute practical exercise - you'll be
given a short scenario (a shift worker's pay with overtime, a public holiday and some sick
leave) to calculate and talk through. A calculator and Excel will be provided.

Parking is available in the visitor car park off Breakwater Road.

Please accept the calendar invite so I know you're confirmed.

Ngā mihi,

"""
        + _NP_SIG,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A0F8D03A1D5FDC01000000000000000010000000",
            "2025-12-04 10:00",
            "Panel interview - Payroll Officer - Aroha Te Rangi-Whitfield",
            ("Karen Faleolo", "karen.faleolo@northgateport.example"),
            style="outlook",
            minutes=75,
            location="Admin Building Level 2, Boardroom - 40 Breakwater Road",
            attendees=[
                ("Jo Mahuika", "jo.mahuika@northgateport.example"),
                ("Sione Taufa", "sione.taufa@northgateport.example"),
            ],
        ),
    ),
    m(
        "n4p4",
        "2025-12-09 11:05",
        "Xref <noreply@xref.com>",
        "Action required: referees for Northgate Port Limited",
        J("other_job", "other", NP, NPR),
        text="""Hi Aroha,

Karen Faleolo at Northgate Port Limited has requested references for you for the Payroll
Officer role.

Please provide contact details for 2 referees:
https://candidate.xref.com/request/Q7M1-44TZ

Tips:
 - Let your referees know to expect an email and text from Xref
 - At least one should be a current or recent manager

This request expires in 5 days.

The Xref Team
Xref Limited | www.xref.com
Questions? help.xref.com""",
    ),
    m(
        "n4p6",
        "2025-12-10 09:48",
        "Karen Faleolo <karen.faleolo@northgateport.example>",
        "Pre-employment checks - Ministry of Justice consent and drug test",
        J("other_job", "direct", NP, NPR),
        text="""Kia ora Aroha,

Your referees have come back - both glowing! - so we're moving on to our pre-employment
checks.

1. Ministry of Justice criminal record check - please complete, sign and return the attached
   consent form with a copy of your passport or driver licence.
2. Pre-employment drug test - you can do this at any TDDA collection site in Hamilton; the
   voucher is attached. Please go within the next five working days.

Give me a yell if you have any questions.

Ngā mihi,

"""
        + _NP_SIG,
        attach=[
            (
                "Criminal Record Check Consent Form (MoJ).pdf",
                "application/pdf",
                "%PDF-1.4\n% Ministry of Justice - request by third party\n%%EOF\n",
            ),
            (
                "Drug Test Voucher - NGPL.pdf",
                "application/pdf",
                "%PDF-1.4\n% pre-employment test voucher\n%%EOF\n",
            ),
        ],
    ),
    _np_offer,
    m(
        "n4p7",
        "2025-12-15 16:52",
        "Northgate Port Limited via DocuSign <dse@docusign.net>",
        "Please DocuSign: Letter of Offer - Aroha Te Rangi-Whitfield.pdf",
        A("offer", NP, NPR, 17, "docusign"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<table style="background:#1e4ca1;color:#fff;width:100%"><tr><td style="padding:24px;text-align:center">
<p style="font-size:16px">Northgate Port Limited sent you a document to review and sign.</p>
<p><a href="https://apps.docusign.net/Signing/EmailStart.aspx?a=7f3b2e91-44c1-4d8a&amp;acct=d19c0e7a&amp;er=4f1b"
style="background:#ffc820;color:#333;padding:12px 20px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</td></tr></table>
<p><b>Karen Faleolo</b><br>karen.faleolo@northgateport.example</p>
<p>Kia ora Aroha,<br><br>Please review and sign your Letter of Offer and Individual Employment
Agreement for the Payroll Officer position. Let me know if you have any questions.<br><br>Ngā mihi, Karen</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure
link to DocuSign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:11px;color:#666"><b>About DocuSign</b><br>Sign documents electronically in just
minutes. It's safe, secure, and legally binding.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "n4p8",
        "2025-12-16 20:31",
        "Northgate Port Limited via DocuSign <dse@docusign.net>",
        "Completed: Letter of Offer - Aroha Te Rangi-Whitfield.pdf",
        A("offer", NP, NPR, 17, "docusign"),
        st="accepted",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td style="padding:24px;background:#1e4ca1;color:#fff;text-align:center">
<p style="font-size:16px">Your document has been completed</p>
<p><a href="https://apps.docusign.net/Signing/EmailStart.aspx?a=7f3b2e91-44c1-4d8a&amp;view=1"
style="background:#ffc820;color:#333;padding:10px 18px;text-decoration:none">VIEW COMPLETED DOCUMENT</a></p>
</td></tr>
<tr><td style="padding:16px">All parties have completed <b>Letter of Offer - Aroha Te Rangi-Whitfield.pdf</b>.</td></tr>
<tr><td style="font-size:11px;color:#666;padding:16px">Powered by DocuSign. This message was sent to you by Karen Faleolo
who is using the DocuSign Electronic Signature Service.</td></tr></table></body></html>""",
        attach=[
            (
                "Letter of Offer - Aroha Te Rangi-Whitfield.pdf",
                "application/pdf",
                "%PDF-1.6\n% completed envelope - signed by both parties\n%%EOF\n",
            )
        ],
    ),
    m(
        "n4p9",
        "2025-12-17 08:20",
        "Karen Faleolo <karen.faleolo@northgateport.example>",
        "RE: Offer of employment - Payroll Officer",
        A("offer", NP, NPR, 17, "direct"),
        st="accepted",
        **re(_np_offer),
        text="""Kia ora Aroha,

Yay! Saw the signed agreement come through last night - welcome to the whānau at Northgate
Port. Jo is over the moon.

Your MoJ check came back clear this morning too, so everything's confirmed for Monday 19
January. I'll send through your first-day info and the onboarding forms in early January -
enjoy your Christmas and the big move!

Ngā mihi,
Karen

From: Aroha Te Rangi-Whitfield <aroha.trw@gmail.com>
Sent: Tuesday, 16 December 2025 8:35 PM
To: Karen Faleolo <karen.faleolo@northgateport.example>
Subject: Re: Offer of employment - Payroll Officer

Kia ora Karen,

I'm very happy to accept the offer - I've just signed the documents in DocuSign. Thank you
so much to you, Jo and Sione. I'm looking forward to starting on the 19th!

Ngā mihi,
Aroha

"""
        + _NP_SIG,
    ),
    m(
        "n5a0",
        "2026-01-08 10:10",
        "Northgate Port People & Culture <peopleandculture@northgateport.example>",
        "Your first day at Northgate Port - Monday 19 January",
        J("other_job", "direct", NP, NPR),
        text="""Kia ora Aroha,

Nau mai, haere mai! We're looking forward to welcoming you on Monday 19 January.

Your first day
  - 7.30am: meet Karen at the security gate, 40 Breakwater Road
  - 8.00am - 12.00pm: site safety induction (required before you can go past the gate
    unescorted - please wear enclosed shoes)
  - 12.00pm: lunch with the Payroll team
  - Afternoon: IT set-up with Jo

Before you start, please complete the forms in our onboarding portal:
https://onboard.northgateport.example/welcome/AR2500311
  - IR330 Tax code declaration
  - KS2 KiwiSaver deduction form (or your KiwiSaver provider details)
  - Bank account details (deposit slip or bank-printed statement)
  - Emergency contact details

Any questions at all, just reply to this email.

Ngā mihi,
People & Culture Team
Northgate Port Limited""",
    ),
    m(
        "n5a1",
        "2026-01-14 15:00",
        "Northgate Port Health & Safety <hse@northgateport.example>",
        "Site Safety Induction - Mon 19 Jan 8:00am",
        J("other_job", "direct", NP),
        text="""Hi Aroha,

You are booked in for the Northgate Port site safety induction.

Date: Monday 19 January 2026
Time: 8:00am - 12:00pm
Location: Training Room 1, Operations Centre

PPE (hi-vis vest and hard hat) will be issued on the day.

Health & Safety Team""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C09B6D7E3B85DC01000000000000000010000000",
            "2026-01-19 08:00",
            "Site Safety Induction",
            ("HSE Bookings", "hse@northgateport.example"),
            style="outlook",
            minutes=240,
            location="Training Room 1, Operations Centre",
        ),
    ),
    m(
        "n5a2",
        "2026-02-04 13:30",
        "Jo Mahuika <jo.mahuika@northgateport.example>",
        "Waitangi Day pay run - timesheets due Wed",
        N(),
        text="""Hi Aroha

Sorry to use your personal email - IT still haven't sorted your Outlook licence (they've
promised it'll be done by tomorrow).

Reminder that with Waitangi Day on Friday, the fortnightly pay run closes on Wednesday at
5pm instead of Thursday. Can you please chase the stevedoring supervisors for their time
approvals first thing tomorrow? Use the template I showed you last week.

Anyone working on Friday gets time and a half plus an alternative holiday - please check
it's coded correctly in the roster import before you run the pre-check report.

Thanks, you're doing great
Jo

Jo Mahuika | Payroll Manager | Northgate Port Limited""",
    ),
    # ---- Kōtuku Energy re-application: Payroll Officer (18) --------------------------------------
    m(
        "p9x0",
        "2025-11-20 19:45",
        "Kotuku Energy Careers <noreply@successfactors.com>",
        "Thank you for your application - Payroll Officer",
        A("confirmation", KE, KE2, 18, "other"),
        reply_to="talent@kotukuenergy.example",
        text="""Dear Aroha,

Welcome back, and thank you for applying for the position of Payroll Officer (Requisition
ID 7311), Auckland - Newmarket.

We will review your application against the requirements of the role and let you know the
outcome. You can check the status at any time by logging into your candidate profile:
https://career10.successfactors.com/career?company=kotukuenerP&career_ns=job_application

Kind regards,
The Talent Team
Kōtuku Energy Retail Limited""",
    ),
    m(
        "p9x1",
        "2025-12-22 11:59",
        "Kōtuku Energy Talent Team <talent@kotukuenergy.example>",
        "Update",
        A("rejection", KE, KE2, 18, "direct"),
        text="""Hi Aroha,

Thanks for your recent application for the Payroll Officer role (7311). We've now completed
shortlisting and unfortunately your application hasn't been successful this time.

Thanks for your continued interest in Kōtuku - Meri Kirihimete, and best wishes for 2026.

Ngā mihi
Talent Team, Kōtuku Energy""",
    ),
    # ---- Harbour City Builders via Seek (19) ----------------------------------------------------
    m(
        "c2y0",
        "2025-11-24 21:02",
        "SEEK <noreply@seek.co.nz>",
        "Your application was successfully submitted",
        A("confirmation", HC, HCR, 19, "other"),
        text="""Application sent

Hi Aroha,

Your application for Finance Officer was successfully submitted to Harbour City Builders
Limited.

Auckland > North Shore · Full time · Accounting > Accounts Officers/Clerks

View applied jobs: https://www.seek.co.nz/my-activity/applied-jobs

SEEK NZ Limited, PO Box 105 366, Auckland 1143""",
    ),
    m(
        "c2y1",
        "2025-11-26 09:37",
        "SEEK <noreply@seek.co.nz>",
        "Harbour City Builders Limited viewed your application",
        A("viewed", HC, HCR, 19, "other"),
        text="""Hi Aroha,

Harbour City Builders Limited has viewed your application for Finance Officer.

See your applied jobs: https://www.seek.co.nz/my-activity/applied-jobs

SEEK""",
    ),
    m(
        "c2y2",
        "2025-12-05 13:14",
        "Sophie Grant <sophie@harbourcitybuilders.example>",
        "Update",
        A("rejection", HC, HCR, 19, "direct"),
        text="""Hi Aroha,

Thank you for applying for our Finance Officer position. Your building-supplies background
really stood out - it's rare to see someone who already knows how trade accounts and
progress claims work!

We've now met with a shortlist and have offered the role to someone who lives locally on the
Shore and could start straight away, which was important for us before the Christmas close-
down. I'm sorry to be bringing you this news.

All the best for the New Year.

Sophie Grant
Office Manager
Harbour City Builders Ltd | 14 Arrenway Drive, Albany""",
    ),
    # ---- Aotea Freight via Seek (20), ghosted --------------------------------------------------
    m(
        "c2y3",
        "2025-11-27 20:18",
        "SEEK <noreply@seek.co.nz>",
        "Your application was successfully submitted",
        A("confirmation", AF, AFR, 20, "other"),
        text="""Application sent

Hi Aroha,

Your application for Accounts Payable Officer was successfully submitted to Aotea Freight
Forwarding Ltd.

Auckland > Airport · Full time · Accounting > Accounts Payable

View applied jobs: https://www.seek.co.nz/my-activity/applied-jobs

SEEK NZ Limited, PO Box 105 366, Auckland 1143""",
    ),
    # ---- LedgerLoop via LinkedIn, Vervoe skills test (21), ghosted --------------------------------
    m(
        "q1z0",
        "2025-12-01 07:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Aroha, your application was sent to LedgerLoop",
        A("confirmation", LL, LLR, 21, "linkedin"),
        text="""Your application was sent to LedgerLoop

Payroll Administrator (Remote - NZ)
LedgerLoop · New Zealand (Remote)
Applied on 1 December 2025

View job: https://www.linkedin.com/jobs/view/4142210093/

----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "q1z1",
        "2025-12-04 15:33",
        "LedgerLoop <no-reply@vervoe.com>",
        "LedgerLoop invited you to a skills assessment",
        A("assessment", LL, LLR, 21, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Aroha,</p>
<p>Thanks for applying for <b>Payroll Administrator (Remote - NZ)</b> at LedgerLoop. The next
step is a practical skills assessment that shows us how you'd actually do the job.</p>
<p>It includes 6 tasks, such as calculating a final pay with holiday pay owing, correcting a
KiwiSaver deduction error, and writing a short email to a client about a late timesheet.
Most people take about 50 minutes.</p>
<p><a href="https://app.vervoe.com/assessment/ledgerloop/payroll-admin-nz?inv=8dk2Lq">Start assessment</a></p>
<p>The link is valid for 7 days.</p>
<p>Kind regards,<br>LedgerLoop Outsourced Payroll</p>
<p style="font-size:11px;color:#888">Sent by Vervoe on behalf of LedgerLoop. Vervoe Pty Ltd.</p>
</body></html>""",
    ),
    # ---- Tui Vets via Indeed (22) -------------------------------------------------------------
    m(
        "q1z4",
        "2025-12-03 20:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Payroll & Accounts Officer",
        A("confirmation", TV, TVR, 22, "indeed"),
        text="""Application submitted

Payroll & Accounts Officer
Tui Veterinary Group - Auckland (Hybrid)

The following items were sent to Tui Veterinary Group. Good luck!
 - Application
 - Resume
 - Cover letter

Next steps: the employer or job advertiser may reach out to you about your application.

Track your application on My jobs: https://nz.indeed.com/myjobs

This email was sent by Indeed Ireland Operations Ltd.""",
    ),
    m(
        "q1z5",
        "2026-01-07 09:20",
        "Tui Vets Recruitment <recruitment@tuivets.example>",
        "Your application",
        A("rejection", TV, TVR, 22, "direct"),
        text="""Dear Aroha,

Thank you for your interest in the Payroll & Accounts Officer role with Tui Vets and our
apologies for the delay in getting back to you over the holiday period.

The position has now been filled. We will keep your details on file for six months in case
a similar role comes up.

Regards,
Practice Support Office
Tui Veterinary Group Ltd - 12 clinics across Auckland and Northland""",
    ),
    # ---- alerts ------------------------------------------------------------------------------
    m(
        "z0a1",
        "2025-09-02 18:30",
        "SEEK <noreply@seek.co.nz>",
        "8 new jobs for payroll in All Auckland",
        J("alert", "other"),
        text="""8 new jobs for payroll in All Auckland

Payroll Officer
Confidential advertiser · Auckland CBD · $70,000 - $80,000 per year
Apply: https://www.seek.co.nz/job/86344102

Payroll Administrator
Beacon Homes NZ · Manukau & East Auckland · Fixed term
Apply: https://www.seek.co.nz/job/86339871

Senior Payroll Advisor
Mahurangi Health Trust · North Shore · Hybrid
Apply: https://www.seek.co.nz/job/86338120

Payroll & Accounts Assistant
Blackwood Electrical · Rodney
Apply: https://www.seek.co.nz/job/86330577

See all 8 jobs: https://www.seek.co.nz/payroll-jobs/in-All-Auckland?daterange=1

You're receiving this because you saved this search. Manage saved searches:
https://www.seek.co.nz/my-activity/saved-searches""",
    ),
    m(
        "z0a2",
        "2025-09-09 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“accounts payable”: 15 new jobs in Auckland",
        J("alert", "linkedin"),
        text="""Your job alert for accounts payable in Auckland, New Zealand
15 new jobs match your preferences.

Accounts Payable Officer
Mānuka Market · Auckland, New Zealand
Actively recruiting

Accounts Payable Analyst
Tōtara Bank · Takapuna, Auckland, New Zealand
3 connections work here

Accounts Payable & Receivable Administrator
Pukekohe Transport Ltd · Pukekohe, Auckland
Easy Apply

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=accounts%20payable&location=Auckland

----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "z0a3",
        "2025-09-16 06:40",
        "Indeed <alert@indeed.com>",
        "Payroll jobs in Hamilton, Waikato - 6 new",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>6 new payroll jobs in Hamilton, Waikato</b></p>
<p><a href="https://nz.indeed.com/rc/clk?jk=8b1f2e">Payroll Administrator</a><br>Hamilton City Fencing Ltd - Hamilton<br>$30 - $34 an hour · Easily apply</p>
<p><a href="https://nz.indeed.com/rc/clk?jk=3a2c9d">Accounts & Payroll Officer</a><br>Riverlea Dairy Co-op - Te Awamutu<br>Full-time</p>
<p><a href="https://nz.indeed.com/rc/clk?jk=77c41b">Payroll Advisor</a><br>Kaimai Plains District Council - Te Kauri<br>Permanent</p>
<p><a href="https://nz.indeed.com/jobs?q=payroll&amp;l=Hamilton">See all jobs</a></p>
<p style="font-size:11px;color:#767676">You are receiving this job alert because you subscribed at Indeed.
<a href="https://nz.indeed.com/alert/unsubscribe">Unsubscribe</a>. Indeed, 6433 Champion Grandview Way, Austin, TX 78750.</p>
</body></html>""",
    ),
    m(
        "z0a4",
        "2025-09-30 18:31",
        "SEEK <noreply@seek.co.nz>",
        "New jobs for accounts payable officer in All Auckland",
        J("alert", "other"),
        text="""12 new jobs for accounts payable officer in All Auckland

Accounts Payable Officer
Kōtuku Energy · Newmarket · Full time
"Join our Finance Operations team..."

Accounts Payable Officer - 6 month contract
Fernleaf Finance Recruitment · Auckland CBD

AP / AR Officer
Kauri Tyre Co. · Manukau & East Auckland

See all 12 jobs: https://www.seek.co.nz/accounts-payable-officer-jobs/in-All-Auckland

SEEK NZ Limited, PO Box 105 366, Auckland 1143. Unsubscribe:
https://www.seek.co.nz/my-activity/saved-searches""",
    ),
    m(
        "z0a5",
        "2025-10-02 12:00",
        "Trade Me Jobs <noreply@trademe.co.nz>",
        "Your saved search: payroll - Auckland (5 new)",
        J("alert", "other"),
        text="""Hi Aroha,

There are 5 new listings matching your saved search "payroll - Auckland".

- Payroll Officer | Confidential (via Kerrigan Walsh) | East Tāmaki
- Payroll Administrator (part-time) | Grey Lynn Early Learning | Grey Lynn
- Payroll and Rostering Coordinator | Ōtara Community Health | Ōtara
- Payroll Team Leader | Harakeke Insurance | Auckland CBD
- Payroll Officer - fixed term | Te Kura o Rangitoto | Takapuna

View them all: https://www.trademe.co.nz/a/jobs/search?search_string=payroll&region=1

Happy job hunting,
Trade Me Jobs

To stop receiving these emails, manage your saved searches in My Trade Me.""",
    ),
    m(
        "z0a6",
        "2025-10-22 17:15",
        "Do Good Jobs <hello@dogoodjobs.co.nz>",
        "Jobs that make a difference - this week's picks",
        J("alert", "other"),
        html="""<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<h2>Kia ora Aroha</h2>
<p>Here are this week's roles matching <i>Finance &amp; Accounting</i> in <i>Auckland, Waikato, Remote</i>:</p>
<ul>
<li><a href="https://dogoodjobs.co.nz/jobs/finance-officer-te-kopu">Finance Officer - Te Kōpū Holdings</a> · Ōtāhuhu</li>
<li><a href="https://dogoodjobs.co.nz/jobs/finance-admin-kindness-collective">Finance Administrator - Kindness Kitchen Trust</a> · Remote</li>
<li><a href="https://dogoodjobs.co.nz/jobs/payroll-officer-mahi-tahi">Payroll Officer - Mahi Tahi Disability Services</a> · Hamilton</li>
</ul>
<p>Plus: our guide to asking about pay transparency in interviews.</p>
<p>Keep doing good,<br>The Do Good Jobs team</p>
<p style="font-size:11px"><a href="https://dogoodjobs.co.nz/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "z0a7",
        "2025-11-04 19:02",
        "Jora Job Alerts <alerts@jora.com>",
        "10 new Accounts Payable jobs in Auckland",
        J("alert", "other"),
        text="""Jora

10 new jobs for "accounts payable" in Auckland

Accounts Payable Officer - Aotea Freight Forwarding Ltd - Māngere
Accounts Payable Clerk - Pacific Produce Distributors - Ōtāhuhu
Accounts Payable Team Leader - Harakeke Insurance - Auckland CBD
Finance Officer - Harbour City Builders - Albany

View all: https://nz.jora.com/j?q=accounts+payable&l=Auckland

You're receiving this because you created a job alert on Jora. Unsubscribe:
https://nz.jora.com/alerts/unsubscribe?a=4qz""",
    ),
    m(
        "z0a8",
        "2026-01-06 07:45",
        "SEEK <noreply@seek.co.nz>",
        "New year, new job? 23 new payroll jobs for you",
        J("alert", "other"),
        text="""Hi Aroha,

New year, new opportunities. Here are the latest jobs matching your saved search
"payroll" in All Auckland:

Payroll Manager - Brightwater Healthcare Group - Ellerslie
Payroll Officer - Mahurangi Health Trust - Warkworth
Payroll & HRIS Analyst - University of Hauraki - Auckland CBD

See all 23 jobs: https://www.seek.co.nz/payroll-jobs/in-All-Auckland

SEEK NZ Limited. Manage your saved searches in SEEK.""",
    ),
    m(
        "z0a9",
        "2026-02-10 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“payroll”: new jobs in Auckland",
        J("alert", "linkedin"),
        text="""Your job alert for payroll in Auckland, New Zealand

Senior Payroll Advisor
Pōhutukawa Foods · East Tāmaki, Auckland
Easy Apply

Payroll Systems Lead
Harakeke Insurance · Auckland CBD

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=payroll&location=Auckland
Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts

This email was intended for Aroha Te Rangi-Whitfield (Payroll Officer at Northgate Port)""",
    ),
    # ---- outreach ------------------------------------------------------------------------------
    m(
        "z1r1",
        "2025-10-30 13:18",
        "Nikita Sharma via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Payroll Analyst opportunity at Harakeke Insurance",
        J("outreach", "linkedin", "Harakeke Insurance", "Payroll Analyst"),
        text="""Nikita Sharma
Talent Acquisition Partner at Harakeke Insurance

Kia ora Aroha,

I lead recruitment for our People & Culture team at Harakeke Insurance and came across your
profile. We're looking for a Payroll Analyst to join our 8-person payroll team in the CBD -
it's a great step for someone with solid end-to-end experience who wants to get into
analysis, reconciliations and system improvements (we're on ADP).

Salary range is $80-88k + 10% bonus. Would you be open to a confidential chat?

Thanks,
Nikita

Reply: https://www.linkedin.com/messaging/thread/2-SGFyYWtla2U=
----------------------------------------
This email was intended for Aroha Te Rangi-Whitfield (Payroll & Accounts Officer at Kahikatea Building Supplies)
You are receiving InMail notification emails.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "z1r2",
        "2025-12-08 12:10",
        "SEEK <noreply@seek.co.nz>",
        "A recruiter has invited you to apply",
        J("outreach", "other", None, "Payroll & Benefits Coordinator"),
        text="""Hi Aroha,

Good news - a recruiter found your SEEK Profile and thinks you'd be a great fit for this
role:

Payroll & Benefits Coordinator
Large Auckland retailer (confidential) · Auckland CBD · Full time
"Your experience with end-to-end payroll and KiwiSaver administration caught our eye..."

View role and apply: https://www.seek.co.nz/job/87012210?ref=recruiter-invite

Not interested? You can ignore this message.

SEEK""",
    ),
    m(
        "z1r3",
        "2026-02-03 16:02",
        "Ben Tapsell <ben.tapsell@kerriganwalsh.example>",
        "Congrats on the new role!",
        J("outreach", "agency", None, "Senior Payroll Officer"),
        text="""Hi Aroha,

Saw on LinkedIn that you've started at Northgate Port - congratulations, that's a great
outfit.

I know you've only just started so no pressure at all, but I'm working on a Senior Payroll
Officer role ($90k+) for a large NZ-owned manufacturer that I think you'd be brilliant for in
a year or two. Happy to keep in touch and grab a coffee once you're settled in.

Cheers,
"""
        + _KW_SIG,
    ),
    # ---- other job mail ------------------------------------------------------------------------
    m(
        "z2o1",
        "2025-12-30 10:00",
        "SEEK <noreply@seek.co.nz>",
        "How did your job search go in 2025?",
        J("other_job", "other"),
        text="""Hi Aroha,

You applied for 4 jobs on SEEK this year. Did you find a new role?

Let us know in our 1-minute survey - it helps us make SEEK better for everyone:
https://seek.qualtrics.com/jfe/form/SV_jobsearch2025?u=aroha

Yes, I found a job  |  Still looking  |  Not looking right now

And if you did land something - congratulations! Don't forget to update your SEEK Profile.

SEEK""",
    ),
]
