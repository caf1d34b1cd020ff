# ruff: noqa: E501, RUF100
"""Corpus 157, job mail part two (data only): see heldout157.py. Applications 12 to 23, then job
mail that belongs to no application (alerts, outreach, portal and event mail)."""

from __future__ import annotations

from typing import Any

from heldout157_jobs import (
    BC,
    BC_PORTAL,
    BCR,
    CL,
    CL1,
    CL2,
    HAP,
    HAPR,
    HCD,
    HCDR,
    HVT,
    HVTR,
    INDEED,
    INDEED_APPLY,
    KPS,
    LCS,
    LCSR,
    LLD,
    LLDR,
    SRH,
    SRHR,
    SRM,
    SRMR,
    TRM,
    TRMR,
    WMS,
    WMSR,
    A,
    J,
    ics,
    m,
    reply,
)

TAMIKA = "Tamika Brooks <tbrooks@corridorlogistics.example>"
UKG = "Corridor Logistics Group <donotreply@recruiting.ultipro.com>"
JENNA = "Jenna Morales <jmorales@arrowpointstaffing.example>"
GWEN = "Gwen Adeyemi <gadeyemi@sciotohealth.example>"

_ARROWPOINT_SIG = """\
Jenna Morales
Senior Staffing Specialist
Arrowpoint Staffing - Columbus South Branch
3351 S. High St, Columbus, OH 43207
p. 614-555-0131 | text 614-555-0133
"We put Ohio to work."

Arrowpoint Staffing is an equal opportunity employer. Temp-to-hire conversions are at the
client's discretion."""

