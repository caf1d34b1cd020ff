"""Spanish and Portuguese organisation names hold particles with an article: "Hospital de las
Mercedes", "Clínica de los Andes", "Colegio de la Vega". The fuller name reads through them."""

from __future__ import annotations

import pytest

from jobtracker.classifiers.rules.fullname import load_name_reader


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        (
            "Hospital",
            "Equipo de Selección\nHospital de las Lomas\nRosario",
            "Hospital de las Lomas",
        ),
        ("Clínica", "Saludos,\nClínica de los Pinares", "Clínica de los Pinares"),
        ("Colegio", "Atentamente,\nColegio de la Vereda Alta", "Colegio de la Vereda Alta"),
        ("Banco", "Equipe de Recrutamento\nBanco do Cerrado S.A.", "Banco do Cerrado S.A."),
    ],
)
def test_a_name_reads_through_a_particle_and_its_article(name: str, text: str, full: str) -> None:
    assert load_name_reader().extend(name, [text]) == full


@pytest.mark.parametrize("text", ["Rivermoss de la casa", "Rivermoss de la. Gracias"])
def test_a_particle_and_article_before_no_name_add_nothing(text: str) -> None:
    assert load_name_reader().extend("Rivermoss", [text]) is None
