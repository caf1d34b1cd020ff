# ruff: noqa: E501, RUF100
"""Corpus 136, job mail part two (data only): see heldout136.py."""

from __future__ import annotations

from typing import Any

from heldout136_jobs import (
    ASH,
    ASHR,
    BY,
    BYR,
    CL,
    CLR,
    CSJ,
    CSJ_FOOT,
    GICA,
    GICAR,
    IVH,
    IVHR,
    KBS,
    KBSR,
    KH,
    KHR,
    LL,
    LLR,
    MMH,
    MMHR,
    MW,
    MWR,
    NHS_FOOT,
    NHSJOBS,
    OD,
    ODR,
    PSS,
    QM,
    QMR,
    A,
    J,
    ics,
    m,
    thread,
)

TOM = "Tom Whitaker <tom.whitaker@deansgatedata.example>"
TOM_SIG = """
Tom Whitaker
Principal Consultant - Data & Analytics
Deansgate Data Recruitment
M: 07700 900871 | T: 0161 496 0112
www.deansgatedata.example

Deansgate Data Recruitment Ltd is an employment agency and employment business. Registered in England no. 11850247. Registered office: 4th Floor, 82 King Street, Manchester M2 4WQ. This email and any attachments are confidential; if you received it in error please tell us and delete it."""

TRAC_FOOT = """
This email was sent by Trac on behalf of Medlock Mental Health NHS Foundation Trust. Please do not reply to this message as the mailbox is not monitored; contact the recruitment team using the details in your Trac account.
Trac is provided by Elcom Systems Ltd, Ealing, London."""

WORKABLE_FOOT = """
Sent via Workable - the all-in-one hiring platform. Powered by Workable Software Limited, 20 Old Bailey, London EC4M 7AN.
Don't want to receive emails from this employer? Unsubscribe: https://apply.workable.com/unsubscribe/"""

KBS_FOOT = """
Kersal Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 206771). Principal office: Kersal House, 9 Chapel Street, Salford M3 5DW.
This e-mail is confidential. If you are not the intended recipient you must not use, disclose or copy it."""

OWN_TOM_1 = "<CAJx3N8tBwq1Pe7RmK2oXv6Hd4Za@mail.gmail.com>"
OWN_TOM_2 = "<CAJx3N8wKc8Ue2LmQ5rTy0Gf7Nb@mail.gmail.com>"
OWN_TOM_ACCEPT = "<CAJx3N8rZe5Vg1AcM9uWq4Jd2Lp@mail.gmail.com>"
OWN_LL_1 = "<CAJx3N8q0Hk7Ys3DfN2bEo9Tm1Xr@mail.gmail.com>"
OWN_LL_WD = "<CAJx3N8pLb6Wt9RmC4eHu2Kz0Ys@mail.gmail.com>"
OWN_MMH_DECLINE = "<CAJx3N8oQf3Nd8VpH1wMz5Re7Ga@mail.gmail.com>"
OWN_CL = "<CAJx3N8nXa2Kc7BtJ6sFy1Wq9Dh@mail.gmail.com>"
OWN_BY = "<CAJx3N8mGv4Ph0ZeL8rAt3Nx6Wc@mail.gmail.com>"
OWN_BY_Q = "<CAJx3N8lTd9Qe5MuK2hCw7Vb1Ry@mail.gmail.com>"
OWN_CT = "<CAJx3N8jHs5Wb2NqE7yTo0Ka9Fu@mail.gmail.com>"

KBS_HM = "Aisha Rahman <aisha.rahman@kersalbs.example>"
MW_ICS_UID = "2k6v0n8jq4mosswood1rp7h3s5t@google.com"
MMH_ICS_UID = "040000008200E00074C5B7101A82E00800000000C3D8F29B1A85DC010000000000000000100000004D9"

