"""Job mail of the twelfth held-out corpus: Brazil, Mexico and the agencies (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

WET, WEST, CET, CEST = "+0000", "+0100", "+0100", "+0200"
BRT, CDMX = "-0300", "-0600"

VERDE = "Verdemar Logística"
AVEN = "Avenida Cloud"
QUANT = "Quantia Fintech"
OCE = "Oceânica Seguros"
MERID = "Banco Meridiano"
NOPAL = "Nopal Commerce"
ALF = "Alfarroba Tech"

MAIL: list[dict[str, Any]] = [
    # 22 Verdemar Logística (BR), Gupy: confirmation, test, rejection
    m(
        "12101",
        "2026-01-13 10:45",
        "Verdemar Logística <naoresponda@gupy.io>",
        "Candidatura realizada com sucesso!",
        ("confirmation", VERDE, "Pessoa Desenvolvedora Backend Sênior", 22, "other", "pt"),
        html="""<html><body style="font-family:Roboto,Arial">
<p>Oi, Beatriz! Tudo bem?</p>
<p>Sua candidatura para a vaga <b>Pessoa Desenvolvedora Backend Sênior</b> foi realizada com sucesso! 🎉</p>
<p>Agora é só acompanhar as próximas etapas pela sua área de candidato. Fique de olho no seu e-mail,
pois as próximas etapas podem incluir testes online.</p>
<p><a href="https://verdemar.gupy.io/candidates/applications">Acompanhar candidatura</a></p>
<p>Um abraço,<br>Time de Gente &amp; Gestão | Verdemar Logística</p>
<p style="font-size:11px;color:#999">Enviado por Gupy</p>
</body></html>""",
        tz=BRT,
    ),
    m(
        "12102",
        "2026-01-16 09:00",
        "Verdemar Logística <naoresponda@gupy.io>",
        "Próxima etapa: Teste técnico",
        ("assessment", VERDE, "Pessoa Desenvolvedora Backend Sênior", 22, "other", "pt"),
        text="""Oi, Beatriz!

Você avançou no processo seletivo da vaga Pessoa Desenvolvedora Backend Sênior. 🚀

A próxima etapa é um teste técnico online (lógica + uma questão de modelagem de API). Você tem
até 5 dias para concluir, e leva cerca de 1h30.

Fazer o teste: https://verdemar.gupy.io/candidates/applications/5531827/steps

Boa sorte!
Time de Gente & Gestão | Verdemar Logística
""",
        tz=BRT,
    ),
    m(
        "12103",
        "2026-02-04 17:22",
        "Verdemar Logística <naoresponda@gupy.io>",
        "Retorno sobre o processo seletivo",
        ("rejection", VERDE, "Pessoa Desenvolvedora Backend Sênior", 22, "other", "pt"),
        text="""Oi, Beatriz, tudo bem?

Queremos agradecer muito sua participação no nosso processo seletivo. Foi incrível conhecer
um pouco mais sobre a sua trajetória!

Neste momento, optamos por seguir com outros perfis mais aderentes à vaga, especialmente por
conta da exigência de residência no Brasil para o regime CLT.

Seu currículo continuará no nosso banco de talentos. Desejamos muito sucesso!

Time de Gente & Gestão | Verdemar Logística
""",
        tz=BRT,
    ),
    # 23 Caju Saúde (BR), Catho: confirmation only
    m(
        "12104",
        "2026-02-09 14:12",
        "Catho <noreply@catho.com.br>",
        "Você se candidatou: Engenheira(o) de Software Backend - Caju Saúde",
        ("confirmation", "Caju Saúde", "Engenheira(o) de Software Backend", 23, "other", "pt"),
        text="""Olá, Beatriz!

Seu currículo foi enviado com sucesso para a vaga:

Engenheira(o) de Software Backend
Caju Saúde - São Paulo (SP) - Remoto

Dica Catho: candidatos que atualizam o currículo a cada 30 dias são vistos até 3x mais
pelos recrutadores.

Equipe Catho
""",
        tz=BRT,
    ),
    # 24 Avenida Cloud (BR), Lever: confirmation, interview, rejection
    m(
        "12105",
        "2026-02-23 11:30",
        "Avenida Cloud <no-reply@hire.lever.co>",
        "Recebemos sua candidatura - Avenida Cloud",
        (
            "confirmation",
            AVEN,
            "Backend Engineer Pleno/Sênior (Remoto LATAM/EU)",
            24,
            "lever",
            "pt",
        ),
        text="""Olá Beatriz,

Obrigado por se candidatar à vaga Backend Engineer Pleno/Sênior (Remoto LATAM/EU) na Avenida
Cloud! Nosso time vai analisar seu perfil e retornaremos em breve.

Abraços,
Time de Talentos Avenida Cloud
""",
        tz=BRT,
    ),
    m(
        "12106",
        "2026-03-04 15:02",
        "Carolina Brandão <carolina.brandao@avenidacloud.example>",
        "Bate-papo com a Avenida Cloud 😊",
        ("interview", AVEN, "Backend Engineer Pleno/Sênior (Remoto LATAM/EU)", 24, "direct", "pt"),
        text="""Oi Beatriz, tudo certo?

