# ruff: noqa: E501, RUF100
"""Corpus 150, friends, family, the fulbito group and the current job (data only): see
heldout150.py."""

from __future__ import annotations

from typing import Any

from heldout150_jobs import ME, N, ics, m, rp

_GRP = "fulbito-fic2012@googlegroups.com"
_MOM = "Gladys Villanueva <gladys.villanueva58@hotmail.com>"
_DAD = "Teodoro Quispe <tquispe_h@yahoo.com>"
_SIS = "Fiorella Quispe <fiorella.quispe.v@gmail.com>"
_AND = "Andrea Torres <andrea.torres.salas@gmail.com>"
_LUCHO = "Luis Paucar <lucho.paucar@gmail.com>"
_KATY = "Katherine Mendoza <katy_mendoza88@hotmail.com>"
_DIEGO = "Diego Salcedo <diegosalcedo.ing@gmail.com>"
_PRIMO = "Jhonatan Villanueva <jhonatan.villanueva.r@gmail.com>"
_JULIO = "Julio Ñahui <julio.nahui.ing@gmail.com>"
_JEFE = "Carlos Mestanza Ruiz <cmestanza@limatambo.example>"
_GRP_FOOT = (
    '\n\n--\nRecibiste este mensaje porque estás suscrito al grupo "Fulbito FIC 2012" de Google Groups.\n'
    "Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un correo "
    "electrónico a fulbito-fic2012+unsubscribe@googlegroups.com.\n"
)


def _grp(addr: str) -> dict[str, Any]:
    """A message to the fulbito group, as Google Groups rewrites it."""
    return {
        "to": _GRP,
        "reply_to": _GRP,
        "sender": _GRP,
        "headers": {
            "List-Id": "<fulbito-fic2012.googlegroups.com>",
            "X-Original-Sender": addr,
            "Mailing-list": "list fulbito-fic2012@googlegroups.com",
        },
    }


_f1 = m(
    "l1a1",
    "2025-09-03 13:22",
    "Bruno Tapia <brunotapia10@gmail.com>",
    "Pichanga jueves 9pm - Los Cedros",
    N(),
    "Muchachos, confirmen para el jueves 9pm en Los Cedros (cancha 3). Somos 9 hasta ahora, faltan 3.\n"
    "Son 15 luquitas por cabeza, yo pago la cancha y me yapean.\n\nBruno" + _GRP_FOOT,
    **_grp("brunotapia10@gmail.com"),
)

_mom1 = m(
    "l1a2",
    "2025-09-04 19:40",
    _MOM,
    "cumpleaños del abuelito",
    N(),
    "Hijito buenas noches\n\nte escribo para recordarte que el domingo 14 es el cumpleaños 85 del abuelito "
    "Marcelino, vamos a hacer almuerzo en la casa de Chosica, tu tía Chela va a hacer pachamanca. Avisale a "
    "Andrea para que venga tambien.\n\nno te olvides de llevar la torta que encargamos en la panaderia de San Borja\n\n"
    "te quiere tu mamá\n",
)

_and1 = m(
    "l1a3",
    "2025-09-07 22:15",
    _AND,
    "lo que hablamos",
    N(),
    "Amor, estuve sacando cuentas de lo que hablamos ayer de mudarnos juntos. Si sumamos los dos podemos "
    "pagar hasta 2,500 por un depa en Surquillo o Surco, cerca de mi chamba y del Metropolitano. Te paso "
    "algunos que vi en Urbania y Adondevivir, mañana los vemos con calma.\n\nBesos\nA.\n",
)

_julio1 = m(
    "l1a4",
    "2025-09-09 18:03",
    _JULIO,
    "Planos Torre B rev 4",
    N(),
    "Ing. le paso los planos de estructuras de la Torre B revisión 4, los que mandó el proyectista hoy. "
    "Cambiaron las vigas del piso 7 y hay que ver si afecta el encofrado que ya pedimos. Se los mando acá "
    "porque el correo de la empresa está lento.\n\nJulio\n",
    attach=[("TB-E-07_rev4.txt", "text/plain", "Listado de planos Torre B rev.4: E-01..E-12\n")],
)

