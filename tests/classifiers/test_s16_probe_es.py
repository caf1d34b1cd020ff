"""Spanish mail that decides an application's final status (third batch).

Status notices from candidate portals and boards (and the ones that decide nothing), a no after
an interview or a test said at length or only through its outcome, offers in their many shapes
and the welcome after the reader's yes (or the offer withdrawn), the reader's own mail
(declining an interview, withdrawing, accepting or declining an offer) and interview
invitations from HR teams and booking tools. Look-alikes with the same words stay what they
are.
"""

from __future__ import annotations

from tests.classifiers.probes import family_test, lookalike_test, undecided_test

ATS = ("no-responder@empleo.grupolumen.es", "Grupo Lumen Empleo")
HR = ("seleccion@grupolumen.es", "Grupo Lumen Selección")
PERSON = ("marta.gil@grupolumen.es", "Marta Gil")
READER = ("lucia.romero@gmail.com", "Lucía Romero")
EMPLOYER = "Grupo Lumen"

# (family, read inside a known process, subject, body)
ATS_MAIL = [
    # --- (a) status notices from a portal ---
    (
        "rejection",
        False,
        "Estado de tu candidatura: descartado",
        "Hola Lucía,\n\nEl estado de tu candidatura a la oferta Técnico/a de Nóminas ha "
        "cambiado.\n\nNuevo estado: Descartado\n\nGracias por tu interés en Grupo Lumen.\n\n"
        "Equipo de Selección",
    ),
    (
        "rejection",
        False,
        "Actualización de tu candidatura",
        "Hola Lucía,\n\nTe informamos de que tu candidatura para el puesto de Administrativo/a "
        "contable ha pasado al estado «Finalizado - No seleccionado».\n\nPuedes ver el detalle "
        "en tu área de candidato.\n\nUn saludo,\nGrupo Lumen",
    ),
    (
        "rejection",
        False,
        "Proceso cerrado: Responsable de almacén",
        "Hola,\n\nEl proceso de selección de la oferta «Responsable de almacén» en el que "
        "estabas inscrito/a se ha cerrado. Tu candidatura no continúa en el proceso.\n\n"
        "Gracias por participar.\n\nEquipo de Talento",
    ),
    (
        "rejection",
        False,
        "Oferta cancelada",
        "Hola Lucía,\n\nTe escribimos para informarte de que la vacante de Analista de datos "
        "a la que te inscribiste ha sido cancelada por la empresa. Lamentamos las molestias."
        "\n\nUn saludo,\nEquipo de Selección Grupo Lumen",
    ),
    (
        "rejection",
        False,
        "Tu candidatura en Grupo Lumen",
        "Estimada candidata:\n\nEstado de la candidatura: No seleccionada.\n\nAgradecemos el "
        "tiempo dedicado y te animamos a seguir consultando nuestras ofertas.\n\nEste mensaje "
        "se ha generado automáticamente.",
    ),
    # --- (b) rejections after an interview or a test ---
    (
        "rejection",
        False,
        "Resultado del proceso de selección",
        "Hola Lucía,\n\nQueremos agradecerte sinceramente tu participación en las entrevistas "
        "y el tiempo dedicado. El equipo quedó muy satisfecho con tu perfil y ha sido una "
        "decisión muy reñida, pero finalmente nos hemos decantado por otra persona finalista "
        "con más experiencia en el sector.\n\nTe animamos a volver a presentarte a futuras "
        "ofertas.\n\nUn abrazo,\nMarta Gil, Responsable de Selección",
    ),
    (
        "rejection",
        False,
        "Plaza de Técnico de Administración",
        "Estimada Sra. Romero:\n\nLe comunicamos que la plaza a la que optaba ha sido "
        "adjudicada a otro candidato tras la fase de entrevistas. Agradecemos su "
        "participación en el proceso.\n\nAtentamente,\nDepartamento de Recursos Humanos",
    ),
    (
        "rejection",
        False,
        "Tu prueba técnica",
        "Hola Lucía,\n\nHemos revisado tu prueba técnica con el equipo. Aunque vemos cosas "
        "muy buenas, no alcanza el nivel que buscamos para esta posición, por lo que no "
        "seguiremos adelante con tu candidatura.\n\nGracias por el esfuerzo.\n\nEquipo "
        "de Ingeniería",
    ),
    (
        "rejection",
        False,
        "Proceso de selección - Jefe/a de proyecto",
        "Hola Lucía,\n\nTe informamos de que la posición de Jefa de proyecto se ha cubierto "
        "internamente. Gracias por tu tiempo y por las entrevistas realizadas.\n\nSaludos,\n"
        "Recursos Humanos",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nTras las entrevistas finales, hemos ofrecido el puesto a otro "
        "candidato, que lo ha aceptado. Ha sido un placer conocerte y guardaremos tu CV para "
        "futuras oportunidades.\n\nUn saludo,\nEquipo de Selección",
    ),
    # --- (c) offers and what follows ---
    (
        "offer",
        False,
        "Propuesta económica - Técnica de Nóminas",
        "Hola Lucía,\n\nTras el proceso de selección, nos complace hacerte llegar nuestra "
        "propuesta económica para el puesto de Técnica de Nóminas: salario bruto anual de "
        "32.000 €, contrato indefinido e incorporación el 1 de abril.\n\nQuedamos a la "
        "espera de tu respuesta.\n\nUn saludo,\nMarta Gil",
    ),
    (
        "offer",
        False,
        "Carta oferta",
        "Estimada Lucía:\n\nAdjuntamos la carta oferta correspondiente a la posición de "
        "Analista de datos, con las condiciones que comentamos por teléfono. Te rogamos que "
        "nos la devuelvas firmada antes del viernes.\n\nUn cordial saludo,\nRecursos Humanos",
    ),
    (
        "offer",
        False,
        "Tras nuestra llamada",
        "Hola Lucía,\n\nComo te adelanté por teléfono, queremos que te unas al equipo. Te "
        "confirmo por escrito nuestra oferta: 38.000 € brutos anuales más variable, jornada "
        "híbrida y 25 días de vacaciones.\n\nQuedo a tu disposición.\n\nMarta Gil",
    ),
    (
        "accepted",
        False,
        "¡Bienvenida a Grupo Lumen!",
        "Hola Lucía,\n\n¡Bienvenida a bordo! Estamos encantados de que te incorpores al equipo. "
        "Tu primer día será el lunes 1 de abril a las 9:00 en nuestras oficinas de Madrid. "
        "Trae tu DNI y el número de la Seguridad Social.\n\nUn saludo,\nEquipo de Personas",
    ),
    (
        "accepted",
        False,
        "Tu incorporación",
        "Hola Lucía,\n\nYa tenemos todo listo para tu incorporación. Te enviamos el plan de "
        "acogida de tu primera semana y las credenciales de acceso a tu cuenta corporativa."
        "\n\n¡Nos vemos el lunes!\n\nRecursos Humanos",
    ),
    (
        "rejection",
        False,
        "Tu oferta de empleo",
        "Hola Lucía,\n\nLamentamos comunicarte que, debido a un cambio en los presupuestos, "
        "nos vemos obligados a retirar la oferta de empleo que te hicimos para el puesto de "
        "Analista. Sentimos mucho las molestias.\n\nUn saludo,\nRecursos Humanos",
    ),
    # --- (e) interview invitations and scheduling ---
    (
        "interview",
        False,
        "Entrevista por videollamada - Técnica de Nóminas",
        "Hola Lucía,\n\nNos ha gustado tu perfil y queremos conocerte. Te proponemos una "
        "entrevista por videollamada el miércoles 13 a las 10:00. Recibirás el enlace de "
        "Google Meet en una invitación aparte.\n\nUn saludo,\nEquipo de Selección",
    ),
    (
        "interview",
        False,
        "Elige tu horario para la entrevista",
        "Hola Lucía,\n\nHas pasado a la siguiente fase del proceso. Reserva el hueco que "
        "mejor te venga para una entrevista online con la responsable del área usando el "
        "siguiente enlace.\n\nGracias,\nGrupo Lumen Selección",
    ),
    (
        "interview",
        False,
        "Cambio de hora de tu entrevista",
        "Hola Lucía,\n\nPor un imprevisto de agenda necesitamos reprogramar tu entrevista del "
        "jueves. ¿Te vendría bien el viernes a las 12:00?\n\nDisculpa las molestias.\n\n"
        "Equipo de Selección",
    ),
    (
        "interview",
        False,
        "Convocatoria a entrevista presencial",
        "Estimada Lucía:\n\nLe convocamos a una entrevista presencial el día 14 de marzo a "
        "las 11:30 en nuestras oficinas de Calle Alcalá 120, Madrid. Pregunte por Marta Gil "
        "en recepción.\n\nAtentamente,\nRecursos Humanos",
    ),
]

