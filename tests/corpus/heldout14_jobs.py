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
        attach=[("Medisync_ward_rollout_case.txt", "text/plain", "Scenario: Ward 6B, 28 beds...\n")],
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
