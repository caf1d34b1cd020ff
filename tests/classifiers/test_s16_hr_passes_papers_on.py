"""An employer's own HR passing the applicant's papers on inside ("an unseren Bauleiter", "an die
Fachabteilung") keeps its own name: only an agency's papers go out to a client."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    "passed_on",
    [
        "an unseren Bauleiter Herrn Albrecht weitergeleitet",
        "an die zuständige Fachabteilung weitergeleitet",
        "an Frau Lindner aus dem Einkauf weitergeleitet",
    ],
)
def test_hr_passing_papers_on_inside_keeps_the_employer(classify: Classify, passed_on: str) -> None:
    result = classify(
        sender="personal@holzbau-kranich.de",
        name="Holzbau Kranich Personal",
        subject="Ihre Bewerbung als Zimmerer (m/w/d)",
        body=(
            "Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bewerbung als Zimmerer. Wir haben "
            f"Ihre Unterlagen {passed_on} und melden uns in Kürze bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\nIhr Personalteam der Holzbau Kranich GmbH"
        ),
        language="de",
    )
    assert result.company == "Holzbau Kranich", result.evidence


def test_an_agency_sending_papers_to_a_named_firm_names_that_firm(classify: Classify) -> None:
    result = classify(
        sender="k.vogel@personalwerk-sued.de",
        name="Katrin Vogel",
        subject="Ihre Bewerbung als Disponent",
        body=(
            "Hallo Herr Brandt,\n\nich habe Ihre Unterlagen heute bei der Spedition Kaltenbach "
            "eingereicht und melde mich, sobald ich eine Rückmeldung habe.\n\nViele Grüße\n"
            "Katrin Vogel\nPersonalwerk Süd GmbH"
        ),
        language="de",
    )
    assert result.company == "Spedition Kaltenbach", result.evidence
