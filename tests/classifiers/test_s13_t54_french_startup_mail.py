"""A French start-up's and an agency's everyday hiring mail.

The receipt that promises an answer even if the profile does not match, the no said with
"donc" or "on ne va pas poursuivre", the take-home exercise, the last step named, the elided
"t'inviter", and a town hall's nursery board that is no employer.
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_receipt_promising_an_answer_if_the_profile_does_not_match(classify: Classify) -> None:
    result = classify(
        sender="jobs@atelier-nord.example",
        name="Atelier Nord",
        subject="Merci pour votre candidature",
        body=(
            "Bonjour Léa, merci pour votre candidature au poste de Chargée de projet. "
            "Nous répondons à tout le monde : si votre profil ne correspond pas à ce que "
            "nous cherchons, nous vous le dirons aussi."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_english_receipt_promising_an_answer_either_way(classify: Classify) -> None:
    result = classify(
        sender="careers@northmill.example",
        name="Northmill Careers",
        subject="Thanks for applying",
        body=(
            "Hi Lea, thanks for applying for the Project Lead role. We read every "
            "application: if your profile is not a match, we will tell you that too."
        ),
    )
    assert result.category is Category.CONFIRMATION


def test_closer_applications_and_no_follow_up_with_donc(classify: Classify) -> None:
    result = classify(
        sender="noreply@ats.example",
        name="Verger Bio",
        subject="Réponse à votre candidature",
        body=(
            "Bonjour Léa, nous avons reçu des candidatures plus en adéquation avec le poste. "
            "Nous ne pouvons donc pas y donner une suite favorable."
        ),
    )
    assert result.category is Category.REJECTION


def test_informal_we_will_not_go_on_with_your_application(classify: Classify) -> None:
    result = classify(
        sender="hello@papeterie.example",
        name="Papeterie Lumière",
        subject="Des nouvelles de ta candidature",
        body=(
            "Salut Léa, merci d'avoir candidaté chez nous. On a dû trancher et on ne va "
            "pas poursuivre avec ta candidature pour ce poste. Belle suite à toi !"
        ),
    )
    assert result.category is Category.REJECTION


def test_agency_passes_on_the_clients_no(classify: Classify) -> None:
    result = classify(
        sender="p.morin@cabinet-talents.example",
        name="Paul Morin",
        subject="Retour du client",
        body=(
            "Bonjour Léa, le client souhaite avancer avec des profils issus du secteur "
            "bancaire. Ils ne donneront donc pas suite. Je reviens vers vous vite."
        ),
    )
    assert result.category is Category.REJECTION


def test_take_home_exercise_offered_as_the_next_step(classify: Classify) -> None:
    result = classify(
        sender="marc@verger.example",
        name="Marc Petit",
        subject="Verger – exercice",
        body=(
            "Bonjour Léa, merci pour l'appel. Comme prochaine étape, nous vous proposons "
            "un exercice de conception à la maison, à nous renvoyer avant le 12 mai."
        ),
    )
    assert result.category is Category.ASSESSMENT


def test_last_step_is_a_talk_with_the_founder(classify: Classify) -> None:
    result = classify(
        sender="sara@verger.example",
        name="Sara Blanc",
        subject="La suite",
        body=(
            "Hello Léa, l'équipe a aimé ta présentation. Dernière étape : un échange avec "
            "notre fondatrice le 3 juin à 10h en visio."
        ),
    )
    assert result.category is Category.INTERVIEW


def test_elided_t_inviter_to_an_interview(classify: Classify) -> None:
    result = classify(
        sender="sara@verger.example",
        name="Sara Blanc",
        subject="Re: ta candidature",
        body=(
            "Hello Léa, on aimerait t'inviter à un entretien avec notre CTO le mardi "
            "4 juin à 14h dans nos locaux."
        ),
    )
    assert result.category is Category.INTERVIEW


def test_town_hall_nursery_board_is_not_a_job(classify: Classify) -> None:
    result = classify(
        sender="enfance@ville.example",
        name="Ville – Enfance",
        subject="Accusé de réception de votre dossier",
        body=(
            "Bonjour, votre dossier est complet. Votre candidature sera examinée lors de "
            "la commission d'attribution des places de mars."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_esign_offer_letter_names_employer_before_the_signer(classify: Classify) -> None:
    result = classify(
        sender="dse_NA2@docusign.net",
        name="Hélène Roy via DocuSign",
        subject="Merci de signer : Lettre d'offre – Verger Bio – L. Martin-Roux",
        body="Hélène Roy vous a envoyé un document à vérifier et à signer.",
    )
    assert result.category is Category.OFFER
    assert result.company == "Verger Bio"
