# ruff: noqa: E501, RUF100
"""Corpus 101, Portuguese job mail (data only): see heldout101.py."""

from __future__ import annotations

from functools import partial

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "+0100" if day < "2025-10-26" else "+0000"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="pt"):
    return (cat, co, role, app, src, lang)


def ev(start, uid, summary, organizer, minutes=60, style="outlook", **kw):
    out = {
        "start": f"{start}:00 {_tz(start[:10])}",
        "uid": uid,
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        "style": style,
    }
    out.update(kw)
    return out


AV, AVR = "Farmácia Avenida", "Farmacêutica Adjunta"
LVP, LVPR = "Laboratórios Vasconcelos Prata", "Especialista de Assuntos Regulamentares"
DF, DFR = "Distrifarma Centro", "Técnica de Garantia de Qualidade"
CV, CVR = "Corvalis Pharma", "Regulatory Affairs Specialist (CMC)"
CM, CMR = "Clínica Mondego Saúde", "Farmacêutico Hospitalar (m/f)"
BS, BSR = "Farmácia Boavista-Sá", "Diretor(a) Técnico(a)"
QF, QFR = "Quantifarma Solutions", "Pharmacovigilance Data Analyst"
SB, SBR = "Farmácia Sousa Brandão", "Farmacêutico(a)"
MD, MDR = "Medilusa", "Delegada de Informação Médica"
CE, CER = "Farmácia Celas", "Farmacêutico/a Substituto/a"
OM, OMR = "Ortomedis", "Especialista de Assuntos Regulamentares – Dispositivos Médicos"
LC, LCR = "Hospital Lusocare Coimbra", "Farmacêutico(a) Hospitalar"
VT, VTR = "Vitalis", "Farmacêutica Responsável (farmácia online)"
SP, SPR = "Saúde+ Farmácias", "Farmacêutico(a) Comunitário(a)"
FC, FCR = "Farcentro", "Farmacêutica Responsável de Armazém"
FD, FDR = "Farmoderma", "Técnico(a) de Assuntos Regulamentares"

SIG_AV = "\n\nCom os melhores cumprimentos,\n\nSofia Meireles\nRecursos Humanos\nGrupo Farmaviva, S.A.\nRua da Sofia, 112 – 3000-389 Coimbra\nwww.farmaviva.pt"

