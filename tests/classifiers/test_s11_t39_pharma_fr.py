"""French and Belgian hiring mail of pharma, hospitals and pharmacies: hospital HR desks and
directories, temp agencies naming the client late, niche job boards, founders' informal notes,
and the reader's own step back acknowledged."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_hospital_hr_desk_is_not_the_employer(classify: Classify) -> None:
    # a French hospital's HR desk for its doctors names the desk; the domain names the hospital
    result = classify(
        sender="recrutement.medical@chu-valmont.fr",
        name="DRH Recrutement Personnel Médical",
        subject="Accusé de réception – candidature poste praticien attaché",
        body="Madame,\n\nLa Direction des Affaires Médicales accuse réception de votre "
        "candidature au poste de praticien attaché.\n\nVeuillez agréer, Madame, "
        "l'expression de nos salutations distinguées.\n",
        language="fr",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company is not None and "Valmont" in result.company


def test_surname_first_directory_name_is_a_person(classify: Classify) -> None:
    # Outlook directories of French hospitals write "DURAND Élise"
    result = classify(
        sender="elise.durand@clinique-beausoleil.fr",
        name="DURAND Élise",
        subject="Convocation entretien – poste de préparatrice",
        body="Madame,\n\nNous vous invitons à un entretien le mardi 4 mars à 10h00 pour le "
        "poste de préparatrice en pharmacie.\n\nCordialement\n",
        language="fr",
    )
    assert result.category is Category.INTERVIEW
    assert result.company != "DURAND Élise"


def test_agency_subject_passes_on_the_client_answer(classify: Classify) -> None:
    result = classify(
        sender="m.roux@intermed-interim.fr",
        name="Marion Roux – Intermed Intérim",
        subject="Retour client – Biofarm Sud",
        body="Bonjour,\n\nLe responsable a finalement retenu une autre candidate pour la "
        "mission. Je suis désolée pour cette réponse.\n\nMarion\n",
        language="fr",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Biofarm Sud"


def test_temp_agency_names_the_client_once_it_agreed_to_meet(classify: Classify) -> None:
    result = classify(
        sender="m.roux@intermed-interim.fr",
        name="Marion Roux – Intermed Intérim",
        subject="RE: Mission 4 mois – technicien de laboratoire",
        body="Bonjour,\n\nLe client a retenu votre candidature et souhaite vous rencontrer ; je "
        "peux maintenant vous dire qu'il s'agit des Laboratoires Ximen, site de Vénissieux.\n\n"
        "Entretien le jeudi 12 juin à 9h30.\n\nMarion\n",
        language="fr",
    )
    assert result.company == "Laboratoires Ximen"


def test_niche_job_board_passes_the_application_on(classify: Classify) -> None:
    # a board whose own domain says "emploi" names the employer it forwarded to
    result = classify(
        sender="candidatures@santepro-emploi.fr",
        name="SantéPro Emploi",
        subject="Candidature transmise – Technicien de production",
        body="Bonjour,\n\nVotre candidature a été transmise à Delvaux Biotech pour l'offre :\n"
        "Technicien de production – CDI – Nantes\n\nLe recruteur vous répondra directement.\n",
        language="fr",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Delvaux Biotech"


def test_belgian_board_digest_of_new_jobs_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="alerts@jobat.be",
        name="Jobat",
        subject="Nouveaux jobs pour toi : comptable – Liège",
        body="Nouveaux jobs qui correspondent à ta recherche « comptable » à Liège :\n\n"
        "- Comptable (m/f/x) – fiduciaire à Herstal – CDI\n\nVoir tous les jobs\n",
        language="fr",
    )
    assert result.category is Category.ALERT


def test_board_receipt_with_the_title_after_the_colon(classify: Classify) -> None:
    result = classify(
        sender="ne-pas-repondre@apec.fr",
        name="Apec",
        subject="Votre candidature à l'offre « Acheteur H/F »",
        body="Bonjour,\n\nNous vous confirmons l'envoi de votre candidature à l'offre suivante "
        ":\nAcheteur H/F\nNORDAL - Nantes - 44\n\nLe recruteur a désormais accès à votre CV.\n",
        language="fr",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Nordal"


def test_employer_acknowledges_a_declined_offer(classify: Classify) -> None:
    result = classify(
        sender="claire.morel@laboratoires-ondine.fr",
        name="Claire Morel",
        subject="RE: Proposition d'embauche",
        body="Bonjour,\n\nNous prenons acte de votre décision de ne pas donner suite à notre "
        "proposition et vous souhaitons le meilleur.\n\nClaire\n",
        quoted="> Je dois malheureusement décliner la promesse d'embauche.",
        language="fr",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.WITHDRAWN


def test_founder_sent_a_meeting_invitation(classify: Classify) -> None:
    result = classify(
        sender="lea@biocapteur.io",
        name="Léa Fontaine",
        subject="Biocapteur x Jeanne – on en parle ?",
        body="Hello Jeanne,\n\nMerci pour ta candidature ! Je t'ai envoyé une invitation "
        "Google Meet pour mardi 14 à 11h, 30 minutes.\n\nLéa\n",
        language="fr",
    )
    assert result.category is Category.INTERVIEW


def test_informal_no_from_a_start_up(classify: Classify) -> None:
    result = classify(
        sender="lea@biocapteur.io",
        name="Léa Fontaine",
        subject="Re: ta candidature chez Biocapteur",
        body="Hello Jeanne,\n\nMerci pour ta candidature et nos échanges. On ne va pas avancer "
        "ensemble cette fois-ci, on a trouvé un profil plus senior.\n\nLéa\n",
        language="fr",
    )
    assert result.category is Category.REJECTION


def test_preferred_another_profile(classify: Classify) -> None:
    result = classify(
        sender="rh@ondine-pharma.fr",
        name="Ondine Pharma Recrutement",
        subject="Votre candidature",
        body="Bonjour,\n\nMerci pour votre candidature. Nous avons fait le choix de privilégier "
        "un profil ayant davantage d'expérience en stérile.\n\nL'équipe RH\n",
        language="fr",
    )
    assert result.category is Category.REJECTION


def test_withdrawal_acknowledged_by_the_manager(classify: Classify) -> None:
    result = classify(
        sender="p.girard@ondine-pharma.fr",
        name="Paul Girard",
        subject="RE: Candidature responsable production",
        body="Bonjour,\n\nBien reçu, je vous remercie de nous avoir prévenus. Je clôture donc "
        "votre candidature de notre côté.\n\nPaul\n",
        language="fr",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_ats_confirms_the_withdrawal(classify: Classify) -> None:
    result = classify(
        sender="no-reply@taleo.net",
        name="Ondine Recrutement",
        subject="Retrait de votre candidature",
        body="Madame,\n\nNous vous confirmons le retrait de votre candidature pour le poste "
        "Technicien QC (2500AB12).\n\nRecrutement Ondine\n",
        language="fr",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_pharmacy_owner_signs_from_a_personal_mailbox(classify: Classify) -> None:
    result = classify(
        sender="h.marchand42@orange.fr",
        name="Hugo Marchand",
        subject="Re: Candidature préparatrice",
        body="Bonjour Madame,\n\nMerci pour votre candidature. Pourriez-vous passer mardi vers "
        "14h pour en discuter ?\n\nCordialement,\nHugo Marchand\n"
        "Pharmacien titulaire – Pharmacie des Tilleuls, 3 rue Haute, Roanne\n",
        language="fr",
    )
    assert result.company == "Pharmacie des Tilleuls"


def test_candidate_experience_survey_is_no_assessment(classify: Classify) -> None:
    result = classify(
        sender="ondine@myworkday.com",
        name="Ondine Pharma",
        subject="Votre avis compte",
        body="Bonjour,\n\nVous avez récemment participé à un processus de recrutement chez Ondine "
        "Pharma. Afin d'améliorer l'expérience de nos candidats, nous vous invitons à répondre "
        "à un court questionnaire.\n",
        language="fr",
    )
    assert result.category is Category.OTHER_JOB


def test_manager_closed_the_application_at_the_readers_word(classify: Classify) -> None:
    result = classify(
        sender="tom.peeters@meridia-bio.be",
        name="Tom Peeters",
        subject="Re: QA Officer – first call",
        body="Hi Jeanne,\n\nThanks for letting me know, and congratulations on the new role! "
        "I've closed your application on our side.\n\nTom\n",
        language="en",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_employer_notes_the_offer_was_turned_down(classify: Classify) -> None:
    result = classify(
        sender="nadia.roy@centre-bellerive.ca",
        name="Nadia Roy",
        subject="RE: Offre d'emploi – technicienne en pharmacie",
        body="Bonjour,\n\nMerci de nous avoir informés de votre décision. Nous avons bien noté "
        "que vous déclinez l'offre.\n\nAu plaisir,\nNadia\n",
        language="fr",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.WITHDRAWN


def test_temp_agency_pitch_names_the_title(classify: Classify) -> None:
    result = classify(
        sender="m.roux@intermed-interim.fr",
        name="Marion Roux – Intermed Intérim",
        subject="Mission 4 mois – laboratoire – Lyon",
        body="Bonjour,\n\nPour l'un de nos clients, je recherche un(e) Technicien(ne) de "
        "laboratoire pour une mission de 4 mois. Seriez-vous disponible pour un échange "
        "téléphonique cette semaine ?\n\nMarion\n",
        language="fr",
    )
    assert result.role == "Technicien(ne) de laboratoire"


def test_board_names_the_offer_it_passed_on(classify: Classify) -> None:
    result = classify(
        sender="candidatures@santepro-emploi.fr",
        name="SantéPro Emploi",
        subject="Candidature transmise",
        body="Bonjour,\n\nVotre candidature a été transmise à Delvaux Biotech pour l'offre :\n"
        "Technicien de production – CDI – Nantes\n\nLe recruteur vous répondra directement.\n",
        language="fr",
    )
    assert result.role == "Technicien de production"


def test_agency_gives_the_client_name_after_a_colon(classify: Classify) -> None:
    result = classify(
        sender="j.morel@vertal-recrutement.fr",
        name="Julie Morel",
        subject="RE: Poste de responsable qualité – suite",
        body="Bonjour,\n\nComme convenu, je peux vous communiquer le nom de notre client : "
        "Laboratoires Ximen. Ils souhaitent vous rencontrer le jeudi 5 juin à 10h.\n\nJulie\n",
        language="fr",
    )
    assert result.company == "Laboratoires Ximen"


def test_belgian_bilingual_legal_form_is_dropped(classify: Classify) -> None:
    result = classify(
        sender="jobs@meridia-bio.be",
        name="Meridia Biologics SA/NV",
        subject="Votre candidature – QA Officer",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de QA Officer.\n",
        language="fr",
    )
    assert result.company == "Meridia Biologics"


def test_temp_agency_first_call_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="lea.martin@randstad.be",
        name="Léa Martin | Randstad",
        subject="Mission intérim – technicien AQ",
        body="Bonjour,\n\nJe vous contacte pour une mission d'intérim de 3 mois chez l'un de nos "
        "clients, un laboratoire pharmaceutique à Namur.\n\nLéa Martin\n",
        language="fr",
    )
    assert result.category is Category.OUTREACH


def test_agency_names_the_client_between_commas(classify: Classify) -> None:
    result = classify(
        sender="lea.martin@randstad.be",
        name="Léa Martin | Randstad",
        subject="RE: Mission intérim – technicien AQ",
        body="Bonjour,\n\nLe client, les Laboratoires Orvel, souhaite vous rencontrer jeudi à "
        "10h sur son site de Namur.\n\nLéa\n",
        language="fr",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Laboratoires Orvel"


def test_rejection_title_stops_before_the_verb(classify: Classify) -> None:
    result = classify(
        sender="affaires.medicales@chu-nord.fr",
        name="Direction des Affaires Médicales",
        subject="Votre candidature",
        body="Madame,\n\nNous avons le regret de vous informer que votre candidature au poste "
        "d'assistant spécialiste n'a pas été retenue.\n\nLa Directrice des Affaires Médicales\n"
        "CHU du Nord\n",
        language="fr",
    )
    assert result.category is Category.REJECTION
    assert result.role == "Assistant spécialiste"
    assert result.company == "CHU du Nord"


def test_pharmacy_owner_title_and_pharmacy_on_two_lines(classify: Classify) -> None:
    result = classify(
        sender="jean.dupuis@orange.fr",
        name="Jean Dupuis",
        subject="Votre candidature – préparatrice",
        body="Bonjour,\n\nMerci pour votre CV. Pourriez-vous passer à l'officine mardi à 14h ?\n\n"
        "Jean Dupuis\nPharmacien titulaire\nPharmacie de la Gare\n",
        language="fr",
    )
    assert result.company == "Pharmacie de la Gare"


def test_domain_shortens_saint(classify: Classify) -> None:
    result = classify(
        sender="marc.dufour@cliniquestremi.be",
        name="DUFOUR Marc",
        subject="Entretien – pharmacien hospitalier",
        body="Madame,\n\nJe vous propose un entretien le lundi 8 décembre à 11h.\n\n"
        "Dr M. Dufour\nPharmacien chef\nClinique Saint-Rémi\n",
        language="fr",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Clinique Saint-Rémi"


def test_hospital_board_convocation_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="secretariat.pharmacie@ch-belvoir.fr",
        name="Secrétariat Pharmacie",
        subject="Convocation jury – recrutement pharmacien",
        body="Bonjour Madame,\n\nMerci de confirmer votre présence devant le jury le mardi 7 "
        "octobre à 11h00, salle du conseil.\n\nCordialement\n",
        language="fr",
    )
    assert result.category is Category.INTERVIEW
    assert result.company != "Secrétariat Pharmacie"


def test_summoned_before_the_recruitment_board(classify: Classify) -> None:
    result = classify(
        sender="drh@ch-belvoir.fr",
        name="CH Belvoir – DRH",
        subject="Commission de recrutement – pharmacien",
        body="Madame,\n\nVous êtes convoquée devant la commission de recrutement le mardi 7 "
        "octobre à 11h00.\n\nLa DRH\n",
        language="fr",
    )
    assert result.category is Category.INTERVIEW


def test_ats_says_the_named_post_was_filled(classify: Classify) -> None:
    result = classify(
        sender="ondine@myworkday.com",
        name="Ondine Pharma",
        subject="Mise à jour de votre candidature",
        body="Bonjour,\n\nNous vous remercions de l'intérêt que vous portez à Ondine Pharma. Le "
        "poste Technicien QC Microbiologie a été pourvu.\n",
        language="fr",
    )
    assert result.category is Category.REJECTION


def test_board_subject_names_who_viewed_the_application(classify: Classify) -> None:
    result = classify(
        sender="noreply@indeed.com",
        name="Indeed",
        subject="Votre candidature a été consultée par Ondine Pharma",
        body="Bonne nouvelle ! Votre candidature pour le poste Technicien QC a été consultée.\n",
        language="fr",
    )
    assert result.company == "Ondine Pharma"


def test_manager_thanks_for_the_yes_to_the_offer(classify: Classify) -> None:
    result = classify(
        sender="tom.peeters@meridia-bio.be",
        name="Tom Peeters",
        subject="Re: Offer – QA Officer",
        body="Dear Jeanne,\n\nWonderful news, thank you for accepting! I have passed your signed "
        "contract to HR.\n\nTom\n",
        language="en",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED
