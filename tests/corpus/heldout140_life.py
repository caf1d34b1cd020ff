# ruff: noqa: E501, RUF100
"""Corpus 140, the ordinary inbox part two (data only): see heldout140.py.

Friends and family (some talking about their own jobs), newsletters that interview founders,
shopping, travel, and mail from the new employer once she has started there."""

from __future__ import annotations

from heldout140_jobs import N, ics, m, mu, thread

CATA = "Cata Muñoz <cata.munoz.v@gmail.com>"
NICO = "Nico Fuentes <nfuentes.r@gmail.com>"
FRAN = "Francisca Olave <francisca.olave@outlook.com>"
DIEGO = "Diego Sepúlveda <diego.sepulveda.m@gmail.com>"
MAMA = "Patricia Urrutia <patricia.urrutia.l@hotmail.com>"
BITACORA = "La Bitácora de Growth <hola@bitacoragrowth.example>"
PULSO = "El Pulso Digital <newsletter@elpulsodigital.example>"
FUNNEL = "The Funnel Letter <hello@funnelletter.example>"
TIENDAZO = "Tiendazo <no-reply@tiendazo.example>"
PIDEYA = "PideYa <recibos@pideya.example>"
MUVO = "Muvo <viajes@muvo.example>"

UNSUB_BITACORA = {
    "List-Unsubscribe": "<https://bitacoragrowth.example/unsubscribe?e=josefina.aravenau%40gmail.com>",
    "List-Id": "La Bitacora de Growth <bitacora.bitacoragrowth.example>",
}


