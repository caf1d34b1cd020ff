"""The group word a domain puts last, and the user's own name with a second surname."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import employer_forms
from jobtracker.pipeline.contracts import Address
from jobtracker.pipeline.vocabulary import Category as C


def test_a_run_together_name_without_its_trailing_group_word() -> None:
    assert ("dorvale",) in employer_forms("dorvalegroup")
    assert employer_forms("group") == (("group",),)


def test_a_domains_name_with_the_group_word_last_is_the_known_group(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Grupo Dorvale", role="Brand Manager")
    )
    offer = mail(
        C.OFFER,
        company="Dorvalegroup",
        role=None,
        sender="ana.pardo@dorvalegroup.example",
        sent="2024-04-02",
    )
    assert correlator.correlate(offer).application is first.application


def _to_user(item, name: str, address: str, *, sender_name: str = ""):
    update: dict[str, object] = {"to": (Address(name=name, address=address),)}
    if sender_name:
        update["from_"] = item.message.from_.model_copy(update={"name": sender_name})
    return item.model_copy(update={"message": item.message.model_copy(update=update)})


def test_the_users_name_with_a_second_surname_names_no_employer(mail) -> None:
    correlator = Correlator()
    user = ("Marta Gil Soler", "marta.gil@mail.example")
    # the user forwards an acknowledgement from her other address, which spells her full name
    forwarded = correlator.correlate(
        _to_user(
            mail(
                C.CONFIRMATION,
                company="Pellucid Media",
                role="Content Lead",
                sender="marta.gil.soler@other.example",
            ),
            *user,
        )
    )
    process = correlator.correlate(
        _to_user(
            mail(
                C.INTERVIEW,
                company="Norvia",
                role="Brand Manager",
                sender="jon.ibarra@norvia.example",
                sent="2024-03-05",
            ),
            *user,
        )
    )
    for n, sender in enumerate(("x@a.example", "y@b.example")):
        correlator.correlate(
            _to_user(mail(C.ALERT, company=None, sender=sender, sent=f"2024-03-0{6 + n}"), *user)
        )
    signing = _to_user(
        mail(
            C.OFFER,
            company=None,
            role=None,
            sender="dse@docusign.example",
            subject="Completed: Offer letter - Marta Gil Soler",
            sent="2024-03-20",
        ),
        *user,
        sender_name="Jon Ibarra via DocuSign",
    )
    found = correlator.correlate(signing).application
    assert forwarded.application is not None and process.application is not None
    assert found is process.application
