"""A chain of clinics or hospitals named with and without its kind in the plural ("Clínicas
Bahía" and "Bahía"): a consultant's feedback names the short form, the application the full one."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import employer_forms
from jobtracker.correlator.state import Correlation
from jobtracker.pipeline.vocabulary import Category as C


def _app_id(result: Correlation) -> str:
    assert result.application is not None
    return result.application.application_id


def test_a_chains_kind_in_the_plural_is_an_optional_part_of_its_name() -> None:
    assert employer_forms("clinicas marea") == (("clinicas", "marea"), ("marea",))
    assert employer_forms("hospitales quiral") == (("hospitales", "quiral"), ("quiral",))
    assert employer_forms("residencias almendro") == (("residencias", "almendro"), ("almendro",))


def test_feedback_naming_the_chain_without_its_kind_joins_the_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.INTERVIEW, company="Clínicas Marea Salud", role="Enfermera de consulta")
    )
    later = correlator.correlate(mail(C.REJECTION, company="Marea Salud", sent="2024-03-25"))
    assert _app_id(later) == _app_id(first)
