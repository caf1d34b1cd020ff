# ruff: noqa: E501, RUF100
"""Corpus 156, job mail part one (data only): see heldout156.py.

Also the corpus's shared helpers: the time zone, ``m()`` and the label shorthands, which the other
data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Brasília's offset on ``day`` (no daylight saving since 2019)."""
    return "-0300"


def tz_mt(day: str) -> str:
    """Cuiabá's offset (Mato Grosso), for senders who write from there."""
    return "-0400"


def tz_utc(day: str) -> str:
    """For vendor servers that date their mail in UTC."""
    return "+0000"


m = partial(dated_spec, tz)
m_mt = partial(dated_spec, tz_mt)
m_utc = partial(dated_spec, tz_utc)


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


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the last of ``ids`` (all of them as References)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


VE, VER = "Veridia Crop Science", "Technical Sales Representative"
VE2 = "Market Development Agronomist"
IP, IPR = "IPAC", "Analista – Fitotecnia"
TE, TER = "Fazendas Tessaro", "Gerente Agrícola"
NF, NFR = "Northfield Seeds", "Product Development Agronomist"
GZ, GZ1, GZ2 = "Graneza", "Originador(a) de Grãos Jr", "Analista de Fomento Agrícola"
CP, CPR = "Coproeste", "Engenheiro Agrônomo – Assistência Técnica"
SH, SHR = "Usina Santa Helena", "Supervisor Agrícola"
SA, SAR = "Sinapse Agro", "Customer Success Agronômico"

RENATA = "Renata Okamoto <renata.okamoto@veridia.example>"
RENATA_CAL = ("Renata Okamoto", "renata.okamoto@veridia.example")
VALDIR = "Valdir Tessaro <valdirtessaro@gmail.com>"
JESSICA = "Jéssica Bortolini <jessica.bortolini@coproeste.example>"
JESSICA_CAL = ("Jéssica Bortolini", "jessica.bortolini@coproeste.example")
BIA = "Bia Furtado <bia@sinapseagro.example>"

VERIDIA_FOOTER = """
--
Veridia Agro do Brasil Ltda. | CNPJ 04.118.552/0001-07
Av. das Nações Unidas, 14.401 – Torre Jatobá, 18º andar – São Paulo/SP
Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, avise o
remetente e apague-a. This message may contain confidential information."""

GUPY_FOOTER = """<p style="font-size:11px;color:#8a8a8a">Você está recebendo este e-mail porque se candidatou
a uma vaga publicada na plataforma Gupy. Esta é uma mensagem automática, por favor não responda.<br>
<a href="https://www.gupy.io/politica-de-privacidade">Política de privacidade</a> ·
<a href="https://app.gupy.io/candidates/unsubscribe?token=c2c4a1e0">Gerenciar notificações</a></p>"""


MAIL: list[dict[str, Any]] = [
    # --- 1. Veridia Crop Science: Technical Sales Representative (Workday, English tenant) -------
    m_utc(
        "wd7q",
        "2025-09-04 22:41",
        "Veridia <veridiaag@myworkday.com>",
        "Your Candidate Account has been created",
        J("other_job", "workday", VE, None, "en"),
        text="""Hello Gustavo Henrique,

Your candidate account for Veridia careers has been created.

User name: gustavo.hblemes@gmail.com

You can sign in at any time to manage your profile, continue a saved application or check the
status of the jobs you applied to:
https://veridiaag.wd3.myworkdayjobs.com/Veridia_Careers/login

If you did not create this account, please ignore this message.

Veridia Talent Acquisition
This is a system-generated message. Please do not reply.""",
    ),
    m_utc(
        "wd7r",
        "2025-09-04 22:58",
        "Veridia <veridiaag@myworkday.com>",
        "Thank you for applying: JR-0041877 Technical Sales Representative - Rio Verde (GO)",
        A("confirmation", VE, VER, 1, "workday", "en"),
        text="""Dear Gustavo Henrique,

Thank you for your interest in joining Veridia. We have successfully received your application
for the following position:

Job Requisition: JR-0041877 Technical Sales Representative - Rio Verde (GO)
Location: Rio Verde, Goiás, Brazil
Time type: Full time

Our Talent Acquisition team reviews every application carefully. If your qualifications match the
requirements of the role, a member of the team will reach out to you regarding next steps.

You can track the status of your application in Candidate Home:
https://veridiaag.wd3.myworkdayjobs.com/Veridia_Careers/userHome

Thank you again for considering Veridia as your next career move.

Kind regards,
Veridia Talent Acquisition

Veridia is an equal opportunity employer. All qualified applicants will receive consideration
for employment without regard to race, color, religion, sex, sexual orientation, gender identity,
national origin, disability or any other characteristic protected by law.
Please do not reply to this email; this mailbox is not monitored.""",
    ),
    m_utc(
        "wd8c",
        "2025-09-06 12:02",
        "Veridia <veridiaag@myworkday.com>",
        "Don't forget to finish your application",
        J("alert", "workday", VE, VE2, "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<img src="https://veridiaag.wd3.myworkdayjobs.com/Veridia_Careers/assets/logo" alt="Veridia" width="120">
<p>Hi Gustavo Henrique,</p>
<p>You started an application for <b>JR-0042210 Market Development Agronomist - Cerrado</b> but haven't
submitted it yet. Your progress has been saved.</p>
<p><a href="https://veridiaag.wd3.myworkdayjobs.com/Veridia_Careers/job/Goiania-GO/Market-Development-Agronomist---Cerrado_JR-0042210/apply">Continue application</a></p>
<p>Applications in draft status are deleted after 30 days.</p>
<p>Veridia Talent Acquisition</p>
<p style="font-size:11px;color:#777">This is an automated message from Workday on behalf of Veridia. Please do not reply.</p>
</body></html>""",
    ),
    m_utc(
        "hv2k",
        "2025-09-18 14:20",
        "Veridia Recruiting <noreply@hirevue.com>",
        "Veridia - Next step: On Demand Interview",
        A("assessment", VE, VER, 1, "hirevue", "en"),
        html="""<html><body style="margin:0;background:#f4f5f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2933">
<tr><td style="padding:24px"><img src="https://assets.hirevue.com/branding/veridia/logo.png" alt="Veridia" height="40"></td></tr>
<tr><td style="padding:0 24px">
<p>Olá Gustavo Henrique,</p>
<p>Thank you for your interest in the <b>Technical Sales Representative - Rio Verde (GO)</b> position at Veridia.
As the next step in our selection process, we invite you to complete an On Demand video interview.</p>
<ul>
<li>5 questions, in Portuguese</li>
<li>30 seconds to read each question and up to 3 minutes to answer</li>
<li>You may practice as often as you like before you start</li>
</ul>
<p>Please complete your interview by <b>September 24, 2025 at 11:59 PM (BRT)</b>.</p>
<p style="text-align:center;padding:16px"><a href="https://app.hirevue.com/interviews/2XvKq8/ondemand?lang=pt-BR"
style="background:#00704a;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Start Interview</a></p>
<p>Tips: find a quiet, well-lit place, use a stable internet connection and Google Chrome.
Need help? Visit <a href="https://support.hirevue.com">HireVue Candidate Support</a>.</p>
<p>Best of luck!<br>Veridia Talent Acquisition</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#7b8794">Powered by HireVue. Your data is processed according to
Veridia's candidate privacy notice. HireVue, Inc., 10876 S River Front Pkwy, South Jordan, UT 84095</td></tr>
</table></td></tr></table></body></html>""",
    ),
    m(
        "re3o",
        "2025-10-03 16:12",
        RENATA,
        "Entrevista | JR-0041877 Technical Sales Representative - Rio Verde",
        A("interview", VE, VER, 1, "direct"),
        text="""Olá, Gustavo, tudo bem?

Sou a Renata, do time de Talent Acquisition da Veridia, e estou conduzindo o processo para a
posição de Technical Sales Representative (RTV) em Rio Verde.

Gostamos muito da sua entrevista em vídeo e gostaria de conversar com você na próxima
terça-feira, 07/10, às 10h, pelo Microsoft Teams. A conversa deve durar uns 45 minutos;
vamos falar da sua trajetória na revenda, carteira de clientes e expectativas.

Estou enviando o convite pelo Outlook. Se o horário não for bom, me avise que ajustamos.

Abraço,

Renata Okamoto
Talent Acquisition Partner – Brasil
Veridia Crop Science
+55 11 3048-7720
"""
        + VERIDIA_FOOTER,
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000090C6A1B2F134DC01000000000000000010000000A4F7",
            "2025-10-07 10:00",
            "Entrevista RTV Rio Verde – Gustavo Lemes x Renata (Veridia)",
            RENATA_CAL,
            style="outlook",
            minutes=45,
            location="Reunião do Microsoft Teams",
            description="Participe da reunião agora\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTI3\nID da reunião: 245 118 903 771\nSenha: 4yT9mQ",
        ),
    ),
    m(
        "re5t",
        "2025-10-28 09:47",
        RENATA,
        "Próxima etapa - entrevista com gestor + visita a campo | RTV Rio Verde",
        A("interview", VE, VER, 1, "direct"),
        text="""Bom dia, Gustavo!

Boas notícias: você segue no processo para RTV Rio Verde. A próxima etapa é com o
gerente regional, Anderson Pacheco, e com o coordenador de Desenvolvimento de Mercado,
Eduardo Sartori.

Vai ser presencial, no dia 11/11 (terça), começando às 7h30 na área demonstrativa que
temos na Fazenda Santa Marta (GO-174, km 12, sentido Montividiu). A ideia é passar a manhã
no campo: visita aos ensaios de soja, conversa sobre posicionamento de portfólio e um estudo
de caso de um cliente da região. Almoço por nossa conta.

Vá de roupa de campo, bota e boné. Mandei o convite para sua agenda.

Qualquer dúvida é só me chamar.

Abs,
Renata

Renata Okamoto
Talent Acquisition Partner – Brasil
Veridia Crop Science
"""
        + VERIDIA_FOOTER,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D1A9C4E23E48DC01000000000000000010000000B13C",
            "2025-11-11 07:30",
            "Veridia | Entrevista gestor + visita a campo – Gustavo Lemes",
            RENATA_CAL,
            style="outlook",
            minutes=300,
            location="Fazenda Santa Marta – área demonstrativa Veridia, GO-174 km 12, Rio Verde/GO",
            attendees=[
                ("Anderson Pacheco", "anderson.pacheco@veridia.example"),
                ("Eduardo Sartori", "eduardo.sartori@veridia.example"),
            ],
        ),
    ),
    m(
        "re8p",
        "2026-01-08 17:30",
        RENATA,
        "Proposta | Technical Sales Representative - Rio Verde",
        A("offer", VE, VER, 1, "direct"),
        text="""Oi, Gustavo, boa tarde!

Conforme conversamos por telefone agora há pouco, fico muito feliz em formalizar a proposta
da Veridia para a posição de Technical Sales Representative (RTV) – Sudoeste Goiano, com
base em Rio Verde/GO.

Resumo da proposta:
- Salário base: R$ 12.400,00 mensais (CLT), 13º e férias + 1/3
- PLR: target de 2,5 salários/ano conforme metas
- Veículo da empresa (picape 4x4), combustível e manutenção por conta da Veridia
- Celular, notebook e cartão corporativo para despesas de viagem
- Plano de saúde e odontológico (titular e dependentes), seguro de vida
- Vale-alimentação de R$ 1.350,00/mês e previdência privada com contrapartida
- Data de início prevista: 02/02/2026

Nos próximos dias você vai receber a carta proposta pela Docusign para assinatura. Depois
disso, o time de Admissão entra em contato com a lista de documentos e o agendamento do exame
admissional.

Se tiver qualquer dúvida sobre os itens acima, me liga.

Parabéns pela trajetória no processo!

Renata Okamoto
Talent Acquisition Partner – Brasil
Veridia Crop Science
"""
        + VERIDIA_FOOTER,
    ),
    m(
        "ds1e",
        "2026-01-12 10:05",
        "Carla Menezes via Docusign <dse_NA3@docusign.net>",
        "Complete com a Docusign: Carta Proposta - Gustavo Henrique Borba Lemes.pdf",
        A("offer", VE, VER, 1, "docusign"),
        reply_to="Carla Menezes <carla.menezes@veridia.example>",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#1e4ca1;color:#fff;padding:24px"><tr><td>
<p style="font-size:16px">Carla Menezes enviou um documento para você revisar e assinar.</p>
<p style="text-align:center"><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=6f1e4a1c-8b2e-4a70-9d51-77a2c0fe1b35&acct=0c8e1d52&er=a9d7e0f4" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></p>
</td></tr></table>
<table align="center" width="640" style="background:#fff;padding:24px;font-size:14px"><tr><td>
<p><b>Carla Menezes</b><br>carla.menezes@veridia.example</p>
<p>Olá Gustavo,</p>
<p>Segue sua Carta Proposta para a posição de Technical Sales Representative – Rio Verde (GO). Por favor, revise e assine até 16/01.</p>
<p>Obrigada!<br>Carla – Admissão Veridia</p>
<p style="font-size:12px;color:#666"><b>Não compartilhe este e-mail</b><br>Este e-mail contém um link seguro para a Docusign. Não compartilhe este e-mail, o link ou o código de acesso com outras pessoas.</p>
<p style="font-size:12px;color:#666"><b>Sobre a Docusign</b><br>Assine documentos eletronicamente em apenas alguns minutos. É seguro.</p>
<p style="font-size:11px;color:#999">Esta mensagem foi enviada a você por Carla Menezes, que está usando o serviço de assinatura eletrônica Docusign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ds2f",
        "2026-01-12 21:48",
        "Docusign <dse_NA3@docusign.net>",
        "Concluído: Carta Proposta - Gustavo Henrique Borba Lemes.pdf",
        A("offer", VE, VER, 1, "docusign"),
        st="accepted",
        html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#1e4ca1;color:#fff;padding:24px"><tr><td>
<p style="font-size:16px">Todos os signatários concluíram o envelope: Carta Proposta - Gustavo Henrique Borba Lemes.pdf</p>
<p style="text-align:center"><a href="https://na3.docusign.net/Member/EmailStart.aspx?m=3b1a9d07-55e1-4cd1-8f0c-6e0f2e41a7c2" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">VISUALIZAR DOCUMENTO CONCLUÍDO</a></p>
</td></tr></table>
<table align="center" width="640" style="background:#fff;padding:24px;font-size:14px"><tr><td>
<p>Os signatários do documento foram: Gustavo Henrique Borba Lemes; Carla Menezes (Veridia Agro do Brasil Ltda.).</p>
<p style="font-size:12px;color:#666">Não compartilhe este e-mail. Ele contém um link seguro para a Docusign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "re9w",
        "2026-01-13 08:22",
        RENATA,
        "RE: Proposta | Technical Sales Representative - Rio Verde",
        A("offer", VE, VER, 1, "direct"),
        st="accepted",
        **reply("<CAH7pX2vT+Lq3@mail.gmail.com>"),
        text="""Gustavo, que notícia boa!! Seja muito bem-vindo à Veridia 🎉

Já passei para o Anderson e para o time de Admissão; a Carla vai te mandar hoje a lista de
documentos e o agendamento do exame admissional.

Abraço e até breve,
Renata

From: Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com>
Sent: segunda-feira, 12 de janeiro de 2026 21:52
To: Renata Okamoto <renata.okamoto@veridia.example>
Subject: Re: Proposta | Technical Sales Representative - Rio Verde

Renata, boa noite!

Acabei de assinar a carta pela Docusign. Aceito a proposta com muita alegria, obrigado pela
condução do processo. Já vou conversar amanhã com meu gestor atual sobre o aviso prévio para
conseguir começar dia 02/02.

Att.
Gustavo Henrique B. Lemes
Engenheiro Agrônomo – CREA-GO 1019874561/D
(64) 99231-4470""",
    ),
    m(
        "ad1m",
        "2026-01-13 15:10",
        "Admissão Veridia <admissao.br@veridia.example>",
        "Admissão Veridia – documentos e exame admissional | Gustavo Henrique Borba Lemes",
        J("other_job", "direct", VE, VER),
        text="""Olá, Gustavo Henrique!

Seja bem-vindo(a)! Para darmos andamento à sua admissão, com início em 02/02/2026, precisamos
dos itens abaixo até 20/01:

1. Envio dos documentos pelo portal de admissão (link individual abaixo):
   https://admissao.veridia.example/candidato/7f3c1e
   - RG e CPF (ou CNH)
   - Carteira de Trabalho Digital: print da tela "Contratos" e do número/série do app CTPS Digital
   - PIS/NIS, título de eleitor e certificado de reservista
   - Comprovante de residência atual
   - Diploma de Engenharia Agronômica e carteira do CREA (com anuidade em dia)
   - CNH categoria B válida (obrigatória para o veículo da empresa)
   - Certidão de casamento e CPF dos dependentes, se houver
   - Dados bancários (conta salário)

2. Exame admissional (ASO): agendado para 15/01/2026 às 7h30 na clínica Medtrab Rio Verde,
   Rua Rafael Nascimento, 512 – Centro. Ir em jejum de 8 horas e levar documento com foto.
   Serão feitos: exame clínico, audiometria, hemograma e glicemia.

Qualquer dúvida, responda este e-mail.

Carla Menezes
Admissão e Departamento Pessoal – Veridia Agro do Brasil Ltda.""",
    ),
    m(
        "fr2c",
        "2026-01-27 11:35",
        "Frota Veridia <frota.brasil@veridia.example>",
        "Retirada de veículo – novo colaborador Gustavo Lemes (RTV Rio Verde)",
        J("other_job", "direct", VE, VER),
        cc="Anderson Pacheco <anderson.pacheco@veridia.example>",
        text="""Prezado Gustavo,

Seu veículo de trabalho já está disponível para retirada a partir de 02/02:

Modelo: Toyota Hilux CD SRV 4x4 2.8 diesel – branca
Placa: SBR-4J27
Local: Concessionária Toyota Rio Verde – Av. Presidente Vargas, 3.100

Leve sua CNH e assine o termo de responsabilidade de uso de veículo (anexo na intranet a partir
do primeiro dia). O cartão combustível será entregue junto com o veículo. Lembramos que o uso é
exclusivo para atividades de trabalho, conforme Política de Frota PO-ADM-014.

Att.,
Gestão de Frota – Veridia Brasil""",
    ),
    m(
        "nr3t",
        "2026-02-10 08:03",
        "Treinamentos Veridia <treinamentos.br@veridia.example>",
        "Convocação: NR-31 e Direção Defensiva – turma 07/2026",
        N(),
        text="""Olá, Gustavo Henrique Borba Lemes,

Você foi inscrito(a) na turma 07/2026 dos treinamentos obrigatórios:

- NR-31 (Segurança e Saúde no Trabalho na Agricultura) – 19/02, 8h às 17h
- Direção Defensiva e Política de Frota – 20/02, 8h às 12h

Local: Escritório Regional Rio Verde – sala Cerrado. O almoço do dia 19 será servido no local.

A presença é obrigatória e registrada no LMS. Em caso de impossibilidade, fale com seu gestor.

Equipe de Treinamento & Desenvolvimento""",
    ),
    # --- 2. IPAC concurso (Instituto Meridiano de Seleção as organiser) -------------------------
    m(
        "im1a",
        "2025-09-08 20:14",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "Inscrição realizada - Concurso Público IPAC 2025",
        A("confirmation", IP, IPR, 2, "other"),
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>INSTITUTO MERIDIANO DE SELEÇÃO</b><br>Concurso Público – Instituto de Pesquisa Agropecuária do Cerrado (IPAC)<br>Edital nº 1/2025 – IPAC, de 25 de agosto de 2025</p>
<p>Prezado(a) candidato(a) GUSTAVO HENRIQUE BORBA LEMES,</p>
<p>Sua inscrição foi realizada com sucesso.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Nº de inscrição</td><td>2025.0071.88312</td></tr>
<tr><td>Cargo</td><td>Analista A – Área 7: Fitotecnia (Manejo de Plantas Daninhas)</td></tr>
<tr><td>Cidade de prova</td><td>Goiânia/GO</td></tr>
<tr><td>Taxa de inscrição</td><td>R$ 145,00 – vencimento 22/09/2025</td></tr>
</table>
<p>A inscrição somente será efetivada após a confirmação do pagamento da taxa. Imprima o boleto na
<a href="https://concursos.institutomeridiano.example/ipac2025/area-do-candidato">Área do Candidato</a>.</p>
<p>Acompanhe todas as publicações referentes ao concurso no endereço eletrônico do Instituto.
É de responsabilidade exclusiva do candidato acompanhar os atos, editais e comunicados.</p>
<p>Central de Atendimento: (61) 3120-4455, de segunda a sexta, das 9h às 17h.</p>
</body></html>""",
    ),
    m(
        "im2b",
        "2025-09-18 07:40",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "Confirmação de pagamento - IPAC 2025 - Inscrição 2025.0071.88312",
        J("other_job", "other", IP, IPR),
        text="""INSTITUTO MERIDIANO DE SELEÇÃO

Prezado(a) GUSTAVO HENRIQUE BORBA LEMES,

Confirmamos o recebimento do pagamento da taxa de inscrição referente ao Concurso Público do
Instituto de Pesquisa Agropecuária do Cerrado – IPAC 2025.

Inscrição: 2025.0071.88312
Valor: R$ 145,00
Data do pagamento: 16/09/2025

Este e-mail é gerado automaticamente. Não responda.""",
    ),
    m(
        "im3c",
        "2025-10-06 18:02",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "IPAC 2025 | Situação da sua inscrição: HOMOLOGADA",
        A("viewed", IP, IPR, 2, "other"),
        text="""Prezado(a) candidato(a),

Foi publicado hoje o Edital nº 4/2025 – IPAC, que torna pública a relação final dos candidatos
com inscrição homologada no Concurso Público para provimento de vagas e formação de cadastro
de reserva nos cargos de Analista e Assistente.

Situação da sua inscrição (2025.0071.88312 – Analista A – Área 7): HOMOLOGADA

Solicitação de atendimento especial: não solicitado.

As provas objetivas e discursivas estão previstas para 16 de novembro de 2025. O cartão de
confirmação com o local de prova será divulgado oportunamente na Área do Candidato.

Atenciosamente,
Instituto Meridiano de Seleção
https://concursos.institutomeridiano.example/ipac2025""",
    ),
    m(
        "im4d",
        "2025-11-05 19:26",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "Cartão de confirmação disponível - provas em 16/11/2025 - IPAC 2025",
        A("assessment", IP, IPR, 2, "other"),
        st="assessment",
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Prezado(a) GUSTAVO HENRIQUE BORBA LEMES,</p>
<p>Seu cartão de confirmação de inscrição já está disponível.</p>
<p><b>Prova objetiva e discursiva – Analista A – Área 7: Fitotecnia</b><br>
Data: 16/11/2025 (domingo) – turno da tarde<br>
Abertura dos portões: 13h00 – fechamento: 13h45 (horário de Brasília)<br>
Local: Pontifícia Universidade Católica de Goiás – Área IV, Bloco D, sala 214<br>
Av. Universitária, 1.440 – Setor Universitário – Goiânia/GO</p>
<p>Leve documento oficial de identidade com foto e caneta esferográfica de tinta preta, fabricada em material transparente.
Não será permitido o uso de relógios, bonés ou aparelhos eletrônicos. Consulte o edital para as demais regras.</p>
<p><a href="https://concursos.institutomeridiano.example/ipac2025/area-do-candidato/cartao">Imprimir cartão de confirmação</a></p>
<p>Instituto Meridiano de Seleção</p>
</body></html>""",
    ),
    m(
        "im5e",
        "2025-12-05 20:40",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "IPAC 2025 - Resultado preliminar das provas discursivas e prazo de recurso",
        A("assessment", IP, IPR, 2, "other"),
        st="assessment",
        text="""Prezado(a) candidato(a),

O Instituto Meridiano de Seleção torna público que está disponível, na Área do Candidato, o
resultado preliminar da prova discursiva e a nota final preliminar nas provas objetivas do
Concurso Público IPAC 2025 (Edital nº 9/2025).

Prazo para interposição de recurso: das 9h de 8/12/2025 às 18h de 9/12/2025 (horário oficial
de Brasília), exclusivamente pelo sistema eletrônico de recursos.

O espelho de correção da prova discursiva pode ser consultado no mesmo período.

Instituto Meridiano de Seleção""",
    ),
    m(
        "im6f",
        "2025-12-09 17:12",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "Recurso registrado - protocolo 88312-DISC-0442",
        J("other_job", "other", IP, IPR),
        text="""Recurso registrado com sucesso.

Concurso: IPAC 2025
Candidato: GUSTAVO HENRIQUE BORBA LEMES – inscrição 2025.0071.88312
Fase: Prova discursiva – questão 2
Protocolo: 88312-DISC-0442
Data/hora: 09/12/2025 17:11:48

As respostas aos recursos serão divulgadas juntamente com o resultado final da prova
discursiva. Não serão respondidos recursos individualmente.""",
    ),
    m(
        "im7g",
        "2026-01-20 19:05",
        "Instituto Meridiano <naoresponda@institutomeridiano.example>",
        "IPAC 2025 - Resultado final",
        A("rejection", IP, IPR, 2, "other"),
        text="""Prezado(a) GUSTAVO HENRIQUE BORBA LEMES,

Foi publicado o Edital nº 12/2025 – IPAC, com o resultado final da prova discursiva, as
respostas aos recursos e o resultado final do concurso.

Recurso protocolo 88312-DISC-0442: INDEFERIDO.
Sua situação no cargo Analista A – Área 7: NÃO CLASSIFICADO (nota na prova discursiva inferior
à mínima exigida no subitem 11.6 do edital de abertura).

Agradecemos sua participação.

Instituto Meridiano de Seleção""",
    ),
    # --- 3. Fazendas Tessaro: Gerente Agrícola (owner writes from Gmail) -------------------------
    m(
        "eg1v",
        "2025-09-09 13:55",
        "'Thiago Marchetti' via Egressos Agronomia <egressos-agronomia@googlegroups.com>",
        "[egressos-agro] Vaga gerente agrícola - fazenda em Campo Novo do Parecis/MT",
        J("alert", "other", TE, TER),
        to="Egressos Agronomia <egressos-agronomia@googlegroups.com>",
        reply_to="thiago.marchetti.agro@gmail.com",
        headers={"List-ID": "<egressos-agronomia.googlegroups.com>", "Precedence": "list"},
        text="""Pessoal, boa tarde

Repassando a pedido de um cliente meu, o seu Valdir Tessaro (Fazendas Tessaro, Campo Novo do
Parecis - MT, ~9.800 ha de soja, milho e algodão). Ele está procurando gerente agrícola pra
tocar as duas áreas, com equipe de uns 35 funcionários.

- agrônomo com CREA, experiência de 3+ anos em campo
- disponibilidade pra morar na fazenda (tem casa na sede, escola pras crianças na cidade a 40km)
- salário a combinar + caminhonete + bônus por produtividade

Quem tiver interesse manda currículo direto pra ele: valdirtessaro@gmail.com
É gente boa, paga em dia. Qualquer coisa me chama.

Abs
Thiago Marchetti - turma 2014

--
Você está recebendo esta mensagem porque está inscrito no grupo "Egressos Agronomia" dos Grupos do Google.
Para cancelar inscrição nesse grupo e parar de receber e-mails dele, envie um e-mail para egressos-agronomia+unsubscribe@googlegroups.com.""",
    ),
    m_mt(
        "vt1a",
        "2025-09-10 18:31",
        VALDIR,
        "Re: Currículo - Gustavo Lemes - vaga gerente agrícola",
        A("confirmation", TE, TER, 3, "direct"),
        **reply("<CAH7pX2s9fQy@mail.gmail.com>"),
        text="""Boa tarde Gustavo recebi seu curriculo sim. O Thiago falou bem de vc. Vou olhar com calma
com meu filho e te falo essa semana

Valdir

Enviado do meu iPhone

> Em 10 de set. de 2025, às 09:12, Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com> escreveu:
>
> Prezado Sr. Valdir, bom dia.
>
> Vi a vaga de gerente agrícola divulgada pelo Thiago Marchetti na lista de egressos e
> gostaria de me candidatar. Sou engenheiro agrônomo (CREA-GO), atuo há 6 anos como RTV
> em Rio Verde atendendo produtores de soja, milho e algodão. Segue meu currículo em anexo.
>
> Fico à disposição.
> Att.
> Gustavo Henrique B. Lemes
> (64) 99231-4470""",
    ),
    m_mt(
        "vt2b",
        "2025-09-22 20:04",
        VALDIR,
        "Re: Currículo - Gustavo Lemes - vaga gerente agrícola",
        A("interview", TE, TER, 3, "direct"),
        **reply(
            "<CAH7pX2s9fQy@mail.gmail.com>", "<7A1C2F0E-55B1-4F1D-9C3E-1E0F8A2D9B11@gmail.com>"
        ),
        text="""Gustavo conversei com o Marcelo meu filho. Se puder vir conhecer a fazenda sabado dia 4 a gente
conversa com calma, mostra as area e a estrutura. Da pra pegar voo ate Cuiaba que o Marcelo te
busca ou vir de carro (uns 900km). Me confirma

Valdir
Enviado do meu iPhone""",
    ),
    m_mt(
        "vt3c",
        "2025-09-23 07:18",
        VALDIR,
        "Re: Currículo - Gustavo Lemes - vaga gerente agrícola",
        A("interview", TE, TER, 3, "direct"),
        **reply(
            "<CAH7pX2s9fQy@mail.gmail.com>",
            "<7A1C2F0E-55B1-4F1D-9C3E-1E0F8A2D9B11@gmail.com>",
            "<CAH7pX2uW0c@mail.gmail.com>",
        ),
        text="""blz. te mando a localização no zap. chegando na portaria pergunta pelo Juninho

Enviado do meu iPhone

> Em 22 de set. de 2025, às 21:40, Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com> escreveu:
>
> Combinado, Sr. Valdir. Vou de avião até Cuiabá na sexta à noite (voo chega 22h10). Sábado
> cedo estou aí. Obrigado!""",
    ),
    m_mt(
        "vt4d",
        "2025-10-09 21:47",
        VALDIR,
        "Proposta",
        A("offer", TE, TER, 3, "direct"),
        text="""Gustavo boa noite

Foi bom demais a visita, o Marcelo gostou muito de vc e eu tambem. Conversamos aqui e
queremos vc com a gente.

Salario 14 mil registrado
casa na sede com agua luz e internet
caminhonete (hilux) e celular
bonus de 1 salario por safra se bater a meta de produtividade da soja e do algodao
comecar dia 3 de novembro pra pegar o final do plantio

Sei que é uma mudança grande com a familia. Me da uma resposta ate sexta se possivel

Abraço
Valdir Tessaro
Fazendas Tessaro - Campo Novo do Parecis MT""",
    ),
    m_mt(
        "vt5e",
        "2025-10-14 12:26",
        VALDIR,
        "Re: Proposta",
        A("offer", TE, TER, 3, "direct"),
        st="declined",
        **reply("<CAH7pX2xP1rv@mail.gmail.com>"),
        text="""Entendo Gustavo. Familia em primeiro lugar. Fica o convite, se mudar de ideia as portas tao abertas.
Manda um abraço pro Thiago

Valdir
Enviado do meu iPhone

> Em 13 de out. de 2025, às 22:05, Gustavo Henrique Borba Lemes <gustavo.hblemes@gmail.com> escreveu:
>
> Seu Valdir, boa noite.
>
> Agradeço muito a proposta e a recepção de vocês na fazenda, foi uma experiência muito boa.
> Conversei bastante com a Larissa e, com ela terminando a residência aqui em Rio Verde e a
> mudança para o Mato Grosso agora, infelizmente não vou conseguir aceitar neste momento.
> O salário é justo, a questão é mesmo a família.
>
> Espero que a gente continue em contato. Desejo uma ótima safra!
>
> Abs,
> Gustavo""",
    ),
    # --- 4 / 19. Northfield Seeds (SuccessFactors, English) --------------------------------------
    m_utc(
        "sf1a",
        "2025-09-11 13:08",
        "Northfield Seeds Careers <noreply@successfactors.com>",
        "Your application for Product Development Agronomist (Job ID 52217)",
        A("confirmation", NF, NFR, 4, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Gustavo,</p>
<p>Thank you for applying for the position of <strong>Product Development Agronomist</strong> (Job ID 52217) in
Rio Verde, Goiás, Brazil.</p>
<p>We are reviewing applications and will contact you if your profile is shortlisted. You can view the status of your
application at any time on our career site:
<a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_ns=job_application&amp;navBarLevel=MY_APPLICATIONS">My Applications</a>.</p>
<p>Because we receive a large number of applications, we may not be able to reply to every candidate individually.</p>
<p>Best regards,<br>Northfield Seeds Talent Acquisition – Latin America</p>
<hr>
<p style="font-size:11px;color:#666">Northfield Sementes do Brasil Ltda. This email was sent from an unmonitored address.
<a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_ns=data_privacy">Data privacy statement</a></p>
</body></html>""",
    ),
    m_utc(
        "sf1b",
        "2025-09-11 13:09",
        "Northfield Seeds Careers <noreply@successfactors.com>",
        "Welcome to the Northfield Seeds Talent Community",
        J("alert", "other", NF, None, "en"),
        text="""Hi Gustavo,

Welcome to the Northfield Seeds Talent Community!

As a member you will receive job alerts that match the preferences you selected:
  Category: Agronomy & Field Research
  Location: Brazil – Goiás; Brazil – Mato Grosso

We will also share news about our breeding programs, field days and events in your region.

You can update your preferences or leave the community at any time:
https://career2.successfactors.com/career?company=northfieldP&career_ns=talent_community

Northfield Seeds – Growing what's next""",
    ),
    m_utc(
        "sf2c",
        "2025-10-02 18:44",
        "Northfield Seeds Careers <noreply@successfactors.com>",
        "Your application with Northfield Seeds",
        A("rejection", NF, NFR, 4, "other", "en"),
        text="""Dear Gustavo,

Thank you for your interest in Northfield Seeds and for the time you invested in applying for
the Product Development Agronomist role (Job ID 52217).

We were impressed by your field experience with soybean and corn growers in the Southwest of
Goiás. After careful consideration, however, we have decided to move forward with candidates
whose experience more closely matches the research and trial-management requirements of this
position.

We will keep your profile in our Talent Community and encourage you to apply for future roles
that match your background.

We wish you every success.

Kind regards,
Northfield Seeds Talent Acquisition – Latin America""",
    ),
    m_utc(
        "sf3d",
        "2025-11-25 11:00",
        "Northfield Seeds Careers <noreply@successfactors.com>",
        "New jobs that match your profile",
        J("alert", "other", NF, NFR, "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Gustavo,</p>
<p>These new openings at Northfield Seeds match your Talent Community preferences:</p>
<ul>
<li><a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_job_req_id=55830">Product Development Agronomist</a> – Rio Verde, GO, BR – posted 24 Nov 2025</li>
<li><a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_job_req_id=55812">Seed Production Field Supervisor</a> – Formosa, GO, BR – posted 21 Nov 2025</li>
<li><a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_job_req_id=55799">Commercial Agronomist (Corn)</a> – Sorriso, MT, BR – posted 19 Nov 2025</li>
</ul>
<p>Northfield Seeds Talent Acquisition</p>
<p style="font-size:11px;color:#666"><a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_ns=job_alerts">Manage job alerts</a></p>
</body></html>""",
    ),
    m_utc(
        "sf4e",
        "2025-11-27 00:37",
        "Northfield Seeds Careers <noreply@successfactors.com>",
        "Your application for Product Development Agronomist (Job ID 55830)",
        A("confirmation", NF, NFR, 19, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Gustavo,</p>
<p>Thank you for applying for the position of <strong>Product Development Agronomist</strong> (Job ID 55830) in
Rio Verde, Goiás, Brazil.</p>
<p>We are reviewing applications and will contact you if your profile is shortlisted. You can view the status of your
application at any time on our career site:
<a href="https://career2.successfactors.com/career?company=northfieldP&amp;career_ns=job_application&amp;navBarLevel=MY_APPLICATIONS">My Applications</a>.</p>
<p>Best regards,<br>Northfield Seeds Talent Acquisition – Latin America</p>
<hr>
<p style="font-size:11px;color:#666">Northfield Sementes do Brasil Ltda. This email was sent from an unmonitored address.</p>
</body></html>""",
    ),
    m(
        "mk1f",
        "2025-12-10 11:26",
        "Mariana Köhler <mariana.kohler@northfieldseeds.example>",
        "Convite para entrevista - Product Development Agronomist | Rio Verde",
        A("interview", NF, NFR, 19, "direct"),
        text="""Olá Gustavo, tudo bem?

Meu nome é Mariana, sou Talent Acquisition da Northfield Sementes aqui no Brasil. Vi que
você participou do nosso processo anterior para Product Development Agronomist e que se
candidatou novamente para a nova vaga em Rio Verde. Seu perfil chamou a atenção do gestor,
Felipe Amaral (Gerente de Desenvolvimento de Produto – Cerrado).

Gostaríamos de conversar com você na terça-feira, 16/12, às 14h, pelo Teams. A entrevista será
em português, com uma parte curta em inglês (a posição reporta também ao time global de
Research & Development).

Já te enviei o convite. Pode confirmar?

Obrigada!
Mariana Köhler
Talent Acquisition | Northfield Sementes do Brasil
Rio Verde – GO""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000070E2D3A1A169DC01000000000000000010000000C7D2",
            "2025-12-16 14:00",
            "Entrevista PDA Rio Verde - Gustavo Lemes / Felipe Amaral",
            ("Mariana Köhler", "mariana.kohler@northfieldseeds.example"),
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[("Felipe Amaral", "felipe.amaral@northfieldseeds.example")],
            description="Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg5NmRj\nMeeting ID: 311 402 776 058  Passcode: uQ7xPa",
        ),
    ),
    # --- 5 / 11. Graneza (Gupy tenant "granezacarreiras"): two roles ----------------------------
    m(
        "gz1a",
        "2025-09-15 21:33",
        "Graneza Carreiras <noreply@gupy.io>",
        "Recebemos sua candidatura! Originador(a) de Grãos Jr - Rio Verde/GO",
        A("confirmation", GZ, GZ1, 5, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;color:#2b2b2b;font-size:15px"><tr><td>
<img src="https://granezacarreiras.gupy.io/static/logo-graneza.png" alt="Graneza" height="44">
<h2 style="color:#0b5e2e">Olá, Gustavo Henrique!</h2>
<p>Que bom ter você por aqui! Sua candidatura para a vaga <b>Originador(a) de Grãos Jr - Rio Verde/GO</b> foi recebida com sucesso.</p>
<p>Agora é com a gente: nosso time de Gente &amp; Gestão vai analisar seu perfil com todo o cuidado. Fique de olho no seu e-mail e
na sua <a href="https://login.gupy.io/candidates/applications?utm_source=email&amp;utm_campaign=application_received">área do candidato</a>
para acompanhar as próximas etapas.</p>
<p>Dica: manter o currículo atualizado aumenta suas chances!</p>
<p>Abraços,<br><b>Time de Gente &amp; Gestão | Graneza</b><br>Comércio e Exportação de Grãos</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m(
        "gz2b",
        "2025-09-17 10:15",
        "Graneza Carreiras <noreply@gupy.io>",
        "Graneza: próxima etapa - testes online",
        A("assessment", GZ, GZ1, 5, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;color:#2b2b2b;font-size:15px"><tr><td>
<p>Oi, Gustavo Henrique!</p>
<p>Você avançou no processo seletivo para <b>Originador(a) de Grãos Jr - Rio Verde/GO</b> 🎉</p>
<p>A próxima etapa é composta por testes online:</p>
<ol><li>Teste de perfil comportamental (cerca de 10 min)</li>
<li>Teste de raciocínio lógico (20 min)</li>
<li>Teste de conhecimentos: mercado de grãos, logística e contratos (25 min)</li></ol>
<p>Você tem até <b>20/09 às 23h59</b> para concluir. Reserve um momento tranquilo, pois alguns testes são cronometrados.</p>
<p style="text-align:center"><a href="https://click.gupy.io/ls/click?upn=u001.Q2x1ZS1ncmFuZXphLXRlc3Rz&amp;job=9183342" style="background:#0b5e2e;color:#fff;padding:12px 26px;border-radius:22px;text-decoration:none">Fazer os testes</a></p>
<p>Boa sorte!<br>Time de Gente &amp; Gestão | Graneza</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m(
        "gz3c",
        "2025-10-01 15:02",
        "Patrícia Viana <patricia.viana@graneza.example>",
        "Convite: Entrevista Graneza | Originação - Gustavo Lemes @ seg 6 de out de 2025 10:00 - 10:45 (BRT) (gustavo.hblemes@gmail.com)",
        A("interview", GZ, GZ1, 5, "direct"),
        text="""Patrícia Viana convidou você para participar de uma reunião do Google Meet.

Entrevista Graneza | Originação - Gustavo Lemes
segunda-feira, 6 de outubro de 2025⋅10:00 – 10:45
Fuso horário: America/Sao_Paulo

Participar com o Google Meet
https://meet.google.com/qpx-ruwd-nmk

Participantes
Patrícia Viana - organizador
leandro.brito@graneza.example
gustavo.hblemes@gmail.com

Descrição:
Oi Gustavo! Conversa com Patrícia (Gente & Gestão) e Leandro Brito (Gerente de Originação
Sudoeste GO). Se precisar remarcar, me escreve direto por aqui.

Convite do Google Agenda
Você está recebendo este e-mail porque é um convidado do evento.""",
        ics=ics(
            "5k2q9f0t3c1e7ab8d4vn@google.com",
            "2025-10-06 10:00",
            "Entrevista Graneza | Originação - Gustavo Lemes",
            ("Patrícia Viana", "patricia.viana@graneza.example"),
            minutes=45,
            attendees=[("leandro.brito@graneza.example", "leandro.brito@graneza.example")],
            description="Participar com o Google Meet: https://meet.google.com/qpx-ruwd-nmk",
        ),
    ),
    m(
        "gz4d",
        "2025-10-05 19:48",
        "Graneza Carreiras <noreply@gupy.io>",
        "Candidatura confirmada | Analista de Fomento Agrícola - Sorriso/MT",
        A("confirmation", GZ, GZ2, 11, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;color:#2b2b2b;font-size:15px"><tr><td>
<img src="https://granezacarreiras.gupy.io/static/logo-graneza.png" alt="Graneza" height="44">
<p>Olá, Gustavo Henrique!</p>
<p>Recebemos sua inscrição para <b>Analista de Fomento Agrícola - Sorriso/MT</b>. Você também segue participando dos outros processos
em que está inscrito.</p>
<p>Acompanhe tudo pela <a href="https://login.gupy.io/candidates/applications">área do candidato</a>.</p>
<p>Time de Gente &amp; Gestão | Graneza</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m(
        "gz5e",
        "2025-10-21 17:55",
        "Graneza Carreiras <noreply@gupy.io>",
        "Atualização sobre sua candidatura",
        A("rejection", GZ, GZ1, 5, "other"),
        html="""<html><body style="background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
<table align="center" width="600" style="background:#fff;padding:32px;color:#2b2b2b;font-size:15px"><tr><td>
<p>Olá, Gustavo Henrique, tudo bem?</p>
<p>Primeiramente, queremos agradecer pelo seu interesse em fazer parte da Graneza e pela dedicação em cada etapa do processo
seletivo para <b>Originador(a) de Grãos Jr - Rio Verde/GO</b>. Foi muito bom conhecer sua experiência no relacionamento com produtores.</p>
<p>Após uma análise cuidadosa, decidimos seguir com outros candidatos cujo perfil está mais aderente ao momento da vaga,
especialmente em relação à experiência com comercialização e hedge.</p>
<p>Sabemos que essa não é a notícia que você esperava, mas seu currículo continuará em nosso banco de talentos e poderá ser
considerado em oportunidades futuras.</p>
<p>Desejamos muito sucesso na sua jornada!</p>
<p>Time de Gente &amp; Gestão | Graneza</p>
</td></tr></table>
"""
        + GUPY_FOOTER
        + "</body></html>",
    ),
    m(
        "gp9s",
        "2025-10-23 10:30",
        "Gupy <pesquisa@gupy.io>",
        "Como foi sua experiência no processo seletivo da Graneza?",
        J("other_job", "other", GZ, GZ1),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Olá, Gustavo Henrique!</p>
<p>Você participou recentemente do processo seletivo para <b>Originador(a) de Grãos Jr</b> na <b>Graneza</b>.
Queremos saber: de 0 a 10, quanto você recomendaria o processo dessa empresa a um amigo?</p>
<p>
<a href="https://pesquisa.gupy.io/nps?s=0&amp;t=8f21">0</a> <a href="https://pesquisa.gupy.io/nps?s=1&amp;t=8f21">1</a>
<a href="https://pesquisa.gupy.io/nps?s=2&amp;t=8f21">2</a> <a href="https://pesquisa.gupy.io/nps?s=3&amp;t=8f21">3</a>
<a href="https://pesquisa.gupy.io/nps?s=4&amp;t=8f21">4</a> <a href="https://pesquisa.gupy.io/nps?s=5&amp;t=8f21">5</a>
<a href="https://pesquisa.gupy.io/nps?s=6&amp;t=8f21">6</a> <a href="https://pesquisa.gupy.io/nps?s=7&amp;t=8f21">7</a>
<a href="https://pesquisa.gupy.io/nps?s=8&amp;t=8f21">8</a> <a href="https://pesquisa.gupy.io/nps?s=9&amp;t=8f21">9</a>
<a href="https://pesquisa.gupy.io/nps?s=10&amp;t=8f21">10</a></p>
<p>Leva menos de 1 minuto e a resposta é anônima para a empresa.</p>
<p>Equipe Gupy</p>
</body></html>""",
    ),
    m(
        "gz6f",
        "2025-10-30 08:41",
        "Graneza Carreiras <noreply@gupy.io>",
        "Retorno do processo seletivo | Graneza",
        A("rejection", GZ, GZ2, 11, "other"),
        text="""Olá, Gustavo Henrique.

Agradecemos sua participação no processo seletivo para a vaga de Analista de Fomento Agrícola
- Sorriso/MT.

Informamos que, neste momento, seu perfil não seguirá para as próximas etapas.

Desejamos sucesso!
Graneza – Gente & Gestão

Esta é uma mensagem automática enviada pela Gupy. Não responda este e-mail.""",
    ),
    # --- 7. Coproeste (VAGAS.com.br, then the central's recruitment team) -----------------------
    m(
        "vg1a",
        "2025-09-24 22:06",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura realizada com sucesso",
        A("confirmation", CP, CPR, 7, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://www.vagas.com.br/assets/logo-vagas.png" alt="VAGAS.com.br">
<p>Olá, Gustavo Henrique Borba Lemes,</p>
<p>Sua candidatura foi enviada para a vaga:</p>
<p style="font-size:16px"><b>Engenheiro(a) Agrônomo(a) - Assistência Técnica</b><br>
Cooperativa Agroindustrial dos Produtores do Oeste<br>Mineiros / GO - 1 vaga</p>
<p>Código da vaga: v2719834</p>
<p>A empresa é responsável pela análise dos currículos e pelos próximos passos do processo. Acompanhe em
<a href="https://www.vagas.com.br/minhas-candidaturas?utm_source=email_candidatura">Minhas candidaturas</a>.</p>
<p>Boa sorte!<br>Equipe VAGAS.com.br</p>
</td></tr></table></body></html>""",
    ),
    m(
        "cp1b",
        "2025-10-14 14:21",
        "Recrutamento e Seleção | Coproeste <recrutamento@coproeste.example>",
        "Processo Seletivo - Eng. Agrônomo AT - Unidade Mineiros/GO",
        A("interview", CP, CPR, 7, "direct"),
        sender=JESSICA,
        text="""Prezado Gustavo, boa tarde.

Agradecemos seu interesse em fazer parte da Coproeste. Seu currículo foi selecionado para a
etapa de entrevista por competências referente à vaga de Engenheiro Agrônomo – Assistência
Técnica, com atuação na Unidade Mineiros/GO.

Data: 20/10/2025 (segunda-feira)
Horário: 09h00 (horário de Brasília)
Formato: online, via Microsoft Teams (convite anexo)
Duração aproximada: 1 hora

Pedimos a gentileza de confirmar sua participação respondendo a este e-mail.

Atenciosamente,

Jéssica Bortolini
Analista de Recrutamento e Seleção
Gestão de Pessoas – Sede Administrativa | Toledo – PR
Cooperativa Agroindustrial dos Produtores do Oeste – COPROESTE
(45) 3277-1800 | www.coproeste.example

"Juntos, do campo à mesa."
Antes de imprimir, pense no meio ambiente.""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B0F1E5A0F83CDC01000000000000000010000000D3A0",
            "2025-10-20 09:00",
            "Entrevista - Eng. Agrônomo AT Mineiros - Gustavo Henrique Borba Lemes",
            JESSICA_CAL,
            style="outlook",
            location="Reunião do Microsoft Teams",
            description="Reunião do Microsoft Teams\nIngressar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FhNWQ0\nID da Reunião: 289 551 407 192\nSenha: Lk3sQ9",
        ),
    ),
    m(
        "cp2c",
        "2025-10-17 16:48",
        JESSICA,
        "Remarcação - entrevista 20/10 - Eng. Agrônomo AT Mineiros",
        A("interview", CP, CPR, 7, "direct"),
        text="""Prezado Gustavo,

Em razão de um compromisso do Coordenador Técnico da Unidade Mineiros, que participará da
entrevista, precisamos remarcar nossa conversa de segunda-feira (20/10).

Nova data: 23/10/2025 (quinta-feira), às 14h00 (horário de Brasília), no mesmo link do Teams.
Estou enviando a atualização do convite.

Pedimos desculpas pelo transtorno e aguardamos sua confirmação.

Atenciosamente,
Jéssica Bortolini
Analista de Recrutamento e Seleção – Coproeste""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B0F1E5A0F83CDC01000000000000000010000000D3A0",
            "2025-10-23 14:00",
            "Entrevista - Eng. Agrônomo AT Mineiros - Gustavo Henrique Borba Lemes",
            JESSICA_CAL,
            style="outlook",
            sequence=1,
            location="Reunião do Microsoft Teams",
            attendees=[("Rogério Fantin", "rogerio.fantin@coproeste.example")],
            description="Reunião do Microsoft Teams\nIngressar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FhNWQ0\nID da Reunião: 289 551 407 192\nSenha: Lk3sQ9",
        ),
    ),
    m(
        "cp3d",
        "2025-10-18 10:02",
        JESSICA,
        "Resposta automática: Remarcação - entrevista 20/10 - Eng. Agrônomo AT Mineiros",
        J("other_job", "direct", CP, CPR),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Olá! Estou em atendimento externo (integração de novos cooperados) até 22/10, com acesso
limitado ao e-mail. Responderei assim que possível.

Assuntos urgentes de Recrutamento e Seleção: recrutamento@coproeste.example ou (45) 3277-1800.

Jéssica Bortolini
Coproeste""",
    ),
    m(
        "cp4e",
        "2025-11-04 09:15",
        "Recrutamento e Seleção | Coproeste <recrutamento@coproeste.example>",
        "Convocação 2ª etapa - entrevista técnica presencial - Unidade Mineiros",
        A("interview", CP, CPR, 7, "direct"),
        sender=JESSICA,
        text="""Prezado Gustavo,

Temos a satisfação de informar que você foi aprovado na etapa de entrevista por competências
e está convocado para a 2ª etapa do processo seletivo.

Etapa: entrevista técnica com o Gerente da Unidade e o Coordenador Técnico, seguida de
avaliação prática em campo (identificação de pragas, doenças e plantas daninhas e
recomendação técnica em área de cooperado)
Data: 10/11/2025 (segunda-feira), às 08h00
Local: Unidade Mineiros – Rod. BR-364, km 210, Mineiros/GO (procurar a recepção do escritório)

Traga documento com foto, calçado fechado adequado para campo e boné. As despesas de
deslocamento serão reembolsadas mediante apresentação de comprovantes.

Favor confirmar a presença.

Atenciosamente,
Jéssica Bortolini
Analista de Recrutamento e Seleção
Gestão de Pessoas – Sede Administrativa | Toledo – PR
COPROESTE""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E5C2A9F3904DDC01000000000000000010000000F018",
            "2025-11-10 08:00",
            "2ª etapa - Entrevista técnica + campo - Gustavo Lemes",
            JESSICA_CAL,
            style="outlook",
            minutes=240,
            location="Unidade Mineiros - Rod. BR-364 km 210, Mineiros/GO",
            attendees=[
                ("Rogério Fantin", "rogerio.fantin@coproeste.example"),
                ("Claudemir Hoffmann", "claudemir.hoffmann@coproeste.example"),
            ],
        ),
    ),
    m(
        "cp5f",
        "2025-11-24 15:37",
        JESSICA,
        "Processo seletivo",
        A("rejection", CP, CPR, 7, "direct"),
        text="""Prezado Gustavo, boa tarde!

Gostaríamos de agradecer a sua participação no processo seletivo para Engenheiro Agrônomo –
Assistência Técnica da Unidade Mineiros. Os gestores destacaram sua ótima postura na avaliação
de campo e o conhecimento técnico demonstrado, especialmente em manejo de percevejo e
nematoides.

Contudo, após a conclusão de todas as etapas, optamos por dar continuidade com outro candidato,
que já possui vivência com o modelo de assistência técnica a cooperados.

Seu currículo permanecerá em nosso banco de talentos para futuras oportunidades nas unidades
de Goiás e Mato Grosso do Sul.

Desejamos sucesso em sua trajetória profissional!

Atenciosamente,
Jéssica Bortolini
Analista de Recrutamento e Seleção – COPROESTE""",
    ),
    # --- 10. Usina Santa Helena (Catho, then Grupo Buriti's talent mailbox) --------------------
    m(
        "ct1a",
        "2025-10-01 12:40",
        "Catho <naoresponda@catho.com.br>",
        "Gustavo, sua candidatura foi enviada!",
        A("confirmation", SH, SHR, 10, "other"),
        html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="600" style="background:#fff;padding:24px;font-size:15px;color:#333"><tr><td>
<img src="https://static.catho.com.br/email/logo-catho.png" alt="Catho" height="32">
<p>Oi, Gustavo! Sua candidatura foi enviada com sucesso para a vaga:</p>
<p style="border:1px solid #ddd;padding:12px"><b>Supervisor Agrícola (Tratos Culturais)</b><br>Grupo Buriti Bioenergia – Quirinópolis, GO<br>
Faixa salarial: R$ 9.001 a R$ 12.000</p>
<p>Quer aumentar suas chances? Candidatos com currículo completo são vistos até 3x mais pelas empresas.
<a href="https://www.catho.com.br/curriculo/?utm_source=transacional&amp;utm_medium=email&amp;utm_campaign=candidatura">Complete seu currículo</a></p>
<p>Equipe Catho</p>
<p style="font-size:11px;color:#999">Catho Online Ltda. – Alameda Juari, 262 – Barueri/SP. Não responda este e-mail.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "ct2b",
        "2025-10-03 08:12",
        "Catho <naoresponda@catho.com.br>",
        "Uma empresa visualizou seu currículo 👀",
        A("viewed", SH, SHR, 10, "other"),
        html="""<html><body style="font-family:Roboto,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="600" style="background:#fff;padding:24px;font-size:15px;color:#333"><tr><td>
<p>Boa notícia, Gustavo!</p>
<p>A empresa <b>Grupo Buriti Bioenergia</b> visualizou seu currículo na vaga <b>Supervisor Agrícola (Tratos Culturais)</b>.</p>
<p><a href="https://www.catho.com.br/minhas-candidaturas/?utm_source=transacional&amp;utm_campaign=cv_visualizado">Ver minhas candidaturas</a></p>
<p>Equipe Catho</p>
</td></tr></table></body></html>""",
    ),
    m(
        "gb1c",
        "2025-10-15 10:55",
        "Talentos Grupo Buriti <talentos@grupoburiti.example>",
        "Entrevista - Supervisor Agrícola (Tratos Culturais) | Unidade Santa Helena",
        A("interview", SH, SHR, 10, "direct"),
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Olá, Gustavo, tudo bem?</p>
<p>Aqui é a Luana, da área de Talentos do Grupo Buriti Bioenergia. Recebemos seu currículo pela Catho para a vaga de
<b>Supervisor Agrícola – Tratos Culturais</b> da <b>Usina Santa Helena</b>, em Quirinópolis/GO.</p>
<p>Gostaríamos de agendar uma entrevista online com você e com o Gerente Agrícola da unidade, Sr. Osmar Freitas, na
<b>sexta-feira, 17/10, às 15h</b>, pelo Google Meet. O convite segue anexo.</p>
<p>Para adiantar: a vaga é para liderança de frentes de aplicação (herbicidas pré e pós, maturadores, adubação de soqueira) em
cerca de 38 mil hectares de cana, escala 5x2, com moradia subsidiada em Quirinópolis.</p>
<p>Abraço,<br><b>Luana Rezende</b><br>Talentos &amp; Cultura | Grupo Buriti Bioenergia<br>
Usina Santa Helena · Usina Buriti · Buriti Etanol de Milho</p>
<p style="font-size:11px;color:#888">Grupo Buriti Bioenergia S.A. – Rod. GO-164, km 46 – Quirinópolis/GO</p>
</body></html>""",
        ics=ics(
            "3m8ghv1ap0q4c2kz6t9e@google.com",
            "2025-10-17 15:00",
            "Entrevista Supervisor Agrícola TC - Gustavo H. B. Lemes",
            ("Luana Rezende", "talentos@grupoburiti.example"),
            minutes=50,
            attendees=[("Osmar Freitas", "osmar.freitas@grupoburiti.example")],
            description="Participar com o Google Meet: https://meet.google.com/bhd-tzkq-wva",
        ),
    ),
    m(
        "gb2d",
        "2025-11-12 17:20",
        "Talentos Grupo Buriti <talentos@grupoburiti.example>",
        "Processo seletivo - Supervisor Agrícola",
        A("confirmation", SH, SHR, 10, "direct"),
        st="on_hold",
        text="""Olá, Gustavo!

Passando para dar um retorno sobre o processo de Supervisor Agrícola (Tratos Culturais) da
Usina Santa Helena.

Em função da revisão do orçamento para a safra 26/27 e de uma reestruturação da área agrícola
da unidade, a diretoria decidiu congelar temporariamente essa contratação. Por isso o processo
está parado, sem previsão de retomada antes de fevereiro.

Você foi muito bem avaliado pelo Sr. Osmar, e assim que tivermos novidades entraremos em
contato com você antes de abrir novamente a vaga.

Obrigada pela compreensão!

Luana Rezende
Talentos & Cultura | Grupo Buriti Bioenergia""",
    ),
    # --- 12. Sinapse Agro (Sólides, informal start-up) ------------------------------------------
    m(
        "so0a",
        "2025-10-08 23:10",
        "Sólides Vagas <nao-responda@solides.com.br>",
        "Confirme seu e-mail para continuar",
        J("other_job", "other"),
        text="""Olá, Gustavo!

Para concluir seu cadastro no Sólides Vagas, confirme seu e-mail pelo código abaixo:

  482 917

O código expira em 30 minutos.

Se não foi você, ignore esta mensagem.
Equipe Sólides""",
    ),
    m(
        "so1b",
        "2025-10-08 23:19",
        "Sinapse Agro via Sólides <nao-responda@solides.com.br>",
        "Candidatura confirmada! 🌱",
        A("confirmation", SA, SAR, 12, "other"),
        html="""<html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1b1b1b">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://sinapseagro.vagas.solides.com.br/logo.png" alt="Sinapse Agro" height="40">
<p>Oi, Gustavo! 👋</p>
<p>Recebemos sua candidatura para <b>Customer Success Agronômico (Goiânia ou remoto em GO/MT)</b>. Valeu por querer construir
com a gente a agricultura digital do Cerrado!</p>
<p>Nosso processo é rapidinho: triagem ➜ desafio técnico ➜ papo com o time ➜ papo com os fundadores. A gente responde todo mundo,
prometido.</p>
<p><a href="https://sinapseagro.vagas.solides.com.br/vaga/318872">Ver a vaga</a></p>
<p>Abraço,<br>Time Sinapse</p>
<p style="font-size:11px;color:#999">Enviado por Sólides Vagas em nome de Sinapse Agro Tecnologia Ltda.</p>
</div></body></html>""",
    ),
    m(
        "bf1c",
        "2025-10-13 11:40",
        BIA,
        "Desafio técnico - CS Agronômico",
        A("assessment", SA, SAR, 12, "direct"),
        st="assessment",
        attach=[
            (
                "talhao17_amostragem_solo.csv",
                "text/csv",
                "ponto,lat,lon,argila_pct,p_mehlich_mgdm3,k_mgdm3,v_pct\n1,-17.8121,-50.9303,52,8.4,71,48\n2,-17.8127,-50.9288,49,12.1,88,55\n3,-17.8134,-50.9275,38,15.6,102,61\n4,-17.8140,-50.9262,35,21.0,64,58\n5,-17.8146,-50.9249,44,6.9,59,42\n",
            )
        ],
        text="""Oi Gustavo, tudo certo?

Curtimos muito teu perfil na triagem! Próximo passo é um desafio prático, nada de pegadinha:

Contexto: um cliente nosso (produtor de soja em Jataí, 1.200 ha) subiu os dados de
amostragem de solo do talhão 17 (em anexo) e a imagem de NDVI da safra passada está no link
abaixo. Ele quer saber se vale a pena fazer aplicação de fósforo e potássio em taxa variável
esse ano e, se sim, como você explicaria isso pra ele de um jeito que ele compre a ideia.

Entrega: até 3 slides ou 1 página, do jeito que você preferir. Prazo: segunda (20/10).
NDVI: https://app.sinapseagro.example/share/talhao17-ndvi-2425

Qualquer dúvida me chama aqui ou no zap (62) 99114-2087.

Bia Furtado
People & Ops | Sinapse Agro
“agricultura de precisão que o produtor entende”""",
    ),
    m(
        "bf2d",
        "2025-10-27 16:05",
        BIA,
        "Papo com o Rafa (CEO) 🚜",
        A("interview", SA, SAR, 12, "direct"),
        text="""Gustavo!! O time amou teu desafio, principalmente a parte de como conversar com o produtor
sobre o retorno da taxa variável.

Próxima etapa é um papo com o Rafael Nakamura, nosso CEO e cofundador. Marquei quarta
(29/10) às 17h30 pelo Meet, o convite já tá na tua agenda. É conversa, sem apresentação.

Bjs e boa sorte!
Bia""",
        ics=ics(
            "0t4rb7nqj2c9h5x1m3ae@google.com",
            "2025-10-29 17:30",
            "Papo Sinapse - Gustavo x Rafa",
            ("Bia Furtado", "bia@sinapseagro.example"),
            minutes=40,
            attendees=[("Rafael Nakamura", "rafael@sinapseagro.example")],
            description="Google Meet: https://meet.google.com/kfe-ymst-hqc",
        ),
    ),
    m(
        "bf3e",
        "2025-11-07 18:50",
        BIA,
        "Obrigada, Gustavo!",
        A("rejection", SA, SAR, 12, "direct"),
        text="""Oi Gustavo, tudo bem?

Queria muito te agradecer pelo tempo e pelo carinho em todo o processo. Teu desafio foi um
dos melhores que recebemos e o Rafa saiu da conversa elogiando tua visão de campo.

Dito isso, a gente precisou fazer uma escolha difícil: decidimos seguir com uma pessoa que
já vem de SaaS e tem mais experiência com onboarding de clientes em software, que é o ponto
mais crítico pra gente nesse momento. Então dessa vez não vai rolar. 😕

Mas sério, quando a gente abrir a vaga de Especialista Agronômico (acho que no 1º semestre)
vou te chamar primeiro.

Abraço enorme,
Bia Furtado
People & Ops | Sinapse Agro""",
    ),
]
