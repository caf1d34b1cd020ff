# ruff: noqa: E501
"""Corpus 72, English job mail from US companies hiring remote in LATAM (data only): see heldout72.py."""

from __future__ import annotations

from functools import partial
from itertools import count
from typing import Any

from heldout import dated_spec


def tz_us(day: str) -> str:
    """US Eastern and Pacific senders alike are written in Eastern time here."""
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0400"
    return "-0500"


def tz_pt(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0700"
    return "-0800"


m = partial(dated_spec, tz_us)
mp = partial(dated_spec, tz_pt)
_keys = count(70411, 13)


def k() -> str:
    return str(next(_keys))


def at(day_time: str, zone=tz_us) -> str:
    return f"{day_time}:00 {zone(day_time[:10])}"


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


LL, LLR = "Lumen Ledger", "Customer Success Manager, LATAM"
FN, FNR = "Fieldnote", "Customer Success Manager (Spanish Speaking)"
TL, TL1, TL2 = (
    "Tandem Loop",
    "Account Manager, Mid-Market LATAM",
    "Customer Success Manager, Enterprise",
)
BP, BPR = "Brightpath Learning", "Customer Success Manager - Mexico"
QH, QHR = "Quorra Health", "Senior Customer Success Manager, Enterprise (LATAM)"
CW, CWR = "Cartwheel AI", "Customer Success Manager, Spanish"
HB, HBR = "Harborline", "Account Manager, LATAM"
PC, PCR = "Pinecrest", "Account Manager, LATAM"

MAIL: list[dict[str, Any]] = [
    # --- 4 Lumen Ledger (Greenhouse), offer accepted, EOR -----------------------------------
    m(
        k(),
        "2025-11-12 14:08",
        "Lumen Ledger Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Lumen Ledger!",
        E("confirmation", LL, LLR, 4, "greenhouse"),
        text="""Hi Valeria,

Thanks for your interest in Lumen Ledger! We've received your application for Customer Success Manager, LATAM and our team is reviewing it now.

A quick note on how we hire in Latin America: team members outside the US are employed through our employer-of-record partner, so if we move forward you may hear from them later in the process.

If your background is a fit, someone from our recruiting team will reach out to schedule a first conversation.

Best,
The Lumen Ledger Talent Team""",
    ),
    m(
        k(),
        "2025-11-18 11:30",
        "Caitlin Moreno <caitlin.moreno@lumenledger.com>",
        "Lumen Ledger - intro call?",
        E("interview", LL, LLR, 4, "direct"),
        text="""Hi Valeria,

I'm Caitlin, a recruiter at Lumen Ledger. I loved seeing your experience building onboarding programs for mid-market accounts in Mexico. Would you be up for a 30-minute intro call? You can grab a time that works here: https://calendly.com/caitlin-lumenledger/30min

Looking forward to it!
Caitlin Moreno | Senior Recruiter | Lumen Ledger
She/her · Austin, TX""",
    ),
    m(
        k(),
        "2025-11-18 15:02",
        "Calendly <notifications@calendly.com>",
        "New Event: Valeria Ortega Ruiz - 10:00am Fri, Nov 21, 2025 - Intro call with Lumen Ledger",
        E("interview", LL, LLR, 4, "other"),
        text="""Hi Valeria Ortega Ruiz,

A new event has been scheduled.

Event Type: Intro call with Lumen Ledger
Invitee: Valeria Ortega Ruiz
Event Date/Time: 10:00am - 10:30am (Central Time - Mexico City), Friday, November 21, 2025
Location: Zoom - details in the calendar invite

View event in Calendly""",
        ics={
            "start": at("2025-11-21 11:00"),
            "minutes": 30,
            "organizer": ("Caitlin Moreno", "caitlin.moreno@lumenledger.com"),
            "uid": "f51c2a77-9a02-4c6b-bc3e-0d8b2e11aa90@calendly.com",
            "summary": "Intro call with Lumen Ledger",
            "location": "https://lumenledger.zoom.us/j/84411902375",
        },
    ),
    m(
        k(),
        "2025-11-25 16:44",
        "Caitlin Moreno <caitlin.moreno@lumenledger.com>",
        "Next steps: panel with the CS team",
        E("interview", LL, LLR, 4, "direct"),
        text="""Hi Valeria,

Great news - the team would love to move you forward! The next stage is a 2-part virtual panel on Tuesday, December 2:

  10:00-10:45 CT  Hiring manager: Greg Lindqvist, Director of Customer Success
  11:00-11:45 CT  Account review role-play with Priyanka Shah (Senior CSM) and Tomás Villa (Solutions)

For the role-play, we'll send a short fictional account brief 48 hours before. Invites are coming from GoodTime shortly.

Cheers,
Caitlin""",
    ),
    m(
        k(),
        "2025-11-25 16:51",
        "Lumen Ledger via GoodTime <scheduling@goodtime.io>",
        "Interview Confirmation: Lumen Ledger - Customer Success Manager, LATAM",
        E("interview", LL, LLR, 4, "other"),
        html="""<html><body><p>Hi Valeria,</p><p>Your interviews with <b>Lumen Ledger</b> are confirmed for <b>Tuesday, December 2, 2025</b>.</p>
<table border="1" cellpadding="4"><tr><td>11:00 AM - 11:45 AM EST</td><td>Greg Lindqvist</td></tr><tr><td>12:00 PM - 12:45 PM EST</td><td>Priyanka Shah, Tomás Villa</td></tr></table>
<p>Zoom links are in the calendar invitation.</p></body></html>""",
        ics={
            "start": at("2025-12-02 11:00"),
            "minutes": 105,
            "organizer": ("Lumen Ledger Recruiting", "scheduling@goodtime.io"),
            "uid": "gt-9981273-lumenledger@goodtime.io",
            "summary": "Lumen Ledger Interview - Valeria Ortega Ruiz",
            "location": "Zoom",
        },
    ),
    m(
        k(),
        "2025-12-11 13:15",
        "Caitlin Moreno <caitlin.moreno@lumenledger.com>",
        "Offer call - can we chat today?",
        E("offer", LL, LLR, 4, "direct"),
        text="""Hi Valeria!

I have some exciting news I'd love to share live - do you have 15 minutes at 3pm CT today? If not, send me a couple of times tomorrow.

Caitlin""",
    ),
    m(
        k(),
        "2025-12-12 10:02",
        "Caitlin Moreno via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: Lumen Ledger - Offer Summary - Valeria Ortega Ruiz",
        E("offer", LL, LLR, 4, "docusign"),
        html="""<html><body><p>Caitlin Moreno sent you a document to review and sign.</p>
<p><b>Lumen Ledger - Offer Summary - Valeria Ortega Ruiz</b></p>
<p>Hi Valeria, as discussed, here is your offer summary for Customer Success Manager, LATAM. Your local employment agreement will be issued by our EOR partner, Payvance, once you sign. Welcome (almost)!</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx">REVIEW DOCUMENT</a></p>
<p style="font-size:10px">Do Not Share This Email. This email contains a secure link to DocuSign.</p></body></html>""",
    ),
    m(
        k(),
        "2025-12-15 09:40",
        "DocuSign System <dse_NA3@docusign.net>",
        "Completed: Lumen Ledger - Offer Summary - Valeria Ortega Ruiz",
        E("offer", LL, LLR, 4, "docusign"),
        st="accepted",
        html="""<html><body><p>All parties have completed <b>Lumen Ledger - Offer Summary - Valeria Ortega Ruiz</b>.</p><p>View the completed document in DocuSign.</p></body></html>""",
    ),
    m(
        k(),
        "2025-12-16 08:12",
        "Payvance People Ops <onboarding@payvanceglobal.com>",
        "Welcome! Your employment contract with Payvance México for Lumen Ledger",
        ("other_job", LL, LLR, None, "other", "en"),
        text="""Hola Valeria,

Welcome aboard! Payvance is the employer of record that will employ you in Mexico on behalf of Lumen Ledger. Your day-to-day work, manager and team are at Lumen Ledger; Payvance México, S. de R.L. de C.V. handles your contract, payroll, IMSS, INFONAVIT and benefits.

Next steps:
1. Upload your INE, CURP, RFC (Constancia de Situación Fiscal) and proof of address.
2. Review and e-sign your Contrato Individual de Trabajo.
3. Add your CLABE for payroll.

Your start date: January 12, 2026.

Payvance People Ops""",
    ),
    m(
        k(),
        "2025-12-18 12:00",
        "Payvance <noreply@payvanceglobal.com>",
        "Action needed: 2 documents pending",
        ("other_job", LL, None, None, "other", "en"),
        html="""<html><body><p>Hi Valeria, you still have <b>2 pending documents</b> in your Payvance onboarding checklist (Constancia de Situación Fiscal, Comprobante de domicilio).</p><p><a href="https://app.payvanceglobal.com/onboarding">Complete onboarding</a></p></body></html>""",
    ),
    m(
        k(),
        "2026-01-05 09:00",
        "Lumen Ledger IT <it-onboarding@lumenledger.com>",
        "Your laptop is on its way + day-one agenda",
        ("other_job", LL, LLR, None, "direct", "en"),
        text="""Hi Valeria,

Your MacBook shipped via DHL (tracking 4477 1920 33) and should arrive before January 12. Your Google Workspace account will be valeria.ortega@lumenledger.com; you'll receive a setup link on your personal email the Friday before.

Day one: 9:00 CT welcome session with People, 11:00 CT 1:1 with Greg.

Lumen Ledger IT""",
    ),
    # --- 5 Fieldnote (Lever) ------------------------------------------------------------------
    mp(
        k(),
        "2025-09-09 15:22",
        "Fieldnote <no-reply@hire.lever.co>",
        "Thank you for your application to Fieldnote",
        E("confirmation", FN, FNR, 5, "lever"),
        text="""Hi Valeria,

Thank you for your interest in Fieldnote! We have received your application for the Customer Success Manager (Spanish Speaking) position and our team will review it shortly.

Fieldnote Talent""",
    ),
    mp(
        k(),
        "2025-09-29 17:40",
        "Fieldnote <no-reply@hire.lever.co>",
        "Your application to Fieldnote",
        E("rejection", FN, FNR, 5, "lever"),
        text="""Hi Valeria,

Thank you so much for taking the time to apply for our Customer Success Manager (Spanish Speaking) role. We were genuinely impressed by your background, and we know your time is valuable.

After careful consideration, we've decided to move forward with other candidates whose experience more closely matches our needs at this time.

We'll keep your information on file and may reach out about future openings. We wish you all the best.

Fieldnote Talent""",
    ),
    # --- 6 and 19 Tandem Loop (Ashby) ---------------------------------------------------------
    mp(
        k(),
        "2025-10-02 13:05",
        "Tandem Loop <no-reply@ashbyhq.com>",
        "Application received - Account Manager, Mid-Market LATAM",
        E("confirmation", TL, TL1, 6, "ashby"),
        html="""<html><body style="font-family:Inter,Arial"><p>Hi Valeria,</p><p>Thanks for applying to the <b>Account Manager, Mid-Market LATAM</b> role at Tandem Loop. We review every application by hand and aim to get back to you within 10 business days.</p><p>- The Tandem Loop Recruiting Team</p><p style="font-size:10px;color:#888">Powered by Ashby</p></body></html>""",
    ),
    mp(
        k(),
        "2025-10-02 13:11",
        "Tandem Loop <no-reply@ashbyhq.com>",
        "Application received - Customer Success Manager, Enterprise",
        E("confirmation", TL, TL2, 19, "ashby"),
        html="""<html><body style="font-family:Inter,Arial"><p>Hi Valeria,</p><p>Thanks for applying to the <b>Customer Success Manager, Enterprise</b> role at Tandem Loop. We review every application by hand and aim to get back to you within 10 business days.</p><p>- The Tandem Loop Recruiting Team</p><p style="font-size:10px;color:#888">Powered by Ashby</p></body></html>""",
    ),
    mp(
        k(),
        "2025-10-09 10:18",
        "Jess Okafor <jess@tandemloop.com>",
        "Tandem Loop <> Valeria: recruiter screen",
        E("interview", TL, TL1, 6, "direct"),
        text="""Hi Valeria,

Thanks for your interest in Tandem Loop! I'd love to set up a 25-minute screen for the Account Manager, Mid-Market LATAM role. Please pick a slot here: https://jobs.ashbyhq.com/tandemloop/interview/schedule/4ad1

Quick heads-up: I noticed you also applied to the Enterprise CSM role. We'll focus on the AM role for now since it's the closer match - I'll loop back on the other one separately.

Best,
Jess Okafor
Recruiting @ Tandem Loop""",
    ),
    mp(
        k(),
        "2025-10-09 14:30",
        "Tandem Loop <no-reply@ashbyhq.com>",
        "Interview scheduled: Tandem Loop - Recruiter Screen",
        E("interview", TL, TL1, 6, "ashby"),
        text="""Hi Valeria,

Your interview has been scheduled.

Recruiter Screen with Jess Okafor
Tuesday, October 14, 2025, 9:00 AM - 9:25 AM PDT
Google Meet: meet.google.com/vai-pmzr-oqe

Need to reschedule? Use the link in your calendar invitation.""",
        ics={
            "start": at("2025-10-14 09:00", tz_pt),
            "minutes": 25,
            "organizer": ("Jess Okafor", "jess@tandemloop.com"),
            "uid": "ashby-int-6f0b1d2e@ashbyhq.com",
            "summary": "Tandem Loop - Recruiter Screen (Valeria Ortega Ruiz)",
            "location": "meet.google.com/vai-pmzr-oqe",
        },
    ),
    mp(
        k(),
        "2025-10-16 11:00",
        "Tandem Loop <no-reply@ashbyhq.com>",
        "Tandem Loop: your take-home exercise",
        E("assessment", TL, TL1, 6, "ashby"),
        text="""Hi Valeria,

Thanks for chatting with Jess! The next step is a short take-home: you'll review a mock renewal for a 300-seat customer and write a one-page account plan (expansion risks, stakeholders, QBR agenda). Please spend no more than 2 hours.

Submit here by Wednesday, October 22: https://app.ashbyhq.com/candidate/tandemloop/assignments/b71e

Good luck!
Tandem Loop Recruiting""",
    ),
    mp(
        k(),
        "2025-10-24 15:45",
        "Tandem Loop <no-reply@ashbyhq.com>",
        "Update on your Tandem Loop application",
        E("rejection", TL, TL2, 19, "ashby"),
        html="""<html><body><p>Hi Valeria,</p><p>Thank you for your interest in the <b>Customer Success Manager, Enterprise</b> role. We appreciated the chance to learn about your experience.</p><p>We've decided not to move forward with your application for this position. Your candidacy for other roles at Tandem Loop is not affected by this decision.</p><p>Best,<br>Tandem Loop Recruiting</p></body></html>""",
    ),
    mp(
        k(),
        "2025-10-28 12:20",
        "Jess Okafor <jess@tandemloop.com>",
        "Hiring manager interview - AM Mid-Market LATAM",
        E("interview", TL, TL1, 6, "direct"),
        text="""Hi Valeria,

The team really liked your account plan - especially the stakeholder map. Next up is 45 minutes with Andrés Pinto, our Head of Account Management for LATAM. Ashby will send you options shortly.

Jess""",
    ),
    mp(
        k(),
        "2025-11-14 16:05",
        "Jess Okafor <jess@tandemloop.com>",
        "Quick update on the AM Mid-Market LATAM role",
        E("confirmation", TL, TL1, 6, "direct"),
        st="on_hold",
        text="""Hi Valeria,

I wanted to let you know personally: leadership has paused hiring for the Account Manager, Mid-Market LATAM role while we finalize our 2026 territory plan. This isn't a reflection on you at all - Andrés was very positive after your conversation.

We expect clarity in January and I'll reach out as soon as I know whether the role reopens. Thanks for your patience, and sorry for the wait.

Jess""",
    ),
    # --- 16 Brightpath Learning (Lever), ghosted ---------------------------------------------
    m(
        k(),
        "2025-10-21 10:55",
        "Brightpath Learning <no-reply@hire.lever.co>",
        "Thanks for applying to Brightpath!",
        E("confirmation", BP, BPR, 16, "lever"),
        text="""Hi Valeria,

Thanks for applying for Customer Success Manager - Mexico at Brightpath Learning! We're excited to learn more about you.

What happens next: our team reviews applications on a rolling basis. If your experience matches what we're looking for, a recruiter will reach out to schedule a call. Unfortunately, due to the volume of applications, we aren't able to respond to everyone individually.

Team Brightpath""",
    ),
    # --- 17 Quorra Health (Greenhouse) --------------------------------------------------------
    m(
        k(),
        "2025-11-04 18:31",
        "Quorra Health <no-reply@greenhouse.io>",
        "Quorra Health - We received your application",
        E("confirmation", QH, QHR, 17, "greenhouse"),
        text="""Hi Valeria,

Thank you for applying for the Senior Customer Success Manager, Enterprise (LATAM) position at Quorra Health. We've received your application and will be in touch if your qualifications match our needs.

If you are not selected for this role, we will notify you by email, and we encourage you to keep an eye on our careers page for future opportunities.

Regards,
Quorra Health Talent Acquisition""",
    ),
    m(
        k(),
        "2025-11-20 12:14",
        "Quorra Health <no-reply@greenhouse.io>",
        "Your candidacy at Quorra Health",
        E("rejection", QH, QHR, 17, "greenhouse"),
        text="""Hi Valeria,

We want to thank you for your interest in Quorra Health and for the time you took to apply. Your experience managing enterprise accounts in Mexico stood out to our team.

Unfortunately, we will not be moving forward with your candidacy for the Senior Customer Success Manager, Enterprise (LATAM) role at this time.

We wish you the best in your search.

Quorra Health Talent Acquisition""",
    ),
    # --- 21 Cartwheel AI (Ashby), assessment then silence -------------------------------------
    mp(
        k(),
        "2025-11-24 09:10",
        "Cartwheel AI <no-reply@ashbyhq.com>",
        "We got your application, Valeria!",
        E("confirmation", CW, CWR, 21, "ashby"),
        html="""<html><body><p>Hey Valeria 👋</p><p>Thanks for applying to be a <b>Customer Success Manager, Spanish</b> at Cartwheel AI. We're a small team, so a human (hi!) reads every application.</p><p>- Cartwheel Recruiting</p></body></html>""",
    ),
    mp(
        k(),
        "2025-12-01 13:00",
        "Cartwheel AI <no-reply@ashbyhq.com>",
        "Cartwheel AI: async video questions",
        E("assessment", CW, CWR, 21, "ashby"),
        text="""Hi Valeria,

We'd like to invite you to our async step: 3 short video questions (2 minutes each), one of them in Spanish, about handling an escalation with a frustrated customer. Record them whenever you like before December 8:

https://app.ashbyhq.com/candidate/cartwheel/async/11c9

Cartwheel Recruiting""",
    ),
    # --- 23 Harborline (Lever) ----------------------------------------------------------------
    m(
        k(),
        "2025-12-03 11:20",
        "Harborline <no-reply@hire.lever.co>",
        "Harborline | Application received",
        E("confirmation", HB, HBR, 23, "lever"),
        text="""Hi Valeria,

We received your application for Account Manager, LATAM. Thanks for thinking of Harborline!

Harborline Freight Technologies, Inc. - People Team""",
    ),
    m(
        k(),
        "2025-12-09 10:05",
        "Megan Ruiz <megan.ruiz@harborline.io>",
        "Harborline - first conversation",
        E("interview", HB, HBR, 23, "direct"),
        text="""Hola Valeria! (My Spanish is rusty, so I'll switch to English 🙂)

I'm the recruiter for our Account Manager, LATAM opening. Could we do a 30-min video call on Thursday, Dec 11 at 1pm ET / 12pm CDMX? I'll send a Zoom invite if that works.

Megan Ruiz
Talent Partner, Harborline""",
        ics={
            "start": at("2025-12-11 13:00"),
            "minutes": 30,
            "organizer": ("Megan Ruiz", "megan.ruiz@harborline.io"),
            "uid": "2pq7r0x5yb9dle3kv6mn@google.com",
            "summary": "Harborline | Valeria Ortega Ruiz - Recruiter Call",
            "location": "https://harborline.zoom.us/j/93011884720",
        },
    ),
    m(
        k(),
        "2025-12-22 15:30",
        "Megan Ruiz <megan.ruiz@harborline.io>",
        "Following up",
        E("rejection", HB, HBR, 23, "direct"),
        text="""Hi Valeria,

Thank you again for the great conversation earlier this month - I really enjoyed hearing about your work with distributors in the Bajío.

I wanted to follow up personally: the hiring team has decided to move forward with a candidate who has more freight brokerage experience. I know that's disappointing, and I'm sorry to deliver the news right before the holidays.

Wishing you a restful break,
Megan""",
    ),
    # --- 25 Pinecrest (careers mailbox at pinecresthq.com) ------------------------------------
    m(
        k(),
        "2025-11-28 09:45",
        "Pinecrest Careers <careers@pinecresthq.com>",
        "Application received: Account Manager, LATAM",
        E("confirmation", PC, PCR, 25, "greenhouse"),
        text="""Hi Valeria,

Thanks for applying to Pinecrest! This confirms we've received your application for Account Manager, LATAM (Remote - Mexico/Colombia).

Pinecrest Payroll, Inc. | pinecrest.io""",
        sender="no-reply@us.greenhouse-mail.io",
    ),
    m(
        k(),
        "2025-12-09 14:00",
        "Daniel Soto <dsoto@pinecrest.io>",
        "Invitation: Pinecrest interview - Valeria Ortega Ruiz @ Wed Dec 17, 2025 11am - 11:45am (EST)",
        E("interview", PC, PCR, 25, "direct"),
        text="""Daniel Soto has invited you to this event.

Pinecrest interview - Valeria Ortega Ruiz
Wednesday Dec 17, 2025 · 11am - 11:45am Eastern Time
Join with Google Meet: meet.google.com/bqo-zvne-yxt

Invitation from Google Calendar""",
        ics={
            "start": at("2025-12-17 11:00"),
            "minutes": 45,
            "organizer": ("Daniel Soto", "dsoto@pinecrest.io"),
            "uid": "0pl3x9c7hr2nd1t6aq8w@google.com",
            "summary": "Pinecrest interview - Valeria Ortega Ruiz",
            "location": "meet.google.com/bqo-zvne-yxt",
        },
    ),
    m(
        k(),
        "2025-12-16 09:00",
        "Valeria Ortega Ruiz <valeria.ortega.ruiz@gmail.com>",
        "Withdrawing - Account Manager, LATAM",
        E("confirmation", PC, PCR, 25, "direct"),
        st="withdrawn",
        text="""Hi Daniel,

Thank you so much for the invitation. I've just accepted a role elsewhere, so I'd like to withdraw from the process and free up your Wednesday slot. I really appreciate your time and hope our paths cross again.

Best,
Valeria""",
        to="Daniel Soto <dsoto@pinecrest.io>",
    ),
    m(
        k(),
        "2025-12-16 12:20",
        "Daniel Soto <dsoto@pinecrest.io>",
        "Canceled: Pinecrest interview - Valeria Ortega Ruiz @ Wed Dec 17, 2025 11am - 11:45am (EST)",
        E("interview", PC, PCR, 25, "direct"),
        st="withdrawn",
        text="""This event has been canceled.

Pinecrest interview - Valeria Ortega Ruiz
Wednesday Dec 17, 2025 · 11am - 11:45am Eastern Time

Note from Daniel: Congrats on the new role, Valeria - best of luck!""",
        ics={
            "method": "CANCEL",
            "start": at("2025-12-17 11:00"),
            "minutes": 45,
            "organizer": ("Daniel Soto", "dsoto@pinecrest.io"),
            "uid": "0pl3x9c7hr2nd1t6aq8w@google.com",
            "summary": "Pinecrest interview - Valeria Ortega Ruiz",
        },
    ),
    # --- English alerts, outreach, other job mail --------------------------------------------
    m(
        k(),
        "2025-09-04 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "25+ new jobs for “customer success manager remote latam”",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Your job alert for customer success manager remote latam</p><p><b>Customer Success Manager (Spanish Speaking)</b> · Fieldnote · Latin America (Remote)</p><p><b>Implementation Manager</b> · Osprey Data · Mexico (Remote)</p><p><a href="https://www.linkedin.com/jobs/">See all jobs</a></p></body></html>""",
    ),
    m(
        k(),
        "2025-10-30 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Quorra Health and others are hiring for Customer Success Manager",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p><b>Senior Customer Success Manager, Enterprise (LATAM)</b> · Quorra Health · Mexico (Remote) · Be an early applicant</p><p><b>Renewals Manager</b> · Trellis Cloud · Latin America</p></body></html>""",
    ),
    m(
        k(),
        "2026-01-22 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Account Manager, LATAM at Pinecrest",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Jobs similar to <b>Account Manager, LATAM</b> at Pinecrest</p><p><b>Account Executive, Mexico</b> · Rainmill · Remote</p></body></html>""",
    ),
    m(
        k(),
        "2025-10-07 08:30",
        "Indeed <donotreply@match.indeed.com>",
        "Valeria, a company wants you to apply: Customer Success Manager - Mexico",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body><p>Brightpath Learning viewed your Indeed resume and thinks you'd be a great fit for <b>Customer Success Manager - Mexico</b>.</p><p>This is not a job offer. <a href="https://mx.indeed.com/viewjob">Apply now</a></p></body></html>""",
    ),
    m(
        k(),
        "2025-11-06 19:45",
        "Tom Becker <tom@remoterevenue.co>",
        "Spanish-speaking CSM roles with US startups",
        ("outreach", None, None, None, "agency", "en"),
        text="""Hi Valeria,

I run Remote Revenue, a small agency that places LATAM-based customer success talent with US B2B startups. We have three open CSM searches (Series A-C, USD salaries, paid via EOR). Interested in a quick chat?

Tom Becker
Founder, Remote Revenue""",
    ),
    m(
        k(),
        "2025-11-28 08:10",
        "Greg Lindqvist <greg.lindqvist@lumenledger.com>",
        "Out of Office: Re: Interview availability",
        ("other_job", LL, None, None, "direct", "en"),
        text="""Thanks for your email. I'm out of the office until Monday, December 1, with limited access to email. For anything urgent, please reach out to caitlin.moreno@lumenledger.com.

Greg""",
    ),
    m(
        k(),
        "2025-12-17 10:00",
        "Lumen Ledger via Checkr <candidate.noreply@checkr.com>",
        "Lumen Ledger has requested a background check",
        ("other_job", LL, None, None, "other", "en"),
        html="""<html><body><p>Hi Valeria,</p><p><b>Lumen Ledger</b> has requested a background check as part of your hiring process. Please provide your information to get started.</p><p><a href="https://applicant.checkr.com/">Get started</a></p></body></html>""",
    ),
    m(
        k(),
        "2025-12-04 14:00",
        "Greenhouse <no-reply@greenhouse.io>",
        "How was your interview experience with Lumen Ledger?",
        ("other_job", LL, None, None, "greenhouse", "en"),
        text="""Hi Valeria,

Lumen Ledger wants to hear about your interview experience. This anonymous survey takes about 2 minutes and won't affect your candidacy.

Take the survey: https://app.greenhouse.io/survey/8822""",
    ),
]
