# ruff: noqa: E501, RUF100
"""Corpus 108, international-organisation job mail (data only): see heldout108.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


ICES = "ICES"
ICES1 = "Logistics Officer (P-3), Emergency Stockpiles Unit"
WR, WR1, WR2 = (
    "WRSO",
    "Programme Officer, Humanitarian Supply Chains (NOC, fixed-term)",
    "Associate Programme Officer, Preparedness (P-2)",
)
AWF, AWF1 = "Alpine Water Fund", "Programme Officer, WASH Partnerships"
CD, CD1 = "ICDR", "Associate Programme Officer, Anticipatory Action"
CC, CC1 = "Coalition for Cold Chain Access", "Supply Chain Programme Officer"
EAN, EAN1 = "Ecumenical Aid Network", "Programme Officer, Humanitarian Response"
KD, KD1 = "Kestrel Development Partners", "Senior Programme Officer, Humanitarian Supply Chains"
CMR, CMR1 = "Cordillera Medical Relief", "Logistics Coordinator – Cox's Bazar"
HF, HF1, HF2 = (
    "Harbour & Field Relief",
    "Programme Manager, Cash and Logistics",
    "Humanitarian Programme Officer",
)
NDC, NDC1 = "Nordic Displacement Council", "Logistics Cluster Coordinator – Juba"

SIG_ICES = "\n\nHuman Resources Management Section\nInternational Centre for Emergency Stockpiles (ICES)\nPalais des Nations annex, Avenue de la Paix 9, 1202 Geneva"

MAIL: list[dict[str, Any]] = [
    # --- 1 ICES, Logistics Officer P-3 (own portal; acronym / English / French name) -------
    m(
        "50311",
        "2025-09-04 17:42",
        "ICES e-Recruitment <no-reply@erecruit.ices-cisu.example>",
        "Acknowledgement of application / Accusé de réception – VA 2025/ESU/114",
        A("confirmation", ICES, ICES1, 1, "other"),
        "Dear Ms Achterberg,\n\nThis is to acknowledge receipt of your application for the position of Logistics Officer (P-3), Emergency Stockpiles Unit, Vacancy Announcement VA 2025/ESU/114.\n\nDue to the high volume of applications, only candidates under serious consideration will be contacted. If you do not hear from us within three months of the deadline, please consider that your candidature was unsuccessful.\n\n---\n\nMadame,\n\nNous accusons réception de votre candidature au poste de Logisticien(ne) (P-3), Unité des stocks d'urgence (avis de vacance VA 2025/ESU/114). Seuls les candidat(e)s retenu(e)s pour la suite du processus seront contacté(e)s.\n\nThis is an automated message. Ceci est un message automatique."
        + SIG_ICES,
    ),
    m(
        "50388",
        "2025-10-02 09:15",
        "Talent Acquisition – CISU <recrutement@ices-cisu.example>",
        "VA 2025/ESU/114 – Long-list / liste élargie",
        A("viewed", ICES, ICES1, 1, "direct"),
        "Dear Candidate,\n\nWe are pleased to inform you that, following the initial screening, your application for VA 2025/ESU/114 has been long-listed. The hiring panel is now reviewing the long-listed candidates and you may be invited to a written assessment in the coming weeks.\n\nNo action is required from you at this stage.\n\nKind regards,\nTalent Acquisition Unit\nCentre international des stocks d'urgence (CISU) / International Centre for Emergency Stockpiles",
    ),
    m(
        "50402",
        "2025-10-09 14:03",
        "Talent Acquisition – CISU <recrutement@ices-cisu.example>",
        "Invitation to a written test – Logistics Officer (P-3)",
        A("assessment", ICES, ICES1, 1, "direct"),
        "Dear Ms Achterberg,\n\nYou are invited to take part in a written test for the above position on Thursday 16 October 2025, from 10:00 to 12:30 Geneva time.\n\nThe test will be administered online. The link will be sent to you 30 minutes before the start. The test consists of two case-based questions on stockpile pre-positioning and one drafting exercise. Please confirm your participation by replying to this email by 13 October.\n\nPlease note that the test is anonymous: do not write your name on any page.\n\nBest regards,\nTalent Acquisition Unit\nICES",
    ),
    m(
        "50415",
        "2025-10-16 09:30",
        "Talent Acquisition – CISU <recrutement@ices-cisu.example>",
        "Written test link – VA 2025/ESU/114 – candidate code 114-27",
        A("assessment", ICES, ICES1, 1, "direct"),
        "Dear Candidate 114-27,\n\nPlease find below the link to the written test. It will open at 10:00 and close at 12:30 sharp; submissions after that time will not be considered.\n\nhttps://assess.ices-cisu.example/t/114-27\n\nGood luck.\nTalent Acquisition Unit",
    ),
    m(
        "50433",
        "2025-11-03 16:20",
        "Ingrid Solheim-Baptiste <ingrid.solheim@ices-cisu.example>",
        "Competency-based interview – VA 2025/ESU/114",
        A("interview", ICES, ICES1, 1, "direct"),
        "Dear Ms Achterberg,\n\nFurther to the written test, I am pleased to invite you to a competency-based interview with the assessment panel on Tuesday 11 November 2025 at 14:30 (Geneva time). The interview will take place via Webex and will last approximately 60 minutes. It will focus on the competencies of Planning and Organizing, Teamwork and Accountability, as well as technical questions.\n\nA meeting invitation follows. Please have an identity document at hand.\n\nWith best regards,\nIngrid Solheim-Baptiste\nHuman Resources Officer\nInternational Centre for Emergency Stockpiles | Centre international des stocks d'urgence",
        ics={
            "style": "outlook",
            "start": "2025-11-11 14:30:00 +0100",
            "minutes": 60,
            "summary": "CBI – VA 2025/ESU/114 – N. Achterberg",
            "organizer": ("Ingrid Solheim-Baptiste", "ingrid.solheim@ices-cisu.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000050433ICES",
            "location": "Webex – https://ices-cisu.webex.example/meet/hr.panel3",
            "attendees": [("Panel ESU", "panel.esu@ices-cisu.example")],
        },
    ),
    m(
        "50447",
        "2025-11-28 11:12",
        "Talent Acquisition – CISU <recrutement@ices-cisu.example>",
        "Reference checks – VA 2025/ESU/114",
        A("interview", ICES, ICES1, 1, "direct"),
        "Dear Ms Achterberg,\n\nThe panel has completed the interviews and we would now like to proceed with reference checks. Could you kindly provide the names and email addresses of three referees, including at least two former supervisors, by 3 December?\n\nPlease note that this step does not constitute an offer of employment.\n\nKind regards,\nTalent Acquisition Unit",
    ),
    m(
        "50460",
        "2025-12-19 15:47",
        "ICES e-Recruitment <no-reply@erecruit.ices-cisu.example>",
        "Outcome of your application – VA 2025/ESU/114 / Résultat de votre candidature",
        A("rejection", ICES, ICES1, 1, "other"),
        "Dear Ms Achterberg,\n\nThank you for your interest in the International Centre for Emergency Stockpiles and for the time you invested in the assessment process.\n\nYou performed well and the panel appreciated your field experience. However, we regret to inform you that your application has not been retained for this position. With your agreement, your profile will be placed on the roster of pre-approved candidates for similar positions at the same level for two years.\n\n---\n\nMadame, nous vous remercions de votre intérêt pour le CISU. Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour ce poste.\n"
        + SIG_ICES,
    ),
    # --- 2 WRSO, Geneva NOC fixed-term (portal, Taleo-like) -> offer, accepted ------------
    m(
        "50502",
        "2025-09-12 22:06",
        "WRSO Careers <wrso@taleo.net>",
        "WRSO – Application received: Programme Officer, Humanitarian Supply Chains (Req. 25-0871)",
        A("confirmation", WR, WR1, 2, "taleo"),
        "Dear Noémie,\n\nThank you for applying to the World Relief Supply Organization (WRSO). We have received your application for the position Programme Officer, Humanitarian Supply Chains (NOC, fixed-term), requisition 25-0871, duty station Geneva.\n\nYou can monitor the status of your application at any time by logging into your candidate account. Please note that the status shown in the portal may not be updated at every stage.\n\nBest regards,\nWRSO Talent Acquisition\n\nThis email was sent from an unmonitored mailbox.",
    ),
    m(
        "50519",
        "2025-10-07 08:55",
        "WRSO Talent Acquisition <talent@wrso.example>",
        "Req. 25-0871 – Technical assessment",
        A("assessment", WR, WR1, 2, "direct"),
        "Dear Ms Achterberg,\n\nWe are pleased to inform you that you have been shortlisted for the next stage of the selection process for requisition 25-0871.\n\nThe next stage is a timed technical assessment (3 hours) which you can take at any time between Monday 13 October 08:00 and Tuesday 14 October 20:00 CEST. You will receive a separate email from our testing platform with your personal link.\n\nKind regards,\nMarcus Delacroix-Wendt\nTalent Acquisition Partner\nWorld Relief Supply Organization – Organisation mondiale d'approvisionnement humanitaire\nRue de Varembé 7, 1211 Genève 20",
    ),
    m(
        "50527",
        "2025-10-28 12:40",
        "Marcus Delacroix-Wendt <mdelacroix@wrso.example>",
        "Interview invitation – Programme Officer, Humanitarian Supply Chains",
        A("interview", WR, WR1, 2, "direct"),
        "Dear Noémie,\n\nCongratulations on your results in the technical assessment. We would like to invite you to a competency-based interview on Wednesday 5 November at 10:00 Geneva time, via Microsoft Teams. The panel will comprise the hiring manager (Head, Supply Chain Preparedness), a member of the Supply Division and an HR representative.\n\nPlease use the STAR method for your answers. A Teams invitation will follow from our scheduling mailbox.\n\nBest regards,\nMarcus",
    ),
    m(
        "50528",
        "2025-10-28 12:44",
        "WRSO Interviews <interviews@wrso.example>",
        "Interview: N. Achterberg – Req. 25-0871",
        A("interview", WR, WR1, 2, "direct"),
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 381 552 904 117\nPasscode: Wq7cBx\n\nPanel: Req. 25-0871 Programme Officer, Humanitarian Supply Chains\nFor organisers: Meeting options",
        ics={
            "style": "outlook",
            "start": "2025-11-05 10:00:00 +0100",
            "minutes": 75,
            "summary": "Interview: N. Achterberg – Req. 25-0871",
            "organizer": ("WRSO Interviews", "interviews@wrso.example"),
            "uid": "040000008200E00074C5B7101A82E008000000005052825-0871",
            "location": "Microsoft Teams Meeting",
            "attendees": [("Marcus Delacroix-Wendt", "mdelacroix@wrso.example")],
        },
    ),
    m(
        "50540",
        "2025-11-17 17:05",
        "Marcus Delacroix-Wendt <mdelacroix@wrso.example>",
        "Reference check – consent",
        A("interview", WR, WR1, 2, "direct"),
        "Dear Noémie,\n\nI am pleased to let you know that you have been recommended by the panel. Before we can proceed, we need to carry out reference checks. Our vendor will contact the referees you listed in your profile; please sign the attached consent form and return it at your earliest convenience.\n\nBest regards,\nMarcus",
        attach=[
            ("WRSO_reference_consent.pdf", "application/pdf", "%PDF-1.4 consent form placeholder")
        ],
    ),
    m(
        "50555",
        "2025-12-03 10:22",
        "WRSO Human Resources <hr.contracts@wrso.example>",
        "Offer of appointment – fixed-term contract – Ms N. Achterberg",
        A("offer", WR, WR1, 2, "direct"),
        "Dear Ms Achterberg,\n\nOn behalf of the Director-General of the World Relief Supply Organization, I have the pleasure of offering you a fixed-term appointment as Programme Officer, Humanitarian Supply Chains (NOC, step 1), in the Supply Chain Preparedness Section, Geneva, for an initial period of two years, subject to satisfactory medical clearance.\n\nThe attached letter sets out the terms and conditions, including salary, pension fund participation and the probationary period. We would be grateful if you could confirm your acceptance by signing and returning the letter by 12 December 2025.\n\nYours sincerely,\nHelena Costa-Riedel\nChief, Human Resources Operations",
        attach=[
            (
                "Offer_of_appointment_Achterberg.pdf",
                "application/pdf",
                "%PDF-1.4 offer letter placeholder",
            )
        ],
    ),
    m(
        "50561",
        "2025-12-08 09:14",
        "WRSO Human Resources <hr.contracts@wrso.example>",
        "RE: Offer of appointment – fixed-term contract – Ms N. Achterberg",
        A("offer", WR, WR1, 2, "direct"),
        "Dear Ms Achterberg,\n\nThank you for returning the signed letter of appointment; we are delighted that you will be joining WRSO. Your entry on duty is confirmed for 2 February 2026. The medical unit will contact you about the clearance, and you will receive onboarding information in January.\n\nWelcome aboard!\nHelena Costa-Riedel\n\n-----Original Message-----\nFrom: Noémie Achterberg\nSent: Sunday, 7 December 2025 21:40\nSubject: RE: Offer of appointment\n\nDear Ms Costa-Riedel, please find the signed offer attached. I am very happy to accept. Best regards, Noémie",
        st="accepted",
        **{"In-Reply-To": "<50555.20251203.68@wrso.example>"},
    ),
    m(
        "50570",
        "2026-01-14 11:30",
        "WRSO Onboarding <onboarding@wrso.example>",
        "Welcome to WRSO – your first day (2 February)",
        ("other_job", WR, WR1, None, "direct", "en"),
        "Dear Noémie,\n\nWelcome! On 2 February please come to the badge office at Rue de Varembé 7 at 08:30. Bring your passport and the carte de légitimation form, which the Protocol Unit will process with the Mission suisse. Your induction programme is attached.\n\nOnboarding Team\nWRSO",
    ),
    # --- 3 WRSO, regional office Nairobi P-2 -> not retained ---------------------------------
    m(
        "50610",
        "2025-09-19 13:11",
        "WRSO Careers <wrso@taleo.net>",
        "WRSO – Application received: Associate Programme Officer, Preparedness (P-2)",
        A("confirmation", WR, WR2, 3, "taleo"),
        "Dear Noémie,\n\nThank you for applying to the World Relief Supply Organization (WRSO). We have received your application for the position Associate Programme Officer, Preparedness (P-2), requisition 25-0902, duty station Nairobi (Regional Office for East and Southern Africa).\n\nBest regards,\nWRSO Talent Acquisition\n\nThis email was sent from an unmonitored mailbox.",
    ),
    m(
        "50622",
        "2025-11-21 07:48",
        "WRSO Regional Office for East and Southern Africa <rosea.hr@wrso.example>",
        "Your application – Req. 25-0902",
        A("rejection", WR, WR2, 3, "direct"),
        "Dear Candidate,\n\nThank you for your application for the position of Associate Programme Officer, Preparedness (P-2) based in Nairobi.\n\nWe received a very large number of applications from highly qualified candidates. After careful review, we regret to inform you that your application has not been retained for further consideration.\n\nWe thank you for your interest in WRSO and encourage you to continue to apply for positions that match your profile.\n\nHR Unit, WRSO Regional Office, Gigiri, Nairobi",
    ),
    # --- 4 Alpine Water Fund, hosted by GCHS (SmartRecruiters tenant of the host) -----------
    m(
        "50701",
        "2025-09-22 10:02",
        "Geneva Centre for Humanitarian Studies <noreply@smartrecruiters.com>",
        "Thank you for your application",
        A("confirmation", AWF, AWF1, 4, "smartrecruiters"),
        html="<html><body><p>Hi Noémie,</p><p>Thanks for applying for <b>Programme Officer, WASH Partnerships (Alpine Water Fund)</b>. We have received your application and our team will review it shortly.</p><p>The Alpine Water Fund is a foundation hosted by the Geneva Centre for Humanitarian Studies; staff are employed under GCHS contracts.</p><p>If your profile matches, we will get in touch. Unfortunately, due to the number of applications we are not able to give individual feedback at this stage.</p><p>Best,<br>GCHS People Team</p><p style='font-size:11px;color:#888'>Powered by SmartRecruiters</p></body></html>",
    ),
    m(
        "50712",
        "2025-10-15 16:31",
        "Laure Vuilleumier <l.vuilleumier@gchs.example>",
        "Alpine Water Fund – interview",
        A("interview", AWF, AWF1, 4, "direct"),
        "Dear Noémie,\n\nI am writing on behalf of the Alpine Water Fund regarding your application for the Programme Officer, WASH Partnerships position. The Fund's Executive Director, Tomas Reinholt, and I would like to meet you on Teams on Wednesday 22 October at 11:00.\n\nPlease let me know if this suits you.\n\nBest wishes,\nLaure Vuilleumier\nHR Business Partner, GCHS (host institution of the Alpine Water Fund)",
        ics={
            "style": "outlook",
            "start": "2025-10-22 11:00:00 +0200",
            "minutes": 45,
            "summary": "AWF – Programme Officer WASH – interview N. Achterberg",
            "organizer": ("Laure Vuilleumier", "l.vuilleumier@gchs.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000050712AWF",
            "location": "Microsoft Teams Meeting",
            "attendees": [("Tomas Reinholt", "t.reinholt@alpinewaterfund.example")],
        },
    ),
    m(
        "50725",
        "2025-11-06 18:20",
        "Laure Vuilleumier <l.vuilleumier@gchs.example>",
        "Programme Officer, WASH Partnerships – update",
        A("rejection", AWF, AWF1, 4, "direct"),
        "Dear Noémie,\n\nThank you again for the interview with Tomas and me. We both enjoyed the conversation, and your experience with the logistics cluster in Chad was very relevant.\n\nIt was a close decision, but we have decided to move forward with another candidate whose profile is closer to the Fund's donor-relations needs. We will keep your details in mind for future roles at the Fund and at GCHS.\n\nWarm regards,\nLaure",
    ),
    # --- 5 ICDR, Taleo -> post cancelled -----------------------------------------------------
    m(
        "50801",
        "2025-09-26 19:33",
        "ICDR Recruitment <icdr@taleo.net>",
        "Your application for Associate Programme Officer, Anticipatory Action (2500419)",
        A("confirmation", CD, CD1, 5, "taleo"),
        "Dear Noémie Achterberg,\n\nThank you for your interest in the Intergovernmental Commission on Disaster Risk (ICDR). This message confirms that your application for job number 2500419 has been submitted.\n\nPlease note that if you are not selected for an interview, you will not be contacted further. You may view the status of your submission by accessing the Career Section.\n\nSincerely,\nICDR Human Resources\nCommission intergouvernementale sur les risques de catastrophe (CIRC)",
    ),
    m(
        "50814",
        "2025-12-01 09:00",
        "ICDR Recruitment <icdr@taleo.net>",
        "Job 2500419 – Vacancy cancelled",
        A("rejection", CD, CD1, 5, "taleo"),
        "Dear Noémie Achterberg,\n\nWe would like to inform you that the post of Associate Programme Officer, Anticipatory Action (2500419) has been cancelled following a review of the 2026 budget. Consequently, the selection process has been discontinued and no appointment will be made.\n\nWe thank you for your interest in ICDR and invite you to consult our Career Section regularly.\n\nSincerely,\nICDR Human Resources",
    ),
    # --- 6 Coalition for Cold Chain Access, Workday -> ghosted -------------------------------
    m(
        "50901",
        "2025-10-01 08:41",
        "CCCA Careers <ccca@myworkday.com>",
        "Application Received – Supply Chain Programme Officer",
        A("confirmation", CC, CC1, 6, "workday"),
        html="<html><body><p>Dear Noémie,</p><p>Thank you for submitting your application for <b>Supply Chain Programme Officer</b> (JR-1188) at the Coalition for Cold Chain Access.</p><p>Our recruitment team will carefully review your profile. You can follow the progress of your application in your Candidate Home.</p><p>Kind regards,<br>CCCA Talent Team<br>Chemin de Blandonnet 8, 1214 Vernier</p></body></html>",
    ),
    # --- 7 Ecumenical Aid Network, Workday -> interview -> rejection --------------------------
    m(
        "51001",
        "2025-10-06 14:27",
        "EAN Recruiting <ean@myworkday.com>",
        "We've received your application",
        A("confirmation", EAN, EAN1, 7, "workday"),
        html="<html><body><p>Hello Noémie,</p><p>Thank you for applying for the <b>Programme Officer, Humanitarian Response</b> role. We look forward to reviewing your application.</p><p>Ecumenical Aid Network – Réseau œcuménique d'entraide<br>150 route de Ferney, Grand-Saconnex</p></body></html>",
    ),
    m(
        "51012",
        "2025-10-29 09:48",
        "Sigrun Mwale <sigrun.mwale@ean-reo.example>",
        "Next step: interview for the Programme Officer position",
        A("interview", EAN, EAN1, 7, "direct"),
        "Dear Noémie,\n\nThank you for your application. We would like to invite you to a first interview on Monday 10 November at 15:00 via Teams (45 minutes). You will meet me and the Humanitarian Response Coordinator. Please book the slot through the link below or tell me if the time does not work.\n\nKind regards,\nSigrun Mwale\nHR Officer, EAN",
        ics={
            "style": "outlook",
            "start": "2025-11-10 15:00:00 +0100",
            "minutes": 45,
            "summary": "Interview Programme Officer – Achterberg",
            "organizer": ("Sigrun Mwale", "sigrun.mwale@ean-reo.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000051012EAN",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "51020",
        "2025-11-24 13:05",
        "EAN Recruiting <ean@myworkday.com>",
        "Update on your application",
        A("rejection", EAN, EAN1, 7, "workday"),
        html="<html><body><p>Dear Noémie,</p><p>Thank you for taking the time to interview for the Programme Officer, Humanitarian Response position. We appreciated learning about your experience.</p><p>After careful consideration, we have decided to proceed with other candidates. We wish you every success in your job search.</p><p>EAN Talent Team</p></body></html>",
    ),
    # --- 8 Kestrel Development Partners (Devex -> Greenhouse) -> rejection --------------------
    m(
        "51101",
        "2025-10-10 16:12",
        "Devex <jobs@devex.com>",
        "Your application has been sent to Kestrel Development Partners",
        A("confirmation", KD, KD1, 8, "other"),
        html="<html><body><h3>Application sent</h3><p>Hi Noémie, your application for <b>Senior Programme Officer, Humanitarian Supply Chains</b> at <b>Kestrel Development Partners</b> (Geneva, Switzerland) has been submitted. The employer may ask you to complete additional steps on their site.</p><p>Devex Career Center</p></body></html>",
    ),
    m(
        "51104",
        "2025-10-10 16:40",
        "Kestrel Development Partners <no-reply@us.greenhouse-mail.io>",
        "Please complete your application to Kestrel",
        A("confirmation", KD, KD1, 8, "greenhouse"),
        "Hi Noémie,\n\nThanks for your interest in Kestrel! We received your details from Devex. To be considered for Senior Programme Officer, Humanitarian Supply Chains, please confirm your application and answer two short questions here: https://boards.greenhouse.io/kestreldp/applications/confirm\n\nThe Kestrel Talent Team",
    ),
    m(
        "51118",
        "2025-11-12 20:14",
        "Kestrel Development Partners <no-reply@us.greenhouse-mail.io>",
        "Your application to Kestrel Development Partners",
        A("rejection", KD, KD1, 8, "greenhouse"),
        "Hi Noémie,\n\nThank you for your patience while we reviewed applications for Senior Programme Officer, Humanitarian Supply Chains. We were impressed by your background in pipeline management.\n\nUnfortunately, we won't be moving forward with your application at this time, as the role requires more experience in US government award compliance. We'll keep your information on file.\n\nBest,\nThe Kestrel Talent Team",
    ),
    # --- 9 Cordillera Medical Relief, SmartRecruiters, field post -> test, interview, rejection
    m(
        "51201",
        "2025-10-13 11:05",
        "Cordillera Medical Relief <noreply@smartrecruiters.com>",
        "Cordillera Medical Relief – application received",
        A("confirmation", CMR, CMR1, 9, "smartrecruiters"),
        "Dear Noémie,\n\nThank you for applying for Logistics Coordinator – Cox's Bazar. Our field HR team will review your application within two weeks. Shortlisted candidates will be asked to complete a written test.\n\nCMR Recruitment Team",
    ),
    m(
        "51210",
        "2025-10-24 08:32",
        "CMR Field Recruitment <field.recruitment@cmrelief.example>",
        "Written test – Logistics Coordinator Cox's Bazar",
        A("assessment", CMR, CMR1, 9, "direct"),
        "Dear Noémie,\n\nCongratulations, you have been shortlisted. Please find attached the written test (fleet and warehouse scenario). You have 24 hours from the reception of this email to return it to this address.\n\nBest regards,\nAnjali Rahman\nField Recruitment Officer\nCordillera Medical Relief",
        attach=[
            (
                "CMR_LogCo_written_test.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "test placeholder",
            )
        ],
    ),
    m(
        "51222",
        "2025-11-04 10:15",
        "Anjali Rahman <field.recruitment@cmrelief.example>",
        "Interview – Logistics Coordinator CXB",
        A("interview", CMR, CMR1, 9, "direct"),
        "Dear Noémie,\n\nThank you for the test. We would like to schedule a 1-hour interview with the Country Director and the Supply Chain Manager on Friday 7 November at 09:00 CET (13:00 in Dhaka), on Teams.\n\nBest regards,\nAnjali",
        ics={
            "style": "outlook",
            "start": "2025-11-07 09:00:00 +0100",
            "minutes": 60,
            "summary": "Interview LogCo CXB – Noémie Achterberg",
            "organizer": ("Anjali Rahman", "field.recruitment@cmrelief.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000051222CMR",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "51230",
        "2025-11-20 06:50",
        "Cordillera Medical Relief <noreply@smartrecruiters.com>",
        "Logistics Coordinator – Cox's Bazar",
        A("rejection", CMR, CMR1, 9, "smartrecruiters"),
        "Dear Noémie,\n\nWe want to thank you for the time and energy you put into the process for Logistics Coordinator – Cox's Bazar. The panel valued your test answers.\n\nAfter much consideration, we have selected a candidate who is already in the region and can start immediately. We hope you will consider other openings with us.\n\nCMR Recruitment Team",
    ),
    # --- 10 Harbour & Field Relief, LinkedIn Easy Apply -> viewed -> rejection ---------------
    m(
        "51301",
        "2025-09-09 12:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Noémie, your application was sent to Harbour & Field Relief",
        A("confirmation", HF, HF1, 10, "linkedin"),
        html="<html><body><p>Your application was sent to Harbour &amp; Field Relief</p><p><b>Programme Manager, Cash and Logistics</b><br>Harbour &amp; Field Relief · Geneva, Switzerland (Hybrid)</p><p>Applied on September 9, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4019928813'>View job</a></p></body></html>",
    ),
    m(
        "51305",
        "2025-09-15 09:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Harbour & Field Relief",
        A("viewed", HF, HF1, 10, "linkedin"),
        html="<html><body><p>Good news, Noémie! Harbour &amp; Field Relief viewed your application for Programme Manager, Cash and Logistics.</p><p><a href='https://www.linkedin.com/jobs/tracker/applied'>See your applied jobs</a></p></body></html>",
    ),
    m(
        "51311",
        "2025-10-03 17:26",
        "Harbour and Field Relief <careers@harbourfield.org.example>",
        "Your application for Programme Manager",
        A("rejection", HF, HF1, 10, "direct"),
        "Dear Noémie,\n\nThank you for applying for the Programme Manager, Cash and Logistics role in our Geneva office. We were pleased to see so many strong applications.\n\nWe are sorry to say that you have not been shortlisted on this occasion. Please do keep an eye on our vacancies page.\n\nKind regards,\nPeople & Culture\nHarbour and Field Relief (HFR) – registered charity no. 1140xx, London",
    ),
    # --- 11 Harbour & Field Relief again, new role (re-application) -> ghosted ---------------
    m(
        "51320",
        "2026-01-12 13:19",
        "Harbour and Field Relief <careers@harbourfield.org.example>",
        "Application received – Humanitarian Programme Officer (Geneva)",
        A("confirmation", HF, HF2, 11, "direct"),
        "Dear Noémie,\n\nThank you for your application for the Humanitarian Programme Officer role. The closing date is 30 January; we aim to contact shortlisted candidates within two weeks after that. If you have not heard from us by then, please assume that your application has not been successful on this occasion.\n\nPeople & Culture, HFR",
    ),
    # --- 12 Nordic Displacement Council, Impactpool -> interview -> roster ---------------------
    m(
        "51401",
        "2025-10-20 21:10",
        "Impactpool <noreply@impactpool.org>",
        "Application submitted: Logistics Cluster Coordinator – Juba",
        A("confirmation", NDC, NDC1, 12, "other"),
        html="<html><body><p>Hi Noémie,</p><p>Your application for <b>Logistics Cluster Coordinator – Juba</b> at <b>Nordic Displacement Council</b> has been submitted through Impactpool.</p><p>Tip: complete your Impactpool profile to get better job matches.</p></body></html>",
    ),
    m(
        "51410",
        "2025-11-13 10:00",
        "NDC Recruitment <recruitment@ndc-flyktning.example>",
        "Interview invitation – Logistics Cluster Coordinator (South Sudan)",
        A("interview", NDC, NDC1, 12, "direct"),
        "Dear Noémie,\n\nThank you for your application to NDC. We are happy to invite you to an interview on Tuesday 18 November at 13:00 CET via Teams with the Country Logistics Manager and the Regional HR Advisor (Nairobi).\n\nPlease confirm by reply.\n\nBest regards,\nKaroline Brekke\nRecruitment Officer, Oslo HQ\nNordic Displacement Council",
    ),
    m(
        "51422",
        "2025-12-09 14:40",
        "NDC Recruitment <recruitment@ndc-flyktning.example>",
        "Logistics Cluster Coordinator – outcome and roster",
        A("confirmation", NDC, NDC1, 12, "direct"),
        "Dear Noémie,\n\nThank you for taking part in the interview. The panel found you appointable. However, the deployment to Juba has been put on hold pending the security assessment and the renewal of the cluster's funding, so no selection will be made for now. In the meantime we have placed you on our Emergency Logistics Roster, from which we recruit for deployments of 3 to 9 months, and we will come back to you as soon as the position is unfrozen.\n\nKind regards,\nKaroline Brekke",
        st="on_hold",
    ),
    m(
        "50436",
        "2025-11-03 16:24",
        "Ingrid Solheim-Baptiste <messenger@webex.com>",
        "Ingrid Solheim-Baptiste invites you to a Webex meeting",
        A("interview", ICES, ICES1, 1, "other"),
        html="<html><body><p>Ingrid Solheim-Baptiste invites you to join this Webex meeting.</p><p><b>CBI – VA 2025/ESU/114</b><br>Tuesday, 11 November 2025 14:30 | 1 hour | (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</p><p>Meeting number: 2741 553 0981<br>Password: Esu114!</p><p><a href='https://ices-cisu.webex.example/meet/hr.panel3'>Join meeting</a></p></body></html>",
    ),
    m(
        "51015",
        "2025-11-06 11:20",
        "Sigrun Mwale <sigrun.mwale@ean-reo.example>",
        "Rescheduled: Interview Programme Officer – Achterberg",
        A("interview", EAN, EAN1, 7, "direct"),
        "Dear Noémie,\n\nI am sorry, the Coordinator has to travel to Geneva airport on Monday. Could we move our conversation to Wednesday 12 November at 15:00? The updated invitation is attached.\n\nBest,\nSigrun",
        ics={
            "style": "outlook",
            "start": "2025-11-12 15:00:00 +0100",
            "minutes": 45,
            "summary": "Interview Programme Officer – Achterberg",
            "organizer": ("Sigrun Mwale", "sigrun.mwale@ean-reo.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000051012EAN",
            "sequence": 1,
            "location": "Microsoft Teams Meeting",
        },
    ),
    # --- 24 Lakeview Health Trust, Lausanne (LinkedIn -> rejection from the foundation) -----
    m(
        "51501",
        "2025-09-05 08:21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Noémie, your application was sent to Lakeview Health Trust",
        A(
            "confirmation",
            "Lakeview Health Trust",
            "Programme Associate, Supply Partnerships",
            24,
            "linkedin",
        ),
        html="<html><body><p>Your application was sent to Lakeview Health Trust</p><p><b>Programme Associate, Supply Partnerships</b><br>Lakeview Health Trust · Lausanne, Vaud (On-site)</p><p>Applied on September 5, 2025</p></body></html>",
    ),
    m(
        "51508",
        "2025-09-29 14:02",
        "LHT Foundation – People Team <people@lht-foundation.example>",
        "Programme Associate – your application",
        A(
            "rejection",
            "Lakeview Health Trust",
            "Programme Associate, Supply Partnerships",
            24,
            "direct",
        ),
        "Dear Noémie,\n\nMany thanks for your interest in joining us. We have now reviewed all applications for the Programme Associate, Supply Partnerships role. While your profile is impressive, we are looking for someone with a stronger pharmaceutical procurement background, and we will not be taking your application further.\n\nWith best wishes,\nPeople Team\nLHT Foundation (Lakeview Health Trust), Avenue de Cour 58, Lausanne",
    ),
]
