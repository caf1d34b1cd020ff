"""Plain-worded outcomes from people in a process, agencies passing a client's wish on, and
titles after a receipt's words or a word for a post (corpora 77 and 79).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]

# (sender, display name, subject, body, language, category, status or None)
CASES: list[tuple[str, str, str, str, str, Category, ApplicationStatus | None]] = [
    (
        "henrique@zarpa.example",
        "Henrique Lobo",
        "Re: Zarpa | bate-papo sobre a vaga de dados",
        "Larissa, desculpa a demora.\n\nGostei demais da conversa. Mas, sendo bem transparente: "
        "revisamos o plano do ano e vamos contratar alguém mais júnior agora. Não faz sentido "
        "pra sua senioridade.\n\nAbraço,\nHenrique",
        "pt",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
    ),
    (
        "ethan.k@gmail.com",
        "Ethan Kowalczyk",
        "Re: re: your application to Relaybird",
        "Hi Larissa,\n\nThanks again for the chat. But after our board meeting we decided the "
        "first data hire needs to be in NYC, and we're not set up to sponsor or hire "
        "internationally yet.\n\nEthan",
        "en",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
    ),
    (
        "no-reply@gupy.io",
        "Tupã Games",
        "Confirmação: você desistiu do processo seletivo",
        "Olá, Larissa.\n\nConfirmamos que você desistiu da vaga Data Engineer Sênior. Sentimos "
        "muito, mas entendemos! Se mudar de ideia, fique à vontade para se candidatar a outras "
        "vagas da Tupã Games.\n\nTime de People | Tupã Games",
        "pt",
        Category.CONFIRMATION,
        ApplicationStatus.WITHDRAWN,
    ),
    (
        "adelafuente@verticesearch.example",
        "Álvaro de la Fuente",
        "Solmarí - novedades",
        "Estimada Marta:\n\nLe escribo con una noticia que no es la que esperábamos. Solmarí ha "
        "decidido cubrir la posición internamente con un director de su hotel de Oporto.\n\n"
        "Un cordial saludo,\nÁlvaro",
        "es",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
    ),
    (
        "lgimenez@flexatalent.example",
        "Laura Giménez",
        "Hotel Condal Plaza - respuesta",
        "Buenos días Marta,\n\nEl cliente me informa de que la persona de baja se reincorpora "
        "antes de lo previsto, por lo que dejan el proceso en pausa hasta nuevo aviso.\n\nUn "
        "saludo,\nLaura",
        "es",
        Category.CONFIRMATION,
        ApplicationStatus.ON_HOLD,
    ),
    (
        "adelafuente@verticesearch.example",
        "Álvaro de la Fuente",
        "Entrevista Solmarí - martes 28",
        "Estimada Marta:\n\nSolmarí le propone entrevista por Teams el martes 28 de octubre a las "
        "17:00 con Dña. Helena Matos (HR Director Iberia).\n\nUn saludo,\nÁlvaro",
        "es",
        Category.INTERVIEW,
        None,
    ),
    (
        "lgimenez@flexatalent.example",
        "Laura Giménez",
        "Entrevista con Hotel Condal Plaza",
        "Buenas tardes Marta,\n\nEl cliente desea entrevistarle el lunes 13 de octubre a las "
        "11:30 en el hotel. Le ruego confirme su asistencia.\n\nAtentamente,\nLaura Giménez",
        "es",
        Category.INTERVIEW,
        None,
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category", "status"),
    CASES,
    ids=[f"{c[4]}-{c[5].value}-{i}" for i, c in enumerate(CASES)],
)
def test_plain_outcomes(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
    status: ApplicationStatus | None,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence
    if status is not None:
        assert result.status is status


def test_other_vacancies_are_no_title(classify: Classify) -> None:
    result = classify(
        sender="no-reply@gupy.io",
        name="Tupã Games",
        subject="Confirmação: você desistiu do processo seletivo",
        body="Olá, Larissa.\n\nConfirmamos que você desistiu da vaga. Fique à vontade para se "
        "candidatar a outras vagas da Tupã Games.",
        language="pt",
    )
    assert result.role is None


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Candidatura enviada: Responsable de Operaciones", "Responsable de Operaciones"),
        ("RE: Posición Operations Manager - sustitución 6 meses", "Operations Manager"),
    ],
)
def test_a_title_after_a_receipts_or_a_posts_word(
    classify: Classify, subject: str, role: str
) -> None:
    result = classify(
        sender="indeedapply@indeed.com",
        name="Indeed",
        subject=subject,
        body="Tu candidatura se ha enviado a Aparthotel Sants Residencial.\n\nLo que sigue: la "
        "empresa revisará tu candidatura.",
        language="es",
    )
    assert result.role == role


def test_the_brand_applied_to_beats_the_group_that_signs(classify: Classify) -> None:
    result = classify(
        sender="no-reply@eu.greenhouse-mail.io",
        name="Nexa Stays Talent",
        subject="Thanks for applying to Nexa Stays!",
        body="Hi Marta,\n\nThanks so much for applying for the Hotel Operations Manager, Lisbon "
        "role at Nexa Stays. We read every application ourselves.",
        signature="Best,\nThe Nexa Stays Talent Team\nNexa Hospitality Group Ltd · 14 Leonard "
        "Street · London EC2A 4LX",
        language="en",
    )
    assert result.company == "Nexa Stays"


def test_a_recruiters_first_chat_signed_below_is_an_interview(classify: Classify) -> None:
    result = classify(
        sender="olivia.brennan@nexastays.example",
        name="Olivia Brennan",
        subject="Nexa Stays - first chat",
        body="Hi Marta,\n\nLovely to e-meet you. I'd love to have a 30-minute first chat about the "
        "Lisbon role. Could you pick a slot here?",
        signature="Cheers,\nOlivia Brennan\nTalent Partner, Nexa Stays",
        language="en",
    )
    assert result.category is Category.INTERVIEW


def test_an_agency_passing_the_step_back_on_is_read(classify: Classify) -> None:
    result = classify(
        sender="priya@meridianengrecruit.example",
        name="Priya Venkataraman",
        subject="RE: Withdrawing from H&C process",
        body="Hi Nadia,\n\nCongratulations on the Halbrook offer! I've let Brent know you are "
        "withdrawing from the Hollis & Crane process. He wished you well.\n\nPriya",
        language="en",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN
