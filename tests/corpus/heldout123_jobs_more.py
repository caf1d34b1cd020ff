# ruff: noqa: E501, RUF100
"""Corpus 123, job mail part two (data only): see heldout123.py."""

from __future__ import annotations

from typing import Any

from heldout123_jobs import (
    BA,
    BAR,
    CF,
    CFR,
    CL,
    CLR,
    DD,
    DDR,
    IQ,
    IQR,
    MG,
    MGR,
    NT,
    NTR,
    OV,
    OVR,
    PX,
    PXR,
    SP,
    SPR,
    VD,
    VDR,
    VT,
    VTR,
    A,
    J,
    ics,
    m,
    reply,
)

# --- 13: Correia & Fontes Informática (SAPO Emprego): ghosted ---------------------------------

MAIL: list[dict[str, Any]] = [
    m(
        "cf13c",
        "2025-10-03 14:10",
        "SAPO Emprego <emprego@noreply.sapo.pt>",
        "Confirmação de envio de candidatura",
        A("confirmation", CF, CFR, 13, "other"),
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #6db33f;padding:8px 0"><b style="color:#6db33f;font-size:20px">SAPO</b> <span style="font-size:18px">Emprego</span></td></tr>
<tr><td style="padding:16px 0">
<p>Caro(a) Marta Teixeira Lobo,</p>
<p>Confirmamos o envio da sua candidatura para a oferta:</p>
<p><b>Técnico/a de QA</b><br>Correia &amp; Fontes Informática<br>Lisboa – Lumiar</p>
<p>A entidade empregadora receberá o seu currículo e entrará em contacto consigo caso o seu perfil seja selecionado.</p>
<p>Veja outras ofertas semelhantes em <a href="https://emprego.sapo.pt/pesquisa?q=qa&amp;l=lisboa">emprego.sapo.pt</a>.</p>
<p>Obrigado por utilizar o SAPO Emprego.</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">MEO – Serviços de Comunicações e Multimédia, S.A. · Esta é uma mensagem automática, por favor não responda.</td></tr></table>
</body></html>""",
    ),
]

# --- 14: Infraquest, through an IEFP convocatória ----------------------------------------------

MAIL += [
    m(
        "iefp0",
        "2025-09-15 10:32",
        "IEFP, I.P. <iefponline@iefp.pt>",
        "Convocatória – Entrevista de acompanhamento",
        J("other_job", "other"),
        """INSTITUTO DO EMPREGO E FORMAÇÃO PROFISSIONAL, I.P.
Serviço de Emprego de Lisboa – Picoas

CONVOCATÓRIA

Exma. Senhora Marta Sofia Teixeira Lobo
N.º de utente: 2025-118 462 019

Nos termos do artigo 41.º do Decreto-Lei n.º 220/2006, de 3 de novembro, na sua redação atual,
fica V. Ex.ª convocada a comparecer no Serviço de Emprego de Lisboa – Picoas, Av. Fontes
Pereira de Melo, 20, no dia 22-09-2025, pelas 09:30 horas, a fim de participar numa entrevista
de acompanhamento para elaboração do seu Plano Pessoal de Emprego (PPE).

Deverá fazer-se acompanhar do Cartão de Cidadão e do seu curriculum vitae atualizado.

A falta injustificada à presente convocatória determina a anulação da inscrição e a cessação
das prestações de desemprego, nos termos legais.

Para justificar a falta ou reagendar, utilize a área reservada em iefponline.iefp.pt.

O Diretor do Serviço de Emprego
Esta mensagem foi gerada automaticamente. Não responda a este endereço.
""",
    ),
    m(
        "iq14i",
        "2025-10-28 10:05",
        "IEFP, I.P. <iefponline@iefp.pt>",
        "Convocatória – Apresentação a Oferta de Emprego n.º 588412/2025",
        A("interview", IQ, IQR, 14, "other"),
        """INSTITUTO DO EMPREGO E FORMAÇÃO PROFISSIONAL, I.P.
Serviço de Emprego de Lisboa – Picoas

CONVOCATÓRIA PARA APRESENTAÇÃO A OFERTA DE EMPREGO

Exma. Senhora Marta Sofia Teixeira Lobo
N.º de utente: 2025-118 462 019

Informa-se que V. Ex.ª foi selecionada para a oferta de emprego abaixo identificada, devendo
apresentar-se para entrevista de seleção na entidade empregadora:

  Oferta n.º: 588412/2025
  Profissão: Técnico/a de Testes de Software
  Entidade: INFRAQUEST – SISTEMAS DE INFORMAÇÃO, LDA.
  Morada: Rua Dr. António Loureiro Borges, 9, 1495-131 Algés
  Data/hora: 04-11-2025, 14:30
  Contacto: Dra. Lúcia Gravato – 214 105 330

Deverá fazer-se acompanhar da presente convocatória, do Cartão de Cidadão e do CV.

A recusa de emprego conveniente ou a falta injustificada podem determinar a anulação da
inscrição e a cessação das prestações de desemprego (artigos 41.º e 49.º do DL 220/2006).

Após a entrevista, deverá comunicar o resultado ao seu Serviço de Emprego no prazo de 5 dias
úteis.

O Técnico de Emprego
Sérgio Amaral
""",
    ),
    m(
        "iq14r",
        "2025-11-07 15:40",
        "Lúcia Gravato <lucia.gravato@infraquest.example>",
        "Oferta IEFP 588412/2025",
        A("rejection", IQ, IQR, 14, "direct"),
        """Exma. Sra. D. Marta Lobo,

Agradecemos a sua presença na entrevista do passado dia 4 de novembro, no âmbito da oferta de
emprego IEFP n.º 588412/2025.

Informamos que, nesta fase, a sua candidatura não foi selecionada, uma vez que a função se
destina a testes manuais em ambiente SAP e procurávamos um perfil com experiência específica
nesse ERP. Comunicámos igualmente o resultado ao IEFP.

Com os melhores cumprimentos,

Lúcia Gravato
Departamento Administrativo e RH
Infraquest – Sistemas de Informação, Lda.
Rua Dr. António Loureiro Borges, 9 – 1495-131 Algés | Tel. 214 105 330
""",
    ),
    m(
        "iefp1",
        "2025-11-18 09:02",
        "IEFP, I.P. <iefponline@iefp.pt>",
        "Pedido de informação – resultado da apresentação à oferta 588412/2025",
        J("other_job", "other", IQ, IQR),
        """Exma. Senhora,

Não consta do nosso sistema o resultado da sua apresentação à oferta de emprego n.º
588412/2025 (INFRAQUEST – SISTEMAS DE INFORMAÇÃO, LDA.).

Solicitamos que, no prazo de 5 dias úteis, comunique o resultado através da área reservada do
iefponline (Menu "As minhas ofertas" > "Comunicar resultado"), ou presencialmente no seu Serviço
de Emprego.

Com os melhores cumprimentos,
IEFP – Serviço de Emprego de Lisboa – Picoas
""",
    ),
    m(
        "iefp2",
        "2026-02-17 11:20",
        "IEFP, I.P. <iefponline@iefp.pt>",
        "Comunicação de anulação de inscrição – colocação por meios próprios",
        J("other_job", "other"),
        """Exma. Senhora Marta Sofia Teixeira Lobo,

Na sequência da sua comunicação de celebração de contrato de trabalho com início a 02-03-2026,
informamos que a sua inscrição como desempregada no Serviço de Emprego de Lisboa – Picoas
será anulada com efeitos a essa data, por colocação por meios próprios.

Desejamos-lhe os maiores sucessos profissionais.

Recorde que pode continuar a utilizar o iefponline para consultar ofertas de formação.

IEFP, I.P.
""",
    ),
]

# --- 15: Veltrac (Greenhouse, Lisbon scale-up in English) --------------------------------------

_vt_int = m(
    "vt15i",
    "2025-10-29 11:44",
    "Mariana Ferraz <no-reply@us.greenhouse-mail.io>",
    "Interview Confirmation: Veltrac – SDET",
    A("interview", VT, VTR, 15, "greenhouse", "en"),
    """Hi Marta,

Thanks for your time so far! Your interview for the SDET (Software Development Engineer in
Test) role has been scheduled:

  Tuesday, November 4, 2025
  15:00 – 16:00 WET (Lisbon)
  Technical Interview – Test Automation
  with Rohan Mehta (Staff SDET) and Carla Viegas (QA Manager)
  Zoom: https://veltrac.zoom.us/j/86612047733

Please let me know if you need any accommodations.

Best,
Mariana Ferraz
Senior Recruiter | Veltrac
""",
    reply_to="Mariana Ferraz <mariana.ferraz@veltrac.example>",
    ics=ics(
        "greenhouse-scheduled-4471093002@greenhouse.io",
        "2025-11-04 15:00",
        "Veltrac – Technical Interview (Marta Teixeira Lobo)",
        ("Mariana Ferraz", "mariana.ferraz@veltrac.example"),
        attendees=[
            ("Rohan Mehta", "rohan.mehta@veltrac.example"),
            ("Carla Viegas", "carla.viegas@veltrac.example"),
        ],
        location="https://veltrac.zoom.us/j/86612047733",
    ),
)

MAIL += [
    m(
        "vt15c",
        "2025-10-06 17:30",
        "Veltrac Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying!",
        A("confirmation", VT, VTR, 15, "greenhouse", "en"),
        html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
<p>Hi Marta,</p>
<p>Thank you for applying to the <b>SDET (Software Development Engineer in Test)</b> role. We're excited that you're interested in helping us build the fleet-telematics platform that keeps 40,000 trucks moving across Europe.</p>
<p>Our recruiting team reviews every application. If your background is a match, someone will be in touch within 10 business days.</p>
<p>Cheers,<br>Veltrac Talent</p>
<p style="font-size:11px;color:#8e8e93">Veltrac, Unipessoal Lda. · Avenida da Liberdade 245, 1250-143 Lisboa<br>
<a href="https://boards.greenhouse.io/vltrc">boards.greenhouse.io/vltrc</a></p>
</body></html>""",
    ),
    m(
        "vt15a",
        "2025-10-13 12:08",
        "CodeSignal <noreply@codesignal.com>",
        "Veltrac has invited you to complete an assessment",
        A("assessment", VT, VTR, 15, "codesignal", "en"),
        """Hi Marta,

Veltrac has invited you to take the following assessment as part of your application:

  Veltrac – SDET General Coding Assessment (70 min)

Please complete it by October 20, 2025 at 11:59 PM WEST.

Start assessment: https://app.codesignal.com/test/qZ8pX3rT7wLm?invitation=pp4f2

Tips:
- Use a stable internet connection and a desktop browser.
- You may use the language of your choice.
- The assessment is proctored: your camera and screen will be recorded.

Good luck!
The CodeSignal Team
""",
    ),
    _vt_int,
    m(
        "vt15j",
        "2025-11-10 10:22",
        "Mariana Ferraz <mariana.ferraz@veltrac.example>",
        "Re: Interview Confirmation: Veltrac – SDET",
        A("interview", VT, VTR, 15, "direct", "en"),
        """Hi Marta,

Great news – the team really enjoyed the technical interview and we'd like to invite you to
our final round, on site in our Liberdade office:

  Friday, November 14, 10:00 – 13:00
  - System design for testability (60 min)
  - Values & collaboration with our VP Engineering (45 min)
  - Lunch with the QA team (optional, but they insist!)

Calendar invite attached. Ask for me at reception, 4th floor.

Best,
Mariana
""",
        ics=ics(
            "greenhouse-scheduled-4471093877@greenhouse.io",
            "2025-11-14 10:00",
            "Veltrac – Final round (Marta Teixeira Lobo)",
            ("Mariana Ferraz", "mariana.ferraz@veltrac.example"),
            minutes=180,
            location="Veltrac, Av. da Liberdade 245, 4.º, Lisboa",
        ),
        **reply(_vt_int),
    ),
    m(
        "vt15r",
        "2025-11-19 18:12",
        "Mariana Ferraz <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        A("rejection", VT, VTR, 15, "greenhouse", "en"),
        """Hi Marta,

I wanted to personally thank you for the time and energy you put into our process – the
assessment, the technical interview and a whole morning with us on Friday. The team really
appreciated your thoughtful approach to risk-based testing.

This was a close call. In the end, we decided to extend an offer to another candidate whose
experience with embedded/IoT test rigs is a closer fit for what the telematics squad needs
in the next six months.

I know this is disappointing to hear after a final round. If you'd like feedback, I'm happy to
set up a quick call. And we'd love to keep in touch for future roles.

Warmly,
Mariana Ferraz
Senior Recruiter | Veltrac
""",
        reply_to="Mariana Ferraz <mariana.ferraz@veltrac.example>",
    ),
    m(
        "vt15s",
        "2025-11-24 09:00",
        "Veltrac <no-reply@us.greenhouse-mail.io>",
        "How did we do? Tell us about your interview experience",
        J("other_job", "greenhouse", VT, lang="en"),
        """Hi Marta,

You recently interviewed with Veltrac. We'd love to hear about your experience – good or bad –
so we can keep improving how we hire.

The survey takes 2 minutes and your answers are anonymous and not shared with the interviewers.

Take the survey: https://app.greenhouse.io/candidate_surveys/a17f2c9e4b

Thank you!
Veltrac Talent Team
""",
    ),
]

