# ruff: noqa: E501, RUF100
"""Corpus 104, the rest of a Casablanca inbox (data only): see heldout104.py."""

from __future__ import annotations

from typing import Any

from heldout104_jobs import m

FR = ("not_job", "fr")
EN = ("not_job", "en")


def N(key, when, frm, subject, text=None, html=None, lang="fr", **kw):
    return m(key, when, frm, subject, FR if lang == "fr" else EN, text, html, **kw)


ME = "Yasmine El Ouazzani <yasmine.elouazzani@gmail.com>"
BANK = "Banque Atlantique du Maroc <notifications@bam-atlantique.ma>"
MAMAN = "Latifa El Ouazzani <latifa.elouazzani52@gmail.com>"
SALMA = "Salma Berrada <salma.berrada@outlook.com>"
ANAS = "Anas Chami <anas.chami@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- apartment rental (Maârif) ---------------------------------------------------
    N(
        "73002",
        "2025-09-03 12:10",
        "Dar Immo Maârif <contact@darimmo-maarif.ma>",
        "Visite appartement rue Abou Kacem Echabi - confirmation",
        "Bonjour Madame,\n\nJe vous confirme la visite de l'appartement (2 chambres, 85 m², 6 500 MAD/mois hors charges) samedi 6 septembre à 11h. Le gardien vous attendra devant l'immeuble.\n\nMounir\nDar Immo Maârif",
    ),
    N(
        "73005",
        "2025-09-08 17:30",
        "Dar Immo Maârif <contact@darimmo-maarif.ma>",
        "Votre dossier de candidature pour l'appartement",
        "Bonjour Madame El Ouazzani,\n\nSuite à votre visite, merci de compléter votre dossier de candidature locataire : copie CIN, 3 dernières fiches de paie ou attestation de travail, attestation de salaire, et le cas échéant un garant. Le propriétaire étudiera les candidatures cette semaine.\n\nCordialement,\nMounir Haddaoui - Dar Immo Maârif",
    ),
    N(
        "73009",
        "2025-09-15 10:02",
        "Dar Immo Maârif <contact@darimmo-maarif.ma>",
        "RE: Votre dossier de candidature pour l'appartement",
        "Bonjour Madame,\n\nBonne nouvelle : le propriétaire a retenu votre candidature. Le bail peut être signé jeudi à l'agence. Prévoir 2 mois de caution et 1 mois d'avance, ainsi que la légalisation de signature à la commune.\n\nMounir",
    ),
    N(
        "73013",
        "2025-09-18 09:00",
        "Dar Immo Maârif <contact@darimmo-maarif.ma>",
        "Contrat de bail - projet",
        "Madame,\n\nVeuillez trouver ci-joint le projet de contrat de bail. Loyer : 6 500 MAD, charges syndic : 350 MAD. Prise d'effet au 1er octobre 2025.\n\nDar Immo Maârif",
        attach=[("Bail_Maarif_ElOuazzani.pdf", "application/pdf", "%PDF-1.4 bail")],
    ),
    # --- crédit immobilier ---------------------------------------------------------------
    N(
        "73040",
        "2025-11-03 11:45",
        BANK,
        "Votre demande de crédit immobilier n° CI-2025-77410",
        "Madame El Ouazzani,\n\nNous accusons réception de votre demande de crédit immobilier « Dar Atlantique » (montant sollicité : 850 000 MAD, durée 20 ans). Votre conseiller vous contactera pour compléter votre dossier (attestation de salaire, relevés bancaires 6 mois, compromis de vente).\n\nBanque Atlantique du Maroc",
    ),
    N(
        "73052",
        "2025-11-24 16:20",
        "Hajar Kabbaj <h.kabbaj@bam-atlantique.ma>",
        "Dossier crédit immobilier - pièces manquantes",
        "Bonjour Madame,\n\nVotre dossier de crédit est presque complet. Il me manque votre attestation de travail récente et le certificat de propriété (conservation foncière) du bien. Pourriez-vous passer à l'agence Ghandi ?\n\nHajar Kabbaj\nConseillère clientèle - Agence Ghandi",
    ),
    N(
        "73078",
        "2026-02-09 10:05",
        BANK,
        "Accord de principe - crédit immobilier CI-2025-77410",
        "Madame,\n\nNous avons le plaisir de vous informer que votre demande de crédit immobilier a reçu un accord de principe, sous réserve de la présentation de votre contrat de travail définitif et de l'assurance décès-invalidité. L'offre de prêt vous sera remise en agence.\n\nBanque Atlantique du Maroc",
    ),
    N(
        "73025",
        "2025-10-09 08:30",
        BANK,
        "Offre exclusive : votre carte Visa Platinum à 0 MAD la 1re année",
        html="<html><body><h2>Une offre rien que pour vous, Yasmine</h2><p>Passez à la carte Visa Platinum : plafonds relevés, assurance voyage, accès salons aéroport. Cotisation offerte la première année.</p><p>Demandez-la en 2 clics depuis votre appli.</p><p><small>Offre soumise à conditions et à acceptation du dossier.</small></p></body></html>",
    ),
    N(
        "73059",
        "2025-12-11 08:30",
        BANK,
        "Votre demande de carte Visa Platinum a été acceptée",
        "Madame,\n\nVotre demande de carte Visa Platinum a été acceptée. Votre carte sera disponible à l'agence Ghandi sous 7 jours ouvrés. Le code secret vous sera adressé séparément.\n\nBanque Atlantique du Maroc",
    ),
    N(
        "73066",
        "2025-12-29 14:00",
        BANK,
        "Offres de fin d'année : -20 % chez nos partenaires",
        html="<html><body><p>Profitez de nos offres partenaires avec votre carte : -20 % chez Electroplanet*, -15 % sur vos billets d'avion, et 3 mois sans frais.</p><p>*voir conditions</p></body></html>",
    ),
    # --- CNSS, DGI, AMO --------------------------------------------------------------
    N(
        "73018",
        "2025-09-26 09:40",
        "CNSS <noreply@cnss.ma>",
        "Votre relevé de situation individuelle",
        "Madame EL OUAZZANI YASMINE,\n\nVotre relevé de situation individuelle (périodes déclarées et salaires) est disponible sur votre espace Ma CNSS. N° d'immatriculation : 1 284 117 39.\n\nCaisse Nationale de Sécurité Sociale",
    ),
    N(
        "73034",
        "2025-10-27 11:15",
        "CNSS <noreply@cnss.ma>",
        "AMO - remboursement de votre dossier maladie",
        "Madame,\n\nVotre dossier maladie n° 2025-10-448812 a été traité. Montant remboursé : 412,60 MAD, virement sur votre compte sous 48h.\n\nCNSS - Assurance Maladie Obligatoire",
    ),
    N(
        "73061",
        "2025-12-16 11:15",
        "CNSS <noreply@cnss.ma>",
        "AMO - accusé de réception de votre dossier",
        "Madame,\n\nNous accusons réception de votre dossier maladie déposé le 12/12/2025 (feuille de soins dentaires). Il sera traité dans un délai de 30 jours.\n\nCNSS",
    ),
    N(
        "73082",
        "2026-02-19 09:40",
        "CNSS <noreply@cnss.ma>",
        "Mise à jour de vos données - nouvel employeur",
        "Madame,\n\nUne nouvelle déclaration de salarié vous concernant a été enregistrée. Pensez à vérifier votre situation sur Ma CNSS.\n\nCNSS",
    ),
    N(
        "73036",
        "2025-10-29 10:00",
        "DGI - Direction Générale des Impôts <noreply@tax.gov.ma>",
        "Rappel : paiement de la taxe d'habitation",
        "Madame,\n\nNous vous rappelons que la taxe de services communaux relative à votre logement est exigible. Vous pouvez la régler en ligne sur le portail Simpl.\n\nDirection Générale des Impôts",
    ),
    N(
        "73075",
        "2026-02-02 10:00",
        "DGI - Direction Générale des Impôts <noreply@tax.gov.ma>",
        "Déclaration annuelle des revenus 2025 - ouverture",
        "Madame,\n\nLa campagne de dépôt des déclarations annuelles des revenus au titre de l'année 2025 est ouverte jusqu'au 28 février 2026 sur le portail Simpl-IR.\n\nDGI",
    ),
    N(
        "73079",
        "2026-02-11 19:31",
        "DGI - Direction Générale des Impôts <noreply@tax.gov.ma>",
        "Accusé de réception - déclaration Simpl-IR",
        "Madame,\n\nVotre déclaration de revenus 2025 a bien été déposée le 11/02/2026. Numéro de dépôt : IR-2026-0042817.\n\nDGI",
    ),
    # --- padel club ------------------------------------------------------------------------
    N(
        "73007",
        "2025-09-10 20:05",
        "Anfa Padel Club <inscriptions@anfapadel.ma>",
        "Confirmation de votre inscription - saison 2025/2026",
        "Bonjour Yasmine,\n\nVotre inscription à l'Anfa Padel Club pour la saison 2025/2026 est confirmée (formule adulte intermédiaire, mardi et jeudi 19h). Certificat médical à déposer à l'accueil avant le 30 septembre.\n\nSportivement,\nAnfa Padel Club",
    ),
    N(
        "73031",
        "2025-10-21 12:00",
        "Anfa Padel Club <inscriptions@anfapadel.ma>",
        "Tournoi interne d'automne - inscriptions ouvertes",
        "Bonjour à toutes et à tous,\n\nLes inscriptions pour le tournoi interne (8 et 9 novembre) sont ouvertes jusqu'au 1er novembre. Formez vos binômes !\n\nAnfa Padel Club",
    ),
    N(
        "73056",
        "2025-12-04 09:12",
        "Anfa Padel Club <inscriptions@anfapadel.ma>",
        "Offre de Noël : 2 mois offerts pour un parrainage",
        html="<html><body><p>Parrainez un ami et recevez 2 mois offerts ! Offre valable jusqu'au 31 décembre.</p><p>Anfa Padel Club</p></body></html>",
    ),
    # --- newsletters with "interview" and about hiring -----------------------------------
    N(
        "73011",
        "2025-09-16 06:30",
        "L'Éco Hebdo <newsletter@ecohebdo.ma>",
        "Interview : « Le contrôle de gestion doit devenir un partenaire business »",
        html="<html><body><h2>L'interview de la semaine</h2><p>La DAF d'un grand groupe de distribution revient sur la transformation de la fonction finance au Maroc.</p><p>Aussi : la Bourse de Casablanca clôture en hausse, le PLF 2026 en 5 points.</p></body></html>",
    ),
    N(
        "73029",
        "2025-10-14 06:30",
        "L'Éco Hebdo <newsletter@ecohebdo.ma>",
        "Recrutement : les profils finance les plus recherchés en 2026",
        html="<html><body><h2>Emploi</h2><p>Contrôleurs de gestion, consolideurs IFRS et analystes FP&amp;A : les cabinets de recrutement constatent une pénurie. Salaires, offshoring, départs vers le Golfe : notre enquête.</p></body></html>",
    ),
    N(
        "73044",
        "2025-11-11 06:30",
        "L'Éco Hebdo <newsletter@ecohebdo.ma>",
        "Grand entretien avec le ministre de l'Industrie",
        html="<html><body><p>Dans notre grand entretien, le ministre détaille la stratégie automobile de Tanger Med et Kénitra.</p></body></html>",
    ),
    N(
        "73063",
        "2025-12-23 06:30",
        "L'Éco Hebdo <newsletter@ecohebdo.ma>",
        "Spécial fin d'année : les offres de nos partenaires",
        html="<html><body><p>Abonnez-vous à L'Éco Hebdo Premium : offre spéciale -50 % jusqu'au 31 décembre.</p></body></html>",
    ),
    N(
        "73072",
        "2026-01-20 06:30",
        "L'Éco Hebdo <newsletter@ecohebdo.ma>",
        "Interview : un DRH raconte comment il recrute ses cadres financiers",
        html="<html><body><h2>L'interview de la semaine</h2><p>Tests psychotechniques, études de cas, entretiens en anglais : le DRH d'un industriel explique son processus. Notre conseil : préparez vos chiffres.</p></body></html>",
    ),
    N(
        "73024",
        "2025-10-07 12:00",
        "DFCG Maroc <evenements@dfcg-maroc.org>",
        "Webinaire : IFRS 18 et reporting de gestion - 16 octobre",
        "Chers membres,\n\nNous vous invitons au webinaire « IFRS 18 : quel impact sur le reporting de gestion ? » le jeudi 16 octobre à 18h, animé par deux associés de cabinet. Invitation Teams ci-jointe.\n\nDFCG Maroc - Association des directeurs financiers et contrôleurs de gestion",
        ics={
            "uid": "dfcg-webinaire-1016",
            "start": "2025-10-16 18:00:00 +0100",
            "summary": "Webinaire DFCG - IFRS 18 et reporting",
            "organizer": ("DFCG Maroc", "evenements@dfcg-maroc.org"),
            "location": "Microsoft Teams",
            "minutes": 90,
            "style": "outlook",
        },
    ),
    N(
        "73050",
        "2025-11-20 12:00",
        "DFCG Maroc <evenements@dfcg-maroc.org>",
        "Petit-déjeuner débat : le contrôleur de gestion face à l'IA",
        "Chers membres,\n\nRendez-vous le 4 décembre à 8h30 à l'hôtel Kenzi Tower pour un petit-déjeuner débat. Inscription obligatoire.\n\nDFCG Maroc",
    ),
    N(
        "73038",
        "2025-10-31 07:00",
        "Le Café du Contrôleur <podcast@cafeducontroleur.fr>",
        "Nouvel épisode : interview d'une contrôleuse de gestion partie à Dubaï",
        html="<html><body><p>Épisode 48 : Rania nous raconte son expatriation, ses entretiens, et ce qui change dans le contrôle de gestion aux Émirats. 42 minutes.</p><p>Écouter sur votre plateforme préférée</p></body></html>",
    ),
    N(
        "73068",
        "2026-01-05 07:00",
        "Le Café du Contrôleur <podcast@cafeducontroleur.fr>",
        "Épisode 52 : l'entretien d'embauche du DAF (et ses pièges)",
        html="<html><body><p>Cette semaine, un chasseur de têtes nous explique ce qu'il attend en entretien pour un poste de DAF.</p></body></html>",
    ),
    # --- LinkedIn social notifications -----------------------------------------------------
    N(
        "73015",
        "2025-09-21 17:40",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Félicitez Omar Tahiri pour son nouveau poste",
        html="<html><body><p>Omar Tahiri a commencé un nouveau poste de Directeur financier chez un groupe de BTP.</p><p>Dites félicitations</p></body></html>",
    ),
    N(
        "73032",
        "2025-10-23 09:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Vous êtes apparue dans 27 recherches cette semaine",
        html="<html><body><p>Yasmine, vous êtes apparue dans 27 recherches cette semaine. Des recruteurs de secteurs Finance et Industrie ont consulté votre profil.</p></body></html>",
    ),
    N(
        "73048",
        "2025-11-17 18:02",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Salma Berrada a publié : « Nouvelle aventure à Dubaï ! »",
        html="<html><body><p>Salma Berrada : « Ravie d'annoncer que je rejoins une société de conseil à Dubaï en tant que Senior Manager... »</p></body></html>",
    ),
    N(
        "73070",
        "2026-01-14 09:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Yasmine, 4 personnes ont consulté votre profil",
        html="<html><body><p>Découvrez qui a consulté votre profil. Essayez Premium gratuitement pendant 1 mois.</p></body></html>",
    ),
    N(
        "73077",
        "2026-02-06 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Karim Tazi a commenté votre publication",
        html="<html><body><p>Karim Tazi a commenté : « Félicitations Yasmine et bonne route à Tanger ! »</p></body></html>",
    ),
    # --- friends and family -----------------------------------------------------------------
    N(
        "73004",
        "2025-09-06 22:15",
        MAMAN,
        "Dîner vendredi",
        "Ma chérie,\n\nTon père demande si tu viens dîner vendredi, ta tante Khadija sera là avec les enfants. Je fais une pastilla.\n\nBisous,\nMaman",
    ),
    N(
        "73020",
        "2025-09-29 13:05",
        SALMA,
        "Des nouvelles !",
        "Coucou Yasmine,\n\nÇa y est, j'ai eu l'offre du cabinet à Dubaï, je signe la semaine prochaine !! Les entretiens étaient intenses (4 tours, une étude de cas en anglais...). Et toi, ça avance tes candidatures ? Raconte-moi.\n\nBisous,\nSalma",
    ),
    N(
        "73022",
        "2025-10-02 21:48",
        ME,
        "Re: Des nouvelles !",
        "Salma !! Félicitations, tu le mérites tellement. De mon côté ça bouge un peu, j'ai passé des tests chez un cimentier et j'ai un cabinet qui me propose un poste. On s'appelle ce week-end ?\n\nYasmine\n\nLe lun. 29 sept. 2025 à 13:05, Salma Berrada a écrit :\n> Ça y est, j'ai eu l'offre du cabinet à Dubaï",
        to=SALMA,
    ),
    N(
        "73033",
        "2025-10-25 10:20",
        ANAS,
        "Flousy",
        "Salut Yasmine,\n\nTu te rappelles de Mehdi de l'ENCG ? Il a monté Flousy, ça marche fort. Je lui ai parlé de toi, il va peut-être te contacter. Sinon on se voit au match dimanche ?\n\nAnas",
    ),
    N(
        "73046",
        "2025-11-15 11:30",
        MAMAN,
        "Mariage de Nisrine",
        "Yasmine,\n\nLe mariage de ta cousine Nisrine est le 20 décembre à Fès. Je t'ai mis le faire-part. Il faudra réserver le train.\n\nMaman",
        attach=[("Faire-part_Nisrine.jpg", "image/jpeg", "JFIF faire-part")],
    ),
    N(
        "73058",
        "2025-12-08 19:04",
        "Nisrine Alaoui <nisrine.alaoui@gmail.com>",
        "Invitation : henna vendredi 19",
        "Coucou les filles,\n\nLa soirée henna aura lieu chez ma mère vendredi 19 décembre à partir de 20h. Venez nombreuses !\n\nNisrine",
        ics={
            "uid": "henna-nisrine-1219",
            "start": "2025-12-19 20:00:00 +0100",
            "summary": "Soirée henna Nisrine",
            "organizer": ("Nisrine Alaoui", "nisrine.alaoui@gmail.com"),
            "location": "Fès, quartier Atlas",
            "minutes": 240,
            "style": "google",
        },
    ),
    N(
        "73069",
        "2026-01-08 21:02",
        SALMA,
        "Re: Tanger !",
        "Mais c'est génial, contrôleuse de gestion d'une usine auto, tu vas adorer ! Ils te proposent quoi comme package ? Et l'appart à Casa, tu le gardes ?\n\nSalma",
    ),
    N(
        "73074",
        "2026-01-29 20:40",
        ANAS,
        "Bravo !",
        "Yasmine, Mehdi m'a dit que tu avais accepté un poste à Tanger, félicitations ! Dommage pour Flousy mais c'est une belle boîte. On fête ça avant ton départ ?\n\nAnas",
    ),
    N(
        "73081",
        "2026-02-14 10:00",
        MAMAN,
        "Ton départ",
        "Ma fille,\n\nTon père a trouvé quelqu'un à Tanger qui loue un studio près de Malabata, je t'envoie son numéro. Ramadan commence bientôt, tu viendras le premier ftour à la maison ?\n\nMaman",
    ),
    N(
        "73062",
        "2025-12-20 09:00",
        "Youssef El Ouazzani <youssef.elouazzani@gmail.com>",
        "Photos mariage",
        "Salut sœurette, voici le lien vers les photos du mariage : https://photos.app.goo.gl/nisrine-2025\n\nYoussef",
    ),
    # --- dentist, health ------------------------------------------------------------------------
    N(
        "73027",
        "2025-10-11 09:00",
        "Cabinet Dentaire Dr Benkirane <rdv@dr-benkirane-dentiste.ma>",
        "Rappel de votre rendez-vous",
        "Bonjour Madame El Ouazzani,\n\nNous vous rappelons votre rendez-vous le mercredi 15 octobre à 18h30 au cabinet (bd Anfa, 3e étage). En cas d'empêchement, merci de prévenir 24h à l'avance.\n\nCabinet du Dr Benkirane",
        ics={
            "uid": "dentiste-1015",
            "start": "2025-10-15 18:30:00 +0100",
            "summary": "Rendez-vous dentiste - Dr Benkirane",
            "organizer": ("Cabinet Dr Benkirane", "rdv@dr-benkirane-dentiste.ma"),
            "location": "Bd d'Anfa, Casablanca",
            "minutes": 30,
            "style": "google",
        },
    ),
    N(
        "73060",
        "2025-12-12 09:00",
        "Cabinet Dentaire Dr Benkirane <rdv@dr-benkirane-dentiste.ma>",
        "Votre feuille de soins",
        "Madame,\n\nVeuillez trouver ci-joint votre feuille de soins pour votre dossier AMO.\n\nCabinet du Dr Benkirane",
        attach=[("Feuille_soins.pdf", "application/pdf", "%PDF-1.4 feuille de soins")],
    ),
    # --- travel --------------------------------------------------------------------------
    N(
        "73047",
        "2025-11-16 14:22",
        "ONCF <e-billet@oncf-voyages.ma>",
        "Votre e-billet Casa Voyageurs - Fès",
        "Bonjour,\n\nMerci pour votre achat. Trajet : Casa Voyageurs → Fès, 19/12/2025 10:15. Voiture 4, place 52. Retour 21/12/2025 16:40.\n\nONCF - Bon voyage",
    ),
    N(
        "73065",
        "2026-01-06 11:01",
        "ONCF <e-billet@oncf-voyages.ma>",
        "Votre e-billet Al Boraq Casa Voyageurs - Tanger Ville",
        "Bonjour,\n\nTrajet Al Boraq : Casa Voyageurs → Tanger Ville, 08/01/2026 06:05. Voiture 3, place 17. Présentez ce billet au contrôle.\n\nONCF",
    ),
    N(
        "73073",
        "2026-01-24 15:30",
        "Voyages Tingis <reservations@voyages-tingis.ma>",
        "Confirmation de votre réservation - Hôtel Atlas Malabata",
        "Madame,\n\nVotre réservation est confirmée : 2 nuits du 27 au 29 février 2026, chambre double vue mer. Annulation gratuite jusqu'à 48h avant.\n\nVoyages Tingis - Tanger",
    ),
    # --- misc ------------------------------------------------------------------------------------
    N(
        "73016",
        "2025-09-23 13:00",
        "FormaPro <hello@formapro-academy.com>",
        "Votre candidature au programme Power BI avancé est validée",
        "Bonjour Yasmine,\n\nBonne nouvelle, votre candidature au programme certifiant « Power BI avancé pour la finance » (session d'octobre) a été retenue. Merci de finaliser votre inscription et le paiement avant le 30 septembre.\n\nL'équipe FormaPro",
    ),
    N(
        "73042",
        "2025-11-06 18:00",
        "FormaPro <hello@formapro-academy.com>",
        "Votre certificat Power BI avancé",
        "Félicitations Yasmine ! Vous avez terminé le programme. Votre certificat est téléchargeable depuis votre espace et peut être ajouté à LinkedIn.\n\nFormaPro",
    ),
    N(
        "73035",
        "2025-10-28 08:00",
        "Assurances Sanad Atlas <contact@sanad-atlas.ma>",
        "Renouvellement de votre assurance automobile",
        "Madame,\n\nVotre contrat d'assurance automobile (Dacia Sandero, 12345-A-6) arrive à échéance le 15 novembre. Prime annuelle : 3 980 MAD. Profitez de notre offre fidélité : -10 % sur la garantie bris de glace.\n\nAssurances Sanad Atlas",
    ),
    N(
        "73054",
        "2025-12-02 10:40",
        "Syndic Résidence Al Yasmine <syndic.alyasmine@gmail.com>",
        "Assemblée générale des copropriétaires",
        "Chers résidents,\n\nL'assemblée générale se tiendra le samedi 13 décembre à 10h dans le hall. Ordre du jour : ravalement de façade, ascenseur, cotisations 2026.\n\nLe syndic",
    ),
    N(
        "73067",
        "2026-01-02 09:00",
        "Netflix <info@mailer.netflix.com>",
        "Votre abonnement : prochain paiement le 9 janvier",
        lang="fr",
        text="Bonjour Yasmine,\n\nVotre abonnement Standard sera renouvelé le 9 janvier 2026. Montant : 99 MAD.\n\nL'équipe Netflix",
    ),
    N(
        "73080",
        "2026-02-12 16:00",
        "Dar Immo Maârif <contact@darimmo-maarif.ma>",
        "RE: Préavis de départ",
        "Bonjour Madame,\n\nNous accusons réception de votre préavis. L'état des lieux de sortie est fixé au 28 février à 10h. Le dépôt de garantie vous sera restitué après vérification.\n\nMounir - Dar Immo Maârif",
    ),
    N(
        "73083",
        "2026-02-25 14:45",
        "Tanger Immo Services <location@tanger-immo.ma>",
        "Dossier locataire - studio Malabata",
        "Madame El Ouazzani,\n\nMerci pour votre visite. Pour déposer votre candidature pour le studio de Malabata (4 200 MAD/mois), merci de nous transmettre votre contrat de travail, CIN et vos trois derniers bulletins de salaire.\n\nTanger Immo Services",
    ),
    N(
        "73030",
        "2025-10-18 15:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande Amazon.fr a été expédiée",
        "Bonjour Yasmine,\n\nVotre commande « Contrôle de gestion - Manuel et applications » a été expédiée. Livraison internationale estimée : 28 octobre - 4 novembre.\n\nAmazon.fr",
    ),
    N(
        "73057",
        "2025-12-06 10:00",
        "Coursera <no-reply@m.coursera.org>",
        "Your weekly learning digest",
        lang="en",
        html="<html><body><p>Hi Yasmine, keep your streak going! Recommended: Financial Planning &amp; Analysis, Excel Modeling for Finance.</p></body></html>",
    ),
]

