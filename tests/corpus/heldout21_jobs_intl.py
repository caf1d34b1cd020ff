# ruff: noqa: E501
"""Job mail of the twenty-first corpus: multinationals (English) and Portugal (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

BRT, WEST = "-0300", "+0100"

HAL = "Halvorsen Foods"
QP = "Quanta Payments"
ORB = "Orbita Logistics"
RIB = "Ribeira Seguros"
TEJ = "Tejo Digital"
LUS = "Grupo Lusofarma"
MAR = "Mareforte"
COR = "Cortiça Norte, S.A."
ATL = "Atlântico Labs"
ALV = "Banco Alvorada"

MAIL: list[dict[str, Any]] = [
    # 18 Halvorsen Foods (Brazil office), Workday, English: confirmation, rejection
    m(
        "21101",
        "2025-02-10 15:22",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Thank you for your application - Data Analyst, Commercial Excellence",
        ("confirmation", HAL, "Data Analyst - Commercial Excellence", 18, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Larissa,</p>
<p>Thank you for applying for the position of <b>Data Analyst - Commercial Excellence</b> (JR-22871, São Paulo, Brazil).</p>
<p>We have successfully received your application. If your qualifications match the requirements, a member of our Talent Acquisition team will be in touch.</p>
<p>You may review the status of your application in our <a href="https://halvorsen.wd3.myworkdayjobs.com/External/userHome">Candidate Home</a>.</p>
<p>Kind regards,<br>Halvorsen Foods Talent Acquisition</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "21102",
        "2025-03-19 13:00",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Your application with Halvorsen",
        ("rejection", HAL, "Data Analyst - Commercial Excellence", 18, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Larissa,</p>
<p>Thank you for your interest in Halvorsen Foods. We appreciated the opportunity to review your background for the Data Analyst - Commercial Excellence role.</p>
<p>Following careful review, we will not be progressing your application further at this time. The position attracted a large number of strong candidates.</p>
<p>We wish you every success in your search.</p>
<p>Halvorsen Foods Talent Acquisition</p>
</body></html>""",
        tz=BRT,
    ),
    # 19 Quanta Payments, Greenhouse + Codility, English: confirmation, test, interview, rejection
    m(
        "21103",
        "2025-02-21 12:40",
        "Quanta Payments <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Quanta!",
        ("confirmation", QP, "Senior Data Analyst (Remote - LATAM)", 19, "greenhouse", "en"),
        text="""Hi Larissa,

Thanks so much for your interest in Quanta! We received your application for Senior Data Analyst (Remote - LATAM) and our team is reviewing it.

We try to get back to every candidate within two weeks.

Best,
The Quanta Recruiting Team
""",
        tz=BRT,
    ),
    m(
        "21104",
        "2025-03-04 10:00",
        "Codility <no-reply@codility.com>",
        "Quanta Payments invites you to take a test",
        ("assessment", QP, "Senior Data Analyst (Remote - LATAM)", 19, "codility", "en"),
        text="""Hello Larissa,

Quanta Payments has invited you to complete an online assessment as part of your application.

Test: Data Analyst - SQL (90 minutes)
Deadline: March 9, 2025, 23:59 UTC

Start the test: https://app.codility.com/c/run/QP7K2-XM3

Good luck!
Codility
""",
        tz=BRT,
    ),
    m(
        "21105",
        "2025-03-12 09:30",
        "Dana Whitfield <dana.whitfield@quantapay.com>",
        "Quanta - next step",
        ("interview", QP, "Senior Data Analyst (Remote - LATAM)", 19, "direct", "en"),
        text="""Hi Larissa,

Great result on the SQL assessment! I'd love to set up a 45-minute call with our Analytics Lead, Priya. Could you pick a slot here? https://calendly.com/dana-quanta/45min

Thanks,
Dana Whitfield
Technical Recruiter, Quanta
""",
        tz=BRT,
    ),
    m(
        "21106",
        "2025-03-12 14:02",
        "Dana Whitfield <dana.whitfield@quantapay.com>",
        "Re: Quanta - next step",
        ("interview", QP, "Senior Data Analyst (Remote - LATAM)", 19, "direct", "en"),
        text="""Perfect, Tuesday 3pm BRT works. Priya will send the Zoom link.

Dana

On Wed, Mar 12, 2025 at 1:47 PM Larissa Nogueira Campos <larissa.ncampos@gmail.com> wrote:
> Hi Dana, thanks! I booked Tuesday 18th at 3pm my time.
""",
        tz=BRT,
        **reply("21105", "dana.whitfield@quantapay.com"),
    ),
    m(
        "21107",
        "2025-03-28 17:15",
        "Dana Whitfield <dana.whitfield@quantapay.com>",
        "Following up",
        ("rejection", QP, "Senior Data Analyst (Remote - LATAM)", 19, "direct", "en"),
        text="""Hi Larissa,

Thank you again for the time you spent with Priya and the team. Everyone enjoyed the conversation and was impressed with your dashboards walkthrough.

After a lot of deliberation, we've decided to move forward with a candidate whose payments experience is a closer fit for where the team is today. I know this isn't the news you were hoping for.

I'd be glad to keep in touch for future roles.

Best,
Dana
""",
        tz=BRT,
    ),
    # 20 Orbita Logistics, Lever, English: confirmation, ghosted
    m(
        "21108",
        "2025-04-07 11:11",
        "Orbita Logistics <no-reply@hire.lever.co>",
        "Your application to Orbita Logistics",
        ("confirmation", ORB, "Analytics Engineer", 20, "lever", "en"),
        text="""Hi Larissa,

Thank you for applying to the Analytics Engineer position at Orbita. We've received your application and will be in touch if there's a match.

Orbita Logistics
https://jobs.lever.co/orbita
""",
        tz=BRT,
    ),
    # 21 Ribeira Seguros (Porto), Net-Empregos: confirmation, rejection (pt-PT)
    m(
        "21109",
        "2025-05-06 10:20",
        "Net-Empregos <noreply@net-empregos.com>",
        "Candidatura enviada com sucesso",
        ("confirmation", RIB, "Analista de Dados", 21, "other", "pt"),
        text="""Caro(a) Larissa Nogueira Campos,

A sua candidatura ao anúncio "Analista de Dados (m/f) - Porto" foi enviada com sucesso para a entidade Ribeira Seguros.

Boa sorte!
Net-Empregos
""",
        tz=WEST,
    ),
    m(
        "21110",
        "2025-05-20 16:40",
        "Recursos Humanos <rh@ribeiraseguros.pt>",
        "Candidatura - Analista de Dados",
        ("rejection", RIB, "Analista de Dados", 21, "direct", "pt"),
        text="""Exma. Senhora Larissa Campos,

Agradecemos o seu interesse na Ribeira Seguros e a candidatura que nos enviou.

Após análise cuidada, lamentamos informar que o seu perfil não foi selecionado para a fase seguinte do processo de recrutamento. Os seus dados ficarão na nossa base para futuras oportunidades, nos termos do RGPD.

Com os melhores cumprimentos,
Direção de Recursos Humanos
Ribeira Seguros, S.A.
""",
        tz=WEST,
    ),
    # 22 Tejo Digital (Lisboa), ITJobs.pt: confirmation, interview, rejection
    m(
        "21111",
        "2025-05-08 09:05",
        "ITJobs.pt <noreply@itjobs.pt>",
        "A sua candidatura foi submetida",
        ("confirmation", TEJ, "Data Analyst", 22, "other", "pt"),
        text="""Olá Larissa,

A sua candidatura à oferta "Data Analyst (Lisboa / Híbrido)" da empresa Tejo Digital foi submetida.

Pode acompanhar as suas candidaturas em https://www.itjobs.pt/conta/candidaturas

Equipa ITJobs.pt
""",
        tz=WEST,
    ),
    m(
        "21112",
        "2025-05-14 11:30",
        "Inês Carvalho <ines.carvalho@tejodigital.pt>",
        "Entrevista Tejo Digital",
        ("interview", TEJ, "Data Analyst", 22, "direct", "pt"),
        text="""Olá Larissa,

Obrigada pela sua candidatura. Gostaríamos de a convidar para uma primeira entrevista, por videochamada, na próxima segunda-feira, dia 19, às 14h30 (hora de Lisboa).

Consegue confirmar a disponibilidade?

Cumprimentos,
Inês Carvalho
Talent Acquisition | Tejo Digital
""",
        tz=WEST,
    ),
    m(
        "21113",
        "2025-05-14 15:02",
        "Inês Carvalho <ines.carvalho@tejodigital.pt>",
        "RE: Entrevista Tejo Digital",
        ("interview", TEJ, "Data Analyst", 22, "direct", "pt"),
        text="""Ótimo, fica confirmado. Segue o link: https://teams.microsoft.com/l/meetup-join/19%3atejo

Até segunda!
Inês
""",
        tz=WEST,
        **reply("21112", "ines.carvalho@tejodigital.pt"),
    ),
    m(
        "21114",
        "2025-06-02 10:00",
        "Inês Carvalho <ines.carvalho@tejodigital.pt>",
        "Ponto de situação",
        ("rejection", TEJ, "Data Analyst", 22, "direct", "pt"),
        text="""Olá Larissa,

Queria agradecer-lhe mais uma vez pelo tempo e pela conversa, que foi muito agradável. A equipa ficou com uma ótima impressão.

Ainda assim, decidimos avançar com outra pessoa cujo percurso está mais alinhado com a nossa stack atual. Desejo-lhe o maior sucesso nesta nova fase em Portugal!

Cumprimentos,
Inês
""",
        tz=WEST,
    ),
    # 23 Grupo Lusofarma, SAPO Emprego: confirmation, ghosted
    m(
        "21115",
        "2025-05-09 18:30",
        "SAPO Emprego <emprego@sapo.pt>",
        "Candidatura registada",
        ("confirmation", LUS, "Analista de Business Intelligence", 23, "other", "pt"),
        text="""Olá Larissa,

Registámos a sua candidatura à oferta Analista de Business Intelligence - Lisboa, publicada por Grupo Lusofarma.

SAPO Emprego
""",
        tz=WEST,
    ),
    # 24 Mareforte (Lisboa), Landing.jobs: confirmation, interview, rejection
    m(
        "21116",
        "2025-05-13 14:14",
        "Landing.jobs <hello@landing.jobs>",
        "You applied to Mareforte 🎉",
        ("confirmation", MAR, "Data Analyst", 24, "other", "en"),
        text="""Hey Larissa,

Your application to Data Analyst at Mareforte is in! The company usually answers within 10 days. We'll let you know as soon as there's news.

Landing.jobs
""",
        tz=WEST,
    ),
    m(
        "21117",
        "2025-05-23 09:45",
        "Landing.jobs <hello@landing.jobs>",
        "Mareforte wants to interview you!",
        ("interview", MAR, "Data Analyst", 24, "other", "en"),
        text="""Good news, Larissa!

Mareforte moved your application to the Interview stage. Their team will contact you to schedule a call.

Landing.jobs
""",
        tz=WEST,
    ),
    m(
        "21118",
        "2025-06-10 12:20",
        "Landing.jobs <hello@landing.jobs>",
        "Update from Mareforte",
        ("rejection", MAR, "Data Analyst", 24, "other", "en"),
        text="""Hi Larissa,

Mareforte has decided not to move forward with your application for Data Analyst. They thanked you for your time in the interviews.

Keep going, there are more than 300 tech jobs live on Landing.jobs.
""",
        tz=WEST,
    ),
    # 25 Cortiça Norte, S.A. (brand Cortinorte, Porto), Teamtailor: confirmation, interview, offer, accepted, onboarding
    m(
        "21119",
        "2025-05-15 08:50",
        "Cortinorte <no-reply@teamtailor-mail.com>",
        "Obrigado pela sua candidatura, Larissa",
        ("confirmation", COR, "Analista de Dados", 25, "teamtailor", "pt"),
        text="""Olá Larissa,

Obrigado pelo seu interesse na Cortinorte! Recebemos a sua candidatura para Analista de Dados (Santa Maria da Feira / Porto).

Vamos analisá-la com atenção e daremos notícias em breve.

Com os melhores cumprimentos,
Equipa de Pessoas - Cortinorte
https://careers.cortinorte.pt
""",
        tz=WEST,
    ),
    m(
        "21120",
        "2025-05-27 10:15",
        "Rui Magalhães <rui.magalhaes@corticanorte.pt>",
        "Entrevista - Analista de Dados",
        ("interview", COR, "Analista de Dados", 25, "direct", "pt"),
        text="""Bom dia Larissa,

Na sequência da sua candidatura, envio convite para entrevista presencial nas nossas instalações em Santa Maria da Feira, dia 3 de junho às 10h00. Estará presente também o Diretor Financeiro.

Melhores cumprimentos,
Rui Magalhães
Responsável de Controlo de Gestão
Cortiça Norte, S.A.
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000060CE21",
            "style": "outlook",
            "start": "2025-06-03 11:00:00 +0200",
            "minutes": 90,
            "organizer": ("Rui Magalhães", "rui.magalhaes@corticanorte.pt"),
            "summary": "Entrevista Larissa Campos - Analista de Dados",
            "location": "Cortiça Norte - Sede, Santa Maria da Feira",
        },
        tz=WEST,
    ),
    m(
        "21121",
        "2025-06-16 17:30",
        "Rui Magalhães <rui.magalhaes@corticanorte.pt>",
        "Proposta",
        ("offer", COR, "Analista de Dados", 25, "direct", "pt"),
        text="""Olá Larissa,

Tenho o gosto de lhe comunicar que gostaríamos muito de a ter connosco na equipa de Controlo de Gestão.

Em anexo segue a nossa proposta: contrato sem termo, remuneração bruta de 2.150 EUR x 14 meses, subsídio de alimentação em cartão e seguro de saúde. Data de início prevista: 1 de julho.

Fico a aguardar a sua resposta até sexta-feira.

Cumprimentos,
Rui Magalhães
""",
        attach=[("Proposta_Cortinorte_LCampos.pdf", "application/pdf", "%PDF-1.4 proposta")],
        tz=WEST,
    ),
    m(
        "21122",
        "2025-06-18 09:12",
        "Rui Magalhães <rui.magalhaes@corticanorte.pt>",
        "RE: Proposta",
        ("offer", COR, "Analista de Dados", 25, "direct", "pt"),
        st="accepted",
        text="""Que excelente notícia, Larissa! Recebi a proposta assinada. Bem-vinda à Cortinorte!

A Sónia, dos Recursos Humanos, vai contactá-la para tratar da documentação.

Rui

-----Mensagem original-----
De: Larissa Nogueira Campos
Assunto: RE: Proposta

Bom dia Rui, segue em anexo a proposta assinada. Muito obrigada!
""",
        tz=WEST,
        **reply("21121", "rui.magalhaes@corticanorte.pt"),
    ),
    m(
        "21123",
        "2025-06-20 14:00",
        "Sónia Pereira <sonia.pereira@corticanorte.pt>",
        "Documentação para admissão",
        ("other_job", COR, "Analista de Dados", None, "direct", "pt"),
        text="""Olá Larissa,

Para avançarmos com a sua admissão precisamos de: cópia do título de residência/visto, NIF, NISS, IBAN e certificado de habilitações.

Pode enviar por e-mail até dia 27. No primeiro dia terá o acolhimento às 9h.

Cumprimentos,
Sónia Pereira
Recursos Humanos | Cortiça Norte, S.A.
""",
        tz=WEST,
    ),
    # 26 Atlântico Labs, Workable: confirmation, interview, cancellation, ghosted
    m(
        "21124",
        "2025-05-16 13:33",
        "Atlântico Labs <noreply@candidates.workablemail.com>",
        "Thanks for applying to Atlântico Labs",
        ("confirmation", ATL, "BI Analyst", 26, "workable", "en"),
        text="""Hi Larissa,

Thank you for your interest in the BI Analyst position at Atlântico Labs. We'll review your application and get back to you.

Atlântico Labs hiring team
""",
        tz=WEST,
    ),
    m(
        "21125",
        "2025-05-26 10:00",
        "Atlântico Labs <noreply@candidates.workablemail.com>",
        "Interview invitation: BI Analyst",
        ("interview", ATL, "BI Analyst", 26, "workable", "en"),
        text="""Hi Larissa,

We'd like to invite you to a video interview for the BI Analyst role on Thursday 29 May at 15:00 (Lisbon). The invite is attached.

Atlântico Labs hiring team
""",
        ics={
            "uid": "workable-atl-0529-lcampos",
            "start": "2025-05-29 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Tomás Reis", "tomas@atlanticolabs.io"),
            "summary": "Interview: Larissa Nogueira Campos - BI Analyst",
            "location": "https://meet.google.com/atl-bian-qwe",
        },
        tz=WEST,
    ),
    m(
        "21126",
        "2025-05-28 19:20",
        "Tomás Reis <tomas@atlanticolabs.io>",
        "Cancelled: Interview: Larissa Nogueira Campos - BI Analyst",
        ("interview", ATL, "BI Analyst", 26, "direct", "en"),
        text="""This event has been cancelled.

Hi Larissa, sorry for the late notice - we need to cancel tomorrow. I'll get back to you with a new slot.
Tomás
""",
        ics={
            "uid": "workable-atl-0529-lcampos",
            "method": "CANCEL",
            "start": "2025-05-29 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Tomás Reis", "tomas@atlanticolabs.io"),
            "summary": "Interview: Larissa Nogueira Campos - BI Analyst",
        },
        tz=WEST,
    ),
    # 27 Nexo Recrutamento for Banco Alvorada (named late)
    m(
        "21127",
        "2025-05-19 11:00",
        "Filipa Antunes <filipa.antunes@nexorecrutamento.pt>",
        "Oportunidade Data Analyst - setor bancário, Lisboa",
        ("outreach", None, "Data Analyst - Risco", None, "agency", "pt"),
        text="""Olá Larissa,

Sou consultora na Nexo Recrutamento e estou a recrutar para um cliente do setor bancário, em Lisboa, uma função de Data Analyst na área de Risco. Vi o seu perfil no LinkedIn e parece-me muito adequado.

Teria disponibilidade para uma breve chamada esta semana?

Cumprimentos,
Filipa Antunes
Nexo Recrutamento
""",
        tz=WEST,
    ),
    m(
        "21128",
        "2025-05-30 16:45",
        "Filipa Antunes <filipa.antunes@nexorecrutamento.pt>",
        "RE: Oportunidade Data Analyst - setor bancário, Lisboa",
        ("interview", ALV, "Data Analyst - Risco", 27, "agency", "pt"),
        text="""Olá Larissa,

Obrigada pela conversa e pelo CV. O cliente é o Banco Alvorada e gostaria de a entrevistar na quarta-feira, 4 de junho, às 11h, nas instalações da Avenida da Liberdade.

Confirma?

Filipa
""",
        tz=WEST,
        **reply("21127", "filipa.antunes@nexorecrutamento.pt"),
    ),
    m(
        "21129",
        "2025-06-19 10:30",
        "Filipa Antunes <filipa.antunes@nexorecrutamento.pt>",
        "Banco Alvorada",
        ("confirmation", ALV, "Data Analyst - Risco", 27, "agency", "pt"),
        st="withdrawn",
        text="""Olá Larissa,

Muitos parabéns pela nova função! Conforme pediu, informei o Banco Alvorada de que retira a sua candidatura. Ficaram com pena, mas desejam-lhe felicidades.

Fico ao dispor para o futuro.
Filipa
""",
        tz=WEST,
    ),
    # 28 LinkedIn Easy Apply in Portugal: confirmation, viewed
    m(
        "21130",
        "2025-05-21 21:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Larissa, your application was sent to Veloso & Filhos",
        ("confirmation", "Veloso & Filhos", "Data Analyst (Porto)", 28, "linkedin", "en"),
        text="""Your application was sent to Veloso & Filhos

Data Analyst (Porto)
Veloso & Filhos · Porto, Portugal (On-site)
Applied on May 21, 2025

View job: https://www.linkedin.com/jobs/view/4188210034/
""",
        tz=WEST,
    ),
    m(
        "21131",
        "2025-05-27 08:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Veloso & Filhos",
        ("viewed", "Veloso & Filhos", "Data Analyst (Porto)", 28, "linkedin", "en"),
        text="""Veloso & Filhos viewed your application

Data Analyst (Porto)
Veloso & Filhos · Porto, Portugal

See who else is hiring: https://www.linkedin.com/jobs/
""",
        tz=WEST,
    ),
    # alerts / outreach / other in Portugal
    m(
        "21132",
        "2025-05-02 08:00",
        "Net-Empregos <alertas@net-empregos.com>",
        "Alerta de emprego: 8 novas ofertas de Analista de Dados",
        ("alert", None, None, None, "other", "pt"),
        text="""Novas ofertas para o seu alerta "analista de dados" em Lisboa e Porto:

- Analista de Dados (m/f) - Ribeira Seguros - Porto
- Data Analyst Junior - Grupo Lusofarma - Lisboa
- Analista de Reporting - Caixa Popular - Coimbra

Ver todas: https://www.net-empregos.com/
""",
        tz=WEST,
    ),
    m(
        "21133",
        "2025-05-12 10:00",
        "ITJobs.pt <noreply@itjobs.pt>",
        "Ofertas recomendadas para si",
        ("alert", None, None, None, "other", "pt"),
        text="""Olá Larissa, estas ofertas correspondem ao seu perfil:

Power BI Developer - Lisboa - Tejo Digital
Analytics Engineer - Porto - Gaivota Software

https://www.itjobs.pt/
""",
        tz=WEST,
    ),
    m(
        "21134",
        "2025-05-24 12:00",
        "Teamtailor <no-reply@teamtailor-mail.com>",
        "Bem-vinda à comunidade de talento da Gaivota Software",
        ("alert", "Gaivota Software", None, None, "teamtailor", "pt"),
        text="""Olá Larissa,

Obrigado por se juntar à nossa comunidade de talento! Vamos avisá-la quando abrirmos funções na sua área.

Gaivota Software
""",
        tz=WEST,
    ),
    m(
        "21135",
        "2025-06-05 15:30",
        "Miguel Sardinha <miguel@gaivotasoftware.pt>",
        "Olá Larissa - Analytics Engineer na Gaivota",
        ("outreach", "Gaivota Software", "Analytics Engineer", None, "direct", "pt"),
        text="""Olá Larissa,

Sou co-fundador da Gaivota Software (Porto). Vi o seu perfil na comunidade de talento e gostava de falar consigo sobre a função de Analytics Engineer que temos aberta. Tem 20 minutos esta semana?

Abraço,
Miguel
""",
        tz=WEST,
    ),
    m(
        "21136",
        "2025-05-16 13:34",
        "Atlântico Labs <noreply@candidates.workablemail.com>",
        "Please verify your email address",
        ("other_job", ATL, None, None, "workable", "en"),
        text="""Hi Larissa,

Please confirm your email to access your candidate profile: https://apply.workable.com/verify/9bd2c1

Workable
""",
        tz=WEST,
    ),
    m(
        "21137",
        "2025-04-14 07:00",
        "Landing.jobs <hello@landing.jobs>",
        "Moving to Portugal? 25 companies sponsoring visas this month",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Larissa,

These companies are hiring and helping with relocation to Lisbon and Porto: Mareforte, Tejo Digital, Gaivota Software and more.

Browse jobs: https://landing.jobs/jobs?relocation=true
""",
        tz=WEST,
    ),
    m(
        "21138",
        "2025-04-22 11:40",
        "Aline Costa <aline.costa@quantapay.com>",
        "Analytics role at Quanta (again!)",
        ("outreach", QP, "Analytics Lead - Payments", None, "direct", "en"),
        text="""Hi Larissa,

Dana passed along your name - you were a finalist for our Senior Data Analyst role. We've just opened an Analytics Lead position in our merchant team and she thought of you. Any interest in chatting?

Aline Costa
Recruiting Lead, Quanta
""",
        tz=BRT,
    ),
    # 28 Veloso & Filhos: owner writes from gmail, then she withdraws
    m(
        "21139",
        "2025-06-04 12:45",
        "Artur Veloso <artur.veloso1970@gmail.com>",
        "Candidatura Data Analyst",
        ("interview", "Veloso & Filhos", "Data Analyst (Porto)", 28, "direct", "pt"),
        text="""Boa tarde Larissa,

Recebi a sua candidatura pelo LinkedIn. Somos uma empresa familiar de distribuição alimentar em Matosinhos e procuramos alguém para organizar os nossos dados de vendas.

Podia passar cá para uma conversa na próxima terça, pelas 15h?

Cumprimentos,
Artur Veloso
Gerente - Veloso & Filhos, Lda.
Tel. 229 381 220
""",
        tz=WEST,
    ),
    m(
        "21140",
        "2025-06-19 18:20",
        "Artur Veloso <artur.veloso1970@gmail.com>",
        "Re: Candidatura Data Analyst",
        ("confirmation", "Veloso & Filhos", "Data Analyst (Porto)", 28, "direct", "pt"),
        st="withdrawn",
        text="""Compreendo perfeitamente, Larissa. Obrigado por avisar com franqueza. Boa sorte na Cortinorte!

Artur

No dia qua., 18/06/2025, Larissa Nogueira Campos escreveu:
> Caro Artur, agradeço muito a conversa, mas aceitei outra proposta e por isso retiro a minha candidatura.
""",
        tz=WEST,
        **reply("21139", "artur.veloso1970@gmail.com"),
    ),
    m(
        "21141",
        "2025-05-15 09:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Banco Alvorada está contratando: Data Analyst",
        ("alert", "Banco Alvorada", None, None, "linkedin", "pt"),
        text="""Banco Alvorada está contratando

Data Analyst · Lisboa, Portugal (Híbrido)
Reporting Analyst · Lisboa, Portugal

Ver vagas: https://www.linkedin.com/company/banco-alvorada/jobs/
""",
        tz=WEST,
    ),
    m(
        "21142",
        "2025-05-19 08:30",
        "Inês Carvalho <ines.carvalho@tejodigital.pt>",
        "Resposta automática: Candidatura Data Analyst - Larissa Campos",
        ("other_job", TEJ, None, None, "direct", "pt"),
        text="""Obrigada pela sua mensagem. Estou ausente até dia 19 de maio, da parte da tarde, com acesso limitado ao email. Para assuntos urgentes contacte recrutamento@tejodigital.pt.

Inês Carvalho
""",
        tz=WEST,
    ),
    m(
        "21143",
        "2025-06-17 11:00",
        "Sónia Pereira <sonia.pereira@corticanorte.pt>",
        "Referências profissionais",
        ("other_job", COR, "Analista de Dados", None, "direct", "pt"),
        text="""Olá Larissa,

No seguimento da aceitação da proposta, pedimos-lhe os contactos de duas referências profissionais (nome, função e telefone/email) para concluirmos o processo de admissão.

Obrigada,
Sónia Pereira
Recursos Humanos
""",
        tz=WEST,
    ),
    m(
        "21144",
        "2025-02-11 09:00",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Welcome to the Halvorsen Talent Community",
        ("alert", HAL, None, None, "workday", "en"),
        text="""Hi Larissa,

Thanks for joining the Halvorsen Foods Talent Community. We'll share news, events and job opportunities that match your interests.

Halvorsen Foods Talent Acquisition
""",
        tz=BRT,
    ),
    m(
        "21145",
        "2025-05-29 16:00",
        "Landing.jobs <hello@landing.jobs>",
        "Your profile is 60% complete",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Larissa, companies are 3x more likely to reach out to complete profiles. Add your skills and salary expectations: https://landing.jobs/profile
""",
        tz=WEST,
    ),
]
