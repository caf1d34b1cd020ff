# ruff: noqa: E501
"""Corpus 34, job mail in French, Spanish and German (see heldout34.py)."""

from __future__ import annotations

from typing import Any

from heldout34_jobs import J, ev, m, reply

MAIL: list[dict[str, Any]] = []
add = MAIL.append

# =============================================================================================
# 11  Groupe Vautrin – Contrôleur de gestion, centre de services partagés (SuccessFactors, fr)
# =============================================================================================
VAU = "Groupe Vautrin Recrutement <noreply@successfactors.eu>"
ROLE11 = "Contrôleur de gestion – Centre de services partagés"
add(
    m(
        "f11-conf",
        "2025-09-18 09:27",
        VAU,
        "Accusé de réception de votre candidature – Contrôleur de gestion CSP (H/F)",
        J("confirmation", "Groupe Vautrin", ROLE11, 11, "other", "fr"),
        """Bonjour Hannah,

Nous vous remercions de l'intérêt que vous portez au Groupe Vautrin et accusons bonne réception
de votre candidature au poste de Contrôleur de gestion – Centre de services partagés (H/F),
réf. 20874, basé à Manchester (Royaume-Uni) et rattaché à la Direction financière du Groupe à
Paris.

Votre dossier va être étudié avec attention par notre équipe Recrutement. Si votre profil
correspond à nos attentes, nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat :
https://career5.successfactors.eu/career?company=groupevautrP1&career_ns=job_application

Nous vous prions d'agréer, Hannah, l'expression de nos salutations distinguées.

L'équipe Recrutement
Groupe Vautrin – 42, avenue de Wagram, 75008 Paris

Ce message est généré automatiquement, merci de ne pas y répondre.""",
    )
)

add(
    m(
        "f11-int",
        "2025-10-01 14:55",
        "Claire Mercadier <claire.mercadier@groupe-vautrin.fr>",
        "Entretien – Contrôleur de gestion CSP Manchester",
        J("interview", "Groupe Vautrin", ROLE11, 11, "direct", "fr"),
        """Bonjour Hannah,

Suite à votre candidature et à notre échange téléphonique de la semaine dernière, je vous
propose un entretien en visioconférence avec Antoine Lefebvre, Responsable du contrôle de
gestion du CSP, et moi-même.

Date : mardi 7 octobre 2025
Heure : 10h00 (heure de Londres) / 11h00 (heure de Paris)
Durée : environ 1 heure
Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_Vautrin-CSP-20874

L'entretien se déroulera en anglais et en français. Nous aborderons notamment la clôture
mensuelle, le reporting groupe sous IFRS et l'analyse des écarts budgétaires.

Merci de me confirmer votre disponibilité.

Bien cordialement,

Claire Mercadier
Chargée de recrutement – Fonctions Finance
Groupe Vautrin
Tél. : +33 1 55 00 47 12""",
        ics=ev(
            "040000008200E00074C5B7101A82E008-vautrin-20874",
            "2025-10-07 10:00",
            "Entretien – Contrôleur de gestion CSP – Hannah Oyelaran-Brooks",
            ("Claire Mercadier", "claire.mercadier@groupe-vautrin.fr"),
            60,
            attendees=[("Antoine Lefebvre", "antoine.lefebvre@groupe-vautrin.fr")],
            location="Réunion Microsoft Teams",
        ),
    )
)

add(
    m(
        "f11-rej",
        "2025-10-15 17:20",
        "Claire Mercadier <claire.mercadier@groupe-vautrin.fr>",
        "Votre candidature – réf. 20874",
        J("rejection", "Groupe Vautrin", ROLE11, 11, "direct", "fr"),
        """Bonjour Hannah,

Je vous remercie encore pour le temps que vous nous avez consacré lors de l'entretien du
7 octobre.

Antoine et moi avons beaucoup apprécié votre rigueur et la qualité de nos échanges. Après
réflexion, nous avons toutefois décidé de poursuivre le processus avec un candidat dont
l'expérience du reporting consolidé IFRS au sein d'un groupe coté correspond davantage aux
besoins immédiats du poste.

Nous conservons votre dossier et ne manquerons pas de revenir vers vous si une opportunité
correspondant à votre profil se présentait au sein du CSP.

Je vous souhaite une belle continuation.

Bien cordialement,
Claire Mercadier""",
        **reply("f11-int"),
    )
)

