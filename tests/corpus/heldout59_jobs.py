# ruff: noqa: E501
"""Corpus 59, job mail from employers, boards and ATSs (data only): see heldout59.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0500"
    return "-0600"


def m(
    key: str,
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


BR, BRR = "Brazos Health", "SDET II"
PL, PLR = "Pecan Ledger", "Senior SDET"
MP, MPR = "Mesquite Pay", "QA Automation Engineer"
QV, QVR = "Quantiva", "Senior Test Automation Engineer"
FN, FNR = "Fieldnote Labs", "Founding QA Engineer"
RB, RB1, RB2 = (
    "Redbud Logistics",
    "Software Development Engineer in Test",
    "Performance Test Engineer",
)
CH, CHR1, CHR2 = "Cobalt Harbor Software", "QA Automation Engineer", "SDET - Platform"
LS, LSR = "Lakeshore Analytics", "Automation Test Engineer"
TG, TGR = "Tejas Grid Energy", "QA Automation Lead"
BB, BBR = "Bluebonnet Clinics", "Software QA Engineer"
RW, RWR = "Ridgeway Insurance", "Test Automation Engineer"
HS, HSR = "Harbinger Security", "SDET, Endpoint"
LM, LMR = "Longhorn Mutual", "Quality Engineer III"
VP, VPR = "Verdant Pharmacy", "QA Automation Analyst"
IF, IFR = "Ironclad Freightworks", "Automation QA Engineer"
CR, CRR = "Calico Retail Group", "SDET - E-commerce"
NL, NLR = "Nimbus Ledger", "Senior QA Automation Engineer"
SH, SHR = "Stonebridge Health", "Software Engineer in Test"
GS, GSR = "Gulfstar Energy", "Automation Test Analyst"
ST, STR = "Sunbelt Telecom", "QA Automation Engineer - Mobile"

ME_ADDR = "daniel.okaforreyes@gmail.com"

MAIL: list[dict[str, Any]] = [
    # --- 1 Brazos Health (Workday, HackerRank, Teams, rejection) ---------------------------
    m(
        "71203",
        "2025-10-03 09:41",
        "Brazos Health Careers <brazoshealth@myworkday.com>",
        "Thank you for applying - SDET II (R-20418)",
        A("confirmation", BR, BRR, 1, "workday"),
        "Hi Daniel,\n\nThank you for your interest in Brazos Health. We have received your application for SDET II (R-20418) in Dallas, TX.\n\nOur talent acquisition team reviews every application carefully. If your experience is a match for the position, a member of our team will contact you about next steps. You can check the status of your application at any time by signing in to your candidate home.\n\nSincerely,\nBrazos Health Talent Acquisition\n\nThis mailbox is not monitored.",
    ),
    m(
        "71288",
        "2025-10-09 14:02",
        "HackerRank Team <support@hackerrank.com>",
        "Brazos Health has invited you to take a test",
        A("assessment", BR, BRR, 1, "hackerrank"),
        html="<html><body><p>Hi Daniel,</p><p>Brazos Health has invited you to take the <b>QA Automation - Java/Selenium</b> test as part of their hiring process.</p><p>Duration: 75 minutes<br>Test expires: Oct 14, 2025 11:59 PM CDT</p><p><a href='https://www.hackerrank.com/tests/a8f1c2/login'>Start test</a></p><p>Make sure you have a stable connection. Your webcam may be used for proctoring.</p><p>Good luck!<br>HackerRank</p></body></html>",
    ),
    m(
        "71340",
        "2025-10-16 11:25",
        "Tamika Pruitt <tamika.pruitt@brazoshealth.org>",
        "Brazos Health | Interview - SDET II",
        A("interview", BR, BRR, 1, "direct"),
        "Hello Daniel,\n\nThanks for completing the HackerRank assessment - the team liked what they saw. I'd like to set up a 60-minute Teams interview with Rahul Menon (Manager, Quality Engineering) and one of his senior engineers. The invite for Tuesday 10/21 at 1:00 PM Central is attached; let me know if that doesn't work.\n\nRegards,\nTamika Pruitt\nSenior Talent Acquisition Partner | Brazos Health\n214-555-0183",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000020418BH",
            "style": "outlook",
            "start": "2025-10-21 13:00:00 -0500",
            "minutes": 60,
            "summary": "Interview: Daniel Okafor-Reyes - SDET II (R-20418)",
            "organizer": ("Tamika Pruitt", "tamika.pruitt@brazoshealth.org"),
            "attendees": [("Rahul Menon", "rahul.menon@brazoshealth.org")],
            "location": "Microsoft Teams Meeting",
            "description": "Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BH20418",
        },
    ),
    m(
        "71422",
        "2025-10-30 16:48",
        "Brazos Health Careers <brazoshealth@myworkday.com>",
        "Your application with Brazos Health",
        A("rejection", BR, BRR, 1, "workday"),
        "Dear Daniel,\n\nThank you for the time you invested in interviewing for the SDET II position. Our team enjoyed speaking with you and appreciated learning about your work on API test frameworks.\n\nAfter careful consideration, we have decided to pursue other candidates whose qualifications more closely align with the needs of the role at this time.\n\nWe encourage you to continue exploring opportunities with Brazos Health.\n\nBest regards,\nBrazos Health Talent Acquisition",
    ),
    # --- 2 Pecan Ledger (Greenhouse, Calendly screen, onsite, ghost after final) ----------
    m(
        "71455",
        "2025-10-06 08:15",
        "Pecan Ledger <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Pecan Ledger!",
        A("confirmation", PL, PLR, 2, "greenhouse"),
        "Hi Daniel,\n\nThanks for applying for the Senior SDET role at Pecan Ledger! We're a small team in Austin building bookkeeping tools for independent restaurants, and we read every application.\n\nUnfortunately we can't reply to everyone individually right away, but if there's a fit, someone from our People team will reach out within two weeks.\n\nCheers,\nThe Pecan Ledger team",
    ),
    m(
        "71501",
        "2025-10-13 10:02",
        "Marisol Vega <marisol@pecanledger.com>",
        "Pecan Ledger - let's chat?",
        A("interview", PL, PLR, 2, "direct"),
        "Hi Daniel,\n\nI'm the recruiter at Pecan Ledger. Your Playwright + CI background stood out. Would you be up for a 30 min intro call? You can grab any open time here: https://calendly.com/marisol-pecanledger/30min\n\nTalk soon,\nMarisol",
    ),
    m(
        "71502",
        "2025-10-13 12:37",
        "Calendly <notifications@calendly.com>",
        "New Event: Daniel Okafor-Reyes - 10:30am Thu, Oct 16, 2025 - Intro call with Pecan Ledger",
        A("interview", PL, PLR, 2, "other"),
        "Hi Daniel Okafor-Reyes,\n\nA new event has been scheduled.\n\nEvent Type: Intro call with Pecan Ledger\nInvitee: Daniel Okafor-Reyes\nEvent Date/Time: 10:30am - 11:00am Thursday, October 16, 2025 (Central Time - US & Canada)\nLocation: Google Meet (link in the calendar invite)\n\nCancel or reschedule: https://calendly.com/cancellations/7c1d",
        ics={
            "uid": "calendly-7c1d-pecan@calendly.com",
            "start": "2025-10-16 10:30:00 -0500",
            "minutes": 30,
            "summary": "Daniel Okafor-Reyes and Marisol Vega",
            "organizer": ("Marisol Vega", "marisol@pecanledger.com"),
            "location": "https://meet.google.com/pkl-ewqa-zzt",
        },
    ),
    m(
        "71560",
        "2025-10-22 15:20",
        "Marisol Vega <marisol@pecanledger.com>",
        "Re: Pecan Ledger - next steps",
        A("interview", PL, PLR, 2, "direct"),
        "Hi Daniel,\n\nGreat news - the team would like to bring you in for the virtual onsite: a 60 min test-design session with Owen (Eng Manager), a 45 min pairing session writing Playwright tests against our staging app, and a 30 min chat with our CTO. I've sent the invites for Thursday Oct 30 starting 1pm CT.\n\nMarisol\n\nOn Thu, Oct 16, 2025 at 11:04 AM Daniel Okafor-Reyes <daniel.okaforreyes@gmail.com> wrote:\n> Thanks Marisol, enjoyed the call. Looking forward to hearing about next steps.",
        ics={
            "uid": "pl-onsite-3391@pecanledger.com",
            "start": "2025-10-30 13:00:00 -0500",
            "minutes": 135,
            "summary": "Pecan Ledger virtual onsite - Daniel Okafor-Reyes",
            "organizer": ("Marisol Vega", "marisol@pecanledger.com"),
            "attendees": [("Owen Kirkland", "owen@pecanledger.com")],
            "location": "https://meet.google.com/pkl-onst-qqq",
        },
    ),
    # --- 3 Mesquite Pay, mail from parent Halvorsen Financial Group (iCIMS) ---------------
    m(
        "71611",
        "2025-10-08 19:12",
        "Halvorsen Financial Group <careers@halvorsenfg.icims.com>",
        "We received your application",
        A("confirmation", MP, MPR, 3, "icims"),
        "Dear Daniel Okafor-Reyes,\n\nThank you for applying for the position of QA Automation Engineer (Req 2025-8812) with Mesquite Pay, a Halvorsen Financial Group company.\n\nWe will review your qualifications and contact you if they match our current needs. Should you not be selected for this role, we will keep your profile on file for future openings.\n\nHalvorsen Financial Group Talent Acquisition\n\nHalvorsen Financial Group is an Equal Opportunity Employer.",
    ),
    m(
        "71664",
        "2025-10-24 09:30",
        "Jenna Albright <jalbright@halvorsenfg.com>",
        "Phone screen - QA Automation Engineer",
        A("interview", MP, MPR, 3, "direct"),
        "Hi Daniel,\n\nI'm a recruiter with Halvorsen Financial Group supporting our Mesquite Pay business. I'd like to schedule a 30 minute phone screen for the QA Automation Engineer role. Are you available Tuesday 10/28 at 2:00 PM or Wednesday 10/29 at 10:00 AM Central?\n\nThank you,\nJenna Albright\nTalent Acquisition | Halvorsen Financial Group\nIrving, TX",
    ),
    m(
        "71705",
        "2025-11-11 13:55",
        "Halvorsen Financial Group <careers@halvorsenfg.icims.com>",
        "Update regarding Req 2025-8812",
        A("rejection", MP, MPR, 3, "icims"),
        "Dear Daniel,\n\nThank you for your interest in the QA Automation Engineer opening. We appreciated the opportunity to learn more about you.\n\nWe have reviewed your background against the requirements for this position and regret to inform you that we will not be moving forward at this time.\n\nWe wish you success in your search.\n\nHalvorsen Financial Group Talent Acquisition",
    ),
    # --- 4 Quantiva (Quantiva Technologies Pvt Ltd / QTV), Lever, Codility, offer declined
    m(
        "71720",
        "2025-11-03 10:05",
        "Quantiva <no-reply@hire.lever.co>",
        "Daniel, thanks for applying to QTV",
        A("confirmation", QV, QVR, 4, "lever"),
        "Hi Daniel,\n\nThanks for your interest in the Senior Test Automation Engineer (Remote - US) position. Our team is reviewing your application and we'll be in touch if it looks like a match.\n\nQTV Talent Team\n\nQuantiva Technologies Pvt Ltd | US office: 2100 Ross Ave, Dallas TX",
    ),
    m(
        "71744",
        "2025-11-06 08:50",
        "Codility <no-reply@codility.com>",
        "Quantiva Technologies Pvt Ltd invites you to a coding assessment",
        A("assessment", QV, QVR, 4, "codility"),
        "Hello Daniel,\n\nQuantiva Technologies Pvt Ltd has invited you to complete an online assessment for Senior Test Automation Engineer.\n\nTasks: 3\nTime limit: 110 minutes\nDeadline: November 12, 2025\n\nStart here: https://app.codility.com/c/run/qtv-7HH2K\n\nThe Codility Team",
    ),
    m(
        "71790",
        "2025-11-14 12:11",
        "Anil Deshpande <anil.deshpande@quantiva.tech>",
        "Interview - Sr Test Automation Engineer (QTV)",
        A("interview", QV, QVR, 4, "direct"),
        "Hi Daniel,\n\nCongrats on clearing the Codility round. Next is a 1 hr technical discussion with our QA architect (framework design, REST Assured, Jenkins pipelines) followed by a 30 min HR discussion. Invite for Wed 11/19, 9:30 AM CST attached (Zoom).\n\nThanks & Regards,\nAnil Deshpande\nTalent Acquisition - Americas\nQuantiva Technologies Pvt Ltd",
        ics={
            "uid": "zoom-88213344021@zoom.us",
            "start": "2025-11-19 09:30:00 -0600",
            "minutes": 90,
            "summary": "QTV | Technical + HR - Daniel Okafor-Reyes",
            "organizer": ("Anil Deshpande", "anil.deshpande@quantiva.tech"),
            "location": "https://quantiva.zoom.us/j/88213344021",
        },
    ),
    m(
        "71852",
        "2025-12-02 17:40",
        "Anil Deshpande <anil.deshpande@quantiva.tech>",
        "Offer - Senior Test Automation Engineer",
        A("offer", QV, QVR, 4, "direct"),
        "Hi Daniel,\n\nPleased to share that we'd like to extend you an offer for the Senior Test Automation Engineer position with Quantiva. Base salary $128,000, 10% annual bonus target, remote (US). Formal letter attached; please review and let us know by Dec 9.\n\nThanks & Regards,\nAnil",
        attach=[
            (
                "QTV_Offer_Letter_DOkaforReyes.pdf",
                "application/pdf",
                "%PDF-1.4 offer letter placeholder",
            )
        ],
    ),
    m(
        "71880",
        "2025-12-08 11:15",
        "Anil Deshpande <anil.deshpande@quantiva.tech>",
        "RE: Offer - Senior Test Automation Engineer",
        A("offer", QV, QVR, 4, "direct"),
        "Hi Daniel,\n\nUnderstood, and thank you for letting us know so clearly. Sorry we couldn't make the numbers work this time - we'll close out your offer on our side. All the best at your next role, and do keep QTV in mind in the future.\n\nRegards,\nAnil\n\n-----Original Message-----\nFrom: Daniel Okafor-Reyes <daniel.okaforreyes@gmail.com>\nSent: Monday, December 8, 2025 9:02 AM\nSubject: RE: Offer - Senior Test Automation Engineer\n\nHi Anil, thank you for the offer. After a lot of thought I've decided to decline - the base is too far from where I need to be, and I'd rather stay put than start somewhere unhappy about it. I really appreciated the process.",
        st="declined",
    ),
    # --- 5 Fieldnote Labs, founder writes from Gmail --------------------------------------
    m(
        "71901",
        "2025-10-20 21:14",
        "Cass Whitfield <casswhitfield.builds@gmail.com>",
        "saw your application - fieldnote",
        A("interview", FN, FNR, 5, "direct"),
        "hey Daniel -\n\nCass here, cofounder at Fieldnote (the field-inspection app, we're ~12 people in Austin). Wellfound flagged your application for our founding QA role and honestly it's the best one we've had. Could you hop on a call this Friday? anytime after 2 works. Just reply with a time and I'll send a meet link.\n\nsent from my phone, pls excuse typos\nCass",
    ),
    m(
        "71933",
        "2025-10-24 14:58",
        "Cass Whitfield <casswhitfield.builds@gmail.com>",
        "Re: saw your application - fieldnote",
        A("rejection", FN, FNR, 5, "direct"),
        "Daniel - thanks again for the time today. Real talk: after the call we decided we need someone who can also do some mobile dev for the next 6 months, and that isn't what you're after (which is totally fair). So we're going to hold off on you for this one. If we raise in the spring I'll absolutely ping you.\n\nCass\n\nOn Mon, Oct 20, 2025 at 9:40 PM Daniel Okafor-Reyes wrote:\n> Hi Cass, Friday at 3pm CT works great.",
    ),
    # --- 6,7 Redbud Logistics, two roles (Taleo); SDET -> offer accepted ----------------
    m(
        "72010",
        "2026-01-14 07:55",
        "Redbud Logistics Talent Acquisition <redbudlogistics@taleo.net>",
        "Redbud Logistics - Application Received - Software Development Engineer in Test",
        A("confirmation", RB, RB1, 6, "taleo"),
        "Dear Daniel,\n\nThank you for submitting your application for the Software Development Engineer in Test position (Job Number 26000012), Fort Worth, TX / Hybrid.\n\nYour application will be reviewed, and if your skills and experience match our requirements, a recruiter will contact you.\n\nPlease do not reply to this message.\n\nRedbud Logistics Talent Acquisition",
    ),
    m(
        "72011",
        "2026-01-14 08:03",
        "Redbud Logistics Talent Acquisition <redbudlogistics@taleo.net>",
        "Redbud Logistics - Application Received - Performance Test Engineer",
        A("confirmation", RB, RB2, 7, "taleo"),
        "Dear Daniel,\n\nThank you for submitting your application for the Performance Test Engineer position (Job Number 26000009), Fort Worth, TX / Hybrid.\n\nYour application will be reviewed, and if your skills and experience match our requirements, a recruiter will contact you.\n\nPlease do not reply to this message.\n\nRedbud Logistics Talent Acquisition",
    ),
    m(
        "72044",
        "2026-01-28 10:20",
        "Greg Haskins <greg.haskins@redbudlogistics.com>",
        "SDET opening - interview scheduling",
        A("interview", RB, RB1, 6, "direct"),
        "Good morning Daniel,\n\nI'm the hiring manager for the SDET role on our Shipment Visibility team. I'd like to set up a 45 minute video interview. I've sent a Teams invite for Tuesday Feb 3 at 11:00 AM. If that time doesn't work reply and we'll find another.\n\nGreg Haskins\nManager, Quality Engineering\nRedbud Logistics",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000RB391A",
            "style": "outlook",
            "start": "2026-02-03 11:00:00 -0600",
            "minutes": 45,
            "summary": "SDET Interview - Daniel Okafor-Reyes",
            "organizer": ("Greg Haskins", "greg.haskins@redbudlogistics.com"),
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "72080",
        "2026-02-05 16:33",
        "Redbud Logistics Talent Acquisition <redbudlogistics@taleo.net>",
        "Regarding your application for Performance Test Engineer",
        A("rejection", RB, RB2, 7, "taleo"),
        "Dear Daniel,\n\nThank you for your interest in the Performance Test Engineer position at Redbud Logistics. We received many strong applications. While your background is impressive, we have selected candidates whose experience with LoadRunner and large-scale capacity planning more closely matches this role.\n\nPlease note this decision only concerns Job Number 26000009; any other applications you have submitted remain active.\n\nRedbud Logistics Talent Acquisition",
    ),
    m(
        "72102",
        "2026-02-12 09:10",
        "Greg Haskins <greg.haskins@redbudlogistics.com>",
        "Onsite - Redbud SDET",
        A("interview", RB, RB1, 6, "direct"),
        "Daniel,\n\nThanks for the great conversation last week. We'd like to have you out to the Fort Worth office for a final round: team panel (90 min) plus lunch with two of the engineers. Does Friday 2/20 at 9:30 work? Parking is in the north garage, check in with security in lobby B.\n\nGreg",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000RB391B",
            "style": "outlook",
            "start": "2026-02-20 09:30:00 -0600",
            "minutes": 180,
            "summary": "Final round onsite - D. Okafor-Reyes (SDET)",
            "organizer": ("Greg Haskins", "greg.haskins@redbudlogistics.com"),
            "location": "Redbud Logistics HQ, 4400 Amon Carter Blvd, Fort Worth TX - Lobby B",
        },
    ),
    m(
        "72140",
        "2026-03-02 15:05",
        "Kelsey Duran <kelsey.duran@redbudlogistics.com>",
        "Your offer from Redbud Logistics",
        A("offer", RB, RB1, 6, "direct"),
        "Hi Daniel,\n\nIt was great talking with you on the phone earlier! As discussed, we're excited to offer you the position of Software Development Engineer in Test at a base salary of $134,500 plus a sign-on bonus of $7,500. You'll receive the offer letter through DocuSign shortly. Your offer is contingent on a background check.\n\nWelcome (almost) aboard!\nKelsey Duran\nTalent Acquisition Partner, Redbud Logistics",
    ),
    m(
        "72141",
        "2026-03-02 15:22",
        "Kelsey Duran via Docusign <dse_na3@docusign.net>",
        "Please DocuSign: Redbud Logistics - Offer Letter - Okafor-Reyes",
        A("offer", RB, RB1, 6, "docusign"),
        html="<html><body><table><tr><td><p>Kelsey Duran sent you a document to review and sign.</p><p style='font-size:16px'><a href='https://na3.docusign.net/Signing/EmailStart.aspx?a=rb-7731'>REVIEW DOCUMENT</a></p><p>Kelsey Duran<br>kelsey.duran@redbudlogistics.com</p><p>Daniel, please review and sign your offer letter at your earliest convenience.</p><p>Do Not Share This Email: This email contains a secure link to Docusign.</p></td></tr></table></body></html>",
    ),
    m(
        "72170",
        "2026-03-05 18:44",
        "Docusign <dse_na3@docusign.net>",
        "Completed: Redbud Logistics - Offer Letter - Okafor-Reyes",
        A("offer", RB, RB1, 6, "docusign"),
        html="<html><body><p>All parties have completed <b>Redbud Logistics - Offer Letter - Okafor-Reyes</b>.</p><p><a href='https://na3.docusign.net/Signing/view?e=rb-7731'>VIEW COMPLETED DOCUMENT</a></p><p>Powered by Docusign</p></body></html>",
        st="accepted",
    ),
    m(
        "72188",
        "2026-03-09 08:20",
        "HireRight <noreply@hireright.com>",
        "Action Required: Complete your HireRight background screening for Redbud Logistics",
        J("other_job", "other", RB, RB1),
        "Dear Daniel Okafor-Reyes,\n\nRedbud Logistics has requested that HireRight conduct a background screening as part of your application process. Please complete the online form within 3 business days.\n\nApplicant Center: https://applicant.hireright.com/login\nReference ID: HR-40318822\n\nHireRight Applicant Support",
    ),
    m(
        "72230",
        "2026-03-17 10:02",
        "HireRight <noreply@hireright.com>",
        "Your background screening is complete",
        J("other_job", "other", RB, RB1),
        "Dear Daniel,\n\nThe background screening requested by Redbud Logistics has been completed. You can view a copy of your report in the HireRight Applicant Center.\n\nHireRight",
    ),
    m(
        "72251",
        "2026-03-19 13:30",
        "Redbud People Team <onboarding@redbudlogistics.com>",
        "Welcome to Redbud! Your first day: April 6",
        J("other_job", "direct", RB, RB1),
        "Hi Daniel,\n\nWe're thrilled you're joining Redbud Logistics! Your first day is Monday, April 6, 2026. Please arrive at 8:30 AM at Lobby B; bring two forms of ID for your I-9. You'll get your laptop on day one.\n\nBefore then, please complete the new-hire forms in Workday (you'll get a separate email with your login).\n\nSee you soon,\nRedbud People Team",
    ),
    # --- 8,9 Cobalt Harbor: rejected, re-applied (Greenhouse) ------------------------------
    m(
        "72301",
        "2025-10-10 13:17",
        "Cobalt Harbor Software <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Cobalt Harbor Software",
        A("confirmation", CH, CHR1, 8, "greenhouse"),
        "Hi Daniel,\n\nThanks for applying to the QA Automation Engineer role at Cobalt Harbor! We've received your application and the hiring team will review it shortly.\n\nBest,\nCobalt Harbor Recruiting",
    ),
    m(
        "72335",
        "2025-10-27 09:01",
        "Cobalt Harbor Software <no-reply@us.greenhouse-mail.io>",
        "An update from Cobalt Harbor",
        A("rejection", CH, CHR1, 8, "greenhouse"),
        "Hi Daniel,\n\nThank you so much for your interest in Cobalt Harbor and for taking the time to apply. We were genuinely impressed by your background.\n\nThat said, we've decided to move forward with other candidates for the QA Automation Engineer position. We'll keep your information on file and hope you'll consider us again in the future.\n\nAll the best,\nCobalt Harbor Recruiting",
    ),
    m(
        "72390",
        "2026-01-20 11:44",
        "Cobalt Harbor Software <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Cobalt Harbor Software",
        A("confirmation", CH, CHR2, 9, "greenhouse"),
        "Hi Daniel,\n\nThanks for applying to the SDET - Platform role at Cobalt Harbor! We've received your application and the hiring team will review it shortly.\n\nBest,\nCobalt Harbor Recruiting",
    ),
    # --- 10 Lakeshore Analytics via Dice, then SmartRecruiters ----------------------------
    m(
        "72410",
        "2025-11-18 12:00",
        "Dice <noreply@dice.com>",
        "Your application to Automation Test Engineer was sent",
        A("confirmation", LS, LSR, 10, "other"),
        html="<html><body><h2>Application sent!</h2><p>Automation Test Engineer<br>Lakeshore Analytics &middot; Chicago, IL (Hybrid)</p><p>Your profile and resume were shared with the employer. Tip: Candidates who keep their Dice profile updated get 3x more recruiter views.</p><p><a href='https://www.dice.com/dashboard/applications'>Track your applications</a></p></body></html>",
    ),
    m(
        "72433",
        "2025-11-19 08:31",
        "Lakeshore Analytics <noreply@smartrecruiters.com>",
        "Automation Test Engineer - we got your application",
        A("confirmation", LS, LSR, 10, "smartrecruiters"),
        "Dear Daniel,\n\nThank you for applying to the Automation Test Engineer position at Lakeshore Analytics. Please take a moment to complete the short screening questionnaire so we can process your application: https://jobs.smartrecruiters.com/LakeshoreAnalytics1/questionnaire\n\nKind regards,\nLakeshore Analytics Hiring Team",
    ),
    m(
        "72480",
        "2025-12-10 14:14",
        "Lakeshore Analytics <noreply@smartrecruiters.com>",
        "Your application for Automation Test Engineer",
        A("rejection", LS, LSR, 10, "smartrecruiters"),
        "Dear Daniel,\n\nWe appreciate your interest in Lakeshore Analytics. The position you applied for has attracted many qualified candidates, and after a careful review we have decided not to continue with your candidacy. This was not an easy decision.\n\nKind regards,\nLakeshore Analytics Hiring Team",
    ),
    # --- 11 Tejas Grid Energy, LinkedIn Easy Apply ---------------------------------------
    m(
        "72501",
        "2025-10-17 22:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Daniel, your application was sent to Tejas Grid Energy",
        A("confirmation", TG, TGR, 11, "linkedin"),
        html="<html><body><p>Your application was sent to Tejas Grid Energy</p><table><tr><td><b>QA Automation Lead</b><br>Tejas Grid Energy<br>Houston, TX (Remote)</td></tr></table><p>Applied on October 17, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4100228811'>View job</a></p><p>This email was intended for Daniel Okafor-Reyes (QA Automation | SDET).</p></body></html>",
    ),
    m(
        "72522",
        "2025-10-21 09:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Tejas Grid Energy",
        A("viewed", TG, TGR, 11, "linkedin"),
        html="<html><body><p>Daniel, Tejas Grid Energy viewed your application.</p><p><b>QA Automation Lead</b> &middot; Houston, TX (Remote)</p><p>Good luck!</p></body></html>",
    ),
    m(
        "72560",
        "2025-11-04 15:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to QA Automation Lead at Tejas Grid Energy",
        A("rejection", TG, TGR, 11, "linkedin"),
        html="<html><body><p>Hi Daniel,</p><p>Thank you for your interest in the QA Automation Lead position at Tejas Grid Energy in Houston, TX. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Tejas Grid Energy.</p><p>Regards,<br>Tejas Grid Energy</p><p><a href='https://www.linkedin.com/jobs/'>Find more jobs</a></p></body></html>",
    ),
    # --- 12 Bluebonnet Clinics, Indeed -----------------------------------------------------
    m(
        "72601",
        "2025-11-07 20:41",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Software QA Engineer",
        A("confirmation", BB, BBR, 12, "indeed"),
        html="<html><body><p><b>Application submitted</b></p><p>Software QA Engineer<br>Bluebonnet Clinics - Plano, TX</p><p>The following items were sent to Bluebonnet Clinics: resume, answers to 4 screener questions.</p><p>Next steps: the employer may reach out to you via Indeed messages or email.</p></body></html>",
    ),
    m(
        "72640",
        "2025-11-25 10:10",
        "Bluebonnet Clinics via Indeed <no-reply@indeed.com>",
        "An update on your application from Bluebonnet Clinics",
        A("rejection", BB, BBR, 12, "indeed"),
        html="<html><body><p>Hi Daniel,</p><p>Thank you for applying to Software QA Engineer at Bluebonnet Clinics. After reviewing your application, the employer has decided not to move forward at this time.</p><p>Don't get discouraged - <a href='https://www.indeed.com/jobs?q=qa+automation&l=Dallas'>keep searching</a>.</p></body></html>",
    ),
    # --- 13 Ridgeway Insurance, ZipRecruiter ---------------------------------------------
    m(
        "72701",
        "2025-12-03 12:45",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "You applied to Test Automation Engineer at Ridgeway Insurance",
        A("confirmation", RW, RWR, 13, "other"),
        html="<html><body><p>Great job, Daniel! Your application was delivered.</p><p><b>Test Automation Engineer</b><br>Ridgeway Insurance &middot; Charlotte, NC &middot; $115K - $135K</p><p>We'll let you know when the employer reads it.</p></body></html>",
    ),
    m(
        "72733",
        "2025-12-05 07:12",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Ridgeway Insurance read your application",
        A("viewed", RW, RWR, 13, "other"),
        html="<html><body><p>Good news! <b>Ridgeway Insurance</b> read your application for Test Automation Engineer.</p><p>Employers that read your application are 2x more likely to reach out. Keep an eye on your inbox.</p></body></html>",
    ),
    # --- 14 Harbinger Security, Greenhouse (neutral subject rejection) -------------------
    m(
        "72801",
        "2025-11-21 16:05",
        "Harbinger Security <no-reply@us.greenhouse-mail.io>",
        "Application received: SDET, Endpoint",
        A("confirmation", HS, HSR, 14, "greenhouse"),
        "Hi Daniel,\n\nThanks for applying to the SDET, Endpoint role on our Austin team. If your background matches what we're looking for, our recruiting team will reach out. If you are not selected for this position, we'll let you know by email as well.\n\nThanks,\nHarbinger Security Talent",
    ),
    m(
        "72848",
        "2025-12-19 11:38",
        "Harbinger Security <no-reply@us.greenhouse-mail.io>",
        "Following up on your Harbinger application",
        A("rejection", HS, HSR, 14, "greenhouse"),
        "Hi Daniel,\n\nThank you for your patience. Your experience building test harnesses is impressive, and the team enjoyed reviewing your materials. Unfortunately, we've decided to move forward with candidates whose background in kernel-level and endpoint testing is a closer fit for this role.\n\nWe wish you the best of luck, and we'd welcome an application for future roles.\n\nHarbinger Security Talent",
    ),
    # --- 15 Longhorn Mutual, Workday: incomplete nudge, then confirmation, ghosted --------
    m(
        "72900",
        "2026-01-06 18:00",
        "Longhorn Mutual <longhornmutual@myworkday.com>",
        "Reminder: Finish your application",
        J("alert", "workday", LM, LMR),
        "Hi Daniel,\n\nYou started an application for Quality Engineer III (JR-104421) but haven't submitted it yet. Your progress has been saved. Sign in to your candidate home to pick up where you left off.\n\nLonghorn Mutual Careers",
    ),
    m(
        "72921",
        "2026-01-07 21:22",
        "Longhorn Mutual <longhornmutual@myworkday.com>",
        "Application Received - Quality Engineer III",
        A("confirmation", LM, LMR, 15, "workday"),
        "Dear Daniel,\n\nThank you for applying to Longhorn Mutual. We have received your application for Quality Engineer III (JR-104421). If you are not selected for further consideration, you will be notified via email, and your candidate home will be updated.\n\nLonghorn Mutual Talent Acquisition\nAustin, TX",
    ),
    # --- 16 Verdant Pharmacy, Monster -----------------------------------------------------
    m(
        "73001",
        "2025-10-29 13:13",
        "Monster <monster@notifications.monster.com>",
        "Application submitted: QA Automation Analyst",
        A("confirmation", VP, VPR, 16, "other"),
        html="<html><body><p>Hi Daniel,</p><p>Your application for <b>QA Automation Analyst</b> at <b>Verdant Pharmacy</b> (Charlotte, NC) has been submitted.</p><p>View the status of all your applications in My Jobs.</p><p>Monster Worldwide</p></body></html>",
    ),
    m(
        "73040",
        "2025-11-19 09:48",
        "Verdant Pharmacy Recruiting <talent@verdantrx.com>",
        "QA Automation Analyst position",
        A("rejection", VP, VPR, 16, "direct"),
        "Dear Daniel,\n\nThank you for applying for the QA Automation Analyst position at Verdant Pharmacy. We've had an overwhelming response. Unfortunately we are unable to offer you an interview for this role.\n\nWarm regards,\nVerdant Pharmacy Recruiting",
    ),
    # --- 17 Ironclad Freightworks, CareerBuilder, ghosted -------------------------------
    m(
        "73101",
        "2025-11-26 22:30",
        "CareerBuilder <noreply@careerbuilder.com>",
        "You applied! Automation QA Engineer at Ironclad Freightworks",
        A("confirmation", IF, IFR, 17, "other"),
        html="<html><body><p>Your application is on its way.</p><p><b>Automation QA Engineer</b><br>Ironclad Freightworks &middot; Dallas, TX</p><p>What's next? Employers typically respond within 2 weeks.</p><p>CareerBuilder</p></body></html>",
    ),
    # --- 18 Calico Retail Group, SmartRecruiters + HackerRank, rejection ----------------
    m(
        "73201",
        "2026-01-12 10:19",
        "Calico Retail Group <noreply@smartrecruiters.com>",
        "Thank you for your application - SDET - E-commerce",
        A("confirmation", CR, CRR, 18, "smartrecruiters"),
        "Dear Daniel,\n\nWe have received your application for SDET - E-commerce (Chicago, IL / Remote). Thank you for your interest in Calico Retail Group.\n\nWe will review your application and be in touch.\n\nCalico Retail Group Talent Team",
    ),
    m(
        "73230",
        "2026-01-15 09:00",
        "HackerRank <support@hackerrank.com>",
        "Invitation: Calico SDET Online Assessment",
        A("assessment", CR, CRR, 18, "hackerrank"),
        "Hi Daniel,\n\nYou have been invited by Calico Retail Group to attempt the Calico SDET Online Assessment.\n\nQuestions: 4 (2 coding, 2 MCQ)\nDuration: 60 min\nLink expires: Jan 22, 2026\n\nhttps://www.hackerrank.com/tests/calico-sdet-26/login\n\nAll the best,\nTeam HackerRank",
    ),
    m(
        "73266",
        "2026-01-29 15:45",
        "Calico Retail Group <noreply@smartrecruiters.com>",
        "Update on SDET - E-commerce",
        A("rejection", CR, CRR, 18, "smartrecruiters"),
        "Dear Daniel,\n\nThank you for completing our online assessment. After reviewing the results, we regret to let you know we will not be progressing your application further.\n\nCalico Retail Group Talent Team",
    ),
    # --- 19 Nimbus Ledger, Lever, interview, on hold ------------------------------------
    m(
        "73301",
        "2026-01-09 11:12",
        "Nimbus Ledger <no-reply@hire.lever.co>",
        "Thanks for applying, Daniel",
        A("confirmation", NL, NLR, 19, "lever"),
        "Hi Daniel,\n\nThanks for applying to Nimbus Ledger for the Senior QA Automation Engineer (Remote, US) role. We received your application and are reviewing it now.\n\nThe Nimbus Ledger team",
    ),
    m(
        "73333",
        "2026-01-16 13:40",
        "Priyanka Rao <priyanka@nimbusledger.io>",
        "Nimbus Ledger: recruiter call",
        A("interview", NL, NLR, 19, "direct"),
        "Hi Daniel,\n\nThanks for your interest in Nimbus Ledger! I'd love to find 30 minutes to talk about the Senior QA Automation Engineer role. Please pick a time using the link below:\n\nhttps://hire.lever.co/interviews/schedule/nl-4bc2\n\nBest,\nPriyanka Rao\nTechnical Recruiter, Nimbus Ledger",
    ),
    m(
        "73370",
        "2026-02-03 17:05",
        "Priyanka Rao <priyanka@nimbusledger.io>",
        "Update on Senior QA Automation Engineer",
        A("confirmation", NL, NLR, 19, "direct"),
        "Hi Daniel,\n\nI wanted to reach out personally. Thank you again for the conversations with me and with Hank. This week our leadership paused hiring for several roles, including the Senior QA Automation Engineer position, while we finalize our 2026 budget. The role is on hold for now, not closed. I'll get back to you as soon as I have clarity, likely in March.\n\nSorry for the delay, and thanks for your patience.\nPriyanka",
        st="on_hold",
    ),
    # --- 20 Stonebridge Health, forwarded referral confirmation --------------------------
    m(
        "73401",
        "2025-12-10 19:50",
        "Marcus Bell <marcus.bell78@gmail.com>",
        "Fwd: Thanks for applying to Stonebridge Health",
        A("confirmation", SH, SHR, 20, "greenhouse"),
        "Yo D, I put you in through the referral portal and this landed in my inbox instead of yours, lol. Forwarding so you have it. Good luck man, the team is solid.\n\n---------- Forwarded message ---------\nFrom: Stonebridge Health <no-reply@us.greenhouse-mail.io>\nDate: Wed, Dec 10, 2025 at 6:12 PM\nSubject: Thanks for applying to Stonebridge Health\nTo: Marcus Bell <marcus.bell@stonebridgehealth.com>\n\nHi Daniel,\n\nThanks for applying to the Software Engineer in Test role at Stonebridge Health - you were referred by Marcus Bell. Our team will review your application and get back to you.\n\nStonebridge Health Recruiting",
    ),
    m(
        "73440",
        "2026-01-05 10:00",
        "Stonebridge Health <no-reply@us.greenhouse-mail.io>",
        "Stonebridge Health - Software Engineer in Test",
        A("rejection", SH, SHR, 20, "greenhouse"),
        "Hi Daniel,\n\nThank you for your interest in Stonebridge Health and for your patience over the holidays. We've filled the Software Engineer in Test position with an internal candidate, so we won't be moving forward with other applicants.\n\nWe appreciate the referral from Marcus and hope to cross paths again.\n\nStonebridge Health Recruiting",
    ),
    # --- 21 Gulfstar Energy, Taleo, ghosted -----------------------------------------------
    m(
        "73501",
        "2026-02-09 06:55",
        "Gulfstar Energy Careers <gulfstar@taleo.net>",
        "Gulfstar Energy: Thank you for your submission",
        A("confirmation", GS, GSR, 21, "taleo"),
        "Dear Daniel Okafor-Reyes,\n\nThank you for your interest in Gulfstar Energy. This message confirms we have received your application for Automation Test Analyst (Requisition 2600142).\n\nDue to the high volume of submissions, we are unable to respond to each applicant individually. Only candidates selected for interviews will be contacted.\n\nGulfstar Energy Human Resources",
    ),
    # --- 22 Sunbelt Telecom, iCIMS, withdrawn ---------------------------------------------
    m(
        "73601",
        "2025-11-24 11:30",
        "Sunbelt Telecom Careers <careers-noreply@sunbelttel.icims.com>",
        "Sunbelt Telecom: Application Confirmation",
        A("confirmation", ST, STR, 22, "icims"),
        "Hi Daniel,\n\nThank you for applying to the QA Automation Engineer - Mobile (Req 11823) role with Sunbelt Telecom. A recruiter will review your application.\n\nSunbelt Telecom Talent Acquisition",
    ),
    m(
        "73640",
        "2025-12-09 10:12",
        "Sunbelt Telecom Careers <careers-noreply@sunbelttel.icims.com>",
        "Your application has been withdrawn",
        A("confirmation", ST, STR, 22, "icims"),
        "Hi Daniel,\n\nThis confirms that you have withdrawn your application for QA Automation Engineer - Mobile (Req 11823). We're sorry to see you go. If you change your mind you're welcome to apply to future openings.\n\nSunbelt Telecom Talent Acquisition",
        st="withdrawn",
    ),
    # --- alerts, talent communities, portal codes, outreach from employers -------------------
    m(
        "74001",
        "2025-10-02 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"sdet": 14 new jobs in Dallas-Fort Worth Metroplex',
        J("alert", "linkedin"),
        html="<html><body><p>Your job alert for <b>sdet</b> in Dallas-Fort Worth Metroplex</p><ul><li>SDET II - Brazos Health - Dallas, TX</li><li>Senior QA Engineer - Crestline Payments - Irving, TX</li><li>Software Engineer in Test - Alamo Ridge Systems - Plano, TX</li></ul><p><a href='https://www.linkedin.com/jobs/search/?alert=1'>See all jobs</a></p></body></html>",
    ),
    m(
        "74002",
        "2025-10-20 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"qa automation engineer": Harbinger Security and 9 more',
        J("alert", "linkedin"),
        html="<html><body><p>New jobs match your preferences.</p><ul><li>SDET, Endpoint - Harbinger Security - Austin, TX</li><li>QA Automation Engineer - Sunbelt Telecom - Dallas, TX</li><li>Quality Engineer - Marrow Biotech - Remote</li></ul></body></html>",
    ),
    m(
        "74003",
        "2025-11-15 08:00",
        "Indeed <alert@indeed.com>",
        "15 new qa automation jobs in Dallas, TX",
        J("alert", "indeed"),
        html="<html><body><p>Jobs matching <b>qa automation</b> near <b>Dallas, TX</b></p><p>Automation QA Engineer - Ironclad Freightworks - Dallas, TX - Easily apply</p><p>Software QA Engineer - Bluebonnet Clinics - Plano, TX - Responds within 3 days</p><p>QA Tester (Contract) - Confidential - Addison, TX</p></body></html>",
    ),
    m(
        "74004",
        "2025-12-14 08:00",
        "Indeed <alert@indeed.com>",
        "New jobs for sdet in Remote",
        J("alert", "indeed"),
        html="<html><body><p>Daniel, here are new jobs for <b>sdet</b>:</p><p>SDET - Platform - Cobalt Harbor Software - Remote</p><p>Senior SDET - Prairie Loop - Remote</p></body></html>",
    ),
    m(
        "74005",
        "2025-11-02 10:30",
        "Dice Job Alerts <jobalerts@dice.com>",
        "Dice: 22 new Selenium Java jobs (C2C / W2)",
        J("alert", "other"),
        html="<html><body><p>New jobs for your saved search <b>Selenium Java</b>:</p><p>Sr. QA Automation (Selenium/Java) - Contract - Charlotte, NC - W2/C2C</p><p>SDET with Playwright - Contract to Hire - Remote</p><p>Automation Tester - Chicago, IL - 12 months</p></body></html>",
    ),
    m(
        "74006",
        "2026-01-18 10:30",
        "Dice Job Alerts <jobalerts@dice.com>",
        "Dice: 9 new Playwright jobs",
        J("alert", "other"),
        html="<html><body><p>New jobs for your saved search <b>Playwright</b>:</p><p>Test Automation Engineer (Playwright/TS) - Austin, TX - Contract</p><p>Senior SDET - Remote - Full time</p></body></html>",
    ),
    m(
        "74007",
        "2026-02-22 09:00",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Daniel, 8 new jobs for you including Quality Engineer at Pinecroft Bank",
        J("alert", "other"),
        html="<html><body><p>Top jobs picked for you:</p><p>Quality Engineer - Pinecroft Bank - Charlotte, NC</p><p>QA Automation Engineer - Arbor Creek Health - Austin, TX</p><p>1-click apply available</p></body></html>",
    ),
    m(
        "74008",
        "2025-10-05 12:00",
        "Gulfstar Energy Careers <gulfstar@taleo.net>",
        "Welcome to the Gulfstar Energy Talent Community",
        J("alert", "taleo", GS),
        "Dear Daniel,\n\nThank you for joining the Gulfstar Energy Talent Community. You'll receive updates when positions matching your interests (Information Technology - Quality Assurance) are posted.\n\nGulfstar Energy Human Resources",
    ),
    m(
        "74009",
        "2025-10-03 09:35",
        "Brazos Health Careers <brazoshealth@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "workday", BR),
        "Hi Daniel,\n\nUse the code below to verify the email address on your Brazos Health candidate account.\n\nVerification code: 482913\n\nThis code expires in 15 minutes.",
    ),
    m(
        "74010",
        "2026-03-02 07:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Longhorn Mutual is hiring: Senior SDET",
        J("alert", "linkedin"),
        html="<html><body><p>A company you follow is hiring.</p><p><b>Senior SDET</b> - Longhorn Mutual - Austin, TX (Hybrid)</p><p>Be an early applicant.</p></body></html>",
    ),
    m(
        "74011",
        "2025-12-22 09:15",
        "Pecan Ledger <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience at Pecan Ledger?",
        J("other_job", "greenhouse", PL, PLR),
        "Hi Daniel,\n\nWe'd love your feedback on your recent interview experience. This 3-minute survey is anonymous and helps us improve.\n\nhttps://survey.greenhouse.io/pecanledger/c9a1\n\nThanks!\nPecan Ledger People team",
    ),
    m(
        "74012",
        "2026-02-11 14:20",
        "Hannah Greer <hannah.greer@arborcreekhealth.org>",
        "QA Automation Engineer at Arbor Creek Health - open to a chat?",
        J("outreach", "direct", "Arbor Creek Health", "QA Automation Engineer"),
        "Hi Daniel,\n\nI'm on the talent team at Arbor Creek Health in Austin. I came across your LinkedIn profile and your work with Playwright and contract testing caught my eye. We're hiring a QA Automation Engineer for our patient-portal team (hybrid, 2 days in office). Would you be open to a quick call?\n\nBest,\nHannah Greer\nTalent Acquisition, Arbor Creek Health",
    ),
    m(
        "74013",
        "2026-02-12 10:02",
        "Hannah Greer <hannah.greer@arborcreekhealth.org>",
        "Automatic reply: QA Automation Engineer at Arbor Creek Health - open to a chat?",
        J("other_job", "direct", "Arbor Creek Health"),
        "Thank you for your message. I am out of the office through Tuesday, February 17 with limited access to email. For urgent requests, please contact talent@arborcreekhealth.org.\n\nHannah",
    ),
    m(
        "74014",
        "2025-11-09 18:22",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Rebecca sent you a new message",
        J("outreach", "linkedin", "Crestline Payments", "Senior QA Engineer"),
        html="<html><body><p><b>Rebecca Tull</b> - Technical Recruiter at Crestline Payments</p><p>Hi Daniel - we're growing our quality team in Irving and I think your background in payments testing would be a fit for a Senior QA Engineer opening. Any interest in connecting?</p><p><a href='https://www.linkedin.com/messaging/'>Reply</a></p></body></html>",
    ),
    m(
        "74015",
        "2026-03-09 09:00",
        "Greenhouse <no-reply@greenhouse.io>",
        "Your MyGreenhouse weekly: jobs you might like",
        J("alert", "greenhouse"),
        html="<html><body><p>Hi Daniel, roles picked for your profile:</p><p>Quality Engineer II - Marrow Biotech - Remote</p><p>SDET - Larkspur Games - Austin, TX</p></body></html>",
    ),
]
