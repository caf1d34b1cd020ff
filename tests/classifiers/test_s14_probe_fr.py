"""Short notes people write during a hiring process, in French (France, vous and tu).

A hiring manager's, a founder's or an in-house recruiter's plain words: the no, the call
proposed, the take-home sent, the offer, the hiring paused, the reader's withdrawal or answer
to an offer acknowledged. Notes with no job word at all are read as mail of a process in
progress (``classify_in_process``). Look-alikes (a friend's new job, a loan offer, a doctor's
appointment, a flat viewing, a master's admission, a podcast) stay not job mail.
"""

from __future__ import annotations

from tests.classifiers.probes import family_test, lookalike_test

# (family, read inside a known process, subject, body)
NOTES = [
    # rejection
    (
        "rejection",
        False,
        "Re: Suite de votre candidature",
        "Bonjour Julie, merci pour nos échanges de la semaine dernière. Après réflexion, nous "
        "avons décidé de ne pas poursuivre avec votre candidature pour le moment. Je vous "
        "souhaite bonne continuation. Claire",
    ),
    (
        "rejection",
        False,
        "Petit point",
        "Salut Julie, je reviens vers toi après le debrief avec l'équipe. On a finalement "
        "choisi un profil plus senior pour ce poste. Désolé, et merci encore pour ton temps ! "
        "Marc",
    ),
    (
        "rejection",
        False,
        "Re: Développeur backend",
        "Bonjour Julie, nous avons bien étudié votre profil mais nous ne donnerons pas suite "
        "cette fois-ci. Bonne chance dans vos recherches. Cordialement, Sophie",
    ),
    (
        "rejection",
        True,
        "Retour",
        "Bonjour Julie, je vous remercie pour votre patience. Malheureusement, nous avons "
        "décidé de partir sur une autre personne. Bien à vous, Claire",
    ),
    (
        "rejection",
        False,
        "Re: entretien de jeudi",
        "Bonjour Julie, merci encore pour l'entretien. L'équipe a été convaincue par un autre "
        "candidat dont l'expérience correspond davantage à nos besoins. Je garde votre CV en "
        "tête pour la suite. Cordialement, Anne",
    ),
    (
        "rejection",
        True,
        "Des nouvelles",
        "Coucou Julie, bon, je vais être direct : ça ne va pas le faire pour cette fois. On a "
        "recruté quelqu'un en interne. Merci pour tout et à bientôt j'espère ! Thomas",
    ),
    (
        "rejection",
        False,
        "Re: Candidature spontanée",
        "Madame, nous vous remercions de l'intérêt porté à notre cabinet. Nous ne sommes "
        "malheureusement pas en mesure de vous proposer un poste actuellement. Veuillez "
        "agréer, Madame, nos salutations distinguées.",
    ),
    (
        "rejection",
        True,
        "Mise à jour",
        "Bonjour Julie, après mûre réflexion nous n'allons pas continuer le processus avec "
        "vous. Votre profil est intéressant mais ne correspond pas tout à fait à ce que nous "
        "recherchons. Bonne continuation, Claire",
    ),
    (
        "rejection",
        False,
        "Re: poste de chef de projet",
        "Bonjour Julie, je suis désolée de vous annoncer que votre candidature n'a pas été "
        "retenue. Nous avons reçu beaucoup de très bons dossiers. Bien cordialement, Anne",
    ),
    (
        "rejection",
        False,
        "Re: stage",
        "Salut Julie, merci d'avoir pris le temps de passer nous voir. On a décidé de ne pas "
        "aller plus loin avec ta candidature, le timing n'est pas le bon pour nous. Bonne "
        "suite ! Léa",
    ),
    (
        "rejection",
        True,
        "Quick update",
        "Bonjour Julie, je préfère être transparent : nous avons retenu une autre candidature. "
        "Merci pour votre temps et bonne chance pour la suite. Paul",
    ),
    # interview
    (
        "interview",
        False,
        "Re: Candidature développeuse",
        "Bonjour Julie, votre profil nous intéresse beaucoup. Seriez-vous disponible pour un "
        "appel de 30 minutes jeudi ou vendredi ? Bien à vous, Claire",
    ),
    (
        "interview",
        False,
        "Échange ?",
        "Salut Julie, merci pour ta candidature ! Est-ce que tu aurais un créneau la semaine "
        "prochaine pour qu'on en discute ? Mardi après-midi m'irait bien. Marc",
    ),
    (
        "interview",
        True,
        "Re: prochaines étapes",
        "Bonjour Julie, l'équipe aimerait vous rencontrer dans nos locaux. Pourriez-vous passer "
        "mercredi 12 à 14h ? Dites-moi si ça vous convient. Sophie",
    ),
    (
        "interview",
        False,
        "Rencontre",
        "Bonjour Julie, suite à notre premier échange, je vous propose un entretien avec notre "
        "directeur technique lundi à 10h en visio. Le lien suit. Cordialement, Claire",
    ),
    (
        "interview",
        True,
        "Jeudi ?",
        "Bonjour Julie, pourriez-vous faire un point téléphonique jeudi vers 11h ? Ce serait "
        "l'occasion de faire connaissance. Merci, Thomas",
    ),
    (
        "interview",
        False,
        "Votre candidature – Data analyst",
        "Madame, nous avons le plaisir de vous convier à un entretien le 14 mars à 9h30 dans "
        "nos bureaux de Lyon. Merci de nous confirmer votre présence. Cordialement, Service RH",
    ),
    (
        "interview",
        False,
        "Re: poste de commercial",
        "Bonjour Julie, j'aimerais beaucoup échanger avec vous sur le poste. Quelles sont vos "
        "disponibilités cette semaine pour un call ? Bonne journée, Anne",
    ),
    (
        "interview",
        True,
        "Prochaine étape",
        "Salut Julie, bonne nouvelle, tu passes à l'étape suivante ! On organise un dernier "
        "échange avec les fondateurs, tu es dispo vendredi matin ? Léa",
    ),
    (
        "interview",
        True,
        "Café ?",
        "Bonjour Julie, seriez-vous libre pour un café mardi prochain près de nos bureaux ? "
        "J'aimerais vous présenter l'équipe. Paul",
    ),
    # assessment
    (
        "assessment",
        False,
        "Re: candidature",
        "Bonjour Julie, comme prochaine étape, nous vous proposons un petit exercice technique "
        "à réaliser chez vous. Vous avez une semaine pour le rendre. Je vous envoie l'énoncé "
        "en pièce jointe. Claire",
    ),
    (
        "assessment",
        True,
        "Exercice",
        "Salut Julie, voici le cas pratique dont on a parlé. Compte environ 3 heures, et "
        "renvoie-le-moi d'ici lundi. Bon courage ! Marc",
    ),
    (
        "assessment",
        False,
        "Test technique",
        "Bonjour Julie, vous recevrez dans la journée un lien vers notre test en ligne. Il dure "
        "90 minutes. Bien à vous, Sophie",
    ),
    (
        "assessment",
        True,
        "Étape suivante",
        "Bonjour Julie, avant de vous rencontrer, nous aimerions que vous prépariez une courte "
        "étude de cas que vous présenterez à l'équipe. Les détails sont dans le document joint. "
        "Anne",
    ),
    (
        "assessment",
        False,
        "Devoir à la maison",
        "Bonjour Julie, merci pour l'échange. Comme convenu, je vous transmets l'exercice à "
        "faire à la maison. Merci de me le renvoyer avant vendredi 18h. Cordialement, Thomas",
    ),
    (
        "assessment",
        True,
        "Re: prochaine étape",
        "Salut Julie, la suite c'est un petit test de code sur Codility, tu vas recevoir "
        "l'invitation. Tu as 5 jours pour le faire. Paul",
    ),
    (
        "assessment",
        False,
        "Mise en situation",
        "Bonjour Julie, la prochaine étape consiste en une mise en situation écrite d'une "
        "heure. Vous recevrez le sujet par mail mardi. Bien cordialement, Claire",
    ),
    (
        "assessment",
        False,
        "Re: candidature",
        "Bonjour Julie, votre profil a retenu notre attention. Nous vous invitons à compléter "
        "un questionnaire de personnalité en ligne avant l'entretien. Cordialement, Sophie",
    ),
    (
        "assessment",
        True,
        "Exercice à rendre",
        "Bonjour Julie, je vous envoie le sujet de l'exercice. Merci de nous le rendre sous 48 "
        "heures. N'hésitez pas si vous avez des questions. Sophie",
    ),
    # offer
    (
        "offer",
        True,
        "Bonne nouvelle !",
        "Bonjour Julie, j'ai le plaisir de vous annoncer que nous souhaitons vous proposer le "
        "poste ! Je vous envoie la proposition détaillée demain. Félicitations, Claire",
    ),
    (
        "offer",
        False,
        "Re: poste de développeuse",
        "Salut Julie, on a adoré te rencontrer et on aimerait t'avoir dans l'équipe. Je te fais "
        "une proposition à 52k€ brut annuel, dis-moi ce que tu en penses. Marc",
    ),
    (
        "offer",
        False,
        "Proposition d'embauche",
        "Madame, suite à nos entretiens, nous avons le plaisir de vous faire une proposition "
        "d'embauche en CDI. Vous trouverez ci-joint le détail. Cordialement, Service RH",
    ),
    (
        "offer",
        True,
        "Suite",
        "Bonjour Julie, c'est avec grand plaisir que nous vous confirmons votre recrutement. "
        "Pourriez-vous nous dire quand vous pourriez commencer ? Sophie",
    ),
    (
        "offer",
        False,
        "Votre contrat",
        "Bonjour Julie, je vous envoie votre contrat de travail à signer. Merci de nous le "
        "retourner signé avant la fin de la semaine. Bienvenue parmi nous ! Anne",
    ),
    (
        "offer",
        False,
        "Re: entretien final",
        "Bonjour Julie, bonne nouvelle : le poste est à vous si vous le voulez ! Je vous "
        "appelle demain pour parler de la rémunération. Thomas",
    ),
    (
        "offer",
        True,
        "Décision",
        "Bonjour Julie, nous avons décidé de vous retenir ! Vous trouverez en pièce jointe "
        "notre offre. Nous attendons votre retour d'ici vendredi. Paul",
    ),
    (
        "offer",
        False,
        "Offre",
        "Bonjour Julie, je suis ravie de vous transmettre notre offre pour le poste de chef de "
        "projet. Salaire de 45 000 € et début souhaité le 1er avril. Bien à vous, Léa",
    ),
    (
        "offer",
        False,
        "Promesse d'embauche",
        "Bonjour Julie, veuillez trouver ci-joint votre promesse d'embauche. Nous sommes ravis "
        "de vous compter bientôt parmi nous. Cordialement, Anne",
    ),
    (
        "offer",
        True,
        "Bonne nouvelle",
        "Salut Julie, c'est validé de notre côté, on te veut ! Je te prépare la lettre d'offre "
        "ce soir. Marc",
    ),
    # on hold
    (
        "on_hold",
        True,
        "Petit update",
        "Bonjour Julie, je voulais vous tenir informée : le recrutement est mis en pause "
        "jusqu'à la clôture de notre levée de fonds. Je reviens vers vous dès que possible. "
        "Claire",
    ),
    (
        "on_hold",
        False,
        "Re: poste de data engineer",
        "Salut Julie, mauvaise nouvelle, le poste est gelé pour le moment à cause d'une "
        "réorganisation. Je te recontacte dès qu'on rouvre. Marc",
    ),
    (
        "on_hold",
        False,
        "Re: candidature",
        "Bonjour Julie, nous devons suspendre le processus de recrutement pour quelques "
        "semaines, le budget n'est pas encore validé. Merci pour votre patience. Sophie",
    ),
    (
        "on_hold",
        True,
        "Mise à jour",
        "Bonjour Julie, le recrutement est gelé jusqu'à nouvel ordre. Nous ne manquerons pas "
        "de revenir vers vous si la situation évolue. Cordialement, Anne",
    ),
    (
        "on_hold",
        False,
        "Report",
        "Bonjour Julie, la création du poste a été reportée au prochain trimestre. Nous mettons "
        "donc les entretiens en suspens pour l'instant. Désolé pour ce contretemps. Thomas",
    ),
    (
        "on_hold",
        True,
        "Des nouvelles",
        "Salut Julie, on met tout en stand-by quelques semaines, le temps de revoir notre "
        "budget. Je te tiens au courant. Léa",
    ),
    (
        "on_hold",
        False,
        "Re: entretien",
        "Bonjour Julie, je suis au regret de vous informer que le recrutement pour ce poste est "
        "suspendu. Nous vous recontacterons si le poste est rouvert. Bien cordialement, Paul",
    ),
    (
        "on_hold",
        False,
        "Point sur votre candidature",
        "Bonjour Julie, votre candidature est toujours en cours, mais le processus est en pause "
        "pendant l'été. Nous reprendrons en septembre. Bien à vous, Claire",
    ),
    (
        "on_hold",
        True,
        "Quick update",
        "Bonjour Julie, nous avons décidé de mettre le recrutement entre parenthèses le temps de "
        "finaliser notre levée. Je reviendrai vers vous début mai. Claire",
    ),
    # the reader's withdrawal acknowledged
    (
        "withdrawn",
        False,
        "Re: Retrait de ma candidature",
        "Bonjour Julie, merci de m'avoir prévenu. Je prends note de votre décision de retirer "
        "votre candidature. Bonne continuation ! Claire",
    ),
    (
        "withdrawn",
        True,
        "Re: Entretien de jeudi",
        "Salut Julie, pas de souci, merci de m'avoir tenu au courant. Je comprends tout à fait "
        "que tu préfères te retirer du processus, bonne chance pour la suite ! Marc",
    ),
    (
        "withdrawn",
        False,
        "Re: candidature",
        "Bonjour Julie, nous avons bien pris en compte votre désistement. Nous avons annulé "
        "l'entretien prévu mardi. Cordialement, Sophie",
    ),
    (
        "withdrawn",
        True,
        "Re: ma candidature",
        "Bonjour Julie, c'est noté, j'ai retiré votre candidature du processus. N'hésitez pas à "
        "revenir vers nous à l'avenir. Anne",
    ),
    (
        "withdrawn",
        False,
        "Re: désistement",
        "Bonjour Julie, dommage, mais je comprends. Merci de nous avoir informés que vous avez "
        "accepté un autre poste. Je vous souhaite plein de réussite. Thomas",
    ),
    (
        "withdrawn",
        False,
        "Re: suite du processus",
        "Bonjour Julie, merci pour votre message. Nous regrettons que vous ne souhaitiez pas "
        "poursuivre le processus, mais respectons votre choix. Bien à vous, Paul",
    ),
    (
        "withdrawn",
        True,
        "Re: Désolée",
        "Salut Julie, aucun problème, merci pour ta franchise. Je clôture ta candidature de "
        "notre côté. Au plaisir de se recroiser ! Léa",
    ),
    (
        "withdrawn",
        False,
        "Re: candidature – retrait",
        "Madame, nous accusons réception de votre demande de retrait de candidature. Votre "
        "dossier a été clôturé. Cordialement, Service RH",
    ),
    (
        "withdrawn",
        False,
        "Re: Entretien",
        "Bonjour Julie, merci de nous avoir prévenus que vous n'étiez plus disponible pour le "
        "poste. Nous retirons votre candidature. Belle continuation, Claire",
    ),
    (
        "withdrawn",
        True,
        "Re: nouvelle",
        "Bonjour Julie, merci de nous avoir informés que vous avez trouvé un autre poste. "
        "Félicitations et bonne route ! Sophie",
    ),
    # offer accepted, acknowledged
    (
        "accepted",
        True,
        "Re: Contrat",
        "Bonjour Julie, nous avons bien reçu votre contrat signé, merci ! Nous vous attendons "
        "le 3 avril. Claire",
    ),
    (
        "accepted",
        False,
        "Re: Proposition d'embauche",
        "Salut Julie, super nouvelle, ravi que tu acceptes notre proposition ! Bienvenue dans "
        "l'équipe, je t'envoie les infos pour ton premier jour. Marc",
    ),
    (
        "accepted",
        False,
        "Re: offre",
        "Bonjour Julie, merci d'avoir accepté notre offre. Nous sommes ravis de vous accueillir "
        "dans l'équipe. Le service RH vous contactera pour la suite. Sophie",
    ),
    (
        "accepted",
        True,
        "Re: ma réponse",
        "Bonjour Julie, quelle joie d'apprendre que vous acceptez le poste ! Je lance les "
        "démarches administratives. À très vite, Anne",
    ),
    (
        "accepted",
        False,
        "Re: contrat de travail",
        "Bonjour Julie, bien reçu le contrat signé, merci. On a hâte de commencer à travailler "
        "avec vous ! Thomas",
    ),
    (
        "accepted",
        False,
        "Re: Promesse d'embauche",
        "Bonjour Julie, nous accusons réception de votre promesse d'embauche signée. Votre "
        "arrivée est prévue le 2 mai. Cordialement, Service RH",
    ),
    # offer declined, acknowledged
    (
        "declined",
        False,
        "Re: Proposition d'embauche",
        "Bonjour Julie, merci de nous avoir fait part de votre décision. Nous regrettons que "
        "vous ne donniez pas suite à notre proposition, mais la respectons. Bonne "
        "continuation, Claire",
    ),
    (
        "declined",
        True,
        "Re: offre",
        "Salut Julie, dommage que tu déclines notre offre, mais je comprends. La porte reste "
        "ouverte ! Marc",
    ),
    (
        "declined",
        False,
        "Re: Offre – chef de projet",
        "Bonjour Julie, je prends note de votre refus de notre offre. Merci de nous avoir "
        "prévenus rapidement. Bien à vous, Sophie",
    ),
    (
        "declined",
        False,
        "Re: votre proposition",
        "Bonjour Julie, merci de nous avoir informés que vous avez accepté une autre offre. "
        "Nous regrettons votre décision et vous souhaitons le meilleur. Anne",
    ),
    (
        "declined",
        True,
        "Re: Proposition",
        "Bonjour Julie, c'est bien noté, vous ne souhaitez pas accepter notre proposition. Nous "
        "clôturons donc votre dossier. Cordialement, Paul",
    ),
    (
        "declined",
        False,
        "Re: offre d'emploi",
        "Bonjour Julie, merci pour votre réponse. Dommage que l'offre ne vous convienne pas ; "
        "nous la retirons donc de notre côté. Bonne route ! Léa",
    ),
]

