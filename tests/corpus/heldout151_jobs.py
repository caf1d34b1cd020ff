# ruff: noqa: E501, RUF100
"""Corpus 151, job mail part one (data only): see heldout151.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the calendar
helper and the employer / role names, which the other data modules import from here."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Lisbon's offset on ``day`` (WEST until the last Sunday of October 2025)."""
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
    """A calendar invitation; ``start`` is "YYYY-MM-DD HH:MM" on Lisbon's clock. Outlook
    invitations carry "W. Europe Standard Time", so for them the same instant is written on
    Central European wall-clock time."""
    when = datetime.strptime(f"{start} {tz(start[:10])}", "%Y-%m-%d %H:%M %z")
    if kw.get("style") == "outlook":
        hours = 2 if start[:10] < "2025-10-26" else 1
        when = when.astimezone(timezone(timedelta(hours=hours)))
    ev: dict[str, Any] = {
        "uid": uid,
        "start": when.strftime("%Y-%m-%d %H:%M:%S %z"),
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the Message-IDs given (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


# Employers (as a person would write them) and roles (as posted).
HW = "Hartwell Automotive"
HW1 = "Engenheiro de Processo (Injeção de Plásticos)"
HW2 = "Lean Manufacturing Engineer"
MV, MVR = "Metalvouga", "Engenheiro/a de Melhoria Contínua"
SO, SOR = "Solarte", "Engenheiro/a de Processo – Produção"
AR, ARR = "Arcotex", "Técnico/a de Qualidade"
NV = "Norvale Electronics"
NV1 = "Process Engineer – SMT"
NV2 = "Continuous Improvement Engineer"
MD, MDR = "Medinorte", "Engenheiro/a de Qualidade – Validação"
BV, BVR = "Brenner & Vogt Engineering", "Manufacturing Process Engineer"
VK, VKR = "Van der Kolk Packaging", "Quality Engineer (Remote, Portugal)"
FQ, FQR = "Fabriq", "Industrial Engineer – Customer Success"
CM, CMR = "Câmara Municipal de Vilar de Sousa", "Técnico Superior – Engenharia Mecânica"
PR, PRR = "Prensal", "Engenheiro/a de Qualidade de Fornecedores (SQE)"
PT, PTR = "Pinhal Tubos", "Process Engineer"
PM, PMR = "Plastimaia", "Engenheiro/a de Manutenção e Melhoria"
KR, KRR = "Kinetik Robotics", "Manufacturing Engineer (Robotic Cells)"
SL, SLR = "Sensorlab", "Consultor MES / Industrial Engineer"
VV, VVR = "Vidreira do Vouga", "Engenheiro/a de Produção"
NF, NFR = "Nordfeld Automation", "Lean Six Sigma Engineer"
IG, IGR = "Irmãos Gouveia", "Engenheiro Mecânico"
FN, FNR = "Frutonorte", "Técnico/a de Melhoria Contínua"
ET, ETR = "Elektra Termotecnia", "Industrial Engineer – Heat Pumps"

# Addresses that recur.
SF_HW = "Hartwell Automotive – Careers <noreply@successfactors.eu>"
SILVIA = "Sílvia Rebelo <silvia.rebelo@hartwell-auto.example>"
GRUPO = "Recrutamento Grupo Carvalhosa <recrutamento@grupocarvalhosa.example>"
MARTA = "Marta Valente <marta.valente@grupocarvalhosa.example>"
WD_NV = "Norvale Careers <nvlh@myworkday.com>"
KATHARINA = "Katharina Lenz <katharina.lenz@brenner-vogt.example>"
SANNE = "Sanne de Vries <sanne.devries@vanderkolk-packaging.example>"
TIAGO_GMAIL = ("Tiago Magalhães Pereira", "tiago.mpereira@gmail.com")


# --- Hartwell Automotive, process engineer (1) -----------------------------------------------------

_hw1_conf = m(
    "h7q1",
    "2025-09-08 21:43",
    SF_HW,
    "Confirmação de candidatura – Engenheiro de Processo (Injeção de Plásticos) (m/f/d)",
    A("confirmation", HW, HW1, 1, "other"),
    text="""\
Caro(a) Tiago,

Obrigado pela sua candidatura à posição Engenheiro de Processo (Injeção de Plásticos) (m/f/d) – Ovar, Requisição 48213.

A nossa equipa de Recursos Humanos irá analisar o seu perfil com toda a atenção. Caso a sua experiência corresponda aos requisitos da função, entraremos em contacto consigo para os próximos passos do processo de recrutamento.

Pode acompanhar o estado da sua candidatura a qualquer momento no nosso portal de carreiras:
https://career5.successfactors.eu/career?company=HWASYSP1&career_ns=job_application&navBarLevel=MY_PROFILE&lang=pt_PT

Com os melhores cumprimentos,
Equipa de Recrutamento
Hartwell Automotive Systems Portugal, Lda.
Zona Industrial de Ovar, Lote 14 | 3880-xxx Ovar

Esta mensagem foi gerada automaticamente. Por favor, não responda a este e-mail.
Os seus dados pessoais são tratados nos termos da nossa Política de Privacidade de Candidatos.
""",
)

_hw1_shl = m(
    "p2v8",
    "2025-09-18 09:12",
    "SHL on behalf of Hartwell Automotive <noreply@shl.com>",
    "Hartwell Automotive – Online Assessment Invitation",
    A("assessment", HW, HW1, 1, "other", "en"),
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://cdn.shl.com/talentcentral/logos/hwasys.png" alt="Hartwell Automotive" height="40"><br><br>
<p>Dear Tiago Magalhães Pereira,</p>
<p>Thank you for your interest in the position of <b>Process Engineer (Plastic Injection) – Ovar, Portugal</b>.</p>
<p>As the next step of the selection process, we invite you to complete the following online assessments:</p>
<ul>
<li>Verify Interactive – Numerical Reasoning (approx. 18 minutes)</li>
<li>Verify Interactive – Deductive Reasoning (approx. 18 minutes)</li>
<li>OPQ32r – Occupational Personality Questionnaire (approx. 25 minutes)</li>
</ul>
<p>Please complete all assessments by <b>25 September 2025, 23:59 (GMT+01:00) Lisbon</b>. We recommend a quiet place, a laptop or desktop computer and a stable internet connection. You may stop between assessments, but each assessment must be completed in one sitting.</p>
<p style="text-align:center"><a href="https://talentcentral.shl.com/candidate/invite?token=Zk4xQm9pVDJ3bEhr" style="background:#00857c;color:#fff;padding:10px 24px;text-decoration:none">Start assessment</a></p>
<p>Your username: tiago.mpereira@gmail.com</p>
<p>If you need adjustments because of a disability or other condition, please contact the recruiter before starting.</p>
<p>Good luck!<br>Hartwell Automotive Talent Acquisition</p>
<hr>
<p style="font-size:11px;color:#777">This e-mail was sent by SHL on behalf of the organisation named above. SHL, 1 Atwell Place, Thames Ditton, KT7 0NE, United Kingdom. <a href="https://www.shl.com/legal/privacy/">Privacy notice</a></p>
</td></tr></table></body></html>
""",
)

_hw1_int = m(
    "c4r0",
    "2025-10-03 11:26",
    SILVIA,
    "Entrevista – Engenheiro de Processo | Hartwell Ovar",
    A("interview", HW, HW1, 1, "direct"),
    text="""\
Bom dia Tiago,

Espero que se encontre bem.

Na sequência da sua candidatura e dos testes online que realizou, gostaríamos de o convidar para uma entrevista por Microsoft Teams com o Eng. Nuno Calado (Process Engineering Manager) e comigo, na próxima quarta-feira, dia 8 de outubro, às 10h00. A entrevista terá a duração aproximada de 45 minutos e será conduzida em português, com uma parte em inglês.

Enviei-lhe o convite de calendário com o link da reunião. Agradeço que me confirme a sua disponibilidade.

Cumprimentos,

Sílvia Rebelo
Talent Acquisition Specialist – Iberia
Hartwell Automotive Systems Portugal, Lda.
T +351 256 000 418 | M +351 91x xxx xxx
www.hartwell-auto.example

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinados exclusivamente ao destinatário. Se recebeu esta mensagem por engano, por favor informe o remetente e elimine-a.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0D3C2F1B532DC01000000000000000010000000HW8",
        "2025-10-08 10:00",
        "Entrevista Tiago Pereira – Engenheiro de Processo (Injeção)",
        ("Sílvia Rebelo", "silvia.rebelo@hartwell-auto.example"),
        style="outlook",
        minutes=45,
        attendees=[("Nuno Calado", "nuno.calado@hartwell-auto.example")],
        location="Reunião do Microsoft Teams",
        description="Participar na reunião do Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4Zjk0YTQt%40thread.v2/0",
    ),
)

_hw1_rej = m(
    "k9w3",
    "2025-10-24 16:05",
    SF_HW,
    "Candidatura",
    A("rejection", HW, HW1, 1, "other"),
    text="""\
Caro Tiago,

Queremos agradecer-lhe o tempo e o empenho que dedicou ao nosso processo de recrutamento, incluindo os testes online e a entrevista com a equipa de Engenharia de Processo. Ficámos muito bem impressionados com a sua experiência em manutenção industrial e com o seu conhecimento de TPM.

Após uma análise cuidada de todos os perfis, decidimos avançar com um candidato cuja experiência se ajusta de forma mais próxima às necessidades atuais da fábrica, nomeadamente em moldes de injeção multi-cavidade.

Os seus dados ficarão guardados na nossa base de candidatos durante 24 meses, salvo indicação em contrário, e encorajamo-lo a continuar atento às nossas oportunidades em https://www.hartwell-auto.example/carreiras.

Desejamos-lhe as maiores felicidades profissionais.

Com os melhores cumprimentos,
Equipa de Recrutamento
Hartwell Automotive Systems Portugal, Lda.

Esta mensagem foi gerada automaticamente. Por favor, não responda a este e-mail.
""",
)

# --- Hartwell Automotive, lean (2): re-applied through LinkedIn, withdrew after an offer --------

_hw2_li = m(
    "u5n2",
    "2025-11-03 08:17",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Tiago, a sua candidatura foi enviada para a Hartwell Automotive",
    A("confirmation", HW, HW2, 2, "linkedin"),
    html="""\
<html><body style="margin:0;background:#f3f2ef">
<table role="presentation" width="100%" style="max-width:512px;margin:0 auto;background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" width="84"></td></tr>
<tr><td style="padding:0 24px">
<h2 style="font-size:20px">A sua candidatura foi enviada para a Hartwell Automotive</h2>
<table><tr>
<td><img src="https://media.licdn.com/dms/image/C4D0BAQ/company-logo_100_100/hartwell.png" width="48" alt=""></td>
<td style="padding-left:12px"><a href="https://www.linkedin.com/comm/jobs/view/4129873311/?trackingId=aQ%3D%3D&amp;refId=XyZ&amp;lipi=urn%3Ali%3Apage%3Aemail_email_application_confirmation_with_nba_01" style="font-weight:600;color:#0a66c2">Lean Manufacturing Engineer</a><br>
Hartwell Automotive · Ovar, Aveiro, Portugal (Presencial)<br>
<span style="color:#666">Candidatou-se em 3 de nov. de 2025</span></td></tr></table>
<p>Agora, aguarde pela resposta da empresa. Pode acompanhar esta candidatura em <a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Os meus empregos</a>.</p>
<p style="font-weight:600">Empregos semelhantes</p>
<p>Continuous Improvement Engineer · Nordfeld Automation · Maia<br>Engenheiro de Processos · Grupo Fibrocel · Santa Maria da Feira</p>
</td></tr>
<tr><td style="padding:24px;font-size:12px;color:#666">Este e-mail foi enviado para Tiago Magalhães Pereira (Engenheiro Mecânico | Manutenção Industrial | TPM · Lean)<br>
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali">Anular subscrição</a> · <a href="https://www.linkedin.com/help/linkedin/answer/4788">Ajuda</a><br>
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn é um nome comercial registado da LinkedIn Corporation.</td></tr>
</table></body></html>
""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"
    },
)

_hw2_sf = m(
    "b3z6",
    "2025-11-04 07:02",
    SF_HW,
    "Thank you for applying – Lean Manufacturing Engineer (m/f/d)",
    A("confirmation", HW, HW2, 2, "other", "en"),
    text="""\
Dear Tiago,

Thank you for applying for the position Lean Manufacturing Engineer (m/f/d) – Ovar, Portugal (Requisition 49107). Your application was received through LinkedIn and has been added to your existing candidate profile.

We will review your application and get back to you as soon as possible.

You can view the status of your applications here:
https://career5.successfactors.eu/career?company=HWASYSP1&career_ns=job_application&lang=en_GB

Kind regards,
Talent Acquisition
Hartwell Automotive

This is an automatically generated e-mail. Please do not reply.
""",
)

_hw2_int = m(
    "f8m4",
    "2025-11-17 14:48",
    SILVIA,
    "Lean Manufacturing Engineer – conversa",
    A("interview", HW, HW2, 2, "direct"),
    text="""\
Olá Tiago,

Voltamos a falar! Vi que se candidatou à vaga de Lean Manufacturing Engineer e, tendo em conta o feedback muito positivo do Eng. Nuno Calado no processo anterior, gostaríamos de avançar diretamente para uma entrevista com a Ana Gil, responsável de Operational Excellence.

Proposta: sexta-feira, 21 de novembro, às 14h30, por Teams (cerca de 1 hora). A Ana vai querer falar sobre projetos de SMED, VSM e Kaizen que tenha liderado na fábrica atual, por isso sugiro que traga um ou dois exemplos concretos com resultados.

Segue o convite.

Cumprimentos,
Sílvia

Sílvia Rebelo
Talent Acquisition Specialist – Iberia
Hartwell Automotive Systems Portugal, Lda.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000090E6A1D77C58DC01000000000000000010000000HW9",
        "2025-11-21 14:30",
        "Entrevista – Lean Manufacturing Engineer (Tiago Pereira)",
        ("Sílvia Rebelo", "silvia.rebelo@hartwell-auto.example"),
        style="outlook",
        attendees=[("Ana Gil", "ana.gil@hartwell-auto.example")],
        location="Reunião do Microsoft Teams",
        description="Participar na reunião do Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg0MjEx%40thread.v2/0\nID da reunião: 362 118 904 55",
    ),
)

