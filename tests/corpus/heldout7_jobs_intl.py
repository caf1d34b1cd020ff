"""Seventh held-out corpus: job mail in French, Spanish and Portuguese (Geneva, Barcelona,
Lisbon), and a few multilingual ones (Jonas Albrecht, Vienna, 2025)."""

from __future__ import annotations

import hashlib

from heldout3_util import m, reply


def k(n: int) -> str:
    return hashlib.sha1(f"heldout7/{n}".encode()).hexdigest()[:10]


def h(*paras: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paras)
    return f'<html><body><div style="font-family:Arial;max-width:600px">{inner}</div></body></html>'


SOLVARD = ("Solvard", "Business Developer (H/F)", 38)
VERLAINE = ("Maison Verlaine", "Key Account Manager (H/F)", 39)
CIMARRA = ("Cimarra Tech", "Ejecutivo de Cuentas", 40)
OLIVAR = ("Olivar Foods", "Key Account Manager Retail", 41)
MARES = ("Marés Digital", "Gestor de Clientes", 42)
FAROL = ("Farol Labs", "Customer Success Manager", 43)
CALDEIRA = ("Caldeira Software", "Gestor de Contas B2B", 44)
BRISA = ("Brisa Energía", "Business Developer DACH", 45)
AUBERT = ("Aubert & Fils", "Responsable Grands Comptes", 46)

