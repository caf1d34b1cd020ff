# ruff: noqa: E501
"""Corpus 95, English job mail from international employers (data only): see heldout95.py."""

from __future__ import annotations

from typing import Any

from heldout95_jobs import ics, m


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


TW, TWR = "Tidewater Process Solutions", "Process Engineer – Hydrogen (f/m/d)"
HM, HMR = "Halvorsen Marine", "Mechanical Engineer – Offshore Systems"
CV, CVR = "Corvant", "Process Design Engineer (Remote, EMEA)"
NV, NVR = "Nordvik Offshore Services", "Senior Process Engineer"
MC, MCR = "Meridian Carbon", "Process Engineer, Carbon Capture (Remote – Germany)"

MAIL: list[dict[str, Any]] = [
    # --- 21 Tidewater (LinkedIn Easy Apply, then Greenhouse) ---------------------------------
    m(
        "81204",
        "2025-10-06 21:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jannik, your application was sent to Tidewater Process Solutions",
        E("confirmation", TW, TWR, 21, "linkedin"),
        html="<html><body><p>Your application was sent to <b>Tidewater Process Solutions</b></p><p>Process Engineer – Hydrogen (f/m/d)<br>Tidewater Process Solutions · Hamburg, Germany (Hybrid)</p><p>Applied on October 6, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4102938475/'>View job</a></p><p>Now, take these next steps for more success with your job search: set up alerts for similar jobs.</p><p style='font-size:10px'>This email was intended for Jannik Sörensen (Process Engineer | Verfahrenstechnik). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></body></html>",
    ),
    m(
        "81219",
        "2025-10-09 07:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Tidewater Process Solutions",
        E("viewed", TW, TWR, 21, "linkedin"),
        html="<html><body><p>Jannik, your application was viewed</p><p>A recruiter from <b>Tidewater Process Solutions</b> viewed your application for Process Engineer – Hydrogen (f/m/d).</p><p><a href='https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED'>See your applied jobs</a></p></body></html>",
    ),
    m(
        "81288",
        "2025-11-04 16:02",
        "Tidewater Process Solutions B.V. <no-reply@eu.greenhouse-mail.io>",
        "Your application to Tidewater",
        E("rejection", TW, TWR, 21, "greenhouse"),
        "Hi Jannik,\n\nThank you for your interest in Tidewater and for taking the time to apply for the Process Engineer – Hydrogen role in Hamburg.\n\nWe were impressed by your background in thermal process design. After careful consideration, however, we have decided to move forward with candidates whose experience more closely matches our current needs in electrolyser balance-of-plant.\n\nWe will keep your details on file and may reach out if a suitable opening comes up. We wish you every success in your search.\n\nKind regards,\nThe Tidewater Talent Team",
    ),
    # --- 22 Halvorsen Marine (Workday) ---------------------------------------------------------
    m(
        "81231",
        "2025-10-13 08:47",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Thank you for applying – Mechanical Engineer – Offshore Systems (JR-11873)",
        E("confirmation", HM, HMR, 22, "workday"),
        "Dear Jannik,\n\nThank you for applying for the position of Mechanical Engineer – Offshore Systems (JR-11873) with Halvorsen Marine Engineering GmbH, Hamburg.\n\nWe have received your application and our Talent Acquisition team will review it shortly. You can follow the status of your application at any time in your candidate home:\nhttps://halvorsen.wd3.myworkday.com/Halvorsen_Careers\n\nBest regards,\nHalvorsen Group Talent Acquisition",
    ),
    m(
        "81232",
        "2025-10-13 08:45",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Verify your candidate account",
        ("other_job", HM, None, None, "workday", "en"),
        "Hello,\n\nPlease verify your email address to finish creating your Halvorsen Group candidate account.\n\nVerification code: 480 215\n\nThis code expires in 15 minutes. If you did not request this, you can ignore this email.",
    ),
    m(
        "81276",
        "2025-10-27 13:30",
        "Ingrid Solberg <ingrid.solberg@halvorsen-group.com>",
        "Interview invitation: Mechanical Engineer – Offshore Systems",
        E("interview", HM, HMR, 22, "direct"),
        "Dear Jannik,\n\nThank you for your application. I would like to invite you to a first interview with me and Tobias Kranz (Engineering Manager, Hamburg) on Tuesday, 4 November, 10:00–10:45 CET via Microsoft Teams. You will find the invitation in a separate email.\n\nPlease let me know if the time does not work for you.\n\nBest regards,\nIngrid Solberg\nTalent Acquisition Partner\nHalvorsen Marine Engineering | Part of Halvorsen Group ASA\nBergen · Hamburg · Aberdeen",
    ),
    m(
        "81277",
        "2025-10-27 13:34",
        "Ingrid Solberg <ingrid.solberg@halvorsen-group.com>",
        "Interview – Jannik Sörensen – Mechanical Engineer Offshore Systems",
        E("interview", HM, HMR, 22, "direct"),
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 294 118 430 551\nPasscode: Hq8Zr4",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000HALV1104",
            "2025-11-04 10:00:00 +0100",
            "Interview – Jannik Sörensen – Mechanical Engineer Offshore Systems",
            ("Ingrid Solberg", "ingrid.solberg@halvorsen-group.com"),
            minutes=45,
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "81314",
        "2025-11-12 09:05",
        "Ingrid Solberg <ingrid.solberg@halvorsen-group.com>",
        "RE: Interview – next step",
        E("interview", HM, HMR, 22, "direct"),
        "Hi Jannik,\n\nGood news – Tobias would like you to meet the wider team. The second round is a 90-minute technical interview with a short case on a subsea manifold skid (no preparation needed). Could you do Friday, 21 November at 13:00 CET? I will send the Teams link once you confirm.\n\nBest,\nIngrid\n\nFrom: Jannik Sörensen <jannik.soerensen@posteo.de>\nSent: Wednesday, November 5, 2025 8:40 AM\nSubject: RE: Interview\n\nDear Ingrid, thank you for yesterday's conversation ...",
    ),
    m(
        "81360",
        "2025-12-05 15:44",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Your application for Mechanical Engineer – Offshore Systems",
        E("rejection", HM, HMR, 22, "workday"),
        "Dear Jannik,\n\nThank you for the time and effort you have invested in our recruitment process and for the good conversations with our team.\n\nIt was a difficult decision, but we have decided to continue with another candidate for this position. We appreciated your structured approach in the technical case and encourage you to apply for future opportunities with Halvorsen Group.\n\nWe wish you all the best for the future.\n\nKind regards,\nHalvorsen Group Talent Acquisition",
    ),
    # --- 23 Corvant (SmartRecruiters) ----------------------------------------------------------
    m(
        "81300",
        "2025-11-03 19:58",
        "Corvant Process Technologies <noreply@smartrecruiters.com>",
        "Thank you for your application to Corvant",
        E("confirmation", CV, CVR, 23, "smartrecruiters"),
        "Dear Jannik,\n\nThank you for applying for Process Design Engineer (Remote, EMEA) at Corvant Process Technologies.\n\nWe receive a high number of applications. Unfortunately, we are not able to respond to each applicant individually; if you have not heard from us within 30 days, please assume that we have moved forward with other candidates.\n\nKind regards,\nCorvant Talent Acquisition",
    ),
    m(
        "81318",
        "2025-11-13 11:20",
        "Corvant Talent Acquisition <talent@corvant-pt.com>",
        "Next step: online technical assessment",
        E("assessment", CV, CVR, 23, "direct"),
        "Hello Jannik,\n\nThank you for your interest in Corvant. As a next step, we invite you to complete our online assessment (approx. 60 minutes: process calculations, P&ID reading and a short situational part). Please complete it within 5 days:\n\nhttps://app.testgorilla.com/s/8k2m1rqp\n\nIf you have any accessibility needs, just reply to this email.\n\nBest regards,\nAmelia Hart\nTalent Acquisition, Corvant Process Technologies (Houston · Rotterdam)",
    ),
    m(
        "81330",
        "2025-11-17 09:00",
        "TestGorilla <no-reply@testgorilla.com>",
        "Reminder: your assessment for Corvant Process Technologies expires soon",
        E("assessment", CV, CVR, 23, "other"),
        'Hi Jannik,\n\nJust a friendly reminder that your assessment "Process Design Engineer – EMEA" for Corvant Process Technologies expires in 24 hours.\n\nStart assessment: https://app.testgorilla.com/s/8k2m1rqp\n\nGood luck!\nThe TestGorilla team',
    ),
    m(
        "81352",
        "2025-12-01 17:37",
        "Corvant Process Technologies <noreply@smartrecruiters.com>",
        "Update on your application",
        E("rejection", CV, CVR, 23, "smartrecruiters"),
        "Dear Jannik,\n\nThank you for completing our assessment and for your interest in joining Corvant.\n\nWe have now reviewed all results. While your profile has many strengths, we have decided not to move forward with your application for this role.\n\nWe wish you the best of luck in your career.\n\nCorvant Talent Acquisition",
    ),
    # --- 25 Nordvik Offshore Services (Teamtailor) -> ghosted -----------------------------------
    m(
        "81402",
        "2026-01-08 10:26",
        "Nordvik Offshore Services <no-reply@teamtailor-mail.com>",
        "Thanks for applying, Jannik!",
        E("confirmation", NV, NVR, 25, "teamtailor"),
        html="<html><body><p>Hi Jannik,</p><p>Thanks for applying for the role <b>Senior Process Engineer</b> in Esbjerg / Hamburg. We have received your application and will be in touch.</p><p>In the meantime, get to know us better on our <a href='https://career.nordvik-offshore.dk'>career site</a>.</p><p>Best regards,<br>Nordvik Offshore Services A/S</p></body></html>",
    ),
    # --- 26 Meridian Carbon (Ashby) -------------------------------------------------------------
    m(
        "81355",
        "2025-12-03 14:12",
        "Meridian Carbon <no-reply@ashbyhq.com>",
        "Thanks for applying to Meridian Carbon",
        E("confirmation", MC, MCR, 26, "ashby"),
        "Hi Jannik,\n\nThanks for applying to the Process Engineer, Carbon Capture (Remote – Germany) role at Meridian Carbon. Our team reviews every application by hand.\n\nIf your experience is a fit for the role, we'll reach out to schedule a call. If you are not selected to move forward, we'll let you know by email.\n\nThe Meridian team",
    ),
    m(
        "81371",
        "2025-12-09 18:40",
        "Oskar Lindgren <oskar@meridiancarbon.io>",
        "Quick intro call?",
        E("interview", MC, MCR, 26, "direct"),
        "Hi Jannik,\n\nI head up process engineering at Meridian. Loved that you've worked on amine scrubbing at pilot scale – would you have 30 minutes for an intro call next week? Grab any slot here: https://calendly.com/oskar-meridian/intro-30\n\nCheers,\nOskar",
    ),
    m(
        "81374",
        "2025-12-10 08:03",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Jannik Sörensen and Oskar Lindgren on Tue, Dec 16, 2025",
        E("interview", MC, MCR, 26, "other"),
        "Hi Jannik Sörensen,\n\nYour event has been scheduled.\n\nEvent: Intro – Meridian Carbon (30 min)\nInvitee: Oskar Lindgren\nDate: 4:00pm - 4:30pm, Tuesday, December 16, 2025 (Central European Time)\nLocation: Google Meet\n\nNeed to make changes? Cancel or reschedule: https://calendly.com/cancellations/7a1c",
        ics=ics(
            "calendly-7a1c9e2b@calendly.com",
            "2025-12-16 16:00:00 +0100",
            "Intro – Meridian Carbon (Jannik Sörensen)",
            ("Oskar Lindgren", "oskar@meridiancarbon.io"),
            minutes=30,
            location="Google Meet",
            style="google",
        ),
    ),
    m(
        "81409",
        "2026-01-09 12:55",
        "Meridian Carbon <no-reply@ashbyhq.com>",
        "Your application to Meridian Carbon",
        E("rejection", MC, MCR, 26, "ashby"),
        "Hi Jannik,\n\nThanks again for speaking with Oskar in December. We enjoyed learning about your pilot plant work.\n\nAfter a lot of thought we've decided to hire someone based in Houston for this role, as the team's centre of gravity has shifted there. We know this isn't the news you hoped for.\n\nAll the best,\nThe Meridian team",
    ),
    # --- outreach in English ----------------------------------------------------------------------
    m(
        "81250",
        "2025-10-20 09:48",
        "Rachel Duffy via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Process Engineer opportunity – leading renewables player, Hamburg",
        ("outreach", None, "Senior Process Engineer", None, "linkedin", "en"),
        "Hi Jannik,\n\nI'm a recruiter at Fennick Search, partnering with a leading renewables player on a confidential Senior Process Engineer hire in Hamburg (biomethane upgrading, EPC side). Your background looks like a strong match.\n\nWould you be open to a quick chat this week?\n\nBest,\nRachel Duffy\nPrincipal Consultant, Fennick Search (Engineering & Energy)",
    ),
    m(
        "81470",
        "2026-02-04 13:10",
        "Rachel Duffy via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Following up – Senior Process Engineer, Hamburg",
        ("outreach", None, "Senior Process Engineer", None, "linkedin", "en"),
        "Hi Jannik,\n\nJust circling back on my note from October – the role is open again after the client restructured the team. Happy to share details if the timing is better now.\n\nBest,\nRachel",
    ),
    m(
        "81315",
        "2025-11-12 17:25",
        "Tidewater Talent <careers@tidewater-ps.com>",
        "Welcome to the Tidewater Talent Community",
        ("alert", TW, None, None, "other", "en"),
        "Hi Jannik,\n\nWelcome to the Tidewater Talent Community! You'll now receive occasional updates about open roles in Process Engineering in Germany and the Netherlands that match your interests.\n\nYou can update your preferences or unsubscribe at any time.\n\nThe Tidewater Talent Team",
    ),
]
