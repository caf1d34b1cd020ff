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


@pytest.mark.parametrize(
    ("sender", "language", "body", "company"),
    [
        (
            "no-reply@computrabajo.com",
            "es",
            "¡Buenas noticias, Ana!\n\nMuebles Tarasco S.A. vio tu hoja de vida para Auxiliar "
            "Contable.\n\nSigue el proceso en tu cuenta.",
            "Muebles Tarasco",
        ),
        (
            "candidature@hellowork.com",
            "fr",
            "Bonjour Ana,\n\nLe recruteur de Menuiseries Brassac a consulté votre candidature "
            "pour l'offre « Technicien bureau d'études ».",
            "Menuiseries Brassac",
        ),
        (
            "nao-responda@catho.com.br",
            "pt",
            "Olá Ana,\n\nO recrutador da Padaria Ipiranga visualizou o seu currículo para a "
            "vaga de Auxiliar Administrativo.",
            "Padaria Ipiranga",
        ),
    ],
)
def test_board_names_who_opened_the_application(
    classify: Classify, sender: str, language: str, body: str, company: str
) -> None:
    result = classify(
        sender=sender, name="Board", subject="Novedades", body=body, language=language
    )
    assert result.company == company


def test_board_sent_cv_to_quoted_offer_at_employer_es(classify: Classify) -> None:
    result = classify(
        sender="no-reply@computrabajo.com", name="Computrabajo",
        subject="Postulación enviada: Auxiliar Contable",
        body='Hola Ana,\n\nTu hoja de vida fue enviada a la oferta "Auxiliar Contable" en '
        "Muebles Tarasco\n(Morelia, Mich.).\n\nTe avisaremos cuando la empresa la revise.",
        language="es",
    )  # fmt: skip
    assert result.company == "Muebles Tarasco"
    assert result.role == "Auxiliar Contable"


def test_temp_agency_names_its_client_fr(classify: Classify) -> None:
    result = classify(
        sender="agence-nord@presto-interim.fr", name="Presto Intérim - Agence Nord",
        subject="Votre candidature - Magasinier - Roubaix",
        body="Bonjour Madame Doe,\n\nNous avons bien reçu votre candidature. Il s'agit d'un "
        "recrutement en CDI pour le compte de notre client, les Entrepôts Vasseur (EV), à "
        "Roubaix.\n\nVotre consultante vous contactera cette semaine.\n\nPresto Intérim",
        language="fr",
    )  # fmt: skip
    assert result.company == "Entrepôts Vasseur"


def test_temp_agency_books_a_meeting_at_its_client_fr(classify: Classify) -> None:
    result = classify(
        sender="c.roux@presto-interim.fr", name="Camille Roux", subject="Rdv chez Vasseur jeudi",
        body="Bonjour Jane,\n\nje vous confirme votre rendez-vous chez Vasseur avec le "
        "responsable d'exploitation jeudi à 9h.\n\nCamille Roux\nChargée de recrutement - "
        "Presto Intérim",
        language="fr",
    )  # fmt: skip
    assert result.company == "Vasseur"


@pytest.mark.parametrize(
    ("language", "subject", "body", "company"),
    [
        (
            "pt",
            "Entrevista com o cliente - Lumiar Energia",
            "Olá Ana,\n\nConforme falámos, o cliente é a Lumiar Energia. A entrevista será na "
            "quinta-feira às 10h, por Teams.\n\nRui Matos\nDelivery Manager | Quatro Ventos "
            "Nearshore",
            "Lumiar Energia",
        ),
        (
            "pt",
            "RE: Oportunidade Data Engineer",
            "Olá Ana,\n\nSubmetemos hoje a sua candidatura ao cliente, que agora já lhe posso "
            "dizer: trata-se da Lumiar Energia.\n\nCumprimentos,\nRui",
            "Lumiar Energia",
        ),
        (
            "es",
            "RE: Posición Data Engineer",
            "Hola Ana,\n\nComo te comenté, el cliente es Banco Almagro. Quieren hacerte una "
            "primera entrevista el miércoles a las 17:00.\n\nUn saludo,\nLuis",
            "Banco Almagro",
        ),
    ],
)
def test_intermediary_names_its_client(
    classify: Classify, language: str, subject: str, body: str, company: str
) -> None:
    result = classify(
        sender="rui.matos@quatroventos.example", name="Rui Matos | Quatro Ventos",
        subject=subject, body=body, language=language,
    )  # fmt: skip
    assert result.company == company


