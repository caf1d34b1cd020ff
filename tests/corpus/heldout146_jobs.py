# ruff: noqa: E501, RUF100
"""Corpus 146, job mail part one (data only): see heldout146.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Brasília time (no daylight saving time since 2019): always three hours behind UTC."""
    return "-0300"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "pt") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "pt"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "pt") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*parents: dict[str, Any]) -> dict[str, str]:
    """In-Reply-To / References of a reply to the last of ``parents`` (oldest first)."""
    ids = [p["id"] for p in parents]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


SB, SB1, SB2 = "Saberia", "Designer Instrucional Pleno", "Analista de Conteúdo Educacional"
PP, PPR = "Lojas Pampeiro", "Analista de Treinamento e Desenvolvimento"
NS, NSR = "Nuvem Sul Software", "Especialista em Customer Education"
UC, UCR = (
    "Universidade Comunitária da Serra",
    "Professor(a) de Tecnologias Educacionais (Pedagogia EaD)",
)
HJ, HJR = "Hospital Jardim Botânico", "Analista de Educação Continuada"
SC, SCR = "Sulcredi Raízes", "Analista de Educação Corporativa"
CP, CPR = "Compasso Desenvolvimento Humano", "Designer Instrucional – Projetos Corporativos"
AZ, AZR = "Aulaz", "Designer Instrucional (Cursos Online)"
RH, RHR = "Rede Horizonte de Educação", "Coordenador(a) de Formação Docente"
CC, CCR = "Conecta Contact Center", "Analista de Treinamento"
VA, VAR = "Vinhedo Autopeças", "Analista de Treinamento Industrial"
SA, SAR = "Serra Alta Alimentos", "Analista de T&D"
MS, MSR = "Mestria", "Especialista em Design Instrucional"
CM, CMR = "Colmeia Treinamentos", "Designer Instrucional Júnior"
FQ, FQR = "Fundação Estadual de Qualificação do Servidor", "Analista – Pedagogo(a)"
EC, ECR = "Estúdio Coxilha", "Learning Designer"
PS, PSR = "Pulsar Seguros", "Analista de Educação Corporativa"
MX, MXR = "Max Atacado", "Instrutor(a) de Treinamento – Operações de Loja"
AM, AMR = "Instituto Aprender Mais", "Analista de Formação de Educadores"
FV, FVR = "Farmácias Vitalle", "Analista de Treinamento e Desenvolvimento"
FL, FLR = "Florescer Educação Corporativa", "Designer Instrucional"

ME_NAME, ME_ADDR = "Thaís Schneider Farias", "thais.sfarias@gmail.com"

# Senders used more than once.
KENOBY = "Saberia | Carreiras <naoresponda@kenoby.com>"
GUPY_PMP = "Lojas Pampeiro <no-reply@gupy.io>"
GUPY_SUL = "Sistema Sulcredi <no-reply@gupy.io>"
SUL_RS = "Recrutamento e Seleção | Central Sulcredi Sul <selecao@centralsul.sulcredi.example>"
JESSICA = "Jéssica Brandão <jessica.brandao@centralsul.sulcredi.example>"
UCS = "Comissão do Processo Seletivo Docente - UCSerra <selecao.docente@ucserra.example>"
LUCIANE = "Luciane Ortiz <luciane.ortiz@hjb-saude.example>"
SOLIDES = "Compasso Desenvolvimento Humano <naoresponda@solides.com.br>"
GH_AULAZ = "Aulaz <no-reply@us.greenhouse-mail.io>"
GH_LETICIA = "Letícia Prado <no-reply@us.greenhouse-mail.io>"
SIMONE = "Simone Bertolini | Talentos do Sul <simone@talentosdosul.example>"
SF = "Grupo Vinhedo | Carreiras <no-reply@successfactors.com>"
PATRICIA = "Patricia Girardi <patricia.girardi@grupovinhedo.example>"

GUPY_FOOTER = """
--
Esta é uma mensagem automática enviada pela Gupy em nome da empresa. Por favor, não responda.
Dúvidas sobre a plataforma? https://gupy.zendesk.com/hc/pt-br
Para deixar de receber e-mails de processos seletivos, acesse suas preferências em https://login.gupy.io/candidates/account
Gupy Tecnologia em Recrutamento Ltda. - Av. Paulista, 1079 - São Paulo/SP"""

SUL_SIG = """
Jéssica Brandão
Analista de Recrutamento e Seleção
Gente & Cultura | Central Sulcredi Sul
(51) 3218-4470 | Av. Praia de Belas, 1210 - Porto Alegre/RS

Sulcredi. Juntos a gente vai mais longe.
Esta mensagem pode conter informações confidenciais. Se você a recebeu por engano, avise o remetente e apague-a. A Central Sulcredi Sul trata dados pessoais conforme a LGPD (Lei 13.709/2018)."""

SUL_DYN = ics(
    "040000008200E00074C5B7101A82E0080000000090B3C2A1F23BDC01000000000000000010000000A6E8",
    "2025-10-15 14:00",
    "Dinâmica de grupo | Analista de Educação Corporativa - Sulcredi Raízes",
    ("Recrutamento e Seleção", "selecao@centralsul.sulcredi.example"),
    style="outlook",
    minutes=120,
    location="Microsoft Teams",
    description="Reunião do Microsoft Teams\nIngresse no seu computador, aplicativo móvel ou dispositivo de sala\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZTg4\nID da Reunião: 281 440 173 95\nSenha: sG7aQ2",
)

SUL_GESTORA = ics(
    "040000008200E00074C5B7101A82E00800000000C0F4E58A9A47DC01000000000000000010000000B7F1",
    "2025-10-29 10:00",
    "Entrevista - Thaís S. Farias x Daniela Kunz (Sulcredi Raízes)",
    ("Jéssica Brandão", "jessica.brandao@centralsul.sulcredi.example"),
    style="outlook",
    attendees=[("Daniela Kunz", "daniela.kunz@raizes.sulcredi.example")],
    location="Microsoft Teams",
    description="Reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5MWM1\nID da Reunião: 239 118 604 21\nSenha: 7kPz3D",
)

sul_moved = m(
    "k2w8",
    "2025-10-27 17:20",
    JESSICA,
    "Atualizado: Entrevista - Thaís S. Farias x Daniela Kunz (Sulcredi Raízes)",
    A("interview", SC, SCR, 6, "direct"),
    """Oi, Thaís, boa tarde!

A Daniela teve um imprevisto com a agenda da diretoria na quarta (29/10) e me pediu para
remarcarmos a entrevista para sexta-feira, 31/10, às 9h30, também pelo Teams. Já atualizei o
convite - é só aceitar a nova data. Se não puder nesse horário me avisa que busco outra opção.

Desculpa pela mudança em cima da hora!
"""
    + SUL_SIG,
    ics=dict(SUL_GESTORA, start="2025-10-31 09:30:00 -0300", sequence=1),
)

