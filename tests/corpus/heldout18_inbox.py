"""The ordinary inbox of the eighteenth corpus (Madrid, Spanish and English), with look-alikes of
job mail on purpose (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout18_jobs import m
from heldout3_util import reply

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
    m("18201", "2026-01-16 11:05", LAVA, "Hemos recibido su solicitud - Calle Embajadores 48, 3ºB", ES,
      text="""Estimada Lucía:

Hemos recibido su solicitud para el alquiler de la vivienda de Calle Embajadores 48, 3ºB.
Para continuar con el estudio, necesitamos la siguiente documentación:

- DNI
- Tres últimas nóminas o declaración de la renta
- Contrato de trabajo o, en su defecto, aval bancario

Un saludo,
Departamento de Alquileres
Inmobiliaria Lavapiés
"""),
    m("18202", "2026-01-17 09:40", LAVA, "Visita: Calle Embajadores 48, 3ºB", ES,
      text="""Le confirmamos la visita al piso el martes 20 de enero a las 18:30. Le atenderá Jaime.
""",
      ics={"style": "google", "uid": "lava-visita-0120", "start": "2026-01-20 18:30:00 +0100",
           "minutes": 30, "organizer": ("Jaime Oliva", "alquileres@inmolavapies.example"),
           "summary": "Visita piso Embajadores 48 3ºB", "location": "Calle Embajadores 48, Madrid"}),
    m("18203", "2026-01-28 13:12", LAVA, "Resultado del estudio de su solicitud", ES,
      text="""Estimada Lucía:

Lamentamos comunicarle que la propiedad ha decidido seguir adelante con otro candidato para la
vivienda de Calle Embajadores. Le agradecemos su interés y le avisaremos de nuevas viviendas
que se ajusten a su búsqueda.

Un saludo,
Inmobiliaria Lavapiés
"""),
    m("18204", "2026-06-10 10:00", "idealista <noreply@idealista.com>",
      "Tu solicitud de contacto ha sido enviada al anunciante", ES,
      html="""<html><body><p>Hola Lucía,</p><p>Hemos enviado tu mensaje al anunciante del piso en
<b>Calle de Fernando el Santo, Chamberí</b> (1.450 €/mes). Te responderá directamente.</p>
</body></html>"""),
    m("18205", "2026-06-18 17:20", "Rocío Vidal <rocio@vidalfincas.example>", "Piso Fernando el Santo - aprobado", ES,
      text="""Hola Lucía,

¡Buenas noticias! Los propietarios han aceptado tu solicitud. Con tu nuevo contrato en Vantia
no hace falta aval. Te mando por DocuSign el contrato de arrendamiento para firmar.

Rocío Vidal - Vidal Fincas
"""),
    m("18206", "2026-06-19 09:02", "Rocío Vidal via DocuSign <dse_na4@docusign.net>",
      "Completa con DocuSign: Contrato de arrendamiento - Fernando el Santo 12", ES,
      html="""<html><body><p>Rocío Vidal te ha enviado un documento para revisar y firmar.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=77c0">REVISAR DOCUMENTO</a></p>
<p>Contrato de arrendamiento de vivienda - Fernando el Santo 12, 2º izda.</p></body></html>"""),
    m("18207", "2026-06-20 12:30", "DocuSign <dse_na4@docusign.net>",
      "Completado: Contrato de arrendamiento - Fernando el Santo 12", ES,
      html="""<html><body><p>Todas las partes han completado el sobre «Contrato de arrendamiento -
Fernando el Santo 12».</p></body></html>"""),

    # --- credit card, loan
    m("18208", "2026-02-12 10:15", "Banco Lince <avisos@bancolince.example>",
      "Tu solicitud de Tarjeta Lince Platinum está en estudio", ES,
      text="""Hola Lucía:

Hemos recibido tu solicitud de Tarjeta Lince Platinum. Nuestro equipo de riesgos la está
estudiando y te responderemos en un plazo máximo de 5 días hábiles.

Banco Lince
"""),
    m("18209", "2026-02-16 08:40", "Banco Lince <avisos@bancolince.example>",
      "Resolución de tu solicitud", ES,
      text="""Hola Lucía:

