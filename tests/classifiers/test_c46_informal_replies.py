"""Short replies a person writes about a candidacy: the role filled, someone else chosen, a
coffee or a call proposed, the job offered, in five languages and without any template."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]

CASES = [
    (
        Category.REJECTION,
        "Re: your application",
        (
            "Hi Ana, thanks for coming in last week. We've filled the role with an "
            "internal candidate, sorry it didn't work out this time."
        ),
    ),
    (
        Category.REJECTION,
        "Re: Warehouse lead",
        (
            "Hi Ana, just to let you know we've offered the job to someone else. "
            "Thanks for your time and best of luck."
        ),
    ),
    (
        Category.REJECTION,
        "Update",
        (
            "Hi Ana, I'm afraid we won't be taking your application further. Best "
            "of luck with your search."
        ),
    ),
    (
        Category.REJECTION,
        "Re: Sous chef",
        (
            "Hi Ana - we decided to hire someone local in the end. Sorry, and "
            "thanks for the trial shift."
        ),
    ),
    (
        Category.REJECTION,
        "Your candidacy",
        ("Unfortunately the hiring manager has decided not to proceed with your candidacy."),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        ("Hallo Ana, wir haben die Stelle inzwischen intern besetzt. Trotzdem danke!"),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        ("Hallo Ana, wir haben uns leider für eine andere Bewerberin entschieden. Alles Gute!"),
    ),
    (
        Category.REJECTION,
        "Re: Bewerbung",
        ("Hi Ana, leider müssen wir dir absagen, wir haben jemanden mit mehr Erfahrung gefunden."),
    ),
    (
        Category.REJECTION,
        "Re: candidature",
        (
            "Bonjour Ana, nous avons finalement retenu une autre personne pour le "
            "poste. Bonne continuation !"
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidature",
        ("Bonjour Ana, le poste a finalement été pourvu. Je vous souhaite bonne chance."),
    ),
    (
        Category.REJECTION,
        "Re: candidature",
        ("Salut Ana, on a choisi quelqu'un d'autre, désolé ! Bonne suite."),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Hola Ana, al final hemos cubierto la vacante con otra persona. Mucha suerte."),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Hola Ana, siento decirte que no has sido la elegida esta vez. Un abrazo."),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        (
            "Hola Ana, te escribo para decirte que hemos elegido a otra candidata. "
            "Gracias por tu tiempo."
        ),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Olá Ana, infelizmente escolhemos outra pessoa para a vaga. Boa sorte!"),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Olá Ana, a vaga já foi ocupada por outro candidato. Obrigado pelo interesse."),
    ),
    (
        Category.REJECTION,
        "Re: candidatura",
        ("Olá Ana, decidimos avançar com outro candidato com mais experiência."),
    ),
    (
        Category.INTERVIEW,
        "Re: your application",
        ("Hi Ana, thanks for your CV. Fancy a quick call tomorrow at 10 to talk through the role?"),
    ),
    (
        Category.INTERVIEW,
        "Re: your application",
        ("Hi Ana, let's grab a coffee on Thursday to chat about the role. 11am at the Hub café?"),
    ),
    (
        Category.INTERVIEW,
        "Re: your CV",
        ("Hi Ana, got your CV. When could you come in for a chat about the position?"),
    ),
    (
        Category.INTERVIEW,
        "Re: Bewerbung",
        (
            "Hallo Ana, danke für deine Bewerbung. Magst du nächste Woche auf einen"
            " Kaffee vorbeikommen und wir quatschen über die Stelle?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Re: candidature",
        (
            "Bonjour Ana, merci pour votre candidature. Je vous propose un échange "
            "téléphonique mercredi à 14h."
        ),
    ),
    (
        Category.INTERVIEW,
        "Re: candidature",
        ("Bonjour Ana, on peut se voir autour d'un café jeudi pour parler du poste ?"),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        (
            "Hola Ana, gracias por tu CV. ¿Quedamos el jueves para tomar un café y "
            "hablar del puesto?"
        ),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Hola Ana, te propongo una llamada el martes a las 10 para conocerte."),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Olá Ana, obrigado pelo CV. Podíamos tomar um café na quinta para falarmos da vaga?"),
    ),
    (
        Category.INTERVIEW,
        "Re: candidatura",
        ("Olá Ana, proponho uma chamada na terça às 10h para nos conhecermos."),
    ),
    (
        Category.OFFER,
        "Re: your application",
        (
            "Hi Ana, great news - we'd love you to join us as store manager. I'll "
            "send the contract tomorrow."
        ),
    ),
    (
        Category.OFFER,
        "Re: Bewerbung",
        (
            "Hallo Ana, wir möchten dir die Stelle gerne anbieten! Den Vertrag "
            "schicke ich dir morgen."
        ),
    ),
    (
        Category.OFFER,
        "Re: candidature",
        ("Bonjour Ana, nous sommes ravis de vous proposer le poste. Le contrat suit."),
    ),
    (
        Category.OFFER,
        "Re: candidatura",
        ("Hola Ana, nos encantaría que te incorporases con nosotros. Te mando el contrato."),
    ),
    (
        Category.OFFER,
        "Re: candidatura",
        ("Olá Ana, temos o prazer de lhe oferecer a vaga. Envio o contrato amanhã."),
    ),
]


@pytest.mark.parametrize(("expected", "subject", "body"), CASES)
def test_informal_reply_about_a_candidacy(
    classify: Classify, expected: Category, subject: str, body: str
) -> None:
    result = classify(sender="alex@smallfirm.example", name="Alex Kim", subject=subject, body=body)
    assert result.category is expected