_lucho1 = m(
    "l1a5",
    "2025-09-12 23:10",
    _LUCHO,
    "oe",
    N(),
    "Renzo qué fue causa\n\nte cuento que me llamaron de la minera de Cajamarca donde postulé en julio, "
    "tuve entrevista ayer con el superintendente y creo que fue bien. Me dijeron que la siguiente semana "
    "me mandan al examen médico, si pasa eso ya estaría. Es 14x7, planeamiento de mina.\n\n"
    "Y tú? seguías mandando CVs? avisa para ir por unas chelas\n\nLucho\n",
)

_lucho2 = m(
    "l1a6",
    "2025-09-14 10:02",
    ME,
    "Re: oe",
    N(),
    "Bien ahí Lucho!! Ojalá salga, te lo mereces.\n\nYo sigo mandando, ya postulé a varias mineras y "
    "contratistas, a ver qué sale. El viernes chelas de todas maneras.\n\nAbrazo\nRenzo\n\n"
    "El vie, 12 sept 2025 a las 23:10, Luis Paucar <lucho.paucar@gmail.com> escribió:\n"
    "> Renzo qué fue causa\n>\n> te cuento que me llamaron de la minera de Cajamarca donde postulé en julio,\n> ...\n",
    to=_LUCHO,
    **rp(_lucho1),
)

_sis1 = m(
    "l1a7",
    "2025-09-18 20:47",
    _SIS,
    "Lista de invitados (revisa tus amigos)",
    N(),
    "Renzo, te paso la lista de invitados para la boda, revisa la parte de tus amigos y de la familia de "
    "papá porque ya nos estamos pasando de 180. Necesito que me confirmes si va Lucho con pareja y si "
    "invitamos a tus compañeros de la obra o no.\n\nPD: la despedida de soltera es el 24 de enero, así que "
    "ese fin de semana ni se te ocurra estar en obra jaja\n\nFio\n",
    attach=[
        ("Invitados_boda_v3.csv", "text/csv", "nombre,lado,confirmado\nLuis Paucar,novia,si\n")
    ],
)

_f2 = m(
    "l1a8",
    "2025-09-24 17:05",
    "Jorge Cahuana <jcahuana.uni@gmail.com>",
    "Re: Pichanga jueves 9pm - Los Cedros",
    N(),
    "yo caigo tarde, como 9:20, guárdenme\n\nEl mié., 24 sept. 2025 a las 12:10, Bruno Tapia escribió:\n"
    "> Esta semana también jueves muchachos, confirmen\n" + _GRP_FOOT,
    **_grp("jcahuana.uni@gmail.com"),
)

_dad1 = m(
    "l1a9",
    "2025-09-27 08:30",
    _DAD,
    "EsSalud de tu mamá",
    N(),
    "Renzo:\n\nTu mamá ya tiene la cita en el Rebagliati para el 9 de octubre, cardiología. Yo la llevo pero "
    "si puedes recógenos a la salida porque termina tarde.\n\nTu papá\nTeodoro\n",
)

_katy1 = m(
    "l1b0",
    "2025-10-02 21:58",
    _KATY,
    "me botaron :(",
    N(),
    "Hola Renzo, cómo estás?\n\nTe cuento que ayer la constructora hizo recorte de personal y me tocó. "
    "Dicen que se cayó el financiamiento del proyecto de Magdalena y se quedaron solo con lo mínimo. "
    "Estoy un poco en shock la verdad, 4 años ahí.\n\n"
    "Si sabes de algo de calidad o de oficina técnica pásame la voz porfa. Ya actualicé mi CV y estoy "
    "postulando en Computrabajo y LinkedIn como loca.\n\nUn abrazo\nKaty\n",
)