# --- recurring mail -----------------------------------------------------------------------------
_MONTHS = [
    ("2025-09", "septembre"),
    ("2025-10", "octobre"),
    ("2025-11", "novembre"),
    ("2025-12", "décembre"),
    ("2026-01", "janvier"),
    ("2026-02", "février"),
]
_RELEVE = ["18 412,30", "16 985,10", "21 004,75", "9 877,40", "14 650,00", "12 318,95"]
_PHONE = ["249,00", "249,00", "287,50", "249,00", "312,00", "249,00"]
_WATER = ["412,80", "365,20", "298,60", "301,40", "344,90", "327,10"]
for i, (ym, month) in enumerate(_MONTHS):
    MAIL.append(
        N(
            f"74{i}01",
            f"{ym}-05 07:15",
            BANK,
            f"Votre relevé de compte de {month} est disponible",
            f"Madame,\n\nVotre relevé de compte n° 0117 2200 4418 du mois précédent est disponible dans votre espace Atlantique Net. Solde au dernier jour : {_RELEVE[i]} MAD.\n\nBanque Atlantique du Maroc",
        )
    )
    MAIL.append(
        N(
            f"74{i}02",
            f"{ym}-08 10:00",
            "Orbis Télécom <facture@orbis-telecom.ma>",
            f"Votre facture Orbis Fibre - {month}",
            html=f"<html><body><p>Bonjour Yasmine,</p><p>Votre facture Fibre 100 Méga + mobile du mois de {month} est disponible : <b>{_PHONE[i]} MAD</b>. Prélèvement le 15.</p><p>Orbis Télécom</p></body></html>",
        )
    )
    if ym >= "2025-10":
        MAIL.append(
            N(
                f"74{i}03",
                f"{ym}-12 09:30",
                "Casa Réseaux Eau & Électricité <e-facture@casareseaux.ma>",
                f"E-facture eau et électricité - {month}",
                f"Madame,\n\nVotre e-facture (contrat 7700 41829) est disponible : {_WATER[i]} MAD TTC, à régler avant le 30 du mois.\n\nCasa Réseaux",
            )
        )