# --- 16: Corvid Labs (Lever + HackerRank) -----------------------------------------------------

MAIL += [
    m(
        "cl16c",
        "2025-10-08 22:02",
        "Corvid Labs <no-reply@hire.lever.co>",
        "Your application to Corvid Labs",
        A("confirmation", CL, CLR, 16, "lever", "en"),
        """Hi Marta,

Thanks for applying to Corvid Labs! We've received your application for QA Engineer (Remote,
EU) and we're glad you're interested in joining us.

We're a small team (23 people) building developer tools for observability, so every hire
matters a lot to us. We'll review your application and get back to you as soon as we can.

– The Corvid Labs team

Corvid Labs Inc. · 548 Market St, San Francisco, CA 94104
""",
    ),
    m(
        "cl16a",
        "2025-10-10 15:33",
        "HackerRank <noreply@hackerrank.com>",
        "Invitation: Corvid Labs – QA Engineer Screening",
        A("assessment", CL, CLR, 16, "hackerrank", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f3f7f7">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://hrcdn.net/fcore/assets/brand/logo-new-white-green-a5cb16e0ae.svg" alt="HackerRank" width="120">
<p>Hi Marta Teixeira Lobo,</p>
<p>You have been invited by <b>Corvid Labs</b> to take the <b>QA Engineer Screening</b> test.</p>
<ul><li>Duration: 90 minutes</li><li>Questions: 4 (2 coding, 1 SQL, 1 test-case design)</li><li>Expires: Oct 17, 2025, 11:59 PM UTC</li></ul>
<p><a href="https://www.hackerrank.com/test/d4k7t2m1b/login?b=eyJ1c2VybmFtZSI6Im1hcnRh" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Start Test</a></p>
<p>Please ensure you have a stable internet connection before starting. Once started, the timer cannot be paused.</p>
<p>Best of luck!<br>Team HackerRank</p>
</td></tr></table></body></html>""",
    ),
    m(
        "cl16r",
        "2025-10-24 06:15",
        "Corvid Labs <no-reply@hire.lever.co>",
        "Corvid Labs – thank you",
        A("rejection", CL, CLR, 16, "lever", "en"),
        """Hi Marta,

Thank you for completing our screening test and for your interest in Corvid Labs.

We've now reviewed all results for the QA Engineer (Remote, EU) role. Your test-case design
answer was one of the strongest we saw, but we are moving ahead with candidates who scored
higher on the coding portion, as the role involves a lot of Go tooling work.

We really appreciate your time and wish you all the best.

Ana Ruiz
People Ops, Corvid Labs
""",
    ),
]

# --- 17: Nordlys Telecom (SmartRecruiters): a slow no ------------------------------------------

MAIL += [
    m(
        "nt17c",
        "2025-10-15 10:10",
        "Nordlys Telecom <noreply@smartrecruiters.com>",
        "Thank you for your application",
        A("confirmation", NT, NTR, 17, "smartrecruiters", "en"),
        """Dear Marta,

Thank you for applying for the Quality Engineer – Network Automation position at Nordlys
Telecom's Lisbon Technology Hub. Your application has been received.

Our Talent Acquisition team will carefully review your profile against the requirements of the
role. We will contact you if there is a match.

You can view the status of your application at any time:
https://jobs.smartrecruiters.com/NordlysTelecomASA/candidate-portal

Kind regards,
Talent Acquisition
Nordlys Telecom ASA | Lisbon Technology Hub, Rua do Polo Sul, Parque das Nações
""",
    ),
    m(
        "nt17r",
        "2025-12-18 15:27",
        "Nordlys Telecom <noreply@smartrecruiters.com>",
        "Your application status",
        A("rejection", NT, NTR, 17, "smartrecruiters", "en"),
        """Dear Marta,

We would like to thank you for your interest in Nordlys Telecom and for your patience during
our selection process for the Quality Engineer – Network Automation position.

After careful review, we regret to inform you that we have decided to proceed with other
candidates whose qualifications more closely match the requirements of this role.

We will keep your details in our talent pool and may contact you about future opportunities.

We wish you every success in your career.

Kind regards,
Talent Acquisition
Nordlys Telecom ASA
""",
    ),
]

# --- 18: Seguradora Portus (Indeed, then the employer): on hold ----------------------------

MAIL += [
    m(
        "sp18c",
        "2025-11-03 21:30",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Analista de Testes (Seguros)",
        A("confirmation", SP, SPR, 18, "indeed"),
        """Indeed

Candidatura enviada

Analista de Testes (Seguros)
Seguradora Portus – Lisboa, Lisboa

A sua candidatura foi enviada para Seguradora Portus. Eis o que incluiu:
  • CV: CV_MartaTeixeiraLobo_2025.pdf
  • Perguntas de triagem: 3 respondidas

Próximos passos
O empregador poderá contactá-la por email ou telefone. Pode acompanhar o estado das suas
candidaturas em https://myjobs.indeed.com/applied

Indeed Ireland Operations Limited, Block C, Capital Dock, Dublin 2
""",
    ),
    m(
        "sp18i",
        "2025-11-13 12:40",
        "Vera Saldanha <vera.saldanha@portus-seguros.example>",
        "Entrevista – Analista de Testes",
        A("interview", SP, SPR, 18, "direct"),
        """Boa tarde Marta,

Na sequência da sua candidatura via Indeed à função de Analista de Testes, gostaríamos de a
convidar para uma entrevista presencial nas nossas instalações:

Dia 20 de novembro (quinta-feira), às 10h00
Seguradora Portus – Torre Oriente, Av. D. João II, 1.07.2.1, 8.º piso, Parque das Nações

A entrevista será conduzida por mim e pelo Dr. Hélder Costa, responsável da Unidade de
Qualidade Aplicacional.

Agradeço confirmação.

Cumprimentos,
Vera Saldanha
Gestão de Talento | Direção de Recursos Humanos

PORTUS – Companhia de Seguros, S.A. · Capital social 45.000.000 € · NIPC 503 117 904
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C8A6E3F1B354DC01000000000000000010000000A7B3",
            "2025-11-20 10:00",
            "Entrevista Marta Teixeira Lobo – Analista de Testes",
            ("Vera Saldanha", "vera.saldanha@portus-seguros.example"),
            style="outlook",
            attendees=[("Hélder Costa", "helder.costa@portus-seguros.example")],
            location="Torre Oriente, 8.º piso – Sala 3",
        ),
    ),
    m(
        "sp18h",
        "2025-12-04 17:55",
        "Vera Saldanha <vera.saldanha@portus-seguros.example>",
        "Processo de recrutamento – Analista de Testes",
        A("confirmation", SP, SPR, 18, "direct"),
        """Cara Marta,

Agradecemos mais uma vez a sua participação na entrevista de dia 20 de novembro.

Venho informar que, por decisão da Administração, o processo de recrutamento para a função de
Analista de Testes ficou suspenso até à aprovação do plano de investimento em sistemas para
2026, prevista para o final do primeiro trimestre.

A sua candidatura mantém-se ativa e, assim que houver novidades, voltaremos a contactá-la.

Com os melhores cumprimentos,
Vera Saldanha
Gestão de Talento | Direção de Recursos Humanos
PORTUS – Companhia de Seguros, S.A.
""",
        st="on_hold",
    ),
]