Tras analizar tu solicitud, en este momento no podemos concederte la Tarjeta Lince Platinum.
Esta decisión se basa en tu situación laboral actual. Puedes volver a solicitarla pasados tres
meses.

Banco Lince
"""),
    m("18210", "2026-07-02 09:00", "Banco Lince <ofertas@bancolince.example>",
      "Lucía, tienes un préstamo preconcedido de hasta 15.000 €", ES,
      html="""<html><body><h2>Oferta exclusiva para ti</h2><p>Préstamo personal sin comisiones,
TIN 6,95 %. Solicítalo en 2 minutos desde la app. Oferta válida hasta el 31 de julio.</p>
</body></html>"""),
    m("18211", "2026-07-06 18:00", "Banco Lince <avisos@bancolince.example>",
      "¡Enhorabuena! Tu Tarjeta Lince Platinum ha sido aprobada", ES,
      text="""Hola Lucía:

Tu solicitud de Tarjeta Lince Platinum ha sido aprobada. Recibirás la tarjeta en tu domicilio
en 5-7 días. Recuerda activarla desde la app.
"""),

    # --- UK ETA, master's programme
    m("18212", "2026-02-20 14:02", "GOV.UK <noreply@eta.homeoffice.gov.uk>",
      "Your application for an electronic travel authorisation (ETA)", EN, z="LON",
      text="""We have received your application for an electronic travel authorisation (ETA) to
travel to the UK.

Application reference: 4471-2039-8812-6650

You will usually get a decision within 3 working days. We'll email you when a decision has
been made. Do not book travel until you get a decision.

UK Visas and Immigration
"""),
    m("18213", "2026-02-21 09:30", "GOV.UK <noreply@eta.homeoffice.gov.uk>",
      "Your ETA application: decision", EN, z="LON",
      text="""Your application for an electronic travel authorisation (ETA) has been approved.

Application reference: 4471-2039-8812-6650
Your ETA is linked to the passport you used to apply. It is valid for 2 years.
"""),
    m("18214", "2026-01-23 16:00", "IE Admissions <admissions@ie-university-mail.example>",
      "Application received - Executive Master in Marketing & Brand", EN,
      text="""Dear Lucía,

Thank you for submitting your application to the Executive Master in Marketing & Brand
(intake October 2026). Your application is now complete and will be reviewed by the
Admissions Committee.

Next step: an admissions interview with a member of the committee. You'll receive an
invitation shortly.

IE Admissions Office
"""),
    m("18215", "2026-02-02 11:45", "IE Admissions <admissions@ie-university-mail.example>",
      "Admissions interview invitation", EN,
      text="""Dear Lucía,

We are pleased to invite you to your admissions interview for the Executive Master in Marketing
& Brand on Monday 9 February at 18:00 (CET), online.
""",
      ics={"style": "google", "uid": "ie-adm-int-2291", "start": "2026-02-09 18:00:00 +0100",
           "minutes": 30, "organizer": ("IE Admissions", "admissions@ie-university-mail.example"),
           "summary": "Admissions interview - Executive Master in Marketing & Brand",
           "location": "Zoom"}),
    m("18216", "2026-02-20 10:00", "IE Admissions <admissions@ie-university-mail.example>",
      "Your admission decision", EN,
      text="""Dear Lucía,

Congratulations! On behalf of the Admissions Committee, I am delighted to offer you a place in
the Executive Master in Marketing & Brand starting October 2026. To secure your place, please
pay the reservation deposit before 20 March.

Warm regards,
Director of Admissions
"""),
    m("18217", "2026-03-18 12:00", "IE Admissions <admissions@ie-university-mail.example>",
      "Reminder: secure your place", EN,
      text="""Dear Lucía, a friendly reminder that the deadline to pay your reservation deposit is
20 March. If you have decided to defer your place, please let us know.
"""),

    # --- podcast and press interviews
    m("18218", "2026-03-30 19:10", PODCAST, "¿Te vienes al podcast?", ES,
      text="""Hola Lucía,