_and2 = m(
    "l1b1",
    "2025-10-03 12:40",
    _AND,
    "mira este!!",
    N(),
    "https://urbania.pe/inmueble/alquiler-de-departamento-en-santiago-de-surco-lima-2-dormitorios-68773321\n\n"
    "Caminos del Inca, piso 5, con balcón y cochera. 2,450 con mantenimiento. Vamos a verlo el sábado?\n",
)

_jefe1 = m(
    "l1b2",
    "2025-10-07 19:12",
    _JEFE,
    "Reunión de obra semanal - sábado 11/10",
    N(),
    "Estimados:\n\nLes recuerdo la reunión de obra del sábado a las 8:00 a. m. en la caseta de obra con la "
    "supervisión y el cliente. Renzo, por favor lleva el avance valorizado a la fecha y la curva S "
    "actualizada; el cliente va a preguntar por el atraso de las losas del piso 9.\n\n"
    "(Lo envío también a sus correos personales porque el Exchange está con problemas.)\n\n"
    "Saludos,\nIng. Carlos Mestanza Ruiz\nGerente de Proyecto – Residencial Torres del Parque\n"
    "Constructora Limatambo S.A.C.\n",
    to="Renzo Quispe <renzo.quispe.v@gmail.com>, Julio Ñahui <julio.nahui.ing@gmail.com>",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000AB12CD34EF56AB78",
        "2025-10-11 08:00",
        "Reunión de obra semanal - Torres del Parque",
        ("Carlos Mestanza Ruiz", "cmestanza@limatambo.example"),
        style="outlook",
        minutes=120,
        location="Caseta de obra - Av. San Luis 2710, San Borja",
        attendees=[("Julio Ñahui", "julio.nahui.ing@gmail.com")],
    ),
)

_lucho3 = m(
    "l1b3",
    "2025-10-09 20:20",
    _LUCHO,
    "excel de metrados",
    N(),
    "te paso el excel de metrados de acero que te dije, el que tiene las macros para los ganchos. "
    "Úsalo nomás, no le pases a nadie jaja\n",
    attach=[
        ("Metrado_acero_macros.csv", "text/csv", "elemento,diametro,longitud\nV-101,5/8,6.35\n")
    ],
)

_f3 = m(
    "l1b4",
    "2025-10-11 10:33",
    "Renato Flores <renatoflores.fic@gmail.com>",
    "Polla Perú vs Chile 🇵🇪",
    N(),
    "La polla de siempre, 20 soles. Mandan su resultado hasta el martes 6pm.\n\n"
    "Renato: 1-0\nBruno: 2-1\nJorge: 1-1\n\nYapear al 987-xxx-210\n" + _GRP_FOOT,
    **_grp("renatoflores.fic@gmail.com"),
)

_f4 = m(
    "l1b5",
    "2025-10-14 09:15",
    "Bruno Tapia <brunotapia10@gmail.com>",
    "Re: Pichanga jueves 9pm - Los Cedros",
    N(),
    "Renzo cómo sigue esa rodilla? Ese foul del flaco fue criminal. Ve al trauma nomás, no te hagas el "
    "macho que después es peor.\n\nEsta semana jugamos sin ti entonces.\n" + _GRP_FOOT,
    **_grp("brunotapia10@gmail.com"),
)

_dad2 = m(
    "l1b6",
    "2025-10-16 07:50",
    _DAD,
    "Fw: Minería: la cartera de proyectos",
    N(),
    "Hijo mira este artículo, dice que las mineras van a invertir bastante, ahí está tu futuro.\n"
    "Papá\n\n----- Mensaje reenviado -----\nDe: Obras & Minería Semanal\nAsunto: MINEM: cartera de "
    "proyectos mineros 2025 suma US$ 64 mil millones\n\nLa cartera de proyectos de construcción de mina "
    "incluye 67 proyectos en 16 regiones...\n",
)

