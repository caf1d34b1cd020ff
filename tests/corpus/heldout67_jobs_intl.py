# ruff: noqa: E501
"""Corpus 67, French and German job mail (data only): see heldout67.py."""

from __future__ import annotations

from typing import Any

from heldout67_jobs import m, reply


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


def D(cat, co, role, app, src):
    return (cat, co, role, app, src, "de")


def J(cat, src, lang="fr", co=None, role=None):
    return (cat, co, role, None, src, lang)


BV, BVR = "BVDK", "Referent/in EU-Politik (m/w/d)"
DVW, DVWR = "DVW", "Kommunikationsmanager/in Brüssel (m/w/d)"
MEBW, MEBWR = "Maison de l'Europe Bruxelles-Wallonie", "Chargé·e de projets européens"
PV, PVR = "Pointvirgule", "Chargée de communication (candidature spontanée)"
ZK, ZKR = "Atelier Zinneke", "Responsable communication"
ARBE, ARBER = "Agence régionale Bruxelles-Europe", "Attaché·e relations européennes"
STR, STRR = "Stratéga Conseil", "Consultant junior affaires publiques"
FBAB, FBABR = (
    "Fédération des Brasseurs Artisanaux de Belgique",
    "Responsable communication & affaires publiques",
)
REVD, REVDR = "Réseau Européen des Villes Durables", "Chargé·e de communication digitale"