MAIL: list[dict[str, Any]] = [
    # --- 11: Kersal Building Society through Deansgate Data Recruitment (agency; accepted) --
    m(
        "fu4c",
        "2025-10-29 09:26",
        TOM,
        "Data Analyst opportunity - Manchester city centre - hybrid - up to £45k",
        J("outreach", "agency", None, KBSR),
        text="""Hi Priya,

I hope you don't mind me reaching out directly - I came across your profile on LinkedIn and your experience building Power BI reporting for a housing association really stood out.

I'm working exclusively with a well-established, member-owned financial services organisation based in Manchester city centre who are growing their data team. They're looking for a Data Analyst to support their Member Insight and Savings teams.

- Salary up to £45,000 + 8% bonus + excellent pension (up to 12% matched)
- Hybrid: 2 days a week in the office
- SQL Server, Power BI, some Python (nice to have)
- Genuinely lovely team, low turnover, strong focus on wellbeing

Would you be open to a quick chat this week? I'm around Thursday afternoon or Friday morning, or feel free to drop me a time that suits.

Best regards,
"""
        + TOM_SIG,
    ),
    m(
        "ar7b",
        "2025-10-31 13:02",
        TOM,
        "RE: Data Analyst opportunity - Manchester city centre - hybrid - up to £45k",
        J("other_job", "agency", None, KBSR),
        text="""Hi Priya,

Great to speak earlier - really glad it sounds like a good fit.

As discussed, before I can send your details across could you please send me:
1. Your CV as a Word document (the PDF is fine for now but the client prefers Word so I can remove contact details)
2. A copy of your passport / share code for right to work
3. Confirmation of your notice period (1 month I think you said?)

I'll then submit you on Monday morning.

Have a great weekend!
Tom
"""
        + TOM_SIG
        + """

-----Original Message-----
From: Priya Natarajan <priya.natarajan.mcr@gmail.com>
Sent: 29 October 2025 21:40
To: Tom Whitaker <tom.whitaker@deansgatedata.example>
Subject: Re: Data Analyst opportunity - Manchester city centre - hybrid - up to £45k

Hi Tom, thanks for getting in touch. Yes I'd be interested - Friday morning works, I'm free 9-10:30. My mobile is on my CV. Priya
""",
        **thread(OWN_TOM_1),
    ),
    m(
        "dk2q",
        "2025-11-03 10:17",
        TOM,
        "Your application - Data Analyst",
        A("confirmation", KBS, KBSR, 11, "agency"),
        text="""Morning Priya,

Thanks for sending everything over on Saturday.

Just a quick note to confirm that I've now submitted your CV to the Hiring Manager, Aisha Rahman (Head of Data & Insight), along with a short summary of our conversation. I've highlighted the arrears modelling and the Power BI rollout as I think those are the most relevant.

They're aiming to shortlist by the end of next week and hold first interviews w/c 17th November. I'll be in touch as soon as I hear anything.

And as promised, now that you're formally represented I can tell you who it is - the client is Kersal Building Society (the head office on Chapel Street, just over the river). Please don't apply directly or via another agency.

Speak soon,
Tom
"""
        + TOM_SIG,
        **thread(OWN_TOM_1, OWN_TOM_2),
    ),
    m(
        "lr8w",
        "2025-11-11 15:44",
        TOM,
        "Interview confirmed - Kersal - Wednesday 19th Nov, 2pm",
        A("interview", KBS, KBSR, 11, "agency"),
        text="""Hi Priya,

Great news - Aisha would like to meet you!

Interview details:
Date: Wednesday 19th November
Time: 2:00pm - 3:00pm
Location: Kersal House, 9 Chapel Street, Salford M3 5DW (ask for Aisha at reception, 3rd floor)
Interviewers: Aisha Rahman (Head of Data & Insight) and Ben Thorpe (Senior Data Analyst)

Format: competency-based plus a walk-through of a piece of work you're proud of (they're happy for you to bring your laptop, or screenshots on paper). They may ask a couple of SQL questions verbally - joins, window functions, nothing crazy.

Aisha's PA will send you a calendar invite directly. Give me a call if you want to prep beforehand - happy to share what I know about the team.

Tom
"""
        + TOM_SIG,
    ),
    m(
        "ij0x",
        "2025-11-12 09:03",
        "Natalie Cho <natalie.cho@kersalbs.example>",
        "Interview: Priya Natarajan - Data Analyst",
        A("interview", KBS, KBSR, 11, "direct"),
        text="""Hi Priya,

Please find attached an invitation for your interview with Aisha Rahman and Ben Thorpe on Wednesday 19 November.

On arrival please sign in at the main reception on the ground floor and someone will come down to collect you.

Kind regards,
Natalie

Natalie Cho
Executive Assistant to the Chief Data Officer
Kersal Building Society
"""
        + KBS_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000011AF3B0D6A54DC01000000000000000010000000E71",
            "2025-11-19 14:00",
            "Interview: Priya Natarajan - Data Analyst (via Deansgate Data)",
            ("Natalie Cho", "natalie.cho@kersalbs.example"),
            style="outlook",
            location="Kersal House - 3rd floor - Irwell Room",
            attendees=[
                ("Aisha Rahman", "aisha.rahman@kersalbs.example"),
                ("Ben Thorpe", "ben.thorpe@kersalbs.example"),
            ],
        ),
    ),
    m(
        "bs3v",
        "2025-11-21 11:29",
        TOM,
        "Kersal - feedback and second stage!",
        A("interview", KBS, KBSR, 11, "agency"),
        text="""Priya!

Just off the phone with Aisha - really positive feedback. She said you were "exactly the kind of analyst who asks why before how", and Ben liked your Power BI walkthrough a lot.

They'd like you back for a second (final) stage. It'll be:
- A 45 min technical exercise: SQL against a sample savings dataset + talk them through your findings
- 30 mins with Martin Gale, the Chief Data Officer

They're suggesting Wednesday 10th December, morning. Can you let me know if that works? Natalie will send another invite once confirmed.

Speak soon,
Tom
"""
        + TOM_SIG,
    ),
    m(
        "wg6n",
        "2025-11-24 14:52",
        "Natalie Cho <natalie.cho@kersalbs.example>",
        "Final stage interview - Priya Natarajan - 10 Dec",
        A("interview", KBS, KBSR, 11, "direct"),
        text="""Hi Priya,

Thank you for confirming via Tom. Please find the invitation for your final stage interview attached.

09:30 - technical exercise with Ben Thorpe (a laptop with SQL Server Management Studio will be provided)
10:30 - conversation with Martin Gale, Chief Data Officer

Kind regards,
Natalie
"""
        + KBS_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F2E41C7B2F5DDC01000000000000000010000000A08",
            "2025-12-10 09:30",
            "Final stage: Priya Natarajan - Data Analyst",
            ("Natalie Cho", "natalie.cho@kersalbs.example"),
            minutes=90,
            style="outlook",
            location="Kersal House - 3rd floor - Irwell Room",
            attendees=[
                ("Ben Thorpe", "ben.thorpe@kersalbs.example"),
                ("Martin Gale", "martin.gale@kersalbs.example"),
            ],
        ),
    ),
    m(
        "qy5r",
        "2025-12-12 17:21",
        TOM,
        "Kersal update",
        A("confirmation", KBS, KBSR, 11, "agency"),
        st="on_hold",
        text="""Hi Priya,

Quick update as promised. Feedback from Wednesday was good - Martin enjoyed the conversation and Ben said your SQL was solid.

The frustrating bit: their 2026 headcount plan hasn't been signed off by the board yet, so Aisha can't make any offers until that's approved. She's expecting it the week of 19th January. They've paused the role until then - nobody else is being progressed, and you're the front runner.

I know it's not ideal to be left hanging over Christmas. I'll chase in the new year and keep you posted.

Have a lovely break,
Tom
"""
        + TOM_SIG,
    ),
    m(
        "zo9d",
        "2026-02-02 12:08",
        TOM,
        "OFFER - Data Analyst - Kersal Building Society",
        A("offer", KBS, KBSR, 11, "agency"),
        text="""Hi Priya,

As discussed on the phone - congratulations!! Delighted for you.

To confirm the verbal offer from Kersal Building Society:

Role: Data Analyst, Data & Insight
Salary: £44,500 per annum
Bonus: discretionary, up to 8% of salary
Pension: 6% employee / 12% employer
Holiday: 27 days + bank holidays, plus your birthday off
Hours: 35 per week, hybrid (Tues and Thurs in the office)
Start date: Wednesday 1st April 2026 (subject to your notice period)

The offer is conditional on satisfactory references and a credit and background check (standard for FCA-regulated firms).

Have a think tonight and let me know tomorrow either way. If you have any questions about the package let me know and I'll go back to Aisha.

Tom
"""
        + TOM_SIG,
    ),
    m(
        "ev1t",
        "2026-02-03 10:44",
        TOM,
        "RE: OFFER - Data Analyst - Kersal Building Society",
        A("offer", KBS, KBSR, 11, "agency"),
        st="accepted",
        text="""Brilliant - I've let Aisha know and she's absolutely thrilled.

Next steps: Kersal's People team will send the contract over via DocuSign in the next couple of days, then their onboarding team will be in touch about the background checks. Please don't hand your notice in at Calderbrook until you've had the written contract.

Congratulations again Priya, really well deserved.

Tom

Sent from my iPhone

> On 3 Feb 2026, at 08:15, Priya Natarajan <priya.natarajan.mcr@gmail.com> wrote:
>
> Morning Tom, I've slept on it and I'm very happy to accept! Thank you so much for all your help.
> Priya
""",
        **thread(OWN_TOM_ACCEPT),
    ),
    m(
        "nh2e",
        "2026-02-05 11:37",
        "Kersal People Team via Docusign <dse@eumail.docusign.net>",
        "Please DocuSign: Contract of Employment - Priya Natarajan.pdf",
        A("offer", KBS, KBSR, 11, "docusign"),
        st="accepted",
        reply_to="people@kersalbs.example",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#ffffff;padding:24px"><tr><td>
<p style="text-align:center;color:#fff;background:#1e4e79;padding:24px;font-size:16px">Kersal People Team sent you a document to review and sign.</p>
<p style="text-align:center"><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=7b5f3a2c-0e61-4d8f-9a3c-52d84b1c0a77&amp;acct=4e0c4f55-8d0a&amp;er=91f2" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p><b>Kersal People Team</b><br>people@kersalbs.example</p>
<p>Dear Priya,</p>
<p>Please review and sign your Contract of Employment and the accompanying Statement of Main Terms for the role of Data Analyst. Please also complete the new starter form (bank details, emergency contact) which is part of this envelope.</p>
<p>Kind regards,<br>People Team, Kersal Building Society</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:11px;color:#666"><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
<p style="font-size:11px;color:#666">If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center, or browse our Docusign Community for more information.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "cb4o",
        "2026-02-05 20:19",
        "Docusign <dse@eumail.docusign.net>",
        "Completed: Contract of Employment - Priya Natarajan.pdf",
        A("offer", KBS, KBSR, 11, "docusign"),
        st="accepted",
        text="""All parties have completed Contract of Employment - Priya Natarajan.pdf.

View the completed document:
https://eu.docusign.net/Member/EmailStart.aspx?a=1d6e0a44-38c2-44f1-8b0c-e5f7a9930c11&er=91f2

Envelope sent by Kersal People Team (people@kersalbs.example)

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 4F1B90C2E87A4C6D9E3B

This message was sent to you by Kersal People Team who is using the Docusign Electronic Signature Service.
""",
    ),
    m(
        "ux7s",
        "2026-02-11 09:30",
        "Kersal Onboarding <onboarding@kersalbs.example>",
        "Your pre-employment checks - action needed",
        J("other_job", "direct", KBS, KBSR),
        text="""Dear Priya,

Welcome (almost!) to Kersal Building Society.

As an FCA-regulated firm we carry out pre-employment screening for all new colleagues. Please complete the following in our onboarding portal by Friday 20 February:

  - Identity and right to work (upload your passport)
  - 3 years' address history
  - Basic DBS check consent
  - Credit reference check consent
  - Two referees, one of whom should be your current line manager

Portal: https://onboarding.kersalbs.example/start?token=6QJ2-PNAT-0401
Your candidate ID: KBS-NS-2026-0117

We will not contact your current employer until you tell us you've handed in your notice.

Kind regards,
Onboarding Team
People Directorate
"""
        + KBS_FOOT,
    ),
    m(
        "hc8l",
        "2026-02-26 16:02",
        KBS_HM,
        "Welcome to the team!",
        J("other_job", "direct", KBS, KBSR),
        text="""Hi Priya,

Just wanted to drop you a note now your checks have all come back clear - we're so pleased you're joining us on 1 April.

A few bits for your first day:
- Come to reception at 9:30 and ask for me; Ben will show you round.
- Your laptop will be set up and waiting. IT will send login details to this address the week before.
- We have a team lunch on your first Thursday - any dietary requirements, let me know.

Feel free to pop along to our team social on 19 March (Thai place on Chapel St) if you fancy meeting everyone beforehand - no pressure at all.

See you soon,
Aisha

Aisha Rahman
Head of Data & Insight
Kersal Building Society
"""
        + KBS_FOOT,
    ),
    # --- 12: Mosswood Energy (Lever; interview booked, cancelled; role on hold) --------------
    m(
        "yt3g",
        "2025-11-06 19:40",
        "Mosswood Energy <no-reply@hire.lever.co>",
        "Thank you for your application to Mosswood Energy",
        A("confirmation", MW, MWR, 12, "lever"),
        text="""Hi Priya,

Thanks for applying to the Data Analyst, Customer Operations role at Mosswood Energy. We've received your application and our team will be in touch if your skills and experience are a good match.

At Mosswood we're on a mission to make switching to clean, fair-priced energy simple for everyone in the North. You can learn more about life at Mosswood on our careers page: https://jobs.lever.co/mosswood-energy

Thanks,
The Mosswood Energy People Team
""",
    ),
    m(
        "bn6p",
        "2025-11-13 10:25",
        "Owen Pryce <no-reply@hire.lever.co>",
        "Mosswood Energy - let's find a time to talk",
        A("interview", MW, MWR, 12, "lever"),
        reply_to="owen.pryce@mosswood-energy.example",
        text="""Hi Priya,

Thanks again for your interest in Mosswood. I'm the recruiter supporting our Customer Operations data team and I'd love to set up a 45 minute video interview with Leanne Shaw, our Head of Operational Analytics.

Please pick a time that works for you using the link below:
https://hire.lever.co/interviews/schedule/5c1d3a6e-7f02-4b5e-9d7a-2f8e3b1c9a04

Once you've chosen a slot you'll receive a calendar invitation with the Google Meet details.

Best,
Owen

Owen Pryce | Talent Acquisition | Mosswood Energy
""",
    ),
    m(
        "ra1k",
        "2025-11-14 08:12",
        "Owen Pryce <owen.pryce@mosswood-energy.example>",
        "Invitation: Priya Natarajan <> Mosswood Energy - Data Analyst, Customer Ops @ Thu 20 Nov 2025 11am - 11:45am (GMT) (priya.natarajan.mcr@gmail.com)",
        A("interview", MW, MWR, 12, "direct"),
        text="""Priya Natarajan <> Mosswood Energy - Data Analyst, Customer Ops
Thursday 20 Nov 2025 ⋅ 11am – 11:45am
Greenwich Mean Time - London

Join with Google Meet
meet.google.com/qdx-mjre-vnk

Join by phone
(GB) +44 20 3956 4712 PIN: 418 225 609#

Guests
Owen Pryce - organiser
Leanne Shaw
priya.natarajan.mcr@gmail.com

Reply for priya.natarajan.mcr@gmail.com: Yes / No / Maybe  More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        ics=ics(
            MW_ICS_UID,
            "2025-11-20 11:00",
            "Priya Natarajan <> Mosswood Energy - Data Analyst, Customer Ops",
            ("Owen Pryce", "owen.pryce@mosswood-energy.example"),
            minutes=45,
            attendees=[("Leanne Shaw", "leanne.shaw@mosswood-energy.example")],
            location="https://meet.google.com/qdx-mjre-vnk",
            description="Scheduled via Lever. Interviewer: Leanne Shaw (Head of Operational Analytics).",
        ),
    ),
    m(
        "gm9z",
        "2025-11-18 17:06",
        "Owen Pryce <owen.pryce@mosswood-energy.example>",
        "Cancelled event: Priya Natarajan <> Mosswood Energy - Data Analyst, Customer Ops @ Thu 20 Nov 2025 11am - 11:45am (GMT)",
        A("interview", MW, MWR, 12, "direct"),
        text="""This event has been cancelled and removed from your calendar.

Priya Natarajan <> Mosswood Energy - Data Analyst, Customer Ops
Thursday 20 Nov 2025 ⋅ 11am – 11:45am
Greenwich Mean Time - London

Note from organiser: Hi Priya - apologies, I need to cancel this for now. I'll email you separately to explain. Owen

Invitation from Google Calendar
""",
        ics=ics(
            MW_ICS_UID,
            "2025-11-20 11:00",
            "Priya Natarajan <> Mosswood Energy - Data Analyst, Customer Ops",
            ("Owen Pryce", "owen.pryce@mosswood-energy.example"),
            minutes=45,
            method="CANCEL",
            attendees=[("Leanne Shaw", "leanne.shaw@mosswood-energy.example")],
        ),
    ),
    m(
        "kx5h",
        "2025-11-25 12:33",
        "Owen Pryce <owen.pryce@mosswood-energy.example>",
        "Customer Ops analyst role",
        A("confirmation", MW, MWR, 12, "direct"),
        st="on_hold",
        text="""Hi Priya,

Sorry again for cancelling last week at short notice and thanks for being so understanding.

I wanted to explain properly: following the Ofgem announcement on the price cap and some changes to our customer operations structure, we've had to put a temporary freeze on a number of roles, including this one. It hasn't been closed - it's on hold while the leadership team finalise the plan for Q1.

I genuinely don't know yet whether it will reopen or when, but if it does you'll be the first person I call, and we'd pick up from the interview stage rather than starting again.

Thanks for your patience,
Owen

Owen Pryce
Talent Acquisition Partner
Mosswood Energy Ltd | Registered in England & Wales no. 12603311 | Mosswood House, 44 Bridge Street, Manchester M3 3BW
""",
    ),
    # --- 13: Kiteline Health, Analytics Engineer (Ashby; take-home; rejected) ----------------
    m(
        "se2u",
        "2025-11-17 22:05",
        "Kiteline Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Kiteline Health",
        A("confirmation", KH, KHR, 13, "ashby"),
        text="""Hi Priya,

Thanks for applying for the Analytics Engineer position at Kiteline Health! We're excited that you're interested in helping us build better tools for NHS community teams.

We review every application carefully and aim to respond within 10 working days.

Kiteline Health Talent
https://jobs.ashbyhq.com/kiteline-health
""",
    ),
    m(
        "po8f",
        "2025-11-26 14:18",
        "Marta Kowalczyk <no-reply@ashbyhq.com>",
        "Next step: Kiteline take-home exercise",
        A("assessment", KH, KHR, 13, "ashby"),
        reply_to="marta@kitelinehealth.example",
        text="""Hi Priya,

Thank you for your application - we'd love to move you forward!

The next step is a short take-home exercise. We'll send you a small (synthetic) extract of appointment and referral data and ask you to:
1. Model it into a couple of clean, tested tables (dbt is ideal but plain SQL is completely fine)
2. Answer three questions about waiting times
3. Write a short note (max one page) about the data quality issues you noticed

Please don't spend more than 3 hours on it. You'll have 7 days from when you open the link.

Start the exercise: https://app.ashbyhq.com/take-home/d4b0c9f2-8e11-4a3b-a6f1-0c7e7e9b2d35

Any questions at all, just reply to this email.

Marta
Head of Data, Kiteline Health
""",
    ),
    m(
        "vl4c",
        "2025-12-09 09:51",
        "Kiteline Health <no-reply@ashbyhq.com>",
        "Kiteline Health: Analytics Engineer",
        A("rejection", KH, KHR, 13, "ashby"),
        reply_to="marta@kitelinehealth.example",
        text="""Hi Priya,

Thank you for the time you put into the take-home exercise - we know it's a big ask.

Your data quality note was excellent and the team particularly liked how you handled the duplicate referrals. However, we're looking for someone with more experience in dbt and software engineering practices (version control, CI, testing) for this role, so we won't be moving forward with your application.

We really appreciated getting to see your work, and we'd be happy to hear from you again in the future.

Best wishes,
Marta and the Kiteline data team
""",
    ),
    # --- 14: Loom & Larch, Data Analyst (Workable; founder from Gmail; withdrawn) -----------
    m(
        "ma6w",
        "2025-12-01 07:58",
        "Loom & Larch <noreply@candidates.workablemail.com>",
        "Thanks for applying to Loom & Larch",
        A("confirmation", LL, LLR, 14, "workable"),
        text="""Hi Priya,

Thanks for applying for the Data Analyst position at Loom & Larch. We're a small team so it might take us a little while to review applications, but we promise to get back to you.

Best,
The Loom & Larch team
"""
        + WORKABLE_FOOT,
    ),
    m(
        "fj3r",
        "2025-12-08 21:14",
        "Hattie Brennan <hattie.brennan.ll@gmail.com>",
        "Loom & Larch - data analyst role",
        A("interview", LL, LLR, 14, "direct"),
        text="""Hi Priya

Hattie here, I'm one of the co-founders at Loom & Larch (we make the wool throws and cushions - you might have seen us at the Christmas markets!). Sorry for writing from my personal email, our Google Workspace is having a meltdown this week.

Loved your application. We've never had a proper analyst before, it's mostly been me and a lot of spreadsheets, so I'd love to have an informal chat about what the role could look like. Would you be free for a call Thursday or Friday afternoon? 30 mins max.

Hattie
Loom & Larch | Unit 6, Hope Mill, Ancoats
""",
    ),
    m(
        "wc0y",
        "2025-12-09 08:02",
        "Hattie Brennan <hattie.brennan.ll@gmail.com>",
        "Re: Loom & Larch - data analyst role",
        A("interview", LL, LLR, 14, "direct"),
        text="""Perfect, Thursday 3pm it is. I'll ring your mobile. H x

Sent from my iPhone

> On 8 Dec 2025, at 22:31, Priya Natarajan <priya.natarajan.mcr@gmail.com> wrote:
>
> Hi Hattie, lovely to hear from you. Thursday after 2pm works for me. Priya
""",
        **thread(OWN_LL_1),
    ),
    m(
        "nq7a",
        "2026-01-19 13:26",
        "Hattie Brennan <hattie@loomandlarch.example>",
        "Re: Data Analyst",
        A("confirmation", LL, LLR, 14, "direct"),
        st="withdrawn",
        text="""Hi Priya,

Completely understand, and thank you for being so upfront. Moving the whole operation to the Leeds warehouse and asking people to be in 5 days a week is a big change from what we talked about before Christmas, so I don't blame you at all.

I've taken you out of the process on Workable. If things change and we end up with a Manchester base again I'll give you a shout.

Good luck with everything!
Hattie

--
Hattie Brennan
Co-founder, Loom & Larch

On Mon, 19 Jan 2026 at 09:40, Priya Natarajan <priya.natarajan.mcr@gmail.com> wrote:
> Hi Hattie,
> Thanks for the update last week. Having thought about it, a full-time office role in Leeds isn't going to work with nursery pick-ups, so I'd like to withdraw my application.
> It was lovely to chat and I hope the move goes well.
> Best wishes, Priya
""",
        **thread(OWN_LL_WD),
    ),
    # --- 15: Ordsall Digital, Marketing Data Analyst (Workable; rejected) -------------------
    m(
        "ug5e",
        "2025-12-02 12:37",
        "Ordsall Digital <noreply@candidates.workablemail.com>",
        "Your application for Marketing Data Analyst",
        A("confirmation", OD, ODR, 15, "workable"),
        text="""Dear Priya,

We've received your application for Marketing Data Analyst at Ordsall Digital. Thank you for your interest!

We'll review your details and if there's a match, we'll contact you to arrange the next steps.

Kind regards,
Ordsall Digital Hiring Team
"""
        + WORKABLE_FOOT,
    ),
    m(
        "ro2b",
        "2025-12-16 10:40",
        "Ordsall Digital <noreply@candidates.workablemail.com>",
        "Update from Ordsall Digital",
        A("rejection", OD, ODR, 15, "workable"),
        text="""Dear Priya,

Thank you for your interest in the Marketing Data Analyst position and for taking the time to apply.

We have now reviewed your application and unfortunately we will not be proceeding further at this stage. We have decided to focus on candidates with agency-side experience of paid media attribution.

We wish you the best in your search.

Kind regards,
Ordsall Digital Hiring Team
"""
        + WORKABLE_FOOT,
    ),
    # --- 16: Medlock Mental Health NHS FT, Senior Data Analyst (Trac; reschedule; offer declined)
    m(
        "ai4m",
        "2025-12-04 23:11",
        "Medlock Mental Health NHS Foundation Trust <noreply@trac.jobs>",
        "Application Acknowledgement - Senior Data Analyst - 349-BI-1125",
        A("confirmation", MMH, MMHR, 16, "other"),
        text="""Dear Priya

Application Acknowledgement
Vacancy: Senior Data Analyst (Business Intelligence) - Band 7
Reference: 349-BI-1125

Thank you for your application for the above post. Your application has been received and will be passed to the recruiting manager for shortlisting after the closing date.

If you have not heard from us within 4 weeks of the closing date, please assume that you have not been shortlisted on this occasion.

Kind regards

Recruitment Team
Medlock Mental Health NHS Foundation Trust
"""
        + TRAC_FOOT,
    ),
    m(
        "ko9v",
        "2026-01-09 15:20",
        "Medlock Mental Health NHS Foundation Trust <noreply@trac.jobs>",
        "Invitation to interview - 349-BI-1125",
        A("interview", MMH, MMHR, 16, "other"),
        text="""Dear Priya

Senior Data Analyst (Business Intelligence) - 349-BI-1125

We are pleased to inform you that you have been shortlisted for the above post. Please log in to your Trac account to book an interview slot:

https://www.trac.jobs/login?mmhft

Interviews will be held on Thursday 22 January 2026 at Park View, Medlock Vale Hospital, Openshaw, M11 1AE.

As part of the interview you will be asked to deliver a 10 minute presentation on the following topic:
"How would you use data to help the Trust reduce out of area placements? What data would you need, what would you produce, and for whom?"

Please bring the following documents to interview: proof of identity, proof of right to work, and original certificates of any qualifications listed as essential on the person specification.

Kind regards

Recruitment Team
"""
        + TRAC_FOOT,
    ),
    m(
        "dz6s",
        "2026-01-14 11:47",
        "MMH Recruitment <mmh.recruitment@medlockmh.nhs.example>",
        "Change to your interview - Senior Data Analyst 349-BI-1125",
        A("interview", MMH, MMHR, 16, "direct"),
        text="""Dear Priya

I am sorry to have to let you know that due to panel availability we have had to move the interviews for this post from Thursday 22nd to Friday 23rd January. Your new time is 10:00am, same venue (Park View, Medlock Vale Hospital).

An updated calendar invitation is attached. Please reply to confirm that you are still able to attend - if Friday is not possible let me know and we will try to arrange an alternative.

Apologies for any inconvenience.

Many thanks

Shauna Fitzpatrick
Recruitment Administrator
Medlock Mental Health NHS Foundation Trust
Recruitment Team | Chorlton House | mmh.recruitment@medlockmh.nhs.example

Please consider the environment before printing this email.
""",
        ics=ics(
            MMH_ICS_UID,
            "2026-01-23 10:00",
            "RESCHEDULED: Interview - Senior Data Analyst (349-BI-1125) - P Natarajan",
            ("MMH Recruitment", "mmh.recruitment@medlockmh.nhs.example"),
            minutes=75,
            style="outlook",
            sequence=1,
            location="Park View Seminar Room, Medlock Vale Hospital, Openshaw",
            attendees=[
                ("Dev Kapoor", "dev.kapoor@medlockmh.nhs.example"),
                ("Jo Whitfield", "jo.whitfield@medlockmh.nhs.example"),
            ],
            description="Presentation (10 mins) followed by panel interview. Previously Thursday 22 January.",
        ),
    ),
    m(
        "ps1j",
        "2026-01-30 14:05",
        "Medlock Mental Health NHS Foundation Trust <noreply@trac.jobs>",
        "Conditional Offer of Employment - 349-BI-1125",
        A("offer", MMH, MMHR, 16, "other"),
        text="""Dear Priya

Senior Data Analyst (Business Intelligence) - Band 7 - 349-BI-1125

Following your recent interview, I am delighted to offer you the above post, subject to satisfactory pre-employment checks.

Salary: Agenda for Change Band 7, point 1 (£47,810 per annum pro rata)
Hours: 37.5 per week
Base: Chorlton House, with agile working
Contract: Permanent

Please log in to your Trac account within 5 working days to accept or decline this conditional offer:
https://www.trac.jobs/login?mmhft

Once you have accepted we will request your references and begin your pre-employment checks. Please do not resign from your current post until you have received an unconditional offer.

Yours sincerely

Dev Kapoor
Associate Director of Business Intelligence
"""
        + TRAC_FOOT,
    ),
    m(
        "ey8q",
        "2026-01-31 09:00",
        "Medlock Mental Health NHS Foundation Trust <noreply@trac.jobs>",
        "Pre-employment checks: references - 349-BI-1125",
        J("other_job", "other", MMH, MMHR),
        text="""Dear Priya

Senior Data Analyst (Business Intelligence) - 349-BI-1125

As part of your pre-employment checks please log in to Trac and confirm the details of your referees, covering at least the last three years of employment. Your referees will be contacted by email once you have confirmed your conditional offer.

You will also be asked to complete an Occupational Health questionnaire and book an ID check appointment.

Kind regards

Recruitment Team
"""
        + TRAC_FOOT,
    ),
    m(
        "tw3h",
        "2026-02-04 10:18",
        "MMH Recruitment <mmh.recruitment@medlockmh.nhs.example>",
        "RE: Senior Data Analyst 349-BI-1125 - offer",
        A("offer", MMH, MMHR, 16, "direct"),
        st="declined",
        text="""Dear Priya

Thank you for letting us know. I have recorded on Trac that you have declined the offer and passed your message on to Dev, who asked me to pass on his thanks and best wishes for your new role.

Kind regards

Shauna Fitzpatrick
Recruitment Administrator
Medlock Mental Health NHS Foundation Trust

From: Priya Natarajan <priya.natarajan.mcr@gmail.com>
Sent: 03 February 2026 18:02
To: MMH Recruitment <mmh.recruitment@medlockmh.nhs.example>
Subject: Senior Data Analyst 349-BI-1125 - offer

Dear Shauna,

Thank you very much for the offer of the Senior Data Analyst post. After a lot of thought I have decided to accept another position, so I'm afraid I must decline. I really enjoyed meeting Dev and Jo and I'm grateful for the opportunity.

Kind regards,
Priya Natarajan
""",
        **thread(OWN_MMH_DECLINE),
    ),
    # --- 17: Calder Logistics, MI Analyst (Totaljobs; interview by e-mail; rejected) --------
    m(
        "ja7k",
        "2025-12-12 19:49",
        "Totaljobs <noreply@totaljobs.com>",
        "Your application has been sent to Calder Logistics Ltd",
        A("confirmation", CL, CLR, 17, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p><img src="https://www.totaljobs.com/images/logo.png" alt="totaljobs"></p>
<p>Hi Priya,</p>
<p>Good news - your application for <b>MI Analyst</b> at <b>Calder Logistics Ltd</b> (Trafford Park, Manchester) has been sent.</p>
<p>What's next? The recruiter will review your CV. If they think you're a good fit they'll contact you directly.</p>
<p><a href="https://www.totaljobs.com/profile/applications?utm_source=email&amp;utm_medium=applyconf">See your applications</a></p>
<p>Good luck,<br>The Totaljobs team</p>
<p style="font-size:11px;color:#999">Totaljobs is part of The Stepstone Group UK Ltd, registered in England no. 3539927, Lacon House, 84 Theobald's Road, London WC1X 8NL. <a href="https://www.totaljobs.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "gb2w",
        "2026-01-07 08:55",
        "Dan Pickering <dan.pickering@calderlogistics.example>",
        "MI Analyst role",
        A("interview", CL, CLR, 17, "direct"),
        text="""Morning Priya,

I'm the Operations Reporting Manager at Calder and I'm recruiting for the MI Analyst role you applied for via Totaljobs before Christmas.

I'd like to invite you in for an interview at our Trafford Park depot. It would be about an hour, with me and Gill from HR, and I'd like to give you a look round the warehouse as well so you can see where the data comes from!

Could you do Thursday 15th at 10am? Parking is on site, give your name at the gatehouse.

Thanks
Dan

Dan Pickering
Operations Reporting Manager
Calder Logistics Ltd
Unit 4, Westinghouse Road, Trafford Park, M17 1PJ
""",
    ),
    m(
        "lo4z",
        "2026-01-22 17:40",
        "Dan Pickering <dan.pickering@calderlogistics.example>",
        "RE: MI Analyst role",
        A("rejection", CL, CLR, 17, "direct"),
        text="""Hi Priya,

Thanks for coming in last week, it was good to meet you.

I've decided to go with one of the internal candidates who already knows our WMS inside out - it was a close call. I'd have been happy to have you on the team and I hope something good comes up for you soon.

Cheers
Dan

-----Original Message-----
From: Priya Natarajan <priya.natarajan.mcr@gmail.com>
Sent: 07 January 2026 12:10
To: Dan Pickering <dan.pickering@calderlogistics.example>
Subject: Re: MI Analyst role

Hi Dan, Thursday 15th at 10 is great, see you then. Priya
""",
        **thread(OWN_CL),
    ),
    # --- 18: Beacon Youth Trust, Impact and Data Officer (by e-mail; interview; rejected) ---
    m(
        "xs9m",
        "2025-12-17 14:22",
        "Beacon Youth Trust HR <hr@beaconyouth.example>",
        "RE: Application - Impact and Data Officer",
        A("confirmation", BY, BYR, 18, "direct"),
        text="""Hi Priya,

Thank you for your application form and covering letter, which I can confirm we have received.

Shortlisting will take place in the week commencing 5 January and we will let all applicants know the outcome either way by 9 January.

Best wishes,
Janice

Janice Whitworth
HR & Office Manager
Beacon Youth Trust - helping young people in Salford and Trafford find their way
Registered charity no. 1098812 | Company no. 04710093
""",
        **thread(OWN_BY),
    ),
    m(
        "ck1e",
        "2025-12-23 16:40",
        "Beacon Youth Trust HR <hr@beaconyouth.example>",
        "Automatic reply: Question about the Impact and Data Officer role",
        J("other_job", "direct", BY, BYR),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Thank you for your email. The Beacon Youth Trust office is closed from Tuesday 23 December and will reopen on Monday 5 January. Emails will be answered on our return.

If you are a young person who needs to talk to someone urgently, please call Childline free on 0800 1111 or text SHOUT to 85258.

Merry Christmas from all of us at Beacon.
""",
        **thread(OWN_BY_Q),
    ),
    m(
        "jp6y",
        "2026-01-13 10:12",
        "Marcus Adeyemi <marcus.adeyemi@beaconyouth.example>",
        "Interview invitation - Impact and Data Officer",
        A("interview", BY, BYR, 18, "direct"),
        text="""Dear Priya,

Thank you for applying to be our Impact and Data Officer. I'm pleased to invite you to an interview on Tuesday 20 January at 1.30pm at our office (The Hub, 27 Eccles New Road, Salford M5 4DU). I've sent a calendar invitation.

The panel will be me (Head of Programmes), Janice Whitworth and Kayden, one of our young trustees.

We'd like you to bring along an example of a report or dashboard you've produced for a non-technical audience (anonymised is fine) and be ready to talk about it for 5 minutes.

Any access needs, please let me know.

With best wishes,
Marcus

Marcus Adeyemi
Head of Programmes | Beacon Youth Trust
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E7B92C44F083DC01000000000000000010000000C55",
            "2026-01-20 13:30",
            "Interview - Impact and Data Officer - Priya Natarajan",
            ("Marcus Adeyemi", "marcus.adeyemi@beaconyouth.example"),
            style="outlook",
            location="The Hub, 27 Eccles New Road, Salford M5 4DU - meeting room 1",
            attendees=[("Janice Whitworth", "hr@beaconyouth.example")],
        ),
    ),
    m(
        "vi3o",
        "2026-01-27 12:15",
        "Marcus Adeyemi <marcus.adeyemi@beaconyouth.example>",
        "Thank you",
        A("rejection", BY, BYR, 18, "direct"),
        text="""Dear Priya,

Thank you so much for coming to see us last week. Kayden in particular said how much he liked that you explained your dashboard without any jargon!

It was a really difficult decision, but we have offered the role to a candidate who has worked in youth services before and knows the funder reporting frameworks we use. I'm sorry it's not better news.

If it's helpful I'm happy to have a quick call to give you fuller feedback.

Warmly,
Marcus
""",
    ),
    # --- 19: Greater Irwell Combined Authority, Transport Data Analyst (Tribepad; forwarded) -
    m(
        "ob8g",
        "2026-01-06 08:31",
        "Priya Natarajan <priya.natarajan@calderbrook.example>",
        "FW: Thank you for your application - Transport Data Analyst",
        A("confirmation", GICA, GICAR, 19, "other"),
        envelope="priya.natarajan@calderbrook.example",
        text="""

From: Greater Irwell Combined Authority <no-reply@tribepad.com>
Sent: 05 January 2026 22:48
To: Priya Natarajan <priya.natarajan@calderbrook.example>
Subject: Thank you for your application - Transport Data Analyst

Dear Priya,

Thank you for applying for the role of Transport Data Analyst (Ref: GICA-TfI-0231) with the Greater Irwell Combined Authority.

Your application will now be reviewed by the hiring team. We aim to contact shortlisted candidates within 2 weeks of the closing date (18 January 2026).

You can log into your candidate account at any time to view the status of your application: https://gica.tribepad.com/members/

Thank you for your interest in working with us to build a greener, fairer city region.

GICA Recruitment Team

--
Priya Natarajan | Data Analyst | Business Intelligence
Calderbrook Housing | 0161 496 0455
Calderbrook Housing is a registered society under the Co-operative and Community Benefit Societies Act 2014 (No. 31588R) and a registered provider of social housing (No. L4406).
""",
    ),
    # --- 20: Ashworth Council via Pennine Shared Services (Jobtrain; interview; withdrawn) ----
    m(
        "ut6c",
        "2026-01-06 19:02",
        PSS,
        "Application received - Performance and Insight Analyst (ASH1187)",
        A("confirmation", ASH, ASHR, 20, "other"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="https://www.jobtrain.co.uk/penninesharedservices/logo.png" alt="Pennine Shared Services - recruiting for Ashworth, Holcroft and partner organisations"></p>
<p>Dear Priya</p>
<p><b>Vacancy: Performance and Insight Analyst - Strategy &amp; Partnerships (ASH1187)</b><br>
Organisation: Ashworth Metropolitan Borough Council<br>
Grade: Grade 9 (&pound;38,626 - &pound;41,511)</p>
<p>Thank you for your application, which we have received. The recruiting manager will review all applications after the closing date and we aim to let all applicants know the outcome of shortlisting within three weeks.</p>
<p>You can track the progress of your application by logging in to your <a href="https://www.jobtrain.co.uk/penninesharedservices/Account/Login">Jobtrain account</a>.</p>
<p>Kind regards</p>
<p>Recruitment Team<br>Pennine Shared Services<br>Tel 0161 496 0730</p>
<p style="font-size:10px;color:#666">Pennine Shared Services provides HR, payroll and recruitment for Ashworth Metropolitan Borough Council, Holcroft Borough Council and partner schools. Please do not reply to this email.</p>
</body></html>""",
    ),
    m(
        "am9t",
        "2026-01-26 11:50",
        PSS,
        "Invitation to interview - ASH1187",
        A("interview", ASH, ASHR, 20, "other"),
        text="""Dear Priya

Performance and Insight Analyst - Strategy & Partnerships (ASH1187)

I am pleased to inform you that you have been shortlisted for the above post. The recruiting manager, Deborah Kaye, will contact you directly to confirm the time of your interview.

Interviews will be held on Monday 9 February 2026 at Ashworth Town Hall, Market Street.

The interview will consist of:
- a 10 minute presentation: "Using data to target the Council's cost of living support"
- a competency-based panel interview

Please bring photographic ID and evidence of your right to work in the UK.

Yours sincerely

Recruitment Team
Pennine Shared Services (on behalf of Ashworth Council)
""",
    ),
    m(
        "ie2r",
        "2026-01-28 09:14",
        "Deborah Kaye <deborah.kaye@ashworth.gov.example>",
        "Interview - Performance & Insight Analyst - 9 Feb",
        A("interview", ASH, ASHR, 20, "direct"),
        text="""Dear Priya,

Following on from the shortlisting email from Pennine Shared Services, please find attached an invitation for your interview on 9th February at 11am.

Panel: myself (Strategy & Partnerships Manager), Cllr Hasan (Cabinet Member for Resources) and Amy Lord (HR Business Partner, PSS).

Please come to the main entrance of the Town Hall and ask for me at the customer services desk.

Kind regards,
Deborah

Deborah Kaye
Strategy & Partnerships Manager
Ashworth Metropolitan Borough Council
Town Hall, Market Street, Ashworth

Ashworth Council: a better borough for everyone. This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Views expressed may not be those of Ashworth Council.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000002C8EA0B94790DC01000000000000000010000000F19",
            "2026-02-09 11:00",
            "Interview - ASH1187 - P Natarajan",
            ("Kaye, Deborah", "deborah.kaye@ashworth.gov.example"),
            style="outlook",
            location="Town Hall - Committee Room 3",
            attendees=[
                ("Hasan, Imran (Cllr)", "cllr.imran.hasan@ashworth.gov.example"),
                ("Lord, Amy", "amy.lord@pennineshared.example"),
            ],
        ),
    ),
    m(
        "hn5w",
        "2026-02-05 15:33",
        PSS,
        "Withdrawal of application - ASH1187",
        A("confirmation", ASH, ASHR, 20, "other"),
        st="withdrawn",
        text="""Dear Priya

Performance and Insight Analyst - Strategy & Partnerships (ASH1187)

We are writing to confirm that your application for the above post has been withdrawn at your request, and your interview on 9 February 2026 has been cancelled.

Thank you for letting us know. We wish you every success in your new role.

Recruitment Team
Pennine Shared Services (on behalf of Ashworth Council)

This is an automated message from Jobtrain. Please do not reply.
""",
    ),
    # --- 21: Quayside Media Group, Audience Data Analyst (Reed; ghosted) --------------------
    m(
        "ec4d",
        "2026-01-12 20:27",
        "reed.co.uk <noreply@reed.co.uk>",
        "You've applied for Audience Data Analyst",
        A("confirmation", QM, QMR, 21, "other"),
        text="""Hi Priya,

Your application has been sent.

Audience Data Analyst
Quayside Media Group - Salford, Greater Manchester
£38,000 - £42,000 per annum

The recruiter may contact you by email or phone. You can see all of your applications in your reed.co.uk account:
https://www.reed.co.uk/account/applications

Tip: candidates who add a cover letter are more likely to hear back.

Good luck!
The reed.co.uk team

reed.co.uk is part of the Reed group. Reed Online Ltd, Academy Court, 94 Chancery Lane, London WC2A 1DT.
Manage email preferences: https://www.reed.co.uk/account/notifications
""",
    ),
    # --- 22: Irwell Valley Hospitals again, Information Analyst (NHS Jobs; re-application) ---
    m(
        "rb7x",
        "2026-01-19 20:56",
        NHSJOBS,
        "Application submitted: Information Analyst",
        A("confirmation", IVH, IVHR, 22, "other"),
        text="""Dear Priya Natarajan,

Thank you for your application for the following job:

Job title: Information Analyst
Employer: Irwell Valley Hospitals NHS Foundation Trust
Job reference: C9412-26-0044

What happens next
The employer will review your application after the closing date (1 February 2026). If you are shortlisted for interview, they will contact you through NHS Jobs. We'll send you an email when there is an update, so please check your account and your junk or spam folder.

You can view your submitted application at any time:
https://www.jobs.nhs.uk/candidate/applications/C9412-26-0044

Best wishes
NHS Jobs
"""
        + NHS_FOOT,
    ),
    # --- alerts, nudges, outreach, auto-replies -------------------------------------------
    m(
        "la1p",
        "2025-09-16 07:31",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“data analyst”: 12 opportunities in Manchester",
        J("alert", "linkedin"),
        text="""Your job alert for data analyst in Greater Manchester
12 new jobs match your preferences.

Data Analyst
Pellucid Analytics · Manchester (Hybrid)
Actively recruiting

Product Data Analyst
Tallyfold · Manchester (Hybrid)
Easy Apply · 3 connections work here

Insight Analyst
Northern Pantry · Stockport (Hybrid)

BI Analyst
Sefton & Co Accountants · Warrington (On-site)

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1782213342

Job alert settings: https://www.linkedin.com/comm/jobs/alerts
This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing).
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?savedSearchId=1782213342>"
        },
    ),
    m(
        "lb2q",
        "2025-10-21 07:29",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Data Analyst at Calderbrook Housing",
        J("alert", "linkedin"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p style="font-size:18px">Jobs you may be interested in</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4112203981/">Data Analyst, Customer Operations</a><br>Mosswood Energy · Manchester (Hybrid)<br><span style="color:#057642">Be an early applicant</span></p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4112155020/">Senior Insight Analyst</a><br>Brindle Home Insurance · Bolton (Hybrid)</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4112189917/">Reporting Analyst - 12 month FTC</a><br>Cheetham Hill Housing Partnership · Manchester</p>
<p><a href="https://www.linkedin.com/comm/jobs/search/">See all jobs</a></p>
<p style="font-size:11px;color:#666">You're receiving job alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts">Manage alerts</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a><br>© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "lc3r",
        "2026-02-17 07:34",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“power bi”: Castlefield Talent and others are hiring",
        J("alert", "linkedin"),
        text="""Your job alert for power bi in Greater Manchester

Power BI Developer (contract, inside IR35)
Castlefield Talent · Manchester (Hybrid)

Data Visualisation Analyst
Greater Irwell Combined Authority · Manchester

Power BI Analyst
Kersal Building Society · Salford (Hybrid)
Your connection Aisha Rahman works here

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1790044120

This email was intended for Priya Natarajan (Data Analyst at Calderbrook Housing).
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "ia4s",
        "2025-09-30 06:45",
        "Indeed <alert@indeed.com>",
        "10 new data analyst jobs in Manchester",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td>
<p><b>data analyst</b> jobs near <b>Manchester</b></p>
<p><a href="https://uk.indeed.com/rc/clk?jk=7a2b1c9d0e3f4a5b&amp;from=ja">Data and Reporting Analyst</a><br>Harrow &amp; Finch LLP - Manchester M2<br>&pound;34,000 - &pound;38,000 a year<br><i>Easily apply</i></p>
<p><a href="https://uk.indeed.com/rc/clk?jk=1b9c8d7e6f5a4b3c&amp;from=ja">Junior Data Analyst</a><br>Whitmore Dental Group - Altrincham<br>&pound;27,000 a year</p>
<p><a href="https://uk.indeed.com/rc/clk?jk=2c3d4e5f6a7b8c9d&amp;from=ja">Finance Data Analyst</a><br>Ardwick Foods - Manchester M12</p>
<p><a href="https://uk.indeed.com/jobs?q=data+analyst&amp;l=Manchester&amp;from=ja">See all new jobs</a></p>
<p style="font-size:11px;color:#767676">You received this job alert because you subscribed on Indeed. <a href="https://uk.indeed.com/alert/unsubscribe?id=f3e2">Unsubscribe</a><br>Indeed UK Operations Ltd, 1 Fitzroy Place, London W1T 3AQ</p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://uk.indeed.com/alert/unsubscribe?id=f3e2>"},
    ),
    m(
        "ib5t",
        "2025-11-18 06:52",
        "Indeed <alert@indeed.com>",
        "Data Analyst at Ordsall Digital and 14 more new jobs",
        J("alert", "indeed"),
        text="""New jobs for "data analyst" near Manchester

Marketing Data Analyst
Ordsall Digital - Salford
£32,000 - £36,000 a year
Easily apply

Analyst, Performance & Quality
Stockport Homes Partnership - Stockport

Data Analyst (SQL)
Kennet Payroll Services - Remote

See all jobs: https://uk.indeed.com/jobs?q=data+analyst&l=Manchester&fromage=1

Unsubscribe: https://uk.indeed.com/alert/unsubscribe?id=f3e2
Indeed UK Operations Ltd, 1 Fitzroy Place, London W1T 3AQ
""",
    ),
    m(
        "na6u",
        "2025-10-01 06:00",
        NHSJOBS,
        "New jobs matching your saved search",
        J("alert", "other"),
        text="""Dear Priya Natarajan,

There are 6 new jobs matching your saved search "analyst" within 15 miles of M21.

Senior Information Analyst - Band 7
Medlock Mental Health NHS Foundation Trust - Manchester

Data Quality Analyst - Band 5
Mancunian Community Health NHS Trust - Manchester

Performance Analyst - Band 6
Greater Irwell Integrated Care Board - Oldham

View all jobs: https://www.jobs.nhs.uk/candidate/search/saved/2208361

To stop receiving these emails, delete your saved search.
"""
        + NHS_FOOT,
    ),
    m(
        "nb7v",
        "2026-01-14 06:00",
        NHSJOBS,
        "New jobs matching your saved search",
        J("alert", "other"),
        text="""Dear Priya Natarajan,

There are 4 new jobs matching your saved search "analyst" within 15 miles of M21.

Information Analyst - Band 6
Irwell Valley Hospitals NHS Foundation Trust - Prestwich

Clinical Audit Analyst - Band 5
Irwell Valley Hospitals NHS Foundation Trust - Prestwich

View all jobs: https://www.jobs.nhs.uk/candidate/search/saved/2208361

To stop receiving these emails, delete your saved search.
"""
        + NHS_FOOT,
    ),
    m(
        "nc8w",
        "2025-11-03 19:00",
        NHSJOBS,
        "You have not submitted your application",
        J("alert", "other", IVH, "Clinical Coding Data Analyst"),
        text="""Dear Priya Natarajan,

You started an application for Clinical Coding Data Analyst (C9412-25-0902) with Irwell Valley Hospitals NHS Foundation Trust but have not submitted it.

The closing date for this job is 6 November 2025. Jobs can close early if they get enough applications.

Continue your application: https://www.jobs.nhs.uk/candidate/applications/drafts
"""
        + NHS_FOOT,
    ),
    m(
        "cj9x",
        "2025-10-10 07:00",
        CSJ,
        "Job alert: 5 new jobs",
        J("alert", "other"),
        text="""Dear Priya Natarajan

The following jobs match your saved search "Analytical - North West":

Statistical Officer - Valuation and Rating Agency - Manchester - EO
Data Analyst (HEO) - Department for Skills and Regional Growth - Manchester / Darlington - HEO
Senior Performance Analyst - Northern Courts Service - Salford - SEO
Operational Researcher - Department for Skills and Regional Growth - Manchester - HEO
Data Engineer - Digital Borders Agency - Manchester - SEO

View these jobs: https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=am9iYWxlcnQ9MjA1NQ

You can change or delete your job alerts in your account.
"""
        + CSJ_FOOT,
    ),
    m(
        "ck0y",
        "2026-02-11 07:00",
        CSJ,
        "Job alert: 2 new jobs",
        J("alert", "other"),
        text="""Dear Priya Natarajan

The following jobs match your saved search "Analytical - North West":

Data Analyst (HEO) - Northern Courts Service - Salford - HEO
Statistician - Valuation and Rating Agency - Manchester - HEO

View these jobs: https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=am9iYWxlcnQ9MjA1NQ

You can change or delete your job alerts in your account.
"""
        + CSJ_FOOT,
    ),
    m(
        "tj1z",
        "2025-11-25 18:12",
        "Totaljobs <jobalerts@totaljobs.com>",
        "Priya, these jobs could be a great match",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Priya, based on your recent searches we think you'll like these:</p>
<p><b><a href="https://www.totaljobs.com/job/mi-analyst/calder-logistics-ltd-job104418822">MI Analyst</a></b> - Calder Logistics Ltd - Trafford Park - &pound;33,000 - &pound;36,000</p>
<p><b><a href="https://www.totaljobs.com/job/data-analyst/irwell-water-job104401273">Data Analyst</a></b> - Irwell Water - Warrington</p>
<p><b><a href="https://www.totaljobs.com/job/insight-analyst/brindle-home-insurance-job104398841">Insight Analyst</a></b> - Brindle Home Insurance - Bolton</p>
<p style="font-size:11px;color:#999">You're receiving this because you have an account with Totaljobs. <a href="https://www.totaljobs.com/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "rk2a",
        "2026-02-24 08:05",
        "reed.co.uk <jobalerts@reed.co.uk>",
        "New jobs for Data Analyst in Manchester",
        J("alert", "other"),
        text="""Hi Priya,

7 new jobs match your alert "Data Analyst" in Manchester:

Data Analyst - Quayside Media Group - Salford - £38,000 - £42,000
Senior Data Analyst - Deansgate Data Recruitment - Manchester - £50,000 - £55,000
Data Analyst (Housing) - Pennine Homes - Oldham - £35,000

View all: https://www.reed.co.uk/jobs/data-analyst-jobs-in-manchester?alert=1

Unsubscribe from this alert: https://www.reed.co.uk/account/jobalerts
""",
    ),
    m(
        "ob3b",
        "2025-11-20 12:41",
        "Lucy Fenwick via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Data Analyst - Credit Risk at Tarnside Bank",
        J("outreach", "linkedin", "Tarnside Bank", "Senior Data Analyst - Credit Risk"),
        text="""Hi Priya,

I'm an in-house recruiter at Tarnside Bank, the digital SME lender. We're building out our Manchester credit analytics team and your background in arrears and collections reporting caught my eye.

The role is Senior Data Analyst - Credit Risk, £52-58k + bonus, hybrid (Spinningfields, 2 days).

Would you be open to a 15 minute call to hear more? No pressure if the timing isn't right.

Thanks,
Lucy

Lucy Fenwick
Talent Partner at Tarnside Bank

Reply: https://www.linkedin.com/messaging/thread/2-NmM0ZjY1/
This is an InMail from a LinkedIn member. © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "oc4c",
        "2026-01-21 10:03",
        "Sarah Hollins <sarah.hollins@northpoint-recruitment.example>",
        "12 month FTC - Data Analyst - housing - Manchester",
        J("outreach", "agency", None, "Data Analyst"),
        text="""Hi Priya

Hope you're well. I'm recruiting for a 12 month fixed-term Data Analyst for a large housing provider in Greater Manchester and given your background at Calderbrook I think you'd be a great fit.

* £38-40k pro rata
* 12 month FTC, good chance of extension
* Hybrid, 1 day a week in the office
* Power BI, SQL, Civica CX / Northgate experience a bonus

Can I give you a call this week?

Kind regards

Sarah Hollins
Senior Consultant | Northpoint Recruitment | Public Sector & Not-for-Profit
""",
    ),
    m(
        "od5d",
        "2026-02-18 15:11",
        "James Okafor <james@castlefieldtalent.example>",
        "Power BI contract - 6 months - inside IR35",
        J("outreach", "agency", None, "Power BI Developer"),
        text="""Afternoon Priya,

Quick one - I've got a 6 month Power BI contract with a Greater Manchester local authority (inside IR35, £350-400/day via umbrella, 2 days onsite). Start ASAP.

Any interest? If not, no worries, and if you know anyone who might be I'd be grateful for a referral (£250 if they're placed).

James

James Okafor | Castlefield Talent | 0161 496 0299
""",
    ),
    m(
        "oe6e",
        "2026-02-19 09:02",
        "James Okafor <james@castlefieldtalent.example>",
        "Out of Office: Re: Power BI contract - 6 months - inside IR35",
        J("other_job", "agency"),
        headers={"Auto-Submitted": "auto-replied"},
        text="""Hi,

Thanks for your email. I'm out of the office today and tomorrow with limited access to email, back Monday 23rd.

For anything urgent please contact the team on 0161 496 0299 or hello@castlefieldtalent.example.

Thanks,
James
""",
        **thread(OWN_CT),
    ),
]