Soy Álex, presento «Marketing sin Filtro». Vi tu charla en el Product Marketing Summit de Madrid
y me encantaría entrevistarte para un episodio sobre lanzamientos en mercados hispanos. Son
unos 45 minutos, en remoto, y se publica en mayo.

¿Te animas?
Álex
"""),
    m("18219", "2026-04-01 10:05", PODCAST, "Re: ¿Te vienes al podcast?", ES,
      text="""¡Genial! Te mando invitación para grabar el martes 21 a las 17:00. Te paso también
un guion con las preguntas de la entrevista unos días antes.

Álex
""", headers=reply("18218", PODCAST),
      ics={"style": "google", "uid": "msf-grab-0421", "start": "2026-04-21 17:00:00 +0200",
           "minutes": 60, "organizer": ("Álex Robles", "alex@marketingsinfiltro.example"),
           "summary": "Grabación Marketing sin Filtro - entrevista Lucía Herrero",
           "location": "Riverside.fm"}),
    m("18220", "2026-05-19 08:00", PODCAST, "¡Ya está publicado tu episodio!", ES,
      text="""Hola Lucía, ya puedes escuchar la entrevista: https://marketingsinfiltro.example/ep112
¡Mil gracias otra vez!
"""),
    m("18221", "2026-06-25 13:40", "Nuria Calvo <ncalvo@expansion-digital.example>",
      "Entrevista breve para un reportaje", ES,
      text="""Hola Lucía,

Soy periodista y estoy preparando un reportaje sobre cómo las fintech españolas lanzan
productos en Latinoamérica. ¿Podría hacerte una entrevista breve por teléfono esta semana?
Serían 15 minutos.

Gracias,
Nuria Calvo
"""),

    # --- webinars, doctor
    m("18222", "2026-02-25 15:00", "Product Marketing Alliance <events@productmarketingalliance.com>",
      "You're registered: Positioning that sells in 2026", EN,
      text="""Hi Lucía,

You're registered for the live webinar "Positioning that sells in 2026" on Thursday 5 March,
17:00 GMT. Add it to your calendar using the invite attached.
""", z="LON",
      ics={"style": "google", "uid": "pma-web-0305", "start": "2026-03-05 17:00:00 +0000",
           "minutes": 60, "organizer": ("Product Marketing Alliance", "events@productmarketingalliance.com"),
           "summary": "Webinar: Positioning that sells in 2026", "location": "Zoom webinar"}),
    m("18223", "2026-04-08 12:00", "Factorial <marketing@factorialhr.com>",
      "Webinar: Cómo hacer entrevistas de selección que funcionan", ES,
      html="""<html><body><p>Aprende con nuestras expertas en RR. HH. a diseñar entrevistas
estructuradas y reducir la rotación. Jueves 16 de abril, 11:00 h.</p>
<p><a href="https://factorialhr.com/webinars/entrevistas">Reserva tu plaza</a></p></body></html>"""),
    m("18224", "2026-02-03 09:15", "Clínica Arganzuela <citas@clinicaarganzuela.example>",
      "Cita confirmada - Dermatología", ES,
      text="""Hola Lucía:

Tu cita con la Dra. Moreno (Dermatología) queda confirmada para el miércoles 11 de febrero a
las 9:40. Si no puedes asistir, anúlala con 24 h de antelación.
""",
      ics={"style": "outlook", "uid": "ca-derm-0211", "start": "2026-02-11 09:40:00 +0100",
           "minutes": 20, "organizer": ("Clínica Arganzuela", "citas@clinicaarganzuela.example"),
           "summary": "Cita Dermatología - Dra. Moreno", "location": "Paseo de la Chopera 7"}),
    m("18225", "2026-05-11 10:30", "Clínica Arganzuela <citas@clinicaarganzuela.example>",
      "Cita anulada - Oftalmología", ES,
      text="""Tu cita de Oftalmología del 13 de mayo a las 16:20 ha sido anulada. Puedes pedir
