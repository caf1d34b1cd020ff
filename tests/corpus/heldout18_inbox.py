"""The ordinary inbox of the eighteenth corpus (Madrid, Spanish and English), with look-alikes of
job mail on purpose (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import reply
from heldout18_jobs import m

ES = ("not_job", "es")
EN = ("not_job", "en")
PT = ("not_job", "pt")

MAMA = "Mamá <carmen.salas.ruiz@nubemail.es>"
DANI = "Dani Herrero <dani.herrero.s@gmail.com>"
CLARA = "Clara Benito <clarabenito88@gmail.com>"
HANNAH = "Hannah Wells <hannah.wells@fastmail.com>"
LAVA = "Inmobiliaria Lavapiés <alquileres@inmolavapies.example>"
PODCAST = "Álex Robles <alex@marketingsinfiltro.example>"

MAIL: list[dict[str, Any]] = [
    # --- look-alikes: a flat rental
    m(
        "18201",
        "2026-01-16 11:05",
        LAVA,
        "Hemos recibido su solicitud - Calle Embajadores 48, 3ºB",
        ES,
        text="""Estimada Lucía:

Hemos recibido su solicitud para el alquiler de la vivienda de Calle Embajadores 48, 3ºB.
Para continuar con el estudio, necesitamos la siguiente documentación:

- DNI
- Tres últimas nóminas o declaración de la renta
- Contrato de trabajo o, en su defecto, aval bancario

Un saludo,
Departamento de Alquileres
Inmobiliaria Lavapiés
""",
    ),
    m(
        "18202",
        "2026-01-17 09:40",
        LAVA,
        "Visita: Calle Embajadores 48, 3ºB",
        ES,
        text="""\
Le confirmamos la visita al piso el martes 20 de enero a las 18:30. Le atenderá Jaime.
""",
        ics={
            "style": "google",
            "uid": "lava-visita-0120",
            "start": "2026-01-20 18:30:00 +0100",
            "minutes": 30,
            "organizer": ("Jaime Oliva", "alquileres@inmolavapies.example"),
            "summary": "Visita piso Embajadores 48 3ºB",
            "location": "Calle Embajadores 48, Madrid",
        },
    ),
    m(
        "18203",
        "2026-01-28 13:12",
        LAVA,
        "Resultado del estudio de su solicitud",
        ES,
        text="""Estimada Lucía:

Lamentamos comunicarle que la propiedad ha decidido seguir adelante con otro candidato para la
vivienda de Calle Embajadores. Le agradecemos su interés y le avisaremos de nuevas viviendas
que se ajusten a su búsqueda.

Un saludo,
Inmobiliaria Lavapiés
""",
    ),
    m(
        "18204",
        "2026-06-10 10:00",
        "idealista <noreply@idealista.com>",
        "Tu solicitud de contacto ha sido enviada al anunciante",
        ES,
        html="""<html><body><p>Hola Lucía,</p><p>Hemos enviado tu mensaje al anunciante del piso en
<b>Calle de Fernando el Santo, Chamberí</b> (1.450 €/mes). Te responderá directamente.</p>
</body></html>""",
    ),
    m(
        "18205",
        "2026-06-18 17:20",
        "Rocío Vidal <rocio@vidalfincas.example>",
        "Piso Fernando el Santo - aprobado",
        ES,
        text="""Hola Lucía,

¡Buenas noticias! Los propietarios han aceptado tu solicitud. Con tu nuevo contrato en Vantia
no hace falta aval. Te mando por DocuSign el contrato de arrendamiento para firmar.

Rocío Vidal - Vidal Fincas
""",
    ),
    m(
        "18206",
        "2026-06-19 09:02",
        "Rocío Vidal via DocuSign <dse_na4@docusign.net>",
        "Completa con DocuSign: Contrato de arrendamiento - Fernando el Santo 12",
        ES,
        html="""<html><body><p>Rocío Vidal te ha enviado un documento para revisar y firmar.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=77c0">REVISAR DOCUMENTO</a></p>
<p>Contrato de arrendamiento de vivienda - Fernando el Santo 12, 2º izda.</p></body></html>""",
    ),
    m(
        "18207",
        "2026-06-20 12:30",
        "DocuSign <dse_na4@docusign.net>",
        "Completado: Contrato de arrendamiento - Fernando el Santo 12",
        ES,
        html="""<html><body><p>Todas las partes han completado el sobre «Contrato de arrendamiento -
Fernando el Santo 12».</p></body></html>""",
    ),
    # --- credit card, loan
    m(
        "18208",
        "2026-02-12 10:15",
        "Banco Lince <avisos@bancolince.example>",
        "Tu solicitud de Tarjeta Lince Platinum está en estudio",
        ES,
        text="""Hola Lucía:

Hemos recibido tu solicitud de Tarjeta Lince Platinum. Nuestro equipo de riesgos la está
estudiando y te responderemos en un plazo máximo de 5 días hábiles.

Banco Lince
""",
    ),
    m(
        "18209",
        "2026-02-16 08:40",
        "Banco Lince <avisos@bancolince.example>",
        "Resolución de tu solicitud",
        ES,
        text="""Hola Lucía:

Tras analizar tu solicitud, en este momento no podemos concederte la Tarjeta Lince Platinum.
Esta decisión se basa en tu situación laboral actual. Puedes volver a solicitarla pasados tres
meses.

Banco Lince
""",
    ),
    m(
        "18210",
        "2026-07-02 09:00",
        "Banco Lince <ofertas@bancolince.example>",
        "Lucía, tienes un préstamo preconcedido de hasta 15.000 €",
        ES,
        html="""<html><body><h2>Oferta exclusiva para ti</h2><p>Préstamo personal sin comisiones,
TIN 6,95 %. Solicítalo en 2 minutos desde la app. Oferta válida hasta el 31 de julio.</p>
</body></html>""",
    ),
    m(
        "18211",
        "2026-07-06 18:00",
        "Banco Lince <avisos@bancolince.example>",
        "¡Enhorabuena! Tu Tarjeta Lince Platinum ha sido aprobada",
        ES,
        text="""Hola Lucía:

Tu solicitud de Tarjeta Lince Platinum ha sido aprobada. Recibirás la tarjeta en tu domicilio
en 5-7 días. Recuerda activarla desde la app.
""",
    ),
    # --- UK ETA, master's programme
    m(
        "18212",
        "2026-02-20 14:02",
        "GOV.UK <noreply@eta.homeoffice.gov.uk>",
        "Your application for an electronic travel authorisation (ETA)",
        EN,
        z="LON",
        text="""We have received your application for an electronic travel authorisation (ETA) to
travel to the UK.

Application reference: 4471-2039-8812-6650

You will usually get a decision within 3 working days. We'll email you when a decision has
been made. Do not book travel until you get a decision.

UK Visas and Immigration
""",
    ),
    m(
        "18213",
        "2026-02-21 09:30",
        "GOV.UK <noreply@eta.homeoffice.gov.uk>",
        "Your ETA application: decision",
        EN,
        z="LON",
        text="""Your application for an electronic travel authorisation (ETA) has been approved.

Application reference: 4471-2039-8812-6650
Your ETA is linked to the passport you used to apply. It is valid for 2 years.
""",
    ),
    m(
        "18214",
        "2026-01-23 16:00",
        "IE Admissions <admissions@ie-university-mail.example>",
        "Application received - Executive Master in Marketing & Brand",
        EN,
        text="""Dear Lucía,

Thank you for submitting your application to the Executive Master in Marketing & Brand
(intake October 2026). Your application is now complete and will be reviewed by the
Admissions Committee.

Next step: an admissions interview with a member of the committee. You'll receive an
invitation shortly.

IE Admissions Office
""",
    ),
    m(
        "18215",
        "2026-02-02 11:45",
        "IE Admissions <admissions@ie-university-mail.example>",
        "Admissions interview invitation",
        EN,
        text="""Dear Lucía,

