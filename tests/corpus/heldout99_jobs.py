# ruff: noqa: E501
"""Corpus 99, public-sector job mail (data only): see heldout99.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "-0400" if day < "2025-11-02" else "-0500"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def reply(key: str) -> dict[str, Any]:
    """Threading headers naming another message of this module by its key (see thread())."""
    return {"In-Reply-To": key, "References": key}


def thread(mail: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the keys reply() wrote with the Message-IDs of the messages they name."""
    ids = {spec["id"][1:].split(".", 1)[0]: spec["id"] for spec in mail}
    for spec in mail:
        for name in ("In-Reply-To", "References"):
            if name in spec:
                spec[name] = ids[spec[name]]
    return mail


USAJ = "USAJOBS <no-reply@usajobs.gov>"
ME_ADDR = "marisol.okaforreyes@gmail.com"

BR, BRR = "Bureau of Rural Economic Statistics", "Program Analyst (GS-0343-12)"
FE, FER1, FER2 = (
    "Federal Energy Efficiency Administration",
    "Policy Analyst (GS-0301-13)",
    "Program Analyst (GS-0343-12)",
)
OC, OCR1, OCR2 = (
    "Office of Consumer Credit Oversight",
    "Management and Program Analyst (GS-0343-11/12)",
    "Policy Analyst (GS-0301-12)",
)
CW, CWR = "U.S. Commission on Workforce Mobility", "Program Analyst (GS-0343-11)"
AC, ACR = "Administration for Coastal Resilience", "Program Analyst (GS-0343-12)"


def usaj(key, when, subject, t, body, **kw):
    html = (
        "<html><body style='font-family:Arial,sans-serif'><table width='600'><tr><td>"
        "<img src='https://www.usajobs.gov/img/usajobs-logo.png' alt='USAJOBS'>"
        f"<p>Hello Marisol,</p>{body}"
        "<p><a href='https://www.usajobs.gov/applicant/applications'>Track this application</a></p>"
        "<p style='font-size:11px;color:#666'>This is an automated message from USAJOBS. Please do not reply. "
        "To stop these messages, update your notification settings in your USAJOBS profile.</p>"
        "</td></tr></table></body></html>"
    )
    return m(key, when, USAJ, subject, t, html=html, **kw)


