# ruff: noqa: E501, RUF100
"""Corpus 141, job mail part one (data only): see heldout141.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, a Gupy-like page,
an Outlook/Teams invitation file and the employer and role constants, which the other data
modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import _fold, dated_spec

ME_NAME = "Rafaela Nogueira Bittencourt"
ME_ADDR = "rafaela.nbittencourt@gmail.com"
ME = f"{ME_NAME} <{ME_ADDR}>"


def tz(day: str) -> str:
    """São Paulo's offset on ``day`` (no daylight saving time since 2019)."""
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
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM", São Paulo time)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def mid(key: str, when: str, subject: str, frm: str) -> str:
    """The Message-ID ``m()`` gives a message, for the replies that quote it."""
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    return f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{domain}>"


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the last of ``ids`` (the thread's earlier ids first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


def teams_ics(
    uid: str,
    start: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    location: str,
    description: str,
    method: str = "REQUEST",
    sequence: int = 0,
    stamp: str = "",
) -> tuple[str, str, str]:
    """An Outlook meeting request as an attached ``.ics`` (local São Paulo time with its
    Windows time zone), the way some Exchange setups and HR tools forward it; ``stamp`` is
    its DTSTAMP in UTC ("YYYYMMDDTHHMMSSZ", when the request was sent)."""
    day, hour = start.split(" ")
    h, mi = (int(x) for x in hour.split(":"))
    end_min = h * 60 + mi + minutes
    dt = day.replace("-", "")
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:E. South America Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:-0300",
        "TZOFFSETTO:-0300",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME_ADDR}",
        "DESCRIPTION;LANGUAGE=pt-BR:" + description.replace("\n", "\\n").replace(",", "\\,"),
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=pt-BR:{summary}",
        f"DTSTART;TZID=E. South America Standard Time:{dt}T{h:02d}{mi:02d}00",
        f"DTEND;TZID=E. South America Standard Time:{dt}T{end_min // 60:02d}{end_min % 60:02d}00",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp or dt + 'T120000Z'}",
        "TRANSP:OPAQUE",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{sequence}",
        f"LOCATION;LANGUAGE=pt-BR:{location}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    text = "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"
    return ("invite.ics", "text/calendar", text)


def gupy(company: str, body: str, button: tuple[str, str] | None = None, legal: str = "") -> str:
    """A Gupy-like candidate e-mail: the employer's header, the body, a button, Gupy's footer."""
    cta = ""
    if button:
        cta = (
            '<tr><td align="center" style="padding:24px 0">'
            f'<a href="{button[1]}" style="background:#2c3ef5;color:#fff;padding:12px 28px;'
            f'border-radius:6px;text-decoration:none;font-weight:bold">{button[0]}</a></td></tr>'
        )
    foot = f'<p style="font-size:11px;color:#888">{legal}</p>' if legal else ""
    return f"""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>{company}</title></head>
<body style="margin:0;background:#f4f5f9;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">
<tr><td style="padding:20px 32px;border-bottom:1px solid #eee"><img src="https://cdn.gupy.io/company-logos/{abs(hash_name(company))}.png" alt="{company}" height="40"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.5;color:#333">
{body}
</td></tr>
{cta}
<tr><td style="padding:16px 32px;background:#fafafa;font-size:12px;color:#777">
{foot}
<p>Este e-mail foi enviado pela Gupy em nome de {company}. Não responda a esta mensagem: ela é automática.</p>
<p>Dúvidas sobre a plataforma? Acesse a <a href="https://support-candidates.gupy.io/hc/pt-br">Central de Ajuda</a>.
Para saber como tratamos seus dados, veja a <a href="https://www.gupy.io/politica-de-privacidade">Política de Privacidade</a>.</p>
<p>Gupy &middot; Av. Paulista, São Paulo - SP</p>
</td></tr></table></td></tr></table></body></html>
"""


def hash_name(name: str) -> int:
    """A stable small number for a name (Python's ``hash`` of a str changes per run)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(name)) % 100000


# --- employers and roles ------------------------------------------------------------------------

VB = "Vossberg"
VB1 = "Analista de Compras Sênior – Materiais Diretos"
VB2 = "Comprador(a) Estratégico(a) – Materiais Indiretos"
CO, COR = "Coamig", "Analista de Suprimentos Pleno – Insumos Agrícolas"
VT, VTR = "Vitalis Farma", "Analista de Compras Pleno – Materiais de Embalagem"
IP, IPR = "Intermodal Paulista", "Comprador(a) Pleno – Frota e Manutenção"
SB, SBR = "Supermercados Sabiá", "Analista de Compras – Indiretos"
AU, AUR = "Rede Aurora Saúde", "Analista de Suprimentos Sênior – Contratos e Serviços"
CF, CFR = "Cotafácil", "Analista de Procurement (Supply Ops)"
NG, NGR = "Northgate Packaging", "Procurement Analyst – Direct Materials (LATAM)"
HA, HAR = "Halvorsen Agri", "Strategic Sourcing Specialist"

TATI = "Tatiane Moura <tatiane.moura@br.vossberg.example>"
MARCELO = "Marcelo Kühn <marcelo.kuehn@br.vossberg.example>"
VB_LEGAL = (
    "Vossberg Componentes Automotivos do Brasil Ltda. &middot; CNPJ 04.318.552/0001-07 &middot; "
    "Rod. Anhanguera, km 104 &middot; Campinas - SP"
)
TATI_SIG = """Tatiane Moura
Analista de Atração & Seleção | Talent Acquisition
Vossberg do Brasil
+55 19 3772-4410 | Rod. Anhanguera, km 104 - Campinas/SP
www.vossberg.example/br

Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, por favor avise o remetente e apague-a."""

_R1 = "<CAH7kq2YtF0pX3mVv8nL9aQe1dKz2wR6uJ4oS5bN7cE3gH1iM@mail.gmail.com>"
_R2 = "<CAH7kq2ZoW5rP1nC6uTj8xVb3yQ2sK9dL0mF4gE7hA2iB5cN@mail.gmail.com>"
_R3 = "<CAH7kq2a9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7@mail.gmail.com>"
_R4 = "<CAH7kq2bM4nB6vC8xZ0lK2jH4gF6dS8aP0oI2uY4tR6eW8qQ@mail.gmail.com>"
_R5 = "<CAH7kq2cL1kJ3hG5fD7sA9pO1iU3yT5rE7wQ9zX1cV3bN5mM@mail.gmail.com>"
_R6 = "<CAH7kq2dZ2xC4vB6nM8lK0jH2gF4dS6aQ8wE0rT2yU4iO6pP@mail.gmail.com>"

_CASE_SUBJECT = "Case – Compras Indiretos (processo Comprador Estratégico)"
_CASE_KEY, _CASE_WHEN = "q8ve31", "2025-11-04 15:32"
_PROP_SUBJECT = "Proposta – Comprador(a) Estratégico(a) | Vossberg"
_PROP_KEY, _PROP_WHEN = "q8ve77", "2026-01-13 18:05"
_WD_SUBJECT = "Processo seletivo – Analista de Suprimentos"
_CO_INV_KEY, _CO_INV_WHEN = "c0m2a1", "2025-09-26 14:02"
_CO_INV_FROM = "Renata Bortolotto <renata.bortolotto@coamig.coop.example>"
_CF_KEY, _CF_WHEN = "ct4f02", "2025-09-22 21:47"
_CF_FROM = "Bruno Kato <brunokato.cf@gmail.com>"
_CF_CASE_KEY, _CF_CASE_WHEN = "ct4f03", "2025-09-26 08:15"
_CF_CASE_SUBJECT = "case Cotafácil 📦"
_VETOR = "Gente & Gestão | Grupo Vetor <selecao@grupovetor.example>"
_VETOR_PROP_KEY, _VETOR_PROP_WHEN = "gv0r61", "2026-01-20 17:30"
_VETOR_PROP_SUBJECT = "Proposta de trabalho – Intermodal Paulista"

MAIL: list[dict[str, Any]] = [
    # --- 1. Vossberg, Analista de Compras Sênior (Gupy): profile test, HR interview, no ------
    m(
        "q8va01",
        "2025-09-03 21:14",
        "Vossberg do Brasil <no-reply@gupy.io>",
        "Candidatura recebida: Analista de Compras Sênior – Materiais Diretos",
        A("confirmation", VB, VB1, 1, "other"),
        html=gupy(
            "Vossberg do Brasil",
            """<p>Olá, Rafaela!</p>
