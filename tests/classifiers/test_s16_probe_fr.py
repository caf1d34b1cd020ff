"""French mail that decides an application's final status (third batch).

Status notices from candidate portals and boards (and the ones that decide nothing), a no after
an interview or a test said at length or only through its outcome, offers in their many shapes
and the welcome after the reader's yes (or the offer withdrawn), the reader's own mail
(declining an interview, withdrawing, accepting or declining an offer) and interview
invitations from HR teams and booking tools. Look-alikes with the same words stay what they
are.
"""

from __future__ import annotations

from tests.classifiers.probes import family_test, lookalike_test, undecided_test

ATS = ("ne-pas-repondre@carrieres.verlys.fr", "Verlys Carrières")
HR = ("recrutement@verlys.fr", "Verlys Recrutement")
PERSON = ("claire.martin@verlys.fr", "Claire Martin")
READER = ("julie.bernard@gmail.com", "Julie Bernard")
EMPLOYER = "Verlys"

# (family, read inside a known process, subject, body)
ATS_MAIL = [
    # --- (a) status notices from a portal ---
    (
        "rejection",
        False,
        "Statut de votre candidature : non retenue",
        "Bonjour Julie,\n\nLe statut de votre candidature au poste de Chargée de projet RH "
        "(réf. 24-311) a été mis à jour.\n\nNouveau statut : Non retenue\n\nNous vous "
        "remercions de l'intérêt que vous portez à Verlys.\n\nL'équipe Carrières Verlys",
    ),
    (
        "rejection",
        False,
        "Mise à jour du statut de votre candidature",
        "Bonjour,\n\nLe statut de votre candidature pour l'offre Comptable fournisseurs a "
        "changé : Candidature non retenue.\n\nVous pouvez consulter le détail dans votre espace "
        "candidat.\n\nCordialement,\nVerlys Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature - Technicien de maintenance",
        "Bonjour Julie,\n\nStatut : Processus terminé – candidature non retenue.\n\nMerci pour "
        "votre candidature. Nous vous invitons à consulter nos autres offres sur notre site "
        "carrières.\n\nL'équipe Talents Verlys",
    ),
    (
        "rejection",
        False,
        "Offre clôturée : Assistant(e) de direction",
        "Bonjour,\n\nL'offre « Assistant(e) de direction » à laquelle vous avez postulé a été "
        "clôturée et le recrutement est terminé. Votre candidature ne sera donc pas poursuivie."
        "\n\nNous vous remercions pour votre intérêt.\n\nVerlys Carrières",
    ),
    (
        "rejection",
        False,
        "Votre candidature chez Verlys",
        "Bonjour Julie,\n\nNous vous informons que le recrutement pour le poste de Gestionnaire "
        "paie a été annulé. Votre candidature est par conséquent clôturée.\n\nNous espérons "
        "vous revoir prochainement parmi nos candidats.\n\nL'équipe Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature n'a pas été retenue",
        "Bonjour,\n\nVotre candidature au poste de Data Analyst est désormais au statut "
        "« Refusée ».\n\nMerci d'avoir postulé chez Verlys.\n\nCet e-mail est envoyé "
        "automatiquement, merci de ne pas y répondre.",
    ),
    # --- (b) rejections after an interview or a test ---
    (
        "rejection",
        False,
        "Suite à votre entretien final",
        "Bonjour Julie,\n\nMerci encore pour le temps que vous nous avez consacré lors de votre "
        "entretien final avec le jury. Vos échanges ont été très appréciés et la décision a été "
        "particulièrement difficile à prendre. Nous avons toutefois fait le choix d'un autre "
        "finaliste, dont l'expérience du secteur bancaire correspond davantage à nos besoins "
        "immédiats.\n\nNous serions ravis de recevoir à nouveau votre candidature pour de "
        "futures opportunités.\n\nBien cordialement,\nSophie Laurent, Responsable Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature au poste de Chef de produit",
        "Bonjour Julie,\n\nNous vous informons que le poste de Chef de produit a été pourvu en "
        "interne. Nous vous remercions pour votre participation au processus et pour la qualité "
        "de nos échanges.\n\nCordialement,\nLa Direction des Ressources Humaines",
    ),
    (
        "rejection",
        False,
        "Retour sur votre test technique",
        "Bonjour Julie,\n\nNous avons bien reçu et étudié votre test technique. Malgré de "
        "belles qualités, les résultats ne nous permettent pas de poursuivre le processus "
        "avec vous.\n\nNous vous remercions pour le temps consacré à cet exercice.\n\nL'équipe "
        "Tech Recrutement",
    ),
    (
        "rejection",
        False,
        "Suite de votre entretien",
        "Madame Bernard,\n\nÀ l'issue des entretiens, nous avons proposé le poste à un autre "
        "candidat, qui l'a accepté. Nous tenions à vous en informer et à vous remercier pour "
        "votre implication tout au long du processus.\n\nNous vous prions d'agréer nos "
        "salutations distinguées.\nService RH",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nLe poste de Responsable logistique a été pourvu. Nous vous "
        "remercions sincèrement de l'intérêt porté à Verlys et gardons votre profil en tête "
        "pour d'autres opportunités.\n\nBien à vous,\nL'équipe RH",
    ),
    (
        "rejection",
        False,
        "Suite de votre candidature",
        "Bonjour Julie,\n\nNous revenons vers vous suite à vos entretiens. Le comité de "
        "sélection a retenu un autre profil pour ce poste. C'était une décision serrée et "
        "nous avons beaucoup apprécié votre présentation du cas pratique. N'hésitez pas à "
        "postuler de nouveau à nos prochaines offres.\n\nL'équipe Recrutement Verlys",
    ),
    # --- (c) offers and what follows ---
    (
        "offer",
        False,
        "Proposition d'embauche – Chargée de projet RH",
        "Bonjour Julie,\n\nSuite à nos différents échanges, nous avons le plaisir de vous "
        "proposer le poste de Chargée de projet RH en CDI. Vous trouverez ci-joint notre "
        "proposition détaillant la rémunération (42 000 € bruts annuels), les avantages et la "
        "date de démarrage envisagée.\n\nNous vous remercions de nous faire part de votre "
        "réponse avant le 15 mars.\n\nBien cordialement,\nSophie Laurent, DRH",
    ),
    (
        "offer",
        False,
        "Votre promesse d'embauche",
        "Bonjour Julie,\n\nComme convenu par téléphone, veuillez trouver ci-joint votre "
        "promesse d'embauche pour le poste de Comptable. Merci de nous la retourner signée "
        "sous huit jours.\n\nNous nous réjouissons de vous compter bientôt parmi nous.\n\n"
        "Le service RH",
    ),
    (
        "offer",
        False,
        "Suite à notre échange téléphonique",
        "Bonjour Julie,\n\nPour faire suite à notre appel de ce matin, je vous confirme par "
        "écrit notre offre : un poste de Développeuse Python en CDI, avec un salaire annuel "
        "de 48 000 € bruts et une prise de poste au 2 avril.\n\nJe reste à votre disposition "
        "pour toute question.\n\nCordialement,\nSophie Laurent",
    ),
    (
        "offer",
        False,
        "Votre contrat de travail",
        "Bonjour Julie,\n\nNous avons le plaisir de vous adresser votre contrat de travail "
        "pour le poste de Technicienne qualité. Vous pouvez le signer électroniquement via le "
        "lien ci-dessous.\n\nBien cordialement,\nL'équipe Ressources Humaines",
    ),
    (
        "accepted",
        False,
        "Bienvenue chez Verlys !",
        "Bonjour Julie,\n\nNous sommes ravis de vous accueillir au sein de Verlys ! Votre "
        "premier jour est fixé au lundi 2 avril à 9h. Vous serez accueillie par votre manager "
        "à l'accueil du siège. Pensez à apporter une pièce d'identité et votre RIB.\n\n"
        "À très bientôt,\nL'équipe RH",
    ),
    (
        "rejection",
        False,
        "Votre promesse d'embauche",
        "Bonjour Julie,\n\nNous sommes au regret de vous informer que, suite à une "
        "réorganisation interne, nous sommes contraints de retirer la proposition d'embauche "
        "qui vous avait été faite pour le poste de Chargée de projet. Nous mesurons la "
        "déception que cela peut représenter.\n\nCordialement,\nLa DRH",
    ),
    # --- (e) interview invitations and scheduling ---
    (
        "interview",
        False,
        "Invitation à un entretien en visio",
        "Bonjour Julie,\n\nVotre candidature au poste de Chargée de projet RH a retenu notre "
        "attention. Nous souhaiterions vous rencontrer lors d'un entretien en visio de 45 "
        "minutes. Merci de choisir le créneau qui vous convient via le lien ci-dessous.\n\n"
        "Bien cordialement,\nL'équipe Recrutement",
    ),
    (
        "interview",
        False,
        "Entretien – Comptable fournisseurs",
        "Bonjour Julie,\n\nNous vous confirmons votre entretien le jeudi 14 mars à 10h30 dans "
        "nos locaux, 12 rue de la République à Lyon. Vous rencontrerez Mme Laurent, "
        "Responsable administrative et financière.\n\nMerci de vous présenter à l'accueil "
        "10 minutes avant.\n\nLe service RH",
    ),
    (
        "interview",
        False,
        "Report de votre entretien",
        "Bonjour Julie,\n\nEn raison d'un imprévu, nous devons décaler votre entretien prévu "
        "mardi. Pourriez-vous nous indiquer vos disponibilités pour jeudi ou vendredi ?\n\n"
        "Toutes nos excuses pour ce contretemps.\n\nL'équipe Recrutement Verlys",
    ),
    (
        "interview",
        False,
        "Réservez votre créneau d'entretien",
        "Bonjour Julie,\n\nSuite à votre candidature chez Verlys, vous êtes invitée à réserver "
        "un créneau pour un premier échange téléphonique avec notre chargée de recrutement. "
        "Sélectionnez l'horaire qui vous convient dans le calendrier ci-dessous.\n\n"
        "Verlys Recrutement",
    ),
    (
        "interview",
        False,
        "Votre entretien du 12 mars – lien Teams",
        "Bonjour Julie,\n\nVoici le lien Microsoft Teams pour votre entretien de demain à "
        "14h avec Claire Martin et le manager de l'équipe. L'entretien durera environ une "
        "heure.\n\nBonne préparation,\nL'équipe RH",
    ),
]

