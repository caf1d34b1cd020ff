"""Job mail of the eighth held-out corpus in Spanish, Portuguese, French and German, plus
Spanish-language alerts and outreach (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GEA = "Grupo Educativo Alba"
DI = "Diseñadora Instruccional"

MAIL: list[dict[str, Any]] = [
    # 35 Grupo Educativo Alba (Monterrey), OCC Mundial, then the HR team
    m(
        "8201",
        "2025-03-25 12:14",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada: Diseñadora Instruccional",
        ("confirmation", GEA, DI, 35, "other", "es"),
        html="""<html><body>
<p>¡Hola, Marisol!</p>
<p>Tu postulación a la vacante <b>Diseñadora Instruccional</b> de <b>Grupo Educativo Alba</b>
(Monterrey, N.L. - Home office) fue enviada con éxito.</p>
<p>La empresa revisará tu CV y, si tu perfil coincide, se pondrá en contacto contigo.</p>
<p><a href="https://www.occ.com.mx/postulaciones">Ver mis postulaciones</a></p>
<p>Equipo OCC</p>
</body></html>""",
        tz="-0600",
    ),
    m(
        "8202",
        "2025-04-07 10:40",
        "Verónica Treviño <vtrevino@grupoalba.edu.mx>",
        "Entrevista - Diseñadora Instruccional",
        ("interview", GEA, DI, 35, "direct", "es"),
        text="""Hola Marisol, buen día:

Gracias por tu interés en la vacante de Diseñadora Instruccional. Nos gustaría conocerte en
una entrevista por videollamada el jueves 10 de abril a las 11:00 h (hora de Monterrey). Te
envío la invitación de Google Calendar con el enlace de Meet.

Durante la entrevista te pediremos que nos compartas un ejemplo de curso que hayas diseñado.

Saludos cordiales,

Verónica Treviño
Coordinación de Talento Humano
Grupo Educativo Alba
""",
        ics={
            "uid": "3qv9alba0410@google.com",
            "start": "2025-04-10 11:00:00 -0600",
            "minutes": 50,
            "organizer": ("Verónica Treviño", "vtrevino@grupoalba.edu.mx"),
            "attendees": [("Verónica Treviño", "vtrevino@grupoalba.edu.mx")],
            "summary": "Entrevista Marisol Ortega - Diseñadora Instruccional",
            "location": "https://meet.google.com/hbz-rwqe-nop",
        },
        tz="-0600",
    ),
    m(
        "8203",
        "2025-04-28 17:22",
        "Verónica Treviño <vtrevino@grupoalba.edu.mx>",
        "Seguimiento a tu proceso",
        ("rejection", GEA, DI, 35, "direct", "es"),
        text="""Hola Marisol:

Te agradecemos mucho el tiempo que dedicaste al proceso y el ejemplo de curso que nos
compartiste; al equipo le gustó mucho tu enfoque.

Después de evaluar a todos los candidatos, decidimos continuar con una persona que vive en
Monterrey y puede acudir al campus dos días por semana. Por ello no seguiremos adelante con
tu candidatura en esta ocasión.

Te deseamos mucho éxito y conservaremos tu CV para futuras vacantes.

Verónica
""",
        headers=reply("8202", "vtrevino@grupoalba.edu.mx"),
        tz="-0600",
    ),
    # 36 Aula Norte Formación (Madrid), InfoJobs: inscrita, CV leído, ghosted
    m(
        "8204",
        "2025-05-05 09:31",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Diseñador/a instruccional e-learning (remoto)",
        (
            "confirmation",
            "Aula Norte Formación",
            "Diseñador/a instruccional e-learning",
            36,
            "other",
            "es",
        ),
        html="""<html><body>
<p>Hola Marisol,</p>
<p>Tu inscripción en la oferta <b>Diseñador/a instruccional e-learning (remoto)</b> de
<b>Aula Norte Formación</b> se ha realizado correctamente.</p>
<p>Puedes seguir el estado de tu candidatura desde la sección "Mis candidaturas".</p>
<p>El equipo de InfoJobs</p>
</body></html>""",
        tz="+0200",
    ),
    m(
        "8205",
        "2025-05-07 13:02",
        "InfoJobs <noreply@infojobs.net>",
        "Aula Norte Formación ha leído tu CV",
        (
            "viewed",
            "Aula Norte Formación",
            "Diseñador/a instruccional e-learning",
            36,
            "other",
            "es",
        ),
        html="""<html><body>
<p>¡Buenas noticias, Marisol!</p>
<p>La empresa <b>Aula Norte Formación</b> ha leído tu CV para la oferta Diseñador/a
instruccional e-learning (remoto).</p>
<p>Estado de tu candidatura: <b>CV leído</b></p>
</body></html>""",
        tz="+0200",
    ),
    # 37 Finanzas Claras (CDMX), LinkedIn in Spanish, rejection by e-mail
    m(
        "8206",
        "2025-02-25 19:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marisol, se envió tu solicitud a Finanzas Claras",
        (
            "confirmation",
            "Finanzas Claras",
            "Especialista de Capacitación Bilingüe",
            37,
            "linkedin",
            "es",
        ),
        html="""<html><body>
<h2>Se envió tu solicitud a Finanzas Claras</h2>
<p><b>Especialista de Capacitación Bilingüe</b><br>Finanzas Claras &middot; Ciudad de México
(En remoto)</p>
<p>Solicitud enviada el 25 de febrero de 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4150022781/">Ver empleo</a></p>
<p style="font-size:11px">&copy; 2025 LinkedIn Corporation.</p>
</body></html>""",
        tz="-0800",
    ),
    m(
        "8207",
        "2025-03-14 11:05",
        "Reclutamiento Finanzas Claras <talento@finanzasclaras.mx>",
        "Gracias por tu interés en Finanzas Claras",
        (
            "rejection",
            "Finanzas Claras",
            "Especialista de Capacitación Bilingüe",
            37,
            "direct",
            "es",
        ),
        text="""Hola Marisol,

Gracias por postularte a la vacante de Especialista de Capacitación Bilingüe. Revisamos tu
perfil con mucho cuidado y nos pareció muy interesante tu experiencia docente.

Lamentablemente, en esta ocasión tu perfil no avanzará a la siguiente etapa del proceso, ya
que buscamos a alguien con experiencia previa en el sector financiero.

Te invitamos a seguir pendiente de nuestras vacantes.

Atentamente,
Equipo de Talento | Finanzas Claras
""",
        tz="-0600",
    ),
    # 38 Trilha Digital (São Paulo), Gupy in Portuguese
    m(
        "8208",
        "2025-05-12 14:20",
        "Trilha Digital <naoresponda@gupy.com.br>",
        "Recebemos sua candidatura para Designer Instrucional",
        ("confirmation", "Trilha Digital", "Designer Instrucional", 38, "other", "pt"),
        html="""<html><body>
<p>Olá, Marisol!</p>
<p>Que bom ter você por aqui! Sua candidatura para a vaga <b>Designer Instrucional
(Remoto - LATAM)</b> na <b>Trilha Digital</b> foi recebida com sucesso.</p>
<p>Acompanhe cada etapa do processo seletivo pelo portal do candidato.</p>
<p>Abraços,<br>Time de Gente da Trilha Digital</p>
</body></html>""",
        tz="-0300",
    ),
    m(
        "8209",
        "2025-05-16 09:00",
        "Trilha Digital <naoresponda@gupy.com.br>",
        "Nova etapa: teste online - Designer Instrucional",
        ("assessment", "Trilha Digital", "Designer Instrucional", 38, "other", "pt"),
        html="""<html><body>
<p>Olá, Marisol!</p>
<p>Você avançou para a etapa de <b>Teste de Perfil e Lógica</b> no processo seletivo de
Designer Instrucional. O teste leva cerca de 30 minutos.</p>
<p>Prazo para realização: 21/05/2025.</p>
<p><a href="https://trilhadigital.gupy.io/candidates/tests">Fazer teste</a></p>
<p>Time de Gente da Trilha Digital</p>
</body></html>""",
        tz="-0300",
    ),
    m(
        "8210",
        "2025-06-03 16:45",
        "Trilha Digital <naoresponda@gupy.com.br>",
        "Atualização sobre o processo seletivo",
        ("rejection", "Trilha Digital", "Designer Instrucional", 38, "other", "pt"),
        html="""<html><body>
