# ruff: noqa: E501, RUF100
"""Corpus 160, family, friends, home, health, study and hobbies (data only): see heldout160.py."""

from __future__ import annotations

from typing import Any

from heldout160_jobs import N, ics, m, m_mad, reply

MAMA = "Gloria Ospina <gloriaospina62@hotmail.com>"
PAPA = "Jairo Restrepo <jairorestrepo.m@yahoo.com>"
SEBAS = "Sebastián Restrepo <sebas.restrepo.o@gmail.com>"
CATA = "Catalina Vásquez <cata.vasquez.r@gmail.com>"
ANDRES = "Andrés Felipe Zapata <andres_felipe.zapata@hotmail.com>"
LAURA = "Laura Pineda <laura.pineda.m@gmail.com>"
VALE = "Valentina Ospina <vale.ospina.g@hotmail.es>"
INMO = "Arrendamientos Laureles <solicitudes@arrendamientoslaureles.example>"
UCTA = "Admisiones Posgrados UCTA <admisiones.posgrados@ucta.example>"
SALSA = "Salsa y Sabor Academia <info@salsaysabor.example>"
SURA = "EPS SURA <notificaciones@epssura.com>"

_guatape = m(
    "v2uq",
    "2025-10-15 21:05",
    CATA,
    "Paseo Guatapé puente de noviembre 🚤",
    N(),
    to=f"Daniela Restrepo <dmrestrepo.qa@gmail.com>, {ANDRES}, Tomás Ríos <tomasrios90@gmail.com>, Mafe Castaño <mafecastano@gmail.com>",
    text="""\
Holaaa combo!!

Propongo que nos vamos para Guatapé el puente del 15 al 17 de noviembre. Encontré una cabaña
en el embalse para 6 personas con kayaks y BBQ: $1.320.000 las dos noches, o sea $220.000 por
cabeza si vamos los 6.

¿Quién se apunta? Necesito respuesta antes del domingo para separarla.

Cata 🌞
""",
)

_guatape_2 = m(
    "k8sn",
    "2025-10-16 07:48",
    ANDRES,
    "RE: Paseo Guatapé puente de noviembre 🚤",
    N(),
    to=f"{CATA}, Daniela Restrepo <dmrestrepo.qa@gmail.com>, Tomás Ríos <tomasrios90@gmail.com>, Mafe Castaño <mafecastano@gmail.com>",
    **reply(_guatape),
    text="""\
Yo voy!! Llevo el parlante y la carne. Dani, ¿te vas conmigo en el carro?

Enviado desde Outlook para Android

________________________________
From: Catalina Vásquez <cata.vasquez.r@gmail.com>
Sent: Wednesday, October 15, 2025 9:05:11 PM
Subject: Paseo Guatapé puente de noviembre 🚤

Holaaa combo!!
Propongo que nos vamos para Guatapé el puente del 15 al 17 de noviembre. [...]
""",
)

_inmo_1 = m(
    "a9ri",
    "2025-08-29 16:40",
    INMO,
    "Recibimos su solicitud de arrendamiento - Inmueble 4471",
    N(),
    text="""\
Señora
DANIELA MARCELA RESTREPO OSPINA

Cordial saludo.

Hemos recibido su solicitud de arrendamiento para el inmueble código 4471 (apartamento,
Cra. 70C # 3 Sur-41, apto 1203, Belén - Los Alpes, canon $1.850.000 + administración).

Para iniciar el estudio, la aseguradora requiere:
  - Formulario de solicitud diligenciado y firmado (recibido)
  - Fotocopia de la cédula al 150 % (recibido)
  - Certificado laboral no mayor a 30 días y tres últimos desprendibles de pago (recibido)
  - Extractos bancarios de los últimos tres meses (pendiente)
  - Un (1) codeudor con finca raíz libre de afectación o ingresos demostrables (pendiente)

El estudio tiene un costo de $95.000 no reembolsable y tarda de 2 a 3 días hábiles una vez
completa la documentación.

Atentamente,

Natalia Echavarría
Asesora Comercial
Arrendamientos Laureles S.A.S. - Matrícula de arrendador 0412
""",
)