_hw2_visit = m(
    "r1d7",
    "2025-11-26 17:34",
    "Ana Gil <ana.gil@hartwell-auto.example>",
    "Visita à fábrica – 3 de dezembro",
    A("interview", HW, HW2, 2, "direct"),
    text="""\
Caro Tiago,

Obrigada pela conversa de sexta. Como falámos, gostava que viesse conhecer a fábrica e as linhas de montagem onde a função vai ter mais impacto. Depois da visita (cerca de 1h) teremos uma conversa com o diretor de fábrica, Eng. Paulo Morais.

Quarta-feira, 3 de dezembro, 9h30, receção principal (Zona Industrial de Ovar, Lote 14). Traga calçado de segurança se tiver; caso contrário emprestamos à entrada. Estacionamento de visitantes à direita do portão 2.

Até lá,
Ana Gil
Operational Excellence Lead | Hartwell Ovar
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F0A9C4E1A061DC01000000000000000010000000HWV",
        "2025-12-03 09:30",
        "Visita à fábrica + conversa com Eng. Paulo Morais – Tiago Pereira",
        ("Ana Gil", "ana.gil@hartwell-auto.example"),
        style="outlook",
        minutes=150,
        attendees=[
            ("Paulo Morais", "paulo.morais@hartwell-auto.example"),
            ("Sílvia Rebelo", "silvia.rebelo@hartwell-auto.example"),
        ],
        location="Hartwell Ovar – Receção principal, Zona Industrial de Ovar, Lote 14",
    ),
)

_HW2_TIAGO_OUT = "<CAH5xq9Tk2Lw7+pQvPj3nR0mX8sUa1Fz4g@mail.gmail.com>"

_hw2_auto = m(
    "y6c9",
    "2025-12-10 19:02",
    SILVIA,
    "Resposta automática: Lean Manufacturing Engineer – desistência do processo",
    J("other_job", "direct", HW),
    text="""\
Obrigada pelo seu e-mail. Encontro-me ausente até dia 15 de dezembro, com acesso limitado ao correio eletrónico. Para assuntos urgentes de recrutamento, contacte recrutamento.ovar@hartwell-auto.example.

Thank you for your message. I am out of the office until 15 December with limited access to e-mail. For urgent recruitment matters please contact recrutamento.ovar@hartwell-auto.example.

Sílvia Rebelo
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    **reply(_HW2_TIAGO_OUT),
)

