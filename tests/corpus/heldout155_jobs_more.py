# ruff: noqa: E501, RUF100
"""Corpus 155, job mail part two (data only): see heldout155.py."""

from __future__ import annotations

from typing import Any

from heldout155_jobs import (
    BA,
    CC,
    CCR,
    CJ,
    CJR,
    CP,
    CPR,
    GD,
    GDR,
    HC,
    HCR,
    HV,
    HVR,
    LA,
    LAR,
    LT,
    LTR,
    NL,
    NLR,
    NV,
    NVR,
    SM,
    SS,
    SSR,
    VV,
    VVR,
    A,
    J,
    ics,
    m,
    thread,
)

_CT_FOOT = """<p style="font-size:11px;color:#999;text-align:center">Computrabajo Uruguay · Recibís este correo porque tenés una cuenta en uy.computrabajo.com<br>
<a href="https://uy.computrabajo.com/candidato/notificaciones">Configurar notificaciones</a> · <a href="https://uy.computrabajo.com/privacidad">Privacidad</a></p>"""

_GUPY_FOOT = """<p style="font-size:11px;color:#9a9a9a">Este e-mail foi enviado pela Gupy em nome de Grão Dourado Alimentos.
Dúvidas? Acesse a <a href="https://ajuda.gupy.io">Central de Ajuda</a>. Não responda este e-mail.</p>"""

