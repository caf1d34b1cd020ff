# ruff: noqa: E501, RUF100
"""Corpus 121, the rest of a Fribourg inbox (data only): see heldout121.py."""

from __future__ import annotations

from typing import Any

from heldout121_jobs import ME_ADDR, N, invite, m, reply_to

MAIL: list[dict[str, Any]] = []
add = MAIL.append

# --- flats: dossier de location / Wohnungsbewerbung ------------------------------------------
add(
    m(
        "50101",
        "2025-09-09 16:40",
        "Régie de la Sarine SA <location@regie-sarine.ch>",
        "Votre dossier de candidature - 3.5 pièces, Route de Bertigny 14",
        N("fr"),
        text="""Madame,

Nous accusons réception de votre dossier de candidature pour l'appartement de 3.5 pièces au 2e étage de la Route de Bertigny 14, 1700 Fribourg (loyer CHF 1'780.- charges comprises).

Votre dossier est complet (extrait des poursuites, attestation de salaire, copie de la pièce d'identité). Le propriétaire prendra sa décision d'ici au 19 septembre. Nous vous informerons de la suite donnée à votre candidature.

Meilleures salutations
Service location
Régie de la Sarine SA""",
    )
)
add(
    m(
        "50102",
        "2025-09-22 11:03",
        "Régie de la Sarine SA <location@regie-sarine.ch>",
        "Route de Bertigny 14 - réponse",
        N("fr"),
        text="""Madame,

Nous vous remercions de l'intérêt porté à l'appartement de la Route de Bertigny 14. Nous avons reçu de nombreux dossiers de grande qualité.

Nous avons le regret de vous informer que le propriétaire a retenu une autre candidature. Nous conservons volontiers votre dossier pour d'autres objets.

Meilleures salutations
Régie de la Sarine SA""",
    )
)
add(
    m(
        "50103",
        "2025-11-20 20:12",
        "Flatfox <noreply@flatfox.ch>",
        "Ihre Bewerbung für die 3.5-Zimmer-Wohnung in Düdingen wurde übermittelt",
        N("de"),
        html="""<html><body>
<p>Hallo Aline</p>
<p>Ihre Bewerbung für <b>3.5-Zimmer-Wohnung, Bahnhofstrasse 9, 3186 Düdingen</b> wurde an die Verwaltung (Immo Sense AG) übermittelt.</p>
<p>Sie sehen den Status Ihrer Bewerbung jederzeit in Ihrem Flatfox-Konto.</p>
<p>Ihr Flatfox-Team</p>
</body></html>""",
    )
)
add(
    m(
        "50104",
        "2025-11-28 14:45",
        "Immo Sense AG <vermietung@immo-sense.ch>",
        "Zusage Wohnung Bahnhofstrasse 9, Düdingen",
        N("de"),
        text="""Sehr geehrte Frau Jungo

Wir freuen uns, Ihnen mitzuteilen, dass die Eigentümerschaft Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Bahnhofstrasse 9 in Düdingen berücksichtigt hat. Mietbeginn ist der 1. Februar 2026.

Den Mietvertrag senden wir Ihnen in den nächsten Tagen zur Unterzeichnung. Bitte überweisen Sie das Mietzinsdepot (3 Monatsmieten) auf ein Mietkautionskonto.

Freundliche Grüsse
Immo Sense AG, Bewirtschaftung""",
    )
)
add(
    m(
        "50105",
        "2026-01-30 09:00",
        "Immo Sense AG <vermietung@immo-sense.ch>",
        "Wohnungsübergabe Bahnhofstrasse 9 - Termin",
        N("de"),
        text="""Sehr geehrte Frau Jungo

Die Wohnungsübergabe findet am Samstag, 31. Januar 2026 um 10:00 Uhr vor Ort statt. Bitte nehmen Sie einen Ausweis mit.

Freundliche Grüsse
Immo Sense AG""",
        ics=invite(
            "immosense-ueb-9@immo-sense.ch",
            "2026-01-31 10:00",
            "Wohnungsübergabe Bahnhofstrasse 9, Düdingen",
            ("Immo Sense AG", "vermietung@immo-sense.ch"),
            style="outlook",
        ),
    )
)

# --- credit card, health insurance, bank, taxes ------------------------------------------------
add(
    m(
        "50201",
        "2025-09-14 10:22",
        "Alpina Card Services <service@alpinacard.ch>",
        "Votre demande de carte de crédit a été reçue",
        N("fr"),
        text="""Bonjour Madame Jungo,

Merci pour votre demande de carte Alpina Visa Silver. Nous avons bien reçu votre dossier et procédons à l'examen de votre demande (contrôle ZEK compris). Vous recevrez notre décision sous 5 jours ouvrables.

Votre référence : AC-2025-661904

Alpina Card Services AG""",
    )
)
add(
    m(
        "50202",
        "2025-09-18 08:05",
        "Alpina Card Services <service@alpinacard.ch>",
        "Bonne nouvelle : votre demande est acceptée",
        N("fr"),
        text="""Bonjour Madame Jungo,

Nous avons le plaisir de vous informer que votre demande de carte Alpina Visa Silver a été acceptée. Votre carte vous parviendra par courrier séparé, le code PIN suivra quelques jours plus tard.

Activez votre carte dans l'application Alpina Card dès réception.

Alpina Card Services AG""",
    )
)
add(
    m(
        "50203",
        "2025-09-26 07:30",
        "Mutuelle Romande Santé <info@mrsante.ch>",
        "Vos primes 2026",
        N("fr"),
        text="""Chère assurée, cher assuré,

Les primes de l'assurance obligatoire des soins augmentent en 2026. Votre nouvelle prime mensuelle (franchise CHF 1'500, modèle médecin de famille) s'élève à CHF 412.30.

Vous trouverez votre police 2026 dans votre espace client. Les changements de modèle ou de franchise sont possibles jusqu'au 30 novembre.

Mutuelle Romande Santé""",
    )
)
for i, (day, saving, subj) in enumerate(
    [
        ("2025-10-01", "860", "Votre offre personnalisée assurance maladie 2026"),
        ("2025-10-20", "1'120", "Dernière chance : changez de caisse et économisez"),
        ("2025-11-12", "940", "Rappel : votre offre LAMal expire le 30 novembre"),
    ]
):
    add(
        m(
            f"5021{i}",
            f"{day} 18:00",
            "Helvisana <offres@helvisana.ch>",
            subj,
            N("fr"),
            html=f"""<html><body>
<p>Bonjour Madame Jungo,</p>
<p>Sur la base de vos données (Fribourg, 1994), vous pourriez économiser jusqu'à <b>CHF {saving}.-</b> par an sur votre assurance de base 2026.</p>
<p>Notre offre : modèle Telmed, franchise CHF 2'500, prime mensuelle dès CHF 318.90. Complémentaire hospitalisation offerte le 1er mois.</p>
<p><a href="https://www.helvisana.ch/offre">Voir mon offre</a></p>
<p style="font-size:11px">Helvisana Assurances SA · se désabonner</p>
</body></html>""",
        )
    )
