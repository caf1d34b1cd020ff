"""Boards' digests, search firms' pitches, stage wording and hospitals' names found by corpora
75-79 (British, Berlin, Barcelona, Québec and São Paulo inboxes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.mail_cases import Case, category_test

Classify = Callable[..., Classification]

# (sender, display name, subject, body, language, category)
STAGES: list[Case] = [
    (
        "jobalerts@reed.co.uk",
        "reed.co.uk",
        "Your daily jobs: Marketing Officer, Manchester",
        "Hi Ruth, here are your latest jobs:\nMarketing Officer - Harlow & Finch - Manchester\n"
        "Communications Assistant - Cathedral Trust - £25,500\nView all on reed.co.uk",
        "en",
        Category.ALERT,
    ),
    (
        "alertas@infojobs.net",
        "InfoJobs",
        "12 ofertas nuevas de Director de operaciones hotel en Barcelona",
        "Hola Marta,\nTenemos 12 ofertas nuevas que encajan con tu alerta Director de operaciones "
        "hotel - Barcelona.\nDirector/a de Operaciones - Hoteles Mirasol, S.A. - Barcelona\n"
        "Ver todas las ofertas",
        "es",
        Category.ALERT,
    ),
    (
        "alertes@jobboom.com",
        "Jobboom",
        "12 nouveaux emplois : adjointe administrative – Québec",
        "Vos alertes emploi Jobboom\nAdjointe administrative – Cabinet Giroux notaires, Québec\n"
        "Agente de bureau – Coopérative funéraire, Québec\nVoir les 12 emplois",
        "fr",
        Category.ALERT,
    ),
    (
        "contato@programathor.com.br",
        "Programathor",
        "Thorzinho: vagas remotas de dados da semana",
        "Salve, Larissa! As vagas quentes da semana:\n- Data Engineer Sr (PJ) - Capivara Labs - "
        "remoto\n- Eng. de Dados - Vento Norte Energia - remoto\nBoa caça!",
        "pt",
        Category.ALERT,
    ),
    (
        "lgimenez@flexatalent.example",
        "Laura Giménez",
        "Nueva posición - Jefe/a de Operaciones aparthotel",
        "Buenos días Marta,\n\nTengo una nueva posición para un grupo de aparthoteles en "
        "Barcelona (Jefe/a de Operaciones, indefinido). ¿Sigue usted en búsqueda activa?\n\n"
        "Atentamente,\nLaura Giménez · Flexa Talent ETT",
        "es",
        Category.OUTREACH,
    ),
    (
        "smorin@placementboreal.example",
        "Stéphanie Morin",
        "Mandat à Québec – adjointe RH, entreprise manufacturière",
        "Bonjour Maude,\n\nComme promis, je reviens vers vous : j'ai un nouveau mandat à Québec "
        "pour une entreprise manufacturière d'environ 200 employés. Poste d'adjointe RH "
        "permanent.\n\nEst-ce que ça pourrait vous intéresser? Le client préfère rester "
        "confidentiel pour l'instant.\n\nStéphanie",
        "fr",
        Category.OUTREACH,
    ),
    (
        "f.aumann@spreeberg-search.example",
        "Dr. Felix Aumann",
        "Neues Mandat – Head of Platform (m/w/d)",
        "Hallo Herr Ebeling,\n\nich betreue seit dieser Woche ein Mandat für einen Konzern aus "
        "dem Versicherungsumfeld. Gesucht wird ein Head of Platform (m/w/d).\n\nHätten Sie "
        "grundsätzlich Interesse, darüber zu sprechen?\n\nBeste Grüße\nFelix Aumann",
        "de",
        Category.OUTREACH,
    ),
    (
        "hr@wrenfield.example",
        "Wrenfield HR",
        "Marketing Coordinator - your application",
        "Dear Ruth,\n\nThank you for applying for the role of Marketing Coordinator with "
        "Wrenfield. Your application was a strong one.\n\nUnfortunately we have not selected "
        "you for interview on this occasion.\n\nKind regards\nHR Team",
        "en",
        Category.REJECTION,
    ),
    (
        "n.fairclough@irwellmet.example",
        "Naomi Fairclough",
        "Written exercise - Marketing Officer (Student Recruitment)",
        "Dear Ruth,\n\nPlease find the brief attached. Your response should be emailed back to "
        "me by 13:00 today.\n\nGood luck!\n\nNaomi\n\nNaomi Fairclough | Student Recruitment "
        "Marketing Manager",
        "en",
        Category.ASSESSMENT,
    ),
    (
        "yusuf.demir@kranich.example",
        "Yusuf Demir",
        "Kranich Health – Interview Platform Engineer",
        "Hi Jonas,\n\nThanks for your patience! I'm the Engineering Lead for our platform team "
        "and would love to have a first conversation with you. I've sent a Google Meet invite "
        "for Wednesday, Nov 12, 15:00.\n\nBest\nYusuf",
        "en",
        Category.INTERVIEW,
    ),
    (
        "rh@assurancesvalmont.example",
        "Ressources humaines Valmont",
        "Votre candidature",
        "Bonjour Maude,\n\nMerci d'avoir pris le temps de postuler chez Valmont.\n\nToutefois, "
        "nous avons décidé d'aller de l'avant avec des candidatures qui correspondent plus "
        "étroitement au profil recherché.\n\nL'équipe RH",
        "fr",
        Category.REJECTION,
    ),
]


STAGES += [
    (
        "callum.reid@harlowfinch.example",
        "Callum Reid",
        "Call notes + next steps",
        "Hi Ruth, great to speak just now. Quick notes from our call:\n\n- Brand Comms Exec, "
        "perm, c.£32k + 8% bonus\n- I'll send you the JD (client name removed) tomorrow\n\nIf "
        "you're happy for me to put your CV forward, just reply YES.\n\nCheers\nCallum",
        "en",
        Category.OUTREACH,
    ),
    (
        "jobs@irwellmet.example",
        "Irwell Met Jobs",
        "Welcome to Irwell Met Talent Pool",
        "Dear Ruth,\n\nThank you for joining the Irwell Metropolitan University talent pool. "
        "We'll send you an email when a vacancy that matches your interests is advertised.",
        "en",
        Category.ALERT,
    ),
    (
        "jess.okoro.pr@gmail.com",
        "Jess Okoro",
        "Coffee next week?",
        "Hi Ruth\n\nWould you be free to meet for a coffee and a proper chat about the AE role? "
        "How about Tuesday 25th, 10am? It's informal but it is the interview.\n\nJess",
        "en",
        Category.INTERVIEW,
    ),
]


test_stage = category_test(STAGES)


def test_a_written_exercise_inside_a_second_round_is_no_take_home(classify: Classify) -> None:
    """Only "written exercise" names the step here; a weak word alone never makes the
    in-person round (exercise, then a conversation) an assessment."""
    result = classify(
        sender="marta@digiinclusion.example",
        name="Marta Kowalczyk",
        subject="RE: Your application - first conversation",
        body="Dear Sofie,\n\nGood news: we'd like you to come to the second round. It is in "
        "person at our office and has two parts: a 60-minute written exercise followed by a "
        "conversation with our Secretary-General. Would Thursday 29 January, 13:30, suit you?"
        "\n\nKind regards,\nMarta",
        language="en",
    )
    assert result.category is not Category.ASSESSMENT


def test_an_unconditional_offer_is_the_offer_taken(classify: Classify) -> None:
    result = classify(
        sender="noreply@trac.jobs",
        name="NPTH Recruitment",
        subject="Unconditional offer and start date - Communications Officer",
        body="Dear Ruth\n\nI am pleased to confirm that all pre-employment checks have now been "
        "completed satisfactorily. This letter confirms our unconditional offer of the post of "
        "Communications Officer, Band 5.\n\nRecruitment Team",
        language="en",
    )
    assert result.category is Category.OFFER
    assert result.status is ApplicationStatus.ACCEPTED


@pytest.mark.parametrize(
    "display",
    ["Hôpital Général", "CIUSSS de la Haute-Capitale", "Kantonsspital Winterthal"],
)
def test_a_hospital_on_an_ats_is_no_person(classify: Classify, display: str) -> None:
    result = classify(
        sender="acme@myworkday.com",
        name=display,
        subject="Nous avons bien reçu votre candidature",
        body="Bonjour Maude,\n\nMerci d'avoir postulé pour le poste Agente administrative.\n\n"
        "L'équipe",
        language="fr",
    )
    assert result.company == display


def test_a_consultoria_names_its_client_by_its_trade(classify: Classify) -> None:
    result = classify(
        sender="camila.freitas@talentiarh.example",
        name="Camila Freitas | Talentia",
        subject="Apresentação ao cliente - Nuvo | Data Engineer Sr",
        body="Larissa, bom dia!\n\nConforme combinamos, apresentei seu perfil hoje ao cliente: o "
        "banco é a Nuvo (do Grupo Aurora). Agora aguardamos o retorno do time de dados.\n\n"
        "Camila Freitas\nTalentia Recrutamento Especializado",
        language="pt",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Nuvo"


def test_a_hospital_network_writes_for_the_hospital_applied_to(classify: Classify) -> None:
    result = classify(
        sender="noreply@umantis.com",
        name="Gesundheitsverbund Zürich Nord",
        subject="Bestätigung Ihrer Bewerbung",
        body="Sehr geehrte Frau Moser\n\nBesten Dank für Ihre Online-Bewerbung als Dipl. "
        "Pflegefachfrau Notfallstation 100 % am Klinikum Glatttal. Ihre Unterlagen sind "
        "vollständig bei uns eingegangen.\n\nFreundliche Grüsse\nPersonaldienst",
        language="de",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Klinikum Glatttal"
