# ruff: noqa: E501
"""Job mail of the twenty-second corpus, UK employers and search firms (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, BST = "+0000", "+0100"

LH = "Larkfield Home"
HPS = "Head of Product Strategy"
PB = "Pembrook Brands"
GSD = "Group Strategy Director"
CI = "Castlemere Insurance"
DPP = "Director of Product, Personal Lines"
NHS = "Barnsworth and Kell NHS Foundation Trust"
HDT = "Head of Digital Transformation Strategy"
DBT = "Department for Business and Trade"
G6 = "Head of Market Strategy (Grade 6)"
UOS = "University of Southwark"
DSP = "Director of Strategic Planning"
HBC = "Hartwell Borough Council"
HCS = "Head of Customer Strategy"
MR = "Meridian Rail Holdings"
SM = "Strategy Manager"
SSM = "Senior Strategy Manager"
BF = "Oakhurst Bakeries"
CSL = "Commercial Strategy Lead"
CH = "Calloway Housing Group"
DCX = "Director of Customer Experience"
VB = "Verity Bank"
DPS = "Director, Product Strategy - Savings"
HPM = "Head of Proposition - Mortgages"
HR_ = "Halden & Rook"
PS = "Principal, Strategy"
TS = "Tallow Street Group"
WG = "Wavecrest Gyms"
COS = "Chief of Staff to the CEO"
QS = "Quillstone"
HPO = "Head of Product Strategy & Operations"

ALDGATE = "Rupert Cavell <rupert.cavell@aldgatepartners.co.uk>"
TESS = "Priya Ramanathan <priya@tessalysearch.com>"
HCE = "Kirsty Muir <kirsty.muir@northgateleisure.co.uk>"
FOUNDER = "Tom Ashdown <tomashdown.q@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # 1 Larkfield Home (Harcourt Vale Group plc), Workday -> SHL-style test -> panel -> rejection
    m(
        "22001",
        "2026-02-09 21:14",
        "Harcourt Vale Group <harcourtvale@myworkday.com>",
        "Application received - R-22817",
        ("confirmation", LH, HPS, 1, "workday", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Dear Harriet,</p>
<p>Thank you for your application for <b>Head of Product Strategy</b> (R-22817), Larkfield Home Support Centre, Milton Keynes / Hybrid.</p>
<p>Harcourt Vale Group plc is the parent company of Larkfield Home, Larkfield Outlet and Hestia Kitchens. Your application is now with our Talent team and we aim to respond within 10 working days.</p>
<p>Track your application in your <a href="https://harcourtvale.wd3.myworkdayjobs.com/en-GB/HVG_Careers/userHome">candidate home</a>.</p>
<p>Kind regards,<br>Group Talent Acquisition<br>Harcourt Vale Group plc, registered in England No. 0481207</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "22002",
        "2026-02-17 08:02",
        "Harcourt Vale Group Talent <talent-noreply@tests.talentlens-online.com>",
        "Next step: online assessments for R-22817",
        ("assessment", LH, HPS, 1, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

Harcourt Vale Group has invited you to complete the following online assessments:

  - Verbal Reasoning (approx. 19 minutes)
  - Numerical Reasoning (approx. 25 minutes)
  - Working Styles Questionnaire (untimed)

Please complete all three by 23:59 on Monday 23 February 2026.

Start here: https://tests.talentlens-online.com/c/hvg/2a7f91e0
Your access code: HVG-7731-KQ

Ensure you are in a quiet place with a reliable internet connection. You may use a calculator
for the numerical test.

If you require reasonable adjustments, please reply to this email.

This email was sent on behalf of Harcourt Vale Group plc.
""",
        tz=GMT,
    ),
    m(
        "22003",
        "2026-03-02 12:40",
        "Joanna Pike <joanna.pike@harcourtvale.com>",
        "Invitation: panel conversation - Thursday 12 March",
        ("interview", LH, HPS, 1, "direct", "en"),
        text="""Hi Harriet,

Good news - the hiring panel would like to meet you. The panel will be:

  Daniel Okafor, Chief Customer Officer, Larkfield Home
  Ruth Sandhu, Group Strategy Director
  me (Talent Partner)

It's 75 minutes at our Support Centre (Unit 4, Kiln Farm, Milton Keynes MK11 3EG). Please prepare
a 15-minute presentation: "The three bets you would make for Larkfield's online proposition in
the next 24 months". No more than 8 slides; send them to me by 10am the day before.

I've sent a calendar invite. Shout if the time doesn't work.

Best,
Joanna

Joanna Pike | Talent Partner, Commercial & Digital
Harcourt Vale Group plc | t/a Larkfield Home, Larkfield Outlet, Hestia Kitchens
""",
        ics={
            "start": "2026-03-12 13:30:00 +0000",
            "minutes": 75,
            "organizer": ("Joanna Pike", "joanna.pike@harcourtvale.com"),
            "uid": "hvg-panel-22817-okp@harcourtvale.com",
            "summary": "Harriet Okonjo-Price / Larkfield panel",
            "location": "Support Centre, Unit 4, Kiln Farm, Milton Keynes",
            "style": "outlook",
            "attendees": [
                ("Daniel Okafor", "daniel.okafor@harcourtvale.com"),
                ("Ruth Sandhu", "ruth.sandhu@harcourtvale.com"),
            ],
        },
        tz=GMT,
    ),
    m(
        "22004",
        "2026-03-11 09:51",
        "Joanna Pike <joanna.pike@harcourtvale.com>",
        "RE: Invitation: panel conversation - Thursday 12 March",
        ("interview", LH, HPS, 1, "direct", "en"),
        text="""Got them, thanks Harriet - looks great. Parking is free on site, just give your name at
reception. See you tomorrow.

J

-----Original Message-----
From: Harriet Okonjo-Price <harriet.okp@fastmail.co.uk>
Sent: 11 March 2026 08:47
Subject: RE: Invitation: panel conversation - Thursday 12 March

Hi Joanna, slides attached. Harriet
""",
        **reply("22003", "joanna.pike@harcourtvale.com"),
        tz=GMT,
    ),
    m(
        "22005",
        "2026-03-20 17:22",
        "Joanna Pike <joanna.pike@harcourtvale.com>",
        "Following up",
        ("rejection", LH, HPS, 1, "direct", "en"),
        text="""Hi Harriet,

Thanks again for the time and thought you put into last week. The panel genuinely enjoyed your
presentation - Daniel in particular liked the point about returns as a product, not a cost.

It was an extremely close call, but we've decided to offer the role to a candidate with deeper
experience of home and furniture retail specifically. I'm sorry it isn't better news.

I'd love to stay in touch; I think there may be something in the Group strategy team later in
the year.

Warm regards,
Joanna
""",
        tz=GMT,
    ),
    # 2 Pembrook Brands via Aldgate Partners (confidential FTSE 250 consumer group)
    m(
        "22006",
        "2026-02-04 10:05",
        ALDGATE,
        "Confidential - Group Strategy Director, FTSE 250 consumer group",
        ("outreach", None, GSD, None, "agency", "en"),
        text="""Dear Harriet,

I lead the Consumer & Retail practice at Aldgate Partners. We have been retained by a FTSE 250
consumer group (household and personal-care brands, c. GBP 1.4bn revenue, HQ central London) to
appoint a Group Strategy Director reporting to the CFO, with a dotted line to the CEO.

The brief is confidential at this stage, so I can't name the client by email, but I would value
20 minutes to talk you through it. Your work on portfolio and pricing at your current business
came up from two separate sources.

Would Thursday or Friday suit for a call?

Kind regards,
Rupert

Rupert Cavell | Partner
Aldgate Partners | 30 St Mary Axe, London EC3A 8BF
This email and any attachments are confidential.
""",
        tz=GMT,
    ),
    m(
        "22007",
        "2026-02-05 16:48",
        ALDGATE,
        "RE: Confidential - Group Strategy Director, FTSE 250 consumer group",
        ("outreach", None, GSD, None, "agency", "en"),
        text="""Perfect - Friday 11:30 it is. I'll call your mobile.

Rupert

> Friday late morning works for me. Harriet
""",
        **reply("22006", "rupert.cavell@aldgatepartners.co.uk"),
        tz=GMT,
    ),
    m(
        "22008",
        "2026-02-19 14:10",
        ALDGATE,
        "Pembrook - first meeting with the CFO",
        ("interview", PB, GSD, 2, "agency", "en"),
        text="""Harriet,

Thank you for agreeing to go forward. As discussed, the client is Pembrook Brands plc; please
keep that to yourself for now as the incumbent has not yet been told.

Marcus Hale (CFO) would like to meet you for an hour at their offices, 1 Kingsway, WC2B 6AN.
His EA, Sophie, will send an invite for Wednesday 25 Feb at 8:30.

I'll send a briefing pack separately. Call me afterwards.

Rupert
""",
        tz=GMT,
    ),
    m(
        "22009",
        "2026-02-19 15:31",
        "Sophie Grant <sophie.grant@pembrookbrands.com>",
        "Harriet Okonjo-Price / Marcus Hale",
        ("interview", PB, GSD, 2, "direct", "en"),
        text="""Dear Harriet,

On behalf of Marcus Hale, please find an invitation for Wednesday 25 February at 08:30. Please
ask for me at reception on the 6th floor.

Kind regards,
Sophie Grant
Executive Assistant to the Chief Financial Officer
Pembrook Brands plc
""",
        ics={
            "start": "2026-02-25 08:30:00 +0000",
            "minutes": 60,
            "organizer": ("Sophie Grant", "sophie.grant@pembrookbrands.com"),
            "uid": "040000008200E00074C5B7101A82E008000000009A1F2@pembrookbrands.com",
            "summary": "Harriet Okonjo-Price / Marcus Hale",
            "location": "1 Kingsway, 6th floor, Meeting Room Thames",
            "style": "outlook",
            "attendees": [("Marcus Hale", "marcus.hale@pembrookbrands.com")],
        },
        tz=GMT,
    ),
    m(
        "22010",
        "2026-02-24 11:02",
        "Sophie Grant <sophie.grant@pembrookbrands.com>",
        "Updated: Harriet Okonjo-Price / Marcus Hale",
        ("interview", PB, GSD, 2, "direct", "en"),
        text="""Dear Harriet,

Apologies - Marcus has been called to a board meeting tomorrow morning. Would you be able to do
Friday 27th at 17:00 instead? I have updated the invitation; please accept if it works.

Many thanks,
Sophie
""",
        ics={
            "start": "2026-02-27 17:00:00 +0000",
            "minutes": 60,
            "organizer": ("Sophie Grant", "sophie.grant@pembrookbrands.com"),
            "uid": "040000008200E00074C5B7101A82E008000000009A1F2@pembrookbrands.com",
            "summary": "Harriet Okonjo-Price / Marcus Hale",
            "location": "1 Kingsway, 6th floor, Meeting Room Thames",
            "style": "outlook",
            "sequence": 1,
            "attendees": [("Marcus Hale", "marcus.hale@pembrookbrands.com")],
        },
        tz=GMT,
    ),
    m(
        "22011",
        "2026-03-06 18:15",
        ALDGATE,
        "Pembrook",
        ("interview", PB, GSD, 2, "agency", "en"),
        text="""Harriet - very positive feedback from Marcus. He wants you to meet Alison (CEO) and
then do a case session with the strategy team. Alison's office will be in touch directly;
case session likely week of 16 March. More on the phone.

R
""",
        tz=GMT,
    ),
    m(
        "22012",
        "2026-04-14 09:20",
        ALDGATE,
        "A difficult call",
        ("rejection", PB, GSD, 2, "agency", "en"),
        text="""Harriet,

Following up on my voicemail. Pembrook have decided to appoint an internal candidate - the
Chair wanted continuity through the disposal of the laundry division. I know how much work you
put into the case and I'm sorry; you were the only external finalist.

I'm sure our paths will cross again soon.

Rupert
""",
        tz=BST,
    ),
    # 3 Castlemere Insurance via Tessaly Search (a leading insurer) -> offer accepted
    m(
        "22013",
        "2026-03-03 07:58",
        TESS,
        "Director of Product - our client, a leading UK insurer",
        ("outreach", None, DPP, None, "agency", "en"),
        text="""Hi Harriet,

Priya from Tessaly Search here - we met briefly at the Mind the Product leaders' dinner.

We're retained on a Director of Product, Personal Lines for our client, a leading UK insurer
(motor and home, 4m+ customers) that is rebuilding its direct channel. It reports to the Chief
Product Officer and leads five product teams. Package is strong: base up to 165k + bonus + LTIP.

Could I steal 15 minutes this week?

Priya Ramanathan
Principal, Tessaly Search | Financial Services Practice
""",
        tz=GMT,
    ),
    m(
        "22014",
        "2026-03-18 13:36",
        TESS,
        "RE: Director of Product - our client, a leading UK insurer",
        ("interview", CI, DPP, 3, "agency", "en"),
        text="""Hi Harriet,

Lovely speaking earlier. As promised, now that you're on the shortlist I can share that the
client is Castlemere Insurance (Castlemere Group Holdings plc). The CPO, Nadine Osei, would like
a first conversation; her EA Lucy will send options.

Job spec attached. Please don't share it.

Priya
""",
        attach=[("Castlemere_DirProduct_PL_spec.pdf", "application/pdf", "%PDF-1.4 spec")],
        **reply("22013", "priya@tessalysearch.com"),
        tz=GMT,
    ),
    m(
        "22015",
        "2026-03-19 10:04",
        "Lucy Barnard <lucy.barnard@castlemere.co.uk>",
        "Nadine Osei / Harriet - 45 mins",
        ("interview", CI, DPP, 3, "direct", "en"),
        text="""Hi Harriet,

I look after Nadine's diary. Could you do any of these (Teams)?

  Tue 24 March 16:00-16:45
  Wed 25 March 08:15-09:00
  Fri 27 March 12:00-12:45

Thanks,
Lucy

Lucy Barnard | EA to Nadine Osei, Chief Product Officer
Castlemere Insurance Services Ltd, 20 Gresham Street, London EC2V 7JE
""",
        tz=GMT,
    ),
    m(
        "22016",
        "2026-03-19 10:41",
        "Lucy Barnard <lucy.barnard@castlemere.co.uk>",
        "RE: Nadine Osei / Harriet - 45 mins",
        ("interview", CI, DPP, 3, "direct", "en"),
        text="""Thanks, Tuesday 4pm works. Invite on its way.

Lucy
""",
        **reply("22015", "lucy.barnard@castlemere.co.uk"),
        ics={
            "start": "2026-03-24 16:00:00 +0000",
            "minutes": 45,
            "organizer": ("Lucy Barnard", "lucy.barnard@castlemere.co.uk"),
            "uid": "castlemere-teams-88120@castlemere.co.uk",
            "summary": "Nadine Osei / Harriet Okonjo-Price",
            "location": "Microsoft Teams Meeting",
            "description": "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_castlemere88120",
            "style": "outlook",
            "attendees": [("Nadine Osei", "nadine.osei@castlemere.co.uk")],
        },
        tz=GMT,
    ),
    m(
        "22017",
        "2026-04-02 15:12",
        "Castlemere Recruitment <noreply@castlemere.csod.com>",
        "Castlemere: please complete your assessment",
        ("assessment", CI, DPP, 3, "other", "en"),
        text="""Dear Harriet,

As part of the final stage for Director of Product, Personal Lines, please complete the
Leadership Judgement Indicator and the Motivation Questionnaire. Both take about 30 minutes.

Link: https://castlemere.csod.com/ats/assessments/launch?id=51928
Deadline: 8 April 2026.

Castlemere Talent Acquisition
""",
        st="interviewing",
        tz=BST,
    ),
    m(
        "22018",
        "2026-04-09 11:00",
        TESS,
        "Final panel - Castlemere",
        ("interview", CI, DPP, 3, "agency", "en"),
        text="""Hi Harriet,

Final panel confirmed for Wednesday 15 April, 14:00-15:30, 20 Gresham Street: Nadine (CPO),
Graham Ellis (CEO, Direct) and Anya Kowalczyk (People Director). Format: 20-min presentation on
the first 100 days, then competency questions. They read your assessment report - very strong.

Priya
""",
        tz=BST,
    ),
    m(
        "22019",
        "2026-04-17 19:03",
        TESS,
        "Good news",
        ("offer", CI, DPP, 3, "agency", "en"),
        text="""Harriet,

I'm delighted: Nadine called me twenty minutes ago and they want you. Verbal offer:

  Base GBP 158,000
  Bonus target 30%, LTIP 40% of base
  Car allowance GBP 7,200, 27 days' holiday
  Start date to fit your notice (they hope for early July)

Written offer to follow from their People team once you are happy in principle. Call me when
you've had a chance to digest - congratulations!

Priya
""",
        tz=BST,
    ),
    m(
        "22020",
        "2026-04-22 14:45",
        "Anya Kowalczyk <anya.kowalczyk@castlemere.co.uk>",
        "Your contract",
        ("offer", CI, DPP, 3, "direct", "en"),
        text="""Dear Harriet,

Following your conversation with Priya, I'm pleased to attach your formal offer letter and
contract of employment with Castlemere Insurance Services Ltd for the role of Director of
Product, Personal Lines.

Please sign and return both by 29 April. Any questions at all, just call me.

Best wishes,
Anya
People Director
""",
        attach=[("Offer_Letter_HOkonjoPrice.pdf", "application/pdf", "%PDF-1.4 offer")],
        tz=BST,
    ),
    m(
        "22021",
        "2026-04-24 09:12",
        "Anya Kowalczyk <anya.kowalczyk@castlemere.co.uk>",
        "RE: Your contract",
        ("offer", CI, DPP, 3, "direct", "en"),
        text="""Thanks Harriet - received, and very glad to have you on board. Nadine is thrilled.
I'll kick off references and vetting next.

Anya

> Attached is the signed form and contract. Looking forward to it!
""",
        st="accepted",
        **reply("22020", "anya.kowalczyk@castlemere.co.uk"),
        tz=BST,
    ),
    m(
        "22022",
        "2026-04-27 10:30",
        "Castlemere Vetting <screening@hireright.com>",
        "Action required: complete your background screening for Castlemere",
        ("other_job", CI, DPP, None, "other", "en"),
        text="""Hello Harriet,

Castlemere Insurance has asked HireRight to conduct pre-employment screening, including
credit, FCA regulatory references (5 years), criminal record (basic DBS) and directorship checks.

Please log in to complete your details: https://apply.hireright.com/login?cid=castlemere
Reference: HR-0041-998273

HireRight
""",
        tz=BST,
    ),
    m(
        "22023",
        "2026-05-06 16:20",
        "Referee Portal <no-reply@refnow.co.uk>",
        "Reference request for Harriet Okonjo-Price - reminder to your referee",
        ("other_job", CI, None, None, "other", "en"),
        text="""Hi Harriet,

Your referee James Whitfield has not yet completed the reference requested by Castlemere
Insurance. We've sent them a reminder. You may want to nudge them directly.

RefNow
""",
        tz=BST,
    ),
    m(
        "22024",
        "2026-06-22 08:45",
        "Castlemere People Team <welcome@castlemere.co.uk>",
        "Welcome to Castlemere - your first day",
        ("other_job", CI, DPP, None, "direct", "en"),
        text="""Hi Harriet,

We're looking forward to welcoming you on Monday 6 July! On your first day please come to
20 Gresham Street at 9:15 and bring your passport for right-to-work checks. Your laptop will be
ready at the IT desk, and Nadine has booked lunch.

Complete your onboarding tasks here: https://castlemere.csod.com/onboarding

The People Team
""",
        tz=BST,
    ),
    # 4 NHS trust via Trac
    m(
        "22025",
        "2026-02-12 22:03",
        "NHS Jobs <noreply@trac.jobs>",
        "Application submitted: 298-COR-2615",
        ("confirmation", NHS, HDT, 4, "other", "en"),
        text="""Dear Harriet Okonjo-Price

Thank you for applying for the post of Head of Digital Transformation Strategy (Band 8c),
reference 298-COR-2615, at Barnsworth and Kell NHS Foundation Trust.

Your application has been received and will be considered by the shortlisting panel after the
closing date (22/02/2026). If you have not heard from us within 3 weeks of the closing date,
please assume that you have not been successful on this occasion.

Please do not reply to this message as this mailbox is not monitored.

Recruitment Team
Barnsworth and Kell NHS Foundation Trust
""",
        tz=GMT,
    ),
    m(
        "22026",
        "2026-03-04 12:17",
        "NHS Jobs <noreply@trac.jobs>",
        "Invitation to interview: 298-COR-2615",
        ("interview", NHS, HDT, 4, "other", "en"),
        text="""Dear Harriet

Congratulations, you have been shortlisted for the above post. Please log in to your Trac
account to book an interview slot:

https://apps.trac.jobs/applicant/interview?ref=298-COR-2615

Interviews will take place on 17/03/2026 at Kell General Hospital, Education Centre. There
will be a stakeholder panel followed by a formal interview panel. Please bring ID documents
listed in your account.

Recruitment Team
Barnsworth and Kell NHS Foundation Trust
""",
        tz=GMT,
    ),
    m(
        "22027",
        "2026-03-23 15:55",
        "NHS Jobs <noreply@trac.jobs>",
        "Outcome of your interview: 298-COR-2615",
        ("rejection", NHS, HDT, 4, "other", "en"),
        text="""Dear Harriet

Thank you for attending interview for the post of Head of Digital Transformation Strategy.
Unfortunately, on this occasion you have not been successful. If you would like feedback,
please contact the recruiting manager, Dr Ellen Marsh, at ellen.marsh@bk-nhs.example.

We wish you every success in the future.

Recruitment Team
""",
        tz=GMT,
    ),
    # 5 Civil Service Jobs
    m(
        "22028",
        "2026-03-09 19:40",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Your application for Head of Market Strategy - 441902",
        ("confirmation", DBT, G6, 5, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

Thank you for submitting your application for the following vacancy:

Job title: Head of Market Strategy
Reference: 441902
Department: Department for Business and Trade
Grade: Grade 6

You can track your application in your account:
https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=aBc

Civil Service Jobs
""",
        tz=GMT,
    ),
    m(
        "22029",
        "2026-03-19 09:00",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Action required: Civil Service Judgement Test - 441902",
        ("assessment", DBT, G6, 5, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

You have progressed to the next stage for vacancy 441902 (Head of Market Strategy). Please
complete the online Civil Service Judgement Test by 23:55 on 25 March 2026.

Log in to your account to start the test. It takes around 30 minutes and cannot be paused.

Civil Service Jobs
""",
        tz=GMT,
    ),
    m(
        "22030",
        "2026-04-16 11:30",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Vacancy 441902: notification",
        ("rejection", DBT, G6, 5, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

Thank you for your interest in vacancy 441902. Following the sift, the panel have assessed your
application and your score was below that required to progress to interview. Your scores:
Behaviour - Seeing the Big Picture: 4; Experience statement: 5 (pass mark 6).

Please do not be discouraged from applying for future roles.

Civil Service Jobs
""",
        tz=BST,
    ),
    # 6 University of Southwark (university HR) -> withdrawn
    m(
        "22031",
        "2026-03-30 10:10",
        "University of Southwark Recruitment <recruitment@southwark-uni.ac.uk>",
        "Application received: Director of Strategic Planning (SOU-2026-0119)",
        ("confirmation", UOS, DSP, 6, "direct", "en"),
        text="""Dear Harriet,

Thank you for your application for Director of Strategic Planning (SOU-2026-0119) in the
Vice-Chancellor's Office. The closing date is 12 April and shortlisting will take place shortly
afterwards.

With best wishes,
HR Recruitment Team, University of Southwark
""",
        tz=BST,
    ),
    m(
        "22032",
        "2026-04-21 14:02",
        "Megan Lowther <m.lowther@southwark-uni.ac.uk>",
        "SOU-2026-0119 - shortlisting outcome and interview arrangements",
        ("interview", UOS, DSP, 6, "direct", "en"),
        text="""Dear Harriet,

I am pleased to let you know that you have been shortlisted for Director of Strategic Planning.
The selection process on 7 May will include a presentation to the Vice-Chancellor's Executive
Group and a panel interview chaired by the Registrar. Please confirm your attendance by return.

Kind regards,
Megan Lowther
Senior HR Adviser (Recruitment)
""",
        tz=BST,
    ),
    m(
        "22033",
        "2026-04-25 09:35",
        "Megan Lowther <m.lowther@southwark-uni.ac.uk>",
        "RE: SOU-2026-0119 - shortlisting outcome and interview arrangements",
        ("confirmation", UOS, DSP, 6, "direct", "en"),
        text="""Dear Harriet,

Thank you for letting us know, and congratulations on your new role. I have withdrawn your
application and informed the panel.

Kind regards,
Megan

> I'm sorry to say I have accepted another offer and would like to withdraw.
""",
        st="withdrawn",
        **reply("22032", "m.lowther@southwark-uni.ac.uk"),
        tz=BST,
    ),
    # 7 Hartwell Borough Council via Eploy (ghosted)
    m(
        "22034",
        "2026-02-23 20:12",
        "Hartwell Borough Council <noreply@hartwell.eploy.net>",
        "Thank you for your application",
        ("confirmation", HBC, HCS, 7, "other", "en"),
        text="""Dear Harriet

Thank you for applying for Head of Customer Strategy (HBC0412) with Hartwell Borough Council.
We will be in touch after the closing date.

Resourcing Team
Hartwell Borough Council - Working for a greener, fairer Hartwell
""",
        tz=GMT,
    ),
    # 11 Meridian Rail Holdings, Taleo -> rejection; 12 re-application
    m(
        "22035",
        "2026-02-14 12:01",
        "Meridian Rail Careers <meridianrail@taleo.net>",
        "Meridian Rail Holdings - Confirmation of your application",
        ("confirmation", MR, SM, 8, "taleo", "en"),
        text="""Dear Harriet Okonjo-Price,

Thank you for your interest in Meridian Rail Holdings. This is to confirm we have received your
application for the position of Strategy Manager (Req ID 2600371).

Our recruiters will review your application. You can view your application status at any time
on our careers site.

Meridian Rail Holdings Recruitment
*** This is an automated message, please do not reply ***
""",
        tz=GMT,
    ),
    m(
        "22036",
        "2026-03-10 07:33",
        "Meridian Rail Careers <meridianrail@taleo.net>",
        "Your application - Req ID 2600371",
        ("rejection", MR, SM, 8, "taleo", "en"),
        text="""Dear Harriet Okonjo-Price,

Thank you for taking the time to apply for Strategy Manager. We received a very high volume of
applications and, having reviewed yours carefully, we will not be taking it further.

We will keep your details on file and may contact you about future roles.

Meridian Rail Holdings Recruitment
""",
        tz=GMT,
    ),
    m(
        "22037",
        "2026-05-11 21:30",
        "Meridian Rail Careers <meridianrail@taleo.net>",
        "Meridian Rail Holdings - Confirmation of your application",
        ("confirmation", MR, SSM, 9, "taleo", "en"),
        text="""Dear Harriet Okonjo-Price,

Thank you for your interest in Meridian Rail Holdings. This is to confirm we have received your
application for the position of Senior Strategy Manager (Req ID 2600588).

Our recruiters will review your application. You can view your application status at any time
on our careers site.

Meridian Rail Holdings Recruitment
*** This is an automated message, please do not reply ***
""",
        tz=BST,
    ),
    # 10 Oakhurst Bakeries (Brennard Foods Group) via SuccessFactors -> on hold
    m(
        "22038",
        "2026-02-26 13:20",
        "Brennard Foods Careers <careers@successfactors.eu>",
        "We've received your application",
        ("confirmation", BF, CSL, 10, "other", "en"),
        text="""Dear Harriet,

Thank you for applying for Commercial Strategy Lead - Oakhurst Bakeries (Job ID 10482) with
Brennard Foods Group. Oakhurst is one of the Group's four operating businesses.

We'll review your application and be in touch.

Brennard Foods Group Talent Acquisition
""",
        tz=GMT,
    ),
    m(
        "22039",
        "2026-03-25 16:04",
        "Gemma Holt <gemma.holt@brennardfoods.co.uk>",
        "Commercial Strategy Lead - update",
        ("confirmation", BF, CSL, 10, "direct", "en"),
        text="""Hi Harriet,

A quick and honest update: following the Group's announcement on Monday about the review of
the Oakhurst business, we've paused recruitment for this role. It isn't cancelled, but I don't
expect to be able to move before the summer. I'll come back to you as soon as I know more.

Sorry for the delay, and thanks for your patience.

Gemma Holt, Talent Acquisition Partner
""",
        st="on_hold",
        tz=GMT,
    ),
    # 11 Calloway Housing Group via TribePad
    m(
        "22040",
        "2026-04-02 09:18",
        "Calloway Housing Group <noreply@tribepad.com>",
        "Your application to Calloway Housing Group",
        ("confirmation", CH, DCX, 11, "other", "en"),
        text="""Hi Harriet,

Thanks for applying for Director of Customer Experience. We've received your application and
our recruitment team will review it soon.

Log in any time: https://jobs.callowayhousing.org.uk/members/

Calloway Housing Group - homes, communities, futures
""",
        tz=BST,
    ),
    m(
        "22041",
        "2026-04-10 12:30",
        "Calloway Housing Group <noreply@tribepad.com>",
        "Calloway Housing Group: next steps",
        ("assessment", CH, DCX, 11, "other", "en"),
        text="""Hi Harriet,

We'd like you to complete a Personality and Values questionnaire (OPQ) before the first
interview. You'll receive a separate email from our assessment partner within 24 hours.

Calloway Housing Group recruitment
""",
        tz=BST,
    ),
    m(
        "22042",
        "2026-04-16 12:30",
        "Calloway Housing Group <noreply@tribepad.com>",
        "Calloway Housing Group: next steps",
        ("rejection", CH, DCX, 11, "other", "en"),
        text="""Hi Harriet,

Thank you for completing the questionnaire. After reviewing all applicants against the role
profile, we have decided not to progress your application to interview this time.

Calloway Housing Group recruitment
""",
        tz=BST,
    ),
    # 12/13 Verity Bank (Verity Banking Group plc), two roles, Workday
    m(
        "22043",
        "2026-02-28 11:45",
        "Verity Banking Group <veritybank@myworkday.com>",
        "Thanks for applying to Verity",
        ("confirmation", VB, DPS, 12, "workday", "en"),
        html="""<html><body><p>Hi Harriet,</p><p>Thanks for applying for <b>Director, Product Strategy - Savings</b> (JR-11734). We've got your application and our team will review it.</p><p>Verity Bank is a trading name of Verity Banking Group plc, authorised by the PRA.</p><p>Verity Careers</p></body></html>""",
        tz=GMT,
    ),
    m(
        "22044",
        "2026-03-01 09:02",
        "Verity Banking Group <veritybank@myworkday.com>",
        "Thanks for applying to Verity",
        ("confirmation", VB, HPM, 13, "workday", "en"),
        html="""<html><body><p>Hi Harriet,</p><p>Thanks for applying for <b>Head of Proposition - Mortgages</b> (JR-11802). We've got your application and our team will review it.</p><p>Verity Bank is a trading name of Verity Banking Group plc, authorised by the PRA.</p><p>Verity Careers</p></body></html>""",
        tz=GMT,
    ),
    m(
        "22045",
        "2026-03-16 17:40",
        "Verity Banking Group <veritybank@myworkday.com>",
        "An update from Verity",
        ("rejection", VB, DPS, 12, "workday", "en"),
        html="""<html><body><p>Hi Harriet,</p><p>Thank you for your interest in Director, Product Strategy - Savings (JR-11734). We've reviewed your application and we won't be moving forward with it. Your application for other roles with us is unaffected.</p><p>Verity Careers</p></body></html>""",
        tz=GMT,
    ),
    m(
        "22046",
        "2026-03-18 10:13",
        "Callum Reid <callum.reid@veritygroup.co.uk>",
        "Mortgages proposition role - quick chat?",
        ("interview", VB, HPM, 13, "direct", "en"),
        text="""Hi Harriet,

I'm the recruiter for the Head of Proposition role in Mortgages. Could we do a 30 min screening
call this week? My Calendly is here: https://calendly.com/callum-reid-verity/30min

Cheers,
Callum Reid | Senior Talent Partner | Verity
""",
        tz=GMT,
    ),
    m(
        "22047",
        "2026-03-19 08:12",
        "Calendly <notifications@calendly.com>",
        "New Event: Harriet Okonjo-Price - 09:30 Fri, 20 Mar 2026 - 30 Minute Meeting",
        ("interview", VB, HPM, 13, "other", "en"),
        text="""Hi Harriet Okonjo-Price,

A new event has been scheduled.

Event Type: 30 Minute Meeting
Invitee: Callum Reid (callum.reid@veritygroup.co.uk)
Event Date/Time: 09:30 - Friday, 20 March 2026 (GMT)
Location: Microsoft Teams

Calendly
""",
        tz=GMT,
    ),
    # 14 Halden & Rook via LinkedIn Easy Apply -> viewed, ghosted
    m(
        "22048",
        "2026-03-05 22:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Harriet, your application was sent to Halden & Rook",
        ("confirmation", HR_, PS, 14, "linkedin", "en"),
        text="""Your application was sent to Halden & Rook

Principal, Strategy
Halden & Rook - London, England, United Kingdom (Hybrid)
Applied on 5 March 2026

View job: https://www.linkedin.com/jobs/view/4011873622/

Now, take these next steps for more success with your job search
Review similar jobs | Update your profile

This email was intended for Harriet Okonjo-Price (Senior Product & Strategy Manager)
Unsubscribe | Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""",
        tz=GMT,
    ),
    m(
        "22049",
        "2026-03-09 13:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Halden & Rook",
        ("viewed", HR_, PS, 14, "linkedin", "en"),
        text="""Harriet, your application was viewed

Halden & Rook viewed your application for Principal, Strategy.

See other jobs at Halden & Rook

LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
""",
        tz=GMT,
    ),
    # 15 Tallow Street Group via Indeed
    m(
        "22050",
        "2026-04-06 08:55",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Senior Strategy Manager",
        ("confirmation", TS, SSM, 15, "indeed", "en"),
        text="""Application submitted

Senior Strategy Manager
Tallow Street Group - London EC1

Your application has been submitted. Good luck!

The following items were sent to the employer: CV (Harriet_OkonjoPrice_CV.pdf), answers to 4
screener questions.

View on Indeed: https://uk.indeed.com/myjobs

Indeed
""",
        tz=BST,
    ),
    # 16 Wavecrest Gyms (Northgate Leisure plc): CEO's EA, reschedule, cancellation, rejection
    m(
        "22051",
        "2026-05-05 09:40",
        HCE,
        "Chief of Staff - meeting with Dominic",
        ("interview", WG, COS, 16, "direct", "en"),
        text="""Dear Harriet,

Thank you for your application for Chief of Staff. Dominic Fairleigh, our Group CEO, would like
to meet you. I have placed an invitation in the diary for Tuesday 12 May at 10:00 at our
Clerkenwell office.

Kind regards,
Kirsty Muir
Executive Assistant to the Group CEO
Northgate Leisure plc, operator of Wavecrest Gyms and Wavecrest Swim Schools
""",
        ics={
            "start": "2026-05-12 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Kirsty Muir", "kirsty.muir@northgateleisure.co.uk"),
            "uid": "NGL-DF-20260512-okp@northgateleisure.co.uk",
            "summary": "DF / Harriet Okonjo-Price (CoS)",
            "location": "Wavecrest House, 22 Hatton Garden, EC1N 8BA",
            "style": "outlook",
            "attendees": [("Dominic Fairleigh", "dominic.fairleigh@northgateleisure.co.uk")],
        },
        tz=BST,
    ),
    m(
        "22052",
        "2026-05-08 16:22",
        HCE,
        "Updated invitation: DF / Harriet Okonjo-Price (CoS)",
        ("interview", WG, COS, 16, "direct", "en"),
        text="""Dear Harriet, Dominic has to travel on Tuesday. Moved to Thursday 14 May, 08:00,
same place. Apologies. Kirsty
""",
        ics={
            "start": "2026-05-14 08:00:00 +0100",
            "minutes": 60,
            "organizer": ("Kirsty Muir", "kirsty.muir@northgateleisure.co.uk"),
            "uid": "NGL-DF-20260512-okp@northgateleisure.co.uk",
            "summary": "DF / Harriet Okonjo-Price (CoS)",
            "location": "Wavecrest House, 22 Hatton Garden, EC1N 8BA",
            "style": "outlook",
            "sequence": 1,
            "attendees": [("Dominic Fairleigh", "dominic.fairleigh@northgateleisure.co.uk")],
        },
        tz=BST,
    ),
    m(
        "22053",
        "2026-05-13 18:02",
        HCE,
        "Canceled: DF / Harriet Okonjo-Price (CoS)",
        ("interview", WG, COS, 16, "direct", "en"),
        text="""Dear Harriet, I am very sorry - Dominic is unwell and has cancelled tomorrow. I will
be in touch with new dates next week. Kirsty
""",
        ics={
            "start": "2026-05-14 08:00:00 +0100",
            "minutes": 60,
            "organizer": ("Kirsty Muir", "kirsty.muir@northgateleisure.co.uk"),
            "uid": "NGL-DF-20260512-okp@northgateleisure.co.uk",
            "summary": "Canceled: DF / Harriet Okonjo-Price (CoS)",
            "location": "Wavecrest House, 22 Hatton Garden, EC1N 8BA",
            "style": "outlook",
            "method": "CANCEL",
            "sequence": 2,
            "attendees": [("Dominic Fairleigh", "dominic.fairleigh@northgateleisure.co.uk")],
        },
        tz=BST,
    ),
    m(
        "22054",
        "2026-06-01 11:10",
        "Northgate Leisure People <people@northgateleisure.co.uk>",
        "Chief of Staff",
        ("rejection", WG, COS, 16, "direct", "en"),
        text="""Dear Harriet,

Thank you for your patience over the past few weeks. Dominic has decided to fill the Chief of
Staff role from within the business, so we will not be rescheduling your meeting. We were
impressed with your background and would be glad to keep your details on file.

Best wishes,
People Team, Northgate Leisure plc
""",
        tz=BST,
    ),
    # 17 Quillstone (Ashby), founder from gmail, take-home, offer declined
    m(
        "22055",
        "2026-04-01 14:33",
        "Quillstone <no-reply@ashbyhq.com>",
        "Thanks for applying to Quillstone!",
        ("confirmation", QS, HPO, 17, "ashby", "en"),
        text="""Hi Harriet,

Thanks for applying for Head of Product Strategy & Operations at Quillstone. We read every
application ourselves and will get back to you within a week either way.

- The Quillstone team
""",
        tz=BST,
    ),
    m(
        "22056",
        "2026-04-03 07:12",
        FOUNDER,
        "hello from Quillstone",
        ("interview", QS, HPO, 17, "direct", "en"),
        text="""Hi Harriet - Tom here, one of the co-founders. Loved your application (the pricing
teardown was spot on). Fancy a coffee near Old Street early next week? Mon or Tue 8am?

Tom

--
Tom Ashdown, CEO & co-founder, Quillstone
quillstone.ai
""",
        tz=BST,
    ),
    m(
        "22057",
        "2026-04-03 09:50",
        FOUNDER,
        "Re: hello from Quillstone",
        ("interview", QS, HPO, 17, "direct", "en"),
        text="""Tue 8am at Origin on Charlotte Rd then. See you there!

On Fri, 3 Apr 2026 at 09:31, Harriet Okonjo-Price <harriet.okp@fastmail.co.uk> wrote:
> Tuesday works well for me.
""",
        **reply("22056", "tomashdown.q@gmail.com"),
        tz=BST,
    ),
    m(
        "22058",
        "2026-04-08 19:05",
        FOUNDER,
        "small exercise",
        ("assessment", QS, HPO, 17, "direct", "en"),
        text="""Hi Harriet, great to meet yesterday. As promised, here's the exercise: take our
public pricing page and the attached usage data, and tell us what you'd change and how you'd
test it. Max 4 pages, no need to spend more than 3 hours. Whenever you're ready, no rush.

Tom
""",
        attach=[("usage_sample.csv", "text/csv", "month,accounts,seats\n2026-01,412,3120\n")],
        st="interviewing",
        tz=BST,
    ),
    m(
        "22059",
        "2026-04-20 12:18",
        FOUNDER,
        "Re: small exercise",
        ("offer", QS, HPO, 17, "direct", "en"),
        text="""Harriet - Ines and I went through your write-up twice. We'd love you to join us.
We can do 120k base plus 0.6% options (4 yr vest, 1 yr cliff), starting whenever suits. I know
there's a bigger corporate option on the table; happy to talk through anything.

Tom
""",
        **reply("22058", "tomashdown.q@gmail.com"),
        tz=BST,
    ),
    m(
        "22060",
        "2026-04-23 08:30",
        FOUNDER,
        "Re: small exercise",
        ("offer", QS, HPO, 17, "direct", "en"),
        text="""Totally understand, and thanks for telling us straight. Gutted, but Castlemere is
lucky. Door's open if you ever want to come back to startup life.

Tom

> Tom, I've thought hard about it and I'm going to say no this time...
""",
        st="declined",
        **reply("22059", "tomashdown.q@gmail.com"),
        tz=BST,
    ),
]
