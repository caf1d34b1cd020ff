"""Job mail of the eighteenth corpus: Spain, Mexico, Colombia and a São Paulo office, in Spanish,
English and Portuguese (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import reply
from heldout18_jobs import m

GV = "Grupo Vantia"
GV_R = "Senior Product Marketing Manager"
CO = "Casa Ortega"
CO_R = "Brand & Product Marketing Manager"
LE = "Lúdica Ediciones"
LE_R = "Product Marketing Manager"
SA = "Seguros Alcor"
SA_R = "Responsable de Marketing de Producto"
AF = "Andina Fintech"
AF_R = "Gerente de Marketing de Producto"
GT = "Grupo Tlalli"
GT_R = "Gerente de Producto - Marketing"
QP = "Quetzal Pay"
QP_R = "Head of Product Marketing"
BS = "Bruma Studio"
BS_R = "Product Marketing Manager"
NR = "Nómada Rail"
NR_R = "Product Marketing Manager - Mobile"
CT = "Cambará Tech"
CT_R = "Product Marketing Manager LATAM"
RV = "Ruta Verde Movilidad"
RV_R = "Product Marketing Manager"
OS = "Ópalo Seguros"
OS_R = "Product Marketing Manager (Seguros Digitales)"
HI = "Hiperia"
HI_R = "Product Marketing Manager"

IRENE = "Irene Campos <irene.campos@grupovantia.example>"
TOMAS = "Tomás Aldana <tomas.aldana.r@gmail.com>"
JULIANA = "Juliana Prado <juliana.prado@cambara.example>"
HECTOR = "Héctor Ruiz <hruiz@talentomeridiano.example>"
SR = "no-reply@smartrecruiters.com"

MAIL: list[dict[str, Any]] = [
    # --- 16 Grupo Vantia / Vantia Group (Factorial, recruiter, English hiring manager, case study,
    #        offer signed through DocuSign, background check, onboarding)
    m(
        "18101",
        "2026-02-09 10:12",
        "Grupo Vantia <no-reply@factorialhr.com>",
        "Hemos recibido tu candidatura",
        ("confirmation", GV, GV_R, 16, "other", "es"),
        text="""Hola Lucía,

¡Gracias por tu interés en Grupo Vantia! Hemos recibido correctamente tu candidatura para la
posición de Senior Product Marketing Manager en nuestras oficinas de Madrid.

Nuestro equipo de Personas revisará tu perfil y, si encaja con lo que buscamos, nos pondremos
en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Talento - Grupo Vantia

Este correo se ha enviado automáticamente desde Factorial. Por favor, no respondas.
""",
    ),
    m(
        "18102",
        "2026-02-18 12:40",
        IRENE,
        "Tu candidatura en Vantia - ¿hablamos?",
        ("interview", GV, GV_R, 16, "direct", "es"),
        text="""Hola Lucía:

Soy Irene, del equipo de Talento de Vantia. He leído tu CV y me encantaría tener una primera
conversación contigo de unos 30 minutos para contarte más sobre el puesto y conocerte.

¿Te viene bien el lunes 23 a las 10:00 o el martes 24 a las 16:00? Puede ser por Teams o en
nuestra oficina de Castellana.

Un abrazo,
Irene Campos
Talent Acquisition | Grupo Vantia
Paseo de la Castellana 141, Madrid
""",
    ),
    m(
        "18103",
        "2026-02-18 17:05",
        IRENE,
        "RE: Tu candidatura en Vantia - ¿hablamos?",
        ("interview", GV, GV_R, 16, "direct", "es"),
        text="""\
Genial, pues el martes a las 16:00 en la oficina. Pregunta por mí en recepción, planta 9.

¡Hasta el martes!
Irene

-----Mensaje original-----
De: Lucía Herrero Salas <lucia.herrero@nubemail.es>
Enviado: miércoles, 18 de febrero de 2026 15:22
Asunto: Re: Tu candidatura en Vantia - ¿hablamos?

Hola Irene, ¡gracias! El martes a las 16:00 me viene perfecto.
""",
        headers=reply("18102", IRENE),
    ),
    m(
        "18104",
        "2026-03-02 09:48",
        "Mark Oduya <mark.oduya@vantiagroup.example>",
        "Second interview - Vantia Group",
        ("interview", GV, GV_R, 16, "direct", "en"),
        cc=IRENE,
        text="""Dear Lucía,

Irene passed on her notes from your conversation - thank you. I lead the Group Marketing team
at Vantia Group and would like to invite you to a second interview with me and our CPO, Laura
Mendizábal. We will send a calendar invitation for Friday 6 March, 12:00 CET.

Best regards,
Mark Oduya
Group Marketing Director, Vantia Group
""",
        ics={
            "style": "outlook",
            "uid": "vantia-r2-0306",
            "start": "2026-03-06 12:00:00 +0100",
            "minutes": 60,
            "organizer": ("Mark Oduya", "mark.oduya@vantiagroup.example"),
            "attendees": [("Laura Mendizábal", "laura.mendizabal@vantiagroup.example")],
            "summary": "Second interview - Lucía Herrero Salas",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "18105",
        "2026-03-09 14:30",
        IRENE,
        "Siguiente paso: caso práctico",
        ("assessment", GV, GV_R, 16, "direct", "es"),
        text="""Hola Lucía:

¡Enhorabuena! Mark y Laura salieron muy contentos de la entrevista del viernes. El siguiente
paso es un caso práctico: te adjunto el enunciado. Tendrás una semana para preparar la
propuesta y luego la presentarás al comité (45 min).

Cualquier duda, me dices.