_mom2 = m(
    "l1b7",
    "2025-10-19 11:05",
    _MOM,
    "lonche",
    N(),
    "Hijito vienen a lonche hoy con Andrea? hice mazamorra morada y arroz con leche, el clasico.\n"
    "Avisame para guardarles\n",
)

_primo1 = m(
    "l1b8",
    "2025-10-26 20:14",
    _PRIMO,
    "saludos desde Antofagasta",
    N(),
    "Primo, ¿cómo estás?\n\nTanto tiempo. Acá todo bien, ya cumplí un año en la faena. Te cuento que la "
    "semana pasada tuve entrevista para pasar a supervisor de turno en mantenimiento de planta, me "
    "entrevistaron el superintendente y una sicóloga (acá hacen la famosa evaluación psicolaboral para todo). "
    "Me dijeron que en noviembre me dan la respuesta.\n\n"
    "La tía me dijo que tú también andas buscando en minería. Acá en Chile piden harto planner, pero las "
    "empresas prefieren gente que ya esté con visa. Cualquier cosa te cuento cómo es el tema.\n\n"
    "Un abrazo a la familia\nJhonatan\n",
)

_diego1 = m(
    "l1b9",
    "2025-10-29 22:48",
    _DIEGO,
    "consulta: me conviene?",
    N(),
    "Renzo, una consulta de pata. Me hicieron una oferta de una contratista minera en Moquegua: "
    "14x7, S/ 9,800 brutos, EPS, pero el contrato es por obra y a plazo fijo de 1 año. Yo estoy en "
    "planilla indefinida en la inmobiliaria ganando 8,200.\n\n"
    "¿Tú qué harías? Mi esposa no está muy convencida por lo de los 14 días fuera.\n\nDiego\n",
)

_and3 = m(
    "l1c0",
    "2025-11-01 08:02",
    _AND,
    "mudanza checklist",
    N(),
    "Amor, checklist de hoy:\n- 9am llega la camioneta de mudanza (el señor Rómulo, 940 331 200)\n"
    "- llaves con Paola a las 10\n- cortar internet del depa de San Borja\n- comprar cortinas en Promart\n\n"
    "Te quiero ❤\n",
)

_julio2 = m(
    "l1c1",
    "2025-11-04 17:25",
    _JULIO,
    "cronograma actualizado",
    N(),
    "Ing. ahí le mando el cronograma actualizado con el avance a la fecha en P6 y el Excel de la curva S. "
    "La ruta crítica se movió 6 días por las losas. Revíselo antes de mandarlo al Ing. Mestanza porfa.\n\nJulio\n",
    attach=[("TDP_avance_2025-11-04.xer", "text/plain", "ERMHDR\t19.12\t2025-11-04\n")],
)

_sis2 = m(
    "l1c2",
    "2025-11-09 16:00",
    _SIS,
    "Invitación: Boda Fiorella & Martín",
    N(),
    "¡Reserva la fecha! Boda civil y religiosa de Fiorella & Martín. Sábado 14 de febrero de 2026, 5 p. m., "
    "Parroquia Santa Rosa de Lima (Chaclacayo), recepción en Casa Hacienda Los Ángeles.\n",
    ics=ics(
        "boda-fio-martin-0214@google.com",
        "2026-02-14 17:00",
        "Boda Fiorella & Martín 💍",
        ("Fiorella Quispe", "fiorella.quispe.v@gmail.com"),
        minutes=420,
        location="Parroquia Santa Rosa de Lima, Chaclacayo",
    ),
)

_diego2 = m(
    "l1c3",
    "2025-11-12 12:31",
    _DIEGO,
    "Re: consulta: me conviene?",
    N(),
    "Al final acepté causa, ya firmé la carta oferta ayer. Empiezo el 1 de diciembre. Gracias por el consejo "
    "de negociar lo del bono, me subieron 600.\n\nPD: si te llaman de Minkay diles que me conoces jaja\n",
    **rp(_diego1),
)

