# ruff: noqa: E501, RUF100
"""Corpus 126, the ordinary inbox part two (data only): family and friends, the arriendo, the
master's admission, health, travel. See heldout126.py."""

from __future__ import annotations

from typing import Any

from heldout126_jobs import MD, MDR, ME_FROM, J, N, ics, m, re

_MAMA = "Gloria Pinzón <gloriapinzon61@hotmail.com>"
_CAMILO = "Camilo Cárdenas <camilo.cardenasp@gmail.com>"
_TIA = "Marleny Pinzón <marlenypinzon@yahoo.es>"
_JULI = "Juliana Rocha <juli.rocha.m@gmail.com>"
_PIPE = "Felipe Ardila <pipe.ardila@outlook.com>"
_CERROS = "Inmobiliaria Cerros de Chapinero <arriendos@inmobiliariacerros.example>"
_UCA = "Admisiones Posgrados UCA <admisiones.posgrados@ucandina.example>"
_EPS = "Compensar EPS <citas@compensar.com>"

_juli_bca = m(
    "u21",
    "2025-11-20 21:34",
    _JULI,
    "jajaja adivina quién me llamó",
    N(),
    text="""Lauuu

Adivina: me llamaron de BCA para una entrevista de Analista de Riesgo de Mercado 😱 Tú
estuviste allá en proceso no? Cómo son las entrevistas con el comité, te hicieron presentar
algo? Cuéntame todo porfa que es el jueves y estoy nerviosa jajaja

Igual no sé si me quiero ir del Páramo tan rápido, llevo dos meses, pero la plata que dicen
que pagan...

Besos
Juli""",
)

_juli_bca_re = m(
    "u22",
    "2025-11-20 22:58",
    ME_FROM,
    "Re: jajaja adivina quién me llamó",
    N(),
    to=_JULI,
    text="""Juliiii qué bien!! Sí, a mí me tocó presentar un ejercicio de 15 min frente a 3 personas,
te lo mandan dos días antes. Son muy formales pero chéveres. A mí al final no me escogieron 🙃
pero tú vas a brillar. Mañana te llamo y te cuento con calma.

Un abrazo!
L

El jue, 20 nov 2025 a las 21:34, Juliana Rocha (<juli.rocha.m@gmail.com>) escribió:
> Lauuu
>
> Adivina: me llamaron de BCA para una entrevista de Analista de Riesgo de Mercado 😱""",
)
_juli_bca_re.update(re(_juli_bca))

_docu_lease = m(
    "u36",
    "2026-01-19 15:40",
    "Inmobiliaria Cerros de Chapinero via DocuSign <dse_NA4@docusign.net>",
    "Completar con DocuSign: Contrato de Arrendamiento Vivienda Urbana – Cra 4 # 57-31 Apto 701",
    N(),
    html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;margin-top:16px">
<p style="font-size:16px">Inmobiliaria Cerros de Chapinero le envió un documento para revisar y firmar.</p>
<a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=77b1-cerros&amp;etti=24" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></div>
<p style="padding-top:20px"><b>Inmobiliaria Cerros de Chapinero</b><br>arriendos@inmobiliariacerros.example</p>
<p>Sra. Laura Valentina: adjuntamos el contrato de arrendamiento para firma de arrendataria y deudor solidario. El canon inicia el 1 de febrero de 2026.</p>
<p style="font-size:11px;color:#666"><b>No comparta este correo electrónico</b><br>Este correo contiene un enlace seguro a DocuSign.</p>
</td></tr></table></body></html>""",
)

_uca_int = m(
    "u42",
    "2025-09-24 09:12",
    _UCA,
    "Citación a entrevista de admisión – Maestría en Analítica de Datos 2026-1",
    N(),
    text="""Apreciada aspirante LAURA VALENTINA CÁRDENAS PINZÓN:

Reciba un cordial saludo de la Escuela de Posgrados de la Universidad Central Andina.

Una vez verificada la documentación de su solicitud de admisión a la Maestría en Analítica de
Datos (cohorte 2026-1), le informamos que ha sido citada a la entrevista de admisión con el
comité del programa:

Fecha: miércoles 1 de octubre de 2025
Hora: 6:30 p.m.
Modalidad: virtual (Microsoft Teams – enlace en la invitación adjunta)
Duración aproximada: 20 minutos

En la entrevista se indagará por su motivación, su experiencia profesional y su propuesta
preliminar de proyecto aplicado. Le solicitamos conectarse 5 minutos antes con cámara.

Atentamente,

Oficina de Admisiones – Escuela de Posgrados
Universidad Central Andina
Vigilada Mineducación""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000UCA2026ADM0001",
        "2025-10-01 18:30",
        "Entrevista admisión MAD 2026-1 – Cárdenas Pinzón Laura Valentina",
        ("Admisiones Posgrados UCA", "admisiones.posgrados@ucandina.example"),
        style="outlook",
        minutes=20,
        attendees=[("Dr. Ricardo Salamanca", "rsalamanca@ucandina.example")],
        location="Reunión de Microsoft Teams",
    ),
)

