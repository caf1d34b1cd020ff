# ruff: noqa: E501, RUF100
"""Corpus 113, New Zealand job mail (data only): see heldout113.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """New Zealand: NZST until the last Sunday of September 2025, NZDT after."""
    return "+1200" if day < "2025-09-28" else "+1300"


m = partial(dated_spec, tz)


def at(day_time: str) -> str:
    """An invite's start, New Zealand local time."""
    return f"{day_time}:00 {tz(day_time[:10])}"


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src="other"):
    """Job mail that is not one application's (alerts, outreach, other job mail)."""
    return (cat, None, None, None, src, "en")


def Jc(cat, co, role, src="other"):
    return (cat, co, role, None, src, "en")


def reply(key: str) -> dict[str, str]:
    return {"In-Reply-To": key, "References": key}


ME_SIG = "Mereana Fraser\n021 448 903\nmereana.fraser.nz@gmail.com"

MC, MCR = "Ministry of Coastal and Marine Affairs", "Senior Policy Advisor"
RT, RTR, RTR2 = "New Zealand Regional Transport Agency", "Business Analyst", "Senior Policy Advisor"
RC, RCR = "Rimutaka Coast District Council", "Policy Advisor – Strategy"
AR, ARR, ARR2 = (
    "Aotearoa Research Funding Commission",
    "Senior Policy Analyst",
    "Business Analyst (fixed-term)",
)
KW, KWR = "Kōwhai Energy", "Business Analyst"
HS, HSR = "Housing Standards Authority", "Principal Policy Advisor (contract)"
PK, PKR = "Pākiki Labs", "Product Business Analyst"
OG, OGR = "Ōtautahi Grain Co-operative", "Business Analyst"
KS, KSR = "Kererū Software", "Business Analyst"
AM, AMR = "Aotea Mutual Bank", "Senior Business Analyst"
NH, NHR = "Northshore Health Partners", "Policy & Planning Advisor"
RA, RAR = "Office of the Rural Advocate", "Senior Advisor, Policy"
PH, PHR = "Port Hills District Council", "Policy Planner"
TT, TTR = "Tūī Telecom", "Business Analyst"
TG, TGR = "Tāmaki Regional Growth Agency", "Policy Advisor"
CW, CWR = "Canterbury Water Trust", "Policy Analyst"

MCMA_PU = (
    "Te Manatū Takutai Moana | Ministry of Coastal and Marine Affairs <no-reply@pageuppeople.com>"
)
MCMA_HR = "Anahera Kingi <anahera.kingi@mcma.govt.nz>"
NZRTA = "NZRTA Careers <noreply@snaphire.com>"
ARFC_WD = "ARFC Careers <arfc@myworkday.com>"