# (family, read inside a known process, subject, body): people at the employer
PERSON_NOTES = [
    (
        "rejection",
        True,
        "Novedades",
        "Hola Lucía, te escribo para contarte que al final el responsable ha elegido a una "
        "persona de dentro. Estuvo muy reñido, de verdad. Te tengo en cuenta para lo próximo. "
        "Marta",
    ),
    (
        "rejection",
        True,
        "Re: entrevista",
        "Hola Lucía, finalmente le hemos hecho la oferta al otro finalista y la ha aceptado. "
        "Lo siento mucho, fue una decisión difícil. Un abrazo, Marta",
    ),
    (
        "offer",
        True,
        "¡Buenas noticias!",
        "Hola Lucía, ¡queremos hacerte una oferta! Te llamo esta tarde para comentarte las "
        "condiciones y te la mando por escrito. Marta",
    ),
    (
        "interview",
        True,
        "Siguiente paso",
        "Hola Lucía, el director quiere conocerte. ¿Te viene bien el martes a las 16:00 o el "
        "jueves a las 10:00 para una entrevista por Teams? Marta",
    ),
]

# (family, read inside a known process, subject, body): the reader's own mail
READER_MAIL = [
    (
        "withdrawn",
        True,
        "Re: Entrevista por videollamada",
        "Hola Marta, muchas gracias por la invitación. He aceptado otra oferta, así que no "
        "voy a continuar en el proceso. Os deseo mucha suerte. Un saludo, Lucía Romero",
    ),
    (
        "withdrawn",
        True,
        "Retiro mi candidatura",
        "Buenos días, les escribo para retirar mi candidatura al puesto de Técnica de Nóminas, "
        "ya que mis circunstancias personales han cambiado. Gracias por su atención. Lucía "
        "Romero",
    ),
    (
        "withdrawn",
        True,
        "Cancelación entrevista",
        "Hola, lamento tener que cancelar la entrevista del jueves, he decidido no seguir "
        "adelante con el proceso. Gracias por todo. Lucía",
    ),
    (
        "accepted",
        True,
        "Re: Propuesta económica",
        "Hola Marta, ¡acepto encantada la oferta! Te envío firmada la carta oferta y quedo a "
        "la espera de los siguientes pasos para la incorporación. Lucía",
    ),
    (
        "declined",
        True,
        "Re: Carta oferta",
        "Estimada Marta, agradezco mucho la oferta y la confianza. Tras pensarlo, he decidido "
        "no aceptarla, ya que he recibido una propuesta que se ajusta más a lo que busco. Un "
        "saludo, Lucía Romero",
    ),
    (
        "declined",
        True,
        "Re: Tu oferta",
        "Hola Marta, muchas gracias por la propuesta, pero tengo que rechazarla: la parte "
        "económica queda lejos de lo que necesito. Ojalá coincidamos más adelante. Lucía",
    ),
]