# (family, read inside a known process, subject, body): people at the employer
PERSON_NOTES = [
    (
        "rejection",
        True,
        "Retour",
        "Bonjour Julie, je voulais vous appeler mais je préfère vous écrire : le manager a "
        "finalement retenu quelqu'un en interne. C'était vraiment serré, vous avez fait un "
        "très bel entretien. Claire",
    ),
    (
        "rejection",
        True,
        "Re: point",
        "Bonjour Julie, nous avons fait une offre à l'autre finaliste, qui l'a acceptée ce "
        "matin. Je suis sincèrement désolée. Je garde votre contact. Claire",
    ),
    (
        "offer",
        True,
        "Bonne nouvelle",
        "Bonjour Julie, l'équipe a été unanime : nous aimerions vous faire une proposition ! "
        "Je vous envoie le détail de la rémunération par écrit dans la journée. Claire",
    ),
    (
        "interview",
        True,
        "Prochaine étape",
        "Bonjour Julie, le manager souhaite vous rencontrer. Seriez-vous disponible mardi à "
        "11h ou mercredi à 15h pour un entretien en visio ? Claire",
    ),
    (
        "accepted",
        True,
        "Re: contrat",
        "Bonjour Julie, bien reçu votre contrat signé, merci ! Toute l'équipe a hâte de vous "
        "accueillir le 2 avril. Claire",
    ),
]