sul_offer = m(
    "n4c1",
    "2025-12-12 18:10",
    JESSICA,
    "Carta proposta - Analista de Educação Corporativa | Sulcredi Raízes",
    A("offer", SC, SCR, 6, "direct"),
    """Olá, Thaís! Tudo bem?

Com muita alegria, em nome da Sulcredi Raízes, te envio em anexo a carta proposta para a
posição de Analista de Educação Corporativa, que vai atuar junto à área de Desenvolvimento de
Pessoas da cooperativa e em parceria com a UniSulcredi, nossa universidade corporativa.

Resumo da proposta:
- Salário: R$ 6.850,00 (CLT, 40h semanais, modelo híbrido - 3 dias presenciais na sede
  administrativa, Av. Getúlio Vargas, Menino Deus)
- Vale-refeição/alimentação: R$ 1.540,00/mês
- Plano de saúde e odontológico (extensivo a dependentes), seguro de vida
- Participação nos resultados (PLR) conforme acordo coletivo
- Previdência privada com contrapartida
- Início previsto: 02/02/2026

Pedimos que nos dê um retorno até quarta-feira, 17/12. Qualquer dúvida sobre a proposta fico à
disposição, inclusive para uma ligação.

Um abraço,
"""
    + SUL_SIG,
    attach=[
        (
            "Carta_Proposta_Thais_Schneider_Farias.pdf",
            "application/pdf",
            "%PDF-1.4\n% carta proposta - Sulcredi Raizes - documento confidencial\n",
        )
    ],
)

ucs_call = m(
    "u7d3",
    "2025-12-05 17:32",
    UCS,
    "Edital nº 38/2025 - Resultado final homologado e convocação para contratação",
    A("offer", UC, UCR, 4, "direct"),
    """Prezada candidata THAÍS SCHNEIDER FARIAS,

A Comissão do Processo Seletivo Docente da Universidade Comunitária da Serra - UCSerra informa
que foi publicado, no site institucional, o RESULTADO FINAL HOMOLOGADO do Processo Seletivo
regido pelo Edital nº 38/2025 (Área: Tecnologias Educacionais - Curso de Pedagogia, modalidade
EaD).

Conforme a classificação final, V. Sa. obteve o 1º lugar, com nota final 8,74, e fica por este
meio CONVOCADA para contratação, nas seguintes condições:

  - Regime: horista, 20 (vinte) horas-aula semanais, Campus Sede - Caxias do Sul/RS, com
    atividades presenciais e síncronas;
  - Início das atividades: 23/02/2026 (semestre letivo 2026/1);
  - Documentação para admissão: ver Anexo III do Edital.

Solicitamos que a candidata manifeste formalmente o ACEITE ou a DESISTÊNCIA da vaga até
19/12/2025, respondendo a este e-mail. A ausência de manifestação no prazo implicará a
convocação do(a) candidato(a) seguinte, nos termos do item 11.4 do Edital.

Atenciosamente,

Comissão do Processo Seletivo Docente
Pró-Reitoria de Graduação | UCSerra - Universidade Comunitária da Serra
Rua Francisco Getúlio Vargas, 3180 - Caxias do Sul/RS
""",
)