_FOOD = [
    ("2025-09-05 21:10", "Tacos Gourmet Maârif", "78,00"),
    ("2025-09-14 13:20", "Sushi Bay Gauthier", "215,00"),
    ("2025-09-27 20:45", "Pizza Bella Racine", "134,00"),
    ("2025-10-04 21:30", "Chez Hamid Tajines", "96,00"),
    ("2025-10-19 12:50", "Poke Casa", "142,00"),
    ("2025-11-01 20:15", "Burger Lab Anfa", "118,00"),
    ("2025-11-22 21:05", "Le Petit Libanais", "164,00"),
    ("2025-12-06 19:40", "Sushi Bay Gauthier", "228,00"),
    ("2025-12-27 20:30", "Tacos Gourmet Maârif", "82,00"),
    ("2026-01-11 13:10", "Healthy Bowl Racine", "99,00"),
    ("2026-01-31 20:55", "Pizza Bella Racine", "141,00"),
    ("2026-02-21 04:40", "Boulangerie Amandine - shour", "65,00"),
]
for i, (when, resto, amount) in enumerate(_FOOD):
    MAIL.append(
        N(
            f"75{i:02d}1",
            when,
            "Livrix <recus@livrix.ma>",
            f"Votre reçu Livrix - {resto}",
            html=f"<html><body><p>Merci pour votre commande chez <b>{resto}</b> !</p><p>Total payé : {amount} MAD (carte **** 4418)</p><p>Notez votre livreur dans l'appli.</p></body></html>",
        )
    )