_katy2 = m(
    "l1c4",
    "2025-11-16 20:40",
    _KATY,
    "tengo entrevista el lunes!!",
    N(),
    "Renzo!! me llamaron de una constructora de Lurín para QA/QC, tengo entrevista el lunes con el jefe de "
    "calidad. Tú que has estado en varias entrevistas, ¿qué me pueden preguntar? Estoy nerviosa.\n\nKaty\n",
)

_katy3 = m(
    "l1c5",
    "2025-11-17 06:55",
    ME,
    "Re: tengo entrevista el lunes!!",
    N(),
    "Katy qué buena!! Seguro te preguntan por protocolos, dossier de calidad, cómo manejas las no "
    "conformidades con el residente y algún caso de ensayo de concreto que salió mal. Llévate ejemplos "
    "concretos de tu obra de Magdalena. Y pregunta tú también por el proyecto. Vas a ir bien.\n\nÉxitos!\nRenzo\n",
    to=_KATY,
    **rp(_katy2),
)

_f5 = m(
    "l1c6",
    "2025-11-19 18:44",
    "Bruno Tapia <brunotapia10@gmail.com>",
    "Cancha reservada + chancho al palo sáb 29",
    N(),
    "Señores, reservé la cancha del club el sábado 29 de 4 a 6 y después chancho al palo en la casa del "
    "Jorge. Cuota 50 soles, incluye chela. Confirmen hasta el miércoles.\n" + _GRP_FOOT,
    **_grp("brunotapia10@gmail.com"),
)

_lucho4 = m(
    "l1c7",
    "2025-11-23 21:30",
    _LUCHO,
    "ya bajé",
    N(),
    "Renzo ya terminé mi primera guardia en la mina, 14 días que se pasan lentazo al inicio. La inducción "
    "fue de 4 días, el campamento está bien, la comida mejor que en obra jaja. El trabajo es más de "
    "oficina de lo que pensaba.\n\nEl viernes chelas? te cuento todo\n",
)

_mom3 = m(
    "l1c8",
    "2025-11-30 18:10",
    _MOM,
    "navidad",
    N(),
    "Hijito, este año pasamos navidad en Huancayo con tu tía Chela? tu papá quiere ir el 23 en bus y "
    "regresar el 26. Tu y Andrea se animan? o van a estar con la familia de ella\n\nmamá\n",
)

_katy4 = m(
    "l1c9",
    "2025-12-04 19:19",
    _KATY,
    "CONSEGUÍ CHAMBA 🎉",
    N(),
    "Renzoooo me aceptaron!! Ingeniera de Calidad en la constructora de Lurín, empiezo el 15. Gracias por los "
    "tips, me preguntaron justo lo de las no conformidades. Te debo un almuerzo.\n\nKaty\n",
)

_diego3 = m(
    "l1d0",
    "2025-12-06 11:00",
    _DIEGO,
    "Invitación: Reencuentro Promo 2012 FIC-UNI",
    N(),
    "Te invitamos al reencuentro de la promo 2012 de la FIC. Sábado 13 de diciembre, 8 p. m., "
    "en La Tiendecita Blanca (Miraflores) – privado del segundo piso.\n",
    ics=ics(
        "reencuentro-fic2012-1213@google.com",
        "2025-12-13 20:00",
        "Reencuentro Promo 2012 FIC-UNI",
        ("Diego Salcedo", "diegosalcedo.ing@gmail.com"),
        minutes=240,
        location="Miraflores, Lima",
        attendees=[
            ("Luis Paucar", "lucho.paucar@gmail.com"),
            ("Bruno Tapia", "brunotapia10@gmail.com"),
        ],
    ),
)

