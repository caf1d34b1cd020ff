"""What the matcher reads off one message."""

from __future__ import annotations

from jobtracker.correlator.facts import MessageFacts
from jobtracker.correlator.names import default_aliases
from jobtracker.pipeline.contracts import Address
from jobtracker.pipeline.vocabulary import Category as C


def test_domains_put_reply_to_first_lower_cased_without_repeats(mail) -> None:
    item = mail(C.REJECTION, sender="no-reply@Hire.Lever.co", reply_to="ana@Acme.example")
    message = item.message.model_copy(
        update={
            "reply_to": (
                *item.message.reply_to,
                Address(address="Bo@ACME.example"),  # no domain given: read off the address
                Address(name="nobody"),  # no address: no domain
            )
        }
    )
    facts = MessageFacts.of(item.model_copy(update={"message": message}), default_aliases())
    assert facts.domains == ("acme.example", "hire.lever.co")


def test_the_key_names_the_message(mail) -> None:
    item = mail(C.CONFIRMATION, message_id="pm-7")
    facts = MessageFacts.of(item, default_aliases())
    assert facts.key == item.key


def test_a_known_key_gives_the_same_display_name() -> None:
    aliases = default_aliases()
    for name in ("Facebook, Inc.", "Acme GmbH", "Société Générale"):
        assert aliases.display_for(name, key=aliases.key(name)) == aliases.display_for(name)