_hw2_wd = m(
    "n0j5",
    "2025-12-15 10:21",
    SILVIA,
    "RE: Lean Manufacturing Engineer – desistência do processo",
    A("confirmation", HW, HW2, 2, "direct"),
    st="withdrawn",
    text="""\
Olá Tiago,

Obrigada por nos ter informado e pela transparência. Já registei a sua desistência do processo de Lean Manufacturing Engineer; a Ana e o Eng. Paulo Morais pedem-me que lhe deixe os parabéns pelo novo desafio e votos de muito sucesso.

As portas ficam abertas – quem sabe um dia voltamos a cruzar-nos.

Cumprimentos,
Sílvia

-----Mensagem original-----
De: Tiago Magalhães Pereira <tiago.mpereira@gmail.com>
Enviada: 10 de dezembro de 2025 19:01
Para: Sílvia Rebelo <silvia.rebelo@hartwell-auto.example>
Cc: Ana Gil <ana.gil@hartwell-auto.example>
Assunto: Lean Manufacturing Engineer – desistência do processo

Boa tarde Sílvia,

Antes de mais, obrigado pela visita da semana passada e pela disponibilidade de toda a equipa.

Venho informar que aceitei uma proposta de outra empresa, pelo que gostaria de retirar a minha candidatura ao processo de Lean Manufacturing Engineer. Não quis deixar de o comunicar diretamente.

Cumprimentos,
Tiago Magalhães Pereira
""",
    **reply(_HW2_TIAGO_OUT),
)

# --- Metalvouga (3), written by its group's careers mailbox; the offer he accepts ---------------

_mv_ne = m(
    "s2e8",
    "2025-10-01 22:37",
    "Net-Empregos <noreply@net-empregos.com>",
    "Candidatura enviada: Engenheiro/a de Melhoria Contínua (M/F) – Águeda",
    A("confirmation", MV, MVR, 3, "other"),
    html="""\
<html><body style="font-family:Verdana,Arial;font-size:13px">
<table width="620" cellpadding="6" style="border:1px solid #ddd">
<tr><td style="background:#003b6f;color:#fff;font-size:18px"><b>Net-Empregos</b> – O maior site de emprego em Portugal</td></tr>
<tr><td>
<p>Olá Tiago Pereira,</p>
<p>A sua candidatura ao anúncio abaixo foi enviada com sucesso para o anunciante:</p>
<p><b>Engenheiro/a de Melhoria Contínua (M/F) – Águeda</b><br>
Empresa: CVS – Componentes Metálicos do Vouga, S.A.<br>
Zona: Aveiro &nbsp;|&nbsp; Categoria: Engenharia (Mecânica)<br>
Ref.: MV/ENG/2025-14 &nbsp;|&nbsp; Publicado em 29-09-2025</p>
<p>O CV enviado foi: <i>CV_TiagoPereira_2025.pdf</i></p>
<p>Boa sorte! A partir de agora, o contacto será feito diretamente pela entidade empregadora.</p>
<p><a href="https://www.net-empregos.com/12583407/engenheiro-a-de-melhoria-continua-m-f-agueda/">Ver anúncio</a> | <a href="https://www.net-empregos.com/conta/candidaturas.asp">As minhas candidaturas</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Recebeu este e-mail porque se candidatou através do Net-Empregos.com. Não responda a esta mensagem.</td></tr>
</table></body></html>
""",
)

_mv_int1 = m(
    "g5t1",
    "2025-10-13 12:08",
    GRUPO,
    "Processo de recrutamento – ref. MV/ENG/2025-14",
    A("interview", MV, MVR, 3, "direct"),
    text="""\
Exmo. Senhor
Eng.º Tiago Magalhães Pereira,

Na sequência da candidatura que nos remeteu para a função de Engenheiro/a de Melhoria Contínua, a integrar a nossa participada CVS – Componentes Metálicos do Vouga, S.A., em Águeda, vimos por este meio convidar V. Exa. para uma primeira entrevista, a realizar por videoconferência (Microsoft Teams), no dia 20 de outubro de 2025 (segunda-feira), pelas 17h30.

A entrevista será conduzida pela Dra. Marta Valente (Direção de Recursos Humanos do Grupo) e terá a duração aproximada de 40 minutos.

Agradecemos que confirme a sua presença por resposta a este e-mail.

Com os melhores cumprimentos,

Direção de Recursos Humanos
Grupo Carvalhosa, SGPS, S.A.
Rua da Indústria, 200 · 3750-xxx Águeda
www.grupocarvalhosa.example

Antes de imprimir este e-mail, pense no ambiente.
""",
    ics=ics(
        "6v0a1m3nq8t2r4k5s7c9@google.com",
        "2025-10-20 17:30",
        "Entrevista – Tiago Magalhães Pereira (MV/ENG/2025-14)",
        ("Recrutamento Grupo Carvalhosa", "recrutamento@grupocarvalhosa.example"),
        minutes=40,
        attendees=[("Marta Valente", "marta.valente@grupocarvalhosa.example")],
        location="Microsoft Teams",
        description="Ligação Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjVkOGQ0%40thread.v2/0",
    ),
)

_mv_int2 = m(
    "w4a3",
    "2025-10-22 15:51",
    MARTA,
    "Entrevista presencial e visita às instalações – MV/ENG/2025-14",
    A("interview", MV, MVR, 3, "direct"),
    text="""\
Caro Tiago,

Obrigada pela disponibilidade na segunda-feira. Tivemos muito gosto em conhecê-lo e gostaríamos de avançar para a fase seguinte: uma entrevista presencial com o Eng. Carlos Freitas, Diretor Industrial da Metalvouga, seguida de uma visita às linhas de estampagem e soldadura.

Data: 29 de outubro (quarta-feira), às 10h00
Local: Metalvouga – Zona Industrial do Casarão, Águeda (receção do edifício administrativo)

Por favor traga o seu documento de identificação; o equipamento de proteção individual é fornecido à entrada.

Com os melhores cumprimentos,

Marta Valente
Técnica Superior de Recursos Humanos
Grupo Carvalhosa | Metalvouga · Carvalhosa Plásticos · Vougatrans
T. +351 234 000 912
""",
    ics=ics(
        "1p9r7x2l0d4b6m8q3w5e@google.com",
        "2025-10-29 10:00",
        "Entrevista presencial + visita – Tiago M. Pereira",
        ("Marta Valente", "marta.valente@grupocarvalhosa.example"),
        minutes=120,
        attendees=[("Carlos Freitas", "carlos.freitas@metalvouga.example")],
        location="Metalvouga, Zona Industrial do Casarão, Águeda",
    ),
)

