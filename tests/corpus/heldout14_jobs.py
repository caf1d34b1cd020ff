"""Job mail of the fourteenth held-out corpus, Ireland and UK, in English (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, IST = "+0000", "+0100"

SB = "St Brigid's University Hospital"
CNM2 = "Clinical Nurse Manager 2"
LVC = "Liffey Valley Clinic"
PSM = "Patient Services Manager"
MS = "Medisync"
CIS = "Clinical Implementation Specialist"
CPS = "Clinical Product Specialist"
BR = "Beacon Ridge Hospital Group"
CINS = "Clinical Informatics Nurse Specialist"
NG = "Northgate Pharma"
COA = "Clinical Operations Associate"
MA = "Mount Anville Private Hospital"
ANM = "Assistant Director of Nursing"
NP = "North Pennine NHS Foundation Trust"
CSL = "Clinical Systems Lead"
TH = "Thameside University Hospitals NHS Trust"
DN = "Digital Nurse Specialist"
GC = "Grand Canal Care Homes"
DON = "Director of Nursing"
VH = "Veralis Health"
CIA = "Clinical Informatics Analyst"
GL = "Glasnevin Medical Group"
PM = "Practice Manager"
CM = "Caremap"
CLEAD = "Clinical Lead"
KD = "Kestrel Diagnostics"
QPS = "Quality and Patient Safety Coordinator"
HM = "Halden MedTech"
CES = "Clinical Education Specialist"
PH = "Pennant Healthcare"
CGM = "Clinical Governance Manager"

SIG_SB = """
Orla Kavanagh
HR Officer, Recruitment
St Brigid's University Hospital, Eccles Road, Dublin 7
T: 01 809 4400 ext 2215
"""

MAIL: list[dict[str, Any]] = [
    # 1 St Brigid's, Rezoomo: confirmation, interview by HR, short reply, rejection
    m(
        "14001",
        "2026-01-07 11:20",
        "St Brigid's University Hospital <noreply@rezoomo.com>",
        "Application received - Clinical Nurse Manager 2, Acute Medical Unit",
        ("confirmation", SB, CNM2, 1, "other", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hi Aoife,</p>
<p>Thanks for applying for the <b>Clinical Nurse Manager 2, Acute Medical Unit</b> (Ref: SBUH-CNM2-0126)
position with St Brigid's University Hospital.</p>
<p>Your application has been received and will be reviewed by the hiring team. Shortlisting for this
campaign is expected to take place after the closing date of 23rd January 2026.</p>
<p>You can view your application on your <a href="https://www.rezoomo.com/candidate/applications">Rezoomo
dashboard</a>.</p>
<p>Kind regards,<br>The Recruitment Team<br>St Brigid's University Hospital</p>
<p style="font-size:11px;color:#999">Powered by Rezoomo</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14002",
        "2026-02-03 15:48",
        "Orla Kavanagh <orla.kavanagh@sbuh-health.ie>",
        "CNM2 AMU - shortlisting outcome",
        ("interview", SB, CNM2, 1, "direct", "en"),
        text="""Dear Aoife,

I am pleased to let you know that following shortlisting you have been selected for interview
for the post of Clinical Nurse Manager 2, Acute Medical Unit (SBUH-CNM2-0126).

Interviews will be competency based and will take place in the Education Centre, Level 2,
on Tuesday 17th or Wednesday 18th February. The board will focus on the following
competencies: Leadership and Staff Management, Planning and Organising, Building and
Maintaining Relationships, and Professional Knowledge and Evidence Based Practice.

Could you let me know which day suits, and whether a morning or afternoon slot is better?
Please bring photo ID and your NMBI registration.

Kind regards,
"""
        + SIG_SB,
        tz=GMT,
    ),
    m(
        "14003",
        "2026-02-04 09:12",
        "Orla Kavanagh <orla.kavanagh@sbuh-health.ie>",
        "RE: CNM2 AMU - shortlisting outcome",
        ("interview", SB, CNM2, 1, "direct", "en"),
        text="""Hi Aoife,

Perfect - I have you down for Tuesday 17th at 3pm. Please arrive 15 minutes early and
report to reception in the Education Centre.

Orla

> Thanks Orla, Tuesday afternoon would suit me best.
"""
        + SIG_SB,
        tz=GMT,
        **reply("14002", "orla.kavanagh@sbuh-health.ie"),
    ),
    m(
        "14004",
        "2026-02-26 17:05",
        "Orla Kavanagh <orla.kavanagh@sbuh-health.ie>",
        "Your recent interview",
        ("rejection", SB, CNM2, 1, "direct", "en"),
        text="""Dear Aoife,

Thank you for attending for interview on 17th February. The board asked me to pass on that
they were very impressed by your examples of leading the falls-prevention project on St
Luke's ward, and by your knowledge of the nursing metrics.

Unfortunately, on this occasion you were not placed on the panel for this post. Feedback is
available on request from the Director of Nursing's office.

We would encourage you to apply for future campaigns.

Kind regards,
"""
        + SIG_SB,
        tz=GMT,
    ),
    # 2 Liffey Valley Clinic via IrishJobs: confirmation, employer viewed, rejection (short)
    m(
        "14005",
        "2026-01-12 20:31",
        "IrishJobs.ie <noreply@irishjobs.ie>",
        "Your application for Patient Services Manager has been sent",
        ("confirmation", LVC, PSM, 2, "other", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife,</p>
<p>Good news - your application has been sent.</p>
<table><tr><td><b>Patient Services Manager</b><br>Liffey Valley Clinic<br>Dublin 22 &middot; Permanent &middot; Full time</td></tr></table>
<p>What happens next? The recruiter will review your CV and get in touch if you're a good match.
In the meantime, why not <a href="https://www.irishjobs.ie/jobs/patient-services-manager">see similar jobs</a>?</p>
<p>Good luck!<br>The IrishJobs.ie team</p>
<p style="font-size:11px">You're receiving this email because you applied for a job on IrishJobs.ie.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14006",
        "2026-01-19 08:02",
        "IrishJobs.ie <noreply@irishjobs.ie>",
        "A recruiter has looked at your CV",
        ("viewed", LVC, PSM, 2, "other", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife,</p>
<p>Your application for <b>Patient Services Manager</b> at Liffey Valley Clinic was viewed by the
recruiter on 18 Jan.</p>
<p><a href="https://www.irishjobs.ie/candidate/applications">Track your applications</a></p>
<p>The IrishJobs.ie team</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14007",
        "2026-02-09 12:40",
        "HR LVC <hr@lvcgroup.ie>",
        "Patient Services Manager",
        ("rejection", LVC, PSM, 2, "direct", "en"),
        text="""Dear Aoife

Thank you for applying for the position of Patient Services Manager. We had a very strong
response to this role and, having reviewed all applications, we will not be taking your
application further at this time.

We will retain your details on file for six months in line with our data protection policy.

Regards
Human Resources
Liffey Valley Clinic | LVC Group
""",
        tz=GMT,
    ),
    # 3 Medisync, Greenhouse: confirmation, take-home case, interview invite, rejection
    m(
        "14008",
        "2026-01-14 10:03",
        "Medisync Hiring <no-reply@greenhouse.io>",
        "Thank you for applying to Medisync",
        ("confirmation", MS, CIS, 3, "greenhouse", "en"),
        text="""Hi Aoife,

Thank you for your interest in Medisync! We've received your application for the Clinical
Implementation Specialist (Dublin, hybrid) role and our team will be reviewing it over the
coming days.

