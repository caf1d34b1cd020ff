"""A Brazilian ATS naming the interview step by its title ("você avançou para a etapa Entrevista
com a gestora") moves the application to the interview stage."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_the_step_named_by_its_title_is_the_interview_stage(classify: Classify) -> None:
    result = classify(
        sender="noreply@gupy.io",
        name="Fundição Taquaral",
        subject="Jane, sua candidatura avançou!",
        body="Olá, Jane!\n\nParabéns, você avançou para a etapa Entrevista com a gestora na vaga "
        "Analista Fiscal.\n\nEscolha um horário: https://taquaral.gupy.io/scheduling/5521\n\n"
        "Time de Pessoas\n\nEsta é uma mensagem automática enviada pela plataforma Gupy.",
    )
    assert result.category is Category.INTERVIEW


def test_an_application_that_did_not_go_on_this_time_is_rejected(classify: Classify) -> None:
    result = classify(
        sender="no-reply@kenoby.com",
        name="Solmar Carreiras",
        subject="Sobre sua candidatura na Solmar",
        body="Olá Jane,\n\nObrigado por participar do nosso processo. Sua candidatura não avançou "
        "desta vez, mas seu perfil ficará em nossa base.\n\nAbraço,\nTime Solmar",
    )
    assert result.category is Category.REJECTION


def test_an_application_not_yet_reviewed_is_no_rejection(classify: Classify) -> None:
    result = classify(
        sender="no-reply@kenoby.com",
        name="Solmar Carreiras",
        subject="Sua candidatura na Solmar",
        body="Olá Jane,\n\nSua candidatura ainda não avançou porque o processo abre na semana "
        "que vem. Avisaremos por aqui.\n\nAbraço,\nTime Solmar",
    )
    assert result.category is not Category.REJECTION