_mv_resched = m(
    "e7h6",
    "2025-10-27 09:14",
    MARTA,
    "Reagendamento: entrevista presencial – MV/ENG/2025-14",
    A("interview", MV, MVR, 3, "direct"),
    text="""\
Bom dia Tiago,

Peço desculpa pelo incómodo, mas a Metalvouga vai ter uma auditoria IATF do cliente durante toda a semana e o Eng. Carlos Freitas não poderá recebê-lo na quarta-feira.

Propomos reagendar para dia 5 de novembro (quarta-feira), à mesma hora (10h00), no mesmo local. Atualizei o convite. Se esta data não lhe for conveniente, diga-me por favor que encontramos alternativa.

Obrigada pela compreensão.

Marta Valente
Grupo Carvalhosa – Recursos Humanos
""",
    ics=ics(
        "1p9r7x2l0d4b6m8q3w5e@google.com",
        "2025-11-05 10:00",
        "Entrevista presencial + visita – Tiago M. Pereira (reagendada)",
        ("Marta Valente", "marta.valente@grupocarvalhosa.example"),
        minutes=120,
        sequence=1,
        attendees=[("Carlos Freitas", "carlos.freitas@metalvouga.example")],
        location="Metalvouga, Zona Industrial do Casarão, Águeda",
    ),
)

_mv_offer = m(
    "a8x0",
    "2025-11-28 18:22",
    MARTA,
    "Proposta de colaboração",
    A("offer", MV, MVR, 3, "direct"),
    text="""\
Caro Tiago,

Conforme conversámos hoje ao telefone, é com muito gosto que lhe enviamos, em anexo, a proposta de colaboração para a função de Engenheiro de Melhoria Contínua na CVS – Componentes Metálicos do Vouga, S.A. (Metalvouga).

Em resumo:
– Contrato de trabalho sem termo, com período experimental de 180 dias;
– Remuneração base mensal ilíquida de 2.150,00 €, paga 14 vezes por ano;
– Subsídio de alimentação de 10,20 € por dia útil, em cartão refeição;
– Seguro de saúde (extensível ao agregado familiar) e seguro de vida;
– Prémio anual de desempenho, de acordo com a política do Grupo;
– Horário: segunda a sexta, 8h30–17h30, com flexibilidade de entrada;
– Local de trabalho: Águeda, com deslocações pontuais às outras empresas do Grupo.

A data de início será acertada consigo em função do aviso prévio à sua entidade patronal atual.

Agradecemos a sua resposta até ao dia 12 de dezembro. Fico ao dispor para qualquer esclarecimento.

Com os melhores cumprimentos,

Marta Valente
Técnica Superior de Recursos Humanos
Grupo Carvalhosa, SGPS, S.A.

Esta mensagem e os seus anexos são confidenciais.
""",
    attach=[
        (
            "Proposta_MV-ENG-2025-14_TPereira.pdf",
            "application/pdf",
            "%PDF-1.4 proposta de colaboracao (conteudo omitido)",
        )
    ],
)

_MV_TIAGO_OK = "<CAH5xq9V3pZ0r@mail.gmail.com>"

_mv_accept = m(
    "v3k8",
    "2025-12-10 11:47",
    MARTA,
    "RE: Proposta de colaboração",
    A("offer", MV, MVR, 3, "direct"),
    st="accepted",
    text="""\
Caro Tiago,

Que excelente notícia! Em nome do Grupo Carvalhosa e da equipa da Metalvouga, bem-vindo.

Registamos a data de início a 2 de fevereiro de 2026. Nos próximos dias vai receber, por DocuSign, o contrato para assinatura, e em janeiro enviaremos a lista de documentos necessários para a admissão.

O Eng. Carlos Freitas pediu-me que lhe transmitisse que está muito contente com a sua decisão.

Com os melhores cumprimentos,
Marta

Enviado do meu iPhone

> No dia 10/12/2025, às 09:58, Tiago Magalhães Pereira <tiago.mpereira@gmail.com> escreveu:
>
> Bom dia Dra. Marta,
>
> Depois de analisar com calma a proposta, venho por este meio aceitá-la. Confirmo que a minha data de saída da empresa atual será 30 de janeiro, pelo que poderei iniciar funções a 2 de fevereiro.
>
> Muito obrigado pela confiança.
>
> Com os melhores cumprimentos,
> Tiago Magalhães Pereira
""",
    **reply(_mv_offer["id"], _MV_TIAGO_OK),
)

