"""Outcomes, receipts and agencies' clients found by corpora 70-74, in five languages.

Each mail is read alone and must come out at its stage (and status, where one is told), with
the employer it names where that is the point of the case.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.mail_cases import Case, category_test

Classify = Callable[..., Classification]

# (sender, display name, subject, body, language, category, status or None, employer or "")
CASES: list[tuple[str, str, str, str, str, Category, ApplicationStatus | None, str]] = [
    # a board relaying the employer's no, its choice "orienté vers un profil"
    (
        "candidature@hellowork.com",
        "HelloWork",
        "Réponse à votre candidature chez Imprimerie Vallon",
        "Bonjour Elodie,\n\nImprimerie Vallon vous a répondu :\n\n« Madame, nous vous "
        "remercions pour votre candidature. Nous avons finalement orienté notre choix vers un "
        "profil ayant une expérience plus longue dans le secteur. »\n\nL'équipe HelloWork",
        "fr",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "Imprimerie Vallon",
    ),
    # an agency's mission filled
    (
        "lyon@tempora-interim.example",
        "Tempora Intérim Lyon",
        "Mission Laboratoires Seyvoz",
        "Bonjour Elodie,\n\nNous vous informons que la mission de Contrôleur de gestion chez "
        "Laboratoires Seyvoz a été pourvue. Nous gardons votre dossier actif.\n\nCordialement,"
        "\nL'agence Tempora",
        "fr",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    # a board's receipt whose title and place run long
    (
        "candidature@hellowork.com",
        "HelloWork",
        "Votre candidature chez Imprimerie Vallon",
        "Bonjour Elodie,\n\nVotre candidature au poste de Contrôleur de gestion F/H chez "
        "Imprimerie Vallon à Vaulx-en-Velin (69) a bien été envoyée.\n\nL'équipe HelloWork",
        "fr",
        Category.CONFIRMATION,
        None,
        "Imprimerie Vallon",
    ),
    # an employer's "je ne peux pas donner suite à votre candidature" is its no
    (
        "pauline@domaines-berthaud.example",
        "Pauline Berthaud",
        "Poste de contrôleur de gestion commercial",
        "Bonjour Madame Marchetti,\n\nJe vous remercie pour notre échange téléphonique. Nous "
        "avons décidé de confier le poste à un profil plus junior. Je ne peux donc pas donner "
        "suite à votre candidature.\n\nPauline Berthaud",
        "fr",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    # the signed promise received
    (
        "aurelie.besson@treval.example",
        "Aurélie Besson",
        "RE: Promesse d'embauche - Elodie Marchetti",
        "Bonjour Elodie,\n\nBien reçu votre promesse signée, merci ! Toute l'équipe est ravie "
        "de vous accueillir le 1er avril.\n\nAurélie",
        "fr",
        Category.OFFER,
        ApplicationStatus.ACCEPTED,
        "",
    ),
    # the person not carried on in the process
    (
        "karla.benitez@monederoazul.example",
        "Karla Benítez",
        "Re: Llamada - Gerente de Cuenta Sr.",
        "Hola Valeria,\n\nMuchas gracias por tu tiempo en la llamada. Lamentablemente la "
        "posición requiere mayor enfoque en venta directa, así que no continuaremos contigo en "
        "este proceso.\n\nSaludos cordiales,\nKarla",
        "es",
        Category.REJECTION,
        ApplicationStatus.REJECTED,
        "",
    ),
    # Swiss German: the post "vorerst sistiert"
    (
        "yvonne@seespital-horgenberg.example",
        "Yvonne Hürlimann",
        "Stelle Wochenbett – Zwischenstand",
        "Sehr geehrte Frau Moser\n\nLeider muss ich Ihnen mitteilen, dass die Stelle aufgrund "
        "einer internen Reorganisation vorerst sistiert ist. Wir rechnen mit einem Entscheid "
        "im Frühling.\n\nFreundliche Grüsse\nYvonne Hürlimann\nHR-Beraterin",
        "de",
        Category.CONFIRMATION,
        ApplicationStatus.ON_HOLD,
        "",
    ),
    # the signed contract received ("unterzeichnet", not only "unterschrieben")
    (
        "corinne@spital-uetliberg.example",
        "Corinne Lüthi",
        "AW: Vertragsangebot Spital Uetliberg – unterzeichnet",
        "Grüezi Frau Moser\n\nHerzlichen Dank, wir haben den unterzeichneten Vertrag erhalten. "
        "Herzlich willkommen im Spital Uetliberg!\n\nFreundliche Grüsse\nCorinne Lüthi",
        "de",
        Category.OFFER,
        ApplicationStatus.ACCEPTED,
        "",
    ),
    # an ATS's async video step is an assessment
    (
        "no-reply@ashbyhq.com",
        "Cartwheel AI",
        "Cartwheel AI: async video questions",
        "Hi Valeria,\n\nWe'd like to invite you to our async step: 3 short video questions (2 "
        "minutes each). Record them whenever you like before December 8.\n\nCartwheel "
        "Recruiting",
        "en",
        Category.ASSESSMENT,
        None,
        "Cartwheel AI",
    ),
    # a board's receipt naming the employer with its legal form mid-sentence
    (
        "noreply@itjobs.pt",
        "ITJobs.pt",
        "Candidatura efetuada - Product Designer @ Codevasco",
        'Olá Beatriz,\n\nA tua candidatura à oferta "Product Designer" da Codevasco, S.A. foi '
        "submetida com sucesso.\n\nBoa sorte!\nEquipa ITJobs.pt",
        "pt",
        Category.CONFIRMATION,
        None,
        "Codevasco",
    ),
    # an HR-services firm names its client: the client is the employer
    (
        "marta.quintela@talentia-rh.example",
        "Marta Quintela | Talentia",
        "Candidatura apresentada - UX Lead",
        "Olá Beatriz,\n\nBoas notícias: o seu perfil foi apresentado hoje ao cliente, que posso "
        "agora revelar - trata-se da Caixa Ribeirinha (Caixa de Crédito Ribeirinha, CRL).\n\n"
        "Cumprimentos,\nMarta Quintela\nTalentia Recursos Humanos, Lda.",
        "pt",
        Category.CONFIRMATION,
        None,
        "Caixa Ribeirinha",
    ),
]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "category", "status", "company"),
    CASES,
    ids=[f"{c[4]}-{c[5].value}-{i}" for i, c in enumerate(CASES)],
)
def test_outcomes_and_receipts(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    category: Category,
    status: ApplicationStatus | None,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence
    if status is not None:
        assert result.status is status
    if company:
        assert result.company == company


def test_a_desk_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="aurelie.besson@treval.example",
        name="Aurélie Besson",
        subject="Votre arrivée",
        body="Bonjour Elodie,\n\nBien reçu votre promesse signée, merci ! Je reviens vers vous "
        "pour les formalités (mutuelle, badge, poste de travail).\n\nAurélie",
        language="fr",
    )
    assert result.role is None


# Portuguese and English boards, search firms and take-homes (corpus 70).
MORE: list[Case] = [
    (
        "alertas@itjobs.pt",
        "ITJobs.pt",
        "8 novas ofertas correspondem ao teu alerta",
        'Olá Beatriz,\n\nEncontrámos 8 novas ofertas para "UX" em Lisboa:\n\n* Senior Product '
        "Designer - Sardinha Digital, Lda.\n* UX Researcher - Bairro Alto Tech",
        "pt",
        Category.ALERT,
    ),
    (
        "no-reply@teamtailor-mail.com",
        "Orvalho Seguros",
        "A tua candidatura ainda não está completa",
        "Olá Beatriz,\n\nReparámos que começaste uma candidatura para UX Researcher mas não a "
        "terminaste. Basta carregar o teu CV para concluir.\n\nEquipa Orvalho Seguros",
        "pt",
        Category.ALERT,
    ),
    (
        "pedro.almada@hunterbay.example",
        "Pedro Almada",
        "Product Design Manager - multinacional de telecomunicações",
        "Bom dia Beatriz,\n\nSou consultor na Hunterbay Executive Search e estou a acompanhar uma "
        "posição de Product Design Manager para uma multinacional de telecomunicações com hub "
        "tecnológico em Lisboa.\n\nSeria possível conversarmos brevemente?\n\nPedro Almada",
        "pt",
        Category.OUTREACH,
    ),
    (
        "duarte.sequeira@ribeiratalent.example",
        "Duarte Sequeira",
        "Nova posição - Lead Designer (fintech)",
        "Olá Beatriz,\n\nBom ano! Como prometido, abriu uma posição de Lead Designer numa fintech "
        "portuguesa que acho que é a sua cara. Tem disponibilidade para falar esta semana?\n\n"
        "Duarte",
        "pt",
        Category.OUTREACH,
    ),
    (
        "joana.bettencourt@sardinha.example",
        "Joana Bettencourt",
        "Desafio de portefólio - Sardinha",
        "Olá Beatriz!\n\nObrigada pela conversa de dia 12. A equipa quer avançar contigo para a "
        "fase de portfolio challenge: vais apresentar um projeto teu (45 min) a três designers."
        "\n\nJoana",
        "pt",
        Category.ASSESSMENT,
    ),
    (
        "rita.sampaio@tessela.example",
        "Rita Sampaio",
        "Re: a tua candidatura",
        "Olá Beatriz,\n\nQue bom ver-te outra vez no nosso processo! Esta nova vaga acabou por "
        "ser preenchida por uma pessoa que já tinha passado pelas fases finais, por isso não "
        "vamos avançar desta vez.\n\nRita",
        "pt",
        Category.REJECTION,
    ),
    (
        "no-reply@hire.lever.co",
        "Halfmoon Games",
        "Halfmoon Games: UI art test",
        "Hi Beatriz,\n\nWe liked your application and would like to invite you to our UI test: "
        "design the inventory screen for our upcoming mobile game. Please upload your work "
        "within 7 days using the link below.\n\nHalfmoon Games Talent",
        "en",
        Category.ASSESSMENT,
    ),
]


test_boards_firms_and_take_homes = category_test(MORE)
