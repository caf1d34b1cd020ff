"""Who writes a message, as evidence of which process it is about.

Addresses that many processes share (an ATS relay, a careers mailbox) say nothing of which
application a message is about; a person's address does: a recruiter keeps to their own
process, and writes for one employer.
"""

from __future__ import annotations

from collections.abc import Sequence

from jobtracker.correlator.facts import MessageFacts
from jobtracker.correlator.index import UserIndex
from jobtracker.correlator.people import personal
from jobtracker.correlator.state import Application

__all__ = ["contacts", "employer_of_writer", "personal", "written_by"]


def contacts(app: Application) -> set[str]:
    """The people (From or Reply-To, not a shared mailbox) who wrote about ``app``."""
    return {a for m in app.messages for a in (m.sender, *m.reply_to) if a and personal(a)}


def written_by(pool: Sequence[Application], facts: MessageFacts) -> Application | None:
    """The one application of ``pool`` that the person writing (From or Reply-To, not a shared
    mailbox) wrote about before."""
    writers = {a for a in (facts.sender, *facts.reply_to) if a and personal(a)}
    if not writers:
        return None
    found = [
        app
        for app in pool
        if any(m.sender in writers or writers.intersection(m.reply_to) for m in app.messages)
    ]
    return found[0] if len(found) == 1 else None


def employer_of_writer(index: UserIndex, facts: MessageFacts) -> str | None:
    """The known employer a message speaks for by its context, if exactly one: that of the
    mail it answers (In-Reply-To, References), else the one its writer's personal address
    wrote for, else the one its domains spell."""
    answered = {index.by_rfc_id[r].company_key for r in facts.replied_to if r in index.by_rfc_id}
    answered.discard("")  # an application begun without an employer names none
    if len(answered) == 1:
        return next(iter(answered))
    if facts.sender and personal(facts.sender) and not index.is_user_address(facts.sender):
        employers = index.employers_by_sender.get(facts.sender, set())
        if len(employers) == 1:
            return next(iter(employers))
    return index.employer_of_domains(facts.domains)
