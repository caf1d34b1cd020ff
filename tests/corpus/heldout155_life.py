# ruff: noqa: E501, RUF100
"""Corpus 155, the personal side of the inbox: work, the professional association, doctors, the
fútbol 5 team, friends and family (data only): see heldout155.py."""

from __future__ import annotations

from typing import Any

from heldout155_jobs import J, N, ics, m, thread

_F5 = "Las del Parque F5 <lasdelparque-f5@googlegroups.com>"
_F5_HEAD = {
    "List-Id": "<lasdelparque-f5.googlegroups.com>",
    "List-Unsubscribe": "<mailto:googlegroups-manage+118230774412+unsubscribe@googlegroups.com>",
}
_F5_FOOT = """
--
Recibiste este mensaje porque estás suscrito al grupo "Las del Parque F5" de Grupos de Google.
Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo
electrónico a lasdelparque-f5+unsubscribe@googlegroups.com."""

_AULN_FOOT = """<p style="font-size:11px;color:#7a7a7a">Asociación Uruguaya de Licenciados en Nutrición · Canelones 1164 of. 3 · Montevideo<br>
Recibís este correo por ser socia. <a href="https://www.auln.example/socios/preferencias">Preferencias</a> · <a href="https://www.auln.example/baja">Darme de baja</a></p>"""

_FAMILIA = "Graciela Olivera <gracielaolivera@adinet.com.uy>"