def test_interview_dash_company_and_dash_title_es(classify: Classify) -> None:
    named = classify(
        sender="ana.rey@consultora.example", name="Ana Rey", subject="Entrevista técnica - Olmedo",
        body="Hola Jane,\n\nel cliente quiere avanzar: entrevista técnica el lunes 26 a las 10:00 "
        "en las oficinas de Olmedo.\n\nAna Rey",
        language="es",
    )  # fmt: skip
    assert named.company == "Olmedo"
    titled = classify(
        sender="rrhh@colegiosur.example.mx", name="Colegio Sur",
        subject="Entrevista - Diseñadora Gráfica",
        body="Hola Jane,\n\nte invitamos a una entrevista para el puesto de Diseñadora Gráfica el "
        "lunes a las 10:00.\n\nRecursos Humanos, Colegio Sur",
        language="es",
    )  # fmt: skip
    assert titled.company != "Diseñadora Gráfica"


def test_recruiter_from_a_personal_mailbox_signs_team_and_company_es(classify: Classify) -> None:
    result = classify(
        sender="lupita.rh@gmail.com", name="Lupita Arce", subject="Entrevista vacante soporte",
        body="Hola Jane, qué tal?\n\nTe escribo de parte de Pixca, vi tu postulación para la "
        "vacante de Analista de Soporte. Me gustaría agendar una entrevista con el líder técnico, "
        "¿te late el jueves a las 9:00?\n\nSaludos!",
        signature="Lupita Arce\nReclutamiento TI | Pixca Pagos\nWhatsApp +52 55 0000 0000",
        language="es",
    )  # fmt: skip
    assert result.company == "Pixca Pagos"


def test_group_recruiting_team_writes_for_one_of_its_companies_fr(classify: Classify) -> None:
    result = classify(
        sender="recrutement@groupe-marlin.example", name="Recrutement Groupe Marlin",
        subject="Invitation : Entretien - Acheteur junior",
        body="Bonjour Madame Doe,\n\nNous avons le plaisir de vous inviter à un entretien pour le "
        "poste d'Acheteur junior au sein de la Biscuiterie Aubrac.\n\nDate : jeudi 13 novembre "
        "de 10h00 à 11h00\n\nService Recrutement - Groupe Marlin",
        language="fr",
    )  # fmt: skip
    assert result.company == "Biscuiterie Aubrac"


@pytest.mark.parametrize(
    ("sender", "language", "body", "company"),
    [
        (
            "rita.alves@gmail.com",
            "pt",
            "Olá Jane,\n\nSou a Rita, responsável de RH da Farmácia Boavista. Recebemos a sua "
            "candidatura para técnica de farmácia e gostaríamos de a convidar para uma entrevista "
            "na quinta-feira às 15h.\n\nCumprimentos,\nRita Alves",
            "Farmácia Boavista",
        ),
        (
            "pmoreno@hotmail.com",
            "es",
            "Hola Jane,\n\nSoy Pilar, de recursos humanos de Hostal Las Dunas. Hemos recibido tu "
            "CV para el puesto de recepcionista y nos gustaría hacerte una entrevista el lunes a "
            "las 11:00.\n\nUn saludo,\nPilar Moreno",
            "Hostal Las Dunas",
        ),
        (
            "s.perrin@orange.fr",
            "fr",
            "Bonjour Jane,\n\nJe suis la gérante de la Fromagerie des Halles. J'ai bien reçu "
            "votre candidature pour le poste de vendeuse et je souhaiterais vous rencontrer "
            "samedi à 10h.\n\nSophie Perrin",
            "Fromagerie des Halles",
        ),
    ],
)
def test_writer_introducing_themselves_names_the_employer(
    classify: Classify, sender: str, language: str, body: str, company: str
) -> None:
    name = sender.partition("@")[0].replace(".", " ").title()
    result = classify(sender=sender, name=name, subject="Entrevista", body=body, language=language)
    assert result.company == company