Aqui é a Carol, do time de Talentos. Curti muito seu perfil! Vamos marcar um bate-papo de 40
min com o nosso tech lead, o Felipe? Pode escolher um horário aqui que fique bom pra você (já
está no fuso de Madri): https://calendly.com/carol-avenida/entrevista

Beijos,
Carol
""",
        tz=BRT,
    ),
    m(
        "12107",
        "2026-03-19 10:48",
        "Carolina Brandão <carolina.brandao@avenidacloud.example>",
        "Devolutiva do processo",
        ("rejection", AVEN, "Backend Engineer Pleno/Sênior (Remoto LATAM/EU)", 24, "direct", "pt"),
        text="""Oi Beatriz,

Passando para dar uma devolutiva, como prometido. O Felipe gostou muito da conversa e da sua
experiência com Postgres em alto volume. Mas, pensando no momento do time, decidimos seguir
com uma pessoa com mais vivência em Elixir, que é a nossa stack principal.

Sei que não é a notícia que você esperava. Vou te manter no radar!

Beijos,
Carol
""",
        tz=BRT,
    ),
    # 25 Quantia Fintech (MX), OCC Mundial; recruiter from Gmail; put on hold
    m(
        "12108",
        "2026-02-10 20:33",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "¡Te postulaste con éxito!",
        ("confirmation", QUANT, "Desarrollador Backend Sr (Remoto)", 25, "other", "es"),
        text="""¡Hola Beatriz!

Tu postulación fue enviada con éxito.

Vacante: Desarrollador Backend Sr (Remoto)
Empresa: Quantia Fintech
Ubicación: Ciudad de México / Home office
Sueldo: $70,000 - $85,000 mensual

Da seguimiento a tus postulaciones en https://www.occ.com.mx/postulaciones

Equipo OCC
""",
        tz=CDMX,
    ),
    m(
        "12109",
        "2026-02-17 11:05",
        "Karla Zepeda <karlazepeda.rh@gmail.com>",
        "Entrevista vacante backend",
        ("interview", QUANT, "Desarrollador Backend Sr (Remoto)", 25, "direct", "es"),
        text="""Hola Beatriz, qué tal?

Te escribo de parte de Quantia, vi tu postulación en OCC para la vacante de Desarrollador
Backend Sr. Me gustaría agendar una llamada con el líder técnico, ¿te late el jueves 19 a las
9:00 hora de CDMX (16:00 en Portugal si no me equivoco)? Sería por Zoom.

Saludos!
Karla Zepeda
Reclutamiento TI | Quantia Fintech
WhatsApp +52 55 4120 8876
""",
        tz=CDMX,
    ),
    m(
        "12110",
        "2026-02-17 12:40",
        "Karla Zepeda <karlazepeda.rh@gmail.com>",
        "Re: Entrevista vacante backend",
        ("interview", QUANT, "Desarrollador Backend Sr (Remoto)", 25, "direct", "es"),
        text="""Perfecto, quedamos así. Te comparto la liga:
https://quantia.zoom.us/j/88213345671

Saludos!

El mar, 17 feb 2026 a las 12:18, Beatriz Lopes Ferraz (<beatriz.lferraz@gmail.com>) escribió:
> Hola Karla, el jueves a las 9 (CDMX) me va bien. ¡Gracias!
""",
        tz=CDMX,
        headers=reply("12109", "Karla Zepeda <karlazepeda.rh@gmail.com>"),
    ),
    m(
        "12111",
        "2026-03-06 13:15",
        "Karla Zepeda <karlazepeda.rh@gmail.com>",
        "Re: Entrevista vacante backend",
        ("confirmation", QUANT, "Desarrollador Backend Sr (Remoto)", 25, "direct", "es"),
        st="on_hold",
        text="""Hola Beatriz, una disculpa por la demora.

Te cuento que dirección decidió pausar la contratación de esta vacante hasta el siguiente
trimestre por temas de presupuesto. Tu perfil le gustó mucho a Iván, así que en cuanto se
reactive te busco. No está cancelada, solo en pausa.

Mil gracias por tu paciencia!
Karla
""",
        tz=CDMX,
        headers=reply("12109", "Karla Zepeda <karlazepeda.rh@gmail.com>"),
    ),
    # 26 Grupo Logístico Tlaloc (MX), Computrabajo: confirmation, viewed
    m(
        "12112",
        "2026-02-25 18:00",
        "Computrabajo <no-reply@computrabajo.com>",
        "Postulación enviada: Desarrollador Python Sr",
        ("confirmation", "Grupo Logístico Tlaloc", "Desarrollador Python Sr", 26, "other", "es"),
        text="""Hola Beatriz,

Tu hoja de vida fue enviada a la oferta "Desarrollador Python Sr" en Grupo Logístico Tlaloc
(Monterrey, N.L. - remoto).