We are pleased to invite you to your admissions interview for the Executive Master in Marketing
& Brand on Monday 9 February at 18:00 (CET), online.
""",
        ics={
            "style": "google",
            "uid": "ie-adm-int-2291",
            "start": "2026-02-09 18:00:00 +0100",
            "minutes": 30,
            "organizer": ("IE Admissions", "admissions@ie-university-mail.example"),
            "summary": "Admissions interview - Executive Master in Marketing & Brand",
            "location": "Zoom",
        },
    ),
    m(
        "18216",
        "2026-02-20 10:00",
        "IE Admissions <admissions@ie-university-mail.example>",
        "Your admission decision",
        EN,
        text="""Dear Lucía,

Congratulations! On behalf of the Admissions Committee, I am delighted to offer you a place in
the Executive Master in Marketing & Brand starting October 2026. To secure your place, please
pay the reservation deposit before 20 March.

Warm regards,
Director of Admissions
""",
    ),
    m(
        "18217",
        "2026-03-18 12:00",
        "IE Admissions <admissions@ie-university-mail.example>",
        "Reminder: secure your place",
        EN,
        text="""Dear Lucía, a friendly reminder that the deadline to pay your reservation deposit is
20 March. If you have decided to defer your place, please let us know.
""",
    ),
    # --- podcast and press interviews
    m(
        "18218",
        "2026-03-30 19:10",
        PODCAST,
        "¿Te vienes al podcast?",
        ES,
        text="""Hola Lucía,

Soy Álex, presento «Marketing sin Filtro». Vi tu charla en el Product Marketing Summit de Madrid
y me encantaría entrevistarte para un episodio sobre lanzamientos en mercados hispanos. Son
unos 45 minutos, en remoto, y se publica en mayo.

¿Te animas?
Álex
""",
    ),
    m(
        "18219",
        "2026-04-01 10:05",
        PODCAST,
        "Re: ¿Te vienes al podcast?",
        ES,
        text="""¡Genial! Te mando invitación para grabar el martes 21 a las 17:00. Te paso también
un guion con las preguntas de la entrevista unos días antes.

Álex
""",
        headers=reply("18218", PODCAST),
        ics={
            "style": "google",
            "uid": "msf-grab-0421",
            "start": "2026-04-21 17:00:00 +0200",
            "minutes": 60,
            "organizer": ("Álex Robles", "alex@marketingsinfiltro.example"),
            "summary": "Grabación Marketing sin Filtro - entrevista Lucía Herrero",
            "location": "Riverside.fm",
        },
    ),
    m(
        "18220",
        "2026-05-19 08:00",
        PODCAST,
        "¡Ya está publicado tu episodio!",
        ES,
        text="""\
Hola Lucía, ya puedes escuchar la entrevista: https://marketingsinfiltro.example/ep112
¡Mil gracias otra vez!
""",
    ),
    m(
        "18221",
        "2026-06-25 13:40",
        "Nuria Calvo <ncalvo@expansion-digital.example>",
        "Entrevista breve para un reportaje",
        ES,
        text="""Hola Lucía,

Soy periodista y estoy preparando un reportaje sobre cómo las fintech españolas lanzan
productos en Latinoamérica. ¿Podría hacerte una entrevista breve por teléfono esta semana?
Serían 15 minutos.

Gracias,
Nuria Calvo
""",
    ),
    # --- webinars, doctor
    m(
        "18222",
        "2026-02-25 15:00",
        "Product Marketing Alliance <events@productmarketingalliance.com>",
        "You're registered: Positioning that sells in 2026",
        EN,
        text="""Hi Lucía,

You're registered for the live webinar "Positioning that sells in 2026" on Thursday 5 March,
17:00 GMT. Add it to your calendar using the invite attached.
""",
        z="LON",
        ics={
            "style": "google",
            "uid": "pma-web-0305",
            "start": "2026-03-05 17:00:00 +0000",
            "minutes": 60,
            "organizer": ("Product Marketing Alliance", "events@productmarketingalliance.com"),
            "summary": "Webinar: Positioning that sells in 2026",
            "location": "Zoom webinar",
        },
    ),
    m(
        "18223",
        "2026-04-08 12:00",
        "Factorial <marketing@factorialhr.com>",
        "Webinar: Cómo hacer entrevistas de selección que funcionan",
        ES,
        html="""<html><body><p>Aprende con nuestras expertas en RR. HH. a diseñar entrevistas
estructuradas y reducir la rotación. Jueves 16 de abril, 11:00 h.</p>
<p><a href="https://factorialhr.com/webinars/entrevistas">Reserva tu plaza</a></p></body></html>""",
    ),
    m(
        "18224",
        "2026-02-03 09:15",
        "Clínica Arganzuela <citas@clinicaarganzuela.example>",
        "Cita confirmada - Dermatología",
        ES,
        text="""Hola Lucía:

Tu cita con la Dra. Moreno (Dermatología) queda confirmada para el miércoles 11 de febrero a
las 9:40. Si no puedes asistir, anúlala con 24 h de antelación.
""",
        ics={
            "style": "outlook",
            "uid": "ca-derm-0211",
            "start": "2026-02-11 09:40:00 +0100",
            "minutes": 20,
            "organizer": ("Clínica Arganzuela", "citas@clinicaarganzuela.example"),
            "summary": "Cita Dermatología - Dra. Moreno",
            "location": "Paseo de la Chopera 7",
        },
    ),
    m(
        "18225",
        "2026-05-11 10:30",
        "Clínica Arganzuela <citas@clinicaarganzuela.example>",
        "Cita anulada - Oftalmología",
        ES,
        text="""Tu cita de Oftalmología del 13 de mayo a las 16:20 ha sido anulada. Puedes pedir
una nueva desde la app.
""",
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "uid": "ca-oft-0513",
            "start": "2026-05-13 16:20:00 +0200",
            "minutes": 20,
            "organizer": ("Clínica Arganzuela", "citas@clinicaarganzuela.example"),
            "summary": "Cita Oftalmología",
            "location": "Paseo de la Chopera 7",
        },
    ),
    m(
        "18226",
        "2026-06-29 09:00",
        "Doctoralia <noreply@doctoralia.es>",
        "Recordatorio: tu cita mañana con Dental Delicias",
        ES,
        text="""Hola Lucía, te recordamos tu cita mañana, 30 de junio, a las 19:00 en Dental
Delicias (revisión e higiene). ¿Necesitas cambiarla? Hazlo desde la app.
""",
    ),
    # --- LinkedIn social, newsletters about hiring and interviews
    m(
        "18227",
        "2026-01-19 18:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Felicita a Pablo Úbeda por su nuevo puesto",
        ES,
        html="""<html><body><p>Pablo Úbeda empezó un nuevo puesto como Head of Marketing en
Corvina Software.</p><p><a href="https://www.linkedin.com/feed/">Felicitar</a></p></body></html>""",
    ),
    m(
        "18228",
        "2026-02-27 08:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        EN,
        html="""<html><body><p>Lucía, you appeared in 14 searches this week.</p>
<p>People from Marketing and Human Resources found you.</p></body></html>""",
    ),
    m(
        "18229",
        "2026-04-22 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Laura Mendizábal y 33 personas más reaccionaron a tu publicación",
        ES,
        html="""<html><body><p>Tu publicación sobre el episodio de «Marketing sin Filtro» está
teniendo éxito: 34 reacciones y 6 comentarios.</p></body></html>""",
    ),
    m(
        "18230",
        "2026-07-03 18:40",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Lucía, 56 personas te han dado la enhorabuena por tu nuevo puesto",
        ES,
        html="""<html><body><p>Tu red está celebrando tu nuevo puesto como Senior Product Marketing
Manager en Grupo Vantia.</p></body></html>""",
    ),
    m(
        "18231",
        "2026-02-10 07:00",
        "The PMM Weekly <hello@pmmweekly.example>",
        "Hiring is back (sort of) + how to run a win/loss interview",
        EN,
        html="""<html><body><h1>The PMM Weekly #142</h1>
