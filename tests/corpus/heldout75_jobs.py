# ruff: noqa: E501
"""Corpus 75, public-sector, charity and agency job mail (data only): see heldout75.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0100"
    return "+0000"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ics(
    uid, start, summary, organizer, minutes=60, location="Microsoft Teams Meeting", description=""
):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        "location": location,
        "description": description,
    }


CS, CSR = "Department for Regional Enterprise", "Communications Officer (HEO)"
OW, OWR = "Office for Water Standards", "Senior Communications Officer"
NP, NPR = (
    "Northern Pennine Teaching Hospitals NHS Foundation Trust",
    "Communications Officer (Band 5)",
)
IM = "Irwell Metropolitan University"
IM1, IM2 = "Marketing Officer (Student Recruitment)", "Communications Officer (Research and Impact)"
MH, MHR = "Mosslands Homes", "Communications and Engagement Officer"
CB, CBR = "Calderbrook Council", "Marketing and Communications Officer"
BM, BMR = "Brightside Minds", "Digital Communications Officer"
FS, FSR = "Open Stage", "Communications Officer"
HB, HBR = "Halberd", "Internal Communications Officer"
GB, GBR = "Greyfriars Building Society", "Communications Officer"

MAIL: list[dict[str, Any]] = [
    # --- 1 Department for Regional Enterprise (Civil Service Jobs) -------------------------
    m(
        "710301",
        "2025-09-04 21:14",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Application received: 418822 - Communications Officer (HEO)",
        A("confirmation", CS, CSR, 1, "other"),
        "Dear Ruth Adeyemi-Clarke,\n\nThank you for your application for the following vacancy:\n\nReference: 418822\nTitle: Communications Officer (HEO)\nDepartment: Department for Regional Enterprise\nLocation: Manchester, London\n\nYour application has been submitted successfully. You can check the progress of your application at any time by signing in to your Civil Service Jobs account.\n\nThe sift is expected to take place from 22 September 2025. If you are not successful at this stage we will let you know.\n\nPlease do not reply to this email, as this mailbox is not monitored.\n\nCivil Service Jobs",
    ),
    m(
        "710302",
        "2025-09-26 16:40",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Update regarding your application: 418822",
        A("interview", CS, CSR, 1, "other"),
        "Dear Ruth Adeyemi-Clarke,\n\nVacancy reference: 418822 - Communications Officer (HEO)\n\nWe are pleased to tell you that you have been successful at the sift stage and we would like to invite you to interview.\n\nPlease sign in to your Civil Service Jobs account to book your interview slot. Interviews will take place by video (Microsoft Teams) between 13 and 17 October 2025. You will be asked to give a 5-minute presentation on the topic below, and to answer questions on the behaviours Communicating and Influencing, Delivering at Pace and Working Together.\n\nPresentation topic: How would you use owned channels to raise awareness of a new regional business-support grant among small firms in the North West?\n\nKind regards\n\nDRE Resourcing Team\nOn behalf of the Department for Regional Enterprise",
    ),
    m(
        "710303",
        "2025-09-29 09:02",
        "DRE Resourcing <dre.resourcing@dre.gov.uk>",
        "Interview - 418822 Communications Officer (HEO) - Tue 14 October 10:30",
        A("interview", CS, CSR, 1, "direct"),
        "Good morning Ruth,\n\nThank you for booking your interview slot. Please find a Microsoft Teams invitation attached.\n\nPanel: Gareth Lund (Head of Regional Communications, chair), Anjali Mistry (Senior Communications Officer), Peter Cowan (independent member).\n\nPlease have photo ID ready to show at the start of the interview. If you require any reasonable adjustments, reply to this email.\n\nKind regards,\nSophie\nDRE Resourcing Team",
        ics=ics(
            "dre-418822-int-0047@dre.gov.uk",
            "2025-10-14 10:30:00 +0100",
            "Interview: 418822 Communications Officer (HEO) - R Adeyemi-Clarke",
            ("DRE Resourcing", "dre.resourcing@dre.gov.uk"),
            45,
        ),
    ),
    m(
        "710304",
        "2025-10-30 12:18",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Update regarding your application: 418822",
        A("rejection", CS, CSR, 1, "other"),
        "Dear Ruth Adeyemi-Clarke,\n\nVacancy reference: 418822 - Communications Officer (HEO)\n\nThank you for attending the interview for this role. The panel were impressed by your presentation, in particular your use of audience insight, and your overall score met the required standard.\n\nHowever, there were other candidates who scored more highly and we are unable to offer you a post on this occasion. You have been placed on a reserve list for 12 months. If a suitable post becomes available during that time we may contact you.\n\nYou can view your feedback by signing in to your Civil Service Jobs account.\n\nCivil Service Jobs",
    ),
    # --- 2 Office for Water Standards (Civil Service Jobs) --------------------------------
    m(
        "710311",
        "2025-10-09 22:47",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Application received: 421570 - Senior Communications Officer",
        A("confirmation", OW, OWR, 2, "other"),
        "Dear Ruth Adeyemi-Clarke,\n\nThank you for your application for the following vacancy:\n\nReference: 421570\nTitle: Senior Communications Officer\nDepartment: Office for Water Standards\nLocation: Leeds (hybrid, 60% office attendance)\n\nYour application has been submitted successfully. Due to the high volume of applications, we are unable to provide feedback at the sift stage.\n\nCivil Service Jobs",
    ),
    m(
        "710312",
        "2025-11-06 15:03",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Your application",
        A("rejection", OW, OWR, 2, "other"),
        "Dear Ruth Adeyemi-Clarke,\n\nVacancy reference: 421570 - Senior Communications Officer\n\nThank you for your interest in working for the Office for Water Standards. We received over 300 applications for this role.\n\nYour application has been carefully assessed against the essential criteria. Unfortunately on this occasion you have not been successful in progressing to the next stage.\n\nWe wish you every success in the future.\n\nOfWS Recruitment\nCivil Service Jobs",
    ),
    # --- 3 Northern Pennine Teaching Hospitals (NHS Jobs / Trac) --------------------------
    m(
        "710321",
        "2025-10-20 20:31",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "You have submitted your application for Communications Officer",
        A("confirmation", NP, NPR, 3, "other"),
        "Dear Ruth\n\nYou have successfully submitted your application for:\n\nCommunications Officer\nNorthern Pennine Teaching Hospitals NHS Foundation Trust\nReference number: 372-COMMS-1025-A\n\nThe closing date for this job is 2 November 2025. The employer will let you know if you have been shortlisted. If you have not heard anything within 4 weeks of the closing date, you may not have been successful this time.\n\nYou can track your application in your NHS Jobs account.\n\nNHS Jobs",
    ),
    m(
        "710322",
        "2025-11-11 11:26",
        "NPTH Recruitment <noreply@trac.jobs>",
        "Invitation to interview - Communications Officer - 372-COMMS-1025-A",
        A("interview", NP, NPR, 3, "other"),
        'Dear Ruth\n\nThank you for applying for the post of Communications Officer (Band 5) at NPTH.\n\nI am pleased to inform you that you have been shortlisted for interview. The interview will be held at Pennine Infirmary, Education Centre, Room 4 on Tuesday 25 November 2025.\n\nAs part of the selection process you will be asked to deliver a 10-minute presentation on: "Our staff survey shows that frontline colleagues do not read the weekly bulletin. How would you change that in your first 90 days?" Please bring your presentation on a USB stick.\n\nPlease log in to your Trac account to select an interview time. Please bring proof of identity, right to work and your original qualification certificates.\n\nKind regards\n\nRecruitment Team\nNorthern Pennine Teaching Hospitals NHS Foundation Trust',
    ),
    m(
        "710323",
        "2025-11-12 08:55",
        "NPTH Recruitment <noreply@trac.jobs>",
        "Interview booked - 372-COMMS-1025-A",
        A("interview", NP, NPR, 3, "other"),
        "Dear Ruth\n\nYour interview has been booked.\n\nDate: 25/11/2025\nTime: 13:45\nVenue: Pennine Infirmary, Education Centre, Room 4, Holcombe Road, Bury BL9 0XX\n\nPanel: Deborah Kershaw, Head of Communications and Engagement; Tom Ashworth, Communications Manager.\n\nIf you need to cancel, please log in to Trac.\n\nRecruitment Team, NPTH",
    ),
    m(
        "710324",
        "2025-11-27 17:12",
        "Deborah Kershaw <deborah.kershaw@npth.nhs.uk>",
        "Communications Officer - good news",
        A("offer", NP, NPR, 3, "direct"),
        "Hi Ruth,\n\nI tried to call earlier but went to voicemail. I'm delighted to let you know the panel would like to offer you the post of Communications Officer. Your presentation on the staff bulletin was the best we saw, and Tom is already stealing your idea about the ward noticeboards.\n\nThe offer is conditional on satisfactory references, an enhanced DBS check, occupational health clearance and right to work checks. Recruitment will send the formal conditional offer through Trac in the next couple of days.\n\nStarting salary would be at the bottom of Band 5 (£31,049), 37.5 hours, based at Pennine Infirmary with hybrid working.\n\nLet me know if you have any questions in the meantime.\n\nBest wishes,\nDeborah\n\nDeborah Kershaw\nHead of Communications and Engagement\nNorthern Pennine Teaching Hospitals NHS Foundation Trust",
    ),
    m(
        "710325",
        "2025-11-28 10:04",
        "NPTH Recruitment <noreply@trac.jobs>",
        "Conditional offer of employment - 372-COMMS-1025-A",
        A("offer", NP, NPR, 3, "other"),
        "Dear Ruth\n\nFollowing your recent interview, I am pleased to make you a conditional offer of employment for the post of Communications Officer, Band 5, at Northern Pennine Teaching Hospitals NHS Foundation Trust.\n\nThis offer is subject to the following pre-employment checks:\n- Two satisfactory references covering the last three years\n- Enhanced Disclosure and Barring Service (DBS) check\n- Occupational health clearance\n- Right to work in the UK\n\nPlease log in to Trac to accept or decline this conditional offer and to complete your pre-employment checks. Please do not hand in your notice with your current employer until you have received an unconditional offer.\n\nRecruitment Team\nNPTH",
    ),
    m(
        "710326",
        "2025-12-02 14:30",
        "NPTH Recruitment <noreply@trac.jobs>",
        "Reference request sent - 372-COMMS-1025-A",
        ("other_job", NP, NPR, None, "other", "en"),
        "Dear Ruth\n\nThank you for accepting our conditional offer. We have now contacted your referees:\n\n- Helen Brierley, Marketing Manager, Castlefield Leisure Ltd\n- Dr Imran Qureshi, University of Northshire (academic)\n\nYou can see the status of each reference in Trac. It may help to let your referees know to expect our email.\n\nRecruitment Team, NPTH",
    ),
    m(
        "710327",
        "2025-12-04 09:41",
        "uCheck DBS <no-reply@ucheck.co.uk>",
        "Action required: complete your DBS application for Northern Pennine Teaching Hospitals",
        ("other_job", NP, NPR, None, "other", "en"),
        "Hello Ruth,\n\nNorthern Pennine Teaching Hospitals NHS Foundation Trust has asked you to complete an Enhanced DBS application.\n\nPlease click the link below to complete your application form. You will need your address history for the last five years and three forms of ID.\n\nComplete my DBS application\n\nYour organisation reference: NPTH-PEC-30184\n\nuCheck",
    ),
    m(
        "710328",
        "2026-01-13 11:08",
        "uCheck DBS <no-reply@ucheck.co.uk>",
        "Your DBS certificate has been issued",
        ("other_job", NP, NPR, None, "other", "en"),
        "Hello Ruth,\n\nThe Disclosure and Barring Service has now issued your certificate for application NPTH-PEC-30184. The result has been shared with Northern Pennine Teaching Hospitals NHS Foundation Trust.\n\nYour paper certificate will be posted to your home address.\n\nuCheck",
    ),
    m(
        "710329",
        "2026-01-16 15:22",
        "NPTH Recruitment <noreply@trac.jobs>",
        "Unconditional offer and start date - Communications Officer",
        A("offer", NP, NPR, 3, "other"),
        "Dear Ruth\n\nI am pleased to confirm that all pre-employment checks have now been completed satisfactorily. This letter confirms our unconditional offer of the post of Communications Officer, Band 5, and your agreed start date of Monday 16 February 2026.\n\nYou will shortly receive an invitation to Corporate Induction and details of your IT account. Your contract of employment will be issued via ESR.\n\nWelcome to NPTH!\n\nRecruitment Team\nNorthern Pennine Teaching Hospitals NHS Foundation Trust",
        st="accepted",
    ),
    m(
        "710330",
        "2026-02-05 10:00",
        "Learning and Development NPTH <learning.development@npth.nhs.uk>",
        "Corporate Induction - Monday 16 February 2026",
        ("other_job", NP, None, None, "direct", "en"),
        "Dear new starter,\n\nWelcome to Northern Pennine Teaching Hospitals. Corporate Induction will take place on Monday 16 February 2026, 08:30 to 16:30, at the Education Centre, Pennine Infirmary. Please bring your ID badge form and bank details.\n\nLunch is provided.\n\nLearning and Development",
        ics=ics(
            "npth-induction-20260216@npth.nhs.uk",
            "2026-02-16 08:30:00 +0000",
            "Corporate Induction",
            ("Learning and Development NPTH", "learning.development@npth.nhs.uk"),
            480,
            "Education Centre, Pennine Infirmary",
        ),
    ),
    # --- 4 and 5 Irwell Metropolitan University (two roles) -------------------------------
    m(
        "710341",
        "2025-09-11 13:05",
        "IMU Recruitment <recruitment@imu-hr.org.uk>",
        "Irwell Met - application received (ref 25/0913)",
        A("confirmation", IM, IM1, 4, "other"),
        "Dear Ruth,\n\nThank you for your application for the post of Marketing Officer (Student Recruitment), ref 25/0913, in the Directorate of Marketing, Recruitment and Admissions.\n\nShortlisting will take place after the closing date. Unfortunately, due to the number of applications we receive, we are unable to contact every applicant. If you have not heard from us within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.\n\nYours sincerely\n\nHuman Resources\nIrwell Metropolitan University",
    ),
    m(
        "710342",
        "2025-10-01 09:48",
        "IMU Recruitment <recruitment@imu-hr.org.uk>",
        "Irwell Met - shortlisting outcome (ref 25/0913)",
        A("assessment", IM, IM1, 4, "other"),
        "Dear Ruth,\n\nI am pleased to let you know you have been shortlisted for the post of Marketing Officer (Student Recruitment).\n\nThe next stage is a written exercise. You will be sent a short brief at 10:00 on Wednesday 8 October and asked to return a 500-word email campaign plan and three subject lines by 13:00 the same day. Candidates who perform well in the exercise will be invited to a panel interview.\n\nYours sincerely\n\nHuman Resources\nIrwell Metropolitan University",
    ),
    m(
        "710343",
        "2025-10-08 10:00",
        "Naomi Fairclough <n.fairclough@irwellmet.ac.uk>",
        "Written exercise - Marketing Officer (Student Recruitment)",
        A("assessment", IM, IM1, 4, "direct"),
        "Dear Ruth,\n\nPlease find the brief attached. Your response should be emailed back to me by 13:00 today.\n\nGood luck!\n\nNaomi\n\nNaomi Fairclough | Student Recruitment Marketing Manager\nIrwell Metropolitan University | Oxford Road, Manchester",
        attach=[
            (
                "IMU_written_exercise_brief.txt",
                "text/plain",
                "Brief: Clearing 2026. Write a three-email nurture sequence for applicants who hold an offer but have not yet accepted it...\n",
            )
        ],
    ),
    m(
        "710344",
        "2025-10-17 16:20",
        "IMU Recruitment <recruitment@imu-hr.org.uk>",
        "Irwell Met - Marketing Officer (Student Recruitment), ref 25/0913",
        A("rejection", IM, IM1, 4, "other"),
        "Dear Ruth,\n\nThank you for completing the written exercise for the above post. The panel found your campaign plan clear and well structured, and appreciated your subject lines.\n\nOn this occasion, however, we will not be taking your application forward to interview. The standard of applications was very high.\n\nWe hope this will not deter you from applying for other vacancies at the University.\n\nYours sincerely\n\nHuman Resources\nIrwell Metropolitan University",
    ),
    m(
        "710345",
        "2025-11-14 19:52",
        "IMU Recruitment <recruitment@imu-hr.org.uk>",
        "Irwell Met - application received (ref 25/1102)",
        A("confirmation", IM, IM2, 5, "other"),
        "Dear Ruth,\n\nThank you for your application for the post of Communications Officer (Research and Impact), ref 25/1102, in the Research and Innovation Office.\n\nShortlisting will take place after the closing date. Unfortunately, due to the number of applications we receive, we are unable to contact every applicant. If you have not heard from us within four weeks of the closing date, please assume that you have not been shortlisted on this occasion.\n\nYours sincerely\n\nHuman Resources\nIrwell Metropolitan University",
    ),
    # --- 6 Mosslands Homes (Eploy) ---------------------------------------------------------
    m(
        "710351",
        "2025-09-18 08:13",
        "Mosslands Homes Careers <careers@mosslandshomes.eploy.net>",
        "Thanks for applying, Ruth",
        A("confirmation", MH, MHR, 6, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://mosslandshomes.eploy.net/logo.png' alt='Mosslands'></td></tr><tr><td><p>Hi Ruth,</p><p>Thanks for applying for the <b>Communications and Engagement Officer</b> role with Mosslands. We provide over 14,000 homes across Salford, Wigan and Bolton, and our people make that possible.</p><p>We'll review all applications after the closing date (28 September). We aim to let everyone know the outcome, whatever it is.</p><p>Team Mosslands</p><p style='font-size:10px'>Mosslands Homes Limited is a registered society under the Co-operative and Community Benefit Societies Act 2014 and a registered provider of social housing.</p></td></tr></table></body></html>",
    ),
    m(
        "710352",
        "2025-10-03 14:37",
        "Jenna Whitlow <jenna.whitlow@mosslandshomes.co.uk>",
        "Interview invitation - Communications and Engagement Officer",
        A("interview", MH, MHR, 6, "direct"),
        "Hi Ruth\n\nThanks for your application. We'd love to meet you! Interviews are on Thursday 9 October at our Swinton office (Mosslands House, Chorley Road). I've sent a calendar invite for 11:00.\n\nThe panel will be me, Kwame Osei (Customer Voice Lead) and one of our tenant panel members, Margaret. Please prepare a short (no slides needed) answer to: how would you get more tenants to take part in our annual survey?\n\nAny questions, give me a shout.\n\nJenna\n\nJenna Whitlow\nCommunications Manager\nMosslands",
        ics=ics(
            "040000008200E00074C5B7101A82E008-mossl-1009",
            "2025-10-09 11:00:00 +0100",
            "Interview - Ruth Adeyemi-Clarke - C&E Officer",
            ("Jenna Whitlow", "jenna.whitlow@mosslandshomes.co.uk"),
            60,
            "Mosslands House, Chorley Road, Swinton",
        ),
    ),
    m(
        "710353",
        "2025-10-15 12:49",
        "Jenna Whitlow <jenna.whitlow@mosslandshomes.co.uk>",
        "Communications and Engagement Officer",
        A("rejection", MH, MHR, 6, "direct"),
        "Hi Ruth\n\nThank you again for coming in last week. Margaret in particular really enjoyed talking to you, and your idea of a survey prize draw run through the repairs team was a good one.\n\nIt was a really close decision, but we've offered the role to a candidate with more experience of working directly with tenant groups. I'm sorry it's not better news.\n\nI'll keep your details and would be very happy to let you know if something else comes up.\n\nKind regards\nJenna",
        **{"In-Reply-To": "<710352.20251003.60@mosslandshomes.co.uk>"},
    ),
    # --- 7 Calderbrook Council (Tribepad) --------------------------------------------------
    m(
        "710361",
        "2025-10-23 18:02",
        "Calderbrook Council Jobs <noreply@tribepad.com>",
        "Application submitted: Marketing and Communications Officer (CBC-04518)",
        A("confirmation", CB, CBR, 7, "other"),
        "Dear Ruth,\n\nThank you for applying for the position of Marketing and Communications Officer (CBC-04518) with Calderbrook Metropolitan Borough Council.\n\nGrade: Scale 6 SCP 22-25\nLocation: Town Hall, Calderbrook\n\nWe will contact you after the closing date if you have been shortlisted. Please check your Tribepad account for updates.\n\nCalderbrook Council Recruitment Team",
    ),
    m(
        "710362",
        "2025-11-20 10:31",
        "Calderbrook Council Jobs <noreply@tribepad.com>",
        "Update on Marketing and Communications Officer (CBC-04518)",
        A("rejection", CB, CBR, 7, "other"),
        "Dear Ruth,\n\nWe are writing to let you know that, following a review of service budgets, the Marketing and Communications Officer (CBC-04518) vacancy has been withdrawn and will not be filled at this time.\n\nWe apologise for any inconvenience and thank you for the time you took to apply. We would encourage you to keep an eye on our vacancies page.\n\nCalderbrook Council Recruitment Team",
    ),
    # --- 8 Brightside Minds (Teamtailor, registered as The Northern Wellbeing Trust) --------
    m(
        "710371",
        "2025-10-06 21:40",
        "Brightside Minds <notifications@teamtailor-mail.com>",
        "Thanks for your application!",
        A("confirmation", BM, BMR, 8, "teamtailor"),
        html="<html><body><div style='font-family:Helvetica'><h2>Hi Ruth!</h2><p>Thanks so much for applying for <strong>Digital Communications Officer</strong>. We read every application ourselves (we're a small team) so please bear with us.</p><p>If you're shortlisted, the next step is a short written task, followed by an interview on Teams.</p><p>Warmly,<br>The People Team at Brightside Minds</p><p style='color:#888;font-size:11px'>Brightside Minds is the working name of The Northern Wellbeing Trust, a registered charity in England and Wales (no. 1167204) and a company limited by guarantee (no. 09824411).</p></div></body></html>",
    ),
    m(
        "710372",
        "2025-10-13 09:15",
        "Brightside Minds <notifications@teamtailor-mail.com>",
        "Next step: written task",
        A("assessment", BM, BMR, 8, "teamtailor"),
        "Hi Ruth,\n\nGood news: we'd like to move you forward for the Digital Communications Officer role.\n\nThe next step is a written task. Please write (1) an Instagram carousel script (up to 8 slides) for World Mental Health Day aimed at 16-24 year olds and (2) a short note explaining how you'd measure it. Please spend no more than two hours on it and upload it via the link below by 9am on Monday 20 October.\n\nUpload your task\n\nThanks,\nAmara\nPeople and Culture, Brightside Minds",
    ),
    m(
        "710373",
        "2025-10-22 16:05",
        "Amara Nwosu <amara@brightsideminds.org.uk>",
        "Interview: Digital Communications Officer",
        A("interview", BM, BMR, 8, "direct"),
        "Hi Ruth,\n\nThanks for your written task - the panel loved the tone of the carousel. We'd like to invite you to an interview on Teams on Wednesday 29 October at 2pm. Invite attached. It'll be around 45 minutes with Liam (Head of Comms) and me.\n\nAll the best,\nAmara\n\nAmara Nwosu\nPeople and Culture Advisor\nBrightside Minds\nThe Northern Wellbeing Trust, registered charity no. 1167204",
        ics=ics(
            "bsm-int-1029-ruth@brightsideminds.org.uk",
            "2025-10-29 14:00:00 +0000",
            "Brightside Minds interview - Digital Communications Officer",
            ("Amara Nwosu", "amara@brightsideminds.org.uk"),
            45,
        ),
    ),
    m(
        "710374",
        "2025-11-04 11:47",
        "Brightside Minds <notifications@teamtailor-mail.com>",
        "Your application at Brightside Minds",
        A("rejection", BM, BMR, 8, "teamtailor"),
        "Hi Ruth,\n\nThank you for taking the time to interview with us. We really enjoyed meeting you and hearing about your work on the Castlefield Leisure campaigns.\n\nAfter a lot of discussion we've decided to offer the role to another candidate whose experience of youth mental health campaigns was a slightly closer match.\n\nWe'd love to stay in touch, and we'll keep your details on file for future roles.\n\nWarmly,\nAmara and the People Team",
    ),
    # --- 9 Open Stage (Guardian Jobs; registered as Fairshare Arts Trust) -------------------
    m(
        "710381",
        "2025-11-03 22:15",
        "Guardian Jobs <jobs@jobs.theguardian.com>",
        "Your application has been sent to Fairshare Arts Trust",
        A("confirmation", FS, FSR, 9, "other"),
        "Hi Ruth,\n\nYour application for Communications Officer (London, £32,000 - £34,000) has been sent to Fairshare Arts Trust.\n\nWhat happens next? The recruiter will review your application and contact you directly if they would like to take it further.\n\nGood luck!\n\nGuardian Jobs",
    ),
    m(
        "710382",
        "2025-11-05 10:11",
        "Open Stage Recruitment <recruitment@openstage.org.uk>",
        "Communications Officer - application acknowledgement",
        A("confirmation", FS, FSR, 9, "direct"),
        "Dear Ruth,\n\nThank you for applying for the Communications Officer position at Open Stage. We have received your CV and covering letter.\n\nInterviews are scheduled for the week of 1 December. We will be in touch after the closing date.\n\nBest wishes,\nRecruitment\nOpen Stage\nOpen Stage is the operating name of Fairshare Arts Trust, registered charity 1094452",
    ),
    m(
        "710383",
        "2025-11-25 14:55",
        "Open Stage Recruitment <recruitment@openstage.org.uk>",
        "Update regarding your application",
        A("confirmation", FS, FSR, 9, "direct"),
        "Dear Ruth,\n\nThank you for your patience. I'm writing to all applicants for the Communications Officer role to let you know that, following a decision by our board of trustees on funding for 2026/27, we have decided to pause recruitment for this post until the new year.\n\nYour application remains on file and we will contact you if and when the recruitment reopens. We are sorry for the delay.\n\nBest wishes,\nRecruitment\nOpen Stage",
        st="on_hold",
    ),
    # --- 10 Halberd (Workday; Halberd Insurance Group plc) ---------------------------------
    m(
        "710391",
        "2025-11-17 12:30",
        "Halberd Careers <halberd@myworkday.com>",
        "Thank you for applying to Halberd",
        A("confirmation", HB, HBR, 10, "workday"),
        "Hi Ruth,\n\nThank you for applying for the Internal Communications Officer (R-104482) role. We have received your application.\n\nYou can review the status of your application at any time in the Candidate Home section of our careers site.\n\nKind regards,\nTalent Acquisition\nHalberd Insurance Group plc, registered in England and Wales no. 04410293, 1 Park Row, Leeds LS1 5AB",
    ),
    m(
        "710392",
        "2025-11-24 09:30",
        "Halberd Careers <halberd@myworkday.com>",
        "Online assessment - Internal Communications Officer (R-104482)",
        A("assessment", HB, HBR, 10, "workday"),
        "Hi Ruth,\n\nThank you for your interest in Halberd. As the next step in the process, we'd like you to complete an online verbal reasoning and situational judgement assessment. It takes around 35 minutes.\n\nPlease complete the assessment by 23:59 on Monday 1 December. You can access it from Candidate Home under My Tasks.\n\nKind regards,\nTalent Acquisition, Halberd",
    ),
    m(
        "710393",
        "2025-12-05 13:18",
        "Olivia Brennan <olivia.brennan@halberd.co.uk>",
        "Halberd - Internal Comms Officer interview",
        A("interview", HB, HBR, 10, "direct"),
        "Hi Ruth,\n\nThanks for completing the assessments - really strong scores. I'd like to invite you to a first-stage interview with Chris Dunmore (Internal Communications Lead) on Teams. I've sent an invite for Thursday 11 December at 10:00.\n\nIt will be competency based, around 45 minutes.\n\nBest,\nOlivia\n\nOlivia Brennan | Talent Partner\nHalberd Insurance Group plc | Park Row, Leeds",
        ics=ics(
            "040000008200E00074C5B7101A82E008-hal-1211",
            "2025-12-11 10:00:00 +0000",
            "Halberd | Ruth Adeyemi-Clarke | Internal Comms Officer | Stage 1",
            ("Olivia Brennan", "olivia.brennan@halberd.co.uk"),
            45,
        ),
    ),
    m(
        "710394",
        "2025-12-12 17:02",
        "Olivia Brennan <olivia.brennan@halberd.co.uk>",
        "RE: Halberd - Internal Comms Officer interview",
        A("interview", HB, HBR, 10, "direct"),
        "Hi Ruth,\n\nGreat feedback from Chris. We'd like you to come to our Leeds office for a final interview on Wednesday 7 January, which will include a 15-minute presentation: 'Launching our new hybrid working policy to 3,000 colleagues'. I'll send the full brief and invite before Christmas.\n\nHave a lovely break,\nOlivia\n\n-----Original Message-----\nFrom: Olivia Brennan\nSent: 05 December 2025 13:18\nSubject: Halberd - Internal Comms Officer interview",
        **{"In-Reply-To": "<710393.20251205.42@halberd.co.uk>"},
    ),
    m(
        "710395",
        "2026-01-06 09:21",
        "Olivia Brennan <olivia.brennan@halberd.co.uk>",
        "RE: Withdrawing my application - Internal Comms Officer",
        A("confirmation", HB, HBR, 10, "direct"),
        "Hi Ruth,\n\nThanks for letting me know, and congratulations on the NHS role! I've withdrawn your application in Workday and let Chris know. Don't be a stranger if you fancy a move in future.\n\nBest,\nOlivia\n\nFrom: Ruth Adeyemi-Clarke <ruth.adeyemiclarke@outlook.com>\nSent: 05 January 2026 20:44\nTo: Olivia Brennan\nSubject: Withdrawing my application - Internal Comms Officer\n\nHi Olivia, I'm really sorry to do this so close to the final interview, but I've accepted another offer and would like to withdraw from the process. Thank you so much for all your help. Kind regards, Ruth",
        st="withdrawn",
    ),
    # --- 11 Greyfriars Building Society (Workday) -----------------------------------------
    m(
        "710401",
        "2025-12-01 20:10",
        "Greyfriars Careers <greyfriarsbs@myworkday.com>",
        "Application received - Communications Officer",
        A("confirmation", GB, GBR, 11, "workday"),
        "Dear Ruth,\n\nThank you for applying for Communications Officer (JR-2291) at Greyfriars. We'll review your application and be in touch.\n\nIf you are not selected for this role, we'll keep your profile so you can be considered for other roles.\n\nThe Greyfriars Talent Team",
    ),
    m(
        "710402",
        "2025-12-10 11:56",
        "Greyfriars Careers <greyfriarsbs@myworkday.com>",
        "Your application - next steps",
        A("assessment", GB, GBR, 11, "workday"),
        "Dear Ruth,\n\nWe'd like to invite you to the next stage: a presentation task. Please prepare a 10-minute presentation on 'How should a mutual talk to members about a rise in mortgage rates?' to deliver at interview. Interview slots are available in the week of 12 January; please choose one in Candidate Home.\n\nThe Greyfriars Talent Team",
    ),
    m(
        "710403",
        "2025-12-16 09:40",
        "Greyfriars Careers <greyfriarsbs@myworkday.com>",
        "Your application",
        A("rejection", GB, GBR, 11, "workday"),
        "Dear Ruth,\n\nThank you for your interest in Greyfriars Building Society. Since we contacted you last week, the hiring team have reviewed the remaining applications and have decided to progress with a smaller number of candidates whose experience more closely matches the role. We're sorry that this means we will not be inviting you to interview.\n\nWe appreciate the time you spent with us and wish you all the best.\n\nThe Greyfriars Talent Team",
    ),
    # --- forwarded confirmation (Brightside, forwarded to her sister for a read) -----------
    m(
        "710410",
        "2025-10-07 07:55",
        "Ruth Adeyemi-Clarke <ruth.adeyemiclarke@outlook.com>",
        "Fwd: Thanks for your application!",
        A("confirmation", BM, BMR, 8, "teamtailor"),
        "Morning! Sending you the Brightside one too - can you have a read of the job description over the weekend? Charity comms would be lovely.\n\nR x\n\n---------- Forwarded message ---------\nFrom: Brightside Minds <notifications@teamtailor-mail.com>\nDate: Mon, 6 Oct 2025 at 21:40\nSubject: Thanks for your application!\nTo: Ruth Adeyemi-Clarke <ruth.adeyemiclarke@outlook.com>\n\nHi Ruth!\n\nThanks so much for applying for Digital Communications Officer. We read every application ourselves (we're a small team) so please bear with us.\n\nThe People Team at Brightside Minds",
        to="Tolu Adeyemi <tolu.adeyemi@gmail.com>",
    ),
    # --- job alerts and other job mail from the public sector ------------------------------
    m(
        "710420",
        "2025-09-08 07:00",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Job alert: 6 new jobs match 'communications Manchester'",
        ("alert", None, None, None, "other", "en"),
        "Dear Ruth Adeyemi-Clarke,\n\nThe following new vacancies match your saved search 'communications Manchester':\n\n- Communications Officer (HEO) - Department for Regional Enterprise - Manchester, London\n- Digital Content Designer - HM Pensions Service - Manchester, Leeds\n- Press Officer - Agency for Food Safety - York, Manchester\n- Internal Communications Manager (SEO) - Department for Skills - Sheffield, Manchester\n- Stakeholder Engagement Officer - Valuation Office - Manchester\n- Campaigns Officer - Office for Water Standards - Leeds\n\nSign in to view details.",
    ),
    m(
        "710421",
        "2025-10-21 07:00",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Job alert: 3 new jobs match 'communications Manchester'",
        ("alert", None, None, None, "other", "en"),
        "Dear Ruth Adeyemi-Clarke,\n\nThe following new vacancies match your saved search:\n\n- Senior Press Officer - Department for Regional Enterprise - London\n- Communications Officer - Met Standards Agency - Manchester\n- Marketing Officer (EO) - National Parks Service - Leeds\n\nCivil Service Jobs",
    ),
    m(
        "710422",
        "2025-09-15 06:30",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "New jobs matching your saved search",
        ("alert", None, None, None, "other", "en"),
        "Dear Ruth\n\nThere are 4 new jobs matching your saved search 'communications' within 20 miles of M14:\n\nCommunications Officer - Salford Community Health NHS Trust - Band 5\nEngagement Lead - Greater Mersey ICB - Band 7\nDigital Communications Officer - Northern Pennine Teaching Hospitals NHS Foundation Trust - Band 5\nCommunications Assistant - Stockfield NHS Foundation Trust - Band 4\n\nNHS Jobs",
    ),
    m(
        "710423",
        "2025-10-19 06:30",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "New jobs matching your saved search",
        ("alert", None, None, None, "other", "en"),
        "Dear Ruth\n\nThere are 2 new jobs matching your saved search 'communications' within 20 miles of M14:\n\nCommunications Officer - Northern Pennine Teaching Hospitals NHS Foundation Trust - Band 5\nCommunications and Marketing Officer - Irwell Valley Mental Health NHS Trust - Band 5\n\nNHS Jobs",
    ),
    m(
        "710424",
        "2025-11-19 13:02",
        "Halberd Careers <halberd@myworkday.com>",
        "Reminder: complete your profile",
        ("alert", None, None, None, "workday", "en"),
        "Hi Ruth,\n\nYou created an account on the Halberd careers site but your candidate profile is incomplete. Completing your profile helps our recruiters find you for future opportunities.\n\nTalent Acquisition, Halberd",
    ),
    m(
        "710425",
        "2025-10-23 17:48",
        "Calderbrook Council Jobs <noreply@tribepad.com>",
        "You haven't finished your application",
        ("alert", None, None, None, "other", "en"),
        "Dear Ruth,\n\nYou started an application for Marketing and Communications Officer (CBC-04518) but haven't submitted it yet. The vacancy closes on 2 November 2025.\n\nContinue your application\n\nCalderbrook Council Recruitment Team",
    ),
    m(
        "710426",
        "2025-12-17 09:00",
        "Greyfriars Careers <greyfriarsbs@myworkday.com>",
        "How was your experience applying to Greyfriars?",
        ("other_job", GB, None, None, "workday", "en"),
        "Dear Ruth,\n\nWe'd value your feedback on your recent candidate experience. The survey takes three minutes and is anonymous.\n\nTake the survey\n\nThe Greyfriars Talent Team",
    ),
    m(
        "710427",
        "2025-09-25 10:14",
        "Irwell Met Jobs <jobs@irwellmet.ac.uk>",
        "Welcome to Irwell Met Talent Pool",
        ("alert", None, None, None, "other", "en"),
        "Dear Ruth,\n\nThank you for joining the Irwell Metropolitan University talent pool. We'll send you an email when a vacancy that matches your interests (Marketing, Communications, External Relations) is advertised.\n\nHuman Resources\nIrwell Metropolitan University",
    ),
    m(
        "710428",
        "2025-12-08 08:12",
        "Deborah Kershaw <deborah.kershaw@npth.nhs.uk>",
        "Automatic reply: Start date and parking",
        ("other_job", NP, None, None, "direct", "en"),
        "Thank you for your email. I am on annual leave until Monday 15 December with limited access to email. For urgent communications matters please contact comms.team@npth.nhs.uk or call the on-call press line.\n\nDeborah",
    ),
]
