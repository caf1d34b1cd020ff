"""People's addresses as evidence of the employer: a name in a subject, a mailbox name."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.people import mailbox_words, person_name
from jobtracker.pipeline.contracts import Address, ClassifiedMessage
from jobtracker.pipeline.vocabulary import Category as C


def test_a_persons_address_spells_their_name_and_a_shared_one_nothing() -> None:
    assert person_name("joana.ribeiro@costaverde.pt") == "joana ribeiro"
    assert person_name("Zoë_van.Dijk@example.nl") == "zoe van dijk"
    assert person_name("jribeiro@costaverde.pt") is None  # no first and last name
    assert person_name("j.ribeiro@costaverde.pt") is None
    assert person_name("joana.m.ribeiro@costaverde.pt") == "joana ribeiro"  # middle initial
    assert person_name("no-reply@costaverde.pt") is None
    assert mailbox_words("forja.lamas@correo.es") == "forjalamas"
    assert mailbox_words("careers.team@correo.es") == ""


def test_a_signature_request_naming_the_recruiter_joins_her_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Costa Verde", role="Buyer"))
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Costa Verde",
            sent="2024-03-10",
            sender="joana.ribeiro@costaverde.pt",
        )
    )
    offer = correlator.correlate(
        mail(
            C.OFFER,
            company=None,
            sent="2024-03-20",
            sender="echosign@echosign.com",
            subject="Joana Ribeiro requests your signature on Offer_Letter.pdf",
        )
    )
    assert offer.application is applied.application
    assert offer.review_reason is None


def test_a_person_who_wrote_for_two_employers_names_neither(mail) -> None:
    correlator = Correlator()
    for company in ("Costa Verde", "Serra Alta"):
        correlator.correlate(mail(C.CONFIRMATION, company=company, role="Buyer"))
        correlator.correlate(
            mail(C.INTERVIEW, company=company, sent="2024-03-10", sender="joana.ribeiro@hunt.pt")
        )
    offer = correlator.correlate(
        mail(
            C.OFFER,
            company=None,
            sent="2024-03-20",
            sender="echosign@echosign.com",
            subject="Joana Ribeiro requests your signature",
        )
    )
    assert offer.application is None  # nor is the signing service's mailbox a person


def test_a_confirmation_naming_a_known_person_starts_nothing_by_it(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Costa Verde", role="Buyer"))
    correlator.correlate(
        mail(C.INTERVIEW, company="Costa Verde", sent="2024-03-10", sender="joana.ribeiro@cv.pt")
    )
    later = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company=None,
            sent="2024-05-02",
            subject="Joana Ribeiro forwarded your application",
        )
    )
    assert later.application is None


def test_a_small_employer_writing_from_a_mail_provider_is_known_by_its_mailbox(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Forja Lamas", role=None, sender="apply@jobboard.example")
    )
    rejection = correlator.correlate(
        mail(
            C.REJECTION,
            company=None,
            role="Soldador",
            sent="2024-03-15",
            sender="forja.lamas@correo.es",
        )
    )
    assert rejection.application is applied.application


def test_a_mailbox_that_wrote_for_another_employer_names_nobody(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company="Forja Lamas", role="Soldador"))
    correlator.correlate(
        mail(C.CONFIRMATION, company="Serra Alta", role="Buyer", sender="forja.lamas@correo.es")
    )
    rejection = correlator.correlate(
        mail(C.REJECTION, company=None, sent="2024-03-15", sender="forja.lamas@correo.es")
    )
    assert rejection.application is not None
    assert rejection.application.company == "Serra Alta"  # by the sender it wrote as before


def _to(item: ClassifiedMessage, address: str) -> ClassifiedMessage:
    to = (Address(address=address, domain=address.partition("@")[2]),)
    return item.model_copy(update={"message": item.message.model_copy(update={"to": to})})


def test_the_users_own_name_in_a_subject_names_no_employer(mail) -> None:
    correlator = Correlator()
    me = "rui.matos@mail.example"
    correlator.correlate(
        _to(mail(C.CONFIRMATION, company="Costa Verde", role="Buyer", sender="a@cv.pt"), me)
    )
    correlator.correlate(
        _to(mail(C.CONFIRMATION, company="Serra Alta", role="Planner", sender="b@sa.pt"), me)
    )
    # the user once wrote to one of them from the same address
    correlator.correlate(mail(C.INTERVIEW, company="Serra Alta", sent="2024-03-05", sender=me))
    booked = correlator.correlate(
        mail(
            C.INTERVIEW,
            company=None,
            sent="2024-03-09",
            sender="notifications@booking.example",
            subject="New event: Rui Matos – 30 min call",
        )
    )
    assert booked.application is None


def test_the_users_name_is_not_the_person_of_their_own_forward(mail) -> None:
    """The user forwards a receipt from an old address ("rui.matos@old.pt") that spells the
    name their own address spells with a middle initial ("rui.m.matos@"): an envelope named
    after the user ("Offer_Rui_Matos_signed.pdf") names no employer by that forward."""
    correlator = Correlator()
    me = "rui.m.matos@mail.example"
    for company, sender in (("Costa Verde", "a@cv.pt"), ("Serra Alta", "b@sa.pt")):
        correlator.correlate(_to(mail(C.CONFIRMATION, company=company, sender=sender), me))
    forward = mail(
        C.CONFIRMATION, company="Serra Alta", sent="2024-03-02", sender="rui.matos@old.pt"
    )
    correlator.correlate(_to(forward, me))
    index = correlator._user("u1")
    assert index.employers_by_person["rui matos"] == {"serra alta"}
    assert index.employer_of_person_named_in("Completed: Offer_Rui_Matos_signed.pdf") is None


def test_a_signing_service_writing_in_the_recruiters_name_joins_her_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Costa Verde", role="Buyer"))
    correlator.correlate(
        mail(C.INTERVIEW, company="Costa Verde", sent="2024-03-10", sender="joana.ribeiro@cv.pt")
    )
    item = mail(
        C.OFFER,
        company=None,
        sent="2024-03-20",
        sender="dse@sign.example",
        subject="Please sign: Offer_Letter.pdf",
    )
    relay = Address(name="Joana Ribeiro via SignService", address="dse@sign.example")
    item = item.model_copy(update={"message": item.message.model_copy(update={"from_": relay})})
    offer = correlator.correlate(item)
    assert offer.application is applied.application