MAIL: list[dict[str, Any]] = [
    # --- 1 BRES Program Analyst (USAJOBS + agency HR) -> accepted ---------------------------
    usaj(
        "70411",
        "2025-08-05 21:14",
        "Application Received: Program Analyst",
        A("confirmation", BR, BRR, 1, "other"),
        "<p>Your application for <b>Program Analyst</b>, announcement <b>DLRA-BRES-25-1187-MP</b>, "
        "Department of Land and Rural Affairs / Bureau of Rural Economic Statistics, has been received by the agency.</p>"
        "<p>What happens next: the hiring agency will review your application and assessment questionnaire "
        "to determine whether you meet the minimum qualifications. You can check your status at any time.</p>",
    ),
    usaj(
        "70436",
        "2025-08-29 08:02",
        "The status of your application has changed",
        A("confirmation", BR, BRR, 1, "other"),
        "<p>The status of your application for <b>Program Analyst</b> (DLRA-BRES-25-1187-MP) has changed.</p>"
        "<p>Status: <b>Reviewed</b><br>Your application has been reviewed and you meet the minimum qualifications. "
        "Applicants who are among the best qualified may be referred to the hiring manager.</p>",
    ),
    usaj(
        "70459",
        "2025-09-11 14:40",
        "The status of your application has changed",
        A("confirmation", BR, BRR, 1, "other"),
        "<p>Program Analyst, DLRA-BRES-25-1187-MP</p>"
        "<p>Status: <b>Referred</b><br>Your application was referred to the hiring manager for further consideration. "
        "If the hiring manager wants to interview you, the agency will contact you directly.</p>",
    ),
    m(
        "70472",
        "2025-09-18 10:26",
        "Denise Whitcombe <denise.whitcombe@bres.dlra.gov>",
        "Interview Invitation - Program Analyst, DLRA-BRES-25-1187-MP",
        A("interview", BR, BRR, 1, "direct"),
        "Good morning Ms. Okafor-Reyes,\n\n"
        "You have been referred for the Program Analyst position (GS-0343-12) in the Office of Survey Operations, "
        "Bureau of Rural Economic Statistics. The selecting official would like to invite you to a structured panel "
        "interview.\n\n"
        "Date: Thursday, September 25, 2025\nTime: 1:30 - 2:15 PM Eastern\nFormat: Microsoft Teams (video)\n\n"
        "The panel will consist of three members and each candidate will be asked the same set of questions. "
        "Please have examples ready that follow the situation / task / action / result format. A Teams invitation will follow "
        "under separate cover.\n\n"
        "Please confirm your availability by replying to this email by close of business Monday.\n\n"
        "Respectfully,\n\nDenise Whitcombe\nSupervisory Program Analyst\nOffice of Survey Operations\n"
        "Bureau of Rural Economic Statistics | U.S. Department of Land and Rural Affairs\n(202) 555-0148",
    ),
    m(
        "70473",
        "2025-09-18 10:41",
        "Denise Whitcombe <denise.whitcombe@bres.dlra.gov>",
        "Program Analyst Panel Interview - Okafor-Reyes",
        A("interview", BR, BRR, 1, "direct"),
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
        "Meeting ID: 284 117 903 552\nPasscode: Zq7tR2\n\nDial in by phone\n+1 202-555-0190,,640118223# United States, Washington DC\n"
        "________________________________________________________________________________\n",
        ics={
            "start": "2025-09-25 13:30:00 -0400",
            "minutes": 45,
            "summary": "Program Analyst Panel Interview - Okafor-Reyes",
            "organizer": ("Denise Whitcombe", "denise.whitcombe@bres.dlra.gov"),
            "uid": "040000008200E00074C5B7101A82E008-bres-panel-0925",
            "location": "Microsoft Teams Meeting",
            "attendees": [
                ("Ray Lindqvist", "ray.lindqvist@bres.dlra.gov"),
                ("Amara Osei", "amara.osei@bres.dlra.gov"),
            ],
        },
    ),
    usaj(
        "70501",
        "2025-10-20 16:55",
        "The status of your application has changed",
        A("offer", BR, BRR, 1, "other"),
        "<p>Program Analyst, DLRA-BRES-25-1187-MP</p>"
        "<p>Status: <b>Selected</b><br>You have been selected for this position. The hiring agency's human resources office "
        "will contact you with a tentative job offer and next steps.</p>",
    ),
    m(
        "70503",
        "2025-10-22 11:08",
        "DLRA Human Capital Services <hcs-staffing@dlra.gov>",
        "Tentative Job Offer - Program Analyst, GS-0343-12 - DLRA-BRES-25-1187-MP",
        A("offer", BR, BRR, 1, "direct"),
        "Dear Marisol Okafor-Reyes,\n\n"
        "Congratulations! On behalf of the U.S. Department of Land and Rural Affairs, I am pleased to extend to you this "
        "TENTATIVE offer of employment for the position of Program Analyst, GS-0343-12, step 1, with the Bureau of Rural "
        "Economic Statistics (BRES), Washington, DC. The salary for this position is $104,604 per annum, which includes locality pay.\n\n"
        "This offer is contingent upon the satisfactory completion of a background investigation, verification of your "
        "education and experience, and fingerprinting. This is NOT a final offer; please do not resign from your current "
        "position until you receive a final job offer.\n\n"
        "Please reply within two business days to indicate whether you accept this tentative offer. Once you accept, you will "
        "receive instructions for completing your security forms and scheduling fingerprints.\n\n"
        "Sincerely,\nKeisha Barnwell\nHR Specialist (Staffing)\nHuman Capital Services, Office of the Chief Human Capital Officer\n"
        "U.S. Department of Land and Rural Affairs",
        attach=[
            (
                "TJO_OkaforReyes_BRES-25-1187.pdf",
                "application/pdf",
                "%PDF-1.4 tentative job offer letter (text layer)\n",
            )
        ],
    ),
    m(
        "70504",
        "2025-10-22 19:31",
        "DLRA Human Capital Services <hcs-staffing@dlra.gov>",
        "RE: Tentative Job Offer - Program Analyst, GS-0343-12 - DLRA-BRES-25-1187-MP",
        A("offer", BR, BRR, 1, "direct"),
        "Ms. Okafor-Reyes,\n\nThank you for accepting the tentative offer. Your acceptance has been recorded. You will receive an email "
        "from the eApp system within 3-5 business days with a link to complete your SF-85P questionnaire, as well as a separate "
        "message with fingerprint scheduling instructions.\n\nKeisha Barnwell\nHR Specialist (Staffing)\n\n"
        "-----Original Message-----\nFrom: Marisol Okafor-Reyes <marisol.okaforreyes@gmail.com>\nSent: Wednesday, October 22, 2025 6:02 PM\n"
        "Subject: RE: Tentative Job Offer - Program Analyst, GS-0343-12 - DLRA-BRES-25-1187-MP\n\n"
        "Dear Ms. Barnwell,\n\nI am delighted to accept the tentative offer. Thank you!\n\nMarisol",
        **reply("70503"),
    ),
    m(
        "70518",
        "2025-10-28 09:12",
        "eApp Notification <no-reply@eapp.nbis.mil>",
        "Action Required: Complete your background investigation questionnaire",
        ("other_job", BR, BRR, None, "other", "en"),
        "This message is to notify you that a background investigation form has been initiated for you by\n"
        "U.S. DEPARTMENT OF LAND AND RURAL AFFAIRS.\n\nForm: SF-85P Questionnaire for Public Trust Positions\n"
        "Please log in within 10 days to complete and certify the form. Your Golden Questions were provided by the sponsoring agency.\n\n"
        "Do not reply to this automated message.",
    ),
    m(
        "70521",
        "2025-10-29 13:47",
        "DLRA Personnel Security <personnel.security@dlra.gov>",
        "Fingerprint appointment instructions",
        ("other_job", BR, BRR, None, "direct", "en"),
        "Ms. Okafor-Reyes,\n\nAs part of your pre-employment processing for BRES, please schedule electronic fingerprinting at the "
        "DLRA headquarters badging office (Room B-120, 1400 Independence Ave SW) Monday-Thursday 8:00 AM - 3:00 PM. Bring two forms of "
        "identification (see the attached list). Walk-ins accepted but appointments are preferred.\n\n"
        "Personnel Security Division\nOffice of Security and Emergency Management",
        attach=[
            ("Acceptable_ID_List.pdf", "application/pdf", "%PDF-1.4 list of acceptable documents\n")
        ],
    ),
    m(
        "70548",
        "2025-11-24 15:20",
        "DLRA Human Capital Services <hcs-staffing@dlra.gov>",
        "Final Job Offer - Program Analyst, GS-0343-12 (BRES) - EOD January 5, 2026",
        A("offer", BR, BRR, 1, "direct"),
        "Dear Ms. Okafor-Reyes,\n\nI am pleased to inform you that all pre-employment requirements have been met and to extend this "
        "FINAL offer of employment as a Program Analyst, GS-0343-12, step 1, Bureau of Rural Economic Statistics. Your entrance on duty "
        "(EOD) date is Monday, January 5, 2026. Please report to 1400 Independence Ave SW, Room 1032-S at 8:30 AM for new employee "
        "orientation.\n\nPlease confirm your acceptance of this final offer and the EOD date by replying to this email.\n\n"
        "Keisha Barnwell\nHR Specialist (Staffing), Human Capital Services",
    ),
    m(
        "70551",
        "2025-11-25 10:03",
        "DLRA Human Capital Services <hcs-staffing@dlra.gov>",
        "RE: Final Job Offer - Program Analyst, GS-0343-12 (BRES) - EOD January 5, 2026",
        A("offer", BR, BRR, 1, "direct"),
        "Good morning,\n\nThank you, your acceptance of the final offer and EOD date of 01/05/2026 are confirmed. Onboarding paperwork "
        "(SF-61, OF-306, I-9, direct deposit) will arrive through the EODPortal shortly.\n\nWelcome to BRES!\n\nKeisha\n\n"
        "> On Mon, Nov 24, 2025 at 8:47 PM Marisol Okafor-Reyes wrote:\n> I accept the final offer and confirm January 5. Thank you so much.",
        st="accepted",
        **reply("70548"),
    ),
    m(
        "70566",
        "2025-12-02 08:30",
        "EODPortal <noreply@eodportal.dlra.gov>",
        "Welcome to DLRA - your onboarding tasks",
        ("other_job", BR, BRR, None, "other", "en"),
        html="<html><body><h2>Welcome aboard, Marisol!</h2><p>You have <b>7 onboarding forms</b> to complete before your first day with the "
        "Bureau of Rural Economic Statistics.</p><ul><li>OF-306 Declaration for Federal Employment</li><li>SF-61 Appointment Affidavit</li>"
        "<li>I-9</li><li>Direct deposit (SF-1199A)</li><li>TSP election</li></ul><p><a href='https://eodportal.dlra.gov'>Sign in</a></p></body></html>",
    ),
    # --- 2 FEEA Policy Analyst GS-13: not referred -----------------------------------------
    usaj(
        "70420",
        "2025-08-12 22:05",
        "Application Received: Policy Analyst",
        A("confirmation", FE, FER1, 2, "other"),
        "<p>Your application for <b>Policy Analyst</b>, announcement <b>FEEA-25-DE-0442</b>, Department of Energy Programs / "
        "Federal Energy Efficiency Administration, has been received by the agency.</p>",
    ),
    usaj(
        "70447",
        "2025-09-04 07:48",
        "The status of your application has changed",
        A("rejection", FE, FER1, 2, "other"),
        "<p>Policy Analyst, FEEA-25-DE-0442</p><p>Status: <b>Not Referred</b><br>Your application was reviewed; however, you were "
        "not among the best qualified candidates referred to the hiring manager for this announcement. Please see the Application "
        "Status page for details about your eligibility.</p><p>We encourage you to apply for future vacancies.</p>",
    ),
    # --- 3 FEEA Program Analyst GS-12 --------------------------------------------------------
    usaj(
        "70452",
        "2025-09-08 20:19",
        "Application Received: Program Analyst",
        A("confirmation", FE, FER2, 3, "other"),
        "<p>Your application for <b>Program Analyst</b>, announcement <b>FEEA-25-MP-0471</b>, Federal Energy Efficiency Administration, "
        "has been received by the agency.</p>",
    ),
    usaj(
        "70488",
        "2025-10-09 09:16",
        "The status of your application has changed",
        A("confirmation", FE, FER2, 3, "other"),
        "<p>Program Analyst, FEEA-25-MP-0471</p><p>Status: <b>Referred</b><br>Your application was referred to the hiring manager. "
        "If you are selected for an interview, the agency will contact you directly.</p>",
    ),
    usaj(
        "70622",
        "2026-02-03 06:41",
        "The status of your application has changed",
        A("rejection", FE, FER2, 3, "other"),
        "<p>Program Analyst, FEEA-25-MP-0471</p><p>Status: <b>Not Selected</b><br>The hiring agency has made a selection for this "
        "position and you were not selected. Thank you for your interest in federal employment.</p>",
    ),
    # --- 4 OCCO Management and Program Analyst ---------------------------------------------
    usaj(
        "70428",
        "2025-08-19 12:33",
        "Application Received: Management and Program Analyst",
        A("confirmation", OC, OCR1, 4, "other"),
        "<p>Your application for <b>Management and Program Analyst</b>, announcement <b>OCCO-HR-25-0315</b>, Office of Consumer "
        "Credit Oversight, has been received by the agency.</p>",
    ),
    usaj(
        "70444",
        "2025-09-02 17:10",
        "The status of your application has changed",
        A("confirmation", OC, OCR1, 4, "other"),
        "<p>Management and Program Analyst, OCCO-HR-25-0315</p><p>Status: <b>Reviewed</b><br>Your application has been reviewed "
        "and you meet the minimum qualifications for the GS-12 grade level.</p>",
    ),
    m(
        "70466",
        "2025-09-15 15:58",
        "OCCO Talent Acquisition <careers@occo.gov>",
        "You have been referred to the hiring manager - OCCO-HR-25-0315",
        A("confirmation", OC, OCR1, 4, "direct"),
        "Dear Applicant,\n\nThis message is to inform you that your name appears on certificate OCCO-HR-25-0315-DE-01 (GS-12) "
        "which was issued to the selecting official on 09/15/2025. Being referred does not guarantee an interview or selection. "
        "The hiring office will contact candidates selected for interviews.\n\nOCCO Office of Human Capital\nThis mailbox is not monitored.",
    ),
    m(
        "70480",
        "2025-10-01 09:44",
        "Trevor Mancuso <trevor.mancuso@occo.gov>",
        "OCCO Management & Program Analyst - interview scheduling",
        A("interview", OC, OCR1, 4, "direct"),
        "Hi Marisol,\n\nThanks for your interest in the Management and Program Analyst role in our Division of Supervision Policy. "
        "We'd like to schedule a 60-minute panel interview over Zoom for Government. Would any of these work?\n\n"
        "- Tue 10/7, 10:00 AM\n- Wed 10/8, 2:00 PM\n- Thu 10/9, 11:00 AM\n\n"
        "Before the interview you'll get a short writing prompt (30 minutes, done live at the start of the session).\n\n"
        "Trevor Mancuso\nChief, Program Management Branch\nOffice of Consumer Credit Oversight\n1700 G Street NW | Washington, DC",
    ),
    m(
        "70483",
        "2025-10-02 16:12",
        "Trevor Mancuso <trevor.mancuso@occo.gov>",
        "Invitation: OCCO MPA Panel - M. Okafor-Reyes @ Wed Oct 8, 2025 2pm - 3pm (EDT)",
        A("interview", OC, OCR1, 4, "direct"),
        "Join ZoomGov Meeting\nhttps://occo.zoomgov.com/j/1610044827?pwd=ZxTq1\nMeeting ID: 161 004 4827\n\n"
        "Panel: T. Mancuso, L. Farragut, P. Nwachukwu",
        ics={
            "start": "2025-10-08 14:00:00 -0400",
            "summary": "OCCO MPA Panel - M. Okafor-Reyes",
            "organizer": ("Trevor Mancuso", "trevor.mancuso@occo.gov"),
            "uid": "occo-mpa-panel-20251008-okaforreyes@occo.gov",
            "location": "https://occo.zoomgov.com/j/1610044827",
        },
        **reply("70480"),
    ),
    m(
        "70530",
        "2025-11-13 14:25",
        "OCCO Talent Acquisition <careers@occo.gov>",
        "Update regarding vacancy announcement OCCO-HR-25-0315",
        A("rejection", OC, OCR1, 4, "direct"),
        "Dear Marisol Okafor-Reyes,\n\nThank you for taking the time to interview for the Management and Program Analyst position. "
        "The panel appreciated your thoughtful responses and strong analytical background. After careful consideration, the "
        "selecting official has chosen another candidate whose experience more closely matched the needs of the division.\n\n"
        "Your application will remain on file for the duration of this announcement only. We wish you success in your career.\n\n"
        "OCCO Office of Human Capital",
    ),
    # --- 5 OCCO Policy Analyst: ghosted ---------------------------------------------------------
    usaj(
        "70463",
        "2025-09-14 23:02",
        "Application Received: Policy Analyst",
        A("confirmation", OC, OCR2, 5, "other"),
        "<p>Your application for <b>Policy Analyst</b>, announcement <b>OCCO-HR-25-0339</b>, Office of Consumer Credit Oversight, has "
        "been received by the agency. If you are not selected for further consideration, you will be notified through USAJOBS.</p>",
    ),
    # --- 6 USCWM: ghosted -----------------------------------------------------------------------
    usaj(
        "70433",
        "2025-08-26 19:50",
        "Application Received: Program Analyst",
        A("confirmation", CW, CWR, 6, "other"),
        "<p>Your application for <b>Program Analyst</b>, announcement <b>USCWM-25-07</b>, U.S. Commission on Workforce Mobility, "
        "has been received by the agency.</p>",
    ),
    # --- 7 ACR: reviewed, not referred ------------------------------------------------------
    usaj(
        "70491",
        "2025-10-14 21:37",
        "Application Received: Program Analyst",
        A("confirmation", AC, ACR, 7, "other"),
        "<p>Your application for <b>Program Analyst</b>, announcement <b>DOAA-ACR-26-0012</b>, Department of Ocean and Atmospheric "
        "Affairs / Administration for Coastal Resilience, has been received by the agency.</p>",
    ),
    usaj(
        "70543",
        "2025-11-20 07:15",
        "The status of your application has changed",
        A("rejection", AC, ACR, 7, "other"),
        "<p>Program Analyst, DOAA-ACR-26-0012</p><p>Status: <b>Not Referred</b><br>Based on your responses to the assessment "
        "questionnaire and review of your resume, you were found eligible but were not among the top candidates referred.</p>",
    ),
]
MAIL = thread(MAIL)