# =============================================================================================
# 12  Grupo Albarizas – FP&A Analyst, Sheffield (Madrid parent company, es)
# =============================================================================================
ALB = "Selección Grupo Albarizas <seleccion@grupoalbarizas.es>"
ROLE12 = "FP&A Analyst"
add(
    m(
        "e12-conf",
        "2025-10-13 11:40",
        ALB,
        "Hemos recibido tu candidatura – FP&A Analyst (Sheffield)",
        J("confirmation", "Grupo Albarizas", ROLE12, 12, "direct", "es"),
        """Hola Hannah:

Gracias por tu interés en formar parte de Grupo Albarizas. Te confirmamos que hemos recibido
correctamente tu candidatura para la posición de FP&A Analyst en nuestra filial Albarizas UK
Ltd (Sheffield), que reporta al equipo de Control de Gestión corporativo en Madrid.

El equipo de Selección revisará tu perfil en los próximos días. Si encaja con lo que buscamos,
nos pondremos en contacto contigo para explicarte los siguientes pasos del proceso.

Un saludo,

Departamento de Selección
Grupo Albarizas
Paseo de la Castellana 141, 28046 Madrid

Este mensaje y sus anexos son confidenciales. Si no eres el destinatario, por favor
notifícalo al remitente y elimínalo.""",
    )
)

add(
    m(
        "e12-test",
        "2025-10-20 16:05",
        "Lucía Barrenechea <lucia.barrenechea@grupoalbarizas.es>",
        "Prueba técnica – proceso FP&A Analyst Sheffield",
        J("assessment", "Grupo Albarizas", ROLE12, 12, "direct", "es"),
        """Hola Hannah,

Encantada de haber hablado contigo el viernes. Como te comenté, el siguiente paso del proceso
es una prueba técnica en Excel: un caso práctico de presupuesto y forecast de una planta
industrial, con un pequeño análisis de desviaciones.

Te adjunto el enunciado y el fichero de datos. Tienes hasta el lunes 27 de octubre a las 12:00
(hora de Madrid) para enviarnos el fichero resuelto y una breve presentación (máx. 3
diapositivas) en inglés. Calculamos que te llevará unas 3 horas.

Cualquier duda, me escribes.

Un saludo,
Lucía

Lucía Barrenechea
Talent Acquisition – Finanzas
Grupo Albarizas | +34 91 555 28 40""",
        attach=[
            (
                "Caso_practico_FPA_Sheffield.txt",
                "text/plain",
                "Caso práctico: presupuesto 2026 planta de Sheffield. Ver pestañas Datos y Desviaciones.",
            )
        ],
    )
)

add(
    m(
        "e12-hold",
        "2025-11-12 10:18",
        "Lucía Barrenechea <lucia.barrenechea@grupoalbarizas.es>",
        "RE: Prueba técnica – proceso FP&A Analyst Sheffield",
        J("confirmation", "Grupo Albarizas", ROLE12, 12, "direct", "es"),
        """Hola Hannah,

Muchas gracias por tu caso práctico, el equipo de Control de Gestión lo valoró muy
positivamente.

Te escribo para informarte de que, por decisión de la Dirección Financiera, el proceso para la
posición de FP&A Analyst en Sheffield queda en pausa de momento, ya que se está revisando la
estructura del equipo en Reino Unido tras la integración de la nueva planta. No se ha tomado
ninguna decisión sobre los candidatos.

En cuanto tengamos novedades, previsiblemente a principios de 2026, te lo haré saber.

Disculpa las molestias y gracias por tu paciencia.

Un saludo,
Lucía""",
        st="on_hold",
        **reply("e12-test"),
    )
)

# =============================================================================================
# 13  Kessler Antriebstechnik – Management Accountant, Liverpool (Personio, de) – ghosted
# =============================================================================================
add(
    m(
        "d13-conf",
        "2025-10-27 13:12",
        "Kessler Antriebstechnik GmbH <no-reply@personio.de>",
        "Ihre Bewerbung als Management Accountant (m/w/d) – Liverpool",
        J("confirmation", "Kessler Antriebstechnik", "Management Accountant", 13, "personio", "de"),
        """Hallo Hannah Oyelaran-Brooks,

vielen Dank für Ihre Bewerbung als Management Accountant (m/w/d) für unseren Standort
Liverpool (Kessler Drives UK Ltd). Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig
prüfen.

Wir melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies
einige Wochen dauern kann.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Kessler Antriebstechnik GmbH
Industriestraße 18, 73037 Göppingen

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
    )
)
