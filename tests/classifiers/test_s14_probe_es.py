"""Short notes people write during a hiring process, in Spanish (Spain and Latin America).

A hiring manager's, a founder's or an in-house recruiter's plain words: the no, the call
proposed, the take-home sent, the offer, the hiring paused, the reader's withdrawal or answer
to an offer acknowledged. Notes with no job word at all are read as mail of a process in
progress (``classify_in_process``). Look-alikes (a friend's new job, a loan offer, a doctor's
appointment, a flat viewing, a master's admission, a podcast) stay not job mail.
"""

from __future__ import annotations

from tests.classifiers.probes import family_test, lookalike_test

# (family, read inside a known process, subject, body)
NOTES = [
    (
        "rejection",
        False,
        "Re: Tu candidatura",
        "Hola Lucía, gracias por tu tiempo en las entrevistas. Al final hemos decidido seguir con "
        "otro perfil más senior. Te deseo mucha suerte. Un abrazo, Javier",
    ),
    (
        "rejection",
        True,
        "Actualización",
        "Hola Lucía, te escribo para contarte que no vamos a continuar con el proceso por ahora. "
        "Gracias por tu interés. Saludos, Marta",
    ),
    (
        "rejection",
        False,
        "Re: Puesto de desarrolladora",
        "Estimada Lucía: Lamentamos comunicarle que en esta ocasión no ha sido seleccionada para "
        "el puesto. Le agradecemos su interés. Atentamente, RRHH",
    ),
    (
        "rejection",
        True,
        "Novedades",
        "Hola Lucía, ¿qué tal? Finalmente nos decantamos por otra persona. Ha sido una decisión "
        "difícil. ¡Mucho éxito! Pablo",
    ),
    (
        "rejection",
        False,
        "Re: entrevista del martes",
        "Hola Lucía, muchas gracias por la entrevista. Lamentablemente decidimos avanzar con otro "
        "candidato cuyo perfil se ajusta más a lo que buscamos. Saludos cordiales, Andrea",
    ),
    (
        "rejection",
        True,
        "Seguimiento",
        "Hola Lucía, te cuento que ya cubrimos la vacante internamente. Te agradezco mucho el "
        "tiempo. Saludos, Diego",
    ),
    (
        "rejection",
        False,
        "Re: CV",
        "Hola Lucía, hemos revisado tu CV con atención pero tu perfil no encaja con lo que "
        "necesitamos en este momento. Lo guardamos para futuras oportunidades. Un saludo, Carmen",
    ),
    (
        "rejection",
        True,
        "Re: próximos pasos",
        "Hola Lucía, tras valorarlo con el equipo, hemos decidido no seguir adelante contigo. "
        "Gracias por todo y mucha suerte. Javier",
    ),
    (
        "rejection",
        False,
        "Re: Proceso de selección",
        "Estimada Lucía, le informamos que su candidatura no continuará en el proceso. "
        "Agradecemos su participación. Saludos, Talento Humano",
    ),
    (
        "rejection",
        True,
        "Quick update",
        "Hola Lucía, quería avisarte de que al final contratamos primero a alguien con más "
        "experiencia. Te tendremos en cuenta más adelante. Un saludo, Marta",
    ),
    (
        "interview",
        False,
        "Re: Candidatura",
        "Hola Lucía, nos ha gustado mucho tu perfil. ¿Tendrías un hueco el jueves o el viernes "
        "para una llamada de media hora? Un saludo, Javier",
    ),
    (
        "interview",
        True,
        "¿Hablamos?",
        "Hola Lucía, ¿podrías hacer una videollamada el martes a las 10? Así te presento al "
        "equipo. Saludos, Marta",
    ),
    (
        "interview",
        False,
        "Entrevista",
        "Estimada Lucía: Nos complace invitarle a una entrevista el próximo lunes 10 a las 9:30 "
        "en nuestras oficinas de Madrid. Le rogamos confirme su asistencia. Atentamente, RRHH",
    ),
    (
        "interview",
        True,
        "Re: siguientes pasos",
        "Hola Lucía, el equipo quiere conocerte en persona. ¿Te vendría bien pasarte por la "
        "oficina el miércoles por la tarde? Pablo",
    ),
    (
        "interview",
        False,
        "Re: Vacante analista",
        "Hola Lucía, ¿qué tal? Me gustaría agendar una llamada contigo para platicar sobre la "
        "vacante. ¿Qué días tienes disponibilidad esta semana? Saludos, Andrea",
    ),
    (
        "interview",
        False,
        "Siguiente etapa",
        "Hola Lucía, ¡buenas noticias! Pasas a la siguiente fase. Te propongo una entrevista con "
        "el CTO el jueves a las 12. ¿Te cuadra? Diego",
    ),
    (
        "interview",
        True,
        "Jueves",
        "Hola Lucía, ¿te viene bien que hablemos el jueves a las 11? Te mando el enlace de Meet. "
        "Carmen",
    ),
    (
        "interview",
        False,
        "Confirmación de entrevista",
        "Hola Lucía, te confirmo la entrevista de mañana a las 16:00. Pregunta por mí en "
        "recepción. ¡Hasta mañana! Javier",
    ),
    (
        "interview",
        False,
        "Re: tu postulación",
        "Hola Lucía, gracias por postularte. Quisiéramos coordinar una entrevista virtual "
        "contigo. ¿Me compartes tu disponibilidad? Saludos, Andrea",
    ),
    (
        "interview",
        True,
        "Café",
        "Hola Lucía, ¿te apetece tomar un café el lunes cerca de la oficina? Me gustaría contarte "
        "más sobre el equipo. Marta",
    ),
    (
        "assessment",
        False,
        "Re: Candidatura",
        "Hola Lucía, como siguiente paso te proponemos una prueba técnica para hacer en casa. "
        "Tienes una semana para entregarla. Te adjunto el enunciado. Javier",
    ),
    (
        "assessment",
        True,
        "Ejercicio",
        "Hola Lucía, aquí tienes el caso práctico del que hablamos. Calcula unas tres horas y "
        "mándamelo antes del lunes. ¡Suerte! Marta",
    ),
    (
        "assessment",
        False,
        "Prueba online",
        "Hola Lucía, hoy recibirás un enlace a nuestra prueba en línea. Dura 60 minutos. Saludos, "
        "Pablo",
    ),
    (
        "assessment",
        False,
        "Re: diseñadora",
        "Hola Lucía, ¿podrías hacernos un pequeño ejercicio de diseño a partir del brief adjunto? "
        "No le dediques más de unas horas. Luego lo comentamos juntas. Carmen",
    ),
    (
        "assessment",
        False,
        "Desafío técnico",
        "Hola Lucía, te comparto el desafío técnico. Por favor envíanos tu solución antes del "
        "viernes a las 18 h. Cualquier duda me escribes. Saludos, Diego",
    ),
    (
        "assessment",
        True,
        "Re: próximos pasos",
        "Hola Lucía, lo siguiente es una prueba de código en HackerRank, te llegará la "
        "invitación. Tienes cinco días para hacerla. Javier",
    ),
    (
        "assessment",
        False,
        "Evaluación",
        "Estimada Lucía, le invitamos a completar un test psicotécnico en línea antes de la "
        "entrevista. Recibirá el acceso por correo. Atentamente, RRHH",
    ),
    (
        "assessment",
        False,
        "Re: candidatura",
        "Hola Lucía, te envío la tarea técnica. Por favor, devuélvenosla en un plazo de 48 horas. "
        "Un saludo, Marta",
    ),
    (
        "assessment",
        True,
        "Ejercicio para casa",
        "Hola Lucía, te mando el ejercicio para hacer en casa. Cuando lo termines, súbelo al repo "
        "y me avisas. Pablo",
    ),
    (
        "offer",
        True,
        "¡Buenas noticias!",
        "Hola Lucía, me alegra mucho contarte que queremos ofrecerte el puesto. Mañana te envío "
        "la propuesta por escrito. ¡Enhorabuena! Javier",
    ),
    (
        "offer",
        False,
        "Re: Puesto de desarrolladora",
        "Hola Lucía, nos encantó conocerte y queremos que te unas al equipo. Te hacemos una "
        "oferta de 42.000 € brutos anuales. Dime qué te parece. Marta",
    ),
    (
        "offer",
        False,
        "Oferta de empleo",
        "Estimada Lucía, tras el proceso de selección, nos complace ofrecerle la posición de "
        "Analista. Adjuntamos la carta oferta con las condiciones. Atentamente, RRHH",
    ),
    (
        "offer",
        True,
        "Decisión",
        "Hola Lucía, ¡el puesto es tuyo si lo quieres! ¿Cuándo podrías empezar? Pablo",
    ),
    (
        "offer",
        False,
        "Tu contrato",
        "Hola Lucía, te envío el contrato para que lo firmes. Por favor, devuélvemelo firmado "
        "antes del viernes. ¡Bienvenida! Carmen",
    ),
    (
        "offer",
        False,
        "Propuesta",
        "Hola Lucía, te comparto nuestra propuesta económica para la vacante: $45,000 MXN "
        "mensuales más prestaciones. Quedo atenta a tus comentarios. Andrea",
    ),
    (
        "offer",
        True,
        "Resultado",
        "Hola Lucía, hemos decidido contar contigo. Te adjunto la oferta, esperamos tu respuesta "
        "antes del viernes. Diego",
    ),
    (
        "offer",
        False,
        "Carta oferta",
        "Hola Lucía, adjunto encontrarás tu carta oferta. Estamos muy contentos de que te sumes "
        "al equipo. Saludos, Andrea",
    ),
    (
        "offer",
        False,
        "Re: entrevista final",
        "Hola Lucía, ¡enhorabuena! Has sido seleccionada para el puesto. Te llamo mañana para "
        "hablar del salario y la fecha de incorporación. Javier",
    ),
    (
        "offer",
        True,
        "Buenas noticias",
        "¡Hola Lucía! Ya está aprobado, te queremos en el equipo. Esta noche te preparo la oferta "
        "formal. Marta",
    ),
    (
        "on_hold",
        True,
        "Actualización rápida",
        "Hola Lucía, te escribo para avisarte de que hemos pausado la contratación hasta que "
        "cerremos la ronda de financiación. Te escribo en cuanto sepa algo. Javier",
    ),
    (
        "on_hold",
        False,
        "Re: Puesto de data engineer",
        "Hola Lucía, malas noticias: el puesto está congelado de momento por una reorganización. "
        "Te contacto en cuanto se reabra. Marta",
    ),
    (
        "on_hold",
        False,
        "Re: candidatura",
        "Hola Lucía, tenemos que suspender el proceso de selección unas semanas porque aún no "
        "está aprobado el presupuesto. Gracias por tu paciencia. Pablo",
    ),
    (
        "on_hold",
        True,
        "Novedades",
        "Estimada Lucía, el proceso queda en pausa hasta nuevo aviso. Le contactaremos si la "
        "situación cambia. Atentamente, Carmen",
    ),
    (
        "on_hold",
        False,
        "Retraso",
        "Hola Lucía, la apertura de la vacante se ha pospuesto al próximo trimestre, así que "
        "dejamos las entrevistas en espera por ahora. Perdona las molestias. Diego",
    ),
    (
        "on_hold",
        True,
        "Update",
        "Hola Lucía, vamos a poner todo en stand-by unas semanas mientras revisamos el "
        "presupuesto. Te mantengo al tanto. Andrea",
    ),
    (
        "on_hold",
        False,
        "Re: entrevista",
        "Estimada Lucía, lamentamos informarle que la vacante ha quedado suspendida. Nos "
        "pondremos en contacto si se vuelve a abrir. Saludos, Talento Humano",
    ),
    (
        "on_hold",
        False,
        "Estado de tu candidatura",
        "Hola Lucía, tu candidatura sigue activa, pero el proceso está parado durante el verano. "
        "Lo retomaremos en septiembre. Un saludo, Javier",
    ),
    (
        "on_hold",
        True,
        "Re: siguientes pasos",
        "Hola Lucía, hemos decidido congelar la contratación mientras cerramos la ronda. Te "
        "escribo a principios de mayo. Marta",
    ),
    (
        "on_hold",
        False,
        "Re: vacante",
        "Hola Lucía, por ahora la vacante quedó en pausa porque la dirección todavía no la "
        "aprueba. Te aviso apenas sepa más. Andrea",
    ),
    (
        "withdrawn",
        False,
        "Re: Retirar mi candidatura",
        "Hola Lucía, gracias por avisar. Tomamos nota de tu decisión de retirar tu candidatura. "
        "¡Mucha suerte! Javier",
    ),
    (
        "withdrawn",
        True,
        "Re: Entrevista del jueves",
        "Hola Lucía, sin problema, gracias por avisarme. Entiendo perfectamente que prefieras "
        "retirarte del proceso, ¡mucha suerte! Marta",
    ),
    (
        "withdrawn",
        False,
        "Re: candidatura",
        "Hola Lucía, hemos registrado tu renuncia al proceso y cancelamos la entrevista del "
        "martes. Un saludo, Pablo",
    ),
    (
        "withdrawn",
        True,
        "Re: mi candidatura",
        "Hola Lucía, hecho, he retirado tu candidatura del proceso. No dudes en escribirnos en el "
        "futuro. Carmen",
    ),
    (
        "withdrawn",
        False,
        "Re: proceso",
        "Hola Lucía, qué pena, pero lo entiendo. Gracias por contarnos que aceptaste otra oferta. "
        "Te deseo muchos éxitos. Diego",
    ),
    (
        "withdrawn",
        False,
        "Re: continuación del proceso",
        "Estimada Lucía, gracias por su mensaje. Lamentamos que no desee continuar en el proceso, "
        "pero respetamos su decisión. Atentamente, RRHH",
    ),
    (
        "withdrawn",
        True,
        "Re: Lo siento",
        "Hola Lucía, ningún problema, gracias por tu sinceridad. Cierro tu candidatura por "
        "nuestra parte. ¡Ojalá coincidamos más adelante! Andrea",
    ),
    (
        "withdrawn",
        False,
        "Re: Baja del proceso",
        "Estimada Lucía, confirmamos la recepción de su solicitud de retiro. Su postulación ha "
        "sido dada de baja. Saludos, Talento Humano",
    ),
    (
        "withdrawn",
        False,
        "Re: Entrevista",
        "Hola Lucía, gracias por avisarnos de que ya no estás disponible para el puesto. "
        "Retiramos tu candidatura. Un saludo, Javier",
    ),
    (
        "withdrawn",
        True,
        "Re: novedades",
        "Hola Lucía, gracias por comentarnos que encontraste otro trabajo. ¡Felicidades y mucho "
        "éxito! Andrea",
    ),
    (
        "accepted",
        True,
        "Re: Contrato",
        "Hola Lucía, hemos recibido tu contrato firmado, ¡gracias! Te esperamos el 3 de abril. "
        "Javier",
    ),
    (
        "accepted",
        False,
        "Re: Oferta",
        "¡Hola Lucía! Qué alegría que aceptes nuestra propuesta. Bienvenida al equipo, te envío "
        "la info de tu primer día. Marta",
    ),
    (
        "accepted",
        False,
        "Re: Carta oferta",
        "Hola Lucía, gracias por aceptar nuestra oferta. Estamos muy contentos de que te sumes. "
        "RRHH te contactará con los siguientes pasos. Andrea",
    ),
    (
        "accepted",
        True,
        "Re: mi respuesta",
        "Hola Lucía, ¡qué buena noticia que aceptes el puesto! Empiezo con el papeleo. Nos vemos "
        "pronto, Pablo",
    ),
    (
        "accepted",
        False,
        "Re: contrato de trabajo",
        "Hola Lucía, recibido el contrato firmado, gracias. ¡Tenemos muchas ganas de empezar a "
        "trabajar contigo! Carmen",
    ),
    (
        "accepted",
        False,
        "Re: Propuesta",
        "Hola Lucía, confirmamos la recepción de la oferta firmada. Tu fecha de ingreso es el 2 "
        "de mayo. Saludos, Diego",
    ),
    (
        "declined",
        False,
        "Re: Oferta de empleo",
        "Hola Lucía, gracias por comunicarnos tu decisión. Lamentamos que no aceptes nuestra "
        "oferta, pero la respetamos. Mucha suerte, Javier",
    ),
    (
        "declined",
        True,
        "Re: oferta",
        "Hola Lucía, qué pena que rechaces la oferta, pero lo entiendo. ¡La puerta queda abierta! "
        "Marta",
    ),
    (
        "declined",
        False,
        "Re: Oferta – analista",
        "Estimada Lucía, tomamos nota de su rechazo a nuestra oferta. Gracias por avisarnos con "
        "tiempo. Atentamente, Carmen",
    ),
    (
        "declined",
        False,
        "Re: propuesta",
        "Hola Lucía, gracias por contarnos que aceptaste otra oferta. Lamentamos tu decisión y te "
        "deseamos lo mejor. Andrea",
    ),
    (
        "declined",
        True,
        "Re: Propuesta",
        "Hola Lucía, anotado, no deseas aceptar nuestra propuesta. Cerramos tu proceso entonces. "
        "Saludos, Pablo",
    ),
    (
        "declined",
        False,
        "Re: carta oferta",
        "Hola Lucía, gracias por tu respuesta. Una pena que la oferta no te encaje; la retiramos "
        "por nuestra parte. ¡Suerte! Diego",
    ),
]

