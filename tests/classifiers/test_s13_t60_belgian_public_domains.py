"""Belgian public bodies mail from their own label under a shared public second level
("office.fgov.be", "agence.wallonie.be", "dienst.vlaanderen.be", "sprb.irisnet.be"): the
body is the label, not the region or the federation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "not_expected"),
    [
        pytest.param("claire.dumont@ofrex.wallonie.be", "Wallonie", id="wallonie"),
        pytest.param("jan.peeters@ofrex.vlaanderen.be", "Vlaanderen", id="vlaanderen"),
        pytest.param("claire.dumont@ofrex.fgov.be", "Fgov", id="fgov"),
    ],
)
def test_a_regional_second_level_is_not_the_employer(
    classify: Classify, sender: str, not_expected: str
) -> None:
    result = classify(
        sender=sender,
        name="Claire Dumont",
        subject="Entretien - Chargé(e) de mission",
        body=(
            "Madame,\n\nNous avons le plaisir de vous inviter à un entretien le mardi 9 juin à "
            "10h pour le poste de chargé(e) de mission.\n\nBien à vous,\nClaire Dumont\n"
            "Service du personnel\n"
        ),
        language="fr",
    )
    assert result.company != not_expected
    assert (result.company or "").casefold() != not_expected.casefold()


def test_the_body_label_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="claire.dumont@ofrex.wallonie.be",
        name="Claire Dumont",
        subject="Entretien - Chargé(e) de mission",
        body=(
            "Madame,\n\nNous avons le plaisir de vous inviter à un entretien le mardi 9 juin à "
            "10h pour le poste de chargé(e) de mission.\n\nBien à vous,\nClaire Dumont\n"
        ),
        language="fr",
    )
    assert (result.company or "").casefold() == "ofrex"
