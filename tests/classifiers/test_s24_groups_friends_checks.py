"""Mail of the kinds corpora 138-142 missed: a group writing for one of its companies, names
that are no employer (a registry number, a careers page's "work with us", a hidden employer, a
country after a recruiter's title), a police check ordered by the employer, a founder writing
from home; and plain-words mail: friends' own news, a child's nursery or school admission, no's
of small employers and public bodies in French, a one-way video interview and a nudge in
Chilean Spanish, Gupy's interview stage, an offer made formal in Brazilian Portuguese, a work
sample test, an agency's weekly list, and a pause told in German."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jobtracker.correlator.names import company_key
from jobtracker.pipeline.contracts import Category, Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language", "company"),
    [
        # a group's recruiter writes from the group's domain about the company that hires
        (
            "claire.dupont@vellane-group.example",
            "Claire Dupont",
            "Votre arrivée parmi nous",
            "Bonjour Jane,\n\nJ'ai le plaisir de vous confirmer notre souhait de vous accueillir "
            "au sein de l'équipe Avionique de Vellane Aéro en tant qu'ingénieure logiciel, en CDI."
            "\n\nVous trouverez en pièce jointe notre proposition détaillée : rémunération "
            "annuelle brute de 48 000 €, prise de poste le 2 mars.\n\nBien cordialement,\n\n"
            "Claire Dupont\nChargée de recrutement\nGroupe Vellane | DRH",
            "fr",
            "Vellane Aéro",
        ),
        # a hotel group's receipt names the hotel "of our group" that hires
        (
            "rh@solmarhoteis.example",
            "Recrutamento | Grupo Solmar Hotéis",
            "Candidatura – Rececionista (Lagos)",
            "Exma. Senhora Jane Doe,\n\nAcusamos a receção da sua candidatura à função de "
            "Rececionista para o Hotel Miradouro Mar, unidade de quatro estrelas do nosso Grupo em "
            "Lagos.\n\nA sua candidatura será analisada pela nossa equipa.\n\nCom os melhores "
            "cumprimentos,\nDireção de Recursos Humanos\nGrupo Solmar Hotéis",
            "pt",
            "Hotel Miradouro Mar",
        ),
        # a careers page's "work with us" after the group's name is no part of it
        (
            "talento@grupocordillera.example",
            "Grupo Cordillera - Trabaja con Nosotros",
            "Grupo Cordillera: hemos recibido tu postulación",
            "Hola Jane:\n\nHemos recibido tu postulación al cargo Analista de Riesgo. Revisaremos "
            "tus antecedentes y te contactaremos si tu perfil se ajusta.\n\nSaludos,\nGerencia de "
            "Personas",
            "es",
            "Grupo Cordillera",
        ),
        # an employer's police check ordered through a screening vendor
        (
            "noreply@fit2work.com.au",
            "fit2work",
            "Action required: National Police Check requested by Tallowood Systems Pty Ltd",
            "Dear Jane Doe,\n\nTallowood Systems Pty Ltd has requested that you complete a "
            "National Police Check through fit2work as part of their pre-employment screening."
            "\n\nPlease complete your check within 5 days.",
            "en",
            "Tallowood Systems",
        ),
        # a board's table of the offer, label and value without a colon
        (
            "noreply@portalempleos.example",
            "Portal Empleos",
            "Postulación enviada: Analista de Datos",
            "¡Hola Jane!\n\nTu postulación fue enviada con éxito. Estos son los datos de la "
            "oferta:\n\nCargo Analista de Datos\nEmpresa Viñedos del Maule S.A.\nLugar de trabajo "
            "Talca\nFecha de postulación 02-09-2025",
            "es",
            "Viñedos del Maule",
        ),
        # a founder introduces herself from her personal address
        (
            "lena.brandt@gmail.com",
            "Lena Brandt",
            "Kurzer Call?",
            "Hi Jane,\n\nLena hier, eine der beiden Gründerinnen von Moorwerk. Deine Bewerbung hat "
            "mir gut gefallen. Hättest du Lust auf einen Video-Call, so 30 Minuten?\n\nLiebe Grüße"
            "\nLena",
            "de",
            "Moorwerk",
        ),
        # a hospital's domain leaves out the "de" of its name
        (
            "recrutement.drh@chu-hautesavoie.example",
            "DRH - Recrutement",
            "Accusé de réception",
            "Madame,\n\nNous accusons réception de votre candidature, qui a été enregistrée par la "
            "Direction des Ressources Humaines du CHU de Haute-Savoie sous le numéro 25-0917.",
            "fr",
            "CHU de Haute-Savoie",
        ),
        # an agency names its client at last, the site after the name
        (
            "d.kern@labor-personal.example",
            "Dana Kern",
            "Vorstellung beim Kunden am 21.10.",
            "Hallo Jane,\n\nsuper Neuigkeiten: Unser Kunde möchte dich kennenlernen! Jetzt darf "
            "ich auch sagen, um wen es geht – es ist die Saalfeld Analytik GmbH im Gewerbepark "
            "Nord.\n\nTermin: Dienstag, 21.10.2025, 10:00 Uhr\n\nDrück dir die Daumen!\nDana",
            "de",
            "Saalfeld Analytik",
        ),
        # a founder's offer from home
        (
            "theo.marchal@gmail.com",
            "Théo Marchal",
            "Proposition",
            "Salut Jane,\n\nJe t'écris de mon adresse perso : on aimerait vraiment que tu "
            "rejoignes Brisant !\n\nCe qu'on te propose : CDI, 42 k€ bruts annuels, 100 % remote."
            "\n\nTu recevras la lettre de proposition officielle demain.\n\nThéo",
            "fr",
            "Brisant",
        ),
    ],
)
def test_the_company_a_group_a_vendor_or_a_founder_names(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    language: str,
    company: str,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is not Category.NOT_JOB, result.evidence
    assert result.company is not None, result.evidence
    assert company_key(result.company) == company_key(company), result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "signature", "language", "wrong"),
    [
        # the registry number after a legal name
        (
            "careers@kestrelmutual.example",
            "Kestrel Careers",
            "Application received – Claims Analyst",
            "Dear Jane,\n\nThank you for applying for the Claims Analyst role. We will review "
            "your application and be in touch.",
            "Kind regards\nTalent Team\nKestrel Mutual Limited ABN 41 222 333 444",
            "en",
            "abn",
        ),
        # a posting that hides its employer
        (
            "no_reply@laborum.cl",
            "Laborum",
            "Postulaste a Analista de Datos",
            "Hola Jane,\n\nTu postulación a Analista de Datos en Importante Empresa del Rubro "
            "Energía fue enviada.",
            "",
            "es",
            "importante",
        ),
        # the country a recruiter covers, after her title
        (
            "marta.reis@northgatepkg.example",
            "Marta Reis",
            "Interview invitation – Buyer",
            "Hi Jane,\n\nThank you for completing the assessments. The hiring manager would like "
            "to meet you on Thursday at 11:00. I've sent a calendar invitation.",
            "Best regards,\n\nMarta Reis\nTalent Acquisition Partner – Chile",
            "en",
            "chile",
        ),
    ],
)
def test_names_that_are_no_employer(
    classify: Classify,
    sender: str,
    name: str,
    subject: str,
    body: str,
    signature: str,
    language: str,
    wrong: str,
) -> None:
    result = classify(
        sender=sender,
        name=name,
        subject=subject,
        body=body,
        signature=signature,
        language=language,
    )
    assert result.category is not Category.NOT_JOB, result.evidence
    assert wrong not in (result.company or "").casefold(), result.evidence


@pytest.mark.parametrize(
    ("sender", "subject", "body", "language", "category"),
    [
        # friends' and family's own news
        (
            "tina.koch@gmx.de",
            "Ich hab gekündigt!!!",
            "Hey!\n\nHeute Kündigung abgegeben. Das Vorstellungsgespräch beim Labor lief super, "
            "die Chefin hat mir am Montag die Zusage gegeben. Erste Woche im neuen Job ab "
            "November!\n\nBis bald\nTina",
            "de",
            Category.NOT_JOB,
        ),
        (
            "cami.rojas@gmail.com",
            "me llamaron!!",
            "Jane!!! me llamaron de Andes Consultores para la segunda entrevista, con el socio. "
            "¿Me ayudas a prepararla? Un café el domingo?\n\nCami",
            "es",
            Category.NOT_JOB,
        ),
        (
            "bia.prado@gmail.com",
            "novidades!!",
            "Oi Jane!\n\nLembra da vaga de analista na Frutal? Passei pra última fase!! Fiz a "
            "entrevista com a diretora ontem e ela falou que me dá um retorno até sexta.\n\nBeijo\n"
            "Bia",
            "pt",
            Category.NOT_JOB,
        ),
        (
            "mum.doe@bigpond.com",
            "So proud of you!!",
            "Darling, Dad told me about your call last night. A JOB OFFER and you said yes!!! I am "
            "so proud of you. Dinner on Saturday to celebrate?\n\nLove Mum",
            "en",
            Category.NOT_JOB,
        ),
        (
            "sam.doe@outlook.com",
            "favour?",
            "Hey\n\nI've finally applied for the ranger job and I've got a video interview next "
            "Friday!! Can you read my cover letter before I send it?\n\nSam",
            "en",
            Category.NOT_JOB,
        ),
        # a child's nursery and school admission, with their interviews
        (
            "accueil@creche-les-lutins.example",
            "Rendez-vous d'admission – Léo",
            "Bonjour Madame,\n\nSuite à l'attribution d'une place à la crèche Les Lutins, je vous "
            "propose un entretien d'admission le mardi 14 janvier à 9h30.\n\nLa directrice",
            "fr",
            Category.NOT_JOB,
        ),
        (
            "secretaria@colegioaurora.example",
            "Processo de Admissão 2026 – inscrição recebida",
            "Olá, Jane!\n\nRecebemos a inscrição do Pedro para o 1º ano. A próxima etapa é a "
            "entrevista com a família. Em breve você receberá o link para agendar a entrevista.",
            "pt",
            Category.NOT_JOB,
        ),
        # small employers' and public bodies' no's in French
        (
            "p.hamon@wanadoo.fr",
            "RE: candidature comptable",
            "Bonjour Madame,\n\nMerci d'être venue vendredi. Nous avons finalement retenu une "
            "personne plus proche de l'entreprise.\n\nBonne chance pour la suite.\n\nP. Hamon",
            "fr",
            Category.REJECTION,
        ),
        (
            "drh@agglo-du-lac.example",
            "Votre candidature – Réf. 2025-17",
            "Madame,\n\nPour faire suite à votre entretien, j'ai le regret de vous informer que le "
            "jury a porté son choix sur un agent titulaire du grade, recruté par voie de mutation."
            "\n\nLa directrice des ressources humaines",
            "fr",
            Category.REJECTION,
        ),
        (
            "julie@payfirm.example",
            "Point sur votre candidature",
            "Bonjour Jane,\n\nComme promis, je reviens vers vous : la direction a confirmé la "
            "fermeture du poste. Je suis donc au regret de clôturer votre candidature.\n\nJulie",
            "fr",
            Category.REJECTION,
        ),
        # a one-way video interview and an unfinished application in Chilean Spanish
        (
            "noreply@hirevue.com",
            "Invitación a entrevista digital: Analista de Riesgo",
            "Hola Jane:\n\nHas avanzado a la siguiente etapa. Te invitamos a completar una "
            "entrevista digital en HireVue. Responderás 5 preguntas en video a tu propio ritmo.",
            "es",
            Category.ASSESSMENT,
        ),
        (
            "talento@grupocordillera.example",
            "Tu postulación aún no está completa",
            "Hola Jane:\n\nNotamos que comenzaste a postular al cargo Analista de Riesgo pero no "
            "terminaste el proceso. Tu postulación quedó guardada como borrador.\n\nContinuar mi "
            "postulación",
            "es",
            Category.ALERT,
        ),
        # Gupy's interview stage, and an offer made formal by mail
        (
            "no-reply@gupy.io",
            "Etapa: Entrevista com RH",
            "Olá, Jane!\n\nParabéns! Você foi aprovada na etapa anterior e está na etapa "
            '"Entrevista com RH" do processo Analista de Compras.\n\nA entrevista será online. '
            "Escolha um dos horários disponíveis pelo link abaixo.",
            "pt",
            Category.INTERVIEW,
        ),
        (
            "tati.moura@vossberg.example",
            "Proposta – Comprador(a)",
            "Oi, Jane!\n\nComo conversamos por telefone, é com muita alegria que formalizo a "
            "proposta para a posição de Comprador(a):\n\n- Salário: R$ 9.500,00\n- Benefícios: "
            "plano de saúde, seguro de vida\n\nPara seguirmos precisamos do seu aceite por e-mail "
            "até sexta.",
            "pt",
            Category.OFFER,
        ),
        # a public employer's work sample test, an agency's weekly list
        (
            "recruitment@standards-agency.example",
            "Stage 2: work sample test",
            "Dear Jane\n\nWe are pleased to advise that you have progressed to Stage 2 of the "
            "selection process. Stage 2 is an online work sample test of 90 minutes.",
            "en",
            Category.ASSESSMENT,
        ),
        (
            "jobs@harbourrecruit.example",
            "Hot jobs this week - Finance QLD",
            "Hot jobs this week\n\nHi Jane, here's what our Finance team is recruiting for right "
            "now:\nPayroll Officer - Brisbane\nAccounts Payable Lead - Ipswich\n\nBrowse all jobs",
            "en",
            Category.ALERT,
        ),
        # a search paused in German: a confirmation that leaves it on hold
        (
            "c.vogt@vogt-search.example",
            "Zwischenstand",
            "Sehr geehrte Frau Doe,\n\nder Mandant hätte Sie gern zu einem zweiten Gespräch "
            "eingeladen. Die Gesellschafter haben die Besetzung der Position bis zum Abschluss "
            "einer Standortentscheidung ausgesetzt. Der Prozess ruht daher vorerst.\n\nMit "
            "freundlichen Grüßen\nC. Vogt",
            "de",
            Category.CONFIRMATION,
        ),
        # a start-up's informal no
        (
            "no-reply@jobs.personio.de",
            "Kurzes Update",
            "Hey Jane,\n\ndanke nochmal für das Gespräch. Trotzdem haben wir uns am Ende anders "
            "entschieden: da hat eine andere Kandidatin einfach besser gepasst.\n\nAlles Gute!",
            "de",
            Category.REJECTION,
        ),
    ],
)
def test_plain_words_mail_of_corpora_138_to_142(
    classify: Classify, sender: str, subject: str, body: str, language: str, category: Category
) -> None:
    result = classify(sender=sender, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "company"),
    [
        (
            "graham@bluegum.example",
            "Graham Otene",
            "Re: Second interview",
            "Thanks for letting me know, Jane, and congratulations - that sounds like a great role."
            "\n\nI've cancelled this morning's meeting and noted your withdrawal.\n\nGraham",
            "Bluegum",
        ),
        (
            "aline@vetor.example",
            "Aline Sakamoto",
            "RES: Proposta de trabalho",
            "Oi Jane,\n\nQue pena! Mas entendemos totalmente e agradecemos a sinceridade e por ter "
            "avisado rápido. Parabéns pela nova fase!\n\nAbs,\nAline",
            "Vetor",
        ),
    ],
)
def test_an_answer_to_the_readers_step_back_in_its_thread(
    classifier: Any, message: Any, sender: str, name: str, subject: str, body: str, company: str
) -> None:
    mail = message(sender=sender, name=name, subject=subject, body=body)
    result = classifier.classify_in_process(mail, company)
    assert result.status is ApplicationStatus.WITHDRAWN, result.evidence
