# ruff: noqa: E501
"""Job mail of the forty-second corpus, in Brazilian Portuguese (TUNING CORPUS)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply as _reply

BR = "-0300"


def m(*args: Any, tz: str = BR, **kw: Any) -> dict[str, Any]:
    return _m(*args, tz=tz, **kw)


def reply(key: str, frm: str) -> dict[str, str]:
    return _reply(key, frm)


WD_SA = "Serra Azul Mineração <serraazul@myworkday.com>"
GUPY_TR = "Lojas Tropeiro <noreply@gupy.io>"
SF_BC = "Banco Caeté | Carreiras <noreply@successfactors.com>"
LEVER = "Caeté Pay <no-reply@hire.lever.co>"
SOLIDES = "Rede Vita Horizonte <naoresponda@solides.com.br>"
KENOBY = "Rodomax Logística <noreply@kenoby.com>"
VAGAS = "VAGAS.com.br <naoresponda@vagas.com.br>"
TGC = "Marcela Prates | Talentos Gerais <marcela.prates@talentosgerais.com.br>"
HZT = "Diego Arantes <diego.arantes@horizontetalentos.com.br>"
KAIROS = "Vinícius Lacerda <vinilacerda.agro@gmail.com>"

APP_SA = ("Serra Azul Mineração", "Analista de RH Pleno (Business Partner)")
APP_ITP = ("Itapel", "Analista de Departamento Pessoal")
APP_TR = ("Lojas Tropeiro", "Analista de Recrutamento e Seleção")
APP_BC1 = ("Banco Caeté", "Business Partner de RH")
APP_BC2 = ("Banco Caeté", "Especialista de Remuneração e Benefícios")
APP_CP = ("Caeté Pay", "People Partner")
APP_VITA = ("Rede Vita Horizonte", "Analista de Departamento Pessoal Sênior")
APP_RDX = ("Rodomax Logística", "Analista de RH Generalista")
APP_COP = ("Coplan", "Analista de Recrutamento e Seleção")
APP_EMSC = ("EMSC", "Analista de Gestão de Pessoas")
APP_BPM = ("Supermercados Bom Preço Mineiro", "Analista de Departamento Pessoal")
APP_MG = ("Metalúrgica Guaíba", "Analista de RH")
APP_NUV = ("Nuvia Tecnologia", "Tech Recruiter")
APP_ALV = ("Construtora Alvorada Mineira", "Analista de DP")
APP_LUM = ("Lumen Educação", "Analista de RH")
APP_DV = ("Drogarias Vitalis", "Analista de Recrutamento e Seleção Sênior")
APP_KA = ("Kairós Agro", "Analista de People Generalista")
APP_ENS = ("Energisul", "Business Partner de RH")
APP_TS = ("Trilha Seguros", "Analista de Recrutamento e Seleção Pleno")
APP_VET = ("Vetta Cosméticos", "Analista de Treinamento e Desenvolvimento")


def a(cat: str, app: tuple[str, str], n: int, src: str) -> tuple[Any, ...]:
    return (cat, app[0], app[1], n, src, "pt")


GUPY_FOOTER = """
--
Este é um e-mail automático, por favor não responda.
Gupy - Tecnologia para RH | Política de Privacidade
Para deixar de receber comunicações, acesse suas preferências no portal do candidato."""

MAIL: list[dict[str, Any]] = [
    # --- 1 Serra Azul Mineração (Workday) -------------------------------------------------
    m(
        "42101",
        "2025-09-04 09:12",
        WD_SA,
        "Recebemos sua candidatura - Analista de RH Pleno (Business Partner) - R-0004471",
        a("confirmation", APP_SA, 1, "workday"),
        """Olá Rafael Menezes Tavares,

Obrigado pelo seu interesse em fazer parte da Serra Azul Mineração.

Confirmamos o recebimento da sua candidatura para a vaga Analista de RH Pleno (Business Partner) (R-0004471), com localidade em Nova Lima - MG.

Nosso time de Atração de Talentos fará a análise do seu perfil. Caso haja aderência aos requisitos, entraremos em contato para as próximas etapas. Você pode acompanhar o status da sua candidatura a qualquer momento acessando a sua Página Inicial de Candidato:
https://serraazul.wd5.myworkdayjobs.com/pt-BR/SerraAzulCarreiras/userHome

Atenciosamente,
Atração de Talentos | Serra Azul Mineração S.A.

Este e-mail foi enviado por um endereço não monitorado.""",
    ),
    m(
        "42102",
        "2025-09-05 14:30",
        "Serra Azul Mineração <serraazul@myworkday.com>",
        "Boas-vindas à nossa Comunidade de Talentos",
        ("alert", "Serra Azul Mineração", None, None, "workday", "pt"),
        """Olá Rafael,

Que bom ter você na Comunidade de Talentos da Serra Azul Mineração!

A partir de agora você receberá novidades sobre a nossa cultura, eventos e oportunidades que combinam com as áreas de interesse que você indicou: Recursos Humanos, Administrativo.

Mineração com segurança, gente e futuro.

Para atualizar suas preferências ou cancelar a inscrição, acesse o seu perfil de candidato.""",
    ),
    m(
        "42103",
        "2025-09-16 11:03",
        WD_SA,
        "Próxima etapa: avaliação de perfil comportamental",
        a("assessment", APP_SA, 1, "workday"),
        """Olá Rafael,

Sua candidatura para Analista de RH Pleno (Business Partner) - R-0004471 avançou para a próxima etapa!

Convidamos você a responder ao questionário de perfil comportamental e ao teste de raciocínio lógico. O tempo estimado é de 40 minutos e o prazo para conclusão é 19/09, às 23h59.

Acesse pela sua Página Inicial de Candidato > Minhas tarefas.

Dica: escolha um local tranquilo e com boa conexão de internet.

Boa sorte!
Atração de Talentos | Serra Azul Mineração""",
    ),
    m(
        "42104",
        "2025-09-29 16:48",
        "Luciana Freitas <luciana.freitas@serraazulmineracao.com.br>",
        "Entrevista - Analista de RH Pleno (BP) | Serra Azul",
        a("interview", APP_SA, 1, "direct"),
        """Olá, Rafael! Tudo bem?

Sou a Luciana, do time de Atração de Talentos da Serra Azul. Gostaria de agendar uma entrevista com você e com o Maurício Sampaio, gerente de RH da Unidade Vargem Grande, para a vaga de Analista de RH Pleno (BP).

Enviei o convite para quinta-feira, 02/10, às 10h, pelo Microsoft Teams. Caso o horário não seja possível, me avise por aqui que remarcamos.

Abraços,

