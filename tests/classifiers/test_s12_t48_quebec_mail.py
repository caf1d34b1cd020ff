"""Québec and Canadian job mail the rules misread: a start-up's offer with an elided "te", a
conditional offer, Québec rejections ("à l'interne", a failed exam), both genders of a title
joined by "ou", a cooperative's domain, a group's brands and banners, a bilingual federal
staffing desk, the cards of Québec emploi, Jobboom and Apec, and look-alikes (a podcast, a
network's search count, a shop's Black Friday)."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_start_ups_offer_with_an_elided_te(classify: Classify) -> None:
    result = classify(
        sender="maxime@pixelbrume.io",
        name="Maxime Caron",
        subject="Offre – Développeur back-end",
        body="Salut Léa,\n\nAprès nos rencontres, on est vraiment heureux de t'offrir le poste "
        "de développeur back-end chez Pixelbrume : 82 000 $ et 4 semaines de vacances.\n\n"
        "La lettre d'offre suit dans ton courriel.\n\nMaxime",
    )
    assert result.category is Category.OFFER


def test_a_conditional_offer_and_its_acceptance(classify: Classify) -> None:
    offer = classify(
        sender="sonia.roy@groupebellevigne.ca",
        name="Sonia Roy",
        subject="Offre d'emploi conditionnelle – Assurance Nordet",
        body="Bonjour Léa,\n\nVous trouverez ci-joint notre offre d'emploi conditionnelle pour le "
        "poste d'analyste actuarielle. Elle dépend de la vérification de vos références.\n\nSonia",
    )
    assert offer.category is Category.OFFER
    accepted = classify(
        sender="sonia.roy@groupebellevigne.ca",
        name="Sonia Roy",
        subject="RE: Offre d'emploi conditionnelle – Assurance Nordet",
        body="Bonne nouvelle! Toute l'équipe est ravie que vous acceptiez l'offre.\n\nSonia",
    )
    assert accepted.category is Category.OFFER
    assert accepted.status is ApplicationStatus.ACCEPTED


def test_another_application_retained_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="rh@boulangerieduquai.ca",
        name="Ressources humaines Boulangerie du Quai",
        subject="Candidature – Coordonnatrice de production",
        body="Bonjour Madame Roy,\n\nMerci de votre intérêt. Nous avons toutefois retenu une "
        "candidature qui habite plus près de l'usine.\n\nBonne chance dans vos recherches!",
    )
    assert result.category is Category.REJECTION


def test_a_recruiter_says_the_client_hired_internally(classify: Classify) -> None:
    result = classify(
        sender="p.gagnon@talentsboreaux.ca",
        name="Patrice Gagnon",
        subject="Nouvelles du poste",
        body="Bonjour Léa,\n\nLe client a aimé votre parcours, mais il a finalement choisi un "
        "candidat à l'interne.\n\nJe garde votre dossier.\n\nPatrice",
    )
    assert result.category is Category.REJECTION


def test_a_failed_pass_mark_in_a_public_competition(classify: Classify) -> None:
    result = classify(
        sender="ne-pas-repondre@carrieres.gouv.qc.ca",
        name="Carrières Québec",
        subject="Résultat – processus de qualification 777X-2025-0001",
        body="Madame,\n\nVous n'avez pas obtenu la note de passage à l'examen écrit. Votre nom "
        "ne sera pas inscrit dans la banque de personnes qualifiées.",
    )
    assert result.category is Category.REJECTION


def test_both_genders_of_a_title_joined_by_ou(classify: Classify) -> None:
    result = classify(
        sender="DoNotReply@successfactors.com",
        name="Hydro Laurier – Carrières",
        subject="Confirmation de candidature",
        body="Bonjour Léa,\n\nMerci d'avoir soumis votre candidature pour l'affichage 5521 – "
        "Conseillère ou conseiller en gestion de projets.\n\nSeules les personnes retenues "
        "seront contactées.",
    )
    assert result.role == "Conseillère en gestion de projets"


def test_a_cooperatives_domain_puts_its_kind_before_its_brand(classify: Classify) -> None:
    result = classify(
        sender="julie.martel@cfairelle.coop",
        name="Julie Martel",
        subject="Entrevue – analyste de crédit",
        body="Bonjour Léa,\n\nVotre candidature a retenu notre attention. J'aimerais vous "
        "rencontrer en entrevue virtuelle jeudi à 10 h.\n\nJulie Martel\nConseillère, "
        "acquisition de talents\nAirelle | Coopérative financière",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Airelle"


def test_a_groups_recruiter_signs_with_the_brand(classify: Classify) -> None:
    result = classify(
        sender="sonia.roy@bellevigne.ca",
        name="Sonia Roy",
        subject="Entrevue – analyste actuarielle",
        body="Bonjour Léa,\n\nNous aimerions vous rencontrer en entrevue mardi à 14 h.\n\n"
        "Sonia Roy\nAssurance Nordet\nUne marque de Groupe Bellevigne inc.",
    )
    assert result.company == "Assurance Nordet"


def test_a_retail_group_writes_for_one_of_its_banners(classify: Classify) -> None:
    result = classify(
        sender="noreply@dayforcehcm.com",
        name="Groupe Marchand-Ouimet inc.",
        subject="Confirmation de candidature",
        body="Bonjour Léa,\n\nNous avons bien reçu votre candidature pour le poste Acheteuse – "
        "Boutiques Ficelle (Laval).\n\nGroupe Marchand-Ouimet inc. regroupe les bannières "
        "Ficelle, Atelier Rivage et Plume Nord.",
    )
    assert result.company == "Ficelle"


def test_a_bilingual_federal_staffing_desk(classify: Classify) -> None:
    result = classify(
        sender="nwso.staffing-dotation.bren@nwso-bren.gc.ca",
        name="NWSO Staffing / Dotation BREN",
        subject="26-NWSO-EA-0042 – Invitation to written exam / Invitation à l'examen écrit",
        body="Good afternoon,\n\nYou are invited to complete a written exam for selection "
        "process 26-NWSO-EA-0042.\n\nStaffing Team – Northern Water Survey Office / "
        "Government of Canada",
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Northern Water Survey Office"


def test_the_cards_of_quebec_boards(classify: Classify) -> None:
    quebec_emploi = classify(
        sender="ne-pas-repondre@quebecemploi.gouv.qc.ca",
        name="Québec emploi",
        subject="Québec emploi – Votre candidature a été transmise",
        body="Bonjour,\n\nVotre candidature a été transmise à l'employeur pour l'offre d'emploi "
        "no 1234567 :\nCommis comptable (temps plein) — Quincaillerie Beaulac inc., Rimouski\n\n"
        "L'employeur communiquera avec vous.",
    )
    assert quebec_emploi.company == "Quincaillerie Beaulac"
    jobboom = classify(
        sender="ne-pas-repondre@jobboom.com",
        name="Jobboom",
        subject="Confirmation : vous avez postulé",
        body="Bonjour Léa,\n\nVous avez postulé à l'offre suivante :\nTechnicienne comptable – "
        "Municipalité de Val-Fleuri (Estrie)\n\nVotre CV a été transmis à l'employeur.",
    )
    assert jobboom.company == "Municipalité de Val-Fleuri"
    pool = classify(
        sender="ne-pas-repondre@carrieres.gouv.qc.ca",
        name="Carrières Québec",
        subject="Confirmation d'inscription",
        body="Madame,\n\nNous confirmons votre inscription au processus de qualification no "
        "555A-2025-0099 visant à constituer une banque de personnes qualifiées pour des emplois "
        "d'agente de recherche, à l'Institut québécois des données routières (IQDR), à Québec.",
    )
    assert pool.company == "Institut québécois des données routières"


def test_a_french_boards_receipt_names_who_published_the_offer(classify: Classify) -> None:
    result = classify(
        sender="ne-pas-repondre@apec.fr",
        name="Apec",
        subject="Votre candidature a bien été envoyée",
        body="Bonjour Léa,\n\nVotre candidature à l'offre « Contrôleuse de gestion H/F » (réf. "
        "99887766X) publiée par Ateliers Vergne, Lyon 3e, a bien été transmise au recruteur.",
    )
    assert result.company == "Ateliers Vergne"


def test_a_search_firms_mandate_names_no_client(classify: Classify) -> None:
    result = classify(
        sender="m.leduc@cabinetcap.ca",
        name="Mélanie Leduc",
        subject="Mandat – Directrice des finances",
        body="Bonjour Léa,\n\nJe travaille sur un mandat de directrice des finances pour un "
        "organisme de la Rive-Sud. Votre parcours pourrait correspondre au poste.\n\nMélanie",
    )
    assert result.category is Category.OUTREACH
    assert result.company is None


def test_a_hiring_managers_inmail_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="inmail-hit-reply@linkedin.com",
        name="Dana Fisher via LinkedIn",
        subject="Analytics Engineer opportunity",
        body="Hi Léa,\n\nI lead data hiring at Brightwater Foods. I think you'd be a great fit "
        "for our Analytics Engineer role.\n\nOpen to a quick chat?",
    )
    assert result.company == "Brightwater Foods"


def test_look_alikes_stay_out(classify: Classify) -> None:
    podcast = classify(
        sender="balado@chiffresetcafe.ca",
        name="Chiffres et café – le balado",
        subject="Épisode 12 : « Comment j'ai réussi mon entrevue finale »",
        body="Deux analystes racontent leur meilleure entrevue. Bonus : nos auditeurs votent.",
    )
    assert podcast.category is Category.NOT_JOB
    searches = classify(
        sender="messages-noreply@linkedin.com",
        name="LinkedIn",
        subject="Vous apparaissez dans 9 recherches cette semaine",
        body="Vous êtes apparue dans 9 recherches. Des recruteurs ont consulté votre profil.\n\n"
        "Essayez Premium gratuitement.",
    )
    assert searches.category is Category.NOT_JOB
    sale = classify(
        sender="promo@audiomax.ca",
        name="AudioMax",
        subject="Vendredi fou : nos meilleures offres",
        body="Jusqu'à 40 % de rabais! Une offre d'emploi du temps? Non, des aubaines.\n\n"
        "Voir les offres",
    )
    assert sale.category is Category.NOT_JOB


def test_a_federal_exam_failed_in_english(classify: Classify) -> None:
    result = classify(
        sender="staffing-dotation@nwso-bren.gc.ca",
        name="NWSO Staffing",
        subject="26-NWSO-EA-0042 – Results",
        body="Good afternoon,\n\nWe regret to say that you did not obtain the pass mark on the "
        "written exam. Your name will not be placed in the pool of qualified candidates.",
    )
    assert result.category is Category.REJECTION


def test_going_ahead_with_another_candidate_in_quebec_french(classify: Classify) -> None:
    result = classify(
        sender="recrutement@laiterieduroc.ca",
        name="Recrutement Laiterie du Roc",
        subject="Votre candidature – Technicienne en laboratoire",
        body="Bonjour Léa,\n\nMerci pour votre temps. Nous avons décidé d'aller de l'avant avec "
        "une autre candidature pour ce poste.\n\nBonne continuation!",
    )
    assert result.category is Category.REJECTION
