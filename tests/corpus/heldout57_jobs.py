# ruff: noqa: E501
"""Corpus 57, Portuguese job mail (data only): see heldout57.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str, zone: str) -> str:
    if zone == "br":
        return "-0300"
    summer = day < "2025-10-26" or day >= "2026-03-29"
    if zone == "mad":
        return "+0200" if summer else "+0100"
    return "+0100" if summer else "+0000"


def m(key, when, frm, subject, t, text=None, html=None, z="lx", **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10], z)}",
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


def re_(mid: str) -> dict[str, str]:
    return {"In-Reply-To": mid, "References": mid}


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "pt")


VP, VPR = "Vinhedo Pagamentos", "Gerente de Growth"
CT, CTR = "Casa Tropeira", "Gerente de Marketing de Performance"
CB, CBR = "Conteúdo BR", "Coordenador de Marketing de Aquisição"
MD, MDR = "Maré Digital", "Growth Marketing Manager"
LS, LSR = "Lumiar", "Gestor de Marketing Digital"
TR_, TRR = "Rodazul", "Head of Growth"
QF, QFR = "Quintal Foods", "Head de Marketing"
PB, PBR = "Paralelo", "Growth Marketing Manager Sênior"
BE, BER = "Bússola Educação", "Gerente de CRM e Lifecycle"
NO, NOR = "Nortada Energia", "Responsável de Marketing B2C"
MA, MAR = "Mercearia Aurora", "Gerente de Marketing"
RF, RFR = "Rede Farol", "Coordenador de Marketing Digital"
TL, TLR = "Tangará Logística", "Analista de Marketing Sênior"
SO, SOR = "Sotavento Imobiliária", "Diretor de Marketing"
PX, PXR = "Pixelmar", "Marketing Manager"
AH, AHR = "Atlântida Hotéis", "Gestor de Marketing e E-commerce"

MAIL: list[dict[str, Any]] = [
    # --- 1 Vinhedo Pagamentos (Gupy), teste, entrevista, reprovado -------------------------
    m(
        "570101",
        "2025-10-03 11:14",
        "Vinhedo Pagamentos <noreply@gupy.io>",
        "Recebemos sua candidatura para Gerente de Growth!",
        A("confirmation", VP, VPR, 1, "other"),
        html="<div style='font-family:Arial'><p>Olá, Rafael!</p><p>Que bom ter você por aqui. Sua "
        "candidatura para a vaga <b>Gerente de Growth (Remoto)</b> na <b>Vinhedo Pagamentos</b> foi "
        "recebida com sucesso.</p><p>Acompanhe cada etapa do processo seletivo pelo painel do "
        "candidato. Caso não seja selecionado para a próxima fase, você também será avisado por aqui "
        "— prometemos dar retorno para todo mundo.</p><p>Boa sorte!<br>Time de Gente & Cultura "
        "Vinhedo</p><p style='font-size:11px;color:#999'>Enviado via Gupy · "
        "vinhedopagamentos.gupy.io</p></div>",
        z="br",
    ),
    m(
        "570102",
        "2025-10-07 09:02",
        "Vinhedo Pagamentos <noreply@gupy.io>",
        "Nova etapa: Teste de Perfil e Lógica",
        A("assessment", VP, VPR, 1, "other"),
        html="<p>Oi, Rafael, tudo bem?</p><p>Você avançou no processo seletivo para "
        "<b>Gerente de Growth</b>! A próxima etapa é um <b>teste online</b> (perfil comportamental + "
        "raciocínio lógico), com duração aproximada de 40 minutos.</p><p>Prazo para realização: "
        "<b>12/10/2025 às 23h59</b> (horário de Brasília).</p><p><a href='https://vinhedopagamentos"
        ".gupy.io/candidates/jobs/88213/tests'>Fazer o teste agora</a></p><p>Equipe Vinhedo "
        "Pagamentos</p>",
        z="br",
    ),
    m(
        "570103",
        "2025-10-16 15:40",
        "Juliana Prates <juliana.prates@vinhedopag.com.br>",
        "Conversa sobre a vaga de Growth - Vinhedo",
        A("interview", VP, VPR, 1, "direct"),
        "Oi Rafael, tudo bem?\n\nAqui é a Ju, do time de Talent Acquisition da Vinhedo. Gostamos "
        "muito do seu resultado no teste e queria marcar um bate-papo de 45 min com você e com o "
        "Otávio, nosso Head de Marketing.\n\nPode ser na quarta, 22/10, às 10h de Brasília (14h aí "
        "em Lisboa, né?)? Já te mandei o convite do Meet.\n\nAbraço,\nJuliana Prates\nTalent "
        "Acquisition | Vinhedo Pagamentos\n",
        z="br",
        ics={
            "uid": "vinhedo-8821@vinhedopag.com.br",
            "start": "2025-10-22 10:00:00 -0300",
            "minutes": 45,
            "summary": "Entrevista Rafael Azevedo - Gerente de Growth",
            "organizer": ("Juliana Prates", "juliana.prates@vinhedopag.com.br"),
            "attendees": [("Otávio Lins", "otavio.lins@vinhedopag.com.br")],
            "location": "https://meet.google.com/vpg-qrst-uvx",
        },
    ),
    m(
        "570104",
        "2025-11-04 18:21",
        "Vinhedo Pagamentos <noreply@gupy.io>",
        "Atualização sobre o processo seletivo",
        A("rejection", VP, VPR, 1, "other"),
        html="<p>Olá, Rafael.</p><p>Agradecemos muito o seu tempo e o interesse em fazer parte da "
        "Vinhedo Pagamentos. Foi muito legal conhecer sua trajetória em growth e ver seus resultados "
        "na etapa de entrevista.</p><p>Depois de uma análise cuidadosa, decidimos seguir com outros "
        "candidatos cujo perfil está mais alinhado ao momento atual do time. Sabemos que não é a "
        "notícia que você esperava.</p><p>Seu currículo continuará no nosso banco de talentos para "
        "oportunidades futuras.</p><p>Um abraço,<br>Time de Gente & Cultura</p>",
        z="br",
    ),
    # --- 2 Casa Tropeira (via Grupo Tropeiro Participações S.A., Workday) -------------------
    m(
        "570201",
        "2025-10-06 13:30",
        "Grupo Tropeiro <grupotropeiro@myworkday.com>",
        "Candidatura recebida - R-004127 Gerente de Marketing de Performance",
        A("confirmation", CT, CTR, 2, "workday"),
        "Prezado(a) Rafael Monteiro Azevedo,\n\nAgradecemos o seu interesse em fazer parte do Grupo "
        "Tropeiro. Confirmamos o recebimento da sua candidatura para a vaga R-004127 Gerente de "
        "Marketing de Performance - Casa Tropeira (São Paulo/SP - Híbrido).\n\nNossa equipe de "
        "Recrutamento e Seleção irá analisar o seu perfil. Você pode acompanhar o status da sua "
        "candidatura a qualquer momento acessando a sua conta no nosso portal de carreiras.\n\n"
        "Atenciosamente,\nRecrutamento e Seleção\nGrupo Tropeiro Participações S.A.\n\nEste é um "
        "e-mail automático, por favor não responda.",
        z="br",
    ),
    m(
        "570202",
        "2025-10-29 16:05",
        "Grupo Tropeiro <grupotropeiro@myworkday.com>",
        "Sua candidatura no Grupo Tropeiro",
        A("rejection", CT, CTR, 2, "workday"),
        "Prezado(a) Rafael Monteiro Azevedo,\n\nObrigado por se candidatar à posição de Gerente de "
        "Marketing de Performance. Recebemos um grande número de candidaturas qualificadas e, após "
        "avaliação, informamos que o seu perfil não seguirá para as próximas etapas deste processo.\n"
        "\nIncentivamos que continue acompanhando as oportunidades das nossas marcas (Casa "
        "Tropeira, Empório Tropeiro e Tropeiro Express) no nosso portal.\n\nAtenciosamente,\n"
        "Recrutamento e Seleção\nGrupo Tropeiro Participações S.A.",
        z="br",
    ),
    # --- 3 Conteúdo BR / Companhia Brasileira de Conteúdo Digital Ltda. / CBCD (Kenoby) -----
    m(
        "570301",
        "2025-10-09 10:48",
        "CBCD Carreiras <naoresponda@kenoby.com>",
        "Confirmação de inscrição",
        A("confirmation", CB, CBR, 3, "other"),
        "Olá Rafael,\n\nSua inscrição na vaga Coordenador de Marketing de Aquisição foi realizada "
        "com sucesso.\n\nA Companhia Brasileira de Conteúdo Digital Ltda. agradece seu interesse. "
        "Infelizmente, devido ao alto volume de inscrições, não conseguimos retornar "
        "individualmente a todas as pessoas; caso seu perfil seja selecionado, entraremos em "
        "contato pelo e-mail ou telefone cadastrados.\n\nEquipe de Talentos CBCD",
        z="br",
    ),
    m(
        "570302",
        "2025-10-21 14:12",
        "Marina Toledo <marina.toledo@conteudobr.com.br>",
        "Entrevista - Conteúdo BR",
        A("interview", CB, CBR, 3, "direct"),
        "Oi Rafael!\n\nSou a Marina, recrutadora aqui na Conteúdo BR. Vi sua candidatura para "
        "Coordenação de Aquisição e gostaria de te conhecer melhor. Você teria disponibilidade na "
        "segunda (27/10) às 11h ou na terça (28/10) às 15h, horário de Brasília? A conversa é por "
        "Teams e dura uns 40 minutos.\n\nAbs,\nMarina Toledo\nPeople | Conteúdo BR\nCompanhia "
        "Brasileira de Conteúdo Digital Ltda. · CNPJ 12.345.678/0001-90",
        z="br",
    ),
    m(
        "570303",
        "2025-10-21 19:40",
        "Rafael Monteiro Azevedo <rafael.m.azevedo@gmail.com>",
        "Re: Entrevista - Conteúdo BR",
        A("interview", CB, CBR, 3, "direct"),
        "Oi Marina, tudo bem?\n\nObrigado pelo contato! Terça, 28/10, às 15h (Brasília) funciona "
        "perfeitamente pra mim.\n\nAbraço,\nRafael\n\nEm ter., 21 de out. de 2025 às 14:12, Marina "
        "Toledo <marina.toledo@conteudobr.com.br> escreveu:\n> Oi Rafael!\n> Sou a Marina, "
        "recrutadora aqui na Conteúdo BR. Vi sua candidatura para\n> Coordenação de Aquisição e "
        "gostaria de te conhecer melhor.",
        to="Marina Toledo <marina.toledo@conteudobr.com.br>",
        **re_("<570302@conteudobr.com.br>"),
    ),
    m(
        "570304",
        "2025-11-12 17:30",
        "Marina Toledo <marina.toledo@conteudobr.com.br>",
        "Re: Entrevista - Conteúdo BR",
        A("rejection", CB, CBR, 3, "direct"),
        "Oi Rafael, tudo bem?\n\nPassando para te dar um retorno. O time adorou a conversa — sua "
        "experiência com mídia paga e SEO chamou muita atenção. Mesmo assim, a liderança decidiu "
        "priorizar alguém baseado em São Paulo, pela necessidade de presença no escritório algumas "
        "vezes por semana, e por isso não vamos seguir com a sua candidatura neste momento.\n\n"
        "Fica aqui meu agradecimento e torço muito por você aí em Lisboa!\n\nAbs,\nMarina\n\n--\n"
        "Marina Toledo | People\nCBCD - Conteúdo BR",
        z="br",
        **re_("<570303@gmail.com>"),
    ),
    # --- 4 Maré Digital, S.A. (Teamtailor): entrevistas, case, oferta, DocuSign aceite ------
    m(
        "570401",
        "2025-12-01 10:05",
        "Maré Digital <no-reply@teamtailor-mail.com>",
        "Obrigado pela sua candidatura, Rafael",
        A("confirmation", MD, MDR, 4, "teamtailor"),
        "Olá Rafael,\n\nObrigado pelo interesse na Maré! Recebemos a sua candidatura para Growth "
        "Marketing Manager (Lisboa, híbrido) e a equipa vai analisá-la com atenção nas próximas "
        "duas semanas.\n\nEnquanto isso, pode conhecer melhor a nossa cultura em "
        "careers.maredigital.pt.\n\nAté breve,\nEquipa de Talento · Maré Digital, S.A.",
    ),
    m(
        "570402",
        "2025-12-09 12:18",
        "Inês Carvalhal <ines.carvalhal@maredigital.pt>",
        "Maré | Conversa inicial",
        A("interview", MD, MDR, 4, "direct"),
        "Olá Rafael, bom dia!\n\nGostámos muito do seu perfil e queríamos avançar com uma primeira "
        "conversa de 30 minutos comigo, para percebermos melhor o seu percurso e expectativas. "
        "Enviei um convite para quinta-feira, dia 11, às 15h00 (hora de Lisboa), por Teams.\n\nSe "
        "não lhe der jeito, diga-me e reagendamos.\n\nCumprimentos,\nInês Carvalhal\nTalent "
        "Acquisition Partner\nMaré Digital, S.A. | Av. 24 de Julho 102, Lisboa",
        ics={
            "uid": "AAMkAGM3-mare-0912@maredigital.pt",
            "style": "outlook",
            "start": "2025-12-11 15:00:00 +0000",
            "minutes": 30,
            "summary": "Maré | Rafael Azevedo - conversa inicial",
            "organizer": ("Inês Carvalhal", "ines.carvalhal@maredigital.pt"),
            "location": "Reunião do Microsoft Teams",
        },
    ),
    m(
        "570403",
        "2025-12-15 17:44",
        "Inês Carvalhal <ines.carvalhal@maredigital.pt>",
        "Próxima fase - case study",
        A("assessment", MD, MDR, 4, "direct"),
        "Olá Rafael,\n\nObrigada pela conversa de quinta! Como combinado, segue em anexo o case "
        "study da próxima fase: um plano de aquisição para o lançamento da nossa app em Espanha, "
        "com orçamento de 150 mil euros para o primeiro trimestre.\n\nTem até dia 5 de janeiro "
        "para nos enviar a apresentação (máx. 10 slides). Depois marcamos 1h para a apresentar ao "
        "Duarte (CMO) e à equipa.\n\nBoas festas!\nInês",
        attach=[
            (
                "Mare_CaseStudy_Growth.txt",
                "text/plain",
                "Case study - Growth Marketing Manager\nContexto: lançamento da app Maré em Espanha.\n"
                "Entregável: plano de aquisição Q1, canais, KPI, orçamento.\n",
            )
        ],
    ),
    m(
        "570404",
        "2026-01-07 09:30",
        "Inês Carvalhal <ines.carvalhal@maredigital.pt>",
        "Convite: Apresentação do case - Rafael Azevedo",
        A("interview", MD, MDR, 4, "direct"),
        "Olá Rafael,\n\nRecebemos a apresentação, obrigada! Fica marcada a sessão com o Duarte "
        "Vilaça e a Sofia Reis para terça, 13 de janeiro, às 10h00, nos nossos escritórios em "
        "Santos. Se preferir fazer remotamente, avise.\n\nAté terça,\nInês",
        ics={
            "uid": "AAMkAGM3-mare-1301@maredigital.pt",
            "style": "outlook",
            "start": "2026-01-13 10:00:00 +0000",
            "minutes": 60,
            "summary": "Apresentação case study - Rafael Azevedo (Growth Marketing Manager)",
            "organizer": ("Inês Carvalhal", "ines.carvalhal@maredigital.pt"),
            "attendees": [
                ("Duarte Vilaça", "duarte.vilaca@maredigital.pt"),
                ("Sofia Reis", "sofia.reis@maredigital.pt"),
            ],
            "location": "Maré Digital - Sala Tejo, Av. 24 de Julho 102",
        },
    ),
    m(
        "570405",
        "2026-01-22 18:02",
        "Duarte Vilaça <duarte.vilaca@maredigital.pt>",
        "Proposta Maré",
        A("offer", MD, MDR, 4, "direct"),
        "Caro Rafael,\n\nFoi um prazer conhecê-lo e ver a forma como estruturou o plano para "
        "Espanha. Tenho o gosto de lhe apresentar a nossa proposta para a função de Growth "
        "Marketing Manager: 58.000 EUR brutos anuais em 14 meses, seguro de saúde, 25 dias de "
        "férias e regime híbrido (3 dias no escritório).\n\nA Inês vai enviar-lhe a carta-proposta "
        "formal por DocuSign ainda esta semana. Qualquer dúvida, ligue-me.\n\nUm abraço,\nDuarte "
        "Vilaça\nCMO | Maré",
    ),
    m(
        "570406",
        "2026-01-23 11:15",
        "Inês Carvalhal via DocuSign <dse_na4@docusign.net>",
        "Assine: Carta-Proposta_Rafael_Azevedo_MareDigital.pdf",
        A("offer", MD, MDR, 4, "docusign"),
        html="<table><tr><td><p>Inês Carvalhal enviou-lhe um documento para rever e assinar.</p>"
        "<p><a href='https://eu.docusign.net/Signing/EmailStart.aspx?a=7c1e'>REVER DOCUMENTO</a></p>"
        "<p>Olá Rafael, segue a carta-proposta da Maré Digital, S.A. para assinatura. "
        "Bem-vindo(a) a bordo em breve!</p><p style='font-size:11px'>Não partilhe este e-mail. "
        "Powered by DocuSign</p></td></tr></table>",
    ),
    m(
        "570407",
        "2026-01-26 21:48",
        "DocuSign <dse_na4@docusign.net>",
        "Concluído: Carta-Proposta_Rafael_Azevedo_MareDigital.pdf",
        A("offer", MD, MDR, 4, "docusign"),
        st="accepted",
        html="<p>Todas as partes concluíram o envelope <b>Carta-Proposta_Rafael_Azevedo_MareDigital"
        ".pdf</b>.</p><p>Pode ver ou descarregar o documento concluído a partir do DocuSign.</p>"
        "<p><a href='https://eu.docusign.net/Member/EmailStart.aspx?m=88af'>VER DOCUMENTO "
        "CONCLUÍDO</a></p>",
    ),
    m(
        "570408",
        "2026-02-10 09:00",
        "Pessoas Maré <pessoas@maredigital.pt>",
        "Bem-vindo à Maré! Preparação do teu primeiro dia",
        ("other_job", MD, MDR, None, "direct", "pt"),
        "Olá Rafael,\n\nFaltam poucas semanas para o teu primeiro dia (2 de março)! Para tratarmos "
        "do contrato e do processamento salarial precisamos de: cópia do documento de "
        "identificação, NIF, NISS, IBAN e comprovativo de morada.\n\nNo primeiro dia, às 9h30, "
        "vais ter o onboarding com a equipa de Pessoas e recebes o portátil.\n\nBem-vindo!\nEquipa "
        "de Pessoas",
    ),
    # --- 5 Lumiar Seguros, Lda. (Recruitee): entrevista, reprovado ---------------------------
    m(
        "570501",
        "2025-10-13 16:22",
        "Lumiar Seguros <noreply@recruitee.com>",
        "Recebemos a sua candidatura - Gestor de Marketing Digital",
        A("confirmation", LS, LSR, 5, "recruitee"),
        "Caro(a) Rafael,\n\nObrigado pela sua candidatura à posição de Gestor de Marketing Digital "
        "na Lumiar Seguros, Lda.\n\nA nossa equipa irá analisar o seu currículo. Caso o seu perfil "
        "avance no processo de recrutamento, entraremos em contacto nas próximas semanas.\n\nCom os "
        "melhores cumprimentos,\nDireção de Recursos Humanos",
    ),
    m(
        "570502",
        "2025-10-27 10:40",
        "Catarina Pombo <cpombo@lumiarseguros.pt>",
        "Entrevista - Gestor de Marketing Digital",
        A("interview", LS, LSR, 5, "direct"),
        "Bom dia Rafael,\n\nNa sequência da sua candidatura, gostaríamos de o convidar para uma "
        "entrevista presencial nas nossas instalações, na Rua Castilho 39, 5.º, no dia 3 de "
        "novembro às 14h30. A entrevista será conduzida por mim e pelo Dr. Henrique Mota, Diretor "
        "de Marketing.\n\nAgradeço que confirme a sua disponibilidade.\n\nCom os melhores "
        "cumprimentos,\nCatarina Pombo\nRecursos Humanos\nLumiar Seguros, Lda.",
    ),
    m(
        "570503",
        "2025-11-19 15:10",
        "Catarina Pombo <cpombo@lumiarseguros.pt>",
        "Processo de recrutamento - Lumiar",
        A("rejection", LS, LSR, 5, "direct"),
        "Caro Rafael,\n\nAgradecemos desde já a sua disponibilidade e o interesse demonstrado na "
        "Lumiar. Gostámos bastante de o conhecer e de ouvir a sua experiência no mercado "
        "brasileiro.\n\nLamentamos informar que, nesta fase, optámos por avançar com outro "
        "candidato com experiência mais direta no setor segurador.\n\nGuardaremos o seu currículo "
        "para futuras oportunidades.\n\nCom os melhores cumprimentos,\nCatarina Pombo",
    ),
    # --- 6 Agência Talentia para Rodazul ------------------------------------------------------
    m(
        "570601",
        "2025-11-05 11:30",
        "Tomás Arruda <tomas.arruda@talentia-recrutamento.pt>",
        "Oportunidade Head of Growth | scale-up de mobilidade em Lisboa",
        ("outreach", None, TRR, None, "agency", "pt"),
        "Olá Rafael,\n\nChamo-me Tomás e sou consultor na Talentia, empresa de recrutamento "
        "especializada em tecnologia e digital. Estou a trabalhar, em exclusivo, uma posição de "
        "Head of Growth para uma scale-up portuguesa de mobilidade elétrica (Série B, ~120 "
        "pessoas), com sede em Lisboa.\n\nO seu percurso em growth em marketplaces no Brasil "
        "encaixa muito bem. Teria 15 minutos esta semana para uma chamada?\n\nCumprimentos,\nTomás "
        "Arruda\nSenior Consultant | Talentia · Digital & Tech",
    ),
    m(
        "570602",
        "2025-11-07 17:55",
        "Tomás Arruda <tomas.arruda@talentia-recrutamento.pt>",
        "RE: Oportunidade Head of Growth | scale-up de mobilidade em Lisboa",
        ("confirmation", "Rodazul", TRR, 6, "agency", "pt"),
        "Olá Rafael,\n\nObrigado pela conversa de hoje. Como falámos, e agora que tenho a sua "
        "autorização para apresentar o CV, posso dizer-lhe que o cliente é a Rodazul (trotinetes e "
        "bicicletas partilhadas). Já submeti a sua candidatura à Marta Gil, VP de Operações, e "
        "dou-lhe notícias assim que tiver feedback.\n\nCumprimentos,\nTomás",
        **re_("<570601@talentia-recrutamento.pt>"),
    ),
    m(
        "570603",
        "2025-11-14 12:04",
        "Tomás Arruda <tomas.arruda@talentia-recrutamento.pt>",
        "Rodazul - entrevista com a Marta Gil",
        A("interview", TR_, TRR, 6, "agency"),
        "Olá Rafael,\n\nBoas notícias: a Rodazul quer avançar! A Marta propõe uma entrevista por "
        "vídeo na quarta, 19/11, às 11h00. Envio já o convite.\n\nDepois disso, se correr bem, há "
        "uma ronda final com o CEO.\n\nTomás",
        ics={
            "uid": "talentia-rodazul-1911@talentia-recrutamento.pt",
            "start": "2025-11-19 11:00:00 +0000",
            "minutes": 60,
            "summary": "Rodazul x Rafael Azevedo (Head of Growth) - via Talentia",
            "organizer": ("Tomás Arruda", "tomas.arruda@talentia-recrutamento.pt"),
            "attendees": [("Marta Gil", "marta.gil@rodazul.pt")],
            "location": "https://meet.google.com/rdz-hgro-wth",
        },
    ),
    m(
        "570604",
        "2025-12-03 16:40",
        "Tomás Arruda <tomas.arruda@talentia-recrutamento.pt>",
        "Ponto de situação - Rodazul",
        A("confirmation", TR_, TRR, 6, "agency"),
        st="on_hold",
        text="Olá Rafael,\n\nQueria dar-lhe um ponto de situação honesto: a Rodazul decidiu pôr o "
        "processo de Head of Growth em pausa até fecharem a ronda de investimento, previsivelmente "
        "no final do primeiro trimestre. Não é nada relacionado com o seu perfil — a Marta deu "
        "ótimo feedback.\n\nAssim que reabrir, é o primeiro a saber.\n\nUm abraço,\nTomás",
    ),
    # --- 7 Quintal Foods: fundadora via Gmail, Clicksign, recusado ---------------------------
    m(
        "570701",
        "2025-11-24 20:12",
        "Beatriz Lacerda <bia.lacerda.quintal@gmail.com>",
        "Oi Rafael! Vaga de marketing na Quintal",
        A("interview", QF, QFR, 7, "direct"),
        "Oi Rafael, tudo bom?\n\nSou a Bia, cofundadora da Quintal Foods (marmitas saudáveis, SP). "
        "Vi que você se candidatou pra nossa vaga de Head de Marketing no LinkedIn — desculpa "
        "escrever do meu e-mail pessoal, nosso domínio tá dando problema essa semana 🙃\n\nBora "
        "conversar? Pode ser quinta às 17h de Lisboa? Segue o link do meu Calendly se preferir "
        "outro horário: calendly.com/bialacerda/30min\n\nBeijo,\nBia",
        z="br",
    ),
    m(
        "570702",
        "2025-11-25 08:33",
        "Calendly <notifications@calendly.com>",
        "Novo evento: Rafael Monteiro Azevedo - 30 min com Bia",
        A("interview", QF, QFR, 7, "other"),
        "Olá Rafael Monteiro Azevedo,\n\nSeu evento foi agendado.\n\nEvento: 30 min com Bia\n"
        "Organizadora: Beatriz Lacerda\nData/hora: 14:00 - 14:30, quinta-feira, 27 de novembro de "
        "2025 (Horário de Brasília)\nLocal: Google Meet (o link será enviado)\n\nPrecisa fazer "
        "alterações? Cancelar ou reagendar.\n\nEnviado por Calendly",
        ics={
            "uid": "calendly-9f2a7d@calendly.com",
            "start": "2025-11-27 14:00:00 -0300",
            "minutes": 30,
            "summary": "Rafael Monteiro Azevedo e Beatriz Lacerda",
            "organizer": ("Beatriz Lacerda", "bia.lacerda.quintal@gmail.com"),
            "location": "Google Meet",
        },
    ),
    m(
        "570703",
        "2025-12-10 22:01",
        "Beatriz Lacerda <bia.lacerda.quintal@gmail.com>",
        "proposta :)",
        A("offer", QF, QFR, 7, "direct"),
        "Rafa!\n\nA gente conversou aqui (eu e o Caio) e queremos muito você no time. Vou te mandar "
        "a proposta formal pela Clicksign, mas resumindo: R$ 22 mil/mês PJ, 0,4% de opções com "
        "vesting de 4 anos, 100% remoto.\n\nMe fala o que achou!\nBia",
        z="br",
    ),
    m(
        "570704",
        "2025-12-11 10:20",
        "Clicksign <naoresponda@clicksign.com>",
        "Beatriz Lacerda enviou um documento para você assinar",
        A("offer", QF, QFR, 7, "other"),
        html="<p>Olá, Rafael Monteiro Azevedo</p><p><b>Beatriz Lacerda</b> "
        "(Quintal Alimentos Ltda.) solicitou sua assinatura no documento "
        "<b>Proposta_Head_Marketing_Rafael.pdf</b>.</p><p><a href='https://app.clicksign.com/sign/"
        "3b7e'>Visualizar para assinar</a></p><p>Prazo: 20/12/2025</p>",
        z="br",
    ),
    m(
        "570705",
        "2025-12-18 13:15",
        "Rafael Monteiro Azevedo <rafael.m.azevedo@gmail.com>",
        "Re: proposta :)",
        A("offer", QF, QFR, 7, "direct"),
        st="declined",
        text="Oi Bia,\n\nMuito obrigado pela proposta e pela confiança, de verdade. Pensei bastante e "
        "decidi não seguir — quero um contrato CLT ou local aqui em Portugal por conta do visto, e "
        "o modelo PJ complica bastante minha situação na AIMA.\n\nTorço demais pela Quintal!\n\n"
        "Abraço,\nRafael",
        to="Beatriz Lacerda <bia.lacerda.quintal@gmail.com>",
        **re_("<570703@gmail.com>"),
    ),
    m(
        "570706",
        "2025-12-18 21:40",
        "Beatriz Lacerda <bia.lacerda.quintal@gmail.com>",
        "Re: proposta :)",
        A("offer", QF, QFR, 7, "direct"),
        st="declined",
        text="Poxa, Rafa, entendo total. Vou cancelar o envelope na Clicksign. Se um dia a gente abrir "
        "entidade em Portugal, você é o primeiro que eu chamo! Boa sorte aí 💚\n\nBia",
        z="br",
        **re_("<570705@gmail.com>"),
    ),
]

MAIL += [
    # --- 8 Paralelo (Lever), reprovado; 9 re-candidatura ------------------------------------
    m(
        "570801",
        "2025-10-02 14:50",
        "Paralelo <no-reply@hire.lever.co>",
        "Obrigado por se candidatar na Paralelo",
        A("confirmation", PB, PBR, 8, "lever"),
        "Oi Rafael,\n\nRecebemos sua candidatura para Growth Marketing Manager Sênior. A gente "
        "lê todas as candidaturas com carinho e te responde em até 15 dias úteis.\n\nTime Paralelo\n"
        "paralelo.com.br",
        z="br",
    ),
    m(
        "570802",
        "2025-10-20 11:02",
        "Paralelo <no-reply@hire.lever.co>",
        "Retorno da Paralelo",
        A("rejection", PB, PBR, 8, "lever"),
        "Oi Rafael,\n\nObrigado pelo interesse em construir a Paralelo com a gente. Infelizmente, "
        "neste momento não vamos avançar com a sua candidatura para Growth Marketing Manager "
        "Sênior — buscamos alguém com vivência maior em produtos de crédito.\n\nA vaga pode reabrir "
        "no futuro; fique à vontade para se candidatar de novo.\n\nTime Paralelo",
        z="br",
    ),
    m(
        "570901",
        "2026-02-04 09:41",
        "Paralelo <no-reply@hire.lever.co>",
        "Obrigado por se candidatar na Paralelo",
        A("confirmation", PB, PBR, 9, "lever"),
        "Oi Rafael,\n\nRecebemos sua candidatura para Growth Marketing Manager Sênior (Remoto - "
        "Brasil ou Portugal). A gente lê todas as candidaturas com carinho e te responde em até 15 "
        "dias úteis.\n\nTime Paralelo",
        z="br",
    ),
    m(
        "570902",
        "2026-02-12 16:30",
        "Larissa Quental <larissa.quental@paralelo.com.br>",
        "Paralelo | bate-papo sobre Growth",
        A("interview", PB, PBR, 9, "direct"),
        "Oi Rafael! Lembro do seu nome do processo do ano passado 😊 Agora a vaga está aberta pra "
        "Portugal também e o time de crédito cresceu. Topa um papo de 30 min? Mandei convite pra "
        "quinta, 19/02, 10h de Brasília.\n\nLarissa Quental\nTech & Growth Recruiter · Paralelo",
        z="br",
        ics={
            "uid": "paralelo-lq-1902@paralelo.com.br",
            "start": "2026-02-19 10:00:00 -0300",
            "minutes": 30,
            "summary": "Paralelo <> Rafael Azevedo | Growth Marketing Manager Sênior",
            "organizer": ("Larissa Quental", "larissa.quental@paralelo.com.br"),
            "location": "https://meet.google.com/prl-grow-thx",
        },
    ),
    # --- 10 Bússola Educação (Lever, tenant "bussolaedu"), entrevista, desistência -----------
    m(
        "571001",
        "2025-11-10 12:07",
        "bussolaedu <no-reply@hire.lever.co>",
        "Candidatura recebida: Gerente de CRM e Lifecycle",
        A("confirmation", BE, BER, 10, "lever"),
        "Olá Rafael,\n\nObrigado por se candidatar à vaga de Gerente de CRM e Lifecycle. Nosso time "
        "de pessoas vai analisar seu perfil com atenção.\n\nAbraços,\nBússola Educação",
        z="br",
    ),
    m(
        "571002",
        "2025-11-20 10:15",
        "Henrique Sá <henrique.sa@bussola.edu.br>",
        "Entrevista com a gestora - CRM",
        A("interview", BE, BER, 10, "direct"),
        "Olá Rafael,\n\nA Fernanda (Diretora de Marketing) gostaria de conversar com você na "
        "segunda, 1º/12, às 13h (Brasília). Pode confirmar?\n\nHenrique Sá\nRecrutamento · Bússola",
        z="br",
    ),
    m(
        "571003",
        "2025-11-28 09:20",
        "Rafael Monteiro Azevedo <rafael.m.azevedo@gmail.com>",
        "Re: Entrevista com a gestora - CRM",
        A("confirmation", BE, BER, 10, "direct"),
        st="withdrawn",
        text="Olá Henrique,\n\nPeço desculpas pelo aviso em cima da hora, mas decidi retirar minha "
        "candidatura: avancei em outros processos com contratação local em Portugal e não seria "
        "justo ocupar a agenda da Fernanda.\n\nObrigado pela oportunidade!\nRafael",
        to="Henrique Sá <henrique.sa@bussola.edu.br>",
        **re_("<571002@bussola.edu.br>"),
    ),
    m(
        "571004",
        "2025-11-28 14:02",
        "Henrique Sá <henrique.sa@bussola.edu.br>",
        "Re: Entrevista com a gestora - CRM",
        A("confirmation", BE, BER, 10, "direct"),
        st="withdrawn",
        text="Oi Rafael, sem problemas, agradeço a transparência! Cancelei a entrevista e encerrei "
        "sua candidatura no sistema. Sucesso aí!\n\nHenrique",
        z="br",
        **re_("<571003@gmail.com>"),
    ),
    # --- 11 Nortada Energia (Recruitee), em pausa --------------------------------------------
    m(
        "571101",
        "2025-12-04 10:30",
        "Nortada Energia <noreply@recruitee.com>",
        "Nortada Energia: candidatura recebida",
        A("confirmation", NO, NOR, 11, "recruitee"),
        "Olá Rafael Monteiro Azevedo,\n\nObrigado pela sua candidatura à vaga de Responsável de "
        "Marketing B2C (Porto). Iremos rever o seu perfil e voltamos a contactá-lo caso haja "
        "correspondência.\n\nEquipa Nortada",
    ),
    m(
        "571102",
        "2026-01-15 15:00",
        "Nortada Energia <noreply@recruitee.com>",
        "Atualização do processo - Responsável de Marketing B2C",
        A("confirmation", NO, NOR, 11, "recruitee"),
        st="on_hold",
        text="Olá Rafael,\n\nEscrevemos para informar que o processo de recrutamento para a função "
        "de Responsável de Marketing B2C se encontra temporariamente suspenso, devido a uma "
        "reorganização interna. A sua candidatura mantém-se ativa e voltaremos a contactá-lo "
        "quando o processo for retomado.\n\nObrigado pela compreensão,\nEquipa Nortada",
    ),
    # --- 12 Mercearia Aurora (Vagas.com), sem resposta ---------------------------------------
    m(
        "571201",
        "2025-10-11 08:12",
        "Vagas.com <nao-responda@vagas.com.br>",
        "Candidatura confirmada: Gerente de Marketing - Mercearia Aurora",
        A("confirmation", MA, MAR, 12, "other"),
        html="<p>Olá, Rafael!</p><p>Sua candidatura para <b>Gerente de Marketing</b> na empresa "
        "<b>Mercearia Aurora</b> (Rio de Janeiro - RJ) foi enviada.</p><p>Acompanhe o andamento em "
        "<i>Minhas candidaturas</i>. Dica: currículos completos têm 3x mais chances de serem "
        "vistos!</p><p>VAGAS.com.br</p>",
        z="br",
    ),
    # --- 13 Rede Farol (Catho) ---------------------------------------------------------------
    m(
        "571301",
        "2025-10-15 13:25",
        "Catho <noreply@catho.com.br>",
        "Você se candidatou: Coordenador de Marketing Digital",
        A("confirmation", RF, RFR, 13, "other"),
        html="<p>Rafael, seu currículo foi enviado!</p><p>Vaga: <b>Coordenador de Marketing "
        "Digital</b><br>Empresa: Rede Farol Farmácias<br>Local: Niterói - RJ</p><p>Boa sorte! "
        "Equipe Catho</p>",
        z="br",
    ),
    m(
        "571302",
        "2025-11-03 10:00",
        "RH Rede Farol <rh@redefarol.com.br>",
        "Processo seletivo - Coordenador de Marketing Digital",
        A("rejection", RF, RFR, 13, "direct"),
        "Prezado Rafael,\n\nAgradecemos sua participação em nosso processo seletivo. Informamos que "
        "a vaga exige atuação presencial em Niterói e, por isso, não daremos continuidade à sua "
        "candidatura.\n\nDesejamos sucesso!\nRecursos Humanos - Rede Farol Farmácias S.A.",
        z="br",
    ),
    # --- 14 Tangará Logística (InfoJobs Brasil) ----------------------------------------------
    m(
        "571401",
        "2025-10-24 19:33",
        "InfoJobs <noreply@infojobs.com.br>",
        "Sua candidatura foi registrada",
        A("confirmation", TL, TLR, 14, "other"),
        html="<p>Olá Rafael,</p><p>Você se inscreveu na vaga <b>Analista de Marketing Sênior</b> - "
        "Tangará Logística Ltda. (São Paulo - SP / Remoto).</p><p>A empresa poderá visualizar seu "
        "currículo a partir de agora.</p><p>InfoJobs</p>",
        z="br",
    ),
    m(
        "571402",
        "2025-10-30 08:50",
        "InfoJobs <noreply@infojobs.com.br>",
        "A empresa visualizou seu currículo",
        A("viewed", TL, TLR, 14, "other"),
        html="<p>Boa notícia, Rafael!</p><p>A empresa <b>Tangará Logística Ltda.</b> visualizou "
        "seu currículo para a vaga <b>Analista de Marketing Sênior</b>.</p>",
        z="br",
    ),
    # --- 15 Sotavento (Net-Empregos): empresa só na assinatura -------------------------------
    m(
        "571501",
        "2025-11-06 09:10",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada: Diretor de Marketing (Lisboa)",
        A("confirmation", SO, SOR, 15, "other"),
        'Caro utilizador,\n\nA sua candidatura ao anúncio "Diretor de Marketing - Lisboa" (ref. '
        "NE-3390817) foi enviada para o anunciante Sotavento Imobiliária.\n\nNet-Empregos.com",
    ),
    m(
        "571502",
        "2025-11-17 14:44",
        "Filipa Bastos <fbastos@sotavento.pt>",
        "Re: Anúncio Net-Empregos ref. NE-3390817",
        A("interview", SO, SOR, 15, "direct"),
        "Exmo. Sr. Rafael Azevedo,\n\nAgradecemos o envio do seu currículo. Gostaríamos de o "
        "receber para uma entrevista na próxima sexta-feira, dia 21, às 10h00, na nossa sede da "
        "Av. da Liberdade.\n\nSolicitamos confirmação.\n\nFilipa Bastos\nDiretora de Recursos "
        "Humanos\nSotavento - Mediação Imobiliária, S.A.\nAMI 14002",
    ),
    m(
        "571503",
        "2025-12-05 11:25",
        "Filipa Bastos <fbastos@sotavento.pt>",
        "Re: Anúncio Net-Empregos ref. NE-3390817",
        A("rejection", SO, SOR, 15, "direct"),
        "Exmo. Sr. Rafael Azevedo,\n\nVimos por este meio agradecer a sua presença na entrevista. "
        "Após ponderação, a Administração decidiu não prosseguir com a sua candidatura.\n\nCom os "
        "melhores cumprimentos,\nFilipa Bastos",
    ),
    # --- 16 Pixelmar (ITJobs.pt) --------------------------------------------------------------
    m(
        "571601",
        "2026-01-08 18:20",
        "ITJobs.pt <noreply@itjobs.pt>",
        "Candidatura efetuada com sucesso",
        A("confirmation", PX, PXR, 16, "other"),
        'Olá Rafael,\n\nA sua candidatura à oferta "Marketing Manager" da Pixelmar, Lda. foi '
        "submetida com sucesso. A empresa recebeu o seu CV e carta de apresentação.\n\nBoa sorte!\n"
        "Equipa ITJobs.pt",
    ),
    # --- 17 Atlântida Hotéis (Sapo Emprego), careers mailbox no domínio do grupo --------------
    m(
        "571701",
        "2025-12-12 12:40",
        "SAPO Emprego <noreply@emprego.sapo.pt>",
        "Confirmação de candidatura",
        A("confirmation", AH, AHR, 17, "other"),
        "Olá Rafael,\n\nConfirmamos a sua candidatura à oferta Gestor de Marketing e E-commerce "
        "(Atlântida Hotéis - Algarve/Lisboa).\n\nSAPO Emprego",
    ),
    m(
        "571702",
        "2026-01-20 10:05",
        "Recrutamento <recrutamento@grupo-atlanticahotelaria.pt>",
        "A sua candidatura - Gestor de Marketing e E-commerce",
        A("rejection", AH, AHR, 17, "direct"),
        "Caro Rafael,\n\nObrigado pelo interesse em trabalhar connosco. Recebemos candidaturas de "
        "excelente qualidade e, após análise, lamentamos informar que o seu perfil não foi "
        "selecionado para a fase seguinte.\n\nDesejamos-lhe as maiores felicidades "
        "profissionais.\n\nDepartamento de Recursos Humanos\nAtlântida Hotels & Resorts",
    ),
    # --- alertas, outreach, outros -----------------------------------------------------------
    m(
        "571801",
        "2025-10-05 07:00",
        "Gupy <noreply@gupy.io>",
        "Rafael, 12 vagas de Marketing combinam com você",
        ("alert", None, None, None, "other", "pt"),
        html="<h3>Vagas recomendadas</h3><ul><li>Especialista em Growth - Aldeia Pay (Remoto)</li>"
        "<li>Gerente de Marketing - Óticas Brisa (RJ)</li><li>Coordenador de CRM - Semear "
        "Educação (SP)</li></ul><p><a href='https://portal.gupy.io'>Ver todas</a></p>",
        z="br",
    ),
    m(
        "571802",
        "2025-10-12 08:30",
        "Catho <noreply@catho.com.br>",
        "Seu currículo está 60% completo",
        ("alert", None, None, None, "other", "pt"),
        html="<p>Rafael, complete seu currículo e apareça mais para os recrutadores: faltam "
        "<b>pretensão salarial</b> e <b>idiomas</b>.</p><p>Equipe Catho</p>",
        z="br",
    ),
    m(
        "571803",
        "2025-10-19 07:15",
        "Net-Empregos <alertas@net-empregos.com>",
        "Alerta de emprego: marketing digital Lisboa (8 novas ofertas)",
        ("alert", None, None, None, "other", "pt"),
        'Novas ofertas para o seu alerta "marketing digital Lisboa":\n\n- Digital Marketing '
        "Specialist - Agência Faro Criativo\n- Gestor de Conteúdos - Loja das Ilhas\n- Head of "
        "Marketing - Tabuleta SaaS\n\nGerir alertas: net-empregos.com/alertas",
    ),
    m(
        "571804",
        "2025-11-02 09:00",
        "Landing.jobs <hello@landing.jobs>",
        "Your weekly tech jobs in Portugal 🇵🇹",
        ("alert", None, None, None, "other", "en"),
        html="<p>Hi Rafael,</p><p>Here are this week's picks for <b>Growth / Marketing</b> in "
        "Lisbon and Porto:</p><ul><li>Growth Lead @ Cardume (Porto) €45-60k</li><li>Performance "
        "Marketing Manager @ Vela Fintech (Lisboa) €40-55k</li></ul><p>Landing.jobs</p>",
    ),
    m(
        "571805",
        "2025-11-16 10:10",
        "Vagas.com <nao-responda@vagas.com.br>",
        "Novas vagas para Gerente de Marketing",
        ("alert", None, None, None, "other", "pt"),
        html="<p>Rafael, encontramos 5 vagas novas parecidas com as que você buscou:</p><ul><li>"
        "Gerente de Marketing - Rede Sabiá Supermercados</li><li>Gerente de Growth - Ponto Norte "
        "Seguros</li></ul>",
        z="br",
    ),
    m(
        "571806",
        "2025-12-02 19:00",
        "Grupo Tropeiro <grupotropeiro@myworkday.com>",
        "Você não concluiu sua candidatura",
        ("alert", None, None, None, "workday", "pt"),
        "Olá Rafael,\n\nNotamos que você começou a se candidatar à vaga R-004301 Coordenador de "
        "Trade Marketing - Empório Tropeiro, mas não concluiu. Sua candidatura fica salva por 7 "
        "dias.\n\nRecrutamento e Seleção\nGrupo Tropeiro Participações S.A.",
        z="br",
    ),
    m(
        "571807",
        "2025-12-01 10:06",
        "Maré Digital <no-reply@teamtailor-mail.com>",
        "Bem-vindo à comunidade de talento da Maré",
        ("alert", None, None, None, "teamtailor", "pt"),
        "Olá Rafael,\n\nObrigado por se juntar à nossa Talent Community! Vamos avisá-lo sempre que "
        "abrirem posições alinhadas com os seus interesses (Marketing, Growth).\n\nEquipa de "
        "Talento Maré",
    ),
    m(
        "571808",
        "2026-01-11 09:30",
        "ITJobs.pt <alertas@itjobs.pt>",
        "3 novas ofertas: Marketing Manager",
        ("alert", None, None, None, "other", "pt"),
        "Novas ofertas que correspondem à sua pesquisa:\n\n* Marketing Manager - Lumen Cloud "
        "(Lisboa)\n* Product Marketing Manager - Serra Labs (Porto, remoto)\n* Growth Marketer - "
        "Encosta Apps (Braga)\n\nITJobs.pt",
    ),
    m(
        "571809",
        "2025-10-25 14:00",
        "Vera Casimiro <vera.casimiro@kaizenhunters.com.br>",
        "Vaga confidencial - Head de Marketing | varejo",
        ("outreach", None, "Head de Marketing", None, "agency", "pt"),
        "Olá Rafael, tudo bem?\n\nSou headhunter na Kaizen Hunters e estou com uma posição "
        "confidencial de Head de Marketing para uma rede de varejo de moda no Sudeste (faturamento "
        "de R$ 800 mi). Posição presencial em SP, pacote agressivo. Faria sentido para você, mesmo "
        "estando em Portugal?\n\nAtt,\nVera Casimiro\nKaizen Hunters Executive Search",
        z="br",
    ),
    m(
        "571810",
        "2025-10-27 09:05",
        "Rafael Monteiro Azevedo <rafael.m.azevedo@gmail.com>",
        "Re: Vaga confidencial - Head de Marketing | varejo",
        ("outreach", None, "Head de Marketing", None, "agency", "pt"),
        "Oi Vera, obrigado pela lembrança! No momento estou focado em posições em Portugal ou "
        "remotas, então vou passar. Vamos manter contato.\n\nAbraço,\nRafael",
        to="Vera Casimiro <vera.casimiro@kaizenhunters.com.br>",
        **re_("<571809@kaizenhunters.com.br>"),
    ),
    m(
        "571811",
        "2025-11-08 11:40",
        "Tomás Arruda <tomas.arruda@talentia-recrutamento.pt>",
        "Resposta automática: Rodazul - próximos passos",
        ("other_job", TR_, TRR, None, "agency", "pt"),
        "Olá,\n\nEstou fora do escritório até dia 12 de novembro, com acesso limitado ao e-mail. "
        "Para assuntos urgentes contacte geral@talentia-recrutamento.pt.\n\nObrigado,\nTomás Arruda",
    ),
    m(
        "571812",
        "2025-11-09 18:00",
        "Vinhedo Pagamentos <noreply@gupy.io>",
        "Como foi sua experiência no nosso processo seletivo?",
        ("other_job", VP, VPR, None, "other", "pt"),
        html="<p>Olá, Rafael!</p><p>Queremos ouvir você: responda uma pesquisa de 2 minutos sobre "
        "sua experiência como candidato na Vinhedo Pagamentos.</p><p><a href='https://gupy.io/nps'>"
        "Responder pesquisa</a></p>",
        z="br",
    ),
    m(
        "571813",
        "2025-10-03 11:10",
        "Gupy <noreply@gupy.io>",
        "Seu código de verificação Gupy: 482913",
        ("other_job", None, None, None, "other", "pt"),
        "Use o código 482913 para acessar sua conta de candidato. Ele expira em 10 minutos.\n\nSe "
        "você não solicitou, ignore este e-mail.",
        z="br",
    ),
    m(
        "571814",
        "2026-03-03 16:20",
        "Tomás Arruda <tomas.arruda@talentia-recrutamento.pt>",
        "Nova oportunidade - Diretor(a) de Marketing, retalho alimentar",
        ("outreach", None, "Diretor(a) de Marketing", None, "agency", "pt"),
        "Olá Rafael,\n\nVi que começou na Maré — muitos parabéns! Sei que é cedo, mas tenho uma "
        "posição de Diretor(a) de Marketing numa cadeia de retalho alimentar do Norte e lembrei-me "
        "de si. Se não for agora, fica para o futuro.\n\nAbraço,\nTomás",
    ),
]