# (sender, subject, body, mailing list)
LOOKALIKES = [
    (
        "sara.gil@gmail.com",
        "Noticias",
        "¡Lucía! Me han cogido en el trabajo de Inditex, firmé el contrato ayer. ¿Lo celebramos "
        "el sábado? Besos, Sara",
        False,
    ),
    (
        "avisos@bbva.es",
        "Tu oferta de préstamo preconcedido",
        "Hola Lucía, tienes un préstamo preconcedido de hasta 15.000 €. Acepta la oferta en la "
        "app antes del 30. BBVA",
        False,
    ),
    (
        "citas@clinicasalud.es",
        "Confirmación de cita",
        "Le confirmamos su cita con la Dra. López el jueves 14 a las 10:30. Si no puede asistir, "
        "avísenos con 24 horas de antelación. Clínica Salud",
        False,
    ),
    (
        "info@inmobiliariasol.es",
        "Visita al piso",
        "Hola Lucía, te propongo ver el piso de la calle Alcalá el martes a las 18h. ¿Te va bien? "
        "Saludos, Inmobiliaria Sol",
        False,
    ),
    (
        "admisiones@uc3m.es",
        "Tu solicitud de admisión al Máster",
        "Estimada Lucía, lamentamos informarle que su solicitud de admisión al Máster en Data "
        "Science no ha sido aceptada. Oficina de Admisiones",
        False,
    ),
    (
        "hugo@podcastemprende.es",
        "Entrevista para el pódcast",
        "Hola Lucía, ¿te gustaría participar en una entrevista para nuestro pódcast de "
        "emprendimiento? ¿Te va bien el jueves para grabar? Hugo",
        False,
    ),
    (
        "boletin@expansion-empleo.es",
        "Las empresas que más contratan este año",
        "Esta semana: 10 consejos para tu próxima entrevista de trabajo y las empresas que más "
        "contratan. Darse de baja",
        True,
    ),
    (
        "tomas.ruiz@gmail.com",
        "Bah",
        "Hola Lucía, al final no me cogieron en Telefónica, eligieron a otra persona. Qué rabia. "
        "¿Quedamos el finde? Tomás",
        False,
    ),
    (
        "alquiler@idealista-agencia.es",
        "Tu solicitud de alquiler",
        "Hola Lucía, lamentamos informarte que el propietario ha elegido a otro inquilino para el "
        "piso. Un saludo, la agencia",
        False,
    ),
    (
        "ofertas@movistar.es",
        "Oferta exclusiva: 30% de descuento",
        "Hola Lucía, aprovecha nuestra oferta especial hasta el domingo. ¡No dejes pasar esta "
        "oportunidad!",
        False,
    ),
    (
        "marta@yogacentro.es",
        "Clases en pausa",
        "Hola a todos, las clases de los martes quedan suspendidas durante las vacaciones. "
        "Volvemos el 5 de septiembre. Marta",
        False,
    ),
    (
        "sara.gil@gmail.com",
        "¡Enhorabuena!",
        "¡Hola Lucía! Qué alegría que aceptes el puesto en Valencia, hay que celebrarlo. Besos, "
        "Sara",
        False,
    ),
    (
        "ana.perez@gmail.com",
        "La boda",
        "Hola Lucía, qué pena que no puedas aceptar la invitación a la boda. ¡Otra vez será! Un "
        "abrazo, Ana",
        False,
    ),
    (
        "clientes@vodafone.es",
        "Lo sentimos",
        "Hola Lucía, lamentamos que no aceptes nuestra oferta de fibra y móvil. Sigue disponible "
        "hasta el día 30. Vodafone",
        False,
    ),
    (
        "pablo.diaz@gmail.com",
        "Re: piso",
        "Hola Lucía, gracias por contarme que encontraste otro piso, no pasa nada. ¡Suerte con la "
        "mudanza! Pablo",
        False,
    ),
]


test_person_written_note_is_read_for_its_stage = family_test(
    NOTES, writer=("javier.ortega@nubia.es", "Javier Ortega"), employer="Nubia"
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)