_f6 = m(
    "l1d1",
    "2025-12-11 15:27",
    "Bruno Tapia <brunotapia10@gmail.com>",
    "Campeonato de fin de año ⚽🏆",
    N(),
    "Campeonato de fin de año el sábado 20, 4 equipos de 7. Los equipos se sortean ese día. Les mando la "
    "invitación para que no se olviden. Premio: la copa de la promo y una caja de chelas.\n"
    + _GRP_FOOT,
    ics=ics(
        "campeonato-fic2012-1220@google.com",
        "2025-12-20 15:00",
        "Campeonato fulbito FIC 2012",
        ("Bruno Tapia", "brunotapia10@gmail.com"),
        minutes=240,
        location="Complejo deportivo Los Cedros, Chorrillos",
    ),
    **_grp("brunotapia10@gmail.com"),
)

_dad3 = m(
    "l1d2",
    "2025-12-14 09:10",
    _DAD,
    "pasajes",
    N(),
    "Renzo compré los pasajes a Huancayo para el 23 en Molina, tu mamá y yo. Ustedes se van a Cusco "
    "entonces? Está bien, pero vengan el 1 a almorzar.\nPapá\n",
)

_katy5 = m(
    "l1d3",
    "2025-12-17 22:01",
    _KATY,
    "Re: me botaron :(",
    N(),
    "Por cierto, gracias por pasarme el contacto de Patricia de Cimenta, aunque al final no fui porque ya "
    "había aceptado lo de Lurín. Si a ti no te salió lo de ellos, ellos se lo pierden.\n\nFelices fiestas!\n",
    **rp(_katy1),
)

_and4 = m(
    "l1d4",
    "2025-12-21 23:45",
    _AND,
    "itinerario Cusco",
    N(),
    "Amor te paso el itinerario:\n27 llegamos, aclimatarnos, San Blas\n28 Valle Sagrado (tour 70 soles c/u)\n"
    "29 Machu Picchu (tren 4:40am!!)\n30 libre / Rainbow mountain si no estamos muertos\n31 regresamos\n\n"
    "Ya reservé el hostal en San Blas.\n",
)

_tia = m(
    "l1d5",
    "2025-12-24 21:30",
    "Graciela Villanueva <chela.villanueva@hotmail.com>",
    "FELIZ NAVIDAD FAMILIA",
    N(),
    None,
    """<html><body><p style="font-size:18px;color:#b00">FELIZ NAVIDAD Y PRÓSPERO AÑO NUEVO 2026</p>
<p>Querida familia, desde Huancayo les deseamos una linda Nochebuena. Que el Niño Jesús los bendiga y que el 2026 venga con
trabajo, salud y unión.<br>Los extrañamos, Renzito y Andrea, la próxima vienen sí o sí.</p>
<p>Con cariño, Tía Chela, Tío Wilfredo y los chicos</p>
<p><img src="cid:navidad.gif" alt="Feliz Navidad"></p></body></html>""",
    to="Gladys Villanueva <gladys.villanueva58@hotmail.com>, Renzo Quispe <renzo.quispe.v@gmail.com>, Fiorella Quispe <fiorella.quispe.v@gmail.com>",
)

_primo2 = m(
    "l1d6",
    "2025-12-31 17:20",
    _PRIMO,
    "Feliz año primo",
    N(),
    "Feliz año nuevo primo! Te cuento que al final sí me dieron el ascenso a supervisor, empiezo en enero "
    "con turno 7x7. Ojalá el 2026 también te traiga lo de la minera. Saludos a Andrea.\n",
)

_and5 = m(
    "l1d7",
    "2026-01-03 10:15",
    _AND,
    "fotos del viaje",
    N(),
    "Ya subí las fotos al drive: https://photos.app.goo.gl/xK2pQ9vLm3\nMira la de Machu Picchu con la llama jaja\n",
)

_news_fam = m(
    "l1d8",
    "2026-01-09 20:40",
    ME,
    "¡Noticia!",
    N(),
    "Mamá, papá, Fio:\n\nLes cuento por acá porque sé que mamá lee más el correo que el WhatsApp 😄: acepté "
    "la oferta de la minera en Áncash. Entro el 9 de febrero como ingeniero de control de proyectos, 14x7. "
    "Estoy feliz. El fin de semana les cuento los detalles en el almuerzo.\n\nLos quiero\nRenzo\n",
    to=f"{_MOM}, {_DAD}, {_SIS}",
)

