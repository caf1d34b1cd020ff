# ruff: noqa: E501, RUF100
"""Corpus 123, job mail part one (data only): see heldout123.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Lisbon's offset on ``day`` (WEST until the last Sunday of October 2025, then WET)."""
    return "+0100" if day < "2025-10-26" else "+0000"


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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM", Lisbon time from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(parent: dict[str, Any], *older: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to ``parent`` (``older`` messages first in References)."""
    refs = " ".join([*(o["id"] for o in older), parent["id"]])
    return {"In-Reply-To": parent["id"], "References": refs}


ME_ADDR = "marta.tlobo@gmail.com"

PL, PL1, PL2 = "Pluma Software", "Software Tester", "QA Analyst"
MS, MSR = "Meridional Sistemas", "QA Automation Engineer"
HX, HXR = "Helix Ledger", "QA Engineer (Playwright/TypeScript)"
LSA, LSAR = "LSA", "Engenheiro/a de QA"
NV, NVR = "Nordhafen Versicherung", "QA Automation Engineer (Cypress)"
KH, KHR = "Kelpie Health", "Senior QA Engineer"
TM, TM1, TM2 = (
    "Tagus Mobility",
    "QA Engineer – Mobile (Appium)",
    "Test Automation Engineer (Playwright)",
)
OR, ORR = "Orbitar", "QA Engineer"
LU, LUR = "Lumen Retail Tech", "QA Automation Engineer"
QD, QDR = "Quintal Digital", "Tester de Software (Web e Mobile)"
CF, CFR = "Correia & Fontes Informática", "Técnico/a de QA"
IQ, IQR = "Infraquest", "Técnico/a de Testes de Software"
VT, VTR = "Veltrac", "SDET (Software Development Engineer in Test)"
CL, CLR = "Corvid Labs", "QA Engineer (Remote, EU)"
NT, NTR = "Nordlys Telecom", "Quality Engineer – Network Automation"
SP, SPR = "Seguradora Portus", "Analista de Testes (Seguros)"
PX, PXR = "Pixelforma", "QA Tester"
DD, DDR = "Doca Digital", "QA Engineer"
BA, BAR = "Bússola Analytics", "QA Engineer (Data Platforms)"
MG, MGR = "Mapleway Games", "QA Automation Engineer (Games)"
OV, OVR = "Ondaverde Energia", "Test Analyst – SAP IS-U"
VD, VDR = "Vitalis Digital", "QA Lead"

MS_FOOT = """
--
Grupo Banco Meridional | Direção de Pessoas e Cultura – Recrutamento
Banco Meridional, S.A. – Sede: Av. da República, 71, 1050-189 Lisboa
Capital social 1.250.000.000 € | NIPC 500 912 447 | Matriculado na C.R.C. de Lisboa
Esta mensagem e eventuais anexos são confidenciais e destinam-se exclusivamente ao destinatário.
Os seus dados pessoais são tratados nos termos da Política de Privacidade de Candidatos, disponível em bancomeridional.example/privacidade."""

LSA_FOOT = """
LSA – Lusitânia Software Aeronáutico, S.A.
Rua Sebastião e Silva, 56 – Edifício Hangar, 2770-071 Paço de Arcos
NIPC 507 318 226 | Capital Social 2.500.000,00 € | Conservatória do Registo Comercial de Cascais
Antes de imprimir este email pense na sua responsabilidade para com o ambiente."""


# --- 1, 2: Pluma Software (Personio): a rejection, then a re-application in January ---------

_pl2_int = m(
    "pl2i",
    "2026-01-26 15:31",
    "Joana Prates <joana.prates@plumasoftware.example>",
    "Entrevista – QA Analyst | Pluma Software",
    A("interview", PL, PL2, 2, "direct"),
    """Olá Marta,

Obrigada pela sua candidatura para a posição de QA Analyst. Gostaríamos de a conhecer melhor!

Enviei-lhe um convite para uma primeira conversa na terça-feira, 3 de fevereiro, às 10h00, por
Google Meet (cerca de 45 minutos). Vai estar comigo e com o Duarte Silvestre, que lidera a
equipa de Qualidade.

Sei que já participou num processo connosco no ano passado – desta vez a função tem um foco
maior em automação, o que nos parece encaixar melhor no seu percurso.

Se o horário não der jeito diga-me, que arranjamos outro.

Cumprimentos,
Joana Prates
Talent Acquisition | Pluma Software
+351 912 448 031
""",
    ics=ics(
        "pl2-meet-20260203@plumasoftware.example",
        "2026-02-03 10:00",
        "Pluma Software | Marta Lobo – QA Analyst",
        ("Joana Prates", "joana.prates@plumasoftware.example"),
        minutes=45,
        attendees=[("Duarte Silvestre", "duarte.silvestre@plumasoftware.example")],
        description="Entrevista QA Analyst\nGoogle Meet: https://meet.google.com/pxq-rnzt-kwa",
        location="https://meet.google.com/pxq-rnzt-kwa",
    ),
)

MAIL: list[dict[str, Any]] = [
    m(
        "pl1c",
        "2025-09-03 22:41",
        "Pluma Software <noreply@personio.de>",
        "Recebemos a sua candidatura – Software Tester",
        A("confirmation", PL, PL1, 1, "personio"),
        """Olá Marta Teixeira Lobo,

Obrigado pelo seu interesse na Pluma Software e pela candidatura à posição de Software Tester.

A nossa equipa de recrutamento vai analisar o seu perfil com atenção. Se o seu perfil for ao
encontro do que procuramos, entraremos em contacto nas próximas semanas.

Enquanto isso, pode conhecer melhor a nossa equipa em https://plumasoftware.jobs.personio.com

Com os melhores cumprimentos,
Equipa de Pessoas – Pluma Software

Pluma Software, Lda. · Rua Castilho, 39, 6.º, 1250-068 Lisboa
Esta mensagem foi enviada automaticamente através da Personio. Por favor não responda.
""",
    ),
    m(
        "pl1r",
        "2025-09-29 10:05",
        "Pluma Software <noreply@personio.de>",
        "Atualização sobre a sua candidatura",
        A("rejection", PL, PL1, 1, "personio"),
        """Olá Marta,

Antes de mais, obrigado pelo tempo que dedicou à sua candidatura para Software Tester na
Pluma Software.

Recebemos um número muito elevado de candidaturas e, após uma análise cuidada, decidimos
avançar com candidatos cujo perfil está mais alinhado com as necessidades atuais da equipa
(experiência em testes funcionais no setor da saúde).

Gostaríamos de manter os seus dados na nossa base para futuras oportunidades. Caso não
concorde, basta responder a este email ou usar o link abaixo.

Desejamos-lhe o maior sucesso profissional.

Equipa de Pessoas – Pluma Software
https://plumasoftware.jobs.personio.com/privacy
""",
    ),
    m(
        "pl2c",
        "2026-01-12 09:18",
        "Pluma Software <noreply@personio.de>",
        "Obrigado pela sua candidatura!",
        A("confirmation", PL, PL2, 2, "personio"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<img src="https://plumasoftware.jobs.personio.com/logo.png" alt="Pluma Software" width="140">
<h2 style="color:#3b2f8f">Olá Marta,</h2>
<p>A sua candidatura para <b>QA Analyst</b> chegou-nos em segurança. Obrigado!</p>
<p>Vamos analisar o seu CV e responder-lhe assim que possível – normalmente em duas a três semanas.</p>
<p>Até breve,<br>Equipa de Pessoas</p>
<hr>
<p style="font-size:11px;color:#888">Pluma Software, Lda. · Rua Castilho, 39, 6.º, 1250-068 Lisboa · NIPC 514 220 871<br>
Enviado através da Personio. <a href="https://plumasoftware.jobs.personio.com/privacy">Política de privacidade</a></p>
</td></tr></table></body></html>""",
    ),
    _pl2_int,
    m(
        "pl2w",
        "2026-02-10 11:12",
        "Joana Prates <joana.prates@plumasoftware.example>",
        "RE: Entrevista – QA Analyst | Pluma Software",
        A("confirmation", PL, PL2, 2, "direct"),
        """Olá Marta,

Obrigada por nos avisar e pela transparência. Fica registada a sua desistência do processo
para QA Analyst – percebemos perfeitamente.

Muitos parabéns pelo novo desafio! Se um dia quiser voltar a falar connosco, as portas ficam
abertas.

Tudo de bom,
Joana

-----Mensagem original-----
De: Marta Teixeira Lobo <marta.tlobo@gmail.com>
Enviada: segunda-feira, 9 de fevereiro de 2026 21:47
Para: Joana Prates <joana.prates@plumasoftware.example>
Assunto: Re: Entrevista – QA Analyst | Pluma Software

Olá Joana,

Queria agradecer-lhe a conversa da semana passada, foi mesmo agradável. Entretanto aceitei
uma proposta noutra empresa, por isso prefiro retirar a minha candidatura para não vos fazer
perder tempo.

Obrigada por tudo,
Marta
""",
        st="withdrawn",
        **reply(_pl2_int),
    ),
]

# --- 3: Meridional Sistemas, written by the group's careers mailbox (SmartRecruiters) -------

_ms_int = m(
    "ms3i",
    "2025-10-14 16:40",
    "Recrutamento Grupo Banco Meridional <recrutamento@bancomeridional.example>",
    "Convite para entrevista – Ref.ª MS-QA-0925",
    A("interview", MS, MSR, 3, "direct"),
    """Exma. Senhora
Marta Teixeira Lobo,

No seguimento da sua candidatura à função de QA Automation Engineer (Ref.ª MS-QA-0925) na
Meridional Sistemas, ACE – empresa de tecnologia do Grupo Banco Meridional –, e tendo em conta
os resultados do teste técnico, temos o prazer de a convidar para uma entrevista com a equipa
de Recrutamento.

Data: 20 de outubro de 2025 (segunda-feira)
Hora: 14h30 (duração prevista: 45 minutos)
Local: Microsoft Teams (a ligação segue no convite em anexo)

Agradecemos que confirme a sua disponibilidade respondendo a este email.

Com os melhores cumprimentos,

Inês Albuquerque
Técnica de Recrutamento e Seleção
"""
    + MS_FOOT,
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000070B1A1F2C23ADC01000000000000000010000000B1C3",
        "2025-10-20 14:30",
        "Entrevista – QA Automation Engineer (Meridional Sistemas)",
        ("Inês Albuquerque", "ines.albuquerque@bancomeridional.example"),
        style="outlook",
        minutes=45,
        description="Reunião do Microsoft Teams\nAderir: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2MDk4",
        location="Reunião do Microsoft Teams",
    ),
)

_ms_offer = m(
    "ms3o",
    "2026-01-23 18:05",
    "Inês Albuquerque <ines.albuquerque@bancomeridional.example>",
    "Proposta de colaboração – Meridional Sistemas",
    A("offer", MS, MSR, 3, "direct"),
    """Cara Marta,

Foi com muito gosto que acompanhámos o seu processo ao longo destes meses. Tenho o prazer de lhe
comunicar que a Meridional Sistemas, ACE pretende contar consigo para a função de
QA Automation Engineer na equipa de Canais Digitais.

Em anexo segue a nossa proposta, com as condições que conversámos ao telefone:
 - contrato sem termo, com período experimental de 180 dias;
 - remuneração base anual de 36.400 € (14 meses), subsídio de refeição em cartão;
 - seguro de saúde extensível ao agregado familiar, plano de pensões do Grupo;
 - regime híbrido (2 dias presenciais nas instalações do Campo Grande);
 - data de início prevista: 2 de março de 2026.

Pedimos que nos dê a sua resposta até 6 de fevereiro. Estou disponível para qualquer
esclarecimento.

Com os melhores cumprimentos,
Inês Albuquerque
Técnica de Recrutamento e Seleção
"""
    + MS_FOOT,
    attach=[
        (
            "Proposta_MS_MartaTeixeiraLobo.pdf",
            "application/pdf",
            "%PDF-1.4\n% Proposta de colaboração – Meridional Sistemas, ACE\n%%EOF\n",
        )
    ],
)

MAIL += [
    m(
        "ms3n",
        "2025-09-07 19:02",
        "Grupo Banco Meridional <noreply@smartrecruiters.com>",
        "Ainda está a tempo de concluir a sua candidatura",
        J("alert", "smartrecruiters", MS, MSR),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Olá Marta,</p>
<p>Reparámos que começou uma candidatura para <strong>QA Automation Engineer</strong> mas não chegou a submetê-la.</p>
<p>As suas respostas ficaram guardadas. Pode terminar em poucos minutos:</p>
<p><a href="https://jobs.smartrecruiters.com/GrupoBancoMeridional1/744000081235671-qa-automation-engineer?continue=1" style="background:#00594f;color:#fff;padding:10px 18px;text-decoration:none">Concluir candidatura</a></p>
<p>Grupo Banco Meridional – Recrutamento</p>
<p style="font-size:11px;color:#999">Powered by SmartRecruiters · <a href="https://www.smartrecruiters.com/privacy-policy/">Privacy</a></p>
</body></html>""",
    ),
    m(
        "ms3c",
        "2025-09-08 21:50",
        "Grupo Banco Meridional <noreply@smartrecruiters.com>",
        "Recebemos a sua candidatura",
        A("confirmation", MS, MSR, 3, "smartrecruiters"),
        """Olá Marta,

Obrigado por se candidatar à oferta QA Automation Engineer (Ref.ª MS-QA-0925).

Esta posição é da Meridional Sistemas, ACE, a empresa do Grupo Banco Meridional responsável
pelo desenvolvimento e operação das plataformas tecnológicas do Grupo.

A sua candidatura será analisada pela equipa de Recrutamento. Caso o seu perfil seja
selecionado para a fase seguinte, será contactada por email ou telefone.

Pode acompanhar o estado da sua candidatura em:
https://jobs.smartrecruiters.com/GrupoBancoMeridional1/candidate-portal

Obrigado,
Recrutamento – Grupo Banco Meridional

Este email foi enviado por SmartRecruiters em nome de Grupo Banco Meridional.
""",
    ),
    m(
        "ms3t",
        "2025-09-08 21:52",
        "Grupo Banco Meridional <noreply@smartrecruiters.com>",
        "Bem-vinda à Comunidade de Talento Meridional",
        J("alert", "smartrecruiters", MS),
        html="""<html><body>
<div style="max-width:560px;margin:auto;font-family:Georgia,serif">
<img src="https://c.smartrecruiters.com/sr-company-logo-prod/grupobancomeridional1.png" alt="Grupo Banco Meridional">
<h1 style="font-size:22px">Que bom ter-te por cá, Marta!</h1>
<p>Juntaste-te à Comunidade de Talento do Grupo Banco Meridional. A partir de agora vais receber, no máximo uma vez por mês,
novidades sobre as nossas oportunidades em Tecnologia, Dados e Negócio – no Banco, na Meridional Sistemas, na Meridional Leasing e na Meridional Seguros.</p>
<p>Podes atualizar as tuas preferências ou sair da comunidade quando quiseres.</p>
<p><a href="https://jobs.smartrecruiters.com/GrupoBancoMeridional1/talent-community/preferences">Gerir preferências</a></p>
</div></body></html>""",
        headers={
            "List-Unsubscribe": "<https://jobs.smartrecruiters.com/GrupoBancoMeridional1/talent-community/unsubscribe?t=9c1e>"
        },
    ),
    m(
        "ms3a",
        "2025-09-23 11:02",
        "Codility <no-reply@codility.com>",
        "Grupo Banco Meridional invites you to take a Codility test",
        A("assessment", MS, MSR, 3, "codility", "en"),
        """Hello Marta Teixeira Lobo,

Grupo Banco Meridional has invited you to take a test as part of the recruitment process for:

  MS-QA-0925 QA Automation Engineer

The test contains 3 tasks (Java, SQL and a test-design question). You will have 110 minutes
to complete it once you start. The invitation expires on 2025-09-30 23:59 (Europe/Lisbon).

Before you begin, we recommend you try the demo task to get familiar with the interface.

Start the test:
https://app.codility.com/c/run/TNW8EX-K3V/

Good luck!
The Codility Team

If you have technical problems please contact support@codility.com.
You received this email because Grupo Banco Meridional entered your address in Codility.
""",
    ),
    _ms_int,
    m(
        "ms3s",
        "2025-10-16 09:12",
        "Inês Albuquerque <ines.albuquerque@bancomeridional.example>",
        "RE: Convite para entrevista – Ref.ª MS-QA-0925",
        A("interview", MS, MSR, 3, "direct"),
        """Bom dia Marta,

Sem problema, compreendemos. Reagendámos a entrevista para quarta-feira, 22 de outubro, às
11h00, mantendo-se o formato por Teams. Segue o convite atualizado – o anterior fica sem efeito.

Cumprimentos,
Inês Albuquerque

________________________________
De: Marta Teixeira Lobo <marta.tlobo@gmail.com>
Enviado: 15 de outubro de 2025 19:20
Para: Recrutamento Grupo Banco Meridional
Assunto: Re: Convite para entrevista – Ref.ª MS-QA-0925

Boa tarde,
Muito obrigada pelo convite. Na segunda-feira às 14h30 tenho uma convocatória do IEFP que não
consigo desmarcar. Seria possível outro dia dessa semana?
Cumprimentos,
Marta Teixeira Lobo
"""
        + MS_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000070B1A1F2C23ADC01000000000000000010000000B1C3",
            "2025-10-22 11:00",
            "Entrevista – QA Automation Engineer (Meridional Sistemas)",
            ("Inês Albuquerque", "ines.albuquerque@bancomeridional.example"),
            style="outlook",
            minutes=45,
            sequence=1,
            description="Reunião do Microsoft Teams\nAderir: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2MDk4",
            location="Reunião do Microsoft Teams",
        ),
        **reply(_ms_int),
    ),
    m(
        "ms3k",
        "2025-11-05 17:20",
        "Recrutamento Grupo Banco Meridional <recrutamento@bancomeridional.example>",
        "Próxima etapa – Meridional Sistemas",
        A("interview", MS, MSR, 3, "direct"),
        """Cara Marta,

Obrigada pela disponibilidade na entrevista de dia 22. Temos o gosto de informar que vai passar
à fase seguinte do processo: uma entrevista técnica com o Ricardo Manso (QA Lead, Canais
Digitais) e a Sofia Paiva (Engineering Manager).

Quarta-feira, 12 de novembro, 10h00 – presencial
Meridional Sistemas, Edifício Campo Grande 28, Piso 4 (receção no piso 0, levar documento de
identificação)

A sessão inclui uma parte prática: revisão de uma suite de testes Selenium/Java e uma conversa
sobre estratégia de testes para uma app de homebanking. Não é necessário levar computador.

Com os melhores cumprimentos,
Inês Albuquerque
"""
        + MS_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D0E2C1A94B50DC01000000000000000010000000C7D2",
            "2025-11-12 10:00",
            "Meridional Sistemas – Entrevista técnica (Marta Teixeira Lobo)",
            ("Inês Albuquerque", "ines.albuquerque@bancomeridional.example"),
            style="outlook",
            minutes=90,
            attendees=[
                ("Ricardo Manso", "ricardo.manso@meridionalsistemas.example"),
                ("Sofia Paiva", "sofia.paiva@meridionalsistemas.example"),
            ],
            location="Campo Grande 28, Piso 4 – Sala Tejo",
        ),
    ),
    m(
        "ms3f",
        "2025-12-19 12:30",
        "Inês Albuquerque <ines.albuquerque@bancomeridional.example>",
        "Ponto de situação | QA Automation Engineer",
        A("interview", MS, MSR, 3, "direct"),
        """Olá Marta,

Peço desculpa pela demora em dar notícias. Como lhe tinha adiantado, o fecho de orçamento do
Grupo atrasou algumas decisões, mas o feedback da entrevista técnica foi muito positivo.

Gostaríamos de fazer uma última conversa com o Eng.º Paulo Sarmento, Diretor de Engenharia da
Meridional Sistemas, já em janeiro: quinta-feira, 8 de janeiro, às 15h00, no Campo Grande.
Segue o convite.

Votos de Boas Festas!
Inês
"""
        + MS_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1F0E5B6E270DC01000000000000000010000000D9E4",
            "2026-01-08 15:00",
            "Conversa final – Marta Teixeira Lobo / Eng.º Paulo Sarmento",
            ("Inês Albuquerque", "ines.albuquerque@bancomeridional.example"),
            style="outlook",
            minutes=30,
            attendees=[("Paulo Sarmento", "paulo.sarmento@meridionalsistemas.example")],
            location="Campo Grande 28, Piso 6 – Direção",
        ),
    ),
    _ms_offer,
    m(
        "ms3y",
        "2026-02-06 10:44",
        "Inês Albuquerque <ines.albuquerque@bancomeridional.example>",
        "RE: Proposta de colaboração – Meridional Sistemas",
        A("offer", MS, MSR, 3, "direct"),
        """Cara Marta,

Que ótima notícia! Ficamos muito contentes com a sua aceitação e por contar consigo na equipa
de Canais Digitais a partir de 2 de março.

Nos próximos dias a equipa de Admissões vai contactá-la com a lista de documentos e a marcação
do exame de medicina do trabalho.

Bem-vinda ao Grupo!
Inês

-----Original Message-----
From: Marta Teixeira Lobo <marta.tlobo@gmail.com>
Sent: Friday, February 6, 2026 9:58 AM
To: Inês Albuquerque <ines.albuquerque@bancomeridional.example>
Subject: Re: Proposta de colaboração – Meridional Sistemas

Bom dia Inês,
Depois de pensar bem, tenho o gosto de aceitar a proposta. Envio em anexo a proposta assinada.
Obrigada pela paciência ao longo do processo!
Marta
"""
        + MS_FOOT,
        st="accepted",
        **reply(_ms_offer),
    ),
    m(
        "ms3d",
        "2026-02-12 09:30",
        "Admissões – Grupo Banco Meridional <admissoes@bancomeridional.example>",
        "Processo de admissão – documentação necessária",
        J("other_job", "direct", MS, MSR),
        """Exma. Senhora D. Marta Teixeira Lobo,

No âmbito da sua admissão na Meridional Sistemas, ACE, com início a 02/03/2026, solicitamos o
envio, até 20/02/2026, através da plataforma de admissões, dos seguintes documentos:

 1. Cartão de Cidadão (frente e verso) ou autorização para cópia;
 2. Comprovativo de IBAN;
 3. Certificado de habilitações;
 4. Declaração de IRS (modelo de retenção) e número de Segurança Social;
 5. Registo criminal (para fins de exercício de funções no setor financeiro).

Plataforma: https://admissoes.bancomeridional.example/onboarding?token=7bq2k
Código de acesso: 481 226

Com os melhores cumprimentos,
Direção de Pessoas e Cultura – Admissões
"""
        + MS_FOOT,
    ),
    m(
        "ms3e",
        "2026-02-17 14:15",
        "Saúde Ocupacional GBM <saude.ocupacional@bancomeridional.example>",
        "Marcação – exame de admissão (medicina do trabalho)",
        J("other_job", "direct", MS),
        """Bom dia,

Informamos que o seu exame de admissão de medicina do trabalho ficou marcado para dia
24/02/2026 às 09h15, no Posto Médico do Grupo (Av. da República, 71, piso -1).

Deverá comparecer em jejum de 8 horas, com o boletim de vacinas e, se usar, os óculos.

Em caso de impedimento, por favor contacte a extensão 41 220.

Saúde Ocupacional – Grupo Banco Meridional
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F3B7C2D1A09FDC01000000000000000010000000E1A8",
            "2026-02-24 09:15",
            "Exame de admissão – Medicina do Trabalho",
            ("Saúde Ocupacional GBM", "saude.ocupacional@bancomeridional.example"),
            style="outlook",
            minutes=30,
            location="Posto Médico – Av. da República, 71, piso -1",
        ),
    ),
    m(
        "ms3w",
        "2026-02-26 16:02",
        "Ricardo Manso <ricardo.manso@meridionalsistemas.example>",
        "Segunda-feira 🙂",
        J("other_job", "direct", MS),
        """Olá Marta,

Só para te dar as boas-vindas antes de segunda! Chega às 9h30 à receção do Campo Grande 28 e
pergunta por mim – a manhã é de acolhimento com RH (portátil, cartões, acessos) e depois do
almoço apresento-te a equipa.

Já tens a squad "Pagamentos" à tua espera, com uma suite de regressão que precisa de muito amor.

Até segunda,
Ricardo
QA Lead – Canais Digitais
Meridional Sistemas, ACE
""",
    ),
]

# --- 4: Helix Ledger (Greenhouse, remote, English) -------------------------------------------

MAIL += [
    m(
        "hx4c",
        "2025-09-10 13:22",
        "Helix Ledger <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Helix Ledger",
        A("confirmation", HX, HXR, 4, "greenhouse", "en"),
        """Hi Marta,

Thanks for your interest in Helix Ledger! We've received your application for the
QA Engineer (Playwright/TypeScript) position and our team will review it shortly.

We're a fully remote team across 14 countries, so please bear with us – we read every
application and aim to get back to everyone within two weeks.

In the meantime, feel free to check out our engineering blog: https://helixledger.example/blog

Best,
The Helix Ledger Talent Team

--
Helix Ledger GmbH · Rosenthaler Str. 40, 10178 Berlin
""",
    ),
    m(
        "hx4r",
        "2025-09-26 16:48",
        "Helix Ledger <no-reply@us.greenhouse-mail.io>",
        "Helix Ledger | Next steps",
        A("rejection", HX, HXR, 4, "greenhouse", "en"),
        """Hi Marta,

Thank you so much for taking the time to apply for the QA Engineer (Playwright/TypeScript) role
at Helix Ledger. We really enjoyed learning about your background, and your experience building
regression suites for payment flows stood out.

This was a tough decision, as we received a large number of strong applications. After careful
consideration, we have decided to move forward with candidates whose experience more closely
matches our current needs, particularly around contract testing in a TypeScript monorepo.

We'd love to stay in touch, and we encourage you to apply again in the future.

All the best,
Leonie Brandt
Talent Partner, Helix Ledger
""",
    ),
]

# --- 5: LSA (ITJobs.pt, then the employer directly) -------------------------------------------

_lsa_int = m(
    "ls5i",
    "2025-10-01 10:18",
    "Recursos Humanos LSA <rh@lsa-aero.example>",
    "LSA | Entrevista – Engenheiro/a de QA",
    A("interview", LSA, LSAR, 5, "direct"),
    """Cara Marta Lobo,

Recebemos a sua candidatura através do ITJobs para a função de Engenheiro/a de QA e gostaríamos
de a convidar para uma entrevista online.

Proposta: terça-feira, 7 de outubro, às 10h00, via Microsoft Teams, com a nossa equipa de
Recursos Humanos e o responsável da área de Qualidade de Software (Eng. Nuno Falcão).

Caso não tenha disponibilidade, indique-nos por favor duas alternativas.

Com os melhores cumprimentos,
Patrícia Meireles
Recursos Humanos
"""
    + LSA_FOOT,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B2D4F9E6A631DC01000000000000000010000000F0A1",
        "2025-10-07 10:00",
        "Entrevista Engenheiro/a de QA – Marta Lobo",
        ("Patrícia Meireles", "patricia.meireles@lsa-aero.example"),
        style="outlook",
        attendees=[("Nuno Falcão", "nuno.falcao@lsa-aero.example")],
        description="Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_LSAqa77",
        location="Microsoft Teams Meeting",
    ),
)

MAIL += [
    m(
        "ls5c",
        "2025-09-12 11:04",
        "ITJobs.pt <noreply@itjobs.pt>",
        "Candidatura enviada: Engenheiro/a de QA",
        A("confirmation", LSA, LSAR, 5, "other"),
        html="""<html><body style="font-family:'Open Sans',Arial;font-size:14px">
<table width="100%" style="max-width:620px"><tr><td style="background:#e94e1b;padding:12px"><img src="https://www.itjobs.pt/img/logo-white.png" alt="ITJobs"></td></tr>
<tr><td style="padding:18px">
<p>Olá Marta,</p>
<p>A tua candidatura à oferta <a href="https://www.itjobs.pt/oferta/51873/engenheiroa-de-qa"><b>Engenheiro/a de QA</b></a> da empresa <b>LSA</b> foi enviada com sucesso.</p>
<p>Local: Oeiras · Tipo: Full-time · Regime: Híbrido</p>
<p>A empresa irá receber o teu CV e a carta de apresentação. O contacto seguinte será feito diretamente pela empresa.</p>
<p>Boa sorte!<br>Equipa ITJobs</p>
<p style="font-size:11px;color:#999">Recebeste este email porque te candidataste através do ITJobs.pt. <a href="https://www.itjobs.pt/conta/notificacoes">Gerir notificações</a></p>
</td></tr></table></body></html>""",
    ),
    _lsa_int,
    m(
        "ls5s",
        "2025-10-03 14:02",
        "Patrícia Meireles <patricia.meireles@lsa-aero.example>",
        "Alteração de horário – entrevista LSA",
        A("interview", LSA, LSAR, 5, "direct"),
        """Olá Marta,

Por motivos de agenda do Eng. Nuno Falcão (deslocação à base de manutenção em Beja),
precisamos de alterar a entrevista de terça-feira. A nova proposta é quinta-feira, 9 de
outubro, às 16h00, mantendo-se o formato Teams. O convite foi atualizado.

Pedimos desculpa pelo incómodo.

Patrícia Meireles
Recursos Humanos
"""
        + LSA_FOOT,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B2D4F9E6A631DC01000000000000000010000000F0A1",
            "2025-10-09 16:00",
            "Entrevista Engenheiro/a de QA – Marta Lobo",
            ("Patrícia Meireles", "patricia.meireles@lsa-aero.example"),
            style="outlook",
            sequence=1,
            attendees=[("Nuno Falcão", "nuno.falcao@lsa-aero.example")],
            location="Microsoft Teams Meeting",
        ),
        **reply(_lsa_int),
    ),
    m(
        "ls5o",
        "2025-10-10 09:01",
        "Patrícia Meireles <patricia.meireles@lsa-aero.example>",
        "Resposta automática: Obrigada pela conversa de ontem",
        J("other_job", "direct", LSA),
        """Obrigada pelo seu contacto.

Encontro-me ausente do escritório até dia 13 de outubro, com acesso limitado ao email.
Para assuntos urgentes de Recursos Humanos, por favor contacte rh@lsa-aero.example ou o
214 236 900.

Patrícia Meireles
"""
        + LSA_FOOT,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "ls5r",
        "2025-10-20 17:31",
        "Patrícia Meireles <patricia.meireles@lsa-aero.example>",
        "Processo de recrutamento",
        A("rejection", LSA, LSAR, 5, "direct"),
        """Cara Marta,

Em nome da LSA, agradeço novamente o tempo e a disponibilidade que dedicou ao nosso processo
de recrutamento. O Eng. Nuno Falcão destacou a sua experiência em automação e a forma clara
como explicou a sua abordagem a testes de regressão.

Após ponderação, optámos por avançar com um candidato com experiência prévia em software
certificado para aviação (DO-178C), requisito que se tornou determinante para o projeto em
causa.

Ficaremos com o seu contacto e não hesitaremos em contactá-la numa próxima oportunidade.

Desejamos-lhe as maiores felicidades.

Com os melhores cumprimentos,
Patrícia Meireles
Recursos Humanos
"""
        + LSA_FOOT,
    ),
]

# --- 6: Atlanticode (nearshore consultancy), client named late: Nordhafen Versicherung ------

_at_out = m(
    "at6a",
    "2025-10-20 11:47",
    "Beatriz Quental <beatriz.quental@atlanticode.example>",
    "Oportunidade QA Automation – projeto internacional (híbrido, Lisboa)",
    J("outreach", "agency", None, NVR),
    """Olá Marta, tudo bem?

Chamo-me Beatriz e sou Talent Acquisition Specialist na Atlanticode, uma consultora de
nearshore com centros em Lisboa e no Porto. Encontrei o teu perfil no LinkedIn e achei que a
tua experiência com Cypress e pipelines de CI pode encaixar muito bem num projeto que estamos a
abrir.

O projeto:
 - Cliente: seguradora alemã de grande dimensão (não posso ainda revelar o nome);
 - Equipa: squad de 8 pessoas (devs, PO, QA), em inglês;
 - Stack: Cypress + TypeScript, API testing (Postman/Newman), Azure DevOps;
 - Modelo: híbrido, 1 dia por semana no nosso escritório do Saldanha; 2 a 3 viagens por ano a Hamburgo;
 - Contrato sem termo com a Atlanticode.

Terias disponibilidade para uma chamada rápida de 15 minutos esta semana?

Obrigada!
Beatriz Quental
Talent Acquisition Specialist
Atlanticode – Nearshore Software Services
www.atlanticode.example | +351 936 112 405
""",
)

_at_conf = m(
    "at6c",
    "2025-11-12 18:20",
    "Beatriz Quental <beatriz.quental@atlanticode.example>",
    "Apresentação ao cliente – próximos passos",
    A("confirmation", NV, NVR, 6, "agency"),
    """Olá Marta,

Como combinámos, já apresentámos o teu perfil ao cliente, e agora já posso dizer-te quem é:
trata-se da Nordhafen Versicherung AG, em Hamburgo. O projeto é a nova plataforma de gestão
de sinistros (claims) para o mercado alemão e austríaco.

O hiring manager do lado deles é o Jonas Petersen (Head of QA). Vão analisar o CV esta semana e
assim que tiver datas para a entrevista técnica aviso-te.

Qualquer dúvida, liga-me.

Beijinhos e boa semana,
Beatriz

Beatriz Quental
Talent Acquisition Specialist | Atlanticode
""",
)

_at_offer = m(
    "at6o",
    "2026-01-28 12:10",
    "Beatriz Quental <beatriz.quental@atlanticode.example>",
    "Proposta Atlanticode – projeto Nordhafen",
    A("offer", NV, NVR, 6, "agency"),
    """Olá Marta!

Tenho ótimas notícias: o Jonas e a equipa da Nordhafen gostaram muito da segunda entrevista e
querem avançar contigo. 🎉

Segue a nossa proposta (contrato com a Atlanticode, alocação ao projeto Nordhafen):
 - Vencimento base: 2.450 € brutos x 14;
 - Subsídio de refeição: 10,20 €/dia em cartão;
 - Seguro de saúde, 25 dias de férias, orçamento de formação de 1.000 €/ano;
 - Híbrido (1 dia/semana no Saldanha), viagens a Hamburgo pagas;
 - Início: 2 de março de 2026.

Consegues dar-me uma resposta até dia 6 de fevereiro? O cliente está com alguma pressa.

Beatriz
""",
)

MAIL += [
    _at_out,
    m(
        "at6b",
        "2025-10-22 09:35",
        "Beatriz Quental <beatriz.quental@atlanticode.example>",
        "Re: Oportunidade QA Automation – projeto internacional (híbrido, Lisboa)",
        J("outreach", "agency", None, NVR),
        """Olá Marta,

Ótimo, obrigada pela resposta rápida! Marquei para amanhã às 11h, por Google Meet – mandei
convite. Vai ser uma conversa informal para te explicar melhor o projeto e perceber o que
procuras.

Até amanhã!
Beatriz

Em seg., 20/10/2025 às 22:14, Marta Teixeira Lobo <marta.tlobo@gmail.com> escreveu:
> Olá Beatriz,
> Obrigada pelo contacto, o projeto parece interessante. Tenho disponibilidade quarta ou
> quinta de manhã.
> Marta
""",
        ics=ics(
            "2q5m1n8b0c7v6x4z3a9s@google.com",
            "2025-10-23 11:00",
            "Atlanticode | Marta x Beatriz – conversa",
            ("Beatriz Quental", "beatriz.quental@atlanticode.example"),
            minutes=20,
            description="Participar com o Google Meet: https://meet.google.com/kbv-tyqe-mzo",
        ),
        **reply(_at_out),
    ),
    _at_conf,
    m(
        "at6i",
        "2025-12-01 10:05",
        "Beatriz Quental <beatriz.quental@atlanticode.example>",
        "Entrevista com a Nordhafen – quinta-feira 4/12",
        A("interview", NV, NVR, 6, "agency"),
        """Olá Marta,

Temos data! A entrevista com a Nordhafen fica para quinta-feira, 4 de dezembro, às 15h00
(hora de Lisboa; 16h00 em Hamburgo), por Microsoft Teams, em inglês.

Vão estar o Jonas Petersen (Head of QA) e a Katrin Möller (Product Owner da área de sinistros).
Conta com uns 60 minutos: percurso, um caso prático de estratégia de testes e perguntas sobre
Cypress.

Mandei-te o convite para o calendário. Se quiseres, fazemos uma preparação na quarta ao fim do
dia.

Beatriz
""",
        ics=ics(
            "7hd2kq0l9c3v1x8n5m2b@google.com",
            "2025-12-04 15:00",
            "Nordhafen Versicherung x Atlanticode – Interview Marta Teixeira Lobo",
            ("Beatriz Quental", "beatriz.quental@atlanticode.example"),
            attendees=[
                ("Jonas Petersen", "jonas.petersen@nordhafen-versicherung.example"),
                ("Katrin Möller", "katrin.moeller@nordhafen-versicherung.example"),
            ],
            description="Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NHV4412",
        ),
        **reply(_at_conf),
    ),
    m(
        "at6j",
        "2025-12-11 17:48",
        "Beatriz Quental <beatriz.quental@atlanticode.example>",
        "Nordhafen – 2.ª fase",
        A("interview", NV, NVR, 6, "agency"),
        """Marta, boas notícias: passaste à segunda fase!

O Jonas quer fazer uma sessão técnica de pair-testing com um dos engenheiros da equipa
(Maximilian Vogt). Terça-feira, 16/12, 14h00 em Lisboa. Vais partilhar ecrã e escrever
alguns testes Cypress sobre uma app de demonstração deles – o repositório chega-te por email
no próprio dia.

Convite em anexo. Força!

B.
""",
        ics=ics(
            "0n3b6v9c2x5z8a1s4d7f@google.com",
            "2025-12-16 14:00",
            "Nordhafen – Technical pairing session (Marta T. Lobo)",
            ("Beatriz Quental", "beatriz.quental@atlanticode.example"),
            minutes=90,
            attendees=[("Maximilian Vogt", "maximilian.vogt@nordhafen-versicherung.example")],
            description="Teams link will follow from Nordhafen IT.",
        ),
    ),
    _at_offer,
    m(
        "at6d",
        "2026-02-09 09:52",
        "Beatriz Quental <beatriz.quental@atlanticode.example>",
        "Re: Proposta Atlanticode – projeto Nordhafen",
        A("offer", NV, NVR, 6, "agency"),
        """Olá Marta,

Obrigada por me teres ligado e pela mensagem. Claro que fico com pena, mas percebo
perfeitamente – a proposta do banco é mais estável e tem outro peso. Já informei o Jonas.

Registei que não vais avançar com a nossa proposta. Desejo-te muito sucesso, e se algum dia
quiseres voltar a conversar, sabes onde me encontrar!

Um beijinho,
Beatriz

Em sex., 6/02/2026 às 19:03, Marta Teixeira Lobo <marta.tlobo@gmail.com> escreveu:
> Olá Beatriz,
> Obrigada mais uma vez por todo o acompanhamento. Depois de muito pensar, decidi aceitar outra
> proposta, por isso não vou avançar com a da Atlanticode. Agradece por favor ao Jonas.
> Marta
""",
        st="declined",
        **reply(_at_offer),
    ),
]

# --- 7: Kelpie Health (Workable, remote, English): interviews, then the role on hold --------

_kh_panel = m(
    "kh7j",
    "2025-10-20 10:15",
    "Nadia Okafor <nadia.okafor@kelpiehealth.example>",
    "Invitation: Kelpie Health – Panel interview (Marta Lobo) @ Wed 29 Oct 2025 2pm – 3:30pm (GMT)",
    A("interview", KH, KHR, 7, "direct", "en"),
    """Hi Marta,

Great speaking with you last week! The team would love to meet you for the panel round: a
30-minute walkthrough of your take-home, then an hour with our Engineering Manager and two
engineers on test strategy and collaboration.

Google Meet details are in the invite. Shout if the time doesn't work.

Nadia

Kelpie Health Ltd · 20 Farringdon Rd, London EC1M 3HE
""",
    ics=ics(
        "5k8h2j6g1f0d9s3a7p4o@google.com",
        "2025-10-29 14:00",
        "Kelpie Health – Panel interview (Marta Lobo)",
        ("Nadia Okafor", "nadia.okafor@kelpiehealth.example"),
        minutes=90,
        attendees=[
            ("Tom Reilly", "tom.reilly@kelpiehealth.example"),
            ("Priya Nair", "priya.nair@kelpiehealth.example"),
        ],
        description="Join with Google Meet: https://meet.google.com/hgw-qpfa-tre",
    ),
)

MAIL += [
    m(
        "kh7c",
        "2025-09-16 19:40",
        "Kelpie Health <noreply@candidates.workablemail.com>",
        "Thanks for applying to Kelpie Health",
        A("confirmation", KH, KHR, 7, "workable", "en"),
        html="""<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
<div style="max-width:580px;margin:24px auto;background:#fff;padding:28px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<p>Hi Marta,</p>
<p>Thank you for applying for the <strong>Senior QA Engineer</strong> position at Kelpie Health. We appreciate your interest.</p>
<p>Our hiring team is reviewing applications and will reach out if your profile is a good match for the role. Due to the volume of applications, this may take up to three weeks.</p>
<p>Kind regards,<br>Kelpie Health Hiring Team</p>
<p style="color:#8a8f98;font-size:12px;border-top:1px solid #eee;padding-top:12px">Sent via Workable · <a href="https://apply.workable.com/kelpie-health/">apply.workable.com/kelpie-health</a></p>
</div></body></html>""",
    ),
    m(
        "kh7a",
        "2025-09-24 10:11",
        "Kelpie Health <noreply@candidates.workablemail.com>",
        "Kelpie Health – Take-home exercise for the Senior QA Engineer role",
        A("assessment", KH, KHR, 7, "workable", "en"),
        """Hi Marta,

Thanks for your patience! We were impressed by your application and would like to invite you to
the next step: a short take-home exercise.

You'll find a small appointment-booking web app and its API docs at the link below. We'd like
you to:
  1. write a short test plan (1 page max) for the booking flow;
  2. automate 3-5 meaningful end-to-end or API tests in the tool of your choice;
  3. send us a link to a repository or a zip file.

It should take about 3 hours; please don't spend more. Submit within 7 days using this link:
https://apply.workable.com/kelpie-health/j/7F3C21A9B0/assessment/submit?token=wq83k

Best,
Nadia Okafor
Talent Acquisition, Kelpie Health
""",
    ),
    m(
        "kh7i",
        "2025-10-09 14:25",
        "Kelpie Health <noreply@candidates.workablemail.com>",
        "Interview with Kelpie Health: Senior QA Engineer",
        A("interview", KH, KHR, 7, "workable", "en"),
        """Hi Marta,

Nadia Okafor from Kelpie Health has scheduled an interview with you.

  Role: Senior QA Engineer
  When: Wednesday, October 15, 2025, 16:00 – 16:45 (Europe/Lisbon)
  Where: Google Meet – https://meet.google.com/zsx-wemr-kop
  Interviewers: Nadia Okafor, Tom Reilly

Add to calendar using the attached invitation.

Need to reschedule? Reply to this email and the hiring team will get back to you.

Sent via Workable
""",
        ics=ics(
            "workable-interview-3e7a9f1c-kelpie@workable.com",
            "2025-10-15 16:00",
            "Interview: Marta Teixeira Lobo – Senior QA Engineer (Kelpie Health)",
            ("Kelpie Health", "noreply@candidates.workablemail.com"),
            minutes=45,
            attendees=[
                ("Nadia Okafor", "nadia.okafor@kelpiehealth.example"),
                ("Tom Reilly", "tom.reilly@kelpiehealth.example"),
            ],
            location="https://meet.google.com/zsx-wemr-kop",
        ),
    ),
    _kh_panel,
    m(
        "kh7h",
        "2025-10-27 11:02",
        "Nadia Okafor <nadia.okafor@kelpiehealth.example>",
        "Senior QA Engineer – pausing the process",
        A("confirmation", KH, KHR, 7, "direct", "en"),
        """Hi Marta,

I'm sorry to be writing with this news. Following a funding review last week, leadership has
decided to pause hiring for several roles until Q1, including the Senior QA Engineer position.

This is not a reflection on you at all – the team genuinely enjoyed your take-home and the
first interview. I'm cancelling Wednesday's panel for now, and I'll be in touch as soon as the
role reopens, if you're still open to it.

Again, apologies for the disruption.

Warm regards,
Nadia
""",
        st="on_hold",
        **reply(_kh_panel),
    ),
    m(
        "kh7x",
        "2025-10-27 11:03",
        "Nadia Okafor <nadia.okafor@kelpiehealth.example>",
        "Canceled event: Kelpie Health – Panel interview (Marta Lobo) @ Wed 29 Oct 2025 2pm – 3:30pm (GMT)",
        A("interview", KH, KHR, 7, "direct", "en"),
        """This event has been canceled and removed from your calendar.

Kelpie Health – Panel interview (Marta Lobo)
Wednesday 29 Oct 2025 ⋅ 2pm – 3:30pm (Western European Time - Lisbon)

Organizer: Nadia Okafor
Guests: Tom Reilly, Priya Nair, marta.tlobo@gmail.com

Invitation from Google Calendar
""",
        ics=ics(
            "5k8h2j6g1f0d9s3a7p4o@google.com",
            "2025-10-29 14:00",
            "Kelpie Health – Panel interview (Marta Lobo)",
            ("Nadia Okafor", "nadia.okafor@kelpiehealth.example"),
            method="CANCEL",
            minutes=90,
        ),
        st="on_hold",
    ),
]

# --- 8, 9: Tagus Mobility (Teamtailor): two roles ------------------------------------------

MAIL += [
    m(
        "tm8c",
        "2025-09-18 23:05",
        "Tagus Mobility <no-reply@teamtailor-mail.com>",
        "Recebemos a tua candidatura 🚲",
        A("confirmation", TM, TM1, 8, "teamtailor"),
        """Olá Marta!

Obrigado por te candidatares a QA Engineer – Mobile (Appium) na Tagus Mobility.

Estamos a construir a app que põe Lisboa a andar de bicicleta, trotinete e transportes
públicos com um só passe – e a qualidade é uma parte enorme disso.

Vamos olhar para a tua candidatura com calma e damos-te notícias em breve, seja qual for a
decisão.

Até já,
Sara Menezes
People & Talent @ Tagus Mobility

careers.tagusmobility.example
""",
    ),
    m(
        "tm8t",
        "2025-09-18 23:06",
        "Tagus Mobility <no-reply@teamtailor-mail.com>",
        "Bem-vinda à comunidade de talento da Tagus Mobility",
        J("alert", "teamtailor", TM),
        html="""<html><body style="font-family:Inter,Arial,sans-serif">
<p>Olá Marta,</p>
<p>Ao candidatar-te, juntaste-te também à nossa <b>Comunidade de Talento</b>. Sempre que abrirmos uma vaga que combine com o teu perfil, és das primeiras pessoas a saber.</p>
<p><a href="https://careers.tagusmobility.example/connect">Atualizar as minhas preferências</a> · <a href="https://careers.tagusmobility.example/connect/remove">Sair da comunidade</a></p>
<p style="font-size:11px;color:#aaa">Powered by Teamtailor</p>
</body></html>""",
    ),
    m(
        "tm8r",
        "2025-10-06 12:14",
        "Sara Menezes <sara.menezes@teamtailor-mail.com>",
        "A tua candidatura",
        A("rejection", TM, TM1, 8, "teamtailor"),
        """Olá Marta,

Obrigado pela paciência! Gostámos muito de conhecer o teu percurso e de ver o teu projeto no
GitHub com Playwright.

Para esta vaga de QA Mobile, decidimos seguir com pessoas com mais experiência em testes
nativos de Android e iOS (Appium / Espresso / XCUITest), que é o foco da equipa neste momento.

Não é um adeus: vamos abrir mais posições de QA nos próximos meses e ficávamos contentes de
te ver candidatar de novo.

Um abraço,
Sara
People & Talent @ Tagus Mobility
""",
    ),
    m(
        "tm9c",
        "2025-11-10 08:50",
        "Tagus Mobility <no-reply@teamtailor-mail.com>",
        "Recebemos a tua candidatura 🚲",
        A("confirmation", TM, TM2, 9, "teamtailor"),
        """Olá Marta!

Obrigado por te candidatares a Test Automation Engineer (Playwright) na Tagus Mobility.

Vamos olhar para a tua candidatura com calma e damos-te notícias em breve, seja qual for a
decisão.

Até já,
Sara Menezes
People & Talent @ Tagus Mobility

careers.tagusmobility.example
""",
    ),
    m(
        "tm9i",
        "2025-11-21 16:02",
        "Sara Menezes <sara.menezes@teamtailor-mail.com>",
        "Vamos conversar? Marca a tua entrevista",
        A("interview", TM, TM2, 9, "teamtailor"),
        """Olá outra vez, Marta!

Desta vez temos boas notícias 😊 Gostávamos de te conhecer numa primeira conversa (30 min, por
vídeo) comigo e com o Gonçalo Reis, Engineering Lead.

Escolhe o horário que te der mais jeito aqui:
https://tagusmobility.teamtailor.com/meetings/4d1f0a2e/book

Até breve,
Sara
""",
    ),
    m(
        "tm9j",
        "2025-12-03 09:27",
        "Gonçalo Reis <goncalo.reis@tagusmobility.example>",
        "Tagus Mobility – conversa técnica com o CTO",
        A("interview", TM, TM2, 9, "direct"),
        """Olá Marta,

Obrigado pela conversa de sexta, gostei muito! Como te disse, o próximo passo é uma conversa
técnica com o nosso CTO, o Miguel Antunes, com um pequeno exercício ao vivo (revisão de testes
Playwright num PR real nosso).

Mandei convite para dia 10, às 17h, no escritório (Hub Criativo do Beato, edifício B). Se
preferires remoto, diz.

Abraço,
Gonçalo
""",
        ics=ics(
            "3v7b1n5m9k2j6h0g4f8d@google.com",
            "2025-12-10 17:00",
            "Tagus Mobility | Marta x Miguel (tech)",
            ("Gonçalo Reis", "goncalo.reis@tagusmobility.example"),
            attendees=[("Miguel Antunes", "miguel.antunes@tagusmobility.example")],
            location="Hub Criativo do Beato, Edifício B, Lisboa",
        ),
    ),
]

# --- 10: Orbitar (Landing.jobs) ---------------------------------------------------------------

MAIL += [
    m(
        "or10c",
        "2025-09-22 10:30",
        "Landing.jobs <notifications@landing.jobs>",
        "Your application to Orbitar has been submitted",
        A("confirmation", OR, ORR, 10, "other", "en"),
        html="""<html><body style="font-family:Lato,Arial,sans-serif;color:#333">
<div style="max-width:600px;margin:0 auto">
<p><img src="https://assets.landing.jobs/logo.png" alt="Landing.jobs" height="28"></p>
<p>Hi Marta,</p>
<p>Great news, your application for <b>QA Engineer</b> at <b>Orbitar</b> has been submitted! 🚀</p>
<p>What happens next? The Orbitar team will review your profile. You'll get an email from us whenever your application moves forward – you can also follow it in your <a href="https://landing.jobs/dashboard/applications">dashboard</a>.</p>
<p>Salary range: €38k – €48k · Remote (Portugal) · Full-time</p>
<p>Cheers,<br>The Landing.jobs team</p>
<p style="font-size:11px;color:#999">Landing.jobs · Rua Braamcamp 88, Lisboa · <a href="https://landing.jobs/settings/notifications">Email preferences</a></p>
</div></body></html>""",
    ),
    m(
        "or10v",
        "2025-09-29 15:00",
        "Landing.jobs <notifications@landing.jobs>",
        "Orbitar is reviewing your application",
        A("viewed", OR, ORR, 10, "other", "en"),
        """Hi Marta,

Good news: Orbitar has opened your application for QA Engineer and moved it to "In review".

There's nothing you need to do right now. We'll let you know as soon as there is an update.

Track your application: https://landing.jobs/dashboard/applications/88214

The Landing.jobs team
""",
    ),
    m(
        "or10r",
        "2025-10-13 09:20",
        "Landing.jobs <notifications@landing.jobs>",
        "An update from Orbitar",
        A("rejection", OR, ORR, 10, "other", "en"),
        """Hi Marta,

Orbitar has reviewed your application for QA Engineer and left you this message:

  "Hi Marta, thank you for your interest in Orbitar! We liked your profile a lot, but we
  decided to move forward with a candidate with more experience in performance testing, which
  is a priority for the team right now. We wish you the best of luck in your search."

We know this isn't the news you were hoping for. Keep going – there are 214 QA jobs on
Landing.jobs right now, and here are a few that match your profile:
https://landing.jobs/jobs?q=qa&match=88214

The Landing.jobs team
""",
    ),
]

# --- 11: Lumen Retail Tech (LinkedIn Easy Apply) --------------------------------------------

MAIL += [
    m(
        "lu11c",
        "2025-09-25 20:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, your application was sent to Lumen Retail Tech",
        A("confirmation", LU, LUR, 11, "linkedin", "en"),
        """Your application was sent to Lumen Retail Tech

QA Automation Engineer
Lumen Retail Tech · Lisbon, Lisbon, Portugal (Hybrid)
Applied on September 25, 2025

View job: https://www.linkedin.com/jobs/view/4129853021/

Now, take these next steps for more success with your job search
Set job alerts for similar jobs · Update your profile

This email was intended for Marta Teixeira Lobo (QA Engineer | Test Automation | Selenium · Playwright · Cypress)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "lu11v",
        "2025-09-27 09:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Lumen Retail Tech",
        A("viewed", LU, LUR, 11, "linkedin", "en"),
        """Lumen Retail Tech viewed your application

QA Automation Engineer
Lumen Retail Tech · Lisbon, Portugal
Applied 2d ago

See more jobs like this: https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=4129853021

This email was intended for Marta Teixeira Lobo.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "lu11r",
        "2025-10-16 13:57",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to QA Automation Engineer at Lumen Retail Tech",
        A("rejection", LU, LUR, 11, "linkedin", "en"),
        """Your update from Lumen Retail Tech

Thank you for your interest in the QA Automation Engineer position at Lumen Retail Tech in
Lisbon. We really appreciate the time you took to apply.

Unfortunately, we will not be moving forward with your application, but we appreciate your
time and interest in Lumen Retail Tech.

Regards,
Lumen Retail Tech

Top jobs looking for your skills: QA Engineer at Doca Digital · Test Analyst at Ondaverde Energia

This email was intended for Marta Teixeira Lobo.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
]

# --- 12: Quintal Digital (Net-Empregos; the owner writes from his SAPO mailbox) -------------

_qd_offer = m(
    "qd12o",
    "2025-10-16 20:10",
    "Fernando Quintal <fquintal63@sapo.pt>",
    "proposta",
    A("offer", QD, QDR, 12, "direct"),
    """Boa noite Marta

Conforme falamos na 5a feira, gostamos muito de a conhecer e gostavamos que viesse trabalhar
connosco. A proposta é a seguinte:

- contrato a termo certo de 12 meses, renovável
- 1.350 euros brutos + subsídio de alimentação
- horário 9h-18h no escritório de Alcântara (sexta pode ser em casa)
- início logo que possível

Sei que o valor fica abaixo do que pediu mas somos uma empresa pequena, com 14 pessoas, e
temos muita vontade de crescer na área de testes. Pense e diga qualquer coisa.

Cumprimentos
Fernando Quintal
Quintal Digital, Lda
Enviado do meu iPhone
""",
)

MAIL += [
    m(
        "qd12c",
        "2025-10-02 09:15",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada com sucesso",
        A("confirmation", QD, QDR, 12, "other"),
        """Net-Empregos.com – O maior site de emprego em Portugal

Olá Marta Teixeira Lobo,

A sua candidatura ao anúncio abaixo foi enviada com sucesso para o anunciante:

  Tester de Software (Web e Mobile) – Lisboa
  Referência: 11842271
  Empresa: Quintal Digital

O anunciante poderá contactá-la diretamente através do email ou telefone indicados no seu CV.

Boa sorte!
Equipa Net-Empregos

Não responda a este email. Para deixar de receber notificações aceda à sua área pessoal.
""",
    ),
    m(
        "qd12i",
        "2025-10-07 18:45",
        "Fernando Quintal <fquintal63@sapo.pt>",
        "Re: anúncio Tester de Software",
        A("interview", QD, QDR, 12, "direct"),
        """Olá Marta, boa tarde

Recebi o seu CV pelo net empregos. Seria possível vir cá ao escritório na quinta-feira dia 9
ao fim da tarde, tipo 17h30? Ficamos na Rua da Cozinha Económica, 30, em Alcântara (LX
Factory é mesmo ao lado).

Assim conhece a equipa e falamos com calma. Pode confirmar por aqui ou pelo 962 554 017.

Cumprimentos
Fernando Quintal
Gerente – Quintal Digital, Lda
""",
    ),
    _qd_offer,
    m(
        "qd12d",
        "2025-10-21 09:30",
        "Fernando Quintal <fquintal63@sapo.pt>",
        "Re: proposta",
        A("offer", QD, QDR, 12, "direct"),
        """Bom dia Marta

Compreendo perfeitamente, infelizmente neste momento não conseguimos chegar a esse valor.
Fica o convite em aberto se daqui a uns meses as coisas mudarem dos dois lados.

Boa sorte com a procura, tenho a certeza que vai encontrar algo à medida.

Fernando

Em 20/10/2025, às 22:31, Marta Teixeira Lobo <marta.tlobo@gmail.com> escreveu:

> Boa noite Sr. Fernando,
> Muito obrigada pela proposta e pela forma como me receberam. Pensei bastante, mas com esse
> valor não me é possível aceitar – o mínimo que consigo considerar são 1.800 € brutos.
> Caso não seja possível, agradeço muito a oportunidade.
> Marta
""",
        st="declined",
        **reply(_qd_offer),
    ),
]
