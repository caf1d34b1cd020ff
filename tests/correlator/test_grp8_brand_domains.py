"""Names read from a startup's domain, which adds a word to the name: acmehq.com, getacme.com."""

from __future__ import annotations

from jobtracker.correlator.domains import brand_names
from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C


def test_the_words_a_domain_adds_come_off() -> None:
    assert "quillmark" in brand_names("quillmarkhq")
    assert "quillmark" in brand_names("getquillmark")
    assert "quillmark" in brand_names("tryquillmark")
    assert brand_names("hq") == ()


def test_a_name_read_from_an_hq_domain_is_the_known_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Quillmark",
            role="Backend Engineer",
            sender="no-reply@ats.example",
        )
    )
    invite = mail(
        C.INTERVIEW,
        company="Quillmarkhq",
        role=None,
        sender="tomas@quillmarkhq.example",
        sent="2024-03-12",
    )
    assert correlator.correlate(invite).application is first.application


def test_a_person_at_a_get_domain_writes_for_the_known_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Quillmark", role="Data Engineer"))
    note = mail(C.INTERVIEW, company=None, sender="ana.roe@getquillmark.example", sent="2024-03-12")
    assert correlator.correlate(note).application is first.application


def test_a_domain_naming_another_brand_names_nobody(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(mail(C.CONFIRMATION, company="Quillmark", role="Data Engineer"))
    note = mail(C.INTERVIEW, company=None, sender="ana.roe@getquillbox.example", sent="2024-03-12")
    assert correlator.correlate(note).application is not first.application


def test_a_name_clipping_its_last_word_like_a_domain_is_the_known_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Marbury Systems", role="Product Marketing Manager")
    )
    note = mail(
        C.CONFIRMATION,
        company="Marburysys",
        role="Product Marketing Manager",
        sender="kim.lee@marburysys.example",
        sent="2024-03-03",
    )
    assert correlator.correlate(note).application is first.application


def test_a_short_name_before_a_hyphen_in_the_domain_names_that_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="KRT Group", role="Projektleiter Elektronik")
    )
    offer = mail(
        C.OFFER,
        company="Kessler Rotortechnik",
        role="Projektleiter Elektronik",
        sender="a.bauer@krt-group.example",
        sent="2024-05-02",
    )
    assert correlator.correlate(offer).application is first.application


def test_initials_in_a_signature_above_the_full_name_are_that_employer(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Brenntal Antriebstechnik", role="Konstrukteur")
    )
    note = mail(
        C.INTERVIEW,
        company="BAT Group",
        role=None,
        sender="k.lenz@bat-group.example",
        sent="2024-04-02",
        text="Guten Tag,\n\nwir laden Sie gern ein.\n\nKarin Lenz\nRecruiterin | BAT Group\n"
        "Brenntal Antriebstechnik GmbH\n",
    )
    assert correlator.correlate(note).application is first.application
    stranger = mail(
        C.INTERVIEW,
        company="XYZ Group",
        role=None,
        sender="k.lenz@xyz-group.example",
        sent="2024-04-03",
        text="Karin Lenz\nXYZ Group\nBrenntal Antriebstechnik GmbH\n",
    )
    assert correlator.correlate(stranger).application is not first.application
