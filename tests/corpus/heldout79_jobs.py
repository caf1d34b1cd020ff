# ruff: noqa: E501
"""Corpus 79, Brazilian job mail (data only): see heldout79.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    return "-0300"


m = partial(dated_spec, tz)


def A(cat, co, role, app, src, lang="pt"):
    return (cat, co, role, app, src, lang)


def meet(uid, start, org, summary, minutes=60, code="abc-defg-hij"):
    return {
        "start": f"{start}:00 -0300",
        "minutes": minutes,
        "organizer": org,
        "uid": f"{uid}@google.com",
        "summary": summary,
        "location": f"https://meet.google.com/{code}",
        "description": f"Participar com o Google Meet: https://meet.google.com/{code}",
    }


VX, VXR = "Vértice", "Engenheira de Dados Sênior"
NU, NUR = "Nuvo", "Data Engineer Sr"
LS, LSR = "Lumiar Saúde", "Engenheiro(a) de Dados Pleno"
CB, CBR = "Cobalto Seguros", "Engenheiro de Dados"
TR, TRR = "Trilha Logística", "Analista de Engenharia de Dados Sênior"
PE, PER = "Ponte Educação", "Engenheira de Dados"
CP, CPR = "CPTI", "Engenheiro(a) de Dados - Big Data"
GD, GDR = "Granja Digital", "Data Engineer"
ZM, ZMR = "Zarpa Mobilidade", "Engenheira de Dados Sênior"
CE, CER = "Cerrado Agrotech", "Engenheiro de Dados Sênior"
IP, IPR = "Ipê Varejo", "Engenheiro de Dados Sênior"
CO, COR = "Colmeia", "Engenheira de Dados (Remoto)"
MA, MA1, MA2 = "Mandacaru Energia", "Engenheiro(a) de Dados Pleno/Sênior", "Analytics Engineer"
TG, TGR = "Tupã Games", "Data Engineer Sênior"
BC, BCR = "Bússola", "Pessoa Engenheira de Dados Sênior"
AD, ADR = "Ateliê de Dados", "Consultor(a) Engenharia de Dados"
RF, RFR = "Rede Farol", "Engenheiro de Dados Sênior"

ME_ORG = ("Larissa Tavares Moreira", "larissa.tmoreira@gmail.com")

MAIL: list[dict[str, Any]] = [
    # --- 1 Vértice (Gupy, slug vtxpay) ----------------------------------------------------
    m(
        "79101",
        "2025-09-03 09:14",
        "Vértice Tecnologia de Pagamentos <no-reply@gupy.io>",
        "Recebemos sua candidatura para a vaga Engenheira de Dados Sênior",
        A("confirmation", VX, VXR, 1, "other"),
        "Olá, Larissa!\n\nQue bom ter você por aqui. Sua candidatura para a vaga Engenheira de Dados Sênior foi recebida com sucesso.\n\nAgora é com a gente: nosso time de Pessoas vai analisar seu perfil e, se você seguir para a próxima etapa, avisaremos por e-mail e pela plataforma.\n\nAcompanhe suas etapas em https://vtxpay.gupy.io/candidates/applications\n\nUm abraço,\nTime de Gente | Vértice Tecnologia de Pagamentos Ltda.\n\nEste é um e-mail automático, por favor não responda.",
    ),
    m(
        "79102",
        "2025-09-10 11:02",
        "Vértice Tecnologia de Pagamentos <no-reply@gupy.io>",
        "Larissa, você avançou no processo seletivo! Próxima etapa: teste técnico",
        A("assessment", VX, VXR, 1, "other"),
        "Oi, Larissa! Tudo bem?\n\nTemos uma ótima notícia: você foi aprovada na triagem e avançou para a etapa de Teste Técnico da vaga Engenheira de Dados Sênior.\n\nO teste é feito na HackerRank, tem 3 questões (SQL e Python) e duração de 90 minutos. Você receberá o convite da HackerRank em até 24h. Prazo para conclusão: 17/09.\n\nBoa sorte!\nTime de Gente Vértice\nhttps://vtxpay.gupy.io",
    ),
    m(
        "79103",
        "2025-09-10 15:40",
        "Vértice <support@hackerrank.com>",
        "Convite: Teste Técnico - Dados | Vértice",
        A("assessment", VX, VXR, 1, "hackerrank"),
        html="<html><body><p>Olá Larissa Tavares Moreira,</p><p><b>Vértice</b> convidou você para realizar o teste <b>Teste Técnico - Dados</b>.</p><ul><li>Duração: 90 minutos</li><li>Prazo: 17 set 2025, 23:59 BRT</li></ul><p><a href='https://www.hackerrank.com/tests/8fa2k1/login'>Iniciar o teste</a></p><p>Dicas: use um computador com webcam; o teste não pode ser pausado.</p><p>— HackerRank em nome de Vértice</p></body></html>",
    ),
    m(
        "79104",
        "2025-09-19 16:25",
        "Júlia Assunção <julia.assuncao@vertice.com.br>",
        "Convite: Entrevista técnica - Vértice @ ter 23 de set de 2025 14:00 - 15:00 (BRT)",
        A("interview", VX, VXR, 1, "direct"),
        "Oi Larissa, parabéns pelo resultado no teste!\n\nSegue o convite para a entrevista técnica com o Rafael (Head de Dados) e a Bia (Staff Engineer). Vamos conversar sobre seu case e arquitetura de pipelines. Duração 1h, pelo Google Meet.\n\nQualquer imprevisto me avisa.\n\nJúlia Assunção\nTalent Acquisition | Vértice\nvertice.com.br",
        ics=meet(
            "vx-tech-9a31",
            "2025-09-23 14:00",
            ("Júlia Assunção", "julia.assuncao@vertice.com.br"),
            "Entrevista técnica - Vértice",
            code="qxe-vrtc-mnb",
        ),
    ),
    m(
        "79105",
        "2025-09-29 10:10",
        "Júlia Assunção <julia.assuncao@vertice.com.br>",
        "Convite: Entrevista com gestão + fit cultural @ qua 1 de out de 2025 10:00 - 10:45 (BRT)",
        A("interview", VX, VXR, 1, "direct"),
        "Larissa, bom dia! O time gostou muito da conversa. A próxima etapa é um papo com a Renata (Diretora de Engenharia) e comigo. Convite em anexo.\n\nAbs,\nJúlia",
        ics=meet(
            "vx-fit-22b0",
            "2025-10-01 10:00",
            ("Júlia Assunção", "julia.assuncao@vertice.com.br"),
            "Entrevista final - Larissa Tavares Moreira",
            minutes=45,
            code="rtn-juls-pqo",
        ),
    ),
    m(
        "79106",
        "2025-10-06 17:48",
        "Júlia Assunção <julia.assuncao@vertice.com.br>",
        "Proposta - Engenheira de Dados Sênior",
        A("offer", VX, VXR, 1, "direct"),
        "Oi, Larissa!\n\nÉ com muita alegria que te enviamos nossa proposta para a posição de Engenheira de Dados Sênior:\n\n- Regime: CLT\n- Salário: R$ 17.800,00 mensais\n- Vale-refeição/alimentação: R$ 1.450,00\n- Plano de saúde e odontológico sem coparticipação\n- PLR de até 2 salários\n- Modelo híbrido: 2x por semana no escritório da Faria Lima\n\nA carta oficial segue em anexo. Consegue nos dar um retorno até sexta (10/10)?\n\nUm abraço,\nJúlia Assunção\nTalent Acquisition\nVértice Tecnologia de Pagamentos Ltda. | CNPJ 31.204.558/0001-07",
        attach=[
            (
                "Proposta_Larissa_Moreira.pdf",
                "application/pdf",
                "%PDF-1.4 proposta de emprego Vértice",
            )
        ],
    ),
    m(
        "79107",
        "2025-10-10 12:31",
        "Júlia Assunção <julia.assuncao@vertice.com.br>",
        "Re: Proposta - Engenheira de Dados Sênior",
        A("offer", VX, VXR, 1, "direct"),
        "Oi Larissa,\n\nObrigada pelo retorno sincero. Entendemos que o modelo híbrido e o regime pesaram na sua decisão, e respeitamos. Foi um prazer te conhecer e as portas continuam abertas por aqui.\n\nSucesso!\nJúlia\n\nEm sex., 10 de out. de 2025 às 11:02, Larissa Tavares Moreira <larissa.tmoreira@gmail.com> escreveu:\n> Oi Júlia, agradeço muito a proposta e o cuidado de todo o time.\n> Depois de pensar bastante, decidi não seguir com ela neste momento.\n> Estou priorizando uma posição 100% remota.\n> Abraços, Larissa",
        st="declined",
        **{"In-Reply-To": "<79106.20251006.37@vertice.com.br>"},
    ),
    # --- 2 Nuvo (Talentia consultoria, grupo Aurora) -------------------------------------------
    m(
        "79111",
        "2025-09-15 08:55",
        "Camila Freitas | Talentia <camila.freitas@talentiarh.com.br>",
        "Oportunidade: Data Engineer Sr em um banco digital",
        ("outreach", None, NUR, None, "agency", "pt"),
        "Olá Larissa, tudo bem?\n\nSou a Camila, consultora da Talentia Recrutamento Especializado. Estou conduzindo um processo confidencial para um banco digital com mais de 8 milhões de clientes, que está estruturando sua nova plataforma de dados (Databricks, Spark, Airflow, AWS).\n\nA posição é Data Engineer Sr, 100% remota, regime CLT, faixa entre R$ 19 e 23 mil + bônus.\n\nVi seu perfil no LinkedIn e acho que tem muita aderência. Topa uma conversa de 20 minutos esta semana?\n\nAbraço,\nCamila Freitas\nConsultora Sênior | Talentia Recrutamento Especializado\n(11) 98877-3412",
    ),
    m(
        "79112",
        "2025-09-16 14:20",
        "Camila Freitas | Talentia <camila.freitas@talentiarh.com.br>",
        "Re: Oportunidade: Data Engineer Sr em um banco digital",
        ("outreach", None, NUR, None, "agency", "pt"),
        "Que ótimo, Larissa! Pode ser quinta às 10h? Te ligo no número do seu currículo.\n\nSobre o cliente: só consigo abrir o nome depois da nossa conversa e do seu ok para apresentação, é uma exigência deles.\n\nCamila\n\n> Oi Camila, tenho interesse sim. Quando podemos falar?",
        **{"In-Reply-To": "<79111.20250915.50@talentiarh.com.br>"},
    ),
    m(
        "79113",
        "2025-09-19 09:30",
        "Camila Freitas | Talentia <camila.freitas@talentiarh.com.br>",
        "Apresentação ao cliente - Nuvo | Data Engineer Sr",
        A("confirmation", NU, NUR, 2, "agency"),
        "Larissa, bom dia!\n\nObrigada pela conversa de ontem. Conforme combinamos, apresentei seu perfil hoje ao cliente: o banco é a Nuvo (do Grupo Aurora). Agora aguardamos o retorno do time de dados deles, que costuma levar uma semana.\n\nTe mantenho informada.\n\nCamila Freitas\nTalentia Recrutamento Especializado",
    ),
    m(
        "79114",
        "2025-09-26 13:05",
        "Recrutamento Grupo Aurora <recrutamento@grupoaurora.com.br>",
        "Convite: Entrevista técnica | Data Engineer Sr @ seg 29 de set de 2025 16:00 - 17:00 (BRT)",
        A("interview", NU, NUR, 2, "direct"),
        "Olá Larissa,\n\nA pedido da Talentia, estamos agendando sua entrevista técnica com o time de Plataforma de Dados da Nuvo. Participantes: Thiago Nakamura (Tech Manager) e Paula Resende (Senior Data Engineer).\n\nAtenciosamente,\nAquisição de Talentos\nGrupo Financeiro Aurora S.A.",
        ics=meet(
            "aur-8812",
            "2025-09-29 16:00",
            ("Recrutamento Grupo Aurora", "recrutamento@grupoaurora.com.br"),
            "Entrevista técnica - Data Engineer Sr (Nuvo) - Larissa",
            code="nvo-tech-aur",
        ),
    ),
    m(
        "79115",
        "2025-10-08 18:12",
        "Camila Freitas | Talentia <camila.freitas@talentiarh.com.br>",
        "Retorno Nuvo",
        A("rejection", NU, NUR, 2, "agency"),
        "Oi Larissa, tudo bem?\n\nRecebi o feedback da Nuvo. O Thiago elogiou muito sua didática e o conhecimento de modelagem, disse que foi uma das melhores entrevistas do processo. Porém, eles decidiram seguir com uma pessoa com mais experiência em streaming (Kafka/Flink), que é o foco imediato do time.\n\nSei que não é a notícia que você esperava. Vou manter seu perfil no nosso radar, tenho outras posições chegando em breve.\n\nUm abraço,\nCamila",
    ),
    # --- 3 + 21 Lumiar Saúde (Kenoby) ---------------------------------------------------------
    m(
        "79121",
        "2025-09-08 20:41",
        "Lumiar Saúde <noreply@kenoby.com>",
        "Lumiar Saúde | Confirmação de candidatura",
        A("confirmation", LS, LSR, 3, "other"),
        html="<html><body><p>Olá, Larissa Tavares Moreira.</p><p>Recebemos sua candidatura para <strong>Engenheiro(a) de Dados Pleno</strong>. Caso seu perfil não seja selecionado para as próximas etapas, seu currículo ficará em nosso banco de talentos para futuras oportunidades.</p><p>Atenciosamente,<br>Equipe de Recrutamento Lumiar Saúde</p><p style='font-size:11px'>Powered by Kenoby</p></body></html>",
    ),
    m(
        "79122",
        "2025-10-02 10:00",
        "Lumiar Saúde <noreply@kenoby.com>",
        "Atualização sobre sua candidatura",
        A("rejection", LS, LSR, 3, "other"),
        html="<html><body><p>Olá, Larissa!</p><p>Agradecemos muito seu interesse em fazer parte da Lumiar Saúde e o tempo dedicado ao nosso processo seletivo para a vaga de Engenheiro(a) de Dados Pleno.</p><p>Seu perfil é muito interessante, mas neste momento optamos por seguir com outros candidatos cujas experiências estão mais alinhadas ao que buscamos.</p><p>Desejamos sucesso na sua jornada!</p><p>Equipe de Recrutamento Lumiar Saúde</p></body></html>",
    ),
    m(
        "79123",
        "2026-01-12 21:15",
        "Lumiar Saúde <noreply@kenoby.com>",
        "Lumiar Saúde | Confirmação de candidatura",
        A("confirmation", LS, LSR, 21, "other"),
        html="<html><body><p>Olá, Larissa Tavares Moreira.</p><p>Recebemos sua candidatura para <strong>Engenheiro(a) de Dados Pleno</strong>. Caso seu perfil não seja selecionado para as próximas etapas, seu currículo ficará em nosso banco de talentos para futuras oportunidades.</p><p>Atenciosamente,<br>Equipe de Recrutamento Lumiar Saúde</p><p style='font-size:11px'>Powered by Kenoby</p></body></html>",
    ),
    # --- 4 Cobalto Seguros (Vagas.com, ghosted) --------------------------------------------------
    m(
        "79131",
        "2025-09-05 13:27",
        "Vagas.com <naoresponda@vagas.com.br>",
        "Candidatura realizada: Engenheiro de Dados - Cobalto Seguros S.A.",
        A("confirmation", CB, CBR, 4, "other"),
        "Olá Larissa,\n\nSua candidatura para a vaga Engenheiro de Dados (código v2719934) da empresa Cobalto Seguros S.A. foi registrada.\n\nO processo seletivo é conduzido pela empresa. Acompanhe o andamento em Minhas candidaturas no VAGAS.com.br.\n\nBoa sorte!\nEquipe VAGAS.com.br",
    ),
    # --- 5 Trilha Logística (Catho, ghosted) --------------------------------------------------------
    m(
        "79141",
        "2025-09-11 07:50",
        "Catho <nao-responda@catho.com.br>",
        "Seu currículo foi enviado para Trilha Logística",
        A("confirmation", TR, TRR, 5, "other"),
        html="<html><body><h2>Currículo enviado!</h2><p>Larissa, seu currículo foi enviado com sucesso para a vaga <b>Analista de Engenharia de Dados Sênior</b> na empresa <b>Trilha Logística e Transportes Ltda.</b> (Barueri - SP).</p><p>Enquanto isso, veja outras vagas parecidas com essa.</p><p><a href='https://www.catho.com.br/vagas/'>Ver vagas</a></p><p>Catho Online</p></body></html>",
    ),
    m(
        "79142",
        "2025-09-18 08:05",
        "Catho <nao-responda@catho.com.br>",
        "Trilha Logística visualizou seu currículo",
        A("viewed", TR, TRR, 5, "other"),
        html="<html><body><p>Boa notícia, Larissa!</p><p>A empresa <b>Trilha Logística e Transportes Ltda.</b> visualizou seu currículo para a vaga Analista de Engenharia de Dados Sênior.</p><p>Assinantes Catho têm 3x mais chances de serem chamados. <a href='https://www.catho.com.br/assine'>Conheça os planos</a></p></body></html>",
    ),
    # --- 6 Ponte Educação (InfoJobs) ------------------------------------------------------------------
    m(
        "79151",
        "2025-09-22 19:03",
        "InfoJobs <noreply@infojobs.com.br>",
        "Inscrição confirmada na vaga Engenheira de Dados",
        A("confirmation", PE, PER, 6, "other"),
        "Olá, Larissa!\n\nVocê se inscreveu na vaga Engenheira de Dados da empresa Ponte Educação. Agora é só acompanhar o status da sua inscrição na área Minhas Candidaturas.\n\nInfoJobs Brasil",
    ),
    m(
        "79152",
        "2025-10-20 11:44",
        "Ponte Educação - Recrutamento <vagas@ponteeducacao.com.br>",
        "Retorno do processo seletivo",
        A("rejection", PE, PER, 6, "direct"),
        "Prezada Larissa,\n\nAgradecemos sua participação no processo seletivo para Engenheira de Dados. Ficamos felizes com o interesse em construir a educação do futuro junto com a gente.\n\nApós análise criteriosa, informamos que neste momento não daremos continuidade à sua candidatura. Seu currículo permanecerá em nossa base.\n\nAtenciosamente,\nGente & Cultura\nPonte Educação",
    ),
    # --- 11 CPTI (Solides, congelada) ----------------------------------------------------------------
    m(
        "79161",
        "2025-10-14 10:22",
        "Companhia Paulista de Tecnologia da Informação <naoresponda@solides.com.br>",
        "Candidatura recebida - Engenheiro(a) de Dados - Big Data",
        A("confirmation", CP, CPR, 7, "other"),
        "Olá, Larissa!\n\nSua candidatura para Engenheiro(a) de Dados - Big Data na Companhia Paulista de Tecnologia da Informação foi recebida. Em breve você receberá um link para preencher o teste de perfil comportamental.\n\nSólides Vagas",
    ),
    m(
        "79162",
        "2025-10-15 09:00",
        "Sólides <naoresponda@solides.com.br>",
        "Preencha seu Teste de Perfil Comportamental - CPTI",
        A("assessment", CP, CPR, 7, "other"),
        "Oi Larissa,\n\nPara seguir no processo da CPTI, responda o teste de perfil comportamental (leva cerca de 10 minutos): https://profiler.solides.com.br/r/k2hh91\n\nEquipe Sólides",
    ),
    m(
        "79163",
        "2025-10-28 15:35",
        "Marcos Yamada <marcos.yamada@cpti.sp.gov.example>",
        "Entrevista - Engenheiro(a) de Dados - Big Data",
        A("interview", CP, CPR, 7, "direct"),
        "Prezada Larissa,\n\nGostaríamos de convidá-la para uma entrevista por videoconferência na próxima segunda-feira, 03/11, às 15h. O link do Google Meet está no convite anexo.\n\nAtenciosamente,\nMarcos Yamada\nCoordenação de Recursos Humanos\nCPTI - Companhia Paulista de Tecnologia da Informação",
        ics=meet(
            "cpti-0311",
            "2025-11-03 15:00",
            ("Marcos Yamada", "marcos.yamada@cpti.sp.gov.example"),
            "Entrevista CPTI - Larissa Moreira",
            code="cpt-iyam-mrc",
        ),
    ),
    m(
        "79164",
        "2025-11-19 16:50",
        "Marcos Yamada <marcos.yamada@cpti.sp.gov.example>",
        "Processo seletivo Engenheiro(a) de Dados - atualização",
        A("confirmation", CP, CPR, 7, "direct"),
        "Prezada Larissa,\n\nInformamos que a vaga de Engenheiro(a) de Dados - Big Data foi congelada por decisão da diretoria, em razão da revisão do orçamento para 2026. Não há previsão de retomada no momento.\n\nSeu perfil foi muito bem avaliado e, caso o processo seja reaberto, entraremos em contato.\n\nAtenciosamente,\nMarcos Yamada\nCPTI",
        st="on_hold",
    ),
    # --- 12 Granja Digital (Abler) ----------------------------------------------------------------------
    m(
        "79171",
        "2025-10-03 14:18",
        "Granja Digital via Abler <nao-responda@abler.com.br>",
        "Sua inscrição foi concluída!",
        A("confirmation", GD, GDR, 8, "other"),
        "Oi Larissa,\n\nSua inscrição na vaga Data Engineer da Granja Digital foi concluída. Fique de olho no seu e-mail: é por aqui que vamos te avisar das próximas etapas.\n\nAbler",
    ),
    m(
        "79172",
        "2025-10-24 17:02",
        "Granja Digital via Abler <nao-responda@abler.com.br>",
        "Granja Digital - Data Engineer",
        A("rejection", GD, GDR, 8, "other"),
        "Oi Larissa, tudo bem?\n\nPassando para te dar um retorno sobre o processo da vaga Data Engineer. Recebemos muitas candidaturas incríveis, inclusive a sua, e a decisão não foi fácil. Desta vez, seguiremos com outros perfis.\n\nObrigado por querer fazer parte da Granja!\nTime de Pessoas Granja Digital",
    ),
    # --- 13 Zarpa (Programathor) -----------------------------------------------------------------------
    m(
        "79181",
        "2025-10-07 11:11",
        "ProgramaThor <contato@programathor.com.br>",
        "Você se candidatou para Engenheira de Dados Sênior na Zarpa",
        A("confirmation", ZM, ZMR, 9, "other"),
        "Fala, Larissa!\n\nSua candidatura para Engenheira de Dados Sênior na Zarpa Mobilidade foi enviada. A empresa recebeu seu perfil completo (skills: Python, Spark, dbt, Airflow, GCP).\n\nValeu!\nEquipe ProgramaThor",
    ),
    m(
        "79182",
        "2025-10-16 09:47",
        "Henrique Lobo <henrique@zarpa.app>",
        "Zarpa | bate-papo sobre a vaga de dados",
        A("interview", ZM, ZMR, 9, "direct"),
        "Oi Larissa! Aqui é o Henrique, CTO da Zarpa. Vi sua candidatura pelo ProgramaThor e curti muito seu GitHub (aquele projeto de CDC com Debezium).\n\nBora um papo de 40 min? Mandei um convite pra sexta às 11h, se não der me fala outro horário.\n\nAbs,\nHenrique Lobo\nCTO & cofundador - Zarpa",
        ics=meet(
            "zrp-1017",
            "2025-10-17 11:00",
            ("Henrique Lobo", "henrique@zarpa.app"),
            "Larissa <> Henrique (Zarpa)",
            minutes=40,
            code="zrp-hnrq-lbo",
        ),
    ),
    m(
        "79183",
        "2025-10-31 18:30",
        "Henrique Lobo <henrique@zarpa.app>",
        "Re: Zarpa | bate-papo sobre a vaga de dados",
        A("rejection", ZM, ZMR, 9, "direct"),
        "Larissa, desculpa a demora pra te responder.\n\nGostei demais da conversa e da sua visão sobre custo de cloud. Mas, sendo bem transparente: revisamos o plano do ano e vamos contratar alguém mais júnior agora, com foco em analytics. Não faz sentido pra sua senioridade.\n\nSe em 2026 a rodada sair, quero muito voltar a falar com você.\n\nAbração,\nHenrique",
        **{"In-Reply-To": "<79182.20251016.39@zarpa.app>"},
    ),
    # --- 14 Cerrado Agrotech (GeekHunter) -----------------------------------------------------------------
    m(
        "79191",
        "2025-10-21 10:15",
        "GeekHunter <contato@geekhunter.com.br>",
        "Cerrado Agrotech quer te entrevistar!",
        ("outreach", CE, CER, None, "other", "pt"),
        html="<html><body><p>Parabéns, Larissa!</p><p>A empresa <b>Cerrado Agrotech</b> tem interesse no seu perfil para a vaga <b>Engenheiro de Dados Sênior</b> (remoto, PJ, R$ 22.000 a R$ 26.000).</p><p>Você tem 72h para aceitar ou recusar o convite.</p><p><a href='https://www.geekhunter.com.br/candidato/convites'>Ver convite</a></p><p>Time GeekHunter</p></body></html>",
    ),
    m(
        "79192",
        "2025-10-21 19:40",
        "GeekHunter <contato@geekhunter.com.br>",
        "Convite aceito: Cerrado Agrotech",
        A("confirmation", CE, CER, 10, "other"),
        "Oi Larissa, você aceitou o convite da Cerrado Agrotech para a vaga Engenheiro de Dados Sênior. A empresa foi notificada e vai entrar em contato para agendar a entrevista.\n\nGeekHunter",
    ),
    m(
        "79193",
        "2025-10-27 13:22",
        "Fernanda Pimentel <fernanda.pimentel@cerradoagro.com.br>",
        "Convite: Entrevista Cerrado Agrotech - Eng. Dados @ qui 30 de out de 2025 09:30 - 10:30 (BRT)",
        A("interview", CE, CER, 10, "direct"),
        "Olá Larissa, tudo bem? Conforme conversamos pelo WhatsApp, segue o convite da entrevista com nosso gerente de TI, o Diego.\n\nAté quinta!\nFernanda Pimentel\nRH | Cerrado Agrotech - Rio Verde/GO",
        ics=meet(
            "crd-3010",
            "2025-10-30 09:30",
            ("Fernanda Pimentel", "fernanda.pimentel@cerradoagro.com.br"),
            "Entrevista Eng. Dados - Larissa",
            code="crd-agro-fpm",
        ),
    ),
    # --- 15 Ipê Varejo (LinkedIn) ---------------------------------------------------------------------
    m(
        "79201",
        "2025-11-04 22:07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, sua candidatura foi enviada para Ipê Varejo S.A.",
        A("confirmation", IP, IPR, 11, "linkedin"),
        "Sua candidatura foi enviada para Ipê Varejo S.A.\n\nEngenheiro de Dados Sênior\nIpê Varejo S.A. · São Paulo, SP (Híbrido)\nCandidatura enviada em 4 de novembro de 2025\n\nVer vaga: https://www.linkedin.com/jobs/view/4122378890\n\nVocê está recebendo e-mails de Atualizações sobre candidaturas.\n© 2025 LinkedIn Corporation",
    ),
    m(
        "79202",
        "2025-11-07 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Ipê Varejo S.A.",
        A("viewed", IP, IPR, 11, "linkedin"),
        "Ipê Varejo S.A. visualizou sua candidatura\n\nEngenheiro de Dados Sênior\nSão Paulo, SP\n\nIsso não significa que você foi selecionado(a), mas sua candidatura está sendo avaliada.\n\nVer candidaturas: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED",
    ),
    m(
        "79203",
        "2025-11-21 12:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Engenheiro de Dados Sênior na Ipê Varejo S.A.",
        A("rejection", IP, IPR, 11, "linkedin"),
        "Sua atualização de Ipê Varejo S.A.\n\nObrigado pelo seu interesse na vaga de Engenheiro de Dados Sênior na Ipê Varejo S.A. Infelizmente, decidimos não avançar com a sua candidatura neste momento.\n\nContinue buscando: veja vagas semelhantes no LinkedIn.",
    ),
    # --- 16 Colmeia (Indeed) -------------------------------------------------------------------------
    m(
        "79211",
        "2025-11-10 08:31",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Engenheira de Dados (Remoto)",
        A("confirmation", CO, COR, 12, "indeed"),
        html="<html><body><p><b>Candidatura enviada</b></p><p>Engenheira de Dados (Remoto)<br>Colmeia Tecnologia em RH Ltda. - Remoto</p><p>Os itens a seguir foram enviados para Colmeia Tecnologia em RH Ltda.: Currículo, Respostas às perguntas de triagem.</p><p>Boa sorte! Avisaremos se o empregador atualizar o status.</p><p>Indeed</p></body></html>",
    ),
    m(
        "79212",
        "2025-12-02 15:20",
        "Colmeia <pessoas@colmeia.io>",
        "Sobre sua candidatura na Colmeia 🐝",
        A("rejection", CO, COR, 12, "direct"),
        "Oi, Larissa!\n\nAqui é a Tati, do time de Pessoas da Colmeia. Queria te agradecer por se candidatar à vaga de Engenheira de Dados. A gente leu seu currículo com carinho e ficou impressionado com sua trajetória.\n\nInfelizmente, a vaga foi preenchida por outra pessoa que estava mais adiantada no processo. Vamos guardar seu contato!\n\nBeijos e boa sorte,\nTati | Pessoas @ Colmeia",
    ),
    # --- 17 Mandacaru (Gupy, two roles) -----------------------------------------------------------------
    m(
        "79221",
        "2025-11-12 10:48",
        "Mandacaru Energia <no-reply@gupy.io>",
        "Candidatura realizada com sucesso",
        A("confirmation", MA, MA1, 13, "other"),
        "Olá, Larissa!\n\nObrigado por se candidatar à vaga Engenheiro(a) de Dados Pleno/Sênior na Mandacaru Energia S.A. Sua inscrição foi concluída.\n\nNas próximas semanas, nosso time de Atração analisará os perfis. Caso você não seja selecionada, avisaremos por aqui ao final do processo.\n\nhttps://mandacaruenergia.gupy.io\n\nTime de Atração | Mandacaru Energia",
    ),
    m(
        "79222",
        "2025-11-12 10:59",
        "Mandacaru Energia <no-reply@gupy.io>",
        "Candidatura realizada com sucesso",
        A("confirmation", MA, MA2, 14, "other"),
        "Olá, Larissa!\n\nObrigado por se candidatar à vaga Analytics Engineer na Mandacaru Energia S.A. Sua inscrição foi concluída.\n\nNas próximas semanas, nosso time de Atração analisará os perfis. Caso você não seja selecionada, avisaremos por aqui ao final do processo.\n\nhttps://mandacaruenergia.gupy.io\n\nTime de Atração | Mandacaru Energia",
    ),
    m(
        "79223",
        "2025-12-09 18:03",
        "Mandacaru Energia <no-reply@gupy.io>",
        "Retorno sobre a vaga Engenheiro(a) de Dados Pleno/Sênior",
        A("rejection", MA, MA1, 13, "other"),
        "Oi, Larissa! Tudo bem?\n\nQueremos agradecer sua participação no processo seletivo para Engenheiro(a) de Dados Pleno/Sênior. Recebemos muitas candidaturas e, depois de uma análise cuidadosa, decidimos seguir com outros perfis nesta vaga.\n\nSabemos que receber essa notícia não é fácil, e reconhecemos seu esforço. Seu cadastro continua ativo em nosso banco de talentos.\n\nTime de Atração | Mandacaru Energia",
    ),
    # --- 18 Tupã Games (Gupy, withdrawal) ----------------------------------------------------------------
    m(
        "79231",
        "2025-11-18 13:36",
        "Tupã Games <no-reply@gupy.io>",
        "Recebemos sua candidatura! 🎮",
        A("confirmation", TG, TGR, 15, "other"),
        "E aí, Larissa!\n\nSua candidatura para Data Engineer Sênior na Tupã Games chegou aqui. Agora é hora de o nosso time dar uma olhada com calma.\n\nGG,\nTime de People | Tupã Games\nhttps://tupa.gupy.io",
    ),
    m(
        "79232",
        "2025-11-25 10:00",
        "Tupã Games <no-reply@gupy.io>",
        "Etapa: Case técnico - Data Engineer Sênior",
        A("assessment", TG, TGR, 15, "other"),
        "Oi Larissa!\n\nVocê avançou! A próxima etapa é um case técnico: modelar e construir um pipeline de telemetria de jogos (eventos de partidas) com o stack de sua preferência. O enunciado e o dataset estão na plataforma. Prazo: 7 dias corridos a partir do aceite.\n\nQualquer dúvida, responda pela Gupy.\n\nTime de People | Tupã Games",
    ),
    m(
        "79233",
        "2025-11-27 21:10",
        "Tupã Games <no-reply@gupy.io>",
        "Confirmação: você desistiu do processo seletivo",
        A("confirmation", TG, TGR, 15, "other"),
        "Olá, Larissa.\n\nConfirmamos que você desistiu da vaga Data Engineer Sênior. Sentimos muito, mas entendemos! Se mudar de ideia, fique à vontade para se candidatar a outras vagas da Tupã Games.\n\nTime de People | Tupã Games",
        st="withdrawn",
    ),
    # --- 20 Bússola Crédito (Gupy, forwarded) --------------------------------------------------------------
    m(
        "79241",
        "2025-12-03 08:20",
        "Larissa Moreira <lari.moreira88@hotmail.com>",
        "ENC: Recebemos sua candidatura - Pessoa Engenheira de Dados Sênior",
        A("confirmation", BC, BCR, 16, "other"),
        "\n\n________________________________\nDe: Bússola <no-reply@gupy.io>\nEnviado: terça-feira, 2 de dezembro de 2025 19:44\nPara: lari.moreira88@hotmail.com\nAssunto: Recebemos sua candidatura - Pessoa Engenheira de Dados Sênior\n\nOlá, Larissa!\n\nSua candidatura para a vaga Pessoa Engenheira de Dados Sênior na Bússola foi recebida com sucesso. Se houver fit, entraremos em contato para as próximas etapas.\n\nAcompanhe em https://bussolacredito.gupy.io/candidates\n\nTime de Talentos | Bússola Sociedade de Crédito Direto S.A.",
    ),
    m(
        "79242",
        "2025-12-15 11:30",
        "Bússola <no-reply@gupy.io>",
        "Bússola | Teste técnico HackerRank",
        A("assessment", BC, BCR, 16, "other"),
        "Oi Larissa!\n\nParabéns, você passou para a etapa de teste técnico. Você receberá o link da HackerRank no e-mail lari.moreira88@hotmail.com cadastrado na Gupy. Duração: 75 minutos.\n\nTime de Talentos | Bússola",
        to="Larissa Moreira <lari.moreira88@hotmail.com>",
    ),
    m(
        "79243",
        "2026-01-08 14:00",
        "Bússola <no-reply@gupy.io>",
        "Atualização sobre sua candidatura",
        A("rejection", BC, BCR, 16, "other"),
        "Olá, Larissa!\n\nAgradecemos por ter realizado o teste técnico e por todo o tempo que investiu no nosso processo. Seu resultado foi bom, mas a concorrência nesta vaga foi muito alta e optamos por seguir com outras pessoas candidatas.\n\nTorcemos por você!\nTime de Talentos | Bússola",
        to="Larissa Moreira <lari.moreira88@hotmail.com>",
    ),
    # --- 22 Ateliê de Dados (Kenoby) ------------------------------------------------------------------
    m(
        "79251",
        "2025-12-01 09:40",
        "Ateliê de Dados Consultoria <noreply@kenoby.com>",
        "Ateliê de Dados | Confirmação de candidatura",
        A("confirmation", AD, ADR, 17, "other"),
        html="<html><body><p>Olá, Larissa Tavares Moreira.</p><p>Recebemos sua candidatura para <strong>Consultor(a) Engenharia de Dados</strong>.</p><p>Atenciosamente,<br>Ateliê de Dados Consultoria e Tecnologia Ltda.</p><p style='font-size:11px'>Powered by Kenoby</p></body></html>",
    ),
    m(
        "79252",
        "2025-12-04 16:00",
        "Ateliê de Dados <support@hackerrank.com>",
        "Ateliê de Dados convidou você para um teste",
        A("assessment", AD, ADR, 17, "hackerrank"),
        "Olá Larissa,\n\nAteliê de Dados convidou você para o teste 'Data Engineering - SQL & Spark'. Tempo: 60 min. Expira em 11/12/2025.\n\nhttps://www.hackerrank.com/tests/a7d3q/login\n\nBoa sorte!\nEquipe HackerRank",
    ),
    m(
        "79253",
        "2025-12-16 10:25",
        "Ateliê de Dados Consultoria <noreply@kenoby.com>",
        "Retorno do processo seletivo",
        A("rejection", AD, ADR, 17, "other"),
        html="<html><body><p>Olá Larissa,</p><p>Obrigado por participar do processo para Consultor(a) Engenharia de Dados. Após avaliação do teste, infelizmente seu perfil não seguirá para as próximas etapas.</p><p>Ateliê de Dados</p></body></html>",
    ),
    # --- 23 Rede Farol (Catho) --------------------------------------------------------------------------
    m(
        "79261",
        "2026-01-06 07:12",
        "Catho <nao-responda@catho.com.br>",
        "Seu currículo foi enviado para Rede Farol",
        A("confirmation", RF, RFR, 18, "other"),
        html="<html><body><h2>Currículo enviado!</h2><p>Larissa, seu currículo foi enviado com sucesso para a vaga <b>Engenheiro de Dados Sênior</b> na empresa <b>Farol Comércio de Produtos Farmacêuticos S.A.</b> (São Paulo - SP).</p><p>Catho Online</p></body></html>",
    ),
    m(
        "79262",
        "2026-01-14 17:45",
        "Priscila Antunes <priscila.antunes@redefarol.com.br>",
        "Entrevista - Engenheiro de Dados Sênior - Rede Farol",
        A("interview", RF, RFR, 18, "direct"),
        "Boa tarde, Larissa!\n\nRecebemos seu currículo pela Catho e gostaríamos de agendar uma entrevista com o gestor da área de BI. Você tem disponibilidade na segunda (19/01) às 14h? Enviei o convite do Google Meet, se não puder me avise por aqui.\n\nAtt,\nPriscila Antunes\nAnalista de R&S | Rede Farol Farmácias",
        ics=meet(
            "frl-1901",
            "2026-01-19 14:00",
            ("Priscila Antunes", "priscila.antunes@redefarol.com.br"),
            "Entrevista Larissa Moreira - Eng. Dados",
            code="frl-bigs-pri",
        ),
    ),
    m(
        "79263",
        "2026-01-30 10:05",
        "Priscila Antunes <priscila.antunes@redefarol.com.br>",
        "Retorno - processo Engenheiro de Dados",
        A("rejection", RF, RFR, 18, "direct"),
        "Olá Larissa, bom dia.\n\nAgradeço sua participação na entrevista com o Sérgio. Ele destacou seu ótimo conhecimento técnico. Entretanto, a posição exige presença 4x por semana na sede em Santo André e entendemos que isso não está alinhado com o que você busca, por isso não seguiremos.\n\nDesejo sucesso!\nPriscila",
    ),
]
