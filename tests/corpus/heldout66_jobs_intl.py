# ruff: noqa: E501
"""Corpus 66, job mail in English and through international ATSs (data only): see heldout66.py."""

from __future__ import annotations

from typing import Any

from heldout66_jobs import E, at, m

SKO, SKO1, SKO2 = (
    "Skovmark",
    "Supply Chain Analyst – Hamburg Hub",
    "Procurement Specialist, Indirect Spend",
)
MOL, MOLR = "Molo", "Inventory Planner DACH"
TES, TESR = "Tessin Pharma Distribution", "Demand Planner (m/w/d)"
FJE, FJER = "Fjelde Coffee", "Supply Planner (m/w/d)"
EMS, EMSR = "Elbe Medical Supplies", "Demand Planner (m/w/d)"

SKO_FOOT = "\n\nSkovmark Group Talent Acquisition\nSkovmark Global Business Services Hamburg · Großer Grasbrook 9 · 20457 Hamburg\nSkovmark A/S · Havnegade 40 · 1058 Copenhagen K · CVR 31 44 90 12"

MAIL: list[dict[str, Any]] = [
    # --- 3 Skovmark, Supply Chain Analyst (SuccessFactors, English) ------------------------
    m(
        "66401",
        "2025-10-15 11:26",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "Thank you for your application – Supply Chain Analyst – Hamburg Hub (Job ID 77310)",
        E("confirmation", SKO, SKO1, 3, "other"),
        "Dear Jana,\n\nThank you for applying for the position of Supply Chain Analyst – Hamburg Hub with Skovmark Group.\n\nWe have received your application and our Talent Acquisition team will review it carefully. Due to the high volume of applications we may not be able to respond to each candidate individually; if you are not selected for the next stage, you will receive a notification via this system.\n\nYou can track your application in the candidate profile."
        + SKO_FOOT,
    ),
    m(
        "66402",
        "2025-10-24 09:02",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "Next step: online assessment for Supply Chain Analyst",
        E("assessment", SKO, SKO1, 3, "other"),
        "Dear Jana,\n\nWe are pleased to invite you to the next step of our selection process: an online assessment consisting of a numerical reasoning test (25 minutes) and a short situational judgement questionnaire.\n\nPlease complete it within 5 days using this personal link:\nhttps://assess.skovmark-talent.com/invite/c1f73a\n\nTips: use a laptop, a calculator is allowed, and make sure you will not be disturbed.\n\nKind regards"
        + SKO_FOOT,
    ),
    m(
        "66403",
        "2025-11-05 14:20",
        "Mette Kjærgaard <mette.kjaergaard@skovmark.com>",
        "Interview invitation – Supply Chain Analyst, Hamburg Hub",
        E("interview", SKO, SKO1, 3, "direct"),
        "Hi Jana,\n\nThanks for completing the assessment – we would love to meet you. I have sent you a Teams invite for a 45-minute interview with Rasmus Holm (Hub Lead, Ocean Planning) and myself on Wednesday 12 November at 10:00 CET.\n\nThe conversation will be in English. Feel free to prepare a short example of a planning problem you solved with SAP data.\n\nBest regards\nMette Kjærgaard\nSenior Talent Partner, Global Business Services\nSkovmark Group",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000077310SKO",
            "start": at("2025-11-12 10:00"),
            "minutes": 45,
            "organizer": ("Mette Kjærgaard", "mette.kjaergaard@skovmark.com"),
            "attendees": [("Rasmus Holm", "rasmus.holm@skovmark.com")],
            "summary": "Skovmark | Interview Jana Behrendt – Supply Chain Analyst",
            "description": "Join Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_SkV7Mw",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "66404",
        "2025-11-21 15:35",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "Your application with Skovmark",
        E("rejection", SKO, SKO1, 3, "other"),
        "Dear Jana,\n\nThank you for the time and energy you have invested in our recruitment process for the Supply Chain Analyst – Hamburg Hub role. The team enjoyed speaking with you and appreciated your hands-on SAP experience.\n\nAfter careful consideration we have decided to move forward with another candidate whose background is more closely aligned with the analytics focus of the role.\n\nWe encourage you to keep an eye on our career site and apply for future roles that match your profile.\n\nKind regards"
        + SKO_FOOT,
    ),
    # --- 18 Skovmark, Procurement Specialist ----------------------------------------------
    m(
        "66405",
        "2025-11-03 19:44",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "Thank you for your application – Procurement Specialist, Indirect Spend (Job ID 77588)",
        E("confirmation", SKO, SKO2, 18, "other"),
        "Dear Jana,\n\nThank you for applying for the position of Procurement Specialist, Indirect Spend with Skovmark Group.\n\nWe have received your application and our Talent Acquisition team will review it carefully. Unfortunately we are not able to give individual feedback at this stage; if you are not selected, you will be notified through this system."
        + SKO_FOOT,
    ),
    m(
        "66406",
        "2025-12-02 08:50",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "Update regarding Job ID 77588",
        E("rejection", SKO, SKO2, 18, "other"),
        "Dear Jana,\n\nThank you for your interest in the Procurement Specialist, Indirect Spend position.\n\nWe have now reviewed all applications and regret to inform you that we will not be taking your application further for this role.\n\nWe wish you every success in your job search."
        + SKO_FOOT,
    ),
    # --- 4 Molo (Dutch e-commerce, Greenhouse) --------------------------------------------
    m(
        "66410",
        "2025-10-20 16:12",
        "Vandermolen Online B.V. <no-reply@greenhouse.io>",
        "Thanks for applying to Molo!",
        E("confirmation", MOL, MOLR, 4, "greenhouse"),
        "Hi Jana,\n\nThanks so much for your interest in the Inventory Planner DACH role at Molo! We've received your application and our team is reviewing it.\n\nWe know job hunting can be a lot, so we promise to get back to you either way – usually within two weeks.\n\nGroetjes,\nThe Molo Talent Team\n\nVandermolen Online B.V. · Keizersgracht 520 · Amsterdam",
    ),
    m(
        "66411",
        "2025-10-28 11:03",
        "Femke de Ridder <femke.deridder@molo.nl>",
        "Molo – let's chat about Inventory Planner DACH",
        E("interview", MOL, MOLR, 4, "direct"),
        "Hi Jana,\n\nI'm Femke, recruiter for our supply chain team. Your profile looks great and I'd love to have a 30-minute intro call. Could you pick a slot here: https://app.gem.com/schedule/femke-molo\n\nThe hiring manager sits in our Hamburg warehouse office, so you could be hybrid from there.\n\nCheers,\nFemke\nTalent Acquisition · Molo",
    ),
    m(
        "66412",
        "2025-10-29 09:15",
        "Femke de Ridder <femke.deridder@molo.nl>",
        "Invitation: Intro call Molo x Jana Behrendt @ Mon 3 Nov 2025 14:00 - 14:30 (CET)",
        E("interview", MOL, MOLR, 4, "direct"),
        "You have been invited to the following event.\n\nIntro call Molo x Jana Behrendt\nMon 3 Nov 2025 14:00 – 14:30 (Central European Time)\nJoining info: meet.google.com/qwe-mkrt-zpa\n\nInvitation from Google Calendar",
        ics={
            "uid": "3ms0lo8fd1@google.com",
            "start": at("2025-11-03 14:00"),
            "minutes": 30,
            "organizer": ("Femke de Ridder", "femke.deridder@molo.nl"),
            "summary": "Intro call Molo x Jana Behrendt",
            "description": "Google Meet: https://meet.google.com/qwe-mkrt-zpa",
            "location": "Google Meet",
        },
    ),
    m(
        "66413",
        "2025-11-07 10:40",
        "Femke de Ridder <femke.deridder@molo.nl>",
        "Case study – Inventory Planner DACH",
        E("assessment", MOL, MOLR, 4, "direct"),
        "Hi Jana,\n\nGreat talking to you on Monday! As a next step, Joost (Head of Inventory) would like you to work on a short case: a replenishment plan for our DACH warehouse ahead of Black Friday, with the data set attached. Please send back your slides by Friday 14 November and we'll schedule a session to walk through it.\n\nGood luck!\nFemke",
        attach=[
            (
                "molo_case_dach.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK molo case data",
            )
        ],
    ),
    m(
        "66414",
        "2025-11-26 17:02",
        "Molo Talent Team <no-reply@greenhouse.io>",
        "Update on your application",
        E("rejection", MOL, MOLR, 4, "greenhouse"),
        "Hi Jana,\n\nThank you for the effort you put into the case study – Joost especially liked how clearly you structured the safety-stock logic.\n\nThis was a really close call, but we've decided to continue with a candidate who has more experience with our forecasting stack. We'd love to stay in touch for future roles.\n\nAll the best,\nFemke & the Molo Talent Team",
    ),
    # --- 10 Tessin Pharma (LinkedIn, German) ----------------------------------------------
    m(
        "66420",
        "2025-10-25 12:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jana, Ihre Bewerbung wurde an Tessin Pharma Distribution gesendet",
        ("confirmation", TES, TESR, 10, "linkedin", "de"),
        html="<html><body><p>Ihre Bewerbung wurde an Tessin Pharma Distribution gesendet</p><p><b>Demand Planner (m/w/d)</b><br>Tessin Pharma Distribution · Hamburg, Deutschland</p><p><a href='https://www.linkedin.com/jobs/view/'>Bewerbung ansehen</a></p></body></html>",
    ),
    m(
        "66421",
        "2025-10-31 08:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde angesehen von Tessin Pharma Distribution",
        ("viewed", TES, TESR, 10, "linkedin", "de"),
        html="<html><body><p>Hallo Jana,</p><p>gute Neuigkeiten: Tessin Pharma Distribution hat Ihre Bewerbung für <b>Demand Planner (m/w/d)</b> angesehen.</p><p>Tipp: Nutzen Sie die Wartezeit, um Ihr Profil zu vervollständigen.</p></body></html>",
    ),
    # --- 19 Fjelde Coffee (Teamtailor, German) --------------------------------------------
    m(
        "66430",
        "2025-11-15 10:22",
        "Fjelde Coffee <no-reply@teamtailor-mail.com>",
        "Danke für deine Bewerbung!",
        ("confirmation", FJE, FJER, 19, "teamtailor", "de"),
        "Hej Jana,\n\ntack! Vielen Dank für deine Bewerbung als Supply Planner (m/w/d) in unserer Rösterei in Hamburg-Ottensen. Wir melden uns innerhalb von 14 Tagen bei dir.\n\nViele Grüße\nFjelde Coffee Roasters GmbH",
    ),
    m(
        "66431",
        "2025-12-05 15:50",
        "Fjelde Coffee <no-reply@teamtailor-mail.com>",
        "Deine Bewerbung bei Fjelde",
        ("rejection", FJE, FJER, 19, "teamtailor", "de"),
        "Hej Jana,\n\ndanke für deine Geduld! Wir haben alle Bewerbungen gelesen und uns ehrlich schwergetan. Diesmal haben wir uns für jemanden entschieden, der schon Erfahrung mit Rohkaffee-Einkauf mitbringt.\n\nWir wünschen dir alles Gute – und der nächste Kaffee geht auf uns, wenn du mal in der Rösterei vorbeikommst.\n\nFjelde Coffee",
    ),
    # --- 24 Elbe Medical Supplies (SmartRecruiters, English) -------------------------------
    m(
        "66440",
        "2025-10-07 13:02",
        "Elbe Medical Supplies <noreply@smartrecruiters.com>",
        "Your application for Demand Planner (m/w/d)",
        E("confirmation", EMS, EMSR, 24, "smartrecruiters"),
        "Dear Jana,\n\nThank you for your application for Demand Planner (m/w/d) at Elbe Medical Supplies. We have received it and will be in touch should your profile match our requirements.\n\nBest regards,\nEMS People Team\n\nThis message was sent via SmartRecruiters on behalf of Elbe Medical Supplies GmbH.",
    ),
    m(
        "66441",
        "2025-10-16 09:30",
        "Hendrik Vos <hendrik.vos@elbemedical.com>",
        "Interview – Demand Planner",
        E("interview", EMS, EMSR, 24, "direct"),
        "Dear Ms Behrendt,\n\nThank you for your application. Our planning team works in English, so I'm writing in English – hope that's fine. I'd like to invite you to a video interview on Thursday 23 October at 15:00. The invitation is attached.\n\nKind regards\nHendrik Vos\nHead of Demand & Supply Planning\nElbe Medical Supplies GmbH · Hamburg",
        ics={
            "uid": "2l9emsdp0q@google.com",
            "start": at("2025-10-23 15:00"),
            "minutes": 45,
            "organizer": ("Hendrik Vos", "hendrik.vos@elbemedical.com"),
            "summary": "Interview Demand Planner – Jana Behrendt",
            "description": "https://meet.google.com/ems-plan-dnd",
            "location": "Google Meet",
        },
    ),
    m(
        "66442",
        "2025-11-04 16:11",
        "Elbe Medical Supplies <noreply@smartrecruiters.com>",
        "Regarding your application for Demand Planner (m/w/d)",
        E("rejection", EMS, EMSR, 24, "smartrecruiters"),
        "Dear Jana,\n\nThank you for taking the time to interview with us. We were impressed by your background, but unfortunately we have decided to proceed with other candidates whose experience more closely matches our needs at this time.\n\nWe will keep your details on file and wish you the best of luck.\n\nBest regards,\nEMS People Team",
    ),
    # --- English alerts, outreach, other job mail -----------------------------------------
    m(
        "66450",
        "2025-10-10 08:00",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "Welcome to the Skovmark Talent Community",
        ("other_job", SKO, None, None, "other", "en"),
        "Dear Jana,\n\nWelcome to the Skovmark Talent Community! You will now receive job alerts for Supply Chain and Procurement roles in Hamburg and Copenhagen.\n\nSkovmark Group Talent Acquisition",
    ),
    m(
        "66451",
        "2025-11-18 08:00",
        "Skovmark Careers <skovmark-careers@successfactors.eu>",
        "New jobs matching your profile at Skovmark",
        ("alert", None, None, None, "other", "en"),
        "Dear Jana,\n\nNew jobs matching your profile:\n- Procurement Specialist, Indirect Spend – Hamburg\n- Ocean Operations Coordinator – Hamburg\n- Logistics Planner – Aarhus\n\nView and apply: https://jobs.skovmark.com",
    ),
    m(
        "66452",
        "2025-10-18 12:30",
        "Ruben Janssen <ruben@northsea-talent.nl>",
        "Supply planning role – Dutch e-com scale-up, Hamburg hub",
        ("outreach", None, "Supply Planner DACH", None, "agency", "en"),
        "Hi Jana,\n\nI'm recruiting for a fast-growing Dutch e-commerce scale-up opening a fulfilment hub near Hamburg. They need a Supply Planner for the DACH market, English-speaking team, hybrid. Would you be open to a quick chat?\n\nBest,\nRuben Janssen\nNorthSea Talent",
    ),
    m(
        "66453",
        "2025-10-21 09:44",
        "Ruben Janssen <ruben@northsea-talent.nl>",
        "Re: Supply planning role – Dutch e-com scale-up, Hamburg hub",
        ("outreach", "Molo", "Inventory Planner DACH", None, "agency", "en"),
        "Hi Jana,\n\nAh, you've already applied to Molo directly – that's exactly the client I meant. No problem at all, then I'll step back so we don't double up. Good luck!\n\nRuben\n\n> On 20 Oct 2025, Jana Behrendt wrote:\n> Hi Ruben, thanks – is this Molo by any chance? I applied there today.",
        headers={"In-Reply-To": "<66452.20251018.56@northsea-talent.nl>"},
    ),
    m(
        "66454",
        "2025-12-03 19:05",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Hiring in Hamburg: Operations Planner at Vesterhav Lines and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Jobs you may be interested in</p><p><b>Operations Planner</b> – Vesterhav Lines – Hamburg</p><p><b>Procurement Analyst</b> – Skovmark – Hamburg</p></body></html>",
    ),
    m(
        "66455",
        "2026-02-16 10:30",
        "Femke de Ridder <femke.deridder@molo.nl>",
        "New role at Molo – Senior Inventory Planner",
        ("outreach", MOL, "Senior Inventory Planner", None, "direct", "en"),
        "Hi Jana,\n\nHope you're well! We just opened a Senior Inventory Planner role and I immediately thought of you. Any chance you'd be interested, or are you happily settled?\n\nCheers,\nFemke",
    ),
    m(
        "66456",
        "2025-11-12 09:10",
        "Mette Kjærgaard <mette.kjaergaard@skovmark.com>",
        "Automatic reply: Interview invitation – Supply Chain Analyst",
        ("other_job", SKO, SKO1, None, "direct", "en"),
        "I am out of office today with limited access to e-mail. For urgent matters regarding interviews, please contact talent.gbs@skovmark.com.\n\nBest regards\nMette",
    ),
]
