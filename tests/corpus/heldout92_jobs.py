# ruff: noqa: E501
"""Corpus 92, job mail (data only): see heldout92.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _zone(day: str) -> str:
    return "+0200"  # SAST all year


m = partial(H.dated_spec, _zone)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def inv(uid, start, summary, org, minutes=60, loc="Microsoft Teams Meeting", desc="", att=()):
    return {
        "uid": uid,
        "start": f"{start}:00 +0200",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "location": loc,
        "description": desc,
        "attendees": list(att),
    }


SIG_L = "\n\nKind regards\nLerato Mahlangu Pr Eng\n082 614 3390"

MKC, MKCR = "MKC", "Senior Structural Engineer (Cape Town)"
NP, NPR = "Naledi Power", "Civil Engineer: Transmission Civil Works"
UC, UCR = "Umgeni Coast Metropolitan Municipality", "Principal Engineer: Coastal Structures"
SPP, SPPR = "Sithole Pieterse & Partners", "Structural Engineer: Bridges"
BM, BMR = "Berg & Mkhize", "Structural Engineer"
UB, UBR = "Ubuntu Build Contractors", "Contracts Engineer (Structures)"
SW, SWR = "Swartland Precast", "Design Engineer"
KO, KOR1, KOR2 = (
    "Kolosi Engineering",
    "Senior Civil Engineer: Water & Sanitation",
    "Senior Civil Engineer: Stormwater",
)
HL, HLR = "Harbour Line Developments", "Development Engineer"
JV, JVR = "Khanyisa-Delport JV", "Resident Engineer: uMngeni Bridge"
LH, LHR1, LHR2 = "Linden Haywood", "Senior Structural Engineer: Buildings", "Associate: Structures"
NA, NAR = "Ndlovu Africon", "Structural Engineer: Mining Infrastructure"
OB, OBR = "Overberg Bulk Water", "Civil Engineer: Bulk Infrastructure"
RV, RVR = "Rietvlei Consulting", "Structural Engineer"
ZC, ZCR = "Zenzele Construction", "Temporary Works Engineer"
SL, SLR = "Studio Lwazi", "Facade Engineer"
SR, SRR = "Solace Renewables", "Civil Engineer: Wind & Solar BoP"
BW, BWR = "Buildwise", "Structural Engineer (Product)"
PN, PNR = "Port Natal Marine", "Coastal Engineer"
HT, HTR = "Helderberg Timber Frame", "Senior Engineer"

MAIL: list[dict[str, Any]] = [
    # --- 1 MKC (Workday tenant mkcgroup, legal name Mathebula Kruger Consulting (Pty) Ltd) ---
    m(
        "920101",
        "2025-10-07 09:14",
        "MKC Group Careers <mkcgroup@myworkday.com>",
        "Thank you for your application - R-10482 Senior Structural Engineer",
        A("confirmation", MKC, MKCR, 1, "workday"),
        "Dear Lerato,\n\nThank you for applying for the position of Senior Structural Engineer (Cape Town), requisition R-10482, with Mathebula Kruger Consulting (Pty) Ltd.\n\nOur Talent Acquisition team will review your CV against the requirements of the role. Due to the volume of applications we receive, only shortlisted candidates will be contacted. Should you not hear from us within 30 days, kindly consider your application unsuccessful.\n\nYou can track the status of your application at any time by signing in to the MKC Careers site.\n\nRegards\nTalent Acquisition\nMKC Group\n\nMKC is committed to employment equity in line with its EE plan.",
    ),
    m(
        "920102",
        "2025-10-21 11:02",
        "Talent Acquisition - MKC <talent@mkc.co.za>",
        "Next step: online assessment",
        A("assessment", MKC, MKCR, 1, "direct"),
        "Dear Lerato\n\nThank you for your interest in the Senior Structural Engineer role at our Cape Town office. We are pleased to let you know that you have been shortlisted.\n\nAs part of our selection process, we ask all shortlisted candidates to complete an online psychometric assessment (verbal and numerical reasoning plus a personality questionnaire). You will receive a separate email from our assessment partner, Meridian Talent Assessments, with your login details. Please complete it by Monday 27 October.\n\nShould you require any accommodation, kindly let me know.\n\nKind regards\nNomsa Khumalo\nTalent Acquisition Partner\nMathebula Kruger Consulting (Pty) Ltd | MKC\n021 410 2200",
    ),
    m(
        "920103",
        "2025-10-21 11:06",
        "Meridian Talent Assessments <noreply@meridiantalent.co.za>",
        "Assessment invitation: MKC Group",
        A("assessment", MKC, MKCR, 1, "other"),
        html="<p>Dear Lerato Mahlangu</p><p>MKC Group has invited you to complete the following assessments:</p><ul><li>Verbal Reasoning (approx. 20 min)</li><li>Numerical Reasoning (approx. 25 min)</li><li>Work Styles Questionnaire (approx. 30 min)</li></ul><p>Username: lerato.mahlangu@gmail.com<br>Access code: MK-44719-ZA</p><p><a href='https://portal.meridiantalent.co.za/start?c=MK-44719-ZA'>Start assessment</a></p><p>Please ensure you have a stable internet connection (and that you are not scheduled for load-shedding) before you begin. The deadline is 27/10/2025 23:59.</p><p>Meridian Talent Assessments (Pty) Ltd</p>",
    ),
    m(
        "920104",
        "2025-11-03 15:40",
        "Nomsa Khumalo <nomsa.khumalo@mkc.co.za>",
        "Interview invitation - Senior Structural Engineer",
        A("interview", MKC, MKCR, 1, "direct"),
        "Good afternoon Lerato\n\nI am happy to confirm that you have been invited to a competency-based interview for the Senior Structural Engineer position.\n\nDate: Tuesday, 11 November 2025\nTime: 10:00 - 11:30\nFormat: Microsoft Teams (invite to follow)\nPanel: Johan Kruger (Director: Structures), Ayanda Mthembu (Associate) and myself\n\nThe interview will follow the STAR format. Please be prepared to talk about a project where you led the design of a reinforced concrete structure, and to bring proof of your ECSA registration.\n\nKind regards\nNomsa Khumalo\nTalent Acquisition Partner | MKC",
    ),
    m(
        "920105",
        "2025-11-03 15:52",
        "Nomsa Khumalo <nomsa.khumalo@mkc.co.za>",
        "Competency-based interview: L. Mahlangu - Senior Structural Engineer",
        A("interview", MKC, MKCR, 1, "direct"),
        "Join on your computer, mobile app or room device\nMicrosoft Teams meeting\nMeeting ID: 341 882 905 117\nPasscode: z7Qe3k\n\nFor organisers: Meeting options",
        ics=inv(
            "mkc-int-7781@mkc.co.za",
            "2025-11-11 10:00",
            "Competency-based interview: L. Mahlangu - Senior Structural Engineer",
            ("Nomsa Khumalo", "nomsa.khumalo@mkc.co.za"),
            minutes=90,
            desc="Microsoft Teams meeting. Meeting ID: 341 882 905 117",
            att=[
                ("Johan Kruger", "johan.kruger@mkc.co.za"),
                ("Ayanda Mthembu", "ayanda.mthembu@mkc.co.za"),
            ],
        ),
    ),
    m(
        "920106",
        "2025-11-24 16:20",
        "Nomsa Khumalo <nomsa.khumalo@mkc.co.za>",
        "Offer of employment - Mathebula Kruger Consulting",
        A("offer", MKC, MKCR, 1, "direct"),
        "Dear Lerato\n\nFurther to your interviews, it is my pleasure to extend to you a conditional offer of employment as Senior Structural Engineer in our Cape Town office. Please find the offer letter attached.\n\nThe offer is subject to satisfactory reference checks and verification of your qualifications and criminal record, which will be conducted by MIE. You will receive a consent form from them shortly; kindly complete it at your earliest convenience.\n\nWe would appreciate your response by Friday, 28 November.\n\nWarm regards\nNomsa Khumalo\nTalent Acquisition Partner\nMKC",
        attach=[
            ("MKC_Offer_L_Mahlangu.pdf", "application/pdf", "%PDF-1.4 offer letter placeholder")
        ],
    ),
    m(
        "920107",
        "2025-11-25 08:31",
        "MIE Candidate Verification <noreply@mie.co.za>",
        "Consent required: background screening on behalf of MKC Group",
        ("other_job", MKC, MKCR, None, "other", "en"),
        "Dear Lerato Mahlangu\n\nMKC Group has requested background screening as part of your pre-employment process. The checks include: criminal record, ID verification, tertiary qualification (University of Cape Town), professional body (ECSA) and two reference checks.\n\nPlease complete the electronic consent form using the link below within 48 hours.\n\nhttps://verify.mie.co.za/consent/88213-7741\n\nMIE - Managed Integrity Evaluation",
    ),
    m(
        "920108",
        "2025-12-02 12:10",
        "Nomsa Khumalo <nomsa.khumalo@mkc.co.za>",
        "RE: Offer of employment - Mathebula Kruger Consulting",
        A("offer", MKC, MKCR, 1, "direct"),
        "Hi Lerato\n\nThank you for returning the signed offer, and congratulations! Your checks have all come back clear. I have let Johan know that you have accepted, and we look forward to welcoming you on 2 February 2026.\n\nOur People team will be in touch in January regarding onboarding and your laptop.\n\nRegards\nNomsa\n\n-----Original Message-----\nFrom: Lerato Mahlangu <lerato.mahlangu@gmail.com>\nSent: Monday, 01 December 2025 19:44\nSubject: RE: Offer of employment - Mathebula Kruger Consulting\n\nDear Nomsa\n\nPlease find attached my signed offer letter. I am delighted to accept.\n\nKind regards\nLerato",
        st="accepted",
    ),
    m(
        "920109",
        "2026-01-20 10:00",
        "MKC People <people@mkc.co.za>",
        "Welcome to MKC - your first day",
        ("other_job", MKC, MKCR, None, "direct", "en"),
        "Dear Lerato\n\nWe are excited to welcome you to MKC on Monday, 2 February 2026. Please report to reception at 3rd Floor, 12 Bree Street, Cape Town at 08:00. Bring your ID, banking details and your ECSA certificate.\n\nParking is available in the basement; please give your vehicle registration to Reception.\n\nMKC People Team",
    ),
    # --- 2 Naledi Power SOC Ltd (SuccessFactors) ---
    m(
        "920201",
        "2025-10-09 20:15",
        "Naledi Power Careers <noreply@successfactors.eu>",
        "Your application is incomplete",
        ("alert", NP, NPR, None, "other", "en"),
        "Dear Lerato\n\nYou started an application for Civil Engineer: Transmission Civil Works (Job Req 55120) but have not yet submitted it. Your draft will be kept for 14 days.\n\nPlease sign in to the Naledi Power career portal to complete your application.\n\nNaledi Power SOC Ltd",
    ),
    m(
        "920202",
        "2025-10-10 07:48",
        "Naledi Power Careers <noreply@successfactors.eu>",
        "NPS: Application received - 55120",
        A("confirmation", NP, NPR, 2, "other"),
        "Dear Lerato Mahlangu\n\nThank you for your interest in employment at Naledi Power SOC Ltd (NPS).\n\nWe confirm receipt of your application for Civil Engineer: Transmission Civil Works, Megawatt Park, Johannesburg.\n\nPlease note that only shortlisted candidates will be contacted. If you have not heard from us within six (6) weeks of the closing date, please regard your application as unsuccessful.\n\nNPS is an equal opportunity employer.\n\nHuman Resources - Talent Sourcing",
    ),
    m(
        "920203",
        "2025-12-08 13:25",
        "NPS Talent Sourcing <talentsourcing@naledipower.co.za>",
        "Application status update",
        A("confirmation", NP, NPR, 2, "direct"),
        "Dear Applicant\n\nThank you for your application for the position: Civil Engineer: Transmission Civil Works (Ref 55120).\n\nPlease be advised that, due to the organisation-wide moratorium on filling of non-critical vacancies, this position has been frozen until further notice. Your application will remain on file and we will contact you should the recruitment process resume.\n\nWe apologise for any inconvenience.\n\nTalent Sourcing\nNaledi Power SOC Ltd",
        st="on_hold",
    ),
    # --- 3 Umgeni Coast Metro (e-recruitment portal) ---
    m(
        "920301",
        "2025-10-14 14:03",
        "UCMM e-Recruitment <erecruitment@umgenicoast.gov.za>",
        "Acknowledgement of application: Ref UCM/ENG/118/2025",
        A("confirmation", UC, UCR, 3, "other"),
        "UMGENI COAST METROPOLITAN MUNICIPALITY\nE-RECRUITMENT SYSTEM\n\nDear MS L MAHLANGU\n\nThis serves to acknowledge receipt of your application for the post: PRINCIPAL ENGINEER: COASTAL STRUCTURES (Ref UCM/ENG/118/2025), Engineering Unit, Durban.\n\nPlease note: Certified copies of qualifications are not required at this stage. Applicants who have not been contacted within three (3) months of the closing date should accept that their application was unsuccessful.\n\nThis is a system-generated message. Do not reply.",
    ),
    # --- 4 Brightstone Technical Recruitment for SPP ---
    m(
        "920401",
        "2025-10-15 10:22",
        "Rowan Pillay <rowan@brightstonetech.co.za>",
        "Structural Engineer (Bridges) - Durban - leading multidisciplinary consultancy",
        ("outreach", None, SPPR, None, "agency", "en"),
        "Hi Lerato\n\nHope you are well. I came across your profile on LinkedIn and your bridge experience on the N2 widening caught my eye.\n\nI am currently recruiting for a leading multidisciplinary consultancy in Durban that is looking for a Structural Engineer (Bridges), Pr Eng or close to registration, 6-10 years. Package is market-related, with hybrid working after probation.\n\nWould you be open to a quick call this week? If so, kindly send me an updated CV.\n\nKind regards\nRowan Pillay\nSenior Consultant: Built Environment\nBrightstone Technical Recruitment\n031 566 8810",
    ),
    m(
        "920402",
        "2025-10-17 09:05",
        "Rowan Pillay <rowan@brightstonetech.co.za>",
        "RE: Structural Engineer (Bridges) - Durban - leading multidisciplinary consultancy",
        A("confirmation", SPP, SPPR, 4, "agency"),
        "Hi Lerato\n\nThanks for the chat yesterday and for the CV. As discussed, the client is Sithole Pieterse & Partners (SPP) - their Durban bridges team. I have submitted your CV to them this morning and will let you know as soon as I hear back.\n\nKind regards\nRowan\n\nFrom: Lerato Mahlangu <lerato.mahlangu@gmail.com>\nSent: 16 October 2025 18:12\nSubject: RE: Structural Engineer (Bridges) - Durban\n\nHi Rowan, yes I am open to hearing more. CV attached. I am in Cape Town but would consider relocating to Durban."
        + SIG_L,
    ),
    m(
        "920403",
        "2025-10-28 12:40",
        "Rowan Pillay <rowan@brightstonetech.co.za>",
        "SPP interview - Thursday",
        A("interview", SPP, SPPR, 4, "agency"),
        "Hi Lerato\n\nGreat news - SPP would like to meet you. They have proposed Thursday 6 November at 14:00 on Teams with Sibusiso Sithole (Technical Director) and Karin Pieterse. I have accepted on your behalf; the invite will come directly from their side.\n\nSome tips: they are big on Eurocode vs SANS 10160 comparisons and on your site supervision experience.\n\nGood luck!\nRowan",
    ),
    m(
        "920404",
        "2025-10-28 13:15",
        "Karin Pieterse <karin.pieterse@spp-eng.co.za>",
        "Interview: Structural Engineer (Bridges) - L Mahlangu",
        A("interview", SPP, SPPR, 4, "direct"),
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 398 110 552 04\nPasscode: Pp9xQ2\n\nSithole Pieterse & Partners Consulting Engineers (Pty) Ltd",
        ics=inv(
            "spp-4410@spp-eng.co.za",
            "2025-11-06 14:00",
            "Interview: Structural Engineer (Bridges) - L Mahlangu",
            ("Karin Pieterse", "karin.pieterse@spp-eng.co.za"),
            att=[("Sibusiso Sithole", "sibusiso.sithole@spp-eng.co.za")],
        ),
    ),
    m(
        "920405",
        "2025-11-14 16:48",
        "Rowan Pillay <rowan@brightstonetech.co.za>",
        "Feedback from SPP",
        A("rejection", SPP, SPPR, 4, "agency"),
        "Hi Lerato\n\nI have just had feedback from SPP. They really enjoyed meeting you and were impressed with your technical depth, particularly on the precast beam design. Unfortunately they have decided to go with a candidate who is already based in Durban and has more incremental launching experience.\n\nI know that is disappointing. I will keep you in mind for other bridge roles - we have a few coming up in the new year.\n\nKind regards\nRowan",
    ),
    # --- 5 Berg & Mkhize (PNet, director from Gmail) ---
    m(
        "920501",
        "2025-10-12 19:30",
        "PNet <noreply@pnet.co.za>",
        "Your application has been sent: Structural Engineer",
        A("confirmation", BM, BMR, 5, "other"),
        html="<html><body><h2>Your application has been sent!</h2><p>Hi Lerato,</p><p>You have successfully applied for <b>Structural Engineer</b> at <b>Berg &amp; Mkhize Structural Engineers</b>, Cape Town, Western Cape.</p><p>The recruiter will review your CV. Good luck!</p><p>Tip: Keep your PNet profile up to date to be found by more recruiters.</p><p>PNet | Your career, our passion</p></body></html>",
    ),
    m(
        "920502",
        "2025-10-20 07:55",
        "Pieter Berg <pieterberg.eng@gmail.com>",
        "Structural Engineer position - your CV",
        A("interview", BM, BMR, 5, "direct"),
        "Morning Lerato\n\nThanks for your application via PNet. We are a small practice (8 people) in Observatory doing mostly residential and commercial buildings, some heritage work.\n\nWould you be able to pop in for a chat on Friday 24 October at 15:00? Our office is at 44 Lower Main Road, Observatory. Parking on the street.\n\nRegards\nPieter Berg Pr Eng\nBerg & Mkhize\n(sent from my phone)",
    ),
    m(
        "920503",
        "2025-11-05 17:22",
        "Pieter Berg <pieterberg.eng@gmail.com>",
        "Offer",
        A("offer", BM, BMR, 5, "direct"),
        "Hi Lerato\n\nThabo and I enjoyed meeting you and we would like to offer you the position. Attached is a letter with the details - package R68 000 per month CTC, 18 days leave, and we pay your ECSA and SAICE fees.\n\nLet us know what you think. Happy to chat.\n\nPieter\n\nBerg & Mkhize Structural Engineers CC",
        attach=[("Offer_BergMkhize.pdf", "application/pdf", "%PDF-1.4 offer placeholder")],
    ),
    m(
        "920504",
        "2025-11-27 08:14",
        "Pieter Berg <pieterberg.eng@gmail.com>",
        "Re: Offer",
        A("offer", BM, BMR, 5, "direct"),
        "Hi Lerato\n\nThanks for letting us know, and for being upfront. Shame, we would have liked to have you on board, but I understand MKC is a great opportunity. All the best with it - and if you ever want to come back to small-office life, give us a shout.\n\nCheers\nPieter\n\nOn Wed, 26 Nov 2025 at 21:03, Lerato Mahlangu <lerato.mahlangu@gmail.com> wrote:\n> Dear Pieter\n> Thank you so much for the offer. After a lot of thought I have decided to decline, as I have accepted another position.\n> Kind regards, Lerato",
        st="declined",
        **{"In-Reply-To": "<920503.20251105.5@gmail.com>"},
    ),
    # --- 6 Ubuntu Build (CareerJunction) ---
    m(
        "920601",
        "2025-10-16 12:12",
        "CareerJunction <noreply@careerjunction.co.za>",
        "Application successful: Contracts Engineer (Structures)",
        A("confirmation", UB, UBR, 6, "other"),
        html="<p>Hi Lerato</p><p>Your application for <strong>Contracts Engineer (Structures)</strong> has been submitted to <strong>Ubuntu Build Contractors (Pty) Ltd</strong>.</p><p>Location: Bellville, Western Cape<br>Reference: UBC-CE-0925</p><p>You can view all your applications on your CareerJunction dashboard.</p><p>CareerJunction</p>",
    ),
    m(
        "920602",
        "2025-11-10 09:40",
        "Ubuntu Build HR <hr@ubuntubuild.co.za>",
        "Application status update",
        A("rejection", UB, UBR, 6, "direct"),
        "Dear Lerato\n\nThank you for your interest in the Contracts Engineer (Structures) position and for the time you took to apply.\n\nWe received a large number of strong applications. After careful consideration, we regret to inform you that you have not been shortlisted on this occasion. We will keep your CV on our database for future opportunities.\n\nWe wish you every success in your career.\n\nHR Department\nUbuntu Build Contractors (Pty) Ltd\nCIDB Grade 9 CE",
    ),
    # --- 7 Swartland Precast (Careers24) ---
    m(
        "920701",
        "2025-10-22 21:02",
        "Careers24 <noreply@careers24.com>",
        "You applied for Design Engineer",
        A("confirmation", SW, SWR, 7, "other"),
        html="<table><tr><td><h3>Application sent</h3><p>Hi Lerato</p><p>Your application for <b>Design Engineer</b> at Swartland Precast (Pty) Ltd in Malmesbury has been sent.</p><p>What happens next? The employer will contact you directly if you are shortlisted.</p><p>Careers24 - Get the job you want</p></td></tr></table>",
    ),
    # --- 8 Kolosi (LinkedIn) ---
    m(
        "920801",
        "2025-10-08 13:37",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lerato, your application was sent to Kolosi Engineering Group",
        A("confirmation", KO, KOR1, 8, "linkedin"),
        "Your application was sent to Kolosi Engineering Group\n\nSenior Civil Engineer: Water & Sanitation\nKolosi Engineering Group - Johannesburg, Gauteng, South Africa (Hybrid)\nApplied on 8 October 2025\n\nView application: https://www.linkedin.com/jobs/view/4188201234\n\nThis email was intended for Lerato Mahlangu (Pr Eng | Structural Engineer)\nLinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085",
    ),
    m(
        "920802",
        "2025-10-13 08:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Kolosi Engineering Group",
        A("viewed", KO, KOR1, 8, "linkedin"),
        "Your application was viewed\n\nKolosi Engineering Group viewed your application for Senior Civil Engineer: Water & Sanitation.\n\nSee similar jobs\n\nThis email was intended for Lerato Mahlangu\nLinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085",
    ),
    m(
        "920803",
        "2025-10-30 10:10",
        "Kolosi Careers <careers@kolosigroup.com>",
        "Your application",
        A("rejection", KO, KOR1, 8, "direct"),
        "Dear Lerato\n\nThank you for applying for the role of Senior Civil Engineer: Water & Sanitation at Kolosi. Your structural background is impressive and we appreciated the detail in your CV.\n\nHowever, for this role we are looking for someone with more specialised experience in water treatment works and pipeline design, and we will not be taking your application further.\n\nWe encourage you to keep an eye on our careers page.\n\nKind regards\nKolosi Engineering Group (Pty) Ltd\nPeople & Culture",
    ),
    # --- 9 Harbour Line Developments (Indeed) ---
    m(
        "920901",
        "2025-10-19 16:45",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Development Engineer",
        A("confirmation", HL, HLR, 9, "indeed"),
        html="<p><b>Application submitted</b></p><p>Development Engineer<br>Harbour Line Developments - Cape Town, Western Cape</p><p>Your application has been sent to the employer. You can track it in My jobs.</p><p>Indeed</p>",
    ),
    m(
        "920902",
        "2025-11-18 11:11",
        "Tamsin Rhodes <tamsin@harbourline.co.za>",
        "Development Engineer role",
        A("rejection", HL, HLR, 9, "direct"),
        "Hi Lerato\n\nThanks for applying through Indeed for our Development Engineer role. We had a good response and we have decided to progress with candidates who have a more property-development and town-planning background.\n\nThanks again and best of luck with your search.\n\nTamsin Rhodes\nHarbour Line Developments\nV&A Waterfront, Cape Town",
    ),
    # --- 10 Khanyisa-Delport JV (direct) ---
    m(
        "921001",
        "2025-11-04 08:20",
        "Deon Delport <deon.delport@delportcivils.co.za>",
        "RE: Resident Engineer application - uMngeni Bridge",
        A("confirmation", JV, JVR, 10, "direct"),
        "Dear Lerato\n\nThank you for your application for the Resident Engineer position on the uMngeni River Bridge contract. The project is being delivered by the Khanyisa-Delport Joint Venture, and the engineering supervision team will be based in Durban for approximately 24 months.\n\nWe will be reviewing CVs at the end of the month and will be in touch.\n\nRegards\nDeon Delport Pr Eng\nProject Director\nKhanyisa-Delport JV\n(Khanyisa Engineering (Pty) Ltd & Delport Civils (Pty) Ltd)",
    ),
    m(
        "921002",
        "2025-11-20 10:35",
        "Deon Delport <deon.delport@delportcivils.co.za>",
        "KDJV - interview for Resident Engineer",
        A("interview", JV, JVR, 10, "direct"),
        "Dear Lerato\n\nWe would like to invite you to an interview for the Resident Engineer role. Would Wednesday 3 December at 09:00 on Teams suit you? The panel will include Zanele Khanyisa from our JV partner.\n\nRegards\nDeon Delport\nKDJV",
    ),
    m(
        "921003",
        "2025-11-27 14:02",
        "Deon Delport <deon.delport@delportcivils.co.za>",
        "RE: KDJV - interview for Resident Engineer",
        A("confirmation", JV, JVR, 10, "direct"),
        "Hi Lerato\n\nNoted with thanks, and congratulations on the new position. I have cancelled the interview on 3 December and removed your application from our shortlist.\n\nAll the best\nDeon\n\n> Dear Deon, Thank you for the invitation. Unfortunately I must withdraw my application as I have accepted an offer elsewhere. Kind regards, Lerato",
        st="withdrawn",
    ),
    # --- 11/12 Linden Haywood (Workday tenant lhafrica) ---
    m(
        "921101",
        "2025-10-24 10:30",
        "LH Africa Recruitment <lhafrica@myworkday.com>",
        "Application received",
        A("confirmation", LH, LHR1, 11, "workday"),
        "Dear Lerato\n\nThank you for applying for Senior Structural Engineer: Buildings (JR-2025-7719) in Johannesburg. We have received your application and it is now under review.\n\nWe appreciate your interest in joining Linden Haywood.\n\nLH Africa (Pty) Ltd, a member of the Linden Haywood Group",
    ),
    m(
        "921102",
        "2025-11-06 09:00",
        "LH Africa Recruitment <lhafrica@myworkday.com>",
        "Action required: please complete your assessment",
        A("assessment", LH, LHR1, 11, "workday"),
        "Dear Lerato\n\nAs the next step in your application for Senior Structural Engineer: Buildings, please complete a 45-minute technical case exercise. Open the task from your candidate home on our careers site. You have 5 working days.\n\nKind regards\nLinden Haywood Talent Team",
    ),
    m(
        "921103",
        "2025-11-26 14:44",
        "LH Africa Recruitment <lhafrica@myworkday.com>",
        "Your application",
        A("rejection", LH, LHR1, 11, "workday"),
        "Dear Lerato\n\nThank you for taking the time to complete the case exercise for Senior Structural Engineer: Buildings. We were impressed by your structured approach.\n\nAfter careful review, we regret to inform you that we will not be moving forward with your application for this position. We will retain your details for suitable future roles.\n\nKind regards\nLinden Haywood Talent Team",
    ),
    m(
        "921201",
        "2025-10-24 10:48",
        "LH Africa Recruitment <lhafrica@myworkday.com>",
        "Application received",
        A("confirmation", LH, LHR2, 12, "workday"),
        "Dear Lerato\n\nThank you for applying for Associate: Structures (JR-2025-7802) in Cape Town. We have received your application and it is now under review.\n\nWe appreciate your interest in joining Linden Haywood.\n\nLH Africa (Pty) Ltd, a member of the Linden Haywood Group",
    ),
    m(
        "921202",
        "2025-11-12 08:15",
        "LH Africa Recruitment <lhafrica@myworkday.com>",
        "Application status update - Associate: Structures",
        A("rejection", LH, LHR2, 12, "workday"),
        "Dear Lerato\n\nThank you for your interest in the Associate: Structures role. The position requires a minimum of 12 years post-graduate experience, and unfortunately we are unable to progress your application at this time.\n\nKind regards\nLinden Haywood Talent Team",
    ),
    # --- 13 Ndlovu Africon (SmartRecruiters) ---
    m(
        "921301",
        "2025-10-27 07:12",
        "Ndlovu Africon <noreply@smartrecruiters.com>",
        "Thank you for your application to Ndlovu Africon",
        A("confirmation", NA, NAR, 13, "smartrecruiters"),
        "Hi Lerato,\n\nThank you for applying for Structural Engineer: Mining Infrastructure in Johannesburg. Your application is now with our recruiting team.\n\nIf your profile matches what we are looking for, we will reach out. Unfortunately we cannot respond to every applicant individually.\n\nBest regards,\nNdlovu Africon Recruiting",
    ),
    m(
        "921302",
        "2025-11-12 12:30",
        "Refilwe Molefe <refilwe.molefe@ndlovuafricon.com>",
        "Teams interview - Structural Engineer: Mining Infrastructure",
        A("interview", NA, NAR, 13, "direct"),
        "Dear Lerato\n\nPlease find the Teams invitation for your interview with our Structures Lead, Craig van Wyk, below.\n\nRegards\nRefilwe Molefe\nHR Business Partner\nNdlovu Africon (Pty) Ltd",
        ics=inv(
            "na-88210@ndlovuafricon.com",
            "2025-11-18 11:00",
            "Interview - L. Mahlangu / Structural Engineer",
            ("Refilwe Molefe", "refilwe.molefe@ndlovuafricon.com"),
            minutes=45,
            att=[("Craig van Wyk", "craig.vanwyk@ndlovuafricon.com")],
        ),
    ),
    m(
        "921303",
        "2025-12-01 15:05",
        "Ndlovu Africon <noreply@smartrecruiters.com>",
        "Update on your application",
        A("rejection", NA, NAR, 13, "smartrecruiters"),
        "Hi Lerato,\n\nThank you for interviewing with us. It was a pleasure to learn more about your experience. We have now filled the Structural Engineer: Mining Infrastructure position with another candidate.\n\nWe wish you the best in your job search.\n\nNdlovu Africon Recruiting",
    ),
    # --- 14 Overberg Bulk Water (direct email) ---
    m(
        "921401",
        "2025-11-03 09:55",
        "OBW Recruitment <recruitment@obw.org.za>",
        "Automatic reply: Application - Civil Engineer: Bulk Infrastructure",
        A("confirmation", OB, OBR, 14, "direct"),
        "Thank you for your email. This serves as confirmation that your application has been received by Overberg Bulk Water. Applications close on 14 November 2025. Should you not be contacted within 60 days of the closing date, please consider your application unsuccessful.",
    ),
    # --- 15 Rietvlei Consulting (Workable, forwarded from old work address) ---
    m(
        "921501",
        "2025-10-03 17:40",
        "Lerato Mahlangu <lmahlangu@capeportengineers.co.za>",
        "Fwd: Thanks for applying to Rietvlei Consulting",
        A("confirmation", RV, RVR, 15, "workable"),
        "Sent from my work account by mistake - forwarding to personal.\n\n---------- Forwarded message ---------\nFrom: Rietvlei Consulting <noreply@candidates.workablemail.com>\nDate: Fri, 3 Oct 2025 at 16:58\nSubject: Thanks for applying to Rietvlei Consulting\nTo: <lmahlangu@capeportengineers.co.za>\n\nHi Lerato,\n\nThanks for applying for the Structural Engineer position at Rietvlei Consulting. Our team will review your application and get back to you.\n\nThe Rietvlei Consulting hiring team",
    ),
    m(
        "921502",
        "2025-10-29 10:04",
        "Rietvlei Consulting <noreply@candidates.workablemail.com>",
        "Structural Engineer at Rietvlei Consulting",
        A("rejection", RV, RVR, 15, "workable"),
        "Hi Lerato,\n\nThanks for your interest in the Structural Engineer role. We have reviewed your application and unfortunately it won't be moving forward at this stage. We'd love to stay in touch for future openings.\n\nBest,\nThe Rietvlei Consulting hiring team",
    ),
    # --- 16 Talent Bridge for Zenzele Construction ---
    m(
        "921601",
        "2025-11-11 11:45",
        "Marisa Botha <marisa@talentbridge.co.za>",
        "Temporary Works Engineer - JSE-listed contractor - Gauteng",
        ("outreach", None, ZCR, None, "agency", "en"),
        "Good day Lerato\n\nI am assisting a JSE-listed construction group with a Temporary Works Engineer appointment in Johannesburg (formwork, falsework, propping design). They would ideally like someone Pr Eng registered.\n\nPlease let me know if this is of interest and send through your latest CV and current/expected package.\n\nKind regards\nMarisa Botha\nTalent Bridge SA\nwww.talentbridge.co.za",
    ),
    m(
        "921602",
        "2025-11-13 09:20",
        "Marisa Botha <marisa@talentbridge.co.za>",
        "RE: Temporary Works Engineer - JSE-listed contractor - Gauteng",
        A("confirmation", ZC, ZCR, 16, "agency"),
        "Hi Lerato\n\nThank you for the CV. I can now confirm the client is Zenzele Construction Holdings - the role sits within their Zenzele Civils division in Midrand. I have forwarded your CV with your consent and will revert once I have feedback.\n\nKind regards\nMarisa",
    ),
    m(
        "921603",
        "2025-12-05 08:00",
        "Marisa Botha <marisa@talentbridge.co.za>",
        "Automatic reply: Any news on Zenzele?",
        ("other_job", ZC, ZCR, None, "agency", "en"),
        "Thank you for your email. I am on leave from 5 December 2025 until 12 January 2026 with limited access to email. For urgent matters, kindly contact info@talentbridge.co.za.\n\nMarisa Botha | Talent Bridge SA",
    ),
    # --- 17 Studio Lwazi (Teamtailor) ---
    m(
        "921701",
        "2025-10-30 12:20",
        "Studio Lwazi <no-reply@teamtailor-mail.com>",
        "We've received your application!",
        A("confirmation", SL, SLR, 17, "teamtailor"),
        "Hi Lerato!\n\nThank you for applying for Facade Engineer at Studio Lwazi. We're reading every application ourselves, so give us a week or two.\n\nIf you are not selected for this role, we'll still let you know - we don't believe in ghosting.\n\nWarmly,\nThe Studio Lwazi team\nWoodstock, Cape Town",
    ),
    m(
        "921702",
        "2025-11-07 15:10",
        "Nandi Lwazi <nandi@studiolwazi.co.za>",
        "Coffee and a chat?",
        A("interview", SL, SLR, 17, "direct"),
        "Hi Lerato\n\nLoved your application. Would you like to come through to the studio for a conversation with me and our lead facade engineer? Please choose a time that suits you here: https://calendly.com/nandi-studiolwazi/45min\n\nNandi Lwazi\nFounder, Studio Lwazi Architects + Engineers",
    ),
    m(
        "921703",
        "2025-11-08 08:14",
        "Calendly <notifications@calendly.com>",
        "New Event: Lerato Mahlangu - 10:00am Thu, 13 Nov 2025 - Studio Lwazi conversation",
        A("interview", SL, SLR, 17, "other"),
        "Hi Lerato Mahlangu,\n\nYour event has been scheduled.\n\nEvent type: Studio Lwazi conversation (45 min)\nWith: Nandi Lwazi\nDate/Time: 10:00am - 10:45am, Thursday, 13 November 2025 (South Africa Time)\nLocation: 71 Albert Road, Woodstock\n\nNeed to make changes? Cancel or reschedule.\n\nPowered by Calendly",
        ics=inv(
            "cal-7a21ff@calendly.com",
            "2025-11-13 10:00",
            "Studio Lwazi conversation - Lerato Mahlangu",
            ("Nandi Lwazi", "nandi@studiolwazi.co.za"),
            minutes=45,
            loc="71 Albert Road, Woodstock",
        ),
    ),
    m(
        "921704",
        "2025-11-21 17:30",
        "Nandi Lwazi <nandi@studiolwazi.co.za>",
        "Thank you",
        A("rejection", SL, SLR, 17, "direct"),
        "Hi Lerato\n\nThank you again for spending the morning with us - the team really enjoyed your energy and the way you talked about the Sea Point retrofit.\n\nIt was a very close call, but we have decided to go with someone who has a stronger curtain-wall and glass background, which is where most of our current work sits. I am sorry it is not better news.\n\nPlease do stay in touch.\n\nNandi",
    ),
    # --- 18 Solace Renewables (Greenhouse) ---
    m(
        "921801",
        "2025-10-18 11:00",
        "Solace Renewables <no-reply@greenhouse.io>",
        "Thank you for applying to Solace",
        A("confirmation", SR, SRR, 18, "greenhouse"),
        "Hi Lerato,\n\nThanks for your interest in Solace Renewables! We've received your application for Civil Engineer: Wind & Solar BoP (Cape Town).\n\nOur team is reviewing applications and will be in touch if your experience is a match. Unfortunately, due to volume we may not be able to respond to everyone personally.\n\nRegards,\nSolace Talent",
    ),
    m(
        "921802",
        "2025-10-31 14:00",
        "Jared Adams <jared.adams@solacerenewables.com>",
        "Solace - case study",
        A("assessment", SR, SRR, 18, "direct"),
        "Hi Lerato\n\nThanks for your time on the phone earlier. As mentioned, the next step is a short case study: attached is a site layout and geotech summary for a 140 MW PV plant in the Northern Cape. Please give us your approach to the foundations and internal roads (max 4 pages). Kindly return by Friday 7 November.\n\nCheers\nJared Adams\nHead of Engineering, Solace Renewables",
        attach=[
            ("Solace_CaseStudy_PV140.pdf", "application/pdf", "%PDF-1.4 case study placeholder")
        ],
    ),
    m(
        "921803",
        "2025-11-11 16:02",
        "Solace Renewables <no-reply@greenhouse.io>",
        "Interview confirmation: Solace Renewables",
        A("interview", SR, SRR, 18, "greenhouse"),
        "Hi Lerato,\n\nYour interview for Civil Engineer: Wind & Solar BoP is confirmed.\n\nWednesday, 19 November 2025, 13:00 - 14:00 SAST\nSolace office, 2nd Floor, The Boulevard, Searle Street, Woodstock\nInterviewers: Jared Adams, Leigh Fortuin\n\nPlease bring your case study printout.\n\nSolace Talent",
        ics=inv(
            "gh-5528301@greenhouse.io",
            "2025-11-19 13:00",
            "Interview: Lerato Mahlangu (Civil Engineer: Wind & Solar BoP)",
            ("Solace Talent", "talent@solacerenewables.com"),
            loc="The Boulevard, Searle Street, Woodstock",
        ),
    ),
    m(
        "921804",
        "2025-12-03 09:17",
        "Solace Renewables <no-reply@greenhouse.io>",
        "Following up on your application",
        A("rejection", SR, SRR, 18, "greenhouse"),
        "Hi Lerato,\n\nThank you for the thought you put into the case study and for meeting the team. We know how much effort goes into this.\n\nWe have decided to move forward with another candidate whose experience is more closely aligned to utility-scale renewables. We hope our paths cross again.\n\nWarm regards,\nSolace Talent",
    ),
    # --- 19 Buildwise (Lever) ---
    m(
        "921901",
        "2025-11-19 13:13",
        "Buildwise <no-reply@hire.lever.co>",
        "Buildwise - application received",
        A("confirmation", BW, BWR, 19, "lever"),
        "Hi Lerato,\n\nThanks for applying to the Structural Engineer (Product) role at Buildwise. We're building design software for South African engineers and we're excited you're interested.\n\nWe'll get back to you soon.\n\nThe Buildwise team",
    ),
    m(
        "921902",
        "2025-12-10 10:41",
        "Buildwise <no-reply@hire.lever.co>",
        "Re: Structural Engineer (Product)",
        A("rejection", BW, BWR, 19, "lever"),
        "Hi Lerato,\n\nQuick update: we have now filled the Structural Engineer (Product) role, so we won't be moving forward with other candidates. Thanks so much for your interest in Buildwise.\n\nBest,\nThe Buildwise team",
    ),
    # --- 20 Kolosi re-application (LinkedIn) ---
    m(
        "922001",
        "2025-11-17 20:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lerato, your application was sent to Kolosi Engineering Group",
        A("confirmation", KO, KOR2, 20, "linkedin"),
        "Your application was sent to Kolosi Engineering Group\n\nSenior Civil Engineer: Stormwater\nKolosi Engineering Group - Cape Town, Western Cape, South Africa (On-site)\nApplied on 17 November 2025\n\nThis email was intended for Lerato Mahlangu (Pr Eng | Structural Engineer)\nLinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085",
    ),
    # --- 21 Port Natal Marine (iCIMS) ---
    m(
        "922101",
        "2025-10-25 09:09",
        "PNM Careers <portnatalmarine@talent.icims.com>",
        "PNM: We have received your application",
        A("confirmation", PN, PNR, 21, "icims"),
        "Dear Lerato,\n\nThank you for your interest in PNM. We have received your application for the position of Coastal Engineer (Durban). Requisition 2025-1187.\n\nYou can log in to the careers portal to check the status of your application.\n\nPort Natal Marine Engineering (Pty) Ltd",
    ),
    m(
        "922102",
        "2025-11-13 11:30",
        "PNM Careers <portnatalmarine@talent.icims.com>",
        "Invitation to interview - Coastal Engineer",
        A("interview", PN, PNR, 21, "icims"),
        "Dear Lerato,\n\nWe are pleased to invite you to a virtual interview for the Coastal Engineer position. Please select a slot using the link below:\n\nhttps://careers-portnatalmarine.icims.com/jobs/1187/schedule\n\nKind regards,\nPNM Talent Acquisition",
    ),
    m(
        "922103",
        "2025-11-14 07:58",
        "Thulani Zulu <thulani.zulu@pnmarine.co.za>",
        "Interview: Coastal Engineer - Lerato Mahlangu",
        A("interview", PN, PNR, 21, "direct"),
        "Microsoft Teams meeting\nMeeting ID: 377 221 094 881\nPasscode: 8sNm4u",
        ics=inv(
            "pnm-intv-1187-03@pnmarine.co.za",
            "2025-11-20 09:30",
            "Interview: Coastal Engineer - Lerato Mahlangu",
            ("Thulani Zulu", "thulani.zulu@pnmarine.co.za"),
        ),
    ),
    m(
        "922104",
        "2025-12-12 12:00",
        "PNM Careers <portnatalmarine@talent.icims.com>",
        "Regarding your application with PNM",
        A("rejection", PN, PNR, 21, "icims"),
        "Dear Lerato,\n\nThank you for the time you invested in interviewing for the Coastal Engineer position. While your experience is valuable, we have selected a candidate whose profile better matches our current needs.\n\nWe wish you success in your future endeavours.\n\nPNM Talent Acquisition",
    ),
    # --- 22 Helderberg Timber Frame (Personio) ---
    m(
        "922201",
        "2025-11-01 10:25",
        "Helderberg Timber Frame <noreply@personio.de>",
        "Your application at Helderberg Timber Frame",
        A("confirmation", HT, HTR, 22, "personio"),
        "Dear Lerato Mahlangu,\n\nThank you for your application as Senior Engineer. We have received your documents and will get back to you as soon as possible.\n\nKind regards\nHelderberg Timber Frame (Pty) Ltd, Somerset West",
    ),
    m(
        "922202",
        "2025-11-28 14:31",
        "Helderberg Timber Frame <noreply@personio.de>",
        "Your application at Helderberg Timber Frame",
        A("rejection", HT, HTR, 22, "personio"),
        "Dear Lerato Mahlangu,\n\nThank you again for your interest in Helderberg Timber Frame. Unfortunately, we have decided not to proceed with your application for the Senior Engineer role, as we are prioritising candidates with timber design (SANS 10163) experience.\n\nWe wish you all the best.\n\nHelderberg Timber Frame (Pty) Ltd",
    ),
]
