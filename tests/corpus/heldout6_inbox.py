"""Non-job mail of the sixth held-out corpus (Spanish, Portuguese, English, French, German).

Hand-written; THIS CORPUS MUST NOT BE USED FOR TUNING (see heldout6.py).
"""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

W = "+0100"
LX = "+0100"


def page(*paras: str, foot: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    tail = f"<p style='font-size:11px;color:#999'>{foot}</p>" if foot else ""
    return f"<html><body style='font-family:Helvetica,Arial'>{body}{tail}</body></html>"


ES = ("not_job", "es")
PT = ("not_job", "pt")
EN = ("not_job", "en")
FR = ("not_job", "fr")
DE = ("not_job", "de")
MAMA = "Pilar Reyes <pilar.reyes.m@telefonica.net>"
LUCIA = "Lucía Benavente <luciabenavente@gmail.com>"
JOANA = "Joana Ferraz <joana.ferraz@gmail.com>"

MAIL: list[dict[str, Any]] = [
    m(
        "6201",
        "2025-02-01 10:12",
        "Banco Meridiano <avisos@bancomeridiano.es>",
        "Tu extracto de enero ya está disponible",
        ES,
        html=page(
            "Hola Camila,",
            "Ya puedes consultar el extracto de enero de tu Cuenta Nómina terminada en 4471 en "
            "la app o en la banca online.",
            "Por tu seguridad, nunca te pediremos claves por correo electrónico.",
            foot="Banco Meridiano, S.A. · Inscrito en el Registro del Banco de España n.º 0231",
        ),
        tz=W,
    ),
    m(
        "6202",
        "2025-02-02 19:40",
        MAMA,
        "fotos del cumple de la abuela",
        ES,
        text="""Hija, te mando las fotos del domingo. La abuela estaba feliz con la tarta.
¿Cuándo vienes a Salamanca? Tu padre dice que le arregles el móvil que otra
vez no le salen los whatsapps.

Besos
Mamá
""",
        tz=W,
        attach=[("IMG_2041.jpg", "image/jpeg", "JFIF-fake-image-bytes")],
    ),
    m(
        "6203",
        "2025-02-03 08:30",
        "Luz Ibérica Energía <facturas@luziberica.es>",
        "Tu factura de luz de enero: 61,37 €",
        ES,
        html=page(
            "Hola Camila Duarte,",
            "Ya tienes disponible tu factura del periodo 01/01/2025 - 31/01/2025.",
            "Importe: <b>61,37 €</b> · Se cargará en tu cuenta el 10/02/2025.",
            "Consumo: 212 kWh (un 8 % menos que el mes anterior). ¡Bien hecho!",
        ),
        tz=W,
    ),
    m(
        "6204",
        "2025-02-05 12:01",
        "Inmobiliaria Puerta del Sol Rentals <alquiler@puertasolrentals.es>",
        "Tu solicitud de alquiler - Piso C/ Embajadores 74, 3ºB",
        ES,
        text="""Hola Camila:

Hemos recibido tu solicitud de alquiler para el piso de C/ Embajadores 74, 3ºB
(65 m2, 1.050 €/mes). Para continuar con el estudio necesitamos:

 - Tres últimas nóminas
 - Contrato de trabajo
 - Última declaración de la renta

El propietario valorará las candidaturas recibidas esta semana.

Un saludo,
Patricia - Puerta del Sol Rentals
""",
        tz=W,
    ),
    m(
        "6205",
        "2025-02-06 21:15",
        LUCIA,
        "Re: cena el viernes?",
        ES,
        text="""Siiii, el viernes perfecto! Reservo en el libanés de Lavapiés a las 21:30.
Avisa a Dani si quiere venir.

Por cierto, ¿qué tal lo de buscar curro fuera del hospital? Ya me contarás.

Lu

El jue, 6 feb 2025 a las 20:02, Camila Duarte (<camila.duarte@buzonverde.es>)
escribió:
> ¿Cenamos el viernes? Necesito desconectar de las guardias.
""",
        tz=W,
    ),
    m(
        "6206",
        "2025-02-08 09:00",
        "Movilnet <no-reply@movilnet.es>",
        "Tu factura de febrero",
        ES,
        text="""Hola Camila,

Tu factura de Movilnet del periodo 08/01 - 07/02 ya está disponible: 24,90 €
(Tarifa Fibra 600Mb + Móvil 30GB).

Consulta el detalle en Mi Movilnet.

Movilnet Telecomunicaciones S.L.
""",
        tz=W,
    ),
    m(
        "6207",
        "2025-02-09 17:22",
        "Librería Altamira <pedidos@libreriaaltamira.es>",
        "Confirmación de pedido n.º 118822",
        ES,
        html=page(
            "¡Gracias por tu compra, Camila!",
            "Pedido 118822: <i>Bioestadística para enfermería</i> (1 ud.) - 32,50 €; <i>Manual de "
            "ensayos clínicos para coordinadores</i> (1 ud.) - 41,00 €",
            "Envío: 2-3 días laborables. Total: 73,50 €",
        ),
        tz=W,
    ),
    m(
        "6208",
        "2025-02-11 10:45",
        "Envíos Rápidos Meseta <notificaciones@enviosmeseta.es>",
        "Tu paquete 4471-ALT está en reparto",
        ES,
        text="""Tu paquete de Librería Altamira está en reparto hoy entre las 10:00 y las
14:00. Si no vas a estar en casa, puedes cambiar la entrega a un punto de
recogida: https://enviosmeseta.es/seguimiento/4471ALT
""",
        tz=W,
    ),
    m(
        "6209",
        "2025-02-12 08:00",
        "Colegio Oficial de Enfermería de Madrid <comunicacion@codem-enfermeria.es>",
        "Boletín CODEM - Febrero 2025",
        ES,
        html=page(
            "Boletín informativo de febrero",
            "· Jornada sobre seguridad del paciente en el bloque quirúrgico (27/02)<br>"
            "· Renovación del seguro de responsabilidad civil<br>"
            "· Convocatoria de ayudas a la formación",
            "Recuerda que la cuota colegial del primer trimestre se cargará el 1 de marzo.",
        ),
        tz=W,
    ),
    m(
        "6210",
        "2025-02-14 13:30",
        "Universidad Complutense - Posgrado <posgrado@ucm-masteres.es>",
        "Solicitud de admisión recibida - Máster en Gestión Sanitaria y Datos de Salud",
        ES,
        text="""Estimada Camila Duarte Reyes:

Le confirmamos la recepción de su solicitud de admisión al Máster Universitario
en Gestión Sanitaria y Datos de Salud (curso 2025-26), primer plazo.

La comisión académica resolverá las solicitudes antes del 15 de abril. El
estado de su solicitud podrá consultarse en el portal del estudiante.

Oficina de Posgrado
""",
        tz=W,
    ),
    m(
        "6211",
        "2025-02-15 11:05",
        "Cine Dorado <entradas@cinedorado.es>",
        "Tus entradas: Sala 4, sábado 15/02 22:15",
        ES,
        html=page(
            "Entradas confirmadas", "Película: <b>La sala de espera</b><br>Fila 8, butacas 11-12"
        ),
        tz=W,
    ),
    m(
        "6212",
        "2025-02-17 18:10",
        "Banco Meridiano <hipotecas@bancomeridiano.es>",
        "Tu solicitud de hipoteca: documentación pendiente",
        ES,
        text="""Hola Camila,

Hemos recibido tu solicitud de estudio de hipoteca (importe 180.000 €, plazo
30 años). Para que nuestro equipo de riesgos pueda valorarla, sube la
documentación pendiente en la app:

  - Nóminas de los 3 últimos meses
  - Vida laboral actualizada
  - Nota simple del inmueble

Tu gestor: Raúl Sastre - Oficina 0412 Delicias
""",
        tz=W,
    ),
    m(
        "6213",
        "2025-02-19 09:12",
        "Ferrocarriles Peninsulares <billetes@ferropeninsular.es>",
        "Billete confirmado: Madrid - Salamanca 28/02",
        ES,
        html=page(
            "Localizador: <b>K7QP2M</b>",
            "Ida: vie 28/02/2025 18:35 Madrid Chamartín → 20:12 Salamanca · Coche 5, plaza 8A",
            "Vuelta: dom 02/03/2025 19:00 Salamanca → 20:37 Madrid Chamartín",
            "Importe total: 38,60 €",
        ),
        tz=W,
    ),
    m(
        "6214",
        "2025-02-20 16:44",
        "Tienda Verde Oferta <ofertas@tiendaverde.es>",
        "🌿 Oferta exclusiva para ti, Camila: -30% solo hoy",
        ES,
        html=page(
            "Oferta exclusiva para clientes VIP",
            "Hasta un 30 % de descuento en cosmética natural y suplementos. Solo hasta medianoche.",
            "¡Aplica tu código VERDE30 y no te quedes sin ella!",
            foot="Si no quieres recibir más comunicaciones, date de baja aquí.",
        ),
        tz=W,
    ),
    m(
        "6215",
        "2025-02-22 10:30",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "libros que te debo",
        ES,
        text="""Cami te devuelvo los dos libros de Harari el martes que paso por tu barrio,
vale? Y gracias por la receta del hummus, triunfé.

D.
""",
        tz=W,
    ),
    m(
        "6216",
        "2025-02-24 09:05",
        "Nubealia <billing@nubealia.com>",
        "Receipt for your Nubealia Plus subscription",
        EN,
        text="""Hi Camila,

Thanks for your payment. Here's your receipt.

Nubealia Plus (200 GB) - monthly      2.99 EUR
VAT (21%)                             0.63 EUR
Total                                 3.62 EUR

Card ending 4471 · Receipt #NB-2025-0224-88113
""",
        tz=W,
    ),
    m(
        "6217",
        "2025-02-26 20:50",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Beatriz Aranda on her new job",
        EN,
        html=page(
            "Beatriz Aranda started a new position as Supervisora de Enfermería at Hospital San "
            "Lázaro Getafe.",
            "<a href='https://www.linkedin.com/feed/'>Say congrats</a>",
            foot="You are receiving notification emails. Unsubscribe. © 2025 LinkedIn Corporation",
        ),
        tz=W,
    ),
    m(
        "6218",
        "2025-03-01 08:20",
        "Banco Meridiano <avisos@bancomeridiano.es>",
        "Movimiento en tu tarjeta: 73,50 € en LIBRERIA ALTAMIRA",
        ES,
        text="""Se ha realizado un cargo de 73,50 € con tu tarjeta terminada en 4471 en
LIBRERIA ALTAMIRA el 09/02. Si no reconoces esta operación, llámanos al 91 700
00 00.
""",
        tz=W,
    ),
    m(
        "6219",
        "2025-03-03 12:00",
        "Maratón Popular de Madrid <voluntariado@maratonmadridpopular.es>",
        "Hemos recibido tu solicitud como voluntaria",
        ES,
        html=page(
            "¡Gracias, Camila!",
            "Hemos recibido tu solicitud para formar parte del equipo de voluntariado del "
            "Maratón Popular de Madrid (27 de abril). Has indicado preferencia por el "
            "<b>puesto sanitario de avituallamiento km 30</b>.",
            "Te confirmaremos la asignación de puesto y el horario a mediados de abril.",
        ),
        tz=W,
    ),
    m(
        "6220",
        "2025-03-05 07:55",
        "Comunidad de Propietarios Embajadores 71 <admin@fincasdelsur-admin.es>",
        "Convocatoria Junta Ordinaria 20 de marzo",
        ES,
        text="""Se convoca a los propietarios y, en su caso, arrendatarios a la Junta
Ordinaria que se celebrará el 20 de marzo a las 19:30 en primera convocatoria
en el portal. Orden del día: aprobación de cuentas, derrama de ascensor,
ruegos y preguntas.

Administración de Fincas del Sur
""",
        tz=W,
    ),
    m(
        "6221",
        "2025-03-07 14:15",
        "Clínica Dental Ortiz <citas@dentalortiz.es>",
        "Recordatorio de cita: lunes 10 de marzo 17:30",
        ES,
        text="""Hola Camila, te recordamos tu cita de revisión e higiene el lunes 10 de
marzo a las 17:30 con la Dra. Ortiz. Responde CANCELAR si no puedes acudir.
""",
        tz=W,
    ),
    m(
        "6222",
        "2025-03-08 11:40",
        JOANA,
        "Lisboa!!",
        PT,
        text="""Amiga!! Então, é verdade que estás a pensar vir para Lisboa? Se vieres,
tens sofá cá em casa o tempo que precisares. E o Tiago conhece uma senhora
que aluga T1 em Arroios a bom preço.

Beijinhos,
Joana
""",
        tz="+0000",
    ),
    m(
        "6223",
        "2025-03-10 09:30",
        "Podcast Cuidar en Voz Alta <hola@cuidarenvozalta.es>",
        "Propuesta de entrevista para el podcast",
        ES,
        text="""Hola Camila:

Somos el equipo de "Cuidar en voz alta", un podcast sobre enfermería y
sistema sanitario. Nos encantaría hacerte una entrevista sobre tu paso del
quirófano a la gestión de datos clínicos (unos 40 minutos, por videollamada).

¿Te vendría bien alguna tarde de finales de marzo?

Un abrazo,
Marina y Toni - Cuidar en voz alta
""",
        tz=W,
    ),
    m(
        "6224",
        "2025-03-11 18:00",
        "Fundación Datos y Salud <eventos@datosysalud.org>",
        "Invitación: Webinar «FHIR para no programadores» - 20 de marzo",
        ES,
        text="""Hola Camila:

Te invitamos al webinar gratuito «FHIR para no programadores: interoperabilidad
en el hospital» el jueves 20 de marzo de 18:00 a 19:00. Adjuntamos la
invitación para tu calendario.

Fundación Datos y Salud
""",
        tz=W,
        ics={
            "start": "2025-03-20 18:00:00 +0100",
            "organizer": ("Fundación Datos y Salud", "eventos@datosysalud.org"),
            "uid": "webinar-fhir-20250320@datosysalud.org",
            "summary": "Webinar: FHIR para no programadores",
            "location": "https://zoom.us/j/8823001177",
        },
    ),
    m(
        "6225",
        "2025-03-12 10:10",
        "Tarjeta Cordial <solicitudes@tarjetacordial.es>",
        "Tu solicitud de Tarjeta Cordial Oro está en estudio",
        ES,
        html=page(
            "Hola Camila:",
            "Hemos recibido tu solicitud de la Tarjeta Cordial Oro (límite solicitado: 3.000 "
            "€). En un plazo máximo de 48 horas te comunicaremos la respuesta.",
            "Número de solicitud: TC-88127431",
        ),
        tz=W,
    ),
    m(
        "6226",
        "2025-03-13 09:45",
        "Tarjeta Cordial <solicitudes@tarjetacordial.es>",
        "Respuesta a tu solicitud TC-88127431",
        ES,
        html=page(
            "Hola Camila:",
            "Lamentablemente, en este momento no podemos aprobar tu solicitud de Tarjeta Cordial "
            "Oro. Esta decisión se basa en nuestros criterios internos de riesgo.",
            "Podrás volver a solicitarla dentro de 6 meses.",
        ),
        tz=W,
    ),
    m(
        "6227",
        "2025-03-14 20:05",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "RE: Re: libros que te debo",
        ES,
        text="""jajaja vale, el jueves entonces. Te los dejo al portero si no estás.

________________________________
De: Camila Duarte <camila.duarte@buzonverde.es>
Enviado: viernes, 14 de marzo de 2025 19:58
Para: Dani Ortega <dani.ortega.m@hotmail.com>
Asunto: Re: libros que te debo

¿Al final el martes no? Me quedé esperando 😂
""",
        tz=W,
        headers=reply("6215", "Dani Ortega <dani.ortega.m@hotmail.com>"),
    ),
    m(
        "6228",
        "2025-03-17 08:15",
        "Gimnasio Pulso <socios@gimnasiopulso.es>",
        "Tu cuota de marzo",
        ES,
        text="""Hola Camila, hemos girado tu cuota mensual de marzo (34,90 €). Recuerda que
en Semana Santa el centro abrirá de 9 a 14h.

Gimnasio Pulso Lavapiés
""",
        tz=W,
    ),
    m(
        "6229",
        "2025-03-19 12:20",
        "Sede Extranjería <citaprevia@extranjeria-citas.es>",
        "Cita previa confirmada - Toma de huellas (TIE)",
        ES,
        text="""CITA PREVIA - OFICINA DE EXTRANJERÍA

Trámite: POLICÍA - TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA) Y RENOVACIÓN DE
TARJETA DE LARGA DURACIÓN
Interesado: CAMILA DUARTE REYES
Fecha y hora: 02/04/2025 10:24
Oficina: Comisaría de Aluche, Av. de los Poblados s/n

Deberá presentar: pasaporte, resguardo de solicitud, fotografía reciente y
tasa modelo 790-012 abonada.

Código de cita: 8F2K1Q
""",
        tz=W,
    ),
    m(
        "6230",
        "2025-03-20 21:00",
        LUCIA,
        "el curro!!",
        ES,
        text="""Tía, ¿te han llamado ya de la clínica esa del quirófano? Yo creo que tienes
que pedir más pasta, que te conozco. Mañana me cuentas.

Enviado desde mi iPhone
""",
        tz=W,
    ),
    m(
        "6231",
        "2025-03-22 10:00",
        "The Clinical Data Digest <digest@clinicaldatadigest.com>",
        "This week: an interview with a CDISC pioneer, and why EDC migrations fail",
        EN,
        html=page(
            "The Clinical Data Digest · Issue 112",
            "<b>Interview:</b> we sat down with Dr. Hana Kowalczyk to talk about twenty years of "
            "data standards and what comes next.",
            "<b>Deep dive:</b> why EDC migrations fail (and how to make yours boring).",
            "<b>Jobs board:</b> our sponsors are hiring - see the list at the end.",
            foot="You subscribed at clinicaldatadigest.com. Unsubscribe.",
        ),
        tz=W,
    ),
    m(
        "6232",
        "2025-03-24 15:30",
        "Hospital Ribera Norte - Nómina <nominas@riberanorte-salud.es>",
        "Recibo de salarios marzo 2025",
        ES,
        text="""Le adjuntamos su recibo de salarios correspondiente a marzo de 2025.
La contraseña del documento es su DNI sin letra.

Administración de Personal
""",
        tz=W,
        attach=[("Nomina_202503.pdf", "application/pdf", "%PDF-1.4 nomina marzo")],
    ),
    m(
        "6233",
        "2025-03-26 10:15",
        "Universidad Complutense - Posgrado <posgrado@ucm-masteres.es>",
        "Resolución de admisión - Máster en Gestión Sanitaria y Datos de Salud",
        ES,
        text="""Estimada Camila Duarte Reyes:

Nos complace comunicarle que ha sido ADMITIDA en el Máster Universitario en
Gestión Sanitaria y Datos de Salud (curso 2025-26). Dispone de 10 días para
formalizar la reserva de plaza mediante el abono de 300 €.

Oficina de Posgrado
""",
        tz=W,
    ),
    m(
        "6234",
        "2025-03-28 19:20",
        MAMA,
        "Re: Semana Santa",
        ES,
        text="""Pues si no tienes guardia vente el jueves santo y te quedas hasta el domingo.
Tu hermano viene el viernes con los niños.

Y lo de Lisboa... ya hablaremos. Tu padre está medio disgustado pero se le
pasará.

Besos, mamá

El 28/03/2025, a las 14:12, Camila Duarte <camila.duarte@buzonverde.es> escribió:
> Mamá, ¿qué hacemos en Semana Santa? Yo creo que libro del 17 al 20.
""",
        tz=W,
    ),
]
MAIL += [
    m(
        "6235",
        "2025-04-01 08:30",
        "Luz Ibérica Energía <facturas@luziberica.es>",
        "Tu factura de luz de marzo: 54,12 €",
        ES,
        html=page(
            "Hola Camila Duarte,",
            "Factura del periodo 01/03/2025 - 31/03/2025: <b>54,12 €</b>.",
            "Recuerda que puedes pasarte a factura electrónica y ahorrar papel.",
        ),
    ),
    m(
        "6236",
        "2025-04-02 11:50",
        "Ayuntamiento de Madrid - Multas <no-reply@multas-madrid-notifica.es>",
        "Notificación electrónica disponible",
        ES,
        text="""Tiene una notificación electrónica disponible en la Carpeta Ciudadana
(expediente 2025/SNC/118821 - estacionamiento SER). Dispone de 10 días
naturales para acceder a su contenido.
""",
    ),
    m(
        "6237",
        "2025-04-03 17:05",
        "Envíos Rápidos Meseta <notificaciones@enviosmeseta.es>",
        "Entregado: tu pedido de Calzados Ribera",
        ES,
        text="""Tu paquete 5530-CRB ha sido entregado en el buzón inteligente de
C/ Embajadores 71 a las 16:58. ¡Gracias por confiar en nosotros!
""",
    ),
    m(
        "6238",
        "2025-04-04 09:00",
        "Maratón Popular de Madrid <voluntariado@maratonmadridpopular.es>",
        "Asignación de puesto - Voluntariado Maratón 27/04",
        ES,
        text="""Hola Camila:

¡Ya tienes puesto! Estarás en el PUESTO SANITARIO km 30 (Casa de Campo) de
8:30 a 13:30. La recogida de la camiseta y la acreditación será el sábado 26
en IFEMA, pabellón 14, de 10:00 a 20:00.

Gracias por tu solicitud y por sumarte,
Equipo de Voluntariado
""",
    ),
    m(
        "6239",
        "2025-04-05 12:30",
        "Hospital Ribera Norte - Prevención <prevencion@riberanorte-salud.es>",
        "Cita para reconocimiento médico anual",
        ES,
        text="""Estimada trabajadora:

Le citamos para el reconocimiento médico anual de vigilancia de la salud el
día 15 de abril a las 8:15 en el Servicio de Prevención (edificio C, planta 0).
Acuda en ayunas para la analítica.

Servicio de Prevención de Riesgos Laborales
""",
    ),
    m(
        "6240",
        "2025-04-07 20:44",
        JOANA,
        "Re: Lisboa!!",
        PT,
        text="""Que bom!!! Então vens em junho ver casas? Marca já os voos, a TAP tem
promoções esta semana. Eu vou contigo às visitas, que os senhorios aqui são
uma aventura.

Beijos
J.

No dia 7/04/2025, às 19:03, Camila Duarte escreveu:
> Joana, parece que vai mesmo! Ainda não é certo mas estou a fazer
> entrevistas em Lisboa. Preciso de ajuda para procurar casa.
""",
        tz=LX,
        headers=reply("6222", JOANA),
    ),
    m(
        "6241",
        "2025-04-08 10:40",
        "Cuidar en Voz Alta <hola@cuidarenvozalta.es>",
        "Re: Propuesta de entrevista para el podcast",
        ES,
        text="""¡Genial, Camila! Entonces grabamos la entrevista el martes 22 a las 18:30.
Te mandamos el enlace de Riverside el mismo día. No hace falta preparar nada,
será una charla.

Marina
""",
        headers=reply("6223", "Podcast Cuidar en Voz Alta <hola@cuidarenvozalta.es>"),
    ),
    m(
        "6242",
        "2025-04-09 07:15",
        "Nubealia <billing@nubealia.com>",
        "Your storage is almost full",
        EN,
        text="""You've used 190 GB of your 200 GB. Upgrade to Nubealia Premium (2 TB) to
keep backing up your photos. Limited-time offer: 3 months for 0.99 EUR.
""",
    ),
    m(
        "6243",
        "2025-04-10 18:30",
        "Fundación Datos y Salud <eventos@datosysalud.org>",
        "Grabación y materiales del webinar FHIR",
        ES,
        html=page(
            "Gracias por asistir, Camila.",
            "Aquí tienes la grabación y la presentación del webinar «FHIR para no "
            "programadores». Rellena la encuesta y recibirás tu certificado de asistencia.",
        ),
    ),
    m(
        "6244",
        "2025-04-11 21:10",
        "AirLusa <booking@airlusa-reservas.com>",
        "Booking confirmation MAD-LIS · Ref. 7XKQ2P",
        EN,
        html=page(
            "Your booking is confirmed!",
            "Madrid (MAD) → Lisbon (LIS) · Sun 18 May 2025 · 09:40 - 10:05 · Flight AL 1023",
            "Lisbon (LIS) → Madrid (MAD) · Tue 20 May 2025 · 19:55 - 22:15 · Flight AL 1030",
            "Passenger: Camila Duarte Reyes · Total paid: 142.80 EUR",
        ),
    ),
    m(
        "6245",
        "2025-04-14 09:25",
        "Seguros Atalaya <clientes@segurosatalaya.es>",
        "Solicitud de seguro de hogar - presupuesto",
        ES,
        text="""Estimada Camila:

Gracias por solicitar presupuesto para su seguro de hogar (continente y
contenido) en C/ Embajadores 71. La prima anual estimada es de 178,40 €.
Puede contratarlo online antes del 30/04 con un 10 % de descuento.

Seguros Atalaya
""",
    ),
    m(
        "6246",
        "2025-04-16 13:00",
        "Centro de Salud Embajadores <citas@saludmadrid-citaprevia.es>",
        "Cita confirmada: Medicina de Familia 23/04 09:40",
        ES,
        text="""Su cita ha quedado registrada.

Centro de Salud Embajadores - Consulta 12 - Dra. Gómez Arriaga
Miércoles 23 de abril de 2025, 09:40

Si no puede acudir, anúlela para que otra persona pueda usarla.
""",
        ics={
            "start": "2025-04-23 09:40:00 +0200",
            "minutes": 10,
            "organizer": ("Centro de Salud Embajadores", "citas@saludmadrid-citaprevia.es"),
            "uid": "cita-mf-20250423-0940@saludmadrid-citaprevia.es",
            "summary": "Cita Medicina de Familia - Dra. Gómez Arriaga",
            "location": "Centro de Salud Embajadores, consulta 12",
        },
    ),
    m(
        "6247",
        "2025-04-18 11:11",
        "Calzados Ribera <hola@calzadosribera.es>",
        "Oferta exclusiva: tus zuecos sanitarios al 2x1",
        ES,
        html=page(
            "Camila, esta oferta es solo para ti",
            "Zuecos sanitarios antideslizantes al 2x1 para profesionales de la salud. Entrevista "
            "a nuestra diseñadora en el blog: «cómo diseñamos el zueco perfecto».",
            "Compra ahora",
            foot="Calzados Ribera S.L. · Darse de baja",
        ),
    ),
    m(
        "6248",
        "2025-04-21 19:40",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "fotos maratón",
        ES,
        text="""Al final no corro, me he lesionado el gemelo 🙄 Pero iré a animar al km 30
y así te veo en el puesto de voluntaria. ¿Necesitáis algo, gominolas?

D.
""",
    ),
    m(
        "6249",
        "2025-04-24 08:00",
        "Banco Meridiano <hipotecas@bancomeridiano.es>",
        "Tu solicitud de hipoteca ha sido archivada",
        ES,
        text="""Hola Camila,

Como no hemos recibido la documentación solicitada en el plazo de 60 días,
hemos archivado tu solicitud de hipoteca. Si quieres retomarla, puedes
iniciar una nueva solicitud desde la app en cualquier momento.

Banco Meridiano
""",
    ),
    m(
        "6250",
        "2025-04-28 10:30",
        "Maratón Popular de Madrid <voluntariado@maratonmadridpopular.es>",
        "¡Gracias, voluntaria!",
        ES,
        html=page(
            "¡GRACIAS!",
            "Más de 1.200 personas voluntarias hicieron posible el Maratón Popular de Madrid. "
            "Descarga aquí tu certificado de voluntariado.",
        ),
    ),
    m(
        "6251",
        "2025-05-02 09:15",
        "Movilnet <no-reply@movilnet.es>",
        "Camila, ¿te vas de viaje? Activa roaming gratis en la UE",
        ES,
        text="""Recuerda que con tu tarifa puedes usar tus datos en la UE sin coste
adicional hasta 18 GB. ¡Buen viaje!
""",
    ),
    m(
        "6252",
        "2025-05-06 13:22",
        "Casas do Bairro Imobiliária <arrendamento@casasdobairro.pt>",
        "Candidatura ao arrendamento - T1 Rua Morais Soares 88",
        PT,
        text="""Olá Camila,

Recebemos a sua candidatura ao arrendamento do T1 na Rua Morais Soares 88,
2.º Esq. (Arroios), renda 1.150 EUR. Para avançarmos, precisamos de:

 - Declaração de IRS ou contrato de trabalho
 - Comprovativo dos últimos 3 recibos de vencimento
 - Fiador ou caução de 3 meses

A visita está marcada para 19 de maio às 18h30.

Cumprimentos,
Rita Sobral - Casas do Bairro
""",
        tz=LX,
    ),
    m(
        "6253",
        "2025-05-08 18:45",
        LUCIA,
        "te echaremos de menos",
        ES,
        text="""Me ha dicho Dani que lo de Lisboa va en serio. No me lo creo, ¡pero qué
ilusión! Hacemos fiesta de despedida, no acepto un no.

Lu
""",
    ),
    m(
        "6254",
        "2025-05-12 10:20",
        "Alojamentos Miradouro <reservas@alojamentosmiradouro.pt>",
        "Reserva confirmada - 18 a 20 de maio",
        PT,
        html=page(
            "Olá Camila,",
            "A sua reserva no Alojamentos Miradouro (Graça, Lisboa) está confirmada: 2 noites, "
            "quarto duplo com vista, check-in a partir das 15h.",
            "Total: 168 EUR (pago). Até breve!",
        ),
        tz=LX,
    ),
    m(
        "6255",
        "2025-05-14 08:05",
        "The Clinical Data Digest <digest@clinicaldatadigest.com>",
        "Issue 119: RWD in Europe, and the interview questions every CDM should ask",
        EN,
        html=page(
            "The Clinical Data Digest · Issue 119",
            "Real-world data under the EHDS: what changes in 2025.",
            "Career corner: the questions to ask at the end of your interview.",
            foot="Unsubscribe · Manage preferences",
        ),
    ),
    m(
        "6256",
        "2025-05-16 16:16",
        "Crédito Rápido Solar <info@creditosolar-prestamos.es>",
        "Tu préstamo preaprobado de 6.000 € te espera",
        ES,
        html=page(
            "Camila, tienes un préstamo PREAPROBADO",
            "Hasta 6.000 € en 24 horas, sin papeleos. Completa tu solicitud en 3 minutos.",
            "TAE desde 8,9 %. Oferta sujeta a estudio.",
            foot="Publicidad. Darse de baja.",
        ),
    ),
    m(
        "6257",
        "2025-05-20 22:30",
        "Casas do Bairro Imobiliária <arrendamento@casasdobairro.pt>",
        "Re: Candidatura ao arrendamento - T1 Rua Morais Soares 88",
        PT,
        text="""Cara Camila,

Obrigada pela visita de ontem. Lamentamos informar que o proprietário
escolheu outro candidato para o T1 da Rua Morais Soares. Temos outro T1 em
Anjos que pode interessar - quer que envie fotos?

Rita Sobral
""",
        tz=LX,
        headers=reply("6252", "Casas do Bairro Imobiliária <arrendamento@casasdobairro.pt>"),
    ),
    m(
        "6258",
        "2025-05-23 09:40",
        "AirLusa <booking@airlusa-reservas.com>",
        "How was your flight to Lisbon?",
        EN,
        text="""Hi Camila, tell us about your trip on AL 1023 and win 5,000 miles. The
survey takes 2 minutes.
""",
    ),
    m(
        "6259",
        "2025-05-26 12:00",
        "Universidad Complutense - Posgrado <posgrado@ucm-masteres.es>",
        "Recordatorio: reserva de plaza pendiente",
        ES,
        text="""Estimada Camila:

Le recordamos que su plaza en el Máster en Gestión Sanitaria y Datos de Salud
quedará liberada si no abona la reserva antes del 31 de mayo.

Oficina de Posgrado
""",
    ),
    m(
        "6260",
        "2025-05-28 20:00",
        "Pilar Reyes <pilar.reyes.m@telefonica.net>",
        "RE: noticias",
        ES,
        text="""Bueno hija, si es lo que quieres, adelante. Tu padre dice que en Lisboa se
come muy bien el bacalao, así que ya tiene excusa para ir a verte 😊

Cuéntanos cuando sepas algo.

Mamá
""",
    ),
    m(
        "6261",
        "2025-06-01 08:30",
        "Luz Ibérica Energía <facturas@luziberica.es>",
        "Tu factura de luz de mayo: 47,80 €",
        ES,
        html=page("Hola Camila Duarte,", "Factura del periodo de mayo: <b>47,80 €</b>."),
    ),
    m(
        "6262",
        "2025-06-03 11:45",
        "Lisboa Arrenda <contacto@lisboa-arrenda.pt>",
        "A sua candidatura ao T1 em Campo de Ourique foi pré-aprovada",
        PT,
        text="""Olá Camila Duarte,

Boas notícias: a sua candidatura ao arrendamento do T1 na Rua Ferreira Borges
41 (Campo de Ourique) foi pré-aprovada pelo senhorio. Para reservar, é
necessário assinar o contrato-promessa e pagar a caução (2 rendas).

Envie-nos o contrato de trabalho assim que o tiver.

Lisboa Arrenda
""",
        tz=LX,
    ),
    m(
        "6263",
        "2025-06-05 19:00",
        "Ordem dos Enfermeiros <inscricoes@ordemenfermeiros-inscricao.pt>",
        "Pedido de inscrição - reconhecimento de qualificações",
        PT,
        text="""Exma. Senhora Camila Duarte Reyes,

Acusamos a receção do seu pedido de inscrição na Ordem com base em
qualificação obtida noutro Estado-Membro (Diretiva 2005/36/CE). O processo
n.º 2025/EM/0734 encontra-se em análise. O prazo de decisão é de 3 meses.

Secção Regional do Sul
""",
        tz=LX,
    ),
    m(
        "6264",
        "2025-06-07 10:05",
        "Vitrine Moda <newsletter@vitrinemoda.com>",
        "Summer sale: up to 50% off",
        EN,
        html=page(
            "SUMMER SALE",
            "Dresses, sandals and linen shirts up to 50% off. Apply code SUN50 at checkout.",
            foot="Unsubscribe",
        ),
    ),
    m(
        "6265",
        "2025-06-09 14:30",
        "Marché Santé Magazine <redaction@marchesante-mag.fr>",
        "Interview exclusive : la directrice de l'AP-Sud sur l'hôpital de demain",
        FR,
        html=page(
            "La lettre de Marché Santé · juin 2025",
            "Interview exclusive : « L'hôpital de demain sera piloté par la donnée ».",
            "Dossier : la pénurie d'infirmières en Europe, quelles solutions ?",
            foot="Se désabonner",
        ),
    ),
    m(
        "6266",
        "2025-06-12 18:20",
        LUCIA,
        "Despedida sábado 28",
        ES,
        text="""Hola a todos!! (Cami en copia, que es la homenajeada)

Sábado 28 de junio, 21:00, terraza de El Patio de Lavapiés. Bote: 25 € por
cabeza, incluye regalo. Confirmadme antes del miércoles.

Lu
""",
        cc="Dani Ortega <dani.ortega.m@hotmail.com>",
    ),
]
MAIL += [
    m(
        "6267",
        "2025-06-14 09:10",
        "Mudanzas Trasatlántica Ibérica <presupuestos@mudanzastrasiberica.es>",
        "Presupuesto de mudanza Madrid - Lisboa",
        ES,
        text="""Estimada Camila:

Según la visita virtual de ayer, le enviamos presupuesto para la mudanza de
C/ Embajadores 71, 4ºA (Madrid) a Rua Ferreira Borges 41 (Lisboa):

  Volumen estimado: 14 m3 (grupaje)
  Embalaje de menaje y desmontaje de muebles incluidos
  Fecha de carga: 22-23 de agosto · Entrega: 26-28 de agosto
  Importe: 1.980 € + IVA

Validez de la oferta: 15 días.

Mudanzas Trasatlántica Ibérica
""",
    ),
    m(
        "6268",
        "2025-06-16 12:00",
        "Nubealia <billing@nubealia.com>",
        "Your Nubealia receipt (June)",
        EN,
        text="""Payment received: 3.62 EUR for Nubealia Plus (200 GB).
Receipt #NB-2025-0624-31190. Thanks for being with us.
""",
    ),
    m(
        "6269",
        "2025-06-19 17:40",
        "Inmobiliaria Puerta del Sol Rentals <alquiler@puertasolrentals.es>",
        "Preaviso de fin de contrato recibido",
        ES,
        text="""Hola Camila,

Confirmamos la recepción de tu preaviso de resolución del contrato de
arrendamiento de C/ Embajadores 71, 4ºA, con fecha de entrega de llaves el 31
de agosto de 2025. Concertaremos la revisión del piso para la devolución de la
fianza.

Un saludo,
Patricia
""",
    ),
    m(
        "6270",
        "2025-06-20 08:45",
        "Lisboa Arrenda <contacto@lisboa-arrenda.pt>",
        "Contrato de arrendamento para assinatura",
        PT,
        html=page(
            "Olá Camila,",
            "Enviamos em anexo o contrato de arrendamento do T1 na Rua Ferreira Borges 41, com "
            "início a 1 de setembro de 2025. Por favor assine e devolva até 27 de junho.",
            "Renda: 1.200 EUR · Caução: 2.400 EUR",
        ),
        tz=LX,
        attach=[("Contrato_Arrendamento_FB41.pdf", "application/pdf", "%PDF-1.4 contrato")],
    ),
    m(
        "6271",
        "2025-06-23 21:05",
        JOANA,
        "Re: consegui!",
        PT,
        text="""AAAAAH parabéns!!! Enfermeira gestora, que chique 🎉 Vamos jantar quando
vieres. E Campo de Ourique é o melhor bairro, vais adorar o mercado.

Beijinhos
Joana

Enviado do meu iPhone
""",
        tz=LX,
    ),
    m(
        "6272",
        "2025-06-25 10:30",
        "Banco Meridiano <avisos@bancomeridiano.es>",
        "Transferencia internacional realizada",
        ES,
        text="""Has realizado una transferencia SEPA de 2.400,00 € a LISBOA ARRENDA LDA
(PT50 0033 ****). Concepto: Caução FB41. Fecha valor: 25/06/2025.
""",
    ),
    m(
        "6273",
        "2025-06-27 13:13",
        "Cuidar en Voz Alta <hola@cuidarenvozalta.es>",
        "¡Ya está publicado tu episodio!",
        ES,
        html=page(
            "¡Hola Camila!",
            "Ya puedes escuchar el episodio 47: «Del quirófano a los datos», con tu entrevista. "
            "Muchas gracias por compartir tu historia.",
            "Compártelo en redes, nos ayuda muchísimo.",
        ),
    ),
    m(
        "6274",
        "2025-06-30 09:00",
        "Universidad Complutense - Posgrado <posgrado@ucm-masteres.es>",
        "Baja en el proceso de admisión",
        ES,
        text="""Estimada Camila:

Atendiendo a su solicitud, le confirmamos la renuncia a la plaza en el Máster
en Gestión Sanitaria y Datos de Salud. Le deseamos lo mejor en su nueva etapa.

Oficina de Posgrado
""",
    ),
    m(
        "6275",
        "2025-07-02 19:30",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "gracias por la noche del sábado",
        ES,
        text="""Fue una despedida épica. Te paso el vídeo del karaoke por whatsapp, que
aquí no cabe jajaja. Te vamos a echar mucho de menos, enfermera.

D.
""",
    ),
    m(
        "6276",
        "2025-07-04 11:20",
        "AIMA Agendamentos <agendamentos@aima-marcacoes.pt>",
        "Confirmação de agendamento - Certificado de Registo de Cidadão da UE",
        PT,
        text="""Exma. Senhora Camila Duarte Reyes,

Confirmamos o seu agendamento para emissão do Certificado de Registo de
Cidadão da União Europeia:

Data: 2 de setembro de 2025, 14h20
Local: Junta de Freguesia de Campo de Ourique, Rua Tomás da Anunciação 1

Documentos: cartão de cidadão/passaporte, comprovativo de morada, declaração
da entidade empregadora.
""",
        tz=LX,
    ),
    m(
        "6277",
        "2025-07-07 08:40",
        "Finanças Portal <no-reply@portaldasfinancas-notifica.pt>",
        "Atribuição de NIF - pedido concluído",
        PT,
        text="""O pedido de atribuição de Número de Identificação Fiscal foi concluído.
NIF: 2** *** *61. Pode consultar o documento na sua área reservada.
""",
        tz=LX,
    ),
    m(
        "6278",
        "2025-07-09 15:50",
        "Mudanzas Trasatlántica Ibérica <presupuestos@mudanzastrasiberica.es>",
        "Confirmación de reserva - mudanza 22/08",
        ES,
        text="""Estimada Camila:

Hemos recibido el 30 % de señal (712,80 €). Su mudanza queda reservada para el
22 de agosto a las 8:00. Le enviaremos las cajas y el material de embalaje el
18 de agosto.

Departamento de Operaciones
""",
    ),
    m(
        "6279",
        "2025-07-11 10:00",
        "Vitrine Moda <newsletter@vitrinemoda.com>",
        "Last chance: extra 20% on sale items",
        EN,
        html=page("Final weekend", "Extra 20% off already reduced items.", foot="Unsubscribe"),
    ),
    m(
        "6280",
        "2025-07-13 18:00",
        "Pilar Reyes <pilar.reyes.m@telefonica.net>",
        "recetas",
        ES,
        text="""Te copio la receta de las lentejas de la abuela para que no te mueras de
hambre en Portugal:

- 300 g lentejas pardinas, chorizo, un trozo de panceta
- zanahoria, pimiento verde, media cebolla, dos dientes de ajo
- pimentón de la Vera y una hoja de laurel

Lo demás ya lo sabes. Besos
""",
    ),
    m(
        "6281",
        "2025-07-15 12:40",
        "Operadora Lusa Telecom <boasvindas@lusatelecom.pt>",
        "Bem-vinda à Lusa Telecom! Instalação agendada",
        PT,
        html=page(
            "Olá Camila,",
            "Obrigado por aderir ao pacote Fibra 500 + Móvel. A instalação está agendada para "
            "2 de setembro, entre as 9h e as 13h, na Rua Ferreira Borges 41.",
            "Mensalidade: 34,99 EUR (24 meses de fidelização).",
        ),
        tz=LX,
    ),
    m(
        "6282",
        "2025-07-18 09:30",
        "The Clinical Data Digest <digest@clinicaldatadigest.com>",
        "Issue 128: the summer reading list",
        EN,
        html=page(
            "Issue 128",
            "Ten books and papers for your summer: from data governance to patient safety.",
            foot="Unsubscribe",
        ),
    ),
    m(
        "6283",
        "2025-07-20 20:20",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Camila, congratulate Inés Calatayud on 5 years at Enlace Sanitario",
        EN,
        html=page(
            "Inés Calatayud is celebrating a work anniversary.",
            "Senior Consultant at Enlace Sanitario · 5 years",
            "<a href='https://www.linkedin.com/feed/'>Congratulate Inés</a>",
            foot="© 2025 LinkedIn Corporation",
        ),
    ),
    m(
        "6284",
        "2025-07-22 11:00",
        "Banco Atlântida <boasvindas@bancoatlantida.pt>",
        "A sua conta foi aberta",
        PT,
        text="""Cara Camila Duarte Reyes,

A sua conta à ordem no Banco Atlântida foi aberta com sucesso. O cartão de
débito será enviado para a morada indicada no prazo de 5 dias úteis.

IBAN: PT50 0019 **** **** **** 8817 1

Banco Atlântida
""",
        tz=LX,
    ),
    m(
        "6285",
        "2025-07-24 14:14",
        "Banco Atlântida <cartoes@bancoatlantida.pt>",
        "Pedido de cartão de crédito - em análise",
        PT,
        text="""Recebemos o seu pedido de cartão de crédito Atlântida Classic. A decisão
será comunicada em até 5 dias úteis. Obrigado pela preferência.
""",
        tz=LX,
    ),
    m(
        "6286",
        "2025-07-26 10:30",
        "Gimnasio Pulso <socios@gimnasiopulso.es>",
        "Baja tramitada",
        ES,
        text="""Hola Camila, te confirmamos la baja de tu abono a partir del 31 de agosto.
¡Te echaremos de menos en spinning!
""",
    ),
    m(
        "6287",
        "2025-07-29 16:00",
        "Movilnet <no-reply@movilnet.es>",
        "Portabilidad: lamentamos que te vayas",
        ES,
        text="""Hemos recibido la solicitud de baja de tu línea de fibra con fecha 31/08.
Recuerda devolver el router en cualquier oficina de correos con la etiqueta
adjunta.
""",
    ),
    m(
        "6288",
        "2025-08-01 08:30",
        "Luz Ibérica Energía <facturas@luziberica.es>",
        "Tu factura de luz de julio: 69,20 €",
        ES,
        html=page(
            "Hola Camila Duarte,", "Factura de julio: <b>69,20 €</b> (aire acondicionado 🥵)."
        ),
    ),
    m(
        "6289",
        "2025-08-04 19:05",
        "Frau Weber Sprachschule <kurse@weber-sprachschule.de>",
        "Ihre Anmeldung zum Online-Kurs Deutsch B2",
        DE,
        text="""Liebe Frau Duarte,

vielen Dank für Ihre Anmeldung zum Online-Intensivkurs Deutsch B2 (September,
Mo/Mi 19-21 Uhr). Die Kursgebühr von 290 EUR ist bis zum 25. August fällig.

Herzliche Grüsse
Frau Weber Sprachschule
""",
    ),
    m(
        "6290",
        "2025-08-06 12:45",
        "Banco Atlântida <cartoes@bancoatlantida.pt>",
        "Cartão de crédito aprovado",
        PT,
        text="""Boas notícias, Camila: o seu cartão de crédito Atlântida Classic foi
aprovado com um limite de 2.000 EUR. Ative-o na app assim que o receber.
""",
        tz=LX,
    ),
    m(
        "6291",
        "2025-08-08 09:20",
        "Inmobiliaria Puerta del Sol Rentals <alquiler@puertasolrentals.es>",
        "Revisión del piso - 30 de agosto",
        ES,
        text="""Hola Camila, te proponemos hacer la revisión del piso y la entrega de
llaves el sábado 30 de agosto a las 11:00. ¿Te va bien?

Patricia
""",
    ),
    m(
        "6292",
        "2025-08-11 22:10",
        LUCIA,
        "Re: Re: te echaremos de menos",
        ES,
        text="""Ya tengo los billetes para ir a verte en octubre!!! Puente del Pilar.
Prepárate para hacer de guía.

Lu

El dom, 10 ago 2025 a las 18:01, Camila Duarte (<camila.duarte@buzonverde.es>)
escribió:
> ¡Tienes que venir en otoño! Ya tengo sofá cama.
""",
        headers=reply("6253", LUCIA),
    ),
    m(
        "6293",
        "2025-08-14 10:00",
        "Ferrocarriles Peninsulares <billetes@ferropeninsular.es>",
        "Billete confirmado: Madrid - Salamanca 15/08",
        ES,
        html=page(
            "Localizador: <b>P2R8ZW</b>",
            "Ida: vie 15/08/2025 10:05 Madrid Chamartín → 11:42 Salamanca · Coche 3, plaza 12C",
        ),
    ),
    m(
        "6294",
        "2025-08-18 08:00",
        "Mudanzas Trasatlántica Ibérica <operaciones@mudanzastrasiberica.es>",
        "Entrega de cajas hoy",
        ES,
        text="""Buenos días, hoy entre 9 y 11 le entregamos 30 cajas, cinta y papel burbuja.
Recuerde etiquetar cada caja con la habitación de destino.
""",
    ),
    m(
        "6295",
        "2025-08-21 17:30",
        "Clínica Dental Ortiz <citas@dentalortiz.es>",
        "Tu historial dental",
        ES,
        text="""Hola Camila, tal como pediste, adjuntamos tu historial y las últimas
radiografías para tu nuevo dentista en Lisboa. ¡Mucha suerte!
""",
        attach=[("historial_dental_CDR.pdf", "application/pdf", "%PDF-1.4 historial")],
    ),
]
MAIL += [
    m(
        "6296",
        "2025-08-23 15:40",
        "Mudanzas Trasatlántica Ibérica <operaciones@mudanzastrasiberica.es>",
        "Carga realizada - albarán MTI-25-0822",
        ES,
        text="""La carga de su mudanza se ha completado. Adjuntamos el albarán con el
inventario (31 bultos). Entrega prevista en Lisboa: 27 de agosto.
""",
        attach=[("albaran_MTI-25-0822.pdf", "application/pdf", "%PDF-1.4 albaran")],
    ),
    m(
        "6297",
        "2025-08-27 18:25",
        JOANA,
        "bem-vinda a Lisboa 🇵🇹",
        PT,
        text="""Chegaste bem? Amanhã passo aí com uma garrafa de vinho verde e pastéis de
nata para inaugurar a casa. Diz-me a que horas dá jeito.

J.
""",
        tz=LX,
    ),
    m(
        "6298",
        "2025-08-28 10:15",
        "Carris Metropolitana <clientes@navegante-cartao.pt>",
        "O seu cartão navegante personalizado está pronto",
        PT,
        text="""Olá Camila, o seu cartão navegante personalizado pode ser levantado na
loja do Marquês de Pombal a partir de hoje. Não se esqueça do documento de
identificação.
""",
        tz=LX,
    ),
    m(
        "6299",
        "2025-08-29 12:00",
        "Supermercado Bairro Fresco <encomendas@bairrofresco.pt>",
        "A sua encomenda foi entregue",
        PT,
        html=page(
            "Encomenda #BF-778120 entregue",
            "Total: 64,37 EUR · 23 artigos. Obrigado por comprar no Bairro Fresco!",
        ),
        tz=LX,
    ),
    m(
        "6300",
        "2025-09-01 08:00",
        "Águas do Tejo Municipais <faturas@aguastejo-municipais.pt>",
        "Contrato de fornecimento de água - ativado",
        PT,
        text="""Exma. Cliente Camila Duarte Reyes,

O seu contrato de fornecimento de água para Rua Ferreira Borges 41, 1.º Dto.
foi ativado. A primeira fatura será emitida em outubro.

Águas do Tejo Municipais
""",
        tz=LX,
    ),
    m(
        "6301",
        "2025-09-02 19:30",
        MAMA,
        "¿qué tal el primer día?",
        ES,
        text="""Hija cuéntame qué tal el primer día en el hospital nuevo!! ¿Son majos?
¿Entiendes a los portugueses cuando hablan rápido? Tu padre dice que le
mandes fotos del río.

Besos, mamá
""",
    ),
    m(
        "6302",
        "2025-09-03 09:15",
        "Inmobiliaria Puerta del Sol Rentals <alquiler@puertasolrentals.es>",
        "Devolución de fianza",
        ES,
        text="""Hola Camila,

Tras la revisión del piso, te hemos transferido la fianza (1.050 €)
descontando 60 € por la pintura del pasillo. Gracias por haber sido tan
buena inquilina.

Patricia
""",
    ),
    m(
        "6303",
        "2025-09-05 11:00",
        "Ordem dos Enfermeiros <inscricoes@ordemenfermeiros-inscricao.pt>",
        "Deferimento do pedido de inscrição",
        PT,
        text="""Exma. Senhora,

Informamos que o seu pedido de inscrição (processo 2025/EM/0734) foi deferido.
A cédula profissional será enviada por correio. Deverá liquidar a quota anual
no prazo de 30 dias.

Secção Regional do Sul
""",
        tz=LX,
    ),
    m(
        "6304",
        "2025-09-06 16:40",
        "Centro de Saúde Campo de Ourique <marcacoes@sns-marcacoes.pt>",
        "Marcação de consulta: inscrição no médico de família",
        PT,
        text="""Está marcada a sua consulta de inscrição com a médica de família, Dra.
Helena Carvalho, a 16 de setembro às 11h30. Traga o cartão de utente.
""",
        tz=LX,
        ics={
            "start": "2025-09-16 11:30:00 +0100",
            "minutes": 20,
            "organizer": ("Centro de Saúde Campo de Ourique", "marcacoes@sns-marcacoes.pt"),
            "uid": "consulta-20250916-1130@sns-marcacoes.pt",
            "summary": "Consulta - Dra. Helena Carvalho",
            "location": "Centro de Saúde Campo de Ourique",
        },
    ),
    m(
        "6305",
        "2025-09-08 12:00",
        "Lusa Telecom <faturas@lusatelecom.pt>",
        "A sua primeira fatura Lusa Telecom",
        PT,
        html=page(
            "Olá Camila,",
            "A sua fatura de setembro (proporcional) no valor de 27,40 EUR está disponível. "
            "Débito direto a 20/09.",
        ),
        tz=LX,
    ),
    m(
        "6306",
        "2025-09-10 20:10",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "oye portuguesa",
        ES,
        text="""¿Cómo va todo por ahí? Aquí el grupo está desangelado sin ti. Lu dice que
en octubre va a verte, yo me apunto si me haces hueco en el sofá.

D.

Enviado desde mi Galaxy
""",
    ),
    m(
        "6307",
        "2025-09-12 09:00",
        "Frau Weber Sprachschule <kurse@weber-sprachschule.de>",
        "Kursbeginn Deutsch B2 - Ihre Zugangsdaten",
        DE,
        text="""Liebe Frau Duarte,

Ihr Kurs beginnt am Montag, 15. September, um 19 Uhr (MEZ). Den Zoom-Link und
Ihr Lernmaterial finden Sie im Kursportal. Viel Spass!

Frau Weber Sprachschule
""",
    ),
    m(
        "6308",
        "2025-09-14 10:30",
        "Lisboa Running Club <geral@lisboarunningclub.pt>",
        "Inscrição confirmada - Corrida da Ponte (voluntária)",
        PT,
        text="""Olá Camila,

Obrigado pela tua candidatura como voluntária na Corrida da Ponte 25 de
Abril! Ficas na equipa de apoio médico do quilómetro 8. Briefing no sábado
anterior às 10h no clube.

Lisboa Running Club
""",
        tz=LX,
    ),
    m(
        "6309",
        "2025-09-16 13:20",
        "Banco Meridiano <avisos@bancomeridiano.es>",
        "Has recibido una transferencia",
        ES,
        text="""Has recibido una transferencia de 990,00 € de PUERTA DEL SOL RENTALS S.L.
Concepto: Devolución fianza Embajadores 71.
""",
    ),
    m(
        "6310",
        "2025-09-18 19:45",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Marta Lozano Ibáñez and 14 others reacted to your post",
        EN,
        html=page(
            "Your post is getting attention",
            "“New chapter: starting today as Enfermeira Gestora in Lisbon…” - 15 reactions, 6 "
            "comments",
            foot="© 2025 LinkedIn Corporation",
        ),
    ),
    m(
        "6311",
        "2025-09-20 11:00",
        "Supermercado Bairro Fresco <promocoes@bairrofresco.pt>",
        "Oferta exclusiva para clientes: 10 € de desconto",
        PT,
        html=page(
            "Camila, temos uma oferta exclusiva para si!",
            "10 EUR de desconto na próxima encomenda acima de 60 EUR. Válido até domingo.",
            foot="Cancelar subscrição",
        ),
        tz=LX,
    ),
    m(
        "6312",
        "2025-09-22 08:30",
        "Águas do Tejo Municipais <faturas@aguastejo-municipais.pt>",
        "Leitura do contador",
        PT,
        text="""Comunique a leitura do seu contador entre 20 e 25 de setembro através do
site ou por SMS para o 4240.
""",
        tz=LX,
    ),
    m(
        "6313",
        "2025-09-24 21:00",
        JOANA,
        "Re: jantar sexta",
        PT,
        text="""Combinado: sexta às 20h no tasco da Rua do Patrocínio. Levo o Tiago e a
Marta (a enfermeira do Santa Maria de que te falei).

No dia 24/09/2025, às 18:41, Camila Duarte escreveu:
> Jantamos sexta? Preciso de contar tudo do hospital!
""",
        tz=LX,
    ),
    m(
        "6314",
        "2025-09-26 10:10",
        "Nubealia <billing@nubealia.com>",
        "Your payment method is expiring",
        EN,
        text="""The card ending in 4471 on your Nubealia account expires at the end of the
month. Update your payment method to avoid interruption.
""",
    ),
    m(
        "6315",
        "2025-09-28 17:00",
        "Pilar Reyes <pilar.reyes.m@telefonica.net>",
        "Re: fotos del río",
        ES,
        text="""¡Qué bonito! Tu padre ya está mirando vuelos para noviembre. Ponte
abrigo que allí hace humedad.

Besos

El 27/09/2025, a las 19:02, Camila Duarte <camila.duarte@buzonverde.es> escribió:
> Mirad qué atardecer desde el Miradouro de Santa Catarina.
""",
        tz=LX,
    ),
]
CLAIRE = "Claire Duarte <claire.duarte@bluewin.ch>"

MAIL += [
    m(
        "6316",
        "2025-02-04 23:10",
        "Nubealia <security@nubealia.com>",
        "New sign-in to your Nubealia account",
        EN,
        text="""We noticed a new sign-in to your account from Chrome on Windows in Madrid,
Spain. If this was you, you can ignore this message. If not, reset your
password now.
""",
        tz=W,
    ),
    m(
        "6317",
        "2025-02-10 18:30",
        CLAIRE,
        "Nouvelles de Lausanne",
        FR,
        text="""Coucou Camila,

Ça fait longtemps ! Ici tout va bien, les enfants grandissent trop vite.
Maman m'a dit que tu cherchais du travail en Suisse romande ? Si tu passes
par Lausanne pour un entretien, tu dors chez nous, évidemment.

Bises,
Claire
""",
        tz=W,
    ),
    m(
        "6318",
        "2025-02-13 07:45",
        "Agencia Tributaria <notificaciones@agenciatributaria-avisos.es>",
        "Datos fiscales 2024 disponibles",
        ES,
        text="""Le informamos de que ya puede consultar sus datos fiscales del ejercicio
2024 en Renta WEB. La campaña de la Declaración de la Renta comienza el 2 de
abril.
""",
        tz=W,
    ),
    m(
        "6319",
        "2025-02-17 12:00",
        "Segunda Mano Ya <avisos@segundamanoya.es>",
        "¡Alguien está interesado en tu anuncio «Cómoda blanca IKEA»!",
        ES,
        text="""Tienes un mensaje nuevo sobre tu anuncio «Cómoda blanca 4 cajones»:
"Hola, ¿sigue disponible? Podría pasar a recogerla el sábado." - Alberto
""",
        tz=W,
    ),
    m(
        "6320",
        "2025-02-23 10:00",
        "Spotline Music <no-reply@spotline.fm>",
        "Your February Mixtape is here",
        EN,
        html=page(
            "Made for Camila",
            "30 new songs based on what you've been playing - fado, indie pop and a little "
            "reggaetón.",
            foot="Spotline AB · Unsubscribe",
        ),
        tz=W,
    ),
    m(
        "6321",
        "2025-03-04 20:00",
        "Ana y Jorge <bodaanayjorge@gmail.com>",
        "¡Nos casamos! Invitación 14 de junio",
        ES,
        html=page(
            "Querida Camila:",
            "Tenemos el placer de invitarte a nuestra boda el sábado 14 de junio de 2025 a las "
            "12:30 en la Ermita de San Antonio de la Florida, y después a celebrarlo en la Finca "
            "El Olivar.",
            "Confirma tu asistencia antes del 1 de mayo en nuestra web.",
            "Ana & Jorge",
        ),
        tz=W,
    ),
    m(
        "6322",
        "2025-03-09 09:30",
        "Médicos sin Fronteras Ibérica - Socios <socios@msf-iberica-socios.org>",
        "Certificado de donaciones 2024",
        ES,
        text="""Hola Camila, te enviamos el certificado de tus donaciones de 2024 (120 €)
para que puedas desgravarlas en tu declaración. ¡Gracias por tu apoyo!
""",
        tz=W,
    ),
    m(
        "6323",
        "2025-03-15 13:10",
        "Congreso Nacional de Enfermería Quirúrgica <secretaria@cnequirurgica.es>",
        "Comunicación aceptada: póster P-112",
        ES,
        text="""Estimada Camila Duarte:

El Comité Científico ha aceptado su comunicación «Checklist quirúrgico y
eventos adversos: análisis de 3 años» en formato póster (P-112). Deberá
formalizar la inscripción al congreso antes del 30 de abril.

Secretaría Técnica del Congreso
""",
        tz=W,
    ),
    m(
        "6324",
        "2025-03-21 18:45",
        "Segunda Mano Ya <avisos@segundamanoya.es>",
        "Venta completada: Cómoda blanca 4 cajones",
        ES,
        text="""¡Enhorabuena! Has vendido «Cómoda blanca 4 cajones» por 45 €. Valora a
Alberto para ayudar a la comunidad.
""",
        tz=W,
    ),
    m(
        "6325",
        "2025-04-02 10:10",
        "Agencia Tributaria <notificaciones@agenciatributaria-avisos.es>",
        "Presentación de la declaración - justificante",
        ES,
        text="""Su declaración del IRPF 2024 ha sido presentada correctamente.
Resultado: a devolver 412,33 €. Número de justificante: 1002025041178.
""",
    ),
    m(
        "6326",
        "2025-04-12 09:00",
        "Seguro Salud Vital <reembolsos@saludvital-seguros.es>",
        "Reembolso aprobado - factura fisioterapia",
        ES,
        text="""Hola Camila, hemos aprobado el reembolso de 48,00 € correspondiente a tu
sesión de fisioterapia del 28/03. Lo recibirás en 3-5 días hábiles.
""",
    ),
    m(
        "6327",
        "2025-04-19 11:30",
        "Spotline Music <no-reply@spotline.fm>",
        "Your payment failed",
        EN,
        text="""We couldn't process your Premium payment. Update your card to keep
listening without ads.
""",
    ),
    m(
        "6328",
        "2025-04-27 19:50",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "fotos km 30!!",
        ES,
        text="""Te pillé con el chaleco y las tiritas en mano 😂 Te adjunto las fotos del
puesto de voluntarios. Gran trabajo, enfermera.
""",
        attach=[("km30_1.jpg", "image/jpeg", "JFIF-fake"), ("km30_2.jpg", "image/jpeg", "JFIF")],
    ),
    m(
        "6329",
        "2025-05-03 10:05",
        "Congreso Nacional de Enfermería Quirúrgica <secretaria@cnequirurgica.es>",
        "Inscripción confirmada - Congreso Valencia 5-7 junio",
        ES,
        text="""Su inscripción al Congreso Nacional de Enfermería Quirúrgica (Valencia, 5-7
de junio) ha sido confirmada. Importe: 260 €. Recibirá la acreditación por
correo electrónico la semana previa.
""",
    ),
    m(
        "6330",
        "2025-05-10 08:20",
        CLAIRE,
        "Re: Nouvelles de Lausanne",
        FR,
        text="""Dommage pour la clinique de Montreux, ils ne savent pas ce qu'ils ratent !
Lisbonne, c'est génial aussi, et plus ensoleillé. On viendra te voir.

Bises, Claire

Le 9 mai 2025 à 21:14, Camila Duarte <camila.duarte@buzonverde.es> a écrit :
> Finalement la Suisse ne s'est pas faite, mais j'ai une piste à Lisbonne !
""",
        headers=reply("6317", CLAIRE),
    ),
    m(
        "6331",
        "2025-05-18 22:30",
        "Alojamentos Miradouro <reservas@alojamentosmiradouro.pt>",
        "Instruções de check-in",
        PT,
        text="""Olá Camila, o código da porta é 4471#. O quarto é o n.º 3, no 2.º andar.
Boa estadia!
""",
        tz=LX,
    ),
    m(
        "6332",
        "2025-05-25 10:00",
        "Ferrocarriles Peninsulares <billetes@ferropeninsular.es>",
        "Billete confirmado: Madrid - Valencia 05/06",
        ES,
        html=page(
            "Localizador: <b>V9LM3T</b>",
            "Ida: jue 05/06/2025 07:30 Madrid Puerta de Atocha → 09:12 Valencia Joaquín Sorolla",
            "Vuelta: sáb 07/06/2025 19:40 Valencia → 21:22 Madrid",
        ),
    ),
    m(
        "6333",
        "2025-06-02 09:00",
        "Bodas Ana y Jorge <bodaanayjorge@gmail.com>",
        "Info práctica para el día B",
        ES,
        text="""Hola a todos! Autobuses desde Príncipe Pío a las 11:45 y vuelta a partir de
la 1:00. Dress code: ¡lo que queráis menos blanco! Mil gracias por venir.

Ana y Jorge
""",
    ),
    m(
        "6334",
        "2025-06-08 17:20",
        "Hotel Turia Centro <reservas@hotelturiacentro.es>",
        "Gracias por su estancia",
        ES,
        text="""Estimada Sra. Duarte, gracias por alojarse con nosotros del 5 al 7 de
junio. Adjuntamos su factura (2 noches, 198 €). ¡Esperamos verla pronto!
""",
        attach=[("factura_HTC_4471.pdf", "application/pdf", "%PDF-1.4 factura")],
    ),
    m(
        "6335",
        "2025-06-14 08:00",
        "Spotline Music <no-reply@spotline.fm>",
        "Your Wedding Season playlist",
        EN,
        html=page("Ready for the dance floor?", "A playlist for the summer weddings."),
    ),
    m(
        "6336",
        "2025-06-22 12:00",
        "Seguro Salud Vital <clientes@saludvital-seguros.es>",
        "Cambio de residencia: tu póliza",
        ES,
        text="""Hola Camila, hemos registrado tu cambio de residencia a Portugal. Tu póliza
de salud seguirá activa hasta el 31 de agosto; a partir de entonces podrás
contratar nuestra cobertura internacional con un 15 % de descuento.
""",
    ),
    m(
        "6337",
        "2025-07-01 19:00",
        "Katrin Zimmermann <katrin.zimmermann@gmx.ch>",
        "Grüsse aus Bern",
        DE,
        text="""Liebe Camila

Schade, dass es mit der Schweiz nicht geklappt hat - aber Lissabon klingt
wunderbar! Wir haben im Oktober Ferien und würden dich gern besuchen, wenn es
passt.

Alles Liebe
Katrin
""",
    ),
    m(
        "6338",
        "2025-07-06 09:10",
        "Segunda Mano Ya <avisos@segundamanoya.es>",
        "Tu anuncio «Bicicleta de paseo» ha recibido 3 ofertas",
        ES,
        text="""Tu anuncio «Bicicleta de paseo Orbea talla M» ha recibido 3 ofertas. La más
alta: 140 €. Responde antes de que caduquen.
""",
    ),
    m(
        "6339",
        "2025-07-17 20:20",
        "The Nursing Times Europe <newsletter@nursingtimes-europe.com>",
        "Interview: why Europe's nurses are moving abroad",
        EN,
        html=page(
            "This week in The Nursing Times Europe",
            "In an exclusive interview, three nurses explain why they moved to another EU "
            "country and what they wish they had known.",
            "Plus: the recognition of qualifications explained.",
            foot="Unsubscribe",
        ),
    ),
    m(
        "6340",
        "2025-07-28 11:40",
        "Katrin Zimmermann <katrin.zimmermann@gmx.ch>",
        "AW: Grüsse aus Bern",
        DE,
        text="""Super, dann buchen wir für den 10.-14. Oktober! Ich freue mich riesig.

Katrin

Von: Camila Duarte <camila.duarte@buzonverde.es>
Gesendet: Sonntag, 27. Juli 2025 18:03
An: Katrin Zimmermann <katrin.zimmermann@gmx.ch>
Betreff: Re: Grüsse aus Bern

Liebe Katrin, natürlich! Ab September habe ich eine Wohnung mit Gästezimmer.
""",
        headers=reply("6337", "Katrin Zimmermann <katrin.zimmermann@gmx.ch>"),
    ),
    m(
        "6341",
        "2025-08-09 10:00",
        "AirLusa <booking@airlusa-reservas.com>",
        "Booking confirmation MAD-LIS · Ref. 9PLW4D (one way)",
        EN,
        html=page(
            "Your booking is confirmed!",
            "Madrid (MAD) → Lisbon (LIS) · Tue 26 Aug 2025 · 08:10 - 08:35 · Flight AL 1021",
            "Passenger: Camila Duarte Reyes · 2 checked bags · Total paid: 189.40 EUR",
        ),
    ),
    m(
        "6342",
        "2025-08-25 07:00",
        "AirLusa <checkin@airlusa-reservas.com>",
        "Check-in is open for your flight to Lisbon",
        EN,
        text="""Check-in for AL 1021 (MAD-LIS, 26 Aug, 08:10) is now open. Get your boarding
pass on the app.
""",
    ),
    m(
        "6343",
        "2025-09-11 18:00",
        "Spotline Music <no-reply@spotline.fm>",
        "Change of country detected",
        EN,
        text="""It looks like you're now in Portugal. Update your account country to keep
your Premium plan.
""",
    ),
    m(
        "6344",
        "2025-09-19 09:45",
        "Câmara Municipal de Lisboa <eventos@lisboa-cultura-agenda.pt>",
        "Convite: Noite dos Museus - 27 de setembro",
        PT,
        html=page(
            "Convite",
            "Na Noite dos Museus, 40 museus de Lisboa abrem portas gratuitamente das 19h à "
            "meia-noite. Consulte o programa completo.",
        ),
        tz=LX,
    ),
]
MAIL += [
    m(
        "6345",
        "2025-02-18 08:10",
        "Hospital Ribera Norte - Formación <formacion@riberanorte-salud.es>",
        "Inscripción confirmada: curso de Soporte Vital Avanzado",
        ES,
        text="""Estimada Camila:

Queda confirmada tu inscripción en el curso de Soporte Vital Avanzado
(edición 3, 11-12 de marzo, aula de simulación). Recuerda que la asistencia
es obligatoria para obtener la acreditación.

Unidad de Formación Continuada
""",
        tz=W,
    ),
    m(
        "6346",
        "2025-02-25 21:30",
        "Lectura Diaria <daily@lecturadiaria.app>",
        "Your daily highlights",
        EN,
        text="""Today's highlights:

"The best time to plant a tree was 20 years ago. The second best time is now."
- from your Kindle library

"Quality is never an accident." - John Ruskin
""",
        tz=W,
    ),
    m(
        "6347",
        "2025-03-01 11:00",
        "Hospital Ribera Norte - Planificación <turnos@riberanorte-salud.es>",
        "Planilla de turnos de marzo - Bloque Quirúrgico",
        ES,
        text="""Adjuntamos la planilla de turnos de marzo del Bloque Quirúrgico. Los
cambios de turno deben solicitarse con 72 horas de antelación a la
supervisión.
""",
        tz=W,
        attach=[("Turnos_BQ_marzo.xlsx", "application/vnd.ms-excel", "PK-fake-xlsx")],
    ),
    m(
        "6348",
        "2025-03-23 10:00",
        "Recetas de la Abuela Club <boletin@recetasabuela.es>",
        "Domingo de cocido: la receta definitiva",
        ES,
        html=page(
            "El cocido madrileño paso a paso",
            "Tres vuelcos, garbanzos de Fuentesaúco y mucha paciencia. Además: entrevista a la "
            "cocinera de Casa Lucio Chamberí sobre su receta secreta.",
            foot="Darse de baja",
        ),
        tz=W,
    ),
    m(
        "6349",
        "2025-04-06 09:15",
        "Password Manager Vaultly <no-reply@vaultly.io>",
        "Your emergency kit is ready",
        EN,
        text="""Hi Camila, your Vaultly Emergency Kit is ready to download. Keep it
somewhere safe - it's the only way to recover your vault if you forget your
master password.
""",
    ),
    m(
        "6350",
        "2025-04-13 18:00",
        LUCIA,
        "Fwd: oferta viaje Oporto",
        ES,
        text="""Mira esto, ¿nos escapamos un finde a Oporto antes de que te vayas? 89 € ida
y vuelta.

---------- Forwarded message ---------
De: Viajes Horizonte <ofertas@viajeshorizonte.es>
Date: dom, 13 abr 2025 a las 12:00
Subject: Oporto desde 89 €: oferta exclusiva de primavera

Vuelo + 2 noches en el centro de Oporto desde 89 €. Solo hasta el domingo.
""",
    ),
    m(
        "6351",
        "2025-04-30 08:00",
        "Hospital Ribera Norte - Nómina <nominas@riberanorte-salud.es>",
        "Recibo de salarios abril 2025",
        ES,
        text="""Le adjuntamos su recibo de salarios correspondiente a abril de 2025.
La contraseña del documento es su DNI sin letra.

Administración de Personal
""",
        attach=[("Nomina_202504.pdf", "application/pdf", "%PDF-1.4 nomina abril")],
    ),
    m(
        "6352",
        "2025-05-04 12:30",
        "Vaultly <no-reply@vaultly.io>",
        "Weak passwords detected in your vault",
        EN,
        text="""Watchtower found 6 weak or reused passwords in your vault, including
banking and email accounts. Review them now.
""",
    ),
    m(
        "6353",
        "2025-05-17 20:40",
        "Dani Ortega <dani.ortega.m@hotmail.com>",
        "RE: Oporto",
        ES,
        text="""Yo no puedo ese finde, curro. Pero traedme vino de Oporto 🍷

________________________________
De: Lucía Benavente <luciabenavente@gmail.com>
Enviado: sábado, 17 de mayo de 2025 19:11
Asunto: Oporto

¿Os venís el finde del 31 a Oporto? Cami y yo ya tenemos vuelos.
""",
    ),
    m(
        "6354",
        "2025-05-31 23:00",
        "Hotel Ribeira Douro <reservas@hotelribeiradouro.pt>",
        "A sua reserva está confirmada",
        PT,
        html=page(
            "Obrigado pela sua reserva, Camila!",
            "Check-in: 31/05/2025 · Check-out: 02/06/2025 · Quarto twin com vista rio.",
            "Total: 176 EUR",
        ),
        tz=LX,
    ),
    m(
        "6355",
        "2025-06-06 14:00",
        "Congreso Nacional de Enfermería Quirúrgica <secretaria@cnequirurgica.es>",
        "Certificado de presentación de póster",
        ES,
        text="""Adjuntamos el certificado de presentación del póster P-112 en el Congreso
Nacional de Enfermería Quirúrgica. ¡Gracias por participar!
""",
        attach=[("Certificado_P-112.pdf", "application/pdf", "%PDF-1.4 certificado")],
    ),
    m(
        "6356",
        "2025-06-10 09:40",
        "Movilnet <no-reply@movilnet.es>",
        "Tu factura de junio",
        ES,
        text="""Tu factura de junio ya está disponible: 24,90 €. Descárgala en Mi Movilnet.
""",
    ),
    m(
        "6357",
        "2025-06-15 11:20",
        "Ana y Jorge <bodaanayjorge@gmail.com>",
        "¡Gracias por venir!",
        ES,
        text="""Querida Cami: gracias por estar en nuestro día y por ese discurso que nos
hizo llorar a todos. ¡Te vamos a visitar a Lisboa!

Ana y Jorge
""",
    ),
    m(
        "6358",
        "2025-06-28 10:00",
        "Recetas de la Abuela Club <boletin@recetasabuela.es>",
        "Gazpacho, salmorejo y ajoblanco",
        ES,
        html=page(
            "Tres sopas frías para el verano", "Y un concurso: envía tu receta.", foot="Baja"
        ),
    ),
    m(
        "6359",
        "2025-07-03 09:30",
        "Hospital Ribera Norte - Dirección de Personas <personas@riberanorte-salud.es>",
        "Confirmación de baja voluntaria",
        ES,
        text="""Estimada Camila:

Acusamos recibo de su comunicación de baja voluntaria con fecha de efectos
31 de julio de 2025. Le enviaremos la liquidación y el certificado de empresa
en los próximos días. Gracias por estos años de dedicación al Bloque
Quirúrgico.

Dirección de Personas
""",
    ),
    m(
        "6360",
        "2025-07-10 17:45",
        "Marta Lozano Ibáñez <mlozano@riberanorte-salud.es>",
        "despedida bloque",
        ES,
        text="""Cami, desde el bloque te estamos preparando algo para tu último día (31).
No digas nada, haz como que no sabes nada 🤫

Marta
""",
    ),
    m(
        "6361",
        "2025-07-31 12:00",
        "Hospital Ribera Norte - Nómina <nominas@riberanorte-salud.es>",
        "Liquidación y certificado de empresa",
        ES,
        text="""Adjuntamos su finiquito y el certificado de empresa. Si detecta algún
error, contacte con Administración de Personal antes de 15 días.
""",
        attach=[("Liquidacion_CDR.pdf", "application/pdf", "%PDF-1.4 liquidacion")],
    ),
    m(
        "6362",
        "2025-08-02 10:00",
        "Banco Meridiano <avisos@bancomeridiano.es>",
        "Movimiento en tu cuenta: nómina recibida",
        ES,
        text="""Has recibido un ingreso de 2.318,44 € de RIBERA NORTE SALUD S.L.U.
Concepto: Nómina julio + liquidación.
""",
    ),
    m(
        "6363",
        "2025-08-13 09:00",
        "Vaultly <billing@vaultly.io>",
        "Your Vaultly Families trial ends in 3 days",
        EN,
        text="""Your free trial of Vaultly Families ends on 16 August. After that you'll be
charged 4.99 EUR/month unless you cancel.
""",
    ),
    m(
        "6364",
        "2025-08-20 19:15",
        "Katrin Zimmermann <katrin.zimmermann@gmx.ch>",
        "Flüge gebucht!",
        DE,
        text="""Flüge sind gebucht: Zürich-Lissabon am 10. Oktober, Ankunft 14:25. Wir
bringen Schokolade und Käse mit, versprochen.

Bis bald!
Katrin
""",
    ),
    m(
        "6365",
        "2025-08-31 11:30",
        "IKEO Alfragide <encomendas@ikeo-alfragide.pt>",
        "Entrega agendada: sofá-cama e estante",
        PT,
        text="""Olá Camila, a entrega da sua encomenda #IK-558120 (sofá-cama FRIHET-X e
estante) está agendada para 3 de setembro, entre as 14h e as 18h. Montagem
incluída.
""",
        tz=LX,
    ),
    m(
        "6366",
        "2025-09-04 09:10",
        "Claire Duarte <claire.duarte@bluewin.ch>",
        "Bon courage pour le nouveau poste !",
        FR,
        text="""Ma chère Camila,

Maman m'a dit que tu as commencé lundi. Je t'envoie plein de courage pour ces
premières semaines ! Raconte-nous tout.

Bisous de nous quatre,
Claire
""",
    ),
    m(
        "6367",
        "2025-09-07 12:00",
        "The Nursing Times Europe <newsletter@nursingtimes-europe.com>",
        "Webinar invitation: leading a theatre team in your first 90 days",
        EN,
        text="""You're invited to our free webinar on 25 September, 18:00 CET: "Leading a
theatre team in your first 90 days", with three nurse managers from Portugal,
Spain and Ireland. Register to receive the calendar invitation.
""",
    ),
    m(
        "6368",
        "2025-09-15 08:30",
        "Hospital Atlântico de Lisboa - Formação <formacao@hatlantico.pt>",
        "Formação obrigatória: Suporte Básico de Vida - 23/09",
        PT,
        text="""Cara colaboradora,

Está inscrita na sessão de formação obrigatória de Suporte Básico de Vida no
dia 23 de setembro, das 9h às 13h, sala de simulação do edifício C.

Gabinete de Formação
""",
        tz=LX,
    ),
    m(
        "6369",
        "2025-09-21 10:00",
        "Recetas de la Abuela Club <boletin@recetasabuela.es>",
        "Otoño: setas, castañas y membrillo",
        ES,
        html=page("Llega el otoño", "Recetas de temporada y una entrevista con un micólogo."),
    ),
    m(
        "6370",
        "2025-09-25 18:30",
        "Lusa Telecom <apoio@lusatelecom.pt>",
        "Inquérito de satisfação - instalação",
        PT,
        text="""Olá Camila, como correu a instalação do seu serviço? Responda a 3
perguntas e ajude-nos a melhorar.
""",
        tz=LX,
    ),
    m(
        "6371",
        "2025-09-29 09:00",
        "Hospital Atlântico de Lisboa - Recibos <recibos@hatlantico.pt>",
        "Recibo de vencimento - setembro 2025",
        PT,
        text="""Encontra-se disponível no Portal do Colaborador o seu recibo de vencimento
referente a setembro de 2025.
""",
        tz=LX,
    ),
]