# (sender, subject, body, mailing list)
LOOKALIKES = [
    (
        "emma.leroy@gmail.com",
        "Devine quoi",
        "Salut Julie ! Devine quoi, j'ai eu le poste chez Decathlon ! J'ai signé mon contrat "
        "hier. On fête ça samedi ? Bisous, Emma",
        False,
    ),
    (
        "conseiller@credit-agricole.fr",
        "Votre offre de prêt immobilier",
        "Madame, votre offre de prêt est disponible dans votre espace client. Vous disposez "
        "d'un délai de réflexion de 10 jours avant de l'accepter. Votre conseiller",
        False,
    ),
    (
        "secretariat@cabinet-medical-vaugirard.fr",
        "Confirmation de votre rendez-vous",
        "Bonjour, votre rendez-vous avec le Dr Martin est confirmé le jeudi 14 mars à 10h30. "
        "Merci de prévenir 24h à l'avance en cas d'empêchement. Cabinet médical",
        False,
    ),
    (
        "location@foncia.fr",
        "Visite appartement",
        "Bonjour Julie, suite à votre demande, je vous propose une visite de l'appartement rue "
        "Oberkampf mardi à 18h. Merci de confirmer. Cordialement, Agence Foncia",
        False,
    ),
    (
        "admissions@univ-lyon.fr",
        "Votre candidature au Master",
        "Bonjour, nous avons bien reçu votre candidature au Master Data Science. "
        "Malheureusement, elle n'a pas été retenue par la commission pédagogique. Service des "
        "admissions",
        False,
    ),
    (
        "hugo@podcast-entreprendre.fr",
        "Interview pour le podcast",
        "Salut Julie, j'aimerais t'inviter à une interview pour notre podcast sur "
        "l'entrepreneuriat. Tu serais dispo jeudi pour l'enregistrement ? Merci, Hugo",
        False,
    ),
    (
        "newsletter@lesechos-emploi.fr",
        "Les entreprises qui recrutent en 2025",
        "Cette semaine : 10 conseils pour réussir votre entretien d'embauche, et les "
        "entreprises qui recrutent le plus. Se désabonner",
        True,
    ),
    (
        "tom.petit@gmail.com",
        "Bof",
        "Salut Julie, bon, j'ai pas eu le job chez Airbus, ils ont pris quelqu'un d'autre. Je "
        "suis dégoûté mais bon. On se voit ce week-end ? Tom",
        False,
    ),
    (
        "gestion@orpi-paris11.fr",
        "Votre dossier de location",
        "Madame, nous avons le regret de vous informer que votre dossier pour l'appartement "
        "n'a pas été retenu par le propriétaire. Cordialement, l'agence",
        False,
    ),
    (
        "offres@sfr.fr",
        "Offre exclusive : -30% sur votre abonnement",
        "Bonjour Julie, profitez de notre offre spéciale jusqu'à dimanche. Ne manquez pas cette "
        "opportunité !",
        False,
    ),
    (
        "claire@yoga-bastille.fr",
        "Cours suspendus",
        "Bonjour à tous, le cours du mardi est mis en pause pendant les vacances. Reprise le 5 "
        "septembre. Namasté, Claire",
        False,
    ),
    (
        "ines.moreau@gmail.com",
        "Trop bien !",
        "Coucou Julie, trop contente d'apprendre que tu as accepté le poste chez Airbus ! On fête "
        "ça vendredi ? Bisous, Inès",
        False,
    ),
    (
        "paul.girard@gmail.com",
        "Re: appart",
        "Salut Julie, merci de m'avoir prévenu que tu as trouvé un autre appart, pas de souci "
        "pour la colocation. Bonne installation ! Paul",
        False,
    ),
    (
        "location@century21-lyon.fr",
        "Votre dossier",
        "Madame, le propriétaire a décidé de continuer avec un autre locataire pour l'appartement "
        "de la rue Garibaldi. Cordialement, l'agence",
        False,
    ),
    (
        "fidelite@orange.fr",
        "Dommage !",
        "Bonjour Julie, dommage que vous refusiez notre offre de fibre à 19,99 €. Elle reste "
        "valable jusqu'au 30 avril. L'équipe Orange",
        False,
    ),
]


test_person_written_note_is_read_for_its_stage = family_test(
    NOTES, writer=("claire.martin@nuvola.fr", "Claire Martin"), employer="Nuvola"
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)