_sis3 = m(
    "l1d9",
    "2026-01-09 21:02",
    _SIS,
    "Re: ¡Noticia!",
    N(),
    "FELICITACIONES HERMANITO!!! 🎉🎉 Te lo mereces, tanto que has postulado. Pero ojo que la boda es el 14 "
    "de febrero, ya pediste permiso?? 😂\n\nFio\n",
    to=f"{ME}, {_MOM}, {_DAD}",
    **rp(_news_fam),
)

_mom4 = m(
    "l1e0",
    "2026-01-10 07:30",
    _MOM,
    "RE: ¡Noticia!",
    N(),
    "hijito que Dios te bendiga, estoy muy orgullosa. cuidate mucho en la mina, alla hace frio, te voy a "
    "comprar chompas de alpaca. y toma tu mate de coca para la altura\n\nmamá\n",
    **rp(_news_fam),
)

_jefe2 = m(
    "l1e1",
    "2026-01-12 19:45",
    _JEFE,
    "RE: Carta de renuncia - Renzo Quispe",
    N(),
    "Renzo:\n\nRecibí tu carta. No te voy a mentir, me cae mal perderte a mitad de los acabados, pero "
    "entiendo la oportunidad y te felicito. Gestión Humana te va a confirmar la exoneración parcial del "
    "plazo de 30 días; tu último día sería el 6 de febrero.\n\n"
    "Necesito que antes prepares la entrega de cargo a Julio: valorizaciones pendientes, cronograma, "
    "RFIs abiertos y el estado de los adicionales con el cliente.\n\n"
    "Conversamos el miércoles en obra.\n\nCarlos\n\n"
    "De: Renzo Quispe Villanueva <renzo.quispe.v@gmail.com>\nEnviado el: lunes, 12 de enero de 2026 08:02\n"
    "Asunto: Carta de renuncia - Renzo Quispe\n\n"
    "Ing. Mestanza, le adjunto mi carta de renuncia voluntaria...\n",
)

_julio3 = m(
    "l1e2",
    "2026-01-16 12:10",
    _JULIO,
    "checklist entrega de cargo",
    N(),
    "Ing. armé este checklist para la entrega de cargo, revise si falta algo:\n\n"
    "1. Valorizaciones 14 y 15 (pendientes de conformidad)\n2. Cronograma P6 actualizado + línea base\n"
    "3. RFIs abiertos (7)\n4. Adicional N° 3 – cambio de ascensores\n5. Contratos de subcontratistas (encofrado, drywall)\n\n"
    "Lo vamos a extrañar!\nJulio\n",
)

_f7 = m(
    "l1e3",
    "2026-01-21 20:55",
    "Bruno Tapia <brunotapia10@gmail.com>",
    "Despedida del Renzo (se nos va a la mina ⛏️)",
    N(),
    "Muchachos, el Renzo se nos va a la mina en febrero, así que el jueves 29 después de la pichanga "
    "hacemos despedida en la sanguchería de siempre. Nadie falta.\n\nPD: Renzo, ahora con sueldo minero "
    "tú pagas la cancha todo el año 😂\n" + _GRP_FOOT,
    **_grp("brunotapia10@gmail.com"),
)

_julio4 = m(
    "l1e4",
    "2026-01-30 11:30",
    _JULIO,
    "almuerzo de despedida viernes 6",
    N(),
    "Ing. el equipo de obra le quiere hacer un almuerzo de despedida el viernes 6 en la cevichería de Av. "
    "Aviación a la 1. No acepto un no jajaja.\n\nJulio\n",
)