Te avisaremos cuando la empresa la revise.

Computrabajo México
""",
        tz=CDMX,
    ),
    m(
        "12113",
        "2026-03-01 09:27",
        "Computrabajo <no-reply@computrabajo.com>",
        "La empresa vio tu hoja de vida",
        ("viewed", "Grupo Logístico Tlaloc", "Desarrollador Python Sr", 26, "other", "es"),
        text="""¡Buenas noticias, Beatriz!

Grupo Logístico Tlaloc vio tu hoja de vida para Desarrollador Python Sr.

Sigue el proceso en https://mx.computrabajo.com/candidato/postulaciones

Computrabajo México
""",
        tz=CDMX,
    ),
    # 27 Nortesoft (Porto consultancy) placing at Oceânica Seguros
    m(
        "12114",
        "2026-01-09 10:20",
        "Vânia Teixeira <vania.teixeira@nortesoft.example>",
        "Oportunidade Backend Python - cliente do setor segurador (Porto)",
        ("outreach", None, "Backend Developer Python", None, "agency", "pt"),
        text="""Bom dia Beatriz,

O meu nome é Vânia Teixeira e sou IT Recruiter na Nortesoft Consulting. Encontrei o seu
perfil no LinkedIn e gostaria de lhe apresentar uma oportunidade num cliente nosso, uma
seguradora de referência com centro de competências no Porto.

- Função: Backend Developer Python (FastAPI, PostgreSQL, Kafka)
- Modelo: híbrido, 2 dias no cliente (Boavista)
- Contrato: sem termo com a Nortesoft, alocação ao cliente
- Salário: 2.600 € - 3.000 € brutos x 14 + subsídio de refeição

Teria disponibilidade para uma breve chamada esta semana?

Com os melhores cumprimentos,
Vânia Teixeira
IT Recruiter | Nortesoft Consulting
+351 912 330 118
""",
        tz=WET,
    ),
    m(
        "12115",
        "2026-01-14 15:48",
        "Vânia Teixeira <vania.teixeira@nortesoft.example>",
        "RE: Oportunidade Backend Python - cliente do setor segurador (Porto)",
        ("confirmation", OCE, "Backend Developer Python", 27, "agency", "pt"),
        text="""Olá Beatriz,

Obrigada pela conversa de ontem. Confirmo que submetemos hoje a sua candidatura ao cliente,
que agora já lhe posso dizer: trata-se da Oceânica Seguros (equipa de Sinistros Digitais).

Assim que tiver feedback entro em contacto.

Cumprimentos,
Vânia
""",
        tz=WET,
        headers=reply("12114", "Vânia Teixeira <vania.teixeira@nortesoft.example>"),
    ),
    m(
        "12116",
        "2026-01-21 12:02",
        "Vânia Teixeira <vania.teixeira@nortesoft.example>",
        "Entrevista técnica - Oceânica",
        ("interview", OCE, "Backend Developer Python", 27, "agency", "pt"),
        text="""Olá Beatriz,

Boas notícias: o cliente quer avançar para entrevista técnica! Ficou agendada para
segunda-feira, 26/01, às 10h00, nas instalações da Oceânica (Av. da Boavista 1277, 6.º piso).
Vai estar presente o responsável de arquitetura e um elemento da Nortesoft.

Leve o cartão de cidadão para a receção.

Cumprimentos,
Vânia Teixeira
""",
        tz=WET,
    ),
    m(
        "12117",
        "2026-01-26 14:30",
        "Vânia Teixeira <vania.teixeira@nortesoft.example>",
        "Re: Entrevista técnica - Oceânica",
        ("interview", OCE, "Backend Developer Python", 27, "agency", "pt"),
        text="""Obrigada Beatriz, que bom saber que correu bem! Fico a aguardar o feedback do cliente e
digo-lhe qualquer coisa.

Vânia

> Olá Vânia, a entrevista correu bem, foram muito simpáticos. Obrigada!
""",
        tz=WET,
        headers=reply("12116", "Vânia Teixeira <vania.teixeira@nortesoft.example>"),
    ),
    m(
        "12118",
        "2026-02-05 09:40",
        "Vânia Teixeira <vania.teixeira@nortesoft.example>",
        "Feedback",
        ("rejection", OCE, "Backend Developer Python", 27, "agency", "pt"),
        text="""Olá Beatriz,

Já tenho feedback do cliente. Gostaram bastante da parte técnica, mas como sabem que vai
mudar-se para Madrid em março, preferem não avançar, porque a função exige presença no Porto.

Lamento! Se mudar de ideias quanto à mudança, diga-me. E se quiser, posso procurar
oportunidades remotas em clientes nossos.

Cumprimentos,
Vânia
""",
        tz=WET,
    ),
    # 28 Talento Ibérico (headhunter, Hotmail) for Banco Meridiano: on hold
    m(
        "12119",
        "2026-03-11 11:55",
        "Gonzalo Arribas <gonzalo.arribas.talento@hotmail.com>",
        "Posición Backend Senior - entidad financiera Madrid",
        ("outreach", None, "Backend Senior (Java/Python)", None, "agency", "es"),
        text="""Hola Beatriz,

