"""US healthcare-administration job mail the rules misread: a hiring manager's invitation
whose only job words are the step and the title in the subject, a job offer with a deadline,
civil-service examination notices and eligible lists, a staffing agency's submission and its
client's pause, rejections said from the application's side, onboarding and drug-test mail
after the offer, and a research study's "screening interview"."""

from __future__ import annotations

from collections.abc import Callable

from jobtracker.classifiers.rules.engine import _step_and_title
from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import ApplicationStatus, Category

Classify = Callable[..., Classification]


def test_step_and_title_in_a_subject() -> None:
    assert _step_and_title("Interview - Patient Access Supervisor")
    assert _step_and_title("Billing Coordinator interview - Savannah")
    assert _step_and_title("Offer: Medical Records Specialist")
    assert _step_and_title("Interview for Front Office Manager")
    assert not _step_and_title("Interview with our CEO")
    assert not _step_and_title("Interview with a founder: how Ana became a Product Designer")
    assert not _step_and_title("Exclusive offer - 20% off")


def test_a_managers_invitation_named_by_its_subject(classify: Classify) -> None:
    result = classify(
        sender="dmorales@brookfieldpeds.example",
        name="Dana Morales",
        subject="Interview - Front Office Supervisor",
        body="Hi Jane,\n\nWe'd like to invite you in for an interview with our practice "
        "administrator on Tuesday at 9:30. Please check in at the front desk.\n\nDana",
    )
    assert result.category is Category.INTERVIEW


def test_are_you_available_for_a_video_interview(classify: Classify) -> None:
    result = classify(
        sender="omar@lindenrecovery.example",
        name="Omar Haddad",
        subject="Care Coordinator interview",
        body="Hi Jane,\n\nAre you available for a 30 minute video interview on Thursday "
        "afternoon? I'll send a Teams link.\n\nOmar",
    )
    assert result.category is Category.INTERVIEW


def test_a_job_offer_with_a_deadline_is_no_sales_offer(classify: Classify) -> None:
    result = classify(
        sender="hr@pinecliffclinic.example",
        name="Mara Quinn",
        subject="Offer - Scheduling Coordinator",
        body="Hi Jane,\n\nWe're delighted to offer you the Scheduling Coordinator role! Your "
        "offer letter is attached. This offer is valid until Friday, May 9.\n\nMara",
    )
    assert result.category is Category.OFFER


def test_a_civil_service_examination_result_is_an_assessment(classify: Classify) -> None:
    result = classify(
        sender="noreply@governmentjobs.com",
        name="Dorset County, OR",
        subject="Exam Results Notification - Eligibility Technician",
        body="Notice of Examination Results\n\nExamination: Training and Experience "
        "Evaluation\nResult: Passed\nFinal score: 88\n\nDorset County Human Resources",
    )
    assert result.category is Category.ASSESSMENT


def test_placed_on_the_eligible_list_is_no_interview(classify: Classify) -> None:
    result = classify(
        sender="noreply@governmentjobs.com",
        name="Dorset County, OR",
        subject="Eligible List Notification",
        body="You have been placed on the eligibility list for Eligibility Technician. "
        "Departments may contact you to schedule an interview.\n\nDorset County Human "
        "Resources",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Eligibility Technician"


def test_an_agency_submission_names_its_client(classify: Classify) -> None:
    result = classify(
        sender="kdoyle@lonestarmedstaff.example",
        name="Kim Doyle",
        subject="You're submitted!",
        body="Hi Jane,\n\nYou've been submitted to Bayou Ridge Regional Hospital for the "
        "Health Unit Coordinator assignment. I'll update you as soon as I hear back.\n\nKim",
    )
    assert result.category is Category.CONFIRMATION
    assert result.company == "Bayou Ridge Regional Hospital"


def test_a_clients_paused_requisitions_put_the_candidacy_on_hold(classify: Classify) -> None:
    result = classify(
        sender="kdoyle@lonestarmedstaff.example",
        name="Kim Doyle",
        subject="Update on Bayou Ridge",
        body="Hi Jane,\n\nBayou Ridge just put all of their unit clerk requisitions on hold "
        "until the new fiscal year. I'll reach back out if they reopen.\n\nKim",
    )
    assert result.category is Category.CONFIRMATION
    assert result.status is ApplicationStatus.ON_HOLD


def test_an_application_that_will_not_advance_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="hr@maplecrestcare.example",
        name="Maple Crest Care Careers",
        subject="Your application",
        body="Dear Jane,\n\nThank you for applying to our Patient Services Associate "
        "position. After review, your application will not advance to the next stage.\n\n"
        "Maple Crest Care Talent Team",
    )
    assert result.category is Category.REJECTION


def test_offered_the_position_to_a_candidate_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="notifications@app.bamboohr.com",
        name="Lee Park",
        subject="Practice Manager",
        body="Hi Jane,\n\nThank you for meeting with us. We've offered the position to a "
        "candidate with more surgical scheduling experience.\n\nLee",
    )
    assert result.category is Category.REJECTION


def test_a_new_employee_orientation_is_onboarding(classify: Classify) -> None:
    result = classify(
        sender="onboarding@hollowbrookhealth.example",
        name="Hollowbrook Health Onboarding",
        subject="Welcome to Hollowbrook Health! Your first day",
        body="Dear Jane,\n\nYour New Hire Orientation is Monday at 8 AM. Please bring your "
        "offer letter and a photo ID, and complete your I-9 before then.\n\nOnboarding Team",
    )
    assert result.category is Category.OTHER_JOB


