# ruff: noqa: E501
"""Job mail of the twenty-sixth held-out corpus, in English (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

BST, GMT = "+0100", "+0000"

HH = "Harbourline Hospitality Group"
MC = "Meridian Star Cruises"
TA = "Thamesgate Airport"
NV = "Northcote & Vale"
BC = "Brasserie Collective"
SB = "Smokestack Burger Co"
KP = "Kingsway Pavilion Events"
NH = "Nordlys Hotels"
GF = "The Gallant Fox"
OX = "Olympia Exhibition Halls"

MAIL: list[dict[str, Any]] = [
    # 1 Harbourline (brand Tidewater, property Tidewater Southbank) via Caterer.com, then people
    m(
        "26001",
        "2025-09-03 11:20",
        "Caterer.com <noreply@caterer.com>",
        "Your application has been sent",
        ("confirmation", HH, "Hotel Operations Manager", 1, "other", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Hi Inês,</p>
<p>Good news &ndash; your application for <b>Hotel Operations Manager &ndash; Tidewater Southbank</b> has been sent to <b>Harbourline Hospitality Group</b>.</p>
<p>What happens next? The recruiter will review your CV and contact you directly if you're shortlisted. You can track your applications in <a href="https://www.caterer.com/account/applications">My applications</a>.</p>
<p>Similar jobs you might like:<br>Front Office Manager &ndash; London &ndash; &pound;42,000<br>Duty Manager &ndash; Covent Garden &ndash; &pound;34,000</p>
<p>Caterer.com &ndash; part of StepStone Group UK</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "26002",
        "2025-09-09 16:05",
        "Priya Rattan <priya.rattan@harbourline-hg.co.uk>",
        "Tidewater Southbank - next steps",
        ("interview", HH, "Hotel Operations Manager", 1, "direct", "en"),
        text="""Dear Inês,

Thank you for your interest in joining us at Tidewater Southbank. Our General Manager, Tom Whitlock, would like to have a first conversation with you over Teams.

Would any of these suit?
- Tuesday 16 Sept, 3pm UK
- Wednesday 17 Sept, 10am UK
- Thursday 18 Sept, 2pm UK

It will be about 45 minutes.

Kind regards,
Priya

Priya Rattan
Talent Partner | Tidewater Hotels by Harbourline
Harbourline Hospitality Group Ltd, 14 Dockhead Yard, London SE1 2BY
""",
        tz=BST,
    ),
    m(
        "26003",
        "2025-09-10 08:47",
        "Priya Rattan <priya.rattan@harbourline-hg.co.uk>",
        "Re: Tidewater Southbank - next steps",
        ("interview", HH, "Hotel Operations Manager", 1, "direct", "en"),
        text="""Perfect, Tuesday 3pm it is. Invite to follow from Tom's diary.

Priya

On Tue, 9 Sep 2025 at 17:31, Inês Carvalho <ines.carvalho.ops@gmail.com> wrote:
> Hi Priya, thank you! Tuesday 16th at 3pm works well for me.
> Best, Inês
""",
        headers=reply("26002", "priya.rattan@harbourline-hg.co.uk"),
        tz=BST,
    ),
    m(
        "26004",
        "2025-09-10 09:12",
        "Tom Whitlock <tom.whitlock@harbourline-hg.co.uk>",
        "Inês Carvalho / Tom Whitlock",
        ("interview", HH, "Hotel Operations Manager", 1, "direct", "en"),
        text="""Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 331 902 448 771
Passcode: h7Q2kT
""",
        ics={
            "start": "2025-09-16 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Tom Whitlock", "tom.whitlock@harbourline-hg.co.uk"),
            "uid": "040000008200E00074C5B7101A82E0080000000061A2C0F3B126DC01",
            "summary": "Inês Carvalho / Tom Whitlock",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
        tz=BST,
    ),
    m(
        "26005",
        "2025-09-26 13:30",
        "Priya Rattan <priya.rattan@harbourline-hg.co.uk>",
        "Following up",
        ("rejection", HH, "Hotel Operations Manager", 1, "direct", "en"),
        text="""Hi Inês,

Thanks again for your time with Tom last week - he really enjoyed hearing about the pre-opening you ran in Comporta, and your energy came across brilliantly.

