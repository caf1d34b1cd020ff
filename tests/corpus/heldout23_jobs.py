# ruff: noqa: E501
"""Job mail of the twenty-third corpus, in French (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CEST, CET = "+0200", "+0100"

CG = "Contrôleur de gestion (F/H)"
METRO = "Métropole de Lyon"
CHU = "CHU Alpes-Isère"
CHUR = "Contrôleur de gestion hospitalier"
RHO = "Caisse régionale de Crédit Mutualiste Rhône-Dauphiné"
RHOR = "Contrôleur de gestion senior"
MASP = "Mutuelle Ardente Santé Prévoyance"
MASPR = "Chargé(e) de contrôle de gestion"
SER = "Seralis"
SERR = "Responsable contrôle de gestion"
LOGI = "Logirhône Habitat"
LOGIR = "Contrôleur de gestion - Direction financière"
BLA = "Fromageries Blanchard"
BLAR = "Contrôleur de gestion industriel"
ALV = "Groupe Alvéa"
ALVR = "Contrôleur de gestion opérationnel"
ALVR2 = "Contrôleur financier"
CAV = "Communauté d'agglomération Val-de-Saône Beaujolais"
CAVR = "Responsable du contrôle de gestion et de l'évaluation"
PEL = "Maison Pellerin"
PELR = "Contrôleur de gestion / Business partner"
TDD = "Terres du Dauphiné"
TDDR = "Contrôleur de gestion coopérative"
SINT = "Sintéa Ingénierie"
SINTR = "Contrôleur de gestion projets"
DIS = "Distrimax"
DISR = "Contrôleur de gestion magasins (CDD 9 mois)"

RAPHAEL = "Raphaël Gautier <r.gautier@vauban-fc.fr>"
PELLERIN = "Bastien Pellerin <bastien.pellerin.lyon@gmail.com>"
LOGI_RH = "Sandrine Oudin <s.oudin@logirhone.fr>"
CHU_RH = "Direction des ressources humaines <drh-recrutement@chu-alpes-isere.fr>"

MAIL: list[dict[str, Any]] = [
    # 1 Métropole de Lyon, emploi-territorial: accusé de réception, jury, refus
    m(
        "23001",
        "2025-09-04 10:12",
        "Emploi-Territorial <ne-pas-repondre@emploi-territorial.fr>",
        "Accusé de réception de votre candidature - Offre O069250800123456",
        ("confirmation", METRO, CG, 1, "other", "fr"),
        text="""Madame Marchand,

Nous accusons réception de votre candidature à l'offre d'emploi suivante :

Collectivité : Métropole de Lyon
Intitulé du poste : Contrôleur de gestion (F/H)
Grade(s) : Attaché territorial
Référence : O069250800123456

Votre candidature a été transmise à la collectivité, qui reste seule juge de la suite à y donner.

Ceci est un message automatique, merci de ne pas y répondre.

Emploi-Territorial, le portail de l'emploi dans la fonction publique territoriale
""",
        tz=CEST,
    ),
    m(
        "23002",
        "2025-09-22 14:37",
        "Direction des Ressources Humaines - Recrutement <recrutement@grandlyon-metropole.fr>",
        "Votre candidature - Réf. 2025-DFI-118",
        ("interview", METRO, CG, 1, "direct", "fr"),
        text="""Madame,

Votre candidature au poste de contrôleur de gestion au sein de la Direction des finances a retenu notre attention.

J'ai le plaisir de vous convier à un entretien devant un jury composé de la directrice adjointe des finances, du responsable du service pilotage et d'une représentante de la DRH :

le jeudi 2 octobre 2025 à 10h00
Hôtel de la Métropole, 20 rue du Lac, Lyon 3e - Salle B 412

Une mise en situation écrite de 45 minutes précédera l'entretien. Merci de vous munir d'une pièce d'identité et de confirmer votre présence en réponse à ce courriel.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Nadia Ferhat
Chargée de recrutement - Pôle Ressources
Métropole de Lyon
""",
        tz=CEST,
    ),
    m(
        "23003",
        "2025-09-23 08:05",
        "Direction des Ressources Humaines - Recrutement <recrutement@grandlyon-metropole.fr>",
        "RE: Votre candidature - Réf. 2025-DFI-118",
        ("interview", METRO, CG, 1, "direct", "fr"),
        text="""Madame Marchand,

Bien reçu, votre présence est notée pour le 2 octobre. L'accueil se fait par l'entrée principale.

Cordialement,

Nadia Ferhat
Métropole de Lyon

> Madame,
> Je vous remercie et vous confirme ma présence le jeudi 2 octobre à 10h.
> Bien cordialement,
> Élodie Marchand
""",
        tz=CEST,
        **reply("23002", "recrutement@grandlyon-metropole.fr"),
    ),
    m(
        "23004",
        "2025-10-14 17:52",
        "Direction des Ressources Humaines - Recrutement <recrutement@grandlyon-metropole.fr>",
        "Suite donnée à votre candidature",
        ("rejection", METRO, CG, 1, "direct", "fr"),
        text="""Madame,

Vous vous êtes présentée le 2 octobre dernier devant le jury de recrutement pour le poste de contrôleur de gestion à la Direction des finances, et nous vous en remercions.

Le jury a apprécié la qualité de votre préparation et votre connaissance des enjeux de pilotage d'une grande collectivité. Toutefois, il a porté son choix sur une candidature dont le parcours correspond davantage au profil recherché.