Irene
""",
        attach=[
            (
                "Caso_practico_Vantia_PMM.txt",
                "text/plain",
                "Caso: lanzamiento de Vantia Pay para pymes en España y México. Entrega: 8 "
                "diapositivas.\n",
            )
        ],
    ),
    m(
        "18106",
        "2026-03-16 18:11",
        IRENE,
        "RE: Siguiente paso: caso práctico",
        ("assessment", GV, GV_R, 16, "direct", "es"),
        text="""\
¡Recibido, gracias! Se lo paso ahora al comité y te propongo hora para la presentación.

Irene
""",
        headers=reply("18105", IRENE),
    ),
    m(
        "18164",
        "2026-03-27 12:15",
        IRENE,
        "Presentación del caso - comité",
        ("interview", GV, GV_R, 16, "direct", "es"),
        text="""Hola Lucía:

Te mando la convocatoria para presentar tu caso al comité (Mark, Laura y Álvaro, de
Finanzas). Serán 45 minutos: 25 de presentación y el resto preguntas. Será en la oficina.

Irene
""",
        ics={
            "style": "outlook",
            "uid": "vantia-caso-0402",
            "start": "2026-04-02 16:00:00 +0200",
            "minutes": 45,
            "organizer": ("Irene Campos", "irene.campos@grupovantia.example"),
            "summary": "Presentación caso práctico - Lucía Herrero",
            "location": "Castellana 141 - Sala Tajo (planta 9)",
        },
    ),
    m(
        "18165",
        "2026-05-04 18:20",
        IRENE,
        "Perdona el silencio",
        ("interview", GV, GV_R, 16, "direct", "es"),
        text="""Hola Lucía:

Perdona que hayamos tardado tanto en volver a escribirte, Semana Santa y el cierre del
trimestre nos han tenido desbordados. El comité quedó encantado con tu presentación. Queda un
último paso: un café con nuestro CEO, Ignacio Vantia, el jueves 14 de mayo a las 9:30.
¿Te encaja?

Irene
""",
    ),
    m(
        "18166",
        "2026-05-05 08:40",
        IRENE,
        "RE: Perdona el silencio",
        ("interview", GV, GV_R, 16, "direct", "es"),
        text="""¡Perfecto! Apuntado el jueves 14 a las 9:30. Te espero en recepción.

Irene
""",
        headers=reply("18165", IRENE),
    ),
    m(
        "18107",
        "2026-03-16 19:30",
        IRENE,
        "Respuesta automática: RE: Siguiente paso: caso práctico",
        ("other_job", GV, GV_R, None, "direct", "es"),
        text="""Estaré fuera de la oficina hasta el 18 de marzo con acceso limitado al correo. Para
temas urgentes, escribe a talento@grupovantia.example.

Irene Campos
""",
    ),
    m(
        "18108",
        "2026-05-22 13:02",
        "Laura Mendizábal <laura.mendizabal@vantiagroup.example>",
        "Propuesta",
        ("offer", GV, GV_R, 16, "direct", "es"),
        text="""Hola Lucía:

Quería decírtelo yo personalmente: nos encantaría que te unieras al equipo. Tu presentación
del caso fue la mejor que hemos visto en mucho tiempo.

Siento que el proceso se haya alargado tanto. Te proponemos incorporarte como Senior Product
Marketing Manager con un fijo de 72.000 EUR
brutos anuales más un variable del 15 %, modelo híbrido (3 días en oficina). Irene te enviará
la carta con todos los detalles para firmar.

Un abrazo y, ojalá, ¡bienvenida!
Laura
""",
    ),
    m(
        "18109",
        "2026-05-25 11:00",
        "Irene Campos via DocuSign <dse_na4@docusign.net>",
        "Completa con DocuSign: Carta de oferta - Lucía Herrero Salas",
        ("offer", GV, GV_R, 16, "docusign", "es"),
        html="""<html><body>
<p>Irene Campos te ha enviado un documento para revisar y firmar.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=5d1e">REVISAR DOCUMENTO</a></p>
<p>Irene Campos<br>irene.campos@grupovantia.example</p>
<p>Hola Lucía, te adjunto la carta de oferta. Cualquier duda me dices. Un saludo.</p>
<p style="font-size:11px">No compartas este correo. Powered by DocuSign.</p>
</body></html>""",
    ),
    m(
        "18110",
        "2026-05-26 09:14",
        "DocuSign <dse_na4@docusign.net>",
        "Completado: Carta de oferta - Lucía Herrero Salas",
        ("offer", GV, GV_R, 16, "docusign", "es"),
        st="accepted",
        html="""<html><body>
<p>Todas las partes han completado el sobre «Carta de oferta - Lucía Herrero Salas».</p>
<p>Puedes ver el documento firmado en la cuenta de DocuSign.</p>
</body></html>""",
    ),
    m(
        "18111",
        "2026-05-28 10:20",
        "Verifica Screening <no-reply@verifica-screening.example>",
        "Grupo Vantia - verificación de antecedentes",
        ("other_job", GV, GV_R, None, "other", "es"),
        text="""Estimada Sra. Herrero:

Grupo Vantia nos ha solicitado la verificación de sus referencias laborales y titulación como
parte de su proceso de incorporación. Le rogamos complete el formulario y autorice la consulta
antes del 5 de junio:

https://portal.verifica-screening.example/c/8812-HS

Atentamente,
Verifica Screening S.L.
""",
    ),
    m(
        "18112",
        "2026-06-22 09:00",
        "Personas Vantia <personas@grupovantia.example>",
        "¡Bienvenida a Vantia! Tu primer día",
        ("other_job", GV, GV_R, None, "direct", "es"),
        text="""¡Hola Lucía!

