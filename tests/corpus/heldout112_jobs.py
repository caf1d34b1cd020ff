# ruff: noqa: E501, RUF100
"""Corpus 112, Luanda job mail (data only): see heldout112.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "+0100"


m = partial(dated_spec, _tz)


def A(cat, co, role, app, src, lang="pt"):
    return (cat, co, role, app, src, lang)


HE, HE1, HE2 = "Halvorsen Energy Angola", "Financial Analyst", "Joint Venture Accountant"
BCA, BCAR = "BCA", "Analista de Risco de Crédito"
UN, UNR = "Unimov", "Contabilista Sénior"
NV, NVR = "Norvane Energy Angola", "Cost Controller"
KA, KAR = "Kimbo Auditores", "Auditor Sénior"
LL, LLR = "Luanda Logística", "Contabilista"
CM, CMR = "Cervejas Mulemba", "Contabilista"
SK, SKR = "Supermercados Kifangondo", "Técnico de Contabilidade"
MO, MOR = "Meridian Offshore Angola", "Accounts Payable Supervisor"
NC, NCR = "Nova Cimenteira do Kwanza", "Analista Financeiro"
AC, ACR = "AfriConnect", "FP&A Analyst"
MK, MKR = "Mukanda & Associados", "Consultor Financeiro"
PX, PXR = "Paxi", "Finance Manager"


MAIL: list[dict[str, Any]] = [
    # --- 1 Halvorsen Energy Angola, Financial Analyst (Workday) ---------------------------------
    m(
        "52011",
        "2025-09-03 11:42",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Thank you for your application – Financial Analyst (R-24817)",
        A("confirmation", HE, HE1, 1, "workday", "en"),
        "Dear Joaquim,\n\nThank you for applying for the Financial Analyst position (R-24817) at Halvorsen Energy Angola, Lda, Luanda.\n\nOur Talent Acquisition team will review your profile against the requirements of the role. Due to the high volume of applications, only shortlisted candidates will be contacted. You can follow the status of your application at any time in the candidate home page.\n\nKind regards,\nHalvorsen Talent Acquisition\n\nThis mailbox is not monitored. Please do not reply.",
    ),
    m(
        "52044",
        "2025-09-15 08:05",
        "Halvorsen Talent Acquisition <noreply@talent-assess.halvorsen-energy.com>",
        "Next step: online assessment – Financial Analyst, Luanda",
        A("assessment", HE, HE1, 1, "other", "en"),
        "Dear Joaquim Ndala,\n\nFollowing the review of your application for Financial Analyst (R-24817), we are pleased to invite you to complete our online assessment. It consists of a numerical reasoning test (25 minutes), a verbal reasoning test (20 minutes) and a work-style questionnaire.\n\nPlease complete all three parts by 22 September 2025, 23:59 WAT. Use a laptop with a stable connection; the tests cannot be paused once started.\n\nStart here: https://talent-assess.halvorsen-energy.com/c/8f2k-1193\n\nGood luck,\nHEA Talent Acquisition – Angola Business Unit",
    ),
    m(
        "52071",
        "2025-09-30 16:20",
        "Marta Kiala <marta.kiala@halvorsen-energy.com>",
        "Entrevista – Financial Analyst | HEA Luanda",
        A("interview", HE, HE1, 1, "direct", "en"),
        "Dear Joaquim,\n\nThank you for completing the assessments. We would like to invite you to a first interview with the Finance Controller, Mr. Erik Solheim, and myself.\n\nDate: Tuesday, 7 October 2025\nTime: 10:00-11:00 (Luanda time)\nFormat: Microsoft Teams (link in the invitation)\n\nPlease confirm by replying to this e-mail. The interview will be in English.\n\nBest regards,\n\nMarta Kiala\nHR Business Partner\nHalvorsen Energy Angola, Lda\nTorres Atlântico, Piso 14, Luanda",
        ics={
            "start": "2025-10-07 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Marta Kiala", "marta.kiala@halvorsen-energy.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4",
            "summary": "Interview – Joaquim Ndala – Financial Analyst",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
            "attendees": [("Erik Solheim", "erik.solheim@halvorsen-energy.com")],
        },
    ),
    m(
        "52090",
        "2025-10-21 14:11",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Your application with Halvorsen",
        A("rejection", HE, HE1, 1, "workday", "en"),
        "Dear Joaquim,\n\nThank you for the time you invested in the selection process for Financial Analyst (R-24817). The interview panel appreciated your solid grounding in IFRS reporting and your clear communication.\n\nAfter careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the team at this time.\n\nWe will keep your details in our talent pool and encourage you to apply for future opportunities with Halvorsen.\n\nKind regards,\nHalvorsen Talent Acquisition",
    ),
    # --- 2 Halvorsen, JV Accountant (Workday) -----------------------------------------------------
    m(
        "52133",
        "2025-11-04 09:27",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Thank you for your application – Joint Venture Accountant (R-25102)",
        A("confirmation", HE, HE2, 2, "workday", "en"),
        "Dear Joaquim,\n\nThank you for applying for the Joint Venture Accountant position (R-25102) at Halvorsen Energy Angola, Lda.\n\nWe have received your application and will review it carefully. If your profile is shortlisted, a member of our team will contact you.\n\nKind regards,\nHalvorsen Talent Acquisition",
    ),
    m(
        "52161",
        "2025-12-10 17:02",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Update on R-25102",
        A("rejection", HE, HE2, 2, "workday", "en"),
        html="<html><body><p>Dear Joaquim,</p><p>We appreciate your continued interest in Halvorsen and the effort you put into your application for <b>Joint Venture Accountant</b>.</p><p>Unfortunately, we will not be progressing your application further. The position has been filled by a candidate with direct joint-venture audit experience in Block operations.</p><p>Your profile remains in our database.</p><p>Halvorsen Talent Acquisition<br>HEA – Angola Business Unit</p></body></html>",
    ),
    # --- 3 BCA, Analista de Risco de Crédito (SuccessFactors) -> offer declined ------------------
    m(
        "52205",
        "2025-09-08 19:33",
        "BCA Recrutamento <noreply@successfactors.eu>",
        "Confirmação de candidatura - Analista de Risco de Crédito",
        A("confirmation", BCA, BCAR, 3, "other"),
        "Caro(a) Joaquim Ndala,\n\nAgradecemos o seu interesse no Banco Comercial do Atlântico, S.A. e confirmamos a receção da sua candidatura à vaga de Analista de Risco de Crédito (Ref. 2025/RC-14).\n\nA sua candidatura será analisada pela Direção de Capital Humano. Caso o seu perfil não seja selecionado para a fase seguinte, não voltaremos a contactá-lo, mas manteremos os seus dados durante 12 meses.\n\nCom os melhores cumprimentos,\nDireção de Capital Humano\nBCA – Banco Comercial do Atlântico",
    ),
    m(
        "52230",
        "2025-09-24 10:15",
        "Capital Humano BCA <capital.humano@bca.co.ao>",
        "Convocatória - Testes técnicos e psicotécnicos",
        A("assessment", BCA, BCAR, 3, "direct"),
        "Exmo. Senhor Joaquim Ndala,\n\nNo âmbito do processo de recrutamento para Analista de Risco de Crédito, vimos por este meio convocá-lo para a realização de testes técnicos (contabilidade e análise de demonstrações financeiras) e psicotécnicos.\n\nData: 1 de outubro de 2025, às 08h30\nLocal: Edifício Sede do BCA, Rua Rainha Ginga, n.º 112, 6.º andar, Luanda\n\nDeverá fazer-se acompanhar do Bilhete de Identidade e de uma esferográfica. A duração prevista é de 3 horas.\n\nSolicitamos a confirmação da sua presença até 29 de setembro.\n\nCom os melhores cumprimentos,\nAna Paula Sebastião\nDireção de Capital Humano",
    ),
    m(
        "52231",
        "2025-09-24 12:48",
        "Joaquim Ndala <joaquim.ndala@gmail.com>",
        "RE: Convocatória - Testes técnicos e psicotécnicos",
        A("assessment", BCA, BCAR, 3, "direct"),
        "Boa tarde Dra. Ana Paula,\n\nConfirmo a minha presença no dia 1 de outubro às 08h30.\n\nMuito obrigado,\nJoaquim Ndala\n\n-----Mensagem original-----\nDe: Capital Humano BCA\nAssunto: Convocatória - Testes técnicos e psicotécnicos\n\nNo âmbito do processo de recrutamento para Analista de Risco de Crédito, vimos por este meio convocá-lo...",
        to="Capital Humano BCA <capital.humano@bca.co.ao>",
        **{"In-Reply-To": "<52230.20250924.46@bca.co.ao>"},
    ),
    m(
        "52262",
        "2025-10-14 15:40",
        "Ana Paula Sebastião <ana.sebastiao@bca.co.ao>",
        "Entrevista final - Direção de Risco",
        A("interview", BCA, BCAR, 3, "direct"),
        "Caro Joaquim,\n\nTemos o prazer de informar que foi aprovado na fase de testes. Convidamo-lo para uma entrevista presencial com o Diretor de Risco, Dr. Manuel Capita, e com a Direção de Capital Humano.\n\nQuinta-feira, 23 de outubro de 2025, às 14h00\nEdifício Sede, 6.º andar – perguntar na receção pela Direção de Capital Humano.\n\nCumprimentos,\nAna Paula Sebastião\nTécnica Sénior de Recrutamento e Seleção\nBanco Comercial do Atlântico, S.A.",
        ics={
            "start": "2025-10-23 14:00:00 +0100",
            "minutes": 90,
            "organizer": ("Ana Paula Sebastião", "ana.sebastiao@bca.co.ao"),
            "uid": "040000008200E00074C5B7101A82E0080000000055AA3312",
            "summary": "Entrevista final - Joaquim Ndala (Risco de Crédito)",
            "location": "Sede BCA, 6.º andar, sala 3",
            "style": "outlook",
        },
    ),
    m(
        "52290",
        "2025-11-06 11:05",
        "Ana Paula Sebastião <ana.sebastiao@bca.co.ao>",
        "Proposta de contratação",
        A("offer", BCA, BCAR, 3, "direct"),
        "Caro Joaquim,\n\nNa sequência do processo de recrutamento, é com satisfação que lhe apresentamos a proposta de contratação do BCA para a função de Analista de Risco de Crédito, conforme documento em anexo (remuneração, subsídios, seguro de saúde e data prevista de início: 5 de janeiro de 2026).\n\nAgradecemos a sua resposta até 14 de novembro.\n\nCumprimentos,\nAna Paula Sebastião\nDireção de Capital Humano",
        attach=[
            (
                "Proposta_JNdala_BCA.pdf",
                "application/pdf",
                "%PDF-1.4 proposta de contratação (resumo)\n",
            )
        ],
    ),
    m(
        "52291",
        "2025-11-13 18:22",
        "Joaquim Ndala <joaquim.ndala@gmail.com>",
        "RE: Proposta de contratação",
        A("offer", BCA, BCAR, 3, "direct", "pt"),
        "Cara Dra. Ana Paula,\n\nAgradeço muito a proposta e o tempo dedicado ao processo. Depois de ponderar bem, decidi não aceitar, porque estou numa fase avançada de outro processo que corresponde mais aos meus objetivos de carreira.\n\nEspero que possamos cruzar-nos no futuro.\n\nCom os melhores cumprimentos,\nJoaquim Ndala",
        to="Ana Paula Sebastião <ana.sebastiao@bca.co.ao>",
        st="declined",
        **{"In-Reply-To": "<52290.20251106.23@bca.co.ao>"},
    ),
    m(
        "52293",
        "2025-11-14 09:10",
        "Ana Paula Sebastião <ana.sebastiao@bca.co.ao>",
        "RE: RE: Proposta de contratação",
        A("offer", BCA, BCAR, 3, "direct"),
        "Caro Joaquim,\n\nAgradecemos a sua resposta e a franqueza. Registámos que não aceita a proposta. Desejamos-lhe as maiores felicidades e as portas do BCA continuam abertas.\n\nCumprimentos,\nAna Paula Sebastião",
        st="declined",
        **{"In-Reply-To": "<52291.20251113.27@gmail.com>"},
    ),
    # --- 4 Unimov, Contabilista Sénior (SmartRecruiters) -> accepted -----------------------------
    m(
        "52310",
        "2025-10-02 13:00",
        "Unimov Telecomunicações S.A. <noreply@smartrecruiters.com>",
        "Recebemos a sua candidatura para Contabilista Sénior",
        A("confirmation", UN, UNR, 4, "smartrecruiters"),
        "Olá Joaquim,\n\nObrigado por se candidatar à posição de Contabilista Sénior na Unimov Telecomunicações S.A.\n\nA nossa equipa de recrutamento está a analisar a sua candidatura. Se o seu perfil corresponder ao que procuramos, entraremos em contacto consigo em breve.\n\nCumprimentos,\nEquipa de Talento Unimov",
    ),
    m(
        "52334",
        "2025-11-03 09:45",
        "Unimov Telecomunicações S.A. <noreply@smartrecruiters.com>",
        "Unimov | Convite para entrevista",
        A("interview", UN, UNR, 4, "smartrecruiters"),
        "Olá Joaquim,\n\nGostaríamos de o convidar para uma entrevista por Microsoft Teams para a posição de Contabilista Sénior.\n\nPor favor escolha um horário disponível através do link abaixo:\nhttps://www.smartrecruiters.com/app/interviews/self-schedule/7bc01e\n\nCumprimentos,\nNsimba Luvualu\nTalent Acquisition, Unimov",
    ),
    m(
        "52335",
        "2025-11-03 10:02",
        "Nsimba Luvualu <nsimba.luvualu@unimov.co.ao>",
        "Entrevista Contabilista Sénior - Joaquim Ndala",
        A("interview", UN, UNR, 4, "direct"),
        "Convite do Microsoft Teams.\n\nEntrevista com a Diretora Financeira, Dra. Judite Mendes.\n\nParticipar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_unimov\nID da reunião: 331 204 998 17",
        ics={
            "start": "2025-11-06 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Nsimba Luvualu", "nsimba.luvualu@unimov.co.ao"),
            "uid": "040000008200E00074C5B7101A82E00800000000B0C4FF01",
            "summary": "Entrevista Contabilista Sénior - Joaquim Ndala",
            "location": "Reunião do Microsoft Teams",
            "style": "outlook",
        },
    ),
    m(
        "52360",
        "2025-11-20 16:30",
        "Nsimba Luvualu <nsimba.luvualu@unimov.co.ao>",
        "2.ª fase - entrevista presencial",
        A("interview", UN, UNR, 4, "direct"),
        "Boa tarde Sr. Joaquim,\n\nÉ com agrado que o convidamos para a segunda fase, uma entrevista presencial com o CFO e a Diretora Financeira, seguida de um pequeno exercício prático de consolidação.\n\nDia 27 de novembro, 10h00, Unimov Tower, Talatona – Via S8. Traga o BI.\n\nAtenciosamente,\nNsimba Luvualu\nUnimov – Telecomunicações de Angola, S.A.",
    ),
    m(
        "52388",
        "2025-12-05 12:12",
        "Nsimba Luvualu <nsimba.luvualu@unimov.co.ao>",
        "Proposta - Contabilista Sénior",
        A("offer", UN, UNR, 4, "direct"),
        "Caro Joaquim,\n\nTemos o prazer de lhe apresentar a nossa proposta para integrar a Direção Financeira da Unimov como Contabilista Sénior. Em anexo segue a carta-proposta com as condições.\n\nFicamos a aguardar o seu feedback.\n\nAtenciosamente,\nNsimba Luvualu",
        attach=[("Carta_Proposta_Unimov.pdf", "application/pdf", "%PDF-1.4 carta-proposta\n")],
    ),
    m(
        "52390",
        "2025-12-09 08:40",
        "Nsimba Luvualu <nsimba.luvualu@unimov.co.ao>",
        "RE: Proposta - Contabilista Sénior",
        A("offer", UN, UNR, 4, "direct"),
        "Caro Joaquim,\n\nMuito obrigado pela aceitação da proposta! Bem-vindo à Unimov. A equipa de Capital Humano irá contactá-lo para a documentação de admissão (cópia do BI, NIF, cartão de contribuinte do INSS, certificado de habilitações e registo criminal).\n\nData de início: 5 de janeiro de 2026.\n\nAbraço,\nNsimba",
        st="accepted",
    ),
    m(
        "52412",
        "2025-12-18 10:00",
        "Capital Humano Unimov <admissoes@unimov.co.ao>",
        "Documentação de admissão e programa de acolhimento",
        ("other_job", UN, UNR, None, "direct", "pt"),
        "Caro colaborador,\n\nBem-vindo à Unimov. Para concluir o seu processo de admissão, envie-nos até 30 de dezembro os documentos listados em anexo. O programa de acolhimento decorre de 5 a 9 de janeiro na Unimov Tower.\n\nCapital Humano – Admissões",
    ),
    # --- 5 Norvane via agency -------------------------------------------------------------------
    m(
        "52440",
        "2025-09-11 09:14",
        "Helena Dias <helena.dias@atlantico-talent.co.ao>",
        "Oportunidade - Cost Controller (sector petrolífero)",
        ("outreach", None, NVR, None, "agency", "pt"),
        "Bom dia Joaquim,\n\nChamo-me Helena Dias e sou consultora na Atlântico Talent Partners. Estamos a recrutar, para uma empresa multinacional do sector petrolífero com operações offshore em Angola, um Cost Controller com 5+ anos de experiência e inglês fluente.\n\nO seu perfil no LinkedIn pareceu-me bastante adequado. Teria disponibilidade para uma breve chamada esta semana?\n\nCumprimentos,\nHelena Dias\nSenior Consultant | Atlântico Talent Partners\n+244 923 000 417",
    ),
    m(
        "52446",
        "2025-09-16 17:20",
        "Helena Dias <helena.dias@atlantico-talent.co.ao>",
        "RE: Oportunidade - Cost Controller (sector petrolífero)",
        A("confirmation", NV, NVR, 5, "agency"),
        "Olá Joaquim,\n\nObrigada pela conversa de hoje e pelo CV atualizado. Como combinado, já lhe posso dizer que o cliente é a Norvane Energy Angola (grupo norueguês-holandês, blocos em águas profundas). Confirmo que apresentei hoje a sua candidatura. Dou-lhe notícias assim que tiver feedback.\n\nHelena",
    ),
    m(
        "52470",
        "2025-10-01 11:50",
        "Helena Dias <helena.dias@atlantico-talent.co.ao>",
        "Entrevista com o cliente - Norvane Energy",
        A("interview", NV, NVR, 5, "agency"),
        "Olá Joaquim,\n\nBoas notícias: a Norvane quer entrevistá-lo. A entrevista será em inglês, por Teams, com o Finance Manager (Mr. Pieter de Waal).\n\nSegunda, 6 de outubro, 16h00 (hora de Luanda). Envio o convite separado.\n\nBoa sorte!\nHelena Dias\nAtlântico Talent Partners",
    ),
    m(
        "52471",
        "2025-10-01 12:05",
        "Pieter de Waal <pieter.dewaal@norvane-energy.com>",
        "Norvane | Cost Controller interview – Joaquim Ndala",
        A("interview", NV, NVR, 5, "direct", "en"),
        "Microsoft Teams meeting\n\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n\nMeeting ID: 284 551 002 913\nPasscode: Q7xb2C",
        ics={
            "start": "2025-10-06 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Pieter de Waal", "pieter.dewaal@norvane-energy.com"),
            "uid": "040000008200E00074C5B7101A82E0080000000099EE1002",
            "summary": "Cost Controller interview – Joaquim Ndala",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
            "attendees": [("Helena Dias", "helena.dias@atlantico-talent.co.ao")],
        },
    ),
    m(
        "52499",
        "2025-10-29 10:31",
        "Helena Dias <helena.dias@atlantico-talent.co.ao>",
        "Feedback Norvane",
        A("rejection", NV, NVR, 5, "agency"),
        "Olá Joaquim,\n\nRecebi finalmente o feedback da Norvane. O Pieter gostou muito da sua postura e do conhecimento de SAP, mas optaram por um candidato com experiência específica em contratos de partilha de produção (PSA). Lamento, sei que estava entusiasmado.\n\nVou continuar atenta a outras oportunidades para si.\n\nUm abraço,\nHelena",
    ),
    # --- 6 Kimbo Auditores (LinkedIn) -----------------------------------------------------------
    m(
        "52510",
        "2025-09-19 21:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Joaquim, your application was sent to KAA – Kimbo Auditores Associados",
        A("confirmation", KA, KAR, 6, "linkedin", "en"),
        html="<html><body><p>Your application was sent to KAA – Kimbo Auditores Associados, Lda</p><p><b>Auditor Sénior</b><br>KAA – Kimbo Auditores Associados, Lda · Luanda, Angola (On-site)</p><p>Applied on September 19, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4102277713'>View job</a></p><p>Now, take these next steps for more success with your job search</p></body></html>",
    ),
    m(
        "52522",
        "2025-09-23 07:58",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by KAA – Kimbo Auditores Associados",
        A("viewed", KA, KAR, 6, "linkedin", "en"),
        html="<html><body><p>Joaquim, your application was viewed</p><p><b>Auditor Sénior</b> · KAA – Kimbo Auditores Associados, Lda</p><p>The employer viewed your application on Sep 23.</p></body></html>",
    ),
    m(
        "52540",
        "2025-10-13 09:00",
        "KAA Recursos Humanos <rh@kimboauditores.co.ao>",
        "A sua candidatura",
        A("rejection", KA, KAR, 6, "direct"),
        "Caro Joaquim Ndala,\n\nAgradecemos o interesse demonstrado em integrar a equipa da Kimbo Auditores. Analisámos o seu currículo com atenção e reconhecemos a sua sólida experiência em contabilidade e relato financeiro.\n\nContudo, para esta posição, optámos por candidatos com certificação profissional concluída (ACCA ou OCPCA – perito contabilista) e experiência direta em auditoria externa.\n\nDesejamos-lhe os maiores sucessos profissionais.\n\nRecursos Humanos\nKimbo Auditores Associados, Lda",
    ),
    # --- 7 Luanda Logística (Indeed) - ghosted -----------------------------------------------------
    m(
        "52561",
        "2025-09-09 20:44",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Contabilista",
        A("confirmation", LL, LLR, 7, "indeed"),
        html="<html><body><p><b>Candidatura enviada</b></p><p>Contabilista<br>Luanda Logística, Lda – Viana, Luanda</p><p>Os seguintes itens foram enviados para Luanda Logística, Lda. Boa sorte!</p><ul><li>Currículo</li><li>Informações de contacto</li></ul><p>Dica: acompanhe as suas candidaturas em Os meus empregos.</p></body></html>",
    ),
    # --- 8 Cervejas Mulemba (EmpregosAngola board) -------------------------------------------------
    m(
        "52580",
        "2025-10-06 12:30",
        "EmpregosAngola <noreply@empregosangola.co.ao>",
        "Candidatura submetida com sucesso - Contabilista (Cervejas Mulemba)",
        A("confirmation", CM, CMR, 8, "other"),
        'Olá Joaquim,\n\nA sua candidatura à oferta "Contabilista" publicada por Cervejas Mulemba, S.A. foi submetida com sucesso.\n\nO empregador receberá o seu CV e entrará em contacto caso o seu perfil seja selecionado.\n\nBoa sorte!\nEquipa EmpregosAngola\n\nPara deixar de receber estes emails, altere as suas preferências.',
    ),
    m(
        "52601",
        "2025-10-20 14:02",
        "Recursos Humanos Mulemba <rh@mulemba-cervejas.co.ao>",
        "Convocatória para entrevista",
        A("interview", CM, CMR, 8, "direct"),
        "Exmo. Sr. Joaquim Ndala,\n\nNa sequência da sua candidatura à vaga de Contabilista, convidamo-lo a comparecer para uma entrevista presencial na nossa fábrica:\n\nDia 24/10/2025, às 09h00\nEstrada de Catete, Km 14, Viana – Portaria principal\n\nQueira confirmar a sua presença por resposta a este email.\n\nCom os melhores cumprimentos,\nDepartamento de Recursos Humanos\nCMSA – Cervejas Mulemba, S.A.",
    ),
    m(
        "52630",
        "2025-11-12 16:15",
        "Recursos Humanos Mulemba <rh@mulemba-cervejas.co.ao>",
        "Processo de recrutamento",
        A("rejection", CM, CMR, 8, "direct"),
        "Exmo. Sr. Joaquim Ndala,\n\nAgradecemos a sua participação no processo de recrutamento para a vaga de Contabilista e a disponibilidade demonstrada. Foi um prazer conhecê-lo.\n\nInformamos que o processo foi concluído e que a vaga foi preenchida por outro candidato. O seu currículo ficará na nossa base de dados para futuras oportunidades.\n\nCom os melhores cumprimentos,\nRecursos Humanos – CMSA",
    ),
    # --- 9 Supermercados Kifangondo (Facebook group, gmail) --------------------------------------
    m(
        "52650",
        "2025-10-09 10:22",
        "Recrutamento Kifangondo <recrutamento.kifangondo@gmail.com>",
        "Re: Candidatura - Técnico de Contabilidade",
        A("confirmation", SK, SKR, 9, "direct"),
        'Bom dia,\n\nRecebemos o seu CV, obrigado. Será contactado caso seja selecionado para a próxima fase.\n\nRH Supermercados Kifangondo\n\nEnviado do meu iPhone\n\n> Em 8/10/2025, Joaquim Ndala escreveu:\n> Bom dia, vi o anúncio no grupo "Empregos Luanda - Vagas Todos os Dias" e envio em anexo o meu CV para a vaga de Técnico de Contabilidade.',
    ),
    m(
        "52671",
        "2025-10-24 13:05",
        "Recrutamento Kifangondo <recrutamento.kifangondo@gmail.com>",
        "Teste psicotécnico - sábado",
        A("assessment", SK, SKR, 9, "direct"),
        "Boa tarde Sr. Joaquim,\n\nFoi selecionado para o teste psicotécnico e de conhecimentos (contabilidade geral, PGC angolano e Excel) no sábado, 1 de novembro, às 9h, na loja do Kifangondo – Cacuaco (1.º andar, escritório).\n\nTrazer BI e caneta.\n\nRH",
    ),
    # --- 10 Meridian Offshore Angola (Taleo) ------------------------------------------------------
    m(
        "52700",
        "2025-10-15 22:10",
        "Meridian Careers <meridian@taleo.net>",
        "Meridian Offshore - Application received: Accounts Payable Supervisor (2500AP7)",
        A("confirmation", MO, MOR, 10, "taleo", "en"),
        "Dear Joaquim Ndala,\n\nThank you for your interest in the Accounts Payable Supervisor position (job number 2500AP7) in Luanda, Angola.\n\nThis is to confirm that we have received your application. Should your qualifications match the requirements, a recruiter will contact you. If you are not selected, you will be notified by e-mail.\n\nYou may view your application status on our career section.\n\nSincerely,\nMeridian Offshore Recruitment",
    ),
    m(
        "52731",
        "2025-12-02 05:40",
        "Meridian Careers <meridian@taleo.net>",
        "Accounts Payable Supervisor (2500AP7)",
        A("rejection", MO, MOR, 10, "taleo", "en"),
        "Dear Joaquim Ndala,\n\nThank you for your recent application for Accounts Payable Supervisor.\n\nWe received a large number of applications from well-qualified candidates. After reviewing your background, we regret to inform you that we will not be moving forward with your candidacy for this position.\n\nWe encourage you to visit our career section periodically.\n\nSincerely,\nMeridian Offshore Recruitment",
    ),
    # --- 11 Nova Cimenteira do Kwanza (SuccessFactors) - ghosted --------------------------------
    m(
        "52750",
        "2025-11-18 09:36",
        "NCK Careers <careers@nck-cimentos.co.ao>",
        "NCK – Candidatura recebida: Analista Financeiro (Job Req 10334)",
        A("confirmation", NC, NCR, 11, "other"),
        html="<html><body><p>Caro(a) Joaquim,</p><p>Obrigado pela sua candidatura à posição <b>Analista Financeiro</b> (Job Req 10334) na NCK – Nova Cimenteira do Kwanza, S.A.</p><p>Infelizmente, não nos é possível responder individualmente a todas as candidaturas. Se não for contactado nas próximas 4 semanas, considere que a sua candidatura não foi selecionada.</p><p>Equipa de Recrutamento NCK</p><p style='font-size:10px'>Powered by SAP SuccessFactors</p></body></html>",
    ),
    # --- 12 AfriConnect (LinkedIn) -----------------------------------------------------------------
    m(
        "52770",
        "2025-11-25 19:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Joaquim, your application was sent to AfriConnect Angola",
        A("confirmation", AC, ACR, 12, "linkedin", "en"),
        html="<html><body><p>Your application was sent to AfriConnect Angola</p><p><b>FP&amp;A Analyst</b><br>AfriConnect Angola · Luanda (Hybrid)</p><p>Applied on November 25, 2025</p></body></html>",
    ),
    m(
        "52785",
        "2025-12-03 11:18",
        "Kudzai Moyo <kudzai.moyo@africonnect.com>",
        "ACA – FP&A Analyst – Teams interview",
        A("interview", AC, ACR, 12, "direct", "en"),
        "Hi Joaquim,\n\nThanks for applying to AfriConnect Angola (ACA). I'm the regional FP&A lead based in Johannesburg and I would like to have a 45-minute conversation with you on Teams about the role, your budgeting experience and your Excel/Power BI skills.\n\nWould Monday 8 December at 11:00 Luanda time (12:00 SAST) work? I've sent an invite; feel free to propose another slot.\n\nCheers,\nKudzai Moyo\nHead of FP&A, Southern & Central Africa\nAfriConnect Group",
        ics={
            "start": "2025-12-08 11:00:00 +0100",
            "minutes": 45,
            "organizer": ("Kudzai Moyo", "kudzai.moyo@africonnect.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000CC01AA77",
            "summary": "ACA FP&A Analyst – Joaquim Ndala",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "52799",
        "2026-01-09 15:44",
        "Kudzai Moyo <kudzai.moyo@africonnect.com>",
        "RE: ACA – FP&A Analyst – Teams interview",
        A("rejection", AC, ACR, 12, "direct", "en"),
        "Hi Joaquim,\n\nApologies for the slow reply over the holidays. I enjoyed our conversation – your walk-through of the rolling forecast model was excellent. In the end we've decided to hire internally from our Lusaka team, so we won't be taking your application further.\n\nAll the best with your search, and congratulations if the Unimov move comes through.\n\nKudzai",
    ),
    # --- 13 Mukanda & Associados (referral, gmail partner) - ghosted -----------------------------
    m(
        "52810",
        "2025-10-27 20:15",
        "Rui Mukanda <rui.mukanda@gmail.com>",
        "Conversa sobre a vaga de consultor",
        A("interview", MK, MKR, 13, "direct"),
        "Boa noite Joaquim,\n\nO Edson falou-me de si e passou-me o seu CV. Estamos a reforçar a área de consultoria financeira da Mukanda & Associados e gostava de conversar consigo pessoalmente.\n\nPode passar pelo nosso escritório no Alvalade (Rua Comandante Gika, edifício Gika Office, 3.º) na quarta-feira, 29, às 17h30? Será uma conversa informal, mas traga exemplos de trabalhos de avaliação de empresas se tiver.\n\nAbraço,\nRui Mukanda\nSócio-gerente",
    ),
    m(
        "52812",
        "2025-10-27 21:40",
        "Joaquim Ndala <joaquim.ndala@gmail.com>",
        "Re: Conversa sobre a vaga de consultor",
        A("interview", MK, MKR, 13, "direct"),
        "Boa noite Dr. Rui,\n\nMuito obrigado pelo contacto. Confirmo quarta-feira às 17h30. Levo alguns exemplos.\n\nCumprimentos,\nJoaquim Ndala\n+244 912 448 301\n\nNo dia 27/10/2025, Rui Mukanda escreveu:\n> O Edson falou-me de si e passou-me o seu CV...",
        to="Rui Mukanda <rui.mukanda@gmail.com>",
        **{"In-Reply-To": "<52810.20251027.34@gmail.com>"},
    ),
    # --- 14 Paxi (Workable) ----------------------------------------------------------------------
    m(
        "52830",
        "2025-10-17 08:25",
        "Paxi Pagamentos <noreply@candidates.workablemail.com>",
        "Obrigado pela sua candidatura na Paxi Pagamentos",
        A("confirmation", PX, PXR, 14, "workable"),
        "Olá Joaquim,\n\nObrigado pelo seu interesse na Paxi Pagamentos, Lda. Recebemos a sua candidatura para a posição de Finance Manager.\n\nVamos analisar o seu perfil e voltaremos a falar consigo em breve.\n\nAbraço,\nEquipa Paxi",
    ),
    m(
        "52842",
        "2025-10-22 18:01",
        "Paxi Pagamentos <noreply@candidates.workablemail.com>",
        "Paxi: case study para Finance Manager",
        A("assessment", PX, PXR, 14, "workable"),
        "Olá Joaquim,\n\nGostámos do teu perfil! O próximo passo é um case study: em anexo tens os dados de 12 meses de uma carteira de agentes. Pedimos-te um pequeno modelo de fluxo de caixa e 3 recomendações (máx. 5 slides). Tens 5 dias para enviar.\n\nQualquer dúvida, responde a este email.\n\nSofia Cardoso\nPeople & Culture, Paxi",
        attach=[
            (
                "Paxi_case_study.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "dados do case study\n",
            )
        ],
    ),
    m(
        "52860",
        "2025-11-04 12:20",
        "Sofia Cardoso <sofia@paxi.ao>",
        "Conversa com o CEO - Paxi",
        A("interview", PX, PXR, 14, "direct"),
        "Olá Joaquim,\n\nO Tiago (CEO) gostou muito do case study. Podes vir ao nosso escritório na Maianga para uma conversa de 1 hora? Marquei quinta, 6/11, às 16h - convite em anexo.\n\nAbraço,\nSofia",
        ics={
            "start": "2025-11-06 16:00:00 +0100",
            "minutes": 60,
            "organizer": ("Sofia Cardoso", "sofia@paxi.ao"),
            "uid": "7q2n0d9s8h4k1@google.com",
            "summary": "Joaquim Ndala <> Tiago (Paxi) - Finance Manager",
            "location": "Paxi, Rua Marien Ngouabi 41, Maianga",
        },
    ),
    m(
        "52878",
        "2025-11-21 10:07",
        "Paxi Pagamentos <noreply@candidates.workablemail.com>",
        "A tua candidatura na Paxi Pagamentos",
        A("rejection", PX, PXR, 14, "workable"),
        "Olá Joaquim,\n\nObrigado pelo tempo e pela dedicação que puseste no processo, em especial no case study, que a equipa achou muito bem estruturado.\n\nInfelizmente, decidimos avançar com outro candidato com mais experiência em empresas de pagamentos em fase de crescimento.\n\nDesejamos-te muito sucesso!\nEquipa Paxi",
    ),
    # --- 15 Kimbo Auditores re-application ---------------------------------------------------------
    m(
        "52900",
        "2026-01-20 22:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Joaquim, your application was sent to KAA – Kimbo Auditores Associados",
        A("confirmation", KA, "Gestor de Contabilidade e Fiscalidade", 15, "linkedin", "en"),
        html="<html><body><p>Your application was sent to KAA – Kimbo Auditores Associados, Lda</p><p><b>Gestor de Contabilidade e Fiscalidade</b><br>KAA – Kimbo Auditores Associados, Lda · Luanda, Angola (On-site)</p><p>Applied on January 20, 2026</p></body></html>",
    ),
]
