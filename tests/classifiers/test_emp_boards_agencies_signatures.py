"""Employers named by boards' receipts, by intermediaries about their client, and in sign-offs:
the board, the agency, a title word or a phrase is never taken for the employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


def test_board_receipt_names_title_then_employer_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@join.com", name="JOIN", subject="Deine Bewerbung wurde versendet",
        body="Hallo Mia,\n\ndeine Bewerbung für Data Engineer (m/w/d) bei Brückenfeld Analytics "
        "GmbH in Leipzig wurde erfolgreich übermittelt.\n\nDein JOIN Team",
        language="de",
    )  # fmt: skip
    assert result.company == "Brückenfeld Analytics"


def test_board_table_cell_names_the_employer_without_a_colon(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobs.ch", name="jobs.ch", subject="Bewerbung versendet: Controller",
        body="Guten Tag Mia Keller\n\nIhre Bewerbung ist unterwegs.\n\nStelle Controller\n"
        "Arbeitgeber Rheintal Logistik AG\nArbeitsort Basel\n\nIhr jobs.ch-Team",
        language="de",
    )  # fmt: skip
    assert result.company == "Rheintal Logistik"


def test_board_card_after_the_sentence_and_not_the_word_company_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de", name="StepStone", subject="Bewerbung versendet",
        body="Hallo Mia,\n\nIhre Bewerbung wurde erfolgreich an das Unternehmen übermittelt:\n\n"
        "Controller (w/m/d)\nOsterholz Werke GmbH\nBremen\n\nIhr StepStone Team",
        language="de",
    )  # fmt: skip
    assert result.company == "Osterholz Werke"


def test_boards_legal_entity_in_the_footer_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobs.ch", name="jobs.ch", subject="Ihre Bewerbung wurde übermittelt",
        body="Guten Tag Mia Keller\n\nIhre Bewerbung für die Stelle Controller wurde erfolgreich "
        "an Rheintal Logistik AG übermittelt.\n\nIhr jobs.ch-Team\n\n"
        "JobCloud AG, Musterstrasse 1, 8000 Zürich",
        language="de",
    )  # fmt: skip
    assert result.company == "Rheintal Logistik"


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


def test_uk_board_display_name_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@reed.co.uk", name="reed.co.uk", subject="Your application has been sent",
        body="Hi Mia,\n\nYour application for Buyer has been sent to Hollins Bakery Supplies.\n\n"
        "Good luck,\nThe reed.co.uk team",
    )  # fmt: skip
    assert result.company == "Hollins Bakery Supplies"


def test_employer_viewed_card_after_a_full_stop(classify: Classify) -> None:
    result = classify(
        sender="noreply@indeed.com", name="Indeed", subject="Your application was viewed",
        body="Good news! An employer viewed your application.\n\nWarehouse Planner\n"
        "Kestrel Freight\n\nThis doesn't guarantee a response.",
    )  # fmt: skip
    assert result.company == "Kestrel Freight"


def test_headhunter_names_the_client_de(classify: Classify) -> None:
    result = classify(
        sender="a.roth@roth-consulting.ch", name="Anja Roth",
        subject="Ihre Bewerbung als Controllerin",
        body="Grüezi Frau Keller\n\nBesten Dank für Ihre Zustimmung. Meine Mandantin ist die "
        "Glarner Kraftwerke AG in Glarus.\n\nIch habe Ihre Unterlagen heute an die Leiterin "
        "Finanzen weitergeleitet und melde mich, sobald ich etwas höre.\n\n"
        "Freundliche Grüsse\nAnja Roth",
        language="de",
    )  # fmt: skip
    assert result.company == "Glarner Kraftwerke"


def test_recruiter_puts_the_candidate_forward_to_the_client(classify: Classify) -> None:
    result = classify(
        sender="sam@brightpath-search.example", name="Sam Lowe", subject="Submission",
        body="Hi Mia,\n\nAs promised, I've put you forward to Ravenstone Lettings (the agency "
        "platform people) for the Product Manager role.\n\nPlease don't apply directly.\n\nSam",
    )  # fmt: skip
    assert result.company == "Ravenstone Lettings"


def test_recruiter_reveals_the_client_after_a_comma(classify: Classify) -> None:
    result = classify(
        sender="kim@northbay-recruitment.example", name="Kim Dale", subject="RE: our call",
        body="Hi Mia,\n\nI've now submitted your CV to my client, who I can finally tell you is "
        "Ashby Rota Systems - they make scheduling software.\n\nKim",
    )  # fmt: skip
    assert result.company == "Ashby Rota Systems"


def test_intermediary_subject_names_its_client(classify: Classify) -> None:
    result = classify(
        sender="seleccion@puentesalud.example", name="Puente Salud",
        subject="Entrevista con Clínica Monteazul",
        body="Hola Ana, ¡buenas noticias!\n\nLa dirección de la Clínica Monteazul quiere "
        "entrevistarte el miércoles a las 17:00. Confírmame si te va bien.\n\nInés",
        language="es",
    )  # fmt: skip
    assert result.company == "Clínica Monteazul"


def test_compound_title_in_the_signature_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="r.meier@seeblick-moebel.example", name="Rolf Meier",
        subject="Ihre Bewerbung – Einladung",
        body="Grüezi Frau Keller\n\nGerne laden wir Sie zu einem ersten Gespräch ein.\n\n"
        "Freundliche Grüsse\n\nRolf Meier\nHR-Fachmann\nSeeblick Möbel AG",
        language="de",
    )  # fmt: skip
    assert result.company == "Seeblick Möbel"


def test_acronym_display_name_is_written_out_in_the_signature(classify: Classify) -> None:
    result = classify(
        sender="rh@cmv-lausanne.example", name="Ressources Humaines CMV",
        subject="Votre candidature – Contrôleur",
        body="Madame,\n\nNous vous remercions de votre candidature. Nous sommes au regret de vous "
        "informer que nous ne pourrons pas y donner une suite favorable.\n\n"
        "Ressources Humaines\nCaisse Mutuelle Vaudoise SA\nLausanne",
        language="fr",
    )  # fmt: skip
    assert result.company == "Caisse Mutuelle Vaudoise"


def test_company_named_after_a_given_name_signs_as_its_hiring_team(classify: Classify) -> None:
    result = classify(
        sender="naoresponda@solides.com.br", name="Clara Cosméticos",
        subject="Recebemos sua candidatura!",
        body="Olá, Ana!\n\nObrigado por se candidatar à vaga de Analista na Clara Cosméticos.\n\n"
        "Clara Cosméticos - Recrutamento e Seleção",
        language="pt",
    )  # fmt: skip
    assert result.company == "Clara Cosméticos"


def test_hiring_team_sign_off_and_a_phrase_are_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@us.greenhouse-mail.io", name="Hiring Team", subject="Thanks for applying!",
        body="Hi Mia,\n\nThanks for your application for our Data Analyst role in the Payments "
        "squad - we will be in touch.\n\nBest,\nThe Hiring Team",
    )  # fmt: skip
    assert result.company in (None, "")


def test_signed_document_file_name_is_not_the_employer(classify: Classify) -> None:
    result = classify(
        sender="dse@eumail.docusign.net", name="Docusign via Docusign",
        subject="Completed: Pellow Foods - Offer Letter - M Keller.pdf",
        body="All parties have completed Please DocuSign: Pellow Foods - Offer Letter - "
        "M Keller.pdf.",
    )  # fmt: skip
    assert result.company == "Pellow Foods"


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


def test_manager_sign_off_on_two_lines_with_the_place_after_the_company(
    classify: Classify,
) -> None:
    result = classify(
        sender="marta.gil.r@gmail.com", name="Marta Gil", subject="Re: Candidatura enfermera",
        body="Hola Ana!\n\nHe leído tu CV y me encantaría conocerte. ¿Te va bien pasarte el "
        "jueves a las 10:30?\n\nUn saludo,\nMarta\n\n--\nMarta Gil\nDirectora\n"
        "Residencia El Olivar · Toledo\nTel. 925 000 000",
        language="es",
    )  # fmt: skip
    assert result.company == "Residencia El Olivar"


def test_board_line_names_title_then_employer_then_place_pt(classify: Classify) -> None:
    result = classify(
        sender="nao-responda@catho.com.br", name="Catho",
        subject="Seu currículo foi enviado para a vaga de Analista",
        body="Olá Ana,\n\nSeu currículo foi enviado com sucesso para a vaga Analista de "
        "Qualidade - Laboratório Serra Verde - Campinas/SP.\n\nBoa sorte!",
        language="pt",
    )  # fmt: skip
    assert result.company == "Laboratório Serra Verde"


def test_a_sign_off_line_is_read_to_its_end_past_the_search_window(classify: Classify) -> None:
    result = classify(
        sender="alerts@jobs.example", name="Jobs", subject="8 new jobs for you",
        body="Your job alert: trial coordinator\n\n"
        "Clinical Trial Coordinator - Hospitalario Universitario Montenegro Sur de la Sierra\n"
        "Study Coordinator - Orbis Research\n\nUnsubscribe.",
    )  # fmt: skip
    # never a name cut where the search window ended ("Hospitalario Universitario Mo")
    assert result.company in (None, "Hospitalario Universitario Montenegro Sur de la Sierra")


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


def test_board_card_after_the_application_is_on_its_way_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de", name="StepStone", subject="Bewerbung versendet",
        body="Hallo Mia,\n\nIhre Bewerbung ist unterwegs!\n\nEinkäuferin (m/w/d)\n"
        "Lindner & Töchter GmbH & Co. KG · Bremen\n\nIhr StepStone Team",
        language="de",
    )  # fmt: skip
    assert result.company == "Lindner & Töchter"


def test_thanks_for_applying_as_a_title_at_a_company_de(classify: Classify) -> None:
    result = classify(
        sender="no-reply@teamtailor.com", name="Donau Mobility",
        subject="Danke für deine Bewerbung, Mia!",
        body="Servus Mia!\n\nDanke, dass du dich als Backend Engineer bei Donau Mobility beworben "
        "hast. Wir melden uns innerhalb von zwei Wochen.\n\nDas Donau Team",
        language="de",
    )  # fmt: skip
    assert result.role == "Backend Engineer"


def test_board_subject_names_the_title_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@jobs.ch", name="jobs.ch",
        subject="Bewerbung erfolgreich versendet: Controllerin (80-100%)",
        body="Guten Tag Mia Keller\n\nIhre Bewerbung ist unterwegs.\n\nStelle Controllerin "
        "(80-100%)\nArbeitgeber Rheintal Logistik AG\n\nIhr jobs.ch-Team",
        language="de",
    )  # fmt: skip
    assert result.role == "Controllerin (80-100%)"


def test_signature_names_the_organisation_in_full(classify: Classify) -> None:
    result = classify(
        sender="recruitment@fernleighhomes.example", name="Fernleigh Homes Recruitment",
        subject="Thank you for your application",
        body="Dear Mia\n\nThank you for applying for the role of Data Analyst. We have received "
        "your application and will be in touch after the closing date.\n\nBest wishes\n"
        "People Team\nFernleigh Housing Association",
    )  # fmt: skip
    assert result.company == "Fernleigh Housing Association"


def test_unknown_site_writing_as_itself_gives_way_to_the_employer_it_names(
    classify: Classify,
) -> None:
    result = classify(
        sender="noreply@hireboard.example.com", name="hireboard.example.com",
        subject="Your application has been sent",
        body="Hi Mia,\n\nYour application for Buyer has been sent to Hollins Bakery Supplies.\n\n"
        "Good luck,\nThe hireboard team",
    )  # fmt: skip
    assert result.company == "Hollins Bakery Supplies"


def test_search_firm_signing_its_mail_is_never_the_employer(classify: Classify) -> None:
    result = classify(
        sender="a.roth@roth-partner.example", name="Anja Roth",
        subject="Einladung zum Gespräch",
        body="Grüezi Frau Keller\n\nGute Neuigkeiten: Sie sind zu einem Gespräch eingeladen, "
        "Termin Mittwoch, 13:30 Uhr.\n\nFreundliche Grüsse\nAnja Roth\n"
        "Roth & Partner Personalberatung AG",
        language="de",
    )  # fmt: skip
    assert result.company in (None, "")


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


def test_scheduling_tool_names_the_hosts_company(classify: Classify) -> None:
    result = classify(
        sender="notifications@calendly.com", name="Calendly",
        subject="New Event: Mia Keller - 09:30 Tue, 15 Apr 2025 - Interview",
        body="Hi Mia Keller,\n\nA new event has been scheduled.\n\nEvent Type: Interview\n"
        "Invitee: Mia Keller\nHost: Sam Reid (Brackenfield)\n"
        "Event Date/Time: 09:30 - 10:15, Tuesday, 15 April 2025\n",
    )  # fmt: skip
    assert result.company == "Brackenfield"