Qué ganas de que llegue el 1 de julio. Te contamos cómo será tu primer día:

- 9:30 h: recepción en Castellana 141, planta 9 (pregunta por Personas)
- Entrega de portátil y credenciales
- Comida con tu equipo

Antes de ese día, por favor sube tu DNI, número de la Seguridad Social y cuenta bancaria en el
portal del empleado: https://app.factorialhr.com

¡Bienvenida!
Equipo de Personas
""",
    ),
    # --- 17 Casa Ortega (SmartRecruiters shared no-reply), interview, rejection, survey
    m(
        "18113",
        "2026-01-22 16:40",
        f"Casa Ortega <{SR}>",
        "Gracias por tu candidatura",
        ("confirmation", CO, CO_R, 17, "smartrecruiters", "es"),
        text="""Hola Lucía:

Gracias por presentar tu candidatura al puesto de Brand & Product Marketing Manager. La hemos
recibido correctamente y la revisaremos en breve.

Saludos cordiales,
Equipo de Selección
Casa Ortega
""",
    ),
    m(
        "18114",
        "2026-02-04 11:21",
        f"Casa Ortega <{SR}>",
        "Invitación a entrevista",
        ("interview", CO, CO_R, 17, "smartrecruiters", "es"),
        text="""Hola Lucía:

Nos gustaría invitarte a una entrevista con Beatriz Ortega, Directora de Marketing. Por favor,
elige el horario que mejor te venga en el siguiente enlace:

https://www.smartrecruiters.com/candidate/interview/casaortega/7c21f

Saludos,
Equipo de Selección
Casa Ortega
""",
    ),
    m(
        "18115",
        "2026-02-05 08:03",
        "Beatriz Ortega <beatriz.ortega@casaortega.example>",
        "Entrevista: Lucía Herrero Salas",
        ("interview", CO, CO_R, 17, "direct", "es"),
        text="""Entrevista: Lucía Herrero Salas
jueves, 12 de febrero de 2026 - 11:00 - 12:00 (CET)
Casa Ortega - C/ Alcalá 212, Madrid
""",
        ics={
            "style": "google",
            "uid": "co-entrevista-0212",
            "start": "2026-02-12 11:00:00 +0100",
            "organizer": ("Beatriz Ortega", "beatriz.ortega@casaortega.example"),
            "summary": "Entrevista: Lucía Herrero Salas",
            "location": "C/ Alcalá 212, Madrid",
        },
    ),
    m(
        "18116",
        "2026-02-26 17:50",
        f"Casa Ortega <{SR}>",
        "Tu proceso en Casa Ortega",
        ("rejection", CO, CO_R, 17, "smartrecruiters", "es"),
        text="""Hola Lucía:

Queremos agradecerte sinceramente el tiempo que has dedicado a conocernos. Beatriz destacó tu
visión de marca y tu experiencia en lanzamientos.

Tras valorar todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil se
ajusta más a las necesidades actuales del puesto. Guardaremos tu CV para futuras oportunidades.

Un saludo,
Equipo de Selección
Casa Ortega
""",
    ),
    m(
        "18117",
        "2026-03-03 10:00",
        f"Casa Ortega <{SR}>",
        "¿Cómo fue tu experiencia con nosotros?",
        ("other_job", CO, None, None, "smartrecruiters", "es"),
        text="""Hola Lucía:

Nos encantaría conocer tu opinión sobre el proceso de selección. Son solo 3 preguntas:
https://www.smartrecruiters.com/survey/casaortega/ab77

¡Gracias!
Casa Ortega
""",
    ),
    # --- 18 Lúdica Ediciones (InfoJobs): confirmation, read, in process, discarded
    m(
        "18118",
        "2026-01-13 21:32",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Product Marketing Manager",
        ("confirmation", LE, LE_R, 18, "other", "es"),
        html="""<html><body>
<p>Hola Lucía,</p>
<p>Te has inscrito correctamente en la oferta <b>Product Marketing Manager</b> de
<b>Lúdica Ediciones</b> (Madrid).</p>
<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p>
<p><a href="https://www.infojobs.net/candidate/applications">Ver mis candidaturas</a></p>
</body></html>""",
    ),
    m(
        "18119",
        "2026-01-16 10:48",
        "InfoJobs <noreply@infojobs.net>",
        "La empresa ha leído tu CV",
        ("viewed", LE, LE_R, 18, "other", "es"),
        html="""<html><body>
<p>¡Buenas noticias, Lucía!</p>
<p>Lúdica Ediciones ha leído tu CV para la oferta Product Marketing Manager.</p>
</body></html>""",
    ),
    m(
        "18120",
        "2026-01-21 12:12",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura sigue en proceso",
        ("viewed", LE, LE_R, 18, "other", "es"),
        html="""<html><body>
<p>Lucía, tu candidatura para <b>Product Marketing Manager</b> ha pasado a <b>En proceso</b>.</p>
<p>La empresa está valorando tu perfil.</p>
</body></html>""",
    ),
    m(
        "18121",
        "2026-02-10 09:30",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura",
        ("rejection", LE, LE_R, 18, "other", "es"),
        html="""<html><body>
<p>Hola Lucía,</p>
<p>La empresa ha finalizado el proceso para la oferta <b>Product Marketing Manager</b> y tu
candidatura no ha continuado. ¡No te desanimes! Hay nuevas ofertas que encajan contigo.</p>
<p><a href="https://www.infojobs.net/ofertas-trabajo">Ver ofertas</a></p>
</body></html>""",
    ),
    # --- 19 Seguros Alcor (InfoJobs), ghosted
    m(
        "18122",
        "2026-02-25 22:05",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Responsable de Marketing de Producto",
        ("confirmation", SA, SA_R, 19, "other", "es"),
        html="""<html><body>
