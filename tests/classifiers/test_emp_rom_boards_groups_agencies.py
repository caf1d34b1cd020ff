"""Employers in Romance-language mail: job boards' cards, labelled fields, contract kinds."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "language", "body", "company", "role"),
    [
        (
            "nao-responda@catho.com.br",
            "pt",
            "Olá, Ana!\n\nSeu currículo foi enviado com sucesso para a vaga:\n\n"
            "Analista de Dados Pleno\nTerra Roxa Alimentos - Campinas (SP) - Híbrido\n\n"
            "Boa sorte!",
            "Terra Roxa Alimentos",
            "Analista de Dados Pleno",
        ),
        (
            "noreply@infoempleo.com",
            "es",
            "Se ha enviado tu candidatura\n\nTécnico de Mantenimiento\n"
            "Hornos Galdeano - Getafe, Madrid\n\nLa empresa podría contactar contigo.",
            "Hornos Galdeano",
            "Técnico de Mantenimiento",
        ),
        (
            "noreply@tecnoempleo.com",
            "es",
            "Hola Ana,\n\nTu inscripción se ha realizado correctamente.\n\nAnalista Contable\n"
            "Cerámicas Olmedo · Valencia · Presencial\n\nTe avisaremos cuando lean tu CV.",
            "Cerámicas Olmedo",
            "Analista Contable",
        ),
        (
            "noreply@apec.fr",
            "fr",
            "Bonjour Ana,\n\nVotre candidature à l'offre suivante a bien été envoyée :\n\n"
            "Contrôleur de gestion H/F\nBRASSERIE MONTCALM - Lille - CDI\nRéf. : 55120\n",
            "Brasserie Montcalm",
            "Contrôleur de gestion",
        ),
    ],
)
def test_board_card_names_title_then_employer_and_place(
    classify: Classify, sender: str, language: str, body: str, company: str, role: str
) -> None:
    result = classify(
        sender=sender, name="Job board", subject="Candidatura", body=body, language=language
    )
    assert result.company is not None and result.company.casefold() == company.casefold()
    assert result.role is not None and result.role.startswith(role)


def test_board_card_with_only_a_place_names_no_employer(classify: Classify) -> None:
    # Some cards give the title and the town: the town is never the employer.
    result = classify(
        sender="noreply@net-empregos.com", name="Empregos", subject="Candidatura enviada",
        body="Candidatura enviada\n\nRececionista (turnos)\nCoimbra\n\nOs seguintes itens foram "
        "enviados ao empregador: CV.",
        language="pt",
    )  # fmt: skip
    assert result.company != "Coimbra"


def test_board_card_after_a_sentence_naming_the_offer_fr(classify: Classify) -> None:
    result = classify(
        sender="candidature@hellowork.com", name="Emplois", subject="Candidature transmise",
        body="Bonjour Ana,\n\nVotre candidature pour l'offre Technicien qualité H/F a bien été "
        "transmise au recruteur.\n\nLaiterie Valmorel\nAnnecy (74) · CDI · 30 k€\n\n"
        "Voir mes candidatures",
        language="fr",
    )  # fmt: skip
    assert result.company == "Laiterie Valmorel"


def test_candidature_pour_title_chez_employer_fr(classify: Classify) -> None:
    result = classify(
        sender="no-reply@jobteaser.com", name="Campus", subject="Candidature envoyée",
        body="Hello Ana,\n\nTa candidature pour Assistant(e) achats chez Biscuiterie Roussel a "
        "bien été envoyée.\n\nSuis son avancement depuis ton tableau de bord.",
        language="fr",
    )  # fmt: skip
    assert result.company == "Biscuiterie Roussel"


def test_labelled_etablissement_and_contract_kind_fr(classify: Classify) -> None:
    # "VIE" in the subject is the kind of contract; the form's field names the employer.
    result = classify(
        sender="ne-pas-repondre@civiweb.com", name="Volontariat",
        subject="Confirmation de votre candidature à une offre VIE",
        body="Bonjour Ana,\n\nNous vous confirmons l'enregistrement de votre candidature :\n\n"
        "Intitulé : VIE - Contrôleur financier (Milan)\nÉtablissement : GROUPE ARVANT\n"
        "Pays : Italie\n",
        language="fr",
    )  # fmt: skip
    assert result.company is not None and result.company.casefold() == "groupe arvant"
