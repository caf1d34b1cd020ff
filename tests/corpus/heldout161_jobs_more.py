# ruff: noqa: E501, RUF100
"""Corpus 161, job mail part two (data only): see heldout161.py."""

from __future__ import annotations

from typing import Any

from heldout161_jobs import (
    AL,
    ALR2,
    AQ,
    AQR,
    AR,
    ARR,
    AT,
    ATR,
    BM,
    BMR,
    CI,
    CIR,
    CL,
    CLR,
    HI,
    HIR,
    HY,
    HYR,
    LS,
    LSR,
    MC,
    MCR,
    PH,
    PHR,
    QA,
    QAR,
    TA,
    TAR,
    VA,
    VAR,
    A,
    J,
    ics,
    m,
    reply,
)

_TT = "Circulária <no-reply@teamtailor.com>"
_ARD = "Congelados Ardora · RRHH <seleccion@congeladosardora.example>"
_QUAD = "Filipa Brandão <filipa.brandao@quadrante-search.example>"

MAIL: list[dict[str, Any]] = [
    # --- 8 Circulária (sustainability start-up; Teamtailor) -----------------------------------
    m(
        "tq3w1",
        "2025-10-03 13:19",
        _TT,
        "Thanks for applying to Circulária 🌱",
        A("confirmation", CI, CIR, 8, "teamtailor", "en"),
        None,
        """<!doctype html><html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#fbfaf5;color:#17301f">
<div style="max-width:520px;margin:32px auto;background:#fff;border-radius:12px;padding:32px">
<p style="font-size:20px;font-weight:600">Hey Inês 👋</p>
<p>Thanks a lot for applying for <strong>Sustainability Analyst (Water &amp; ESG)</strong>! We're a small team
(14 of us, between Porto and Lisbon) helping food and textile companies measure and cut their
water and carbon footprint, so every application is read by a human — usually one of the founders.</p>
<p>We aim to get back to everyone within two weeks. In the meantime, feel free to peek at
<a href="https://circularia.teamtailor.com/pages/how-we-work">how we work</a>.</p>
<p>Talk soon,<br>Leonor &amp; the Circulária crew</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Powered by Teamtailor · <a href="https://circularia.teamtailor.com/connect/privacy">Privacy</a> ·
You can ask us to remove your data at any time.</p>
</div></body></html>""",
        reply_to="Leonor Vasconcelos <leonor@circularia.example>",
    ),
    m(
        "gv7k2",
        "2025-10-10 11:04",
        _TT,
        "Let's have a chat – Circulária",
        A("interview", CI, CIR, 8, "teamtailor", "en"),
        """Hi Inês,

Loved your profile — six years running real treatment plants is exactly what our client
projects are missing. Would you be up for a 30-minute video chat with me on Tuesday 14 October at
17:30? I've sent a calendar invite; Google Meet link inside.

If the time doesn't work, just reply with a couple of alternatives.

Cheers,
Leonor Vasconcelos
Co-founder & CEO, Circulária

--
Sent via Teamtailor. Reply to this e-mail to answer Leonor directly.
""",
        reply_to="Leonor Vasconcelos <leonor@circularia.example>",
        ics=ics(
            "1r9b7tq0e4gk2s6m0pmdvka0n3@google.com",
            "2025-10-14 17:30",
            "Inês <> Circulária (intro chat)",
            ("Leonor Vasconcelos", "leonor@circularia.example"),
            minutes=30,
            location="https://meet.google.com/xkc-pwrt-qdm",
            description="Join with Google Meet: https://meet.google.com/xkc-pwrt-qdm",
        ),
    ),
    m(
        "hw8s5",
        "2025-10-16 09:47",
        "Leonor Vasconcelos <leonor@circularia.example>",
        "Case study – water footprint 💧",
        A("assessment", CI, CIR, 8, "direct", "en"),
        """Hi Inês!

Great talking to you on Tuesday. As promised, here's the next step: a small case study, based
on a (slightly anonymised) dairy client of ours.

  1. Read the attached brief and data (12 months of abstraction, discharge and production).
  2. Estimate the plant's blue and grey water footprint and flag the three biggest levers.
  3. Send us max. 5 slides by Thursday 23 October, end of day.

It shouldn't take more than 3-4 hours; please don't spend your weekend on it. We'll discuss it
together in the final round with Tomás (our CTO) and Bea (Head of Client Projects).

Leonor
""",
        attach=[
            (
                "Circularia_case_brief_dairy.txt",
                "text/plain",
                "Case brief: dairy plant, 2 production lines, WWTP with DAF + SBR...\n",
            )
        ],
    ),
    m(
        "pm0y8",
        "2025-10-27 10:30",
        _TT,
        "Final round at Circulária",
        A("interview", CI, CIR, 8, "teamtailor", "en"),
        """Hi Inês,

Thanks for the case — really thoughtful work on the grey water part. We'd like to invite you
to the final round with Tomás and Bea at our Porto office (Rua de Ceuta 88, 3rd floor) on
Friday 31 October at 10:00. Plan for about 1h15.

See you then!
Leonor
""",
        reply_to="Leonor Vasconcelos <leonor@circularia.example>",
        ics=ics(
            "6h2j8kq1s3dpb0o9g5lte7c4vu@google.com",
            "2025-10-31 10:00",
            "Final round – Inês Marques (Sustainability Analyst)",
            ("Leonor Vasconcelos", "leonor@circularia.example"),
            minutes=75,
            attendees=[
                ("Tomás Pimenta", "tomas@circularia.example"),
                ("Beatriz Alves", "bea@circularia.example"),
            ],
            location="Circulária, Rua de Ceuta 88, 3.º, Porto",
        ),
    ),
    m(
        "dn4f1",
        "2025-10-29 18:22",
        "Leonor Vasconcelos <leonor@circularia.example>",
        "Updated invitation: Final round – Inês Marques (Sustainability Analyst) @ Mon 3 Nov 2025 10:00 - 11:15",
        A("interview", CI, CIR, 8, "direct", "en"),
        """Hi Inês, sorry for the shuffle — Tomás has to be in Lisbon on Friday for a client workshop.
Could we do Monday 3 November, same time, same place? I've updated the invite. If it doesn't
work for you, let me know and we'll find another slot.

Leonor

This event has been changed.
Final round – Inês Marques (Sustainability Analyst)
When: CHANGED Monday 3 Nov 2025 10:00 – 11:15 (Western European Time - Lisbon)
Where: Circulária, Rua de Ceuta 88, 3.º, Porto
""",
        ics=ics(
            "6h2j8kq1s3dpb0o9g5lte7c4vu@google.com",
            "2025-11-03 10:00",
            "Final round – Inês Marques (Sustainability Analyst)",
            ("Leonor Vasconcelos", "leonor@circularia.example"),
            minutes=75,
            sequence=1,
            attendees=[
                ("Tomás Pimenta", "tomas@circularia.example"),
                ("Beatriz Alves", "bea@circularia.example"),
            ],
            location="Circulária, Rua de Ceuta 88, 3.º, Porto",
        ),
    ),
    m(
        "ub6c3",
        "2025-11-07 16:55",
        _TT,
        "Circulária – next steps",
        A("rejection", CI, CIR, 8, "teamtailor", "en"),
        """Hi Inês,

I wanted to write personally after Monday. The whole team enjoyed meeting you, and your case
was one of the best we've had — Bea still quotes your point about the CIP water.

It was a really close call, but we've decided to offer the role to someone with a stronger
carbon accounting background, as most of our 2026 pipeline is Scope 3 work. I know this is
disappointing after a long process and I'm sorry it isn't better news.

If it's OK with you, I'd love to stay in touch — we'll likely open a water-specialist role in
the second half of next year.

All the best,
Leonor
""",
        reply_to="Leonor Vasconcelos <leonor@circularia.example>",
    ),
    # --- 9 Congelados Ardora (Galician fish processing; Spanish) -----------------------------
    m(
        "zr5e7",
        "2025-10-20 12:38",
        _ARD,
        "Acuse de recibo - Ref. MA-2025-07",
        A("confirmation", AR, ARR, 9, "direct", "es"),
        """Estimada Sra. Marques:

Le agradecemos el envío de su currículum para el puesto de Técnico/a de Medio Ambiente
(Ref. MA-2025-07) de nuestro centro de producción de O Porriño (Pontevedra).

Su candidatura ha sido registrada en nuestro proceso de selección. En caso de que su perfil se
ajuste a los requisitos del puesto, nos pondremos en contacto con usted.

Atentamente,

Departamento de Recursos Humanos
CONGELADOS ARDORA, S.L.
Polígono Industrial A Granxa, parcela 214 · 36400 O Porriño (Pontevedra)

De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos serán tratados por
CONGELADOS ARDORA, S.L. con la finalidad de gestionar los procesos de selección de personal.
Puede ejercer sus derechos en protecciondatos@congeladosardora.example.
""",
    ),
    m(
        "yk2n0",
        "2025-11-04 09:16",
        "Uxía Piñeiro Otero <upineiro@congeladosardora.example>",
        "Entrevista - Técnico/a de Medio Ambiente",
        A("interview", AR, ARR, 9, "direct", "es"),
        """Hola Inês:

Soy Uxía Piñeiro, responsable de Calidad y Medio Ambiente en Ardora. Hemos revisado tu CV y
nos gustaría conocerte. ¿Te vendría bien una videollamada el lunes 10 de noviembre a las 10:00
(hora de Portugal, 11:00 aquí)? Te envío la invitación.

El puesto es principalmente la gestión de nuestra EDAR industrial (flotación + biológico) y la
autorización de vertido con Augas de Galicia, así que tu experiencia encaja muy bien.

Un saludo,
Uxía Piñeiro Otero
Resp. Calidad y Medio Ambiente · Congelados Ardora
""",
        ics=ics(
            "3o6r1mkj5d7c0b2f8vqha9g4et@google.com",
            "2025-11-10 10:00",
            "Entrevista Inês Marques - Técnico/a Medio Ambiente",
            ("Uxía Piñeiro Otero", "upineiro@congeladosardora.example"),
            minutes=45,
            location="https://meet.google.com/ard-mxtv-yqe",
        ),
    ),
    m(
        "al9j4",
        "2025-11-28 13:05",
        _ARD,
        "Proceso de selección Ref. MA-2025-07",
        A("rejection", AR, ARR, 9, "direct", "es"),
        """Estimada Inês:

Queremos agradecerle su participación en el proceso de selección para el puesto de Técnico/a
de Medio Ambiente y el interés mostrado por nuestra empresa. Su experiencia en depuración fue
muy bien valorada por el equipo.

No obstante, le comunicamos que hemos decidido continuar el proceso con otra candidatura cuyo
perfil se ajusta más a las necesidades actuales del puesto, en particular la disponibilidad
para residir en la zona y la tramitación con la administración autonómica gallega.

Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

Reciba un cordial saludo,
Departamento de Recursos Humanos
CONGELADOS ARDORA, S.L.
""",
    ),
    # --- 10 Química do Antuã (through a headhunter who names the client late) -----------------
    m(
        "se8v6",
        "2025-10-22 10:48",
        _QUAD,
        "Oportunidade confidencial – Responsável de Ambiente | Indústria química (Aveiro)",
        J("outreach", "agency", role=QAR),
        """Cara Inês,

Chamo-me Filipa Brandão e sou consultora na Quadrante Executive Search, onde acompanho
processos de quadros técnicos para a indústria.

Estamos a conduzir, em regime de exclusividade, a pesquisa de um(a) Responsável de Ambiente
para um cliente nosso — uma empresa industrial de referência do setor químico, com unidade
produtiva no distrito de Aveiro e cerca de 400 colaboradores. A função reporta à Direção
Industrial e inclui a gestão da ETARI, da Licença Ambiental (PCIP) e do relatório de
sustentabilidade.

O seu percurso pareceu-me muito alinhado. Teria disponibilidade para uma conversa telefónica
de 20 minutos esta semana? Por razões de confidencialidade, só posso revelar o nome do cliente
numa fase posterior.

Com os melhores cumprimentos,

Filipa Brandão
Senior Consultant – Industry & Engineering
Quadrante Executive Search · Av. da Boavista, 1837, 8.º · 4100-133 Porto
T. +351 220 000 530
""",
    ),
    m(
        "ox1t3",
        "2025-10-23 08:57",
        _QUAD,
        "RE: Oportunidade confidencial – Responsável de Ambiente | Indústria química (Aveiro)",
        J("outreach", "agency", role=QAR),
        """Bom dia Inês,

Ótimo, fica então combinado amanhã, sexta, às 12h30. Ligo-lhe para o 91x xxx 482.

Até amanhã,
Filipa

-----Original Message-----
From: Inês Marques <ines.carvalhal.marques@gmail.com>
Sent: quarta-feira, 22 de outubro de 2025 19:03
To: Filipa Brandão <filipa.brandao@quadrante-search.example>
Subject: Re: Oportunidade confidencial – Responsável de Ambiente | Indústria química (Aveiro)

Boa tarde Filipa,
Obrigada pelo contacto, tenho todo o interesse em saber mais. Sexta-feira à hora de almoço
seria possível?
Inês
""",
        **reply("<se8v6.20251022.80@quadrante-search.example>"),
    ),
    m(
        "wc0d2",
        "2025-11-03 17:20",
        _QUAD,
        "Apresentação de candidatura – Responsável de Ambiente",
        A("confirmation", QA, QAR, 10, "agency"),
        """Olá Inês,

Conforme combinado, apresentei hoje a sua candidatura ao nosso cliente. Agora que já tenho
autorização para o fazer: trata-se da Química do Antuã, S.A., em Estarreja (a unidade de
resinas e especialidades, no Complexo Químico).

Enviei o seu CV, a minha nota de avaliação e as suas expectativas salariais (na linha dos
2.600 € brutos que falámos). O Diretor Industrial, Eng. Mário Coutinho, deverá responder-me
até ao final da próxima semana e eu dou-lhe notícias logo que as tenha.

Obrigada mais uma vez pela confiança.

Filipa Brandão
Quadrante Executive Search
""",
    ),
    m(
        "ig5q9",
        "2025-11-14 12:11",
        _QUAD,
        "Entrevista Química do Antuã – 19/11, 14h30",
        A("interview", QA, QAR, 10, "agency"),
        """Olá Inês,

Boas notícias: o cliente quer conhecê-la! A entrevista é presencial, em Estarreja, na
quarta-feira 19/11 às 14h30, com o Eng. Mário Coutinho e a Dra. Susana Abreu (Diretora de
Pessoas). Morada: Rua do Complexo Químico, 12, Estarreja — dirija-se à portaria 2 e diga que
vem para uma reunião com a Direção Industrial.

Envio também o convite para o seu calendário. Liga-me antes? Gostava de lhe passar alguns
pontos sobre a cultura da casa.

Filipa
""",
        ics=ics(
            "0m7s2ah4qv9c1p3t6kbo8d5flw@google.com",
            "2025-11-19 14:30",
            "Entrevista Química do Antuã – Inês Marques",
            ("Filipa Brandão", "filipa.brandao@quadrante-search.example"),
            minutes=90,
            location="Química do Antuã, S.A. – Rua do Complexo Químico 12, Estarreja (portaria 2)",
        ),
    ),
]