<p>1. Hiring freezes are thawing: our survey of 300 heads of marketing says 41 % plan to hire a
PMM this year.</p><p>2. How to run a win/loss interview that people actually answer.</p>
<p>3. Job of the week: Product Marketing Manager at Kinvara Labs (London).</p>
<p><a href="https://pmmweekly.example/unsubscribe">Unsubscribe</a></p></body></html>""",
    ),
    m(
        "18232",
        "2026-03-10 07:00",
        "The PMM Weekly <hello@pmmweekly.example>",
        "The offer stage: how to negotiate without burning bridges",
        EN,
        html="""<html><body><h1>The PMM Weekly #146</h1><p>You got the offer. Now what? Five
scripts for negotiating salary, plus an interview with a CMO who hired 40
PMMs.</p></body></html>""",
    ),
    m(
        "18233",
        "2026-05-12 07:00",
        "The PMM Weekly <hello@pmmweekly.example>",
        "Positioning teardown: three fintech homepages",
        EN,
        html="""<html><body><h1>The PMM Weekly #155</h1><p>This week we tear down three fintech
homepages, and our reader survey on team sizes.</p></body></html>""",
    ),
    m(
        "18234",
        "2026-01-29 06:30",
        "Marketing Directo <boletin@marketingdirecto.example>",
        "Las 20 empresas que más contratarán perfiles de marketing en 2026",
        ES,
        html="""<html><body><p>Boletín diario · El sector prevé un 12 % más de contrataciones de
perfiles digitales. Además: entrevista con la CMO de Casa Ortega sobre su nueva marca.</p>
</body></html>""",
    ),
    m(
        "18235",
        "2026-04-14 06:30",
        "Marketing Directo <boletin@marketingdirecto.example>",
        "Así se prepara una entrevista de trabajo en marketing (según 5 directivos)",
        ES,
        html="""<html><body><p>Boletín diario · Consejos de directivos de marketing para superar
una entrevista de trabajo. Y además: los anuncios más vistos de Semana Santa.</p></body></html>""",
    ),
    # --- family and friends, incl. other people's job news
    m(
        "18236",
        "2026-01-11 21:30",
        MAMA,
        "Domingo",
        ES,
        text="""\
Hija, ¿vienes el domingo a comer? Hago cocido. Dile a Dani que traiga el pan, que siempre
se le olvida.

Un beso,
Mamá
""",
    ),
    m(
        "18237",
        "2026-02-08 20:14",
        DANI,
        "Noticia!!",
        ES,
        text="""\
Lu!! Me han hecho una oferta en la consultora de Valencia. Empiezo en marzo si acepto,
pero no sé qué hacer con el piso. ¿Me llamas esta noche y lo hablamos?

Dani
""",
    ),
    m(
        "18238",
        "2026-02-09 09:12",
        DANI,
        "Re: Noticia!!",
        ES,
        text="""Gracias por lo de anoche. Al final la acepto, ¡me voy a Valencia! Mamá ya está
llorando jaja.
""",
        headers=reply("18237", DANI),
    ),
    m(
        "18239",
        "2026-03-05 22:40",
        CLARA,
        "¿Me harías de referencia?",
        ES,
        text="""Hola guapa,

Estoy en la última fase de un proceso en una agencia y me piden dos referencias. ¿Te importa
si doy tu nombre? Solo te llamarían 10 minutos. ¡Te debo una caña!

Clara
""",
    ),
    m(
        "18240",
        "2026-03-21 11:05",
        HANNAH,
        "London in May?",
        EN,
        z="LON",
        text="""Hey Lu!

Are you still thinking of coming over in May? We've got the sofa bed free the weekend of the
16th. Also - how did the Dublin thing go?? Tell me everything.

H x
""",
    ),
    m(
        "18241",
        "2026-03-22 10:20",
        HANNAH,
        "Re: London in May?",
        EN,
        z="LON",
        text="""Ha, fair enough, Madrid is hard to leave. Booking you in for the 16th then!

H
""",
        headers=reply("18240", HANNAH),
    ),
    m(
        "18242",
        "2026-05-24 13:00",
        MAMA,
        "Enhorabuena!!!",
        ES,
        text="""Qué alegría, hija. Tu padre dice que ya lo sabía. El domingo lo celebramos en casa.

Besos
""",
    ),
    m(
        "18243",
        "2026-04-27 19:45",
        "Sofía Herrero <sofia.herrero.tia@hotmail.com>",
        "Fotos de la comunión",
        ES,
        text="""Hola Lucía, te mando el enlace con las fotos de la comunión de Irene. ¡Salís todos
guapísimos!

https://photos.app.goo.gl/kd82LmQ
""",
    ),
    m(
        "18244",
        "2026-06-06 10:10",
        "Gabriela Cruz <gabi.cruz.mx@gmail.com>",
        "Boda en Oaxaca!",
        ES,
        z="MEX",
        text="""¡Hola Lu!

Ya tenemos fecha: 14 de noviembre en Oaxaca. Te mando la invitación formal pronto, pero ve
apartando la fecha, ¿sale? Te quiero ahí sí o sí.

Gabi
""",
    ),
    # --- former employer, unemployment office
    m(
        "18245",
        "2026-01-08 12:30",
        "RR. HH. Tempo Retail <rrhh@temporetail.example>",
        "Documentación de baja: certificado de empresa y finiquito",
        ES,
        text="""Hola Lucía:

Te adjuntamos el certificado de empresa y el documento de liquidación correspondientes a tu
baja del 31 de diciembre. El certificado ya se ha enviado al SEPE.

Mucha suerte en tu nueva etapa.
Recursos Humanos - Tempo Retail
""",
        attach=[("certificado_empresa.txt", "text/plain", "Certificado de empresa - L. Herrero\n")],
    ),
    m(
        "18246",
        "2026-01-13 09:00",
        "SEPE <noreply@sepe.es>",
        "Cita previa confirmada",
        ES,
        text="""Se ha confirmado su cita previa en la oficina de prestaciones de Madrid-Arganzuela
el día 19/01/2026 a las 10:20. Trámite: solicitud de prestación por desempleo.
Localizador: 7HK29Q
""",
    ),
    m(
        "18247",
        "2026-01-27 10:00",
        "SEPE <noreply@sepe.es>",
        "Resolución de su solicitud de prestación",
        ES,
        text="""Le informamos de que se ha dictado resolución sobre su solicitud de prestación
contributiva por desempleo. Puede consultarla en la sede electrónica con certificado digital.
""",
    ),
]

AMZ = "Amazon.es <confirmar-envio@amazon.es>"
AMZ_O = "Amazon.es <pedidos@amazon.es>"
ING = "ING <notificaciones@ing.es>"
ELPAIS = "El País <newsletter@elpais.es>"
VECINOS = "Comunidad Embajadores 12 <administracion@fincasarganzuela.example>"

MAIL += [
    # --- shopping, deliveries
    m(
        "18301",
        "2026-01-09 19:22",
        AMZ_O,
        "Tu pedido de Amazon.es nº 402-8812734-1190033",
        ES,
        text="""Hola Lucía,
Gracias por tu pedido. Te enviaremos una confirmación cuando se envíe.
Funda para portátil 14" ... 19,99 €
Entrega estimada: lunes, 12 de enero
""",
    ),
    m(
        "18302",
        "2026-01-10 08:14",
        AMZ,
        'Enviado: "Funda para portátil 14"..."',
        ES,
        text="""Tu paquete está en camino. Entrega prevista: lunes, 12 de enero.
Sigue tu envío: https://www.amazon.es/gp/your-account/order-details?orderID=402-8812734-1190033
""",
    ),
    m(
        "18303",
        "2026-02-14 12:40",
        AMZ_O,
        "Tu pedido de Amazon.es nº 402-1157320-7720451",
        ES,
        text="""Hola Lucía,
Gracias por tu pedido.
«Obviously Awesome» - April Dunford (tapa blanda) ... 17,40 €
Auriculares inalámbricos ... 49,90 €
""",
    ),
    m(
        "18304",
        "2026-02-16 14:05",
        AMZ,
        "Entregado: 2 artículos",
        ES,
        text="""Tu paquete se ha entregado. Se ha dejado en el buzón / entregado a un vecino: 2ºA.
""",
    ),
    m(
        "18305",
        "2026-04-03 10:50",
        AMZ_O,
        "Tu pedido de Amazon.es nº 402-6620019-3382211",
        ES,
        text="""Gracias por tu pedido.
Soporte para monitor ajustable ... 32,99 €
""",
    ),
    m(
        "18306",
        "2026-06-26 21:10",
        AMZ_O,
        "Tu pedido de Amazon.es nº 402-9010233-5581020",
        ES,
        text="""Gracias por tu pedido.
Cajas de mudanza (pack 20) ... 24,95 €
Cinta adhesiva x6 ... 8,49 €
""",
    ),
    m(
        "18307",
        "2026-01-21 09:00",
        "Correos <notificaciones@correos.es>",
        "Tu envío PQ4B7C0400123450128015E llegará hoy",
        ES,
        text="""Hola, tu envío llegará hoy entre las 9:00 y las 14:00. Remitente: ZALANDO.
Si no estás, podrás recogerlo en la oficina de Paseo de las Delicias.
""",
    ),
    m(
        "18308",
        "2026-03-12 17:30",
        "SEUR <noreply@seur.com>",
        "Tu envío está en reparto",
        ES,
        text="""\
Tu envío 08123445871 de DECATHLON ESPAÑA está en reparto. Entrega estimada: 18:00-20:00.
""",
    ),
    m(
        "18309",
        "2026-05-06 11:15",
        "GLS Spain <noreply@gls-spain.es>",
        "No hemos podido entregar tu paquete",
        ES,
        text="""\
No hemos podido entregar tu paquete 6172098801 porque no había nadie en el domicilio.
Elige una nueva fecha de entrega: https://gls-spain.es/reprogramar
""",
    ),
    m(
        "18310",
        "2026-06-30 09:40",
        "Correos <notificaciones@correos.es>",
        "Tienes un envío certificado para recoger",
        ES,
        text="""Tienes un envío certificado de AGENCIA TRIBUTARIA pendiente de recoger en la oficina
Madrid-Sucursal 42 hasta el 15/07/2026.
""",
    ),
    m(
        "18311",
        "2026-01-31 22:05",
        "Glovo <noreply@glovoapp.com>",
        "Tu recibo de Glovo",
        ES,
        text="""¡Gracias por pedir en Glovo, Lucía!
Pedido: Ramen Shifu · 2 artículos · Total 24,80 €
""",
    ),
    m(
        "18312",
        "2026-03-14 21:45",
        "Uber Eats <uber.spain@uber.com>",
        "Tu pedido del sábado con Uber Eats",
        ES,
        text="""Total 31,20 €. Pedido a La Tagliatella. Gracias por pedir con Uber Eats.
""",
    ),
    m(
        "18313",
        "2026-05-29 22:30",
        "Glovo <noreply@glovoapp.com>",
        "Tu recibo de Glovo",
        ES,
        text="""Pedido: Taquería Los Cuates · 4 artículos · Total 38,15 €
""",
    ),
    m(
        "18314",
        "2026-04-18 13:02",
        "Wallapop <noreply@wallapop.com>",
        "¡Has vendido «Silla de escritorio Ikea»!",
        ES,
        text="""\
¡Enhorabuena! Has vendido Silla de escritorio Ikea por 40 €. Prepara el envío antes del martes.
""",
    ),
    m(
        "18315",
        "2026-06-28 18:20",
        "Wallapop <noreply@wallapop.com>",
        "Tienes una nueva oferta por «Estantería Kallax»",
        ES,
        text="""Marcos te ha hecho una oferta de 35 € por Estantería Kallax. ¿La aceptas?
""",
    ),
    m(
        "18316",
        "2026-05-02 10:00",
        "Vinted <no-reply@vinted.es>",
        "Tu pedido ha sido enviado",
        ES,
        text="""El vendedor ha enviado tu pedido (Chaqueta vaquera). Llegará en 2-4 días.
""",
    ),
    # --- travel
    m(
        "18317",
        "2026-02-27 13:40",
        "Renfe <venta@renfe.es>",
        "Billete Madrid-Puerta de Atocha - Barcelona-Sants",
        ES,
        text="""Confirmación de compra. Localizador: Z7QK2M
Ida: 12/03/2026 AVE 03073 08:00 Madrid-Puerta de Atocha -> 10:30 Barcelona-Sants. Coche 5, plaza 8A.
Vuelta: 14/03/2026 AVE 03182 19:00 -> 21:30.
Importe total: 86,40 €
""",
    ),
    m(
        "18318",
        "2026-03-11 18:00",
        "Renfe <avisos@renfe.es>",
        "Recuerda: tu viaje es mañana",
        ES,
        text="""\
Tu tren AVE 03073 sale mañana a las 08:00 de Madrid-Puerta de Atocha. Puertas de embarque
cierran 2 minutos antes de la salida.
""",
    ),
    m(
        "18319",
        "2026-03-08 19:30",
        "Airbnb <automated@airbnb.com>",
        "Reserva confirmada en Barcelona",
        ES,
        text="""\
¡Prepárate para Barcelona! Reserva confirmada en Gràcia, 12-14 mar, anfitrión: Jordi.
Código de confirmación: HMQ8AZ44X2
""",
    ),
    m(
        "18320",
        "2026-04-12 16:25",
        "Iberia <confirmacion@iberia.es>",
        "Confirmación de tu reserva - MAD-LHR",
        ES,
        text="""Reserva: 7RJ5TN
15 MAY 2026 IB3166 Madrid 07:15 - Londres Heathrow 08:40
17 MAY 2026 IB3163 Londres Heathrow 19:50 - Madrid 23:10
Pasajera: HERRERO SALAS / LUCIA MRS
""",
    ),
    m(
        "18321",
        "2026-05-14 07:15",
        "Iberia <checkin@iberia.es>",
        "Ya puedes facturar tu vuelo a Londres",
        ES,
        text="""\
Hola Lucía, la facturación online para tu vuelo IB3166 del 15 de mayo ya está abierta.
""",
    ),
    m(
        "18322",
        "2026-01-15 10:00",
        "Iberia <ofertas@iberia.es>",
        "Oferta: vuela a Ciudad de México desde 589 €",
        ES,
        html="""<html><body><h1>Ofertas de invierno</h1><p>Ciudad de México desde 589 € i/v.
Bogotá desde 549 €. Compra hasta el domingo.</p></body></html>""",
    ),
    m(
        "18323",
        "2026-04-24 10:00",
        "Iberia <ofertas@iberia.es>",
        "Lucía, tu oferta personalizada para este verano",
        ES,
        html="""<html><body><p>Tenemos una oferta para ti: Londres, Dublín y Lisboa con un 20 % de
descuento para socios Iberia Club.</p></body></html>""",
    ),
    m(
        "18324",
        "2026-06-14 12:30",
        "Booking.com <noreply@booking.com>",
        "Reserva confirmada em Lisboa",
        PT,
        text="""Obrigado, Lucía! A sua reserva no Hotel Alfama Patio está confirmada.
Check-in: sexta-feira, 10 de julho de 2026
Check-out: domingo, 12 de julho de 2026
""",
    ),
    m(
        "18325",
        "2026-02-24 17:10",
        "Cabify <no-reply@cabify.com>",
        "Tu viaje con Cabify",
        ES,
        text="""Gracias por viajar con Cabify. Castellana 141 -> Embajadores 12. 14,30 €.
""",
    ),
    m(
        "18326",
        "2026-05-14 09:05",
        "Cabify <no-reply@cabify.com>",
        "Tu viaje con Cabify",
        ES,
        text="""\
Gracias por viajar con Cabify. Embajadores 12 -> Paseo de la Castellana 141. 13,85 €.
""",
    ),
    # --- banks and money
    m(
        "18327",
        "2026-01-31 08:00",
        ING,
        "Tu extracto de enero ya está disponible",
        ES,
        text="""Hola Lucía, ya puedes consultar el extracto de enero de tu Cuenta NARANJA en la app.