@pytest.mark.parametrize(
    ("language", "body", "company"),
    [
        (
            "es",
            "Hola Jane,\n\nTe has inscrito correctamente en la oferta Mozo de almacén en "
            "Logística Pisuerga (Valladolid).\n\nSuerte!",
            "Logística Pisuerga",
        ),
        (
            "es",
            "¡Hola Jane!\n\nTu postulación al aviso Analista Contable Sr de Grupo Tandil fue "
            "enviada con éxito.",
            "Grupo Tandil",
        ),
    ],
)
def test_board_offer_sentences_es(
    classify: Classify, language: str, body: str, company: str
) -> None:
    result = classify(
        sender="no-reply@computrabajo.com", name="Board", subject="Postulación enviada",
        body=body, language=language,
    )  # fmt: skip
    assert result.company == company


def test_group_rejection_names_its_subsidiary_es(classify: Classify) -> None:
    result = classify(
        sender="seleccion@grupo-brisa.example", name="Selección Grupo Brisa",
        subject="Tu candidatura",
        body="Hola Jane,\n\nLamentamos comunicarte que no has sido seleccionada para el puesto de "
        "Conductora en nuestra filial Autobuses del Sella.\n\nUn saludo,\nSelección Grupo Brisa",
        language="es",
    )  # fmt: skip
    assert result.company == "Autobuses del Sella"


def test_ashby_link_with_a_shortened_id_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="no-reply@ashbyhq.com", name="Recruiting Team", subject="Thanks for applying!",
        body="Hi Jane,\n\nThanks for applying for the Data Engineer position. We'll be in touch."
        "\n\nYou can view the role here: https://jobs.ashbyhq.com/pine-harbor/5e1d2c3b-9a8f-4e7d",
        links=("https://jobs.ashbyhq.com/pine-harbor/5e1d2c3b-9a8f-4e7d",),
        language="en",
    )  # fmt: skip
    assert result.company == "Pine Harbor"


def test_founder_signs_name_and_title_then_company_on_next_line(classify: Classify) -> None:
    result = classify(
        sender="tom.vance.dev@gmail.com", name="Tom Vance", subject="Your post on event sourcing",
        body="Hi Jane,\n\nI read your post on event sourcing. I'm one of the founders of a small "
        "company and I'm looking for our first backend hire, fully remote. Would you be up for a "
        "30 min chat this week?\n\nTom",
        signature="--\nTom Vance, co-founder & CTO\nQuillmoor · quillmoor.example",
        language="en",
    )  # fmt: skip
    assert result.company == "Quillmoor"


@pytest.mark.parametrize(
    ("language", "body", "company"),
    [
        (
            "pt",
            "Olá Jane, a Transportadora Serra Azul gostaria de convidá-la para uma entrevista "
            "para a vaga de Assistente Logístico. Escolha um horário.",
            "Transportadora Serra Azul",
        ),
        (
            "es",
            "Hola Jane,\n\nConservas Ribera quiere invitarte a una entrevista para el puesto de "
            "Administrativa. Elige un horario.",
            "Conservas Ribera",
        ),
        (
            "fr",
            "Bonjour Jane, merci d'avoir postulé chez Groupe Vernier pour le poste de contrôleur "
            "de gestion. Nous reviendrons vers vous.",
            "Groupe Vernier",
        ),
    ],
)
def test_employer_writing_in_its_own_name_through_a_tool(
    classify: Classify, language: str, body: str, company: str
) -> None:
    result = classify(
        sender="noreply@recrutamento-app.example", name="", subject="Processo seletivo",
        body=body, language=language,
    )  # fmt: skip
    assert result.company == company