_LI_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"
_HY_SR = "Hydrale Talent Acquisition <noreply@smartrecruiters.com>"

MAIL += [
    # --- 11 Hidrovia Engenharia (a LinkedIn recruiter, then LinkedIn Easy Apply) ---------------
    m(
        "nb2h8",
        "2025-11-05 08:41",
        "Tiago Meireles via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Inês, oportunidade em tratamento de águas",
        J("outreach", "linkedin", HI, HIR),
        """Olá Inês,

Sou Talent Partner na Hidrovia Engenharia, uma empresa de projeto e construção de estações de
tratamento de água e de águas residuais, com obras em Portugal, Angola e Marrocos.

Estamos a reforçar a equipa de Processo no Porto e o seu perfil (ETAR, licenciamento, EIA)
encaixa muito bem no que procuramos para Engenheiro/a de Processo. Publiquei a vaga aqui no
LinkedIn; se fizer sentido, candidate-se e eu garanto que o CV chega à diretora técnica.

Obrigado,
Tiago Meireles
Talent Partner · Hidrovia Engenharia

Responder  |  Não tenho interesse

Esta é uma mensagem InMail enviada através do LinkedIn. Recebeu este email porque a sua conta
permite receber InMails. Cancelar subscrição: https://www.linkedin.com/e/v2?e=3n1c7-lp&a=psettings-inmail
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=3n1c7-lp&a=unsub>"},
    ),
    m(
        "fe6r0",
        "2025-11-07 21:18",
        _LI_JOBS,
        "Inês, a sua candidatura foi enviada para Hidrovia Engenharia",
        A("confirmation", HI, HIR, 11, "linkedin"),
        None,
        """<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,Helvetica,Arial,sans-serif">
<table width="512" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo-linkedin.png" alt="LinkedIn" width="84">
<h2 style="font-size:20px">A sua candidatura foi enviada para Hidrovia Engenharia</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/hidrovia-logo_100" width="48" alt="Hidrovia Engenharia"></td>
<td><a href="https://www.linkedin.com/comm/jobs/view/4129955012/?trackingId=a1b2">Engenheiro/a de Processo – Tratamento de Águas</a><br>
Hidrovia Engenharia · Porto, Porto, Portugal (Híbrido)<br>
Candidatou-se em 7 de nov.</td></tr></table>
<p><a href="https://www.linkedin.com/comm/my-items/saved-jobs/?cardType=APPLIED">Ver candidaturas</a></p>
<p style="font-size:12px;color:#666">Dica: candidatos que acompanham a empresa têm mais probabilidade de receber resposta.</p>
<p style="font-size:11px;color:#999">Este email destina-se a Inês Carvalhal Sousa Marques (Engenheira do Ambiente).
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Anular subscrição</a> · LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
    ),
    m(
        "vs3a7",
        "2025-11-12 15:02",
        _LI_JOBS,
        "A sua candidatura foi vista por Hidrovia Engenharia",
        A("viewed", HI, HIR, 11, "linkedin"),
        """A sua candidatura foi vista por Hidrovia Engenharia

Engenheiro/a de Processo – Tratamento de Águas
Hidrovia Engenharia · Porto (Híbrido)

O que significa isto? Alguém da Hidrovia Engenharia viu a sua candidatura. Não é possível saber
quem, nem se o processo vai avançar.

Ver vaga: https://www.linkedin.com/comm/jobs/view/4129955012/

----------------------------------------
Este email destina-se a Inês Carvalhal Sousa Marques (Engenheira do Ambiente)
Anular subscrição: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
    ),
    # --- 12 Metalurgia do Cávado (Indeed) -----------------------------------------------------
    m(
        "kk8p4",
        "2025-09-29 12:50",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidatura enviada: Técnico de Segurança e Ambiente (m/f)",
        A("confirmation", MC, MCR, 12, "indeed"),
        """indeed

Candidatura enviada

Técnico de Segurança e Ambiente (m/f)
Metalurgia do Cávado, S.A. – Barcelos, Braga

Os seguintes itens foram enviados para Metalurgia do Cávado, S.A.. Boa sorte!
  • CV: Ines_Marques_CV_2025.pdf
  • Perguntas de triagem: 4 respondidas

Próximos passos
  • O empregador ou a Indeed podem contactá-la diretamente através dos dados de contacto
    indicados.
  • Acompanhe o estado em "As minhas vagas": https://myjobs.indeed.com/applied

Não responda a este email.
© 2025 Indeed · Termos · Privacidade · Cancelar subscrição
""",
    ),
    m(
        "qd1m6",
        "2025-10-13 09:31",
        "Indeed <noreply@indeed.com>",
        "Atualização da sua candidatura",
        A("rejection", MC, MCR, 12, "indeed"),
        """Uma atualização de Metalurgia do Cávado, S.A.

Técnico de Segurança e Ambiente (m/f) · Barcelos, Braga

Obrigado pelo seu interesse nesta vaga. Depois de analisar a sua candidatura, Metalurgia do
Cávado, S.A. decidiu avançar com outros candidatos.

Não desanime — há novas vagas de "engenheiro do ambiente" perto de Porto todos os dias.
Ver vagas semelhantes: https://pt.indeed.com/jobs?q=engenheiro+do+ambiente&l=Porto

Indeed Ireland Operations Ltd · Cancelar subscrição
""",
    ),
    # --- 13 Têxteis Ave Verde (SAPO Emprego, forwarded from her old SAPO mailbox) --------------
    m(
        "ew4u2",
        "2025-10-08 19:44",
        "Inês Marques <ines.csmarques@sapo.pt>",
        "Fwd: Confirmação de candidatura",
        A("confirmation", TA, TAR, 13, "other"),
        """(a partir de agora usar o gmail!!)

---------- Mensagem encaminhada ----------
De: SAPO Emprego <noreply@emprego.sapo.pt>
Data: 8 de outubro de 2025 às 11:02
Assunto: Confirmação de candidatura
Para: ines.csmarques@sapo.pt

Olá Inês,

Confirmamos o envio da sua candidatura para:

Técnico/a de Qualidade, Ambiente e Segurança
Têxteis Ave Verde, Lda. — Guimarães
Referência: SE-2025-118742

A empresa recebeu o seu CV e a sua carta de apresentação. O contacto seguinte, caso exista,
será feito diretamente pela empresa.

Obrigado por utilizar o SAPO Emprego.
""",
        cte="quoted-printable",
    ),
    # --- 14 AquaSense (Landing.jobs) ----------------------------------------------------------
    m(
        "hc7b0",
        "2025-11-10 10:06",
        "Landing.jobs <hello@landing.jobs>",
        "Your application to AquaSense was submitted!",
        A("confirmation", AQ, AQR, 14, "other", "en"),
        """Hi Inês,

Your application for Water Data Analyst at AquaSense (Porto · Hybrid · €28K - €36K) has been
submitted. 🚀

What happens next?
  1. Our Talent Advocate reviews your application (usually within 3 business days).
  2. If it's a match, we share it with AquaSense.
  3. You'll be notified at every step of the process.

Track your application: https://landing.jobs/applications

Good luck!
The Landing.jobs team
""",
    ),
    m(
        "xl2i5",
        "2025-11-25 17:47",
        "Landing.jobs <hello@landing.jobs>",
        "Update on your application",
        A("rejection", AQ, AQR, 14, "other", "en"),
        """Hi Inês,

Thank you for applying for Water Data Analyst at AquaSense. The team really liked your
hands-on experience with treatment plants and your SCADA data work.

Unfortunately, they decided not to move forward at this time: they're looking for someone with
stronger Python and time-series modelling skills for this particular role.

Don't be discouraged — there are new jobs on Landing.jobs every week:
https://landing.jobs/jobs?tags=sustainability

Cheers,
Marina, Talent Advocate at Landing.jobs
""",
    ),
    # --- 15 Hydrale (SmartRecruiters, HireVue) ------------------------------------------------
    m(
        "yp0g3",
        "2025-12-01 08:22",
        _HY_SR,
        "Thank you for applying to Hydrale",
        A("confirmation", HY, HYR, 15, "smartrecruiters", "en"),
        None,
        """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b2440">
<p><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws/hydrale/logo.png" alt="Hydrale" height="36"></p>
<p>Dear Inês,</p>
<p>Thank you for your application for <b>Process Engineer – Wastewater Treatment</b> (Porto, Portugal) at
Hydrale Portugal – Serviços de Água, S.A.</p>
<p>We'll review your profile against the requirements of the role and come back to you. You can check the
status of your application in your <a href="https://my.smartrecruiters.com/">SmartRecruiters candidate portal</a>.</p>
<p>Kind regards,<br>Hydrale Talent Acquisition Iberia</p>
<p style="font-size:11px;color:#888">Hydrale – water and wastewater services for cities and industry in 14 countries.
Privacy notice: https://www.hydrale.example/privacy-candidates</p>
</body></html>""",
    ),
    m(
        "rm5w1",
        "2025-12-11 14:35",
        "Hydrale via HireVue <noreply@hirevue.com>",
        "Hydrale: your digital interview",
        A("assessment", HY, HYR, 15, "hirevue", "en"),
        """Hi Inês,

Thank you for your interest in Hydrale. The next step in the process for Process Engineer –
Wastewater Treatment is a HireVue on-demand video interview: you will record your answers to
five questions at a time that suits you, within the next 5 days.

Start here: https://app.hirevue.com/interviews/Hy9Rk2mQ7/start

Before you start, you can practise with the sample questions as often as you like. Allow about
25 minutes, use Chrome or Edge, and make sure your camera and microphone work.

Good luck!
Hydrale Talent Acquisition

Need help? https://candidate-support.hirevue.com
""",
    ),
    m(
        "ci3k7",
        "2026-01-13 16:18",
        "Joana Lemos <joana.lemos@hydrale.example>",
        "Entrevista | Process Engineer – Wastewater Treatment",
        A("interview", HY, HYR, 15, "direct"),
        """Olá Inês,

Obrigada pela entrevista em vídeo, gostámos muito das suas respostas. Gostaríamos de avançar
para uma entrevista com o Eng. Nuno Saraiva (Operations Manager, contratos Norte) e comigo, por
Teams, no dia 20 de janeiro às 9h30. Segue convite.

A entrevista será maioritariamente em português, com uma parte em inglês.

Cumprimentos,
Joana Lemos
Talent Acquisition Partner – Iberia
Hydrale Portugal – Serviços de Água, S.A.
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F3E2A1B0C9D8DC01",
            "2026-01-20 09:30",
            "Entrevista Inês Marques | Process Engineer WWT",
            ("Joana Lemos", "joana.lemos@hydrale.example"),
            style="outlook",
            minutes=60,
            attendees=[("Nuno Saraiva", "nuno.saraiva@hydrale.example")],
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "ta6y8",
        "2026-01-28 11:51",
        "Joana Lemos <joana.lemos@hydrale.example>",
        "Próximos passos",
        A("interview", HY, HYR, 15, "direct"),
        """Olá Inês,

Tenho boas notícias: passou à fase final! Gostaríamos de a receber na ETAR de Matosinhos para
uma visita e conversa com a Diretora de Operações, a Eng.ª Clara Moutinho. Pode indicar-me a
sua disponibilidade para a semana de 2 a 6 de fevereiro?

Cumprimentos,
Joana
""",
    ),
    m(
        "lh9c2",
        "2026-02-02 10:07",
        "Joana Lemos <joana.lemos@hydrale.example>",
        "RE: Próximos passos",
        A("confirmation", HY, HYR, 15, "direct"),
        """Olá Inês,

Muito obrigada por nos avisar e parabéns pelo novo desafio! Registámos a sua desistência do
processo e a candidatura foi fechada na nossa plataforma.

Desejo-lhe as maiores felicidades na ARA.

Joana

From: Inês Marques <ines.carvalhal.marques@gmail.com>
Sent: Friday, January 30, 2026 18:25
To: Joana Lemos <joana.lemos@hydrale.example>
Subject: Re: Próximos passos

Olá Joana,
Muito obrigada pelo convite. Entretanto aceitei uma proposta noutra empresa, pelo que, por
uma questão de respeito pelo vosso tempo, prefiro retirar a minha candidatura.
Obrigada por todo o processo.
Inês
""",
        st="withdrawn",
        **reply("<ta6y8.20260128.15@hydrale.example>"),
    ),
    m(
        "bz4f0",
        "2026-02-06 09:00",
        _HY_SR,
        "How was your candidate experience with Hydrale?",
        J("other_job", "smartrecruiters", HY, HYR, "en"),
        """Hi Inês,

You recently took part in our recruitment process. We'd love to hear how it went —
it takes less than 2 minutes and your answers are anonymous.

How likely are you to recommend applying to Hydrale to a friend?
0  1  2  3  4  5  6  7  8  9  10
https://survey.smartrecruiters.com/r/Hydrale/cx?c=3f9a

Thank you!
Hydrale Talent Acquisition
""",
    ),
]