<p>Recebemos a sua candidatura para a vaga <strong>Analista de Compras Sênior – Materiais Diretos</strong> (Campinas - SP | Híbrido).</p>
<p>Agora é com a gente: nosso time de Atração &amp; Seleção vai analisar o seu perfil e, se você avançar, as próximas etapas aparecerão no seu painel. Fique de olho também no seu e-mail (e na caixa de spam!).</p>
<p>Enquanto isso, que tal conhecer mais sobre a nossa história? Estamos há 48 anos no Brasil fornecendo sistemas de freio e componentes de chassi para as principais montadoras.</p>
<p>Boa sorte!<br>Time de Atração &amp; Seleção Vossberg</p>""",
            (
                "Acompanhar candidatura",
                "https://vsbrasil.gupy.io/candidates/applications/8827163?utm_source=email&utm_campaign=application_received",
            ),
            VB_LEGAL,
        ),
        headers={
            "List-Unsubscribe": "<https://vsbrasil.gupy.io/unsubscribe?t=a9d3f>",
            "X-Gupy-Job-Id": "9541207",
        },
    ),
    m(
        "q8va02",
        "2025-09-04 08:02",
        "Vossberg do Brasil <no-reply@gupy.io>",
        "Rafaela, você tem uma nova etapa: Teste de perfil",
        A("assessment", VB, VB1, 1, "other"),
        html=gupy(
            "Vossberg do Brasil",
            """<p>Oi, Rafaela, tudo bem?</p>
<p>Você avançou no processo seletivo para <strong>Analista de Compras Sênior – Materiais Diretos</strong> 🎉</p>
<p>A próxima etapa é o <strong>Teste de perfil</strong>. Ele leva em média 15 minutos e não existe resposta certa ou errada: queremos conhecer o seu jeito de trabalhar.</p>
<ul><li>Prazo para concluir: <strong>08/09/2025, 23h59</strong></li>
<li>Responda em um lugar tranquilo e com boa conexão</li></ul>
<p>Depois de concluir, você recebe uma devolutiva com os seus principais traços comportamentais.</p>""",
            (
                "Fazer o teste",
                "https://vsbrasil.gupy.io/candidates/applications/8827163/steps/2?utm_source=email&utm_campaign=new_step",
            ),
            VB_LEGAL,
        ),
    ),
    m(
        "q8va03",
        "2025-09-18 16:40",
        "Gupy <no-reply@gupy.io>",
        "Etapa: Entrevista com Atração & Seleção",
        A("interview", VB, VB1, 1, "other"),
        text="""Olá, Rafaela!

Parabéns! Você foi aprovada na etapa anterior e está na etapa "Entrevista com Atração & Seleção" do processo Analista de Compras Sênior – Materiais Diretos da Vossberg do Brasil.

A entrevista será online, com duração aproximada de 45 minutos. Escolha um dos horários disponíveis pelo link abaixo até 20/09:
https://vsbrasil.gupy.io/candidates/applications/8827163/schedule?utm_source=email

Depois do agendamento você receberá o convite no seu e-mail.

Equipe Vossberg do Brasil

--
Mensagem enviada automaticamente pela Gupy. Não responda este e-mail.
""",
    ),
    m(
        "q8va04",
        "2025-09-19 10:05",
        TATI,
        "Convite: Entrevista – Rafaela Nogueira x Vossberg (A&S) @ ter., 23 de set. de 2025 14:00 - 14:45 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", VB, VB1, 1, "direct"),
        text="""Você foi convidado para o seguinte evento.

Entrevista – Rafaela Nogueira x Vossberg (A&S)
Quando: terça-feira, 23 de setembro de 2025 14:00 – 14:45 (Horário Padrão de Brasília)
Participar com o Google Meet: https://meet.google.com/xqv-hdtn-kpe
Participar por telefone: (BR) +55 11 4560-8714 PIN: 661 402 918#

Agenda: tatiane.moura@br.vossberg.example

Convidados:
Tatiane Moura - organizador
rafaela.nbittencourt@gmail.com

Oi Rafaela, conforme agendado pela plataforma. Qualquer imprevisto me avise por aqui. Abs, Tati

Ver todas as informações do evento: https://calendar.google.com/calendar/event?action=VIEW&eid=NXE3dDJzZ2x0

Convite do Google Agenda: https://calendar.google.com/calendar/

Você está recebendo este e-mail porque é um convidado do evento. Para parar de receber atualizações deste evento, recuse-o.
""",
        ics=ics(
            "5q7t2sglt0b1v8rk4j3e9c2m7a@google.com",
            "2025-09-23 14:00",
            "Entrevista – Rafaela Nogueira x Vossberg (A&S)",
            ("Tatiane Moura", "tatiane.moura@br.vossberg.example"),
            minutes=45,
            location="https://meet.google.com/xqv-hdtn-kpe",
            description="Oi Rafaela, conforme agendado pela plataforma. Qualquer imprevisto me avise por aqui. Abs, Tati",
        ),
    ),
    m(
        "q8va05",
        "2025-10-10 11:23",
        "Vossberg do Brasil <no-reply@gupy.io>",
        "Feedback do processo",
        A("rejection", VB, VB1, 1, "other"),
        html=gupy(
            "Vossberg do Brasil",
            """<p>Olá, Rafaela.</p>
<p>Queremos agradecer pelo seu tempo e dedicação ao longo do processo para <strong>Analista de Compras Sênior – Materiais Diretos</strong>. Gostamos muito da conversa e da sua experiência com negociação de fundidos e com o SAP MM.</p>
<p>Depois de uma análise cuidadosa, seguimos com outra pessoa cujo perfil está mais alinhado ao momento da área, que precisa de vivência maior em importação de componentes da Ásia.</p>
<p>Sabemos que esse não é o retorno que você esperava. Seu currículo continua no nosso banco de talentos e será considerado em novas oportunidades — vale acompanhar a nossa página de carreiras.</p>
<p>Um abraço,<br>Time de Atração &amp; Seleção Vossberg</p>""",
            (
                "Ver outras vagas",
                "https://vsbrasil.gupy.io/?utm_source=email&utm_campaign=feedback",
            ),
            VB_LEGAL,
        ),
    ),
    # --- 2. Vossberg, Comprador(a) Estratégico(a) (Gupy): video, case, interviews, offer ---
    m(
        "q8ve10",
        "2025-10-20 19:48",
        "Vossberg do Brasil <no-reply@gupy.io>",
        "Recebemos sua candidatura 🙂",
        A("confirmation", VB, VB2, 2, "other"),
        html=gupy(
            "Vossberg do Brasil",
            """<p>Olá, Rafaela!</p>
<p>Que bom ter você de novo por aqui. Sua candidatura para <strong>Comprador(a) Estratégico(a) – Materiais Indiretos</strong> (Jundiaí - SP | Híbrido 3x por semana) foi recebida com sucesso.</p>
<p>Você pode acompanhar cada etapa pelo painel do candidato. Lembre-se: manter seu currículo atualizado aumenta as suas chances em futuras oportunidades.</p>""",
            (
                "Ir para o painel",
                "https://vsbrasil.gupy.io/candidates/applications/9104458?utm_source=email&utm_campaign=application_received",
            ),
            VB_LEGAL,
        ),
    ),
    m(
        "q8ve11",
        "2025-10-22 09:10",
        "Vossberg do Brasil <no-reply@gupy.io>",
        "Vídeo entrevista: responda até 27/10",
        A("assessment", VB, VB2, 2, "other"),
        text="""Oi, Rafaela!

Você avançou para a etapa de Vídeo entrevista da vaga Comprador(a) Estratégico(a) – Materiais Indiretos.

Como funciona:
- São 3 perguntas; você terá até 2 minutos para responder cada uma
- Pode fazer um teste de câmera antes de começar
- Depois de gravada, a resposta não pode ser regravada

Prazo: 27/10/2025, 23h59.

Acesse: https://vsbrasil.gupy.io/candidates/applications/9104458/steps/3

Dica: escolha um lugar iluminado e silencioso.

Boa sorte!
Vossberg do Brasil

Este e-mail foi enviado pela Gupy em nome de Vossberg do Brasil.
""",
    ),
    m(
        _CASE_KEY,
        _CASE_WHEN,
        MARCELO,
        _CASE_SUBJECT,
        A("assessment", VB, VB2, 2, "direct"),
        text="""Olá Rafaela, boa tarde.

Sou o Marcelo, gerente de Compras Indiretos aqui em Jundiaí. A Tatiane me passou seu vídeo e gostei bastante, então queria seguir com um case curto antes da nossa conversa.

Em anexo vai uma base (fictícia) com os gastos de MRO e serviços de manutenção da planta nos últimos 12 meses. A ideia é:
1) identificar 2 ou 3 categorias com maior potencial de saving e explicar o porquê;
2) propor uma estratégia de sourcing para UMA delas (RFQ, consolidação de fornecedores, contrato guarda-chuva, o que fizer sentido);
3) indicar riscos e KPIs que você acompanharia.

