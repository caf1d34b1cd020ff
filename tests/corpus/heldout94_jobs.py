# ruff: noqa: E501
"""Corpus 94, US nurse job mail, applications (data only): see heldout94.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    if day < "2025-11-02":
        return "-0500"
    return "-0600"


m = partial(dated_spec, tz)


def at(day_time: str) -> str:
    return f"{day_time}:00 {tz(day_time[:10])}"


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


def ev(start, summary, org, uid, minutes=60, location="", description="", method="REQUEST"):
    e: dict[str, Any] = {
        "start": at(start),
        "summary": summary,
        "organizer": org,
        "uid": uid,
        "minutes": minutes,
        "method": method,
    }
    if location:
        e["location"] = location
    if description:
        e["description"] = description
    return e


EV, EVR = "Lakeview Medical Center – Evanston", "Registered Nurse - Medical ICU (Nights)"
SK, SKR = "Lakeview Medical Center – Skokie", "RN Case Manager"
CM, CMR = "Calumet Memorial Hospital", "Registered Nurse, Cardiac ICU"
SB, SBR = "St. Brendan Hospital", "RN Care Manager"
PS, PSR = "Prairie Shore Medical Center", "RN - Progressive Care Unit"
MV, MVR = "Menomonee Valley Medical Center", "Registered Nurse - Surgical ICU"
TW, TWR = "Tendwell", "Telehealth Registered Nurse (Remote)"
BP, BPR = "Brightpath Care", "Telephonic RN Case Manager"
WH, WHR = "Westgate Home Health", "RN Case Manager - Home Health"
NV, NVR = "Nuvola Health", "Telehealth Triage RN"
ES, ESR = "Edgewater Surgical Hospital", "RN - PACU/Step-Down"
RR, RRR = "Ravenswood Regional Medical Center", "ICU Registered Nurse"
KU, KUR = "Kinnickinnic University Hospital", "Travel RN - Trauma ICU (13 weeks)"
OP, OPR = "Oak Park Regional Hospital", "Critical Care Nurse Fellowship"
LL, LLR = "Lake Michigan Lutheran Hospital", "RN Case Manager"
AA, AAR = "Ashland Avenue Community Health Center", "RN Care Coordinator"
HW, HWR = "Heronway Health", "Tele-ICU Registered Nurse"
MM, MMR = "Midland Mutual Health Plan", "Utilization Management Nurse"
GH, GHR = "Greater Chicago Hospice", "RN Case Manager"
BV, BVR = "Bayview Heart & Vascular Institute", "CVICU Registered Nurse"
MS, MSR = "Midway South Hospital", "Registered Nurse - MICU"

LV_WD = "Lakeview Health <lakeviewhealth@myworkday.com>"
SIG_KT = "\n\nKatie Thornbury, BSN, RN\nTalent Acquisition Partner | Nursing\nLakeview Health\nkthornbury@lakeviewhealth.org | 847-555-0162\n"

MAIL: list[dict[str, Any]] = [
    # --- 1 Lakeview Evanston MICU (Workday, mail from the system) ------------------------------
    m(
        "70311",
        "2025-11-03 21:47",
        LV_WD,
        "Thank you for applying to Lakeview Health",
        A("confirmation", EV, EVR, 1, "workday"),
        "Hi Danielle,\n\nThank you for your interest in joining Lakeview Health. We have received your application for Registered Nurse - Medical ICU (Nights) (R-0048812) at Lakeview Medical Center - Evanston.\n\nOur talent acquisition team reviews every application. If your experience is a match, a recruiter will contact you. You can check the status of your application at any time by signing in to your candidate home.\n\nWarm regards,\nLakeview Health Talent Acquisition\n\nLakeview Health is an equal opportunity employer.",
    ),
    m(
        "70312",
        "2025-11-11 10:05",
        "Katie Thornbury <kthornbury@lakeviewhealth.org>",
        "Next step: Clinical Skills Assessment - MICU RN",
        A("assessment", EV, EVR, 1, "direct"),
        "Hi Danielle,\n\nThanks for speaking with me yesterday! As discussed, the next step for the Medical ICU night position at our Evanston campus is the online clinical skills assessment (critical care module). It takes about 75 minutes and covers hemodynamics, vasoactive drips, ventilator basics and ABG interpretation.\n\nYou'll get a separate email from our testing partner with your link. Please complete it by Monday 11/17.\n\nLet me know if anything comes up."
        + SIG_KT,
    ),
    m(
        "70313",
        "2025-11-11 10:09",
        "Lakeview Health Assessments <noreply@assess.lakeviewhealth.org>",
        "Action required: Critical Care RN Assessment",
        A("assessment", EV, EVR, 1, "other"),
        None,
        "<html><body><p>Danielle Okafor-Reyes,</p><p>You have been invited to complete the <b>Critical Care RN Assessment</b> for requisition R-0048812.</p><p><a href='https://assess.lakeviewhealth.org/t/8841'>Begin assessment</a></p><p>Time limit: 75 minutes. You may not pause once started. Deadline: 11/17/2025 11:59 PM CT.</p><p style='font-size:11px'>Lakeview Health &middot; 1800 Ridge Ave, Evanston IL</p></body></html>",
    ),
    m(
        "70314",
        "2025-11-20 14:31",
        "Katie Thornbury <kthornbury@lakeviewhealth.org>",
        "Peer interview - 4 East MICU",
        A("interview", EV, EVR, 1, "direct"),
        "Hi Danielle,\n\nGreat news, you did really well on the assessment. Pam Quesada (Nurse Manager, 4 East MICU) would like to invite you for a peer interview with two of the night shift RNs, followed by a short unit tour. I've sent a calendar invite for Tuesday 12/2 at 10:00 AM.\n\nPlease park in the Ridge Ave garage and check in at the main lobby; we'll validate parking."
        + SIG_KT,
        ics=ev(
            "2025-12-02 10:00",
            "Peer Interview + Unit Tour: Danielle Okafor-Reyes / 4 East MICU",
            ("Katie Thornbury", "kthornbury@lakeviewhealth.org"),
            "lv-ev-9921@lakeviewhealth.org",
            90,
            "Lakeview Medical Center - Evanston, Main Lobby",
            "Peer interview with 4 East night RNs (Marisol, Ben) then unit tour with Pam Quesada.",
        ),
    ),
    m(
        "70315",
        "2025-12-15 16:12",
        "Katie Thornbury <kthornbury@lakeviewhealth.org>",
        "Offer - MICU RN, Lakeview Evanston",
        A("offer", EV, EVR, 1, "direct"),
        "Hi Danielle,\n\nI'm so happy to share that 4 East would love to have you! Attached is your contingent offer for Registered Nurse - Medical ICU (Nights), 0.9 FTE, at $47.80/hour base plus night differential of $6.00/hour, with a 12-week critical care orientation starting February 2.\n\nThis offer is contingent on successful completion of our pre-employment health screening, drug screen and background check. Please review and accept in your candidate home by Friday 12/19.\n\nCongratulations!"
        + SIG_KT,
        attach=[
            ("Offer_Letter_OkaforReyes.pdf", "application/pdf", "%PDF-1.4 contingent offer letter")
        ],
    ),
    m(
        "70316",
        "2025-12-16 08:40",
        LV_WD,
        "Your offer has been accepted",
        A("offer", EV, EVR, 1, "workday"),
        "Hi Danielle,\n\nThank you for accepting our offer for Registered Nurse - Medical ICU (Nights) at Lakeview Medical Center - Evanston. Welcome to Lakeview Health!\n\nYour next steps (pre-employment health screening, background check and I-9) will appear as tasks in your candidate home.\n\nLakeview Health Talent Acquisition",
        st="accepted",
    ),
    m(
        "70317",
        "2025-12-22 09:15",
        "Lakeview Health Employee Health <employeehealth@lakeviewhealth.org>",
        "Pre-employment health screening appointment",
        J("other_job", "direct", EV, EVR),
        "Dear Danielle,\n\nAs part of your offer, please complete your pre-employment health screening at Lakeview Employee Health (Evanston campus, lower level, Suite B20).\n\nAppointment: Monday, December 29, 7:30 AM\nBring: photo ID, immunization records (MMR, varicella, Hep B titers), flu vaccine documentation, and your N95 fit test card if you have one.\nA urine drug screen and TB test (QuantiFERON) will be collected. Please allow 60 minutes.\n\nEmployee Health Services\nLakeview Health",
        ics=ev(
            "2025-12-29 07:30",
            "Pre-Employment Health Screening",
            ("Lakeview Employee Health", "employeehealth@lakeviewhealth.org"),
            "lv-eh-30071@lakeviewhealth.org",
            60,
            "Lakeview Medical Center - Evanston, Suite B20",
        ),
    ),
    m(
        "70318",
        "2025-12-17 11:02",
        "Lakeview Health via Sterling Check <no-reply@sterlingcheck.app>",
        "Lakeview Health has requested a background check",
        J("other_job", "other", EV, EVR),
        "Hello Danielle,\n\nLakeview Health has asked Sterling to complete a background screening in connection with your employment. Please provide your information and e-sign the disclosure within 3 days.\n\nStart now: https://candidate.sterlingcheck.app/s/5Kq2\n\nQuestions? Reply to this email.",
    ),
    m(
        "70319",
        "2026-01-14 13:30",
        "Katie Thornbury <kthornbury@lakeviewhealth.org>",
        "RE: Clearance + orientation",
        J("other_job", "direct", EV, EVR),
        "Hi Danielle,\n\nYou're all cleared! Health screening, drug screen and background all came back clean. Nursing orientation starts Monday 2/2 at 8:00 AM at the Evanston Education Center. Badge photos are that morning.\n\nSee you soon!"
        + SIG_KT
        + "\n\n-----Original Message-----\nFrom: Danielle Okafor-Reyes\nSent: Tuesday, January 13, 2026 6:12 PM\nSubject: Clearance + orientation\n\nHi Katie, just checking if my clearance went through and whether I have a start date yet? Thanks!",
    ),
    # --- 2 Lakeview Skokie case manager (same system, rejected) --------------------------------
    m(
        "70321",
        "2025-09-08 20:16",
        LV_WD,
        "Thank you for applying to Lakeview Health",
        A("confirmation", SK, SKR, 2, "workday"),
        "Hi Danielle,\n\nThank you for your interest in joining Lakeview Health. We have received your application for RN Case Manager (R-0049107) at Lakeview Medical Center - Skokie.\n\nOur talent acquisition team reviews every application. If your experience is a match, a recruiter will contact you.\n\nWarm regards,\nLakeview Health Talent Acquisition",
    ),
    m(
        "70322",
        "2025-09-23 07:02",
        LV_WD,
        "Your application status",
        A("rejection", SK, SKR, 2, "workday"),
        "Hi Danielle,\n\nThank you for your interest in the RN Case Manager position at Lakeview Medical Center - Skokie. We appreciate the time you took to apply.\n\nAfter careful review, we have decided to move forward with candidates whose experience more closely matches the needs of this role, which requires two years of acute care case management. We encourage you to apply for future openings that fit your background.\n\nLakeview Health Talent Acquisition",
    ),
    # --- 3 Calumet Memorial CICU (Taleo + texts by mail) -------------------------------------
    m(
        "70331",
        "2025-09-05 12:44",
        "Calumet Memorial Careers <calumetmemorial@taleo.net>",
        "Calumet Memorial Hospital - Application Received",
        A("confirmation", CM, CMR, 3, "taleo"),
        "Dear Danielle Okafor-Reyes,\n\nThank you for applying for the position of Registered Nurse, Cardiac ICU (Job Number: 25003417). Your submission was received on 09/05/2025.\n\nPlease note that, due to the high volume of applications, only candidates selected for an interview will be contacted. If you are not selected, your profile will remain in our database for future openings.\n\nSincerely,\nHuman Resources\nCalumet Memorial Hospital",
    ),
    m(
        "70332",
        "2025-09-12 09:23",
        "(773) 555-0147 <17735550147.13125550193.aX9kT2@txt.voice.google.com>",
        "New text message from (773) 555-0147",
        A("interview", CM, CMR, 3, "direct"),
        "Hi Danielle this is Renee, nurse recruiter w/ Calumet Memorial. Got your app for CICU nights. Are you free for a quick phone screen Mon 9/15 at 1pm? Reply YES or a better time\n\nTo respond to this text message, reply to this email or visit Google Voice.\nYOUR ACCOUNT | HELP CENTER",
    ),
    m(
        "70333",
        "2025-09-15 13:41",
        "(773) 555-0147 <17735550147.13125550193.aX9kT2@txt.voice.google.com>",
        "New text message from (773) 555-0147",
        A("interview", CM, CMR, 3, "direct"),
        "Thanks for chatting! Sending manager interview invite for Fri 9/19 10am via Teams. Dr. Hale + Ann (CICU mgr) will join\n\nTo respond to this text message, reply to this email or visit Google Voice.\nYOUR ACCOUNT | HELP CENTER",
    ),
    m(
        "70334",
        "2025-09-15 14:02",
        "Renee Pasternak <rpasternak@calumetmemorial.org>",
        "Interview: RN Cardiac ICU - Danielle Okafor-Reyes",
        A("interview", CM, CMR, 3, "direct"),
        "Interview with Ann Whitcomb, CICU Nurse Manager.\nMicrosoft Teams meeting - join link in invite.\n\nRenee Pasternak\nNurse Recruiter, Calumet Memorial Hospital",
        ics=ev(
            "2025-09-19 10:00",
            "Interview: RN Cardiac ICU - Danielle Okafor-Reyes",
            ("Renee Pasternak", "rpasternak@calumetmemorial.org"),
            "040000008200E00074C5B7101A82E008-cmh-1182",
            45,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "70335",
        "2025-09-30 17:25",
        "Calumet Memorial Careers <calumetmemorial@taleo.net>",
        "Calumet Memorial Hospital - Job Number 25003417",
        A("rejection", CM, CMR, 3, "taleo"),
        "Dear Danielle,\n\nThank you for interviewing with our Cardiac ICU team. The managers enjoyed meeting you and were impressed by your med-surg background and your enthusiasm for critical care.\n\nAfter much consideration, we have selected another candidate whose cardiac experience more closely aligns with the unit's current needs. We wish you the very best in your search.\n\nHuman Resources\nCalumet Memorial Hospital",
    ),
    # --- 4 St. Brendan Hospital Milwaukee care manager (Oracle, declined) ---------------------
    m(
        "70341",
        "2025-10-20 19:58",
        "St. Brendan Health Careers <no-reply@stbrendanhealth.fa.ocs.oraclecloud.com>",
        "Thanks for applying",
        A("confirmation", SB, SBR, 4, "oracle"),
        None,
        "<html><body><div style='font-family:Arial'><p>Hello Danielle,</p><p>Thank you for applying for <b>RN Care Manager</b> (Req 2500187) at <b>St. Brendan Hospital - Milwaukee</b>. We'll review your application and contact you if there is a fit.</p><p>You can track the progress of your application on our careers site.</p><p>Regards,<br>St. Brendan Health Talent Acquisition</p><p style='color:#888;font-size:10px'>Please do not reply to this message.</p></div></body></html>",
    ),
    m(
        "70342",
        "2025-11-04 11:20",
        "Lorraine Vukovich <lorraine.vukovich@stbrendanhealth.org>",
        "St. Brendan - Care Manager interview (virtual)",
        A("interview", SB, SBR, 4, "direct"),
        "Hi Danielle,\n\nI'm the nurse recruiter for our Milwaukee hospital. Our Care Management director, Thomas Akande, would like to do a virtual panel interview. Could you do Wednesday 11/12 at 2:00 PM Central? I'll send a Zoom invite once you confirm.\n\nThanks,\nLorraine Vukovich\nSr. Nurse Recruiter | St. Brendan Health, Wisconsin Region",
    ),
    m(
        "70343",
        "2025-11-04 15:03",
        "Lorraine Vukovich <lorraine.vukovich@stbrendanhealth.org>",
        "Invitation: Panel Interview - RN Care Manager @ Wed Nov 12, 2025 2pm - 3pm (CST)",
        A("interview", SB, SBR, 4, "direct"),
        "You have been invited to the following event.\n\nPanel Interview - RN Care Manager\nWed Nov 12, 2025 2pm - 3pm (CST)\nJoining info: zoom.us/j/88210447\n\nInvitation from Google Calendar",
        ics=ev(
            "2025-11-12 14:00",
            "Panel Interview - RN Care Manager",
            ("Lorraine Vukovich", "lorraine.vukovich@stbrendanhealth.org"),
            "4k2p9sbrendan@google.com",
            60,
            "https://zoom.us/j/88210447",
        ),
    ),
    m(
        "70344",
        "2025-12-10 09:47",
        "Lorraine Vukovich <lorraine.vukovich@stbrendanhealth.org>",
        "Verbal offer follow-up",
        A("offer", SB, SBR, 4, "direct"),
        "Hi Danielle,\n\nIt was great talking with you this morning. As promised, here's the summary: RN Care Manager, full time days, $44.10/hr, $5,000 relocation assistance, start date flexible in January. The written offer will come through our careers portal today.\n\nI know you have another process going in Chicago - just let me know by next Wednesday.\n\nLorraine",
    ),
    m(
        "70345",
        "2025-12-16 12:18",
        "Lorraine Vukovich <lorraine.vukovich@stbrendanhealth.org>",
        "RE: Verbal offer follow-up",
        A("offer", SB, SBR, 4, "direct"),
        "Hi Danielle,\n\nThank you for letting me know, and congratulations on the MICU role - that's a great opportunity. I'll withdraw the offer on our end and let Thomas know. Please keep us in mind if you ever want to make the move to Milwaukee.\n\nBest,\nLorraine\n\n> On Tue, Dec 16, 2025 at 8:55 AM Danielle Okafor-Reyes wrote:\n> Hi Lorraine, thank you so much for the offer. After a lot of thought I've decided to accept an ICU position closer to home, so I need to decline. I really appreciated how kind everyone was.",
        st="declined",
    ),
    # --- 5 Prairie Shore PCU (iCIMS, no longer available) ------------------------------------
    m(
        "70351",
        "2025-09-06 08:33",
        "Prairie Shore Medical Center <careers-prairieshore@icims.com>",
        "Your application for RN - Progressive Care Unit",
        A("confirmation", PS, PSR, 5, "icims"),
        "Danielle,\n\nThank you for applying to the RN - Progressive Care Unit position (Job ID 2025-11842). We are reviewing applications now. If your qualifications match what we're looking for, a member of our recruitment team will be in touch.\n\nPrairie Shore Medical Center | Human Resources\n\nThis mailbox is not monitored.",
    ),
    m(
        "70352",
        "2025-10-14 10:10",
        "Prairie Shore Medical Center <careers-prairieshore@icims.com>",
        "Update on Job ID 2025-11842",
        A("rejection", PS, PSR, 5, "icims"),
        "Dear Danielle,\n\nWe wanted to let you know that the RN - Progressive Care Unit position you applied for is no longer available. We appreciate your interest in Prairie Shore and invite you to view our other current openings.\n\nHuman Resources\nPrairie Shore Medical Center",
    ),
    # --- 6 Menomonee Valley SICU (iCIMS, ghosted after peer interview) -----------------------
    m(
        "70361",
        "2025-09-10 22:05",
        "Menomonee Valley Health Careers <careers-mvhealth@icims.com>",
        "Application Received - Registered Nurse - Surgical ICU",
        A("confirmation", MV, MVR, 6, "icims"),
        "Hello Danielle,\n\nThank you for your application to Menomonee Valley Health. We received your application for Registered Nurse - Surgical ICU at Menomonee Valley Medical Center (Milwaukee, WI).\n\nUnfortunately, we are unable to respond to every applicant individually, but we will contact you if we would like to move forward.\n\nMV Health Talent Team",
    ),
    m(
        "70362",
        "2025-09-22 16:40",
        "Greg Lindqvist <glindqvist@mvhealth.org>",
        "MVMC SICU - peer interview & shadow",
        A("interview", MV, MVR, 6, "direct"),
        "Hi Danielle,\n\nFollowing up on our call - the SICU team would like to bring you in for a peer interview and a 2-hour shadow. Since you're coming up from Chicago we've put it all on one morning: Tuesday 9/30, 9:00 AM. Invite attached; please bring scrubs and comfortable shoes.\n\nGreg Lindqvist\nNurse Recruiter - Critical Care\nMenomonee Valley Health",
        ics=ev(
            "2025-09-30 09:00",
            "MVMC SICU Peer Interview + Shadow - D. Okafor-Reyes",
            ("Greg Lindqvist", "glindqvist@mvhealth.org"),
            "mvhealth-sicu-5521",
            180,
            "Menomonee Valley Medical Center, 5th floor SICU",
        ),
    ),
    # --- 7 Tendwell telehealth (Greenhouse) ---------------------------------------------------
    m(
        "70371",
        "2025-09-14 18:22",
        "Tendwell Talent <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Tendwell!",
        A("confirmation", TW, TWR, 7, "greenhouse"),
        "Hi Danielle,\n\nThanks for your interest in the Telehealth Registered Nurse (Remote) role! We're building virtual care that feels human, and nurses are at the center of it.\n\nOur team reads every application. You'll hear from us either way, usually within two weeks.\n\n- The Tendwell Talent Team",
    ),
    m(
        "70372",
        "2025-09-24 10:00",
        "Tendwell Talent <no-reply@us.greenhouse-mail.io>",
        "Tendwell: clinical scenarios exercise",
        A("assessment", TW, TWR, 7, "greenhouse"),
        "Hi Danielle,\n\nWe'd like to invite you to the next step: a short written clinical scenarios exercise (4 triage cases, about 45 minutes). Please submit within 5 days using the link below.\n\nhttps://app.greenhouse.io/tests/5e0b1c\n\nThanks,\nMaya from Tendwell",
    ),
    m(
        "70373",
        "2025-10-01 15:30",
        "Maya Ferreira <maya@tendwell.health>",
        "Tendwell interview - video",
        A("interview", TW, TWR, 7, "direct"),
        "Hi Danielle, thanks for the scenarios - thoughtful answers. Let's set up a 45-min video interview with our Clinical Lead, Jo. Invite attached for 10/7.\n\nMaya Ferreira | Talent, Tendwell",
        ics=ev(
            "2025-10-07 11:00",
            "Tendwell <> Danielle: Clinical interview",
            ("Maya Ferreira", "maya@tendwell.health"),
            "tw-ci-778@google.com",
            45,
            "Google Meet",
        ),
    ),
    m(
        "70374",
        "2025-10-06 09:00",
        "Tendwell Talent <no-reply@us.greenhouse-mail.io>",
        "Tendwell interview cancelled",
        A("interview", TW, TWR, 7, "greenhouse"),
        "Hi Danielle,\n\nWe received your note withdrawing from the Telehealth Registered Nurse process, so we've cancelled your interview on 10/7. Thank you for letting us know, and best of luck in your search!\n\n- Tendwell Talent",
        st="withdrawn",
        ics=ev(
            "2025-10-07 11:00",
            "Tendwell <> Danielle: Clinical interview",
            ("Maya Ferreira", "maya@tendwell.health"),
            "tw-ci-778@google.com",
            45,
            "Google Meet",
            method="CANCEL",
        ),
    ),
    # --- 8 Brightpath (Lever) - rejected --------------------------------------------------------
    m(
        "70381",
        "2025-09-16 13:14",
        "Brightpath Care <no-reply@hire.lever.co>",
        "Brightpath Care - Application received",
        A("confirmation", BP, BPR, 8, "lever"),
        "Hi Danielle,\n\nThank you for applying to the Telephonic RN Case Manager position at Brightpath Care. Our team will review your application and reach out if it's a good match.\n\nRequirement reminder: this role requires an active compact (multistate) RN license or willingness to obtain licenses in IL, WI and IN.\n\nBest,\nBrightpath Care Recruiting",
    ),
    m(
        "70382",
        "2025-10-09 11:56",
        "Brightpath Care <no-reply@hire.lever.co>",
        "Update from Brightpath Care",
        A("rejection", BP, BPR, 8, "lever"),
        "Hi Danielle,\n\nThank you for your interest in Brightpath Care. We've reviewed your background and, while it's clear you're a dedicated clinician, we're prioritizing candidates with prior telephonic case management experience for this role.\n\nWe'll keep your information on file.\n\nBrightpath Care Recruiting",
    ),
    # --- 9 Westgate Home Health (Indeed, ghosted) --------------------------------------------
    m(
        "70391",
        "2025-09-17 21:03",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: RN Case Manager - Home Health",
        A("confirmation", WH, WHR, 9, "indeed"),
        "Your application has been submitted\n\nRN Case Manager - Home Health\nWestgate Home Health - Chicago, IL 60640\n\nThe employer may contact you directly. Good luck!\n\nIndeed",
    ),
    m(
        "70392",
        "2025-09-20 09:12",
        "Indeed <donotreply@match.indeed.com>",
        "Your application was viewed by Westgate Home Health",
        A("viewed", WH, WHR, 9, "indeed"),
        "Westgate Home Health viewed your application for RN Case Manager - Home Health.\n\nWhile you wait, check out similar jobs near Chicago, IL.\n\nIndeed",
    ),
    # --- 10 Nuvola Health (LinkedIn) -------------------------------------------------------------
    m(
        "70401",
        "2025-09-18 12:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Danielle, your application was sent to Nuvola Health",
        A("confirmation", NV, NVR, 10, "linkedin"),
        "Your application was sent to Nuvola Health\n\nTelehealth Triage RN\nNuvola Health · United States (Remote)\nApplied on September 18, 2025\n\nView your application",
    ),
    m(
        "70402",
        "2025-09-22 08:01",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nuvola Health",
        A("viewed", NV, NVR, 10, "linkedin"),
        "Danielle, your application was viewed\n\nNuvola Health viewed your application for Telehealth Triage RN.\n\nSee jobs similar to this one",
    ),
    m(
        "70403",
        "2025-10-02 19:44",
        "Nuvola Health Recruiting <careers@nuvolahealth.com>",
        "Telehealth Triage RN - your application",
        A("rejection", NV, NVR, 10, "direct"),
        "Hello Danielle,\n\nThanks for applying to the Telehealth Triage RN role. We had an unusually large number of applicants. Unfortunately we will not be moving forward with your candidacy at this time.\n\nKind regards,\nNuvola Health Recruiting",
    ),
]
