"""Stage mail people write without the classic job words, and look-alikes that stay no job mail.

Offers, invitations and refusals from founders and hiring managers ("we'd love you to join
Brindle as", "Gerne laden wir Sie zu einem ersten Gespräch ein", "no vamos a seguir adelante
contigo"), job boards' own notices, and other kinds of applications and appointments (a
course, a garden plot, a dentist, a dissertation interview).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jobtracker.pipeline.contracts import CalendarEvent
from jobtracker.pipeline.vocabulary import Category

FIRST_READING = [
    (
        "de invitation after thanks for the application",
        "Ihre Bewerbung",
        "Guten Tag Frau Doe\n\nVielen Dank für Ihre Bewerbung als Controllerin. Gerne laden wir "
        "Sie zu einem ersten Gespräch ein. Mögliche Termine: Montag 10 Uhr oder Dienstag 14 Uhr."
        "\n\nFreundliche Grüsse\nMarta Keller\nHR, Brindle AG",
        Category.INTERVIEW,
    ),
    (
        "de wish to meet in a first talk",
        "Brindle AG – Einladung zum Erstgespräch",
        "Guten Tag Frau Doe\n\nBesten Dank für Ihre Bewerbung. Wir würden Sie gerne in einem "
        "persönlichen Gespräch näher kennenlernen.\n\nFreundliche Grüsse\nMarta Keller",
        Category.INTERVIEW,
    ),
    (
        "en invitation to a first call",
        "Your application - Data Analyst",
        "Hi Jane,\n\nthanks for your application for our Data Analyst role - we'd like to invite "
        "you to a short call with our analytics lead.\n\nBest,\nOla Berg\nTalent Partner, Brindle",
        Category.INTERVIEW,
    ),
    (
        "de position filled from inside",
        "Rückmeldung",
        "Hallo Frau Doe\n\nDanke für das Gespräch. Leider muss ich Ihnen mitteilen, dass wir die "
        "Position intern besetzen werden.\n\nGruss\nOla Berg",
        Category.REJECTION,
    ),
    (
        "board notice: application on its way",
        "Deine Bewerbung ist unterwegs",
        "Hallo Jane,\n\ndu hast dich erfolgreich mit deinem Profil beworben.\n\nControllerin "
        "(m/w/d)\nBrindle AG\n\nDein Team",
        Category.CONFIRMATION,
    ),
    (
        "board notice: application viewed by the employer",
        "Neuigkeiten zu Ihrer Bewerbung",
        "Hallo Jane,\n\nIhre Bewerbung wurde vom Unternehmen angesehen:\n\nControllerin (m/w/d)"
        "\nBrindle AG",
        Category.VIEWED,
    ),
    (
        "agency pitch for a client",
        "Finance Manager - £55k",
        "Hi Jane,\n\nI'm recruiting a Finance Manager for one of my clients, a logistics firm in "
        "Leeds. Have you got ten minutes for a call?\n\nOla\nDirector | Brindle Search",
        Category.OUTREACH,
    ),
    (
        "agency submits the CV to the client",
        "RE: Payroll contract",
        "Hi Jane,\n\ngood to speak earlier. As agreed, I've sent your CV over to the client - "
        "it's Brindle. Their hiring manager reviews this week.\n\nOla\nSenior Recruiter",
        Category.CONFIRMATION,
    ),
    (
        "receipt that warns of no feedback",
        "Thank you for your application",
        "Dear Jane,\n\nThank you for your application for the post of Finance Officer. This "
        "email confirms we have received it. We are unable to provide feedback to candidates who "
        "are not shortlisted.\n\nHR Team",
        Category.CONFIRMATION,
    ),
    (
        "recruitment paused",
        "Finance Officer - recruitment paused",
        "Dear Jane,\n\nthe Board has decided to pause recruitment to this post. Your interview "
        "on 3 June will therefore not go ahead. We will contact shortlisted candidates if the "
        "post is advertised again.\n\nHR Business Partner",
        Category.CONFIRMATION,
    ),
    (
        "a new role announced to a past applicant",
        "We're hiring: Finance Lead",
        "Hi Jane,\n\nYou applied to Brindle last year, so we thought you'd like to know we've "
        "just opened a new role: Finance Lead (Leeds).\n\nThe Brindle Talent Team",
        Category.ALERT,
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [case[1:] for case in FIRST_READING],
    ids=[case[0] for case in FIRST_READING],
)
def test_first_reading(classify, subject: str, body: str, expected: Category) -> None:
    found = classify(sender="ola.berg@brindle.example", name="Ola Berg", subject=subject, body=body)
    assert found.category is expected


IN_PROCESS = [
    (
        "fr offer without the word offre",
        "Proposition",
        "Chère Jane,\n\nMerci pour votre visite. Nous avons le plaisir de vous proposer de "
        "rejoindre notre équipe en tant que contrôleuse de gestion, avec un salaire annuel brut "
        "de 80 000 €.\n\nBien à vous,\nOla",
        Category.OFFER,
    ),
    (
        "de offer from a founder",
        "Wir möchten Sie im Team",
        "Hallo Jane\n\nWir hätten Sie sehr gerne bei uns als Controllerin! Jahreslohn CHF "
        "110'000, 25 Ferientage.\n\nOla",
        Category.OFFER,
    ),
    (
        "en offer from a hiring manager",
        "Good news",
        "Hi Jane,\n\nwe'd love you to join Brindle as our Head of Finance. We're offering a base "
        "salary of £70,000 and the hybrid set-up we discussed.\n\nOla",
        Category.OFFER,
    ),
    (
        "es refusal after the test",
        "decisión",
        "Hola Jane,\n\ngracias por la prueba. Finalmente no vamos a seguir adelante contigo: hemos "
        "decidido priorizar un perfil con más experiencia.\n\nOla",
        Category.REJECTION,
    ),
    (
        "pt refusal",
        "Retorno",
        "Oi Jane,\n\nobrigada pela conversa! Decidimos seguir com outra candidata que mora mais "
        "perto do escritório.\n\nAbraços,\nOla",
        Category.REJECTION,
    ),
    (
        "en refusal in plain words",
        "Thanks",
        "Hi Jane,\n\nthanks for your time last week. We've realised we need someone with more "
        "payroll experience, so we're going to keep looking.\n\nOla",
        Category.REJECTION,
    ),
    (
        "fr half-day on site",
        "Prochaine étape",
        "Bonjour Jane,\n\nNous aimerions vous inviter à Lyon pour une demi-journée sur site avec "
        "l'équipe.\n\nBien cordialement,\nOla",
        Category.INTERVIEW,
    ),
    (
        "de second talk with the CTO",
        "Zweites Gespräch?",
        "Hi Jane,\n\nunser CTO würde dich gern noch technisch kennenlernen, ca. 1h.\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "en moved chat",
        "Tuesday",
        "Hi Jane,\n\nsorry - could we move your chat with Per to Thursday at 2pm?\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "fr small exercise",
        "Petit exercice",
        "Salut Jane,\n\ncomme discuté, voici un petit exercice : un jeu de données à nettoyer. "
        "Renvoie-moi ça d'ici vendredi.\n\nOla",
        Category.ASSESSMENT,
    ),
    (
        "en offer in plain words",
        "Update",
        "Hi Jane,\n\nWe'd like to bring you on board as our new office manager. Could you start "
        "on 1 July?\n\nOla",
        Category.OFFER,
    ),
    (
        "fr offer: rejoindre l'équipe",
        "Bonne nouvelle",
        "Salut Jane,\n\nOn aimerait beaucoup que tu rejoignes l'équipe ! Je t'envoie la "
        "proposition par écrit demain.\n\nOla",
        Category.OFFER,
    ),
    (
        "pt offer: fazer parte do time",
        "Proposta",
        "Olá Jane,\n\ngostaríamos muito que você fizesse parte do time! Segue a proposta.\n\nOla",
        Category.OFFER,
    ),
    (
        "en refusal: not taking things further",
        "Update",
        "Hi Jane,\n\nI'm afraid we won't be taking things further this time.\n\nOla",
        Category.REJECTION,
    ),
    (
        "fr refusal: another profile chosen",
        "Retour",
        "Bonjour Jane,\n\nNous avons finalement choisi un autre profil. Bonne chance pour la "
        "suite.\n\nOla",
        Category.REJECTION,
    ),
    (
        "de refusal: nicht geklappt",
        "Rückmeldung",
        "Hi Jane,\n\nleider hat es diesmal nicht geklappt.\n\nOla",
        Category.REJECTION,
    ),
    (
        "en short exercise",
        "Small task",
        "Hi Jane,\n\nAs a next step, here's a short exercise: tidy this spreadsheet and send it "
        "back by Friday.\n\nOla",
        Category.ASSESSMENT,
    ),
    (
        "de task attached",
        "Aufgabe",
        "Hallo Jane,\n\nanbei eine kleine Aufgabe für dich – schick uns deine Lösung bis "
        "Freitag.\n\nOla",
        Category.ASSESSMENT,
    ),
    (
        "de let's talk",
        "Deine Bewerbung",
        "Hi Jane,\n\ndanke für deine Bewerbung! Lass uns doch mal telefonieren – wann passt es "
        "dir diese Woche?\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "fr interview moved",
        "Report",
        "Bonjour Jane,\n\nun imprévu : pouvons-nous décaler notre entretien à jeudi 15h ?\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "es interview moved",
        "Cambio",
        "Hola Jane,\n\n¿podemos mover la entrevista al jueves a las 15?\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "pt talk moved",
        "Mudança",
        "Olá Jane,\n\npodemos remarcar nossa conversa para quinta às 15h?\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "de talk moved",
        "Verschiebung",
        "Hallo Jane,\n\nkönnen wir unser Gespräch auf Donnerstag 15 Uhr verschieben?\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "de meeting confirmed",
        "Morgen",
        "Hallo Jane,\n\nich bestätige unseren Termin morgen um 10 Uhr bei uns im Büro.\n\nOla",
        Category.INTERVIEW,
    ),
    (
        "de withdrawal acknowledged",
        "Re: Gespräch",
        "Hallo Jane,\n\ndanke für die Info. Ich habe deine Bewerbung aus dem Prozess genommen. "
        "Viel Erfolg im neuen Job!\n\nOla",
        Category.CONFIRMATION,
    ),
    (
        "onboarding after yes",
        "Welcome!",
        "Hi Jane,\n\nwe're so pleased you've accepted! You'll get a mail for your background "
        "check next week.\n\nOla",
        Category.OTHER_JOB,
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [case[1:] for case in IN_PROCESS],
    ids=[case[0] for case in IN_PROCESS],
)
def test_second_reading_names_the_stage(
    classifier, message, subject: str, body: str, expected: Category
) -> None:
    mail = message(sender="ola.berg@brindle.example", name="Ola Berg", subject=subject, body=body)
    assert classifier.classify_in_process(mail, "Brindle").category is expected


def test_plain_invite_from_someone_in_the_process_is_an_interview(classifier, message) -> None:
    event = CalendarEvent(
        summary="Jane / Ola – Brindle",
        start=datetime(2025, 3, 12, 14, tzinfo=UTC),
        method="REQUEST",
    )
    mail = message(
        sender="ola.berg@brindle.example",
        name="Ola Berg",
        subject="Invitation: Jane / Ola – Brindle @ Wed 12 Mar 2025 2pm",
        body="Jane / Ola – Brindle\nWednesday 12 March 2025\n\nInvitation from Google Calendar",
        events=(event,),
    )
    assert classifier.classify(mail).category is Category.NOT_JOB
    assert classifier.classify_in_process(mail, "Brindle").category is Category.INTERVIEW


LOOKALIKES = [
    (
        "a course application",
        "Ihre Bewerbung für den Lehrgang Projektmanagement",
        "Guten Tag Frau Doe\n\nVielen Dank für Ihre Bewerbung für den Lehrgang Projektmanagement. "
        "Die Zulassungskommission entscheidet im Mai.\n\nFreundliche Grüsse\nWeiterbildung",
    ),
    (
        "a garden plot",
        "Ihre Bewerbung um eine Parzelle",
        "Guten Tag Frau Doe\n\nVielen Dank für Ihre Bewerbung um eine Parzelle im Schrebergarten "
        "Nord. Sie stehen auf der Warteliste.\n\nDer Vorstand",
    ),
    (
        "a shared-garden plot (fr)",
        "Jardin partagé",
        "Bonjour,\n\nMerci pour votre candidature pour une parcelle au jardin partagé. Vous êtes "
        "sur liste d'attente.\n\nL'association",
    ),
    (
        "a daycare place (de)",
        "Ihre Bewerbung um einen Krippenplatz",
        "Guten Tag Frau Doe\n\nvielen Dank für Ihre Bewerbung um einen Krippenplatz für Leo. Wir "
        "melden uns im Mai.\n\nKrippe Regenbogen",
    ),
    (
        "a nursery place (en)",
        "Your nursery place application",
        "Dear Jane,\n\nThank you for your application for a nursery place for Leo. We will "
        "confirm in May.\n\nAdmissions",
    ),
    (
        "a place at the crèche (fr)",
        "Inscription",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour une place en crèche. La "
        "commission se réunit en mai.\n\nMairie",
    ),
    (
        "a magazine interview",
        "Interview for our magazine",
        "Hi Jane,\n\nI'm writing a piece for Ledger Weekly and would love to interview you about "
        "your career. Twenty minutes by phone?\n\nOla",
    ),
    (
        "a discount application",
        "Student discount - application received",
        "Dear Ms Doe\n\nThank you for your application for student discount. We have received "
        "your application and will process it within 10 working days.\n\nRevenues Unit",
    ),
    (
        "a dissertation interview",
        "Interview request for my dissertation",
        "Dear Jane,\n\nmy dissertation is about careers in finance. Would you take part in a "
        "30-minute interview? I can send the participant information sheet.\n\nOla",
    ),
    (
        "a market-research interview",
        "Ihr Interviewtermin",
        "Guten Tag Frau Doe\n\nVielen Dank für Ihre Teilnahme am Screening – Sie sind für die "
        "Studie ausgewählt worden! Ihr Interviewtermin: Mittwoch 18 Uhr.\n\nPanel-Team",
    ),
]


@pytest.mark.parametrize(
    ("subject", "body"),
    [case[1:] for case in LOOKALIKES],
    ids=[case[0] for case in LOOKALIKES],
)
def test_lookalikes_stay_no_job_mail(classify, subject: str, body: str) -> None:
    found = classify(sender="info@verein.example", name="Info", subject=subject, body=body)
    assert found.category is Category.NOT_JOB


def test_dentist_appointment_with_invite_is_no_interview(classify) -> None:
    event = CalendarEvent(
        summary="Dentalhygiene – Praxis am Markt",
        start=datetime(2025, 3, 12, 7, 30, tzinfo=UTC),
        method="REQUEST",
    )
    found = classify(
        sender="noreply@termine.example",
        name="Termine",
        subject="Terminbestätigung: Dr. med. dent. Eva Roth",
        body="Guten Tag\n\nIhr Termin ist bestätigt: Dentalhygiene, Dienstag 07:30.",
        events=(event,),
    )
    assert found.category is Category.NOT_JOB


def test_a_recruiter_viewing_the_profile_is_no_application_news(classify) -> None:
    found = classify(
        sender="noreply@xing.com",
        name="XING",
        subject="Eine Recruiterin hat Ihr Profil angesehen",
        body="Hallo Jane,\n\neine Recruiterin von Brindle AG hat sich Ihr Profil angesehen.",
    )
    assert found.category is Category.ALERT


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihre Bewerbung",
            "Guten Tag Frau Doe\n\nvielen Dank für Ihre Bewerbung als Erzieherin in unserer Kita "
            "Regenbogen. Wir melden uns in zwei Wochen.\n\nPersonalabteilung",
        ),
        (
            "Your application",
            "Dear Jane,\n\nThank you for your application for the Reporter position at the "
            "Ledger. We will review it shortly.\n\nHR",
        ),
    ],
    ids=["a job at a daycare", "a reporter's job"],
)
def test_jobs_near_the_lookalike_words_are_still_jobs(classify, subject: str, body: str) -> None:
    found = classify(sender="hr@ledger.example", name="HR", subject=subject, body=body)
    assert found.category is Category.CONFIRMATION


def test_a_confirmed_doctors_appointment_is_no_interview(classify) -> None:
    found = classify(
        sender="praxis@hausarzt.example",
        name="Praxis am Markt",
        subject="Ihr Termin",
        body="Guten Tag Frau Doe\n\nwir bestätigen Ihren Termin am Dienstag um 9 Uhr.\n\n"
        "Ihre Praxis",
    )
    assert found.category is Category.NOT_JOB


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hola Jane,\n\nel cliente quiere hacerte una oferta: 45.000 € brutos.\n\nOla", "offer"),
        ("Olá Jane,\n\no cliente quer te fazer uma proposta: R$ 12.000 mensais.\n\nOla", "offer"),
        ("Bonjour Jane,\n\nMon client aimerait vous rencontrer mardi à 14h.\n\nOla", "interview"),
        ("Hola Jane,\n\nel cliente quiere conocerte el martes a las 14h.\n\nOla", "interview"),
        ("Olá Jane,\n\ninfelizmente o cliente escolheu outro candidato.\n\nOla", "rejection"),
    ],
    ids=["es offer", "pt offer", "fr meeting", "es meeting", "pt refusal"],
)
def test_an_agency_relays_the_clients_step(classify, body: str, expected: str) -> None:
    found = classify(
        sender="ola@brindle-recruitment.example", name="Ola Berg", subject="Novedades", body=body
    )
    assert found.category.value == expected


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Jane,\n\nNous avons le plaisir de vous annoncer que vous avez été retenue pour le "
        "poste de contrôleuse. Le contrat suivra.\n\nRH",
        "Dear Jane,\n\nI'm pleased to let you know that you've been successful in your "
        "application for the Controller post.\n\nHR",
        "Hi Jane,\n\nWe'd love you to take the role - I'll send over the contract today.\n\nOla",
        "Hallo Jane,\n\nwir haben uns für dich entschieden! Den Vertrag schicke ich dir morgen."
        "\n\nOla",
        "Hola Jane,\n\n¡te queremos en el equipo! Te mando el contrato mañana.\n\nOla",
        "Olá Jane,\n\nvocê foi a escolhida! Vou te mandar o contrato amanhã.\n\nOla",
    ],
    ids=["fr retenue", "en successful", "en take the role", "de entschieden", "es", "pt"],
)
def test_a_yes_in_plain_words_is_an_offer(classifier, message, body: str) -> None:
    mail = message(sender="ola.berg@brindle.example", name="Ola Berg", subject="News", body=body)
    assert classifier.classify_in_process(mail, "Brindle").category is Category.OFFER


def test_success_at_shortlisting_is_an_interview_invitation(classify) -> None:
    found = classify(
        sender="hr@council.example",
        name="HR",
        subject="Your application",
        body="Dear Jane,\n\nI am pleased to tell you that you have been successful in your "
        "application for the post and we would like to invite you to interview on 3 May.\n\nHR",
    )
    assert found.category is Category.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\n\nLooking forward to seeing you on Thursday at 2pm. Ask for me at reception."
        "\n\nOla",
        "Hallo Jane,\n\nich freue mich auf unser Treffen am Donnerstag. Melde dich einfach am "
        "Empfang.\n\nOla",
        "Bonjour Jane,\n\nVoici le lien Teams pour notre échange de demain.\n\nOla",
        "Olá Jane,\n\nsegue o link do Meet para nossa conversa de amanhã.\n\nOla",
    ],
    ids=["en reception", "de Empfang", "fr lien", "pt link"],
)
def test_meeting_logistics_from_someone_in_the_process(classifier, message, body: str) -> None:
    mail = message(sender="ola.berg@brindle.example", name="Ola Berg", subject="Info", body=body)
    assert classifier.classify(mail).category is Category.NOT_JOB
    assert classifier.classify_in_process(mail, "Brindle").category is Category.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\n\nAfter a lot of thought we're not going to move forward. Thanks for your time."
        "\n\nOla",
        "Bonjour Jane,\n\nJe suis désolée, ce ne sera pas pour cette fois.\n\nOla",
        "Hallo Jane,\n\nwir haben die Stelle jemand anderem angeboten. Es war knapp.\n\nOla",
        "Hola Jane,\n\nlo siento, esta vez no ha podido ser.\n\nOla",
        "Olá Jane,\n\ninfelizmente não foi dessa vez.\n\nOla",
    ],
    ids=["en", "fr", "de", "es", "pt"],
)
def test_a_no_in_plain_words_from_someone_in_the_process(classifier, message, body: str) -> None:
    mail = message(sender="ola.berg@brindle.example", name="Ola Berg", subject="News", body=body)
    assert classifier.classify_in_process(mail, "Brindle").category is Category.REJECTION


def test_a_shops_better_luck_next_time_is_no_refusal(classify) -> None:
    found = classify(
        sender="promo@loja.example",
        name="Loja",
        subject="Sorteio",
        body="Olá!\n\nNão foi dessa vez! Tente novamente no próximo sorteio.\n\nLoja",
    )
    assert found.category is Category.NOT_JOB


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Jane,\n\ndanke für deinen Lebenslauf, ich schaue ihn mir diese Woche an.\n\nOla",
        "Hola Jane,\n\ngracias por tu CV, lo reviso esta semana y te digo algo.\n\nOla",
        "Olá Jane,\n\nobrigada pelo currículo, vou dar uma olhada esta semana.\n\nOla",
    ],
    ids=["de", "es", "pt"],
)
def test_thanks_for_the_cv_is_a_confirmation(classify, body: str) -> None:
    found = classify(
        sender="ola.berg@brindle.example", name="Ola Berg", subject="Re: CV", body=body
    )
    assert found.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane,\n\nSorry, I have to cancel our call tomorrow - could we find another slot?"
        "\n\nOla",
        "Bonjour Jane,\n\nJe dois annuler notre entretien de demain. Pourrions-nous trouver un "
        "autre créneau ?\n\nOla",
        "Hallo Jane,\n\nleider muss ich unser Gespräch morgen absagen. Können wir einen neuen "
        "Termin finden?\n\nOla",
        "Hola Jane,\n\ntengo que cancelar la entrevista de mañana. ¿Buscamos otro hueco?\n\nOla",
        "Olá Jane,\n\npreciso cancelar nossa conversa de amanhã. Podemos marcar outro horário?"
        "\n\nOla",
    ],
    ids=["en", "fr", "de", "es", "pt"],
)
def test_a_meeting_called_off_to_be_moved_is_interview_mail(classifier, message, body: str) -> None:
    mail = message(sender="ola.berg@brindle.example", name="Ola Berg", subject="Morgen", body=body)
    assert classifier.classify_in_process(mail, "Brindle").category is Category.INTERVIEW
