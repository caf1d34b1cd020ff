"""Job mail of the thirteenth held-out corpus, in French (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply


def z(date: str) -> str:
    """Central European offset of a 'YYYY-MM-DD HH:MM' date (summer time ends 26 Oct 2025,
    starts 29 Mar 2026); the other data modules of this corpus use it too."""
    return "+0200" if date < "2025-10-26 03:00" or date >= "2026-03-29 02:00" else "+0100"


def M(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    kw.setdefault("tz", z(date))
    return m(key, date, frm, subject, t, text, html, **kw)


VIREO, VR = "Vireo Logistique", "Chargée d'analyse supply chain"
BERTHIER = "Maison Berthier"
BR1, BR2 = "Analyste Données Commerciales", "Demand Planner junior"
ONDA, OR = "Ondalys", "Ops & Data Analyst"
CERF, CR = "Cerfontaine Industries", "Chargé(e) de planification production"
MIRA, MR = "Mirabeau Distribution", "Analyste supply chain junior"
GAIL, GR = "Transports Gaillac", "Assistant(e) d'exploitation logistique"
VALL, VLR = "Groupe Vallorge", "Coordinateur transport H/F"
SOR, SR = "Sorelle Industrie", "Approvisionneur H/F"
DEL, DR = "Fromageries Delorme", "Responsable ADV junior"
LUM, LR = "Lumeo", "Business Analyst Junior"
VAUT, VTR = "Chocolaterie Vautrin", "Assistant(e) chef de projet supply chain"
QUIL, QR = "Quillon", "Operations Analyst"
SOLV, SVR = "Groupe Solvane", "VIE - Analyste achats (Düsseldorf)"
PARV, PR = "Parvéa", "Technicien(ne) méthodes logistique"
ARDEA, AR = "Coopérative Ardéa", "Chargée d'études supply chain"
STAU, STR = "Laboratoires Saint-Aubert", "Analyste planification industrielle"

WTTJ = "Welcome to the Jungle <no-reply@welcometothejungle.com>"
AURELIS_RH = "Sandrine Peyrot <s.peyrot@aurelis-groupe.fr>"
ONDA_FOUNDER = "Maxime Lavergne <maxime@ondalys.io>"
TALENTEO = "Julien Ferrand <julien.ferrand@talenteo-conseil.fr>"
VAUT_RH = "Recrutement HV Groupe <recrutement@hv-groupe.com>"
QUIL_FOUNDER = "Nora Weiss <nora.weiss.lux@gmail.com>"
SOLV_RH = "Pauline Castagné <pauline.castagne@solvane-group.com>"

MAIL: list[dict[str, Any]] = [
    # 1 Vireo Logistique (mail from its group, Aurelis): WTTJ, interview, neutral rejection
    M(
        "13001",
        "2025-09-09 10:22",
        WTTJ,
        "Ta candidature a bien été envoyée 🚀",
        ("confirmation", VIREO, VR, 1, "other", "fr"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#fff9e6">
<table width="600" align="center"><tr><td>
<img src="https://cdn.welcometothejungle.com/wttj-front/assets/logo.png" alt="Welcome to the Jungle">
<h2>Bravo Léa, ta candidature est partie !</h2>
<p>Tu as postulé au poste de <strong>Chargée d'analyse supply chain</strong> chez
<strong>Vireo Logistique</strong> (Saint-Priest).</p>
<p>L'entreprise a bien reçu ton CV et ta lettre de motivation. Si ton profil l'intéresse,
elle reviendra directement vers toi. En attendant, tu peux suivre tes candidatures depuis
ton espace.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p>
<p style="font-size:12px;color:#777">Tu reçois cet e-mail car tu as un compte Welcome to the
Jungle. Welcome to the Jungle, 31 rue du Faubourg Montmartre, 75009 Paris.</p>
</td></tr></table></body></html>""",
    ),
    M(
        "13002",
        "2025-09-16 14:05",
        AURELIS_RH,
        "Votre candidature - Saint-Priest",
        ("interview", VIREO, VR, 1, "direct", "fr"),
        text="""Bonjour Léa,

J'ai bien reçu votre candidature pour le poste de chargée d'analyse supply chain sur notre
plateforme de Saint-Priest, et votre parcours a retenu mon attention.

Je vous propose un premier échange téléphonique d'une trentaine de minutes. Seriez-vous
disponible mardi 23 septembre à 14h ou jeudi 25 à 10h ?

Bien cordialement,

Sandrine Peyrot
Chargée de recrutement
Groupe Aurelis - Vireo Logistique | Aurelis Services
ZI Mi-Plaine, 12 rue du Dauphiné, 69800 Saint-Priest
""",
    ),
    M(
        "13003",
        "2025-09-17 09:12",
        AURELIS_RH,
        "RE: Votre candidature - Saint-Priest",
        ("interview", VIREO, VR, 1, "direct", "fr"),
        text="""Parfait, c'est noté pour mardi 14h. Je vous appelle au 06 71 .. .. 38.

Belle journée,
Sandrine

-----Message d'origine-----
De : Léa Marchand <lea.marchand@laposte.net>
Envoyé : mardi 16 septembre 2025 21:40
Objet : Re: Votre candidature - Saint-Priest

Bonjour Madame Peyrot,
Mardi 23 à 14h me convient très bien. Merci !
Léa Marchand
""",
        headers=reply("13002", AURELIS_RH),
    ),
    M(
        "13004",
        "2025-10-03 17:48",
        AURELIS_RH,
        "Suite à notre échange",
        ("rejection", VIREO, VR, 1, "direct", "fr"),
        text="""Bonjour Léa,

Je tenais à vous remercier pour le temps que vous nous avez consacré lors de nos échanges.
Vos connaissances en modélisation des flux et votre aisance sur Power BI ont été très
appréciées par Thomas, le responsable du site.

Nous avons toutefois fait le choix d'un candidat disposant d'une première expérience en
entrepôt, ce qui correspond davantage aux enjeux immédiats de l'équipe.

Je me permets de conserver votre CV et je ne manquerai pas de revenir vers vous si une
opportunité se présente au sein du groupe.

Bien cordialement,
Sandrine Peyrot
Groupe Aurelis
""",
    ),
    # 2 Maison Berthier, Taleo: confirmation, rejection
    M(
        "13005",
        "2025-09-11 08:31",
        "Maison Berthier Recrutement <maisonberthier@taleo.net>",
        "Maison Berthier - Accusé de réception de votre candidature",
        ("confirmation", BERTHIER, BR1, 2, "taleo", "fr"),
        text="""Madame Marchand,

Nous vous remercions de l'intérêt que vous portez à Maison Berthier et accusons réception de
votre candidature au poste d'Analyste Données Commerciales (réf. 2500318) basé à Lyon.

Votre dossier va être étudié avec attention par nos équipes. Vous pouvez à tout moment
consulter l'état d'avancement de votre candidature dans votre profil candidat :
https://maisonberthier.taleo.net/careersection/ext/mysubmissions.ftl

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
Maison Berthier

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    ),
    M(
        "13006",
        "2025-10-14 11:02",
        "Maison Berthier Recrutement <maisonberthier@taleo.net>",
        "Maison Berthier - Votre candidature",
        ("rejection", BERTHIER, BR1, 2, "taleo", "fr"),
        text="""Madame Marchand,

Nous revenons vers vous concernant votre candidature au poste d'Analyste Données
Commerciales (réf. 2500318).

Nous avons reçu de nombreuses candidatures de grande qualité. Après une étude attentive de
votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure d'y
donner une suite favorable.

Nous vous encourageons à consulter régulièrement nos offres sur notre site carrières et vous
souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Maison Berthier
""",
    ),
    # 3 Maison Berthier again, seven weeks later, another role
    M(
        "13007",
        "2025-12-02 09:47",
        "Maison Berthier Recrutement <maisonberthier@taleo.net>",
        "Maison Berthier - Accusé de réception de votre candidature",
        ("confirmation", BERTHIER, BR2, 3, "taleo", "fr"),
        text="""Madame Marchand,

Nous vous remercions de l'intérêt que vous portez à Maison Berthier et accusons réception de
votre candidature au poste de Demand Planner junior (réf. 2500871) basé à Lyon.

Votre dossier va être étudié avec attention par nos équipes. Vous pouvez à tout moment
consulter l'état d'avancement de votre candidature dans votre profil candidat :
https://maisonberthier.taleo.net/careersection/ext/mysubmissions.ftl

La Direction des Ressources Humaines
Maison Berthier

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    ),
    M(
        "13008",
        "2025-12-10 15:20",
        "Claire Montagnon <claire.montagnon@maison-berthier.com>",
        "Demand Planner - échange avec l'équipe S&OP",
        ("interview", BERTHIER, BR2, 3, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Je suis Claire Montagnon, responsable S&OP chez Maison Berthier. Votre candidature au poste
de Demand Planner junior m'a été transmise et j'aimerais vous rencontrer.

Je vous propose un entretien dans nos locaux (14 quai Rambaud, Lyon 2e) le mercredi
17 décembre à 10h30. Prévoyez environ une heure ; vous rencontrerez également un membre de
l'équipe.

Pouvez-vous me confirmer votre présence ?

Cordialement,
Claire Montagnon
Responsable S&OP - Maison Berthier
""",
    ),
    M(
        "13009",
        "2025-12-11 08:05",
        "Claire Montagnon <claire.montagnon@maison-berthier.com>",
        "RE: Demand Planner - échange avec l'équipe S&OP",
        ("interview", BERTHIER, BR2, 3, "direct", "fr"),
        text="""Merci pour votre retour rapide, à mercredi !
Demandez-moi à l'accueil.

Claire
""",
        headers=reply("13008", "claire.montagnon@maison-berthier.com"),
    ),
    # 4 Ondalys (Lyon start-up, WTTJ then the founder, tu): case study, offer, DocuSign, onboarding
    M(
        "13010",
        "2025-12-01 19:14",
        WTTJ,
        "Ta candidature a bien été envoyée 🚀",
        ("confirmation", ONDA, OR, 4, "other", "fr"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#fff9e6">
<table width="600" align="center"><tr><td>
<h2>Bravo Léa, ta candidature est partie !</h2>
<p>Tu as postulé au poste de <strong>Ops &amp; Data Analyst</strong> chez
<strong>Ondalys</strong> (Lyon 7e · CDI · Télétravail partiel).</p>
<p>L'entreprise a bien reçu ton CV. Si ton profil l'intéresse, elle reviendra directement
vers toi.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p>
<p style="font-size:12px;color:#777">Welcome to the Jungle, 31 rue du Faubourg Montmartre, 75009 Paris.</p>
</td></tr></table></body></html>""",
    ),
    M(
        "13011",
        "2025-12-04 12:31",
        ONDA_FOUNDER,
        "Hello Léa 👋",
        ("interview", ONDA, OR, 4, "direct", "fr"),
        text="""Hello Léa,

Maxime, cofondateur d'Ondalys. J'ai lu ta candidature hier soir et ton mémoire sur la
prévision de la demande dans la distribution alimentaire m'a bien plu !

On peut s'appeler 30 min pour se présenter mutuellement ? Je te laisse choisir un créneau
ici : https://calendly.com/maxime-ondalys/30min

À très vite,
Maxime
--
Maxime Lavergne · CEO & cofondateur
Ondalys - la supply chain des circuits courts
ondalys.io
""",
    ),
    M(
        "13012",
        "2025-12-04 13:02",
        "Calendly <notifications@calendly.com>",
        "Nouvel événement : Léa Marchand - 30 min avec Maxime",
        ("interview", ONDA, OR, 4, "other", "fr"),
        text="""Bonjour Léa Marchand,

Votre rendez-vous est programmé.

Événement : 30 min avec Maxime (Ondalys)
Date : mardi 9 décembre 2025, 11:00 - 11:30 (heure normale d'Europe centrale)
Lieu : Google Meet (le lien sera envoyé dans l'invitation)

Besoin de modifier ? Replanifier ou annuler : https://calendly.com/reschedulings/7f3c2a

Propulsé par Calendly
""",
    ),
    M(
        "13013",
        "2025-12-10 18:40",
        ONDA_FOUNDER,
        "Étude de cas",
        ("assessment", ONDA, OR, 4, "direct", "fr"),
        text="""Re-hello Léa,

Merci pour l'échange d'hier, c'était top. Comme promis, voici la petite étude de cas : un
extrait anonymisé de nos commandes producteurs sur 6 mois (CSV en PJ).

L'idée : nous proposer 2-3 indicateurs pour piloter les ruptures et une reco sur les
tournées du jeudi. Pas besoin d'y passer plus de 3-4h, on en discute ensuite avec Inès
(notre head of ops).

Idéalement retour d'ici lundi 15 au soir, mais dis-moi si c'est serré.

Maxime
""",
        attach=[
            (
                "commandes_producteurs_anonymise.csv",
                "text/csv",
                "date;producteur;produit;qte;tournee\n2025-06-02;P014;yaourt;120;jeudi\n",
            )
        ],
    ),
    M(
        "13014",
        "2025-12-16 09:15",
        "Inès Carvalho <ines@ondalys.io>",
        "Débrief de ton étude de cas",
        ("interview", ONDA, OR, 4, "direct", "fr"),
        text="""Bonjour Léa,

Bien reçu ton rendu, merci ! Je t'envoie une invitation pour vendredi 19 à 14h dans nos
bureaux (on est au 2e étage, 31 rue de Gerland). On en profitera pour te présenter l'équipe.

Inès
Head of Operations · Ondalys
""",
        ics={
            "uid": "ondalys-debrief-1219-lmarchand",
            "start": "2025-12-19 14:00:00 +0100",
            "minutes": 90,
            "organizer": ("Inès Carvalho", "ines@ondalys.io"),
            "attendees": [("Maxime Lavergne", "maxime@ondalys.io")],
            "summary": "Ondalys x Léa - débrief étude de cas",
            "location": "Ondalys, 31 rue de Gerland, 69007 Lyon",
        },
    ),
    M(
        "13015",
        "2026-01-08 17:52",
        ONDA_FOUNDER,
        "La suite 🙂",
        ("offer", ONDA, OR, 4, "direct", "fr"),
        text="""Léa,

Bonne année ! Avec Inès on a pris le temps d'en parler pendant les fêtes et on aimerait
vraiment que tu nous rejoignes.

Concrètement : CDI, Ops & Data Analyst, 36 k€ bruts annuels + BSPCE, 2 jours de télétravail,
démarrage début mars si ça te va. Je t'envoie la promesse d'embauche par DocuSign dès que
tu me dis que c'est bon pour toi sur le principe.

Appelle-moi si tu as des questions, je suis dispo toute la semaine.

Maxime
06 12 .. .. 90
""",
    ),
    M(
        "13016",
        "2026-01-13 10:04",
        "Maxime Lavergne via DocuSign <dse_NA3@docusign.net>",
        "Ondalys - Promesse d'embauche - Léa Marchand",
        ("offer", ONDA, OR, 4, "docusign", "fr"),
        html="""<html><body style="font-family:Arial">
<table width="560" align="center"><tr><td style="background:#1e1e5a;color:#fff;padding:20px">
<p>Maxime Lavergne vous a envoyé un document à examiner et signer.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=5c0e" style="background:#ffc820;padding:8px">EXAMINER LE DOCUMENT</a></p>
</td></tr><tr><td>
<p><b>Maxime Lavergne</b><br>maxime@ondalys.io</p>
<p>Léa, voici la promesse d'embauche comme convenu au téléphone. Bonne lecture !</p>
<p style="font-size:11px;color:#666">Ne partagez pas cet e-mail. Ce message contient un lien
sécurisé vers DocuSign.</p>
</td></tr></table></body></html>""",
    ),
    M(
        "13017",
        "2026-01-13 21:37",
        "DocuSign <dse_NA3@docusign.net>",
        "Terminé : Ondalys - Promesse d'embauche - Léa Marchand",
        ("offer", ONDA, OR, 4, "docusign", "fr"),
        st="accepted",
        html="""<html><body style="font-family:Arial">
<table width="560" align="center"><tr><td style="background:#1e1e5a;color:#fff;padding:20px">
<p>Toutes les parties ont complété le document « Ondalys - Promesse d'embauche - Léa Marchand ».</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?a=91ab">AFFICHER LE DOCUMENT TERMINÉ</a></p>
</td></tr></table></body></html>""",
    ),
    M(
        "13018",
        "2026-02-20 10:30",
        "Ondalys via Lucca <notifications@ilucca.net>",
        "Bienvenue chez Ondalys ! Complétez votre dossier d'arrivée",
        ("other_job", ONDA, OR, None, "other", "fr"),
        text="""Bonjour Léa,

Votre arrivée chez Ondalys est prévue le lundi 2 mars 2026.

Pour préparer votre arrivée, merci de compléter votre dossier salarié avant le 25 février :
- pièce d'identité et carte Vitale
- RIB
- justificatif de domicile
- choix de la mutuelle

Compléter mon dossier : https://ondalys.ilucca.net/onboarding

L'équipe Ondalys
""",
    ),
    M(
        "13019",
        "2026-02-27 16:10",
        "Inès Carvalho <ines@ondalys.io>",
        "Lundi 🎉",
        ("other_job", ONDA, OR, None, "direct", "fr"),
        text="""Hello Léa,

Tout est prêt pour lundi : on t'attend à 9h30 pour un café avec l'équipe, ton ordi sera
configuré et Maxime t'a bloqué le déjeuner. Pense juste à ramener ton pass Navigo... euh TCL 😄

À lundi !
Inès
""",
    ),
    # 5 Cerfontaine Industries, HelloWork: AssessFirst, phone interview, rejection
    M(
        "13020",
        "2025-09-22 07:58",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a bien été transmise",
        ("confirmation", CERF, CR, 5, "other", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonjour Léa,</p>
<p>Votre candidature pour l'offre <b>Chargé(e) de planification production H/F</b> a bien
été transmise au recruteur.</p>
<table style="border:1px solid #ddd;padding:10px"><tr><td>
<b>Cerfontaine Industries</b><br>Villefranche-sur-Saône (69) · CDI · 32 - 36 k€
</td></tr></table>
<p>Vous serez contacté(e) directement par l'entreprise si votre profil est retenu.</p>
<p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html">Voir mes candidatures</a></p>
<p style="font-size:11px">HelloWork - 2 rue de la Mabilais, 35000 Rennes</p>
</body></html>""",
    ),
    M(
        "13021",
        "2025-09-25 13:40",
        "AssessFirst <no-reply@assessfirst.com>",
        "Cerfontaine Industries vous invite à compléter votre profil AssessFirst",
        ("assessment", CERF, CR, 5, "other", "fr"),
        text="""Bonjour Léa,

Cerfontaine Industries souhaite mieux vous connaître dans le cadre de votre candidature.

Nous vous invitons à compléter les questionnaires SWIPE (personnalité), DRIVE (motivations)
et BRAIN (raisonnement). Comptez environ 45 minutes au total ; vous pouvez faire des pauses.

Commencer : https://app.assessfirst.com/invitations/8842c1

Vos résultats vous appartiennent et vous recevrez votre propre restitution.

L'équipe AssessFirst
""",
    ),
    M(
        "13022",
        "2025-10-02 11:15",
        "Rémi Da Silva <r.dasilva@cerfontaine-industries.fr>",
        "Entretien téléphonique",
        ("interview", CERF, CR, 5, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Suite à votre candidature et à vos questionnaires, je souhaiterais échanger avec vous par
téléphone sur le poste de planificateur production. Je vous appellerai le lundi 6 octobre
à 9h, si cela vous convient.

Cordialement,
Rémi Da Silva
Responsable ordonnancement
Cerfontaine Industries - 480 avenue de l'Europe - 69400 Villefranche-sur-Saône
""",
    ),
    M(
        "13023",
        "2025-10-17 16:22",
        "Rémi Da Silva <r.dasilva@cerfontaine-industries.fr>",
        "Poste de planificateur production",
        ("rejection", CERF, CR, 5, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Je vous remercie à nouveau pour notre échange de la semaine dernière, que j'ai trouvé très
intéressant.

Après réflexion, nous avons décidé de poursuivre le processus avec un autre candidat, dont
l'expérience en alternance dans l'industrie correspond mieux au rythme de l'atelier.

Je vous souhaite une bonne continuation.

Rémi Da Silva
""",
    ),
    # 6 Mirabeau Distribution, APEC: confirmation, then nothing
    M(
        "13024",
        "2025-10-06 10:02",
        "Apec <noreply@apec.fr>",
        "Confirmation de votre candidature",
        ("confirmation", MIRA, MR, 6, "other", "fr"),
        text="""Bonjour Léa Marchand,

Votre candidature à l'offre suivante a bien été envoyée :

Analyste supply chain junior H/F
MIRABEAU DISTRIBUTION - Lyon 03 - CDI
Réf. Apec : 174382019W

Retrouvez le suivi de vos candidatures dans votre espace : https://www.apec.fr/candidat/mon-espace.html

L'Apec vous souhaite bonne chance !
""",
    ),
    # 7 Transports Gaillac, Indeed: sent, viewed, nothing
    M(
        "13025",
        "2025-09-30 20:41",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Assistant(e) d'exploitation logistique",
        ("confirmation", GAIL, GR, 7, "indeed", "fr"),
        html="""<html><body style="font-family:Arial">
<p><b>Candidature envoyée</b></p>
<p>Assistant(e) d'exploitation logistique<br>Transports Gaillac - Vénissieux (69)</p>
<p>Les éléments suivants ont été envoyés à l'employeur : CV, coordonnées, réponses aux
questions.</p>
<p><a href="https://fr.indeed.com/myjobs">Suivre vos candidatures sur Mes emplois</a></p>
<p style="font-size:11px;color:#666">Indeed, 6433 Champion Grandview Way, Austin, TX 78750</p>
</body></html>""",
    ),
    M(
        "13026",
        "2025-10-02 09:13",
        "Indeed <no-reply@indeed.com>",
        "Votre candidature a été consultée",
        ("viewed", GAIL, GR, 7, "indeed", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonne nouvelle, Léa !</p>
<p>L'employeur a consulté votre candidature au poste <b>Assistant(e) d'exploitation
logistique</b> chez Transports Gaillac.</p>
<p>En attendant une réponse, découvrez d'autres offres similaires.</p>
</body></html>""",
    ),
    # 8 Groupe Vallorge, Flatchr
    M(
        "13027",
        "2025-10-20 14:50",
        "Groupe Vallorge <noreply@flatchr.io>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", VALL, VLR, 8, "other", "fr"),
        text="""Bonjour Léa,

Nous vous remercions pour votre candidature au poste de Coordinateur transport H/F
à Corbas (69).

Notre équipe recrutement l'étudie et reviendra vers vous dans les meilleurs délais.

L'équipe RH du Groupe Vallorge
""",
    ),
    M(
        "13028",
        "2025-11-12 09:30",
        "Groupe Vallorge <noreply@flatchr.io>",
        "Réponse à votre candidature",
        ("rejection", VALL, VLR, 8, "other", "fr"),
        text="""Bonjour Léa,

Nous avons étudié votre candidature au poste de Coordinateur transport H/F avec attention.

Malheureusement, nous ne pouvons pas y donner suite, le poste ayant été pourvu.

Nous vous souhaitons de trouver rapidement l'opportunité qui vous correspond.

L'équipe RH du Groupe Vallorge
""",
    ),
    # 9 Sorelle Industrie, Jobaffinity
    M(
        "13029",
        "2025-11-03 08:12",
        "Sorelle Industrie <ne-pas-repondre@jobaffinity.fr>",
        "Sorelle Industrie : votre candidature",
        ("confirmation", SOR, SR, 9, "other", "fr"),
        text="""Madame,

Nous accusons réception de votre candidature pour l'offre « Approvisionneur H/F » (Oyonnax)
et vous remercions de l'intérêt porté à notre société.

Si votre profil correspond à nos attentes, nous prendrons contact avec vous.

Le service Ressources Humaines
Sorelle Industrie
""",
    ),
    M(
        "13030",
        "2025-11-26 15:44",
        "Sorelle Industrie <ne-pas-repondre@jobaffinity.fr>",
        "Sorelle Industrie : votre candidature",
        ("rejection", SOR, SR, 9, "other", "fr"),
        text="""Madame,

Votre candidature au poste d'Approvisionneur H/F a retenu toute notre attention et votre
double compétence achats/données est un vrai atout.

Cependant, nous avons retenu un profil plus expérimenté sur la plasturgie. Nous ne manquerons
pas de vous recontacter si un poste plus junior venait à s'ouvrir.

Avec nos remerciements,
Le service Ressources Humaines
Sorelle Industrie
""",
    ),
    # 10 a cabinet de recrutement for Fromageries Delorme, named late
    M(
        "13031",
        "2025-10-08 11:20",
        TALENTEO,
        "Opportunité ADV - agroalimentaire - région lyonnaise",
        ("outreach", None, DR, None, "agency", "fr"),
        text="""Bonjour Léa,

Je suis consultant au sein du cabinet Talentéo Conseil, spécialisé dans les fonctions supply
chain. J'accompagne actuellement l'un de nos clients, une PME familiale de l'agroalimentaire
(env. 250 personnes, Ain), dans le recrutement d'un(e) Responsable ADV junior en CDI.

Votre profil sur LinkedIn m'a semblé pertinent. Seriez-vous disponible pour un échange
de 20 minutes cette semaine ?

Bien à vous,
Julien Ferrand
Consultant Senior | Talentéo Conseil
Cabinet de recrutement - 54 cours Lafayette, 69003 Lyon
""",
    ),
    M(
        "13032",
        "2025-10-14 18:03",
        TALENTEO,
        "Re: Opportunité ADV - agroalimentaire - région lyonnaise",
        ("interview", DEL, DR, 10, "agency", "fr"),
        text="""Bonsoir Léa,

Merci pour notre échange de ce matin. Comme convenu, je vous confirme que mon client est
Fromageries Delorme, à Bourg-en-Bresse. J'ai présenté votre candidature et ils souhaitent
vous rencontrer.

Entretien avec M. Olivier Delorme (directeur commercial) et Mme Aline Buisson (RRH) le
vendredi 24 octobre à 14h sur site. Je vous envoie la fiche de poste complète en PJ.

Bien à vous,
Julien Ferrand
Talentéo Conseil
""",
        headers=reply("13031", TALENTEO),
        attach=[
            (
                "Fiche_de_poste_ADV_FD.txt",
                "text/plain",
                "Responsable ADV junior - Fromageries Delorme - CDI - Bourg-en-Bresse\n",
            )
        ],
    ),
    M(
        "13033",
        "2025-10-20 09:00",
        "Aline Buisson <a.buisson@fromageries-delorme.fr>",
        "Entretien vendredi 24/10 - plan d'accès",
        ("interview", DEL, DR, 10, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Dans le cadre de votre rendez-vous de vendredi, vous trouverez ci-dessous le plan d'accès.
Merci de vous présenter à l'accueil du bâtiment administratif (parking visiteurs à droite).

Route de Ceyzériat - 01000 Bourg-en-Bresse

Cordialement,
Aline Buisson
Responsable Ressources Humaines
""",
    ),
    M(
        "13034",
        "2025-11-05 12:14",
        TALENTEO,
        "Retour Fromageries Delorme",
        ("rejection", DEL, DR, 10, "agency", "fr"),
        text="""Bonjour Léa,

J'ai eu le retour de Fromageries Delorme. Ils ont apprécié votre sérieux et votre analyse des
délais de facturation, mais ils ont finalement retenu une candidate en poste chez un
concurrent, opérationnelle immédiatement.

Je sais que c'est décevant ; je garde bien sûr votre profil en tête pour mes prochaines
missions.

Bien à vous,
Julien
""",
    ),
    # 11 Lumeo (Brussels), Teamtailor: confirmation, interview, put on hold
    M(
        "13035",
        "2025-11-17 22:06",
        "Lumeo <no-reply@teamtailor.com>",
        "Merci pour ta candidature chez Lumeo !",
        ("confirmation", LUM, LR, 11, "teamtailor", "fr"),
        text="""Salut Léa,

Merci d'avoir postulé pour le poste de Business Analyst Junior chez Lumeo ! On a bien reçu
ta candidature et on revient vers toi d'ici deux semaines.

En attendant, jette un œil à notre page carrière : https://careers.lumeo.be

L'équipe Lumeo 💛
""",
    ),
    M(
        "13036",
        "2025-11-24 10:18",
        "Arnaud Lemaire <arnaud@lumeo.be>",
        "Un call la semaine prochaine ?",
        ("interview", LUM, LR, 11, "direct", "fr"),
        text="""Salut Léa,

Arnaud, head of product chez Lumeo. Ton profil nous plaît pour le poste de BA : tu serais
dispo pour un visio de 45 min mardi 2/12 à 16h ? Lien Meet : https://meet.google.com/lum-ba-xq

À plus,
Arnaud
""",
    ),
    M(
        "13037",
        "2025-12-12 17:30",
        "Lumeo <no-reply@teamtailor.com>",
        "Une mise à jour sur le poste de Business Analyst Junior",
        ("confirmation", LUM, LR, 11, "teamtailor", "fr"),
        st="on_hold",
        text="""Salut Léa,

On voulait te tenir au courant : suite à une réorganisation de notre budget 2026, le
recrutement pour le poste de Business Analyst Junior est mis en pause jusqu'à nouvel ordre.

Ta candidature reste active chez nous et on reviendra vers toi dès qu'on relance le
processus. Merci pour ta patience, et désolés pour ce contretemps.

L'équipe Lumeo
""",
    ),
    # 12 Chocolaterie Vautrin, via JobTeaser, mail from its holding (HV Groupe): reschedule, rejection
    M(
        "13038",
        "2025-10-27 09:35",
        "JobTeaser <no-reply@jobteaser.com>",
        "Ta candidature a bien été envoyée",
        ("confirmation", VAUT, VTR, 12, "other", "fr"),
        html="""<html><body>
<p>Hello Léa,</p>
<p>Ta candidature pour <b>Assistant(e) chef de projet supply chain</b> chez
<b>Chocolaterie Vautrin</b> a bien été envoyée.</p>
<p>Suis son avancement depuis ton tableau de bord JobTeaser Career Center.</p>
<p style="font-size:11px">JobTeaser SAS - 5 rue de Charonne 75011 Paris</p>
</body></html>""",
    ),
    M(
        "13039",
        "2025-11-06 16:02",
        VAUT_RH,
        "Invitation : Entretien - Assistant(e) chef de projet supply chain",
        ("interview", VAUT, VTR, 12, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Nous avons le plaisir de vous inviter à un entretien en visioconférence (Microsoft Teams)
pour le poste d'Assistant(e) chef de projet supply chain au sein de la Chocolaterie Vautrin.

Date : jeudi 13 novembre 2025 de 10h00 à 11h00
Participants : Mme Hélène Roche (Directrice supply chain), M. Karim Benali (RH)

Cordialement,
Service Recrutement - HV Groupe
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000030A1VAUT1113",
            "start": "2025-11-13 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Recrutement HV Groupe", "recrutement@hv-groupe.com"),
            "attendees": [
                ("Hélène Roche", "h.roche@hv-groupe.com"),
                ("Karim Benali", "k.benali@hv-groupe.com"),
            ],
            "summary": "Entretien L. Marchand - Assistant(e) chef de projet SC",
            "location": "Réunion Microsoft Teams",
        },
    ),
    M(
        "13040",
        "2025-11-10 11:47",
        VAUT_RH,
        "Mis à jour : Entretien - Assistant(e) chef de projet supply chain",
        ("interview", VAUT, VTR, 12, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Mme Roche ayant un empêchement, nous devons décaler votre entretien au lundi 17 novembre
à 14h00. Merci de nous confirmer que ce nouvel horaire vous convient.

Toutes nos excuses pour ce changement.

Service Recrutement - HV Groupe
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000030A1VAUT1113",
            "sequence": 1,
            "start": "2025-11-17 14:00:00 +0100",
            "minutes": 60,
            "organizer": ("Recrutement HV Groupe", "recrutement@hv-groupe.com"),
            "attendees": [
                ("Hélène Roche", "h.roche@hv-groupe.com"),
                ("Karim Benali", "k.benali@hv-groupe.com"),
            ],
            "summary": "Entretien L. Marchand - Assistant(e) chef de projet SC",
            "location": "Réunion Microsoft Teams",
        },
    ),
    M(
        "13041",
        "2025-11-28 10:20",
        VAUT_RH,
        "Votre entretien du 17 novembre",
        ("rejection", VAUT, VTR, 12, "direct", "fr"),
        text="""Bonjour Madame Marchand,

Nous vous remercions pour votre participation à l'entretien du 17 novembre. Mme Roche a
souligné la clarté de votre présentation et votre bonne compréhension de nos contraintes
saisonnières.

Nous sommes néanmoins au regret de vous annoncer que votre candidature n'a pas été retenue
pour la suite du processus.

Nous vous souhaitons une pleine réussite dans votre recherche.

Service Recrutement - HV Groupe
Chocolaterie Vautrin · Biscuiterie Lançon · Confiserie du Pilat
""",
    ),
    # 13 Quillon (Luxembourg fintech): LinkedIn, then the founder from her gmail, withdrawal
    M(
        "13042",
        "2026-01-05 08:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Léa, votre candidature a été envoyée à Quillon",
        ("confirmation", QUIL, QR, 13, "linkedin", "fr"),
        html="""<html><body style="font-family:-apple-system,Arial">
<p>Votre candidature a été envoyée à Quillon</p>
<table><tr><td><b>Operations Analyst</b><br>Quillon · Luxembourg (hybride)</td></tr></table>
<p>Candidature envoyée le 5 janv. 2026</p>
<p><a href="https://www.linkedin.com/jobs/view/4021937733/">Voir l'offre</a></p>
<p style="font-size:11px;color:#666">Cet e-mail était destiné à Léa Marchand. LinkedIn
Ireland Unlimited Company, Wilton Place, Dublin 2.</p>
</body></html>""",
    ),
    M(
        "13043",
        "2026-01-07 21:12",
        QUIL_FOUNDER,
        "your application / quick chat?",
        ("interview", QUIL, QR, 13, "direct", "en"),
        text="""Hi Léa,

Saw your application come in on LinkedIn - I'm one of the two founders at Quillon (we do
cash-flow tooling for Luxembourg SMEs). Writing from my personal address as our domain is
being migrated this week, sorry about that.

Would you have 30 minutes for a video call next Tuesday or Wednesday, ideally afternoon?

Best,
Nora

Nora Weiss
Co-founder & COO, Quillon S.à r.l.
2 rue Jean Engling, L-1466 Luxembourg
""",
    ),
    M(
        "13044",
        "2026-01-08 07:40",
        QUIL_FOUNDER,
        "Re: your application / quick chat?",
        ("interview", QUIL, QR, 13, "direct", "en"),
        text="""Great - Tuesday 3pm works. I'll send a Meet link in the morning.

Nora

On Wed, Jan 7, 2026 at 11:58 PM Léa Marchand <lea.marchand@laposte.net> wrote:
> Hi Nora, thank you for reaching out! Tuesday afternoon would be perfect, 3pm if that
> suits you.
""",
        headers=reply("13043", QUIL_FOUNDER),
    ),
    M(
        "13045",
        "2026-01-15 13:26",
        QUIL_FOUNDER,
        "Re: your application / quick chat?",
        ("confirmation", QUIL, QR, 13, "direct", "en"),
        st="withdrawn",
        text="""Hi Léa,

Thanks for letting me know, and congrats on the Lyon role - Ondalys is lucky. I've taken
you out of our process; no hard feelings at all. If you ever think about Luxembourg again,
my door's open.

All the best,
Nora
""",
        headers=reply("13043", QUIL_FOUNDER),
    ),
    # 14 Groupe Solvane, VIE via Business France: interview, offer, declined
    M(
        "13046",
        "2025-11-20 14:11",
        "Mon Volontariat International <ne-pas-repondre@civiweb.com>",
        "Confirmation de votre candidature à une offre VIE",
        ("confirmation", SOLV, SVR, 14, "other", "fr"),
        text="""Bonjour Léa MARCHAND,

Nous vous confirmons l'enregistrement de votre candidature à l'offre suivante :

Intitulé : VIE - Analyste achats (Düsseldorf)
Établissement : GROUPE SOLVANE
Pays : Allemagne - Durée : 18 mois
Référence : 228417

Votre candidature a été transmise à l'entreprise, qui prendra contact avec vous si votre
profil est retenu.

Business France - Mon Volontariat International
""",
    ),
    M(
        "13047",
        "2025-12-03 09:48",
        SOLV_RH,
        "VIE Achats Düsseldorf - entretien",
        ("interview", SOLV, SVR, 14, "direct", "fr"),
        text="""Bonjour Léa,

Votre candidature au VIE Analyste achats basé dans notre filiale de Düsseldorf a retenu
notre attention. Je vous propose un entretien en visio avec moi-même et Jens Hartmann,
responsable achats de Solvane Deutschland (partie en anglais), le lundi 8 décembre à 15h.

Bien cordialement,
Pauline Castagné
Talent Acquisition - Solvane Group
""",
    ),
    M(
        "13048",
        "2026-01-09 11:30",
        SOLV_RH,
        "Proposition VIE - Düsseldorf",
        ("offer", SOLV, SVR, 14, "direct", "fr"),
        text="""Bonjour Léa,

J'ai le plaisir de vous annoncer que Jens et l'équipe souhaitent vous accueillir en VIE à
Düsseldorf pour 18 mois à compter du 1er avril 2026.

L'indemnité mensuelle VIE pour l'Allemagne s'applique (environ 2 700 € nets), le logement
de la première semaine est pris en charge. Business France vous adressera le contrat après
validation.

Pourriez-vous me donner votre réponse d'ici le 20 janvier ?

Bien cordialement,
Pauline Castagné
""",
    ),
    M(
        "13049",
        "2026-01-16 10:02",
        SOLV_RH,
        "RE: Proposition VIE - Düsseldorf",
        ("confirmation", SOLV, SVR, 14, "direct", "fr"),
        st="declined",
        text="""Bonjour Léa,

Merci pour votre message et pour votre franchise. Nous regrettons votre décision mais la
comprenons tout à fait, et nous vous félicitons pour ce CDI à Lyon.

Je clôture votre dossier VIE de notre côté. Au plaisir de recroiser votre route.

Bien cordialement,
Pauline
""",
        headers=reply("13048", SOLV_RH),
    ),
    # 15 Parvéa: WTTJ, easyRECrue video interview, rejection
    M(
        "13050",
        "2025-10-23 18:20",
        WTTJ,
        "Ta candidature a bien été envoyée 🚀",
        ("confirmation", PARV, PR, 15, "other", "fr"),
        html="""<html><body style="font-family:Helvetica,Arial;background:#fff9e6">
<h2>Bravo Léa, ta candidature est partie !</h2>
<p>Tu as postulé au poste de <strong>Technicien(ne) méthodes logistique</strong> chez
<strong>Parvéa</strong> (Meyzieu · CDI).</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p>
</body></html>""",
    ),
    M(
        "13051",
        "2025-10-29 10:05",
        "Parvéa via easyRECrue <noreply@easyrecrue.com>",
        "Parvéa - votre entretien vidéo différé",
        ("assessment", PARV, PR, 15, "other", "fr"),
        text="""Bonjour Léa,

Dans le cadre de votre candidature au poste de Technicien(ne) méthodes logistique, Parvéa
vous invite à réaliser un entretien vidéo différé : 4 questions, 2 minutes de réponse pour
chacune, une seule prise.

Vous avez jusqu'au 5 novembre 2025 à 23h59 :
https://app.easyrecrue.com/interview/start/c41f0e

Conseil : testez votre caméra et votre micro avant de commencer.

L'équipe easyRECrue, pour Parvéa
""",
    ),
    M(
        "13052",
        "2025-11-19 09:26",
        "Parvéa Recrutement <rh@parvea.fr>",
        "Votre candidature chez Parvéa",
        ("rejection", PARV, PR, 15, "direct", "fr"),
        text="""Bonjour Léa,

Merci d'avoir pris le temps de répondre à nos questions en vidéo. Nous avons apprécié votre
énergie et votre projet professionnel.

Pour ce poste, nous avons cependant privilégié des candidats ayant déjà pratiqué le
chronométrage et l'implantation de lignes. Nous ne donnerons donc pas suite.

Belle continuation,
L'équipe RH Parvéa
""",
    ),
    # 16 Coopérative Ardéa: spontaneous application by mail, acknowledged, then nothing
    M(
        "13053",
        "2025-10-10 14:40",
        "RH Coopérative Ardéa <rh@ardea-coop.fr>",
        "RE: Candidature - Chargée d'études supply chain",
        ("confirmation", ARDEA, AR, 16, "direct", "fr"),
        text="""Bonjour Madame,

Nous accusons bonne réception de votre candidature et la transmettons au responsable du
service logistique. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
Service RH
Coopérative Ardéa - Valence
""",
    ),
    # 17 Laboratoires Saint-Aubert, Workday (forwarded from the old student address)
    M(
        "13054",
        "2025-09-18 19:02",
        "Léa Marchand <lea.marchand@etu.univ-lyon-rhone.fr>",
        "Fwd: Merci pour votre candidature - Analyste planification industrielle",
        ("confirmation", STAU, STR, 17, "workday", "fr"),
        text="""Pour mon suivi, à garder dans la boîte principale.

---------- Forwarded message ---------
De : Laboratoires Saint-Aubert <saintaubert@myworkday.com>
Date : jeu. 18 sept. 2025 à 18:51
Objet : Merci pour votre candidature - Analyste planification industrielle
À : <lea.marchand@etu.univ-lyon-rhone.fr>

Bonjour Léa,

Merci pour votre candidature au poste Analyste planification industrielle (JR-11872) sur
notre site de Marcy-l'Étoile. Notre équipe Talent Acquisition va l'examiner.

Suivez son avancement depuis votre espace candidat :
https://saintaubert.wd3.myworkdayjobs.com/fr-FR/Careers/userHome

Laboratoires Saint-Aubert - Talent Acquisition
""",
    ),
    M(
        "13055",
        "2025-10-22 08:44",
        "Laboratoires Saint-Aubert <saintaubert@myworkday.com>",
        "Votre candidature JR-11872",
        ("rejection", STAU, STR, 17, "workday", "fr"),
        text="""Bonjour Léa,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Saint-Aubert.

Après examen attentif, nous avons décidé de ne pas retenir votre candidature pour le poste
Analyste planification industrielle (JR-11872). Cette décision ne remet pas en cause la
qualité de votre parcours.

Nous vous invitons à postuler à nos futures offres.

Laboratoires Saint-Aubert - Talent Acquisition
""",
    ),
]

TRIE, TR = "Transports Rhône-Isère Express", "Gestionnaire transport"
LAG, LGR = "Lagarde SAS", "Gestionnaire approvisionnements"
ALTO = "Alto Intérim - Agence Lyon Est <lyon-est@alto-interim.fr>"

MAIL += [
    # 29 a temp agency applying for its client, named only at the end of the mail
    M(
        "13060",
        "2025-12-09 11:25",
        ALTO,
        "Votre candidature - Gestionnaire transport - Lyon Est",
        ("confirmation", TRIE, TR, 29, "agency", "fr"),
        text="""Bonjour Madame Marchand,

Nous avons bien reçu votre candidature à notre annonce « Gestionnaire transport H/F -
CDI - Lyon Est », publiée sur Indeed, et nous vous en remercions.

Votre profil a retenu notre attention. Il s'agit d'un recrutement en CDI pour le compte de
notre client, les Transports Rhône-Isère Express (TRIE), à Saint-Quentin-Fallavier.

Votre consultante, Mme Laura Giraud, vous contactera dans la semaine pour un premier
entretien à l'agence.

Alto Intérim - Agence Lyon Est
28 avenue Jean Jaurès, 69800 Saint-Priest
""",
    ),
    M(
        "13061",
        "2025-12-12 17:05",
        "Laura Giraud <l.giraud@alto-interim.fr>",
        "Rdv chez TRIE mardi",
        ("interview", TRIE, TR, 29, "agency", "fr"),
        text="""Bonjour Léa,

Suite à notre entretien d'hier, je vous confirme votre rendez-vous chez TRIE avec M. Bastien
Morel, responsable d'exploitation, le mardi 16 décembre à 9h30 (ZAC de Chesnes, 12 rue du
Bourbonnais, Saint-Quentin-Fallavier). Pensez aux chaussures de sécurité, il vous fera
visiter le quai.

Tenez-moi au courant après le rendez-vous !

Laura Giraud
Chargée de recrutement - Alto Intérim
""",
    ),
    M(
        "13062",
        "2025-12-22 10:44",
        "Laura Giraud <l.giraud@alto-interim.fr>",
        "Re: Rdv chez TRIE mardi",
        ("rejection", TRIE, TR, 29, "agency", "fr"),
        text="""Bonjour Léa,

Retour de M. Morel : il a trouvé votre profil très solide mais « un peu trop analyste » pour
un poste qui reste très terrain, avec des horaires en 2x8. Il ne donnera pas suite.

Je garde votre dossier actif à l'agence, je pense que vous seriez plus à l'aise sur un poste
de méthodes ou de pilotage. Bonnes fêtes !

Laura
""",
        headers=reply("13061", "l.giraud@alto-interim.fr"),
    ),
    # 30 Lagarde SAS, APEC: confirmation, neutral-subject rejection from the company
    M(
        "13063",
        "2025-09-16 21:02",
        "Apec <noreply@apec.fr>",
        "Confirmation de votre candidature",
        ("confirmation", LAG, LGR, 30, "other", "fr"),
        text="""Bonjour Léa Marchand,

Votre candidature à l'offre suivante a bien été envoyée :

Gestionnaire approvisionnements H/F
LAGARDE SAS - Vaulx-en-Velin - CDI
Réf. Apec : 173990112W

L'Apec vous souhaite bonne chance !
""",
    ),
    M(
        "13064",
        "2025-10-08 08:55",
        "Nathalie Coste <recrutement@lagarde-sas.fr>",
        "Votre dossier",
        ("rejection", LAG, LGR, 30, "direct", "fr"),
        text="""Madame,

Vous nous avez adressé votre candidature par l'intermédiaire de l'Apec et nous vous en
remercions. Votre parcours universitaire est de grande qualité.

Le poste nécessitant la maîtrise de SAP MM et une première expérience significative, nous ne
sommes malheureusement pas en mesure de retenir votre candidature.

Nous vous prions d'agréer, Madame, nos sincères salutations.

Nathalie Coste
Service RH - Lagarde SAS
""",
    ),
    # Cerfontaine: HelloWork says the recruiter opened it
    M(
        "13065",
        "2025-09-24 12:10",
        "HelloWork <candidature@hellowork.com>",
        "Bonne nouvelle : votre candidature a été consultée",
        ("viewed", CERF, CR, 5, "other", "fr"),
        html="""<html><body><p>Bonjour Léa,</p>
<p>Le recruteur de Cerfontaine Industries a consulté votre candidature pour l'offre
« Chargé(e) de planification production H/F ».</p></body></html>""",
    ),
    # Maison Berthier: the careers-site account code before the re-application
    M(
        "13066",
        "2025-12-02 09:31",
        "Maison Berthier Recrutement <maisonberthier@taleo.net>",
        "Réinitialisation de votre mot de passe",
        ("other_job", BERTHIER, None, None, "taleo", "fr"),
        text="""Madame Marchand,

Vous avez demandé la réinitialisation du mot de passe de votre compte candidat Maison
Berthier. Votre code de vérification est : 55 81 20.

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""",
    ),
    # Lumeo: candidate survey
    M(
        "13067",
        "2025-12-19 10:00",
        "Lumeo <no-reply@teamtailor.com>",
        "Comment s'est passée ta candidature chez Lumeo ?",
        ("other_job", LUM, LR, None, "teamtailor", "fr"),
        text="""Salut Léa,

Ton avis compte ! Réponds à 4 questions (1 minute) sur ton expérience de candidature chez
Lumeo : https://lumeo.teamtailor.com/survey/cx-8821

Merci 💛
""",
    ),
    # Ondalys: founder's quick reply about the signed promise, from his phone
    M(
        "13068",
        "2026-01-13 22:05",
        "Maxime Lavergne <maxime.lavergne@gmail.com>",
        "Re: La suite 🙂",
        ("offer", ONDA, OR, 4, "direct", "fr"),
        st="accepted",
        text="""Reçu signé !!! Bienvenue dans l'équipe Léa 🎉🎉 On fête ça à ton arrivée.

Envoyé de mon iPhone
""",
        headers=reply("13015", ONDA_FOUNDER),
    ),
    M(
        "13069",
        "2026-01-28 09:00",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "Ondalys recrute : 2 nouveaux postes",
        ("alert", ONDA, None, None, "other", "fr"),
        html="""<html><body><p>Une entreprise que tu suis a publié de nouvelles offres :</p>
<p><b>Ondalys</b> - Responsable logistique (CDI, Lyon) · Développeur·se back-end (CDI, Lyon)</p>
</body></html>""",
    ),
    M(
        "13070",
        "2025-10-30 11:40",
        "Service Carrières - Université Lyon Rhône <carrieres@univ-lyon-rhone.fr>",
        "Salon VIE & International - inscriptions ouvertes",
        ("other_job", None, None, None, "other", "fr"),
        text="""Bonjour,

Business France et le Service Carrières organisent le Salon VIE & International le
mardi 18 novembre (13h-18h, Maison de l'Étudiant). Rencontrez une vingtaine d'entreprises
qui recrutent des VIE et participez à l'atelier « Réussir son entretien en anglais ».

Inscription sur JobTeaser.

Le Service Carrières
""",
    ),
]