Pode ser em PPT ou PDF, até 6 slides. Não precisa de nada rebuscado. Se conseguir me mandar até segunda (10/11) fica ótimo.

Qualquer dúvida me chama.

Abraço,
Marcelo Kühn
Gerente de Compras Indiretos | Procurement Indirect Materials
Vossberg Componentes Automotivos do Brasil Ltda.
Jundiaí - SP | +55 11 4583-2210
""",
        cc=TATI,
        attach=[
            (
                "base_case_indiretos.csv",
                "text/csv",
                "categoria;fornecedor;spend_12m_brl;n_pedidos;contrato\nMRO rolamentos;Fornecedor A;412300;87;nao\nMRO rolamentos;Fornecedor B;198450;54;nao\nManutencao predial;Fornecedor C;633000;12;sim\nEPIs;Fornecedor D;287900;140;nao\nEPIs;Fornecedor E;95400;61;nao\nFerramentas;Fornecedor F;174200;203;nao\nLimpeza industrial;Fornecedor G;518700;12;sim\n",
            )
        ],
    ),
    m(
        "q8ve32",
        "2025-11-07 11:02",
        MARCELO,
        "RE: " + _CASE_SUBJECT,
        A("assessment", VB, VB2, 2, "direct"),
        text="""Recebido, Rafaela, obrigado! Dei uma passada rápida e gostei da lógica da consolidação de EPIs. Vou olhar com calma e a Tati te procura para agendarmos.

Marcelo

-----Mensagem original-----
De: Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com>
Enviada em: quinta-feira, 6 de novembro de 2025 22:41
Para: Marcelo Kühn <marcelo.kuehn@br.vossberg.example>
Cc: Tatiane Moura <tatiane.moura@br.vossberg.example>
Assunto: Re: Case – Compras Indiretos (processo Comprador Estratégico)

Boa noite, Marcelo!

Segue em anexo o case. Escolhi EPIs e MRO rolamentos; detalhei a proposta para EPIs (consolidação + contrato de fornecimento com catálogo).

Fico à disposição.
Rafaela
""",
        **reply(mid(_CASE_KEY, _CASE_WHEN, _CASE_SUBJECT, MARCELO), _R1),
    ),
    m(
        "q8ve40",
        "2025-11-12 17:20",
        TATI,
        "Convite: Entrevista Rafaela | Marcelo Kühn (Compras Indiretos) @ ter., 18 de nov. de 2025 10:00 - 11:00 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", VB, VB2, 2, "direct"),
        text="""Você foi convidado para o seguinte evento.

Entrevista Rafaela | Marcelo Kühn (Compras Indiretos)
Quando: terça-feira, 18 de novembro de 2025 10:00 – 11:00 (Horário Padrão de Brasília)
Onde: Vossberg - Planta Jundiaí, Av. Antonio Frederico Ozanam, 9100 - Jundiaí/SP (portaria 2)

Convidados:
Tatiane Moura - organizador
Marcelo Kühn
rafaela.nbittencourt@gmail.com

Rafa, a entrevista será presencial. Leve um documento com foto para a portaria e, se quiser, o case impresso para conversarem. Estacionamento de visitantes à direita da portaria 2.

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "2kd81vh0n4pq7sxe3mtj6b5r1c@google.com",
            "2025-11-18 10:00",
            "Entrevista Rafaela | Marcelo Kühn (Compras Indiretos)",
            ("Tatiane Moura", "tatiane.moura@br.vossberg.example"),
            location="Vossberg - Planta Jundiaí, Av. Antonio Frederico Ozanam, 9100 - Jundiaí/SP (portaria 2)",
            description="Rafa, a entrevista será presencial. Leve um documento com foto para a portaria e, se quiser, o case impresso para conversarem.",
            attendees=[("Marcelo Kühn", "marcelo.kuehn@br.vossberg.example")],
        ),
    ),
    m(
        "q8ve51",
        "2025-11-24 09:15",
        TATI,
        "Convite: Entrevista final – Diretoria de Suprimentos @ ter., 2 de dez. de 2025 15:00 - 16:00 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", VB, VB2, 2, "direct"),
        text="""Você foi convidado para o seguinte evento.

Entrevista final – Diretoria de Suprimentos
Quando: terça-feira, 2 de dezembro de 2025 15:00 – 16:00 (Horário Padrão de Brasília)
Participar com o Google Meet: https://meet.google.com/bra-okzu-wfd

Convidados:
Tatiane Moura - organizador
Henrique Schaeffer
Marcelo Kühn
rafaela.nbittencourt@gmail.com

Etapa final com o Henrique (Diretor de Suprimentos LATAM). Parte da conversa pode ser em inglês, tá? Bjs

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "7hb2fk0s9q1dmv4e6uc3rp8lzn@google.com",
            "2025-12-02 15:00",
            "Entrevista final – Diretoria de Suprimentos",
            ("Tatiane Moura", "tatiane.moura@br.vossberg.example"),
            location="https://meet.google.com/bra-okzu-wfd",
            description="Etapa final com o Henrique (Diretor de Suprimentos LATAM). Parte da conversa pode ser em inglês.",
            attendees=[
                ("Henrique Schaeffer", "henrique.schaeffer@vossberg.example"),
                ("Marcelo Kühn", "marcelo.kuehn@br.vossberg.example"),
            ],
        ),
    ),
    m(
        "q8ve52",
        "2025-11-28 13:47",
        TATI,
        "Convite atualizado com observação: Entrevista final – Diretoria de Suprimentos @ qui., 4 de dez. de 2025 09:30 - 10:30 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", VB, VB2, 2, "direct"),
        text="""Este evento foi alterado com uma observação:
"Rafa, o Henrique vai estar em viagem para a matriz na terça, então remarcamos para quinta de manhã. Pode ser? Se não der, me chama no WhatsApp."

Entrevista final – Diretoria de Suprimentos
Quando: ALTERADO
quinta-feira, 4 de dezembro de 2025 09:30 – 10:30 (Horário Padrão de Brasília)
Participar com o Google Meet: https://meet.google.com/bra-okzu-wfd