# (family, read inside a known process, subject, body): the reader's own mail
READER_MAIL = [
    (
        "withdrawn",
        True,
        "Re: Invitation à un entretien",
        "Bonjour Madame Martin, je vous remercie pour votre invitation. Ayant entre-temps "
        "accepté un poste dans une autre entreprise, je ne donnerai pas suite à cet entretien. "
        "Bien cordialement, Julie Bernard",
    ),
    (
        "withdrawn",
        True,
        "Annulation de l'entretien",
        "Bonjour, je suis au regret de devoir annuler notre entretien de jeudi : ma situation "
        "a évolué et je ne suis plus en recherche. Merci de votre compréhension. Julie Bernard",
    ),
    (
        "withdrawn",
        True,
        "Ma candidature",
        "Bonjour Claire, je préfère être transparente avec vous : j'ai décidé de mettre fin "
        "à ma candidature pour des raisons personnelles. Merci pour votre temps. Julie",
    ),
    (
        "accepted",
        True,
        "Re: Proposition d'embauche – Chargée de projet RH",
        "Bonjour Madame Laurent, c'est avec grand plaisir que j'accepte votre offre. Vous "
        "trouverez ci-joint la promesse d'embauche signée. Au plaisir de vous rejoindre le "
        "2 avril. Julie Bernard",
    ),
    (
        "accepted",
        True,
        "Re: Votre offre",
        "Bonjour Claire, c'est oui ! Je suis ravie de rejoindre l'équipe. Dites-moi ce dont "
        "vous avez besoin pour le dossier d'embauche. Julie",
    ),
    (
        "declined",
        True,
        "Re: Proposition d'embauche",
        "Bonjour Madame Laurent, je vous remercie sincèrement pour cette proposition. Après "
        "réflexion, je suis au regret de devoir la décliner, ayant choisi une autre "
        "opportunité. Bien cordialement, Julie Bernard",
    ),
    (
        "declined",
        True,
        "Re: Votre offre",
        "Bonjour Claire, merci pour l'offre et pour votre confiance. Malheureusement, je ne "
        "vais pas pouvoir l'accepter : la rémunération est trop éloignée de mes attentes. "
        "Julie",
    ),
]

