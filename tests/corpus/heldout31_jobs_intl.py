# ruff: noqa: E501
"""Corpus 31, job mail abroad and in the public sector: Zürich, Linz, Lyon, a Swedish truck
maker's Munich site, a Spanish supplier, a research institute and a university."""

from __future__ import annotations

from typing import Any

from heldout3_util import m_cet as M

KWS = "Kerner-Institut für Werkstoff- und Systemzuverlässigkeit"
KWS1 = "Wissenschaftlicher Mitarbeiter (m/w/d) Betriebsfestigkeit elektrischer Antriebe"
THA = "Technische Hochschule Albstadt-Neckar"
THA1 = "Akademischer Mitarbeiter (m/w/d) Prüflabor Fahrzeugtechnik"
SEN = "Sennhof Präzision"
SEN1 = "Prüfingenieur Medizintechnik (m/w/d)"
AIC = "Aichinger Anlagenbau"
AIC1 = "Inbetriebnahmeingenieur (m/w/d)"
SOR = "Sorelle Freinage"
SOR1 = "Ingénieur essais freinage (H/F)"
NOR = "Nordvik Trucks"
NOR1 = "Validation Engineer Powertrain"
ARR = "Arrieta Componentes"
ARR1 = "Ingeniero de ensayos y validación"

NOR_WD = "Nordvik Trucks <nordvik@myworkday.com>"
DV = "Technische Hochschule Albstadt-Neckar <noreply@dvinci-hr.com>"
UM = "Sennhof Präzision AG <noreply@umantis.com>"

