"""Spanish mail that decides an application's final status, from HR teams, ATS templates, people.

Rejections under neutral subjects with praise or a talent pool around the no, pauses and
cancelled roles, withdrawals (confirmed by the employer or written by the candidate), offers
and contracts with the yes or no to them, and tests versus interviews. Look-alikes with the
same words must stay not job mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import family_test, lookalike_test, stage_test

# (family, read in the process, subject, body): mail from the HR team or an ATS template
HR_MAIL: list[tuple[str, bool, str, str]] = [
    # --- (a) rejections ---
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nQueremos agradecerte el interés mostrado en Grupo Alcora y el tiempo "
        "dedicado a tu candidatura para el puesto de Analista de Datos. Tras revisar todos los "
        "perfiles, hemos decidido seguir adelante con candidatos cuya experiencia se ajusta "
        "más a los requisitos del puesto.\n\nTe deseamos mucho éxito en tu búsqueda.\n\n"
        "Un saludo,\nEquipo de Talento de Grupo Alcora",
    ),
    (
        "rejection",
        False,
        "Actualización sobre tu candidatura",
        "Estimada Lucía:\n\nTu perfil nos ha parecido muy interesante y valoramos mucho tu "
        "trayectoria. Sin embargo, lamentamos comunicarte que en esta ocasión no podemos "
        "continuar con tu candidatura para la posición de Técnica de Marketing.\n\nGuardaremos "
        "tu CV en nuestra base de datos para futuras oportunidades que encajen con tu perfil."
        "\n\nAtentamente,\nDepartamento de Recursos Humanos",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nTe escribimos en relación con tu candidatura al puesto de Desarrolladora "
        "Backend. Lamentablemente la posición ya no está disponible, ya que hemos cerrado este "
        "proceso de selección.\n\nGracias por tu interés y te animamos a seguir nuestras "
        "ofertas.\n\nSaludos cordiales,\nEquipo de Selección",
    ),
    (
        "rejection",
        False,
        "Proceso de selección - Ref. 4521",
        "Estimada candidata:\n\nLe agradecemos su participación en nuestro proceso de selección. "
        "Hemos recibido un gran número de candidaturas y, tras un análisis detallado, le "
        "informamos de que su perfil no ha sido seleccionado para continuar en el proceso.\n\n"
        "Reciba un cordial saludo,\nRecursos Humanos",
    ),
    (
        "rejection",
        False,
        "Tras tu entrevista",
        "Hola Lucía,\n\nMuchas gracias por tu tiempo y por la conversación tan interesante de "
        "la semana pasada. Después de valorar todas las candidaturas, nos hemos decantado por "
        "otra persona cuyo perfil se adapta mejor a lo que buscamos en este momento.\n\nEsperamos "
        "coincidir en el futuro.\n\nUn abrazo,\nEquipo de People",
    ),
    (
        "rejection",
        False,
        "Información sobre tu candidatura",
        "Hola Lucía,\n\nTe informamos de que el proceso para el puesto de Administrativa "
        "Contable ha finalizado y la vacante ha sido cubierta por otro candidato.\n\nCon tu "
        "consentimiento, mantendremos tu candidatura en nuestra bolsa de empleo para futuros "
        "procesos.\n\nGracias por confiar en nosotros,\nRecursos Humanos Alcora",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nGracias por tu candidatura para el puesto de Project Manager. Tras "
        "revisarla detenidamente, hemos decidido no avanzar con tu candidatura en esta "
        "ocasión. Esta decisión no refleja tu valía profesional.\n\nTe deseamos lo mejor.\n\n"
        "Talent Acquisition – Alcora",
    ),
    (
        "rejection",
        False,
        "Actualización de la oferta",
        "Hola,\n\nTe informamos de que la oferta «Responsable de Compras» en la que te inscribiste "
        "ha sido cerrada y el puesto ya ha sido cubierto.\n\nGracias por tu interés.\n\n"
        "Un saludo,\nEl equipo de Selección",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Querida Lucía,\n\nSentimos comunicarte que tu candidatura no ha sido seleccionada para "
        "el puesto de Jefa de Almacén. Hemos recibido candidaturas de gran calidad y la decisión "
        "ha sido difícil.\n\nTe deseamos mucha suerte en tu carrera profesional.\n\nEquipo de RRHH",
    ),
    (
        "rejection",
        False,
        "Respuesta a tu candidatura",
        "Hola Lucía,\n\nTras analizar tu candidatura, lamentamos no poder darte una respuesta "
        "positiva en esta ocasión. Las competencias requeridas para el puesto no se ajustan del "
        "todo a tu experiencia.\n\nGracias por tu interés en nuestra empresa.\n\nUn saludo,\n"
        "Alcora Talento",
    ),
    # --- (b) paused, cancelled, frozen ---
    (
        "on_hold",
        False,
        "Tu candidatura – Analista de Datos",
        "Hola Lucía,\n\nTe escribimos para informarte de que, debido a una reorganización "
        "interna, el proceso de selección para este puesto ha quedado en pausa hasta nuevo "
        "aviso.\n\nTe contactaremos en cuanto se reanude.\n\nUn saludo,\nEquipo de Selección",
    ),
    (
        "on_hold",
        False,
        "Novedades sobre el proceso",
        "Hola Lucía,\n\nQueríamos avisarte de que el proceso de selección para el puesto de "
        "Contable está paralizado temporalmente, ya que el presupuesto aún no ha sido aprobado."
        "\n\nTu candidatura sigue activa y te escribiremos en cuanto tengamos novedades.\n\n"
        "Saludos,\nRecursos Humanos",
    ),
    (
        "on_hold",
        False,
        "Tu candidatura",
        "Estimada Lucía:\n\nLe informamos de que la vacante de Ingeniera de Calidad ha quedado "
        "congelada por decisión de la dirección, por lo que el proceso se pospone hasta una "
        "fecha posterior.\n\nAgradecemos su paciencia y comprensión.\n\nDepartamento de RRHH",
    ),
    (
        "on_hold",
        False,
        "Actualización de tu candidatura",
        "Hola Lucía,\n\nHemos decidido suspender temporalmente la contratación para el puesto de "
        "Desarrolladora Frontend. Mantendremos tu candidatura en espera y te contactaremos si "
        "el puesto se reabre.\n\nGracias por tu comprensión,\nTalent Acquisition",
    ),
    # --- (c) withdrawal confirmed ---
    (
        "withdrawn",
        False,
        "Confirmación de retirada de candidatura",
        "Hola Lucía,\n\nTe confirmamos que tu candidatura al puesto de Analista de Datos ha sido "
        "retirada, tal y como solicitaste.\n\nGracias por tu interés en Grupo Alcora.\n\n"
        "Un saludo,\nEquipo de Selección",
    ),
    (
        "withdrawn",
        False,
        "Tu candidatura",
        "Hola,\n\nHas retirado tu candidatura a la oferta «Técnico de Soporte». Los reclutadores "
        "ya no la revisarán.\n\nPuedes inscribirte en otras ofertas desde tu área de "
        "candidato.\n\nEste es un mensaje automático, por favor no respondas.",
    ),
    (
        "withdrawn",
        False,
        "Re: Renuncia al proceso",
        "Hola Lucía,\n\nHemos recibido tu mensaje y tomamos nota de tu decisión de retirarte del "
        "proceso de selección. Hemos cancelado la entrevista prevista para el viernes.\n\nTe "
        "deseamos mucho éxito en tu nuevo puesto.\n\nSaludos,\nRecursos Humanos",
    ),
    (
        "withdrawn",
        False,
        "Retirada de candidatura registrada",
        "Hola Lucía,\n\nTu solicitud se ha tramitado correctamente: hemos dado de baja tu "
        "candidatura para el puesto de Administrativa a petición tuya.\n\nUn saludo,\nEquipo "
        "de Talento",
    ),
    (
        "withdrawn",
        False,
        "Re: Mi candidatura",
        "Hola Lucía,\n\nGracias por informarnos de que ya no deseas continuar en el proceso de "
        "selección. Hemos tomado nota y cerrado tu candidatura.\n\nMucha suerte,\nEquipo de RRHH",
    ),
    # --- (d) offers and contracts ---
    (
        "offer",
        False,
        "Oferta de empleo – Grupo Alcora",
        "Hola Lucía,\n\nTras las entrevistas, nos complace ofrecerte el puesto de Analista de "
        "Datos con contrato indefinido y un salario bruto anual de 38.000 €. Adjuntamos la "
        "propuesta detallada.\n\nTe agradeceríamos que nos comunicaras tu respuesta antes del "
        "15 de marzo.\n\nUn saludo,\nDepartamento de Recursos Humanos",
    ),
    (
        "offer",
        False,
        "Tu contrato",
        "Hola Lucía,\n\nTe adjuntamos tu contrato de trabajo para el puesto de Técnica de "
        "Marketing. Por favor, devuélvenoslo firmado antes del 20 de marzo.\n\nEstamos deseando "
        "darte la bienvenida.\n\nSaludos,\nRRHH",
    ),
    (
        "offer",
        False,
        "Carta oferta",
        "Estimada Lucía:\n\nNos alegra confirmarte nuestra oferta para el puesto de Jefa de "
        "Almacén. Encontrarás adjunta la carta oferta con el detalle de la retribución.\n\nLa "
        "oferta es válida hasta el 10 de abril.\n\nEquipo de Talent Acquisition",
    ),
    (
        "offer",
        False,
        "Propuesta de incorporación",
        "Hola Lucía,\n\nEs un placer hacerte llegar nuestra propuesta de incorporación como "
        "Project Manager, con fecha de inicio el 2 de mayo. Quedamos a la espera de tu "
        "confirmación.\n\nUn abrazo,\nPeople Team",
    ),
    (
        "accepted",
        False,
        "Bienvenida a Grupo Alcora",
        "Hola Lucía,\n\nHemos recibido tu contrato firmado, ¡muchas gracias! Estamos encantados "
        "de que te incorpores el 2 de abril.\n\nEn los próximos días recibirás la agenda de tu "
        "primer día.\n\nEquipo de RRHH",
    ),
    (
        "accepted",
        False,
        "Re: Oferta de empleo",
        "Hola Lucía,\n\nTomamos nota de tu aceptación de nuestra oferta para el puesto de "
        "Analista de Datos y nos alegra mucho. Te enviaremos el contrato en los próximos días."
        "\n\n¡Bienvenida al equipo!\n\nRecursos Humanos",
    ),
    (
        "declined",
        False,
        "Re: Oferta de empleo",
        "Hola Lucía,\n\nHemos recibido tu respuesta y tomamos nota de tu decisión de rechazar "
        "nuestra oferta. Lo lamentamos, pero respetamos tu decisión.\n\nTe deseamos mucho "
        "éxito.\n\nUn saludo,\nEquipo de Selección",
    ),
    (
        "declined",
        False,
        "Re: Propuesta – Jefa de Almacén",
        "Hola Lucía,\n\nGracias por comunicarnos tu decisión. Sentimos que no puedas aceptar "
        "nuestra propuesta, pero entendemos tus motivos.\n\nOjalá coincidamos en el futuro,\n"
        "RRHH",
    ),
    # --- (e) assessment vs interview ---
    (
        "assessment",
        False,
        "Siguiente paso: prueba online",
        "Hola Lucía,\n\nTras revisar tu candidatura, nos gustaría invitarte a realizar una "
        "prueba de aptitudes online. La prueba dura unos 45 minutos y debes completarla en un "
        "plazo de 5 días desde el enlace que encontrarás abajo.\n\n¡Mucha suerte!\n\nEquipo de "
        "Selección",
    ),
    (
        "assessment",
        False,
        "Tu candidatura – caso práctico",
        "Hola Lucía,\n\nQueremos seguir adelante contigo. Te adjuntamos un caso práctico que "
        "deberás enviarnos antes del 12 de marzo; lo comentaremos en la siguiente entrevista."
        "\n\nSaludos,\nTalent Acquisition",
    ),
    (
        "assessment",
        False,
        "Prueba técnica",
        "Hola Lucía,\n\nComo hablamos, te envío la prueba técnica para hacer en casa. Tienes una "
        "semana para subir tu código al repositorio indicado.\n\n¡Ánimo!\nEquipo Tech",
    ),
    (
        "assessment",
        False,
        "Invitación: cuestionario de personalidad",
        "Estimada Lucía:\n\nEn el marco de su candidatura, le invitamos a completar un "
        "cuestionario de personalidad y unos test de razonamiento en línea.\n\nAtentamente,\n"
        "Recursos Humanos",
    ),
    (
        "interview",
        False,
        "Invitación a entrevista",
        "Hola Lucía,\n\nTu candidatura nos ha parecido muy interesante y nos gustaría conocerte "
        "en una entrevista en nuestras oficinas de Madrid el martes 12 de marzo a las 10:00.\n\n"
        "Por favor, confírmanos tu asistencia.\n\nUn saludo,\nEquipo de Selección",
    ),
    (
        "interview",
        False,
        "Tu candidatura – videoentrevista",
        "Hola Lucía,\n\nNos complace invitarte a una videoentrevista con nuestra responsable de "
        "equipo. Elige el horario que mejor te venga en el enlace de abajo.\n\nHasta pronto,\n"
        "Talent Acquisition Alcora",
    ),
    (
        "interview",
        False,
        "Visita a nuestras instalaciones",
        "Hola Lucía,\n\nDespués de vuestra primera conversación, te proponemos venir a conocer "
        "nuestra planta y al equipo el jueves 14 de marzo a las 10:00. La jornada terminará con "
        "una entrevista con la directora de planta.\n\nSaludos,\nRRHH",
    ),
    (
        "interview",
        False,
        "Siguiente paso",
        "Hola Lucía,\n\nNos alegra comunicarte que pasas a la siguiente fase: una llamada de 30 "
        "minutos con nuestra reclutadora. ¿Qué disponibilidad tienes esta semana?\n\nUn saludo,"
        "\nEquipo de RRHH",
    ),
]

# A second set of HR mail in the families with the fewest notes above
HR_MAIL_MORE: list[tuple[str, bool, str, str]] = [
    (
        "on_hold",
        False,
        "Tu candidatura – Analista de Riesgos",
        "Hola Lucía,\n\nQueríamos mantenerte informada: el proceso de selección para el puesto "
        "de Analista de Riesgos está temporalmente detenido a la espera de la aprobación del "
        "presupuesto. Conservamos tu candidatura y retomaremos el proceso lo antes posible.\n\n"
        "Un saludo,\nEquipo de Selección",
    ),
    (
        "on_hold",
        False,
        "Estado del proceso",
        "Hola Lucía,\n\nHemos tomado la decisión de aplazar la contratación del puesto de "
        "Product Owner hasta final de trimestre. Volveremos a contactarte en abril.\n\nGracias "
        "por tu paciencia,\nRRHH",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nGracias por tu interés en Grupo Alcora. Te informamos de que la "
        "posición de Abogada ha sido cancelada tras una reorganización, por lo que hemos "
        "cerrado el proceso y no avanzaremos con las candidaturas recibidas.\n\nUn saludo,\n"
        "Equipo de RRHH",
    ),
    (
        "rejection",
        False,
        "Tu candidatura en Grupo Alcora",
        "Hola Lucía,\n\nGracias por el tiempo que has dedicado al proceso. Nos ha impresionado "
        "tu trayectoria, pero hemos seleccionado un perfil más alineado con las necesidades "
        "actuales del equipo.\n\nTe deseamos lo mejor,\nTalent Acquisition",
    ),
    (
        "withdrawn",
        False,
        "Tu candidatura ha sido retirada",
        "Hola Lucía,\n\nSegún tu solicitud, hemos retirado tu candidatura al puesto de Product "
        "Owner. No recibirás más comunicaciones sobre este proceso.\n\nEquipo de Selección "
        "Alcora",
    ),
    (
        "withdrawn",
        False,
        "Re: Retirada",
        "Hola Lucía,\n\nTomamos nota de tu deseo de abandonar el proceso de selección y te "
        "agradecemos que nos hayas avisado.\n\nMucha suerte,\nRRHH",
    ),
    (
        "assessment",
        False,
        "Evaluación online – Grupo Alcora",
        "Hola Lucía,\n\nPara continuar con tu candidatura, completa la evaluación online (test "
        "de lógica y de inglés) antes del 18 de marzo. Necesitarás alrededor de una hora.\n\n"
        "Un saludo,\nEquipo de Selección",
    ),
    (
        "interview",
        False,
        "Convocatoria de entrevista",
        "Estimada Lucía:\n\nNos complace convocarle a una entrevista personal el lunes 18 de "
        "marzo a las 9:30 en la calle Serrano 12, Madrid. Por favor, traiga su DNI.\n\n"
        "Atentamente,\nDepartamento de Recursos Humanos",
    ),
]

# Written after the first round of fixes, as a check that they are general
SECOND_BATCH: list[tuple[str, bool, str, str]] = [
    (
        "rejection",
        False,
        "Tu candidatura – Técnica de Nóminas",
        "Hola Lucía,\n\nGracias por tu candidatura. Te informamos de que la vacante de Técnica "
        "de Nóminas ya no se encuentra disponible, ya que se ha cubierto internamente.\n\n"
        "Mucha suerte en tu búsqueda.\n\nRRHH",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nGracias por tu interés en Grupo Alcora. Tras varias semanas, hemos "
        "decidido cerrar el proceso con una candidata cuyo perfil se ajusta más a la posición."
        "\n\nConservaremos tu CV en nuestra bolsa de empleo.\n\nTalent Acquisition",
    ),
    (
        "on_hold",
        False,
        "Información sobre el proceso",
        "Hola Lucía,\n\nDebido al contexto económico, la contratación del puesto de "
        "Responsable de Compras ha quedado interrumpida por ahora. Te escribiremos en cuanto "
        "tengamos más visibilidad.\n\nUn saludo,\nRRHH",
    ),
    (
        "withdrawn",
        True,
        "Mi candidatura",
        "Buenos días, les informo de que prefiero retirarme del proceso de selección, ya que "
        "mi situación ha cambiado. Gracias por su consideración. Lucía García",
    ),
    (
        "withdrawn",
        False,
        "Re: Retirada",
        "Hola Lucía,\n\nEntendido, respetamos tu decisión de retirarte del proceso y te "
        "agradecemos la transparencia.\n\nUn saludo,\nRRHH",
    ),
    (
        "accepted",
        True,
        "Re: Propuesta",
        "Hola Lucía, gracias por tu respuesta tan rápida, tomamos nota de tu aceptación y "
        "preparamos el contrato. Marta",
    ),
    (
        "declined",
        False,
        "Re: Tu oferta de empleo",
        "Hola Lucía,\n\nLamentamos que no puedas aceptar nuestra oferta de empleo, pero "
        "entendemos tu decisión.\n\nMucha suerte,\nRRHH",
    ),
    (
        "interview",
        False,
        "Convocatoria",
        "Estimada Lucía:\n\nNos gustaría citarle para una entrevista con la directora "
        "financiera el miércoles 20 de marzo a las 12:00 en nuestras oficinas.\n\n"
        "Atentamente,\nRecursos Humanos",
    ),
    (
        "assessment",
        False,
        "Siguiente paso en tu candidatura",
        "Hola Lucía,\n\nTe invitamos a completar unos test de razonamiento numérico y verbal. "
        "Recibirás un enlace de nuestro proveedor de evaluación.\n\nEquipo de Selección",
    ),
    (
        "rejection",
        False,
        "Tu candidatura",
        "Hola Lucía,\n\nTe informamos de que el proceso para el puesto de Técnica de Proyectos "
        "ha sido cancelado. Gracias por tu candidatura.\n\nRRHH",
    ),
]

# Short notes from a person at the employer (hiring manager, recruiter)
PERSON_NOTES: list[tuple[str, bool, str, str]] = [
    (
        "rejection",
        True,
        "Un breve comentario",
        "Hola Lucía, gracias de nuevo por tu tiempo. Al final hemos decidido ir con otro perfil. "
        "Me gustó mucho hablar contigo. Marta",
    ),
    (
        "rejection",
        True,
        "Re: novedades",
        "Hola Lucía, lo siento mucho, la dirección ha cancelado la posición y ya no vamos a "
        "contratar para ese equipo. Me guardo tu CV. Marta",
    ),
    (
        "rejection",
        False,
        "Tu entrevista",
        "Hola Lucía, quería decírtelo directamente: no vamos a seguir adelante con tu "
        "candidatura, el equipo buscaba a alguien más senior. ¡Mucha suerte! Marta",
    ),
    (
        "on_hold",
        True,
        "Re: ¿novedades?",
        "Hola Lucía, perdona el silencio. Todo está parado por nuestra parte: la posición está "
        "congelada hasta el próximo presupuesto. Te escribo en cuanto se mueva algo. Marta",
    ),
    (
        "on_hold",
        True,
        "Re: seguimiento",
        "Hola Lucía, vamos a pausar la contratación unas semanas mientras reorganizamos el "
        "equipo. Te mantengo informada. Marta",
    ),
    (
        "withdrawn",
        True,
        "Re: mi retirada",
        "Hola Lucía, entendido, retiro tu candidatura del proceso. Gracias por avisarme y "
        "¡mucha suerte! Marta",
    ),
    (
        "offer",
        True,
        "Buenas noticias",
        "Hola Lucía, ¡me alegra mucho decirte que queremos hacerte una oferta! Mañana te envía "
        "RRHH la propuesta por escrito. Marta",
    ),
    (
        "accepted",
        True,
        "Re: mi respuesta",
        "Lucía, ¡qué buena noticia, gracias por decir que sí! Estamos todos encantados de que "
        "te unas. Preparo el contrato. Marta",
    ),
    (
        "declined",
        True,
        "Re: mi decisión",
        "Hola Lucía, es una pena, pero respeto tu decisión de rechazar nuestra propuesta. La "
        "puerta sigue abierta. Marta",
    ),
    (
        "assessment",
        True,
        "Un pequeño ejercicio",
        "Hola Lucía, antes de la próxima conversación te mando un pequeño caso práctico para "
        "preparar en casa (máximo 2 horas). Envíamelo cuando puedas esta semana. Marta",
    ),
    (
        "interview",
        True,
        "Re: conocernos",
        "Hola Lucía, ¿te vendría bien el jueves a las 11:00 para una videollamada con Pablo, "
        "nuestro CTO? Marta",
    ),
]

# Notes the candidate writes to the employer
CANDIDATE_NOTES: list[tuple[str, bool, str, str]] = [
    (
        "withdrawn",
        True,
        "Retirada de mi candidatura",
        "Hola Marta, gracias por todo. Sin embargo, quiero retirar mi candidatura, ya que he "
        "aceptado otra oferta. Un saludo, Lucía García",
    ),
    (
        "withdrawn",
        True,
        "Entrevista del 12 de marzo",
        "Buenos días, les escribo para informarles de que me retiro del proceso de selección. "
        "Agradezco el interés mostrado en mi candidatura. Lucía García",
    ),
    (
        "accepted",
        True,
        "Re: Oferta de empleo",
        "Hola Marta, me alegra confirmarte que acepto vuestra oferta. Os envío el contrato "
        "firmado mañana. Lucía",
    ),
    (
        "declined",
        True,
        "Re: Oferta de empleo",
        "Hola Marta, muchas gracias por la oferta. Tras pensarlo mucho, he decidido no "
        "aceptarla. Os agradezco mucho la confianza. Lucía García",
    ),
]

# Job mail with the same words that must stay what it is: (subject, body, category, status,
# read in the process)
SAME_WORDS: list[tuple[str, str, Category, ApplicationStatus | None, bool]] = [
    (
        "Hemos recibido tu candidatura",
        "Hola Lucía,\n\nHemos recibido tu candidatura para el puesto de Analista de Datos. "
        "Debido al gran volumen de candidaturas, lamentablemente no podremos responder a todas "
        "de forma individual. Si tu perfil encaja, te contactaremos en las próximas tres "
        "semanas.\n\nEquipo de Selección",
        Category.CONFIRMATION,
        None,
        False,
    ),
    (
        "Tu candidatura se ha enviado",
        "Hola Lucía,\n\nTu candidatura para el puesto de Técnica de Marketing se ha registrado "
        "correctamente. Si no recibes respuesta en 4 semanas, entiende que no has sido "
        "seleccionada para continuar.\n\nEquipo de Talento",
        Category.CONFIRMATION,
        None,
        False,
    ),
]

# (sender, subject, body, sent to a mailing list)
LOOKALIKES: list[tuple[str, str, str, bool]] = [
    (
        "noreply@alcora.es",
        "Hemos recibido tu consulta",
        "Hola Lucía, hemos recibido tu mensaje. Lamentablemente no podemos responder "
        "individualmente a todas las consultas de atención al cliente. Un saludo, Alcora",
        False,
    ),
    (
        "hipotecas@bbva.es",
        "Tu oferta vinculante",
        "Estimada Lucía, te adjuntamos la oferta vinculante de tu hipoteca. Por favor, "
        "devuélvela firmada tras el plazo de reflexión. Tu gestora",
        False,
    ),
    (
        "alquileres@idealista.com",
        "Tu solicitud de alquiler",
        "Hola, lamentamos comunicarte que el propietario ha elegido a otro inquilino para el "
        "piso de la calle Alcalá. Guardamos tu solicitud para próximos anuncios.",
        False,
    ),
    (
        "admisiones@ucm.es",
        "Tu solicitud de admisión al máster",
        "Estimada Lucía, lamentamos informarte de que tu solicitud de admisión al Máster en "
        "Sociología no ha sido aceptada por la comisión académica. Secretaría",
        False,
    ),
    (
        "citas@sanitas.es",
        "Confirmación de cita",
        "Hola Lucía, tu cita con la Dra. Ruiz está confirmada el martes 12 de marzo a las 10:00. "
        "Si no puedes acudir, cancélala en la app.",
        False,
    ),
    (
        "podcast@elpais.es",
        "La entrevista de la semana",
        "Esta semana entrevistamos a la directora de RRHH de Alcora sobre las nuevas formas de "
        "selección y la videoentrevista. ¡Escúchalo ya!",
        True,
    ),
    (
        "newsletter@infojobs.net",
        "Newsletter RRHH: cómo rechazar a un candidato con tacto",
        "En este número: cómo redactar un rechazo amable, congelar una contratación sin perder "
        "talento y las tendencias de las ofertas de empleo en 2025.",
        True,
    ),
    (
        "pablo.ruiz@gmail.com",
        "Noticias",
        "Hola Lucía, ¡gran noticia: he firmado el contrato con Telefónica y empiezo en abril! "
        "¿Qué tal van tus candidaturas? Un abrazo, Pablo",
        False,
    ),
    (
        "formacion@uned.es",
        "Evaluación del módulo",
        "Hola, la evaluación online del módulo Gestión de Proyectos está abierta hasta el 20 de "
        "marzo. La prueba dura 45 minutos. Ánimo, el equipo docente",
        False,
    ),
    (
        "socios@gimnasio-vivagym.es",
        "Tu suscripción está en pausa",
        "Hola Lucía, tal y como pediste, tu suscripción queda en pausa hasta el 1 de mayo. "
        "Puedes reactivarla cuando quieras desde la app.",
        False,
    ),
    (
        "visitas@fotocasa.es",
        "Visita al piso",
        "Hola, te confirmamos la visita al piso de la calle Alcalá el jueves 14 de marzo a las "
        "10:00. Trae tu documentación completa.",
        False,
    ),
    (
        "pedidos@elcorteingles.es",
        "Tu pedido está detenido",
        "Hola Lucía, tu pedido 12345 está temporalmente detenido por un problema con el pago. "
        "Actualiza tu tarjeta para continuar.",
        False,
    ),
    (
        "entradas@teatro-real.es",
        "Función cancelada",
        "Hola, la función del 12 de marzo ha sido cancelada. Te devolveremos el importe de la "
        "entrada en 10 días. Taquilla",
        False,
    ),
]


test_hr_mail_is_read_for_its_stage = family_test(
    [*HR_MAIL, *HR_MAIL_MORE],
    writer=("seleccion@grupoalcora.es", "Selección Grupo Alcora"),
    employer="Alcora",
)
test_person_note_is_read_for_its_stage = family_test(
    PERSON_NOTES, writer=("marta.lopez@grupoalcora.es", "Marta López"), employer="Alcora"
)
test_candidate_note_is_read_for_its_stage = family_test(
    CANDIDATE_NOTES, writer=("lucia.garcia@gmail.com", "Lucía García"), employer="Alcora"
)
test_second_batch_is_read_for_its_stage = family_test(
    SECOND_BATCH, writer=("seleccion@grupoalcora.es", "Selección Grupo Alcora"), employer="Alcora"
)
test_job_mail_with_the_same_words_stays_what_it_is = stage_test(
    SAME_WORDS, writer=("seleccion@grupoalcora.es", "Selección Grupo Alcora"), employer="Alcora"
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)
