"""Job mail of the twelfth held-out corpus: Portugal, Spain and remote US/UK (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

WET, WEST, CET, CEST = "+0000", "+0100", "+0100", "+0200"
EST, EDT, GMT, BST = "-0500", "-0400", "+0000", "+0100"

LUMEN = "Lumen Pagamentos"
BE_PY = "Backend Engineer (Python)"
TRAM = "Tramontana Software"
PULPO = "Pulpo Labs"
COPPER = "Copperline"
MARES = "Marés Data"

MAIL: list[dict[str, Any]] = [
    # 1 Lumen Pagamentos, Teamtailor: confirmation, interview by a person, short reply, rejection
    m(
        "12001",
        "2026-01-07 11:22",
        "Lumen Pagamentos <no-reply@teamtailor.com>",
        "Recebemos a tua candidatura!",
        ("confirmation", LUMEN, BE_PY, 1, "teamtailor", "pt"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#1b1b3a">Olá Beatriz!</h2>
<p>Obrigado pelo teu interesse na Lumen Pagamentos. Recebemos a tua candidatura para
<strong>Backend Engineer (Python)</strong> e a equipa vai analisá-la com atenção.</p>
<p>Respondemos sempre, seja qual for a decisão &mdash; normalmente em duas semanas.</p>
<p>Enquanto esperas, espreita como trabalhamos: <a href="https://lumenpagamentos.teamtailor.com/pages/cultura">Cultura Lumen</a></p>
<p>Abraço,<br>Equipa de Pessoas da Lumen</p>
<hr><p style="font-size:11px;color:#999">Powered by Teamtailor &middot; <a href="https://lumenpagamentos.teamtailor.com/connect/unsubscribe">Gerir os meus dados</a></p>
</body></html>""",
        tz=WET,
    ),
    m(
        "12002",
        "2026-01-14 17:03",
        "Joana Rebelo <joana.rebelo@lumenpay.example>",
        "Conversa sobre a posição de backend",
        ("interview", LUMEN, BE_PY, 1, "direct", "pt"),
        text="""Olá Beatriz,

Sou a Joana, Talent Partner aqui na Lumen. Gostámos muito do teu percurso (sobretudo da parte
de reconciliação de pagamentos na Trindade Energia) e queríamos avançar para uma primeira
conversa de 45 minutos comigo e com o Nuno, o tech lead da squad de Settlements.

Tens disponibilidade na próxima terça (20/01) às 15h ou quarta (21/01) às 10h30? É por Google
Meet, envio o convite assim que confirmares.

Obrigada,
Joana Rebelo
Talent Partner | Lumen Pagamentos
Rua do Almada 412, 4050-032 Porto
""",
        tz=WET,
    ),
    m(
        "12003",
        "2026-01-15 09:12",
        "Joana Rebelo <joana.rebelo@lumenpay.example>",
        "Re: Conversa sobre a posição de backend",
        ("interview", LUMEN, BE_PY, 1, "direct", "pt"),
        text="""Perfeito, fica então terça às 15h. Já seguiu o convite.

Até lá!
Joana

No dia qua., 15/01/2026 às 08:47, Beatriz Lopes Ferraz <beatriz.lferraz@gmail.com> escreveu:
> Olá Joana, obrigada pelo contacto! Terça às 15h dá-me jeito.
> Beatriz
""",
        tz=WET,
        headers=reply("12002", "Joana Rebelo <joana.rebelo@lumenpay.example>"),
    ),
    m(
        "12004",
        "2026-02-03 18:40",
        "Lumen Pagamentos <no-reply@teamtailor.com>",
        "A tua candidatura na Lumen Pagamentos",
        ("rejection", LUMEN, BE_PY, 1, "teamtailor", "pt"),
        text="""Olá Beatriz,

Antes de mais, obrigado pelo tempo que dedicaste às conversas com a equipa. O Nuno e a Joana
ficaram bem impressionados com a forma como explicaste o desenho do teu serviço de
reconciliação.

Depois de muita discussão interna, decidimos avançar com outra pessoa cujo perfil está mais
próximo daquilo de que a squad precisa neste momento, sobretudo em Kotlin.

Vamos guardar o teu contacto e esperamos cruzar-nos outra vez.

Um abraço,
Equipa de Pessoas da Lumen
""",
        tz=WET,
    ),
    # 2 Pulpo Labs (remote US), Greenhouse + HackerRank + calendar, rejection with praise
    m(
        "12005",
        "2026-01-12 14:05",
        "Pulpo Labs Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Pulpo Labs",
        ("confirmation", PULPO, "Backend Engineer, Platform", 2, "greenhouse", "en"),
        text="""Hi Beatriz,

Thanks for your interest in Pulpo Labs! We've received your application for Backend
Engineer, Platform (Remote - EMEA) and our team will be reviewing it over the next week or so.

We're a small team, so every application gets read by a human. If there's a fit we'll be in
touch about next steps.

Best,
The Pulpo Labs team
https://pulpolabs.example/careers
""",
        tz=EST,
    ),
    m(
        "12006",
        "2026-01-19 10:31",
        "HackerRank <support@hackerrankforwork.com>",
        "Pulpo Labs has invited you to take a test",
        ("assessment", PULPO, "Backend Engineer, Platform", 2, "hackerrank", "en"),
        html="""<html><body>
<p>Hi Beatriz Lopes Ferraz,</p>
<p>Pulpo Labs has invited you to take the <b>Backend Platform - Take Home v3</b> test.</p>
<table><tr><td>Duration</td><td>90 minutes</td></tr>
<tr><td>Expires</td><td>Jan 26, 2026 11:59 PM EST</td></tr></table>
<p><a href="https://www.hackerrank.com/tests/pl-backend-v3/login?b=eyJ1c2VybmFtZSI6ImJl">Start test</a></p>
<p>Please use a stable internet connection and a desktop browser. Good luck!</p>
<p>Team HackerRank</p>
</body></html>""",
        tz=EST,
    ),
    m(
        "12007",
        "2026-01-28 16:50",
        "Dana Whitfield <dana@pulpolabs.example>",
        "Invitation: Pulpo Labs - Systems design w/ Marco @ Tue Feb 3, 2026 11am - 12pm (EST)",
        ("interview", PULPO, "Backend Engineer, Platform", 2, "direct", "en"),
        text="""Dana Whitfield has invited you to this event.

Pulpo Labs - Systems design w/ Marco
Tuesday Feb 3, 2026 11am - 12pm (Eastern Time - New York)
Joining info: meet.google.com/pqx-hhrt-ayd

Hi Beatriz - great work on the HackerRank, Marco would love to go deeper on the queueing
question. Shout if the time doesn't work for you in Porto.
""",
        tz=EST,
        ics={
            "uid": "7hg31kd0ab2cq7@google.com",
            "start": "2026-02-03 11:00:00 -0500",
            "minutes": 60,
            "organizer": ("Dana Whitfield", "dana@pulpolabs.example"),
            "attendees": [("Marco Esposito", "marco@pulpolabs.example")],
            "summary": "Pulpo Labs - Systems design w/ Marco",
            "location": "meet.google.com/pqx-hhrt-ayd",
        },
    ),
    m(
        "12008",
        "2026-02-10 13:12",
        "Dana Whitfield <dana@pulpolabs.example>",
        "Following up",
        ("rejection", PULPO, "Backend Engineer, Platform", 2, "direct", "en"),
        text="""Hi Beatriz,

Thanks again for spending so much time with us over the last few weeks. Marco said your
session was one of the most thoughtful he's had this quarter, and that's not something he says
lightly.

Unfortunately we've decided to close the role with a candidate based in our Eastern time zone
- the on-call overlap ended up mattering more than we expected when we opened it to EMEA. I'm
sorry it's not better news.

If you're open to it I'd love to keep in touch for when we build out a European team.

Dana
--
Dana Whitfield | Head of Talent, Pulpo Labs
""",
        tz=EST,
    ),
    # 3 Tramontana Software, Personio: Codility, Outlook interview + reschedule, offer, DocuSign, onboarding
    m(
        "12009",
        "2026-03-02 09:14",
        "Tramontana Software <noreply@personio.de>",
        "Hemos recibido tu candidatura - Backend Engineer (Python/Django)",
        ("confirmation", TRAM, "Backend Engineer (Python/Django)", 3, "personio", "es"),
        text="""Hola Beatriz:

Gracias por tu interés en Tramontana Software. Confirmamos que hemos recibido tu candidatura
para el puesto de Backend Engineer (Python/Django) en Madrid (híbrido).

Nuestro equipo de Talento revisará tu perfil y te contactaremos en un plazo aproximado de dos
semanas.

Un saludo,
Equipo de Talento - Tramontana Software
Calle de Fuencarral 88, 28004 Madrid

Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.
""",
        tz=CET,
    ),
    m(
        "12010",
        "2026-03-09 12:30",
        "Codility <no-reply@codility.com>",
        "Tramontana Software: prueba técnica / coding test",
        ("assessment", TRAM, "Backend Engineer (Python/Django)", 3, "codility", "es"),
        text="""Hola Beatriz,

Tramontana Software te invita a realizar una prueba técnica en Codility como parte del
proceso de selección.

Tareas: 3
Tiempo: 120 minutos
Fecha límite: 16 de marzo de 2026, 23:59 CET

Empieza aquí: https://app.codility.com/c/invite/TX7QK2-ZPW/

Puedes hacer una demo antes de empezar. Si tienes problemas técnicos, escribe a
support@codility.com.

--
Codility
""",
        tz=CET,
    ),
    m(
        "12011",
        "2026-03-18 16:02",
        "Lucía Garrido Pardo <lucia.garrido@tramontana.example>",
        "Entrevista técnica - Tramontana",
        ("interview", TRAM, "Backend Engineer (Python/Django)", 3, "direct", "es"),
        text="""Hola Beatriz,

¡Enhorabuena por la prueba! Te envío la convocatoria para la entrevista técnica con Álvaro
(Engineering Manager) y Pilar (Staff Engineer). Será de 60 minutos por Teams. Si prefieres
hacerla en la oficina, ahora que ya estás en Madrid, dímelo y cambio la sala.

Un saludo,
Lucía Garrido
People & Talent | Tramontana Software
""",
        tz=CET,
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000B0A1C9D7",
            "start": "2026-03-24 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Lucía Garrido Pardo", "lucia.garrido@tramontana.example"),
            "attendees": [
                ("Álvaro Ruiz", "alvaro.ruiz@tramontana.example"),
                ("Pilar Moya", "pilar.moya@tramontana.example"),
            ],
            "summary": "Entrevista técnica - Beatriz Lopes Ferraz",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "12012",
        "2026-03-23 08:41",
        "Lucía Garrido Pardo <lucia.garrido@tramontana.example>",
        "Actualizado: Entrevista técnica - Beatriz Lopes Ferraz",
        ("interview", TRAM, "Backend Engineer (Python/Django)", 3, "direct", "es"),
        text="""Hola Beatriz, perdona el cambio de última hora: a Álvaro le ha surgido un viaje.
¿Te viene bien el jueves 26 a las 16:00, misma duración? Te actualizo la invitación.

Lucía
""",
        tz=CET,
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000B0A1C9D7",
            "start": "2026-03-26 16:00:00 +0100",
            "minutes": 60,
            "sequence": 1,
            "organizer": ("Lucía Garrido Pardo", "lucia.garrido@tramontana.example"),
            "attendees": [
                ("Álvaro Ruiz", "alvaro.ruiz@tramontana.example"),
                ("Pilar Moya", "pilar.moya@tramontana.example"),
            ],
            "summary": "Entrevista técnica - Beatriz Lopes Ferraz",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "12013",
        "2026-04-14 13:25",
        "Lucía Garrido Pardo <lucia.garrido@tramontana.example>",
        "Siguiente paso",
        ("interview", TRAM, "Backend Engineer (Python/Django)", 3, "direct", "es"),
        text="""Hola Beatriz,

Nos gustaría que vinieras a la oficina para la última conversación: una hora con Ramón
(CTO) y un café con el equipo. ¿Puedes el martes 21 a las 11:00? Estamos en Fuencarral 88,
3ª planta; pregunta por mí en recepción.

Un abrazo,
Lucía
""",
        tz=CEST,
    ),
    m(
        "12014",
        "2026-04-14 19:02",
        "Lucía Garrido Pardo <lucia.garrido@tramontana.example>",
        "RE: Siguiente paso",
        ("interview", TRAM, "Backend Engineer (Python/Django)", 3, "direct", "es"),
        text="""Genial, apuntado. ¡Hasta el martes!

-----Mensaje original-----
De: Beatriz Lopes Ferraz <beatriz.lferraz@gmail.com>
Enviado: martes, 14 de abril de 2026 18:10
Para: Lucía Garrido Pardo <lucia.garrido@tramontana.example>
Asunto: Re: Siguiente paso

Hola Lucía, el martes a las 11 me va perfecto. Allí estaré.
""",
        tz=CEST,
        headers=reply("12013", "Lucía Garrido Pardo <lucia.garrido@tramontana.example>"),
    ),
    m(
        "12015",
        "2026-04-28 17:45",
        "Ramón Echevarría <ramon@tramontana.example>",
        "Nuestra propuesta",
        ("offer", TRAM, "Backend Engineer (Python/Django)", 3, "direct", "es"),
        text="""Hola Beatriz,

Ha sido un placer conocerte la semana pasada. Te escribo para decirte que queremos que te
unas al equipo de Plataforma.

Lo que te proponemos:
- 58.000 € brutos anuales en 12 pagas, más un 8 % de bonus por objetivos
- Contrato indefinido, modelo híbrido (martes y jueves en la oficina)
- Incorporación el 1 de junio, o cuando te venga bien
- 25 días laborables de vacaciones y seguro médico para ti y tu pareja

Lucía te mandará la carta formal para firmar. Si quieres hablar de cualquier punto, llámame
cuando quieras: 612 448 193.

Un abrazo,
Ramón Echevarría
CTO, Tramontana Software
""",
        tz=CEST,
    ),
    m(
        "12016",
        "2026-05-04 10:20",
        "Lucía Garrido Pardo via Docusign <dse_NA3@docusign.net>",
        "Completado: Carta de oferta - Beatriz Lopes Ferraz",
        ("offer", TRAM, "Backend Engineer (Python/Django)", 3, "docusign", "es"),
        st="accepted",
        html="""<html><body style="font-family:Arial">
<p><b>Tu documento se ha completado</b></p>
<p>Todas las partes han completado Carta de oferta - Beatriz Lopes Ferraz.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=2b7c1e">VER DOCUMENTO COMPLETADO</a></p>
<p>Lucía Garrido Pardo<br>lucia.garrido@tramontana.example<br>Tramontana Software S.L.</p>
<p style="font-size:10px;color:#666">No compartas este correo electrónico. Este mensaje contiene un enlace seguro a Docusign.</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "12017",
        "2026-05-11 09:00",
        "Tramontana Software <noreply@personio.de>",
        "¡Bienvenida a Tramontana! Completa tus datos de incorporación",
        ("other_job", TRAM, "Backend Engineer (Python/Django)", None, "personio", "es"),
        text="""Hola Beatriz:

¡Bienvenida a Tramontana Software! Para preparar tu primer día (1 de junio) necesitamos que
completes tus datos en el portal del empleado antes del 20 de mayo:

- Número de la Seguridad Social y NIE
- IBAN para la nómina
- Talla de camiseta (importante)

Accede aquí: https://tramontana.personio.de/onboarding/welcome

Equipo de People
""",
        tz=CEST,
    ),
    # 4 Tramontana, second role: Staff Engineer, Payments (confirmation, rejection)
    m(
        "12018",
        "2026-03-02 09:16",
        "Tramontana Software <noreply@personio.de>",
        "Hemos recibido tu candidatura - Staff Engineer, Payments",
        ("confirmation", TRAM, "Staff Engineer, Payments", 4, "personio", "es"),
        text="""Hola Beatriz:

Gracias por tu interés en Tramontana Software. Confirmamos que hemos recibido tu candidatura
para el puesto de Staff Engineer, Payments en Madrid (híbrido).

Nuestro equipo de Talento revisará tu perfil y te contactaremos en un plazo aproximado de dos
semanas.

Un saludo,
Equipo de Talento - Tramontana Software

Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.
""",
        tz=CET,
    ),
    m(
        "12019",
        "2026-03-12 15:33",
        "Lucía Garrido Pardo <lucia.garrido@tramontana.example>",
        "Sobre tus dos candidaturas",
        ("rejection", TRAM, "Staff Engineer, Payments", 4, "direct", "es"),
        text="""Hola Beatriz,

Te escribo porque te inscribiste a dos posiciones nuestras. Para la de Staff Engineer en
Payments buscamos a alguien con más años liderando equipos, así que en esa no vamos a seguir
adelante.

La buena noticia: para Backend Engineer (Python/Django) tu perfil encaja muy bien y ya has
recibido la prueba de Codility. ¡Mucha suerte!

Lucía
""",
        tz=CET,
    ),
    # 5 Copperline (domain cplhq.example), Greenhouse; interview via recruiter; rejection after final
    m(
        "12020",
        "2026-02-02 20:11",
        "Copperline <no-reply@greenhouse.io>",
        "Your application to Copperline",
        ("confirmation", COPPER, "Senior Backend Engineer, Integrations", 5, "greenhouse", "en"),
        text="""Hi Beatriz,

Thank you for applying for the Senior Backend Engineer, Integrations role. We're reviewing
applications on a rolling basis and will get back to you as soon as we can.

Copperline Talent
""",
        tz=EST,
    ),
    m(
        "12021",
        "2026-02-09 11:47",
        "Priya Raman <priya.raman@cplhq.example>",
        "Intro call next week?",
        ("interview", COPPER, "Senior Backend Engineer, Integrations", 5, "direct", "en"),
        text="""Hi Beatriz,

Priya here, I look after engineering hiring at Copperline. I had a look at your application
for the Integrations team and would love to set up a 30 min intro call. Grab any slot that
works here: https://calendly.com/priya-cpl/intro-30

Best,
Priya

Priya Raman | Technical Recruiter
Copperline - payments infrastructure for marketplaces
""",
        tz=EST,
    ),
    m(
        "12022",
        "2026-02-24 09:05",
        "Priya Raman <priya.raman@cplhq.example>",
        "Re: Intro call next week?",
        ("interview", COPPER, "Senior Backend Engineer, Integrations", 5, "direct", "en"),
        text="""Hey Beatriz,

Good news - the team wants to move you to the final loop (3 x 50 min: coding, system design,
values). Could you share a few windows next week? Mornings ET are easiest for the panel.

Priya

On Tue, Feb 17, 2026 at 10:02 AM Beatriz Lopes Ferraz <beatriz.lferraz@gmail.com> wrote:
> Thanks Priya, it was great chatting. Looking forward to hearing from you.
""",
        tz=EST,
        headers=reply("12021", "Priya Raman <priya.raman@cplhq.example>"),
    ),
    m(
        "12023",
        "2026-03-13 14:18",
        "Priya Raman <priya.raman@cplhq.example>",
        "Copperline - update",
        ("rejection", COPPER, "Senior Backend Engineer, Integrations", 5, "direct", "en"),
        text="""Hi Beatriz,

I wanted to call, but didn't want to keep you waiting over the weekend. The panel really
enjoyed your system design - especially how you handled idempotency for webhook retries.

In the end the team decided to extend the offer to another finalist who has already built
integrations with several of the banks we're onboarding this year. It was a close call.

I'll keep you in mind for the Ledger team, which opens later in the year.

Warmly,
Priya
""",
        tz=EDT,
    ),
    # 6 Marés Data (Porto), Recruitee: Data Platform Engineer rejection
    m(
        "12024",
        "2026-01-20 10:02",
        "Marés Data <notifications@recruitee.com>",
        "Candidatura recebida: Data Platform Engineer",
        ("confirmation", MARES, "Data Platform Engineer", 6, "recruitee", "pt"),
        text="""Olá Beatriz,

Obrigado por te candidatares à vaga de Data Platform Engineer na Marés Data.

Estamos a rever todas as candidaturas e entraremos em contacto contigo em breve.

Cumprimentos,
Marés Data
https://maresdata.recruitee.com
""",
        tz=WET,
    ),
    m(
        "12025",
        "2026-02-06 11:40",
        "Marés Data <notifications@recruitee.com>",
        "Marés Data - ponto de situação",
        ("rejection", MARES, "Data Platform Engineer", 6, "recruitee", "pt"),
        text="""Olá Beatriz,

Muito obrigado pelo interesse na vaga de Data Platform Engineer. Depois de analisarmos
cuidadosamente o teu perfil, concluímos que neste momento procuramos alguém com mais
experiência em Spark e orquestração de pipelines.

Não vamos, por isso, avançar com a tua candidatura. Desejamos-te muito sucesso!

Cumprimentos,
Equipa Marés Data
""",
        tz=WET,
    ),
    # 7 Marés Data again: re-application, Backend Engineer; interview, then ghosted
    m(
        "12026",
        "2026-05-05 21:14",
        "Marés Data <notifications@recruitee.com>",
        "Candidatura recebida: Backend Engineer (remoto)",
        ("confirmation", MARES, "Backend Engineer (remoto)", 7, "recruitee", "pt"),
        text="""Olá Beatriz,

Obrigado por te candidatares à vaga de Backend Engineer (remoto) na Marés Data.

Estamos a rever todas as candidaturas e entraremos em contacto contigo em breve.

Cumprimentos,
Marés Data
""",
        tz=WEST,
    ),
    m(
        "12027",
        "2026-05-12 12:05",
        "Hugo Sampaio <hugo.sampaio@maresdata.example>",
        "Voltamos a falar?",
        ("interview", MARES, "Backend Engineer (remoto)", 7, "direct", "pt"),
        text="""Olá Beatriz,

Lembro-me bem da tua candidatura de janeiro. Esta vaga é muito mais próxima do teu perfil
(APIs em Python e Go, pouco Spark!). Topas uma conversa de 30 min na sexta às 14h (hora de
Lisboa)? Sei que agora estás em Madrid, por isso fazemos por videochamada.

Abraço,
Hugo Sampaio
Engineering Manager, Marés Data
""",
        tz=WEST,
    ),
    m(
        "12028",
        "2026-05-12 13:40",
        "Hugo Sampaio <hugo.sampaio@maresdata.example>",
        "Re: Voltamos a falar?",
        ("interview", MARES, "Backend Engineer (remoto)", 7, "direct", "pt"),
        text="""Ótimo. Link: https://meet.google.com/vrt-qqpa-mze

Hugo

Em ter., 12/05/2026 às 13:22, Beatriz Lopes Ferraz escreveu:
> Olá Hugo! Sexta às 14h (Lisboa) dá. Obrigada!
""",
        tz=WEST,
        headers=reply("12027", "Hugo Sampaio <hugo.sampaio@maresdata.example>"),
    ),
    # 8 Sardinha Games (Lisbon), Teamtailor: confirmation then withdrawal confirmation
    m(
        "12029",
        "2026-02-11 08:55",
        "Sardinha Games <no-reply@teamtailor.com>",
        "Obrigado pela tua candidatura a Backend Developer (Node.js)",
        ("confirmation", "Sardinha Games", "Backend Developer (Node.js)", 8, "teamtailor", "pt"),
        text="""Olá Beatriz,

Recebemos a tua candidatura para Backend Developer (Node.js) no nosso estúdio de Lisboa. 🎮

A equipa vai rever os perfis até ao final do mês.

Equipa Sardinha Games
""",
        tz=WET,
    ),
    m(
        "12030",
        "2026-03-04 10:10",
        "Marta Quintela <marta@sardinhagames.example>",
        "Re: Retirar candidatura",
        ("confirmation", "Sardinha Games", "Backend Developer (Node.js)", 8, "direct", "pt"),
        st="withdrawn",
        text="""Olá Beatriz,

Claro, percebemos perfeitamente. Já retirei a tua candidatura do processo. Boa sorte com a
mudança para Madrid e, se um dia voltares a Portugal, fala connosco!

Marta
People @ Sardinha Games

> Olá Marta, vou mudar-me para Madrid já em março e a posição é presencial em Lisboa, por isso
> prefiro retirar a minha candidatura. Obrigada pela compreensão.
""",
        tz=WET,
    ),
    # 9 Holloway Health (UK remote), Lever: confirmation, interview, withdrawn after accepting
    m(
        "12031",
        "2026-04-06 15:20",
        "Holloway Health <no-reply@hire.lever.co>",
        "Thanks for applying to Holloway Health",
        ("confirmation", "Holloway Health", "Platform Engineer", 9, "lever", "en"),
        text="""Hi Beatriz,

Thanks so much for your interest in the Platform Engineer role at Holloway Health! Our team
will review your application and be in touch if there's a match.

The Holloway Health Talent Team

Sent via Lever
""",
        tz=BST,
    ),
    m(
        "12032",
        "2026-04-20 11:02",
        "Ollie Prescott <ollie.prescott@hollowayhealth.example>",
        "Holloway Health x Beatriz - chat with the team",
        ("interview", "Holloway Health", "Platform Engineer", 9, "direct", "en"),
        text="""Hi Beatriz,

Thanks for a great first chat on Thursday. Next up would be a pairing session with two of
our platform engineers (about 75 min). Could you do Wednesday 29 April at 2pm UK / 3pm
Madrid?

Cheers,
Ollie
Talent Partner, Holloway Health
""",
        tz=BST,
    ),
    m(
        "12033",
        "2026-04-30 09:30",
        "Ollie Prescott <ollie.prescott@hollowayhealth.example>",
        "Re: Holloway Health x Beatriz - chat with the team",
        ("confirmation", "Holloway Health", "Platform Engineer", 9, "direct", "en"),
        st="withdrawn",
        text="""Hi Beatriz,

Congratulations on the new role, and thanks for letting me know so quickly - genuinely
appreciated. I've closed your application on our side. Best of luck in Madrid!

Ollie

On Wed, 29 Apr 2026 at 20:41, Beatriz Lopes Ferraz <beatriz.lferraz@gmail.com> wrote:
> Hi Ollie, thanks for today's session. I've just accepted an offer in Madrid, so I'd like
> to withdraw from the process. Sorry for the short notice!
""",
        tz=BST,
        headers=reply("12032", "Ollie Prescott <ollie.prescott@hollowayhealth.example>"),
    ),
]

CRAVO = "Cravo Systems"
NB = "Northbeam Analytics"
KO = "Kinetic Orbit"
MIRLO = "Mirlo Seguros"
FERN = "Fernfold"
BRISA = "Brisa Mobility"

MAIL += [
    # 10 Cravo Systems, InfoJobs: confirmation, CV read, then nothing (ghosted)
    m(
        "12034",
        "2026-02-16 19:48",
        "InfoJobs <noreply@push.infojobs.net>",
        "Te has inscrito en la oferta Senior Backend Engineer",
        ("confirmation", CRAVO, "Senior Backend Engineer", 10, "other", "es"),
        html="""<html><body style="font-family:Arial;color:#333">
<p>Hola Beatriz,</p>
<p>Tu inscripción se ha realizado correctamente.</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td><b>Senior Backend Engineer</b><br>
Cravo Systems &middot; Madrid &middot; Híbrido<br>45.000 € - 55.000 € bruto/año</td></tr></table>
<p>Te avisaremos por email cuando la empresa lea tu CV o cambie el estado de tu candidatura.
También puedes seguirla en <a href="https://www.infojobs.net/candidate/applications">Mis candidaturas</a>.</p>
<p>¡Mucha suerte!<br>El equipo de InfoJobs</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "12035",
        "2026-02-18 09:31",
        "InfoJobs <noreply@push.infojobs.net>",
        "Cravo Systems ha leído tu CV",
        ("viewed", CRAVO, "Senior Backend Engineer", 10, "other", "es"),
        text="""Hola Beatriz,

Buenas noticias: la empresa ha leído tu CV para la oferta Senior Backend Engineer.

Estado de tu candidatura: CV leído
Siguiente paso posible: En proceso / Finalista

Consulta tus candidaturas: https://www.infojobs.net/candidate/applications

El equipo de InfoJobs
""",
        tz=CET,
    ),
    # 11 Grupo Albarda Tecnología, Tecnoempleo: confirmation only (ghosted)
    m(
        "12036",
        "2026-02-20 13:02",
        "Tecnoempleo.com <noreply@tecnoempleo.com>",
        "Inscripción en la oferta: Desarrollador/a Backend Go - Madrid",
        (
            "confirmation",
            "Grupo Albarda Tecnología",
            "Desarrollador/a Backend Go",
            11,
            "other",
            "es",
        ),
        text="""Estimado/a Beatriz Lopes Ferraz,

Te confirmamos tu inscripción en la oferta:

  Desarrollador/a Backend Go - Madrid
  Empresa: Grupo Albarda Tecnología
  Ref.: TE-8841207

La empresa recibirá tu CV y, si tu perfil encaja, contactará contigo directamente.

Atentamente,
Tecnoempleo.com - Empleo en Informática y Telecomunicaciones
""",
        tz=CET,
    ),
    # 12 Solvia Informática via Indeed: confirmation, message through Indeed, then silence
    m(
        "12037",
        "2026-03-03 22:10",
        "Indeed <indeedapply@indeed.com>",
        "Candidatura enviada: Programador/a Backend Java",
        ("confirmation", "Solvia Informática", "Programador/a Backend Java", 12, "indeed", "es"),
        text="""Se ha enviado tu candidatura

Programador/a Backend Java
Solvia Informática - Alcobendas, Madrid

Los siguientes datos se han enviado a Solvia Informática:
- CV: Beatriz_Lopes_Ferraz_CV_ES.pdf
- Preguntas de selección: 3 respondidas

Puede que la empresa se ponga en contacto contigo directamente.

Consulta el estado en Mis empleos: https://es.indeed.com/myjobs
""",
        tz=CET,
    ),
    m(
        "12038",
        "2026-03-10 12:44",
        "Solvia Informática a través de Indeed <noreply@indeed.com>",
        "Nuevo mensaje de Solvia Informática",
        ("interview", "Solvia Informática", "Programador/a Backend Java", 12, "indeed", "es"),
        text="""Rocío de Solvia Informática te ha enviado un mensaje:

"Hola Beatriz, hemos revisado tu perfil para Programador/a Backend Java y nos gustaría
hacerte una entrevista telefónica de 20 minutos. ¿Podrías el jueves 12 por la mañana? Si es
así dime un número de teléfono. Gracias, Rocío (RRHH)"

Responder: https://es.indeed.com/conversations/8c7f2a

No compartas datos bancarios ni pagues nunca por un empleo.
""",
        tz=CET,
    ),
    # 13 Northbeam Analytics (UK), LinkedIn Easy Apply: sent, viewed, rejection
    m(
        "12039",
        "2026-01-26 21:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Beatriz, your application was sent to Northbeam Analytics",
        ("confirmation", NB, "Backend Engineer", 13, "linkedin", "en"),
        text="""Your application was sent to Northbeam Analytics

Backend Engineer
Northbeam Analytics · London, England, United Kingdom (Remote)
Applied on January 26, 2026

Now, take these next steps for more success with your job search:
View similar jobs  https://www.linkedin.com/jobs/view/4187702219/

This email was intended for Beatriz Lopes Ferraz (Backend Engineer | Python · Go · Postgres)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
        tz=GMT,
    ),
    m(
        "12040",
        "2026-01-29 08:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Northbeam Analytics",
        ("viewed", NB, "Backend Engineer", 13, "linkedin", "en"),
        text="""Your application was viewed by Northbeam Analytics

Backend Engineer · London, England, United Kingdom (Remote)

While you wait, here are more jobs you may be interested in:
https://www.linkedin.com/jobs/collections/recommended/

This email was intended for Beatriz Lopes Ferraz.
""",
        tz=GMT,
    ),
    m(
        "12041",
        "2026-02-12 17:26",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Northbeam Analytics",
        ("rejection", NB, "Backend Engineer", 13, "linkedin", "en"),
        text="""Your update from Northbeam Analytics

Backend Engineer

Thank you for your interest in the Backend Engineer position at Northbeam Analytics in London.
Unfortunately, Northbeam Analytics will not be moving forward with your application, but we
appreciate your time and interest.

Regards,
Northbeam Analytics

Top jobs looking for your skills: https://www.linkedin.com/jobs/
""",
        tz=GMT,
    ),
    # 14 Hortelà Studio (Barcelona/remote Spain), Factorial: confirmation and rejection
    m(
        "12042",
        "2026-03-16 11:11",
        "Hortelà Studio <noreply@factorialhr.com>",
        "Gracias por aplicar a Backend Developer",
        ("confirmation", "Hortelà Studio", "Backend Developer", 14, "other", "es"),
        text="""Hola Beatriz,

¡Gracias por aplicar a la posición de Backend Developer en Hortelà Studio! Hemos recibido tu
candidatura correctamente.

Revisaremos tu perfil y nos pondremos en contacto contigo si encaja con lo que buscamos.

Saludos,
Hortelà Studio
""",
        tz=CET,
    ),
    m(
        "12043",
        "2026-04-07 10:00",
        "Hortelà Studio <noreply@factorialhr.com>",
        "Tu proceso en Hortelà Studio",
        ("rejection", "Hortelà Studio", "Backend Developer", 14, "other", "es"),
        text="""Hola Beatriz,

Gracias de nuevo por tu interés en Hortelà Studio. Hemos recibido muchísimas candidaturas y tu
experiencia en sistemas de pagos nos pareció muy interesante.

Sin embargo, hemos decidido continuar con otros perfiles que encajan mejor con las
necesidades actuales del equipo. Te deseamos mucha suerte en tu búsqueda.

Un abrazo,
Equipo Hortelà
""",
        tz=CEST,
    ),
    # 15 Brisa Mobility (Lisbon), Landing.jobs: confirmation, interview (mixed pt/en), then silence
    m(
        "12044",
        "2026-01-22 16:30",
        "Landing.jobs <hello@landing.jobs>",
        "You applied to Backend Engineer at Brisa Mobility",
        ("confirmation", BRISA, "Backend Engineer", 15, "other", "en"),
        text="""Hi Beatriz,

Your application to Backend Engineer at Brisa Mobility is in! 🚀

Salary range: €40k - €52k · Lisbon / Remote (Portugal)

Our talent team will check your profile and share it with Brisa Mobility if it's a fit.
You'll hear from us within 7 working days.

Track it on your dashboard: https://landing.jobs/dashboard/applications

Cheers,
The Landing.jobs team
""",
        tz=WET,
    ),
    m(
        "12045",
        "2026-02-02 10:14",
        "Tomás Vilaça <tomas.vilaca@brisa-mobility.example>",
        "Brisa | próximos passos / next steps",
        ("interview", BRISA, "Backend Engineer", 15, "direct", "pt"),
        text="""Olá Beatriz,

Recebemos o teu perfil através da Landing.jobs e gostávamos de marcar uma technical interview
com a equipa de Routing. A entrevista é em inglês, porque metade da equipa não fala
português - hope that's ok!

Slots possíveis: quinta 5/2 às 11h ou sexta 6/2 às 16h.

Cumprimentos,
Tomás Vilaça
Engineering Lead - Routing
Brisa Mobility
""",
        tz=WET,
    ),
    m(
        "12046",
        "2026-02-02 14:51",
        "Tomás Vilaça <tomas.vilaca@brisa-mobility.example>",
        "RE: Brisa | próximos passos / next steps",
        ("interview", BRISA, "Backend Engineer", 15, "direct", "pt"),
        text="""Combinado, quinta às 11h. Invite sent.

T.
""",
        tz=WET,
        headers=reply("12045", "Tomás Vilaça <tomas.vilaca@brisa-mobility.example>"),
    ),
    # 16 Kinetic Orbit (US remote), Workable + take-home repo from the hiring manager; rejection
    m(
        "12047",
        "2026-02-05 15:40",
        "Kinetic Orbit <noreply@candidates.workablemail.com>",
        "Kinetic Orbit - We received your application",
        ("confirmation", KO, "Senior Backend Engineer (Go)", 16, "workable", "en"),
        text="""Hi Beatriz,

Thanks for applying to the Senior Backend Engineer (Go) position at Kinetic Orbit. We received
your application and will review it carefully.

Kind regards,
Kinetic Orbit Hiring Team

Powered by Workable
""",
        tz=EST,
    ),
    m(
        "12048",
        "2026-02-13 12:20",
        "Sam Okafor <sam@kineticorbit.example>",
        "Take-home: telemetry ingest service",
        ("assessment", KO, "Senior Backend Engineer (Go)", 16, "direct", "en"),
        text="""Hi Beatriz,

Thanks for the chat yesterday. As promised, here's the take-home. I've given you read access
to the repo: https://github.com/kinetic-orbit-hiring/telemetry-ingest-bferraz

The README has the brief: a small Go service that ingests satellite telemetry over HTTP,
deduplicates, and exposes a query endpoint. Please don't spend more than 4 hours on it - we
really mean that. Open a PR against main when you're done, ideally within a week.

Sam Okafor
Engineering Manager, Ground Systems
""",
        tz=EST,
    ),
    m(
        "12049",
        "2026-02-26 18:05",
        "Sam Okafor <sam@kineticorbit.example>",
        "Re: Take-home: telemetry ingest service",
        ("rejection", KO, "Senior Backend Engineer (Go)", 16, "direct", "en"),
        text="""Hi Beatriz,

Thanks for the PR - the dedup approach with the bloom filter plus the fallback lookup was
clever and the tests were really clean.

We did have concerns about how the service behaved under backpressure, which is a big part of
the day-to-day here, so we're not going to move forward to the onsite stage. I know that's
disappointing after the time you put in, and I'm happy to jump on a 15 min call to go through
my review notes if useful.

Sam
""",
        tz=EST,
        headers=reply("12048", "Sam Okafor <sam@kineticorbit.example>"),
    ),
    # 17 Tidewell Energy (UK), Workable: confirmation and rejection
    m(
        "12050",
        "2026-03-20 09:50",
        "Tidewell Energy <noreply@candidates.workablemail.com>",
        "Thanks for applying to Tidewell Energy",
        ("confirmation", "Tidewell Energy", "Software Engineer, Backend", 17, "workable", "en"),
        text="""Dear Beatriz,

Thank you for your application for Software Engineer, Backend. We'll be in touch soon.

Tidewell Energy Recruitment
""",
        tz=GMT,
    ),
    m(
        "12051",
        "2026-04-02 16:16",
        "Tidewell Energy <noreply@candidates.workablemail.com>",
        "Your application for Software Engineer, Backend",
        ("rejection", "Tidewell Energy", "Software Engineer, Backend", 17, "workable", "en"),
        text="""Dear Beatriz,

Thank you for taking the time to apply. We received a very high number of applications and,
after reviewing yours, we regret to inform you that we will not be taking it further on this
occasion. We require the right to work in the UK for this role.

We wish you every success.

Tidewell Energy Recruitment
""",
        tz=BST,
    ),
    # 18 Mirlo Seguros (Madrid), Recruitee: confirmation, Outlook invite, cancellation, rejection
    m(
        "12052",
        "2026-03-25 12:12",
        "Mirlo Seguros <notifications@recruitee.com>",
        "Hemos recibido tu solicitud: Ingeniero/a Backend",
        ("confirmation", MIRLO, "Ingeniero/a Backend", 18, "recruitee", "es"),
        text="""Hola Beatriz,

Gracias por tu interés en Mirlo Seguros. Hemos recibido tu solicitud para Ingeniero/a Backend
y la revisaremos lo antes posible.

Saludos,
Talento Mirlo
""",
        tz=CET,
    ),
    m(
        "12053",
        "2026-04-06 10:40",
        "Esther Villalba <evillalba@grupomirlo.example>",
        "Convocatoria: entrevista Ingeniero/a Backend",
        ("interview", MIRLO, "Ingeniero/a Backend", 18, "direct", "es"),
        text="""Buenos días Beatriz,

Te convocamos a una primera entrevista para el puesto de Ingeniero/a Backend el jueves 9 de
abril a las 12:30 en nuestras oficinas (Paseo de la Castellana 140, planta 9).

Un saludo,
Esther Villalba
Selección - Grupo Mirlo
""",
        tz=CEST,
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E008000000002F7EC1A9",
            "start": "2026-04-09 12:30:00 +0200",
            "minutes": 45,
            "organizer": ("Esther Villalba", "evillalba@grupomirlo.example"),
            "summary": "Entrevista Beatriz Lopes - Ingeniero/a Backend",
            "location": "Castellana 140, planta 9 - Sala Gorrión",
        },
    ),
    m(
        "12054",
        "2026-04-08 18:22",
        "Esther Villalba <evillalba@grupomirlo.example>",
        "Cancelada: Entrevista Beatriz Lopes - Ingeniero/a Backend",
        ("interview", MIRLO, "Ingeniero/a Backend", 18, "direct", "es"),
        text="""Beatriz, lamento tener que cancelar la reunión de mañana: el responsable del área está
de baja. Te propondré una nueva fecha en cuanto pueda.

Esther
""",
        tz=CEST,
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "uid": "040000008200E00074C5B7101A82E008000000002F7EC1A9",
            "start": "2026-04-09 12:30:00 +0200",
            "minutes": 45,
            "organizer": ("Esther Villalba", "evillalba@grupomirlo.example"),
            "summary": "Entrevista Beatriz Lopes - Ingeniero/a Backend",
            "location": "Castellana 140, planta 9 - Sala Gorrión",
        },
    ),
    m(
        "12055",
        "2026-04-22 09:03",
        "Mirlo Seguros <notifications@recruitee.com>",
        "Actualización sobre tu solicitud",
        ("rejection", MIRLO, "Ingeniero/a Backend", 18, "recruitee", "es"),
        text="""Hola Beatriz,

Queremos agradecerte el interés mostrado. Por una reorganización interna, finalmente hemos
cubierto la posición de Ingeniero/a Backend con una persona del propio grupo, por lo que no
continuaremos con tu candidatura.

Perdona las molestias por la entrevista cancelada.

Talento Mirlo
""",
        tz=CEST,
    ),
    # 19 Gridwise (US), Lever: confirmation only (ghosted)
    m(
        "12056",
        "2026-02-27 23:40",
        "Gridwise <no-reply@hire.lever.co>",
        "Gridwise | Application received",
        ("confirmation", "Gridwise", "Senior Software Engineer, Backend", 19, "lever", "en"),
        text="""Hi Beatriz,

We've received your application for Senior Software Engineer, Backend (Remote, Europe). We're
excited that you're interested in helping utilities run a cleaner grid!

We'll reach out if your experience is a match.

- Gridwise Talent
""",
        tz=EST,
    ),
    # 20 Vialta Movilidad, InfoJobs, forwarded from her old work address; then "descartada"
    m(
        "12057",
        "2026-01-30 08:12",
        "Beatriz Ferraz <beatriz.ferraz@trindade-energia.example>",
        "Fwd: Te has inscrito en la oferta Backend Engineer Java/Kotlin",
        ("confirmation", "Vialta Movilidad", "Backend Engineer Java/Kotlin", 20, "other", "es"),
        text="""reencaminhar para o gmail pessoal

---------- Forwarded message ---------
De: InfoJobs <noreply@push.infojobs.net>
Date: qui., 29/01/2026 às 23:51
Subject: Te has inscrito en la oferta Backend Engineer Java/Kotlin
To: <beatriz.ferraz@trindade-energia.example>

Hola Beatriz,

Tu inscripción se ha realizado correctamente.

Backend Engineer Java/Kotlin
Vialta Movilidad · Madrid · Presencial

Te avisaremos por email cuando la empresa lea tu CV.
El equipo de InfoJobs
""",
        tz=WET,
    ),
    m(
        "12058",
        "2026-02-17 10:33",
        "InfoJobs <noreply@push.infojobs.net>",
        "Novedades en tu candidatura de Vialta Movilidad",
        ("rejection", "Vialta Movilidad", "Backend Engineer Java/Kotlin", 20, "other", "es"),
        text="""Hola Beatriz,

La empresa ha actualizado el estado de tu candidatura para la oferta Backend Engineer
Java/Kotlin.

Estado: Descartado/a

Es posible que tu perfil no encaje en este momento con los requisitos del proceso. ¡No te
desanimes! Tienes 1.284 ofertas nuevas de Backend esperándote.

El equipo de InfoJobs
""",
        tz=CET,
    ),
    # 21 Fernfold (UK startup): founder from Gmail, outreach, interview, offer, declined
    m(
        "12059",
        "2026-03-30 21:07",
        "Harriet Lowe <harriet.lowe.builds@gmail.com>",
        "Your talk on idempotency keys",
        ("outreach", FERN, "Founding Backend Engineer", None, "direct", "en"),
        text="""Hi Beatriz,

I watched your PyCon Portugal talk on idempotency keys and kept nodding along. I'm one of the
two founders of a small company building payouts for freelance platforms - we've just closed
our seed and I'm looking for our first backend hire, fully remote, Europe hours.

Would you be up for a no-pressure 30 min chat this week or next?

Harriet

--
Harriet Lowe, co-founder & CEO
Fernfold · fernfold.example
""",
        tz=BST,
    ),
    m(
        "12060",
        "2026-04-02 08:15",
        "Harriet Lowe <harriet.lowe.builds@gmail.com>",
        "Re: Your talk on idempotency keys",
        ("interview", FERN, "Founding Backend Engineer", 21, "direct", "en"),
        text="""Brilliant! Tuesday 3pm UK works for me, I'll send a Zoom link. My co-founder Kwame
will join for the last 10 minutes.

H

On Wed, 1 Apr 2026, 22:30 Beatriz Lopes Ferraz, <beatriz.lferraz@gmail.com> wrote:
> Hi Harriet, thank you - happy to chat. Tuesday or Wednesday afternoon works for me.
""",
        tz=BST,
        headers=reply("12059", "Harriet Lowe <harriet.lowe.builds@gmail.com>"),
    ),
    m(
        "12061",
        "2026-04-10 17:55",
        "Harriet Lowe <harriet.lowe.builds@gmail.com>",
        "Re: Your talk on idempotency keys",
        ("interview", FERN, "Founding Backend Engineer", 21, "direct", "en"),
        text="""Thanks so much for today. Kwame and I would love you to meet Jonas, our advisor who
ran payments engineering at a big bank - he'll do a technical deep dive. Monday at 5pm UK?

H
""",
        tz=BST,
        headers=reply("12059", "Harriet Lowe <harriet.lowe.builds@gmail.com>"),
    ),
    m(
        "12062",
        "2026-04-22 19:30",
        "Harriet Lowe <harriet@fernfold.example>",
        "Fernfold - we'd love you to join",
        ("offer", FERN, "Founding Backend Engineer", 21, "direct", "en"),
        text="""Hi Beatriz,

Writing from the work account so this is on the record :)