# (family, read inside a known process, subject, body): a second batch, from HR teams and boards
ATS_MORE = [
    (
        "rejection",
        False,
        "Novedades sobre tu inscripción en InfoJobs",
        "Hola Lucía,\n\nGrupo Lumen ha actualizado tu candidatura a la oferta Técnico/a de "
        "Nóminas.\n\nEstado: Proceso cerrado para ti\n\nÁnimo, tenemos muchas más ofertas "
        "para ti.\n\nEl equipo de InfoJobs",
    ),
    (
        "rejection",
        False,
        "Proceso de selección finalizado",
        "Estimada Lucía:\n\nLe informamos de que el proceso de selección para el puesto de "
        "Abogada ha finalizado y su candidatura no ha resultado seleccionada.\n\nAgradecemos "
        "su interés.\n\nAtentamente,\nDepartamento de Personas",
    ),
    (
        "rejection",
        False,
        "Tras tu entrevista final",
        "Hola Lucía,\n\nGracias por dedicarnos tu tiempo en la entrevista final con el comité. "
        "Valoramos mucho tu experiencia, pero el comité ha decidido seguir adelante con otra "
        "persona cuyo perfil encaja mejor con las necesidades actuales del equipo. Si te "
        "parece, podemos darte feedback por teléfono.\n\nUn saludo,\nMarta Gil",
    ),
    (
        "rejection",
        False,
        "Tu candidatura - Compradora",
        "Hola Lucía,\n\nTe agradecemos tu participación en las entrevistas. Finalmente hemos "
        "decidido promocionar a una persona del equipo para cubrir el puesto. Esperamos "
        "coincidir en otra ocasión.\n\nUn saludo,\nRecursos Humanos",
    ),
    (
        "offer",
        False,
        "Oferta de empleo - Responsable de Marketing",
        "Hola Lucía,\n\nNos alegra comunicarte que has sido seleccionada para el puesto de "
        "Responsable de Marketing. Adjuntamos la oferta con las condiciones: salario fijo de "
        "45.000 € brutos anuales, 10 % de variable e incorporación el 2 de mayo.\n\nUn "
        "saludo,\nRecursos Humanos",
    ),
    (
        "offer",
        False,
        "Condiciones de la oferta",
        "Hola Lucía,\n\nComo hablamos, te enviamos por escrito la propuesta de contratación: "
        "contrato indefinido, 36.000 € brutos anuales en 14 pagas y teletrabajo dos días a la "
        "semana. Dinos algo antes del viernes.\n\nMarta Gil, People Partner",
    ),
    (
        "interview",
        False,
        "Invitación a entrevista - Grupo Lumen",
        "Hola Lucía,\n\nQueremos invitarte a una entrevista con el equipo de Marketing. "
        "Selecciona una de las franjas disponibles en el calendario del siguiente enlace. La "
        "entrevista será por Teams y durará unos 45 minutos.\n\nEquipo de Selección",
    ),
    (
        "interview",
        False,
        "Tu entrevista se ha movido",
        "Hola Lucía,\n\nTu entrevista con Marta Gil se ha trasladado al viernes 15 a las "
        "11:00. El enlace de la videollamada sigue siendo el mismo.\n\nGrupo Lumen Selección",
    ),
]