MAIL: list[dict[str, Any]] = [
    # --- alerts and listings, September -------------------------------------------------------
    m(
        "80112",
        "2025-09-02 07:05",
        "SEEK Job Mail <jobmail@s.seek.co.nz>",
        "12 new jobs for policy advisor in Wellington",
        J("alert"),
        html="""<html><body><p>Kia ora Mereana,</p><p>Here are the latest jobs matching <b>policy advisor</b> in <b>All Wellington</b>.</p>
<ul><li><a href="https://www.seek.co.nz/job/81234567">Senior Policy Advisor</a> - Te Manatū Takutai Moana - Wellington Central - $112,000 - $128,000</li>
<li><a href="https://www.seek.co.nz/job/81234702">Policy Advisor - Strategy</a> - Rimutaka Coast District Council - Masterton</li>
<li><a href="https://www.seek.co.nz/job/81233110">Advisor, Regulatory Policy</a> - Private Advertiser - Wellington</li>
<li>and 9 more</li></ul>
<p><a href="https://www.seek.co.nz/jobs">View all jobs</a> &middot; <a href="https://www.seek.co.nz/alerts">Manage your saved searches</a></p>
<p>SEEK Limited, PO Box 6240, Wellesley Street, Auckland</p></body></html>""",
    ),
    m(
        "80113",
        "2025-09-03 06:30",
        "Trade Me Jobs <noreply@trademe.co.nz>",
        "Your saved search: business analyst - 7 new listings",
        J("alert"),
        text="""Hi Mereana,

7 new listings match your saved search "business analyst" (Wellington, Canterbury):

Business Analyst - Ōtautahi Grain Co-operative - Christchurch City - Full time
Business Analyst - Tūī Telecom - Wellington - Full time
Business Analyst (contract) - confidential - Wellington - Contract/temp
Senior BA, Payments - Kiwi recruitment firm - Auckland
... and 3 more

See all: https://www.trademe.co.nz/a/jobs/saved-searches

You're getting this email because you saved a search on Trade Me Jobs. Unsubscribe any time from My Trade Me.""",
    ),
    m(
        "80114",
        "2025-09-05 09:00",
        "Public Sector Jobs Digest <digest@publicsectorjobs.nz>",
        "This week's public sector vacancies: 43 policy roles",
        J("alert"),
        html="""<html><body><h2>Weekly vacancies digest</h2><p>Roles listed across the public service this week, matching your profile <i>Policy / Strategy, Wellington</i>.</p>
<table><tr><td>Senior Policy Advisor</td><td>Ministry of Coastal and Marine Affairs</td><td>Closes 21 September</td></tr>
<tr><td>Business Analyst</td><td>New Zealand Regional Transport Agency</td><td>Closes 14 September</td></tr>
<tr><td>Senior Policy Analyst</td><td>Aotearoa Research Funding Commission</td><td>Closes 19 September</td></tr>
<tr><td>Senior Advisor, Policy</td><td>Office of the Rural Advocate</td><td>Closes 30 September</td></tr></table>
<p>Applications are made on each agency's own careers site.</p><p><a href="https://publicsectorjobs.nz/unsubscribe">Unsubscribe</a></p></body></html>""",
    ),
    # --- 2 NZRTA Business Analyst (SnapHire) ---------------------------------------------------
    m(
        "80120",
        "2025-09-08 20:41",
        NZRTA,
        "Application received - Business Analyst (Ref 4471)",
        A("confirmation", RT, RTR, 2, "other"),
        text="""Kia ora Mereana,

Thank you for applying for the Business Analyst role (Ref 4471) with the New Zealand Regional Transport Agency.

We have received your application and it will be reviewed once the advertisement closes on 14 September 2025. We aim to let all applicants know the outcome of shortlisting within three weeks of the closing date.

You can check the status of your application at any time by logging into your candidate profile.

Ngā mihi,
People & Capability
NZRTA | Te Pou Ara Whenua

This email was sent by SnapHire on behalf of NZRTA. Please do not reply to this address.""",
    ),
    m(
        "80121",
        "2025-09-24 11:16",
        "Priya Nand <priya.nand@nzrta.govt.nz>",
        "NZRTA Business Analyst - interview invitation",
        A("interview", RT, RTR, 2, "direct"),
        text="""Kia ora Mereana,

Thanks for your application for the Business Analyst position. I'm pleased to let you know you've been shortlisted, and the panel would like to meet you.

The interview will be in person at our Wellington office, Level 6, 50 Victoria Street, on Thursday 2 October at 10.00am, and will run for about an hour. The panel will be Tom Hēnare (Manager, Business Analysis), Grace Liu (Senior BA) and me.

I've sent a calendar invite separately. Please bring photo ID for reception.

Ngā mihi,
Priya Nand
Recruitment Advisor | People & Capability
New Zealand Regional Transport Agency
M 027 341 2209""",
    ),
    m(
        "80122",
        "2025-09-24 11:18",
        "Priya Nand <priya.nand@nzrta.govt.nz>",
        "Invitation: Interview - Mereana Fraser - Business Analyst @ Thu 2 Oct 2025 10am - 11am (NZDT)",
        A("interview", RT, RTR, 2, "direct"),
        text="""Priya Nand has invited you to an event.

Interview - Mereana Fraser - Business Analyst
Thursday 2 October 2025, 10:00 - 11:00 (New Zealand Time)
Level 6, 50 Victoria Street, Wellington

Join with Google Calendar: https://calendar.google.com/calendar/event?action=VIEW""",
        ics={
            "uid": "nzrta-4471-fraser@nzrta.govt.nz",
            "start": at("2025-10-02 10:00"),
            "minutes": 60,
            "organizer": ("Priya Nand", "priya.nand@nzrta.govt.nz"),
            "attendees": [
                ("Tom Hēnare", "tom.henare@nzrta.govt.nz"),
                ("Grace Liu", "grace.liu@nzrta.govt.nz"),
            ],
            "summary": "Interview - Mereana Fraser - Business Analyst",
            "location": "Level 6, 50 Victoria Street, Wellington",
            "description": "Panel interview for the Business Analyst role (Ref 4471).",
        },
    ),
    m(
        "80123",
        "2025-10-10 15:52",
        "Priya Nand <priya.nand@nzrta.govt.nz>",
        "Business Analyst (Ref 4471)",
        A("rejection", RT, RTR, 2, "direct"),
        text="""Kia ora Mereana,

Thank you for taking the time to meet with the panel last week. They really enjoyed talking with you, and your examples of requirements work on the licensing system came across very well.

This was a highly competitive round, and after a lot of deliberation the panel has decided to offer the role to another candidate whose experience with transport data was a closer fit for what the team needs right now.

I know this isn't the news you were hoping for. Tom has offered to give you feedback by phone if that would be useful - just let me know.

We'd encourage you to keep an eye on our vacancies.

Ngā mihi,
Priya Nand
Recruitment Advisor | People & Capability
New Zealand Regional Transport Agency""",
    ),
    # --- 1 MCMA Senior Policy Advisor (PageUp) --------------------------------------------------
    m(
        "80130",
        "2025-09-15 21:07",
        MCMA_PU,
        "Thank you for your application - Senior Policy Advisor (MCMA/2025/118)",
        A("confirmation", MC, MCR, 1, "other"),
        html="""<html><body><p>Tēnā koe Mereana,</p>
<p>Thank you for your application for the position of <b>Senior Policy Advisor</b>, Oceans Policy (job number MCMA/2025/118).</p>
<p>Your application has been received and will be considered by the hiring manager after the closing date. If you are not selected for the next stage we will still let you know by email.</p>
<p>To view or withdraw your application, log in to the careers portal.</p>
<p>Ngā mihi nui,<br>Recruitment Team<br>Te Manatū Takutai Moana | Ministry of Coastal and Marine Affairs</p>
<p style="font-size:10px">Powered by PageUp</p></body></html>""",
    ),
    m(
        "80131",
        "2025-10-01 10:33",
        MCMA_HR,
        "Senior Policy Advisor - next step: written exercise",
        A("assessment", MC, MCR, 1, "direct"),
        text="""Tēnā koe Mereana,

Thank you for your interest in the Senior Policy Advisor role in our Oceans Policy team. We'd like to invite you to the next stage, which is a short written exercise.

You'll receive a scenario and some background material at 9.00am on Monday 6 October and have until 9.00am on Tuesday 7 October to send back a briefing note to the Minister of no more than two pages. We're looking for clear structure, sound analysis and plain English - we don't expect you to spend more than three hours on it.

Please reply to confirm you can do it on those dates.

Ngā mihi,
Anahera Kingi
Senior Recruitment Advisor
Te Manatū Takutai Moana | Ministry of Coastal and Marine Affairs
www.mcma.govt.nz""",
    ),
    m(
        "80132",
        "2025-10-06 09:00",
        MCMA_HR,
        "RE: Senior Policy Advisor - next step: written exercise",
        A("assessment", MC, MCR, 1, "direct"),
        text="""Kia ora Mereana,

As promised, attached is the exercise pack. The scenario is about a proposed change to recreational fishing limits in the Hauraki Gulf. Please send your briefing note back to me by 9.00am tomorrow.

Good luck!

Anahera

-----Original Message-----
From: Mereana Fraser <mereana.fraser.nz@gmail.com>
Sent: Wednesday, 1 October 2025 12:14 PM
To: Anahera Kingi <anahera.kingi@mcma.govt.nz>
Subject: RE: Senior Policy Advisor - next step: written exercise

Kia ora Anahera, thanks - yes, those dates work for me. Ngā mihi, Mereana""",
        attach=[
            (
                "MCMA-written-exercise.txt",
                "text/plain",
                "Written exercise - Senior Policy Advisor. Scenario: recreational fishing limits. Deliverable: two-page briefing note.",
            )
        ],
        **reply("<80131.20251001.51@mcma.govt.nz>"),
    ),
    m(
        "80133",
        "2025-10-16 14:20",
        MCMA_HR,
        "Interview invitation - Senior Policy Advisor",
        A("interview", MC, MCR, 1, "direct"),
        text="""Tēnā koe Mereana,

The panel was impressed with your written exercise and would like to invite you to an interview.

Date: Wednesday 22 October
Time: 1.30pm - 2.30pm
Where: Microsoft Teams (link in the invite that follows)
Panel: Hemi Walker (Manager, Oceans Policy), Sophie Ng (Principal Advisor) and Rawiri Kāretu (Kaitohutohu Matua Māori)

The interview will be behavioural and include a discussion of your written exercise. You're welcome to open with a mihi if you wish.

Ngā mihi,
Anahera Kingi
Senior Recruitment Advisor | MCMA""",
    ),
    m(
        "80134",
        "2025-10-16 14:24",
        MCMA_HR,
        "Interview: Mereana Fraser - Senior Policy Advisor (Oceans Policy)",
        A("interview", MC, MCR, 1, "direct"),
        text="""Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 418 220 731 664
Passcode: Qm7tZ2

For organisers: Meeting options""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000MCMA118",
            "start": at("2025-10-22 13:30"),
            "minutes": 60,
            "organizer": ("Anahera Kingi", "anahera.kingi@mcma.govt.nz"),
            "attendees": [
                ("Hemi Walker", "hemi.walker@mcma.govt.nz"),
                ("Sophie Ng", "sophie.ng@mcma.govt.nz"),
            ],
            "summary": "Interview: Mereana Fraser - Senior Policy Advisor (Oceans Policy)",
            "location": "Microsoft Teams Meeting",
            "description": "Microsoft Teams meeting. Meeting ID: 418 220 731 664",
        },
    ),
    m(
        "80135",
        "2025-10-28 16:45",
        MCMA_HR,
        "Senior Policy Advisor - references",
        A("interview", MC, MCR, 1, "direct"),
        text="""Kia ora Mereana,

Thanks again for meeting with the panel last week. I'm pleased to say you are our preferred candidate and we'd like to move to reference checks and a short second conversation with the Deputy Secretary, Hana Pōtae, in person at our Featherston Street office on Monday 3 November at 11.00am (30 minutes).

Could you please nominate two referees, one of them a current or recent manager? You'll receive an email from Xref, the online tool we use, asking for their details.

Ngā mihi,
Anahera""",
    ),
    m(
        "80136",
        "2025-10-28 16:52",
        "Xref on behalf of MCMA <noreply@xref.com>",
        "Action required: Provide your referees for Ministry of Coastal and Marine Affairs",
        Jc("other_job", MC, MCR),
        html="""<html><body><p>Hi Mereana,</p><p><b>Ministry of Coastal and Marine Affairs</b> has asked you to provide referees for the role of <b>Senior Policy Advisor</b>.</p>
<p>Please add at least 2 referees by 31 Oct 2025. Your referees will be asked to complete a short online questionnaire.</p>
<p><a href="https://app.xref.com/candidate/7f3a91">Add referees</a></p><p>Xref - Automated reference checking</p></body></html>""",
    ),
    m(
        "80137",
        "2025-11-05 10:02",
        "Vetting Team <vetting@mcma.govt.nz>",
        "Security clearance - please complete your vetting forms",
        Jc("other_job", MC, MCR, "direct"),
        text="""Kia ora Mereana,

The Senior Policy Advisor position you're being considered for requires a Confidential security clearance. The New Zealand Security Intelligence Service carries out vetting on our behalf.

Please complete the online vetting questionnaire within 10 working days using the link below. You will need details of addresses you've lived at for the last 10 years, your travel history and two character referees.

Vetting questionnaire: https://vetting.example.govt.nz/start?ref=MCMA-7731

Please note that an offer of employment may be made conditional on the clearance being granted.

Ngā mihi,
Vetting Team
Ministry of Coastal and Marine Affairs""",
    ),
    m(
        "80138",
        "2025-11-12 17:10",
        MCMA_HR,
        "Letter of offer - Senior Policy Advisor",
        A("offer", MC, MCR, 1, "direct"),
        text="""Tēnā koe Mereana,

It's a pleasure to formally offer you the position of Senior Policy Advisor, Oceans Policy, with Te Manatū Takutai Moana.

Please find attached your letter of offer and individual employment agreement. The key terms are:
- Salary: $121,500 per annum (band 21)
- Start date: Monday 12 January 2026 (negotiable)
- KiwiSaver employer contribution: 3%
- The offer is conditional on a satisfactory security clearance.

Please read everything carefully. You're welcome to seek independent advice. If you're happy to accept, sign the acceptance page and send it back by Thursday 20 November.

We're really looking forward to having you join us.

Ngā mihi nui,
Hemi Walker
Manager, Oceans Policy
Te Manatū Takutai Moana | Ministry of Coastal and Marine Affairs""",
        cc="Anahera Kingi <anahera.kingi@mcma.govt.nz>",
        attach=[
            (
                "Letter of offer - M Fraser.txt",
                "text/plain",
                "Letter of offer. Position: Senior Policy Advisor. Salary: $121,500. Start: 12 January 2026.",
            )
        ],
    ),
    m(
        "80139",
        "2025-11-18 09:31",
        MCMA_HR,
        "RE: Letter of offer - Senior Policy Advisor",
        A("offer", MC, MCR, 1, "direct"),
        st="accepted",
        text="""Kia ora Mereana,

Thank you for returning your signed acceptance - welcome to the Ministry! I've passed it on to Hemi and to our onboarding team, who'll be in touch in December about your first day, building access and IT.

Your start date is confirmed as Monday 12 January 2026.

Ngā mihi,
Anahera

From: Mereana Fraser <mereana.fraser.nz@gmail.com>
Sent: Tuesday, 18 November 2025 8:02 AM
Subject: RE: Letter of offer - Senior Policy Advisor

Kia ora Anahera and Hemi,
I'm delighted to accept the offer. Signed copy attached.
Ngā mihi, Mereana""",
        **reply("<80138.20251112.39@mcma.govt.nz>"),
    ),
    m(
        "80140",
        "2025-12-09 13:00",
        "Onboarding <onboarding@mcma.govt.nz>",
        "Nau mai, haere mai - your first day at MCMA",
        Jc("other_job", MC, MCR, "direct"),
        text="""Kia ora Mereana,

Nau mai, haere mai! We're looking forward to welcoming you on Monday 12 January.

On your first day, please come to reception at Level 3, 86 Featherston Street at 9.00am. Hemi will meet you there. There'll be a whakatau for new starters at 10.00am.

Before then, please complete the new starter forms in the portal (IR330 tax code declaration, KiwiSaver, bank details).

Ngā mihi,
People Services
Ministry of Coastal and Marine Affairs""",
    ),
    # --- 3 Rimutaka Coast District Council (Employment Hero) ------------------------------------
    m(
        "80150",
        "2025-09-11 19:22",
        "Rimutaka Coast District Council <noreply@employmenthero.com>",
        "We've received your application",
        A("confirmation", RC, RCR, 3, "other"),
        text="""Hi Mereana,

Thanks for applying for Policy Advisor – Strategy at Rimutaka Coast District Council.

Our team will review your application and be in touch after the closing date. Unfortunately, due to the volume of applications we receive, we can't give individual feedback at the shortlisting stage.

Kind regards,
People and Culture Team
Rimutaka Coast District Council

Sent via Employment Hero""",
    ),
    m(
        "80151",
        "2025-09-30 12:40",
        "Rimutaka Coast District Council <noreply@employmenthero.com>",
        "Application update",
        A("rejection", RC, RCR, 3, "other"),
        text="""Hi Mereana,

Thank you for your interest in the Policy Advisor – Strategy role and for the time you put into your application.

We received a strong field of applicants. Unfortunately you have not been shortlisted for interview on this occasion.

We wish you all the best with your job search.

Ngā mihi,
People and Culture Team
Rimutaka Coast District Council""",
    ),
    # --- 4 ARFC Senior Policy Analyst (Workday) -------------------------------------------------
    m(
        "80160",
        "2025-09-17 22:10",
        ARFC_WD,
        "Thank you for applying - Senior Policy Analyst",
        A("confirmation", AR, ARR, 4, "workday"),
        text="""Kia ora Mereana,

Thank you for your application for Senior Policy Analyst (R-00392) at the Aotearoa Research Funding Commission.

We will review your application against the requirements of the role. If your skills and experience are a match, a member of our team will be in touch.

You can track your application in the Candidate Home section of our careers site.

Ngā mihi,
ARFC Talent Team""",
    ),
    m(
        "80161",
        "2025-10-03 09:15",
        "ARFC Talent Team <talent@arfc.govt.nz>",
        "ARFC - online assessments for Senior Policy Analyst",
        A("assessment", AR, ARR, 4, "direct"),
        text="""Kia ora Mereana,

Thanks for your interest in the Senior Policy Analyst role. As part of our process, shortlisted candidates complete two short online psychometric assessments: a verbal reasoning test (20 minutes) and a work-style questionnaire (about 25 minutes).

You'll receive an invitation from our assessment partner, Koru Assess, shortly. Please complete both by 5pm Wednesday 8 October.

Ngā mihi,
Talent Team
Te Kōmihana Pūtea Rangahau | Aotearoa Research Funding Commission""",
    ),
    m(
        "80162",
        "2025-10-03 09:16",
        "Koru Assess <invitations@koruassess.co.nz>",
        "Your assessment invitation from Aotearoa Research Funding Commission",
        A("assessment", AR, ARR, 4, "other"),
        html="""<html><body><p>Hello Mereana,</p><p>Aotearoa Research Funding Commission has invited you to complete the following assessments:</p>
<ul><li>Verbal Reasoning (20 min, timed)</li><li>Work Style Questionnaire (approx. 25 min)</li></ul>
<p>Deadline: 8 October 2025, 5:00pm NZDT</p><p><a href="https://candidate.koruassess.co.nz/c/9a82f">Start now</a></p>
<p>Tip: find a quiet place and a reliable internet connection. You can't pause the timed test.</p></body></html>""",
    ),
    m(
        "80163",
        "2025-10-14 11:30",
        "Mikaere Tuhi <mikaere.tuhi@arfc.govt.nz>",
        "Interview - Senior Policy Analyst",
        A("interview", AR, ARR, 4, "direct"),
        text="""Kia ora Mereana,

I'm the hiring manager for the Senior Policy Analyst role. Thanks for completing the assessments - we'd like to meet you in person.

Could you come in on Tuesday 21 October at 2.00pm? We're at Level 9, 1 Willis Street. Allow an hour and a quarter. There'll be a 15-minute case discussion before the interview itself.

Ngā mihi,
Mikaere Tuhi
Manager, Research Policy
ARFC""",
        ics={
            "uid": "arfc-r00392-fraser-20251021",
            "start": at("2025-10-21 14:00"),
            "minutes": 75,
            "organizer": ("Mikaere Tuhi", "mikaere.tuhi@arfc.govt.nz"),
            "summary": "ARFC interview - Mereana Fraser (Senior Policy Analyst)",
            "location": "ARFC, Level 9, 1 Willis Street, Wellington",
        },
    ),
    m(
        "80164",
        "2025-11-04 16:20",
        ARFC_WD,
        "An update on your application",
        A("rejection", AR, ARR, 4, "workday"),
        text="""Kia ora Mereana,

Thank you for your interest in the Senior Policy Analyst position at the Aotearoa Research Funding Commission, and for the effort you put into the assessments and interview.

We have now completed our process and have decided to proceed with another candidate.

We appreciated the chance to get to know you, and we'll keep your details on file for future opportunities.

Ngā mihi,
ARFC Talent Team""",
    ),
    # --- 5 Kōwhai Energy (Seek -> JobAdder) -----------------------------------------------------
    m(
        "80170",
        "2025-09-19 20:03",
        "SEEK <noreply@seek.co.nz>",
        "Your application was successfully submitted",
        A("confirmation", KW, KWR, 5, "other"),
        html="""<html><body><p>Hi Mereana,</p><p>Your application for <b>Business Analyst</b> at <b>Kōwhai Energy Limited</b> was successfully submitted.</p>
<p>Documents sent: Resume (Mereana-Fraser-CV.pdf), Cover letter</p><p>The employer may contact you directly. Track your applications in <a href="https://www.seek.co.nz/applied">Applied jobs</a>.</p>
<p>Good luck!<br>SEEK</p></body></html>""",
    ),
    m(
        "80171",
        "2025-09-19 20:05",
        "Kowhai Energy Careers <kowhaienergy@apply.jobadder.com>",
        "Thanks for your application - Business Analyst",
        A("confirmation", KW, KWR, 5, "other"),
        text="""Hi Mereana,

Thanks for applying for the Business Analyst role with us. We've received your application and our talent team will be in touch if you're shortlisted.

Cheers,
Talent Team
Kōwhai | powering Aotearoa""",
    ),
    m(
        "80172",
        "2025-10-09 12:12",
        "Jess Parata <jess.parata@kowhai.energy>",
        "Business Analyst role - quick chat?",
        A("interview", KW, KWR, 5, "direct"),
        text="""Hi Mereana,

Thanks for applying for the BA role on our retail billing team. I'd love to set up a 30-minute Teams call to talk through the role and your background. Would Wednesday 15 Oct at 9.30am suit?

Cheers,
Jess Parata
Talent Partner
Kōwhai Energy Limited | 21 Grey Street, Wellington""",
    ),
    m(
        "80173",
        "2025-10-09 15:40",
        "Jess Parata <jess.parata@kowhai.energy>",
        "Kōwhai Energy: BA screening call (Teams)",
        A("interview", KW, KWR, 5, "direct"),
        text="Invite for our chat on Wednesday. Teams link inside.\n\nJess",
        ics={
            "uid": "kowhai-ba-screen-mfraser",
            "start": at("2025-10-15 09:30"),
            "minutes": 30,
            "organizer": ("Jess Parata", "jess.parata@kowhai.energy"),
            "summary": "Kōwhai Energy: BA screening call - Mereana Fraser",
            "location": "Microsoft Teams Meeting",
            "description": "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kowhai",
        },
    ),
    m(
        "80174",
        "2025-10-20 10:05",
        "Jess Parata <jess.parata@kowhai.energy>",
        "Next stage - panel interview, Business Analyst",
        A("interview", KW, KWR, 5, "direct"),
        text="""Hi Mereana,

Great to chat last week. The hiring manager, Daniel Brook, would like you to come in for a panel interview on Tuesday 11 November at 10.00am at our Grey Street office. It'll include a 20-minute process-mapping exercise on the whiteboard - nothing to prepare in advance.

Calendar invite to follow.

Cheers,
Jess""",
    ),
    m(
        "80175",
        "2025-11-19 08:47",
        "Jess Parata <jess.parata@kowhai.energy>",
        "RE: Withdrawing my application - Business Analyst",
        A("confirmation", KW, KWR, 5, "direct"),
        st="withdrawn",
        text="""Hi Mereana,

Thanks for letting me know, and congratulations on the new role - that's great news. I've withdrawn your application from our process. Daniel said he enjoyed meeting you, so don't be a stranger.

All the best,
Jess

On Tue, 18 Nov 2025 at 21:15, Mereana Fraser <mereana.fraser.nz@gmail.com> wrote:
> Hi Jess,
> I wanted to let you know I've accepted a role elsewhere, so I'd like to withdraw from the Business Analyst process. Thanks so much for your time.
> Ngā mihi, Mereana""",
    ),
    # --- 7 Pākiki Labs (Greenhouse, Auckland) ---------------------------------------------------
    m(
        "80180",
        "2025-09-22 13:44",
        "Pākiki Labs <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Pākiki Labs!",
        A("confirmation", PK, PKR, 7, "greenhouse"),
        text="""Hi Mereana,

Thanks for your interest in Pākiki Labs! We've received your application for the Product Business Analyst role (Auckland / hybrid).

Our team reads every application. If there's a match we'll reach out to schedule a chat - if not, we'll still let you know.

Ka kite,
The Pākiki People Team""",
    ),
    m(
        "80181",
        "2025-10-13 10:20",
        "Pākiki Labs <no-reply@us.greenhouse-mail.io>",
        "Your application for Product Business Analyst",
        A("rejection", PK, PKR, 7, "greenhouse"),
        text="""Hi Mereana,

Thanks again for applying for Product Business Analyst at Pākiki Labs. We loved reading about your work on regulatory impact statements - it's not something we see every day.

We've decided to move forward with candidates whose experience is more closely aligned to the needs of the role right now, so we won't be progressing your application.

We hope our paths cross again.

The Pākiki People Team""",
    ),
    # --- 8 Ōtautahi Grain Co-operative (Trade Me, ghosted) -----------------------------------------
    m(
        "80185",
        "2025-09-25 21:30",
        "Trade Me Jobs <noreply@trademe.co.nz>",
        "Application sent: Business Analyst",
        A("confirmation", OG, OGR, 8, "other"),
        text="""Hi Mereana,

Your application for Business Analyst (Christchurch City) has been sent to Ōtautahi Grain Co-operative Limited.

What happens next? The advertiser will review applications and contact you directly if they'd like to talk. You can view the listing and your application under My Trade Me > Jobs > Applications.

Good luck!
Trade Me Jobs""",
    ),
    # --- 9 Kererū Software (Teamtailor, founder Gmail) -----------------------------------------
    m(
        "80190",
        "2025-09-29 14:05",
        "Kererū Software <no-reply@teamtailor-mail.com>",
        "Thanks for your application, Mereana!",
        A("confirmation", KS, KSR, 9, "teamtailor"),
        html="""<html><body><h3>Kia ora Mereana!</h3><p>Thanks for applying for the <b>Business Analyst</b> position at Kererū Software. We're a small team, so we'll get back to you personally within two weeks.</p>
<p>In the meantime, check out <a href="https://kereru.teamtailor.com/">life at Kererū</a>.</p><p>Ngā mihi,<br>Kererū Software</p></body></html>""",
    ),
    m(
        "80191",
        "2025-10-07 22:18",
        "Sam Whitcombe <sam.whitcombe.nz@gmail.com>",
        "Coffee? re BA role",
        A("interview", KS, KSR, 9, "direct"),
        text="""Hey Mereana,

Sam here, one of the co-founders at Kererū. Sorry for writing from my personal address, work email is playing up. Loved your application. Keen to grab a coffee and talk about the BA role - we're trying to work out how to sell our consenting software to councils and your background is exactly the other side of the table.

How's Friday 10 October, 8am at Customs on Ghuznee St?

Sam
(sent from my phone)""",
    ),
    m(
        "80192",
        "2025-10-21 19:55",
        "Sam Whitcombe <sam.whitcombe.nz@gmail.com>",
        "Re: Coffee? re BA role",
        A("rejection", KS, KSR, 9, "direct"),
        text="""Hi Mereana,

Thanks heaps for your time the other week, I really enjoyed it. Bad news, sorry: we've had to rethink the hire. Our investors want us to bring on a second developer before anyone else, so we're not going ahead with the BA role for now - and honestly when we do, we'll probably need someone more technical than the role we advertised.

I'd hate to lose touch. Let's stay connected on LinkedIn.

Sam

On Tue, 7 Oct 2025 at 22:18, Sam Whitcombe <sam.whitcombe.nz@gmail.com> wrote:
> How's Friday 10 October, 8am at Customs on Ghuznee St?""",
    ),
    # --- 10 Aotea Mutual Bank (LinkedIn) -------------------------------------------------------
    m(
        "80200",
        "2025-10-02 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mereana, your application was sent to Aotea Mutual Bank",
        A("confirmation", AM, AMR, 10, "linkedin"),
        html="""<html><body><p>Your application was sent to Aotea Mutual Bank</p><p><b>Senior Business Analyst</b><br>Aotea Mutual Bank · Auckland, New Zealand (Hybrid)</p>
<p>Applied on 2 Oct 2025</p><p><a href="https://www.linkedin.com/jobs/view/4311227781">View job</a></p><p>© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p></body></html>""",
    ),
    m(
        "80201",
        "2025-10-06 17:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Aotea Mutual Bank",
        A("viewed", AM, AMR, 10, "linkedin"),
        html="""<html><body><p>Good news, Mereana. Aotea Mutual Bank viewed your application for <b>Senior Business Analyst</b>.</p><p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your applications</a></p></body></html>""",
    ),
    m(
        "80202",
        "2025-10-24 09:48",
        "Aotea Mutual Bank <careers@aoteamutual.co.nz>",
        "Senior Business Analyst - Aotea Mutual",
        A("rejection", AM, AMR, 10, "direct"),
        text="""Dear Mereana,

Thank you for applying for the Senior Business Analyst role in our Auckland team.

We've reviewed all applications and, while your experience is impressive, we are looking for someone with a deeper background in banking systems. We won't be taking your application further.

We appreciate your interest in Aotea Mutual and wish you well.

Regards,
Talent Acquisition
Aotea Mutual Bank Limited""",
    ),
    # --- 11 Northshore Health Partners (Indeed, ghosted) ---------------------------------------
    m(
        "80205",
        "2025-10-04 11:02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Policy & Planning Advisor",
        A("confirmation", NH, NHR, 11, "indeed"),
        html="""<html><body><p><b>Application submitted</b></p><p>Policy &amp; Planning Advisor<br>Northshore Health Partners - Takapuna, Auckland</p>
<p>The following items were sent to Northshore Health Partners: Name, Email, Phone, CV</p><p>Good luck with your application!</p><p>Indeed</p></body></html>""",
    ),
    # --- 12 Office of the Rural Advocate (SnapHire) --------------------------------------------
    m(
        "80210",
        "2025-09-27 16:20",
        "Office of the Rural Advocate <noreply@snaphire.com>",
        "Your application for Senior Advisor, Policy",
        A("confirmation", RA, RAR, 12, "other"),
        text="""Tēnā koe Mereana,

Thank you for submitting your application for the role of Senior Advisor, Policy.

Applications close on 30 September. We will review all applications after the closing date and will contact you about the outcome, whether or not you are shortlisted.

Ngā mihi,
Office of the Rural Advocate
Te Tari Kaitaunaki Taiwhenua""",
    ),
    m(
        "80211",
        "2025-10-08 12:30",
        "Lucy Donnelly <lucy.donnelly@ruraladvocate.govt.nz>",
        "Senior Advisor, Policy - shortlisting",
        A("assessment", RA, RAR, 12, "direct"),
        text="""Kia ora Mereana,

Congratulations, you've been shortlisted for the Senior Advisor, Policy role. Before interviews we ask candidates to complete a short written task: a one-page summary of the attached submission with three recommendations for the Advocate. Please return it by 5pm Tuesday 14 October.

If your written task is successful we'll invite you to an interview in Wellington the week after.

Ngā mihi,
Lucy Donnelly
Corporate Services Manager""",
        attach=[
            (
                "written-task.txt",
                "text/plain",
                "Written task: summarise the attached submission on rural broadband and make three recommendations.",
            )
        ],
    ),
    m(
        "80212",
        "2025-10-16 10:00",
        "Lucy Donnelly <lucy.donnelly@ruraladvocate.govt.nz>",
        "Interview confirmation - Thursday 23 October 3pm",
        A("interview", RA, RAR, 12, "direct"),
        text="""Kia ora Mereana,

Thanks for your written task. The panel would like to interview you on Thursday 23 October at 3.00pm, at our office, Level 2, 15 Brandon Street. It's a small office so just knock!

The panel will be the Rural Advocate, Ian Murchison, and me.

Ngā mihi,
Lucy""",
        ics={
            "uid": "ora-senioradvisor-fraser",
            "start": at("2025-10-23 15:00"),
            "minutes": 60,
            "organizer": ("Lucy Donnelly", "lucy.donnelly@ruraladvocate.govt.nz"),
            "summary": "Interview - Mereana Fraser",
            "location": "Level 2, 15 Brandon Street, Wellington",
        },
    ),
    m(
        "80213",
        "2025-11-03 14:15",
        "Lucy Donnelly <lucy.donnelly@ruraladvocate.govt.nz>",
        "Senior Advisor, Policy - outcome",
        A("rejection", RA, RAR, 12, "direct"),
        text="""Kia ora Mereana,

Thank you for interviewing with us. Ian and I both appreciated your thoughtful answers, and your written task was one of the strongest we received.

In the end we have appointed a candidate with more direct experience in the primary sector. I'm sorry to be passing on disappointing news.

Please do apply again if something suitable comes up.

Ngā mihi,
Lucy Donnelly
Office of the Rural Advocate""",
    ),
    # --- 13 Port Hills District Council (PageUp, Christchurch) ------------------------------------
    m(
        "80220",
        "2025-10-05 18:40",
        "Port Hills District Council <no-reply@pageuppeople.com>",
        "Application acknowledgement - Policy Planner",
        A("confirmation", PH, PHR, 13, "other"),
        text="""Dear Mereana,

Thank you for applying for the Policy Planner position (Job no. PHDC1042).

Your application has been received. We'll be in touch once shortlisting is complete, which is usually within two weeks of the closing date. If you are unsuccessful at this stage you will be notified by email.

Kind regards,
Recruitment Team
Port Hills District Council | Christchurch""",
    ),
    m(
        "80221",
        "2025-10-27 09:05",
        "Port Hills District Council <no-reply@pageuppeople.com>",
        "Your application for Policy Planner (PHDC1042)",
        A("rejection", PH, PHR, 13, "other"),
        text="""Dear Mereana,

Thank you for your interest in working with Port Hills District Council.

We have now completed shortlisting for the Policy Planner position and unfortunately you have not been shortlisted on this occasion. We received 61 applications, many of a high standard.

We appreciate the time you took to apply and encourage you to look at future vacancies.

Kind regards,
Recruitment Team""",
    ),
    # --- 15 Tūī Telecom (Workday, ghosted) -------------------------------------------------------
    m(
        "80225",
        "2025-10-07 20:20",
        "Tui Telecom <tuitelecom@myworkday.com>",
        "Application Received",
        A("confirmation", TT, TTR, 15, "workday"),
        text="""Hi Mereana,

We've received your application for the Business Analyst position (JR-20931).

Our Talent Acquisition team will review your experience and get in touch if it matches the needs of the role.

Thanks,
Tūī Telecom Talent Acquisition""",
    ),
    # --- 16 Tāmaki Regional Growth Agency (SmartRecruiters, Auckland) ---------------------------
    m(
        "80230",
        "2025-10-10 09:45",
        "TRGA <noreply@smartrecruiters.com>",
        "Thank you for your application to TRGA",
        A("confirmation", TG, TGR, 16, "smartrecruiters"),
        text="""Dear Mereana,

Thank you for your interest in Tāmaki Regional Growth Agency! We have received your application for the position of Policy Advisor.

Our recruitment team will review your profile, and if you are selected to move forward, we'll be in contact to discuss next steps.

Best regards,
TRGA Recruitment""",
    ),
    m(
        "80231",
        "2025-10-22 14:00",
        "Arjun Mehta <arjun.mehta@trga.co.nz>",
        "Policy Advisor - phone/Teams interview",
        A("interview", TG, TGR, 16, "direct"),
        text="""Hi Mereana,

Thanks for your application. I'd like to set up a 45-minute Teams interview with you and Caroline Seu'ula, our Head of Policy, since you're based in Wellington. I've sent an invite for Tuesday 28 October at 11.00am - let me know if that doesn't work.

Regards,
Arjun Mehta
Recruitment Partner
Tāmaki Regional Growth Agency""",
        ics={
            "uid": "trga-pa-fraser-1028",
            "start": at("2025-10-28 11:00"),
            "minutes": 45,
            "organizer": ("Arjun Mehta", "arjun.mehta@trga.co.nz"),
            "attendees": [("Caroline Seu'ula", "caroline.seuula@trga.co.nz")],
            "summary": "TRGA Policy Advisor interview - Mereana Fraser",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "80232",
        "2025-11-07 16:30",
        "TRGA <noreply@smartrecruiters.com>",
        "Update on your application",
        A("rejection", TG, TGR, 16, "smartrecruiters"),
        text="""Dear Mereana,

Thank you for taking the time to interview for the Policy Advisor position. It was a pleasure to learn more about your skills and accomplishments.

Unfortunately, we have decided to move forward with a candidate based in Auckland who can start immediately.

We wish you every success in your career.

Best regards,
TRGA Recruitment""",
    ),
    # --- 17 Canterbury Water Trust (Teamtailor) --------------------------------------------------
    m(
        "80235",
        "2025-10-12 10:10",
        "Canterbury Water Trust <no-reply@teamtailor-mail.com>",
        "Application received: Policy Analyst",
        A("confirmation", CW, CWR, 17, "teamtailor"),
        text="""Kia ora Mereana,

Thanks for applying for Policy Analyst with Canterbury Water Trust. We'll review applications as they come in and aim to reply within ten working days.

Ngā mihi,
Canterbury Water Trust""",
    ),
    m(
        "80236",
        "2025-10-29 13:25",
        "Canterbury Water Trust <no-reply@teamtailor-mail.com>",
        "Policy Analyst at Canterbury Water Trust",
        A("rejection", CW, CWR, 17, "teamtailor"),
        text="""Kia ora Mereana,

Thank you so much for applying. Your application was genuinely strong and the team enjoyed reading it.

We've decided to prioritise applicants who are based in Canterbury and can be in the office most days, so we won't be progressing you to interview.

Ngā mihi nui, and all the best,
Canterbury Water Trust""",
    ),
    # --- 18 NZRTA Senior Policy Advisor (re-application) ----------------------------------------
    m(
        "80240",
        "2025-10-26 21:12",
        NZRTA,
        "Application received - Senior Policy Advisor (Ref 4530)",
        A("confirmation", RT, RTR2, 18, "other"),
        text="""Kia ora Mereana,

Thank you for applying for the Senior Policy Advisor role (Ref 4530) with the New Zealand Regional Transport Agency.

We have received your application and it will be reviewed once the advertisement closes on 2 November 2025.

Ngā mihi,
People & Capability
NZRTA | Te Pou Ara Whenua

This email was sent by SnapHire on behalf of NZRTA. Please do not reply to this address.""",
    ),
    m(
        "80241",
        "2025-11-26 15:05",
        NZRTA,
        "Your application with NZRTA",
        A("rejection", RT, RTR2, 18, "other"),
        text="""Kia ora Mereana,

Thank you for applying for the Senior Policy Advisor role (Ref 4530).

We received a large number of applications. After careful consideration, unfortunately you have not been shortlisted for interview.

Thank you for your interest in working at NZRTA.

Ngā mihi,
People & Capability""",
    ),
    # --- more job alerts, nudges, talent community ---------------------------------------------
    m(
        "80250",
        "2025-09-12 18:00",
        "Tui Telecom <tuitelecom@myworkday.com>",
        "You have an application in progress",
        J("alert", "workday"),
        text="""Hi Mereana,

You started an application for Business Analyst but haven't submitted it yet. Your progress has been saved - pick up where you left off in Candidate Home.

Tūī Telecom Talent Acquisition""",
    ),
    m(
        "80251",
        "2025-09-16 07:05",
        "SEEK Job Mail <jobmail@s.seek.co.nz>",
        "9 new jobs for business analyst in Wellington",
        J("alert"),
        html="""<html><body><p>Jobs for <b>business analyst</b> in All Wellington</p><ul><li>Business Analyst - Kōwhai Energy Limited - Wellington Central</li><li>Business Analyst - Lime &amp; Co Recruitment - Lower Hutt</li><li>Senior Business Analyst - Private Advertiser - Wellington</li></ul><p><a href="https://www.seek.co.nz/jobs">See all 9 jobs</a></p></body></html>""",
    ),
    m(
        "80252",
        "2025-09-30 07:05",
        "SEEK Job Mail <jobmail@s.seek.co.nz>",
        "New jobs for policy advisor in Auckland",
        J("alert"),
        html="""<html><body><p>Jobs for <b>policy advisor</b> in All Auckland</p><ul><li>Policy Advisor - Tāmaki Regional Growth Agency - Auckland CBD</li><li>Policy &amp; Planning Advisor - Northshore Health Partners - North Shore</li><li>Senior Advisor Policy - Private Advertiser - Auckland</li></ul><p><a href="https://www.seek.co.nz/jobs">See all jobs</a></p></body></html>""",
    ),
    m(
        "80253",
        "2025-10-01 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“business analyst”: Aotea Mutual Bank - Senior Business Analyst and more",
        J("alert", "linkedin"),
        html="""<html><body><p>Your job alert for <b>business analyst</b> in New Zealand</p><p>Senior Business Analyst · Aotea Mutual Bank · Auckland (Hybrid) · Easy Apply</p><p>Business Analyst · Pākiki Labs · Auckland</p><p>Business Analyst · Larrikin Pay · Sydney (Remote)</p><p><a href="https://www.linkedin.com/jobs/search">See all jobs</a></p></body></html>""",
    ),
    m(
        "80254",
        "2025-10-03 06:30",
        "Trade Me Jobs <noreply@trademe.co.nz>",
        "Your saved search: policy - 4 new listings",
        J("alert"),
        text="""Hi Mereana,

4 new listings match your saved search "policy" (Wellington):

Policy Planner - Port Hills District Council - Christchurch
Senior Policy Analyst - confidential - Wellington
Policy Advisor (fixed term) - Hutt Valley community trust - Lower Hutt
Regulatory Advisor - Wellington

See all: https://www.trademe.co.nz/a/jobs/saved-searches""",
    ),
    m(
        "80255",
        "2025-10-14 21:00",
        "Indeed <alert@indeed.com>",
        "policy analyst jobs in Wellington: 15 new jobs",
        J("alert", "indeed"),
        html="""<html><body><p>15 new <b>policy analyst</b> jobs in Wellington</p><ul><li>Policy Analyst - Canterbury Water Trust - Christchurch - Easily apply</li><li>Senior Policy Analyst - Hutt Valley employer - Lower Hutt</li></ul><p><a href="https://nz.indeed.com/jobs">View all</a></p></body></html>""",
    ),
    m(
        "80256",
        "2025-10-18 12:00",
        "Aotearoa Research Funding Commission <arfc@myworkday.com>",
        "Welcome to the ARFC Talent Community",
        J("alert", "workday"),
        text="""Kia ora Mereana,

Thanks for joining the Aotearoa Research Funding Commission Talent Community. We'll send you new roles that match your interests (Policy, Analysis, Research) as they come up.

You can update your preferences or leave the community at any time from Candidate Home.

Ngā mihi,
ARFC Talent Team""",
    ),
    m(
        "80257",
        "2025-11-02 09:00",
        "Public Sector Jobs Digest <digest@publicsectorjobs.nz>",
        "This week's public sector vacancies: 38 policy roles",
        J("alert"),
        html="""<html><body><h2>Weekly vacancies digest</h2><table><tr><td>Principal Advisor, Strategy</td><td>Ministry of Coastal and Marine Affairs</td></tr><tr><td>Senior Policy Advisor</td><td>New Zealand Regional Transport Agency</td></tr><tr><td>Business Analyst (fixed-term)</td><td>Aotearoa Research Funding Commission</td></tr></table><p><a href="https://publicsectorjobs.nz/unsubscribe">Unsubscribe</a></p></body></html>""",
    ),
    m(
        "80258",
        "2025-11-10 07:05",
        "SEEK Job Mail <jobmail@s.seek.co.nz>",
        "6 new jobs for policy advisor in Wellington",
        J("alert"),
        html="""<html><body><p>Jobs for <b>policy advisor</b> in All Wellington</p><ul><li>Senior Policy Advisor - Te Tūāpapa (via Beacon Talent) - Wellington Central</li><li>Policy Advisor, Water - Private Advertiser - Wellington</li></ul><p><a href="https://www.seek.co.nz/jobs">See all 6 jobs</a></p></body></html>""",
    ),
    m(
        "80259",
        "2025-11-24 19:30",
        "SEEK <noreply@seek.co.nz>",
        "Mereana, employers are looking at profiles like yours",
        J("alert"),
        html="""<html><body><p>Hi Mereana,</p><p>Your SEEK Profile appeared in 14 employer searches last week. Keep it up to date to make sure you're found - add your latest role and set your availability.</p><p><a href="https://www.seek.co.nz/profile">Update your profile</a></p></body></html>""",
    ),
    m(
        "80260",
        "2025-12-01 06:30",
        "Trade Me Jobs <noreply@trademe.co.nz>",
        "Your saved search: business analyst - 3 new listings",
        J("alert"),
        text="""Hi Mereana,

3 new listings match your saved search "business analyst":

Business Analyst - Ōtautahi Grain Co-operative - Christchurch City (re-listed)
Junior BA - Wellington
Business Analyst, Data - Palmerston North

See all: https://www.trademe.co.nz/a/jobs/saved-searches""",
    ),
    m(
        "80261",
        "2026-01-20 07:05",
        "SEEK Job Mail <jobmail@s.seek.co.nz>",
        "New jobs for policy advisor in Wellington",
        J("alert"),
        html="""<html><body><p>Jobs for <b>policy advisor</b> in All Wellington</p><ul><li>Principal Policy Advisor - Housing Standards Authority - Wellington Central</li><li>Policy Advisor - Rimutaka Coast District Council - Masterton</li></ul><p><a href="https://www.seek.co.nz/alerts">Pause this alert</a></p></body></html>""",
    ),
    m(
        "80176",
        "2025-10-20 10:12",
        "Jess Parata <jess.parata@kowhai.energy>",
        "Invitation: Panel interview - Business Analyst (Mereana Fraser) @ Tue 11 Nov 2025 10am - 11:15am (NZDT)",
        A("interview", KW, KWR, 5, "direct"),
        text="""Jess Parata has invited you to an event.

Panel interview - Business Analyst (Mereana Fraser)
Tuesday 11 November 2025, 10:00 - 11:15
Kōwhai Energy, Level 5, 21 Grey Street, Wellington""",
        ics={
            "uid": "kowhai-ba-panel-mfraser",
            "start": at("2025-11-11 10:00"),
            "minutes": 75,
            "organizer": ("Jess Parata", "jess.parata@kowhai.energy"),
            "attendees": [("Daniel Brook", "daniel.brook@kowhai.energy")],
            "summary": "Panel interview - Business Analyst (Mereana Fraser)",
            "location": "Level 5, 21 Grey Street, Wellington",
        },
    ),
    m(
        "80177",
        "2025-09-23 12:40",
        "SEEK <noreply@seek.co.nz>",
        "Kōwhai Energy Limited viewed your application",
        A("viewed", KW, KWR, 5, "other"),
        html="""<html><body><p>Hi Mereana,</p><p>Your application for <b>Business Analyst</b> was viewed by <b>Kōwhai Energy Limited</b> on 23 Sep 2025.</p><p>Viewed doesn't mean shortlisted - employers often review applications more than once.</p><p><a href="https://www.seek.co.nz/applied">Applied jobs</a></p></body></html>""",
    ),
    m(
        "80178",
        "2025-11-04 18:20",
        "Xref <noreply@xref.com>",
        "Your references are complete",
        Jc("other_job", MC, MCR),
        text="""Hi Mereana,

Good news - both of your referees have completed their references for Ministry of Coastal and Marine Affairs (Senior Policy Advisor). The results have been sent to the hiring team.

Thanks for using Xref.""",
    ),
    m(
        "80179",
        "2025-09-10 09:30",
        "Employment Hero <no-reply@employmenthero.com>",
        "Finish setting up your candidate profile",
        J("alert"),
        text="""Hi Mereana,

You're nearly there! Add your work history and upload your CV to your Employment Hero profile so employers can find you, and applying next time takes one click.

Complete profile: https://jobs.employmenthero.com/profile

The Employment Hero team""",
    ),
    m(
        "80262",
        "2025-10-27 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for “policy advisor” in Wellington",
        J("alert", "linkedin"),
        html="""<html><body><p>Your job alert for <b>policy advisor</b> in Wellington, New Zealand</p><p>Senior Policy Advisor · New Zealand Regional Transport Agency · Wellington · Promoted</p><p>Principal Advisor · Harakeke Insurance Limited · Wellington</p><p>Policy Analyst · Canterbury Water Trust · Christchurch</p></body></html>""",
    ),
    m(
        "80263",
        "2025-12-17 11:00",
        "Nikau Reid <nikau.reid@capitalrecruitment.co.nz>",
        "Happy holidays from Capital Recruitment",
        J("other_job", "agency"),
        html="""<html><body><p>Meri Kirihimete from all of us at Capital Recruitment Group!</p><p>Our office closes on 23 December and reopens on 12 January. Thinking about a move in 2026? Our salary guide is out now.</p></body></html>""",
    ),
    # --- recruiter outreach (NZ) ---------------------------------------------------------------
    m(
        "80270",
        "2025-10-15 10:40",
        "Hamish Kerr <hamish@lime-and-co.co.nz>",
        "BA opportunities in Wellington",
        J("outreach", "agency"),
        text="""Hi Mereana,

I came across your profile on LinkedIn and wanted to reach out. I recruit BAs and policy people across the Wellington public sector and have a few contract roles coming up before Christmas (3-6 months, $85-$100/hr).

Would you be open to a quick call this week?

Cheers,
Hamish Kerr
Senior Consultant
Lime & Co Recruitment | Wellington
027 555 0192""",
    ),
    m(
        "80271",
        "2025-11-21 09:15",
        "Hamish Kerr <hamish@lime-and-co.co.nz>",
        "Automatic reply: BA opportunities in Wellington",
        J("other_job", "agency"),
        text="""Kia ora, thanks for your email.

I'm on leave until Monday 1 December with limited access to email. For anything urgent please contact our Wellington office on 04 472 1180 or wellington@lime-and-co.co.nz.

Ngā mihi,
Hamish""",
    ),
    m(
        "80272",
        "2025-11-03 13:05",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Mereana, Rachel sent you a message about a Principal Advisor role",
        J("outreach", "linkedin"),
        html="""<html><body><p><b>Rachel Oduya</b> · Talent Acquisition Lead at Harakeke Insurance Limited</p><p>Hi Mereana - we're building out a regulatory strategy team in Wellington and your mix of policy and BA experience caught my eye. Would you be open to a confidential chat about a Principal Advisor role?</p><p><a href="https://www.linkedin.com/messaging/">Reply</a></p></body></html>""",
    ),
]
