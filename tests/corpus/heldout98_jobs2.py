# ruff: noqa: E501
"""Corpus 98, graduate job mail part two (data only): see heldout98.py."""

from __future__ import annotations

from typing import Any

from heldout98_jobs import AE, AER, BW, BWR, CA, CAR, MP, MPR, NA, NAR, OD, ODR, A, at, m

PP, PPR = "Pennyroyal Pay", "Graduate Risk Analyst"
EF, EFR = "Edinburgh Institute for Fiscal Research", "Research Assistant (Graduate)"
HL, HLR = "Harcourt Leland", "Off-Cycle Internship - Markets Economics"
MG, MGR = "Mossgiel Partners", "Associate Consultant (Graduate) 2026"
QW, QWR = "Quarrelwood", "Future Leaders Graduate Scheme - Finance"
DP, DPR = "Dunmore Pensions", "Graduate Investment Analyst"
BT, BTR = "Brightwell Telecom", "Graduate Business Analyst"
IC, ICR = "Inchcolm Capital", "Graduate Analyst Programme (Dublin)"
TV, TVR = "Tay Valley Water", "Finance Graduate Scheme"
BM, BMR = "Banc Mara", "Graduate Programme 2026 - Economics & Strategy"

MAIL: list[dict[str, Any]] = [
    # --- 7 Brackwater Economics (Workable) ---------------------------------------------
    m(
        "72001",
        "2025-10-03 10:40",
        "Brackwater Economics <noreply@candidates.workablemail.com>",
        "Thanks for applying to Brackwater Economics",
        A("confirmation", BW, BWR, 7, "workable"),
        "Hi Isla,\n\nThanks for your interest in the Graduate Economist position at Brackwater Economics. We've received your application and our team will review it shortly.\n\nWe're a small team, so please bear with us - we read every application ourselves.\n\nBrackwater Economics Ltd\n",
    ),
    m(
        "72002",
        "2025-10-16 14:22",
        "Fiona Tait <fiona.tait@brackwater-econ.co.uk>",
        "Written exercise - Graduate Economist",
        A("assessment", BW, BWR, 7, "direct"),
        "Dear Isla,\n\nThank you for applying. We'd like to invite you to the next stage: a short written exercise. Attached is a dataset on bus patronage in three Scottish local authorities and a brief from a (fictional) client. Please write a 2-page note with your main findings and send it back within 72 hours of opening the brief.\n\nThere's no need to use anything fancier than Excel, though you may if you wish.\n\nKind regards,\nFiona Tait\nAssociate Director\nBrackwater Economics | 12 Queen Street, Edinburgh",
        attach=[
            (
                "Brackwater_exercise_brief.txt",
                "text/plain",
                "Client brief: Lothian & Fife bus patronage 2015-2024 ...\n",
            )
        ],
    ),
    m(
        "72003",
        "2025-10-28 09:02",
        "Fiona Tait <fiona.tait@brackwater-econ.co.uk>",
        "RE: Written exercise - Graduate Economist",
        A("interview", BW, BWR, 7, "direct"),
        "Hi Isla,\n\nThanks for your note - it was one of the clearest we've received. We'd like to invite you to an interview with me and one of our directors, Alasdair. Could you pick a slot using the link below?\n\nhttps://calendly.com/brackwater-econ/graduate-interview\n\nBest,\nFiona\n\n> From: Isla Drummond\n> Sent: 19 October 2025 17:55\n> Please find my note attached. Thanks for the interesting exercise!",
    ),
    m(
        "72004",
        "2025-10-28 20:14",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Graduate Economist interview with Fiona Tait on Tue, 4 Nov 2025",
        A("interview", BW, BWR, 7, "other"),
        "Hi Isla Drummond,\n\nA new event has been scheduled.\n\nEvent Type: Graduate Economist interview\nInvitee: Isla Drummond\nEvent Date/Time: 11:00 - 12:00 Tuesday, 4 November 2025 (GMT)\nLocation: Brackwater Economics, 12 Queen Street, Edinburgh EH2 1JE\n\nNeed to make changes? Cancel or reschedule.\n\nPowered by Calendly",
        ics={
            "organizer": ("Fiona Tait", "fiona.tait@brackwater-econ.co.uk"),
            "uid": "cal-bw-7f2c1a@calendly.com",
            "start": at("2025-11-04 11:00"),
            "minutes": 60,
            "summary": "Graduate Economist interview (Isla Drummond)",
            "location": "Brackwater Economics, 12 Queen Street, Edinburgh EH2 1JE",
        },
    ),
    m(
        "72005",
        "2025-11-13 16:25",
        "Fiona Tait <fiona.tait@brackwater-econ.co.uk>",
        "Graduate Economist",
        A("rejection", BW, BWR, 7, "direct"),
        "Dear Isla,\n\nThank you for coming in to see Alasdair and me last week. We really enjoyed meeting you, and your answer on the bus-fare cap was excellent.\n\nIt was an extremely close decision, but we have offered the role to a candidate with a bit more modelling experience. I know this is disappointing news. I'd be very glad to give feedback by phone if useful, and we'd love you to apply again when we next hire.\n\nWarm regards,\nFiona",
    ),
    # --- 8 Ardvale Energy (SuccessFactors) - ghosted -------------------------------------
    m(
        "72010",
        "2025-10-08 22:31",
        "Ardvale Careers <noreply@successfactors.eu>",
        "Your application for Commercial Graduate Programme - Trading Analytics",
        A("confirmation", AE, AER, 8, "other"),
        "Dear Isla,\n\nThank you for your application for the position Commercial Graduate Programme - Trading Analytics (Requisition 23114). We have successfully received your application.\n\nWe will review your details and contact you if your profile matches our requirements.\n\nBest regards\nGraduate Recruitment\nArdvale Energy plc",
    ),
    # --- 9 Merrow & Pike (Eightfold) ------------------------------------------------------
    m(
        "72020",
        "2025-10-19 12:50",
        "Merrow & Pike Careers <careers@merrowpike.eightfold.ai>",
        "We've received your application",
        A("confirmation", MP, MPR, 9, "other"),
        html="<table width='600'><tr><td><img alt='M&amp;P'></td></tr><tr><td><p>Hi Isla,</p><p>Thanks for applying for <b>Graduate Commercial Scheme 2026</b>. We're excited you want to grow with us.</p><p>Our early careers team reviews every application. You'll hear from us within three weeks.</p><p>Team M&amp;P</p></td></tr></table>",
    ),
    m(
        "72021",
        "2025-11-07 09:30",
        "Merrow & Pike Careers <careers@merrowpike.eightfold.ai>",
        "Your application with Merrow & Pike",
        A("rejection", MP, MPR, 9, "other"),
        html="<p>Hi Isla,</p><p>Thank you for applying for the Graduate Commercial Scheme 2026 and for your patience while we reviewed applications.</p><p>We've had an amazing response this year and have decided to move forward with other applicants whose experience more closely matches what we need right now.</p><p>This wasn't an easy decision. We'll keep your profile on file and may reach out about future roles.</p><p>Best wishes,<br>Early Careers, Merrow &amp; Pike Retail Group Ltd</p>",
    ),
    # --- 10 Ochil Data (LinkedIn, founder on Gmail) - ghosted after interview -------------
    m(
        "72030",
        "2025-11-10 13:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Isla, your application was sent to Ochil Data",
        A("confirmation", OD, ODR, 10, "linkedin"),
        "Your application was sent to Ochil Data\n\nJunior Data Analyst\nOchil Data · Edinburgh, Scotland, United Kingdom (Hybrid)\n\nApplied on 10 November 2025\n\nView application: https://www.linkedin.com/jobs/view/4129934512\n\nNow, take these next steps for more success with your job search...",
    ),
    m(
        "72031",
        "2025-11-12 08:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Ochil Data",
        A("viewed", OD, ODR, 10, "linkedin"),
        html="<p>Isla, good news!</p><p>Your application for <b>Junior Data Analyst</b> was viewed by <b>Ochil Data</b>.</p><p><a href='https://www.linkedin.com/jobs/view/4129934512'>View job</a></p>",
    ),
    m(
        "72032",
        "2025-11-14 22:48",
        "Gregor Mackintosh <gregor.mackintosh81@gmail.com>",
        "coffee?",
        A("interview", OD, ODR, 10, "direct"),
        "Hi Isla\n\nGregor here, one of the two founders at Ochil Data - saw your application for the junior analyst role come through on LinkedIn. Your dissertation sounds right up our street (we do demand forecasting for small retailers).\n\nWould you be up for a coffee and a chat next week? Say Wednesday 19th, 10am at Lowdown on George St? Informal, but I'll probably ask you to talk me through a bit of SQL.\n\nCheers\nGregor\n\nsent from my phone",
    ),
    m(
        "72033",
        "2025-11-20 19:05",
        "Gregor Mackintosh <gregor.mackintosh81@gmail.com>",
        "Re: coffee?",
        A("interview", OD, ODR, 10, "direct"),
        "Great to meet you yesterday Isla. I'll chat to Ruth (co-founder) and get back to you about a second conversation before Christmas.\n\nG\n\nOn Fri, 14 Nov 2025 at 22:48, Gregor Mackintosh wrote:\n> Would you be up for a coffee and a chat next week?",
    ),
    # --- 11 Corrie Actuarial Partners (tal.net, Cappfinity) -------------------------------
    m(
        "72040",
        "2025-10-01 17:17",
        "Corrie Actuarial Graduate Recruitment <noreply@corrie-actuarial.tal.net>",
        "Thank you for applying to Corrie",
        A("confirmation", CA, CAR, 11, "other"),
        "Dear Isla,\n\nThank you for your application for the Actuarial Graduate Trainee 2026 programme at Corrie Actuarial Partners LLP.\n\nAll applicants are asked to complete an online assessment. You'll receive an invitation from our assessment partner Cappfinity within 24 hours.\n\nCorrie - Graduate Recruitment",
    ),
    m(
        "72041",
        "2025-10-02 08:09",
        "Cappfinity <no-reply@cappfinity.com>",
        "Corrie: your Numerical Reasoning and Situational Strengths assessment",
        A("assessment", CA, CAR, 11, "other"),
        html="<p>Hi Isla,</p><p>Corrie Actuarial Partners has invited you to complete a Cappfinity assessment (numbers, situational strengths and a short critical reasoning section).</p><p><a href='https://corrie.cappfinity.com/a/63310'>Start your assessment</a></p><p>Deadline: 9 October 2025.</p>",
    ),
    m(
        "72042",
        "2025-10-21 10:00",
        "Corrie Actuarial Graduate Recruitment <noreply@corrie-actuarial.tal.net>",
        "Your application to the 2026 Graduate Programme",
        A("rejection", CA, CAR, 11, "other"),
        "Dear Isla,\n\nThank you for your interest in Corrie and the time you have spent on your application and assessment.\n\nHaving reviewed your results alongside those of other candidates, we are sorry to tell you that we will not be progressing your application further.\n\nWe wish you the best of luck in your future career.\n\nCorrie - Graduate Recruitment",
    ),
    # --- 12 Northlight Analytics (Gradcracker) --------------------------------------------
    m(
        "72050",
        "2025-11-02 15:51",
        "Gradcracker <noreply@gradcracker.com>",
        "Application submitted: Graduate Quantitative Analyst - Northlight Analytics",
        A("confirmation", NA, NAR, 12, "other"),
        html="<p>Hi Isla,</p><p>You've applied for <b>Graduate Quantitative Analyst</b> at <b>Northlight Analytics</b> (Manchester). The employer will contact you directly about the next steps.</p><p>Good luck!<br>The Gradcracker Team</p>",
    ),
    m(
        "72051",
        "2025-12-03 11:11",
        "Northlight Analytics Talent <talent@northlight-analytics.com>",
        "Graduate Quantitative Analyst - application outcome",
        A("rejection", NA, NAR, 12, "direct"),
        "Hi Isla,\n\nThank you for applying to Northlight via Gradcracker. We have reviewed your application against our criteria for this role, which require strong Python and some C++ experience, and unfortunately we won't be moving forward.\n\nThanks again,\nNorthlight Talent Team",
    ),
    # --- 13 Banc Mara, Dublin (Workday, SHL) ----------------------------------------------
    m(
        "72060",
        "2025-10-26 20:20",
        "Banc Mara Careers <bancmara@myworkday.com>",
        "Banc Mara - Application Received",
        A("confirmation", BM, BMR, 13, "workday"),
        "Hi Isla,\n\nThank you for applying for Graduate Programme 2026 - Economics & Strategy (Dublin). Your application is now with our Graduate Recruitment team.\n\nIf shortlisted, you will receive an SHL assessment link.\n\nBanc Mara DAC, regulated by the Central Bank of Ireland.",
    ),
    m(
        "72061",
        "2025-10-28 07:30",
        "SHL Assessments <no-reply@shl.com>",
        "Banc Mara DAC has invited you to complete an assessment",
        A("assessment", BM, BMR, 13, "other"),
        html="<p>Hello Isla Drummond,</p><p><b>Banc Mara DAC</b> has invited you to complete: Verify Interactive - Deductive Reasoning; Graduate Personality Questionnaire (OPQ).</p><p>Complete by: 04/11/2025 23:59 GMT</p><p><a href='https://candidate.shl.com/start?t=BMGP26'>Start assessment</a></p>",
    ),
    m(
        "72062",
        "2025-11-18 13:44",
        "Banc Mara Careers <bancmara@myworkday.com>",
        "Application update",
        A("rejection", BM, BMR, 13, "workday"),
        "Hi Isla,\n\nThank you for completing your online assessment for the Graduate Programme 2026 - Economics & Strategy. We appreciate the effort you put in.\n\nUnfortunately we will not be progressing your application to the next stage. Please don't be discouraged: we received over 4,000 applications for 35 places.\n\nBanc Mara Graduate Recruitment",
    ),
    # --- 14 Tay Valley Water (Oleeo) - ghosted -------------------------------------------
    m(
        "72070",
        "2025-11-06 21:03",
        "Isla Drummond <s2094417@sms.canongate.ac.uk>",
        "Fwd: Application received",
        A("confirmation", TV, TVR, 14, "other"),
        "(forwarding to my gmail so I have everything in one place)\n\n---------- Forwarded message ---------\nFrom: Tay Valley Water Recruitment <noreply@tayvalleywater.tal.net>\nDate: Thu, 6 Nov 2025 at 20:58\nSubject: Application received\nTo: <s2094417@sms.canongate.ac.uk>\n\nHello Isla,\n\nThanks for applying for our Finance Graduate Scheme. We'll look at all applications after the closing date of 30 November. If you are not selected for interview we will try to let you know, but due to the volume of applications this may not always be possible.\n\nTay Valley Water Ltd",
    ),
    # --- 15 Pennyroyal Pay via Kinloch Graduate Recruitment (agency) -----------------------
    m(
        "72080",
        "2025-11-25 10:31",
        "Euan Fairlie <euan@kinlochgrads.co.uk>",
        "Graduate Risk Analyst - leading Edinburgh fintech",
        ("outreach", None, PPR, None, "agency", "en"),
        "Hi Isla,\n\nI came across your CV on Bright Network and wanted to reach out. I'm working with a leading payments fintech in Edinburgh (Series C, ~300 staff) who are hiring two Graduate Risk Analysts to start in summer 2026. £32k + bonus, hybrid 3 days in the office.\n\nThey like economics/maths grads with some Python or R. Would you be open to a quick call this week?\n\nBest,\nEuan Fairlie\nSenior Consultant | Kinloch Graduate Recruitment\n0131 555 0147",
    ),
    m(
        "72081",
        "2025-11-27 16:02",
        "Euan Fairlie <euan@kinlochgrads.co.uk>",
        "RE: Graduate Risk Analyst - leading Edinburgh fintech",
        A("confirmation", PP, PPR, 15, "agency"),
        "Hi Isla,\n\nGreat speaking earlier. As discussed, the client is Pennyroyal Pay - I've now submitted your CV to their hiring manager for the Graduate Risk Analyst role. I'll let you know as soon as I hear back, usually within a week.\n\nBest,\nEuan",
    ),
    m(
        "72082",
        "2025-12-04 12:20",
        "Euan Fairlie <euan@kinlochgrads.co.uk>",
        "Pennyroyal - interview Tues",
        A("interview", PP, PPR, 15, "agency"),
        "Hi Isla,\n\nGood news - Pennyroyal would like to meet you. First-stage interview on Tuesday 9 December at 10:00, video call with Hamish Dow (Head of Credit Risk) - 45 mins, competency plus a short case about fraud rates.\n\nI've pencilled it in; invite below. Shout if you want a prep call on Monday.\n\nEuan",
        ics={
            "organizer": ("Euan Fairlie", "euan@kinlochgrads.co.uk"),
            "uid": "kgr-ppay-drummond-1@kinlochgrads.co.uk",
            "start": at("2025-12-09 10:00"),
            "minutes": 45,
            "summary": "Isla Drummond / Pennyroyal Pay - 1st stage (Hamish Dow)",
            "location": "Google Meet",
        },
    ),
    m(
        "72083",
        "2025-12-12 17:45",
        "Euan Fairlie <euan@kinlochgrads.co.uk>",
        "Feedback from Pennyroyal",
        A("rejection", PP, PPR, 15, "agency"),
        "Hi Isla,\n\nI've had feedback from Hamish. He liked your energy and said your case answer was well structured, but they've decided to go with two candidates who had previous internships in risk. So it's a no this time, I'm afraid.\n\nI've got a couple of other grad roles coming up in January that might suit - I'll be in touch.\n\nEuan",
    ),
    # --- 16 Edinburgh Institute for Fiscal Research (university portal) -------------------
    m(
        "72090",
        "2025-11-29 11:00",
        "MyCareerHub <no-reply@mycareerhub.canongate.ac.uk>",
        "Application submitted: Research Assistant (Graduate)",
        A("confirmation", EF, EFR, 16, "other"),
        "Dear Isla,\n\nYou have successfully applied for Research Assistant (Graduate) at Edinburgh Institute for Fiscal Research through MyCareerHub.\n\nThe employer will see your CV and cover letter. Check the vacancy page for the employer's timeline.\n\nCareers Service, University of Canongate",
    ),
    m(
        "72091",
        "2026-01-09 14:14",
        "Dr Anna Kowalczyk <a.kowalczyk@eifr.org.uk>",
        "EIFR Research Assistant - interview invitation",
        A("interview", EF, EFR, 16, "direct"),
        "Dear Isla,\n\nThank you for your application to EIFR. We would like to invite you to interview on Friday 16 January at 14:30, at our offices at 9 Randolph Place. The panel will be me and Professor David Learmonth. The interview will last 40 minutes and will include a short data task on a laptop we provide.\n\nPlease confirm by reply.\n\nBest wishes,\nAnna\n\nDr Anna Kowalczyk\nSenior Research Fellow\nEdinburgh Institute for Fiscal Research (EIFR) - a registered Scottish charity, SC051772",
    ),
    m(
        "72092",
        "2026-01-23 09:48",
        "Dr Anna Kowalczyk <a.kowalczyk@eifr.org.uk>",
        "EIFR Research Assistant",
        A("rejection", EF, EFR, 16, "direct"),
        "Dear Isla,\n\nThank you again for interviewing with us last week. We were impressed with your understanding of the Scottish income tax bands, and the panel enjoyed the conversation.\n\nUnfortunately we have decided to offer the position to another candidate on this occasion. We hope to advertise further RA posts in the summer and would welcome an application from you then.\n\nBest wishes,\nAnna",
    ),
    # --- 17 Harcourt Leland (Oleeo, Sova) -------------------------------------------------
    m(
        "72100",
        "2025-09-30 23:11",
        "Harcourt Leland Campus Recruiting <noreply@harcourtleland.tal.net>",
        "Thank you for your application",
        A("confirmation", HL, HLR, 17, "other"),
        "Dear Isla,\n\nThank you for applying for the Off-Cycle Internship - Markets Economics (London, January-June 2026) at Harcourt Leland.\n\nApplications are reviewed on a rolling basis. You will receive an invitation to our online assessment if you meet the initial criteria.\n\nHarcourt Leland International plc",
    ),
    m(
        "72101",
        "2025-10-01 09:00",
        "Sova Assessment <noreply@sovaassessment.com>",
        "Harcourt Leland - Your Online Assessment",
        A("assessment", HL, HLR, 17, "other"),
        html="<p>Dear Isla,</p><p>Thank you for your interest in <b>Harcourt Leland</b>. Please complete your integrated online assessment within 5 days.</p><p><a href='https://harcourtleland.sovaonline.com/candidate/login?c=P9Z'>Start now</a></p>",
    ),
    m(
        "72102",
        "2025-10-15 18:20",
        "Harcourt Leland Campus Recruiting <noreply@harcourtleland.tal.net>",
        "Off-Cycle Internship - Markets Economics: application status",
        A("rejection", HL, HLR, 17, "other"),
        "Dear Isla,\n\nThank you for taking the time to complete our online assessment. We have carefully reviewed your results and, regrettably, we are unable to offer you a place at the next stage of the process on this occasion.\n\nDue to the volume of applications, we cannot provide individual feedback.\n\nHarcourt Leland Campus Recruiting",
    ),
    # --- 18 Mossgiel Partners (Bright Network) - ghosted ---------------------------------
    m(
        "72110",
        "2025-10-30 20:40",
        "Bright Network <hello@brightnetwork.co.uk>",
        "You've applied to Mossgiel Partners",
        A("confirmation", MG, MGR, 18, "other"),
        html="<p>Hi Isla,</p><p>Your application to <b>Associate Consultant (Graduate) 2026</b> at <b>Mossgiel Partners</b> has been sent.</p><p>While you wait, why not read our guide to consulting case interviews?</p><p>Bright Network</p>",
    ),
    # --- 19 Quarrelwood plc (Workday, Arctic Shores, HireVue) - withdrawn ------------------
    m(
        "72120",
        "2025-10-12 15:36",
        "Quarrelwood Careers <quarrelwood@myworkday.com>",
        "Thanks for applying to Quarrelwood",
        A("confirmation", QW, QWR, 19, "workday"),
        "Hi Isla,\n\nThanks for applying for the Future Leaders Graduate Scheme - Finance. We can't wait to find out more about you.\n\nNext, we'll send you a short game-based assessment from our partner Arctic Shores.\n\nQuarrelwood Brands plc - Early Talent",
    ),
    m(
        "72121",
        "2025-10-13 08:02",
        "Arctic Shores <no-reply@arcticshores.com>",
        "Quarrelwood has invited you to play",
        A("assessment", QW, QWR, 19, "other"),
        html="<div style='font-family:Arial'><p>Hi Isla,</p><p>Quarrelwood would like you to complete a short series of game-based tasks. Please finish by <b>20 October</b>.</p><p><a href='https://play.arcticshores.com/c/QW-FL26/5520'>Get started</a></p></div>",
    ),
    m(
        "72122",
        "2025-11-11 11:50",
        "HireVue <noreply@hirevue.com>",
        "Quarrelwood Brands - Future Leaders video interview",
        A("assessment", QW, QWR, 19, "hirevue"),
        html="<p>Hello Isla,</p><p>Quarrelwood Brands has invited you to complete a HireVue video interview for <b>Future Leaders Graduate Scheme - Finance</b>.</p><p><a href='https://app.hirevue.com/interviews/quarrelwood/fl26fin/5520'>Start Interview</a></p><p>Complete by 21 November 2025.</p>",
    ),
    m(
        "72123",
        "2026-01-10 10:12",
        "Quarrelwood Careers <quarrelwood@myworkday.com>",
        "Your application has been withdrawn",
        A("confirmation", QW, QWR, 19, "workday"),
        "Hi Isla,\n\nThis is to confirm that you have withdrawn your application for Future Leaders Graduate Scheme - Finance. We're sorry to see you go and wish you well.\n\nIf you change your mind, you're welcome to apply for future programmes.\n\nQuarrelwood Early Talent",
        st="withdrawn",
    ),
    # --- 20 Dunmore Pensions (Prospects -> SuccessFactors) ---------------------------------
    m(
        "72130",
        "2025-11-16 19:19",
        "Dunmore Pensions Recruitment <noreply@successfactors.eu>",
        "Your application for Graduate Investment Analyst",
        A("confirmation", DP, DPR, 20, "other"),
        "Dear Isla,\n\nThank you for your application for Graduate Investment Analyst (Req 4471). We have received your application and will review it after the closing date.\n\nBest regards\nHR Services\nDunmore Pensions Trust Ltd",
    ),
    m(
        "72131",
        "2026-02-24 08:55",
        "Dunmore Pensions Recruitment <noreply@successfactors.eu>",
        "Graduate Investment Analyst (Req 4471)",
        A("rejection", DP, DPR, 20, "other"),
        "Dear Isla,\n\nThank you for your patience. The Graduate Investment Analyst position has now been filled, and we are therefore closing all remaining applications. We appreciate your interest in Dunmore Pensions.\n\nBest regards\nHR Services",
    ),
    # --- 21 Brightwell Telecom (Milkround -> Avature, Test Partnership) --------------------
    m(
        "72140",
        "2025-11-19 12:35",
        "Brightwell Early Careers <earlycareers@brightwell.avature.net>",
        "Application confirmation - Graduate Business Analyst",
        A("confirmation", BT, BTR, 21, "other"),
        "Hi Isla,\n\nThanks for applying for Graduate Business Analyst at Brightwell. You found us on Milkround - great! Next, please complete our online tests; the link will arrive from Test Partnership.\n\nBrightwell Telecom Ltd",
    ),
    m(
        "72141",
        "2025-11-19 12:40",
        "Test Partnership <noreply@testpartnership.com>",
        "Brightwell Telecom - online assessment invitation",
        A("assessment", BT, BTR, 21, "other"),
        "Dear Isla Drummond,\n\nBrightwell Telecom has invited you to complete: Verbal Reasoning (Verbatim) and Numerical Reasoning (Numerate).\n\nDeadline: 26/11/2025\nLink: https://assess.testpartnership.com/brightwell/invite/R77WQ2\n\nTest Partnership Ltd",
    ),
    m(
        "72142",
        "2025-12-08 17:00",
        "Brightwell Early Careers <earlycareers@brightwell.avature.net>",
        "Update on your Brightwell application",
        A("rejection", BT, BTR, 21, "other"),
        "Hi Isla,\n\nThanks for completing your tests. You scored well in the numerical test, but your overall results didn't quite meet the benchmark for the Graduate Business Analyst role, so we won't be moving you forward this time.\n\nWe really appreciate the time you gave us.\n\nBrightwell Early Careers",
    ),
    # --- 22 Inchcolm Capital (TARGETjobs) - ghosted ---------------------------------------
    m(
        "72150",
        "2025-12-01 09:27",
        "TARGETjobs <noreply@targetjobs.co.uk>",
        "Your application to Inchcolm Capital has been submitted",
        A("confirmation", IC, ICR, 22, "other"),
        html="<p>Hi Isla,</p><p>Your application for <b>Graduate Analyst Programme (Dublin)</b> at <b>Inchcolm Capital</b> was submitted on 1 December 2025.</p><p>Inchcolm Capital will contact you about the next steps.</p><p>TARGETjobs</p>",
    ),
]
