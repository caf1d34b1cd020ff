# ruff: noqa: E501
"""Corpus 60, French and German job mail (data only): see heldout60.py."""

from __future__ import annotations

from typing import Any

from heldout60_jobs import m


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


def D(cat, co, role, app, src):
    return (cat, co, role, app, src, "de")


SCN, SCNR = "SPF SCN", "Attaché - gestionnaire de projets numériques (A2)"
AW, AW1, AW2 = "AWIN", "Chargée de projets européens", "Chargée de mission Fonds européens (FEDER)"
ABTE, ABTER = "ABTE", "Chef de projet Transition numérique"
VDM, VDMR = "Vandermeer Data", "Projektmanagerin Regulatorik (m/w/d)"
AUR, AURR = "Aurelia Assurances", "Chef de projet réglementaire"
SCB, SCBR = "Société du Canal de Bruxelles", "Chef de projet PMO"
DLV, DLVR = "Delvaux & Partners", "Project Manager Subsides"
MOB, MOBR = "Mobilis Consult", "Project Manager Mobility"
FLG, FLGR = "Ferlog", "Chef de projet financements publics"
MTP, MTPR = "Meuse Tech Park", "Chef de projet Innovation"

SIG_AW = (
    "\n\n--\nService Ressources humaines\nAWIN - Agence wallonne pour l'Innovation numérique\n"
    "Place de la Wallonie 9, 5100 Namur (Jambes) - www.awin.wallonie.be"
)

