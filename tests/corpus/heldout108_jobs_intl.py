# ruff: noqa: E501, RUF100
"""Corpus 108, French and German job mail, alerts, outreach (data only): see heldout108.py."""

from __future__ import annotations

from typing import Any

from heldout108_jobs import m


def A(cat, co, role, app, src, lang="fr"):
    return (cat, co, role, app, src, lang)


STF, STF1 = "Solidarités Transfrontières", "Coordinateur·rice logistique – Tchad"
FTA, FTA1 = "Fondation Terre d'Accueil", "Chargé·e de programme Migration"
SHA, SHA1 = "Aarewerk", "Programmverantwortliche/r Humanitäre Hilfe 80–100 %"
APS, APS1 = "Pont-Solidaire", "Responsable logistique et achats (80 %)"
FAEU, FAEU1 = "FAEU", "Programme Officer, Education in Emergencies"
HFA, HFA1 = "Helvetic Freight Aid", "Coordinateur·rice transport humanitaire"
SNA, SNA1 = "Sahel Nutrition Alliance", "Coordinatrice logistique régionale – Dakar"
SBK, SBK1 = "Stiftung Berner Katastrophenvorsorge", "Projektleiter/in Logistik und Vorsorge"
IVC, IVC1 = "IVC", "Chargé·e de programmes Afrique de l'Ouest"
GF, GF1 = "Geneva Forum for Humanitarian Negotiation", "Programme Officer, Frontline Logistics"
IT, IT1 = "ITLI", "Programme Officer, Trade Facilitation for Relief Goods"