_mv_docusign = m(
    "d6f2",
    "2025-12-12 15:30",
    "Grupo Carvalhosa via DocuSign <dse@eumail.docusign.net>",
    "Concluído: Contrato de Trabalho – Tiago Magalhães Pereira",
    A("offer", MV, MVR, 3, "docusign"),
    st="accepted",
    html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff;padding:24px">
<tr><td><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;text-align:center;padding:28px">
<p style="font-size:16px">O documento foi concluído</p>
<a href="https://eu.docusign.net/Member/EmailStart.aspx?a=7b21c9e1-3f0a-4c55-b0b1&amp;acct=d4e1&amp;er=91f3" style="background:#ffc820;color:#333;padding:10px 20px;text-decoration:none;font-weight:bold">VER DOCUMENTO CONCLUÍDO</a>
</td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Todas as partes concluíram o envelope «Contrato de Trabalho – Tiago Magalhães Pereira».</p>
<p>Marta Valente<br>marta.valente@grupocarvalhosa.example</p>
<p>O documento concluído está anexado a este e-mail.</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:20px">Não partilhe este e-mail<br>Este e-mail contém um link seguro para o DocuSign. Não partilhe este e-mail, link ou código de acesso com terceiros.<br><br>
Sobre o DocuSign: assine documentos eletronicamente em minutos. É seguro. Quer esteja num escritório, em casa ou em viagem, o DocuSign fornece uma solução profissional de confiança para a Gestão de Transações Digitais.<br><br>
Este e-mail foi enviado por DocuSign Electronic Signature Service.</td></tr>
</table></body></html>
""",
    attach=[
        ("Contrato_de_Trabalho_TPereira.pdf", "application/pdf", "%PDF-1.5 contrato (assinado)")
    ],
)

_mv_onb1 = m(
    "o1b4",
    "2026-01-07 10:03",
    MARTA,
    "Admissão 02/02 – documentação",
    J("other_job", "direct", MV, MVR),
    text="""\
Olá Tiago,

Feliz Ano Novo! Para prepararmos a sua admissão a 2 de fevereiro, agradeço que me envie até dia 23 de janeiro:

1. Cópia do Cartão de Cidadão (ou autorização para a sua recolha);
2. Comprovativo de IBAN;
3. Certificado de habilitações e comprovativo de inscrição na Ordem dos Engenheiros;
4. Declaração para efeitos de IRS (estado civil, dependentes);
5. Ficha de aptidão médica anterior, se tiver (caso contrário marcamos a consulta de medicina do trabalho);
6. Tamanhos de vestuário e calçado de segurança.

Pode enviar por e-mail ou entregar no primeiro dia.

Até breve,
Marta Valente
Grupo Carvalhosa – Recursos Humanos
""",
)

_mv_onb2 = m(
    "i9u2",
    "2026-01-29 16:40",
    "Acolhimento Metalvouga <rh@metalvouga.example>",
    "Bem-vindo à Metalvouga – programa de acolhimento",
    J("other_job", "direct", MV),
    html="""\
<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Caro Tiago,</p>
<p>Bem-vindo à <b>Metalvouga</b>! Segunda-feira, 2 de fevereiro, esperamos por si às <b>8h30</b> na receção do edifício administrativo.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Hora</th><th>Atividade</th></tr>
<tr><td>08h30</td><td>Receção e entrega de cartão / EPI</td></tr>
<tr><td>09h00</td><td>Apresentação do Grupo Carvalhosa (RH)</td></tr>
<tr><td>10h30</td><td>Formação de Segurança e Ambiente</td></tr>
<tr><td>14h00</td><td>Visita às linhas com o Eng. Carlos Freitas</td></tr>
</table>
<p>Almoço no refeitório da fábrica. Qualquer dúvida: rh@metalvouga.example / 234 000 900.</p>
<p>Até segunda!<br>Equipa de Pessoas · CVS – Componentes Metálicos do Vouga, S.A.</p>
</body></html>
""",
)

# --- Solarte (4): Sapo Emprego, viewed, interview, "a vaga foi preenchida" ---------------------

_so_conf = m(
    "l4p7",
    "2025-09-11 13:15",
    "SAPO Emprego <noreply@emprego.sapo.pt>",
    "Candidatura efetuada com sucesso",
    A("confirmation", SO, SOR, 4, "other"),
    html="""\
<html><body style="font-family:Arial;font-size:13px;color:#333">
<div style="background:#68b52e;padding:12px;color:#fff;font-size:20px">SAPO Emprego</div>
<p>Olá Tiago,</p>
<p>A sua candidatura à oferta <b>Engenheiro/a de Processo – Produção</b> foi efetuada com sucesso.</p>
<p>Empresa: Solarte – Indústria de Calçado, S.A.<br>Local: São João da Madeira<br>Referência: 4417823</p>
<p>Enquanto espera pela resposta, mantenha o seu perfil e CV atualizados: as empresas preferem candidatos com perfis completos.</p>
<p><a href="https://emprego.sapo.pt/candidaturas?utm_source=email&amp;utm_campaign=confirmacao">Ver as minhas candidaturas</a></p>
<p style="font-size:11px;color:#999">SAPO Emprego · MEO – Serviços de Comunicações e Multimédia, S.A. · Para deixar de receber estes e-mails aceda às suas <a href="https://emprego.sapo.pt/conta/notificacoes">preferências</a>.</p>
</body></html>
""",
)

_so_viewed = m(
    "j2g9",
    "2025-09-16 08:40",
    "SAPO Emprego <noreply@emprego.sapo.pt>",
    "A sua candidatura foi visualizada",
    A("viewed", SO, SOR, 4, "other"),
    text="""\
Olá Tiago,

Boas notícias: a empresa Solarte – Indústria de Calçado, S.A. visualizou a sua candidatura à oferta "Engenheiro/a de Processo – Produção".

Isto não significa que tenha sido selecionado, mas que o seu CV já está a ser analisado. Boa sorte!

Ver candidatura: https://emprego.sapo.pt/candidaturas/4417823?utm_source=email&utm_medium=notificacao

Equipa SAPO Emprego
""",
)

_so_int = m(
    "q7s3",
    "2025-09-22 10:55",
    "Helena Sequeira | Solarte <rh@solarte.example>",
    "Entrevista – Solarte",
    A("interview", SO, SOR, 4, "direct"),
    text="""\
Bom dia Sr. Tiago Pereira,

Recebemos a sua candidatura através do Sapo Emprego para a função de Engenheiro de Processo e gostaríamos de o conhecer pessoalmente.

Seria possível vir às nossas instalações na sexta-feira, dia 26, às 15h00? A morada é Rua do Calçado, 77, São João da Madeira (fábrica 2, entrada pelo portão lateral).

A entrevista será com a Dra. Helena Sequeira (RH) e com o Sr. Fernando Oliveira, diretor de produção.

Fico a aguardar a sua confirmação.

Atentamente,
Helena Sequeira
Departamento de Recursos Humanos
SOLARTE – Indústria de Calçado, S.A.
Tel. 256 000 330
""",
    ics=ics(
        "7k2m4p6r8t0v1x3z5b9d@google.com",
        "2025-09-26 15:00",
        "Entrevista Tiago Pereira – Eng. Processo",
        ("Helena Sequeira", "rh@solarte.example"),
        attendees=[("Fernando Oliveira", "f.oliveira@solarte.example")],
        location="Solarte, Rua do Calçado 77, São João da Madeira",
    ),
)

_so_rej = m(
    "x5y1",
    "2025-10-06 17:48",
    "Helena Sequeira | Solarte <rh@solarte.example>",
    "Solarte",
    A("rejection", SO, SOR, 4, "direct"),
    text="""\
Boa tarde Tiago,

Queria agradecer-lhe novamente a sua vinda à Solarte e o interesse demonstrado no nosso projeto. O Sr. Fernando gostou bastante da conversa.

Informamos, no entanto, que a vaga foi entretanto preenchida por um candidato com experiência no setor do calçado, que era um fator importante para esta função em particular.

Vamos manter o seu currículo na nossa base de dados para futuras oportunidades.

Com os melhores cumprimentos,
Helena Sequeira
SOLARTE – Indústria de Calçado, S.A.
""",
)

# --- Norvale Electronics, SMT process engineer (6): Workday, HireVue, no --------------------------

_nv1_conf = m(
    "m6r2",
    "2025-09-10 22:11",
    WD_NV,
    "Thank you for applying to Process Engineer – SMT",
    A("confirmation", NV, NV1, 6, "workday", "en"),
    text="""\
Hi Tiago,

Thank you for applying for the Process Engineer – SMT (R-0042817) position at our Braga site.

Our Talent Acquisition team will review your application against the requirements of the role. If your profile is a match, a recruiter will contact you to discuss next steps.

You can check the status of your application at any time by signing in to your candidate home:
https://nvlh.wd3.myworkdayjobs.com/NVL_Careers/userHome

Best regards,
Talent Acquisition
NVL Holdings | Norvale Electrónica Portugal, Unipessoal, Lda.

Please do not reply to this email, as this mailbox is not monitored.
""",
)

_nv_acct = m(
    "t3n8",
    "2025-09-10 21:54",
    WD_NV,
    "Verify your candidate account",
    J("other_job", "workday", NV, lang="en"),
    text="""\
Hello,

An account was created for tiago.mpereira@gmail.com on the NVL_Careers site.

To verify your email address, click the link below within 24 hours:
https://nvlh.wd3.myworkdayjobs.com/NVL_Careers/activate/6f1b2c9e4d8a7e30

If you did not create this account, you can ignore this message.

Workday on behalf of NVL Holdings
""",
)

_nv1_hv = m(
    "z9a6",
    "2025-09-19 14:30",
    "Norvale Electronics <noreply@hirevue.com>",
    "Next step: video interview for Process Engineer – SMT",
    A("assessment", NV, NV1, 6, "hirevue", "en"),
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1f2933">
<div style="max-width:560px;margin:auto">
<p><img src="https://hirevue-assets.example-cdn.com/norvale/logo.png" alt="Norvale" height="36"></p>
<p>Hi Tiago,</p>
<p>Congratulations on moving forward in our hiring process for <b>Process Engineer – SMT</b>!</p>
<p>The next step is an on-demand video interview. You will answer 6 questions on camera at a time that suits you; each answer can be up to 3 minutes long, and you will have 30 seconds to prepare. There is a practice question before you begin.</p>
<p>Please complete your interview by <b>Friday, September 26</b>.</p>
<p><a href="https://app.hirevue.com/interviews/k3JqV8Qx2/start?utm_source=email" style="background:#0046ad;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Start interview</a></p>
<p>Tips: use Chrome or the HireVue app, check your camera and microphone, and find a quiet, well-lit spot.</p>
<p>Best of luck,<br>Norvale Talent Acquisition</p>
<p style="font-size:11px;color:#6b7280">Powered by HireVue · <a href="https://www.hirevue.com/privacy">Privacy</a> · Need help? <a href="https://support.hirevue.com">support.hirevue.com</a></p>
</div></body></html>
""",
)