Luciana Freitas
Analista de Atração de Talentos
Serra Azul Mineração S.A.
Av. Lagoa dos Ingleses, 5000 - Nova Lima/MG

Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, favor apagá-la.""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2SA4471",
            "style": "outlook",
            "start": "2025-10-02 10:00:00 -0300",
            "minutes": 60,
            "organizer": ("Luciana Freitas", "luciana.freitas@serraazulmineracao.com.br"),
            "attendees": [("Mauricio Sampaio", "mauricio.sampaio@serraazulmineracao.com.br")],
            "summary": "Entrevista Rafael Tavares - Analista RH Pleno BP",
            "location": "Reunião do Microsoft Teams",
            "description": "Reunião do Microsoft Teams\nIngressar no computador ou aplicativo móvel\nClique aqui para ingressar na reunião",
        },
    ),
    m(
        "42105",
        "2025-10-17 18:20",
        WD_SA,
        "Atualização da sua candidatura na Serra Azul Mineração",
        a("rejection", APP_SA, 1, "workday"),
        """Olá Rafael,

Agradecemos sinceramente sua participação no processo seletivo para a vaga Analista de RH Pleno (Business Partner) - R-0004471 e o tempo dedicado às etapas.

Foi uma decisão difícil, pois recebemos candidaturas muito qualificadas. Após cuidadosa avaliação, decidimos prosseguir com outro(a) candidato(a) cujo perfil está mais alinhado às necessidades atuais da posição.

Seu cadastro permanecerá ativo em nossa base e você pode se candidatar a outras oportunidades em nosso site de carreiras.

Desejamos sucesso em sua trajetória!

Atração de Talentos | Serra Azul Mineração""",
    ),
    # --- 2 Itapel via Talentos Gerais Consultoria ----------------------------------------
    m(
        "42111",
        "2025-10-06 10:41",
        TGC,
        "Oportunidade - Analista de DP - multinacional do setor de mineração",
        ("outreach", None, "Analista de Departamento Pessoal", None, "agency", "pt"),
        """Bom dia, Rafael!

Meu nome é Marcela, sou consultora da Talentos Gerais, consultoria especializada em recrutamento para os setores de mineração e siderurgia.

Estou conduzindo, com exclusividade, um processo para Analista de Departamento Pessoal em uma multinacional do setor de mineração, com operação em Itabira/MG (modelo híbrido, 3x presencial). Vi seu perfil no LinkedIn e sua experiência com folha, eSocial e rotinas de admissão chamou minha atenção.

Resumo da posição:
- Regime CLT, salário compatível + PLR
- VR/VA, plano de saúde e odontológico, previdência privada
- Fretado a partir de BH

Teria interesse em conversar? Se sim, me envie seu CV atualizado e sua pretensão salarial.

Att.,
Marcela Prates
Consultora Sênior | Talentos Gerais Consultoria
(31) 98844-2170""",
    ),
    m(
        "42112",
        "2025-10-09 15:05",
        TGC,
        "RE: Oportunidade - Analista de DP - multinacional do setor de mineração",
        ("other_job", None, "Analista de Departamento Pessoal", None, "agency", "pt"),
        """Oi Rafael, obrigada pelo retorno e pelo CV!

Vou apresentar seu perfil ao cliente ainda esta semana. Assim que eu tiver a devolutiva, te aviso.

Abs,
Marcela

-----Mensagem original-----
De: Rafael Menezes Tavares <rafael.mtavares@gmail.com>
Enviada em: quarta-feira, 8 de outubro de 2025 21:14
Para: Marcela Prates <marcela.prates@talentosgerais.com.br>
Assunto: Re: Oportunidade - Analista de DP - multinacional do setor de mineração

Olá Marcela, tenho interesse sim. Segue meu CV em anexo. Minha pretensão é de R$ 7.500 CLT.
Rafael""",
        **reply("42111", TGC),
    ),
    m(
        "42113",
        "2025-10-20 09:27",
        TGC,
        "Entrevista com a Itapel - Analista de DP",
        a("interview", APP_ITP, 2, "agency"),
        """Rafael, bom dia!

Boa notícia: o cliente gostou do seu perfil. Agora posso abrir o nome: trata-se da Itapel (Pelotização Itabira Ltda.), empresa do Grupo Serra Azul.

A entrevista será com a coordenadora de DP, Sra. Regina Moura, na quarta-feira (22/10) às 14h30, por vídeo (Google Meet). O link segue no convite.

Dica: ela deve perguntar bastante sobre fechamento de folha, férias coletivas e convenção coletiva dos mineradores.

Qualquer dúvida me chama no WhatsApp.

Marcela Prates
Talentos Gerais Consultoria""",
        ics={
            "uid": "tg-itapel-2210-rmt@google.com",
            "start": "2025-10-22 14:30:00 -0300",
            "minutes": 45,
            "organizer": ("Marcela Prates", "marcela.prates@talentosgerais.com.br"),
            "attendees": [("Regina Moura", "regina.moura@itapel.com.br")],
            "summary": "Entrevista Itapel x Rafael Tavares (Analista DP)",
            "location": "https://meet.google.com/wkp-tqza-hfe",
        },
    ),
    m(
        "42114",
        "2025-11-04 17:52",
        TGC,
        "Retorno Itapel",
        a("rejection", APP_ITP, 2, "agency"),
        """Oi Rafael, tudo bem?

Tive o retorno da Itapel hoje. A Regina gostou muito da conversa, elogiou sua clareza e a organização com que você explicou os processos de folha. Infelizmente, eles decidiram seguir com uma candidata que já atuou na convenção dos mineradores de Itabira, o que pesou na decisão final.

Sei que é frustrante, mas seu perfil ficou muito bem posicionado e vou te manter no radar para as próximas posições aqui da consultoria.

Um abraço,
Marcela""",
    ),
    # --- 3 Lojas Tropeiro (Gupy) -----------------------------------------------------------
    m(
        "42121",
        "2025-09-08 20:11",
        GUPY_TR,
        "Ficamos felizes com sua inscrição, Rafael!",
        a("confirmation", APP_TR, 3, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://public.gupy.io/tropeiro/logo.png" alt="Lojas Tropeiro" width="140">
<h2>Olá, Rafael!</h2>
<p>Ficamos felizes com sua inscrição para a vaga de <strong>Analista de Recrutamento e Seleção</strong> nas Lojas Tropeiro.</p>
<p>Agora é com a gente: vamos analisar seu currículo com carinho. Fique de olho no seu e-mail e na sua área de candidato, pois todas as atualizações do processo seletivo serão enviadas por lá.</p>
<p><a href="https://lojastropeiro.gupy.io/candidates/jobs/812244">Acompanhar minha candidatura</a></p>
<p>Com carinho,<br>Time de Gente &amp; Cultura | Lojas Tropeiro</p>
<p style="font-size:11px;color:#999">Este é um e-mail automático, por favor não responda. Gupy - Tecnologia para RH.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "42122",
        "2025-09-11 08:40",
        GUPY_TR,
        "Você tem um novo teste para realizar",
        a("assessment", APP_TR, 3, "other"),
        """Olá, Rafael!

A próxima etapa do processo seletivo para Analista de Recrutamento e Seleção nas Lojas Tropeiro já está disponível para você: teste de lógica e teste de perfil.

Você tem até 14/09/2025 para concluir. Os testes não podem ser pausados depois de iniciados, então reserve cerca de 30 minutos.

Acesse: https://lojastropeiro.gupy.io/candidates/applications/8122440/tests

Boa sorte!
Time de Gente & Cultura"""
        + GUPY_FOOTER,
    ),
    m(
        "42123",
        "2025-09-22 13:15",
        GUPY_TR,
        "Sua candidatura avançou para a próxima etapa! 🎉",
        a("interview", APP_TR, 3, "other"),
        """Olá, Rafael!

Temos uma ótima notícia: sua candidatura para Analista de Recrutamento e Seleção avançou para a próxima etapa, a Entrevista com RH.

Para escolher o melhor horário, acesse sua área de candidato e selecione uma das opções disponíveis na agenda da nossa recrutadora, Bianca.

A entrevista será por vídeo (Google Meet) e dura cerca de 45 minutos.

Até breve!
Time de Gente & Cultura | Lojas Tropeiro"""
        + GUPY_FOOTER,
    ),
    m(
        "42124",
        "2025-10-03 19:02",
        GUPY_TR,
        "Obrigado por participar do nosso processo seletivo",
        a("rejection", APP_TR, 3, "other"),
        """Olá, Rafael! Tudo bem?

Queremos agradecer muito pelo seu tempo e dedicação durante o processo seletivo para Analista de Recrutamento e Seleção. Adoramos conhecer sua trajetória e sua energia na entrevista!

Infelizmente, neste momento, optamos por seguir com outros perfis que estão mais aderentes ao que a vaga exige hoje.

Seu currículo ficará em nosso banco de talentos e você pode acompanhar novas oportunidades na nossa página de carreiras.

Um abraço,
Time de Gente & Cultura | Lojas Tropeiro"""
        + GUPY_FOOTER,
    ),
    # --- 4 Lojas Tropeiro re-application -----------------------------------------------------
    m(
        "42125",
        "2026-01-19 21:47",
        GUPY_TR,
        "Inscrição realizada com sucesso - Analista de Recrutamento e Seleção",
        a("confirmation", APP_TR, 4, "other"),
        """Oi, Rafael!

Recebemos sua candidatura para Analista de Recrutamento e Seleção (Belo Horizonte - Sede Administrativa). Obrigado por escolher as Lojas Tropeiro novamente!

Nas próximas semanas nosso time vai avaliar todos os currículos. Fique atento(a) ao seu e-mail.

Esta vaga também é aberta a pessoas com deficiência (PcD).

Time de Gente & Cultura"""
        + GUPY_FOOTER,
    ),
    m(
        "42126",
        "2026-02-02 10:10",
        GUPY_TR,
        "Sua candidatura avançou para a próxima etapa",
        a("assessment", APP_TR, 4, "other"),
        """Olá, Rafael!

Sua candidatura na vaga Analista de Recrutamento e Seleção seguiu para a etapa de Case. Você receberá por aqui o material com o desafio: planejar a atração de 120 vendedores temporários para a Páscoa.

Prazo de entrega: 09/02, pela área do candidato.

Conte com a gente,
Time de Gente & Cultura | Lojas Tropeiro"""
        + GUPY_FOOTER,
    ),
    # --- 5/6 Banco Caeté (SuccessFactors) ---------------------------------------------------
    m(
        "42131",
        "2025-09-15 22:03",
        SF_BC,
        "Banco Caeté - Confirmação de candidatura",
        a("confirmation", APP_BC1, 5, "other"),
        """Prezado(a) Rafael,

Agradecemos seu interesse em fazer parte do Banco Caeté.

Sua candidatura para a vaga Business Partner de RH (Req. 18822) foi recebida com sucesso.

Caso seu perfil seja selecionado para as próximas etapas, nossa equipe entrará em contato. Você pode consultar o andamento pelo Portal de Carreiras.

Atenciosamente,
Gente e Gestão - Banco Caeté S.A.

Por favor, não responda a esta mensagem.""",
    ),
    m(
        "42132",
        "2025-09-15 22:19",
        SF_BC,
        "Banco Caeté - Confirmação de candidatura",
        a("confirmation", APP_BC2, 6, "other"),
        """Prezado(a) Rafael,

Agradecemos seu interesse em fazer parte do Banco Caeté.

Sua candidatura para a vaga Especialista de Remuneração e Benefícios (Req. 18907) foi recebida com sucesso.

Caso seu perfil seja selecionado para as próximas etapas, nossa equipe entrará em contato. Você pode consultar o andamento pelo Portal de Carreiras.

Atenciosamente,
Gente e Gestão - Banco Caeté S.A.

Por favor, não responda a esta mensagem.""",
    ),
    m(
        "42133",
        "2025-09-30 12:44",
        SF_BC,
        "Banco Caeté - Sua candidatura para Especialista de Remuneração e Benefícios",
        a("rejection", APP_BC2, 6, "other"),
        """Prezado(a) Rafael,

Agradecemos sua candidatura para a vaga Especialista de Remuneração e Benefícios (Req. 18907).

Informamos que, após análise criteriosa dos perfis, não seguiremos com sua candidatura nesta oportunidade.

Seus dados permanecerão em nosso banco de talentos por 12 meses, em conformidade com a LGPD.

Atenciosamente,
Gente e Gestão - Banco Caeté S.A.""",
    ),
    m(
        "42134",
        "2025-10-08 11:30",
        "Patrícia Lins <patricia.lins@bancocaete.com.br>",
        "Banco Caeté | Entrevista BP de RH - agendamento",
        a("interview", APP_BC1, 5, "direct"),
        """Rafael, boa tarde.

Tudo bem? Sou Patrícia Lins, analista de Atração e Seleção do Banco Caeté. Recebemos sua candidatura para Business Partner de RH e gostaríamos de conversar com você.

Você tem disponibilidade na segunda-feira, 13/10, às 16h? A conversa será comigo e com o gerente de Gente da Diretoria Comercial, Fábio Rezende, presencialmente na nossa sede (Av. Afonso Pena, 2.800 - 12º andar, Funcionários).

Por favor, traga um documento com foto para a recepção.

Atenciosamente,

Patrícia Lins
Atração e Seleção | Gente e Gestão
Banco Caeté
(31) 3298-4410""",
    ),
    m(
        "42135",
        "2025-10-23 15:10",
        "Patrícia Lins <patricia.lins@bancocaete.com.br>",
        "RE: Banco Caeté | Entrevista BP de RH - agendamento",
        a("interview", APP_BC1, 5, "direct"),
        """Rafael, boa tarde!

Obrigada novamente pela conversa do dia 13. Você foi aprovado para a etapa final: um painel com a Diretora de Gente e Gestão, Sra. Helena Brandão, e a apresentação de um case (20 min) sobre redução de turnover na rede de agências.

Data sugerida: 29/10, às 9h30, no mesmo endereço. Confirma?

Att.,
Patrícia Lins
Banco Caeté

________________________________
De: Rafael Menezes Tavares <rafael.mtavares@gmail.com>
Enviado: segunda-feira, 13 de outubro de 2025 19:02
Assunto: Re: Banco Caeté | Entrevista BP de RH - agendamento

Patrícia, obrigado pela recepção hoje. Fico no aguardo!""",
        **reply("42134", "Patrícia Lins <patricia.lins@bancocaete.com.br>"),
    ),
    m(
        "42136",
        "2025-11-07 18:31",
        "Patrícia Lins <patricia.lins@bancocaete.com.br>",
        "Banco Caeté - retorno do processo",
        a("rejection", APP_BC1, 5, "direct"),
        """Olá Rafael, tudo bem?

Quero agradecer sua participação em todas as etapas para Business Partner de RH. A Helena destacou a qualidade do seu case e a forma como você estruturou os indicadores.

Ainda assim, a decisão foi por um candidato interno, que já conhece a rede de agências. Sei que não é a notícia que você esperava.

Gostaria de manter contato; você tem muito a ver com a nossa cultura e certamente surgirão outras oportunidades.

Abraço,
Patrícia""",
    ),
    # --- 8 Rede Vita Horizonte (Solides) ------------------------------------------------------
    m(
        "42141",
        "2025-10-01 07:55",
        SOLIDES,
        "Candidatura recebida: Analista de Departamento Pessoal Sênior",
        a("confirmation", APP_VITA, 8, "other"),
        """Olá, Rafael!

Sua candidatura para a vaga Analista de Departamento Pessoal Sênior na Rede Vita Horizonte foi recebida.

Próximo passo: responda ao Teste de Perfil Comportamental (Profiler) para completar seu cadastro. Leva menos de 10 minutos.

Obrigado pelo interesse!
Rede Vita Horizonte - Hospitais e Clínicas

Enviado via Sólides Vagas""",
    ),
    m(
        "42142",
        "2025-10-14 12:02",
        "Juliana Castilho <juliana.castilho@redevita.com.br>",
        "Convite para entrevista - DP Sênior - Rede Vita",
        a("interview", APP_VITA, 8, "direct"),
        """Bom dia, Rafael.

Seu perfil foi selecionado para a entrevista da vaga de Analista de Departamento Pessoal Sênior (Hospital Vita Horizonte - Unidade Santa Efigênia).

Data: 16/10/2025 (quinta-feira)
Horário: 10h
Local: Rua Domingos Vieira, 590 - 3º andar, Gestão de Pessoas
Procurar por: Juliana Castilho

Favor confirmar presença respondendo este e-mail.

Atenciosamente,
Juliana Castilho
Coordenação de Gestão de Pessoas
Rede Vita Horizonte""",
    ),
    m(
        "42143",
        "2025-10-28 16:40",
        "Juliana Castilho <juliana.castilho@redevita.com.br>",
        "Proposta de contratação - Analista de DP Sênior",
        a("offer", APP_VITA, 8, "direct"),
        """Rafael, boa tarde!

É com satisfação que comunicamos sua aprovação no processo seletivo para Analista de Departamento Pessoal Sênior.

Segue nossa proposta de contratação:
- Regime: CLT, 44h semanais (segunda a sexta, 7h às 16h48)
- Salário: R$ 6.200,00
- VR R$ 38,00/dia + VA R$ 450,00/mês
- Plano de saúde Vita (titular e dependentes), odontológico
- Início previsto: 17/11/2025, após exame admissional

A carta-oferta formal está anexada. Pedimos seu retorno até 31/10.

Atenciosamente,
Juliana Castilho
Rede Vita Horizonte""",
        attach=[
            (
                "Carta-oferta_Rafael_Tavares.txt",
                "text/plain",
                "Carta-oferta Rede Vita Horizonte - Analista de DP Sênior - R$ 6.200,00 CLT",
            )
        ],
    ),
    m(
        "42144",
        "2025-10-31 17:25",
        "Juliana Castilho <juliana.castilho@redevita.com.br>",
        "RE: Proposta de contratação - Analista de DP Sênior",
        a("offer", APP_VITA, 8, "direct"),
        """Rafael,

Compreendemos sua decisão e agradecemos a transparência. Lamentamos não poder contar com você neste momento, mas as portas da Rede Vita continuam abertas.

Sucesso no novo desafio!

Juliana

> Juliana, boa tarde. Agradeço muito pela proposta e pelo cuidado em todo o processo.
> Depois de pensar bastante, decidi não aceitar: o valor ficou abaixo do que preciso
> neste momento e sigo em outros processos. Espero que possamos nos cruzar de novo.
> Rafael""",
        st="declined",
        **reply("42143", "Juliana Castilho <juliana.castilho@redevita.com.br>"),
    ),
    # --- 9 Rodomax (Kenoby) ------------------------------------------------------------------
    m(
        "42151",
        "2025-09-19 10:05",
        KENOBY,
        "Rodomax | Recebemos seu currículo",
        a("confirmation", APP_RDX, 9, "other"),
        """Olá Rafael,

Obrigado por se candidatar à vaga Analista de RH Generalista (Campinas/SP) na Rodomax Logística.

Recebemos um grande volume de currículos e, infelizmente, não conseguimos dar retorno individual a todas as pessoas. Se o seu perfil for selecionado, entraremos em contato por e-mail ou telefone em até 20 dias.

Enquanto isso, conheça mais sobre a gente em rodomax.com.br/carreiras.

Equipe de Recrutamento Rodomax
Powered by Kenoby""",
    ),
    m(
        "42152",
        "2025-09-25 09:00",
        KENOBY,
        "Rodomax | Etapa de testes online",
        a("assessment", APP_RDX, 9, "other"),
        """Olá Rafael,

Você foi selecionado(a) para a etapa de testes online do processo Analista de RH Generalista.

Teste de raciocínio lógico + teste de Excel intermediário.
Link: https://jobs.kenoby.com/rodomax/test/5f2e9a
Prazo: 28/09 às 23h59

Equipe de Recrutamento Rodomax""",
    ),
    m(
        "42153",
        "2025-10-10 14:22",
        KENOBY,
        "Atualização sobre o processo seletivo",
        a("rejection", APP_RDX, 9, "other"),
        """Olá Rafael,

Agradecemos sua participação no processo seletivo para Analista de RH Generalista.

Após a análise dos resultados, informamos que você não foi selecionado(a) para a próxima fase. Seu currículo permanecerá em nosso banco de dados para futuras oportunidades.

Equipe de Recrutamento Rodomax""",
    ),
    # --- 10 Coplan (Vagas.com) -----------------------------------------------------------------
    m(
        "42161",
        "2025-10-02 18:33",
        VAGAS,
        "Candidatura enviada: Analista de Recrutamento e Seleção - Coplan",
        a("confirmation", APP_COP, 10, "other"),
        """Olá, Rafael.

Você se candidatou à vaga Analista de Recrutamento e Seleção, anunciada por Coplan - Cooperativa Agroindustrial Planalto, em Curitiba / PR.

Seu currículo VAGAS foi enviado para a empresa. Caso ela se interesse pelo seu perfil, entrará em contato diretamente.

Acompanhe suas candidaturas em: www.vagas.com.br/meus-processos

Boa sorte!
Equipe VAGAS.com.br""",
    ),
    m(
        "42162",
        "2025-10-21 11:45",
        "RH Coplan <selecao@coplan.coop.br>",
        "Coplan - convite para entrevista online",
        a("interview", APP_COP, 10, "direct"),
        """Prezado Rafael,

Agradecemos seu interesse em fazer parte da Coplan. Gostaríamos de convidá-lo para uma entrevista por vídeo para a vaga de Analista de Recrutamento e Seleção (sede administrativa, Curitiba - PR).

Data: 24/10 (sexta-feira), às 8h30
Plataforma: Microsoft Teams (link no convite anexo)
Participantes: Adriana Kowalski (Coordenadora de RH) e Tiago Schmitt (Analista de R&S)

Sabemos que você reside em Belo Horizonte; a vaga exige mudança para Curitiba e oferecemos auxílio-mudança.

Cordialmente,
Equipe de Recursos Humanos
Coplan - Cooperativa Agroindustrial Planalto""",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000013CO7241",
            "style": "outlook",
            "start": "2025-10-24 08:30:00 -0300",
            "minutes": 50,
            "organizer": ("Adriana Kowalski", "adriana.kowalski@coplan.coop.br"),
            "attendees": [("Tiago Schmitt", "tiago.schmitt@coplan.coop.br")],
            "summary": "Entrevista - Analista R&S - Rafael M. Tavares",
            "location": "Microsoft Teams",
        },
    ),
    m(
        "42163",
        "2025-11-12 08:50",
        "RH Coplan <selecao@coplan.coop.br>",
        "Coplan - Processo seletivo Analista de R&S",
        a("confirmation", APP_COP, 10, "direct"),
        """Prezado Rafael,

Entramos em contato para informar que o processo seletivo para Analista de Recrutamento e Seleção foi temporariamente suspenso, em razão de uma revisão do quadro de pessoal prevista para a safra 2026.

Não há, por ora, previsão de retomada. Caso a vaga seja reaberta, retomaremos o contato com os finalistas, entre os quais você está.

Agradecemos a compreensão.

Equipe de Recursos Humanos
Coplan""",
        st="on_hold",
    ),
    # --- 14 EMSC via Instituto Vértice (processo seletivo simplificado) ---------------------
    m(
        "42171",
        "2025-09-26 23:14",
        "Instituto Vértice de Seleção <inscricoes@institutovertice.org.br>",
        "Confirmação de inscrição - PSS EMSC 02/2025",
        a("confirmation", APP_EMSC, 14, "other"),
        """Prezado(a) candidato(a) RAFAEL MENEZES TAVARES,

Sua inscrição no Processo Seletivo Simplificado EMSC nº 02/2025 foi confirmada.

Número de inscrição: 2025020041873
Cargo: Analista de Gestão de Pessoas (nível superior) - Código 204
Empresa: Empresa Municipal de Serviços de Contagem - EMSC
Valor da taxa: R$ 85,00 - PAGO

A prova objetiva está prevista para 19/10/2025. O local será divulgado no Cartão de Confirmação de Inscrição (CCI), a partir de 10/10/2025.

Instituto Vértice de Seleção
www.institutovertice.org.br""",
    ),
    m(
        "42172",
        "2025-10-10 15:00",
        "Instituto Vértice de Seleção <inscricoes@institutovertice.org.br>",
        "PSS EMSC 02/2025 - Cartão de Confirmação de Inscrição disponível",
        a("assessment", APP_EMSC, 14, "other"),
        """Prezado(a) candidato(a),

O Cartão de Confirmação de Inscrição (CCI) do Processo Seletivo Simplificado EMSC nº 02/2025 já está disponível na Área do Candidato.

Prova objetiva: 19/10/2025, às 8h30 (horário de Brasília)
Local: E.E. Professor Lisboa - Rua José Pedro de Oliveira, 120, Eldorado, Contagem/MG - Sala 14

Os portões serão fechados às 8h. Compareça com documento de identidade original com foto e caneta esferográfica de tinta preta, fabricada em material transparente.

Instituto Vértice de Seleção""",
    ),
    m(
        "42173",
        "2025-11-21 19:40",
        "Instituto Vértice de Seleção <inscricoes@institutovertice.org.br>",
        "PSS EMSC 02/2025 - Resultado final homologado",
        a("rejection", APP_EMSC, 14, "other"),
        """Prezado(a) candidato(a),

Foi publicado no Diário Oficial de Contagem o resultado final homologado do Processo Seletivo Simplificado EMSC nº 02/2025.

Situação da inscrição 2025020041873 - Cargo 204 - Analista de Gestão de Pessoas:
Nota final: 61,5 | Classificação: 23º | Situação: NÃO CLASSIFICADO (fora do número de vagas e do cadastro reserva)

Consulte o edital de resultado completo na Área do Candidato.

Instituto Vértice de Seleção""",
    ),
    # --- 15 Bom Preço Mineiro (Catho) ----------------------------------------------------------
    m(
        "42181",
        "2025-09-10 12:18",
        "Catho <noreply@catho.com.br>",
        "Candidatura realizada: Analista de Departamento Pessoal",
        a("confirmation", APP_BPM, 15, "other"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#f2f2f2">
<div style="background:#fff;max-width:580px;margin:auto;padding:24px">
<p><img src="https://static.catho.com.br/email/logo-catho.png" alt="Catho"></p>
<p>Oi, Rafael!</p>
<p>Seu currículo foi enviado com sucesso para a vaga <b>Analista de Departamento Pessoal</b> da empresa <b>Supermercados Bom Preço Mineiro</b> - Contagem, MG.</p>
<p>Quer aumentar suas chances? Complete seu currículo e apareça primeiro para os recrutadores.</p>
<p><a href="https://www.catho.com.br/area-candidato/candidaturas">Ver minhas candidaturas</a></p>
<p style="color:#888;font-size:11px">Catho Online Ltda. - Você está recebendo este e-mail porque se candidatou a uma vaga pela Catho.</p>
</div></body></html>""",
    ),
    m(
        "42182",
        "2025-09-17 08:02",
        "Catho <noreply@catho.com.br>",
        "Boa notícia! Uma empresa visualizou seu currículo",
        a("viewed", APP_BPM, 15, "other"),
        html="""<html><body style="font-family:Helvetica,Arial">
<div style="max-width:580px;margin:auto;padding:24px">
<p>Rafael, seu currículo está chamando atenção!</p>
<p>A empresa <b>Supermercados Bom Preço Mineiro</b> visualizou seu currículo para a vaga <b>Analista de Departamento Pessoal</b>.</p>
<p>Dica: mantenha seu telefone atualizado para não perder nenhum contato.</p>
<p><a href="https://www.catho.com.br/area-candidato">Acessar a Catho</a></p>
</div></body></html>""",
    ),
    # --- 16 Metalúrgica Guaíba (InfoJobs) -------------------------------------------------------
    m(
        "42191",
        "2025-11-03 20:26",
        "InfoJobs <noreply@infojobs.com.br>",
        "Você se inscreveu na vaga Analista de RH",
        a("confirmation", APP_MG, 16, "other"),
        """Olá Rafael,

Sua inscrição na vaga Analista de RH - Metalúrgica Guaíba Ltda. (Porto Alegre - RS) foi realizada com sucesso.

Você poderá acompanhar o andamento na seção "Minhas candidaturas". Quando a empresa ler seu currículo, avisaremos você.

Equipe InfoJobs""",
    ),
    # --- 17 Nuvia Tecnologia (LinkedIn) ---------------------------------------------------------
    m(
        "42201",
        "2025-10-13 09:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafael, sua candidatura foi enviada para Nuvia Tecnologia",
        a("confirmation", APP_NUV, 17, "linkedin"),
        """Sua candidatura foi enviada para Nuvia Tecnologia

Tech Recruiter
Nuvia Tecnologia · Brasil (Remoto)
Candidatura enviada em 13 de out. de 2025

Ver vaga: https://www.linkedin.com/jobs/view/4123987765/

Agora, aguarde o contato da empresa. Enquanto isso, confira outras vagas recomendadas para você.

Você está recebendo e-mails de notificação de candidaturas.
Cancelar inscrição · Ajuda
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.""",
    ),
    m(
        "42202",
        "2025-10-15 17:08",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi vista por Nuvia Tecnologia",
        a("viewed", APP_NUV, 17, "linkedin"),
        """Boas notícias, Rafael!

Sua candidatura para Tech Recruiter foi visualizada por Nuvia Tecnologia.

A empresa pode entrar em contato com você pelo LinkedIn ou pelo e-mail informado.

Ver candidatura: https://www.linkedin.com/jobs/view/4123987765/

© 2025 LinkedIn Corporation""",
    ),
    m(
        "42203",
        "2025-10-27 13:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura para Tech Recruiter na Nuvia Tecnologia",
        a("rejection", APP_NUV, 17, "linkedin"),
        """Nuvia Tecnologia

Olá Rafael,

Obrigado pelo interesse na vaga de Tech Recruiter. Analisamos com atenção seu perfil e, embora sua experiência em RH seja muito sólida, buscamos alguém com vivência prévia em recrutamento de engenharia de software.

Por isso, não vamos avançar com sua candidatura desta vez. Desejamos sucesso na sua busca!

Time de Talent Acquisition · Nuvia Tecnologia

Veja vagas semelhantes: https://www.linkedin.com/jobs/

© 2025 LinkedIn Corporation""",
    ),
    # --- 18 Construtora Alvorada Mineira (Indeed) -------------------------------------------
    m(
        "42211",
        "2025-11-18 21:02",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Analista de DP",
        a("confirmation", APP_ALV, 18, "indeed"),
        """indeed

Candidatura enviada

Analista de DP
Construtora Alvorada Mineira - Belo Horizonte, MG

Os itens a seguir foram enviados para Construtora Alvorada Mineira:
• Currículo Rafael_Tavares_RH.pdf
• Respostas às perguntas do empregador

Acompanhe o status em Minhas vagas: https://br.indeed.com/myjobs

Indeed não é responsável pelo processo seletivo da empresa.""",
    ),
    m(
        "42212",
        "2025-11-24 10:37",
        "Construtora Alvorada Mineira via Indeed <reply-8f3ac21b9e@indeedemail.com>",
        "Nova mensagem de Construtora Alvorada Mineira sobre Analista de DP",
        a("interview", APP_ALV, 18, "indeed"),
        """Construtora Alvorada Mineira enviou uma mensagem

"Bom dia Rafael, tudo bem? Aqui é a Sônia do RH da Alvorada. Gostamos do seu currículo para Analista de DP. Podemos fazer uma entrevista presencial na quarta 26/11 às 14h no nosso escritório (Rua Pernambuco, 1.077, Savassi)? Responda por aqui por favor. Obrigada!"

Responder: https://br.indeed.com/conversations/8f3ac21b9e

Para sua segurança, nunca envie dados bancários ou faça pagamentos a empregadores.""",
    ),
    # --- 19 Lumen Educação (Glassdoor, then direct) ------------------------------------------
    m(
        "42221",
        "2025-12-01 19:15",
        "Glassdoor <noreply@glassdoor.com>",
        "Candidatura enviada para Lumen Educação",
        a("confirmation", APP_LUM, 19, "other"),
        """Glassdoor

Sua candidatura foi enviada!

Analista de RH
Lumen Educação · Campinas, SP
3,9 ★

Boa sorte, Rafael. Conheça avaliações de funcionários e salários da Lumen Educação antes da entrevista.

Glassdoor, Inc.""",
    ),
    m(
        "42222",
        "2025-12-12 11:20",
        "Recursos Humanos Lumen <rh@lumeneducacao.com.br>",
        "Processo seletivo Lumen",
        a("rejection", APP_LUM, 19, "direct"),
        """Olá Rafael,

Obrigado por se candidatar à vaga de Analista de RH em nossa unidade de Campinas. Seu currículo chamou a atenção pela experiência em recrutamento de grande volume, e nos sentimos honrados com seu interesse.

Após revisarmos todos os currículos, optamos por avançar com candidatos que residem na região de Campinas, já que a posição é 100% presencial.

Desejamos muito sucesso!

RH Lumen Educação""",
    ),
    # --- 20 Drogarias Vitalis via Horizonte Talentos ---------------------------------------------
    m(
        "42231",
        "2025-11-10 14:12",
        HZT,
        "Vaga confidencial - Analista de R&S Sênior (varejo)",
        ("outreach", None, "Analista de Recrutamento e Seleção Sênior", None, "agency", "pt"),
        """Oi Rafael, tudo certo?

Sou o Diego, da Horizonte Talentos. Estamos com uma posição de Analista de Recrutamento e Seleção Sênior para uma empresa de grande porte do varejo (mais de 400 lojas no Sudeste), sede em BH, híbrido.

Foco: recrutamento de volume para lojas, employer branding, gestão de indicadores (SLA, custo por contratação).
Faixa: R$ 7.000 a 8.200 CLT + bônus anual + VR/VA.

Faz sentido para você? Se sim, me manda um horário para uma call rápida de 20 min.

Diego Arantes
Headhunter | Horizonte Talentos
horizontetalentos.com.br""",
    ),
    m(
        "42232",
        "2025-11-19 09:48",
        HZT,
        "Próxima etapa: entrevista na Drogarias Vitalis",
        a("interview", APP_DV, 20, "agency"),
        """Rafael, bom dia!

Como combinamos na call, seu perfil foi apresentado e o cliente quer te conhecer. Agora posso falar: a empresa é a Drogarias Vitalis.

Entrevista com a gerente de Atração, Camila Duarte:
Terça, 25/11, 15h - presencial na sede (Av. do Contorno, 6.061, São Pedro).

Depois disso há um case de employer branding. Me avisa se confirma!

Diego""",
    ),
    m(
        "42233",
        "2025-12-09 18:02",
        HZT,
        "Drogarias Vitalis - devolutiva",
        a("rejection", APP_DV, 20, "agency"),
        """Rafael, boa noite.

Recebi a devolutiva da Vitalis. Eles elogiaram sua apresentação e o repertório em volume, mas optaram por uma profissional que já vinha do varejo farmacêutico.

Sigo com você no radar. Obrigado pela parceria no processo!

Diego Arantes | Horizonte Talentos""",
    ),
    # --- 21 Kairós Agro (founder from gmail) --------------------------------------------------
    m(
        "42241",
        "2025-11-26 22:10",
        KAIROS,
        "Conversa sobre a vaga de People na Kairós",
        a("interview", APP_KA, 21, "direct"),
        """Oi Rafael, boa noite!

Aqui é o Vinícius, um dos sócios da Kairós Agro (agtech de Campinas, monitoramento de lavouras). O Leandro Pires me passou seu CV depois que você se candidatou à vaga de Analista de People Generalista que postamos no nosso site.

Somos 38 pessoas e vamos crescer bastante em 2026, então precisamos de alguém para estruturar tudo de gente: admissão, DP terceirizado, onboarding, avaliação.

Topa um papo de 40 min por Meet na sexta (28/11) às 11h? Mandei o convite.

Abs,
Vinícius Lacerda
Kairós Agro

Enviado do meu iPhone""",
        ics={
            "uid": "5k2nq0r8b1kairos@google.com",
            "start": "2025-11-28 11:00:00 -0300",
            "minutes": 40,
            "organizer": ("Vinícius Lacerda", "vinilacerda.agro@gmail.com"),
            "summary": "Papo Rafael x Kairós (People)",
            "location": "https://meet.google.com/ahx-mmbq-zro",
        },
    ),
    m(
        "42242",
        "2025-12-16 08:14",
        KAIROS,
        "Re: Conversa sobre a vaga de People na Kairós",
        a("confirmation", APP_KA, 21, "direct"),
        """Rafael, bom dia.

Te devo um retorno honesto: fechamos o planejamento de 2026 e a rodada que esperávamos atrasou para o segundo trimestre. Com isso, congelamos a contratação de People por enquanto.

Gostei muito da nossa conversa e, assim que a vaga reabrir, você é a primeira pessoa com quem vou falar.

Abs,
Vinícius

Em sex., 28 de nov. de 2025 às 12:03, Rafael Menezes Tavares <rafael.mtavares@gmail.com> escreveu:
> Vinícius, obrigado pelo papo hoje! Fico à disposição para a próxima etapa.
> Rafael""",
        st="on_hold",
        **reply("42241", KAIROS),
    ),
    # --- 22 Energisul (Gupy) ---------------------------------------------------------------------
    m(
        "42251",
        "2025-10-20 07:48",
        "Energisul <noreply@gupy.io>",
        "Recebemos sua candidatura! | Energisul",
        a("confirmation", APP_ENS, 22, "other"),
        """Olá, Rafael!

Que bom que você quer energizar o Sul com a gente! ⚡ Sua inscrição para Business Partner de RH (Porto Alegre - RS) foi concluída.

Esta é uma vaga afirmativa para pessoas negras (pretas e pardas), conforme autodeclaração no momento da inscrição.

Acompanhe cada etapa pela sua área de candidato.

Equipe de Atração | Energisul Distribuidora de Energia"""
        + GUPY_FOOTER,
    ),
    m(
        "42252",
        "2025-10-29 12:30",
        "Energisul <noreply@gupy.io>",
        "Etapa de vídeo: conte sua história para a Energisul",
        a("assessment", APP_ENS, 22, "other"),
        """Olá, Rafael!

Parabéns, você avançou! Nesta etapa, pedimos que grave um vídeo de até 3 minutos respondendo: "Conte uma situação em que você apoiou uma liderança em uma mudança difícil."

A gravação é feita na própria plataforma, no celular ou computador. Prazo: 03/11.

Equipe de Atração | Energisul"""
        + GUPY_FOOTER,
    ),
    m(
        "42253",
        "2025-11-14 16:16",
        "Energisul <noreply@gupy.io>",
        "Obrigado por fazer parte do nosso processo",
        a("rejection", APP_ENS, 22, "other"),
        """Olá, Rafael,

Gostaríamos de agradecer o seu interesse na vaga Business Partner de RH e o tempo dedicado ao nosso processo seletivo.

Neste momento, seguiremos com outras pessoas candidatas cujas experiências estão mais próximas do que buscamos para esta posição. Sabemos que essa não é a resposta que você esperava.

Continue acompanhando nossas vagas, novas oportunidades surgem sempre!

Equipe de Atração | Energisul"""
        + GUPY_FOOTER,
    ),
    # --- 23 Vetta Cosméticos (Gupy, ghosted) ---------------------------------------------------
    m(
        "42261",
        "2026-01-08 13:04",
        "Vetta Cosméticos <noreply@gupy.io>",
        "Sua candidatura foi enviada",
        a("confirmation", APP_VET, 23, "other"),
        """Olá, Rafael!

Sua candidatura para Analista de Treinamento e Desenvolvimento na Vetta Cosméticos foi enviada com sucesso. ✨

Nossa equipe vai analisar seu perfil com atenção. Em breve você poderá ter novidades por aqui.

Beleza que transforma,
Time de Pessoas Vetta"""
        + GUPY_FOOTER,
    ),
    # --- alerts, nudges, portal mail ------------------------------------------------------------
    m(
        "42271",
        "2025-09-03 07:30",
        "Gupy <noreply@gupy.io>",
        "Você não finalizou sua candidatura",
        ("alert", "Lojas Tropeiro", "Analista de Recrutamento e Seleção", None, "other", "pt"),
        """Olá, Rafael!

Percebemos que você começou a se candidatar para Analista de Recrutamento e Seleção nas Lojas Tropeiro, mas não concluiu a inscrição.

Faltam só alguns passos! A vaga pode ser encerrada a qualquer momento.

Continuar candidatura: https://lojastropeiro.gupy.io/jobs/812244"""
        + GUPY_FOOTER,
    ),
    m(
        "42272",
        "2025-09-22 06:15",
        "LinkedIn Vagas <jobalerts-noreply@linkedin.com>",
        "“analista de rh”: 18 novas vagas em Belo Horizonte e região",
        ("alert", None, None, None, "linkedin", "pt"),
        """Suas vagas de alerta

Analista de Recursos Humanos Pleno
Grupo Ferrobrás · Belo Horizonte, MG (Híbrido)
Candidatura simplificada

Business Partner de RH
Clínica Integra Saúde · Belo Horizonte, MG
Há 2 dias

Analista de Departamento Pessoal
Transportadora Ouro Verde · Betim, MG
Seja um dos 25 primeiros candidatos

Ver todas as vagas: https://www.linkedin.com/jobs/search/?keywords=analista%20de%20rh

Você está recebendo alertas de vaga. Gerenciar alertas · Cancelar inscrição""",
    ),
    m(
        "42273",
        "2025-10-16 07:02",
        "Indeed <alert@indeed.com>",
        "Novas vagas de business partner rh em Campinas, SP",
        ("alert", None, None, None, "indeed", "pt"),
        """indeed

business partner rh - Campinas, SP

HR Business Partner Jr.
Tecnoflex Embalagens - Campinas, SP
R$ 6.500 - R$ 7.800 por mês
Fácil candidatura

Analista de Gente e Gestão
Agropecuária Duas Lagoas - Paulínia, SP
Recrutamento urgente

Ver mais vagas: https://br.indeed.com/jobs?q=business+partner+rh&l=Campinas

Gerenciar alertas de vagas · Cancelar inscrição""",
    ),
    m(
        "42274",
        "2025-11-05 08:11",
        "Catho <vagas@catho.com.br>",
        "Rafael, 12 vagas que combinam com você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body style="font-family:Helvetica"><div style="max-width:580px;margin:auto">
<h3>Vagas selecionadas para você</h3>
<p><b>Analista de RH Pleno</b> - Rede Farmaclin - Belo Horizonte/MG - R$ 5.200</p>
<p><b>Assistente/Analista de DP</b> - Contabilidade Alfa Minas - Contagem/MG</p>
<p><b>Analista de Recrutamento</b> - Call Center Prime - Uberlândia/MG</p>
<p><a href="https://www.catho.com.br/vagas/">Ver todas e se candidatar</a></p>
<p style="font-size:11px;color:#999">Não quer mais receber? Descadastre-se.</p>
</div></body></html>""",
    ),
    m(
        "42275",
        "2025-12-03 09:20",
        "Gupy <noreply@gupy.io>",
        "Vagas para você no Portal Gupy: Gestão de Pessoas",
        ("alert", None, None, None, "other", "pt"),
        """Olá, Rafael!

Separamos oportunidades da área de Gestão de Pessoas que têm a ver com o seu perfil:

• Analista de Gente & Gestão Pl - Cooperativa Vale Verde - Remoto
• Business Partner Jr - Hospital Nossa Senhora da Luz - Curitiba/PR
• Analista de DP - Transportes Rio Doce - Belo Horizonte/MG

Ver todas: https://portal.gupy.io"""
        + GUPY_FOOTER,
    ),
    m(
        "42276",
        "2025-10-01 10:00",
        "Solides Vagas <naoresponda@solides.com.br>",
        "Complete seu Profiler e destaque-se",
        (
            "alert",
            "Rede Vita Horizonte",
            "Analista de Departamento Pessoal Sênior",
            None,
            "other",
            "pt",
        ),
        """Olá, Rafael!

Notamos que você ainda não respondeu o Teste de Perfil Comportamental para a vaga Analista de Departamento Pessoal Sênior (Rede Vita Horizonte). Candidaturas com o Profiler completo são avaliadas primeiro pelos recrutadores.

Responder agora: https://vagas.solides.com.br/profiler

Equipe Sólides""",
    ),
    m(
        "42277",
        "2025-09-15 21:58",
        "Banco Caeté | Carreiras <noreply@successfactors.com>",
        "Ativação da sua conta no Portal de Carreiras",
        ("other_job", "Banco Caeté", None, None, "other", "pt"),
        """Prezado(a) Rafael,

Sua conta no Portal de Carreiras do Banco Caeté foi criada. Para ativá-la, utilize o código de verificação abaixo:

Código: 481 207

O código expira em 30 minutos. Se você não solicitou este cadastro, desconsidere esta mensagem.

Gente e Gestão - Banco Caeté""",
    ),
    m(
        "42278",
        "2025-10-22 19:30",
        "Pesquisa Gupy <pesquisa@gupy.io>",
        "Como foi sua experiência no processo seletivo das Lojas Tropeiro?",
        ("other_job", "Lojas Tropeiro", None, None, "other", "pt"),
        """Olá, Rafael!

Sua opinião ajuda a melhorar os processos seletivos. Em uma escala de 0 a 10, quanto você recomendaria o processo seletivo das Lojas Tropeiro a um amigo?

Responder pesquisa (2 minutos): https://pesquisa.gupy.io/nps/tropeiro

Obrigado!"""
        + GUPY_FOOTER,
    ),
    m(
        "42279",
        "2025-10-23 15:31",
        "Patrícia Lins <patricia.lins@bancocaete.com.br>",
        "Resposta automática: Re: Banco Caeté | Entrevista BP de RH - agendamento",
        ("other_job", "Banco Caeté", "Business Partner de RH", None, "direct", "pt"),
        """Olá! Estou em treinamento externo até 24/10, com acesso limitado ao e-mail. Para assuntos urgentes de Atração e Seleção, contate selecao@bancocaete.com.br.

Obrigada,
Patrícia Lins""",
    ),
    m(
        "42280",
        "2025-12-18 10:05",
        "Fernanda Queiroz <fernanda.queiroz@atlashunting.com.br>",
        "Headhunting - Coordenador(a) de DP - setor de saúde",
        ("outreach", None, "Coordenador de Departamento Pessoal", None, "agency", "pt"),
        """Olá Rafael, bom dia.

Sou Fernanda, da Atlas Hunting. Tenho uma posição de Coordenador(a) de DP para uma operadora de saúde de grande porte, em Belo Horizonte (presencial). Liderança de equipe de 9 pessoas, folha de 3.200 colaboradores.

Seria um passo de carreira interessante para você? Caso queira saber mais, podemos falar por telefone esta semana.

Fernanda Queiroz
Atlas Hunting - Executive Search""",
    ),
    m(
        "42281",
        "2026-01-27 17:40",
        "Thaís Guerra <thais.guerra@ancoraservicos.com.br>",
        "Oportunidade PJ - Consultor de R&S (projeto 6 meses)",
        (
            "outreach",
            "Âncora Serviços",
            "Consultor de Recrutamento e Seleção",
            None,
            "direct",
            "pt",
        ),
        """Oi Rafael!

Sou a Thaís, gerente de RH da Âncora Serviços (facilities). Vamos abrir 300 vagas operacionais em março por um novo contrato e estou montando um time temporário de recrutamento.

Posição: Consultor de R&S, PJ, 6 meses, remoto com idas eventuais a BH. Valor/hora a combinar.

Achei seu perfil numa indicação da Marcela, da Talentos Gerais. Topa conversar?

Thaís Guerra
Gerente de Recursos Humanos | Âncora Serviços""",
    ),
    # --- 26 Trilha Seguros (Workday) ------------------------------------------------------------
    m(
        "42291",
        "2025-12-08 22:37",
        "Trilha Seguros <trilhaseguros@myworkday.com>",
        "Trilha Seguros: candidatura enviada",
        a("confirmation", APP_TS, 26, "workday"),
        """Olá Rafael,

Obrigado por se candidatar à posição Analista de Recrutamento e Seleção Pleno (JR-2291) em Porto Alegre, RS.

Sua candidatura está em análise. Você pode ver o status a qualquer momento em nosso site de carreiras:
https://trilhaseguros.wd3.myworkdayjobs.com/Carreiras

Atenciosamente,
Equipe de Aquisição de Talentos
Trilha Seguros S.A.""",
    ),
    m(
        "42292",
        "2026-01-05 09:12",
        "Trilha Seguros <trilhaseguros@myworkday.com>",
        "Sobre a posição JR-2291",
        a("rejection", APP_TS, 26, "workday"),
        """Olá Rafael,

Agradecemos o seu interesse na Trilha Seguros e na posição Analista de Recrutamento e Seleção Pleno (JR-2291).

Informamos que a vaga foi preenchida e, por isso, encerramos as demais candidaturas. Convidamos você a continuar acompanhando nossas oportunidades.

Equipe de Aquisição de Talentos
Trilha Seguros S.A.""",
    ),
]
