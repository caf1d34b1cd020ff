"""Employers of US high-volume mail and of English and German mail from Europe: a hiring team's
display name with no company in it, boards' cards that put the employer on a line of its own, an
agency's "Client:" field, founders who sign with a legal form."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.pipeline.contracts import Classification

Classify = Callable[..., Classification]


def test_display_name_of_only_a_team_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="noreply@smartrecruiters.com", name="Talent Acquisition",
        subject="We received your application",
        body="Hello Sam,\n\nThanks for your application for Logistics Analyst (Ghent). It has "
        "been forwarded to the hiring team.\n\nWe appreciate your interest in Pellworth and will "
        "be in touch.\n\nBest regards,\nTalent Acquisition",
    )  # fmt: skip
    assert result.company == "Pellworth"


def test_early_careers_team_alone_is_no_employer_name(classify: Classify) -> None:
    result = classify(
        sender="noreply@smartrecruiters.com", name="Early Careers",
        subject="Your application", body="Hi Sam,\n\nThank you for applying to the Graduate "
        "Programme at Tamsworth Mills. We will review your application.\n\nEarly Careers",
    )  # fmt: skip
    assert result.company != "Early"


def test_board_card_with_the_place_on_its_own_line(classify: Classify) -> None:
    result = classify(
        sender="indeedapply@indeed.com", name="Indeed Apply",
        subject="Indeed Application: Inventory Planner",
        body="Your application has been submitted\n\nInventory Planner\nCopperleaf Outfitters\n"
        "Skokie, IL • $70,000 - $82,000 a year\n\nGood luck!",
    )  # fmt: skip
    assert result.company == "Copperleaf Outfitters"
    assert result.role == "Inventory Planner"


def test_board_card_under_application_sent(classify: Classify) -> None:
    result = classify(
        sender="donotreply@match.indeed.com", name="Indeed",
        subject="Your application has been sent",
        body="Application sent\n\nWarehouse Supervisor\nBirchgate Supply Co. - Remote\n\n"
        "What happens next? The employer will review your application.",
    )  # fmt: skip
    assert result.company == "Birchgate Supply"


def test_agency_client_field_names_the_employer(classify: Classify) -> None:
    result = classify(
        sender="jwebb@brightpathstaffing.com", name="Jordan Webb",
        subject="Right to represent - please confirm",
        body="Hi Sam,\n\nGreat speaking today. Please reply \"I confirm\" to authorize Brightpath "
        "Staffing to submit you for the following position:\n\nClient: Saltmarsh Grocers\n"
        "Position: Store Operations Lead (Contract)\nRate: $48/hr W2\n\nJordan",
    )  # fmt: skip
    assert result.company == "Saltmarsh Grocers"


def test_founder_signing_with_a_dotted_legal_form(classify: Classify) -> None:
    result = classify(
        sender="ines.moor.lux@gmail.com", name="Ines Moor",
        subject="your application / intro call?",
        body="Hi Sam,\n\nThanks for your application for the Analyst role. Could we schedule a "
        "first interview by video next Tuesday or Wednesday?\n\nBest,\nInes",
        signature="Ines Moor\nCo-founder & CEO, Veldrin S.à r.l.\n12 rue de Hollerich, Luxembourg",
    )  # fmt: skip
    assert result.company == "Veldrin"


def test_board_names_the_employer_who_opened_the_application_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de", name="StepStone",
        subject="Gute Nachrichten zu Ihrer Bewerbung",
        body="Hallo Sam Roe,\n\nIhre Bewerbung wurde vom Arbeitgeber angesehen: Kessbach "
        "Anlagenbau GmbH & Co. KG.\n\nTipp: Vervollständigen Sie Ihr Profil.",
        language="de",
    )  # fmt: skip
    assert result.company == "Kessbach Anlagenbau"


def test_title_and_team_then_company_after_a_pipe(classify: Classify) -> None:
    result = classify(
        sender="m.ferro@qb-goods.com", name="Marta Ferro", subject="Your application",
        body="Hi Sam,\n\nThanks for applying for our Brand Operations Lead opening. I'm the hiring "
        "manager - could we do a 30-minute video interview on Thursday?\n\nMarta Ferro\n"
        "Director, Merchandising | Quarrybrook Goods\nqb-goods.com",
    )  # fmt: skip
    assert result.company == "Quarrybrook Goods"


def test_group_acronym_stands_for_the_company_the_letter_names(classify: Classify) -> None:
    result = classify(
        sender="twgroup@myworkday.com", name="TWG Careers", subject="Regarding JR-40211",
        body="Hello Sam,\n\nThank you for your interest in Tessaly Waterworks. Unfortunately, we "
        "will not be moving forward with your candidacy at this time.\n\nSincerely,\n"
        "Tessaly Waterworks Talent Acquisition",
    )  # fmt: skip
    assert result.company == "Tessaly Waterworks"


def test_group_domain_and_the_company_its_initials_spell_de(classify: Classify) -> None:
    result = classify(
        sender="a.kern@rk-gruppe.de", name="Anja Kern", subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Roe,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gern zu "
        "einem ersten Vorstellungsgespräch einladen. Passt Ihnen Dienstag um 10 Uhr?\n\n"
        "Mit freundlichen Grüßen\nAnja Kern\nPersonal | RK Gruppe - Rosstal Kunststoff GmbH",
        language="de",
    )  # fmt: skip
    assert result.company == "Rosstal Kunststoff"


def test_sister_company_signing_as_its_hiring_team(classify: Classify) -> None:
    result = classify(
        sender="pinecrestgroup@taleo.net", name="Pinecrest Group Recruiting",
        subject="Your candidacy - 330017B",
        body="Dear Sam,\n\nThank you for your interest in the Buyer position with Pinecrest "
        "Dairy.\n\nThe position has now been filled, and we regret that we are unable to offer "
        "you a position at this time.\n\nBest regards,\nPinecrest Dairy Talent Acquisition",
    )  # fmt: skip
    assert result.company == "Pinecrest Dairy"


def test_board_receipt_names_a_gmbh_and_co_kg_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@stepstone.de", name="StepStone", subject="Ihre Bewerbung wurde versendet",
        body="Hallo Sam Roe,\n\nIhre Bewerbung wurde erfolgreich an Lindauer Pumpenwerk GmbH & Co. "
        "KG versendet.\n\nDen Status Ihrer Bewerbung finden Sie unter Meine Bewerbungen.",
        language="de",
    )  # fmt: skip
    assert result.company == "Lindauer Pumpenwerk"


def test_domain_of_a_name_and_the_initials_of_its_last_words(classify: Classify) -> None:
    result = classify(
        sender="jtate@oakhollowfcu.org", name="Jenna Tate",
        subject="Interview invitation - Branch Operations Manager",
        body="Hi Sam,\n\nI'm pleased to invite you to a virtual interview with our VP of Retail "
        "on Tuesday at 2:00 PM Central.\n\nJenna Tate\nPeople & Culture Partner\n"
        "Oak Hollow Federal Credit Union",
    )  # fmt: skip
    assert result.company == "Oak Hollow Federal Credit Union"


def test_agency_subject_names_the_client_who_wants_to_meet(classify: Classify) -> None:
    result = classify(
        sender="kpike@northlakestaffing.com", name="Kris Pike",
        subject="Gravelle wants to meet you!",
        body="Sam - great news, the hiring manager wants to bring you in Thursday at 10am at their "
        "office. Can you confirm today? I'll prep you tomorrow.\n\nKris",
    )  # fmt: skip
    assert result.company == "Gravelle"


def test_scheduling_tool_host_line_names_the_company(classify: Classify) -> None:
    for host in ("Nadia Rusk, People Team, Birchfield Dental", "Nadia Rusk (Birchfield Dental)"):
        result = classify(
            sender="notifications@calendly.com", name="Calendly",
            subject="New Event: Sam Roe - 11:30am Wed, Feb 19, 2025 - 20 min phone screen",
            body="Hi Sam Roe,\n\nA new event has been scheduled.\n\nEvent Type:\n20 min phone "
            "screen\n\nInvitee:\nSam Roe\n\nEvent Date/Time:\n11:30am - Wednesday, February 19, "
            f"2025\n\nHost:\n{host}\n\nNeed to make changes to this event?",
        )  # fmt: skip
        assert result.company == "Birchfield Dental"


def test_hiring_manager_who_runs_ops_here(classify: Classify) -> None:
    result = classify(
        sender="kate@quillmoor.com", name="Kate Lind", subject="Operations Lead role",
        body="Hi Sam - I run ops here at Quillmoor Goods and saw your application for the "
        "Operations Lead role. Can you hop on a call Thursday at 4 for a first interview?\n\nKate",
    )  # fmt: skip
    assert result.company == "Quillmoor Goods"


def test_calendar_status_word_before_the_subject_is_no_employer_de(classify: Classify) -> None:
    result = classify(
        sender="s.hartl@brennwald-chemie.de", name="Sonja Hartl",
        subject="Abgesagt: Interview Junior Einkäufer",
        body="Sehr geehrter Herr Roe,\n\nleider muss ich den Termin für Ihr Vorstellungsgespräch "
        "am 20. Januar absagen. Ich melde mich mit einem neuen Terminvorschlag.\n\n"
        "Mit freundlichen Grüßen\nSonja Hartl",
        language="de",
    )  # fmt: skip
    assert result.company != "Abgesagt"


def test_department_sign_off_is_no_employer_de(classify: Classify) -> None:
    result = classify(
        sender="b.ott@hafenkamp-logistik.de", name="Berit Ott",
        subject="Einladung zum Assessment Center",
        body="Sehr geehrter Herr Roe,\n\nwir freuen uns, Sie zu unserem Assessment Center für das "
        "Traineeprogramm einzuladen.\n\nOrt: Hafenkamp Logistik GmbH, Kaistraße 4, Bremen\n\n"
        "Mit freundlichen Grüßen\nBerit Ott\nPersonalentwicklung / Recruiting",
        language="de",
    )  # fmt: skip
    assert result.company == "Hafenkamp Logistik"


def test_fuller_name_stops_before_a_joining_word_de(classify: Classify) -> None:
    result = classify(
        sender="noreply@successfactors.eu", name="Karriere",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrter Herr Roe,\n\nwir bedanken uns für Ihr Interesse an der Firma Saalburg "
        "Optik und Ihre Bewerbung als Einkäufer (m/w/d).\n\nMit freundlichen Grüßen\n"
        "Ihr Team Personal\nSaalburg Optik GmbH",
        language="de",
    )  # fmt: skip
    assert result.company == "Saalburg Optik"


def test_esign_subject_offer_letter_then_the_candidate_is_no_employer(classify: Classify) -> None:
    result = classify(
        sender="dse@docusign.net", name="Amy Chen via Docusign",
        subject="Please DocuSign: Offer Letter - Sam Roe",
        body="Amy Chen sent you a document to review and sign.\n\nPlease review the offer letter "
        "from Halberd Street Capital.",
    )  # fmt: skip
    assert result.company == "Halberd Street Capital"


def test_scheduling_event_type_on_its_own_line(classify: Classify) -> None:
    for event, company in (
        ("Cinderwood Phone Screen", "Cinderwood"),
        ("20 min phone screen", None),
    ):
        result = classify(
            sender="notifications@calendly.com", name="Calendly",
            subject=f"New Event: Sam Roe - 10:00am Thu, Apr 3, 2025 - {event}",
            body=f"Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\n{event}\n\n"
            "Invitee:\nSam Roe",
        )  # fmt: skip
        assert result.company == company


def test_group_recruits_for_the_company_named_as_one_of_its_own(classify: Classify) -> None:
    for tail in (", a Corran Brands company.", " (part of Corran Brands)."):
        result = classify(
            sender="corranbrands@taleo.net", name="Corran Brands Recruiting",
            subject="Thank you for your application",
            body="Dear Sam,\n\nThank you for applying for the position of Buyer with Millbeck "
            f"Snacks{tail}\n\nWe will review your application.\n\nBest regards",
        )  # fmt: skip
        assert result.company == "Millbeck Snacks"


def test_name_the_letter_writes_beats_the_legal_entity_line(classify: Classify) -> None:
    result = classify(
        sender="donotreply@successfactors.com", name="Corwin Careers",
        subject="Your application has been received - Req 51120",
        body="Dear Sam,\n\nThank you for your application for the position Brand Analyst (51120)."
        "\n\nWe will review your application carefully.\n\nKind regards,\nYour Corwin Bio Talent "
        "Acquisition Team\n\nCorwin Biologics Europe, Inc. - Boston, MA",
    )  # fmt: skip
    assert result.company == "Corwin Bio"


def test_board_receipt_applying_to_a_title_at_a_company(classify: Classify) -> None:
    result = classify(
        sender="noreply@dice.com", name="Dice", subject="Application confirmation",
        body="Thank you for applying to Data Analyst at Ostlund Systems via Dice.",
    )  # fmt: skip
    assert result.company == "Ostlund Systems"


def test_hr_suite_receipt_names_employment_with_the_company(classify: Classify) -> None:
    result = classify(
        sender="noreply@paycomonline.net", name="Paycom", subject="Application Received",
        body="Thank you for your interest in employment with Marrow Creek Manufacturing. Your "
        "application for Plant Supervisor has been received.",
    )  # fmt: skip
    assert result.company == "Marrow Creek Manufacturing"


def test_resourcing_team_is_a_hiring_team(classify: Classify) -> None:
    result = classify(
        sender="careers@hallam-bank.co.uk", name="Hallam Bank", subject="Application Status",
        body="Dear Sam,\n\nThank you for your interest in Hallam Bank. After careful consideration "
        "we will not be progressing your application.\n\nHallam Bank Resourcing Team",
    )  # fmt: skip
    assert result.company == "Hallam Bank"


def test_written_name_ends_at_its_legal_form_de(classify: Classify) -> None:
    result = classify(
        sender="k.brandt@alpha-personal.de", name="Kai Brandt",
        subject="Ihr Vorstellungsgespräch bei der Wessling Fördertechnik",
        body="Hallo Herr Roe,\n\nwie besprochen hat die Wessling Fördertechnik GmbH Sie zum "
        "Gespräch am Donnerstag eingeladen.\n\nViele Grüße\nKai Brandt\n"
        "Alpha Personaldienstleistungen GmbH",
        language="de",
    )  # fmt: skip
    assert result.company == "Wessling Fördertechnik"


def test_founder_names_the_company_in_the_letter(classify: Classify) -> None:
    for sentence in ("I'm the founder of Petalworks", "I'm one of the two founders at Petalworks"):
        result = classify(
            sender="ana.lopez@gmail.com", name="Ana Lopez", subject="Re: Marketing role",
            body=f"Hi Sam, thanks for your application! {sentence} - would you be free for an "
            "interview Friday?\n\nAna",
        )  # fmt: skip
        assert result.company == "Petalworks"