def test_an_employer_requested_drug_test(classify: Classify) -> None:
    result = classify(
        sender="no-reply@labnotices.example",
        name="Employer Services",
        subject="Your drug screen authorization",
        body="An employer-requested drug test has been ordered for you. Bring your Donor "
        "Pass and a photo ID to a patient service center by Friday.",
    )
    assert result.category is Category.OTHER_JOB


def test_a_research_studys_screening_interview_is_no_job(classify: Classify) -> None:
    result = classify(
        sender="coordinator@heartsleepstudy.example",
        name="Heart & Sleep Study",
        subject="Screening interview for our study",
        body="Hi Jane,\n\nThank you for your interest in our research study. You may be "
        "eligible to participate; the next step is a 15-minute phone screening interview. "
        "Participants who complete the study receive $200.",
    )
    assert result.category is Category.NOT_JOB


def test_a_boards_cheer_is_no_part_of_the_employer(classify: Classify) -> None:
    result = classify(
        sender="alerts@ziprecruiter.com",
        name="ZipRecruiter",
        subject="Good news! Harrow Lake Dental Group viewed your application",
        body="Harrow Lake Dental Group viewed your application for Dental Office Manager.",
    )
    assert result.category is Category.VIEWED
    assert result.company == "Harrow Lake Dental Group"


def test_a_place_named_like_a_person_signs_the_organisation(classify: Classify) -> None:
    result = classify(
        sender="rlowe@virginiaparkmg.example",
        name="Rita Lowe",
        subject="Phone interview - Referral Coordinator",
        body="Hi Jane,\n\nCould we schedule a phone interview on Monday at 10?\n\nRita Lowe\n"
        "Practice Manager\nVirginia Park Medical Group | 555-0100",
    )
    assert result.category is Category.INTERVIEW
    assert result.company == "Virginia Park Medical Group"


def test_selected_for_an_oral_board_interview(classify: Classify) -> None:
    result = classify(
        sender="hr@dorsetcounty.example",
        name="Dorset County HR",
        subject="Oral Board Interview - Office Assistant II",
        body="Dear Jane,\n\nYou have been selected for an oral board interview for Office "
        "Assistant II on April 4 at 10:00 AM. Please arrive 15 minutes early.",
    )
    assert result.category is Category.INTERVIEW


def test_not_meeting_the_minimum_qualifications_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="noreply@governmentjobs.com",
        name="Dorset County, OR",
        subject="Office Assistant II - Application Status",
        body="Dear Jane,\n\nYour application did not meet the minimum qualifications for "
        "Office Assistant II. Your name will not be placed on the eligible list.",
    )
    assert result.category is Category.REJECTION


def test_an_agency_passes_on_its_clients_wish_to_interview(classify: Classify) -> None:
    result = classify(
        sender="kim@sunbeltmedstaffing.example",
        name="Kim Doyle",
        subject="Interview set!",
        body="Hi Jane, great news - the unit manager at Bayside General Hospital wants to "
        "interview you Thursday at 2 PM Eastern. She will call you directly.",
    )
    assert result.category is Category.INTERVIEW


def test_interviews_that_will_be_scheduled_are_a_timeline(classify: Classify) -> None:
    result = classify(
        sender="hr@ridgeclinic.example",
        name="Ridge Clinic HR",
        subject="Re: Medical Receptionist",
        body="Hi Jane, thanks for your resume. Interviews will be scheduled in the next two "
        "weeks, and we'll reach out if you are selected.",
    )
    assert result.category is Category.CONFIRMATION


def test_a_boards_you_applied_subject_names_the_title(classify: Classify) -> None:
    result = classify(
        sender="noreply@joinhandshake.com",
        name="Handshake",
        subject="You applied to Administrative Fellow at Pinecrest Health System",
        body="Application submitted\n\nAdministrative Fellow\nPinecrest Health System",
    )
    assert result.category is Category.CONFIRMATION
    assert result.role == "Administrative Fellow"


def test_a_portal_page_after_the_requisition_is_no_title(classify: Classify) -> None:
    result = classify(
        sender="careers+autoreply@icims.com",
        name="Oakhaven Clinics @ icims",
        subject="Oakhaven Clinics - Application Confirmation",
        body="Jane,\n\nThank you for applying. Please log in to the candidate portal to update "
        "your information.\n\nhttps://careers-oakhaven.icims.com/jobs/4471/login",
        links=("https://careers-oakhaven.icims.com/jobs/4471/login",),
    )
    assert result.category is Category.CONFIRMATION
    assert result.role != "Login"


def test_praise_then_candidates_who_fit_better_is_a_rejection(classify: Classify) -> None:
    result = classify(
        sender="careers@mapleridgepeds.example",
        name="Maple Ridge Pediatrics Careers",
        subject="Your candidacy",
        body="Dear Jane, while your experience is impressive, we have identified candidates "
        "whose skills more closely align with the role.",
    )
    assert result.category is Category.REJECTION


def test_a_one_way_video_interview_names_the_employer_after_for(classify: Classify) -> None:
    result = classify(
        sender="noreply@hirevue.com",
        name="HireVue",
        subject="Complete your HireVue interview for Larchmont Health Partners",
        body="Hi Jane, Larchmont Health Partners has invited you to complete a digital "
        "interview. You have 5 days to complete it.",
    )
    assert result.category is Category.ASSESSMENT
    assert result.company == "Larchmont Health Partners"
