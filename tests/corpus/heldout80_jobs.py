# ruff: noqa: E501
"""Corpus 80, job mail (data only): see heldout80.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, summary, org, minutes=60, style="outlook", **kw):
    d: dict[str, Any] = {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
        "style": style,
    }
    d.update(kw)
    return d


SIG = "\n\nClodagh Brennan\n087 412 6690\n"

CB, CB1, CB2 = "Corrib Biologics", "QA Specialist", "Validation Specialist (Upstream)"
HP, HPR = "Halloran Pharma", "Validation Engineer II"
BM, BMR = "Brightwater Medical", "Senior Quality Engineer"
ND, NDR = "Nuala Diagnostics", "CSV Specialist"
BQ, BQR = (
    "Bord Cáilíochta Leighis Teoranta",
    "Quality Assurance Officer (Administrative Officer grade)",
)
NL, NLR = "National Laboratory Standards Office", "Scientific Officer (Quality Systems)"
AS, ASR = "Ardmore Sterile Services", "QA Validation Specialist"
KT, KTR = "Kestrel Therapeutics", "Quality Lead"
LD, LD1, LD2 = "Loughlin Devices", "Quality Engineer", "Senior Quality Engineer, Sterilisation"
SB, SBR = "Slaney Biotech", "Validation Engineer (11-month contract)"
IP, IPR = "Inishfree Pharma", "QA Officer"
ML, MLR = "Mourne Labs", "Quality Systems Specialist"
TM, TMR = "Tallon Medical", "Document Control & Quality Specialist"
BV, BVR = "Ballyvolane Biologics", "Senior Validation Specialist"
DP, DPR = "Derrynane Pharmaceuticals", "QA Specialist - Batch Disposition"
SM, SMR = "Shannonside Medical Devices", "CAPA Specialist"
AH, AHR = "Aranmore Health", "Quality Compliance Manager"

MAIL: list[dict[str, Any]] = [
    # --- 1 Corrib Biologics QA Specialist (Workday, tenant "corribbio") --------------------
    m(
        "80101",
        "2025-09-03 11:42",
        "Corrib Biologics Ireland Ltd <corribbio@myworkday.com>",
        "Application received: QA Specialist (R-20451)",
        A("confirmation", CB, CB1, 1, "workday"),
        "Dear Clodagh,\n\nThank you for applying for the QA Specialist position (R-20451) at our Galway site. We have received your application and our Talent Acquisition team will review it against the requirements of the role.\n\nYou can check the status of your application at any time by signing in to our Careers site.\n\nKind regards,\nTalent Acquisition\nCorrib Biologics Ireland Ltd\nRegistered in Ireland No. 488120. Parkmore West, Galway H91 X2T4.",
    ),
    m(
        "80102",
        "2025-10-02 16:05",
        "Corrib Biologics Ireland Ltd <corribbio@myworkday.com>",
        "Your application for R-20451",
        A("rejection", CB, CB1, 1, "workday"),
        "Dear Clodagh,\n\nThank you for your interest in Corrib Biologics and for the time you put into your application for QA Specialist. We were impressed by your experience in batch record review and deviation management.\n\nAfter careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of the team at this time.\n\nWe would encourage you to keep an eye on our careers page for future opportunities.\n\nBest wishes,\nTalent Acquisition\nCorrib Biologics Ireland Ltd",
    ),
    # --- 13 Corrib Biologics second role ---------------------------------------------------
    m(
        "80103",
        "2025-10-14 09:20",
        "Corrib Biologics Ireland Ltd <corribbio@myworkday.com>",
        "Application received: Validation Specialist (Upstream) (R-21007)",
        A("confirmation", CB, CB2, 13, "workday"),
        "Dear Clodagh,\n\nThank you for applying for the Validation Specialist (Upstream) position (R-21007). We have received your application.\n\nIf your profile matches the role, a member of our Talent Acquisition team will be in touch. Unfortunately, due to the volume of applications we receive, we are not always able to respond to every candidate individually.\n\nKind regards,\nTalent Acquisition\nCorrib Biologics Ireland Ltd",
    ),
    m(
        "80104",
        "2025-10-21 14:31",
        "Corrib Biologics Talent Acquisition <no-reply@hackerrank.com>",
        "Corrib Biologics has invited you to complete an assessment",
        A("assessment", CB, CB2, 13, "hackerrank"),
        html="<html><body><p>Hi Clodagh,</p><p><b>Corrib Biologics</b> has invited you to take the <b>GxP Reasoning &amp; Numerical Assessment</b> as part of your application for Validation Specialist (Upstream).</p><p>Duration: 45 minutes. Please complete it within 5 days.</p><p><a href='https://www.hackerrank.com/test/8cq3t'>Start test</a></p><p>Good luck!<br>HackerRank on behalf of Corrib Biologics</p></body></html>",
    ),
    m(
        "80105",
        "2025-11-12 10:02",
        "Corrib Biologics Ireland Ltd <corribbio@myworkday.com>",
        "An update on your application",
        A("rejection", CB, CB2, 13, "workday"),
        "Dear Clodagh,\n\nThank you for completing the assessment for Validation Specialist (Upstream). Your results were strong and the hiring team appreciated the detail in your application.\n\nOn this occasion, however, we will not be progressing your application further. We have retained your details and may contact you about suitable roles in the future.\n\nKind regards,\nTalent Acquisition\nCorrib Biologics Ireland Ltd",
    ),
    # --- 2 Halloran Pharma (mail from parent Veritane Group) --------------------------------
    m(
        "80106",
        "2025-09-08 19:47",
        "Veritane Group Careers <veritane@myworkday.com>",
        "Thank you for applying – Validation Engineer II, Little Island",
        A("confirmation", HP, HPR, 2, "workday"),
        html="<html><body><table width='600'><tr><td style='background:#00335b;color:#fff;padding:12px'>VERITANE GROUP</td></tr><tr><td><p>Dear Clodagh,</p><p>Thank you for your application for <b>Validation Engineer II</b> with <b>Halloran Pharma</b>, Little Island, Co. Cork, part of the Veritane Group.</p><p>We will review your CV and be in touch if your experience matches our requirements.</p><p>Veritane Group Talent Acquisition</p><p style='font-size:10px'>Halloran Pharma Ireland Ltd is a member of the Veritane Group of companies.</p></td></tr></table></body></html>",
    ),
    m(
        "80107",
        "2025-09-16 08:55",
        "Veritane Talent Assessment <assessments@talentq-online.com>",
        "Next step: online aptitude tests for Halloran Pharma",
        A("assessment", HP, HPR, 2, "other"),
        "Dear Clodagh Brennan,\n\nAs part of your application for Validation Engineer II (Halloran Pharma), you are invited to complete two online aptitude tests: numerical reasoning (25 minutes) and verbal reasoning (20 minutes).\n\nPlease complete both tests by 23:59 on Monday 22 September. Find a quiet place with a reliable internet connection; a calculator and rough paper are allowed for the numerical test.\n\nLink: https://candidate.talentq-online.com/start?token=VRT-55129\n\nRegards,\nAssessment Support on behalf of Veritane Group",
    ),
    m(
        "80108",
        "2025-09-26 12:14",
        "Siobhán Twomey <siobhan.twomey@veritanegroup.com>",
        "Interview - Validation Engineer II, Halloran Pharma",
        A("interview", HP, HPR, 2, "direct"),
        "Hi Clodagh,\n\nThanks for completing the tests. I'm delighted to invite you to a first-round competency-based interview on Teams with Declan Hurley (Validation Manager) and myself on Thursday 2 October at 10:00.\n\nThe interview will last about 45 minutes. We'll ask you for examples from your experience (planning and organising, problem solving, working with others, quality focus) so it would be worth using the STAR format. I've sent a Teams invite separately.\n\nBest regards,\nSiobhán Twomey\nTalent Acquisition Partner, Ireland\nVeritane Group | Halloran Pharma\nLittle Island, Cork",
    ),
    m(
        "80109",
        "2025-09-26 12:16",
        "Siobhán Twomey <siobhan.twomey@veritanegroup.com>",
        "Clodagh Brennan - Validation Engineer II - 1st interview",
        A("interview", HP, HPR, 2, "direct"),
        "________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 371 220 884 51\nPasscode: q7Hk2z\n________________________________________________________________________________",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000VRT1",
            "2025-10-02 10:00:00 +0100",
            "Clodagh Brennan - Validation Engineer II - 1st interview",
            ("Siobhán Twomey", "siobhan.twomey@veritanegroup.com"),
            45,
            location="Microsoft Teams Meeting",
            attendees=[("Declan Hurley", "declan.hurley@halloranpharma.ie")],
        ),
    ),
    m(
        "80110",
        "2025-10-06 15:40",
        "Siobhán Twomey <siobhan.twomey@veritanegroup.com>",
        "RE: Interview - Validation Engineer II, Halloran Pharma",
        A("interview", HP, HPR, 2, "direct"),
        "Hi Clodagh,\n\nGood news - Declan was very impressed and we'd like you to come down to Little Island for a second interview and site visit on Tuesday 14 October at 11:00. You'll meet the Site Quality Head and get a tour of the fill-finish suite (gowning will be provided, please wear flat closed shoes).\n\nParking is available at the visitor car park at the front of Building 2. Ask for me at reception.\n\nBest regards,\nSiobhán\n\n-----Original Message-----\nFrom: Clodagh Brennan\nSent: 03 October 2025 09:12\nSubject: RE: Interview - Validation Engineer II, Halloran Pharma\n\nHi Siobhán, thanks again for yesterday, I really enjoyed the conversation with Declan.",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000VRT2",
            "2025-10-14 11:00:00 +0100",
            "Site visit & 2nd interview - C. Brennan",
            ("Siobhán Twomey", "siobhan.twomey@veritanegroup.com"),
            120,
            location="Halloran Pharma, Building 2, Little Island, Cork",
        ),
    ),
    m(
        "80111",
        "2025-10-22 17:18",
        "Siobhán Twomey <siobhan.twomey@veritanegroup.com>",
        "Halloran Pharma - offer",
        A("offer", HP, HPR, 2, "direct"),
        "Hi Clodagh,\n\nFurther to our call this afternoon, I'm pleased to confirm that Halloran Pharma would like to offer you the position of Validation Engineer II at Little Island.\n\nSummary: base salary €64,000, 10% annual bonus target, pension 6% employer contribution, VHI cover for yourself, 25 days annual leave. Hybrid working is not available for this role given it is floor-based.\n\nThe formal contract will follow once you confirm you're happy to proceed. Do take a few days to think it over and call me with any questions.\n\nBest regards,\nSiobhán",
    ),
    m(
        "80112",
        "2025-10-28 10:03",
        "Siobhán Twomey <siobhan.twomey@veritanegroup.com>",
        "RE: Halloran Pharma - offer",
        A("offer", HP, HPR, 2, "direct"),
        "Hi Clodagh,\n\nThanks for letting me know, and for being so upfront about it. I completely understand - the commute from Dublin every week was always going to be a big ask. Declan was disappointed but wishes you well.\n\nDo stay in touch, and if things change we'd be glad to hear from you.\n\nAll the best,\nSiobhán\n\n> On Mon 27 Oct, Clodagh Brennan wrote:\n> Hi Siobhán, after a lot of thought I've decided not to accept the offer. Relocating to Cork isn't going to work for us at the moment...",
        st="declined",
    ),
    # --- 3 Brightwater Medical via agency ---------------------------------------------------
    m(
        "80113",
        "2025-09-10 13:26",
        "Eoin Mac Cárthaigh <eoin@lifesciencetalent.ie>",
        "Senior Quality Engineer - leading medtech company in Galway",
        ("outreach", None, BMR, None, "agency", "en"),
        "Hi Clodagh,\n\nI came across your profile on LinkedIn and thought you might be interested in a permanent Senior Quality Engineer role I'm recruiting for with a leading medical device company in Galway (Class III cardiovascular, around 900 staff on site).\n\nThe role would lead NC/CAPA and support design transfer for a new catheter line. Hybrid, 2 days remote. Salary €70-78k DOE plus bonus.\n\nWould you be open to a quick chat this week?\n\nEoin Mac Cárthaigh\nSenior Consultant - Medical Devices\nLife Science Talent Partners Ltd\n+353 91 440 218",
    ),
    m(
        "80114",
        "2025-09-12 10:11",
        "Eoin Mac Cárthaigh <eoin@lifesciencetalent.ie>",
        "RE: Senior Quality Engineer - leading medtech company in Galway",
        A("confirmation", BM, BMR, 3, "agency"),
        "Hi Clodagh,\n\nGreat to talk yesterday. As discussed, the client is Brightwater Medical in Ballybrit. I've now submitted your CV to the hiring manager with the notes from our call, and I'll come back to you as soon as I have feedback.\n\nThanks,\nEoin\n\nLife Science Talent Partners Ltd",
    ),
    m(
        "80115",
        "2025-09-19 16:50",
        "Eoin Mac Cárthaigh <eoin@lifesciencetalent.ie>",
        "Brightwater - interview Weds",
        A("interview", BM, BMR, 3, "agency"),
        "Hi Clodagh,\n\nThey'd like to meet you! First interview is on Teams on Wednesday 24th at 14:00 with Gráinne Kelly (Quality Manager). Competency based, about an hour. I'll forward the invite.\n\nGive me a shout on Tuesday evening and we'll go through it.\n\nEoin",
    ),
    m(
        "80116",
        "2025-10-08 12:02",
        "Eoin Mac Cárthaigh <eoin@lifesciencetalent.ie>",
        "Brightwater update",
        A("confirmation", BM, BMR, 3, "agency"),
        "Hi Clodagh,\n\nJust off the phone with Brightwater. Unfortunately the Senior Quality Engineer role has been put on hold - there's a global headcount freeze across the group until the new year. They were genuinely positive about you and said you'd be top of the list if it reopens.\n\nSorry it's not better news. I'll keep you posted and will be in touch about anything else suitable.\n\nEoin",
        st="on_hold",
    ),
    # --- 4 Nuala Diagnostics DAC (SuccessFactors) - accepted -------------------------------
    m(
        "80117",
        "2025-10-01 21:14",
        "Nuala Diagnostics Careers <careers@successfactors.eu>",
        "Nuala Diagnostics DAC - Application Confirmation",
        A("confirmation", ND, NDR, 4, "other"),
        "Dear Clodagh Brennan,\n\nThank you for your application for the position CSV Specialist (Req ID 3318) at Nuala Diagnostics Designated Activity Company, Sandyford, Dublin 18.\n\nWe have received your application and will review it shortly. You can view your application status in our career site.\n\nIf you are not selected for this position, we will keep your profile in our talent pool for 12 months.\n\nSincerely,\nNDX Human Resources",
    ),
    m(
        "80118",
        "2025-10-13 11:37",
        "Orla Fitzgerald <ofitzgerald@nualadx.ie>",
        "NDX - interview for CSV Specialist",
        A("interview", ND, NDR, 4, "direct"),
        "Hi Clodagh,\n\nThank you for applying for the CSV Specialist role. We would like to invite you to a competency-based interview with Paul Moran (IT Quality Lead) and me on Monday 20 October at 09:30 on Microsoft Teams.\n\nThe panel will ask questions around the competencies in the job spec, and Paul will ask some technical questions on GAMP 5, Part 11/Annex 11 and data integrity. Please allow an hour.\n\nA Teams invite follows. Please reply to confirm.\n\nKind regards,\nOrla Fitzgerald\nHR Business Partner\nNuala Diagnostics DAC\nBlock C, Sandyford Business Park, Dublin 18",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000NDX1",
            "2025-10-20 09:30:00 +0100",
            "Interview: CSV Specialist - Clodagh Brennan",
            ("Orla Fitzgerald", "ofitzgerald@nualadx.ie"),
            60,
            location="Microsoft Teams Meeting",
            attendees=[("Paul Moran", "pmoran@nualadx.ie")],
        ),
    ),
    m(
        "80119",
        "2025-10-29 15:22",
        "Orla Fitzgerald <ofitzgerald@nualadx.ie>",
        "Second interview & site visit - Sandyford",
        A("interview", ND, NDR, 4, "direct"),
        "Hi Clodagh,\n\nThanks for your time last week - the panel enjoyed meeting you. We'd like you to come into Sandyford for a final interview with our Head of Quality, Dr Ruth Keane, followed by a short walk around the lab and QC areas, on Wednesday 5 November at 14:00.\n\nYou'll also be asked to give a 10-minute presentation: 'How would you approach periodic review of a legacy LIMS?'\n\nThe Luas Green Line stop is Stillorgan; we're a 6-minute walk from there.\n\nKind regards,\nOrla",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000NDX2",
            "2025-11-05 14:00:00 +0000",
            "Final interview + site visit - C. Brennan (CSV Specialist)",
            ("Orla Fitzgerald", "ofitzgerald@nualadx.ie"),
            90,
            location="NDX Sandyford - Block C reception",
        ),
    ),
    m(
        "80120",
        "2025-11-11 12:45",
        "Orla Fitzgerald <ofitzgerald@nualadx.ie>",
        "Offer of employment - CSV Specialist",
        A("offer", ND, NDR, 4, "direct"),
        "Dear Clodagh,\n\nFollowing your recent interviews, I am delighted to offer you the position of CSV Specialist with Nuala Diagnostics DAC, subject to satisfactory references and pre-employment medical.\n\nPlease find attached your offer letter setting out the terms: salary of €68,500 per annum, 8% bonus, 3 days on site / 2 from home, 27 days annual leave.\n\nCould you send me contact details for two referees, one of whom should be your current or most recent line manager?\n\nKind regards,\nOrla Fitzgerald\nHR Business Partner | Nuala Diagnostics DAC",
        attach=[
            (
                "NDX_Offer_Letter_CBrennan.pdf",
                "application/pdf",
                "%PDF-1.4 offer letter (placeholder)",
            )
        ],
    ),
    m(
        "80121",
        "2025-11-19 10:08",
        "Orla Fitzgerald <ofitzgerald@nualadx.ie>",
        "RE: Offer of employment - CSV Specialist",
        A("offer", ND, NDR, 4, "direct"),
        "Hi Clodagh,\n\nBoth references are back and were glowing, so we are all set. Thank you for returning the signed contract - we're thrilled you've accepted and we're looking forward to having you join NDX on Monday 5 January.\n\nI'll send on your onboarding pack and the medical appointment details in the next few days.\n\nKind regards,\nOrla\n\n-----Original Message-----\nFrom: Clodagh Brennan\nSent: Tuesday, November 18, 2025 20:41\nSubject: RE: Offer of employment - CSV Specialist\n\nHi Orla, please find the signed contract attached. Delighted to accept!",
        st="accepted",
    ),
    m(
        "80122",
        "2025-11-24 09:15",
        "NDX People Team <people@nualadx.ie>",
        "Welcome to NDX - your first day",
        ("other_job", ND, NDR, None, "direct", "en"),
        "Hi Clodagh,\n\nWelcome aboard! Ahead of your start on 5 January, please complete the new starter form (PPSN, bank details, emergency contact) and book your pre-employment medical with Occupational Health Ireland using the link below.\n\nOn your first day please come to Block C reception at 09:00 and bring photo ID.\n\nThe People Team\nNuala Diagnostics DAC",
    ),
    # --- 5 Bord Cáilíochta Leighis Teoranta (publicjobs.ie) -------------------------------
    m(
        "80123",
        "2025-09-15 17:02",
        "publicjobs <noreply@publicjobs.ie>",
        "Application Received - BCL/QAO/2025 Quality Assurance Officer",
        A("confirmation", BQ, BQR, 5, "other"),
        "Dear Clodagh Brennan,\n\nThis is to confirm that your application for the competition below has been received.\n\nCompetition: Quality Assurance Officer (Administrative Officer grade), Bord Cáilíochta Leighis Teoranta\nReference: BCL/QAO/2025\n\nPlease note that all correspondence relating to this competition will be sent to your publicjobs account and copied to this email address. It is your responsibility to check your account regularly.\n\nRegards,\npublicjobs",
    ),
    m(
        "80124",
        "2025-10-20 14:00",
        "publicjobs <noreply@publicjobs.ie>",
        "Invitation to Interview - BCL/QAO/2025",
        A("interview", BQ, BQR, 5, "other"),
        "Dear Clodagh,\n\nFollowing the shortlisting process, we are pleased to invite you to a competency-based interview for the above competition.\n\nDate: Thursday 6 November 2025\nTime: 11:15\nVenue: Online via Microsoft Teams (a link will be issued 48 hours before)\n\nThe interview will assess the key competencies for the grade: Team Leadership, Judgement & Decision Making, Management & Delivery of Results, Interpersonal & Communication Skills, Specialist Knowledge, and Drive & Commitment to Public Service Values.\n\nPlease confirm your attendance via your publicjobs account.\n\nRecruitment Unit\nBord Cáilíochta Leighis Teoranta",
    ),
    m(
        "80125",
        "2025-11-27 16:30",
        "publicjobs <noreply@publicjobs.ie>",
        "Competition Update - BCL/QAO/2025",
        A("rejection", BQ, BQR, 5, "other"),
        "Dear Clodagh,\n\nThank you for attending interview for the above competition. The interview board commented positively on your specialist knowledge of pharmaceutical quality systems.\n\nHowever, I regret to inform you that you did not achieve the qualifying mark required to be placed on the panel from which appointments will be made.\n\nYou may request feedback through your publicjobs account within five working days.\n\nThank you for your interest in a career in the public service.\n\nRecruitment Unit\nBord Cáilíochta Leighis Teoranta",
    ),
    # --- 26 National Laboratory Standards Office (publicjobs.ie) ---------------------------
    m(
        "80126",
        "2025-10-03 12:50",
        "publicjobs <noreply@publicjobs.ie>",
        "Application Received - NLSO-SOQ-25",
        A("confirmation", NL, NLR, 26, "other"),
        "Dear Clodagh Brennan,\n\nThis is to confirm that your application for Scientific Officer (Quality Systems), National Laboratory Standards Office (reference NLSO-SOQ-25) has been received.\n\nShortlisting is expected to take place in the coming weeks.\n\nRegards,\npublicjobs",
    ),
    m(
        "80127",
        "2025-11-06 10:20",
        "publicjobs <noreply@publicjobs.ie>",
        "NLSO-SOQ-25 - Shortlisting outcome",
        A("rejection", NL, NLR, 26, "other"),
        "Dear Clodagh,\n\nDue to the high number of applications received for this competition, a shortlisting exercise was carried out by a board. I regret to advise that, on this occasion, you have not been shortlisted to proceed to the next stage.\n\nWe wish you every success in the future.\n\npublicjobs on behalf of the National Laboratory Standards Office",
    ),
    # --- 6 Ardmore Sterile Services via Indeed (ghosted) -----------------------------------
    m(
        "80128",
        "2025-09-05 22:03",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: QA Validation Specialist",
        A("confirmation", AS, ASR, 6, "indeed"),
        html="<html><body><h2>Your application has been submitted</h2><p><b>QA Validation Specialist</b><br>Ardmore Sterile Services<br>Tallaght, County Dublin</p><p>The employer may contact you directly. Good luck!</p><p>Track your applications on <a href='https://ie.indeed.com/myjobs'>My jobs</a>.</p></body></html>",
    ),
    # --- 7 Kestrel Therapeutics (Greenhouse, start-up) -------------------------------------
    m(
        "80129",
        "2025-09-22 08:44",
        "Kestrel Therapeutics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Kestrel!",
        A("confirmation", KT, KTR, 7, "greenhouse"),
        "Hi Clodagh,\n\nThanks so much for applying to be our Quality Lead! We're a team of 14 building a cell therapy manufacturing platform out of Grangegorman, and our first GMP suite goes live next year.\n\nWe read every application ourselves, so please bear with us.\n\nThe Kestrel team",
    ),
    m(
        "80130",
        "2025-09-29 21:37",
        "Ronan Devlin <ronandevlin.kt@gmail.com>",
        "Quality Lead at Kestrel - coffee?",
        A("interview", KT, KTR, 7, "direct"),
        "Hi Clodagh,\n\nRonan here, co-founder & CEO at Kestrel. Sorry for writing from my personal account, our domain is having a bit of a moment.\n\nLoved your application - your experience setting up a QMS from scratch at a CDMO is exactly what we need. Would you be up for a coffee and a chat on Friday morning? I'm usually in Two Pups on Francis St. 9:30 work?\n\nCheers,\nRonan",
    ),
    m(
        "80131",
        "2025-10-17 18:11",
        "Ronan Devlin <ronan@kestreltx.com>",
        "Following up",
        A("rejection", KT, KTR, 7, "direct"),
        "Hi Clodagh,\n\nThanks again for the chat and for meeting Aisling and the team last week. It was a genuinely tough decision. We've decided to go with someone who has more early-stage ATMP experience, given where we are with the IMPD.\n\nI really hope our paths cross again - please don't hesitate to reach out if there's ever anything I can do.\n\nRonan\n--\nRonan Devlin | Co-founder & CEO | Kestrel Therapeutics",
    ),
    # --- 8 Loughlin Devices (Taleo) --------------------------------------------------------
    m(
        "80132",
        "2025-09-11 10:16",
        "Loughlin Devices Careers <loughlindevices@taleo.net>",
        "Loughlin Devices - Thank you for your application",
        A("confirmation", LD, LD1, 8, "taleo"),
        "Dear Clodagh,\n\nThank you for applying for the position of Quality Engineer (Job Number 250117), Galway.\n\nWe are currently reviewing applications. Should your qualifications match our needs, a recruiter will contact you.\n\nThis is an automated message, please do not reply.\n\nLoughlin Devices Talent Acquisition",
    ),
    m(
        "80133",
        "2025-10-09 11:03",
        "Loughlin Devices Careers <loughlindevices@taleo.net>",
        "Update on your application - Job Number 250117",
        A("rejection", LD, LD1, 8, "taleo"),
        "Dear Clodagh,\n\nWe appreciate your interest in Loughlin Devices and the time you have invested in applying for the Quality Engineer opening.\n\nWe regret to inform you that the position has been filled. We will retain your information and contact you should a suitable position become available.\n\nLoughlin Devices Talent Acquisition",
    ),
    # --- 18 Loughlin Devices re-application -------------------------------------------------
    m(
        "80134",
        "2025-11-06 09:47",
        "Loughlin Devices Careers <loughlindevices@taleo.net>",
        "Loughlin Devices - Thank you for your application",
        A("confirmation", LD, LD2, 18, "taleo"),
        "Dear Clodagh,\n\nThank you for applying for the position of Senior Quality Engineer, Sterilisation (Job Number 250389), Galway.\n\nWe are currently reviewing applications. Should your qualifications match our needs, a recruiter will contact you.\n\nThis is an automated message, please do not reply.\n\nLoughlin Devices Talent Acquisition",
    ),
    # --- 9 Slaney Biotech contract via agency ---------------------------------------------
    m(
        "80135",
        "2025-10-15 09:05",
        "Darragh Quinlan <darragh.quinlan@quaysidecontracts.ie>",
        "11 month contract - Validation Engineer - Cork",
        ("outreach", None, SBR, None, "agency", "en"),
        "Morning Clodagh,\n\nHope you're keeping well. I have an 11-month contract (likely to extend) for a Validation Engineer with a leading biopharma company in Cork - new facility start-up, CQV on single-use bioreactors and cleanroom HVAC. Daily rate €420-480 through our umbrella or your own Ltd company.\n\nHybrid 3 days on site in Ringaskiddy. Would this be of interest?\n\nDarragh Quinlan\nContracts Manager - Life Sciences\nQuayside Contract Solutions Ltd | +353 21 490 7712",
    ),
    m(
        "80136",
        "2025-10-17 14:25",
        "Darragh Quinlan <darragh.quinlan@quaysidecontracts.ie>",
        "RE: 11 month contract - Validation Engineer - Cork",
        A("confirmation", SB, SBR, 9, "agency"),
        "Hi Clodagh,\n\nThanks for the updated CV. Confirming I've now put you forward to Slaney Biotech for the contract with a rate of €460/day. I'll let you know as soon as I hear back - they're moving fast on this one.\n\nDarragh",
    ),
    m(
        "80137",
        "2025-10-24 16:48",
        "Darragh Quinlan <darragh.quinlan@quaysidecontracts.ie>",
        "Slaney - call with the CQV lead Tuesday",
        A("interview", SB, SBR, 9, "agency"),
        "Hi Clodagh,\n\nSlaney want to talk to you! 30 min Teams with Kevin Barry, CQV lead, Tuesday 28th at 16:00. Fairly technical - IQ/OQ/PQ, risk-based approach, ASTM E2500. Invite to follow from Kevin directly.\n\nDarragh",
    ),
    m(
        "80138",
        "2025-11-13 11:20",
        "Darragh Quinlan <darragh.quinlan@quaysidecontracts.ie>",
        "RE: Slaney Biotech",
        A("confirmation", SB, SBR, 9, "agency"),
        "Hi Clodagh,\n\nNo problem at all, and congrats on the perm role - that's great news. I've let Slaney know you're withdrawing from the process. Keep me in mind if you ever fancy contracting again!\n\nDarragh\n\n> From: Clodagh Brennan\n> Sent: 13 November 2025 08:02\n> Hi Darragh, I'm going to withdraw from the Slaney process as I've accepted a permanent offer in Dublin. Thanks for all your help.",
        st="withdrawn",
    ),
    # --- 10 Inishfree Pharma (LinkedIn) ----------------------------------------------------
    m(
        "80139",
        "2025-09-18 12:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Clodagh, your application was sent to Inishfree Pharma",
        A("confirmation", IP, IPR, 10, "linkedin"),
        html="<html><body><p>Your application was sent to Inishfree Pharma</p><table><tr><td><b>QA Officer</b><br>Inishfree Pharma · Swords, County Dublin, Ireland (On-site)</td></tr></table><p>Applied on 18 Sept 2025</p><p><a href='https://www.linkedin.com/jobs/view/40331'>View job</a></p></body></html>",
    ),
    m(
        "80140",
        "2025-09-23 07:58",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Inishfree Pharma",
        A("viewed", IP, IPR, 10, "linkedin"),
        html="<html><body><p>Good news, Clodagh. Inishfree Pharma viewed your application for <b>QA Officer</b>.</p><p>This doesn't guarantee the employer will contact you.</p></body></html>",
    ),
    m(
        "80141",
        "2025-10-10 13:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Inishfree Pharma",
        A("rejection", IP, IPR, 10, "linkedin"),
        html="<html><body><p>Hi Clodagh,</p><p>Thank you for your interest in the QA Officer position at Inishfree Pharma in Swords. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Inishfree Pharma.</p><p>Regards,<br>Inishfree Pharma</p></body></html>",
    ),
    # --- 11 Mourne Labs (IrishJobs.ie) -----------------------------------------------------
    m(
        "80142",
        "2025-09-24 20:19",
        "IrishJobs.ie <noreply@irishjobs.ie>",
        "Your application to Mourne Labs",
        A("confirmation", ML, MLR, 11, "other"),
        html="<html><body><p>Hi Clodagh,</p><p>Your application for <b>Quality Systems Specialist</b> with <b>Mourne Labs Ltd</b> (Dundalk, Co. Louth) has been sent.</p><p>What happens next? The recruiter will review your CV and contact you if you're a match.</p><p>IrishJobs.ie</p></body></html>",
    ),
    m(
        "80143",
        "2025-10-27 09:32",
        "Mourne Labs HR <hr@mournelabs.ie>",
        "Quality Systems Specialist",
        A("rejection", ML, MLR, 11, "direct"),
        "Dear Clodagh,\n\nThank you for your recent application for the above role, which we received through IrishJobs.ie. We had an excellent response and your CV was a strong one.\n\nUnfortunately, on this occasion you have not been selected for interview.\n\nKind regards,\nHR Department\nMourne Labs Ltd",
    ),
    # --- 12 Tallon Medical (Jobs.ie, ghosted) ----------------------------------------------
    m(
        "80144",
        "2025-10-05 15:12",
        "Jobs.ie <noreply@jobs.ie>",
        "Application sent: Document Control & Quality Specialist",
        A("confirmation", TM, TMR, 12, "other"),
        "Hi Clodagh,\n\nYour application for Document Control & Quality Specialist at Tallon Medical, Carlow has been sent to the employer.\n\nGood luck!\nThe Jobs.ie Team",
    ),
    # --- 14 Ballyvolane Biologics (Workday, on hold) --------------------------------------
    m(
        "80145",
        "2025-11-03 13:02",
        "Careers <bvbio@myworkday.com>",
        "Thank you for applying",
        A("confirmation", BV, BVR, 14, "workday"),
        "Hello Clodagh,\n\nThank you for applying to Senior Validation Specialist (JR-1188) at Ballyvolane Biologics, Cork.\n\nOur recruitment team will review your application.\n\nBallyvolane Biologics Talent Team",
    ),
    m(
        "80146",
        "2025-11-20 10:45",
        "Careers <bvbio@myworkday.com>",
        "Regarding JR-1188",
        A("confirmation", BV, BVR, 14, "workday"),
        "Hello Clodagh,\n\nWe are writing to let you know that recruitment for the Senior Validation Specialist role (JR-1188) has been paused while the business reviews its 2026 project plan. Your application will remain active and we will be in contact if the role reopens.\n\nThank you for your patience.\n\nBallyvolane Biologics Talent Team",
        st="on_hold",
    ),
    # --- 15 Derrynane Pharmaceuticals (SuccessFactors) -------------------------------------
    m(
        "80147",
        "2025-09-30 18:27",
        "Derrynane Careers <noreply@successfactors.com>",
        "We received your application",
        A("confirmation", DP, DPR, 15, "other"),
        "Dear Clodagh,\n\nThank you for applying for the position QA Specialist - Batch Disposition at Derrynane Pharmaceuticals Ireland Limited, Carrigtwohill.\n\nWhat's next: our team will review your profile. If you are shortlisted we will contact you to arrange an interview.\n\nBest regards,\nDerrynane Talent Acquisition",
    ),
    m(
        "80148",
        "2025-10-10 09:14",
        "Mairéad Crowley <mcrowley@derrynanepharma.com>",
        "Teams interview - QA Specialist",
        A("interview", DP, DPR, 15, "direct"),
        "Hi Clodagh,\n\nFurther to your application, would you be available for a 45-minute Teams interview with myself and Liam Deasy, QA Operations Manager, on Thursday 16 October at 15:00? Please confirm and I'll send the link.\n\nMany thanks,\nMairéad Crowley\nHR Generalist\nDerrynane Pharmaceuticals",
    ),
    m(
        "80149",
        "2025-10-10 11:26",
        "Mairéad Crowley <mcrowley@derrynanepharma.com>",
        "Interview - Clodagh Brennan / QA Specialist Batch Disposition",
        A("interview", DP, DPR, 15, "direct"),
        "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_DRN\nMeeting ID: 318 552 901 23  Passcode: Tk8wq2",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000DRN1",
            "2025-10-16 15:00:00 +0100",
            "Interview - Clodagh Brennan / QA Specialist Batch Disposition",
            ("Mairéad Crowley", "mcrowley@derrynanepharma.com"),
            45,
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "80150",
        "2025-10-23 16:02",
        "Mairéad Crowley <mcrowley@derrynanepharma.com>",
        "Your interview on 16 October",
        A("rejection", DP, DPR, 15, "direct"),
        "Hi Clodagh,\n\nThank you for taking the time to interview with us. Liam and I really enjoyed speaking with you and were impressed by your knowledge of QP release processes.\n\nIt was a very competitive process and, on this occasion, we have decided to offer the role to a candidate with more direct experience of sterile batch disposition.\n\nWe wish you the very best with your search.\n\nKind regards,\nMairéad",
    ),
    # --- 16 Shannonside Medical Devices via agency ----------------------------------------
    m(
        "80151",
        "2025-11-25 12:12",
        "Niamh Rourke <niamh.rourke@hiberniascience.ie>",
        "CAPA Specialist - Limerick/Galway - medical devices",
        ("outreach", None, SMR, None, "agency", "en"),
        "Hi Clodagh,\n\nI'm working on a CAPA Specialist role with a well-established medical device manufacturer in the mid-west, perm, hybrid, €60-66k. Your background in complaint investigations and 8D looked like a great fit. Are you still open to opportunities?\n\nNiamh Rourke\nHibernia Science Recruitment",
    ),
    m(
        "80152",
        "2025-11-26 15:40",
        "Niamh Rourke <niamh.rourke@hiberniascience.ie>",
        "RE: CAPA Specialist - Limerick/Galway - medical devices",
        A("confirmation", SM, SMR, 16, "agency"),
        "Thanks Clodagh - understood you've something else in the pipeline, but glad you're happy for me to go ahead. I've sent your CV over to Shannonside Medical Devices this afternoon.\n\nNiamh",
    ),
    m(
        "80153",
        "2025-12-09 10:33",
        "Niamh Rourke <niamh.rourke@hiberniascience.ie>",
        "Feedback from Shannonside",
        A("rejection", SM, SMR, 16, "agency"),
        "Hi Clodagh,\n\nShannonside came back to me. They liked your CV but are going with candidates who are based closer to Shannon. Sorry it's not better news.\n\nNiamh",
    ),
    # --- 17 Aranmore Health (Lever, withdrawn) ---------------------------------------------
    m(
        "80154",
        "2025-10-21 19:55",
        "Aranmore Health <no-reply@hire.lever.co>",
        "Thank you for your application to Aranmore Health",
        A("confirmation", AH, AHR, 17, "lever"),
        "Hi Clodagh,\n\nThank you for your interest in Aranmore Health! We have received your application for Quality Compliance Manager and our team is reviewing it.\n\nBest,\nAranmore Health Recruiting",
    ),
    m(
        "80155",
        "2025-11-14 09:48",
        "Hannah O'Gorman <hannah@aranmorehealth.com>",
        "Re: Withdrawing my application",
        A("confirmation", AH, AHR, 17, "direct"),
        "Hi Clodagh,\n\nThanks for letting us know, and congratulations on the new role. I've withdrawn your application for Quality Compliance Manager in our system.\n\nBest of luck,\nHannah O'Gorman\nPeople & Talent, Aranmore Health",
        st="withdrawn",
    ),
]
