"""A designer's German and English inbox: boards' colloquial receipts, founders booking a call,
a group writing for its brand, and the look-alikes around them (a grant's jury, a Kita's
"Kennenlerngespräch", a festival's "Im Interview")."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers import RuleClassifier
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_a_boards_colloquial_receipt_is_a_confirmation(classify: Classify) -> None:
    result = classify(
        sender="mailrobot@mail.xing.com",
        name="XING",
        subject="Ihre Bewerbung an Fernholz Analytics GmbH",
        body=(
            "Hallo Jo,\n\ndeine Bewerbung als Data Designer (m/w/d) bei Fernholz Analytics GmbH "
            "ist raus. Alle Bewerbungen findest du unter Meine Bewerbungen."
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Fernholz Analytics"


def test_a_stepstone_card_names_the_employer_before_its_place(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de",
        name="StepStone",
        subject="Deine Bewerbung wurde erfolgreich versendet",
        body=(
            "Hallo Jo,\n\ndeine Bewerbung ist angekommen:\n\nService Designer (m/w/d)\n"
            "Kranich Logistik GmbH · Hamburg\n\nViel Glück!"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Kranich Logistik"


def test_a_festival_newsletters_im_interview_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="news@designtage.example",
        name="Designtage Nord",
        subject="Im Interview: Wie Produktteams heute forschen – und warum",
        body="Newsletter März\nIm Interview: Dr. Ute Sand über Forschung im Alltag.\nAbmelden",
    )
    assert result.category is Category.NOT_JOB


def test_a_grants_receipt_and_its_jury_invitation_are_no_job(classify: Classify) -> None:
    receipt = classify(
        sender="foerderung@kulturwerk-stiftung.example",
        name="Kulturwerk Stiftung",
        subject="Eingang Ihrer Bewerbung – Reisestipendium 2027",
        body="Wir bestätigen den Eingang Ihrer Bewerbung für das Reisestipendium 2027.",
    )
    invitation = classify(
        sender="foerderung@kulturwerk-stiftung.example",
        name="Kulturwerk Stiftung",
        subject="Einladung zum Auswahlgespräch",
        body=(
            "Ihre Bewerbung hat die Jury überzeugt. Wir laden Sie herzlich zum "
            "Auswahlgespräch am 4. Mai um 10 Uhr ein."
        ),
    )
    assert receipt.category is Category.NOT_JOB
    assert invitation.category is Category.NOT_JOB


def test_a_kitas_kennenlerngespraech_for_parents_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="leitung@kita-wiesenhof.example",
        name="Kita Wiesenhof",
        subject="Einladung zum Kennenlerngespräch",
        body=(
            "Liebe Familie Sand,\n\nwir laden Sie herzlich zu einem Kennenlerngespräch ein: "
            "Dienstag, 9 Uhr. Bitte bringen Sie das Untersuchungsheft Ihres Kindes mit."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_a_founder_who_sends_a_booking_link_invites_to_an_interview(classify: Classify) -> None:
    result = classify(
        sender="mira@wellenwerk.example",
        name="Mira Holt",
        subject="Kennenlernen Wellenwerk",
        body=(
            "Hi Jo,\n\ndanke für deine Bewerbung! Ich würde dich gern in einem kurzen Call "
            "näher kennenlernen. Buch dir einfach einen Slot:\nhttps://calendly.com/mira/20min"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_a_coffee_offered_under_the_readers_application_is_no_pitch(classify: Classify) -> None:
    result = classify(
        sender="tom.berger@gmx.de",
        name="Tom Berger",
        subject="Deine Bewerbung / Atelier Nordlicht",
        body=(
            "Hi Jo,\n\ndein Portfolio gefällt mir. Hast du Lust auf einen Kaffee bei uns im "
            "Atelier? Mittwoch ginge gut.\n\nTom\n(Gründer, Atelier Nordlicht)"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_a_short_reply_setting_the_time_is_interview_mail_in_a_process(
    classifier: RuleClassifier, message
) -> None:
    reply = message(
        sender="p.lenz@hafenlicht.example",
        name="Paula Lenz",
        subject="AW: Zweites Gespräch",
        body="Passt Freitag 11 Uhr? Dann treffen wir uns vor Ort im zweiten Stock.\n\nVG Paula",
    )
    assert classifier.classify_in_process(reply, "Hafenlicht").category is Category.INTERVIEW


def test_the_employers_thanks_for_the_honest_info_confirms_a_withdrawal(
    classify: Classify,
) -> None:
    result = classify(
        sender="lena@radhaus.example",
        name="Lena Mohr",
        subject="Re: Radhaus – Interview Service Designer",
        body=(
            "Hi Jo,\n\nschade, aber danke für die ehrliche Info – ich habe den Termin abgesagt "
            "und deine Bewerbung bei uns geschlossen. Alles Gute!\n\nLena"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.WITHDRAWN


def test_a_groups_mailbox_writing_for_its_brand_names_the_brand(classify: Classify) -> None:
    result = classify(
        sender="noreply@teamtailor-mail.com",
        name="Orion Holding Careers",
        subject="Danke für deine Bewerbung – Lastenwerk",
        body=(
            "Hey Jo,\n\ndanke für deine Bewerbung als Service Designer für Lastenwerk!\n\n"
            "Lastenwerk ist eine Marke der Orion Holding – unser Recruiting läuft zentral.\n\n"
            "Beste Grüße\nTalent Team Orion Holding"
        ),
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Lastenwerk"
    assert result.role == "Service Designer"


def test_a_project_brokers_pitch_names_no_employer(classify: Classify) -> None:
    result = classify(
        sender="t.roth@brueckenkopf.example",
        name="Tina Roth",
        subject="Projektangebot: Service Design (remote, 4 Monate)",
        body=(
            "Hallo Frau Sand,\n\nfür ein Projekt bei einem Kunden aus dem Handel suche ich eine "
            "Service Designerin (remote, 4 Monate). Haben Sie Verfügbarkeit?\n\nBeste Grüße\n"
            "Tina Roth\nBrückenkopf Projektvermittlung GmbH"
        ),
    )
    assert result.category is Category.OUTREACH
    assert result.company is None


def test_a_friends_forward_of_an_internal_referral_call_is_a_lead(classify: Classify) -> None:
    result = classify(
        sender="ben.kurz@posteo.net",
        name="Ben Kurz",
        subject="Fwd: Wir suchen: Service Designer*in",
        body=(
            "Schau mal, wäre das was für dich?\n\n---------- Forwarded message ---------\n"
            "Von: People Team Kornfeld <people@kornfeld.example>\nBetreff: Wir suchen: Service "
            "Designer*in\n\nHallo zusammen, wir suchen eine*n Service Designer*in. Empfehlungen "
            "bitte bis Monatsende – es gibt die übliche Empfehlungsprämie!"
        ),
    )
    assert result.category is Category.ALERT


def test_a_user_researcher_job_alert_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="jobalerts-noreply@linkedin.com",
        name="LinkedIn Job Alerts",
        subject="User Researcher: Hamburg – 9 neue Jobs",
        body=(
            "Ihre Jobbenachrichtigung\nSenior User Researcher – Kranich Logistik – Hamburg\n"
            "Abmelden"
        ),
    )
    assert result.category is Category.ALERT


def test_a_take_home_named_after_its_craft_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="no-reply@smartrecruiters.com",
        name="Brightmoor",
        subject="Next step: design exercise for Service Designer",
        body=(
            "Dear Jo,\n\nWe'd like to invite you to the next step: a take-home design exercise. "
            "Please send it back by Friday.\n\nBrightmoor Talent Acquisition"
        ),
    )
    assert result.category is Category.ASSESSMENT


def test_a_founders_no_after_a_call_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="sam@tidewell.example",
        name="Sam Ortiz",
        subject="Re: Tidewell <> Jo",
        body=(
            "Hey Jo,\n\nwe've decided to bring on someone with more motion design experience "
            "for this hire. Really enjoyed our chat.\n\nSam"
        ),
    )
    assert result.category is Category.REJECTION


def test_a_digests_interview_with_a_guest_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="hello@designweekly.example",
        name="Design Weekly",
        subject="What hiring managers want in 2027",
        body=(
            "This week: what hiring managers look for in a portfolio, and an interview with a "
            "design director on building teams."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_a_startup_boards_digest_is_an_alert(classify: Classify) -> None:
    result = classify(
        sender="team@hi.wellfound.com",
        name="Wellfound",
        subject="Startups hiring researchers this week",
        body="Hi Jo,\n\n• Kornfeld – UX Researcher – Remote\n\nApply with one click on Wellfound.",
    )
    assert result.category is Category.ALERT