add(
    m(
        "50220",
        "2025-11-25 16:12",
        "Helvisana <service@helvisana.ch>",
        "Confirmation de votre demande d'affiliation",
        N("fr"),
        text="""Bonjour Madame Jungo,

Merci pour votre demande d'affiliation à l'assurance obligatoire des soins dès le 1er janvier 2026. Votre police vous parviendra d'ici mi-décembre. Nous nous chargeons de la résiliation auprès de votre assureur actuel.

Helvisana Assurances SA""",
    )
)
add(
    m(
        "50221",
        "2025-12-03 09:40",
        "Mutuelle Romande Santé <info@mrsante.ch>",
        "Confirmation de résiliation de l'assurance de base",
        N("fr"),
        text="""Madame,

Nous confirmons la résiliation de votre assurance obligatoire des soins au 31 décembre 2025. Vos assurances complémentaires restent en vigueur.

Mutuelle Romande Santé""",
    )
)
add(
    m(
        "50230",
        "2026-02-12 08:15",
        "Service cantonal des contributions <noreply@fritax-impots.ch>",
        "Déclaration d'impôt 2025 disponible en ligne",
        N("fr"),
        text="""Madame,

Votre déclaration d'impôt 2025 est disponible sur le portail FriTax. Le délai de dépôt est fixé au 31 mars 2026. Vos codes d'accès figurent sur le courrier reçu par la poste.

Service cantonal des contributions""",
    )
)
for i, day in enumerate(["2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31", "2026-01-31"]):
    add(
        m(
            f"5024{i}",
            f"{day} 05:00",
            "Banque du Pays de Fribourg <noreply@bpf-ebanking.ch>",
            "Nouveau document dans votre e-banking",
            N("fr"),
            text="""Bonjour,

Un nouveau document est disponible dans votre e-banking : relevé de compte privé CH93 0076 8300 1234 5678 9.

Pour votre sécurité, nous ne joignons jamais de documents à nos e-mails.

Banque du Pays de Fribourg""",
        )
    )
for i, (day, amount, shop) in enumerate(
    [
        ("2025-10-04", "54.20", "Boulangerie du Bourg"),
        ("2025-11-22", "189.00", "Sport Sarine Fribourg"),
        ("2025-12-19", "312.45", "Digishop.ch"),
        ("2026-01-17", "76.80", "Restaurant des Trois Tours"),
    ]
):
    add(
        m(
            f"5025{i}",
            f"{day} 19:{10 + i}",
            "Alpina Card Services <service@alpinacard.ch>",
            f"Transaction de CHF {amount} avec votre carte",
            N("fr"),
            text=f"""Une transaction de CHF {amount} a été effectuée chez {shop} avec votre carte Visa se terminant par 4471.

Si vous ne reconnaissez pas cette transaction, bloquez votre carte dans l'application.

Alpina Card Services AG""",
        )
    )