_ECO = [
    ("2025-09-30", "Bourse de Casablanca : le MASI au plus haut depuis 2008"),
    ("2025-10-28", "Loi de finances 2026 : ce qui change pour l'IR des salariés"),
    ("2025-11-25", "Tanger Med : un nouveau record de conteneurs"),
    ("2025-12-09", "Immobilier : les taux de crédit en baisse"),
    ("2026-01-06", "Inflation : Bank Al-Maghrib maintient son taux directeur"),
    ("2026-02-03", "Automobile : Tanger attire trois nouveaux équipementiers"),
    ("2026-02-17", "Ramadan : les prix sous surveillance"),
]
for i, (day, title) in enumerate(_ECO):
    MAIL.append(
        N(
            f"76{i}01",
            f"{day} 06:30",
            "L'Éco Hebdo <newsletter@ecohebdo.ma>",
            title,
            html=f"<html><body><h2>{title}</h2><p>Toute l'actualité économique marocaine de la semaine. Lire la suite sur ecohebdo.ma</p></body></html>",
        )
    )

_PADEL = [
    ("2025-09-30", "mardi 30 septembre 19h"),
    ("2025-10-16", "jeudi 16 octobre 19h"),
    ("2025-11-13", "jeudi 13 novembre 19h"),
    ("2025-12-02", "mardi 2 décembre 19h"),
    ("2026-01-13", "mardi 13 janvier 19h"),
    ("2026-02-05", "jeudi 5 février 19h"),
]
for i, (day, slot) in enumerate(_PADEL):
    MAIL.append(
        N(
            f"77{i}01",
            f"{day} 08:00",
            "Anfa Padel Club <reservations@anfapadel.ma>",
            f"Réservation confirmée - terrain {i % 3 + 1}",
            f"Bonjour Yasmine,\n\nVotre réservation du terrain {i % 3 + 1} est confirmée pour le {slot} (1h30). Annulation gratuite jusqu'à 6h avant.\n\nAnfa Padel Club",
        )
    )