MAIL: list[dict[str, Any]] = [
    # --- 13. Grão Dourado Alimentos (Brazilian company, Uruguay office; Gupy, Portuguese) -----------
    m(
        "hq3z",
        "2025-10-02 16:08",
        "Grão Dourado Alimentos <no-reply@gupy.io>",
        "Recebemos sua candidatura!",
        A("confirmation", GD, GDR, 13, "other", "pt"),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="max-width:580px;margin:auto">
<img src="https://graodourado.gupy.io/logo.png" alt="Grão Dourado" height="44">
<p>Olá, Florencia!</p>
<p>Que bom ter você por aqui! Sua candidatura para a vaga <b>Analista de Assuntos Regulatórios
– Uruguai</b> (Montevidéu, híbrido) foi recebida com sucesso.</p>
<p>Agora é só acompanhar as próximas etapas pela sua área de candidato. Fique de olho no seu
e-mail, inclusive na caixa de spam.</p>
<p><a href="https://login.gupy.io/candidates/applications">Acompanhar minha candidatura</a></p>
<p>Boa sorte!<br>Time de Gente &amp; Gestão – Grão Dourado</p>
{_GUPY_FOOT}</div></body></html>""",
    ),
    m(
        "ra8n",
        "2025-10-04 09:30",
        "Grão Dourado Alimentos <no-reply@gupy.io>",
        "Etapa de testes: faça agora",
        A("assessment", GD, GDR, 13, "other", "pt"),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="max-width:580px;margin:auto">
<p>Oi, Florencia!</p>
<p>Você avançou para a etapa de <b>testes online</b> da vaga Analista de Assuntos Regulatórios –
Uruguai.</p>
<p>São três testes: perfil comportamental, raciocínio lógico e um teste de conhecimentos em
rotulagem (legislação MERCOSUL). Tempo médio: 40 minutos. Prazo: <b>09/10</b>.</p>
<p><a href="https://graodourado.gupy.io/candidates/jobs/7741203/tests" style="background:#1f4bd8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:18px">Fazer os testes</a></p>
<p>Dica: reserve um momento tranquilo. Depois de iniciado, o teste não pode ser pausado.</p>
{_GUPY_FOOT}</div></body></html>""",
    ),
    m(
        "wb5c",
        "2025-10-31 18:12",
        "Grão Dourado Alimentos <no-reply@gupy.io>",
        "Atualização sobre o processo seletivo",
        A("rejection", GD, GDR, 13, "other", "pt"),
        html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="max-width:580px;margin:auto">
<p>Olá, Florencia.</p>
<p>Agradecemos muito seu interesse em fazer parte da Grão Dourado e o tempo dedicado ao nosso
processo seletivo para Analista de Assuntos Regulatórios – Uruguai.</p>
<p>Após uma análise cuidadosa, optamos por seguir com outros perfis que estão mais alinhados
ao momento da vaga. Sabemos que essa não é a notícia que você esperava, mas queremos que saiba
que seu currículo continuará no nosso banco de talentos.</p>
<p>Desejamos sucesso na sua jornada!</p>
<p>Time de Gente &amp; Gestão<br>Grão Dourado Alimentos – Escritório Montevidéu</p>
{_GUPY_FOOT}</div></body></html>""",
    ),
    # --- 14. Sabores del Sur (catering; practical test, a reschedule, an offer she declines) -------
    m(
        "xu4e",
        "2025-11-17 08:55",
        "Computrabajo <no-reply@computrabajo.com>",
        "Te postulaste a Responsable de Calidad e Inocuidad",
        A("confirmation", SS, SSR, 14, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<img src="https://uy.computrabajo.com/img/logo-ct.png" alt="Computrabajo" height="28">
<p>Hola Florencia,</p>
<p>Tu postulación a la oferta <b>Responsable de Calidad e Inocuidad</b> se realizó correctamente.</p>
<table style="border:1px solid #ddd;padding:10px;width:100%"><tr><td>
<b>Sabores del Sur Servicios Gastronómicos</b><br>Montevideo, Carrasco Norte · Jornada completa<br>
Publicada hace 3 días</td></tr></table>
<p>La empresa revisará tu hoja de vida. Te avisaremos cuando la vea o cuando cambie el estado de
tu proceso.</p>
<p><a href="https://uy.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
    ),
    m(
        "co9f",
        "2025-11-19 13:20",
        "Computrabajo <no-reply@computrabajo.com>",
        "Sabores del Sur Servicios Gastronómicos vio tu hoja de vida",
        A("viewed", SS, SSR, 14, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p>¡Buenas noticias, Florencia!</p>
<p><b>Sabores del Sur Servicios Gastronómicos</b> vio tu hoja de vida para la oferta
<b>Responsable de Calidad e Inocuidad</b>.</p>
<p>Estado de tu proceso: <b>CV visto</b> → En proceso → Finalista</p>
<p><a href="https://uy.computrabajo.com/candidato/postulaciones">Ver el estado</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
    ),
    m(
        "jd2s",
        "2025-11-27 10:41",
        "Paula Chiappara <calidad@saboresdelsur.example>",
        "Caso práctico – planificación de menú",
        A("assessment", SS, SSR, 14, "direct"),
        """Hola Florencia, ¿cómo estás?

Soy Paula Chiappara, jefa de Calidad de Sabores del Sur. Como siguiente paso en la búsqueda de
Responsable de Calidad e Inocuidad te enviamos un caso práctico.

Consigna: planificar el menú de almuerzo de 4 semanas para un comedor escolar de 350 niños de
6 a 11 años (servicio en línea caliente, producción en nuestra cocina central y transporte en
caliente), incluyendo:
- 1 alumno celíaco y 2 alumnos vegetarianos (ovo-lácteo);
- costo de materia prima máximo por ración según la planilla adjunta;
- puntos críticos de control del proceso de transporte y la temperatura de recepción.

Podés entregarlo en el formato que te resulte más cómodo (Excel o PDF). El plazo es el
miércoles 3 de diciembre. Después lo repasamos juntas en la entrevista.

Cualquier duda me escribís.

Saludos,
Lic. Paula Chiappara
Jefa de Calidad e Inocuidad
Sabores del Sur · Alimentación para empresas, colegios y eventos
Cno. Carrasco 5890 – Tel. 2604 7781""",
        attach=[
            (
                "Planilla_costos_raciones_2025.csv",
                "text/csv",
                "Grupo;Alimento;Costo por kg ($);Rendimiento\nCarnes;Carne picada;389;0,78\nCarnes;Pollo muslo;142;0,62\nCereales;Arroz;55;2,5\nCereales;Fideos secos;62;2,3\nVerduras;Zapallo;38;0,82\nLácteos;Leche (lt);43;1\n",
            )
        ],
    ),
    m(
        "fh7v",
        "2025-12-09 11:05",
        "Paula Chiappara <calidad@saboresdelsur.example>",
        "Entrevista – Responsable de Calidad",
        A("interview", SS, SSR, 14, "direct"),
        """Florencia, recibimos el caso, ¡muy completo!

Te proponemos la entrevista para el viernes 12 a las 10 en nuestras oficinas (Cno. Carrasco
5890). Vas a estar conmigo y con Martín Odella, gerente general. Te mando la invitación.

Paula""",
        ics=ics(
            "3t7y1u5i9o2p6a0s@google.com",
            "2025-12-12 10:00",
            "Entrevista Resp. Calidad – Florencia Techera",
            ("Paula Chiappara", "calidad@saboresdelsur.example"),
            minutes=60,
            location="Sabores del Sur – Cno. Carrasco 5890",
            attendees=[("Martín Odella", "modella@saboresdelsur.example")],
        ),
    ),
    m(
        "ma1k",
        "2025-12-10 18:27",
        "Paula Chiappara <calidad@saboresdelsur.example>",
        "Invitación actualizada: Entrevista Resp. Calidad – Florencia Techera @ lun 15 dic 2025 11:30 - 12:30 (UYT)",
        A("interview", SS, SSR, 14, "direct"),
        """Flor, perdón el cambio: a Martín le surgió una auditoría de un cliente el viernes. ¿Te
sirve el lunes 15 a las 11:30? Actualicé la invitación; si no podés, decime y vemos otro día.

Paula""",
        ics=ics(
            "3t7y1u5i9o2p6a0s@google.com",
            "2025-12-15 11:30",
            "Entrevista Resp. Calidad – Florencia Techera",
            ("Paula Chiappara", "calidad@saboresdelsur.example"),
            minutes=60,
            location="Sabores del Sur – Cno. Carrasco 5890",
            attendees=[("Martín Odella", "modella@saboresdelsur.example")],
            sequence=1,
        ),
    ),
    m(
        "zr6w",
        "2026-01-12 09:48",
        "Martín Odella <modella@saboresdelsur.example>",
        "Propuesta",
        A("offer", SS, SSR, 14, "direct"),
        """Florencia, buen día.

Como te adelantó Paula por teléfono, queremos proponerte que te sumes a Sabores del Sur como
Responsable de Calidad e Inocuidad. Te resumo la propuesta:

- 44 horas semanales, lunes a viernes de 7 a 15:48 (algún sábado por eventos, compensado).
- Sueldo nominal $ 78.000 + tickets alimentación + celular de la empresa.
- Ingreso: lunes 2 de febrero, con una semana de solapamiento con la persona que se retira.
- Período de prueba de 3 meses, según convenio del sector.

Nos encantaría contar con vos. Si te parece bien, te pedimos que nos confirmes antes del 19/1.

Saludos,
Martín Odella
Gerente General
Sabores del Sur Servicios Gastronómicos S.R.L.""",
    ),
    m(
        "bs0y",
        "2026-01-19 12:36",
        "Martín Odella <modella@saboresdelsur.example>",
        "Re: Propuesta",
        A("offer", SS, SSR, 14, "direct"),
        """Florencia, gracias por avisarnos con tiempo y por la sinceridad. Lamentamos que no se dé
esta vez, pero entendemos que es una oportunidad en tu área. Te deseamos lo mejor y las
puertas quedan abiertas.

Saludos,
Martín

El 18/1/2026 a las 21:14, Florencia Techera escribió:
> Martín, buenas noches:
> Muchas gracias por la propuesta y por la confianza. Lo pensé mucho, pero decidí aceptar un
> cargo en nutrición clínica en una mutualista, que es el área en la que me quiero
> desarrollar, así que no voy a poder aceptar. Les agradezco de verdad el proceso, a Paula
> especialmente.
> Saludos cordiales,
> Florencia""",
        st="declined",
        **thread("<CAH3kTq8cPq1z4Vb@mail.gmail.com>"),
    ),
    # --- 15. Lácteos Tala again: the re-application ------------------------------------------------
    m(
        "k7ea",
        "2026-01-05 10:15",
        "RRHH Central Cooperativa Láctea <seleccion@centrallactea.example>",
        "Postulación – Analista de Calidad (reapertura)",
        A("confirmation", LT, LTR, 15, "direct"),
        """Estimada Florencia:

Recibimos nuevamente su postulación para el cargo de Analista de Calidad – Planta Tala, que
fue reabierto en diciembre. Tomamos nota de que ya participó de un proceso anterior; sus
evaluaciones de setiembre se consideran vigentes por seis meses.

Nos comunicaremos con usted en caso de avanzar.

Saludos cordiales,
Departamento de Recursos Humanos
Central Cooperativa Láctea – CCL""",
    ),
    # --- 16. Nutrilab Uruguay (LinkedIn Easy Apply; viewed, then nothing) ------------------------
    m(
        "yp2m",
        "2025-09-05 19:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Florencia, tu solicitud se envió a Nutrilab Uruguay",
        A("confirmation", NL, NLR, 16, "linkedin"),
        """Tu solicitud se envió a Nutrilab Uruguay

Asistente de I+D – Alimentos Funcionales
Nutrilab Uruguay · Montevideo, Montevideo, Uruguay (Presencial)
Solicitud enviada el 5 de septiembre de 2025

Ahora toca esperar. Te avisaremos si hay novedades.

Ver empleos similares: https://www.linkedin.com/comm/jobs/view/4290318812/?trk=eml-jobs_jymbii

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Aprende por qué hemos incluido esto: https://www.linkedin.com/help/linkedin/answer/4788
Has recibido emails de notificaciones de solicitudes de empleo.
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    m(
        "dw5u",
        "2025-09-09 14:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nutrilab Uruguay ha visto tu solicitud",
        A("viewed", NL, NLR, 16, "linkedin"),
        """Tu solicitud fue vista por Nutrilab Uruguay

Asistente de I+D – Alimentos Funcionales
Nutrilab Uruguay · Montevideo, Uruguay

Esto no significa que hayan tomado una decisión. Mientras tanto, podés seguir buscando empleos.

Ver solicitud: https://www.linkedin.com/comm/jobs/view/4290318812/

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    # --- 17. Hotel Costa Pocitos (Indeed) -----------------------------------------------------------
    m(
        "nr8g",
        "2025-09-24 22:31",
        "Indeed Apply <indeedapply@indeed.com>",
        "Postulación enviada: Supervisor/a de Calidad – Cocina Central",
        A("confirmation", HC, HCR, 17, "indeed"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td>
<img src="https://uy.indeed.com/images/indeed-logo.png" alt="Indeed" width="90">
<h3>Se envió tu postulación</h3>
<p><b>Supervisor/a de Calidad – Cocina Central</b><br>Hotel Costa Pocitos – Montevideo</p>
<p>Tu postulación fue enviada al empleador. Te vamos a avisar si hay novedades.</p>
<ul><li>CV: Florencia_Techera_CV_2025.pdf</li><li>Preguntas del empleador: 4 respondidas</li></ul>
<p><a href="https://uy.indeed.com/myjobs?from=ia_confirm">Ver mis empleos</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://uy.indeed.com/legal">Privacidad</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "ai4q",
        "2025-10-20 11:50",
        "Hotel Costa Pocitos <noreply@indeed.com>",
        "Tu postulación en Hotel Costa Pocitos",
        A("rejection", HC, HCR, 17, "indeed"),
        """Hola Florencia,

Gracias por tu interés en el puesto de Supervisor/a de Calidad – Cocina Central y por el tiempo
dedicado a postularte.

Tras revisar todas las postulaciones, hemos decidido avanzar con otros candidatos cuyo perfil
se ajusta más a las necesidades actuales del hotel (experiencia en cocinas de producción
hotelera de más de 200 cubiertos).

Te deseamos éxito en tu búsqueda.

Recursos Humanos
Hotel Costa Pocitos

---
Este mensaje fue enviado por el empleador a través de Indeed. Indeed no es responsable del
contenido de este mensaje.""",
    ),
    # --- 18. Fundación Crecer Juntos (the university's bolsa de trabajo, then the coordinator) ---------
    m(
        "ek1t",
        "2025-10-08 10:02",
        "Bolsa de Trabajo – Escuela de Nutrición <bolsadetrabajo@nutricion.edu.uy>",
        "Postulación registrada – Oferta N.º 1542",
        A("confirmation", CJ, CJR, 18, "other"),
        """Estimada Florencia Techera Olivera:

Su postulación a la oferta N.º 1542 "Nutricionista – Programa Primera Infancia (CAIF y
Club de Niños), 30 hs" publicada por Fundación Crecer Juntos fue registrada.

Sus datos de contacto y CV fueron enviados a la institución, que se comunicará directamente
con las personas preseleccionadas.

Bolsa de Trabajo
Escuela de Nutrición – Universidad de la República
Av. Ricaldoni s/n – Montevideo""",
    ),
    m(
        "sv9p",
        "2025-10-22 16:30",
        "Ana Clara Méndez <anaclara.mendez@crecerjuntos.example>",
        "Entrevista – Programa Primera Infancia",
        A("interview", CJ, CJR, 18, "direct"),
        """Hola Florencia!

Te escribo de Fundación Crecer Juntos. Nos llegó tu CV por la bolsa de la Escuela y nos
encantaría conocerte. ¿Podrías venir el lunes 27 a las 14 hs a nuestra sede del Cerro (Grecia
3680)? Vas a estar con la directora del CAIF y conmigo. Dura una hora más o menos.

Si no te queda bien decime y buscamos otro día esa semana.

Gracias!
Ana Clara Méndez
Coordinadora de Programas
Fundación Crecer Juntos""",
    ),
    # --- 19. Vianda Viva (Gallito classifieds; the owner answers from Hotmail) --------------------
    m(
        "lo6c",
        "2025-09-16 21:44",
        "Gallito <no-reply@gallito.com.uy>",
        "Tu postulación fue enviada",
        A("confirmation", VV, VVR, 19, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<div style="background:#f7c600;padding:8px"><b>Gallito</b> Trabajo</div>
<p>Hola Florencia,</p>
<p>Enviamos tu CV al anunciante del aviso:</p>
<p style="border-left:3px solid #f7c600;padding-left:8px"><b>Nutricionista para emprendimiento de viandas saludables – part time</b><br>
Vianda Viva · Montevideo, Parque Batlle</p>
<p>Recordá que el anunciante se comunicará directamente contigo si le interesa tu perfil.</p>
<p style="font-size:11px;color:#888">Gallito · <a href="https://www.gallito.com.uy/ayuda">Ayuda</a> ·
<a href="https://www.gallito.com.uy/mi-cuenta/notificaciones">Dejar de recibir estos avisos</a></p>
</body></html>""",
    ),
    m(
        "ub3x",
        "2025-09-19 13:07",
        "Romina Acosta <romi.acosta88@hotmail.com>",
        "RE: aviso nutricionista",
        A("rejection", VV, VVR, 19, "direct"),
        """Hola Florencia!! Gracias por escribir y por mandar el CV.

Te cuento que ya encontramos a alguien, nos quedamos con una chica que ya nos venía ayudando
con algunos menús. Igual me guardo tu contacto por si más adelante ampliamos 🙂

Saludos!!
Romi – Vianda Viva

Enviado desde Outlook para Android""",
        **thread("<CAH3kTq-aV5nH2xR@mail.gmail.com>"),
    ),
    # --- 20. Residencial Los Álamos (a spontaneous CV, forwarded from her work address) -----------
    m(
        "fx8j",
        "2025-11-03 14:22",
        "Florencia Techera <ftechera@cemeco.example>",
        "RV: Recepción de CV",
        A("confirmation", LA, LAR, 20, "direct"),
        """Me lo reenvío al personal.

________________________________
De: Residencial Los Álamos <administracion@residenciallosalamos.example>
Enviado: lunes, 3 de noviembre de 2025 13:58
Para: Florencia Techera <ftechera@cemeco.example>
Asunto: Recepción de CV

Buenas tardes Florencia.

Recibimos su correo con el currículum para el puesto de Licenciada en Nutrición, muchas
gracias. La Dirección Técnica lo evaluará y nos pondremos en contacto en caso de coordinar una
entrevista.

Saludos cordiales,
Administración
Residencial Los Álamos – Hogar de adultos mayores habilitado por MSP y MIDES
Av. Italia 4321 – Tel. 2613 2290

________________________________
Aviso de confidencialidad: Este mensaje y sus archivos adjuntos están dirigidos
exclusivamente a su destinatario y pueden contener información confidencial de CEMECO –
Centro Médico Cooperativo.""",
    ),
    # --- 21. Conservas del Cerro (Computrabajo) ------------------------------------------------------
    m(
        "iz2h",
        "2025-10-15 20:19",
        "Computrabajo <no-reply@computrabajo.com>",
        "Te postulaste a Técnico/a en Rotulado y Asuntos Regulatorios",
        A("confirmation", CC, CCR, 21, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p>Hola Florencia,</p>
<p>Tu postulación a <b>Técnico/a en Rotulado y Asuntos Regulatorios</b> se realizó correctamente.</p>
<p><b>Conservas del Cerro S.A.</b> · Montevideo, Cerro · Jornada completa</p>
<p><a href="https://uy.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
    ),
    m(
        "gc7o",
        "2025-10-20 09:36",
        "Computrabajo <no-reply@computrabajo.com>",
        "Conservas del Cerro S.A. vio tu hoja de vida",
        A("viewed", CC, CCR, 21, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p>Florencia, la empresa <b>Conservas del Cerro S.A.</b> leyó tu hoja de vida para la oferta
<b>Técnico/a en Rotulado y Asuntos Regulatorios</b>.</p>
<p>Estado: <b>CV visto</b></p>
<p>Mientras tanto, estas ofertas también te pueden interesar: Analista de Calidad (Canelones),
Nutricionista (Montevideo)…</p>
</td></tr></table>{_CT_FOOT}</body></html>""",
    ),
    m(
        "pt5d",
        "2025-11-14 17:02",
        "Computrabajo <no-reply@computrabajo.com>",
        "Novedades en tu proceso",
        A("rejection", CC, CCR, 21, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p>Hola Florencia,</p>
<p>La empresa <b>Conservas del Cerro S.A.</b> finalizó el proceso de selección de la oferta
<b>Técnico/a en Rotulado y Asuntos Regulatorios</b> y en esta ocasión tu candidatura no
continuará.</p>
<p>¡No te desanimes! Hay nuevas ofertas esperándote.</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/?q=nutricionista">Buscar ofertas</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
    ),
    # --- 22. Colegio del Prado (BuscoJobs; nothing after it) ------------------------------------------
    m(
        "ol1b",
        "2025-11-24 07:58",
        "BuscoJobs <notificaciones@buscojobs.com.uy>",
        "Tu postulación fue enviada con éxito",
        A("confirmation", CP, CPR, 22, "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#ff6b00;padding:10px;color:#fff"><b>BuscoJobs</b></td></tr>
<tr><td style="padding:16px">
<p>Hola Florencia,</p>
<p>Tu postulación al aviso <b>Nutricionista – Cantina Saludable</b> de <b>Colegio del Prado</b>
(Montevideo – Prado) fue enviada con éxito.</p>
<p><a href="https://www.buscojobs.com.uy/candidato/postulaciones">Mis postulaciones</a></p>
<p>¡Mucha suerte!<br>El equipo de BuscoJobs</p>
</td></tr></table></body></html>""",
    ),
    # --- 23. Helvea Medical Nutrition (a recruiter's InMail first, then Greenhouse) ----------------
    m(
        "tm8r",
        "2025-11-20 15:40",
        "Tomás Irazábal vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidad en nutrición clínica",
        J("outreach", "linkedin", HV, HVR),
        """Hola Florencia, ¿cómo estás?

Vi tu perfil y tu experiencia en la mutualista con pacientes internados. En Helvea Medical
Nutrition estamos buscando un/a Representante Científico/a para nuestra línea de nutrición
enteral en Montevideo (visitas a CTI, servicios de nutrición y farmacias hospitalarias,
capacitación a equipos).

Si te interesa te paso la descripción completa, o podés postularte directamente acá:
https://boards.greenhouse.io/helvea/jobs/6218804

¡Saludos!
Tomás Irazábal
Talent Acquisition – Helvea Medical Nutrition (Cono Sur)

Responder · Ver perfil
Este mensaje InMail fue enviado a Florencia Techera Olivera.
© 2025 LinkedIn Ireland Unlimited Company""",
    ),
    m(
        "ie0n",
        "2025-12-01 23:06",
        "Helvea Medical Nutrition <no-reply@greenhouse.io>",
        "Gracias por postularte a Helvea Medical Nutrition",
        A("confirmation", HV, HVR, 23, "greenhouse"),
        """Hola Florencia,

Gracias por tu interés en Helvea Medical Nutrition. Recibimos tu postulación para el puesto de
Representante Científico/a – Nutrición Clínica (Montevideo) y la estamos revisando.

Si tus calificaciones coinciden con lo que buscamos, un miembro de nuestro equipo te
contactará.

Saludos,
Equipo de Talent Acquisition
Helvea Medical Nutrition

**Por favor no respondas a este correo. Esta casilla no es monitoreada.**""",
    ),
    m(
        "bq2l",
        "2025-12-16 10:14",
        "Tomás Irazábal <tomas.irazabal@helvea.example>",
        "Entrevista Helvea – jueves 18/12",
        A("interview", HV, HVR, 23, "direct"),
        """Florencia, ¡hola de nuevo!

Qué bueno que te postulaste. Te propongo una primera entrevista conmigo el jueves 18 a las 11
(Montevideo) por Google Meet, y si va bien la siguiente sería con la gerente médica regional.
Te mando la invitación.

Tomás""",
        ics=ics(
            "8p4k0f6w2x9c1v7b@google.com",
            "2025-12-18 11:00",
            "Helvea | Entrevista – Florencia Techera Olivera",
            ("Tomás Irazábal", "tomas.irazabal@helvea.example"),
            minutes=30,
            location="https://meet.google.com/hvr-sdqa-kpo",
        ),
    ),
    m(
        "xk5a",
        "2026-01-08 16:45",
        "Helvea Medical Nutrition <no-reply@greenhouse.io>",
        "Actualización sobre tu candidatura en Helvea",
        A("rejection", HV, HVR, 23, "greenhouse"),
        """Hola Florencia,

Queremos agradecerte por el tiempo que dedicaste a conocer Helvea Medical Nutrition y al
equipo durante el proceso para Representante Científico/a – Nutrición Clínica.

Fue una decisión difícil, pero hemos decidido avanzar con otra persona para este rol. Nos
gustaría mantener tu información para futuras oportunidades que se ajusten a tu perfil.

Te deseamos mucho éxito,
Equipo de Talent Acquisition
Helvea Medical Nutrition""",
    ),
    # --- alerts, talent communities, nudges ----------------------------------------------------------
    m(
        "av3s",
        "2025-09-05 07:15",
        "Computrabajo <alertas@computrabajo.com>",
        "12 nuevas ofertas de Nutricionista en Montevideo",
        J("alert", "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">
<p>Hola Florencia, estas son las nuevas ofertas para tu alerta <b>"nutricionista" en Montevideo</b>:</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-nutricionista-policlinica-3F9A1">Nutricionista – Policlínica</a><br>Confidencial · Montevideo · Hace 1 día</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-lic-en-nutricion-para-gimnasio-77C02">Lic. en Nutrición para gimnasio</a><br>Energy Box · Montevideo · Hace 2 días</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-asistente-de-calidad-alimentos-1BE44">Asistente de Calidad – Industria alimenticia</a><br>Empresa láctea · Canelones · Hace 2 días</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/?q=nutricionista&amp;l=montevideo">Ver las 12 ofertas</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
        headers={"List-Unsubscribe": "<https://uy.computrabajo.com/alertas/baja?id=88231>"},
    ),
    m(
        "jl0v",
        "2025-09-22 06:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“nutricionista”: 8 empleos nuevos en Montevideo",
        J("alert", "linkedin"),
        """Tu alerta de empleo para nutricionista en Montevideo, Uruguay
8 empleos nuevos coinciden con tus preferencias.

Licenciado/a en Nutrición
Sanatorio Americano del Sur · Montevideo (Presencial)
Solicitud sencilla
Ver empleo: https://www.linkedin.com/comm/jobs/view/4301882231/

Nutricionista – Retail
Supermercados Bahía · Montevideo
Ver empleo: https://www.linkedin.com/comm/jobs/view/4302019944/

Regulatory Affairs & Labelling Analyst
Nordvik Foods · Montevideo (Híbrido)
Ver empleo: https://www.linkedin.com/comm/jobs/view/4299870013/

Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?keywords=nutricionista

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=job_alert>"
        },
    ),
    m(
        "fy1r",
        "2025-09-29 11:02",
        "Nordvik Foods <nvkgroup@myworkday.com>",
        "Your application is not yet complete",
        J("alert", "workday", NV, "Quality Assurance Specialist", "en"),
        """Hello Florencia,

You started an application for Quality Assurance Specialist (R-0048377) at Nordvik Foods,
but it has not been submitted yet.

Job postings can close at any time. To finish your application, sign in to your candidate
home and select "Continue Application":
https://nvkgroup.wd3.myworkdayjobs.com/en-US/NordvikCareers/userHome

If you are no longer interested, you can ignore this message.

Talent Acquisition
Nordvik Foods""",
    ),
    m(
        "rc4b",
        "2025-10-01 20:41",
        "Supermercados Bahía <noreply@smartrecruiters.com>",
        "¡Bienvenida a la Comunidad de Talento Bahía!",
        J("alert", "smartrecruiters", BA),
        html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;color:#222">
<div style="max-width:600px;margin:auto">
<h2 style="color:#00897b">¡Hola Florencia!</h2>
<p>Gracias por sumarte a nuestra Comunidad de Talento. Te vamos a avisar cuando se publiquen
búsquedas que coincidan con tus intereses: <i>Nutrición, Calidad, Producción</i>.</p>
<p>En Bahía somos más de 3.000 personas en 42 locales de Montevideo, Canelones y Maldonado.</p>
<p><a href="https://jobs.smartrecruiters.com/BahiaComercialSA">Ver búsquedas abiertas</a></p>
<p style="font-size:11px;color:#888">Powered by SmartRecruiters · Podés darte de baja de la comunidad en cualquier momento.</p>
</div></body></html>""",
    ),
    m(
        "ud6n",
        "2025-10-07 08:00",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Nuevos llamados publicados",
        J("alert", "other"),
        """Estimado/a usuario/a:

Se publicaron nuevos llamados que coinciden con sus áreas de interés (Salud – Nutrición):

- Llamado N° 0519/2025 – Ministerio de Salud Pública – Licenciado/a en Nutrición (Rivera)
- Llamado N° 0527/2025 – Administración Nacional de Comedores Públicos – Nutricionista –
  Supervisión de Comedores (Montevideo y Canelones)
- Llamado N° 0531/2025 – Instituto del Niño y Adolescente – Técnico/a en Alimentación

Ingrese a www.uruguayconcursa.gub.uy para ver las bases y postularse.

Puede modificar sus preferencias de notificación desde "Mi perfil".
Oficina Nacional del Servicio Civil""",
    ),
    m(
        "kq9y",
        "2025-10-23 06:55",
        "Indeed <alert@indeed.com>",
        "Nutricionista: nuevos empleos en Montevideo",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<table width="560" align="center"><tr><td>
<p><b>5 empleos nuevos</b> para <b>nutricionista</b> en <b>Montevideo</b></p>
<p><a href="https://uy.indeed.com/rc/clk?jk=a81f20c9e1">Nutricionista clínica</a><br>Casa de Salud del Buceo – Montevideo<br><span style="color:#767676">Postulación fácil</span></p>
<p><a href="https://uy.indeed.com/rc/clk?jk=7b3e92d0aa">Encargado/a de Calidad – Planta de alimentos</a><br>Alimentos Del Este – Pando</p>
<p><a href="https://uy.indeed.com/rc/clk?jk=2f0c66e1b8">Nutricionista para comedor empresarial</a><br>Servicios Gastronómicos Integrales – Montevideo</p>
<p><a href="https://uy.indeed.com/jobs?q=nutricionista&amp;l=Montevideo">Ver todos</a></p>
<p style="font-size:11px;color:#767676">Recibís esta alerta porque te suscribiste en Indeed. <a href="https://uy.indeed.com/alert/unsubscribe">Cancelar</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://uy.indeed.com/alert/unsubscribe?id=fa901b>"},
    ),
    m(
        "wd2i",
        "2025-11-10 09:10",
        "BuscoJobs <notificaciones@buscojobs.com.uy>",
        "Empleos recomendados para vos",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#ff6b00;padding:10px;color:#fff"><b>BuscoJobs</b></td></tr>
<tr><td style="padding:16px">
<p>Florencia, encontramos estos avisos que pueden interesarte:</p>
<ul>
<li><a href="https://www.buscojobs.com.uy/nutricionista-cantina-saludable-montevideo">Nutricionista – Cantina Saludable</a> · Colegio del Prado · Montevideo</li>
<li><a href="https://www.buscojobs.com.uy/licenciado-nutricion-policlinica">Lic. en Nutrición – Policlínica barrial</a> · Confidencial · Las Piedras</li>
<li><a href="https://www.buscojobs.com.uy/supervisor-calidad-frigorifico">Supervisor/a de Calidad</a> · Frigorífico · Canelones</li>
</ul>
<p><a href="https://www.buscojobs.com.uy/empleos">Ver más empleos</a></p>
</td></tr><tr><td style="font-size:11px;color:#999">Si no querés recibir más correos, <a href="https://www.buscojobs.com.uy/baja">desuscribite</a>.</td></tr></table>
</body></html>""",
    ),
    m(
        "hn5w",
        "2025-11-26 19:30",
        "Grão Dourado Alimentos <no-reply@gupy.io>",
        "Você não finalizou sua candidatura",
        J("alert", "other", GD, "Analista de Qualidade", "pt"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Oi, Florencia! Notamos que você começou a se candidatar para a vaga <b>Analista de
Qualidade – Montevidéu</b>, mas ainda não finalizou.</p>
<p>Faltam só alguns passos! <a href="https://graodourado.gupy.io/candidates/jobs/7802114/apply">Continuar candidatura</a></p>
<p style="font-size:11px;color:#9a9a9a">Enviado pela Gupy em nome de Grão Dourado Alimentos.</p>
</body></html>""",
    ),
    m(
        "ct3e",
        "2025-12-09 12:30",
        "Bolsa de Trabajo – Escuela de Nutrición <bolsadetrabajo@nutricion.edu.uy>",
        "Nuevas ofertas publicadas en la Bolsa de Trabajo",
        J("alert", "other"),
        """Estimados egresados y estudiantes:

Se publicaron nuevas ofertas en la Bolsa de Trabajo de la Escuela de Nutrición:

N.º 1588 – Licenciado/a en Nutrición – Hogar de ancianos (Pando) – 20 hs
N.º 1590 – Nutricionista para servicio de alimentación empresarial – Montevideo – 44 hs
N.º 1593 – Ayudante de investigación – Proyecto CSIC (Depto. de Nutrición Básica) – pasantía

Para postularse ingrese con su usuario a la plataforma.

Bolsa de Trabajo
Escuela de Nutrición – Udelar""",
    ),
    m(
        "ob8f",
        "2026-01-26 08:20",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Nutrilab Uruguay está contratando: Analista de Desarrollo de Producto",
        J("alert", "linkedin", NL, "Analista de Desarrollo de Producto"),
        """Nutrilab Uruguay está contratando

Analista de Desarrollo de Producto
Nutrilab Uruguay · Montevideo (Presencial)
Sé de los primeros 25 solicitantes

Ver empleo: https://www.linkedin.com/comm/jobs/view/4361022874/?trk=eml-jobs_company_hiring

Este email está dirigido a Florencia Techera Olivera (Licenciada en Nutrición)
Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.""",
    ),
    m(
        "vm7k",
        "2026-02-10 07:15",
        "Computrabajo <alertas@computrabajo.com>",
        "Nuevas ofertas para vos: nutricionista",
        J("alert", "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">
<p>Hola Florencia, hay <b>7 ofertas nuevas</b> para tu alerta "nutricionista" en Montevideo.</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-nutricionista-deportivo-ab12">Nutricionista deportivo/a</a> · Club de Remo · Montevideo</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-jefe-de-calidad-cc09">Jefe/a de Calidad</a> · Empresa de catering · Canelones</p>
<p><a href="https://uy.computrabajo.com/ofertas-de-trabajo/?q=nutricionista&amp;l=montevideo">Ver todas</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
        headers={"List-Unsubscribe": "<https://uy.computrabajo.com/alertas/baja?id=88231>"},
    ),
    # --- outreach ------------------------------------------------------------------------------------
    m(
        "pd4x",
        "2025-10-28 11:32",
        "Gonzalo Perdomo <gperdomo@conosurexecutive.example>",
        "Búsqueda confidencial – Jefatura de Calidad, industria láctea",
        J("outreach", "agency", None, "Jefe/a de Calidad e Inocuidad"),
        """Estimada Florencia:

Mi nombre es Gonzalo Perdomo, socio de Cono Sur Executive Search. Estamos llevando adelante, en
forma confidencial, la búsqueda de un/a Jefe/a de Calidad e Inocuidad para una empresa láctea
exportadora de primera línea, con planta en el interior del país (San José).

Su perfil nos fue recomendado por una colega. ¿Tendría disponibilidad para una breve
conversación telefónica esta semana? Le aclaro que la posición requiere residir cerca de la
planta o viajar diariamente.

Quedo a la espera.

Saludos cordiales,
Gonzalo Perdomo
Socio – Cono Sur Executive Search
Plaza Independencia 811, of. 402 · Montevideo · +598 2903 1180""",
    ),
    m(
        "ze2g",
        "2025-12-22 17:48",
        "Staff Oriental <seleccion@stafforiental.example>",
        "Propuesta laboral temporal – Nutricionista colonia de vacaciones",
        J("outreach", "agency", None, "Nutricionista – colonia de vacaciones"),
        """Hola Florencia:

Desde Staff Oriental (empresa de servicios temporales) estamos buscando Lic. en Nutrición para
una colonia de vacaciones de un cliente, del 5 de enero al 27 de febrero, lunes a viernes de
9 a 13 hs. Tareas: planificación de colaciones y almuerzos, control de alergias e
intolerancias, supervisión del personal de cocina.

Encontramos tu CV en nuestra base. Si te interesa, respondé este mail con tu disponibilidad y
pretensión por hora.

Saludos,
Equipo de Selección
Staff Oriental – Servicios Temporales
Habilitada por el MTSS""",
    ),
    m(
        "na6p",
        "2026-02-11 14:05",
        "Sofía Lemes vía LinkedIn <inmail-hit-reply@linkedin.com>",
        "Búsqueda Lic. en Nutrición – Policlínica Pediátrica",
        J("outreach", "linkedin", SM, "Licenciado/a en Nutrición – Policlínica Pediátrica"),
        """Hola Florencia, ¡buenas tardes!

Soy Sofía, de Selección del Grupo Sanitario Costa. Tenemos tu perfil de procesos anteriores y
te quería comentar que estamos buscando Lic. en Nutrición para la Policlínica Pediátrica del
Sanatorio Miramar (24 hs semanales, tarde). ¿Te interesaría conversar?

¡Saludos!
Sofía Lemes
Selección – Grupo Sanitario Costa

Responder · Ver perfil
Este mensaje InMail fue enviado a Florencia Techera Olivera.
© 2026 LinkedIn Ireland Unlimited Company""",
    ),
    # --- other job mail: codes, auto-replies, surveys ----------------------------------------------
    m(
        "gw3t",
        "2025-09-04 12:12",
        "Bolsa de Trabajo – Escuela de Nutrición <bolsadetrabajo@nutricion.edu.uy>",
        "Registro aprobado – Bolsa de Trabajo",
        J("other_job", "other"),
        """Estimada Florencia Techera Olivera:

Su registro como egresada en la Bolsa de Trabajo de la Escuela de Nutrición fue aprobado. A
partir de ahora podrá postularse a las ofertas publicadas y recibir notificaciones.

Usuario: ftecheraolivera@gmail.com

Bolsa de Trabajo
Escuela de Nutrición – Udelar""",
    ),
    m(
        "mj8a",
        "2025-09-10 22:51",
        "Uruguay Concursa <no-responder@uruguayconcursa.gub.uy>",
        "Código de verificación",
        J("other_job", "other"),
        """Su código de verificación para Uruguay Concursa es:

    748213

El código vence en 15 minutos. Si usted no solicitó este código, ignore este mensaje.

Oficina Nacional del Servicio Civil""",
    ),
    m(
        "ty5q",
        "2025-09-18 20:58",
        "Nordvik Foods <nvkgroup@myworkday.com>",
        "Your candidate account has been created",
        J("other_job", "workday", NV, None, "en"),
        """Hello Florencia,

Your candidate account for Nordvik Foods Careers has been created.

User name: ftecheraolivera@gmail.com

To sign in, go to https://nvkgroup.wd3.myworkdayjobs.com/en-US/NordvikCareers/login

Nordvik Foods""",
    ),
    m(
        "ep1c",
        "2025-10-06 15:20",
        "HireVue <noreply@hirevue.com>",
        "How was your HireVue experience?",
        J("other_job", "hirevue", NV, NVR, "en"),
        """Hi Florencia,

You recently completed an interview for Regulatory Affairs & Labelling Analyst at Nordvik
Foods. We'd love to hear about your experience. The survey takes less than 2 minutes and your
answers are not shared with the hiring team.

Take the survey: https://survey.hirevue.com/cx?i=Kq7Rz2pVd9

Thanks,
The HireVue Team""",
    ),
    m(
        "ly7h",
        "2025-11-19 09:03",
        "Lucía Ferreira | Talento Sur <lferreira@talentosur.example>",
        "Respuesta automática: Re: Entrevista – Ref. TS-2291",
        J("other_job", "agency"),
        """Gracias por tu mensaje. Estaré fuera de la oficina hasta el lunes 24 de noviembre, con acceso
limitado al correo. Por temas urgentes podés escribir a postulaciones@talentosur.example o
llamar al 2901 4455.

Lucía Ferreira
Talento Sur Consultores""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        **thread(
            "<g8mz.20251027.25@talentosur.example>",
            "<l0qp.20251111.29@talentosur.example>",
            "<CAH3kTq_s0pM8xYu@mail.gmail.com>",
        ),
    ),
    m(
        "rx0m",
        "2025-12-02 19:00",
        "Computrabajo <no-reply@computrabajo.com>",
        "Florencia, ¿cómo te fue con tus postulaciones?",
        J("other_job", "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<p>Hola Florencia,</p>
<p>En los últimos meses te postulaste a 3 ofertas. ¡Contanos cómo te fue! Tu respuesta nos
ayuda a mejorar Computrabajo.</p>
<p>¿Conseguiste trabajo?</p>
<p><a href="https://uy.computrabajo.com/encuesta?r=si">Sí, conseguí trabajo</a> &nbsp;
<a href="https://uy.computrabajo.com/encuesta?r=no">Todavía no</a> &nbsp;
<a href="https://uy.computrabajo.com/encuesta?r=proceso">Estoy en procesos</a></p>
</td></tr></table>{_CT_FOOT}</body></html>""",
    ),
]