# (family, read inside a known process, subject, body): the reader's own mail, second batch
READER_MORE = [
    (
        "withdrawn",
        True,
        "Re: Entrevista el jueves",
        "Hola Marta, gracias por tu mensaje. Prefiero no continuar con el proceso, el puesto no "
        "encaja con lo que busco ahora mismo. Un saludo, Lucía",
    ),
    (
        "accepted",
        True,
        "Re: Oferta de empleo",
        "Hola, os confirmo que acepto la oferta para el puesto de Responsable de Marketing en "
        "las condiciones indicadas. Os devuelvo el documento firmado. Un saludo, Lucía Romero",
    ),
    (
        "declined",
        True,
        "Tu propuesta",
        "Hola Marta, gracias por la propuesta. Lo he pensado mucho y al final no voy a "
        "aceptarla: he decidido quedarme en mi empresa actual. Un saludo, Lucía",
    ),
]

LOOKALIKES_MORE = [
    (
        "gestor@ingdirect.es",
        "Tu cita por videollamada",
        "Hola Lucía, tu cita por videollamada con tu gestor está confirmada el martes a las "
        "17:00. Puedes cambiarla desde tu área de cliente.",
        False,
    ),
    (
        "ana.ruiz@gmail.com",
        "¡Me cambio de trabajo!",
        "Hola Lucía, dejo la empresa a final de mes, he aceptado una oferta en Valencia. "
        "Despedida el viernes a las 19:00, ¿te vienes? Ana",
        False,
    ),
    (
        "noreply@vodafone.es",
        "El estado de tu pedido ha cambiado",
        "Hola, el estado de tu pedido ha cambiado: cancelado. Te devolveremos el importe en "
        "un plazo de 5 días hábiles.",
        False,
    ),
]

