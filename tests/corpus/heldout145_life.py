# ruff: noqa: E501, RUF100
"""Corpus 145, the ordinary inbox part two (data only): family and friends, health, the
club, the CPCE, the posgrado and newsletters. See heldout145.py."""

from __future__ import annotations

from typing import Any

from heldout145_jobs import N, R, ics, m

MAMA = "Graciela Ocampo <gracielaocampo58@yahoo.com.ar>"
CPCE = ("CPCE CABA - Capacitación", "capacitacion@consejo.org.ar")

MAIL: list[dict[str, Any]] = [
    # --- family ------------------------------------------------------------------------------
    m(
        "fa01",
        "2025-09-06 19:44",
        MAMA,
        "domingo",
        N(),
        text="""Hola hija, el domingo almorzamos en lo de la abuela Chola en Ramos, va a estar tu tía
Marta con los chicos. Hago tarta de choclo. Venís? Si querés te paso a buscar por Castelnuovo
a las 12.

Besos
Mamá
""",
    ),
    m(
        "fa02",
        "2025-12-18 21:10",
        MAMA,
        "Navidad",
        N(),
        text="""Agus, para Navidad estamos en casa, el 24 a las 21. Joaquín trae el vitel toné y vos
encargate del pan dulce y la sidra si podés. La abuela pregunta si vas a ir con alguien 😉

Tu papá dice que le lleves el cargador que se olvidó en tu depto nuevo.

Besos
""",
    ),
    m(
        "fa03",
        "2025-12-20 10:26",
        "Joaquín Iturralde <joaco.iturralde@gmail.com>",
        "valija",
        N(),
        text="""agus me prestas la valija grande para ir a florianopolis? salimos el 3. la paso a buscar
el finde por colegiales. gracias genia

enviado desde mi celular
""",
    ),
    m(
        "fa04",
        "2026-02-24 20:02",
        MAMA,
        "Re: el lunes",
        N(),
        text="""Ay qué lindo hija, estoy muy orgullosa. Papá dice que te va a llevar a Olivos en auto el
lunes así no llegás toda transpirada en el colectivo jaja. Avisame a qué hora.

Besos grandes,
Mamá

El lun, 23 feb 2026, Agustina Iturralde escribió:
> Ma, ya tengo todo listo para el lunes. ¡Nervios!
""",
        **R("<CAJd8kP8Ma2mKq4z-Fa1@mail.gmail.com>"),
    ),
    m(
        "fa05",
        "2025-10-26 17:38",
        "Marta Ocampo <martitaocampo@hotmail.com.ar>",
        "RV: receta pastafrola de la abuela",
        N(),
        text="""chicas les reenvio la receta que me pidieron!! besos a todas

----- Mensaje reenviado -----
De: Chola Ocampo
Para: Marta Ocampo
Asunto: receta

300 g harina leudante, 150 g manteca, 150 g azucar, 2 huevos, ralladura de limon, esencia de
vainilla. Dulce de membrillo cantidad necesaria, ablandarlo con un chorrito de oporto. Horno
moderado 40 minutos. No abrir el horno!!!
""",
    ),
    # --- friends and colleagues talking about their own jobs ------------------------------------
    m(
        "fr06",
        "2025-09-24 22:51",
        "Carolina Mansilla <caromansilla@yahoo.com.ar>",
        "me despidieron 😩",
        N(),
        text="""Agus, te cuento porque no me da para mandar audio. Hoy a las 17 me llamaron de RRHH y me
dijeron que por la "reestructuración del área" prescindían de mis servicios. Éramos 6 en
administración y quedan 3. Me pagan indemnización completa por lo menos.

Estoy re bajón. Mañana actualizo el CV y arranco a buscar. Si sabés de algo en tu estudio o
de algún conocido avisame porfa.

Te quiero, mañana te llamo
Caro
""",
    ),
    m(
        "fr07",
        "2026-02-18 13:15",
        "Carolina Mansilla <caromansilla@yahoo.com.ar>",
        "¡CONSEGUÍ LABURO!",
        N(),
        text="""AGUUUUS!!! Me llamaron hoy, quedé en la distribuidora de Munro, Analista de Cuentas a
Pagar. Arranco el 2 de marzo, ¡el mismo día que vos! Pagan un poco menos que antes pero es
cerca de casa y tienen prepaga.

Hay que festejar las dos juntas. ¿Birra el viernes en Chacarita?

Caro
""",
    ),
    m(
        "fr08",
        "2025-10-12 11:09",
        "Florencia Ruiz <flor.ruiz91@hotmail.com.ar>",
        "¡Entré al banco!",
        N(),
        text="""Amigaaa, ¿cómo estás?

Te quería contar que finalmente me tomaron en el banco!!! Después de 4 entrevistas y un
psicotécnico eterno. Entro en Compliance, el lunes 20 firmo el contrato. El sueldo es
parecido pero tiene bono y muchos beneficios.

La verdad es que ya no aguantaba más la auditoría, las temporadas de balance me estaban
matando.

Cuando vuelvas de la facu un día nos vemos y te cuento todo.
Besos!
Flor
""",
    ),
    m(
        "fr09",
        "2025-11-06 23:30",
        "Nicolás Pereyra <nicopereyra.cp@gmail.com>",
        "mañana tengo entrevista",
        N(),
        text="""Agus! mañana tengo entrevista con el estudio de San Isidro, el que te conté. Es con el
socio directamente. Alguna recomendación? Vos que estás en impuestos hace más tiempo, qué
preguntan de Ganancias de sociedades?

deseame suerte jaja
Nico
""",
    ),
    m(
        "fr10",
        "2025-11-20 19:02",
        "Nicolás Pereyra <nicopereyra.cp@gmail.com>",
        "Re: mañana tengo entrevista",
        N(),
        text="""Bueno, te cuento: no quedé. Me escribieron hoy que "decidieron avanzar con otros
candidatos con más experiencia en sociedades". Ni idea, la entrevista me pareció que había ido
bien. En fin, a seguir.

Gracias por los tips igual, el de revisar el ajuste por inflación me salvó una pregunta 😂

Nico

El vie, 7 nov 2025 a las 0:12, Agustina Iturralde (<agustina.iturralde.o@gmail.com>) escribió:
> ¡Mucha suerte Nico! Repasá ajuste por inflación impositivo y quebrantos, siempre sale.
> Después contame.
""",
        **R("<CAJd8kP4Np5rEd2w-Fr3@mail.gmail.com>"),
    ),
    m(
        "fr11",
        "2025-11-30 09:47",
        "Sol Aguirre <solaguirre.madrid@gmail.com>",
        "Noticias desde Madrid",
        N(),
        text="""¡Hola Agus!

Perdón por desaparecer. Acá todo bien, con mucho frío ya. Te cuento que me pasaron de
auditoría a la práctica de impuestos en la firma, por fin! Estoy haciendo el Impuesto sobre
Sociedades de un par de clientes (acá le dicen "el IS") y el modelo 200. Se parece bastante a
Ganancias, aunque todo es con formularios con número jaja.

Los españoles me siguen corrigiendo el "vos" pero ya me da igual.

¿Vos cómo vas con la búsqueda? Contame todo.

Un abrazo enorme,
Sol
""",
    ),
    m(
        "fr12",
        "2026-01-19 22:18",
        "Gonzalo Ferreyra <gonza_ferreyra@hotmail.com.ar>",
        "Saludos desde Neuquén",
        N(),
        text="""Hola Agus! Cómo va? Te escribo porque me enteré que te vas del estudio, felicitaciones!!

Yo ya hace dos meses que estoy en Neuquén, en la petrolera. Es otro mundo, el área de
impuestos es enorme y el tema regalías y retenciones de IIBB de Neuquén te vuela la cabeza.
Laburo mucho pero pagan muy bien y el paisaje no tiene comparación.

Si algún día venís para el sur avisá así te muestro todo.

Abrazo
Gonza
""",
    ),
    m(
        "fr13",
        "2026-01-25 16:40",
        "Lucía Benítez <lu.benitez@yahoo.com.ar>",
        "necesito consejo",
        N(),
        text="""Agus, necesito tu opinión sincera. Me ofrecieron un puesto de Jefa de Administración en
una bodega en Luján de Cuyo, Mendoza. Es una oferta muy buena, casi el doble de lo que gano,
pero implica mudarme y dejar todo acá. Martín dice que lo haga, mi vieja que ni loca.

¿Vos qué harías? Tengo que contestar el viernes.

Besos
Lu
""",
    ),
    m(
        "fr14",
        "2025-09-26 15:10",
        "Paula Gentile <pau.gentile@gmail.com>",
        "consulta monotributo 🙏",
        N(),
        text="""Hola Agus! Perdón que te moleste con esto. Empecé a dar clases de yoga y me dijeron que
me tengo que inscribir en el monotributo. ¿Qué categoría me corresponde si facturo más o menos
$ 600.000 por mes? ¿Y tengo que pagar Ingresos Brutos aparte?

Te invito un café a cambio jaja

Pau
""",
    ),
    m(
        "fr15",
        "2025-12-04 12:33",
        "Melina Soto <meli.soto.fce@gmail.com>",
        "Juntada de fin de año - las de la FCE",
        N(),
        cc="Florencia Ruiz <flor.ruiz91@hotmail.com.ar>, Carolina Mansilla <caromansilla@yahoo.com.ar>",
        text="""Chicas! Propongo cena de fin de año el viernes 12 en lo de Caro (ella se ofreció, no es
que la obligué jaja). Cada una lleva algo. Yo llevo las empanadas.

Agus, vos traé el postre que hacés con dulce de leche porfa.

Confirmen!!
Meli
""",
    ),
    m(
        "fr16",
        "2025-12-03 20:25",
        "Martina Quiroga <martuquiroga@gmail.com>",
        "Bariloche!!",
        N(),
        text="""Agus!! Ya saqué el pasaje, vuelo el 17 también, el mismo que vos. Me quedo en lo de mi
prima en Melipal pero hacemos todo juntas. Te paso ideas:

- Circuito chico en bici
- Cerro Tronador (excursión de día completo)
- Refugio Frey si el tiempo da
- Cervecería Patagonia obvio

Qué emoción!!! Vacaciones de verdad, sin balances.

Martu
""",
    ),
    m(
        "fr17",
        "2025-12-05 10:14",
        "Julieta Navarro <julinavarro.isa@gmail.com>",
        "Invitación: Fiesta de fin de año ISA 🎉",
        N(),
        text="""Chicos, les mando la invite al mail personal porque el de la oficina filtra los
eventos externos. Fiesta de fin de año del estudio: viernes 19 a las 21 en el salón de
Palermo. Dress code: ¡brillos!

Juli
""",
        ics=ics(
            "5hb0ma9vq2fiestaisa2025@google.com",
            "2025-12-19 21:00",
            "Fiesta de fin de año ISA ✨",
            ("Julieta Navarro", "julinavarro.isa@gmail.com"),
            minutes=300,
            location="Salón Costa Palermo, Av. Costanera R. Obligado 2500",
        ),
    ),
    m(
        "fr18",
        "2026-02-14 11:02",
        "Micaela Torres <mica.torres@gmail.com>",
        "Invitación: Cumple de Mica 🎂 @ sáb 21 feb 2026 20:00",
        N(),
        text="""Micaela Torres te invitó a un evento.

Cumple de Mica 🎂
sábado 21 feb 2026 20:00 – 23:59 (hora estándar de Argentina)
Terraza de Mica, Palermo Hollywood

¡Traigan bebida! Hay pizza party.

¿Vas a asistir? Sí - Quizás - No
Invitación de Google Calendar
""",
        ics=ics(
            "0mic4cumple2026birthday@google.com",
            "2026-02-21 20:00",
            "Cumple de Mica 🎂",
            ("Micaela Torres", "mica.torres@gmail.com"),
            minutes=239,
            location="Palermo Hollywood",
        ),
    ),
    # --- health --------------------------------------------------------------------------------
    m(
        "md19",
        "2025-10-02 17:25",
        "Odontología Scalabrini <turnos@odontoscalabrini.example>",
        "Turno confirmado - Dra. Villafañe",
        N(),
        text="""Hola Agustina,

Tu turno quedó confirmado:

Profesional: Dra. Romina Villafañe (odontología general)
Fecha: miércoles 8 de octubre, 18:30 hs
Dirección: Av. Scalabrini Ortiz 780, 2° C, Villa Crespo

Traé tu credencial de Cobertura Andina Salud. Si no podés asistir, avisanos con 24 hs de
anticipación.

Odontología Scalabrini
""",
        ics=ics(
            "turno-88412-villafane@odontoscalabrini.example",
            "2025-10-08 18:30",
            "Turno odontológico - Dra. Villafañe",
            ("Odontología Scalabrini", "turnos@odontoscalabrini.example"),
            minutes=40,
            location="Av. Scalabrini Ortiz 780, 2° C, CABA",
        ),
    ),
    m(
        "md20",
        "2025-10-07 10:00",
        "Odontología Scalabrini <turnos@odontoscalabrini.example>",
        "Recordatorio: mañana tenés turno",
        N(),
        text="""Hola Agustina, te recordamos tu turno de mañana miércoles 8/10 a las 18:30 con la Dra.
Villafañe.

Respondé SI para confirmar o NO para cancelar.
""",
    ),
    m(
        "md21",
        "2026-01-21 12:40",
        "Cobertura Andina Salud <turnos@coberturaandina.example>",
        "Confirmación de turno - Dermatología",
        N(),
        html="""<div style="font-family:Arial;font-size:14px;color:#1d3557">
<p style="background:#2a9d8f;color:#fff;padding:10px">Cobertura Andina Salud · Turnos online</p>
<p>Agustina Belén, tu turno fue reservado:</p>
<p><b>Dermatología</b> – Dra. Inés Calderón<br>Martes 3 de febrero de 2026 – 16:15 hs<br>
Centro Médico Palermo – Av. Santa Fe 3820</p>
<p>Presentate 15 minutos antes con tu credencial digital.</p>
<p style="font-size:11px;color:#777">Para cancelar ingresá a la app o llamá al 0810-333-2642.</p></div>""",
        ics=ics(
            "cas-turno-2209913@coberturaandina.example",
            "2026-02-03 16:15",
            "Dermatología - Dra. Calderón",
            ("Cobertura Andina Salud", "turnos@coberturaandina.example"),
            minutes=20,
            location="Centro Médico Palermo - Av. Santa Fe 3820",
        ),
    ),
    m(
        "vt22",
        "2025-11-22 09:15",
        "Veterinaria Malabia <vetmalabia@gmail.com>",
        "Recordatorio vacuna anual - Milanesa",
        N(),
        text="""Hola Agustina! Te recordamos que a Milanesa (felino, 4 años) le corresponde la vacuna
triple felina + antirrábica este mes. Atendemos de lunes a sábado de 10 a 20, sin turno.

Veterinaria Malabia - Malabia 520
""",
    ),
    # --- CPCE: webinars, newsletter, matrícula ------------------------------------------------
    m(
        "cp23",
        "2025-09-15 12:00",
        "CPCE CABA - Capacitación <capacitacion@consejo.org.ar>",
        "Inscripción confirmada: Convenio Multilateral - novedades 2025 (webinar)",
        N(),
        text="""Estimada matriculada:

Su inscripción a la siguiente actividad ha sido confirmada:

Actividad: Convenio Multilateral - novedades 2025 y jurisprudencia de la Comisión Arbitral
Modalidad: Webinar (Zoom)
Fecha: jueves 25 de septiembre de 2025, 18:00 a 20:00 hs
Disertante: Dr. C.P. Alberto R. Gaitán

El enlace de acceso se enviará el día de la actividad. Actividad válida para el Programa de
Formación Profesional Continua (2 créditos).

Consejo Profesional de Ciencias Económicas de la Ciudad Autónoma de Buenos Aires
""",
        ics=ics(
            "cpce-act-25-3318@consejo.org.ar",
            "2025-09-25 18:00",
            "Webinar CPCE: Convenio Multilateral - novedades 2025",
            CPCE,
            minutes=120,
            location="Zoom",
        ),
    ),
    m(
        "cp24",
        "2025-11-04 12:05",
        "CPCE CABA - Capacitación <capacitacion@consejo.org.ar>",
        "Inscripción confirmada: RIGI - aspectos tributarios (webinar)",
        N(),
        text="""Estimada matriculada:

Su inscripción ha sido confirmada.

Actividad: Régimen de Incentivo para Grandes Inversiones (RIGI): aspectos tributarios y
contables
Modalidad: Webinar
Fecha: jueves 13 de noviembre de 2025, 18:30 a 20:00 hs

Adjuntamos la invitación para su calendario.

CPCE CABA - Área de Capacitación
""",
        ics=ics(
            "cpce-act-25-3471@consejo.org.ar",
            "2025-11-13 18:30",
            "Webinar CPCE: RIGI - aspectos tributarios",
            CPCE,
            minutes=90,
            location="Zoom",
        ),
    ),
    m(
        "cp25",
        "2025-10-20 08:00",
        "Consejo Digital <boletin@consejo.org.ar>",
        "Consejo Digital N° 412: jornadas tributarias, beneficios y agenda de octubre",
        N(),
        html="""<table width="640" align="center" style="font-family:Arial;font-size:13px;color:#1f2a44"><tr><td>
<p style="background:#1f2a44;color:#fff;padding:10px;font-size:18px">Consejo Digital · N° 412</p>
<h3>Jornadas Tributarias 2025: abierta la inscripción</h3>
<p>Tres días de conferencias sobre el nuevo esquema de simplificación fiscal...</p>
<h3>Beneficios para matriculados</h3><p>Descuentos en turismo, librerías y cursos de idiomas.</p>
<h3>Biblioteca</h3><p>Nuevas obras sobre Normas Internacionales de Información Financiera.</p>
<p><a href="https://www.consejo.org.ar/consejodigital/412">Leer el boletín completo</a></p>
</td></tr></table>""",
    ),
    m(
        "cp26",
        "2026-02-05 09:00",
        "CPCE CABA <matriculas@consejo.org.ar>",
        "Derecho de Ejercicio Profesional 2026 - vencimiento",
        N(),
        text="""Estimada matriculada:

Le recordamos que el Derecho de Ejercicio Profesional 2026 vence el 31/03/2026. Abonándolo en un
pago antes del 28/02 obtiene un 10 % de descuento.

Puede pagarlo desde Servicios en línea con tarjeta, VEP o Mercado Pago.

Consejo Profesional de Ciencias Económicas de la CABA
""",
    ),
    # --- the posgrado (UBA Económicas): a "solicitud", an admission interview, admission -------
    m(
        "ub27",
        "2025-09-19 16:20",
        "Posgrado FCE-UBA <posgrado@economicas.uba.ar>",
        "Recibimos su solicitud de admisión - Especialización en Tributación",
        N(),
        text="""Estimada Agustina Belén Iturralde Ocampo:

Hemos recibido su solicitud de admisión a la Especialización en Tributación, cohorte 2026.

La Comisión Académica evaluará sus antecedentes. Próximamente recibirá una citación para la
entrevista de admisión con la Dirección de la carrera.

Documentación recibida: CV, título de grado (copia), carta de motivación.

Escuela de Estudios de Posgrado
Facultad de Ciencias Económicas - Universidad de Buenos Aires
""",
    ),
    m(
        "ub28",
        "2025-10-15 11:45",
        "Posgrado FCE-UBA <posgrado@economicas.uba.ar>",
        "Citación a entrevista de admisión",
        N(),
        text="""Estimada Agustina:

La convocamos a la entrevista de admisión a la Especialización en Tributación:

Fecha: miércoles 22 de octubre de 2025
Hora: 18:40 hs
Modalidad: virtual (Zoom) - el enlace figura en la invitación adjunta
Entrevistador: Dr. Horacio Lamas, Director de la carrera

La entrevista dura aproximadamente 15 minutos.

Escuela de Estudios de Posgrado - FCE UBA
""",
        ics=ics(
            "eep-adm-trib-2026-1187@economicas.uba.ar",
            "2025-10-22 18:40",
            "Entrevista de admisión - Especialización en Tributación",
            ("Posgrado FCE-UBA", "posgrado@economicas.uba.ar"),
            minutes=15,
            location="Zoom",
            description="https://uba.zoom.us/j/84411290071?pwd=VHJpYnV0YWNpb24yMDI2",
        ),
    ),
    m(
        "ub29",
        "2025-11-28 13:00",
        "Posgrado FCE-UBA <posgrado@economicas.uba.ar>",
        "Resultado de admisión - Especialización en Tributación",
        N(),
        text="""Estimada Agustina Belén:

Nos complace informarle que ha sido ADMITIDA en la Especialización en Tributación, cohorte
2026.

Para completar la inscripción deberá abonar la matrícula antes del 20/02/2026 y presentar la
documentación original en la Escuela de Estudios de Posgrado (Av. Córdoba 2122, 2° piso).

Las clases comienzan el lunes 16 de marzo, lunes y miércoles de 18:30 a 22:00.

Escuela de Estudios de Posgrado - FCE UBA
""",
    ),
    m(
        "ub30",
        "2026-02-10 10:20",
        "Posgrado FCE-UBA <posgrado@economicas.uba.ar>",
        "Inscripción cohorte 2026 - pago de matrícula registrado",
        N(),
        text="""Estimada Agustina:

Registramos el pago de la matrícula de la Especialización en Tributación. Su inscripción a la
cohorte 2026 se encuentra completa.

Le recordamos que las cuotas mensuales pueden abonarse con débito automático.

Escuela de Estudios de Posgrado - FCE UBA
""",
    ),
    # --- the club --------------------------------------------------------------------------------
    m(
        "cl31",
        "2025-10-01 10:00",
        "Club Atlético Estrella de Malabia <socios@estrelladmalabia.example>",
        "Cuota social octubre",
        N(),
        text="""Estimada socia N° 18.224:

Ya está disponible la cuota social de octubre: $ 24.500 (categoría Activa).

Débito automático: se debitará el 10/10.

¡Vamos Estrella!
Secretaría de Socios
""",
    ),
    m(
        "cl32",
        "2025-10-23 18:30",
        "Club Atlético Estrella de Malabia <prensa@estrelladmalabia.example>",
        "Venta de entradas para socios: Estrella vs. Defensores de Paternal",
        N(),
        html="""<div style="font-family:Arial;background:#ffd200;padding:16px;color:#002b7f">
<h2>¡SE VIENE EL CLÁSICO DEL BARRIO!</h2>
<p><b>Estrella de Malabia vs. Defensores de Paternal</b> · Domingo 2/11 · 15:30 · Estadio Don León Kolbowski</p>
<p>Venta exclusiva para socios con cuota al día desde el lunes 27/10 a las 10 hs en socios.estrelladmalabia.example</p>
<p>Popular: $ 8.000 · Platea: $ 14.000</p></div>""",
    ),
    m(
        "cl33",
        "2025-12-10 12:00",
        "Club Atlético Estrella de Malabia <secretaria@estrelladmalabia.example>",
        "Convocatoria a Asamblea General Ordinaria",
        N(),
        text="""Señores socios:

De acuerdo con el Estatuto, se convoca a Asamblea General Ordinaria para el sábado 20 de
diciembre de 2025 a las 10:00 hs en la sede social (Malabia 1124), para tratar el siguiente
orden del día:

1. Designación de dos socios para firmar el acta.
2. Consideración de Memoria, Balance General e Inventario del ejercicio cerrado el 31/08/2025.
3. Informe de la Comisión Revisora de Cuentas.

La Comisión Directiva
""",
    ),
    m(
        "cl34",
        "2025-12-15 17:40",
        "Club Atlético Estrella de Malabia <socios@estrelladmalabia.example>",
        "Colonia de vacaciones 2026: abrió la inscripción",
        N(),
        text="""¡Abrió la inscripción a la Colonia de Vacaciones 2026!

Para chicos y chicas de 4 a 13 años · del 5/01 al 13/02 · turno mañana y tarde · pileta
todos los días.

Completá la solicitud de inscripción en secretaría con apto físico y DNI del menor.
Socios: $ 210.000 el mes · No socios: $ 295.000.

Club Atlético Estrella de Malabia
""",
    ),
    m(
        "cl35",
        "2026-01-14 19:10",
        "Fútbol Femenino Estrella <futfem@estrelladmalabia.example>",
        "Torneo de verano - fixture y horarios",
        N(),
        text="""Chicas!! Ya está el fixture del torneo de verano de fútbol 5:

Fecha 1 - jue 29/01 20:00 vs Las Pumas
Fecha 2 - jue 05/02 21:00 vs Atlético Chacarita
Fecha 3 - jue 12/02 20:00 vs Sin Nombre FC

Traigan la camiseta amarilla. El que falta sin avisar paga la gaseosa. 💛💙

Vero (DT)
""",
    ),
    # --- newsletters: interviews with CFOs, business news, an English one -----------------------
    m(
        "nl36",
        "2025-11-16 08:00",
        "Contadores en Red <newsletter@contadoresenred.example>",
        "Entrevista a la CFO de Tambo Norte: “Impuestos dejó de ser back office”",
        N(),
        html="""<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<table width="620" align="center"><tr><td>
<p style="font-family:Arial;color:#0a7a5c;font-size:12px">CONTADORES EN RED · Edición dominical</p>
<h1 style="font-size:24px">Entrevista a la CFO de Tambo Norte: “Impuestos dejó de ser back office”</h1>
<p>Verónica Alsina lleva doce años en la láctea cordobesa y hace dos asumió como CFO. Hablamos
con ella sobre cómo arma su equipo, qué busca en un analista de impuestos y por qué cree que
el FP&amp;A y el área fiscal tienen que sentarse en la misma mesa.</p>
<p><b>—¿Qué le preguntás a un candidato en una entrevista?</b><br>—Siempre le pido que me
explique un caso en el que haya tenido que decirle que no a un gerente comercial...</p>
<p><a href="https://contadoresenred.example/entrevistas/cfo-tambo-norte?utm_source=newsletter">Seguir leyendo</a></p>
<hr><p style="font-family:Arial;font-size:13px"><b>También en esta edición:</b> 5 errores comunes en la DDJJ de Bienes
Personales · Búsquedas laborales destacadas de la semana · Agenda de vencimientos</p>
<p style="font-family:Arial;font-size:11px;color:#888">Recibís este correo porque te suscribiste a Contadores en Red.
<a href="https://contadoresenred.example/baja">Desuscribirse</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://contadoresenred.example/baja?u=a1t0>"},
    ),
    m(
        "nl37",
        "2026-01-11 08:00",
        "Finanzas Corporativas Semanal <hola@finanzascorporativas.example>",
        "“El FP&A del futuro no hace planillas”: entrevista con Diego Saravia",
        N(),
        text="""FINANZAS CORPORATIVAS SEMANAL · #187

ENTREVISTA
“El FP&A del futuro no hace planillas”
Diego Saravia, Controller de una multinacional de consumo masivo, cuenta cómo su equipo pasó de
cerrar el forecast en Excel a trabajar con modelos conectados, y qué perfiles está
incorporando: "Busco gente que entienda el negocio, no sólo la fórmula".

LO QUE HAY QUE LEER
- Inflación de diciembre: qué esperan las consultoras
- Tasas en pesos: dónde conviene la liquidez corporativa
- Nuevo régimen de incentivo a la exportación: qué cambia para el agro

Leer online: https://finanzascorporativas.example/187

Para desuscribirte respondé BAJA a este correo.
""",
    ),
    m(
        "nl38",
        "2025-10-27 07:15",
        "Pampa Económica <resumen@pampaeconomica.example>",
        "Resumen del lunes: dólar, riesgo país y qué pasa con las tasas",
        N(),
        text="""RESUMEN DEL LUNES · 27 de octubre de 2025

MERCADOS
Dólar oficial mayorista: $ 1.452 · MEP: $ 1.498 · CCL: $ 1.521
Riesgo país: 712 puntos
Merval: +4,8 % en la semana

ECONOMÍA
La inflación de septiembre fue de 2,1 % y acumula 24,3 % en el año. Los analistas esperan
una baja gradual en el último trimestre.

EMPRESAS
Una agroexportadora santafesina anunció inversiones en su puerto de San Martín; el sector
de consumo masivo reporta caídas de volumen de 3 % interanual.

Pampa Económica - Newsletter diario
https://pampaeconomica.example/newsletter/baja
""",
    ),
    m(
        "nl39",
        "2025-09-08 13:00",
        "The Controller's Desk <hello@controllersdesk.example>",
        "Inside the close: an interview with a fintech CFO",
        N("en"),
        text="""THE CONTROLLER'S DESK · Issue 64

This week we sat down with the CFO of a LatAm payments start-up to talk about closing the books
in five days across four countries, hiring remote accountants through employers of record,
and why she still reviews every tax provision herself.

"When I interview accountants I don't ask about standards. I ask them to walk me through a
reconciliation that didn't tie out."

Read the full interview: https://controllersdesk.example/issue-64

You're receiving this because you subscribed at controllersdesk.example.
Unsubscribe: https://controllersdesk.example/unsubscribe
""",
        headers={"List-Unsubscribe": "<https://controllersdesk.example/unsubscribe>"},
    ),
    m(
        "nl40",
        "2026-01-28 17:00",
        "Mujeres en Finanzas AR <eventos@mujeresenfinanzas.example>",
        "Confirmación: Webinar “Negociar tu salario en 2026”",
        N(),
        text="""¡Hola Agustina!

Tu lugar está confirmado para el webinar:

"Negociar tu salario en 2026: inflación, bonos y beneficios"
Jueves 5 de febrero, 19:00 hs (Buenos Aires)
Link de acceso: https://us02web.zoom.us/j/81104427719

Te adjuntamos la invitación para tu calendario. ¡Nos vemos!

Comunidad Mujeres en Finanzas AR
""",
        ics=ics(
            "mef-webinar-20260205@mujeresenfinanzas.example",
            "2026-02-05 19:00",
            "Webinar: Negociar tu salario en 2026",
            ("Mujeres en Finanzas AR", "eventos@mujeresenfinanzas.example"),
            minutes=75,
            location="Zoom",
        ),
    ),
    # --- LinkedIn that is not about her search -------------------------------------------------
    m(
        "ln41",
        "2025-10-24 10:12",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Sofía Lanús por su nuevo empleo",
        N(),
        text="""Sofía Lanús empezó un nuevo puesto

Sofía Lanús
Tax Manager en Ledger & Co.

Felicita a Sofía: https://www.linkedin.com/feed/update/urn:li:activity:7388120044591/

Este email está dirigido a Agustina Iturralde Ocampo.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "ln42",
        "2025-09-25 18:40",
        "LinkedIn <invitations@linkedin.com>",
        "Agustina, acepta la invitación de Nicolás",
        N(),
        text="""Nicolás Pereyra
Contador Público | Impuestos
Buenos Aires · 84 contactos en común

Aceptar: https://www.linkedin.com/comm/mynetwork/invite-accept/?invitationId=7376611

© 2025 LinkedIn Corporation
""",
    ),
    m(
        "ln43",
        "2026-01-22 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tu publicación tiene 1.204 impresiones",
        N(),
        text="""Tu publicación está generando interés

"¡Nueva etapa! Después de cinco años hermosos en Ibarguren, Sosa & Asociados, en marzo
empiezo un nuevo desafío en FP&A..."

1.204 impresiones · 96 reacciones · 41 comentarios

Ver estadísticas: https://www.linkedin.com/analytics/post-summary/urn:li:activity:7419902210

© 2026 LinkedIn Corporation
""",
    ),
    # --- small things ------------------------------------------------------------------------
    m(
        "cs44",
        "2025-10-30 09:20",
        "Administración Gallardo <expensas@admgallardo.example>",
        "Corte de agua programado - jueves 30/10",
        N(),
        text="""Sres. vecinos de Thames 1190:

AySA informó un corte de agua por obras en la red el jueves 30/10 de 9 a 17 hs. Se recomienda
reservar agua. El tanque del edificio alcanzará para las primeras horas.

Administración Gallardo
""",
    ),
    m(
        "bt45",
        "2025-12-27 21:05",
        "Turismo Nahuel <reservas@turismonahuel.example>",
        "Excursión confirmada: Cerro Tronador y Cascada Los Alerces",
        N(),
        text="""Estimada Agustina,

Confirmamos su excursión:

Cerro Tronador y Cascada Los Alerces - día completo
Fecha: martes 20/01/2026 - pick up 7:30 hs en Hostería Lago Gutiérrez
Pasajeras: 2 (Iturralde Ocampo, Quiroga)
Total abonado: $ 196.000

No incluye ingreso al Parque Nacional (se abona en el lugar).

Turismo Nahuel - San Carlos de Bariloche
""",
    ),
    m(
        "fr46",
        "2025-10-10 17:55",
        "Julieta Navarro <julinavarro.isa@gmail.com>",
        "after viernes?",
        N(),
        text="""che venís al after hoy? vamos al bar de Thames y Gorriti a las 19. vienen los de
auditoría también. cerramos la semana de IIBB jaja

J
""",
    ),
    m(
        "fr47",
        "2025-11-09 12:30",
        "Sofía Medina <sofi.medina.cp@gmail.com>",
        "apuntes Convenio",
        N(),
        text="""Agus te paso el resumen que hice del webinar de Convenio del otro día, por si te sirve para
el estudio. Lo de las bases de cálculo para empresas de servicios no me quedó muy claro,
cuando puedas lo charlamos.

Sofi
""",
        attach=[("resumen_CM_webinar.docx", "application/octet-stream", "resumen convenio")],
    ),
    m(
        "fr48",
        "2026-02-01 10:44",
        "Martina Quiroga <martuquiroga@gmail.com>",
        "fotos Bariloche 📸",
        N(),
        text="""Te paso el link con todas las fotos del viaje! La del Tronador con las nubes es mi fondo
de pantalla ahora.

https://photos.app.goo.gl/Qm2yXx7b4RkB1oZs8

Ya quiero volver
Martu
""",
    ),
    m(
        "fr49",
        "2025-12-12 23:58",
        "Carolina Mansilla <caromansilla@yahoo.com.ar>",
        "Re: Juntada de fin de año - las de la FCE",
        N(),
        text="""Gracias chicas por venir!!! Me hizo re bien. Y Agus, ese postre es ilegal.

Flor, mandame la foto del grupo que salí bien en esa.

Caro
""",
        **R("<CAKm7Yp2Rr4oFce-Ju1@mail.gmail.com>"),
    ),
    m(
        "fa50",
        "2025-11-15 15:30",
        "Joaquín Iturralde <joaco.iturralde@gmail.com>",
        "Re: mudanza",
        N(),
        text="""dale, el 29 te doy una mano con la mudanza. llevo la caja de herramientas para armar la
cama. a cambio quiero asado eh

J

El vie, 14 nov 2025 a las 21:40, Agustina Iturralde escribió:
> Joaco, ¿me ayudás el sábado 29 con la mudanza? Viene un flete a las 8.
""",
        **R("<CAJd8kP2Mu7dXa0p-Fa2@mail.gmail.com>"),
    ),
    m(
        "yg51",
        "2025-09-30 19:20",
        "Espacio Prana Yoga <hola@espacioprana.example>",
        "Tu clase de prueba quedó reservada",
        N(),
        text="""¡Hola Agustina!

Te esperamos en tu clase de prueba de Hatha Yoga:

Jueves 2 de octubre, 19:30 hs
Av. Córdoba 4780, Palermo

Traé ropa cómoda y una botella de agua. Tenemos mats para prestarte.

Namasté,
Pau - Espacio Prana
""",
    ),
    m(
        "lb52",
        "2025-11-01 11:00",
        "Cúspide Libros <pedidos@cuspide.example>",
        "Tu pedido fue despachado",
        N(),
        text="""Hola Agustina,

Tu pedido N° 4410927 fue despachado:

- Ganancias: Teoría y práctica (ed. 2025) - 1 u.
- Convenio Multilateral comentado - 1 u.

Código de seguimiento Andreani: 36000118472291

Cúspide Libros
""",
    ),
    m(
        "nt53",
        "2025-12-29 12:15",
        "Google Calendar <calendar-notification@google.com>",
        "Recordatorio: Pagar expensas depto nuevo @ mar 30 dic 2025",
        N(),
        text="""Recordatorio de Google Calendar

Pagar expensas depto nuevo
mar 30 dic 2025 (todo el día)
Calendario: agustina.iturralde.o@gmail.com

Recibes este correo electrónico porque configuraste notificaciones en Google Calendar.
""",
    ),
    m(
        "fr54",
        "2026-01-09 20:10",
        "Florencia Ruiz <flor.ruiz91@hotmail.com.ar>",
        "Re: ¡Noticia!",
        N(),
        text="""AMIGAAA QUÉ ALEGRÍA!!! 🎉🎉 Te lo merecés tanto. Y con prepaga y todo, bien ahí.

El finde brindamos sí o sí.

Flor

El jue, 8 ene 2026 a las 22:30, Agustina Iturralde escribió:
> ¡Flor! Te quería contar a vos primero...
""",
        **R("<CAJd8kP5Fl8oNt3q-Fr4@mail.gmail.com>"),
    ),
    m(
        "fr55",
        "2025-09-12 21:15",
        "Melina Soto <meli.soto.fce@gmail.com>",
        "cumple de Caro",
        N(),
        text="""Chicas, juntamos plata para el regalo de Caro? Pensé en una experiencia de spa. Son
$ 18.000 cada una. Agus te paso el alias para transferir: meli.soto.mp

Meli
""",
    ),
    m(
        "nl56",
        "2025-12-07 08:00",
        "Contadores en Red <newsletter@contadoresenred.example>",
        "Cierre de ejercicio: checklist para no olvidarte de nada",
        N(),
        text="""CONTADORES EN RED · Edición dominical

- Checklist de cierre de ejercicio diciembre: provisiones, ajuste por inflación y diferidos.
- Opinión: ¿se viene una reforma tributaria en 2026?
- Humor contable: las 7 frases que todo contador escuchó en diciembre.

Leer: https://contadoresenred.example/ediciones/2025-12-07

Desuscribirse: https://contadoresenred.example/baja
""",
    ),
    m(
        "sb57",
        "2025-10-04 10:30",
        "Teatro Picadero <entradas@teatropicadero.example>",
        "Tus entradas: “Los días felices” - sáb 11/10 21:00",
        N(),
        text="""¡Gracias por tu compra!

Obra: Los días felices
Sábado 11 de octubre, 21:00 hs
Platea - Fila F, butacas 8 y 9
Total: $ 36.000

Presentá el QR en la boletería. Pasaje Santos Discépolo 1857, CABA.
""",
    ),
]