_diego4 = m(
    "l1e5",
    "2026-02-01 22:12",
    _DIEGO,
    "felicitaciones + consulta",
    N(),
    "Renzo vi tu post en LinkedIn, felicitaciones!! Ahora somos dos en minería 14x7.\n\n"
    "Una consulta: mi primo acaba de salir de la UNI, ¿sabes si en tu nueva chamba toman practicantes de "
    "ingeniería civil? No te comprometo a nada, solo para que me digas a quién le puede escribir.\n\nDiego\n",
)

_sis4 = m(
    "l1e6",
    "2026-02-05 13:48",
    _SIS,
    "horarios sábado 14",
    N(),
    "Renzo: llegada a la iglesia 4:30 pm (eres padrino de anillos, no te olvides los anillos!!!). "
    "Fotos familiares 6:30 en la hacienda. Confirmaste que bajas de la mina el 13? Andrea me dijo que sí.\n",
)

_and6 = m(
    "l1e7",
    "2026-02-11 21:40",
    _AND,
    "llegaste bien?",
    N(),
    "Amor no me contestas el whatsapp, supongo que no hay señal. Escríbeme por acá cuando puedas. "
    "¿Qué tal la altura? ¿El cuarto? Te extraño\n",
)

_lucho5 = m(
    "l1e8",
    "2026-02-17 19:02",
    _LUCHO,
    "qué tal la primera guardia",
    N(),
    "Y qué tal el primer turno minero? Ya te sacaste la foto con casco y chaleco para el LinkedIn? jaja\n"
    "Avisa cuando bajes para las chelas.\n",
)

_f8 = m(
    "l1e9",
    "2026-02-18 09:30",
    "Renato Flores <renatoflores.fic@gmail.com>",
    "Re: Pichanga jueves 9pm - Los Cedros",
    N(),
    "Ahora con el Renzo en la mina hay que ajustar el calendario al 14x7 jaja. Cuando baja? el 26?\n"
    + _GRP_FOOT,
    **_grp("renatoflores.fic@gmail.com"),
)

_mom5 = m(
    "l1f0",
    "2026-02-22 16:20",
    _MOM,
    "fotos de la boda",
    N(),
    "Hijito te mando algunas fotos de la boda de tu hermana que me pasó el fotógrafo, que lindo saliste "
    "con tu terno. Cuando bajas de la mina?\n\nmamá\n",
    attach=[("boda_fio_01.txt", "text/plain", "(foto)\n")],
)

_and7 = m(
    "l1f1",
    "2025-11-22 14:05",
    _AND,
    "cena con mis papás",
    N(),
    "Amor, mis papás nos invitan a cenar el sábado a las 8 por el depa nuevo. Mi mamá quiere verlo jaja. "
    "Compra un vino en el camino porfa.\n",
)

_tom = m(
    "l1f2",
    "2026-01-25 16:48",
    "Tom Keller <tom.keller.rv@gmail.com>",
    "Peru in April?",
    N("en"),
    "Hey Renzo!\n\nLong time no see. Anna and I are finally planning the Peru trip we always talked about, "
    "probably mid April: Lima, Cusco and maybe the Cordillera Blanca. Any chance you're around? Sebastián told me "
    "you're moving to a mine up in the mountains, congrats!\n\nWould love to grab a pisco sour.\n\nCheers,\nTom\n",
)

MAIL: list[dict[str, Any]] = [
    _f1, _mom1, _and1, _julio1, _lucho1, _lucho2, _sis1, _f2, _dad1, _katy1, _and2, _jefe1,
    _lucho3, _f3, _f4, _dad2, _mom2, _primo1, _diego1, _and3, _julio2, _sis2, _diego2, _katy2,
    _katy3, _f5, _lucho4, _mom3, _katy4, _diego3, _f6, _dad3, _katy5, _and4, _tia, _primo2, _and5,
    _news_fam, _sis3, _mom4, _jefe2, _julio3, _f7, _julio4, _diego4, _sis4, _and6, _lucho5, _f8,
    _mom5, _and7, _tom,
]  # fmt: skip