""",
    ),
    m(
        "18328",
        "2026-02-28 08:00",
        ING,
        "Tu extracto de febrero ya está disponible",
        ES,
        text="""\
Hola Lucía, ya puedes consultar el extracto de febrero de tu Cuenta NARANJA en la app.
""",
    ),
    m(
        "18329",
        "2026-03-15 13:20",
        ING,
        "Has recibido un Bizum",
        ES,
        text="""Has recibido 20,00 € de CLARA BENITO. Concepto: cena cumple Dani.
""",
    ),
    m(
        "18330",
        "2026-04-30 08:00",
        ING,
        "Tu extracto de abril ya está disponible",
        ES,
        text="""Hola Lucía, ya puedes consultar el extracto de abril de tu Cuenta NARANJA en la app.
""",
    ),
    m(
        "18331",
        "2026-06-03 20:05",
        ING,
        "Has enviado un Bizum",
        ES,
        text="""Has enviado 45,00 € a DANIEL HERRERO. Concepto: regalo mamá.
""",
    ),
    m(
        "18332",
        "2026-07-01 09:10",
        ING,
        "Has recibido una transferencia",
        ES,
        text="""\
Has recibido una transferencia de ANTONIO GIL MARTIN por 1.100,00 €. Concepto: devolución
fianza Embajadores 12.
""",
    ),
    m(
        "18333",
        "2026-02-05 12:00",
        "Revolut <no-reply@revolut.com>",
        "Your February statement is ready",
        EN,
        text="""Hi Lucía, your EUR account statement for January is ready in the app.
""",
    ),
    m(
        "18334",
        "2026-05-17 11:40",
        "Revolut <no-reply@revolut.com>",
        "You spent £84.20 at Dishoom",
        EN,
        z="LON",
        text="""Card payment: £84.20 at DISHOOM SHOREDITCH, London. Exchange rate: £1 = €1.1712.
""",
    ),
    m(
        "18335",
        "2026-03-02 09:00",
        "Indexa Capital <info@indexacapital.com>",
        "Informe trimestral de tu cartera",
        ES,
        text="""\
Hola Lucía, ya tienes disponible el informe trimestral de tu plan de pensiones y fondo
indexado. Rentabilidad acumulada 2026: +2,1 %.
""",
    ),
    # --- bills, subscriptions, accounts
    m(
        "18336",
        "2026-01-20 10:00",
        "Iberdrola <facturas@iberdrola.es>",
        "Tu factura de luz de enero",
        ES,
        text="""\
Tu factura de luz del periodo 15/12/2025 - 14/01/2026 ya está disponible. Importe: 62,18 €.
""",
    ),
    m(
        "18337",
        "2026-03-20 10:00",
        "Iberdrola <facturas@iberdrola.es>",
        "Tu factura de luz de marzo",
        ES,
        text="""\
Tu factura de luz del periodo 15/02/2026 - 14/03/2026 ya está disponible. Importe: 48,90 €.
""",
    ),
    m(
        "18338",
        "2026-05-20 10:00",
        "Iberdrola <facturas@iberdrola.es>",
        "Tu factura de luz de mayo",
        ES,
        text="""\
Tu factura de luz del periodo 15/04/2026 - 14/05/2026 ya está disponible. Importe: 39,72 €.
""",
    ),
    m(
        "18339",
        "2026-04-02 10:00",
        "Iberdrola <ofertas@iberdrola.es>",
        "Oferta exclusiva: Plan Estable con 10 % de descuento",
        ES,
        html="""\
<html><body><p>Lucía, solo para clientes: cámbiate al Plan Estable y ahorra un 10 % el
primer año. Oferta válida hasta el 30 de abril.</p></body></html>""",
    ),
    m(
        "18340",
        "2026-02-04 09:00",
        "Movistar <facturaelectronica@movistar.es>",
        "Tu factura de febrero",
        ES,
        text="""Ya tienes disponible tu factura de miMovistar de febrero: 58,00 €.
""",
    ),
    m(
        "18341",
        "2026-04-04 09:00",
        "Movistar <facturaelectronica@movistar.es>",
        "Tu factura de abril",
        ES,
        text="""Ya tienes disponible tu factura de miMovistar de abril: 58,00 €.
""",
    ),
    m(
        "18342",
        "2026-06-21 11:00",
        "Movistar <clientes@movistar.es>",
        "Solicitud de traslado de línea recibida",
        ES,
        text="""Hemos recibido tu solicitud de traslado de tu fibra a Calle Fernando el Santo 12. Te
llamaremos para concertar la instalación.
""",
    ),
    m(
        "18343",
        "2026-01-25 06:12",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        ES,
        text="""Premium Individual · 11,99 € · Próximo pago: 25/02/2026
""",
    ),
    m(
        "18344",
        "2026-04-25 06:12",
        "Spotify <no-reply@spotify.com>",
        "Tu recibo de Spotify",
        ES,
        text="""Premium Individual · 11,99 € · Próximo pago: 25/05/2026
""",
    ),
    m(
        "18345",
        "2026-03-01 04:00",
        "Netflix <info@account.netflix.com>",
        "Se ha actualizado tu plan",
        ES,
        text="""Hola Lucía, a partir de tu próxima factura el plan Estándar costará 13,99 €/mes.
""",
    ),
    m(
        "18346",
        "2026-02-11 02:30",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        EN,
        text="""Receipt. iCloud+ 200 GB, monthly. EUR 2.99. Billed to Lucía Herrero Salas.
""",
    ),
    m(
        "18347",
        "2026-05-11 02:30",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        EN,
        text="""Receipt. iCloud+ 200 GB, monthly. EUR 2.99.
""",
    ),
    m(
        "18348",
        "2026-01-12 18:05",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        EN,
        text="""New sign-in to your account lucia.herrero.pmm@gmail.com from a Mac in Madrid, Spain.
If this was you, you don't need to do anything.
""",
    ),
    m(
        "18349",
        "2026-04-09 07:44",
        "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        "Microsoft account security code",
        EN,
        text="""\
Please use the following security code for the Microsoft account lu*****@outlook.com.
Security code: 558203
""",
    ),
    m(
        "18350",
        "2026-03-18 15:00",
        "Notion <team@mail.notion.so>",
        "Your Notion receipt",
        EN,
        text="""Thanks for subscribing to Notion Plus. Amount charged: EUR 9.50.
""",
    ),
    m(
        "18351",
        "2026-06-01 08:00",
        "Canva <no-reply@canva.com>",
        "Your Canva Pro trial ends in 3 days",
        EN,
        text="""\
Your free trial of Canva Pro ends on 4 June. After that, your plan will renew at EUR 11.99/month.
""",
    ),
    # --- public administration
    m(
        "18352",
        "2026-04-08 09:00",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Renta 2025: ya puede consultar sus datos fiscales",
        ES,
        text="""\
Le informamos de que ya está disponible su borrador/datos fiscales de la declaración de
la Renta 2025. Acceda con Cl@ve o número de referencia en la sede electrónica.
""",
    ),
    m(
        "18353",
        "2026-05-28 12:00",
        "Agencia Tributaria <notificaciones@correo.aeat.es>",
        "Presentación de la declaración: justificante",
        ES,
        text="""\
Su declaración del IRPF 2025 ha sido presentada correctamente. Resultado: a devolver 312,45 €.
CSV: 7Y3KQ2M8A9VX
""",
    ),
    m(
        "18354",
        "2026-06-23 10:00",
        "Ayuntamiento de Madrid <noreply@madrid.es>",
        "Cita previa: empadronamiento",
        ES,
        text="""\
Su cita para cambio de domicilio en el padrón está confirmada: OAC Chamberí, 03/07/2026,
11:40. Localizador: PAD-88121.
""",
    ),
    m(
        "18355",
        "2026-03-27 13:00",
        "DGT <noreply@dgt.es>",
        "Nueva notificación en la DEV",
        ES,
        text="""\