MAIL: list[dict[str, Any]] = [
    # --- family ----------------------------------------------------------------------------
    m(
        "u01",
        "2025-09-01 07:22",
        _MAMA,
        "hola mija",
        N(),
        text="""Hola mija como amanecio. Le cuento que ya me llego la mesada de la pension, le voy a
consignar lo de la cuota del celular como le dije.

Digame si ya fue al medico por lo del dolor de espalda, no lo deje pasar que eso es de estar
todo el dia sentada en el computador.

Que Dios me la bendiga
Su mami

Enviado desde Outlook para Android""",
    ),
    m(
        "u02",
        "2025-09-07 10:48",
        _TIA,
        "Fw: ORACION A SAN JUDAS TADEO PARA CONSEGUIR TRABAJO 🙏🙏 reenviala!!!",
        N(),
        text="""Mija se la mando porque su mami me contó que está buscando trabajo nuevo. Tengale fe
que San Judas es muy milagroso. Reenviela a 10 personas.

----- Mensaje reenviado -----
De: Cecilia Amaya <ceciamaya.57@hotmail.com>
Asunto: ORACION A SAN JUDAS TADEO PARA CONSEGUIR TRABAJO

Glorioso apóstol San Judas Tadeo, patrono de los casos difíciles y desesperados, te pido que
me concedas un trabajo digno donde pueda sostener a mi familia... ENVIALA A 10 PERSONAS Y
ANTES DE 7 DIAS RECIBIRAS LA LLAMADA QUE ESPERAS. NO ROMPAS LA CADENA.""",
    ),
    m(
        "u03",
        "2025-09-14 19:05",
        _MAMA,
        "Fotos cumple de la abuela",
        N(),
        text="""Mija le mando las fotos del cumpleaños de la abuela Rosa, quedaron muy lindas. Usted
salio con los ojos cerrados en la de la torta jajaja

Besos""",
        attach=[
            ("IMG-20250913-WA0012.jpg", "image/jpeg", "JPEG"),
            ("IMG-20250913-WA0015.jpg", "image/jpeg", "JPEG"),
        ],
    ),
    m(
        "u04",
        "2025-09-20 12:30",
        _CAMILO,
        "vaca regalo mami",
        N(),
        text="""Quiubo Lau, para el regalo de la mamá (la licuadora que quiere) salen $420 mil entre los
tres con la tía Luz. Te toca $140. Me los pasas al Nequi 311 555 7720 cuando puedas.

Camilo""",
    ),
    m(
        "u05",
        "2025-10-01 20:47",
        _MAMA,
        "mucha suerte mañana!!",
        N(),
        text="""Mija mucha suerte mañana en la entrevista del banco, va a ver que le va muy bien. Acuerdese
de desayunar bien y de no hablar muy rapido cuando se pone nerviosa.

La quiero mucho
Mamá

Enviado desde Outlook para Android""",
    ),
    m(
        "u06",
        "2025-10-15 18:12",
        _CAMILO,
        "me salio lo del SENA!!",
        N(),
        text="""Lau!! Me salió lo del contrato como instructor en el SENA de Sogamoso, empiezo el 3 de
noviembre. Es por prestación de servicios hasta diciembre pero dicen que lo renuevan en
enero. No le he contado a la mamá porque quiero decirle en persona el finde.

Celebramos cuando vengas a Tunja 🍻""",
    ),
    m(
        "u07",
        "2025-10-26 08:31",
        _TIA,
        "Fwd: Fwd: CUIDADO con las ofertas de empleo falsas!!!",
        N(),
        text="""Mija lea esto, hay mucho ladrón. Cuídese.

---------- Forwarded message ---------
Asunto: CUIDADO con las ofertas de empleo falsas

Están llegando correos y WhatsApp con supuestas ofertas de trabajo de empresas reconocidas
que piden consignar dinero para "exámenes médicos" o "curso de inducción". NINGUNA empresa
seria cobra por un proceso de selección. Si le piden plata, es estafa. Compártalo con sus
familiares que estén buscando empleo.""",
    ),
    m(
        "u08",
        "2025-11-02 16:40",
        _MAMA,
        "puente festivo",
        N(),
        text="""Mija se viene para el puente? Aqui en Tunja esta haciendo un frio tremendo pero su
hermano va a hacer asado el domingo. Digame para comprarle el pollo.

Mamá""",
    ),
    m(
        "u09",
        "2025-11-18 21:02",
        _CAMILO,
        "pasame el excel ese",
        N(),
        text="""Lau me pasas el Excel de control de asistencia que me mostraste? El que tenía las
fórmulas que se ponen rojas. Lo necesito para los aprendices jaja no sé ni hacer una tabla
dinámica.

Gracias hermanita""",
    ),
    m(
        "u10",
        "2025-12-07 09:15",
        _MAMA,
        "novena en donde la tia",
        N(),
        text="""Mija la novena grande es el 16 en la casa de la tia Marleny, va a ir toda la familia.
Cuando llega a Tunja? Digame para que su hermano la recoja en el terminal.

Mamá""",
    ),
    m(
        "u11",
        "2025-12-17 20:55",
        _MAMA,
        "FELICITACIONES MIJA!!!! 🎉🎉",
        N(),
        text="""Mija que alegria tan grande!!! Su hermano me conto que le salio el trabajo en el
supermercado ese grande, Mercadiario. Yo sabia que Dios la iba a premiar. Ya le conte a
toda la familia jajaja

La quiero muchisimo. Estoy muy orgullosa.
Su mami

Enviado desde Outlook para Android""",
    ),
    m(
        "u12",
        "2025-12-19 07:40",
        _TIA,
        "felicitaciones",
        N(),
        text="""Laurita felicitaciones por su trabajo nuevo. Vio que San Judas no falla. Dios la bendiga
y la proteja en este nuevo camino.

Tía Marleny""",
    ),
    m(
        "u13",
        "2025-12-28 14:20",
        _CAMILO,
        "fotos navidad",
        N(),
        text="""Ahí van las fotos de la noche del 24. La mamá dice que le mandes la de la pólvora a la
tía Luz porque no sabe reenviar 🙄

Ya compré el tiquete de vuelta a Sogamoso para el 5.""",
        attach=[("IMG_20251224_2211.jpg", "image/jpeg", "JPEG")],
    ),
    m(
        "u14",
        "2026-01-10 19:48",
        _MAMA,
        "como le fue?",
        N(),
        text="""Mija como le fue con la visita esa que le iban a hacer a la casa? Le toco a la señora
Nubia la del 401 atender? Ojala haya tenido el apartamento ordenado jajaja

Avise cuando tenga la fecha del trasteo para ir a ayudarle.

Mamá""",
    ),
    m(
        "u15",
        "2026-01-25 11:06",
        _MAMA,
        "receta arepas boyacenses",
        N(),
        text="""Mija aqui le mando la receta que me pidio:

1 libra de harina de trigo
1/2 libra de cuajada
2 huevos
1 barra de mantequilla
azucar al gusto
Se amasa, se hacen las bolitas y se asan en tiesto o en sarten a fuego bajito.

Besos""",
    ),
    m(
        "u16",
        "2026-02-08 18:30",
        _MAMA,
        "primera semana",
        N(),
        text="""Mija como le fue la primera semana en el trabajo nuevo? Si la tratan bien? Y el
apartamento nuevo si le llega el sol?

Llameme cuando pueda
Mamá""",
    ),
    # --- friends ---------------------------------------------------------------------------
    m(
        "u17",
        "2025-09-22 21:10",
        _JULI,
        "¡¡Empecé en el Páramo!!",
        N(),
        text="""Lau!!!

Hoy fue mi primer día en el Banco del Páramo 🥹 Riesgo de mercado, piso 14, vista a los cerros.
La inducción fue eterna pero la gente se ve bien. Ya te mando la foto del carné jajaja

Y tú qué, cómo vas con lo de BCA? Cuéntame!

Juli""",
    ),
    m(
        "u18",
        "2025-10-10 12:14",
        _JULI,
        "plan viernes",
        N(),
        text="""Hoy plan? Caro y Mafe dicen que vamos a la 85 tipo 8. Anímate que llevas semanas
encerrada con pruebas y entrevistas jajaja""",
    ),
    m(
        "u19",
        "2025-10-30 17:45",
        _PIPE,
        "Me voy de ContactaMás",
        N(),
        text="""Hola Lau,

Te cuento antes de que salga en el grupo: me voy de ContactaMás. Me salió una oferta como BI
Developer en una empresa de logística en Funza y ya pasé la carta de renuncia. Mi último día
es el 14 de noviembre.

Te voy a extrañar en las dailies de los reportes jaja. Hacemos despedida, ya les mando
invitación.

Pipe""",
    ),
    m(
        "u20",
        "2025-11-06 10:03",
        "Felipe Ardila (Google Calendar) <calendar-notification@google.com>",
        "Invitación: Despedida Pipe 🍻 @ vie 14 nov 2025 7pm - 11pm (COT)",
        N(),
        reply_to="pipe.ardila@outlook.com",
        text="""Felipe Ardila te ha invitado a un evento

Despedida Pipe 🍻
Cuándo: viernes 14 nov 2025 7pm – 11pm (hora de Colombia)
Dónde: BBC Usaquén, Cra. 6 # 119B-52, Bogotá

¿Vas a asistir? Sí – Quizás – No

Invitación de Google Calendar""",
        ics=ics(
            "despedida-pipe-20251114@google.com",
            "2025-11-14 19:00",
            "Despedida Pipe 🍻",
            ("Felipe Ardila", "pipe.ardila@outlook.com"),
            minutes=240,
            location="BBC Usaquén, Cra. 6 # 119B-52, Bogotá",
        ),
    ),
    _juli_bca,
    _juli_bca_re,
    m(
        "u23",
        "2025-12-10 13:25",
        "Juliana Rocha (Google Calendar) <calendar-notification@google.com>",
        "Invitación: Cumple Juli 🎂 @ sáb 13 dic 2025 8pm (COT)",
        N(),
        reply_to="juli.rocha.m@gmail.com",
        text="""Juliana Rocha te ha invitado a un evento

Cumple Juli 🎂
Cuándo: sábado 13 dic 2025 8pm – 11:30pm (hora de Colombia)
Dónde: Casa Juli – Cra. 19 # 63-40, Chapinero

"Traigan lo que van a tomar, yo pongo la comida 💃"

¿Vas a asistir? Sí – Quizás – No""",
        ics=ics(
            "cumple-juli-2025@google.com",
            "2025-12-13 20:00",
            "Cumple Juli 🎂",
            ("Juliana Rocha", "juli.rocha.m@gmail.com"),
            minutes=210,
            location="Cra. 19 # 63-40, Chapinero",
        ),
    ),
    m(
        "u24",
        "2026-01-21 08:52",
        "Juliana Rocha (vía Google Drive) <drive-shares-dm-noreply@google.com>",
        'Documento compartido contigo: "Presupuesto trasteo Lau"',
        N(),
        text="""Juliana Rocha compartió una hoja de cálculo

Juliana Rocha (juli.rocha.m@gmail.com) te invitó a editar la siguiente hoja de cálculo:

Presupuesto trasteo Lau

"Te puse los teléfonos de los del trasteo que usé yo, el de Don Efraín es el más barato"

Abrir: https://docs.google.com/spreadsheets/d/1TrasteoLau2026/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "u25",
        "2026-02-06 19:14",
        _PIPE,
        "¿Y qué tal el nuevo camello?",
        N(),
        text="""Lau! Vi en LinkedIn lo de Mercadiario, felicitaciones!! ¿Qué tal la primera semana?
Acá en Funza sigo peleando con el SQL Server del 2012 jajaja. Cuadremos almuerzo un día que
estés por la 100.

Pipe""",
    ),
    m(
        "u26",
        "2025-09-27 15:00",
        "Egresados Ing. Industrial <reencuentro.ingindustrial2015@gmail.com>",
        "Reencuentro 10 años – ¡llena el formulario!",
        N(),
        text="""Hola colegas!! 🎓

Este año se cumplen 10 años de que entramos a la carrera. Estamos organizando un reencuentro
en noviembre. Llenen este formulario para saber cuántos vamos y qué fecha les sirve:

https://forms.gle/Reencuentro2015IngInd

Y cuéntennos en qué andan: dónde trabajan, si se casaron, si tienen hijos, etc. jajaja

El comité organizador (Mafe, Andrés y Dani)""",
    ),
    m(
        "u27",
        "2025-11-30 11:11",
        "Daniela Pinzón <danipinzon.arq@gmail.com>",
        "Save the date 💍 Dani & Mateo",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center;color:#5a4a3a">
<p style="font-size:28px">Save the date</p>
<p style="font-size:22px">Daniela &amp; Mateo</p>
<p>Sábado 18 de abril de 2026 · Villa de Leyva</p>
<p>Invitación formal muy pronto ✨</p>
<p style="font-size:12px">Prima, te esperamos!! 💛</p>
</body></html>""",
    ),
    # --- the arriendo -----------------------------------------------------------------------
    m(
        "u28",
        "2025-10-28 10:20",
        "Arrendamientos La Macarena <estudios@arrendamientoslamacarena.example>",
        "Solicitud de estudio recibida – Inmueble cód. 2231",
        N(),
        text="""Señora Laura Valentina Cárdenas:

Recibimos su solicitud de arrendamiento para el inmueble código 2231 (Calle 26 # 4A-21, apto
502, La Macarena). El estudio de arrendamiento tarda entre 3 y 5 días hábiles y tiene un
costo no reembolsable de $85.000, ya cancelado.

Documentos recibidos: cédula, certificado laboral, 3 últimos desprendibles de nómina, extractos
bancarios. Pendiente: formulario del deudor solidario.

Arrendamientos La Macarena""",
    ),
    m(
        "u29",
        "2025-11-04 16:55",
        "Arrendamientos La Macarena <estudios@arrendamientoslamacarena.example>",
        "Resultado estudio de arrendamiento",
        N(),
        text="""Señora Laura Valentina:

Le informamos que el resultado del estudio de arrendamiento para el inmueble cód. 2231 fue NO
APROBADO. La afianzadora consideró que la relación entre el canon ($2.400.000) y los ingresos
demostrados supera el 40 % permitido.

Puede presentar un nuevo estudio con un deudor solidario adicional con finca raíz, o
consultar otros inmuebles de nuestro portafolio.

Cordialmente,
Departamento de Arrendamientos
Arrendamientos La Macarena""",
    ),
    m(
        "u30",
        "2026-01-05 18:02",
        _CERROS,
        "Confirmación visita – Apto 701 Cra 4 # 57-31",
        N(),
        text="""Buenas tardes Laura,

Le confirmamos la visita al apartamento 701 de la Cra. 4 # 57-31 (Chapinero Alto) el miércoles
7 de enero a las 5:30 p.m. Le estará esperando el asesor Mauricio Bernal (320 555 1189).

Canon: $2.350.000 + administración $310.000.

Inmobiliaria Cerros de Chapinero""",
        ics=ics(
            "visita-701-cra4-5731@inmobiliariacerros.example",
            "2026-01-07 17:30",
            "Visita apto 701 – Cra 4 # 57-31",
            ("Inmobiliaria Cerros de Chapinero", "arriendos@inmobiliariacerros.example"),
            minutes=30,
            location="Cra. 4 # 57-31, Bogotá",
        ),
    ),
    m(
        "u31",
        "2026-01-08 09:14",
        _CERROS,
        "Requisitos estudio de arrendamiento – Apto 701",
        N(),
        text="""Buen día Laura,

Como conversó con Mauricio, para iniciar el estudio de arrendamiento del apto 701 necesitamos:

- Fotocopia de la cédula al 150 %
- Carta laboral con cargo, salario, tipo de contrato y fecha de ingreso (puede ser la carta
  oferta firmada si aún no ha ingresado)
- Extractos bancarios de los últimos 3 meses
- Formulario de solicitud diligenciado (adjunto)
- Deudor solidario con sus documentos

El estudio lo realiza la afianzadora Fianza Segura. Una vez radicado, la respuesta tarda 48
horas hábiles.

Inmobiliaria Cerros de Chapinero
Cra. 5 # 70-22 – Bogotá""",
        attach=[("Formulario_Solicitud_Arrendamiento.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n")],
    ),
    m(
        "u32",
        "2026-01-12 11:41",
        "Fianza Segura <radicacion@fianzasegura.example>",
        "Radicación solicitud No. 2026-004471",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Su solicitud de estudio de arrendamiento fue radicada con el número 2026-004471.

Inmobiliaria: INMOBILIARIA CERROS DE CHAPINERO
Inmueble: CRA 4 57 31 AP 701
Canon: $2.350.000

Para consultar el estado: https://www.fianzasegura.example/consulta?rad=2026-004471

Es posible que uno de nuestros analistas se comunique con usted o con su deudor solidario para
verificar la información.

Fianza Segura S.A.""",
    ),
    m(
        "u33",
        "2026-01-14 17:20",
        "Fianza Segura <radicacion@fianzasegura.example>",
        "Resultado solicitud No. 2026-004471: APROBADA",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Nos complace informarle que su solicitud de estudio de arrendamiento No. 2026-004471 fue
APROBADA. La inmobiliaria se comunicará con usted para la firma del contrato.

Fianza Segura S.A.""",
    ),
    m(
        "u34",
        "2026-01-15 10:05",
        _CERROS,
        "¡Aprobado! Siguientes pasos – contrato apto 701",
        N(),
        text="""Laura, buenos días. ¡Felicitaciones, el estudio salió aprobado!

Le enviaremos el contrato por DocuSign para su firma y la de su deudor solidario (Sra. Gloria
Pinzón). El primer canon y el depósito se pagan antes de la entrega. La entrega del inmueble
con inventario sería el sábado 31 de enero.

Inmobiliaria Cerros de Chapinero""",
    ),
    _docu_lease,
    m(
        "u37",
        "2026-01-20 21:17",
        "DocuSign <dse_NA4@docusign.net>",
        "Completado: Contrato de Arrendamiento Vivienda Urbana – Cra 4 # 57-31 Apto 701",
        N(),
        html="""<html><body style="font-family:Helvetica,Arial;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;margin-top:16px">
<p>Todas las partes han completado Contrato de Arrendamiento Vivienda Urbana – Cra 4 # 57-31 Apto 701.</p>
<a href="https://na4.docusign.net/Member/EmailStart.aspx?m=77b1-cerros-done" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VER DOCUMENTO COMPLETADO</a></div>
</td></tr></table></body></html>""",
    ),
    m(
        "u38",
        "2026-01-27 15:30",
        _CERROS,
        "Entrega del inmueble e inventario – sábado 31 de enero",
        N(),
        text="""Laura, buenas tardes:

La entrega del apto 701 con inventario fotográfico queda para el sábado 31 de enero a las
9:00 a.m. Recuerde traer el soporte de pago del primer canon y del depósito. Le entregaremos
llaves, control del parqueadero y el manual de convivencia del edificio.

Inmobiliaria Cerros de Chapinero""",
        ics=ics(
            "entrega-701-cra4-5731@inmobiliariacerros.example",
            "2026-01-31 09:00",
            "Entrega inmueble apto 701 – inventario",
            ("Inmobiliaria Cerros de Chapinero", "arriendos@inmobiliariacerros.example"),
            location="Cra. 4 # 57-31, apto 701",
        ),
    ),
    # --- the master's admission -------------------------------------------------------------
    m(
        "u40",
        "2025-09-09 16:31",
        _UCA,
        "Hemos recibido su solicitud de admisión – Maestría en Analítica de Datos",
        N(),
        text="""Apreciada aspirante:

La Universidad Central Andina confirma la recepción de su solicitud de admisión al programa
Maestría en Analítica de Datos (modalidad presencial, jornada nocturna), periodo 2026-1.

Número de inscripción: POS-2026-1-00731
Estado: Documentos en verificación

Próximos pasos: revisión documental, entrevista de admisión y publicación de resultados el 8
de octubre.

Oficina de Admisiones – Escuela de Posgrados
Universidad Central Andina""",
    ),
    _uca_int,
    m(
        "u43",
        "2025-10-08 17:00",
        _UCA,
        "Resultado proceso de admisión 2026-1",
        N(),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Apreciada LAURA VALENTINA CÁRDENAS PINZÓN:</p>
<p>¡Felicitaciones! Nos complace informarle que ha sido <b>ADMITIDA</b> a la <b>Maestría en Analítica
de Datos</b>, cohorte 2026-1.</p>
<p>Su recibo de matrícula estará disponible a partir del 20 de octubre en el portal del estudiante.
Recuerde que puede solicitar descuento por convenio empresarial o por ser egresada de una
universidad pública.</p>
<p>Bienvenida a la comunidad UCA.</p>
<p>Escuela de Posgrados<br>Universidad Central Andina</p>
</body></html>""",
    ),
    m(
        "u44",
        "2025-10-20 08:00",
        "Tesorería UCA <tesoreria@ucandina.example>",
        "Liquidación de matrícula 2026-1 – POS-2026-1-00731",
        N(),
        text="""Estimada estudiante:

Su liquidación de matrícula para el periodo 2026-1 está disponible.

Valor: $14.860.000
Pago ordinario hasta: 12 de diciembre de 2025
Pago extraordinario hasta: 16 de enero de 2026 (recargo 5 %)

Opciones de financiación con ICETEX y entidades aliadas en el portal.

Tesorería – Universidad Central Andina""",
    ),
    m(
        "u45",
        "2025-12-05 10:22",
        _UCA,
        "RE: Solicitud de aplazamiento de cupo – POS-2026-1-00731",
        N(),
        text="""Apreciada Laura Valentina:

Le informamos que el Comité del programa aprobó su solicitud de aplazamiento de cupo. Su
admisión queda vigente para el periodo 2026-2 (agosto de 2026), sin necesidad de repetir la
entrevista. Deberá confirmar su intención de matricularse antes del 15 de junio de 2026.

Le deseamos muchos éxitos en sus proyectos profesionales.

Oficina de Admisiones – Escuela de Posgrados
Universidad Central Andina

-----Mensaje original-----
De: Laura Valentina Cárdenas <lauracardenas.pinzon@gmail.com>
Enviado: martes, 2 de diciembre de 2025 9:15 p. m.
Asunto: Solicitud de aplazamiento de cupo – POS-2026-1-00731

Buenas noches, quisiera solicitar el aplazamiento de mi cupo para 2026-2, ya que estoy
terminando un proceso de selección y probablemente cambie de trabajo en febrero...""",
    ),
    m(
        "u46",
        "2025-09-30 12:00",
        "Posgrados Universidad del Bosque Alto <posgrados@ubosquealto.example>",
        "Open House Maestrías – sábado 4 de octubre ✨",
        N(),
        html="""<html><body style="font-family:Arial;max-width:600px">
<h2>Open House de Posgrados</h2>
<p>Conoce nuestras maestrías en Ciencia de Datos, Finanzas y Gerencia de Proyectos. Entrevista de admisión el mismo día y 15 % de descuento en la primera matrícula.</p>
<p><a href="https://www.ubosquealto.example/openhouse?utm_source=mailing">Inscríbete</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.ubosquealto.example/baja">No deseo recibir más correos</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://www.ubosquealto.example/baja>"},
    ),
    # --- health ------------------------------------------------------------------------------
    m(
        "u47",
        "2025-09-11 08:44",
        _EPS,
        "Confirmación de cita – Medicina General",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Su cita ha sido asignada:

Servicio: MEDICINA GENERAL
Fecha: martes 16 de septiembre de 2025
Hora: 7:20 a.m.
Sede: Unidad de Servicios de Salud Calle 67
Profesional: Dra. Angélica María Sossa

Llegue 20 minutos antes con su documento de identidad. Si no puede asistir, cancele con 24
horas de anticipación por la app o al 601 444 4234.

Compensar EPS""",
        ics=ics(
            "cita-mg-20250916-1020784331@compensar.com",
            "2025-09-16 07:20",
            "Cita Medicina General – Compensar",
            ("Compensar EPS", "citas@compensar.com"),
            minutes=20,
            location="Unidad de Servicios de Salud Calle 67",
        ),
    ),
    m(
        "u48",
        "2025-10-16 14:08",
        "Laboratorio Clínico Compensar <resultados@compensar.com>",
        "Sus resultados de laboratorio están disponibles",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Los resultados de los exámenes tomados el 14/10/2025 ya están disponibles en el portal de
usuarios. Por seguridad, el archivo está protegido con su número de documento.

Compensar EPS""",
    ),
    m(
        "u49",
        "2025-11-24 18:30",
        "Sonrisa Plena Odontología <citas@sonrisaplena.example>",
        "Recordatorio: limpieza dental – jueves 27 de noviembre",
        N(),
        text="""Hola Laura,

Te recordamos tu cita de profilaxis y control con la Dra. Paula Medina el jueves 27 de
noviembre a las 6:00 p.m. en Cra. 15 # 79-40 cons. 203.

Responde SÍ para confirmar.

Sonrisa Plena Odontología""",
        ics=ics(
            "sonrisaplena-cita-88213",
            "2025-11-27 18:00",
            "Limpieza dental – Dra. Paula Medina",
            ("Sonrisa Plena Odontología", "citas@sonrisaplena.example"),
            minutes=45,
            location="Cra. 15 # 79-40 cons. 203",
        ),
    ),
    m(
        "u50",
        "2026-01-13 11:59",
        "Compensar EPS <autorizaciones@compensar.com>",
        "Autorización de servicios APROBADA No. 91822045",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Su solicitud de autorización de servicios fue APROBADA:

No. autorización: 91822045
Servicio: CONSULTA DE OPTOMETRIA
Prestador: Visión Total IPS – Calle 63 # 11-20
Vigencia: 90 días

Compensar EPS""",
    ),
    m(
        "u51",
        "2025-12-22 15:10",
        "Salud Ocupacional Integral IPS <resultados@saludocupacionalintegral.example>",
        "Certificado de aptitud laboral – examen de ingreso",
        J("other_job", "other", MD, MDR),
        text="""Señor(a) CARDENAS PINZON LAURA VALENTINA

Le informamos que el concepto del examen médico ocupacional de ingreso realizado el
20/12/2025, solicitado por la empresa GRUPO EMPRESARIAL BACATA S.A.S. / MERCADIARIO S.A.S.
para el cargo ANALISTA DE DATOS COMERCIALES, es:

CONCEPTO: APTO SIN RESTRICCIONES

El certificado fue enviado a la empresa. Recomendaciones: pausas activas cada 2 horas e
higiene postural.

Salud Ocupacional Integral IPS""",
    ),
    # --- travel, errands and the old job ---------------------------------------------------------
    m(
        "u52",
        "2025-12-15 20:40",
        "Expreso Boyacense <tiquetes@expresoboyacense.example>",
        "Tu tiquete Bogotá – Tunja está confirmado",
        N(),
        text="""¡Hola LAURA!

Compra confirmada. Código de reserva: EB-77120

Ruta: Bogotá (Terminal Salitre) → Tunja
Fecha: martes 23 de diciembre de 2025
Hora de salida: 6:30 a.m.
Silla: 14
Valor: $38.000

Presenta el código QR adjunto en la taquilla o al conductor.

Expreso Boyacense S.A.""",
    ),
    m(
        "u53",
        "2025-11-28 22:01",
        "Aerocaribe <reservas@aerocaribe.example>",
        "Confirmación de reserva KQ7M2P – Bogotá ⇄ Santa Marta",
        N(),
        text="""Hola Laura Valentina,

Tu reserva está confirmada.

Código de reserva: KQ7M2P
Ida: BOG → SMR viernes 9 de enero de 2026, 6:05 a.m.
Regreso: SMR → BOG lunes 12 de enero de 2026 (festivo), 7:40 p.m.
Pasajeros: 3 adultos

Total pagado: COP 1.284.600

Aerocaribe""",
    ),
    m(
        "u54",
        "2026-01-08 06:05",
        "Aerocaribe <checkin@aerocaribe.example>",
        "Ya puedes hacer check-in para tu vuelo a Santa Marta",
        N(),
        text="""Hola Laura Valentina,

El check-in para tu vuelo BOG → SMR del 9 de enero ya está abierto. Haz check-in en línea y
descarga tu pase de abordar.

Check-in: https://www.aerocaribe.example/checkin?pnr=KQ7M2P

Aerocaribe""",
    ),
    m(
        "u55",
        "2025-12-22 17:35",
        "Gestión Humana ContactaMás <gestionhumana@contactamas.example>",
        "Aceptación de renuncia – Laura Valentina Cárdenas Pinzón",
        N(),
        text="""Bogotá D.C., 22 de diciembre de 2025

Señora
LAURA VALENTINA CÁRDENAS PINZÓN
Analista de Reportes – Operación Telecomunicaciones

Asunto: Aceptación de renuncia

ContactaMás BPO S.A.S. acepta la renuncia voluntaria presentada por usted el 19 de
diciembre de 2025. Su último día laboral será el 30 de enero de 2026.

Le recordamos realizar el proceso de paz y salvo (entrega de equipo, carné y tarjeta de
acceso) y el examen médico de egreso. La liquidación de prestaciones sociales será consignada
dentro de los 5 días hábiles siguientes a su retiro.

Agradecemos su compromiso durante estos tres años y le deseamos éxitos.

Dirección de Gestión Humana
ContactaMás BPO S.A.S.""",
    ),
    m(
        "u56",
        "2026-02-05 10:44",
        "Nómina ContactaMás <nomina@contactamas.example>",
        "Liquidación de contrato y certificado laboral",
        N(),
        text="""Buenos días,

Adjuntamos la liquidación definitiva de su contrato de trabajo y el certificado laboral. La
consignación se realizó hoy a la cuenta registrada.

Cualquier inquietud con gusto la atendemos.

Nómina – ContactaMás BPO S.A.S.""",
        attach=[
            ("Liquidacion_1020784331.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"),
            ("Certificado_Laboral_1020784331.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"),
        ],
    ),
    m(
        "u57",
        "2026-02-19 12:05",
        "Diana Carolina Vega <dvega@mercadiario.example>",
        "Almuerzo de bienvenida 🥗",
        N(),
        text="""Equipo,

El viernes 20 vamos a almorzar para darle la bienvenida oficial a Laura, que llegó hace dos
semanas al equipo de Planeación Comercial. Reservé en Wok de la 93 a la 12:30.

Laura, ¡bienvenida otra vez! Ya estás sobreviviendo al cierre de mes como una más 😄

Diana""",
        to="Planeación Comercial <planeacion.comercial@mercadiario.example>",
        cc="Laura Valentina Cárdenas <lcardenas@mercadiario.example>",
    ),
    m(
        "u58",
        "2026-02-20 08:00",
        "Registraduría Nacional del Estado Civil <jurados@registraduria.gov.co>",
        "Notificación de designación como jurado de votación – Elecciones 8 de marzo de 2026",
        N(),
        text="""Señor(a) CARDENAS PINZON LAURA VALENTINA
C.C. 1020784331

La Registraduría Nacional del Estado Civil le informa que fue designado(a) como JURADO DE
VOTACIÓN para las elecciones de Congreso de la República del 8 de marzo de 2026.

Puesto: Colegio Distrital Manuela Beltrán – Mesa 17
Capacitación obligatoria: consulte fecha y lugar en www.registraduria.gov.co

El cargo de jurado es de forzosa aceptación (art. 105 Código Electoral).

Registraduría Nacional del Estado Civil""",
    ),
    m(
        "u59",
        "2025-10-19 15:27",
        "Mercado Libre <info@mercadolibre.com.co>",
        "¡Tu compra llegó! Soporte para portátil ajustable",
        N(),
        text="""Laura, tu paquete fue entregado

Soporte para portátil ajustable de aluminio
Entregado el domingo 19 de octubre en Calle 53 # 27-18.

¿Qué te pareció el producto? Califícalo en la app.

Mercado Libre Colombia""",
    ),
    m(
        "u60",
        "2026-01-30 19:30",
        "Don Efraín Trasteos <trasteosdonefrain@gmail.com>",
        "cotizacion trasteo",
        N(),
        text="""Buenas noches señorita Laura

Le confirmo el trasteo para el sabado 31 a la 1 pm de Calle 53 # 27-18 Galerias a Cra 4 #
57-31 Chapinero Alto. Camion de 3 toneladas con 2 ayudantes, $480.000, incluye embalaje de
nevera y lavadora. Se paga la mitad al cargar y la mitad al descargar.

Efrain Moreno
Cel 312 555 6643""",
    ),
    m(
        "u61",
        "2025-12-02 19:10",
        "Compensar <certificados@compensar.com>",
        "Certificado de afiliación solicitado",
        N(),
        text="""Señor(a) LAURA VALENTINA CARDENAS PINZON

Adjunto encontrará el certificado de afiliación a Compensar EPS que solicitó a través de
nuestro portal, con fecha de expedición 02/12/2025.

Compensar""",
        attach=[("Certificado_Afiliacion_EPS.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n")],
    ),
]
