# ruff: noqa: E501, RUF100
"""Corpus 103, cross-border and French job mail (data only): see heldout103.py."""

from __future__ import annotations

from typing import Any

from heldout103_jobs import A, m

WA, WAR = "Wiesental Arzneimittel", "Chemielaborant/in Qualitätskontrolle (m/w/d)"
LD, LDR = "Laboratoires Doller", "Technicien(ne) de laboratoire contrôle qualité (H/F)"
LJ, LJR = "Laboratoire Jurassien d'Analyses", "Laborantin(e) en chimie 80-100%"
PC, PCR = "Peregrine CDMO", "QC Analyst (HPLC)"

MAIL: list[dict[str, Any]] = [
    # --- 20 Wiesental Arzneimittel GmbH, Lörrach (rexx) --------------------------------------
    m(
        "740101",
        "2025-09-19 12:03",
        "Wiesental Arzneimittel GmbH <bewerbung@wiesental-arzneimittel.rexx-recruitment.com>",
        "Ihre Bewerbung bei der Wiesental Arzneimittel GmbH",
        A("confirmation", WA, WAR, 20, "other"),
        "Sehr geehrte Frau Brändli,\n\nherzlichen Dank für Ihre Bewerbung als Chemielaborant/in Qualitätskontrolle (m/w/d) und Ihr Interesse an unserem Unternehmen.\n\nIhre Unterlagen sind bei uns eingegangen und werden derzeit geprüft. Sollten wir Sie nicht berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht. Bitte beachten Sie, dass für Grenzgänger aus der Schweiz eine Beschäftigung in Deutschland sozialversicherungsrechtlich gesondert zu prüfen ist.\n\nMit freundlichen Grüßen\nIhr Personalteam\nWiesental Arzneimittel GmbH · Brombacher Straße 40 · 79539 Lörrach",
    ),
    m(
        "740102",
        "2025-10-06 10:15",
        "Katrin Schäuble <k.schaeuble@wiesental-arzneimittel.de>",
        "Einladung zum Vorstellungsgespräch",
        A("interview", WA, WAR, 20, "direct"),
        "Sehr geehrte Frau Brändli,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch in Lörrach ein:\n\nDienstag, 14. Oktober 2025, 10:00 Uhr\nWiesental Arzneimittel GmbH, Brombacher Straße 40, 79539 Lörrach (Gebäude B, Empfang)\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail. Die Tram 8 ab Basel hält in unmittelbarer Nähe.\n\nMit freundlichen Grüßen\nKatrin Schäuble\nPersonalreferentin",
        ics={
            "uid": "WA-VG-20251014",
            "start": "2025-10-14 10:00:00 +0200",
            "summary": "Vorstellungsgespräch Frau Brändli",
            "organizer": ("Katrin Schäuble", "k.schaeuble@wiesental-arzneimittel.de"),
            "minutes": 75,
            "location": "Lörrach, Gebäude B, Besprechungsraum 2",
            "style": "outlook",
        },
    ),
    m(
        "740103",
        "2025-10-27 15:40",
        "Katrin Schäuble <k.schaeuble@wiesental-arzneimittel.de>",
        "Ihre Bewerbung als Chemielaborant/in Qualitätskontrolle",
        A("rejection", WA, WAR, 20, "direct"),
        "Sehr geehrte Frau Brändli,\n\nnochmals vielen Dank für das offene Gespräch und Ihr Interesse an einer Tätigkeit bei uns. Ihre Erfahrung in der Pharmaanalytik hat uns sehr gut gefallen.\n\nNach reiflicher Überlegung haben wir uns jedoch für eine Bewerberin entschieden, die im Schichtmodell unserer Produktion flexibler einsetzbar ist. Diese Entscheidung ist uns nicht leichtgefallen.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\nKatrin Schäuble",
    ),
    # --- 21 Laboratoires Doller SA, Mulhouse ------------------------------------------------
    m(
        "740201",
        "2025-09-22 16:48",
        "Recrutement Laboratoires Doller <recrutement@labodoller.fr>",
        "Accusé de réception de votre candidature",
        A("confirmation", LD, LDR, 21, "direct", "fr"),
        "Madame,\n\nNous accusons réception de votre candidature au poste de Technicien(ne) de laboratoire contrôle qualité (H/F) sur notre site de Mulhouse et vous en remercions.\n\nVotre dossier va être étudié avec attention par notre service Ressources Humaines et le responsable du laboratoire. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\nService Recrutement\nLaboratoires Doller SA – 12 rue de la Fonderie – 68200 Mulhouse",
    ),
    m(
        "740202",
        "2025-10-08 09:05",
        "Élodie Bastian <e.bastian@labodoller.fr>",
        "Entretien – Technicien(ne) CQ",
        A("interview", LD, LDR, 21, "direct", "fr"),
        "Bonjour Madame Brändli,\n\nSuite à l'étude de votre candidature, nous souhaiterions échanger avec vous lors d'un entretien en visioconférence (Teams) le jeudi 16 octobre à 14h00, avec M. Vincent Haas, responsable du laboratoire de contrôle.\n\nMerci de me confirmer votre disponibilité. Je vous envoie l'invitation dès réception.\n\nBien cordialement,\nÉlodie Bastian\nChargée de recrutement\nLaboratoires Doller SA",
    ),
    m(
        "740203",
        "2025-10-09 08:20",
        "Élodie Bastian <e.bastian@labodoller.fr>",
        "Invitation : Entretien Mme Brändli / CQ",
        A("interview", LD, LDR, 21, "direct", "fr"),
        "Bonjour,\n\nVoici l'invitation Teams pour jeudi. À bientôt.\n\nÉlodie Bastian",
        ics={
            "uid": "LD-ENT-1016",
            "start": "2025-10-16 14:00:00 +0200",
            "summary": "Entretien Corinne Brändli - Technicien(ne) CQ",
            "organizer": ("Élodie Bastian", "e.bastian@labodoller.fr"),
            "minutes": 45,
            "location": "Réunion Microsoft Teams",
            "style": "outlook",
            "attendees": [("Vincent Haas", "v.haas@labodoller.fr")],
        },
    ),
    m(
        "740204",
        "2025-10-24 11:32",
        "Élodie Bastian <e.bastian@labodoller.fr>",
        "Votre candidature",
        A("rejection", LD, LDR, 21, "direct", "fr"),
        "Bonjour Madame Brändli,\n\nNous vous remercions pour l'intérêt que vous portez aux Laboratoires Doller et pour la qualité de notre échange avec M. Haas. Votre parcours est solide et votre expérience suisse a été appréciée.\n\nToutefois, après réflexion, nous avons retenu une candidature dont le profil correspond davantage aux besoins actuels du poste, notamment sur les méthodes de la Pharmacopée européenne en microbiologie.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nBien cordialement,\nÉlodie Bastian",
    ),
    # --- 22 Laboratoire Jurassien d'Analyses Sàrl via jobup.ch, ghosted ------------------------
    m(
        "740301",
        "2025-10-05 20:40",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée",
        A("confirmation", LJ, LJR, 22, "other", "fr"),
        html="<html><body><p>Bonjour Corinne,</p><p>Votre candidature pour le poste <b>Laborantin(e) en chimie 80-100%</b> chez <b>Laboratoire Jurassien d'Analyses Sàrl</b> (Delémont) a bien été transmise.</p><p>Suivez l'état de vos candidatures dans votre espace «Mes candidatures».</p><p>Bonne chance !<br>L'équipe jobup.ch</p></body></html>",
    ),
    m(
        "740302",
        "2025-10-07 09:14",
        "LJA Sàrl <info@lja-delemont.ch>",
        "Candidature Laborantine",
        A("confirmation", LJ, LJR, 22, "direct", "fr"),
        "Bonjour Madame,\n\nNous avons bien reçu votre dossier et vous remercions. Nous reviendrons vers vous après la clôture de l'annonce, fin octobre.\n\nMeilleures salutations\nLJA – Laboratoire Jurassien d'Analyses Sàrl\nRue de la Préfecture 8, 2800 Delémont",
    ),
    # --- 23 Peregrine CDMO (SmartRecruiters), forwarded from the old address, ghosted ----------
    m(
        "740401",
        "2025-10-02 19:50",
        "Corinne Brändli <c.braendli@hochrhein-analytik.ch>",
        "WG: Thank you for your application to Peregrine CDMO",
        A("confirmation", PC, PCR, 23, "smartrecruiters", "en"),
        "\n\n-----Ursprüngliche Nachricht-----\nVon: Peregrine CDMO <noreply@smartrecruiters.com>\nGesendet: Donnerstag, 2. Oktober 2025 18:12\nAn: Corinne Brändli <c.braendli@hochrhein-analytik.ch>\nBetreff: Thank you for your application to Peregrine CDMO\n\nDear Corinne,\n\nThank you for applying to the QC Analyst (HPLC) position at Peregrine CDMO AG in Zürich. We have received your application and our hiring team will review it in the coming weeks.\n\nIf your qualifications match our requirements, we will contact you to discuss next steps.\n\nBest regards,\nPeregrine CDMO Recruiting Team",
    ),
    # --- French and English job alerts ------------------------------------------------------
    m(
        "740501",
        "2025-09-12 07:30",
        "jobup.ch <alertes@jobup.ch>",
        "3 nouvelles offres : laborantin(e), Jura / Bâle",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Nouvelles offres correspondant à votre alerte</p><ul><li>Laborantin(e) en chimie 80-100% – Laboratoire Jurassien d'Analyses Sàrl – Delémont</li><li>Technicien(ne) QC – Vireo Pharma Services SA – Porrentruy</li><li>Assistant(e) de laboratoire – Hôpital du Jura – Delémont</li></ul></body></html>",
    ),
    m(
        "740502",
        "2025-10-20 07:30",
        "jobup.ch <alertes@jobup.ch>",
        "2 nouvelles offres : laborantin(e), Jura / Bâle",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Nouvelles offres correspondant à votre alerte</p><ul><li>Laborantin(e) CFC en biologie – Biopôle Services Sàrl – Delémont</li><li>Analyste contrôle qualité – Laboratoires Doller SA – Mulhouse</li></ul></body></html>",
    ),
    m(
        "740503",
        "2025-09-28 09:00",
        "Indeed <alert@indeed.com>",
        "Nouvelles offres : technicien laboratoire à Mulhouse (68)",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Technicien(ne) de laboratoire contrôle qualité (H/F) – Laboratoires Doller SA – Mulhouse (68)</p><p>Technicien analyses physico-chimiques – Alsa Pharma Industrie – Saint-Louis (68)</p><p>Postuler facilement</p></body></html>",
    ),
    m(
        "740504",
        "2025-11-02 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to QC Analyst",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for QC Analyst in Basel</p><p>QC Analyst GMP · Vireo Pharma Services · Allschwil<br>Senior QC Specialist · Aurelion · Basel</p></body></html>",
    ),
    m(
        "740505",
        "2025-11-18 08:00",
        "job-room <noreply@job-room.ch>",
        "Job-Alert: 2 neue Stellen für «Chemielaborant/in»",
        ("alert", None, None, None, "other", "de"),
        "Guten Tag Corinne Brändli\n\nFür Ihr Suchprofil wurden neue Stellen publiziert:\n\n- Laborant/in Chemie 100% – Umweltlabor Birs – Aesch\n- Chemielaborant/in – Hochrhein Analytik AG – Pratteln\n\nJob-Room – das Stellenportal der öffentlichen Arbeitsvermittlung",
    ),
    m(
        "740506",
        "2025-10-25 09:10",
        "Peregrine CDMO <noreply@smartrecruiters.com>",
        "Join our Talent Community",
        ("alert", "Peregrine CDMO", None, None, "smartrecruiters", "en"),
        "Hi Corinne,\n\nThank you for your interest in Peregrine CDMO. Join our talent community to be the first to hear about new positions in Zürich and Visp.\n\nPeregrine CDMO Recruiting",
    ),
]
