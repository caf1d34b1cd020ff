"""French mail that decides an application's final status, from HR teams, ATS templates, people.

Rejections under neutral subjects with praise or a talent pool around the no, pauses and
cancelled roles, withdrawals (confirmed by the employer or written by the candidate), offers
and contracts with the yes or no to them, and tests versus interviews. Look-alikes with the
same words must stay not job mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import family_test, lookalike_test, stage_test

# (family, read in the process, subject, body): mail from the HR team or an ATS template
HR_MAIL: list[tuple[str, bool, str, str]] = [
    # --- (a) rejections ---
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nNous vous remercions de l'intérêt que vous portez à Verlys et du temps "
        "consacré à votre candidature au poste de Chargée de communication. Après une étude "
        "attentive de votre dossier, nous avons choisi de poursuivre avec des candidats dont "
        "l'expérience correspond davantage aux besoins du poste.\n\nNous vous souhaitons "
        "pleine réussite dans vos recherches.\n\nL'équipe Recrutement Verlys",
    ),
    (
        "rejection",
        False,
        "Votre candidature chez Verlys",
        "Madame,\n\nVotre profil a retenu toute notre attention et nous avons apprécié la qualité "
        "de votre parcours. Cependant, nous sommes au regret de vous informer que nous ne "
        "pouvons pas donner une suite favorable à votre candidature pour le poste de Contrôleuse "
        "de gestion.\n\nNous conservons votre CV dans notre vivier afin de vous recontacter si "
        "une opportunité correspondant à votre profil se présentait.\n\nCordialement,\nLa "
        "Direction des Ressources Humaines",
    ),
    (
        "rejection",
        False,
        "Mise à jour concernant votre candidature",
        "Bonjour Julie,\n\nNous revenons vers vous concernant votre candidature au poste de "
        "Développeuse Java. Le poste n'est malheureusement plus à pourvoir, nous avons donc "
        "clôturé ce recrutement.\n\nNous vous remercions sincèrement pour votre intérêt et "
        "vous souhaitons le meilleur.\n\nBien cordialement,\nL'équipe Talent Acquisition",
    ),
    (
        "rejection",
        False,
        "Votre candidature - Réf. 2024-118",
        "Bonjour,\n\nNous avons bien étudié votre candidature et nous vous remercions pour "
        "l'intérêt porté à notre groupe. Le nombre de candidatures reçues a été très important "
        "et, après examen, votre profil n'a pas été retenu pour la suite du processus.\n\nNous "
        "vous invitons à consulter régulièrement nos offres sur notre site carrières.\n\n"
        "Cordialement,\nService Recrutement",
    ),
    (
        "rejection",
        False,
        "Suite de votre entretien",
        "Bonjour Julie,\n\nNous tenons à vous remercier pour votre disponibilité et pour la "
        "qualité de nos échanges lors de vos entretiens. Votre parcours est très intéressant. "
        "Néanmoins, nous avons décidé de retenir une autre candidature dont le profil est plus "
        "proche de nos attentes.\n\nNous espérons avoir l'occasion de recroiser votre "
        "chemin.\n\nBien à vous,\nL'équipe RH Verlys",
    ),
    (
        "rejection",
        False,
        "Information concernant votre candidature",
        "Madame Bernard,\n\nNous faisons suite à votre candidature pour le poste d'Assistante "
        "juridique. Nous avons le regret de vous annoncer que nous avons finalisé notre "
        "recrutement avec un autre candidat.\n\nAvec votre accord, nous conserverons votre "
        "candidature pour de futures opportunités.\n\nNous vous prions d'agréer, Madame, "
        "nos salutations distinguées.\nLe service des Ressources Humaines",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nMerci pour votre candidature au poste de Data Analyst. Après "
        "réflexion, nous ne sommes pas en mesure de vous proposer de poursuivre le processus "
        "de recrutement. Cette décision ne remet pas en cause vos compétences.\n\nNous vous "
        "souhaitons une bonne continuation.\n\nTalent Acquisition – Verlys",
    ),
    (
        "rejection",
        False,
        "Actualisation de votre candidature",
        "Bonjour,\n\nNous vous informons que l'offre « Chef de projet digital » à laquelle vous "
        "avez postulé a été pourvue. Votre candidature ne sera donc pas retenue.\n\nNous vous "
        "remercions de votre confiance.\n\nCordialement,\nL'équipe Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Chère Julie,\n\nC'est avec regret que nous vous informons que votre candidature n'a pas "
        "été sélectionnée pour le poste de Responsable logistique. Nous avons reçu de nombreuses "
        "candidatures de grande qualité et le choix a été difficile.\n\nNous vous souhaitons "
        "beaucoup de succès pour la suite de votre parcours professionnel.\n\nL'équipe RH",
    ),
    (
        "rejection",
        False,
        "Votre candidature – Acheteur H/F",
        "Bonjour Julie,\n\nSuite à l'examen de votre candidature, nous sommes au regret de ne "
        "pas pouvoir y répondre favorablement. Les compétences recherchées pour ce poste ne "
        "correspondent pas tout à fait à votre profil.\n\nNous vous remercions de l'intérêt que "
        "vous portez à notre entreprise.\n\nCordialement,\nVerlys Recrutement",
    ),
    # --- (b) paused, cancelled, frozen ---
    (
        "on_hold",
        False,
        "Votre candidature – Chargée de communication",
        "Bonjour Julie,\n\nNous revenons vers vous concernant votre candidature. En raison d'une "
        "réorganisation interne, le recrutement pour ce poste est suspendu jusqu'à nouvel "
        "ordre.\n\nNous ne manquerons pas de revenir vers vous dès que le processus reprendra."
        "\n\nCordialement,\nL'équipe Recrutement Verlys",
    ),
    (
        "on_hold",
        False,
        "Point sur le processus de recrutement",
        "Bonjour Julie,\n\nNous tenions à vous informer que le processus de recrutement pour le "
        "poste de Comptable est mis en attente pour quelques semaines, le budget n'ayant pas "
        "encore été validé.\n\nVotre candidature reste active et nous reviendrons vers vous "
        "dès que possible.\n\nBien cordialement,\nService RH",
    ),
    (
        "on_hold",
        False,
        "Votre candidature",
        "Madame,\n\nNous vous informons que le poste d'Ingénieure qualité a été gelé suite à une "
        "décision de la direction. Le recrutement est donc reporté à une date ultérieure.\n\n"
        "Nous vous remercions de votre patience et de votre compréhension.\n\nLa Direction des "
        "Ressources Humaines",
    ),
    (
        "on_hold",
        False,
        "Mise à jour de votre candidature",
        "Bonjour Julie,\n\nLe recrutement pour le poste de Développeuse Front-end est "
        "temporairement gelé. Nous mettons votre candidature en attente et vous recontacterons "
        "dès la réouverture du poste.\n\nMerci de votre compréhension.\n\nTalent Acquisition",
    ),
    # --- (c) withdrawal confirmed ---
    (
        "withdrawn",
        False,
        "Confirmation du retrait de votre candidature",
        "Bonjour Julie,\n\nNous vous confirmons que votre candidature au poste de Chargée de "
        "communication a bien été retirée, conformément à votre demande.\n\nNous vous "
        "remercions de l'intérêt porté à Verlys et restons à votre disposition pour de futures "
        "opportunités.\n\nCordialement,\nL'équipe Recrutement",
    ),
    (
        "withdrawn",
        False,
        "Votre candidature",
        "Bonjour,\n\nVous avez retiré votre candidature pour l'offre « Analyste financier ». "
        "Celle-ci ne sera plus examinée par nos recruteurs.\n\nVous pouvez à tout moment postuler "
        "à d'autres offres depuis votre espace candidat.\n\nCet e-mail est envoyé "
        "automatiquement, merci de ne pas y répondre.",
    ),
    (
        "withdrawn",
        False,
        "Re: Désistement",
        "Bonjour Julie,\n\nNous avons bien reçu votre message et prenons acte de votre "
        "désistement pour le poste de Responsable marketing. Nous avons annulé l'entretien "
        "prévu vendredi.\n\nNous vous souhaitons une belle réussite dans votre nouveau poste.\n\n"
        "Bien cordialement,\nService des Ressources Humaines",
    ),
    (
        "withdrawn",
        False,
        "Retrait de candidature enregistré",
        "Bonjour Julie,\n\nVotre demande de retrait a bien été prise en compte : votre "
        "candidature au poste de Technicienne support a été clôturée à votre demande.\n\n"
        "Cordialement,\nL'équipe Talents Verlys",
    ),
    (
        "withdrawn",
        False,
        "Re: Ma candidature",
        "Bonjour Julie,\n\nMerci de nous avoir informés que vous ne souhaitez plus poursuivre le "
        "processus de recrutement. Nous avons bien noté votre décision et clôturé votre "
        "dossier.\n\nBonne continuation,\nL'équipe RH",
    ),
    # --- (d) offers and contracts ---
    (
        "offer",
        False,
        "Proposition d'embauche – Verlys",
        "Bonjour Julie,\n\nSuite à nos différents entretiens, nous avons le plaisir de vous "
        "proposer le poste de Chargée de communication en CDI, avec une rémunération annuelle "
        "brute de 42 000 €. Vous trouverez ci-joint notre proposition détaillée.\n\nNous vous "
        "remercions de nous faire part de votre réponse d'ici le 15 mars.\n\nBien cordialement,"
        "\nLa Direction des Ressources Humaines",
    ),
    (
        "offer",
        False,
        "Votre contrat de travail",
        "Bonjour Julie,\n\nNous avons le plaisir de vous adresser ci-joint votre contrat de "
        "travail pour le poste de Data Analyst. Merci de nous le retourner signé avant le 20 "
        "mars.\n\nNous nous réjouissons de vous accueillir prochainement.\n\nCordialement,\nLe "
        "service RH",
    ),
    (
        "offer",
        False,
        "Lettre d'offre",
        "Chère Julie,\n\nNous sommes heureux de vous confirmer notre offre pour le poste de "
        "Responsable logistique. Veuillez trouver en pièce jointe votre lettre d'offre ainsi "
        "que le détail de votre rémunération.\n\nL'offre est valable jusqu'au 10 avril.\n\n"
        "L'équipe Talent Acquisition",
    ),
    (
        "offer",
        False,
        "Votre promesse d'embauche",
        "Madame,\n\nVous trouverez ci-joint votre promesse d'embauche pour le poste d'Assistante "
        "juridique, à compter du 2 mai. Nous vous remercions de bien vouloir nous la retourner "
        "datée et signée.\n\nCordialement,\nRessources Humaines",
    ),
    (
        "accepted",
        False,
        "Confirmation de votre arrivée",
        "Bonjour Julie,\n\nNous avons bien reçu votre contrat de travail signé et nous vous en "
        "remercions. Nous sommes ravis de vous compter parmi nous à partir du 2 avril.\n\nVous "
        "recevrez prochainement le programme de votre journée d'intégration.\n\nL'équipe RH",
    ),
    (
        "accepted",
        False,
        "Re: Proposition d'embauche",
        "Bonjour Julie,\n\nNous prenons bonne note de votre acceptation de notre proposition "
        "pour le poste de Data Analyst et nous en réjouissons. Votre contrat vous sera adressé "
        "dans les prochains jours.\n\nBienvenue chez Verlys !\n\nLe service RH",
    ),
    (
        "declined",
        False,
        "Re: Proposition d'embauche",
        "Bonjour Julie,\n\nNous avons bien reçu votre réponse et prenons acte de votre décision "
        "de décliner notre proposition d'embauche. Nous le regrettons mais respectons votre "
        "choix.\n\nNous vous souhaitons beaucoup de réussite.\n\nCordialement,\nL'équipe "
        "Recrutement",
    ),
    (
        "declined",
        False,
        "Re: Offre – Responsable logistique",
        "Bonjour Julie,\n\nMerci de nous avoir fait part de votre décision. Nous sommes déçus "
        "que vous ne puissiez pas accepter notre offre, mais nous comprenons vos raisons.\n\n"
        "Au plaisir de nous recroiser,\nService RH",
    ),
    # --- (e) assessment vs interview ---
    (
        "assessment",
        False,
        "Prochaine étape : test en ligne",
        "Bonjour Julie,\n\nSuite à l'examen de votre candidature, nous avons le plaisir de vous "
        "inviter à passer un test d'aptitudes en ligne. Le test dure environ 45 minutes et doit "
        "être complété sous 5 jours via le lien ci-dessous.\n\nBonne chance !\n\nL'équipe "
        "Recrutement",
    ),
    (
        "assessment",
        False,
        "Votre candidature – étude de cas",
        "Bonjour Julie,\n\nNous souhaitons poursuivre le processus avec vous. Vous trouverez "
        "ci-joint une étude de cas à nous renvoyer d'ici le 12 mars ; elle servira de base à "
        "votre prochain entretien.\n\nCordialement,\nTalent Acquisition",
    ),
    (
        "assessment",
        False,
        "Exercice technique",
        "Bonjour Julie,\n\nComme convenu, voici l'exercice technique à réaliser chez vous. Nous "
        "vous laissons une semaine pour nous envoyer votre code via le dépôt Git indiqué.\n\n"
        "Bon courage !\nL'équipe Tech Recrutement",
    ),
    (
        "assessment",
        False,
        "Invitation : questionnaire de personnalité",
        "Madame,\n\nDans le cadre de votre candidature, nous vous invitons à compléter un "
        "questionnaire de personnalité et des tests de raisonnement en ligne. Ces évaluations "
        "nous aideront à mieux connaître votre profil.\n\nCordialement,\nService RH",
    ),
    (
        "interview",
        False,
        "Invitation à un entretien",
        "Bonjour Julie,\n\nVotre candidature a retenu notre attention et nous souhaiterions "
        "vous rencontrer pour un entretien dans nos locaux de Lyon le mardi 12 mars à 14h.\n\n"
        "Merci de nous confirmer votre présence.\n\nCordialement,\nL'équipe Recrutement",
    ),
    (
        "interview",
        False,
        "Votre candidature – entretien vidéo",
        "Bonjour Julie,\n\nNous avons le plaisir de vous convier à un entretien en visioconférence "
        "avec notre responsable d'équipe. Merci de choisir un créneau via le lien ci-dessous."
        "\n\nÀ très bientôt,\nTalent Acquisition Verlys",
    ),
    (
        "interview",
        False,
        "Votre visite sur site",
        "Bonjour Julie,\n\nSuite à votre premier échange, nous vous proposons de venir visiter "
        "notre site de production et rencontrer l'équipe le jeudi 14 mars à 10h. La journée "
        "se terminera par un entretien avec la directrice d'usine.\n\nCordialement,\nService RH",
    ),
    (
        "interview",
        False,
        "Prochaine étape",
        "Bonjour Julie,\n\nNous avons le plaisir de vous informer que vous passez à l'étape "
        "suivante : un échange téléphonique de 30 minutes avec notre chargée de recrutement. "
        "Quelles sont vos disponibilités cette semaine ?\n\nBien cordialement,\nL'équipe RH",
    ),
]

# A second set of HR mail in the families with the fewest notes above
HR_MAIL_MORE: list[tuple[str, bool, str, str]] = [
    (
        "on_hold",
        False,
        "Votre candidature – Analyste crédit",
        "Bonjour Julie,\n\nNous souhaitions vous tenir informée : le recrutement pour le poste "
        "d'Analyste crédit est momentanément interrompu, dans l'attente d'une validation "
        "budgétaire. Votre dossier est conservé et le processus reprendra dès que possible.\n\n"
        "Cordialement,\nL'équipe Recrutement",
    ),
    (
        "on_hold",
        False,
        "Point d'étape",
        "Bonjour Julie,\n\nNous avons pris la décision de mettre en suspens le recrutement du "
        "poste de Chef de produit jusqu'à la fin du trimestre. Nous reviendrons vers vous "
        "en avril.\n\nMerci de votre patience,\nService RH",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nNous vous remercions pour l'intérêt que vous portez à Verlys. Nous "
        "vous informons que le poste de Juriste a été annulé suite à une réorganisation ; "
        "nous avons donc clôturé ce recrutement et ne donnerons pas suite aux candidatures "
        "reçues.\n\nCordialement,\nL'équipe RH",
    ),
    (
        "rejection",
        False,
        "Votre candidature chez Verlys",
        "Bonjour Julie,\n\nMerci pour le temps consacré à nos échanges. Nous avons été "
        "impressionnés par votre parcours, mais nous avons retenu un profil plus en adéquation "
        "avec les besoins actuels de l'équipe.\n\nNous vous souhaitons le meilleur,\nTalent "
        "Acquisition",
    ),
    (
        "withdrawn",
        False,
        "Votre candidature a été retirée",
        "Bonjour Julie,\n\nSuite à votre demande, nous avons retiré votre candidature au poste "
        "de Chef de produit. Vous ne recevrez plus de communications concernant ce "
        "recrutement.\n\nL'équipe Recrutement Verlys",
    ),
    (
        "withdrawn",
        False,
        "Re: Retrait",
        "Bonjour Julie,\n\nNous prenons note de votre souhait de vous retirer du processus de "
        "recrutement et vous remercions de nous en avoir informés.\n\nBelle continuation,\n"
        "Service RH",
    ),
    (
        "assessment",
        False,
        "Évaluation en ligne – Verlys",
        "Bonjour Julie,\n\nPour poursuivre votre candidature, merci de compléter l'évaluation "
        "en ligne (tests de logique et d'anglais) avant le 18 mars. Comptez environ une "
        "heure.\n\nCordialement,\nL'équipe Recrutement",
    ),
    (
        "interview",
        False,
        "Convocation à un entretien",
        "Madame,\n\nNous avons le plaisir de vous convoquer à un entretien de recrutement le "
        "lundi 18 mars à 9h30, au 12 rue de la République à Lyon. Merci de vous munir d'une "
        "pièce d'identité.\n\nCordialement,\nService des Ressources Humaines",
    ),
]

# Written after the first round of fixes, as a check that they are general
SECOND_BATCH: list[tuple[str, bool, str, str]] = [
    (
        "rejection",
        False,
        "Votre candidature – Gestionnaire de paie",
        "Bonjour Julie,\n\nNous vous remercions pour votre candidature. Nous vous informons que "
        "l'offre de Gestionnaire de paie n'est plus d'actualité : le besoin a été couvert en "
        "interne.\n\nNous vous souhaitons bonne chance dans vos démarches.\n\nService RH",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nMerci pour l'intérêt porté à Verlys. Après plusieurs semaines de "
        "recherche, nous avons conclu notre processus avec une candidate dont le parcours "
        "correspond davantage au poste.\n\nVotre candidature sera conservée dans notre "
        "vivier.\n\nL'équipe Talent Acquisition",
    ),
    (
        "on_hold",
        False,
        "Information sur le recrutement",
        "Bonjour Julie,\n\nEn raison du contexte économique, le recrutement du poste de "
        "Responsable achats est provisoirement arrêté. Nous reviendrons vers vous dès que nous "
        "aurons de la visibilité.\n\nCordialement,\nL'équipe RH",
    ),
    (
        "withdrawn",
        True,
        "Ma candidature",
        "Bonjour Madame, je vous informe que je préfère me retirer du processus de "
        "recrutement, ma situation ayant évolué. Merci pour votre considération. Julie Bernard",
    ),
    (
        "withdrawn",
        False,
        "Re: Désistement",
        "Bonjour Julie,\n\nC'est bien noté, nous respectons votre décision de vous retirer du "
        "processus de recrutement et vous remercions de votre transparence.\n\nCordialement,\n"
        "Service RH",
    ),
    (
        "accepted",
        True,
        "Re: Proposition",
        "Bonjour Julie, merci pour votre retour rapide, nous prenons acte de votre acceptation "
        "et préparons votre contrat. Claire",
    ),
    (
        "declined",
        False,
        "Re: Votre proposition d'embauche",
        "Bonjour Julie,\n\nNous regrettons que vous ne puissiez pas accepter notre proposition "
        "d'embauche mais comprenons votre choix.\n\nBonne continuation,\nL'équipe RH",
    ),
    (
        "interview",
        True,
        "Re: prochaine étape",
        "Bonjour Julie, seriez-vous libre mardi en fin de matinée pour un entretien avec la "
        "directrice financière ? Claire",
    ),
    (
        "assessment",
        False,
        "Étape suivante de votre candidature",
        "Bonjour Julie,\n\nVous êtes invitée à passer nos tests en ligne (raisonnement "
        "numérique et verbal). Vous recevrez un lien de notre partenaire d'évaluation.\n\n"
        "L'équipe Recrutement",
    ),
    (
        "rejection",
        False,
        "Votre candidature",
        "Bonjour Julie,\n\nNous vous informons que le recrutement pour le poste de Chargée de "
        "mission a été annulé. Nous vous remercions pour votre candidature.\n\nService RH",
    ),
]

# Short notes from a person at the employer (hiring manager, recruiter)
PERSON_NOTES: list[tuple[str, bool, str, str]] = [
    (
        "rejection",
        True,
        "Petit retour",
        "Bonjour Julie, merci encore pour votre temps. On a finalement décidé de partir sur "
        "un autre profil. J'ai beaucoup apprécié nos échanges. Claire",
    ),
    (
        "rejection",
        True,
        "Re: suite",
        "Bonjour Julie, je suis désolée, le poste a été annulé par la direction, nous ne "
        "recrutons plus sur ce périmètre. Je garde votre CV sous le coude. Claire",
    ),
    (
        "rejection",
        False,
        "Ton entretien",
        "Salut Julie, je voulais te dire directement : on ne va pas aller plus loin avec ta "
        "candidature, l'équipe cherchait quelqu'un de plus senior. Bonne chance ! Claire",
    ),
    (
        "on_hold",
        True,
        "Re: des nouvelles ?",
        "Bonjour Julie, désolée pour le silence. Tout est en stand-by de notre côté : le poste "
        "est gelé jusqu'au prochain budget. Je reviens vers vous dès que ça bouge. Claire",
    ),
    (
        "on_hold",
        True,
        "Re: point",
        "Bonjour Julie, on met le recrutement en pause quelques semaines, le temps de "
        "réorganiser l'équipe. Je vous tiens au courant. Claire",
    ),
    (
        "withdrawn",
        True,
        "Re: mon retrait",
        "Bonjour Julie, bien noté, je retire votre candidature du processus. Merci de m'avoir "
        "prévenue et bonne chance pour la suite ! Claire",
    ),
    (
        "offer",
        True,
        "Bonne nouvelle",
        "Bonjour Julie, je suis ravie de vous annoncer que nous souhaitons vous faire une offre ! "
        "Les RH vous envoient la proposition écrite demain. Claire",
    ),
    (
        "accepted",
        True,
        "Re: ma réponse",
        "Julie, super nouvelle, merci d'avoir dit oui ! On est tous ravis que tu nous "
        "rejoignes. Je lance le contrat. Claire",
    ),
    (
        "declined",
        True,
        "Re: ma décision",
        "Bonjour Julie, dommage, mais je respecte votre décision de refuser notre proposition. "
        "La porte reste ouverte. Claire",
    ),
    (
        "assessment",
        True,
        "Petit exercice",
        "Bonjour Julie, avant le prochain échange, je vous envoie un petit cas pratique à "
        "préparer chez vous (2h max). Renvoyez-le-moi quand vous voulez cette semaine. Claire",
    ),
    (
        "interview",
        True,
        "Re: rencontre",
        "Bonjour Julie, est-ce que vous seriez disponible jeudi à 11h pour un échange en visio "
        "avec Marc, notre CTO ? Claire",
    ),
]

# Notes the candidate writes to the employer
CANDIDATE_NOTES: list[tuple[str, bool, str, str]] = [
    (
        "withdrawn",
        True,
        "Retrait de ma candidature",
        "Bonjour Claire, je vous remercie pour nos échanges. Je souhaite toutefois retirer ma "
        "candidature, ayant accepté une autre proposition. Bien cordialement, Julie Bernard",
    ),
    (
        "withdrawn",
        True,
        "Désistement – entretien du 12 mars",
        "Bonjour, je me permets de vous écrire pour vous informer que je me désiste du processus "
        "de recrutement. Je vous remercie de l'intérêt porté à ma candidature. Julie Bernard",
    ),
    (
        "accepted",
        True,
        "Re: Proposition d'embauche",
        "Bonjour Claire, je suis heureuse de vous confirmer que j'accepte votre proposition "
        "d'embauche. Je vous renvoie le contrat signé dès demain. Julie",
    ),
    (
        "declined",
        True,
        "Re: Proposition d'embauche",
        "Bonjour Claire, merci beaucoup pour votre proposition. Après mûre réflexion, j'ai "
        "décidé de ne pas y donner suite. Je vous remercie pour votre confiance. Julie Bernard",
    ),
]

# Job mail with the same words that must stay what it is: (subject, body, category, status,
# read in the process)
SAME_WORDS: list[tuple[str, str, Category, ApplicationStatus | None, bool]] = [
    (
        "Accusé de réception de votre candidature",
        "Bonjour Julie,\n\nNous avons bien reçu votre candidature au poste de Chargée de "
        "communication et vous en remercions. En raison du nombre important de candidatures, "
        "nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. "
        "Si votre profil est retenu, nous vous contacterons sous trois semaines.\n\nL'équipe "
        "Recrutement Verlys",
        Category.CONFIRMATION,
        None,
        False,
    ),
    (
        "Votre candidature a bien été envoyée",
        "Bonjour Julie,\n\nVotre candidature pour le poste de Data Analyst a bien été transmise. "
        "Nos recruteurs l'étudieront attentivement. Sans réponse de notre part sous 4 semaines, "
        "considérez que votre candidature n'a pas été retenue.\n\nL'équipe Talents",
        Category.CONFIRMATION,
        None,
        False,
    ),
]

# (sender, subject, body, sent to a mailing list)
LOOKALIKES: list[tuple[str, str, str, bool]] = [
    (
        "noreply@verlys.fr",
        "Accusé de réception",
        "Bonjour Julie, nous avons bien reçu votre message. Malheureusement, nous ne pouvons "
        "pas répondre individuellement à chaque demande adressée au service client. "
        "Cordialement, le service client Verlys",
        False,
    ),
    (
        "credit@banque-populaire.fr",
        "Votre offre de prêt",
        "Madame Bernard, nous avons le plaisir de vous adresser ci-joint votre offre de prêt "
        "immobilier. Merci de nous la retourner signée après le délai de réflexion de 10 jours. "
        "Votre conseillère",
        False,
    ),
    (
        "contact@foncia-lyon.fr",
        "Votre dossier de location",
        "Bonjour, nous sommes au regret de vous informer que le propriétaire a retenu un autre "
        "dossier pour l'appartement du cours Lafayette. Nous conservons votre dossier pour nos "
        "prochaines annonces. L'agence",
        False,
    ),
    (
        "inscriptions@univ-lyon2.fr",
        "Votre candidature au Master",
        "Madame, nous avons le regret de vous informer que votre candidature au Master 2 "
        "Sociologie n'a pas été retenue par la commission pédagogique. Le service scolarité",
        False,
    ),
    (
        "rdv@doctolib.fr",
        "Confirmation de votre rendez-vous",
        "Bonjour Julie, votre rendez-vous avec le Dr Martin est confirmé le mardi 12 mars à 14h. "
        "En cas d'empêchement, merci de l'annuler en ligne.",
        False,
    ),
    (
        "news@podcast-lesechos.fr",
        "Notre interview de la semaine",
        "Cette semaine, nous recevons la DRH de Verlys pour une interview sur les nouvelles "
        "méthodes de recrutement et l'entretien vidéo. À écouter dès maintenant !",
        True,
    ),
    (
        "lettre@welcometothejungle.com",
        "La newsletter RH : comment refuser un candidat avec tact",
        "Au sommaire : rédiger un refus de candidature bienveillant, geler un recrutement sans "
        "perdre ses talents, et les tendances de l'offre d'emploi en 2025.",
        True,
    ),
    (
        "marc.dupont@gmail.com",
        "Nouvelles",
        "Salut Julie, grande nouvelle : j'ai signé mon contrat chez Airbus, je commence en avril ! "
        "Et toi, ça avance tes candidatures ? Bises, Marc",
        False,
    ),
    (
        "formation@cnam.fr",
        "Évaluation du module",
        "Bonjour, l'évaluation en ligne du module Gestion de projet est ouverte jusqu'au 20 mars. "
        "Le test dure 45 minutes. Bon courage, l'équipe pédagogique",
        False,
    ),
    (
        "abonnement@salle-fitness.fr",
        "Votre abonnement est suspendu",
        "Bonjour Julie, comme demandé, votre abonnement est mis en pause jusqu'au 1er mai. Vous "
        "pouvez le réactiver à tout moment depuis l'application.",
        False,
    ),
    (
        "visites@seloger.com",
        "Visite de l'appartement",
        "Bonjour, nous vous confirmons la visite de l'appartement rue Garibaldi le jeudi 14 mars "
        "à 10h. Merci d'apporter votre dossier complet.",
        False,
    ),
    (
        "rh@fnac-darty.example",
        "Votre commande est suspendue",
        "Bonjour Julie, votre commande n°12345 est momentanément interrompue suite à un problème "
        "de paiement. Merci de mettre à jour votre carte.",
        False,
    ),
    (
        "contact@theatre-lyon.fr",
        "Spectacle annulé",
        "Bonjour, le spectacle du 12 mars a été annulé. Votre billet sera remboursé sous 10 "
        "jours. Cordialement, la billetterie",
        False,
    ),
]


test_hr_mail_is_read_for_its_stage = family_test(
    [*HR_MAIL, *HR_MAIL_MORE],
    writer=("recrutement@verlys.fr", "Verlys Recrutement"),
    employer="Verlys",
)
test_person_note_is_read_for_its_stage = family_test(
    PERSON_NOTES, writer=("claire.martin@verlys.fr", "Claire Martin"), employer="Verlys"
)
test_candidate_note_is_read_for_its_stage = family_test(
    CANDIDATE_NOTES, writer=("julie.bernard@gmail.com", "Julie Bernard"), employer="Verlys"
)
test_second_batch_is_read_for_its_stage = family_test(
    SECOND_BATCH, writer=("recrutement@verlys.fr", "Verlys Recrutement"), employer="Verlys"
)
test_job_mail_with_the_same_words_stays_what_it_is = stage_test(
    SAME_WORDS, writer=("recrutement@verlys.fr", "Verlys Recrutement"), employer="Verlys"
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)