_nv1_rej = m(
    "h1c5",
    "2025-10-02 19:36",
    WD_NV,
    "Update on your application",
    A("rejection", NV, NV1, 6, "workday", "en"),
    text="""\
Dear Tiago,

Thank you for your interest in Norvale and for the time you invested in the video interview for the Process Engineer – SMT (R-0042817) role.

We have carefully reviewed your application and, although your background is interesting, we have decided to move forward with candidates whose experience in SMT lines and reflow profiling more closely matches our current needs.

We encourage you to keep an eye on our careers site and to apply for future roles that match your skills.

Kind regards,
Talent Acquisition
Norvale Electronics

Please do not reply to this email, as this mailbox is not monitored.
""",
)

# --- Norvale Electronics again (7): re-application after the no ------------------------------------

_nv2_nudge = m(
    "c0l3",
    "2025-11-09 09:00",
    WD_NV,
    "You have an application in progress",
    J("alert", "workday", NV, NV2, "en"),
    text="""\
Hi Tiago,

We noticed that you started an application for Continuous Improvement Engineer (R-0045120) but haven't submitted it yet.

Your progress has been saved. Pick up where you left off:
https://nvlh.wd3.myworkdayjobs.com/NVL_Careers/job/Braga/Continuous-Improvement-Engineer_R-0045120/apply

Applications for this position close on November 21.

Talent Acquisition
Norvale Electronics
""",
)

_nv2_conf = m(
    "k5e0",
    "2025-11-10 21:19",
    WD_NV,
    "Thank you for applying to Continuous Improvement Engineer",
    A("confirmation", NV, NV2, 7, "workday", "en"),
    text="""\
Hi Tiago,

Thank you for applying for the Continuous Improvement Engineer (R-0045120) position at our Braga site.

Our Talent Acquisition team will review your application against the requirements of the role. If your profile is a match, a recruiter will contact you to discuss next steps.

You can check the status of your application at any time by signing in to your candidate home:
https://nvlh.wd3.myworkdayjobs.com/NVL_Careers/userHome

Best regards,
Talent Acquisition
NVL Holdings | Norvale Electrónica Portugal, Unipessoal, Lda.

Please do not reply to this email, as this mailbox is not monitored.
""",
)

_nv2_task = m(
    "u8i4",
    "2025-11-12 08:45",
    WD_NV,
    "Action required: complete your assessment",
    A("assessment", NV, NV2, 7, "workday", "en"),
    text="""\
Hi Tiago,

You have a new task in your candidate home for Continuous Improvement Engineer (R-0045120):

  Task: Lean & Problem Solving Questionnaire (approx. 30 minutes)
  Due: 19/11/2025

The questionnaire covers basic statistics, a short A3 / 8D case and Excel data analysis. Please complete it in one session.

Go to your tasks: https://nvlh.wd3.myworkdayjobs.com/NVL_Careers/userHome/tasks

Talent Acquisition
Norvale Electronics
""",
)

_nv2_rej = m(
    "b7o1",
    "2026-01-14 18:02",
    WD_NV,
    "Your application to Norvale",
    A("rejection", NV, NV2, 7, "workday", "en"),
    text="""\
Dear Tiago,

Thank you again for your interest in the Continuous Improvement Engineer (R-0045120) position and for completing our questionnaire.

After careful consideration, we regret to inform you that we will not be moving forward with your application at this time. This decision was not easy given the number of strong candidates.

We appreciate your interest in Norvale and wish you every success in your career.

Kind regards,
Talent Acquisition
Norvale Electronics
""",
)

# --- Medinorte (8): Taleo, then the process is frozen ----------------------------------------------

_md_acct = m(
    "f2w7",
    "2025-10-09 20:26",
    "Medinorte – Recrutamento <noreply@taleo.net>",
    "Medinorte – Registo na Secção de Carreiras",
    J("other_job", "taleo", MD),
    text="""\
Caro(a) Tiago Magalhães Pereira,

O seu registo na Secção de Carreiras da Medinorte foi criado com sucesso.

Nome de utilizador: tmpereira
Para aceder ao seu perfil: https://mdnpharma.taleo.net/careersection/ext/profile.ftl?lang=pt_PT

Por motivos de segurança, a palavra-passe não é enviada por e-mail.

Laboratórios Medinorte, S.A.
""",
)

_md_conf = m(
    "r5q2",
    "2025-10-09 20:51",
    "Medinorte – Recrutamento <noreply@taleo.net>",
    "Medinorte – Confirmação de receção da candidatura",
    A("confirmation", MD, MDR, 8, "taleo"),
    text="""\
Caro(a) Tiago Magalhães Pereira,

Agradecemos a sua candidatura ao cargo de Engenheiro/a de Qualidade – Validação (Ref.ª QA-VAL-0925), Trofa.

A sua candidatura foi recebida e será analisada pela nossa equipa. Caso o seu perfil corresponda ao pretendido, será contactado(a) para as próximas etapas.

Pode consultar o estado da sua candidatura em "As minhas candidaturas":
https://mdnpharma.taleo.net/careersection/ext/mysubmissions.ftl?lang=pt_PT

Com os melhores cumprimentos,

Direção de Pessoas e Cultura
Laboratórios Medinorte, S.A.
Parque Industrial da Trofa

Nota: Esta é uma mensagem automática. Por favor não responda.
""",
)

_md_hold = m(
    "p6v9",
    "2025-11-19 12:10",
    "Medinorte – Recrutamento <noreply@taleo.net>",
    "Ref.ª QA-VAL-0925 – ponto de situação",
    A("confirmation", MD, MDR, 8, "taleo"),
    st="on_hold",
    text="""\
Caro(a) Tiago Magalhães Pereira,

Vimos por este meio informar que o processo de recrutamento para o cargo de Engenheiro/a de Qualidade – Validação (Ref.ª QA-VAL-0925) se encontra temporariamente suspenso, na sequência de uma reorganização interna do departamento de Garantia da Qualidade.

A sua candidatura mantém-se ativa. Logo que o processo seja retomado, entraremos novamente em contacto consigo.

Agradecemos a sua compreensão e o interesse demonstrado na Medinorte.

Com os melhores cumprimentos,
Direção de Pessoas e Cultura
Laboratórios Medinorte, S.A.
""",
)

# --- Brenner & Vogt Engineering, Porto hub (9): Personio, English; the offer he declines --------

_bv_conf = m(
    "s9d4",
    "2025-10-14 08:32",
    "BVE Porto Hub <no-reply@personio.de>",
    "Your application at Brenner & Vogt Engineering GmbH",
    A("confirmation", BV, BVR, 9, "personio", "en"),
    text="""\
Dear Tiago Magalhães Pereira,

Thank you for your application as Manufacturing Process Engineer (m/f/d) – Porto / Remote and for your interest in BVE.

We have received your documents and will get back to you as soon as possible. Please allow us a little time to review your application carefully.

Best regards,
Katharina Lenz
People & Culture
Brenner & Vogt Engineering GmbH – Porto Engineering Hub
Rua de Ceuta 118, 4050-189 Porto

Brenner & Vogt Engineering GmbH · Sitz: Heilbronn · Amtsgericht Stuttgart HRB 7xxxxx · Geschäftsführer: Dr. Rainer Vogt, Michael Brenner
Information on data protection: https://brenner-vogt.jobs.personio.de/privacy-policy
""",
)

