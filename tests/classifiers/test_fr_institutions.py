"""French-speaking institutions: cantonal offices, hospitals, pension funds and cooperatives that
write their name in full the French way (lower case after the first word) and sign from a short
brand, an acronym or a shared HR mailbox."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "body", "company"),
    [
        (
            "noreply@jobs-portal.example",
            "HRV - Recrutement",
            "Madame,\n\nNous accusons réception de votre candidature au poste de magasinier "
            "(réf. 77-120), Hôpital régional de la Venoge.\n\nMeilleures salutations\n"
            "Direction des ressources humaines\n",
            "Hôpital régional de la Venoge",
        ),
        (
            "rh-recrutement@successfactors.eu",
            "tb - Ressources humaines",
            "Bonjour,\n\nMerci d'avoir postulé au poste d'agent de planification.\n\n"
            "Meilleures salutations\nTransports régionaux de la Bellerive SA\n"
            "Ressources humaines\n",
            "Transports régionaux de la Bellerive",
        ),
        (
            "rh@groupe-fmj.ch",
            "Ressources Humaines",
            "Madame,\n\nNous avons bien reçu votre dossier et vous en remercions.\n\n"
            "Avec nos salutations les meilleures,\n\nService RH\n"
            "FMJ - Fondation Maison du Jura\nRue du Marché 4, Delémont\n",
            "Fondation Maison du Jura",
        ),
    ],
)
def test_short_name_signed_in_full(
    classify: Classify, sender: str, name: str, body: str, company: str
) -> None:
    result = classify(
        sender=sender,
        name=name,
        subject="Accusé de réception de votre candidature",
        body=body,
        language="fr",
    )
    assert result.company == company


def test_office_mailbox_word_is_not_the_employer(classify: Classify) -> None:
    # "Canton de Jura - Emplois": the office's job mailbox, the canton the employer
    result = classify(
        sender="ne-pas-repondre@prospective.ch",
        name="Canton du Jura - Emplois",
        subject="Accusé de réception - Gestionnaire de stock 80%",
        body="Madame,\n\nNous accusons réception de votre dossier de candidature pour le poste "
        "de gestionnaire de stock.\n\nService des ressources humaines",
        language="fr",
    )
    assert result.company == "Canton du Jura"


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        (
            "Votre inscription au concours FIN-2231",
            "Madame,\n\nVotre inscription au concours de gestionnaire de dossiers (niveau B) a "
            "bien été enregistrée. Vous serez informée des prochaines étapes par courriel.\n\n"
            "Office fédéral de sélection",
            "confirmation",
        ),
        (
            "Convocation",
            "Monsieur,\n\nVous êtes convoqué à l'épreuve écrite du recrutement de comptable, le "
            "lundi 3 mars à 9h00, à l'hôtel de ville.\n\nService du personnel",
            "assessment",
        ),
        (
            "FIN-2231 - suite de la procédure",
            "Madame,\n\nSuite à votre réussite, nous avons le plaisir de vous inviter au test "
            "informatisé de la sélection FIN-2231, à passer d'ici au 12 mai.\n\nL'office",
            "assessment",
        ),
        (
            "Votre candidature",
            "Madame,\n\nNous serions heureux de vous recevoir pour un entretien le jeudi 5 juin à "
            "14h00, salle 12.\n\nMeilleures salutations\nPierre Vuilleumier\n"
            "Chef du service des achats",
            "interview",
        ),
        (
            "Procédure de recrutement",
            "Madame,\n\nMerci d'avoir participé à notre procédure de recrutement. Le choix du "
            "jury s'est finalement porté sur une autre candidate.\n\nService du personnel",
            "rejection",
        ),
    ],
)
def test_public_selection_stages(
    classify: Classify, subject: str, body: str, category: str
) -> None:
    result = classify(
        sender="recrutement@ville-exemple.ch",
        name="Service Recrutement",
        subject=subject,
        body=body,
        language="fr",
    )
    assert result.category.value == category


def test_board_names_the_employer_in_a_labelled_field_with_its_town(classify: Classify) -> None:
    # a public employment service passes the application on: "Employeur: X SCRL - Namur"
    result = classify(
        sender="ne-pas-repondre@leforem.be",
        name="Le Forem",
        subject="Votre candidature a été transmise",
        body="Bonjour,\n\nVotre candidature pour l'offre Magasinier (H/F/X) a bien été "
        "transmise à l'employeur.\n\nEmployeur: BIOVALLE SCRL - Namur\n\n"
        "Le Forem - Service public wallon de l'emploi",
        language="fr",
    )
    assert result.category.value == "confirmation"
    assert result.company is not None and result.company.casefold().startswith("biovalle")


def test_board_names_the_employer_after_the_offer(classify: Classify) -> None:
    result = classify(
        sender="noreply@actiris.brussels",
        name="Actiris",
        subject="Confirmation de votre candidature",
        body="Bonjour,\n\nVous avez postulé à l'offre « Aide-comptable (m/f/x) » de l'employeur "
        "QUARTELIA, Bruxelles.\n\nVotre candidature a été transmise.\n\nActiris",
        language="fr",
    )
    assert result.company is not None and result.company.casefold() == "quartelia"


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        (
            "Merci pour votre postulation",
            "Madame,\n\nMerci pour votre postulation en tant que magasinier. Nous "
            "l'examinerons avec soin.\n\nCordiales salutations\nCoopérative Valpré\n",
            "confirmation",
        ),
        (
            "Retrait",
            "Madame,\n\nNous confirmons le retrait de votre candidature au poste d'aide "
            "logisticien.\n\nService du personnel",
            "confirmation",
        ),
        (
            "Ta candidature",
            "Salut Léa,\n\nMerci pour ta candidature, ton parcours nous parle. On se cale un "
            "appel de 20 min pour faire connaissance ? Je suis dispo lundi à 10h.\n\nMaxime",
            "interview",
        ),
    ],
)
def test_swiss_and_informal_wording(
    classify: Classify, subject: str, body: str, category: str
) -> None:
    result = classify(
        sender="rh@valpre-coop.ch",
        name="Ressources humaines",
        subject=subject,
        body=body,
        language="fr",
    )
    assert result.category.value == category
