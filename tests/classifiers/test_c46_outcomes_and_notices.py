"""The yes and the no after an interview in plain words ("we'd like to offer you the ... role",
"queremos contratarte", "die Wahl fiel auf", "a escolha recaiu sobre"), and boards' viewed
notices and job alerts, in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.OFFER,
        "Good news!",
        (
            "Hi Ana, the team loved meeting you and we'd like to offer you the "
            "Operations Coordinator role. Salary is 42k, start date flexible."
        ),
    ),
    (
        Category.OFFER,
        "Gute Nachrichten",
        (
            "Hallo Ana, das Team war begeistert und wir würden dich gerne als "
            "Teamleiterin einstellen. Den Vertrag schicke ich dir bis Freitag."
        ),
    ),
    (
        Category.OFFER,
        "Bonne nouvelle",
        (
            "Bonjour Ana, toute l'équipe a été conquise et nous aimerions vous "
            "embaucher au poste de coordinatrice. Je vous envoie la promesse "
            "d'embauche."
        ),
    ),
    (
        Category.OFFER,
        "Buenas noticias",
        (
            "Hola Ana, al equipo le encantaste y queremos contratarte como "
            "coordinadora. Te envío la propuesta esta semana."
        ),
    ),
    (
        Category.OFFER,
        "Boas notícias",
        (
            "Olá Ana, a equipa adorou conhecê-la e queremos contratá-la como "
            "coordenadora. Envio a proposta esta semana."
        ),
    ),
    (
        Category.REJECTION,
        "Ihre Bewerbung",
        (
            "Sehr geehrte Frau Silva, nach reiflicher Überlegung müssen wir Ihnen "
            "leider mitteilen, dass die Wahl auf eine andere Kandidatin gefallen "
            "ist."
        ),
    ),
    (
        Category.REJECTION,
        "Votre candidature",
        (
            "Madame, après réflexion, notre choix s'est porté sur un autre profil. "
            "Nous vous souhaitons bonne chance."
        ),
    ),
    (
        Category.REJECTION,
        "Tu candidatura",
        (
            "Hola Ana, tras valorar todas las candidaturas, la elección ha recaído "
            "en otra persona. Te deseamos suerte."
        ),
    ),
    (
        Category.REJECTION,
        "A sua candidatura",
        ("Olá Ana, após análise, a escolha recaiu sobre outro candidato. Desejamos-lhe boa sorte."),
    ),
    (
        Category.REJECTION,
        "Re: your application",
        (
            "Hi Ana, unfortunately it's a no from us this time - the team felt "
            "another candidate was a closer match."
        ),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        ("Hi Ana, leider ist es diesmal ein Nein - ein anderer Kandidat passte besser ins Team."),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Hola Ana, lamentablemente esta vez es un no: otra persona encajaba mejor con el equipo."),
    ),
    (
        Category.VIEWED,
        "Ein Unternehmen hat Ihr Profil angesehen",
        ("Hallo Ana, die Firma Müller GmbH hat Ihre Bewerbung angesehen."),
    ),
    (
        Category.VIEWED,
        "Votre candidature a été consultée",
        ("Bonjour Ana, le recruteur de Solaire a consulté votre candidature."),
    ),
    (
        Category.VIEWED,
        "Tu candidatura ha sido vista",
        ("Hola Ana, la empresa Hotel Sol ha visto tu candidatura a Recepcionista."),
    ),
    (
        Category.ALERT,
        "Neue Jobs für dich",
        ("Hallo Ana, hier sind 12 neue Stellenangebote, die zu deinem Profil passen."),
    ),
    (
        Category.ALERT,
        "Nouvelles offres pour vous",
        ("Bonjour Ana, voici 8 nouvelles offres d'emploi qui correspondent à votre profil."),
    ),
    (
        Category.ALERT,
        "Nuevas ofertas para ti",
        ("Hola Ana, estas son 10 nuevas ofertas de empleo que encajan con tu perfil."),
    ),
    (
        Category.ALERT,
        "Novas vagas para si",
        ("Olá Ana, estas são 6 novas vagas que correspondem ao seu perfil."),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_outcome_or_notice_in_plain_words(
    classify: Classify, expected: Category, subject: str, body: str
) -> None:
    result = classify(sender="jobs@firm.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected
