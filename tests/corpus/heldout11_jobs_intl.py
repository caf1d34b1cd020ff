"""Job mail of the eleventh held-out corpus in French (Montréal) and Spanish (a Houston employer)
(do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CST, CDT, EST, EDT, PDT, MDT = "-0600", "-0500", "-0500", "-0400", "-0700", "-0600"

GB = "Groupe Boréal Médias"
GBR = "Gestionnaire, opérations marketing"
GB_RH = "Geneviève Tremblay <gtremblay@borealmedias.ca>"
CS = "Casa Solana Foods"
CSR = "Marketing Operations Manager (Bilingual)"
CS_HM = "Rosa Elena Ibarra <reibarra@casasolanafoods.com>"

MAIL: list[dict[str, Any]] = [
    # 38 Groupe Boréal Médias, Montréal: accusé de réception (Workable), entrevue, refus
    m(
        "11201",
        "2025-04-04 10:05",
        "Groupe Boréal Médias <noreply@candidates.workablemail.com>",
        "Merci d'avoir postulé chez Groupe Boréal Médias",
        ("confirmation", GB, GBR, 38, "workable", "fr"),
        text="""Bonjour Dana,

Merci de l'intérêt que vous portez au poste de Gestionnaire, opérations marketing (télétravail
possible) chez Groupe Boréal Médias. Nous avons bien reçu votre candidature.

Notre équipe prendra connaissance de votre dossier dans les prochains jours. Si votre profil
correspond à nos besoins, nous communiquerons avec vous.

Au plaisir,
L'équipe des ressources humaines
Groupe Boréal Médias - Montréal (Québec)
""",
        tz=EDT,
    ),
    m(
        "11202",
        "2025-04-14 09:31",
        GB_RH,
        "Poste de gestionnaire, opérations marketing - première rencontre",
        ("interview", GB, GBR, 38, "direct", "fr"),
        text="""Bonjour Dana,

Votre candidature a retenu notre attention et j'aimerais vous proposer une première rencontre
virtuelle d'environ 30 minutes, en anglais ou en français selon votre préférence.

Seriez-vous disponible jeudi le 17 avril à 13 h (heure de Montréal), soit midi à Chicago? Sinon,
n'hésitez pas à me proposer d'autres plages.

Au plaisir de jaser avec vous,

Geneviève Tremblay
Conseillère principale, acquisition de talents
Groupe Boréal Médias
1250, boul. René-Lévesque Ouest, Montréal (Québec)
""",
        tz=EDT,
    ),
    m(
        "11203",
        "2025-04-14 11:02",
        "Geneviève Tremblay <gtremblay@borealmedias.ca>",
        "RE: Poste de gestionnaire, opérations marketing - première rencontre",
        ("interview", GB, GBR, 38, "direct", "fr"),
        text="""Parfait, c'est noté pour jeudi. Je vous envoie le lien Teams sous peu.

Bonne journée!
Geneviève

Envoyé de mon cellulaire
""",
        headers=reply("11202", GB_RH),
        tz=EDT,
    ),
    m(
        "11204",
        "2025-05-06 15:40",
        GB_RH,
        "Suivi de votre candidature",
        ("rejection", GB, GBR, 38, "direct", "fr"),
        text="""Bonjour Dana,

Je tiens d'abord à vous remercier pour le temps accordé à nos échanges. L'équipe a beaucoup
apprécié votre expérience et la qualité de vos réponses.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec une personne dont le
profil correspond davantage à nos besoins actuels, notamment la maîtrise du français écrit pour
les communications avec nos annonceurs québécois.

Je vous souhaite le meilleur des succès dans vos démarches.