_LI = [
    ("2025-09-09", "Nadia Berrada vous a invitée à vous connecter"),
    ("2025-10-06", "Hicham Lamrani a consulté votre profil"),
    ("2025-10-30", "Félicitez Rania Amrani pour ses 5 ans chez son employeur"),
    ("2025-11-27", "Nouveau message de Youssef Haddad"),
    ("2025-12-18", "Votre publication a obtenu 32 réactions"),
    ("2026-01-21", "Félicitez Mehdi Sqalli : Flousy lève 4 M$"),
    ("2026-02-10", "Yasmine, mettez à jour votre poste actuel"),
]
for i, (day, title) in enumerate(_LI):
    MAIL.append(
        N(
            f"78{i}01",
            f"{day} 12:30",
            "LinkedIn <notifications-noreply@linkedin.com>",
            title,
            html=f"<html><body><p>{title}.</p><p>Voir sur LinkedIn</p><p><small>LinkedIn Corporation, Sunnyvale CA</small></p></body></html>",
        )
    )

_SOUK = [
    ("2025-09-19", "Aspirateur sans fil", "1 499,00"),
    ("2025-10-24", "Housse de raquette padel", "249,00"),
    ("2025-11-28", "Lot de bocaux en verre", "189,00"),
    ("2025-12-15", "Caftan (location) - mariage", "600,00"),
    ("2026-01-19", "Valise cabine 55 cm", "690,00"),
    ("2026-02-16", "Cartons de déménagement x20", "220,00"),
]
for i, (day, item, price) in enumerate(_SOUK):
    MAIL.append(
        N(
            f"79{i}01",
            f"{day} 15:20",
            "Souk.ma <commandes@souk.ma>",
            f"Commande confirmée : {item}",
            f"Bonjour Yasmine,\n\nMerci pour votre commande « {item} » ({price} MAD, paiement à la livraison). Livraison prévue sous 2 à 4 jours à Casablanca.\n\nSouk.ma",
        )
    )