Trabajo como headhunter independiente (Talento Ibérico) y colaboro con una entidad financiera
de primer nivel en Madrid que está montando un equipo nuevo de pagos instantáneos.

Buscan perfiles Backend Senior (Java o Python) con experiencia en pagos. Rango salarial
55-65K + variable, híbrido 3 días.

¿Te encaja para hablar 15 minutos? Por confidencialidad no puedo dar el nombre por escrito
hasta que me confirmes interés.

Un saludo,
Gonzalo Arribas
Talento Ibérico - Executive & Tech Search
""",
        tz=CET,
    ),
    m(
        "12120",
        "2026-03-19 18:02",
        "Gonzalo Arribas <gonzalo.arribas.talento@hotmail.com>",
        "RE: Posición Backend Senior - entidad financiera Madrid",
        ("interview", MERID, "Backend Senior (Java/Python)", 28, "agency", "es"),
        text="""Hola Beatriz,

Como te comenté por teléfono, el cliente es Banco Meridiano. Les ha gustado mucho tu CV y
quieren hacerte una primera entrevista con el responsable de Pagos Instantáneos el miércoles
25 a las 17:00 en su sede de Azca (Raimundo Fernández Villaverde, 61).

Confírmame y se lo paso.

Gonzalo
""",
        tz=CET,
        headers=reply("12119", "Gonzalo Arribas <gonzalo.arribas.talento@hotmail.com>"),
    ),
    m(
        "12121",
        "2026-04-09 10:14",
        "Gonzalo Arribas <gonzalo.arribas.talento@hotmail.com>",
        "Novedades Meridiano",
        ("confirmation", MERID, "Backend Senior (Java/Python)", 28, "agency", "es"),
        st="on_hold",
        text="""Beatriz, buenos días.

Te cuento: el banco ha congelado temporalmente las incorporaciones del equipo de pagos hasta
que cierren la integración con la entidad que compraron en febrero. Me dicen que
previsiblemente se retomará después del verano y que tu candidatura sigue viva.

Te mantengo informada.
Gonzalo
""",
        tz=CEST,
    ),
    # 29 Estrela Nove (nearshore) placing at an unnamed client, later named
    m(
        "12122",
        "2026-02-18 16:10",
        "Recrutamento Estrela Nove <recrutamento@estrelanove.example>",
        "Projeto internacional | Backend Go | 100% remoto",
        ("outreach", None, "Backend Engineer (Go)", None, "agency", "pt"),
        text="""Olá Beatriz,

Na Estrela Nove Nearshore estamos a reforçar uma equipa para um cliente internacional do setor
de seguros, com quem trabalhamos há 6 anos.

Stack: Go, gRPC, PostgreSQL, AWS. Inglês fluente obrigatório. Trabalho 100% remoto a partir de
Portugal ou Espanha.

Se tiver interesse, responda a este email com o CV atualizado em inglês e a sua pretensão
salarial.

Equipa de Recrutamento
Estrela Nove Nearshore | Braga · Porto · Lisboa
""",
        tz=WET,
    ),
    m(
        "12123",
        "2026-02-20 09:30",
        "Recrutamento Estrela Nove <recrutamento@estrelanove.example>",
        "Re: Projeto internacional | Backend Go | 100% remoto",
        ("other_job", None, "Backend Engineer (Go)", None, "agency", "pt"),
        text="""Olá Beatriz,

Obrigada pelo envio do CV. Para podermos apresentar a sua candidatura, pedimos que preencha o
formulário de candidato (dados pessoais, disponibilidade e consentimento RGPD):
https://forms.estrelanove.example/candidato?ref=EN-2291

Após o preenchimento, a nossa equipa técnica entrará em contacto.

Equipa de Recrutamento
""",
        tz=WET,
        headers=reply("12122", "Recrutamento Estrela Nove <recrutamento@estrelanove.example>"),
    ),
    m(
        "12124",
        "2026-03-03 11:45",
        "Filipe Sá | Estrela Nove <filipe.sa@estrelanove.example>",
        "Entrevista com o cliente - Brightwater Insurance",
        ("interview", "Brightwater Insurance", "Backend Engineer (Go)", 29, "agency", "pt"),
        text="""Olá Beatriz,

Conforme falámos, o cliente é a Brightwater Insurance (Reino Unido). A entrevista com o
Engineering Manager deles será em inglês, na quinta-feira 5/3 às 14h00 (hora de Lisboa), por
Teams. Segue o convite.

