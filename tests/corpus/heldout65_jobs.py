# ruff: noqa: E501
"""Corpus 65, job mail (data only): see heldout65.py."""

from __future__ import annotations

from typing import Any

from heldout import message_spec


def _tz(day: str) -> str:
    if day < "2025-11-02":
        return "-0400"
    return "-0500"


def m(key, when, frm, subject, t, text=None, html=None, **kw: Any) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    return message_spec(
        f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>",
        f"{when}:00 {_tz(when[:10])}",
        frm,
        subject,
        t,
        text,
        html,
        **kw,
    )


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


def JX(cat, co, role, src, lang="en"):
    return (cat, co, role, None, src, lang)


def ics(uid, start, summary, org, desc="", loc="", minutes=60, style="google"):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "description": desc,
        "location": loc,
        "minutes": minutes,
        "style": style,
    }


PORTAL = "GC Talent Hub / Carrefour des talents du GC <no-reply@talenthub-carrefourtalents.ca>"
SIG_PORTAL = "\n\nCeci est un message automatisé. This is an automated message. Please do not reply / Veuillez ne pas répondre."
D1, R1 = "Northern Infrastructure and Connectivity Canada", "Senior Policy Analyst (EC-05)"
D2, R2 = "Canadian Agency for Health Data Standards", "Data Analyst (EC-04)"
D3, R3 = "Public Services Modernization Secretariat", "Policy Analyst (EC-04)"
D4, R4 = "Environment and Climate Resilience Canada", "Economist (EC-04)"
D5, R5 = "Ontario Workforce Data Office", "Senior Policy Advisor"
D6, R6 = "Régie des données publiques du Québec", "Analyste en politiques publiques"
D7, R7 = "Centre de données régional de l'Outaouais", "Analyste de données"
D8, R8 = "Habitas", "Policy Analyst, Housing Programs"
D9, R9 = "Brightline Policy Group", "Senior Consultant, Public Sector"
D10, R10 = "Marchand Kessler Advisory", "Data Analyst, Public Sector Practice"
D11, R11 = "Tessellate Labs", "Policy & Trust Analyst"
D12, R12 = "Rideau Trust Bank", "Senior Data Analyst, Risk Policy"
R13 = "Analyst, Regulatory Reporting"
D14, R14 = "Shared Analytics Canada", "Data Analyst (contract)"
D15, R15 = "Northway Insurance", "Data Analyst, Pricing Policy"
D16, R16 = "Clearpath Civic", "Product Policy Analyst"
D17, R17 = "Ottawa Valley Research Institute", "Research Analyst"
D18, R18 = "Ledgerleaf", "Data & Policy Lead"
D19, R19 = "Institut montréalais de la mobilité durable", "Analyste de données, mobilité"
D20, R20 = "Eastern Ontario Health Data Network", "Policy Analyst"
D21, R21 = "Office of the Chief Data Steward", "Data Scientist (EC-05)"
D22, R22 = "Aldercrest Consulting", "Manager, Data Strategy"
D23, R23 = "Mapleweave", "Public Policy Analyst"
D25, R25 = "Fernhill Analytics", "Policy Data Analyst"
D26, R26 = "Caisse Boréale", "Analyste principale, données et politiques"

ME_ICS = ("Élise Tremblay-Okafor", "elise.tremblayokafor@gmail.com")

