# ruff: noqa: E501
"""Corpus 44: job mail in English and European Portuguese (NHS trust, UK agency, Faro)."""

from __future__ import annotations

from heldout3_util import m, reply

NHS = ("North Wessex Hospitals NHS Foundation Trust", "Physiotherapist Band 5 (Rotational)")
ALG = ("Clínica Algarve Movimento", "Fisioterapeuta")
RIA = ("Hospital Ria Formosa", "Fisioterapeuta – Medicina Física e Reabilitação")
BRIGHT = "Tom Ashworth | Brightwell Healthcare <tom.ashworth@brightwellhealthcare.co.uk>"
NHSJOBS = "NHS Jobs <noreply@jobs.nhs.uk>"


def t(cat, pair, app, source, lang):
    return (cat, pair[0], pair[1], app, source, lang)


MAIL = [
    # --- UK agency and the NHS trust (20) ----------------------------------------------------
    m(
        "4501",
        "2025-09-17 11:40",
        BRIGHT,
        "Band 5 Physio roles in the UK – Spanish-speaking candidates",
        ("outreach", None, "Physiotherapist Band 5", None, "agency", "en"),
        tz="+0100",
        text="Hi Álvaro,\n\nHope you don't mind me reaching out. I'm Tom from Brightwell Healthcare, we help EU-trained physiotherapists relocate to the NHS. One of our partner trusts in the south of England is running an international recruitment campaign for Band 5 rotational physiotherapists this autumn, with relocation support, HCPC registration fees covered and accommodation for the first 3 months.\n\nWould you be free for a quick chat on WhatsApp or Teams this week?\n\nKind regards,\nTom Ashworth\nInternational Recruitment Consultant\nBrightwell Healthcare Recruitment Ltd · Registered in England No. 0999999",
    ),
    m(
        "4502",
        "2025-09-24 15:02",
        BRIGHT,
        "RE: Band 5 Physio roles – next steps (North Wessex)",
        ("other_job", NHS[0], NHS[1], None, "agency", "en"),
        tz="+0100",
        text="Hi Álvaro,\n\nGreat to speak earlier. As promised, the trust is North Wessex Hospitals NHS Foundation Trust. The vacancy will go live on NHS Jobs on Monday; please apply there directly and mention Brightwell in the supporting information so we can track it. I'll help you with the supporting statement if you like.\n\nYour IELTS 7.5 is fine, and HCPC can run in parallel.\n\nCheers,\nTom",
        **reply("4501", "tom.ashworth@brightwellhealthcare.co.uk"),
    ),
    m(
        "4503",
        "2025-09-30 20:18",
        NHSJOBS,
        "Application submitted: Physiotherapist Band 5 (Rotational)",
        t("confirmation", NHS, 20, "other", "en"),
        tz="+0100",
        text="Dear Álvaro Quintero Benjumea,\n\nThank you for submitting your application for the following job:\n\nJob title: Physiotherapist Band 5 (Rotational)\nEmployer: North Wessex Hospitals NHS Foundation Trust\nJob reference: 349-AHP-7721-B\n\nYou can check the progress of your application in your NHS Jobs account.\n\nThis is an automated email. Do not reply to it.\n\nNHS Jobs",
    ),
    m(
        "4504",
        "2025-10-14 13:30",
        "North Wessex Hospitals NHS FT <no-reply@trac.jobs>",
        "Invitation to interview – Physiotherapist Band 5 (Rotational) – 349-AHP-7721-B",
        t("interview", NHS, 20, "other", "en"),
        tz="+0100",
        text='Dear Álvaro,\n\nRE: Physiotherapist Band 5 (Rotational) – Reference 349-AHP-7721-B\n\nFollowing shortlisting, I am pleased to invite you to interview for the above post. Interviews for international candidates will be held via Microsoft Teams on 23 October 2025.\n\nPlease log into your account to book an interview slot. Slots are allocated on a first come, first served basis.\n\nThe interview will consist of a 10-minute presentation ("How would you manage a patient following a total knee replacement on day 1?") followed by a panel interview.\n\nYours sincerely,\nRecruitment Team\nNorth Wessex Hospitals NHS Foundation Trust\n\nPlease do not reply to this email, this mailbox is not monitored.',
    ),
    m(
        "4505",
        "2025-10-31 16:45",
        "North Wessex Hospitals NHS FT <no-reply@trac.jobs>",
        "Conditional offer of employment – 349-AHP-7721-B",
        t("offer", NHS, 20, "other", "en"),
        tz="+0000",
        text="Dear Álvaro,\n\nI am delighted to inform you that following your recent interview you have been successful and we would like to make you a conditional offer of employment for the post of Physiotherapist Band 5 (Rotational), Agenda for Change Band 5, starting salary £31,049 per annum pro rata.\n\nThis offer is conditional upon satisfactory pre-employment checks, including HCPC registration, references, occupational health clearance and a DBS/overseas police check.\n\nPlease log in to your account to accept or decline this conditional offer.\n\nKind regards,\nRecruitment Team",
    ),
    m(
        "4506",
        "2025-11-20 10:12",
        "Hannah Pryce <hannah.pryce@northwessex.nhs.uk>",
        "RE: Withdrawal – Physiotherapist Band 5 (Rotational)",
        t("offer", NHS, 20, "direct", "en"),
        st="declined",
        tz="+0000",
        text="Dear Álvaro,\n\nThank you for letting us know, and for being so upfront. I've recorded that you are declining the conditional offer and closed your record on Trac. We'd be very happy to hear from you if your plans change next year.\n\nBest wishes,\nHannah\n\nHannah Pryce | Therapies Recruitment Lead | North Wessex Hospitals NHS Foundation Trust\n\n-----Original Message-----\nFrom: Álvaro Quintero Benjumea\nSent: 19 November 2025 21:40\nSubject: Withdrawal – Physiotherapist Band 5 (Rotational)\n\nDear Hannah, after a lot of thought, and for family reasons, I have decided not to move to the UK this year, so I must decline the conditional offer. Thank you so much for everything.",
    ),
    m(
        "4507",
        "2025-10-20 08:00",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Your saved search: physiotherapist – 14 new jobs",
        ("alert", None, None, None, "other", "en"),
        tz="+0100",
        text="Your saved search 'physiotherapist, Band 5, England' has 14 new results.\n\nPhysiotherapist Band 5 – Musculoskeletal – Dorset County Hospital\nRotational Physiotherapist – Royal Cornwall Hospitals\nBand 5 Physiotherapist – Community Therapy – Kent\n\nView all results in your NHS Jobs account.\n\nTo stop receiving these emails, delete your saved search.",
    ),
    m(
        "4508",
        "2025-11-03 09:15",
        "North Wessex Hospitals NHS FT <no-reply@trac.jobs>",
        "Out of office: Reference request",
        ("other_job", NHS[0], NHS[1], None, "other", "en"),
        tz="+0000",
        text="Automatic reply: I am on annual leave until Monday 10 November. For urgent recruitment queries please contact therapies.recruitment@northwessex.nhs.uk.\n\nKind regards\nJames",
    ),
    # --- Faro: Clínica Algarve Movimento (direct; rejected) (21) --------------------------------
    m(
        "4509",
        "2025-10-03 12:10",
        "Clínica Algarve Movimento <recrutamento@algarvemovimento.pt>",
        "Candidatura recebida – Fisioterapeuta (Faro)",
        t("confirmation", ALG, 21, "direct", "pt"),
        tz="+0100",
        text="Caro Álvaro,\n\nAgradecemos a sua candidatura à vaga de Fisioterapeuta na nossa clínica de Faro. Iremos analisar o seu currículo e, caso o perfil se adeque, entraremos em contacto para agendar uma entrevista.\n\nNote que é necessária a cédula profissional emitida pela ACSS para o exercício em Portugal.\n\nCom os melhores cumprimentos,\nDepartamento de Recursos Humanos\nAlgarve Movimento – Fisioterapia e Reabilitação, Lda.",
    ),
    m(
        "4510",
        "2025-10-22 17:40",
        "Clínica Algarve Movimento <recrutamento@algarvemovimento.pt>",
        "Re: Candidatura recebida – Fisioterapeuta (Faro)",
        t("rejection", ALG, 21, "direct", "pt"),
        tz="+0100",
        text="Caro Álvaro,\n\nObrigado pelo interesse demonstrado na Algarve Movimento. Após análise das candidaturas, informamos que optámos por avançar com outros candidatos que já possuem a cédula profissional portuguesa.\n\nDesejamos-lhe os maiores sucessos profissionais.\n\nCumprimentos,\nSofia Guerreiro\nRecursos Humanos",
        **reply("4509", "recrutamento@algarvemovimento.pt"),
    ),
    # --- Faro: Hospital Ria Formosa (SuccessFactors; ghosted) (22) --------------------------
    m(
        "4511",
        "2025-11-08 18:25",
        "Hospital Ria Formosa – Recrutamento <noreply@successfactors.eu>",
        "Obrigado pela sua candidatura",
        t("confirmation", RIA, 22, "other", "pt"),
        tz="+0000",
        html="<html><body><p>Olá Álvaro,</p><p>Obrigado por se candidatar à função <b>Fisioterapeuta – Medicina Física e Reabilitação</b> no <b>Hospital Ria Formosa</b> (Req. 5520).</p><p>A nossa equipa de Recrutamento irá analisar a sua candidatura e entrará em contacto consigo caso o seu perfil corresponda aos requisitos da função.</p><p>Com os melhores cumprimentos,<br>Equipa de Recrutamento<br>Ria Formosa Saúde, S.A.</p></body></html>",
    ),
    m(
        "4512",
        "2025-11-09 10:00",
        "Hospital Ria Formosa – Recrutamento <noreply@successfactors.eu>",
        "Bem-vindo à nossa Comunidade de Talento",
        ("other_job", "Hospital Ria Formosa", None, None, "other", "pt"),
        tz="+0000",
        html="<html><body><p>Olá Álvaro,</p><p>A sua conta de candidato foi criada e passou a fazer parte da Comunidade de Talento do Hospital Ria Formosa. Receberá alertas de novas oportunidades de acordo com as suas preferências.</p></body></html>",
    ),
    m(
        "4513",
        "2025-12-01 08:30",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: fisioterapeuta – Algarve",
        ("alert", None, None, None, "other", "pt"),
        tz="+0000",
        text="Net-Empregos\n\nNovas ofertas para a sua pesquisa 'fisioterapeuta' (Algarve):\n\n- Fisioterapeuta – Clínica em Portimão\n- Fisioterapeuta para lar – Loulé\n- Fisioterapeuta desportivo – Albufeira\n\nVer todas as ofertas em www.net-empregos.com\n\nPara cancelar este alerta, clique aqui.",
    ),
    # --- English: newsletter-ish job mail from LinkedIn recruiter ------------------------------
    m(
        "4514",
        "2026-02-03 14:22",
        "Megan Hollis via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Physiotherapy opportunities in Guernsey",
        ("outreach", "Channel Care Group", "Physiotherapist", None, "linkedin", "en"),
        tz="+0000",
        text="Megan Hollis\nTalent Partner at Channel Care Group\n\nHi Álvaro, I came across your profile and wondered whether you'd consider a role in Guernsey. We're hiring musculoskeletal physiotherapists for our private clinic, with a relocation package. Happy to share more.\n\nReply · View profile\n\nThis is a LinkedIn InMail.",
    ),
]