<p>Hola Lucía,</p>
<p>Te has inscrito correctamente en la oferta <b>Responsable de Marketing de Producto</b> de
<b>Seguros Alcor</b> (Madrid).</p>
</body></html>""",
    ),
    # --- 20 Andina Fintech, Bogotá (Computrabajo, then a recruiter with usted), rejection
    m(
        "18123",
        "2026-02-02 18:15",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Tu hoja de vida fue enviada",
        ("confirmation", AF, AF_R, 20, "other", "es"),
        z="BOG",
        text="""Hola Lucía,

Tu hoja de vida fue enviada con éxito a la oferta:

Gerente de Marketing de Producto
Andina Fintech - Bogotá, D.C.

Sigue el estado de tu postulación en "Mis postulaciones".
https://co.computrabajo.com/candidato/postulaciones
""",
    ),
    m(
        "18124",
        "2026-02-06 09:20",
        "Computrabajo <notificaciones@computrabajo.com>",
        "La empresa vio tu hoja de vida",
        ("viewed", AF, AF_R, 20, "other", "es"),
        z="BOG",
        text="""Hola Lucía,

La empresa revisó tu hoja de vida para la oferta Gerente de Marketing de Producto.
¡Mucha suerte!
""",
    ),
    m(
        "18125",
        "2026-02-12 15:44",
        "Catalina Ríos <catalina.rios@andinafin.example>",
        "Proceso de selección - Gerente de Marketing de Producto",
        ("interview", AF, AF_R, 20, "direct", "es"),
        z="BOG",
        text="""Estimada Lucía, buenas tardes.

Reciba un cordial saludo. Nos comunicamos con usted en relación con su postulación. Queremos
invitarla a una entrevista virtual con la Vicepresidencia de Mercadeo el martes 17 de febrero
a las 9:00 a. m. (hora Bogotá), 3:00 p. m. hora de Madrid.

Le agradecemos confirmar su asistencia respondiendo a este correo.

Cordialmente,

Catalina Ríos Beltrán
Analista de Talento Humano
Andina Fintech S.A.S. | Calle 93 # 11-26, Bogotá
""",
    ),
    m(
        "18126",
        "2026-02-13 08:02",
        "Catalina Ríos <catalina.rios@andinafin.example>",
        "RE: Proceso de selección - Gerente de Marketing de Producto",
        ("interview", AF, AF_R, 20, "direct", "es"),
        z="BOG",
        text="""Estimada Lucía:

Muchas gracias por su confirmación. Adjunto encontrará el enlace de Google Meet:
https://meet.google.com/and-fint-gmp

Quedamos atentos.
Catalina
""",
        headers=reply("18125", "Catalina Ríos <catalina.rios@andinafin.example>"),
    ),
    m(
        "18127",
        "2026-03-05 16:30",
        "Catalina Ríos <catalina.rios@andinafin.example>",
        "Respuesta proceso",
        ("rejection", AF, AF_R, 20, "direct", "es"),
        z="BOG",
        text="""Estimada Lucía:

Agradecemos su participación en nuestro proceso y el tiempo dedicado. Su experiencia fue muy
bien valorada por el equipo; sin embargo, en esta ocasión hemos decidido continuar con un
perfil que reside en Colombia, dado que el cargo requiere presencialidad.

Le deseamos muchos éxitos.

Cordialmente,
Catalina Ríos Beltrán
""",
    ),
    # --- 21 Grupo Tlalli, Mexico City (Computrabajo), ghosted
    m(
        "18128",
        "2026-03-11 23:10",
        "Computrabajo <notificaciones@computrabajo.com.mx>",
        "Postulación enviada: Gerente de Producto - Marketing",
        ("confirmation", GT, GT_R, 21, "other", "es"),
        z="MEX",
        text="""¡Listo, Lucía!

Te postulaste a Gerente de Producto - Marketing en Grupo Tlalli (Ciudad de México, CDMX).

Revisa tus postulaciones en https://mx.computrabajo.com/candidato/postulaciones
""",
    ),
    # --- 22 Quetzal Pay, CDMX: Workable, then the co-founder from gmail; withdrawn later
    m(
        "18129",
        "2026-02-26 19:05",
        "Quetzal Pay <noreply@candidates.workablemail.com>",
        "Gracias por postularte a Quetzal Pay",
        ("confirmation", QP, QP_R, 22, "workable", "es"),
        z="MEX",
        text="""Hola Lucía,

Gracias por postularte al puesto de Head of Product Marketing en Quetzal Pay. Recibimos tu
solicitud y la revisaremos pronto.

Saludos,
El equipo de Quetzal Pay

Powered by Workable
""",
    ),
    m(
        "18130",
        "2026-03-02 21:18",
        TOMAS,
        "Hola Lucía - Quetzal",
        ("interview", QP, QP_R, 22, "direct", "es"),
        z="MEX",
        text="""Hola Lucía, ¿cómo estás?

Soy Tomás, cofundador de Quetzal. Vi tu solicitud y la verdad me encantó tu experiencia
lanzando productos en México y España. ¿Te late una llamada esta semana? Yo ando libre el
jueves a las 10 (hora CDMX), que creo que son las 17 h en Madrid.

Saludos,
Tomás

--
Tomás Aldana · Cofundador & CEO · Quetzal Pay
""",
    ),
    m(
        "18131",
        "2026-03-03 09:12",
        TOMAS,
        "Re: Hola Lucía - Quetzal",
        ("interview", QP, QP_R, 22, "direct", "es"),
        z="MEX",
        text="""Perfecto, el jueves entonces. Te mando el link de Meet un rato antes.