_CL = "Cortiças Lameira – Recrutamento <recrutamento@corticaslameira.example>"
_IEFP = "IEFP - Centro de Emprego do Porto <ce.porto@iefp.pt>"

MAIL += [
    # --- 16 Cortiças Lameira (industry; desistência) ------------------------------------------
    m(
        "gg1x9",
        "2025-12-03 15:33",
        _CL,
        "Candidatura – Técnico/a de Sustentabilidade (REF CL-SUS-11)",
        A("confirmation", CL, CLR, 16, "direct"),
        """Exma. Senhora Eng.ª Inês Marques,

Agradecemos o interesse demonstrado na Cortiças Lameira e confirmamos a receção da sua
candidatura à função de Técnico/a de Sustentabilidade (REF CL-SUS-11), para a unidade de
Santa Maria de Lamas.

O processo de triagem decorrerá até ao final do ano. Contactaremos os candidatos selecionados
para a fase seguinte.

Cumprimentos,
Departamento de Pessoas
Cortiças Lameira, S.A. | Rua da Cortiça, 501 · 4535-000 Santa Maria de Lamas
""",
    ),
    m(
        "nv8o3",
        "2026-01-07 12:14",
        _CL,
        "REF CL-SUS-11",
        A("viewed", CL, CLR, 16, "direct"),
        """Exma. Senhora,

Informamos que a sua candidatura foi analisada e integra o grupo de candidatos pré-selecionados
para a função de Técnico/a de Sustentabilidade.

Nas próximas semanas será contactada para agendar uma primeira entrevista telefónica.

Cumprimentos,
Departamento de Pessoas – Cortiças Lameira, S.A.
""",
    ),
    m(
        "jm0e6",
        "2026-01-20 10:58",
        "Sandra Pinho <sandra.pinho@corticaslameira.example>",
        "Entrevista telefónica – sexta, 23/01",
        A("interview", CL, CLR, 16, "direct"),
        """Bom dia Eng.ª Inês,

Conforme conversa telefónica desta manhã, confirmo a entrevista por telefone na sexta-feira,
dia 23 de janeiro, às 16h00. Ligo-lhe eu para o número que consta do CV. Durará cerca de
30 minutos e será sobretudo sobre a sua experiência com indicadores ambientais e relato
(CSRD/ESRS).

Cumprimentos,
Sandra Pinho
Técnica de Recursos Humanos
Cortiças Lameira, S.A.
""",
    ),
    m(
        "ku5r2",
        "2026-01-30 14:40",
        "Sandra Pinho <sandra.pinho@corticaslameira.example>",
        "RE: Desistência – REF CL-SUS-11",
        A("confirmation", CL, CLR, 16, "direct"),
        """Cara Eng.ª Inês,

Obrigada pela sua mensagem. Tomámos nota da sua desistência do processo de recrutamento
para Técnico/a de Sustentabilidade. Parabéns pela nova função e muito sucesso!

Cumprimentos,
Sandra Pinho

-----Mensagem original-----
De: Inês Marques <ines.carvalhal.marques@gmail.com>
Enviada: quinta-feira, 29 de janeiro de 2026 22:31
Para: Sandra Pinho <sandra.pinho@corticaslameira.example>
Assunto: Desistência – REF CL-SUS-11

Boa noite Dra. Sandra Pinho,

Agradeço a entrevista da passada sexta-feira e o interesse na minha candidatura. Venho
informar que aceitei entretanto outra proposta e que, por esse motivo, desisto do processo de
recrutamento para a função de Técnico/a de Sustentabilidade.

Com os melhores cumprimentos,
Inês Carvalhal Sousa Marques
""",
        st="withdrawn",
    ),
    # --- 17 Valormontes and 18 Projetos Hidráulicos do Norte (unsolicited) --------------------
    m(
        "ds3q1",
        "2025-09-11 16:20",
        "Valormontes - Recursos Humanos <rh@valormontes.example>",
        "RE: Candidatura espontânea - Inês Marques, Engenheira do Ambiente",
        A("confirmation", VA, VAR, 17, "direct"),
        """Exma. Senhora,

Acusamos a receção da sua candidatura espontânea, que agradecemos.

O seu currículo ficará registado na nossa base de dados de recrutamento por um período de
dois anos e será considerado em futuros processos para os quais o seu perfil seja adequado.

Com os melhores cumprimentos,

Recursos Humanos
VALORMONTES – Valorização e Tratamento de Resíduos, S.A.
Aterro Sanitário e Central de Valorização Orgânica de Montes Altos

> De: Inês Marques
> Enviado: 10 de setembro de 2025
> Assunto: Candidatura espontânea - Inês Marques, Engenheira do Ambiente
>
> Exmos. Senhores, envio em anexo o meu CV para eventuais oportunidades nas áreas de
> tratamento de lixiviados, licenciamento ou monitorização ambiental...
""",
    ),
    m(
        "av6z4",
        "2025-09-23 11:09",
        "Helena Queirós <geral@phn-projetos.example>",
        "Re: Candidatura espontânea",
        A("rejection", PH, PHR, 18, "direct"),
        """Boa tarde,

Agradecemos o envio do seu CV e o interesse na PHN.
De momento não temos vagas em aberto na área de ambiente, mas guardamos o seu contacto.

Cumprimentos,
Helena Queirós
PHN – Projetos Hidráulicos do Norte, Lda.
""",
    ),
    # --- 19 Lacticínios da Serra (after an IEFP apresentação) ---------------------------------
    m(
        "pe2l8",
        "2025-10-02 10:15",
        _IEFP,
        "Convocatória - Apresentação a oferta de emprego n.º 589114207",
        J("other_job", "other", LS, LSR),
        """INSTITUTO DO EMPREGO E FORMAÇÃO PROFISSIONAL, I.P.
Centro de Emprego do Porto

Exma. Senhora
Inês Carvalhal Sousa Marques
Utente n.º 11/0034871

Na sequência da correspondência entre o seu perfil e a oferta de emprego abaixo, fica
convocada para se apresentar à entidade empregadora, nos termos do artigo 41.º do
Decreto-Lei n.º 220/2006, de 3 de novembro:

  Oferta n.º: 589114207
  Profissão: Técnico/a de ambiente (CNP 3119.1)
  Entidade: Lacticínios da Serra, S.A. – Oliveira de Azeméis
  Contacto: rh@lacticiniosdaserra.example / 256 000 118
  Prazo de apresentação: até 10/10/2025

Deverá contactar a entidade no prazo indicado e devolver a declaração de apresentação, devidamente
preenchida, através do portal iefponline ou presencialmente.

A falta de resposta a esta convocatória, sem justificação, pode determinar a anulação da
inscrição e ter efeitos nas prestações de desemprego.

Com os melhores cumprimentos,
O(A) Técnico(a) de Emprego
""",
    ),
    m(
        "cq9t5",
        "2025-10-09 17:42",
        "Lacticínios da Serra - RH <rh@lacticiniosdaserra.example>",
        "Entrevista de seleção",
        A("interview", LS, LSR, 19, "direct"),
        """Boa tarde Inês,

Na sequência da sua apresentação através do IEFP e do nosso contacto telefónico, confirmamos a
entrevista para a função de Técnico/a de Ambiente (ETARI) na terça-feira, dia 14 de outubro, às
9h30, nas nossas instalações em Oliveira de Azeméis (Rua da Leitaria, 3 – receção
administrativa).

Traga, por favor, a declaração do IEFP para preenchermos.

Cumprimentos,
Departamento de Recursos Humanos
Lacticínios da Serra, S.A.
""",
    ),
    m(
        "hf4a0",
        "2025-10-31 09:25",
        "Lacticínios da Serra - RH <rh@lacticiniosdaserra.example>",
        "Processo de recrutamento",
        A("rejection", LS, LSR, 19, "direct"),
        """Cara Inês,

Queremos agradecer a sua disponibilidade e a forma como decorreu a entrevista. O seu
conhecimento de tratamento biológico e de licenciamento foi muito valorizado.

Informamos, contudo, que a vaga já foi preenchida, pelo que o processo de recrutamento se
encontra encerrado.

Desejamos-lhe os maiores sucessos profissionais.

Departamento de Recursos Humanos
Lacticínios da Serra, S.A.
""",
    ),
    m(
        "wy7d3",
        "2025-11-04 10:02",
        _IEFP,
        "Resultado da apresentação - oferta n.º 589114207",
        J("other_job", "other", LS, LSR),
        """Exma. Senhora,

Não recebemos ainda a declaração relativa à sua apresentação à oferta n.º 589114207
(Lacticínios da Serra, S.A.). Solicitamos que, no prazo de 5 dias úteis, nos comunique o
resultado da apresentação (admitida / não admitida / aguarda resposta) através da área
reservada do portal iefponline ou respondendo a este email com a declaração em anexo.

Centro de Emprego do Porto
Instituto do Emprego e Formação Profissional, I.P.
""",
    ),
    # --- 20 Biorresíduos do Minho (Net-Empregos, TestGorilla) ---------------------------------
    m(
        "sk0n7",
        "2025-11-18 08:49",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada com sucesso",
        A("confirmation", BM, BMR, 20, "other"),
        """Net-Empregos.com

Olá Inês Marques,

A sua candidatura ao anúncio abaixo foi enviada com sucesso para o anunciante.

  Técnico de Licenciamento Ambiental (m/f)
  Empresa: Biorresíduos do Minho, S.A.
  Local: Braga
  Ref.: 4530877

O anunciante poderá contactá-lo diretamente através do email ou telefone que indicou.
Boa sorte!

--
Recebe este email porque se candidatou através do Net-Empregos.com.
Gerir alertas: https://www.net-empregos.com/alertas.asp
""",
    ),
    m(
        "ml3u9",
        "2025-11-26 11:30",
        "Biorresíduos do Minho via TestGorilla <no-reply@testgorilla.com>",
        "Convite para avaliação: Técnico de Licenciamento Ambiental",
        A("assessment", BM, BMR, 20, "other"),
        None,
        """<html><body style="font-family:Arial,sans-serif;color:#2c2c2c">
<p>Olá Inês,</p>
<p><b>Biorresíduos do Minho</b> convidou-a a realizar uma avaliação para a vaga
<b>Técnico de Licenciamento Ambiental</b>.</p>
<p>A avaliação inclui 4 testes (Atenção ao detalhe, Excel intermédio, Legislação ambiental –
teste personalizado e Inglês B2) e demora cerca de 45 minutos. Prazo: 3 de dezembro.</p>
<p style="margin:24px 0"><a href="https://app.testgorilla.com/s/x81kq2ab" style="background:#46e5b4;color:#000;padding:12px 20px;border-radius:6px;text-decoration:none">Começar avaliação</a></p>
<p style="font-size:12px;color:#777">Powered by TestGorilla · Se tiver alguma dúvida, contacte diretamente a empresa.</p>
</body></html>""",
    ),
    m(
        "ep6h1",
        "2025-12-19 18:13",
        "Biorresíduos do Minho <rh@biorresiduosminho.example>",
        "A sua candidatura",
        A("rejection", BM, BMR, 20, "direct"),
        """Olá Inês,

Obrigado pela sua candidatura e pelo tempo dedicado à avaliação online, onde obteve um dos
melhores resultados na parte de legislação.

Decidimos, no entanto, avançar com um candidato com experiência específica em licenciamento
de operações de gestão de resíduos (LUA/SILiAmb), que é o foco imediato da função.

Votos de boas festas e boa sorte na procura.

Recursos Humanos
Biorresíduos do Minho, S.A.
""",
    ),
    # --- 21 Alvura again (a re-application, in Portuguese) ------------------------------------
    m(
        "rd8w4",
        "2026-01-08 21:26",
        "Alvura Careers <DoNotReply@successfactors.eu>",
        "Obrigado pela sua candidatura",
        A("confirmation", AL, ALR2, 21, "other"),
        """Cara Inês Carvalhal Sousa Marques,

Obrigado pela sua candidatura à vaga Técnico/a de Ambiente – Fábrica de Cacia (Req. 9127),
Aveiro, Portugal.

A nossa equipa de Aquisição de Talento irá analisar a sua candidatura com atenção. Pode
acompanhar o estado da candidatura no seu perfil de candidato.

Com os melhores cumprimentos,
Aquisição de Talento
Alvura | Celuloses Atlânticas, S.A.

Esta é uma mensagem automática. Por favor, não responda.
""",
    ),
    m(
        "tz1m5",
        "2026-01-21 10:44",
        "Alvura Careers <DoNotReply@successfactors.eu>",
        "Atualização do estado da sua candidatura",
        A("viewed", AL, ALR2, 21, "other"),
        """Cara Inês,

Informamos que a sua candidatura à vaga Técnico/a de Ambiente – Fábrica de Cacia (Req. 9127)
se encontra em análise pela equipa de recrutamento e pela chefia da área.

Obrigado pela sua paciência.
Aquisição de Talento – Alvura
""",
    ),
    # --- 22 Aquantis (Greenhouse) -------------------------------------------------------------
    m(
        "fx2c6",
        "2025-12-15 13:08",
        "Aquantis Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Aquantis",
        A("confirmation", AT, ATR, 22, "greenhouse", "en"),
        """Hi Inês,

Thanks for your interest in Aquantis! We've received your application for the Environmental
Permitting Specialist position (Porto / Remote – Portugal).

Our team reviews every application and we'll be in touch if your skills and experience are a
good match for the role. In the meantime, get to know us at https://www.aquantis.example/life

Best,
The Aquantis Talent Team

Aquantis GmbH – Sucursal em Portugal
""",
    ),
]