Qualquer dúvida, estou por aqui.
Filipe Sá
Delivery Manager | Estrela Nove Nearshore
""",
        tz=WET,
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000C3D99E11",
            "start": "2026-03-05 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Filipe Sá", "filipe.sa@estrelanove.example"),
            "attendees": [("Gareth Holmes", "gareth.holmes@brightwater-ins.example")],
            "summary": "Brightwater / Estrela Nove - interview Beatriz Lopes Ferraz",
            "location": "Microsoft Teams Meeting",
        },
    ),
    # 30 Alfarroba Tech (Porto): spontaneous application by e-mail, acknowledgement, interview
    m(
        "12125",
        "2026-01-19 09:05",
        "Alfarroba Tech <jobs@alfarroba.example>",
        "Re: Candidatura espontânea - Beatriz Lopes Ferraz",
        ("confirmation", ALF, "Backend Developer", 30, "direct", "pt"),
        text="""Olá Beatriz,

Agradecemos o envio do seu CV. Neste momento temos uma vaga aberta para Backend Developer
(Python/Go) que parece adequada ao seu perfil, e associámos a sua candidatura a essa vaga.

Entraremos em contacto caso avance para a fase seguinte.

Cumprimentos,
Recursos Humanos
Alfarroba Tech, Lda. | Rua de Santa Catarina 1120, Porto
""",
        tz=WET,
    ),
    m(
        "12126",
        "2026-01-27 13:20",
        "Rita Alves <rita.alves@alfarroba.example>",
        "Convite: Entrevista Backend Developer @ qui 29 jan 2026 17:00 - 18:00 (WET)",
        ("interview", ALF, "Backend Developer", 30, "direct", "pt"),
        text="""Rita Alves convidou-o(a) para este evento.

Entrevista Backend Developer
quinta-feira, 29 de janeiro de 2026 17:00 - 18:00 (Hora da Europa Ocidental - Lisboa)
Local: Alfarroba Tech - Rua de Santa Catarina 1120, Porto
""",
        tz=WET,
        ics={
            "uid": "3n9fo0c1ql4q2b0s@google.com",
            "start": "2026-01-29 17:00:00 +0000",
            "minutes": 60,
            "organizer": ("Rita Alves", "rita.alves@alfarroba.example"),
            "attendees": [("Pedro Guimarães", "pedro.guimaraes@alfarroba.example")],
            "summary": "Entrevista Backend Developer",
            "location": "Alfarroba Tech - Rua de Santa Catarina 1120, Porto",
        },
    ),
    # 31 Nopal Commerce (MX), Lever + HackerRank in Spanish, rejection
    m(
        "12127",
        "2026-04-13 16:20",
        "Nopal Commerce <no-reply@hire.lever.co>",
        "Gracias por tu postulación en Nopal Commerce",
        ("confirmation", NOPAL, "Backend Engineer Sr. (Go)", 31, "lever", "es"),
        text="""¡Hola Beatriz!

Gracias por postularte a Backend Engineer Sr. (Go) en Nopal Commerce. Nuestro equipo revisará
tu perfil y te contactaremos si hay match.

Equipo de Talento Nopal
""",
        tz=CDMX,
    ),
    m(
        "12128",
        "2026-04-15 10:00",
        "HackerRank <support@hackerrankforwork.com>",
        "Invitación a prueba: Nopal Commerce",
        ("assessment", NOPAL, "Backend Engineer Sr. (Go)", 31, "hackerrank", "es"),
        text="""Hola Beatriz Lopes Ferraz,

Nopal Commerce te invitó a realizar la prueba "Backend Go - Sr".

Duración: 75 minutos
Vence: 22 de abril de 2026

Comenzar: https://www.hackerrank.com/tests/nopal-go-sr/login

Equipo HackerRank
""",
        tz=CDMX,
    ),
    m(
        "12129",
        "2026-04-27 12:48",
        "Nopal Commerce <no-reply@hire.lever.co>",
        "Tu proceso con Nopal Commerce",
        ("rejection", NOPAL, "Backend Engineer Sr. (Go)", 31, "lever", "es"),
        text="""Hola Beatriz,

Muchas gracias por el tiempo que dedicaste a la prueba técnica. Tu resultado fue bueno, pero
decidimos avanzar con candidatos ubicados en México por temas de horario y contratación.