# (family, read inside a known process, subject, body): a third batch
THIRD_BATCH = [
    (
        "rejection",
        False,
        "Cierre del proceso - Analista de riesgos",
        "Hola Lucía,\n\nTe informamos de que el proceso de selección para Analista de riesgos "
        "(ref. 24-207) se ha cerrado. En esta ocasión tu candidatura no ha sido seleccionada "
        "para la siguiente fase.\n\nEquipo de Selección",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nTe escribo después de tu entrevista con nuestro director comercial. "
        "Le gustó mucho tu trayectoria, pero finalmente hemos ofrecido el puesto a una "
        "candidata con experiencia en nuestro sector. Quedo a tu disposición si quieres un "
        "feedback más detallado.\n\nUn saludo,\nMarta Gil, Técnica de Selección",
    ),
    (
        "offer",
        True,
        "Tras nuestra conversación",
        "Hola Lucía,\n\nComo te comenté por teléfono, estamos encantados de ofrecerte el "
        "puesto de Jefa de Proyecto. Te adjunto el detalle de la propuesta salarial.\n\nUn "
        "saludo,\nMarta",
    ),
    (
        "accepted",
        True,
        "Re: Carta oferta",
        "Hola Lucía,\n\n¡Qué alegría que hayas aceptado! Hemos recibido la carta oferta "
        "firmada. Te escribirá el equipo de Personas para preparar tu incorporación.\n\n"
        "Un abrazo,\nMarta",
    ),
    (
        "interview",
        False,
        "Entrevista telefónica - Grupo Lumen",
        "Hola Lucía,\n\nHemos revisado tu candidatura y nos gustaría tener una breve "
        "entrevista telefónica contigo. ¿Tendrías disponibilidad el martes o el miércoles por "
        "la mañana?\n\nUn saludo,\nEquipo de Selección",
    ),
    (
        "withdrawn",
        True,
        "Retirada de candidatura",
        "Buenos días, les informo de que retiro mi candidatura al puesto de Técnica de "
        "Nóminas, ya que he aceptado otra propuesta. Gracias por su tiempo. Lucía Romero",
    ),
]

THIRD_LOOKALIKES = [
    (
        "admisiones@ironhack.com",
        "Resultado de tu admisión",
        "Hola Lucía, lamentamos informarte de que tu candidatura al bootcamp de marzo no ha "
        "sido seleccionada por el comité de admisión.",
        False,
    ),
    (
        "citaprevia@policia.es",
        "Cita previa confirmada",
        "Su cita previa para la renovación del DNI está confirmada el jueves 14 de marzo a las "
        "10:00. Preséntese 10 minutos antes.",
        False,
    ),
    (
        "info@clubpadel.es",
        "Tu inscripción",
        "Hola Lucía, la clase del martes está completa y no hemos podido aceptar tu "
        "inscripción. Te ofrecemos el horario del jueves.",
        False,
    ),
]