_bv_int1 = m(
    "w0j6",
    "2025-10-21 13:04",
    KATHARINA,
    "BVE – first interview (Manufacturing Process Engineer)",
    A("interview", BV, BVR, 9, "direct", "en"),
    text="""\
Hi Tiago,

thanks a lot for your application – your background in maintenance and TPM on high-volume lines is quite close to what our customer projects need.

I'd like to invite you to a first video interview with Matthias Oberle (Head of Manufacturing Engineering) and me on Monday, 27 October, 16:00 CET (15:00 Lisbon time). We'll talk about your experience, the role and how we work between Heilbronn and Porto. Plan roughly 60 minutes.

The invitation with the Teams link follows in a separate calendar item. If the time doesn't work, just reply with two or three alternatives.

Best regards / Viele Grüße
Katharina Lenz
People & Culture | Brenner & Vogt Engineering GmbH
Porto Engineering Hub · Rua de Ceuta 118 · 4050-189 Porto
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C09F5B2A6F42DC01000000000000000010000000BVE1",
        "2025-10-27 15:00",
        "Interview Tiago Magalhães Pereira – Manufacturing Process Engineer",
        ("Katharina Lenz", "katharina.lenz@brenner-vogt.example"),
        style="outlook",
        attendees=[("Matthias Oberle", "matthias.oberle@brenner-vogt.example")],
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVlNDk%40thread.v2/0\nBesprechungs-ID: 318 772 504 190",
    ),
)

_bv_case = m(
    "a2m5",
    "2025-10-30 10:17",
    "Matthias Oberle <matthias.oberle@brenner-vogt.example>",
    "Case study – line balancing",
    A("assessment", BV, BVR, 9, "direct", "en"),
    text="""\
Hello Tiago,

great talking to you on Monday. As the next step we ask all candidates to work on a short case study. Attached you'll find the data of an anonymised assembly line (cycle times per station, takt, OEE losses for four weeks).

Please prepare a short proposal (max. 8 slides) on how you would rebalance the line and what you would attack first. Send it back to me by Friday, 7 November; we will discuss it together in the second interview.

It shouldn't take you more than 3–4 hours – please don't overdo it.

Cheers,
Matthias

--
Matthias Oberle
Head of Manufacturing Engineering
Brenner & Vogt Engineering GmbH | Heilbronn · Porto
""",
    attach=[
        (
            "BVE_case_line_balancing.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "PK station;cycle_s;takt_s",
        )
    ],
)

_bv_ooo = m(
    "n4x3",
    "2025-10-31 08:55",
    KATHARINA,
    "Automatische Antwort: Question about the case study",
    J("other_job", "direct", BV, lang="de"),
    text="""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. November nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an people@brenner-vogt.example.

Thank you for your message. I'm out of office until 3 November. For urgent matters please contact people@brenner-vogt.example.

Katharina Lenz
""",
    headers={"Auto-Submitted": "auto-replied"},
)

_bv_int2 = m(
    "e1r8",
    "2025-11-13 16:29",
    KATHARINA,
    "Second interview at our Porto office",
    A("interview", BV, BVR, 9, "direct", "en"),
    text="""\
Hi Tiago,

Matthias really liked your case study. We'd love to meet you in person for the second round at our Porto hub on Tuesday, 18 November, 10:00 (Lisbon). You'll present your proposal (20 min), then talk to Matthias and to Pedro Faria, who leads the Porto team. We'll finish with lunch.

Address: Rua de Ceuta 118, 3rd floor. Ring "BVE".

Best,
Katharina
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0B1E2C78855DC01000000000000000010000000BVE2",
        "2025-11-18 10:00",
        "2nd interview Tiago Magalhães Pereira – case presentation",
        ("Katharina Lenz", "katharina.lenz@brenner-vogt.example"),
        style="outlook",
        minutes=180,
        attendees=[
            ("Matthias Oberle", "matthias.oberle@brenner-vogt.example"),
            ("Pedro Faria", "pedro.faria@brenner-vogt.example"),
        ],
        location="BVE Porto Hub, Rua de Ceuta 118, 3. OG, Porto",
    ),
)

_bv_offer = m(
    "g7b0",
    "2025-12-05 17:12",
    KATHARINA,
    "Your offer from BVE",
    A("offer", BV, BVR, 9, "direct", "en"),
    text="""\
Dear Tiago,

On behalf of Brenner & Vogt Engineering I'm very happy to send you our offer for the position of Manufacturing Process Engineer at our Porto Engineering Hub.

Key points (details in the attached letter):
- Permanent contract (contrato sem termo) under Portuguese law with BVE Engineering Portugal, Unipessoal Lda.
- Gross annual salary of EUR 36,400, paid in 14 instalments
- Meal allowance of EUR 10.20 per working day (card)
- Health insurance (Médis) for you and your family
- Hybrid: 3 days remote, 2 days at the Porto hub; travel to customer plants in Germany approx. 4–6 weeks per year
- 25 days of holiday

We'd appreciate your answer by 12 December. Matthias and Pedro are happy to have another call if you have questions.

Best regards,
Katharina Lenz
People & Culture
""",
    attach=[("BVE_Offer_Letter_TMPereira.pdf", "application/pdf", "%PDF-1.6 offer letter")],
)

_BV_TIAGO_NO = "<CAH5xq9W7sT1b@mail.gmail.com>"

_bv_declined = m(
    "j8k1",
    "2025-12-10 14:36",
    KATHARINA,
    "AW: Your offer from BVE",
    A("offer", BV, BVR, 9, "direct", "en"),
    st="declined",
    text="""\
Dear Tiago,

thank you for letting us know so quickly and so openly – of course we're sad, but we understand that the role in Águeda is a better fit for you right now.

It was a pleasure getting to know you. If things change, please don't hesitate to get in touch.

All the best for the new job!
Katharina

-----Ursprüngliche Nachricht-----
Von: Tiago Magalhães Pereira <tiago.mpereira@gmail.com>
Gesendet: Mittwoch, 10. Dezember 2025 10:12
An: Katharina Lenz <katharina.lenz@brenner-vogt.example>
Betreff: Re: Your offer from BVE

Dear Katharina,

Thank you very much for the offer and for a very pleasant process. After a lot of thought I have decided to accept another offer, closer to the shop floor, so I have to decline BVE's offer.

Please thank Matthias and Pedro on my behalf.

Kind regards,
Tiago
""",
    **reply(_bv_offer["id"], _BV_TIAGO_NO),
)

# --- Van der Kolk Packaging (10): Recruitee, interview cancelled, never reopened ----------------

_vk_conf = m(
    "t6h2",
    "2025-10-17 19:44",
    "Van der Kolk Packaging <no-reply@recruitee.com>",
    "Thanks for applying to Van der Kolk Packaging",
    A("confirmation", VK, VKR, 10, "recruitee", "en"),
    html="""\
<html><body style="font-family:Inter,Arial,sans-serif;color:#222">
<p>Hi Tiago,</p>
<p>Thanks for applying for the <b>Quality Engineer (Remote, Portugal)</b> position at Van der Kolk Packaging B.V.</p>
<p>We're reviewing applications on a rolling basis and aim to get back to every candidate within two weeks.</p>
<p>In the meantime, find out more about how we make recyclable food packaging in Zwolle and in our partner plants across Europe: <a href="https://vdkpackaging.recruitee.com/?utm_source=confirmation_email">vdkpackaging.recruitee.com</a></p>
<p>Kind regards,<br>Team Van der Kolk</p>
<p style="color:#999;font-size:11px">Sent with Recruitee · You received this e-mail because you applied for a job at Van der Kolk Packaging B.V.</p>
</body></html>
""",
)