# --- newsletters: "interview", hiring, the local paper ----------------------------------------
_GAZETTE = [
    (
        "2025-09-07",
        "Fête de la Bénichon : le programme",
        "L'interview du dimanche : la syndique de Fribourg sur les nouveaux trams",
    ),
    (
        "2025-09-14",
        "Travaux au pont de Zaehringen",
        "Marché de l'emploi : les entreprises fribourgeoises recrutent-elles encore ?",
    ),
    (
        "2025-09-21",
        "Gottéron : départ en fanfare",
        "Interview : un apiculteur de la Broye face au varroa",
    ),
    (
        "2025-09-28",
        "Votations : ce que Fribourg a dit",
        "Bilinguisme : les écoles de Morat testent l'immersion",
    ),
    (
        "2025-10-05",
        "La foire de Fribourg ouvre ses portes",
        "L'interview du dimanche : une sage-femme raconte 30 ans de métier",
    ),
    (
        "2025-10-12",
        "Le Biotech Campus de Guin s'agrandit",
        "Offres d'emploi : la pharma fribourgeoise cherche des profils qualité",
    ),
    (
        "2025-10-19",
        "Chasse aux champignons : les règles",
        "Interview : le nouveau directeur de l'Hôpital de la Sarine",
    ),
    (
        "2025-10-26",
        "Passage à l'heure d'hiver",
        "Loyers : la pénurie de logements s'aggrave en Sarine",
    ),
    (
        "2025-11-02",
        "La Saint-Nicolas se prépare",
        "Interview : la cheffe qui réinvente la soupe de chalet",
    ),
    (
        "2025-11-09",
        "Primes maladie : comment changer de caisse",
        "Le chômage baisse légèrement dans le canton",
    ),
    (
        "2025-11-16",
        "Gottéron en tête du classement",
        "L'interview du dimanche : un étudiant de l'Université de Fribourg champion d'échecs",
    ),
    (
        "2025-11-23",
        "Marché de Noël : les nouveautés",
        "Recrutement : pourquoi les pharmacies manquent de personnel",
    ),
    (
        "2025-11-30",
        "Votations du 30 novembre : résultats",
        "Interview : le Père Fouettard sort de l'ombre",
    ),
    (
        "2025-12-07",
        "Saint-Nicolas : la foule au rendez-vous",
        "Vie pratique : bien chauffer sans se ruiner",
    ),
    (
        "2025-12-14",
        "Fêtes : les horaires des commerces",
        "Interview : la directrice de l'Office du tourisme",
    ),
    ("2025-12-21", "Noël solidaire à la cathédrale", "Rétrospective 2025 en images"),
    (
        "2026-01-04",
        "Bonne année ! Les résolutions des Fribourgeois",
        "Interview : un guide du Moléson et la neige qui manque",
    ),
    (
        "2026-01-11",
        "Soldes : à quoi s'attendre",
        "Emploi : le canton prévoit 1'200 postes dans les sciences de la vie",
    ),
    ("2026-01-18", "Le Carnaval des Bolzes approche", "Interview : la patronne du Café du Gothard"),
    ("2026-01-25", "Neige : les pistes de la région", "Santé : la grippe saisonnière culmine"),
    (
        "2026-02-01",
        "Carnaval des Bolzes : le programme",
        "L'interview du dimanche : un luthier de la Basse-Ville",
    ),
    ("2026-02-08", "Trams : le projet avance", "Logement : les loyers augmentent encore en 2026"),
    (
        "2026-02-15",
        "Vacances de ski : trafic chargé",
        "Interview : la première femme à la tête des pompiers",
    ),
    (
        "2026-02-22",
        "Printemps en vue au jardin botanique",
        "Économie : la biotech fribourgeoise en plein essor",
    ),
]
for i, (day, lead, second) in enumerate(_GAZETTE):
    add(
        m(
            f"60{i:02d}0",
            f"{day} 07:00",
            "La Gazette de la Sarine <newsletter@gazette-sarine.ch>",
            f"Votre Gazette du dimanche : {lead}",
            N("fr"),
            html=f"""<html><body>
<h2>La Gazette de la Sarine</h2>
<h3>{lead}</h3>
<p>Tout ce qu'il faut savoir cette semaine à Fribourg et environs.</p>
<h3>{second}</h3>
<p>À lire sur notre site et dans l'application.</p>
<p style="font-size:11px">Vous recevez cette newsletter en tant qu'abonnée. Se désabonner.</p>
</body></html>""",
        )
    )

add(
    m(
        "61001",
        "2025-09-17 12:00",
        "Pharma Romandie Bulletin <bulletin@pharma-romandie.ch>",
        "Interview : « La pénurie de médicaments n'est pas une fatalité »",
        N("fr"),
        html="""<html><body>
<h2>Pharma Romandie Bulletin - septembre 2025</h2>
<p><b>Interview</b> - Nous avons rencontré la pharmacienne cantonale vaudoise pour parler des ruptures de stock et des solutions envisagées.</p>
<p><b>Formation continue</b> - Nouveaux modules FPH en ligne : vaccination, anamnèse, interprofessionnalité.</p>
<p><b>Petites annonces</b> - Plusieurs officines cherchent des remplaçant·e·s pour l'hiver.</p>
</body></html>""",
    )
)
add(
    m(
        "61002",
        "2025-10-15 12:00",
        "Pharma Romandie Bulletin <bulletin@pharma-romandie.ch>",
        "Octobre : recrutement en officine, nouvelles tâches, notre interview du mois",
        N("fr"),
        html="""<html><body>
<h2>Pharma Romandie Bulletin - octobre 2025</h2>
<p><b>Dossier</b> - Recruter en officine : comment les pharmacies attirent les jeunes diplômé·e·s.</p>
<p><b>Interview du mois</b> - Un pharmacien de la Vallée de Joux sur la télépharmacie.</p>
</body></html>""",
    )
)
add(
    m(
        "61003",
        "2025-11-19 12:00",
        "Pharma Romandie Bulletin <bulletin@pharma-romandie.ch>",
        "Novembre : assurance qualité en officine - interview avec une inspectrice",
        N("fr"),
        html="""<html><body>
<h2>Pharma Romandie Bulletin - novembre 2025</h2>
<p><b>Interview</b> - Une inspectrice cantonale explique ce qu'elle regarde en premier lors d'une inspection d'officine.</p>
<p><b>Agenda</b> - Soirée de la Société des pharmaciens fribourgeois, 4 décembre.</p>
</body></html>""",
    )
)
for i, (day, guest, topic) in enumerate(
    [
        ("2025-09-29", "Dr. Anna Roth", "mRNA beyond vaccines"),
        ("2025-10-27", "Jean-Luc Favre", "What a Swissmedic inspector looks for"),
        ("2025-11-24", "Mira Okafor", "Building a quality culture in a 40-person startup"),
        ("2025-12-22", "Prof. Daniel Steiner", "Cell therapy manufacturing in Switzerland"),
        ("2026-01-26", "Sandra Keller", "Data integrity in the age of AI"),
    ]
):
    add(
        m(
            f"6110{i}",
            f"{day} 06:15",
            "Biotech Talks Podcast <hello@biotechtalks.fm>",
            f"New episode: our interview with {guest} - {topic}",
            N("en"),
            html=f"""<html><body>
<p>This week on Biotech Talks: an in-depth interview with <b>{guest}</b> on <i>{topic}</i>.</p>
<p>Listen on your favourite podcast app or on our website. Episode length: {38 + i * 4} minutes.</p>
<p style="font-size:11px">You subscribed at biotechtalks.fm · unsubscribe</p>
</body></html>""",
        )
    )