# (family, read inside a known process, subject, body): a second batch, from HR teams and boards
ATS_MORE = [
    (
        "rejection",
        False,
        "Candidature Welcome to the Jungle : Chargée de projet RH",
        "Bonjour Julie,\n\nVerlys a mis à jour le statut de votre candidature pour le poste de "
        "Chargée de projet RH : Refusée.\n\nNe vous découragez pas, de nombreuses offres vous "
        "attendent.\n\nL'équipe Welcome to the Jungle",
    ),
    (
        "rejection",
        False,
        "Votre candidature au poste de Juriste",
        "Madame,\n\nNous vous informons que le recrutement pour le poste de Juriste a été "
        "finalisé. Nous ne sommes donc pas en mesure de donner une suite à votre candidature."
        "\n\nVeuillez agréer, Madame, nos salutations distinguées.\nLa DRH",
    ),
    (
        "rejection",
        False,
        "Suite à votre entretien avec le jury",
        "Bonjour Julie,\n\nLe jury vous remercie pour votre présentation. Après délibération, "
        "il a décidé de retenir la candidature d'une autre personne pour le poste de Cheffe de "
        "service. Nous restons à votre disposition pour un retour plus détaillé par "
        "téléphone.\n\nCordialement,\nLe service Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature – Acheteuse",
        "Bonjour Julie,\n\nMerci pour votre participation à nos entretiens. Nous avons pris la "
        "décision de confier le poste à un candidat interne. Cette décision ne remet pas en "
        "cause la qualité de votre profil.\n\nBien à vous,\nL'équipe RH",
    ),
    (
        "offer",
        False,
        "Proposition de rémunération",
        "Bonjour Julie,\n\nNous avons le plaisir de vous faire parvenir notre proposition "
        "pour le poste de Responsable marketing : une rémunération fixe de 55 000 € bruts "
        "annuels, une part variable de 10 % et une prise de poste au 1er mai.\n\nMerci de nous "
        "indiquer si cette proposition vous convient.\n\nSophie Laurent, DRH",
    ),
    (
        "offer",
        False,
        "Lettre d'offre – Verlys",
        "Bonjour Julie,\n\nVous trouverez ci-joint votre lettre d'offre pour le poste de "
        "Cheffe de projet digital. Nous vous serions reconnaissants de nous la retourner signée "
        "d'ici vendredi.\n\nBienvenue (presque) dans l'équipe !\n\nLe service RH",
    ),
    (
        "interview",
        False,
        "Invitation : entretien avec Verlys",
        "Bonjour Julie,\n\nNous avons le plaisir de vous convier à un entretien pour le poste "
        "de Chargée de projet RH. Merci de sélectionner un créneau parmi les disponibilités "
        "proposées dans le lien ci-dessous. L'entretien se déroulera en visio sur Teams.\n\n"
        "L'équipe Recrutement",
    ),
    (
        "interview",
        False,
        "Nouvel horaire pour votre entretien",
        "Bonjour Julie,\n\nVotre entretien avec Claire Martin a été déplacé au vendredi 15 "
        "mars à 11h. Le lien de connexion reste inchangé.\n\nCordialement,\nVerlys "
        "Recrutement",
    ),
]

