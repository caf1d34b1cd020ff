"""Latin American job boards: their national sign-off and their "we sent your CV to" receipt.

A board signs as itself with the country it serves ("Equipo Computrabajo Argentina", "Bumeran
Chile"): that is no employer. Its receipt names the employer where it says it sent the CV:
"ya enviamos tu CV a <employer> para el aviso ...".
"""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers.rules.registry import load_registry
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


def test_a_board_with_its_country_is_still_the_board() -> None:
    registry = load_registry()
    for name in ("Computrabajo Argentina", "Bumeran Perú", "Laborum Chile", "Computrabajo México"):
        assert registry.is_vendor_name(name), name
    assert not registry.is_vendor_name("Banco de Chile")


def test_board_receipt_signed_by_the_national_board(classify: Classify) -> None:
    result = classify(
        sender="avisos@computrabajo.com",
        name="Computrabajo",
        subject="Postulación registrada: Tesorero Jr",
        body=(
            "Hola Lucía,\n\nTu candidatura a la oferta Tesorero Jr en Frigorífico Los Álamos S.A. "
            "(Rosario) se ha registrado correctamente.\n\nTe avisaremos cuando haya novedades.\n\n"
            "Equipo Computrabajo Argentina"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company != "Computrabajo Argentina"


def test_board_says_where_it_sent_the_cv(classify: Classify) -> None:
    result = classify(
        sender="avisos@bumeran.com.ar",
        name="Bumeran",
        subject="Te postulaste a Liquidador de Sueldos",
        body=(
            "¡Listo!\n\nPablo, ya enviamos tu CV a Metalúrgica Paraná S.R.L. para el aviso "
            "Liquidador de Sueldos (Córdoba).\n\nSeguí tus postulaciones desde tu cuenta."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Metalúrgica Paraná"