Nous ne manquerons pas de conserver vos coordonnées et vous souhaitons pleine réussite dans vos démarches.

Nadia Ferhat
Pôle Ressources - Métropole de Lyon
""",
        tz=CEST,
    ),
    # 2 CHU Alpes-Isère, Place de l'emploi public: confirmation, entretien Outlook, offre, accepté, accueil
    m(
        "23005",
        "2025-10-06 09:31",
        "Place de l'emploi public <ne-pas-repondre@place-emploi-public.gouv.fr>",
        "Votre candidature a bien été envoyée",
        ("confirmation", CHU, CHUR, 2, "other", "fr"),
        html="""<html><body style="font-family:Marianne,Arial,sans-serif">
<p>Bonjour Élodie Marchand,</p>
<p>Votre candidature pour l'offre <b>Contrôleur de gestion hospitalier (H/F)</b> - réf. 2025-38-104512 a bien été envoyée au recruteur : <b>Centre hospitalier universitaire Alpes-Isère</b>.</p>
<p>Vous pouvez suivre vos candidatures depuis votre <a href="https://place-emploi-public.gouv.fr/mon-espace/candidatures">espace personnel</a>.</p>
<p>L'équipe de la Place de l'emploi public</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23006",
        "2025-10-20 11:02",
        CHU_RH,
        "Convocation entretien - DAF / Contrôle de gestion",
        ("interview", CHU, CHUR, 2, "direct", "fr"),
        text="""Madame Marchand,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien avec M. Perrin, directeur des affaires financières, et Mme Lacroix, responsable du contrôle de gestion, le mardi 28 octobre à 14h30, bâtiment administratif, site Nord, 2e étage.

Vous trouverez l'invitation ci-jointe.

Bien cordialement,

Service recrutement et mobilité
Direction des ressources humaines - CHU Alpes-Isère
""",
        tz=CEST,
        ics={
            "style": "outlook",
            "start": "2025-10-28 14:30:00 +0100",
            "minutes": 60,
            "organizer": ("Recrutement DRH", "drh-recrutement@chu-alpes-isere.fr"),
            "uid": "040000008200E00074C5B7101A82E0080000000023006CHUAI",
            "summary": "Entretien Mme Marchand - poste contrôleur de gestion DAF",
            "location": "Bâtiment administratif, site Nord, 2e étage",
        },
    ),
    m(
        "23007",
        "2025-11-07 16:20",
        "Hervé Perrin <herve.perrin@chu-alpes-isere.fr>",
        "Suite à notre entretien",
        ("offer", CHU, CHUR, 2, "direct", "fr"),
        text="""Madame Marchand,

Je fais suite à nos échanges du 28 octobre et à votre rencontre avec l'équipe du contrôle de gestion.

J'ai le plaisir de vous proposer de nous rejoindre au poste de contrôleuse de gestion hospitalière à la Direction des affaires financières, par voie de contrat à durée indéterminée de droit public, avec une rémunération brute annuelle de 46 800 euros, et une prise de fonctions souhaitée au 5 janvier 2026.

Je vous remercie de me faire part de votre réponse d'ici le 17 novembre. La DRH vous adressera ensuite le projet de contrat.

Bien à vous,

Hervé Perrin
Directeur des affaires financières
CHU Alpes-Isère
""",
        tz=CET,
    ),
    m(
        "23008",
        "2025-11-13 10:48",
        "Hervé Perrin <herve.perrin@chu-alpes-isere.fr>",
        "RE: Suite à notre entretien",
        ("offer", CHU, CHUR, 2, "direct", "fr"),
        text="""Chère Madame Marchand,

Quelle bonne nouvelle, toute l'équipe s'en réjouit. Je transmets votre accord à la DRH, qui reviendra vers vous pour le contrat et la visite médicale.

À très bientôt,

Hervé Perrin

-----Message d'origine-----
De : Élodie Marchand
Envoyé : jeudi 13 novembre 2025 09:12
Objet : RE: Suite à notre entretien

Monsieur,
Je vous remercie pour votre confiance et j'ai le plaisir d'accepter votre proposition.
""",
        tz=CET,
        st="accepted",
        **reply("23007", "herve.perrin@chu-alpes-isere.fr"),
    ),
    m(
        "23009",
        "2025-12-10 09:15",
        CHU_RH,
        "Votre arrivée le 5 janvier - documents à fournir",
        ("other_job", CHU, CHUR, None, "direct", "fr"),
        text="""Madame Marchand,

Afin de préparer votre arrivée le 5 janvier 2026, merci de nous transmettre avant le 19 décembre : RIB, copie de la carte Vitale, attestation de l'employeur précédent, photo d'identité.

Votre visite médicale d'embauche aura lieu le 6 janvier à 8h30 au service de santé au travail.

Le contrat signé vous sera remis le jour de votre accueil, journée d'intégration des nouveaux arrivants.

Service recrutement et mobilité - DRH
""",
        tz=CET,
    ),
    # 3 Caisse régionale Rhône-Dauphiné (marque Rhodalia Banque), Workday: confirmation, test, entretien, refus
    m(
        "23010",
        "2025-09-09 21:44",
        "Rhodalia Banque <rhodalia@myworkday.com>",
        "Confirmation de réception de votre candidature",
        ("confirmation", RHO, RHOR, 3, "workday", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonjour Élodie,</p>
<p>Nous vous remercions de l'intérêt que vous portez à la Caisse régionale de Crédit Mutualiste Rhône-Dauphiné et avons bien reçu votre candidature au poste de <b>Contrôleur de gestion senior (H/F)</b> - JR-2025-00871.</p>
<p>Nos équipes Ressources Humaines étudient votre profil avec attention.</p>
<p>Suivez votre candidature depuis <a href="https://crcmrd.wd3.myworkdayjobs.com/fr-FR/Rhodalia_Carrieres/userHome">votre espace candidat</a>.</p>
<p>L'équipe Recrutement<br>Rhodalia Banque - CRCM Rhône-Dauphiné, société coopérative à capital variable</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23011",
        "2025-09-16 08:30",
        "Recrutement Rhodalia <talents@rhodalia-banque.fr>",
        "Étape suivante : questionnaire en ligne",
        ("assessment", RHO, RHOR, 3, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Suite à l'étude de votre candidature pour le poste de contrôleur de gestion senior, nous vous invitons à compléter une évaluation en ligne (raisonnement numérique et questionnaire de personnalité), d'une durée d'environ 40 minutes.

Lien personnel : https://assessment.rhodalia-banque.fr/c/8f2a71d0
À compléter avant le mardi 23 septembre, 23h59.

Cordialement,
Léa Bonnefoy
Chargée de recrutement - Rhodalia Banque
""",
        tz=CEST,
    ),
    m(
        "23012",
        "2025-10-01 12:14",
        "Léa Bonnefoy <lea.bonnefoy@rhodalia-banque.fr>",
        "Échange avec Thierry Vasseur - mercredi 8 octobre",
        ("interview", RHO, RHOR, 3, "direct", "fr"),
        text="""Bonjour Élodie,

Comme convenu par téléphone, je vous confirme votre rendez-vous avec Thierry Vasseur, directeur du contrôle de gestion, le mercredi 8 octobre à 9h30 au siège, 12 quai Perrache à Lyon. Prévoyez environ 1h15.

Belle journée,
Léa Bonnefoy
Rhodalia Banque | Direction des Ressources Humaines
""",
        tz=CEST,
    ),
    m(
        "23013",
        "2025-10-17 18:03",
        "Rhodalia Banque <rhodalia@myworkday.com>",
        "Votre candidature JR-2025-00871",
        ("rejection", RHO, RHOR, 3, "workday", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonjour Élodie,</p>
<p>Nous tenons à vous remercier pour le temps que vous nous avez consacré lors de nos échanges, ainsi que pour la qualité de votre parcours, qui a été très apprécié.</p>
<p>Après mûre réflexion, nous avons choisi de poursuivre le processus avec un autre candidat dont l'expérience en établissement bancaire est plus proche de nos besoins actuels.</p>
<p>Nous vous souhaitons une belle réussite professionnelle.</p>
<p>L'équipe Recrutement - Rhodalia Banque</p>
</body></html>""",
        tz=CEST,
    ),
    # 4 Mutuelle Ardente Santé Prévoyance (MASP), Talentsoft: confirmation, en attente
    m(
        "23014",
        "2025-10-02 10:40",
        "MASP Recrutement <noreply@masp-mutuelle.talent-soft.com>",
        "MASP - Confirmation de votre candidature",
        ("confirmation", MASP, MASPR, 4, "other", "fr"),
        text="""Madame Marchand,

Nous avons bien enregistré votre candidature pour l'offre « Chargé(e) de contrôle de gestion » (Réf. 2025-0412) basée à Villeurbanne.

Nous l'étudions avec attention et reviendrons vers vous dans les meilleurs délais.

La Direction des Ressources Humaines
MASP - Mutuelle Ardente Santé Prévoyance, mutuelle soumise au livre II du Code de la mutualité
""",
        tz=CEST,
    ),
    m(
        "23015",
        "2025-11-04 15:26",
        "Fabienne Coste <f.coste@masp.fr>",
        "Votre candidature au poste de chargée de contrôle de gestion",
        ("confirmation", MASP, MASPR, 4, "direct", "fr"),
        text="""Madame Marchand,

Je reviens vers vous concernant votre candidature, que nous avions retenue pour un premier échange.

La réorganisation de notre direction financière, annoncée la semaine dernière lors du rapprochement avec la mutuelle Solimut Est, nous conduit à suspendre ce recrutement jusqu'à nouvel ordre. Je ne manquerai pas de vous recontacter si le poste est rouvert.

Je vous prie de nous excuser pour ce contretemps.

Fabienne Coste
Responsable recrutement - MASP
""",
        tz=CET,
        st="on_hold",
    ),
    # 5 Cabinet Vauban Finance Conseil pour Seralis (nommé tard)
    m(
        "23016",
        "2025-09-11 09:58",
        RAPHAEL,
        "Opportunité confidentielle - Responsable contrôle de gestion, Lyon",
        ("outreach", None, SERR, None, "agency", "fr"),
        text="""Bonjour Madame Marchand,

Je me permets de vous contacter au sujet d'une opportunité que je mène en exclusivité pour notre client, un acteur majeur des solutions d'emballage industriel (1 200 collaborateurs, 6 sites en France), qui recherche son Responsable contrôle de gestion, basé dans l'Est lyonnais.

Votre parcours chez un industriel et votre pratique de SAP CO m'ont semblé très cohérents avec le besoin. Seriez-vous disponible pour un échange téléphonique de 20 minutes cette semaine ?

Bien cordialement,

Raphaël Gautier
Associé - Vauban Finance Conseil
Cabinet de recrutement spécialisé Finance
06 12 34 56 78
""",
        tz=CEST,
    ),
    m(
        "23017",
        "2025-09-12 13:21",
        RAPHAEL,
        "RE: Opportunité confidentielle - Responsable contrôle de gestion, Lyon",
        ("outreach", None, SERR, None, "agency", "fr"),
        text="""Parfait, je vous appelle vendredi à 12h30 sur votre portable.

Raphaël

Le 12/09/2025 à 12:05, Élodie Marchand a écrit :
> Bonjour Monsieur,
> Merci pour votre message. Je suis disponible vendredi entre 12h et 14h.
""",
        tz=CEST,
        **reply("23016", "r.gautier@vauban-fc.fr"),
    ),
    m(
        "23018",
        "2025-09-19 17:40",
        RAPHAEL,
        "Votre dossier - présentation à notre client",
        ("confirmation", SER, SERR, 5, "agency", "fr"),
        text="""Bonjour Élodie,

Merci encore pour notre échange. Comme convenu, je vous confirme avoir présenté votre candidature à notre client ce jour. Je peux désormais vous le dire : il s'agit du groupe Seralis (Seralis Packaging SAS, site de Saint-Priest).

Je vous joins la fiche de poste détaillée. Je reviens vers vous dès que j'ai leur retour.

Raphaël Gautier
Vauban Finance Conseil
""",
        tz=CEST,
        attach=[("Fiche_de_poste_RCG_Seralis.pdf", "application/pdf", "%PDF-1.4 fiche de poste")],
    ),
    m(
        "23019",
        "2025-09-26 11:05",
        RAPHAEL,
        "Seralis - premier entretien",
        ("interview", SER, SERR, 5, "agency", "fr"),
        text="""Élodie,

Bonne nouvelle : la DAF de Seralis, Mme Caroline Weber, souhaite vous rencontrer. Elle propose le lundi 6 octobre à 16h ou le mardi 7 à 9h, sur le site de Saint-Priest. Dites-moi ce qui vous convient.

Raphaël
""",
        tz=CEST,
    ),
    m(
        "23020",
        "2025-09-26 15:47",
        RAPHAEL,
        "RE: Seralis - premier entretien",
        ("interview", SER, SERR, 5, "agency", "fr"),
        text="""C'est calé pour lundi 16h. Je vous envoie un petit brief demain.

R.

> Lundi 16h me convient très bien, merci.
""",
        tz=CEST,
        **reply("23019", "r.gautier@vauban-fc.fr"),
    ),
    m(
        "23021",
        "2025-10-16 19:12",
        RAPHAEL,
        "Point suite à vos échanges",
        ("rejection", SER, SERR, 5, "agency", "fr"),
        text="""Bonsoir Élodie,

J'ai eu ce soir le retour de Caroline Weber après votre second entretien avec le directeur général. Ils ont beaucoup apprécié votre rigueur et votre aisance, mais ont finalement retenu une candidate déjà en poste dans le groupe, pour une mobilité interne.

Je suis sincèrement désolé, c'était serré. Je garde évidemment votre profil en tête pour mes prochaines missions.

Raphaël
""",
        tz=CEST,
    ),
    # 6 Logirhône Habitat (office public de l'habitat), Indeed: confirmation, entretien en fil, refus
    m(
        "23022",
        "2025-10-09 20:11",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Contrôleur de gestion - Direction financière",
        ("confirmation", LOGI, LOGIR, 6, "indeed", "fr"),
        html="""<html><body>
<p><b>Votre candidature a été envoyée à Logirhône Habitat</b></p>
<p>Contrôleur de gestion - Direction financière<br>Logirhône Habitat - Lyon 7e (69)</p>
<p>Vous recevrez une notification si l'employeur consulte votre candidature. Bonne chance !</p>
<p><a href="https://fr.indeed.com/myjobs">Mes emplois</a></p>
<p style="font-size:11px;color:#777">Indeed, 6 rue de Londres, 75009 Paris</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23023",
        "2025-10-15 09:20",
        LOGI_RH,
        "Candidature - contrôle de gestion",
        ("interview", LOGI, LOGIR, 6, "direct", "fr"),
        text="""Bonjour Madame,

J'ai bien reçu votre candidature via Indeed pour le poste au sein de notre direction financière. Seriez-vous disponible pour un premier échange téléphonique mardi 21 octobre, à 11h ou 15h ?

Bien cordialement,

Sandrine Oudin
Responsable Développement RH
Logirhône Habitat - Office public de l'habitat de la Métropole
""",
        tz=CEST,
    ),
    m(
        "23024",
        "2025-10-15 16:02",
        LOGI_RH,
        "RE: Candidature - contrôle de gestion",
        ("interview", LOGI, LOGIR, 6, "direct", "fr"),
        text="""Merci, mardi 15h c'est noté. Je vous appellerai au numéro de votre CV.

Sandrine Oudin

> Bonjour Madame, mardi 15h me convient parfaitement. Bien cordialement, É. Marchand
""",
        tz=CEST,
        **reply("23023", "s.oudin@logirhone.fr"),
    ),
    m(
        "23025",
        "2025-11-12 10:31",
        LOGI_RH,
        "Logirhône - votre candidature",
        ("rejection", LOGI, LOGIR, 6, "direct", "fr"),
        text="""Madame Marchand,

Je vous remercie pour nos échanges et pour votre venue devant notre directeur financier. Votre expérience a été appréciée, mais nous avons retenu un profil ayant déjà exercé au sein d'un organisme HLM.

Je vous souhaite bonne continuation.

Sandrine Oudin
""",
        tz=CET,
    ),
    # 7 Fromageries Blanchard (Groupe Blanchard), HelloWork: confirmation, consultée, refus
    m(
        "23026",
        "2025-09-15 07:48",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a bien été envoyée",
        ("confirmation", BLA, BLAR, 7, "other", "fr"),
        html="""<html><body>
<p>Bonjour Élodie,</p>
<p>Votre candidature au poste de <b>Contrôleur de gestion industriel H/F</b> chez <b>Fromageries Blanchard</b> à Bourg-en-Bresse (01) a bien été transmise au recruteur.</p>
<p>Astuce : complétez votre profil pour multiplier vos chances !</p>
<p>L'équipe HelloWork</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23027",
        "2025-09-18 12:02",
        "HelloWork <candidature@hellowork.com>",
        "Bonne nouvelle, un recruteur a consulté votre candidature",
        ("viewed", BLA, BLAR, 7, "other", "fr"),
        html="""<html><body>
<p>Bonjour Élodie,</p>
<p>Le recruteur a consulté votre candidature pour le poste <b>Contrôleur de gestion industriel H/F</b>.</p>
<p>Groupe Blanchard - Bourg-en-Bresse</p>
<p>Restez attentif à vos e-mails et à votre téléphone dans les prochains jours.</p>
</body></html>""",
        tz=CEST,
    ),
    m(
        "23028",
        "2025-10-03 09:44",
        "Ressources Humaines Groupe Blanchard <rh@groupe-blanchard.fr>",
        "Contrôleur de gestion industriel",
        ("rejection", BLA, BLAR, 7, "direct", "fr"),
        text="""Madame,

Vous avez bien voulu nous adresser votre candidature et nous vous en remercions.

Votre profil a retenu toute notre attention ; cependant, nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable, le poste étant pourvu.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service RH - Fromageries Blanchard SAS
""",
        tz=CEST,
    ),
    # 8 / 9 Groupe Alvéa, DigitalRecruiters: rôle A refusé; rôle B (contrôleur financier) plus tard
    m(
        "23029",
        "2025-09-24 14:10",
        "Alvéa Recrutement <alvea@digitalrecruiters.com>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", ALV, ALVR, 8, "other", "fr"),
        text="""Bonjour Élodie,

Merci pour votre candidature au poste de Contrôleur de gestion opérationnel H/F chez Alvéa Immobilier (Lyon 2e).

Nous revenons vers vous sous 15 jours.

L'équipe Talents
Groupe Alvéa - promotion, gestion et services immobiliers
""",
        tz=CEST,
    ),
    m(
        "23030",
        "2025-10-10 10:00",
        "Alvéa Recrutement <alvea@digitalrecruiters.com>",
        "Votre candidature chez Alvéa",
        ("rejection", ALV, ALVR, 8, "other", "fr"),
        text="""Bonjour Élodie,

Nous vous remercions pour l'intérêt que vous portez au Groupe Alvéa.

Malgré les qualités de votre candidature, nous ne sommes pas en mesure de lui donner une suite favorable pour ce poste.

Nous vous invitons à consulter régulièrement nos offres.

L'équipe Talents
""",
        tz=CEST,
    ),
    m(
        "23031",
        "2025-10-28 18:22",
        "Alvéa Recrutement <alvea@digitalrecruiters.com>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", ALV, ALVR2, 9, "other", "fr"),
        text="""Bonjour Élodie,

Merci pour votre candidature au poste de Contrôleur financier H/F chez Alvéa Promotion (Lyon 2e).

Nous revenons vers vous sous 15 jours.

L'équipe Talents
Groupe Alvéa - promotion, gestion et services immobiliers
""",
        tz=CET,
    ),
    # 10 Communauté d'agglomération Val-de-Saône Beaujolais, Beetween: confirmation, jury en visio, refus
    m(
        "23032",
        "2025-10-21 11:33",
        "CAVSB - Recrutement <no-reply@beetween.com>",
        "Confirmation de dépôt de candidature",
        ("confirmation", CAV, CAVR, 10, "other", "fr"),
        text="""Bonjour,

Votre candidature au poste « Responsable du contrôle de gestion et de l'évaluation des politiques publiques » (cadre d'emplois des attachés territoriaux) a bien été déposée.

Date limite de candidature : 7 novembre 2025. Les entretiens se tiendront dans la seconde quinzaine de novembre.

Val-de-Saône Beaujolais Agglo
""",
        tz=CEST,
    ),
    m(
        "23033",
        "2025-11-14 16:48",
        "Pôle RH Agglo VSB <rh@agglo-vsb.fr>",
        "Jury de recrutement - Responsable contrôle de gestion",
        ("interview", CAV, CAVR, 10, "direct", "fr"),
        text="""Madame,

Nous avons le plaisir de vous informer que votre candidature a été retenue pour la phase d'entretien.

Le jury se réunira le mercredi 26 novembre 2025 ; votre passage est prévu à 14h15, par visioconférence (lien Teams ci-dessous). Il se compose de la vice-présidente chargée des finances, du directeur général des services et de la directrice des ressources humaines.

https://teams.microsoft.com/l/meetup-join/19%3ameeting_agglovsb

Pôle Ressources Humaines
Communauté d'agglomération Val-de-Saône Beaujolais
""",
        tz=CET,
        ics={
            "style": "outlook",
            "start": "2025-11-26 14:15:00 +0100",
            "minutes": 45,
            "organizer": ("Pôle RH Agglo VSB", "rh@agglo-vsb.fr"),
            "uid": "040000008200E00074C5B7101A82E008000000002303310",
            "summary": "Jury recrutement RCG - Mme Marchand",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "23034",
        "2025-12-04 09:10",
        "Pôle RH Agglo VSB <rh@agglo-vsb.fr>",
        "Résultat du jury du 26 novembre",
        ("rejection", CAV, CAVR, 10, "direct", "fr"),
        text="""Madame,

Pour faire suite à votre audition du 26 novembre, nous vous informons que le jury n'a pas retenu votre candidature. Il a tenu à souligner la qualité de votre présentation.

L'autorité territoriale a nommé un agent lauréat du concours, inscrit sur liste d'aptitude.

Veuillez agréer, Madame, nos salutations distinguées.

Le Président,
Par délégation, la Directrice des ressources humaines
""",
        tz=CET,
    ),
    # 11 Maison Pellerin, Flatchr, puis fondateur depuis Gmail; refus
    m(
        "23035",
        "2025-11-03 08:58",
        "Maison Pellerin <notifications@flatchr.io>",
        "Candidature reçue - Contrôleur de gestion / Business partner",
        ("confirmation", PEL, PELR, 11, "other", "fr"),
        text="""Bonjour Élodie,

Merci pour votre candidature ! Notre petite équipe lit chaque dossier, promis.

À très vite,
Maison Pellerin - chocolaterie artisanale depuis 1952
""",
        tz=CET,
    ),
    m(
        "23036",
        "2025-11-06 22:14",
        PELLERIN,
        "On se voit ?",
        ("interview", PEL, PELR, 11, "direct", "fr"),
        text="""Bonsoir Élodie,

J'ai lu votre CV avec beaucoup d'intérêt. On cherche quelqu'un qui nous aide à y voir clair sur nos marges par canal (boutiques, B2B, e-commerce) avant d'ouvrir 3 nouvelles boutiques.

Un café à l'atelier de Vaise la semaine prochaine ? Jeudi 13 à 9h par exemple.

Bastien
--
Bastien Pellerin
Directeur général, Maison Pellerin
""",
        tz=CET,
    ),
    m(
        "23037",
        "2025-11-07 07:31",
        PELLERIN,
        "Re: On se voit ?",
        ("interview", PEL, PELR, 11, "direct", "fr"),
        text="""Top, à jeudi ! Sonnez à l'interphone « atelier ».

B.

Le ven. 7 nov. 2025 à 07:02, Élodie Marchand a écrit :
> Avec plaisir, jeudi 9h c'est parfait.
""",
        tz=CET,
        **reply("23036", "bastien.pellerin.lyon@gmail.com"),
    ),
    m(
        "23038",
        "2025-11-25 20:40",
        PELLERIN,
        "Re: On se voit ?",
        ("rejection", PEL, PELR, 11, "direct", "fr"),
        text="""Élodie,

Merci encore pour le temps passé avec nous et pour vos idées sur le suivi des marges, on va d'ailleurs en appliquer certaines. Après réflexion, on part finalement sur un temps partagé (2 jours par semaine) avec un profil plus junior, pour des raisons de budget. Je suis désolé, ce n'est pas la réponse que j'aurais aimé vous faire.

Bastien
""",
        tz=CET,
        **reply("23037", "bastien.pellerin.lyon@gmail.com"),
    ),
    # 12 Terres du Dauphiné (coopérative agricole), Welcome to the Jungle: confirmation, ghosted
    m(
        "23039",
        "2025-10-29 13:16",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Terres du Dauphiné a bien été envoyée",
        ("confirmation", TDD, TDDR, 12, "other", "fr"),
        html="""<html><body>
<p>Bravo Élodie !</p>
<p>Votre candidature pour le poste <b>Contrôleur de gestion coopérative</b> a bien été envoyée.</p>
<p>Terres du Dauphiné - Voiron</p>
<p>L'entreprise reviendra vers vous si votre profil correspond. En attendant, découvrez d'autres offres qui pourraient vous plaire.</p>
</body></html>""",
        tz=CET,
    ),
    # 13 Sintéa Ingénierie, APEC: confirmation, ghosted
    m(
        "23040",
        "2025-09-30 19:03",
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de votre candidature",
        ("confirmation", SINT, SINTR, 13, "other", "fr"),
        text="""Bonjour Élodie Marchand,

Votre candidature à l'offre « Contrôleur de gestion projets H/F » (réf. 176543210W) a bien été transmise à l'entreprise Sintéa Ingénierie.

Retrouvez toutes vos candidatures dans votre espace Apec.

L'Apec
""",
        tz=CEST,
    ),
    # 14 Cabinet d'intérim Robertson & Vial pour Distrimax: retrait
    m(
        "23041",
        "2025-11-18 10:12",
        "Julie Thevenet <julie.thevenet@robertson-vial.fr>",
        "Mission contrôle de gestion - CDD 9 mois",
        ("confirmation", DIS, DISR, 14, "agency", "fr"),
        text="""Bonjour Élodie,

Suite à notre appel, je vous confirme que j'ai bien transmis votre CV pour la mission. Comme je vous l'ai dit, notre client est un acteur majeur de la grande distribution régionale : il s'agit de Distrimax, siège à Dardilly. Le poste est un CDD de 9 mois (remplacement congé maternité) au contrôle de gestion magasins.

Je reviens vers vous rapidement.

Julie Thevenet
Chargée de recrutement - Robertson & Vial, cabinet de recrutement et intérim cadres
""",
        tz=CET,
    ),
    m(
        "23042",
        "2025-11-21 14:40",
        "Julie Thevenet <julie.thevenet@robertson-vial.fr>",
        "RE: Mission contrôle de gestion - CDD 9 mois",
        ("confirmation", DIS, DISR, 14, "agency", "fr"),
        text="""Bonjour Élodie,

Bien noté, et félicitations pour votre nouveau poste ! Je retire votre candidature auprès de Distrimax.

Au plaisir,
Julie

> Bonjour Julie, ayant accepté une autre proposition, je préfère retirer ma candidature. Merci pour votre aide.
""",
        tz=CET,
        st="withdrawn",
        **reply("23041", "julie.thevenet@robertson-vial.fr"),
    ),
]