# (family, read inside a known process, subject, body): the reader's own mail, second batch
READER_MORE = [
    (
        "withdrawn",
        True,
        "Re: Entretien jeudi",
        "Bonjour Claire, merci pour votre message. Je préfère ne pas poursuivre le processus, "
        "le poste ne correspond finalement pas à ce que je recherche. Bonne continuation, Julie",
    ),
    (
        "accepted",
        True,
        "Re: Lettre d'offre",
        "Bonjour Sophie, je vous confirme mon accord pour le poste de Cheffe de projet digital "
        "aux conditions proposées. Je vous retourne la lettre signée. Bien à vous, Julie "
        "Bernard",
    ),
    (
        "declined",
        True,
        "Votre proposition",
        "Bonjour Sophie, merci pour votre proposition. J'ai longuement réfléchi et je ne vais "
        "malheureusement pas y donner suite, j'ai choisi de rester dans mon entreprise actuelle. "
        "Julie Bernard",
    ),
]

LOOKALIKES_MORE = [
    (
        "conseiller@lcl.fr",
        "Votre rendez-vous en visio",
        "Bonjour Julie, votre rendez-vous en visio avec votre conseiller est confirmé mardi à "
        "17h. Vous pouvez le déplacer depuis votre espace client.",
        False,
    ),
    (
        "anne.morel@gmail.com",
        "Pot de départ",
        "Coucou Julie, je quitte Verlys à la fin du mois, j'ai accepté un poste à Nantes ! Pot "
        "de départ vendredi à 18h, tu viens ? Anne",
        False,
    ),
    (
        "noreply@sfr.fr",
        "Votre offre a changé",
        "Bonjour, le statut de votre offre a changé : votre forfait mobile passe à 100 Go dès le "
        "mois prochain. Aucune action de votre part n'est nécessaire.",
        False,
    ),
]

# (family, read inside a known process, subject, body): a third batch
THIRD_BATCH = [
    (
        "rejection",
        False,
        "Clôture du recrutement – Analyste crédit",
        "Bonjour Julie,\n\nNous vous informons que le recrutement pour le poste d'Analyste "
        "crédit (réf. 24-207) est désormais clôturé. Votre candidature n'a pas été retenue à "
        "l'issue de la phase de présélection.\n\nL'équipe Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nJe me permets de revenir vers vous après votre entretien avec "
        "notre directeur commercial. Il a été très intéressé par votre parcours, mais nous "
        "avons finalement proposé le poste à une candidate qui avait déjà une expérience "
        "dans notre secteur. Je reste à votre écoute si vous souhaitez un retour plus "
        "détaillé.\n\nBien cordialement,\nClaire Martin, Chargée de recrutement",
    ),
    (
        "offer",
        True,
        "Suite à notre appel",
        "Bonjour Julie,\n\nComme évoqué au téléphone, nous sommes heureux de vous proposer "
        "de rejoindre Verlys en tant que Cheffe de projet. Vous trouverez en pièce jointe le "
        "détail de notre proposition salariale.\n\nBien à vous,\nClaire Martin",
    ),
    (
        "accepted",
        True,
        "Re: Votre promesse d'embauche",
        "Bonjour Julie,\n\nMerci pour votre retour positif, nous sommes ravis de vous compter "
        "parmi nous ! Nous avons bien reçu votre promesse d'embauche signée.\n\nÀ très "
        "bientôt,\nClaire",
    ),
    (
        "interview",
        False,
        "Entretien téléphonique – Verlys",
        "Bonjour Julie,\n\nSuite à votre candidature, nous aimerions échanger avec vous lors "
        "d'un entretien téléphonique d'une vingtaine de minutes. Seriez-vous disponible mardi "
        "ou mercredi en fin de matinée ?\n\nCordialement,\nL'équipe Recrutement",
    ),
    (
        "withdrawn",
        True,
        "Retrait de candidature",
        "Bonjour, je vous informe que je retire ma candidature au poste de Chargée de projet "
        "RH, ayant accepté une autre opportunité. Je vous remercie pour votre temps. Julie "
        "Bernard",
    ),
]

THIRD_LOOKALIKES = [
    (
        "contact@ecole-42.fr",
        "Résultat de votre piscine",
        "Bonjour Julie, nous avons le regret de vous informer que votre candidature à la "
        "piscine de mars n'a pas été retenue par le jury d'admission.",
        False,
    ),
    (
        "mairie@lyon.fr",
        "Votre rendez-vous en mairie",
        "Bonjour, votre rendez-vous pour le renouvellement de votre passeport est confirmé le "
        "jeudi 14 mars à 10h. Merci de vous présenter 10 minutes avant.",
        False,
    ),
    (
        "info@club-tennis-lyon.fr",
        "Votre inscription",
        "Bonjour Julie, malheureusement le cours du mardi est complet et votre inscription n'a "
        "pas pu être retenue. Nous vous proposons le créneau du jeudi.",
        False,
    ),
]