add(
    m(
        "61200",
        "2025-10-08 08:00",
        "Swiss Life Sciences Weekly <news@lifesciences-weekly.ch>",
        "Hiring trends: QA and regulatory roles most in demand in Basel",
        N("en"),
        html="""<html><body>
<h2>Swiss Life Sciences Weekly</h2>
<p><b>Talent market</b> - Our survey of 60 employers shows quality assurance and regulatory roles remain hardest to fill; salaries for QA specialists rose 3 %.</p>
<p><b>Funding</b> - Two Lausanne biotechs close Series A rounds.</p>
<p><b>Interview</b> - A CEO on why she moved her company from Boston to Basel.</p>
</body></html>""",
    )
)
add(
    m(
        "61201",
        "2025-12-10 08:00",
        "Swiss Life Sciences Weekly <news@lifesciences-weekly.ch>",
        "Year in review: layoffs, hiring freezes and the few who are still recruiting",
        N("en"),
        html="""<html><body>
<h2>Swiss Life Sciences Weekly</h2>
<p>2025 was a mixed year: several Basel sites announced restructurings while smaller biotechs kept hiring for manufacturing and QA.</p>
<p><b>Offer</b> - Subscribe to Premium now and get 30 % off.</p>
</body></html>""",
    )
)

# --- friends and family ------------------------------------------------------------------------
_c1 = m(
    "70101",
    "2025-09-12 21:48",
    "Chloé Bapst <chloe.bapst@gmail.com>",
    "J'AI EU LE POSTE !!!",
    N("fr"),
    text="""Aliiiine !

Ils m'ont appelée cet après-midi : je commence le 1er novembre au labo de l'Hôpital de la Sarine, en microbiologie ! Après six mois de galère je n'y croyais plus. Merci pour tes relectures de lettre de motivation, tu es la meilleure.

On fête ça samedi ? Apéro chez moi dès 18h, j'invite toute la bande.

Bisous
Chloé""",
)
add(_c1)
add(
    m(
        "70102",
        "2025-09-12 22:30",
        f"Aline Jungo <{ME_ADDR}>",
        "Re: J'AI EU LE POSTE !!!",
        N("fr"),
        text="""Trop trop contente pour toi !!! Tu le mérites tellement. Samedi c'est noté, j'amène le gâteau du Bourg.

Pour moi toujours rien de concret, deux entretiens la semaine prochaine, croise les doigts !

Bisous
A.""",
        to="Chloé Bapst <chloe.bapst@gmail.com>",
        **reply_to(_c1),
    )
)
add(
    m(
        "70103",
        "2025-10-05 19:02",
        "Lukas Baeriswyl <lukas.baeriswyl@gmx.ch>",
        "Kurzes Update aus Bern",
        N("de"),
        text="""Hoi Aline

Ich hab's getan: Ende Monat kündige ich bei der Versicherung. Ab Januar arbeite ich bei einem kleinen Softwarebüro in der Lorraine, 80 %, endlich wieder Programmieren statt Sitzungen.

Wie läuft's bei dir mit der Stellensuche? Wenn du mal in Bern ein Vorstellungsgespräch hast, komm doch zum Znacht vorbei!

Liebi Grüess
Lukas""",
    )
)
add(
    m(
        "70104",
        "2025-11-06 12:14",
        "Sarah Dousse <sarah.dousse@bluewin.ch>",
        "Petite question pour ton réseau",
        N("fr"),
        text="""Salut Aline,

Mon cousin vient de finir son master en biologie à Lausanne et cherche un stage en industrie. Tu connais peut-être quelqu'un chez les biotechs à Bâle ou à Guin à qui il pourrait écrire ? Je ne veux pas t'embêter, juste s'il y a un contact facile.

Merci et à bientôt au chœur !
Sarah""",
    )
)
add(
    m(
        "70105",
        "2025-11-17 19:45",
        "Monique Jungo <monique.jungo@bluewin.ch>",
        "Bravo ma grande !",
        N("fr"),
        text="""Ma chérie,

Papa et moi sommes tellement fiers de toi ! Un CDI dans la biotech, et si près de la maison. Dimanche on fait une fondue pour fêter ça, ton frère vient aussi.

Gros bisous
Maman""",
    )
)
add(
    m(
        "70106",
        "2025-11-18 08:20",
        "Chloé Bapst <chloe.bapst@gmail.com>",
        "Fwd: Offre spéciale abonnement fitness",
        N("fr"),
        text="""Regarde, si on s'inscrit à deux avant la fin du mois on a 30 % de rabais ! Ça te dit ?

---------- Forwarded message ---------
De : Gym Pérolles <info@gym-perolles.ch>
Objet : Offre spéciale abonnement fitness

Offre duo : 2 abonnements annuels pour le prix d'un et demi, valable jusqu'au 30 novembre.""",
    )
)
add(
    m(
        "70107",
        "2025-12-02 17:10",
        "Thomas Jungo <thomas.jungo@protonmail.ch>",
        "Déménagement fin janvier - camionnette",
        N("fr"),
        text="""Salut sœurette,

Pour ton déménagement à Guin le 31 janvier, j'ai réservé la camionnette chez le garage à Marly de 8h à 16h. Je ramène aussi deux potes. Tu t'occupes des cartons et des croissants ?

Thomas""",
    )
)
add(
    m(
        "70108",
        "2026-01-09 20:33",
        "Lukas Baeriswyl <lukas.baeriswyl@gmx.ch>",
        "Mein erster Tag :)",
        N("de"),
        text="""Hoi Aline

Erste Woche im neuen Job überstanden! Das Team ist super, und ich bin zu Fuss in 10 Minuten dort. Wann fängst du an? Wir sollten anstossen, bevor du im Reinraum verschwindest :)

Lukas""",
    )
)
add(
    m(
        "70109",
        "2026-02-06 18:40",
        "Chloé Bapst <chloe.bapst@gmail.com>",
        "Alors, cette première semaine ?",
        N("fr"),
        text="""Raconte !! Les collègues, la cafét', la blouse ? Et tu as survécu au suisse-allemand à la pause café ? :)

Bisous, C.""",
    )
)