ALVEA_RH = "Céline Arnaud <c.arnaud@alvea-promotion.com>"
SMBE = "Savoie Mont-Blanc Énergie"
SMBER = "Contrôleur de gestion H/F"
CFCS = "Caisse Fédérale du Crédit Solidaire Alpes-Jura"
CFCSR = "Contrôleur de gestion budgétaire"
SMMC = "Syndicat mixte des mobilités de la Cluse"
SMMCR = "Contrôleur de gestion - chargé de la performance"
NEX = "Nexalys"
NEXR = "FP&A Analyst"

MAIL += [
    # 9 Groupe Alvéa, second role: entretien (domaine de la filiale), puis retrait
    m(
        "23043",
        "2025-11-05 12:35",
        ALVEA_RH,
        "Votre profil - poste de contrôleur financier",
        ("interview", ALV, ALVR2, 9, "direct", "fr"),
        text="""Bonjour Élodie,

Je suis chargée des ressources humaines d'Alvéa Promotion, filiale du Groupe Alvéa. Votre candidature pour le poste de contrôleur financier nous intéresse : seriez-vous disponible le lundi 17 novembre à 10h pour rencontrer notre directeur financier, M. Olivier Saez, dans nos locaux du 14 quai Rambaud ?

Bien cordialement,

Céline Arnaud
Responsable RH - Alvéa Promotion SAS
""",
        tz=CET,
    ),
    m(
        "23044",
        "2025-11-14 09:50",
        ALVEA_RH,
        "RE: Votre profil - poste de contrôleur financier",
        ("confirmation", ALV, ALVR2, 9, "direct", "fr"),
        text="""Bonjour Élodie,

Merci de m'avoir prévenue, c'est très correct de votre part. J'annule le rendez-vous de lundi avec M. Saez et clôture votre candidature. Belle réussite au CHU !

Céline

> Bonjour Madame Arnaud, je viens d'accepter un poste et ne donnerai donc pas suite à notre rendez-vous du 17 novembre. Je vous prie de m'en excuser.
""",
        tz=CET,
        st="withdrawn",
        **reply("23043", "c.arnaud@alvea-promotion.com"),
    ),
    # 20 Nexalys, re-application after the rejection (via Indeed), ghosted
    m(
        "23045",
        "2025-11-10 21:03",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : FP&A Analyst",
        ("confirmation", NEX, NEXR, 20, "indeed", "fr"),
        html="""<html><body>
<p><b>Votre candidature a été envoyée à Nexalys</b></p>
<p>FP&amp;A Analyst<br>Nexalys - Paris 9e (75) - Hybride</p>
<p>Vous recevrez une notification si l'employeur consulte votre candidature.</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "23046",
        "2025-11-12 08:40",
        "Indeed <indeedapply@indeed.com>",
        "Mise à jour de votre candidature chez Nexalys",
        ("viewed", NEX, NEXR, 20, "indeed", "fr"),
        html="""<html><body>
<p>L'employeur a consulté votre candidature</p>
<p>FP&amp;A Analyst - Nexalys</p>
<p>Ce n'est pas une garantie de réponse, mais c'est bon signe !</p>
</body></html>""",
        tz=CET,
    ),
    # 21 SMBE (société d'économie mixte), SmartRecruiters en français: confirmation, refus au sujet neutre
    m(
        "23047",
        "2025-10-16 08:12",
        "SMBE Recrutement <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        ("confirmation", SMBE, SMBER, 21, "smartrecruiters", "fr"),
        text="""Bonjour Élodie,

Nous vous remercions d'avoir postulé au poste de Contrôleur de gestion H/F basé à Grenoble. Votre candidature a bien été reçue et sera étudiée par nos équipes.

Cordialement,
L'équipe recrutement
SMBE - Société d'économie mixte Savoie Mont-Blanc Énergie
""",
        tz=CEST,
    ),
    m(
        "23048",
        "2025-10-30 17:55",
        "SMBE Recrutement <noreply@smartrecruiters.com>",
        "Votre candidature chez SMBE",
        ("rejection", SMBE, SMBER, 21, "smartrecruiters", "fr"),
        text="""Bonjour Élodie,

Nous vous remercions sincèrement de l'intérêt que vous avez porté à SMBE. Nous avons pris connaissance de votre parcours avec beaucoup d'attention : votre double expérience industrie et secteur public est un vrai atout.

Nous sommes toutefois au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous vous souhaitons plein succès.

L'équipe recrutement
""",
        tz=CET,
    ),
    # 22 Caisse Fédérale du Crédit Solidaire Alpes-Jura (marque Crédit Solidaire), Workday + direct: refus
    m(
        "23049",
        "2025-09-03 13:40",
        "Crédit Solidaire <creditsolidaire@myworkday.com>",
        "Candidature reçue - Contrôleur de gestion budgétaire (R25-1187)",
        ("confirmation", CFCS, CFCSR, 22, "workday", "fr"),
        html="""<html><body><p>Bonjour Élodie,</p>
<p>Merci pour votre candidature au poste <b>Contrôleur de gestion budgétaire</b> (R25-1187), Annecy.</p>
<p>Crédit Solidaire Alpes-Jura</p></body></html>""",
        tz=CEST,
    ),
    m(
        "23050",
        "2025-09-12 10:25",
        "Mathieu Roux <mathieu.roux@cfcs-aj.fr>",
        "Échange téléphonique",
        ("interview", CFCS, CFCSR, 22, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Je suis responsable du contrôle budgétaire à la Caisse fédérale et j'ai bien reçu votre dossier. Je vous propose un premier échange téléphonique mercredi 17 septembre à 17h30. Est-ce possible pour vous ?

Mathieu Roux
Caisse Fédérale du Crédit Solidaire Alpes-Jura - Direction financière
""",
        tz=CEST,
    ),
    m(
        "23051",
        "2025-09-12 14:02",
        "Mathieu Roux <mathieu.roux@cfcs-aj.fr>",
        "RE: Échange téléphonique",
        ("interview", CFCS, CFCSR, 22, "direct", "fr"),
        text="""Parfait, à mercredi.

M. Roux

> C'est tout à fait possible, merci. Mon numéro : 06 xx xx xx 41.
""",
        tz=CEST,
        **reply("23050", "mathieu.roux@cfcs-aj.fr"),
    ),
    m(
        "23052",
        "2025-09-25 18:10",
        "Ne pas répondre <ne-pas-repondre@cfcs-aj.fr>",
        "Suite de votre candidature R25-1187",
        ("rejection", CFCS, CFCSR, 22, "direct", "fr"),
        text="""Madame,

Nous vous remercions de votre participation à notre processus de recrutement. Votre candidature a fait l'objet d'un examen attentif ; toutefois, elle ne sera pas retenue, la mobilité hebdomadaire à Annecy exigée par le poste semblant difficilement compatible avec votre projet.

Crédit Solidaire - Direction des ressources humaines
""",
        tz=CEST,
    ),
    # 23 SMMC, forwarded from her old address: emploi-territorial confirmation, then jury then liste
    m(
        "23053",
        "2025-10-11 10:05",
        "Élodie Marchand <elodie.marchand.pro@gmail.com>",
        "Fwd: Accusé de réception de votre candidature - Offre O038250900098765",
        ("confirmation", SMMC, SMMCR, 23, "other", "fr"),
        text="""(envoyé sur mon ancienne adresse)

---------- Forwarded message ---------
De : Emploi-Territorial <ne-pas-repondre@emploi-territorial.fr>
Date: ven. 10 oct. 2025 à 16:40
Subject: Accusé de réception de votre candidature - Offre O038250900098765

Madame Marchand,

Nous accusons réception de votre candidature à l'offre d'emploi suivante :

Collectivité : Syndicat mixte des mobilités de la Cluse
Intitulé du poste : Contrôleur de gestion - chargé de la performance
Référence : O038250900098765

Ceci est un message automatique, merci de ne pas y répondre.
""",
        tz=CEST,
    ),
    m(
        "23054",
        "2025-11-03 14:22",
        "SMMC - Direction générale <direction@mobilites-cluse.fr>",
        "Votre candidature",
        ("rejection", SMMC, SMMCR, 23, "direct", "fr"),
        text="""Madame,

Nous avons bien reçu votre candidature au poste de contrôleur de gestion et vous en remercions.

Le nombre important de candidatures reçues ne nous permet malheureusement pas de vous proposer un entretien. Le poste est réservé en priorité aux lauréats du concours d'attaché territorial inscrits sur liste d'aptitude ou aux fonctionnaires par voie de mutation.

Recevez, Madame, nos salutations distinguées.

Le Directeur général
Syndicat mixte des mobilités de la Cluse
""",
        tz=CET,
    ),
    # Seralis: a later direct mail from the client (after the agency's rejection) - other_job
    m(
        "23055",
        "2025-10-20 09:00",
        "Caroline Weber <c.weber@seralis-packaging.com>",
        "Merci",
        ("other_job", SER, SERR, None, "direct", "fr"),
        text="""Bonjour Élodie,

Raphaël vous a transmis notre décision ; je tenais simplement à vous remercier personnellement pour la qualité de nos deux échanges. Si un poste de contrôleur de site s'ouvre l'an prochain, je penserai à vous.

Caroline Weber
Directrice administrative et financière, Groupe Seralis
""",
        tz=CEST,
    ),
    # Métropole: the written exercise instructions (assessment) before the jury
    m(
        "23056",
        "2025-09-29 15:10",
        "Direction des Ressources Humaines - Recrutement <recrutement@grandlyon-metropole.fr>",
        "Mise en situation écrite - consignes",
        ("assessment", METRO, CG, 1, "direct", "fr"),
        text="""Madame,

En vue de votre venue le 2 octobre, vous trouverez ci-joint les consignes de la mise en situation écrite (analyse d'un tableau de bord d'une direction opérationnelle, 45 minutes, calculatrice autorisée).

Nadia Ferhat
Pôle Ressources - Métropole de Lyon
""",
        tz=CEST,
        st="interviewing",
        attach=[("consignes_mise_en_situation.pdf", "application/pdf", "%PDF-1.4 consignes")],
    ),
]
