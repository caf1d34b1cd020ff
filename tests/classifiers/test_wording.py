"""How hiring teams, agencies and ATS vendors word each stage, in five languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category, Source

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        (
            "m.king@keystone-recruitment.co.uk",
            "Mateo King",
            "Your CV has been submitted to Orchidbridge Group",
            "Good morning Jane,\n\nAs promised, here's where we are with your application. I've "
            "now put your profile forward to Orchidbridge Group for the Principal Mobile "
            "Developer role based in Dublin. Please don't apply to Orchidbridge Group directly in "
            "the meantime, as this can cause duplicate applications.",
            "en",
            "Orchidbridge Group",
        ),
        (
            "t.silva@talentwerk-personalberatung.de",
            "Thiago Silva",
            "Ihr Profil wurde an Redpoint Beratung SE weitergeleitet",
            "Guten Tag Frau Doe,\n\nvielen Dank für das angenehme Telefonat heute. Ich habe Ihr "
            "Profil wie vereinbart meinem Kunden Redpoint Beratung SE für die Position Data "
            "Scientist (m/w/d) vorgestellt. Bitte bewerben Sie sich in der Zwischenzeit nicht "
            "direkt bei Redpoint Beratung SE.",
            "de",
            "Redpoint Beratung",
        ),
        (
            "f.becker@rivage-recrutement.fr",
            "Felix Becker",
            "Votre profil a été présenté à Brightbridge",
            "Bonjour Jane,\n\nMerci pour notre échange de ce jour. Comme convenu, j'ai présenté "
            "votre candidature à mon client Brightbridge pour le poste d'Ingénieur logiciel.",
            "fr",
            "Brightbridge",
        ),
        (
            "nuria@selecta-recruitment.es",
            "Nuria Ibáñez",
            "Seguimiento – Senior Security Engineer",
            "Hola Jane,\n\nGracias por la llamada de hoy. Tal y como hablamos, he presentado tu "
            "perfil a mi cliente Atlaspoint para el puesto de Senior Security Engineer. Por "
            "favor, no te inscribas directamente en Atlaspoint mientras tanto.",
            "es",
            "Atlaspoint",
        ),
        (
            "larissa@rumo-recrutamento.com.br",
            "Larissa Silva",
            "Acompanhamento – Associate Data Scientist",
            "Olá Jane,\n\nObrigado pela conversa de hoje. Conforme combinamos, apresentei seu "
            "perfil ao meu cliente Vieira & Lima para a vaga de Associate Data Scientist.",
            "pt",
            "Vieira & Lima",
        ),
    ],
)
def test_agency_that_put_the_candidate_forward_confirms_an_application(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.CONFIRMATION, result.evidence
    assert result.company == company
    assert result.source is Source.AGENCY


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "acme@myworkday.com",
            "Acme Talent Acquisition",
            "Thank you for your interest",
            "Dear Jane,\n\nThank you for taking the time to apply for the Data Analyst "
            "opportunity with Acme. We look forward to reviewing your application.",
            "en",
        ),
        (
            "willowhi@myworkday.com",
            "Workday",
            "Sua candidatura na Willow High",
            "Olá Jane,\n\nQue bom que você quer trabalhar com a gente! Você pode acompanhar o "
            "status da sua candidatura no portal do candidato.",
            "pt",
        ),
        (
            "velashore@smartrecruiters.com",
            "Velashore Hiring Team",
            "Deine Bewerbung als Site Reliability Engineer",
            "Hey Jane,\n\ndeine Bewerbung ist sicher bei uns gelandet. Falls du Fragen hast, "
            "antworte einfach auf diese Mail.",
            "de",
        ),
        (
            "no-reply@hire.lever.co",
            "Falconcrest",
            "Votre candidature",
            "Bonjour Jane,\n\nNous vous remercions pour votre candidature au poste de Chef de "
            "projet et pour l'intérêt que vous portez à Falconcrest.",
            "fr",
        ),
    ],
)
def test_ats_confirmations(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.CONFIRMATION, result.evidence


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "I'm working exclusively with a well-funded fintech client who is looking for a "
            "Senior Data Engineer. The package is up to €85,000 plus bonus. If you're interested, "
            "please send me an up-to-date CV and a good time to call.",
            "en",
        ),
        (
            "I hope this message finds you well! I'm Marta, a recruiter at Vela Clear. I think "
            "you could be a great fit for our Senior UX Researcher opening.",
            "en",
        ),
        (
            "ich betreue aktuell exklusiv eine Position als Data Scientist (m/w/x) bei einem "
            "Automobil-Unternehmen in Berlin. Wenn Sie Interesse haben, senden Sie mir gerne Ihren "
            "aktuellen Lebenslauf.",
            "de",
        ),
        (
            "J'accompagne en exclusivité un client du secteur assurance qui recherche un(e) "
            "Développeur front-end à Lille. Si cela vous intéresse, envoyez-moi votre CV à jour.",
            "fr",
        ),
        (
            "Estoy trabajando en exclusiva con un cliente del sector fintech que busca un/a "
            "Senior HR Business Partner en Barcelona. Si te interesa, envíame tu CV actualizado.",
            "es",
        ),
        (
            "Estou conduzindo com exclusividade uma vaga de Platform Engineer para um cliente do "
            "setor de varejo. Se tiver interesse, me envie seu currículo atualizado.",
            "pt",
        ),
    ],
)
def test_recruiter_outreach(classify: Classify, body: str, language: str) -> None:
    result = classify(
        sender="harper@apexsearch.com",
        name="Harper Martin",
        subject="Quick question",
        body="Hi Jane,\n\n" + body,
        language=language,
    )
    assert result.category is Category.OUTREACH, result.evidence


def test_reaching_out_about_your_application_is_no_outreach(classify: Classify) -> None:
    result = classify(
        sender="p.almeida@murphysystems.com",
        name="Patrícia Almeida",
        subject="Next steps in your Murphy application",
        body=(
            "Jane,\n\nI hope you're well! I'm Patrícia, a recruiter at Murphy Systems, and I'm "
            "reaching out about your application for Senior Software Engineer. The conversation "
            "will take about 30 minutes. Could you let me know your availability next week?"
        ),
    )
    assert result.category is Category.INTERVIEW, result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "language", "category"),
    [
        (
            "Re: Interview confirmed: Data Analyst at Smith Media",
            "Hello Jane,\n\nThanks again for all the effort you put into the interviews. "
            "Unfortunately, we will not be extending an offer at this time.",
            "en",
            Category.REJECTION,
        ),
        (
            "Re: Your interview with Silverbridge is scheduled",
            "Hello Jane,\n\nI'm thrilled to let you know that we would like to offer you the "
            "position of Product Designer at Silverbridge!",
            "en",
            Category.OFFER,
        ),
        (
            "AW: Terminverschiebung: Ihr Gespräch bei Verio",
            "Guten Tag Frau Doe,\n\nvielen Dank für die Zeit, die Sie sich für die Gespräche mit "
            "uns genommen haben. Leider können wir Ihnen in diesem Fall kein Angebot machen.",
            "de",
            Category.REJECTION,
        ),
    ],
)
def test_a_reply_is_read_by_what_it_says_not_by_its_thread_subject(
    classify: Classify, subject: str, body: str, language: str, category: Category
) -> None:
    result = classify(
        sender="hiring@example-employer.com",
        name="Hiring Team",
        subject=subject,
        body=body,
        language=language,
    )
    assert result.category is category, result.evidence


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Hi Jane,\n\nI'm happy to share that you've progressed to the next round for the "
            "Recruiter position! This round will take about 45 minutes with two members of the "
            "Data team. Please share a few time slots that work for you.",
            "en",
        ),
        (
            "Hallo Jane,\n\nhiermit bestätigen wir Ihren Gesprächstermin am Montag, 18. November "
            "um 8:30 Uhr. Das Gespräch dauert etwa 90 Minuten.",
            "de",
        ),
        (
            "Hola Jane,\n\nTe confirmamos la entrevista el lunes, 29 de enero a las 14:00. Te "
            "entrevistará Javier Sánchez, Engineering Manager.",
            "es",
        ),
        (
            "Olá Jane,\n\nConfirmamos sua entrevista em quinta-feira, 28 de março, às 9h00. Você "
            "vai conversar com Lucas Fernandes, Tech Lead.",
            "pt",
        ),
    ],
)
def test_interview_scheduling(classify: Classify, body: str, language: str) -> None:
    result = classify(
        sender="talent@northwind-analytics.com",
        name="Northwind Analytics",
        subject="Next steps",
        body=body,
        language=language,
    )
    assert result.category is Category.INTERVIEW, result.evidence


def test_conditional_no_in_a_confirmation_is_no_rejection(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Bright Green GmbH",
        subject="Ihre Bewerbung bei Bright Green GmbH",
        body=(
            "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als DevOps Engineer und "
            "Ihr Interesse an Bright Green GmbH. Sollten Sie nicht in die engere Auswahl kommen, "
            "werden wir Ihre Daten gemäß den Datenschutzbestimmungen löschen."
        ),
        language="de",
    )
    assert result.category is Category.CONFIRMATION, result.evidence


def test_job_alert_that_mentions_jobs_you_applied_to(classify: Classify) -> None:
    result = classify(
        sender="jobs-noreply@linkedin.com",
        name="LinkedIn",
        subject="New jobs similar to ones you applied to",
        body=(
            "Because you viewed Data Analyst at Clark, here are similar jobs.\n\nData Analyst\n"
            "Polar Beacon · Remote\nView job"
        ),
    )
    assert result.category is Category.ALERT, result.evidence