Tiene una nueva notificación en su Dirección Electrónica Vial. Acceda para consultarla.
""",
    ),
    # --- gym, sports, leisure
    m(
        "18356",
        "2026-01-05 09:30",
        "Basic-Fit <no-reply@basic-fit.com>",
        "¡Bienvenida a Basic-Fit!",
        ES,
        text="""¡Ya eres socia! Tu club: Basic-Fit Madrid Legazpi. Descarga la app para acceder.
""",
    ),
    m(
        "18357",
        "2026-03-24 20:00",
        "Playtomic <no-reply@playtomic.io>",
        "Partido confirmado: miércoles 19:30",
        ES,
        text="""\
Tu partido de pádel en Padel Delicias está confirmado: miércoles 25 de marzo, 19:30, pista 3.
""",
    ),
    m(
        "18358",
        "2026-06-09 20:00",
        "Playtomic <no-reply@playtomic.io>",
        "Partido confirmado: jueves 20:00",
        ES,
        text="""\
Tu partido de pádel en Padel Delicias está confirmado: jueves 11 de junio, 20:00, pista 1.
""",
    ),
    m(
        "18359",
        "2026-02-22 17:00",
        "Ticketmaster <noreply@ticketmaster.es>",
        "Tus entradas para Rosalía - WiZink Center",
        ES,
        text="""\
Pedido 42-88812/ESP. 2 entradas, Pista. 17 de octubre de 2026, 21:00. WiZink Center, Madrid.
""",
    ),
    m(
        "18360",
        "2026-04-25 12:00",
        "Yelmo Cines <noreply@yelmocines.es>",
        "Tus entradas",
        ES,
        text="""Ideal · Sala 4 · sábado 25/04 · 20:15 · Fila G, butacas 7-8.
""",
    ),
    m(
        "18361",
        "2026-03-03 19:00",
        "Meetup <info@meetup.com>",
        "New event: Product Marketing Madrid - Launch stories",
        EN,
        text="""\
Product Marketing Madrid: "Launch stories: what worked and what didn't" - Thursday 19 March,
19:00, Impact Hub Piamonte. 42 going.
""",
    ),
    m(
        "18362",
        "2026-05-30 10:00",
        "Meetup <info@meetup.com>",
        "Product Marketing Madrid: summer drinks",
        EN,
        text="""\
Join us for summer drinks on Thursday 18 June at El Viajero (La Latina). RSVP on Meetup.
""",
    ),
    m(
        "18363",
        "2026-02-15 11:00",
        "Coursera <no-reply@coursera.org>",
        "Congratulations on your certificate!",
        EN,
        text="""\
Congratulations, Lucía! You've completed "Pricing Strategy Optimization" and earned a
certificate. Share it on LinkedIn.
""",
    ),
    m(
        "18364",
        "2026-05-03 20:00",
        "Duo <hello@duolingo.com>",
        "You're on a 120-day streak!",
        EN,
        text="""Your Portuguese is getting stronger. Keep your streak alive today!
""",
    ),
]

MAIL += [
    # --- newsletters
    m(
        "18401",
        "2026-01-14 07:00",
        ELPAIS,
        "La mañana de EL PAÍS: la vivienda, el gran problema",
        ES,
        html="""<html><body><p>Las claves del día: el precio del alquiler sube un 11 % en Madrid;
el Gobierno aprueba el nuevo decreto de empleo; y lo mejor del fin de semana.</p></body></html>""",
    ),
    m(
        "18402",
        "2026-02-25 07:00",
        ELPAIS,
        "La mañana de EL PAÍS: récord de afiliados",
        ES,
        html="""<html><body><p>El paro baja en febrero y la Seguridad Social marca récord de
afiliación. Además: entrevista con la ministra de Trabajo.</p></body></html>""",
    ),
    m(
        "18403",
        "2026-04-29 07:00",
        ELPAIS,
        "La mañana de EL PAÍS: apagón, un año después",
        ES,
        html="""\
<html><body><p>Un año después del apagón, qué ha cambiado en la red eléctrica.</p></body></html>""",
    ),
    m(
        "18404",
        "2026-06-17 07:00",
        ELPAIS,
        "La mañana de EL PAÍS: ola de calor",
        ES,
        html="""\
<html><body><p>Aviso naranja en Madrid: hasta 40 grados el jueves.</p></body></html>""",
    ),
    m(
        "18405",
        "2026-01-22 14:00",
        "Growth Notes <growthnotes@substack.com>",
        "Why your launch tier list is wrong",
        EN,
        html="""\
<html><body><p>Most teams tier launches by effort. Tier them by customer impact instead.
Paid subscribers: the full template is below.</p></body></html>""",
    ),
    m(
        "18406",
        "2026-03-19 14:00",
        "Growth Notes <growthnotes@substack.com>",
        "I interviewed 25 heads of growth. Here's what they hire for",
        EN,
        html="""<html><body><p>Over three months I interviewed 25 heads of growth about what they
look for when they hire. The surprising answer: writing.</p></body></html>""",
    ),
    m(
        "18407",
        "2026-05-21 14:00",
        "Growth Notes <growthnotes@substack.com>",
        "Pricing pages that convert",
        EN,
        html="""<html><body><p>A teardown of 12 SaaS pricing pages.</p></body></html>""",
    ),
    m(
        "18408",
        "2026-02-02 06:00",
        "Morning Brew <crew@morningbrew.com>",
        "Layoffs slow, offers rise",
        EN,
        html="""<html><body><p>Good morning. Tech layoffs hit a two-year low in January, and job
offers are up 8 %. Also: the Super Bowl ad lineup.</p></body></html>""",
    ),
    m(
        "18409",
        "2026-04-06 06:00",
        "Morning Brew <crew@morningbrew.com>",
        "The four-day week, revisited",
        EN,
        html="""\
<html><body><p>Good morning. UK companies that trialled a four-day week mostly kept
it.</p></body></html>""",
    ),
    m(
        "18410",
        "2026-03-04 17:00",
        "Product Hunt Daily <hello@digest.producthunt.com>",
        "Top products today",
        EN,
        html="""\
<html><body><p>1. Launchpad AI - plan your product launch in minutes.</p></body></html>""",
    ),
    m(
        "18411",
        "2026-06-11 09:00",
        "Xataka <newsletter@xataka.com>",
        "Lo mejor de la semana en Xataka",
        ES,
        html="""<html><body><p>Probamos el nuevo portátil de Apple y hablamos con una reclutadora de
IA: así filtran ya los CV las grandes empresas.</p></body></html>""",
    ),
    # --- marketing offers
    m(
        "18412",
        "2026-01-07 10:00",
        "El Corte Inglés <noticias@elcorteingles.es>",
        "Rebajas: hasta -50 % en moda",
        ES,
        html="""\
<html><body><h1>Empiezan las Rebajas</h1><p>Hasta -50 % en moda y
complementos.</p></body></html>""",
    ),
    m(
        "18413",
        "2026-03-17 10:00",
        "El Corte Inglés <noticias@elcorteingles.es>",
        "Día del Padre: ideas de regalo",
        ES,
        html="""<html><body><p>Regala algo especial este 19 de marzo.</p></body></html>""",
    ),
    m(
        "18414",
        "2026-06-30 10:00",
        "El Corte Inglés <noticias@elcorteingles.es>",
        "Oferta exclusiva para ti: 10 % extra con tu tarjeta",
        ES,
        html="""\
<html><body><p>Solo hasta el domingo: 10 % extra en tecnología y hogar.</p></body></html>""",
    ),
    m(
        "18415",
        "2026-02-13 12:00",
        "Zara <zara@news.zara.com>",
        "Nueva colección",
        ES,
        html="""<html><body><p>NEW IN · Primavera 2026</p></body></html>""",
    ),
    m(
        "18416",
        "2026-05-08 09:00",
        "Decathlon <noreply@decathlon.es>",
        "Tu oferta de socio: -15 % en pádel",
        ES,
        html="""\