una nueva desde la app.
""",
      ics={"style": "outlook", "method": "CANCEL", "uid": "ca-oft-0513",
           "start": "2026-05-13 16:20:00 +0200", "minutes": 20,
           "organizer": ("Clínica Arganzuela", "citas@clinicaarganzuela.example"),
           "summary": "Cita Oftalmología", "location": "Paseo de la Chopera 7"}),
    m("18226", "2026-06-29 09:00", "Doctoralia <noreply@doctoralia.es>",
      "Recordatorio: tu cita mañana con Dental Delicias", ES,
      text="""Hola Lucía, te recordamos tu cita mañana, 30 de junio, a las 19:00 en Dental
Delicias (revisión e higiene). ¿Necesitas cambiarla? Hazlo desde la app.
"""),

    # --- LinkedIn social, newsletters about hiring and interviews
    m("18227", "2026-01-19 18:00", "LinkedIn <messages-noreply@linkedin.com>",
      "Felicita a Pablo Úbeda por su nuevo puesto", ES,
      html="""<html><body><p>Pablo Úbeda empezó un nuevo puesto como Head of Marketing en
Corvina Software.</p><p><a href="https://www.linkedin.com/feed/">Felicitar</a></p></body></html>"""),
    m("18228", "2026-02-27 08:30", "LinkedIn <notifications-noreply@linkedin.com>",
      "You appeared in 14 searches this week", EN,
      html="""<html><body><p>Lucía, you appeared in 14 searches this week.</p>
<p>People from Marketing and Human Resources found you.</p></body></html>"""),
    m("18229", "2026-04-22 12:10", "LinkedIn <notifications-noreply@linkedin.com>",
      "Laura Mendizábal y 33 personas más reaccionaron a tu publicación", ES,
      html="""<html><body><p>Tu publicación sobre el episodio de «Marketing sin Filtro» está
teniendo éxito: 34 reacciones y 6 comentarios.</p></body></html>"""),
    m("18230", "2026-07-03 18:40", "LinkedIn <messages-noreply@linkedin.com>",
      "Lucía, 56 personas te han dado la enhorabuena por tu nuevo puesto", ES,
      html="""<html><body><p>Tu red está celebrando tu nuevo puesto como Senior Product Marketing
Manager en Grupo Vantia.</p></body></html>"""),
    m("18231", "2026-02-10 07:00", "The PMM Weekly <hello@pmmweekly.example>",
      "Hiring is back (sort of) + how to run a win/loss interview", EN,
      html="""<html><body><h1>The PMM Weekly #142</h1>
<p>1. Hiring freezes are thawing: our survey of 300 heads of marketing says 41 % plan to hire a
PMM this year.</p><p>2. How to run a win/loss interview that people actually answer.</p>
<p>3. Job of the week: Product Marketing Manager at Kinvara Labs (London).</p>
<p><a href="https://pmmweekly.example/unsubscribe">Unsubscribe</a></p></body></html>"""),
    m("18232", "2026-03-10 07:00", "The PMM Weekly <hello@pmmweekly.example>",
      "The offer stage: how to negotiate without burning bridges", EN,
      html="""<html><body><h1>The PMM Weekly #146</h1><p>You got the offer. Now what? Five
scripts for negotiating salary, plus an interview with a CMO who hired 40 PMMs.</p></body></html>"""),
    m("18233", "2026-05-12 07:00", "The PMM Weekly <hello@pmmweekly.example>",
      "Positioning teardown: three fintech homepages", EN,
      html="""<html><body><h1>The PMM Weekly #155</h1><p>This week we tear down three fintech
homepages, and our reader survey on team sizes.</p></body></html>"""),
    m("18234", "2026-01-29 06:30", "Marketing Directo <boletin@marketingdirecto.example>",
      "Las 20 empresas que más contratarán perfiles de marketing en 2026", ES,
      html="""<html><body><p>Boletín diario · El sector prevé un 12 % más de contrataciones de
perfiles digitales. Además: entrevista con la CMO de Casa Ortega sobre su nueva marca.</p>
</body></html>"""),
    m("18235", "2026-04-14 06:30", "Marketing Directo <boletin@marketingdirecto.example>",
      "Así se prepara una entrevista de trabajo en marketing (según 5 directivos)", ES,
      html="""<html><body><p>Boletín diario · Consejos de directivos de marketing para superar
una entrevista de trabajo. Y además: los anuncios más vistos de Semana Santa.</p></body></html>"""),

    # --- family and friends, incl. other people's job news
    m("18236", "2026-01-11 21:30", MAMA, "Domingo", ES,
      text="""Hija, ¿vienes el domingo a comer? Hago cocido. Dile a Dani que traiga el pan, que siempre
se le olvida.

Un beso,
Mamá
"""),
    m("18237", "2026-02-08 20:14", DANI, "Noticia!!", ES,
      text="""Lu!! Me han hecho una oferta en la consultora de Valencia. Empiezo en marzo si acepto,
pero no sé qué hacer con el piso. ¿Me llamas esta noche y lo hablamos?

Dani
"""),
    m("18238", "2026-02-09 09:12", DANI, "Re: Noticia!!", ES,
      text="""Gracias por lo de anoche. Al final la acepto, ¡me voy a Valencia! Mamá ya está
llorando jaja.
""", headers=reply("18237", DANI)),
    m("18239", "2026-03-05 22:40", CLARA, "¿Me harías de referencia?", ES,
      text="""Hola guapa,

Estoy en la última fase de un proceso en una agencia y me piden dos referencias. ¿Te importa
si doy tu nombre? Solo te llamarían 10 minutos. ¡Te debo una caña!

Clara
"""),
    m("18240", "2026-03-21 11:05", HANNAH, "London in May?", EN, z="LON",
      text="""Hey Lu!

Are you still thinking of coming over in May? We've got the sofa bed free the weekend of the
16th. Also - how did the Dublin thing go?? Tell me everything.

H x
"""),
    m("18241", "2026-03-22 10:20", HANNAH, "Re: London in May?", EN, z="LON",
      text="""Ha, fair enough, Madrid is hard to leave. Booking you in for the 16th then!

H
""", headers=reply("18240", HANNAH)),
    m("18242", "2026-05-24 13:00", MAMA, "Enhorabuena!!!", ES,
      text="""Qué alegría, hija. Tu padre dice que ya lo sabía. El domingo lo celebramos en casa.

Besos
"""),
    m("18243", "2026-04-27 19:45", "Sofía Herrero <sofia.herrero.tia@hotmail.com>",
      "Fotos de la comunión", ES,
      text="""Hola Lucía, te mando el enlace con las fotos de la comunión de Irene. ¡Salís todos
guapísimos!

https://photos.app.goo.gl/kd82LmQ
"""),
    m("18244", "2026-06-06 10:10", "Gabriela Cruz <gabi.cruz.mx@gmail.com>", "Boda en Oaxaca!", ES,
      z="MEX",
      text="""¡Hola Lu!

Ya tenemos fecha: 14 de noviembre en Oaxaca. Te mando la invitación formal pronto, pero ve
apartando la fecha, ¿sale? Te quiero ahí sí o sí.

Gabi
"""),

    # --- former employer, unemployment office
    m("18245", "2026-01-08 12:30", "RR. HH. Tempo Retail <rrhh@temporetail.example>",
      "Documentación de baja: certificado de empresa y finiquito", ES,
      text="""Hola Lucía:

Te adjuntamos el certificado de empresa y el documento de liquidación correspondientes a tu
baja del 31 de diciembre. El certificado ya se ha enviado al SEPE.

Mucha suerte en tu nueva etapa.
Recursos Humanos - Tempo Retail
""", attach=[("certificado_empresa.txt", "text/plain", "Certificado de empresa - L. Herrero\n")]),
    m("18246", "2026-01-13 09:00", "SEPE <noreply@sepe.es>", "Cita previa confirmada", ES,
      text="""Se ha confirmado su cita previa en la oficina de prestaciones de Madrid-Arganzuela
el día 19/01/2026 a las 10:20. Trámite: solicitud de prestación por desempleo.
Localizador: 7HK29Q
"""),
    m("18247", "2026-01-27 10:00", "SEPE <noreply@sepe.es>",
      "Resolución de su solicitud de prestación", ES,
      text="""Le informamos de que se ha dictado resolución sobre su solicitud de prestación
contributiva por desempleo. Puede consultarla en la sede electrónica con certificado digital.
"""),
]