_RIDES = [
    ("2025-09-12 23:40", "Maârif", "Ain Diab", "38,00"),
    ("2025-10-08 07:55", "Maârif", "Casa Voyageurs", "27,00"),
    ("2025-10-25 01:10", "Ain Diab", "Maârif", "45,00"),
    ("2025-11-13 06:10", "Maârif", "Casa Voyageurs", "26,00"),
    ("2025-12-19 08:50", "Maârif", "Casa Voyageurs", "29,00"),
    ("2026-01-08 05:30", "Maârif", "Casa Voyageurs", "31,00"),
    ("2026-01-08 21:40", "Casa Voyageurs", "Maârif", "34,00"),
    ("2026-02-07 00:20", "Gauthier", "Maârif", "22,00"),
]
for i, (when, a, b, price) in enumerate(_RIDES):
    MAIL.append(
        N(
            f"80{i}01",
            when,
            "Rido <receipts@rido.ma>",
            f"Votre course Rido : {a} → {b}",
            html=f"<html><body><p>Merci d'avoir voyagé avec Rido.</p><p>{a} → {b}<br>Total : <b>{price} MAD</b> (espèces)</p></body></html>",
        )
    )

MAIL += [
    N(
        "81001",
        "2025-09-25 10:30",
        "CapVisa Services <noreply@capvisa-services.ma>",
        "Confirmation de rendez-vous - demande de visa France",
        "Madame EL OUAZZANI,\n\nVotre rendez-vous pour le dépôt de votre demande de visa court séjour (France) est confirmé le 2 octobre 2025 à 09:15 au centre de Casablanca. Documents : passeport, formulaire, justificatifs financiers, réservation d'hôtel.\n\nCapVisa Services",
    ),
    N(
        "81002",
        "2025-10-02 11:05",
        "CapVisa Services <noreply@capvisa-services.ma>",
        "Votre demande de visa a bien été déposée",
        "Madame,\n\nVotre demande n° CASF25-118842 a été enregistrée et transmise au consulat. Vous pouvez suivre son traitement en ligne.\n\nCapVisa Services",
    ),
    N(
        "81003",
        "2025-10-14 15:40",
        "CapVisa Services <noreply@capvisa-services.ma>",
        "Votre passeport est prêt à être retiré",
        "Madame,\n\nLa décision concernant votre demande n° CASF25-118842 a été rendue. Votre passeport est disponible au centre de Casablanca.\n\nCapVisa Services",
    ),
    N(
        "81004",
        "2026-02-17 18:00",
        BANK,
        "Ramadan Moubarak",
        html="<html><body><p>Chère cliente, Banque Atlantique du Maroc vous souhaite un Ramadan Moubarak. Nos agences vous accueillent de 9h à 15h pendant le mois sacré.</p></body></html>",
    ),
    N(
        "81005",
        "2025-11-21 09:00",
        "Salma Berrada <salma.berrada@outlook.com>",
        "Invitation: Anniversaire Salma @ sam. 29 nov. 2025 20:00",
        "Vous êtes invitée à l'événement suivant : Anniversaire Salma (avant mon départ pour Dubaï !) - Rick's Café, samedi 29 novembre 20h.",
        ics={
            "uid": "anniv-salma-1129",
            "start": "2025-11-29 20:00:00 +0100",
            "summary": "Anniversaire Salma",
            "organizer": ("Salma Berrada", "salma.berrada@outlook.com"),
            "location": "Casablanca, Ancienne Médina",
            "minutes": 180,
            "style": "google",
        },
    ),
    N(
        "81006",
        "2025-10-05 11:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        lang="en",
        text="Hi Yasmine,\n\nThanks for your payment. Spotify Premium Individual, 1 month: 59,99 MAD.\n\nSpotify",
    ),
    N(
        "81007",
        "2026-01-23 17:45",
        "Dar Immo Maârif <contact@darimmo-maarif.ma>",
        "Rappel : loyer de février",
        "Bonjour Madame,\n\nPetit rappel pour le virement du loyer de février (6 500 MAD + 350 MAD charges). Merci de nous envoyer l'avis de virement.\n\nMounir",
    ),
]