We'd love you to join Fernfold as our Founding Backend Engineer. Concretely:
- £78,000 a year (paid as a contractor through Deel, since you're in Spain)
- 0.9% equity, 4-year vesting with a 1-year cliff
- fully remote, team offsite twice a year
- start date flexible, ideally June

No pressure on timing - take a week, ask me anything. Kwame and Jonas were both really
impressed.

Harriet
""",
        tz=BST,
    ),
    m(
        "12063",
        "2026-04-30 12:12",
        "Harriet Lowe <harriet@fernfold.example>",
        "Re: Fernfold - we'd love you to join",
        ("confirmation", FERN, "Founding Backend Engineer", 21, "direct", "en"),
        st="declined",
        text="""Beatriz,

Totally understand - a permanent contract and a team in Madrid is a big deal, especially just
after moving. Thank you for being so open with us through the whole thing. If things change,
the door is very much open.

Good luck at Tramontana!
Harriet

> Hi Harriet, I've thought about it a lot and I've decided to accept another offer here in
> Madrid. Thank you and Kwame for everything.
""",
        tz=BST,
        headers=reply("12062", "Harriet Lowe <harriet@fernfold.example>"),
    ),
]

MAIL += [
    # 32 Orchard Ledger, Ashby: the employer is named only in the job link and the signature's domain
    m(
        "12064",
        "2026-03-27 17:02",
        "Recruiting Team <no-reply@ashbyhq.com>",
        "Thanks for applying!",
        ("confirmation", "Orchard Ledger", "Backend Engineer, Ledger Core", 32, "ashby", "en"),
        text="""Hi Beatriz,

Thanks for applying for the Backend Engineer, Ledger Core position. We've received your
application and will be in touch once the hiring team has reviewed it.

You can view the role here: https://jobs.ashbyhq.com/orchard-ledger/3f1c2a9e-77d1-4b0c

Best,
Recruiting Team
""",
        tz=EDT,
    ),
    m(
        "12065",
        "2026-04-16 15:31",
        "Recruiting Team <no-reply@ashbyhq.com>",
        "Re: Backend Engineer, Ledger Core",
        ("rejection", "Orchard Ledger", "Backend Engineer, Ledger Core", 32, "ashby", "en"),
        text="""Hi Beatriz,

Thank you for your patience while we reviewed your application. We were impressed by your
background in payment reconciliation, but we've decided to pursue other candidates whose
experience is a closer match for what the team needs right now.

We really appreciate your interest and wish you the best in your search.

Recruiting Team
orchardledger.example
""",
        tz=EDT,
    ),
    # Fernfold: a short reply in the thread with a signed NDA before the deep dive
    m(
        "12066",
        "2026-04-12 10:02",
        "Harriet Lowe <harriet.lowe.builds@gmail.com>",
        "Re: Your talk on idempotency keys",
        ("interview", FERN, "Founding Backend Engineer", 21, "direct", "en"),
        text="""Great, Monday 5pm it is. Attached is the NDA, signed on our side - Jonas will show you
some of our actual ledger code, hence the paperwork. Sorry!

H
""",
        tz=BST,
        headers=reply("12059", "Harriet Lowe <harriet.lowe.builds@gmail.com>"),
        attach=[
            (
                "Fernfold_mutual_NDA_signed.txt",
                "text/plain",
                "MUTUAL NON-DISCLOSURE AGREEMENT - Fernfold Ltd - signed H. Lowe",
            )
        ],
    ),
    # Lumen: candidate survey after the process (Teamtailor)
    m(
        "12067",
        "2026-02-05 10:00",
        "Lumen Pagamentos <no-reply@teamtailor.com>",
        "Como foi a tua experiência?",
        ("other_job", LUMEN, BE_PY, None, "teamtailor", "pt"),
        text="""Olá Beatriz,

Gostávamos de saber como foi a tua experiência no nosso processo de recrutamento. São só 4
perguntas, e as respostas são anónimas:

https://lumenpagamentos.teamtailor.com/survey/c9a12

Obrigado!
Equipa de Pessoas da Lumen
""",
        tz=WET,
    ),
    # Kinetic Orbit: data retention notice (Workable)
    m(
        "12068",
        "2026-06-15 12:00",
        "Kinetic Orbit <noreply@candidates.workablemail.com>",
        "Your personal data with Kinetic Orbit",
        ("other_job", KO, None, None, "workable", "en"),
        text="""Hi Beatriz,

We're reaching out because we're keeping your application data on file for future
opportunities at Kinetic Orbit. If you'd like us to delete it, click here:
https://apply.workable.com/kinetic-orbit/gdpr/withdraw-consent

Kinetic Orbit Hiring Team
""",
        tz=EDT,
    ),
    m(
        "12069",
        "2026-07-08 09:45",
        "Lumen Pagamentos <no-reply@teamtailor.com>",
        "Novas vagas na Lumen que podem ser para ti",
        ("alert", LUMEN, None, None, "teamtailor", "pt"),
        text="""Olá Beatriz,

Como membro da Lumen Connect, és das primeiras pessoas a saber:
- Senior Backend Engineer (Python) - Porto / Remoto PT
- Engineering Manager, Settlements - Porto

Ver vagas: https://lumenpagamentos.teamtailor.com/jobs
""",
        tz=WEST,
    ),
    m(
        "12070",
        "2026-07-02 17:20",
        "Karla Zepeda <karlazepeda.rh@gmail.com>",
        "Re: Entrevista vacante backend",
        ("interview", "Quantia Fintech", "Desarrollador Backend Sr (Remoto)", 25, "direct", "es"),
        text="""Hola Beatriz! Te tengo buenas noticias: se reactivó la vacante de Backend Sr. Iván quiere
retomar contigo donde nos quedamos, con una plática técnica de una hora. ¿Sigues interesada?
Si sí, pásame tu disponibilidad de la próxima semana.

Saludos!
Karla
""",
        tz="-0600",
        headers=reply("12109", "Karla Zepeda <karlazepeda.rh@gmail.com>"),
    ),
    m(
        "12071",
        "2026-07-14 11:10",
        "Tom Bradley via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Staff Backend Engineer - fintech, Madrid",
        ("outreach", "Corvid Pay", "Staff Backend Engineer", None, "linkedin", "en"),
        text="""Tom Bradley
Principal Recruiter at Corvid Pay

Hi Beatriz - I know you've just started somewhere new, so no pressure, but we're opening our
Madrid hub and I'd love to keep in touch about a Staff Backend Engineer role later this year.

Tom
""",
        tz=CEST,
    ),
]