MAIL: list[dict[str, Any]] = [
    # --- 1 NICC / ICNC, EC-05 (GC portal) ------------------------------------------------
    m(
        "71301",
        "2025-09-08 21:14",
        PORTAL,
        "Application received - Selection process 25-NIC-EA-OTT-0417 / Candidature reçue - Processus de sélection 25-NIC-EA-OTT-0417",
        A("confirmation", D1, R1, 1, "other"),
        "(Le français suit l'anglais)\n\nDear Élise Tremblay-Okafor,\n\nYour application for Senior Policy Analyst (EC-05), selection process 25-NIC-EA-OTT-0417, Northern Infrastructure and Connectivity Canada, was received on 2025-09-08.\n\nYou can follow the status of your application in your GC Talent Hub account. Only candidates selected for further consideration will be contacted.\n\n---\n\nBonjour Élise Tremblay-Okafor,\n\nVotre candidature pour le poste d'Analyste principale des politiques (EC-05), processus 25-NIC-EA-OTT-0417, Infrastructure et Connectivité du Nord Canada, a été reçue le 2025-09-08.\n\nSeules les personnes retenues pour la suite du processus seront contactées."
        + SIG_PORTAL,
    ),
    m(
        "71302",
        "2025-09-29 09:40",
        "NICC Staffing / Dotation ICNC <nicc.staffing-dotation.icnc@nicc-icnc.ca>",
        "25-NIC-EA-OTT-0417 - Screening results / Résultats de la présélection",
        A("confirmation", D1, R1, 1, "direct"),
        "English follows / Le français suit\n\nBonjour,\n\nNous avons le plaisir de vous informer que vous avez été retenue à l'étape de la présélection. Une évaluation écrite non supervisée suivra.\n\n---\n\nHello,\n\nWe are pleased to inform you that you have been screened in for process 25-NIC-EA-OTT-0417. The next step is an unsupervised written exam; the invitation will follow in the coming days.\n\nRegards,\nStaffing Team | Équipe de dotation\nNICC | ICNC",
    ),
    m(
        "71303",
        "2025-10-03 12:05",
        "NICC Staffing / Dotation ICNC <nicc.staffing-dotation.icnc@nicc-icnc.ca>",
        "Invitation: written exam (unsupervised) - 25-NIC-EA-OTT-0417 | Examen écrit non supervisé",
        A("assessment", D1, R1, 1, "direct"),
        "Hello / Bonjour,\n\nYou are invited to complete an unsupervised written exam. The exam will be sent on 2025-10-09 at 9:00 (ET) and must be returned by 12:00 (ET) the same day. You may use reference material but the answers must be your own work. Answer in the official language of your choice.\n\nVous êtes invitée à un examen écrit non supervisé le 2025-10-09, de 9 h à 12 h (HE). Vous pouvez répondre dans la langue officielle de votre choix.\n\nNICC Staffing | Dotation ICNC",
    ),
    m(
        "71304",
        "2025-10-09 09:00",
        "NICC Staffing / Dotation ICNC <nicc.staffing-dotation.icnc@nicc-icnc.ca>",
        "Written exam / Examen écrit - 25-NIC-EA-OTT-0417",
        A("assessment", D1, R1, 1, "direct"),
        "Please find the exam attached. Return your answers to this mailbox before 12:00 (ET).\n\nVeuillez trouver l'examen ci-joint. Retournez vos réponses avant 12 h (HE).",
        attach=[
            (
                "25-NIC-0417_Exam_Examen.txt",
                "text/plain",
                "Question 1: Using the attached briefing material, draft a two-page note to the ADM...\nQuestion 2: ...\n",
            )
        ],
    ),
    m(
        "71305",
        "2025-11-04 15:22",
        "Geneviève Arsenault <genevieve.arsenault@nicc-icnc.ca>",
        "Invitation - Entrevue / Interview - 25-NIC-EA-OTT-0417",
        A("interview", D1, R1, 1, "direct"),
        "Bonjour Élise,\n\n(English follows)\n\nÀ la suite de votre réussite à l'examen écrit, nous vous invitons à une entrevue avec le comité d'évaluation le 13 novembre à 10 h, par MS Teams. Durée: 75 minutes. Merci de confirmer votre présence.\n\nFollowing your success on the written exam, we invite you to an interview with the assessment board on November 13 at 10:00 via MS Teams (75 minutes). The board: Geneviève Arsenault (Director, Northern Policy), Raj Patil (Manager), and an HR advisor. Please confirm.\n\nGeneviève Arsenault\nDirectrice, Politiques du Nord | Director, Northern Policy\nInfrastructure et Connectivité du Nord Canada | Northern Infrastructure and Connectivity Canada",
        ics=ics(
            "nicc0417-int@nicc-icnc.ca",
            "2025-11-13 10:00:00 -0500",
            "Entrevue / Interview 25-NIC-EA-OTT-0417 - E. Tremblay-Okafor",
            ("Geneviève Arsenault", "genevieve.arsenault@nicc-icnc.ca"),
            "Microsoft Teams meeting",
            "Microsoft Teams",
            75,
            "outlook",
        ),
    ),
    m(
        "71306",
        "2025-11-20 11:31",
        "Raj Patil <raj.patil@nicc-icnc.ca>",
        "Reference checks - 25-NIC-EA-OTT-0417",
        JX("other_job", D1, R1, "direct"),
        "Hi Élise,\n\nThanks again for your time last week. As the next step we would like to contact two references, one of whom should be a current or former supervisor. Could you send names, titles, email addresses and phone numbers by Wednesday?\n\nThanks,\nRaj Patil\nManager, Policy Development\nNICC",
    ),
    m(
        "71307",
        "2025-12-10 14:02",
        PORTAL,
        "Update to your application 25-NIC-EA-OTT-0417 / Mise à jour de votre candidature",
        A("confirmation", D1, R1, 1, "other", "fr"),
        "(English follows)\n\nBonjour,\n\nNous avons le plaisir de vous informer que vous avez satisfait à toutes les qualifications essentielles. Votre nom a été placé dans un bassin de candidates et candidats qualifiés pouvant servir à doter des postes semblables. Cela ne constitue pas une offre d'emploi.\n\nHello,\n\nYou have met all essential qualifications and have been placed in a qualified pool. This is not an offer of employment."
        + SIG_PORTAL,
        st="on_hold",
    ),
    m(
        "71308",
        "2026-01-08 10:15",
        "Sécurité ICNC / NICC Security <securite-security@nicc-icnc.ca>",
        "Security clearance forms / Formulaires d'enquête de sécurité - Tremblay-Okafor",
        JX("other_job", D1, R1, "direct"),
        "English follows\n\nBonjour, pour poursuivre la nomination, veuillez remplir le formulaire de vérification de sécurité et le consentement (cote de fiabilité / secret) ci-joints.\n\nHello, to proceed with a potential appointment please complete the attached security screening application and consent forms (Reliability / Secret) and return them within 5 working days.",
        attach=[
            (
                "Security_Screening_Forms.txt",
                "text/plain",
                "Personnel screening, consent and authorization form (placeholder)\n",
            )
        ],
    ),
    m(
        "71309",
        "2026-02-02 16:48",
        "Geneviève Arsenault <genevieve.arsenault@nicc-icnc.ca>",
        "Lettre d'offre / Letter of offer - EC-05, NICC",
        A("offer", D1, R1, 1, "direct"),
        "Bonjour Élise,\n\nJ'ai le plaisir de vous transmettre votre lettre d'offre pour une nomination pour une période indéterminée au poste d'Analyste principale des politiques (EC-05).\n\nPlease find attached your letter of offer for an indeterminate appointment as Senior Policy Analyst (EC-05), starting March 2, 2026. Please sign and return by February 9.\n\nGeneviève",
        attach=[
            (
                "Letter_of_Offer_Lettre_offre_EC05.txt",
                "text/plain",
                "Letter of offer / Lettre d'offre\nSalary: $98,000 - $112,000\n",
            )
        ],
    ),
    m(
        "71310",
        "2026-02-05 09:12",
        "Geneviève Arsenault <genevieve.arsenault@nicc-icnc.ca>",
        "RE: Lettre d'offre / Letter of offer - EC-05, NICC",
        A("offer", D1, R1, 1, "direct"),
        "Merci Élise, we have received your signed letter. Welcome to the team! HR will send your onboarding details.\n\nGeneviève\n\n-----Original Message-----\nFrom: Élise Tremblay-Okafor\nSigned copy attached. Je suis ravie d'accepter!",
        st="accepted",
    ),
    # --- 2 CAHDS, screened out --------------------------------------------------------
    m(
        "71320",
        "2025-09-12 18:30",
        PORTAL,
        "Application received - Selection process 25-HDS-EA-NCR-0093 / Candidature reçue",
        A("confirmation", D2, R2, 2, "other"),
        "(Le français suit l'anglais)\n\nYour application for Data Analyst (EC-04), process 25-HDS-EA-NCR-0093, Canadian Agency for Health Data Standards (CAHDS), was received.\n\nVotre candidature pour le poste d'Analyste de données (EC-04), Agence canadienne des normes de données de santé (ACNDS), a été reçue."
        + SIG_PORTAL,
    ),
    m(
        "71321",
        "2025-10-14 13:02",
        PORTAL,
        "Selection process 25-HDS-EA-NCR-0093: status update / mise à jour",
        A("rejection", D2, R2, 2, "other"),
        "English follows / Le français suit\n\nThank you for your interest in process 25-HDS-EA-NCR-0093. After reviewing your application against the screening criteria, we regret to inform you that you have been screened out, as your application did not clearly demonstrate experience ED2 (working with clinical classification systems). You may request an informal discussion within 5 days.\n\nNous avons le regret de vous informer que vous avez été éliminée à l'étape de la présélection (critère ED2)."
        + SIG_PORTAL,
    ),
    # --- 3 PSMS, process cancelled ----------------------------------------------------
    m(
        "71330",
        "2025-09-16 10:11",
        PORTAL,
        "Candidature reçue / Application received - 25-PSM-EA-OTT-0201",
        A("confirmation", D3, R3, 3, "other", "fr"),
        "(English follows)\n\nVotre candidature au poste d'Analyste des politiques (EC-04), Secrétariat de la modernisation des services publics, a été reçue.\n\nYour application for Policy Analyst (EC-04), Public Services Modernization Secretariat, was received."
        + SIG_PORTAL,
    ),
    m(
        "71331",
        "2025-11-18 17:44",
        "PSMS-SMSP Staffing <staffing-dotation@psms-smsp.ca>",
        "Process 25-PSM-EA-OTT-0201 - Cancellation / Annulation",
        A("rejection", D3, R3, 3, "direct"),
        "Le français suit\n\nPlease be advised that selection process 25-PSM-EA-OTT-0201 has been cancelled due to changing operational requirements. No further assessment will take place. We thank you for your interest in the Secretariat.\n\nVeuillez noter que le processus 25-PSM-EA-OTT-0201 a été annulé en raison de l'évolution des besoins opérationnels.",
    ),
    # --- 4 ECRC, exam then out --------------------------------------------------------
    m(
        "71340",
        "2025-09-22 20:03",
        PORTAL,
        "Application received - 25-ECR-EA-OTT-0114",
        A("confirmation", D4, R4, 4, "other"),
        "Dear applicant,\n\nThank you for applying to a Government of Canada job. Your application to process 25-ECR-EA-OTT-0114 (Economist, EC-04) has been submitted.\n\nMerci d'avoir postulé à un emploi au gouvernement du Canada."
        + SIG_PORTAL,
    ),
    m(
        "71341",
        "2025-10-20 08:30",
        "ECRC Recruitment / Recrutement ECRC <recrutement-recruitment@ecrc-ecrc.ca>",
        "25-ECR-EA-OTT-0114: Unsupervised Internet Test / Test non supervisé par Internet",
        A("assessment", D4, R4, 4, "direct"),
        "Hello / Bonjour,\n\nYou have been screened in. Please complete the unsupervised economic analysis test on the portal between October 22 and October 27. The test takes approximately 2 hours.\n\nVous avez été retenue. Veuillez faire le test non supervisé entre le 22 et le 27 octobre.",
    ),
    m(
        "71342",
        "2025-12-01 11:18",
        "ECRC Recruitment / Recrutement ECRC <recrutement-recruitment@ecrc-ecrc.ca>",
        "Update - process 25-ECR-EA-OTT-0114",
        A("rejection", D4, R4, 4, "direct"),
        "Le français suit\n\nThank you for your participation in the written test. Your result (58%) did not meet the pass mark of 65% for the qualification 'Ability to analyze economic data'. As a result, you will not be considered further in this process.\n\nNous vous remercions de votre participation. Votre résultat ne satisfait pas à la note de passage.",
    ),
    # --- 5 Ontario Workforce Data Office --------------------------------------------------
    m(
        "71350",
        "2025-09-25 14:20",
        "Ontario Public Service Careers <do-not-reply@careers-ops-ontario.ca>",
        "Job ID 231884 - Application confirmation",
        A("confirmation", "Ontario Workforce Data Office", R5, 5, "other"),
        "Thank you for applying for Senior Policy Advisor (Job ID 231884) with the Ontario Workforce Data Office, Ministry of Labour Market Analytics. Your application has been received.\n\nWe thank all applicants; only those selected for an interview will be contacted.",
    ),
    m(
        "71351",
        "2025-10-24 10:02",
        "Priya Moorthy <priya.moorthy@ontario-owdo.ca>",
        "Interview - Senior Policy Advisor (Job ID 231884)",
        A("interview", D5, R5, 5, "direct"),
        "Hello Élise,\n\nYou have been selected for an interview for the Senior Policy Advisor position. The interview will take place on Friday, November 7 at 1:30 p.m. at 315 Front St W, Toronto, or by video if you prefer. You will be given 20 minutes beforehand to review a scenario.\n\nPriya Moorthy\nHR Advisor, Ontario Workforce Data Office",
        ics=ics(
            "owdo-231884-8@ontario-owdo.ca",
            "2025-11-07 13:30:00 -0500",
            "Interview: Senior Policy Advisor 231884",
            ("Priya Moorthy", "priya.moorthy@ontario-owdo.ca"),
            "Panel interview",
            "Video - link to follow",
            90,
            "outlook",
        ),
    ),
    m(
        "71352",
        "2025-12-04 15:55",
        "Priya Moorthy <priya.moorthy@ontario-owdo.ca>",
        "Job ID 231884",
        A("rejection", D5, R5, 5, "direct"),
        "Hello Élise,\n\nThank you for interviewing with us. The panel was impressed by your policy writing and your scenario response. After careful consideration we have offered the position to another candidate whose experience more closely matched our needs.\n\nBest wishes,\nPriya",
    ),
    # --- 6 RDPQ Montréal, offer declined --------------------------------------------------
    m(
        "71360",
        "2025-09-30 09:48",
        "Régie des données publiques <emplois@rdpq.quebec>",
        "Accusé de réception - Analyste en politiques publiques (concours 2025-RDP-14)",
        A("confirmation", D6, R6, 6, "direct", "fr"),
        "Bonjour Madame Tremblay-Okafor,\n\nNous accusons réception de votre candidature pour le poste d'analyste en politiques publiques (concours 2025-RDP-14). Malheureusement, nous ne pouvons répondre individuellement à chaque personne; seules les personnes retenues seront contactées.\n\nDirection des ressources humaines\nRégie des données publiques du Québec",
    ),
    m(
        "71361",
        "2025-10-28 11:26",
        "Mélanie Gagnon <melanie.gagnon@rdpq.quebec>",
        "Entrevue - concours 2025-RDP-14",
        A("interview", D6, R6, 6, "direct", "fr"),
        "Bonjour Élise,\n\nVotre candidature a retenu notre attention. Nous vous invitons à une entrevue le mercredi 5 novembre à 14 h, au 500, boul. René-Lévesque Ouest, Montréal (ou par Teams). Le comité sera composé de trois personnes.\n\nAu plaisir,\nMélanie Gagnon\nConseillère en acquisition de talents",
        ics=ics(
            "rdpq-14-ent@rdpq.quebec",
            "2025-11-05 14:00:00 -0500",
            "Entrevue - Analyste en politiques publiques",
            ("Mélanie Gagnon", "melanie.gagnon@rdpq.quebec"),
            "Entrevue avec le comité",
            "Teams",
            60,
            "outlook",
        ),
    ),
    m(
        "71362",
        "2025-11-21 16:10",
        "Mélanie Gagnon <melanie.gagnon@rdpq.quebec>",
        "Offre d'emploi - Analyste en politiques publiques",
        A("offer", D6, R6, 6, "direct", "fr"),
        "Bonjour Élise,\n\nC'est avec plaisir que nous vous offrons le poste d'analyste en politiques publiques, classe 3, au salaire annuel de 84 200 $. Le poste est basé à Montréal, en mode hybride (3 jours au bureau). Pourriez-vous nous faire part de votre décision d'ici le 28 novembre?\n\nMélanie",
    ),
    m(
        "71363",
        "2025-11-27 10:04",
        "Mélanie Gagnon <melanie.gagnon@rdpq.quebec>",
        "RE: Offre d'emploi - Analyste en politiques publiques",
        A("offer", D6, R6, 6, "direct", "fr"),
        "Bonjour Élise,\n\nMerci de nous avoir informés de votre décision. Nous comprenons que le déménagement à Montréal n'était pas envisageable pour le moment. Nous regrettons de ne pas pouvoir vous compter parmi nous et vous souhaitons bon succès.\n\nMélanie\n\n> De : Élise Tremblay-Okafor\n> Après mûre réflexion, je dois malheureusement décliner votre offre...",
        st="declined",
    ),
    # --- 7 Centre de données Outaouais, ghosted -----------------------------------------
    m(
        "71370",
        "2025-10-06 13:33",
        "Centre de données régional de l'Outaouais <no-reply@icims.com>",
        "Confirmation de candidature / Application confirmation",
        A("confirmation", D7, R7, 7, "icims", "fr"),
        html="<p>Bonjour Élise,</p><p>Merci de votre intérêt pour le poste <b>Analyste de données</b> (Gatineau). Votre candidature a bien été reçue.</p><p>Thank you for applying. / Merci.</p><p style='font-size:11px'>CDRO - Centre de données régional de l'Outaouais, 25 rue Laurier, Gatineau</p>",
    ),
    # --- 8 Habitas (Crown corp), Workday -------------------------------------------------
    m(
        "71380",
        "2025-10-01 19:22",
        "habitas@myworkday.com",
        "Thank you for applying / Merci d'avoir postulé",
        A("confirmation", D8, R8, 8, "workday"),
        "Hi Élise,\n\nThank you for applying to Policy Analyst, Housing Programs (R-04412) at Canadian Housing Guarantee Corporation. We will review your application.\n\nBonjour Élise, merci d'avoir postulé auprès de la Société canadienne de garantie de l'habitation.\n\nHabitas Talent Acquisition",
    ),
    m(
        "71381",
        "2025-10-15 09:05",
        "habitas@myworkday.com",
        "Assessment required: Policy Analyst, Housing Programs",
        A("assessment", D8, R8, 8, "workday"),
        "Hello Élise,\n\nAs the next step, please complete a written assessment (policy brief, 90 minutes) within five days using the link in your candidate home.\n\nCanadian Housing Guarantee Corporation",
    ),
    m(
        "71382",
        "2025-11-03 14:41",
        "Dana Whitcombe <dwhitcombe@habitas.ca>",
        "Interview invitation - Policy Analyst (R-04412)",
        A("interview", D8, R8, 8, "direct"),
        "Hi Élise,\n\nCongratulations on your assessment. Please pick a 45-minute slot for a panel interview next week using the link below.\n\nhttps://calendly.com/habitas-ta/panel-45\n\nDana Whitcombe\nSenior Talent Partner | Habitas\nCanadian Housing Guarantee Corporation / Société canadienne de garantie de l'habitation",
    ),
    m(
        "71383",
        "2025-11-05 10:02",
        "Calendly <notifications@calendly.com>",
        "New Event: Élise Tremblay-Okafor - 11:00am Wed, Nov 12, 2025 - Habitas Panel Interview",
        A("interview", D8, R8, 8, "other"),
        "Hi Élise,\n\nA new event has been scheduled.\n\nEvent Type: Habitas Panel Interview\nInvitee: Élise Tremblay-Okafor\nEvent Date/Time: 11:00am - 11:45am (Eastern Time) Wednesday, November 12, 2025\nLocation: Microsoft Teams",
        ics=ics(
            "calendly-hab-88213@calendly.com",
            "2025-11-12 11:00:00 -0500",
            "Habitas Panel Interview",
            ("Dana Whitcombe", "dwhitcombe@habitas.ca"),
            "Panel interview",
            "Microsoft Teams",
            45,
        ),
    ),
    m(
        "71384",
        "2025-12-02 12:30",
        "habitas@myworkday.com",
        "Your application with Habitas",
        A("rejection", D8, R8, 8, "workday"),
        "Hi Élise,\n\nThank you for the time you invested in the process. The panel appreciated your thoughtful answers and your knowledge of housing policy. It was a difficult decision, and we have decided to move forward with another candidate.\n\nWe encourage you to apply for future opportunities.\n\nHabitas Talent Acquisition",
    ),
    # --- 9 Brightline Policy Group (Greenhouse), withdrawn --------------------------------
    m(
        "71390",
        "2025-10-07 08:12",
        "Brightline Policy Group <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightline",
        A("confirmation", D9, R9, 9, "greenhouse"),
        "Hi Élise,\n\nThanks for your interest in Brightline Policy Group! We've received your application for Senior Consultant, Public Sector (Ottawa) and our team will review it shortly.\n\nBest,\nBrightline Talent",
    ),
    m(
        "71391",
        "2025-10-21 15:30",
        "Sam Okonjo <sam.okonjo@brightlinepolicy.com>",
        "Brightline - next steps",
        A("interview", D9, R9, 9, "direct"),
        "Hi Élise,\n\nThanks for applying to Brightline. I'd love to set up a 30-minute intro call. Could you grab a time here: https://calendly.com/sam-okonjo-brightline/intro\n\nCheers,\nSam Okonjo | Talent Lead\nBrightline",
    ),
    m(
        "71392",
        "2025-10-22 09:14",
        "Calendly <notifications@calendly.com>",
        "New Event: Élise Tremblay-Okafor - 02:00pm Mon, Oct 27, 2025 - Intro call (30 min)",
        A("interview", D9, R9, 9, "other"),
        "A new event has been scheduled.\n\nEvent Type: Intro call (30 min)\nHost: Sam Okonjo\nEvent Date/Time: 02:00pm - 02:30pm (Eastern Time) Monday, October 27, 2025",
        ics=ics(
            "calendly-bl-55120@calendly.com",
            "2025-10-27 14:00:00 -0400",
            "Intro call (30 min) - Brightline",
            ("Sam Okonjo", "sam.okonjo@brightlinepolicy.com"),
            "",
            "Google Meet",
            30,
        ),
    ),
    m(
        "71393",
        "2025-11-10 13:00",
        "Sam Okonjo <sam.okonjo@brightlinepolicy.com>",
        "Case interview - Brightline Policy Group",
        A("interview", D9, R9, 9, "direct"),
        "Hi Élise,\n\nGreat news: the team would like you to do a case interview with two partners on Nov 19 at 9:30. You'll get the case 30 minutes before. Invite attached.\n\nSam",
        ics=ics(
            "bl-case-9931@brightlinepolicy.com",
            "2025-11-19 09:30:00 -0500",
            "Case interview: Élise Tremblay-Okafor",
            ("Sam Okonjo", "sam.okonjo@brightlinepolicy.com"),
            "Case + partner chat",
            "Brightline Ottawa, 150 Elgin St, 11th floor",
            90,
        ),
    ),
    m(
        "71394",
        "2026-02-06 10:44",
        "Sam Okonjo <sam.okonjo@brightlinepolicy.com>",
        "Re: Withdrawing my application",
        A("confirmation", D9, R9, 9, "direct"),
        "Hi Élise,\n\nThanks for letting me know, and congrats on the federal role! I've withdrawn your application from our process. Door's open if you ever want to come to the consulting side.\n\nSam\n\nOn Thu, Feb 5, 2026, Élise Tremblay-Okafor wrote:\n> Hi Sam, I've accepted a position elsewhere and would like to withdraw from the process...",
        st="withdrawn",
        **{"In-Reply-To": "<elise-bl-wd@gmail.com>"},
    ),
    # --- 10 Marchand Kessler (Lever) ------------------------------------------------------
    m(
        "71400",
        "2025-10-09 22:10",
        "Marchand Kessler <no-reply@hire.lever.co>",
        "Marchand Kessler Advisory - application received",
        A("confirmation", D10, R10, 10, "lever"),
        "Hi Élise,\n\nThank you for your interest in Marchand Kessler Advisory Inc. We have received your application for Data Analyst, Public Sector Practice and will be in touch if there is a match.\n\nThe MK Talent Team",
    ),
    m(
        "71401",
        "2025-10-30 17:02",
        "Marchand Kessler <no-reply@hire.lever.co>",
        "Your application to Marchand Kessler",
        A("rejection", D10, R10, 10, "lever"),
        "Hi Élise,\n\nThanks for taking the time to apply. We were really impressed with your background. Unfortunately, we've decided to move forward with candidates whose experience is more closely aligned with the role at this time.\n\nAll the best,\nMK Talent",
    ),
    # --- 11 Tessellate Labs (Greenhouse), on hold --------------------------------------
    m(
        "71410",
        "2025-10-13 11:45",
        "Tessellate Labs, Inc. <no-reply@us.greenhouse-mail.io>",
        "Application received - Policy & Trust Analyst",
        A("confirmation", D11, R11, 11, "greenhouse"),
        html="<p>Hi Élise,</p><p>Thanks for applying to the <b>Policy &amp; Trust Analyst</b> role at Tessellate. We review every application, and we'll get back to you either way.</p><p>— Tessellate Recruiting</p><p><a href='https://job-boards.greenhouse.io/tessellatelabsinc'>tessellatelabsinc</a></p>",
    ),
    m(
        "71411",
        "2025-10-20 09:33",
        "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>",
        "Tessellate: SQL + policy exercise",
        A("assessment", D11, R11, 11, "greenhouse"),
        "Hi Élise,\n\nNext up is a take-home exercise: a small SQL dataset on content reports plus a one-page policy recommendation. You'll have 72 hours once you open the link.\n\nGood luck!\nTessellate Recruiting",
    ),
    m(
        "71412",
        "2025-11-06 16:20",
        "Jo Feldman <jo@tessellate.io>",
        "Tessellate interview - Thursday",
        A("interview", D11, R11, 11, "direct"),
        "Hi Élise,\n\nLoved your exercise. Sending an invite for a 45-min conversation with our Head of Trust & Safety on Thursday.\n\nJo Feldman\nRecruiting, Tessellate",
        ics=ics(
            "tess-ts-4471@tessellate.io",
            "2025-11-13 15:00:00 -0500",
            "Élise / Tessellate - T&S conversation",
            ("Jo Feldman", "jo@tessellate.io"),
            "Zoom",
            "Zoom",
            45,
        ),
    ),
    m(
        "71413",
        "2025-12-15 12:00",
        "Jo Feldman <jo@tessellate.io>",
        "Quick update on the Policy & Trust Analyst role",
        A("confirmation", D11, R11, 11, "direct"),
        "Hi Élise,\n\nI wanted to be upfront: due to a reorganisation of our Trust team we've paused hiring for this role until at least the end of Q1. Your candidacy is still active and I'll reach out as soon as we have clarity.\n\nSorry for the wait,\nJo",
        st="on_hold",
    ),
    # --- 12/13 Rideau Trust Bank (Taleo), two roles ----------------------------------------
    m(
        "71420",
        "2025-10-16 20:40",
        "Rideau Trust Careers <rideautrust@taleo.net>",
        "Rideau Trust Bank - Confirmation of your application",
        A("confirmation", D12, R12, 12, "taleo"),
        "Dear Élise Tremblay-Okafor,\n\nThank you for applying to Senior Data Analyst, Risk Policy (Req 2500311) at Rideau Trust Bank. If your qualifications match our requirements, a member of our team will contact you. If you are not selected, you may not hear from us.\n\nRTB Talent Acquisition",
    ),
    m(
        "71421",
        "2025-10-16 20:58",
        "Rideau Trust Careers <rideautrust@taleo.net>",
        "Rideau Trust Bank - Confirmation of your application",
        A("confirmation", D12, R13, 13, "taleo"),
        "Dear Élise Tremblay-Okafor,\n\nThank you for applying to Analyst, Regulatory Reporting (Req 2500298) at Rideau Trust Bank. If your qualifications match our requirements, a member of our team will contact you.\n\nRTB Talent Acquisition",
    ),
    m(
        "71422",
        "2025-11-12 10:30",
        "Marc-André Bélanger <marcandre.belanger@rideautrust.ca>",
        "RTB - Senior Data Analyst, Risk Policy - interview",
        A("interview", D12, R12, 12, "direct"),
        "Hi Élise,\n\nI'm the hiring manager for the Risk Policy analytics team. Could you do a 1-hour interview on Nov 18 at 2pm at 90 Sparks? Calendar invite attached.\n\nMarc-André Bélanger\nDirector, Risk Policy Analytics\nRTB | Banque Fiducie Rideau",
        ics=ics(
            "rtb-2500311-mab@rideautrust.ca",
            "2025-11-18 14:00:00 -0500",
            "Interview - Senior Data Analyst, Risk Policy",
            ("Marc-André Bélanger", "marcandre.belanger@rideautrust.ca"),
            "",
            "90 Sparks St, 6th floor",
            60,
            "outlook",
        ),
    ),
    m(
        "71423",
        "2025-11-25 18:05",
        "Rideau Trust Careers <rideautrust@taleo.net>",
        "Req 2500298 - update",
        A("rejection", D12, R13, 13, "taleo"),
        "Dear Élise,\n\nThank you for your interest in Analyst, Regulatory Reporting. We have reviewed your qualifications and have decided not to move forward at this time. We will keep your profile on file.\n\nRTB Talent Acquisition",
    ),
    m(
        "71424",
        "2025-12-08 09:20",
        "Marc-André Bélanger <marcandre.belanger@rideautrust.ca>",
        "Following up",
        A("rejection", D12, R12, 12, "direct"),
        "Hi Élise,\n\nThank you for meeting with me and the team. You clearly know your way around regulatory data and we enjoyed the conversation. In the end we went with an internal candidate. I hope our paths cross again.\n\nMarc-André",
    ),
    # --- 14 Capital Talent Partners -> Shared Analytics Canada ------------------------------
    m(
        "71430",
        "2025-10-22 11:02",
        "Kayla Brennan <kbrennan@capitaltalentpartners.ca>",
        "Data Analyst contract - federal client - Reliability required",
        JX("outreach", None, None, "agency"),
        "Hi Élise,\n\nI came across your profile on LinkedIn. We have a 12-month contract (possible extension) for a bilingual Data Analyst with a federal client in the NCR. Hybrid, 2 days on site in Gatineau. Reliability clearance required. $85-95/hr incorporated.\n\nWould you be open to a quick chat?\n\nKayla Brennan\nSenior Recruiter, Capital Talent Partners",
    ),
    m(
        "71431",
        "2025-10-24 15:15",
        "Kayla Brennan <kbrennan@capitaltalentpartners.ca>",
        "RE: Data Analyst contract - federal client - Reliability required",
        A("confirmation", D14, R14, 14, "agency"),
        "Hi Élise,\n\nThanks for the call. As discussed, I've submitted your resume to the client, Shared Analytics Canada, under solicitation #SAC-2025-118. Responses are due Nov 4; we should hear back on interviews by mid-November.\n\nKayla\n\n-----Original Message-----\nFrom: Élise Tremblay-Okafor\nSent: October 23, 2025\nYes, happy to be submitted. Resume attached.",
    ),
    m(
        "71432",
        "2025-11-17 09:44",
        "Kayla Brennan <kbrennan@capitaltalentpartners.ca>",
        "SAC interview - Thursday 10am",
        A("interview", D14, R14, 14, "agency"),
        "Hi Élise,\n\nGood news, SAC would like to interview you Thursday at 10am (Teams, 45 min) with the project lead. I'll forward the link.\n\nKayla",
    ),
    m(
        "71433",
        "2025-12-11 14:30",
        "Kayla Brennan <kbrennan@capitaltalentpartners.ca>",
        "RE: SAC contract",
        A("confirmation", D14, R14, 14, "agency"),
        "Understood Élise, I'll let SAC know you're withdrawing given the indeterminate pool placement. Thanks for being upfront, and keep me in mind.\n\nKayla",
        st="withdrawn",
    ),
    # --- 15 Northway Insurance (iCIMS), ghosted ------------------------------------------
    m(
        "71440",
        "2025-10-27 12:22",
        "Northway Insurance Group Careers <careers-northwaygroup@icims.com>",
        "We've received your application",
        A("confirmation", D15, R15, 15, "icims"),
        html="<div><p>Dear Élise,</p><p>Thank you for your interest in <b>Data Analyst, Pricing Policy</b>. Your application has been received by Northway Insurance Group Ltd.</p><p>Please note that due to the high volume of applications, unfortunately we are unable to contact each candidate individually.</p></div>",
    ),
    # --- 16 Clearpath Civic (LinkedIn) ---------------------------------------------------
    m(
        "71450",
        "2025-10-29 18:01",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élise, your application was sent to Clearpath Civic",
        A("confirmation", D16, R16, 16, "linkedin"),
        html="<p>Your application was sent to Clearpath Civic</p><p><b>Product Policy Analyst</b><br>Clearpath Civic · Ottawa, ON (Hybrid)</p><p>Applied on October 29, 2025</p>",
    ),
    m(
        "71451",
        "2025-11-03 08:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Clearpath Civic",
        A("viewed", D16, R16, 16, "linkedin"),
        html="<p>Élise, your application was viewed</p><p>Product Policy Analyst · Clearpath Civic</p><p>Not hearing back? Try following the company.</p>",
    ),
    m(
        "71452",
        "2025-11-20 16:36",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Product Policy Analyst at Clearpath Civic",
        A("rejection", D16, R16, 16, "linkedin"),
        html="<p>Thank you for your interest in the Product Policy Analyst position at Clearpath Civic in Ottawa. Unfortunately, we will not be moving forward with your application, but we appreciate your time and wish you the best in your job search.</p><p>Regards,<br>Clearpath Civic</p>",
    ),
    # --- 17 OVRI (Indeed) ----------------------------------------------------------------
    m(
        "71460",
        "2025-11-04 20:17",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Research Analyst",
        A("confirmation", D17, R17, 17, "indeed"),
        "Application submitted\n\nResearch Analyst\nOttawa Valley Research Institute - Ottawa, ON\n\nThe following items were sent to Ottawa Valley Research Institute. Good luck!\n• Resume\n• Cover letter",
    ),
    m(
        "71461",
        "2025-11-13 09:58",
        "Harold Wyse <hwyse@ovri.org>",
        "Research Analyst role - conversation?",
        A("interview", D17, R17, 17, "direct"),
        "Good morning Élise,\n\nThank you for your application through Indeed. Would you be available for a phone conversation on Tuesday, November 18 at 3pm? I'd like to discuss our labour market research program.\n\nHarold Wyse, PhD\nResearch Director\nOttawa Valley Research Institute | Institut de recherche de la vallée de l'Outaouais",
    ),
    m(
        "71462",
        "2025-12-05 13:40",
        "Harold Wyse <hwyse@ovri.org>",
        "RE: Research Analyst role - conversation?",
        A("rejection", D17, R17, 17, "direct"),
        "Hi Élise,\n\nI enjoyed our chat. We've decided to go with a candidate who has a stronger econometrics background for this particular project. I'll keep you in mind for our policy stream next year.\n\nHarold\n\n> On Nov 13, 2025 Élise wrote:\n> Tuesday at 3 works well, thank you.",
    ),
    # --- 18 Ledgerleaf founder, gmail -------------------------------------------------
    m(
        "71470",
        "2025-11-10 21:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élise, your application was sent to Ledgerleaf",
        A("confirmation", D18, R18, 18, "linkedin"),
        html="<p>Your application was sent to Ledgerleaf</p><p><b>Data &amp; Policy Lead</b> · Ledgerleaf · Remote (Canada)</p>",
    ),
    m(
        "71471",
        "2025-11-12 07:31",
        "Nadia Ferreira <nadia.ferreira.dev@gmail.com>",
        "Ledgerleaf - chat?",
        A("interview", D18, R18, 18, "direct"),
        "Hey Élise,\n\nNadia here, co-founder of Ledgerleaf (we're 9 people building open-budget tools for municipalities). Saw your application come in and would love to chat this week. Friday 12:30 work? I'll send a Meet link.\n\nNadia\n\nsent from my phone",
    ),
    m(
        "71472",
        "2025-11-14 12:20",
        "Nadia Ferreira <nadia.ferreira.dev@gmail.com>",
        "Invitation: Élise <> Nadia (Ledgerleaf) @ Fri Nov 14, 2025 12:30pm - 1:15pm (EST)",
        A("interview", D18, R18, 18, "direct"),
        "You have been invited to the following event.\n\nÉlise <> Nadia (Ledgerleaf)\nFri Nov 14, 2025 12:30pm - 1:15pm (EST)\nJoining: meet.google.com/xqe-pmrt-zvd",
        ics=ics(
            "ledgerleaf-nf-1114@google.com",
            "2025-11-14 12:30:00 -0500",
            "Élise <> Nadia (Ledgerleaf)",
            ("Nadia Ferreira", "nadia.ferreira.dev@gmail.com"),
            "",
            "meet.google.com/xqe-pmrt-zvd",
            45,
        ),
    ),
    # --- 19 IMMD Montréal (SmartRecruiters) -----------------------------------------------
    m(
        "71480",
        "2025-11-11 10:10",
        "Institut montréalais de la mobilité durable <noreply@smartrecruiters.com>",
        "Merci pour votre candidature - Analyste de données, mobilité",
        A("confirmation", D19, R19, 19, "smartrecruiters", "fr"),
        "Bonjour Élise,\n\nNous vous remercions de l'intérêt que vous portez à l'IMMD. Votre candidature au poste d'Analyste de données, mobilité a bien été reçue. Si votre profil est retenu, nous communiquerons avec vous.\n\nL'équipe Talents",
    ),
    m(
        "71481",
        "2025-11-19 14:14",
        "IMMD Talents <noreply@smartrecruiters.com>",
        "Prochaine étape : exercice pratique",
        A("assessment", D19, R19, 19, "smartrecruiters", "fr"),
        "Bonjour Élise,\n\nNous aimerions que vous complétiez un court exercice pratique (analyse d'un jeu de données d'achalandage, 2 heures). Le lien est valide 5 jours.\n\nL'équipe Talents de l'IMMD",
    ),
    m(
        "71482",
        "2025-12-09 11:50",
        "IMMD Talents <noreply@smartrecruiters.com>",
        "Votre candidature à l'IMMD",
        A("rejection", D19, R19, 19, "smartrecruiters", "fr"),
        "Bonjour Élise,\n\nMerci d'avoir pris le temps de faire l'exercice; nous avons apprécié la clarté de vos visualisations. Après analyse, nous avons choisi de poursuivre avec d'autres candidatures. Nous conserverons votre dossier.\n\nCordialement,\nL'équipe Talents",
    ),
    # --- 20 EOHDN (Workable) ----------------------------------------------------------
    m(
        "71490",
        "2025-11-24 16:00",
        "Eastern Ontario Health Data Network <noreply@candidates.workablemail.com>",
        "Thanks for applying to Eastern Ontario Health Data Network",
        A("confirmation", D20, R20, 20, "workable"),
        "Hi Élise,\n\nThanks for applying for the Policy Analyst position. Your application has been received and we'll be reviewing it soon.\n\nBest,\nEOHDN Hiring Team",
    ),
    m(
        "71491",
        "2025-12-03 11:20",
        "EOHDN Hiring Team <noreply@candidates.workablemail.com>",
        "Interview with EOHDN",
        A("interview", D20, R20, 20, "workable"),
        "Hi Élise,\n\nWe'd like to invite you to a video interview for the Policy Analyst position. Please choose a time that works for you via the link below.\n\nEOHDN Hiring Team",
    ),
    m(
        "71492",
        "2025-12-19 15:45",
        "EOHDN Hiring Team <noreply@candidates.workablemail.com>",
        "Policy Analyst - EOHDN",
        A("rejection", D20, R20, 20, "workable"),
        "Hi Élise,\n\nThank you for interviewing. While we were impressed, we've offered the role to another applicant. We wish you a restful holiday season.\n\nEOHDN Hiring Team",
    ),
    # --- 21 OCDS: forwarded confirmation, pool, ghosted ------------------------------------
    m(
        "71500",
        "2025-12-01 08:55",
        "Élise Tremblay-Okafor <elise.tremblay-okafor@provcouncil-example.ca>",
        "Fwd: Application received - 25-CDS-EA-NCR-0502 / Candidature reçue",
        A("confirmation", D21, R21, 21, "other"),
        "Forwarding to my personal address.\n\n---------- Forwarded message ---------\nFrom: GC Talent Hub / Carrefour des talents du GC <no-reply@talenthub-carrefourtalents.ca>\nDate: Sun, Nov 30, 2025\nSubject: Application received - 25-CDS-EA-NCR-0502\n\nYour application for Data Scientist (EC-05), Office of the Chief Data Steward, was received.\nVotre candidature pour le poste de Scientifique des données (EC-05), Bureau du dirigeant principal des données, a été reçue.",
    ),
    m(
        "71501",
        "2026-01-12 10:30",
        "OCDS Staffing / Dotation BDPD <ocds-bdpd.staffing@ocds-bdpd.ca>",
        "25-CDS-EA-NCR-0502: You have been screened in / Vous avez été retenue",
        A("confirmation", D21, R21, 21, "direct"),
        "English follows\n\nVous avez été retenue à l'étape de la présélection. English: you have been screened in. Interviews will be scheduled in February.",
    ),
    # --- 22 Aldercrest (Lever), withdrawal ------------------------------------------
    m(
        "71510",
        "2025-12-03 13:13",
        "Aldercrest Consulting <no-reply@hire.lever.co>",
        "Thanks for applying to Aldercrest",
        A("confirmation", D22, R22, 22, "lever"),
        "Hi Élise,\n\nThank you for applying to the Manager, Data Strategy role at Aldercrest Consulting LLP. Our team will review your application and reach out if there's a fit.\n\nAldercrest Talent",
    ),
    m(
        "71511",
        "2025-12-16 10:07",
        "Aldercrest Consulting <no-reply@hire.lever.co>",
        "Your application has been withdrawn",
        A("confirmation", D22, R22, 22, "lever"),
        "Hi Élise,\n\nThis confirms that your application for Manager, Data Strategy has been withdrawn at your request. We wish you the best.\n\nAldercrest Talent",
        st="withdrawn",
    ),
    # --- 23/24 Mapleweave (Workday), reapplication -----------------------------------
    m(
        "71520",
        "2025-09-10 12:00",
        "mapleweave@myworkday.com",
        "Application received: Public Policy Analyst",
        A("confirmation", D23, R23, 23, "workday"),
        "Hi Élise,\n\nThanks for applying to Public Policy Analyst (JR-1093) at Mapleweave Technologies Inc. We'll be in touch.\n\nMapleweave Recruiting",
    ),
    m(
        "71521",
        "2025-10-02 17:30",
        "mapleweave@myworkday.com",
        "Update on your Mapleweave application",
        A("rejection", D23, R23, 23, "workday"),
        "Hi Élise,\n\nThank you for your interest in Mapleweave. After careful review we have decided to move forward with other candidates for JR-1093. We encourage you to keep an eye on our careers site.\n\nMapleweave Recruiting",
    ),
    m(
        "71522",
        "2026-01-19 19:45",
        "mapleweave@myworkday.com",
        "Application received: Public Policy Analyst",
        A("confirmation", D23, R23, 24, "workday"),
        "Hi Élise,\n\nThanks for applying to Public Policy Analyst (JR-1388) at Mapleweave Technologies Inc. We'll be in touch.\n\nMapleweave Recruiting",
    ),
    m(
        "71523",
        "2026-02-10 09:15",
        "Tomasz Wieczorek <tomasz.w@mapleweave.com>",
        "Mapleweave - Public Policy Analyst screen",
        A("interview", D23, R23, 24, "direct"),
        "Hi Élise,\n\nThanks for re-applying! I'd like to book a 30-minute screen. Invite for Feb 13 at 11 attached.\n\nTomasz\nTalent, Mapleweave",
        ics=ics(
            "mw-jr1388-tw@mapleweave.com",
            "2026-02-13 11:00:00 -0500",
            "Mapleweave screen - Élise Tremblay-Okafor",
            ("Tomasz Wieczorek", "tomasz.w@mapleweave.com"),
            "",
            "Google Meet",
            30,
        ),
    ),
    m(
        "71524",
        "2026-02-12 14:00",
        "Tomasz Wieczorek <tomasz.w@mapleweave.com>",
        "Re: Mapleweave - Public Policy Analyst screen",
        A("confirmation", D23, R23, 24, "direct"),
        "No problem Élise, I've cancelled tomorrow's call and closed out your application. Congrats on the new role!\n\nTomasz",
        st="withdrawn",
    ),
    # --- 25 Fernhill (Greenhouse) ----------------------------------------------------
    m(
        "71530",
        "2025-12-09 22:30",
        "Fernhill Analytics <no-reply@us.greenhouse-mail.io>",
        "Your application to Fernhill Analytics",
        A("confirmation", D25, R25, 25, "greenhouse"),
        "Hi Élise,\n\nThank you for applying for the Policy Data Analyst role. Unfortunately, due to the volume of applications, we can't respond to everyone personally. If you are not selected for an interview, please know we keep applications on file for six months.\n\nFernhill Analytics",
    ),
    # --- 26 Caisse Boréale (Workday FR) -------------------------------------------
    m(
        "71540",
        "2025-12-14 11:42",
        "caisseboreale@myworkday.com",
        "Nous avons bien reçu votre candidature",
        A("confirmation", D26, R26, 26, "workday", "fr"),
        "Bonjour Élise,\n\nMerci d'avoir postulé au poste d'Analyste principale, données et politiques (R-77120) au sein de la Fédération des caisses Boréale. Nous analysons votre dossier.\n\nAcquisition de talents",
    ),
    m(
        "71541",
        "2026-01-07 13:25",
        "Véronique Lapointe <veronique.lapointe@caisseboreale.coop>",
        "Entrevue - Analyste principale, données et politiques",
        A("interview", D26, R26, 26, "direct", "fr"),
        "Bonjour Élise,\n\nNous aimerions vous rencontrer en entrevue virtuelle le 14 janvier à 10 h. Vous trouverez l'invitation ci-jointe.\n\nVéronique Lapointe\nPartenaire d'affaires, talents\nCaisse Boréale",
        ics=ics(
            "cb-r77120-vl@caisseboreale.coop",
            "2026-01-14 10:00:00 -0500",
            "Entrevue - Élise Tremblay-Okafor",
            ("Véronique Lapointe", "veronique.lapointe@caisseboreale.coop"),
            "Teams",
            "Teams",
            60,
            "outlook",
        ),
    ),
    m(
        "71542",
        "2026-01-28 16:30",
        "caisseboreale@myworkday.com",
        "Suivi de votre candidature",
        A("rejection", D26, R26, 26, "workday", "fr"),
        "Bonjour Élise,\n\nNous tenons à vous remercier pour votre intérêt et le temps consacré à notre processus. Votre parcours est très intéressant; toutefois, nous avons retenu une autre candidature qui correspond davantage à nos besoins actuels.\n\nAcquisition de talents",
    ),
]