MAIL = [
    # --- 1 Farmácia Avenida (mail from Grupo Farmaviva) ---------------------------------------
    m(
        "70311",
        "2025-09-04 11:20",
        "Grupo Farmaviva – Recrutamento <recrutamento@farmaviva.pt>",
        "RE: Candidatura espontânea – Inês Marques",
        A("confirmation", AV, AVR, 1, "direct"),
        "Boa tarde Dra. Inês Marques,\n\nAgradecemos o envio do seu currículo. A sua candidatura foi registada para a vaga de Farmacêutica Adjunta na Farmácia Avenida (Coimbra), uma das farmácias do Grupo Farmaviva.\n\nCaso o seu perfil corresponda ao pretendido, entraremos em contacto nas próximas duas semanas. Se não for selecionada para a fase seguinte, os seus dados ficarão na nossa base de recrutamento durante 12 meses, salvo indicação em contrário."
        + SIG_AV
        + "\n\n-----Mensagem original-----\nDe: Inês Marques\nEnviada: 3 de setembro de 2025 22:41\nAssunto: Candidatura espontânea – Inês Marques\n\nExmos. Senhores,\nenvio em anexo o meu CV para a vaga anunciada na montra da Farmácia Avenida...",
    ),
    m(
        "70318",
        "2025-09-10 09:05",
        "Sofia Meireles <sofia.meireles@farmaviva.pt>",
        "Entrevista – Farmácia Avenida",
        A("interview", AV, AVR, 1, "direct"),
        "Bom dia Dra. Inês,\n\nNa sequência da sua candidatura, gostaríamos de a convidar para uma entrevista presencial na Farmácia Avenida (Av. Fernão de Magalhães, 301, Coimbra) com a Diretora Técnica, Dra. Helena Bastos, e comigo.\n\nProposta: terça-feira, 16 de setembro, às 15h00. Duração prevista: 45 minutos.\n\nPeço-lhe que confirme a disponibilidade por esta via."
        + SIG_AV,
        ics=ev(
            "2025-09-16 15:00",
            "fv-0916-imarques@farmaviva.pt",
            "Entrevista – Inês Marques (Farmácia Avenida)",
            ("Sofia Meireles", "sofia.meireles@farmaviva.pt"),
            minutes=45,
            location="Farmácia Avenida, Av. Fernão de Magalhães 301, Coimbra",
        ),
    ),
    m(
        "70324",
        "2025-09-22 18:12",
        "Sofia Meireles <sofia.meireles@farmaviva.pt>",
        "Proposta de colaboração",
        A("offer", AV, AVR, 1, "direct"),
        "Cara Dra. Inês,\n\nFoi um gosto conhecê-la na semana passada. Temos o prazer de lhe apresentar uma proposta para a função de Farmacêutica Adjunta na Farmácia Avenida:\n\n- Contrato sem termo, 40h semanais, com horário rotativo (inclui um sábado por mês)\n- Remuneração base de 1.650 € brutos x 14, subsídio de alimentação em cartão\n- Início: 13 de outubro de 2025\n\nSegue em anexo a proposta formal. Agradecemos uma resposta até 1 de outubro."
        + SIG_AV,
        attach=[("Proposta_Farmacia_Avenida_IMarques.pdf", "application/pdf", "%PDF-1.4 proposta")],
    ),
    m(
        "70329",
        "2025-10-02 10:30",
        "Sofia Meireles <sofia.meireles@farmaviva.pt>",
        "RE: Proposta de colaboração",
        A("offer", AV, AVR, 1, "direct"),
        "Cara Dra. Inês,\n\nLamentamos a sua decisão, mas compreendemos perfeitamente os motivos que apresentou. Registámos que não aceita a proposta.\n\nDesejamos-lhe o maior sucesso profissional e as portas do Grupo Farmaviva ficam abertas."
        + SIG_AV
        + "\n\n> Cara Dra. Sofia,\n> agradeço muito a proposta e a simpatia de toda a equipa. Depois de pensar bem, decidi não aceitar, porque pretendo seguir para a área regulamentar.\n> Cumprimentos,\n> Inês",
        st="declined",
        **{"In-Reply-To": "<70324.20250922.23@farmaviva.pt>"},
    ),
    # --- 2 LVP (SuccessFactors) ------------------------------------------------------------------
    m(
        "70402",
        "2025-09-08 14:47",
        "LVP Recrutamento <noreply@successfactors.eu>",
        "Confirmação de candidatura – Especialista de Assuntos Regulamentares (Req. 4471)",
        A("confirmation", LVP, LVPR, 2, "other"),
        html="<html><body><p>Cara Inês Carvalho Marques,</p><p>Obrigado pela sua candidatura à vaga <b>Especialista de Assuntos Regulamentares</b> (Requisição 4471), Coimbra.</p><p>A equipa de Recursos Humanos irá analisar o seu perfil. Infelizmente não nos é possível responder individualmente a todas as candidaturas; se não receber notícias nossas no prazo de 30 dias, considere que o processo seguiu outro rumo.</p><p>Pode acompanhar o estado da candidatura no nosso portal de carreiras.</p><p>Laboratórios Vasconcelos Prata, S.A.<br>Zona Industrial da Pedrulha, Coimbra</p></body></html>",
    ),
    m(
        "70406",
        "2025-09-24 16:02",
        "Carla Pimentel <carla.pimentel@lvp.pt>",
        "Estudo de caso – processo de recrutamento Assuntos Regulamentares",
        A("assessment", LVP, LVPR, 2, "direct"),
        "Olá Inês,\n\nObrigada pelo seu interesse na LVP. Como próxima fase do processo, pedimos-lhe que prepare um pequeno estudo de caso: em anexo encontra o cenário de uma alteração de tipo IB a um medicamento genérico (mudança de fabricante da substância ativa). Gostaríamos que descrevesse a estratégia de submissão e a documentação do Módulo 3 a atualizar, em no máximo 4 páginas.\n\nPrazo de entrega: 3 de outubro. A apresentação será discutida na entrevista seguinte.\n\nBom trabalho,\nCarla Pimentel\nTalent Acquisition | LVP – Laboratórios Vasconcelos Prata\nT. +351 239 480 210",
        attach=[("LVP_estudo_de_caso_variacao_IB.pdf", "application/pdf", "%PDF-1.4 caso")],
    ),
    m(
        "70409",
        "2025-10-08 10:15",
        "Carla Pimentel <carla.pimentel@lvp.pt>",
        "Entrevista Teams | LVP – Inês Marques",
        A("interview", LVP, LVPR, 2, "direct"),
        "Olá Inês,\n\nRecebemos o seu estudo de caso, obrigada. Convidamo-la para uma entrevista por Microsoft Teams com o Dr. Rui Fontes (Diretor de Assuntos Regulamentares) e comigo, no dia 14 de outubro às 10h00.\n\nSegue o convite. Qualquer problema, diga-me.\n\nCarla Pimentel\nTalent Acquisition | LVP",
        ics=ev(
            "2025-10-14 10:00",
            "040000008200E00074C5B7101A82E00800000000LVP4471",
            "Entrevista – Assuntos Regulamentares (Inês Marques)",
            ("Carla Pimentel", "carla.pimentel@lvp.pt"),
            description="Reunião do Microsoft Teams\nParticipe no seu computador ou aplicação móvel\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_LVP4471",
            location="Reunião do Microsoft Teams",
            attendees=[("Rui Fontes", "rui.fontes@lvp.pt")],
        ),
    ),
    m(
        "70413",
        "2025-10-29 17:40",
        "LVP Recrutamento <noreply@successfactors.eu>",
        "A sua candidatura",
        A("rejection", LVP, LVPR, 2, "other"),
        html="<html><body><p>Cara Inês,</p><p>Queremos agradecer-lhe o tempo e o empenho que dedicou ao nosso processo de recrutamento, em particular a qualidade do estudo de caso que apresentou, muito elogiado pela equipa.</p><p>Após uma análise cuidada, lamentamos informar que decidimos avançar com outro candidato cuja experiência em submissões centralizadas se ajusta mais às necessidades atuais da equipa.</p><p>Guardaremos o seu perfil para futuras oportunidades e esperamos voltar a cruzar-nos.</p><p>Com os melhores cumprimentos,<br>Recursos Humanos<br>Laboratórios Vasconcelos Prata, S.A.</p></body></html>",
    ),
    # --- 4 Distrifarma Centro (Teamtailor) -------------------------------------------------------
    m(
        "70501",
        "2025-09-15 21:33",
        "Distrifarma Centro <no-reply@teamtailor-mail.com>",
        "Obrigado pela sua candidatura!",
        A("confirmation", DF, DFR, 4, "teamtailor"),
        "Olá Inês,\n\nObrigado pela candidatura para Técnica de Garantia de Qualidade (Taveiro, Coimbra). Recebemos os seus documentos e vamos analisá-los com atenção.\n\nEntraremos em contacto assim que tivermos novidades sobre o processo.\n\nCumprimentos,\nEquipa de Pessoas – Distrifarma\n\nhttps://dfc-rh.teamtailor.com/jobs/5521904-tecnica-de-garantia-de-qualidade",
    ),
    m(
        "70504",
        "2025-09-29 12:10",
        "Marta Valente via Teamtailor <no-reply@teamtailor-mail.com>",
        "Convite para entrevista – Técnica de Garantia de Qualidade",
        A("interview", DF, DFR, 4, "teamtailor"),
        "Olá Inês,\n\nGostaríamos de falar consigo sobre a vaga de Técnica de Garantia de Qualidade. Escolha por favor um horário para uma primeira conversa por Teams (30 min) através da ligação abaixo:\n\nhttps://dfc-rh.teamtailor.com/meetings/8c1f20\n\nAté breve,\nMarta Valente\nDistrifarma – Distribuição Farmacêutica do Centro, Lda.",
    ),
    m(
        "70506",
        "2025-09-29 12:26",
        "Marta Valente via Teamtailor <no-reply@teamtailor-mail.com>",
        "Entrevista confirmada: Inês Marques / Distrifarma",
        A("interview", DF, DFR, 4, "teamtailor"),
        "A sua reunião foi marcada.\n\nQuando: quinta-feira, 2 de outubro de 2025, 11:00–11:30 (Lisboa)\nOnde: Microsoft Teams (a ligação está no convite)\nCom: Marta Valente\n\nPrecisa de mudar? Remarque aqui: https://dfc-rh.teamtailor.com/meetings/8c1f20/reschedule",
        ics=ev(
            "2025-10-02 11:00",
            "tt-8c1f20@teamtailor.com",
            "Inês Marques / Distrifarma – Técnica de Garantia de Qualidade",
            ("Marta Valente", "no-reply@teamtailor-mail.com"),
            minutes=30,
            style="google",
            location="Microsoft Teams",
        ),
    ),
    m(
        "70508",
        "2025-10-06 09:44",
        "Marta Valente <marta.valente@distrifarma.pt>",
        "2.ª entrevista – presencial em Taveiro",
        A("interview", DF, DFR, 4, "direct"),
        "Olá Inês,\n\nObrigada pela conversa de quinta-feira. Gostávamos de a receber nas nossas instalações em Taveiro para uma entrevista presencial com o Diretor Técnico e a responsável de Qualidade, seguida de uma visita ao armazém.\n\nData: 13 de outubro, 14h30. Traga por favor a cédula profissional.\n\nMarta Valente\nPessoas & Cultura\nDistrifarma Centro, Lda. | Parque Empresarial de Taveiro, Lote 7",
    ),
    m(
        "70512",
        "2025-10-27 15:05",
        "Distrifarma Centro <no-reply@teamtailor-mail.com>",
        "Processo de recrutamento - atualização",
        A("rejection", DF, DFR, 4, "teamtailor"),
        "Olá Inês,\n\nMuito obrigado pelo tempo que nos dedicou, incluindo a visita a Taveiro. Gostámos muito de a conhecer e do seu conhecimento de Boas Práticas de Distribuição.\n\nInfelizmente, desta vez não vamos avançar com a sua candidatura: escolhemos uma pessoa com experiência prévia em armazém grossista.\n\nSe nos permitir, manteremos o seu perfil na nossa comunidade de talento.\n\nCumprimentos,\nEquipa de Pessoas – Distrifarma",
    ),
    # --- 5 Talentia (agency) -> Corvalis Pharma --------------------------------------------------
    m(
        "70601",
        "2025-10-06 10:58",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "Oportunidade – Regulatory Affairs Specialist | multinacional farmacêutica (Lisboa, híbrido)",
        ("outreach", None, CVR, None, "agency", "pt"),
        "Olá Inês,\n\nEncontrei o seu perfil no LinkedIn e creio que pode ter interesse num processo que estou a conduzir em exclusivo para uma multinacional farmacêutica com centro de operações em Lisboa.\n\nProcuram um/a Regulatory Affairs Specialist com foco em CMC (Módulo 3), para gerir variações e renovações na UE. Modelo híbrido (2 dias no escritório), possibilidade de trabalhar parcialmente a partir de Coimbra.\n\nTem disponibilidade para uma chamada esta semana?\n\nDuarte Sequeira\nSenior Consultant – Life Sciences\nTalentia Life Sciences | Av. da Liberdade 190, Lisboa\n+351 913 402 118",
    ),
    m(
        "70603",
        "2025-10-09 16:20",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "RE: Oportunidade – Regulatory Affairs Specialist | multinacional farmacêutica (Lisboa, híbrido)",
        A("confirmation", CV, CVR, 5, "agency"),
        "Olá Inês,\n\nObrigado pela conversa de ontem. Como combinado, apresentei hoje a sua candidatura ao cliente – posso agora dizer-lhe que se trata da Corvalis Pharma (Corvalis Farmacêutica Portugal, Unipessoal Lda.), no Parque das Nações.\n\nAssim que tiver feedback da Hiring Manager, dou-lhe notícias. Por favor não se candidate diretamente no site deles para evitar duplicações.\n\nAbraço,\nDuarte\n\n> Olá Duarte, tenho interesse sim. Pode ligar-me amanhã depois das 18h.\n> Inês",
        **{"In-Reply-To": "<70601.20251006.91@talentia-ls.pt>"},
    ),
    m(
        "70605",
        "2025-10-14 09:12",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "Corvalis – 1.ª entrevista (Teams)",
        A("interview", CV, CVR, 5, "agency"),
        "Olá Inês,\n\nBoas notícias: a Corvalis quer avançar. A primeira entrevista será com a Joana Ferraz (Regulatory Affairs Lead, Iberia) por Teams, na próxima terça, 21 de outubro, às 17h00. Vai ser em inglês na segunda metade, esteja preparada.\n\nO convite segue à parte, enviado por ela.\n\nDuarte",
    ),
    m(
        "70606",
        "2025-10-14 09:30",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "Resposta automática: Corvalis – 1.ª entrevista (Teams)",
        ("other_job", CV, CVR, None, "agency", "pt"),
        "Obrigado pelo seu email. Estarei fora do escritório entre 14 e 16 de outubro, com acesso limitado ao correio. Para assuntos urgentes contacte a nossa equipa através de lifesciences@talentia-ls.pt.\n\nDuarte Sequeira | Talentia Life Sciences",
    ),
    m(
        "70612",
        "2025-12-19 11:48",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "Corvalis – feedback final",
        A("interview", CV, CVR, 5, "agency"),
        "Olá Inês,\n\nFalei agora com a Joana: a entrevista final correu muito bem e és uma das duas finalistas. Por causa do fecho de ano, a decisão só sai na primeira quinzena de janeiro. Vão pedir-te referências – podes enviar-me dois contactos?\n\nBoas festas,\nDuarte",
    ),
    m(
        "70615",
        "2026-01-12 13:05",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "Proposta Corvalis 🎉",
        A("offer", CV, CVR, 5, "agency"),
        "Inês,\n\nComo falámos ao telefone: a Corvalis Pharma vai fazer-te uma proposta! Resumo das condições:\n- Regulatory Affairs Specialist (CMC), contrato sem termo\n- 2.450 € brutos x 14 + seguro de saúde + bónus anual até 10 %\n- Híbrido: 2 dias em Lisboa, restantes em remoto a partir de Coimbra\n- Início previsto: 2 de março\n\nA carta formal chega pela DocuSign ainda hoje ou amanhã.\n\nParabéns!\nDuarte",
    ),
    # --- 6 Laborvia (agency) -> Clínica Mondego Saúde ------------------------------------------
    m(
        "70701",
        "2025-09-19 08:55",
        "Laborvia Recursos Humanos <candidaturas@laborvia.pt>",
        "Candidatura recebida – Farmacêutico Hospitalar (m/f) – Coimbra",
        A("confirmation", CM, CMR, 6, "agency"),
        "Olá Inês Carvalho Marques,\n\nConfirmamos a receção da sua candidatura à oferta Farmacêutico Hospitalar (m/f) – Coimbra (ref. LV-COI-2291), para o nosso cliente Clínica Mondego Saúde.\n\nSe o seu perfil for selecionado, um consultor da Laborvia entrará em contacto telefónico. Caso não seja contactada nos próximos 15 dias úteis, considere que a sua candidatura não foi selecionada para esta oferta.\n\nLaborvia – Empresa de Trabalho Temporário, Lda. | Licença n.º 412",
    ),
    # --- 7 Farmácia Boavista-Sá (Indeed) ----------------------------------------------------------
    m(
        "70801",
        "2025-09-18 19:02",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Diretor(a) Técnico(a) – Farmácia Boavista-Sá",
        A("confirmation", BS, BSR, 7, "indeed"),
        html="<html><body><h2>A sua candidatura foi enviada</h2><p><b>Diretor(a) Técnico(a)</b><br>Farmácia Boavista-Sá – Porto, Porto</p><p>Os seguintes itens foram enviados ao empregador: CV, respostas às perguntas de triagem.</p><p>Boa sorte! Pode acompanhar esta candidatura em <a href='https://pt.indeed.com/myjobs'>As minhas candidaturas</a>.</p><p style='font-size:11px'>© 2025 Indeed</p></body></html>",
    ),
    m(
        "70804",
        "2025-10-07 12:31",
        "Farmácia Boavista-Sá <geral@farmaciaboavistasa.pt>",
        "Resposta à sua candidatura",
        A("rejection", BS, BSR, 7, "direct"),
        "Exma. Senhora Dra. Inês Marques,\n\nAgradecemos o seu interesse na vaga de Diretor(a) Técnico(a) que publicámos. O seu percurso é muito interessante, mas para esta função procuramos alguém com pelo menos cinco anos de direção técnica e residência no Porto.\n\nLamentamos não poder dar seguimento à sua candidatura nesta fase.\n\nCom os melhores cumprimentos,\nA Gerência\nFarmácia Boavista-Sá – Sá & Filhos, Lda.",
    ),
    # --- 19 Boavista-Sá re-application (Indeed) ----------------------------------------------------
    m(
        "70807",
        "2025-12-05 22:14",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Diretor(a) Técnico(a) – Farmácia Boavista-Sá",
        A("confirmation", BS, BSR, 19, "indeed"),
        html="<html><body><h2>A sua candidatura foi enviada</h2><p><b>Diretor(a) Técnico(a)</b><br>Farmácia Boavista-Sá – Porto, Porto</p><p>Os seguintes itens foram enviados ao empregador: CV, carta de apresentação.</p><p>Pode acompanhar esta candidatura em <a href='https://pt.indeed.com/myjobs'>As minhas candidaturas</a>.</p></body></html>",
    ),
    # --- 8 Quantifarma (ITJobs) -----------------------------------------------------------------
    m(
        "70901",
        "2025-09-22 10:03",
        "ITJobs <noreply@itjobs.pt>",
        "Candidatura submetida: Pharmacovigilance Data Analyst",
        A("confirmation", QF, QFR, 8, "other"),
        'Olá Inês,\n\nA tua candidatura à oferta "Pharmacovigilance Data Analyst" da empresa Quantifarma Solutions, Lda. (Lisboa / remoto) foi submetida com sucesso.\n\nA empresa vai receber o teu CV e a mensagem de apresentação. Boa sorte!\n\nEquipa ITJobs\nhttps://www.itjobs.pt/oferta/48812/pharmacovigilance-data-analyst',
    ),
    # --- 10 IEFP -> Farmácia Sousa Brandão ----------------------------------------------------------
    m(
        "71001",
        "2025-10-03 10:40",
        "IEFP – Instituto do Emprego e Formação Profissional <iefponline@iefp.pt>",
        "Oferta de emprego n.º 588214367 – candidatura",
        A("confirmation", SB, SBR, 10, "other"),
        "Exma. Senhora Inês Carvalho Marques,\n\nInformamos que a sua candidatura à oferta de emprego n.º 588214367 (Farmacêutico(a) – Condeixa-a-Nova), da entidade Farmácia Sousa Brandão, Unipessoal Lda., foi registada no portal iefponline e comunicada à entidade empregadora.\n\nA entidade poderá contactá-la diretamente para agendamento de entrevista.\n\nServiço de Emprego de Coimbra\nIEFP, I.P.\n\nEsta mensagem foi gerada automaticamente. Por favor não responda.",
    ),
    m(
        "71004",
        "2025-10-09 21:17",
        "Paulo Brandão <paulo.sbrandao@gmail.com>",
        "Entrevista farmácia Condeixa",
        A("interview", SB, SBR, 10, "direct"),
        "Boa noite Dra. Inês,\n\nSou o proprietário da Farmácia Sousa Brandão em Condeixa. Recebi o seu contacto pelo IEFP. Podia passar cá na segunda dia 13 ao fim da tarde, pelas 18h30, para conversarmos? É só uma conversa informal.\n\nCumprimentos\nPaulo Brandão\n\nEnviado do meu iPhone",
    ),
    m(
        "71007",
        "2025-10-16 08:22",
        "Paulo Brandão <paulo.sbrandao@gmail.com>",
        "Re: Entrevista farmácia Condeixa",
        A("confirmation", SB, SBR, 10, "direct"),
        "Bom dia Dra. Inês,\n\nCompreendo, obrigado por avisar com franqueza. Fica sem efeito então. Se um dia mudar de ideias já sabe onde estamos.\n\nPaulo Brandão\n\nEm qua., 15/10/2025 às 22:04, Inês Marques escreveu:\n> Caro Sr. Paulo Brandão,\n> obrigada pela conversa de segunda. Depois de pensar melhor, prefiro retirar a minha candidatura: o horário com noites de serviço não é compatível com o mestrado que vou iniciar.\n> Com os melhores cumprimentos,\n> Inês Marques",
        st="withdrawn",
        **{"In-Reply-To": "<71004.20251009.28@gmail.com>"},
    ),
    # --- 13 Medilusa (SAPO Emprego) ---------------------------------------------------------------
    m(
        "71301",
        "2025-09-29 13:15",
        "SAPO Emprego <noreply@emprego.sapo.pt>",
        "Candidatura enviada com sucesso",
        A("confirmation", MD, MDR, 13, "other"),
        html="<html><body><p>Olá Inês,</p><p>A sua candidatura ao anúncio <b>Delegada de Informação Médica – Zona Centro</b> foi enviada com sucesso para <b>Medilusa, Lda.</b></p><p>Pode consultar todas as suas candidaturas na sua área pessoal.</p><p>SAPO Emprego</p></body></html>",
    ),
    m(
        "71304",
        "2025-10-24 09:50",
        "Recursos Humanos Medilusa <rh@medilusa.pt>",
        "A sua candidatura",
        A("rejection", MD, MDR, 13, "direct"),
        "Exma. Sra. Inês Marques,\n\nAgradecemos o seu interesse em integrar a equipa Medilusa e a candidatura que nos enviou para a função de Delegada de Informação Médica.\n\nRecebemos um número muito elevado de candidaturas e, após análise, lamentamos informar que o seu perfil não foi selecionado para a fase de entrevistas.\n\nDesejamos-lhe as maiores felicidades.\n\nDepartamento de Recursos Humanos\nMedilusa – Produtos Farmacêuticos, Lda.",
    ),
    # --- 14 Farmácia Celas (Net-Empregos) ----------------------------------------------------------
    m(
        "71401",
        "2025-11-03 20:48",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada - Farmacêutico/a Substituto/a (Coimbra)",
        A("confirmation", CE, CER, 14, "other"),
        'A sua candidatura ao anúncio "Farmacêutico/a Substituto/a (Coimbra)" foi enviada para o anunciante.\n\nRef. do anúncio: 11872345\nAnunciante: Farmácia Celas\n\nObrigado por utilizar o Net-Empregos.\nwww.net-empregos.com',
    ),
    m(
        "71404",
        "2025-11-06 12:02",
        "Farmácia Celas <farmaciacelas@sapo.pt>",
        "Candidatura – Farmacêutico Substituto",
        A("interview", CE, CER, 14, "direct"),
        "Boa tarde,\n\nRecebemos o seu CV através do Net-Empregos. Gostaríamos de a conhecer: pode vir à farmácia na segunda-feira, 10 de novembro, às 10h? Pergunte pela Dra. Lurdes.\n\nObrigada,\nLurdes Abrantes\nDiretora Técnica\nFarmácia Celas – Rua Augusto Rocha, Coimbra",
    ),
    m(
        "71407",
        "2025-11-26 18:30",
        "Farmácia Celas <farmaciacelas@sapo.pt>",
        "Substituição",
        A("rejection", CE, CER, 14, "direct"),
        "Cara Inês,\n\nGostei muito de a conhecer e acho que tem um perfil excelente – ficará certamente bem em qualquer farmácia. Acabámos por optar por uma colega que já tinha trabalhado connosco em substituições anteriores e conhece o sistema Sifarma da casa.\n\nObrigada pela disponibilidade e muitas felicidades.\n\nLurdes Abrantes",
    ),
    # --- 16 Ortomedis (Teamtailor) ------------------------------------------------------------------
    m(
        "71601",
        "2025-10-27 18:20",
        "Ortomedis <no-reply@teamtailor-mail.com>",
        "Recebemos a sua candidatura – Ortomedis",
        A("confirmation", OM, OMR, 16, "teamtailor"),
        html="<html><body><p>Olá Inês,</p><p>Obrigado por se candidatar à posição <b>Especialista de Assuntos Regulamentares – Dispositivos Médicos</b> (Maia, Porto).</p><p>Vamos rever a sua candidatura e daremos notícias em breve. Entretanto, conheça melhor a nossa equipa em ortomedis.teamtailor.com.</p><p>Equipa de Talento<br>Ortomedis – Tecnologias Médicas, S.A.</p></body></html>",
    ),
    m(
        "71604",
        "2025-11-07 11:11",
        "Tiago Rebelo via Teamtailor <no-reply@teamtailor-mail.com>",
        "Entrevista confirmada: Inês Marques / Ortomedis",
        A("interview", OM, OMR, 16, "teamtailor"),
        "A sua reunião foi marcada.\n\nQuando: quarta-feira, 12 de novembro de 2025, 16:00–16:45 (Lisboa)\nOnde: Microsoft Teams\nCom: Tiago Rebelo (Regulatory & Quality Manager)\n\nPrecisa de mudar? https://ortomedis.teamtailor.com/meetings/a41e7/reschedule",
        ics=ev(
            "2025-11-12 16:00",
            "tt-a41e7@teamtailor.com",
            "Inês Marques / Ortomedis – Especialista AR Dispositivos Médicos",
            ("Tiago Rebelo", "no-reply@teamtailor-mail.com"),
            minutes=45,
            style="google",
            location="Microsoft Teams",
        ),
    ),
    m(
        "71607",
        "2025-12-09 10:26",
        "Tiago Rebelo <tiago.rebelo@ortomedis.pt>",
        "Ponto de situação – vaga Assuntos Regulamentares",
        A("confirmation", OM, OMR, 16, "direct"),
        "Olá Inês,\n\nQueria dar-lhe um ponto de situação honesto: a administração decidiu congelar as novas contratações até à aprovação do orçamento de 2026, por isso o processo para a vaga de Assuntos Regulamentares está suspenso. Não foi nada relacionado com o seu perfil – gostámos bastante da conversa.\n\nConto retomar o contacto em fevereiro ou março, se a vaga for reaberta.\n\nCumprimentos,\nTiago Rebelo\nRegulatory & Quality Manager | Ortomedis",
        st="on_hold",
    ),
    # --- 17 Hospital Lusocare Coimbra (SuccessFactors) ------------------------------------------------
    m(
        "71701",
        "2025-11-05 09:58",
        "Lusocare Carreiras <noreply@successfactors.eu>",
        "Candidatura recebida – Farmacêutico(a) Hospitalar – Hospital Lusocare Coimbra",
        A("confirmation", LC, LCR, 17, "other"),
        "Cara Inês,\n\nObrigado pelo interesse no Hospital Lusocare Coimbra. Recebemos a sua candidatura para Farmacêutico(a) Hospitalar (ID 20931).\n\nO processo de seleção pode incluir triagem curricular, entrevista e avaliação técnica. Apenas os candidatos selecionados serão contactados.\n\nLusocare – Gestão Hospitalar, S.A.\nDireção de Pessoas",
    ),
    m(
        "71704",
        "2025-12-02 16:44",
        "Lusocare Carreiras <noreply@successfactors.eu>",
        "Processo de recrutamento - atualização",
        A("rejection", LC, LCR, 17, "other"),
        "Cara Inês,\n\nAgradecemos a sua candidatura à vaga Farmacêutico(a) Hospitalar (ID 20931).\n\nApós análise de todos os perfis, informamos que não foi selecionada para as próximas fases. Esta decisão não é um juízo sobre o seu valor profissional; a vaga exigia especialização em farmácia hospitalar reconhecida pela Ordem.\n\nObrigado pelo seu interesse no grupo Lusocare.\n\nDireção de Pessoas",
    ),
    # --- 18 Vitalis (co-founder from Gmail) -------------------------------------------------------------
    m(
        "71801",
        "2025-11-07 23:02",
        "Bernardo Lacerda <bernardo.lacerda.vt@gmail.com>",
        "Vitalis – conversa?",
        A("interview", VT, VTR, 18, "direct"),
        "Olá Inês!\n\nObrigado pela mensagem e pelo CV. Sou um dos fundadores da Vitalis (a farmácia online que estamos a lançar no Porto, ainda em modo semi-stealth). Precisamos de uma farmacêutica responsável que perceba de regulamentar – o teu perfil encaixa.\n\nMandei-te um convite para terça às 19h por Google Meet, vê se dá jeito.\n\nAbraço,\nBernardo\n(escrevo do gmail porque o domínio ainda não está configurado 😅)",
        ics=ev(
            "2025-11-11 19:00",
            "4t7k2vitalis@google.com",
            "Inês / Bernardo – Vitalis",
            ("Bernardo Lacerda", "bernardo.lacerda.vt@gmail.com"),
            minutes=40,
            style="google",
            description="Participar com o Google Meet: https://meet.google.com/qxe-kmbr-vto",
            location="Google Meet",
        ),
    ),
    m(
        "71803",
        "2025-11-18 10:12",
        "Bernardo Lacerda <bernardo.lacerda.vt@gmail.com>",
        "Re: Vitalis – conversa?",
        A("assessment", VT, VTR, 18, "direct"),
        "Olá Inês,\n\nAdorámos a conversa. Como próximo passo, pedíamos-te um pequeno exercício: um plano de 1-2 páginas dos passos para licenciar a venda de MNSRM e MSRM à distância junto do INFARMED, e os principais riscos. Sem pressa, até ao fim do mês.\n\nAbraço,\nBernardo\n\nNa ter., 11/11/2025, 20:03, Inês Marques escreveu:\n> Obrigada pelo tempo hoje, Bernardo. Fico a aguardar notícias.",
    ),
    # --- 20 Saúde+ Farmácias (Indeed) ------------------------------------------------------------------
    m(
        "72001",
        "2025-11-17 13:40",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Farmacêutico(a) Comunitário(a)",
        A("confirmation", SP, SPR, 20, "indeed"),
        html="<html><body><h2>A sua candidatura foi enviada</h2><p><b>Farmacêutico(a) Comunitário(a)</b><br>Saúde+ Farmácias – Lisboa, Lisboa</p><p>Os seguintes itens foram enviados ao empregador: CV.</p><p>Dica: os empregadores respondem geralmente em 2 semanas.</p></body></html>",
    ),
    m(
        "72004",
        "2025-12-12 09:30",
        "Saúde+ Farmácias <nao-responder@saudemais-farmacias.pt>",
        "A sua candidatura à Saúde+",
        A("rejection", SP, SPR, 20, "direct"),
        "Olá Inês,\n\nObrigado por querer fazer parte da família Saúde+. Analisámos o seu currículo com todo o cuidado e reconhecemos a sua formação sólida.\n\nNeste momento, contudo, não iremos avançar com a sua candidatura para as farmácias da zona de Lisboa. Lamentamos e desejamos-lhe muito sucesso.\n\nEquipa de Recrutamento\nSaúde+ Farmácias, S.A.",
    ),
    # --- 23 Farcentro (named only in the signature) ------------------------------------------------------
    m(
        "72301",
        "2025-12-18 11:05",
        "Recursos Humanos <rh@farcentro.pt>",
        "RE: Candidatura – Farmacêutica Responsável de Armazém",
        A("confirmation", FC, FCR, 23, "direct"),
        "Boa tarde,\n\nAcusamos a receção da sua candidatura, que será analisada pela Direção Técnica. O processo deverá decorrer em janeiro.\n\nCumprimentos,\n\nAna Rita Cordeiro\nGabinete de Recursos Humanos\nFarcentro – Cooperativa Farmacêutica do Centro, CRL\nEstrada de Eiras, 45 – 3020-199 Coimbra",
    ),
    m(
        "72303",
        "2026-01-02 15:20",
        "Ana Rita Cordeiro <anarita.cordeiro@farcentro.pt>",
        "Entrevista – 7 de janeiro",
        A("interview", FC, FCR, 23, "direct"),
        "Boa tarde Dra. Inês,\n\nVimos por este meio convidá-la para uma entrevista presencial nas nossas instalações de Eiras, no dia 7 de janeiro às 11h00, com a Diretora Técnica Dra. Manuela Simões.\n\nAgradecemos confirmação.\n\nAna Rita Cordeiro\nGabinete de Recursos Humanos\nFarcentro, CRL",
    ),
    m(
        "72306",
        "2026-01-22 17:03",
        "Ana Rita Cordeiro <anarita.cordeiro@farcentro.pt>",
        "Processo de recrutamento",
        A("rejection", FC, FCR, 23, "direct"),
        "Cara Dra. Inês,\n\nEm nome da Direção Técnica agradeço a sua disponibilidade e a entrevista muito agradável. Foi um processo difícil, com candidatos de grande qualidade.\n\nLamentamos informar que a escolha recaiu sobre outra candidata. Desejamos-lhe o melhor para o novo desafio que nos referiu.\n\nAna Rita Cordeiro\nFarcentro, CRL",
    ),
    # --- 24 Farmoderma (Net-Empregos) -----------------------------------------------------------------------
    m(
        "72401",
        "2025-09-26 22:05",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada - Técnico(a) de Assuntos Regulamentares (Cantanhede)",
        A("confirmation", FD, FDR, 24, "other"),
        'A sua candidatura ao anúncio "Técnico(a) de Assuntos Regulamentares (Cantanhede)" foi enviada para o anunciante.\n\nRef. do anúncio: 11790018\nAnunciante: Farmoderma Lab – Cosmética e Dermofarmácia, Lda.\n\nObrigado por utilizar o Net-Empregos.',
    ),
    m(
        "70411",
        "2025-10-10 12:40",
        "Carla Pimentel <carla.pimentel@lvp.pt>",
        "Atualizado: Entrevista – Assuntos Regulamentares (Inês Marques)",
        A("interview", LVP, LVPR, 2, "direct"),
        "Olá Inês,\n\nPor indisponibilidade do Dr. Rui Fontes, tivemos de mudar a entrevista para quinta-feira, 16 de outubro, às 11h00, mantendo-se a ligação Teams. Peço desculpa pelo incómodo.\n\nCarla Pimentel\nTalent Acquisition | Laboratórios Vasconcelos Prata",
        ics=ev(
            "2025-10-16 11:00",
            "040000008200E00074C5B7101A82E00800000000LVP4471",
            "Entrevista – Assuntos Regulamentares (Inês Marques)",
            ("Carla Pimentel", "carla.pimentel@lvp.pt"),
            description="Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_LVP4471",
            location="Reunião do Microsoft Teams",
            sequence=1,
            attendees=[("Rui Fontes", "rui.fontes@lvp.pt")],
        ),
    ),
    m(
        "70404",
        "2025-09-17 09:02",
        "LVP Recrutamento <noreply@successfactors.eu>",
        "Atualização do estado da sua candidatura",
        A("confirmation", LVP, LVPR, 2, "other"),
        html="<html><body><p>Cara Inês,</p><p>O estado da sua candidatura à vaga Especialista de Assuntos Regulamentares (Req. 4471) foi atualizado para: <b>Em análise pela equipa</b>.</p><p>Consulte o portal de carreiras LVP para mais detalhes.</p></body></html>",
    ),
    m(
        "72006",
        "2025-11-24 10:10",
        "Indeed <indeedapply@indeed.com>",
        "A sua candidatura foi vista pela Saúde+ Farmácias",
        A("viewed", SP, SPR, 20, "indeed"),
        html="<html><body><p>Boas notícias! O empregador <b>Saúde+ Farmácias</b> viu a sua candidatura para <b>Farmacêutico(a) Comunitário(a)</b>.</p><p>Isto não significa que o processo avançou, mas é um bom sinal.</p></body></html>",
    ),
    m(
        "70609",
        "2025-11-06 18:20",
        "Duarte Sequeira <duarte.sequeira@talentia-ls.pt>",
        "Corvalis – dicas para o case study",
        A("assessment", CV, CVR, 5, "agency"),
        "Olá Inês,\n\nA Joana disse-me que já recebeste o case study. Duas dicas: eles valorizam muito a discussão do risco de supply durante a variação e querem ver um cronograma realista. Se quiseres, fazemos um ensaio da apresentação por telefone na semana de 10.\n\nDuarte\nTalentia Life Sciences",
    ),
    m(
        "73027",
        "2025-12-15 09:40",
        "Farmácia Santa Clara <farmaciasantaclara@gmail.com>",
        "Escala de janeiro",
        ("not_job", "pt"),
        "Olá a todos,\n\nSegue a escala de janeiro. A Inês fica com o serviço permanente de dia 11 e o sábado 24. Trocas só com acordo entre colegas e aviso à direção técnica.\n\nDra. Fátima",
    ),
    # --- alerts and outreach (Portuguese) ----------------------------------------------------------------------
    m(
        "73001",
        "2025-09-02 08:00",
        "Net-Empregos <alertas@net-empregos.com>",
        'Alerta de emprego: 7 novas ofertas para "farmacêutico" em Coimbra',
        ("alert", None, None, None, "other", "pt"),
        'Novas ofertas para o seu alerta "farmacêutico – Coimbra":\n\n- Farmacêutico(a) – Farmácia em Coimbra (Baixa)\n- Farmacêutica Adjunta – Farmácia Avenida\n- Técnico de Farmácia – Figueira da Foz\n- Farmacêutico Hospitalar – Coimbra (via empresa de RH)\n- Delegado de Informação Médica – Zona Centro\n...\n\nGerir alertas: www.net-empregos.com/alertas',
    ),
    m(
        "73003",
        "2025-09-09 07:30",
        "Indeed <alert@indeed.com>",
        "Farmacêutico: 12 novas vagas em Coimbra",
        ("alert", None, None, None, "indeed", "pt"),
        html="<html><body><p>As vagas mais recentes que correspondem à sua pesquisa <b>farmacêutico</b> em <b>Coimbra</b>:</p><ul><li>Farmacêutico(a) Comunitário(a) – Saúde+ Farmácias – Coimbra</li><li>Diretor(a) Técnico(a) – Farmácia Boavista-Sá – Porto</li><li>Farmacêutico/a – Cantanhede – Candidatura fácil</li></ul><p><a href='https://pt.indeed.com'>Ver todas as vagas</a></p></body></html>",
    ),
    m(
        "73005",
        "2025-09-16 09:12",
        "SAPO Emprego <alertas@emprego.sapo.pt>",
        "As suas ofertas de emprego de hoje",
        ("alert", None, None, None, "other", "pt"),
        'Olá Inês, encontrámos 4 ofertas novas para "assuntos regulamentares":\n\n• Delegada de Informação Médica – Medilusa, Lda. – Coimbra\n• Regulatory Affairs Officer – Lisboa\n• Técnico de Qualidade – Indústria Farmacêutica – Porto\n• Farmacêutico – Leiria\n\nSAPO Emprego',
    ),
    m(
        "73007",
        "2025-10-01 14:20",
        "IEFP Online <iefponline@iefp.pt>",
        "Novas ofertas de emprego compatíveis com o seu perfil",
        ("alert", None, None, None, "other", "pt"),
        "Exma. Senhora,\n\nExistem 3 novas ofertas de emprego compatíveis com o seu perfil (profissão: Farmacêutico) na área do Serviço de Emprego de Coimbra:\n\n588214367 – Farmacêutico(a) – Condeixa-a-Nova\n588219002 – Farmacêutico(a) – Lousã\n588220140 – Técnico Auxiliar de Farmácia – Coimbra\n\nPara se candidatar aceda a iefponline.iefp.pt.",
    ),
    m(
        "73009",
        "2025-09-16 10:05",
        "Distrifarma Centro <no-reply@teamtailor-mail.com>",
        "Bem-vinda à comunidade de talento Distrifarma",
        ("alert", None, None, None, "teamtailor", "pt"),
        "Olá Inês,\n\nObrigado por se juntar à nossa comunidade de talento! Sempre que surgir uma vaga adequada ao seu perfil, será a primeira a saber.\n\nPode gerir as suas preferências ou remover os seus dados a qualquer momento.\n\nEquipa de Pessoas – Distrifarma",
    ),
    m(
        "73011",
        "2025-10-20 08:00",
        "Net-Empregos <alertas@net-empregos.com>",
        'Alerta de emprego: 5 novas ofertas para "farmacêutico" em Coimbra',
        ("alert", None, None, None, "other", "pt"),
        "Novas ofertas para o seu alerta:\n\n- Farmacêutico/a Substituto/a (Coimbra)\n- Farmacêutico – Farmácia em Penacova\n- Gestor de Produto – Dermocosmética – Coimbra\n\nGerir alertas: www.net-empregos.com/alertas",
    ),
    m(
        "73013",
        "2025-11-10 07:45",
        "Indeed <alert@indeed.com>",
        "Assuntos regulamentares: novas vagas em Portugal",
        ("alert", None, None, None, "indeed", "pt"),
        html="<html><body><p>Novas vagas para <b>assuntos regulamentares</b>:</p><ul><li>Regulatory Affairs Consultant – Regula Partners – Remoto</li><li>Regulatory Affairs Specialist – Lisboa</li><li>Técnico de AR – Cantanhede</li></ul><p>Estas vagas foram recomendadas com base na sua pesquisa.</p></body></html>",
    ),
    m(
        "73015",
        "2025-12-01 09:00",
        "ITJobs <alertas@itjobs.pt>",
        "Novas ofertas: pharma, farmacovigilância",
        ("alert", None, None, None, "other", "pt"),
        "Olá Inês,\n\nHá 2 ofertas novas que correspondem ao teu alerta:\n\n• Clinical Data Manager – Porto – híbrido\n• Pharmacovigilance Systems Analyst – remoto\n\nAté à próxima,\nITJobs",
    ),
    m(
        "73017",
        "2026-01-19 08:00",
        "Net-Empregos <alertas@net-empregos.com>",
        'Alerta de emprego: 3 novas ofertas para "farmacêutico" em Coimbra',
        ("alert", None, None, None, "other", "pt"),
        "Novas ofertas para o seu alerta:\n\n- Farmacêutico(a) – Farmácia em Montemor-o-Velho\n- Farmacêutico – Armazém de distribuição – Coimbra\n- Técnico de Farmácia – Coimbra\n\nPara deixar de receber este alerta, clique aqui.",
    ),
    m(
        "73019",
        "2025-11-24 15:31",
        "Patrícia Godinho <patricia.godinho@vertice-talent.pt>",
        "Posição Pharmacovigilance Officer – Porto",
        ("outreach", None, "Pharmacovigilance Officer", None, "agency", "pt"),
        "Boa tarde Dra. Inês,\n\nSou consultora na Vértice Talent e estou a recrutar para uma empresa farmacêutica nacional, com sede no Grande Porto, um/a Pharmacovigilance Officer. O seu background em farmácia comunitária e a formação em assuntos regulamentares pareceram-me relevantes.\n\nSe tiver interesse, posso enviar a descrição detalhada. Aguardo a sua resposta.\n\nPatrícia Godinho\nVértice Talent – Executive Search & Recruitment",
    ),
    m(
        "73021",
        "2026-02-09 10:15",
        "Laborvia Recursos Humanos <candidaturas@laborvia.pt>",
        "Temos uma oferta para si – Farmacêutico(a) – Figueira da Foz",
        ("outreach", None, "Farmacêutico(a)", None, "agency", "pt"),
        "Olá Inês,\n\nCom base no seu perfil registado na Laborvia, temos uma oferta que poderá interessar-lhe: Farmacêutico(a) para farmácia comunitária na Figueira da Foz, horário completo, início imediato.\n\nResponda a este email ou ligue para 239 100 220 se quiser saber mais.\n\nLaborvia Recursos Humanos",
    ),
    m(
        "73023",
        "2025-10-17 16:00",
        "Lusocare Carreiras <noreply@successfactors.eu>",
        "Ative a sua conta no portal de candidatos",
        ("other_job", LC, None, None, "other", "pt"),
        "Olá,\n\nFoi criada uma conta no portal de carreiras Lusocare com este endereço. Para definir a palavra-passe, utilize o código de verificação 731 552 (válido durante 30 minutos).\n\nSe não foi você, ignore esta mensagem.",
    ),
    m(
        "73025",
        "2025-11-25 11:00",
        "Recruitee <noreply@recruitee.com>",
        "Como foi a sua experiência de candidatura na Biomonde?",
        ("other_job", "Biomonde Portugal", None, None, "recruitee", "pt"),
        "Olá Inês,\n\nA Biomonde Portugal gostaria de saber a sua opinião sobre o processo de recrutamento em que participou. O inquérito demora 2 minutos e é anónimo.\n\nResponder ao inquérito: https://biomonde.recruitee.com/survey/7d21\n\nObrigado!",
    ),
]
