"""Names an ATS, a domain and a recruiter spell differently for one employer."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import initialled_spellings
from jobtracker.correlator.roles import core_key, role_key
from jobtracker.pipeline.vocabulary import Category as C


def test_an_acronym_leading_a_name_keeps_its_letters_before_the_initials() -> None:
    assert "chumo" in initialled_spellings("chu meuse ourthe")
    assert "hatlantico" in initialled_spellings("hospital atlantico de lisboa")
    # a two-letter head is too short to stand for anything by itself
    assert "abmo" not in initialled_spellings("ab meuse ourthe")


def test_a_hospitals_domain_spelling_joins_the_process_its_careers_site_began(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="CHU Meuse-Ourthe", role="Gestionnaire de flux")
    )
    invited = correlator.correlate(mail(C.INTERVIEW, company="Chumo", role="", sent="2024-03-20"))
    assert applied.application is not None and invited.application is not None
    assert invited.application.application_id == applied.application.application_id


def test_a_role_key_without_its_seniority() -> None:
    assert core_key(role_key("Analista de Dados Sr")) == role_key("Analista de Dados")
    assert core_key(role_key("Data Analyst")) == role_key("Data Analyst")


def test_an_ats_slug_that_shortens_the_name_a_recruiter_writes_in_full(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Cortinorte", role="Analista de Dados")
    )
    invited = correlator.correlate(
        mail(C.INTERVIEW, company="Cortiça Norte", role="Analista de Dados Sr", sent="2024-03-25")
    )
    elsewhere = correlator.correlate(
        mail(C.INTERVIEW, company="Ribeira Têxtil", role="Analista de Dados Sr", sent="2024-03-26")
    )
    assert applied.application is not None and invited.application is not None
    assert invited.application.application_id == applied.application.application_id
    assert elsewhere.application is not None
    assert elsewhere.application.application_id != applied.application.application_id


def test_an_ats_slug_with_what_a_domain_adds_is_the_name_without_it(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="bussolaedu", role="Gerente de CRM e Lifecycle")
    )
    invited = correlator.correlate(mail(C.INTERVIEW, company="Bússola", role="", sent="2024-03-20"))
    assert applied.application is not None and invited.application is not None
    assert invited.application.application_id == applied.application.application_id


def test_a_careers_sites_name_run_together_by_a_domain_is_its_employer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Oakhurst Bakeries",
            role="Commercial Strategy Lead",
            sender="careers@successfactors.eu",
            sender_name="Brennard Foods Careers",
        )
    )
    update = correlator.correlate(
        mail(C.REJECTION, company="Brennardfoods", role="", sent="2024-04-02")
    )
    assert applied.application is not None and update.application is not None
    assert update.application.application_id == applied.application.application_id


def test_an_employers_mail_spelling_the_title_of_a_board_receipt_names_it(mail) -> None:
    correlator = Correlator()
    receipt = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            role="Comprador Sr",
            sender="notificaciones@bolsa.example",
            sent="2025-07-01",
        )
    )
    call = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Ferretera del Norte",
            role="",
            sender="reclutamiento@ferreteradelnorte.example",
            subject="Comprador Sr. - llamada",
            text="Hola, ¿te puedo llamar mañana a las 10 para platicar de la vacante de comprador?",
            sent="2025-07-03",
        )
    )
    assert receipt.application is not None and call.application is not None
    assert call.application.application_id == receipt.application.application_id
    assert call.application.company == "Ferretera del Norte"


def test_a_late_notice_carrying_the_selections_reference_stays_in_it(mail) -> None:
    correlator = Correlator()
    sender = "noreply@selection.example"

    def notice(category: C, subject: str, sent: str):  # type: ignore[no-untyped-def]
        return correlator.correlate(
            mail(
                category, company="Selor Public", role="", sender=sender, subject=subject, sent=sent
            )
        )

    first = notice(C.CONFIRMATION, "Votre inscription à la sélection AFG25117", "2025-09-08")
    final = notice(C.CONFIRMATION, "AFG25117 - Votre résultat final", "2025-12-05")
    other = notice(C.CONFIRMATION, "Votre inscription à la sélection AFG25240", "2025-12-06")
    assert first.application is not None and final.application is not None
    assert final.application.application_id == first.application.application_id
    assert other.application is not None
    assert other.application.application_id != first.application.application_id
