# ruff: noqa: E501
"""Corpus 64, Brazilian job mail (data only): see heldout64.py."""

from __future__ import annotations

from typing import Any

from heldout import message_spec


def m(key, when, frm, subject, t, text=None, html=None, **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    return message_spec(
        f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        f"{when}:00 -0300",
        frm,
        subject,
        t,
        text,
        html,
        **kw,
    )


def P(cat, co, role, app, src):
    return (cat, co, role, app, src, "pt")


def ev(uid, start, summary, org, minutes=60, **kw):
    d = {
        "uid": uid,
        "start": f"{start}:00 -0300",
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
    }
    d.update(kw)
    return d


PI, PIR, PIR2 = (
    "Pinhão Supermercados",
    "Analista de Controladoria Pleno",
    "Analista de Custos Sênior",
)
CV, CVR = "COVALI", "Analista de Custos"
FR, FRR = "Frenotec", "Coordenadora de Custos"
HO, HOR = "Hospital Santa Tereza", "Analista Contábil Sênior"
MB, MBR, MBR2 = "Metalúrgica Boqueirão", "Analista de Custos", "Analista de Controladoria"
TT, TTR = "Transportadora Tinguí", "Analista Contábil"
EV, EVR = "Editora Vila Izabel", "Analista de Controladoria"
BO, BOR = "Batel Odontologia", "Analista Contábil e Financeiro"
CP, CPR = "Capivara Pay", "Analista de FP&A Sênior"
GU, GUR = "Guaricana Pisos", "Coordenador(a) de Custos"
NF, NFR = "Nordfeld Agro", "Analista de Controladoria Pleno"
VT, VTR = "Farmácias Vitalis", "Analista de Custos Pleno"
ML, MLR = "Moraes & Lacerda", "Analista Contábil Sênior"
BC, BCR = "Sulcredi", "Analista de Planejamento Financeiro"

GUPY_FOOT = "\n\nEsta é uma mensagem automática enviada pela plataforma Gupy. Não responda este e-mail.\nGupy - Recrutamento e Seleção | Política de Privacidade"

MAIL: list[dict[str, Any]] = [
    # --- 1 Pinhão (Grupo Araucária), Gupy ---
    m(
        "80112",
        "2025-09-03 09:41",
        "Grupo Araucária <noreply@gupy.io>",
        "Recebemos sua candidatura!",
        P("confirmation", PI, PIR, 1, "other"),
        "Olá, Larissa!\n\nQue bom ter você por aqui. Sua candidatura para a vaga Analista de Controladoria Pleno - Curitiba/PR foi recebida com sucesso.\n\nAcompanhe as próximas etapas pelo seu painel na Gupy. Caso seu perfil não seja selecionado para as próximas fases, você será avisada por aqui mesmo.\n\nAbraços,\nTime de Gente & Gestão | Grupo Araucária (Pinhão Supermercados, Atacadão Pinhão, Posto Pinhão)"
        + GUPY_FOOT,
    ),
    m(
        "80131",
        "2025-09-04 14:02",
        "Grupo Araucária <noreply@gupy.io>",
        "Etapa: Teste de perfil comportamental",
        P("assessment", PI, PIR, 1, "other"),
        html="<p>Oi, Larissa!</p><p>Sua candidatura avançou para a etapa <b>Teste de perfil comportamental</b>.</p><p>O teste leva cerca de 15 minutos e não há respostas certas ou erradas. Prazo: <b>08/09/2025</b>.</p><p><a href='https://grupoararaucaria.gupy.io/candidates/applications'>Fazer o teste</a></p><p>Time de Gente & Gestão</p><p style='font-size:11px;color:#888'>Enviado por Gupy</p>",
    ),
    m(
        "80155",
        "2025-09-15 11:20",
        "Grupo Araucária <noreply@gupy.io>",
        "Larissa, sua candidatura avançou!",
        P("interview", PI, PIR, 1, "other"),
        "Olá, Larissa!\n\nParabéns, você avançou para a etapa Entrevista com o RH na vaga Analista de Controladoria Pleno.\n\nEscolha o melhor horário na agenda abaixo:\nhttps://grupoararaucaria.gupy.io/scheduling/88412\n\nAs entrevistas acontecem pelo Google Meet e duram cerca de 40 minutos.\n\nTime de Gente & Gestão"
        + GUPY_FOOT,
    ),
    m(
        "80161",
        "2025-09-16 08:05",
        "Débora Zanetti <debora.zanetti@grupoararaucaria.com.br>",
        "Convite: Entrevista RH - Larissa Kowalski | Controladoria qui 18 set 2025 10:00 - 10:40 (BRT)",
        P("interview", PI, PIR, 1, "direct"),
        "Larissa Kowalski, você foi convidada para um evento.\n\nEntrevista RH - Larissa Kowalski | Controladoria\nQuinta-feira, 18 de setembro de 2025 10:00 - 10:40 (BRT)\nParticipar com o Google Meet: meet.google.com/qhv-tzoa-mkd\n\nOrganizador: debora.zanetti@grupoararaucaria.com.br",
        ics=ev(
            "ga-rh-88412@google.com",
            "2025-09-18 10:00",
            "Entrevista RH - Larissa Kowalski | Controladoria",
            ("Débora Zanetti", "debora.zanetti@grupoararaucaria.com.br"),
            40,
            location="meet.google.com/qhv-tzoa-mkd",
        ),
    ),
    m(
        "80179",
        "2025-09-24 17:33",
        "Débora Zanetti <debora.zanetti@grupoararaucaria.com.br>",
        "Próxima etapa - conversa com o gestor",
        P("interview", PI, PIR, 1, "direct"),
        "Oi Larissa, tudo bem?\n\nGostamos muito da nossa conversa! O Rogério, gerente de controladoria das lojas Pinhão, quer conversar com você presencialmente na nossa sede (Rua Lamenha Lins, 1880 - Rebouças).\n\nPode ser terça, 30/09, às 14h? Leve um documento com foto para a portaria.\n\nAbs,\nDébora Zanetti\nAnalista de Atração de Talentos\nGrupo Araucária Varejo S.A.\n(41) 3022-7810",
    ),
    m(
        "80203",
        "2025-10-09 16:48",
        "Grupo Araucária <noreply@gupy.io>",
        "Retorno sobre sua candidatura",
        P("rejection", PI, PIR, 1, "other"),
        "Olá, Larissa, tudo bem?\n\nQueremos agradecer sua participação no processo seletivo para Analista de Controladoria Pleno. Foi muito bom conhecer sua trajetória e sua experiência com fechamento contábil e custos.\n\nInfelizmente, neste momento, seguiremos com outro perfil mais aderente ao que a área precisa agora.\n\nSeu currículo continuará em nosso banco de talentos e esperamos cruzar com você em outras oportunidades.\n\nUm abraço,\nTime de Gente & Gestão | Grupo Araucária"
        + GUPY_FOOT,
    ),
    # --- 2 COVALI, Gupy then direct ---
    m(
        "80220",
        "2025-09-08 19:12",
        "Covali Carreiras <noreply@gupy.io>",
        "Candidatura recebida - Analista de Custos",
        P("confirmation", CV, CVR, 2, "other"),
        "Olá Larissa,\n\nRecebemos sua inscrição para Analista de Custos (Unidade Industrial de Carnes - escritório Curitiba).\n\nNa COVALI, cooperar é o nosso jeito de crescer. Você pode acompanhar o processo pela Gupy.\n\nCooperativa Agroindustrial Vale do Iguaçu"
        + GUPY_FOOT,
    ),
    m(
        "80233",
        "2025-09-10 10:00",
        "Covali Carreiras <noreply@gupy.io>",
        "Próxima etapa: Teste de lógica",
        P("assessment", CV, CVR, 2, "other"),
        "Oi, Larissa!\n\nVocê foi aprovada na triagem e a próxima etapa é o Teste de lógica (raciocínio numérico e lógico). Tempo: 30 minutos, sem pausa.\n\nRealize até 14/09 às 23h59: https://covali.gupy.io/candidates/tests\n\nBoa sorte!"
        + GUPY_FOOT,
    ),
    m(
        "80251",
        "2025-09-19 15:26",
        "Jaqueline Rossetto <jaqueline.rossetto@covali.coop.br>",
        "Dinâmica de grupo - Processo Seletivo Analista de Custos",
        P("interview", CV, CVR, 2, "direct"),
        "Boa tarde, Larissa!\n\nVocê foi selecionada para a dinâmica de grupo do processo de Analista de Custos.\n\nData: 25/09/2025 (quinta)\nHorário: 8h30 (duração estimada de 3h)\nLocal: Escritório Regional COVALI - Av. Sete de Setembro, 4923, 6º andar - Batel\n\nPor favor, confirme sua presença respondendo este e-mail.\n\nAtenciosamente,\nJaqueline Rossetto\nRecursos Humanos - Recrutamento\nCOVALI - Cooperativa Agroindustrial Vale do Iguaçu",
    ),
    m(
        "80252",
        "2025-09-19 18:40",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Re: Dinâmica de grupo - Processo Seletivo Analista de Custos",
        P("interview", CV, CVR, 2, "direct"),
        "Boa tarde, Jaqueline!\n\nPresença confirmada. Obrigada pelo convite.\n\nAtt,\nLarissa Kowalski\n\nEm sex., 19 de set. de 2025 às 15:26, Jaqueline Rossetto <jaqueline.rossetto@covali.coop.br> escreveu:\n> Boa tarde, Larissa!\n> Você foi selecionada para a dinâmica de grupo do processo de Analista de Custos.\n> Data: 25/09/2025 (quinta)",
        to="Jaqueline Rossetto <jaqueline.rossetto@covali.coop.br>",
        headers={"In-Reply-To": "<80251.20250919@covali.coop.br>"},
    ),
    m(
        "80268",
        "2025-10-01 09:14",
        "Jaqueline Rossetto <jaqueline.rossetto@covali.coop.br>",
        "Entrevista com gestor - COVALI",
        P("interview", CV, CVR, 2, "direct"),
        "Olá Larissa,\n\nParabéns por avançar! A entrevista com o gestor, Sr. Evandro Kuss (Gerente de Custos e Orçamento), será online. Enviei o convite pelo Teams.\n\nAtenciosamente,\nJaqueline Rossetto | RH COVALI",
        ics=ev(
            "040000008200E00074C5B7101A82E008-covali-4411",
            "2025-10-06 16:00",
            "Entrevista - Analista de Custos - Larissa Kowalski",
            ("Jaqueline Rossetto", "jaqueline.rossetto@covali.coop.br"),
            60,
            style="outlook",
            location="Reunião do Microsoft Teams",
        ),
    ),
    m(
        "80290",
        "2025-10-14 18:02",
        "Jaqueline Rossetto <jaqueline.rossetto@covali.coop.br>",
        "Proposta - Analista de Custos",
        P("offer", CV, CVR, 2, "direct"),
        "Olá Larissa, boa tarde!\n\nÉ com muita alegria que comunicamos que você foi aprovada no processo seletivo para Analista de Custos.\n\nSegue nossa proposta:\n- Salário: R$ 7.850,00 (CLT)\n- PLR conforme resultado da cooperativa\n- Vale-alimentação R$ 1.100,00, plano de saúde e odontológico, previdência privada\n- Modelo híbrido (3x presencial)\n\nPodemos contar com você? Aguardamos seu retorno até sexta-feira.\n\nAtenciosamente,\nJaqueline Rossetto\nRecursos Humanos | COVALI",
    ),
    m(
        "80304",
        "2025-10-17 10:31",
        "Clicksign <naoresponda@clicksign.com>",
        "COVALI - Carta Proposta - Larissa Mendonça Kowalski: documento para assinar",
        P("offer", CV, CVR, 2, "other"),
        html="<p>Olá, Larissa Mendonça Kowalski</p><p><b>Cooperativa Agroindustrial Vale do Iguaçu</b> enviou um documento para você assinar.</p><p>Documento: <b>Carta Proposta - Analista de Custos.pdf</b></p><p><a href='https://app.clicksign.com/sign/9f2e'>Visualizar para assinar</a></p><p>Clicksign - assinaturas eletrônicas</p>",
    ),
    m(
        "80306",
        "2025-10-17 12:03",
        "Clicksign <naoresponda@clicksign.com>",
        "Documento finalizado: COVALI - Carta Proposta - Larissa Mendonça Kowalski",
        P("offer", CV, CVR, 2, "other"),
        st="accepted",
        html="<p>Todas as assinaturas foram concluídas.</p><p>O documento <b>Carta Proposta - Analista de Custos.pdf</b> foi assinado por todos os signatários: Larissa Mendonça Kowalski, Jaqueline Rossetto.</p><p>Baixe o documento assinado pelo link abaixo.</p><p>Clicksign</p>",
    ),
    m(
        "80318",
        "2025-10-20 08:47",
        "Admissão COVALI <admissao@covali.coop.br>",
        "Documentação admissional e exame admissional (ASO)",
        ("other_job", CV, CVR, None, "direct", "pt"),
        "Bom dia, Larissa! Seja bem-vinda à COVALI!\n\nPara seguirmos com sua admissão, envie até 24/10 digitalizados:\n- RG, CPF, CTPS digital, título de eleitor\n- comprovante de residência\n- certidão de nascimento/casamento\n- dados bancários\n\nO exame admissional (ASO) está agendado na Clínica Medtrab Centro, Rua Marechal Deodoro, 630, dia 23/10 às 7h30, em jejum de 4 horas.\n\nData prevista de início: 03/11/2025.\n\nDepartamento Pessoal - COVALI",
    ),
    m(
        "80322",
        "2025-10-31 16:10",
        "Integração COVALI <integracao@covali.coop.br>",
        "Sua integração - segunda-feira 03/11",
        ("other_job", CV, CVR, None, "direct", "pt"),
        "Olá, Larissa!\n\nNa segunda-feira, 03/11, a integração de novos cooperados e colaboradores começa às 8h no auditório do Escritório Regional. Traga seu notebook pessoal apenas se quiser; o seu já estará configurado.\n\nAté lá!\nEquipe de Desenvolvimento Humano",
    ),
    # --- 3 Talentia RH for Frenotec ---
    m(
        "80340",
        "2025-09-11 13:55",
        "Marina Schultz <marina.schultz@talentiarh.com.br>",
        "Oportunidade: Coordenadora de Custos - indústria do setor automotivo",
        ("outreach", None, FRR, None, "agency", "pt"),
        "Olá Larissa, tudo bem?\n\nSou consultora da Talentia RH e estou conduzindo, com exclusividade, um processo de Coordenador(a) de Custos para uma empresa do setor automotivo (autopeças, multinacional de capital nacional, planta na CIC).\n\nO escopo: custo padrão x real, formação de preço, equipe de 3 analistas, reporte à Gerência de Controladoria.\n\nVi seu perfil no LinkedIn e acredito que faz sentido. Podemos conversar 15 minutos esta semana?\n\nAbs,\nMarina Schultz\nConsultora Sênior | Talentia RH - Executive Search & Recrutamento\n(41) 99812-4470",
    ),
    m(
        "80347",
        "2025-09-16 10:18",
        "Marina Schultz <marina.schultz@talentiarh.com.br>",
        "RE: Oportunidade: Coordenadora de Custos - indústria do setor automotivo",
        P("confirmation", FR, FRR, 3, "agency"),
        "Larissa, obrigada pela conversa de ontem!\n\nConforme combinamos, apresentei seu currículo ao cliente. Agora posso abrir: trata-se da Frenotec Sistemas de Freio Ltda., na CIC. Eles devem retornar até o fim da próxima semana.\n\nAbs,\nMarina\n\n-----Mensagem original-----\nDe: Larissa Kowalski\nEnviada em: segunda-feira, 15 de setembro de 2025 21:02\nAssunto: RE: Oportunidade: Coordenadora de Custos - indústria do setor automotivo\n\nOi Marina, pode enviar sim. Segue CV atualizado.",
    ),
    m(
        "80366",
        "2025-09-26 11:40",
        "Marina Schultz <marina.schultz@talentiarh.com.br>",
        "Entrevista Frenotec - 01/10 às 9h",
        P("interview", FR, FRR, 3, "agency"),
        "Oi Larissa!\n\nO cliente quer te conhecer. Entrevista presencial com o Sr. Hélio Bortolini (Gerente de Controladoria) e a Patrícia do RH.\n\nQuarta, 01/10, às 9h\nFrenotec - Rua Hasdrubal Bellegard, 2100 - CIC\n\nEstou mandando o convite na sua agenda.\n\nMarina | Talentia RH",
        ics=ev(
            "talentia-frenotec-0110@google.com",
            "2025-10-01 09:00",
            "Entrevista Frenotec - Larissa Kowalski (Coord. Custos)",
            ("Marina Schultz", "marina.schultz@talentiarh.com.br"),
            90,
            location="Rua Hasdrubal Bellegard, 2100 - CIC, Curitiba",
        ),
    ),
    m(
        "80388",
        "2025-10-15 17:20",
        "Marina Schultz <marina.schultz@talentiarh.com.br>",
        "Proposta Frenotec",
        P("offer", FR, FRR, 3, "agency"),
        "Larissa, boa tarde!\n\nNotícia boa: a Frenotec aprovou você e quer fazer uma proposta. Salário de R$ 10.400,00 + PLR de até 1,5 salário, carro não, mas estacionamento. Presencial 5x na CIC.\n\nSei que você está em outro processo avançado. Me liga quando puder?\n\nMarina",
    ),
    m(
        "80391",
        "2025-10-17 19:05",
        "Marina Schultz <marina.schultz@talentiarh.com.br>",
        "RE: Proposta Frenotec",
        P("offer", FR, FRR, 3, "agency"),
        st="declined",
        text="Oi Larissa,\n\nEntendo perfeitamente, uma pena! Já comuniquei ao cliente que você declinou a proposta por ter aceitado outra oportunidade. O Hélio pediu para deixar as portas abertas.\n\nSucesso na COVALI!\nMarina\n\n> Marina, muito obrigada por tudo. Depois de pensar bastante, decidi não seguir com a proposta da Frenotec - aceitei hoje outra oportunidade mais próxima do que busco. Agradeço muito pela condução.\n> Larissa",
    ),
    # --- 8 Hospital Santa Tereza, Vagas.com ---
    m(
        "80410",
        "2025-09-05 20:11",
        "Vagas.com <nao-responda@vagas.com.br>",
        "Você se candidatou: Analista Contábil Sênior",
        P("confirmation", HO, HOR, 4, "other"),
        html="<table><tr><td><h2>Candidatura realizada!</h2><p>Larissa, seu currículo foi enviado para a vaga <b>Analista Contábil Sênior</b> de <b>Associação Beneficente Santa Tereza - Hospital Santa Tereza</b>.</p><p>Acompanhe em Minhas Candidaturas. Boa sorte!</p><p>VAGAS.com.br</p></td></tr></table>",
    ),
    m(
        "80432",
        "2025-10-02 09:30",
        "Recrutamento Hospital Santa Tereza <selecao@hst.org.br>",
        "Processo seletivo - atualização",
        P("confirmation", HO, HOR, 4, "direct"),
        st="on_hold",
        text="Prezada candidata,\n\nInformamos que a vaga de Analista Contábil Sênior, para a qual você se candidatou, está temporariamente congelada por decisão da diretoria administrativa, em razão da revisão do orçamento 2026.\n\nAssim que houver definição, retomaremos o contato com os candidatos inscritos.\n\nAgradecemos a compreensão.\n\nSetor de Recrutamento e Seleção\nHospital Santa Tereza - Curitiba",
    ),
    # --- 9 Metalúrgica Boqueirão, Catho ---
    m(
        "80450",
        "2025-09-09 07:58",
        "Catho <noreply@catho.com.br>",
        "Seu currículo foi enviado para Analista de Custos",
        P("confirmation", MB, MBR, 5, "other"),
        "Olá, Larissa!\n\nSua candidatura para Analista de Custos - Metalúrgica Boqueirão Ind. e Com. Ltda. (Curitiba - PR) foi enviada.\n\nDica: candidatos com currículo completo têm mais chances. Confira seu perfil.\n\nEquipe Catho",
    ),
    m(
        "80463",
        "2025-09-29 10:44",
        "Metalúrgica Boqueirão - RH <rh@metalboqueirao.ind.br>",
        "Retorno do processo seletivo",
        P("rejection", MB, MBR, 5, "direct"),
        "Prezada Larissa,\n\nAgradecemos seu interesse em fazer parte da nossa equipe. Após análise criteriosa dos currículos, informamos que seu perfil não foi selecionado para a vaga de Analista de Custos neste momento.\n\nManteremos seus dados para futuras oportunidades.\n\nAtenciosamente,\nRecursos Humanos\nMetalúrgica Boqueirão",
    ),
    # --- 10 Transportadora Tinguí, InfoJobs, withdrawn ---
    m(
        "80480",
        "2025-09-12 22:15",
        "InfoJobs <noreply@infojobs.com.br>",
        "Candidatura registrada: Analista Contábil",
        P("confirmation", TT, TTR, 6, "other"),
        html="<p>Olá Larissa,</p><p>Sua candidatura à vaga <b>Analista Contábil</b> foi registrada.</p><p>Empresa: Transportadora Tinguí Ltda.</p><p>Você pode acompanhar o status em <i>Minhas candidaturas</i>.</p><p>InfoJobs</p>",
    ),
    m(
        "80492",
        "2025-10-06 14:33",
        "Silvana Prado <silvana@transtingui.com.br>",
        "Entrevista - Analista Contábil",
        P("interview", TT, TTR, 6, "direct"),
        "Boa tarde Larissa,\n\nGostaríamos de agendar uma entrevista para a vaga de analista contábil. Temos disponibilidade quinta (09/10) às 15h ou sexta (10/10) às 10h, presencial no nosso escritório em Pinhais.\n\nAguardo.\n\nSilvana Prado\nRH - Transportadora Tinguí",
    ),
    m(
        "80495",
        "2025-10-07 08:20",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Re: Entrevista - Analista Contábil",
        P("confirmation", TT, TTR, 6, "direct"),
        st="withdrawn",
        text="Bom dia, Silvana!\n\nAgradeço muito o convite, mas gostaria de informar que desisto do processo seletivo, pois estou avançada em outro processo alinhado ao meu objetivo em controladoria.\n\nDesejo sucesso na contratação!\n\nLarissa Kowalski\n\nEm seg., 6 de out. de 2025 às 14:33, Silvana Prado <silvana@transtingui.com.br> escreveu:\n> Boa tarde Larissa,\n> Gostaríamos de agendar uma entrevista para a vaga de analista contábil.",
        to="Silvana Prado <silvana@transtingui.com.br>",
        headers={"In-Reply-To": "<80492.20251006@transtingui.com.br>"},
    ),
    m(
        "80497",
        "2025-10-07 11:02",
        "Silvana Prado <silvana@transtingui.com.br>",
        "RES: Re: Entrevista - Analista Contábil",
        P("confirmation", TT, TTR, 6, "direct"),
        st="withdrawn",
        text="Olá Larissa, tudo certo, obrigada pelo retorno. Sucesso!\n\nSilvana",
    ),
    # --- 11 Editora Vila Izabel, Solides ---
    m(
        "80510",
        "2025-09-17 16:01",
        "Editora Vila Izabel via Sólides <vagas@solides.com.br>",
        "Candidatura confirmada - Analista de Controladoria",
        P("confirmation", EV, EVR, 7, "other"),
        "Olá Larissa!\n\nSua candidatura para Analista de Controladoria foi confirmada. Como parte do processo, pedimos que você responda ao Profiler (teste de perfil comportamental) - leva uns 10 minutos.\n\nhttps://editoravilaizabel.vagas.solides.com.br/profiler\n\nEditora Vila Izabel",
    ),
    m(
        "80512",
        "2025-09-22 09:00",
        "Sólides <naoresponda@solides.com.br>",
        "Lembrete: seu Profiler ainda não foi respondido",
        P("assessment", EV, EVR, 7, "other"),
        "Oi Larissa, percebemos que você ainda não respondeu ao teste Profiler do processo Editora Vila Izabel - Analista de Controladoria. Responder leva poucos minutos.\n\nSólides",
    ),
    m(
        "80527",
        "2025-10-08 13:12",
        "Fernanda Lopes <fernanda.lopes@vilaizabel.com.br>",
        "Entrevista Controladoria - Editora Vila Izabel",
        P("interview", EV, EVR, 7, "direct"),
        "Olá Larissa, tudo bem?\n\nAgende sua entrevista pelo link: https://calendly.com/fernanda-vilaizabel/entrevista-45min\n\nAbraço,\nFernanda Lopes\nBusiness Partner de RH\nEditora Vila Izabel",
    ),
    m(
        "80528",
        "2025-10-08 21:40",
        "Calendly <notifications@calendly.com>",
        "Novo evento: Larissa Kowalski - 14:00 seg, 13 out 2025",
        P("interview", EV, EVR, 7, "other"),
        "Olá Larissa Kowalski,\n\nSeu Entrevista 45min com Fernanda Lopes está agendado.\n\nEvento: Entrevista 45min\nData: 14:00 - 14:45, segunda-feira, 13 de outubro de 2025 (Horário de Brasília)\nLocal: Google Meet\n\nCancelar ou reagendar: https://calendly.com/cancellations/7ad1",
        ics=ev(
            "calendly-7ad1-vilaizabel",
            "2025-10-13 14:00",
            "Entrevista 45min entre Fernanda Lopes e Larissa Kowalski",
            ("Fernanda Lopes", "fernanda.lopes@vilaizabel.com.br"),
            45,
        ),
    ),
    m(
        "80530",
        "2025-10-10 10:22",
        "Fernanda Lopes <fernanda.lopes@vilaizabel.com.br>",
        "Re: Entrevista Controladoria - Editora Vila Izabel",
        P("interview", EV, EVR, 7, "direct"),
        "Larissa, peço mil desculpas, tive um imprevisto na segunda. Podemos passar para terça 14/10 no mesmo horário? Já atualizei o convite.\n\nFernanda",
    ),
    m(
        "80545",
        "2025-10-22 15:45",
        "Editora Vila Izabel via Sólides <vagas@solides.com.br>",
        "Atualização do processo: Analista de Controladoria",
        P("rejection", EV, EVR, 7, "other"),
        "Olá Larissa,\n\nAgradecemos muito sua dedicação em todas as etapas. Você demonstrou ótimo conhecimento técnico e foi uma decisão difícil.\n\nNo entanto, optamos por dar sequência com outra pessoa candidata neste processo.\n\nDesejamos muito sucesso!\nEditora Vila Izabel",
    ),
    # --- 12 Batel Odontologia, Indeed (ghost) ---
    m(
        "80560",
        "2025-09-20 11:11",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Analista Contábil e Financeiro",
        P("confirmation", BO, BOR, 8, "indeed"),
        html="<div><p><b>Candidatura enviada</b></p><p>Analista Contábil e Financeiro<br>Batel Odontologia Integrada - Curitiba, PR</p><p>Os seguintes itens foram enviados para Batel Odontologia Integrada: currículo, respostas às perguntas.</p><p>Boa sorte!</p><p>Indeed</p></div>",
    ),
    m(
        "80562",
        "2025-09-23 08:02",
        "Indeed <indeedapply@indeed.com>",
        "A Batel Odontologia Integrada visualizou sua candidatura",
        P("viewed", BO, BOR, 8, "indeed"),
        html="<p>Boas notícias, Larissa! Sua candidatura para <b>Analista Contábil e Financeiro</b> foi visualizada pelo empregador.</p><p>Indeed</p>",
    ),
    # --- 13 Capivara Pay, LinkedIn ---
    m(
        "80580",
        "2025-10-27 19:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, sua candidatura foi enviada para Capivara Pay",
        P("confirmation", CP, CPR, 9, "linkedin"),
        "Sua candidatura foi enviada para Capivara Pay\n\nAnalista de FP&A Sênior\nCapivara Pay · Curitiba, Paraná, Brasil (Híbrido)\nCandidatura enviada agora\n\nVer vaga: https://www.linkedin.com/jobs/view/4113980221\n\nEste e-mail foi enviado para Larissa Kowalski.",
    ),
    m(
        "80583",
        "2025-10-29 12:00",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi vista por Capivara Pay",
        P("viewed", CP, CPR, 9, "linkedin"),
        "Sua candidatura foi vista\n\nCapivara Pay visualizou sua candidatura para Analista de FP&A Sênior.\n\nLinkedIn",
    ),
    m(
        "80590",
        "2025-11-03 21:14",
        "Thiago Brandalise <thiagobrandalise@gmail.com>",
        "Vaga FP&A - Capivara",
        P("interview", CP, CPR, 9, "direct"),
        "Oi Larissa, tudo bem? Aqui é o Thiago, CFO da Capivara (a gente é pequeno ainda, então eu mesmo faço a primeira conversa, rs).\n\nVi sua candidatura no LinkedIn. Topa um papo de 30 min na quinta às 18h30? Te mando um link do Meet.\n\nAbs\nThiago\nenviado do celular",
    ),
    m(
        "80595",
        "2025-11-07 10:03",
        "Thiago Brandalise <thiagobrandalise@gmail.com>",
        "case FP&A",
        P("assessment", CP, CPR, 9, "direct"),
        "Larissa, foi ótima a conversa ontem.\n\nComo próximo passo, segue um case: anexo a planilha com a DRE de 2024 e 9 meses de 2025 (dados fictícios). A ideia é montar um forecast até dez/26 com 3 cenários de TPV e take rate, e uma página com os principais riscos.\n\nPode me devolver até quarta que vem? Depois marcamos 40 min pra você apresentar.\n\nAbs\nThiago",
        attach=[
            (
                "case_fpa_capivara.csv",
                "text/csv",
                "mes;tpv;take_rate;receita;custo_transacional\n2025-01;18200000;0,0142;258440;121300\n",
            )
        ],
    ),
    m(
        "80601",
        "2025-11-19 18:22",
        "Thiago Brandalise <thiagobrandalise@gmail.com>",
        "Re: case FP&A",
        P("rejection", CP, CPR, 9, "direct"),
        "Oi Larissa,\n\nObrigado de novo pela apresentação, o modelo ficou bem organizado e gostei da parte de riscos.\n\nVou ser direto: decidimos seguir com alguém que já tem vivência em fintech e modelagem de unit economics, que é o que mais pesa agora. Não foi por falta de qualidade do seu trabalho.\n\nSe quiser, fico à disposição pra dar um feedback mais detalhado por telefone.\n\nAbraço\nThiago",
    ),
    # --- 14 Guaricana Pisos (Madeireira Guaricana S.A.), Gupy ---
    m(
        "80620",
        "2025-09-25 07:44",
        "Madeireira Guaricana S.A. <noreply@gupy.io>",
        "Sua inscrição foi concluída",
        P("confirmation", GU, GUR, 10, "other"),
        "Olá, Larissa!\n\nSua inscrição na vaga Coordenador(a) de Custos - Guaricana Pisos foi concluída. Fique de olho no seu e-mail e na plataforma.\n\nMadeireira Guaricana S.A."
        + GUPY_FOOT,
    ),
    m(
        "80625",
        "2025-09-30 18:00",
        "Madeireira Guaricana S.A. <noreply@gupy.io>",
        "Atualização sobre sua candidatura",
        P("rejection", GU, GUR, 10, "other"),
        "Olá, Larissa!\n\nAgradecemos o interesse na vaga Coordenador(a) de Custos. Infelizmente seu perfil não seguirá para as próximas etapas, pois buscamos pessoas com experiência prévia em gestão de equipes na indústria madeireira.\n\nSeu currículo ficará no nosso banco de talentos.\n\nMadeireira Guaricana S.A."
        + GUPY_FOOT,
    ),
    # --- 15 Pinhão second role ---
    m(
        "80640",
        "2025-10-13 12:31",
        "Grupo Araucária <noreply@gupy.io>",
        "Recebemos sua candidatura!",
        P("confirmation", PI, PIR2, 11, "other"),
        "Olá, Larissa!\n\nSua candidatura para a vaga Analista de Custos Sênior - Atacado e Varejo foi recebida com sucesso.\n\nCaso seu perfil não seja selecionado, você será avisada por aqui mesmo.\n\nTime de Gente & Gestão | Grupo Araucária (Pinhão Supermercados)"
        + GUPY_FOOT,
    ),
    m(
        "80641",
        "2025-10-20 17:15",
        "Grupo Araucária <noreply@gupy.io>",
        "Larissa, temos uma atualização",
        P("confirmation", PI, PIR2, 11, "other"),
        st="withdrawn",
        text="Olá, Larissa!\n\nConfirmamos que sua candidatura para Analista de Custos Sênior foi cancelada a seu pedido. Se quiser, você pode se candidatar novamente a outras vagas do Grupo Araucária.\n\nTime de Gente & Gestão"
        + GUPY_FOOT,
    ),
    # --- 16 Metalúrgica Boqueirão re-application ---
    m(
        "80660",
        "2026-01-12 08:36",
        "Catho <noreply@catho.com.br>",
        "Seu currículo foi enviado para Analista de Controladoria",
        P("confirmation", MB, MBR2, 12, "other"),
        "Olá, Larissa!\n\nSua candidatura para Analista de Controladoria - Metalúrgica Boqueirão Ind. e Com. Ltda. (Curitiba - PR) foi enviada.\n\nEquipe Catho",
    ),
    m(
        "80667",
        "2026-01-26 14:50",
        "Metalúrgica Boqueirão - RH <rh@metalboqueirao.ind.br>",
        "Convite para entrevista",
        P("interview", MB, MBR2, 12, "direct"),
        "Prezada Larissa,\n\nSeu currículo foi selecionado para a vaga de Analista de Controladoria. Convidamos para entrevista no dia 02/02/2026 às 10h, na Rua Anne Frank, 4200 - Boqueirão. Procurar por Sra. Neusa.\n\nFavor confirmar.\n\nRH Metalúrgica Boqueirão",
    ),
    # --- 17 Farmácias Vitalis, Kenoby ---
    m(
        "80680",
        "2025-09-29 13:05",
        "Vitalis Carreiras <no-reply@kenoby.com>",
        "Obrigado por se candidatar!",
        P("confirmation", VT, VTR, 13, "other"),
        "Oi, Larissa! Recebemos sua candidatura para Analista de Custos Pleno na Rede Farmácias Vitalis. Se o seu perfil tiver aderência, entraremos em contato. Caso contrário, você receberá um retorno ao final do processo.\n\nTime Vitalis",
    ),
    m(
        "80688",
        "2025-10-23 09:40",
        "Vitalis Carreiras <no-reply@kenoby.com>",
        "Sobre sua candidatura na Vitalis",
        P("rejection", VT, VTR, 13, "other"),
        "Olá Larissa,\n\nQueremos te agradecer por participar do nosso processo. Sua candidatura não avançou desta vez, mas seu perfil ficará em nossa base para futuras vagas.\n\nAbraço,\nTime Vitalis",
    ),
    # --- 18 Moraes & Lacerda, referral ---
    m(
        "80700",
        "2025-10-03 18:50",
        "Paulo Lacerda <paulo@moraeslacerda.cnt.br>",
        "Indicação da Camila - vaga analista contábil",
        ("outreach", ML, MLR, None, "direct", "pt"),
        "Boa tarde, Larissa.\n\nA Camila Ferraz, que trabalhou conosco, me passou seu contato. Estamos com uma vaga de Analista Contábil Sênior para carteira de clientes do Lucro Real (indústria e comércio). Teria interesse em conversar?\n\nAtenciosamente,\nPaulo Roberto Lacerda - CRC PR-045112/O-3\nSócio | Moraes & Lacerda Contabilidade e Assessoria",
    ),
    m(
        "80703",
        "2025-10-04 10:12",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Re: Indicação da Camila - vaga analista contábil",
        P("confirmation", ML, MLR, 14, "direct"),
        "Bom dia, Paulo!\n\nTenho interesse sim, obrigada pelo contato. Segue meu currículo em anexo. Tenho disponibilidade para conversar na próxima semana.\n\nAtenciosamente,\nLarissa Kowalski\n(41) 99634-2018",
        to="Paulo Lacerda <paulo@moraeslacerda.cnt.br>",
        headers={"In-Reply-To": "<80700.20251003@moraeslacerda.cnt.br>"},
        attach=[
            (
                "CV_Larissa_Kowalski.txt",
                "text/plain",
                "Larissa Mendonça Kowalski - Contadora (CRC-PR)\n",
            )
        ],
    ),
    m(
        "80708",
        "2025-10-08 16:30",
        "Paulo Lacerda <paulo@moraeslacerda.cnt.br>",
        "Re: Indicação da Camila - vaga analista contábil",
        P("interview", ML, MLR, 14, "direct"),
        "Larissa, pode vir sexta às 17h aqui no escritório? Alameda Dr. Carlos de Carvalho, 555, sala 1204.\n\nPaulo",
    ),
    m(
        "80712",
        "2025-10-20 09:05",
        "Larissa Kowalski <larissa.kowalski@gmail.com>",
        "Re: Indicação da Camila - vaga analista contábil",
        P("confirmation", ML, MLR, 14, "direct"),
        st="withdrawn",
        text="Bom dia, Paulo!\n\nMuito obrigada pela conversa e pela atenção. Quero avisar que aceitei uma proposta na área de custos de uma cooperativa, por isso retiro minha candidatura. Agradeço a consideração e mande um abraço à equipe.\n\nLarissa",
        to="Paulo Lacerda <paulo@moraeslacerda.cnt.br>",
    ),
    # --- 19 Sulcredi (Cooperativa de Crédito Sul Paranaense), Gupy ghost ---
    m(
        "80720",
        "2025-10-09 22:47",
        "Sulcredi <noreply@gupy.io>",
        "Candidatura recebida",
        P("confirmation", BC, BCR, 15, "other"),
        "Olá, Larissa! Sua candidatura para Analista de Planejamento Financeiro - Sede Administrativa (Curitiba) foi recebida.\n\nCooperativa de Crédito Sul Paranaense - Sulcredi"
        + GUPY_FOOT,
    ),
    m(
        "80722",
        "2025-10-10 09:00",
        "Sulcredi <noreply@gupy.io>",
        "Etapa: Teste de lógica e Teste de perfil",
        P("assessment", BC, BCR, 15, "other"),
        "Oi, Larissa! Sua candidatura avançou para a etapa de testes online: teste de lógica (20 questões) e teste de perfil comportamental. Prazo: 5 dias.\n\nSulcredi"
        + GUPY_FOOT,
    ),
    # --- 20 Nordfeld Agro, Workday (pt) ---
    m(
        "80740",
        "2025-11-24 10:15",
        "Nordfeld Agro <nordfeld@myworkday.com>",
        "Obrigado pela sua candidatura - Analista de Controladoria Pleno (R-04417)",
        P("confirmation", NF, NFR, 16, "workday"),
        "Prezada Larissa,\n\nObrigado pelo seu interesse na Nordfeld do Brasil Comércio de Insumos Agrícolas Ltda. Recebemos sua candidatura para a vaga R-04417 Analista de Controladoria Pleno (Curitiba).\n\nAnalisaremos seu perfil e, caso haja aderência, entraremos em contato. Caso não seja selecionada, você também será informada.\n\nAtenciosamente,\nTalent Acquisition Nordfeld Agro",
    ),
    m(
        "80744",
        "2025-12-02 11:00",
        "Nordfeld Agro <nordfeld@myworkday.com>",
        "Convite: avaliação online - R-04417",
        P("assessment", NF, NFR, 16, "workday"),
        "Olá Larissa,\n\nComo próxima etapa, convidamos você a realizar uma avaliação online de raciocínio numérico e Excel (aprox. 40 min). Acesse pelo portal de candidatos Workday até 07/12.\n\nTalent Acquisition Nordfeld Agro",
    ),
    m(
        "80750",
        "2025-12-11 15:30",
        "Luana Witt <luana.witt@nordfeld-agro.com>",
        "Entrevista - Analista de Controladoria | Nordfeld",
        P("interview", NF, NFR, 16, "direct"),
        "Olá Larissa,\n\nParabéns pelo resultado na avaliação. Gostaríamos de agendar a entrevista com a gestora, Karin Bauer (Head of Controlling LATAM). Enviei o convite do Teams para 17/12 às 11h.\n\nObrigada,\nLuana Witt\nTalent Acquisition Partner\nNordfeld do Brasil",
        ics=ev(
            "040000008200E00074C5B7101A82E008-nfa-7781",
            "2025-12-17 11:00",
            "Entrevista Larissa Kowalski - R-04417",
            ("Luana Witt", "luana.witt@nordfeld-agro.com"),
            60,
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "80757",
        "2026-01-09 09:10",
        "Luana Witt <luana.witt@nordfeld-agro.com>",
        "Re: Entrevista - Analista de Controladoria | Nordfeld",
        P("confirmation", NF, NFR, 16, "direct"),
        st="on_hold",
        text="Olá Larissa, feliz ano novo!\n\nQueria te dar uma posição: a vaga R-04417 está suspensa até a definição do budget de headcount 2026 pela matriz. Assim que tivermos retorno, te aviso. Você está entre as finalistas.\n\nAbraços,\nLuana",
    ),
]