MAIL: list[dict[str, Any]] = [
    # --- family -----------------------------------------------------------------------------
    m(
        "f0mq",
        "2025-07-06 08:12",
        MAMA,
        "Almuerzo del domingo",
        N(),
        text="""\
Hola mija buenos días

Que si vienen hoy a almorzar, voy a hacer frijoles con garra. Tu hermano dijo que sí pero
con él nunca se sabe jajaja. Traé la olla que te presté.

Te quiero mucho
Mamá

Enviado desde Outlook
""",
    ),
    m(
        "f1nr",
        "2025-08-03 19:44",
        MAMA,
        "Me llamaron de la clínica",
        N(),
        text="""\
Dani te cuento que me llamaron de la Clínica del Sur para la entrevista de jefe de turno de
auxiliares, es el miércoles a las 7 de la mañana. Estoy nerviosa, hace como 15 años que no
presento una entrevista. ¿Vos me ayudás a actualizar la hoja de vida? La tengo en un Word
viejísimo.

Me dijeron que también hay prueba psicotécnica, ¡a mi edad! jajaja

Besos
Mamá
""",
    ),
    m(
        "f2os",
        "2025-08-17 12:30",
        MAMA,
        "Ya me dieron el puesto!!!!",
        N(),
        text="""\
MIJA ME DIERON EL PUESTO!!!! 🙏🙏

Me llamó la coordinadora, empiezo el 1 de septiembre como jefe de turno, con contrato a
término indefinido y me suben el sueldo. Ya le conté a tu papá y a la tía Amparo. Gracias por
ayudarme con la hoja de vida y por hacerme practicar las preguntas, me preguntaron casi todo
lo que me dijiste.

El domingo celebramos en la casa, invitá a Cata si querés.

Mamá
""",
    ),
    m(
        "f3pt",
        "2025-09-03 10:05",
        MAMA,
        "RE: papeles para el codeudor",
        N(),
        text="""\
Mija le mando lo que me pidieron: la cédula, el certificado de la clínica y el certificado de
tradición de la casa. El del banco no lo encontré, mañana lo saco. Decile a la muchacha de la
inmobiliaria que si necesita que vaya a firmar algo que yo voy el sábado.

Mamá

________________________________
De: Daniela Restrepo <dmrestrepo.qa@gmail.com>
Enviado: martes, 2 de septiembre de 2025 6:20 p. m.
Para: Gloria Ospina <gloriaospina62@hotmail.com>
Asunto: papeles para el codeudor

Ma, para lo del apartamento me piden un codeudor. ¿Me podés mandar escaneados la cédula, el
certificado laboral y el certificado de libertad y tradición de la casa? Gracias, te debo una
bandeja paisa 🙏
""",
        attach=[
            ("cedula_gloria_ospina.pdf", "application/pdf", "%PDF-1.4\n% cedula\n%%EOF\n"),
            (
                "certificado_laboral_clinica.pdf",
                "application/pdf",
                "%PDF-1.4\n% certificado\n%%EOF\n",
            ),
            (
                "certificado_tradicion_001-55321.pdf",
                "application/pdf",
                "%PDF-1.4\n% tradicion\n%%EOF\n",
            ),
        ],
    ),
    m(
        "f4qu",
        "2025-10-12 20:02",
        MAMA,
        "Cumple de la tía Amparo",
        N(),
        text="""\
Dani no se te olvide que el sábado 18 es el cumpleaños 70 de la tía Amparo, es en la finca
de Santa Elena. Cada uno lleva algo, a vos te toca la torta (de tres leches que es la que le
gusta). Tu papá recoge a los primos en la terminal.

Mamá
""",
    ),
    m(
        "f5rv",
        "2025-11-09 09:20",
        MAMA,
        "Navidad en Cali",
        N(),
        text="""\
Hola mi amor

Ya compraste el tiquete para Cali? La tía Rocío dice que nos podemos quedar en la casa de
ella del 19 al 22. La boda de Juliana es el 20 así que nos queda perfecto. Yo me voy con tu
papá en bus el 18.

Y cuando empezás en el trabajo nuevo? Tu papá anda contándole a todo el mundo jajaja

Mamá
""",
    ),
    m(
        "f6sw",
        "2025-12-10 18:30",
        MAMA,
        "Novena en la casa",
        N(),
        to="Daniela Restrepo <dmrestrepo.qa@gmail.com>, Sebastián Restrepo <sebas.restrepo.o@gmail.com>",
        text="""\
Muchachos la novena en la casa es el martes 16, a las 7:30. Hay natilla y buñuelos. Sebas,
traé a la novia. Dani, traé las maracas que están en tu apartamento.

Mamá
""",
    ),
    m(
        "f7tx",
        "2025-09-14 16:58",
        PAPA,
        "Fwd: Fwd: Fotos de la finca",
        N(),
        text="""\
Para que vea como quedó el kiosko

---------- Forwarded message ---------
From: Hernando Restrepo <hernandorestrepo51@yahoo.com>
Date: sáb, 13 sept 2025 a las 18:22
Subject: Fwd: Fotos de la finca
To: Jairo Restrepo <jairorestrepo.m@yahoo.com>

Jairo mire las fotos del kiosko nuevo, ya quedó el techo. Los esperamos en diciembre.

Hernando
""",
        attach=[("IMG_20250913_162201.jpg", "image/jpeg", "JFIF kiosko finca Santa Elena")],
    ),
    m(
        "f8uy",
        "2025-12-24 21:15",
        PAPA,
        "Feliz Navidad hija",
        N(),
        text="""\
Hija querida, feliz Navidad. Este año fue de muchos cambios y verla tan contenta con el
trabajo nuevo y el apartamento nos llena de orgullo a su mamá y a mí. Que el niño Dios le
traiga mucha salud.

Su papá que la quiere,
Jairo
""",
    ),
    m(
        "s0vz",
        "2025-07-24 13:15",
        SEBAS,
        "SOAT moto",
        N(),
        text="""\
Dani me prestás 300 lucas pa renovar el SOAT de la moto? se me vence el sábado y me pagan el
30. Te los devuelvo sin falta 🙏

Nequi: 3104427719
""",
    ),
    m(
        "s1wa",
        "2025-10-04 11:40",
        SEBAS,
        "¿Vamos al Atanasio?",
        N(),
        text="""\
Conseguí dos boletas pa Nacional-Medellín el domingo, oriental norte. ¿Vamos? Mi parcero no
puede. Paso por vos a las 5.
""",
    ),
    m(
        "s2xb",
        "2025-12-15 14:22",
        SEBAS,
        "paquete",
        N(),
        text="""\
Dani pasé por tu apartamento a dejar lo de mamá y el portero dice que llegó un paquete de DHL
pa vos, que se lo firmé yo? o lo dejo ahí? Parece un computador jaja
""",
    ),
    # --- friends ----------------------------------------------------------------------------
    m(
        "c0yc",
        "2025-07-11 17:05",
        CATA,
        "¿Salsa este sábado?",
        N(),
        text="""\
Amiga!! ¿Vamos el sábado a la clase de las 10 y después a almorzar? Y en la noche dicen que
hay salsa en vivo en El Tíbiri. Di que sí 💃
""",
    ),
    m(
        "c1zd",
        "2025-07-19 22:41",
        CATA,
        "Fotos del sábado",
        N(),
        text="""\
Te comparto el álbum, quedamos divinas en la del final 😂
https://photos.app.goo.gl/Ks8QxwL2vZ1pR4nT9
""",
    ),
    m(
        "c2ae",
        "2025-08-21 20:17",
        CATA,
        "me fue horrible jajaja",
        N(),
        text="""\
Amiga te cuento que me fue horrible en la entrevista de la agencia de publicidad 🙈 me
preguntaron cuál era mi mayor defecto y dije "el chocolate". EL CHOCOLATE DANIELA. La
directora creativa ni se rió. Bueno, igual me dijeron que me avisaban la otra semana.

¿Vos cómo vas con lo tuyo? Contame el domingo.
""",
    ),
    m(
        "c3bf",
        "2025-09-10 12:02",
        CATA,
        "ME CONTRATARON 😭😭😭",
        N(),
        text="""\
NO LO PUEDO CREER!!! Me llamaron de Monteluz Diseño, me dieron el puesto de diseñadora UX
senior!! Contrato indefinido, híbrido y me dan el cumpleaños libre jajaja. Después de lo del
chocolate pensé que ya estaba 😂

Esto hay que celebrarlo, ¿salsa el viernes? Yo invito la primera.
""",
    ),
    _guatape,
    _guatape_2,
    m(
        "c4cg",
        "2025-10-17 19:30",
        CATA,
        "RE: RE: Paseo Guatapé puente de noviembre 🚤",
        N(),
        to=f"Daniela Restrepo <dmrestrepo.qa@gmail.com>, {ANDRES}, Tomás Ríos <tomasrios90@gmail.com>, Mafe Castaño <mafecastano@gmail.com>",
        **reply(_guatape, _guatape_2),
        text="""\
Listo, separada!! Somos 6. Por favor consignen los $220.000 a mi Nequi antes del 1 de
noviembre 🙏 Yo llevo el desayuno del sábado, Dani el del domingo.
""",
    ),
    m(
        "c7fk",
        "2025-11-18 20:55",
        "Tomás Ríos <tomasrios90@gmail.com>",
        "Fotos Guatapé 🚤",
        N(),
        to=f"Daniela Restrepo <dmrestrepo.qa@gmail.com>, {CATA}, {ANDRES}, Mafe Castaño <mafecastano@gmail.com>",
        text="""\
Ahí les van las fotos y los videos del kayak (Andrés cayéndose al agua incluido 😂)
https://drive.google.com/drive/folders/1Qw7x_Guatape2025?usp=sharing

Repetimos en enero?
""",
    ),
    m(
        "c5dh",
        "2025-10-28 10:10",
        CATA,
        "Halloween en mi casa 🎃",
        N(),
        text="""\
Viernes 31 a las 8 en mi apartamento, disfraz obligatorio. El tema es "personajes de novelas
colombianas". Yo voy de Betty jajaja. ¿Vos de qué?
""",
    ),
    m(
        "c6ei",
        "2025-12-05 09:33",
        CATA,
        "Amigo secreto y despedida de año",
        N(),
        to=f"Daniela Restrepo <dmrestrepo.qa@gmail.com>, {ANDRES}, Tomás Ríos <tomasrios90@gmail.com>, Mafe Castaño <mafecastano@gmail.com>",
        text="""\
Combo, la despedida de año es el sábado 13 en el apartamento nuevo de Dani (ya nos dio
permiso 😇). Amigo secreto de máximo $80.000, ya les llegó el sorteo por la app.
""",
    ),
    m(
        "d0fj",
        "2025-08-09 23:40",
        ANDRES,
        "Renuncié",
        N(),
        text="""\
Dani, lo hice. Hoy le pasé la carta de renuncia a mi jefe en la agencia. Tres años aguantando
sus gritos fueron suficientes. Me voy a dedicar a lo freelance de desarrollo web por un tiempo
y a terminar la app de turnos para peluquerías que te conté.

Mi mamá está preocupadísima, pero yo me siento liviano. Mañana te cuento bien.

Andrés

Enviado desde Outlook para Android
""",
    ),
    m(
        "d1gk",
        "2025-09-20 21:12",
        ANDRES,
        "mañana es la entrevista que te conté",
        N(),
        text="""\
Al final me salió una entrevista en una empresa de software de Envigado para desarrollador
frontend, mañana a las 9. Me mandaron una prueba técnica en React que hice en dos noches. Si me
va bien dejo lo freelance jaja. Deséame suerte.

PD: la app de turnos ya está en beta, ¿la probás este finde? Tú encuentras todos los bugs 😅
""",
    ),
    m(
        "d2hl",
        "2025-10-25 15:00",
        ANDRES,
        "Asado de cumple",
        N(),
        text="""\
Parce, el sábado 1 hago asado por mi cumple en la terraza de mi hermana en Envigado, desde la
1 de la tarde. Lleve lo que va a tomar. Y sí, me contrataron en la empresa de Envigado, empiezo
en noviembre, ¡así que doble celebración!
""",
    ),
    m(
        "d3im",
        "2025-11-30 18:45",
        ANDRES,
        "Gracias por probar la app!!",
        N(),
        text="""\
Dani mil gracias por el documento de bugs de la app, 23 bugs!! 😱 Ya arreglé los de
prioridad alta. Lo del formulario que se dañaba con tildes me dio mucha pena jaja. Te debo
una cena.
""",
    ),
    m(
        "l0jn",
        "2025-07-27 21:50",
        LAURA,
        "deséame suerte mañana",
        N(),
        text="""\
Amiga mañana tengo la entrevista final en el banco acá en Bogotá, con el gerente de
tecnología. Si me sale, por fin salgo de la consultora y me pagan lo que es. Te cuento apenas
salga.

Abrazo desde el frío 🥶
Lau
""",
    ),
    m(
        "l1ko",
        "2025-09-25 12:30",
        LAURA,
        "curso gratis de Postman",
        N(),
        text="""\
Vi esto y me acordé de vos: curso gratuito de pruebas de APIs con Postman de la comunidad
de testing de Bogotá, certificado incluido.
https://aprendeqa.example/postman-gratis

Ah, al final no me dieron lo del banco, pero me subieron el sueldo en la consultora cuando
dije que me iba jajaja.
""",
    ),
    m(
        "l2lp",
        "2025-11-19 22:08",
        LAURA,
        "me ofrecieron ser líder... ¿qué hago?",
        N(),
        text="""\
Dani necesito tu consejo. Mi jefe me ofreció ser líder del equipo de QA (6 personas) a partir
de enero. Me suben el sueldo, pero dejo de automatizar casi del todo y me toca ir a la oficina
cuatro días. Yo amo programar pruebas... ¿vos qué harías? Hablamos mañana por videollamada?
""",
    ),
    m_mad(
        "v0mq",
        "2025-08-30 13:20",
        VALE,
        "Noticias desde Madrid",
        N(),
        text="""\
¡Prima! ¿Cómo estás? Te cuento que por fin me salió una entrevista para recepcionista en un
hotel de cuatro estrellas en Gran Vía. Es el martes. Aquí todo es muy distinto: me dijeron que
lleve el CV impreso y "una carta de motivación". Ya me compré una blusa para la ocasión jaja.

Acá todos hablan rapidísimo y me dicen "vale" a todo. Te extraño.

Besos,
Vale
""",
    ),
    m_mad(
        "v1nr",
        "2025-10-18 22:45",
        VALE,
        "¡Me quedé con el puesto!",
        N(),
        text="""\
PRIMAAA me dieron el puesto en el hotel!! Contrato indefinido, 35 horas, turno de mañana. Con
eso ya puedo renovar el permiso de residencia. Dile a mi tía que ya no se preocupe tanto 😂

Te llamo el domingo,
Vale
""",
    ),
    m(
        "v2os",
        "2025-10-03 19:00",
        "Juliana y Esteban <bodajulianayesteban@gmail.com>",
        "¡Nos casamos! 💍 Juliana & Esteban - 20 de diciembre",
        N(),
        html="""\
<div style='font-family:Georgia,serif;text-align:center;max-width:520px;margin:auto'>
<p style='letter-spacing:3px'>JULIANA &amp; ESTEBAN</p>
<h1>¡Nos casamos!</h1>
<p>Sábado 20 de diciembre de 2025 · 4:00 p. m.<br>Hacienda El Paraíso, vía Cali - Jamundí</p>
<p>Nos encantaría que nos acompañes. Por favor confirma tu asistencia antes del 15 de noviembre:</p>
<p><a href='https://withjoy.com/julianayesteban/rsvp'>Confirmar asistencia</a></p>
<p>Código de vestimenta: formal, colores claros 🌿</p>
</div>""",
    ),
    m(
        "v3pt",
        "2025-10-06 20:31",
        "Joy <noreply@withjoy.com>",
        "Confirmaste tu asistencia a la boda de Juliana & Esteban",
        N(),
        text="""\
¡Gracias, Daniela! Tu respuesta fue enviada.

Asistencia: Sí, asistiré (1 persona)
Restricciones alimentarias: ninguna
Canción que no puede faltar: "Cali pachanguero" - Grupo Niche

Ver sitio de la boda: https://withjoy.com/julianayesteban
""",
    ),
    m(
        "x0qu",
        "2025-11-12 20:10",
        "Promo 2011 Colegio San Marcos <reencuentro2011sanmarcos@gmail.com>",
        "Reencuentro 15 años - Promoción 2011",
        N(),
        to="undisclosed-recipients:;",
        text="""\
¡Hola promo 2011! 🎓

Quince años ya... Vamos a hacer el reencuentro el sábado 6 de diciembre en el colegio (7:00
p. m., cancha cubierta) y después rumba en Provenza. Valor: $90.000 incluye comida y una
botella por mesa. Confirmen en el grupo de WhatsApp o respondiendo este correo.

Comité del reencuentro
""",
    ),
    m(
        "x1rv",
        "2025-11-15 20:40",
        "Juan Camilo Ortiz <jcortiz.qa@gmail.com>",
        "Simulacro CTAL-TAE + resumen capítulo 5",
        N(),
        text="""\
Dani, te mando el simulacro de 40 preguntas que armamos con el grupo y mi resumen del capítulo
5 (arquitectura de automatización). Ojo con las preguntas de TAA vs TAS que ahí me rajé en el
primer intento. ¡Éxitos el sábado, vas a pasar sobrada!

Juanca
""",
        attach=[("simulacro_CTAL-TAE_v2.pdf", "application/pdf", "%PDF-1.4\n% simulacro\n%%EOF\n")],
    ),
    m(
        "x2sw",
        "2025-11-08 11:00",
        "Felipe Arango <felipearango.dev@gmail.com>",
        "Invitación: Baby shower de Mariana 👶 @ sáb 22 nov 2025 3pm - 6pm (COT) (dmrestrepo.qa@gmail.com)",
        N(),
        text="""\
¡Hola! Les dejo la invitación al baby shower de Mariana. Es sorpresa, no le cuenten 🤫
Regalos: pañales etapa 1 o lo que quieran de la lista de Falabella.

Has recibido una invitación para el siguiente evento.

Baby shower de Mariana 👶
sábado, 22 nov 2025 3pm – 6pm (hora de Colombia)
Cl. 10 # 36-20, apto 801, El Poblado

Invitación de Google Calendar
""",
        ics=ics(
            "5z7x9c1v3b5n7m9a1s3d5f7g9h@google.com",
            "2025-11-22 15:00",
            "Baby shower de Mariana 👶",
            ("Felipe Arango", "felipearango.dev@gmail.com"),
            minutes=180,
            location="Cl. 10 # 36-20, apto 801, El Poblado",
        ),
    ),
    # --- the apartment: rental application with codeudor, DocuSign contract --------------
    _inmo_1,
    m(
        "a0sj",
        "2025-09-02 09:14",
        INMO,
        "RE: Recibimos su solicitud de arrendamiento - Inmueble 4471",
        N(),
        **reply(_inmo_1),
        text="""\
Buenos días Daniela,

Para continuar con el estudio de su solicitud nos falta la documentación del codeudor:
cédula, certificado laboral o de ingresos y certificado de libertad y tradición no mayor a 30
días si tiene finca raíz. Puede enviarla por este medio.

Quedo atenta,
Natalia Echavarría
Asesora Comercial - Arrendamientos Laureles S.A.S.
""",
    ),
    m(
        "a1tk",
        "2025-09-05 15:03",
        "El Libertador <notificaciones@ellibertador.co>",
        "Resultado del estudio de solicitud de arrendamiento",
        N(),
        text="""\
Señor(a) DANIELA MARCELA RESTREPO OSPINA

Le informamos que la solicitud de arrendamiento No. 25-0931177, radicada por ARRENDAMIENTOS
LAURELES S.A.S. para el inmueble ubicado en CR 70C 3 SUR 41 AP 1203 MEDELLÍN, fue:

  RESULTADO: APROBADA
  Arrendatario: DANIELA MARCELA RESTREPO OSPINA
  Deudor solidario: GLORIA ESTELLA OSPINA MESA

La inmobiliaria se comunicará con usted para la firma del contrato.

El Libertador S.A. - Seguro de arrendamiento
""",
    ),
    m(
        "a2ul",
        "2025-09-08 11:25",
        INMO,
        "Aprobación y firma del contrato - Inmueble 4471",
        N(),
        text="""\
Daniela, ¡buenas noticias! Su solicitud fue aprobada por la aseguradora.

Hoy le llegará por DocuSign el contrato de arrendamiento de vivienda urbana para firma
electrónica (usted y su codeudora). La entrega del inmueble quedaría para el lunes 29 de
septiembre, previo pago del primer canon y del depósito de servicios.

Natalia Echavarría
Arrendamientos Laureles S.A.S.
""",
    ),
    m(
        "a3vm",
        "2025-09-09 08:02",
        "Natalia Echavarría via Docusign <dse_NA3@docusign.net>",
        "Completar con Docusign: Contrato de arrendamiento vivienda urbana - Inmueble 4471",
        N(),
        reply_to="Natalia Echavarría <solicitudes@arrendamientoslaureles.example>",
        html="""\
<div style='font-family:Helvetica,Arial;max-width:580px;margin:auto'>
<div style='background:#1e4ca1;color:#fff;padding:24px;text-align:center'>
<p>Natalia Echavarría le envió un documento para revisar y firmar.</p>
<p><a href='https://na3.docusign.net/Signing/EmailStart.aspx?a=5d1b7e20-9c4f-4a8b-b3e1-0f2a6c9d8e71' style='background:#ffc820;color:#000;padding:10px 20px;text-decoration:none'>REVISAR DOCUMENTO</a></p>
</div>
<p><b>Natalia Echavarría</b><br>solicitudes@arrendamientoslaureles.example</p>
<p>Daniela: adjunto el contrato de arrendamiento del apartamento 1203 para su firma. La codeudora recibirá su propio correo. Gracias.</p>
<p style='font-size:11px;color:#666'>No comparta este correo electrónico. Este mensaje contiene un enlace seguro a Docusign.
Acerca de Docusign: firme documentos electrónicamente en solo minutos.</p>
</div>""",
    ),
    m(
        "a4wn",
        "2025-09-10 19:47",
        "Docusign <dse_NA3@docusign.net>",
        "Completado: Contrato de arrendamiento vivienda urbana - Inmueble 4471",
        N(),
        html="""\
<div style='font-family:Helvetica,Arial;max-width:580px;margin:auto'>
<div style='background:#1e4ca1;color:#fff;padding:24px;text-align:center'>
<p>Todas las partes completaron el documento.</p>
<p><a href='https://na3.docusign.net/Member/EmailStart.aspx?a=9f2c3a71-ded0-4a4f-8b71-2b5e6d7c8f90'>VER DOCUMENTO COMPLETADO</a></p>
</div>
<p>Contrato de arrendamiento vivienda urbana - Inmueble 4471</p>
<p>Firmantes: Daniela Marcela Restrepo Ospina · Gloria Estella Ospina Mesa · Arrendamientos Laureles S.A.S.</p>
</div>""",
    ),
    m(
        "a5xo",
        "2025-09-26 16:18",
        INMO,
        "Entrega del inmueble y acta de inventario",
        N(),
        text="""\
Daniela, le confirmo la entrega del apartamento 1203 el lunes 29 de septiembre a las 10:00 a.
m. en el edificio. Allí firmamos el acta de inventario (con fotos) y le entregamos llaves,
tarjeta del parqueadero y el control de la portería.

Recuerde trasladar los servicios de internet a su nombre.

Natalia Echavarría
Arrendamientos Laureles S.A.S.
""",
    ),
    # --- the master's programme (admission, not a job) -------------------------------------
    m(
        "p0yp",
        "2025-09-16 10:30",
        UCTA,
        "Confirmación de inscripción - Maestría en Ingeniería de Software 2026-1",
        N(),
        text="""\
Apreciada Daniela Marcela:

Hemos recibido su inscripción al programa Maestría en Ingeniería de Software (modalidad
profundización, jornada nocturna) para el periodo académico 2026-1. Número de inscripción:
MIS-2026-1-0087.

Etapas del proceso de admisión:
  1. Revisión de documentos (hoja de vida, diploma, notas de pregrado)
  2. Entrevista con el comité del programa
  3. Publicación de admitidos: 24 de octubre de 2025

Universidad de Ciencia y Tecnología de Antioquia - UCTA
Oficina de Admisiones de Posgrados
""",
    ),
    m(
        "p1zq",
        "2025-10-01 15:45",
        UCTA,
        "Citación a entrevista de admisión - Maestría en Ingeniería de Software",
        N(),
        text="""\
Apreciada aspirante:

Ha sido citada a la entrevista de admisión con el comité de la Maestría en Ingeniería de
Software, el jueves 9 de octubre de 2025 a las 10:00 a. m., de forma virtual. Se adjunta la
invitación de calendario con el enlace.

En la entrevista se conversará sobre su trayectoria, su interés en el programa y una posible
línea de trabajo de grado (se valora traer una idea de 1 página).

Oficina de Admisiones de Posgrados - UCTA
""",
        ics=ics(
            "ucta-admisiones-mis-2026-1-0087",
            "2025-10-09 10:00",
            "Entrevista de admisión MIS 2026-1 - Daniela Restrepo",
            ("Admisiones Posgrados UCTA", "admisiones.posgrados@ucta.example"),
            minutes=30,
            style="outlook",
            location="Reunión de Microsoft Teams",
        ),
    ),
    m(
        "p2ar",
        "2025-10-24 17:00",
        UCTA,
        "Resultado del proceso de admisión 2026-1: ADMITIDA",
        N(),
        html="""\
<div style='font-family:Arial;max-width:600px'>
<h2 style='color:#7a1f2b'>¡Felicitaciones!</h2>
<p>Apreciada Daniela Marcela Restrepo Ospina:</p>
<p>Nos complace informarle que ha sido <b>ADMITIDA</b> a la Maestría en Ingeniería de Software para el periodo 2026-1.</p>
<p>Para formalizar su ingreso, descargue la liquidación de matrícula que se publicará a partir del 4 de noviembre y realice el pago antes del 12 de diciembre.</p>
<p>Bienvenida a la comunidad UCTA.</p>
<p>Oficina de Admisiones de Posgrados</p>
</div>""",
    ),
    m(
        "p3bs",
        "2025-11-04 09:00",
        UCTA,
        "Liquidación de matrícula 2026-1 disponible",
        N(),
        text="""\
Apreciada estudiante:

Su liquidación de matrícula para el periodo 2026-1 ya está disponible en el portal.

  Valor matrícula: $9.870.000
  Descuento por pronto pago (antes del 28/11/2025): 5 %
  Opciones: pago PSE, tarjeta de crédito o crédito con ICETEX / entidades aliadas

Oficina de Admisiones de Posgrados - UCTA
""",
    ),
    m(
        "p4ct",
        "2025-12-02 14:10",
        UCTA,
        "Invitación: Inducción estudiantes nuevos de posgrado 2026-1",
        N(),
        text="""\
Apreciada estudiante:

La invitamos a la jornada de inducción de estudiantes nuevos de posgrado el sábado 24 de enero
de 2026, 8:00 a. m. a 12:00 m., en el Auditorio Principal. Conocerá a sus profesores, el
campus virtual y los servicios de biblioteca.

Vicerrectoría de Investigación y Posgrados - UCTA
""",
    ),
    # --- health -----------------------------------------------------------------------------
    m(
        "h0du",
        "2025-07-15 11:02",
        SURA,
        "Confirmación de cita - Medicina General",
        N(),
        text="""\
Hola, DANIELA MARCELA.

Tu cita fue asignada:

  Servicio: Medicina General
  Fecha: jueves 17 de julio de 2025, 2:40 p. m.
  Profesional: Dra. Marcela Gutiérrez
  Sede: IPS SURA Los Molinos, Medellín

Llega 20 minutos antes con tu documento. Si no puedes asistir, cancela por la app Seguros
SURA o la línea 604 448 6115 para que otra persona pueda usar la cita.

EPS SURA
""",
        ics=ics(
            "sura-cita-77120044-20250717",
            "2025-07-17 14:40",
            "Cita Medicina General - IPS SURA Los Molinos",
            ("EPS SURA", "notificaciones@epssura.com"),
            minutes=20,
            location="IPS SURA Los Molinos, Medellín",
        ),
    ),
    m(
        "h1ev",
        "2025-07-16 08:00",
        SURA,
        "Recordatorio: mañana tienes cita",
        N(),
        text="""\
DANIELA MARCELA, te recordamos tu cita de Medicina General mañana 17/07/2025 a las 2:40 p. m.
en IPS SURA Los Molinos. Responde CANCELAR por la app si no puedes asistir.
""",
    ),
    m(
        "h2fw",
        "2025-10-20 18:12",
        SURA,
        "Tus resultados de laboratorio están disponibles",
        N(),
        text="""\
Hola, DANIELA MARCELA.

Los resultados de tus exámenes de laboratorio del 16/10/2025 (hemograma, perfil lipídico,
TSH) ya están disponibles en la app Seguros SURA > Mis resultados.

Si tienes una cita de control, recuerda llevarlos.

EPS SURA
""",
    ),
    m(
        "h3gx",
        "2025-08-26 09:30",
        "Sonríe Odontología Especializada <citas@sonrieodontologia.example>",
        "Cita odontológica - control y limpieza",
        N(),
        text="""\
Buenos días Daniela,

Le confirmamos su cita de control y profilaxis con la Dra. Sara Mejía el viernes 29 de
agosto a las 8:00 a. m. Adjuntamos la invitación para su calendario.

Sonríe Odontología Especializada - C.C. Oviedo, local 2215
""",
        ics=ics(
            "sonrie-cita-2025-08-29-0800-drestrepo",
            "2025-08-29 08:00",
            "Control y profilaxis - Dra. Sara Mejía",
            ("Sonríe Odontología", "citas@sonrieodontologia.example"),
            minutes=45,
            style="outlook",
            location="C.C. Oviedo, local 2215",
        ),
    ),
    m(
        "h4hy",
        "2025-10-02 10:00",
        "Veterinaria Patitas <recordatorios@patitasvet.example>",
        "Recordatorio de vacunación de Mota 🐱",
        N(),
        text="""\
Hola Daniela, a Mota le corresponde su vacuna triple felina anual este mes. Agenda por
WhatsApp al 300 711 2290. ¡Te esperamos!

Veterinaria Patitas - Laureles
""",
    ),
    # --- salsa and English -------------------------------------------------------------------
    m(
        "b0iz",
        "2025-07-08 18:40",
        SALSA,
        "¡Bienvenida al nivel intermedio! 💃",
        N(),
        text="""\
Hola Daniela,

¡Bienvenida al nivel Intermedio de Salsa Caleña! Las clases son martes y jueves de 7:00 a
8:30 p. m. y sábados de 10:00 a 11:30 a. m. en nuestra sede de la 70.

Trae zapatos cómodos con suela lisa, agua y muchas ganas. El pago de la mensualidad
($180.000) se hace los primeros 5 días de cada mes.

¡Nos vemos en la pista!
Salsa y Sabor Academia
""",
    ),
    m(
        "b1ja",
        "2025-07-31 20:15",
        "Jhon Fredy Salsa y Sabor <jhonfredy.salsaysabor@gmail.com>",
        "Invitación: Clase especial de figuras - intermedio @ sáb 2 ago 2025 10am - 12pm (COT) (dmrestrepo.qa@gmail.com)",
        N(),
        text="""\
Parceros del intermedio, el sábado hacemos clase especial de figuras en pareja con el profe
invitado de Cali. Les dejo la invitación para que no se les olvide.

Has recibido una invitación para el siguiente evento.

Clase especial de figuras - intermedio
sábado, 2 ago 2025 10am – 12pm (hora de Colombia)
Salsa y Sabor Academia, Cra. 70 # 44-12

Invitación de Google Calendar
""",
        ics=ics(
            "9b1n3m5k7j9h1g3f5d7s9a1q3w@google.com",
            "2025-08-02 10:00",
            "Clase especial de figuras - intermedio",
            ("Jhon Fredy Salsa y Sabor", "jhonfredy.salsaysabor@gmail.com"),
            minutes=120,
            location="Salsa y Sabor Academia, Cra. 70 # 44-12, Medellín",
        ),
    ),
    m(
        "b2kb",
        "2025-09-18 12:00",
        SALSA,
        "Convocatoria abierta: audiciones para el show de fin de año 🎺",
        N(),
        html="""\
<div style='font-family:Arial;max-width:560px'>
<h2>CONVOCATORIA ABIERTA</h2>
<p>¿Quieres bailar en el <b>Show de Fin de Año</b> de Salsa y Sabor en el Teatro Lido?</p>
<p>Audiciones: sábado 27 de septiembre, 2:00 p. m. Requisitos: estar en nivel intermedio o avanzado y
tener disponibilidad para ensayos los domingos de octubre y noviembre.</p>
<p>Inscríbete antes del 25 de septiembre: <a href='https://salsaysabor.example/audiciones'>formulario de inscripción</a></p>
<p>Los seleccionados serán notificados el 30 de septiembre. ¡No es un trabajo, es un gozo! 😄</p>
</div>""",
    ),
    m(
        "b3lc",
        "2025-11-27 17:30",
        SALSA,
        "Noche de salsa de fin de año - viernes 12 de diciembre",
        N(),
        headers={"List-Unsubscribe": "<mailto:baja@salsaysabor.example>"},
        text="""\
¡Llegó la mejor noche del año! Viernes 12 de diciembre desde las 8:00 p. m., orquesta en vivo,
show de los alumnos y concurso de parejas. Entrada $40.000 (alumnos $25.000).

Salsa y Sabor Academia
""",
    ),
    m(
        "e0md",
        "2025-07-02 15:20",
        "Colombo Americano Medellín <matriculas@colombomedellin.edu.co>",
        "Matrícula confirmada - Conversation Club B2",
        N(),
        text="""\
Hola Daniela Marcela,

Tu matrícula al curso Conversation Club B2 (sábados 8:00 - 10:00 a. m., sede Centro) para el
ciclo julio - septiembre quedó confirmada. Inicio: sábado 12 de julio.

Centro Colombo Americano de Medellín
""",
    ),
    m(
        "e1ne",
        "2025-09-30 10:00",
        "Colombo Americano Medellín <certificados@colombomedellin.edu.co>",
        "Tu certificado del curso ya está disponible",
        N(),
        text="""\
Hola Daniela Marcela,

¡Felicitaciones por terminar el Conversation Club B2! Tu certificado está disponible en el
portal de estudiantes. Nivel alcanzado: B2+ (evaluación oral final: 88/100).

Centro Colombo Americano de Medellín
""",
    ),
    m(
        "t0of",
        "2025-12-22 09:00",
        "TECHO Colombia <hola@techo.org>",
        "Gracias por tu donación 💙",
        N(),
        text="""\
Daniela, gracias por tu donación de $100.000. Con tu aporte apoyas la construcción de
viviendas de emergencia en asentamientos de Bello y Medellín.

Tu certificado de donación para efectos tributarios estará disponible en marzo.

TECHO Colombia
""",
    ),
]