We're building the medication-management platform used on over 300 wards across Ireland and
the UK, and clinicians like you are at the heart of what we do.

Best,
The Medisync Talent Team
""",
        tz=GMT,
    ),
    m(
        "14009",
        "2026-01-22 14:26",
        "Saoirse Flood <saoirse.flood@medisync.io>",
        "Medisync - next step",
        ("assessment", MS, CIS, 3, "direct", "en"),
        text="""Hi Aoife,

Thanks for chatting yesterday, it was great to hear about your go-live on the eMAR pilot.

As mentioned, the next step is a short case exercise. I've attached a scenario: a 28-bed
surgical ward switching from paper drug charts to Medisync. We'd like a one-page rollout plan
(training, super-users, go-live support) - no more than 2 hours of your time please. If you
can send it back by Wednesday 28th that would be ideal.

Any questions, just shout.

Saoirse
--
Saoirse Flood | Talent Partner | Medisync
medisync.io
""",
        attach=[
            ("Medisync_ward_rollout_case.txt", "text/plain", "Scenario: Ward 6B, 28 beds...\n")
        ],
        tz=GMT,
    ),
    m(
        "14010",
        "2026-01-27 21:14",
        "Saoirse Flood <saoirse.flood@medisync.io>",
        "Re: Medisync - next step",
        ("assessment", MS, CIS, 3, "direct", "en"),
        text="""Got it, thanks Aoife - I'll pass it on to Declan and the team.

S

On Tue, 27 Jan 2026 at 20:51, Aoife Brennan <aoife.brennan@gaelpost.ie> wrote:
> Hi Saoirse, please find my rollout plan attached. Thanks!
""",
        tz=GMT,
        **reply("14009", "saoirse.flood@medisync.io"),
    ),
    m(
        "14011",
        "2026-02-02 11:00",
        "Declan Moran <declan.moran@medisync.io>",
        "Invitation: Aoife / Declan - Medisync panel @ Thu 5 Feb 2026 14:00 - 15:00 (GMT)",
        ("interview", MS, CIS, 3, "direct", "en"),
        text="""Hi Aoife - looking forward to walking through your plan with you. Ciara from our
customer success team will join too.

Join with Google Meet: https://meet.google.com/fjr-wqpo-kta
""",
        ics={
            "uid": "medisync-panel-brennan-0205@medisync.io",
            "start": "2026-02-05 14:00:00 +0000",
            "minutes": 60,
            "organizer": ("Declan Moran", "declan.moran@medisync.io"),
            "attendees": [("Ciara Roche", "ciara.roche@medisync.io")],
            "summary": "Aoife / Declan - Medisync panel",
            "location": "https://meet.google.com/fjr-wqpo-kta",
        },
        tz=GMT,
    ),
    m(
        "14012",
        "2026-02-13 16:22",
        "Saoirse Flood <saoirse.flood@medisync.io>",
        "Following up",
        ("rejection", MS, CIS, 3, "direct", "en"),
        text="""Hi Aoife,

I wanted to come back to you personally. The team really enjoyed meeting you and your rollout
plan was one of the most practical we saw - particularly the super-user rota.

It was an incredibly close call, but we've decided to offer the role to someone with more
direct implementation experience on our platform. I know that's disappointing to hear.

I'd love to keep in touch as we'll be hiring again in the summer.

All the best,
Saoirse
""",
        tz=GMT,
    ),
    # 4 Medisync second role, Greenhouse: confirmation only (ghosted)
    m(
        "14013",
        "2026-03-16 19:45",
        "Medisync Hiring <no-reply@greenhouse.io>",
        "Thank you for applying to Medisync",
        ("confirmation", MS, CPS, 4, "greenhouse", "en"),
        text="""Hi Aoife,

Thank you for your interest in Medisync! We've received your application for the Clinical
Product Specialist role and our team will be reviewing it over the coming days.

Best,
The Medisync Talent Team
""",
        tz=GMT,
    ),
]

MAIL += [
    # 5 Beacon Ridge Hospital Group, SuccessFactors: confirmation, interview, reschedule, offer,
    #   acceptance, Garda vetting, occupational health, onboarding
    m(
        "14014",
        "2026-03-02 09:31",
        "Beacon Ridge Careers <noreply@successfactors.eu>",
        "Thank you for your application - Req 4471",
        ("confirmation", BR, CINS, 5, "other", "en"),
        text="""Dear Aoife Brennan,

Thank you for applying for the Clinical Informatics Nurse Specialist position (Requisition
4471) at Beacon Ridge Hospital Group.

Your application has been successfully submitted. Our Talent Acquisition team will review
your details, and if your qualifications match our requirements, we will contact you
regarding next steps.

You can review the status of your application by logging in to our career site:
https://career5.successfactors.eu/career?company=beaconridgeP

Kind regards,
Talent Acquisition
Beacon Ridge Hospital Group

This is a system-generated e-mail. Please do not reply.
""",
        tz=GMT,
    ),
    m(
        "14015",
        "2026-03-18 13:07",
        "Gillian Tuohy <gillian.tuohy@brhg.ie>",
        "Invitation to interview - Req 4471",
        ("interview", BR, CINS, 5, "direct", "en"),
        text="""Dear Aoife,

Further to your application for the Clinical Informatics Nurse Specialist post, I am
delighted to invite you to a competency-based interview on Wednesday 1st April at 10.30am
via Microsoft Teams. The panel will be Ms Hilary Shiels (Chief Director of Nursing),
Mr Kevin O'Dwyer (Head of Digital Health) and myself.

You will be asked to give a 10-minute presentation on: "How can an EPR improve nursing
documentation without adding to the burden on staff?"

A Teams invitation will follow separately.

