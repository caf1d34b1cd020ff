# ruff: noqa: E501
"""Corpus 94, US nurse job mail, more applications, platforms and agencies (data only): see heldout94.py."""

from __future__ import annotations

from typing import Any

from heldout94_jobs import A, J, ev, m

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
SK, SKR2 = "Lakeview Medical Center – Skokie", "RN Case Manager - Care Coordination"

SR = "ShiftRoute <hello@mail.shiftroute.com>"
PW = "Pulsewise <matches@pulsewise.co>"
MT = "Devon Caruso <dcaruso@meridiantravelnursing.com>"
MT_SIG = "\n\nDevon Caruso\nSenior Recruiter | Meridian Travel Nursing\nText/call: 414-555-0139\nJoint Commission Certified Staffing\n"

MAIL: list[dict[str, Any]] = [
    # --- 11 Edgewater Surgical via ShiftRoute (nurse platform) --------------------------------
    m(
        "80111",
        "2025-09-19 07:15",
        SR,
        "Edgewater Surgical Hospital is interested in you",
        J("outreach", "other", ES, ESR),
        None,
        "<html><body><h2>Good news, Danielle!</h2><p><b>Edgewater Surgical Hospital</b> viewed your ShiftRoute profile and is interested in you for:</p><table><tr><td>RN - PACU/Step-Down</td><td>Chicago, IL</td><td>$45-52/hr</td><td>Days, 3x12</td></tr></table><p><a href='https://shiftroute.com/m/8821'>Express interest</a> &nbsp; <a href='https://shiftroute.com/m/8821/pass'>Not for me</a></p><p style='font-size:10px'>ShiftRoute, Inc. &middot; You receive this because your profile is set to Actively looking.</p></body></html>",
    ),
    m(
        "80112",
        "2025-09-19 12:40",
        SR,
        "You applied! RN - PACU/Step-Down at Edgewater Surgical Hospital",
        A("confirmation", ES, ESR, 11, "other"),
        "Hi Danielle,\n\nYour ShiftRoute profile was sent to Edgewater Surgical Hospital for RN - PACU/Step-Down. Employers typically respond within 3-5 business days. We'll let you know when they do.\n\nTeam ShiftRoute",
    ),
    m(
        "80113",
        "2025-09-26 14:05",
        "Carla Benedetti <cbenedetti@edgewatersurgical.com>",
        "Edgewater Surgical - interview",
        A("interview", ES, ESR, 11, "direct"),
        "Hi Danielle,\n\nI found your profile on ShiftRoute and would love to set up an interview with our PACU manager, Ruth. Would Thursday 10/2 at 3:30 work? It'll be in person at our Broadway location, about 45 minutes, including a quick walk through the unit.\n\nCarla Benedetti\nHR & Recruitment, Edgewater Surgical Hospital",
    ),
    m(
        "80114",
        "2025-10-10 16:45",
        "Carla Benedetti <cbenedetti@edgewatersurgical.com>",
        "Following up",
        A("rejection", ES, ESR, 11, "direct"),
        "Hi Danielle,\n\nThank you again for coming in last week. Ruth really enjoyed talking with you. We've decided to offer the position to a nurse with more PACU recovery experience, but we'd be glad to reach out if something opens on our step-down side.\n\nTake care,\nCarla",
    ),
    # --- 12 Ravenswood via Pulsewise -------------------------------------------------------
    m(
        "80121",
        "2025-10-08 08:02",
        PW,
        "New interview request from Ravenswood Regional Medical Center",
        J("outreach", "other", RR, RRR),
        "Hi Danielle,\n\nRavenswood Regional Medical Center wants to talk to you about ICU Registered Nurse (Nights, 36 hrs/week). They've offered a pay range of $46-$55/hr and a $10,000 sign-on bonus.\n\nAccept the request to share your contact info and book a time with their recruiter.\n\nAccept  |  Decline\n\nPulsewise - the career app for nurses",
    ),
    m(
        "80122",
        "2025-10-08 20:30",
        PW,
        "You accepted Ravenswood's request",
        A("confirmation", RR, RRR, 12, "other"),
        "Nice! You accepted the interview request from Ravenswood Regional Medical Center for ICU Registered Nurse. Their recruiter, Jasmine, will reach out to schedule.\n\nTip: have your BLS/ACLS card numbers handy.\n\nPulsewise",
    ),
    m(
        "80123",
        "2025-10-10 11:11",
        "Jasmine Oyelaran via Calendly <notifications@calendly.com>",
        "New Event: Danielle Okafor-Reyes - 20 min Recruiter Call",
        A("interview", RR, RRR, 12, "other"),
        "Hi Danielle Okafor-Reyes,\n\nA new event has been scheduled.\n\nEvent Type: 20 min Recruiter Call (Ravenswood Regional - Nursing)\nInvitee: Danielle Okafor-Reyes\nEvent Date/Time: 10:30am - Tuesday, October 14, 2025 (Central Time - US & Canada)\nLocation: Jasmine will call you at +1 312-555-0193\n\nPowered by Calendly",
        ics=ev(
            "2025-10-14 10:30",
            "20 min Recruiter Call between Jasmine Oyelaran and Danielle Okafor-Reyes",
            ("Jasmine Oyelaran", "joyelaran@ravenswoodregional.org"),
            "calendly-rr-66f1a2",
            20,
            "Phone",
        ),
    ),
    m(
        "80124",
        "2025-10-16 09:34",
        "Jasmine Oyelaran <joyelaran@ravenswoodregional.org>",
        "Peer interview - Ravenswood 6 West ICU",
        A("interview", RR, RRR, 12, "direct"),
        "Hi Danielle,\n\nThe 6 West ICU team would like to meet you for a peer interview (3 staff nurses + the night charge nurse), followed by a unit tour with Manager Liam Petrakis. Please accept the invite for Wednesday 10/22 at 8:00 AM.\n\nJasmine Oyelaran, MSN, RN\nNurse Recruiter\nRRMC - Ravenswood Regional Medical Center",
        ics=ev(
            "2025-10-22 08:00",
            "RRMC 6W ICU Peer Interview & Tour",
            ("Jasmine Oyelaran", "joyelaran@ravenswoodregional.org"),
            "rrmc-6w-2281",
            90,
            "RRMC Main Tower, 6th floor conference room",
        ),
    ),
    m(
        "80125",
        "2025-10-31 15:20",
        "Jasmine Oyelaran <joyelaran@ravenswoodregional.org>",
        "RRMC 6 West",
        A("rejection", RR, RRR, 12, "direct"),
        "Hi Danielle,\n\nThank you for taking the time to meet the 6 West team. They loved your energy and your stories from med-surg. After a lot of discussion, they've decided to hire an internal transfer from our step-down unit for this opening.\n\nI'd really like to keep you in mind for our spring ICU fellowship cohort - I'll reach out when the posting goes live.\n\nJasmine",
    ),
    # --- 13 Meridian Travel Nursing for Kinnickinnic University Hospital (on hold) --------------
    m(
        "80131",
        "2025-10-13 10:47",
        MT,
        "Level I trauma ICU - Milwaukee, $2,450/wk",
        J("outreach", "agency"),
        "Hi Danielle!\n\nI came across your profile and wanted to reach out about a 13-week ICU contract at a Level I trauma center in Milwaukee. Nights, 3x12, $2,450/week gross with housing stipend, start 1/5. They'll consider strong med-surg nurses with 1+ year of step-down or ICU floating experience.\n\nWould you have 10 minutes to chat this week?"
        + MT_SIG,
    ),
    m(
        "80132",
        "2025-10-15 17:02",
        MT,
        "RE: Level I trauma ICU - Milwaukee, $2,450/wk",
        A("confirmation", KU, KUR, 13, "agency"),
        "Thanks for the call today! As discussed, I've submitted your profile to Kinnickinnic University Hospital for the Trauma ICU contract. Their nurse manager usually reviews within a week. Please complete the skills checklist and upload your BLS/ACLS in the portal when you have a sec."
        + MT_SIG
        + "\n\n> On Oct 14, 2025, at 7:58 PM, Danielle Okafor-Reyes wrote:\n> Hi Devon, yes I'm interested. Free tomorrow after 3.",
    ),
    m(
        "80133",
        "2025-10-15 17:10",
        "Meridian Travel Nursing <noreply@meridiantravelnursing.com>",
        "Complete your Critical Care skills checklist",
        A("assessment", KU, KUR, 13, "agency"),
        "Hi Danielle,\n\nYour recruiter has requested the following items for your submission:\n- Critical Care Skills Checklist (approx. 25 min)\n- Basic Dysrhythmia exam (Prophecy)\n\nComplete them in your Meridian portal.\n\nMeridian Travel Nursing",
    ),
    m(
        "80134",
        "2025-10-21 12:26",
        MT,
        "KUH interview request",
        A("interview", KU, KUR, 13, "agency"),
        "Good news - the KUH Trauma ICU manager wants a phone interview! She offered Thursday 10/23 at 11:00 AM Central. She'll call you directly from a 414 number. Let me know ASAP and I'll confirm."
        + MT_SIG,
    ),
    m(
        "80135",
        "2025-10-29 09:48",
        MT,
        "KUH update",
        A("confirmation", KU, KUR, 13, "agency"),
        "Hi Danielle,\n\nQuick update: KUH put the Trauma ICU contract on hold - their census dropped and they've paused all January travel starts. They told me they liked you and may reopen in February. I'll keep your submission active and let you know the second I hear anything.\n\nSorry, I know that's frustrating!"
        + MT_SIG,
        st="on_hold",
    ),
    # --- 14 Oak Park Regional fellowship (Workday, rejected) -------------------------------------
    m(
        "80141",
        "2025-09-25 22:41",
        "Oak Park Regional Hospital <oakparkregional@myworkday.com>",
        "Application Received: Critical Care Nurse Fellowship",
        A("confirmation", OP, OPR, 14, "workday"),
        "Dear Danielle,\n\nThank you for applying to the Critical Care Nurse Fellowship (Winter 2026 cohort). Applications close October 15 and interviews take place in early November. If you are not selected for an interview, you will be notified by email.\n\nOak Park Regional Hospital - Talent Acquisition",
    ),
    m(
        "80142",
        "2025-10-24 10:00",
        "Oak Park Regional Hospital <oakparkregional@myworkday.com>",
        "Critical Care Nurse Fellowship - Application Update",
        A("rejection", OP, OPR, 14, "workday"),
        "Dear Danielle,\n\nThank you for your interest in the Critical Care Nurse Fellowship. We received more than 300 applications for 14 positions this cohort. We regret that we are unable to offer you an interview at this time.\n\nWe encourage you to apply again for a future cohort.\n\nOak Park Regional Hospital - Talent Acquisition",
    ),
    # --- 15 Lake Michigan Lutheran (Taleo) - withdrawn after accepting Evanston ----------------
    m(
        "80151",
        "2025-11-18 20:12",
        "Lake Michigan Lutheran Hospital <lmlh@taleo.net>",
        "Thank you for your interest in Lake Michigan Lutheran",
        A("confirmation", LL, LLR, 15, "taleo"),
        "Dear Danielle Okafor-Reyes,\n\nWe have received your application for RN Case Manager (Req 251902). We appreciate your interest in LMLH. A recruiter will review your qualifications and contact you if they match our requirements.\n\nLake Michigan Lutheran Hospital\nMilwaukee, Wisconsin",
    ),
    m(
        "80152",
        "2025-12-03 13:15",
        "Beth Halvorsen <bhalvorsen@lmlutheran.org>",
        "Phone interview - RN Case Manager",
        A("interview", LL, LLR, 15, "direct"),
        "Hello Danielle,\n\nI'd like to schedule a phone interview for the RN Case Manager opening. I have Tuesday 12/9 at 9:00 or 1:00 available. Please reply with what works.\n\nThank you,\nBeth Halvorsen\nHR Business Partner, LMLH",
    ),
    m(
        "80153",
        "2025-12-18 11:44",
        "Beth Halvorsen <bhalvorsen@lmlutheran.org>",
        "RE: Withdrawing my application",
        A("confirmation", LL, LLR, 15, "direct"),
        "Hi Danielle,\n\nThanks for the heads up and congratulations on the new job. I've withdrawn your application for Req 251902.\n\nAll the best,\nBeth\n\n-----Original Message-----\nFrom: Danielle Okafor-Reyes\nSubject: Withdrawing my application\n\nHi Beth, I've accepted a position in Chicago and would like to withdraw from the RN Case Manager process. Thank you for your time!",
        st="withdrawn",
    ),
    # --- 16 Ashland Ave CHC (manager from Gmail) ----------------------------------------------
    m(
        "80161",
        "2025-10-27 21:18",
        "Marisol Treviño <marisol.trevino.rn@gmail.com>",
        "RN Care Coordinator @ Ashland Ave",
        A("interview", AA, AAR, 16, "direct"),
        "Hi Danielle,\n\nI'm the nursing supervisor at Ashland Avenue Community Health Center - our HR forwarded your resume for the RN Care Coordinator position. Sorry for writing from my personal email, our system has been down all week!\n\nCould you come in for an interview on Monday 11/3 at 12:30? We're at 1940 W. 18th St. Just ask for me at the front desk.\n\nMarisol Treviño, RN\nNursing Supervisor",
    ),
    m(
        "80162",
        "2025-11-14 18:05",
        "Marisol Treviño <marisol.trevino.rn@gmail.com>",
        "Re: RN Care Coordinator @ Ashland Ave",
        A("rejection", AA, AAR, 16, "direct"),
        "Hi Danielle,\n\nI wanted to let you know personally - we ended up promoting one of our MAs who just finished her BSN, so the coordinator role is filled. I really enjoyed meeting you, and honestly you'd be great in community health. Good luck with the ICU stuff!\n\nMarisol\n\nSent from my iPhone",
    ),
    # --- 17 Heronway Health tele-ICU (Ashby) -----------------------------------------------------
    m(
        "80171",
        "2025-11-06 14:22",
        "Heronway Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Heronway Health",
        A("confirmation", HW, HWR, 17, "ashby"),
        "Hi Danielle,\n\nThanks for applying for the Tele-ICU Registered Nurse role. We're reviewing applications on a rolling basis. Note: this role requires 3+ years of bedside ICU experience.\n\nHeronway Health Recruiting",
    ),
    m(
        "80172",
        "2025-11-13 09:30",
        "Heronway Health <no-reply@ashbyhq.com>",
        "Your application to Heronway Health",
        A("rejection", HW, HWR, 17, "ashby"),
        "Hi Danielle,\n\nThank you for your interest in Heronway. Your background in med-surg is impressive and it's clear you care deeply about your patients. That said, we're looking for nurses with more recent critical-care experience for our remote monitoring team, so we won't be moving forward.\n\nWarmly,\nHeronway Health Recruiting",
    ),
    # --- 18 Midland Mutual UM nurse (Workday + HireVue) ----------------------------------------
    m(
        "80181",
        "2025-10-30 19:55",
        "Midland Mutual <midlandmutual@myworkday.com>",
        "We've received your application",
        A("confirmation", MM, MMR, 18, "workday"),
        "Hi Danielle,\n\nThank you for applying to Utilization Management Nurse (Remote - Central Time) at Midland Mutual Health Plan. We're excited you're interested in helping our members get the right care at the right time.\n\nWhat happens next: our recruiting team will review your application. If selected, you'll be invited to a virtual interview.\n\nMidland Mutual Talent Acquisition",
    ),
    m(
        "80182",
        "2025-11-05 08:15",
        "Midland Mutual via HireVue <noreply@hirevue.com>",
        "Midland Mutual: Your on-demand interview",
        A("assessment", MM, MMR, 18, "hirevue"),
        "Hi Danielle,\n\nMidland Mutual Health Plan has invited you to complete an on-demand video interview for Utilization Management Nurse. You'll answer 5 questions on your own time; each has 3 minutes to respond.\n\nPlease complete by November 12, 2025.\n\nStart Interview\n\nHireVue",
    ),
    m(
        "80183",
        "2025-11-26 07:30",
        "Midland Mutual <midlandmutual@myworkday.com>",
        "Update on your application",
        A("rejection", MM, MMR, 18, "workday"),
        "Hi Danielle,\n\nThanks for completing the interview for Utilization Management Nurse. We have decided to pursue other candidates whose utilization review and InterQual experience better aligns with the role.\n\nMidland Mutual Talent Acquisition",
    ),
    # --- 19 Greater Chicago Hospice (Indeed, ghosted) -----------------------------------------
    m(
        "80191",
        "2025-10-05 15:31",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: RN Case Manager",
        A("confirmation", GH, GHR, 19, "indeed"),
        "Application submitted\n\nRN Case Manager\nGreater Chicago Hospice - Chicago, IL\n\nYour application has been sent. You will be contacted if the employer is interested.\n\nIndeed",
    ),
    # --- 20 Bayview Heart & Vascular (iCIMS, rejected) ------------------------------------------
    m(
        "80201",
        "2025-11-09 11:02",
        "Bayview Health Careers <careers-bayviewhealth@icims.com>",
        "Thank you for your application",
        A("confirmation", BV, BVR, 20, "icims"),
        "Hi Danielle,\n\nThank you for applying for CVICU Registered Nurse at the Bayview Heart & Vascular Institute (Milwaukee). We'll review your application and contact you about next steps.\n\nBayview Health",
    ),
    m(
        "80202",
        "2025-12-01 10:17",
        "Bayview Health Careers <careers-bayviewhealth@icims.com>",
        "Your application status",
        A("rejection", BV, BVR, 20, "icims"),
        "Hi Danielle,\n\nThank you for your interest in Bayview Health. We have reviewed your application for CVICU Registered Nurse and have decided not to proceed at this time.\n\nWe wish you success in your career.\n\nBayview Health Talent Acquisition",
    ),
    # --- 21 Midway South via Pulsewise (ghosted after interview) --------------------------------
    m(
        "80211",
        "2025-11-10 08:00",
        PW,
        "Midway South Hospital wants to talk",
        J("outreach", "other", MS, MSR),
        "Hi Danielle,\n\nMidway South Hospital sent you an interview request for Registered Nurse - MICU. Pay: $44-$51/hr. Shift: Rotating.\n\nAccept | Decline\n\nPulsewise",
    ),
    m(
        "80212",
        "2025-11-10 21:40",
        PW,
        "You accepted Midway South Hospital's request",
        A("confirmation", MS, MSR, 21, "other"),
        "You accepted the interview request from Midway South Hospital. Their team will reach out within a few days.\n\nPulsewise",
    ),
    m(
        "80213",
        "2025-11-13 14:00",
        "Talent Acquisition <talent@midwaysouth.org>",
        "Interview Confirmation - Registered Nurse MICU",
        A("interview", MS, MSR, 21, "direct"),
        None,
        "<html><body><p>Dear Danielle,</p><p>This confirms your virtual interview for <b>Registered Nurse - MICU</b>:</p><ul><li>Date: Tuesday, November 18, 2025</li><li>Time: 2:00 PM Central</li><li>Interviewers: Sandra Ohene (Nurse Manager), Paul Brzezinski (Charge RN)</li></ul><p>Teams link is in the calendar invitation.</p><p>MSH Talent Acquisition<br>Midway South Hospital</p></body></html>",
        ics=ev(
            "2025-11-18 14:00",
            "Virtual Interview - RN MICU - Okafor-Reyes",
            ("MSH Talent Acquisition", "talent@midwaysouth.org"),
            "msh-micu-7730",
            45,
            "Microsoft Teams",
        ),
    ),
    # --- 22 Lakeview Skokie re-application (withdrawn) --------------------------------------------
    m(
        "80221",
        "2025-12-05 20:50",
        "Lakeview Health <lakeviewhealth@myworkday.com>",
        "Thank you for applying to Lakeview Health",
        A("confirmation", SK, SKR2, 22, "workday"),
        "Hi Danielle,\n\nThank you for your interest in joining Lakeview Health. We have received your application for RN Case Manager - Care Coordination (R-0051630) at Lakeview Medical Center - Skokie.\n\nOur talent acquisition team reviews every application. If your experience is a match, a recruiter will contact you.\n\nWarm regards,\nLakeview Health Talent Acquisition",
    ),
    m(
        "80222",
        "2025-12-17 09:10",
        "Lakeview Health <lakeviewhealth@myworkday.com>",
        "Your application has been withdrawn",
        A("confirmation", SK, SKR2, 22, "workday"),
        "Hi Danielle,\n\nAs requested, your application for RN Case Manager - Care Coordination (R-0051630) has been withdrawn. Since you have accepted another position with Lakeview Health, no further action is needed.\n\nLakeview Health Talent Acquisition",
        st="withdrawn",
    ),
    # --- 23 Tendwell forwarded to a friend? no: Nuvola re-post forwarded confirmation ------------
    m(
        "80231",
        "2026-01-20 07:55",
        "Elena Okafor <elena.okafor@outlook.com>",
        "Fwd: Application confirmation - Per Diem Telehealth RN",
        A("confirmation", "Nuvola Health", "Per Diem Telehealth RN", 23, "direct"),
        "Dani - this landed in my inbox because I used my email on your application by accident when I was helping you on my laptop lol. Forwarding!\n\n---------- Forwarded message ---------\nFrom: Nuvola Health Recruiting <careers@nuvolahealth.com>\nDate: Mon, Jan 19, 2026 at 9:14 PM\nSubject: Application confirmation - Per Diem Telehealth RN\nTo: <elena.okafor@outlook.com>\n\nHello Danielle,\n\nThank you for applying for Per Diem Telehealth RN at Nuvola Health. Our recruiting team will review your application and be in touch if there is a match.\n\nNuvola Health Recruiting",
    ),
    m(
        "80232",
        "2026-02-09 12:03",
        "Nuvola Health Recruiting <careers@nuvolahealth.com>",
        "Per Diem Telehealth RN - next steps",
        A("interview", "Nuvola Health", "Per Diem Telehealth RN", 23, "direct"),
        "Hi Danielle,\n\nThanks for your interest in per diem shifts with Nuvola! We'd like to schedule a 30-minute video screen. Please pick a time using the link below.\n\nhttps://calendly.com/nuvola-clinical/per-diem-screen\n\nNuvola Health Recruiting",
    ),
    # --- 24 Calumet Memorial re-application, ghosted ---------------------------------------------
    m(
        "80241",
        "2026-01-27 19:21",
        "Calumet Memorial Careers <calumetmemorial@taleo.net>",
        "Calumet Memorial Hospital - Application Received",
        A("confirmation", "Calumet Memorial Hospital", "RN Case Manager, PRN", 24, "taleo"),
        "Dear Danielle Okafor-Reyes,\n\nThank you for applying for the position of RN Case Manager, PRN (Job Number: 26000212). Your submission was received on 01/27/2026.\n\nPlease note that, due to the high volume of applications, only candidates selected for an interview will be contacted.\n\nSincerely,\nHuman Resources\nCalumet Memorial Hospital",
    ),
    # --- alerts, nudges, outreach, talent communities ----------------------------------------
    m(
        "80301",
        "2025-09-02 06:30",
        "Indeed <alert@indeed.com>",
        "ICU Registered Nurse jobs in Chicago, IL",
        J("alert", "indeed"),
        "15 new jobs for ICU Registered Nurse in Chicago, IL\n\nICU RN - Nights\nRavenswood Regional Medical Center - Chicago, IL\n$46 - $55 an hour\n\nRegistered Nurse ICU\nCalumet Memorial Hospital - Chicago, IL\nEasily apply\n\nCritical Care RN\nLakeview Health - Evanston, IL\n\nSee all jobs",
    ),
    m(
        "80302",
        "2025-09-16 06:30",
        "Indeed <alert@indeed.com>",
        "Case Manager RN jobs in Chicago, IL",
        J("alert", "indeed"),
        "New jobs matching Case Manager RN in Chicago, IL\n\nRN Case Manager - Home Health | Westgate Home Health\nRN Case Manager | Greater Chicago Hospice\nCare Manager RN | St. Brendan Health\n\nView all 22 jobs",
    ),
    m(
        "80303",
        "2025-10-07 06:31",
        "Indeed <alert@indeed.com>",
        "Telehealth Nurse jobs - Remote",
        J("alert", "indeed"),
        "11 new Telehealth Nurse jobs (Remote)\n\nTelehealth Triage RN - Nuvola Health\nVirtual Care Nurse - Tendwell\nRemote Nurse Educator - Sunmark Pharmacy Services\n\nSee all",
    ),
    m(
        "80304",
        "2025-09-29 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"registered nurse icu": Lakeview Health - Registered Nurse - Cardiac Surgery ICU',
        J("alert", "linkedin"),
        "Your job alert for registered nurse icu in Chicago, Illinois\n\nLakeview Health\nRegistered Nurse - Cardiac Surgery ICU\nSkokie, IL · Promoted\n\nMenomonee Valley Health\nRN - Neuro ICU\nMilwaukee, WI\n\nSee all jobs",
    ),
    m(
        "80305",
        "2025-11-24 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"case manager rn": 9 new jobs in Milwaukee, WI',
        J("alert", "linkedin"),
        "9 new jobs for case manager rn in Milwaukee, Wisconsin\n\nLake Michigan Lutheran Hospital - RN Case Manager\nSt. Brendan Health - RN Care Manager (Weekend)\nWaukesha County Home Care - RN Case Manager\n\nSee all jobs",
    ),
    m(
        "80306",
        "2025-10-01 09:00",
        "Lakeview Health <lakeviewhealth@myworkday.com>",
        "Jobs you may be interested in",
        J("alert", "workday"),
        None,
        "<html><body><p>Hi Danielle,</p><p>Based on your candidate profile, these Lakeview Health openings may interest you:</p><ul><li>RN - Medical ICU (Nights) - Evanston</li><li>RN - Neuro Step-Down - Glenview</li><li>RN Case Manager - Skokie</li></ul><p><a href='#'>View jobs</a> &middot; <a href='#'>Manage job alerts</a></p></body></html>",
    ),
    m(
        "80307",
        "2025-09-27 13:00",
        "Oak Park Regional Hospital <oakparkregional@myworkday.com>",
        "Finish your application",
        J("alert", "workday"),
        "Hi Danielle,\n\nYou started an application for RN - Cardiovascular Step-Down but haven't submitted it yet. Your progress has been saved.\n\nContinue your application\n\nOak Park Regional Hospital - Talent Acquisition",
    ),
    m(
        "80308",
        "2025-09-10 22:30",
        "Menomonee Valley Health Careers <careers-mvhealth@icims.com>",
        "Welcome to the MV Health Talent Community",
        J("alert", "icims"),
        "Hi Danielle,\n\nThanks for joining the Menomonee Valley Health Talent Community! You'll receive job alerts for nursing roles in Milwaukee and Waukesha, and news about hiring events like our Critical Care Open House.\n\nMV Health Talent Team",
    ),
    m(
        "80309",
        "2025-10-20 08:00",
        "ShiftRoute <hello@mail.shiftroute.com>",
        "5 ICU jobs near you are hiring fast",
        J("alert", "other"),
        None,
        "<html><body><p>Danielle, these employers are reviewing profiles this week:</p><p>Ravenswood Regional Medical Center &middot; ICU RN &middot; $46-55/hr<br>Calumet Memorial Hospital &middot; CVICU RN &middot; $44-52/hr<br>Evergreen Park Community Hospital &middot; ICU RN &middot; $43-50/hr</p><p><a href='#'>See matches</a></p></body></html>",
    ),
    m(
        "80310",
        "2025-12-08 08:00",
        PW,
        "Your profile is 80% complete",
        J("alert", "other"),
        "Hi Danielle,\n\nNurses with complete profiles get 3x more interview requests. Add your ACLS expiration date and a reference to reach 100%.\n\nFinish my profile\n\nPulsewise",
    ),
    m(
        "80311",
        "2025-09-03 14:22",
        "Tasha Greenwald <tasha@northloopnursestaffing.com>",
        "Per diem ICU/Step-down shifts - Chicago North Side",
        J("outreach", "agency"),
        "Hi Danielle,\n\nI'm a recruiter with North Loop Nurse Staffing. We have per diem and short-term contracts at a Magnet-designated hospital on the North Side, step-down and ICU, $62-$70/hr. Open to a quick call?\n\nTasha Greenwald\nNorth Loop Nurse Staffing\n312-555-0110",
    ),
    m(
        "80312",
        "2025-09-09 10:15",
        "Tasha Greenwald <tasha@northloopnursestaffing.com>",
        "RE: Per diem ICU/Step-down shifts - Chicago North Side",
        J("outreach", "agency", "Graceland Methodist Hospital"),
        "Hi Danielle, just following up! The hospital is Graceland Methodist - they're flexible on ICU experience for step-down shifts. Let me know if you'd like me to set up your credentialing file.\n\nTasha",
    ),
    m(
        "80313",
        "2025-11-17 13:00",
        "Brandon Kell <bkell@crestlinemedstaff.com>",
        "Case Management opportunity - Chicago (contract-to-hire)",
        J("outreach", "agency"),
        "Good afternoon Danielle,\n\nMy client, a large health plan headquartered in Chicago, is hiring RN Case Managers (hybrid) on a 6-month contract-to-hire basis. $48/hr W2. Medical-surgical background is a plus. Would you be open to a brief call?\n\nBrandon Kell | Crestline Medical Staffing",
    ),
    m(
        "80314",
        "2025-11-17 13:01",
        "Brandon Kell <bkell@crestlinemedstaff.com>",
        "Automatic reply: Case Management opportunity - Chicago (contract-to-hire)",
        J("other_job", "agency"),
        "Thank you for your email. I am out of the office through Monday 11/24 with limited access to email. For urgent credentialing questions please contact credentialing@crestlinemedstaff.com.\n\nBrandon",
    ),
    m(
        "80315",
        "2025-10-22 09:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Olivia sent you a message",
        J("outreach", "linkedin", "Tendwell"),
        'Olivia Marsh, Nurse Talent Lead at Tendwell\n\n"Hi Danielle - I saw you withdrew from our Telehealth RN process, totally understand. We just opened a part-time evening role that might fit around bedside work. Worth a chat?"\n\nReply  |  View profile\n\nLinkedIn',
    ),
    m(
        "80316",
        "2026-02-03 10:30",
        MT,
        "Reopened: Trauma ICU Milwaukee",
        J("outreach", "agency", "Kinnickinnic University Hospital"),
        "Hi Danielle!\n\nKUH just reopened their Trauma ICU travel contracts for March starts. I know you started a staff job - congrats! - but if you ever want to pick up a short contract in the summer, let me know."
        + MT_SIG,
    ),
    m(
        "80317",
        "2026-01-06 11:00",
        "Indeed <donotreply@indeed.com>",
        "Rate your application experience with Westgate Home Health",
        J("other_job", "indeed", "Westgate Home Health"),
        "How was your experience applying to RN Case Manager - Home Health at Westgate Home Health? Your review helps other job seekers.\n\nRate now\n\nIndeed",
    ),
    m(
        "80318",
        "2025-12-20 16:00",
        "Lakeview Health <lakeviewhealth@myworkday.com>",
        "Complete your onboarding tasks",
        J(
            "other_job",
            "workday",
            "Lakeview Medical Center – Evanston",
            "Registered Nurse - Medical ICU (Nights)",
        ),
        "Hi Danielle,\n\nWelcome aboard! You have 4 onboarding tasks waiting: Form I-9 Section 1, Direct Deposit, Emergency Contacts, Policy Acknowledgements.\n\nPlease complete them before your first day.\n\nLakeview Health People Services",
    ),
    m(
        "80319",
        "2025-10-02 15:10",
        "Carla Benedetti <cbenedetti@edgewatersurgical.com>",
        "Parking for your interview today",
        A("interview", ES, ESR, 11, "direct"),
        "Hi Danielle, quick note - the visitor lot on Broadway is under construction, so please park in the Thorndale garage and come to the 2nd floor. See you at 3:30!\n\nCarla",
    ),
    m(
        "80320",
        "2025-12-31 09:00",
        "Jasmine Oyelaran <joyelaran@ravenswoodregional.org>",
        "Spring ICU Fellowship is open!",
        J("outreach", "direct", RR),
        "Hi Danielle,\n\nAs promised - our Spring 2026 ICU Fellowship posting is live. Applications close January 23. Happy to answer any questions!\n\nJasmine",
    ),
]