T.

El mar, 3 mar 2026 a las 2:40, Lucía Herrero Salas (<lucia.herrero@nubemail.es>) escribió:
> ¡Hola Tomás! Jueves a las 10 (CDMX) me va genial.
""",
        headers=reply("18130", TOMAS),
    ),
    m(
        "18132",
        "2026-03-07 12:55",
        TOMAS,
        "Ejercicio",
        ("assessment", QP, QP_R, 22, "direct", "es"),
        z="MEX",
        text="""Hola Lucía,

Gracias por la plática del jueves, nos gustó mucho. Como siguiente paso te pedimos un
ejercicio: ¿cómo lanzarías nuestra tarjeta para freelancers en Guadalajara y Monterrey?
Algo breve, 5-6 slides. Sin prisa, la próxima semana está bien.

Abrazo,
Tomás
""",
    ),
    m(
        "18133",
        "2026-03-25 10:02",
        "Quetzal Pay <noreply@candidates.workablemail.com>",
        "Retiraste tu solicitud",
        ("confirmation", QP, QP_R, 22, "workable", "es"),
        z="MEX",
        st="withdrawn",
        text="""Hola Lucía,

Confirmamos que has retirado tu solicitud para Head of Product Marketing en Quetzal Pay.
¡Te deseamos mucho éxito!

El equipo de Quetzal Pay
""",
    ),
    # --- 23 Bruma Studio, Barcelona (Teamtailor): community, confirmation, rejection
    m(
        "18134",
        "2026-01-27 13:00",
        "Bruma Studio <no-reply@teamtailor.com>",
        "Bienvenida a la comunidad de talento de Bruma Studio",
        ("alert", BS, None, None, "teamtailor", "es"),
        text="""¡Hola Lucía!

Gracias por unirte a nuestra comunidad de talento. Te avisaremos cuando publiquemos nuevas
vacantes de Marketing en Barcelona.

Un abrazo,
Bruma Studio
""",
    ),
    m(
        "18135",
        "2026-02-03 09:40",
        "Bruma Studio <no-reply@teamtailor.com>",
        "¡Gracias por tu candidatura!",
        ("confirmation", BS, BS_R, 23, "teamtailor", "es"),
        text="""¡Hola Lucía!

Hemos recibido tu candidatura para Product Marketing Manager. Nuestro equipo la revisará y te
contestaremos lo antes posible, tanto si avanzas como si no.

Un abrazo,
Equipo Bruma
https://brumastudio.teamtailor.com/jobs/4410093-product-marketing-manager
""",
    ),
    m(
        "18136",
        "2026-02-24 18:05",
        "Bruma Studio <no-reply@teamtailor.com>",
        "Sobre tu candidatura",
        ("rejection", BS, BS_R, 23, "teamtailor", "es"),
        text="""Hola Lucía,

Gracias de verdad por tu interés en Bruma. Nos ha gustado mucho tu perfil, sobre todo tu
trabajo con marcas de consumo. Aun así, esta vez hemos decidido seguir con otras personas
cuyo perfil encaja un poco más con el momento del equipo.

Ojalá nos crucemos pronto.
Equipo Bruma
""",
    ),
    # --- 24 Nómada Rail, Barcelona (Lever): confirmation, interview, cancellation, rejection
    m(
        "18137",
        "2026-04-07 08:55",
        "Nómada Rail <no-reply@hire.lever.co>",
        "Gracias por tu interés en Nómada Rail",
        ("confirmation", NR, NR_R, 24, "lever", "es"),
        text="""Hola Lucía,

Gracias por aplicar a Product Marketing Manager - Mobile en Nómada Rail. Revisaremos tu
candidatura y te diremos algo pronto.

El equipo de Nómada
""",
    ),
    m(
        "18138",
        "2026-04-14 10:30",
        "Pau Ferrer <pau.ferrer@nomadarail.example>",
        "Invitación: Lucía Herrero <> Pau Ferrer (Nómada)",
        ("interview", NR, NR_R, 24, "direct", "es"),
        text="""Hola Lucía, te envío la invitación para la videollamada del viernes. ¡Hablamos!
Pau - Head of Growth, Nómada Rail
""",
        ics={
            "style": "google",
            "uid": "nomada-pau-0417",
            "start": "2026-04-17 10:00:00 +0200",
            "minutes": 45,
            "organizer": ("Pau Ferrer", "pau.ferrer@nomadarail.example"),
            "summary": "Lucía Herrero <> Pau Ferrer (Nómada)",
            "location": "Google Meet",
        },
    ),
    m(
        "18139",
        "2026-04-16 19:20",
        "Pau Ferrer <pau.ferrer@nomadarail.example>",
        "Cancelado: Lucía Herrero <> Pau Ferrer (Nómada)",
        ("interview", NR, NR_R, 24, "direct", "es"),
        text="""Este evento ha sido cancelado.

Perdona Lucía, me ha surgido un viaje a Lyon. Te escribo la semana que viene con otra fecha.
""",
        ics={
            "style": "google",
            "method": "CANCEL",
            "uid": "nomada-pau-0417",
            "start": "2026-04-17 10:00:00 +0200",
            "minutes": 45,
            "organizer": ("Pau Ferrer", "pau.ferrer@nomadarail.example"),
            "summary": "Lucía Herrero <> Pau Ferrer (Nómada)",
            "location": "Google Meet",
        },
    ),
    m(
        "18140",
        "2026-05-06 12:10",
        "Nómada Rail <no-reply@hire.lever.co>",
        "Tu candidatura en Nómada Rail",
        ("rejection", NR, NR_R, 24, "lever", "es"),
        text="""Hola Lucía,