# --- Job mail that belongs to no application --------------------------------------------------

MAIL += [
    m(
        "ai7p0",
        "2025-09-03 07:30",
        "Net-Empregos <alertas@net-empregos.com>",
        "12 novos anúncios: engenheiro ambiente - Porto",
        J("alert", "other"),
        """Net-Empregos.com – Alerta de emprego

Novos anúncios para a sua pesquisa "engenheiro ambiente" em Porto:

  • Engenheiro do Ambiente (m/f) - EIA e Licenciamento — Porto
  • Técnico de ETAR (m/f) — Vila do Conde
  • Técnico Superior de Higiene e Segurança — Maia
  • Técnico de Qualidade e Ambiente — Paredes
  • Responsável de Ambiente e Energia — Gaia
  ... e mais 7 anúncios

Ver todos: https://www.net-empregos.com/pesquisa-empregos.asp?chaves=engenheiro+ambiente&zona=13

Para deixar de receber este alerta: https://www.net-empregos.com/alertas.asp?remover=88731
""",
        headers={"List-Unsubscribe": "<https://www.net-empregos.com/alertas.asp?remover=88731>"},
    ),
    m(
        "bx5s2",
        "2025-09-19 09:12",
        _IEFP,
        "Convocatória - Sessão de Informação Coletiva",
        J("other_job", "other"),
        """Exma. Senhora Inês Carvalhal Sousa Marques,

No âmbito da sua inscrição como candidata a emprego, fica convocada para uma sessão de
informação coletiva sobre medidas de apoio ao emprego e à contratação (Estágios ATIVAR.PT,
Compromisso Emprego Sustentável, criação do próprio emprego).

  Data: 29 de setembro de 2025, 10h00
  Local: Centro de Emprego do Porto – Rua de Ceuta, sala 2

A presença é obrigatória. A falta não justificada no prazo de 5 dias úteis determina a anulação
da inscrição (artigo 49.º do Decreto-Lei n.º 220/2006).

Centro de Emprego do Porto
""",
    ),
    m(
        "cu8f4",
        "2025-09-30 08:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“engenheira do ambiente”: 9 novas vagas em Porto",
        J("alert", "linkedin"),
        """As suas vagas correspondentes ao alerta "engenheira do ambiente" em Área Metropolitana do Porto

Engenheiro de Ambiente (m/f)
Grupo Ferrovia Norte · Porto (Presencial)
Candidatura simplificada

HSE Specialist
Lumetra Lighting · Vila Nova de Famalicão
Há 3 dias

Técnico/a de Sustentabilidade
Cortiças Lameira · Santa Maria de Lamas
Promovida

Ver todas as vagas: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1788203

Está a receber alertas de vagas. Anular subscrição: https://www.linkedin.com/comm/jobs/alerts
""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsub=1788203>"},
    ),
    m(
        "dl1v9",
        "2025-10-06 18:30",
        "Indeed <alert@indeed.com>",
        "Engenheiro Ambiente: 15 novas vagas em Porto",
        J("alert", "indeed"),
        None,
        """<html><body style="font-family:Arial,sans-serif">
<p><b>15 novas vagas</b> para engenheiro ambiente em Porto</p>
<table cellpadding="6">
<tr><td><a href="https://pt.indeed.com/rc/clk?jk=9e1f">Técnico de Ambiente – Indústria Alimentar</a><br>Frutifresca, S.A. · Maia<br><span style="color:#767676">Candidatura fácil</span></td></tr>
<tr><td><a href="https://pt.indeed.com/rc/clk?jk=7b2a">Operador de ETAR (turnos)</a><br>Multitempo – Trabalho Temporário · Matosinhos</td></tr>
<tr><td><a href="https://pt.indeed.com/rc/clk?jk=4c88">Engenheiro/a Civil – Redes de Águas</a><br>Construções Seixal &amp; Filhos · Porto</td></tr>
</table>
<p><a href="https://pt.indeed.com/jobs?q=engenheiro+ambiente&amp;l=Porto">Ver todas as vagas</a></p>
<p style="font-size:11px;color:#999">Recebeu este email porque subscreveu alertas de vagas da Indeed.
<a href="https://pt.indeed.com/alerts/unsubscribe?id=a81">Cancelar subscrição</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://pt.indeed.com/alerts/unsubscribe?id=a81>"},
    ),
    m(
        "ef2k6",
        "2025-10-15 11:27",
        "Rafael Cunha <rafael.cunha@multitempo.example>",
        "Proposta de trabalho - Operador/a de ETAR",
        J("outreach", "agency", role="Operador/a de ETAR"),
        """Bom dia Inês,

Encontrei o seu CV na nossa base de dados (net-empregos). Temos para um cliente do setor
alimentar, na zona da Maia, uma oportunidade de Operador/a de ETAR em regime de turnos
rotativos, contrato temporário de 6 meses com possibilidade de integração.

Se tiver interesse responda a este email ou ligue para 22 000 0710.

Cumprimentos,
Rafael Cunha
Consultor de Recrutamento
Multitempo – Empresa de Trabalho Temporário, Lda. (Alvará n.º 000/2004)
""",
    ),
    m(
        "gn6b3",
        "2025-10-27 07:30",
        "Net-Empregos <alertas@net-empregos.com>",
        "9 novos anúncios: engenheiro ambiente - Porto",
        J("alert", "other"),
        """Net-Empregos.com – Alerta de emprego

Novos anúncios para a sua pesquisa "engenheiro ambiente" em Porto:

  • Técnico de Licenciamento Ambiental (m/f) — Braga
  • Engenheiro de Processo - Tratamento de Águas — Porto
  • Técnico de HST — Santo Tirso
  • Gestor de Projeto - Eficiência Hídrica — Porto
  ... e mais 5 anúncios

Ver todos: https://www.net-empregos.com/pesquisa-empregos.asp?chaves=engenheiro+ambiente&zona=13

Para deixar de receber este alerta: https://www.net-empregos.com/alertas.asp?remover=88731
""",
        headers={"List-Unsubscribe": "<https://www.net-empregos.com/alertas.asp?remover=88731>"},
    ),
    m(
        "hr3o5",
        "2025-11-02 10:00",
        "SAPO Emprego <alertas@emprego.sapo.pt>",
        "Ofertas de emprego que podem interessar-lhe",
        J("alert", "other"),
        """SAPO Emprego

Olá Inês, estas são as ofertas mais recentes para o seu perfil:

  Técnico(a) Superior de Ambiente – Município (contrato em funções públicas) · Aveiro
  Engenheiro(a) do Ambiente – Gestão de Resíduos · Maia
  Técnico(a) de Qualidade e Ambiente · Guimarães

Ver ofertas: https://emprego.sapo.pt/ofertas?perfil=ambiente

Não quer receber mais alertas? https://emprego.sapo.pt/alertas/cancelar
""",
    ),
    m(
        "iw0t8",
        "2025-11-21 14:12",
        "Sónia Abreu via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Environmental Compliance Lead – Solarvento",
        J("outreach", "linkedin", "Solarvento", "Environmental Compliance Lead", "en"),
        """Hi Inês,

I'm leading hiring for Solarvento's Iberian renewables portfolio (utility-scale solar and
onshore wind). We're looking for an Environmental Compliance Lead to own EIA follow-up and
monitoring programmes across 11 sites in Portugal and Spain — based in Lisbon, with 30-40 %
travel.

Your EIA background caught my eye. Open to a quick call next week?

Best,
Sónia Abreu
Senior Talent Acquisition, Solarvento

Reply  |  Not interested
This is a LinkedIn InMail. Unsubscribe: https://www.linkedin.com/e/v2?e=9kq-lp&a=psettings-inmail
""",
    ),
    m(
        "jp9y1",
        "2025-12-04 09:00",
        "BEP - Bolsa de Emprego Público <naoresponder@bep.gov.pt>",
        "BEP - Novas ofertas de acordo com o seu perfil",
        J("alert", "other"),
        """Bolsa de Emprego Público

Foram publicadas novas ofertas que correspondem aos critérios do seu alerta
(Técnico Superior · Ambiente · Distrito do Porto / Aveiro / Braga):

  OE202512/0088 – Município de Vale do Sousa – Técnico Superior (Engenharia do Ambiente)
  OE202512/0131 – Serviços Municipalizados de Águas e Saneamento – Técnico Superior (Química)
  OE202512/0140 – Agência Regional de Ambiente – Técnico Superior (Recursos Hídricos)

Consulte as ofertas em www.bep.gov.pt

Mensagem automática. Por favor não responda.
""",
    ),
    m(
        "kt4m7",
        "2025-12-09 07:30",
        "Net-Empregos <alertas@net-empregos.com>",
        "7 novos anúncios: engenheiro ambiente - Porto",
        J("alert", "other"),
        """Net-Empregos.com – Alerta de emprego

Novos anúncios para a sua pesquisa "engenheiro ambiente" em Porto:

  • Responsável de Ambiente (m/f) - Indústria Química — Estarreja
  • Técnico de Sustentabilidade — Santa Maria da Feira
  • Engenheiro do Ambiente - Obra — Porto
  ... e mais 4 anúncios

Ver todos: https://www.net-empregos.com/pesquisa-empregos.asp?chaves=engenheiro+ambiente&zona=13

Para deixar de receber este alerta: https://www.net-empregos.com/alertas.asp?remover=88731
""",
        headers={"List-Unsubscribe": "<https://www.net-empregos.com/alertas.asp?remover=88731>"},
    ),
    m(
        "lk6a2",
        "2026-01-05 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Inês, a Hydrale está a contratar: Process Engineer – Wastewater Treatment",
        J("alert", "linkedin", HY, HYR),
        """A Hydrale está a contratar

Process Engineer – Wastewater Treatment
Hydrale · Porto, Portugal (Híbrido)
8 antigos colegas de curso trabalham aqui

Outras vagas para si:
  Environmental Permitting Specialist · Aquantis · Remoto
  Técnico/a de Ambiente – Fábrica de Cacia · Alvura · Aveiro

Ver vagas: https://www.linkedin.com/comm/jobs/collections/recommended/

Anular subscrição: https://www.linkedin.com/comm/jobs/alerts
""",
    ),
    m(
        "mz3c0",
        "2026-01-12 18:30",
        "Indeed <alert@indeed.com>",
        "Novas vagas para técnico superior ambiente",
        J("alert", "indeed"),
        """Indeed

novas vagas para "técnico superior ambiente" em Porto

Técnico Superior de Ambiente (m/f) – Gestão de Resíduos Urbanos
Resinor Ambiente · Porto · Candidatura fácil

Técnico de Monitorização Ambiental
Laboratórios Litoral · Gaia · Novo

Engenheira do Ambiente – Consultoria
GeoAmbi · Porto

Ver todas: https://pt.indeed.com/jobs?q=tecnico+superior+ambiente&l=Porto
Cancelar subscrição: https://pt.indeed.com/alerts/unsubscribe?id=a81
""",
    ),
    m(
        "nq8x5",
        "2026-01-19 12:00",
        "Landing.jobs <newsletter@landing.jobs>",
        "Climate tech jobs this week 🌍",
        J("alert", "other", lang="en"),
        None,
        """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Climate tech jobs this week</h2>
<ul>
<li><a href="https://landing.jobs/at/aquasense/data-engineer-iot">Data Engineer (IoT) — AquaSense · Porto</a></li>
<li><a href="https://landing.jobs/at/circularia/product-manager">Product Manager — Circulária · Lisbon/Porto</a></li>
<li><a href="https://landing.jobs/at/greentrack/backend-engineer">Backend Engineer — GreenTrack · Remote</a></li>
</ul>
<p>Plus: our 2026 Tech Salary Report is out.</p>
<p style="font-size:11px;color:#888"><a href="https://landing.jobs/unsubscribe">Unsubscribe</a> · Landing.jobs, Lisbon</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://landing.jobs/unsubscribe>"},
    ),
]
