"""First notes in Spanish, Portuguese and French that carry their stage in plain words: a
public employer's call to the interview, an owner asking the applicant to drop by or offering a
trial shift, a board relaying the employer's receipt, a council's knowledge test. Look-alikes
with the same words stay not job mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]
INTERVIEW, RECEIPT = Category.INTERVIEW, Category.CONFIRMATION
TEST, N = Category.ASSESSMENT, Category.NOT_JOB

NOTES = [
    (
        "es",
        "seleccion@universidad-sur.example",
        "Servicio de Personal",
        "Convocatoria auxiliar administrativo",
        "Estimado candidato:\n\nSe le convoca a entrevista para la plaza de Auxiliar "
        "Administrativo del Servicio de Biblioteca el 12 de mayo a las 9:30.\n\nServicio de "
        "Personal",
        INTERVIEW,
    ),
    (
        "es",
        "rosa.vidal@gmail.com",
        "Rosa Vidal",
        "Tu CV",
        "Hola Pablo,\n\nHe recibido tu currículum para el puesto de camarero. ¿Puedes pasarte "
        "mañana por el bar sobre las 12?\n\nRosa",
        INTERVIEW,
    ),
    (
        "es",
        "avisos@empleos-norte.example",
        "Empleos Norte",
        "Postulación enviada",
        "¡Hola Pablo!\n\nTe postulaste con éxito al aviso Repositor/a - Turno Tarde de la empresa "
        "Supermercados Sol S.A.\n\nPodés seguir el estado desde tu cuenta.",
        RECEIPT,
    ),
    (
        "pt",
        "joana.reis@hotmail.com",
        "Joana Reis",
        "Sua candidatura",
        "Oi Marcos,\n\nRecebi seu currículo para a vaga de atendente. Você pode vir amanhã às "
        "10h para uma conversa na loja?\n\nJoana",
        INTERVIEW,
    ),
    (
        "pt",
        "rh@ceramica-lis.example",
        "Rita Lopes",
        "Próximo passo",
        "Olá Marcos,\n\nObrigada pela conversa de hoje. Gostaríamos que conhecesse a nossa "
        "diretora de produção na terça-feira às 11h, para a função de Técnico de Qualidade.\n\n"
        "Cumprimentos,\nRita Lopes",
        INTERVIEW,
    ),
    (
        "pt",
        "noreply@empregos-portal.example",
        "Portal de Empregos",
        "Nova mensagem",
        "Olá Marcos,\n\nA empresa Padaria Aurora recebeu a sua candidatura para Padeiro e "
        "enviou-lhe uma mensagem.\n\nAceda à sua conta para a ler.",
        RECEIPT,
    ),
    (
        "pt",
        "recrutamento@cm-norte.example",
        "Recursos Humanos",
        "Procedimento concursal",
        "Exmo. Senhor,\n\nInforma-se que foi admitido ao procedimento concursal para Assistente "
        "Técnico. A prova de conhecimentos realiza-se a 14 de abril, às 10h.\n\nCom os melhores "
        "cumprimentos",
        TEST,
    ),
    (
        "fr",
        "sophie.marchal@orange.fr",
        "Sophie Marchal",
        "Poste de vendeuse",
        "Bonjour,\n\nSuite à votre candidature, je vous propose un essai samedi matin pour le "
        "poste de vendeuse à la boulangerie. Merci de me confirmer.\n\nSophie Marchal",
        INTERVIEW,
    ),
]

LOOKALIKES = [
    (
        "es",
        "ana.moreno@gmail.com",
        "Ana Moreno",
        "Mañana",
        "Hola Pablo,\n\n¿Puedes pasarte mañana por casa? Tengo tus libros.\n\nAna",
    ),
    (
        "pt",
        "tia.lucia@gmail.com",
        "Lúcia",
        "Almoço",
        "Oi Marcos, você pode vir amanhã almoçar com a gente? Beijos",
    ),
    (
        "fr",
        "offres@logiciel-compta.example",
        "Compta Facile",
        "Votre essai",
        "Bonjour,\n\nNous vous proposons un essai gratuit de 30 jours de notre logiciel. "
        "Activez-le dès aujourd'hui.",
    ),
    (
        "es",
        "citas@clinica-dental.example",
        "Clínica Dental",
        "Su cita",
        "Se le cita para una revisión el martes 4 a las 10:00.",
    ),
]


@pytest.mark.parametrize(("language", "sender", "name", "subject", "body", "category"), NOTES)
def test_a_first_note_names_its_stage(
    classify: Classify,
    language: str,
    sender: str,
    name: str,
    subject: str,
    body: str,
    category: Category,
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is category, result.evidence


@pytest.mark.parametrize(("language", "sender", "name", "subject", "body"), LOOKALIKES)
def test_a_lookalike_stays_not_job(
    classify: Classify, language: str, sender: str, name: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, name=name, subject=subject, body=body, language=language)
    assert result.category is N, result.evidence


def test_a_friend_asking_to_drop_by_after_talk_of_a_cv_is_not_an_interview(
    classify: Classify,
) -> None:
    result = classify(
        sender="ana.moreno@gmail.com",
        name="Ana Moreno",
        subject="Sábado",
        body="Hola Pablo, ¿qué tal va lo del currículum? ¿Puedes pasarte mañana por casa a cenar?",
        language="es",
    )
    assert result.category is N, result.evidence
