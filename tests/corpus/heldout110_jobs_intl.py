# ruff: noqa: E501, RUF100
"""Corpus 110, job mail from Texas and US corporate offices (data only): see heldout110.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """US Central time (Texas): daylight time until 2 November 2025."""
    return "-0500" if day < "2025-11-02" else "-0600"


m = partial(dated_spec, tz)


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


def ev(start, summary, org, uid, minutes=30, location="", description=""):
    return {
        "start": f"{start}:00 {tz(start[:10])}",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "uid": uid,
        "location": location,
        "description": description,
    }


NX, NXR = "Nexlam Electronics", "Quality Engineer (Apodaca, NL)"
VO, VOR = "Voltaria", "Manufacturing Quality Engineer"
LP, LPR, LPR2 = "Lonestar Precision Castings", "Quality Engineer", "Supplier Quality Engineer"
RB, RBR = "Rio Bravo Medical", "Process Engineer II"
CI, CIR = "Calloway Industrial", "Quality Engineer - Bilingual"
PS, PSR = "Pinecrest Semiconductor", "Process Quality Engineer"
TA, TAR = "Tejas Auto Interiors", "Quality Engineer"
HW, HWR = "Harlow Aerospace", "Manufacturing Engineer II"

MAIL: list[dict[str, Any]] = [
    # --- 10 Nexlam Electronics (iCIMS, corporate in El Paso for the Apodaca maquila) ------
    m(
        "77201",
        "2025-09-12 15:33",
        "Nexlam Electronics Talent Acquisition <nexlam-talent@talent.icims.com>",
        "Thank you for your application",
        A("confirmation", NX, NXR, 10, "icims"),
        "Hi Daniela,\n\nThank you for your interest in Nexlam Electronics! We have received your application for Quality Engineer (Apodaca, NL) (Job ID 2025-6120).\n\nOur recruiting team reviews every application. If your skills and experience are a match, we will contact you to discuss next steps. If you are not selected for this position, we will keep your profile on file and let you know about other roles that fit.\n\nBest regards,\nNexlam Talent Acquisition\nNexlam Electronics de México, S. de R.L. de C.V. | Nexlam Electronics, Inc.",
    ),
    m(
        "77202",
        "2025-09-18 09:05",
        "Kyle Whitaker <kyle.whitaker@nexlam.com>",
        "Nexlam - Quality Engineer phone screen",
        A("interview", NX, NXR, 10, "direct"),
        "Hi Daniela,\n\nI'm the recruiter supporting our Apodaca site from our El Paso office. I'd like to set up a 30-minute phone screen to talk about the Quality Engineer role. Please grab a time that works for you here: https://calendly.com/kwhitaker-nexlam/30min\n\nThanks,\nKyle Whitaker\nSr. Technical Recruiter, Nexlam Electronics",
    ),
    m(
        "77203",
        "2025-09-18 19:41",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Daniela Garza Treviño and Kyle Whitaker on Monday, September 22, 2025",
        A("interview", NX, NXR, 10, "other"),
        "Hi Daniela Garza Treviño,\n\nYour event has been scheduled.\n\nEvent type: 30 Minute Meeting\nInvitee: Kyle Whitaker\nDate/Time: 10:00am - 10:30am, Monday, September 22, 2025 (Central Time - US & Canada)\nLocation: Kyle will call you at +52 81 ••• •• 47\n\nCancel or reschedule: https://calendly.com/cancellations/9c2e",
        ics=ev(
            "2025-09-22 10:00",
            "Daniela Garza Treviño and Kyle Whitaker",
            ("Kyle Whitaker", "kyle.whitaker@nexlam.com"),
            "calendly-9c2e5a7b@calendly.com",
            30,
            "Phone call",
        ),
    ),
    # --- 14 Voltaria (Greenhouse) -------------------------------------------------------------
    m(
        "77210",
        "2025-09-24 14:02",
        "Voltaria Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Voltaria!",
        A("confirmation", VO, VOR, 14, "greenhouse"),
        "Hi Daniela,\n\nThanks for your interest in Voltaria! We received your application for Manufacturing Quality Engineer (Santa Catarina, Mexico).\n\nOur team is reviewing applications and will reach out if there's a fit. We're building the future of electric commercial fleets, and we appreciate you considering us.\n\nCheers,\nThe Voltaria Talent Team",
    ),
    m(
        "77211",
        "2025-10-21 17:14",
        "Voltaria Recruiting <no-reply@us.greenhouse-mail.io>",
        "Update on your Voltaria application",
        A("rejection", VO, VOR, 14, "greenhouse"),
        "Hi Daniela,\n\nThank you for taking the time to apply for Manufacturing Quality Engineer. We were impressed by your background and genuinely appreciate your interest in Voltaria.\n\nUnfortunately, we've decided to move forward with other candidates whose experience more closely aligns with what we need right now. We'll keep your information on file.\n\nBest of luck in your search,\nThe Voltaria Talent Team",
    ),
    # --- 18 Lonestar Precision Castings (Workday) ---------------------------------------------
    m(
        "77220",
        "2025-09-30 20:18",
        "Lonestar Precision Castings <lpcastings@myworkday.com>",
        "Application Received - Quality Engineer",
        A("confirmation", LP, LPR, 18, "workday"),
        "Dear Daniela Garza Treviño,\n\nThank you for applying to the Quality Engineer (JR-10552) position in San Antonio, TX. We have received your application and will review your qualifications.\n\nPlease note: this role requires work authorization in the United States. You can check the status of your application in the Candidate Home section of our careers site.\n\nRegards,\nTalent Acquisition\nLonestar Precision Castings, LLC",
    ),
    m(
        "77221",
        "2025-10-07 21:00",
        "Lonestar Precision Castings <lpcastings@myworkday.com>",
        "Regarding your application for Quality Engineer",
        A("rejection", LP, LPR, 18, "workday"),
        "Dear Daniela,\n\nThank you for your interest in Lonestar Precision Castings. We appreciate the time you invested in applying for the Quality Engineer (JR-10552) role.\n\nAfter reviewing your application, we have decided not to move forward at this time.\n\nWe wish you success in your career.\n\nTalent Acquisition",
    ),
    # --- 24 Lonestar re-application ----------------------------------------------------------
    m(
        "77222",
        "2026-01-27 22:09",
        "Lonestar Precision Castings <lpcastings@myworkday.com>",
        "Application Received - Supplier Quality Engineer",
        A("confirmation", LP, LPR2, 24, "workday"),
        "Dear Daniela Garza Treviño,\n\nThank you for applying to the Supplier Quality Engineer (JR-11207) position in Monterrey, NL (hybrid, supporting San Antonio). We have received your application and will review your qualifications.\n\nRegards,\nTalent Acquisition\nLonestar Precision Castings, LLC",
    ),
    # --- 19 Rio Bravo Medical (iCIMS) --------------------------------------------------------
    m(
        "77230",
        "2025-10-03 10:44",
        "Rio Bravo Medical Careers <careers-riobravomed@talent.icims.com>",
        "Your application to Rio Bravo Medical",
        A("confirmation", RB, RBR, 19, "icims"),
        html="<html><body><p>Dear Daniela,</p><p>Thank you for applying for the <b>Process Engineer II</b> position (Job ID 2025-3381) in McAllen, TX.</p><p>We will review your application and contact you if your qualifications meet our needs. You can check your status anytime in our Career Portal.</p><p>Rio Bravo Medical, Inc.<br>Talent Acquisition</p></body></html>",
    ),
    m(
        "77231",
        "2025-10-09 13:30",
        "Denise Cárdenas <dcardenas@riobravomed.com>",
        "Phone interview - Process Engineer II",
        A("interview", RB, RBR, 19, "direct"),
        "Hi Daniela,\n\nThanks for applying! I'd like to schedule a phone interview with our Engineering Manager, Tom Reyes, for Tuesday, October 14 at 2:00 PM CT. The role would cover our McAllen plant and our sister site in Reynosa, so crossing the border weekly is part of the job. Invite attached.\n\nBest,\nDenise Cárdenas\nHR Generalist | Rio Bravo Medical",
        ics=ev(
            "2025-10-14 14:00",
            "Phone Interview: Daniela Garza - Process Engineer II",
            ("Denise Cárdenas", "dcardenas@riobravomed.com"),
            "rbm-pi-1014@riobravomed.com",
            45,
            "Phone",
        ),
    ),
    m(
        "77232",
        "2025-10-24 16:05",
        "Rio Bravo Medical Careers <careers-riobravomed@talent.icims.com>",
        "Process Engineer II - Rio Bravo Medical",
        A("rejection", RB, RBR, 19, "icims"),
        "Dear Daniela,\n\nThank you for speaking with us about the Process Engineer II position. It was a pleasure learning about your experience, and we were impressed with your background in supplier quality.\n\nWe regret to inform you that we have selected another candidate for this role. This decision was not easy.\n\nWe wish you all the best.\n\nRio Bravo Medical Talent Acquisition",
    ),
    # --- 20 Calloway Industrial (Taleo), ghosted ---------------------------------------------
    m(
        "77240",
        "2025-10-06 08:52",
        "Calloway Industrial Careers <callowayind@taleo.net>",
        "Calloway Industrial - Application Confirmation",
        A("confirmation", CI, CIR, 20, "taleo"),
        "Dear Daniela Garza Treviño,\n\nThank you for applying to Quality Engineer - Bilingual (Requisition 2500913) at Calloway Industrial Holdings, Inc. in Houston, TX.\n\nYour application is under review. Should your qualifications match our requirements, a recruiter will contact you. If you are not selected, you will be notified by email.\n\nSincerely,\nCalloway Industrial Talent Acquisition\n\n*** This is an automated message. Please do not reply. ***",
    ),
    # --- 21 Pinecrest Semiconductor (Greenhouse) ---------------------------------------------
    m(
        "77250",
        "2025-10-12 11:26",
        "Pinecrest Semiconductor <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Pinecrest!",
        A("confirmation", PS, PSR, 21, "greenhouse"),
        "Hi Daniela,\n\nThank you for applying to the Process Quality Engineer role at Pinecrest Semiconductor in Austin, TX. We've received your application, and our recruiting team will review it shortly.\n\nBest,\nPinecrest Recruiting",
    ),
    m(
        "77251",
        "2025-10-16 09:00",
        "Pinecrest Semiconductor <no-reply@us.greenhouse-mail.io>",
        "Next step: online assessment for Process Quality Engineer",
        A("assessment", PS, PSR, 21, "greenhouse"),
        "Hi Daniela,\n\nThanks again for your interest in Pinecrest. As a next step, we invite you to complete a short online assessment (statistics, DOE and problem solving). It takes around 45 minutes.\n\nYou will receive a separate email from Criteria Corp with your link. Please complete it within 4 days.\n\nBest,\nPinecrest Recruiting",
    ),
    m(
        "77252",
        "2025-10-16 09:01",
        "Criteria on behalf of Pinecrest Semiconductor <noreply@criteriacorp.com>",
        "Pinecrest Semiconductor: Assessment invitation",
        A("assessment", PS, PSR, 21, "other"),
        "Hello Daniela,\n\nPinecrest Semiconductor has invited you to complete an assessment as part of your application.\n\nTo begin, go to: https://www.ondemandassessment.com/link/PSC-QE-2214\n\nGood luck!\nCriteria",
    ),
    m(
        "77253",
        "2025-10-31 15:22",
        "Pinecrest Semiconductor <no-reply@us.greenhouse-mail.io>",
        "Your application at Pinecrest",
        A("rejection", PS, PSR, 21, "greenhouse"),
        "Hi Daniela,\n\nThank you for completing the assessment and for your patience. We truly appreciate the effort you put into your application.\n\nAfter careful review, we won't be moving forward with your candidacy for the Process Quality Engineer role. We hope you'll consider Pinecrest for future roles.\n\nBest,\nPinecrest Recruiting",
    ),
    # --- 22 Tejas Auto Interiors (LinkedIn), withdrawn ---------------------------------------
    m(
        "77260",
        "2025-10-18 12:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniela, your application was sent to Tejas Auto Interiors",
        A("confirmation", TA, TAR, 22, "linkedin"),
        "Your application was sent to Tejas Auto Interiors\n\nQuality Engineer\nTejas Auto Interiors · Laredo, TX (On-site)\nApplied on Oct 18, 2025\n\nView similar jobs",
    ),
    m(
        "77261",
        "2025-10-22 08:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Tejas Auto Interiors",
        A("viewed", TA, TAR, 22, "linkedin"),
        "Tejas Auto Interiors viewed your application\n\nQuality Engineer · Laredo, TX\n\nThe hiring team reviewed your application. They may reach out if there's a fit.",
    ),
    m(
        "77262",
        "2025-11-04 14:15",
        "Melissa Ybarra <mybarra@tejasautointeriors.com>",
        "TAI - Interview invitation / Invitación a entrevista",
        A("interview", TA, TAR, 22, "direct"),
        "Hi Daniela / Hola Daniela,\n\nWe'd like to invite you to a virtual interview for the Quality Engineer position. The role supports our Laredo warehouse and our Nuevo Laredo plant (TAI de México). Interview is Monday, November 17, 10:00 AM CT, via Teams, with our Plant Quality Manager.\n\nThank you,\nMelissa Ybarra\nHR Manager\nTejas Auto Interiors, L.P.",
        ics=ev(
            "2025-11-17 10:00",
            "Interview - Quality Engineer - Daniela Garza",
            ("Melissa Ybarra", "mybarra@tejasautointeriors.com"),
            "040000008200E00074C5B7101A82E008TAI1117",
            60,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "77263",
        "2025-11-20 12:02",
        "Melissa Ybarra <mybarra@tejasautointeriors.com>",
        "RE: Withdrawing my application - Quality Engineer",
        A("confirmation", TA, TAR, 22, "direct"),
        "Hi Daniela,\n\nThank you for letting us know, and congratulations on your new position! I have withdrawn your application from our system. We enjoyed meeting you on Monday, please keep us in mind in the future.\n\nBest,\nMelissa\n\nFrom: Daniela Garza Treviño <dgarza.trevino@gmail.com>\nSent: Thursday, November 20, 2025 10:47 AM\nTo: Melissa Ybarra\nSubject: Withdrawing my application - Quality Engineer\n\nHi Melissa, thank you for the interview. I have accepted an offer in Mexico, so I would like to withdraw from the process. Thank you for your time.",
        st="withdrawn",
    ),
    # --- 23 Harlow Aerospace (Indeed), ghosted ------------------------------------------------
    m(
        "77270",
        "2025-10-25 22:31",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Manufacturing Engineer II",
        A("confirmation", HW, HWR, 23, "indeed"),
        html="<html><body><table width='600'><tr><td><p><b>indeed</b></p><p>Application submitted</p><p><b>Manufacturing Engineer II</b><br>Harlow Aerospace<br>Fort Worth, TX</p><p>The following items were sent to Harlow Aerospace: resume, answers to employer questions.</p><p>Good luck,<br>The Indeed team</p></td></tr></table></body></html>",
    ),
    # --- alerts and other job mail in English -------------------------------------------------
    m(
        "77300",
        "2025-09-14 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“quality engineer”: Nexlam Electronics and more",
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for quality engineer in Texas, United States\n\nQuality Engineer - Tejas Auto Interiors - Laredo, TX\nProcess Quality Engineer - Pinecrest Semiconductor - Austin, TX\nQuality Engineer - Lonestar Precision Castings - San Antonio, TX\n\nSee all jobs",
    ),
    m(
        "77301",
        "2025-10-19 06:45",
        "Indeed <alert@indeed.com>",
        "25+ new quality engineer jobs in Texas",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><p><b>Manufacturing Engineer II</b> - Harlow Aerospace - Fort Worth, TX - Easily apply</p><p><b>Supplier Quality Engineer</b> - Corbel Pumps - Houston, TX - $85,000 - $100,000 a year</p><p>See all jobs</p></body></html>",
    ),
    m(
        "77302",
        "2025-09-24 14:03",
        "Voltaria Recruiting <no-reply@us.greenhouse-mail.io>",
        "Join the Voltaria Talent Community",
        ("alert", None, None, None, "greenhouse", "en"),
        "Hi Daniela,\n\nWant to hear about future roles at Voltaria? Join our talent community and we'll send you openings that match your interests, plus news from our Santa Catarina plant launch.\n\nJoin now: https://voltaria.example-careers.com/community",
    ),
    m(
        "77303",
        "2025-11-08 10:00",
        "Rio Bravo Medical Careers <careers-riobravomed@talent.icims.com>",
        "How was your candidate experience?",
        ("other_job", RB, None, None, "icims", "en"),
        "Hi Daniela,\n\nYou recently interviewed with Rio Bravo Medical. Would you take 2 minutes to tell us about your experience? Your feedback helps us improve.\n\nTake the survey",
    ),
    m(
        "77304",
        "2025-12-09 11:20",
        "Jason Pratt <jpratt@gulfstaffingpartners.com>",
        "Bilingual Quality Engineer - Texas/Mexico role",
        ("outreach", None, "Bilingual Quality Engineer", None, "agency", "en"),
        "Hi Daniela,\n\nI came across your LinkedIn profile. I'm working with a Tier 1 automotive supplier with plants in Laredo and Monterrey looking for a bilingual Quality Engineer. TN visa sponsorship is possible for Mexican citizens. Open to a quick chat?\n\nJason Pratt\nGulf Staffing Partners",
    ),
    m(
        "77305",
        "2025-12-09 11:21",
        "Jason Pratt <jpratt@gulfstaffingpartners.com>",
        "Automatic reply: Bilingual Quality Engineer - Texas/Mexico role",
        ("other_job", None, None, None, "agency", "en"),
        "I am out of the office until Monday, December 15 with limited access to email. I will respond when I return.",
    ),
    m(
        "77306",
        "2026-02-10 09:15",
        "Nexlam Electronics Talent Acquisition <nexlam-talent@talent.icims.com>",
        "New jobs at Nexlam that match your profile",
        ("alert", None, None, None, "icims", "en"),
        "Hi Daniela,\n\nBased on your profile, you may be interested in these openings:\n\nSr. Quality Engineer - Apodaca, NL\nSupplier Quality Engineer - El Paso, TX\n\nView jobs",
    ),
]
