"""Names mail adds to an employer's (a campus team, a programme, a hyphenated domain word)."""

from __future__ import annotations

from jobtracker.correlator.domains import hyphen_heads
from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import company_key, plain, squeezed_spellings
from jobtracker.pipeline.vocabulary import Category as C


def test_a_campus_team_or_programme_after_the_name_is_not_part_of_it() -> None:
    assert company_key("Brightwave Early Careers Team") == "brightwave"
    assert company_key("Brightwave Graduate Programme") == "brightwave"
    assert company_key("Ostravia Recrutement") == "ostravia"
    assert company_key("Kellmann Karriere") == "kellmann"
    assert company_key("Careers") == "careers"  # nothing else is left: the word stays


def test_a_programme_and_a_campus_team_of_one_employer_are_one_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Brightwave Early Careers"))
    test = correlator.correlate(
        mail(C.ASSESSMENT, company="Brightwave Graduate Program", sent="2024-03-09")
    )
    assert test.application is applied.application
    assert not test.created


def test_hyphen_heads_are_the_names_before_a_domain_adds_a_word() -> None:
    assert hyphen_heads("quillon-group.com") == ("quillon",)
    assert hyphen_heads("mail.nord-werk.co.uk") == ("nord",)
    assert hyphen_heads("quillon.com") == ()


def test_a_recruiter_at_the_employers_hyphenated_domain_joins_despite_a_misread_name(
    mail,
) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Quillon", role="Buyer"))
    # the extractor took the venue for the employer
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Campus Ouest",
            sent="2024-03-12",
            sender="lea.marchand@quillon-group.com",
        )
    )
    assert invite.application is applied.application
    assert not invite.created


def test_a_hyphenated_domain_whose_head_fits_two_employers_names_neither(mail) -> None:
    correlator = Correlator()
    freight = correlator.correlate(mail(C.CONFIRMATION, company="Quillon Freight", role="Buyer"))
    labs = correlator.correlate(mail(C.CONFIRMATION, company="Quillon Labs", role="Planner"))
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-12", sender="ana@quillon-group.com")
    )
    assert invite.application is not freight.application
    assert invite.application is not labs.application


def test_a_name_is_also_spelled_without_its_joining_words() -> None:
    assert squeezed_spellings("banco do norte") == ("bancodonorte", "banconorte")
    assert squeezed_spellings("sousa e filhos") == ("sousaefilhos", "sousafilhos")
    assert squeezed_spellings("de vries") == ("devries",)  # a surname's particle stays
    assert squeezed_spellings("norte") == ("norte",)


def test_a_short_spelling_without_the_joining_word_is_the_same_employer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Fundição do Vale Alto"))
    later = correlator.correlate(mail(C.INTERVIEW, company="Fundicao Vale Alto", sent="2024-03-06"))
    assert later.application is applied.application


def test_a_domain_leaving_out_the_joining_word_names_the_employer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Talleres de la Ribera"))
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-06", sender="marta@talleresribera.es")
    )
    assert invite.application is applied.application


def test_umlauts_spelled_out_compare_as_folded() -> None:
    assert plain("kuehnelogistik") == plain("kuhnelogistik") == "kuhnelogistik"
    assert plain("boesch") == "bosch"


def test_an_umlaut_name_spelled_out_is_the_same_employer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Jörg AG", role="Prüfer"))
    later = correlator.correlate(mail(C.INTERVIEW, company="Joerg", sent="2024-03-06"))
    assert later.application is applied.application


def test_a_domain_spelling_out_the_umlaut_names_the_employer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Brückner Anlagenbau"))
    invite = correlator.correlate(
        mail(C.INTERVIEW, company=None, sent="2024-03-06", sender="k.wolf@brueckner-anlagenbau.de")
    )
    assert invite.application is applied.application
