"""Mail of one process that used to start a second application: a title with its job-ID
label, a calendar entry titled with the user's name, an employer named after its ATS
tenant or by initials, a recruiter's lead beside the application it became, a signed
envelope the extractor read an employer into."""

from __future__ import annotations

from jobtracker.correlator.matcher import Correlator
from jobtracker.correlator.names import initialled_spellings
from jobtracker.correlator.people import names_recipient, personal
from jobtracker.correlator.roles import split_requisition
from jobtracker.pipeline.contracts import Address, ClassifiedMessage
from jobtracker.pipeline.vocabulary import ApplicationStatus as S
from jobtracker.pipeline.vocabulary import Category as C


def test_a_job_id_label_goes_with_its_number() -> None:
    assert split_requisition("Risk Modeller (Job-ID 55102)") == ("Risk Modeller", "55102")
    assert split_requisition("Analystin (Stellen-ID 4471)") == ("Analystin", "4471")
    assert split_requisition("Controller, Referenz-Nr. 20931") == ("Controller", "20931")


def test_mail_naming_the_title_without_its_job_id_is_the_same_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Hornbach Leben", role="Risk Modeller (Job-ID 55102)")
    )
    # a second acknowledgement weeks later, as the classifier may read an invitation
    later = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Hornbach Leben",
            role="Risk Modeller",
            sent="2024-03-20T10:00",
            sender="vera.roth@hornbach-leben.example",
        )
    )
    assert later.application is applied.application


def _to(item: ClassifiedMessage, name: str, address: str) -> ClassifiedMessage:
    message = item.message.model_copy(update={"to": (Address(name=name, address=address),)})
    return ClassifiedMessage(message=message, classification=item.classification)


def test_a_title_spelling_the_users_name_is_no_title() -> None:
    me = (("Nina Albrecht", "nina.albrecht@post.example"),)
    assert names_recipient("Nina Albrecht / Tom Weber – Abschlussgespräch", me)
    assert names_recipient("Interview: tom and nina albrecht", (("", "nina.albrecht@x.example"),))
    assert not names_recipient("Senior Data Engineer", me)
    assert not names_recipient("Nina", me)  # a first name alone could be anyone's


def test_a_calendar_entry_titled_with_the_users_name_joins_the_open_process(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Ostwind Labs", role="Data Engineer", sender="a@personio.de")
    )
    correlator.correlate(
        mail(C.INTERVIEW, company="Ostwind Labs", sent="2024-03-05", sender="tom@ostwind.example")
    )
    invite = mail(
        C.INTERVIEW,
        company="Ostwind Labs",
        role="Nina Albrecht / Eva Kunz",
        sent="2024-04-10",
        sender="eva@ostwind.example",  # someone new in the process
    )
    found = correlator.correlate(_to(invite, "Nina Albrecht", "nina.albrecht@post.example"))
    assert found.application is applied.application
    assert found.application is not None and found.application.role == "Data Engineer"


def test_an_employer_named_as_its_ats_tenant_spells_it_is_the_known_one(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Kander Bankhaus",
            role="Quant Analyst",
            sender="kbrgroup@myworkday.example",
        )
    )
    test = correlator.correlate(
        mail(
            C.ASSESSMENT,
            company="KBR Group",
            role="Quant Analyst",
            sent="2024-03-06",
            sender="no-reply@codility.example",
        )
    )
    assert test.application is applied.application
    assert test.application is not None and test.application.company == "Kander Bankhaus"


def test_a_first_name_at_the_employers_own_domain_is_no_tenant(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Sophia Robotics", role="Engineer", sender="hr@x.example")
    )
    correlator.correlate(
        mail(C.INTERVIEW, company="Sophia Robotics", sent="2024-03-03", sender="marco@sophia.ch")
    )
    other = correlator.correlate(
        mail(C.CONFIRMATION, company="Marco", role="Engineer", sent="2024-03-04", sender="x@y.z")
    )
    assert other.created and other.application is not applied.application


def test_a_long_names_initials_may_leave_out_a_word() -> None:
    assert "smft" in initialled_spellings("severn moor nhs foundation trust")
    assert "hso" not in initialled_spellings("hospital universitario sierra oeste")


def test_a_trusts_domain_by_its_initials_names_it_for_its_rejection(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Severn Moor NHS Foundation Trust", role="Data Analyst")
    )
    outcome = correlator.correlate(
        mail(
            C.REJECTION,
            company="NHS Foundation Trust",
            sent="2024-03-20",
            sender="lee.hart@smft.nhs.uk",
        )
    )
    assert outcome.application is applied.application


def test_do_not_reply_mailboxes_in_other_languages_are_shared() -> None:
    for address in ("naoresponda@ats.example", "no-responder@ats.example", "nepasrepondre@x.fr"):
        assert not personal(address)
    assert personal("nora@x.example")


def test_an_interviewer_writing_after_a_boards_acknowledgement_joins_it(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Brisa Pagamentos",
            role="Analista de Dados",
            sender="naoresponda@ats.example",
        )
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Brisa Pagamentos",
            role="Entrevista Brisa",  # a calendar title read as the role
            sent="2024-03-08",
            sender="rita.lopes@brisa.example",
        )
    )
    assert invite.application is applied.application


_RECRUITER = "sam.reid@northgate-talent.example"


def test_the_recruiters_interview_joins_the_application_not_the_lead(mail) -> None:
    correlator = Correlator()
    lead = correlator.correlate(mail(C.OUTREACH, company=None, sender=_RECRUITER))
    submitted = correlator.correlate(
        mail(C.CONFIRMATION, company=None, sent="2024-03-03", sender=_RECRUITER)
    )
    assert lead.application is not submitted.application
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Pellow Homes", sent="2024-03-08", sender=_RECRUITER)
    )
    assert invite.application is submitted.application
    assert invite.review_reason is None


def test_of_two_submissions_the_nearest_takes_the_interview_for_review(mail) -> None:
    correlator = Correlator()
    correlator.correlate(mail(C.CONFIRMATION, company=None, sent="2024-03-01", sender=_RECRUITER))
    second = correlator.correlate(
        mail(C.CONFIRMATION, company=None, sent="2024-03-06", sender=_RECRUITER)
    )
    invite = correlator.correlate(
        mail(C.INTERVIEW, company="Pellow Homes", sent="2024-03-08", sender=_RECRUITER)
    )
    assert invite.application is second.application
    assert invite.review_reason is not None


def test_a_completed_envelope_with_a_misread_employer_accepts_the_offer(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(mail(C.CONFIRMATION, company="Larkfield", role="Analyst"))
    correlator.correlate(
        mail(
            C.OFFER,
            company="Larkfield",
            subject="Please DocuSign: Larkfield - Offer Letter - J Moss.pdf",
            sender="dse@eu.docusign.net",
            sent="2024-04-02",
        )
    )
    signed = correlator.correlate(
        mail(
            C.OFFER,
            company="J Moss.pdf",
            subject="Completed: Larkfield - Offer Letter - J Moss.pdf",
            sender="dse@eu.docusign.net",
            sent="2024-04-04",
        )
    )
    assert signed.application is applied.application
    assert applied.application is not None and applied.application.status is S.ACCEPTED


def test_a_boards_acknowledgement_naming_the_role_is_named_by_its_next_notice(mail) -> None:
    correlator = Correlator()
    sent = correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Data Analyst", sender="noreply@jobboard.example")
    )
    assert sent.created and sent.review_reason is not None
    outcome = correlator.correlate(
        mail(
            C.REJECTION,
            company="Fennwerk Mobility",
            sent="2024-03-20",
            sender="noreply@jobboard.example",
        )
    )
    assert outcome.application is sent.application
    assert outcome.application is not None and outcome.application.company == "Fennwerk Mobility"


def test_two_unnamed_acknowledgements_from_one_board_are_not_guessed_between(mail) -> None:
    correlator = Correlator()
    board = "noreply@jobboard.example"
    correlator.correlate(mail(C.CONFIRMATION, company=None, role="Data Analyst", sender=board))
    correlator.correlate(
        mail(C.CONFIRMATION, company=None, role="Buyer", sent="2024-03-02", sender=board)
    )
    outcome = correlator.correlate(
        mail(C.REJECTION, company="Fennwerk Mobility", sent="2024-03-20", sender=board)
    )
    assert outcome.created