MAIL: list[dict[str, Any]] = [
    # --- 13 Solidarités Transfrontières (Talent Clue) -> test, entretien, withdrawn -------
    m(
        "60101",
        "2025-09-30 15:22",
        "Solidarités Transfrontières <no-reply@talentclue.com>",
        "Confirmation de votre candidature",
        A("confirmation", STF, STF1, 13, "other"),
        html="<html><body><p>Bonjour Noémie,</p><p>Nous avons bien reçu votre candidature pour le poste <b>Coordinateur·rice logistique – Tchad</b>.</p><p>Notre équipe RH l'étudiera avec attention. Si votre profil est retenu pour la suite du processus, nous vous contacterons dans un délai de trois semaines. Malheureusement, nous ne pourrons pas répondre individuellement à toutes les candidatures.</p><p>Solidarités Transfrontières – Siège, Rue des Pâquis 22, Genève</p><p style='color:#999'>Talent Clue</p></body></html>",
    ),
    m(
        "60114",
        "2025-10-14 10:47",
        "Céline Ndiaye <recrutement@stf-ong.example>",
        "Test écrit – Coordinateur·rice logistique Tchad",
        A("assessment", STF, STF1, 13, "direct"),
        "Bonjour Madame Achterberg,\n\nSuite à l'examen de votre dossier, nous avons le plaisir de vous proposer de passer un test écrit pour le poste de coordinateur·rice logistique à N'Djamena. Vous trouverez le sujet en pièce jointe ; vous disposez de 48 heures pour nous le renvoyer.\n\nBien cordialement,\nCéline Ndiaye\nChargée de recrutement terrain\nSolidarités Transfrontières (STF)",
        attach=[("Test_ecrit_LogCo_Tchad.pdf", "application/pdf", "%PDF-1.4 test placeholder")],
    ),
    m(
        "60121",
        "2025-10-23 16:05",
        "Céline Ndiaye <recrutement@stf-ong.example>",
        "Entretien – poste Coordinateur·rice logistique Tchad",
        A("interview", STF, STF1, 13, "direct"),
        "Bonjour Noémie,\n\nMerci pour votre test, qui a été très apprécié. Nous souhaiterions vous rencontrer pour un entretien le jeudi 30 octobre à 10h00 par Teams, avec le responsable logistique du siège et la cheffe de mission Tchad. L'entretien durera environ une heure.\n\nMerci de me confirmer votre disponibilité.\n\nCordialement,\nCéline",
        ics={
            "style": "outlook",
            "start": "2025-10-30 10:00:00 +0100",
            "minutes": 60,
            "summary": "Entretien LogCo Tchad – N. Achterberg",
            "organizer": ("Céline Ndiaye", "recrutement@stf-ong.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000060121STF",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "60133",
        "2025-12-10 09:26",
        "Céline Ndiaye <recrutement@stf-ong.example>",
        "RE: Retrait de ma candidature – LogCo Tchad",
        A("confirmation", STF, STF1, 13, "direct"),
        "Bonjour Noémie,\n\nNous prenons bonne note du retrait de votre candidature et vous félicitons pour votre nouveau poste. Nous regrettons de ne pas pouvoir poursuivre avec vous pour le Tchad mais espérons croiser votre route sur le terrain.\n\nBelle continuation,\nCéline\n\n> De : Noémie Achterberg\n> Envoyé : mardi 9 décembre 2025 18:12\n> Objet : Retrait de ma candidature – LogCo Tchad\n>\n> Chère Céline, je vous remercie pour le processus et le second entretien proposé. Ayant accepté une autre offre à Genève, je souhaite retirer ma candidature. Bien à vous, Noémie",
        st="withdrawn",
    ),
    # --- 14 Fondation Terre d'Accueil, Lausanne (SuccessFactors) -> entretien -> refus -----
    m(
        "60201",
        "2025-09-16 11:38",
        "Fondation Terre d'Accueil <noreply@successfactors.eu>",
        "Votre candidature – Chargé·e de programme Migration (Réf. 4471)",
        A("confirmation", FTA, FTA1, 14, "other"),
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à la Fondation Terre d'Accueil et accusons réception de votre candidature pour le poste de Chargé·e de programme Migration (réf. 4471), basé à Lausanne.\n\nNous reviendrons vers vous dans les meilleurs délais.\n\nService des ressources humaines\nFondation Terre d'Accueil – Avenue de Rumine 14, 1005 Lausanne",
    ),
    m(
        "60210",
        "2025-10-08 14:12",
        "Mathias Rochat <m.rochat@terre-accueil.example>",
        "Invitation à un entretien",
        A("interview", FTA, FTA1, 14, "direct"),
        "Madame Achterberg,\n\nVotre candidature a retenu notre attention. Nous avons le plaisir de vous convier à un premier entretien par Teams le mardi 14 octobre à 16h00, en présence de Mme Favre, responsable du programme Migration.\n\nVous recevrez l'invitation séparément. Avec nos meilleures salutations,\n\nMathias Rochat\nResponsable RH",
        ics={
            "style": "outlook",
            "start": "2025-10-14 16:00:00 +0200",
            "minutes": 60,
            "summary": "Entretien Chargé·e de programme Migration – N. Achterberg",
            "organizer": ("Mathias Rochat", "m.rochat@terre-accueil.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000060210FTA",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "60222",
        "2025-10-31 17:50",
        "Fondation Terre d'Accueil <noreply@successfactors.eu>",
        "Suite donnée à votre candidature (Réf. 4471)",
        A("rejection", FTA, FTA1, 14, "other"),
        "Madame,\n\nNous vous remercions sincèrement pour le temps consacré à notre processus de recrutement et pour la qualité de nos échanges.\n\nAprès mûre réflexion, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous avons choisi un profil disposant d'une expérience plus directe de l'accueil des requérants d'asile dans le canton de Vaud.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nService des ressources humaines",
    ),
    # --- 15 Aarewerk, Bern (jobs.ch) -> Absage ----------------------------------------------
    m(
        "60301",
        "2025-09-24 20:15",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde versendet",
        A("confirmation", SHA, SHA1, 15, "other", "de"),
        html="<html><body><p>Hallo Noémie</p><p>Deine Bewerbung für <b>Programmverantwortliche/r Humanitäre Hilfe 80–100 %</b> bei <b>Schweizerisches Hilfswerk Aarewerk</b>, Bern, wurde erfolgreich übermittelt.</p><p>Viel Erfolg!<br>Dein jobs.ch Team</p></body></html>",
    ),
    m(
        "60305",
        "2025-09-25 08:03",
        "Aarewerk Personal <personal@aarewerk.example>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", SHA, SHA1, 15, "direct", "de"),
        "Sehr geehrte Frau Achterberg\n\nWir danken Ihnen für Ihre Bewerbung als Programmverantwortliche/r Humanitäre Hilfe und das damit verbundene Interesse am Aarewerk. Wir prüfen Ihre Unterlagen sorgfältig und melden uns bis Mitte Oktober bei Ihnen.\n\nFreundliche Grüsse\n\nAarewerk – Schweizerisches Hilfswerk\nPersonaldienst, Effingerstrasse 11, 3008 Bern",
    ),
    m(
        "60312",
        "2025-10-17 10:41",
        "Aarewerk Personal <personal@aarewerk.example>",
        "Ihre Bewerbung",
        A("rejection", SHA, SHA1, 15, "direct", "de"),
        "Sehr geehrte Frau Achterberg\n\nHaben Sie nochmals vielen Dank für Ihre Bewerbung. Ihr Dossier hat uns gefallen, insbesondere Ihre Erfahrung in der Logistik. Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine Kandidatin entschieden haben, deren Profil (Muttersprache Deutsch, Erfahrung mit der DEZA) noch besser zu unseren Anforderungen passt.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nFreundliche Grüsse\nPersonaldienst Aarewerk",
    ),
    # --- 16 Pont-Solidaire, Lausanne (jobup.ch) -> ghosted ----------------------------------
    m(
        "60401",
        "2025-10-05 19:55",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée",
        A("confirmation", APS, APS1, 16, "other"),
        html="<html><body><p>Bonjour Noémie,</p><p>Votre candidature pour le poste <b>Responsable logistique et achats (80 %)</b> chez <b>Association Pont-Solidaire</b> à Lausanne a bien été transmise.</p><p>L'équipe jobup.ch</p></body></html>",
    ),
    # --- 17 agency Léman Talent Partners for a foundation (FAEU) -> on hold ----------------
    m(
        "60501",
        "2025-10-21 12:10",
        "Olivia Sandoz <olivia.sandoz@lemantalent.example>",
        "Opportunité – Programme Officer pour une fondation internationale à Genève",
        ("outreach", None, FAEU1, None, "agency", "fr"),
        "Bonjour Noémie,\n\nJe me permets de vous contacter suite à la lecture de votre profil LinkedIn. Nous accompagnons une fondation internationale basée à Genève, active dans l'éducation en situation d'urgence, qui recrute un·e Programme Officer (CDD 18 mois, possibilité de prolongation). Votre expérience logistique et programme au Tchad correspond très bien.\n\nSeriez-vous disponible pour un échange de 20 minutes cette semaine ?\n\nBien à vous,\nOlivia Sandoz\nSenior Consultant – Non-profit & International Organisations\nLéman Talent Partners SA, Rue du Rhône 62, Genève",
    ),
    m(
        "60508",
        "2025-10-27 09:32",
        "Olivia Sandoz <olivia.sandoz@lemantalent.example>",
        "Votre candidature présentée – FAEU",
        A("confirmation", FAEU, FAEU1, 17, "agency"),
        "Bonjour Noémie,\n\nMerci pour notre échange de jeudi. Comme convenu, j'ai présenté votre dossier à notre cliente, la Fondation Arve pour l'éducation en urgence (FAEU), hébergée par l'Institut de hautes études humanitaires. Je vous tiendrai informée de leur retour.\n\nBien à vous,\nOlivia",
    ),
    m(
        "60514",
        "2025-11-05 15:45",
        "Olivia Sandoz <olivia.sandoz@lemantalent.example>",
        "FAEU – entretien avec la directrice",
        A("interview", FAEU, FAEU1, 17, "agency"),
        "Bonjour Noémie,\n\nBonne nouvelle : la FAEU souhaite vous rencontrer. La directrice, Mme Zimmermann-Osei, vous propose un entretien dans leurs locaux (Rue de Lausanne 45) le mercredi 12 novembre à 9h30. L'entretien se déroulera en anglais et en français.\n\nMerci de me confirmer.\nOlivia",
    ),
    m(
        "60522",
        "2025-12-02 11:18",
        "Olivia Sandoz <olivia.sandoz@lemantalent.example>",
        "FAEU – processus suspendu",
        A("confirmation", FAEU, FAEU1, 17, "agency"),
        "Bonjour Noémie,\n\nJe reviens vers vous concernant le poste de Programme Officer à la FAEU. La fondation vient de m'informer qu'elle met le recrutement en pause jusqu'à la confirmation de son financement pour 2026 (un bailleur a décalé sa décision). Votre candidature reste active de notre côté et je vous recontacte dès que j'ai du nouveau.\n\nMerci pour votre patience,\nOlivia",
        st="on_hold",
    ),
    # --- 18 Helvetic Freight Aid SA (Indeed) -> refus ---------------------------------------
    m(
        "60601",
        "2025-11-10 07:58",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidature envoyée : Coordinateur·rice transport humanitaire",
        A("confirmation", HFA, HFA1, 18, "indeed"),
        html="<html><body><p><b>Candidature envoyée</b></p><p>Coordinateur·rice transport humanitaire<br>Helvetic Freight Aid SA – Meyrin, Genève</p><p>Les candidatures envoyées via Indeed sont transmises directement à l'employeur.</p></body></html>",
    ),
    m(
        "60609",
        "2025-11-26 13:33",
        "HFA Ressources Humaines <rh@helveticfreightaid.example>",
        "Votre candidature chez HFA",
        A("rejection", HFA, HFA1, 18, "direct"),
        "Bonjour Madame Achterberg,\n\nNous vous remercions pour votre candidature au poste de coordinateur·rice transport humanitaire. Malgré l'intérêt de votre parcours, nous ne pouvons pas y donner une suite favorable. Nous conservons votre dossier dans notre vivier, sauf avis contraire de votre part.\n\nMeilleures salutations,\nRH – HFA Helvetic Freight Aid SA, Route de Meyrin 210",
    ),
    # --- 19 Sahel Nutrition Alliance, Dakar (ReliefBoard listing, by email) -----------------
    m(
        "60701",
        "2025-11-18 08:12",
        "Recrutement SNA <recrutement@sahelnutrition.example>",
        "Réponse automatique : Candidature – Coordinatrice logistique régionale",
        ("other_job", SNA, SNA1, None, "direct", "fr"),
        "Bonjour,\n\nNous accusons réception de votre message. En raison du volume de candidatures, seules les personnes présélectionnées seront contactées. Merci de ne pas renvoyer votre dossier.\n\nSahel Nutrition Alliance – Bureau régional, Dakar",
    ),
    m(
        "60711",
        "2025-12-01 16:44",
        "Aminata Diallo-Fofana <a.diallofofana@sahelnutrition.example>",
        "Entretien – Coordination logistique régionale",
        A("interview", SNA, SNA1, 19, "direct"),
        "Chère Noémie,\n\nMerci pour votre candidature. Nous aimerions organiser un entretien Webex avec le directeur régional et moi-même le vendredi 5 décembre à 11h (heure de Dakar, 12h à Genève).\n\nLien Webex : https://sna.webex.example/meet/a.diallofofana\n\nCordialement,\nAminata Diallo-Fofana\nResponsable RH régionale – SNA",
    ),
    # --- 20 Stiftung Berner Katastrophenvorsorge (direct) -> Webex -> Absage ---------------
    m(
        "60801",
        "2025-10-02 09:20",
        "Sekretariat SBK <info@sbk-vorsorge.example>",
        "Bestätigung: Bewerbung Projektleiter/in Logistik und Vorsorge",
        A("confirmation", SBK, SBK1, 20, "direct", "de"),
        "Sehr geehrte Frau Achterberg\n\nBesten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Die Bewerbungsfrist läuft bis 15. Oktober; danach wird die Auswahlkommission die Dossiers sichten.\n\nFreundliche Grüsse\nSekretariat\nStiftung Berner Katastrophenvorsorge, Kramgasse 40, 3011 Bern",
    ),
    m(
        "60810",
        "2025-10-24 14:02",
        "Reto Gerber <reto.gerber@sbk-vorsorge.example>",
        "Einladung zum Gespräch (Webex)",
        A("interview", SBK, SBK1, 20, "direct", "de"),
        "Sehr geehrte Frau Achterberg\n\nGerne laden wir Sie zu einem ersten Gespräch via Webex ein: Montag, 3. November 2025, 10.00 Uhr. Das Gespräch kann teilweise auf Französisch geführt werden.\n\nFreundliche Grüsse\nReto Gerber\nGeschäftsführer SBK",
        ics={
            "style": "outlook",
            "start": "2025-11-03 10:00:00 +0100",
            "minutes": 60,
            "summary": "Gespräch Projektleitung Logistik – Achterberg",
            "organizer": ("Reto Gerber", "reto.gerber@sbk-vorsorge.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000060810SBK",
            "location": "Webex",
        },
    ),
    m(
        "60818",
        "2025-11-14 16:30",
        "Reto Gerber <reto.gerber@sbk-vorsorge.example>",
        "Projektleitung Logistik und Vorsorge – Rückmeldung",
        A("rejection", SBK, SBK1, 20, "direct", "de"),
        "Sehr geehrte Frau Achterberg\n\nVielen Dank für das angenehme Gespräch. Wir haben uns die Entscheidung nicht leicht gemacht, uns aber für eine Person mit mehr Erfahrung im Bevölkerungsschutz des Kantons Bern entschieden. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.\n\nMit freundlichen Grüssen\nReto Gerber",
    ),
    # --- 21 IVC (Institut vaudois de coopération), jobup -> refus ----------------------------
    m(
        "60901",
        "2025-11-02 21:04",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée",
        A("confirmation", IVC, IVC1, 21, "other"),
        html="<html><body><p>Bonjour Noémie,</p><p>Votre candidature pour le poste <b>Chargé·e de programmes Afrique de l'Ouest</b> chez <b>Institut vaudois de coopération</b> à Lausanne a bien été transmise.</p><p>L'équipe jobup.ch</p></body></html>",
    ),
    m(
        "60909",
        "2025-11-27 10:10",
        "Institut vaudois de coopération <secretariat@ivc-cooperation.example>",
        "Poste de chargé·e de programmes",
        A("rejection", IVC, IVC1, 21, "direct"),
        "Madame,\n\nNous avons bien reçu votre dossier et vous en remercions. Votre parcours est remarquable, mais le comité a retenu des candidatures dont l'expérience en coopération décentralisée correspond davantage au poste. Nous regrettons de ne pas pouvoir vous convier à un entretien.\n\nAvec nos meilleures salutations,\nLe secrétariat de l'IVC",
    ),
    # --- 22 GFHN, Taleo, forwarded from the old work address -> ghosted ---------------------
    m(
        "61001",
        "2025-09-08 19:48",
        "Noémie Achterberg <n.achterberg@stf-ong.example>",
        "TR: Geneva Forum for Humanitarian Negotiation – application confirmation",
        A("confirmation", GF, GF1, 22, "taleo", "en"),
        "\n\n-------- Message transféré --------\nDe : GFHN Careers <gfhn@taleo.net>\nDate : 5 sept. 2025 à 23:10\nÀ : n.achterberg@stf-ong.example\nObjet : Geneva Forum for Humanitarian Negotiation – application confirmation\n\nDear Noémie,\n\nThank you for submitting your application for Programme Officer, Frontline Logistics (requisition 25000188). Our recruitment team will review all applications after the closing date. Only short-listed candidates will be contacted.\n\nRegards,\nGFHN Talent Acquisition",
    ),
    # --- 23 ITLI (Impactpool) -> rejection, HTML only ---------------------------------------
    m(
        "61101",
        "2025-09-18 10:30",
        "ITLI Recruitment <recruitment@itli-geneva.example>",
        "Application ITLI/25/PO-07 received",
        A("confirmation", IT, IT1, 23, "direct", "en"),
        html="<html><body><p>Dear applicant,</p><p>Your application to the International Trade and Logistics Institute (ITLI) for vacancy ITLI/25/PO-07 (Programme Officer, Trade Facilitation for Relief Goods), received via Impactpool, has been registered.</p><p>ITLI – Institut international du commerce et de la logistique</p></body></html>",
    ),
    m(
        "61109",
        "2025-10-30 12:00",
        "ITLI Recruitment <recruitment@itli-geneva.example>",
        "ITLI/25/PO-07",
        A("rejection", IT, IT1, 23, "direct", "en"),
        html="<html><body><p>Dear Ms Achterberg,</p><p>We thank you for your interest in ITLI. Your application was carefully assessed against the requirements of the post. We regret to inform you that you have not been short-listed.</p><p>Human Resources, ITLI</p></body></html>",
    ),
    # --- alerts, talent community, nudges -----------------------------------------------------
    m(
        "62001",
        "2025-09-03 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“programme officer”: 14 new jobs in Geneva",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Programme Officer – Harbour &amp; Field Relief – Geneva</p><p>Humanitarian Logistics Officer – Cordillera Medical Relief – Geneva (Hybrid)</p><p>Programme Associate – Lakeview Health Trust – Lausanne</p><p>See all jobs</p></body></html>",
    ),
    m(
        "62002",
        "2025-10-01 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“logistics coordinator”: new jobs in Switzerland",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Logistics Coordinator – Nordic Displacement Council – Juba (on-site)</p><p>Supply Chain Programme Officer – Coalition for Cold Chain Access – Vernier</p><p>Fleet Coordinator – Rift Valley Relief – Nairobi</p></body></html>",
    ),
    m(
        "62003",
        "2025-11-05 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“programme officer”: 9 new jobs in Geneva",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Programme Officer, Humanitarian Response – Ecumenical Aid Network – Grand-Saconnex</p><p>Associate Programme Officer – ICDR – Geneva</p></body></html>",
    ),
    m(
        "62004",
        "2025-09-11 06:30",
        "Impactpool <noreply@impactpool.org>",
        "Your weekly job matches: 12 new jobs",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><h2>Jobs matching your profile</h2><ul><li>Logistics Cluster Coordinator – NDC – Juba</li><li>Programme Officer – ITLI – Geneva</li><li>Supply Officer (P-3) – WRSO – Copenhagen</li></ul><p>Upgrade to Impactpool Premium for career coaching and interview preparation.</p></body></html>",
    ),
    m(
        "62005",
        "2025-10-16 06:30",
        "Impactpool <noreply@impactpool.org>",
        "Your weekly job matches: 8 new jobs",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><h2>Jobs matching your profile</h2><ul><li>Humanitarian Affairs Officer – Geneva</li><li>Programme Management Officer (P-3) – Bonn</li></ul></body></html>",
    ),
    m(
        "62006",
        "2025-12-11 06:30",
        "Impactpool <noreply@impactpool.org>",
        "Your weekly job matches: 15 new jobs",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><h2>Jobs matching your profile</h2><ul><li>Logistics Officer – Amman</li><li>Programme Officer, Cash – Geneva</li></ul></body></html>",
    ),
    m(
        "62007",
        "2025-09-20 08:00",
        "jobs.ch Job-Abo <noreply@jobs.ch>",
        "5 neue Jobs für «Programmverantwortliche humanitäre Hilfe»",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><p>Hallo Noémie, hier sind neue Stellen für dich:</p><ul><li>Programmverantwortliche/r Humanitäre Hilfe – Aarewerk – Bern</li><li>Fachperson Nothilfe – Bern</li></ul><p>Job-Abo verwalten</p></body></html>",
    ),
    m(
        "62008",
        "2025-11-22 08:00",
        "jobs.ch Job-Abo <noreply@jobs.ch>",
        "3 neue Jobs für «Logistik NGO»",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><p>Neue Stellen: Logistiker/in Einsatzpool – Zürich; Projektleiter/in Logistik – Bern</p></body></html>",
    ),
    m(
        "62009",
        "2025-10-04 18:00",
        "jobup.ch <alertes@jobup.ch>",
        "Nouvelles offres : chargé de programme, Lausanne",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Nouvelles offres correspondant à votre alerte :</p><ul><li>Responsable logistique et achats (80 %) – Association Pont-Solidaire – Lausanne</li><li>Chargé·e de programmes – Lausanne</li></ul></body></html>",
    ),
    m(
        "62010",
        "2026-01-10 18:00",
        "jobup.ch <alertes@jobup.ch>",
        "Nouvelles offres : logistique humanitaire, Genève",
        ("alert", None, None, None, "other", "fr"),
        html="<html><body><p>Nouvelles offres : Coordinateur·rice approvisionnement – Genève ; Assistant·e logistique – Meyrin</p></body></html>",
    ),
    m(
        "62011",
        "2025-09-29 05:45",
        "ReliefBoard Jobs <digest@reliefboard.example>",
        "ReliefBoard daily digest – Logistics / Supply Chain (23 new)",
        ("alert", None, None, None, "other", "en"),
        "New jobs today\n\n* Logistics Coordinator – Cordillera Medical Relief – Cox's Bazar, Bangladesh – closing 12 Oct\n* Coordinatrice logistique régionale – Sahel Nutrition Alliance – Dakar – closing 20 Nov\n* Warehouse Manager – Amman\n\nUnsubscribe or change your filters in your ReliefBoard account.",
    ),
    m(
        "62012",
        "2025-11-12 05:45",
        "ReliefBoard Jobs <digest@reliefboard.example>",
        "ReliefBoard daily digest – Logistics / Supply Chain (17 new)",
        ("alert", None, None, None, "other", "en"),
        "New jobs today\n\n* Coordinatrice logistique régionale – Sahel Nutrition Alliance – Dakar\n* Supply Chain Officer – Goma\n* Fleet Officer – Maiduguri",
    ),
    m(
        "62013",
        "2025-10-18 09:00",
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : logistique humanitaire à Genève",
        ("alert", None, None, None, "indeed", "fr"),
        html="<html><body><p>Coordinateur·rice transport humanitaire – Helvetic Freight Aid SA – Meyrin</p><p>Assistant·e achats – Vernier</p><p>Candidature simplifiée</p></body></html>",
    ),
    m(
        "62014",
        "2025-09-14 12:00",
        "Devex Newswire <newsletters@devex.com>",
        "Devex Career Account: jobs you may like",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><p>Top jobs this week for Noémie</p><ul><li>Senior Programme Officer, Humanitarian Supply Chains – Kestrel Development Partners – Geneva</li><li>Chief of Party – Kinshasa</li></ul><p>Devex Pro members get early access.</p></body></html>",
    ),
    m(
        "62015",
        "2025-09-13 10:05",
        "WRSO Careers <wrso@taleo.net>",
        "Welcome to the WRSO talent community",
        ("alert", None, None, None, "taleo", "en"),
        "Dear Noémie,\n\nThank you for joining the WRSO talent community. You will receive job alerts matching the preferences you selected (Supply Chain, Programme Management; Geneva, Nairobi, Copenhagen).\n\nWRSO Talent Acquisition",
    ),
    m(
        "62016",
        "2025-09-25 09:00",
        "ICDR Recruitment <icdr@taleo.net>",
        "Reminder: you have an incomplete submission (2500455)",
        ("alert", None, None, None, "taleo", "en"),
        "Dear Noémie Achterberg,\n\nYou started an application for job number 2500455 (Information Management Officer) but have not submitted it. The posting closes on 30 September 2025 at 23:59 Geneva time. Incomplete submissions are not considered.\n\nICDR Human Resources",
    ),
    m(
        "62017",
        "2026-01-20 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“humanitarian programme officer”: 6 new jobs",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Humanitarian Programme Officer – Harbour &amp; Field Relief – Geneva</p><p>Programme Officer – Bern</p></body></html>",
    ),
    # --- outreach ------------------------------------------------------------------------------
    m(
        "62101",
        "2025-09-17 15:30",
        "Fabian Keller via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Supply chain role at a global health partnership – Geneva",
        ("outreach", None, "Senior Supply Chain Specialist", None, "linkedin", "en"),
        html="<html><body><p>Hi Noémie,</p><p>I'm recruiting a Senior Supply Chain Specialist for a global health partnership headquartered in Geneva (fixed-term, 2 years, international package). Your logistics cluster experience caught my eye. Would you be open to a short call?</p><p>Fabian Keller · Executive Search Consultant · Keller &amp; Baumann Partners, Zürich</p><p>Reply · Not interested</p></body></html>",
    ),
    m(
        "62105",
        "2025-10-07 11:11",
        "Nadine Brunner <n.brunner@alpensearch.example>",
        "Stelle als Leiterin Logistik – Hilfswerk in Bern",
        ("outreach", None, "Leiterin Logistik", None, "agency", "de"),
        "Guten Tag Frau Achterberg\n\nIm Auftrag eines etablierten Schweizer Hilfswerks mit Sitz in Bern suche ich eine Leiterin Logistik (90–100 %). Ihr Profil auf LinkedIn passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nFreundliche Grüsse\nNadine Brunner\nAlpenSearch AG, Bern",
    ),
    m(
        "62110",
        "2025-10-08 08:45",
        "Nadine Brunner <n.brunner@alpensearch.example>",
        "Automatische Antwort: Stelle als Leiterin Logistik – Hilfswerk in Bern",
        ("other_job", None, None, None, "agency", "de"),
        "Ich bin bis und mit 20. Oktober abwesend und habe nur beschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@alpensearch.example.\n\nI am out of office until 20 October.",
    ),
    m(
        "62115",
        "2025-11-25 17:02",
        "Impactpool Recruiters <noreply@impactpool.org>",
        "A recruiter wants to talk to you",
        ("outreach", None, None, None, "other", "en"),
        html="<html><body><p>Hi Noémie,</p><p>A recruiter from an international NGO viewed your profile and invited you to apply for <b>Emergency Logistics Manager (roving)</b>.</p><p>Log in to see the invitation.</p></body></html>",
    ),
    # --- other job mail ------------------------------------------------------------------------
    m(
        "62201",
        "2025-09-04 17:40",
        "ICES e-Recruitment <no-reply@erecruit.ices-cisu.example>",
        "Your account verification code / Code de vérification",
        ("other_job", "ICES", None, None, "other", "en"),
        "Your verification code is 604 118. It expires in 15 minutes.\n\nVotre code de vérification est 604 118. Il expire dans 15 minutes.\n\nICES e-Recruitment",
    ),
    m(
        "62205",
        "2025-12-01 10:00",
        "EAN Talent Team <survey@ean-reo.example>",
        "How was your candidate experience?",
        ("other_job", "Ecumenical Aid Network", None, None, "direct", "en"),
        "Dear Noémie,\n\nYou recently took part in a recruitment process with EAN. Would you take 3 minutes to tell us about your experience? The survey is anonymous.\n\nhttps://survey.ean-reo.example/cx/2025\n\nThank you!",
    ),
    m(
        "62210",
        "2025-12-15 14:20",
        "WRSO Medical Service <medical.clearance@wrso.example>",
        "Pre-employment medical clearance – appointment",
        ("other_job", "WRSO", None, None, "direct", "en"),
        "Dear Ms Achterberg,\n\nAs part of your onboarding, please complete the online medical questionnaire and book an appointment with the Joint Medical Service before 16 January 2026.\n\nMedical Service, WRSO",
    ),
]