¡Te deseamos mucho éxito!
Equipo de Talento Nopal
""",
        tz=CDMX,
    ),
]

GMT, BST, EST, EDT = "+0000", "+0100", "-0500", "-0400"

# Alerts, talent communities, nudges, outreach and other job mail
MAIL += [
    m(
        "12140",
        "2026-01-06 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“backend engineer”: Lumen Pagamentos - Backend Engineer (Python) and more",
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for backend engineer in Porto, Portugal
12 new jobs match your preferences.

Backend Engineer (Python)
Lumen Pagamentos · Porto (Hybrid)
Actively recruiting

Software Engineer - Backend
Tessela Robotics · Porto (On-site)

Senior Python Developer
Farol Analytics · Portugal (Remote)
Be an early applicant

See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=1841772
Unsubscribe · Help
""",
        tz=WET,
    ),
    m(
        "12141",
        "2026-01-08 12:00",
        "Lumen Pagamentos <no-reply@teamtailor.com>",
        "Bem-vinda à Lumen Connect!",
        ("alert", "Lumen Pagamentos", None, None, "teamtailor", "pt"),
        text="""Olá Beatriz,

Obrigado por te juntares à Lumen Connect, a nossa comunidade de talento. Vais ser das primeiras
pessoas a saber quando abrirmos vagas que combinem contigo nas áreas que escolheste:
Engenharia · Backend, Engenharia · Dados.

Podes atualizar as tuas preferências quando quiseres:
https://lumenpagamentos.teamtailor.com/connect/preferences

Até breve!
Lumen Pagamentos
""",
        tz=WET,
    ),
    m(
        "12142",
        "2026-01-21 19:30",
        "Gupy <naoresponda@gupy.io>",
        "Beatriz, separamos vagas com a sua cara",
        ("alert", None, None, None, "other", "pt"),
        text="""Oi, Beatriz!

Com base nas suas últimas candidaturas, encontramos essas vagas:

• Desenvolvedora Backend Python Sênior - Bravo Seguros - Remoto
• Engenheira de Software (Go) - Trilha Pagamentos - Remoto
• Tech Lead Backend - Grupo Pinhal - Curitiba/PR

Ver vagas: https://portal.gupy.io/job-search/recommended

Gupy
""",
        tz=BRT,
    ),
    m(
        "12143",
        "2026-02-01 08:15",
        "InfoJobs <alertas@push.infojobs.net>",
        "5 nuevas ofertas de Backend en Madrid",
        ("alert", None, None, None, "other", "es"),
        text="""Hola Beatriz, estas son las nuevas ofertas de tu alerta "Backend Python Madrid":

- Backend Developer Python - Cobalto Energía - Madrid - 40.000-48.000 €
- Ingeniero/a de Software Senior - Rumbo Viajes - Madrid (híbrido)
- Desarrollador/a Django - Quercus Digital - 100% remoto
- Backend Engineer - Cravo Systems - Madrid
- Python Developer - Pixelia - Las Rozas

Ver todas: https://www.infojobs.net/jobsearch/search-results
Darte de baja de esta alerta
""",
        tz=CET,
    ),
    m(
        "12144",
        "2026-02-14 10:02",
        "Kinetic Orbit <noreply@candidates.workablemail.com>",
        "You haven't finished your application",
        ("alert", "Kinetic Orbit", "Site Reliability Engineer", None, "workable", "en"),
        text="""Hi Beatriz,

You started applying for Site Reliability Engineer at Kinetic Orbit but didn't submit your
application. It only takes a few minutes to finish:

https://apply.workable.com/kinetic-orbit/j/5A12C9F0D3/apply/

Kinetic Orbit Hiring Team
""",
        tz=EST,
    ),
    m(
        "12145",
        "2026-02-19 07:40",
        "Tecnoempleo.com <alertas@tecnoempleo.com>",
        "Nuevas ofertas: Go, Python - Madrid",
        ("alert", None, None, None, "other", "es"),
        text="""Ofertas publicadas en las últimas 24h según tu alerta:

* Desarrollador/a Backend Go - Madrid - Grupo Albarda Tecnología - 45.000 €
* Programador Python (FastAPI) - Remoto - Nubia Sistemas
* Arquitecto/a Backend - Madrid - Consultora Tecnológica (confidencial)

https://www.tecnoempleo.com/alertas
""",
        tz=CET,
    ),
    m(
        "12146",
        "2026-03-05 11:25",
        "Indeed <alert@indeed.com>",
        "Programador backend en Madrid: 18 empleos nuevos",
        ("alert", None, None, None, "indeed", "es"),
        text="""18 empleos nuevos para programador backend en Madrid

Programador/a Backend Java - Solvia Informática - Alcobendas
Desarrollador Node.js - Tintero Labs - Madrid
Backend Engineer (Kotlin) - Vialta Movilidad - Madrid
Ingeniero/a de plataforma - Caracola Cloud - Madrid

Ver todos: https://es.indeed.com/q-programador-backend-l-madrid-empleos.html
Dejar de recibir este correo
""",
        tz=CET,
    ),
    m(
        "12147",
        "2026-03-09 09:10",
        "Landing.jobs <hello@landing.jobs>",
        "This week's picks: 9 backend roles with salary shown",
        ("alert", None, None, None, "other", "en"),
        text="""Hey Beatriz,

Your weekly picks, all with salary in the ad:

• Senior Backend Engineer @ Farol Analytics - €55k-€65k - Remote PT
• Backend Engineer (Go) @ Brisa Mobility - €45k-€58k - Lisbon/Remote
• Platform Engineer @ Tessela Robotics - €48k-€60k - Porto

Also: our 2026 Tech Salary Report is out - see how your pay compares.

The Landing.jobs team
""",
        tz=WET,
    ),
    m(
        "12148",
        "2026-03-17 08:00",
        "OCC Mundial <alertas@occ.com.mx>",
        "Vacantes nuevas: Backend remoto",
        ("alert", None, None, None, "other", "es"),
        text="""Hola Beatriz, encontramos 7 vacantes nuevas para "backend remoto":

Desarrollador Backend Go - Nopal Commerce - CDMX / Remoto
Ingeniero de Software Sr - Fintech Tepeyac - Guadalajara / Remoto
Backend Python - Grupo Logístico Tlaloc - Monterrey / Remoto

Ver vacantes: https://www.occ.com.mx/empleos/de-backend/tipo-home-office-remoto/
""",
        tz=CDMX,
    ),
    m(
        "12149",
        "2026-04-03 18:30",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Holloway Health is hiring: Platform Engineer",
        ("alert", "Holloway Health", "Platform Engineer", None, "linkedin", "en"),
        text="""Beatriz, a company you follow is hiring

Platform Engineer
Holloway Health · United Kingdom (Remote)
3 connections work here

View job: https://www.linkedin.com/jobs/view/4201188734/
""",
        tz=BST,
    ),
    m(
        "12150",
        "2026-04-18 10:45",
        "Catho <noreply@catho.com.br>",
        "Vagas recomendadas para você",
        ("alert", None, None, None, "other", "pt"),
        text="""Olá, Beatriz!

Vagas que combinam com seu perfil:
- Desenvolvedor(a) Backend Java - Santa Rita Varejo - São Paulo/SP
- Engenheiro(a) de Software Pleno - Caju Saúde - Remoto
- Analista Desenvolvedor Python - Cooperativa Serrana - Florianópolis/SC

Ver todas: https://www.catho.com.br/vagas/recomendadas
""",
        tz=BRT,
    ),
    m(
        "12151",
        "2026-02-26 09:00",
        "Computrabajo <no-reply@computrabajo.com>",
        "Completa tu postulación",
        ("alert", "Fintech Tepeyac", "Ingeniero de Software Sr", None, "other", "es"),
        text="""Hola Beatriz,

Empezaste a postularte a "Ingeniero de Software Sr" en Fintech Tepeyac pero faltan las
preguntas de filtro. ¡Termina tu postulación antes de que se cierre la vacante!

Continuar: https://mx.computrabajo.com/candidato/postulaciones/pendientes
""",
        tz=CDMX,
    ),
    # outreach
    m(
        "12152",
        "2026-01-28 14:40",
        "Daniel Keogh via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Backend role at a Series B climate company (remote EU)",
        ("outreach", "Solstead", "Senior Backend Engineer", None, "linkedin", "en"),
        text="""Daniel Keogh
Senior Technical Recruiter at Solstead

Hi Beatriz,

Your background in payments reconciliation caught my eye. I'm hiring a Senior Backend Engineer
(Python, event-driven, Postgres) for Solstead - we help housing associations finance solar.
Fully remote within EU timezones, €70-85k.

Open to a quick chat?

Daniel

Reply: https://www.linkedin.com/messaging/thread/2-MTk4ZjY/
""",
        tz=GMT,
    ),
    m(
        "12153",
        "2026-03-24 10:05",
        "Marina Oyarzábal <m.oyarzabal@outlook.es>",
        "Proyecto backend Python - cliente retail (Madrid)",
        ("outreach", None, "Desarrollador/a Backend Python", None, "agency", "es"),
        text="""Buenos días Beatriz,

Soy Marina, consultora de selección en Peninsula Tech Talent. Tenemos una vacante de
Desarrollador/a Backend Python para un cliente del sector retail con oficinas en Méndez
Álvaro. Proyecto estable, 100% remoto tras el primer mes, 45-52K.

Si te interesa te cuento más por teléfono. ¿Me pasas tu número?

Saludos cordiales,
Marina Oyarzábal
Peninsula Tech Talent | Madrid
""",
        tz=CET,
    ),
    m(
        "12154",
        "2026-02-12 13:30",
        "Lucas Menezes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade remota - Engenharia Backend (Go)",
        (
            "outreach",
            "Trilha Pagamentos",
            "Engenheira de Software Backend (Go)",
            None,
            "linkedin",
            "pt",
        ),
        text="""Lucas Menezes
Tech Recruiter na Trilha Pagamentos

Oi Beatriz, tudo bem?

Estou buscando uma pessoa engenheira backend com Go para o nosso time de Pix e vi que você
trabalha com conciliação de pagamentos. A vaga é 100% remota, contratação PJ em dólar.
Podemos conversar?

Abs,
Lucas
""",
        tz=BRT,
    ),
    m(
        "12155",
        "2026-06-09 16:12",
        "Sofía Elizondo <sofia.elizondo@runaway-mx.example>",
        "¿Te interesaría liderar el equipo de backend?",
        ("outreach", "Runaway", "Backend Tech Lead", None, "direct", "es"),
        text="""Hola Beatriz,

Soy Sofía, cofundadora de Runaway (viajes corporativos, CDMX). Vi tu charla en PyCon sobre
claves de idempotencia y creo que encajarías muy bien como Tech Lead de backend. Podemos
contratar en España vía EOR.

¿Te late platicar 20 minutos?

Sofía Elizondo
Runaway · runaway-mx.example
""",
        tz=CDMX,
    ),
    # other job mail
    m(
        "12156",
        "2026-01-13 10:30",
        "Gupy <naoresponda@gupy.io>",
        "Seu código de verificação Gupy",
        ("other_job", None, None, None, "other", "pt"),
        text="""Olá, Beatriz!

Seu código de verificação é: 482 913

Ele expira em 10 minutos. Se você não solicitou este código, ignore este e-mail.

Gupy
""",
        tz=BRT,
    ),
    m(
        "12157",
        "2026-02-10 09:20",
        "Priya Raman <priya.raman@cplhq.example>",
        "Automatic reply: Intro call next week?",
        ("other_job", "Copperline", None, None, "direct", "en"),
        text="""Thanks for your email. I'm out of office until Thursday 12 February with limited access to
email. For anything urgent about your interview schedule, please contact
talent@cplhq.example.

Priya
""",
        tz=EST,
        headers=reply("12021", "Priya Raman <priya.raman@cplhq.example>"),
    ),
    m(
        "12158",
        "2026-03-20 10:00",
        "Copperline Recruiting <no-reply@greenhouse.io>",
        "How was your interview experience with Copperline?",
        (
            "other_job",
            "Copperline",
            "Senior Backend Engineer, Integrations",
            None,
            "greenhouse",
            "en",
        ),
        text="""Hi Beatriz,

We'd love your honest feedback on your recent interview experience with Copperline. This
anonymous survey takes about 3 minutes:

https://app.greenhouse.io/candidate_surveys/8a9b2c

Your answers won't affect any hiring decision.

Copperline Recruiting
""",
        tz=EDT,
    ),
    m(
        "12159",
        "2026-03-26 12:40",
        "Avenida Cloud <no-reply@hire.lever.co>",
        "Confirme seu e-mail - Portal de Candidatos",
        ("other_job", "Avenida Cloud", None, None, "lever", "pt"),
        text="""Olá Beatriz,

Use o link abaixo para confirmar seu e-mail e acessar o portal de candidatos da Avenida Cloud:

https://jobs.lever.co/avenidacloud/candidate-portal/verify?token=f83a

O link expira em 24 horas.
""",
        tz=BRT,
    ),
    m(
        "12160",
        "2026-05-06 15:30",
        "Verifica Ibérica <no-reply@verificaiberica.example>",
        "Tramontana Software - verificación de antecedentes",
        (
            "other_job",
            "Tramontana Software",
            "Backend Engineer (Python/Django)",
            None,
            "other",
            "es",
        ),
        text="""Hola Beatriz,

Tramontana Software nos ha solicitado la verificación de tu historial laboral y académico como
parte de tu incorporación. Necesitamos que autorices la consulta y subas tu título
universitario:

https://candidatos.verificaiberica.example/c/TRM-55129

Plazo: 5 días hábiles.

Verifica Ibérica - Screening & Compliance
""",
        tz=CEST,
    ),
    m(
        "12161",
        "2026-03-12 09:20",
        "Vânia Teixeira <vania.teixeira@nortesoft.example>",
        "Oportunidades remotas Nortesoft",
        ("outreach", None, "Backend Engineer", None, "agency", "pt"),
        text="""Olá Beatriz,

Como prometido, deixo duas oportunidades 100% remotas em clientes nossos que aceitam
residência em Espanha:

1) Backend Engineer Python - cliente de e-commerce nórdico
2) Backend Engineer Java - banca de investimento (Londres)

Se alguma lhe interessar, diga-me e avançamos.

Cumprimentos,
Vânia Teixeira
Nortesoft Consulting
""",
        tz=WET,
    ),
    m(
        "12162",
        "2026-06-02 09:15",
        "Tramontana Software <noreply@personio.de>",
        "Tu primer día: 1 de junio - agenda",
        (
            "other_job",
            "Tramontana Software",
            "Backend Engineer (Python/Django)",
            None,
            "personio",
            "es",
        ),
        text="""Hola Beatriz:

¡Ya es oficial! Aquí tienes la agenda de tu primera semana:
- Lunes 9:30 - Bienvenida con People y recogida del portátil
- Martes 11:00 - Presentación del equipo de Plataforma
- Jueves 16:00 - Sesión de arquitectura con Pilar

Cualquier duda, escribe a people@tramontana.example.
""",
        tz=CEST,
    ),
    m(
        "12163",
        "2026-06-20 10:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“backend engineer”: 20+ new jobs in Madrid",
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for backend engineer in Madrid, Community of Madrid, Spain

Backend Engineer - Payments
Cobalto Energía · Madrid (Hybrid)

Senior Software Engineer
Rumbo Viajes · Madrid (Hybrid)

Turn off this alert now that you've found a job? Manage alerts:
https://www.linkedin.com/jobs/alerts
""",
        tz=CEST,
    ),
]