# (subject, body): portal notices that decide nothing
NO_DECISION = [
    (
        "Novedades en tu candidatura",
        "Hola Lucía,\n\nHay una actualización en tu candidatura a la oferta Técnica de "
        "Nóminas. Accede a tu área de candidato para consultarla.\n\nGrupo Lumen Empleo",
    ),
    (
        "Estado de tu candidatura: en revisión",
        "Hola Lucía,\n\nEl estado de tu candidatura ha cambiado a: En revisión. Te "
        "avisaremos cuando haya novedades.\n\nEquipo de Selección",
    ),
]

# (sender, subject, body, sent to a mailing list)
LOOKALIKES = [
    (
        "pablo.ortiz@gmail.com",
        "¡Me han cogido!",
        "¡Lucía! Me han hecho una oferta en Telefónica y empiezo en abril. Mañana firmo el "
        "contrato. ¿Cañas el viernes para celebrarlo? Pablo",
        False,
    ),
    (
        "ofertas@bbva.es",
        "Tu préstamo preconcedido",
        "Hola Lucía, tienes una oferta de préstamo preconcedido de hasta 15.000 €. Tu "
        "solicitud ha sido aprobada: firma en la app antes del día 30.",
        False,
    ),
    (
        "citas@quironsalud.es",
        "Cambio de cita",
        "Hola Lucía, tu cita con Dermatología del jueves ha sido reprogramada. Elige una "
        "nueva hora en el enlace.",
        False,
    ),
    (
        "alquiler@idealista.com",
        "Visita al piso",
        "Hola, te confirmamos la visita al piso de la calle Embajadores el martes a las "
        "19:00. El propietario ha seleccionado tu solicitud entre los interesados.",
        False,
    ),
    (
        "admision@ucm.es",
        "Estado de tu solicitud: no admitida",
        "Estimada alumna, el estado de su solicitud de admisión al Máster en Psicología ha "
        "cambiado a: no admitida.",
        False,
    ),
    (
        "radio@cadenaser.es",
        "Entrevista en el programa",
        "Hola Lucía, nos encantaría hacerte una entrevista por videollamada para el programa "
        "del sábado. Elige el horario que mejor te venga.",
        False,
    ),
    (
        "webinars@infojobs.net",
        "Webinar: cómo superar una entrevista de trabajo",
        "Apúntate a nuestro webinar gratuito del jueves: cómo preparar tu entrevista, "
        "negociar la oferta y superar el periodo de prueba.",
        True,
    ),
    (
        "atencion@movistar.es",
        "Te llamamos",
        "Hola, un agente te llamará mañana entre las 10 y las 12 para resolver tu incidencia. "
        "Puedes elegir otra franja horaria en tu área de cliente.",
        False,
    ),
    (
        "newsletter@expansion.com",
        "Las empresas que más contratan",
        "Este mes: las empresas que más contratan, cómo negociar tu salario y por qué se "
        "retiran ofertas de empleo ya firmadas.",
        True,
    ),
    (
        "voluntariado@cruzroja.es",
        "Tu solicitud de voluntariado",
        "Hola Lucía, lamentamos informarte de que tu solicitud para el programa de "
        "voluntariado no ha sido seleccionada en esta ocasión.",
        False,
    ),
]


test_ats_mail_is_read_for_its_stage = family_test(
    [*ATS_MAIL, *ATS_MORE], writer=HR, employer=EMPLOYER
)
test_person_note_is_read_for_its_stage = family_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_reader_mail_is_read_for_its_stage = family_test(
    [*READER_MAIL, *READER_MORE], writer=READER, employer=EMPLOYER
)
test_look_alike_stays_not_job_mail = lookalike_test(
    [*LOOKALIKES, *LOOKALIKES_MORE, *THIRD_LOOKALIKES]
)
test_third_batch_is_read_for_its_stage = family_test(THIRD_BATCH, writer=PERSON, employer=EMPLOYER)


test_status_notice_that_decides_nothing_is_no_decision = undecided_test(
    NO_DECISION, writer=ATS, employer=EMPLOYER
)