MAIL: list[dict[str, Any]] = [
    # --- 1. Saberia, Designer Instrucional Pleno (Kenoby) -----------------------------------
    m(
        "a0k9",
        "2025-09-04 10:38",
        "Kenoby <naoresponda@kenoby.com>",
        "Seu código de verificação: 482913",
        J("other_job", "other", SB),
        """Olá!

Use o código abaixo para confirmar seu e-mail e continuar sua candidatura na página de
carreiras da Saberia:

    482913

O código expira em 15 minutos. Se você não solicitou este código, ignore esta mensagem.

Kenoby - uma empresa Gupy
""",
    ),
    m(
        "a1r4",
        "2025-09-04 10:41",
        KENOBY,
        "Recebemos sua candidatura! 🎉",
        A("confirmation", SB, SB1, 1, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#2b2b2b">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#5b2be0;padding:20px"><img src="https://cdn.kenoby.com/sbr-tecnologia/logo.png" alt="Saberia" height="36"></td></tr>
<tr><td style="padding:24px">
<p>Olá, Thaís!</p>
<p>Que bom ter você por aqui! Sua candidatura para a vaga <b>Designer Instrucional Pleno</b> (Híbrido - Porto Alegre/RS) foi recebida com sucesso.</p>
<p>Nosso time de Gente vai analisar todos os perfis com carinho. Se você avançar, entraremos em contato por e-mail, então fique de olho também na sua caixa de spam. 😉</p>
<p>Enquanto isso, que tal conhecer um pouco mais sobre como a gente transforma a aprendizagem de milhares de estudantes em todo o Brasil?</p>
<p><a href="https://jobs.kenoby.com/sbr-tecnologia/job/designer-instrucional-pleno/64f1c2a9e1b0a7001b3f9c22?utm_source=email">Ver a vaga</a> · <a href="https://saberia.example/sobre">Conheça a Saberia</a></p>
<p>Um abraço,<br>Time de Gente &amp; Cultura</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:16px 24px">SBR Tecnologia Educacional Ltda. · CNPJ 31.448.902/0001-17 · Av. Ipiranga, 6681 - Prédio 99A, Porto Alegre/RS<br>Você recebeu este e-mail porque se candidatou a uma vaga publicada por meio da Kenoby.</td></tr>
</table></body></html>""",
    ),
    m(
        "a2t6",
        "2025-09-11 15:02",
        KENOBY,
        "Saberia: próxima etapa do processo seletivo",
        A("assessment", SB, SB1, 1, "other"),
        """Oi, Thaís!

Temos uma boa notícia: você avançou para a próxima etapa do processo seletivo para
Designer Instrucional Pleno. 🚀

Agora queremos te conhecer um pouco melhor. Esta etapa tem duas atividades online:

1. Teste de perfil comportamental (cerca de 15 minutos)
2. Teste de lógica (30 minutos, cronometrado - faça em um momento tranquilo)

Prazo para conclusão: segunda-feira, 15/09, até as 23h59.

Acesse: https://jobs.kenoby.com/sbr-tecnologia/candidate/tests?token=7f3b0d1e-52aa-4c09-9d2f-3a1e7c6b8d10

Não existe resposta certa ou errada no teste de perfil, combinado? Seja você!

Boa sorte,
Time de Gente & Cultura - Saberia

Kenoby - uma empresa Gupy | Esta mensagem foi enviada automaticamente.
""",
    ),
    m(
        "a3v2",
        "2025-09-26 17:48",
        "Ana Paula Reis (Saberia) <naoresponda@kenoby.com>",
        "Atualização sobre o processo seletivo",
        A("rejection", SB, SB1, 1, "other"),
        """Olá, Thaís, tudo bem?

Queremos agradecer muito pelo tempo e pela dedicação que você colocou no nosso processo
seletivo. Lemos seu currículo e seus resultados com atenção, e sua trajetória em sala de aula,
especialmente o trabalho com projetos de aprendizagem e avaliação formativa, chamou a atenção
do time.

Depois de muita conversa, decidimos seguir neste momento com pessoas que já tenham vivência
prévia na produção de cursos EaD corporativos em larga escala, que é o foco principal da vaga.
Sabemos que não é a resposta que você esperava, e queremos ser transparentes: não se trata de
uma avaliação sobre o seu potencial.

Seu perfil fica no nosso banco de talentos e, se surgir uma oportunidade alinhada com sua
experiência, vamos lembrar de você.

Com carinho,
Ana Paula Reis
Talent Acquisition | Saberia

--
Kenoby - uma empresa Gupy. Mensagem automática, não responda a este e-mail.
""",
    ),
    # --- 2. Lojas Pampeiro, Analista de T&D (Gupy) -------------------------------------------
    m(
        "b0m3",
        "2025-09-09 20:15",
        GUPY_PMP,
        "Candidatura recebida: Analista de Treinamento e Desenvolvimento",
        A("confirmation", PP, PPR, 2, "other"),
        """Oi, Thaís!

Recebemos sua candidatura para a vaga Analista de Treinamento e Desenvolvimento - Escritório
Central (Porto Alegre/RS).

Agora é com a gente: nosso time de Recrutamento vai analisar seu perfil. Você pode acompanhar
as etapas do processo a qualquer momento pelo seu painel de candidaturas:
https://login.gupy.io/candidates/applications

Vaga: https://grupopmp.gupy.io/jobs/9318842?jobBoardSource=gupy_public_page

Obrigado por querer fazer parte da família Pampeiro!
Equipe de Gente & Gestão - Lojas Pampeiro
"""
        + GUPY_FOOTER,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f7">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<img src="https://storage.gupy.io/companies/grupopmp/logo.png" alt="Lojas Pampeiro" width="140">
<h2 style="color:#c8102e">Oi, Thaís!</h2>
<p>Recebemos sua candidatura para a vaga <strong>Analista de Treinamento e Desenvolvimento - Escritório Central (Porto Alegre/RS)</strong>.</p>
<p>Agora é com a gente: nosso time de Recrutamento vai analisar seu perfil. Você pode acompanhar as etapas do processo a qualquer momento pelo seu painel.</p>
<p><a style="background:#c8102e;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px" href="https://click.gupy.io/ls/click?upn=u001.QmF4ZUxw-2FvRk9xY3J0aA">Acompanhar candidatura</a></p>
<p>Obrigado por querer fazer parte da família Pampeiro!<br>Equipe de Gente &amp; Gestão - Lojas Pampeiro</p>
<hr><p style="font-size:11px;color:#999">Esta é uma mensagem automática enviada pela Gupy em nome da empresa. Por favor, não responda.<br>Gupy Tecnologia em Recrutamento Ltda. - Av. Paulista, 1079 - São Paulo/SP</p>
</div></body></html>""",
    ),
    m(
        "b1p8",
        "2025-09-10 09:30",
        GUPY_PMP,
        "Thaís, você avançou para a próxima etapa!",
        A("assessment", PP, PPR, 2, "other"),
        """Oi, Thaís! Tudo bem?

Parabéns! Você avançou para a etapa de Testes no processo seletivo para Analista de
Treinamento e Desenvolvimento.

Nesta etapa você vai responder:
- Teste de Lógica (20 questões)
- Teste de Perfil Comportamental
- Teste de Fit Cultural - Jeito Pampeiro de Ser

Você tem até 14/09 para concluir. Acesse pelo link:
https://grupopmp.gupy.io/candidates/jobs/9318842/steps/test

Dica: reserve cerca de 40 minutos e use um computador com boa conexão.

Boa sorte!
Equipe de Gente & Gestão - Lojas Pampeiro
"""
        + GUPY_FOOTER,
    ),
    m(
        "b2q5",
        "2025-10-06 11:20",
        GUPY_PMP,
        "Retorno da sua candidatura",
        A("rejection", PP, PPR, 2, "other"),
        """Olá, Thaís.

Agradecemos seu interesse em fazer parte da Lojas Pampeiro e o tempo dedicado ao nosso
processo seletivo para a vaga Analista de Treinamento e Desenvolvimento.

Após uma análise cuidadosa de todos os perfis, optamos por seguir com outros candidatos cuja
experiência está mais aderente aos requisitos da posição neste momento.

Sabemos que participar de um processo seletivo exige dedicação, e reconhecemos o seu esforço.
Continue acompanhando nossas oportunidades em https://grupopmp.gupy.io - novas vagas são
publicadas com frequência.

Desejamos sucesso na sua jornada!
Equipe de Gente & Gestão - Lojas Pampeiro
"""
        + GUPY_FOOTER,
    ),
    # --- 3. Nuvem Sul Software (LinkedIn Easy Apply) -----------------------------------------
    m(
        "c0x1",
        "2025-09-12 13:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Thaís, sua candidatura foi enviada para Nuvem Sul Software",
        A("confirmation", NS, NSR, 3, "linkedin"),
        """Sua candidatura foi enviada para Nuvem Sul Software

Especialista em Customer Education
Nuvem Sul Software · Porto Alegre, Rio Grande do Sul, Brasil (Híbrido)
Candidatura enviada em 12 de set. de 2025

Ver vaga: https://www.linkedin.com/comm/jobs/view/4291877310/?trackingId=Zm9vYmFy%3D%3D

Agora, dê o próximo passo
Pessoas que se candidatam logo após a publicação têm mais chances. Veja vagas semelhantes:

Analista de Treinamento - Grupo Ferragem Sul · Canoas (Presencial)
Designer Instrucional - Escola Digital RS · Remoto

Ver todas as vagas: https://www.linkedin.com/comm/jobs/collections/recommended

----------------------------------------
Este e-mail foi enviado para Thaís Schneider Farias (Pedagoga | Designer Instrucional em formação)
Saiba por que incluímos isto: https://www.linkedin.com/help/linkedin/answer/4788
Você está recebendo e-mails de notificação de candidatura.
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn e o logotipo do LinkedIn são marcas registradas da LinkedIn Corporation.
""",
    ),
    # --- 4. UCSerra, processo seletivo docente (Edital 38/2025) ------------------------------
    m(
        "d0c7",
        "2025-09-16 16:22",
        UCS,
        "Edital nº 38/2025 - Comprovante de inscrição nº 2025038-0117",
        A("confirmation", UC, UCR, 4, "direct"),
        """Prezada candidata,

Acusamos o recebimento de sua inscrição no Processo Seletivo Docente regido pelo Edital
nº 38/2025, conforme dados abaixo:

Inscrição: 2025038-0117
Candidata: THAÍS SCHNEIDER FARIAS
Área: Tecnologias Educacionais - Curso de Pedagogia (modalidade EaD)
Titulação declarada: Especialização (Mestrado em andamento não é considerado para fins de
pontuação, conforme item 4.2)
Documentos recebidos: currículo Lattes, diplomas, comprovantes de experiência docente (6 anos)

O comprovante segue em anexo. A relação das inscrições homologadas será divulgada em
30/09/2025 no endereço https://www.ucserra.example/processos-seletivos/docentes.

Este é um e-mail automático. Dúvidas devem ser encaminhadas para selecao.docente@ucserra.example.

Comissão do Processo Seletivo Docente
Pró-Reitoria de Graduação - UCSerra
""",
        attach=[
            (
                "comprovante_inscricao_2025038-0117.pdf",
                "application/pdf",
                "%PDF-1.4\n% comprovante de inscricao edital 38/2025\n",
            )
        ],
    ),
    m(
        "d1h2",
        "2025-09-30 18:40",
        UCS,
        "Edital nº 38/2025 - Homologação das inscrições",
        A("viewed", UC, UCR, 4, "direct"),
        """Prezado(a) candidato(a),

Informamos que foi publicada a relação das inscrições homologadas do Processo Seletivo
Docente - Edital nº 38/2025.

Situação da sua inscrição (2025038-0117): HOMOLOGADA

O prazo para interposição de recursos contra a homologação é de 1 (um) dia útil a contar da
publicação. O cronograma da Prova Didática e da Entrevista será divulgado até 08/10/2025.

Relação completa: https://www.ucserra.example/processos-seletivos/docentes/edital-38-2025/homologacao.pdf

Atenciosamente,
Comissão do Processo Seletivo Docente
""",
    ),
    m(
        "d2f9",
        "2025-10-08 14:10",
        UCS,
        "Convocação - Prova Didática e Entrevista (Edital 38/2025)",
        A("interview", UC, UCR, 4, "direct"),
        """Prezada Thaís Schneider Farias,

Fica V. Sa. convocada para a Prova Didática e a Entrevista do Processo Seletivo Docente -
Edital nº 38/2025, conforme abaixo:

Data: 20/10/2025 (segunda-feira)
Horário: 9h00 (comparecer com 30 minutos de antecedência)
Local: Campus Sede - Bloco H, sala 305 - Caxias do Sul/RS

O tema da Prova Didática será sorteado com 24 horas de antecedência, entre os pontos do
Anexo II do Edital, e comunicado por este e-mail. A aula terá duração de 20 a 30 minutos,
seguida de arguição pela banca e da entrevista (até 20 minutos).

Trazer: documento oficial com foto e plano de aula em 3 (três) vias impressas.

Segue convite para sua agenda.

Comissão do Processo Seletivo Docente
Pró-Reitoria de Graduação | UCSerra
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D01B77C3E436DC0100000000000000001000000012AB",
            "2025-10-20 09:00",
            "Prova Didática e Entrevista - Edital 38/2025 - Tecnologias Educacionais",
            ("Seleção Docente UCSerra", "selecao.docente@ucserra.example"),
            style="outlook",
            minutes=90,
            location="Campus Sede - Bloco H, sala 305, Caxias do Sul/RS",
        ),
    ),
    ucs_call,
    m(
        "d4s6",
        "2025-12-18 10:05",
        "Cláudia Bettio <claudia.bettio@ucserra.example>",
        "RE: Edital nº 38/2025 - Resultado final homologado e convocação para contratação",
        A(
            "offer",
            UC,
            UCR,
            4,
            "direct",
        ),
        """Prezada Thaís,

Recebemos tua manifestação de desistência e ela já foi registrada pela Comissão. Vamos
convocar a próxima candidata classificada, conforme o Edital.

Confesso que lamento - tua aula sobre trilhas de aprendizagem foi das melhores que vi neste
processo. Mas entendo perfeitamente a decisão e desejo muito sucesso na nova função. As portas
da UCSerra seguem abertas, inclusive para disciplinas de pós-graduação como convidada.

Abraço,
Profª Dra. Cláudia Bettio
Coordenação do Curso de Pedagogia | UCSerra

________________________________
De: Thaís Schneider Farias <thais.sfarias@gmail.com>
Enviado: quarta-feira, 17 de dezembro de 2025 21:12
Para: selecao.docente@ucserra.example
Assunto: Re: Edital nº 38/2025 - Resultado final homologado e convocação para contratação

Prezada Comissão,

Agradeço muito a convocação e a oportunidade de participar do processo. Após muita reflexão,
manifesto minha DESISTÊNCIA da vaga, pois aceitei recentemente uma proposta de trabalho em
Porto Alegre que inviabiliza o deslocamento para Caxias do Sul.

Atenciosamente,
Thaís Schneider Farias
""",
        st="declined",
        **thread(ucs_call),
    ),
    # --- 5. Hospital Jardim Botânico (Vagas.com, then the hospital) --------------------------
    m(
        "e0b5",
        "2025-09-18 08:55",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura realizada: Analista de Educação Continuada",
        A("confirmation", HJ, HJR, 5, "other"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580"><tr><td style="padding:12px 0"><img src="https://www.vagas.com.br/assets/logo-vagas.png" alt="VAGAS.com.br"></td></tr>
<tr><td>
<p>Olá, <b>Thaís</b>!</p>
<p>Sua candidatura foi realizada com sucesso. Confira os dados:</p>
<table style="border:1px solid #ddd;padding:10px;width:100%">
<tr><td><b>Vaga:</b> Analista de Educação Continuada</td></tr>
<tr><td><b>Empresa:</b> Associação Beneficente Jardim Botânico</td></tr>
<tr><td><b>Local:</b> Porto Alegre / RS</td></tr>
<tr><td><b>Código da vaga:</b> v2718334</td></tr>
</table>
<p>A partir de agora, o processo seletivo é conduzido pela empresa. Caso seu perfil seja selecionado, ela entrará em contato.</p>
<p>Mantenha seu currículo sempre atualizado para aumentar suas chances: <a href="https://www.vagas.com.br/meu-curriculo?utm_campaign=candidatura">atualizar currículo</a></p>
<p style="color:#777;font-size:11px">Você recebeu esta mensagem porque se candidatou a uma vaga no VAGAS.com.br. Para alterar suas preferências de e-mail, acesse sua conta.</p>
</td></tr></table>
</td></tr></table></body></html>""",
    ),
    m(
        "e1g8",
        "2025-10-02 11:17",
        LUCIANE,
        "Entrevista - Educação Continuada HJB",
        A("interview", HJ, HJR, 5, "direct"),
        """Prezada Thaís, bom dia.

Recebemos seu currículo para a vaga de Analista de Educação Continuada e gostaríamos de
convidá-la para uma entrevista presencial com a equipe do Serviço de Desenvolvimento Humano e
a enfermeira coordenadora da Educação Permanente.

Data: 09/10 (quinta-feira), às 14h
Local: Centro de Estudos - 3º andar, Prédio B (entrada pela Rua Dr. Salvador França, 1427)

Estou enviando o convite pelo Outlook. Pedimos a gentileza de confirmar a presença.

Atenciosamente,

Luciane Ortiz
Analista de Recrutamento | Serviço de Desenvolvimento Humano
Hospital Jardim Botânico - HJB
(51) 3029-7700 ramal 4412

AVISO DE CONFIDENCIALIDADE: esta mensagem e seus anexos são de uso exclusivo do(s)
destinatário(s) e podem conter informações protegidas por sigilo. A Associação Beneficente
Jardim Botânico não se responsabiliza por opiniões pessoais expressas nesta mensagem.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000070C6A9A07F33DC01000000000000000010000000C4D2",
            "2025-10-09 14:00",
            "Entrevista - Thaís Schneider Farias (Educação Continuada)",
            ("Luciane Ortiz", "luciane.ortiz@hjb-saude.example"),
            style="outlook",
            attendees=[("Enf. Rosane Quadros", "rosane.quadros@hjb-saude.example")],
            location="Centro de Estudos - 3º andar, Prédio B",
        ),
    ),
    m(
        "e2c3",
        "2025-10-07 16:45",
        LUCIANE,
        "Cancelado: Entrevista - Thaís Schneider Farias (Educação Continuada)",
        A("interview", HJ, HJR, 5, "direct"),
        """Thaís, boa tarde.

Infelizmente precisamos cancelar a entrevista de quinta-feira (09/10). A vaga está passando por
uma revisão de quadro junto à diretoria e, até essa definição, estamos suspendendo as
agendas. Peço desculpas pelo transtorno. Assim que tivermos uma posição, entro em contato.

Luciane Ortiz
Serviço de Desenvolvimento Humano | HJB
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000070C6A9A07F33DC01000000000000000010000000C4D2",
            "2025-10-09 14:00",
            "Cancelado: Entrevista - Thaís Schneider Farias (Educação Continuada)",
            ("Luciane Ortiz", "luciane.ortiz@hjb-saude.example"),
            style="outlook",
            method="CANCEL",
            location="Centro de Estudos - 3º andar, Prédio B",
        ),
    ),
    m(
        "e3j1",
        "2025-10-21 10:30",
        LUCIANE,
        "Processo seletivo - Analista de Educação Continuada",
        A("confirmation", HJ, HJR, 5, "direct"),
        """Prezada Thaís,

Conforme conversamos, retorno sobre a vaga de Analista de Educação Continuada. A diretoria
decidiu congelar a contratação até a aprovação do orçamento de 2026, prevista para março.
O processo está, portanto, suspenso, e não temos por enquanto uma nova data para as
entrevistas.

Seu currículo permanece no nosso banco e, caso a vaga seja reaberta, você será uma das
primeiras pessoas a ser contatada.

Agradecemos a compreensão.

Luciane Ortiz
Analista de Recrutamento | Serviço de Desenvolvimento Humano
Hospital Jardim Botânico - HJB
""",
        st="on_hold",
    ),
    # --- 6. Sulcredi Raízes, via the Central and Gupy ----------------------------------------
    m(
        "f0a2",
        "2025-09-22 19:40",
        "Gupy <no-reply@gupy.io>",
        "Seu código de acesso à Gupy",
        J("other_job", "other"),
        """Olá, Thaís!

Seu código de acesso é: 731 054

Ele é válido por 10 minutos. Se você não tentou acessar sua conta, pode ignorar este e-mail
com segurança.

Equipe Gupy
""",
    ),
    m(
        "f1d4",
        "2025-09-22 19:47",
        GUPY_SUL,
        "Recebemos sua candidatura 💚",
        A("confirmation", SC, SCR, 6, "other"),
        """Olá, Thaís!

Sua candidatura para a vaga Analista de Educação Corporativa - Sulcredi Raízes (Porto
Alegre/RS) foi recebida.

No Sistema Sulcredi, acreditamos que as pessoas fazem a diferença na vida dos associados e das
comunidades. Nas próximas etapas, você pode ser convidada para testes online, dinâmica e
entrevistas. Todas as comunicações serão enviadas por e-mail e ficam disponíveis no seu
painel: https://login.gupy.io/candidates/applications

Vaga: https://sistemasulcredi.gupy.io/jobs/9402217

Boa sorte!
Gente & Cultura | Sistema Sulcredi
"""
        + GUPY_FOOTER,
    ),
    m(
        "f2e7",
        "2025-09-24 08:12",
        GUPY_SUL,
        "Você avançou para a próxima etapa!",
        A("assessment", SC, SCR, 6, "other"),
        """Olá, Thaís!

Você avançou no processo seletivo para Analista de Educação Corporativa - Sulcredi Raízes.

Próxima etapa: Testes online
- Teste de Perfil
- Teste de Lógica
- Teste de Língua Portuguesa

Prazo: 28/09/2025, 23h59.
Responder agora: https://sistemasulcredi.gupy.io/candidates/jobs/9402217/steps/tests

Gente & Cultura | Sistema Sulcredi
"""
        + GUPY_FOOTER,
    ),
    m(
        "f3g1",
        "2025-10-09 15:33",
        SUL_RS,
        "Convite para dinâmica de grupo - Analista de Educação Corporativa",
        A("interview", SC, SCR, 6, "direct"),
        """Olá, Thaís! Tudo bem?

Meu nome é Jéssica, sou da área de Recrutamento e Seleção da Central Sulcredi Sul, que conduz
os processos seletivos das cooperativas filiadas. Parabéns pelo seu desempenho nos testes!

Gostaríamos de convidar você para a próxima etapa do processo de Analista de Educação
Corporativa da Sulcredi Raízes: uma dinâmica de grupo online.

Data: 15/10 (quarta-feira)
Horário: 14h às 16h
Local: Microsoft Teams (link no convite)

Algumas orientações: esteja em um local silencioso, com câmera e microfone funcionando, e entre
na sala 10 minutos antes. Não é preciso preparar nada.

Por favor, confirme sua participação respondendo a este e-mail.
"""
        + SUL_SIG,
        ics=SUL_DYN,
    ),
    m(
        "f4h5",
        "2025-10-22 10:05",
        JESSICA,
        "Próxima etapa: entrevista com a gestora | Sulcredi Raízes",
        A("interview", SC, SCR, 6, "direct"),
        """Oi, Thaís! Bom dia!

Tenho uma ótima notícia: você foi aprovada na dinâmica e segue para a entrevista com a
Daniela Kunz, Coordenadora de Desenvolvimento de Pessoas da Sulcredi Raízes.

Quando: 29/10 (quarta-feira), às 10h
Onde: Teams (convite anexo)
Duração: cerca de 1 hora

Na conversa, a Daniela vai querer saber mais sobre a sua experiência planejando formações
e como você imagina levar a prática da sala de aula para a educação de adultos. Pode
trazer exemplos de materiais que você já produziu, se quiser.

Qualquer coisa, me chama!
"""
        + SUL_SIG,
        ics=SUL_GESTORA,
    ),
    sul_moved,
    m(
        "f6j3",
        "2025-10-28 08:47",
        JESSICA,
        "RE: Atualizado: Entrevista - Thaís S. Farias x Daniela Kunz (Sulcredi Raízes)",
        A("interview", SC, SCR, 6, "direct"),
        """Perfeito, Thaís! Obrigada pela flexibilidade. Até sexta!

Abs,
Jéssica

-----Mensagem original-----
De: Thaís Schneider Farias <thais.sfarias@gmail.com>
Enviada em: segunda-feira, 27 de outubro de 2025 21:03
Para: Jéssica Brandão <jessica.brandao@centralsul.sulcredi.example>
Assunto: Re: Atualizado: Entrevista - Thaís S. Farias x Daniela Kunz (Sulcredi Raízes)

Oi, Jéssica! Sem problemas, confirmo sexta 31/10 às 9h30. Obrigada!
Thaís
""",
        **thread(sul_moved),
    ),
    m(
        "f7k8",
        "2025-11-19 14:00",
        JESSICA,
        "Última etapa - conversa com a Superintendência | Sulcredi Raízes",
        A("interview", SC, SCR, 6, "direct"),
        """Olá, Thaís!

A Daniela gostou muito da conversa de vocês e queremos te convidar para a última etapa do
processo: um bate-papo presencial com o Superintendente de Gente e Gestão, Marcos Weber, e a
própria Daniela.

Data: 25/11 (terça-feira), às 16h
Local: Sede administrativa da Sulcredi Raízes - Av. Getúlio Vargas, 1558, 4º andar - Menino
Deus, Porto Alegre. Na recepção, informe que veio para entrevista com a Daniela.

Convite na agenda em seguida. Boa sorte!
"""
        + SUL_SIG,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1D0AC33F158DC01000000000000000010000000D9E1",
            "2025-11-25 16:00",
            "Entrevista final - Thaís Schneider Farias | Superintendência GG",
            ("Jéssica Brandão", "jessica.brandao@centralsul.sulcredi.example"),
            style="outlook",
            attendees=[
                ("Marcos Weber", "marcos.weber@raizes.sulcredi.example"),
                ("Daniela Kunz", "daniela.kunz@raizes.sulcredi.example"),
            ],
            location="Sede Sulcredi Raízes - Av. Getúlio Vargas, 1558, 4º andar",
        ),
    ),
    sul_offer,
    m(
        "n5d8",
        "2025-12-15 09:40",
        JESSICA,
        "RE: Carta proposta - Analista de Educação Corporativa | Sulcredi Raízes",
        A("offer", SC, SCR, 6, "direct"),
        """Que notícia boa, Thaís!!! 🎉

Seja muito bem-vinda ao Sulcredi! A Daniela já está sabendo e ficou super feliz.

Nos próximos dias você vai receber dois e-mails: um da nossa área de Admissões com o
agendamento do exame admissional e outro da plataforma Gupy Admissão para o envio dos
documentos. Qualquer dúvida no caminho, é só me chamar.

Abraço e até breve!
Jéssica

-----Mensagem original-----
De: Thaís Schneider Farias <thais.sfarias@gmail.com>
Enviada em: domingo, 14 de dezembro de 2025 22:31
Para: Jéssica Brandão <jessica.brandao@centralsul.sulcredi.example>
Assunto: Re: Carta proposta - Analista de Educação Corporativa | Sulcredi Raízes

Oi, Jéssica! Boa noite!

Li a proposta com calma e fico muito feliz em aceitar! Confirmo o início em 02/02/2026.
Muito obrigada a ti e à Daniela por todo o processo.

Um abraço,
Thaís
""",
        st="accepted",
        **thread(sul_offer),
    ),
    m(
        "n6e2",
        "2025-12-18 11:26",
        "Admissões | Central Sulcredi Sul <admissao@centralsul.sulcredi.example>",
        "Agendamento do exame admissional - Thaís Schneider Farias",
        J("other_job", "direct", SC, SCR),
        """Prezada Thaís,

Seu exame admissional (ASO) para a cooperativa Sulcredi Raízes foi agendado:

Data: 23/12/2025 (terça-feira), às 8h15
Local: Clínica Ocupar Medicina do Trabalho - Rua José de Alencar, 286, sala 402 - Menino Deus
Orientações: comparecer com documento com foto e carteira de vacinação; jejum não necessário.

O exame é custeado pela cooperativa. Em caso de impossibilidade, responda este e-mail com até
24 horas de antecedência.

Atenciosamente,
Equipe de Admissões
Central Sulcredi Sul - Gente & Cultura
""",
    ),
    m(
        "n7f6",
        "2025-12-19 09:03",
        "Gupy Admissão <no-reply@gupy.io>",
        "Sulcredi Raízes: envie seus documentos para a admissão",
        J("other_job", "other", SC, SCR),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Olá, Thaís!</p>
<p>Parabéns pela nova conquista! A <b>Sulcredi Raízes</b> iniciou o seu processo de admissão para a posição <b>Analista de Educação Corporativa</b>.</p>
<p>Para seguirmos, envie os documentos abaixo pela plataforma até <b>09/01/2026</b>:</p>
<ul>
<li>RG e CPF (ou CNH)</li><li>Carteira de Trabalho Digital (print da tela de contratos)</li><li>PIS/PASEP</li>
<li>Título de eleitor</li><li>Comprovante de residência atualizado</li><li>Certidão de nascimento ou casamento</li>
<li>Comprovante de escolaridade (diploma de Pedagogia)</li><li>Foto 3x4 digital</li><li>Dados bancários (conta na cooperativa)</li>
</ul>
<p><a href="https://admissao.gupy.io/candidate/onboarding/4f1e9a0c">Enviar documentos</a></p>
<p>Em caso de dúvidas, fale com a área de Admissões da sua nova empresa.</p>
<p style="font-size:11px;color:#888">Gupy Admissão · Mensagem automática enviada em nome de Sulcredi Raízes. Não responda.</p>
</body></html>""",
    ),
    m(
        "n8g4",
        "2026-01-27 15:50",
        "UniSulcredi <unisulcredi@centralsul.sulcredi.example>",
        "Boas-vindas! Sua integração começa em 02/02 ✨",
        J("other_job", "direct", SC, SCR),
        """Olá, Thaís!

Seja bem-vinda ao Sistema Sulcredi! Estamos te esperando para a Integração de Novos
Colaboradores, que acontece nos dias 02 e 03/02, das 8h30 às 17h30, no Espaço UniSulcredi
(Av. Praia de Belas, 1210, 2º andar).

Nos dois dias você vai conhecer a história do cooperativismo de crédito, os princípios
cooperativistas, nossos produtos e a estrutura do sistema. O almoço está por nossa conta.

Traga: documento com foto e sua disposição para conhecer gente nova. 😊

Convite na agenda anexo.

UniSulcredi - Universidade Corporativa do Sistema Sulcredi
""",
        ics=ics(
            "unisulcredi-integracao-20260202-0417@centralsul.sulcredi.example",
            "2026-02-02 08:30",
            "Integração de Novos Colaboradores - Turma Fevereiro/2026",
            ("UniSulcredi", "unisulcredi@centralsul.sulcredi.example"),
            minutes=540,
            location="Espaço UniSulcredi - Av. Praia de Belas, 1210, 2º andar",
        ),
    ),
    # --- 7. Compasso Desenvolvimento Humano (Solides) ----------------------------------------
    m(
        "g0n2",
        "2025-09-25 11:11",
        SOLIDES,
        "Candidatura confirmada: Designer Instrucional – Projetos Corporativos",
        A("confirmation", CP, CPR, 7, "other"),
        html="""<html><body style="font-family:'Open Sans',Arial;color:#333">
<div style="max-width:600px;margin:0 auto">
<div style="background:#0d2c54;padding:16px;color:#fff">Compasso Desenvolvimento Humano</div>
<div style="padding:20px">
<p>Olá, <strong>Thaís Schneider Farias</strong>!</p>
<p>Sua candidatura para a vaga <strong>Designer Instrucional – Projetos Corporativos</strong> (Florianópolis/SC – híbrido ou remoto) foi confirmada.</p>
<p>Fique atenta ao seu e-mail e ao seu painel de candidaturas: as próximas etapas serão informadas por lá.</p>
<p><a href="https://compassodh.vagas.solides.com.br/vaga/558214">Ver detalhes da vaga</a></p>
</div>
<div style="font-size:11px;color:#999;padding:12px 20px;border-top:1px solid #eee">Enviado por Sólides Vagas em nome de Compasso Desenvolvimento Humano. Este é um e-mail automático, por favor não responda.</div>
</div></body></html>""",
    ),
    m(
        "g1r6",
        "2025-09-25 11:13",
        SOLIDES,
        "Responda o Teste de Perfil Comportamental",
        A("assessment", CP, CPR, 7, "other"),
        """Olá, Thaís!

A empresa Compasso Desenvolvimento Humano solicita que você responda ao Teste de Perfil
Comportamental (Profiler) como parte do processo seletivo para Designer Instrucional –
Projetos Corporativos.

O teste leva em média 5 minutos. Responda de forma espontânea, escolhendo os adjetivos com os
quais você mais se identifica.

Responder agora: https://profiler.solides.com.br/candidato/t/8c1d02f7e9

Este link é pessoal e intransferível.

Sólides - Tecnologia para a gestão de pessoas
""",
    ),
    m(
        "g2w4",
        "2025-10-06 16:50",
        "Marina Tissot <marina@compassodh.example>",
        "Conversa sobre a vaga de DI",
        A("interview", CP, CPR, 7, "direct"),
        """Oi Thaís, tudo bem?

Sou a Marina, uma das sócias da Compasso aqui em Floripa. Vi teu currículo e teu resultado
no Profiler e adoraria bater um papo sobre a vaga de Designer Instrucional para os nossos
projetos corporativos (a gente atende indústria, cooperativas e saúde).

Te mandei um convite para quinta, 09/10, às 10h, pelo Meet. Se não funcionar, me sugere outro
horário nessa semana que eu me organizo.

Beijo e até lá!
Marina Tissot
Sócia-diretora | Compasso Desenvolvimento Humano
+55 48 99132-7781 | compassodh.example
""",
        ics=ics(
            "5m2k9q1d7b3c0a8e4f6g2h1j9k@google.com",
            "2025-10-09 10:00",
            "Thaís x Marina - vaga DI Compasso",
            ("Marina Tissot", "marina@compassodh.example"),
            minutes=45,
            location="https://meet.google.com/xvq-mdzs-ktp",
            description="Participar com o Google Meet: https://meet.google.com/xvq-mdzs-ktp\nOu disque: (BR) +55 11 4933-2178 PIN: 602 118 447#",
        ),
    ),
    m(
        "g3y7",
        "2025-10-14 20:12",
        "Marina Tissot <marina@compassodh.example>",
        "Resposta automática: Retorno do processo",
        J("other_job", "direct", CP),
        """Olá! Estou em férias de 13/10 a 24/10, com acesso restrito ao e-mail.

Assuntos de projetos em andamento: fale com o Caio (caio@compassodh.example).
Demais assuntos respondo no meu retorno.

Obrigada!
Marina Tissot | Compasso Desenvolvimento Humano
""",
    ),
    m(
        "g4z1",
        "2025-10-30 14:30",
        SOLIDES,
        "Retorno sobre o processo seletivo",
        A("rejection", CP, CPR, 7, "other"),
        """Olá, Thaís!

A Compasso Desenvolvimento Humano agradece sua participação no processo seletivo para a vaga
Designer Instrucional – Projetos Corporativos.

Após avaliação criteriosa, informamos que o processo seguirá com outro(a) candidato(a) neste
momento. Seu perfil ficará armazenado em nosso Banco de Talentos por 12 meses e poderá ser
considerado em futuras oportunidades.

Desejamos sucesso!

Sólides Vagas | Mensagem enviada em nome de Compasso Desenvolvimento Humano
""",
    ),
    # --- 8. Aulaz (Greenhouse) -----------------------------------------------------------------
    m(
        "h0b8",
        "2025-10-01 22:14",
        GH_AULAZ,
        "Thank you for applying to Aulaz",
        A("confirmation", AZ, AZR, 8, "greenhouse", "en"),
        """Hi Thaís,

Thanks for applying to Aulaz! Your application for the Designer Instrucional (Cursos Online)
role has been received, and our team will review it shortly.

If your background is a good fit, someone from our People team will reach out to you about
next steps. In the meantime, feel free to check out what we're building at
https://aulaz.example/sobre.

Best,
The Aulaz Talent Team

**Please do not reply to this email. This mailbox is not monitored.**
Powered by Greenhouse
""",
    ),
    m(
        "h1c3",
        "2025-10-08 10:12",
        GH_LETICIA,
        "Aulaz | Desafio prático - Designer Instrucional",
        A("assessment", AZ, AZR, 8, "greenhouse"),
        """Oi, Thaís, tudo bem?

Aqui é a Letícia, do time de Pessoas da Aulaz. Curtimos muito teu perfil e queremos te convidar
para a etapa de desafio prático!

O desafio: desenhar um microcurso de até 20 minutos sobre "Como dar feedback" para líderes de
primeira viagem, que vai ser publicado na nossa plataforma. Queremos ver:

1. Público e objetivos de aprendizagem (no máximo 3)
2. Roteiro/estrutura do curso, com as atividades
3. Storyboard de 3 telas (pode ser no Canva, Figma, PowerPoint... o que preferir)
4. Uma proposta de avaliação da aprendizagem

Prazo: 7 dias corridos a partir de hoje (até 15/10). Envie o material pelo link abaixo - não é
necessário produzir o curso, só o desenho.

Enviar desafio: https://app.greenhouse.io/tests/3e9d6a1f0b5c47d2?utm_medium=email

Qualquer dúvida, é só responder este e-mail.

Abraços,
Letícia Prado
People Partner | Aulaz
""",
        reply_to="Letícia Prado <leticia.prado@aulaz.example>",
    ),
    m(
        "h2d9",
        "2025-10-20 09:05",
        GH_LETICIA,
        "Convite: entrevista com a Head de Aprendizagem - Aulaz",
        A("interview", AZ, AZR, 8, "greenhouse"),
        """Oi, Thaís!

Teu desafio ficou muito bom - o time adorou a proposta de avaliação com casos reais! 🎉

Queremos seguir para uma entrevista com a Carol Medeiros, nossa Head de Aprendizagem:

Quinta-feira, 23/10, das 15h às 16h (horário de Brasília)
Google Meet - o link está no convite

Se o horário não funcionar, me avisa que remarcamos.

Abraços,
Letícia Prado
People Partner | Aulaz
""",
        reply_to="Letícia Prado <leticia.prado@aulaz.example>",
        ics=ics(
            "greenhouse-interview-61734291@aulaz.example",
            "2025-10-23 15:00",
            "Entrevista: Thaís Schneider Farias <> Carol Medeiros (Aulaz)",
            ("Letícia Prado", "leticia.prado@aulaz.example"),
            attendees=[("Carol Medeiros", "carol.medeiros@aulaz.example")],
            location="https://meet.google.com/pfn-qwer-htu",
            description="Entrevista - Designer Instrucional (Cursos Online)\nLink: https://meet.google.com/pfn-qwer-htu",
        ),
    ),
    m(
        "h3f2",
        "2025-10-29 16:30",
        GH_LETICIA,
        "Aulaz: painel com o time de Produto e Conteúdo",
        A("interview", AZ, AZR, 8, "greenhouse"),
        """Oi, Thaís! Mais uma etapa concluída 👏

A próxima é um painel com pessoas de Produto e Conteúdo (90 minutos). Você vai apresentar
teu desafio em 15 minutos e depois a gente conversa sobre colaboração com especialistas,
ferramentas e métricas de aprendizagem.

Terça, 04/11, às 14h. Convite em anexo.

Abraços,
Letícia
""",
        reply_to="Letícia Prado <leticia.prado@aulaz.example>",
        ics=ics(
            "greenhouse-interview-61790455@aulaz.example",
            "2025-11-04 14:00",
            "Painel: Thaís Schneider Farias - Produto & Conteúdo (Aulaz)",
            ("Letícia Prado", "leticia.prado@aulaz.example"),
            minutes=90,
            attendees=[
                ("Carol Medeiros", "carol.medeiros@aulaz.example"),
                ("Vinícius Sandri", "vinicius.sandri@aulaz.example"),
                ("Paula Hoffmann", "paula.hoffmann@aulaz.example"),
            ],
            location="https://meet.google.com/bkz-ywxa-rme",
        ),
    ),
    m(
        "h4g6",
        "2025-11-13 12:40",
        GH_LETICIA,
        "Sua candidatura na Aulaz",
        A("rejection", AZ, AZR, 8, "greenhouse"),
        """Oi, Thaís, tudo bem?

Antes de mais nada, obrigada pela entrega em todas as etapas. Teu desafio foi um dos melhores
que recebemos e o painel elogiou muito a clareza com que apresentaste as escolhas
pedagógicas.

Foi uma decisão difícil, mas optamos por seguir com uma pessoa que já tem bastante
experiência em produção audiovisual e roteiro para vídeo, que vai ser o foco do time nos
próximos meses.

Adoraríamos manter contato. Se abrir uma vaga mais próxima do teu perfil, com certeza vou te
procurar.

Um abraço,
Letícia Prado
People Partner | Aulaz
""",
        reply_to="Letícia Prado <leticia.prado@aulaz.example>",
    ),
    m(
        "h5k0",
        "2025-11-20 10:00",
        GH_AULAZ,
        "Conte pra gente: como foi sua experiência com a Aulaz?",
        J("other_job", "greenhouse", AZ),
        """Oi, Thaís,

Você participou recentemente de um processo seletivo na Aulaz. Queremos melhorar a
experiência de quem se candidata e sua opinião é muito importante.

A pesquisa é anônima e leva 2 minutos:
https://app.greenhouse.io/survey/candidate/7c20f1e4a9?language=pt-BR

Obrigado!
Time de Pessoas - Aulaz
""",
    ),
    # --- 9. Serra Alta Alimentos, through Talentos do Sul (agency) ---------------------------
    m(
        "i0m5",
        "2025-10-03 09:48",
        SIMONE,
        "Oportunidade - Analista de T&D (Caxias do Sul)",
        J("outreach", "agency", None, SAR),
        """Bom dia, Thaís! Tudo bem?

Meu nome é Simone, sou consultora da Talentos do Sul, consultoria de RH com sede em Caxias do
Sul. Encontrei teu perfil no LinkedIn e achei muito interessante a tua trajetória como
pedagoga e a transição para educação corporativa.

Estou conduzindo um processo para Analista de T&D em uma indústria de alimentos de grande
porte da Serra Gaúcha (cerca de 1.800 colaboradores). A pessoa vai estruturar a trilha de
integração e os programas de formação de líderes de produção. Modelo presencial em Caxias,
com possibilidade de 1 dia de home office após o período de experiência.

Faixa salarial: R$ 5.500 a R$ 6.200 + benefícios (inclui auxílio mudança).

Teria interesse em conversar? Se sim, me envia teu currículo atualizado e uma pretensão
salarial.

Abraço,
Simone Bertolini
Consultora de Recrutamento & Seleção
Talentos do Sul Consultoria em RH
(54) 3028-5561 | (54) 99117-2040
""",
    ),
]
