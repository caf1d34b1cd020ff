# ruff: noqa: E501
"""Corpus 89, Indian job mail (data only): see heldout89.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _ist(day: str) -> str:
    return "+0530"


m = partial(H.dated_spec, _ist)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, org, summary, minutes=60, style="google", **kw):
    d = {
        "uid": uid,
        "start": start + ":00 +0530",
        "organizer": org,
        "summary": summary,
        "minutes": minutes,
        "style": style,
    }
    d.update(kw)
    return d


IT, ITR, ITR2 = "Infotrek", "Senior Java Developer", "Java Microservices Developer"
VX, VXR = "Veloxa Digital", "Java Backend Engineer"
KR, KRR = "Kiranam", "SDE-2 (Backend)"
AN, ANR = "Ankurit Solutions", "Java Developer"
SP, SPR = "SaptaPay", "Senior Software Engineer - Java"
TS, TSR = "Tessaract", "Java Lead - Microservices"
BF, BFR = "Bluefin Analytics", "Java Developer"
CV, CVR = "Corvane Systems", "Backend Developer (Java/Spring)"
PH, PHR = "Prakshal Health", "Senior Java Engineer"
QC, QCR = "Quillcart", "SDE II - Backend"
OB, OBR = "Orbisk Labs", "Backend Engineer"
MV, MVR = "Mirova Systems", "Java Developer"
VB, VBR = "Vantara Bank Technology Centre", "Senior Engineer - Java"
EL, ELR = "Elvion Auto Tech", "Java Developer"
GC, GCR = "Greystone Cloud", "Software Engineer II, Backend"
PV, PVR = "Pravaah Infra Software", "Java Backend Developer"

SIG_TB = "\n\nThanks & Regards,\nMeghna Kulkarni\nSr. Talent Acquisition Executive\nTalentBridge HR Consultants Pvt. Ltd.\n+91 98450 22xxx | www.talentbridgehr.example\n"

MAIL: list[dict[str, Any]] = [
    # --- 1 Infotrek (Workday, mail from Infotrek Group) ----------------------------------
    m(
        "71002",
        "2025-09-03 11:42",
        "Infotrek Group Talent Acquisition <infotrekgroup@myworkday.com>",
        "Thank you for applying - Senior Java Developer (REQ-118842)",
        A("confirmation", IT, ITR, 1, "workday"),
        "Dear Aditya,\n\nThank you for your interest in Infotrek Systems Limited. We have received your application for the position of Senior Java Developer (REQ-118842), Bengaluru.\n\nOur Talent Acquisition team will review your profile against the requirements of the role. If your profile is shortlisted, a member of our team will reach out to you with the next steps.\n\nYou can track the status of your application by logging in to our Candidate Home.\n\nRegards,\nTalent Acquisition Team\nInfotrek Group\n\nThis is a system generated mail. Please do not reply.",
    ),
    m(
        "71009",
        "2025-09-10 16:05",
        "HackerRank <support@hackerrankforwork.com>",
        "Infotrek Systems has invited you to take a test",
        A("assessment", IT, ITR, 1, "hackerrank"),
        "Hi Aditya Venkatesh Rao,\n\nInfotrek Systems has invited you to take the test 'Java Backend - L3 Screening'.\n\nDuration: 90 minutes\nTest link expires on: 14 Sep 2025, 11:59 PM IST\n\nPlease make sure you have a stable internet connection. The test is proctored; your webcam will be enabled.\n\nStart test: https://www.hackerrank.com/tests/xkq81ja/login\n\nAll the best!\nTeam HackerRank",
    ),
    m(
        "71015",
        "2025-09-17 10:20",
        "Sowmya R <sowmya.r@infotrek-group.example>",
        "Interview Schedule - Technical Round 1 - Senior Java Developer",
        A("interview", IT, ITR, 1, "direct"),
        "Dear Aditya,\n\nGreetings from Infotrek!\n\nWe are pleased to inform you that you have cleared the online assessment. Your technical interview is scheduled as below. Kindly join 5 minutes before time.\n\nDate: 19-Sep-2025 (Friday)\nTime: 3:00 PM - 4:00 PM IST\nMode: MS Teams (link in the invite)\n\nKindly keep your Govt. ID proof handy.\n\nRegards,\nSowmya R\nTalent Acquisition | Infotrek Group",
        ics=ev(
            "INF-TR1-8842@infotrek-group.example",
            "2025-09-19 15:00",
            ("Sowmya R", "sowmya.r@infotrek-group.example"),
            "Technical Interview R1 - Aditya Venkatesh Rao - REQ-118842",
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "71021",
        "2025-09-29 18:31",
        "Infotrek Group Talent Acquisition <infotrekgroup@myworkday.com>",
        "Update on your application - REQ-118842",
        A("rejection", IT, ITR, 1, "workday"),
        "Dear Aditya,\n\nThank you for taking the time to interview with us for the Senior Java Developer role. We appreciated learning about your experience with Spring Boot and Kafka.\n\nAfter careful evaluation, we have decided to move forward with other candidates whose profiles more closely match the current requirements of the position.\n\nWe will retain your profile in our database and may reach out for suitable future openings.\n\nRegards,\nTalent Acquisition Team\nInfotrek Group",
    ),
    # --- 18 Infotrek re-application ----------------------------------------------------
    m(
        "71170",
        "2025-12-02 09:14",
        "Infotrek Group Talent Acquisition <infotrekgroup@myworkday.com>",
        "Thank you for applying - Java Microservices Developer (REQ-124310)",
        A("confirmation", IT, ITR2, 17, "workday"),
        "Dear Aditya,\n\nThank you for your interest in Infotrek Systems Limited. We have received your application for the position of Java Microservices Developer (REQ-124310), Hyderabad.\n\nOur Talent Acquisition team will review your profile. If shortlisted, we will contact you.\n\nRegards,\nTalent Acquisition Team\nInfotrek Group\n\nThis is a system generated mail. Please do not reply.",
    ),
    # --- 2 Veloxa Digital (Darwinbox) ---------------------------------------------------
    m(
        "71004",
        "2025-09-05 13:10",
        "Veloxa Digital Careers <noreply@darwinbox.in>",
        "Application received: Java Backend Engineer",
        A("confirmation", VX, VXR, 2, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://veloxa.darwinbox.in/logo.png' alt='Veloxa'></td></tr><tr><td><p>Hi Aditya,</p><p>Thank you for applying for <b>Java Backend Engineer</b> (Pune). Your application ID is VXD-JR-2291.</p><p>Our hiring team will get in touch with you if your profile matches the requirement.</p><p>Team People &amp; Culture<br>Veloxa Digital Pvt. Ltd.</p></td></tr><tr><td style='font-size:11px;color:#888'>Powered by Darwinbox</td></tr></table></body></html>",
    ),
    m(
        "71012",
        "2025-09-15 12:48",
        "Veloxa Digital Careers <noreply@darwinbox.in>",
        "Interview scheduled - Java Backend Engineer - Round 1",
        A("interview", VX, VXR, 2, "other"),
        "Hi Aditya,\n\nYour interview has been scheduled.\n\nRound: Technical Round 1\nDate & time: Wed, 17 Sep 2025, 11:30 AM IST\nInterviewer: Nikhil Deshpande\nMeeting link: https://meet.google.com/qwe-rtyu-iop\n\nPlease confirm your availability by clicking Accept in the calendar invite.\n\nTeam People & Culture\nVeloxa Digital",
        ics=ev(
            "dbx-int-77123@veloxa.darwinbox.in",
            "2025-09-17 11:30",
            ("Veloxa Digital", "noreply@darwinbox.in"),
            "Veloxa Digital | Technical Round 1 | Aditya Venkatesh Rao",
            location="https://meet.google.com/qwe-rtyu-iop",
        ),
    ),
    # --- 3 Kiranam (Keka) ------------------------------------------------------------------
    m(
        "71006",
        "2025-09-08 10:02",
        "Kiranam Hiring <no-reply@keka.com>",
        "We've received your application for SDE-2 (Backend)",
        A("confirmation", KR, KRR, 3, "other"),
        "Hi Aditya,\n\nThanks for applying to Kiranam Retail Technologies Pvt. Ltd. for the role of SDE-2 (Backend), Bengaluru.\n\nWe review every application carefully. If your profile is a fit, our recruiter will reach out within 2 weeks. Unfortunately we are not able to respond to every applicant individually.\n\nCheers,\nTeam Kiranam\n\nSent via Keka Hire",
    ),
    m(
        "71011",
        "2025-09-12 17:22",
        "HackerEarth <noreply@hackerearth.com>",
        "Invitation: Kiranam Backend Hiring Challenge",
        A("assessment", KR, KRR, 3, "other"),
        "Hello Aditya,\n\nYou have been invited by Kiranam to take the assessment 'Kiranam SDE-2 Backend Assessment'.\n\nTest window: 13 Sep 2025 10:00 AM to 15 Sep 2025 11:59 PM (IST)\nDuration: 75 mins\nSections: 2 coding problems (Java 17), 10 MCQs on DBMS and OS\n\nStart assessment: https://assessment.hackerearth.com/challenges/hiring/kiranam-sde2-backend/\n\nBest,\nHackerEarth Assessments",
    ),
    m(
        "71016",
        "2025-09-18 11:05",
        "Pallavi Iyer <pallavi.iyer@kiranam.example>",
        "Kiranam | SDE-2 Backend | Round 1 - Problem solving",
        A("interview", KR, KRR, 3, "direct"),
        "Hi Aditya,\n\nCongratulations on clearing the online assessment! We would like to schedule your first technical round (DSA + problem solving, 60 mins) on Monday 22nd Sep at 2 PM. Sending a Google Meet invite separately, please accept.\n\nDo let me know if the slot doesn't work.\n\nThanks,\nPallavi Iyer\nTalent Acquisition, Kiranam",
    ),
    m(
        "71017",
        "2025-09-18 11:07",
        "Pallavi Iyer <pallavi.iyer@kiranam.example>",
        "Invitation: Kiranam - SDE2 Round 1 (Aditya) @ Mon 22 Sep 2025 2pm - 3pm (IST)",
        A("interview", KR, KRR, 3, "direct"),
        "You have been invited to the following event.\n\nKiranam - SDE2 Round 1 (Aditya)\nMonday 22 Sep 2025 2pm - 3pm (India Standard Time - Kolkata)\nJoining info: meet.google.com/kir-anam-r1a\n\nInvitation from Google Calendar",
        ics=ev(
            "kir-r1-aditya@google.com",
            "2025-09-22 14:00",
            ("Pallavi Iyer", "pallavi.iyer@kiranam.example"),
            "Kiranam - SDE2 Round 1 (Aditya)",
            location="meet.google.com/kir-anam-r1a",
        ),
    ),
    m(
        "71024",
        "2025-09-26 15:40",
        "Pallavi Iyer <pallavi.iyer@kiranam.example>",
        "Invitation: Kiranam - SDE2 Round 2 LLD/HLD (Aditya) @ Wed 1 Oct 2025 11am - 12:30pm (IST)",
        A("interview", KR, KRR, 3, "direct"),
        "Hi Aditya, great feedback from round 1. Next is the design round with our Engineering Manager, Sandeep. 90 mins, mostly LLD with some HLD discussion.\n\nKiranam - SDE2 Round 2 LLD/HLD (Aditya)\nWednesday 1 Oct 2025 11am - 12:30pm (India Standard Time - Kolkata)\nJoining info: meet.google.com/kir-anam-r2b",
        ics=ev(
            "kir-r2-aditya@google.com",
            "2025-10-01 11:00",
            ("Pallavi Iyer", "pallavi.iyer@kiranam.example"),
            "Kiranam - SDE2 Round 2 LLD/HLD (Aditya)",
            minutes=90,
            location="meet.google.com/kir-anam-r2b",
        ),
    ),
    m(
        "71030",
        "2025-10-06 12:15",
        "Pallavi Iyer <pallavi.iyer@kiranam.example>",
        "HR discussion - Kiranam",
        A("interview", KR, KRR, 3, "direct"),
        "Hi Aditya,\n\nHappy to share that the panel has cleared you for the HR round. It will be a 30 min conversation with Farhana (HR Business Partner) on Wednesday 8th Oct, 4 PM. We'll cover your current CTC, expected CTC and notice period, so kindly keep your last 3 months' payslips ready.\n\nThanks,\nPallavi",
        ics=ev(
            "kir-hr-aditya@google.com",
            "2025-10-08 16:00",
            ("Pallavi Iyer", "pallavi.iyer@kiranam.example"),
            "Kiranam HR discussion - Aditya",
            minutes=30,
            location="meet.google.com/kir-hr-30m",
        ),
    ),
    m(
        "71036",
        "2025-10-14 19:02",
        "Farhana Sheikh <farhana.sheikh@kiranam.example>",
        "Offer Letter - Kiranam Retail Technologies Pvt. Ltd. - SDE-2",
        A("offer", KR, KRR, 3, "direct"),
        "Dear Aditya,\n\nGreetings from Kiranam!\n\nWe are delighted to offer you the position of SDE-2 (Backend) at Kiranam Retail Technologies Pvt. Ltd. PFB the highlights; the detailed offer letter and CTC annexure are attached.\n\nFixed CTC: INR 32,00,000 p.a.\nJoining bonus: INR 2,00,000\nESOPs: as per annexure\nProposed date of joining: 1st December 2025\nLocation: Bengaluru (HSR Layout)\n\nKindly revert with your acceptance within 3 working days.\n\nWarm regards,\nFarhana Sheikh\nHR Business Partner",
        attach=[("Kiranam_Offer_Aditya_V_Rao.pdf", "application/pdf", "%PDF-1.4 offer letter")],
    ),
    m(
        "71040",
        "2025-10-21 11:26",
        "Farhana Sheikh <farhana.sheikh@kiranam.example>",
        "Re: Offer Letter - Kiranam Retail Technologies Pvt. Ltd. - SDE-2",
        A("offer", KR, KRR, 3, "direct"),
        "Dear Aditya,\n\nThank you for letting us know. We are sorry to hear that you have decided to stay back with your current organisation after their counter-offer. We respect your decision and have withdrawn the offer in our system.\n\nDo stay in touch, our doors are always open.\n\nRegards,\nFarhana\n\nOn Mon, 20 Oct 2025 at 22:40, Aditya Venkatesh Rao <aditya.vrao@gmail.com> wrote:\n> Hi Farhana,\n> After a lot of thought I have decided to not accept the offer. My current company has made a counter offer and I have decided to continue there for now. Really sorry for the trouble and thank you to Pallavi and the panel.\n> Regards, Aditya",
        st="declined",
        **{
            "In-Reply-To": "<71036.20251014.60@kiranam.example>",
            "References": "<71036.20251014.60@kiranam.example>",
        },
    ),
    # --- 4 Ankurit via TalentBridge (agency) -----------------------------------------
    m(
        "71007",
        "2025-09-09 10:33",
        "Meghna Kulkarni <meghna.k@talentbridgehr.example>",
        "Urgent opening for Java Developer with our client - Bangalore - Immediate to 30 days",
        ("outreach", None, ANR, None, "agency", "en"),
        "Dear Candidate,\n\nGreetings from TalentBridge HR Consultants!\n\nWe have an urgent opening for Java Developer with our client, a leading product-based MNC in the BFSI space, Bangalore (ORR).\n\nExp: 4-7 yrs\nSkills: Core Java, Spring Boot, Microservices, Kafka, AWS\nNotice: Immediate to 30 days preferred\nMode: Hybrid (3 days WFO)\n\nIf interested, kindly share your updated CV with the below details:\nTotal Exp:\nRelevant Exp:\nCurrent CTC:\nExpected CTC:\nNotice Period:\nCurrent Location:"
        + SIG_TB,
    ),
    m(
        "71013",
        "2025-09-16 14:50",
        "Meghna Kulkarni <meghna.k@talentbridgehr.example>",
        "RE: Urgent opening for Java Developer with our client - Bangalore",
        A("interview", AN, ANR, 4, "agency"),
        "Hi Aditya,\n\nThank you for sharing your CV. Your profile has been shortlisted by our client Ankurit Solutions Pvt. Ltd. for the first technical round.\n\nDate: 18-Sep-2025\nTime: 12:00 PM\nMode: Virtual (Teams link will be shared by client HR)\n\nKindly confirm your availability at the earliest and do the needful.\n"
        + SIG_TB,
    ),
    m(
        "71019",
        "2025-09-24 17:12",
        "Meghna Kulkarni <meghna.k@talentbridgehr.example>",
        "Feedback - Ankurit",
        A("rejection", AN, ANR, 4, "agency"),
        "Hi Aditya,\n\nThanks for attending the interview. Feedback from the client: good communication and hands-on coding, however they are looking for stronger exposure to payments domain. Hence they will not be moving ahead with your profile for this position.\n\nWill reach out for other suitable openings.\n"
        + SIG_TB,
    ),
    # --- 7 SaptaPay (Zoho Recruit; Saptarishi Fintech) -------------------------------
    m(
        "71025",
        "2025-09-27 10:18",
        "Saptarishi Fintech Careers <careers@saptarishifintech.example>",
        "Application Acknowledgement - Senior Software Engineer - Java",
        A("confirmation", SP, SPR, 5, "other"),
        "Dear Aditya Venkatesh Rao,\n\nThank you for applying to Saptarishi Fintech Private Limited for the position Senior Software Engineer - Java (Job Opening ID: ZR_412_JOB).\n\nWe have received your resume and our team will get back to you if you are shortlisted.\n\nRegards,\nHR Team\n\n-- Sent from Zoho Recruit",
        headers={"X-Mailer": "Zoho Recruit"},
    ),
    m(
        "71029",
        "2025-10-03 09:45",
        "Mercer | Mettl <noreply@mettl.com>",
        "Assessment invitation from SFPL",
        A("assessment", SP, SPR, 5, "other"),
        html="<html><body><p>Dear Aditya,</p><p>You have been invited by <b>SFPL</b> to take the assessment <b>Java Spring Boot - Advanced (Coding + MCQ)</b>.</p><p>Validity: 03 Oct 2025 to 06 Oct 2025<br>Duration: 60 minutes</p><p><a href='https://tests.mettl.com/authenticateKey/a81x'>Start Assessment</a></p><p>Please use Chrome and ensure your webcam is working. This is a proctored assessment.</p><p>Team Mercer | Mettl</p></body></html>",
    ),
    m(
        "71034",
        "2025-10-10 16:20",
        "Ritu Malhotra <ritu.m@saptapay.example>",
        "SaptaPay | Technical Interview | Aditya",
        A("interview", SP, SPR, 5, "direct"),
        "Hi Aditya,\n\nGreetings from SaptaPay!\n\nYou have cleared the assessment. Your technical interview with our Payments Platform team is scheduled on 14th Oct (Tue), 5 PM on Google Meet. Invite attached.\n\nRegards,\nRitu Malhotra\nLead - Talent Acquisition\nSaptaPay (Saptarishi Fintech Pvt. Ltd.)",
        ics=ev(
            "sp-tech1-aditya@google.com",
            "2025-10-14 17:00",
            ("Ritu Malhotra", "ritu.m@saptapay.example"),
            "SaptaPay Tech Interview - Aditya V Rao",
            location="meet.google.com/spp-tech-one",
        ),
    ),
    m(
        "71041",
        "2025-10-22 13:05",
        "Ritu Malhotra <ritu.m@saptapay.example>",
        "Round 2 + Director round - SaptaPay",
        A("interview", SP, SPR, 5, "direct"),
        "Hi Aditya,\n\nPositive feedback from round 1. We'd like to do round 2 (system design) on 24th Oct at 11 AM, followed by a 30 min chat with our Director of Engineering, Vivek, the same day at 3 PM. Invites are on the way.\n\nRegards,\nRitu",
        ics=ev(
            "sp-tech2-aditya@google.com",
            "2025-10-24 11:00",
            ("Ritu Malhotra", "ritu.m@saptapay.example"),
            "SaptaPay Round 2 - System Design - Aditya",
            minutes=75,
            location="meet.google.com/spp-tech-two",
        ),
    ),
    m(
        "71046",
        "2025-10-30 18:10",
        "Ritu Malhotra <ritu.m@saptapay.example>",
        "Salary discussion",
        A("interview", SP, SPR, 5, "direct"),
        "Hi Aditya,\n\nAll rounds are cleared, congratulations! Can we connect tomorrow for the HR / compensation discussion? Please let me know a convenient time between 11 and 4.\n\nAlso, kindly share your current CTC breakup and the counter-offer details you mentioned.\n\nRitu",
    ),
    m(
        "71050",
        "2025-11-06 20:14",
        "SaptaPay HR <hr@saptapay.example>",
        "Offer of Employment - Saptarishi Fintech Private Limited",
        A("offer", SP, SPR, 5, "direct"),
        "Dear Aditya,\n\nWith reference to your application and subsequent interviews, we are pleased to offer you the position of Senior Software Engineer - Java at Saptarishi Fintech Private Limited.\n\nYour annual CTC will be INR 38,50,000 (inclusive of variable pay). Your date of joining will be 5th January 2026 at our Bengaluru office (Koramangala).\n\nPlease sign and return the attached offer letter within 5 days as a token of acceptance.\n\nRegards,\nHR Team, SaptaPay",
        attach=[("Offer_Letter_Aditya_SFPL.pdf", "application/pdf", "%PDF-1.4 SFPL offer")],
    ),
    m(
        "71053",
        "2025-11-10 11:30",
        "SaptaPay HR <hr@saptapay.example>",
        "Re: Offer of Employment - Saptarishi Fintech Private Limited",
        A("offer", SP, SPR, 5, "direct"),
        "Dear Aditya,\n\nThank you for accepting our offer. We have received the signed offer letter. Welcome to SaptaPay!\n\nOur onboarding team will reach out shortly for document verification.\n\nRegards,\nHR Team\n\n> On 9 Nov 2025, Aditya wrote:\n> PFA the signed offer letter. Looking forward to joining on 5th Jan.",
        st="accepted",
        **{"In-Reply-To": "<71050.20251106.56@saptapay.example>"},
    ),
    m(
        "71058",
        "2025-11-18 10:40",
        "SFPL Onboarding <onboarding@saptapay.example>",
        "Document Verification - Pre-joining formalities",
        ("other_job", SP, SPR, None, "direct", "en"),
        "Dear Aditya,\n\nAs part of pre-joining formalities, kindly upload the following documents on the onboarding portal by 30th Nov:\n\n1. PAN card\n2. Aadhaar card\n3. 10th, 12th and degree mark sheets\n4. Relieving letter / resignation acceptance from current employer\n5. Last 3 months' payslips\n6. Passport size photograph\n\nBackground verification will be initiated by our partner once documents are submitted.\n\nRegards,\nOnboarding Team\nSaptarishi Fintech Pvt. Ltd.",
    ),
    m(
        "71071",
        "2025-12-29 15:00",
        "SFPL Onboarding <onboarding@saptapay.example>",
        "Joining instructions - 5th January 2026",
        ("other_job", SP, SPR, None, "direct", "en"),
        "Dear Aditya,\n\nWe look forward to welcoming you on Monday, 5th January 2026. Please report at 9:30 AM at SaptaPay, 4th Floor, Koramangala 5th Block. Carry original documents for verification and a cancelled cheque for payroll.\n\nYour buddy will be Harish from the Payments Platform team.\n\nRegards,\nOnboarding Team",
    ),
    # --- 8 Tessaract (SuccessFactors) --------------------------------------------------
    m(
        "71010",
        "2025-09-11 08:55",
        "Tessaract Group Careers <careers@successfactors.eu>",
        "Your application for Java Lead - Microservices",
        A("confirmation", TS, TSR, 6, "other"),
        "Dear Aditya,\n\nThank you for applying for the role of Java Lead - Microservices (Job Req 43318) with Tessaract Global Services Ltd.\n\nOur recruiters will review your application. If you are not selected for this position, your profile will remain in our talent pool and we may contact you for other opportunities.\n\nWarm regards,\nTessaract Group Careers\n\nPlease do not reply to this mail.",
    ),
    # --- 9 Bluefin via Naukri -----------------------------------------------------------
    m(
        "71014",
        "2025-09-16 21:10",
        "Naukri <info@naukri.com>",
        "Your application for Java Developer has been sent to Bluefin Analytics",
        A("confirmation", BF, BFR, 7, "other"),
        html="<html><body><p>Hi Aditya,</p><p>Your application was successfully submitted.</p><table><tr><td><b>Java Developer</b><br>Bluefin Analytics Pvt. Ltd.<br>4-8 Yrs | Hyderabad</td></tr></table><p>Applied on 16 Sep 2025</p><p>Tip: Recruiters are 3X more likely to respond to profiles updated in the last 7 days.</p><p>Team Naukri.com</p></body></html>",
    ),
    m(
        "71020",
        "2025-09-25 09:30",
        "Naukri <info@naukri.com>",
        "Recruiter from Bluefin Analytics viewed your application",
        A("viewed", BF, BFR, 7, "other"),
        html="<html><body><p>Hi Aditya,</p><p>Good news! A recruiter from <b>Bluefin Analytics</b> has viewed your application for <b>Java Developer</b>.</p><p>Keep your profile updated to get noticed.</p><p><a href='https://www.naukri.com/mnjuser/applies'>Track your applies</a></p></body></html>",
    ),
    # --- 10 Corvane via foundit --------------------------------------------------------
    m(
        "71018",
        "2025-09-22 19:45",
        "foundit <alerts@foundit.in>",
        "Application submitted: Backend Developer (Java/Spring) at Corvane Systems",
        A("confirmation", CV, CVR, 8, "other"),
        "Dear Aditya,\n\nYou have successfully applied to Backend Developer (Java/Spring) at Corvane Systems, Bengaluru.\n\nWhat's next? The recruiter will contact you if your profile is shortlisted.\n\nTeam foundit (formerly Monster India)",
    ),
    m(
        "71032",
        "2025-10-08 12:00",
        "Corvane Systems HR <hr@corvane.example>",
        "Your application at Corvane",
        A("rejection", CV, CVR, 8, "direct"),
        "Dear Aditya,\n\nThank you for your interest in Corvane Systems. We have reviewed your profile for the Backend Developer (Java/Spring) role, and regret to inform you that we will not be taking your application forward at this time.\n\nWe wish you the very best.\n\nHR, Corvane Systems",
    ),
]

MAIL += [
    # --- 9 Prakshal Health (LinkedIn Easy Apply, then direct) -----------------------
    m(
        "71031",
        "2025-10-07 22:18",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Aditya, your application was sent to Prakshal Health",
        A("confirmation", PH, PHR, 9, "linkedin"),
        "Your application was sent to Prakshal Health\n\nSenior Java Engineer\nPrakshal Health · Bengaluru, Karnataka, India (Hybrid)\nApplied on October 7, 2025\n\nView job: https://www.linkedin.com/jobs/view/40188231/\n\nNow, take these next steps for more success: Follow Prakshal Health to stay up to date.\n\nThis email was intended for Aditya Venkatesh Rao (Senior Software Engineer at Zentrix Commerce)",
    ),
    m(
        "71035",
        "2025-10-11 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Prakshal Health",
        A("viewed", PH, PHR, 9, "linkedin"),
        "Aditya, your application was viewed\n\nSenior Java Engineer · Prakshal Health\nBengaluru (Hybrid)\n\nThe hiring team viewed your application. It's a good time to reach out to the job poster.\n\nSee all applied jobs",
    ),
    m(
        "71039",
        "2025-10-17 14:33",
        "Devika Nair <devika@prakshalhealth.example>",
        "Prakshal Health - Next steps for Senior Java Engineer",
        A("interview", PH, PHR, 9, "direct"),
        "Hi Aditya,\n\nI'm part of the hiring team at Prakshal Health. We came across your application on LinkedIn and would like to set up an initial technical discussion with our Platform lead.\n\nWould Tuesday 21st Oct, 6 PM IST work? I've sent a Teams invite for the same; please revert if you'd like another slot.\n\nBest,\nDevika Nair\nPeople Team | Prakshal Health\nprakshalhealth.example",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000014a2c1@prakshalhealth.example",
            "2025-10-21 18:00",
            ("Devika Nair", "devika@prakshalhealth.example"),
            "Prakshal Health | Tech Discussion | Aditya",
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "71044",
        "2025-10-28 17:50",
        "Devika Nair <devika@prakshalhealth.example>",
        "Thank you, Aditya",
        A("rejection", PH, PHR, 9, "direct"),
        "Hi Aditya,\n\nThank you for your time with Arjun last week. He really enjoyed the conversation about your event-driven order system, and you clearly know Spring well.\n\nThat said, we have decided to proceed with a candidate with deeper healthcare-integration (HL7/FHIR) experience for this role. I'm sorry it isn't better news.\n\nWarm regards,\nDevika",
    ),
    # --- 10 Quillcart via Hirewave (Instahyre-like) --------------------------------------
    m(
        "71043",
        "2025-10-27 10:05",
        "Hirewave <notifications@hirewave.example>",
        "Quillcart is interested in your profile!",
        ("outreach", QC, QCR, None, "other", "en"),
        "Hi Aditya,\n\nQuillcart (Hyderabad) has shown interest in your profile for SDE II - Backend.\n\nCTC range: 28-36 LPA | Exp: 4-7 yrs\n\nClick 'Interested' to share your profile with the recruiter, or 'Not interested' to skip.\n\nTeam Hirewave",
    ),
    m(
        "71045",
        "2025-10-29 09:15",
        "Hirewave <notifications@hirewave.example>",
        "You're now connected with Quillcart",
        A("confirmation", QC, QCR, 10, "other"),
        "Hi Aditya,\n\nYour profile has been shared with the Quillcart hiring team for SDE II - Backend. The recruiter will contact you directly on your registered email/phone.\n\nTeam Hirewave",
    ),
    m(
        "71049",
        "2025-11-04 13:00",
        "Sai Teja <saiteja.k@quillcart.example>",
        "Quillcart SDE II - Machine coding round",
        A("interview", QC, QCR, 10, "direct"),
        "Hello Aditya,\n\nThanks for your interest in Quillcart. First round is a 2-hour machine coding round over Google Meet on 7th Nov at 10:30 AM. You'll build a small service in Java; screen share required. Please have your IDE set up.\n\nRegards,\nSai Teja K\nTalent Acquisition, Quillcart",
        ics=ev(
            "qc-mc-aditya@google.com",
            "2025-11-07 10:30",
            ("Sai Teja K", "saiteja.k@quillcart.example"),
            "Quillcart - Machine Coding - Aditya",
            minutes=120,
            location="meet.google.com/qcx-mach-cod",
        ),
    ),
    m(
        "71054",
        "2025-11-11 18:22",
        "Sai Teja <saiteja.k@quillcart.example>",
        "Re: Quillcart SDE II - Machine coding round",
        A("confirmation", QC, QCR, 10, "direct"),
        "Hi Aditya,\n\nNoted, thanks for informing. I have withdrawn your candidature for the SDE II role as requested. All the best for your new role!\n\nRegards,\nSai Teja\n\nOn Tue, Nov 11, 2025, 5:41 PM Aditya Venkatesh Rao wrote:\n> Hi Sai Teja, I have accepted another offer, so I'd like to withdraw from the process. Thanks for the opportunity.",
        st="withdrawn",
        **{"In-Reply-To": "<71049.20251104.39@quillcart.example>"},
    ),
    # --- 11 Orbisk Labs via Talentloop (Cutshort-like) ------------------------------
    m(
        "71038",
        "2025-10-16 11:11",
        "Talentloop <hello@talentloop.example>",
        "Application sent: Backend Engineer @ Orbisk Labs",
        A("confirmation", OB, OBR, 11, "other"),
        html="<html><body><h3>Your application is on its way 🚀</h3><p>Hi Aditya, you applied to <b>Backend Engineer</b> at <b>Orbisk Labs</b> (Pune / Remote).</p><p>Match score: 86%</p><p>Companies on Talentloop respond in 5 days on average.</p></body></html>",
    ),
    m(
        "71042",
        "2025-10-23 15:27",
        "Aniruddha Joshi <aniruddha@orbisklabs.example>",
        "Orbisk Labs - take-home assignment",
        A("assessment", OB, OBR, 11, "direct"),
        "Hey Aditya,\n\nThanks for applying via Talentloop. As a first step we share a small take-home: build a rate-limited URL shortener API (Java/Kotlin, any framework). Should take 3-4 hours. Please submit a GitHub link within 5 days.\n\nBrief is attached. Ping me with any questions.\n\nCheers,\nAniruddha\nCTO, Orbisk Labs",
        attach=[
            (
                "orbisk_takehome.md",
                "text/markdown",
                "# Take-home\nBuild a URL shortener with rate limiting.\n",
            )
        ],
    ),
    # --- 12 Mirova via consultancy mail-merge ------------------------------------------
    m(
        "71048",
        "2025-11-03 09:02",
        "Staffnest Consulting <jobs@staffnestconsulting.example>",
        "Urgent opening for Java Developer with our client || Hyderabad || C2H/FTE",
        ("outreach", None, MVR, None, "agency", "en"),
        "Dear {Candidate_Name},\n\nGreetings from Staffnest Consulting!!\n\nWe are hiring for <<Client Name>> for the position of Java Developer.\n\nLocation: Hyderabad (Hitec City)\nExperience: {Exp_Range} years\nSkills: Java 8+, Spring Boot, REST, Microservices, SQL\nNotice period: Immediate / 15 days\n\nIf interested kindly share updated resume along with CTC, ECTC, NP.\n\nRegards,\nRecruitment Team\nStaffnest Consulting\n\nIf you are not interested, please ignore this mail.",
    ),
    m(
        "71052",
        "2025-11-07 12:44",
        "Harshitha M <harshitha@staffnestconsulting.example>",
        "Interview confirmation - Mirova Systems - Java Developer",
        A("interview", MV, MVR, 12, "agency"),
        "Hi Aditya,\n\nAs discussed over call, PFB the interview details with our client Mirova Systems.\n\nRound: L1 Technical (virtual)\nDate: 10-Nov-2025, 2:30 PM\nPanel: Mr. Ravi Shankar\nLink: will be shared by client on Teams\n\nKindly be available 10 mins early and do the needful.\n\nThanks & Regards\nHarshitha M\nStaffnest Consulting",
    ),
    m(
        "71057",
        "2025-11-17 16:30",
        "Harshitha M <harshitha@staffnestconsulting.example>",
        "RE: Interview confirmation - Mirova Systems - Java Developer",
        A("rejection", MV, MVR, 12, "agency"),
        "Hi Aditya,\n\nClient has shared the feedback; they have gone ahead with other profiles for this position. Will keep you posted for similar roles.\n\nThanks & Regards\nHarshitha M",
    ),
    # --- 13 Vantara Bank Technology Centre (Workday, Vantara Financial Group) ----------
    m(
        "71056",
        "2025-11-14 07:40",
        "Vantara Financial Group <vantarafg@myworkday.com>",
        "Application Received",
        A("confirmation", VB, VBR, 13, "workday"),
        "Dear Aditya,\n\nThank you for applying for Senior Engineer - Java (R-0098213) at our Hyderabad technology centre.\n\nWe are reviewing your application. Due to the high volume of applications, only shortlisted candidates will be contacted.\n\nBest regards,\nVantara Financial Group Talent Acquisition",
    ),
    m(
        "71061",
        "2025-11-24 11:00",
        "Kavya Reddy <kavya.reddy@vantarafg.example>",
        "Interview Invite: Senior Engineer - Java (R-0098213)",
        A("interview", VB, VBR, 13, "direct"),
        "Dear Aditya,\n\nThank you for your application to Vantara Bank Technology Centre. We are pleased to invite you for a technical interview on 27 Nov 2025, 10:00 AM IST (Microsoft Teams). Invitation attached.\n\nKind regards,\nKavya Reddy\nTalent Acquisition - India\nVantara Financial Group",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000vfg991@vantarafg.example",
            "2025-11-27 10:00",
            ("Kavya Reddy", "kavya.reddy@vantarafg.example"),
            "Technical Interview - Aditya Venkatesh Rao - R-0098213",
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "71066",
        "2025-12-05 15:15",
        "Kavya Reddy <kavya.reddy@vantarafg.example>",
        "Round 2 - Senior Engineer - Java",
        A("interview", VB, VBR, 13, "direct"),
        "Dear Aditya,\n\nWe are happy to move you to round 2 (managerial), 9 Dec 2025, 4:00 PM IST. Please accept the invite.\n\nKind regards,\nKavya",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000vfg992@vantarafg.example",
            "2025-12-09 16:00",
            ("Kavya Reddy", "kavya.reddy@vantarafg.example"),
            "Managerial Round - Aditya Venkatesh Rao",
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "71074",
        "2025-12-19 19:30",
        "Vantara Financial Group <vantarafg@myworkday.com>",
        "Your candidacy for R-0098213",
        A("rejection", VB, VBR, 13, "workday"),
        "Dear Aditya,\n\nThank you for your interest in Senior Engineer - Java and for the time you invested in our interview process.\n\nWe regret to inform you that we will not be progressing your application further. We encourage you to apply for other roles that match your skills.\n\nBest regards,\nVantara Financial Group Talent Acquisition",
    ),
    # --- 14 Elvion Auto Tech (SmartRecruiters) ------------------------------------------
    m(
        "71059",
        "2025-11-19 10:10",
        "Elvion Auto Tech <noreply@smartrecruiters.com>",
        "Thanks for applying to Elvion Auto Tech!",
        A("confirmation", EL, ELR, 14, "smartrecruiters"),
        "Hi Aditya,\n\nThanks for applying for the Java Developer position in Pune. We'll review your application and let you know about next steps.\n\nBest,\nElvion Auto Tech Hiring Team",
    ),
    m(
        "71068",
        "2025-12-10 10:10",
        "Elvion Auto Tech <noreply@smartrecruiters.com>",
        "Java Developer - Pune",
        A("rejection", EL, ELR, 14, "smartrecruiters"),
        "Hi Aditya,\n\nThank you for your interest in Elvion Auto Tech and the Java Developer role. We were impressed with your background; however, we have decided to pursue other candidates whose experience more closely matches our needs at this time.\n\nBest,\nElvion Auto Tech Hiring Team",
    ),
    # --- 15 Greystone Cloud (referral, Greenhouse) -----------------------------------
    m(
        "71060",
        "2025-11-21 12:02",
        "Greystone Cloud <no-reply@us.greenhouse-mail.io>",
        "Thanks for your application to Greystone",
        A("confirmation", GC, GCR, 15, "greenhouse"),
        "Hi Aditya,\n\nThanks for your interest in Greystone! You were referred by Nithin Gowda, and we've received your application for Software Engineer II, Backend (Bengaluru).\n\nOur team will review it and get back to you.\n\nBest,\nGreystone Recruiting",
    ),
    m(
        "71067",
        "2025-12-08 14:40",
        "Greystone Recruiting <no-reply@us.greenhouse-mail.io>",
        "Interview confirmation: Greystone - Software Engineer II, Backend",
        A("interview", GC, GCR, 15, "greenhouse"),
        "Hi Aditya,\n\nYour interview is confirmed.\n\nWhen: Thursday, December 11, 2025, 3:00 PM - 4:00 PM IST\nWhere: Zoom (link below)\nInterviewer: Mahesh Bhat, Staff Engineer\n\nhttps://greystone.zoom.us/j/88123400912\n\nGood luck!\nGreystone Recruiting",
        ics=ev(
            "gh-int-55128812@greenhouse.io",
            "2025-12-11 15:00",
            ("Greystone Recruiting", "no-reply@greenhouse.io"),
            "Aditya Venkatesh Rao <> Greystone: Technical Interview",
            location="https://greystone.zoom.us/j/88123400912",
        ),
    ),
    # --- 16 Pravaah (Zoho Recruit) ----------------------------------------------------
    m(
        "71063",
        "2025-11-28 11:35",
        "Pravaah Infra Software <recruit@zohorecruitmail.in>",
        "Thank you for applying - Java Backend Developer",
        A("confirmation", PV, PVR, 16, "other"),
        "Dear Aditya,\n\nWe acknowledge receipt of your application for Java Backend Developer, Hyderabad. Our team will review and revert if shortlisted.\n\nRegards,\nHR - Pravaah Infra Software Pvt. Ltd.",
    ),
    m(
        "71072",
        "2025-12-16 16:00",
        "Lakshmi P <lakshmi.p@pravaah.example>",
        "Telephonic interview - Java Backend Developer",
        A("interview", PV, PVR, 16, "direct"),
        "Dear Aditya,\n\nYour profile is shortlisted for a telephonic discussion with our technical lead on 18th Dec at 12 noon. Kindly confirm and share your current CTC, expected CTC and notice period.\n\nRegards,\nLakshmi P\nHR Executive",
    ),
]