Te escribimos para contarte que hemos decidido cerrar la posición de Product Marketing Manager -
Mobile con una persona del equipo interno. Sentimos no haber podido hablar contigo con calma.

Gracias por tu tiempo,
El equipo de Nómada
""",
    ),
    # --- 25 Cambará Tech: Greenhouse in English, the São Paulo office in Portuguese
    m(
        "18141",
        "2026-04-20 14:02",
        "Cambará Tech <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cambará",
        ("confirmation", CT, CT_R, 25, "greenhouse", "en"),
        z="SAO",
        text="""Hi Lucía,

Thanks for applying for Product Marketing Manager LATAM (Mexico City). Our team will review
your application and get back to you.

Best,
Cambará Talent
""",
    ),
    m(
        "18142",
        "2026-04-27 11:35",
        JULIANA,
        "Sua candidatura - Cambará",
        ("interview", CT, CT_R, 25, "direct", "pt"),
        z="SAO",
        text="""Olá Lucía, tudo bem?

Sou a Juliana, do time de Talent da Cambará aqui em São Paulo. Gostamos muito do seu perfil e
queremos marcar uma conversa de 45 minutos com o Rafael, nosso Head de Marketing LATAM.

Você teria disponibilidade na quinta-feira, 30/04, às 10h (horário de Brasília)? Podemos fazer
em espanhol ou inglês, como preferir.

Abraços,
Juliana Prado
Talent Acquisition | Cambará Tech
""",
    ),
    m(
        "18143",
        "2026-04-28 08:50",
        JULIANA,
        "Re: Sua candidatura - Cambará",
        ("interview", CT, CT_R, 25, "direct", "pt"),
        z="SAO",
        text="""Perfeito, Lucía! Então fica quinta às 10h. Já mandei o convite.

Até quinta!
Ju
""",
        headers=reply("18142", JULIANA),
    ),
    m(
        "18144",
        "2026-05-15 17:20",
        JULIANA,
        "Retorno - Cambará",
        ("rejection", CT, CT_R, 25, "direct", "pt"),
        z="SAO",
        text="""Olá Lucía,

Obrigada mais uma vez pelo seu tempo com o Rafael, ele elogiou muito a sua visão de
posicionamento. Infelizmente, decidimos seguir com outra pessoa que já está no México, pois a
vaga precisa de presença no escritório desde o primeiro dia.

Desejo muito sucesso!
Juliana
""",
    ),
    # --- 26 Ruta Verde Movilidad through Talento Meridiano (agency), frozen by the client
    m(
        "18145",
        "2026-01-29 12:30",
        HECTOR,
        "Oportunidad PMM - empresa líder en movilidad",
        ("outreach", None, "Product Marketing Manager", None, "agency", "es"),
        text="""Hola Lucía,

Te escribo desde Talento Meridiano. Estamos ayudando a una empresa líder en movilidad
sostenible, con sede en Madrid, a incorporar un/a Product Marketing Manager para sus nuevas
líneas B2B. Por confidencialidad aún no puedo darte el nombre.

¿Tendrías 15 minutos esta semana para una llamada?

Un saludo,
Héctor Ruiz
Senior Consultant | Talento Meridiano
""",
    ),
    m(
        "18146",
        "2026-02-04 13:10",
        HECTOR,
        "RE: Oportunidad PMM - empresa líder en movilidad",
        ("confirmation", RV, RV_R, 26, "agency", "es"),
        text="""Hola Lucía,

Gracias por la llamada. Como te comenté, el cliente es Ruta Verde Movilidad. Ya les he
presentado tu candidatura y te aviso en cuanto tenga respuesta.

Héctor
""",
        headers=reply("18145", HECTOR),
    ),
    m(
        "18147",
        "2026-02-13 10:00",
        HECTOR,
        "Entrevista con Ruta Verde - martes 17",
        ("interview", RV, RV_R, 26, "agency", "es"),
        text="""Hola Lucía,

¡Buenas noticias! Ruta Verde quiere conocerte. Entrevista el martes 17 a las 12:00 en su
oficina de Méndez Álvaro con Sergio Lasa (Director Comercial B2B). Te paso después los detalles.

Héctor
""",
    ),
    m(
        "18148",
        "2026-03-10 16:45",
        HECTOR,
        "Novedades Ruta Verde",
        ("confirmation", RV, RV_R, 26, "agency", "es"),
        st="on_hold",
        text="""Hola Lucía,

Te cuento: Ruta Verde ha congelado la posición por una reorganización interna. No está
cerrada, pero no habrá movimiento hasta después del verano. Les encantaste, así que en
cuanto la reabran te aviso.

Un abrazo,
Héctor
""",
    ),
    # --- 27 Ópalo Seguros (Indeed, Spanish), ghosted after "viewed"
    m(
        "18149",
        "2026-05-12 22:35",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Product Marketing Manager (Seguros Digitales)",
        ("confirmation", OS, OS_R, 27, "indeed", "es"),
        text="""Solicitud enviada

Product Marketing Manager (Seguros Digitales)
Ópalo Seguros - Madrid

Tu solicitud ha sido enviada. ¡Mucha suerte!
Consulta tus empleos en https://es.indeed.com/myjobs
""",
    ),
    m(
        "18150",
        "2026-05-15 09:10",
        "Indeed <indeedapply@indeed.com>",
        "Se ha visto tu solicitud",
        ("viewed", OS, OS_R, 27, "indeed", "es"),
        text="""Buenas noticias: el empleador ha visto tu solicitud para Product Marketing Manager