# (subject, body): portal notices that decide nothing
NO_DECISION = [
    (
        "Mise à jour de votre candidature",
        "Bonjour Julie,\n\nIl y a du nouveau concernant votre candidature au poste de Chargée "
        "de projet RH. Connectez-vous à votre espace candidat pour la consulter.\n\nVerlys "
        "Carrières",
    ),
    (
        "Statut de votre candidature : en cours d'examen",
        "Bonjour,\n\nLe statut de votre candidature a changé : En cours d'examen. Nos équipes "
        "reviendront vers vous dès que possible.\n\nVerlys Recrutement",
    ),
]

# (sender, subject, body, sent to a mailing list)
LOOKALIKES = [
    (
        "thomas.roux@gmail.com",
        "Nouvelles",
        "Salut Julie ! Ça y est, j'ai reçu ma promesse d'embauche chez Airbus, je commence le "
        "mois prochain. On fête ça samedi ? Thomas",
        False,
    ),
    (
        "offres@credit-agricole.fr",
        "Votre offre de prêt personnel",
        "Bonjour, nous avons le plaisir de vous proposer une offre de prêt à taux préférentiel. "
        "Votre dossier a été accepté : signez votre offre en ligne sous 14 jours.",
        False,
    ),
    (
        "rdv@doctolib.fr",
        "Rendez-vous reporté",
        "Bonjour Julie, votre rendez-vous avec le Dr Petit du jeudi 14 mars a été reporté. "
        "Merci de choisir un nouveau créneau en ligne.",
        False,
    ),
    (
        "location@orpi-lyon.fr",
        "Visite de l'appartement",
        "Bonjour, suite à votre demande, la visite de l'appartement rue Vendôme est confirmée "
        "vendredi à 18h. Le dossier a été retenu par le propriétaire si vous confirmez.",
        False,
    ),
    (
        "admissions@iae-lyon.fr",
        "Statut de votre candidature : non retenue",
        "Madame, le statut de votre candidature au Master Management a été mis à jour : non "
        "retenue. La commission d'admission vous remercie.",
        False,
    ),
    (
        "podcast@generation-do-it.fr",
        "Interview podcast",
        "Bonjour Julie, nous serions ravis de vous recevoir pour une interview dans notre "
        "podcast. Choisissez le créneau qui vous convient pour l'enregistrement en visio.",
        False,
    ),
    (
        "webinaire@cegos.fr",
        "Webinaire : réussir son entretien d'embauche",
        "Inscrivez-vous à notre webinaire gratuit jeudi à 12h30 : préparer ses entretiens, "
        "négocier une offre, réussir sa période d'essai.",
        True,
    ),
    (
        "service-client@free.fr",
        "Votre demande de rappel",
        "Bonjour, un conseiller vous rappellera demain entre 10h et 12h. Vous pouvez choisir "
        "un autre créneau depuis votre espace abonné.",
        False,
    ),
    (
        "inscriptions@asso-theatre.fr",
        "Votre candidature à l'atelier",
        "Bonjour Julie, nous avons le regret de vous informer que l'atelier est complet. Votre "
        "candidature n'a pas été retenue pour cette session.",
        False,
    ),
]


test_ats_mail_is_read_for_its_stage = family_test(
    [*ATS_MAIL, *ATS_MORE], writer=HR, employer=EMPLOYER
)
test_person_note_is_read_for_its_stage = family_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_reader_mail_is_read_for_its_stage = family_test(
    [*READER_MAIL, *READER_MORE], writer=READER, employer=EMPLOYER
)
test_look_alike_stays_not_job_mail = lookalike_test(
    [*LOOKALIKES, *LOOKALIKES_MORE, *THIRD_LOOKALIKES]
)
test_third_batch_is_read_for_its_stage = family_test(THIRD_BATCH, writer=PERSON, employer=EMPLOYER)


test_status_notice_that_decides_nothing_is_no_decision = undecided_test(
    NO_DECISION, writer=ATS, employer=EMPLOYER
)
