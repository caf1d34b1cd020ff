"""A no written plainly by a person, in English, French, Portuguese and Spanish: the post filled
with its title in between, the offer made to someone else, other profiles chosen, a start-up
going with someone local, a sentence that ends in "não seguiremos", a salary gap
(corpora 20, 60, 79, 86, 89, 93, 94)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "language"),
    [
        (
            "careers@harrowgate-aero.com",
            "Harrowgate Careers",
            "Stores Supervisor (2025-118) - update",
            "Dear Wei Ling,\n\nThank you for interviewing with us. We have now filled the Stores "
            "Supervisor position and regret that we cannot offer it to you.\n\nHarrowgate "
            "Talent Acquisition",
            "en",
        ),
        (
            "mfoley@lakeshoreclinic.org",
            "Maura Foley",
            "Following up",
            "Hi Dana,\n\nThanks for coming in on Tuesday, the team enjoyed meeting you. We've "
            "decided to offer the position to a therapist with more paediatric experience, but "
            "we'll keep you in mind.\n\nMaura",
            "en",
        ),
        (
            "tom.reyes.founder@gmail.com",
            "Tom Reyes",
            "Re: Ledgerly - next steps",
            "Hi Sam,\n\nSorry this took a while. Your case study was excellent, but we've made an "
            "offer to someone with deeper enterprise sales experience.\n\nTom",
            "en",
        ),
        (
            "ritu@talentbridge-staffing.example",
            "Ritu S",
            "RE: Interview confirmation - Corvex Labs - QA Engineer",
            "Hi Arjun,\n\nClient has shared the feedback; they have gone ahead with other profiles "
            "for this position. Will keep you posted.\n\nRitu",
            "en",
        ),
        (
            "julien.marceau@gmail.com",
            "Julien Marceau",
            "Re: Ta candidature",
            "Salut Inès,\n\nMerci pour l'échange de jeudi. On a hésité, mais on part finalement "
            "sur quelqu'un qui connaît déjà nos fournisseurs. Désolé, c'était serré.\n\nJulien",
            "fr",
        ),
        (
            "renata.lobo@redecasulo.com.br",
            "Renata Lobo",
            "Retorno - processo Analista de BI",
            "Olá Bruno,\n\nObrigada pela conversa com o time. A vaga exige presença diária no "
            "escritório e entendemos que isso não combina com o que você procura, por isso não "
            "seguiremos.\n\nAbraço,\nRenata",
            "pt",
        ),
        (
            "alvaro.quesada.abogado@gmail.com",
            "Álvaro Quesada",
            "Re: CV - Asociado Laboral",
            "Marta, gracias otra vez por el café. Te escribo con sinceridad: con lo que podemos "
            "ofrecer ahora mismo no llegamos a tus expectativas económicas y no quiero hacerte "
            "perder el tiempo.\n\nÁlvaro",
            "es",
        ),
        (
            "no-reply@pageuppeople.com",
            "Kaituna District Council",
            "Your application for Policy Planner (KDC0917)",
            "Dear Sam,\n\nThank you for your interest in working with Kaituna District Council. "
            "We have now completed shortlisting for the Policy Planner position and unfortunately "
            "you have not been shortlisted on this occasion.",
            "en",
        ),
        (
            "tama.rewi@fisheriesadvocate.govt.nz",
            "Tama Rewi",
            "Senior Advisor - outcome",
            "Kia ora Sam,\n\nThank you for interviewing with us. In the end we have appointed a "
            "candidate with more experience in the sector. Please do apply again.\n\nTama",
            "en",
        ),
        (
            "recruitment@lakesauthority.example",
            "Lakes Authority",
            "Outcome of your application - LA/25/044",
            "Dear Sam,\n\nThe selection panel has assessed your application. Unfortunately you "
            "were not assessed as eligible, as citizenship is a condition of engagement.",
            "en",
        ),
        (
            "noreply@join.com",
            "Kornblume Tee",
            "Deine Bewerbung bei Kornblume Tee",
            "Hallo Jana,\n\ndanke für deine Bewerbung! Nach vielen Gesprächen haben wir die "
            "Position inzwischen besetzt.\n\nAls Dankeschön: 10 % Rabatt in unserem Shop.",
            "de",
        ),
        (
            "felix@isartal-apps.de",
            "Felix Brandl",
            "Kurzes Update",
            "Hi Jana,\n\nsorry für die Wartezeit. Wir gehen mit einer internen Kandidatin "
            "weiter, die das Produkt schon kennt.\n\nFelix",
            "de",
        ),
        (
            "bsurg@taleo.net",
            "Frimaro Carrières",
            "Votre candidature chez Frimaro",
            "Bonjour,\n\nMerci d'avoir passé nos tests en ligne. Cependant, nous avons décidé de "
            "donner suite à d'autres candidatures pour ce poste.",
            "fr",
        ),
        (
            "notificaciones@occ.com.mx",
            "OCC Mundial",
            "Actualización de tu postulación: Jefe de Producción",
            "Hola Iván,\n\nForjas del Valle actualizó el estatus de tu postulación a Jefe de "
            "Producción: No seleccionado.\n\nVer vacantes similares",
            "es",
        ),
        (
            "jobs@casa-tramontana.jobs.personio.com",
            "Casa Tramontana",
            "Tu candidatura en Casa Tramontana",
            "Hola Lucía,\n\nGracias por tu interés. Sin embargo, en esta ocasión hemos avanzado "
            "con perfiles que ya viven en Valencia.",
            "es",
        ),
        (
            "noreply@vagas.com.br",
            "Vagas.com",
            "Processo seletivo",
            "Olá, Bruno.\n\nA empresa Clínica Serra Azul agradece sua participação no processo "
            "seletivo. Seu currículo foi bem avaliado, porém o processo foi encerrado com a "
            "escolha de outro candidato.",
            "pt",
        ),
        (
            "rh@auditores-kwanza.example",
            "Kwanza Auditores RH",
            "A sua candidatura",
            "Caro Paulo,\n\nAgradecemos o interesse. Contudo, para esta posição, optámos por "
            "candidatos com certificação profissional concluída.",
            "pt",
        ),
        (
            "personal@landesamt-umwelt.example",
            "Landesamt für Umweltanalytik",
            "Ihre Bewerbung - Stellenausschreibung 12/2025",
            "Sehr geehrte Frau Kern,\n\ndas Auswahlverfahren ist abgeschlossen. Nach Abwägung von "
            "Eignung, Befähigung und fachlicher Leistung ist die Wahl auf eine andere Bewerberin "
            "gefallen.",
            "de",
        ),
        (
            "recrutamento@clinicaserra.example",
            "Recrutamento Clínica Serra",
            "Vaga Analista de Custos",
            "Prezado Bruno,\n\nSeu perfil é interessante, mas buscamos alguém com residência em "
            "Campinas. Por isso, não daremos sequência com sua candidatura.",
            "pt",
        ),
        (
            "kiri@harbourtalent.example",
            "Kiri Walker",
            "Feedback from the Authority",
            "Hi Sam,\n\nI've had feedback from the panel: they liked your thinking, but they've "
            "gone with a contractor who has led a similar review before.\n\nKiri",
            "en",
        ),
        (
            "rh.troquelesnorte@gmail.com",
            "Marta Leal",
            "Ingeniero de Procesos",
            "Buen día Iván\nGracias por venir a la entrevista. La vacante ya se cubrió con "
            "personal interno. Quedamos a sus órdenes.",
            "es",
        ),
    ],
)
def test_a_plain_no_is_a_rejection(
    classify: Classify, sender: str, name: str, subject: str, body: str, language: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is Category.REJECTION, result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        # the offer made to the reader
        (
            "Offer - Stores Supervisor",
            "Dear Wei Ling,\n\nWe have decided to offer the position to you and attach our offer "
            "letter.",
            Category.OFFER,
        ),
        # a team that filled other roles and still wants to talk
        (
            "Next steps",
            "Hi Dana,\n\nWe have now filled the two junior roles, and we'd like to invite you to "
            "an interview for the senior position on Thursday.",
            Category.INTERVIEW,
        ),
    ],
)
def test_words_of_a_no_said_of_something_else(
    classify: Classify, subject: str, body: str, category: Category
) -> None:
    result = classify(
        sender="hr@harrowgate-aero.com",
        name="Harrowgate HR",
        subject=subject,
        body=body,
        language="en",
    )
    assert result.category is category, result.evidence


def test_candidates_prioritised_over_the_reader_is_a_no(classify: Classify) -> None:
    result = classify(
        sender="no-reply@hire.lever.co",
        name="Lakeshore Care",
        subject="Update from Lakeshore Care",
        body="Hi Dana,\n\nThank you for your interest in Lakeshore Care. While it's clear you're a "
        "dedicated clinician, we're prioritizing candidates with prior home-care experience for "
        "this role.\n\nWe'll keep your information on file.",
        language="en",
    )
    assert result.category is Category.REJECTION, result.evidence