# --- calendar invitations that are not interviews ---------------------------------------------
add(
    m(
        "71001",
        "2025-09-24 09:00",
        "Cabinet dentaire de Pérolles <rdv@dentiste-perolles.ch>",
        "Rappel de rendez-vous : contrôle et hygiène dentaire",
        N("fr"),
        text="""Madame Jungo,

Nous vous rappelons votre rendez-vous du mercredi 1er octobre 2025 à 16h30 (contrôle annuel et hygiène). En cas d'empêchement, merci de nous avertir 24 heures à l'avance.

Cabinet dentaire de Pérolles""",
        ics=invite(
            "dent-perolles-3391@dentiste-perolles.ch",
            "2025-10-01 16:30",
            "Contrôle dentaire + hygiène",
            ("Cabinet dentaire de Pérolles", "rdv@dentiste-perolles.ch"),
        ),
    )
)
add(
    m(
        "71002",
        "2025-10-20 13:30",
        "Formation continue pharmaSanté <webinaires@pharmasante-formation.ch>",
        "Invitation : webinaire « Nouveautés GMP annexe 1 » - 2 crédits FPH",
        N("fr"),
        text="""Madame,

Merci pour votre inscription au webinaire « Nouveautés GMP annexe 1 : ce qui change pour la fabrication stérile », le jeudi 6 novembre 2025 de 18h00 à 19h30. Le lien de connexion figure dans l'invitation.

Offre spéciale : -20 % sur le cycle complet pour toute inscription avant le 15 novembre.

Formation continue pharmaSanté""",
        ics=invite(
            "pharmasante-web-annexe1@pharmasante-formation.ch",
            "2025-11-06 18:00",
            "Webinaire - Nouveautés GMP annexe 1",
            ("pharmaSanté Formation", "webinaires@pharmasante-formation.ch"),
            minutes=90,
            location="Zoom",
        ),
    )
)
add(
    m(
        "71003",
        "2025-11-26 20:15",
        "Sarah Dousse <sarah.dousse@bluewin.ch>",
        "Invitation: Concert de l'Avent du chœur - répétition générale",
        N("fr"),
        text="""Coucou à toutes et tous,

Voici l'invitation pour la répétition générale du concert de l'Avent. Soyez là à l'heure, la cheffe compte sur nous !

Sarah""",
        ics=invite(
            "choeur-avent-2025@gmail.com",
            "2025-12-11 19:30",
            "Répétition générale - Concert de l'Avent",
            ("Sarah Dousse", "sarah.dousse@bluewin.ch"),
            minutes=150,
            location="Église Saint-Pierre, Fribourg",
        ),
    )
)
add(
    m(
        "71004",
        "2025-12-15 11:00",
        "Praxis Dr. med. Vonlanthen <praxis@vonlanthen-arzt.ch>",
        "Terminbestätigung: Grippeimpfung",
        N("de"),
        text="""Guten Tag Frau Jungo

Hiermit bestätigen wir Ihren Termin für die Grippeimpfung am Freitag, 19. Dezember 2025 um 07:45 Uhr.

Freundliche Grüsse
Praxis Dr. med. Vonlanthen, Düdingen""",
        ics=invite(
            "vonlanthen-8821@vonlanthen-arzt.ch",
            "2025-12-19 07:45",
            "Grippeimpfung",
            ("Praxis Dr. Vonlanthen", "praxis@vonlanthen-arzt.ch"),
            minutes=15,
            style="outlook",
        ),
    )
)
add(
    m(
        "71005",
        "2026-01-12 10:10",
        "Sprachschule Bern-Fribourg <kurse@sprachschule-bf.ch>",
        "Anmeldebestätigung: Deutsch C1 - Business Kommunikation",
        N("de"),
        text="""Guten Tag Frau Jungo

Vielen Dank für Ihre Anmeldung zum Kurs «Deutsch C1 - Business Kommunikation» (dienstags 18:30-20:00, ab 20. Januar 2026, 12 Lektionen). Ihre Anmeldung ist definitiv. Die Rechnung folgt separat.

Die Kursunterlagen erhalten Sie in der ersten Lektion.

Freundliche Grüsse
Sprachschule Bern-Fribourg""",
        ics=invite(
            "sbf-c1-2026@sprachschule-bf.ch",
            "2026-01-20 18:30",
            "Deutsch C1 Business - Lektion 1",
            ("Sprachschule Bern-Fribourg", "kurse@sprachschule-bf.ch"),
            minutes=90,
            location="Sprachschule, Pérolles 5, Fribourg",
        ),
    )
)

