# ruff: noqa: E501
"""Corpus 35, Spanish job mail (held out: measured, never tuned on)."""

from __future__ import annotations

import hashlib
from typing import Any


def m(
    n: int, date: str, frm: str, subject: str, t: tuple, text: str | None = None, **kw: Any
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    tag = hashlib.sha1(f"c35j{n}".encode()).hexdigest()[:16]
    spec = {"id": f"<{tag}.{n}@{dom}>", "date": date, "from": frm, "subject": subject, "t": t}
    if text is not None:
        spec["text"] = text
    spec.update(kw)
    return spec


GVA = "Conselleria de Sanitat"
R1 = "Enfermera/o - bolsa de trabajo"
SER = "Servicio Madrileño de Salud"
R2 = "Enfermera/o - oposición"
VIT = "Vitalia Salud"
UCI = "Enfermero/a UCI"
QX = "Enfermero/a Quirófano"
SAN = "Grupo Sanaris"
R5 = "Enfermero/a Hospitalización"
ALB = "Residencias Alborada"
R6 = "Enfermero/a residencia"
MUT = "Mutua Levantina"
R7 = "Enfermero/a asistencial"
CSV = "Clínica Sant Vicent"
R10 = "Enfermero/a consultas externas"
ALM = "Residencia Los Almendros"
R11 = "Enfermero/a noches"
TUR = "Centro Médico Turia"
R12 = "Enfermero/a"
BEN = "Clínica Benimar"
R16 = "Enfermera planta"
CAS = "Hospital Castellana Norte"
R17 = "Enfermero/a Urgencias"
MAR = "Hospital Marítim"
R19 = "Enfermero/a Hemodiálisis"
CAM = "Policlínica Campanar"
R21 = "Enfermero/a extracciones"
HS = "Hospital Horta Sud"
R22 = "Enfermero/a pediatría"
RET = "Clínica Retiro Salud"
R25 = "Enfermero/a cirugía ambulatoria"

WD_VIT = "Vitalia Salud <vitaliasalud@myworkday.com>"
SF_SAN = "Grupo Sanaris - Empleo <noreply@successfactors.eu>"
IJ = "InfoJobs <noreply@infojobs.net>"
TT_MUT = "Mutua Levantina <no-reply@teamtailor.com>"
TT_MAR = "Hospital Marítim <no-reply@teamtailor.com>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Conselleria de Sanitat: bolsa de trabajo ---------------------------------------
    m(
        1,
        "2025-09-04 09:12:31 +0200",
        "Bolsa de Trabajo Sanitat <noreply.bolsa@gva.es>",
        "Registro de solicitud - Bolsa de Trabajo de Instituciones Sanitarias",
        ("confirmation", GVA, R1, 1, "other", "es"),
        """Estimada/o aspirante:

Su solicitud de inscripción en la Bolsa de Trabajo de Instituciones Sanitarias de la Conselleria de Sanitat ha quedado registrada correctamente.

Categoría: ENFERMERO/A
Departamentos de salud elegidos: València-Clínic-Malvarrosa, València-La Fe, València-Doctor Peset, Alacant-Hospital General
Número de registro: BT-2025-0917734
Fecha de presentación: 04/09/2025 09:12

Recuerde que los méritos alegados deberán justificarse documentalmente cuando sea requerida/o para ello. Puede consultar el estado de su solicitud en la sede electrónica con su certificado digital o Cl@ve.

Este correo se ha generado automáticamente. No responda a este mensaje.

GENERALITAT VALENCIANA
Conselleria de Sanitat""",
    ),
    m(
        2,
        "2025-11-20 13:40:02 +0100",
        "Bolsa de Trabajo Sanitat <noreply.bolsa@gva.es>",
        "Publicación del baremo provisional - corte 31/05/2025",
        ("confirmation", GVA, R1, 1, "other", "es"),
        """Estimada/o aspirante:

Le informamos de que se ha publicado en la web de la Conselleria el listado provisional de baremo correspondiente al corte de 31/05/2025 para la categoría ENFERMERO/A.

Su puntuación provisional: 38,415 puntos
Posición provisional en el Departamento València-Clínic-Malvarrosa: 1.214

Dispone de diez días hábiles, a contar desde el día siguiente a la publicación, para presentar alegaciones a través de la sede electrónica.

Servicio de Selección y Provisión de Personal""",
    ),
    m(
        3,
        "2026-02-05 10:05:47 +0100",
        "Bolsa de Trabajo Sanitat <noreply.bolsa@gva.es>",
        "Oferta de nombramiento - Departamento València-Clínic-Malvarrosa",
        ("offer", GVA, R1, 1, "other", "es"),
        """Estimada Sra. HERRERO CAMPOS, LUCÍA:

En aplicación de las listas de empleo temporal vigentes, se le ofrece el siguiente nombramiento:

Tipo de nombramiento: INTERINIDAD (plaza vacante)
Centro: Hospital Clínico Universitario - Servicio de Medicina Interna
Jornada: completa, turno rotatorio
Fecha prevista de incorporación: 16/02/2026

Deberá manifestar su aceptación o renuncia en el plazo de 24 horas a través de la aplicación de adjudicación de plazas. La no contestación se considerará renuncia, con los efectos previstos en la Orden que regula la bolsa.

Unidad de Personal Temporal
Departamento de Salud València-Clínic-Malvarrosa""",
    ),
    m(
        4,
        "2026-02-06 08:31:10 +0100",
        "Personal Departament Clínic <personal_clinic@gva.es>",
        "Aceptación de nombramiento y citación para toma de posesión",
        ("offer", GVA, R1, 1, "direct", "es"),
        """Buenos días, Lucía:

Hemos recibido su aceptación del nombramiento de interinidad. Queda citada para la toma de posesión el día 13 de febrero a las 9:00 en la Unidad de Personal (edificio de gestión, planta 1).

Deberá aportar:
- DNI original
- Título de Grado/Diplomatura en Enfermería (original y copia)
- Certificado de colegiación en vigor (ICOEV)
- Certificado negativo del Registro Central de Delincuentes Sexuales
- Número de afiliación a la Seguridad Social y cuenta bancaria

Un saludo,

Amparo Ferrer Llopis
Unidad de Personal - Departament de Salut València Clínic-Malvarrosa
Tel. 961 97 35 00""",
        st="accepted",
    ),
    # --- 2 SERMAS oposición -----------------------------------------------------------------
    m(
        5,
        "2025-09-22 17:02:44 +0200",
        "Comunidad de Madrid <notificaciones@madrid.org>",
        "Justificante de presentación - Proceso selectivo Enfermero/a SERMAS",
        ("confirmation", SER, R2, 2, "other", "es"),
        """Justificante de registro electrónico

Procedimiento: Proceso selectivo para el acceso a la condición de personal estatutario fijo en la categoría de Enfermero/a en las Instituciones Sanitarias del Servicio Madrileño de Salud.
Interesada: HERRERO CAMPOS, LUCÍA
Nº de registro: 10/598221.9/25
Fecha y hora: 22/09/2025 17:02:39

Tasa abonada: 31,16 €

Conserve este justificante. Podrá consultar la relación provisional de admitidos y excluidos en la página web de la Comunidad de Madrid.""",
    ),
    m(
        6,
        "2026-01-15 12:00:00 +0100",
        "Comunidad de Madrid <notificaciones@madrid.org>",
        "Publicación fecha del ejercicio de la fase de oposición - Enfermero/a",
        ("assessment", SER, R2, 2, "other", "es"),
        """Le comunicamos que se ha publicado la resolución por la que se aprueba la relación definitiva de aspirantes admitidos y se fija el lugar, fecha y hora de celebración del ejercicio de la fase de oposición.

Fecha: sábado 7 de marzo de 2026, 10:00 horas
Lugar: IFEMA Madrid, pabellones 7 y 9 (según apellido)

Los aspirantes deberán acudir provistos de DNI, NIE o pasaporte y bolígrafo azul. No se permitirá el acceso una vez iniciado el llamamiento.

Dirección General de Recursos Humanos y Relaciones Laborales
Servicio Madrileño de Salud""",
    ),
    # --- 3 Vitalia UCI (Workday) --------------------------------------------------------------
    m(
        7,
        "2025-09-09 21:47:19 +0200",
        WD_VIT,
        "Hemos recibido tu solicitud - Enfermero/a UCI (R-0048812)",
        ("confirmation", VIT, UCI, 3, "workday", "es"),
        """Hola, Lucía:

Gracias por tu interés en Vitalia Salud. Hemos recibido tu solicitud para el puesto Enfermero/a UCI (R-0048812) en Hospital Vitalia Levante (València).

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo. Puedes consultar el estado de tu candidatura en cualquier momento desde la página Mis candidaturas de nuestro sitio de empleo.

Un saludo,
Equipo de Talento
Vitalia Salud

Vitalia Servicios Hospitalarios, S.L.U. - CIF B98765432. Tus datos se tratan conforme a nuestra política de privacidad de candidatos.""",
        headers={"X-Mailer": "Workday"},
    ),
    m(
        8,
        "2025-09-18 11:20:00 +0200",
        "Nuria Sempere <nuria.sempere@vitaliasalud.es>",
        "Entrevista por videollamada - Enfermero/a UCI",
        ("interview", VIT, UCI, 3, "direct", "es"),
        """Hola Lucía,

Soy Nuria, de Selección de Hospital Vitalia Levante. Nos gustaría conocerte en una primera entrevista por Teams con la supervisora de la UCI, Marta Climent.

Te he enviado la convocatoria para el martes 23 a las 16:30. Si no te viene bien, dime otra franja y lo movemos.

Un saludo,
Nuria Sempere
Técnica de Selección | Hospital Vitalia Levante
Av. de Campanar 120, 46015 València""",
        ics={
            "uid": "c35-vit-uci-1@vitaliasalud.es",
            "start": "2025-09-23 16:30:00 +0200",
            "minutes": 45,
            "style": "outlook",
            "summary": "Entrevista Enfermero/a UCI - Lucía Herrero",
            "organizer": ("Nuria Sempere", "nuria.sempere@vitaliasalud.es"),
            "attendees": [("Marta Climent", "marta.climent@vitaliasalud.es")],
            "location": "Reunión de Microsoft Teams",
        },
    ),
    m(
        9,
        "2025-10-02 09:14:55 +0200",
        WD_VIT,
        "Actualización sobre tu candidatura",
        ("rejection", VIT, UCI, 3, "workday", "es"),
        """Hola, Lucía:

Queremos agradecerte el tiempo que has dedicado al proceso para Enfermero/a UCI (R-0048812) y la entrevista con el equipo.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con profesionales con más experiencia reciente en cuidados críticos. Sabemos que no es la noticia que esperabas.

Te animamos a seguir atenta a nuestras ofertas: tu perfil queda en nuestra base de datos.

Equipo de Talento
Vitalia Salud""",
    ),
    # --- 4 Vitalia Quirófano ------------------------------------------------------------------
    m(
        10,
        "2025-09-09 22:03:41 +0200",
        WD_VIT,
        "Hemos recibido tu solicitud - Enfermero/a Quirófano (R-0049020)",
        ("confirmation", VIT, QX, 4, "workday", "es"),
        """Hola, Lucía:

Gracias por tu interés en Vitalia Salud. Hemos recibido tu solicitud para el puesto Enfermero/a Quirófano (R-0049020) en Hospital Vitalia Levante (València).

Nuestro equipo de Selección revisará tu perfil. Puedes consultar el estado de tu candidatura desde Mis candidaturas.

Un saludo,
Equipo de Talento
Vitalia Salud""",
        headers={"X-Mailer": "Workday"},
    ),
    # --- 5 Grupo Sanaris (SuccessFactors), Hospital Sanaris Alicante ----------------------------
    m(
        11,
        "2025-09-15 10:02:13 +0200",
        SF_SAN,
        "Confirmación de candidatura: Enfermero/a Hospitalización - Hospital Sanaris Alicante",
        ("confirmation", SAN, R5, 5, "other", "es"),
        html="""<html><body><p>Estimada Lucía,</p>
<p>Te confirmamos que hemos recibido correctamente tu candidatura a la posición <b>Enfermero/a Hospitalización</b> (ID de requisición 71842) en <b>Hospital Sanaris Alicante</b>.</p>
<p>Si tu perfil avanza en el proceso, el equipo de Personas del hospital contactará contigo por teléfono o correo electrónico.</p>
<p>Gracias por pensar en Grupo Sanaris.</p>
<p style="font-size:11px;color:#777">Sanaris Alicante Hospitalaria, S.A. forma parte de Grupo Sanaris. Este mensaje se ha enviado desde una dirección que no acepta respuestas.</p></body></html>""",
    ),
    m(
        12,
        "2025-09-24 13:26:00 +0200",
        "Raquel Pastor <rpastor@sanaris.es>",
        "Documentación - proceso Enfermería Hospitalización",
        ("other_job", SAN, R5, None, "direct", "es"),
        """Hola Lucía:

Para continuar con tu candidatura necesitaríamos que nos envíes, antes del viernes:

· Copia del título de Grado en Enfermería
· Certificado de colegiación actualizado (con fecha de este año)
· Vida laboral reciente

Puedes contestar a este correo con los documentos en PDF.

Gracias,
Raquel Pastor
Personas - Hospital Sanaris Alicante
Tel. 965 14 20 00 ext. 3105""",
    ),
    m(
        13,
        "2025-10-01 18:45:12 +0200",
        "Raquel Pastor <rpastor@sanaris.es>",
        "Jornada de prueba - lunes 6 de octubre",
        ("interview", SAN, R5, 5, "direct", "es"),
        """Hola de nuevo, Lucía:

Gracias por la documentación. La supervisora de la 4ª planta, Pilar Boix, nos propone que vengas a hacer una jornada de prueba el lunes 6 en turno de mañana (8:00 a 15:00). Te acompañará una enfermera de referencia todo el turno.

Preséntate a las 7:45 en el control de la 4ª planta. Te daremos el uniforme allí; trae calzado sanitario.

¿Nos confirmas?

Raquel

> El 29 sept 2025, a las 10:14, Lucía Herrero <lucia.herrero.enf@gmail.com> escribió:
> Buenos días, Raquel. Te adjunto la documentación que me pedisteis.
> Un saludo, Lucía""",
        **{"In-Reply-To": "<c35.lucia.doc@gmail.com>"},
    ),
    m(
        14,
        "2025-10-09 12:10:09 +0200",
        "Raquel Pastor <rpastor@sanaris.es>",
        "Propuesta de contrato - Hospital Sanaris Alicante",
        ("offer", SAN, R5, 5, "direct", "es"),
        """Hola Lucía:

Tras la jornada de prueba, Pilar y el equipo quedaron muy contentos contigo, así que nos gustaría ofrecerte:

- Contrato eventual por circunstancias de la producción, 6 meses
- Jornada completa, turnos rotatorios (mañana/tarde/noche)
- Salario bruto anual según convenio: 27.350 € + pluses de nocturnidad y festivos
- Incorporación: 20 de octubre

Necesitaríamos tu respuesta antes del martes 14. Cualquier duda, me llamas.

Un abrazo,
Raquel Pastor
Personas - Hospital Sanaris Alicante""",
    ),
    m(
        15,
        "2025-10-14 16:02:40 +0200",
        "Raquel Pastor <rpastor@sanaris.es>",
        "RE: Propuesta de contrato - Hospital Sanaris Alicante",
        ("offer", SAN, R5, 5, "direct", "es"),
        """Hola Lucía,

Lo entiendo perfectamente, la distancia pesa mucho con turnos rotatorios. Gracias por decírnoslo con tiempo. Dejamos anotado que declinas la propuesta; si más adelante te planteas venir a Alicante, escríbeme directamente.

Mucha suerte,
Raquel

-----Mensaje original-----
De: Lucía Herrero <lucia.herrero.enf@gmail.com>
Enviado el: martes, 14 de octubre de 2025 11:37
Asunto: RE: Propuesta de contrato - Hospital Sanaris Alicante

Hola Raquel, muchas gracias por la propuesta. Después de pensarlo mucho, he decidido no aceptarla: me ha salido una opción en València y no puedo mudarme ahora. Os agradezco el trato.""",
        st="declined",
    ),
    # --- 6 Residencias Alborada via InfoJobs --------------------------------------------------
    m(
        16,
        "2025-09-11 08:55:03 +0200",
        IJ,
        "Te has inscrito en la oferta Enfermero/a residencia - Residencias Alborada",
        ("confirmation", ALB, R6, 6, "other", "es"),
        html="""<html><body><table width="600"><tr><td><img alt="InfoJobs" src="https://static.infojobs.net/logo.png"></td></tr>
<tr><td><h2>¡Inscripción realizada!</h2><p>Hola Lucía, ya estás inscrita en la oferta:</p>
<p><b>Enfermero/a residencia</b><br>Residencias Alborada · Paterna (Valencia)</p>
<p>Puedes seguir el estado de tu candidatura en <a href="https://www.infojobs.net/candidate/applications">Mis candidaturas</a>.</p>
<p style="color:#888;font-size:11px">Recibes este email porque estás registrada en InfoJobs. <a href="https://www.infojobs.net/candidate/settings/notifications">Gestionar notificaciones</a></p></td></tr></table></body></html>""",
    ),
    m(
        17,
        "2025-09-12 14:31:26 +0200",
        IJ,
        "Residencias Alborada ha leído tu CV",
        ("viewed", ALB, R6, 6, "other", "es"),
        html="""<html><body><p>Hola Lucía,</p><p><b>Residencias Alborada</b> ha leído tu CV para la oferta <b>Enfermero/a residencia</b>.</p>
<p>Estado actual: <b>CV leído</b></p><p><a href="https://www.infojobs.net/candidate/applications">Ver candidatura</a></p></body></html>""",
    ),
    m(
        18,
        "2025-09-26 10:12:40 +0200",
        IJ,
        "Novedades en tu candidatura para Enfermero/a residencia",
        ("rejection", ALB, R6, 6, "other", "es"),
        html="""<html><body><p>Hola Lucía,</p><p>La empresa <b>Residencias Alborada</b> ha actualizado el estado de tu candidatura a la oferta <b>Enfermero/a residencia</b>:</p>
<p style="font-size:18px"><b>Descartado</b></p><p>No te desanimes: hay cientos de ofertas de Sanidad y salud esperándote.</p>
<p><a href="https://www.infojobs.net/ofertas-trabajo/sanidad-salud">Ver ofertas similares</a></p></body></html>""",
    ),
    # --- 7 Mutua Levantina (Teamtailor) -------------------------------------------------------
    m(
        19,
        "2025-10-06 19:20:31 +0200",
        TT_MUT,
        "Gracias por tu candidatura, Lucía",
        ("confirmation", MUT, R7, 7, "teamtailor", "es"),
        """Hola Lucía,

¡Gracias por postularte a Enfermero/a asistencial en Mutua Levantina! Hemos recibido tu candidatura y la revisaremos en los próximos días.

Desafortunadamente no podemos responder individualmente a todas las consultas, pero te escribiremos en cualquier caso cuando el proceso avance.

Un saludo,
Equipo de Personas
Mutua Levantina - Clínica Mutua Levantina València

Enviado con Teamtailor""",
    ),
    m(
        20,
        "2025-10-10 10:40:00 +0200",
        "Iván Roig <ivan.roig@mutualevantina.es>",
        "Entrevista Enfermero/a asistencial - Clínica Mutua Levantina",
        ("interview", MUT, R7, 7, "direct", "es"),
        """Buenos días Lucía,

Te escribo para invitarte a una entrevista presencial en la clínica (C/ Menorca 19, València) el jueves 16 de octubre a las 12:00. Estaremos la coordinadora de enfermería, Elena Sanchis, y yo. Durará unos 40 minutos.

Trae, si puedes, el certificado de colegiación y el título.

Saludos,
Iván Roig
Responsable de Selección | Mutua Levantina, Mutua Colaboradora con la Seguridad Social nº 298""",
    ),
    m(
        21,
        "2025-10-27 09:03:18 +0200",
        TT_MUT,
        "Tu proceso en Mutua Levantina",
        ("rejection", MUT, R7, 7, "teamtailor", "es"),
        """Hola Lucía,

Muchas gracias por venir a conocernos. Tanto Elena como yo nos quedamos con una muy buena impresión de ti: tu experiencia en traumatología y tu forma de explicar los casos nos gustó mucho.

Aun así, tras cerrar las entrevistas, hemos decidido continuar con otra candidata cuyo perfil en salud laboral encaja algo mejor con la vacante actual.

Guardamos tu candidatura y te tendremos en cuenta en futuras necesidades de la clínica.

Un abrazo,
Iván Roig
Mutua Levantina""",
    ),
    # --- 10 Clínica Sant Vicent via Talentia Sanitaria ETT ------------------------------------
    m(
        22,
        "2025-10-20 12:04:09 +0200",
        "Talentia Sanitaria ETT <seleccion@talentiasanitaria.es>",
        "Alta en Talentia Sanitaria - completa tu perfil",
        ("other_job", None, None, None, "agency", "es"),
        """Hola Lucía:

Te damos la bienvenida a Talentia Sanitaria, Empresa de Trabajo Temporal autorizada nº 46/0000123.

Hemos registrado tu CV para la oferta "Enfermero/a para clínica privada - València ciudad". Para poder presentarte a nuestros clientes necesitamos que completes tu perfil (titulación, colegiación y disponibilidad de turnos) en el área de candidatos.

Una consultora te llamará si tu perfil encaja.

Equipo de Selección
Talentia Sanitaria ETT""",
    ),
    m(
        23,
        "2025-10-23 16:48:51 +0200",
        "Sergio Moll | Talentia Sanitaria <sergio.moll@talentiasanitaria.es>",
        "Presentación a cliente - Clínica Sant Vicent",
        ("interview", CSV, R10, 10, "agency", "es"),
        """Hola Lucía,

Como te comenté por teléfono esta mañana, el cliente para el que seleccionamos es Clínica Sant Vicent (consultas externas, horario de mañana, de lunes a viernes). Les he enviado tu CV y quieren hacerte una entrevista breve el martes 28 a las 9:30 en la propia clínica (C/ Sant Vicent Màrtir 204).

Preguntad por Ana en recepción.

Sergio Moll
Consultor de Selección · Talentia Sanitaria ETT
M. 622 48 31 07""",
    ),
    m(
        24,
        "2025-11-05 13:15:33 +0100",
        "Sergio Moll | Talentia Sanitaria <sergio.moll@talentiasanitaria.es>",
        "Clínica Sant Vicent",
        ("rejection", CSV, R10, 10, "agency", "es"),
        """Hola Lucía,

Te escribo para cerrar el proceso: la clínica finalmente ha cubierto el puesto con una enfermera que ya había trabajado con ellos en verano. Les gustó tu entrevista, pero han preferido a alguien que conoce la casa.

Sigues activa en nuestra base de datos; en cuanto tenga otra misión de enfermería te aviso.

Sergio""",
    ),
    # --- 11 Jobandtalent, Residencia Los Almendros ------------------------------------------------
    m(
        25,
        "2025-10-28 20:11:02 +0100",
        "Jobandtalent <no-reply@jobandtalent.com>",
        "Has aplicado a Enfermero/a noches en Residencia Los Almendros",
        ("confirmation", ALM, R11, 11, "other", "es"),
        html="""<html><body><p>¡Hola Lucía!</p><p>Tu solicitud para <b>Enfermero/a noches</b> en <b>Residencia Los Almendros</b> (Sant Joan d'Alacant) se ha enviado.</p>
<p>Te avisaremos en la app cuando haya novedades. Mantén tus documentos actualizados para que puedas empezar a trabajar cuanto antes.</p><p>El equipo de Jobandtalent</p></body></html>""",
    ),
    m(
        26,
        "2025-11-14 09:00:47 +0100",
        "Jobandtalent <no-reply@jobandtalent.com>",
        "Actualización de tu solicitud",
        ("rejection", ALM, R11, 11, "other", "es"),
        html="""<html><body><p>Hola Lucía,</p><p>La oferta <b>Enfermero/a noches - Residencia Los Almendros</b> ya está cerrada y no hemos podido seguir adelante con tu solicitud esta vez.</p>
<p>Tenemos más oportunidades para ti en la app. ¡Échales un vistazo!</p></body></html>""",
    ),
    # --- 12 Centro Médico Turia via Indeed ---------------------------------------------------------
    m(
        27,
        "2025-10-13 11:34:20 +0200",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Enfermero/a",
        ("confirmation", TUR, R12, 12, "indeed", "es"),
        html="""<html><body><p><b>Se ha enviado tu solicitud</b></p><p>Enfermero/a<br>Centro Médico Turia - València, Valencia provincia</p>
<p>Ten en cuenta lo siguiente: la empresa puede ponerse en contacto contigo a través de Indeed o directamente.</p>
<p><a href="https://es.indeed.com/myjobs">Mis empleos</a></p></body></html>""",
    ),
    m(
        28,
        "2025-10-16 17:22:05 +0200",
        "Centro Médico Turia via Indeed <m3kz8qrt7-1xg4@indeedemail.com>",
        "Entrevista - Enfermero/a",
        ("interview", TUR, R12, 12, "indeed", "es"),
        """Hola Lucía, hemos visto tu CV y nos interesa. ¿Podrías pasarte el lunes 20 a las 18:00 por el centro (Av. Pío XII 32) para una entrevista con el director médico? Un saludo, Mercedes (administración)

--
Centro Médico Turia
Mensaje enviado a través de Indeed. Responde a este correo para contestar al empleador.""",
    ),
    # --- 15 Vitalia UCI re-application ------------------------------------------------------------
    m(
        29,
        "2026-01-12 22:18:36 +0100",
        WD_VIT,
        "Hemos recibido tu solicitud - Enfermero/a UCI (R-0052377)",
        ("confirmation", VIT, UCI, 15, "workday", "es"),
        """Hola, Lucía:

Gracias por tu interés en Vitalia Salud. Hemos recibido tu solicitud para el puesto Enfermero/a UCI (R-0052377) en Hospital Vitalia Levante (València).

Nuestro equipo de Selección revisará tu perfil y, si encaja, se pondrá en contacto contigo.

Un saludo,
Equipo de Talento
Vitalia Salud""",
        headers={"X-Mailer": "Workday"},
    ),
    m(
        30,
        "2026-01-21 10:02:00 +0100",
        "Nuria Sempere <nuria.sempere@vitaliasalud.es>",
        "Hola de nuevo, Lucía - UCI",
        ("interview", VIT, UCI, 15, "direct", "es"),
        """Hola Lucía,

¡Qué bien verte otra vez por aquí! Esta vez Marta ha abierto plazas para las noches de UCI y, con los meses que llevas en planta, tu perfil encaja mejor. ¿Te va bien una segunda conversación, presencial, el miércoles 28 a las 13:00 en el hospital?

Nuria Sempere
Técnica de Selección | Hospital Vitalia Levante""",
    ),
    # --- 16 Clínica Benimar, supervisor from Gmail --------------------------------------------------
    m(
        31,
        "2025-10-18 22:41:10 +0200",
        "Maite Gil Ortolà <maitegil.ortola@gmail.com>",
        "Hola Lucía, de parte de Begoña",
        ("interview", BEN, R16, 16, "direct", "es"),
        """Hola Lucía!

Soy Maite, la supervisora de planta de la Clínica Benimar. Me ha pasado tu CV Begoña (coincidisteis en La Fe, me dice). Necesito cubrir una baja larga en la segunda planta y me encantaría que vinieras un día a hacer un turno de prueba con nosotras.

¿Podrías el jueves 23 de tarde, de 15 a 22? Te escribo desde mi correo personal porque el de la clínica no me funciona fuera. Mi móvil es el 654 10 93 28.

Un besico,
Maite""",
    ),
    m(
        32,
        "2025-10-25 11:05:55 +0200",
        "Maite Gil Ortolà <maitegil.ortola@gmail.com>",
        "Re: Hola Lucía, de parte de Begoña",
        ("offer", BEN, R16, 16, "direct", "es"),
        """Lucía, ¡qué bien lo hiciste el jueves! Las chicas encantadas.

Te confirmo lo que hablamos: contrato de interinidad por sustitución de la baja (mínimo hasta finales de enero, probablemente más), jornada completa de tardes, 1.790 € netos más festivos. Empezarías el 3 de noviembre. Te escribirá Recursos Humanos para el papeleo.

Dime algo cuando puedas.
Maite

El sáb, 18 oct 2025 a las 23:02, Lucía Herrero (<lucia.herrero.enf@gmail.com>) escribió:
> Hola Maite, muchas gracias por acordarte de mí. El jueves me va perfecto.""",
        **{"In-Reply-To": "<c35.lucia.benimar1@gmail.com>"},
    ),
    m(
        33,
        "2025-10-27 09:30:12 +0100",
        "RRHH Clínica Benimar <rrhh@clinicabenimar.es>",
        "Bienvenida - alta y documentación",
        ("offer", BEN, R16, 16, "direct", "es"),
        """Buenos días, Lucía:

Maite nos confirma que has aceptado la incorporación. ¡Bienvenida a Clínica Benimar!

Para tramitar el alta necesitamos: DNI, número de la Seguridad Social, IBAN, título, certificado de colegiación y el certificado de delitos sexuales. Tu contrato (interinidad por sustitución) estará listo para firmar el viernes 31 en RRHH, planta baja.

Un saludo,
Departamento de Recursos Humanos
Clínica Benimar - Benimar Salud, S.L.""",
        st="accepted",
    ),
    # --- 17 Hospital Castellana Norte via InfoJobs -------------------------------------------------
    m(
        34,
        "2025-11-03 21:06:44 +0100",
        IJ,
        "Te has inscrito en la oferta Enfermero/a Urgencias - Hospital Castellana Norte",
        ("confirmation", CAS, R17, 17, "other", "es"),
        html="""<html><body><h2>¡Inscripción realizada!</h2><p>Hola Lucía, ya estás inscrita en la oferta:</p>
<p><b>Enfermero/a Urgencias</b><br>Hospital Castellana Norte · Madrid</p><p>Te avisaremos cuando la empresa lea tu CV.</p></body></html>""",
    ),
    # --- 19 Hospital Marítim (Teamtailor), withdrawn -----------------------------------------------
    m(
        35,
        "2025-10-21 08:12:00 +0200",
        TT_MAR,
        "Hemos recibido tu candidatura para Enfermero/a Hemodiálisis",
        ("confirmation", MAR, R19, 19, "teamtailor", "es"),
        """Hola Lucía,

Gracias por tu interés en Hospital Marítim (Alicante). Te confirmamos que tu candidatura para Enfermero/a Hemodiálisis se ha recibido correctamente.

Revisamos cada candidatura personalmente. Te contactaremos en un plazo de dos semanas.

Saludos,
Hospital Marítim · Personas y Cultura""",
    ),
    m(
        36,
        "2025-10-31 12:44:29 +0100",
        "Lidia Navarro <lidia.navarro@hospitalmaritim.es>",
        "RE: Retirar candidatura Hemodiálisis",
        ("confirmation", MAR, R19, 19, "direct", "es"),
        """Hola Lucía,

Recibido. Hemos retirado tu candidatura del proceso de Enfermero/a Hemodiálisis, tal como nos pides. Enhorabuena por el nuevo puesto y mucha suerte.

Un saludo,
Lidia Navarro
Personas y Cultura - Hospital Marítim

De: Lucía Herrero <lucia.herrero.enf@gmail.com>
Enviado: jueves, 30 de octubre de 2025 21:10
Asunto: Retirar candidatura Hemodiálisis

Buenas tardes, os escribo para retirar mi candidatura: he aceptado otro puesto en València. Gracias por todo.""",
        st="withdrawn",
    ),
    # --- 21 Policlínica Campanar via Indeed (ghosted) ----------------------------------------------
    m(
        37,
        "2025-09-30 13:02:11 +0200",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Enfermero/a extracciones",
        ("confirmation", CAM, R21, 21, "indeed", "es"),
        html="""<html><body><p><b>Se ha enviado tu solicitud</b></p><p>Enfermero/a extracciones<br>Policlínica Campanar - València</p>
<p>Se ha enviado también una copia de tu CV de Indeed.</p></body></html>""",
    ),
    # --- 22 Hospital Horta Sud via LinkedIn ----------------------------------------------------------
    m(
        38,
        "2025-09-17 07:55:30 +0200",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Hospital Horta Sud",
        ("confirmation", HS, R22, 22, "linkedin", "es"),
        """Tu solicitud se ha enviado a Hospital Horta Sud

Enfermero/a pediatría
Hospital Horta Sud · Quart de Poblet, Comunidad Valenciana, España
Solicitado el 17 sept 2025

Ver solicitud: https://www.linkedin.com/jobs/view/4102938475/

Recibes estos correos sobre tus solicitudes de empleo.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
    ),
    m(
        39,
        "2025-09-19 15:21:04 +0200",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Se ha visto tu solicitud para Hospital Horta Sud",
        ("viewed", HS, R22, 22, "linkedin", "es"),
        """Hospital Horta Sud ha visto tu solicitud

Enfermero/a pediatría
Hospital Horta Sud · Quart de Poblet

Esto es solo una señal de que la empresa ha visto tu solicitud. Suerte.

https://www.linkedin.com/jobs/view/4102938475/""",
    ),
    # --- 25 Clínica Retiro Salud via LinkedIn --------------------------------------------------------
    m(
        40,
        "2025-11-24 18:30:00 +0100",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Clínica Retiro Salud",
        ("confirmation", RET, R25, 25, "linkedin", "es"),
        """Tu solicitud se ha enviado a Clínica Retiro Salud

Enfermero/a cirugía ambulatoria
Clínica Retiro Salud · Madrid, Comunidad de Madrid, España

https://www.linkedin.com/jobs/view/4177310562/""",
    ),
    m(
        41,
        "2025-11-27 10:14:37 +0100",
        "Gonzalo Pardo <gpardo@retirosalud.es>",
        "Llamada - puesto de enfermería CMA",
        ("interview", RET, R25, 25, "direct", "es"),
        """Hola Lucía,

He visto tu candidatura por LinkedIn para la unidad de cirugía mayor ambulatoria. Antes de nada, ¿te plantearías mudarte a Madrid? Si es así, me gustaría hacer una llamada de 20 minutos el lunes 1 de diciembre a las 10:00. Te llamo al móvil que indicas en el CV.

Gonzalo Pardo
Director de Enfermería · Clínica Retiro Salud""",
    ),
    m(
        42,
        "2025-12-12 09:48:19 +0100",
        "Gonzalo Pardo <gpardo@retirosalud.es>",
        "Re: Llamada - puesto de enfermería CMA",
        ("rejection", RET, R25, 25, "direct", "es"),
        """Hola Lucía,

Gracias por la conversación del otro día. Finalmente hemos cubierto el puesto con una candidata que ya vive en Madrid y podía incorporarse de inmediato. Me quedo con tu contacto.

Un saludo,
Gonzalo""",
    ),
    # --- job mail that is not application mail ------------------------------------------------
    m(
        43,
        "2025-09-08 07:30:00 +0200",
        "InfoJobs <alertas@infojobs.net>",
        "12 ofertas nuevas de Enfermero/a en Valencia",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Lucía, estas son las nuevas ofertas que coinciden con tu alerta <b>Enfermero/a - Valencia</b>:</p>
<ul><li>Enfermero/a residencia - Residencias Alborada - Paterna</li><li>DUE consultas - Centro Médico Turia - València</li><li>Enfermero/a quirófano - Vitalia Salud - València</li></ul>
<p><a href="https://www.infojobs.net/ofertas-trabajo">Ver las 12 ofertas</a></p></body></html>""",
    ),
    m(
        44,
        "2025-10-05 07:30:00 +0200",
        "InfoJobs <alertas@infojobs.net>",
        "Ofertas de Enfermería en Alicante que te pueden interesar",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Nuevas ofertas para tu búsqueda <b>Enfermero Alicante</b>:</p><ul><li>Enfermero/a Hemodiálisis - Hospital Marítim</li><li>Enfermera geriátrica - Grupo Amanecer Mayores</li></ul></body></html>""",
    ),
    m(
        45,
        "2025-09-25 18:02:00 +0200",
        "Indeed <alert@indeed.com>",
        "Enfermero/a: nuevos empleos en Valencia",
        ("alert", None, None, None, "indeed", "es"),
        html="""<html><body><p><b>Enfermero/a</b> en Valencia, Valencia provincia</p><p>Policlínica Campanar · Enfermero/a extracciones · Postulación fácil</p><p>Grupo Fisiolevante · Enfermero/a · 1.600 € - 1.900 € al mes</p></body></html>""",
    ),
    m(
        46,
        "2025-09-10 10:03:11 +0200",
        "Vitalia Salud <vitaliasalud@myworkday.com>",
        "Bienvenida a la comunidad de talento de Vitalia Salud",
        ("alert", VIT, None, None, "workday", "es"),
        """Hola, Lucía:

Te has unido a nuestra comunidad de talento. Te enviaremos ofertas de enfermería y novedades de nuestros hospitales que encajen con tus preferencias.

Puedes actualizar tus preferencias o darte de baja desde tu perfil de candidata.

Equipo de Talento - Vitalia Salud""",
    ),
    m(
        47,
        "2025-09-16 20:00:00 +0200",
        SF_SAN,
        "Tu solicitud no está completa",
        ("alert", SAN, "Enfermero/a Urgencias", None, "other", "es"),
        """Hola Lucía,

Empezaste a postularte para Enfermero/a Urgencias - Hospital Sanaris Torrevieja, pero tu solicitud aún no se ha enviado. Tu progreso se ha guardado: solo tienes que iniciar sesión y completar los pasos que faltan.

Grupo Sanaris - Empleo""",
    ),
    m(
        48,
        "2025-09-15 09:58:40 +0200",
        SF_SAN,
        "Código de verificación de tu cuenta de candidato",
        ("other_job", SAN, None, None, "other", "es"),
        """Tu código de verificación es: 582 913

Introduce este código en el portal de empleo de Grupo Sanaris para confirmar tu dirección de correo. Caduca en 15 minutos.""",
    ),
    m(
        49,
        "2025-11-10 12:00:00 +0100",
        "Mutua Levantina <no-reply@teamtailor.com>",
        "¿Cómo ha sido tu experiencia como candidata?",
        ("other_job", MUT, None, None, "teamtailor", "es"),
        """Hola Lucía,

Hace poco participaste en un proceso de selección con nosotros. ¿Nos ayudas con una encuesta de 2 minutos sobre tu experiencia? Tus respuestas son anónimas.

https://mutualevantina.teamtailor.com/survey/8sk2

¡Gracias!""",
    ),
    m(
        50,
        "2025-11-18 16:40:27 +0100",
        "Patricia Soler <patricia.soler@nexohealth-talent.es>",
        "Oportunidad enfermería - clínica oftalmológica Valencia",
        (
            "outreach",
            "Instituto Oftalmológico Ribera",
            "Enfermero/a quirófano oftalmología",
            None,
            "agency",
            "es",
        ),
        """Hola Lucía,

Soy Patricia, consultora de Nexo Health Talent. He visto tu perfil y creo que podría interesarte una posición de enfermería de quirófano en el Instituto Oftalmológico Ribera (València), horario solo de mañanas y contrato indefinido.

¿Te apetece que lo hablemos esta semana?

Patricia Soler
Senior Consultant - Nexo Health Talent""",
    ),
    m(
        51,
        "2025-10-27 09:31:00 +0100",
        "Sergio Moll | Talentia Sanitaria <sergio.moll@talentiasanitaria.es>",
        "Fuera de la oficina: RE: disponibilidad",
        ("other_job", None, None, None, "agency", "es"),
        """Hola, estoy fuera de la oficina hasta el 29/10 con acceso limitado al correo. Para temas urgentes de selección, escribe a seleccion@talentiasanitaria.es.

Sergio Moll""",
    ),
    m(
        52,
        "2025-12-02 08:00:00 +0100",
        "Jobandtalent <no-reply@jobandtalent.com>",
        "Nuevos trabajos de enfermería cerca de ti",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Lucía, hay 4 trabajos nuevos que encajan contigo:</p><p>Enfermero/a · Residencia Vistamar · Alicante · Empieza ya</p><p>Enfermero/a vacunación · Campaña gripe · Valencia</p></body></html>""",
    ),
    m(
        53,
        "2026-01-08 07:45:00 +0100",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Vitalia Salud busca: Enfermero/a UCI",
        ("alert", VIT, UCI, None, "linkedin", "es"),
        """Enfermero/a UCI
Vitalia Salud · València, Comunidad Valenciana
Solicitud sencilla

Nuevos empleos que coinciden con tus preferencias: https://www.linkedin.com/jobs/view/4219900311/""",
    ),
]