# --- 19: Pixelforma (LinkedIn), 20: Doca Digital (Workable, forwarded): ghosted --------------

MAIL += [
    m(
        "px19c",
        "2025-11-06 13:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, a sua candidatura foi enviada para Pixelforma",
        A("confirmation", PX, PXR, 19, "linkedin"),
        """A sua candidatura foi enviada para Pixelforma

QA Tester
Pixelforma · Lisboa, Portugal (Presencial)
Candidatura enviada em 6 de novembro de 2025

Ver vaga: https://www.linkedin.com/jobs/view/4188120459/

Os próximos passos para ter mais sucesso na sua procura de emprego
Crie alertas para vagas semelhantes · Atualize o seu perfil

Este email destina-se a Marta Teixeira Lobo (QA Engineer | Test Automation)
Cancelar subscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "dd20f",
        "2025-11-18 08:26",
        "Marta Lobo <martinha_lobo@hotmail.com>",
        "Fwd: Obrigado pela tua candidatura!",
        A("confirmation", DD, DDR, 20, "workable"),
        """Enviei do email antigo sem querer... guardar aqui

Obter o Outlook para Android

________________________________
From: Doca Digital <noreply@candidates.workablemail.com>
Sent: Monday, November 17, 2025 11:48:31 PM
To: martinha_lobo@hotmail.com <martinha_lobo@hotmail.com>
Subject: Obrigado pela tua candidatura!

Olá Marta,

Obrigado por te candidatares à vaga de QA Engineer na Doca Digital! Recebemos a tua
candidatura e a nossa equipa vai analisá-la nos próximos dias.

Se o teu perfil avançar, entramos em contacto para marcar uma primeira conversa.

Abraço,
Equipa Doca Digital

Enviado através de Workable · https://apply.workable.com/doca-digital/
""",
        to="marta.tlobo@gmail.com",
    ),
]

# --- 21: Bússola Analytics (a referral; the Head of Engineering writes from Gmail) ----------

_ba_ex = m(
    "ba21a",
    "2025-12-01 21:14",
    "Fábio Ventura <fabio.ventura.dev@gmail.com>",
    "Re: CV – QA (referência do João Pestana)",
    A("assessment", BA, BAR, 21, "direct"),
    """Olá Marta,

Obrigado pelo email e pelo CV, o João já me tinha falado de ti. Estamos mesmo à procura de
alguém para a qualidade da nossa plataforma de dados (pipelines em Airflow + dbt, dashboards
para clientes de retalho).

Antes de marcarmos conversa, propunha-te um pequeno exercício – nada de muito longo:
https://github.com/bussola-analytics/qa-exercise (repo privado, mandei-te convite no GitHub)

A ideia é escreveres testes de qualidade de dados para dois modelos dbt e explicares num README
o que testarias mais se tivesses tempo. Uma a duas horas chega. Sem pressa, até dia 10.

Abraço,
Fábio
Head of Engineering @ Bússola Analytics

On Mon, 1 Dec 2025 at 10:02, Marta Teixeira Lobo <marta.tlobo@gmail.com> wrote:
> Olá Fábio,
> O João Pestana deu-me o seu contacto e disse que a Bússola está a contratar para QA.
> Envio em anexo o meu CV. Tenho 8 anos de experiência em testes, os últimos 4 em automação
> (Selenium, Cypress, Playwright) e algum trabalho com testes de dados em SQL.
> Obrigada!
> Marta Teixeira Lobo
""",
)

_ba_int = m(
    "ba21i",
    "2025-12-12 18:40",
    "Fábio Ventura <fabio.ventura.dev@gmail.com>",
    "Re: CV – QA (referência do João Pestana)",
    A("interview", BA, BAR, 21, "direct"),
    """Marta, recebi o exercício – gostei muito, sobretudo das ideias de testes de frescura
dos dados no README. Vamos falar? Mandei convite para quarta às 18h (sei que é tarde, mas é a
hora em que o Pedro, o nosso CEO, está livre). É por Meet.

F.
""",
    ics=ics(
        "9j3k7l1m5n0b4v8c2x6z@google.com",
        "2025-12-17 18:00",
        "Bússola x Marta – conversa",
        ("Fábio Ventura", "fabio.ventura.dev@gmail.com"),
        minutes=45,
        attendees=[("Pedro Garcia", "pedro@bussola-analytics.example")],
        description="Participar com o Google Meet: https://meet.google.com/urb-nvke-qsi",
    ),
    **reply(_ba_ex),
)

MAIL += [
    _ba_ex,
    _ba_int,
    m(
        "ba21r",
        "2026-01-14 22:05",
        "Fábio Ventura <fabio.ventura.dev@gmail.com>",
        "Re: CV – QA (referência do João Pestana)",
        A("rejection", BA, BAR, 21, "direct"),
        """Olá Marta,

Desculpa a demora, janeiro está a ser uma loucura. Queria dar-te uma resposta honesta: gostámos
imenso de ti e do exercício, mas depois de fecharmos as contas para 2026 decidimos que a
próxima contratação tem de ser um data engineer, e a posição de QA fica para mais tarde (se
ficar). Por isso não vamos avançar agora.

Lamento mesmo, sei que investiste tempo nisto. Se precisares de uma referência ou de alguém que
fale bem de ti, conta comigo.

Um abraço e boa sorte,
Fábio
""",
        **reply(_ba_int, _ba_ex),
    ),
]

# --- 22: Mapleway Games (Ashby): a fast no ------------------------------------------------------

MAIL += [
    m(
        "mg22c",
        "2025-12-02 19:11",
        "Mapleway Games <no-reply@ashbyhq.com>",
        "We've received your application",
        A("confirmation", MG, MGR, 22, "ashby", "en"),
        """Hi Marta,

Thanks so much for applying to be our QA Automation Engineer (Games)! We're a studio of 60
people making cosy multiplayer games, and we're thrilled you want to help us ship them with
fewer bugs.

We'll be in touch soon.

The Mapleway Games team
https://jobs.ashbyhq.com/mapleway
""",
    ),
    m(
        "mg22r",
        "2025-12-05 08:02",
        "Mapleway Games <no-reply@ashbyhq.com>",
        "Your Mapleway Games application",
        A("rejection", MG, MGR, 22, "ashby", "en"),
        """Hi Marta,

Thank you for your interest in Mapleway Games and for applying to the QA Automation Engineer
(Games) role.

Unfortunately, we won't be moving forward with your application at this time. For this role
we're looking specifically for experience with Unity test frameworks and console certification
(TRC/XR) processes.

We appreciate your time and wish you luck in your search.

Best,
Mapleway Games Recruiting
""",
    ),
]

# --- 23: Ondaverde Energia (LinkedIn): viewed, then nothing ------------------------------------

MAIL += [
    m(
        "ov23c",
        "2026-01-06 10:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marta, a sua candidatura foi enviada para Ondaverde Energia",
        A("confirmation", OV, OVR, 23, "linkedin"),
        """A sua candidatura foi enviada para Ondaverde Energia

Test Analyst – SAP IS-U
Ondaverde Energia · Lisboa, Portugal (Híbrido)
Candidatura enviada em 6 de janeiro de 2026

Ver vaga: https://www.linkedin.com/jobs/view/4231776608/

Este email destina-se a Marta Teixeira Lobo (QA Engineer | Test Automation)
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "ov23v",
        "2026-01-09 16:21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "A sua candidatura foi vista pela Ondaverde Energia",
        A("viewed", OV, OVR, 23, "linkedin"),
        """A Ondaverde Energia viu a sua candidatura

Test Analyst – SAP IS-U
Ondaverde Energia · Lisboa, Portugal
Candidatou-se há 3 dias

Ver vagas semelhantes: https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=4231776608

© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
]

# --- 24: Kestrel Search (headhunter) for a client named later: Vitalis Digital --------------

_ks_out = m(
    "ks24a",
    "2026-01-13 09:12",
    "Rui Nogueira <rui.nogueira@kestrelsearch.example>",
    "QA Lead – saúde digital | confidencial",
    J("outreach", "agency", None, VDR),
    """Bom dia Marta,

O meu nome é Rui Nogueira, sou consultor na Kestrel Search, onde acompanho recrutamento
especializado em Tecnologia.

Estou a trabalhar, em regime de exclusividade, num processo de QA Lead para uma empresa
portuguesa de saúde digital em forte crescimento (série B fechada em 2025, cerca de 120
pessoas, sede em Lisboa). A função lidera uma equipa de 4 QAs e reporta ao CTO.

Pelo seu percurso, pareceu-me um passo natural. Teria disponibilidade para uma conversa
telefónica esta semana? Naturalmente, todo o processo é tratado com total confidencialidade.

Com os melhores cumprimentos,
Rui Nogueira
Senior Consultant – Technology
Kestrel Search | Av. Eng. Duarte Pacheco, 26, Lisboa
T. +351 213 880 412 | M. +351 917 330 548
""",
)

_ks_conf = m(
    "ks24c",
    "2026-01-20 16:35",
    "Rui Nogueira <rui.nogueira@kestrelsearch.example>",
    "Candidatura apresentada – QA Lead",
    A("confirmation", VD, VDR, 24, "agency"),
    """Olá Marta,

Obrigado pela conversa de ontem. Conforme acordado, apresentei hoje a sua candidatura ao
cliente, que agora posso identificar: a Vitalis Digital (plataforma de teleconsulta e gestão de
doentes crónicos).

Em anexo segue a descrição completa da função. A Vitalis tem pressa e deverá propor datas para
entrevista ainda esta semana.

Cumprimentos,
Rui Nogueira
Kestrel Search
""",
    attach=[
        (
            "Vitalis_Digital_QA_Lead_JD.pdf",
            "application/pdf",
            "%PDF-1.4\n% QA Lead – Vitalis Digital – descrição de funções\n%%EOF\n",
        )
    ],
    **reply(_ks_out),
)

_ks_int = m(
    "ks24i",
    "2026-01-26 11:03",
    "Rui Nogueira <rui.nogueira@kestrelsearch.example>",
    "RE: Candidatura apresentada – QA Lead",
    A("interview", VD, VDR, 24, "agency"),
    """Marta,

A Vitalis propõe entrevista com o CTO (André Bettencourt) e a Head of People na quinta-feira,
29/01, às 11h00, nas instalações deles (Rua Rodrigues Sampaio, 97, 3.º). Reencaminho o convite
que me enviaram. Confirma-me, por favor.

Rui
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E4C1D7A2F08EDC01000000000000000010000000B5C6",
        "2026-01-29 11:00",
        "Vitalis Digital | Entrevista QA Lead – Marta Teixeira Lobo",
        ("Rui Nogueira", "rui.nogueira@kestrelsearch.example"),
        style="outlook",
        attendees=[("André Bettencourt", "andre.bettencourt@vitalis-digital.example")],
        location="Vitalis Digital – Rua Rodrigues Sampaio, 97, 3.º, Lisboa",
    ),
    **reply(_ks_conf, _ks_out),
)