# --- other look-alikes: volunteering application, flight, deliveries ---------------------------
add(
    m(
        "72001",
        "2025-09-20 15:30",
        "Festival des Lumières de la Sarine <benevoles@lumieres-sarine.ch>",
        "Votre candidature comme bénévole a été retenue !",
        N("fr"),
        text="""Chère Aline,

Merci pour votre candidature comme bénévole pour l'édition 2025 du Festival des Lumières de la Sarine. Nous avons le plaisir de vous confirmer votre affectation au stand d'accueil, les vendredis 24 et 31 octobre de 18h à 22h.

Une séance d'information aura lieu le 15 octobre. Votre t-shirt vous attend !

L'équipe des bénévoles""",
    )
)
add(
    m(
        "72002",
        "2025-12-01 21:05",
        "AlpAir <booking@alpair.ch>",
        "Confirmation de réservation - Genève-Lisbonne 27.12.2025",
        N("fr"),
        text="""Bonjour Aline Jungo,

Votre réservation est confirmée.
Code de réservation : K7Q2XM
Aller : GVA 07:15 - LIS 09:05, samedi 27 décembre 2025
Retour : LIS 18:40 - GVA 22:25, samedi 3 janvier 2026

Enregistrement en ligne 30 jours avant le départ.

AlpAir""",
    )
)
for i, (day, what) in enumerate(
    [
        ("2025-09-16", "Digishop.ch : commande 4410-2291 (chargeur USB-C)"),
        ("2025-10-28", "Digishop.ch : commande 4410-3017 (bouilloire)"),
        ("2025-11-29", "Livre'Sarine : commande 88112 (2 livres)"),
        ("2025-12-16", "Digishop.ch : commande 4410-4120 (cadeaux de Noël)"),
        ("2026-01-27", "Cartons Déménagement Express : 20 cartons + ruban"),
    ]
):
    add(
        m(
            f"7210{i}",
            f"{day} 10:{20 + i}",
            "Paketdienst Schweiz <notification@paketdienst.ch>",
            f"Votre colis arrive aujourd'hui - {what.split(' : ')[0]}",
            N("fr"),
            text=f"""Bonjour,

Votre colis ({what}) sera livré aujourd'hui entre 10h et 13h à l'adresse Rue de Morat 32, 1700 Fribourg. Si vous êtes absente, il sera déposé à la filiale la plus proche.

Suivre l'envoi : 99.00.1234{i}5.0077{i}""",
        )
    )
for i, (day, subj, body) in enumerate(
    [
        (
            "2025-09-19",
            "Offre du week-end : -30 % sur tous les écouteurs",
            "Seulement ce week-end, des prix cassés sur l'audio.",
        ),
        (
            "2025-10-10",
            "Votre offre exclusive : livraison gratuite",
            "Profitez de la livraison gratuite dès CHF 20.- jusqu'à dimanche.",
        ),
        (
            "2025-11-21",
            "Black Friday : nos meilleures offres de l'année",
            "Jusqu'à -50 % sur des milliers d'articles. Offre valable jusqu'au 1er décembre.",
        ),
        (
            "2025-11-28",
            "Dernières heures du Black Friday",
            "Nos offres se terminent ce soir à minuit.",
        ),
        (
            "2025-12-08",
            "Idées cadeaux : offre spéciale Saint-Nicolas",
            "Des cadeaux pour toute la famille, emballage offert.",
        ),
        (
            "2026-01-05",
            "Soldes d'hiver : l'offre que vous attendiez",
            "Jusqu'à -60 % sur l'électroménager.",
        ),
        (
            "2026-02-02",
            "Votre avis compte : évaluez votre dernier achat",
            "Comment était votre bouilloire ? Notez-la en 30 secondes.",
        ),
    ]
):
    add(
        m(
            f"7300{i}",
            f"{day} 08:45",
            "Digishop.ch <news@digishop.ch>",
            subj,
            N("fr"),
            html=f"""<html><body><h2>Digishop.ch</h2><p>{body}</p><p><a href="https://www.digishop.ch">Découvrir</a></p><p style="font-size:11px">Se désabonner</p></body></html>""",
        )
    )
for i, (day, subj) in enumerate(
    [
        ("2025-09-15", "Neue Saison, neue Kurse: Jetzt Yoga-Abo sichern"),
        ("2025-10-13", "Ihr Kursplan für Oktober"),
        ("2025-11-10", "Offre duo : 2 abonnements pour le prix d'un et demi"),
        ("2025-12-15", "Horaires des fêtes / Öffnungszeiten über die Festtage"),
        ("2026-01-12", "Bonnes résolutions ? Séance d'essai gratuite"),
    ]
):
    add(
        m(
            f"7400{i}",
            f"{day} 07:30",
            "Gym Pérolles <info@gym-perolles.ch>",
            subj,
            N("de" if i < 2 else "fr"),
            html=f"""<html><body><h2>Gym Pérolles</h2><p>{subj}.</p><p>Boulevard de Pérolles 90, Fribourg · Mo-Fr 6-22 Uhr / lu-ve 6h-22h</p></body></html>""",
        )
    )

# --- LinkedIn social notifications ---------------------------------------------------------------
for i, (day, sender, subj, body) in enumerate(
    [
        (
            "2025-09-08",
            "notifications-noreply",
            "You appeared in 14 searches this week",
            "See who's looking: recruiters from pharma, biotech and healthcare found your profile.",
        ),
        (
            "2025-09-25",
            "messages-noreply",
            "Chloé Bapst started a new position",
            "Congratulate Chloé on her new role as Biomedical Laboratory Scientist at Hôpital de la Sarine.",
        ),
        (
            "2025-10-11",
            "notifications-noreply",
            "Martin Aebischer viewed your profile",
            "Martin works in Talent Acquisition. See all profile viewers with Premium.",
        ),
        (
            "2025-10-29",
            "notifications-noreply",
            "Your post is getting attention",
            "Your post about GMP Annex 1 got 48 reactions and 6 comments.",
        ),
        (
            "2025-11-07",
            "invitations",
            "Aline, add Nadia Schafer to your network",
            "Nadia Schafer, Head QA Operations, wants to connect.",
        ),
        (
            "2025-11-21",
            "notifications-noreply",
            "Léa Gremaud endorsed you for GMP",
            "Your skill GMP was endorsed. You now have 23 endorsements.",
        ),
        (
            "2025-12-03",
            "messages-noreply",
            "Thomas Jungo sent you a message",
            '"Tu as vu ce poste pour Sarah ?"',
        ),
        (
            "2025-12-18",
            "notifications-noreply",
            "Celebrate Lukas Baeriswyl's work anniversary",
            "Say congrats on 5 years.",
        ),
        (
            "2026-01-14",
            "notifications-noreply",
            "Try Premium for CHF 0: get hired faster",
            "Special offer: 1 month of Premium Career free. See who viewed your profile and stand out to recruiters.",
        ),
        (
            "2026-02-03",
            "notifications-noreply",
            "Congrats on your new role, Aline!",
            "Your network is celebrating your new position as QA Specialist GMP at Sarine Biologics. 37 reactions.",
        ),
    ]
):
    add(
        m(
            f"8000{i}",
            f"{day} 15:{10 + i}",
            f"LinkedIn <{sender}@linkedin.com>",
            subj,
            N("en"),
            html=f"""<html><body><p>{body}</p><p style="font-size:11px">You are receiving LinkedIn notification emails. Unsubscribe · LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p></body></html>""",
        )
    )

