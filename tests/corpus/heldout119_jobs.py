# ruff: noqa: E501, RUF100
"""Corpus 119, job mail of local and state employers and consultancies (data only): see heldout119.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Denver's UTC offset on that day (MDT until 2 November 2025, then MST)."""
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0600"
    return "-0700"


m = partial(dated_spec, tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def at(day_time: str) -> str:
    """An invitation's start in the builder's format, Denver time."""
    return f"{day_time}:00 {tz(day_time[:10])}"


def A(cat, co, role, app, src):
    """Label of application mail (English)."""
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    """Label of job mail that is not an application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, "en")


def N(cat="not_job"):
    """Label of mail that is not about jobs."""
    return (cat, "en")


def reply(parent_key: str, parent_when: str, parent_subject: str, domain: str) -> dict[str, str]:
    """Threading headers pointing at a parent message written with the same key scheme."""
    mid = f"<{parent_key}.{parent_when[:10].replace('-', '')}.{len(parent_subject)}@{domain}>"
    return {"In-Reply-To": mid, "References": mid}


DEN, DENR = "City and County of Denver", "Senior Engineer - Traffic Operations"
BOU, BOUR = "City of Boulder", "Transportation Engineer II"
CDOT, CDOTR = "CDOT", "Civil Engineering Project Manager I - Region 1"
PVC, PVCR = "Platte Valley County", "Traffic Engineer"
COS, COSR = "City of Colorado Springs", "Traffic Engineer III"
SLC, SLCR = "Salt Lake City", "Transportation Engineer III"
UDOT, UDOTR = "UDOT", "Engineer for Design - Region Two"
FRTA, FRTAR = "Front Range Transit Authority", "Engineer III - Capital Programs"
HP, HP1, HP2 = (
    "Halvorsen Pike",
    "Senior Transportation Engineer",
    "Transportation Planning Engineer",
)
KC, KCR = "Kestrel Civil", "Traffic Engineer, PE"
MG, MGR = "Meridian Grade Partners", "Roadway Design Engineer"
AS, ASR = "Alder & Stone Engineers", "Project Engineer - Transportation"
TI, TIR = "Tributary Infrastructure", "Senior Traffic Engineer"

MAIL: list[dict[str, Any]] = [
    # --- 1 City and County of Denver, DOTI (GovernmentJobs) --------------------------------
    m(
        "70311",
        "2025-09-04 21:14",
        "City and County of Denver <noreply@governmentjobs.com>",
        "Thank you for applying - Senior Engineer - Traffic Operations",
        A("confirmation", DEN, DENR, 1, "other"),
        "Dear Tessa Lindqvist,\n\nThank you for submitting your application for the position of Senior Engineer - Traffic Operations (Job #JR-25-04418) with the Department of Transportation and Infrastructure.\n\nYour application will be reviewed against the minimum and preferred qualifications. Due to the high volume of applications, we are unable to provide individual status updates by phone. If you are not selected to move forward, you will be notified by email once the recruitment closes.\n\nYou can check your application status at any time by logging in to your account at www.governmentjobs.com/careers/denver.\n\nCity and County of Denver - Office of Human Resources",
    ),
    m(
        "70312",
        "2025-09-22 10:03",
        "City and County of Denver <noreply@governmentjobs.com>",
        "Application Status Update - JR-25-04418",
        A("confirmation", DEN, DENR, 1, "other"),
        "Hello Tessa,\n\nThe minimum qualifications review for Senior Engineer - Traffic Operations is complete. Your application has been referred to the hiring manager at the Department of Transportation and Infrastructure (DOTI) for further consideration.\n\nThe hiring team will contact candidates selected for interviews directly. Please keep an eye on your email, including your spam folder.\n\nOffice of Human Resources\nCity and County of Denver",
    ),
    m(
        "70313",
        "2025-10-01 14:41",
        "Ramona Quintero <ramona.quintero@denvergov.org>",
        "DOTI Traffic Operations - panel interview",
        A("interview", DEN, DENR, 1, "direct"),
        "Hi Tessa,\n\nThank you for your interest in the Senior Engineer position with our Traffic Operations group. We would like to invite you to a panel interview on Thursday, October 9 at 1:30 PM at the Wellington Webb Building, 201 W Colfax Ave, 6th floor, conference room 6.G.2. The panel will be three people from Traffic Operations and Signal Systems and will take about an hour.\n\nPlease bring a copy of your PE license. I've sent a calendar hold as well; reply to confirm.\n\nThanks,\nRamona Quintero\nHR Business Partner | Department of Transportation & Infrastructure\nCity and County of Denver",
        ics={
            "start": at("2025-10-09 13:30"),
            "minutes": 60,
            "organizer": ("Ramona Quintero", "ramona.quintero@denvergov.org"),
            "uid": "040000008200E00074C5B7101A82E00800000000D0A1",
            "summary": "Panel Interview - Senior Engineer Traffic Ops - T. Lindqvist",
            "location": "Webb Building 6.G.2, 201 W Colfax Ave",
            "style": "outlook",
        },
    ),
    m(
        "70314",
        "2025-10-01 16:02",
        "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>",
        "RE: DOTI Traffic Operations - panel interview",
        A("interview", DEN, DENR, 1, "direct"),
        "Hi Ramona,\n\nConfirmed for Thursday the 9th at 1:30. I'll bring my license. Thank you!\n\nTessa\n\nFrom: Ramona Quintero <ramona.quintero@denvergov.org>\nSent: Wednesday, October 1, 2025 2:41 PM\nSubject: DOTI Traffic Operations - panel interview\n\n> We would like to invite you to a panel interview on Thursday, October 9 at 1:30 PM...",
        to="Ramona Quintero <ramona.quintero@denvergov.org>",
        **reply(
            "70313", "2025-10-01", "DOTI Traffic Operations - panel interview", "denvergov.org"
        ),
    ),
    m(
        "70315",
        "2025-10-28 09:17",
        "City and County of Denver <noreply@governmentjobs.com>",
        "Regarding your application for Senior Engineer - Traffic Operations",
        A("rejection", DEN, DENR, 1, "other"),
        "Dear Tessa,\n\nThank you for the time you invested in interviewing for Senior Engineer - Traffic Operations. The panel was impressed with your signal timing background and enjoyed the conversation.\n\nAfter careful consideration, the hiring team has selected another candidate whose experience more closely aligns with the current needs of the division. We encourage you to continue to apply for positions with the City and County of Denver.\n\nRespectfully,\nOffice of Human Resources",
    ),
    # --- 2 City of Boulder (GovernmentJobs), accepted --------------------------------------
    m(
        "70321",
        "2025-11-11 19:48",
        "City of Boulder <noreply@governmentjobs.com>",
        "Application Received: Transportation Engineer II",
        A("confirmation", BOU, BOUR, 2, "other"),
        html="<p>Dear Tessa,</p><p>The City of Boulder has received your application for <b>Transportation Engineer II</b> (Transportation &amp; Mobility). This recruitment closes on 11/23/2025.</p><p>Applications are reviewed after the closing date. Qualified candidates may be invited to a skills exercise and an interview. Unfortunately we cannot respond to individual inquiries about status.</p><p>City of Boulder Human Resources<br>1777 Broadway, Boulder, CO 80302</p>",
    ),
    m(
        "70322",
        "2025-12-01 11:26",
        "City of Boulder <noreply@governmentjobs.com>",
        "Transportation Engineer II - Written Exercise Invitation",
        A("assessment", BOU, BOUR, 2, "other"),
        "Hello Tessa,\n\nCongratulations, you have been selected to move forward in the recruitment for Transportation Engineer II. The next step is a timed written exercise (90 minutes) covering a corridor safety problem and a short memo to the public.\n\nThe exercise will be emailed from our testing partner on Monday, December 8 at 9:00 AM and must be returned by 10:30 AM. Please reply YES to this email if you will participate.\n\nSincerely,\nJen Haruki\nSenior HR Generalist, City of Boulder",
    ),
    m(
        "70323",
        "2025-12-12 15:05",
        "Jen Haruki <harukij@bouldercolorado.gov>",
        "Panel Interview - Transportation Engineer II",
        A("interview", BOU, BOUR, 2, "direct"),
        "Hi Tessa,\n\nThank you for completing the written exercise. The panel would like to interview you in person on Wednesday, January 7 at 10:00 AM at the Park Central Building, 1739 Broadway, Room 401. Please plan for 75 minutes: a panel interview followed by a short walk of the 30th Street corridor with the hiring manager, Dev Amari.\n\nA calendar invitation is attached. Parking is available in the 14th & Walnut garage; bring your ticket and we will validate.\n\nJen Haruki\nSenior HR Generalist | Human Resources\nCity of Boulder",
        ics={
            "start": at("2026-01-07 10:00"),
            "minutes": 75,
            "organizer": ("Jen Haruki", "harukij@bouldercolorado.gov"),
            "uid": "bou-te2-panel-lindqvist@bouldercolorado.gov",
            "summary": "Transportation Engineer II - Panel Interview (Lindqvist)",
            "location": "Park Central Bldg, 1739 Broadway Rm 401",
            "attendees": [("Dev Amari", "amarid@bouldercolorado.gov")],
            "style": "outlook",
        },
    ),
    m(
        "70324",
        "2026-01-16 16:40",
        "Dev Amari <amarid@bouldercolorado.gov>",
        "Conditional offer - Transportation Engineer II",
        A("offer", BOU, BOUR, 2, "direct"),
        "Tessa,\n\nIt was great to walk 30th Street with you. I'm very happy to extend a conditional offer of employment for Transportation Engineer II at an annual salary of $104,500, starting Monday, February 9, 2026. This offer is contingent upon successful completion of a background check, a motor vehicle record check and verification of your Colorado PE license.\n\nJen will send the formal letter and the background authorization through the portal today. Please let me know if you have any questions; I'm happy to talk through benefits or the start date.\n\nDev Amari, P.E.\nPrincipal Traffic Engineer\nTransportation & Mobility | City of Boulder",
        attach=[
            (
                "Conditional_Offer_Lindqvist.pdf",
                "application/pdf",
                "%PDF-1.4 conditional offer letter",
            )
        ],
    ),
    m(
        "70325",
        "2026-01-19 08:12",
        "Sterling Check <no-reply@sterlingcheck.com>",
        "Action required: City of Boulder background screening",
        J("other_job", "other", BOU, BOUR),
        "Hello Tessa Lindqvist,\n\nCity of Boulder has requested that you complete a background screening as part of your conditional offer. Please click the secure link below to provide your information and electronic consent. The link expires in 7 days.\n\nhttps://apply.sterlingcheck.app/c/8f2a91\n\nSterling Candidate Care",
    ),
    m(
        "70326",
        "2026-01-20 13:20",
        "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>",
        "RE: Conditional offer - Transportation Engineer II",
        A("offer", BOU, BOUR, 2, "direct"),
        "Hi Dev,\n\nThank you so much. I'm delighted to accept the offer, and February 9 works well. I've submitted the background authorization this morning.\n\nLooking forward to joining the team!\n\nTessa\n\n-----Original Message-----\nFrom: Dev Amari <amarid@bouldercolorado.gov>\nSubject: Conditional offer - Transportation Engineer II\n\n> I'm very happy to extend a conditional offer of employment...",
        to="Dev Amari <amarid@bouldercolorado.gov>",
        st="accepted",
        **reply(
            "70324",
            "2026-01-16",
            "Conditional offer - Transportation Engineer II",
            "bouldercolorado.gov",
        ),
    ),
    m(
        "70327",
        "2026-01-30 10:02",
        "Jen Haruki <harukij@bouldercolorado.gov>",
        "Welcome to the City of Boulder - New Employee Orientation",
        J("other_job", "direct", BOU, BOUR),
        "Hi Tessa,\n\nYour background check has cleared, so your offer is now final. Welcome aboard! New Employee Orientation is Monday, February 9, 8:00 AM - 12:00 PM at the Municipal Building. Please bring two forms of ID for your I-9.\n\nJen",
    ),
    # --- 3 CDOT (State of Colorado, GovernmentJobs) ----------------------------------------
    m(
        "70331",
        "2025-09-15 12:33",
        "State of Colorado Job Opportunities <noreply@governmentjobs.com>",
        "Colorado Department of Transportation: Application Received",
        A("confirmation", CDOT, CDOTR, 3, "other"),
        "Thank you for your interest in employment with the State of Colorado.\n\nWe have received your application for Civil Engineering Project Manager I - Region 1 (Recruitment #TDA-02917) with the Colorado Department of Transportation.\n\nYour application will be reviewed to determine if you meet the minimum qualifications. You will be notified by email of your status at each step of the selection process. Please do not reply to this email.",
    ),
    m(
        "70332",
        "2025-10-06 08:55",
        "State of Colorado Job Opportunities <noreply@governmentjobs.com>",
        "Notice of Eligibility - TDA-02917",
        A("confirmation", CDOT, CDOTR, 3, "other"),
        "Dear Tessa Lindqvist,\n\nBased on the comparative analysis of your application, you have been placed in the top group of candidates and your name has been referred to the hiring authority for Civil Engineering Project Manager I - Region 1. Your eligibility for this recruitment will remain active for six months.\n\nThe hiring authority may contact you to schedule an interview. Being referred does not guarantee an interview.\n\nCDOT Human Resources | Region 1, 2829 W Howard Pl, Denver",
    ),
    m(
        "70333",
        "2025-10-15 09:41",
        "Calvin Ortega <calvin.ortega@state.co.us>",
        "CDOT R1 PM I interview - scheduling",
        A("interview", CDOT, CDOTR, 3, "direct"),
        "Good morning Tessa,\n\nI'm the Resident Engineer for the Central Program in Region 1 and I'd like to set up a 45-minute interview for the Project Manager I position. We'll do it on Microsoft Teams with myself and two of our Project Engineers. Does Tuesday, October 21 at 2:00 PM work?\n\nRespectfully,\nCalvin Ortega, P.E.\nResident Engineer, Region 1 Central\nColorado Department of Transportation",
    ),
    m(
        "70334",
        "2025-10-15 11:10",
        "Calvin Ortega <calvin.ortega@state.co.us>",
        "Interview: CDOT R1 PM I - Lindqvist",
        A("interview", CDOT, CDOTR, 3, "direct"),
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 219 554 803 112\nPasscode: q7Yx3M\n\nCalvin Ortega has invited you to Interview: CDOT R1 PM I - Lindqvist.",
        ics={
            "start": at("2025-10-21 14:00"),
            "minutes": 45,
            "organizer": ("Calvin Ortega", "calvin.ortega@state.co.us"),
            "uid": "040000008200E00074C5B7101A82E0080000000071C2",
            "summary": "Interview: CDOT R1 PM I - Lindqvist",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "70335",
        "2026-01-22 12:00",
        "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>",
        "RE: CDOT R1 PM I interview - scheduling",
        A("interview", CDOT, CDOTR, 3, "direct"),
        "Hi Calvin,\n\nThank you again for the interview in October. I wanted to let you know that I've accepted another offer, so please withdraw me from consideration for the Project Manager I position. I really enjoyed learning about the I-25 program and hope our paths cross.\n\nBest regards,\nTessa Lindqvist, P.E.",
        to="Calvin Ortega <calvin.ortega@state.co.us>",
        st="withdrawn",
        **reply("70333", "2025-10-15", "CDOT R1 PM I interview - scheduling", "state.co.us"),
    ),
    m(
        "70336",
        "2026-01-22 15:22",
        "Calvin Ortega <calvin.ortega@state.co.us>",
        "RE: CDOT R1 PM I interview - scheduling",
        A("confirmation", CDOT, CDOTR, 3, "direct"),
        "Tessa, congratulations and thanks for letting me know. It has been a slow few months on our side with the budget, sorry about that. I'll let HR know to close out your application. Good luck in Boulder!\n\nCalvin\n\n> please withdraw me from consideration for the Project Manager I position.",
        st="withdrawn",
        **reply("70335", "2026-01-22", "RE: CDOT R1 PM I interview - scheduling", "gmail.com"),
    ),
    # --- 4 Platte Valley County (GovernmentJobs) -------------------------------------------
    m(
        "70341",
        "2025-09-08 22:05",
        "Platte Valley County <noreply@governmentjobs.com>",
        "Platte Valley County - Application Confirmation",
        A("confirmation", PVC, PVCR, 4, "other"),
        "Tessa,\n\nThank you for applying for Traffic Engineer with Platte Valley County Public Works. Your application was submitted on 09/08/2025.\n\nWhat happens next: Human Resources reviews all applications for minimum qualifications. Candidates who are selected for the eligible list will receive further instructions. Applicants not selected will be notified via email.\n\nPlatte Valley County, Colorado\nHuman Resources Division",
    ),
    m(
        "70342",
        "2025-10-02 16:47",
        "Platte Valley County <noreply@governmentjobs.com>",
        "Your application status for Traffic Engineer",
        A("rejection", PVC, PVCR, 4, "other"),
        "Dear Tessa Lindqvist,\n\nThank you for your interest in the Traffic Engineer position with Platte Valley County. We received many applications from highly qualified candidates.\n\nYour application has been reviewed and you were not selected for placement on the eligible list for this recruitment. Your status has been updated to 'Not Selected'.\n\nWe hope you will consider other opportunities with Platte Valley County.\n\nHuman Resources",
    ),
    # --- 5 City of Colorado Springs (GovernmentJobs), withdrawn ------------------------------
    m(
        "70351",
        "2025-12-05 20:31",
        "City of Colorado Springs <noreply@governmentjobs.com>",
        "Thank you for your interest - Traffic Engineer III",
        A("confirmation", COS, COSR, 5, "other"),
        html="<p>Tessa,</p><p>Thank you for applying for <strong>Traffic Engineer III</strong> with the City of Colorado Springs, Public Works - Traffic Engineering Division.</p><p>Your application will be reviewed by Human Resources. If you are not selected for further consideration, you will be notified once the position is filled.</p><p>City of Colorado Springs | Human Resources Department</p>",
    ),
    m(
        "70352",
        "2026-01-12 13:08",
        "Colorado Springs Human Resources <hrrecruiting@coloradosprings.gov>",
        "Interview Invitation - Traffic Engineer III (Req 8842)",
        A("interview", COS, COSR, 5, "direct"),
        "Hello Tessa,\n\nYou have been selected for a virtual interview for Traffic Engineer III. Please choose a time through the link below (interviews are January 28-30, 60 minutes, on Zoom).\n\nhttps://calendly.com/cos-traffic-hiring/te3-panel\n\nPanel: Traffic Engineering Manager, Senior Traffic Engineer, and an HR representative.\n\nThank you,\nMarcy Dillard\nTalent Acquisition, City of Colorado Springs",
    ),
    m(
        "70353",
        "2026-01-21 09:30",
        "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>",
        "RE: Interview Invitation - Traffic Engineer III (Req 8842)",
        A("interview", COS, COSR, 5, "direct"),
        "Hi Marcy,\n\nThank you for the invitation. I've accepted a position elsewhere, so I'd like to withdraw my application for Traffic Engineer III and give the slot to another candidate. I appreciate your time.\n\nTessa Lindqvist",
        to="Colorado Springs Human Resources <hrrecruiting@coloradosprings.gov>",
        st="withdrawn",
        **reply(
            "70352",
            "2026-01-12",
            "Interview Invitation - Traffic Engineer III (Req 8842)",
            "coloradosprings.gov",
        ),
    ),
    m(
        "70354",
        "2026-01-23 08:15",
        "City of Colorado Springs <noreply@governmentjobs.com>",
        "Application Status Change - Traffic Engineer III",
        A("confirmation", COS, COSR, 5, "other"),
        "Tessa Lindqvist,\n\nYour application for Traffic Engineer III has been updated to: Withdrawn by Applicant.\n\nIf you believe this is in error, please contact Human Resources.\n\nCity of Colorado Springs",
        st="withdrawn",
    ),
    # --- 6 Salt Lake City (GovernmentJobs) ---------------------------------------------------
    m(
        "70361",
        "2025-12-03 18:50",
        "Salt Lake City Corporation <noreply@governmentjobs.com>",
        "Application Received - Transportation Engineer III",
        A("confirmation", SLC, SLCR, 6, "other"),
        "Dear Tessa,\n\nThank you for applying with Salt Lake City Corporation. This email confirms receipt of your application for Transportation Engineer III - Transportation Division.\n\nApplications are screened by Human Resources and the hiring department. Due to the volume of applications, only candidates selected to interview will be contacted.\n\nSalt Lake City Human Resources\n451 S State St, Salt Lake City, UT",
    ),
    m(
        "70362",
        "2025-12-18 14:18",
        "Beck Sorensen <beck.sorensen@slcgov.com>",
        "SLC Transportation - interview for Engineer III",
        A("interview", SLC, SLCR, 6, "direct"),
        "Hi Tessa,\n\nThanks for applying for our Engineer III opening. We'd like to do a 1-hour virtual panel interview on Tuesday, January 13 at 10:00 AM Mountain. Teams link is in the calendar invite. The panel will ask you to walk us through a project where you balanced vehicle delay and pedestrian safety.\n\nBeck Sorensen, PE, PTOE\nTransportation Engineering Manager\nSalt Lake City Transportation",
        ics={
            "start": at("2026-01-13 10:00"),
            "minutes": 60,
            "organizer": ("Beck Sorensen", "beck.sorensen@slcgov.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000F1B7",
            "summary": "Transportation Engineer III Interview - Lindqvist",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "70363",
        "2026-01-19 09:51",
        "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>",
        "Withdrawing - Transportation Engineer III",
        A("interview", SLC, SLCR, 6, "direct"),
        "Hi Beck,\n\nThank you and the panel for last week's conversation. Since then I've received an offer close to home in Colorado that I plan to accept, so I should withdraw from the Engineer III process rather than keep you waiting. I hope to see you at the ITE Western District meeting.\n\nBest,\nTessa",
        to="Beck Sorensen <beck.sorensen@slcgov.com>",
        st="withdrawn",
    ),
    # --- 7 UDOT (Utah, GovernmentJobs), ghosted --------------------------------------------
    m(
        "70371",
        "2025-10-07 21:37",
        "State of Utah <noreply@governmentjobs.com>",
        "Utah Department of Transportation - We received your application",
        A("confirmation", UDOT, UDOTR, 7, "other"),
        "Hi Tessa,\n\nThank you for applying for Engineer for Design - Region Two (Job ID 24018) at the Utah Department of Transportation. Your application has been forwarded to the hiring manager.\n\nIf the hiring manager would like to interview you, you will be contacted directly. You can view your application status at governmentjobs.com/careers/utah.\n\nState of Utah, Division of Human Resource Management",
    ),
    # --- 8 Front Range Transit Authority (GovernmentJobs) ----------------------------------
    m(
        "70381",
        "2025-09-18 10:12",
        "Front Range Transit Authority <noreply@governmentjobs.com>",
        "FRTA: Application Received for Engineer III - Capital Programs",
        A("confirmation", FRTA, FRTAR, 8, "other"),
        "Thank you for applying to the Front Range Transit Authority.\n\nPosition: Engineer III - Capital Programs\nJob Number: 2025-0611\n\nAfter the posting closes, qualified applications will be ranked and an eligibility list will be established. Eligibility lists are valid for 90 days.\n\nFRTA Talent Acquisition",
    ),
    m(
        "70382",
        "2025-10-03 15:00",
        "Front Range Transit Authority <noreply@governmentjobs.com>",
        "You have been placed on the Eligible List",
        A("confirmation", FRTA, FRTAR, 8, "other"),
        "Dear Tessa Lindqvist,\n\nWe are pleased to inform you that you have been placed on the eligible list for Engineer III - Capital Programs (2025-0611). Your status is: Eligible - Referred to Hiring Manager.\n\nThe hiring manager will contact candidates selected for interview.\n\nFRTA Talent Acquisition",
    ),
    m(
        "70383",
        "2025-10-09 11:45",
        "Nadia Fenwick <nfenwick@frta-transit.org>",
        "Interview Invitation: Engineer III - Capital Programs",
        A("interview", FRTA, FRTAR, 8, "direct"),
        "Dear Tessa,\n\nThe Capital Programs team would like to invite you to a panel interview. Please pick a time through our scheduling page; slots are October 16-17.\n\nhttps://outlook.office365.com/book/FRTACapitalProgramsInterviews@frta-transit.org/\n\nFormat: 45 minutes, in person at FRTA headquarters, 1660 Blake St, Denver. Please check in at the security desk.\n\nKind regards,\nNadia Fenwick\nSenior Talent Acquisition Partner\nFront Range Transit Authority",
    ),
    m(
        "70384",
        "2025-10-09 12:03",
        "Microsoft Bookings <no-reply@microsoft.com>",
        "Booking confirmed: Engineer III Panel Interview",
        A("interview", FRTA, FRTAR, 8, "other"),
        html="<p>Hi Tessa Lindqvist,</p><p>Your booking with <b>FRTA Capital Programs Interviews</b> is confirmed.</p><p><b>Engineer III Panel Interview</b><br>Thursday, October 16, 2025 3:00 PM - 3:45 PM (UTC-07:00) Mountain Time (US &amp; Canada)<br>1660 Blake St, Denver, CO</p><p>Manage booking | Cancel</p>",
        ics={
            "start": at("2025-10-16 15:00"),
            "minutes": 45,
            "organizer": (
                "FRTA Capital Programs Interviews",
                "FRTACapitalProgramsInterviews@frta-transit.org",
            ),
            "uid": "bk-8842f1a0-frta",
            "summary": "Engineer III Panel Interview",
            "location": "1660 Blake St, Denver, CO",
            "style": "outlook",
        },
    ),
    m(
        "70385",
        "2025-11-03 17:25",
        "Front Range Transit Authority <noreply@governmentjobs.com>",
        "Update on Engineer III - Capital Programs",
        A("rejection", FRTA, FRTAR, 8, "other"),
        "Dear Tessa,\n\nThank you for interviewing with FRTA. We appreciated learning about your experience with corridor projects, and the panel noted your strong communication.\n\nWe regret to inform you that we have decided to move forward with other candidates for this position. We will keep your information on file and encourage you to apply to future openings.\n\nFRTA Talent Acquisition",
    ),
    # --- 9/10 Halvorsen Pike (Workday, tenant hpeng) ----------------------------------------
    m(
        "70391",
        "2025-09-09 08:21",
        "Halvorsen Pike Careers <hpeng@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", HP, HP1, 9, "workday"),
        "Hi Tessa,\n\nThank you for your interest in Halvorsen Pike Engineering, Inc. We have received your application for Senior Transportation Engineer (R-10822) in Denver, CO.\n\nOur talent team is reviewing your qualifications. If your background is a match, a member of the team will reach out to discuss next steps.\n\nBest,\nHPE Talent Acquisition",
    ),
    m(
        "70392",
        "2025-09-16 13:33",
        "Owen Brightwater <owen.brightwater@halvorsenpike.com>",
        "Senior Transportation Engineer - quick chat?",
        A("interview", HP, HP1, 9, "direct"),
        "Hi Tessa,\n\nI'm a recruiter at Halvorsen Pike and I saw your application for our Senior Transportation Engineer role in the Denver office. Would you have 30 minutes for a phone screen this week? Thursday after 1 or Friday morning work on my end.\n\nOwen Brightwater\nTalent Acquisition Partner - Mountain Region\nHalvorsen Pike | Engineering the everyday\nhalvorsenpike.com",
    ),
    m(
        "70393",
        "2025-09-26 10:14",
        "Owen Brightwater <owen.brightwater@halvorsenpike.com>",
        "Invitation: Interview - HPE Denver Transportation @ Thu Oct 2, 2025 9am - 10:30am (MDT)",
        A("interview", HP, HP1, 9, "direct"),
        "You have been invited to the following event.\n\nInterview - HPE Denver Transportation\nThursday Oct 2, 2025 9am - 10:30am (MDT)\n1700 Lincoln St, Suite 2200, Denver\n\nAgenda: 45 min with Gwen Talbot (Transportation Practice Lead), 45 min with two project managers. Please bring a work sample (plan sheets welcome).",
        ics={
            "start": at("2025-10-02 09:00"),
            "minutes": 90,
            "organizer": ("Owen Brightwater", "owen.brightwater@halvorsenpike.com"),
            "uid": "3n1c0q7mh8vla2hpe@google.com",
            "summary": "Interview - HPE Denver Transportation",
            "location": "1700 Lincoln St, Suite 2200, Denver",
            "attendees": [("Gwen Talbot", "gwen.talbot@halvorsenpike.com")],
        },
    ),
    m(
        "70394",
        "2025-10-13 16:09",
        "Halvorsen Pike Careers <hpeng@myworkday.com>",
        "Your application status",
        A("rejection", HP, HP1, 9, "workday"),
        "Hi Tessa,\n\nThank you for taking the time to meet with our Denver team about the Senior Transportation Engineer position. Everyone enjoyed speaking with you and appreciated your work on the Federal Blvd safety study.\n\nAfter much consideration, we have decided to proceed with a candidate whose experience more closely matches our current project needs. We'd welcome an application from you for future roles.\n\nHalvorsen Pike Engineering, Inc.",
    ),
    m(
        "70395",
        "2025-12-02 07:58",
        "Halvorsen Pike Careers <hpeng@myworkday.com>",
        "Thank you for applying!",
        A("confirmation", HP, HP2, 10, "workday"),
        "Hi Tessa,\n\nThank you for your interest in Halvorsen Pike Engineering, Inc. We have received your application for Transportation Planning Engineer (R-11407) in Salt Lake City, UT.\n\nOur talent team is reviewing your qualifications. If your background is a match, a member of the team will reach out to discuss next steps.\n\nBest,\nHPE Talent Acquisition",
    ),
    # --- 11 Kestrel Civil (iCIMS; careers mailbox at another domain), ghosted ---------------
    m(
        "70401",
        "2025-09-30 12:40",
        "Kestrel Civil Group Careers <careers-noreply@kestrelcareers.com>",
        "Kestrel Civil Group, Inc. - Application Received",
        A("confirmation", KC, KCR, 11, "icims"),
        "Dear Tessa,\n\nThank you for applying to the Traffic Engineer, PE position (Req 2025-3317) in Lakewood, CO. We received your application and it's now under review.\n\nCheck your status anytime in our candidate portal: https://careers-kestrelcivil.icims.com/jobs/3317/login\n\nThank you for your interest in Kestrel,\nKestrel Civil Group, Inc. Recruiting Team",
    ),
    m(
        "70402",
        "2025-10-17 10:05",
        "Aubrey Chen <achen@kestrelcivil.com>",
        "Kestrel - traffic engineer role",
        A("interview", KC, KCR, 11, "direct"),
        "Hi Tessa,\n\nI lead the traffic group at Kestrel. Your resume came across my desk and I'd love to get you in for an interview. Could you meet at our Lakewood office on Friday 10/24 at 11? We'll spend an hour, mostly talking signal and ITS work.\n\nAubrey Chen, PE, PTOE\nTraffic Group Manager\nKestrel Civil\n12600 W Colfax Ave, Lakewood",
    ),
    m(
        "70403",
        "2025-10-17 13:12",
        "Tessa Lindqvist <tessa.lindqvist.pe@gmail.com>",
        "Re: Kestrel - traffic engineer role",
        A("interview", KC, KCR, 11, "direct"),
        "Hi Aubrey,\n\nFriday the 24th at 11 works great. See you in Lakewood.\n\nTessa\n\nOn Fri, Oct 17, 2025 at 10:05 AM Aubrey Chen <achen@kestrelcivil.com> wrote:\n> Could you meet at our Lakewood office on Friday 10/24 at 11?",
        to="Aubrey Chen <achen@kestrelcivil.com>",
        **reply("70402", "2025-10-17", "Kestrel - traffic engineer role", "kestrelcivil.com"),
    ),
    # --- 12 Meridian Grade Partners (Greenhouse) -------------------------------------------
    m(
        "70411",
        "2025-10-12 14:26",
        "Meridian Grade Partners <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Meridian Grade Partners",
        A("confirmation", MG, MGR, 12, "greenhouse"),
        "Hi Tessa,\n\nThanks for your interest in Meridian Grade Partners! We've received your application for Roadway Design Engineer and our team will review it shortly.\n\nIf your experience is a good fit, we'll be in touch to schedule a conversation. Unfortunately, due to the number of applications we receive, we are not able to respond to everyone personally.\n\nBest regards,\nMeridian Grade Recruiting",
    ),
    m(
        "70412",
        "2025-10-27 11:58",
        "Meridian Grade Partners <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        A("rejection", MG, MGR, 12, "greenhouse"),
        "Hi Tessa,\n\nThanks again for applying for Roadway Design Engineer. We were impressed by your background and the variety of corridor work on your resume.\n\nWe've decided to move forward with candidates whose OpenRoads Designer experience more closely matches what this team needs right now. We'll keep your resume in mind for future openings.\n\nAll the best,\nMeridian Grade Recruiting",
    ),
    # --- 13 Alder & Stone Engineers (UKG) ---------------------------------------------------
    m(
        "70421",
        "2025-10-22 19:02",
        "Alder & Stone Engineers <noreply@ukg.com>",
        "Application submitted: Project Engineer - Transportation",
        A("confirmation", AS, ASR, 13, "other"),
        html="<div><p>Hello Tessa,</p><p>Thank you for submitting your application for <b>Project Engineer - Transportation</b> at Alder &amp; Stone Engineers. We appreciate your interest in joining our team in Colorado Springs.</p><p>Your application is being reviewed. You may track your status through the candidate portal.</p><p>Powered by UKG Pro Recruiting</p></div>",
    ),
    m(
        "70422",
        "2025-10-29 09:20",
        "Alder & Stone Engineers <noreply@ukg.com>",
        "Next step: technical skills assessment",
        A("assessment", AS, ASR, 13, "other"),
        "Hello Tessa,\n\nAs the next step for Project Engineer - Transportation, please complete our online technical assessment (Civil 3D and traffic analysis, approximately 60 minutes). It must be completed by November 5.\n\nStart your assessment: https://alderstone.assess.example-tests.com/start?c=TL8842\n\nAlder & Stone Talent Team",
    ),
    m(
        "70423",
        "2025-11-12 14:44",
        "Alder & Stone Engineers <noreply@ukg.com>",
        "Alder & Stone - Project Engineer update",
        A("rejection", AS, ASR, 13, "other"),
        "Hello Tessa,\n\nThank you for completing the technical assessment and for your interest in Alder & Stone. Your results were solid, and we appreciate the effort you put in.\n\nAt this time we have decided not to move forward with your candidacy for Project Engineer - Transportation. We wish you success in your search.\n\nAlder & Stone Talent Team",
    ),
    # --- 14 Tributary Infrastructure (Taleo), ghosted --------------------------------------
    m(
        "70431",
        "2025-11-03 06:48",
        "Tributary Infrastructure Careers <tributaryinfra@taleo.net>",
        "Tributary Infrastructure - Job Submission Acknowledgement",
        A("confirmation", TI, TIR, 14, "taleo"),
        "Dear Tessa Lindqvist,\n\nThis is to acknowledge that we received your job submission for the position of Senior Traffic Engineer (Job Number: 2500X41), Denver, Colorado.\n\nOur recruiters will review your qualifications. If there is an interest in your profile, we will contact you. Please do not reply to this message.\n\nTributary Infrastructure Group LLC\nTalent Acquisition",
    ),
]
