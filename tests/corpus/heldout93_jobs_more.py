# ruff: noqa: E501
"""Corpus 93, job mail part two and other job mail (data only): see heldout93.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0800"


m = functools.partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


ME = "Melvin Goh <melvin.goh.wj@gmail.com>"
AU, AUR = "Aurelia Hotels", "Regional Purchasing Manager"
LF, LFR = "Lumen Freight", "Supply Chain Operations Manager, APAC"
PP, PPR = "Pantry Pals", "Head of Operations & Procurement"
SB, SBR = "Sunbird Beverages", "Category Manager, Indirect Procurement"
VM, VM1, VM2 = "Vantor Medical", "Demand Planning Manager", "Supply Planning Manager"
NS, NSR = "Northstar Aviation Services", "Materials Manager"
HO, HOR = "Hoshimi Electronics", "Procurement Manager (Electronic Components)"
TA, TAR = "Tanjong Agri", "Sourcing Manager, Edible Oils"
QL, QLR = "Quayline", "Senior Buyer, Logistics Services"

MAIL: list[dict[str, Any]] = [
    # --- 13 Aurelia Hotels (SmartRecruiters) -> rejected -----------------------------------
    m(
        "931301",
        "2025-09-19 18:33",
        "Aurelia Hotels Group <noreply@smartrecruiters.com>",
        "Aurelia Hotels Group: we have received your application",
        A("confirmation", AU, AUR, 13, "smartrecruiters"),
        "Dear Melvin,\n\nThank you for applying for Regional Purchasing Manager with Aurelia Hotels & Resorts. Your application has been received and will be reviewed by our recruitment team.\n\nAt Aurelia, we believe in creating unforgettable experiences - and that begins with our people.\n\nWith warm regards,\nPeople & Culture, Aurelia Hotels Group (Asia) Pte. Ltd.",
    ),
    m(
        "931302",
        "2025-10-17 12:00",
        "Aurelia Hotels Group <noreply@smartrecruiters.com>",
        "Regarding your application with Aurelia Hotels Group",
        A("rejection", AU, AUR, 13, "smartrecruiters"),
        "Dear Melvin,\n\nThank you for your interest in the Regional Purchasing Manager opportunity. We have reviewed your application carefully and, while your experience is strong, we have decided to pursue other candidates whose hospitality F&B purchasing background is a closer fit.\n\nWe encourage you to keep an eye on our careers page.\n\nWith warm regards,\nPeople & Culture",
    ),
    # --- 14 Lumen Freight (Ashby, remote) -> case -> interview -> rejected ------------------
    m(
        "931401",
        "2025-10-06 14:27",
        "Lumen Freight <no-reply@ashbyhq.com>",
        "Application received: Supply Chain Operations Manager, APAC",
        A("confirmation", LF, LFR, 14, "ashby"),
        "Hi Melvin,\n\nThanks for applying to Lumen Freight! We received your application for Supply Chain Operations Manager, APAC (Remote - Singapore, Sydney or Manila).\n\nWe'll review and get back to you within 10 working days.\n\nLumen Freight Recruiting",
    ),
    m(
        "931402",
        "2025-10-16 09:00",
        "Olivia Tran <olivia.tran@lumenfreight.com>",
        "Lumen Freight - case exercise",
        A("assessment", LF, LFR, 14, "direct"),
        "Hi Melvin,\n\nThanks for the chat on Monday! As the next step, we'd like you to work on a short case: our Manila cross-dock is running 18% over budget on carrier spend. Using the attached data, prepare 4-6 slides on what you'd look at first and the savings levers you'd pull.\n\nPlease send it back by Thursday 23 Oct, end of day your time. It should take 3-4 hours at most - please don't overdo it.\n\nCheers,\nOlivia Tran\nTalent Partner, Lumen Freight (Sydney)",
        attach=[
            (
                "Lumen_case_carrier_spend.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "lane,carrier,cost",
            )
        ],
    ),
    m(
        "931403",
        "2025-10-28 13:10",
        "Lumen Freight <no-reply@ashbyhq.com>",
        "Interview confirmed: Case review with Lumen Freight",
        A("interview", LF, LFR, 14, "ashby"),
        "Hi Melvin,\n\nYour interview is confirmed.\n\nCase review with Lumen Freight\nMonday, 3 November 2025, 7:00am - 8:00am (GMT+8)\nInterviewers: Hamish Doyle (VP Operations), Olivia Tran\nLocation: Zoom (link in the calendar invite)\n\nNeed to reschedule? Use the link in your invite.",
        ics={
            "start": "2025-11-03 07:00:00 +0800",
            "minutes": 60,
            "organizer": ("Lumen Freight Recruiting", "no-reply@ashbyhq.com"),
            "uid": "ashby-lf-4411a0c2",
            "summary": "Case review with Lumen Freight - Melvin Goh",
            "location": "https://lumenfreight.zoom.us/j/81234409921",
        },
    ),
    m(
        "931404",
        "2025-11-11 08:45",
        "Olivia Tran <olivia.tran@lumenfreight.com>",
        "Thank you, Melvin",
        A("rejection", LF, LFR, 14, "direct"),
        "Hi Melvin,\n\nThank you for the effort you put into the case - Hamish particularly liked your carrier-mix analysis. It was genuinely close, but we've decided to offer the role to a candidate based in Manila, which matters for how the team is set up.\n\nI'm sorry this isn't better news, and I'd love to keep in touch for future roles.\n\nWarmly,\nOlivia",
    ),
    # --- 15 Pantry Pals (founder, Gmail) -> coffee chat -> ghosted --------------------------
    m(
        "931501",
        "2025-10-10 23:58",
        "Kenneth Loh <kenneth.loh.sg@gmail.com>",
        "Re: Head of Ops & Procurement",
        A("interview", PP, PPR, 15, "direct"),
        "Hey Melvin,\n\nThanks for the note and CV - sorry for the late reply, it's been a crazy week with our warehouse move. I'm one of the co-founders of Pantry Pals. Would love to meet for coffee and talk about what we need on the ops side.\n\nHow about Saturday 18 Oct, 10am at the Common Man at Martin Road?\n\nCheers,\nKenneth\n\nSent from my iPhone\n\nOn 7 Oct 2025, at 9:14 PM, Melvin Goh wrote:\n> Hi Kenneth, I saw your post on LinkedIn about the Head of Ops & Procurement role at Pantry Pals and attach my CV.",
    ),
    # --- 16 Sunbird Beverages via Meridian Talent Asia (agency) -> interview -> rejected ----
    m(
        "931601",
        "2025-09-25 10:40",
        "Charmaine Lau <charmaine.lau@meridiantalent.asia>",
        "Category Manager role with a regional FMCG",
        J("outreach", "agency", None, SBR),
        "Hi Melvin,\n\nI'm Charmaine from Meridian Talent Asia. I'm currently working on a Category Manager, Indirect Procurement role for a regional FMCG (beverages) client with their SEA hub in Singapore. Scope covers marketing, logistics and IT spend across 6 markets.\n\nSalary range is SGD 9-11k plus bonus. If you're open to exploring, could you send me your updated CV and a good time to call?\n\nThanks and regards,\nCharmaine Lau\nSenior Consultant | Meridian Talent Asia Pte. Ltd.\nEA Licence 21C0456 | Reg. No. R1981234",
    ),
    m(
        "931602",
        "2025-10-01 18:25",
        "Charmaine Lau <charmaine.lau@meridiantalent.asia>",
        "CV submission - Sunbird Beverages",
        A("confirmation", SB, SBR, 16, "agency"),
        "Hi Melvin,\n\nThank you for your time on the phone. As agreed, I have submitted your profile to Sunbird Beverages for the Category Manager, Indirect Procurement role. I'll update you as soon as I hear back - usually within a week.\n\nRegards,\nCharmaine",
    ),
    m(
        "931603",
        "2025-10-13 12:19",
        "Charmaine Lau <charmaine.lau@meridiantalent.asia>",
        "Sunbird interview arrangement",
        A("interview", SB, SBR, 16, "agency"),
        "Hi Melvin,\n\nSunbird would like to proceed with a first interview with Marcus Yeo, Head of Procurement SEA.\n\nDate: 16 Oct (Thu)\nTime: 5:30pm\nVenue: Sunbird Beverages, 9 Temasek Boulevard, Suntec Tower Two, #23-01\n\nPlease arrive 10 min early and ask for Marcus at reception. Do let me know once confirmed.\n\nCharmaine",
    ),
    m(
        "931604",
        "2025-10-24 15:35",
        "Charmaine Lau <charmaine.lau@meridiantalent.asia>",
        "Feedback from Sunbird",
        A("rejection", SB, SBR, 16, "agency"),
        "Hi Melvin,\n\nI just heard back from Sunbird. Marcus enjoyed meeting you and said you have a very structured approach. However, they have decided not to move forward as they are looking for someone with deeper marketing-spend category experience.\n\nSorry it didn't work out this time - I'll keep you in mind for other roles.\n\nCharmaine",
    ),
    # --- 17/18 Vantor Medical (Workday, APAC entity), two roles -----------------------------
    m(
        "931701",
        "2025-09-26 20:11",
        "Vantor Medical Asia Pacific Pte. Ltd. <vantormedical@myworkday.com>",
        "We've received your application",
        A("confirmation", VM, VM1, 17, "workday"),
        "Hello Melvin,\n\nThank you for applying for Demand Planning Manager (Req 33051). We appreciate your interest in Vantor.\n\nOur recruiting team is reviewing applications. You can check your status any time by signing in to your candidate account.\n\nThank you,\nVantor Talent Acquisition",
    ),
    m(
        "931702",
        "2025-10-09 03:15",
        "Vantor Medical Asia Pacific Pte. Ltd. <vantormedical@myworkday.com>",
        "Your application for Demand Planning Manager",
        A("rejection", VM, VM1, 17, "workday"),
        "Hello Melvin,\n\nThank you for your interest in the Demand Planning Manager position at Vantor. After reviewing your qualifications, we have decided to move forward with other candidates for this role.\n\nWe encourage you to apply for other positions at Vantor that match your skills and experience.\n\nVantor Talent Acquisition",
    ),
    m(
        "931801",
        "2025-10-12 21:40",
        "Vantor Medical Asia Pacific Pte. Ltd. <vantormedical@myworkday.com>",
        "We've received your application",
        A("confirmation", VM, VM2, 18, "workday"),
        "Hello Melvin,\n\nThank you for applying for Supply Planning Manager (Req 33407). We appreciate your interest in Vantor.\n\nOur recruiting team is reviewing applications. You can check your status any time by signing in to your candidate account.\n\nThank you,\nVantor Talent Acquisition",
    ),
    m(
        "931802",
        "2025-11-08 10:20",
        "Vantor Medical Asia Pacific Pte. Ltd. <vantormedical@myworkday.com>",
        "Withdrawal confirmation - Supply Planning Manager",
        A("confirmation", VM, VM2, 18, "workday"),
        "Hello Melvin,\n\nThis confirms that you have withdrawn your application for Supply Planning Manager (Req 33407). No further action is required.\n\nWe wish you all the best,\nVantor Talent Acquisition",
        st="withdrawn",
    ),
    # --- 19 Northstar Aviation Services (iCIMS) -> interview -> rejected --------------------
    m(
        "931901",
        "2025-10-15 16:44",
        "Northstar Aviation Careers <northstaraviation@icims.com>",
        "Thank you for applying - Materials Manager (2025-4471)",
        A("confirmation", NS, NSR, 19, "icims"),
        "Dear Melvin,\n\nThank you for your interest in Northstar Aviation Services. We have received your application for Materials Manager (2025-4471), Seletar Aerospace Park.\n\nOur team will review your qualifications. If you are not selected for an interview, we will notify you by email once the position is filled.\n\nRegards,\nNorthstar Talent Acquisition",
    ),
    m(
        "931902",
        "2025-10-29 11:50",
        "Goh Bee Leng <beeleng.goh@northstar-aero.com>",
        "Interview - Materials Manager, Seletar",
        A("interview", NS, NSR, 19, "direct"),
        "Dear Melvin,\n\nThank you for your application. We would like to invite you for a face-to-face interview at our Seletar hangar office on 6 November 2025, 10:00am. You will meet our Director of MRO Operations and the Supply Chain Lead. Please bring your NRIC for the security pass.\n\nRegards,\nGoh Bee Leng\nHR, Northstar Aviation Services (S) Pte. Ltd.",
        ics={
            "start": "2025-11-06 10:00:00 +0800",
            "minutes": 90,
            "organizer": ("Goh Bee Leng", "beeleng.goh@northstar-aero.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000NS4471",
            "summary": "Interview: Melvin Goh - Materials Manager",
            "location": "Northstar Aviation, 12 Seletar Aerospace Link, Meeting Room Kestrel",
            "style": "outlook",
        },
    ),
    m(
        "931903",
        "2025-12-03 09:30",
        "Northstar Aviation Careers <northstaraviation@icims.com>",
        "Materials Manager (2025-4471) - update",
        A("rejection", NS, NSR, 19, "icims"),
        "Dear Melvin,\n\nThank you for the time you invested in interviewing with us. We have now filled the Materials Manager position and regret that we are unable to offer it to you.\n\nWe value your interest in Northstar and wish you success.\n\nNorthstar Talent Acquisition",
    ),
    # --- 20 Hoshimi Electronics (Oracle) -> assessment -> Tokyo interview -> rejected -------
    m(
        "932001",
        "2025-10-20 13:05",
        "Hoshimi Electronics Asia Pte. Ltd. <hoshimi@oraclecloud.com>",
        "Hoshimi Electronics - Confirmation of Application",
        A("confirmation", HO, HOR, 20, "oracle"),
        "Dear Melvin Goh,\n\nThank you for applying to the Procurement Manager (Electronic Components) position with Hoshimi Electronics Asia Pte. Ltd. Your application has been submitted successfully.\n\nRequisition: 25000713\n\nBest regards,\nHoshimi Electronics Recruitment",
    ),
    m(
        "932002",
        "2025-10-24 10:00",
        "TalentMetriq Assessments <no-reply@talentmetriq.com>",
        "Action required: Hoshimi Electronics online test",
        A("assessment", HO, HOR, 20, "other"),
        "Dear Melvin Goh,\n\nAs part of your application to Hoshimi Electronics Asia, you are invited to complete the Verbal Reasoning and Situational Judgement tests. Please complete them within 5 days.\n\nhttps://candidate.talentmetriq.com/a/hea-Q81Z\n\nTalentMetriq",
    ),
    m(
        "932003",
        "2025-11-10 17:00",
        "Yuki Saito <y.saito@hoshimi-elec.co.jp>",
        "Interview with Procurement Division (Tokyo) - 19 Nov",
        A("interview", HO, HOR, 20, "direct"),
        "Dear Mr. Goh,\n\nThank you for your patience. On behalf of Hoshimi Electronics, I would like to invite you to an online interview with Mr. Takeda, General Manager of the Global Procurement Division.\n\nDate: 19 November 2025\nTime: 15:00-16:00 JST (14:00-15:00 SGT)\nTool: Microsoft Teams\n\nPlease note that Mr. Takeda will be supported by an interpreter. We appreciate your kind understanding.\n\nBest regards,\nYuki Saito\nHuman Resources, Hoshimi Electronics Co., Ltd.",
        ics={
            "start": "2025-11-19 14:00:00 +0800",
            "minutes": 60,
            "organizer": ("Yuki Saito", "y.saito@hoshimi-elec.co.jp"),
            "uid": "040000008200E00074C5B7101A82E00800000000HO0713",
            "summary": "[Hoshimi] Interview - Mr. Melvin Goh",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "932004",
        "2025-12-10 18:20",
        "Hoshimi Electronics Asia Pte. Ltd. <hoshimi@oraclecloud.com>",
        "Your application to Hoshimi Electronics",
        A("rejection", HO, HOR, 20, "oracle"),
        "Dear Melvin Goh,\n\nThank you very much for taking part in our selection process. After careful deliberation, we regret to inform you that we are unable to offer you the position at this time.\n\nWe sincerely appreciate your interest in Hoshimi and wish you every success.\n\nHoshimi Electronics Recruitment",
    ),
    # --- 21 Tanjong Agri (Recruitee), forwarded from old mailbox -> rejected ----------------
    m(
        "932101",
        "2025-09-04 09:02",
        "Melvin Goh <melvin.goh@ardentfoods.com.sg>",
        "Fwd: Thank you for your application - Sourcing Manager, Edible Oils",
        A("confirmation", TA, TAR, 21, "recruitee"),
        "sending to my personal email\n\n---------- Forwarded message ---------\nFrom: Tanjong Agri Commodities <no-reply@recruitee.com>\nDate: Wed, 3 Sep 2025 at 17:40\nSubject: Thank you for your application - Sourcing Manager, Edible Oils\nTo: Melvin Goh <melvin.goh@ardentfoods.com.sg>\n\nHi Melvin,\n\nThank you for applying for Sourcing Manager, Edible Oils at Tanjong Agri Commodities. We have received your application and will review it soon.\n\nKind regards,\nTanjong Agri HR\n\n\nCONFIDENTIALITY NOTICE: This email is intended only for the addressee. Ardent Foods Pte. Ltd.",
    ),
    m(
        "932102",
        "2025-10-07 11:11",
        "Tanjong Agri Commodities <no-reply@recruitee.com>",
        "Sourcing Manager, Edible Oils",
        A("rejection", TA, TAR, 21, "recruitee"),
        "Hi Melvin,\n\nThank you for your application. We appreciated learning about your experience in food-ingredient sourcing.\n\nUnfortunately, we have decided to proceed with other candidates whose trading backgrounds are closer to the role.\n\nKind regards,\nTanjong Agri HR",
    ),
    # --- 22 Quayline (JobStreet SG, careers mailbox at other domain) -> ghosted -------------
    m(
        "932201",
        "2025-11-24 21:18",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        A("confirmation", QL, QLR, 22, "other"),
        html="<html><body><h2>Application sent</h2><p>Hi Melvin,</p><p>Your application for <b>Senior Buyer, Logistics Services</b> at <b>Quayline Pte. Ltd.</b> (Pasir Panjang) has been sent.</p><p>JobStreet by SEEK</p></body></html>",
    ),
    m(
        "932202",
        "2025-11-26 10:05",
        "Recruitment <hr.recruit@qlgroup-services.com>",
        "Senior Buyer - pre-screening questions",
        A("confirmation", QL, QLR, 22, "direct"),
        "Dear Applicant,\n\nThank you for your application for Senior Buyer, Logistics Services. To facilitate our review, kindly answer the following: (1) current and expected salary, (2) notice period, (3) are you a Singapore Citizen or PR.\n\nThank you.\n\nRecruitment Team\nQuayline Pte. Ltd. (Shared Services)",
    ),
    m(
        "932203",
        "2025-11-26 20:40",
        ME,
        "RE: Senior Buyer - pre-screening questions",
        A("confirmation", QL, QLR, 22, "direct"),
        "Dear Recruitment Team,\n\n(1) Current SGD 10,500 basic; expected SGD 11,500 (2) one month (3) Singapore Citizen.\n\nThank you.\n\nRegards,\nMelvin Goh\n9123 4567",
        to="Recruitment <hr.recruit@qlgroup-services.com>",
    ),
    # --- other job mail: alerts, outreach, nudges, auto-replies, survey --------------------
    m(
        "939001",
        "2025-09-02 07:30",
        "JobStreet <noreply@jobstreet.com>",
        "12 new jobs for Procurement Manager in Singapore",
        J("alert", "other"),
        html="<html><body><p>Hi Melvin, here are new jobs matching your saved search 'Procurement Manager'.</p><ul><li>Procurement Manager - Kallang Precision Pte. Ltd.</li><li>Senior Buyer - Halcyon Marine</li><li>Regional Sourcing Lead - confidential</li></ul><p>See all 12 jobs</p></body></html>",
    ),
    m(
        "939002",
        "2025-09-07 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "'supply chain manager': Halvorsen - Regional Procurement Manager, APAC and more",
        J("alert", "linkedin"),
        "Your job alert for supply chain manager in Singapore\n\n30+ new jobs match your preferences.\n\nRegional Procurement Manager, APAC\nHalvorsen - Singapore\n\nSupply Chain Manager\nKestrel - Singapore\n\nSee all jobs",
    ),
    m(
        "939003",
        "2025-09-14 09:10",
        "Indeed <alert@indeed.com>",
        "Purchasing Manager jobs in Singapore",
        J("alert", "indeed"),
        "New jobs for your search\n\nPurchasing Manager - Greenleaf Packaging Pte. Ltd. - Tuas\nProcurement Executive - Lucky Star Trading - Ubi\nSenior Purchaser - Axon Cables - Jurong\n\nEasily apply",
    ),
    m(
        "939004",
        "2025-09-21 10:00",
        "WorkForward SG <no-reply@workforward.gov.sg>",
        "Jobs recommended for you this week",
        J("alert", "other"),
        html="<html><body><p>Dear MELVIN GOH WEI JIE,</p><p>Based on your profile, these jobs may interest you:</p><ul><li>SENIOR MANAGER (PROCUREMENT) - TIDEWATER AUTHORITY</li><li>MATERIALS PLANNER - SEMBAWANG ENGINEERING WORKS</li></ul><p>Consider the Career Conversion Programme for Supply Chain Professionals.</p></body></html>",
    ),
    m(
        "939005",
        "2025-10-05 07:30",
        "JobStreet <noreply@jobstreet.com>",
        "8 new jobs for Procurement Manager in Kuala Lumpur",
        J("alert", "other"),
        html="<html><body><p>Hi Melvin, new jobs in Kuala Lumpur matching 'Procurement Manager':</p><ul><li>Group Procurement Manager - Seri Mutiara Holdings Berhad</li><li>Procurement Manager - Pelita Foods Sdn. Bhd.</li></ul></body></html>",
    ),
    m(
        "939006",
        "2025-10-19 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "'procurement lead remote': 14 new jobs",
        J("alert", "linkedin"),
        "Your job alert for procurement lead remote in Asia-Pacific\n\nProcurement Lead, APAC (Remote) - Tessellate\nSupply Chain Operations Manager, APAC - Lumen Freight\n\nSee all jobs",
    ),
    m(
        "939007",
        "2025-11-16 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "'supply chain manager': Quayline - Senior Buyer and more",
        J("alert", "linkedin"),
        "Your job alert for supply chain manager in Singapore\n\nSenior Buyer, Logistics Services - Quayline\nProcurement Manager, Indirect - Kestrel\n\nSee all jobs",
    ),
    m(
        "939008",
        "2025-09-27 11:15",
        "Vantor Medical Asia Pacific Pte. Ltd. <vantormedical@myworkday.com>",
        "Welcome to the Vantor Talent Community",
        J("alert", "workday", VM),
        "Hello Melvin,\n\nThank you for joining the Vantor Talent Community! You'll receive updates about roles that match your interests in Supply Chain, Singapore.\n\nVantor Talent Acquisition",
    ),
    m(
        "939009",
        "2025-10-04 19:00",
        "Hoshimi Electronics Asia Pte. Ltd. <hoshimi@oraclecloud.com>",
        "Complete your application - Procurement Manager",
        J("alert", "oracle", HO, HOR),
        "Dear Melvin Goh,\n\nYou started an application for Procurement Manager (Electronic Components) but did not submit it. Your draft will be kept for 30 days. Sign in to continue where you left off.\n\nHoshimi Electronics Recruitment",
    ),
    m(
        "939010",
        "2025-10-11 13:30",
        "Hannah Soh via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Procurement leadership role - regional pharma",
        J("outreach", "linkedin"),
        "Hi Melvin,\n\nI came across your profile and was impressed by your APAC sourcing experience. I'm hiring for a Procurement Director at a regional pharma company (Singapore HQ). Would you be open to a quick chat?\n\nBest,\nHannah Soh\nTalent Acquisition Lead\n\nReply on LinkedIn",
    ),
    m(
        "939011",
        "2025-10-23 09:40",
        "Wong Jia Hui <jiahui.wong@peakrecruit.com.sg>",
        "Supply Chain Manager roles - KL and Penang",
        J("outreach", "agency"),
        "Dear Melvin,\n\nGreetings from Peak Recruit! We have several Supply Chain Manager openings with manufacturing MNCs in KL and Penang, with relocation support and expat packages. Would you be keen to relocate to Malaysia?\n\nKindly send your latest resume in Word format.\n\nBest regards,\nWong Jia Hui\nPeak Recruit Pte. Ltd. | EA Licence 18C3302",
    ),
    m(
        "939012",
        "2025-10-23 09:41",
        "Wong Jia Hui <jiahui.wong@peakrecruit.com.sg>",
        "Automatic reply: Supply Chain Manager roles - KL and Penang",
        J("other_job", "agency"),
        "Thank you for your email. I am on medical leave on 23 Oct and will respond upon my return. For urgent matters, kindly contact hello@peakrecruit.com.sg.",
    ),
    m(
        "939013",
        "2025-11-13 16:00",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience at Tessellate?",
        J("other_job", "greenhouse", "Tessellate"),
        "Hi Melvin,\n\nWe'd love your feedback on your candidate experience. This 2-minute anonymous survey helps us improve.\n\nTake the survey\n\nThanks,\nTessellate Talent Team",
    ),
    m(
        "939014",
        "2025-12-05 12:00",
        "Daniel Koh <daniel.koh@crestlinesearch.com.sg>",
        "Season's greetings from Crestline",
        J("other_job", "agency"),
        "Dear Melvin,\n\nAs the year draws to a close, the Crestline team thanks you for your trust. Wishing you and your family a restful festive season and a prosperous 2026.\n\nDaniel Koh and the Crestline Search team",
    ),
    m(
        "939015",
        "2026-01-12 10:10",
        "Sarah Lim <sarah.lim@talentbridgeexec.com>",
        "Director of Procurement - Greater China & ASEAN",
        J("outreach", "agency"),
        "Dear Melvin,\n\nCongratulations on your move to Halvorsen. I appreciate the timing may not be ideal, but I am working on a Director of Procurement search for a European industrial group, and your name came up. Happy to have a no-obligation conversation whenever you are ready.\n\nKind regards,\nSarah Lim\nTalentBridge Executive Search",
    ),
    m(
        "939016",
        "2025-12-01 09:00",
        "JobStreet <noreply@jobstreet.com>",
        "Recruiters are looking for people like you",
        J("alert", "other"),
        html="<html><body><p>Hi Melvin,</p><p>Your profile appeared in 23 recruiter searches this month. Update your profile to stand out.</p></body></html>",
    ),
    m(
        "939017",
        "2026-01-20 13:00",
        "Brightwater Chemicals Talent <bwcgroup@myworkday.com>",
        "New jobs at BWC Group that match your profile",
        J("alert", "workday", "Brightwater Chemicals"),
        "Dear Melvin,\n\nNew roles matching your interests: Category Lead, Packaging (Singapore); Logistics Manager (Map Ta Phut). View jobs in Candidate Home.\n\nBWC Group Talent Acquisition",
    ),
    m(
        "939018",
        "2025-10-30 15:10",
        "Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
        "Reference check - Melvin Goh",
        J("other_job", "direct", "Halvorsen", "Regional Procurement Manager, APAC"),
        "Hi Melvin,\n\nWe are at the final stage and would appreciate the contact details of two referees, ideally a former manager. Our vendor Checkwise will email them a short questionnaire.\n\nThanks,\nNur Aisyah",
    ),
    # --- 15 Pantry Pals, my reply -----------------------------------------------------------
    m(
        "931502",
        "2025-10-11 08:20",
        ME,
        "Re: Head of Ops & Procurement",
        A("interview", PP, PPR, 15, "direct"),
        "Hi Kenneth,\n\nNo worries at all. Saturday 18 Oct at 10am at Common Man works for me - see you there!\n\nMelvin",
        to="Kenneth Loh <kenneth.loh.sg@gmail.com>",
    ),
    m(
        "931503",
        "2025-10-28 21:05",
        ME,
        "Following up - Pantry Pals",
        A("interview", PP, PPR, 15, "direct"),
        "Hi Kenneth,\n\nThanks again for the coffee on the 18th - I enjoyed hearing about the warehouse move and the plans for Malaysia. Just checking in on next steps for the ops role; happy to meet your co-founder whenever convenient.\n\nBest,\nMelvin",
        to="Kenneth Loh <kenneth.loh.sg@gmail.com>",
    ),
    # --- 4 Verandah, formal letter of offer from the client's HR ---------------------------
    m(
        "930410",
        "2025-11-05 15:30",
        "Priscilla Wee <priscilla.wee@verandah-asia.com>",
        "Letter of Offer - Head of Procurement, SEA",
        A("offer", "Verandah", "Head of Procurement, Southeast Asia", 4, "direct"),
        "Dear Melvin,\n\nFurther to your discussions with Daniel, I am pleased to enclose our Letter of Offer for the position of Head of Procurement, Southeast Asia with Verandah Consumer Asia Pte. Ltd.\n\nKindly sign and return a copy by 10 November 2025. Do reach out if anything needs clarifying.\n\nWarm regards,\nPriscilla Wee\nRegional HR Director, Verandah Consumer Asia",
        attach=[
            (
                "Verandah_LOO_Melvin_Goh.pdf",
                "application/pdf",
                "%PDF-1.4 Verandah Consumer Asia Pte. Ltd. Letter of Offer",
            )
        ],
    ),
    # --- 1 Halvorsen, COO interview invite from EA ------------------------------------------
    m(
        "930111",
        "2025-10-15 14:02",
        "Megan Purcell <megan.purcell@halvorsen-group.com>",
        "Melvin Goh / Richard Tham - catch-up (Zoom)",
        A("interview", "Halvorsen", "Regional Procurement Manager, APAC", 1, "direct"),
        "Hi Melvin,\n\nI look after Richard's diary. Sending through the invite for Wednesday 22 October, 1:30pm Sydney time (10:30am Singapore). Zoom details are in the invite.\n\nKind regards,\nMegan Purcell\nExecutive Assistant to the COO Asia | HAP",
        ics={
            "start": "2025-10-22 10:30:00 +0800",
            "minutes": 45,
            "organizer": ("Megan Purcell", "megan.purcell@halvorsen-group.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000HAPCOO",
            "summary": "Melvin Goh / Richard Tham",
            "location": "https://halvorsen.zoom.us/j/93355120041",
            "style": "outlook",
        },
    ),
    # --- 3 Tidewater, my acknowledgement ---------------------------------------------------
    m(
        "930303",
        "2025-10-20 12:48",
        ME,
        "RE: Shortlisted - Interview for Senior Manager (Procurement)",
        A("interview", "Tidewater Authority", "Senior Manager (Procurement)", 3, "direct"),
        "Dear Ms Lee,\n\nNoted with thanks. I acknowledge receipt and will attend the interview on 30 October 2025 at 2:30pm with the completed form.\n\nYours sincerely,\nMelvin Goh",
        to="Lee Siew Ling <lee_siew_ling@tidewater.gov.sg>",
    ),
    # --- 24 Marisol Foods (LinkedIn Easy Apply, KL) -> rejected -----------------------------
    m(
        "932401",
        "2025-11-02 22:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Melvin, your application was sent to Marisol Foods Sdn. Bhd.",
        A("confirmation", "Marisol Foods", "Regional Supply Chain Manager", 24, "linkedin"),
        "Your application was sent to Marisol Foods Sdn. Bhd.\n\nRegional Supply Chain Manager\nMarisol Foods Sdn. Bhd. - Petaling Jaya, Selangor, Malaysia (On-site)\nApplied on 2 Nov 2025",
    ),
    m(
        "932402",
        "2025-11-14 11:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Regional Supply Chain Manager at Marisol Foods Sdn. Bhd.",
        A("rejection", "Marisol Foods", "Regional Supply Chain Manager", 24, "linkedin"),
        "Your update from Marisol Foods Sdn. Bhd.\n\nThank you for your interest in the Regional Supply Chain Manager position at Marisol Foods Sdn. Bhd. in Petaling Jaya. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Marisol Foods.\n\nRegards,\nMarisol Foods Sdn. Bhd.",
    ),
    # --- more other job mail ------------------------------------------------------------------
    m(
        "939019",
        "2025-09-17 19:00",
        "Indeed <no-reply@indeed.com>",
        "You haven't finished applying to Supply Chain Manager",
        J("alert", "indeed"),
        "You started applying to Supply Chain Manager at Axon Cables Pte. Ltd. but haven't finished. Pick up where you left off - it only takes a few minutes.\n\nContinue application",
    ),
    m(
        "939020",
        "2025-12-08 09:30",
        "Halvorsen Asia Pacific Pte. Ltd. <halvorsen@myworkday.com>",
        "Onboarding tasks are waiting for you in Workday",
        J("other_job", "workday", "Halvorsen", "Regional Procurement Manager, APAC"),
        html="<html><body><p>Hi Melvin,</p><p>You have 4 onboarding tasks awaiting your action: Personal Information, Emergency Contacts, Payment Elections, Code of Conduct acknowledgement.</p><p>Go to Workday</p></body></html>",
    ),
    m(
        "939021",
        "2025-10-18 10:10",
        "Hannah Soh via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Re: Procurement leadership role - regional pharma",
        J("outreach", "linkedin"),
        "Hi Melvin, just bumping this up in case it got buried. The client is Kestrel and the role is Procurement Director, APAC. Let me know if you'd like to chat!\n\nHannah",
    ),
]