MAIL += [
    _ks_out,
    _ks_conf,
    _ks_int,
    m(
        "ks24w",
        "2026-02-11 12:18",
        "Rui Nogueira <rui.nogueira@kestrelsearch.example>",
        "RE: Vitalis Digital – QA Lead",
        A("confirmation", VD, VDR, 24, "agency"),
        """Olá Marta,

Obrigado pelo aviso. Lamento, porque o feedback da Vitalis tinha sido bom e iam propor-lhe uma
segunda reunião, mas compreendo a decisão. Já comuniquei ao cliente que retira a candidatura.

Parabéns pela nova função e felicidades! Fico com o seu contacto para o futuro.

Rui Nogueira
Kestrel Search
""",
        st="withdrawn",
    ),
]

# --- Alerts, outreach with no application ----------------------------------------------------

MAIL += [
    m(
        "al01",
        "2025-09-05 08:00",
        "ITJobs.pt <alertas@itjobs.pt>",
        '7 novas ofertas para "QA" em Lisboa',
        J("alert", "other"),
        """Olá Marta, estas são as novas ofertas do teu alerta "QA – Lisboa":

• QA Automation Engineer – Grupo Banco Meridional – Lisboa (Híbrido)
• Engenheiro/a de QA – LSA – Oeiras
• Test Analyst – Nearshore Iberia Partners – Lisboa
• QA Tester (m/f) – Pixelforma – Lisboa
• Software Tester – Pluma Software – Lisboa
• SDET – Veltrac – Lisboa (Remoto parcial)
• Quality Engineer – Nordlys Telecom – Lisboa

Ver todas: https://www.itjobs.pt/emprego?q=qa&location=14&utm_source=alerta

Para alterar ou remover este alerta: https://www.itjobs.pt/conta/alertas
""",
        headers={"List-Unsubscribe": "<https://www.itjobs.pt/conta/alertas/unsubscribe?id=77120>"},
    ),
    m(
        "al02",
        "2025-09-09 07:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“QA Automation”: Lumen Retail Tech - QA Automation Engineer and more",
        J("alert", "linkedin", lang="en"),
        """Your job alert for QA Automation in Lisbon, Lisbon, Portugal
12 new jobs match your preferences.

QA Automation Engineer
Lumen Retail Tech · Lisbon (Hybrid)
Easy Apply · Actively recruiting

Senior QA Engineer
Kelpie Health · Portugal (Remote)

QA Engineer (Playwright/TypeScript)
Helix Ledger · European Union (Remote)

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=1837720

Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "al03",
        "2025-09-19 06:30",
        "Net-Empregos <alertas@net-empregos.com>",
        "Alerta de emprego: Informática (Programação) – Lisboa",
        J("alert", "other"),
        """Net-Empregos.com – Alerta de emprego

Foram publicados 23 novos anúncios que correspondem ao seu alerta:

- Tester de Software (Web e Mobile) – Lisboa
- Técnico de Suporte Informático – Amadora
- Programador Java (m/f) – Lisboa
- Analista de Testes – Lisboa
- Operador de Call Center Técnico – Oeiras
...

Ver todos os anúncios: https://www.net-empregos.com/pesquisa-empregos.asp?categoria=5&zona=11

Para cancelar este alerta aceda à sua área pessoal em net-empregos.com
""",
    ),
    m(
        "al04",
        "2025-10-04 18:00",
        "Indeed <alert@indeed.com>",
        "Analista de Testes (Seguros) – Seguradora Portus e mais 14 vagas novas",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p style="font-size:18px"><b>Novas vagas para: qa tester, Lisboa</b></p>
<table cellpadding="6">
<tr><td><a href="https://pt.indeed.com/rc/clk?jk=5b8e22a1">Analista de Testes (Seguros)</a><br>Seguradora Portus · Lisboa<br><span style="color:#767676">Candidatura fácil · Publicada há 1 dia</span></td></tr>
<tr><td><a href="https://pt.indeed.com/rc/clk?jk=3a9c71f0">QA Engineer</a><br>Doca Digital · Lisboa · Híbrido</td></tr>
<tr><td><a href="https://pt.indeed.com/rc/clk?jk=c01d6e94">Técnico de Testes de Software</a><br>Empresa confidencial · Algés</td></tr>
</table>
<p style="font-size:11px;color:#767676">Recebeu este email porque subscreveu alertas de emprego do Indeed. <a href="https://pt.indeed.com/alert/unsubscribe">Cancelar subscrição</a></p>
</body></html>""",
    ),
    m(
        "al05",
        "2025-10-25 09:00",
        "Landing.jobs <hello@landing.jobs>",
        "Relocation? Nah. 18 remote QA roles you can do from Lisbon",
        J("alert", "other", lang="en"),
        """Hey Marta,

This week's handpicked jobs for QA & Testing:

→ SDET · Veltrac · Lisbon · €45k–€58k
→ QA Engineer · Orbitar · Remote PT · €38k–€48k
→ Test Automation Engineer (Playwright) · Tagus Mobility · Lisbon · €35k–€45k
→ QA Lead · Confidential (health tech) · Lisbon · €55k+

Plus: "How to prepare for a live-coding interview as a tester" on our blog.

See all: https://landing.jobs/jobs?tags=qa&utm_campaign=weekly

You're getting this because you subscribed to Landing.jobs weekly picks. Unsubscribe:
https://landing.jobs/unsubscribe/ql4n
""",
        headers={"List-Unsubscribe": "<https://landing.jobs/unsubscribe/ql4n>"},
    ),
    m(
        "al06",
        "2025-11-08 07:45",
        "ITJobs.pt <alertas@itjobs.pt>",
        '4 novas ofertas para "QA" em Lisboa',
        J("alert", "other"),
        """Olá Marta, estas são as novas ofertas do teu alerta "QA – Lisboa":

• Test Automation Engineer (Playwright) – Tagus Mobility – Lisboa
• QA Engineer – Doca Digital – Lisboa
• QA Analyst (m/f) – Consultora Tecnológica – Porto
• Analista de Qualidade de Software – Câmara Municipal (via concurso) – Lisboa

Ver todas: https://www.itjobs.pt/emprego?q=qa&location=14&utm_source=alerta
""",
    ),
    m(
        "al07",
        "2025-11-27 11:30",
        "SAPO Emprego <emprego@noreply.sapo.pt>",
        "Novas ofertas de emprego que podem interessar-lhe",
        J("alert", "other"),
        """SAPO Emprego

Caro(a) Marta Teixeira Lobo,

Encontrámos novas ofertas que correspondem ao seu perfil:

 · Técnico/a de QA – Correia & Fontes Informática – Lisboa
 · Testador de Software Júnior – Empresa de Recrutamento – Setúbal
 · Analista Funcional / Tester – Oeiras

Consulte em https://emprego.sapo.pt/ofertas-para-si

Pode gerir as suas notificações na área pessoal.
""",
    ),
    m(
        "al08",
        "2025-12-09 07:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“QA Automation”: Mapleway Games - QA Automation Engineer (Games) and more",
        J("alert", "linkedin", lang="en"),
        """Your job alert for QA Automation in Portugal
8 new jobs match your preferences.

QA Automation Engineer (Games)
Mapleway Games · Portugal (Remote)

Test Analyst – SAP IS-U
Ondaverde Energia · Lisbon (Hybrid)

QA Lead
Confidential · Lisbon

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=1837720
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "al09",
        "2026-01-17 08:15",
        "Indeed <alert@indeed.com>",
        "QA Analyst – Pluma Software e mais vagas novas para si",
        J("alert", "indeed"),
        """Novas vagas para: qa, Lisboa

QA Analyst
Pluma Software – Lisboa
Candidatura fácil

QA Engineer (Automação)
Meridional Sistemas – Lisboa

Técnico/a de Testes
Infraquest – Algés

Ver mais: https://pt.indeed.com/jobs?q=qa&l=Lisboa

Cancelar subscrição: https://pt.indeed.com/alert/unsubscribe
""",
    ),
    m(
        "ou01",
        "2025-09-30 14:22",
        "Helena Sá via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade QA no Porto – Hexa IT",
        J("outreach", "linkedin", "Hexa IT", "QA Engineer"),
        """Helena Sá
Talent Acquisition at Hexa IT

Olá Marta,

Vi o teu perfil e fiquei curiosa: estamos a recrutar um QA Engineer para a nossa equipa do
Porto (produto próprio de faturação eletrónica, stack Java + Selenium + RestAssured). O regime
é híbrido com 2 dias no escritório da Boavista.

Estarias aberta a mudar para o Porto, ou a fazer a viagem 2x por semana? Se sim, adorava marcar
uma conversa.

Obrigada,
Helena

Reply: https://www.linkedin.com/messaging/thread/2-NzYxY2M0ZjIt/

This message was sent to Marta Teixeira Lobo. LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "ou02",
        "2025-11-04 10:50",
        "Talentree Portugal <joana.freitas@talentree.example>",
        "Projeto QA Tester (6 meses) – cliente do setor retalho",
        J("outreach", "agency", None, "QA Tester"),
        """Olá Marta,

Sou a Joana, da Talentree – Empresa de Trabalho Temporário, Lda. (Alvará n.º 712).

Temos uma necessidade imediata de um QA Tester para um cliente do setor do retalho alimentar,
em Lisboa (Telheiras), para um projeto de migração do sistema de caixas (POS). Duração de 6
meses, com possibilidade de integração.

Condições: contrato de trabalho temporário, 1.500 € brutos + subsídio de alimentação,
horário 9h-18h, presencial.

Caso tenha interesse, responda com o CV atualizado e a sua disponibilidade.

Joana Freitas
Recrutamento & Seleção | Talentree Portugal
""",
    ),
    m(
        "ou03",
        "2025-12-15 19:33",
        "Luís Amaral <luis@tinta.example>",
        "QA freelance para a Tinta? (via Shift Left PT)",
        J("outreach", "direct", "Tinta", "QA freelance"),
        """Olá Marta,

Sou o Luís, co-fundador da Tinta (uma app de gestão para pequenos ateliers de arquitetura).
Li o teu artigo sobre testes de contrato na newsletter Shift Left PT e fiquei a pensar que és
exatamente o tipo de pessoa que nos falta.

Somos 6, ainda sem QA. Estaríamos interessados em algo part-time ou freelance para montar a
estratégia de testes e a primeira suite de automação, e talvez, mais à frente, uma posição a
tempo inteiro.

Se te fizer sentido, bebemos um café em Arroios?

Luís Amaral
Co-founder @ Tinta · tinta.example
""",
    ),
]