<p>Olá, Marisol, tudo bem?</p>
<p>Agradecemos muito seu interesse em fazer parte da Trilha Digital e o tempo dedicado ao
nosso processo seletivo para Designer Instrucional.</p>
<p>Após uma análise cuidadosa, optamos por seguir com outros candidatos cujo perfil está
mais alinhado ao momento da vaga. Seu currículo continuará em nosso banco de talentos.</p>
<p>Desejamos sucesso na sua jornada!<br>Time de Gente da Trilha Digital</p>
</body></html>""",
        tz="-0300",
    ),
    # 39 Éducation Boréale (Montréal), direct, French
    m(
        "8211",
        "2025-04-14 10:12",
        "Recrutement Éducation Boréale <recrutement@educationboreale.ca>",
        "Accusé de réception - Conceptrice pédagogique",
        ("confirmation", "Éducation Boréale", "Conceptrice pédagogique", 39, "direct", "fr"),
        text="""Bonjour Marisol,

Nous accusons réception de votre candidature au poste de conceptrice pédagogique
(télétravail, contrat d'un an). Notre équipe l'étudiera avec attention.

Seules les personnes retenues pour une entrevue seront contactées.

Cordialement,

L'équipe du recrutement
Éducation Boréale
""",
        tz="-0400",
    ),
    m(
        "8212",
        "2025-04-25 15:30",
        "Geneviève Lachance <glachance@educationboreale.ca>",
        "Entrevue - poste de conceptrice pédagogique",
        ("interview", "Éducation Boréale", "Conceptrice pédagogique", 39, "direct", "fr"),
        text="""Bonjour Marisol,

Votre candidature a retenu notre attention et nous aimerions vous rencontrer en entrevue
virtuelle (Teams) le mardi 6 mai à 10 h, heure de l'Est (9 h à Austin). L'entrevue se
déroulera en français et en anglais et durera environ une heure.

Pourriez-vous me confirmer votre disponibilité?

Au plaisir,

Geneviève Lachance
Conseillère pédagogique principale
Éducation Boréale | Montréal
""",
        tz="-0400",
    ),
    # 40 Lernwerk AG (Berlin) through Hanse Talent: outreach, submission, interview, rejection
    m(
        "8213",
        "2025-05-06 09:15",
        "Katharina Vogt <k.vogt@hanse-talent.de>",
        "Remote-Position: Instructional Designerin (EN/ES) bei einem EdTech in Berlin",
        ("outreach", None, "Instructional Designerin (EN/ES)", None, "agency", "de"),
        text="""Hallo Frau Ortega,

ich bin Personalberaterin bei Hanse Talent und unterstütze einen wachsenden EdTech-Anbieter
aus Berlin bei der Suche nach einer Instructional Designerin (m/w/d) mit Englisch und
Spanisch auf muttersprachlichem Niveau. Die Stelle ist zu 100 % remote möglich, auch aus den
USA als Contractor.

Hätten Sie Interesse an einem kurzen Austausch? Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Katharina Vogt
Senior Consultant | Hanse Talent GmbH
Hamburg
""",
        tz="+0200",
    ),
    m(
        "8214",
        "2025-05-13 16:40",
        "Katharina Vogt <k.vogt@hanse-talent.de>",
        "AW: Remote-Position: Instructional Designerin (EN/ES) bei einem EdTech in Berlin",
        ("confirmation", "Lernwerk AG", "Instructional Designerin (EN/ES)", 40, "agency", "de"),
        text="""Hallo Frau Ortega,

vielen Dank für das nette Gespräch. Wie besprochen habe ich Ihre Unterlagen heute an
unseren Kunden weitergeleitet - es handelt sich um die Lernwerk AG in Berlin. Ich melde mich,
sobald ich eine Rückmeldung habe.

Viele Grüße
Katharina Vogt

Von: Marisol Ortega <marisol.ortega@pecanmail.com>
Gesendet: Montag, 12. Mai 2025 18:02
An: Katharina Vogt <k.vogt@hanse-talent.de>
Betreff: Re: Remote-Position: Instructional Designerin (EN/ES) bei einem EdTech in Berlin

Hallo Frau Vogt, ja, gerne! Anbei mein Lebenslauf auf Englisch. Viele Grüße, Marisol Ortega
""",
        headers=reply("8213", "k.vogt@hanse-talent.de"),
        tz="+0200",
    ),
    m(
        "8215",
        "2025-05-20 11:05",
        "Katharina Vogt <k.vogt@hanse-talent.de>",
        "Einladung: Interview Lernwerk AG - Marisol Ortega",
        ("interview", "Lernwerk AG", "Instructional Designerin (EN/ES)", 40, "agency", "de"),
        text="""Hallo Frau Ortega,

gute Nachrichten: Lernwerk möchte Sie kennenlernen! Das Gespräch mit Herrn Brandauer (Head
of Learning) findet am Donnerstag, 22. Mai, um 17:00 Uhr deutscher Zeit (10:00 Uhr in
Austin) per Teams statt. Die Einladung finden Sie im Anhang.

Viel Erfolg!
Katharina Vogt
Hanse Talent GmbH
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000LW0522",
            "start": "2025-05-22 17:00:00 +0200",
            "minutes": 45,
            "organizer": ("Katharina Vogt", "k.vogt@hanse-talent.de"),
            "attendees": [("Felix Brandauer", "f.brandauer@lernwerk.de")],
            "summary": "Interview Lernwerk AG - Marisol Ortega",
            "location": "Microsoft Teams-Besprechung",
        },
        tz="+0200",
    ),
    m(
        "8216",
        "2025-06-06 14:30",
        "Katharina Vogt <k.vogt@hanse-talent.de>",
        "Rückmeldung Lernwerk",
        ("rejection", "Lernwerk AG", "Instructional Designerin (EN/ES)", 40, "agency", "de"),
        text="""Hallo Frau Ortega,

ich habe heute von Lernwerk gehört. Leider hat sich das Team für eine Kandidatin
entschieden, die bereits in Berlin lebt und regelmäßig ins Büro kommen kann. Herr Brandauer
war von Ihrem Portfolio sehr angetan und bat mich, Ihnen das ausdrücklich zu sagen.

Es tut mir leid, dass es diesmal nicht geklappt hat. Darf ich Sie für künftige Projekte in
unserer Kartei behalten?

Herzliche Grüße
Katharina Vogt
""",
        tz="+0200",
    ),
    # --- Spanish alerts and outreach ---
    m(
        "8217",
        "2025-03-02 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cdiseñador instruccional\u201d: 6 empleos nuevos en México",
        ("alert", None, None, None, "linkedin", "es"),
        html="""<html><body>
<p>Tu alerta de empleo para <b>diseñador instruccional</b> en México</p>
<p><b>Diseñadora Instruccional</b> - Grupo Educativo Alba - Monterrey (En remoto)<br>
<b>Especialista en e-learning</b> - Seguros Altamar - Ciudad de México</p>
<p><a href="https://www.linkedin.com/jobs/search/?alertId=4410">Ver todos los empleos</a></p>
</body></html>""",
        tz="-0800",
    ),
    m(
        "8218",
        "2025-04-20 09:15",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de formación e-learning para ti",
        ("alert", None, None, None, "other", "es"),
        text="""Hola Marisol,

Estas son las ofertas nuevas que coinciden con tu alerta "diseño instruccional - teletrabajo":

- Diseñador/a instruccional e-learning (remoto) - Aula Norte Formación - Madrid
- Técnico/a de formación bilingüe - Grupo Levante Servicios - Valencia
- Creador/a de contenidos formativos - Campus Íbero - Teletrabajo

¡Inscríbete ya!

InfoJobs
""",
        tz="+0200",
    ),
    m(
        "8219",
        "2025-06-17 18:10",
        "Daniela Fuentes <dfuentes@talentoandino.com>",
        "Vacante: Líder de Capacitación bilingüe (remoto)",
        ("outreach", None, "Líder de Capacitación bilingüe", None, "agency", "es"),
        text="""Hola Marisol, ¿cómo estás?

Soy Daniela, consultora en Talento Andino. Estoy buscando una Líder de Capacitación bilingüe
para una empresa de logística con operaciones en México y Texas. Es 100 % remoto y el
paquete es competitivo.

¿Te interesaría platicar esta semana? Quedo atenta.

Saludos,
Daniela Fuentes
Talento Andino - Consultoría de Reclutamiento
""",
        tz="-0600",
    ),
]
