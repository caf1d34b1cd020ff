# ruff: noqa: E501
"""Corpus 98, graduate job mail part one (data only): see heldout98.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0100"
    return "+0000"


m = partial(dated_spec, tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def at(day_time: str) -> str:
    """An invitation's start in the builder's format."""
    return f"{day_time}:00 {tz(day_time[:10])}"


def A(cat: str, co: str, role: str, app: int, src: str) -> tuple:
    return (cat, co, role, app, src, "en")


HR = "Halden Rowe"
HR1 = "Audit & Assurance Graduate Programme 2026 (Edinburgh)"
HR2 = "Economic Consulting Graduate Programme 2026"
SP, SPR = "Scottish Public Finance Agency", "Graduate Economist Development Scheme"
TB, TBR = "Thistle Bank", "2026 Graduate Programme - Data & Analytics"
LM, LMR = "Lorne Mutual", "Actuarial & Risk Summer Internship 2026"
FC, FCR = "Fennick Capital", "Summer Analyst Internship 2026 - Investment Research (Dublin)"
BW, BWR = "Brackwater Economics", "Graduate Economist"
AE, AER = "Ardvale Energy", "Commercial Graduate Programme - Trading Analytics"
MP, MPR = "Merrow & Pike", "Graduate Commercial Scheme 2026"
OD, ODR = "Ochil Data", "Junior Data Analyst"
CA, CAR = "Corrie Actuarial Partners", "Actuarial Graduate Trainee 2026"
NA, NAR = "Northlight Analytics", "Graduate Quantitative Analyst"

SIG_HR = "\n\nHalden Rowe Early Careers\nHalden Rowe LLP is a limited liability partnership registered in England and Wales (OC398812). Registered office: 1 Fenwick Square, London EC2A 4PL."

MAIL: list[dict[str, Any]] = [
    # --- 1 Halden Rowe, Audit & Assurance (Oleeo / tal.net) --------------------------------
    m(
        "71002",
        "2025-09-15 21:47",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Application received - Audit & Assurance Graduate Programme 2026 (Edinburgh)",
        A("confirmation", HR, HR1, 1, "other"),
        "Dear Isla,\n\nThank you for submitting your application for the Audit & Assurance Graduate Programme 2026 in our Edinburgh office. Your candidate reference is HR-AA-26-40913.\n\nWhat happens next? Within the next few days you will receive an invitation to complete our online assessments. Please complete these within five days of receiving them. Unfortunately, if you do not complete them in time we will be unable to consider your application further.\n\nYou can track the progress of your application at any time by logging in to your candidate account.\n\nKind regards,"
        + SIG_HR,
    ),
    m(
        "71003",
        "2025-09-17 08:05",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Next step: your Halden Rowe online assessments",
        A("assessment", HR, HR1, 1, "other"),
        "Dear Isla,\n\nThank you for your interest in Halden Rowe. We'd like to invite you to complete the next stage of our process: two short online assessments delivered by our partner SHL (numerical reasoning and a situational judgement questionnaire).\n\nPlease use the personalised link below. Deadline: 23:59 on Monday 22 September 2025.\n\nhttps://haldenrowe-graduates.tal.net/vx/candidate/apply/assessment/40913\n\nIf you need any adjustments, reply to earlycareers@haldenrowe.co.uk before you start.\n\nBest wishes,"
        + SIG_HR,
    ),
    m(
        "71004",
        "2025-09-17 08:06",
        "SHL Assessments <no-reply@shl.com>",
        "Halden Rowe LLP has invited you to complete an assessment",
        A("assessment", HR, HR1, 1, "other"),
        html="<p>Hello Isla Drummond,</p><p><b>Halden Rowe LLP</b> has invited you to complete the following assessments:</p><ul><li>Verify Interactive - Numerical Reasoning (approx. 18 minutes)</li><li>Situational Judgement - Graduate (approx. 25 minutes)</li></ul><p>Complete by: 22/09/2025 23:59 BST</p><p><a href='https://candidate.shl.com/start?t=HRAA40913'>Start assessment</a></p><p>Tip: find a quiet space and check your internet connection before you begin.</p><p style='color:#888'>SHL, 3rd Floor, The Pavilion, 1 Atwell Place, Thames Ditton</p>",
    ),
    m(
        "71005",
        "2025-10-02 12:30",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Your application: video interview invitation",
        A("assessment", HR, HR1, 1, "other"),
        "Dear Isla,\n\nCongratulations - you have been successful in the online assessment stage. The next step is a short video interview hosted on HireVue. You'll answer five pre-recorded questions; each has 30 seconds of thinking time and up to 2 minutes to respond.\n\nPlease complete it by 12 October 2025:\nhttps://app.hirevue.com/interviews/haldenrowe/aa26-edinburgh/40913\n\nGood luck!"
        + SIG_HR,
    ),
    m(
        "71006",
        "2025-10-30 16:12",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Invitation: Halden Rowe Virtual Assessment Centre",
        A("interview", HR, HR1, 1, "other"),
        "Dear Isla,\n\nWe are delighted to invite you to our Virtual Assessment Centre for the Audit & Assurance Graduate Programme (Edinburgh).\n\nDate: Wednesday 12 November 2025, 09:00 - 13:30\nFormat: Microsoft Teams - group exercise, written case study and a partner interview\n\nPlease accept the attached calendar invitation and bring photo ID to the welcome session. If you can no longer attend, let us know as soon as possible so that we can offer your place to another candidate.\n\nKind regards,\nMorven Ellis\nGraduate Recruitment Advisor"
        + SIG_HR,
        ics={
            "organizer": ("Halden Rowe Early Careers", "earlycareers@haldenrowe.co.uk"),
            "uid": "hr-vac-20251112-0900-40913@haldenrowe.co.uk",
            "start": at("2025-11-12 09:00"),
            "minutes": 270,
            "summary": "Halden Rowe Virtual Assessment Centre - Audit & Assurance (Edinburgh)",
            "description": "Join on Microsoft Teams. Agenda: welcome, group exercise, written case study, partner interview.",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "71007",
        "2025-11-19 17:41",
        "Morven Ellis <morven.ellis@haldenrowe.co.uk>",
        "Halden Rowe - your assessment centre outcome",
        A("offer", HR, HR1, 1, "direct"),
        "Hi Isla,\n\nI tried to call you earlier but couldn't get through, so I wanted to put this in writing too: I'm really pleased to let you know that we would like to offer you a place on our Audit & Assurance Graduate Programme, starting in September 2026 in Edinburgh.\n\nThe offer is conditional on your final degree classification (2:1 or above), satisfactory references and our pre-employment screening (BPSS-level checks, right to work and a credit check). Your formal offer letter will follow from our onboarding portal within a week.\n\nPlease let me know a good time to chat this week.\n\nBest,\nMorven\n\nMorven Ellis | Graduate Recruitment Advisor\nHalden Rowe LLP | 4 Atholl Crescent, Edinburgh EH3 8HA",
    ),
    m(
        "71008",
        "2026-01-14 10:02",
        "Morven Ellis <morven.ellis@haldenrowe.co.uk>",
        "RE: Offer - Audit & Assurance Graduate Programme",
        A("offer", HR, HR1, 1, "direct"),
        "Hi Isla,\n\nThank you for letting me know, and for being so open about your reasons. Of course we're disappointed, but I completely understand, and the Scottish Public Finance Agency role sounds like a great fit for you. I've withdrawn the offer on our side and closed your file.\n\nThe door is always open if you want to talk to us in future.\n\nAll the best with finals,\nMorven\n\n-----Original Message-----\nFrom: Isla Drummond <isla.drummond97@gmail.com>\nSent: 13 January 2026 22:18\nSubject: Offer - Audit & Assurance Graduate Programme\n\nDear Morven,\nAfter a lot of thought I have decided to decline my offer for the Audit & Assurance programme. I've accepted a role in the public sector that's closer to my degree. Thank you so much for everything.\nIsla",
        st="declined",
    ),
    # --- 2 Halden Rowe, Economic Consulting (tal.net) -----------------------------------
    m(
        "71010",
        "2025-09-23 19:20",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Application received - Economic Consulting Graduate Programme 2026",
        A("confirmation", HR, HR2, 2, "other"),
        "Dear Isla,\n\nThank you for submitting your application for the Economic Consulting Graduate Programme 2026 (London / Manchester). Your candidate reference is HR-EC-26-41877.\n\nPlease note that this is a separate application from any other Halden Rowe programme you may have applied to, and each will be assessed on its own merits.\n\nOur assessments will follow shortly.\n\nKind regards,"
        + SIG_HR,
    ),
    m(
        "71011",
        "2025-09-24 09:15",
        "Cappfinity <no-reply@cappfinity.com>",
        "Halden Rowe: complete your strengths assessment",
        A("assessment", HR, HR2, 2, "other"),
        html="<p>Hi Isla,</p><p>Thank you for applying to the <b>Economic Consulting Graduate Programme</b> at Halden Rowe. The next step is to complete the Halden Rowe Strengths Assessment, powered by Cappfinity. It is untimed but most people take about 30 minutes.</p><p><a href='https://haldenrowe.cappfinity.com/start/41877'>Begin your assessment</a></p><p>Please complete it within 7 days.</p><p>The Cappfinity Team on behalf of Halden Rowe</p>",
    ),
    m(
        "71012",
        "2025-10-09 14:03",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Application update",
        A("rejection", HR, HR2, 2, "other"),
        "Dear Isla,\n\nThank you for the time and effort you put into your application for our Economic Consulting Graduate Programme, and for completing the strengths assessment.\n\nWe received a very high number of applications this year. After careful consideration, we regret to inform you that we will not be progressing your application to the next stage on this occasion.\n\nThis decision relates only to the Economic Consulting programme. It does not affect any other application you may have with Halden Rowe.\n\nWe wish you every success."
        + SIG_HR,
    ),
    # --- 3 Scottish Public Finance Agency (tal.net, Sova) ----------------------------------
    m(
        "71020",
        "2025-10-06 11:44",
        "SPFA Recruitment <noreply@spfa-careers.tal.net>",
        "SPFA-2025-114: Application Submitted",
        A("confirmation", SP, SPR, 3, "other"),
        "Dear Isla Drummond,\n\nThank you for applying for: SPFA-2025-114 Graduate Economist Development Scheme (Edinburgh / Glasgow).\n\nYour application has been submitted successfully. We will assess applications against the essential criteria after the closing date (20 October 2025). If you are not selected for the next stage you will be notified through your account.\n\nPlease do not reply to this email; the mailbox is not monitored.\n\nScottish Public Finance Agency\nRecruitment Team",
    ),
    m(
        "71021",
        "2025-10-24 09:30",
        "SPFA Recruitment <noreply@spfa-careers.tal.net>",
        "SPFA-2025-114: Online Test Invitation",
        A("assessment", SP, SPR, 3, "other"),
        "Dear Isla Drummond,\n\nYou have met the minimum criteria for SPFA-2025-114. The next stage is an online Economic Reasoning Test and Work Strengths Test, delivered through our provider Sova Assessment.\n\nYou will receive a separate email from Sova with your log-in link. Deadline: 3 November 2025, 12:00 noon.\n\nScottish Public Finance Agency\nRecruitment Team",
    ),
    m(
        "71022",
        "2025-10-24 09:31",
        "Sova Assessment <noreply@sovaassessment.com>",
        "Your assessment for Scottish Public Finance Agency",
        A("assessment", SP, SPR, 3, "other"),
        html="<p>Dear Isla,</p><p>You have been invited by <b>Scottish Public Finance Agency</b> to complete an online assessment.</p><table><tr><td>Assessment</td><td>Graduate Economist - Reasoning &amp; Work Strengths</td></tr><tr><td>Estimated time</td><td>50 minutes</td></tr><tr><td>Expires</td><td>03 Nov 2025 12:00</td></tr></table><p><a href='https://spfa.sovaonline.com/candidate/login?c=7Q2K'>Start now</a></p><p>Need help? Visit our candidate support centre.</p>",
    ),
    m(
        "71023",
        "2025-11-21 15:10",
        "SPFA Recruitment <noreply@spfa-careers.tal.net>",
        "SPFA-2025-114: Invitation to Interview",
        A("interview", SP, SPR, 3, "other"),
        "Dear Isla Drummond,\n\nCongratulations, you have been successful at the sift stage and we would like to invite you to interview for SPFA-2025-114.\n\nThe interview will be held by video (Microsoft Teams) and will last about 60 minutes. It includes a 10-minute presentation on a topic sent to you 48 hours in advance, followed by behaviour-based and technical economics questions.\n\nPlease log in to your account to book a slot between 8 and 12 December 2025. Slots are allocated first come, first served.\n\nScottish Public Finance Agency\nRecruitment Team",
    ),
    m(
        "71024",
        "2025-11-22 10:15",
        "SPFA Recruitment <noreply@spfa-careers.tal.net>",
        "SPFA-2025-114: Interview booking confirmed",
        A("interview", SP, SPR, 3, "other"),
        "Dear Isla Drummond,\n\nYour interview slot is confirmed: Tuesday 9 December 2025 at 14:00.\n\nA Teams link will be sent by the panel chair. Your presentation topic will be released on 7 December at 14:00.\n\nScottish Public Finance Agency\nRecruitment Team",
        ics={
            "organizer": ("SPFA Recruitment", "recruitment@spfa.gov.example"),
            "uid": "spfa-2025-114-int-0912-1400@spfa-careers.tal.net",
            "start": at("2025-12-09 14:00"),
            "minutes": 60,
            "summary": "SPFA-2025-114 interview - Graduate Economist Development Scheme",
            "location": "Microsoft Teams",
        },
    ),
    m(
        "71025",
        "2025-12-19 12:00",
        "SPFA Recruitment <noreply@spfa-careers.tal.net>",
        "SPFA-2025-114: Provisional Offer",
        A("offer", SP, SPR, 3, "other"),
        "Dear Isla Drummond,\n\nI am pleased to tell you that you have been successful at interview for SPFA-2025-114 and we are making you a provisional offer for the Graduate Economist Development Scheme, based in Edinburgh (Victoria Quay), at Band B1 with a starting salary of £31,420.\n\nThis offer is provisional and subject to pre-employment checks: Baseline Personnel Security Standard (BPSS) including a basic disclosure, right to work, two references and confirmation of your degree result. Please accept or decline within your account by 9 January 2026.\n\nStart date: to be agreed, normally September 2026.\n\nScottish Public Finance Agency\nRecruitment Team",
    ),
    m(
        "71026",
        "2026-01-08 09:12",
        "SPFA Recruitment <noreply@spfa-careers.tal.net>",
        "SPFA-2025-114: Provisional Offer Accepted",
        A("offer", SP, SPR, 3, "other"),
        "Dear Isla Drummond,\n\nThank you for accepting our provisional offer. We will now start pre-employment checks. You will receive an email from our vetting team asking you to complete the BPSS forms and a basic disclosure application through mygov.scot.\n\nScottish Public Finance Agency\nRecruitment Team",
        st="accepted",
    ),
    m(
        "71027",
        "2026-01-12 13:40",
        "SPFA Vetting <vetting@spfa.gov.example>",
        "Pre-employment checks - action required",
        ("other_job", SP, SPR, None, "direct", "en"),
        "Dear Isla,\n\nAs part of your pre-employment checks for the Graduate Economist Development Scheme please:\n\n1. Complete the attached BPSS form (sections A-D)\n2. Apply for a Basic Disclosure and choose SPFA as the third-party recipient\n3. Book a right-to-work check appointment - bring your passport\n\nPlease return everything within 10 working days.\n\nSPFA Vetting Team",
        attach=[
            (
                "BPSS_form_v4.txt",
                "text/plain",
                "Baseline Personnel Security Standard - Verification Record\nSection A: personal details ...\n",
            )
        ],
    ),
    m(
        "71028",
        "2026-02-20 11:05",
        "Callum Reid <callum.reid@spfa.gov.example>",
        "Your start date",
        ("other_job", SP, SPR, None, "direct", "en"),
        "Hi Isla,\n\nI'm the scheme manager for the Graduate Economist Development Scheme - welcome! Your BPSS checks have now cleared.\n\nThanks for your note about the MSc offer. We're happy to agree a deferred start: your new start date will be Monday 6 September 2027 rather than 7 September 2026. Your offer and band are unaffected. I'll check in with you again in spring 2027.\n\nBest wishes,\nCallum Reid\nHead of Economic Analysis Graduate Programmes\nScottish Public Finance Agency",
    ),
    # --- 4 Thistle Bank (Caledon Banking Group, Workday) ----------------------------------
    m(
        "71030",
        "2025-09-28 20:01",
        "Caledon Banking Group <caledongroup@myworkday.com>",
        "Thank you for your application",
        A("confirmation", TB, TBR, 4, "workday"),
        "Dear Isla,\n\nThank you for applying for 2026 Graduate Programme - Data & Analytics (Req R-0088213) with Thistle Bank.\n\nWe will review your application and be in touch. In the meantime, keep an eye on your inbox, as our next step is an online game-based assessment.\n\nThistle Bank is part of Caledon Banking Group plc. Caledon Banking Group plc is registered in Scotland no. SC095500. Registered office: 21 Charlotte Square, Edinburgh.",
    ),
    m(
        "71031",
        "2025-09-29 07:55",
        "Arctic Shores <no-reply@arcticshores.com>",
        "Caledon Banking Group has invited you to play",
        A("assessment", TB, TBR, 4, "other"),
        html="<div style='font-family:Arial'><h2>Your next step</h2><p>Hi Isla,</p><p>Caledon Banking Group would like to learn more about you through a set of short, game-like tasks. There are no right or wrong answers, and you don't need to prepare.</p><p>Takes about 25 minutes. Please complete by <b>6 October</b>.</p><p><a href='https://play.arcticshores.com/c/CBG-GRAD26/7731'>Get started</a></p><p>Arctic Shores</p></div>",
    ),
    m(
        "71032",
        "2025-10-14 10:20",
        "Caledon Banking Group <caledongroup@myworkday.com>",
        "Thistle Bank: your video interview",
        A("assessment", TB, TBR, 4, "workday"),
        "Hi Isla,\n\nGreat news - we'd like you to take part in a digital interview for the Thistle Bank 2026 Graduate Programme - Data & Analytics. It takes about 20 minutes and you can do it at any time before 24 October.\n\nYou'll receive your link from HireVue (noreply@hirevue.com) shortly.\n\nEarly Careers Team\nCaledon Banking Group",
    ),
    m(
        "71033",
        "2025-10-14 10:21",
        "HireVue <noreply@hirevue.com>",
        "Caledon Banking Group - Graduate Digital Interview",
        A("assessment", TB, TBR, 4, "hirevue"),
        html="<p>Hello Isla,</p><p>Caledon Banking Group has invited you to complete a HireVue interview for <b>2026 Graduate Programme - Data &amp; Analytics</b>.</p><p><a href='https://app.hirevue.com/interviews/caledongroup/dna26/7731'>Start Interview</a></p><p>Please complete by 24 October 2025.</p><p>Practice questions are available before you start.</p>",
    ),
    m(
        "71034",
        "2025-11-05 16:47",
        "Caledon Banking Group <caledongroup@myworkday.com>",
        "Your application to the 2026 Graduate Programme",
        A("rejection", TB, TBR, 4, "workday"),
        "Dear Isla,\n\nThank you for completing your digital interview for the Thistle Bank 2026 Graduate Programme - Data & Analytics. Our assessors enjoyed hearing about your dissertation work on regional house prices.\n\nWe've now reviewed all interviews and I'm sorry to say that we will not be progressing your application to the assessment centre this year. Competition was particularly strong.\n\nWe'd encourage you to join our talent community to hear about future opportunities.\n\nKind regards,\nEarly Careers Team\nThistle Bank | Caledon Banking Group",
    ),
    # --- 5 Lorne Mutual (Workday, Test Partnership) -------------------------------------
    m(
        "71040",
        "2025-10-20 18:33",
        "Workday <lornemutual@myworkday.com>",
        "Application received: Actuarial & Risk Summer Internship 2026",
        A("confirmation", LM, LMR, 5, "workday"),
        html="<p>Dear Isla,</p><p>Thanks for applying to <b>Actuarial &amp; Risk Summer Internship 2026</b> (JR104552). We've received your application.</p><p>You can check the status of your application at any time in the Candidate Home.</p><p>Best regards,<br>Talent Acquisition<br>Lorne Mutual Assurance Society Ltd</p>",
    ),
    m(
        "71041",
        "2025-10-22 09:00",
        "Test Partnership <noreply@testpartnership.com>",
        "Lorne Mutual - online assessment invitation",
        A("assessment", LM, LMR, 5, "other"),
        "Dear Isla Drummond,\n\nLorne Mutual has invited you to complete the following online assessments:\n\n- Numerical Reasoning (Numerate)\n- Logical Reasoning (Lexica)\n\nDeadline: 29/10/2025\nLink: https://assess.testpartnership.com/lornemutual/invite/K2L99Q\n\nPlease make sure you complete the practice questions before starting.\n\nTest Partnership Ltd",
    ),
    m(
        "71042",
        "2025-11-26 12:12",
        "Workday <lornemutual@myworkday.com>",
        "An update on your application",
        A("rejection", LM, LMR, 5, "workday"),
        html="<p>Dear Isla,</p><p>Thank you for your interest in Lorne Mutual and for taking the time to complete our online assessments.</p><p>We were impressed by the quality of applications this year. Unfortunately, on this occasion, we will not be taking your application further for the Actuarial &amp; Risk Summer Internship 2026.</p><p>We hope you'll consider us again for future opportunities.</p><p>Talent Acquisition<br>Lorne Mutual</p>",
    ),
    # --- 6 Fennick Capital, Dublin (Avature, Sonru) --------------------------------------
    m(
        "71050",
        "2025-10-11 13:08",
        "Fennick Capital Careers <careers@fennickcapital.avature.net>",
        "Fennick Capital - Application Confirmation",
        A("confirmation", FC, FCR, 6, "other"),
        "Dear Isla,\n\nThank you for applying to the Summer Analyst Internship 2026 - Investment Research (Dublin) at Fennick Capital.\n\nOur team reviews applications on a rolling basis, so you may hear from us before the closing date. Candidates selected to progress will be invited to a video interview.\n\nFennick Capital Ltd is regulated by the Central Bank of Ireland. Registered in Ireland No. 512337, 40 Sir John Rogerson's Quay, Dublin 2.",
    ),
    m(
        "71051",
        "2025-11-03 08:44",
        "Fennick Capital Careers <careers@fennickcapital.avature.net>",
        "Video interview - Summer Analyst Internship",
        A("assessment", FC, FCR, 6, "other"),
        "Dear Isla,\n\nWe are pleased to invite you to complete a one-way video interview through our partner Sonru. You will be asked four questions and have up to three minutes per answer.\n\nPlease complete by Monday 10 November at 17:00 (Irish time):\nhttps://www.sonru.com/interview/fennick/FC-SA26-2291\n\nKind regards,\nNiamh Gallagher\nCampus Recruitment, Fennick Capital",
    ),
    m(
        "71052",
        "2025-12-02 15:30",
        "Niamh Gallagher <niamh.gallagher@fennickcapital.ie>",
        "Fennick Capital - final round interview",
        A("interview", FC, FCR, 6, "direct"),
        "Hi Isla,\n\nThanks for your video interview - the team enjoyed it. We'd like to invite you to our final round on Thursday 11 December: two 30-minute interviews (one technical, one with a portfolio manager) and a short stock pitch. It'll be in person at our Dublin office; we'll reimburse reasonable travel.\n\nI've sent a calendar hold. Please confirm you can make it.\n\nBest,\nNiamh\n\nNiamh Gallagher | Campus Recruitment\nFennick Capital | 40 Sir John Rogerson's Quay, Dublin 2\n+353 1 555 0192",
        ics={
            "organizer": ("Niamh Gallagher", "niamh.gallagher@fennickcapital.ie"),
            "uid": "fc-final-sa26-drummond@fennickcapital.ie",
            "start": at("2025-12-11 13:00"),
            "minutes": 120,
            "summary": "Fennick Capital - Summer Analyst final round (Isla Drummond)",
            "location": "Fennick Capital, 40 Sir John Rogerson's Quay, Dublin 2",
            "style": "outlook",
        },
    ),
    m(
        "71053",
        "2025-12-17 18:02",
        "Niamh Gallagher <niamh.gallagher@fennickcapital.ie>",
        "Summer Analyst Internship 2026 - offer",
        A("offer", FC, FCR, 6, "direct"),
        "Hi Isla,\n\nWonderful news - the team would like to offer you a place as a Summer Analyst in Investment Research for June - August 2026, 10 weeks, with a pro-rata salary of EUR 3,900 per month and accommodation support.\n\nYour offer letter is attached. The offer is subject to satisfactory background screening. Please come back to us by 16 January.\n\nCongratulations!\nNiamh",
        attach=[
            (
                "Fennick_Capital_Offer_Letter_IDrummond.txt",
                "text/plain",
                "Offer of Internship - Fennick Capital Ltd\nDear Isla ...\n",
            )
        ],
    ),
    m(
        "71054",
        "2026-01-15 11:26",
        "Niamh Gallagher <niamh.gallagher@fennickcapital.ie>",
        "RE: Summer Analyst Internship 2026 - offer",
        A("offer", FC, FCR, 6, "direct"),
        "Hi Isla,\n\nThanks for letting me know. We're sorry to lose you but I understand - a permanent graduate role has to come first. I've withdrawn your candidacy from the internship and let the team know.\n\nBest of luck,\nNiamh\n\n> On 14 Jan 2026, at 21:03, Isla Drummond wrote:\n> Hi Niamh, I'm really grateful for the offer, but I've accepted a permanent position starting after graduation and I'm going to withdraw from the summer internship so it can go to someone else. Sorry to be giving it back.",
        st="declined",
    ),
]