Kind regards,
Gillian Tuohy
Talent Acquisition Partner
Beacon Ridge Hospital Group | brhg.ie
""",
        tz=GMT,
    ),
    m(
        "14016",
        "2026-03-18 13:15",
        "Gillian Tuohy <gillian.tuohy@brhg.ie>",
        "Interview - Clinical Informatics Nurse Specialist - Aoife Brennan",
        ("interview", BR, CINS, 5, "direct", "en"),
        text="""Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 381 442 907 115  Passcode: bR7kq2
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000BRHG4471A",
            "style": "outlook",
            "start": "2026-04-01 11:30:00 +0200",
            "minutes": 45,
            "organizer": ("Gillian Tuohy", "gillian.tuohy@brhg.ie"),
            "attendees": [("Hilary Shiels", "hilary.shiels@brhg.ie")],
            "summary": "Interview - Clinical Informatics Nurse Specialist - Aoife Brennan",
            "location": "Microsoft Teams Meeting",
        },
        tz=GMT,
    ),
    m(
        "14017",
        "2026-03-27 10:44",
        "Gillian Tuohy <gillian.tuohy@brhg.ie>",
        "Change of time: Wed 1 April",
        ("interview", BR, CINS, 5, "direct", "en"),
        text="""Hi Aoife,

Apologies - Kevin has been pulled into a board meeting on Wednesday morning. Could we move
your slot to 2.30pm the same day? Updated invitation attached. Everything else stays the same.

Thanks for your flexibility,
Gillian
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000BRHG4471A",
            "style": "outlook",
            "start": "2026-04-01 15:30:00 +0200",
            "minutes": 45,
            "sequence": 1,
            "organizer": ("Gillian Tuohy", "gillian.tuohy@brhg.ie"),
            "attendees": [("Hilary Shiels", "hilary.shiels@brhg.ie")],
            "summary": "Interview - Clinical Informatics Nurse Specialist - Aoife Brennan",
            "location": "Microsoft Teams Meeting",
        },
        tz=GMT,
        **reply("14016", "gillian.tuohy@brhg.ie"),
    ),
    m(
        "14018",
        "2026-04-09 17:36",
        "Gillian Tuohy <gillian.tuohy@brhg.ie>",
        "Good news",
        ("offer", BR, CINS, 5, "direct", "en"),
        text="""Dear Aoife,

Further to our phone call this afternoon, I'm delighted to confirm that the panel would like
to offer you the post of Clinical Informatics Nurse Specialist, subject to satisfactory
references, Garda vetting and occupational health clearance.

The post is permanent, whole-time (37.5 hours), based at our Sandyford site with two days a
week remote, at point 4 of the CNS salary scale. A formal contract will follow once
pre-employment checks are complete.

Could you confirm by Thursday 16th April whether you wish to accept?

Warm regards,
Gillian
""",
        tz=IST,
    ),
    m(
        "14019",
        "2026-04-14 09:02",
        "Gillian Tuohy <gillian.tuohy@brhg.ie>",
        "Re: Good news",
        ("offer", BR, CINS, 5, "direct", "en"),
        text="""Wonderful, Aoife - welcome aboard! I've let Hilary and Kevin know and they're
thrilled. I'll kick off the pre-employment checks today; you'll get a few emails from
different systems over the next week, so don't be alarmed.

Gillian

> Hi Gillian, I'm very happy to accept. Thank you all so much.
""",
        st="accepted",
        tz=IST,
        **reply("14018", "gillian.tuohy@brhg.ie"),
    ),
    m(
        "14020",
        "2026-04-15 11:18",
        "National Vetting Bureau <noreply@vetting.garda.ie>",
        "NVB1 Invitation - Beacon Ridge Hospital Group",
        ("other_job", BR, CINS, None, "other", "en"),
        text="""Dear Aoife Brennan,

You have been invited by Beacon Ridge Hospital Group to complete an e-Vetting application
form (NVB1) with the National Vetting Bureau of An Garda Siochana.

Please complete the form using the link below within 30 days:
https://vetting.garda.ie/Application/Start?ref=BRHG-77310

You will need details of every address you have lived at since birth.

National Vetting Bureau
""",
        tz=IST,
    ),
    m(
        "14021",
        "2026-04-16 14:50",
        "Occupational Health <occhealth@brhg.ie>",
        "Pre-placement health assessment",
        ("other_job", BR, CINS, None, "direct", "en"),
        text="""Dear Aoife,

As part of your pre-employment process, please complete the attached pre-placement health
questionnaire and return it to this address. Please also send evidence of your Hepatitis B
immunity and MMR/varicella status.

If a nurse appointment is required we will contact you to arrange one.

Occupational Health Department
Beacon Ridge Hospital Group
""",
        attach=[("PrePlacement_Questionnaire.txt", "text/plain", "Section A - personal details\n")],
        tz=IST,
    ),
    m(
        "14022",
        "2026-04-21 10:05",
        "Occupational Health <occhealth@brhg.ie>",
        "RE: Pre-placement health assessment",
        ("other_job", BR, CINS, None, "direct", "en"),
        text="""Dear Aoife,

Thank you, all received. You are fit for the role - clearance has been sent to HR.

Regards,
Occupational Health

> Attached is the completed form and my bloods from 2019.
""",
        tz=IST,
        **reply("14021", "occhealth@brhg.ie"),
    ),
    m(
        "14023",
        "2026-05-06 09:40",
        "Gillian Tuohy <gillian.tuohy@brhg.ie>",
        "Contract and first day - 1 June",
        ("other_job", BR, CINS, None, "direct", "en"),
        text="""Hi Aoife,

All your checks are back - vetting disclosure received today. Please find your contract
attached for signature. Your start date is Monday 1st June; report to the Digital Health
office, Block C, Sandyford at 9am. Kevin will take you for coffee first!

Gillian
""",
        attach=[("Contract_ABrennan_CINS.txt", "text/plain", "Contract of Employment...\n")],
        tz=IST,
    ),
    # 6 Northgate Pharma, Workday: confirmation, rejection
    m(
        "14024",
        "2026-01-20 22:16",
        "Northgate Pharma <northgate@myworkday.com>",
        "Northgate Pharma - Application Received",
        ("confirmation", NG, COA, 6, "workday", "en"),
        text="""Dear Aoife,

Thank you for your application for the position of Clinical Operations Associate (JR-21886)
in Cork, Ireland.

We will be reviewing your profile and will be in touch should your skills and experience
match the requirements of the role. You can track the progress of your application in the
candidate home section of our careers site.

Kind regards,
Northgate Pharma Talent Acquisition
""",
        tz=GMT,
    ),
    m(
        "14025",
        "2026-03-04 03:12",
        "Northgate Pharma <northgate@myworkday.com>",
        "Your application status",
        ("rejection", NG, COA, 6, "workday", "en"),
        text="""Dear Aoife,

Thank you for your interest in Northgate Pharma. We have reviewed your application for
JR-21886 Clinical Operations Associate and have decided not to proceed with your candidacy
at this time.

We wish you every success in your job search.

Northgate Pharma Talent Acquisition
""",
        tz=GMT,
    ),
    # 7 agency CareStaff for Mount Anville Private Hospital: outreach (client unnamed), submitted,
    #   interview, on hold
    m(
        "14026",
        "2026-02-10 08:55",
        "Rachel Nolan <rachel@carestaff.ie>",
        "ADON opportunity - private hospital, South Dublin",
        ("outreach", None, ANM, None, "agency", "en"),
        text="""Hi Aoife,

Hope you don't mind me reaching out - I came across your profile and thought of you straight
away for a role I'm working on.

My client, a well-established private hospital in South Dublin (approx. 180 beds), is
looking for an Assistant Director of Nursing with a remit for quality, nursing systems and
rostering. Mon-Fri, no weekends, salary up to 78k + pension + health insurance.

Would you be open to a quick call this week? I can share more detail once we've spoken.

Best,
Rachel Nolan
Senior Recruitment Consultant - Nursing & Care
CareStaff Recruitment | 01 662 3310 | carestaff.ie
""",
        tz=GMT,
    ),
    m(
        "14027",
        "2026-02-12 16:30",
        "Rachel Nolan <rachel@carestaff.ie>",
        "Re: ADON opportunity - private hospital, South Dublin",
        ("confirmation", MA, ANM, 7, "agency", "en"),
        text="""Hi Aoife,

Great speaking with you earlier. As discussed, I've now submitted your CV to Mount Anville
Private Hospital for the ADON role. The DON, Bernadette, is reviewing applications this
week and I'd hope to have feedback by Friday week.

Speak soon,
Rachel
""",
        tz=GMT,
        **reply("14026", "rachel@carestaff.ie"),
    ),
    m(
        "14028",
        "2026-02-20 12:11",
        "Rachel Nolan <rachel@carestaff.ie>",
        "Mount Anville - they want to meet you!",
        ("interview", MA, ANM, 7, "agency", "en"),
        text="""Hi Aoife,

Great news - Bernadette would like to meet you on Thursday 26th at 11am at the hospital
(Mount Anville Road, Goatstown; ask for the Nursing Administration office, 1st floor). It'll
be Bernadette and the HR manager, about an hour, mostly competency questions around
managing change and staff performance.

Let me know that works and I'll confirm.

Rachel
""",
        tz=GMT,
    ),
    m(
        "14029",
        "2026-02-20 13:02",
        "Rachel Nolan <rachel@carestaff.ie>",
        "Re: Mount Anville - they want to meet you!",
        ("interview", MA, ANM, 7, "agency", "en"),
        text="""Confirmed! Best of luck - call me after.

R

> Yes that's perfect, thanks Rachel.
""",
        tz=GMT,
        **reply("14028", "rachel@carestaff.ie"),
    ),
    m(
        "14030",
        "2026-03-10 10:25",
        "Rachel Nolan <rachel@carestaff.ie>",
        "Quick update",
        ("confirmation", MA, ANM, 7, "agency", "en"),
        st="on_hold",
        text="""Hi Aoife,

Just a quick update from Mount Anville. They've told me the ADON post is on hold for now -
their board has frozen senior hires until the new wing's funding is confirmed, possibly
not until Q3. They were very positive about you and asked me to keep you warm.

I'll let you know the moment I hear anything.

Rachel
""",
        tz=GMT,
    ),
]

MAIL += [
    # 8 North Pennine NHS FT, NHS Jobs: confirmation, shortlisted (Trac), withdrawn
    m(
        "14031",
        "2026-03-05 18:22",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "Application submitted: Clinical Systems Lead",
        ("confirmation", NP, CSL, 8, "other", "en"),
        text="""Dear Aoife Brennan

Your application for the following job has been submitted.

Job title: Clinical Systems Lead (Band 7)
Employer: North Pennine NHS Foundation Trust
Reference number: 319-DIG-7720

The employer will contact you about the outcome of your application. If you have not heard
within 4 weeks of the closing date, you may not have been shortlisted.

You can view your applications in your NHS Jobs account.

NHS Jobs
""",
        tz=GMT,
    ),
    m(
        "14032",
        "2026-03-24 14:00",
        "North Pennine NHS Foundation Trust <noreply@trac.jobs>",
        "Invitation to interview - 319-DIG-7720",
        ("interview", NP, CSL, 8, "other", "en"),
        text="""Dear Aoife

Job Reference: 319-DIG-7720
Job Title: Clinical Systems Lead

Congratulations, you have been shortlisted for the above post. Please log in to your account
to book an interview slot. Slots are available on 8 and 9 April 2026 at Penrith Road
Hospital, or by video link for candidates travelling from overseas.

Booking link: https://apps.trac.jobs/interview/book?ref=319-DIG-7720

Please book a slot within 3 working days.

Recruitment Team
North Pennine NHS Foundation Trust
""",
        tz=GMT,
    ),
    m(
        "14033",
        "2026-04-13 09:16",
        "Recruitment NPFT <npft.recruitment@nhs.net>",
        "RE: 319-DIG-7720 withdrawal",
        ("confirmation", NP, CSL, 8, "direct", "en"),
        st="withdrawn",
        text="""Dear Aoife

Thank you for letting us know. I have withdrawn your application and cancelled your
interview slot on 9 April. We wish you all the best in your new post.

Kind regards
Jason Pryor
Recruitment Administrator
North Pennine NHS Foundation Trust

-----Original Message-----
From: Aoife Brennan
Sent: 10 April 2026 21:40
Subject: 319-DIG-7720 withdrawal

Hello, I would like to withdraw from the process as I have accepted a post in Ireland.
""",
        tz=IST,
    ),
    # 9 Thameside, Trac: confirmation, not shortlisted
    m(
        "14034",
        "2026-02-16 21:08",
        "Thameside University Hospitals NHS Trust <noreply@trac.jobs>",
        "Application received - 282-NUR-1190",
        ("confirmation", TH, DN, 9, "other", "en"),
        text="""Dear Aoife,

Thank you for your application for the post of Digital Nurse Specialist (Band 6),
reference 282-NUR-1190. Your application has been received.

Shortlisting will take place after the closing date. Please check your account and your
email regularly, including your junk folder.

Recruitment Services
Thameside University Hospitals NHS Trust
""",
        tz=GMT,
    ),
    m(
        "14035",
        "2026-03-06 10:51",
        "Thameside University Hospitals NHS Trust <noreply@trac.jobs>",
        "282-NUR-1190 - application outcome",
        ("rejection", TH, DN, 9, "other", "en"),
        text="""Dear Aoife,

Thank you for your interest in the post of Digital Nurse Specialist.

We received a large number of applications and, after careful consideration against the
person specification, we regret to inform you that you have not been shortlisted on this
occasion.

Recruitment Services
Thameside University Hospitals NHS Trust
""",
        tz=GMT,
    ),
    # 10 Grand Canal Care Homes via Jobs.ie: confirmation only (ghosted)
    m(
        "14036",
        "2026-01-25 13:27",
        "Jobs.ie <noreply@jobs.ie>",
        "Application sent: Director of Nursing",
        ("confirmation", GC, DON, 10, "other", "en"),
        html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Hello Aoife,</p>
<p>Your application for <b>Director of Nursing</b> has been successfully sent to
<b>Grand Canal Care Homes</b>.</p>
<p>Location: Dublin 8<br>Salary: Negotiable</p>
<p>Best of luck!<br>Jobs.ie</p>
<p style="font-size:10px">Manage your email preferences in your Jobs.ie account.</p>
</body></html>""",
        tz=GMT,
    ),
    # 11 Veralis Health via LinkedIn: confirmation, viewed, rejection from the company
    m(
        "14037",
        "2026-02-03 22:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Aoife, your application was sent to Veralis Health",
        ("confirmation", VH, CIA, 11, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Segoe UI,Arial;font-size:14px">
<p>Your application was sent to Veralis Health</p>
<table><tr><td><b>Clinical Informatics Analyst</b><br>Veralis Health &middot; Dublin, County Dublin, Ireland (Hybrid)<br>Applied on February 3, 2026</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4112093387/">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Aoife Brennan (Registered Nurse | Clinical Informatics). 
&copy; 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14038",
        "2026-02-06 07:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Veralis Health",
        ("viewed", VH, CIA, 11, "linkedin", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Good news, Aoife! Veralis Health viewed your application.</p>
<p><b>Clinical Informatics Analyst</b> &middot; Dublin (Hybrid)</p>
<p><a href="https://www.linkedin.com/jobs/view/4112093387/">See job</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14039",
        "2026-02-24 15:30",
        "Veralis Health <careers@veralis.health>",
        "Clinical Informatics Analyst at Veralis",
        ("rejection", VH, CIA, 11, "direct", "en"),
        text="""Hi Aoife,

Thanks so much for your interest in joining Veralis and for taking the time to apply for
the Clinical Informatics Analyst role.

Your nursing background is exactly the kind of perspective we value. However, for this role
we are prioritising candidates with hands-on SQL and HL7/FHIR experience, so we won't be
moving forward with your application right now.

We'd be happy to hear from you again in future.

The Veralis People Team
""",
        tz=GMT,
    ),
    # 12 Glasnevin Medical Group via Indeed: confirmation, rejection
    m(
        "14040",
        "2026-01-29 19:02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Practice Manager",
        ("confirmation", GL, PM, 12, "indeed", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p><b>Application submitted</b></p>
<p>Practice Manager<br>Glasnevin Medical Group - Dublin 11</p>
<p>The following items were sent to Glasnevin Medical Group. Good luck!</p>
<ul><li>Aoife Brennan CV 2026.pdf</li><li>Screener answers (4)</li></ul>
<p><a href="https://ie.indeed.com/myjobs">Track this application in My jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14041",
        "2026-02-11 11:42",
        "Glasnevin Medical Group via Indeed <noreply@indeed.com>",
        "An update on your application",
        ("rejection", GL, PM, 12, "indeed", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife,</p>
<p>Thank you for applying to the Practice Manager role at Glasnevin Medical Group. After
reviewing your application, the employer has decided to move forward with other
candidates.</p>
<p>Don't give up - <a href="https://ie.indeed.com/jobs?q=practice+manager&amp;l=Dublin">new jobs like this one</a>
are posted every day.</p>
<p>Indeed</p></body></html>""",
        tz=GMT,
    ),
    # 13 Caremap, founder writing from personal webmail: interview chat, withdrawn
    m(
        "14042",
        "2026-03-11 23:18",
        "Niall Doyle <niall.doyle.dub@gmail.com>",
        "your note",
        ("interview", CM, CLEAD, 13, "direct", "en"),
        text="""Hi Aoife,

Thanks a million for your note and CV about the clinical lead job - sorry for the slow
reply, it's been mad here with the HSE pilot. Your ward experience with discharge planning
is exactly what we're missing.

Would you be up for a coffee chat next week? I could do Tuesday or Wednesday late
afternoon, at the Guinness Enterprise Centre or on Zoom, whatever suits.

Niall

--
Niall Doyle
Co-founder & CEO, Caremap
caremap.health - discharge planning that works
""",
        tz=GMT,
    ),
    m(
        "14043",
        "2026-03-13 08:20",
        "Niall Doyle <niall.doyle.dub@gmail.com>",
        "Re: your note",
        ("interview", CM, CLEAD, 13, "direct", "en"),
        text="""Great, Wednesday 4.30 at the GEC then. Just ask for me at reception.

N

On Thu, 12 Mar 2026, 19:02 Aoife Brennan wrote:
> Wednesday would be great, in person if possible.
""",
        tz=GMT,
        **reply("14042", "niall.doyle.dub@gmail.com"),
    ),
    m(
        "14044",
        "2026-04-15 22:05",
        "Niall Doyle <niall.doyle.dub@gmail.com>",
        "Re: your note",
        ("confirmation", CM, CLEAD, 13, "direct", "en"),
        st="withdrawn",
        text="""No worries at all Aoife, totally understand - Beacon Ridge are lucky to have you.
Sorry we couldn't move faster on our side. If things change, my door's always open, and
maybe we'll end up working together on a pilot someday!

Niall

> Hi Niall, I wanted to let you know I've accepted another role, so I'd like to withdraw
> from the clinical lead process. Thank you for being so generous with your time.
""",
        tz=IST,
        **reply("14043", "niall.doyle.dub@gmail.com"),
    ),
    # 14 St Brigid's re-application (re-advertised CNM2), Rezoomo: confirmation, ghosted after
    #    she accepted elsewhere - just the confirmation
    m(
        "14045",
        "2026-03-26 10:09",
        "St Brigid's University Hospital <noreply@rezoomo.com>",
        "Application received - Clinical Nurse Manager 2, Day Surgery",
        ("confirmation", SB, CNM2, 14, "other", "en"),
        html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p>Hi Aoife,</p>
<p>Thanks for applying for the <b>Clinical Nurse Manager 2, Day Surgery</b> (Ref: SBUH-CNM2-0326)
position with St Brigid's University Hospital.</p>
<p>Your application has been received and will be reviewed by the hiring team.</p>
<p>Kind regards,<br>The Recruitment Team<br>St Brigid's University Hospital</p>
<p style="font-size:11px;color:#999">Powered by Rezoomo</p>
</body></html>""",
        tz=GMT,
    ),
    # 15 Kestrel Diagnostics, Taleo: confirmation, assessment (SHL), rejection
    m(
        "14046",
        "2026-02-18 12:33",
        "Kestrel Diagnostics Careers <kestreldx@taleo.net>",
        "Kestrel Diagnostics - Quality and Patient Safety Coordinator - 2600318",
        ("confirmation", KD, QPS, 15, "taleo", "en"),
        text="""Dear Aoife,

Thank you for your interest in Kestrel Diagnostics. This message confirms that we have
received your submission for the position of Quality and Patient Safety Coordinator
(job number 2600318).

We will carefully review your qualifications. If there is a match, a member of our
recruitment team will contact you.

To track your application, visit https://kestreldx.taleo.net/careersection/ex/mysubmissions.ftl

Sincerely,
Kestrel Diagnostics Talent Acquisition

*** This is an automated message, please do not reply. ***
""",
        tz=GMT,
    ),
    m(
        "14047",
        "2026-02-23 09:00",
        "SHL Assessments <no-reply@shl.com>",
        "Kestrel Diagnostics: please complete your online assessment",
        ("assessment", KD, QPS, 15, "other", "en"),
        text="""Dear Aoife Brennan,

Kestrel Diagnostics has invited you to complete the following assessments as part of your
application:

  - Verify Interactive - Numerical Reasoning (approx. 18 minutes)
  - Situational Judgement - Healthcare (approx. 25 minutes)

Please complete them by 2 March 2026 23:59 (GMT).

Start here: https://candidate.shl.com/start?token=9GQ2-KDX-41Z

Good luck!
SHL on behalf of Kestrel Diagnostics
""",
        tz=GMT,
    ),
    m(
        "14048",
        "2026-03-12 16:14",
        "Kestrel Diagnostics Careers <kestreldx@taleo.net>",
        "Job number 2600318",
        ("rejection", KD, QPS, 15, "taleo", "en"),
        text="""Dear Aoife,

Thank you for the time you have invested in your application for the position of Quality
and Patient Safety Coordinator and for completing our assessments.

Having reviewed your results alongside your application, we regret to inform you that we
will not be progressing your application further.

Sincerely,
Kestrel Diagnostics Talent Acquisition
""",
        tz=GMT,
    ),
    # 16 Halden MedTech, SmartRecruiters: confirmation, interview (Calendly), ghosted after
    m(
        "14049",
        "2026-03-03 08:47",
        "Halden MedTech <no-reply@smartrecruiters.com>",
        "Thanks for applying to Halden MedTech",
        ("confirmation", HM, CES, 16, "smartrecruiters", "en"),
        text="""Hi Aoife,

Thank you for applying for the Clinical Education Specialist - Ireland (Field-based)
position. We have received your application and will review it carefully.

In the meantime, you can learn more about our infusion-therapy products at haldenmed.com.

Best regards,
Halden MedTech Talent Acquisition
""",
        tz=GMT,
    ),
    m(
        "14050",
        "2026-03-19 12:00",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Aoife Brennan and Tomasz Wrobel - Halden Clinical Education screening",
        ("interview", HM, CES, 16, "other", "en"),
        text="""Hi Aoife Brennan,

A new event has been scheduled.

Event Type: Halden Clinical Education screening (30 min)
Invitee: Tomasz Wrobel (tomasz.wrobel@haldenmed.com)
Event Date/Time: 10:00 - Tuesday, 24 March 2026 (Dublin time)
Location: Microsoft Teams - details to follow

Need to make changes? Cancel or reschedule:
https://calendly.com/cancellations/3f9a1d7c
""",
        tz=GMT,
    ),
    m(
        "14051",
        "2026-03-24 11:02",
        "Tomasz Wrobel <tomasz.wrobel@haldenmed.com>",
        "Thanks for today",
        ("interview", HM, CES, 16, "direct", "en"),
        text="""Hi Aoife,

Thank you for your time this morning. As discussed I'll share your details with our
Clinical Education Manager for Ireland & UK, who will be in touch about a second-round
conversation in the next week or two.

Best,
Tomasz Wrobel
Talent Acquisition, EMEA | Halden MedTech
""",
        tz=GMT,
    ),
]

MAIL += [
    # 17 UK agency Meridian Nursing Partners for Pennant Healthcare: outreach, submitted
    #    (client still unnamed), client named at interview stage, rejection
    m(
        "14052",
        "2026-04-02 10:15",
        "Harriet Cole <harriet.cole@meridiannursing.co.uk>",
        "Clinical Governance Manager - Manchester - hybrid",
        ("outreach", None, CGM, None, "agency", "en"),
        text="""Hi Aoife,

I hope you're well. I'm recruiting on behalf of an independent hospital group in Greater
Manchester for a Clinical Governance Manager. Hybrid (2 days on site), relocation support
available for the right person, GBP 58-64k.

Your background in incident review and nursing quality metrics looks like a strong fit.
NMC registration would be needed, but they'll support the transfer from NMBI.

Could I give you a call?

Kind regards,
Harriet Cole
Principal Consultant, Clinical Leadership
Meridian Nursing Partners Ltd
""",
        tz=IST,
    ),
    m(
        "14053",
        "2026-04-03 14:40",
        "Harriet Cole <harriet.cole@meridiannursing.co.uk>",
        "RE: Clinical Governance Manager - Manchester - hybrid",
        ("outreach", None, CGM, None, "agency", "en"),
        text="""Thanks Aoife, lovely to speak. I've put your CV forward this afternoon with a
short summary and will chase for feedback early next week.

Harriet

> Hi Harriet, happy for you to send my CV - thanks for the chat.
""",
        tz=IST,
        **reply("14052", "harriet.cole@meridiannursing.co.uk"),
    ),
    m(
        "14054",
        "2026-04-08 09:27",
        "Harriet Cole <harriet.cole@meridiannursing.co.uk>",
        "Feedback",
        ("rejection", PH, CGM, 17, "agency", "en"),
        text="""Hi Aoife,

I've had feedback from Pennant Healthcare on the Clinical Governance Manager role. They
liked your CV but have decided to progress with candidates who already hold NMC
registration and UK CQC inspection experience, as they have an inspection due in June.

Sorry it's not better news. I'll keep you in mind for anything in Ireland or remote.

Harriet
""",
        tz=IST,
    ),
    # outreach, not applied
    m(
        "14055",
        "2026-01-15 12:02",
        "Cathal Murphy <cathal.murphy@talentmedica.ie>",
        "Nurse Informaticist - Digital Health Programme",
        ("outreach", None, "Nurse Informaticist", None, "agency", "en"),
        text="""Hi Aoife,

I'm working with a large Dublin hospital on a 12-month contract for a Nurse Informaticist to
support their EHR rollout. Daily rate is competitive and it would suit someone with ward
super-user experience.

Are you open to hearing more?

Cathal Murphy
Talent Medica | Healthcare Recruitment
""",
        tz=GMT,
    ),
    m(
        "14056",
        "2026-02-27 09:44",
        "Priya Nair <priya.nair@orvanta.com>",
        "Aoife - Medical Science Liaison (nursing background welcome)",
        ("outreach", "Orvanta Therapeutics", "Medical Science Liaison", None, "direct", "en"),
        text="""Hi Aoife,

I lead talent acquisition for Orvanta Therapeutics in Ireland. We're building out our
Medical Affairs team ahead of a new launch in respiratory, and we're open to experienced
nurses with a strong clinical education background for a Medical Science Liaison role.

Would you have 20 minutes for an exploratory chat next week?

Best regards,
Priya Nair
Talent Acquisition Lead, Ireland
Orvanta Therapeutics
""",
        tz=GMT,
    ),
    m(
        "14057",
        "2026-03-09 18:21",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Sinead sent you a message: Project Nurse - EPR",
        ("outreach", "Corrib Health Partners", "EPR Project Nurse", None, "linkedin", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p><b>Sinead Walsh</b> &middot; Head of Talent at Corrib Health Partners</p>
<p>Hi Aoife, I noticed your experience as an eMAR super-user. We're hiring an EPR Project
Nurse in Galway (hybrid) to support our rollout across three hospitals. Interested in a
chat?</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-ZTk4">Reply</a></p>
<p style="font-size:11px">You are receiving InMail notification emails.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14058",
        "2026-02-05 07:10",
        "Nurses On Call Bank <shifts@nursesoncall.ie>",
        "Shift offers this week - Dublin 4/6/14",
        ("outreach", None, None, None, "agency", "en"),
        text="""Hi Aoife,

We have the following shifts available for bank nurses this week. Reply with the shift code
to accept - first come, first served!

  NOC-4412  Thu 5 Feb  07:45-20:15  Medical ward, Dublin 4        EUR 38.50/hr
  NOC-4419  Sat 7 Feb  20:00-08:00  Nursing home, Dublin 14       EUR 41.20/hr
  NOC-4423  Sun 8 Feb  07:45-20:15  Day surgery, Dublin 6         EUR 44.00/hr

Don't forget to keep your training passport up to date.

Nurses On Call Bank Team
""",
        tz=GMT,
    ),
    m(
        "14059",
        "2026-03-19 07:05",
        "Nurses On Call Bank <shifts@nursesoncall.ie>",
        "Weekend shift offer - premium rates",
        ("outreach", None, None, None, "agency", "en"),
        text="""Hi Aoife,

URGENT: Premium-rate weekend shifts (time and a half) at a private hospital in Dublin 18.
Sat 21 Mar and Sun 22 Mar, 08:00-20:00, Theatre recovery. Reply YES to book.

Nurses On Call Bank Team
""",
        tz=GMT,
    ),
    # alerts
    m(
        "14060",
        "2026-01-10 06:30",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "12 new jobs for 'clinical nurse manager' in Dublin",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife, here are the latest jobs matching your alert.</p>
<ul>
<li><b>Clinical Nurse Manager 2 - Acute Medical Unit</b> - St Brigid's University Hospital - Dublin 7</li>
<li><b>CNM1 - Oncology Day Ward</b> - Confidential - Dublin 4</li>
<li><b>Clinical Nurse Manager - Community</b> - Grand Canal Care Homes - Dublin 8</li>
<li><b>Patient Services Manager</b> - Liffey Valley Clinic - Dublin 22</li>
</ul>
<p><a href="https://www.irishjobs.ie/jobs/alerts">See all 12 jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14061",
        "2026-02-14 06:30",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "9 new jobs for 'clinical informatics' in Ireland",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife, here are the latest jobs matching your alert.</p>
<ul>
<li><b>Clinical Informatics Nurse Specialist</b> - Beacon Ridge Hospital Group - Dublin 18</li>
<li><b>Clinical Systems Analyst</b> - Confidential - Cork</li>
<li><b>Digital Health Lead</b> - Talent Medica - Dublin</li>
</ul>
<p><a href="https://www.irishjobs.ie/jobs/alerts">See all 9 jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14062",
        "2026-01-21 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"nurse informatics": Veralis Health - Clinical Informatics Analyst and more',
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Your job alert for <b>nurse informatics</b> in Dublin</p>
<p>Veralis Health - Clinical Informatics Analyst - Dublin (Hybrid) - Easy Apply<br>
Medisync - Clinical Implementation Specialist - Dublin - 2 connections work here<br>
Orvanta Therapeutics - Nurse Educator - Remote</p>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=71223">See all jobs</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14063",
        "2026-03-02 08:15",
        "Indeed <alert@indeed.com>",
        "Practice Manager jobs in Dublin - 14 new",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p><b>14 new jobs</b> for Practice Manager in Dublin</p>
<p>Practice Manager - Rathmines Family Practice - EUR 50,000 - 58,000 a year<br>
Clinic Operations Manager - Confidential - Dublin 2<br>
Dental Practice Manager - SmileCo - Dublin 15</p>
<p>Easily apply to these jobs.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14064",
        "2026-02-20 10:30",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "New jobs matching your saved search: digital nurse",
        ("alert", None, None, None, "other", "en"),
        text="""Dear Aoife Brennan

There are 6 new jobs matching your saved search 'digital nurse'.

Clinical Systems Lead - North Pennine NHS Foundation Trust - Band 7
Digital Nurse Practitioner - Severnside Community NHS Trust - Band 6
Nursing Informatics Lead - Wessex Coast NHS FT - Band 8a

View all jobs: https://www.jobs.nhs.uk/candidate/search/saved
""",
        tz=GMT,
    ),
    m(
        "14065",
        "2026-01-30 11:11",
        "Northgate Pharma <northgate@myworkday.com>",
        "Welcome to the Northgate Pharma Talent Community",
        ("alert", NG, None, None, "workday", "en"),
        text="""Hi Aoife,

Thank you for joining our Talent Community! You'll be among the first to hear about new
opportunities in Clinical Operations, Medical Affairs and Patient Services.

Northgate Pharma Talent Acquisition
""",
        tz=GMT,
    ),
    m(
        "14066",
        "2026-03-17 18:00",
        "Beacon Ridge Careers <noreply@successfactors.eu>",
        "You have not completed your application",
        ("alert", BR, "Nurse Rostering Coordinator", None, "other", "en"),
        text="""Dear Aoife,

You started an application for Nurse Rostering Coordinator (Req 4502) but have not yet
submitted it. Your saved draft will be deleted after 14 days.

Continue your application:
https://career5.successfactors.eu/career?company=beaconridgeP&career_job_req_id=4502

Talent Acquisition, Beacon Ridge Hospital Group
""",
        tz=GMT,
    ),
    m(
        "14067",
        "2026-04-22 19:30",
        "Medisync Hiring <no-reply@greenhouse.io>",
        "Medisync is hiring: Clinical Success Manager",
        ("alert", MS, "Clinical Success Manager", None, "greenhouse", "en"),
        text="""Hi Aoife,

As a past applicant, we thought you'd like to know we've just opened a Clinical Success
Manager role in Dublin. Take a look and apply if it's a fit!

https://boards.greenhouse.io/medisync/jobs/5541209

The Medisync Talent Team
""",
        tz=IST,
    ),
    # other_job
    m(
        "14068",
        "2026-03-02 09:24",
        "Beacon Ridge Careers <noreply@successfactors.eu>",
        "Your verification code",
        ("other_job", BR, None, None, "other", "en"),
        text="""Your verification code for the Beacon Ridge Hospital Group career site is 482 193.
It expires in 10 minutes. If you did not request this, ignore this email.
""",
        tz=GMT,
    ),
    m(
        "14069",
        "2026-01-20 22:05",
        "Northgate Pharma <northgate@myworkday.com>",
        "Your candidate account has been created",
        ("other_job", NG, None, None, "workday", "en"),
        text="""Dear Aoife,

Your account on the Northgate Pharma careers site has been created. Your user name is
aoife.brennan@gaelpost.ie. Keep your password safe.

Northgate Pharma Talent Acquisition
""",
        tz=GMT,
    ),
    m(
        "14070",
        "2026-02-17 10:00",
        "Rezoomo <surveys@rezoomo.com>",
        "How was your application experience with St Brigid's University Hospital?",
        ("other_job", SB, None, None, "other", "en"),
        text="""Hi Aoife,

We'd love to hear about your experience applying to St Brigid's University Hospital. It takes
under 2 minutes and helps employers improve.

Rate your experience: https://www.rezoomo.com/survey/cx?a=88120

Thanks,
Rezoomo
""",
        tz=GMT,
    ),
    m(
        "14071",
        "2026-03-23 09:01",
        "Tomasz Wrobel <tomasz.wrobel@haldenmed.com>",
        "Automatic reply: Teams link for tomorrow?",
        ("other_job", HM, None, None, "direct", "en"),
        text="""Thank you for your email. I am travelling on Monday 23 March with limited access to
email. I will respond on my return. For urgent recruitment queries please contact
emea.talent@haldenmed.com.

Tomasz
""",
        tz=GMT,
    ),
    m(
        "14072",
        "2026-04-30 13:10",
        "Beacon Ridge People Services <onboarding@brhg.ie>",
        "Welcome to Beacon Ridge - your first week",
        ("other_job", BR, CINS, None, "direct", "en"),
        text="""Dear Aoife,

Welcome to Beacon Ridge Hospital Group! Please complete your new-starter forms (bank
details, PPSN, emergency contact) in the People Portal before 25 May. Your corporate
induction is on 2 June in the Sandyford Education Centre.

People Services
""",
        tz=IST,
    ),
    m(
        "14073",
        "2026-03-02 21:12",
        "Aoife Brennan <aoife.brennan@gaelpost.ie>",
        "Fwd: Thank you for your application - Req 4471",
        ("confirmation", BR, CINS, 5, "other", "en"),
        to="Conor Brennan <conor.brennan@gaelpost.ie>",
        text="""This is the informatics one I was telling you about - applied this morning, fingers crossed!!

---------- Forwarded message ---------
From: Beacon Ridge Careers <noreply@successfactors.eu>
Date: Mon, 2 Mar 2026 at 09:31
Subject: Thank you for your application - Req 4471
To: Aoife Brennan <aoife.brennan@gaelpost.ie>

Dear Aoife Brennan,

Thank you for applying for the Clinical Informatics Nurse Specialist position (Requisition
4471) at Beacon Ridge Hospital Group. Your application has been successfully submitted.

Talent Acquisition
Beacon Ridge Hospital Group
""",
        tz=GMT,
    ),
]

MAIL += [
    m(
        "14074",
        "2026-05-19 11:45",
        "Orla Kavanagh <orla.kavanagh@sbuh-health.ie>",
        "SBUH-CNM2-0326",
        ("rejection", SB, CNM2, 14, "direct", "en"),
        text="""Dear Aoife,

Thank you for your application for Clinical Nurse Manager 2, Day Surgery. Due to the high
number of applications received, the shortlisting panel applied additional criteria
(minimum 2 years' experience at CNM1 level or above), and I regret that you were not
shortlisted on this occasion.

Thank you for your continued interest in St Brigid's University Hospital.

Kind regards,
"""
        + SIG_SB,
        tz=IST,
    ),
    m(
        "14075",
        "2026-06-16 09:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Aoife, 8 new jobs for Clinical Informatics Nurse Specialists",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Jobs you may be interested in, based on your profile:</p>
<p>CNIO Office Lead - Corrib Health Partners - Galway<br>Nursing Informatics Manager - Kestrel
Diagnostics - Dublin<br>Clinical Safety Officer - Medisync - Dublin</p></body></html>""",
        tz=IST,
    ),
    m(
        "14076",
        "2026-07-08 14:30",
        "Cathal Murphy <cathal.murphy@talentmedica.ie>",
        "Congrats + a thought",
        ("outreach", None, "Nursing Informatics Manager", None, "agency", "en"),
        text="""Hi Aoife,

Saw your news on LinkedIn - congrats on Beacon Ridge! I know you've just started, so no
pressure at all, but I have a Nursing Informatics Manager role (8a equivalent) with a
hospital group in the midlands that is a step up. If you'd ever like to chat in confidence,
I'm here.

Cathal
Talent Medica
""",
        tz=IST,
    ),
    m(
        "14077",
        "2026-05-04 06:30",
        "IrishJobs.ie Job Alerts <jobalerts@irishjobs.ie>",
        "5 new jobs for 'clinical informatics' in Ireland",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body><p>Hi Aoife, here are the latest jobs matching your alert.</p>
<ul><li>Clinical Systems Analyst - Northgate Pharma - Cork</li><li>EPR Trainer (Nursing) -
Confidential - Dublin</li></ul><p><a href="https://www.irishjobs.ie/jobs/alerts">Manage alerts</a></p></body></html>""",
        tz=IST,
    ),
    m(
        "14078",
        "2026-06-01 17:00",
        "Medisync Hiring <no-reply@greenhouse.io>",
        "We'd love your feedback",
        ("other_job", MS, None, None, "greenhouse", "en"),
        text="""Hi Aoife,

You recently interviewed with Medisync. Would you take 2 minutes to tell us about your
candidate experience? Your answers are anonymous.

https://app.greenhouse.io/survey/candidate/8871

Thanks!
""",
        tz=IST,
    ),
]

SDC = "Sandymount Day Clinic"
NMDP = "Nurse Manager - Day Procedures"

MAIL += [
    # 16 Halden MedTech: second round invite by the manager, then cancelled (ghosted after)
    m(
        "14079",
        "2026-04-01 16:10",
        "Ruth Callan <ruth.callan@haldenmed.com>",
        "Invitation: Aoife Brennan / Ruth Callan - 2nd round @ Wed 8 Apr 2026 11:00 - 12:00 (IST)",
        ("interview", HM, CES, 16, "direct", "en"),
        text="""Hi Aoife, Tomasz passed on your details. Looking forward to chatting about the
clinical education role in Ireland. Ruth
""",
        ics={
            "uid": "halden-2nd-brennan-0408@haldenmed.com",
            "start": "2026-04-08 11:00:00 +0100",
            "minutes": 60,
            "organizer": ("Ruth Callan", "ruth.callan@haldenmed.com"),
            "summary": "Aoife Brennan / Ruth Callan - 2nd round",
            "location": "https://meet.google.com/hza-mpqe-xrt",
        },
        tz=IST,
    ),
    m(
        "14080",
        "2026-04-07 08:05",
        "Ruth Callan <ruth.callan@haldenmed.com>",
        "Cancelled event: Aoife Brennan / Ruth Callan - 2nd round @ Wed 8 Apr 2026 11:00 - 12:00 (IST)",
        ("interview", HM, CES, 16, "direct", "en"),
        text="""This event has been cancelled. Sorry Aoife - something has come up with our budget
for the Irish territory, Tomasz will be in touch.
""",
        ics={
            "uid": "halden-2nd-brennan-0408@haldenmed.com",
            "method": "CANCEL",
            "start": "2026-04-08 11:00:00 +0100",
            "minutes": 60,
            "organizer": ("Ruth Callan", "ruth.callan@haldenmed.com"),
            "summary": "Aoife Brennan / Ruth Callan - 2nd round",
        },
        tz=IST,
    ),
    # 24 Sandymount Day Clinic (private clinic), all direct: interview, offer, declined
    m(
        "14081",
        "2026-03-04 13:25",
        "Emer Lawlor <emer@sandymountclinic.ie>",
        "Your CV",
        ("interview", SDC, NMDP, 24, "direct", "en"),
        text="""Hi Aoife,

Thanks for sending your CV for the nurse manager post in our day procedures unit. I'd love
to meet you - would Monday 9th at 5pm suit, here at the clinic? It would be myself and our
medical director, Dr Fitzgerald, and shouldn't take more than an hour.

Emer Lawlor
Director of Clinical Services
Sandymount Day Clinic | 14 Strand Road, Dublin 4
""",
        tz=GMT,
    ),
    m(
        "14082",
        "2026-03-04 17:50",
        "Emer Lawlor <emer@sandymountclinic.ie>",
        "Re: Your CV",
        ("interview", SDC, NMDP, 24, "direct", "en"),
        text="""Lovely, see you Monday. Free parking at the back.

Emer

> Monday at 5 works perfectly, thank you.
""",
        tz=GMT,
        **reply("14081", "emer@sandymountclinic.ie"),
    ),
    m(
        "14083",
        "2026-03-16 10:40",
        "Emer Lawlor <emer@sandymountclinic.ie>",
        "Following on from Monday",
        ("offer", SDC, NMDP, 24, "direct", "en"),
        text="""Hi Aoife,

Dr Fitzgerald and I really enjoyed meeting you, and we'd love you to join us as Nurse
Manager for Day Procedures. We can offer EUR 64,000, Monday to Friday, 25 days' leave, and
we'd support the MSc you mentioned.

Have a think and let me know by the end of next week - happy to talk through anything.

Emer
""",
        tz=GMT,
    ),
    m(
        "14084",
        "2026-03-26 15:02",
        "Emer Lawlor <emer@sandymountclinic.ie>",
        "Re: Following on from Monday",
        ("offer", SDC, NMDP, 24, "direct", "en"),
        st="declined",
        text="""Hi Aoife,

Thanks for letting me know, and for being so honest about wanting to move into
informatics. Of course I'm disappointed, but I completely understand. Best of luck with
the informatics interviews - and if it doesn't work out, call me.

Emer

> Hi Emer, thank you so much for the offer. After a lot of thought I've decided not to
> accept, as I'm hoping to move towards a clinical informatics role.
""",
        tz=GMT,
        **reply("14083", "emer@sandymountclinic.ie"),
    ),
]

MAIL += [
    m(
        "14085",
        "2026-03-03 20:00",
        "Indeed <donotreply@indeed.com>",
        "Finish applying: Clinic Operations Manager",
        ("alert", "Rathmines Family Practice", "Clinic Operations Manager", None, "indeed", "en"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife, you started applying to <b>Clinic Operations Manager</b> at Rathmines Family
Practice but didn't finish.</p>
<p><a href="https://ie.indeed.com/viewjob?jk=8d1c22a7">Continue application</a> - it only takes a few minutes.</p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "14086",
        "2026-01-24 07:00",
        "Jobs.ie <alerts@jobs.ie>",
        "New jobs: Director of Nursing, Nurse Manager - Dublin",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Hello Aoife, 6 new jobs match your saved search.</p>
<p>Director of Nursing - Grand Canal Care Homes - Dublin 8<br>
Person in Charge - Nursing Home - Lucan<br>
Assistant Director of Nursing - Private Hospital - Dublin 18</p></body></html>""",
        tz=GMT,
    ),
]
