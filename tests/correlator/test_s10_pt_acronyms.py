"""A public body signing "APLV - Administração do Porto de ... e Vila Chã, S.A.": the name its
acronym stands for runs to the end of the place it is named after."""

from __future__ import annotations

import pytest

from jobtracker.correlator.acronyms import spelled_out


@pytest.mark.parametrize(
    ("acronym", "text", "sender", "name"),
    [
        pytest.param(
            "APSM",
            "O Presidente do Júri\nAPSM - Administração do Porto de Souto e Mira Velha, S.A.\n",
            "concursos@apsm-portos.example",
            "Administração do Porto de Souto e Mira Velha",
            id="a-defined-acronym-keeps-the-two-word-place-at-the-end-of-the-name",
        ),
        pytest.param(
            "ASH",
            "Cumprimentos,\nAgência Sanitária do Henares Sede\n",
            "rh@agenciasanitaria.example",
            "Agência Sanitária do Henares",
            id="a-name-spelled-without-the-acronym-ends-with-its-initials",
        ),
    ],
)
def test_an_acronym_is_spelled_out(acronym: str, text: str, sender: str, name: str) -> None:
    found = spelled_out(acronym, text, sender)
    assert found == name
