"""Names of Latin American employers as mail writes them: a cooperative's domain adds "coop"
to its name (acmecoop.co), and a group a board named turns out to hire for one of its brands."""

from __future__ import annotations

from jobtracker.correlator.domains import brand_names
from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import ApplicationStatus
from jobtracker.pipeline.vocabulary import Category as C


def test_coop_comes_off_a_cooperatives_domain() -> None:
    assert "lecheandina" in brand_names("lecheandinacoop")
    assert brand_names("coop") == ()


def test_a_withdrawal_note_from_the_coop_domain_joins_the_process(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Lecheandina",
            role="Jefe de Planta",
            sender="gestionhumana@lecheandinacoop.example",
        )
    )
    note = mail(
        C.CONFIRMATION,
        company="Lecheandinacoop",
        role=None,
        status=ApplicationStatus.WITHDRAWN,
        sender="yolanda.perez@lecheandinacoop.example",
        sent="2024-03-20",
    )
    assert correlator.correlate(note).application is first.application


def test_a_group_known_from_a_boards_receipt_takes_the_brand_its_mail_names(mail) -> None:
    """A board's receipt named the registered group; the group's own invitation names the
    brand ("Alimentos del Sur (marcas Chaski y Pacha)"): the process is the brand's."""
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Alimentos del Sur",
            role="Jefa de Marca",
            sender="noreply@board.example",
        )
    )
    invite = mail(
        C.INTERVIEW,
        company="Chaski",
        role="Jefa de Marca",
        sender="reclutamiento@alimentosdelsur.example",
        text="Desde el área de Reclutamiento de Alimentos del Sur (marcas Chaski y Pacha) la "
        "invitamos a una entrevista.",
        sent="2024-03-10",
    )
    linked = correlator.correlate(invite)
    assert linked.application is first.application
    assert linked.application is not None and linked.application.company == "Chaski"
