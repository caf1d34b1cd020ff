"""Corpus 29, the ordinary inbox of a Québec City planning analyst, look-alikes included."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply as _reply


def n(
    key: str,
    date: str,
    frm: str,
    subject: str,
    lang: str,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    tz = "-0400" if date < "2025-11-02" else "-0500"
    return _m("b29" + key, date, frm, subject, ("not_job", lang), text, html, tz=tz, **kw)


def reply(key: str, frm: str) -> dict[str, str]:
    return _reply("b29" + key, frm)


EMILIE = "Émilie Fortin <emilie.fortin82@hotmail.com>"
MAMAN = "Louise Tremblay <louise.tremblay51@videotron.ca>"
OLIVIER = "Olivier Bédard <olivier.bedard@gmail.com>"
LI = "LinkedIn <messages-noreply@linkedin.com>"
LI_N = "LinkedIn <notifications-noreply@linkedin.com>"
DESJ = "Desjardins <NePasRepondre@desjardins.com>"
AMZ = "Amazon.ca <auto-confirm@amazon.ca>"
HQ = "Hydro-Québec <nepasrepondre@hydroquebec.com>"
ECOLE = "École primaire des Pionniers <pionniers@cssdc-pionniers.ca>"
CPE = "La Place 0-5 <ne-pas-repondre@laplace0-5.com>"
LAPRESSE = "La Presse <infolettre@lapresse.ca>"

MAIL = [
    # September
    n(
        "01",
        "2025-09-01 09:12",
        EMILIE,
        "épicerie + rentrée",
        "fr",
        "Peux-tu passer chez IGA en revenant? Lait, yogourt pour les lunchs de Léa, pain tranché, "
        "pommes. Et n'oublie pas que c'est la rencontre de parents mercredi 18 h 30.\n\nxx",
    ),
    n(
        "02",
        "2025-09-02 07:05",
        ECOLE,
        "Info-parents – rentrée 2025-2026",
        "fr",
        "Chers parents,\n\nBienvenue à cette nouvelle année scolaire! Vous trouverez ci-joint "
        "l'horaire des premières journées, la liste des effets scolaires manquants et les "
        "informations sur le service de garde.\n\nLa direction",
        attach=[("Info-parents_septembre.pdf", "application/pdf", "%PDF-1.4 info")],
    ),
    n(
        "03",
        "2025-09-02 18:40",
        HQ,
        "Votre facture est prête",
        "fr",
        "Bonjour,\n\nVotre facture d'électricité de 142,87 $ est disponible dans votre Espace "
        "client. Date d'échéance : 23 septembre 2025.\n\nHydro-Québec",
    ),
    n(
        "04",
        "2025-09-03 12:31",
        AMZ,
        "Votre commande Amazon.ca n° 702-4418273-1190634",
        "fr",
        "Bonjour Mathieu,\n\nMerci pour votre commande. Articles : Sac à dos enfant Herschel "
        "(1), Crayons Staedtler 24 couleurs (2). Livraison estimée : vendredi 5 septembre.\n\n"
        "Total de la commande : 68,95 $",
    ),
    n(
        "05",
        "2025-09-04 20:15",
        OLIVIER,
        "Hockey cosom jeudi",
        "fr",
        "Yo! On recommence le cosom au centre Lucien-Borne jeudi 20 h. T'es dedans? Il nous "
        "manque un gardien si jamais Pat est encore blessé.\n\nOli",
    ),
    n(
        "06",
        "2025-09-05 10:02",
        CPE,
        "Mise à jour de votre demande d'admission",
        "fr",
        "Bonjour,\n\nVotre demande d'inscription pour l'enfant Félix Tremblay-Fortin est active "
        "sur la liste d'attente de 4 installations. Pensez à confirmer votre intérêt tous les 6 "
        "mois pour conserver votre rang.\n\nLa Place 0-5",
    ),
    n(
        "07",
        "2025-09-06 08:30",
        LAPRESSE,
        "L'essentiel du samedi",
        "fr",
        None,
        "<html><body><h2>L'essentiel</h2><p><b>Santé</b> : Les urgences de la région de Québec "
        "débordent, le réseau peine à recruter des infirmières.</p><p><b>Politique</b> : "
        "rentrée parlementaire sous tension.</p><p><b>Entrevue</b> : Louis-José Houde se confie "
        "sur sa tournée.</p></body></html>",
    ),
    n(
        "08",
        "2025-09-07 14:22",
        MAMAN,
        "Souper dimanche prochain",
        "fr",
        "Allô mon grand,\n\nOn fait un souper pour la fête de ton père le 14. Viens avec Émilie "
        "et les enfants vers 17 h. J'ai pensé faire un pâté chinois, Léa aime ça.\n\nBisous\nMaman",
    ),
    n(
        "09",
        "2025-09-08 06:55",
        DESJ,
        "AccèsD – Alerte : dépôt reçu",
        "fr",
        "Un dépôt de 2 214,56 $ a été effectué dans votre compte Épargne avec opérations.\n\n"
        "Desjardins",
    ),
    n(
        "10",
        "2025-09-09 16:18",
        LI_N,
        "Mathieu, vous êtes apparu(e) dans 14 recherches cette semaine",
        "fr",
        "Vous êtes apparu(e) dans 14 recherches\n\nLes personnes qui vous ont trouvé travaillent "
        "chez : CIUSSS des Deux-Rives, Groupe Conseil Méridien.\n\nEssayez Premium gratuitement",
    ),
    n(
        "11",
        "2025-09-10 11:00",
        "Vidéotron <info@videotron.com>",
        "Une offre pensée pour vous, Mathieu",
        "fr",
        None,
        "<html><body><h1>Offre exclusive</h1><p>Ajoutez Helix Fibe 1 Gbit/s pour seulement "
        "10 $ de plus par mois pendant 12 mois. Offre d'une durée limitée!</p><p>"
        '<a href="https://videotron.com">J\'en profite</a></p></body></html>',
    ),
    n(
        "12",
        "2025-09-11 19:44",
        EMILIE,
        "Re: condo rue de la Couronne",
        "fr",
        "J'ai rempli la demande de location en ligne pour le 4½ avec stationnement (au cas où "
        "on vend la maison). Ils veulent une enquête de crédit. On en parle ce soir?\n\n"
        "> Le 11 sept. 2025 à 12:10, Mathieu Tremblay-Roy a écrit :\n> On pourrait le visiter "
        "samedi?",
    ),
    n(
        "13",
        "2025-09-12 09:30",
        "Gestion Immobilière Saint-Roch <location@gisaintroch.ca>",
        "Votre demande de location – 612, rue de la Couronne, app. 304",
        "fr",
        "Bonjour,\n\nNous avons bien reçu votre demande de location. Notre équipe procédera à "
        "l'analyse du dossier (enquête de crédit et références) sous 3 à 5 jours ouvrables. Une "
        "visite est possible samedi entre 10 h et 12 h.\n\nGestion Immobilière Saint-Roch",
    ),
    n(
        "14",
        "2025-09-13 10:10",
        "Netflix <info@account.netflix.com>",
        "Nouveautés cette semaine",
        "fr",
        "Mathieu, découvrez les nouveautés : une nouvelle série policière québécoise, un "
        "documentaire sur le hockey et plus encore.",
    ),
    n(
        "15",
        "2025-09-14 21:12",
        "Tertulia Española Québec <tertulia.quebec@gmail.com>",
        "Próxima tertulia: jueves 18 de septiembre",
        "es",
        "¡Hola a todos!\n\nNos vemos el jueves 18 en el Café du Monde (Vieux-Port) a las 19 h. "
        "Tema: las fiestas patrias en América Latina. Traigan una anécdota.\n\nUn abrazo,\nMarisa",
    ),
    n(
        "16",
        "2025-09-15 13:47",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité",
        "fr",
        "Nouvelle connexion sur Windows\n\nmathieu.tremblayroy@gmail.com\n\nNous avons détecté une "
        "nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous "
        "n'avez rien à faire.",
    ),
    n(
        "17",
        "2025-09-16 08:00",
        "Santé Inc. <infolettre@santeinc.ca>",
        "Réseau : 4 000 postes à pourvoir d'ici l'hiver",
        "fr",
        None,
        "<html><body><h2>Santé Inc. – l'infolettre du réseau</h2><p>Le réseau de la santé "
        "prévoit embaucher 4 000 personnes d'ici l'hiver, dont de nombreux postes "
        "administratifs. Notre analyse des affichages et des conditions.</p><p>Aussi : "
        "entrevue avec la PDG d'un CIUSSS sur la planification des effectifs.</p><p>Se "
        "désabonner</p></body></html>",
    ),
    n(
        "18",
        "2025-09-17 17:25",
        "Uber Eats <uber@uber.com>",
        "Votre commande de Chez Ashton",
        "fr",
        "Merci d'avoir commandé, Mathieu. Total : 38,42 $ (2 poutines moyennes, 1 hot-dog "
        "all-dressed, boissons).",
    ),
    n(
        "19",
        "2025-09-18 12:05",
        "Olivier Bédard <olivier.bedard@gmail.com>",
        "Re: Hockey cosom jeudi",
        "fr",
        "Parfait, je t'inscris. 40 $ pour la session, tu me feras un virement Interac.\n\n> Je "
        "suis in!",
        **reply("05", OLIVIER),
    ),
    n(
        "20",
        "2025-09-19 15:33",
        "Hydro-Québec <nepasrepondre@hydroquebec.com>",
        "Confirmation de paiement",
        "fr",
        "Nous avons reçu votre paiement de 142,87 $. Merci!",
    ),
    n(
        "21",
        "2025-09-20 09:44",
        "Gestion Immobilière Saint-Roch <location@gisaintroch.ca>",
        "Demande de location acceptée – 612, rue de la Couronne",
        "fr",
        "Bonjour M. Tremblay-Roy,\n\nBonne nouvelle : votre demande de location a été acceptée. "
        "Le bail vous sera envoyé par courriel pour signature électronique. Merci de nous "
        "confirmer votre décision d'ici le 27 septembre.\n\nGestion Immobilière Saint-Roch",
    ),
    n(
        "22",
        "2025-09-21 19:01",
        EMILIE,
        "finalement pour le condo",
        "fr",
        "On laisse faire le condo, la maison n'est pas vendue et j'ai pas envie de payer deux "
        "loyers. Je leur écris demain. T'es d'accord?",
    ),
    n(
        "23",
        "2025-09-22 07:41",
        "Institut régional de santé publique <webinaires@irsp-quebec.ca>",
        "Invitation – Webinaire : planifier les services en contexte de vieillissement",
        "fr",
        "Bonjour,\n\nVous êtes invité au webinaire du 2 octobre, 12 h à 13 h : « Planifier les "
        "services de proximité en contexte de vieillissement : outils et indicateurs ».\n\n"
        "Conférencière : Dre Marie-Claude Simard. Inscription gratuite.\n\nIRSP",
        ics={
            "style": "outlook",
            "start": "2025-10-02 12:00:00 -0400",
            "minutes": 60,
            "organizer": ("Webinaires IRSP", "webinaires@irsp-quebec.ca"),
            "uid": "040000008200E00074C5B7101A82E00800000000WEB1IRSP2025@irsp",
            "summary": "Webinaire IRSP – planification et vieillissement",
            "location": "Zoom Webinar",
        },
    ),
    n(
        "24",
        "2025-09-23 10:28",
        "Amazon.ca <shipment-tracking@amazon.ca>",
        "Votre colis a été livré",
        "fr",
        "Votre colis a été livré. Il a été laissé sur le porche.",
    ),
    n(
        "25",
        "2025-09-24 14:50",
        LI_N,
        "Félicitez Karim Haddad pour son nouveau poste",
        "fr",
        "Karim Haddad a commencé un nouveau poste : Chef de service, planification – CISSS du "
        "Littoral-Sud\n\nFélicitez Karim\n\nVoir le profil",
    ),
    n(
        "26",
        "2025-09-25 18:03",
        "Clinique médicale Saint-Sacrement <rendezvous@bonjour-sante.ca>",
        "Confirmation de votre rendez-vous",
        "fr",
        "Bonjour Mathieu,\n\nVotre rendez-vous est confirmé : lundi 29 septembre 2025 à 8 h 40 "
        "avec Dre Annie Gosselin, Clinique médicale Saint-Sacrement.\n\nPour annuler, "
        "répondez ANNULER au texto reçu.\n\nBonjour-santé",
        ics={
            "style": "google",
            "start": "2025-09-29 08:40:00 -0400",
            "minutes": 20,
            "organizer": ("Bonjour-santé", "rendezvous@bonjour-sante.ca"),
            "uid": "bjs-rdv-88412760@bonjour-sante.ca",
            "summary": "Rendez-vous médical – Dre Annie Gosselin",
            "location": "Clinique médicale Saint-Sacrement, Québec",
        },
    ),
    n(
        "27",
        "2025-09-26 11:11",
        "Revenu Québec <ne-pas-repondre@revenuquebec.ca>",
        "Nouveau message dans Mon dossier",
        "fr",
        "Un nouveau document est disponible dans Mon dossier pour les citoyens. Pour le "
        "consulter, connectez-vous à votre espace sécurisé.",
    ),
    n(
        "28",
        "2025-09-27 09:15",
        "SAQ <infolettre@saq.com>",
        "Offre du week-end : 15 % sur 3 bouteilles",
        "fr",
        None,
        "<html><body><p>Cette fin de semaine seulement, obtenez 15 % de rabais à l'achat de 3 "
        "bouteilles de vin. Offre valide en succursale et sur SAQ.com.</p></body></html>",
    ),
    n(
        "29",
        "2025-09-28 20:05",
        "Carolina Méndez <caromendez.mx@gmail.com>",
        "¡Hola desde Puebla!",
        "es",
        "¡Hola Mathieu!\n\n¿Cómo están Émilie y los niños? Aquí todo bien, empecé mi nuevo "
        "trabajo en el hospital y estoy feliz. ¿Cuándo vienen a México? La casa está abierta.\n\n"
        "Besos,\nCaro",
    ),
    n(
        "30",
        "2025-09-30 07:30",
        LAPRESSE,
        "Chronique : la pénurie de personnel, un problème de planification?",
        "fr",
        "Une chronique sur les offres d'emploi qui restent vacantes dans le réseau de la santé, et "
        "pourquoi les processus d'embauche prennent des mois. Lire la suite sur La Presse+.",
    ),
    # October
    n(
        "31",
        "2025-10-01 08:22",
        "STM / RTC Québec <info@rtcquebec.ca>",
        "Votre titre mensuel d'octobre",
        "fr",
        "Votre laissez-passer mensuel a été rechargé sur votre carte OPUS. Montant : 98,50 $.",
    ),
    n(
        "32",
        "2025-10-02 21:30",
        MAMAN,
        "photos",
        "fr",
        "Les photos du souper. Léa est tellement belle sur celle avec le gâteau!\n\nMaman",
        attach=[("IMG_2041.jpg", "image/jpeg", "jpegdata")],
    ),
    n(
        "33",
        "2025-10-03 10:40",
        "Desjardins <NePasRepondre@desjardins.com>",
        "Votre demande de prêt hypothécaire – préautorisation",
        "fr",
        "Bonjour Mathieu,\n\nVotre demande de préautorisation hypothécaire a été analysée. Vous "
        "êtes préautorisé jusqu'à 485 000 $ au taux de 4,59 % garanti pendant 120 jours.\n\n"
        "Votre conseillère, Sophie Marceau-Ruel, communiquera avec vous.\n\nDesjardins",
    ),
    n(
        "34",
        "2025-10-04 15:15",
        "Costco <costco@online.costco.ca>",
        "Économies du mois pour les membres",
        "fr",
        "Économies du mois : jusqu'à 30 % sur l'électronique, les articles ménagers et plus.",
    ),
    n(
        "35",
        "2025-10-05 19:48",
        EMILIE,
        "Fwd: Photo de classe",
        "fr",
        "Regarde ça, c'est trop drôle sa face.\n\n---------- Message transféré ---------\nDe : "
        "École primaire des Pionniers\nObjet : Photo de classe\n\nLes photos de classe seront "
        "prises le 15 octobre.",
    ),
    n(
        "36",
        "2025-10-06 07:00",
        "The Health Policy Brief <brief@healthpolicybrief.substack.com>",
        "This week: workforce planning lessons from Ontario",
        "en",
        "In this issue: why health workforce planning keeps failing, an interview with a former "
        "deputy minister, and a chart of vacancy rates across provinces.\n\nRead in app",
    ),
    n(
        "37",
        "2025-10-07 12:15",
        LI_N,
        "Vous avez 3 nouvelles invitations",
        "fr",
        "Jean-Philippe Roy, Valérie Tessier et 1 autre souhaitent se connecter avec vous.",
    ),
    n(
        "38",
        "2025-10-08 17:02",
        "Ville de Québec <ne-pas-repondre@ville.quebec.qc.ca>",
        "Demande de permis no 2025-18832 – reçue",
        "fr",
        "Bonjour,\n\nVotre demande de permis de rénovation (remplacement de fenêtres) pour le "
        "1845, rue des Érables a été reçue. Délai de traitement : environ 15 jours ouvrables.\n\n"
        "Service de la planification de l'aménagement et de l'environnement",
    ),
    n(
        "39",
        "2025-10-09 09:09",
        "Air Canada <info@communications.aircanada.com>",
        "Offres Aéroplan : destinations soleil",
        "fr",
        None,
        "<html><body><h1>Fuyez l'hiver</h1><p>Offres exclusives vers Cancún, Punta Cana et "
        "Puerto Vallarta au départ de Québec.</p></body></html>",
    ),
    n(
        "40",
        "2025-10-10 20:31",
        "Olivier Bédard <olivier.bedard@gmail.com>",
        "Fwd: photos du party",
        "fr",
        "Salut, voici les photos de samedi. T'étais en forme!\n\n---------- Forwarded message "
        "---------\nFrom: Julie Bédard\nDate: dim. 5 oct. 2025\nSubject: photos du party",
    ),
    n(
        "41",
        "2025-10-11 11:30",
        "Substack <no-reply@substack.com>",
        "Le Courrier des idées – Entrevue avec Pascale Navarro",
        "fr",
        "Dans ce numéro, notre entrevue avec Pascale Navarro sur la parité en politique. "
        "Abonnez-vous pour lire la suite.",
    ),
    n(
        "42",
        "2025-10-12 09:00",
        "Énergie Cardio <info@energiecardio.com>",
        "Votre abonnement se renouvelle bientôt",
        "fr",
        "Votre abonnement annuel sera renouvelé le 1er novembre au montant de 599,88 $.",
    ),
    n(
        "43",
        "2025-10-13 16:20",
        "TÉLUQ <admission@teluq.ca>",
        "Accusé de réception – demande d'admission",
        "fr",
        "Bonjour,\n\nNous avons bien reçu votre demande d'admission au programme court de "
        "deuxième cycle en science des données (trimestre d'hiver 2026). Votre dossier sera "
        "analysé dès réception des documents requis.\n\nBureau du registraire – TÉLUQ",
    ),
    n(
        "44",
        "2025-10-14 07:30",
        "Santé Inc. <infolettre@santeinc.ca>",
        "Entrevue : la nouvelle sous-ministre sur la planification",
        "fr",
        "Notre entrevue exclusive avec la nouvelle sous-ministre adjointe à la planification, qui "
        "annonce la création de 200 postes d'analystes dans les régions. Aussi : le palmarès des "
        "meilleurs employeurs du réseau.",
    ),
    n(
        "45",
        "2025-10-15 18:55",
        EMILIE,
        "soirée",
        "fr",
        "Je finis tard ce soir (réunion de comité). Félix a son rendez-vous chez le dentiste "
        "demain 15 h, peux-tu y aller?",
    ),
    n(
        "46",
        "2025-10-16 14:40",
        "Clinique dentaire Maizerets <rappel@cdmaizerets.ca>",
        "Rappel de rendez-vous – Félix",
        "fr",
        "Rappel : Félix Tremblay-Fortin a rendez-vous le jeudi 16 octobre à 15 h avec Dre "
        "Nguyen. Merci d'arriver 10 minutes à l'avance.",
    ),
    n(
        "47",
        "2025-10-17 10:12",
        "Vidéotron <info@videotron.com>",
        "Votre facture Vidéotron",
        "fr",
        "Votre facture de 167,24 $ est disponible. Prélèvement le 30 octobre.",
    ),
    n(
        "48",
        "2025-10-18 13:00",
        "Moisson Québec <benevolat@moissonquebec.com>",
        "Votre candidature comme bénévole",
        "fr",
        "Bonjour Mathieu,\n\nMerci d'avoir soumis votre candidature de bénévole pour la "
        "Guignolée des médias. Votre quart : samedi 6 décembre, 9 h à 13 h, coin Charest et "
        "de la Couronne.\n\nL'équipe des bénévoles",
    ),
    n(
        "49",
        "2025-10-19 17:45",
        "Tertulia Española Québec <tertulia.quebec@gmail.com>",
        "Día de Muertos – tertulia especial",
        "es",
        "¡Hola!\n\nEl 30 de octubre haremos una tertulia especial de Día de Muertos con altar y "
        "pan de muerto. Cada quien trae una foto o un recuerdo.\n\nMarisa",
    ),
    n(
        "50",
        "2025-10-20 06:30",
        DESJ,
        "AccèsD – Alerte : paiement de carte",
        "fr",
        "Un paiement de 1 204,33 $ a été effectué sur votre carte Visa Desjardins.",
    ),
    n(
        "51",
        "2025-10-21 11:25",
        "Ordre des administrateurs agréés <info@adma.qc.ca>",
        "Infolettre – Le marché de l'emploi en gestion publique",
        "fr",
        None,
        "<html><body><h2>Infolettre d'octobre</h2><p>Le marché de l'emploi en gestion publique "
        "reste vigoureux : nos conseils pour réussir une entrevue par compétences, et les "
        "tendances salariales 2026.</p><p>Formation : planification stratégique, 12 novembre.</p>"
        "</body></html>",
    ),
    n(
        "52",
        "2025-10-22 19:10",
        MAMAN,
        "Halloween",
        "fr",
        "Est-ce que Léa a trouvé son costume? J'ai vu des ailes de fée au Dollarama. Je peux "
        "passer les porter samedi.",
    ),
    n(
        "53",
        "2025-10-23 08:15",
        "Ville de Québec <ne-pas-repondre@ville.quebec.qc.ca>",
        "Permis no 2025-18832 – délivré",
        "fr",
        "Votre permis de rénovation a été délivré. Vous pouvez le télécharger dans votre dossier "
        "en ligne. Affichez-le de façon visible pendant les travaux.",
    ),
    n(
        "54",
        "2025-10-24 12:30",
        "Zoom <no-reply@zoom.us>",
        "Confirmation d'inscription au webinaire",
        "fr",
        "Bonjour Mathieu,\n\nMerci de votre inscription à « Tableaux de bord en santé : de Power "
        "BI à la décision ». Date : 30 oct. 2025 12:00 PM Heure de l'Est.\n\nRejoindre : "
        "https://us02web.zoom.us/w/88123",
        ics={
            "style": "google",
            "start": "2025-10-30 12:00:00 -0400",
            "minutes": 60,
            "organizer": ("Zoom", "no-reply@zoom.us"),
            "uid": "zoom-88123-webinar@zoom.us",
            "summary": "Tableaux de bord en santé : de Power BI à la décision",
            "location": "https://us02web.zoom.us/w/88123",
        },
    ),
    n(
        "55",
        "2025-10-25 09:50",
        "Netflix <info@account.netflix.com>",
        "Votre paiement a été refusé",
        "fr",
        "Nous n'avons pas pu traiter votre paiement. Mettez à jour vos informations de "
        "paiement pour continuer à regarder.",
    ),
    n(
        "56",
        "2025-10-26 14:14",
        OLIVIER,
        "chalet février?",
        "fr",
        "On loue-tu le chalet à Saint-Ferréol encore cette année? 13 au 15 février. Dis-moi si "
        "vous êtes là avec les kids.\n\nOli",
    ),
    n(
        "57",
        "2025-10-27 17:30",
        "TÉLUQ <admission@teluq.ca>",
        "Décision d'admission",
        "fr",
        "Bonjour,\n\nNous avons le plaisir de vous informer que votre demande d'admission au "
        "programme court en science des données a été acceptée. Offre d'admission à confirmer "
        "avant le 15 novembre dans votre portail.\n\nBureau du registraire",
    ),
    n(
        "58",
        "2025-10-28 10:05",
        LI,
        "Nouveau message de Valérie Tessier",
        "fr",
        "Valérie Tessier\n« Salut Mathieu! Ça fait longtemps. Est-ce que tu serais partant pour "
        "un café pour jaser de ton projet de maîtrise? »\n\nRépondre",
    ),
    n(
        "59",
        "2025-10-29 21:05",
        "Carolina Méndez <caromendez.mx@gmail.com>",
        "Re: ¡Hola desde Puebla!",
        "es",
        "¡Qué bueno! Entonces los esperamos en marzo. Aviso a mi mamá para que prepare mole.\n\n"
        "Caro",
        **reply("29", "x@gmail.com"),
    ),
    n(
        "60",
        "2025-10-30 07:55",
        "Le Soleil <infolettre@lesoleil.com>",
        "Votre infolettre du matin",
        "fr",
        "Les manchettes : travaux sur Henri-IV, budget municipal, l'hôpital de l'Enfant-Jésus "
        "recrute à l'international.",
    ),
    # November
    n(
        "61",
        "2025-11-02 10:10",
        "Amazon.ca <auto-confirm@amazon.ca>",
        "Votre commande Amazon.ca n° 702-9912004-5531802",
        "fr",
        "Merci pour votre commande : Guide de l'analyse de données en santé (livre), câble USB-C.",
    ),
    n(
        "62",
        "2025-11-03 18:22",
        EMILIE,
        "Re: entrevue demain",
        "fr",
        "Bonne chance demain!! Tu vas être super. Je m'occupe des enfants le matin.\n\nxx",
    ),
    n(
        "63",
        "2025-11-04 08:00",
        "The Health Policy Brief <brief@healthpolicybrief.substack.com>",
        "Hiring freezes are back",
        "en",
        "Several provinces have announced hiring freezes for administrative roles in health. "
        "What it means for planning capacity, and who is still recruiting.",
    ),
    n(
        "64",
        "2025-11-05 13:13",
        "Banque Tangerine <info@tangerine.ca>",
        "Votre relevé est prêt",
        "fr",
        "Votre relevé électronique de compte d'épargne pour octobre est disponible.",
    ),
    n(
        "65",
        "2025-11-06 19:30",
        "École primaire des Pionniers <pionniers@cssdc-pionniers.ca>",
        "Bulletin – première communication",
        "fr",
        "La première communication écrite est maintenant disponible dans Mozaïk-Portail. "
        "Les rencontres de parents auront lieu le 20 novembre.",
    ),
    n(
        "66",
        "2025-11-07 09:20",
        LI_N,
        "Félicitez Jean-Philippe Roy pour ses 5 ans chez Lemieux Ouellet Conseil",
        "fr",
        "Jean-Philippe Roy célèbre 5 ans chez Lemieux Ouellet Conseil.\n\nDites bravo",
    ),
    n(
        "67",
        "2025-11-08 12:45",
        "SAQ <infolettre@saq.com>",
        "Offre exclusive aux membres Inspire",
        "fr",
        "Doublez vos points Inspire sur les vins du Portugal jusqu'au 16 novembre.",
    ),
    n(
        "68",
        "2025-11-09 16:40",
        MAMAN,
        "Re: Halloween",
        "fr",
        "Elle était tellement contente de ses ailes! Merci pour les photos.",
        **reply("52", MAMAN),
    ),
    n(
        "69",
        "2025-11-10 07:45",
        "Ohdio – Radio-Canada <ohdio@radio-canada.ca>",
        "Nouvel épisode : l'entrevue de Marie-France Bazzo",
        "fr",
        "Dans ce nouvel épisode, Marie-France Bazzo reçoit une urgentologue pour une entrevue "
        "franche sur les conditions de travail dans les hôpitaux.",
    ),
    n(
        "70",
        "2025-11-11 10:33",
        "Desjardins <NePasRepondre@desjardins.com>",
        "Nouvelle offre sur votre carte de crédit",
        "fr",
        "Mathieu, vous êtes admissible à une augmentation de limite de crédit. Faites votre "
        "demande en quelques clics dans AccèsD.",
    ),
    n(
        "71",
        "2025-11-12 20:55",
        OLIVIER,
        "Re: chalet février?",
        "fr",
        "Réservé! 750 $ pour les trois nuits, on divise en trois familles.",
        **reply("56", OLIVIER),
    ),
    n(
        "72",
        "2025-11-13 09:00",
        "Institut régional de santé publique <webinaires@irsp-quebec.ca>",
        "Rappel – Colloque annuel sur les inégalités de santé",
        "fr",
        "Le colloque annuel se tiendra le 27 novembre au Centre des congrès de Québec. Tarif "
        "réduit pour les membres jusqu'au 20 novembre.",
    ),
    n(
        "73",
        "2025-11-14 14:28",
        "Uber <noreply@uber.com>",
        "Votre course du vendredi après-midi",
        "fr",
        "Merci d'avoir voyagé avec Uber. Total : 18,77 $. De : boul. Laurier à : rue des Érables.",
    ),
    n(
        "74",
        "2025-11-15 11:10",
        "Canadian Tire <info@canadiantire.ca>",
        "Pneus d'hiver : c'est le temps!",
        "fr",
        "Jusqu'à 100 $ en argent Canadian Tire à l'achat de 4 pneus d'hiver sélectionnés.",
    ),
    n(
        "75",
        "2025-11-16 19:00",
        "Tertulia Española Québec <tertulia.quebec@gmail.com>",
        "Fotos de la tertulia de Día de Muertos",
        "es",
        "Gracias a todos por venir. Aquí el enlace con las fotos del altar. ¡Qué bonito quedó!",
    ),
    n(
        "76",
        "2025-11-17 08:40",
        "Gouvernement du Canada <passeport-passport@ircc.canada.ca>",
        "Demande de passeport – accusé de réception",
        "fr",
        "Nous avons reçu votre demande de passeport pour Léa Tremblay-Fortin. Délai de "
        "traitement prévu : 10 jours ouvrables.\n\nPasseport Canada / Passport Canada",
    ),
    n(
        "77",
        "2025-11-18 21:40",
        EMILIE,
        "Mexique",
        "fr",
        "Caro nous invite en mars. J'ai regardé les vols, Air Canada Québec–Mexico avec escale à "
        "Montréal, 780 $ par personne. Les passeports des enfants sont en cours.",
    ),
    n(
        "78",
        "2025-11-19 10:22",
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Rencontre de parents – Léa @ jeu. 20 nov. 2025 18:30",
        "fr",
        "Émilie Fortin vous a invité à « Rencontre de parents – Léa ».\n\nQuand : jeu. 20 nov. "
        "2025 18:30 – 18:45\nOù : École des Pionniers, local 112",
        ics={
            "style": "google",
            "start": "2025-11-20 18:30:00 -0500",
            "minutes": 15,
            "organizer": ("Émilie Fortin", "emilie.fortin82@hotmail.com"),
            "uid": "7d2k3m9a0v8s4r1t6y5u@google.com",
            "summary": "Rencontre de parents – Léa",
            "location": "École des Pionniers, local 112",
        },
    ),
    n(
        "79",
        "2025-11-20 07:10",
        HQ,
        "Votre facture est prête",
        "fr",
        "Votre facture d'électricité de 198,40 $ est disponible dans votre Espace client.",
    ),
    n(
        "80",
        "2025-11-21 13:55",
        "LinkedIn <news-noreply@linkedin.com>",
        "LinkedIn Actualités : les employeurs qui recrutent",
        "fr",
        "Top entreprises 2025 au Canada : où les gens veulent travailler. Découvrez quelles "
        "entreprises recrutent et comment décrocher une entrevue.",
    ),
    n(
        "81",
        "2025-11-22 09:09",
        "Simons <infolettre@simons.ca>",
        "Vendredi fou : jusqu'à 50 %",
        "fr",
        None,
        "<html><body><h1>Vendredi fou</h1><p>Offres incroyables en magasin et en ligne."
        "</p></body></html>",
    ),
    n(
        "82",
        "2025-11-23 18:18",
        "Carolina Méndez <caromendez.mx@gmail.com>",
        "Boletos",
        "es",
        "¿Ya compraron los boletos? Si llegan el 6 de marzo, mi hermano los recoge en el "
        "aeropuerto de la Ciudad de México.",
    ),
    n(
        "83",
        "2025-11-24 11:41",
        "CRA-ARC <notification@cra-arc.gc.ca>",
        "Vous avez du nouveau courrier dans Mon dossier de l'ARC",
        "fr",
        "Vous avez du nouveau courrier de l'Agence du revenu du Canada. Connectez-vous à Mon "
        "dossier pour le consulter.",
    ),
    n(
        "84",
        "2025-11-25 15:07",
        "Dropbox <no-reply@dropbox.com>",
        "Votre espace Dropbox est presque plein",
        "fr",
        "Vous avez utilisé 96 % de vos 2 Go. Passez à Dropbox Plus pour obtenir 2 To.",
    ),
    n(
        "85",
        "2025-11-26 20:20",
        "Olivier Bédard <olivier.bedard@gmail.com>",
        "Re: Hockey cosom jeudi",
        "fr",
        "On a perdu 6-4 mais t'as fait deux buts, bravo champion 🏒",
    ),
    n(
        "86",
        "2025-11-27 08:05",
        "Santé Inc. <infolettre@santeinc.ca>",
        "Dossier : comment le réseau recrute ses analystes",
        "fr",
        "Concours, banques de candidatures, bassins de personnes qualifiées : notre dossier "
        "explique les processus d'embauche du réseau public et les délais moyens (4 à 7 mois).",
    ),
    n(
        "87",
        "2025-11-28 10:30",
        "Moisson Québec <benevolat@moissonquebec.com>",
        "Rappel – Guignolée des médias samedi 6 décembre",
        "fr",
        "Merci de votre engagement! Rappel de votre quart : 9 h à 13 h. Apportez des gants chauds.",
    ),
    n(
        "88",
        "2025-11-29 12:12",
        AMZ,
        "Votre commande a été expédiée",
        "fr",
        "Votre commande n° 702-3341098-7712450 (LEGO Classic, pyjama enfant) a été expédiée.",
    ),
    n(
        "89",
        "2025-11-30 19:50",
        MAMAN,
        "Noël",
        "fr",
        "On fait le réveillon chez nous le 24. Ta soeur arrive de Sherbrooke le 23. Est-ce que "
        "vous couchez ici?",
    ),
    # December
    n(
        "90",
        "2025-12-01 08:30",
        LAPRESSE,
        "Dossier : les fonctionnaires et le télétravail",
        "fr",
        "L'essentiel du lundi : le gouvernement resserre les règles du mode hybride; les "
        "syndicats réagissent.",
    ),
    n(
        "91",
        "2025-12-02 17:35",
        EMILIE,
        "Re: entrevue au ministère",
        "fr",
        "Pis?? Raconte! Ça s'est bien passé?\n\n> Le 2 déc. 2025 à 11:40, Mathieu a écrit :\n> "
        "Je sors de l'entrevue, je t'appelle ce midi",
    ),
    n(
        "92",
        "2025-12-03 09:15",
        "VIA Rail Canada <confirmation@viarail.ca>",
        "Confirmation de réservation – Québec → Montréal",
        "fr",
        "Numéro de réservation : 4KT8QZ\nDépart : 19 déc. 2025, 15 h 05, Gare du Palais\n"
        "Passagers : 2 adultes, 2 enfants",
    ),
    n(
        "93",
        "2025-12-04 12:00",
        "Association québécoise des planificateurs en santé <info@aqps-sante.ca>",
        "Bulletin de décembre – offres d'emploi du réseau",
        "fr",
        None,
        "<html><body><h2>Bulletin AQPS</h2><p>Ce mois-ci : retour sur notre colloque, "
        "cotisation 2026, et la rubrique « Carrières » : les membres peuvent consulter les offres "
        "d'emploi transmises par les établissements dans l'espace membre.</p></body></html>",
    ),
    n(
        "94",
        "2025-12-05 14:44",
        "Desjardins <NePasRepondre@desjardins.com>",
        "AccèsD – Virement Interac reçu",
        "fr",
        "Olivier Bédard vous a envoyé 250,00 $ (chalet). Le dépôt a été effectué automatiquement.",
    ),
    n(
        "95",
        "2025-12-06 18:10",
        "Moisson Québec <benevolat@moissonquebec.com>",
        "Merci! Résultats de la Guignolée",
        "fr",
        "Grâce à vous, 412 000 $ et 38 tonnes de denrées ont été amassés. Merci!",
    ),
    n(
        "96",
        "2025-12-07 10:00",
        "Netflix <info@account.netflix.com>",
        "Nouveautés pour les Fêtes",
        "fr",
        "Des films de Noël pour toute la famille cette semaine sur Netflix.",
    ),
    n(
        "97",
        "2025-12-08 08:50",
        "Ville de Québec <ne-pas-repondre@ville.quebec.qc.ca>",
        "Avis de déneigement – opération en cours",
        "fr",
        "Une opération de déneigement aura lieu cette nuit dans votre secteur (Maizerets). "
        "Déplacez votre véhicule entre 19 h et 7 h.",
    ),
    n(
        "98",
        "2025-12-09 20:20",
        "Carolina Méndez <caromendez.mx@gmail.com>",
        "Feliz Navidad adelantada",
        "es",
        "Les mando un abrazo enorme. Les envié una caja con dulces mexicanos para los niños, "
        "debería llegar antes de Navidad.",
    ),
    n(
        "99",
        "2025-12-10 13:30",
        "Postes Canada <notification@postescanada.ca>",
        "Votre colis est en route",
        "fr",
        "Votre colis LM502288311MX est en transit. Livraison prévue : 18 décembre.",
    ),
    n(
        "100",
        "2025-12-11 09:00",
        "The Health Policy Brief <brief@healthpolicybrief.substack.com>",
        "Year in review: the offers governments couldn't refuse",
        "en",
        "Our year-end issue: the federal health transfers deal, the offers made to provinces, "
        "and five interviews we loved in 2025.",
    ),
    n(
        "101",
        "2025-12-12 16:16",
        LI_N,
        "Mathieu, 8 personnes ont consulté votre profil",
        "fr",
        "Découvrez qui a consulté votre profil : un recruteur du Ministère de la Santé et du "
        "Mieux-être, un(e) analyste chez SQIS et 6 autres.\n\nEssai Premium gratuit",
    ),
    n(
        "102",
        "2025-12-13 11:45",
        EMILIE,
        "liste de Noël",
        "fr",
        "Voici la liste pour les enfants : Léa - livres Dog Man, patins; Félix - camion de "
        "pompier, pyjama. Pour ta mère : un foulard?",
    ),
    n(
        "103",
        "2025-12-14 19:25",
        "Gestion Immobilière Saint-Roch <location@gisaintroch.ca>",
        "Nouvelles unités disponibles en 2026",
        "fr",
        "Vous avez déjà manifesté de l'intérêt pour nos immeubles. De nouvelles unités seront "
        "disponibles le 1er juillet 2026. Offre spéciale : un mois gratuit.",
    ),
    n(
        "104",
        "2025-12-15 08:10",
        "École primaire des Pionniers <pionniers@cssdc-pionniers.ca>",
        "Spectacle de Noël – jeudi 18 décembre",
        "fr",
        "Le spectacle de Noël aura lieu jeudi à 13 h 30 au gymnase. Les parents sont bienvenus.",
    ),
    n(
        "105",
        "2025-12-16 12:50",
        "Énergie Cardio <info@energiecardio.com>",
        "Offre du temps des Fêtes",
        "fr",
        "Offrez un abonnement de 3 mois à 99 $. Offre valide jusqu'au 31 décembre.",
    ),
    n(
        "106",
        "2025-12-17 21:05",
        OLIVIER,
        "chalet - liste",
        "fr",
        "J'ai fait une liste pour le chalet (bouffe, bois, raquettes). Chacun ajoute ce qu'il "
        "apporte dans le Google Doc.",
    ),
    n(
        "107",
        "2025-12-18 10:00",
        "Air Canada <confirmation@aircanada.ca>",
        "Confirmation de réservation – YQB → MEX",
        "fr",
        "Numéro de réservation : 8PLR2N\nVol AC 1842 YQB–YUL–MEX, 6 mars 2026\n4 passagers\n"
        "Total : 3 188,60 $",
    ),
    n(
        "108",
        "2025-12-19 15:00",
        "Uber Eats <uber@uber.com>",
        "Un petit creux pour le train?",
        "fr",
        "Commandez maintenant et obtenez 5 $ de rabais sur votre prochaine commande.",
    ),
    n(
        "109",
        "2025-12-21 11:30",
        MAMAN,
        "Re: Noël",
        "fr",
        "Parfait, j'ai préparé les lits. Apportez les raquettes si jamais il neige.",
        **reply("89", MAMAN),
    ),
    n(
        "110",
        "2025-12-23 09:00",
        "CRA-ARC <notification@cra-arc.gc.ca>",
        "Paiement du crédit pour la TPS/TVH",
        "fr",
        "Votre paiement du crédit pour la TPS/TVH a été déposé dans votre compte.",
    ),
    n(
        "111",
        "2025-12-26 13:13",
        "Amazon.ca <store-news@amazon.ca>",
        "Aubaines de l'après-Noël",
        "fr",
        "Jusqu'à 40 % sur des milliers d'articles. Offres d'une durée limitée.",
    ),
    n(
        "112",
        "2025-12-29 10:45",
        "Carolina Méndez <caromendez.mx@gmail.com>",
        "¡Feliz año nuevo!",
        "es",
        "¡Feliz año nuevo a toda la familia! Nos vemos pronto en Puebla.",
    ),
    # January
    n(
        "113",
        "2026-01-02 09:30",
        HQ,
        "Votre facture est prête",
        "fr",
        "Votre facture d'électricité de 263,12 $ est disponible dans votre Espace client.",
    ),
    n(
        "114",
        "2026-01-05 08:00",
        LAPRESSE,
        "L'essentiel du lundi",
        "fr",
        "Les résolutions de la rentrée, la tempête de la semaine et la grande entrevue avec le "
        "ministre de la Santé.",
    ),
    n(
        "115",
        "2026-01-06 19:40",
        EMILIE,
        "garderie!!",
        "fr",
        "Le CPE Les Petits Pinsons a appelé : ils ont une place pour Félix en février!!! Je "
        "t'envoie le courriel.",
    ),
    n(
        "116",
        "2026-01-07 10:15",
        "CPE Les Petits Pinsons <direction@cpepetitspinsons.ca>",
        "Offre de place – Félix Tremblay-Fortin",
        "fr",
        "Bonjour Mme Fortin et M. Tremblay-Roy,\n\nNous avons le plaisir de vous offrir une "
        "place à contribution réduite pour Félix à compter du 2 février 2026. Merci de "
        "confirmer votre acceptation de l'offre d'ici le 14 janvier, sans quoi la place sera "
        "offerte à la famille suivante.\n\nAnnie Roberge, directrice\nCPE Les Petits Pinsons",
    ),
    n(
        "117",
        "2026-01-08 17:20",
        "CPE Les Petits Pinsons <direction@cpepetitspinsons.ca>",
        "Re: Offre de place – Félix Tremblay-Fortin",
        "fr",
        "Merci pour votre acceptation! Rencontre d'accueil le 27 janvier à 17 h. Apportez le "
        "carnet de vaccination.\n\nAnnie",
        **reply("116", "x@cpepetitspinsons.ca"),
    ),
    n(
        "118",
        "2026-01-09 12:00",
        "TÉLUQ <registraire@teluq.ca>",
        "Début de votre trimestre d'hiver",
        "fr",
        "Votre cours SCD 1001 commence le 12 janvier. Votre tuteur communiquera avec vous.",
    ),
    n(
        "119",
        "2026-01-10 11:30",
        "Olivier Bédard <olivier.bedard@gmail.com>",
        "nouvel an",
        "fr",
        "Merci pour la soirée du 31, c'était malade. Faut refaire ça!",
    ),
    n(
        "120",
        "2026-01-12 09:45",
        "Tertulia Española Québec <tertulia.quebec@gmail.com>",
        "Tertulias de invierno 2026",
        "es",
        "¡Feliz año! Retomamos las tertulias el 22 de enero. Nuevo lugar: la bibliothèque "
        "Gabrielle-Roy, sala 3.",
    ),
    n(
        "121",
        "2026-01-13 14:40",
        DESJ,
        "Votre demande de carte de crédit a été approuvée",
        "fr",
        "Félicitations! Votre demande de carte Visa Desjardins Odyssée a été approuvée. Vous "
        "recevrez votre carte par la poste d'ici 10 jours ouvrables.",
    ),
    n(
        "122",
        "2026-01-14 18:05",
        EMILIE,
        "Re: offre!!!",
        "fr",
        "JE SUIS TELLEMENT FIÈRE DE TOI ❤️ On fête ça vendredi au restaurant.\n\n> Le 13 janv. "
        "2026 à 16:30, Mathieu a écrit :\n> J'ai eu l'offre du ministère!!",
    ),
    n(
        "123",
        "2026-01-15 07:30",
        "Santé Inc. <infolettre@santeinc.ca>",
        "Les 10 employeurs qui recrutent le plus en 2026",
        "fr",
        "Notre classement annuel : les établissements et organismes qui prévoient le plus "
        "d'embauches en 2026, et les professions les plus recherchées.",
    ),
    n(
        "124",
        "2026-01-16 20:20",
        MAMAN,
        "Bravo!",
        "fr",
        "Émilie m'a dit pour ton nouvel emploi! Ton père est bien fier. On t'embrasse fort.",
    ),
    n(
        "125",
        "2026-01-18 10:10",
        LI_N,
        "Partagez votre nouvelle : mettez à jour votre profil",
        "fr",
        "Vous avez un nouvel emploi? Mettez à jour votre profil pour en informer votre réseau.",
    ),
    n(
        "126",
        "2026-01-20 13:30",
        "Clinique médicale Saint-Sacrement <rendezvous@bonjour-sante.ca>",
        "Confirmation de votre rendez-vous",
        "fr",
        "Bonjour Mathieu,\n\nRendez-vous confirmé : mardi 27 janvier 2026 à 7 h 50, prélèvements "
        "sanguins. À jeun depuis minuit.\n\nBonjour-santé",
        ics={
            "style": "google",
            "start": "2026-01-27 07:50:00 -0500",
            "minutes": 15,
            "organizer": ("Bonjour-santé", "rendezvous@bonjour-sante.ca"),
            "uid": "bjs-rdv-90177344@bonjour-sante.ca",
            "summary": "Prélèvements sanguins",
            "location": "Clinique médicale Saint-Sacrement, Québec",
        },
    ),
    n(
        "127",
        "2026-01-22 08:40",
        "Vidéotron <info@videotron.com>",
        "Votre facture Vidéotron",
        "fr",
        "Votre facture de 167,24 $ est disponible. Prélèvement le 31 janvier.",
    ),
    n(
        "128",
        "2026-01-24 16:00",
        "Netflix <info@account.netflix.com>",
        "Top 10 au Canada cette semaine",
        "fr",
        "Ce qui est populaire au Canada cette semaine.",
    ),
    n(
        "129",
        "2026-01-27 09:20",
        "The Health Policy Brief <brief@healthpolicybrief.substack.com>",
        "Who gets hired to plan health systems?",
        "en",
        "A look at job postings for health planners across Canada, and an interview with a "
        "recruiter who explains what hiring committees actually look for.",
    ),
    n(
        "130",
        "2026-01-29 19:10",
        OLIVIER,
        "Re: chalet - liste",
        "fr",
        "Il reste juste toi qui as pas mis ta part dans le doc!! 😄",
        **reply("106", OLIVIER),
    ),
    # February
    n(
        "131",
        "2026-02-02 07:15",
        EMILIE,
        "premier jour",
        "fr",
        "Bonne première journée au ministère! Félix commence au CPE aussi, grosse journée pour "
        "les gars de la famille. Je t'aime",
    ),
    n(
        "132",
        "2026-02-03 12:30",
        "Revenu Québec <ne-pas-repondre@revenuquebec.ca>",
        "Relevés fiscaux disponibles",
        "fr",
        "Vos relevés fiscaux 2025 seront disponibles dans Mon dossier d'ici la fin février.",
    ),
    n(
        "133",
        "2026-02-05 10:05",
        "LinkedIn <news-noreply@linkedin.com>",
        "Mathieu, 5 offres d'emploi que vous pourriez aimer",
        "fr",
        "Basé sur votre profil : ces entreprises recrutent. Postulez en un clic.\n\n"
        "(Vous pouvez désactiver ces recommandations dans vos paramètres.)",
    ),
    n(
        "134",
        "2026-02-07 09:30",
        "Zoom <no-reply@zoom.us>",
        "Confirmation d'inscription au webinaire",
        "fr",
        "Merci de votre inscription à « Se préparer à une entrevue d'embauche dans le secteur "
        "public ». Date : 19 févr. 2026 12:00 PM Heure de l'Est. Présenté par la Bibliothèque de "
        "Québec.",
        ics={
            "style": "google",
            "start": "2026-02-19 12:00:00 -0500",
            "minutes": 60,
            "organizer": ("Zoom", "no-reply@zoom.us"),
            "uid": "zoom-90321-webinar@zoom.us",
            "summary": "Se préparer à une entrevue d'embauche dans le secteur public",
            "location": "https://us02web.zoom.us/w/90321",
        },
    ),
    n(
        "135",
        "2026-02-09 14:14",
        DESJ,
        "AccèsD – Alerte : dépôt reçu",
        "fr",
        "Un dépôt de 2 688,10 $ (Gouvernement du Québec – paie) a été effectué dans votre compte.",
    ),
    n(
        "136",
        "2026-02-11 18:45",
        OLIVIER,
        "chalet vendredi",
        "fr",
        "On part à 16 h de chez nous. Apporte le bois et les saucisses!",
    ),
    n(
        "137",
        "2026-02-16 20:30",
        "Airbnb <automated@airbnb.com>",
        "Laissez un commentaire pour Chalet du Mont",
        "fr",
        "Comment s'est passé votre séjour au Chalet du Mont à Saint-Ferréol-les-Neiges? "
        "Laissez un commentaire à votre hôte.",
    ),
    n(
        "138",
        "2026-02-20 11:20",
        "Carolina Méndez <caromendez.mx@gmail.com>",
        "¡Ya casi!",
        "es",
        "¡Faltan dos semanas! Ya preparé el cuarto de los niños. ¿Necesitan algo de aquí?",
    ),
    n(
        "139",
        "2026-02-24 08:00",
        LAPRESSE,
        "L'essentiel du mardi",
        "fr",
        "Budget provincial : quelles conséquences pour le réseau de la santé? Et une entrevue "
        "avec la PDG de Santé Québec.",
    ),
    n(
        "140",
        "2026-02-26 17:50",
        "Air Canada <notification@aircanada.ca>",
        "Enregistrement en ligne bientôt ouvert",
        "fr",
        "Votre vol AC 1842 du 6 mars : l'enregistrement ouvrira 24 heures avant le départ.",
    ),
]
