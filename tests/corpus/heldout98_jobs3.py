# ruff: noqa: E501
"""Corpus 98, graduate job mail part three: alerts, outreach, portals (data only): see heldout98.py."""

from __future__ import annotations

from typing import Any

from heldout98_jobs import HR, HR1, TB, TBR, A, at, m

GF, GFR = "Greyfriars Investment Management", "Graduate Analyst Programme 2026"
MF, MFR = "Meridian Fiscal Advisory", "Graduate Tax Economist"


def AL(src: str) -> tuple:
    return ("alert", None, None, None, src, "en")


MAIL: list[dict[str, Any]] = [
    # --- 23 Greyfriars Investment Management (Workday) -----------------------------------
    m(
        "73001",
        "2025-10-05 09:00",
        "Greyfriars Careers <greyfriarsim@myworkday.com>",
        "Don't forget to finish your application",
        ("alert", GF, GFR, None, "workday", "en"),
        "Hi Isla,\n\nYou started an application for Graduate Analyst Programme 2026 but haven't submitted it yet. Applications close on 31 October and we review on a rolling basis, so don't leave it too late!\n\nContinue your application in Candidate Home.\n\nGreyfriars Investment Management",
    ),
    m(
        "73002",
        "2025-10-07 21:58",
        "Greyfriars Careers <greyfriarsim@myworkday.com>",
        "Greyfriars - we've received your application",
        A("confirmation", GF, GFR, 23, "workday"),
        "Hi Isla,\n\nThank you for submitting your application for Graduate Analyst Programme 2026 (R-55102). Our Early Careers team will review it and be in touch.\n\nGreyfriars Investment Management Ltd is authorised and regulated by the Financial Conduct Authority.",
    ),
    m(
        "73003",
        "2025-10-21 13:05",
        "HireVue <noreply@hirevue.com>",
        "Greyfriars IM - please complete your video interview",
        A("assessment", GF, GFR, 23, "hirevue"),
        html="<p>Hello Isla,</p><p>Greyfriars IM has invited you to complete a HireVue interview for <b>Graduate Analyst Programme 2026</b>, including a short game-based numerical section.</p><p><a href='https://app.hirevue.com/interviews/greyfriarsim/gap26/1188'>Start Interview</a></p><p>Complete by 31 October 2025.</p>",
    ),
    m(
        "73004",
        "2025-11-24 15:20",
        "Greyfriars Careers <greyfriarsim@myworkday.com>",
        "Invitation: Greyfriars Virtual Assessment Day",
        A("interview", GF, GFR, 23, "workday"),
        "Hi Isla,\n\nCongratulations! We'd like to invite you to our Virtual Assessment Day on Wednesday 3 December, 09:30-14:00 (Zoom). It includes a group investment case, a 1:1 interview with a fund manager and a Q&A with current graduates.\n\nThe calendar invitation is attached. Please accept to confirm your place.\n\nEarly Careers Team, Greyfriars",
        ics={
            "organizer": ("Greyfriars Early Careers", "earlycareers@greyfriarsim.co.uk"),
            "uid": "gim-vad-20251203-drummond@greyfriarsim.co.uk",
            "start": at("2025-12-03 09:30"),
            "minutes": 270,
            "summary": "Greyfriars Virtual Assessment Day - Graduate Analyst Programme",
            "location": "Zoom",
        },
    ),
    m(
        "73005",
        "2025-12-10 12:40",
        "Greyfriars Careers <greyfriarsim@myworkday.com>",
        "Application update",
        A("rejection", GF, GFR, 23, "workday"),
        "Hi Isla,\n\nThank you for attending our Virtual Assessment Day. You performed strongly in the group exercise and our fund managers particularly liked your questions.\n\nHowever, after a great deal of discussion we are not able to offer you a place on the Graduate Analyst Programme this year. We'll send individual written feedback within two weeks.\n\nWith best wishes,\nEarly Careers Team, Greyfriars",
    ),
    # --- 24 Meridian Fiscal Advisory LLP (LinkedIn) - ghosted ------------------------------
    m(
        "73010",
        "2026-02-02 12:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Isla, your application was sent to Meridian Fiscal Advisory LLP",
        A("confirmation", MF, MFR, 24, "linkedin"),
        "Your application was sent to Meridian Fiscal Advisory LLP\n\nGraduate Tax Economist\nMeridian Fiscal Advisory LLP · London Area, United Kingdom (On-site)\n\nApplied on 2 February 2026",
    ),
    m(
        "73011",
        "2026-02-09 09:14",
        "Olivia Brennan <olivia.brennan@meridianfiscal.co.uk>",
        "Automatic reply: Graduate Tax Economist application",
        ("other_job", MF, MFR, None, "direct", "en"),
        "Thank you for your email. I am out of the office until Monday 16 February with limited access to email. For urgent graduate recruitment queries please contact graduates@meridianfiscal.co.uk.\n\nOlivia Brennan\nGraduate Recruitment Manager\nMeridian Fiscal Advisory LLP",
    ),
    # --- portals, surveys, codes -------------------------------------------------------
    m(
        "73020",
        "2025-09-15 20:59",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Activate your candidate account",
        ("other_job", HR, None, None, "other", "en"),
        "Dear Isla,\n\nThank you for registering with Halden Rowe Early Careers. Please click the link below within 48 hours to activate your account:\n\nhttps://haldenrowe-graduates.tal.net/vx/candidate/activate/9Q4TT1\n\nIf you did not register, please ignore this email.",
    ),
    m(
        "73021",
        "2025-11-12 13:40",
        "Halden Rowe Early Careers <noreply@haldenrowe-graduates.tal.net>",
        "Thank you for attending - a quick survey",
        ("other_job", HR, HR1, None, "other", "en"),
        "Dear Isla,\n\nThank you for attending today's Virtual Assessment Centre. Whatever the outcome, we'd love to hear about your experience. The survey takes 3 minutes and is anonymous:\n\nhttps://survey.haldenrowe.co.uk/vac-2025\n\nHalden Rowe Early Careers",
    ),
    m(
        "73022",
        "2025-11-10 08:00",
        "Caledon Banking Group <caledongroup@myworkday.com>",
        "How was your application experience?",
        ("other_job", TB, TBR, None, "workday", "en"),
        "Hi Isla,\n\nYou recently applied to Thistle Bank. Help us improve by answering four quick questions about your candidate experience. Your answers won't affect any application.\n\nTake the survey\n\nCaledon Banking Group Talent Acquisition",
    ),
    m(
        "73023",
        "2025-09-22 18:30",
        "SHL Assessments <no-reply@shl.com>",
        "Your SHL candidate feedback report is ready",
        ("other_job", HR, HR1, None, "other", "en"),
        html="<p>Hello Isla,</p><p>Thank you for completing your assessment for Halden Rowe LLP. Your personal feedback report is now available in your SHL candidate account.</p><p>Note: this report is for your development only and does not indicate the outcome of your application.</p>",
    ),
    # --- alerts, communities ------------------------------------------------------------
    m(
        "73030",
        "2025-09-04 07:30",
        "Bright Network <hello@brightnetwork.co.uk>",
        "Isla, 12 new graduate jobs picked for you",
        AL("other"),
        html="<h2>Your weekly opportunities</h2><ul><li>Graduate Economist - Brackwater Economics - Edinburgh</li><li>Audit Graduate Programme - Halden Rowe - various</li><li>Data Analyst Graduate - Thistle Bank - Edinburgh</li><li>Policy Insight Intern - Carrick Foundation - London</li></ul><p><a href='https://www.brightnetwork.co.uk/graduate-jobs'>See all 12</a></p>",
    ),
    m(
        "73031",
        "2025-10-23 07:30",
        "Bright Network <hello@brightnetwork.co.uk>",
        "Closing soon: applications you might have missed",
        AL("other"),
        html="<p>Hi Isla,</p><p>These graduate schemes close in the next 7 days:</p><ul><li>Associate Consultant (Graduate) - Mossgiel Partners - closes 31 Oct</li><li>Graduate Analyst Programme - Greyfriars IM - closes 31 Oct</li><li>Trainee Economist - Carse Water Authority - closes 29 Oct</li></ul>",
    ),
    m(
        "73032",
        "2025-10-09 06:45",
        "Gradcracker <alerts@gradcracker.com>",
        "New graduate jobs matching 'Economics / Maths'",
        AL("other"),
        "Gradcracker job alert\n\n- Graduate Quantitative Analyst, Northlight Analytics, Manchester - £34,000\n- Graduate Pricing Analyst, Kerrera Insurance, Glasgow - £30,500\n- Graduate Data Scientist, Voe Energy, Aberdeen - competitive\n\nManage your alerts in your Gradcracker account.",
    ),
    m(
        "73033",
        "2025-11-13 08:10",
        "Prospects <newsletter@prospects.ac.uk>",
        "Graduate schemes still open in Scotland + how to ace assessment centres",
        AL("other"),
        html="<h1>Prospects Jobs & Advice</h1><p>Still looking? These schemes are open:</p><ul><li>Graduate Investment Analyst - Dunmore Pensions - Edinburgh</li><li>Finance Graduate Scheme - Tay Valley Water - Dundee</li></ul><h2>Advice</h2><p>Seven things assessors look for in group exercises.</p>",
    ),
    m(
        "73034",
        "2025-11-18 07:00",
        "Milkround <jobs@milkround.com>",
        "Isla, new jobs for 'graduate analyst'",
        AL("other"),
        "Milkround jobs for you\n\nGraduate Business Analyst - Brightwell Telecom - Reading / Edinburgh\nGraduate Insight Analyst - Fettercairn Foods - Glasgow\nGraduate Operations Analyst - Marr Logistics - Livingston\n\nView all jobs",
    ),
    m(
        "73035",
        "2025-11-28 06:55",
        "TARGETjobs <noreply@targetjobs.co.uk>",
        "Deadlines this week: finance and economics graduate jobs",
        AL("other"),
        html="<p>Hi Isla, here are roles that match your profile:</p><ul><li>Graduate Analyst Programme (Dublin) - Inchcolm Capital</li><li>Graduate Economist - Office for Coastal Statistics</li></ul><p>Plus: the TARGETjobs Undergraduate of the Year awards are open.</p>",
    ),
    m(
        "73036",
        "2025-10-15 17:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"graduate economist": Brackwater Economics - Graduate Economist and more',
        AL("linkedin"),
        "Your job alert for graduate economist in Edinburgh\n\n9 new jobs match your preferences.\n\nGraduate Economist\nBrackwater Economics · Edinburgh (On-site)\n\nEconomic Analyst - Graduate\nFerrydale Council · Dunfermline\n\nJunior Economist\nStrathearn Advisory · Glasgow (Hybrid)\n\nSee all jobs",
    ),
    m(
        "73037",
        "2026-01-28 17:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"graduate analyst": Meridian Fiscal Advisory LLP - Graduate Tax Economist and more',
        AL("linkedin"),
        "Your job alert for graduate analyst in United Kingdom\n\nGraduate Tax Economist\nMeridian Fiscal Advisory LLP · London (On-site) · Easy Apply\n\nGraduate Data Analyst\nPortsoy Health · Aberdeen\n\nSee all jobs",
    ),
    m(
        "73038",
        "2025-09-10 12:00",
        "Careers Service <careers@canongate.ac.uk>",
        "Careers Bulletin: Autumn Careers Fair, new vacancies and CV clinics",
        AL("other"),
        "CAREERS BULLETIN - Week 1\n\nAUTUMN CAREERS FAIR - Wed 1 October, McEwan Concourse, 11:00-15:00. Over 90 employers including Halden Rowe, Thistle Bank and the Scottish Public Finance Agency.\n\nNEW ON MYCAREERHUB\n- Graduate Economist Development Scheme - Scottish Public Finance Agency\n- Graduate Risk Analyst - Pennyroyal Pay\n- Research Assistant - Edinburgh Institute for Fiscal Research (closes 30 Nov)\n\nCV CLINICS - drop in, Tuesdays 14:00-16:00, Main Library.\n\nUnsubscribe from the Careers Bulletin.",
    ),
    m(
        "73039",
        "2026-01-20 12:00",
        "Careers Service <careers@canongate.ac.uk>",
        "Careers Bulletin: it's not too late - spring graduate vacancies",
        AL("other"),
        "CAREERS BULLETIN - January\n\nMissed the autumn deadlines? Lots of employers recruit in spring. New this week on MyCareerHub:\n- Graduate Tax Economist - Meridian Fiscal Advisory LLP\n- Junior Analyst - Craigmillar Housing Association\n- Graduate Trainee - Lothian Enterprise Trust\n\nBook a 1:1 appointment with a careers consultant through MyCareerHub.",
    ),
    m(
        "73040",
        "2025-11-05 16:50",
        "Thistle Bank Talent Community <caledongroup@myworkday.com>",
        "Welcome to the Thistle Bank Talent Community",
        ("alert", TB, None, None, "workday", "en"),
        "Hi Isla,\n\nThanks for joining our Talent Community. We'll send you news about future Thistle Bank and Caledon Banking Group opportunities, events and insight days that match your interests.\n\nEarly Careers, Caledon Banking Group",
    ),
    # --- outreach ------------------------------------------------------------------------
    m(
        "73050",
        "2025-12-15 11:32",
        "Ross Dalgleish via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Graduate Economist opportunity at Cairnpapple Consulting",
        ("outreach", "Cairnpapple Consulting", "Graduate Economist", None, "linkedin", "en"),
        "Hi Isla,\n\nI lead graduate hiring at Cairnpapple Consulting, a 40-person economics and policy consultancy in Glasgow. We have one more Graduate Economist place for September 2026 and your profile (MA Economics & Mathematics, dissertation on housing) stood out.\n\nWould you be interested in a 20-minute chat?\n\nRoss",
    ),
    m(
        "73051",
        "2026-02-11 09:05",
        "Kirsty Allan <kirsty.allan@strathmore-recruit.co.uk>",
        "Graduate analyst roles - Glasgow & Edinburgh",
        ("outreach", None, "Graduate Analyst", None, "agency", "en"),
        "Hi Isla,\n\nHope you don't mind me getting in touch. I specialise in graduate and entry-level finance and analytics roles across the Central Belt, and I have several clients recruiting graduates for summer 2026 starts (insurance, public sector, retail banking). Salaries £27-32k.\n\nIf you're still looking, send me an up-to-date CV and I'll give you a call.\n\nKind regards,\nKirsty Allan\nStrathmore Recruitment Ltd",
    ),
    m(
        "73052",
        "2026-01-06 19:40",
        "Euan Fairlie <euan@kinlochgrads.co.uk>",
        "Happy new year - January grad roles",
        ("outreach", None, "Graduate Credit Analyst", None, "agency", "en"),
        "Hi Isla,\n\nHappy new year! As promised: I have a Graduate Credit Analyst role with a well-known Scottish building society, starting July. Similar profile to Pennyroyal but more modelling. Interested?\n\nEuan\nKinloch Graduate Recruitment",
    ),
]