MAIL: list[dict[str, Any]] = [
    # --- 11 BVDK Brussels office (Personio) ------------------------------------------------
    m(
        "74101",
        "2025-09-25 10:14",
        "BVDK Bundesverband der Deutschen Kältetechnik e.V. <jobs@bvdk.jobs.personio.de>",
        "Ihre Bewerbung als Referent/in EU-Politik (m/w/d)",
        D("confirmation", BV, BVR, 11, "personio"),
        "Sehr geehrte Frau Vandermeulen,\n\nvielen Dank für Ihre Bewerbung als Referent/in EU-Politik (m/w/d) für unser Verbindungsbüro in Brüssel und das damit verbundene Interesse an unserem Verband.\n\nWir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Wir melden uns so schnell wie möglich bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Personalteam\nBundesverband der Deutschen Kältetechnik e.V. (BVDK)\nBerlin | Brüssel",
    ),
    m(
        "74118",
        "2025-10-07 13:50",
        "Friederike Haas <f.haas@bvdk.de>",
        "Einladung zum Vorstellungsgespräch – Büro Brüssel",
        D("interview", BV, BVR, 11, "direct"),
        "Sehr geehrte Frau Vandermeulen,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu dürfen. Das Gespräch findet am Donnerstag, 16. Oktober 2025, um 10:00 Uhr in unserem Brüsseler Büro (Rue d'Arlon 25, 1050 Brüssel) statt. Teilnehmen werden Herr Dr. Weinert (Leiter des Brüsseler Büros) und ich. Das Gespräch wird überwiegend auf Deutsch, teilweise auf Englisch geführt.\n\nEine Kalendereinladung anbei. Bitte bestätigen Sie uns den Termin kurz.\n\nMit freundlichen Grüßen\nFriederike Haas\nReferentin Personal\nBVDK e.V.",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000011BC3D77@bvdk",
            "start": "2025-10-16 10:00:00 +0200",
            "minutes": 60,
            "summary": "Vorstellungsgespräch Referent/in EU-Politik – Vandermeulen",
            "organizer": ("Haas, Friederike", "f.haas@bvdk.de"),
            "attendees": [("Weinert, Dr. Matthias", "m.weinert@bvdk.de")],
            "location": "BVDK Büro Brüssel, Rue d'Arlon 25",
            "style": "outlook",
        },
    ),
    m(
        "74133",
        "2025-10-29 15:26",
        "Friederike Haas <f.haas@bvdk.de>",
        "Ihre Bewerbung bei uns",
        D("rejection", BV, BVR, 11, "direct"),
        "Sehr geehrte Frau Vandermeulen,\n\nnochmals herzlichen Dank für das angenehme Gespräch in Brüssel. Ihre Erfahrung in der Verbandskommunikation hat uns gut gefallen.\n\nNach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden, die bereits über vertiefte Kenntnisse der F-Gase-Verordnung verfügt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\nFriederike Haas\nBVDK e.V.",
    ),
    # --- 12 DVW Büro Brüssel (direct, forwarded from old mail), ghosted -------------------
    m(
        "74201",
        "2025-10-24 19:03",
        "Élise Vandermeulen <e.vandermeulen@febelag-example.be>",
        "WG: Eingangsbestätigung Ihrer Bewerbung",
        D("confirmation", DVW, DVWR, 12, "direct"),
        "Zur Info – an die private Adresse.\n\n-----Ursprüngliche Nachricht-----\nVon: DVW Bewerbungen <bewerbung@dvw-wasserstoff.de>\nGesendet: Freitag, 24. Oktober 2025 16:12\nAn: Élise Vandermeulen <e.vandermeulen@febelag-example.be>\nBetreff: Eingangsbestätigung Ihrer Bewerbung\n\nSehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle Kommunikationsmanager/in Brüssel (m/w/d). Aufgrund der Vielzahl der Bewerbungen bitten wir um etwas Geduld.\n\nMit freundlichen Grüßen\nDeutscher Verband der Wasserstoffwirtschaft e.V. – Büro Brüssel",
    ),
    # --- 15 Maison de l'Europe Bruxelles-Wallonie asbl, on hold ---------------------------
    m(
        "74301",
        "2025-09-15 11:30",
        "MEBW asbl <recrutement@mebw.be>",
        "Accusé de réception - Chargé·e de projets européens",
        F("confirmation", MEBW, MEBWR, 15, "direct"),
        "Madame,\n\nNous accusons bonne réception de votre candidature pour le poste de chargé·e de projets européens (CDD 12 mois, temps plein) et vous en remercions.\n\nLes candidat·e·s retenu·e·s pour un entretien seront contacté·e·s dans la première quinzaine d'octobre.\n\nBien à vous,\n\nL'équipe de la Maison de l'Europe Bruxelles-Wallonie asbl",
    ),
    m(
        "74314",
        "2025-10-06 09:48",
        "Véronique Lemaire <v.lemaire@mebw.be>",
        "Entretien - poste de chargé·e de projets européens",
        F("interview", MEBW, MEBWR, 15, "direct"),
        "Bonjour Madame Vandermeulen,\n\nSuite à l'examen de votre candidature, nous avons le plaisir de vous inviter à un entretien le lundi 13 octobre à 14h00 dans nos locaux (Rue Royale 55, 1000 Bruxelles). L'entretien durera environ une heure et comprendra une courte mise en situation.\n\nPourriez-vous me confirmer votre présence ? En cas d'empêchement, vous pouvez me joindre sur mon GSM : 0475 61 70 92.\n\nBien cordialement,\nVéronique Lemaire\nDirectrice\nMaison de l'Europe Bruxelles-Wallonie asbl",
    ),
    m(
        "74330",
        "2025-10-31 12:05",
        "Véronique Lemaire <v.lemaire@mebw.be>",
        "Votre candidature - suspension du recrutement",
        F("confirmation", MEBW, MEBWR, 15, "direct"),
        "Madame Vandermeulen,\n\nJe reviens vers vous concernant le poste de chargé·e de projets européens. Notre subside régional pour 2026 n'ayant pas encore été confirmé, notre conseil d'administration a décidé de suspendre ce recrutement jusqu'à nouvel ordre.\n\nVotre entretien nous avait laissé une excellente impression et, si le poste est relancé début 2026, nous reprendrons contact avec vous en priorité.\n\nAvec toutes mes excuses pour ce contretemps,\nVéronique Lemaire",
        st="on_hold",
    ),
    # --- 17 Pointvirgule SRL, candidature spontanée ----------------------------------------
    m(
        "74401",
        "2025-09-30 16:40",
        "Pointvirgule <hello@pointvirgule.be>",
        "Re: Candidature spontanée - Élise Vandermeulen",
        F("confirmation", PV, PVR, 17, "direct"),
        "Bonjour Élise,\n\nMerci pour votre candidature spontanée et pour votre intérêt pour Pointvirgule ! Nous avons bien reçu votre CV et votre lettre. Nous n'avons pas de poste ouvert pour l'instant, mais nous gardons votre profil sous le coude et revenons vers vous d'ici quelques semaines.\n\nBelle journée,\nJulie pour l'équipe Pointvirgule\n\nPointvirgule SRL – agence de communication – Chaussée de Charleroi 112, 1060 Saint-Gilles",
    ),
    m(
        "74418",
        "2025-11-17 10:22",
        "Julie Mertens <julie@pointvirgule.be>",
        "Votre candidature",
        F("rejection", PV, PVR, 17, "direct"),
        "Bonjour Élise,\n\nComme promis je reviens vers vous. Nous avons fait le point sur nos besoins pour 2026 et, malheureusement, nous n'allons pas recruter de profil communication institutionnelle dans les prochains mois — nos nouveaux clients sont surtout dans le retail.\n\nVotre profil est très intéressant et je me permets de le garder dans nos fichiers (avec votre accord). Bonne continuation dans vos recherches !\n\nJulie Mertens\nCo-fondatrice, Pointvirgule",
    ),
    # --- 18 Atelier Zinneke (founder from gmail) --------------------------------------------
    m(
        "74501",
        "2025-11-04 22:17",
        "Olivier Dewandre <olivier.dewandre@gmail.com>",
        "ton profil / poste chez nous",
        F("interview", ZK, ZKR, 18, "direct"),
        "Salut Élise,\n\nC'est Marc (Lambot) qui m'a transmis ton CV suite à ta candidature. On cherche quelqu'un pour reprendre toute la comm' de l'atelier : réseaux, presse, relations avec la Commune et nos partenaires européens (on a deux projets Erasmus+).\n\nÇa te dirait de passer boire un café à l'atelier jeudi vers 10h ? Sinon vendredi après-midi. Mon GSM : 0486 22 91 13.\n\nÀ bientôt,\nOlivier\n\n--\nOlivier Dewandre\nFondateur – Atelier Zinneke asbl\nRue de Manchester 21, 1080 Molenbeek",
    ),
    m(
        "74519",
        "2025-11-25 08:55",
        "Olivier Dewandre <olivier.dewandre@gmail.com>",
        "Re: ton profil / poste chez nous",
        F("rejection", ZK, ZKR, 18, "direct"),
        "Hello Élise,\n\nMerci encore d'être passée à l'atelier, l'équipe t'a adorée. Je vais être franc : on a finalement choisi quelqu'un du quartier qui parle néerlandais et arabe, c'était important pour nos ateliers. Je suis vraiment désolé, ça s'est joué à pas grand-chose.\n\nSi tu veux, je te tiens au courant des prochains projets, et n'hésite pas à passer à notre fête de fin d'année !\n\nOlivier",
        **reply("74501", "2025-11-04 22:17", "gmail.com", "ton profil / poste chez nous"),
    ),
    # --- 19 ARBE via Actiris ------------------------------------------------------------------
    m(
        "74601",
        "2025-10-10 08:12",
        "Actiris <noreply@actiris.brussels>",
        "Confirmation de votre candidature - offre 4172209",
        F("confirmation", ARBE, ARBER, 19, "other"),
        html="<p>Bonjour Élise Vandermeulen,</p><p>Votre candidature pour l'offre d'emploi <b>4172209 – Attaché·e relations européennes (m/f/x)</b> a bien été transmise à l'employeur <b>Agence régionale Bruxelles-Europe (ARBE)</b>.</p><p>Vous pouvez suivre vos candidatures dans votre espace My Actiris.</p><p>Actiris – Office Régional Bruxellois de l'Emploi</p>",
    ),
    m(
        "74614",
        "2025-10-27 14:02",
        "ARBE - Service RH <rh@arbe.brussels>",
        "Convocation - test écrit - Attaché·e relations européennes",
        F("assessment", ARBE, ARBER, 19, "direct"),
        "Madame,\n\nNous avons le plaisir de vous informer que votre candidature a été retenue pour la suite de la procédure de sélection.\n\nVous êtes invitée à présenter le test écrit le mardi 4 novembre 2025 à 9h30 à nos bureaux (Boulevard du Jardin Botanique 20, 1000 Bruxelles, 6e étage). Le test dure deux heures et demie et comporte une synthèse d'un dossier européen en français ainsi qu'une note de deux pages en anglais.\n\nMunissez-vous de votre carte d'identité. Aucun document n'est autorisé.\n\nLe Service des Ressources humaines\nAgence régionale Bruxelles-Europe",
    ),
    m(
        "74627",
        "2025-11-14 11:40",
        "ARBE - Service RH <rh@arbe.brussels>",
        "Convocation - épreuve orale",
        F("interview", ARBE, ARBER, 19, "direct"),
        "Madame,\n\nNous vous félicitons : vous avez réussi le test écrit (note : 31/40).\n\nVous êtes convoquée à l'épreuve orale devant le jury le jeudi 27 novembre 2025 à 11h15. L'épreuve consiste en une présentation de 10 minutes sur un sujet communiqué 30 minutes à l'avance, suivie d'un entretien de 35 minutes avec le jury.\n\nLe Service des Ressources humaines\nARBE",
        ics={
            "uid": "arbe-oral-2025-1127-11@arbe.brussels",
            "start": "2025-11-27 11:15:00 +0100",
            "minutes": 75,
            "summary": "Épreuve orale – Attaché·e relations européennes – VANDERMEULEN",
            "organizer": ("Service RH ARBE", "rh@arbe.brussels"),
            "location": "ARBE, Boulevard du Jardin Botanique 20, 6e étage",
            "style": "outlook",
        },
    ),
    m(
        "74640",
        "2025-12-11 16:28",
        "ARBE - Service RH <rh@arbe.brussels>",
        "Résultat de la procédure de sélection",
        F("rejection", ARBE, ARBER, 19, "direct"),
        "Madame,\n\nNous vous remercions pour votre participation à l'épreuve orale. Le jury a particulièrement apprécié la clarté de votre présentation.\n\nNous avons toutefois le regret de vous informer que vous n'avez pas été classée en ordre utile pour le poste à pourvoir. Vous avez obtenu la note de 24/40 à l'épreuve orale ; la lauréate a obtenu 33/40.\n\nNous vous souhaitons plein succès dans vos démarches.\n\nLe Service des Ressources humaines\nAgence régionale Bruxelles-Europe",
    ),
    # --- 21 Stratéga Conseil SA (Indeed) -----------------------------------------------------
    m(
        "74701",
        "2025-10-21 20:33",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Consultant junior affaires publiques",
        F("confirmation", STR, STRR, 21, "indeed"),
        html="<p>Votre candidature a été envoyée à <b>Stratéga Conseil SA</b></p><p><b>Consultant junior affaires publiques</b><br>Bruxelles</p><p>Les éléments suivants ont été envoyés : CV, lettre de motivation.</p><p>Conseil : les employeurs répondent plus souvent quand vous mettez votre profil à jour.</p><p>Indeed</p>",
    ),
    m(
        "74718",
        "2025-11-19 09:12",
        "Stratéga Conseil <recrutement@stratega-conseil.be>",
        "Votre candidature chez Stratéga",
        F("rejection", STR, STRR, 21, "direct"),
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Stratéga Conseil SA.\n\nVotre parcours est très riche et a retenu toute notre attention. Cependant, le poste de consultant junior s'adresse à des profils ayant moins d'expérience, et nous craignons qu'il ne corresponde pas à vos attentes. Nous ne donnerons donc pas suite à votre candidature.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\nLe département RH",
    ),
    # --- 26 REVD aisbl (Recruitee) -----------------------------------------------------------
    m(
        "74801",
        "2025-10-23 12:11",
        "Réseau Européen des Villes Durables <jobs@revd.recruitee.com>",
        "Merci pour votre candidature – Chargé·e de communication digitale",
        F("confirmation", REVD, REVDR, 26, "recruitee"),
        "Bonjour Élise,\n\nMerci d'avoir postulé au poste de chargé·e de communication digitale au sein du REVD. Nous avons bien reçu votre dossier.\n\nSi votre candidature n'est pas retenue pour la suite, nous vous en informerons par e-mail à la clôture du recrutement (mi-novembre).\n\nL'équipe RH du REVD aisbl",
    ),
    m(
        "74815",
        "2025-11-20 17:03",
        "Réseau Européen des Villes Durables <jobs@revd.recruitee.com>",
        "Votre candidature",
        F("rejection", REVD, REVDR, 26, "recruitee"),
        "Bonjour Élise,\n\nNous tenons d'abord à vous remercier pour le temps consacré à votre candidature ; nous avons reçu près de 180 dossiers pour ce poste.\n\nAprès un examen attentif, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la phase d'entretiens.\n\nNous vous souhaitons beaucoup de succès,\nL'équipe RH du REVD",
    ),
    # --- alerts and other job mail (fr/de) ----------------------------------------------------
    m(
        "75001",
        "2025-09-09 06:45",
        "Actiris <noreply@actiris.brussels>",
        "Nouvelles offres d'emploi pour vous",
        J("alert", "other"),
        html="<p>Bonjour Élise,</p><p>3 nouvelles offres correspondent à votre profil :</p><ul><li>Chargé·e de projets européens – Maison de l'Europe Bruxelles-Wallonie asbl – Bruxelles</li><li>Attaché·e communication – CPAS – Bruxelles</li><li>Collaborateur·rice presse – Fédération des Mutualités Solidaires – Bruxelles</li></ul><p>Connectez-vous à My Actiris pour postuler.</p>",
    ),
    m(
        "75008",
        "2025-10-07 06:45",
        "Actiris <noreply@actiris.brussels>",
        "Nouvelles offres d'emploi pour vous",
        J("alert", "other"),
        html="<p>Bonjour Élise,</p><p>2 nouvelles offres correspondent à votre profil :</p><ul><li>Attaché·e relations européennes (m/f/x) – Agence régionale Bruxelles-Europe – Bruxelles</li><li>Responsable communication – Atelier Zinneke asbl – Molenbeek-Saint-Jean</li></ul>",
    ),
    m(
        "75015",
        "2025-10-15 09:00",
        "Actiris <noreply@actiris.brussels>",
        "Votre rendez-vous avec votre conseiller·ère",
        J("other_job", "other"),
        "Bonjour Madame Vandermeulen,\n\nNous vous rappelons votre rendez-vous avec votre conseillère emploi, Mme Nadia El Khattabi, le mercredi 22 octobre 2025 à 10h30 (Boulevard Anspach 65, 1000 Bruxelles).\n\nN'oubliez pas d'apporter votre carte d'identité et la liste de vos candidatures des derniers mois.\n\nActiris",
    ),
    m(
        "75022",
        "2025-11-06 07:10",
        "Le Forem <alertes@leforem.be>",
        "Vos alertes emploi – 4 nouvelles offres",
        J("alert", "other"),
        html="<p>Bonjour,</p><p>Voici les nouvelles offres correspondant à votre alerte « communication – Brabant wallon » :</p><p>Chargé de communication (H/F/X) – Commune de Rixensart<br>Community manager – Brasserie des Trois Collines SRL – Wavre<br>Attaché de presse – Wallonie Tourisme Events asbl – Namur</p><p>Le Forem</p>",
    ),
    m(
        "75029",
        "2025-11-18 07:00",
        "VDAB <noreply@vdab.be>",
        "New jobs for your search: communications officer Brussels",
        J("alert", "other", lang="en"),
        html="<p>Hello Élise,</p><p>We found 3 new jobs for your saved search <b>communications officer – Brussel</b>:</p><p>Communications Officer (EN/FR/NL) – Flanders Port Federation – Brussel<br>Junior Press Officer – Bruegel Theatre vzw – Brussel<br>Content Marketer – Gentry Logistics NV – Zaventem</p><p>VDAB</p>",
    ),
    m(
        "75036",
        "2025-10-01 18:30",
        "Personio <noreply@personio.de>",
        "Job-Empfehlung: Referent/in Energiepolitik Brüssel",
        J("alert", "personio", lang="de"),
        "Hallo Élise,\n\nauf Basis Ihrer Bewerbung könnten Sie folgende Stellen interessieren:\n\n– Referent/in Energiepolitik (m/w/d), Verband Kommunaler Stadtwerke, Brüssel\n– Junior Manager EU Affairs (m/w/d), Hanseatic Power GmbH, Hamburg/Brüssel\n\nJetzt ansehen: https://jobs.personio.de\n\nIhr Personio Team",
    ),
    m(
        "75043",
        "2025-12-08 15:45",
        "Thomas Verlinden <t.verlinden@wallecon-conseil.example>",
        "Poste de consultant senior - affaires européennes",
        J(
            "outreach",
            "direct",
            role="Consultant senior affaires européennes",
            co="Wallecon Conseil",
        ),
        "Bonjour Madame Vandermeulen,\n\nJe me permets de vous contacter suite à votre intervention au débat de l'Union des Villes en novembre. Notre cabinet, Wallecon Conseil SRL, cherche à renforcer son pôle affaires européennes (accompagnement des communes et intercommunales wallonnes sur les fonds FEDER).\n\nSeriez-vous ouverte à un échange informel ?\n\nBien à vous,\nThomas Verlinden\nAssocié, Wallecon Conseil",
    ),
    m(
        "75050",
        "2025-12-20 10:00",
        "EERA Traineeships Office <traineeships@eera.europa.example>",
        "Traineeships newsletter - apply for the October 2026 session",
        J("alert", "other", lang="en", co="European Economic and Regional Assembly"),
        "Dear candidate,\n\nThe application window for the October 2026 traineeship session opens on 7 January 2026. Traineeships last five months and are open to graduates from all disciplines.\n\nThe Traineeships Office",
    ),
    m(
        "75057",
        "2026-01-22 09:30",
        "Le Forem <alertes@leforem.be>",
        "Vos alertes emploi – 2 nouvelles offres",
        J("alert", "other"),
        html="<p>Bonjour,</p><p>Chargé de mission Europe (H/F/X) – Intercommunale du Brabant wallon – Nivelles<br>Responsable communication – Musée de la Pierre asbl – Ecaussinnes</p><p>Le Forem</p>",
    ),
    m(
        "75064",
        "2026-02-10 08:15",
        "Actiris <noreply@actiris.brussels>",
        "Votre reprise d'emploi",
        J("other_job", "other"),
        "Bonjour Madame Vandermeulen,\n\nVous nous avez informés de votre engagement à partir du 2 mars 2026. Félicitations !\n\nVotre inscription comme demandeuse d'emploi prendra fin à cette date. Pensez à prévenir votre organisme de paiement des allocations (CAPAC ou syndicat).\n\nActiris",
    ),
    # --- 27 FBAB asbl (Teamtailor, in French) ------------------------------------------------
    m(
        "74901",
        "2025-12-03 09:26",
        "FBAB asbl <no-reply@teamtailor-mail.com>",
        "Merci pour votre candidature !",
        F("confirmation", FBAB, FBABR, 27, "teamtailor"),
        html="<div><p>Bonjour Élise,</p><p>Merci d'avoir postulé au poste de <b>Responsable communication &amp; affaires publiques</b>. Nous avons bien reçu votre candidature et reviendrons vers vous dès que possible.</p><p>Santé !<br>L'équipe de la FBAB</p><p style='font-size:11px;color:#888'>Envoyé avec Teamtailor</p></div>",
    ),
    m(
        "74912",
        "2025-12-12 15:40",
        "Géraldine Hubert <geraldine.hubert@fbab.be>",
        "Invitation à un entretien - FBAB",
        F("interview", FBAB, FBABR, 27, "direct"),
        "Bonjour Madame Vandermeulen,\n\nVotre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer. Je vous propose un entretien le lundi 5 janvier 2026 à 14h, à notre secrétariat (Rue de la Brasserie 4, 5000 Namur), avec notre président, M. Lallemand, et moi-même. Une invitation suit.\n\nBien cordialement,\nGéraldine Hubert\nSecrétaire générale\nFédération des Brasseurs Artisanaux de Belgique asbl",
    ),
    m(
        "74915",
        "2025-12-12 15:46",
        "FBAB asbl <no-reply@teamtailor-mail.com>",
        "Entretien confirmé : Responsable communication & affaires publiques",
        F("interview", FBAB, FBABR, 27, "teamtailor"),
        "Bonjour Élise,\n\nVotre entretien est confirmé.\n\nQuand : lundi 5 janvier 2026, 14:00-15:00\nOù : FBAB, Rue de la Brasserie 4, 5000 Namur\nAvec : Géraldine Hubert, Marc Lallemand\n\nL'invitation de calendrier est jointe.\n\nFBAB",
        ics={
            "uid": "tt-interview-61203@teamtailor.com",
            "start": "2026-01-05 14:00:00 +0100",
            "minutes": 60,
            "summary": "Entretien : Responsable communication & affaires publiques – Élise Vandermeulen",
            "organizer": ("Géraldine Hubert", "geraldine.hubert@fbab.be"),
            "attendees": [("Marc Lallemand", "president@fbab.be")],
            "location": "FBAB, Rue de la Brasserie 4, 5000 Namur",
        },
    ),
    m(
        "74930",
        "2026-01-16 11:12",
        "Géraldine Hubert <geraldine.hubert@fbab.be>",
        "Suite à notre rencontre",
        F("rejection", FBAB, FBABR, 27, "direct"),
        "Bonjour Élise,\n\nMerci encore pour l'échange du 5 janvier, que nous avons beaucoup apprécié — votre connaissance des dossiers européens (accises, étiquetage) nous a impressionnés.\n\nNous avons toutefois décidé de confier le poste à une candidate qui connaît déjà bien le secteur brassicole wallon et ses membres. Ce choix n'a pas été simple.\n\nAu plaisir de vous croiser à Bruxelles,\nGéraldine Hubert\nFBAB asbl",
    ),
    m(
        "75071",
        "2025-10-09 18:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« chargée de communication » : 6 nouveaux emplois à Région de Bruxelles-Capitale",
        J("alert", "linkedin"),
        html="<p>Votre alerte emploi pour <b>chargée de communication</b> à Région de Bruxelles-Capitale</p><p><b>Chargé·e de communication digitale</b> · Réseau Européen des Villes Durables · Bruxelles<br><b>Chargée de communication</b> · Mutualité Saint-Michel · Bruxelles · Candidature simplifiée</p><p><a href='#'>Voir tous les emplois</a></p>",
    ),
    m(
        "75078",
        "2025-10-22 20:00",
        "Réseau Européen des Villes Durables <jobs@revd.recruitee.com>",
        "Votre candidature n'est pas encore terminée",
        J("alert", "recruitee", co=REVD, role=REVDR),
        "Bonjour Élise,\n\nVous avez commencé à postuler au poste de chargé·e de communication digitale mais votre candidature n'a pas été envoyée. Il manque : lettre de motivation.\n\nTerminer ma candidature : https://revd.recruitee.com/o/charge-communication-digitale\n\nL'équipe RH du REVD",
    ),
    m(
        "75085",
        "2025-11-26 10:34",
        "Aurélie Francotte <aurelie.francotte@lys-recrutement.example>",
        "Opportunité - Responsable communication (fédération sectorielle, CDI)",
        J("outreach", "agency", role="Responsable communication"),
        "Bonjour Élise,\n\nJe suis consultante chez Lys Recrutement et j'accompagne l'un de nos clients, une fédération sectorielle basée à Bruxelles, dans le recrutement d'un·e responsable communication (CDI, voiture de société, chèques-repas, 13e mois).\n\nVotre parcours à la fédération des usagers du rail correspond très bien. Auriez-vous un moment pour un appel cette semaine ? Vous pouvez me joindre sur mon GSM au 0497 30 82 15.\n\nBien à vous,\nAurélie Francotte\nLys Recrutement SRL",
    ),
]
