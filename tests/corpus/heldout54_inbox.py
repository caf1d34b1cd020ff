# ruff: noqa: E501
"""Corpus 54, ordinary Lyon mail with look-alikes (data only): see heldout54.py."""

from __future__ import annotations

from typing import Any

from heldout54_jobs import ev, m


def J(cat, src, co=None, role=None, lang="fr"):
    return (cat, co, role, None, src, lang)


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def N(when, frm, subject, text=None, html=None, lang="fr", **kw):
    return m(when, frm, subject, ("not_job", lang), text, html, **kw)


MONTHS = ["octobre", "novembre", "décembre", "janvier", "février", "mars"]
MDAY = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]

MAIL: list[dict[str, Any]] = []

# --- recurring mail -------------------------------------------------------------------
for i, (mo, name) in enumerate(zip(MDAY, MONTHS, strict=True)):
    MAIL.append(
        N(
            f"{mo}-0{3 + i % 3} 06:1{i}",
            "Banque Populaire Rhône-Alpes <noreply@bpaura.banquepopulaire.fr>",
            f"Votre relevé de compte de {name} est disponible",
            f"Bonjour Monsieur LEFEVRE-NGUYEN,\n\nVotre relevé de compte n° ••••4471 du mois de {name} est disponible dans votre espace Cyberplus, rubrique e-Documents.\n\nBanque Populaire Auvergne Rhône Alpes",
        )
    )
    MAIL.append(
        N(
            f"{mo}-1{i} 09:3{i}",
            "Free Mobile <facture@freemobile.fr>",
            f"Votre facture Free Mobile de {name}",
            f"Bonjour,\n\nVotre facture Free Mobile du mois de {name} d'un montant de {19.99 if i < 3 else 15.99} € TTC est disponible dans votre Espace Abonné. Elle sera prélevée dans 10 jours.\n\nL'équipe Free Mobile",
        )
    )
    MAIL.append(
        N(
            f"{mo}-0{5 + i % 2} 08:00",
            "CAF du Rhône <ne-pas-repondre@caf.fr>",
            f"Votre paiement du mois de {name}",
            "Bonjour,\n\nLa Caf du Rhône vous informe qu'un paiement a été effectué sur votre compte au titre de la prestation d'accueil du jeune enfant (PAJE).\n\nConsultez le détail dans « Mon Compte » sur caf.fr.\n\nVotre Caf",
        )
    )

WEEKLY = [
    ("2025-10-02", "Spécial Biennale de la danse, les dernières dates"),
    ("2025-10-16", "Halloween : 10 sorties pour les petits Lyonnais"),
    ("2025-10-30", "Le Festival Lumière en chiffres, et nos coups de cœur"),
    ("2025-11-13", "Beaujolais nouveau : où le goûter cette année"),
    ("2025-11-27", "Fête des Lumières 2025 : le programme complet"),
    ("2025-12-11", "Marchés de Noël, nos adresses préférées"),
    ("2026-01-08", "Les expos qui commencent en janvier"),
    ("2026-01-22", "Soldes, friperies et bonnes adresses de la Guillotière"),
    ("2026-02-05", "Vacances d'hiver : que faire avec les enfants à Lyon"),
    ("2026-02-19", "Interview : le chef qui a relancé un bouchon de Saint-Jean"),
    ("2026-03-05", "Quais du Polar : la sélection de la rédaction"),
    ("2026-03-19", "Printemps : 12 terrasses déjà ouvertes"),
]
for day, topic in WEEKLY:
    MAIL.append(
        N(
            f"{day} 07:00",
            "Le Petit Bulletin Lyon <newsletter@petit-bulletin.fr>",
            topic,
            html=f"<html><body><h1>Le Petit Bulletin – Lyon</h1><h2>{topic}</h2><p>Cette semaine, la rédaction a sélectionné pour vous concerts, expos et sorties à Lyon et alentours.</p><p><a href='#'>Lire la suite</a> · <a href='#'>Se désabonner</a></p></body></html>",
        )
    )

DESIGN_NL = [
    ("2025-10-07", "Issue #212 — The research repository nobody reads"),
    (
        "2025-10-28",
        "Issue #215 — Interview: how a design lead rebuilt hiring at a 40-person startup",
    ),
    ("2025-11-18", "Issue #218 — Offer letters, equity and the designer's salary survey 2025"),
    ("2025-12-09", "Issue #221 — Year in review: the state of UX jobs in Europe"),
    ("2026-01-13", "Issue #224 — Why your portfolio case study is too long"),
    ("2026-02-10", "Issue #228 — We interviewed 30 hiring managers about design exercises"),
    ("2026-03-10", "Issue #232 — Accessibility audits that actually ship"),
]
for day, topic in DESIGN_NL:
    MAIL.append(
        N(
            f"{day} 15:00",
            "Pixel & Paper <hello@pixelandpaper.substack.com>",
            topic,
            html=f"<html><body><h1>{topic}</h1><p>Hi friends, this week's issue is a long one. Grab a coffee.</p><p>Plus: 5 links, 1 tool, and jobs from our board.</p><p><a href='#'>Read on Substack</a> · <a href='#'>Unsubscribe</a></p></body></html>",
            lang="en",
        )
    )