# --- phone, energy, library, commune, marketplace, streaming ------------------------------------
for i, day in enumerate(
    ["2025-09-03", "2025-10-03", "2025-11-03", "2025-12-03", "2026-01-03", "2026-02-03"]
):
    add(
        m(
            f"8100{i}",
            f"{day} 04:30",
            "Alpcom Mobile <facture@alpcom.ch>",
            "Votre facture Alpcom est disponible",
            N("fr"),
            text=f"""Bonjour Aline,

Votre facture du mois est disponible dans votre espace client. Montant : CHF {39.90 + (i % 2) * 4.5:.2f}. Débit LSV le 20.

Alpcom Mobile""",
        )
    )
for i, (day, subj) in enumerate(
    [
        ("2025-09-10", "Décompte d'électricité - période juin-août"),
        ("2025-12-10", "Décompte d'électricité - période septembre-novembre"),
        ("2026-01-20", "Résiliation de votre contrat au 31.01.2026 - relevé du compteur"),
    ]
):
    add(
        m(
            f"8200{i}",
            f"{day} 09:00",
            "Sarine Énergie <clients@sarine-energie.ch>",
            subj,
            N("fr"),
            text=f"""Madame Jungo,

{subj} : votre document est disponible dans le portail clients Sarine Énergie.

Meilleures salutations
Service clients Sarine Énergie""",
        )
    )
for i, (day, title) in enumerate(
    [
        ("2025-09-27", "« Le consentement », V. Springora"),
        ("2025-10-25", "« Die Wand », M. Haushofer"),
        ("2025-11-29", "« Guide pratique des BPF »"),
        ("2026-01-10", "« Le Mage du Kremlin », G. da Empoli"),
    ]
):
    add(
        m(
            f"8300{i}",
            f"{day} 08:00",
            "Médiathèque de Pérolles <pret@mediatheque-perolles.ch>",
            "Rappel : retour de document",
            N("fr"),
            text=f"""Bonjour,

Le document {title} doit être rendu dans 3 jours. Vous pouvez le prolonger une fois depuis votre compte lecteur.

Médiathèque de Pérolles""",
        )
    )
for i, (day, subj) in enumerate(
    [
        ("2025-10-21", "Avis de départ : annonce à la commune de Fribourg"),
        ("2026-01-29", "Anmeldung bei der Gemeinde Düdingen - Bestätigung"),
        ("2026-02-04", "Willkommen in Düdingen / Bienvenue à Guin - Abfallkalender 2026"),
    ]
):
    add(
        m(
            f"8400{i}",
            f"{day} 10:30",
            "Guichet virtuel <noreply@guichet-communes.ch>",
            subj,
            N("de" if i else "fr"),
            text=f"""{subj}

Vos données ont été transmises / Ihre Angaben wurden übermittelt. Référence / Referenz: GV-{2025 + (i > 0)}-{4417 + i}

Guichet virtuel des communes fribourgeoises""",
        )
    )
for i, (day, subj, body) in enumerate(
    [
        (
            "2025-12-28",
            "Nouvelle offre pour votre annonce « Canapé 3 places gris »",
            "Un acheteur vous propose CHF 180.- pour votre canapé. Accepter l'offre ou faire une contre-offre ?",
        ),
        (
            "2026-01-03",
            "Offre acceptée : « Canapé 3 places gris »",
            "Vous avez accepté l'offre de CHF 200.-. Convenez de la remise avec l'acheteur.",
        ),
        (
            "2026-01-06",
            "Vous avez reçu une évaluation",
            "L'acheteur vous a donné 5 étoiles : « Tout parfait, merci ! »",
        ),
        (
            "2026-01-15",
            "Votre annonce « Bureau IKEA Micke » expire bientôt",
            "Prolongez-la gratuitement pour 30 jours.",
        ),
    ]
):
    add(
        m(
            f"8500{i}",
            f"{day} 13:15",
            "Annonces Romandes <noreply@annonces-romandes.ch>",
            subj,
            N("fr"),
            text=f"""Bonjour Aline,

{body}

L'équipe Annonces Romandes""",
        )
    )
for i, (day, subj) in enumerate(
    [
        ("2025-09-26", "Nouveau ce week-end : la série « Le Bureau des Légendes » en intégrale"),
        ("2025-11-14", "Votre abonnement : prix spécial Black Friday, 3 mois pour CHF 9.90"),
        ("2025-12-19", "Les films de Noël à regarder en famille"),
        ("2026-02-13", "Saint-Valentin : nos recommandations"),
    ]
):
    add(
        m(
            f"8600{i}",
            f"{day} 19:00",
            "Helvéflix <hello@helveflix.ch>",
            subj,
            N("fr"),
            html=f"""<html><body><h2>Helvéflix</h2><p>{subj}</p><p style="font-size:11px">Gérer les notifications</p></body></html>""",
        )
    )
