"""Employer and role of French hiring mail, as the world writes it.

ATS and HR-system receipts whose sender is a vendor or a no-reply address (employer in the
display name, the subject, the first or last sentence, the sign-off), people at the employer
writing from the company or a personal mailbox, job boards' receipts (the board is never the
employer), agencies for a client (or themselves when the client is confidential), the public
sector and groups, and roles in subjects and bodies.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from tests.classifiers.probes import employer_test

Classify = Callable[..., Classification]

# (family, sender, display name, subject, body, signature, employer, role or "")
PROBES: list[tuple[str, str, str, str, str, str, str, str]] = [
    # --- (a) ATS and HR-system mail from a vendor or a no-reply address ---
    (
        "ats",
        "no-reply@talent-soft.example",
        "Recrutement Maison Berthelot",
        "Accusé de réception de votre candidature",
        "Bonjour Claire,\n\nNous accusons bonne réception de votre candidature au poste de "
        "Chef de projet marketing digital (H/F) et vous remercions de l'intérêt que vous portez "
        "à notre maison.\n\nNotre équipe va étudier votre profil avec attention et reviendra vers "
        "vous dans les meilleurs délais.\n\nBien cordialement,\nL'équipe Recrutement",
        "",
        "Maison Berthelot",
        "Chef de projet marketing digital",
    ),
    (
        "ats",
        "notification@smartrecruiters.com",
        "Groupe Lavergne via SmartRecruiters",
        "Merci pour votre candidature",
        "Bonjour Claire,\n\nMerci d'avoir postulé à l'offre Contrôleur de gestion industriel "
        "H/F. Nous avons bien reçu votre dossier.\n\nSi votre profil correspond à nos attentes, "
        "un membre de l'équipe RH vous contactera.\n\nCordialement,",
        "",
        "Groupe Lavergne",
        "Contrôleur de gestion industriel",
    ),
    (
        "ats",
        "ne-pas-repondre@flatchr.example",
        "",
        "Votre candidature chez Transports Merlin & Fils - Exploitant transport (H/F)",
        "Bonjour,\n\nVotre candidature a bien été enregistrée. Nous reviendrons vers vous "
        "prochainement.\n\nCordialement,\nLe service RH",
        "",
        "Transports Merlin & Fils",
        "Exploitant transport",
    ),
    (
        "ats",
        "noreply@jobaffinity.example",
        "Service Recrutement",
        "Suite à votre candidature",
        "Madame,\n\nNous avons pris connaissance avec intérêt de votre candidature pour le poste "
        "de Responsable paie. Après étude attentive, nous ne sommes pas en mesure d'y donner une "
        "suite favorable.\n\nNous vous souhaitons une pleine réussite dans vos recherches.\n\n"
        "L'équipe RH d'Auberval Industries",
        "",
        "Auberval Industries",
        "Responsable paie",
    ),
    (
        "ats",
        "no-reply@workday.example",
        "Carrières Sorelia",
        "Invitation à un entretien",
        "Bonjour Claire,\n\nNous avons le plaisir de vous convier à un entretien en "
        "visioconférence pour le poste d'Ingénieur Data - Équipe Plateforme (F/H), le mardi 14 "
        "mai à 10h30.\n\nMerci de confirmer votre disponibilité via votre espace candidat.\n\n"
        "L'équipe Talent Acquisition",
        "",
        "Sorelia",
        "Ingénieur Data",
    ),
    (
        "ats",
        "noreply@teamtailor.example",
        "Bleu Marine Conseil",
        "Test technique – Développeur Python",
        "Bonjour Claire,\n\nPour la prochaine étape, nous vous invitons à réaliser un test "
        "technique en ligne d'une durée de 90 minutes. Vous avez 5 jours pour le compléter.\n\n"
        "Bonne chance !\n\nBleu Marine Conseil",
        "",
        "Bleu Marine Conseil",
        "Développeur Python",
    ),
    (
        "ats",
        "recrutement@mail.beetween.example",
        "Recrutement",
        "Votre candidature a bien été reçue",
        "Bonjour Claire,\n\nMerci pour votre candidature au poste de Technicien de maintenance "
        "(H/F) - Réf. 2024-0412.\n\nElle sera étudiée avec attention par nos équipes.\n\n"
        "À très bientôt,\nLa Direction des Ressources Humaines de Fonderies Delcourt SAS",
        "",
        "Fonderies Delcourt",
        "Technicien de maintenance",
    ),
    (
        "ats",
        "no-reply@hrflow.example",
        "Talents | Cabinet Roussel-Vidal Avocats",
        "Votre candidature",
        "Bonjour,\n\nNous vous remercions pour votre candidature au poste de Juriste "
        "droit social. Nous avons le regret de vous informer qu'elle n'a pas été retenue.\n\n"
        "Bien à vous,",
        "",
        "Cabinet Roussel-Vidal Avocats",
        "Juriste droit social",
    ),
    (
        "ats",
        "no-reply@flatchr.io",
        "Recrutement Pharmacies Lemoine",
        "Proposition d'embauche - Préparateur en pharmacie",
        "Bonjour Claire,\n\nNous avons le plaisir de vous proposer le poste de Préparateur en "
        "pharmacie en CDI à compter du 1er septembre. Vous trouverez ci-joint notre proposition "
        "détaillée.\n\nCordialement,",
        "",
        "Pharmacies Lemoine",
        "Préparateur en pharmacie",
    ),
    # --- (b) a person at the employer, company domain or personal mailbox ---
    (
        "person",
        "m.garnier@atelierscoste.fr",
        "Marion Garnier",
        "Votre candidature - assistante commerciale",
        "Bonjour Claire,\n\nJ'ai bien reçu votre candidature pour le poste d'assistante "
        "commerciale. Seriez-vous disponible jeudi à 14h pour un premier échange "
        "téléphonique ?\n\nBien cordialement,",
        "Marion Garnier\nResponsable RH – Ateliers Coste SAS\n04 72 00 00 00",
        "Ateliers Coste",
        "assistante commerciale",
    ),
    (
        "person",
        "julien.barre@gmail.com",
        "Julien Barre",
        "Entretien",
        "Bonjour Claire,\n\nMerci pour votre CV. Je serais ravi d'échanger avec vous sur le poste "
        "de développeur front-end. Êtes-vous disponible demain à 11h ?\n\nJulien",
        "Julien Barre\nCTO @ Kalyo\n06 00 00 00 00",
        "Kalyo",
        "développeur front-end",
    ),
    (
        "person",
        "lea.marchand@bouygues-like.example",
        "Léa Marchand",
        "Retour sur votre entretien",
        "Bonjour Claire,\n\nMerci encore pour votre temps mardi. Malheureusement, nous avons "
        "décidé de poursuivre avec une autre candidate pour le poste de Chargée d'affaires.\n\n"
        "Je vous souhaite bonne continuation.\n\nLéa",
        "Léa Marchand\nTalent Acquisition Partner | Valcourt Énergies\nvalcourt-energies.fr",
        "Valcourt Énergies",
        "Chargée d'affaires",
    ),
    (
        "person",
        "s.hamel@groupe-orsay.example",
        "Sophie Hamel",
        "Prochaine étape",
        "Bonjour Claire,\n\nSuite à notre échange, je vous propose un entretien avec notre "
        "directeur financier pour le poste de Contrôleuse de gestion, mercredi prochain à 15h "
        "dans nos locaux de Nantes.\n\nBonne journée,",
        "Sophie Hamel\nChargée de recrutement\nOrsay Distribution\n12 rue de la Paix, 44000 Nantes",
        "Orsay Distribution",
        "Contrôleuse de gestion",
    ),
    (
        "person",
        "camille.roy@sfr.fr",
        "Camille Roy",
        "Offre - poste de chargée de communication",
        "Bonjour Claire,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous proposer le "
        "poste. Vous trouverez la promesse d'embauche en pièce jointe.\n\nCamille Roy\nDRH - "
        "Éditions du Lierre",
        "",
        "Éditions du Lierre",
        "chargée de communication",
    ),
    # --- (c) job boards and career sites ---
    (
        "board",
        "candidature@hellowork.com",
        "HelloWork",
        "Votre candidature a été envoyée",
        "Bonjour Claire,\n\nVotre candidature au poste de Comptable fournisseurs H/F chez "
        "Distrilog a bien été envoyée.\n\nRetrouvez le suivi de vos candidatures dans votre "
        "espace.\n\nL'équipe HelloWork",
        "",
        "Distrilog",
        "Comptable fournisseurs",
    ),
    (
        "board",
        "noreply@welcometothejungle.com",
        "Welcome to the Jungle",
        "Candidature envoyée chez Pépites Bio",
        "Hello Claire,\n\nTa candidature pour le poste Product Owner a bien été transmise à "
        "Pépites Bio. Bonne chance !\n\nL'équipe Welcome to the Jungle",
        "",
        "Pépites Bio",
        "Product Owner",
    ),
    (
        "board",
        "noreply@indeed.com",
        "Indeed",
        "Candidature envoyée : Assistant administratif H/F",
        "Votre candidature a été envoyée à Garage Moreau Automobiles.\n\nAssistant administratif "
        "H/F\nGarage Moreau Automobiles - Rennes (35)\n\nVous trouverez vos candidatures dans Mes "
        "emplois.",
        "",
        "Garage Moreau Automobiles",
        "Assistant administratif",
    ),
    (
        "board",
        "jobs-noreply@linkedin.com",
        "LinkedIn",
        "Claire, votre candidature a été envoyée à Solvinet",
        "Votre candidature a été envoyée à Solvinet\n\nIngénieure DevOps\nSolvinet · Lyon "
        "(Hybride)\n\nCandidature envoyée le 3 mars",
        "",
        "Solvinet",
        "Ingénieure DevOps",
    ),
    (
        "board",
        "noreply@apec.fr",
        "Apec",
        "Votre candidature a été consultée",
        "Bonjour Claire,\n\nBonne nouvelle : le recruteur de la société Armor Fluides a consulté "
        "votre candidature à l'offre Responsable achats H/F.\n\nL'équipe Apec",
        "",
        "Armor Fluides",
        "Responsable achats",
    ),
    (
        "board",
        "no-reply@jobteaser.com",
        "JobTeaser",
        "Ta candidature a été envoyée",
        "Bonjour Claire,\n\nTa candidature à l'offre « Stage - Assistant(e) chef de produit » de "
        "Laboratoires Ravel a bien été envoyée.\n\nBonne chance !",
        "",
        "Laboratoires Ravel",
        "Assistant(e) chef de produit",
    ),
    (
        "board",
        "noreply@meteojob.com",
        "Meteojob",
        "Mise à jour de votre candidature",
        "Bonjour Claire,\n\nL'entreprise Menuiserie Gauthier a répondu à votre candidature pour "
        "le poste de Poseur menuisier. Malheureusement, elle n'a pas été retenue.\n\nL'équipe "
        "Meteojob",
        "",
        "Menuiserie Gauthier",
        "Poseur menuisier",
    ),
    (
        "board",
        "noreply@francetravail.fr",
        "France Travail",
        "Votre candidature a été transmise",
        "Bonjour Madame,\n\nVotre candidature pour l'offre n° 178ZKLP « Agent d'entretien (H/F) » "
        "a été transmise à l'employeur SARL Net'Azur.\n\nCordialement,\nFrance Travail",
        "",
        "Net'Azur",
        "Agent d'entretien",
    ),
    # --- (d) agencies and recruitment firms ---
    (
        "agency",
        "t.blanc@cabinet-altair.example",
        "Thomas Blanc - Altair Conseil RH",
        "Opportunité Responsable logistique - notre client Laiteries Rochat",
        "Bonjour Claire,\n\nJe vous contacte pour un poste de Responsable logistique chez notre "
        "client Laiteries Rochat, leader régional des produits laitiers. Seriez-vous disponible "
        "pour un échange cette semaine ?\n\nThomas Blanc\nConsultant - Altair Conseil RH",
        "",
        "Laiteries Rochat",
        "Responsable logistique",
    ),
    (
        "agency",
        "h.perrot@sextant-search.example",
        "Hélène Perrot",
        "Candidature confidentielle - Directeur administratif et financier",
        "Bonjour Claire,\n\nDans le cadre d'une mission confidentielle pour un groupe industriel, "
        "je souhaiterais vous présenter le poste de Directeur administratif et financier. "
        "Pourrions-nous en parler jeudi ?\n\nHélène Perrot\nAssociée | Sextant Search",
        "",
        "",
        "Directeur administratif et financier",
    ),
    (
        "agency",
        "c.morel@talentis-rh.example",
        "Cécile Morel",
        "Entretien chez Brasseries Lemaître",
        "Bonjour Claire,\n\nBonne nouvelle : Brasseries Lemaître souhaite vous rencontrer pour le "
        "poste de Chef de secteur. L'entretien aura lieu le 12 juin à 10h dans leurs locaux.\n\n"
        "Cécile Morel\nConsultante recrutement - Talentis RH",
        "",
        "Brasseries Lemaître",
        "Chef de secteur",
    ),
    (
        "agency",
        "recrutement@axe-interim.example",
        "Axe Intérim",
        "Votre candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste d'Opérateur de "
        "production (H/F) que nous recrutons pour le compte de la société Plastiques Verdier, "
        "à Oyonnax.\n\nNotre équipe vous recontactera.\n\nAxe Intérim",
        "",
        "Plastiques Verdier",
        "Opérateur de production",
    ),
    (
        "agency",
        "r.girard@hays-like.example",
        "Romain Girard",
        "Poste de Comptable général chez Mutuelle Atlantique",
        "Bonjour Claire,\n\nJe vous ai positionnée sur le poste de Comptable général chez "
        "Mutuelle Atlantique. Le client souhaite un premier entretien vendredi.\n\nRomain",
        "Romain Girard\nConsultant Senior Finance\nCarrières & Compétences",
        "Mutuelle Atlantique",
        "Comptable général",
    ),
    # --- (e) public sector, health, education, groups ---
    (
        "public",
        "recrutement@ville-saintbrieuc.example",
        "Ville de Saint-Brieuc",
        "Votre candidature - Agent de médiathèque",
        "Madame,\n\nNous accusons réception de votre candidature au poste d'Agent de "
        "médiathèque. Le jury se réunira courant juin.\n\nLe Maire,\nPour le Maire et par "
        "délégation, la Direction des Ressources Humaines",
        "",
        "Ville de Saint-Brieuc",
        "Agent de médiathèque",
    ),
    (
        "public",
        "rh@univ-grenoble.example",
        "Recrutement",
        "Votre candidature au poste d'ingénieur d'études",
        "Madame,\n\nNous avons le regret de vous informer que votre candidature au poste "
        "d'ingénieur d'études en analyse de données n'a pas été retenue.\n\nCordialement,\nLa "
        "Direction des Ressources Humaines\nUniversité Grenoble Alpes",
        "",
        "Université Grenoble Alpes",
        "ingénieur d'études en analyse de données",
    ),
    (
        "public",
        "emploi@cd-gironde.example",
        "Département de la Gironde",
        "Jury de recrutement",
        "Madame,\n\nVous êtes conviée au jury de recrutement pour le poste de Travailleur social "
        "(F/H) le mardi 4 juin à 9h30, à l'Hôtel du Département.\n\nLe service recrutement",
        "",
        "Département de la Gironde",
        "Travailleur social",
    ),
    (
        "public",
        "recrutement@metropole-rouen.example",
        "",
        "Candidature - Technicien voirie",
        "Madame,\n\nLa Métropole Rouen Normandie accuse réception de votre candidature au poste "
        "de Technicien voirie.\n\nCordialement,\nDirection des Ressources Humaines",
        "",
        "Métropole Rouen Normandie",
        "Technicien voirie",
    ),
    (
        "public",
        "carrieres@groupe-hevea.example",
        "Groupe Hévéa",
        "Votre candidature",
        "Bonjour Claire,\n\nMerci pour votre candidature au poste de Responsable qualité au sein "
        "de notre filiale Hévéa Emballages. Nous reviendrons vers vous sous quinze jours.\n\n"
        "Les équipes RH du Groupe Hévéa",
        "",
        "Hévéa Emballages",
        "Responsable qualité",
    ),
    (
        "public",
        "recrutement@lycee-jeanmoulin.example",
        "Lycée Jean Moulin",
        "Poste d'assistant d'éducation",
        "Madame,\n\nJe vous propose un entretien pour le poste d'assistant d'éducation le lundi "
        "à 10h au lycée.\n\nLe Proviseur,\nLycée Jean Moulin - Béziers",
        "",
        "Lycée Jean Moulin",
        "assistant d'éducation",
    ),
    # --- (f) roles in subjects and bodies ---
    (
        "role",
        "recrutement@vallee-verte.example",
        "Coopérative Vallée Verte",
        "Candidature au poste de Responsable d'exploitation agricole",
        "Bonjour Claire,\n\nNous avons bien reçu votre candidature et reviendrons vers vous "
        "rapidement.\n\nCoopérative Vallée Verte",
        "",
        "Coopérative Vallée Verte",
        "Responsable d'exploitation agricole",
    ),
    (
        "role",
        "rh@neoloc.example",
        "RH Neoloc",
        "Réf. 24-117 - Gestionnaire locatif (H/F) - Bordeaux",
        "Bonjour Claire,\n\nVotre candidature a retenu notre attention. Nous souhaiterions "
        "échanger avec vous par téléphone cette semaine.\n\nL'équipe RH Neoloc",
        "",
        "Neoloc",
        "Gestionnaire locatif",
    ),
    (
        "role",
        "jobs@kerlys.example",
        "Kerlys",
        "Votre candidature : Développeuse back-end Java – Équipe Paiements",
        "Bonjour Claire,\n\nMerci pour votre candidature. Nous vous proposons un entretien "
        "technique jeudi à 14h.\n\nÀ bientôt,\nKerlys",
        "",
        "Kerlys",
        "Développeuse back-end Java",
    ),
    (
        "role",
        "recrutement@sodiam.example",
        "Sodiam Recrutement",
        "Suite de votre candidature",
        "Bonjour Claire,\n\nVous avez postulé pour le poste de Technicienne bureau d'études "
        "électricité (Lyon). Nous avons le plaisir de vous inviter à un entretien.\n\n"
        "Cordialement,\nSodiam",
        "",
        "Sodiam",
        "Technicienne bureau d'études électricité",
    ),
    (
        "role",
        "noreply@careers.example",
        "Recrutement Fidelio Assurances",
        "Candidature n° 88213 - Souscripteur IARD H/F",
        "Bonjour,\n\nNous vous remercions pour votre candidature. Vous serez recontactée si "
        "votre profil correspond.\n\nFidelio Assurances",
        "",
        "Fidelio Assurances",
        "Souscripteur IARD",
    ),
    (
        "role",
        "rh@laboratoires-auriol.example",
        "Laboratoires Auriol",
        "Entretien",
        "Bonjour Claire,\n\nDans le cadre de votre candidature en tant que Chargée d'affaires "
        "réglementaires, nous vous invitons à un entretien le 3 avril à 11h.\n\nLaboratoires "
        "Auriol",
        "",
        "Laboratoires Auriol",
        "Chargée d'affaires réglementaires",
    ),
    (
        "role",
        "talents@novacite.example",
        "Novacité",
        "Offre d'emploi : Chef de chantier gros œuvre (F/H) – CDI",
        "Bonjour Claire,\n\nNous vous remercions de votre intérêt. Votre candidature est "
        "actuellement en cours d'examen.\n\nNovacité",
        "",
        "Novacité",
        "Chef de chantier gros œuvre",
    ),
    (
        "role",
        "no-reply@maison-delorme.example",
        "Maison Delorme",
        "Votre candidature",
        "Bonjour Claire,\n\nNous vous remercions pour l'intérêt que vous portez au poste de "
        "Conseillère de vente – Boutique Paris Saint-Honoré. Nous ne donnerons "
        "malheureusement pas suite.\n\nMaison Delorme",
        "",
        "Maison Delorme",
        "Conseillère de vente",
    ),
]


test_employer_and_role_fr = employer_test(PROBES, language="fr")