MAIL += [
    # --- crèche --------------------------------------------------------------------
    N(
        "2025-10-06 10:20",
        "Mairie de Lyon – Petite enfance <petite-enfance@mairie-lyon.fr>",
        "Votre demande de place en crèche – dossier d'inscription",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nNous avons bien reçu votre demande de pré-inscription en établissement d'accueil du jeune enfant pour Lina (née le 14/06/2025), 7e arrondissement.\n\nVotre dossier d'inscription est incomplet : merci de nous transmettre un justificatif de domicile de moins de 3 mois et votre dernier avis d'imposition.\n\nLa commission d'attribution se réunira en février 2026.\n\nDirection de l'Enfance – Ville de Lyon",
    ),
    N(
        "2025-10-09 14:02",
        "Mairie de Lyon – Petite enfance <petite-enfance@mairie-lyon.fr>",
        "Dossier d'inscription complet – accusé de réception",
        "Bonjour,\n\nVotre dossier d'inscription est désormais complet (n° PE-2025-07-3381). Votre candidature sera examinée lors de la commission d'attribution des places de février 2026. Vous serez informé par courrier et par e-mail.\n\nDirection de l'Enfance – Ville de Lyon",
    ),
    N(
        "2026-02-20 11:45",
        "Mairie de Lyon – Petite enfance <petite-enfance@mairie-lyon.fr>",
        "Résultat de la commission d'attribution – place en crèche",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nNous avons le plaisir de vous informer qu'une place vous est proposée à la crèche municipale Les Girondins (Lyon 7e) à compter du 1er avril 2026, 4 jours par semaine.\n\nMerci de confirmer votre acceptation avant le 6 mars, faute de quoi la place sera proposée à une autre famille.\n\nDirection de l'Enfance – Ville de Lyon",
    ),
    N(
        "2026-03-02 09:30",
        "Crèche Les Girondins <creche.girondins@mairie-lyon.fr>",
        "Rendez-vous d'admission pour Lina",
        "Bonjour,\n\nNous vous proposons un rendez-vous d'admission le mercredi 11 mars à 17h30 avec la directrice, Mme Caron, pour préparer l'adaptation de Lina.\n\nÀ bientôt,\nL'équipe de la crèche Les Girondins",
        ics=ev(
            "2026-03-11 17:30:00 +0100",
            45,
            ("Crèche Les Girondins", "creche.girondins@mairie-lyon.fr"),
            "creche-adm-lina@mairie-lyon.fr",
            "Rendez-vous d'admission – Lina Lefèvre-Nguyen",
            "",
            "12 rue des Girondins, 69007 Lyon",
            "outlook",
        ),
    ),
    # --- impôts --------------------------------------------------------------------
    N(
        "2025-10-14 18:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre avis de taxe foncière / taxe d'habitation est disponible",
        "Madame, Monsieur,\n\nUn nouveau document est disponible dans votre espace particulier sur impots.gouv.fr : avis d'impôt 2025 – taxe d'habitation sur les résidences secondaires et autres locaux (le cas échéant).\n\nLa Direction générale des Finances publiques",
    ),
    N(
        "2025-11-22 10:10",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre message a bien été reçu",
        "Bonjour,\n\nVotre demande « Modification du taux de prélèvement à la source » a bien été enregistrée sous la référence 2025-11-94821. Une réponse vous sera apportée dans les meilleurs délais via votre messagerie sécurisée.\n\nLa DGFiP",
    ),
    N(
        "2026-01-16 09:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Prélèvement à la source : votre taux pour 2026",
        "Madame, Monsieur,\n\nVotre taux de prélèvement à la source applicable à compter de janvier 2026 est consultable dans votre espace particulier, rubrique « Gérer mon prélèvement à la source ».\n\nLa DGFiP",
    ),
    # --- SNCF Connect ---------------------------------------------------------------
    N(
        "2025-11-28 21:14",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre confirmation de commande – Lyon Part-Dieu → Paris Gare de Lyon",
        "Bonjour Thomas,\n\nMerci pour votre commande ! Voici votre e-billet.\n\nAller : mar. 9 déc. 2025 – 10:04 Lyon Part-Dieu → 12:00 Paris Gare de Lyon – TGV INOUI 6614 – Voiture 14, place 62\nRetour : mar. 9 déc. 2025 – 18:56 Paris Gare de Lyon → 20:52 Lyon Part-Dieu – TGV INOUI 6637\n\nTotal : 94,00 €\n\nBon voyage,\nSNCF Connect",
        attach=[("e-billet.pdf", "application/pdf", "%PDF-1.4 e-billet fictif")],
    ),
    N(
        "2025-12-08 18:00",
        "SNCF Connect <noreply@sncf-connect.com>",
        "C'est demain : votre voyage pour Paris",
        "Bonjour Thomas,\n\nVotre train TGV INOUI 6614 part demain à 10:04 de Lyon Part-Dieu. Voie affichée 20 minutes avant le départ.\n\nSNCF Connect",
    ),
    N(
        "2025-12-18 12:30",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre confirmation de commande – Lyon Part-Dieu → Nantes",
        "Bonjour Thomas,\n\nAller : sam. 20 déc. 2025 – 08:34 Lyon Part-Dieu → 13:05 Nantes – 3 passagers dont 1 enfant de moins de 4 ans.\nRetour : dim. 28 déc. 2025 – 15:55 Nantes → 20:28 Lyon Part-Dieu\n\nTotal : 248,00 €\n\nSNCF Connect",
    ),
    N(
        "2026-01-30 08:20",
        "SNCF Connect <newsletter@sncf-connect.com>",
        "Les petits prix du printemps sont arrivés 🌸",
        html="<html><body><h1>Offre spéciale : billets dès 19 €</h1><p>Réservez dès maintenant vos voyages d'avril à juin. Offre soumise à conditions, places limitées.</p><p><a href='#'>J'en profite</a></p></body></html>",
    ),
    # --- bank credit ----------------------------------------------------------------
    N(
        "2025-10-22 11:00",
        "Banque Populaire Rhône-Alpes <noreply@bpaura.banquepopulaire.fr>",
        "Votre demande de crédit a bien été enregistrée",
        "Bonjour Monsieur LEFEVRE-NGUYEN,\n\nNous avons bien reçu votre demande de crédit immobilier (prêt à taux zéro + prêt principal) pour l'acquisition d'un appartement à Lyon 7e.\n\nVotre conseiller, M. Rabier, étudiera votre dossier et vous contactera sous 5 jours ouvrés. Merci de déposer les pièces justificatives manquantes (3 derniers bulletins de salaire, contrat de travail) dans votre espace.\n\nBanque Populaire Auvergne Rhône Alpes",
    ),
    N(
        "2025-10-23 15:40",
        "Olivier Rabier <olivier.rabier@bpaura.banquepopulaire.fr>",
        "Rendez-vous étude de votre projet immobilier",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nJe vous propose un rendez-vous en agence (Lyon Jean Macé) le jeudi 30 octobre à 18h pour faire le point sur votre demande de crédit. Pensez à apporter votre dernier avis d'imposition.\n\nCordialement,\nOlivier Rabier\nConseiller clientèle",
        ics=ev(
            "2025-10-30 18:00:00 +0100",
            60,
            ("Olivier Rabier", "olivier.rabier@bpaura.banquepopulaire.fr"),
            "bp-rdv-rabier-3010@bpaura.fr",
            "Rendez-vous projet immobilier – M. Lefèvre-Nguyen",
            "Étude de la demande de crédit",
            "Agence Lyon Jean Macé",
            "outlook",
        ),
    ),
    N(
        "2025-11-06 16:15",
        "Olivier Rabier <olivier.rabier@bpaura.banquepopulaire.fr>",
        "Votre dossier de prêt – pièces complémentaires",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nMerci pour notre rendez-vous. Comme évoqué, votre situation actuelle (recherche d'emploi) ne nous permet pas de présenter le dossier au comité en l'état. Dès que vous aurez signé un contrat (promesse d'embauche ou CDI hors période d'essai selon les cas), envoyez-la-moi et nous relancerons l'étude.\n\nCordialement,\nOlivier Rabier",
    ),
    N(
        "2026-01-09 10:25",
        "Olivier Rabier <olivier.rabier@bpaura.banquepopulaire.fr>",
        "RE: Promesse d'embauche – reprise de la demande de crédit",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nMerci pour la promesse d'embauche. Je relance votre demande de crédit auprès du comité ; l'offre de prêt devrait vous parvenir sous trois semaines si l'accord est donné.\n\nCordialement,\nOlivier Rabier\n\n> Bonjour M. Rabier, veuillez trouver ci-joint ma promesse d'embauche signée. Thomas Lefèvre-Nguyen",
    ),
    N(
        "2026-02-04 09:12",
        "Banque Populaire Rhône-Alpes <noreply@bpaura.banquepopulaire.fr>",
        "Votre offre de prêt est disponible – signature électronique",
        "Bonjour Monsieur LEFEVRE-NGUYEN,\n\nVotre offre de prêt immobilier est disponible. Conformément à la loi, vous disposez d'un délai de réflexion de 10 jours avant de pouvoir l'accepter par signature électronique.\n\nBanque Populaire Auvergne Rhône Alpes",
    ),
    N(
        "2025-11-19 12:00",
        "Boursorama Banque <offres@boursorama.fr>",
        "Votre carte Ultim offerte + 130 € : il ne reste que 5 jours",
        html="<html><body><h1>Ouvrez un compte, recevez jusqu'à 130 €</h1><p>Offre réservée aux nouveaux clients. Demande d'ouverture en ligne en 5 minutes. Voir conditions.</p><p><a href='#'>Je postule… euh, j'ouvre mon compte</a></p></body></html>",
    ),
    # --- Leboncoin ------------------------------------------------------------------
    N(
        "2025-10-12 20:34",
        "leboncoin <no-reply@leboncoin.fr>",
        "Nouveau message pour « Poussette Yoyo 2 très bon état »",
        "Bonjour Thomas,\n\nSandrine vous a envoyé un message concernant votre annonce « Poussette Yoyo 2 très bon état » :\n« Bonjour, est-elle toujours disponible ? Je peux passer demain soir vers Jean Macé. »\n\nRépondre sur leboncoin",
    ),
    N(
        "2025-10-14 09:10",
        "leboncoin <no-reply@leboncoin.fr>",
        "Votre annonce « Poussette Yoyo 2 très bon état » a été vendue",
        "Bonjour Thomas,\n\nFélicitations, votre vente est conclue ! Pensez à laisser un avis à Sandrine.\n\nleboncoin",
    ),
    N(
        "2025-11-03 19:50",
        "leboncoin <no-reply@leboncoin.fr>",
        "Offre reçue : 320 € pour « Bureau assis-debout Flexispot »",
        "Bonjour Thomas,\n\nUn acheteur vous a fait une offre de 320 € pour votre annonce « Bureau assis-debout Flexispot ». Vous avez 48 h pour l'accepter ou la refuser.\n\nVoir l'offre\n\nleboncoin",
    ),
    N(
        "2025-11-04 08:22",
        "leboncoin <no-reply@leboncoin.fr>",
        "Vous avez accepté l'offre – paiement sécurisé",
        "Bonjour Thomas,\n\nVous avez accepté l'offre de 320 €. L'acheteur a payé en ligne ; le montant vous sera versé après la remise en main propre.\n\nleboncoin",
    ),
    N(
        "2026-01-25 17:03",
        "leboncoin <alertes@leboncoin.fr>",
        "3 nouvelles annonces : « lit cododo »",
        "Bonjour Thomas,\n\nDe nouvelles annonces correspondent à votre recherche « lit cododo » à Lyon :\n- Lit cododo Chicco Next2Me – 60 €\n- Berceau cododo bois – 45 €\n\nleboncoin",
    ),
    N(
        "2025-12-14 11:00",
        "leboncoin <no-reply@leboncoin.fr>",
        "Candidature reçue pour votre annonce de colocation ?",
        "Bonjour Thomas,\n\nVous avez enregistré la recherche « T3 Lyon 7e » et une nouvelle annonce correspond : T3 63 m², Gerland, 1 190 € CC. Les candidatures au dossier locatif se font via la plateforme.\n\nleboncoin",
    ),
    # --- friends & family -----------------------------------------------------------
    N(
        "2025-10-04 11:32",
        "Julie Marchal <julie.marchal@gmail.com>",
        "Apéro samedi ?",
        "Coucou Thomas !\n\nOn fait un apéro samedi sur les quais vers 18h avec Nico et Samir, vous venez avec Linh et la petite ? Et raconte où t'en es dans tes candidatures, ça avance ?\n\nBisous\nJulie",
    ),
    N(
        "2025-10-18 09:48",
        "Nicolas Perrin <nico.perrin69@gmail.com>",
        "Re: ton portfolio",
        "Salut,\n\nJ'ai regardé ton portfolio : le cas sur l'appli des infirmières est top, mais je couperais la partie méthodo en deux, c'est long. Moi je viens de passer mon entretien annuel chez Atos, toujours aussi passionnant...\n\nNico\n\nLe ven. 17 oct. 2025 à 22:10, Thomas Lefèvre-Nguyen a écrit :\n> Tu peux jeter un œil ? Je l'ai refait pour mes candidatures.",
    ),
    N(
        "2025-11-08 19:20",
        "Linh Nguyen <linh.nguyen.ly@gmail.com>",
        "Liste de courses + crèche",
        "Chéri,\n\nTu peux prendre des couches taille 3 et du lait ? Et j'ai reçu un mail de la mairie, il faut qu'on envoie le justificatif de domicile pour le dossier de la crèche, je crois que c'est déjà fait non ?\n\nBisous, à ce soir",
    ),
    N(
        "2025-11-15 14:05",
        "Maman <m.lefevre@orange.fr>",
        "Noël à Nantes",
        "Mon chéri,\n\nVous arrivez bien le 20 ? Papa viendra vous chercher à la gare. Dis-moi si Lina a besoin d'un lit parapluie, on peut en emprunter un chez les voisins.\n\nEt ton entretien à Paris, ça s'est bien passé ? Je croise les doigts.\n\nGros bisous\nMaman",
    ),
    N(
        "2025-12-04 20:47",
        "Samir Haddad <samir.haddad@proton.me>",
        "Félicitations !!!",
        "Trop content pour toi mec, Quadrille c'est super ! On fête ça quand ? Moi de mon côté ma boîte vient d'annoncer un plan de départs volontaires, je vais peut-être te demander de me recommander bientôt haha.\n\nSamir",
    ),
    N(
        "2026-01-14 12:15",
        "Samir Haddad <samir.haddad@proton.me>",
        "Tu connais quelqu'un chez Velora ?",
        "Salut Thomas,\n\nJ'ai vu que Velora recrutait des devs back, tu avais eu des contacts avec eux non ? Si tu peux me mettre en relation avec quelqu'un, je prends ! Je t'envoie mon CV.\n\nMerci !\nSamir",
        attach=[("CV_Samir_Haddad.pdf", "application/pdf", "%PDF-1.4 CV fictif")],
    ),
    N(
        "2026-02-27 18:30",
        "Julie Marchal <julie.marchal@gmail.com>",
        "Pot de départ ?",
        "Alors, ton dernier jour de chômage c'est vendredi ? On se fait un resto avant ta reprise ! Je propose le Kitchen Café jeudi soir.\n\nJulie",
    ),
    N(
        "2025-12-24 10:00",
        "Tonton Bernard <bernard.lefevre44@wanadoo.fr>",
        "Joyeux Noël",
        "Joyeux Noël à tous les trois ! Une pensée de Guérande. Bernard et Michèle",
    ),
    N(
        "2026-03-06 21:11",
        "Nicolas Perrin <nico.perrin69@gmail.com>",
        "Alors, la première semaine ?",
        "Alors, ce nouveau boulot ? Ils t'ont déjà mis sur 15 projets ? Raconte !\n\nNico",
    ),
    N(
        "2025-10-25 16:22",
        "Hana Wilkins <hana.wilkins@fastmail.com>",
        "Long time no see!",
        "Hey Thomas!\n\nI'll be in Lyon for a conference in November, would love to grab a coffee. Also, my team at the agency is hiring a researcher if you're still looking, happy to forward your CV internally, just let me know (it's in Amsterdam though!).\n\nHana",
        lang="en",
    ),
    # --- social / SaaS --------------------------------------------------------------
    N(
        "2025-10-10 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Claire Dumas pour son nouveau poste",
        html="<html><body><p>Claire Dumas a commencé un nouveau poste de Head of Design chez Nébuleuse.</p><p><a href='#'>Dites-lui félicitations</a></p></body></html>",
    ),
    N(
        "2025-11-21 08:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Vous êtes apparu dans 37 recherches cette semaine",
        html="<html><body><p>Thomas, vous êtes apparu dans 37 recherches cette semaine.</p><p>Des recruteurs de secteurs variés ont consulté des profils comme le vôtre.</p><p><a href='#'>Voir qui vous a recherché</a></p></body></html>",
    ),
    N(
        "2025-12-19 19:02",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Emma Bouvier vous a envoyé un message",
        html="<html><body><p><b>Emma Bouvier</b> : « Salut Thomas ! Merci pour ton talk au meetup Lyon UX, tu aurais les slides ? »</p><p><a href='#'>Répondre</a></p></body></html>",
    ),
    N(
        "2026-01-06 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Thomas, vous avez 12 nouvelles invitations",
        html="<html><body><p>Vous avez 12 invitations en attente, dont Inès Boualem (Talent Partner chez Quadrille).</p><p><a href='#'>Voir les invitations</a></p></body></html>",
    ),
    N(
        "2026-03-04 12:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Votre publication a été vue 2 843 fois",
        html="<html><body><p>Votre publication « Nouveau chapitre : je rejoins Quadrille en tant qu'UX Researcher ! » a été vue 2 843 fois et a reçu 164 réactions.</p></body></html>",
    ),
    N(
        "2025-10-30 17:00",
        "Figma <no-reply@figma.com>",
        "Your Professional plan will renew on November 6",
        "Hi Thomas,\n\nYour Figma Professional plan will automatically renew on November 6, 2025 for €15.00/month.\n\nThe Figma team",
        lang="en",
    ),
    N(
        "2025-11-12 09:44",
        "Figma <no-reply@figma.com>",
        "Lucas Girod invited you to a file",
        'Lucas Girod (lucas.girod@ondine-hydro.com) invited you to edit "Exercice – suivi conso eau".\n\nOpen in Figma',
        lang="en",
    ),
    N(
        "2025-12-01 07:00",
        "Notion <notify@mail.notion.so>",
        "Your Notion year in review",
        html='<html><body><h1>Your 2025 in Notion</h1><p>You created 184 pages, including "Suivi candidatures 2025".</p></body></html>',
        lang="en",
    ),
    N(
        "2026-01-22 13:10",
        "Maze <hello@maze.co>",
        "Maze Pro trial: 3 days left",
        "Hi Thomas,\n\nYour Maze Pro trial ends in 3 days. Upgrade now and get 20% off your first year — an offer you won't want to miss.\n\nThe Maze team",
        lang="en",
    ),
    N(
        "2025-10-15 13:00",
        "Google Agenda <calendar-notification@google.com>",
        "Invitation : Réunion parents – RAM Gerland @ jeu. 23 oct. 2025 18:30",
        "Linh Nguyen vous a invité à : Réunion parents – Relais petite enfance Gerland\njeu. 23 oct. 2025 18:30 – 19:30",
        ics=ev(
            "2025-10-23 18:30:00 +0200",
            60,
            ("Linh Nguyen", "linh.nguyen.ly@gmail.com"),
            "ram-gerland-23oct@google.com",
            "Réunion parents – Relais petite enfance Gerland",
            "",
            "Relais petite enfance, 14 rue Crépet, Lyon 7e",
        ),
    ),
    N(
        "2025-11-24 12:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Confirmation de votre rendez-vous avec Dr Anne Poulain",
        "Bonjour Thomas,\n\nVotre rendez-vous est confirmé :\nVaccination – Lina Lefèvre-Nguyen\nDr Anne Poulain, pédiatre\nlundi 1 décembre 2025 à 16:15\n12 avenue Berthelot, 69007 Lyon\n\nDoctolib",
        ics=ev(
            "2025-12-01 16:15:00 +0100",
            20,
            ("Doctolib", "no-reply@doctolib.fr"),
            "doctolib-poulain-0112@doctolib.fr",
            "RDV Dr Anne Poulain – Lina",
            "",
            "12 avenue Berthelot, 69007 Lyon",
        ),
    ),
    N(
        "2026-02-09 19:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Rappel : votre rendez-vous demain",
        "Bonjour Thomas,\n\nRappel : rendez-vous demain mardi 10 février à 08:40 avec Dr Mathieu Vidal (dentiste), 5 place Jean Macé.\n\nDoctolib",
    ),
    N(
        "2025-10-20 10:00",
        "Lyon UX Meetup <noreply@meetup.com>",
        "Nouvel événement : Recherche utilisateur en santé – retours terrain",
        "Lyon UX Meetup a planifié un nouvel événement :\n\nRecherche utilisateur en santé – retours terrain\nmercredi 12 novembre 2025, 19:00\nLa Cordée Perrache\n\n47 membres participent. Réservez votre place.",
    ),
    N(
        "2025-11-26 12:05",
        "Lyon UX Meetup <noreply@meetup.com>",
        "Vous êtes inscrit : Design systems à l'échelle – 10 décembre",
        "Vous participez à « Design systems à l'échelle » le mercredi 10 décembre 2025 à 19:00, H7 Lyon.\n\nAjouter à mon agenda",
        ics=ev(
            "2025-12-10 19:00:00 +0100",
            120,
            ("Lyon UX Meetup", "noreply@meetup.com"),
            "meetup-lyonux-1012@meetup.com",
            "Lyon UX Meetup – Design systems à l'échelle",
            "",
            "H7, 70 quai Perrache, Lyon",
        ),
    ),
    # --- podcasts / newsletters / hiring talk -------------------------------------
    N(
        "2025-10-21 08:00",
        "Design & Co, le podcast <podcast@designetco.fr>",
        "Nouvel épisode : interview de Camille Roussel (Brindille) sur le design et l'agriculture",
        html="<html><body><h2>Épisode 58</h2><p>Dans cet épisode, nous avons interviewé Camille Roussel, cofondatrice de Brindille, sur la conception d'outils pour les agriculteurs.</p><p><a href='#'>Écouter</a></p></body></html>",
    ),
    N(
        "2025-11-11 08:00",
        "Design & Co, le podcast <podcast@designetco.fr>",
        "Épisode 61 – Recrutement des designers : l'entretien idéal existe-t-il ?",
        html="<html><body><p>Trois Heads of Design racontent leurs processus de recrutement : exercice de design ou pas ? Combien d'entretiens ?</p><p><a href='#'>Écouter l'épisode</a></p></body></html>",
    ),
    N(
        "2025-12-02 07:30",
        "Maddyness <newsletter@maddyness.com>",
        "La Maddy Keynote : les startups lyonnaises qui recrutent en 2026",
        html="<html><body><h1>MaddyMorning</h1><p>Levées de fonds de la semaine, les startups lyonnaises qui recrutent, et notre interview du mois.</p></body></html>",
    ),
    N(
        "2026-01-19 07:30",
        "Maddyness <newsletter@maddyness.com>",
        "Levée de fonds : Velora boucle 18 M€ pour ses vélos-cargos",
        html="<html><body><h1>MaddyMorning</h1><p>La startup lyonnaise Velora annonce une levée de 18 millions d'euros et prévoit 40 recrutements.</p></body></html>",
    ),
    N(
        "2026-02-17 12:00",
        "UX Republic <newsletter@ux-republic.com>",
        "Webinar : Réussir son entretien en UX research",
        "Bonjour Thomas,\n\nRejoignez-nous le jeudi 26 février à 12h30 pour un webinar gratuit : « Réussir son entretien en UX research – poser les bonnes questions aux utilisateurs ».\n\nJe m'inscris",
        ics=ev(
            "2026-02-26 12:30:00 +0100",
            60,
            ("UX Republic", "events@ux-republic.com"),
            "uxr-webinar-2602@ux-republic.com",
            "Webinar – Réussir son entretien en UX research",
            "",
            "https://zoom.us/webinar/uxr",
        ),
    ),
    N(
        "2026-03-12 09:00",
        "Welcome to the Jungle – Le Mag <lemag@welcometothejungle.com>",
        "Pourquoi les recruteurs ne répondent plus ?",
        html="<html><body><h1>Le Mag</h1><p>Ghosting, délais interminables… on a enquêté sur le silence des recruteurs. Et aussi : comment négocier son salaire en 2026.</p></body></html>",
    ),
    N(
        "2025-11-04 06:45",
        "Lyon Capitale <newsletter@lyoncapitale.fr>",
        "Fermeture de la ligne B : ce qui change pour vous",
        html="<html><body><p>Travaux sur la ligne B du métro entre Saxe-Gambetta et Gare d'Oullins du 8 au 16 novembre. Des bus relais seront mis en place.</p></body></html>",
    ),
    N(
        "2025-12-16 18:00",
        "TCL <info@tcl.fr>",
        "Votre abonnement Tecely arrive à échéance",
        "Bonjour,\n\nVotre abonnement TCL mensuel arrive à échéance le 31 décembre. Renouvelez-le en ligne ou en agence.\n\nTCL – Sytral Mobilités",
    ),
    N(
        "2025-10-31 11:20",
        "Vélo'v <noreply@velov.grandlyon.com>",
        "Votre reçu Vélo'v – octobre",
        "Bonjour,\n\nVotre reçu pour le mois d'octobre est disponible : 42 trajets, 0,00 € de dépassement.\n\nVélo'v",
    ),
    # --- shopping / marketing offers ------------------------------------------------
    N(
        "2025-11-28 07:00",
        "Fnac <fnac@newsletter.fnac.com>",
        "Black Friday : jusqu'à -40 % sur une sélection",
        html="<html><body><h1>BLACK FRIDAY</h1><p>Offres exceptionnelles jusqu'à lundi minuit. Adhérents : 10 € offerts tous les 100 € d'achat.</p></body></html>",
    ),
    N(
        "2025-12-05 14:12",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande de « Hape – Tour d'activités en bois »",
        "Bonjour Thomas,\n\nMerci pour votre commande n° 405-9912381-1123. Livraison estimée : mardi 9 décembre.\n\nAmazon.fr",
    ),
    N(
        "2025-12-09 10:31",
        "Colissimo <noreply@notification.colissimo.fr>",
        "Votre colis est disponible en point retrait",
        "Bonjour,\n\nVotre colis n° 6A24211553021 est disponible au point retrait Tabac Presse Jean Macé jusqu'au 19/12.\n\nColissimo",
    ),
    N(
        "2026-01-07 08:00",
        "Decathlon <news@e.decathlon.fr>",
        "Soldes : nos meilleures offres vélo",
        html="<html><body><h1>SOLDES</h1><p>Porte-bébé vélo, sièges enfants, casques : jusqu'à -50 %.</p></body></html>",
    ),
    N(
        "2026-02-01 10:00",
        "IKEA <ikea@news.ikea.fr>",
        "Offre IKEA Family : -15 % sur les chambres d'enfants",
        html="<html><body><p>Offre valable jusqu'au 15 février pour les membres IKEA Family. Magasin Lyon Saint-Priest.</p></body></html>",
    ),
    N(
        "2026-03-15 09:40",
        "Biocoop Jean Macé <jeanmace@biocoop.net>",
        "Votre carte de fidélité : 12 € offerts",
        "Bonjour Thomas,\n\nGrâce à vos achats, un bon de 12 € vous attend en magasin jusqu'au 30 avril.\n\nBiocoop Jean Macé",
    ),
    N(
        "2025-10-27 08:30",
        "Orange <infos@orange.fr>",
        "Offre spéciale fibre : votre box à 24,99 €/mois",
        html="<html><body><p>Passez à la fibre Orange : offre de bienvenue pendant 12 mois. Sous réserve d'éligibilité.</p></body></html>",
    ),
    N(
        "2025-11-30 16:00",
        "Deezer <no-reply@deezer.com>",
        "Votre offre Famille a été renouvelée",
        "Bonjour Thomas,\n\nVotre abonnement Deezer Famille a été renouvelé pour 17,99 €.\n\nDeezer",
    ),
    # --- health / admin ---------------------------------------------------------------
    N(
        "2025-10-08 07:30",
        "ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Un nouveau décompte est disponible",
        "Bonjour,\n\nUn nouveau décompte de remboursement est disponible dans votre compte ameli.\n\nL'Assurance Maladie",
    ),
    N(
        "2026-01-28 07:30",
        "ameli <ne-pas-repondre@assurance-maladie.fr>",
        "Mise à jour de votre carte Vitale",
        "Bonjour,\n\nPensez à mettre à jour votre carte Vitale suite au rattachement de votre enfant.\n\nL'Assurance Maladie",
    ),
    N(
        "2025-10-01 09:00",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre actualisation du mois d'octobre",
        "Bonjour Monsieur LEFEVRE-NGUYEN,\n\nVous pouvez dès à présent vous actualiser pour le mois de septembre, jusqu'au 15 octobre.\n\nFrance Travail",
    ),
    N(
        "2025-11-28 09:00",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre actualisation du mois de novembre",
        "Bonjour Monsieur LEFEVRE-NGUYEN,\n\nVous pouvez dès à présent vous actualiser pour le mois de novembre, jusqu'au 15 décembre.\n\nFrance Travail",
    ),
    N(
        "2026-02-25 11:10",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Déclaration de reprise d'emploi : c'est noté",
        "Bonjour Monsieur LEFEVRE-NGUYEN,\n\nNous avons bien enregistré votre reprise d'emploi à compter du 02/03/2026. Votre inscription sera clôturée à cette date.\n\nFrance Travail",
    ),
    N(
        "2025-12-10 08:00",
        "CAF du Rhône <ne-pas-repondre@caf.fr>",
        "Votre demande de complément de libre choix du mode de garde",
        "Bonjour,\n\nVotre demande de complément de libre choix du mode de garde (CMG) a bien été reçue. Elle est en cours de traitement. Des pièces complémentaires pourront vous être demandées.\n\nVotre Caf",
    ),
    N(
        "2026-03-18 08:00",
        "CAF du Rhône <ne-pas-repondre@caf.fr>",
        "Changement de situation professionnelle : pensez à le déclarer",
        "Bonjour,\n\nVous avez repris une activité ? Déclarez votre changement de situation dans « Mon Compte » pour que vos droits soient recalculés.\n\nVotre Caf",
    ),
    # --- housing ---------------------------------------------------------------
    N(
        "2025-10-26 19:05",
        "SeLoger <alertes@seloger.com>",
        "8 nouvelles annonces : Appartement à vendre Lyon 7e",
        html="<html><body><p>T3 65 m² – Jean Macé – 329 000 €</p><p>T4 82 m² – Gerland – 395 000 €</p><p><a href='#'>Voir les annonces</a></p></body></html>",
    ),
    N(
        "2025-11-17 13:20",
        "Agence Rhône Immobilier <contact@rhone-immo.fr>",
        "Visite du T3 rue Chevreul – samedi 22/11 à 10h",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nJe vous confirme la visite de l'appartement T3 au 48 rue Chevreul samedi 22 novembre à 10h.\n\nBien cordialement,\nKarine Thévenet\nAgence Rhône Immobilier",
    ),
    N(
        "2026-02-11 16:45",
        "Agence Rhône Immobilier <contact@rhone-immo.fr>",
        "Votre offre d'achat a été acceptée",
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nBonne nouvelle : les vendeurs ont accepté votre offre d'achat à 341 000 € pour le T3 du 48 rue Chevreul. Je vous contacte pour fixer le rendez-vous de signature du compromis chez Maître Delorme.\n\nBien cordialement,\nKarine Thévenet",
    ),
    N(
        "2026-02-26 10:00",
        "Étude Delorme – Notaires <office@delorme-notaires.fr>",
        "Signature du compromis de vente – 5 mars 2026",
        "Madame, Monsieur,\n\nNous vous confirmons le rendez-vous de signature du compromis de vente le jeudi 5 mars 2026 à 14h30 en notre étude, 3 place Bellecour.\n\nÉtude Delorme",
        ics=ev(
            "2026-03-05 14:30:00 +0100",
            90,
            ("Étude Delorme", "office@delorme-notaires.fr"),
            "delorme-compromis-0503@delorme-notaires.fr",
            "Signature compromis – M. et Mme Lefèvre-Nguyen",
            "",
            "3 place Bellecour, 69002 Lyon",
            "outlook",
        ),
    ),
    N(
        "2026-03-05 17:02",
        "Yousign <noreply@yousign.com>",
        "Document signé : « Compromis de vente – 48 rue Chevreul »",
        "Bonjour Thomas Lefèvre-Nguyen,\n\nTous les signataires ont signé le document « Compromis de vente – 48 rue Chevreul ». Vous trouverez le document signé en pièce jointe.\n\nL'équipe Yousign",
    ),
    N(
        "2026-03-20 09:15",
        "Luko by Allianz <bonjour@luko.eu>",
        "Votre demande de devis assurance habitation",
        "Bonjour Thomas,\n\nMerci pour votre demande de devis pour votre futur logement (T3, 64 m², Lyon 7e). Votre devis : 14,90 €/mois. Souscrivez en ligne quand vous êtes prêt.\n\nL'équipe Luko",
    ),
    # --- misc -----------------------------------------------------------------------
    N(
        "2025-10-29 12:00",
        "Université Lyon 2 – Formation continue <fc@univ-lyon2.fr>",
        "Votre candidature au DU Ergonomie cognitive a été reçue",
        "Bonjour,\n\nNous accusons réception de votre candidature au Diplôme d'Université « Ergonomie cognitive et IHM » (rentrée 2026). La commission pédagogique se réunira en avril ; les résultats vous seront communiqués par e-mail.\n\nService Formation continue – Université Lumière Lyon 2",
    ),
    N(
        "2025-11-09 10:00",
        "Strava <no-reply@strava.com>",
        "Votre résumé hebdomadaire",
        "Thomas, cette semaine : 3 activités, 42 km à vélo, 1 course de 8 km au Parc de Gerland.",
        lang="en",
    ),
    N(
        "2025-12-22 08:30",
        "Blablacar <no-reply@blablacar.fr>",
        "Votre réservation est confirmée – Nantes → Lyon",
        "Bonjour Thomas,\n\nVotre place est réservée pour le trajet Nantes → Lyon du 28 décembre avec Hugo. Départ 9h00, Gare de Nantes.\n\nBlablaCar",
    ),
    N(
        "2026-01-03 11:00",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée – Annecy, 14-16 février",
        "Bonjour Thomas,\n\nVotre réservation à Annecy chez Sophie est confirmée pour 2 adultes et 1 bébé, du 14 au 16 février 2026.\n\nAirbnb",
    ),
    N(
        "2026-01-12 09:30",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité : nouvelle connexion sur Mac",
        "Une nouvelle connexion à votre compte Google a été détectée sur un Mac (Lyon, France). Si c'était vous, aucune action n'est requise.",
        lang="fr",
    ),
    N(
        "2026-03-24 18:40",
        "Quadrille – Slack <no-reply@slack.com>",
        "Inès Boualem vous a mentionné dans #general",
        "Inès Boualem vous a mentionné dans #general : « Bienvenue à @Thomas qui rejoint l'équipe Research ! 🎉 »\n\nOuvrir Slack",
        lang="fr",
    ),
    N(
        "2026-03-26 14:00",
        "Hana Wilkins <hana.wilkins@fastmail.com>",
        "Re: Long time no see!",
        "Congrats on the new job Thomas!! Sounds like a great team. Next time I'm in Lyon the drinks are on you 😄\n\nHana\n\nOn Mon, Mar 23, 2026, Thomas Lefèvre-Nguyen wrote:\n> Hi Hana, sorry for the late reply, I finally started at Quadrille this month!",
        lang="en",
    ),
]

MAIL += [
    N(
        "2025-10-13 17:20",
        "Medium Daily Digest <noreply@medium.com>",
        "How I got my first UX research offer after 200 applications",
        html="<html><body><p>Today's highlights</p><p><b>How I got my first UX research offer after 200 applications</b> · 9 min read</p><p><b>The interview questions every designer should ask</b> · 6 min read</p></body></html>",
        lang="en",
    ),
    N(
        "2025-11-05 15:30",
        "Dribbble <hello@dribbble.com>",
        "Your shot is trending! 🔥",
        'Hey Thomas,\n\nYour shot "Patient onboarding – mobile" got 120 likes this week and is trending in Mobile.\n\nThe Dribbble team',
        lang="en",
    ),
    N(
        "2025-12-03 10:00",
        "Config by Figma <events@figma.com>",
        "Call for speakers: apply to speak at Config 2026",
        "Hi Thomas,\n\nApplications to speak at Config 2026 are now open. Submit your talk proposal by January 15.\n\nThe Config team",
        lang="en",
    ),
    N(
        "2026-01-21 16:00",
        "Airbnb <automated@airbnb.com>",
        "Reminder: your trip to Annecy is coming up",
        "Hi Thomas, your stay in Annecy starts on February 14. Check-in is after 4 PM.",
        lang="en",
    ),
    N(
        "2026-02-03 08:00",
        "Nielsen Norman Group <newsletter@nngroup.com>",
        "New article: Interviewing users without leading them",
        html="<html><body><h2>Interviewing users without leading them</h2><p>Plus: UX Certification courses in Europe, early-bird offer ends Friday.</p></body></html>",
        lang="en",
    ),
    N(
        "2026-03-09 11:11",
        "Hana Wilkins <hana.wilkins@fastmail.com>",
        "Quick favour?",
        "Hi Thomas,\n\nA friend of mine is applying to a UX role in Lyon and asked whether French is a must for the interviews. Could you tell her what you think? I'll intro you both.\n\nThanks!!\nHana",
        lang="en",
    ),
    N(
        "2026-03-27 09:00",
        "GitHub <noreply@github.com>",
        "[GitHub] A third-party OAuth application has been added to your account",
        "Hey thomasln!\n\nA third-party OAuth application (Figma Sync) was recently authorized to access your account.",
        lang="en",
    ),
]