(Seguros Digitales).
""",
    ),
    # --- 28 Hiperia (LinkedIn Easy Apply), recruiter call, rejection
    m(
        "18151",
        "2026-01-11 11:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Hiperia",
        ("confirmation", HI, HI_R, 28, "linkedin", "es"),
        html="""<html><body>
<p>Tu solicitud se ha enviado a Hiperia</p>
<p><b>Product Marketing Manager</b><br>Hiperia · Madrid (Híbrido)</p>
<p>Solicitado el 11 de enero de 2026</p>
</body></html>""",
    ),
    m(
        "18152",
        "2026-01-19 17:02",
        "Marta Quintana <marta.quintana@hiperia.example>",
        "Hola Lucía",
        ("interview", HI, HI_R, 28, "direct", "es"),
        text="""Hola Lucía,

Soy Marta, de People en Hiperia. ¿Podríamos hablar mañana o el jueves por teléfono unos 20
minutos? Me gustaría contarte cómo es el equipo y conocer qué buscas.

Gracias,
Marta
""",
    ),
    m(
        "18153",
        "2026-01-20 09:30",
        "Marta Quintana <marta.quintana@hiperia.example>",
        "Re: Hola Lucía",
        ("interview", HI, HI_R, 28, "direct", "es"),
        text="""¡Hecho! Jueves a las 13:00, te llamo yo.
""",
        headers=reply("18152", "Marta Quintana <marta.quintana@hiperia.example>"),
    ),
    m(
        "18154",
        "2026-02-06 14:00",
        "Marta Quintana <marta.quintana@hiperia.example>",
        "Gracias, Lucía",
        ("rejection", HI, HI_R, 28, "direct", "es"),
        text="""Hola Lucía,

Muchas gracias por la conversación de la semana pasada. Me quedé con muy buena impresión,
pero finalmente vamos a avanzar con perfiles más centrados en SaaS B2B para este puesto.

