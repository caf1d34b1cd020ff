# ruff: noqa: E501
"""Corpus 43, job mail in English: applications, alerts, outreach, other job mail."""

from __future__ import annotations

import hashlib
from typing import Any

APPS = {
    1: ("Peachtree Valley Health", "Clinical Operations Coordinator", "workday"),
    2: ("Peachtree Valley Health", "Patient Access Supervisor", "workday"),
    3: ("Carolina Crest Medical Group", "Practice Operations Coordinator", "icims"),
    4: ("Carolina Crest Medical Group", "Practice Operations Coordinator", "icims"),
    5: ("Harborline Health Plans", "Care Management Coordinator", "taleo"),
    6: ("Medivia Pharmacy", "District Operations Coordinator", "oracle"),
    7: ("Calloway County Board of Health", "Health Program Administrative Coordinator", "other"),
    8: ("Dunmore University Medical Center", "Research Operations Coordinator", "workday"),
    9: ("Cadenza Health", "Clinical Operations Associate", "greenhouse"),
    10: ("Sweet Auburn Community Health", "Clinic Operations Manager", "bamboohr"),
    11: ("Trinity Plains Medical Center", "Contract Unit Coordinator", "agency"),
    12: ("Red de Salud Esperanza", "Coordinadora de Operaciones Clínicas", "jazzhr"),
    13: ("Brightpath Home Health", "Scheduling Operations Lead", "lever"),
    14: ("Sunbelt Orthopaedic Partners", "Practice Administrator", "smartrecruiters"),
    15: ("Magnolia Dermatology Associates", "Office Manager", "other"),
    16: ("Riverbend Surgical Center", "Surgery Scheduling Coordinator", "other"),
    17: ("Queen City Pediatric Partners", "Clinical Operations Coordinator", "other"),
    18: ("Cumberland Behavioral Health", "Intake Operations Coordinator", "other"),
    19: ("Stonebridge Family Medicine", "Medical Office Coordinator", "indeed"),
    20: ("Veritas Care Analytics", "Healthcare Operations Analyst", "linkedin"),
    21: ("Lakeshore Imaging Centers", "Imaging Operations Coordinator", "other"),
    22: ("Hollins Kidney Care", "Dialysis Clinic Administrator", "other"),
    23: ("Southern Pines Health System", "Administrative Fellow", "handshake"),
    24: ("Blue Ridge Summit Health", "Quality and Accreditation Coordinator", "workday"),
    25: ("Northstar Value Care", "Market Operations Coordinator", "greenhouse"),
    26: ("Tri-County Physicians Alliance", "Revenue Cycle Operations Coordinator", "icims"),
    27: ("Emberly Women's Health", "Practice Coordinator", "direct"),
}


def a(cat: str, app: int, src: str | None = None, lang: str = "en") -> tuple:
    company, role, source = APPS[app]
    return (cat, company, role, app, src or source, lang)


def j(cat: str, company: str | None, role: str | None, src: str, lang: str = "en") -> tuple:
    return (cat, company, role, None, src, lang)