def test_a_pronoun_inviting_is_no_employer_fr(classify: Classify) -> None:
    result = classify(
        sender="noreply@outil-rh.example", name="", subject="Entretien",
        body="Bonjour Jane,\n\nSuite à votre candidature au poste de comptable.\nJe vous invite à "
        "un entretien mardi à 10h.\n\nCordialement",
        language="fr",
    )  # fmt: skip
    assert result.company != "Je"


@pytest.mark.parametrize(
    ("language", "subject", "company"),
    [
        ("pt", "Processo Seletivo - Vinícola Serrana | Analista", "Vinícola Serrana"),
        ("es", "Conservas Ribera | Entrevista", "Conservas Ribera"),
        ("fr", "Retour sur votre candidature - Lainière du Nord", "Lainière du Nord"),
        ("fr", "Lainière du Nord - Entretien", "Lainière du Nord"),
    ],
)
def test_subject_names_the_company_beside_the_step(
    classify: Classify, language: str, subject: str, company: str
) -> None:
    body = {
        "pt": "Olá Jane,\n\nObrigado pela sua candidatura. Gostaríamos de agendar uma entrevista "
        "na próxima terça às 14h.\n\nMariana Lopes",
        "es": "Hola Jane,\n\nGracias por tu candidatura. Nos gustaría hacerte una entrevista el "
        "martes a las 10:00.\n\nMarta López",
        "fr": "Bonjour Jane,\n\nMerci pour votre candidature. Nous souhaiterions vous rencontrer "
        "pour un entretien mardi à 10h.\n\nMarie Lopez",
    }[language]
    result = classify(
        sender="rh@groupe-holding.example", name="Marta Lopez", subject=subject, body=body,
        language=language,
    )  # fmt: skip
    assert result.company == company


@pytest.mark.parametrize(
    "subject",
    ["Agendamento - Entrevista", "Analista de Dados - Entrevista", "Mise à jour - Entretien"],
)
def test_step_words_and_titles_beside_the_step_are_no_employer(
    classify: Classify, subject: str
) -> None:
    result = classify(
        sender="rh@vinicolaserrana.example", name="Mariana Lopes", subject=subject,
        body="Olá Jane,\n\nObrigado pela sua candidatura. Gostaríamos de agendar uma entrevista "
        "na próxima terça às 14h.\n\nMariana Lopes",
        language="pt",
    )  # fmt: skip
    assert result.company not in ("Agendamento", "Analista de Dados", "Mise")


@pytest.mark.parametrize(
    ("language", "sender", "subject", "body", "company"),
    [
        (
            "pt",
            "rita@pontual-rh.example",
            "Entrevista - próxima fase",
            "Olá Jane,\n\nBoas notícias: a Tejo Seguros quer avançar consigo para uma entrevista "
            "técnica na próxima quarta às 10h, nas instalações do cliente.\n\nRita\nConsultora | "
            "Pontual RH",
            "Tejo Seguros",
        ),
        (
            "es",
            "luis@talento-norte.example",
            "Entrevista con el cliente",
            "Hola Jane,\n\nTe confirmo la entrevista con Lácteos Navia el jueves a las 12:00 en "
            "sus oficinas.\n\nLuis\nConsultor de selección | Talento Norte",
            "Lácteos Navia",
        ),
        (
            "fr",
            "p.rey@cabinet-rey.example",
            "Retour",
            "Bonjour Jane,\n\nJ'ai eu le retour des Laboratoires Vaubrun : ils ont retenu un autre "
            "candidat.\n\nPaul Rey\nCabinet Rey - conseil en recrutement",
            "Laboratoires Vaubrun",
        ),
    ],
)
def test_intermediary_passes_on_its_clients_step(
    classify: Classify, language: str, sender: str, subject: str, body: str, company: str
) -> None:
    name = sender.partition("@")[0].replace(".", " ").title() + " Moreira"
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.company == company