SEN = "Grupo Sénior Mediterráneo"
R26 = "Enfermero/a residencia Alicante"
SVH = "Hospital Sagrada Vida"
R27 = "Enfermero/a Neonatos"
CHG = "Consorci Hospital General Universitari de València"
R29 = "Enfermera/o - bolsa de empleo temporal"

MAIL += [
    m(
        54,
        "2025-12-01 10:00:00 +0100",
        "Comunidad de Madrid <notificaciones@madrid.org>",
        "Relación provisional de aspirantes admitidos y excluidos - Enfermero/a",
        ("confirmation", SER, R2, 2, "other", "es"),
        """Le informamos de que se ha publicado en el BOCM la relación provisional de aspirantes admitidos y excluidos del proceso selectivo de Enfermero/a del Servicio Madrileño de Salud.

Situación: ADMITIDA (turno libre)

Se abre un plazo de diez días hábiles para subsanar defectos o formular reclamaciones.""",
    ),
    m(
        55,
        "2025-11-06 12:40:18 +0100",
        IJ,
        "Hospital Castellana Norte ha leído tu CV",
        ("viewed", CAS, R17, 17, "other", "es"),
        html="""<html><body><p>Hola Lucía,</p><p>La empresa <b>Hospital Castellana Norte</b> ha leído tu CV para la oferta <b>Enfermero/a Urgencias</b>.</p><p>Estado: <b>CV leído</b></p></body></html>""",
    ),
    m(
        56,
        "2025-10-04 09:31:00 +0200",
        "Indeed <indeedapply@indeed.com>",
        "Actualización: tu solicitud ha sido vista",
        ("viewed", CAM, R21, 21, "indeed", "es"),
        html="""<html><body><p>Buenas noticias: <b>Policlínica Campanar</b> ha visto tu solicitud para <b>Enfermero/a extracciones</b>.</p><p>Mientras tanto, sigue buscando empleos similares en Indeed.</p></body></html>""",
    ),
    m(
        57,
        "2025-10-17 09:10:00 +0200",
        "Centro Médico Turia via Indeed <m3kz8qrt7-1xg4@indeedemail.com>",
        "RE: Entrevista - Enfermero/a",
        ("interview", TUR, R12, 12, "indeed", "es"),
        """Perfecto Lucía, nos vemos el lunes a las 18:00 entonces. Pregunta por mí en recepción. Mercedes

> Hola Mercedes, confirmo la entrevista del lunes. Gracias. Lucía""",
    ),
    # --- 26 Grupo Sénior Mediterráneo via Indeed -----------------------------------------------------
    m(
        58,
        "2025-11-12 22:15:30 +0100",
        "Indeed <indeedapply@indeed.com>",
        "Solicitud enviada: Enfermero/a residencia Alicante",
        ("confirmation", SEN, R26, 26, "indeed", "es"),
        html="""<html><body><p><b>Se ha enviado tu solicitud</b></p><p>Enfermero/a residencia Alicante<br>Grupo Sénior Mediterráneo - Alicante</p><p>Puede que la empresa te envíe preguntas de selección.</p></body></html>""",
    ),
    m(
        59,
        "2025-11-14 12:00:00 +0100",
        "Carla Ivars <carla.ivars@seniormediterraneo.es>",
        "Llamada telefónica - residencia Sant Joan",
        ("interview", SEN, R26, 26, "direct", "es"),
        """Hola Lucía, soy Carla, de RRHH de Grupo Sénior Mediterráneo. Me gustaría hacerte una breve entrevista telefónica mañana viernes a las 11:00 para la vacante de la residencia de Sant Joan d'Alacant. ¿Te va bien?

Carla Ivars
Dpto. de Personas · Grupo Sénior Mediterráneo (Sénior Mediterráneo Gestión, S.L.)""",
    ),
    m(
        60,
        "2025-11-25 17:30:44 +0100",
        "Carla Ivars <carla.ivars@seniormediterraneo.es>",
        "Vacante residencia Sant Joan",
        ("rejection", SEN, R26, 26, "direct", "es"),
        """Hola Lucía,

Gracias por tu tiempo la semana pasada. Te escribo para contarte que hemos cubierto la vacante con una enfermera de la zona, con disponibilidad para noches fijas, que era lo que más urgía al centro.

Me ha gustado mucho hablar contigo y, si se abre algo en València, te escribo.

Un saludo,
Carla""",
    ),
    # --- 27 Hospital Sagrada Vida (SuccessFactors) -------------------------------------------------------
    m(
        61,
        "2025-12-03 23:02:11 +0100",
        "Hospital Sagrada Vida - Empleo <noreply@successfactors.eu>",
        "Hemos recibido tu solicitud",
        ("confirmation", SVH, R27, 27, "other", "es"),
        html="""<html><body><p>Hola Lucía Herrero Campos,</p><p>Gracias por aplicar a la oferta <b>Enfermero/a Neonatos</b> (Req. 20518) en Hospital Sagrada Vida, Madrid.</p>
<p>Hemos recibido correctamente tu solicitud. Puedes revisarla en cualquier momento en tu perfil de candidato.</p><p>Fundación Hospitalaria Sagrada Vida</p></body></html>""",
    ),
    m(
        62,
        "2025-12-19 08:40:02 +0100",
        "Hospital Sagrada Vida - Empleo <noreply@successfactors.eu>",
        "Información sobre tu proceso de selección",
        ("rejection", SVH, R27, 27, "other", "es"),
        html="""<html><body><p>Hola Lucía,</p><p>Te agradecemos tu interés en la posición de Enfermero/a Neonatos. Tras revisar tu candidatura, lamentamos informarte de que en esta ocasión no continuarás en el proceso, ya que buscamos experiencia mínima de dos años en unidades neonatales.</p><p>Conservaremos tus datos para futuras oportunidades.</p></body></html>""",
    ),
    # --- 29 Consorci Hospital General ----------------------------------------------------------------
    m(
        63,
        "2025-09-19 11:08:43 +0200",
        "Seleccio CHGUV <seleccio_chguv@gva.es>",
        "Confirmació de sol·licitud / Confirmación de solicitud - Bolsa de empleo temporal Enfermería",
        ("confirmation", CHG, R29, 29, "other", "es"),
        """Benvolguda/Estimada aspirante:

Confirmamos la recepción de su solicitud de inclusión en la bolsa de empleo temporal del Consorci Hospital General Universitari de València, categoría ENFERMERA/O.

Número de expediente: CHG-BET-ENF-2025/1188

La lista provisional de admitidos se publicará en el tablón de anuncios y en la web del Consorci.

Unitat de Selecció""",
    ),
    m(
        64,
        "2025-12-16 13:20:00 +0100",
        "Seleccio CHGUV <seleccio_chguv@gva.es>",
        "Publicación listas provisionales bolsa de empleo temporal Enfermería",
        ("confirmation", CHG, R29, 29, "other", "es"),
        """Estimada aspirante:

Se han publicado las listas provisionales baremadas de la bolsa de empleo temporal de Enfermería. Puntuación provisional: 31,90. Plazo de alegaciones: 10 días hábiles.

Unitat de Selecció - Consorci Hospital General Universitari de València""",
    ),
    m(
        65,
        "2025-10-08 07:30:00 +0200",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Nuevos empleos de Enfermero/a en Comunidad Valenciana",
        ("alert", None, None, None, "linkedin", "es"),
        """Empleos para ti

Enfermero/a Hemodiálisis · Hospital Marítim · Alicante
Enfermero/a UCI · Vitalia Salud · València
Enfermera de empresa · Prevenlevante · Paterna

Ver todos: https://www.linkedin.com/jobs/collections/recommended/""",
    ),
    m(
        66,
        "2025-11-28 11:05:00 +0100",
        "Iñaki Urrutia vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "Enfermera para unidad de diálisis en Bilbao",
        ("outreach", "Nefroclinic Bilbao", "Enfermero/a diálisis", None, "linkedin", "es"),
        """Hola Lucía,

Soy Iñaki, responsable de enfermería de Nefroclinic Bilbao. Estamos ampliando la unidad de diálisis y buscamos enfermeras con ganas de formarse. Ofrecemos contrato indefinido y ayuda para el traslado.

¿Te interesaría hablar?

Iñaki Urrutia""",
    ),
    m(
        67,
        "2025-12-10 18:00:00 +0100",
        "InfoJobs <noreply@infojobs.net>",
        "Completa tu CV y aumenta tus posibilidades",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Lucía, a tu CV le falta información sobre idiomas y disponibilidad. Los CV completos reciben hasta 3 veces más visitas de las empresas.</p></body></html>""",
    ),
    m(
        68,
        "2026-01-16 19:00:00 +0100",
        "Indeed <alert@indeed.com>",
        "Enfermero/a UCI: 6 empleos nuevos en Valencia",
        ("alert", None, None, None, "indeed", "es"),
        html="""<html><body><p>Vitalia Salud · Enfermero/a UCI noches · València</p><p>Hospital Horta Sud · Enfermero/a Críticos · Quart de Poblet</p></body></html>""",
    ),
    m(
        69,
        "2026-01-28 13:00:00 +0100",
        "Nuria Sempere <nuria.sempere@vitaliasalud.es>",
        "Respuesta automática: Hola de nuevo, Lucía - UCI",
        ("other_job", VIT, None, None, "direct", "es"),
        """Estoy de vacaciones hasta el 2 de febrero. Para cualquier tema de Selección, escribid a seleccion@vitaliasalud.es. Gracias.

Nuria Sempere""",
    ),
]
