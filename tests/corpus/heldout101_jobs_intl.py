# ruff: noqa: E501, RUF100
"""Corpus 101, job mail from multinationals, LinkedIn and Recruitee (data only): see heldout101.py."""

from __future__ import annotations

from heldout101_jobs import ev, m


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


NV = "Norvexa"
NV1, NV2 = "Regulatory Affairs Officer", "Pharmacovigilance Associate"
CV, CVR = "Corvalis Pharma", "Regulatory Affairs Specialist (CMC)"
AU, AUR = "Aurelis Health Services", "Medical Information Specialist (Portuguese speaker)"
BM, BMR = "Biomonde Portugal", "Regulatory Affairs Associate"
ST, STR = "Stellanor Therapeutics", "Quality Assurance Specialist (GxP)"
RP, RPR = "Regula Partners", "Regulatory Affairs Consultant"
HV, HVR = "Halvard Pharma", "Scientific Advisor – Portugal"

CV_SIG = "\n\nBest regards,\nJoana Ferraz\nRegulatory Affairs Lead, Iberia\nCorvalis Farmacêutica Portugal, Unipessoal Lda.\nRua do Mar da China 1, Parque das Nações, Lisboa"

MAIL = [
    # --- 3 / 15 Norvexa (Workday), two roles ------------------------------------------------------
    m(
        "80101",
        "2025-09-12 23:10",
        "Norvexa <norvexa@myworkday.com>",
        "Thank you for your application – Regulatory Affairs Officer",
        A("confirmation", NV, NV1, 3, "workday"),
        html="<html><body><p>Dear Inês,</p><p>Thank you for applying for the position of <b>Regulatory Affairs Officer</b> (R-118274) in Lisbon, Portugal. We have received your application and our Talent Acquisition team will review it shortly.</p><p>You can check the status of your application at any time in your candidate home.</p><p>Kind regards,<br>Norvexa Talent Acquisition</p><p style='font-size:10px'>Norvexa Pharmaceuticals AG and its affiliates. Please do not reply to this automated message.</p></body></html>",
    ),
    m(
        "80104",
        "2025-10-02 19:47",
        "Norvexa <norvexa@myworkday.com>",
        "Thank you for your application – Pharmacovigilance Associate",
        A("confirmation", NV, NV2, 15, "workday"),
        html="<html><body><p>Dear Inês,</p><p>Thank you for applying for the position of <b>Pharmacovigilance Associate</b> (R-118930) in Porto, Portugal (hybrid). We have received your application.</p><p>Kind regards,<br>Norvexa Talent Acquisition</p></body></html>",
    ),
    m(
        "80107",
        "2025-10-20 08:15",
        "Norvexa <norvexa@myworkday.com>",
        "Update on your application",
        A("rejection", NV, NV1, 3, "workday"),
        html="<html><body><p>Dear Inês,</p><p>Thank you for your interest in the Regulatory Affairs Officer role (R-118274) and for the time you invested in your application.</p><p>We were impressed by your background; however, after careful consideration we have decided to move forward with candidates whose experience more closely matches the requirements of this role.</p><p>We encourage you to keep an eye on our careers site for future opportunities.</p><p>Kind regards,<br>Norvexa Talent Acquisition</p></body></html>",
    ),
    m(
        "80109",
        "2025-11-14 12:02",
        "Norvexa <norvexa@myworkday.com>",
        "Your application for R-118930",
        A("rejection", NV, NV2, 15, "workday"),
        html="<html><body><p>Dear Inês,</p><p>Thank you for applying for the Pharmacovigilance Associate role. The position has now been filled and we will not be progressing your application further.</p><p>We wish you every success in your search.</p><p>Norvexa Talent Acquisition</p></body></html>",
    ),
    # --- 5 Corvalis Pharma (after the agency) ----------------------------------------------------------
    m(
        "80201",
        "2025-10-15 14:30",
        "Joana Ferraz <joana.ferraz@corvalis.com>",
        "Interview – Regulatory Affairs Specialist (CMC)",
        A("interview", CV, CVR, 5, "direct"),
        "Dear Inês,\n\nDuarte from Talentia passed on your CV, thank you for your interest in Corvalis. I am sending you a Teams invitation for our conversation on Tuesday 21 October at 17:00 (Lisbon time). We will start in Portuguese and switch to English for the second part.\n\nLooking forward to it."
        + CV_SIG,
        ics=ev(
            "2025-10-21 17:00",
            "040000008200E00074C5B7101A82E008000000CVL-RA-1021",
            "Interview Inês Marques – RA Specialist CMC",
            ("Joana Ferraz", "joana.ferraz@corvalis.com"),
            minutes=60,
            description="Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_CVL1021",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "80204",
        "2025-11-04 09:20",
        "Joana Ferraz <joana.ferraz@corvalis.com>",
        "Next step: case study",
        A("assessment", CV, CVR, 5, "direct"),
        "Dear Inês,\n\nThank you again for a very good conversation. The next step is a short case study: please review the attached (anonymised) Module 3.2.P.3 excerpt and prepare a 15-minute presentation on how you would handle a change of the finished-product manufacturing site across EU national procedures, including the variation classification and a timeline.\n\nWe would like to receive it by 17 November; you will present it at the final interview."
        + CV_SIG,
        attach=[("Corvalis_case_study_RA_CMC.pdf", "application/pdf", "%PDF-1.4 case")],
    ),
    m(
        "80207",
        "2025-11-28 16:05",
        "Corvalis Talent Acquisition <talent.pt@corvalis.com>",
        "Final interview – Lisbon office, 10 December",
        A("interview", CV, CVR, 5, "direct"),
        "Dear Inês,\n\nWe are pleased to invite you to the final interview for the Regulatory Affairs Specialist (CMC) position. It will take place at our Lisbon office (Parque das Nações) on Wednesday 10 December, 14:00–16:00, with Joana Ferraz, Marco Vidal (Head of Regulatory Affairs, Southern Europe) and a member of HR.\n\nYou will present your case study (15 min) followed by a competency-based interview. Travel expenses from Coimbra will be reimbursed.\n\nBest regards,\nRita Soares\nTalent Acquisition Partner | Corvalis",
        ics=ev(
            "2025-12-10 14:00",
            "040000008200E00074C5B7101A82E008000000CVL-RA-1210",
            "Final interview – Inês Marques (RA Specialist CMC)",
            ("Rita Soares", "talent.pt@corvalis.com"),
            minutes=120,
            location="Corvalis – Rua do Mar da China 1, Lisboa, Sala Tejo",
            attendees=[
                ("Joana Ferraz", "joana.ferraz@corvalis.com"),
                ("Marco Vidal", "marco.vidal@corvalis.com"),
            ],
        ),
    ),
    m(
        "80210",
        "2026-01-13 10:44",
        "Rita Soares via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: Corvalis_Offer_Letter_IMarques.pdf",
        A("offer", CV, CVR, 5, "docusign"),
        html="<html><body><p>Rita Soares sent you a document to review and sign.</p><p><a href='https://na3.docusign.net/Signing/EmailStart.aspx?a=2e61'>REVIEW DOCUMENT</a></p><p>Dear Inês, please find your offer letter for the role of Regulatory Affairs Specialist (CMC) at Corvalis Farmacêutica Portugal. Kindly sign by 20 January. Welcome aboard! Rita</p><p style='font-size:10px'>Do Not Share This Email. This email contains a secure link to Docusign.</p></body></html>",
    ),
    m(
        "80213",
        "2026-01-15 21:08",
        "DocuSign <dse_NA3@docusign.net>",
        "Completed: Corvalis_Offer_Letter_IMarques.pdf",
        A("offer", CV, CVR, 5, "docusign"),
        html="<html><body><p>All parties have completed <b>Corvalis_Offer_Letter_IMarques.pdf</b>.</p><p><a href='https://na3.docusign.net/'>VIEW COMPLETED DOCUMENT</a></p><p>Sender: Rita Soares (talent.pt@corvalis.com)</p></body></html>",
        st="accepted",
    ),
    m(
        "80216",
        "2026-02-10 09:00",
        "Corvalis People Team <onboarding.pt@corvalis.com>",
        "Welcome to Corvalis – your first day on 2 March",
        ("other_job", CV, CVR, None, "direct", "en"),
        "Dear Inês,\n\nWe are delighted that you are joining us! Ahead of your first day on Monday 2 March, please complete the onboarding checklist (bank details, NIF, NISS, a copy of your Cartão de Cidadão and of your Ordem dos Farmacêuticos card) in the onboarding portal.\n\nYour laptop will be ready at the Lisbon reception at 09:30.\n\nSee you soon,\nCorvalis People Team",
    ),
    # --- 9 Aurelis (LinkedIn) -------------------------------------------------------------------------
    m(
        "80301",
        "2025-09-25 13:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inês, your application was sent to Aurelis Health Services",
        A("confirmation", AU, AUR, 9, "linkedin"),
        html="<html><body><p>Your application was sent to <b>Aurelis Health Services</b></p><p>Medical Information Specialist (Portuguese speaker)<br>Aurelis Health Services · Lisbon, Portugal (Remote)</p><p>Applied on September 25, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4102938811'>View job</a></p></body></html>",
    ),
    m(
        "80303",
        "2025-09-30 17:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Aurelis Health Services",
        A("viewed", AU, AUR, 9, "linkedin"),
        html="<html><body><p>Good news, Inês! Aurelis Health Services viewed your application for <b>Medical Information Specialist (Portuguese speaker)</b>.</p><p><a href='https://www.linkedin.com/jobs/tracker/applied'>See your applied jobs</a></p></body></html>",
    ),
    m(
        "80305",
        "2025-10-16 11:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Medical Information Specialist (Portuguese speaker) at Aurelis Health Services",
        A("rejection", AU, AUR, 9, "linkedin"),
        html="<html><body><p>Dear Inês,</p><p>Thank you for your interest in the Medical Information Specialist position at Aurelis Health Services. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest.</p><p>Regards,<br>Aurelis Health Services</p></body></html>",
    ),
    # --- 11 Biomonde Portugal (Recruitee) ----------------------------------------------------------------
    m(
        "80401",
        "2025-10-10 11:55",
        "Biomonde Portugal <noreply@recruitee.com>",
        "Candidatura recebida: Regulatory Affairs Associate",
        A("confirmation", BM, BMR, 11, "recruitee", "pt"),
        "Olá Inês,\n\nObrigado pelo teu interesse na Biomonde! Recebemos a tua candidatura para Regulatory Affairs Associate (Coimbra / Biocant Park).\n\nVamos analisar o teu perfil e responderemos em breve, seja qual for a decisão.\n\nAbraço,\nEquipa Biomonde",
    ),
    m(
        "80403",
        "2025-10-23 14:10",
        "Filipa Rocha <filipa.rocha@biomonde.eu>",
        "Entrevista – Regulatory Affairs Associate",
        A("interview", BM, BMR, 11, "direct", "pt"),
        "Olá Inês,\n\nGostaríamos de conversar contigo sobre a vaga de Regulatory Affairs Associate. Enviei um convite Teams para terça, 28 de outubro, às 10h30. Estarão presentes eu e o Nuno, o nosso QA/RA Manager.\n\nAté lá!\nFilipa Rocha\nPeople Partner | Biomonde\nBiocant Park, Cantanhede",
        ics=ev(
            "2025-10-28 10:30",
            "040000008200E00074C5B7101A82E008000000BMD-RAA-1028",
            "Entrevista Inês Marques – RA Associate",
            ("Filipa Rocha", "filipa.rocha@biomonde.eu"),
            minutes=45,
            description="Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_BMD1028",
            location="Reunião do Microsoft Teams",
        ),
    ),
    m(
        "80406",
        "2025-11-10 16:25",
        "Biomonde Portugal <noreply@recruitee.com>",
        "Atualização sobre a tua candidatura",
        A("rejection", BM, BMR, 11, "recruitee", "pt"),
        "Olá Inês,\n\nAntes de mais, obrigado pela conversa e pela energia que trouxeste à entrevista – a equipa ficou com ótima impressão.\n\nDepois de muito pensar, decidimos avançar com outra pessoa com mais experiência em dossiês de dispositivos médicos de classe IIb. Sabemos que não é a notícia que esperavas.\n\nVamos guardar o teu CV e não hesitaremos em contactar-te numa próxima oportunidade.\n\nEquipa Biomonde",
    ),
    # --- 12 Stellanor (Jobvite), forwarded from the old address ------------------------------------------
    m(
        "80501",
        "2025-10-14 20:31",
        "Inês Marques <ines.marques@student.uc.pt>",
        "ENC: Thank you for your interest in Stellanor Therapeutics",
        A("confirmation", ST, STR, 12, "other"),
        "\n\n-------- Mensagem encaminhada --------\nDe: Stellanor Therapeutics <notifications@jobvite.com>\nData: 14/10/2025 19:58\nAssunto: Thank you for your interest in Stellanor Therapeutics\nPara: ines.marques@student.uc.pt\n\nHi Inês,\n\nThank you for applying to the Quality Assurance Specialist (GxP) position in Porto. Your application has been received and is under review by our hiring team. If your qualifications match our needs, a member of our team will be in touch.\n\nBest wishes,\nStellanor Talent Team\n",
    ),
    # --- 21 Regula Partners (LinkedIn, Calendly, withdrawn) -----------------------------------------------
    m(
        "80601",
        "2025-11-20 09:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inês, a sua candidatura foi enviada para Regula Partners",
        A("confirmation", RP, RPR, 21, "linkedin", "pt"),
        html="<html><body><p>A sua candidatura foi enviada para <b>Regula Partners</b></p><p>Regulatory Affairs Consultant<br>Regula Partners · Portugal (Remoto)</p><p>Candidatura enviada a 20 de novembro de 2025</p></body></html>",
    ),
    m(
        "80603",
        "2025-12-01 12:15",
        "Calendly <notifications@calendly.com>",
        "New Event: Inês Marques – 12:00 Wed, 3 Dec 2025 – Regula Partners: RA Consultant interview",
        A("interview", RP, RPR, 21, "other"),
        "Hi Inês,\n\nYour event has been scheduled.\n\nEvent Type: Regula Partners: RA Consultant interview (45 min)\nInvitee: Inês Marques\nHost: Sanne de Wit\nDate/Time: 12:00 - Wednesday, 3 December 2025 (Western European Time)\nLocation: Microsoft Teams (details in the invitation)\n\nCancel or reschedule: https://calendly.com/cancellations/91a7",
        ics=ev(
            "2025-12-03 12:00",
            "calendly-91a7@calendly.com",
            "Regula Partners: RA Consultant interview",
            ("Sanne de Wit", "sanne.dewit@regulapartners.eu"),
            minutes=45,
            style="google",
            location="Microsoft Teams",
        ),
    ),
    m(
        "80606",
        "2026-01-19 14:40",
        "Sanne de Wit <sanne.dewit@regulapartners.eu>",
        "RE: Withdrawal – RA Consultant application",
        A("confirmation", RP, RPR, 21, "direct"),
        "Hi Inês,\n\nThanks for letting us know, and congratulations on the new role! I have withdrawn your application from our process. Best of luck at Corvalis – maybe our paths will cross on a project one day.\n\nKind regards,\nSanne de Wit\nTalent & Operations | Regula Partners B.V.\n\nFrom: Inês Marques\nSent: Friday, 16 January 2026 18:02\nSubject: Withdrawal – RA Consultant application\n\nDear Sanne, I would like to withdraw my application for the Regulatory Affairs Consultant role, as I have accepted another offer. Thank you for the kind interview in December.",
        st="withdrawn",
    ),
    # --- 22 Halvard Pharma (Workday) -------------------------------------------------------------------
    m(
        "80701",
        "2025-12-14 10:00",
        "Halvard Careers <halvard@myworkday.com>",
        "Finish your application – Scientific Advisor – Portugal",
        ("alert", HV, HVR, None, "workday", "en"),
        html="<html><body><p>Hi Inês,</p><p>You started an application for <b>Scientific Advisor – Portugal</b> but have not submitted it yet. Pick up where you left off in your candidate home.</p><p>Halvard Careers</p></body></html>",
    ),
    m(
        "80703",
        "2025-12-15 22:36",
        "Halvard Careers <halvard@myworkday.com>",
        "Application received: Scientific Advisor – Portugal",
        A("confirmation", HV, HVR, 22, "workday"),
        html="<html><body><p>Dear Inês Carvalho Marques,</p><p>Thank you for submitting your application for <b>Scientific Advisor – Portugal</b> (JR-20447). We will contact you if your profile matches the requirements. Due to the high volume of applications, we may not be able to respond to every candidate individually.</p><p>Halvard Pharma Talent Acquisition</p></body></html>",
    ),
    m(
        "80813",
        "2025-11-06 09:02",
        "Lars Okonkwo via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Re: Regulatory role in Porto – Kestrava Biologics",
        ("outreach", "Kestrava Biologics", "Regulatory Affairs Specialist", None, "linkedin", "en"),
        html="<html><body><p>Hi Inês, just bumping this in case it got buried. Happy to share the job description if that helps. Lars</p></body></html>",
    ),
    m(
        "80815",
        "2025-12-02 14:25",
        "Eleanor Brandt <e.brandt@harcourtlane.co.uk>",
        "Remote EU Regulatory Affairs role – Portuguese market",
        ("outreach", None, "Regulatory Affairs Manager, Portugal", None, "agency", "en"),
        "Hi Inês,\n\nI'm a recruiter with Harcourt Lane Life Sciences in London. One of our clients, a mid-sized European generics company, is looking for a fully remote Regulatory Affairs Manager to cover the Portuguese market (national procedures, INFARMED liaison, labelling). Your profile came up in my search.\n\nWould you have 15 minutes this week? Compensation is competitive for the market.\n\nKind regards,\nEleanor Brandt\nPrincipal Consultant, Regulatory\nHarcourt Lane Life Sciences Ltd",
    ),
    m(
        "80817",
        "2025-12-22 10:00",
        "Corvalis Talent Acquisition <talent.pt@corvalis.com>",
        "Reference check – Inês Carvalho Marques",
        ("other_job", CV, CVR, None, "direct", "en"),
        "Dear Inês,\n\nThank you for sharing your referees via Talentia. As part of the final stage we will contact Dra. Fátima Rebelo and Prof. Sérgio Antunes this week. No action is needed from you.\n\nBest regards,\nRita Soares\nTalent Acquisition Partner | Corvalis",
    ),
    # --- LinkedIn alerts and outreach -----------------------------------------------------------------------
    m(
        "80801",
        "2025-09-05 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"regulatory affairs": Norvexa - Regulatory Affairs Officer and more',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for <b>regulatory affairs</b> in Portugal</p><ul><li>Regulatory Affairs Officer – Norvexa – Lisbon</li><li>Regulatory Affairs Associate – Biomonde Portugal – Cantanhede</li><li>Medical Information Specialist – Aurelis Health Services – Remote</li></ul><p><a href='https://www.linkedin.com/jobs/'>See all jobs</a></p></body></html>",
    ),
    m(
        "80803",
        "2025-10-10 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"regulatory affairs": 14 new jobs in Portugal',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>14 new jobs match your preferences</p><ul><li>Quality Assurance Specialist (GxP) – Stellanor Therapeutics – Porto</li><li>Pharmacovigilance Associate – Norvexa – Porto</li><li>RA Specialist Medical Devices – Ortomedis – Maia</li></ul></body></html>",
    ),
    m(
        "80805",
        "2025-11-18 18:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Regula Partners is hiring: Regulatory Affairs Consultant",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Regula Partners, a company you follow, is hiring.</p><p><b>Regulatory Affairs Consultant</b> · Portugal (Remote) · Easy Apply</p></body></html>",
    ),
    m(
        "80807",
        "2025-12-22 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"farmacêutico": Saúde+ Farmácias - Farmacêutico(a) e mais',
        ("alert", None, None, None, "linkedin", "pt"),
        html="<html><body><p>O seu alerta de emprego para <b>farmacêutico</b> em Coimbra</p><ul><li>Farmacêutico(a) – Saúde+ Farmácias – Coimbra</li><li>Farmacêutico Adjunto – Farmácia em Cantanhede</li></ul></body></html>",
    ),
    m(
        "80809",
        "2025-10-30 15:12",
        "Lars Okonkwo via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Regulatory role in Porto – Kestrava Biologics",
        ("outreach", "Kestrava Biologics", "Regulatory Affairs Specialist", None, "linkedin", "en"),
        html="<html><body><p>Hi Inês,</p><p>I lead talent acquisition at Kestrava Biologics. We are opening a small regulatory hub in Porto and I think your mix of community pharmacy and RA training could be a great fit for a Regulatory Affairs Specialist role (biologics, EU/UK). Would you be open to a 20-minute chat next week?</p><p>Best,<br>Lars Okonkwo<br>Talent Acquisition Lead, Kestrava Biologics</p></body></html>",
    ),
    m(
        "80811",
        "2026-02-16 17:20",
        "Hugo Marcelino via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade Regulatory Affairs – consultora em Lisboa",
        ("outreach", None, "Regulatory Affairs Consultant", None, "linkedin", "pt"),
        html="<html><body><p>Olá Inês,</p><p>Vi que vai começar na Corvalis, parabéns! Mesmo assim, gostaria de lhe apresentar uma oportunidade de consultoria regulamentar em Lisboa, com progressão para Senior em 12 meses. Se quiser saber mais, responda a esta mensagem.</p><p>Hugo Marcelino, Headhunter</p></body></html>",
    ),
]
