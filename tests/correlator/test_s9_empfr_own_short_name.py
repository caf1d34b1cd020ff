"""A board writes a public body's name in full ("Centre hospitalier universitaire Val-d'Ain");
the body's own mail signs with the short name it goes by ("CHU Val-d'Ain"): the application
shows that one. A domain's initials ("HMP") are no such name."""

from __future__ import annotations

import pytest

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C
from jobtracker.pipeline.vocabulary import Source


@pytest.mark.parametrize(
    ("own", "source", "shown"),
    [
        ("CHU Val-d'Ain", Source.DIRECT, "CHU Val-d'Ain"),
        ("CHU Val-d'Ain", Source.OTHER, "Centre hospitalier universitaire Val-d'Ain"),
        ("Chuvaldain", Source.DIRECT, "Centre hospitalier universitaire Val-d'Ain"),
    ],
)
def test_the_employers_own_short_name_names_the_application(
    mail, own: str, source: Source, shown: str
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Centre hospitalier universitaire Val-d'Ain",
            role="Analyste financier",
            sender="ne-pas-repondre@board.example",
            sent="2025-03-01",
            source=Source.OTHER,
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company=own,
            role="Analyste financier",
            sender="drh@chu-valdain.example",
            sent="2025-03-12",
            source=source,
        )
    )
    assert invite.application is applied.application
    assert invite.application is not None
    assert invite.application.company == shown


def test_the_employers_own_full_name_names_the_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Crédit Mutuel Vallée Loire",
            role="Analyste financier",
            sender="cmvl@ats.example",
            sent="2025-03-01",
            source=Source.WORKDAY,
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Caisse fédérale du Crédit Mutuel Vallée Loire",
            role="Analyste financier",
            sender="drh@cmvl.example",
            sent="2025-03-12",
            source=Source.DIRECT,
        )
    )
    assert invite.application is applied.application
    assert invite.application is not None
    assert invite.application.company == "Caisse fédérale du Crédit Mutuel Vallée Loire"