MAIL: list[dict[str, Any]] = [
    # --- 12. Scioto Regional Health, Supply Chain Coordinator: Taleo --------------------------
    m(
        "b6mz",
        "2025-10-25 09:14",
        "Scioto Regional Health Careers <srhs@taleo.net>",
        "Welcome to the Scioto Regional Health Talent Network",
        J("alert", "taleo", SRH),
        text="""\
Dear Marcus,

Thank you for joining the Scioto Regional Health Talent Network. You will receive job alerts
based on the job categories and locations you selected:

  Category: Supply Chain / Materials Management; Support Services
  Location: Scioto Regional Medical Center (Columbus); Grove City Outpatient Campus

You can update your profile or unsubscribe at any time at
https://srhs.taleo.net/careersection/talentnetwork/profile.ftl

Scioto Regional Health System - Caring for Central Ohio since 1952
""",
    ),
    m(
        "r0gd",
        "2025-10-27 13:51",
        "Scioto Regional Health Careers <srhs@taleo.net>",
        "Scioto Regional Health - Application Received - Supply Chain Coordinator (25004178)",
        A("confirmation", SRH, SRHR, 12, "taleo"),
        text="""\
Dear Marcus Whitaker,

Thank you for your interest in employment with Scioto Regional Health System. This message
confirms that we have received your application for the following position:

  Supply Chain Coordinator - Materials Management (Day Shift)
  Requisition Number: 25004178
  Location: Scioto Regional Medical Center, Columbus, OH

Our Talent Acquisition team will review your qualifications. If your background matches the
requirements, a recruiter will contact you. You may check the status of your submission
through "My Jobpage" at https://srhs.taleo.net/careersection/ex/mysubmissions.ftl

Sincerely,
Talent Acquisition
Scioto Regional Health System

SRHS is an Equal Opportunity Employer. Please do not respond to this email.
""",
    ),
    m(
        "t5ub",
        "2025-11-10 10:08",
        GWEN,
        "Interview - Supply Chain Coordinator (Req 25004178)",
        A("interview", SRH, SRHR, 12, "direct"),
        text="""\
Hello Marcus,

Thank you for applying for the Supply Chain Coordinator position in Materials Management. I'd
like to invite you to interview with our Materials Manager, Phil Dunaway, and Supervisor of
Distribution, Carla Mays.

Friday, November 14, 1:00 - 2:00 PM
Scioto Regional Medical Center, 1200 Riverside Hills Dr, Columbus
Lower Level, Materials Management Conference Room (LL-114). Park in Garage B; take the
Garage B elevators to LL and follow signs for Receiving.

An Outlook invitation is attached. Please reply to confirm.

Kind regards,

Gwen Adeyemi, PHR
Talent Acquisition Partner | Support Services
Scioto Regional Health System
P: 614-555-0156

This message and any attachments may contain confidential or privileged information. If you
received this message in error, please notify the sender and delete it.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B2D8E14A5E52DC010000000000000000100000007F",
            "2025-11-14 13:00",
            "Interview - Marcus Whitaker - Supply Chain Coordinator",
            ("Gwen Adeyemi", "gadeyemi@sciotohealth.example"),
            style="outlook",
            location="SRMC Lower Level - Materials Management Conference Room LL-114",
            attendees=[
                ("Phil Dunaway", "pdunaway@sciotohealth.example"),
                ("Carla Mays", "cmays@sciotohealth.example"),
            ],
        ),
    ),
    m(
        "c8ow",
        "2025-11-11 07:02",
        GWEN,
        "Automatic reply: Interview - Supply Chain Coordinator (Req 25004178)",
        J("other_job", "direct", SRH, SRHR),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        **reply("<CAJ4mW8sN0d3-Tq9vH1uX@mail.gmail.com>"),
        text="""\
Thank you for your email. I am out of the office Tuesday, November 11 for Veterans Day and will
return Wednesday, November 12. For urgent staffing needs please contact talentacquisition@sciotohealth.example.

Gwen Adeyemi, PHR
Talent Acquisition Partner | Support Services
""",
    ),
    m(
        "h1ja",
        "2025-11-12 09:37",
        GWEN,
        "Updated: Interview - Supply Chain Coordinator (Req 25004178)",
        A("interview", SRH, SRHR, 12, "direct"),
        **reply("<CAJ4mW8sN0d3-Tq9vH1uX@mail.gmail.com>"),
        text="""\
Good morning Marcus,

Thank you for confirming, and my apologies - Phil has been called into a system-wide inventory
meeting on Friday afternoon. Could we move your interview to Tuesday, November 18 at 10:00 AM?
Same location (LL-114). I've sent an updated invitation; please accept it if that time works.

Thank you for your flexibility,
Gwen

-----Original Message-----
From: Marcus Whitaker <mdwhitaker.gc@gmail.com>
Sent: Monday, November 10, 2025 6:22 PM
To: Gwen Adeyemi <gadeyemi@sciotohealth.example>
Subject: Re: Interview - Supply Chain Coordinator (Req 25004178)

Hi Gwen, Friday at 1pm works. I'll be there. Thank you. - Marcus
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B2D8E14A5E52DC010000000000000000100000007F",
            "2025-11-18 10:00",
            "Interview - Marcus Whitaker - Supply Chain Coordinator",
            ("Gwen Adeyemi", "gadeyemi@sciotohealth.example"),
            style="outlook",
            sequence=1,
            location="SRMC Lower Level - Materials Management Conference Room LL-114",
            attendees=[
                ("Phil Dunaway", "pdunaway@sciotohealth.example"),
                ("Carla Mays", "cmays@sciotohealth.example"),
            ],
        ),
    ),
    m(
        "m9kx",
        "2025-12-02 17:25",
        "Scioto Regional Health Careers <srhs@taleo.net>",
        "Your application",
        A("rejection", SRH, SRHR, 12, "taleo"),
        text="""\
Dear Marcus,

Thank you for your interest in the Supply Chain Coordinator - Materials Management position
(25004178) and for meeting with our team. The interviewers valued your leadership experience
and your focus on safety.

After careful review, we have selected another candidate whose experience more closely matches
the needs of the department, including prior experience with hospital par-level replenishment.

We encourage you to continue to review our openings and apply for any positions that match
your skills and interests.

Sincerely,
Talent Acquisition
Scioto Regional Health System
""",
    ),
    # --- 13. Lancaster Cold Storage, Inventory Control Specialist: Arrowpoint Staffing ---------
    m(
        "e2lw",
        "2025-11-04 11:19",
        JENNA,
        "Temp-to-hire Inventory Control - Groveport, days, $22-24/hr",
        J("outreach", "agency", None, LCSR),
        text="""\
Hi Marcus,

I came across your resume on Indeed and wanted to reach out. I'm working on an Inventory Control
Specialist opening for one of our long-time clients, a national cold-storage warehouse in
Groveport. Details:

 - 1st shift, Mon-Fri 6:00 AM - 2:30 PM (some Saturdays in peak)
 - $22-24/hr depending on experience, temp-to-hire (usually 90 days)
 - Cycle counts, location audits, inventory adjustments in their WMS, RF scanner, reach truck
 - Freezer environment (-10F), client provides freezer gear

With your inventory and forklift background I think you'd be a strong fit. Are you open to a
quick call today or tomorrow? If so, reply with a good time or text me at 614-555-0133.

Thanks!

"""
        + _ARROWPOINT_SIG,
    ),
    m(
        "f7sd",
        "2025-11-10 15:48",
        JENNA,
        "RE: Temp-to-hire Inventory Control - Groveport, days, $22-24/hr",
        A("confirmation", LCS, LCSR, 13, "agency"),
        **reply("<CAJ4mW8u7Tz0qP1d2kRR@mail.gmail.com>"),
        text="""\
Hi Marcus,

Thanks for the call Friday! As promised, I submitted your resume to the client this morning - it's
Lancaster Cold Storage, the facility on Rohr Rd in Groveport. Their Inventory Control Manager,
Ben, reviews submittals on Tuesdays and Thursdays, so I should have feedback by the end of the
week.

Please don't apply to Lancaster directly or through another agency while we're representing you.

Talk soon,

"""
        + _ARROWPOINT_SIG
        + """

-----Original Message-----
From: Marcus Whitaker <mdwhitaker.gc@gmail.com>
Sent: Thursday, November 6, 2025 9:02 PM
To: Jenna Morales <jmorales@arrowpointstaffing.example>
Subject: Re: Temp-to-hire Inventory Control - Groveport, days, $22-24/hr

Jenna - yes I'm interested. I can talk tomorrow any time after 10. Freezer is fine with me.
Marcus
""",
    ),
    m(
        "n3fb",
        "2025-11-13 12:36",
        JENNA,
        "Interview confirmed: Lancaster Cold Storage - Tue 11/18 9:00 AM",
        A("interview", LCS, LCSR, 13, "agency"),
        text="""\
Marcus,

Great news - Ben at Lancaster Cold Storage wants to meet you!

Tuesday 11/18 at 9:00 AM
Lancaster Cold Storage, 6100 Rohr Rd, Groveport, OH 43125
Ask for Ben Okafor at the shipping office (north side of the building, door by the trailer lot).

Wear steel toes and bring your forklift card if you have it with you. It's about 45 minutes
including a walk through the freezer. Call me after and let me know how it went!

"""
        + _ARROWPOINT_SIG,
        ics=ics(
            "3t0r9x2kqpl8fz4c1wb6nv7gd5@google.com",
            "2025-11-18 09:00",
            "Interview - Lancaster Cold Storage (Arrowpoint)",
            ("Jenna Morales", "jmorales@arrowpointstaffing.example"),
            minutes=45,
            location="Lancaster Cold Storage, 6100 Rohr Rd, Groveport, OH 43125",
            description="Ask for Ben Okafor at the shipping office. Steel toes.",
        ),
    ),
    m(
        "j6bc",
        "2025-11-25 10:03",
        JENNA,
        "Lancaster update",
        A("rejection", LCS, LCSR, 13, "agency"),
        text="""\
Hey Marcus,

Hope you're doing well. I heard back from Lancaster - Ben liked you a lot and said you clearly
know your way around a warehouse, but they decided to go with a candidate who has already used
their WMS (Manhattan) every day. So they won't be moving forward on this one.

Don't let it get you down. I've got a couple of other 1st shift lead roles coming in after
Thanksgiving and I'll call you first.

Jenna
""",
    ),
    # --- 14. Stringtown Ready-Mix, Truck Dispatcher: OhioMeansJobs (ghosted) --------------------
    m(
        "w4en",
        "2025-11-17 20:12",
        "OhioMeansJobs <noreply@ohiomeansjobs.ohio.gov>",
        "Your application has been submitted",
        A("confirmation", SRM, SRMR, 14, "other"),
        text="""\
OhioMeansJobs

Dear MARCUS WHITAKER,

You have successfully applied for the following job:

  Job Title: Truck Dispatcher
  Employer: Stringtown Ready-Mix LLC
  Location: Grove City, OH 43123
  Job Order #: OH-2025-1187342

The employer may contact you directly by phone or email. Applying for this job has been
recorded in your OhioMeansJobs Backpack and may count as a work search activity.

OhioMeansJobs is a service of the Ohio Department of Job and Family Services, an equal
opportunity employer and service provider.
""",
    ),
    m(
        "y8pr",
        "2025-11-20 06:44",
        "Gary Pruitt <gpruitt.srm@gmail.com>",
        "dispatcher job",
        A("interview", SRM, SRMR, 14, "direct"),
        text="""\
Marcus

Saw your resume come through on the state site. Can you come by the plant Monday morning around
7? 2870 Jackson Pike, the office is the white trailer by the scale house. Should take 30 min.
Text me at 614-555-0109 if that doesnt work.

Gary Pruitt
Stringtown Ready-Mix
""",
    ),
    # --- 15. Three Rivers Moving, Dispatcher / Office Coordinator: Craigslist ad --------------
    m(
        "k0hu",
        "2025-11-24 13:55",
        "Rick Sturgill <rick.sturgill71@yahoo.com>",
        "Re: Dispatcher / Office Coordinator (Grove City)",
        A("interview", TRM, TRMR, 15, "direct"),
        envelope="rick.sturgill71@yahoo.com",
        **reply("<CAJ4mW8p1rzLqe5XyT0@mail.gmail.com>"),
        text="""\
Marcus,

Thanks for answering the ad. Your resume looks good, more than we usually get. Can you come by
the shop Wednesday at 10? 3321 Southwest Blvd, Grove City, the building with the red trucks out
front. Ask for me or my wife Donna, she does the books.

We're a small outfit, 6 trucks, so the job is dispatching the crews, booking estimates, answering
the phone, and sometimes riding along on a big job. Pay is $20/hr to start.

Rick Sturgill
Three Rivers Moving & Storage
"Family owned since 1994"

Sent from Yahoo Mail for iPhone

On Monday, November 24, 2025, 11:18 AM, Marcus Whitaker <mdwhitaker.gc@gmail.com> wrote:

Hello, I'm replying to your ad for a Dispatcher / Office Coordinator. I have 6 years in
warehouse and logistics, the last 3 as a shift supervisor, and I've scheduled drivers and
dock appointments daily. Resume attached. I live in Grove City.

Thank you,
Marcus Whitaker
614-555-0127

-----
Original ad: https://columbus.craigslist.org/trp/d/grove-city-dispatcher-office/7891234567.html
""",
    ),
    m(
        "a1vq",
        "2025-12-03 18:07",
        "Rick Sturgill <rick.sturgill71@yahoo.com>",
        "Re: Re: Dispatcher / Office Coordinator (Grove City)",
        A("rejection", TRM, TRMR, 15, "direct"),
        envelope="rick.sturgill71@yahoo.com",
        **reply("<CAJ4mW8p1rzLqe5XyT0@mail.gmail.com>", "<1732471.44.1764010500@yahoo.com>"),
        text="""\
Marcus - appreciate you coming in. We went with a guy who already knows our moving software so
Donna doesn't have to train anybody during the holidays. Good luck to you brother, you'll land
somewhere good.

Rick

Sent from Yahoo Mail for iPhone
""",
    ),
    # --- 16. Hocking Valley Transport, Dispatcher: Tenstreet, withdrawn ------------------------
    m(
        "s2ck",
        "2025-11-25 22:30",
        "Hocking Valley Transport <noreply@tenstreet.com>",
        "Application Received - Hocking Valley Transport",
        A("confirmation", HVT, HVTR, 16, "other"),
        text="""\
Thank you for submitting your application to Hocking Valley Transport!

Applicant: Marcus Whitaker
Position applied for: Dispatcher (Non-Driving / Office)
Terminal: Logan, OH - with option to work from our Columbus yard
Application reference: TS-44180927

A member of our recruiting team will review your application and be in touch within 2-3
business days. If you have questions, call Recruiting at 740-555-0183, Mon-Fri 8-5.

Thank you for your interest in driving... and dispatching... with HVT!

This message was sent by Tenstreet on behalf of Hocking Valley Transport. Please do not reply.
Your information is protected by Tenstreet's privacy policy: https://www.tenstreet.com/privacy
""",
    ),
    m(
        "g7ri",
        "2025-12-03 07:15",
        "Walt Keener <walt.keener.hvt@gmail.com>",
        "Dispatch position - call Thursday?",
        A("interview", HVT, HVTR, 16, "direct"),
        text="""\
Morning Marcus,

Walt Keener here, I run dispatch at Hocking Valley Transport. Got your application off Tenstreet.
Can I call you Thursday around 2? Mostly want to hear how you've handled drivers and
appointments, and whether you can handle the occasional weekend on-call.

Sorry for the gmail - our company email has been down since the storm.

Walt
740-555-0188
""",
    ),
    m(
        "o6yl",
        "2026-01-21 09:58",
        "HVT Recruiting <recruiting@hockingvalleytransport.example>",
        "RE: Withdrawing my application",
        A("confirmation", HVT, HVTR, 16, "direct"),
        st="withdrawn",
        **reply("<CAJ4mW8rGk2w0bQ1t9Xv@mail.gmail.com>"),
        text="""\
Hi Marcus,

Thanks for letting us know. I've withdrawn your dispatcher application in our system and passed
your note to Walt. Congratulations on the new position - if things ever change, our door is open.

Best,
Mindy Sayre
Recruiting Coordinator | Hocking Valley Transport, Inc.
740-555-0183

From: Marcus Whitaker <mdwhitaker.gc@gmail.com>
Sent: Tuesday, January 20, 2026 7:40 PM
To: recruiting@hockingvalleytransport.example
Subject: Withdrawing my application

Hello, I applied for the Dispatcher position in November and talked with Walt Keener. I've
accepted another offer closer to home, so please withdraw my application. Thanks for your time.

Marcus Whitaker
""",
    ),
    # --- 17 / 18. Corridor Logistics: two roles on UKG --------------------------------------------
    m(
        "v3zo",
        "2025-12-01 20:44",
        UKG,
        "Thank you for applying - Warehouse Operations Supervisor - 1st Shift",
        A("confirmation", CL, CL1, 17, "other"),
        text="""\
Dear Marcus,

Thank you for applying for the Warehouse Operations Supervisor - 1st Shift opportunity
(Obetz, OH) with Corridor Logistics Group. We have received your application and our talent
acquisition team will review your qualifications.

You can view your application status and update your profile in the candidate portal:
https://recruiting.ultipro.com/COR1004CLG/JobBoard/9b1f0e72/Candidate

Thank you again for your interest.

Corridor Logistics Group, LLC
Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
    ),
    m(
        "b9nt",
        "2025-12-01 20:58",
        UKG,
        "Thank you for applying - Inventory Control Lead",
        A("confirmation", CL, CL2, 18, "other"),
        text="""\
Dear Marcus,

Thank you for applying for the Inventory Control Lead opportunity (Obetz, OH) with Corridor
Logistics Group. We have received your application and our talent acquisition team will review
your qualifications.

You can view your application status and update your profile in the candidate portal:
https://recruiting.ultipro.com/COR1004CLG/JobBoard/9b1f0e72/Candidate

Thank you again for your interest.

Corridor Logistics Group, LLC
Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
    ),
    m(
        "i8dq",
        "2025-12-08 11:03",
        TAMIKA,
        "Phone screen - Ops Supervisor (1st shift), Obetz",
        A("interview", CL, CL1, 17, "direct"),
        text="""\
Hi Marcus,

I'm the recruiter for our Obetz campus and I'd like to set up a 30-minute phone screen for the
Warehouse Operations Supervisor - 1st Shift role. Are you free Wednesday 12/10 at 9:30 or 2:00?

Quick note: I see you also applied for Inventory Control Lead. That req is further along with
other candidates, so I'd like to focus our conversation on the supervisor role, which I think
lines up better with your background anyway.

Thanks,
Tamika

Tamika Brooks
Talent Acquisition Manager
Corridor Logistics
o: 614-555-0121 | m: 614-555-0122
corridorlogistics.example
""",
    ),
    m(
        "q4ug",
        "2025-12-10 15:40",
        TAMIKA,
        "Invitation: Onsite interview - Marcus Whitaker (Ops Supervisor) @ Wed Dec 17, 2025 10am - 11:30am (EST)",
        A("interview", CL, CL1, 17, "direct"),
        text="""\
You have been invited to the following event.

Onsite interview - Marcus Whitaker (Ops Supervisor)
When: Wed Dec 17, 2025 10am - 11:30am (EST)
Where: Corridor Logistics - Obetz Campus, Bldg 2, 2100 Rickenbacker Pkwy W, Obetz, OH 43207
Who:
  Tamika Brooks - organizer
  Jerome Hatfield
  Stacy Lindgren
  mdwhitaker.gc@gmail.com

Marcus, great talking today! You'll meet Jerome (Operations Manager) and Stacy (HR Business
Partner), then a floor walk. Guard shack will have your name.

Going (mdwhitaker.gc@gmail.com)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
""",
        ics=ics(
            "6c0qpe3nw2kd7h1mb8ru4sz9xa@google.com",
            "2025-12-17 10:00",
            "Onsite interview - Marcus Whitaker (Ops Supervisor)",
            ("Tamika Brooks", "tbrooks@corridorlogistics.example"),
            minutes=90,
            location="Corridor Logistics - Obetz Campus, Bldg 2, 2100 Rickenbacker Pkwy W, Obetz, OH 43207",
            attendees=[
                ("Jerome Hatfield", "jhatfield@corridorlogistics.example"),
                ("Stacy Lindgren", "slindgren@corridorlogistics.example"),
            ],
        ),
    ),
    m(
        "z7ak",
        "2025-12-19 13:12",
        UKG,
        "Your application for Inventory Control Lead",
        A("rejection", CL, CL2, 18, "other"),
        text="""\
Dear Marcus,

Thank you for your interest in the Inventory Control Lead position with Corridor Logistics Group.
We wanted to let you know that this position has been filled.

We appreciate your interest in Corridor and encourage you to apply for other openings that match
your experience.

Sincerely,
Corridor Logistics Group, LLC
Talent Acquisition
""",
    ),
    m(
        "d5xy",
        "2026-01-06 16:20",
        TAMIKA,
        "Next step - meet our GM",
        A("interview", CL, CL1, 17, "direct"),
        text="""\
Hi Marcus,

Happy New Year! Jerome and Stacy both gave great feedback. The last step is a 30-minute
conversation with our General Manager, Rob Falcone. He has Friday 1/9 at 8:00 AM open - it would
be on site in Bldg 2 again. Does that work?

Tamika
""",
        ics=ics(
            "1r8vbq0k3e9lmp2fz6tc5wd4hn@google.com",
            "2026-01-09 08:00",
            "GM conversation - Marcus Whitaker",
            ("Tamika Brooks", "tbrooks@corridorlogistics.example"),
            minutes=30,
            location="Corridor Logistics - Obetz Campus, Bldg 2",
            attendees=[("Rob Falcone", "rfalcone@corridorlogistics.example")],
        ),
    ),
    m(
        "p2hs",
        "2026-01-12 14:47",
        TAMIKA,
        "Contingent Offer of Employment - Warehouse Operations Supervisor",
        A("offer", CL, CL1, 17, "direct"),
        text="""\
Hi Marcus,

On behalf of Corridor Logistics, I'm pleased to extend you a contingent offer for the position of
Warehouse Operations Supervisor - 1st Shift at our Obetz campus. The details are in the attached
letter; the highlights:

  Start date: Monday, February 2, 2026
  Schedule: Monday - Friday, 6:00 AM - 2:30 PM (occasional Saturdays in peak)
  Base salary: $62,000 per year, plus up to 8% annual bonus
  PTO: 15 days plus 8 paid holidays; benefits effective the first of the month after 30 days
  Reports to: Jerome Hatfield, Operations Manager

This offer is contingent on a satisfactory background check, a pre-employment drug screen, and
verification of your employment eligibility (Form I-9 / E-Verify).

Please reply to this email to accept, or call me with any questions, by end of day Wednesday
1/14. We'd love to have you on the team!

Best,
Tamika Brooks
Talent Acquisition Manager | Corridor Logistics
""",
        attach=[
            (
                "Whitaker_Marcus_Offer_Letter.pdf",
                "application/pdf",
                "%PDF-1.5 Corridor Logistics Group, LLC - Offer Letter - Marcus Whitaker - Warehouse Operations Supervisor - 1st Shift",
            )
        ],
    ),
    m(
        "u0fm",
        "2026-01-13 08:25",
        TAMIKA,
        "RE: Contingent Offer of Employment - Warehouse Operations Supervisor",
        A("offer", CL, CL1, 17, "direct"),
        st="accepted",
        **reply("<CAJ4mW8qz5Hn2dY0-wP7@mail.gmail.com>"),
        text="""\
Marcus, that's great news - welcome to Corridor!

Next you'll get three emails, probably today: Sterling (background check), Quest (drug screen
donor pass - go within 48 hours), and a tax credit questionnaire. Please knock those out as soon
as you can. Once everything clears I'll confirm your start date and send first-day details.

Tamika

On Mon, Jan 12, 2026 at 9:58 PM Marcus Whitaker <mdwhitaker.gc@gmail.com> wrote:
> Tamika,
> Thank you! I'm happy to accept the offer for the Warehouse Operations Supervisor position.
> February 2 works for me. Signed letter attached.
> Marcus
""",
    ),
    m(
        "j1vr",
        "2026-01-13 10:51",
        "Sterling <noreply@sterlingcheck.com>",
        "Corridor Logistics Group has requested your background check",
        J("other_job", "other", CL, CL1),
        text="""\
Hello Marcus Whitaker,

Corridor Logistics Group has partnered with Sterling to conduct your background screening.
Please complete your information and provide your consent within 3 days.

Start here: https://apply.sterlingcheck.app/invite/9YQ2-PLX7-KD31

You will need: your Social Security number, addresses for the past 7 years, and your driver's
license number. It takes about 15 minutes.

Questions? Visit https://www.sterlingcheck.com/candidates or call 1-800-853-3228.

Sterling - Reference #: 0158842117
Please do not reply to this email.
""",
    ),
    m(
        "f3wk",
        "2026-01-13 11:06",
        "Quest Diagnostics <donotreply@questdiagnostics.com>",
        "Your Donor Pass for Corridor Logistics Group",
        J("other_job", "other", CL),
        text="""\
Hello MARCUS WHITAKER,

Your employer has scheduled a drug test. Please bring this Donor Pass and a valid photo ID to a
Quest Diagnostics Patient Service Center.

  Requested by: CORRIDOR LOGISTICS GROUP LLC
  Test: 10-PANEL URINE (NON-DOT)
  Donor Pass Number: 8841093372
  Expires: 01/16/2026 11:59 PM ET

Find a location and skip the line with an appointment:
https://appointment.questdiagnostics.com/schedule-appointment?donorpass=8841093372

Nearest location: Quest Diagnostics - Grove City, 4030 Broadway, Grove City, OH

This email was sent from an unmonitored address. Quest, Quest Diagnostics, and Donor Pass are
trademarks of Quest Diagnostics Incorporated.
""",
    ),
    m(
        "l5no",
        "2026-01-14 09:19",
        "Equifax Workforce Solutions <wotc-noreply@equifax.com>",
        "Corridor Logistics Group - New Hire Tax Credit Questionnaire",
        J("other_job", "other", CL),
        text="""\
Dear Marcus,

Welcome to Corridor Logistics Group! As part of the hiring process, your new employer asks all
new hires to complete a brief questionnaire for the Work Opportunity Tax Credit (WOTC) and other
federal and state programs. Completing it does not affect your employment, and your answers are
confidential.

It takes about 5 minutes and must be completed within 5 days of your offer:
https://wotc.equifax.com/screening/start?ee=COR1004&c=5f1e88a2

You may be asked about unemployment compensation, SNAP benefits, or veteran status.

Thank you,
Equifax Workforce Solutions, on behalf of Corridor Logistics Group
""",
    ),
    m(
        "h4bd",
        "2026-01-22 13:30",
        "Corridor Logistics HR <hr@corridorlogistics.example>",
        "Welcome to Corridor! First-day info and I-9 documents",
        J("other_job", "direct", CL, CL1),
        cc=TAMIKA,
        text="""\
Hi Marcus,

Your background check and drug screen have cleared - you're all set to start Monday, February 2!

First day
 - Report to Bldg 2 main entrance at 6:00 AM. Stacy Lindgren will meet you.
 - Wear steel-toe boots. We'll issue your vest, badge and PIT card review on day one.
 - Orientation runs until noon, then you'll shadow Jerome on the floor.

Form I-9 and E-Verify
Corridor participates in E-Verify. On your first day, bring ORIGINAL, unexpired documents for
Form I-9: either one document from List A (for example a U.S. passport), or one from List B (for
example a driver's license) AND one from List C (for example a Social Security card or birth
certificate). Photocopies can't be accepted. Please complete Section 1 of the I-9 in UKG before
your first day.

Welcome aboard,
Corridor Logistics Human Resources
""",
    ),
    # --- 19. Heartland Cross-Dock, Shift Supervisor: ADP (ghosted) ---------------------------
    m(
        "r6ti",
        "2025-12-04 18:28",
        "Heartland Cross-Dock Careers <noreply@workforcenow.adp.com>",
        "We've received your application",
        A("confirmation", HCD, HCDR, 19, "other"),
        html="""\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Marcus Whitaker,</p>
<p>Thank you for your interest in the <b>Shift Supervisor</b> position at Heartland Cross-Dock, Inc.
(Lockbourne, OH). Your application has been received.</p>
<p>We will contact you if your qualifications meet our needs.</p>
<p>Sincerely,<br>Heartland Cross-Dock Human Resources</p>
<p style="color:#888;font-size:11px">This message was sent through ADP Workforce Now&reg; Recruitment.
Please do not reply. ADP, the ADP logo and Always Designing for People are trademarks of ADP, Inc.</p>
</body></html>""",
    ),
    # --- 20. Hilltop Auto Parts, Warehouse Team Lead: Snagajob (ghosted) ----------------------
    m(
        "x9pc",
        "2025-12-08 12:17",
        "Snagajob <noreply@snagajob.com>",
        "You applied to Warehouse Team Lead at Hilltop Auto Parts",
        A("confirmation", HAP, HAPR, 20, "other"),
        text="""\
Nice work, Marcus! Your application is in.

Warehouse Team Lead
Hilltop Auto Parts - Hilliard, OH
$19.50 - $21.00/hr · Full time · Day shift

What's next? Hilltop Auto Parts will review your application. Employers on Snagajob often
reach out by phone, so keep an eye out for calls from unknown numbers.

See your applications: https://www.snagajob.com/profile/applications

Snagajob, 4851 Lake Brook Dr, Glen Allen, VA 23060 · Unsubscribe: https://www.snagajob.com/u/8fa2
""",
    ),
    # --- 21. Westgate Medical Supply, Logistics Coordinator: Glassdoor, then Greenhouse -----------
    m(
        "k2qw",
        "2025-12-11 20:40",
        "Glassdoor <noreply@glassdoor.com>",
        "Application submitted: Logistics Coordinator at Westgate Medical Supply",
        A("confirmation", WMS, WMSR, 21, "other"),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://www.glassdoor.com/static/img/email/gd-logo.png" alt="Glassdoor" width="110">
<h2>Your application was submitted</h2>
<p><b>Logistics Coordinator</b><br>Westgate Medical Supply &middot; Hilliard, OH<br>3.8 &#9733; &middot; $50K - $56K (Employer est.)</p>
<p>You may hear from the employer directly. Meanwhile, read what employees say about
working at Westgate Medical Supply.</p>
<p><a href="https://www.glassdoor.com/Reviews/Westgate-Medical-Supply-Reviews-E2281934.htm">See company reviews</a></p>
<p style="font-size:11px;color:#888">Glassdoor, Inc. &middot; 50 Beale St, San Francisco, CA 94105 &middot;
<a href="https://www.glassdoor.com/member/account/emailSettings">Email settings</a></p>
</div></body></html>""",
    ),
    m(
        "e8fj",
        "2025-12-11 20:42",
        "Westgate Medical Supply <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Westgate Medical Supply",
        A("confirmation", WMS, WMSR, 21, "greenhouse"),
        text="""\
Hi Marcus,

Thanks for your interest in Westgate Medical Supply! We've received your application for the
Logistics Coordinator role at our Hilliard distribution center and our team is reviewing it.

If your experience is a match, we'll be in touch about next steps.

Best,
The Westgate Recruiting Team

Westgate Medical Supply | Delivering what care needs, when it's needed.
""",
    ),
    m(
        "s6cv",
        "2026-01-08 12:55",
        "Westgate Medical Supply <no-reply@us.greenhouse-mail.io>",
        "Your application to Westgate Medical Supply",
        A("rejection", WMS, WMSR, 21, "greenhouse"),
        text="""\
Hi Marcus,

Thank you for your interest in the Logistics Coordinator position at Westgate Medical Supply and
for the time you put into your application.

We've decided not to move forward with your application at this time. We received a high number
of applications from qualified candidates, and this was a difficult decision.

We'd encourage you to keep an eye on our careers page for future openings.

All the best,
The Westgate Recruiting Team
""",
    ),
    # --- 22. Lightning Lane Delivery, Dispatcher - Last Mile: Fountain (ghosted) ----------------
    m(
        "y3ga",
        "2025-12-15 16:09",
        "Lightning Lane Delivery <no-reply@fountain.com>",
        "Thanks for applying for Dispatcher - Last Mile",
        A("confirmation", LLD, LLDR, 22, "other"),
        text="""\
Hi Marcus,

Thanks for applying to be a Dispatcher - Last Mile with Lightning Lane Delivery at our Groveport
station! We're an independent delivery partner running 40+ routes a day.

Your application is under review. You'll get an email and a text if you're selected for the
next step. Check your status here: https://lightninglane.fountain.com/apply/status/2c7ea19b

Lightning Lane Delivery LLC
Powered by Fountain
""",
    ),
    m(
        "m2ok",
        "2025-12-16 10:33",
        "Lightning Lane Delivery <no-reply@fountain.com>",
        "Book your interview - Lightning Lane Delivery",
        A("interview", LLD, LLDR, 22, "other"),
        text="""\
Hi Marcus,

Good news, you've moved to the interview stage for Dispatcher - Last Mile!

Please pick a time for a 20-minute video interview with our Station Operations Manager:
https://lightninglane.fountain.com/schedule/2c7ea19b

Slots fill fast during peak, so book as soon as you can. If none of the times work, reply to the
text we sent you.

Lightning Lane Delivery
""",
    ),
    # --- 23. Brightcart again: re-application to the day-shift supervisor role ---------------
    m(
        "t8yw",
        "2026-01-05 19:02",
        BC_PORTAL,
        "Thanks for applying, Marcus",
        A("confirmation", BC, BCR, 23, "other"),
        text="""\
Hi Marcus,

Thank you for applying! We received your application for:

  Operations Supervisor, Day Shift
  CMH7 Fulfillment Center - Etna, OH
  Job ID: 3310582
  Application ID: 5120337

What happens next
1. Because you completed the Work Style Assessment in the last 12 months, your previous result
   will be used.
2. Our recruiting team reviews applications in the order they're received.
3. If you're selected, we'll email you to set up a virtual interview.

Check your status: https://hiring.brightcart.example/app/my-applications?aid=5120337

Brightcart Recruiting
--
Brightcart is an equal opportunity employer. This mailbox is not monitored.
""",
    ),
    m(
        "g9md",
        "2026-01-16 09:12",
        BC_PORTAL,
        "Your application is under review",
        A("viewed", BC, BCR, 23, "other"),
        text="""\
Hi Marcus,

Your application (ID 5120337) for Operations Supervisor, Day Shift at CMH7 is now under review
by the hiring team. There's nothing you need to do right now - we'll email you about next steps.

Brightcart Recruiting
""",
    ),
    m(
        "w0ur",
        "2026-02-03 15:44",
        BC_PORTAL,
        "Application ID 5120337",
        A("rejection", BC, BCR, 23, "other"),
        text="""\
Hi Marcus,

Thank you for your continued interest in Brightcart. The Operations Supervisor, Day Shift role at
CMH7 you applied for has been filled, so we're no longer considering applications for it.

We hope you'll keep Brightcart in mind for future openings.

Brightcart Recruiting
--
Brightcart is an equal opportunity employer. This mailbox is not monitored.
""",
    ),
    # --- Job mail that belongs to no application ---------------------------------------------
    m(
        "n7qa",
        "2025-09-03 06:30",
        "Indeed <alert@indeed.com>",
        "15 new dispatcher jobs in Grove City, OH",
        J("alert", "indeed"),
        text="""\
Jobs for dispatcher near Grove City, OH

Dispatcher - 1st Shift
Columbus Metro Movers - Columbus, OH
$20 - $23 an hour
Easily apply

Yard Dispatcher
Maple Ridge Building Supply - Grove City, OH
Responsive employer

Transportation Dispatcher
Central Ohio Asphalt - Obetz, OH
$45,000 - $52,000 a year

Dispatcher / CSR
Gold Star Towing - Columbus, OH
$18 an hour

See all 15 jobs: https://www.indeed.com/jobs?q=dispatcher&l=Grove+City%2C+OH&from=ja

You are receiving this because you created a job alert for "dispatcher" in Grove City, OH.
Unsubscribe: https://www.indeed.com/alert/unsubscribe?id=3c1a77 | © 2025 Indeed
""",
    ),
    m(
        "b1ts",
        "2025-09-24 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201coperations supervisor\u201d: 8 new jobs in Columbus, Ohio Metropolitan Area",
        J("alert", "linkedin"),
        html="""\
<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="100%" style="max-width:512px;margin:auto"><tr><td>
<p style="font-size:18px">Your job alert for <b>operations supervisor</b> in Columbus, Ohio Metropolitan Area</p>
<p>8 new jobs match your preferences.</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4091187720">Operations Supervisor - Days</a><br>Keystone Parcel Service &middot; Obetz, OH<br><span style="color:#057642">Actively recruiting</span></p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4091203345">Warehouse Supervisor, 1st Shift</a><br>Pinecrest Distribution &middot; Groveport, OH<br>12 applicants</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4090876211">Operations Supervisor</a><br>Medline-Carter Logistics &middot; Columbus, OH<br>Easy Apply</p>
<p><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=1772309">See all jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts">Manage alerts</a> &middot;
<a href="https://www.linkedin.com/e/v2?e=3b7c-mdwhitaker&amp;a=jobalerts-unsub">Unsubscribe</a><br>&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "z2wh",
        "2025-09-29 17:30",
        "KPS Careers <careers-noreply@kpsparcel.example>",
        "KPS is hiring in Columbus - Peak Season Hiring Event Oct 4",
        J("alert", "other", KPS),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<div style="background:#5a3d1e;color:#fff;padding:18px;font-size:22px">Now hiring for Peak</div>
<div style="padding:18px">
<p>Package handlers, driver helpers, seasonal drivers and supervisors wanted at the KPS Columbus Hub.</p>
<p><b>On-site Hiring Event</b><br>Saturday, October 4 &middot; 9 AM - 2 PM<br>KPS Columbus Hub, 3600 Alum Creek Dr, Obetz<br>
Walk-in interviews. Many offers made on the spot!</p>
<p><a href="https://kpsjobs.kpsparcel.example/events/columbus-peak-2025?utm_source=email&amp;utm_campaign=peak25">RSVP and see open jobs</a></p>
<p style="font-size:11px;color:#888">You're getting this because you created a profile at kpsjobs.kpsparcel.example.
<a href="https://kpsjobs.kpsparcel.example/unsubscribe">Unsubscribe</a>. Keystone Parcel Service, Inc. is an EOE.</p>
</div></body></html>""",
    ),
    m(
        "h8ns",
        "2025-10-08 06:31",
        "Indeed <alert@indeed.com>",
        "Inventory control lead jobs near Grove City, OH - 9 new",
        J("alert", "indeed"),
        text="""\
New jobs for inventory control lead near Grove City, OH

Inventory Control Lead - DC 6082
Caldwell's - Groveport, OH
Full-time · Day shift

Inventory Control Specialist
Polar Point Cold Storage - Columbus, OH
$21 - $23 an hour · Urgently hiring

Inventory Coordinator - 1st Shift
Franklin Paper & Packaging - Columbus, OH
$21 - $24 an hour

See all 9 jobs: https://www.indeed.com/jobs?q=inventory+control+lead&l=Grove+City%2C+OH&from=ja

Unsubscribe: https://www.indeed.com/alert/unsubscribe?id=7d09b2 | © 2025 Indeed
""",
    ),
    m(
        "o4ej",
        "2025-10-14 18:02",
        "OhioMeansJobs Columbus-Franklin County <events@omjcfc.example>",
        "You're registered: Fall Hiring Fair, Saturday Oct 18",
        J("other_job", "other"),
        text="""\
Hi Marcus,

You're registered for the OhioMeansJobs Columbus-Franklin County Fall Hiring Fair!

  Saturday, October 18, 2025, 10:00 AM - 2:00 PM
  OMJ Center, 1111 E. Broad St, Columbus, OH 43205

60+ employers will be on site, including warehouse, manufacturing, healthcare and
transportation companies. Bring 10-15 copies of your resume and dress for an interview - some
employers will interview on the spot.

A calendar invitation is attached. Free parking in the east lot; COTA lines 10 and 11 stop out
front.

OhioMeansJobs Columbus-Franklin County
""",
        ics=ics(
            "omj-fall-fair-2025-4471@omjcfc.example",
            "2025-10-18 10:00",
            "OhioMeansJobs Fall Hiring Fair",
            ("OhioMeansJobs Columbus-Franklin County", "events@omjcfc.example"),
            minutes=240,
            location="OMJ Center, 1111 E. Broad St, Columbus, OH 43205",
        ),
    ),
    m(
        "u3bk",
        "2025-10-15 07:45",
        "OhioMeansJobs <noreply@ohiomeansjobs.ohio.gov>",
        "New jobs matching your Backpack",
        J("alert", "other"),
        text="""\
OhioMeansJobs - Job Matches

Marcus, 12 new jobs match the skills in your Backpack (Warehouse Supervisor, Dispatcher).

 - Warehouse Supervisor, Lancaster Cold Storage, Groveport
 - Dispatcher, City of Grove City Public Service, Grove City
 - Logistics Coordinator, Westgate Medical Supply, Hilliard
 - Shipping Lead, Darby Creek Plastics, Plain City

View all matches: https://ohiomeansjobs.ohio.gov/omj/jobseeker/jobmatches

Update your email preferences in your Backpack settings.
""",
    ),
    m(
        "i2fo",
        "2025-11-06 16:15",
        "Brightcart Hiring <no-reply@hiring.brightcart.example>",
        "Hiring event at CMH4 this Saturday - interview and get an offer same day",
        J("alert", "other", BC),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#ff6a13;color:#fff;padding:16px;font-size:22px">We're hiring this holiday season</td></tr>
<tr><td style="padding:18px">
<p>Hi Marcus,</p>
<p>Join us for an on-site hiring event at <b>CMH4 - Obetz</b> this <b>Saturday, November 8</b>, 9 AM - 3 PM.
Fulfillment associates start at $20.50/hr, plus up to $3/hr for weekend and night shifts.</p>
<p>Bring two forms of ID. No appointment needed.</p>
<p><a href="https://hiring.brightcart.example/events/cmh4-nov8?utm_source=crm&amp;utm_medium=email">Learn more</a></p>
<p style="font-size:11px;color:#777">You're receiving this because you have a Brightcart Hiring account.
<a href="https://hiring.brightcart.example/preferences">Email preferences</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "a8lj",
        "2025-11-07 12:40",
        INDEED,
        "An employer invited you to apply: Warehouse Supervisor",
        J("outreach", "indeed", "Polar Point Cold Storage", "Warehouse Supervisor"),
        text="""\
Marcus, you're invited to apply

Polar Point Cold Storage viewed your resume on Indeed and thinks you'd be a great fit for:

Warehouse Supervisor - 1st Shift
Polar Point Cold Storage - Columbus, OH 43207
$55,000 - $60,000 a year

"Hi Marcus, your supervisory and forklift experience stood out. We'd love for you to apply."

Apply now: https://www.indeed.com/viewjob?jk=a93c5e1d20b7f046&from=invite

This invitation expires in 14 days.

"""
        + """--
You received this because your resume is searchable on Indeed. Change resume visibility:
https://profile.indeed.com/settings
""",
    ),
    m(
        "v5gt",
        "2025-11-05 08:20",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Marcus, jobs you may want to apply for",
        J("alert", "other"),
        html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Recommended for you based on your search: <b>Warehouse Manager</b></p>
<ul>
<li><a href="https://www.glassdoor.com/job-listing/logistics-coordinator-westgate-medical-supply-JV_IC1155110.htm">Logistics Coordinator</a> - Westgate Medical Supply, Hilliard, OH - 3.8&#9733;</li>
<li><a href="https://www.glassdoor.com/job-listing/distribution-supervisor-JV_IC1155110_KO0,23.htm">Distribution Supervisor</a> - Caldwell's, Groveport, OH - 3.4&#9733;</li>
<li><a href="https://www.glassdoor.com/job-listing/operations-supervisor-JV_IC1155110_KO0,21.htm">Operations Supervisor</a> - Corridor Logistics, Obetz, OH - 3.6&#9733;</li>
</ul>
<p style="font-size:11px;color:#888">Glassdoor, Inc. &middot; <a href="https://www.glassdoor.com/member/account/emailSettings">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "k6ax",
        "2025-12-15 11:11",
        "Arrowpoint Staffing <hotjobs@arrowpointstaffing.example>",
        "Hot jobs this week - Columbus South",
        J("alert", "agency"),
        html="""\
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h3 style="color:#c8102e">Arrowpoint Hot Jobs - Columbus South</h3>
<table border="0" cellpadding="6">
<tr><td><b>Forklift Operator (Reach)</b> - Groveport - 1st shift - $19.50/hr - temp-to-hire</td></tr>
<tr><td><b>Shipping Lead</b> - Obetz - 2nd shift - $21/hr</td></tr>
<tr><td><b>Inventory Clerk</b> - Columbus (Southeast) - days - $18/hr</td></tr>
<tr><td><b>Dispatcher</b> - Lockbourne - days - $22/hr - direct hire</td></tr>
</table>
<p>Call or text your Arrowpoint recruiter, or apply at <a href="https://arrowpointstaffing.example/jobs?branch=cbus-south">arrowpointstaffing.example/jobs</a>.</p>
<p style="font-size:10px;color:#888">Arrowpoint Staffing, 3351 S. High St, Columbus, OH 43207. <a href="https://arrowpointstaffing.example/unsub">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "p6uy",
        "2025-12-17 13:26",
        "Craig Benton via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Transportation Manager - confidential search",
        J("outreach", "linkedin", None, "Transportation Manager"),
        text="""\
Craig Benton
Partner, Summit Search Partners | Supply Chain & Logistics Recruiting

Marcus - I'm running a confidential search for a Transportation Manager for a privately held food
distributor in the Dayton area (about 60 tractors, mix of dedicated and LTL). Base $70-80K plus
bonus. I know it's a step up from dispatch/supervision, but your profile suggests you might be
ready. Open to a 15-minute call this week?

Craig

Reply  |  Not interested
----
This is an InMail from Craig Benton. © 2025 LinkedIn Corporation, 1000 West Maude Avenue,
Sunnyvale, CA 94085.
""",
    ),
    m(
        "q0zd",
        "2026-01-14 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cdispatcher\u201d: 5 new jobs in Columbus, Ohio Metropolitan Area",
        J("alert", "linkedin"),
        text="""\
Your job alert for dispatcher in Columbus, Ohio Metropolitan Area
5 new jobs match your preferences.

Dispatcher - Days
Lightning Lane Delivery · Groveport, OH
Easy Apply

Fleet Dispatcher
Central Ohio Asphalt · Obetz, OH
Actively recruiting

Dispatcher (Non-Driving)
Hocking Valley Transport · Logan, OH

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1772411

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/e/v2?e=3b7c-mdwhitaker&a=jobalerts-unsub
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "s3oy",
        "2025-12-09 09:40",
        INDEED_APPLY,
        "Finish applying to Inventory Control Specialist",
        J("alert", "indeed", "Polar Point Cold Storage", "Inventory Control Specialist"),
        text="""\
You didn't finish your application

Inventory Control Specialist
Polar Point Cold Storage - Columbus, OH

You're just a few questions away from applying. Pick up where you left off:
https://smartapply.indeed.com/beta/indeedapply/resumeapply?jk=d7a1b3e6c09f2255&from=reminder

"""
        + """--
Do not reply to this message. © 2025 Indeed | Unsubscribe: https://www.indeed.com/account/emailsettings
""",
    ),
]