Cordialement,
Geneviève Tremblay
Groupe Boréal Médias
""",
        tz=EDT,
    ),
    # Montréal job board alert in French
    m(
        "11205",
        "2025-05-20 06:15",
        "Jobillico <alertes@jobillico.com>",
        "3 nouveaux emplois correspondent à votre alerte « marketing opérations »",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Dana,

Voici les nouvelles offres correspondant à votre alerte :

- Chef(fe) des opérations marketing - Lumio Assurances - Montréal (hybride)
- Coordonnateur(trice) marketing numérique - Café Rivière-Noire - Laval
- Directeur(trice), marketing B2B - Solutions Vertex - Télétravail

Voir toutes les offres : https://www.jobillico.com/fr/recherche-emploi

Pour modifier ou supprimer vos alertes, connectez-vous à votre compte.
""",
        tz=EDT,
    ),
    # 39 Casa Solana Foods, Houston: BambooHR confirmation (en), entrevista (es), invitation, rechazo (es)
    m(
        "11206",
        "2025-04-16 12:09",
        "Casa Solana Foods <notifications@app.bamboohr.com>",
        "Thanks for applying to Casa Solana Foods!",
        ("confirmation", CS, CSR, 39, "bamboohr", "en"),
        text="""Hi Dana,

Thank you for your interest in the Marketing Operations Manager (Bilingual) position at Casa Solana
Foods. We have received your application and our team is reviewing it.

¡Gracias!
Casa Solana Foods People Team
Houston, Texas
""",
        tz=CDT,
    ),
    m(
        "11207",
        "2025-04-22 09:18",
        CS_HM,
        "Entrevista - Gerente de Operaciones de Marketing",
        ("interview", CS, CSR, 39, "direct", "es"),
        text="""Hola Dana:

Soy Rosa Elena Ibarra, directora de mercadotecnia de Casa Solana Foods. Vi en tu currículum que
hablas español y, como buena parte del equipo y de nuestros distribuidores trabaja en español, me
gustaría hacer la primera conversación en español, si te parece bien.

¿Tienes disponibilidad el lunes 28 de abril a las 10:00 (hora del centro)? Sería una videollamada
de unos 45 minutos por Zoom.

Saludos cordiales,
Rosa Elena Ibarra
Directora de Mercadotecnia | Casa Solana Foods
Houston, TX
""",
        tz=CDT,
    ),
    m(
        "11208",
        "2025-04-22 13:40",
        "Rosa Elena Ibarra <reibarra@casasolanafoods.com>",
        "RE: Entrevista - Gerente de Operaciones de Marketing",
        ("interview", CS, CSR, 39, "direct", "es"),
        text="""¡Perfecto! Nos vemos el lunes. Te mando la liga de Zoom en la invitación.

Enviado desde mi iPhone
""",
        headers=reply("11207", CS_HM),
        tz=CDT,
    ),
    m(
        "11209",
        "2025-04-22 13:44",
        CS_HM,
        "Invitación: Dana Okafor / Rosa Elena - Casa Solana @ lun 28 abr 2025 10:00 - 10:45 (CDT)",
        ("interview", CS, CSR, 39, "direct", "es"),
        text="""Dana Okafor / Rosa Elena - Casa Solana
lunes, 28 de abril de 2025 10:00 - 10:45 Hora central - Chicago

Unirse a la reunión de Zoom: https://casasolana.zoom.us/j/84412093311

Organizador: reibarra@casasolanafoods.com

Invitación de Google Calendar
""",
        ics={
            "uid": "7kq2m0s1bb3f@google.com",
            "organizer": ("Rosa Elena Ibarra", "reibarra@casasolanafoods.com"),
            "start": "2025-04-28 10:00:00 -0500",
            "minutes": 45,
            "summary": "Dana Okafor / Rosa Elena - Casa Solana",
            "location": "https://casasolana.zoom.us/j/84412093311",
        },
        tz=CDT,
    ),
    m(
        "11210",
        "2025-05-01 11:26",
        "Daniel Cortez <dcortez@casasolanafoods.com>",
        "Casa Solana - second interview",
        ("interview", CS, CSR, 39, "direct", "en"),
        text="""Hi Dana,

Rosa Elena enjoyed your conversation and asked me to set up a second round with our COO, Alan
Whitfield, and our e-commerce lead. Would Wednesday May 7 at 2:00pm CT work? It will be in English.

Best,
Daniel Cortez
HR Generalist, Casa Solana Foods
""",
        tz=CDT,
    ),
    m(
        "11211",
        "2025-05-16 17:05",
        CS_HM,
        "Gracias, Dana",
        ("rejection", CS, CSR, 39, "direct", "es"),
        text="""Hola Dana:

Muchas gracias por tu tiempo y por las dos conversaciones con el equipo. Nos quedó muy clara tu
experiencia en automatización y tu forma ordenada de trabajar.

Lamentablemente, decidimos avanzar con otra candidata que ya vive en Houston, ya que el puesto
terminará siendo presencial tres días a la semana. No fue una decisión fácil.

Te deseo mucho éxito y ojalá coincidamos más adelante.

Un abrazo,
Rosa Elena
""",
        tz=CDT,
    ),
    # Spanish-language job alert from a US board
    m(
        "11212",
        "2025-06-03 07:00",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de gerente de marketing bilingüe en Chicago, IL",
        ("alert", None, None, None, "indeed", "es"),
        text="""Empleos de gerente de marketing bilingüe

Gerente de Marketing Bilingüe - Grupo Tres Ríos - Cicero, IL
Coordinador(a) de Operaciones - Clínicas Familia Sana - Chicago, IL
Marketing Manager (Spanish) - Lakeside Media - Remoto

Ver todos los empleos: https://www.indeed.com/q-gerente-marketing-bilingue-l-chicago-empleos.html

Estás recibiendo este correo porque creaste una alerta de empleo. Darse de baja.
""",
        tz=CDT,
    ),
]
