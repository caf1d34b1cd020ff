"""Spanish mail that is or is not application mail at all: receipts, scheduling, outreach.

Receipts worded the many ways ATSs, boards, public bodies and small firms word them (short
ones and HTML-ish ones too), interviews as booking tools and recruiters really set them up,
a recruiter's or an agency's approach apart from a board's alert; and the look-alikes with
the same words (admissions, grants, permits, rentals, tenders, elections, castings, medical
and court appointments, press interviews, app reviews, loyalty offers, an employee's HR mail)
that stay not job mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.probes import lookalike_test, stage_test

ATS = ("seleccion@grupoalameda.es", "Grupo Alameda Selección")
PERSON = ("lucia.fernandez@grupoalameda.es", "Lucía Fernández")
AGENCY = ("diego.morales@talentohunters.es", "Diego Morales")
BOARD = ("alertas@empleos-ya.es", "Empleos Ya")
EMPLOYER = "Grupo Alameda"

CONFIRMATION, INTERVIEW = Category.CONFIRMATION, Category.INTERVIEW
APPROACH, ALERT = Category.OUTREACH, Category.ALERT

# (a) receipts: (subject, body, category, status, read in the process)
RECEIPTS = [
    (
        "Hemos recibido tu candidatura",
        "Hola Jane,\n\nGracias por tu interés en Grupo Alameda. Hemos recibido tu candidatura "
        "para el puesto de Técnica de Marketing y la revisaremos con atención. Nos pondremos "
        "en contacto contigo si tu perfil encaja.\n\nEquipo de Selección",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Registro de datos",
        "Hola Jane, hemos registrado tus datos correctamente en nuestra base de candidatos. "
        "Te avisaremos cuando haya una vacante que encaje con tu perfil.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Gracias, Jane",
        "Gracias, Jane. Tu CV nos ha llegado bien. Lo estudiaremos y te diremos algo pronto. "
        "Un saludo, Lucía",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Inscripción completada – vacante 2025-114",
        "Tu inscripción en la vacante 2025-114 (Administrativo/a) se ha completado "
        "correctamente. Puedes consultar el estado en tu área de candidato.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Confirmación de solicitud",
        "<p>Estimada Jane:</p><p>Confirmamos la recepción de tu solicitud para la oferta "
        "<b>Contable sénior</b>.</p><p>Un cordial saludo,<br>Recursos Humanos</p>",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Currículum recibido",
        "Buenos días, hemos recibido su currículum. Muchas gracias por su interés en formar "
        "parte de nuestro equipo.\n\nDepartamento de Personas",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Tu candidatura se ha enviado",
        "Tu candidatura a la oferta Dependiente/a – Grupo Alameda se ha enviado correctamente. "
        "¡Mucha suerte!",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Ayuntamiento de Sevilla – solicitud de participación",
        "Se ha registrado su solicitud de participación en el proceso selectivo para la plaza "
        "de Auxiliar Administrativo. Número de registro: 2025/00457.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Gracias por enviarnos tu CV",
        "Hola Jane,\n\nGracias por enviarnos tu CV. Lo hemos recibido y lo hemos trasladado "
        "al responsable del área. Si avanzamos contigo, te llamaremos.\n\nUn abrazo,\nLucía",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Candidatura espontánea",
        "Estimada Jane:\n\nAgradecemos que nos haya hecho llegar su candidatura espontánea. "
        "Sus datos se han incorporado a nuestra base de datos y los tendremos en cuenta en "
        "futuros procesos de selección.\n\nAtentamente,\nRR. HH.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Re: camarera",
        "Hola, gracias por tu CV, se lo paso al encargado y te decimos algo. Saludos, Lucía",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Solicitud recibida – Ref. AD-2291",
        "Tu solicitud para el puesto de Asistente de dirección (Ref. AD-2291) ha sido recibida. "
        "Este es un mensaje automático, por favor no respondas.",
        CONFIRMATION,
        None,
        False,
    ),
]

# (b) interview scheduling
SCHEDULING = [
    (
        "Elige tu horario para la entrevista",
        "Hola Jane,\n\nNos gustaría conocerte. Por favor, elige el horario que mejor te venga "
        "para la entrevista en este enlace de Calendly:\nhttps://calendly.com/lucia-fernandez/"
        "entrevista\n\nLucía",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Confirmada: Entrevista con Lucía Fernández",
        "Tu cita está confirmada.\nEntrevista con Lucía Fernández – Grupo Alameda\nmartes, 11 "
        "de marzo de 2025, 15:00 – 15:45 (CET)\nEnlace de Teams: https://teams.microsoft.com/"
        "l/meetup-join/abc\nReprogramar o cancelar.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Recordatorio: tu entrevista mañana a las 10:00",
        "Hola Jane, te recordamos que mañana a las 10:00 tienes la entrevista para el puesto de "
        "Jefa de Proyecto en nuestras oficinas de la calle Serrano 45. Trae tu DNI.\n\nLucía",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Cambio de hora de la entrevista",
        "Hola Jane, siento el cambio, pero tengo que mover nuestra entrevista del jueves. ¿Te "
        "vendría bien el viernes a las 12:00? Lucía",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Llamada",
        "Hola Jane, ¿te va bien el martes a las 15:00 para una primera llamada sobre la "
        "posición? Un saludo, Lucía",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Invitación: Entrevista por videollamada – Jane Doe",
        "Lucía Fernández te ha invitado a una entrevista por videollamada.\nCuándo: lun 17 mar "
        "2025 11:00 – 12:00\nUnirse con Google Meet: https://meet.google.com/abc-defg-hij\n"
        "Sí · No · Quizás",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Reserva tu entrevista con Grupo Alameda",
        "Hola Jane,\n\nTu candidatura ha pasado a la siguiente fase. Ya puedes reservar un "
        "hueco para tu entrevista con el equipo de selección desde tu área de candidato.\n\n"
        "Grupo Alameda",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Tu llamada con Lucía Fernández está confirmada",
        "Tu llamada de preselección con Lucía Fernández está confirmada para el miércoles 12 "
        "de marzo a las 9:30. Lucía te llamará al teléfono que indicaste.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Disponibilidad para entrevista",
        "Hola Jane,\n\nNos gustaría conocerte. ¿Podrías indicarme tu disponibilidad la semana "
        "que viene para una entrevista de una hora?\n\nSaludos,\nLucía Fernández",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Entrevista reprogramada",
        "Tu entrevista se ha reprogramado para el jueves 20 de marzo a las 16:00. El enlace "
        "sigue siendo el mismo.\n\nMicrosoft Bookings – Grupo Alameda",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Citación a entrevista",
        "Estimada Sra. Doe:\n\nLe convocamos a una entrevista personal el día 24 de marzo a "
        "las 10:00 en el Departamento de Recursos Humanos.\n\nAtentamente.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "¿Jueves?",
        "Jane, ¿te viene bien el jueves a las 11 para vernos con la responsable del equipo? Lucía",
        INTERVIEW,
        None,
        True,
    ),
]

# (c) a recruiter's or agency's approach
OUTREACH = [
    (
        "Oportunidad – Responsable de Control de Gestión",
        "Hola Jane,\n\nSoy consultor en Talento Hunters y estoy ayudando a un cliente del "
        "sector industrial a incorporar un/a Responsable de Control de Gestión. Tu perfil me "
        "ha parecido muy interesante. ¿Te apetecería que habláramos?\n\nDiego Morales",
        APPROACH,
        None,
        False,
    ),
    (
        "Tu perfil en LinkedIn",
        "Hola Jane, he visto tu perfil y creo que una posición de Product Owner en uno de "
        "nuestros clientes podría interesarte. ¿Tendrías 15 minutos esta semana? Diego",
        APPROACH,
        None,
        False,
    ),
    (
        "Proyecto de 6 meses – Data Analyst",
        "Hola,\n\nBuscamos para un cliente un/a Data Analyst para un proyecto de 6 meses en "
        "Madrid. Si estás disponible, respóndeme y te cuento más.\n\nDiego Morales\nTalento "
        "Hunters",
        APPROACH,
        None,
        False,
    ),
    (
        "Posición de Directora Financiera – confidencial",
        "Estimada Jane:\n\nEn el marco de un proceso que nos ha encargado un cliente, me pongo "
        "en contacto contigo por una posición de Directora Financiera. ¿Estarías abierta a "
        "comentarlo de forma confidencial?\n\nDiego Morales, Socio",
        APPROACH,
        None,
        False,
    ),
    (
        "¿Hablamos?",
        "Hola Jane, estoy buscando ingenieros DevOps para una scale-up de Barcelona. ¿Te "
        "interesaría conocer más? Diego",
        APPROACH,
        None,
        False,
    ),
    (
        "Una oportunidad que puede encajarte",
        "Hola Jane,\n\nTe escribo porque estamos buscando una Jefa de Proyecto Digital con "
        "contrato indefinido y tu experiencia encaja muy bien. ¿Estás abierta a nuevas "
        "oportunidades?\n\nUn saludo,\nDiego",
        APPROACH,
        None,
        False,
    ),
]

ALERTS = [
    (
        "12 nuevas ofertas para «contable»",
        "Hola Jane,\n\n12 nuevas ofertas coinciden con tu búsqueda «contable» en Valencia.\n"
        "Contable – Grupo Alameda – Valencia\nAuxiliar contable – Gestoría Ruiz – Paterna\n"
        "Ver todas las ofertas\nGestionar mis alertas",
        ALERT,
        None,
        False,
    ),
    (
        "Tu alerta de empleo: Jefe de Proyecto",
        "Ofertas de empleo de hoy que coinciden con tu alerta «Jefe de Proyecto»:\nJefe de "
        "Proyecto IT – Bilbao\nJefe de Obra – Vitoria\nInscribirme",
        ALERT,
        None,
        False,
    ),
    (
        "Ofertas que te pueden interesar",
        "Jane, estas ofertas de empleo te pueden interesar: Desarrollador Python (Málaga), "
        "Ingeniera de datos (Madrid). Ver ofertas. Darse de baja.",
        ALERT,
        None,
        False,
    ),
    (
        "Ofertas recomendadas para ti",
        "Ofertas recomendadas según tu perfil: Responsable de logística – Zaragoza; Mozo de "
        "almacén – Huesca. Modificar mis preferencias.",
        ALERT,
        None,
        False,
    ),
    (
        "Nueva oferta de prácticas según tu búsqueda",
        "Hay una nueva oferta de prácticas que encaja con tu búsqueda: Prácticas de marketing "
        "digital – 6 meses – Sevilla. Ver oferta.",
        ALERT,
        None,
        False,
    ),
    (
        "Las ofertas de empleo de la semana",
        "Esta semana, 34 nuevas ofertas de empleo en tu sector. Enfermero/a – Hospital La Fe; "
        "Auxiliar de enfermería – Clínica del Parque. Ver todas las ofertas.",
        ALERT,
        None,
        False,
    ),
]

LOOKALIKES = [
    (
        "admisiones@universidad-ejemplo.es",
        "Tu solicitud de admisión al Máster – recibida",
        "Estimada Jane:\n\nHemos recibido tu solicitud de admisión al Máster en Derecho de "
        "Empresa. La comisión académica resolverá en junio.\n\nServicio de Admisiones",
        False,
    ),
    (
        "becas@fundacion-futuro.org",
        "Tu solicitud de beca",
        "Hola Jane, hemos recibido tu candidatura a la beca de excelencia. El jurado se reunirá "
        "en mayo y te comunicaremos su decisión.",
        False,
    ),
    (
        "noreply@aei.gob.es",
        "Convocatoria de proyectos 2025 – solicitud presentada",
        "Su solicitud a la convocatoria de proyectos de I+D 2025 se ha presentado "
        "correctamente. La resolución provisional se publicará en julio.",
        False,
    ),
    (
        "citaprevia@extranjeria.gob.es",
        "Cita previa – autorización de residencia",
        "Su cita para la tramitación de la autorización de residencia y trabajo ha sido "
        "confirmada para el 12 de marzo a las 9:30. Traiga su pasaporte.",
        False,
    ),
    (
        "alquiler@inmobiliaria-centro.es",
        "Tu solicitud para el piso de la calle Mayor",
        "Hola, hemos recibido tu solicitud de alquiler para el piso de dos habitaciones. El "
        "propietario revisará las candidaturas y te diremos algo en 48 horas.",
        False,
    ),
    (
        "hipotecas@banco-ejemplo.es",
        "Tu solicitud de hipoteca",
        "Hemos recibido tu solicitud de hipoteca. Un gestor se pondrá en contacto contigo para "
        "concertar una cita en la oficina.",
        False,
    ),
    (
        "contratacion@ayuntamiento-ejemplo.es",
        "Licitación 2025/07 – oferta recibida",
        "Le confirmamos la recepción de su oferta para la licitación de obras de pavimentación. "
        "La apertura de sobres tendrá lugar el 12 de abril.",
        False,
    ),
    (
        "junta.electoral@ayuntamiento-ejemplo.es",
        "Presentación de candidaturas – elecciones municipales",
        "Se ha registrado la candidatura presentada para las elecciones municipales. La "
        "proclamación de candidatos se publicará en el BOP.",
        False,
    ),
    (
        "casting@producciones-luz.es",
        "Casting – citación a la audición",
        "Hola Jane, tras recibir tu candidatura para el casting del cortometraje, te citamos a "
        "una audición el sábado 15 de marzo a las 14:00. Prepara un monólogo.",
        False,
    ),
    (
        "hackathon@techweek.es",
        "Inscripción confirmada – Hackathon Clima",
        "Tu equipo está inscrito en el Hackathon Clima. El jurado elegirá a los finalistas el "
        "20 de marzo.",
        True,
    ),
    (
        "voluntariado@bancoalimentos-ejemplo.org",
        "Gracias por tu solicitud de voluntariado",
        "Hola Jane, gracias por querer ser voluntaria. Una coordinadora te llamará para una "
        "primera entrevista y para explicarte los turnos.",
        False,
    ),
    (
        "secretaria@asociacion-vecinos.es",
        "Candidatura a la junta directiva",
        "Hola, hemos recibido tu candidatura a la junta directiva. Se votará en la asamblea "
        "general del 5 de abril.",
        False,
    ),
    (
        "citas@clinica-ejemplo.es",
        "Confirmación de cita",
        "Su cita con la Dra. López está confirmada para el martes 11 de marzo a las 15:00. "
        "Recuerde traer su tarjeta sanitaria.",
        False,
    ),
    (
        "valoracion@centro-salud-ejemplo.es",
        "Su valoración médica",
        "Le confirmamos su evaluación médica el 14 de marzo a las 8:30. Debe acudir en ayunas.",
        False,
    ),
    (
        "juzgado@justicia-ejemplo.es",
        "Citación a juicio",
        "Queda usted citada a la vista del juicio el 3 de abril a las 9:00 en la sala 2 del "
        "Juzgado de Primera Instancia.",
        False,
    ),
    (
        "produccion@podcast-ejemplo.es",
        "Entrevista para nuestro podcast",
        "Hola Jane, nos encantaría entrevistarte para nuestro podcast. ¿Te vendría bien el "
        "jueves a las 15:00 para la grabación?",
        False,
    ),
    (
        "redaccion@diario-ejemplo.es",
        "Solicitud de entrevista – reportaje sobre economía circular",
        "Buenos días, estoy preparando un reportaje sobre economía circular y me gustaría "
        "hacerle una entrevista por teléfono. ¿Tendría 20 minutos esta semana?",
        False,
    ),
    (
        "no-reply@google.com",
        "Tu aplicación está en revisión",
        "La actualización de MiApp 2.1 está en revisión. Te avisaremos cuando termine la revisión.",
        False,
    ),
    (
        "ofertas@supermercado-ejemplo.es",
        "Oferta exclusiva: -20 % para socios",
        "Jane, aprovecha nuestra oferta exclusiva para socios del club. ¡Tu solicitud de "
        "tarjeta de fidelización ha sido aprobada!",
        True,
    ),
    (
        "rrhh@grupoalameda.es",
        "Tu evaluación de desempeño anual",
        "Hola Jane, tu entrevista de evaluación del desempeño con tu responsable está prevista "
        "para el 18 de marzo. Completa tu autoevaluación antes de esa fecha.",
        False,
    ),
    (
        "nominas@grupoalameda.es",
        "Tu nómina de febrero ya está disponible",
        "Ya puedes consultar tu nómina de febrero en el portal del empleado.",
        False,
    ),
    (
        "concurso@foto-ejemplo.es",
        "Tu participación en el concurso de fotografía",
        "Tu candidatura al concurso de fotografía «Luces de ciudad» se ha registrado. Los "
        "ganadores se anunciarán el 1 de mayo.",
        True,
    ),
    (
        "secretaria@colegio-ejemplo.es",
        "Solicitud de plaza escolar – entrevista",
        "Hemos recibido la solicitud de plaza para su hijo. Le proponemos una entrevista con "
        "la dirección el lunes 10 de marzo a las 17:00.",
        False,
    ),
    (
        "ayudas@sepe-ejemplo.es",
        "Su solicitud de ayuda al alquiler",
        "Hemos recibido su solicitud de ayuda al alquiler. Está en trámite.",
        False,
    ),
    (
        "noreply@oposiciones-musica.es",
        "Audición para la orquesta – inscripción recibida",
        "Hemos recibido su inscripción para la audición de violín de la Orquesta Sinfónica "
        "Juvenil. Le enviaremos el horario de su prueba.",
        False,
    ),
]

test_receipt_is_a_confirmation = stage_test(RECEIPTS, writer=ATS, employer=EMPLOYER)
test_scheduling_is_an_interview = stage_test(SCHEDULING, writer=PERSON, employer=EMPLOYER)
test_approach_is_outreach = stage_test(OUTREACH, writer=AGENCY, employer="")
test_board_mail_is_an_alert = stage_test(ALERTS, writer=BOARD, employer="")
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)