def m(n: int, date: str, frm: str, subject: str, t: tuple, text: str = "", **kw: Any) -> dict:
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    token = hashlib.sha1(f"h43-{n}".encode()).hexdigest()
    spec: dict[str, Any] = {
        "id": f"<{token[:12]}.{token[12:20]}.{n}@{domain}>",
        "date": date,
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    spec.update(kw)
    return spec


def mid(n: int, domain: str) -> str:
    token = hashlib.sha1(f"h43-{n}".encode()).hexdigest()
    return f"<{token[:12]}.{token[12:20]}.{n}@{domain}>"


PVH = "Peachtree Valley Health <pvhs@myworkday.com>"
WD_FOOT = "\n\nThis email was sent from an unmonitored mailbox. Please do not reply.\n"

MAIL: list[dict[str, Any]] = [
    # --- 1/2: Peachtree Valley Health, two roles (Workday tenant pvhs) -------------------------
    m(
        101,
        "2025-09-04 21:17:42 -0400",
        PVH,
        "Thank you for applying!",
        a("confirmation", 1),
        "Hi Kayla,\n\nThank you for applying for the Clinical Operations Coordinator position "
        "(R-0048812) at Peachtree Valley Health. We have received your application and our talent "
        "acquisition team is reviewing your qualifications.\n\nYou can check the status of your "
        "application at any time by signing in to your candidate home:\n"
        "https://pvhs.wd1.myworkdayjobs.com/PVH_Careers/userHome\n\nIf your background is a match "
        "for the role, a member of our team will reach out to discuss next steps.\n\n"
        "Sincerely,\nPeachtree Valley Health Talent Acquisition" + WD_FOOT,
    ),
    m(
        102,
        "2025-09-04 21:40:05 -0400",
        PVH,
        "Thank you for applying!",
        a("confirmation", 2),
        "Hi Kayla,\n\nThank you for applying for the Patient Access Supervisor position (R-0049130) "
        "at Peachtree Valley Health. We have received your application and our talent "
        "acquisition team is reviewing your qualifications.\n\nYou can check the status of your "
        "application at any time by signing in to your candidate home:\n"
        "https://pvhs.wd1.myworkdayjobs.com/PVH_Careers/userHome\n\n"
        "Sincerely,\nPeachtree Valley Health Talent Acquisition" + WD_FOOT,
    ),
    m(
        103,
        "2025-09-16 10:02:11 -0400",
        "Renee Castellanos <renee.castellanos@peachtreevalleyhealth.org>",
        "Clinical Operations Coordinator - phone screen",
        a("interview", 1, "direct"),
        "Good morning Kayla,\n\nI'm a talent acquisition partner with Peachtree Valley Health and "
        "I'm supporting the Clinical Operations Coordinator opening in our Perioperative Services "
        "department at the Midtown campus. Your background in clinic scheduling and throughput "
        "caught my eye and I'd love to set up a 20-30 minute phone screen.\n\nWould any of these "
        "work for you?\n- Thursday 9/18, 10:00-11:00 AM\n- Friday 9/19, 1:30-3:00 PM\n\n"
        "Just reply with what works best and I'll send a calendar hold.\n\nThanks,\n"
        "Renee Castellanos\nTalent Acquisition Partner | Peachtree Valley Health\n"
        "O: 404-555-0182\npeachtreevalleyhealth.org/careers",
    ),
    m(
        104,
        "2025-09-22 16:45:30 -0400",
        "Renee Castellanos <renee.castellanos@peachtreevalleyhealth.org>",
        "Invitation: Panel Interview - Kayla Brennan-Osei / Clinical Ops Coordinator @ Mon Sep 29",
        a("interview", 1, "direct"),
        "Hi Kayla,\n\nGreat news - the hiring manager, Dr. Paul Whitcombe, would like to meet with "
        "you. I've sent a Teams invite for a 45-minute panel on Monday, September 29 at 2:00 PM "
        "ET with Paul and two of the charge nurses you'd be supporting.\n\nPlease accept the "
        "invite so I know it landed. Let me know if you need anything.\n\nRenee",
        ics={
            "uid": "pvh-panel-0929-kbo@peachtreevalleyhealth.org",
            "start": "2025-09-29 14:00:00 -0400",
            "minutes": 45,
            "organizer": ("Renee Castellanos", "renee.castellanos@peachtreevalleyhealth.org"),
            "summary": "Panel Interview - Kayla Brennan-Osei / Clinical Ops Coordinator",
            "description": "Microsoft Teams meeting. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_pvh0929",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        105,
        "2025-10-08 17:20:14 -0400",
        "Renee Castellanos <renee.castellanos@peachtreevalleyhealth.org>",
        "Verbal follow-up: offer details",
        a("offer", 1, "direct"),
        "Hi Kayla,\n\nIt was a pleasure speaking with you this afternoon! As discussed, I'm "
        "thrilled to extend a conditional offer for the Clinical Operations Coordinator role in "
        "Perioperative Services.\n\nSummary:\n- Base pay: $68,500/year (grade 27)\n- Schedule: "
        "Mon-Fri, 7:30 AM - 4:00 PM, Midtown campus\n- Target start date: Monday, November 3\n"
        "- Offer is contingent on a background check, drug screen and employee health clearance\n\n"
        "You'll receive the formal offer letter from DocuSign shortly. Please review and sign by "
        "Friday, 10/10.\n\nCongratulations!\nRenee",
    ),
    m(
        106,
        "2025-10-09 08:12:55 -0400",
        "Peachtree Valley Health via DocuSign <dse_NA4@docusign.net>",
        "Completed: Peachtree Valley Health - Offer Letter - Kayla Brennan-Osei",
        a("offer", 1, "docusign"),
        st="accepted",
        html="<html><body><table width='100%'><tr><td align='center'>"
        "<p style='font-size:20px'>Your document has been completed</p>"
        "<p>All parties have completed <b>Peachtree Valley Health - Offer Letter - Kayla "
        "Brennan-Osei</b>.</p><p><a href='https://na4.docusign.net/Signing/EmailStart.aspx?a=5b7e'>"
        "VIEW COMPLETED DOCUMENT</a></p><p>Renee Castellanos<br>renee.castellanos@peachtreevalleyhealth.org"
        "</p><hr><p style='font-size:11px'>Do Not Share This Email: This email contains a secure "
        "link to DocuSign. Please do not share this email, link, or access code with others.</p>"
        "<p style='font-size:11px'>About DocuSign: Sign documents electronically in just "
        "minutes.</p></td></tr></table></body></html>",
    ),
    m(
        107,
        "2025-10-09 11:30:00 -0400",
        "Sterling <donotreply@sterlingcheck.com>",
        "Action Required: Complete your background check for Peachtree Valley Health",
        j("other_job", "Peachtree Valley Health", "Clinical Operations Coordinator", "other"),
        "Hello Kayla Brennan-Osei,\n\nPeachtree Valley Health has requested that you complete a "
        "background screening as part of your employment process. Please use the secure link below "
        "to provide your information and electronic authorization.\n\n"
        "https://portal.us.sterlingcheck.app/invite/7QK2-PVH\n\nThis invitation expires in 7 days.\n\n"
        "If you have questions, contact our Candidate Care team at 1-888-889-6009.\n\nSterling",
    ),
    m(
        108,
        "2025-10-10 09:05:12 -0400",
        "Employee Health Scheduling <no-reply@questdiagnostics.com>",
        "Your drug screen authorization - Donor Pass",
        j("other_job", "Peachtree Valley Health", None, "other"),
        "Kayla Brennan-Osei,\n\nAn employer-requested drug test has been ordered for you.\n\n"
        "Requested by: PEACHTREE VALLEY HEALTH\nOrder #: 4410-882-1937\nComplete by: 10/14/2025\n\n"
        "Bring this Donor Pass and a government-issued photo ID to any Quest Diagnostics Patient "
        "Service Center that offers employer drug testing. Schedule ahead to skip the wait:\n"
        "https://appointment.questdiagnostics.com/\n\nDo not reply to this email.",
    ),
    m(
        109,
        "2025-10-21 14:03:41 -0400",
        PVH,
        "Your application status has changed",
        a("rejection", 2),
        "Hello Kayla,\n\nThank you for your interest in the Patient Access Supervisor position at "
        "Peachtree Valley Health. After careful consideration, the hiring team has decided to "
        "move forward with other candidates whose experience more closely aligns with the needs "
        "of this role.\n\nWe encourage you to keep exploring opportunities with us at "
        "https://pvhs.wd1.myworkdayjobs.com/PVH_Careers.\n\nBest regards,\nPeachtree Valley Health "
        "Talent Acquisition" + WD_FOOT,
    ),
    m(
        110,
        "2025-10-27 10:00:00 -0400",
        "PVH Onboarding <onboarding@peachtreevalleyhealth.org>",
        "Welcome to Peachtree Valley Health! Your first day details",
        j("other_job", "Peachtree Valley Health", "Clinical Operations Coordinator", "direct"),
        "Dear Kayla,\n\nWelcome to the PVH family! Your New Employee Orientation is Monday, "
        "November 3 from 8:00 AM to 4:30 PM at the Learning Center, 1150 Juniper St NE, 2nd floor. "
        "Parking in Deck C; bring your offer letter for a validation.\n\nBefore then, please "
        "complete your I-9 Section 1 and benefits enrollment in Workday (tasks are in your inbox).\n\n"
        "See you soon,\nPVH Onboarding Team",
    ),
    # --- 3/4: Carolina Crest, rejection then re-application to the same reposted role ---------
    m(
        120,
        "2025-09-08 13:22:08 -0400",
        "Carolina Crest Medical Group @ icims <careers+autoreply@icims.com>",
        "Thank you for your application - Practice Operations Coordinator",
        a("confirmation", 3),
        "Dear Kayla,\n\nThank you for your interest in Carolina Crest Medical Group! We've "
        "received your application for the Practice Operations Coordinator (Job ID 2025-11874) "
        "position in Charlotte, NC.\n\nOur recruiters review every application. If your "
        "qualifications match, we'll contact you to talk about next steps.\n\nWarm regards,\n"
        "Carolina Crest Medical Group Talent Acquisition\n\nPlease do not respond to this "
        "automated message.",
    ),
    m(
        121,
        "2025-09-25 09:47:33 -0400",
        "Carolina Crest Medical Group @ icims <careers+autoreply@icims.com>",
        "Your application with Carolina Crest Medical Group",
        a("rejection", 3),
        "Dear Kayla,\n\nThank you for taking the time to apply for the Practice Operations "
        "Coordinator role. We were genuinely impressed with your background, and your "
        "experience running multi-provider clinic schedules stood out.\n\nThat made this a "
        "difficult decision. We have chosen to pursue candidates who currently live in the "
        "Charlotte area, as this position is fully onsite with limited relocation support.\n\n"
        "We'll keep your profile on file and hope you'll consider us again in the future.\n\n"
        "Sincerely,\nCarolina Crest Medical Group Talent Acquisition",
    ),
    m(
        122,
        "2026-01-12 19:31:02 -0500",
        "Carolina Crest Medical Group @ icims <careers+autoreply@icims.com>",
        "Thank you for your application - Practice Operations Coordinator",
        a("confirmation", 4),
        "Dear Kayla,\n\nThank you for your interest in Carolina Crest Medical Group! We've "
        "received your application for the Practice Operations Coordinator (Job ID 2026-00412) "
        "position in Charlotte, NC (Hybrid).\n\nOur recruiters review every application. If "
        "your qualifications match, we'll contact you to talk about next steps.\n\nWarm regards,\n"
        "Carolina Crest Medical Group Talent Acquisition",
    ),
    m(
        123,
        "2026-01-20 11:15:44 -0500",
        "Dana Whitfield <dwhitfield@carolinacrestmg.com>",
        "Practice Ops Coordinator (hybrid) - let's talk",
        a("interview", 4, "direct"),
        "Hi Kayla,\n\nI remember your application from the fall - when we reposted this role as "
        "hybrid (3 days onsite in Charlotte, 2 remote), your name came right back to the top of "
        "my list. Are you open to a video interview next week?\n\nYou can pick a time here: "
        "https://calendly.com/dwhitfield-ccmg/30min\n\nDana Whitfield, MHA\nDirector, Practice "
        "Operations\nCarolina Crest Medical Group | 704-555-0139",
    ),
    m(
        124,
        "2026-01-21 08:03:10 -0500",
        "Calendly <notifications@calendly.com>",
        "New Event: Kayla Brennan-Osei - 08:30am Tue, Jan 27, 2026 - 30 Minute Meeting",
        a("interview", 4, "other"),
        "Hi Kayla Brennan-Osei,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute "
        "Meeting\n\nInvitee:\nKayla Brennan-Osei\n\nEvent Date/Time:\n08:30am - Tuesday, January "
        "27, 2026 (Eastern Time - US & Canada)\n\nLocation:\nThis is a Zoom web conference.\n"
        "https://us06web.zoom.us/j/84412093377\n\nHost: Dana Whitfield\n\nCancel: "
        "https://calendly.com/cancellations/8f2c\nReschedule: https://calendly.com/reschedulings/8f2c\n",
        ics={
            "uid": "calendly-8f2c-4e1a@calendly.com",
            "start": "2026-01-27 08:30:00 -0500",
            "minutes": 30,
            "organizer": ("Dana Whitfield", "dwhitfield@carolinacrestmg.com"),
            "summary": "Kayla Brennan-Osei and Dana Whitfield",
            "location": "https://us06web.zoom.us/j/84412093377",
        },
    ),
    # --- 5: Harborline Health Plans (Taleo) -------------------------------------------------
    m(
        130,
        "2025-09-10 12:08:19 -0400",
        "Harborline Health Plans <harborline@taleo.net>",
        "Harborline Health Plans - Application Received - Care Management Coordinator (Remote)",
        a("confirmation", 5),
        "Dear Kayla Brennan-Osei,\n\nThank you for your interest in Harborline Health Plans. This "
        "message confirms that we have received your application for Job Number 250319 - Care "
        "Management Coordinator (Remote).\n\nOur Recruitment team will review your qualifications. "
        "Unfortunately, due to the volume of applications we receive, we are unable to respond to "
        "each applicant individually; if you are selected to move forward, a recruiter will "
        "contact you.\n\nYou may review your submission in the Career Section:\n"
        "https://harborline.taleo.net/careersection/ext/mysubmissions.ftl\n\n"
        "Harborline Health Plans is an Equal Opportunity Employer.\n\n** This is an automated "
        "message, please do not reply. **",
    ),
    m(
        131,
        "2025-09-17 15:30:00 -0400",
        "Harborline Health Plans <harborline@taleo.net>",
        "Next step: Online Assessment for Job 250319",
        a("assessment", 5),
        "Dear Kayla,\n\nThe next step in our selection process for Care Management Coordinator "
        "(Remote) is an online work-style and situational judgment assessment. It takes about "
        "35 minutes and must be completed within 5 days.\n\nStart here: "
        "https://harborline.taleo.net/careersection/ext/assessment.ftl?job=250319\n\n"
        "Tips: use a laptop or desktop, a stable connection, and a quiet place.\n\n"
        "Harborline Health Plans Talent Acquisition",
    ),
    m(
        132,
        "2025-10-14 18:02:27 -0400",
        "Harborline Health Plans <harborline@taleo.net>",
        "Update regarding Job 250319",
        a("rejection", 5),
        "Dear Kayla Brennan-Osei,\n\nWe appreciate the time you invested in applying for the Care "
        "Management Coordinator (Remote) opening and completing our assessment.\n\nAfter review, "
        "we will not be moving forward with your candidacy for this requisition. This decision "
        "reflects the specific requirements of the role and is not a reflection of your overall "
        "potential.\n\nWe invite you to visit our career site regularly.\n\nHarborline Health "
        "Plans Talent Acquisition",
    ),
    # --- 6: Medivia Pharmacy (Oracle Recruiting Cloud), HireVue, withdrawn ------------------------
    m(
        140,
        "2025-09-12 07:55:41 -0400",
        "Medivia Pharmacy Careers <no-reply@ejfw.fa.us6.oraclecloud.com>",
        "Thank you for applying to Medivia Pharmacy",
        a("confirmation", 6),
        html="<html><body style='font-family:Arial'><img src='https://ejfw.fa.us6.oraclecloud.com/"
        "hcmUI/CandidateExperience/logo.png' alt='Medivia Pharmacy'><p>Hi Kayla,</p><p>Thanks "
        "for applying for <b>District Operations Coordinator</b> (Requisition 25-0917-DOC), "
        "Dallas-Fort Worth District. We're reviewing your application and will be in touch if "
        "there's a fit.</p><p>Track your application anytime in <a href='https://ejfw.fa.us6."
        "oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile'>My Profile</a>.</p>"
        "<p>Thanks,<br>The Medivia Talent Team</p></body></html>",
    ),
    m(
        141,
        "2025-09-19 10:11:00 -0400",
        "Medivia Pharmacy <noreply@hirevue.com>",
        "Medivia Pharmacy - Complete your virtual interview",
        a("assessment", 6, "hirevue"),
        "Hi Kayla,\n\nMedivia Pharmacy has invited you to complete an on-demand interview for the "
        "District Operations Coordinator position.\n\nYou'll answer 6 questions on video at a "
        "time that works for you. Each question allows up to 3 minutes to respond and you can "
        "practice as many times as you like before starting.\n\nPlease complete by: September 24, "
        "2025 11:59 PM CDT\n\nStart Interview: https://app.hirevue.com/interviews/MdvPh/k8Qz2\n\n"
        "Need help? Visit https://support.hirevue.com\n\nGood luck!\nMedivia Pharmacy",
    ),
    m(
        142,
        "2025-09-30 13:47:19 -0400",
        "Lorenzo Baptiste <lorenzo.baptiste@mediviarx.com>",
        "Interview - District Operations Coordinator (DFW)",
        a("interview", 6, "direct"),
        "Hi Kayla,\n\nThanks for completing the video interview - the team enjoyed your answers "
        "about handling staffing gaps across stores. We'd like to invite you to a virtual "
        "interview with our District Leader, Marisa Ng, on Tuesday, October 7 at 11:00 AM Central "
        "(12:00 PM Eastern). A Zoom link is in the attached invite.\n\nRegards,\nLorenzo Baptiste\n"
        "Senior Recruiter, Retail Pharmacy Operations\nMedivia Pharmacy",
        ics={
            "uid": "medivia-doc-1007-kbo@mediviarx.com",
            "start": "2025-10-07 12:00:00 -0400",
            "minutes": 45,
            "organizer": ("Lorenzo Baptiste", "lorenzo.baptiste@mediviarx.com"),
            "summary": "Interview: Kayla Brennan-Osei - District Operations Coordinator",
            "location": "https://mediviarx.zoom.us/j/93018225410",
        },
    ),
    m(
        144,
        "2025-10-10 11:02:13 -0400",
        "Lorenzo Baptiste <lorenzo.baptiste@mediviarx.com>",
        "RE: Interview - District Operations Coordinator (DFW)",
        a("confirmation", 6, "direct"),
        st="withdrawn",
        text="Kayla,\n\nCongratulations on the new role! I've withdrawn your application in our "
        "system - no further action needed on your end. Please keep us in mind down the road.\n\n"
        "All the best,\nLorenzo\n\n-----Original Message-----\nFrom: Kayla Brennan-Osei "
        "<kayla.brennanosei@gmail.com>\nSent: Friday, October 10, 2025 9:20 AM\nSubject: Re: "
        "Interview - District Operations Coordinator (DFW)\n\nI'd like to withdraw from "
        "consideration...",
    ),
    # --- 7: Calloway County Board of Health (NEOGOV, civil service) ----------------------------
    m(
        150,
        "2025-09-05 16:44:02 -0400",
        "Calloway County, GA <info@governmentjobs.com>",
        "Application Received: Health Program Administrative Coordinator",
        a("confirmation", 7),
        "Dear Kayla Brennan-Osei,\n\nThank you for applying for the position of Health Program "
        "Administrative Coordinator (Recruitment #25-0611-HPAC) with Calloway County. Your "
        "application was received on 09/05/2025 at 4:43 PM.\n\nAll applications will be reviewed "
        "for minimum qualifications. Applicants who meet the minimum qualifications will be "
        "notified of the examination process.\n\nYou can check the status of your application "
        "by logging into your account at www.governmentjobs.com/careers/callowaycountyga.\n\n"
        "Calloway County Human Resources\nDepartment of Public Health / Board of Health",
    ),
    m(
        151,
        "2025-10-02 09:00:00 -0400",
        "Calloway County, GA <info@governmentjobs.com>",
        "Notice of Examination Results - Health Program Administrative Coordinator",
        a("assessment", 7),
        "NOTICE OF EXAMINATION RESULTS\n\nName: Kayla Brennan-Osei\nRecruitment: Health Program "
        "Administrative Coordinator #25-0611-HPAC\nExamination: Training & Experience Evaluation "
        "(weight 100%)\n\nFinal Score: 91.50\nResult: PASSED\n\nYour name will be placed on the "
        "eligible list in rank order of final score. Candidates will be referred to the hiring "
        "department according to Civil Service Rule 6.3. Inclusion on the eligible list does not "
        "guarantee an interview or employment.\n\nYou may request a review of your score within "
        "10 business days of the date of this notice.\n\nCalloway County Human Resources",
    ),
    m(
        152,
        "2025-10-09 14:12:30 -0400",
        "Calloway County, GA <info@governmentjobs.com>",
        "Eligible List Notification - Recruitment #25-0611-HPAC",
        a("confirmation", 7),
        st="assessment",
        text="Dear Kayla Brennan-Osei,\n\nYou have been placed on the eligible list for Health "
        "Program Administrative Coordinator. The list was certified on 10/08/2025 and will remain "
        "in effect for twelve (12) months unless exhausted or extended.\n\nRank: 4\n\nThe hiring "
        "department may contact you directly to schedule an interview.\n\nCalloway County Human "
        "Resources",
    ),
    m(
        153,
        "2025-10-20 10:38:51 -0400",
        "Gloria Haynes <ghaynes@callowaycountyga.gov>",
        "Interview Scheduling - Health Program Admin Coordinator",
        a("interview", 7, "direct"),
        "Ms. Brennan-Osei,\n\nThe Calloway County Board of Health would like to schedule you for a "
        "structured oral interview for the above position. Interviews will be held in person on "
        "Wednesday, October 29, 2025 at the Health Department Administration Building, 210 Court "
        "Square, Suite 300, Room B.\n\nAvailable times: 9:00 AM, 10:30 AM, 1:30 PM. Please reply "
        "with your preference by Friday. Bring a valid photo ID.\n\nThank you,\nGloria Haynes\n"
        "Administrative Services Manager\nCalloway County Board of Health\n(770) 555-0164\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail may contain information that is confidential and "
        "protected under applicable law.",
    ),
    # --- 8: Dunmore University Medical Center (Workday tenant dumc) ------------------------------
    m(
        160,
        "2025-09-14 22:06:18 -0400",
        "dumc@myworkday.com",
        "Thank you for applying!",
        a("confirmation", 8),
        "Dear Kayla,\n\nThank you for your interest in Dunmore University Medical Center. We "
        "received your application for Research Operations Coordinator (JR-118204), Department "
        "of Medicine - Clinical Trials Office, Nashville, TN.\n\nView status: "
        "https://dumc.wd5.myworkdayjobs.com/en-US/DUMC_External/userHome\n\nDunmore University "
        "Medical Center Human Resources",
    ),
    m(
        161,
        "2025-11-05 08:31:09 -0500",
        "dumc@myworkday.com",
        "Your application status has changed",
        a("rejection", 8),
        "Dear Kayla,\n\nThe status of your application for Research Operations Coordinator "
        "(JR-118204) has changed. This position has been filled.\n\nThank you for considering "
        "Dunmore University Medical Center. We encourage you to apply for other positions that "
        "fit your interests.\n\nDunmore University Medical Center Human Resources",
    ),
    # --- 9: Cadenza Health (Greenhouse), offer declined ---------------------------------------
    m(
        170,
        "2025-09-03 15:12:44 -0400",
        "Cadenza Health <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Cadenza Health!",
        a("confirmation", 9),
        "Hi Kayla,\n\nThanks for your interest in Cadenza Health - we received your application "
        "for Clinical Operations Associate (Remote - US)!\n\nWe're building virtual care that "
        "actually feels like care, and our team reads every application. If your experience "
        "matches what we're looking for, someone from People Ops will reach out within two "
        "weeks.\n\nBest,\nCadenza Health Recruiting\n\n**Please note: this inbox is not monitored.",
    ),
    m(
        171,
        "2025-09-11 11:48:03 -0400",
        "Priya Raman <priya@cadenzahealth.com>",
        "Cadenza Health | Clinical Operations Associate - next steps",
        a("interview", 9, "greenhouse"),
        "Hi Kayla,\n\nThanks for applying to the Clinical Operations Associate role! I'd love to "
        "set up an initial 30 minute chat to tell you more about Cadenza and hear about your "
        "work in ambulatory clinic ops.\n\nPlease use the link below to select a time that works "
        "for you:\nhttps://app.greenhouse.io/scheduling/self_schedule/7a91e2c0\n\nLooking forward "
        "to it,\nPriya\n\nPriya Raman | Talent Partner | Cadenza Health",
        reply_to="priya@cadenzahealth.com",
    ),
    m(
        172,
        "2025-09-24 17:05:37 -0400",
        "Priya Raman <priya@cadenzahealth.com>",
        "Cadenza Health: workflow exercise",
        a("assessment", 9, "greenhouse"),
        "Hi Kayla,\n\nThe team loved chatting with you! As a next step, we'd like you to complete "
        "a short take-home exercise: map out how you'd triage provider-schedule gaps across three "
        "states with different licensure rules. It should take no more than 2 hours. Please "
        "send your response (slides or a doc) by Tuesday 9/30.\n\nThe prompt is attached.\n\n"
        "Priya",
        attach=[
            (
                "Cadenza_ClinOps_Exercise.txt",
                "text/plain",
                "Scenario: three states, 14 NPs, 2 unexpected call-outs...",
            )
        ],
    ),
    m(
        173,
        "2025-10-06 18:21:00 -0400",
        "Priya Raman <priya@cadenzahealth.com>",
        "Offer - Clinical Operations Associate",
        a("offer", 9, "greenhouse"),
        "Hi Kayla,\n\nI'm so excited to share that the team would like to offer you the Clinical "
        "Operations Associate role! Your offer letter is attached with the details: $61,000 base, "
        "0.02% equity, full remote with quarterly travel to Denver.\n\nThe offer is valid through "
        "Friday, October 10. I'm happy to hop on a call to walk through anything.\n\n"
        "Congratulations!\nPriya",
    ),
    m(
        174,
        "2025-10-10 10:44:52 -0400",
        "Priya Raman <priya@cadenzahealth.com>",
        "Re: Offer - Clinical Operations Associate",
        a("offer", 9, "greenhouse"),
        st="declined",
        text="Hi Kayla,\n\nThank you for letting me know, and for being so thoughtful about it. "
        "We're sad to miss out on working with you, but Peachtree sounds like a great fit. I've "
        "closed out the offer on our side.\n\nLet's stay in touch!\nPriya\n\n"
        "On Thu, Oct 9, 2025 at 9:12 PM, Kayla Brennan-Osei <kayla.brennanosei@gmail.com> wrote:\n"
        "> Hi Priya, thank you so much for the offer. After a lot of thought I've decided to\n"
        "> decline, as I've accepted an in-person role closer to home...\n",
    ),
    # --- 10: Sweet Auburn Community Health (BambooHR) -----------------------------------------
    m(
        180,
        "2025-09-18 12:30:26 -0400",
        "Tamika Hollis <notifications@app.bamboohr.com>",
        "Thanks for applying to Sweet Auburn Community Health",
        a("confirmation", 10),
        "Hi Kayla,\n\nThank you for applying for our Clinic Operations Manager opening. As a "
        "federally qualified health center serving East Atlanta since 1989, we know how much work "
        "goes into each application and we appreciate it.\n\nWe'll review applications on a "
        "rolling basis and reach out if we'd like to schedule an interview.\n\nTamika Hollis\n"
        "HR Generalist, Sweet Auburn Community Health",
        reply_to="thollis@sweetauburnhealth.org",
    ),
    m(
        181,
        "2025-09-29 09:14:00 -0400",
        "Tamika Hollis <thollis@sweetauburnhealth.org>",
        "Interview - Clinic Operations Manager",
        a("interview", 10, "direct"),
        "Good morning Kayla,\n\nWe'd like to invite you in for an interview with our COO and "
        "Medical Director on Friday 10/3 at 10:00 am at our Edgewood Ave site. Please check in "
        "at the front desk and ask for me. Street parking is available or the lot behind the "
        "building.\n\nPlease confirm by replying to this email.\n\nThanks!\nTamika",
    ),
    m(
        182,
        "2025-10-16 15:58:11 -0400",
        "Tamika Hollis <notifications@app.bamboohr.com>",
        "Clinic Operations Manager",
        a("rejection", 10),
        "Hi Kayla,\n\nThank you again for coming in to meet with our team. We enjoyed learning "
        "about your experience, and the decision was a hard one. We've offered the position to a "
        "candidate with more FQHC and UDS reporting experience, and they have accepted.\n\nWe'd "
        "love to keep your résumé on file for future openings.\n\nWarmly,\nTamika Hollis",
        reply_to="thollis@sweetauburnhealth.org",
    ),
    # --- 13: Brightpath Home Health (Lever) ---------------------------------------------------
    m(
        190,
        "2025-09-22 20:11:09 -0400",
        "Brightpath Home Health <no-reply@hire.lever.co>",
        "Thank you for your application to Brightpath Home Health",
        a("confirmation", 13),
        "Hi Kayla,\n\nThank you for your interest in Brightpath Home Health! We wanted to let you "
        "know we received your application for Scheduling Operations Lead, and we are delighted "
        "that you would consider joining our team.\n\nOur team will review your application and "
        "will be in touch if your qualifications match our needs for the role.\n\nBest,\n"
        "Brightpath Home Health",
    ),
    m(
        191,
        "2025-10-01 16:26:40 -0400",
        "Brightpath Home Health <no-reply@hire.lever.co>",
        "Your application to Brightpath Home Health",
        a("rejection", 13),
        "Hi Kayla,\n\nThank you for your interest in the Scheduling Operations Lead role in "
        "Nashville. We appreciate you taking the time to apply.\n\nWhile your background is "
        "impressive, we've decided to move forward with candidates who have more direct home "
        "health scheduling experience (EVV and HHAeXchange in particular).\n\nWe wish you all "
        "the best in your search.\n\nThe Brightpath Recruiting Team",
    ),
    # --- 14: Sunbelt Orthopaedic Partners (SmartRecruiters), ghosted -----------------------------
    m(
        200,
        "2025-09-26 11:03:55 -0400",
        "Sunbelt Orthopaedic Partners <noreply@smartrecruiters.com>",
        "Thank you for your application",
        a("confirmation", 14),
        "Dear Kayla,\n\nThank you for applying to the Practice Administrator position at Sunbelt "
        "Orthopaedic Partners in Dallas, TX. Unfortunately, because of the large number of "
        "applicants, we are not able to provide an individual response to everyone. If your "
        "profile matches the requirements, we will contact you within the next few weeks.\n\n"
        "You can view the status of your application at any time:\n"
        "https://jobs.smartrecruiters.com/SunbeltOrthopaedicPartners/743999122-practice-administrator\n\n"
        "Kind regards,\nSunbelt Orthopaedic Partners Recruiting",
    ),
    # --- 15: Magnolia Dermatology (ADP), manager from personal Gmail ----------------------------
    m(
        210,
        "2025-10-13 08:22:17 -0400",
        "Magnolia Dermatology Associates <SecurityServices_NoReply@adp.com>",
        "Application Received - Office Manager",
        a("confirmation", 15),
        "Hello Kayla,\n\nThank you for applying for the Office Manager position at Magnolia "
        "Dermatology Associates - SouthPark. Your application has been received and will be "
        "reviewed by the hiring manager.\n\nPlease do not reply to this email.\n\n"
        "ADP Workforce Now Recruitment",
    ),
    m(
        211,
        "2025-10-17 21:48:03 -0400",
        "Cheryl Ann Bosworth <cherylbosworth61@gmail.com>",
        "office manager position",
        a("interview", 15, "direct"),
        "Hi Kayla, this is Cheryl Bosworth, practice manager at Magnolia Derm. Sorry for writing "
        "from my personal email, our work email is down tonight. Saw your application and would "
        "like to do a quick phone interview. Could you do Tuesday around noon? My cell is "
        "704-555-0177.\n\nCheryl\n\nSent from my iPhone",
    ),
    m(
        212,
        "2025-11-04 13:10:29 -0500",
        "Cheryl Ann Bosworth <cherylbosworth61@gmail.com>",
        "Re: office manager position",
        a("rejection", 15, "direct"),
        "Kayla - thank you for your patience. Dr. Lindqvist decided to promote one of our "
        "front desk leads into the role, so we won't be moving forward with outside candidates. "
        "You were a delight to talk to and I'm sure you'll land somewhere great.\n\nCheryl\n\n"
        "> On Oct 21, 2025, at 3:02 PM, Kayla Brennan-Osei <kayla.brennanosei@gmail.com> wrote:\n"
        ">\n> Hi Cheryl, thank you for the call today! Just following up...\n",
    ),
    # --- 16: Riverbend Surgical Center (Paylocity), ghosted --------------------------------------
    m(
        220,
        "2025-10-02 14:19:50 -0400",
        "Riverbend Surgical Center <noreply@paylocity.com>",
        "Thank you for your application!",
        a("confirmation", 16),
        "Kayla,\n\nThank you for applying for the Surgery Scheduling Coordinator position with "
        "Riverbend Surgical Center. We have received your application and will review it "
        "shortly. If your skills and experience are a good match, a member of our team will "
        "contact you.\n\nThank you,\nRiverbend Surgical Center\n\n"
        "This message was sent by Paylocity on behalf of Riverbend Surgical Center.",
    ),
    # --- 17: Queen City Pediatric Partners (UKG Pro) ---------------------------------------------
    m(
        230,
        "2025-10-06 10:55:12 -0400",
        "Queen City Pediatric Partners <noreply@ultipro.com>",
        "Queen City Pediatric Partners: We received your application",
        a("confirmation", 17),
        "Dear Kayla Brennan-Osei,\n\nThank you for your interest in the Clinical Operations "
        "Coordinator opportunity with Queen City Pediatric Partners. We have received your "
        "application.\n\nTo view your application, visit the Candidate Home at "
        "https://recruiting.ultipro.com/QUE1004QCPP/JobBoard/\n\nRegards,\nHuman Resources",
    ),
    m(
        231,
        "2025-10-28 16:12:04 -0400",
        "Queen City Pediatric Partners <noreply@ultipro.com>",
        "Regarding the Clinical Operations Coordinator opportunity",
        a("rejection", 17),
        "Dear Kayla Brennan-Osei,\n\nThank you for your interest in Queen City Pediatric Partners. "
        "We have reviewed your application for the Clinical Operations Coordinator opportunity "
        "and have decided to pursue other applicants at this time.\n\nWe appreciate your "
        "interest and wish you success.\n\nRegards,\nHuman Resources",
    ),
    # --- 18: Cumberland Behavioral Health (Jobvite), withdrawn ------------------------------------
    m(
        240,
        "2025-09-09 09:38:40 -0400",
        "Cumberland Behavioral Health <notification@jobvite.com>",
        "Your application to Cumberland Behavioral Health",
        a("confirmation", 18),
        "Hi Kayla,\n\nThank you for applying for the Intake Operations Coordinator position. We "
        "have received your application and look forward to reviewing your qualifications.\n\n"
        "Sincerely,\nCumberland Behavioral Health Talent Team\n\n"
        "https://jobs.jobvite.com/cumberlandbh/job/oQ2Kzfw1",
    ),
    m(
        241,
        "2025-09-23 12:01:15 -0400",
        "Marcus Oyelaran <moyelaran@cumberlandbh.org>",
        "Intake Ops Coordinator interview - Nashville",
        a("interview", 18, "direct"),
        "Hi Kayla,\n\nThanks for your interest in joining CBH. I'm the manager of Access & "
        "Intake. Are you available for a 45 minute video interview this Friday (9/26) at 2 PM "
        "Central? We'll use Zoom: https://cumberlandbh.zoom.us/j/81220774001\n\nMarcus Oyelaran, "
        "LCSW\nManager, Access & Intake | Cumberland Behavioral Health",
    ),
    m(
        242,
        "2025-10-13 15:35:00 -0400",
        "Cumberland Behavioral Health <notification@jobvite.com>",
        "Application withdrawn",
        a("confirmation", 18),
        st="withdrawn",
        text="Hi Kayla,\n\nWe've received your request and withdrawn your application for "
        "Intake Operations Coordinator. Thank you for your interest in Cumberland Behavioral "
        "Health, and we hope you'll consider us in the future.\n\nCumberland Behavioral Health "
        "Talent Team",
    ),
    # --- 19: Stonebridge Family Medicine (Indeed, HTML-only) -----------------------------------
    m(
        250,
        "2025-10-15 19:02:46 -0400",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Medical Office Coordinator",
        a("confirmation", 19),
        html="<html><body><table><tr><td><img src='https://www.indeed.com/images/indeed-logo.png' "
        "alt='Indeed'></td></tr><tr><td><h2>Application submitted</h2><p><b>Medical Office "
        "Coordinator</b><br>Stonebridge Family Medicine - Smyrna, GA</p><p>The following items "
        "were sent to <b>Stonebridge Family Medicine</b>. Good luck!</p><ul><li>Application</li>"
        "<li>Resume</li></ul><p><a href='https://www.indeed.com/myjobs'>Track your "
        "applications on My jobs</a></p><p style='font-size:11px;color:#767676'>© 2025 "
        "Indeed - <a href='https://www.indeed.com/legal'>Privacy</a> - Unsubscribe</p></td></tr>"
        "</table></body></html>",
    ),
    m(
        251,
        "2025-10-18 08:40:19 -0400",
        "Indeed <donotreply@match.indeed.com>",
        "Your application was viewed",
        a("viewed", 19),
        html="<html><body><p>Good news, Kayla!</p><p><b>Stonebridge Family Medicine</b> viewed "
        "your application for <b>Medical Office Coordinator</b>.</p><p>Employers usually reach "
        "out within a few days if there's a match.</p><p><a href='https://www.indeed.com/myjobs'>"
        "View application</a></p></body></html>",
    ),
    m(
        252,
        "2025-10-27 12:15:33 -0400",
        "Stonebridge Family Medicine via Indeed <reply-8c41a2@indeedemail.com>",
        "New message from Stonebridge Family Medicine",
        a("rejection", 19),
        html="<html><body><p>Stonebridge Family Medicine sent you a message about <b>Medical "
        "Office Coordinator</b>:</p><blockquote>Hi Kayla, thank you for applying. We have decided "
        "to move forward with another candidate who has eClinicalWorks experience. Best of luck "
        "in your search! - Jennifer, Stonebridge Family Medicine</blockquote><p><a href='https://"
        "www.indeed.com/conversations'>Reply on Indeed</a></p></body></html>",
    ),
    # --- 20: Veritas Care Analytics (LinkedIn Easy Apply) ----------------------------------------
    m(
        260,
        "2025-10-20 13:33:01 -0400",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Kayla, your application was sent to Veritas Care Analytics",
        a("confirmation", 20),
        "Your application was sent to Veritas Care Analytics\n\nHealthcare Operations Analyst\n"
        "Veritas Care Analytics · United States (Remote)\nApplied on October 20, 2025\n\n"
        "View job: https://www.linkedin.com/jobs/view/4301188271/\n\nNow, take these next steps "
        "for more success with your job search\nTry Premium for $0\n\n"
        "This email was intended for Kayla Brennan-Osei (Clinical Operations Coordinator)\n"
        "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
    ),
    m(
        261,
        "2025-10-23 09:11:27 -0400",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Veritas Care Analytics",
        a("viewed", 20),
        "Kayla, your application was viewed\n\nHealthcare Operations Analyst\nVeritas Care "
        "Analytics · United States (Remote)\n\nThe hiring team viewed your application. Hang "
        "tight - keep applying while you wait.\n\nhttps://www.linkedin.com/jobs/view/4301188271/\n\n"
        "© 2025 LinkedIn Corporation",
    ),
    m(
        262,
        "2025-11-12 10:02:44 -0500",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Veritas Care Analytics",
        a("rejection", 20),
        "Your update from Veritas Care Analytics\n\nHealthcare Operations Analyst\n\n"
        "Thank you for your interest in the Healthcare Operations Analyst position at Veritas "
        "Care Analytics. Unfortunately, we will not be moving forward with your application, "
        "but we appreciate your time and interest.\n\nRegards,\nVeritas Care Analytics\n\n"
        "Top jobs looking for your skills: https://www.linkedin.com/jobs/\n© 2025 LinkedIn",
    ),
    # --- 21: Lakeshore Imaging (ZipRecruiter) ---------------------------------------------------
    m(
        270,
        "2025-10-24 07:41:12 -0400",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "You applied to Imaging Operations Coordinator at Lakeshore Imaging Centers",
        a("confirmation", 21),
        "Your application was sent!\n\nImaging Operations Coordinator\nLakeshore Imaging Centers "
        "· Dallas, TX · $55K - $64K a year\n\nWhat happens next? We'll let you know when the "
        "employer views your application.\n\nTrack it in My Jobs: https://www.ziprecruiter.com/"
        "candidate/my-jobs\n\nZipRecruiter, Inc. · 604 Arizona Ave, Santa Monica, CA 90401",
    ),
    m(
        271,
        "2025-10-29 18:20:50 -0400",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Great news! Lakeshore Imaging Centers viewed your application",
        a("viewed", 21),
        "Lakeshore Imaging Centers viewed your application for Imaging Operations Coordinator.\n\n"
        "Applicants who follow up within 48 hours are more likely to hear back. Tip: send a "
        "short note through ZipRecruiter.\n\nhttps://www.ziprecruiter.com/candidate/my-jobs",
    ),
    # --- 22: Hollins Kidney Care (Glassdoor), ghosted ----------------------------------------
    m(
        280,
        "2025-11-03 20:07:31 -0500",
        "Glassdoor <noreply@glassdoor.com>",
        "Application submitted: Dialysis Clinic Administrator",
        a("confirmation", 22),
        "You applied to Dialysis Clinic Administrator at Hollins Kidney Care\nDecatur, GA\n\n"
        "Your application has been submitted. Hollins Kidney Care will contact you directly if "
        "they'd like to move forward.\n\nWhile you wait: read 214 reviews of Hollins Kidney Care "
        "from employees.\n\nGlassdoor, Inc. · Mill Valley, CA",
    ),
    # --- 23: Southern Pines Health System (Handshake) -------------------------------------------
    m(
        290,
        "2025-11-10 12:00:09 -0500",
        "Handshake <noreply@joinhandshake.com>",
        "You applied to Administrative Fellow at Southern Pines Health System",
        a("confirmation", 23),
        "Application submitted\n\nAdministrative Fellow (2026-2027)\nSouthern Pines Health System "
        "· Charlotte, NC\n\nYour application, resume and transcript have been shared with "
        "the employer. Check the status any time on Handshake.\n\nhttps://app.joinhandshake.com/"
        "stu/applications\n\nGood luck!\nThe Handshake Team",
    ),
    m(
        291,
        "2025-12-15 11:30:42 -0500",
        "Handshake <noreply@joinhandshake.com>",
        "Southern Pines Health System sent you a message",
        a("rejection", 23),
        'Southern Pines Health System sent you a message:\n\n"Dear Kayla, thank you for applying '
        "to our 2026-2027 Administrative Fellowship. We received more than 300 applications for "
        "two positions, and after a careful review your application will not advance to the "
        'interview round. We encourage you to apply again next cycle."\n\nView and reply: '
        "https://app.joinhandshake.com/messages",
    ),
    # --- 24: Blue Ridge Summit Health (Workday tenant brsh) --------------------------------------
    m(
        300,
        "2025-11-06 09:15:02 -0500",
        "brsh@myworkday.com",
        "Blue Ridge Summit Health | Application Received",
        a("confirmation", 24),
        "Kayla,\n\nThank you for submitting your application for Quality and Accreditation "
        "Coordinator (REQ_30771) at Blue Ridge Summit Health, Charlotte Regional Office.\n\n"
        "Candidate Home: https://brsh.wd12.myworkdayjobs.com/BlueRidgeCareers\n\nBlue Ridge "
        "Summit Health Talent Acquisition",
    ),
    m(
        301,
        "2025-11-14 13:40:18 -0500",
        "brsh@myworkday.com",
        "Action needed: complete your assessment",
        a("assessment", 24),
        "Kayla,\n\nAs part of the selection process for Quality and Accreditation Coordinator "
        "(REQ_30771), please complete the Joint Commission readiness knowledge check in your "
        "Workday Candidate Home (My Tasks). It takes about 25 minutes.\n\nDue: November 19, 2025\n\n"
        "https://brsh.wd12.myworkdayjobs.com/BlueRidgeCareers/userHome",
    ),
    m(
        302,
        "2025-12-02 10:09:11 -0500",
        "Veronica Ashby <veronica.ashby@brshealth.org>",
        "Interview invitation - Quality & Accreditation Coordinator",
        a("interview", 24, "direct"),
        "Hello Kayla,\n\nThank you for completing the knowledge check. Our Director of Quality "
        "would like to speak with you by video on Tuesday, December 9 at 3:00 PM ET. The invite "
        "is attached; please accept if the time works.\n\nKind regards,\nVeronica Ashby\nTalent "
        "Acquisition Specialist, Blue Ridge Summit Health",
        ics={
            "uid": "brsh-qac-1209@brshealth.org",
            "start": "2025-12-09 15:00:00 -0500",
            "minutes": 45,
            "organizer": ("Veronica Ashby", "veronica.ashby@brshealth.org"),
            "summary": "Interview: Quality & Accreditation Coordinator - K. Brennan-Osei",
            "location": "https://brshealth.zoom.us/j/96632014882",
        },
    ),
    # --- 25: Northstar Value Care (Greenhouse) --------------------------------------------------
    m(
        310,
        "2025-11-18 16:28:39 -0500",
        "Northstar Value Care <no-reply@us.greenhouse-mail.io>",
        "Application received: Market Operations Coordinator",
        a("confirmation", 25),
        "Hi Kayla,\n\nWe got it! Thanks for applying to be our Market Operations Coordinator in "
        "Nashville. Our recruiting team will review your background and reach out if it's a "
        "match.\n\nNorthstar Value Care | Primary care for seniors, done differently",
    ),
    m(
        311,
        "2025-12-08 12:52:10 -0500",
        "Northstar Value Care <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        a("rejection", 25),
        "Hi Kayla,\n\nThanks so much for your interest in Northstar. We've had the chance to "
        "review your application for Market Operations Coordinator and have decided not to move "
        "forward at this time.\n\nWe'll keep your information on file and may reach out if a "
        "role opens up that better fits your experience.\n\nAll the best,\nNorthstar Recruiting",
    ),
    # --- 26: Tri-County Physicians Alliance (iCIMS) ---------------------------------------------
    m(
        320,
        "2025-12-01 08:01:47 -0500",
        "Tri-County Physicians Alliance @ icims <careers+autoreply@icims.com>",
        "Tri-County Physicians Alliance - Application Confirmation",
        a("confirmation", 26),
        "Kayla,\n\nThank you for applying to Revenue Cycle Operations Coordinator (Req "
        "2025-3308), Irving, TX. Please log in to the candidate portal to update your contact "
        "information or upload additional documents.\n\nhttps://careers-tcpa.icims.com/jobs/"
        "3308/login\n\nTri-County Physicians Alliance",
    ),
    m(
        321,
        "2025-12-10 14:22:35 -0600",
        "Brandon Kessler <bkessler@tcpa-health.com>",
        "Phone interview - Rev Cycle Ops Coordinator",
        a("interview", 26, "direct"),
        "Hi Kayla,\n\nI'm the Revenue Cycle Manager for TCPA. I'd like to set up a phone "
        "interview - would Monday 12/15 at 10:00 CT (11:00 ET) work? I'll call the number on "
        "your application.\n\nThanks,\nBrandon Kessler",
    ),
    m(
        322,
        "2026-01-07 09:45:00 -0500",
        "Tri-County Physicians Alliance @ icims <careers+autoreply@icims.com>",
        "Tri-County Physicians Alliance - Position Update",
        a("rejection", 26),
        "Kayla,\n\nThank you for interviewing for the Revenue Cycle Operations Coordinator "
        "position. While we appreciated the opportunity to get to know you, we have selected "
        "another candidate whose skills better match our current needs.\n\nTri-County "
        "Physicians Alliance",
    ),
    # --- 27: Emberly Women's Health (direct) ----------------------------------------------------
    m(
        330,
        "2026-01-26 10:20:31 -0500",
        "Office - Emberly Women's Health <office@emberlywh.com>",
        "RE: Practice Coordinator - resume",
        a("confirmation", 27),
        "Hi Kayla,\n\nThank you for sending your resume for the Practice Coordinator position "
        "we posted on our website. I've passed it along to Dr. Achterberg and our office "
        "manager. We hope to schedule interviews in the next two weeks.\n\nThank you,\n"
        "Simone\nEmberly Women's Health\n3350 Peachtree Rd NE, Suite 410, Atlanta GA\n\n"
        "From: Kayla Brennan-Osei <kayla.brennanosei@gmail.com>\nSent: Sunday, January 25, 2026\n"
        "Subject: Practice Coordinator - resume\n\nHello, please find my resume attached...",
    ),
    m(
        331,
        "2026-02-05 15:02:12 -0500",
        "Leah Sorensen <lsorensen@emberlywh.com>",
        "Interview for Practice Coordinator",
        a("interview", 27),
        "Hi Kayla,\n\nI'm the office manager at Emberly. We'd like you to come in on Wednesday, "
        "February 11 at 12:30 PM to meet me and Dr. Achterberg. It should take about an hour.\n\n"
        "Let me know if that works.\n\nLeah Sorensen\nOffice Manager",
    ),
    # --- alerts, outreach, other job mail -------------------------------------------------------
    m(
        400,
        "2025-09-02 07:30:11 -0400",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"clinical operations coordinator": 12 new jobs in Atlanta, GA',
        j("alert", None, None, "linkedin"),
        "Your job alert for clinical operations coordinator in Atlanta, GA\n12 new jobs match your "
        "preferences.\n\nClinical Operations Coordinator\nPeachtree Valley Health · Atlanta, GA\n"
        "Actively recruiting\n\nPractice Operations Specialist\nGeorgia Heartland Cardiology · "
        "Marietta, GA\n\nPatient Services Coordinator\nMercer Crossing Surgical Hospital · "
        "Atlanta, GA\n\nSee all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=9"
        "\n\nYou're receiving job alert emails. Unsubscribe · Help",
    ),
    m(
        401,
        "2025-09-20 06:12:40 -0400",
        "Indeed <alert@indeed.com>",
        "Practice Administrator jobs in Dallas, TX",
        j("alert", None, None, "indeed"),
        html="<html><body><h3>15 new Practice Administrator jobs in Dallas, TX</h3><p><a href='"
        "https://www.indeed.com/rc/clk?jk=a1'>Practice Administrator</a><br>Sunbelt Orthopaedic "
        "Partners - Dallas, TX<br>Easily apply</p><p><a href='https://www.indeed.com/rc/clk?"
        "jk=a2'>Clinic Administrator</a><br>Prairie Rose Family Care - Plano, TX<br>$70,000 - "
        "$82,000 a year</p><p>Urgently hiring · Responsive employer</p></body></html>",
    ),
    m(
        402,
        "2025-10-05 08:00:00 -0400",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Kayla, 8 new healthcare admin jobs near you",
        j("alert", None, None, "other"),
        "Jobs you might like\n\nFront Office Supervisor - Wellstead Urgent Care - Sandy Springs, "
        "GA - 1-click apply\nPatient Access Lead - Northgate Hospital - Atlanta, GA\nMedical "
        "Office Manager - Dunwoody Family Dentistry - Dunwoody, GA\n\nSee all: "
        "https://www.ziprecruiter.com/jobs\n\nUnsubscribe from job alerts",
    ),
    m(
        403,
        "2025-10-12 18:30:10 -0400",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Companies are hiring for Healthcare Operations roles",
        j("alert", None, None, "other"),
        "Kayla, top companies are hiring now\n\nHealthcare Operations Manager - Harborline Health "
        "Plans - Remote - 4.1 ★\nOperations Coordinator - Cadence Kidney Partners - Atlanta - "
        "3.8 ★\n\nApply now and get noticed faster. https://www.glassdoor.com/Job/",
    ),
    m(
        404,
        "2025-09-13 11:02:00 -0400",
        "Harborline Health Plans <harborline@taleo.net>",
        "Welcome to the Harborline Talent Community",
        j("alert", "Harborline Health Plans", None, "taleo"),
        "Hi Kayla,\n\nThanks for joining the Harborline Health Plans Talent Community! You'll be "
        "among the first to hear about new openings in care management, member services and "
        "clinical operations, plus news from inside Harborline.\n\nManage your preferences: "
        "https://harborline.taleo.net/careersection/ext/profile.ftl",
    ),
    m(
        405,
        "2025-11-20 12:14:30 -0500",
        "Dunmore University Medical Center <dumc@myworkday.com>",
        "You started an application - finish it today",
        j(
            "alert",
            "Dunmore University Medical Center",
            "Clinical Trials Regulatory Coordinator",
            "workday",
        ),
        "Hi Kayla,\n\nYou started applying for Clinical Trials Regulatory Coordinator "
        "(JR-121560) but haven't submitted your application yet. Pick up where you left off:\n"
        "https://dumc.wd5.myworkdayjobs.com/en-US/DUMC_External/job/JR-121560/apply\n\n"
        "Dunmore University Medical Center Human Resources",
    ),
    m(
        406,
        "2025-12-03 09:30:00 -0500",
        "Blue Ridge Summit Health @ icims <careers+autoreply@icims.com>",
        "Complete your application",
        j("alert", "Blue Ridge Summit Health", None, "icims"),
        "Hi Kayla,\n\nIt looks like you didn't finish your application in our Physician "
        "Practices career portal. Your saved progress will be deleted after 30 days.\n\n"
        "Continue: https://careers-brsh-practices.icims.com/jobs/login",
    ),
    m(
        407,
        "2025-09-30 14:05:25 -0400",
        "Adaeze Nwosu <anwosu@keystonehealthtalent.com>",
        "Remote Clinical Operations Manager opportunity",
        j("outreach", None, "Clinical Operations Manager", "agency"),
        "Hi Kayla,\n\nI came across your profile and your experience coordinating perioperative "
        "schedules at a 400-bed hospital is exactly what my client is after. I'm recruiting a "
        "remote Clinical Operations Manager for a growing national home infusion company "
        "(confidential search). $88-95K plus bonus.\n\nWould you be open to a 15-minute call "
        "this week?\n\nAdaeze Nwosu\nSenior Recruiter, Keystone Health Talent",
    ),
    m(
        408,
        "2025-12-18 10:48:13 -0500",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Kayla, Grant Ellison sent you a message",
        j("outreach", "Meridian Peak Surgical Partners", "Practice Operations Manager", "linkedin"),
        "Grant Ellison\nDirector of Talent, Meridian Peak Surgical Partners\n\n\"Hi Kayla - we're "
        "opening two ambulatory surgery centers in Charlotte in Q2 and I'm looking for a "
        "Practice Operations Manager to help stand them up. Your background looks like a strong "
        'fit. Open to chatting?"\n\nReply: https://www.linkedin.com/messaging/thread/2-MjQ5\n\n'
        "You are receiving InMail notification emails.",
    ),
    m(
        409,
        "2025-09-06 10:00:00 -0400",
        "Calloway County, GA <info@governmentjobs.com>",
        "Your governmentjobs.com account - verify your email",
        j("other_job", None, None, "other"),
        "Thank you for creating an account on governmentjobs.com.\n\nYour verification code is: "
        "583 114\n\nThis code expires in 15 minutes. If you did not create this account, ignore "
        "this message.",
    ),
    m(
        410,
        "2025-10-30 11:20:00 -0400",
        "Renee Castellanos <renee.castellanos@peachtreevalleyhealth.org>",
        "Automatic reply: Quick question about parking",
        j("other_job", "Peachtree Valley Health", None, "direct"),
        "Thank you for your email. I am out of the office with limited access to email through "
        "Monday, November 3. For urgent recruiting matters please contact talent@"
        "peachtreevalleyhealth.org.\n\nRenee Castellanos",
    ),
    m(
        411,
        "2025-11-21 15:00:00 -0500",
        "Cadenza Health <no-reply@us.greenhouse-mail.io>",
        "How did we do? Share your candidate experience",
        j("other_job", "Cadenza Health", "Clinical Operations Associate", "greenhouse"),
        "Hi Kayla,\n\nThanks for interviewing with Cadenza Health. We'd love your honest feedback "
        "on your candidate experience. The survey is anonymous and takes 3 minutes.\n\n"
        "https://app.greenhouse.io/survey/cx/8821a\n\nThank you!",
    ),
    m(
        412,
        "2026-02-02 08:05:00 -0500",
        "Handshake <noreply@joinhandshake.com>",
        "Jobs for you: 6 new healthcare administration roles",
        j("alert", None, None, "handshake"),
        "Based on your profile\n\nPatient Experience Coordinator - Dunmore University Medical "
        "Center - Nashville, TN\nOperations Analyst - Cadenza Health - Remote\n\nApply now: "
        "https://app.joinhandshake.com/stu/postings",
    ),
    m(
        413,
        "2026-01-14 07:45:00 -0500",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"practice operations": Carolina Crest Medical Group and 9 more jobs in Charlotte',
        j("alert", None, None, "linkedin"),
        "Practice Operations Coordinator\nCarolina Crest Medical Group · Charlotte, NC (Hybrid)\n"
        "Be an early applicant\n\nPractice Manager\nPiedmont Lakes Urology · Huntersville, NC\n\n"
        "See all jobs: https://www.linkedin.com/jobs/search/",
    ),
]