MAIL: list[dict[str, Any]] = [
    # --- her part-time job at CEMECO -----------------------------------------------------------------
    m(
        "cm1g",
        "2025-09-26 13:05",
        "Beatriz Olmos <bolmos@cemeco.example>",
        "Planilla de guardias octubre – Nutrición",
        N(),
        """Hola chicas,

Les paso la planilla de octubre. Flor, te puse los sábados 4 y 18 de mañana en Internación
como habíamos hablado; Lu cubre el 11. Si hay cambios, avísenme antes del martes.

Recuerden cargar las evaluaciones nutricionales en la HCE el mismo día.

Beatriz
Lic. Nut. Beatriz Olmos – Coordinadora Servicio de Nutrición
CEMECO – Centro Médico Cooperativo""",
        to="Nutrición CEMECO <nutricion@cemeco.example>",
        cc="Florencia Techera <ftecheraolivera@gmail.com>",
        attach=[
            (
                "Guardias_oct_2025.csv",
                "text/csv",
                "Fecha;Turno;Licenciada\n04/10;Mañana;F. Techera\n11/10;Mañana;L. Pintos\n18/10;Mañana;F. Techera\n25/10;Mañana;L. Pintos\n",
            )
        ],
    ),
    m(
        "cm2r",
        "2025-10-03 07:40",
        "Portal del Funcionario CEMECO <portal@cemeco.example>",
        "Recibo de sueldo disponible – septiembre 2025",
        N(),
        """Estimada funcionaria:

Su recibo de sueldo correspondiente a septiembre 2025 se encuentra disponible en el Portal del
Funcionario. Por razones de seguridad no se adjunta a este correo.

Ingrese en: https://portal.cemeco.example/recibos

Departamento de Personal – CEMECO""",
    ),
    m(
        "cm3c",
        "2025-11-06 12:30",
        "Capacitación CEMECO <capacitacion@cemeco.example>",
        "Capacitación obligatoria: Higiene de manos y precauciones estándar",
        N(),
        """Estimados funcionarios del área asistencial:

Se los convoca a la capacitación obligatoria anual sobre higiene de manos y precauciones
estándar, a cargo del Comité de Infecciones Hospitalarias. La actividad es presencial y se
computa como horas trabajadas.

Jueves 13 de noviembre, 14:00 a 15:30 – Salón de Actos (Sede Central).

Se adjunta invitación. Por favor confirmar asistencia.

Área de Capacitación – CEMECO""",
        ics=ics(
            "9a3c7e1g5i0k4m8o@google.com",
            "2025-11-13 14:00",
            "Capacitación obligatoria – Higiene de manos",
            ("Capacitación CEMECO", "capacitacion@cemeco.example"),
            minutes=90,
            location="Salón de Actos – Sede Central CEMECO",
        ),
    ),
    m(
        "cm4a",
        "2025-12-17 17:20",
        "Beatriz Olmos <bolmos@cemeco.example>",
        "Aguinaldo y licencias de verano",
        N(),
        """Hola a todas:

Personal avisa que el aguinaldo se deposita el viernes 19. Para las licencias de enero y
febrero, anoten sus fechas en la planilla compartida antes del 23, así armamos la cobertura.

¡Felices fiestas!
Beatriz""",
        to="Nutrición CEMECO <nutricion@cemeco.example>",
        cc="Florencia Techera <ftecheraolivera@gmail.com>",
    ),
    m(
        "cm5v",
        "2026-01-28 12:48",
        "Valentina Pintos <valepintos.nut@gmail.com>",
        "Despedida de Flor 🎉",
        N(),
        """Chiquilinas!!

Como saben el viernes es el último día de Flor con nosotras 😢 Hacemos algo a la salida? Yo
propongo ir a La Pasiva de Pocitos a las 20. Confirmen por acá o en el grupo.

Flor: no se admiten excusas jajaja

Vale""",
        to="Florencia Techera <ftecheraolivera@gmail.com>, Lucía Pintos <lupintos@gmail.com>, Beatriz Olmos <beaolmos60@hotmail.com>, Sabrina Díaz <sabri.diaz.nutri@gmail.com>",
    ),
    m(
        "cm6s",
        "2026-02-05 07:40",
        "Portal del Funcionario CEMECO <portal@cemeco.example>",
        "Recibo de sueldo disponible – enero 2026",
        N(),
        """Estimada funcionaria:

Su recibo de sueldo correspondiente a enero 2026 se encuentra disponible en el Portal del
Funcionario. Le recordamos que la liquidación final (licencia no gozada y salario vacacional)
se abonará junto con los haberes de febrero.

Ingrese en: https://portal.cemeco.example/recibos

Departamento de Personal – CEMECO""",
    ),
    # --- the professional association: newsletters, a webinar, a job board, an "entrevista" ----------
    m(
        "au1b",
        "2025-09-08 19:00",
        "AULN <comunicaciones@auln.example>",
        "Boletín AULN – septiembre 2025",
        N(),
        html=f"""<html><body style="font-family:Verdana,sans-serif;color:#333;font-size:13px">
<h2 style="color:#4a8b2c">Boletín AULN · septiembre 2025</h2>
<p><b>Congreso Uruguayo de Nutrición 2026:</b> abrió la recepción de resúmenes hasta el 30/11.</p>
<p><b>Consejo de Salarios:</b> novedades de la negociación del Grupo 15 para licenciados.</p>
<p><b>Semana de la Alimentación Saludable:</b> buscamos socias voluntarias para los stands en
ferias vecinales.</p>
<p><b>Beneficios:</b> 20 % de descuento en cursos de posgrado del Instituto Universitario del Plata.</p>
{_AULN_FOOT}</body></html>""",
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
    m(
        "au2w",
        "2025-10-09 18:30",
        "AULN <comunicaciones@auln.example>",
        "Invitación: Webinar “Etiquetado frontal: actualización normativa 2025”",
        N(),
        """Estimadas socias y socios:

Los invitamos al webinar "Etiquetado frontal de alimentos: actualización normativa 2025 y
rol del licenciado en nutrición en la industria", a cargo de la Mag. Lic. Nut. Rosana
Cardozo.

Jueves 16 de octubre, 19:00 h, por Zoom. Actividad gratuita para socios. Se entregará
constancia de asistencia.

Agregá el evento a tu calendario con la invitación adjunta.

Comisión de Educación Continua – AULN""",
        ics=ics(
            "auln-webinar-etiquetado-20251016@auln.example",
            "2025-10-16 19:00",
            "Webinar AULN – Etiquetado frontal 2025",
            ("AULN Educación Continua", "comunicaciones@auln.example"),
            minutes=90,
            location="https://us02web.zoom.us/j/87310220981",
        ),
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
    m(
        "au3r",
        "2025-10-16 16:00",
        "AULN <comunicaciones@auln.example>",
        "Hoy 19 h: webinar de etiquetado frontal",
        N(),
        """¡Te esperamos hoy a las 19 h!

Enlace: https://us02web.zoom.us/j/87310220981 · Código: 118822

Comisión de Educación Continua – AULN""",
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
    m(
        "au4e",
        "2025-11-18 19:00",
        "AULN <comunicaciones@auln.example>",
        "Nutrición en primera persona: entrevista a la jefa de nutrición de Fraternidad Salud",
        N(),
        html=f"""<html><body style="font-family:Verdana,sans-serif;color:#333;font-size:13px">
<h2 style="color:#4a8b2c">Nutrición en primera persona</h2>
<p>Este mes entrevistamos a la <b>Lic. Nut. Mariela Bentancor</b>, jefa del Departamento de
Alimentación y Dietoterapia de Fraternidad Salud, que lleva 22 años en la institución.</p>
<blockquote style="border-left:3px solid #4a8b2c;padding-left:10px">"Cuando empecé éramos tres
licenciadas para todo el sanatorio. Hoy somos catorce y el equipo de soporte nutricional participa
en el pase de sala de CTI todos los días."</blockquote>
<p>Hablamos de la cocina central, el paso al registro electrónico y lo que le recomienda a las
colegas que recién egresan.</p>
<p><a href="https://www.auln.example/boletin/2025-11/entrevista-bentancor">Leer la entrevista completa</a></p>
{_AULN_FOOT}</body></html>""",
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
    m(
        "au5k",
        "2025-11-25 12:00",
        "AULN <comunicaciones@auln.example>",
        "Ofertas laborales para socios – noviembre",
        J("alert", "other"),
        """Estimadas socias y socios:

Compartimos las ofertas laborales recibidas en la Asociación este mes:

- Lic. en Nutrición para policlínica – Cooperativa médica de Florida – 24 hs.
- Nutricionista para empresa de catering – Montevideo – 44 hs.
- Lic. en Nutrición – Residencial de adultos mayores – Carrasco – 12 hs.
- Docente grado 2 – Curso de Alimentos y Nutrición – Instituto terciario privado.

Los detalles y contactos están en el área de socios: https://www.auln.example/socios/bolsa

AULN""",
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
    m(
        "au6j",
        "2025-12-01 10:10",
        "Tesorería AULN <tesoreria@auln.example>",
        "Cuota social 2026",
        N(),
        """Estimada socia:

Le recordamos que la cuota social 2026 ($ 3.600 anual, o 12 cuotas de $ 320 por débito) puede
abonarse desde el 1.º de diciembre. Las socias al día tienen descuentos en el Congreso 2026.

Tesorería – AULN""",
    ),
    m(
        "au7i",
        "2026-02-12 18:45",
        "AULN <comunicaciones@auln.example>",
        "Jornadas de Nutrición Clínica 2026 – inscripciones abiertas",
        N(),
        html=f"""<html><body style="font-family:Verdana,sans-serif;color:#333;font-size:13px">
<h2 style="color:#4a8b2c">Jornadas de Nutrición Clínica 2026</h2>
<p>24 y 25 de abril · Torre de las Telecomunicaciones · Montevideo</p>
<p>Abrieron las <b>inscripciones</b>. Cupos limitados. Socias al día: $ 2.400 hasta el 31/3.</p>
<p><a href="https://www.auln.example/jornadas2026/inscripcion">Inscribirme</a></p>
{_AULN_FOOT}</body></html>""",
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
    m(
        "hv9w",
        "2025-10-02 17:00",
        "Helvea Academia <academia@helvea.example>",
        "Invitación: Soporte nutricional enteral en el paciente crítico – webinar para profesionales",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1d2b3a">
<p><img src="https://www.helvea.example/academia/banner.png" alt="Helvea Academia" width="560"></p>
<p>Estimada Lic. Florencia Techera:</p>
<p>La invitamos al webinar <b>"Soporte nutricional enteral en el paciente crítico: de la
evidencia a la cama del paciente"</b>, con el Dr. Pablo Rienzi (intensivista).</p>
<p>Miércoles 8 de octubre · 20:00 h (UY) · online · actividad académica sin costo</p>
<p><a href="https://academia.helvea.example/webinars/enteral-critico?utm_source=mail">Registrarme</a></p>
<p style="font-size:10px;color:#888">Material dirigido exclusivamente a profesionales de la salud. Helvea Medical
Nutrition Uruguay S.A. <a href="https://academia.helvea.example/baja">Darse de baja</a></p>
</body></html>""",
        ics=ics(
            "helvea-academia-web-1008@helvea.example",
            "2025-10-08 20:00",
            "Webinar Helvea Academia – Soporte enteral en el paciente crítico",
            ("Helvea Academia", "academia@helvea.example"),
            minutes=60,
            location="Online",
        ),
        headers={"List-Unsubscribe": "<https://academia.helvea.example/baja>"},
    ),
    # --- doctors --------------------------------------------------------------------------------------
    m(
        "dr1g",
        "2025-09-19 10:26",
        "Agenda Web – Asistencial Pocitos <agenda@asistencialpocitos.example>",
        "Confirmación de consulta",
        N(),
        """Sra. TECHERA OLIVERA, FLORENCIA

Su consulta quedó agendada:

  Especialidad: Ginecología
  Profesional: Dra. Laura Cibils
  Fecha: jueves 25/09/2025 – 16:20
  Lugar: Policlínica Pocitos, Av. Brasil 2788, consultorio 12

Si no puede concurrir, cancele con al menos 24 horas de anticipación desde la web o llamando
al 2712 0000. Las inasistencias sin aviso pueden generar un cargo.

Asistencial Pocitos""",
        ics=ics(
            "AP-AGD-2025-0925-887214@asistencialpocitos.example",
            "2025-09-25 16:20",
            "Consulta Ginecología – Dra. Laura Cibils",
            ("Asistencial Pocitos", "agenda@asistencialpocitos.example"),
            minutes=20,
            location="Policlínica Pocitos, Av. Brasil 2788",
        ),
    ),
    m(
        "dr2r",
        "2025-09-24 09:00",
        "Agenda Web – Asistencial Pocitos <agenda@asistencialpocitos.example>",
        "Recordatorio: tiene una consulta mañana",
        N(),
        """Recordatorio: mañana jueves 25/09 a las 16:20 tiene consulta con Dra. Laura Cibils
(Ginecología) en Policlínica Pocitos. Para cancelar responda CANCELAR a este mensaje.

Asistencial Pocitos""",
    ),
    m(
        "dr3v",
        "2025-11-26 18:50",
        "Consultorio Dra. Varela <consultorio.varela@gmail.com>",
        "Turno limpieza – miércoles 3/12",
        N(),
        """Hola Florencia, te confirmo el turno para limpieza y control el miércoles 3 de diciembre a
las 18:30. Te mando la invitación. Cualquier cambio avisame por acá o por WhatsApp.

Dra. Inés Varela – Odontología
Ellauri 1012 apto 3""",
        ics=ics(
            "5d9h3l7p1t6x0b4f@google.com",
            "2025-12-03 18:30",
            "Odontóloga – limpieza (F. Techera)",
            ("Consultorio Dra. Varela", "consultorio.varela@gmail.com"),
            minutes=45,
            location="Ellauri 1012 apto 3",
        ),
    ),
    m(
        "dr4l",
        "2026-02-18 14:33",
        "Asistencial Pocitos <resultados@asistencialpocitos.example>",
        "Sus resultados de laboratorio están disponibles",
        N(),
        """Sra. TECHERA OLIVERA, FLORENCIA:

Los resultados de los estudios de laboratorio realizados el 16/02/2026 ya están disponibles en
la web de afiliados (Mis resultados). Por consultas sobre los resultados, coordine con su
médico tratante.

Asistencial Pocitos""",
    ),
    # --- fútbol 5 ----------------------------------------------------------------------------------
    m(
        "f5a1",
        "2025-09-10 20:12",
        "Victoria Ruggiero <vickyruggiero@gmail.com>",
        "Jueves F5 – ¿quiénes van?",
        N(),
        f"""Chicas! Mañana jueves 19 hs en el Parque Rodó (cancha 3) como siempre.
Anótense respondiendo. Somos 8 fijas, necesitamos 10.

Vicky ⚽
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
    ),
    m(
        "f5b2",
        "2025-09-11 08:41",
        "Carolina Muniz <caromuniz_@hotmail.com>",
        "Re: Jueves F5 – ¿quiénes van?",
        N(),
        f"""Voy! Llevo la pelota nueva. Flor vas?

El mié, 10 sept 2025 a las 20:12, Victoria Ruggiero escribió:
> Chicas! Mañana jueves 19 hs en el Parque Rodó (cancha 3) como siempre.
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
        **thread("<f5a1.20250910.25@gmail.com>"),
    ),
    m(
        "f5c3",
        "2025-10-01 21:30",
        "Victoria Ruggiero <vickyruggiero@gmail.com>",
        "Cancha pagada + cuotas octubre",
        N(),
        f"""Gente, pagué la cancha de octubre ($ 6.400 los 4 jueves). Son $ 640 c/u, me transfieren al
BROU 001-228813-00001 o me lo dan el jueves.

Ya pagaron: Caro, Flor, Sole. 💚
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
    ),
    m(
        "f5d4",
        "2025-10-30 16:05",
        "Victoria Ruggiero <vickyruggiero@gmail.com>",
        "Hoy se suspende 🌧️",
        N(),
        f"""Se suspende hoy por lluvia, la cancha está inundada. Lo pasamos al jueves que viene.
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
    ),
    m(
        "f5e5",
        "2025-11-26 22:15",
        "Soledad Berrutti <soleberrutti@gmail.com>",
        "Campeonato de verano – inscripción del equipo",
        N(),
        f"""Hola chicas, abrió la inscripción para el campeonato de verano de la Liga Femenina de F5
(enero–marzo). Hay que mandar la ficha de inscripción del equipo con nombre, cédula y carné de
salud deportivo de cada una antes del 10/12. La inscripción sale $ 4.500 por equipo.

Les paso el formulario, complétenlo y yo lo mando:
https://forms.gle/ligaf5femenina2026

¿Nos anotamos como "Las del Parque"?

Sole
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
    ),
    m(
        "f5f6",
        "2025-12-18 10:02",
        "Victoria Ruggiero <vickyruggiero@gmail.com>",
        "Asado de fin de año del cuadro 🍖",
        N(),
        f"""Sábado 20 en lo de Caro (Malvín) desde las 20. Cada una lleva bebida, la carne la
ponemos entre todas ($ 700). Avisen si van con acompañante.
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
    ),
    m(
        "f5g7",
        "2026-02-04 09:30",
        "Victoria Ruggiero <vickyruggiero@gmail.com>",
        "Volvemos! Jueves 5 – 19 hs",
        N(),
        f"""Volvemos después de la pausa. Jueves 5 a las 19, cancha 3. Flor, ahora que trabajás de
mañana no tenés excusa 😂
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
    ),
    m(
        "f5h8",
        "2026-02-04 12:11",
        "Florencia Techera <ftecheraolivera@gmail.com>",
        "Re: Volvemos! Jueves 5 – 19 hs",
        N(),
        f"""Jajaja voy! Salgo 15:30 así que llego sobrada.

El mié, 4 feb 2026 a las 9:30, Victoria Ruggiero escribió:
> Volvemos después de la pausa. Jueves 5 a las 19, cancha 3.
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
        **thread("<f5g7.20260204.26@gmail.com>"),
    ),
    # --- friends and family ----------------------------------------------------------------------
    m(
        "fm01",
        "2025-09-06 11:18",
        _FAMILIA,
        "Domingo",
        N(),
        """Flor, mañana domingo almorzamos en casa, viene tu hermano con la novia. Hago tallarines.
Traé postre si podés. Besos

Mamá""",
    ),
    m(
        "so01",
        "2025-09-23 13:47",
        "Sofía Bentos <sofi.bentos@gmail.com>",
        "Me llamaron para la entrevista!!",
        N(),
        """Floooor

Me llamaron del laboratorio (el de análisis de alimentos de Carrasco que te conté) para una
entrevista el viernes!! Estoy nerviosa, hace 3 años que no hago una. ¿Vos qué te ponés? ¿Les
llevo algo impreso? Me dijeron que es con la jefa técnica y alguien de RRHH.

Te quiero
Sofi""",
    ),
    m(
        "so02",
        "2025-09-24 08:20",
        "Sofía Bentos <sofi.bentos@gmail.com>",
        "Re: Me llamaron para la entrevista!!",
        N(),
        """Sos una genia, gracias!! Voy con el blazer gris entonces. Te cuento el viernes.

El mar, 23 sept 2025 a las 22:05, Florencia Techera (<ftecheraolivera@gmail.com>) escribió:
> Sofi!! Qué bueno!! Andá tranquila, vos sabés un montón. Llevá el CV impreso y algún
> ejemplo concreto de los análisis que hacías en la facultad. Y preguntá vos también cosas
> (horario, quién sería tu referente). Blazer y jean, cómoda.""",
        **thread("<CAH3kTq8uF2xP0kd@mail.gmail.com>"),
    ),
    m(
        "so03",
        "2025-10-09 18:55",
        "Sofía Bentos <sofi.bentos@gmail.com>",
        "ME TOMARON 🎉",
        N(),
        """Amigaaa me acaban de llamar, ME TOMARON!!! Empiezo el 20, efectiva, 40 horas. No lo puedo
creer. El sábado festejamos, no hagas planes.

Ahora te toca a vos, estoy segura 🍀""",
    ),
    m(
        "mt01",
        "2025-10-12 23:02",
        "Mateo Techera <mateo_techera@hotmail.com>",
        "entrevista call center",
        N(),
        """flor una pregunta, el martes tengo la entrevista en el call center (el de la telefónica
en la ciudad vieja) y me dijeron que hay una prueba de tipeo y una "dinámica grupal". eso qué
es??? vos hiciste una de esas no? ayudaaaa

mateo""",
    ),
    m(
        "mt02",
        "2025-11-03 19:40",
        "Mateo Techera <mateo_techera@hotmail.com>",
        "QUEDÉ",
        N(),
        """quedé en el call center!!! arranco el lunes en el turno de la tarde, 6 horas. le dije a
mamá y lloró jajaja. gracias por los consejos de la dinámica, funcionó lo de no hablar
encima de nadie

Enviado desde mi Galaxy""",
    ),
    m(
        "fm02",
        "2025-10-20 21:10",
        _FAMILIA,
        "el jueves",
        N(),
        """Flor, ¿el jueves era lo del psicotécnico en la mutualista? Acordate de desayunar bien y
llevá la cédula. Le prendí una vela a San Cayetano jaja. Después llamame.

Besos, mamá

Enviado desde mi iPhone""",
    ),
    m(
        "pa01",
        "2025-10-25 17:33",
        "Rubén Techera <rutechera@adinet.com.uy>",
        "Fotos de Piriápolis",
        N(),
        """Hola hija, te mando las fotos del fin de semana en Piriápolis. La del cerro del Toro salió
linda. Saludos a Sofi.

Papá""",
        attach=[
            (
                "fotos_piriapolis.txt",
                "text/plain",
                "IMG_2031.jpg, IMG_2032.jpg, IMG_2040.jpg (enlace de Google Fotos: https://photos.app.goo.gl/8KsQp2Lr)\n",
            )
        ],
    ),
    m(
        "ju01",
        "2025-11-15 15:20",
        "Juliana Vieira <ju.vieira.nutri@gmail.com>",
        "Novidades: comecei no hospital!",
        N("pt"),
        """Oi Flor, tudo bem?

Que saudade! Te escrevo pra contar que finalmente comecei no Hospital de Clínicas daqui de
Porto Alegre, no serviço de nutrição da pediatria. Estou amando, mas os plantões de fim de
semana são puxados. E você, como estão as entrevistas? Ainda na mutual?

Em fevereiro eu e o Rafa vamos passar uns dias em Montevidéu, bora tomar um mate na rambla?

Beijos
Ju""",
    ),
    m(
        "ju02",
        "2025-11-17 09:12",
        "Juliana Vieira <ju.vieira.nutri@gmail.com>",
        "Re: Novidades: comecei no hospital!",
        N("pt"),
        """Claro que sim! Chegamos dia 20 de fevereiro, te aviso certinho. Torço muito por você nos
processos, vai dar certo!!

Bjs

Em dom., 16 de nov. de 2025 às 21:44, Florencia Techera <ftecheraolivera@gmail.com> escreveu:
> Ju!!! Que alegria, parabéns!! Acá seguimos, con varias entrevistas. Vengan sí o sí.""",
        **thread("<CAH3kTq9Jv6mR4ae@mail.gmail.com>"),
    ),
    m(
        "ca01",
        "2025-11-21 22:47",
        "Carolina Muniz <caromuniz_@hotmail.com>",
        "mi jefa 🙄",
        N(),
        """Flor no sabés lo que fue hoy. Mi jefa me hizo rehacer TODO el informe de ventas porque
"no le gustaba el formato" y después presentó ella los números en la reunión de gerencia
como si fueran suyos. Estoy pensando seriamente en empezar a mandar currículums. Vos que estás
en la movida, ¿en qué páginas buscás?

Necesito una cerveza. ¿Mañana?

Caro""",
    ),
    m(
        "ag01",
        "2025-12-02 20:15",
        "Agustina Rivas <agus.rivas.nutricion@gmail.com>",
        "Me fui de la mutualista!",
        N(),
        """Hola Flor, ¿cómo andás?

Te quería contar antes de que te enteres por LinkedIn jaja: renuncié a la mutualista y me voy
a trabajar a Maldonado, en la clínica de un médico deportólogo, con pacientes de alto
rendimiento. Me mudo en enero con Nacho. Estoy feliz pero con un poco de miedo.

Tenemos que vernos antes de que me vaya!

Agus""",
    ),
    m(
        "pa02",
        "2025-11-30 19:02",
        "Rubén Techera <rutechera@adinet.com.uy>",
        "Cumple de la abuela Nelly",
        N(),
        """Hijos: el domingo 7 festejamos los 90 de la abuela Nelly en el salón de la cooperativa
(Propios y Larrañaga) a partir de las 12. Cada uno lleva algo para compartir. Confirmen.

Papá""",
        to="Florencia Techera <ftecheraolivera@gmail.com>, Mateo Techera <mateo_techera@hotmail.com>",
    ),
    m(
        "ma01",
        "2025-12-10 16:44",
        "Marta Olivera <martaolivera53@adinet.com.uy>",
        "Nochebuena en casa",
        N(),
        """Queridos:

Este año la Nochebuena la hacemos en casa (Sayago). Yo pongo el lechón, Graciela el vitel
toné y los chicos se encargan de las bebidas y el pan dulce. Los espero a las 21.

Besos a todos,
Tía Marta""",
        to="Familia Olivera <familia.olivera@googlegroups.com>",
    ),
    m(
        "fm03",
        "2025-12-22 10:30",
        _FAMILIA,
        "Re: Nochebuena en casa",
        N(),
        """Marta, llevo el vitel toné y una ensalada rusa. Flor lleva el helado.

Graciela

El 10/12/2025 16:44, Marta Olivera escribió:
> Este año la Nochebuena la hacemos en casa (Sayago).""",
        to="Familia Olivera <familia.olivera@googlegroups.com>",
        **thread("<ma01.20251210.18@adinet.com.uy>"),
    ),
    m(
        "ge01",
        "2025-12-28 13:13",
        "Micaela Ferrari <mica.ferrari.lnut@gmail.com>",
        "Reencuentro Gen 2018 Nutrición – ¿enero o marzo?",
        N(),
        """Hola generación!!

Se cumplen 7 años de que entramos a la Escuela y pensamos en hacer un reencuentro. ¿Les
queda mejor fines de enero o principios de marzo? Voten acá: https://doodle.com/meeting/participate/id/eB7q2x1a

Somos 34 en la lista, ojalá vengamos muchas.

Mica""",
        to="Generación 2018 Nutrición <gen2018nutricion@googlegroups.com>",
    ),
    m(
        "so04",
        "2026-01-14 20:21",
        "Sofía Bentos <sofi.bentos@gmail.com>",
        "Re: 🙈",
        N(),
        """AMIGAAAA!!! FRATERNIDAD!!! Internación como querías!!! Lloré en el ómnibus 😭😭
¿Cuándo empezás? ¿Y lo del catering qué vas a hacer? Llamame cuando salgas.

Te amo, sabía que iba a salir

El mié, 14 ene 2026 a las 13:02, Florencia Techera (<ftecheraolivera@gmail.com>) escribió:
> No te puedo creer lo que te voy a contar... me llegó el mail. Después te llamo.""",
        **thread("<CAH3kTq-Rn8wB3Lm@mail.gmail.com>"),
    ),
    m(
        "so05",
        "2026-01-17 11:00",
        "Sofía Bentos <sofi.bentos@gmail.com>",
        "Festejo hoy en casa",
        N(),
        """Hoy a las 21 en casa para festejar lo tuyo (y lo mío atrasado jaja). Traé hielo. Vienen
Caro, Vicky y los chicos.""",
    ),
    m(
        "fm04",
        "2026-02-02 06:15",
        _FAMILIA,
        "Suerte hoy",
        N(),
        """Mi amor, mucha suerte en tu primer día. Abrigate que a la mañana está fresco en la rambla.
Estamos orgullosos de vos.

Besos, mamá y papá""",
    ),
    m(
        "fm05",
        "2026-01-12 09:40",
        _FAMILIA,
        "RV: Budín de zanahoria y nueces (sin azúcar)",
        N(),
        """Flor, me lo mandó la tía Marta, ¿esto está bien para tu papá con el azúcar? Vos que sabés.

-----Mensaje reenviado-----
De: Marta Olivera <martaolivera53@adinet.com.uy>
Asunto: Budín de zanahoria y nueces (sin azúcar)

Ingredientes: 3 zanahorias ralladas, 2 huevos, 1 taza de harina integral, 1/2 taza de
aceite, edulcorante a gusto, nueces picadas, polvo de hornear. Horno medio 40 minutos.""",
    ),
    m(
        "ca02",
        "2025-12-31 19:58",
        "Carolina Muniz <caromuniz_@hotmail.com>",
        "Feliz año!!",
        N(),
        """Flor!! Feliz 2026, que sea el año de los laburos nuevos para las dos 🥂 Te quiero mucho.

Caro""",
    ),
    m(
        "ca03",
        "2025-09-28 10:14",
        "Carolina Muniz <caromuniz_@hotmail.com>",
        "rambla hoy?",
        N(),
        """Está divino, ¿vamos a caminar por la rambla a las 17? Te paso a buscar. Llevo el mate.""",
    ),
    m(
        "ju03",
        "2026-02-21 22:30",
        "Juliana Vieira <ju.vieira.nutri@gmail.com>",
        "Chegamos!",
        N("pt"),
        """Flor, chegamos! Estamos num apê em Cordón. Amanhã à tarde você tá livre? Queremos conhecer
o Mercado del Puerto (o Rafa só fala em parrilla kkk).

Beijo""",
    ),
    m(
        "ag02",
        "2026-02-16 12:05",
        "Agustina Rivas <agus.rivas.nutricion@gmail.com>",
        "Desde Maldonado ☀️",
        N(),
        """Flor, ya estoy instalada! La clínica es un sueño, atendemos a jugadores de rugby y a dos
remeros olímpicos. Vení un fin de semana que tenemos cuarto libre. ¿Cómo vas con el laburo
nuevo? Contame todo.

Agus""",
    ),
    # --- LinkedIn social mail -------------------------------------------------------------------
    m(
        "li01",
        "2025-09-15 09:00",
        "LinkedIn <invitations@linkedin.com>",
        "Florencia, tenés 3 invitaciones pendientes",
        N(),
        """Tenés 3 invitaciones pendientes

Valentina Pintos – Licenciada en Nutrición en CEMECO
Lucía Ferreira – Consultora Senior en Talento Sur Consultores
Paula Chiappara – Jefa de Calidad e Inocuidad

Ver invitaciones: https://www.linkedin.com/comm/mynetwork/invitation-manager/

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    m(
        "li02",
        "2025-12-04 18:12",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Felicita a Agustina Rivas por su nuevo puesto",
        N(),
        """Agustina Rivas empezó un nuevo puesto

Licenciada en Nutrición Deportiva en Clínica Costa Este de Medicina Deportiva
Maldonado, Uruguay

Felicitar: https://www.linkedin.com/comm/feed/update/urn:li:activity:7402219

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    m(
        "li03",
        "2025-11-24 08:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Apareciste en 9 búsquedas esta semana",
        N(),
        """Florencia, apareciste en 9 búsquedas esta semana

Personas de estas empresas te encontraron: Grupo Sanitario Costa, Talento Sur Consultores,
Helvea Medical Nutrition.

Ver quién te encontró: https://www.linkedin.com/comm/me/search-appearances/

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    m(
        "li04",
        "2026-02-06 09:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Florencia, ¿empezaste un puesto nuevo? Compartilo con tu red",
        N(),
        """¿Empezaste un nuevo puesto?

Actualizá tu perfil y compartí la noticia con tu red. Las personas que actualizan su puesto
reciben hasta 8 veces más felicitaciones.

Actualizar perfil: https://www.linkedin.com/comm/in/florencia-techera-olivera/edit/forms/position/new/

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    # --- newsletters, classes and errands -------------------------------------------------------
    m(
        "cm01",
        "2025-09-19 08:00",
        "Comer Mejor <comermejor@substack.com>",
        "Entrevista: la cocinera que alimenta a 600 pacientes por día",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222;max-width:600px">
<h1>Entrevista: la cocinera que alimenta a 600 pacientes por día</h1>
<p>Hablamos con Teresa, jefa de cocina de un sanatorio montevideano desde hace 19 años, sobre
dietas blandas que no parezcan castigo, el puré de calabaza perfecto y cómo se organiza una
cocina hospitalaria un domingo de Navidad.</p>
<p><a href="https://comermejor.substack.com/p/entrevista-cocina-hospitalaria">Leer en la web</a></p>
<p style="font-size:11px;color:#888">Comer Mejor · un newsletter sobre comida, salud y ciudad.
<a href="https://comermejor.substack.com/action/disable_email">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://comermejor.substack.com/action/disable_email>"},
    ),
    m(
        "cm02",
        "2025-12-19 08:00",
        "Comer Mejor <comermejor@substack.com>",
        "Las fiestas sin culpa (y sin dietas milagro)",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222;max-width:600px">
<h1>Las fiestas sin culpa</h1>
<p>Una nutricionista nos explica por qué no hace falta "compensar" después del 24 y qué hacer
con las sobras del lechón.</p>
<p style="font-size:11px;color:#888"><a href="https://comermejor.substack.com/action/disable_email">Unsubscribe</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://comermejor.substack.com/action/disable_email>"},
    ),
    m(
        "yo01",
        "2025-09-01 08:30",
        "Yoga Pocitos <hola@yogapocitos.example>",
        "Horarios de septiembre 🧘",
        N(),
        """Hola Florencia!

Te pasamos los horarios de septiembre. Sumamos una clase de Vinyasa los martes a las 7:15
para las madrugadoras. El sábado 20 hay taller de respiración (cupos limitados, $ 600).

Namasté,
Yoga Pocitos – Juan Benito Blanco 872""",
    ),
    m(
        "yo02",
        "2025-10-31 18:00",
        "Yoga Pocitos <hola@yogapocitos.example>",
        "Tu plan mensual vence mañana",
        N(),
        """Hola Florencia, tu plan de 8 clases vence mañana 1/11. Podés renovarlo por transferencia
o en recepción. Si lo renovás antes del 5, mantenés el precio de octubre.

Yoga Pocitos""",
    ),
    m(
        "ms01",
        "2025-10-22 10:05",
        "MSP – Registro de Profesionales <registroprofesionales@msp.gub.uy>",
        "Constancia de registro profesional",
        N(),
        """Sra. Florencia Techera Olivera:

Se adjunta la constancia de registro profesional solicitada (Licenciada en Nutrición,
Registro N.º 11.482). La constancia tiene validez de 90 días desde su emisión.

Departamento de Habilitación y Registro de Profesionales
Ministerio de Salud Pública""",
        attach=[
            (
                "Constancia_registro_11482.txt",
                "text/plain",
                "MINISTERIO DE SALUD PUBLICA - Constancia de registro profesional N.º 11.482 - Licenciada en Nutrición - Florencia Techera Olivera - Vigente.\n",
            )
        ],
    ),
    m(
        "dn01",
        "2025-09-29 11:55",
        "DNIC – Agenda <agenda@dnic.gub.uy>",
        "Confirmación de agenda – Renovación de cédula de identidad",
        N(),
        """Su agenda fue confirmada.

Trámite: Renovación de cédula de identidad
Oficina: Montevideo – Sede Central (Paysandú 1216)
Fecha: 08/10/2025 – 10:45
N.º de agenda: 2025-1008-33187

Presentarse con la cédula anterior y el comprobante de pago.

Dirección Nacional de Identificación Civil – Ministerio del Interior""",
    ),
    m(
        "tk01",
        "2025-11-08 14:20",
        "Tickantel <no-reply@tickantel.com.uy>",
        "Tus entradas: Cuarteto de Nos – Antel Arena",
        N(),
        """Hola Florencia,

¡Gracias por tu compra!

Evento: Cuarteto de Nos – Gira 2025
Lugar: Antel Arena · Sábado 13/12/2025 · 21:00
Sector: Platea Baja B · 2 entradas
Total: $ 3.960

Tus entradas digitales están disponibles en la app Tickantel.""",
    ),
    m(
        "mn01",
        "2025-10-11 10:40",
        "Mundo Natural <ventas@mundonatural.example>",
        "Tu pedido #5512 – Mundo Natural",
        N(),
        """Hola Florencia, gracias por tu compra en Mundo Natural.

- Avena arrollada 1 kg
- Semillas de chía 500 g
- Mantequilla de maní sin azúcar 380 g
Total: $ 742 · Envío a domicilio martes 14 entre 9 y 13 h.

Mundo Natural – Almacén saludable""",
    ),
    m(
        "ps01",
        "2026-01-30 17:30",
        "Pousada Mar Azul <reservas@pousadamarazul.example>",
        "Confirmação de reserva – Pousada Mar Azul",
        N("pt"),
        """Olá, Florencia!

Sua reserva está confirmada:

Check-in: 13/03/2026 (a partir das 14h)
Check-out: 16/03/2026 (até as 11h)
Quarto: Casal vista mar
Valor total: R$ 1.260,00 (sinal de 30 % pago)

Praia do Rosa – Imbituba, SC. Qualquer dúvida, estamos à disposição pelo WhatsApp.

Equipe Pousada Mar Azul""",
    ),
    m(
        "f5i9",
        "2025-12-09 19:35",
        "Soledad Berrutti <soleberrutti@gmail.com>",
        "Re: Campeonato de verano – inscripción del equipo",
        N(),
        f"""Listo chicas, mandé la ficha y la liga confirmó: ¡quedamos inscriptas! Jugamos en la serie B,
primer partido el jueves 15 de enero. Las que no mandaron el carné de salud deportivo, háganlo
antes del 20/12 que si no no las habilitan.

Sole

El mié, 26 nov 2025 a las 22:15, Soledad Berrutti escribió:
> Hola chicas, abrió la inscripción para el campeonato de verano de la Liga Femenina de F5
{_F5_FOOT}""",
        to=_F5,
        headers=_F5_HEAD,
        **thread("<f5e5.20251126.45@gmail.com>"),
    ),
    m(
        "ca04",
        "2025-11-23 10:02",
        "Carolina Muniz <caromuniz_@hotmail.com>",
        "RE: mi jefa 🙄",
        N(),
        """Jaja gracias por escucharme ayer. Hoy ya estoy más tranqui, pero me armé el perfil en
Computrabajo como me dijiste. Si me llaman de algún lado te aviso. Vos contame cómo te fue con
lo de la granja!!

Caro

________________________________
De: Florencia Techera <ftecheraolivera@gmail.com>
Enviado: sábado, 22 de noviembre de 2025 9:15
Para: Carolina Muniz <caromuniz_@hotmail.com>
Asunto: Re: mi jefa 🙄

Qué horror Caro. Yo uso Computrabajo, BuscoJobs y LinkedIn. Cerveza sí, hoy a las 20.""",
        **thread("<CAH3kTq9Ha0mT1cq@mail.gmail.com>"),
    ),
    m(
        "ge02",
        "2026-01-09 18:40",
        "Micaela Ferrari <mica.ferrari.lnut@gmail.com>",
        "Re: Reencuentro Gen 2018 Nutrición – ¿enero o marzo?",
        N(),
        """Ganó marzo por goleada! Queda sábado 7 de marzo, almuerzo en la Escuela (¿se acuerdan del
parrillero del fondo?) y después vemos. Les paso los datos más adelante.

Mica

El dom, 28 dic 2025 a las 13:13, Micaela Ferrari escribió:
> Se cumplen 7 años de que entramos a la Escuela y pensamos en hacer un reencuentro.""",
        to="Generación 2018 Nutrición <gen2018nutricion@googlegroups.com>",
        **thread("<ge01.20251228.48@gmail.com>"),
    ),
    m(
        "au8c",
        "2025-11-05 19:00",
        "AULN <comunicaciones@auln.example>",
        "Congreso 2026: últimas semanas para enviar resúmenes",
        N(),
        """Estimadas socias y socios:

Recordamos que la recepción de resúmenes para el Congreso Uruguayo de Nutrición 2026 cierra
el 30 de noviembre. Se aceptan trabajos de investigación, relatos de experiencia y revisiones.
Las normas de presentación están en la web.

Comité Científico – AULN""",
        headers={"List-Unsubscribe": "<https://www.auln.example/baja>"},
    ),
]
