"""Where a field ends and what a sentence around it means, in five languages.

A title may carry a team after a comma or a bracket after it, but stops where the sentence goes
on; a company name stops before a verb; a vendor tenant's alias yields to the company the mail
names; lettings, referrals and offers are told by their wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "pt",
            "A sua candidatura ao T3 em Alvalade",
            "Bom dia,\n\nRecebemos a sua candidatura ao arrendamento do apartamento T3. O senhorio "
            "pede os três últimos recibos e responde na próxima semana.",
        ),
        (
            "es",
            "Tu solicitud para el piso de la calle Mayor",
            "Hola,\n\nHemos recibido tu candidatura para el piso. El casero revisará la "
            "documentación y te diremos algo el lunes.",
        ),
        (
            "fr",
            "Votre candidature pour l'appartement rue Oberkampf",
            "Bonjour,\n\nNous avons bien reçu votre candidature. Le loyer est de 1 200 € et le "
            "locataire précédent part fin mai.",
        ),
        (
            "de",
            "Ihre Bewerbung für die 2-Zimmer-Wohnung",
            "Hallo,\n\nvielen Dank für Ihre Bewerbung. Die Kaltmiete beträgt 900 Euro, die "
            "Nebenkosten 180 Euro.",
        ),
        (
            "en",
            "Your application for the flat on Elm Road",
            "Hi,\n\nThanks for your application. The monthly rent is £1,450 and we will send the "
            "lease agreement once references are checked.",
        ),
    ],
)
def test_a_letting_application_is_no_job(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="lettings@homes-agency.example",
        name="Homes Agency",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("language", "subject", "body"),
    [
        (
            "pt",
            "Proposta - Analista de Dados",
            "Olá Rui,\n\nTemos o gosto de lhe apresentar uma proposta para a função de Analista de "
            "Dados. Segue em anexo a carta-proposta.",
        ),
        (
            "es",
            "Propuesta - Analista de Datos",
            "Hola Rui,\n\nQueremos presentarte una propuesta para el puesto de Analista de Datos. "
            "Adjuntamos la carta oferta.",
        ),
        (
            "fr",
            "Proposition - Analyste de données",
            "Bonjour Rui,\n\nNous avons le plaisir de vous faire une proposition pour le poste "
            "d'analyste de données. Vous trouverez la promesse d'embauche en pièce jointe.",
        ),
    ],
)
def test_an_offer_presented_by_a_person(
    classify: Classify, language: str, subject: str, body: str
) -> None:
    result = classify(
        sender="marta.silva@quintaverde.pt",
        name="Marta Silva",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is Category.OFFER
    # The text never names the company: the sender's own domain does.
    assert result.company == "Quintaverde"


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "I just submitted your referral for the Site Reliability Engineer role here."),
        (
            "de",
            "Ich habe dich gerade für die Stelle als Site Reliability Engineer empfohlen. Die "
            "Recruiterin meldet sich bei dir.",
        ),
        ("fr", "Je t'ai cooptée pour le poste de Site Reliability Engineer, tu auras un mail."),
        ("es", "Te he referido para el puesto de Site Reliability Engineer en mi equipo."),
        ("pt", "Acabei de te indicar para a vaga de Site Reliability Engineer aqui."),
    ],
)
def test_a_colleagues_referral_is_job_mail_without_a_stage(
    classify: Classify, language: str, body: str
) -> None:
    result = classify(
        sender="lena.moreau@fernhill.example",
        name="Lena Moreau",
        subject="Referral",
        body=f"Hi Sam,\n\n{body}\n\nLena",
        language=language,
    )
    assert result.category is Category.OTHER_JOB


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "de",
            "danke dir für deine Bewerbung als Data Engineer und dein Interesse an Fernhill! "
            "Leider haben wir uns am Ende für jemanden mit mehr Erfahrung entschieden.",
        ),
        (
            "en",
            "thank you for your application for the Data Engineer position and your interest in "
            "Fernhill. Unfortunately we decided to go with someone whose experience fits better.",
        ),
        (
            "fr",
            "merci pour ta candidature au poste de Data Engineer et ton intérêt pour Fernhill. "
            "Nous avons finalement choisi quelqu'un d'autre.",
        ),
        (
            "es",
            "gracias por tu candidatura al puesto de Data Engineer y tu interés en Fernhill. "
            "Finalmente hemos elegido a alguien con más experiencia.",
        ),
        (
            "pt",
            "obrigado pela tua candidatura à vaga de Data Engineer e pelo teu interesse. "
            "Optámos por alguém com mais experiência.",
        ),
    ],
)
def test_a_title_stops_where_the_sentence_goes_on(
    classify: Classify, language: str, body: str
) -> None:
    result = classify(
        sender="fernhill@jobs.recruitee.com",
        name="Fernhill",
        subject="Deine Bewerbung / Your application",
        body=f"Hi Sam,\n\n{body}\n\nDas Fernhill Team",
        language=language,
    )
    assert result.category is Category.REJECTION
    assert result.role == "Data Engineer"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Thanks for applying to the Platform Engineer, Billing role at Fernhill.", None),
        ("Thanks for your interest in the Platform Engineer (Go) role at Fernhill.", None),
        ("You applied to Platform Engineer, Early Careers at Fernhill.", None),
        (
            "Thank you for your application for the Platform Engineer (R-20931) role at Fernhill.",
            "Platform Engineer",
        ),
        (
            "We received your application for Platform Engineer, and we will reply soon.",
            "Platform Engineer",
        ),
    ],
)
def test_a_title_keeps_its_team_and_bracket(
    classify: Classify, sentence: str, role: str | None
) -> None:
    result = classify(
        sender="no-reply@ashbyhq.com",
        name="Fernhill",
        subject="Thanks for applying to Fernhill",
        body=f"Hi Sam,\n\n{sentence} Our team will review it soon.",
        language="en",
    )
    expected = role or sentence.split(" to ", 1)[-1].split(" in the ", 1)[-1]
    expected = expected.removeprefix("the ").split(" role at")[0].split(" at Fernhill")[0]
    assert result.role == expected


def test_a_portuguese_function_names_the_title(classify: Classify) -> None:
    result = classify(
        sender="no-reply@x7.teamtailor-mail.com",
        name="Fernhill Tecnologia",
        subject="Obrigado pela sua candidatura",
        body="Olá Sam,\n\nObrigado pela sua candidatura à função de Engenheira de Dados na "
        "Fernhill Tecnologia. Vamos analisar o seu perfil com atenção.",
        language="pt",
    )
    assert result.role == "Engenheira de Dados"


def test_a_company_name_stops_before_a_verb(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de",
        name="StepStone",
        subject="Ihre Bewerbung wurde erfolgreich versendet",
        body="Hallo Sam,\n\nIhre Bewerbung für die Stelle Data Engineer (m/w/d) bei Falkenhain "
        "Logistik GmbH wurde erfolgreich versendet.\n\nIhr StepStone Team",
        language="de",
    )
    assert result.company is not None
    assert result.company.startswith("Falkenhain Logistik")
    assert "wurde" not in result.company


def test_a_tenant_alias_yields_to_the_company_the_mail_names(classify: Classify) -> None:
    # "pru" is registered as Prudential; this tenant's mail is about another company.
    result = classify(
        sender="pru@myworkday.com",
        name="Dana Hill",
        subject="Thank you for your interest in Pruitt Mutual",
        body="Dear Sam,\n\nThank you for your interest in the Actuary (JR-1234) role at Pruitt "
        "Mutual. We wanted to let you know that the position has been filled. We appreciate "
        "the time you took to apply.\n\nDana Hill\nTalent Acquisition, Pruitt Mutual",
        language="en",
    )
    assert result.category is Category.REJECTION
    assert result.company == "Pruitt Mutual"
    assert result.role == "Actuary"


def test_a_company_named_like_an_event_is_no_newsletter(classify: Classify) -> None:
    result = classify(
        sender="no-reply@ashbyhq.com",
        name="Summitvale Labs Inc.",
        subject="Thank you for your interest in Summitvale Labs Inc.!",
        body="Dear Candidate,\n\nThanks for your interest in Summitvale Labs Inc. and for "
        "applying to our Data Engineer opening. A member of our team will contact you.",
        language="en",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Summitvale Labs"