def test_position_alone_in_another_language_is_no_title(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Auental Werke", role="Data Scientist Netzplanung")
    )
    ats_copy = correlator.correlate(
        mail(C.CONFIRMATION, company="Auental Werke", role="Stelle", sent="2024-03-02")
    )
    assert ats_copy.application is applied.application


def test_an_ats_rejection_naming_the_employer_only_in_its_text_joins_it(mail) -> None:
    correlator = Correlator()
    ats = "no-reply@ats-mail.example"
    for employer in ("Quayside Freight", "Brackenfold"):
        correlator.correlate(
            mail(C.CONFIRMATION, company=employer, role="Operations Analyst", sender=ats)
        )
    rejection = correlator.correlate(
        mail(
            C.REJECTION,
            company=None,
            role="Operations Analyst",
            sent="2024-03-20",
            sender=ats,
            text="We have decided to move forward with other candidates. "
            "See https://brackenfold.com/careers for future openings.",
        )
    )
    assert rejection.application is not None
    assert rejection.application.company == "Brackenfold"


def test_a_shortened_employer_for_the_same_open_role_is_the_known_one(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Grupo Formativo Sauce", role="Diseñadora Instruccional")
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Gruposauce",  # the domain's spelling
            role="Diseñadora Instruccional",
            sent="2024-03-12",
            sender="lmora@gruposauce.example",
        )
    )
    assert invite.application is applied.application


def test_a_shortened_employer_for_another_role_starts_its_own_application(mail) -> None:
    correlator = Correlator()
    applied = correlator.correlate(
        mail(C.CONFIRMATION, company="Grupo Formativo Sauce", role="Diseñadora Instruccional")
    )
    invite = correlator.correlate(
        mail(
            C.INTERVIEW,
            company="Gruposauce",
            role="Contadora",
            sent="2024-03-12",
            sender="lmora@gruposauce.example",
        )
    )
    assert invite.application is not applied.application


def test_a_test_invitation_after_every_process_there_ended_is_another_application(
    mail,
) -> None:
    correlator = Correlator()
    old = correlator.correlate(mail(C.CONFIRMATION, company="Kestrel Werk", role="Buyer"))
    correlator.correlate(mail(C.REJECTION, company="Kestrel Werk", sent="2024-04-02"))
    test = correlator.correlate(mail(C.ASSESSMENT, company="Kestrel Werk", sent="2024-09-10"))
    assert test.created and test.application is not old.application
    # a late rejection still finds the old one
    late = correlator.correlate(mail(C.REJECTION, company="Kestrel Werk", sent="2024-09-12"))
    assert late.application is not None


def test_a_late_rejection_for_a_role_applied_to_again_joins_the_new_application(mail) -> None:
    correlator = Correlator()
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Weidfeld", role="Staff Backend Engineer", sent="2024-01-10")
    )
    again = correlator.correlate(mail(C.CONFIRMATION, company="Weidfeld", sent="2024-07-20"))
    assert again.application is not first.application
    rejection = correlator.correlate(
        mail(C.REJECTION, company="Weidfeld", role="Staff Backend Engineer", sent="2024-09-02")
    )
    assert rejection.application is again.application


def test_a_second_acknowledgement_from_the_same_ats_for_another_title_is_another_application(
    mail,
) -> None:
    correlator = Correlator()
    ats = "noreply@ats-mail.example"
    first = correlator.correlate(
        mail(C.CONFIRMATION, company="Ravelin Hotels", role="Purchasing Coordinator", sender=ats)
    )
    second = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Ravelin Hotels",
            sent="2024-03-03",
            sender=ats,
            text="Thank you for your application for Supply Chain Analyst.",
        )
    )
    assert second.created and second.application is not first.application
    # the same title spelled out, or a job board's copy, is the same application
    again = correlator.correlate(
        mail(
            C.CONFIRMATION,
            company="Ravelin Hotels",
            sent="2024-03-03",
            sender="noreply@jobboard.example",
        )
    )
    assert not again.created
