"""Employers named by boards' receipts, by intermediaries about their client, and in sign-offs:
the board, the agency, a title word or a phrase is never taken for the employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


EMPLOYER_NAMED = [
    pytest.param(
        {
            "sender": "noreply@join.com",
            "name": "JOIN",
            "subject": "Deine Bewerbung wurde versendet",
            "body": (
                "Hallo Mia,\n\ndeine Bewerbung für Data Engineer (m/w/d) bei Brückenfeld Analytics "
                "GmbH in Leipzig wurde erfolgreich übermittelt.\n\nDein JOIN Team"
            ),
            "language": "de",
        },
        "Brückenfeld Analytics",
        id="board-receipt-title-then-employer-de",
    ),
    pytest.param(
        {
            "sender": "noreply@jobs.ch",
            "name": "jobs.ch",
            "subject": "Bewerbung versendet: Controller",
            "body": (
                "Guten Tag Mia Keller\n\nIhre Bewerbung ist unterwegs.\n\nStelle Controller\n"
                "Arbeitgeber Rheintal Logistik AG\nArbeitsort Basel\n\nIhr jobs.ch-Team"
            ),
            "language": "de",
        },
        "Rheintal Logistik",
        id="board-table-cell-without-a-colon",
    ),
    pytest.param(
        {
            "sender": "noreply@stepstone.de",
            "name": "StepStone",
            "subject": "Bewerbung versendet",
            "body": (
                "Hallo Mia,\n\nIhre Bewerbung wurde erfolgreich an das Unternehmen übermittelt:\n\n"
                "Controller (w/m/d)\nOsterholz Werke GmbH\nBremen\n\nIhr StepStone Team"
            ),
            "language": "de",
        },
        "Osterholz Werke",
        id="board-card-not-the-word-company-de",
    ),
    pytest.param(
        {
            "sender": "noreply@jobs.ch",
            "name": "jobs.ch",
            "subject": "Ihre Bewerbung wurde übermittelt",
            "body": (
                "Guten Tag Mia Keller\n\nIhre Bewerbung für die Stelle Controller wurde "
                "erfolgreich an Rheintal Logistik AG übermittelt.\n\nIhr jobs.ch-Team\n\nJobCloud "
                "AG, Musterstrasse 1, 8000 Zürich"
            ),
            "language": "de",
        },
        "Rheintal Logistik",
        id="board-legal-entity-in-the-footer",
    ),
    pytest.param(
        {
            "sender": "noreply@reed.co.uk",
            "name": "reed.co.uk",
            "subject": "Your application has been sent",
            "body": (
                "Hi Mia,\n\nYour application for Buyer has been sent to Hollins Bakery Supplies.\n"
                "\nGood luck,\nThe reed.co.uk team"
            ),
        },
        "Hollins Bakery Supplies",
        id="uk-board-display-name",
    ),
    pytest.param(
        {
            "sender": "noreply@indeed.com",
            "name": "Indeed",
            "subject": "Your application was viewed",
            "body": (
                "Good news! An employer viewed your application.\n\nWarehouse Planner\n"
                "Kestrel Freight\n\nThis doesn't guarantee a response."
            ),
        },
        "Kestrel Freight",
        id="viewed-card-after-a-full-stop",
    ),
    pytest.param(
        {
            "sender": "a.roth@roth-consulting.ch",
            "name": "Anja Roth",
            "subject": "Ihre Bewerbung als Controllerin",
            "body": (
                "Grüezi Frau Keller\n\nBesten Dank für Ihre Zustimmung. Meine Mandantin ist die "
                "Glarner Kraftwerke AG in Glarus.\n\nIch habe Ihre Unterlagen heute an die "
                "Leiterin Finanzen weitergeleitet und melde mich, sobald ich etwas höre.\n\n"
                "Freundliche Grüsse\nAnja Roth"
            ),
            "language": "de",
        },
        "Glarner Kraftwerke",
        id="headhunter-names-the-client-de",
    ),
    pytest.param(
        {
            "sender": "sam@brightpath-search.example",
            "name": "Sam Lowe",
            "subject": "Submission",
            "body": (
                "Hi Mia,\n\nAs promised, I've put you forward to Ravenstone Lettings (the agency "
                "platform people) for the Product Manager role.\n\nPlease don't apply directly.\n\n"
                "Sam"
            ),
        },
        "Ravenstone Lettings",
        id="recruiter-puts-you-forward-to-client",
    ),
    pytest.param(
        {
            "sender": "kim@northbay-recruitment.example",
            "name": "Kim Dale",
            "subject": "RE: our call",
            "body": (
                "Hi Mia,\n\nI've now submitted your CV to my client, who I can finally tell you is "
                "Ashby Rota Systems - they make scheduling software.\n\nKim"
            ),
        },
        "Ashby Rota Systems",
        id="recruiter-reveals-client-after-comma",
    ),
    pytest.param(
        {
            "sender": "seleccion@puentesalud.example",
            "name": "Puente Salud",
            "subject": "Entrevista con Clínica Monteazul",
            "body": (
                "Hola Ana, ¡buenas noticias!\n\nLa dirección de la Clínica Monteazul quiere "
                "entrevistarte el miércoles a las 17:00. Confírmame si te va bien.\n\nInés"
            ),
            "language": "es",
        },
        "Clínica Monteazul",
        id="intermediary-subject-names-client",
    ),
    pytest.param(
        {
            "sender": "r.meier@seeblick-moebel.example",
            "name": "Rolf Meier",
            "subject": "Ihre Bewerbung – Einladung",
            "body": (
                "Grüezi Frau Keller\n\nGerne laden wir Sie zu einem ersten Gespräch ein.\n\n"
                "Freundliche Grüsse\n\nRolf Meier\nHR-Fachmann\nSeeblick Möbel AG"
            ),
            "language": "de",
        },
        "Seeblick Möbel",
        id="compound-title-in-signature",
    ),
    pytest.param(
        {
            "sender": "rh@cmv-lausanne.example",
            "name": "Ressources Humaines CMV",
            "subject": "Votre candidature – Contrôleur",
            "body": (
                "Madame,\n\nNous vous remercions de votre candidature. Nous sommes au regret de "
                "vous informer que nous ne pourrons pas y donner une suite favorable.\n\n"
                "Ressources Humaines\nCaisse Mutuelle Vaudoise SA\nLausanne"
            ),
            "language": "fr",
        },
        "Caisse Mutuelle Vaudoise",
        id="acronym-written-out-in-signature",
    ),
    pytest.param(
        {
            "sender": "naoresponda@solides.com.br",
            "name": "Clara Cosméticos",
            "subject": "Recebemos sua candidatura!",
            "body": (
                "Olá, Ana!\n\nObrigado por se candidatar à vaga de Analista na Clara Cosméticos.\n"
                "\nClara Cosméticos - Recrutamento e Seleção"
            ),
            "language": "pt",
        },
        "Clara Cosméticos",
        id="company-named-like-a-person",
    ),
    pytest.param(
        {
            "sender": "dse@eumail.docusign.net",
            "name": "Docusign via Docusign",
            "subject": "Completed: Pellow Foods - Offer Letter - M Keller.pdf",
            "body": (
                "All parties have completed Please DocuSign: Pellow Foods - Offer Letter - "
                "M Keller.pdf."
            ),
        },
        "Pellow Foods",
        id="signed-document-file-name",
    ),
    pytest.param(
        {
            "sender": "marta.gil.r@gmail.com",
            "name": "Marta Gil",
            "subject": "Re: Candidatura enfermera",
            "body": (
                "Hola Ana!\n\nHe leído tu CV y me encantaría conocerte. ¿Te va bien pasarte el "
                "jueves a las 10:30?\n\nUn saludo,\nMarta\n\n--\nMarta Gil\nDirectora\n"
                "Residencia El Olivar · Toledo\nTel. 925 000 000"
            ),
            "language": "es",
        },
        "Residencia El Olivar",
        id="two-line-sign-off-place-after",
    ),
    pytest.param(
        {
            "sender": "nao-responda@catho.com.br",
            "name": "Catho",
            "subject": "Seu currículo foi enviado para a vaga de Analista",
            "body": (
                "Olá Ana,\n\nSeu currículo foi enviado com sucesso para a vaga Analista de "
                "Qualidade - Laboratório Serra Verde - Campinas/SP.\n\nBoa sorte!"
            ),
            "language": "pt",
        },
        "Laboratório Serra Verde",
        id="board-line-title-employer-place-pt",
    ),
    pytest.param(
        {
            "sender": "noreply@stepstone.de",
            "name": "StepStone",
            "subject": "Bewerbung versendet",
            "body": (
                "Hallo Mia,\n\nIhre Bewerbung ist unterwegs!\n\nEinkäuferin (m/w/d)\n"
                "Lindner & Töchter GmbH & Co. KG · Bremen\n\nIhr StepStone Team"
            ),
            "language": "de",
        },
        "Lindner & Töchter",
        id="board-card-after-on-its-way-de",
    ),
    pytest.param(
        {
            "sender": "recruitment@fernleighhomes.example",
            "name": "Fernleigh Homes Recruitment",
            "subject": "Thank you for your application",
            "body": (
                "Dear Mia\n\nThank you for applying for the role of Data Analyst. We have received "
                "your application and will be in touch after the closing date.\n\nBest wishes\n"
                "People Team\nFernleigh Housing Association"
            ),
        },
        "Fernleigh Housing Association",
        id="signature-names-org-in-full",
    ),
    pytest.param(
        {
            "sender": "noreply@hireboard.example.com",
            "name": "hireboard.example.com",
            "subject": "Your application has been sent",
            "body": (
                "Hi Mia,\n\nYour application for Buyer has been sent to Hollins Bakery Supplies.\n"
                "\nGood luck,\nThe hireboard team"
            ),
        },
        "Hollins Bakery Supplies",
        id="unknown-site-gives-way",
    ),
    pytest.param(
        {
            "sender": "notifications@calendly.com",
            "name": "Calendly",
            "subject": "New Event: Mia Keller - 09:30 Tue, 15 Apr 2025 - Interview",
            "body": (
                "Hi Mia Keller,\n\nA new event has been scheduled.\n\nEvent Type: Interview\n"
                "Invitee: Mia Keller\nHost: Sam Reid (Brackenfield)\n"
                "Event Date/Time: 09:30 - 10:15, Tuesday, 15 April 2025\n"
            ),
        },
        "Brackenfield",
        id="scheduling-tool-hosts-company",
    ),
]


@pytest.mark.parametrize(("mail", "company"), EMPLOYER_NAMED)
def test_employer_named(classify: Classify, mail: dict[str, str], company: str) -> None:
    assert classify(**mail).company == company


@pytest.mark.parametrize(
    ("sender", "body", "language", "company"),
    [
        ("noreply@jobup.ch", "Votre candidature pour le poste de Contrôleur a été transmise "
         "avec succès à Verrerie Arlod SA, Lausanne.", "fr", "Verrerie Arlod"),
        ("noreply@infojobs.com.br", "Sua candidatura para a vaga Analista foi enviada com "
         "sucesso para a empresa Cerâmica Horizonte.", "pt", "Cerâmica Horizonte"),
        ("noreply@infojobs.net", "Tu candidatura para el puesto de Analista ha sido enviada con "
         "éxito a Conservas Mareiro.", "es", "Conservas Mareiro"),
    ],
)  # fmt: skip
def test_board_receipt_sent_to_the_employer(
    classify: Classify, sender: str, body: str, language: str, company: str
) -> None:
    result = classify(
        sender=sender, name="Jobboard", subject="Candidature",
        body=f"Bonjour Mia,\n\n{body}\n\nBonne chance", language=language,
    )  # fmt: skip
    assert result.company == company


NO_EMPLOYER_RATHER_THAN_A_WRONG_ONE = [
    pytest.param(
        {
            "sender": "no-reply@us.greenhouse-mail.io",
            "name": "Hiring Team",
            "subject": "Thanks for applying!",
            "body": (
                "Hi Mia,\n\nThanks for your application for our Data Analyst role in the Payments "
                "squad - we will be in touch.\n\nBest,\nThe Hiring Team"
            ),
        },
        (None, ""),
        id="hiring-team-sign-off",
    ),
    # never a name cut where the search window ended ("Hospitalario Universitario Mo")
    pytest.param(
        {
            "sender": "alerts@jobs.example",
            "name": "Jobs",
            "subject": "8 new jobs for you",
            "body": (
                "Your job alert: trial coordinator\n\nClinical Trial Coordinator - Hospitalario "
                "Universitario Montenegro Sur de la Sierra\nStudy Coordinator - Orbis Research\n\n"
                "Unsubscribe."
            ),
        },
        (None, "Hospitalario Universitario Montenegro Sur de la Sierra"),
        id="sign-off-read-past-search-window",
    ),
    pytest.param(
        {
            "sender": "a.roth@roth-partner.example",
            "name": "Anja Roth",
            "subject": "Einladung zum Gespräch",
            "body": (
                "Grüezi Frau Keller\n\nGute Neuigkeiten: Sie sind zu einem Gespräch eingeladen, "
                "Termin Mittwoch, 13:30 Uhr.\n\nFreundliche Grüsse\nAnja Roth\n"
                "Roth & Partner Personalberatung AG"
            ),
            "language": "de",
        },
        (None, ""),
        id="search-firm-signature",
    ),
]


@pytest.mark.parametrize(("mail", "allowed"), NO_EMPLOYER_RATHER_THAN_A_WRONG_ONE)
def test_no_employer_rather_than_a_wrong_one(
    classify: Classify, mail: dict[str, str], allowed: tuple[str | None, ...]
) -> None:
    assert classify(**mail).company in allowed


def test_colleagues_short_name_in_the_subject_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="lena.fuchs@web.de", name="Lena Fuchs", subject="Zweites Gespräch mit Basti?",
        body="Hi Mia,\n\nhat mich gefreut! Basti (unser CTO) würde dich gern noch technisch "
        "kennenlernen, ca. 1h. Er schickt dir eine Einladung.\n\nLena",
        language="de",
    )  # fmt: skip
    assert result.company != "Basti"


@pytest.mark.parametrize(
    ("line", "language", "company"),
    [
        ("Co-Founder & CTO, Lindwurm Sensorik", "de", "Lindwurm Sensorik"),
        ("Gründerin · Lindwurm Sensorik", "de", "Lindwurm Sensorik"),
        ("Co-fondateur, Lindwurm Sensorik", "fr", "Lindwurm Sensorik"),
    ],
)
def test_founder_writing_from_webmail_signs_with_the_company(
    classify: Classify, line: str, language: str, company: str
) -> None:
    result = classify(
        sender="nora.wyss@gmail.com", name="Nora Wyss", subject="Re: Deine Bewerbung",
        body="Hoi Mia,\n\ndanke für deine Bewerbung! Hast du Donnerstag Zeit für einen "
        "Video-Call?\n\nNora\n\n--\nNora Wyss\n" + line,
        language=language,
    )  # fmt: skip
    assert result.company == company


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Founder & Head Brewer", "Polder Brouwerij"),
        ("Coordinación de Talento Humano", "Polder Brouwerij"),
    ],
)
def test_title_or_department_line_then_the_company_line(
    classify: Classify, title: str, company: str
) -> None:
    result = classify(
        sender="pieter.polder@gmail.com", name="Pieter Polder",
        subject="your application - a chat?",
        body="hi Ana\n\nthanks for your CV! would you like to come by for a chat about the ops "
        f"manager job? thursday at 16:00 works for me.\n\npieter\n\n--\nPieter Polder\n{title}\n"
        f"{company}\n",
    )  # fmt: skip
    assert result.company == company


ROLE_NAMED = [
    pytest.param(
        {
            "sender": "no-reply@teamtailor.com",
            "name": "Donau Mobility",
            "subject": "Danke für deine Bewerbung, Mia!",
            "body": (
                "Servus Mia!\n\nDanke, dass du dich als Backend Engineer bei Donau Mobility "
                "beworben hast. Wir melden uns innerhalb von zwei Wochen.\n\nDas Donau Team"
            ),
            "language": "de",
        },
        "Backend Engineer",
        id="thanks-for-applying-as-title-de",
    ),
    pytest.param(
        {
            "sender": "noreply@jobs.ch",
            "name": "jobs.ch",
            "subject": "Bewerbung erfolgreich versendet: Controllerin (80-100%)",
            "body": (
                "Guten Tag Mia Keller\n\nIhre Bewerbung ist unterwegs.\n\nStelle Controllerin "
                "(80-100%)\nArbeitgeber Rheintal Logistik AG\n\nIhr jobs.ch-Team"
            ),
            "language": "de",
        },
        "Controllerin (80-100%)",
        id="board-subject-names-title-de",
    ),
]


@pytest.mark.parametrize(("mail", "role"), ROLE_NAMED)
def test_role_named(classify: Classify, mail: dict[str, str], role: str) -> None:
    assert classify(**mail).role == role


@pytest.mark.parametrize(
    ("cells", "language"),
    [
        ("Role Buyer\nEmployer Hollins Bakery Supplies\nLocation Leeds", "en"),
        ("Poste Acheteur\nEmployeur Hollins Bakery Supplies\nLieu Genève", "fr"),
        ("Puesto Comprador\nEmpresa Hollins Bakery Supplies\nCiudad Sevilla", "es"),
    ],
)
def test_board_table_cells_name_the_employer(classify: Classify, cells: str, language: str) -> None:
    result = classify(
        sender="noreply@indeed.com", name="Indeed", subject="Application sent",
        body=f"Hi Mia,\n\nYour application was sent. Here is a summary:\n\n{cells}\n\nGood luck!",
        language=language,
    )  # fmt: skip
    assert result.company == "Hollins Bakery Supplies"