Te deseo mucha suerte en la búsqueda.
Marta
""",
    ),
    # --- alerts, outreach and other job mail (Spanish, Portuguese)
    m(
        "18155",
        "2026-01-09 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Product Marketing Manager en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Lucía, tenemos nuevas ofertas para tu alerta
<b>product marketing madrid</b>:</p>
<ul><li>Product Marketing Manager - Lúdica Ediciones</li><li>Marketing Manager - Grupo Pizarra</li>
<li>Responsable de Marketing de Producto - Seguros Alcor</li></ul></body></html>""",
    ),
    m(
        "18156",
        "2026-03-02 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Ofertas que encajan con tu perfil esta semana:</p>
<ul><li>Brand Manager Senior - Casa Ortega</li><li>PMM - Vetia Energía</li></ul></body></html>""",
    ),
    m(
        "18157",
        "2026-02-19 07:45",
        "Computrabajo <alertas@computrabajo.com.mx>",
        "Nuevas vacantes: gerente de marketing en Ciudad de México",
        ("alert", None, None, None, "other", "es"),
        z="MEX",
        text="""Hola Lucía, encontramos 9 vacantes que coinciden con tu búsqueda:

- Gerente de Producto - Marketing · Grupo Tlalli · CDMX
- Gerente de Marca · Bebidas Xaltocan · CDMX
- Head of Growth · Quetzal Pay · CDMX (remoto)
""",
    ),
    m(
        "18158",
        "2026-04-10 07:05",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Nuevos empleos de «product marketing» en Barcelona",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>7 empleos nuevos coinciden con tus preferencias</p>
<p>Product Marketing Manager - Mobile · Nómada Rail · Barcelona</p></body></html>""",
    ),
    m(
        "18159",
        "2026-03-01 10:00",
        "InfoJobs <noreply@infojobs.net>",
        "Te falta poco para completar tu inscripción",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Lucía,</p><p>Empezaste a inscribirte en la oferta <b>Marketing
Manager</b> de <b>Grupo Pizarra</b>, pero no respondiste a las preguntas de la empresa.
Termina tu inscripción antes de que cierre la oferta.</p></body></html>""",
    ),
    m(
        "18160",
        "2026-01-14 12:12",
        "InfoJobs <noreply@infojobs.net>",
        "Tu código de verificación de InfoJobs",
        ("other_job", None, None, None, "other", "es"),
        text="""Tu código de verificación es 730214. Caduca en 10 minutos.
Si no has solicitado este código, ignora este mensaje.
""",
    ),
    m(
        "18161",
        "2026-02-16 17:30",
        "Valeria Sagasti <vsagasti@sagastimora.example>",
        "Posición confidencial - Head of Product Marketing, gran consumo",
        ("outreach", None, "Head of Product Marketing", None, "agency", "es"),
        text="""Estimada Lucía:

Me pongo en contacto con usted desde Sagasti & Mora Executive Search. Estamos asesorando a una
compañía multinacional de gran consumo en la búsqueda de un/a Head of Product Marketing para
Iberia. Su trayectoria encaja muy bien con el perfil.

Si le interesa, podemos mantener una conversación confidencial esta semana.

Atentamente,
Valeria Sagasti
Socia Directora
""",
    ),
    m(
        "18162",
        "2026-04-20 15:10",
        "Beatriz Lins via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidade - Product Marketing na Ipê Pagamentos",
        (
            "outreach",
            "Ipê Pagamentos",
            "Product Marketing Manager Hispanic Markets",
            None,
            "linkedin",
            "pt",
        ),
        text="""Olá Lucía!

Sou recrutadora da Ipê Pagamentos em São Paulo. Estamos buscando alguém para liderar Product
Marketing para os mercados hispânicos (México, Colômbia e Espanha), remoto. Seu perfil bilíngue
chamou muita atenção. Topa conversar?

Beatriz
""",
    ),
    m(
        "18163",
        "2026-06-02 11:20",
        "Jorge Peña <jorge.pena@fintrapagos.example>",
        "Hablamos?",
        ("outreach", "Fintra Pagos", "Product Marketing Lead", None, "direct", "es"),
        text="""Hola Lucía,

Te escribo porque estamos montando el equipo de producto en Fintra Pagos y alguien me ha
hablado muy bien de ti. Sé que acabas de fichar por Vantia (¡enhorabuena!), pero si en algún
momento te apetece hablar de un rol de Product Marketing Lead, aquí estoy.

Abrazo,
Jorge Peña, CPO
""",
    ),
]

CV = "Corvina Software"
CV_R = "Senior Product Marketing Manager, Iberia"
VE = "Vetia Energía"
VE_R = "Product Marketing Manager - Autoconsumo"

MAIL += [
    # --- 29 Corvina Software (Lever, English, Madrid/remote): confirmation, interview, rejection
    m(
        "18170",
        "2026-03-30 09:12",
        "Corvina Software <no-reply@hire.lever.co>",
        "Thanks for applying to Corvina",
        ("confirmation", CV, CV_R, 29, "lever", "en"),
        text="""Hi Lucía,

Thank you for your application for Senior Product Marketing Manager, Iberia. We'll review it
and reach out if there's a fit.

Corvina Recruiting
https://jobs.lever.co/corvina/71f0a2c4-spmm-iberia
""",
    ),
    m(
        "18171",
        "2026-04-08 16:40",
        "Pablo Úbeda <pablo.ubeda@corvinasoft.example>",
        "Invitation: Corvina - Lucía Herrero (45 min)",
        ("interview", CV, CV_R, 29, "direct", "en"),
        text="""\
Hi Lucía - great to see your name in our pipeline! Sending an invite for a first chat.
Pablo
""",
        ics={
            "style": "google",
            "uid": "corvina-lh-0413",
            "start": "2026-04-13 17:00:00 +0200",
            "minutes": 45,
            "organizer": ("Pablo Úbeda", "pablo.ubeda@corvinasoft.example"),
            "summary": "Corvina - Lucía Herrero (45 min)",
            "location": "Google Meet",
        },
    ),
    m(
        "18172",
        "2026-04-29 11:30",
        "Corvina Software <no-reply@hire.lever.co>",
        "An update from Corvina",
        ("rejection", CV, CV_R, 29, "lever", "en"),
        text="""Hi Lucía,

Thanks again for your time with Pablo. We really appreciated the conversation, and this was
not an easy decision. We've chosen to move forward with another candidate whose background is
closer to our enterprise motion.

Best of luck,
Corvina Recruiting
""",
    ),
    # --- 30 Vetia Energía (Factorial): confirmation, neutral rejection
    m(
        "18173",
        "2026-03-03 20:30",
        "Vetia Energía <no-reply@factorialhr.com>",
        "Candidatura recibida",
        ("confirmation", VE, VE_R, 30, "other", "es"),
        text="""Hola Lucía,

Gracias por inscribirte en nuestro proceso para Product Marketing Manager - Autoconsumo.
Revisaremos tu candidatura y te informaremos de los siguientes pasos.

Equipo de Personas · Vetia Energía
""",
    ),
    m(
        "18174",
        "2026-03-19 10:05",
        "Vetia Energía <no-reply@factorialhr.com>",
        "Información sobre tu proceso",
        ("rejection", VE, VE_R, 30, "other", "es"),
        text="""Hola Lucía,

Te agradecemos mucho tu interés en formar parte de Vetia Energía. Después de revisar con detalle
todas las candidaturas, te comunicamos que en esta ocasión no continuarás en el proceso.

Te animamos a seguir atenta a nuestras próximas vacantes.

Equipo de Personas · Vetia Energía
""",
    ),
    # --- more alerts
    m(
        "18175",
        "2026-02-09 06:40",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de product marketing manager en Madrid",
        ("alert", None, None, None, "indeed", "es"),
        text="""\
Product Marketing Manager (Seguros Digitales) - Ópalo Seguros - Madrid - Solicitud sencilla
Responsable de Producto Digital - Grupo Pizarra - Madrid
Ver todos los empleos: https://es.indeed.com/jobs?q=product+marketing+manager&l=Madrid
""",
    ),
    m(
        "18176",
        "2026-03-16 07:30",
        "Computrabajo <alertas@computrabajo.com>",
        "Ofertas nuevas para: gerente de marketing en Bogotá",
        ("alert", None, None, None, "other", "es"),
        z="BOG",
        text="""Hola Lucía, hay 6 ofertas nuevas que coinciden con tu alerta:
- Gerente de Mercadeo Digital · Andina Fintech · Bogotá
- Jefe de Marca · Lácteos del Sabana · Chía
""",
    ),
    m(
        "18177",
        "2026-04-27 08:15",
        "Glassdoor <noreply@glassdoor.com>",
        "Empleos recomendados para ti en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Lucía, estos empleos encajan con tu búsqueda:</p>
<p>Senior PMM Iberia · Corvina Software · 4,3 ★<br>Product Marketing Manager · Vetia Energía</p>
</body></html>""",
    ),
    m(
        "18178",
        "2026-05-18 07:05",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lucía, estos empleos te pueden interesar",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body><p>Empleos recomendados según tu perfil</p>
<ul><li>Head of Product Marketing · Fintra Pagos · Madrid</li>
<li>Product Marketing Manager · Ipê Pagamentos · Remoto</li></ul></body></html>""",
    ),
]