for i, (day, subj, body) in enumerate(
    [
        (
            "2025-10-16",
            "Répétition annulée jeudi",
            "La cheffe est malade, pas de répétition ce jeudi. On reprend le 23 avec le Magnificat.",
        ),
        (
            "2025-12-13",
            "Merci pour ce magnifique concert !",
            "Plus de 300 personnes à Saint-Pierre, bravo à toutes et tous ! Les photos sont sur le drive.",
        ),
        (
            "2026-01-19",
            "Reprise des répétitions et cotisations 2026",
            "On reprend le 22 janvier. Cotisation annuelle : CHF 120.- à verser d'ici fin février.",
        ),
    ]
):
    add(
        m(
            f"8700{i}",
            f"{day} 21:00",
            "Chœur Saint-Pierre <comite.choeur.stpierre@gmail.com>",
            subj,
            N("fr"),
            text=f"""Chères choristes, chers choristes,

{body}

Le comité""",
        )
    )
for i, (day, subj, body) in enumerate(
    [
        (
            "2025-10-25",
            "Changement d'horaire au 14 décembre",
            "Le nouvel horaire entre en vigueur le 14 décembre : la ligne Fribourg-Guin passe à la cadence 15 minutes aux heures de pointe.",
        ),
        (
            "2025-12-20",
            "Perturbations : travaux entre Fribourg et Guin",
            "Du 3 au 11 janvier, des bus remplacent les trains le soir après 21h.",
        ),
        (
            "2026-01-21",
            "Votre abonnement de parcours arrive à échéance",
            "Votre abonnement Fribourg-Bern expire le 31 janvier. Renouvelez-le en ligne ou adaptez votre parcours.",
        ),
    ]
):
    add(
        m(
            f"8800{i}",
            f"{day} 11:00",
            "Sarine Mobilité <info@sarine-mobilite.ch>",
            subj,
            N("fr"),
            text=f"""{body}

Sarine Mobilité - votre transport régional""",
        )
    )

# --- a few more ordinary messages ---------------------------------------------------------------
for i, (day, frm, subj, lang, body) in enumerate(
    [
        (
            "2025-09-04",
            "Monique Jungo <monique.jungo@bluewin.ch>",
            "Dimanche à Marly ?",
            "fr",
            "Tu viens dîner dimanche ? Papa fait son rôti. Et n'oublie pas de rapporter le Tupperware !\n\nMaman",
        ),
        (
            "2025-10-02",
            "Verwaltung Bern-Länggasse <info@laenggasse-immo.ch>",
            "Ihre Wohnungsbewerbung: Länggassstrasse 40",
            "de",
            "Sehr geehrte Frau Jungo\n\nBesten Dank für Ihre Bewerbung. Leider wurde die Wohnung bereits anderweitig vergeben. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.\n\nFreundliche Grüsse\nVerwaltung Bern-Länggasse",
        ),
        (
            "2025-10-30",
            "Thomas Jungo <thomas.jungo@protonmail.ch>",
            "Photos Bénichon",
            "fr",
            "Les photos de la Bénichon chez les grands-parents sont sur le drive. Tu as une tête magnifique sur la 14, hihi.\n\nT.",
        ),
        (
            "2025-11-03",
            "Sarine Assurances <offres@sarine-assurances.ch>",
            "Votre offre assurance ménage et RC",
            "fr",
            "Madame Jungo,\n\nSuite à votre demande en ligne, voici votre offre pour une assurance ménage et responsabilité civile : CHF 286.- par an pour une somme d'assurance de CHF 60'000.-. Offre valable 30 jours.\n\nSarine Assurances",
        ),
        (
            "2025-12-05",
            "Monique Jungo <monique.jungo@bluewin.ch>",
            "Noël chez nous le 24",
            "fr",
            "On sera 11 le 24 au soir. Tu peux faire ta bûche ? Grand-papa demande aussi si tu pourras lui expliquer ses nouveaux médicaments :)\n\nBisous, Maman",
        ),
        (
            "2025-12-29",
            "Lukas Baeriswyl <lukas.baeriswyl@gmx.ch>",
            "En Guete und es guets Nöis!",
            "de",
            "Hoi Aline\n\nEs guets Nöis us Bärn! Uf es super 2026 mit em neue Job. Melde di, wenn du zügelsch, i hilf gärn.\n\nLukas",
        ),
        (
            "2026-01-08",
            "Sarine Assurances <service@sarine-assurances.ch>",
            "Confirmation de votre changement d'adresse",
            "fr",
            "Madame Jungo,\n\nNous avons enregistré votre nouvelle adresse à Düdingen dès le 1er février 2026. Votre police ménage a été adaptée.\n\nSarine Assurances",
        ),
        (
            "2026-01-23",
            "Chloé Bapst <chloe.bapst@gmail.com>",
            "Pendaison de crémaillère ?",
            "fr",
            "Tu fais une crémaillère à Guin ? Je peux apporter le vacherin !\n\nC.",
        ),
        (
            "2026-02-16",
            "Helvisana <service@helvisana.ch>",
            "Votre décompte de prestations",
            "fr",
            "Madame Jungo,\n\nUn nouveau décompte de prestations est disponible dans votre espace client (Pharmacie du Bourg, 12.02.2026).\n\nHelvisana",
        ),
        (
            "2026-02-24",
            "Monique Jungo <monique.jungo@bluewin.ch>",
            "Ton nouvel appartement",
            "fr",
            "Les rideaux sont prêts, je te les amène samedi avec Papa. Tu es contente au travail ?\n\nMaman",
        ),
    ]
):
    add(m(f"9000{i}", f"{day} 18:{15 + i}", frm, subj, N(lang), text=body))
