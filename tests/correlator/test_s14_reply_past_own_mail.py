"""A reply whose In-Reply-To names the reader's own answer (kept in their sent folder, no job
mail here) still continues its writer's thread: "Re: Intro call" after the reader's "Sure,
Thursday?" is the process's mail, found by its writer and subject."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.pipeline.vocabulary import Category as C

FOUNDER = "ines.vidal.founder@gmail.com"


def test_a_reply_past_the_readers_own_answer_continues_the_writers_thread(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Brackenfold",
            role="Finance Analyst",
            sender=FOUNDER,
            subject="Intro call about the finance role",
            rfc_id="<a1@mail.gmail.com>",
            sent="2024-03-01T09:00",
        )
    )
    reply = mail(
        C.NOT_JOB,
        company=None,
        sender=FOUNDER,
        subject="Re: Intro call about the finance role",
        in_reply_to="<readers-own-answer@mail.example>",
        references=("<a1@mail.gmail.com>-not-kept", "<readers-own-answer@mail.example>"),
        sent="2024-03-02T09:00",
    )
    answer = correlator.answering(reply)
    assert answer is not None
    assert (answer.classification.category, answer.classification.company) == (
        C.INTERVIEW,
        "Brackenfold",
    )


def test_another_writer_or_subject_is_no_answer(mail) -> None:
    correlator = Correlator()
    correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Brackenfold",
            sender=FOUNDER,
            subject="Intro call about the finance role",
            sent="2024-03-01T09:00",
        )
    )
    for sender, subject in (
        ("ana.friend@gmail.com", "Re: Intro call about the finance role"),
        (FOUNDER, "Re: dinner on Friday"),
    ):
        reply = mail(
            C.NOT_JOB,
            company=None,
            sender=sender,
            subject=subject,
            in_reply_to="<readers-own-answer@mail.example>",
            sent="2024-03-02T09:00",
        )
        assert correlator.answering(reply) is None, (sender, subject)