MAIL = [
    # --- Solvard SA, Genève (SmartRecruiters, French)
    m(
        k(200),
        "2025-05-13 08:20",
        "Solvard SA <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Solvard",
        ("confirmation", *SOLVARD, "smartrecruiters", "fr"),
        html=h(
            "Bonjour Jonas,",
            "Nous vous remercions pour votre candidature au poste de <b>Business Developer "
            "(H/F)</b> basé à Genève. Elle a bien été reçue et sera étudiée avec attention.",
            "Cordialement,<br>L'équipe Talent Acquisition de Solvard SA",
        ),
        tz="+0000",
    ),
    m(
        k(201),
        "2025-05-23 14:37",
        "Camille Rochat <camille.rochat@solvard.ch>",
        "Entretien – Business Developer",
        ("interview", *SOLVARD, "direct", "fr"),
        text="""Bonjour Monsieur Albrecht,

Suite à votre candidature, nous aimerions vous rencontrer pour un premier
entretien en visioconférence le mardi 3 juin à 11h00 (heure de Genève).
L'entretien se déroulera en français et en allemand.

Merci de me confirmer votre disponibilité.

Meilleures salutations,
Camille Rochat
Responsable RH – Solvard SA
Rue du Rhône 54, 1204 Genève
""",
    ),
    m(
        k(202),
        "2025-06-16 17:10",
        "Camille Rochat <camille.rochat@solvard.ch>",
        "Votre candidature chez Solvard",
        ("rejection", *SOLVARD, "direct", "fr"),
        text="""Bonjour Monsieur Albrecht,

Nous vous remercions vivement pour le temps consacré à nos échanges. Votre
parcours et votre approche commerciale ont été très appréciés.

Après mûre réflexion, nous avons toutefois décidé de poursuivre avec un
candidat disposant d'une expérience plus approfondie du marché romand.

Nous vous souhaitons plein succès pour la suite.

Meilleures salutations,
Camille Rochat
""",
    ),
    # --- Maison Verlaine (Workday, French)
    m(
        k(203),
        "2025-07-02 09:03",
        "Maison Verlaine <maisonverlaine@myworkday.com>",
        "Accusé de réception de votre candidature",
        ("confirmation", *VERLAINE, "workday", "fr"),
        html=h(
            "Cher Jonas,",
            "Nous accusons réception de votre candidature pour le poste Key Account Manager "
            "(H/F) – Genève (REQ-3391).",
            "Nous reviendrons vers vous dans les meilleurs délais.",
            "Bien à vous,<br>Maison Verlaine – Recrutement",
        ),
        tz="+0000",
    ),
    m(
        k(204),
        "2025-08-01 12:25",
        "Maison Verlaine <maisonverlaine@myworkday.com>",
        "Votre candidature REQ-3391",
        ("rejection", *VERLAINE, "workday", "fr"),
        html=h(
            "Cher Jonas,",
            "Nous vous remercions de l'intérêt que vous portez à Maison Verlaine.",
            "Nous sommes au regret de vous informer que le poste de Key Account Manager a été "
            "pourvu. Nous conservons votre profil et ne manquerons pas de vous recontacter.",
            "Bien cordialement,<br>Maison Verlaine",
        ),
        tz="+0000",
    ),
    # --- Cimarra Tech, Barcelona (Teamtailor, Spanish): confirmation, interview, cancel
    m(
        k(205),
        "2025-06-09 10:44",
        "Cimarra Tech <no-reply@teamtailor-mail.com>",
        "¡Gracias por tu candidatura, Jonas!",
        ("confirmation", *CIMARRA, "teamtailor", "es"),
        html=h(
            "Hola Jonas,",
            "Hemos recibido tu candidatura para el puesto de <b>Ejecutivo de Cuentas</b> "
            "(mercado DACH) en nuestra oficina de Barcelona.",
            "Revisaremos tu perfil y te diremos algo pronto.",
            "¡Un saludo!<br>Equipo de Talento de Cimarra",
        ),
        tz="+0000",
    ),
    m(
        k(206),
        "2025-06-18 16:02",
        "Marta Soler <marta.soler@cimarra.tech>",
        "Invitación: Entrevista Cimarra Tech - Jonas Albrecht",
        ("interview", *CIMARRA, "direct", "es"),
        text="""Hola Jonas,

te envío la invitación para la entrevista con Jordi (Head of Sales) el
miércoles 25 de junio a las 12:00. Será por Google Meet, unos 45 minutos.

Un saludo,
Marta Soler
People & Culture · Cimarra Tech
""",
        ics={
            "uid": "cimarra-entrevista-0625@cimarra.tech",
            "start": "2025-06-25 12:00:00 +0200",
            "minutes": 45,
            "organizer": ("Marta Soler", "marta.soler@cimarra.tech"),
            "attendees": [("Jordi Puig", "jordi.puig@cimarra.tech")],
            "summary": "Entrevista Cimarra Tech - Jonas Albrecht",
            "location": "https://meet.google.com/cim-ejec-cta",
        },
    ),
    m(
        k(207),
        "2025-06-24 18:31",
        "Marta Soler <marta.soler@cimarra.tech>",
        "Cancelado: Entrevista Cimarra Tech - Jonas Albrecht",
        ("interview", *CIMARRA, "direct", "es"),
        text="""Hola Jonas,

lo siento mucho, pero tenemos que cancelar la entrevista de mañana: Jordi
está enfermo. Te escribo en cuanto tengamos una nueva fecha.

Marta
""",
        ics={
            "method": "CANCEL",
            "uid": "cimarra-entrevista-0625@cimarra.tech",
            "start": "2025-06-25 12:00:00 +0200",
            "minutes": 45,
            "organizer": ("Marta Soler", "marta.soler@cimarra.tech"),
            "attendees": [("Jordi Puig", "jordi.puig@cimarra.tech")],
            "summary": "Entrevista Cimarra Tech - Jonas Albrecht",
        },
    ),
    # --- Olivar Foods (Personio, Spanish)
    m(
        k(208),
        "2025-07-16 11:58",
        "Olivar Foods S.L. <no-reply@mail.personio.de>",
        "Tu solicitud para Key Account Manager Retail",
        ("confirmation", *OLIVAR, "personio", "es"),
        html=h(
            "Hola Jonas:",
            "Muchas gracias por tu interés en Olivar Foods. Hemos recibido correctamente tu "
            "solicitud para el puesto <b>Key Account Manager Retail</b>.",
            "Lamentablemente no podemos responder a cada candidatura de forma individual; si "
            "tu perfil encaja, nos pondremos en contacto contigo.",
            "Atentamente,<br>Recursos Humanos Olivar Foods",
        ),
        tz="+0000",
    ),
    m(
        k(209),
        "2025-08-22 09:40",
        "Olivar Foods S.L. <no-reply@mail.personio.de>",
        "Actualización sobre tu candidatura",
        ("rejection", *OLIVAR, "personio", "es"),
        html=h(
            "Hola Jonas:",
            "Gracias de nuevo por participar en nuestro proceso de selección. Tu experiencia "
            "nos ha parecido muy interesante.",
            "Sin embargo, hemos decidido continuar con otros candidatos cuyo perfil se ajusta "
            "más a las necesidades actuales del puesto.",
            "Te deseamos mucha suerte,<br>Recursos Humanos",
        ),
        tz="+0000",
    ),
    # --- Marés Digital, Lisboa (Recruitee, Portuguese)
    m(
        k(210),
        "2025-08-05 15:15",
        "Marés Digital <no-reply@recruitee.com>",
        "Candidatura recebida – Gestor de Clientes",
        ("confirmation", *MARES, "recruitee", "pt"),
        html=h(
            "Olá Jonas,",
            "Obrigado pela tua candidatura à vaga de <b>Gestor de Clientes</b> (mercados de "
            "língua alemã) na Marés Digital, em Lisboa.",
            "Vamos analisar o teu perfil e entraremos em contacto em breve.",
            "Até já,<br>Equipa Marés Digital",
        ),
        tz="+0000",
    ),
    m(
        k(211),
        "2025-08-13 10:05",
        "Inês Carvalho <ines.carvalho@maresdigital.pt>",
        "Entrevista - Gestor de Clientes",
        ("interview", *MARES, "direct", "pt"),
        text="""Olá Jonas,

gostámos muito do teu percurso! Gostaríamos de marcar uma entrevista por
videochamada na próxima terça-feira, 19 de agosto, às 10h (hora de Lisboa).
Dá-te jeito?

Cumprimentos,
Inês Carvalho
Talent Acquisition · Marés Digital
""",
        tz="+0100",
    ),
    m(
        k(212),
        "2025-09-01 16:48",
        "Inês Carvalho <ines.carvalho@maresdigital.pt>",
        "A tua candidatura na Marés Digital",
        ("rejection", *MARES, "direct", "pt"),
        text="""Olá Jonas,

obrigada pela conversa e pelo interesse na Marés Digital. Foi um processo
muito disputado e o teu perfil foi muito bem avaliado.

Infelizmente, decidimos avançar com outro candidato que já está em Lisboa.
Desejamos-te os maiores sucessos.

Um abraço,
Inês
""",
        tz="+0100",
    ),
    # --- Farol Labs (Lever; subject English, body Portuguese), ghosted
    m(
        k(213),
        "2025-09-09 13:22",
        "Farol Labs <no-reply@hire.lever.co>",
        "Thanks for applying to Farol Labs",
        ("confirmation", *FAROL, "lever", "pt"),
        text="""Olá Jonas,

Muito obrigado pela sua candidatura para Customer Success Manager na Farol
Labs. Recebemos o seu currículo e a nossa equipa irá analisá-lo com
atenção. Se o seu perfil corresponder, entraremos em contacto consigo.

Com os melhores cumprimentos,
Equipa de Recrutamento Farol Labs
""",
        tz="+0000",
    ),
    # --- Caldeira Software (LinkedIn, Portuguese), ghosted
    m(
        k(214),
        "2025-10-01 19:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jonas, a sua candidatura foi enviada para a Caldeira Software",
        ("confirmation", *CALDEIRA, "linkedin", "pt"),
        html=h(
            "A sua candidatura foi enviada para a Caldeira Software",
            "<b>Gestor de Contas B2B</b><br>Caldeira Software · Lisboa, Portugal (Híbrido)",
            "Candidatura enviada a 1 de outubro de 2025",
        ),
        tz="+0000",
    ),
    # --- Brisa Energía via Barcelona agency (client named late)
    m(
        k(215),
        "2025-07-21 11:12",
        "Lucía Ferrer <lucia.ferrer@talentomediterraneo.es>",
        "Oportunidad: Business Developer DACH en Barcelona",
        ("outreach", None, "Business Developer DACH", None, "agency", "es"),
        text="""Hola Jonas,

soy Lucía, consultora en Talento Mediterráneo. Estoy trabajando con una
empresa de energía renovable en Barcelona que busca un Business Developer
para el mercado DACH, con alemán nativo.

¿Te apetece que hablemos esta semana?

Saludos,
Lucía Ferrer
Talento Mediterráneo · Passeig de Gràcia 71, Barcelona
""",
    ),
    m(
        k(216),
        "2025-07-29 13:40",
        "Lucía Ferrer <lucia.ferrer@talentomediterraneo.es>",
        "RE: Oportunidad: Business Developer DACH en Barcelona",
        ("confirmation", *BRISA, "agency", "es"),
        text="""Hola Jonas,

gracias por la llamada. Ya he presentado tu candidatura a nuestro cliente;
te mantengo informado en cuanto tenga respuesta.

Saludos,
Lucía

-----Mensaje original-----
De: Jonas Albrecht <jonas.albrecht@donaupost.at>
Enviado el: lunes, 28 de julio de 2025 9:15
Para: Lucía Ferrer <lucia.ferrer@talentomediterraneo.es>
Asunto: RE: Oportunidad: Business Developer DACH en Barcelona

Hola Lucía, adjunto mi CV actualizado. Un saludo, Jonas
""",
        headers=reply(k(215), "lucia.ferrer@talentomediterraneo.es"),
    ),
    m(
        k(217),
        "2025-08-07 10:20",
        "Lucía Ferrer <lucia.ferrer@talentomediterraneo.es>",
        "Entrevista con Brisa Energía",
        ("interview", *BRISA, "agency", "es"),
        text="""Hola Jonas,

¡buenas noticias! El cliente es Brisa Energía y quieren conocerte. La
entrevista con su directora comercial, Núria Vidal, sería el jueves 14 de
agosto a las 16:00 por Teams. ¿Te va bien?

Lucía
""",
    ),
    m(
        k(218),
        "2025-08-26 12:12",
        "Lucía Ferrer <lucia.ferrer@talentomediterraneo.es>",
        "Feedback Brisa Energía",
        ("rejection", *BRISA, "agency", "es"),
        text="""Hola Jonas,

te escribo con el feedback de Brisa Energía. Les gustó mucho tu experiencia
en ventas consultivas, pero finalmente han decidido no seguir adelante
porque necesitan a alguien que pueda empezar en septiembre y que ya viva en
Barcelona.

Lo siento mucho. Seguimos en contacto para futuras posiciones.

Un abrazo,
Lucía
""",
    ),
    # --- Aubert & Fils, Genève (jobup.ch): confirmation, withdrawal
    m(
        k(219),
        "2025-09-03 07:30",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée à Aubert & Fils SA",
        ("confirmation", *AUBERT, "other", "fr"),
        html=h(
            "Bonjour Jonas,",
            "Votre candidature pour le poste <b>Responsable Grands Comptes</b> chez "
            "<b>Aubert &amp; Fils SA</b> (Genève) a été transmise avec succès.",
            "Bonne chance !<br>Votre équipe jobup.ch",
        ),
        tz="+0000",
    ),
    m(
        k(220),
        "2025-10-09 10:55",
        "Sandrine Aubert <s.aubert@aubert-fils.ch>",
        "RE: Retrait de ma candidature",
        ("confirmation", *AUBERT, "direct", "fr"),
        text="""Bonjour Monsieur Albrecht,

Nous prenons bonne note du retrait de votre candidature et vous remercions
de nous avoir prévenus. Tous nos voeux de réussite dans votre nouveau poste.

Meilleures salutations,
Sandrine Aubert
Aubert & Fils SA

> Madame, j'ai accepté une autre offre et je souhaite retirer ma
> candidature. Merci pour votre considération. Jonas Albrecht
""",
        st="withdrawn",
    ),
    # --- alerts and outreach
    m(
        k(221),
        "2025-06-02 06:00",
        "jobup.ch Job Alert <jobalert@jobup.ch>",
        "Nouvelles offres : Key Account Manager à Genève",
        ("alert", None, None, None, "other", "fr"),
        html=h(
            "7 nouvelles offres correspondent à votre alerte",
            "Key Account Manager (H/F) – Maison Verlaine – Genève – Postuler maintenant<br>"
            "Business Developer – Solvard SA – Genève<br>"
            "Conseiller clientèle entreprises – Banque Léman – Lausanne",
            "Conseils : comment préparer votre entretien d'embauche",
        ),
        tz="+0000",
    ),
    m(
        k(222),
        "2025-07-07 07:15",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de empleo: Ejecutivo de cuentas en Barcelona",
        ("alert", None, None, None, "other", "es"),
        html=h(
            "Hola Jonas, tenemos 9 nuevas ofertas para ti:",
            "Ejecutivo/a de Cuentas – Cimarra Tech – Barcelona – ¡Inscríbete ya!<br>"
            "Key Account Manager Alemania – Verdemar Logística – El Prat",
            "Consejos para tu entrevista de trabajo",
        ),
        tz="+0000",
    ),
    m(
        k(223),
        "2025-08-20 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Novas vagas: Customer Success Manager em Lisboa",
        ("alert", None, None, None, "linkedin", "pt"),
        html=h(
            "Vagas que correspondem às suas preferências",
            "Customer Success Manager – Farol Labs – Lisboa<br>"
            "Gestor de Contas – Caldeira Software – Lisboa (Híbrido)",
            "Candidatura simplificada · Ver todas as vagas",
        ),
        tz="+0000",
    ),
    m(
        k(224),
        "2025-06-24 09:14",
        "Thomas Girard <t.girard@alpensel-conseil.ch>",
        "Poste de Key Account Manager DACH – Lausanne",
        ("outreach", None, "Key Account Manager DACH", None, "agency", "fr"),
        text="""Bonjour Monsieur Albrecht,

Je me permets de vous contacter car je recrute, pour le compte d'un client
dans le secteur de l'horlogerie, un Key Account Manager DACH basé à
Lausanne. Votre profil bilingue m'a semblé très pertinent.

Seriez-vous disponible pour un bref échange téléphonique ?

Bien cordialement,
Thomas Girard
Alpensel Conseil SA
""",
    ),
    m(
        k(225),
        "2025-09-29 12:00",
        "Farol Labs <no-reply@hire.lever.co>",
        "Junte-se à comunidade de talentos da Farol Labs",
        ("alert", "Farol Labs", None, None, "lever", "pt"),
        html=h(
            "Olá Jonas,",
            "Bem-vindo à nossa comunidade de talentos! Vamos partilhar novas vagas, eventos e "
            "novidades da equipa diretamente na sua caixa de correio.",
        ),
        tz="+0000",
    ),
]
