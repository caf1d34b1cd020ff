"""French mail that is or is not application mail at all: receipts, scheduling, outreach.

Receipts worded the many ways ATSs, boards, public bodies and small firms word them (short
ones and HTML-ish ones too), interviews as booking tools and recruiters really set them up,
a recruiter's or an agency's approach apart from a board's alert; and the look-alikes with
the same words (admissions, grants, permits, rentals, tenders, elections, castings, medical
and court appointments, press interviews, app reviews, loyalty offers, an employee's HR mail)
that stay not job mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.probes import lookalike_test, stage_test

ATS = ("recrutement@groupe-verlaine.fr", "Groupe Verlaine Recrutement")
PERSON = ("claire.martin@groupe-verlaine.fr", "Claire Martin")
AGENCY = ("julien.roche@talentis-conseil.fr", "Julien Roche")
BOARD = ("alertes@emploi-direct.fr", "Emploi Direct")
EMPLOYER = "Groupe Verlaine"

CONFIRMATION, INTERVIEW = Category.CONFIRMATION, Category.INTERVIEW
APPROACH, ALERT = Category.OUTREACH, Category.ALERT

# (a) receipts: (subject, body, category, status, read in the process)
RECEIPTS = [
    (
        "Accusé de réception de votre candidature",
        "Bonjour Jane,\n\nNous accusons bonne réception de votre candidature au poste de "
        "Chargée de communication et vous en remercions. Notre équipe l'étudiera avec attention "
        "et reviendra vers vous dans les meilleurs délais.\n\nL'équipe Recrutement",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Votre dossier",
        "Madame,\n\nNous vous informons que votre dossier a bien été reçu par nos services. "
        "Il sera examiné par le responsable du recrutement.\n\nCordialement,\nService RH",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Merci Jane !",
        "Merci Jane, nous avons bien reçu ton CV pour le poste de développeuse front-end. "
        "On revient vers toi très vite !\n\nL'équipe Verlaine",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Inscription enregistrée – offre n° 2025-114",
        "Votre inscription à l'offre n° 2025-114 (Technicien de maintenance) a bien été "
        "enregistrée. Vous pouvez suivre l'avancement depuis votre espace candidat.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Candidature bien reçue",
        "<p>Bonjour,</p><p>Nous avons bien reçu votre candidature pour l'offre "
        "<b>Comptable fournisseurs H/F</b>.</p><p>Nous vous répondrons sous 15 jours.</p>"
        "<p>Groupe Verlaine</p>",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Dossier bien reçu",
        "Bonjour, dossier bien reçu, merci. Nous revenons vers vous dès que possible. Claire",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Votre candidature spontanée",
        "Madame Doe,\n\nVos coordonnées nous sont bien parvenues et nous vous remercions de "
        "l'intérêt porté à notre entreprise. Votre profil sera conservé dans notre vivier et "
        "nous ne manquerons pas de vous contacter si un poste correspondant se libère.\n\n"
        "Direction des Ressources Humaines",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Confirmation de dépôt de candidature",
        "Votre candidature pour le poste d'Assistante de direction (réf. AD-2291) a été "
        "transmise avec succès. Ceci est un message automatique, merci de ne pas y répondre.",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Nous avons reçu votre CV",
        "Bonjour Jane,\n\nNous avons bien reçu votre CV et votre lettre de motivation. Ils "
        "ont été transmis au manager concerné. Si votre profil correspond, nous vous "
        "contacterons pour un premier échange.\n\nBien à vous,\nClaire Martin, RH",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Mairie de Lyon – candidature au poste d'agent administratif",
        "Madame,\n\nJ'ai l'honneur d'accuser réception de votre candidature au poste d'agent "
        "administratif. Votre dossier sera soumis au jury de recrutement.\n\nLe Directeur "
        "des Ressources Humaines",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Votre candidature a bien été envoyée",
        "Votre candidature a bien été envoyée à Groupe Verlaine pour l'offre Vendeur H/F. "
        "Bonne chance !",
        CONFIRMATION,
        None,
        False,
    ),
    (
        "Re: Candidature – serveuse",
        "Bonjour, merci pour votre CV, je le transmets au gérant et on vous tient au courant. "
        "Bonne journée, Claire",
        CONFIRMATION,
        None,
        False,
    ),
]

# (b) interview scheduling: booking tools, reminders, reschedules, a recruiter's two lines
SCHEDULING = [
    (
        "Choisissez votre créneau d'entretien",
        "Bonjour Jane,\n\nSuite à votre candidature, nous souhaitons échanger avec vous. "
        "Merci de choisir un créneau pour votre entretien via le lien Calendly ci-dessous :\n"
        "https://calendly.com/claire-martin/entretien-30min\n\nClaire",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Confirmé : Entretien avec Claire Martin",
        "Votre rendez-vous est confirmé.\nEntretien avec Claire Martin – Groupe Verlaine\n"
        "Mardi 11 mars 2025, 15:00 – 15:45 (heure de Paris)\nLien Teams : "
        "https://teams.microsoft.com/l/meetup-join/abc\nReprogrammer ou annuler.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Rappel : votre entretien demain à 10h",
        "Bonjour Jane,\n\nPetit rappel : votre entretien pour le poste de Chef de projet a lieu "
        "demain à 10h dans nos locaux, 12 rue de la Paix. Pensez à vous munir d'une pièce "
        "d'identité.\n\nÀ demain,\nClaire",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Report de notre entretien",
        "Bonjour Jane, je suis désolée mais je dois décaler notre entretien de jeudi. Seriez-"
        "vous disponible vendredi à 14h à la place ? Claire",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Échange téléphonique",
        "Bonjour Jane, mardi 15h vous conviendrait-il pour un premier échange téléphonique "
        "au sujet du poste ? Bien à vous, Claire",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Invitation : Entretien visio – Jane Doe",
        "Claire Martin vous a invitée à un entretien en visioconférence.\nQuand : lun. 17 mars "
        "2025 11:00 – 12:00\nRejoindre Google Meet : https://meet.google.com/abc-defg-hij\n"
        "Accepter · Refuser · Peut-être",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Planifiez votre entretien avec Groupe Verlaine",
        "Bonjour Jane,\n\nVotre candidature a retenu notre attention. Vous pouvez réserver "
        "directement un créneau pour votre entretien avec l'équipe recrutement depuis votre "
        "espace candidat.\n\nÀ bientôt,\nGroupe Verlaine",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Votre appel avec Claire Martin est confirmé",
        "Votre appel de présélection avec Claire Martin est confirmé pour le mercredi 12 mars "
        "à 9h30. Claire vous appellera au numéro que vous avez indiqué.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Disponibilités pour un entretien",
        "Bonjour Jane,\n\nNous aimerions vous rencontrer. Pourriez-vous me faire part de vos "
        "disponibilités la semaine prochaine pour un entretien d'environ une heure ?\n\n"
        "Cordialement,\nClaire Martin",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Nouveau créneau – entretien reprogrammé",
        "Votre entretien a été reprogrammé au jeudi 20 mars à 16h00. Le lien de connexion "
        "reste inchangé.\n\nMicrosoft Bookings – Groupe Verlaine",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Entretien – convocation",
        "Madame,\n\nNous avons le plaisir de vous convoquer à un entretien le 24 mars à 10h "
        "à la Direction des Ressources Humaines.\n\nVeuillez agréer, Madame, nos salutations "
        "distinguées.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Jeudi ?",
        "Jane, est-ce que jeudi 11h te va pour qu'on se voie avec le manager ? Claire",
        INTERVIEW,
        None,
        True,
    ),
]

# (c) a recruiter's or agency's approach
OUTREACH = [
    (
        "Opportunité – Responsable Contrôle de gestion",
        "Bonjour Jane,\n\nJe suis consultant chez Talentis Conseil et j'accompagne l'un de mes "
        "clients, un groupe industriel, dans le recrutement d'un Responsable Contrôle de "
        "gestion. Votre profil a retenu mon attention. Seriez-vous ouverte à un échange ?\n\n"
        "Julien Roche",
        APPROACH,
        None,
        False,
    ),
    (
        "Votre profil LinkedIn",
        "Bonjour Jane, j'ai vu votre profil et je pense qu'un poste de Product Owner chez un de "
        "nos clients pourrait vous intéresser. Auriez-vous 15 minutes cette semaine ? Julien",
        APPROACH,
        None,
        False,
    ),
    (
        "Mission de 6 mois – Data Analyst",
        "Bonjour,\n\nNous recherchons pour un client grand compte un(e) Data Analyst pour une "
        "mission de 6 mois à Paris. Si vous êtes disponible ou connaissez quelqu'un, n'hésitez "
        "pas à me recontacter.\n\nJulien Roche\nTalentis Conseil",
        APPROACH,
        None,
        False,
    ),
    (
        "Poste de directrice financière – approche confidentielle",
        "Madame,\n\nDans le cadre d'un mandat confié par un de nos clients, je me permets de "
        "vous contacter au sujet d'un poste de Directrice financière. Accepteriez-vous d'en "
        "discuter en toute confidentialité ?\n\nJulien Roche, Associé",
        APPROACH,
        None,
        False,
    ),
    (
        "Échange ?",
        "Bonjour Jane, je recrute actuellement des ingénieurs DevOps pour une scale-up "
        "parisienne. Est-ce que tu serais partante pour en parler ? Julien",
        APPROACH,
        None,
        False,
    ),
    (
        "Une opportunité qui pourrait vous plaire",
        "Bonjour Jane,\n\nJe me permets de vous solliciter car nous recrutons un Chef de projet "
        "digital en CDI. Votre parcours correspond parfaitement. Êtes-vous à l'écoute du "
        "marché ?\n\nBien cordialement,\nJulien",
        APPROACH,
        None,
        False,
    ),
]

# (c) a board's alert
ALERTS = [
    (
        "12 nouvelles offres pour « comptable »",
        "Bonjour Jane,\n\n12 nouvelles offres correspondent à votre recherche « comptable » "
        "à Lyon.\nComptable – Groupe Verlaine – Lyon\nAssistant comptable – Cabinet Morel – "
        "Villeurbanne\nVoir toutes les offres\nGérer mes alertes",
        ALERT,
        None,
        False,
    ),
    (
        "Votre alerte emploi : Chef de projet",
        "Les offres d'emploi du jour qui correspondent à votre alerte « Chef de projet » :\n"
        "Chef de projet IT – CDI – Nantes\nChef de projet BTP – CDI – Rennes\nPostuler",
        ALERT,
        None,
        False,
    ),
    (
        "Des offres qui pourraient vous intéresser",
        "Jane, ces offres d'emploi pourraient vous intéresser : Développeur Python (Toulouse), "
        "Ingénieur data (Paris). Voir les offres. Se désabonner.",
        ALERT,
        None,
        False,
    ),
    (
        "Nouvelles offres d'emploi recommandées pour vous",
        "Offres recommandées d'après votre profil : Responsable logistique – Bordeaux; "
        "Gestionnaire de stock – Mérignac. Modifier mes critères.",
        ALERT,
        None,
        False,
    ),
    (
        "Nouvelle offre de stage correspondant à votre recherche",
        "Une nouvelle offre de stage correspond à votre recherche : Stage marketing digital – "
        "6 mois – Lille. Voir l'offre.",
        ALERT,
        None,
        False,
    ),
    (
        "Les offres d'emploi de la semaine",
        "Cette semaine, 34 nouvelles offres d'emploi dans votre secteur. Infirmier(e) – CHU "
        "de Nantes; Aide-soignant(e) – Clinique du Parc. Voir toutes les offres.",
        ALERT,
        None,
        False,
    ),
]

# (d) look-alikes: (sender, subject, body, sent to a mailing list)
LOOKALIKES = [
    (
        "admissions@univ-lyon.fr",
        "Votre candidature en Master 2 – accusé de réception",
        "Madame,\n\nNous accusons réception de votre candidature en Master 2 Droit des affaires. "
        "La commission pédagogique examinera les dossiers en juin.\n\nService des admissions",
        False,
    ),
    (
        "noreply@parcoursup.fr",
        "Parcoursup : votre dossier a bien été confirmé",
        "Vos vœux ont bien été confirmés. Les réponses des formations seront disponibles à "
        "partir du 2 juin.",
        False,
    ),
    (
        "bourses@fondation-avenir.org",
        "Votre demande de bourse",
        "Bonjour Jane, nous avons bien reçu votre dossier de candidature pour la bourse "
        "d'excellence. Le jury se réunira en mai et vous serez informée de sa décision.",
        False,
    ),
    (
        "noreply@anr.fr",
        "Appel à projets 2025 – dépôt confirmé",
        "Votre proposition au titre de l'appel à projets générique 2025 a bien été déposée. "
        "Les résultats de la présélection seront communiqués en juillet.",
        False,
    ),
    (
        "prefecture-titres@interieur.gouv.fr",
        "Votre demande de titre de séjour",
        "Votre demande de titre de séjour a bien été enregistrée. Vous serez convoquée pour un "
        "rendez-vous en préfecture afin de relever vos empreintes.",
        False,
    ),
    (
        "location@agence-immo-centre.fr",
        "Votre dossier de location – 3 rue Victor Hugo",
        "Bonjour, nous avons bien reçu votre dossier de location pour l'appartement T2. Le "
        "propriétaire étudiera les candidatures et nous reviendrons vers vous sous 48h.",
        False,
    ),
    (
        "credit@banque-populaire-exemple.fr",
        "Votre demande de prêt immobilier",
        "Votre dossier de demande de prêt a bien été transmis à notre service crédit. Un "
        "conseiller vous contactera pour un rendez-vous.",
        False,
    ),
    (
        "marches@ville-exemple.fr",
        "Candidature à l'appel d'offres n° 2025-07 – accusé de réception",
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature à l'appel d'offres "
        "relatif aux travaux de voirie. L'ouverture des plis aura lieu le 12 avril.",
        False,
    ),
    (
        "elections@mairie-exemple.fr",
        "Dépôt de candidature – élections municipales",
        "Votre déclaration de candidature pour les élections municipales a bien été "
        "enregistrée. La liste des candidats sera publiée en préfecture.",
        False,
    ),
    (
        "casting@prod-lumiere.fr",
        "Casting – convocation à l'audition",
        "Bonjour Jane, suite à votre candidature pour le casting du court-métrage, nous vous "
        "invitons à une audition le samedi 15 mars à 14h. Merci de préparer une scène.",
        False,
    ),
    (
        "hackathon@techweek.fr",
        "Inscription confirmée – Hackathon Climat",
        "Votre équipe est bien inscrite au Hackathon Climat. Le jury sélectionnera les "
        "finalistes le 20 mars. À bientôt !",
        True,
    ),
    (
        "benevolat@restos-exemple.org",
        "Merci pour votre candidature de bénévole",
        "Bonjour Jane, merci de vouloir rejoindre nos bénévoles ! Un responsable d'antenne "
        "vous appellera pour convenir d'un premier rendez-vous.",
        False,
    ),
    (
        "secretariat@asso-quartier.fr",
        "Candidature au conseil d'administration",
        "Bonjour, votre candidature au conseil d'administration a bien été reçue. Elle sera "
        "soumise au vote de l'assemblée générale du 5 avril.",
        False,
    ),
    (
        "rdv@doctolib.fr",
        "Confirmation de votre rendez-vous",
        "Votre rendez-vous avec Dr Lefebvre est confirmé le mardi 11 mars à 15h00. Pensez à "
        "apporter votre carte Vitale.",
        False,
    ),
    (
        "bilan@centre-sante-exemple.fr",
        "Votre bilan de santé",
        "Nous vous confirmons votre évaluation médicale du 14 mars à 8h30. Merci de venir à jeun.",
        False,
    ),
    (
        "greffe@tj-exemple.justice.fr",
        "Convocation à l'audience",
        "Vous êtes convoquée à l'audience du tribunal judiciaire le 3 avril à 9h, salle 2, "
        "dans l'affaire qui vous oppose à la société Dupont.",
        False,
    ),
    (
        "production@podcast-exemple.fr",
        "Interview pour notre podcast",
        "Bonjour Jane, nous serions ravis de vous recevoir pour une interview dans notre "
        "podcast. Seriez-vous disponible jeudi 15h pour l'enregistrement ?",
        False,
    ),
    (
        "redaction@journal-exemple.fr",
        "Demande d'entretien – article sur l'économie circulaire",
        "Bonjour Madame Doe, je prépare un article sur l'économie circulaire et souhaiterais "
        "m'entretenir avec vous par téléphone. Auriez-vous 20 minutes cette semaine ?",
        False,
    ),
    (
        "no-reply@apple.com",
        "Votre app est en cours d'examen",
        "Votre soumission pour MonApp 2.1 est en cours d'examen. Nous vous informerons dès "
        "que l'examen sera terminé.",
        False,
    ),
    (
        "offres@fnac-exemple.com",
        "Offre exclusive : -20 % pour les adhérents",
        "Jane, profitez de notre offre exclusive réservée aux adhérents. Votre candidature "
        "au programme fidélité est validée !",
        True,
    ),
    (
        "rh@groupe-verlaine.fr",
        "Votre entretien annuel d'évaluation",
        "Bonjour Jane, votre entretien annuel d'évaluation avec votre manager est prévu le "
        "18 mars. Merci de compléter votre auto-évaluation avant cette date.",
        False,
    ),
    (
        "paie@groupe-verlaine.fr",
        "Votre bulletin de paie de février est disponible",
        "Votre bulletin de paie du mois de février est disponible dans votre espace salarié.",
        False,
    ),
    (
        "concours@photo-exemple.fr",
        "Votre participation au concours photo",
        "Votre candidature au concours photo « Lumières de ville » a bien été enregistrée. "
        "Les lauréats seront annoncés le 1er mai.",
        True,
    ),
    (
        "inscriptions@lycee-exemple.fr",
        "Inscription de votre enfant – rendez-vous",
        "Madame, le dossier d'inscription de votre fils a bien été reçu. Nous vous proposons "
        "un entretien avec le proviseur le lundi 10 mars à 17h.",
        False,
    ),
    (
        "caf@caf-exemple.fr",
        "Votre demande d'aide au logement",
        "Nous avons bien reçu votre demande d'aide au logement. Elle est en cours d'étude.",
        False,
    ),
]

test_receipt_is_a_confirmation = stage_test(RECEIPTS, writer=ATS, employer=EMPLOYER)
test_scheduling_is_an_interview = stage_test(SCHEDULING, writer=PERSON, employer=EMPLOYER)
test_approach_is_outreach = stage_test(OUTREACH, writer=AGENCY, employer="")
test_board_mail_is_an_alert = stage_test(ALERTS, writer=BOARD, employer="")
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)
