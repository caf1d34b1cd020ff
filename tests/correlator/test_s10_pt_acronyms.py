"""A public body signing "APLV - Administração do Porto de ... e Vila Chã, S.A.": the name its
acronym stands for runs to the end of the place it is named after."""

from __future__ import annotations

from jobtracker.correlator.acronyms import spelled_out


def test_a_defined_acronym_keeps_the_two_word_place_at_the_end_of_the_name() -> None:
    text = "O Presidente do Júri\nAPSM - Administração do Porto de Souto e Mira Velha, S.A.\n"
    found = spelled_out("APSM", text, "concursos@apsm-portos.example")
    assert found == "Administração do Porto de Souto e Mira Velha"


def test_a_name_spelled_without_the_acronym_ends_with_its_initials() -> None:
    text = "Cumprimentos,\nAgência Sanitária do Henares Sede\n"
    assert spelled_out("ASH", text, "rh@agenciasanitaria.example") == "Agência Sanitária do Henares"