It was a close call, but we've decided to offer the role to a candidate who has already worked inside the Tidewater systems, which matters a lot for a property this size. I'm sorry it isn't better news.

I'd genuinely like to keep you in mind for the Manchester opening next year, if that's OK.

Best wishes,
Priya
""",
        headers=reply("26003", "priya.rattan@harbourline-hg.co.uk"),
        tz=BST,
    ),
    # 2 Meridian Star Cruises via Workday, HireVue, Teams, offer, signed, onboarding
    m(
        "26006",
        "2025-09-05 10:02",
        "Meridian Star Careers <meridianstar@myworkday.com>",
        "We've received your application",
        ("confirmation", MC, "Hotel Director - Onboard Operations", 2, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Inês,</p>
<p>Thank you for applying for <b>Hotel Director - Onboard Operations</b> (JR-118204). Your application is now with our Fleet Talent team.</p>
<p>Please note that shipboard roles require a valid STCW certificate and an ENG1 or equivalent seafarer medical before embarkation.</p>
<p>Track your progress at <a href="https://meridianstar.wd3.myworkdayjobs.com/Fleet/userHome">your candidate home</a>.</p>
<p>Fair winds,<br>Meridian Star Cruises Fleet Talent</p>
</body></html>""",
        tz=BST,
    ),
    m(
        "26007",
        "2025-09-15 14:40",
        "Meridian Star Cruises via HireVue <noreply@hirevue.com>",
        "Meridian Star Cruises: complete your video interview",
        ("assessment", MC, "Hotel Director - Onboard Operations", 2, "hirevue", "en"),
        text="""Hello Inês,

Meridian Star Cruises has invited you to complete an on-demand video interview for Hotel Director - Onboard Operations.

You will answer 6 questions. You'll have 30 seconds to prepare and up to 3 minutes to answer each one. Please complete it by 22 September 2025.

Start interview: https://app.hirevue.com/i/ms-9fK27aQ

Tip: find a quiet spot with good light and check your camera first.

The HireVue team on behalf of Meridian Star Cruises
""",
        tz=BST,
    ),
    m(
        "26008",
        "2025-10-02 09:18",
        "Karen Lindqvist <k.lindqvist@meridianstar-fleet.com>",
        "Panel - Inês Carvalho (Hotel Director)",
        ("interview", MC, "Hotel Director - Onboard Operations", 2, "direct", "en"),
        text="""Hi Inês,

Please find an invitation for your panel conversation with our VP Hotel Operations and the Fleet HR Director. We'll talk through a case on a 2,400-guest ship turnaround day in Lisbon - nothing to prepare in writing.

Karen Lindqvist
Fleet Talent Acquisition, Meridian Star Cruises
Southampton | Miami | Genoa
""",
        ics={
            "start": "2025-10-08 14:00:00 +0100",
            "minutes": 60,
            "organizer": ("Karen Lindqvist", "k.lindqvist@meridianstar-fleet.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000B0F1D9C2A333DC01",
            "summary": "Panel - Inês Carvalho (Hotel Director)",
            "location": "Microsoft Teams Meeting",
            "attendees": [("Daniele Russo", "d.russo@meridianstar-fleet.com")],
            "style": "outlook",
        },
        tz=BST,
    ),
    m(
        "26009",
        "2025-10-20 17:55",
        "Karen Lindqvist <k.lindqvist@meridianstar-fleet.com>",
        "Good news!",
        ("offer", MC, "Hotel Director - Onboard Operations", 2, "direct", "en"),
        text="""Hi Inês,

I'm delighted to tell you that the panel would like you to join Meridian Star as Hotel Director on the Meridian Aurora from 1 February.

The headlines: 4 months on / 2 months off rotation, USD 9,400 per month tax-free, flights to and from Lisbon paid, single cabin with balcony. The formal contract is attached - please read it over and let me know any questions before you sign.

Warm regards,
Karen
""",
        attach=[("MSC_Contract_ICarvalho.pdf", "application/pdf", "%PDF-1.4 contract placeholder")],
        tz=BST,
    ),
    m(
        "26010",
        "2025-10-29 10:10",
        "Karen Lindqvist <k.lindqvist@meridianstar-fleet.com>",
        "RE: Good news!",
        ("offer", MC, "Hotel Director - Onboard Operations", 2, "direct", "en"),
        text="""Hi Inês,

Understood, and thank you for being so open about it. Six months away from Lisbon is a big ask, and I'd rather you turn it down now than later. Please keep us in mind - land-based roles open in Southampton too.

All the best,
Karen

-----Original Message-----
From: Inês Carvalho <ines.carvalho.ops@gmail.com>
Sent: 28 October 2025 21:40
Subject: RE: Good news!

Dear Karen, after a lot of thought I've decided not to accept - the rotation does not work for my family right now. I'm very grateful.
""",
        headers=reply("26009", "k.lindqvist@meridianstar-fleet.com"),
        st="declined",
        tz=GMT,
    ),
    # 3 Thamesgate Airport via SuccessFactors: assessment day, rejection
    m(
        "26011",
        "2025-09-08 12:00",
        "Thamesgate Airport Careers <noreply@successfactors.eu>",
        "Application received - Terminal Duty Manager",
        ("confirmation", TA, "Terminal Duty Manager", 3, "other", "en"),
        text="""Dear Inês Carvalho,

Thank you for your application for the position of Terminal Duty Manager (Req ID 40982).

All airside roles are subject to a five-year referencing check and counter-terrorism check. Please make sure your employment history has no gaps of more than 28 days.

Regards,
People Team
Thamesgate Airport Limited
""",
        tz=BST,
    ),
    m(
        "26012",
        "2025-09-24 11:32",
        "Thamesgate Airport Careers <noreply@successfactors.eu>",
        "Invitation: Assessment Centre, 7 October",
        ("interview", TA, "Terminal Duty Manager", 3, "other", "en"),
        text="""Dear Inês,

We are pleased to invite you to our Assessment Centre for Terminal Duty Manager on Tuesday 7 October 2025, 09:00-15:30, at the Thamesgate Learning Centre, Building 410, Northern Perimeter Road.

The day includes a group exercise, an in-tray exercise and a competency-based interview. Lunch is provided. Please bring your passport.

Reply to this email to confirm your attendance.

Kind regards,
Thamesgate Airport Recruitment
""",
        tz=BST,
    ),
    m(
        "26013",
        "2025-10-14 16:20",
        "Thamesgate Airport Careers <noreply@successfactors.eu>",
        "Your application - Req 40982",
        ("rejection", TA, "Terminal Duty Manager", 3, "other", "en"),
        text="""Dear Inês,

Thank you for attending our Assessment Centre. The assessors noted your calm handling of the disruption scenario.

On this occasion, however, we will not be progressing your application further. Feedback is available on request within 30 days.

Kind regards,
Thamesgate Airport Recruitment
""",
        tz=BST,
    ),
    # 4 Northcote & Vale via Indeed (ghosted)
    m(
        "26014",
        "2025-09-12 19:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Store Operations Manager",
        ("confirmation", NV, "Store Operations Manager", 4, "indeed", "en"),
        text="""Application submitted

Store Operations Manager
Northcote & Vale - London W1

The following items were sent to the employer:
- CV (Ines_Carvalho_CV_EN.pdf)
- Answers to 3 employer questions

Good luck, Inês!

Next steps: keep track of your application in My jobs.
https://uk.indeed.com/myjobs
""",
        tz=BST,
    ),
    # 5 Brasserie Collective via LinkedIn (brand Maison Orme)
    m(
        "26015",
        "2025-09-17 08:21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inês, your application was sent to Brasserie Collective",
        ("confirmation", BC, "Operations Manager - Maison Orme", 5, "linkedin", "en"),
        text="""Your application was sent to Brasserie Collective

Operations Manager - Maison Orme
Brasserie Collective · London, England, United Kingdom (On-site)
Applied on 17 September 2025

View job: https://www.linkedin.com/jobs/view/4150932211/
""",
        tz=BST,
    ),
    m(
        "26016",
        "2025-09-23 12:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Brasserie Collective",
        ("viewed", BC, "Operations Manager - Maison Orme", 5, "linkedin", "en"),
        text="""Inês, your application was viewed

Operations Manager - Maison Orme
Brasserie Collective · London

The employer viewed your application. While you wait, see similar jobs.
""",
        tz=BST,
    ),
    m(
        "26017",
        "2025-10-06 09:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Operations Manager - Maison Orme at Brasserie Collective",
        ("rejection", BC, "Operations Manager - Maison Orme", 5, "linkedin", "en"),
        text="""Thank you for your interest in the Operations Manager - Maison Orme position at Brasserie Collective in London. Unfortunately, Brasserie Collective will not be moving forward with your application, but we appreciate your time and interest in Brasserie Collective.

Regards,
Brasserie Collective
""",
        tz=BST,
    ),
    # 6 Smokestack Burger Co via Harri: trial shift, withdrawal
    m(
        "26018",
        "2025-10-01 15:12",
        "Harri <no-reply@harri.com>",
        "Thanks for applying to Smokestack Burger Co!",
        ("confirmation", SB, "General Manager", 6, "other", "en"),
        text="""Hi Inês,

Thanks for applying to the General Manager position at Smokestack Burger Co - Shoreditch!

The hiring team will review your profile. Make sure your Harri profile is up to date, as it acts as your CV.

See you soon,
Team Harri
""",
        tz=BST,
    ),
    m(
        "26019",
        "2025-10-07 11:48",
        "Dean Mulligan <dean@smokestackburger.co.uk>",
        "Trial shift Saturday?",
        ("interview", SB, "General Manager", 6, "direct", "en"),
        text="""Hey Ines,

Loved your profile. Fancy coming in for a paid trial shift this Saturday 11th, 4pm till close? Wear black, comfy shoes, we'll feed you. You'd shadow our current GM on the pass and floor.

Cheers
Dean
Ops Director, Smokestack Burger Co
""",
        tz=BST,
    ),
    m(
        "26020",
        "2025-10-09 18:03",
        "Dean Mulligan <dean@smokestackburger.co.uk>",
        "Re: Trial shift Saturday?",
        ("confirmation", SB, "General Manager", 6, "direct", "en"),
        text="""No worries at all Ines, thanks for letting me know before Saturday. Good luck with everything!

Dean

> On 9 Oct 2025, at 17:20, Inês Carvalho <ines.carvalho.ops@gmail.com> wrote:
> Hi Dean, I'm really sorry but I'd like to withdraw - I've realised I can't relocate to London before spring.
""",
        headers=reply("26019", "dean@smokestackburger.co.uk"),
        st="withdrawn",
        tz=BST,
    ),
    # 7 Kingsway Pavilion Events via Fountain: questionnaire, on hold
    m(
        "26021",
        "2025-10-03 10:10",
        "Kingsway Pavilion Events <no-reply@fountain.com>",
        "Next step: tell us about your availability",
        ("assessment", KP, "Seasonal Front of House Supervisor", 7, "other", "en"),
        text="""Hi Inês!

Thanks for your interest in Seasonal Front of House Supervisor (Winter Season) with Kingsway Pavilion Events.

Your next step is a short questionnaire (10 min) about your availability, right to work and a couple of service scenarios:
https://kingsway.fountain.com/apply/step/4fe2a

Complete it soon - we're hiring fast for the Christmas season!
""",
        tz=BST,
    ),
    m(
        "26022",
        "2025-10-22 13:15",
        "Kingsway Pavilion Events <no-reply@fountain.com>",
        "An update on your application",
        ("confirmation", KP, "Seasonal Front of House Supervisor", 7, "other", "en"),
        text="""Hi Inês,

Thank you for completing your questionnaire. We've paused supervisor hiring for the winter season while we confirm our event calendar with the venue. Your application stays active and we'll be in touch when hiring resumes.

Kingsway Pavilion Events
""",
        st="on_hold",
        tz=BST,
    ),
    # 8 Nordlys Hotels (The Albury) via Teamtailor: interview, rejection
    m(
        "26023",
        "2025-10-13 09:40",
        "Nordlys Hotels <no-reply@teamtailor.com>",
        "Thank you for your application",
        ("confirmation", NH, "Hotel Operations Manager - The Albury", 8, "teamtailor", "en"),
        text="""Hi Inês,

Thank you for applying for Hotel Operations Manager - The Albury, London. We review every application by hand and will get back to you within two weeks.

Best regards,
Sofie Brandt
Nordlys Hotels

Manage your data: https://careers.nordlyshotels.com/connect
""",
        tz=BST,
    ),
    m(
        "26024",
        "2025-10-21 14:22",
        "Sofie Brandt <sofie.brandt@nordlys.co>",
        "Video call with our Area Director",
        ("interview", NH, "Hotel Operations Manager - The Albury", 8, "direct", "en"),
        text="""Hi Inês,

Our Area Director UK, Magnus Eide, would like to meet you on video. Please pick a time that suits you here: https://nordlyshotels.teamtailor.com/meetings/b7c1e2

Looking forward,
Sofie
Talent Acquisition Lead | Nordlys Hotels
""",
        tz=BST,
    ),
    m(
        "26025",
        "2025-11-10 10:05",
        "Sofie Brandt <sofie.brandt@nordlys.co>",
        "The Albury",
        ("rejection", NH, "Hotel Operations Manager - The Albury", 8, "direct", "en"),
        text="""Hi Inês,

Thank you for a lovely conversation with Magnus - he appreciated your honesty about the move and your revenue background.

We've chosen to go ahead with an internal candidate for The Albury. I know that's disappointing to hear after a good interview, and I'm sorry.

Warm wishes,
Sofie
""",
        tz=GMT,
    ),
    # 9 The Gallant Fox: GM from personal webmail, interview, ghosted
    m(
        "26026",
        "2025-11-03 22:14",
        "Rob Haskins <robhaskins71@gmail.com>",
        "your CV",
        ("interview", GF, "Duty Manager", 9, "direct", "en"),
        text="""Hi Ines

Got your CV through Caterer, thanks. We're a 14 bedroom pub with rooms so its hands on, weddings most weekends in summer. Could you do a call Thursday around 11? I'll ring you on the mobile.

Rob

--
Rob Haskins
General Manager
The Gallant Fox, Little Hadham
Fox Inns Ltd
""",
        tz=GMT,
    ),
    m(
        "26027",
        "2025-11-04 07:02",
        "Rob Haskins <robhaskins71@gmail.com>",
        "Re: your CV",
        ("interview", GF, "Duty Manager", 9, "direct", "en"),
        text="""Great speak thurs

Sent from my iPhone

> On 3 Nov 2025, at 23:50, Inês Carvalho <ines.carvalho.ops@gmail.com> wrote:
> Hi Rob, Thursday 11am is fine, +351 912 xxx 408. Thank you!
""",
        headers=reply("26026", "robhaskins71@gmail.com"),
        tz=GMT,
    ),
    # 10 agency: Sterling Shift Staffing, client named late
    m(
        "26028",
        "2025-10-27 11:30",
        "Hannah Okoro <hannah.okoro@sterlingshift.co.uk>",
        "Temporary Events Operations Supervisor - Olympia area - Nov to Jan",
        ("outreach", None, "Events Operations Supervisor (Temporary)", None, "agency", "en"),
        text="""Hi Inês,

I came across your profile on LinkedIn and wondered if you'd consider a temporary contract this winter. My client, a large exhibition venue in West London, needs an Events Operations Supervisor for their busiest season (10 Nov - 16 Jan), £19.50 p/h, 45 hrs/week, some nights.

If you're open to it, could you send me an up-to-date CV and your right-to-work status?

Best,
Hannah Okoro
Senior Consultant - Hospitality & Events
Sterling Shift Staffing
""",
        tz=GMT,
    ),
    m(
        "26029",
        "2025-10-30 15:45",
        "Hannah Okoro <hannah.okoro@sterlingshift.co.uk>",
        "RE: Temporary Events Operations Supervisor - Olympia area - Nov to Jan",
        ("interview", OX, "Events Operations Supervisor (Temporary)", 10, "agency", "en"),
        text="""Hi Inês,

Thanks for the CV - I've submitted you and the client would like to meet. It's Olympia Exhibition Halls (I can say now that you're in process!). Interview with their Head of Event Operations, Gareth Lyle, on Tuesday 4 Nov at 10:30 via Zoom. Link: https://zoom.us/j/88213390541

Please confirm you can make it and I'll lock it in.

Hannah
""",
        headers=reply("26028", "hannah.okoro@sterlingshift.co.uk"),
        tz=GMT,
    ),
    m(
        "26030",
        "2025-11-05 17:10",
        "Hannah Okoro <hannah.okoro@sterlingshift.co.uk>",
        "Feedback",
        ("rejection", OX, "Events Operations Supervisor (Temporary)", 10, "agency", "en"),
        text="""Hi Inês,

Just had feedback from Gareth. He liked you a lot but they've gone with someone who can start on Monday and is already London based. Really sorry - I'll keep you on my list for the spring season at the other venues I cover.

Hannah
""",
        headers=reply("26029", "hannah.okoro@sterlingshift.co.uk"),
        tz=GMT,
    ),
    # 11 Thamesgate Airport re-application (different role), Jan
    m(
        "26031",
        "2026-01-12 09:15",
        "Thamesgate Airport Careers <noreply@successfactors.eu>",
        "Application received - Customer Service Operations Manager",
        ("confirmation", TA, "Customer Service Operations Manager", 11, "other", "en"),
        text="""Dear Inês Carvalho,

Thank you for your application for the position of Customer Service Operations Manager (Req ID 41877).

We can see you have applied to us before. Your previous assessment results may be taken into account for up to 12 months.

Regards,
People Team
Thamesgate Airport Limited
""",
        tz=GMT,
    ),
    # 12 Nordlys Hotels, second role
    m(
        "26032",
        "2025-11-18 08:50",
        "Nordlys Hotels <no-reply@teamtailor.com>",
        "Thank you for your application",
        ("confirmation", NH, "Front Office Manager - Nordlys Lisboa", 12, "teamtailor", "en"),
        text="""Hi Inês,

Thank you for applying for Front Office Manager - Nordlys Lisboa. We review every application by hand and will get back to you within two weeks.

Best regards,
Sofie Brandt
Nordlys Hotels
""",
        tz=GMT,
    ),
    m(
        "26033",
        "2025-11-19 10:12",
        "Sofie Brandt <sofie.brandt@nordlys.co>",
        "Lisboa!",
        ("interview", NH, "Front Office Manager - Nordlys Lisboa", 12, "direct", "en"),
        text="""Hi Inês,

Saw your name come through again - and this time it's on your doorstep! The GM of our Lisbon opening, Rita Vaz, would love to meet for a coffee at the site on Rua do Alecrim. She'll write to you directly to set a day.

Sofie
""",
        tz=GMT,
    ),
    m(
        "26034",
        "2025-12-16 12:40",
        "Sofie Brandt <sofie.brandt@nordlys.co>",
        "Re: Lisboa!",
        ("confirmation", NH, "Front Office Manager - Nordlys Lisboa", 12, "direct", "en"),
        text="""Hi Inês,

Rita tells me you've accepted another offer - congratulations, truly. I've closed your application on our side. Stay in touch!

Sofie
""",
        headers=reply("26033", "sofie.brandt@nordlys.co"),
        st="withdrawn",
        tz=GMT,
    ),
    # job alerts, outreach, other job mail (English)
    m(
        "26035",
        "2025-09-06 07:00",
        "Caterer.com Job Alerts <jobalerts@caterer.com>",
        "12 new jobs for 'operations manager' in London",
        ("alert", None, None, None, "other", "en"),
        text="""New jobs matching your alert: operations manager, London

Operations Manager - Rosewood Table Ltd - £50,000
Hotel Operations Manager - The Linden - £55,000 + bonus
Assistant Operations Manager - Kitchen Republic - £38,000
...and 9 more

Change alert frequency: https://www.caterer.com/alerts
""",
        tz=BST,
    ),
    m(
        "26036",
        "2025-09-20 07:30",
        "Indeed <alert@indeed.com>",
        "Store Manager jobs in London, Greater London",
        ("alert", None, None, None, "indeed", "en"),
        text="""Inês, here are new jobs for you

Store Manager
Hollis & Webb - London - £45,000 a year
Easily apply

Area Operations Manager
Greenleaf Pharmacy - Hammersmith
Responds to applications within 3 days
""",
        tz=BST,
    ),
    m(
        "26037",
        "2025-10-16 18:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "“hotel operations manager”: Meridian Star Cruises - Guest Services Manager and more",
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for hotel operations manager in London

Guest Services Manager - Meridian Star Cruises - Southampton
Hotel Manager - Arbour House Hotels - London (Hybrid)
Operations Manager - Saltfire Kitchens - London

See all jobs: https://www.linkedin.com/jobs/search/
""",
        tz=BST,
    ),
    m(
        "26038",
        "2025-09-18 20:13",
        "Meridian Star Careers <meridianstar@myworkday.com>",
        "Join our Talent Community",
        ("alert", MC, None, None, "workday", "en"),
        text="""Welcome aboard the Meridian Star Talent Community!

You'll be the first to hear about new shipboard and shoreside roles, hiring events in Lisbon and Manila, and life at sea.

Unsubscribe at any time from your candidate home.
""",
        tz=BST,
    ),
    m(
        "26039",
        "2025-10-02 19:00",
        "Harri <no-reply@harri.com>",
        "You're one step away from applying to Rosewood Table",
        ("alert", "Rosewood Table", "Restaurant Manager", None, "other", "en"),
        text="""Hi Inês,

You started an application for Restaurant Manager at Rosewood Table but didn't finish. Pick up where you left off - it only takes 2 minutes:
https://harri.com/rosewoodtable/job/restaurant-manager

Team Harri
""",
        tz=BST,
    ),
    m(
        "26040",
        "2025-11-25 09:33",
        "James Pellow <james@pellowsearch.com>",
        "Opening GM role - boutique hotel, Lisbon",
        ("outreach", "Casa Alfama Hotels", "General Manager", None, "agency", "en"),
        text="""Hi Inês,

I hope you don't mind the direct approach. I'm retained by Casa Alfama Hotels to find the opening General Manager for their second property (62 keys, Príncipe Real, opening Q3 2026). Your pre-opening experience makes you an obvious person to speak to.

Would you have 20 minutes for a call next week?

Best,
James Pellow
Pellow Executive Search
""",
        tz=GMT,
    ),
    m(
        "26041",
        "2025-10-22 17:25",
        "Sofie Brandt <sofie.brandt@nordlys.co>",
        "Automatic reply: Video call with our Area Director",
        ("other_job", NH, None, None, "direct", "en"),
        text="""Hi, thanks for your email. I'm out of office until Monday 27 October with limited access to email. For urgent matters please contact careers@nordlys.co.

Sofie
""",
        tz=BST,
    ),
    m(
        "26042",
        "2025-10-23 10:00",
        "Thamesgate Airport <noreply@successfactors.eu>",
        "Tell us about your candidate experience",
        ("other_job", TA, None, None, "other", "en"),
        text="""Dear Inês,

You recently took part in our recruitment process. Please take 3 minutes to tell us how it went - your answers are anonymous.

Start the survey: https://survey.thamesgate-airport.co.uk/cx?r=40982
""",
        tz=BST,
    ),
    m(
        "26043",
        "2025-09-05 10:01",
        "Workday <meridianstar@myworkday.com>",
        "Verify your email address",
        ("other_job", MC, None, None, "workday", "en"),
        text="""Please verify your account for Meridian Star Cruises careers.

Verification code: 603117

If you didn't create an account, ignore this email.
""",
        tz=BST,
    ),
]

LB = "Lumen Boutique Hotels"
SK = "Saltfire Kitchens"
SV = "Sunvale Aparthotels"

MAIL += [
    # 25 Lumen Boutique Hotels: a Teamtailor confirmation forwarded from my old address, then rejection
    m(
        "26044",
        "2025-09-19 13:02",
        "Inês Carvalho <ines.carvalho@outlook.pt>",
        "Fwd: Thanks for applying to Lumen",
        ("confirmation", LB, "Guest Experience Manager", 25, "teamtailor", "en"),
        text="""para guardar no gmail

-------- Forwarded Message --------
From: Lumen Boutique Hotels <no-reply@teamtailor.com>
Date: 19 Sept 2025, 12:40
Subject: Thanks for applying to Lumen
To: ines.carvalho@outlook.pt

Hi Inês,

Thanks for applying for Guest Experience Manager at Lumen Marylebone! We've got your application and our People team will be in touch soon.

Lumen Boutique Hotels
""",
        tz=BST,
    ),
    m(
        "26045",
        "2025-10-10 10:30",
        "Lumen Boutique Hotels <no-reply@teamtailor.com>",
        "Your application at Lumen",
        ("rejection", LB, "Guest Experience Manager", 25, "teamtailor", "en"),
        to="Inês Carvalho <ines.carvalho@outlook.pt>",
        text="""Hi Inês,

Thanks so much for your patience. We had over 300 applications for Guest Experience Manager, and while your experience is impressive, we won't be taking your application further this time.

We'd love to stay in touch - join our talent community at https://careers.lumenhotels.com/connect

The People Team
""",
        tz=BST,
    ),
    # 26 Saltfire Kitchens via Greenhouse, company only in the link
    m(
        "26046",
        "2025-10-17 18:22",
        "no-reply@us.greenhouse-mail.io",
        "Thank you for your application",
        ("confirmation", SK, "Group Operations Manager", 26, "greenhouse", "en"),
        text="""Hi Inês,

Thank you for your application for Group Operations Manager. We really appreciate your interest and we'll be in touch if your experience is a match.

You can view the job description any time here: https://job-boards.greenhouse.io/saltfirekitchens/jobs/4829931007

The Recruiting Team
""",
        tz=BST,
    ),
    # 27 Sunvale Aparthotels via Hosco: viewed, then ghosted
    m(
        "26047",
        "2025-11-24 11:00",
        "Hosco <no-reply@hosco.com>",
        "You applied to Operations Manager",
        ("confirmation", SV, "Operations Manager - Lisboa Parque", 27, "other", "en"),
        text="""Hi Inês,

Your application for Operations Manager - Lisboa Parque has been sent to Sunvale Aparthotels.

Good luck!
The Hosco team
""",
        tz=GMT,
    ),
    m(
        "26048",
        "2025-11-26 15:31",
        "Hosco <no-reply@hosco.com>",
        "Your application status has changed",
        ("viewed", SV, "Operations Manager - Lisboa Parque", 27, "other", "en"),
        text="""Hi Inês,

Good news: the recruiter has reviewed your application for Operations Manager - Lisboa Parque.

New status: In review

See your applications: https://www.hosco.com/en/my-applications
""",
        tz=GMT,
    ),
    m(
        "26049",
        "2025-11-01 07:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nordlys Hotels is hiring: Front Office Manager",
        ("alert", NH, "Front Office Manager - Nordlys Lisboa", None, "linkedin", "en"),
        text="""A company you follow is hiring

Front Office Manager - Nordlys Lisboa
Nordlys Hotels · Lisbon, Portugal

Be an early applicant: https://www.linkedin.com/jobs/view/4188120334/
""",
        tz=GMT,
    ),
    m(
        "26050",
        "2025-11-15 19:00",
        "Nordlys Hotels <no-reply@teamtailor.com>",
        "Welcome to Nordlys Connect",
        ("alert", NH, None, None, "teamtailor", "en"),
        text="""Hi Inês,

You're now part of Nordlys Connect, our talent community. We'll share new openings across our 11 hotels and stories from our teams.

Nordlys Hotels
""",
        tz=GMT,
    ),
    m(
        "26051",
        "2025-09-29 09:14",
        "Ellie Hart via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Retail Area Manager - premium beauty brand (London/Iberia)",
        ("outreach", "Aurelle Beauty", "Area Manager Iberia", None, "linkedin", "en"),
        text="""Hi Inês,

I lead retail hiring at Aurelle Beauty. We're opening six boutiques in Lisbon and Madrid next year and need an Area Manager Iberia, based in Lisbon with monthly trips to London. Would you be open to a chat?

Ellie Hart
Talent Acquisition Partner, Aurelle Beauty
""",
        tz=BST,
    ),
    m(
        "26052",
        "2025-12-01 08:15",
        "Indeed <alert@indeed.com>",
        "Novas vagas: gerente de hotel em Lisboa",
        ("alert", None, None, None, "indeed", "pt"),
        text="""Inês, temos novas vagas para si

Gerente de Hotel - Hotel Miradouro - Lisboa
Candidatura simplificada

Diretor(a) de Alojamento - Lisboa
Responde normalmente em 3 dias
""",
        tz=GMT,
    ),
]