<html><body><p>Lucía, por ser socia Decathlon tienes un -15 % en palas y
pelotas.</p></body></html>""",
    ),
    m(
        "18417",
        "2026-04-15 11:00",
        "Vodafone <ofertas@vodafone.es>",
        "Oferta para ti: fibra 1 Gb + móvil por 35 €/mes",
        ES,
        html="""<html><body><p>Cámbiate a Vodafone y llévate el primer mes gratis. Oferta exclusiva
online.</p></body></html>""",
    ),
    m(
        "18418",
        "2026-03-25 08:00",
        "Booking.com <email.campaign@sg.booking.com>",
        "Lucía, ofertas de última hora para Semana Santa",
        ES,
        html="""\
<html><body><p>Hasta un 30 % en alojamientos en Lisboa, Sevilla y Oporto.</p></body></html>""",
    ),
    m(
        "18419",
        "2026-06-05 19:00",
        "Mudanzas Rayo <presupuestos@mudanzasrayo.example>",
        "Presupuesto de mudanza",
        ES,
        text="""Hola Lucía:

Según lo hablado, te enviamos presupuesto para la mudanza de Embajadores 12 a Fernando el
Santo 12 (30 cajas, sofá, cama, estanterías, montaje): 480 € + IVA. Fecha propuesta: 27 de
junio. La oferta es válida 15 días.

Un saludo,
Mudanzas Rayo
""",
    ),
    m(
        "18420",
        "2026-06-22 15:30",
        "Línea Directa <clientes@lineadirecta.example>",
        "Hemos recibido tu solicitud de seguro de hogar",
        ES,
        text="""\
Hola Lucía, hemos recibido tu solicitud de seguro de hogar para Calle Fernando el Santo 12.
Tu póliza estará activa desde el 1 de julio. Número de solicitud: H-2026-771823.
""",
    ),
    # --- community, friends, family
    m(
        "18421",
        "2026-02-06 12:00",
        VECINOS,
        "Convocatoria Junta General Ordinaria",
        ES,
        text="""\
Se convoca a todos los propietarios e inquilinos a la Junta General Ordinaria el día 24 de
febrero a las 19:30 en el portal. Orden del día: cuentas 2025, derrama ascensor, ruegos y preguntas.
""",
    ),
    m(
        "18422",
        "2026-04-13 09:00",
        VECINOS,
        "Corte de agua el jueves",
        ES,
        text="""\
Les informamos de que el jueves 16 de abril habrá un corte de agua de 9:00 a 13:00 por
reparación de la bajante.
""",
    ),
    m(
        "18423",
        "2026-01-26 21:00",
        "Club de lectura Lavapiés <clublectura.lavapies@gmail.com>",
        "Libro de febrero",
        ES,
        text="""\
¡Hola a todas! El libro de febrero es «Los años» de Annie Ernaux. Nos vemos el jueves 26
en La Fugitiva a las 19:30.
""",
    ),
    m(
        "18424",
        "2026-03-30 21:00",
        "Club de lectura Lavapiés <clublectura.lavapies@gmail.com>",
        "Abril: cambio de sitio",
        ES,
        text="""Este mes nos vemos en casa de Marta (c/ Amparo 22). Libro: «Panza de burro».
""",
    ),
    m(
        "18425",
        "2026-02-23 11:30",
        CLARA,
        "Cumple de Dani",
        ES,
        text="""\
¿Hacemos fondo para el regalo de Dani? Yo pongo 20 y te hago Bizum. ¿Cena el 14 en el
Fismuler o algo más barato?
""",
    ),
    m(
        "18426",
        "2026-02-23 13:02",
        CLARA,
        "Re: Cumple de Dani",
        ES,
        text="""Hecho, reservo para 8 a las 21:30. ¡Bizum enviado!
""",
        headers=reply("18425", CLARA),
    ),
    m(
        "18427",
        "2026-03-28 10:20",
        CLARA,
        "Re: ¿Me harías de referencia?",
        ES,
        text="""¡¡Me han cogido!! Gracias por hablar tan bien de mí. Te debo una cena, no una caña.
""",
        headers=reply("18239", CLARA),
    ),
    m(
        "18428",
        "2026-05-18 22:15",
        HANNAH,
        "So lovely to see you",
        EN,
        z="LON",
        text="""\
Such a fun weekend - come back soon! And fingers crossed for Vantia - they'd be mad not to hire you.

H x
""",
    ),
    m(
        "18429",
        "2026-03-01 12:00",
        MAMA,
        "Papá",
        ES,
        text="""\
Hija, que papá tiene el martes la revisión del corazón a las 10. Si puedes acompañarle
mejor, que yo trabajo. Todo bien, no te preocupes.
""",
    ),
    m(
        "18430",
        "2026-03-01 14:22",
        MAMA,
        "Re: Papá",
        ES,
        text="""Gracias cariño. Te mando la dirección: Hospital Doce de Octubre, consultas externas,
planta 2.
""",
        headers=reply("18429", MAMA),
    ),
    m(
        "18431",
        "2026-04-05 18:00",
        DANI,
        "Fotos Valencia",
        ES,
        text="""Mira qué piso he encontrado al final, al lado del Cabanyal. Venid en mayo!
https://photos.app.goo.gl/v4lnc1a
""",
    ),
    m(
        "18432",
        "2026-07-05 11:00",
        DANI,
        "Mudanza",
        ES,
        text="""\
¿Qué tal el piso nuevo? El finde que viene subo a Madrid y te ayudo a colgar cuadros.
""",
    ),
    m(
        "18433",
        "2026-01-30 16:40",
        "Mariana Souza <mariana.souza.sp@gmail.com>",
        "Saudades!",
        PT,
        z="SAO",
        text="""Oi Lu!

Quanto tempo! Vi no LinkedIn que você está procurando coisas novas. Se vier a São Paulo,
me avisa que a gente toma um café. Beijos!

Mariana
""",
    ),
    m(
        "18434",
        "2026-05-25 20:00",
        "Mariana Souza <mariana.souza.sp@gmail.com>",
        "Parabéns!!",
        PT,
        z="SAO",
        text="""Lu, vi a notícia! Parabéns pelo novo trabalho, que orgulho! Bora comemorar em Lisboa
em julho?

Bj, Mari
""",
    ),
    m(
        "18435",
        "2026-04-16 12:10",
        "Gabriela Cruz <gabi.cruz.mx@gmail.com>",
        "Reco de restaurantes en CDMX",
        ES,
        z="MEX",
        text="""Te paso la lista que me pediste para tu prima: Contramar, Rosetta, Pujol si hay
presupuesto, y tacos en El Califa de León. ¡Que lo disfrute!
""",
    ),
    # --- health, more LinkedIn, misc
    m(
        "18436",
        "2026-02-18 10:00",
        "Sanitas <clientes@sanitas.es>",
        "Tu reembolso está en camino",
        ES,
        text="""\
Hemos aprobado tu solicitud de reembolso por la consulta de dermatología. Importe: 45,00 €.
""",
    ),
    m(
        "18437",
        "2026-04-20 09:00",
        "Farmacia Delicias <farmacia.delicias@gmail.com>",
        "Tu encargo ya está disponible",
        ES,
        text="""Hola Lucía, ya tienes disponible tu encargo en la farmacia. Horario de 9:00 a 21:30.
""",
    ),
    m(
        "18438",
        "2026-01-24 18:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Hannah Wells sent you a message",
        EN,
        html="""<html><body><p>Hannah Wells: "Loved your post about the Mexico launch! Drinks when
you're in London?"</p></body></html>""",
    ),
    m(
        "18439",
        "2026-03-12 08:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your weekly network update",
        EN,
        html="""\
<html><body><p>Aoife Brennan shared a post. Pablo Úbeda celebrated a work anniversary.
3 people viewed your profile.</p></body></html>""",
    ),
    m(
        "18440",
        "2026-05-07 18:30",
        "LinkedIn <invitations@linkedin.com>",
        "Jorge Peña quiere conectar",
        ES,
        html="""<html><body><p>Jorge Peña, CPO en Fintra Pagos, quiere conectar contigo.</p>
<p><a href="https://www.linkedin.com/mynetwork/">Aceptar</a></p></body></html>""",
    ),
    m(
        "18441",
        "2026-06-15 08:00",
        "LinkedIn <editors-noreply@linkedin.com>",
        "Noticias destacadas: «Las empresas vuelven a contratar»",
        ES,
        html="""<html><body><p>LinkedIn Noticias: Las empresas vuelven a contratar perfiles de
marketing tras un 2025 frío. 214 comentarios.</p></body></html>""",
    ),
    m(
        "18442",
        "2026-02-01 10:00",
        "Google Calendar <calendar-notification@google.com>",
        "Recordatorio: Cumple Dani",
        ES,
        text="""Recordatorio: Cumple Dani el sábado 14 de marzo. Todo el día.
""",
    ),
    m(
        "18443",
        "2026-04-01 09:30",
        "Typeform <notifications@typeform.com>",
        "¡Gracias por inscribirte como voluntaria!",
        ES,
        text="""\
Hemos recibido tu solicitud para participar como voluntaria en la Gran Recogida del Banco
de Alimentos de Madrid (mayo). Te contactaremos para asignarte un supermercado.
""",
    ),
    m(
        "18444",
        "2026-04-21 10:00",
        "Banco de Alimentos de Madrid <voluntariado@bamadrid.example>",
        "Tu turno de voluntariado",
        ES,
        text="""¡Gracias, Lucía! Tu turno: sábado 9 de mayo, 10:00-14:00, Mercadona de Paseo de las
Delicias 62. Coordinadora: Pilar.
""",
    ),
    m(
        "18445",
        "2026-05-22 16:00",
        "Escuela de Idiomas Ágora <info@agoraidiomas.example>",
        "Matrícula curso intensivo de portugués",
        ES,
        text="""\
Hola Lucía, confirmamos tu matrícula en el curso intensivo de portugués B2 (julio, de lunes
a jueves, 19:00-21:00). Importe: 280 €.
""",
    ),
    m(
        "18446",
        "2026-07-08 12:00",
        "Ayuntamiento de Madrid <noreply@madrid.es>",
        "Certificado de empadronamiento",
        ES,
        text="""\
Adjuntamos el volante de empadronamiento en Calle Fernando el Santo 12 solicitado el 03/07/2026.
""",
    ),
]

MAIL += [
    m(
        "18501",
        "2026-01-18 10:30",
        "Mercadona <noreply@mercadona.es>",
        "Tu pedido online llegará el lunes",
        ES,
        text="""Pedido 1188421. Entrega lunes 19/01 entre 19:00 y 20:00. Total: 87,34 €.
""",
    ),
    m(
        "18502",
        "2026-03-07 10:30",
        "Mercadona <noreply@mercadona.es>",
        "Tu pedido online llegará el domingo",
        ES,
        text="""Pedido 1221930. Entrega domingo 08/03 entre 12:00 y 13:00. Total: 64,10 €.
""",
    ),
    m(
        "18503",
        "2026-05-23 10:30",
        "Mercadona <noreply@mercadona.es>",
        "Tu factura simplificada",
        ES,
        text="""Factura del pedido 1290017. Total: 102,55 €.
""",
    ),
    m(
        "18504",
        "2026-02-07 09:12",
        "Bolt <receipts@bolt.eu>",
        "Your Bolt ride receipt",
        EN,
        text="""Thanks for riding with Bolt. Lavapiés -> Atocha. €7.40.
""",
    ),
    m(
        "18505",
        "2026-04-11 12:00",
        "Filmin <hola@filmin.es>",
        "Estrenos de la semana en Filmin",
        ES,
        html="""\
<html><body><p>Esta semana: un documental sobre la entrevista más famosa de la
BBC.</p></body></html>""",
    ),
    m(
        "18506",
        "2026-01-28 19:00",
        "Strava <no-reply@strava.com>",
        "Your January recap",
        EN,
        text="""You ran 62 km in January. Longest run: Madrid Río, 12.4 km.
""",
    ),
    m(
        "18507",
        "2026-03-31 19:00",
        "Strava <no-reply@strava.com>",
        "Your March recap",
        EN,
        text="""You ran 78 km in March. Nice work!
""",
    ),
    m(
        "18508",
        "2026-04-19 09:00",
        "Carrera de la Mujer <inscripciones@carreradelamujer.example>",
        "Inscripción confirmada",
        ES,
        text="""\
¡Tu inscripción en la Carrera de la Mujer Madrid 2026 está confirmada! Dorsal: 18211.
Recogida de dorsal: 8 y 9 de mayo.
""",
    ),
    m(
        "18509",
        "2026-02-26 15:00",
        "Vueling <noreply@vueling.com>",
        "Ofertas a Lisboa y Oporto",
        ES,
        html="""<html><body><p>Vuela a Lisboa desde 29,99 €. ¡Solo 72 horas!</p></body></html>""",
    ),
    m(
        "18510",
        "2026-06-27 08:00",
        "Mudanzas Rayo <presupuestos@mudanzasrayo.example>",
        "Confirmación de servicio - sábado 27",
        ES,
        text="""Te confirmamos que el equipo llegará a Embajadores 12 a las 8:30. Por favor, deja
libre el portal.
""",
    ),
    m(
        "18511",
        "2026-07-09 10:00",
        "Movistar <clientes@movistar.es>",
        "Tu instalación está programada",
        ES,
        text="""\
El técnico irá a Calle Fernando el Santo 12 el lunes 13 de julio entre las 9:00 y las 13:00.
""",
    ),
    m(
        "18512",
        "2026-03-09 13:00",
        "Clínica Arganzuela <citas@clinicaarganzuela.example>",
        "Resultados disponibles",
        ES,
        text="""Tus resultados de la analítica ya están disponibles en el área de pacientes.
""",
    ),
    m(
        "18513",
        "2026-02-17 20:40",
        "Inés Castro <ines.castro.m@gmail.com>",
        "Café?",
        ES,
        text="""\
Lu, ¿café el jueves por Malasaña? Te quiero contar lo de Baxter Rowe, que igual te pongo en
contacto con su head of marketing, es majísimo.
""",
    ),
    m(
        "18514",
        "2026-05-18 21:00",
        "Inés Castro <ines.castro.m@gmail.com>",
        "Re: Café?",
        ES,
        text="""Ya le he pasado tu correo a Marcus, ¡te escribirá estos días! Ya me contarás.
""",
        headers=reply("18513", "Inés Castro <ines.castro.m@gmail.com>"),
    ),
    m(
        "18515",
        "2026-06-12 18:00",
        "Gabriela Cruz <gabi.cruz.mx@gmail.com>",
        "Invitación boda Gabi & Rodrigo",
        ES,
        z="MEX",
        html="""\
<html><body><h2>Gabriela &amp; Rodrigo</h2><p>Tenemos el gusto de invitarte a nuestra
boda el sábado 14 de noviembre de 2026 en Oaxaca de Juárez. Confirma tu asistencia antes del
1 de septiembre.</p></body></html>""",
    ),
    m(
        "18516",
        "2026-01-06 11:00",
        MAMA,
        "Roscón",
        ES,
        text="""Te he guardado roscón con la sorpresa, ¡que te ha tocado a ti! Pásate cuando puedas.
""",
    ),
    m(
        "18517",
        "2026-07-12 19:30",
        MAMA,
        "Casa nueva",
        ES,
        text="""Qué bonita la casa, hija. La próxima vez te llevo las cortinas que te dije.
""",
    ),
    m(
        "18518",
        "2026-04-14 10:00",
        "Calendly <notifications@calendly.com>",
        "New Event: Álex Robles - Preparación podcast",
        EN,
        text="""A new event has been scheduled.

Event Type: 15 Minute Meeting with Álex Robles (Marketing sin Filtro)
Invitee: Lucía Herrero Salas
Event Date/Time: 17:00 - 17:15 (Madrid), Friday 17 April 2026
Location: Google Meet
""",
    ),
]