MAIL: list[dict[str, Any]] = [
    # --- 5: research institute (own portal) ------------------------------------------------------
    M(
        "50110",
        "2025-09-19 14:02",
        "Kerner-Institut Bewerbermanagement <bewerbung@kerner-institut.de>",
        "Eingangsbestätigung – Kennziffer KWS-2025-63",
        ("confirmation", KWS, KWS1, 5, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihre Bewerbung auf die Stelle als Wissenschaftlicher Mitarbeiter (m/w/d) "
        "Betriebsfestigkeit elektrischer Antriebe (Kennziffer KWS-2025-63).\n\n"
        "Die Bewerbungsfrist endet am 12. Oktober 2025. Im Anschluss sichten wir alle Unterlagen "
        "und informieren Sie über das weitere Vorgehen. Bitte haben Sie Verständnis, dass dies "
        "einige Wochen dauern kann.\n\n"
        "Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.\n\n"
        "Mit freundlichen Grüßen\nIhr Team Personal\n"
        "Kerner-Institut für Werkstoff- und Systemzuverlässigkeit KWS\n"
        "Pfaffenwaldring 71 · 70569 Stuttgart",
    ),
    M(
        "50113",
        "2025-11-03 10:18",
        "Dr.-Ing. Henrike Sattler <henrike.sattler@kerner-institut.de>",
        "Einladung zum Auswahlgespräch am 13.11.2025 (KWS-2025-63)",
        ("interview", KWS, KWS1, 5, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "wir möchten Sie gerne zu einem Auswahlgespräch einladen. Es findet am Donnerstag, "
        "13.11.2025, von 13:00 bis 14:00 Uhr per Webex statt. Wir bitten Sie, zu Beginn in einem "
        "etwa zehnminütigen Vortrag ein Projekt aus Ihrer bisherigen Tätigkeit vorzustellen.\n\n"
        "An dem Gespräch nehmen neben mir ein Mitglied des Personalrats sowie die "
        "Gleichstellungsbeauftragte teil.\n\n"
        "Bitte bestätigen Sie den Termin kurz per E-Mail.\n\n"
        "Mit freundlichen Grüßen\nHenrike Sattler\n\n"
        "Dr.-Ing. Henrike Sattler\nGruppenleiterin Betriebsfestigkeit\n"
        "Kerner-Institut für Werkstoff- und Systemzuverlässigkeit KWS\nTelefon +49 711 685-44120",
        ics={
            "style": "outlook",
            "start": "2025-11-13 13:00:00 +0100",
            "minutes": 60,
            "organizer": ("Sattler, Henrike", "henrike.sattler@kerner-institut.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000B2A9E11C2B4FDC01000000000000000010000000",
            "summary": "Auswahlgespräch KWS-2025-63 – Albrecht",
            "location": "Webex: https://kerner-institut.webex.com/meet/h.sattler",
        },
    ),
    M(
        "50116",
        "2025-12-05 15:30",
        "Dr.-Ing. Henrike Sattler <henrike.sattler@kerner-institut.de>",
        "KWS-2025-63 – Ergebnis des Auswahlverfahrens",
        ("rejection", KWS, KWS1, 5, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "herzlichen Dank für Ihren sehr gelungenen Vortrag und das anregende Gespräch. Ihre "
        "praktische Erfahrung mit Lebensdauerprüfungen hat uns gut gefallen.\n\n"
        "Nach Abschluss des Auswahlverfahrens haben wir uns allerdings für eine Bewerberin "
        "entschieden, die neben der Projektarbeit eine Promotion im Bereich Werkstoffermüdung "
        "anstrebt und dafür bereits Vorarbeiten mitbringt. Ich bedauere, Ihnen keine andere "
        "Nachricht geben zu können.\n\n"
        "Ihre Unterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht.\n\n"
        "Mit freundlichen Grüßen\nHenrike Sattler",
    ),
    # --- 6: university of applied sciences (d.vinci) ---------------------------------------------
    M(
        "50210",
        "2025-10-01 09:40",
        DV,
        "Ihre Bewerbung: Akademischer Mitarbeiter (m/w/d) Prüflabor Fahrzeugtechnik – Kennz. 2025/88",
        ("confirmation", THA, THA1, 6, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Akademischer Mitarbeiter (m/w/d) "
        "im Prüflabor Fahrzeugtechnik (Kennziffer 2025/88, E 13 TV-L, befristet auf 3 Jahre).\n\n"
        "Leider können wir Ihnen aufgrund der hohen Zahl an Bewerbungen und der erforderlichen "
        "Beteiligung der Gremien derzeit noch keinen Zeitpunkt für eine Entscheidung nennen. Wir "
        "bitten Sie daher um etwas Geduld und von Rückfragen abzusehen.\n\n"
        "Mit freundlichen Grüßen\nAbteilung Personal\nTechnische Hochschule Albstadt-Neckar\n\n"
        "Diese E-Mail wurde automatisch über das Bewerbermanagementsystem d.vinci versandt.",
    ),
    M(
        "50213",
        "2026-01-22 11:04",
        DV,
        "Stellenbesetzung 2025/88",
        ("rejection", THA, THA1, 6, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "das Auswahlverfahren für die oben genannte Stelle ist inzwischen abgeschlossen. Wir "
        "haben uns für eine andere Person entschieden und müssen Ihnen daher leider eine Absage "
        "erteilen.\n\n"
        "Wir danken Ihnen für Ihr Interesse an einer Tätigkeit an unserer Hochschule. Ihre "
        "Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht "
        "vernichtet.\n\n"
        "Mit freundlichen Grüßen\nim Auftrag\nGudrun Weller\nAbteilung Personal",
    ),
    # --- 10: Sennhof Präzision AG, Zürich (Umantis) ----------------------------------------------
    M(
        "50310",
        "2025-10-21 12:55",
        UM,
        "Bewerbung Prüfingenieur Medizintechnik – Eingangsbestätigung",
        ("confirmation", SEN, SEN1, 10, "other", "de"),
        "Sehr geehrter Herr Albrecht\n\n"
        "Besten Dank für Ihre Bewerbung als Prüfingenieur Medizintechnik (m/w/d) in Zürich-Altstetten. "
        "Ihre Unterlagen sind vollständig bei uns eingetroffen.\n\n"
        "Wir prüfen Ihr Dossier sorgfältig und melden uns innert drei Wochen bei Ihnen.\n\n"
        "Freundliche Grüsse\n\nSennhof Präzision AG\nHuman Resources\nBadenerstrasse 560, 8048 Zürich",
    ),
    M(
        "50313",
        "2025-11-07 08:47",
        "Reto Gasser <reto.gasser@sennhof.ch>",
        "Einladung Video-Interview – Prüfingenieur Medizintechnik",
        ("interview", SEN, SEN1, 10, "direct", "de"),
        "Grüezi Herr Albrecht\n\n"
        "Gerne lernen wir Sie in einem ersten Gespräch via Microsoft Teams kennen. Vorgeschlagener "
        "Termin: Dienstag, 18. November 2025, 10.00 – 11.00 Uhr. Teilnehmen werden Frau Nadine "
        "Imhof (Leiterin Prüflabor) und ich.\n\n"
        "Zur Vorbereitung: Die Stelle umfasst Prüfungen nach ISO 14971 und IEC 60601, "
        "Erfahrung aus der Automobilbranche ist für uns aber sehr interessant. Bitte bringen Sie "
        "auch Ihre Lohnvorstellung in CHF mit und sagen Sie uns, ob eine Bewilligung (Ausweis B) "
        "für Sie ein Thema ist.\n\n"
        "Freundliche Grüsse\nReto Gasser\nHR Business Partner\nSennhof Präzision AG",
        ics={
            "style": "outlook",
            "start": "2025-11-18 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Gasser Reto", "reto.gasser@sennhof.ch"),
            "uid": "040000008200E00074C5B7101A82E00800000000C43A7E9D8B50DC01000000000000000010000000",
            "attendees": [("Imhof Nadine", "nadine.imhof@sennhof.ch")],
            "summary": "Interview J. Albrecht – Prüfingenieur MT",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    M(
        "50316",
        "2025-12-09 17:20",
        UM,
        "Ihre Bewerbung bei der Sennhof Präzision AG",
        ("rejection", SEN, SEN1, 10, "other", "de"),
        "Sehr geehrter Herr Albrecht\n\n"
        "Nochmals vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem "
        "Unternehmen. Wir haben inzwischen alle Gespräche geführt und uns für einen Kandidaten "
        "mit mehrjähriger Erfahrung in der Medizinprodukte-Zulassung entschieden.\n\n"
        "Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre berufliche "
        "und private Zukunft alles Gute.\n\n"
        "Freundliche Grüsse\nReto Gasser\nSennhof Präzision AG",
    ),
    # --- 11: Aichinger Anlagenbau, Linz (rexx) ---------------------------------------------------
    M(
        "50410",
        "2025-09-04 16:16",
        "Aichinger Anlagenbau GmbH <noreply@rexx-systems.com>",
        "Bewerbung eingegangen – Inbetriebnahmeingenieur (m/w/d), Ref. 2025-117",
        ("confirmation", AIC, AIC1, 11, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "danke für Ihre Bewerbung als Inbetriebnahmeingenieur (m/w/d) bei der Aichinger "
        "Anlagenbau GmbH in Linz. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze.\n\n"
        "Hinweis gemäß österreichischem Gleichbehandlungsgesetz: Für diese Position gilt ein "
        "kollektivvertragliches Mindestgehalt von EUR 3.702,- brutto/Monat (KV Metallindustrie, "
        "Verwendungsgruppe F); eine Überzahlung je nach Qualifikation ist vorgesehen.\n\n"
        "Mit freundlichen Grüßen\nAichinger Anlagenbau GmbH\nPersonalmanagement\n"
        "Industriezeile 48, 4020 Linz, Österreich",
    ),
    M(
        "50413",
        "2025-10-09 10:02",
        "Aichinger Anlagenbau GmbH <noreply@rexx-systems.com>",
        "Ihre Bewerbung – Referenz 2025-117",
        ("rejection", AIC, AIC1, 11, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "wir danken Ihnen für Ihr Interesse an unserem Unternehmen. Nach sorgfältiger Durchsicht "
        "aller Bewerbungen haben wir uns für Kandidat:innen entschieden, deren Erfahrung in der "
        "Inbetriebnahme von Walzwerksanlagen unseren Anforderungen noch näherkommt.\n\n"
        "Wir ersuchen um Verständnis und wünschen Ihnen alles Gute.\n\n"
        "Mit freundlichen Grüßen\nMag. Theresa Pichler\nPersonalmanagement",
    ),
    # --- 12: Sorelle Freinage, Lyon (Greenhouse) -------------------------------------------------
    M(
        "50510",
        "2025-10-16 11:33",
        "Sorelle Systèmes de Freinage <no-reply@greenhouse.io>",
        "Merci pour votre candidature – Ingénieur essais freinage (H/F)",
        ("confirmation", SOR, SOR1, 12, "greenhouse", "fr"),
        "Bonjour Jonas,\n\n"
        "Merci pour l'intérêt que vous portez à Sorelle Systèmes de Freinage et pour votre "
        "candidature au poste d'Ingénieur essais freinage (H/F) basé à Vénissieux (Lyon).\n\n"
        "Notre équipe recrutement étudie actuellement votre profil. Si celui-ci correspond à nos "
        "besoins, nous reviendrons vers vous pour convenir d'un premier échange.\n\n"
        "Bien cordialement,\nL'équipe Talents – Sorelle Freinage\n\n"
        "Sorelle Systèmes de Freinage SAS – 14 rue du Professeur Roux, 69200 Vénissieux",
    ),
    M(
        "50513",
        "2025-11-12 17:05",
        "Camille Berthier <camille.berthier@sorelle-freinage.fr>",
        "Entretien visio – poste Ingénieur essais freinage",
        ("interview", SOR, SOR1, 12, "direct", "fr"),
        "Bonjour Jonas,\n\n"
        "Suite à l'examen de votre candidature, j'ai le plaisir de vous proposer un entretien en "
        "visioconférence avec Antoine Mercier, responsable du banc d'essais inertiels, le jeudi 20 "
        "novembre à 15h00. Vous trouverez l'invitation Google Meet ci-jointe.\n\n"
        "L'entretien se déroulera en français et en anglais ; un bon niveau de français technique "
        "est important pour l'échange avec nos techniciens.\n\n"
        "Au plaisir d'échanger avec vous,\n\nCamille Berthier\nChargée de recrutement\n"
        "Sorelle Systèmes de Freinage\n+33 4 72 18 55 03",
        ics={
            "style": "google",
            "start": "2025-11-20 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Camille Berthier", "camille.berthier@sorelle-freinage.fr"),
            "uid": "0k7ht2qv9ocm4b1ujs8e3r5d6f@google.com",
            "attendees": [("Antoine Mercier", "antoine.mercier@sorelle-freinage.fr")],
            "summary": "Entretien Jonas Albrecht – Ingénieur essais freinage",
            "location": "https://meet.google.com/qzx-trbe-khn",
            "description": "Rejoindre avec Google Meet : https://meet.google.com/qzx-trbe-khn",
        },
    ),
    M(
        "50516",
        "2025-12-11 09:27",
        "Sorelle Systèmes de Freinage <no-reply@greenhouse.io>",
        "Votre candidature chez Sorelle",
        ("rejection", SOR, SOR1, 12, "greenhouse", "fr"),
        "Bonjour Jonas,\n\n"
        "Nous vous remercions pour le temps que vous nous avez consacré lors de nos échanges.\n\n"
        "Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat "
        "dont le profil correspond davantage aux exigences du poste, notamment en matière de "
        "présence sur site à Vénissieux dès janvier.\n\n"
        "Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se "
        "présente.\n\nBien cordialement,\nCamille Berthier",
    ),
    # --- 13 / 14: Nordvik Trucks (Workday), rejection then re-application ------------------------
    M(
        "50610",
        "2025-09-18 20:19",
        NOR_WD,
        "We received your application – Validation Engineer Powertrain",
        ("confirmation", NOR, NOR1, 13, "workday", "en"),
        html="<p>Hi Jonas,</p><p>Thank you for applying for <b>Validation Engineer Powertrain</b> "
        "(JR-2025-18834) at Nordvik Trucks Deutschland GmbH, Munich.</p><p>Your application has "
        "been received and will be reviewed by the recruiting team. You can check the status in "
        "your candidate home at any time.</p><p>Best regards<br>Nordvik Group Talent Acquisition<br>"
        "Gothenburg · Munich</p>",
    ),
    M(
        "50613",
        "2025-09-24 09:02",
        "Nordvik Group Recruitment <assessment@nordviktrucks.com>",
        "Next step: online assessment for Validation Engineer Powertrain",
        ("assessment", NOR, NOR1, 13, "other", "en"),
        "Dear Jonas,\n\n"
        "As a next step in our selection process we invite you to complete two short online tests "
        "(numerical reasoning, approx. 20 minutes, and a work-style questionnaire, approx. 15 "
        "minutes). Please complete both by 1 October 2025.\n\n"
        "Start here: https://assessment.nordviktrucks.com/t/8fk2-33xv-q0lp\n\n"
        "Find a quiet place and a stable internet connection. A calculator is allowed.\n\n"
        "Good luck!\nNordvik Group Recruitment",
    ),
    M(
        "50616",
        "2025-10-14 13:45",
        NOR_WD,
        "Your application status",
        ("rejection", NOR, NOR1, 13, "workday", "en"),
        html="<p>Dear Jonas,</p><p>Thank you for your interest in Nordvik Trucks and for taking the "
        "time to complete our assessment.</p><p>We regret to inform you that we have decided not "
        "to proceed with your application for Validation Engineer Powertrain (JR-2025-18834) at "
        "this time.</p><p>We wish you every success in your search.</p>"
        "<p>Best regards,<br>Nordvik Group Talent Acquisition</p>",
    ),
    M(
        "50620",
        "2026-01-05 19:31",
        NOR_WD,
        "We received your application – Validation Engineer Powertrain",
        ("confirmation", NOR, NOR1, 14, "workday", "en"),
        html="<p>Hi Jonas,</p><p>Thank you for applying for <b>Validation Engineer Powertrain</b> "
        "(JR-2026-00217) at Nordvik Trucks Deutschland GmbH, Munich.</p><p>Your application has "
        "been received and will be reviewed by the recruiting team.</p>"
        "<p>Best regards<br>Nordvik Group Talent Acquisition</p>",
    ),
    M(
        "50623",
        "2026-01-14 14:18",
        "Maja Eklund <maja.eklund@nordviktrucks.com>",
        "Validation Engineer Powertrain – position on hold",
        ("confirmation", NOR, NOR1, 14, "direct", "en"),
        st="on_hold",
        text="Hi Jonas,\n\n"
        "thanks for applying again – I remember your profile from the autumn and was glad to see "
        "it. I wanted to be transparent with you: the Munich powertrain team has been asked to "
        "freeze external hiring until the Q2 budget review, so this requisition is on hold for "
        "now.\n\n"
        "Your application stays active and I will reach out as soon as the role is released "
        "again.\n\n"
        "Best,\nMaja\n\nMaja Eklund\nTalent Acquisition Partner, R&D Germany\nNordvik Trucks",
    ),
    # --- 15: Arrieta Componentes (Spanish supplier), ghosted -------------------------------------
    M(
        "50710",
        "2025-10-01 12:06",
        "Arrieta Componentes – Selección <seleccion@arrieta-componentes.es>",
        "Confirmación de candidatura – Ingeniero de ensayos y validación (Ref. ARR-DE-042)",
        ("confirmation", ARR, ARR1, 15, "other", "es"),
        "Estimado Jonas:\n\n"
        "Te agradecemos el interés mostrado en Grupo Arrieta y confirmamos la recepción de tu "
        "candidatura para el puesto de Ingeniero de ensayos y validación en nuestra planta de "
        "Renningen (Alemania), referencia ARR-DE-042.\n\n"
        "El equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos pondremos "
        "en contacto contigo en las próximas semanas.\n\n"
        "Un saludo,\nDepartamento de Selección\nArrieta Componentes, S.A. – Grupo Arrieta\n"
        "Polígono Industrial Ugaldeguren III, 48170 Zamudio (Bizkaia)",
    ),
    M(
        "50713",
        "2025-10-16 10:10",
        "Iñaki Goikoetxea <igoikoetxea@arrieta-componentes.es>",
        "Entrevista – puesto Ingeniero de ensayos (Renningen)",
        ("interview", ARR, ARR1, 15, "direct", "es"),
        "Hola Jonas,\n\n"
        "Soy Iñaki, responsable del laboratorio de ensayos en Zamudio. Nos gustaría tener una "
        "primera entrevista contigo por Teams el martes 21 de octubre a las 11:00 (hora de "
        "Madrid/Stuttgart). Hablaremos en inglés, no te preocupes por el castellano.\n\n"
        "Por favor, confírmame si te viene bien.\n\n"
        "Un saludo,\nIñaki Goikoetxea\nJefe de Laboratorio de Ensayos\nArrieta Componentes",
    ),
]

MAIL += [
    M(
        "50319",
        "2025-11-17 22:10",
        UM,
        "Passwort zurücksetzen – Bewerberportal",
        ("other_job", SEN, None, None, "other", "de"),
        "Guten Tag\n\nSie haben angefordert, das Passwort für Ihr Bewerberkonto bei der Sennhof "
        "Präzision AG zurückzusetzen. Der Link ist 24 Stunden gültig:\n"
        "https://recruitingapp-2741.umantis.com/Login/Reset?token=b81c2\n\n"
        "Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.",
    ),
]