Convidados:
Tatiane Moura - organizador
Henrique Schaeffer
Marcelo Kühn
rafaela.nbittencourt@gmail.com

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "7hb2fk0s9q1dmv4e6uc3rp8lzn@google.com",
            "2025-12-04 09:30",
            "Entrevista final – Diretoria de Suprimentos",
            ("Tatiane Moura", "tatiane.moura@br.vossberg.example"),
            location="https://meet.google.com/bra-okzu-wfd",
            description="Rafa, o Henrique vai estar em viagem para a matriz na terça, então remarcamos para quinta de manhã.",
            sequence=1,
            attendees=[
                ("Henrique Schaeffer", "henrique.schaeffer@vossberg.example"),
                ("Marcelo Kühn", "marcelo.kuehn@br.vossberg.example"),
            ],
        ),
    ),
    m(
        _PROP_KEY,
        _PROP_WHEN,
        TATI,
        _PROP_SUBJECT,
        A("offer", VB, VB2, 2, "direct"),
        text=f"""Oi, Rafaela! Boa noite.

Como conversamos por telefone agora há pouco, é com muita alegria que formalizo a proposta da Vossberg para a posição de Comprador(a) Estratégico(a) – Materiais Indiretos, na planta de Jundiaí:

- Salário: R$ 11.800,00 mensais (CLT)
- PLR: até 1,5 salário, conforme metas corporativas e da área
- Modelo: híbrido, 3 dias presenciais (ter/qua/qui)
- Benefícios: plano de saúde e odontológico Bradesco (titular e dependentes), vale-refeição R$ 46,00/dia, previdência privada com contrapartida de 4%, seguro de vida, Gympass, auxílio-creche
- Fretado saindo de Campinas (ponto no Cambuí, Av. Norte-Sul)
- Data de início prevista: 02/02/2026

Para seguirmos precisamos do seu aceite por e-mail até sexta (16/01). Depois disso te envio as orientações do exame admissional e a lista de documentos.

Fico à disposição para qualquer dúvida!

{TATI_SIG}
""",
    ),
    m(
        "q8ve78",
        "2026-01-15 10:12",
        TATI,
        "RE: " + _PROP_SUBJECT,
        A("offer", VB, VB2, 2, "direct"),
        st="accepted",
        text=f"""Que notícia boa, Rafa!! Seja muito bem-vinda 🎉

Já avisei o Marcelo e o Henrique. Nas próximas horas a clínica parceira vai entrar em contato para agendar o exame admissional (ASO). Em paralelo, me envie por favor os documentos da lista anexa (pode ser foto legível).

Qualquer coisa estou aqui.

{TATI_SIG}

________________________________
De: Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com>
Enviado: quarta-feira, 14 de janeiro de 2026 21:03
Para: Tatiane Moura <tatiane.moura@br.vossberg.example>
Assunto: Re: Proposta – Comprador(a) Estratégico(a) | Vossberg

Oi Tati, boa noite!

Conversei em casa e com calma: aceito a proposta! Muito obrigada pela condução do processo, foi tudo muito transparente.

Sobre a data de início, 02/02 funciona para mim (vou cumprir o aviso na empresa atual).

Beijo,
Rafaela
""",
        attach=[
            (
                "Documentos_admissao_Vossberg.txt",
                "text/plain",
                "Documentos para admissão:\n- RG e CPF\n- Carteira de Trabalho Digital (print)\n- Comprovante de residência\n- Título de eleitor\n- Certidão de nascimento dos filhos e carteira de vacinação (menores de 7 anos)\n- Dados bancários\n- Foto 3x4\n",
            )
        ],
        **reply(mid(_PROP_KEY, _PROP_WHEN, _PROP_SUBJECT, TATI), _R2),
    ),
    m(
        "q8ve80",
        "2026-01-15 16:40",
        "Agendamento Ocupacional <agendamento@medtrabalhocampinas.example>",
        "Agendamento de exame admissional – VOSSBERG COMPONENTES AUTOMOTIVOS DO BRASIL",
        J("other_job", "other", VB, VB2),
        text="""Prezado(a) RAFAELA NOGUEIRA BITTENCOURT,

Informamos que foi solicitado pela empresa VOSSBERG COMPONENTES AUTOMOTIVOS DO BRASIL LTDA o seu exame ADMISSIONAL.

Data: 20/01/2026 (terça-feira)
Horário: 07:30 (atendimento por ordem de chegada até 09:00)
Local: MedTrabalho Campinas - Unidade Centro - Rua Barão de Jaguara, 1481 - 5º andar - Centro - Campinas/SP

Exames: Clínico ocupacional, Audiometria, Acuidade visual, Hemograma completo, Glicemia de jejum.
Jejum de 8 horas. Repouso auditivo de 14 horas.

Apresentar documento com foto e esta guia.

Em caso de impossibilidade de comparecimento, favor entrar em contato pelo telefone (19) 3231-7780 ou responder este e-mail.

Atenciosamente,
Central de Agendamento
MedTrabalho Campinas - Medicina e Segurança do Trabalho
""",
    ),
    m(
        "q8ve83",
        "2026-01-21 14:26",
        "Vossberg do Brasil via DocuSign <dse_NA3@docusign.net>",
        "Complete com a DocuSign: Contrato Individual de Trabalho – Rafaela Nogueira Bittencourt",
        J("other_job", "docusign", VB, VB2),
        reply_to="Departamento Pessoal Vossberg <dp.admissao@br.vossberg.example>",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="100%"><tr><td align="center">
<table width="640" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" height="30">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:18px">
Departamento Pessoal Vossberg enviou um documento para revisão e assinatura.<br><br>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=3c1f8e2a-77b0-4d5e-9a61-0e8c4f2d7b13&amp;etti=24&amp;acct=8d1e0f52-aa31-4c09-b1a7-3f6e6d0c9a44" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a>
</div>
<p><b>Departamento Pessoal Vossberg</b><br>dp.admissao@br.vossberg.example</p>
<p>Olá Rafaela, segue para assinatura eletrônica o contrato de trabalho (experiência 45+45 dias) e o termo de opção de vale-transporte/fretado. Obrigado!</p>
<p style="font-size:12px;color:#666"><b>Não compartilhe este e-mail</b><br>Este e-mail contém um link seguro para a DocuSign. Não compartilhe este e-mail, link ou código de acesso com outras pessoas.</p>
<p style="font-size:12px;color:#666"><b>Método de assinatura alternativo</b><br>Acesse DocuSign.com, clique em 'Acessar documentos' e insira o código de segurança: 3C1F8E2A77B04D5E9A610E8C4F2D7B1324</p>
<p style="font-size:12px;color:#666"><b>Sobre a DocuSign</b><br>Assine documentos eletronicamente em apenas alguns minutos. É seguro.</p>
</td></tr></table></td></tr></table></body></html>""",
    ),
    m(
        "q8ve84",
        "2026-01-21 20:58",
        "DocuSign <dse_NA3@docusign.net>",
        "Concluído: Contrato Individual de Trabalho – Rafaela Nogueira Bittencourt",
        J("other_job", "docusign", VB, VB2),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" height="30">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center">
<p style="font-size:18px">Seu documento foi concluído</p>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=9e0a4d61-2b8f-4c73-8c1e-5d2f7a9b0c36&amp;etti=24" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none">VISUALIZAR DOCUMENTO CONCLUÍDO</a>
</div>
<p>Todas as partes concluíram Contrato Individual de Trabalho – Rafaela Nogueira Bittencourt.</p>
<p style="font-size:12px;color:#666">Não compartilhe este e-mail. Este e-mail contém um link seguro para a DocuSign.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "q8ve90",
        "2026-01-28 09:31",
        TATI,
        "Seu primeiro dia na Vossberg – 02/02 📋",
        J("other_job", "direct", VB, VB2),
        html=f"""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Oi Rafa, bom dia!</p>
<p>Está chegando! Seguem as informações para a sua <b>integração</b> na segunda-feira, 02/02:</p>
<ul>
<li><b>Horário:</b> 08h00 (o fretado sai do Cambuí às 06h50 — ponto em frente à padaria na Av. Norte-Sul)</li>
<li><b>Local:</b> Planta Jundiaí, prédio administrativo, sala Treinamento 1</li>
<li><b>Programação:</b> boas-vindas do RH, segurança do trabalho (traga sapato fechado), entrega de notebook e crachá, almoço com o time do Marcelo</li>
</ul>
<p>Seu e-mail corporativo será criado na sexta e a senha provisória vai por SMS.</p>
<p>Qualquer dúvida, me chama!</p>
<p style="color:#555">{TATI_SIG.replace(chr(10), "<br>")}</p>
</div>""",
    ),
    # --- 3. Coamig (Solides): Profiler, online interview, she withdraws ----------------------
    m(
        "c0m2a0",
        "2025-09-08 09:30",
        "Sólides Vagas <naoresponda@solides.com.br>",
        "Candidatura realizada com sucesso!",
        A("confirmation", CO, COR, 3, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<div style="max-width:560px;margin:auto;border:1px solid #e6e6e6;padding:24px">
<img src="https://vagas.solides.com.br/assets/logo-solides.png" alt="Sólides" height="28">
<h2 style="color:#5a2ca0">Oba! Sua candidatura foi enviada 🚀</h2>
<p>Oi, Rafaela Nogueira Bittencourt,</p>
<p>Você se candidatou para a vaga <b>Analista de Suprimentos Pleno – Insumos Agrícolas</b> na empresa <b>COOPERATIVA AGROINDUSTRIAL MOGIANA</b>.</p>
<p>Local: Campinas/SP (Barão Geraldo) – Híbrido com visitas às unidades</p>
<p>Para aumentar suas chances, complete o seu <b>Profiler</b>: é rapidinho e ajuda a empresa a conhecer seu perfil comportamental.</p>
<p><a href="https://coamig.vagas.solides.com.br/vaga/412877?utm_source=email_candidatura" style="color:#5a2ca0">Ver vaga</a></p>
<hr><p style="font-size:11px;color:#999">Sólides Tecnologia S.A. · Belo Horizonte - MG. Você recebeu este e-mail porque se candidatou a uma vaga divulgada na Sólides Vagas.</p>
</div></body></html>""",
    ),
    m(
        "c0m2a2",
        "2025-09-08 09:31",
        "Sólides Vagas <naoresponda@solides.com.br>",
        "Falta só uma etapa: responda o teste de perfil comportamental",
        A("assessment", CO, COR, 3, "other"),
        text="""Oi, Rafaela!

A empresa COOPERATIVA AGROINDUSTRIAL MOGIANA pediu que os candidatos da vaga Analista de Suprimentos Pleno – Insumos Agrícolas respondam ao Profiler, o teste de perfil comportamental da Sólides.

São duas perguntas com listas de adjetivos, leva uns 10 minutos.

Responder agora: https://profiler.solides.com.br/candidato/7f3a9c21e0?origem=email

Equipe Sólides Vagas
""",
    ),
    m(
        _CO_INV_KEY,
        _CO_INV_WHEN,
        _CO_INV_FROM,
        "Entrevista online – Analista de Suprimentos | Coamig",
        A("interview", CO, COR, 3, "direct"),
        text="""Boa tarde, Rafaela!

Tudo bem? Meu nome é Renata, sou do Desenvolvimento Humano Organizacional da Coamig.

Analisamos seu currículo e o resultado do Profiler para a vaga de Analista de Suprimentos Pleno e gostaríamos de conversar com você. A entrevista será com a Priscila (coordenadora de Suprimentos) e comigo, pelo Google Meet, na terça-feira 30/09 às 10h. Estou enviando o convite pela agenda.

Um ponto importante já para alinhar: apesar de a vaga estar lotada no escritório de Barão Geraldo, nesta fase de implantação do novo armazém de fertilizantes a pessoa vai precisar estar na unidade de Holambra na maior parte da semana.

Atenciosamente,

Renata Bortolotto
DHO – Desenvolvimento Humano Organizacional
COAMIG – Cooperativa Agroindustrial Mogiana
(19) 3802-1150 | www.coamig.coop.example
""",
        ics=ics(
            "0pd4vs7ht2m1c9bq6ku8e3lx5r@google.com",
            "2025-09-30 10:00",
            "Entrevista – Analista de Suprimentos Pleno (Rafaela)",
            ("Renata Bortolotto", "renata.bortolotto@coamig.coop.example"),
            location="https://meet.google.com/cmg-pnrx-tuq",
            attendees=[("Priscila Zanetti", "priscila.zanetti@coamig.coop.example")],
        ),
    ),
    m(
        "c0m2a4",
        "2025-10-07 08:54",
        _CO_INV_FROM,
        "RES: " + _WD_SUBJECT,
        A("confirmation", CO, COR, 3, "direct"),
        st="withdrawn",
        text="""Bom dia, Rafaela.

Agradecemos o retorno e a transparência. Entendemos perfeitamente; a questão do deslocamento para Holambra realmente pesa. Registramos a sua desistência do processo.

Ficamos com seu contato para oportunidades futuras no escritório de Campinas.

Sucesso!

Renata Bortolotto
DHO – COAMIG

De: Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com>
Enviada em: segunda-feira, 6 de outubro de 2025 19:12
Para: Renata Bortolotto <renata.bortolotto@coamig.coop.example>
Assunto: Processo seletivo – Analista de Suprimentos

Oi Renata, boa noite!

Muito obrigada pela conversa de terça, gostei bastante de conhecer a Priscila e o projeto do armazém. Pensei bastante e, com o Theo pequeno e sem carro próprio para ir a Holambra quatro vezes por semana, prefiro não seguir no processo agora.

Espero que surjam outras oportunidades no escritório de Campinas.

Abraço,
Rafaela
""",
        **reply(_R3),
    ),
    # --- 4. Vitalis Farma (Kenoby): confirmation, no -------------------------------------
    m(
        "vt9k01",
        "2025-09-10 13:05",
        "Vitalis Farma | Carreiras <noreply@kenoby.com>",
        "Recebemos sua inscrição",
        A("confirmation", VT, VTR, 4, "other"),
        html="""<table width="100%" style="font-family:Verdana,sans-serif;font-size:13px"><tr><td align="center">
<table width="580"><tr><td style="background:#0b7a75;padding:18px;color:#fff;font-size:20px">Vitalis Farma · Carreiras</td></tr>
<tr><td style="padding:20px">
<p>Olá Rafaela,</p>
<p>Sua inscrição na vaga <b>Analista de Compras Pleno – Materiais de Embalagem</b> (Sorocaba/SP) foi recebida.</p>
<p>Nosso time de Gente &amp; Cultura fará a triagem dos currículos nas próximas semanas. Caso seu perfil seja selecionado para as próximas etapas, entraremos em contato pelos dados informados no cadastro.</p>
<p>Obrigado pelo interesse em fazer parte do Laboratório Farmacêutico Vitalis!</p>
<p><a href="https://jobs.kenoby.com/vitalisfarma/job/analista-de-compras-pleno-materiais-de-embalagem/68f1b2c9e4a0a3001f7d2c11">Ver a vaga</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:12px">Powered by Kenoby · Este é um e-mail automático, não responda.</td></tr></table>
</td></tr></table>""",
    ),
    m(
        "vt9k02",
        "2025-10-01 17:44",
        "Vitalis Farma | Carreiras <noreply@kenoby.com>",
        "Atualização sobre o processo seletivo",
        A("rejection", VT, VTR, 4, "other"),
        text="""Olá Rafaela,

Agradecemos sinceramente seu interesse na vaga Analista de Compras Pleno – Materiais de Embalagem e o tempo dedicado à sua inscrição.

Recebemos um número expressivo de currículos e, após avaliação criteriosa, optamos por dar continuidade com candidatos(as) cuja experiência está mais aderente aos requisitos do momento, em especial a vivência com fornecedores de embalagens farmacêuticas e validação junto à Garantia da Qualidade.

Seus dados permanecerão em nossa base e poderão ser considerados para futuras vagas.

Atenciosamente,
Gente & Cultura
Laboratório Farmacêutico Vitalis S.A.

Powered by Kenoby
""",
    ),
    # --- 5. Intermodal Paulista (Vagas.com, then Grupo Vetor's mailbox): offer declined ----
    m(
        "gv0r10",
        "2025-11-03 22:16",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura enviada: Comprador(a) Pleno – Frota e Manutenção",
        A("confirmation", IP, IPR, 5, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:16px;border-bottom:3px solid #ff7a00"><img src="https://www.vagas.com.br/assets/vagas-logo.png" alt="VAGAS.com.br" height="32"></td></tr>
<tr><td style="padding:20px">
<p>Rafaela, sua candidatura foi enviada!</p>
<table style="background:#f7f7f7;width:100%;padding:12px"><tr><td>
<b>Comprador(a) Pleno – Frota e Manutenção</b><br>
Grupo Vetor<br>
Campinas / SP · 1 vaga
</td></tr></table>
<p>Agora é só aguardar. Se a empresa tiver interesse no seu perfil, ela entrará em contato com você. Você pode acompanhar o andamento em <a href="https://www.vagas.com.br/meus-processos?utm_campaign=candidatura_enviada">Minhas candidaturas</a>.</p>
<p style="font-size:12px;color:#777">Dica: currículos com objetivo profissional preenchido têm mais chances de ser visualizados.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:16px">VAGAS Tecnologia de Software Ltda. · Você está recebendo este e-mail porque tem cadastro no VAGAS.com.br. <a href="https://www.vagas.com.br/preferencias-email">Gerenciar e-mails</a></td></tr></table>
</body></html>""",
    ),
    m(
        "gv0r11",
        "2025-11-05 10:37",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Boa notícia: seu currículo foi visualizado",
        A("viewed", IP, IPR, 5, "other"),
        text="""Olá, Rafaela!

Seu currículo foi visualizado pela empresa responsável pela vaga Comprador(a) Pleno – Frota e Manutenção (Grupo Vetor - Campinas/SP).

Isso não significa que você foi selecionada, mas mostra que seu perfil chamou atenção. Mantenha seus dados de contato atualizados.

Acompanhe: https://www.vagas.com.br/meus-processos

Equipe VAGAS.com.br
""",
    ),
    m(
        "gv0r20",
        "2025-11-11 15:08",
        _VETOR,
        "Convite para entrevista – Comprador(a) Pleno | Intermodal Paulista",
        A("interview", IP, IPR, 5, "direct"),
        html="""<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Prezada Rafaela,</p>
<p>Seu currículo foi selecionado para a vaga de <b>Comprador(a) Pleno – Frota e Manutenção</b> da <b>Intermodal Paulista</b>, empresa do Grupo Vetor responsável pela operação de transporte rodoferroviário a partir do terminal de Campinas.</p>
<p>Gostaríamos de convidá-la para uma entrevista por competências com nosso time de Gente &amp; Gestão:</p>
<p><b>Data:</b> sexta-feira, 14/11/2025<br>
<b>Horário:</b> 10h00<br>
<b>Formato:</b> Microsoft Teams (o link segue no convite anexo)</p>
<p>Por gentileza, confirme sua participação respondendo a este e-mail.</p>
<p>Atenciosamente,</p>
<p><b>Aline Sakamoto</b><br>Analista de Gente &amp; Gestão<br>Grupo Vetor – Intermodal Paulista · Vetor Armazéns · Vetor Rental<br>
<span style="color:#888;font-size:11px">Antes de imprimir, pense no meio ambiente.</span></p>
</div>""",
        attach=[
            teams_ics(
                "040000008200E00074C5B7101A82E00800000000A0D4D1F6E852DC01000000000000000010000000B3",
                "2025-11-14 10:00",
                60,
                "Entrevista - Rafaela Nogueira Bittencourt - Comprador(a) Pleno",
                ("Aline Sakamoto", "aline.sakamoto@grupovetor.example"),
                "Reunião do Microsoft Teams",
                "Entrevista por competências - Comprador(a) Pleno Frota e Manutenção - Intermodal Paulista\nIngressar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTk2\nID da reunião: 248 511 907 334",
                stamp="20251111T180800Z",
            )
        ],
    ),
    m(
        "gv0r30",
        "2025-11-24 11:50",
        "Aline Sakamoto <aline.sakamoto@grupovetor.example>",
        "2ª etapa – conversa com a gestão + visita ao terminal",
        A("interview", IP, IPR, 5, "direct"),
        text="""Oi Rafaela, tudo bem?

Passando para te dar um retorno rápido: você foi aprovada na entrevista com o G&G! A próxima etapa é uma conversa presencial com o Sérgio Vilela (gerente de Manutenção de Frota) e com o Danilo (coordenador de Suprimentos do grupo).

Quinta, 27/11, às 14h, no Terminal Intermodal Paulista – Rod. Santos Dumont, km 68, Campinas (perto de Viracopos). Depois da conversa eles querem te mostrar a oficina e o almoxarifado, então separa umas 2h30.

Me confirma?

Obrigada!
Aline
Grupo Vetor | Gente & Gestão
""",
    ),
    m(
        _VETOR_PROP_KEY,
        _VETOR_PROP_WHEN,
        "Aline Sakamoto <aline.sakamoto@grupovetor.example>",
        _VETOR_PROP_SUBJECT,
        A("offer", IP, IPR, 5, "direct"),
        text="""Olá Rafaela, boa tarde!

Desculpe a demora no retorno (o fim de ano foi corrido por aqui com o orçamento 2026). Tenho uma ótima notícia: a gestão aprovou a sua contratação e gostaríamos de te fazer a seguinte proposta para a posição de Comprador(a) Pleno – Frota e Manutenção na Intermodal Paulista:

Salário base: R$ 9.400,00
PPR: até 1 salário
Vale-refeição: R$ 38,00/dia (ou refeitório no terminal)
Assistência médica Unimed Campinas (titular + dependentes, coparticipação)
Horário: segunda a sexta, 08h às 17h48 – 100% presencial no terminal

Início a combinar, idealmente na primeira quinzena de fevereiro.

Se tiver qualquer dúvida, podemos falar por telefone. Aguardo seu retorno até 23/01.

Abraço,
Aline Sakamoto
Analista de Gente & Gestão
Grupo Vetor
""",
    ),
    m(
        "gv0r62",
        "2026-01-22 09:18",
        "Aline Sakamoto <aline.sakamoto@grupovetor.example>",
        "RES: " + _VETOR_PROP_SUBJECT,
        A("offer", IP, IPR, 5, "direct"),
        st="declined",
        text="""Oi Rafaela,

Que pena! Mas entendemos totalmente e agradecemos a sinceridade e por ter avisado rápido. Parabéns pela nova fase, desejamos muito sucesso!

Se um dia quiser voltar a conversar, as portas estão abertas.

Abs,
Aline

________________________________________
De: Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com>
Enviado: quarta-feira, 21 de janeiro de 2026 20:27
Para: Aline Sakamoto
Assunto: Re: Proposta de trabalho – Intermodal Paulista

Oi Aline, boa noite!

Muito obrigada pela proposta e por todo o cuidado no processo. Infelizmente vou declinar: na semana passada aceitei outra oportunidade, em modelo híbrido, que fazia mais sentido para mim neste momento.

Gostei muito de conhecer o Sérgio, o Danilo e o terminal. Espero que a gente se cruze de novo!

Um abraço,
Rafaela
""",
        **reply(
            mid(
                _VETOR_PROP_KEY,
                _VETOR_PROP_WHEN,
                _VETOR_PROP_SUBJECT,
                "Aline Sakamoto <aline.sakamoto@grupovetor.example>",
            ),
            _R4,
        ),
    ),
    # --- 6. Supermercados Sabiá (Gupy): confirmation, process closed -----------------------
    m(
        "sb3h01",
        "2025-09-12 12:21",
        "Gupy <no-reply@gupy.io>",
        "Sua candidatura foi enviada para Sabiá",
        A("confirmation", SB, SBR, 6, "other"),
        html=gupy(
            "Sabiá Supermercados",
            """<p>Olá, Rafaela 👋</p>
<p>Sua candidatura para <strong>Analista de Compras – Indiretos</strong> (Escritório Central – São Paulo/SP, Vila Leopoldina | híbrido) foi enviada.</p>
<p>No Sabiá a gente acredita que gente boa faz o mercado do bairro ser melhor. Assim que houver novidades no processo você será avisada por aqui.</p>""",
            (
                "Ver minhas candidaturas",
                "https://redesabia.gupy.io/candidates/applications?utm_source=email",
            ),
            "Rede Sabiá Comércio de Alimentos S.A.",
        ),
    ),
    m(
        "sb3h02",
        "2025-10-08 18:02",
        "Gupy <no-reply@gupy.io>",
        "Processo seletivo encerrado",
        A("rejection", SB, SBR, 6, "other"),
        text="""Olá, Rafaela.

O processo seletivo para a vaga Analista de Compras – Indiretos do Sabiá Supermercados foi encerrado.

Agradecemos muito sua participação. Desta vez sua candidatura não foi selecionada para seguir nas próximas etapas, mas seu perfil fica disponível para futuras oportunidades no Sabiá.

Continue acompanhando nossas vagas: https://redesabia.gupy.io

Um abraço,
Gente Sabiá

Este e-mail foi enviado pela Gupy em nome de Sabiá Supermercados.
""",
    ),
    # --- 7. Sabiá again (re-application, Gupy): dinâmica de grupo, no -----------------------
    m(
        "sb3h10",
        "2025-12-02 07:55",
        "Gupy <no-reply@gupy.io>",
        "Sua candidatura foi enviada para Sabiá",
        A("confirmation", SB, SBR, 7, "other"),
        html=gupy(
            "Sabiá Supermercados",
            """<p>Olá, Rafaela 👋</p>
<p>Sua candidatura para <strong>Analista de Compras – Indiretos</strong> (Escritório Central – São Paulo/SP | híbrido) foi enviada.</p>
<p>Notamos que você já participou de outros processos com a gente. Obrigado por continuar acreditando no Sabiá! Assim que houver novidades você será avisada por aqui.</p>""",
            (
                "Ver minhas candidaturas",
                "https://redesabia.gupy.io/candidates/applications?utm_source=email",
            ),
            "Rede Sabiá Comércio de Alimentos S.A.",
        ),
    ),
    m(
        "sb3h11",
        "2025-12-09 16:30",
        "Gupy <no-reply@gupy.io>",
        "Etapa: Dinâmica de grupo – Sabiá Supermercados",
        A("interview", SB, SBR, 7, "other"),
        text="""Olá, Rafaela!

Você foi aprovada na triagem e está convidada para a próxima etapa do processo Analista de Compras – Indiretos: a Dinâmica de grupo.

Data: 16/12/2025 (terça-feira)
Horário: 09h00 às 12h00
Local: Escritório Central Sabiá – Rua Carlos Weber, 1150 – Vila Leopoldina – São Paulo/SP

Confirme sua presença pelo link: https://redesabia.gupy.io/candidates/applications/9388120/steps/4/confirm

Traga documento com foto. Em breve nosso time enviará mais detalhes.

Gente Sabiá
Este e-mail foi enviado pela Gupy em nome de Sabiá Supermercados.
""",
    ),
    m(
        "sb3h12",
        "2025-12-10 10:14",
        "Jéssica Campos <jessica.campos@supersabia.example>",
        "Convite: Dinâmica de grupo – Analista de Compras Indiretos @ ter., 16 de dez. de 2025 09:00 - 12:00 (BRT) (rafaela.nbittencourt@gmail.com)",
        A("interview", SB, SBR, 7, "direct"),
        text="""Você foi convidado para o seguinte evento.

Dinâmica de grupo – Analista de Compras Indiretos
Quando: terça-feira, 16 de dezembro de 2025 09:00 – 12:00 (Horário Padrão de Brasília)
Onde: Sabiá – Escritório Central, Rua Carlos Weber, 1150 - Vila Leopoldina, São Paulo

Serão 8 participantes. Teremos uma atividade em grupo (negociação simulada) e uma apresentação individual de 3 minutos. Não precisa preparar material. Café da manhã por nossa conta :)

Convidados:
Jéssica Campos - organizador
rafaela.nbittencourt@gmail.com

Convite do Google Agenda: https://calendar.google.com/calendar/
""",
        ics=ics(
            "3dg8w1sbq5tk0h2m9npe4cv7jx@google.com",
            "2025-12-16 09:00",
            "Dinâmica de grupo – Analista de Compras Indiretos",
            ("Jéssica Campos", "jessica.campos@supersabia.example"),
            minutes=180,
            location="Sabiá – Escritório Central, Rua Carlos Weber, 1150 - Vila Leopoldina, São Paulo",
            description="Serão 8 participantes. Atividade em grupo (negociação simulada) e apresentação individual de 3 minutos.",
        ),
    ),
    m(
        "sb3h13",
        "2026-01-09 14:40",
        "Gupy <no-reply@gupy.io>",
        "Sobre sua participação no processo do Sabiá",
        A("rejection", SB, SBR, 7, "other"),
        html=gupy(
            "Sabiá Supermercados",
            """<p>Oi, Rafaela, tudo bem?</p>
<p>Primeiro, obrigado por ter ido até a Vila Leopoldina para a dinâmica — o time comentou sobre a sua postura na negociação simulada, muito bem estruturada.</p>
<p>Depois de avaliar todas as etapas, <strong>não seguiremos com sua candidatura</strong> para a vaga de Analista de Compras – Indiretos. A decisão considerou principalmente a experiência com compras de varejo e facilities de loja.</p>
<p>Sabemos que não é a resposta que você esperava e desejamos muito sucesso!</p>
<p>Gente Sabiá</p>""",
            None,
            "Rede Sabiá Comércio de Alimentos S.A.",
        ),
    ),
    # --- 8. Rede Aurora Saúde (Vagas.com): Teams interview, vacancy frozen -------------------
    m(
        "au5r01",
        "2025-09-30 20:11",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura enviada: Analista de Suprimentos Sênior – Contratos e Serviços",
        A("confirmation", AU, AUR, 8, "other"),
        text="""Rafaela, sua candidatura foi enviada!

Analista de Suprimentos Sênior – Contratos e Serviços
Rede Aurora Saúde
Campinas / SP

Agora é só aguardar. Se a empresa tiver interesse no seu perfil, ela entrará em contato.
Acompanhe em Minhas candidaturas: https://www.vagas.com.br/meus-processos

VAGAS.com.br
Gerenciar e-mails: https://www.vagas.com.br/preferencias-email
""",
    ),
    m(
        "au5r02",
        "2025-10-14 11:26",
        "Vanessa Lins <vanessa.lins@redeaurora.example>",
        "Entrevista - Suprimentos",
        A("interview", AU, AUR, 8, "direct"),
        html="""<div style="font-family:Calibri,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Bom dia Rafaela,</p>
<p>Conforme contato telefônico, segue convite para entrevista referente à vaga de Analista de Suprimentos Sênior (Contratos e Serviços) no dia <b>16/10, quinta-feira, às 14h</b>, via Microsoft Teams.</p>
<p>Participarão a Sra. Cláudia Ferraz (Gerente de Suprimentos Corporativo) e eu.</p>
<p>Att,</p>
<p><b>Vanessa Lins</b><br>Recrutamento e Seleção<br>Rede Aurora Saúde – Hospital Aurora Campinas | Hospital Aurora Jundiaí | Aurora Diagnósticos<br>(19) 3515-9020 ramal 4471</p>
<p style="font-size:8pt;color:#999">AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário. Caso a tenha recebido por engano, notifique o remetente e exclua-a. A Rede Aurora Saúde respeita a LGPD (Lei 13.709/2018).</p>
</div>""",
        attach=[
            teams_ics(
                "040000008200E00074C5B7101A82E0080000000070C2E1A43F3CDC01000000000000000010000000F7",
                "2025-10-16 14:00",
                45,
                "Entrevista - Analista de Suprimentos Sr - Rafaela",
                ("Vanessa Lins", "vanessa.lins@redeaurora.example"),
                "Reunião do Microsoft Teams",
                "Ingressar na reunião agora: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmI2OTQ4\nID da reunião: 275 904 118 602 Senha: 4sXq9F",
                stamp="20251014T142600Z",
            )
        ],
    ),
    m(
        "au5r03",
        "2025-11-04 16:58",
        "Vanessa Lins <vanessa.lins@redeaurora.example>",
        "Processo seletivo - Suprimentos",
        A("confirmation", AU, AUR, 8, "direct"),
        st="on_hold",
        text="""Boa tarde Rafaela, tudo bem?

Quero te dar uma posição sobre o processo de Analista de Suprimentos Sênior. Infelizmente a vaga foi congelada pela diretoria até a definição do orçamento de 2026 (estamos passando por uma revisão de estrutura por conta da integração do hospital de Jundiaí).

Você estava entre as finalistas e a gestora gostou muito da entrevista. Assim que houver liberação retomamos contato com você, se ainda tiver interesse.

Obrigada pela compreensão.

Att,
Vanessa Lins
Recrutamento e Seleção | Rede Aurora Saúde
""",
    ),
    # --- 9. Cotafácil (Greenhouse, start-up): co-founder from Gmail, case, then silence ---
    m(
        "ct4f01",
        "2025-09-16 10:03",
        "Cotafácil <no-reply@us.greenhouse-mail.io>",
        "Recebemos sua candidatura – Cotafácil",
        A("confirmation", CF, CFR, 9, "greenhouse"),
        text="""Oi Rafaela,

Valeu por se candidatar para Analista de Procurement (Supply Ops) aqui na Cotafácil!

A gente é um time pequeno (32 pessoas) construindo a plataforma de cotação e compras para indústrias de médio porte. Lemos todos os currículos com atenção, então pode levar umas duas semanas para voltarmos. Se fizer sentido, alguém do time te chama.

Enquanto isso, dá uma olhada no nosso blog: https://cotafacil.example/blog

Abraços,
Time Cotafácil

**Por favor, não responda este e-mail. Esta caixa não é monitorada.**
""",
    ),
    m(
        _CF_KEY,
        _CF_WHEN,
        _CF_FROM,
        "papo rápido sobre a vaga de procurement?",
        A("interview", CF, CFR, 9, "direct"),
        text="""Oi Rafaela, tudo bem?

Aqui é o Bruno, um dos fundadores da Cotafácil. Vi sua candidatura pra vaga de Supply Ops e curti muito a parte de SAP MM + negociação com fornecedor de fundido, é exatamente a dor dos nossos clientes.

Topa um papo de 30 min essa semana? Pode ser quarta ou quinta, qualquer horário depois das 17h. Se preferir, escolhe direto aqui: https://calendly.com/bruno-cotafacil/30min

Abs,
Bruno Kato
co-founder & CEO @ Cotafácil
(estou mandando do meu gmail porque o nosso e-mail tá com problema de DNS desde ontem 🙃)

Enviado do meu iPhone
""",
    ),
    m(
        _CF_CASE_KEY,
        _CF_CASE_WHEN,
        _CF_FROM,
        _CF_CASE_SUBJECT,
        A("assessment", CF, CFR, 9, "direct"),
        text="""Rafa, bom dia!

Adorei o papo de ontem. Como comentei, a próxima etapa é um case curtinho (pode levar umas 2-3h no máximo, não quero que você perca o fim de semana):

Uma indústria de autopeças cliente nossa compra ~1.200 SKUs de itens de MRO de 140 fornecedores diferentes. O comprador faz tudo por e-mail e planilha. Como você desenharia o processo de cotação dentro da Cotafácil? Quais dados você pediria pro cliente? Como mediria o sucesso em 90 dias?

Manda do jeito que preferir (doc, slide, até um áudio kkk) até quarta 01/10.

Valeu!
Bruno

Em qui., 25 de set. de 2025 às 19:02, Bruno Kato <brunokato.cf@gmail.com> escreveu:
> Confirmado amanhã 17h30 então! link: https://meet.google.com/ctf-aqsw-mnb
""",
        **reply(mid(_CF_KEY, _CF_WHEN, "papo rápido sobre a vaga de procurement?", _CF_FROM)),
    ),
    m(
        "ct4f04",
        "2025-10-02 07:41",
        _CF_FROM,
        "Re: " + _CF_CASE_SUBJECT,
        A("assessment", CF, CFR, 9, "direct"),
        text="""Recebido!! Muito bom o fluxo que você desenhou, principalmente a parte de curva ABC antes da RFQ. Vou passar pro Léo (nosso head de produto) e volto pra você semana que vem.

Valeu Rafa!

Enviado do meu iPhone

> Em 1 de out. de 2025, às 23:18, Rafaela Nogueira Bittencourt <rafaela.nbittencourt@gmail.com> escreveu:
>
> Oi Bruno! Segue o case em PDF. Qualquer dúvida me fala.
> Bjs, Rafa
""",
        **reply(mid(_CF_CASE_KEY, _CF_CASE_WHEN, _CF_CASE_SUBJECT, _CF_FROM), _R5),
    ),
    # --- 10. Northgate Packaging (Workday, English): SHL test, interview, no ----------------
    m(
        "ng7w01",
        "2025-09-24 13:19",
        "Northgate Careers <northgate@myworkday.com>",
        "Thank you for applying to Northgate Packaging",
        A("confirmation", NG, NGR, 10, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Rafaela,</p>
<p>Thank you for your interest in Northgate Packaging. We have received your application for <b>Procurement Analyst – Direct Materials (LATAM)</b> (Job Requisition ID R-0048817), located in <b>São Paulo, Brazil (Hybrid)</b>.</p>
<p>Our Talent Acquisition team will review your qualifications. If your background matches our needs, a member of our team will contact you regarding next steps.</p>
<p>You can check the status of your application at any time by signing in to our <a href="https://northgate.wd1.myworkdayjobs.com/en-US/NorthgateCareers/userHome">Candidate Home</a>.</p>
<p>Kind regards,<br>Northgate Talent Acquisition</p>
<p style="font-size:11px;color:#777">Northgate Packaging is an Equal Opportunity Employer. Northgate Packaging do Brasil Ltda. is a subsidiary of Northgate Packaging Corporation. This email was sent from an unmonitored mailbox.</p>
</body></html>""",
    ),
    m(
        "ng7w02",
        "2025-10-07 09:44",
        "SHL Talent Assessment <no-reply@shl.com>",
        "Northgate Packaging – Online assessment invitation",
        A("assessment", NG, NGR, 10, "other", "en"),
        text="""Dear Rafaela Nogueira Bittencourt,

Northgate Packaging has invited you to complete the following online assessments as part of your application for Procurement Analyst – Direct Materials (LATAM):

  - Verify Numerical Reasoning (approx. 18 minutes)
  - Occupational Personality Questionnaire (approx. 25 minutes)

Please complete the assessments by 13 October 2025, 23:59 (UTC-03:00).

Start here: https://assessment.shl.com/candidate/login?token=NG-5d0a9b7e2f41

Technical requirements: a laptop or desktop computer, a stable internet connection and an up-to-date browser. Mobile devices are not supported for the numerical test.

If you need adjustments because of a disability, please contact the recruiter before you begin.

Good luck,
SHL on behalf of Northgate Packaging
""",
    ),
    m(
        "ng7w03",
        "2025-10-20 18:02",
        "Fernanda Reis <fernanda.reis@northgatepkg.example>",
        "Interview invitation – Procurement Analyst (Direct Materials)",
        A("interview", NG, NGR, 10, "direct", "en"),
        text="""Hi Rafaela,

Thank you for completing the assessments. I'm happy to let you know that the hiring manager, Diego Montoya (Procurement Manager, Latin America), would like to meet you.

I've sent a calendar invitation for Thursday, October 23rd, 11:00 (São Paulo time), on Google Meet. The conversation will be in English and will cover your experience with resin and corrugated suppliers, cost breakdowns and how you work with planning and quality.

Let me know if the time doesn't work and I'll find another slot.

Best regards,

Fernanda Reis
Talent Acquisition Partner – Brazil
Northgate Packaging do Brasil Ltda.
Av. das Nações Unidas, 14401 – São Paulo – SP
""",
        ics=ics(
            "6nr0bq4mx2t8vc1kd7hs3p9ea5@google.com",
            "2025-10-23 11:00",
            "Rafaela Nogueira Bittencourt <> Diego Montoya | Procurement Analyst",
            ("Fernanda Reis", "fernanda.reis@northgatepkg.example"),
            minutes=45,
            location="https://meet.google.com/ngp-wqzh-rtc",
            attendees=[("Diego Montoya", "diego.montoya@northgatepkg.example")],
        ),
    ),
    m(
        "ng7w04",
        "2025-11-18 15:30",
        "Northgate Careers <northgate@myworkday.com>",
        "Your application with Northgate Packaging",
        A("rejection", NG, NGR, 10, "workday", "en"),
        text="""Dear Rafaela,

Thank you for the time you invested in applying and interviewing for the Procurement Analyst – Direct Materials (LATAM) position (R-0048817). The team enjoyed learning about your background.

We have now completed our selection process and regret to inform you that we have decided to move forward with another candidate whose experience more closely matches the current needs of the role.

We appreciate your interest in Northgate Packaging and encourage you to apply for future openings that match your skills.

Sincerely,
Northgate Talent Acquisition

This is an automated message from an unmonitored mailbox. Please do not reply.
""",
    ),
    # --- 11. Halvorsen Agri (LinkedIn Easy Apply; the recruiter writes in English) ----------
    m(
        "hv2l01",
        "2025-10-09 23:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafaela, sua candidatura foi enviada para Halvorsen Agri",
        A("confirmation", HA, HAR, 11, "linkedin"),
        html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,Arial,sans-serif;background:#f3f2ef">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="512" style="background:#fff;margin-top:16px"><tr><td style="padding:24px">
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="24">
<p style="font-size:20px;font-weight:600">Sua candidatura foi enviada para Halvorsen Agri</p>
<table><tr><td><img src="https://media.licdn.com/dms/image/v2/C4D0BAQF/company-logo_100_100/halvorsen" width="48" alt="Halvorsen Agri"></td>
<td style="padding-left:12px"><b>Strategic Sourcing Specialist</b><br>Halvorsen Agri · São Paulo, São Paulo, Brasil (Híbrido)<br>
<span style="color:#666">Candidatura enviada em 9 de out. de 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/comm/jobs/view/4307791520/?trackingId=q7Y%2F2mV9T1e0xkz1bA%3D%3D&amp;refId=ByteString%28length%3D16%29&amp;lipi=urn%3Ali%3Apage%3Aemail_email_application_confirmation" style="color:#0a66c2">Ver vaga</a></p>
<p style="font-size:14px">Agora, fique de olho no seu e-mail e nas mensagens do LinkedIn. Caso a empresa queira conversar, ela pode entrar em contato com você.</p>
<hr>
<p style="font-size:12px;color:#666">Este e-mail foi enviado para Rafaela Nogueira Bittencourt (Compradora | Strategic Sourcing | SAP MM)<br>
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_email_application_confirmation">Cancelar inscrição</a> · <a href="https://www.linkedin.com/help/linkedin/answer/4788">Ajuda</a><br>
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085. LinkedIn e o logotipo do LinkedIn são marcas registradas da LinkedIn.</p>
</td></tr></table></td></tr></table></body></html>""",
    ),
    m(
        "hv2l02",
        "2025-10-15 12:07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sua candidatura foi visualizada por Halvorsen Agri",
        A("viewed", HA, HAR, 11, "linkedin"),
        text="""Sua candidatura foi visualizada por Halvorsen Agri

Strategic Sourcing Specialist
Halvorsen Agri · São Paulo, São Paulo, Brasil (Híbrido)

Visualizada: 15 de out. de 2025

Ver candidatura: https://www.linkedin.com/comm/jobs/view/4307791520/?trackingId=Zp3%2BaW1Q&lipi=urn%3Ali%3Apage%3Aemail_jobs_viewed_application

Dica: candidatos que seguem a página da empresa têm 2x mais chances de receber uma resposta.

----------------------------------------
Este e-mail foi enviado para Rafaela Nogueira Bittencourt (Compradora | Strategic Sourcing | SAP MM)
Saiba por que incluímos isso: https://www.linkedin.com/help/linkedin/answer/4788
Cancelar inscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "hv2l03",
        "2025-10-28 14:55",
        "Mariana Costa <mariana.costa@halvorsen-agri.example>",
        "Strategic Sourcing Specialist – next steps",
        A("interview", HA, HAR, 11, "direct", "en"),
        text="""Hello Rafaela,

I hope you are well. I'm Mariana, Talent Acquisition for Halvorsen Agri in Latin America. Thank you for applying to our Strategic Sourcing Specialist opening in São Paulo.

We'd like to invite you to a 30-minute screening call with me, in English, to learn more about your sourcing experience (we buy mostly packaging, logistics services and potassium chloride for our fertilizer blending units in Paulínia and Rondonópolis).

Could you please book a slot that suits you here: https://outlook.office365.com/book/HalvorsenTALATAM@halvorsen-agri.example/

Looking forward to speaking with you.

Kind regards,
Mariana Costa
Talent Acquisition Specialist – LATAM
Halvorsen Agri Brasil Fertilizantes Ltda.
""",
    ),
]