MAIL: list[dict[str, Any]] = [
    # --- 2 SPF SCN via FEDSEL -----------------------------------------------------------------
    m(
        "73001",
        "2025-10-10 14:31",
        "FEDSEL - Mon compte <noreply@fedsel-recrutement.be>",
        "Votre candidature - AFG25118 - Attaché gestionnaire de projets numériques (m/f/x)",
        F("confirmation", SCN, SCNR, 2, "other"),
        "Madame,\n\nNous avons bien reçu votre candidature pour la sélection comparative AFG25118 : "
        "Attaché - gestionnaire de projets numériques (m/f/x) pour le SPF Stratégie et Coordination "
        "numérique (SPF SCN).\n\nVotre candidature sera examinée sur la base des conditions de "
        "participation (diplôme, expérience). Si vous ne remplissez pas ces conditions, vous en "
        "serez informée via « Mon compte ».\n\nLes informations concernant les prochaines étapes "
        "(screening des CV, épreuves) vous seront communiquées uniquement via « Mon compte ».\n\n"
        "Cordialement,\nFEDSEL - Service fédéral de sélection\nCe message est généré automatiquement.",
    ),
    m(
        "73002",
        "2025-10-10 14:52",
        "Sofie Van den Broeck-Moreau <sofie.vdbm@mailbox.org>",
        "TR: Votre candidature - AFG25118 - Attaché gestionnaire de projets numériques (m/f/x)",
        F("confirmation", SCN, SCNR, 2, "other"),
        "Papa, voilà la sélection fédérale dont je te parlais. Croise les doigts !\n\n-------- Message "
        "transféré --------\nDe : FEDSEL - Mon compte <noreply@fedsel-recrutement.be>\nDate : 10/10/2025 "
        "14:31\nObjet : Votre candidature - AFG25118 - Attaché gestionnaire de projets numériques (m/f/x)\n\n"
        "Madame,\n\nNous avons bien reçu votre candidature pour la sélection comparative AFG25118 : "
        "Attaché - gestionnaire de projets numériques (m/f/x) pour le SPF Stratégie et Coordination "
        "numérique (SPF SCN).\n\nCordialement,\nFEDSEL - Service fédéral de sélection",
        to="Papa <jp.vandenbroeck@skynet.be>",
    ),
    m(
        "73012",
        "2025-10-31 09:10",
        "FEDSEL - Mon compte <noreply@fedsel-recrutement.be>",
        "Nouveau message dans « Mon compte » - AFG25118",
        F("assessment", SCN, SCNR, 2, "other"),
        "Madame,\n\nUn nouveau message est disponible dans « Mon compte ».\n\nSélection : AFG25118\n"
        "Objet : Invitation à l'épreuve informatisée (raisonnement abstrait et compétences "
        "numériques)\n\nL'épreuve se déroulera le jeudi 13 novembre 2025 à 13h30 au centre d'examen "
        "FEDSEL, Boulevard Simon Bolivar 30, 1000 Bruxelles (WTC III). Veuillez vous présenter "
        "muni(e) de votre carte d'identité et de la convocation.\n\nCordialement,\nFEDSEL",
    ),
    m(
        "73023",
        "2025-11-28 16:00",
        "FEDSEL - Mon compte <noreply@fedsel-recrutement.be>",
        "Nouveau message dans « Mon compte » - AFG25118",
        F("interview", SCN, SCNR, 2, "other"),
        "Madame,\n\nUn nouveau message est disponible dans « Mon compte ».\n\nSélection : AFG25118\n"
        "Objet : Résultat de l'épreuve informatisée et invitation à l'entretien\n\nNous avons le "
        "plaisir de vous informer que vous avez réussi l'épreuve informatisée. Vous êtes invitée à "
        "l'entretien devant le jury le mardi 16 décembre 2025 à 10h00 (Teams). L'entretien comprend "
        "une préparation de 30 minutes d'un cas pratique.\n\nCordialement,\nFEDSEL",
    ),
    m(
        "73034",
        "2026-01-09 11:02",
        "FEDSEL - Mon compte <noreply@fedsel-recrutement.be>",
        "Nouveau message dans « Mon compte » - AFG25118",
        F("interview", SCN, SCNR, 2, "other"),
        "Madame,\n\nUn nouveau message est disponible dans « Mon compte ».\n\nSélection : AFG25118\n"
        "Objet : Résultat de la sélection\n\nNous avons le plaisir de vous annoncer que vous êtes "
        "lauréate de la sélection AFG25118 et que vous figurez dans la réserve de recrutement "
        "(classement : 3e). La réserve est valable deux ans. Le SPF SCN prendra contact avec vous "
        "pour un entretien d'affectation lorsqu'un poste sera disponible.\n\nCordialement,\nFEDSEL",
    ),
    m(
        "73035",
        "2026-02-10 15:40",
        "Katrien Wauters <katrien.wauters@scn.fgov.be>",
        "SPF SCN - entretien d'affectation - réserve AFG25118",
        F("interview", SCN, SCNR, 2, "direct"),
        "Bonjour Madame Van den Broeck-Moreau,\n\nVous êtes lauréate de la sélection AFG25118 et nous "
        "avons un poste d'attaché à pourvoir dans notre service « Programmes européens et "
        "interopérabilité ». Je vous propose un entretien d'affectation (informel, 45 minutes) le "
        "lundi 16 février à 14h00 en nos bureaux, rue Royale 138, 1000 Bruxelles, ou via Webex si vous "
        "préférez.\n\nBien à vous,\nKatrien Wauters\nResponsable P&O\nSPF Stratégie et Coordination "
        "numérique - FOD Strategie en Digitale Coördinatie",
    ),
    m(
        "73046",
        "2026-03-03 10:20",
        "Katrien Wauters <katrien.wauters@scn.fgov.be>",
        "Proposition d'engagement - attaché A2",
        F("offer", SCN, SCNR, 2, "direct"),
        "Bonjour Madame,\n\nSuite à notre entretien, j'ai le plaisir de vous proposer un engagement "
        "comme attaché (A2) stagiaire au SPF SCN, service Programmes européens et interopérabilité, à "
        "partir du 1er mai 2026. Vous trouverez en annexe la proposition (échelle barémique A21, "
        "valorisation de votre ancienneté privée sous réserve).\n\nPourriez-vous nous faire part de "
        "votre décision avant le 13 mars ?\n\nBien à vous,\nKatrien Wauters\nSPF SCN",
        attach=[
            (
                "Proposition_engagement_A2.txt",
                "text/plain",
                "Proposition d'engagement - attaché A21 - SPF SCN",
            )
        ],
    ),
    m(
        "73047",
        "2026-03-06 16:55",
        "Katrien Wauters <katrien.wauters@scn.fgov.be>",
        "RE: Proposition d'engagement - attaché A2",
        F("offer", SCN, SCNR, 2, "direct"),
        "Chère Madame,\n\nJe prends bonne note de votre décision de décliner notre proposition, que "
        "je regrette évidemment. Vous restez dans la réserve de recrutement AFG25118 jusqu'à son "
        "expiration, sauf demande contraire de votre part.\n\nBonne continuation dans vos nouvelles "
        "fonctions,\nKatrien Wauters\n\n-----Message d'origine-----\nDe : Sofie Van den Broeck-Moreau\n"
        "Envoyé : vendredi 6 mars 2026 09:14\nObjet : RE: Proposition d'engagement - attaché A2\n\n"
        "Madame Wauters, je vous remercie sincèrement pour cette proposition. Après réflexion, j'ai "
        "accepté un poste dans une ASBL européenne et je dois malheureusement la décliner...",
        st="declined",
    ),
    # --- 3 AWIN r1 (Forem posting) -----------------------------------------------------------
    m(
        "73101",
        "2025-10-15 11:43",
        "Recrutement AWIN <recrutement@awin.wallonie.be>",
        "Accusé de réception - Chargé(e) de projets européens (réf. AWIN-2025-27)",
        F("confirmation", AW, AW1, 3, "direct"),
        "Madame,\n\nNous accusons bonne réception de votre candidature au poste de Chargé(e) de "
        "projets européens (réf. AWIN-2025-27), publié sur le site du Forem.\n\nLes candidatures "
        "seront analysées après la date de clôture (31 octobre). Seul(e)s les candidat(e)s retenu(e)s "
        "pour l'épreuve écrite seront contacté(e)s." + SIG_AW,
    ),
    m(
        "73112",
        "2025-11-07 14:20",
        "Recrutement AWIN <recrutement@awin.wallonie.be>",
        "Convocation à l'épreuve écrite - réf. AWIN-2025-27",
        F("assessment", AW, AW1, 3, "direct"),
        "Madame,\n\nSuite à l'analyse des candidatures, nous avons le plaisir de vous convoquer à "
        "l'épreuve écrite qui aura lieu le vendredi 21 novembre 2025 de 9h30 à 12h30 dans nos locaux "
        "à Jambes. L'épreuve porte sur la rédaction d'une fiche projet Interreg et une note de "
        "synthèse.\n\nMerci de confirmer votre présence par retour de mail." + SIG_AW,
    ),
    m(
        "73123",
        "2025-12-08 09:05",
        "Recrutement AWIN <recrutement@awin.wallonie.be>",
        "Votre candidature - réf. AWIN-2025-27",
        F("rejection", AW, AW1, 3, "direct"),
        "Madame,\n\nNous vous remercions de votre participation à l'épreuve écrite pour le poste de "
        "Chargé(e) de projets européens.\n\nNous avons le regret de vous informer que votre résultat "
        "(11,5/20) ne vous permet pas d'accéder à l'entretien oral. Le jury a toutefois souligné la "
        "qualité de votre note de synthèse.\n\nNous vous souhaitons plein succès dans vos recherches."
        + SIG_AW,
    ),
    # --- 21 AWIN r2 --------------------------------------------------------------------------
    m(
        "73131",
        "2026-01-26 10:12",
        "Recrutement AWIN <recrutement@awin.wallonie.be>",
        "Accusé de réception - Chargé(e) de mission Fonds européens (FEDER) (réf. AWIN-2026-04)",
        F("confirmation", AW, AW2, 21, "direct"),
        "Madame,\n\nNous accusons bonne réception de votre candidature au poste de Chargé(e) de "
        "mission Fonds européens (FEDER) (réf. AWIN-2026-04).\n\nLes candidatures seront analysées "
        "après la date de clôture (13 février). Seul(e)s les candidat(e)s retenu(e)s seront "
        "contacté(e)s." + SIG_AW,
    ),
    m(
        "73142",
        "2026-02-20 13:48",
        "Julie Lambotte <julie.lambotte@awin.wallonie.be>",
        "Entretien - Chargé(e) de mission FEDER",
        F("interview", AW, AW2, 21, "direct"),
        "Bonjour Madame Van den Broeck-Moreau,\n\nNous nous souvenons de votre candidature de l'automne "
        "et votre profil correspond bien à ce nouveau poste, pour lequel il n'y a pas d'épreuve écrite. "
        "Nous aimerions vous rencontrer le mercredi 4 mars à 10h00 (Teams). Une invitation suit.\n\n"
        "Bien cordialement,\nJulie Lambotte\nConseillère RH - Agence wallonne pour l'Innovation "
        "numérique",
        ics={
            "uid": "040000008200E00074C5B7101A82E008-awin-feder",
            "start": "2026-03-04 10:00:00 +0100",
            "minutes": 60,
            "style": "outlook",
            "summary": "Entretien - Chargé(e) de mission FEDER - S. Van den Broeck-Moreau",
            "organizer": ("Julie Lambotte", "julie.lambotte@awin.wallonie.be"),
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "73143",
        "2026-03-02 08:30",
        "Julie Lambotte <julie.lambotte@awin.wallonie.be>",
        "RE: Entretien - Chargé(e) de mission FEDER",
        F("confirmation", AW, AW2, 21, "direct"),
        "Bonjour Madame,\n\nMerci de nous avoir prévenus. Nous annulons l'entretien de mercredi et "
        "clôturons votre candidature à votre demande. Félicitations pour votre nouveau poste !\n\n"
        "Julie Lambotte\n\n> Madame Lambotte, ayant accepté un autre poste, je préfère retirer ma "
        "candidature pour ne pas mobiliser le jury inutilement...",
        st="withdrawn",
    ),
    # --- 4 ABTE (Talentsoft), ghosted ------------------------------------------------------
    m(
        "73201",
        "2025-10-20 16:33",
        "ABTE - Recrutement <noreply@talent-soft.com>",
        "Confirmation de votre candidature",
        F("confirmation", ABTE, ABTER, 4, "other"),
        html="<html><body><p>Madame Van den Broeck-Moreau,</p><p>Nous vous remercions pour l'intérêt "
        "que vous portez à l'Agence bruxelloise de la Transition énergétique (ABTE / BATE).</p><p>Votre "
        "candidature au poste <b>Chef de projet Transition numérique (h/f/x) - CDI - niveau A</b> a bien "
        "été enregistrée sous la référence 2025-0193.</p><p>Nous reviendrons vers vous dans les "
        "meilleurs délais. Sans nouvelles de notre part dans un délai de six semaines, vous pourrez "
        "considérer que votre candidature n'a pas été retenue.</p><p>Le service Talents</p></body></html>",
    ),
    # --- 8 Vandermeer Data (German, SuccessFactors) -------------------------------------------
    m(
        "73301",
        "2025-10-23 09:47",
        "Vandermeer Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung als Projektmanagerin Regulatorik (m/w/d)",
        D("confirmation", VDM, VDMR, 8, "other"),
        "Sehr geehrte Frau Van den Broeck-Moreau,\n\nvielen Dank für Ihre Bewerbung als "
        "Projektmanagerin Regulatorik (m/w/d) am Standort Luxemburg-Stadt.\n\nWir haben Ihre Unterlagen "
        "erhalten und prüfen diese sorgfältig. Wir melden uns in den nächsten zwei bis drei Wochen "
        "bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nVandermeer Finanzdaten S.à r.l. - "
        "RCS Luxembourg B 198.442",
    ),
    m(
        "73312",
        "2025-11-11 13:15",
        "Jana Hoffmann <jana.hoffmann@vandermeer-data.lu>",
        "Einladung zum Gespräch - Projektmanagerin Regulatorik",
        D("interview", VDM, VDMR, 8, "direct"),
        "Sehr geehrte Frau Van den Broeck-Moreau,\n\nIhr Profil hat uns angesprochen, und wir möchten "
        "Sie gerne näher kennenlernen. Hätten Sie am Donnerstag, 20. November, um 15:00 Uhr Zeit für "
        "ein persönliches Gespräch in unserem Büro in Luxemburg (ca. 45 Minuten) mit Herrn Thill, Leiter Regulatory Reporting? "
        "Das Gespräch kann gerne auf Englisch oder Französisch stattfinden.\n\nMit freundlichen Grüßen\n"
        "Jana Hoffmann\nHR Business Partner\nVandermeer Data | Vandermeer Finanzdaten S.à r.l.\n"
        "12, rue Erasme, L-1468 Luxembourg",
        ics={
            "uid": "040000008200E00074C5B7101A82E008-vdm-1",
            "start": "2025-11-20 15:00:00 +0100",
            "minutes": 45,
            "style": "outlook",
            "summary": "Interview Projektmanagerin Regulatorik - Van den Broeck-Moreau",
            "organizer": ("Jana Hoffmann", "jana.hoffmann@vandermeer-data.lu"),
            "attendees": [("Marc Thill", "marc.thill@vandermeer-data.lu")],
            "location": "Vandermeer, 12 rue Erasme, Luxembourg-Kirchberg - Empfang 2. Etage",
        },
    ),
    m(
        "73323",
        "2025-12-05 11:30",
        "Jana Hoffmann <jana.hoffmann@vandermeer-data.lu>",
        "Ihre Bewerbung bei Vandermeer",
        D("rejection", VDM, VDMR, 8, "direct"),
        "Sehr geehrte Frau Van den Broeck-Moreau,\n\nnochmals vielen Dank für das angenehme Gespräch "
        "und Ihr Interesse an Vandermeer. Herr Thill war von Ihrer Projekterfahrung beeindruckt.\n\n"
        "Nach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden, die "
        "bereits Erfahrung im luxemburgischen Fondsumfeld mitbringt. Wir bedauern, Ihnen keine "
        "positivere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles "
        "Gute.\n\nMit freundlichen Grüßen\nJana Hoffmann",
    ),
    # --- 9 Aurelia Assurances via Groupe Lumion (SuccessFactors) -------------------------------
    m(
        "73401",
        "2025-11-03 18:10",
        "Groupe Lumion - Recrutement <noreply@successfactors.eu>",
        "Groupe Lumion : confirmation de votre candidature (réf. 51877)",
        F("confirmation", AUR, AURR, 9, "other"),
        "Bonjour Sofie,\n\nNous avons bien reçu votre candidature pour le poste de Chef de projet "
        "réglementaire (réf. 51877) au sein de notre filiale Aurelia Assurances SA, à Bruxelles.\n\n"
        "Notre équipe Recrutement analysera votre dossier et reviendra vers vous. Vous pouvez "
        "suivre votre candidature depuis votre espace candidat.\n\nL'équipe Talent Acquisition\n"
        "Groupe Lumion SA - Assurances & Prévoyance",
    ),
    m(
        "73412",
        "2025-11-17 08:55",
        "Groupe Lumion - Recrutement <noreply@successfactors.eu>",
        "Test en ligne - réf. 51877",
        F("assessment", AUR, AURR, 9, "other"),
        "Bonjour Sofie,\n\nDans le cadre de votre candidature (réf. 51877), nous vous invitons à passer "
        "un test de raisonnement en ligne (environ 30 minutes) chez notre partenaire Talent Q. Vous "
        "recevrez le lien par un e-mail séparé. Merci de le compléter avant le 24 novembre.\n\n"
        "L'équipe Talent Acquisition - Groupe Lumion",
    ),
    m(
        "73423",
        "2025-12-10 17:40",
        "Groupe Lumion - Recrutement <noreply@successfactors.eu>",
        "Suite de votre candidature chez Aurelia",
        F("rejection", AUR, AURR, 9, "other"),
        "Bonjour Sofie,\n\nNous vous remercions d'avoir pris le temps de compléter notre test et de "
        "l'intérêt que vous portez à Aurelia. Vos résultats étaient tout à fait honorables.\n\n"
        "Toutefois, après une étude attentive, nous avons retenu des profils disposant d'une "
        "expérience plus directe du secteur de l'assurance. Nous conservons votre CV dans notre "
        "base de données et ne manquerons pas de vous recontacter.\n\nBien cordialement,\nL'équipe "
        "Talent Acquisition - Groupe Lumion",
    ),
    # --- 10 SCB via Talentia Interim -----------------------------------------------------------
    m(
        "73501",
        "2025-11-06 10:02",
        "Amandine Lecocq <amandine.lecocq@talentia-interim.be>",
        "Opportunité - Chef de projet PMO - acteur public bruxellois",
        ("outreach", None, SCBR, None, "agency", "fr"),
        "Bonjour Sofie,\n\nJe suis consultante chez Talentia Interim, division Public & Non-Profit. "
        "Pour l'un de nos clients, un organisme public régional basé à Bruxelles (secteur "
        "infrastructures), nous recherchons un(e) Chef de projet PMO pour une mission de 12 mois, "
        "possiblement suivie d'un engagement.\n\nVotre profil correspond très bien. Seriez-vous "
        "disponible pour un échange téléphonique cette semaine ?\n\nBien à vous,\nAmandine Lecocq\n"
        "Consultante senior - Talentia Interim SA\n+32 2 588 41 10",
    ),
    m(
        "73512",
        "2025-11-14 15:22",
        "Amandine Lecocq <amandine.lecocq@talentia-interim.be>",
        "Présentation de votre candidature - Société du Canal de Bruxelles",
        F("confirmation", SCB, SCBR, 10, "agency"),
        "Bonjour Sofie,\n\nMerci pour notre échange de mardi. Comme convenu, j'ai présenté votre "
        "candidature à notre client, que je peux maintenant vous nommer : il s'agit de la Société du "
        "Canal de Bruxelles (SCB). Le poste est rattaché à la direction Investissements.\n\nJe reviens "
        "vers vous dès que j'ai un retour de leur part.\n\nBien à vous,\nAmandine",
    ),
    m(
        "73523",
        "2025-11-27 12:18",
        "Amandine Lecocq <amandine.lecocq@talentia-interim.be>",
        "SCB - entretien le 3/12",
        F("interview", SCB, SCBR, 10, "agency"),
        "Bonjour Sofie,\n\nBonne nouvelle : la SCB souhaite vous rencontrer ! L'entretien aura lieu le "
        "mercredi 3 décembre à 14h00 dans leurs bureaux, Place Sainctelette 2, avec M. Van Hove "
        "(directeur Investissements) et Mme Baert (RH). Je vous envoie l'invitation.\n\nBien à vous,\nAmandine",
        ics={
            "uid": "talentia-scb-0312@talentia-interim.be",
            "start": "2025-12-03 14:00:00 +0100",
            "minutes": 60,
            "style": "outlook",
            "summary": "Entretien SCB - Chef de projet PMO - Sofie VDB-M",
            "organizer": ("Amandine Lecocq", "amandine.lecocq@talentia-interim.be"),
            "location": "SCB, Place Sainctelette 2, 1080 Molenbeek-Saint-Jean",
        },
    ),
    m(
        "73534",
        "2025-12-19 09:41",
        "Amandine Lecocq <amandine.lecocq@talentia-interim.be>",
        "RE: SCB - entretien le 3/12",
        F("confirmation", SCB, SCBR, 10, "agency"),
        "Bonjour Sofie,\n\nPetit point de situation : la SCB m'informe que le recrutement est "
        "suspendu dans l'attente de l'approbation de leur budget 2026 par le Gouvernement régional. "
        "Votre candidature reste en tête de liste, ils devraient revenir vers nous fin février au plus "
        "tôt.\n\nJe vous tiens au courant. Belles fêtes !\nAmandine",
        st="on_hold",
    ),
    # --- 13 Delvaux & Partners (Indeed), ghosted -----------------------------------------------
    m(
        "73601",
        "2025-10-28 20:15",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidature envoyée : Project Manager Subsides",
        F("confirmation", DLV, DLVR, 13, "indeed"),
        html="<html><body><p><b>Candidature envoyée</b></p><p>Project Manager Subsides<br>Delvaux &amp; "
        "Partners - Bruxelles</p><p>Les éléments suivants ont été envoyés à Delvaux &amp; Partners : "
        "CV, lettre de motivation.</p><p>Bonne chance !</p><p>Indeed</p></body></html>",
    ),
    # --- 14 Mobilis Consult (StepStone) --------------------------------------------------------
    m(
        "73701",
        "2025-10-29 10:40",
        "StepStone <noreply@stepstone.be>",
        "Votre candidature chez Mobilis Consult NV",
        F("confirmation", MOB, MOBR, 14, "other"),
        html="<html><body><p>Bonjour Sofie,</p><p>Votre candidature pour le poste <b>Project Manager "
        "Mobility (m/f/x)</b> chez <b>Mobilis Consult NV</b> a bien été envoyée.</p><p>Conseil : "
        "complétez votre profil StepStone pour être trouvée par les recruteurs.</p><p>Votre équipe "
        "StepStone</p></body></html>",
    ),
    m(
        "73712",
        "2025-11-19 15:03",
        "Mobilis HR <hr@mobilis-consult.be>",
        "Uw sollicitatie / Votre candidature - Project Manager Mobility",
        F("rejection", MOB, MOBR, 14, "direct"),
        "Chère Sofie,\n\nMerci pour votre candidature au poste de Project Manager Mobility. Nous avons "
        "reçu de nombreuses candidatures de qualité. Malheureusement, nous ne pouvons pas donner une "
        "suite favorable à la vôtre : pour ce poste, nous recherchons quelqu'un de parfaitement "
        "bilingue FR/NL sur le plan technique.\n\nNous vous souhaitons bonne chance.\n\nMet "
        "vriendelijke groeten / Cordialement,\nHR Mobilis",
    ),
    # --- 18 Ferlog (SmartRecruiters), ghosted ------------------------------------------------
    m(
        "73801",
        "2025-12-03 11:28",
        "Ferrand Logistique SA <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        F("confirmation", FLG, FLGR, 18, "smartrecruiters"),
        "Bonjour Sofie,\n\nMerci d'avoir postulé au poste de Chef de projet financements publics à "
        "Liège. Nous avons bien reçu votre candidature et l'examinons avec attention.\n\nMalheureusement "
        "nous ne pouvons pas répondre personnellement à chaque candidat ; si votre profil est retenu, "
        "un membre de l'équipe Ferlog vous contactera.\n\nCordialement,\nFerrand Logistique SA",
    ),
    # --- 19 Meuse Tech Park (Forem posting, direct) ------------------------------------------
    m(
        "73901",
        "2025-11-21 09:20",
        "Meuse Tech Park <emploi@meusetechpark.be>",
        "Candidature Chef de projet Innovation",
        F("confirmation", MTP, MTPR, 19, "direct"),
        "Madame,\n\nNous avons bien reçu votre candidature pour le poste de Chef de projet Innovation "
        "(offre Forem n° 4421870) et vous en remercions.\n\nLa sélection se déroulera en deux temps : "
        "une épreuve écrite, puis un entretien oral pour les candidats retenus.\n\nMeuse Tech Park SA\n"
        "Rue du Bois Saint-Jean 15, 4102 Seraing",
    ),
    m(
        "73912",
        "2025-12-12 14:00",
        "Meuse Tech Park <emploi@meusetechpark.be>",
        "Épreuve écrite - Chef de projet Innovation",
        F("assessment", MTP, MTPR, 19, "direct"),
        "Madame,\n\nVotre candidature a retenu notre attention. Nous vous invitons à l'épreuve écrite "
        "le mardi 6 janvier 2026 à 9h00 à Seraing (durée : 2h30). Elle consiste en l'analyse d'un "
        "dossier de financement régional.\n\nMerci de confirmer votre présence.\n\nMeuse Tech Park SA",
    ),
    m(
        "73923",
        "2026-01-16 11:15",
        "Laurent Dethier <l.dethier@meusetechpark.be>",
        "Chef de projet Innovation - entretien",
        F("interview", MTP, MTPR, 19, "direct"),
        "Bonjour Madame Van den Broeck-Moreau,\n\nVous avez réussi l'épreuve écrite. Je vous propose un "
        "entretien le jeudi 22 janvier à 10h30 à Seraing avec notre directrice générale. Le train "
        "Bruxelles-Liège + bus 2 vous dépose à 200 m.\n\nCordialement,\nLaurent Dethier\nResponsable "
        "RH - MTP",
    ),
    m(
        "73934",
        "2026-02-02 16:45",
        "Laurent Dethier <l.dethier@meusetechpark.be>",
        "Re: Chef de projet Innovation - entretien",
        F("rejection", MTP, MTPR, 19, "direct"),
        "Madame,\n\nNous tenons à vous remercier pour l'entretien du 22 janvier. Vos compétences en "
        "gestion de projets européens ont été appréciées par le jury.\n\nNous avons cependant le "
        "regret de vous annoncer que notre choix s'est porté sur un(e) candidat(e) disposant d'une "
        "connaissance approfondie du tissu industriel liégeois.\n\nCordialement,\nLaurent Dethier",
    ),
    # --- job mail without an application (fr/de) --------------------------------------------
    m(
        "74001",
        "2025-10-13 06:45",
        "Actiris <noreply@actiris.be>",
        "Nouvelles offres d'emploi pour vous",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Sofie,\n\nDe nouvelles offres correspondent à votre profil sur Actiris :\n- Gestionnaire "
        "de projets (m/f/x) - CPAS d'Etterbeek\n- Chargé(e) de mission européen - Commune de "
        "Schaerbeek\n- Coordinateur/trice de projets - Maison de l'Emploi\n\nConsultez-les sur "
        "www.actiris.brussels.",
    ),
    m(
        "74002",
        "2025-12-15 06:45",
        "Actiris <noreply@actiris.be>",
        "Nouvelles offres d'emploi pour vous",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour Sofie,\n\n- Project Manager Digital (m/f/x) - Brulocalis ASBL\n- Attaché(e) - "
        "Parlement francophone bruxellois\n\nConsultez-les sur www.actiris.brussels.",
    ),
    m(
        "74003",
        "2025-10-17 12:10",
        "Actiris - Mon dossier <noreply@actiris.be>",
        "Votre rendez-vous avec votre conseiller·ère emploi",
        ("other_job", None, None, None, "other", "fr"),
        "Bonjour Madame,\n\nNous vous rappelons votre rendez-vous avec votre conseillère emploi, Mme "
        "Nadia El Amrani, le mercredi 22 octobre à 10h00, Boulevard Anspach 65. Merci de vous munir de "
        "votre CV à jour.\n\nActiris",
    ),
    m(
        "74010",
        "2025-11-04 07:00",
        "Le Forem <noreply@leforem.be>",
        "Vos alertes emploi : 6 nouvelles offres",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour,\n\nVoici les nouvelles offres correspondant à votre alerte « chef de projet - Liège "
        "(30 km) » :\n- Chef de projet Innovation - Meuse Tech Park SA - Seraing\n- Chargé de projets "
        "- GRE-Liège ASBL - Liège\n- Coordinateur européen - Université (HEC) - Liège\n\nLe Forem",
    ),
    m(
        "74011",
        "2026-01-20 07:00",
        "Le Forem <noreply@leforem.be>",
        "Vos alertes emploi : 4 nouvelles offres",
        ("alert", None, None, None, "other", "fr"),
        "Bonjour,\n\n- Chargé(e) de mission Fonds européens (FEDER) - AWIN - Namur\n- Gestionnaire de "
        "subsides - Province de Liège\n\nLe Forem",
    ),
    m(
        "74020",
        "2025-10-25 09:00",
        "StepStone <noreply@stepstone.be>",
        "12 nouveaux jobs pour « project manager »",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Bonjour Sofie, voici vos nouvelles offres :</p><p>Project Manager Mobility "
        "(m/f/x) - Mobilis Consult NV - Bruxelles</p><p>PMO Officer - Banque Orion - Bruxelles</p>"
        "<p>Voir toutes les offres</p></body></html>",
    ),
    m(
        "74021",
        "2025-12-18 10:22",
        "StepStone <noreply@stepstone.be>",
        "Votre candidature n'est pas terminée",
        ("alert", "Banque Orion", "PMO Officer", None, "other", "fr"),
        html="<html><body><p>Bonjour Sofie,</p><p>Vous avez commencé à postuler pour <b>PMO Officer</b> "
        "chez Banque Orion mais vous n'avez pas encore envoyé votre candidature.</p><p>Terminer ma "
        "candidature</p></body></html>",
    ),
    m(
        "74030",
        "2026-01-07 14:35",
        "Amandine Lecocq <amandine.lecocq@talentia-interim.be>",
        "Mission de remplacement - gestionnaire de subsides",
        ("outreach", None, "Gestionnaire de subsides (remplacement)", None, "agency", "fr"),
        "Bonjour Sofie,\n\nEn attendant la SCB, je me permets de vous proposer une autre mission : un "
        "remplacement de congé de maternité (6 mois) comme gestionnaire de subsides pour une ASBL "
        "culturelle à Saint-Gilles. Cela pourrait-il vous intéresser ?\n\nAmandine",
    ),
    m(
        "74040",
        "2025-10-23 09:31",
        "Vandermeer Karriere <noreply@successfactors.eu>",
        "Ihr Kandidatenkonto wurde erstellt",
        ("other_job", VDM, None, None, "other", "de"),
        "Sehr geehrte Frau Van den Broeck-Moreau,\n\nIhr Kandidatenkonto im Karriereportal der "
        "Vandermeer Finanzdaten S.à r.l. wurde erfolgreich angelegt. Bitte bestätigen Sie Ihre "
        "E-Mail-Adresse innerhalb von 48 Stunden über folgenden Link.\n\nIhr Recruiting-Team",
    ),
    m(
        "74050",
        "2025-11-17 09:02",
        "Talent Q <no-reply@talentq.com>",
        "Invitation à un test en ligne - Groupe Lumion",
        F("assessment", AUR, AURR, 9, "other"),
        html="<html><body><p>Bonjour Sofie,</p><p>Groupe Lumion vous invite à compléter les évaluations "
        "suivantes : <b>Elements - raisonnement verbal, numérique et logique</b>.</p><p>Date limite : "
        "24/11/2025</p><p><a href='https://assess.talentq.com/'>Commencer</a></p></body></html>",
    ),
]

# Replies to mail she sent (her own messages are not in this mailbox).
_REPLIES = {
    "73047": "<VI1PR02MB5521A9E0C1B44F7D1E2B8C30A1F92@VI1PR02MB5521.eurprd02.prod.outlook.com>",
    "73143": "<CAGx7vQm3tT0YzK1q8pPqf2uXn1jE9Lw@mail.mailbox.org>",
    "73534": "<talentia-scb-0312-reply@talentia-interim.be>",
    "73934": "<8a1c3f0e-22b7-4b5e-9f1d-sofie-mtp@mailbox.org>",
}
for _spec in MAIL:
    _key = _spec["id"][1:].split(".", 1)[0]
    if _key in _REPLIES:
        _spec["In-Reply-To"] = _spec["References"] = _REPLIES[_key]