_vk_int = m(
    "l9z5",
    "2025-10-28 11:02",
    SANNE,
    "Interview invitation – Quality Engineer",
    A("interview", VK, VKR, 10, "direct", "en"),
    text="""\
Hi Tiago,

Thank you for your application. We'd like to invite you for a first video call with me and Joris Bakker (Quality Manager, Supplier Plants) on Tuesday 4 November at 10:00 your time (11:00 in the Netherlands). I've sent a Google Meet invite.

The role supports our co-packers in Portugal and Spain, so we'll also check your English and possibly a few words of Spanish :)

Met vriendelijke groet / Kind regards,
Sanne de Vries
Recruiter | Van der Kolk Packaging B.V.
Zwolle, NL
""",
    ics=ics(
        "3n5b7v9c1x2z4l6k8j0h@google.com",
        "2025-11-04 10:00",
        "Van der Kolk | Tiago Magalhães Pereira – Quality Engineer",
        ("Sanne de Vries", "sanne.devries@vanderkolk-packaging.example"),
        minutes=45,
        attendees=[("Joris Bakker", "joris.bakker@vanderkolk-packaging.example")],
        location="https://meet.google.com/xqv-pmtd-ruk",
        description="Join with Google Meet: https://meet.google.com/xqv-pmtd-ruk",
    ),
)

_vk_cancel = m(
    "o3u7",
    "2025-11-03 15:26",
    SANNE,
    "Cancelled: Van der Kolk | Tiago Magalhães Pereira – Quality Engineer",
    A("interview", VK, VKR, 10, "direct", "en"),
    text="""\
Hi Tiago,

I'm sorry to do this at such short notice, but I have to cancel tomorrow's call. Management has just decided to pause hiring for the Quality Engineer role until the 2026 budget is approved.

I'll get back to you as soon as I know more – hopefully in January.

Apologies again,
Sanne
""",
    ics=ics(
        "3n5b7v9c1x2z4l6k8j0h@google.com",
        "2025-11-04 10:00",
        "Van der Kolk | Tiago Magalhães Pereira – Quality Engineer",
        ("Sanne de Vries", "sanne.devries@vanderkolk-packaging.example"),
        method="CANCEL",
        minutes=45,
        attendees=[("Joris Bakker", "joris.bakker@vanderkolk-packaging.example")],
    ),
)

_vk_rej = m(
    "d5c8",
    "2026-01-22 09:48",
    "Van der Kolk Packaging <no-reply@recruitee.com>",
    "Quality Engineer (Remote, Portugal) – update",
    A("rejection", VK, VKR, 10, "recruitee", "en"),
    text="""\
Hi Tiago,

As promised, here's an update on the Quality Engineer (Remote, Portugal) position. Unfortunately the 2026 plan does not include this role after all, so we have decided to close the vacancy and will not continue the process.

We really enjoyed reading your application and are sorry we couldn't meet. We'd be glad to keep your details for future openings in Iberia.

Kind regards,
Sanne de Vries
Van der Kolk Packaging B.V.

Sent with Recruitee
""",
)

_vk_survey = m(
    "v1n6",
    "2026-01-23 10:00",
    "Van der Kolk Packaging <no-reply@recruitee.com>",
    "How was your experience applying at Van der Kolk Packaging?",
    J("other_job", "recruitee", VK, lang="en"),
    text="""\
Hi Tiago,

We'd love to hear how you experienced our application process – it only takes 2 minutes and your answers are anonymous.

How likely are you to recommend applying at Van der Kolk Packaging to a friend?
0 1 2 3 4 5 6 7 8 9 10
https://vdkpackaging.recruitee.com/survey/cand/8Qx2LmN?score=

Thanks!
Team Van der Kolk
""",
)

# --- Fabriq (11): Teamtailor, a coffee with the co-founder, then no -------------------------------

_fq_conf = m(
    "k2d9",
    "2025-11-06 23:08",
    "Fabriq <no-reply@teamtailor.com>",
    "Recebemos a tua candidatura 🚀",
    A("confirmation", FQ, FQR, 11, "teamtailor"),
    html="""\
<html><body style="font-family:'Helvetica Neue',Arial;color:#111;background:#fafafa">
<div style="max-width:540px;margin:24px auto;background:#fff;padding:28px;border-radius:8px">
<p>Olá Tiago! 👋</p>
<p>Obrigado por te candidatares a <b>Industrial Engineer – Customer Success</b>. Somos uma equipa de 14 pessoas no Porto a construir software de chão de fábrica (OEE, paragens, manutenção) que os operadores gostam mesmo de usar.</p>
<p>Vamos ler a tua candidatura com calma e damos-te notícias em breve – prometemos responder a toda a gente, mesmo quando a resposta for não.</p>
<p>Até já,<br>Equipa Fabriq</p>
<p style="font-size:11px;color:#888"><a href="https://fabriqlabs-1.teamtailor.com/connect">Junta-te à nossa talent community</a> · <a href="https://fabriqlabs-1.teamtailor.com/privacy">Privacidade</a> · Powered by Teamtailor</p>
</div></body></html>
""",
)

_fq_int = m(
    "r8g4",
    "2025-11-12 21:52",
    "Duarte Lobo <duarte.lobo.pt@gmail.com>",
    "café?",
    A("interview", FQ, FQR, 11, "direct"),
    text="""\
Olá Tiago,

Sou o Duarte, um dos fundadores da Fabriq. Li a tua candidatura e adorei a parte do quadro de paragens que montaste com os operadores na fábrica de cortiça – é exatamente o tipo de coisa que fazemos com os clientes.

Em vez de uma entrevista formal, que tal um café? Quinta-feira, 20, às 18h30, na Fábrica Coffee Roasters na Rua Cândido dos Reis? Mandei convite, mas se não der diz e arranjamos outra hora.

Abraço,
Duarte
(desculpa o gmail, o meu email da empresa anda com problemas)

--
Duarte Lobo · co-founder @ Fabriq
+351 93x xxx xxx
""",
    ics=ics(
        "5q7w9e1r3t5y7u9i1o3p@google.com",
        "2025-11-20 18:30",
        "Café Duarte / Tiago (Fabriq)",
        ("Duarte Lobo", "duarte.lobo.pt@gmail.com"),
        location="Fábrica Coffee Roasters, R. de Cândido dos Reis, Porto",
    ),
)

_fq_rej = m(
    "h6j3",
    "2025-12-01 12:30",
    "Fabriq <no-reply@teamtailor.com>",
    "Update on your application – Fabriq",
    A("rejection", FQ, FQR, 11, "teamtailor", "en"),
    text="""\
Hi Tiago,

Thanks again for taking the time to meet Duarte and for all the energy you brought to the conversation. Honestly, you were one of the strongest profiles we saw on the shop-floor side.

In the end we decided to hire someone with more experience implementing software at customers, which is where we need help most in the next six months. It was a close call.

We'd love to stay in touch – we will be hiring more industrial engineers in 2026.

All the best,
Duarte & Inês
Fabriq

Powered by Teamtailor
""",
)

MAIL: list[dict[str, Any]] = [
    _hw1_conf,
    _hw1_shl,
    _hw1_int,
    _hw1_rej,
    _hw2_li,
    _hw2_sf,
    _hw2_int,
    _hw2_visit,
    _hw2_auto,
    _hw2_wd,
    _mv_ne,
    _mv_int1,
    _mv_int2,
    _mv_resched,
    _mv_offer,
    _mv_accept,
    _mv_docusign,
    _mv_onb1,
    _mv_onb2,
    _so_conf,
    _so_viewed,
    _so_int,
    _so_rej,
    _nv_acct,
    _nv1_conf,
    _nv1_hv,
    _nv1_rej,
    _nv2_nudge,
    _nv2_conf,
    _nv2_task,
    _nv2_rej,
    _md_acct,
    _md_conf,
    _md_hold,
    _bv_conf,
    _bv_int1,
    _bv_case,
    _bv_ooo,
    _bv_int2,
    _bv_offer,
    _bv_declined,
    _vk_conf,
    _vk_int,
    _vk_cancel,
    _vk_rej,
    _vk_survey,
    _fq_conf,
    _fq_int,
    _fq_rej,
]
