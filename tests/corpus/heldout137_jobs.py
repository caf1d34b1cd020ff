# ruff: noqa: E501, RUF100
"""Corpus 137, job mail part one (data only): see heldout137.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, threading and
calendar helpers and the employer / role constants, which the other data modules import from
here."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Porto's offset on ``day`` (WEST from the last Sunday of March to the last of October)."""
    return "+0100" if "2026-03-29" <= day < "2026-10-25" else "+0000"


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


def re_(*ids: str) -> dict[str, str]:
    """Threading headers of a reply (``ids`` oldest first; the last is the one answered)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation; ``start`` is "YYYY-MM-DD HH:MM" Porto wall-clock time.

    Exchange writes its events in "W. Europe Standard Time" (the builder's VTIMEZONE), so an
    Outlook-style event is handed over in Central European time: the same instant, one hour on.
    """
    when = datetime.strptime(f"{start} {tz(start[:10])}", "%Y-%m-%d %H:%M %z")
    if kw.get("style") == "outlook":
        cest = "2026-03-29" <= start[:10] < "2026-10-25"
        when = when.astimezone(timezone(timedelta(hours=2 if cest else 1)))
    ev: dict[str, Any] = {
        "uid": uid,
        "start": when.strftime("%Y-%m-%d %H:%M:%S %z"),
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


# Employers as a person would write them, and the roles applied for.
RT, RTR = "Roteiro", "Customer Success Manager (Iberia)"
HP, HP1, HP2 = "Hospy", "Customer Success Manager – Hospitality", "Onboarding Specialist (PT/ES)"
SGT, SGTR = "SGT", "Customer Success Specialist"
BP, BPR = "Hotel Boavista Palace", "Guest Experience Manager"
VB, VBR = "Vilamoura Bay Resorts", "Hotel Operations Manager"
FW, FWR = "Fieldwise", "Customer Success Manager (Portuguese speaker)"
NB, NBR = "Nortebyte", "Customer Support Team Lead"
CAL, CALR = "Casas do Almada", "Gestor/a de Operações – Alojamento Local"
TN, TNR = "Transnorte Expressos", "Customer Care Manager"
AU, AUR = "Autolis Rent-a-Car", "Customer Experience Lead"
RV, RVR = "Reservalia", "Account Manager Hoteles (España y Portugal)"
AA, AAR = "Atlantic Assist", "Coordenador/a de Equipa – Apoio ao Cliente"
ST, STR = "Staylio", "Customer Success Manager, Southern Europe"
TW, TWR = "Tripwise", "Customer Success Associate"
FR, FRR = "Frescura", "Key Account Manager HORECA"
CA, CAR = "Casa Amora Hostels", "Head of Guest Operations"
PV, PVR = "Payvo", "Customer Success Manager (PT market)"
RD, RDR = "Rio Doiro Cruzeiros", "Customer Experience Manager"
CF, CFR = "Caves Almeida Ferreira", "Visitor Experience Manager"
PC, PCR = "Portus Cale DMC", "Operations Manager"
QV, QVR = "Quinta do Vale Lameira", "Gestor/a de Reservas"

ME_NAME, ME_ADDR = "Tiago Carvalho Sousa", "tiago.carvalho.sousa@gmail.com"

# Vendor senders (the vendors' real domains).
WORKABLE = "noreply@candidates.workablemail.com"
TT_NOREPLY = "no-reply@message.teamtailor.com"
TT_CONV = "conversations@message.teamtailor.com"
LI_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"


def workable_html(company: str, body: str, slug: str, job: str) -> str:
    """Workable's plain candidate template: a logo line, the text, a grey footer."""
    paras = "".join(
        f'<p style="margin:0 0 14px 0;line-height:1.5">{p.replace(chr(10), "<br>")}</p>'
        for p in body.strip().split("\n\n")
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1f2937">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;border-radius:4px">
<tr><td><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/{slug}/logo.png" alt="{company}" height="36"></td></tr>
<tr><td style="font-size:15px">{paras}</td></tr>
<tr><td style="font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb">
<a href="https://apply.workable.com/{slug}/j/{job}/" style="color:#6b7280">View job</a> &middot;
<a href="https://apply.workable.com/{slug}/" style="color:#6b7280">{company} careers</a><br>
Powered by <a href="https://www.workable.com/?utm_source=candidate_email&amp;utm_medium=email" style="color:#6b7280">Workable</a>
</td></tr></table></td></tr></table></body></html>"""


def tt_html(company: str, body: str, color: str, footer: str, tenant: str) -> str:
    """Teamtailor's card template with the company's colour and its career-site links."""
    paras = "".join(
        f'<p style="font-size:16px;line-height:24px;margin:0 0 16px">{p.replace(chr(10), "<br>")}</p>'
        for p in body.strip().split("\n\n")
    )
    return f"""<html lang="pt"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>a{{color:{color}}}</style></head>
<body style="margin:0;padding:0;background:#f6f6f6">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;background:#fff;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<div style="height:4px;background:{color};margin-bottom:24px"></div>
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/{tenant}/logo.png" alt="{company}" width="120">
{paras}
</div>
<div style="max-width:560px;margin:0 auto;padding:16px 24px;font:12px/18px Arial,sans-serif;color:#888">
{footer}<br>
<a href="https://{tenant}.teamtailor.com/connect/privacy" style="color:#888">Política de privacidade</a> ·
<a href="https://{tenant}.teamtailor.com/candidate/unsubscribe" style="color:#888">Gerir os meus dados</a>
</div></body></html>"""


def li_html(headline: str, lines: list[str], button: str, url: str) -> str:
    """LinkedIn's job-update layout (Portuguese interface)."""
    rows = "".join(
        f'<tr><td style="padding:2px 0;font-size:14px;color:#666">{x}</td></tr>' for x in lines
    )
    return f"""<html><body style="margin:0;background:#f3f2ef">
<table role="presentation" width="100%" style="background:#f3f2ef"><tr><td align="center">
<table role="presentation" width="512" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,Helvetica Neue,sans-serif">
<tr><td style="padding:24px 24px 0"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzpmbcd5y" alt="LinkedIn" width="84"></td></tr>
<tr><td style="padding:16px 24px 0;font-size:20px;font-weight:600;color:#191919">{headline}</td></tr>
<tr><td style="padding:8px 24px"><table>{rows}</table></td></tr>
<tr><td style="padding:12px 24px 24px"><a href="{url}" style="background:#0a66c2;color:#fff;border-radius:24px;padding:10px 18px;text-decoration:none;font-weight:600">{button}</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;border-top:1px solid #e8e8e8">
Este e-mail foi enviado para Tiago Carvalho Sousa (Hotel &amp; Operations Manager | Guest Experience | a caminho de Customer Success)<br>
Está a receber e-mails de atualizações de candidaturas. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application" style="color:#0a66c2">Anular subscrição</a><br>
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn é um nome comercial registado da LinkedIn Corporation e das suas sociedades afiliadas.
</td></tr></table></td></tr></table></body></html>"""


# --- Roteiro: rejected in May, the same role re-posted in July ---------------------------------

_rt_thanks = """Hi Tiago,

Thank you for your interest in the Customer Success Manager (Iberia) role at Roteiro! We've received your application and the team will review it carefully.

If your experience is a good match for what we're looking for, someone from our team will get in touch to talk about next steps. We try to reply to everyone within two weeks.

While you wait, you can read more about what we're building at roteiro-travel.example/about.

Best,
The Roteiro hiring team"""

_rt_rej = m(
    "wk8Qv2",
    "2026-05-04 10:02",
    "Inês Barros <i.barros-7f3k@candidates.workablemail.com>",
    "Customer Success Manager (Iberia) - Roteiro",
    A("rejection", RT, RTR, 1, "workable"),
    """Olá Tiago,

Antes de mais, obrigada pelo tempo que dedicaste à candidatura e pela carta de apresentação — gostámos mesmo de ler sobre a forma como reorganizaste o front office do hotel durante as obras de renovação, e sobre o teu trabalho com os operadores turísticos espanhóis.

Depois de analisarmos todos os perfis, decidimos avançar com pessoas que já trazem experiência em software B2B, que neste momento é essencial para a função. Sei que não é a resposta que esperavas.

Vamos guardar o teu CV na nossa base de talento e, se surgir uma oportunidade mais alinhada com o teu percurso, entramos em contacto.

Um abraço e muito boa sorte,

Inês Barros
People & Talent | Roteiro
roteiro-travel.example""",
    headers={"Reply-To": "i.barros-7f3k@candidates.workablemail.com"},
)

_rt2_inv = m(
    "CAGmx41q",
    "2026-07-10 17:32",
    "Miguel Antunes <miguel@roteiro-travel.example>",
    "Conversa sobre a vaga de CSM",
    A("interview", RT, RTR, 2, "direct"),
    """Olá Tiago,

Sou o Miguel, co-fundador e COO da Roteiro. A Inês passou-me a tua candidatura desta semana — sei que já te tínhamos respondido em maio, mas a função mudou um pouco desde então: passa a incluir a carteira de hotéis independentes do Norte e da Galiza, e o teu percurso em hotelaria passou de "nice to have" a trunfo.

Mandei-te um convite para quarta-feira, dia 15, às 10h, por Google Meet (uns 45 minutos, sem nada para preparar). Se a hora não der jeito, diz-me e mudamos.

Abraço,
Miguel

--
Miguel Antunes
Co-founder & COO · Roteiro
+351 912 408 377""",
    ics=ics(
        "5rq0v3k2m8t1n4e6roteiro@google.com",
        "2026-07-15 10:00",
        "Roteiro | Miguel Antunes <> Tiago Carvalho Sousa",
        ("Miguel Antunes", "miguel@roteiro-travel.example"),
        minutes=45,
        location="https://meet.google.com/xvr-kqpt-bne",
        description="Participar com o Google Meet: https://meet.google.com/xvr-kqpt-bne\nOu telefone: (PT) +351 21 123 4567 PIN: 482 119 033#",
    ),
)

# --- Hospy (Hospitality Cloud Systems, S.A.): two roles -------------------------------------

_HP_FOOTER = (
    "Hospitality Cloud Systems, S.A. · Rua do Heroísmo 211, 4300-259 Porto · NIPC 515 998 210"
)

_hp_inv_text = """Olá Tiago,

Obrigada pela candidatura! Gostava de te conhecer melhor e contar-te mais sobre a equipa de Customer Success.

Reservei 45 minutos na quarta-feira, 29 de abril, às 11h00, por Google Meet. O convite segue em anexo; se precisares de outro horário responde a esta mensagem.

Até breve,
Sara Pinheiro
Talent Partner · Hospy"""

_hp_inv = m(
    "tt-9b2e71",
    "2026-04-22 10:05",
    f"Sara Pinheiro <{TT_CONV}>",
    "Entrevista – Customer Success Manager – Hospitality",
    A("interview", HP, HP1, 3, "teamtailor"),
    _hp_inv_text,
    tt_html("Hospitality Cloud Systems", _hp_inv_text, "#ff5a36", _HP_FOOTER, "hcs"),
    reply_to="Sara Pinheiro <reply+c7a61f0e2b@message.teamtailor.com>",
    ics=ics(
        "tt-meeting-4471902@teamtailor.com",
        "2026-04-29 11:00",
        "Entrevista Hospy – Tiago Carvalho Sousa",
        ("Sara Pinheiro", "sara.pinheiro@hospy.example"),
        minutes=45,
        location="https://meet.google.com/gdh-wtxn-osq",
        description="Entrevista para Customer Success Manager – Hospitality\nGoogle Meet: https://meet.google.com/gdh-wtxn-osq",
    ),
)

_hp_offer = m(
    "CAF2pq0Nx",
    "2026-07-24 17:05",
    "Sara Pinheiro <sara.pinheiro@hospy.example>",
    "Proposta Hospy 🎉",
    A("offer", HP, HP2, 4, "direct"),
    """Olá Tiago,

Como falámos ao telefone há bocado, é com muito gosto que te envio a nossa proposta para a função de Onboarding Specialist (PT/ES), na equipa do Tomás.

Em resumo (o detalhe está no PDF em anexo):
- Vencimento: 31.500 € brutos anuais, pagos em 14 meses
- Subsídio de alimentação: 10,20 €/dia em cartão
- Seguro de saúde (extensível ao agregado familiar)
- 25 dias úteis de férias + o teu dia de aniversário
- Regime híbrido: 2 dias por semana no escritório do Heroísmo
- Data de início proposta: 1 de outubro de 2026 (sabemos que tens de dar 60 dias de pré-aviso)

Se tiveres dúvidas, liga-me à vontade. Gostávamos de ter uma resposta até dia 31.

Estamos mesmo entusiasmados com a ideia de te ter connosco!

Sara

Sara Pinheiro
Talent Partner
Hospy · hospitality software made in Porto
+351 220 145 980""",
    attach=[
        (
            "Proposta_Tiago_Carvalho_Sousa.pdf",
            "application/pdf",
            "%PDF-1.4\n% Hospitality Cloud Systems, S.A. - Proposta de contratacao - Onboarding Specialist (PT/ES)\n%%EOF\n",
        )
    ],
)

_bp_offer = m(
    "LHG.20260526.0931",
    "2026-05-26 09:31",
    "Susana Lobo <susana.lobo@lusitaniahg.example>",
    "Proposta de colaboração – Hotel Boavista Palace",
    A("offer", BP, BPR, 6, "direct"),
    """Exmo. Senhor Tiago Carvalho Sousa,

Na sequência das entrevistas realizadas com a Direção de Recursos Humanos e com o Diretor-Geral do Hotel Boavista Palace, Eng.º António Meireles, temos o prazer de lhe apresentar a nossa proposta para a função de Guest Experience Manager:

  • Contrato de trabalho sem termo, com período experimental de 180 dias;
  • Retribuição base mensal ilíquida de 2.350,00 €, paga 14 vezes por ano;
  • Isenção de horário de trabalho (modalidade de não sujeição aos limites máximos);
  • Subsídio de refeição no valor de 9,60 € por dia útil, em cartão;
  • Seguro de saúde de grupo e condições preferenciais nas unidades do Grupo;
  • Data de início a acordar, preferencialmente até 1 de julho de 2026.

Solicitamos que nos transmita a sua decisão até ao dia 2 de junho. Encontramo-nos ao dispor para qualquer esclarecimento adicional.

Com os melhores cumprimentos,

Susana Lobo
Diretora de Recursos Humanos
LUSITÂNIA HOSPITALITY GROUP
Av. da Boavista, 1480 · 4100-114 Porto
T. +351 226 090 400

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, por favor elimine-a e informe o remetente. Os dados pessoais tratados no âmbito de processos de recrutamento são conservados pelo prazo máximo de 12 meses, nos termos do RGPD.""",
)

MAIL: list[dict[str, Any]] = [
    # --- 1. Roteiro, Customer Success Manager (Iberia): Workable, rejected ----------------------
    m(
        "wk1Hc7",
        "2026-04-09 21:14",
        f"Roteiro <{WORKABLE}>",
        "Thanks for applying to Roteiro",
        A("confirmation", RT, RTR, 1, "workable", "en"),
        _rt_thanks,
        workable_html("Roteiro", _rt_thanks, "roteiro-travel-technologies", "8F2C1A9D03"),
    ),
    _rt_rej,
    # --- 2. Roteiro again: the same role, re-posted in July ----------------------------------
    m(
        "wk3Pz0",
        "2026-07-03 08:47",
        f"Roteiro <{WORKABLE}>",
        "Thanks for applying to Roteiro",
        A("confirmation", RT, RTR, 2, "workable", "en"),
        _rt_thanks,
        workable_html("Roteiro", _rt_thanks, "roteiro-travel-technologies", "B61E7D04A2"),
    ),
    _rt2_inv,
    m(
        "wk5Ra9",
        "2026-07-16 09:15",
        "Inês Barros <i.barros-7f3k@candidates.workablemail.com>",
        "Customer Success Manager (Iberia) - Roteiro",
        A("interview", RT, RTR, 2, "workable"),
        """Olá Tiago,

O Miguel gostou muito da vossa conversa de ontem! O próximo passo é conheceres a equipa com quem vais trabalhar no dia a dia: a Joana (Head of Customer Success) e o Kiko (Account Executive para Espanha).

Proponho terça, 21 de julho, às 14h30, no nosso escritório (Rua de Cedofeita 412, 2.º andar — toca à campainha "Roteiro"). A conversa é em português, com uma parte em espanhol, porque vais falar muito com hotéis galegos.

Envio o convite de calendário em separado. Confirma-me só se está bem para ti.

Até terça,
Inês""",
    ),
    m(
        "CAGmx77w",
        "2026-08-05 18:20",
        "Miguel Antunes <miguel@roteiro-travel.example>",
        "Re: Conversa sobre a vaga de CSM",
        A("confirmation", RT, RTR, 2, "direct"),
        """Tiago,

Desculpa a demora em dar-te notícias. Quero ser transparente contigo: a ronda de investimento que estávamos a fechar atrasou-se (o fundo pediu mais um trimestre de números) e decidimos congelar todas as contratações até ao fim do ano, incluindo esta.

Não é um "não" — gostámos mesmo de ti e a Joana também. Se quiseres, voltamos a falar em janeiro, quando tivermos o financiamento fechado. Entretanto, se aparecer outra coisa, não esperes por nós.

Um abraço e desculpa mais uma vez,
Miguel

Em qua., 22/07/2026 às 09:41, Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com> escreveu:
> Olá Miguel,
>
> Obrigado pela conversa de ontem com a Joana e o Kiko, foi muito útil perceber como
> está organizada a carteira de hotéis na Galiza. Fico a aguardar notícias.
>
> Cumprimentos,
> Tiago""",
        st="on_hold",
        **re_(_rt2_inv["id"], "<CAHtcs0VqL8mN2x+ar=9Kp1@mail.gmail.com>"),
    ),
    # --- 3. Hospy, Customer Success Manager – Hospitality: Teamtailor, rejected --------------
    m(
        "tt-5a0c3d",
        "2026-04-14 12:31",
        f"Hospitality Cloud Systems <{TT_NOREPLY}>",
        "Recebemos a tua candidatura – Customer Success Manager – Hospitality",
        A("confirmation", HP, HP1, 3, "teamtailor"),
        html=tt_html(
            "Hospitality Cloud Systems",
            """Olá Tiago!

Obrigado por te candidatares à vaga de <b>Customer Success Manager – Hospitality</b>. Ficámos contentes por saber que queres fazer parte da equipa Hospy!

A nossa equipa de Talent vai analisar a tua candidatura com atenção. Normalmente damos resposta em 10 dias úteis, seja ela qual for.

Enquanto esperas, espreita como é trabalhar connosco: <a href="https://hcs.teamtailor.com/pt-PT/people">conhece a equipa</a>.

Até breve,
Equipa de Talent da Hospy""",
            "#ff5a36",
            _HP_FOOTER,
            "hcs",
        ),
    ),
    _hp_inv,
    m(
        "CAF2ow1Lk",
        "2026-04-27 19:40",
        "Sara Pinheiro <sara.pinheiro@hospy.example>",
        "Convite atualizado: Entrevista Hospy – Tiago Carvalho Sousa @ qui 30 abr 2026 15:00 - 15:45 (WEST)",
        A("interview", HP, HP1, 3, "direct"),
        """Olá Tiago, peço imensa desculpa pela troca — a Laura (Head of CS) vai estar num cliente em Braga na quarta de manhã e quero muito que ela esteja presente. Passámos para quinta às 15h. Se não der, diz-me!
Sara

Este evento foi alterado
Entrevista Hospy – Tiago Carvalho Sousa
Quando: quinta-feira, 30 de abril de 2026 15:00 – 15:45 (Hora de verão da Europa Ocidental - Lisboa)  (ALTERADO)
Participar com o Google Meet: https://meet.google.com/gdh-wtxn-osq
Convidados: Sara Pinheiro - organizador, Laura Kessler, tiago.carvalho.sousa@gmail.com

Convite do Google Calendar
Está a receber este email porque é um convidado do evento. Para deixar de receber atualizações, recuse o evento.""",
        ics=ics(
            "tt-meeting-4471902@teamtailor.com",
            "2026-04-30 15:00",
            "Entrevista Hospy – Tiago Carvalho Sousa",
            ("Sara Pinheiro", "sara.pinheiro@hospy.example"),
            minutes=45,
            sequence=1,
            location="https://meet.google.com/gdh-wtxn-osq",
            attendees=[("Laura Kessler", "laura.kessler@hospy.example")],
        ),
    ),
    m(
        "tt-6e13fa",
        "2026-05-06 16:12",
        f"Laura Kessler <{TT_CONV}>",
        "Next step: a short case study",
        A("assessment", HP, HP1, 3, "teamtailor", "en"),
        """Hi Tiago,

It was great talking to you last Thursday — your story about winning back the German tour operator after the overbooking fiasco was exactly the kind of thing we look for.

As a next step we'd like you to work on a short case study. You'll find it attached: a (fictional) 40-room boutique hotel in Lisbon that went live on Hospy three months ago and is now threatening to churn. We'd love to see:

1. how you would diagnose what went wrong,
2. a 30/60/90-day plan to save the account,
3. which metrics you'd watch.

Please don't spend more than 3-4 hours on it. Slides, a doc, whatever you prefer. Send it back by replying to this email by Wednesday 13 May, and we'll set up a session where you walk us through it.

Cheers,
Laura

Laura Kessler
Head of Customer Success, Hospy""",
        attach=[
            (
                "Hospy_CSM_case_study.pdf",
                "application/pdf",
                "%PDF-1.4\n% Hospy - CSM case study - Casa do Largo (fictional account)\n%%EOF\n",
            )
        ],
        reply_to="Laura Kessler <reply+91d0e4aa73@message.teamtailor.com>",
    ),
    m(
        "tt-7f28b0",
        "2026-05-20 11:48",
        f"Sara Pinheiro <{TT_CONV}>",
        "Última fase 🙌",
        A("interview", HP, HP1, 3, "teamtailor"),
        """Olá Tiago,

Parabéns, a apresentação do caso correu mesmo bem — a Laura saiu da sala a dizer "ele pensa como um CSM".

Queremos fechar o processo com uma conversa presencial com a Laura e com o Pedro Amaral (VP Customer), no nosso escritório. Marquei terça-feira, 26 de maio, às 16h. Morada: Rua do Heroísmo 211, 3.º piso. Há estacionamento no parque do Heroísmo e o metro é mesmo ao lado.

Qualquer coisa, estou por aqui.
Sara""",
        ics=ics(
            "tt-meeting-4519377@teamtailor.com",
            "2026-05-26 16:00",
            "Hospy – conversa final com Laura Kessler e Pedro Amaral",
            ("Sara Pinheiro", "sara.pinheiro@hospy.example"),
            minutes=60,
            location="Hospy, Rua do Heroísmo 211, 3.º piso, 4300-259 Porto",
            attendees=[
                ("Laura Kessler", "laura.kessler@hospy.example"),
                ("Pedro Amaral", "pedro.amaral@hospy.example"),
            ],
        ),
    ),
    m(
        "tt-8c4d19",
        "2026-06-02 15:27",
        f"Sara Pinheiro <{TT_CONV}>",
        "O teu processo na Hospy",
        A("rejection", HP, HP1, 3, "teamtailor"),
        """Olá Tiago,

Quero começar por te agradecer: foste um dos candidatos de que mais gostámos em todo o processo, e a tua apresentação do caso foi a melhor que vimos. A Laura e o Pedro fizeram questão de que eu te dissesse isso.

Mesmo assim, e depois de muita discussão, decidimos avançar com outra pessoa para esta vaga, alguém que já geriu uma carteira de clientes SaaS durante vários anos. Para esta função em concreto, com as contas maiores, isso pesou mais.

Não quero perder o contacto contigo. Vamos abrir nas próximas semanas uma vaga de Onboarding Specialist, com foco em Portugal e Espanha, e acho sinceramente que podes ser um excelente match. Posso avisar-te quando estiver publicada?

Um abraço,
Sara""",
        reply_to="Sara Pinheiro <reply+c7a61f0e2b@message.teamtailor.com>",
    ),
    # --- 4. Hospy, Onboarding Specialist (PT/ES): offer accepted, contract via DocuSign ------
    m(
        "tt-a01b55",
        "2026-06-16 22:03",
        f"Hospitality Cloud Systems <{TT_NOREPLY}>",
        "Obrigado pela tua candidatura!",
        A("confirmation", HP, HP2, 4, "teamtailor"),
        """Olá Tiago!

Recebemos a tua candidatura para Onboarding Specialist (PT/ES). Obrigado pelo interesse em juntares-te a nós!

Vamos analisar o teu perfil e damos notícias em breve.

Equipa de Talent da Hospy

Hospitality Cloud Systems, S.A. · Rua do Heroísmo 211, 4300-259 Porto
Política de privacidade: https://hcs.teamtailor.com/connect/privacy""",
    ),
    m(
        "tt-a27c90",
        "2026-06-25 12:20",
        f"Sara Pinheiro <{TT_CONV}>",
        "Onboarding Specialist – próximos passos",
        A("interview", HP, HP2, 4, "teamtailor"),
        """Olá de novo, Tiago!

Que bom ver o teu nome na lista 😊 Como já nos conhecemos, saltamos a primeira conversa: vais falar diretamente com o Tomás Rocha, que lidera a equipa de Onboarding. Parte da conversa vai ser em espanhol, porque metade dos clientes novos são de Espanha.

Terça, 30 de junho, 10h30, por Google Meet. O convite vai em anexo.

Sara""",
        ics=ics(
            "tt-meeting-4588120@teamtailor.com",
            "2026-06-30 10:30",
            "Hospy | Onboarding Specialist – Tiago Carvalho Sousa / Tomás Rocha",
            ("Sara Pinheiro", "sara.pinheiro@hospy.example"),
            minutes=45,
            location="https://meet.google.com/pqe-yrmz-kta",
            attendees=[("Tomás Rocha", "tomas.rocha@hospy.example")],
        ),
        reply_to="Sara Pinheiro <reply+c7a61f0e2b@message.teamtailor.com>",
    ),
    m(
        "CAF2pm3Rt",
        "2026-07-08 08:56",
        "Tomás Rocha <tomas.rocha@hospy.example>",
        "Role-play na segunda?",
        A("interview", HP, HP2, 4, "direct"),
        """Bom dia Tiago,

Gostei muito da conversa da semana passada. Para fecharmos, queria fazer uma sessão presencial de uma hora aqui no escritório: uma pequena simulação de kick-off com um "cliente" (vou ser eu, a fazer de diretor de um hotel em Vigo 😅) e depois conversamos com calma.

Segunda, 13 de julho, às 17h30, dá-te jeito? Sei que sais tarde do hotel, por isso pus ao fim do dia.

Abraço,
Tomás

--
Tomás Rocha
Onboarding Lead · Hospy
Enviado do meu telemóvel""",
        ics=ics(
            "7c1m2q5r0s9a3b6d8e4f@google.com",
            "2026-07-13 17:30",
            "Role-play onboarding – Tiago Carvalho Sousa",
            ("Tomás Rocha", "tomas.rocha@hospy.example"),
            minutes=60,
            location="Hospy – sala Ribeira, Rua do Heroísmo 211, Porto",
        ),
    ),
    _hp_offer,
    m(
        "CAF2pr8Yh",
        "2026-07-28 09:12",
        "Sara Pinheiro <sara.pinheiro@hospy.example>",
        "Re: Proposta Hospy 🎉",
        A("offer", HP, HP2, 4, "direct"),
        """Tiago!!! Que notícia fantástica, obrigada 🎉

Já passei a informação à equipa de People. Nos próximos dias vais receber o contrato para assinatura eletrónica (DocuSign), e mais perto da data vais ter acesso ao Personio para tratarmos da papelada (IBAN, NIF, etc.).

Boa sorte com a conversa com o teu diretor — sei que não é fácil.

Beijinhos,
Sara

No dia segunda, 27/07/2026, 23:18, Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com> escreveu:

> Olá Sara,
>
> Depois de pensar com calma e de falar com a Marta, tenho o gosto de aceitar a proposta
> para Onboarding Specialist. Confirmo a data de início a 1 de outubro.
>
> Muito obrigado a ti, ao Tomás e à Laura por todo o processo.
>
> Um abraço,
> Tiago""",
        st="accepted",
        **re_(_hp_offer["id"], "<CAHtcs0Wz9uR4e=Lm0q7b@mail.gmail.com>"),
    ),
    m(
        "dse.3f1a0c2e",
        "2026-08-03 11:20",
        "Hospitality Cloud Systems via Docusign <dse@eumail.docusign.net>",
        "Concluir com o Docusign: Contrato_Trabalho_Tiago_Carvalho_Sousa.pdf",
        A("offer", HP, HP2, 4, "docusign"),
        """Pedro Amaral enviou-lhe um documento para rever e assinar.

REVER DOCUMENTO
https://eu.docusign.net/Signing/EmailStart.aspx?a=3f1a0c2e-8b4d-4e51-9a60-d2c7b81e5f30&etti=24&acct=9e7f0d11-2c3a-4b5e-8f10-6a1b2c3d4e5f&er=71b4c9e2

Pedro Amaral
pedro.amaral@hospy.example

Olá Tiago, segue o teu contrato de trabalho. Qualquer dúvida fala com a Sara. Bem-vindo!

Não partilhe este e-mail
Este e-mail contém uma ligação segura para o Docusign. Não partilhe este e-mail, ligação ou código de acesso com outras pessoas.

Acerca do Docusign
Assine documentos eletronicamente em apenas alguns minutos. É seguro. Quer esteja num escritório, em casa ou em trânsito, ou mesmo do outro lado do mundo, o Docusign oferece uma solução profissional e fiável para a gestão de transações digitais.

Tem alguma pergunta sobre o documento?
Se precisar de modificar o documento ou tiver perguntas sobre os detalhes do mesmo, contacte o remetente por e-mail.""",
        st="accepted",
    ),
    m(
        "dse.3f1a0c2f",
        "2026-08-03 21:47",
        "Docusign <dse@eumail.docusign.net>",
        "Concluído: Contrato_Trabalho_Tiago_Carvalho_Sousa.pdf",
        A("offer", HP, HP2, 4, "docusign"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table align="center" width="640" style="background:#1e4ca1;color:#fff"><tr><td style="padding:28px;text-align:center">
<img src="https://eu.docusign.net/member/Images/email/docComplete-white.png" width="75" alt=""><br>
<span style="font-size:20px">O seu documento foi concluído</span><br><br>
<a href="https://eu.docusign.net/Member/EmailStart.aspx?a=3f1a0c2e-8b4d&amp;r=71b4c9e2" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">VER DOCUMENTO CONCLUÍDO</a>
</td></tr></table>
<table align="center" width="640" style="background:#fff"><tr><td style="padding:24px;font-size:15px;color:#333">
Todas as partes concluíram o envelope Contrato_Trabalho_Tiago_Carvalho_Sousa.pdf.<br><br>
<b>Hospitality Cloud Systems, S.A.</b><br>pedro.amaral@hospy.example
</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">
<b>Não partilhe este e-mail</b><br>Este e-mail contém uma ligação segura para o Docusign. Não partilhe este e-mail, ligação ou código de acesso com outras pessoas.<br><br>
<b>Acerca do Docusign</b><br>Assine documentos eletronicamente em apenas alguns minutos. É seguro.<br><br>
Esta mensagem foi enviada para tiago.carvalho.sousa@gmail.com por pedro.amaral@hospy.example
</td></tr></table></body></html>""",
        st="accepted",
    ),
    # --- 5. SGT – Soluções de Gestão Turística: Personio, TestGorilla, Teams, rejected ------
    m(
        "prs-41a8e2",
        "2026-04-20 14:55",
        "SGT - Soluções de Gestão Turística, S.A. <noreply@personio.de>",
        "A sua candidatura: Customer Success Specialist",
        A("confirmation", SGT, SGTR, 5, "personio"),
        """Caro(a) Tiago Carvalho Sousa,

Obrigado pelo seu interesse na SGT e pela candidatura à posição de Customer Success Specialist (Porto / híbrido).

Confirmamos que a sua candidatura foi recebida com sucesso. A nossa equipa de Recursos Humanos irá analisá-la e entrará em contacto consigo caso o seu perfil corresponda aos requisitos da função.

Com os melhores cumprimentos,
Equipa de Recursos Humanos
SGT – Soluções de Gestão Turística, S.A.

Pode consultar a nossa política de privacidade em https://sgt-turismo.jobs.personio.com/privacy-policy

Esta mensagem foi gerada automaticamente. Por favor, não responda a este e-mail.""",
    ),
    m(
        "tg-0f7c3b91",
        "2026-04-30 09:02",
        "TestGorilla <no-reply@testgorilla.com>",
        "SGT - Soluções de Gestão Turística invited you to complete an assessment",
        A("assessment", SGT, SGTR, 5, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#262626;background:#f7f7f7">
<div style="max-width:600px;margin:auto;background:#fff;padding:32px">
<img src="https://assets.testgorilla.com/email/logo.png" alt="TestGorilla" width="140">
<h2 style="font-weight:600">Hi Tiago,</h2>
<p>SGT - Soluções de Gestão Turística has invited you to take an assessment for the position <b>Customer Success Specialist</b>.</p>
<p>The assessment consists of 4 tests and 2 custom questions and takes about 55 minutes. Make sure you are in a quiet place with a stable internet connection before you start: you can't pause once you begin.</p>
<ul><li>Customer service</li><li>Problem solving</li><li>Portuguese (proficiency)</li><li>English (intermediate / B1-B2)</li></ul>
<p><b>Please complete the assessment before May 7, 2026, 23:59 (GMT+1).</b></p>
<p style="text-align:center"><a href="https://app.testgorilla.com/s/6q2pzt8r?utm_source=email&amp;utm_medium=invitation" style="background:#46a997;color:#fff;padding:12px 28px;border-radius:6px;text-decoration:none">Start assessment</a></p>
<p>Good luck!<br>The TestGorilla team, on behalf of SGT - Soluções de Gestão Turística</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">You received this email because SGT - Soluções de Gestão Turística invited you to an assessment. TestGorilla B.V., Keizersgracht 555, Amsterdam. <a href="https://www.testgorilla.com/candidate-privacy-policy/">Candidate privacy policy</a></p>
</div></body></html>""",
    ),
    m(
        "AM9PR02MB7711",
        "2026-05-12 10:37",
        "Raquel Fonseca <raquel.fonseca@sgt-turismo.example>",
        "Entrevista – Customer Success Specialist | SGT",
        A("interview", SGT, SGTR, 5, "direct"),
        """Caro Tiago,

Na sequência dos resultados obtidos nos testes online, temos o gosto de o convidar para uma entrevista para a função de Customer Success Specialist.

A entrevista decorrerá via Microsoft Teams, no dia 18 de maio (segunda-feira), às 14h00, e contará com a presença da Dra. Filipa Guerra, Diretora de Operações de Cliente. Terá uma duração aproximada de 45 minutos.

Agradecemos que aceite o convite em anexo para confirmar a sua presença.

Com os melhores cumprimentos,

Raquel Fonseca
Técnica de Recursos Humanos
SGT – Soluções de Gestão Turística, S.A.
Rua Gonçalo Cristóvão, 347 – 4000-270 Porto
www.sgt-turismo.example

________________________________________________________________________________
Reunião do Microsoft Teams
Participe a partir do computador, da aplicação móvel ou do dispositivo da sala
Clique aqui para participar na reunião <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM2ZTU1NjctMWQ4Ni00NDUy%40thread.v2/0>
ID da Reunião: 341 882 559 017
Código de acesso: 7Zk3Lp
________________________________________________________________________________""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000090F1B2A3C4D5DC01000000000000000010000000B3E1F54A",
            "2026-05-18 14:00",
            "Entrevista – Customer Success Specialist | SGT",
            ("Raquel Fonseca", "raquel.fonseca@sgt-turismo.example"),
            style="outlook",
            minutes=45,
            location="Reunião do Microsoft Teams",
            attendees=[("Filipa Guerra", "filipa.guerra@sgt-turismo.example")],
        ),
    ),
    m(
        "AM9PR02MB8420",
        "2026-05-29 16:05",
        "Recursos Humanos SGT <rh@sgt-turismo.example>",
        "Processo de recrutamento",
        A("rejection", SGT, SGTR, 5, "direct"),
        """Exmo. Senhor
Tiago Carvalho Sousa,

Agradecemos, desde já, o interesse demonstrado em integrar a equipa da SGT e a disponibilidade manifestada ao longo das várias fases do processo de recrutamento.

Após cuidada análise de todas as candidaturas, informamos que, nesta fase, optámos por dar continuidade ao processo com outros candidatos cujo perfil se encontra mais ajustado aos requisitos definidos para a função.

Com a sua autorização, manteremos os seus dados na nossa base de recrutamento pelo período de 12 meses, para eventuais oportunidades futuras.

Desejamos-lhe os maiores sucessos pessoais e profissionais.

Com os melhores cumprimentos,

Departamento de Recursos Humanos
SGT – Soluções de Gestão Turística, S.A.""",
    ),
    # --- 6. Hotel Boavista Palace (Lusitânia Hospitality Group's careers mailbox): declined ---
    m(
        "LHG.20260410.1140",
        "2026-04-10 11:40",
        "Recrutamento | Lusitânia Hospitality Group <recrutamento@lusitaniahg.example>",
        "Candidatura – Guest Experience Manager (Porto)",
        A("confirmation", BP, BPR, 6, "direct"),
        """Exmo. Senhor Tiago Carvalho Sousa,

Acusamos a receção da sua candidatura à função de Guest Experience Manager para o Hotel Boavista Palace, unidade de cinco estrelas do nosso Grupo no Porto.

A sua candidatura será analisada pela nossa equipa e, caso o seu perfil se adeque aos requisitos da função, será contactado para as fases seguintes do processo de seleção.

Agradecemos o interesse demonstrado no Lusitânia Hospitality Group.

Com os melhores cumprimentos,

Direção de Recursos Humanos
LUSITÂNIA HOSPITALITY GROUP
Boavista Palace · Douro Vinha Lodge · Aveiro Ria Hotel · Lisboa Chiado Suites

Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Os dados pessoais tratados no âmbito de processos de recrutamento são conservados pelo prazo máximo de 12 meses, nos termos do Regulamento (UE) 2016/679.""",
    ),
    m(
        "LHG.20260424.1618",
        "2026-04-24 16:18",
        "Susana Lobo <susana.lobo@lusitaniahg.example>",
        "Entrevista | Guest Experience Manager",
        A("interview", BP, BPR, 6, "direct"),
        """Exmo. Senhor Tiago Sousa,

Na sequência da sua candidatura, vimos por este meio convidá-lo para uma entrevista presencial, no dia 30 de abril (quinta-feira), pelas 10h00, no Hotel Boavista Palace (Av. da Boavista, 1480, Porto). Na receção, deverá perguntar por mim.

Solicitamos que confirme a sua presença através do convite em anexo.

Com os melhores cumprimentos,

Susana Lobo
Diretora de Recursos Humanos
LUSITÂNIA HOSPITALITY GROUP""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F0A3C81BB4D3DC01000000000000000010000000E7A4D290",
            "2026-04-30 10:00",
            "Entrevista – Guest Experience Manager – Tiago Carvalho Sousa",
            ("Susana Lobo", "susana.lobo@lusitaniahg.example"),
            style="outlook",
            minutes=60,
            location="Hotel Boavista Palace - Av. da Boavista 1480, Porto",
        ),
    ),
    m(
        "BPH.20260508.0915",
        "2026-05-08 09:15",
        "Cristina Matos <cristina.matos@boavistapalace.example>",
        "Reunião com o Sr. Diretor-Geral",
        A("interview", BP, BPR, 6, "direct"),
        """Bom dia Sr. Tiago Sousa,

A pedido do Sr. Eng.º António Meireles, Diretor-Geral do Hotel Boavista Palace, envio convite para uma reunião no próximo dia 13 de maio, quarta-feira, às 17h00, no gabinete da Direção (piso -1).

Agradeço confirmação.

Cumprimentos,
Cristina Matos
Assistente de Direção
HOTEL BOAVISTA PALACE *****
Av. da Boavista, 1480 · 4100-114 Porto · T. +351 226 090 401""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5DEDC01000000000000000010000000AA11BB22",
            "2026-05-13 17:00",
            "Reunião Sr. Diretor-Geral / Tiago Sousa",
            ("Cristina Matos", "cristina.matos@boavistapalace.example"),
            style="outlook",
            minutes=45,
            location="Gabinete da Direção - Piso -1",
            attendees=[("António Meireles", "antonio.meireles@boavistapalace.example")],
        ),
    ),
    _bp_offer,
    m(
        "LHG.20260601.1012",
        "2026-06-01 10:12",
        "Susana Lobo <susana.lobo@lusitaniahg.example>",
        "RE: Proposta de colaboração – Hotel Boavista Palace",
        A("offer", BP, BPR, 6, "direct"),
        """Caro Tiago,

Acusamos a receção da sua resposta, que naturalmente lamentamos. Compreendemos, no entanto, os motivos apresentados e agradecemos a frontalidade e a forma cordial como conduziu todo o processo.

O Eng.º Meireles pediu-me que lhe transmitisse que as portas do Grupo ficam abertas.

Desejamos-lhe as maiores felicidades na nova etapa.

Com os melhores cumprimentos,
Susana Lobo

-----Mensagem original-----
De: Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com>
Enviada: sábado, 30 de maio de 2026 12:04
Para: Susana Lobo <susana.lobo@lusitaniahg.example>
Assunto: Re: Proposta de colaboração – Hotel Boavista Palace

Cara Dra. Susana Lobo,

Agradeço muito a proposta e a confiança. Depois de refletir, decidi não a aceitar: neste momento quero mesmo fazer a transição para uma função de customer success fora da operação hoteleira, e não seria justo para o hotel começar uma função destas com um pé fora.

Com os melhores cumprimentos,
Tiago Carvalho Sousa""",
        st="declined",
        **re_(_bp_offer["id"], "<CAHtcs0UbX2nW7pQ=Ke4d@mail.gmail.com>"),
    ),
    # --- 7. Vilamoura Bay Resorts: LinkedIn Easy Apply, viewed, then nothing ------------------
    m(
        "li.ja.5512",
        "2026-04-16 23:02",
        LI_JOBS,
        "Tiago, a sua candidatura foi enviada para Vilamoura Bay Resorts",
        A("confirmation", VB, VBR, 7, "linkedin"),
        "A sua candidatura foi enviada para Vilamoura Bay Resorts\n\nHotel Operations Manager\nVilamoura Bay Resorts · Vilamoura, Faro, Portugal (Presencial)\nCandidatura enviada em 16 de abr.\n\nVer vaga: https://www.linkedin.com/comm/jobs/view/4102337815/?trackingId=Zq8%2FkT1mQ0uC4w%3D%3D&refId=b1d7\n\nBoa sorte!\n\n----------------------------------------\nEste e-mail foi enviado para Tiago Carvalho Sousa.\nAnular subscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.",
        li_html(
            "A sua candidatura foi enviada para Vilamoura Bay Resorts",
            [
                "<b style='color:#191919'>Hotel Operations Manager</b>",
                "Vilamoura Bay Resorts · Vilamoura, Faro, Portugal (Presencial)",
                "Candidatura enviada em 16 de abr.",
            ],
            "Ver vaga",
            "https://www.linkedin.com/comm/jobs/view/4102337815/?trackingId=Zq8%2FkT1mQ0uC4w%3D%3D&refId=b1d7",
        ),
    ),
    m(
        "li.jv.5931",
        "2026-04-23 13:41",
        LI_JOBS,
        "A sua candidatura foi vista por Vilamoura Bay Resorts",
        A("viewed", VB, VBR, 7, "linkedin"),
        html=li_html(
            "Tiago, a sua candidatura foi vista",
            [
                "<b style='color:#191919'>Hotel Operations Manager</b>",
                "Vilamoura Bay Resorts · Vilamoura, Faro, Portugal",
                "A equipa de recrutamento viu a sua candidatura. Continue a procurar enquanto espera uma resposta.",
            ],
            "Ver vagas semelhantes",
            "https://www.linkedin.com/comm/jobs/collections/similar-jobs/?currentJobId=4102337815&trk=eml-jobs_viewed",
        ),
    ),
    # --- 8. Fieldwise: Landing.jobs, in review, rejected --------------------------------------
    m(
        "lj-app-28841",
        "2026-05-05 19:26",
        "Landing.jobs <no-reply@landing.jobs>",
        "Your application to Fieldwise has been submitted",
        A("confirmation", FW, FWR, 8, "other", "en"),
        """Hey Tiago,

Your application for Customer Success Manager (Portuguese speaker) at Fieldwise was submitted. 🚀

What happens now?
The Fieldwise team will review your profile. You'll get an email from us every time your application moves to a new stage, so you don't need to keep checking.

Salary range: €30,000 - €38,000 · Porto (hybrid)

Track your application: https://landing.jobs/dashboard/applications/28841?utm_source=transactional&utm_medium=email

Good luck!
The Landing.jobs team

Landing.jobs · Rua Castilho 13D, 1250-066 Lisboa
You're receiving this because you applied via Landing.jobs.""",
    ),
    m(
        "lj-app-28841-s2",
        "2026-05-13 11:03",
        "Landing.jobs <no-reply@landing.jobs>",
        "Good news: Fieldwise is looking at your application 👀",
        A("viewed", FW, FWR, 8, "other", "en"),
        """Hey Tiago,

Your application for Customer Success Manager (Portuguese speaker) at Fieldwise moved to the stage "In review".

This means the hiring team has opened your profile and is assessing it. Fingers crossed!

See your application: https://landing.jobs/dashboard/applications/28841?utm_source=transactional&utm_medium=email

The Landing.jobs team""",
    ),
    m(
        "lj-app-28841-s9",
        "2026-06-01 08:12",
        "Landing.jobs <no-reply@landing.jobs>",
        "Update on your application",
        A("rejection", FW, FWR, 8, "other", "en"),
        """Hey Tiago,

We have an update on your application for Customer Success Manager (Portuguese speaker) at Fieldwise.

Unfortunately, the company decided not to move forward with your application at this time. Here's the message they left for you:

"Hi Tiago, thanks a lot for applying. Your hospitality background is impressive, but for this role we need someone who has worked with field-service or construction software customers before. We wish you the best of luck."

Don't be discouraged: there are 47 other Customer Success jobs on Landing.jobs right now.

Browse jobs: https://landing.jobs/jobs?role=customer-success&utm_source=transactional

The Landing.jobs team""",
    ),
    # --- 9. Nortebyte: ITJobs.pt, never heard back ------------------------------------------
    m(
        "itj-cand-771204",
        "2026-05-18 22:40",
        "ITJobs.pt <noreply@itjobs.pt>",
        "Candidatura enviada: Customer Support Team Lead",
        A("confirmation", NB, NBR, 9, "other"),
        html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#1b3b5a;padding:14px"><img src="https://www.itjobs.pt/img/logo-email.png" alt="ITJobs.pt" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Olá Tiago,</p>
<p>A sua candidatura à oferta <a href="https://www.itjobs.pt/oferta/771204/customer-support-team-lead?utm_source=email">Customer Support Team Lead</a> da empresa <b>Nortebyte – Serviços Informáticos, Lda.</b> foi enviada com sucesso.</p>
<p>Local: Maia &nbsp;|&nbsp; Tipo: Full-time &nbsp;|&nbsp; Regime: Presencial</p>
<p>A empresa recebeu o seu CV e a carta de apresentação. A partir de agora, qualquer contacto será feito diretamente pela empresa.</p>
<p>Boa sorte!<br>Equipa ITJobs.pt</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;background:#f5f5f5">Recebeu este email porque se candidatou a uma oferta no ITJobs.pt. <a href="https://www.itjobs.pt/conta/notificacoes">Gerir notificações</a></td></tr>
</table></body></html>""",
    ),
    # --- 10. Casas do Almada (alojamento local): Net-Empregos, coffee, withdrew -----------------
    m(
        "ne-4417820",
        "2026-04-07 07:58",
        "Net-Empregos <noreply@net-empregos.com>",
        "Confirmação de candidatura",
        A("confirmation", CAL, CALR, 10, "other"),
        """Caro(a) Tiago Carvalho Sousa,

A sua candidatura ao anúncio abaixo foi enviada com sucesso para o anunciante.

Anúncio: GESTOR/A DE OPERAÇÕES - ALOJAMENTO LOCAL (M/F)
Referência: 4417820
Zona: Porto
Categoria: Hotelaria / Turismo

O anunciante entrará em contacto consigo caso o seu perfil seja selecionado.

Obrigado por utilizar o Net-Empregos.
www.net-empregos.com - O maior site de emprego em Portugal

---
Esta é uma mensagem automática, por favor não responda.""",
    ),
    m(
        "CAMt9zQ1a",
        "2026-04-13 21:47",
        "Nuno Teixeira <nunoteixeira.casasdoalmada@gmail.com>",
        "Gestor de operações",
        A("interview", CAL, CALR, 10, "direct"),
        """Boa noite Tiago,

Sou o Nuno Teixeira, sou eu que gero as Casas do Almada (temos 14 apartamentos de alojamento local entre a Rua do Almada e a Cedofeita, e mais 6 a abrir em setembro em Miragaia). Recebi o seu CV através do anúncio no Net-Empregos e gostei bastante do percurso.

Em vez de uma entrevista formal, prefiro tomar um café e conversarmos com calma. Sexta-feira às 18h30 no Café Progresso, na Rua Actor João Guedes, dá-lhe jeito?

Cumprimentos,
Nuno Teixeira
917 330 552

Enviado do meu iPhone""",
    ),
    m(
        "CAMt9zR7b",
        "2026-04-20 10:15",
        "Nuno Teixeira <nunoteixeira.casasdoalmada@gmail.com>",
        "Re: Gestor de operações",
        A("confirmation", CAL, CALR, 10, "direct"),
        """Tiago, compreendo perfeitamente e obrigado pela franqueza. Ficamos em contacto, e se um dia precisar de quartos para alguém, já sabe onde estou :)

Boa sorte!
Nuno

Enviado do meu iPhone

> No dia 19/04/2026, às 22:31, Tiago Carvalho Sousa <tiago.carvalho.sousa@gmail.com> escreveu:
>
> Olá Nuno,
> Antes de mais obrigado pelo café e pela conversa de sexta, fiquei a conhecer melhor o projeto.
> Depois de pensar bem, prefiro não avançar com a candidatura: percebi que a função é muito
> operacional e eu estou a tentar sair da operação para uma área mais de gestão de clientes.
> Não quero fazê-lo perder tempo.
> Um abraço e muito sucesso com as casas de Miragaia,
> Tiago""",
        st="withdrawn",
        **re_("<CAHtcs0Tx1qP0mV=bn3Lk@mail.gmail.com>"),
    ),
    # --- 11. Transnorte Expressos: SAPO Emprego, then a formal no -----------------------------
    m(
        "sapo-emp-90211",
        "2026-05-07 13:22",
        "SAPO Emprego <noreply@sapo.pt>",
        "A sua candidatura foi enviada",
        A("confirmation", TN, TNR, 11, "other"),
        html="""<html><body style="margin:0;background:#eef2e6;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#6abf4b;padding:16px;color:#fff;font-size:22px;font-weight:bold">SAPO Emprego</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.6">
Olá Tiago,<br><br>
A sua candidatura à oferta <b>Customer Care Manager (m/f) – Ref.ª CCM/2026/04</b> foi enviada com sucesso.<br>
Entidade: Transnorte Expressos, S.A.<br>Localidade: Porto (Campanhã)<br><br>
Acompanhe o estado das suas candidaturas na sua <a href="https://emprego.sapo.pt/candidato/candidaturas?utm_source=email&amp;utm_campaign=candidatura">área pessoal</a>.<br><br>
Boa sorte!<br>A equipa SAPO Emprego
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999">SAPO · MEO - Serviços de Comunicações e Multimédia, S.A. · Recebeu este email porque tem conta no SAPO Emprego. <a href="https://emprego.sapo.pt/candidato/alertas" style="color:#999">Gerir emails</a></td></tr></table>
</body></html>""",
    ),
    m(
        "TNX-RH-20260622",
        "2026-06-22 11:50",
        "Transnorte Expressos – Recursos Humanos <recrutamento@transnorte.example>",
        "Candidatura – Ref.ª CCM/2026/04",
        A("rejection", TN, TNR, 11, "direct"),
        """Exmo. Senhor,

Vimos agradecer o interesse manifestado pela nossa empresa e a candidatura apresentada à oferta em referência.

Informamos V. Exa. que o processo de recrutamento se encontra concluído, tendo sido selecionado um candidato cujo perfil se revelou mais adequado às necessidades atuais da função.

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos.

A Direção de Recursos Humanos
TRANSNORTE EXPRESSOS, S.A.
Terminal Intermodal de Campanhã · 4300-000 Porto

AVISO DE CONFIDENCIALIDADE: Esta mensagem pode conter informação confidencial. Se não for o destinatário, não está autorizado a ler, copiar ou divulgar o seu conteúdo.""",
    ),
    # --- 12. Autolis Rent-a-Car: Indeed, viewed, Indeed assessment, no ------------------------
    m(
        "ind-apply-3c9a77",
        "2026-06-03 20:11",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Customer Experience Lead",
        A("confirmation", AU, AUR, 12, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://d3fw5vlhllyvee.cloudfront.net/indeed-logo-email.png" alt="Indeed" width="90">
<h1 style="font-size:22px">Candidatura enviada</h1>
<p style="font-size:16px"><b>Customer Experience Lead</b><br>Autolis Rent-a-Car - Aeroporto do Porto, Maia</p>
<p>Os seguintes itens foram enviados para a Autolis Rent-a-Car. Boa sorte!</p>
<ul><li>Informação de contacto</li><li>CV: Tiago_Carvalho_Sousa_CV_2026.pdf</li><li>Respostas às perguntas do empregador</li></ul>
<p>Poderá acompanhar esta candidatura em <a href="https://pt.indeed.com/myjobs?from=applyconfemail&amp;tk=1hq7c9">Os meus empregos</a>.</p>
<p style="font-size:12px;color:#767676">Nunca forneça os seus dados bancários nem pague para se candidatar a uma vaga. <a href="https://support.indeed.com/hc/pt-pt/articles/fraude">Saiba mais</a><br>© 2026 Indeed · <a href="https://pt.indeed.com/legal">Termos</a> · <a href="https://pt.indeed.com/legal#privacy">Privacidade</a></p>
</div></body></html>""",
    ),
    m(
        "ind-viewed-3c9a77",
        "2026-06-04 15:33",
        "Indeed <donotreply@match.indeed.com>",
        "A sua candidatura foi vista pelo empregador",
        A("viewed", AU, AUR, 12, "indeed"),
        """Boas notícias, Tiago!

A Autolis Rent-a-Car viu a sua candidatura para Customer Experience Lead.

Não é garantia de que seja contactado, mas significa que o seu CV foi aberto. Entretanto, continue a candidatar-se a outras vagas.

Ver o estado: https://pt.indeed.com/myjobs?from=viewedemail

Indeed""",
    ),
    m(
        "ind-assess-3c9a77",
        "2026-06-05 09:48",
        "Indeed <invitetoapply@indeed.com>",
        "Autolis Rent-a-Car pediu-lhe para concluir uma avaliação",
        A("assessment", AU, AUR, 12, "indeed"),
        """Olá Tiago,

A Autolis Rent-a-Car gostaria que concluísse uma avaliação para a vaga de Customer Experience Lead.

Avaliação: Atendimento ao cliente – gestão de reclamações
Duração estimada: 20 minutos
Prazo: 12 de junho de 2026

Começar avaliação: https://pt.indeed.com/assessments/start?aid=9d2f6b1e&from=assessinvite

Os resultados ficam associados ao seu perfil Indeed e podem ser partilhados com o empregador.

A equipa Indeed""",
    ),
    m(
        "ind-msg-3c9a77",
        "2026-06-26 17:02",
        "Autolis Rent-a-Car via Indeed <autolis-rentacar-a8k2@indeedemail.com>",
        "Atualização sobre a sua candidatura",
        A("rejection", AU, AUR, 12, "indeed"),
        """Olá Tiago,

Obrigado pelo interesse na vaga de Customer Experience Lead e pelo tempo que dedicou à avaliação.

Recebemos muitas candidaturas com perfis muito fortes, e nesta fase decidimos seguir com candidatos com experiência direta no setor de rent-a-car.

Desejamos-lhe muito sucesso!

Equipa de Recrutamento
Autolis Rent-a-Car

--
Responda diretamente a este e-mail para contactar o empregador através do Indeed.
Denunciar esta mensagem: https://pt.indeed.com/report?msg=a8k2""",
    ),
]