MAIL = [
    # --- Cata: her own job search, her offer, her first week ---
    m(
        "lf01",
        "2025-09-05 22:41",
        CATA,
        "oye!! me llamaron 😱",
        N(),
        text="""\
Jose!!! me llamaron de Vértice para la segunda entrevista, la con el socio 😱😱

Es el lunes a las 9 y me dijeron que viene con un caso de pricing. ¿Me ayudas a prepararlo? Tú
sabes mucho más de eso que yo. ¿Un café el domingo en la tarde en el Bravo?

te quieroooo
Cata""",
    ),
    m(
        "lf02",
        "2025-09-08 19:05",
        CATA,
        "Re: oye!! me llamaron 😱",
        N(),
        headers=thread("<lf01.20250905.19@gmail.com>", "<CAK9v+3pC4t7Ax1y_cata1@mail.gmail.com>"),
        text="""\
Gracias gracias por la ayuda ayer!! Creo que me fue bien, el socio me preguntó harto de
elasticidad y me acordé de todo lo que me explicaste jaja. Me dijeron que esta semana me dan
respuesta.

Te aviso apenas sepa algo 🤞

El dom, 7 sept 2025 a las 23:10, Josefina Aravena Urrutia (<josefina.aravenau@gmail.com>) escribió:
> Vas a andar increíble!! Mañana me cuentas cómo te fue.""",
    ),
    m(
        "lf03",
        "2025-10-01 20:33",
        CATA,
        "QUEDÉ 🎉🎉🎉",
        N(),
        text="""\
JOSEEEE

Me mandaron la carta oferta hoy y la acepté!!! Consultora Senior en Vértice, empiezo el 3 de
noviembre. Me subieron harto la renta y tengo un día de home office más.

Mañana le digo a mi jefa que renuncio, qué nervios. ¿Celebramos el viernes? Invito yo las
chelas 🍻

Cata""",
    ),
    m(
        "lf04",
        "2025-11-07 21:50",
        CATA,
        "primera semana 🥴",
        N(),
        text="""\
Te cuento: sobreviví la primera semana en Vértice jaja.

Me pasaron notebook el martes (el lunes estuve todo el día llenando papeles y con el curso de
inducción de seguridad de la información 🙃), mi jefa es bien seca pero justa, y ya me metieron
a un proyecto de una minera. Almuerzan todos a las 13:00 en punto, muy de consultora.

¿Y tú? ¿Cómo vas con lo tuyo? Cuéntame de la fintech esa.

Besos
Cata""",
    ),
    m(
        "lf05",
        "2025-12-23 11:12",
        CATA,
        "amigo secreto 🎁",
        N(),
        text="""\
Chiquillas, recordatorio: el amigo secreto es el sábado 27 en mi casa, tope $15.000.

Yo pongo el pisco sour, traigan algo para picar. ¡No se les olvide el regalo!

Cata""",
        to="Josefina Aravena Urrutia <josefina.aravenau@gmail.com>, Francisca Olave <francisca.olave@outlook.com>, Antonia Leiva <anto.leiva.r@gmail.com>",
    ),
    # --- Nico ---
    m(
        "lf06",
        "2025-09-12 13:02",
        "Nico Fuentes (Google Calendar) <calendar-notification@google.com>",
        "Invitación: Asado dieciochero 🇨🇱 @ sáb 20 sept 2025 14:00 - 20:00 (-03)",
        N(),
        reply_to="nfuentes.r@gmail.com",
        text="""\
Nico Fuentes te invitó a este evento.

Asado dieciochero 🇨🇱
sábado 20 sept 2025 ⋅ 14:00 – 20:00 (hora de Chile)
Dónde: Casa Nico, Pasaje Los Alerces 2271, Macul

Traigan algo para tomar, yo pongo la carne y después sacamos la cuenta. Hay cueca obligatoria.

Invitados: Nico Fuentes (organizador), josefina.aravenau@gmail.com, cata.munoz.v@gmail.com,
francisca.olave@outlook.com

¿Vas a asistir? Sí - Quizás - No

Invitación de Google Calendar""",
        ics=ics(
            "2a9f7c3k1m8q5n0x4v6b2d9h7t@google.com",
            "2025-09-20 14:00",
            "Asado dieciochero 🇨🇱",
            ("Nico Fuentes", "nfuentes.r@gmail.com"),
            minutes=360,
            attendees=[("cata.munoz.v@gmail.com", "cata.munoz.v@gmail.com")],
            location="Pasaje Los Alerces 2271, Macul",
        ),
    ),
    m(
        "lf07",
        "2025-09-21 12:40",
        NICO,
        "fotos del asado + la cuenta",
        N(),
        text="""\
Buenaaas, qué buen asado 🥩🇨🇱

Acá están las fotos: https://photos.app.goo.gl/kR2v7sQm9XyT3bAe8

La cuenta salió $18.000 por cabeza (carne, carbón y el vino navegado). Me transfieren cuando
puedan, datos:
Nicolás Fuentes Ríos, Banco Estado, CuentaRUT 19.xxx.xxx

Abrazo
Nico""",
    ),
    m(
        "lf08",
        "2025-10-18 00:14",
        NICO,
        "renuncié jajaja",
        N(),
        text="""\
Jose, lo hice: RENUNCIÉ. Hoy le pasé la carta a mi jefe en el banco.

Me quedo hasta fin de noviembre y después me voy tres meses a recorrer Perú y Bolivia, y a la
vuelta quiero armar lo de la tostaduría de café con mi primo. Mi mamá está en shock jaja.

¿Me vas a ir a ver cuando abramos? Te doy café gratis de por vida ☕

N.""",
    ),
    m(
        "lf09",
        "2025-11-17 10:05",
        NICO,
        "votaste?",
        N(),
        text="""\
¿Fuiste a votar ayer? Mi mesa estaba en el Liceo Lastarria y la fila era eterna jaja.

Se viene segunda vuelta el 14 de diciembre, otra vez a madrugar.

N.""",
    ),
    m(
        "lf10",
        "2026-01-31 18:30",
        NICO,
        "Pucón 🌋",
        N(),
        text="""\
Ya, confirmado: salimos el viernes 13 de febrero en el bus de la noche y volvemos el martes 17.
La cabaña la reservó tu hermana, queda en el camino al volcán. Somos 6.

Ojo que hay que llevar sábanas. Yo llevo la parrilla portátil.

Nico (ya de vuelta de Bolivia, flaco y bronceado)""",
        cc="Ignacia Aravena <ignacia.aravena.u@gmail.com>",
    ),
    # --- Fran, Diego y el grupo ---
    m(
        "lf11",
        "2025-10-23 16:48",
        FRAN,
        "cumple Anto – sábado 25",
        N(),
        text="""\
Hola Jose!

El sábado 25 celebramos el cumple de la Anto en el bar de Italia con Girardi, desde las 21:00.
Estamos juntando $10.000 cada una para el regalo (una clase de cerámica), me transfieres cuando
puedas.

Besos
Fran

Enviado desde Outlook para iOS""",
    ),
    m(
        "lf12",
        "2025-12-29 14:20",
        FRAN,
        "Año nuevo en Valpo?",
        N(),
        text="""\
Jose, ¿te animas a Año Nuevo en Valpo? La prima de la Cata tiene un depto en Cerro Alegre con
vista a los fuegos. Nos iríamos el 31 en la mañana y volvemos el 1 en la tarde.

Dime hoy porque hay que comprar los pasajes 🎆

Fran""",
    ),
    m(
        "lf13",
        "2026-02-20 20:11",
        FRAN,
        "¿y? ¿cómo la primera semana?",
        N(),
        text="""\
Jose!! Cuéntame cómo te fue la primera semana en la fintech, ¿buena onda la gente?

Yo también tengo noticias: me ascendieron a Head of Accounts en la agencia 🙈 empiezo con el
cargo nuevo en marzo y voy a tener un equipo de 4. Estoy feliz pero asustada.

Un café la próxima semana?

Fran""",
    ),
    m(
        "lf14",
        "2026-01-16 12:10",
        "Diego Sepúlveda (Google Calendar) <calendar-notification@google.com>",
        "Invitación: Almuerzo despedida Jose 🥲 @ jue 29 ene 2026 13:30 - 15:30 (-03)",
        N(),
        reply_to="diego.sepulveda.m@gmail.com",
        text="""\
Diego Sepúlveda te invitó a este evento.

Almuerzo despedida Jose 🥲
jueves 29 ene 2026 ⋅ 13:30 – 15:30 (hora de Chile)
Dónde: Donde la Tía Rosa, Av. Italia 1430, Providencia

Los de Kiltro nos juntamos a despedir a la Jose como corresponde. Cada uno paga lo suyo,
el regalo es sorpresa (no le cuenten).

¿Vas a asistir? Sí - Quizás - No

Invitación de Google Calendar""",
        ics=ics(
            "6r3t8y1u5i0o2p4a7s9d3f6g1h@google.com",
            "2026-01-29 13:30",
            "Almuerzo despedida Jose 🥲",
            ("Diego Sepúlveda", "diego.sepulveda.m@gmail.com"),
            minutes=120,
            location="Donde la Tía Rosa, Av. Italia 1430, Providencia",
        ),
    ),
    m(
        "lf15",
        "2026-02-04 19:22",
        DIEGO,
        "te echamos de menos",
        N(),
        text="""\
Jose, la oficina está fome sin ti jaja.

Chisme: la jefa ya publicó tu reemplazo en LinkedIn y en dos días postularon como 300 personas.
Me pidió ayuda para revisar CVs, así que si conoces a alguien bueno, mándamelo.

¿Cómo va la nueva pega? ¿Mucho Excel o ya te pasaron Looker?

Abrazo,
Diego""",
    ),
    m(
        "lf16",
        "2025-12-02 21:00",
        "Tomás Errázuriz <tomas.errazuriz.b@gmail.com>",
        "Junta fin de año generación 2018 🍻",
        N(),
        sender="exingecom2018@googlegroups.com",
        headers={
            "List-Id": "<exingecom2018.googlegroups.com>",
            "List-Unsubscribe": "<https://groups.google.com/g/exingecom2018/unsubscribe>",
            "Mailing-list": "list exingecom2018@googlegroups.com; contact exingecom2018+owners@googlegroups.com",
        },
        to="exingecom2018@googlegroups.com",
        text="""\
Hola a todos!

Como todos los años, toca la junta de fin de año de la generación. Propongo el viernes 12 de
diciembre en la terraza del Bar Liguria de Manuel Montt, desde las 20:00. Voten en el doodle:
https://doodle.com/meeting/participate/id/b7XqK2pe

Los que viven fuera de Santiago, avísenme si llegan y los sumamos al grupo.

Saludos,
Tomás

--
Recibiste este mensaje porque estás suscrito al grupo "Ex IngeCom 2018" de Grupos de Google.
Para anular la suscripción, envía un correo a exingecom2018+unsubscribe@googlegroups.com.""",
    ),
    m(
        "lf17",
        "2025-12-04 09:31",
        "Javiera Contreras <jcontreras.g@gmail.com>",
        "Re: Junta fin de año generación 2018 🍻",
        N(),
        sender="exingecom2018@googlegroups.com",
        headers={
            "List-Id": "<exingecom2018.googlegroups.com>",
            "In-Reply-To": "<lf16.20251202.34@gmail.com>",
            "References": "<lf16.20251202.34@gmail.com>",
        },
        to="exingecom2018@googlegroups.com",
        text="""\
Voy!! Llego tipo 21 porque salgo tarde de la pega (cierre de año en la auditora, ya saben 🫠).

Javi

El mar, 2 dic 2025 a las 21:00, Tomás Errázuriz <tomas.errazuriz.b@gmail.com> escribió:
> Como todos los años, toca la junta de fin de año de la generación.""",
    ),
    # --- familia ---
    m(
        "lf18",
        "2025-09-13 10:15",
        MAMA,
        "almuerzo domingo donde la abuela",
        N(),
        text="""\
Hija, mañana domingo almorzamos donde la abuela en Rancagua a la 1:30. Va a hacer pastel de choclo.
¿Te vas con la Ignacia en el bus o te pasamos a buscar?

Un beso
Mamá""",
    ),
    m(
        "lf19",
        "2025-10-29 08:12",
        "Jorge Aravena <jaravena.s@yahoo.com>",
        "RV: Fw: OJO con las estafas telefónicas!!!",
        N(),
        text="""\
Hija lee esto, le pasó a la señora del Pato.
Papá

-------- Mensaje reenviado --------
De: Rodolfo Sánchez <rodo.sanchez1958@yahoo.com>
Asunto: Fw: OJO con las estafas telefónicas!!!

>>> SI LE LLAMAN DE SU BANCO PIDIENDO CLAVES O COORDENADAS, CORTE. Los bancos NUNCA piden
>>> esos datos por teléfono. Tampoco entregue el código que le llega por SMS. REENVÍE A
>>> TODOS SUS CONTACTOS!!!""",
    ),
    m(
        "lf20",
        "2025-11-02 19:40",
        MAMA,
        "¿cómo quedó el depto?",
        N(),
        text="""\
Hola mi niña, ¿cómo te fue con la mudanza? ¿Llegaron bien las cajas? Mándame fotos del depto
nuevo, tu papá quiere ver si hay que poner repisas.

El sábado podemos ir a dejarte las cortinas que te compré en el persa.

Besos
Mamá""",
    ),
    m(
        "lf21",
        "2025-12-20 17:55",
        MAMA,
        "Navidad en Rancagua – quién lleva qué",
        N(),
        text="""\
Familia:

Para el 24 en la casa:
- Ignacia: ensaladas
- Josefina: el postre (el tiramisú por favor!!)
- Tío Pancho: el vino y la cola de mono
- Nosotros ponemos el pavo

Llegar tipo 20:00. El amigo secreto de los primos tiene tope de $10.000.

Mamá""",
        to="Josefina Aravena Urrutia <josefina.aravenau@gmail.com>, Ignacia Aravena <ignacia.aravena.u@gmail.com>, Francisco Urrutia <pancho.urrutia@gmail.com>",
    ),
    m(
        "lf22",
        "2026-02-10 21:03",
        MAMA,
        "¿y la pega nueva?",
        N(),
        text="""\
Hija, no me has contado nada de tu primera semana. ¿Te trataron bien? ¿Almuerzas bien? Tu papá
dice que le mandes una foto de la oficina jaja.

Te quiero mucho
Mamá""",
    ),
    m(
        "lf23",
        "2026-02-21 13:44",
        "Ignacia Aravena <ignacia.aravena.u@gmail.com>",
        "fotos Pucón 🌋",
        N(),
        text="""\
Te dejo el álbum compartido con todas las fotos del viaje (las del Ojos del Caburgua son las
mejores): https://photos.app.goo.gl/Pw9sT2bVx7Lm4cQe6

La cabaña salió $42.500 por persona al final, me transfieres cuando puedas 🙏

Nachi""",
    ),
    # --- newsletters ---
    m(
        "lf24",
        "2025-09-17 07:00",
        BITACORA,
        "Bitácora #112 · Cómo medir incrementalidad sin un equipo de data science",
        N(),
        headers=UNSUB_BITACORA,
        html="""\
<div style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222;line-height:1.55">
<p style="font-size:12px;color:#888">La Bitácora de Growth · Edición #112 · Lectura de 7 minutos</p>
<h1>Cómo medir incrementalidad sin un equipo de data science</h1>
<p>Hola 👋 Esta semana hablamos de geo-experimentos baratos, de por qué tu ROAS de Meta está inflado y de tres
herramientas open source para hacer holdouts sin pedirle nada a TI.</p>
<h3>1. El test de las comunas</h3>
<p>Si vendes en Santiago, puedes apagar campañas en un grupo de comunas y comparar contra otro...</p>
<h3>2. Lecturas de la semana</h3>
<ul><li><a href="https://bitacoragrowth.example/r/112-1">Robyn vs Meridian: comparación práctica</a></li>
<li><a href="https://bitacoragrowth.example/r/112-2">El fin de las cookies de terceros, otra vez</a></li></ul>
<p>Nos leemos el próximo miércoles,<br>Pía y Joaquín</p>
<p style="font-size:11px;color:#999">Te suscribiste en bitacoragrowth.example. <a href="https://bitacoragrowth.example/unsubscribe?e=josefina.aravenau%40gmail.com">Darte de baja</a></p>
</div>""",
    ),
    m(
        "lf25",
        "2025-10-15 07:00",
        BITACORA,
        "Bitácora #116 · Entrevista: Carolina Ibarra (Kuyen) y cómo crecer sin pagar por usuarios",
        N(),
        headers=UNSUB_BITACORA,
        html="""\
<div style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222;line-height:1.55">
<p style="font-size:12px;color:#888">La Bitácora de Growth · Edición #116 · Lectura de 12 minutos</p>
<h1>Entrevista: Carolina Ibarra, fundadora de Kuyen</h1>
<p>Esta semana entrevistamos a Carolina Ibarra, cofundadora y CEO de Kuyen, la app de salud menstrual que llegó a
800 mil usuarias en Latinoamérica casi sin inversión en medios.</p>
<p><b>¿Cuál fue el primer canal que funcionó?</b><br>—Comunidad. Antes de tener app teníamos un grupo de WhatsApp de 200
mujeres que nos decían qué construir...</p>
<p><b>¿Cuándo contrataron al primer growth analyst?</b><br>—Tarde, con 300 mil usuarias. Fue la mejor contratación que
hicimos; ojalá lo hubiéramos hecho antes. Hoy buscamos perfiles que sepan SQL y que tengan criterio de negocio.</p>
<p><b>Un consejo para quienes están empezando</b><br>—Miren cohortes, no totales.</p>
<p><a href="https://bitacoragrowth.example/116-carolina-ibarra-kuyen">Leer la entrevista completa</a></p>
<p style="font-size:11px;color:#999"><a href="https://bitacoragrowth.example/unsubscribe?e=josefina.aravenau%40gmail.com">Darte de baja</a></p>
</div>""",
    ),
    m(
        "lf26",
        "2025-11-19 07:00",
        BITACORA,
        "Bitácora #121 · Lo que aprendimos del Black Friday (y lo que no)",
        N(),
        headers=UNSUB_BITACORA,
        html="""\
<div style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222;line-height:1.55">
<p style="font-size:12px;color:#888">La Bitácora de Growth · Edición #121</p>
<h1>Lo que aprendimos del Black Friday (y lo que no)</h1>
<p>Juntamos datos de 14 e-commerce chilenos: el CPM subió 41% la semana previa, el email volvió a ser el canal con
mejor margen y las ofertas "2x1" canibalizaron más de lo que se pensaba.</p>
<p><a href="https://bitacoragrowth.example/121-black-friday">Ver el análisis</a></p>
<p style="font-size:11px;color:#999"><a href="https://bitacoragrowth.example/unsubscribe?e=josefina.aravenau%40gmail.com">Darte de baja</a></p>
</div>""",
    ),
    m(
        "lf27",
        "2026-01-21 07:00",
        BITACORA,
        "Bitácora #129 · Entrevista con el fundador de Rutapp: «contratamos lento»",
        N(),
        headers=UNSUB_BITACORA,
        html="""\
<div style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222;line-height:1.55">
<p style="font-size:12px;color:#888">La Bitácora de Growth · Edición #129</p>
<h1>«Contratamos lento y despedimos rápido»</h1>
<p>Conversamos con Felipe Aránguiz, fundador de Rutapp, sobre cómo armó su equipo de marketing de 2 a 25 personas,
por qué su proceso de selección tiene siempre un caso práctico pagado y qué pregunta hace en todas las
entrevistas.</p>
<p>—Siempre pregunto: «cuéntame de un experimento que falló». Si la persona no tiene uno, no ha experimentado.</p>
<p><a href="https://bitacoragrowth.example/129-felipe-aranguiz-rutapp">Leer la entrevista</a></p>
<p style="font-size:11px;color:#999"><a href="https://bitacoragrowth.example/unsubscribe?e=josefina.aravenau%40gmail.com">Darte de baja</a></p>
</div>""",
    ),
    m(
        "lf28",
        "2025-09-25 06:30",
        PULSO,
        "El Pulso Digital | Las fintech chilenas que más están contratando",
        N(),
        text="""\
EL PULSO DIGITAL · jueves 25 de septiembre de 2025

LO PRINCIPAL
Las fintech chilenas que más están contratando: pese al enfriamiento del capital de riesgo,
Monedi, Kuanto y Pagolisto suman más de 80 vacantes abiertas, la mayoría en tecnología, datos y
marketing. "Los perfiles de growth con SQL son los más difíciles de encontrar", dice una
headhunter del sector.

ADEMÁS
- CMF publica norma de open finance: qué cambia para los bancos
- Cumbre Retail reporta alza de 18% en ventas online de Casa Nativa
- Get on Board: los salarios de marketing digital subieron 7% en 2025

Leer en la web: https://elpulsodigital.example/2025/09/25
Anular suscripción: https://elpulsodigital.example/baja?u=ja0925""",
    ),
    m(
        "lf29",
        "2025-11-06 06:30",
        PULSO,
        "El Pulso Digital | Ley Fintec: lo que viene en 2026",
        N(),
        text="""\
EL PULSO DIGITAL · jueves 6 de noviembre de 2025

LO PRINCIPAL
Ley Fintec, año dos: lo que viene en 2026 para pagos, cripto y crowdfunding. Hablamos con
abogados y fundadores sobre el sistema de finanzas abiertas.

ADEMÁS
- Banco Austral lanza tarjeta de crédito 100% digital
- Cobre Andino invierte US$ 40 millones en su hub de transformación digital

Leer en la web: https://elpulsodigital.example/2025/11/06
Anular suscripción: https://elpulsodigital.example/baja?u=ja1106""",
    ),
    m(
        "lf30",
        "2026-01-08 06:30",
        PULSO,
        "El Pulso Digital | Monedi levanta US$ 12 millones en Serie A",
        N(),
        text="""\
EL PULSO DIGITAL · jueves 8 de enero de 2026

LO PRINCIPAL
Monedi levanta US$ 12 millones en Serie A liderada por un fondo brasileño. La fintech chilena de
inversión para principiantes usará los recursos para entrar a Perú y duplicar su equipo. "Vamos a
contratar a 40 personas este año", dijo su CEO, Tomás Larraín.

ADEMÁS
- Vidriera cierra oficina en Santiago y concentra operación en Buenos Aires
- El 62% de los chilenos compró online en la última Navidad

Leer en la web: https://elpulsodigital.example/2026/01/08
Anular suscripción: https://elpulsodigital.example/baja?u=ja0108""",
    ),
    m(
        "lf31",
        "2025-10-08 12:00",
        FUNNEL,
        "Why your attribution model is lying to you",
        N("en"),
        headers={"List-Unsubscribe": "<https://funnelletter.example/unsub?id=77fa21>"},
        text="""\
THE FUNNEL LETTER · Issue 88

Why your attribution model is lying to you

Last-click undercounts upper funnel. Data-driven attribution overcounts whatever the platform
sells you. The honest answer is a mix of experiments and a simple MMM, and we show you how to
start with a spreadsheet.

Also this week:
- A teardown of Duolingo's streak notifications
- Three SQL patterns every growth analyst should know

Read online: https://funnelletter.example/88
You're receiving this because you subscribed at funnelletter.example. Unsubscribe: https://funnelletter.example/unsub?id=77fa21""",
    ),
    m(
        "lf32",
        "2025-11-12 12:00",
        FUNNEL,
        "Interview: how Stackwise's founder built a PLG engine",
        N("en"),
        headers={"List-Unsubscribe": "<https://funnelletter.example/unsub?id=77fa21>"},
        text="""\
THE FUNNEL LETTER · Issue 93

Interview: Priya Raman, co-founder of Stackwise

We sat down with Priya to talk about how Stackwise went from 0 to 40,000 teams without a sales
team, what she looks for when she interviews growth hires ("people who can say no to a
dashboard request"), and why they're hiring analysts in Latin America.

Q: What was your first growth hire?
A: An analyst, not a marketer. We needed someone to tell us what was actually happening.

Read the full interview: https://funnelletter.example/93-priya-raman
Unsubscribe: https://funnelletter.example/unsub?id=77fa21""",
    ),
    m(
        "lf33",
        "2026-01-14 12:00",
        FUNNEL,
        "The 2026 growth stack",
        N("en"),
        headers={"List-Unsubscribe": "<https://funnelletter.example/unsub?id=77fa21>"},
        text="""\
THE FUNNEL LETTER · Issue 101

The 2026 growth stack: what we'd buy, what we'd build, and what we'd skip. Warehouse-native
everything, a CDP you probably don't need, and why reverse ETL finally got boring.

Read online: https://funnelletter.example/101
Unsubscribe: https://funnelletter.example/unsub?id=77fa21""",
    ),
    m(
        "lf34",
        "2025-12-04 08:00",
        "Emprendedores del Sur <podcast@emprendedoresdelsur.example>",
        "🎙️ Nuevo episodio: entrevista a Tomás Larraín, CEO de Monedi",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px">
<p><img src="https://emprendedoresdelsur.example/img/ep-141.jpg" alt="Episodio 141" width="560"></p>
<h2>Ep. 141 · Tomás Larraín (Monedi): «Invertir no debería dar miedo»</h2>
<p>En este episodio entrevistamos al CEO y cofundador de Monedi sobre cómo pasó de la banca de inversión a fundar una
fintech, los errores de su primer año, cómo arma equipo («busco gente que pregunte por qué») y lo que viene para 2026.</p>
<p><a href="https://emprendedoresdelsur.example/episodios/141">Escuchar en Spotify, Apple Podcasts o en la web</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque te suscribiste a Emprendedores del Sur. <a href="https://emprendedoresdelsur.example/baja">Darte de baja</a></p>
</div>""",
    ),
    # --- compras, delivery, panoramas ---
    m(
        "lf35",
        "2025-09-26 21:14",
        TIENDAZO,
        "¡Gracias por tu compra! Pedido #TZ-20931877",
        N(),
        text="""\
Hola Josefina,

Confirmamos tu compra:

  Pedido: #TZ-20931877
  Hervidor eléctrico 1,7 L acero      $24.990
  Set 6 vasos de vidrio               $12.490
  Despacho a domicilio                 $3.990
  Total                               $41.470

Fecha estimada de entrega: 29 de septiembre.

Tiendazo""",
    ),
    m(
        "lf36",
        "2025-09-29 16:02",
        TIENDAZO,
        "Tu pedido #TZ-20931877 fue entregado",
        N(),
        text="""\
Hola Josefina, tu pedido #TZ-20931877 fue entregado hoy a las 15:58. Lo recibió: Josefina A.

¿Cómo fue tu experiencia? Califica tu compra: https://www.tiendazo.example/calificar/TZ-20931877

Tiendazo""",
    ),
    m(
        "lf37",
        "2025-10-05 09:00",
        "Tiendazo <ofertas@tiendazo.example>",
        "⚡ CyberMonday: hasta 60% dcto. en hogar y tecnología",
        N(),
        html="""\
<div style="font-family:Arial;max-width:600px;text-align:center">
<p><img src="https://www.tiendazo.example/mail/cyber-banner.gif" alt="CyberMonday Tiendazo" width="600"></p>
<h1>¡Empezó el CyberMonday!</h1>
<p>Hasta 60% de descuento + 12 cuotas sin interés con tarjetas participantes. Solo del 6 al 8 de octubre.</p>
<p><a href="https://www.tiendazo.example/cyber?utm_source=email&amp;utm_campaign=cyber_oct">Ver ofertas</a></p>
<p style="font-size:11px;color:#888">Stock limitado. <a href="https://www.tiendazo.example/desuscribir">Desuscribirme</a></p>
</div>""",
    ),
    m(
        "lf38",
        "2025-11-29 23:49",
        TIENDAZO,
        "¡Gracias por tu compra! Pedido #TZ-21877340",
        N(),
        text="""\
Hola Josefina,

Confirmamos tu compra:

  Pedido: #TZ-21877340
  Sillón 2 cuerpos tela gris          $179.990
  Despacho a domicilio                 $10.000
  Total                               $189.990

Fecha estimada de entrega: entre el 4 y el 9 de diciembre. Te avisaremos cuando esté en camino.

Tiendazo""",
    ),
    m(
        "lf39",
        "2025-12-26 10:30",
        TIENDAZO,
        "Tu solicitud de devolución fue aprobada",
        N(),
        text="""\
Hola Josefina,

Tu solicitud de devolución N° DV-88120 (Set 6 vasos de vidrio, pedido #TZ-20931877) fue aprobada.
Puedes dejar el producto en cualquier punto de retiro dentro de los próximos 10 días; el
reembolso se hará a tu medio de pago original.

Tiendazo""",
    ),
    m(
        "lf40",
        "2025-10-11 21:38",
        PIDEYA,
        "Tu recibo de PideYa – Sushi Ñuñoa",
        N(),
        text="""\
Gracias por tu pedido, Josefina

Sushi Ñuñoa · sábado 11 de octubre, 21:37
  Promo 40 piezas           $21.900
  Gyozas x6                  $4.500
  Envío                      $1.490
  Propina                    $1.500
  Total                     $29.390

Pagado con Visa ****8815""",
    ),
    m(
        "lf41",
        "2025-12-06 14:02",
        PIDEYA,
        "Tu recibo de PideYa – Fuente Italia",
        N(),
        text="""\
Gracias por tu pedido, Josefina

Fuente Italia · sábado 6 de diciembre, 14:01
  Churrasco italiano        $8.900
  Papas fritas              $3.200
  Bebida 1,5 L              $2.300
  Envío                     $990
  Total                     $15.390""",
    ),
    m(
        "lf42",
        "2025-11-22 18:20",
        "Cines Alameda <entradas@cinesalameda.example>",
        "Tus entradas: sábado 22/11, 20:30, Sala 4",
        N(),
        text="""\
¡Hola Josefina! Aquí están tus entradas.

  Película: La Memoria del Agua (subtitulada)
  Sábado 22 de noviembre, 20:30 · Sala 4 · Butacas F7, F8
  Cine: Cines Alameda Plaza Ñuñoa
  Código de reserva: CA-5519-QX

Presenta el código QR en la entrada. https://www.cinesalameda.example/e/CA-5519-QX""",
    ),
    m(
        "lf43",
        "2025-09-20 09:01",
        "Sonora <no-reply@sonora.example>",
        "Tu recibo de Sonora Premium",
        N(),
        text="""\
Sonora Premium Individual
Período: 20/09/2025 – 19/10/2025
Total: $5.990 (IVA incluido)
Método de pago: Visa ****4471

Gestiona tu suscripción en https://www.sonora.example/account""",
    ),
    m(
        "lf44",
        "2025-12-03 13:00",
        "Sonora <no-reply@sonora.example>",
        "Tu 2025 en Sonora ya está aquí 🎧",
        N(),
        html="""\
<div style="font-family:Arial;max-width:560px;background:#111;color:#fff;padding:24px">
<h1>Josefina, tu 2025 sonó así</h1>
<p>Escuchaste 31.402 minutos de música. Tu artista más escuchada fue Mon Laferte y tu género, la cumbia.</p>
<p><a style="color:#1ed760" href="https://www.sonora.example/wrapped?utm_source=email">Ver mi resumen</a></p>
</div>""",
    ),
    m(
        "lf45",
        "2025-10-30 11:25",
        "Courier Andes <tracking@courierandes.example>",
        "Tu paquete CA4481203CL está en proceso de aduana",
        N(),
        text="""\
Hola Josefina,

Tu paquete CA4481203CL (remitente: ONLINE STORE US) llegó a Chile y está en proceso de aduana.
Si corresponde pagar impuestos, te enviaremos el detalle para que los pagues en línea.

Sigue tu envío: https://www.courierandes.example/track/CA4481203CL

Courier Andes""",
    ),
    m(
        "lf46",
        "2025-11-04 17:40",
        "Courier Andes <tracking@courierandes.example>",
        "Tu paquete CA4481203CL fue entregado",
        N(),
        text="""\
Hola Josefina, tu paquete CA4481203CL fue entregado en Av. Irarrázaval 3450, depto. 805. Recibió:
conserjería.

Courier Andes""",
    ),
    m(
        "lf47",
        "2025-10-26 02:51",
        MUVO,
        "Tu viaje del domingo en la madrugada",
        N(),
        text="""\
Gracias por viajar con Muvo, Josefina

Domingo 26 de octubre · 02:31
Desde: Italia con Girardi, Providencia
Hasta: Av. Irarrázaval 3450, Ñuñoa
Distancia: 4,8 km · 14 min
Total: $6.720 (Visa ****8815)

Conductor: Manuel · Toyota Yaris · Califica tu viaje en la app""",
    ),
    m(
        "lf48",
        "2025-12-13 01:14",
        MUVO,
        "Tu viaje del sábado en la madrugada",
        N(),
        text="""\
Gracias por viajar con Muvo, Josefina

Sábado 13 de diciembre · 00:55
Desde: Bar Liguria, Manuel Montt, Providencia
Hasta: Av. Irarrázaval 3450, Ñuñoa
Total: $5.430 (Visa ****8815)""",
    ),
    m(
        "lf49",
        "2025-09-01 09:00",
        "Yoga Ñuñoa <hola@yoganunoa.example>",
        "Renovación de tu plan trimestral",
        N(),
        text="""\
Hola Josefina 🧘

Tu plan trimestral (12 clases al mes) se renovó hoy. Próximo cobro: 1 de diciembre.

Horario de septiembre: vinyasa martes y jueves 19:30, hatha sábado 10:00. Durante la semana del
18 no hay clases.

Namaste,
Yoga Ñuñoa · Av. Pedro de Valdivia 3300""",
    ),
    m(
        "lf50",
        "2025-12-01 09:00",
        "Yoga Ñuñoa <hola@yoganunoa.example>",
        "Horario de verano y clases en el Parque Juan XXIII ☀️",
        N(),
        text="""\
Hola!

Desde el 2 de enero cambiamos a horario de verano: todas las clases de los sábados serán al aire
libre en el Parque Juan XXIII. Lleva tu mat y bloqueador.

Tu plan trimestral se renovó hoy.

Yoga Ñuñoa""",
    ),
    m(
        "lf51",
        "2025-10-20 11:00",
        "Veterinaria Ñuñoa <citas@vetnunoa.example>",
        "Recordatorio: vacuna antirrábica de Pelusa",
        N(),
        text="""\
Hola Josefina,

Le recordamos que a Pelusa (felino, 3 años) le corresponde la vacuna antirrábica anual. Le
agendamos hora para el sábado 25 de octubre a las 11:30; si no le acomoda, responda este correo.

Veterinaria Ñuñoa · Av. Grecia 3085""",
        ics=ics(
            "vetnunoa-cita-20251025-1130@vetnunoa.example",
            "2025-10-25 11:30",
            "Vacuna antirrábica – Pelusa",
            ("Veterinaria Ñuñoa", "citas@vetnunoa.example"),
            minutes=20,
            location="Av. Grecia 3085, Ñuñoa",
        ),
    ),
    m(
        "lf52",
        "2025-11-14 13:10",
        "Entradas Ya <tickets@entradasya.example>",
        "Confirmación de compra – Mon Laferte en Santiago",
        N(),
        text="""\
Compra confirmada

  Evento: Mon Laferte – Gira 2025
  Fecha: sábado 6 de diciembre de 2025, 21:00
  Lugar: Arena Santiago
  Sector: Cancha General · 2 entradas
  Total: $97.600

Tus entradas estarán disponibles en la app 48 horas antes del evento.""",
    ),
    m(
        "lf53",
        "2025-11-20 20:00",
        "Cami y Seba <camiyseba.matrimonio@gmail.com>",
        "💍 Matrimonio Cami & Seba – confirma tu asistencia",
        N(),
        html="""\
<div style="font-family:'Playfair Display',Georgia,serif;max-width:520px;text-align:center;color:#3b3b3b">
<p style="font-size:28px">Camila &amp; Sebastián</p>
<p>Tenemos el agrado de invitarte a nuestro matrimonio</p>
<p><b>Sábado 7 de marzo de 2026, 18:00</b><br>Viña Santa Clara, Buin</p>
<p>Por favor confirma tu asistencia antes del 15 de enero en
<a href="https://camiyseba.example/confirmar?i=jaravena">camiyseba.example/confirmar</a></p>
<p style="font-size:12px">Lista de novios: Tiendazo, código CS2026</p>
</div>""",
    ),
    m(
        "lf54",
        "2026-01-05 15:30",
        "Learnhub <certificates@learnhub.example>",
        "Congratulations, Josefina! You earned your certificate",
        N("en"),
        text="""\
Congratulations, Josefina!

You've completed "BigQuery for Marketers" and earned your certificate.

Share it on LinkedIn: https://learnhub.example/certificates/LH-7731-JA/share
Download PDF: https://learnhub.example/certificates/LH-7731-JA.pdf

Keep learning,
The Learnhub Team""",
    ),
    # --- vacaciones ---
    m(
        "lf55",
        "2026-01-19 22:07",
        "Pullman Sur <ventas@pullmansur.example>",
        "Compra exitosa: Santiago → Pucón, viernes 13/02",
        N(),
        text="""\
¡Gracias por tu compra, Josefina!

  Ida: Santiago (Terminal Alameda) → Pucón
  Viernes 13 de febrero de 2026, salida 22:15 · Semi cama · Asiento 23
  Vuelta: Pucón → Santiago
  Martes 17 de febrero de 2026, salida 21:30 · Semi cama · Asiento 24
  Total: $58.400

Presenta tu cédula de identidad y el código QR al abordar.
Código de compra: PS-990312""",
    ),
    m(
        "lf56",
        "2026-01-20 10:40",
        "Cabañas Ruka Lafquén <reservas@rukalafquen.example>",
        "Confirmación de reserva – 14 al 17 de febrero",
        N(),
        text="""\
Estimada Ignacia / Josefina:

Confirmamos la reserva de la cabaña "Volcán" (6 personas) del sábado 14 al martes 17 de febrero
de 2026 (3 noches). Abono recibido: $127.500. Saldo a pagar al llegar: $127.500.

Check-in desde las 15:00 · Check-out hasta las 12:00. Camino al Volcán km 6, Pucón.

Cabañas Ruka Lafquén""",
        cc="Ignacia Aravena <ignacia.aravena.u@gmail.com>",
    ),
    m(
        "lf57",
        "2026-02-12 10:00",
        "Pullman Sur <ventas@pullmansur.example>",
        "Tu viaje es mañana 🚌",
        N(),
        text="""\
Hola Josefina, te recordamos que mañana viernes 13/02 viajas de Santiago a Pucón a las 22:15
desde el Terminal Alameda (andén 12). Llega con 20 minutos de anticipación.

¡Buen viaje!
Pullman Sur""",
    ),
    # --- el nuevo empleador, ya trabajando allí (no es búsqueda de empleo) ---
    m(
        "lf58",
        "2026-02-02 08:45",
        "IT Monedi <it@monedi.example>",
        "Bienvenida a Monedi 💜 tus accesos",
        N(),
        text="""\
Hola Josefina,

¡Bienvenida! Estos son tus accesos para hoy:

  Correo: josefina.aravena@monedi.example (contraseña temporal en el sobre de tu notebook)
  Slack: te llegará una invitación a tu correo Monedi
  Looker y BigQuery: los habilita Matías durante tu primera semana

Activa la verificación en dos pasos antes del viernes. Cualquier problema, escribe en #it-help.

Equipo IT · Monedi""",
    ),
    m(
        "lf59",
        "2026-02-09 17:20",
        "Personas Monedi (Google Calendar) <calendar-notification@google.com>",
        "Invitación: Monedi All Hands – febrero @ jue 12 feb 2026 17:00 - 18:00 (-03)",
        N(),
        reply_to="personas@monedi.example",
        text="""\
Personas Monedi te invitó a este evento.

Monedi All Hands – febrero
jueves 12 feb 2026 ⋅ 17:00 – 18:00 (hora de Chile)
Dónde: Oficina Providencia piso 7 + Google Meet

Resultados de enero, novedades de la Serie A y bienvenida a las personas nuevas 👋

Invitación de Google Calendar""",
        ics=ics(
            "0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
            "2026-02-12 17:00",
            "Monedi All Hands – febrero",
            ("Personas Monedi", "personas@monedi.example"),
            location="Av. Providencia 1208, piso 7 / https://meet.google.com/mnd-allh-feb",
        ),
    ),
    m(
        "lf60",
        "2026-02-18 12:30",
        "Personas Monedi <personas@monedi.example>",
        "Activa tu seguro complementario de salud",
        N(),
        text="""\
Hola Josefina,

Ya estás incorporada a la póliza de seguro complementario de salud, dental y de vida de Monedi.

Para activarla, descarga la app de la aseguradora y regístrate con tu RUT. Reembolsos: primero
tu Isapre, luego el seguro. Si tienes cargas, infórmalas antes del 28 de febrero.

Equipo de Personas · Monedi""",
    ),
    mu(
        "lf61",
        "2026-02-24 14:00",
        "Valentina Ossandón <valentina@monedi.example>",
        "¿Cómo van tus primeras semanas? (encuesta de onboarding)",
        N(),
        text="""\
Hola Jose!

Ya llevas tres semanas con nosotros 💜 Queremos saber cómo ha sido tu onboarding para mejorarlo
con las próximas personas que entren (¡vienen 40 este año!).

Son 6 preguntas: https://forms.gle/mNdOnb0ard2026

Gracias!
Vale · People & Talent""",
    ),
    m(
        "lf62",
        "2026-01-12 13:05",
        CATA,
        "almuerzo esta semana?",
        N(),
        text="""\
Jose! Ando por Providencia esta semana por un cliente, ¿almorzamos el jueves? Te tengo que
contar que mi jefa renunció y quedé a cargo del proyecto de la minera 😳

Cata""",
    ),
]
