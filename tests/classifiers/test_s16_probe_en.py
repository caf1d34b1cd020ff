"""English mail that decides an application's final status (third batch).

Status notices from ATS portals and boards (and the ones that decide nothing), a no after an
interview or a test said at length or only through its outcome, offers in their many shapes
and the welcome after the reader's yes (or the offer withdrawn), the reader's own mail
(declining an interview, withdrawing, accepting or declining an offer) and interview
invitations from HR teams and booking tools. Look-alikes with the same words stay what they
are.
"""

from __future__ import annotations

from tests.classifiers.probes import (
    family_test,
    lookalike_test,
    onboarding_test,
    undecided_test,
)

ATS = ("no-reply@careers.harbourpoint.com", "Harbourpoint Careers")
HR = ("recruitment@harbourpoint.com", "Harbourpoint Talent Acquisition")
PERSON = ("olivia.grant@harbourpoint.com", "Olivia Grant")
READER = ("jane.doe.cv@gmail.com", "Jane Doe")
TOOL = ("notifications@calendly.com", "Olivia Grant via Calendly")
EMPLOYER = "Harbourpoint"

# (family, read inside a known process, subject, body)
ATS_MAIL = [
    # --- (a) status notices from a portal ---
    (
        "rejection",
        False,
        "Your application status has changed",
        "Hi Jane,\n\nThe status of your application for Operations Analyst (R-10422) at "
        "Harbourpoint has been updated.\n\nNew status: Not selected\n\nThank you for your "
        "interest in Harbourpoint. You can view all your applications in the candidate portal."
        "\n\nHarbourpoint Careers",
    ),
    (
        "rejection",
        False,
        "Application update: Operations Analyst",
        "Dear Jane,\n\nYour application for the position Operations Analyst has been updated.\n\n"
        "Status: No longer under consideration\n\nWe appreciate your interest and encourage you "
        "to apply for other roles that match your skills.\n\nHarbourpoint Talent Acquisition",
    ),
    (
        "rejection",
        False,
        "Requisition cancelled - Payroll Specialist",
        "Dear Jane,\n\nThank you for applying for the Payroll Specialist role (Job ID 7781). "
        "We are writing to let you know that this requisition has been cancelled and we will "
        "not be filling the position. Your application will not be progressed.\n\nWe hope you "
        "will consider other opportunities with us.\n\nHarbourpoint Recruiting",
    ),
    (
        "rejection",
        False,
        "Position closed: Marketing Coordinator",
        "Hello Jane,\n\nThe position you applied for, Marketing Coordinator, has been closed "
        "and is no longer accepting applications. As a result, your application will not move "
        "forward.\n\nThank you for your interest in joining Harbourpoint.\n\nThe Recruiting Team",
    ),
    (
        "rejection",
        False,
        "Update regarding your candidacy",
        "Dear Jane,\n\nYour application for Business Analyst has been reviewed.\n\nApplication "
        "status: Not progressing\n\nPlease do not reply to this message. Log in to your "
        "candidate account to see other open positions.\n\nHarbourpoint Careers",
    ),
    (
        "rejection",
        False,
        "Your Harbourpoint application",
        "Hi Jane,\n\nWe wanted to let you know that the Data Analyst position has been filled. "
        "Your application has been moved to Closed - Position Filled.\n\nThanks again for your "
        "interest.\n\nHarbourpoint Careers",
    ),
    (
        "rejection",
        False,
        "Application status update",
        "Dear Jane Doe,\n\nRequisition: 2025-0144 Finance Associate\nCandidate status: "
        "Rejected - Other candidate selected\n\nThank you for the time you have invested in "
        "your application.\n\nThis is an automated message from the Harbourpoint applicant "
        "tracking system.",
    ),
    (
        "rejection",
        False,
        "Your application has been archived",
        "Hi Jane,\n\nThe hiring team has reviewed your application for Account Manager and "
        "decided not to move forward at this time. Your application has been archived.\n\nYou "
        "are welcome to apply to future openings.\n\nHarbourpoint Careers",
    ),
]

# (a) notices that decide nothing: they must not come out as a decision
UNDECIDED = [
    (
        "There is an update on your application",
        "Hi Jane,\n\nThere is an update on your application for Operations Analyst at "
        "Harbourpoint. Please log in to the candidate portal to view it.\n\nHarbourpoint Careers",
    ),
    (
        "Your application status has changed",
        "Dear Jane,\n\nThe status of your application for Payroll Specialist has changed.\n\n"
        "New status: In review\n\nWe will contact you if your profile matches our requirements."
        "\n\nHarbourpoint Careers",
    ),
    (
        "Application status: Under review",
        "Hello Jane,\n\nYour application for Marketing Coordinator is under review by the "
        "hiring team. You can follow its progress in your candidate account at any time.\n\n"
        "Harbourpoint Recruiting",
    ),
    (
        "Action required: update your candidate profile",
        "Hi Jane,\n\nThere has been an update to your application for Data Analyst. Sign in to "
        "your account to see the latest status and complete any outstanding tasks.\n\n"
        "Harbourpoint Careers",
    ),
]

HR_MAIL = [
    # --- (b) a no after an interview or a test, long and personal ---
    (
        "rejection",
        False,
        "Your interview for Senior Product Designer",
        "Dear Jane,\n\nThank you for coming in to meet the panel last Thursday. Everyone "
        "enjoyed the conversation and your portfolio presentation was one of the strongest we "
        "saw. It was a close decision, but the panel has decided to offer the role to the other "
        "finalist, whose experience with design systems was a closer match to what the team "
        "needs right now.\n\nWe would genuinely love for you to apply again when a suitable role "
        "opens up.\n\nWarm regards,\nHarbourpoint Talent Acquisition",
    ),
    (
        "rejection",
        False,
        "Following your final interview",
        "Hi Jane,\n\nThank you for taking part in the final round for the Engineering Manager "
        "role. Following the interviews we have offered the role to another candidate, who has "
        "accepted.\n\nI know this is disappointing news after such a long process. If you would "
        "like feedback, I am happy to set up a short call.\n\nKind regards,\nHarbourpoint "
        "Recruitment",
    ),
    (
        "rejection",
        False,
        "Feedback on your technical assessment",
        "Dear Jane,\n\nThank you for completing the technical assessment for the Backend "
        "Engineer role. Our engineers reviewed your submission carefully. While your code was "
        "clean and well tested, the solution did not meet the performance requirements we set "
        "for this stage, so we will not be inviting you to the next round.\n\nWe appreciate the "
        "effort you put in and wish you the best.\n\nHarbourpoint Engineering Recruitment",
    ),
    (
        "rejection",
        False,
        "Customer Success Lead - outcome",
        "Dear Jane,\n\nThank you again for your time with us during the interview process. The "
        "hiring manager has selected an internal candidate for the Customer Success Lead "
        "position.\n\nWe were impressed by your background and will keep your details on file."
        "\n\nBest wishes,\nHarbourpoint People Team",
    ),
    (
        "rejection",
        False,
        "Your application for Office Manager",
        "Dear Jane,\n\nThank you for interviewing with us. After much deliberation, the role has "
        "gone to a candidate whose experience aligned slightly more closely with our needs. "
        "This was a very close call and we hope our paths cross again.\n\nSincerely,\nHuman "
        "Resources",
    ),
    # --- (c) offers ---
    (
        "offer",
        False,
        "Offer of employment - Operations Analyst",
        "Dear Jane,\n\nFollowing your recent interviews, we are pleased to extend an offer of "
        "employment for the position of Operations Analyst at Harbourpoint. Your starting "
        "salary will be £42,000 per annum, with 25 days of annual leave.\n\nPlease find the "
        "offer letter attached. We would be grateful if you could confirm your acceptance by "
        "Friday 14 March.\n\nKind regards,\nHarbourpoint Talent Acquisition",
    ),
    (
        "offer",
        False,
        "Your compensation proposal",
        "Hi Jane,\n\nAs promised on the phone, here is the compensation package we are proposing "
        "for the Product Manager role: base salary of $128,000, a 10% annual bonus target and "
        "4,000 stock options vesting over four years. The formal offer letter will follow once "
        "you confirm you are happy with these terms.\n\nBest,\nHarbourpoint Recruitment",
    ),
    (
        "offer",
        False,
        "Following up on our call",
        "Hi Jane,\n\nIt was great to speak earlier and to share the good news in person: we "
        "would like to offer you the Senior Accountant role. As discussed, I will send the "
        "written offer and contract through DocuSign tomorrow.\n\nCongratulations!\n\n"
        "Harbourpoint Talent Acquisition",
    ),
    (
        "offer",
        False,
        "Offer letter for your review",
        "Dear Jane,\n\nPlease find attached your offer letter and employment contract for the "
        "role of Logistics Coordinator. Kindly review, sign and return them by 20 March.\n\nShould "
        "you have any questions about the terms, do not hesitate to contact me.\n\nKind regards,\n"
        "Harbourpoint HR",
    ),
    # --- (c) after the yes: the welcome ---
    (
        "accepted",
        False,
        "Welcome to Harbourpoint!",
        "Hi Jane,\n\nWelcome aboard! We are thrilled that you have accepted our offer and will be "
        "joining us as Operations Analyst on Monday 7 April.\n\nOn your first day, please arrive "
        "at 9:00 at reception, bring your passport for the right-to-work check, and you will be "
        "met by your manager. Your laptop will be ready for you.\n\nSee you soon,\nHarbourpoint "
        "People Team",
    ),
    # --- (c) an offer withdrawn by the employer ---
    (
        "rejection",
        False,
        "Regarding your offer",
        "Dear Jane,\n\nI am sorry to write with difficult news. Due to an unexpected "
        "restructuring, we have had to withdraw our offer of employment for the Operations "
        "Analyst position. We understand how disappointing this is and sincerely apologise for "
        "the inconvenience caused.\n\nKind regards,\nHarbourpoint Human Resources",
    ),
    (
        "rejection",
        False,
        "Offer rescinded - Data Engineer",
        "Dear Jane,\n\nFollowing the results of the background screening, we regret to inform "
        "you that the conditional offer for the Data Engineer role has been rescinded.\n\n"
        "Harbourpoint Talent Acquisition",
    ),
    # --- (e) interview invitations and rescheduling ---
    (
        "interview",
        False,
        "Interview invitation - Operations Analyst",
        "Dear Jane,\n\nThank you for your application for the Operations Analyst role. We are "
        "pleased to invite you to a video interview with our hiring manager. Please use the link "
        "below to select a time slot that suits you in the next week.\n\nThe interview will last "
        "around 45 minutes and take place on Microsoft Teams.\n\nKind regards,\nHarbourpoint "
        "Talent Acquisition",
    ),
    (
        "interview",
        False,
        "Rescheduled: your interview with Harbourpoint",
        "Hi Jane,\n\nUnfortunately our hiring manager is unavailable on Thursday, so we need to "
        "move your interview for the Account Manager role. Would Monday 17 March at 2pm or "
        "Tuesday 18 March at 10am work instead?\n\nApologies for the change.\n\nHarbourpoint "
        "Recruitment",
    ),
    (
        "interview",
        False,
        "Next steps - Business Analyst",
        "Dear Jane,\n\nWe have reviewed your application and would like to invite you to the "
        "next stage of our process: a 30-minute phone conversation with one of our recruiters. "
        "Please reply with your availability for the coming week.\n\nBest regards,\n"
        "Harbourpoint Recruiting",
    ),
    (
        "interview",
        False,
        "Invitation: assessment centre day",
        "Dear Jane,\n\nCongratulations, you have been shortlisted for the Graduate Scheme. We "
        "would like to invite you to an in-person interview day at our Bristol office on 3 April, "
        "including a panel interview and a group exercise.\n\nPlease confirm your attendance by "
        "replying to this email.\n\nHarbourpoint Early Careers",
    ),
]

TOOL_MAIL = [
    (
        "interview",
        False,
        "Pick a time for your interview with Harbourpoint",
        "Hi Jane,\n\nOlivia Grant from Harbourpoint has invited you to schedule your first "
        "interview for the Operations Analyst role. Choose a time that works for you:\n\nSelect "
        "a time slot\n\nDuration: 30 min. Location: Google Meet.",
    ),
    (
        "interview",
        False,
        "Updated invitation: Interview - Jane Doe / Harbourpoint",
        "Your interview has been rescheduled.\n\nWhat: Interview with Olivia Grant (Operations "
        "Analyst)\nWhen: Tuesday, 18 March, 10:00 - 10:45\nWhere: Microsoft Teams\n\nNeed to make "
        "a change? Reschedule or cancel.",
    ),
]

PERSON_NOTES = [
    # --- (b) said only through the outcome ---
    (
        "rejection",
        True,
        "Quick update",
        "Hi Jane,\n\nJust wanted to let you know personally that we have offered the role to "
        "another candidate. Thanks so much for all the time you gave us, it was a really close "
        "call between you two.\n\nOlivia",
    ),
    (
        "rejection",
        True,
        "Re: Thursday",
        "Hi Jane,\n\nI'm sorry to say the hiring manager has selected someone internally for the "
        "role. Really enjoyed our chats and I'd love to keep in touch for future roles.\n\n"
        "Olivia",
    ),
    (
        "rejection",
        True,
        "Sorry Jane",
        "Hi Jane,\n\nI wanted to tell you before the formal email comes through: the panel went "
        "with the other finalist. Feedback was really positive on your case study, so please "
        "don't be discouraged.\n\nOlivia",
    ),
    # --- (c) offers from a person ---
    (
        "offer",
        True,
        "Great news!",
        "Hi Jane,\n\nThe team loved you and I'm delighted to say we'd like to make you an offer! "
        "I'll call you this afternoon to walk you through the package.\n\nOlivia",
    ),
    (
        "offer",
        True,
        "Written offer as promised",
        "Hi Jane,\n\nFollowing up on my call this morning, attached is the written offer with "
        "the salary and start date we discussed. Let me know if you have any questions.\n\n"
        "Olivia",
    ),
    (
        "accepted",
        True,
        "So happy!",
        "Hi Jane,\n\nSo happy you said yes! Welcome to the team. HR will be in touch about your "
        "first day and getting your laptop set up.\n\nOlivia",
    ),
    # --- (e) a person proposing a time ---
    (
        "interview",
        True,
        "Chat next week?",
        "Hi Jane,\n\nThanks for applying! I'd love to set up a 30-minute video call to tell you "
        "more about the role. Would Tuesday or Wednesday afternoon work for you?\n\nOlivia",
    ),
    (
        "interview",
        True,
        "Moving our call",
        "Hi Jane,\n\nSomething came up on my side, could we move our interview to Friday at 11 "
        "instead? Sorry for the short notice.\n\nOlivia",
    ),
]

# --- (d) the reader's own mail, sent from the reader's address ---
READER_MAIL = [
    (
        "declined",
        False,
        "Interview invitation - Operations Analyst",
        "Dear Olivia,\n\nThank you very much for the invitation to interview for the Operations "
        "Analyst role. After careful thought, I have decided to withdraw from the process, as "
        "I have recently accepted a position elsewhere.\n\nI wish you and the team all the best."
        "\n\nKind regards,\nJane Doe",
    ),
    (
        "withdrawn",
        False,
        "Withdrawal of application - Data Analyst",
        "Dear Hiring Team,\n\nI would like to withdraw my application for the Data Analyst "
        "position (Ref 5521). Thank you for your consideration.\n\nBest regards,\nJane Doe",
    ),
    (
        "declined",
        False,
        "Re: Interview invitation",
        "Hi Olivia,\n\nThanks so much for reaching out. I'm afraid I'll have to decline the "
        "interview, as my circumstances have changed and I'm no longer looking to move.\n\n"
        "Best,\nJane",
    ),
    (
        "accepted",
        False,
        "Re: Offer of employment - Operations Analyst",
        "Dear Olivia,\n\nThank you for the offer. I am delighted to accept the position of "
        "Operations Analyst and confirm my start date of 7 April. Please find the signed "
        "contract attached.\n\nKind regards,\nJane Doe",
    ),
    (
        "declined",
        False,
        "Re: Offer of employment",
        "Dear Olivia,\n\nThank you very much for offering me the Senior Accountant role. After a "
        "lot of thought, I have decided not to accept the offer, as I have chosen to pursue "
        "another opportunity.\n\nI truly appreciate your time and the team's kindness.\n\nKind "
        "regards,\nJane Doe",
    ),
    (
        "declined",
        False,
        "Re: Job offer",
        "Hi Olivia,\n\nThank you so much for the offer. Unfortunately I must respectfully "
        "decline, as the package doesn't quite work for me at this stage.\n\nAll the best,\nJane",
    ),
    (
        "withdrawn",
        False,
        "Application for Marketing Coordinator",
        "Hello,\n\nPlease remove me from consideration for the Marketing Coordinator role. I "
        "have accepted another offer.\n\nThank you,\nJane Doe",
    ),
]

# (c) onboarding before the first day, no yes named: job mail of no stage (``other_job``), never
# a step back or a no ("Congratulations on your new role" is said to a new starter too)
ONBOARDING = [
    (
        "Your onboarding starts here",
        "Dear Jane,\n\nCongratulations on your new role as Logistics Coordinator! Ahead of your "
        "start date on 1 May, please complete the onboarding tasks in the new starter portal: "
        "bank details, emergency contacts and your signed contract.\n\nWe look forward to "
        "welcoming you to the team.\n\nHarbourpoint Onboarding",
    ),
]

# Written after the first fixes, to test that they are general.
SECOND_HR_MAIL = [
    (
        "rejection",
        False,
        "Application status: Senior Buyer",
        "Hello Jane,\n\nThis is to let you know that the status of your candidacy for Senior "
        "Buyer (JR-2291) has been updated.\n\nCurrent status: Not moving forward\n\nThank you "
        "for considering Harbourpoint.\n\nHarbourpoint Talent Acquisition",
    ),
    (
        "rejection",
        False,
        "Thank you for interviewing with us",
        "Dear Jane,\n\nThank you for the time you spent with the interview panel on Tuesday. "
        "We enjoyed learning about your work at your current company. After comparing all "
        "finalists, we have decided to offer the position to another candidate whose "
        "background in retail analytics fits our roadmap more closely.\n\nPlease do apply "
        "again in future.\n\nBest regards,\nHarbourpoint Recruitment",
    ),
    (
        "offer",
        False,
        "Your offer from Harbourpoint",
        "Hi Jane,\n\nFollowing our call yesterday, I'm delighted to confirm our verbal offer in "
        "writing: the Product Analyst role with a base salary of £55,000, plus a 10% bonus. "
        "The contract will follow from HR this week.\n\nBest,\nHarbourpoint Talent Acquisition",
    ),
    (
        "interview",
        False,
        "Schedule your second interview",
        "Hi Jane,\n\nGreat news, the team would like to move you forward to a second interview "
        "for the Product Analyst role. Please book a 60-minute slot with the hiring manager "
        "using the scheduling link below.\n\nHarbourpoint Recruiting",
    ),
]

SECOND_READER_MAIL = [
    (
        "withdrawn",
        False,
        "Withdrawing from the Senior Buyer process",
        "Dear Olivia,\n\nThank you for your time so far. I'm writing to let you know that I "
        "am withdrawing from the process for the Senior Buyer role, as I have decided to stay "
        "with my current employer.\n\nKind regards,\nJane Doe",
    ),
    (
        "declined",
        False,
        "Re: Second interview",
        "Hi Olivia,\n\nThank you for the invitation. Unfortunately I need to decline the second "
        "interview, as I have accepted a role elsewhere.\n\nBest wishes,\nJane",
    ),
    (
        "withdrawn",
        False,
        "Product Analyst application",
        "Hello,\n\nCould you please remove me from consideration for the Product Analyst "
        "position? My plans have changed.\n\nMany thanks,\nJane Doe",
    ),
]

SECOND_LOOKALIKES = [
    (
        "support@clinicbook.co.uk",
        "Appointment status: cancelled",
        "Dear Jane,\n\nYour physiotherapy appointment on Thursday has been cancelled by the "
        "clinic. Please pick a new time slot online.\n\nClinicBook",
        False,
    ),
    (
        "hello@learnhub.io",
        "Course application status: Not selected",
        "Hi Jane,\n\nThanks for applying to the LearnHub Data Bootcamp. Your course application "
        "was not selected for the spring cohort.\n\nLearnHub",
        False,
    ),
]

LOOKALIKES = [
    (
        "mark.ellis@gmail.com",
        "I got the job!",
        "Hey Jane,\n\nGuess what, they offered me the role at the design studio and I accepted! "
        "My first day is in April. Drinks on me this weekend.\n\nMark",
        False,
    ),
    (
        "offers@loanhub.co.uk",
        "Your loan offer has been updated",
        "Dear Jane,\n\nThe status of your loan application has changed. New status: Approved. "
        "Log in to view your personal loan offer of £5,000.\n\nLoanHub",
        False,
    ),
    (
        "bookings@smiledental.co.uk",
        "Your appointment has been rescheduled",
        "Hi Jane,\n\nYour dental check-up has been rescheduled to Tuesday 18 March at 10:00. "
        "Please pick a new time slot if this does not suit you.\n\nSmile Dental",
        False,
    ),
    (
        "viewings@brightlets.co.uk",
        "Viewing confirmed: 4 Oak Street",
        "Dear Jane,\n\nYour viewing of 4 Oak Street is confirmed for Saturday at 11am. "
        "Unfortunately the landlord has already selected another tenant for flat 2, so that "
        "viewing has been cancelled.\n\nBright Lets",
        False,
    ),
    (
        "admissions@citycollege.ac.uk",
        "Your application status has changed",
        "Dear Jane,\n\nThe status of your course application for the Evening Diploma in "
        "Photography has changed to: Unsuccessful. The course is full.\n\nCity College Admissions",
        False,
    ),
    (
        "events@cloudconf.io",
        "Your webinar registration",
        "Hi Jane,\n\nYou're registered for our webinar 'Hiring in 2025: interview trends'. Pick a "
        "session time that works for you and join via Zoom.\n\nCloudConf",
        False,
    ),
    (
        "care@fibrenet.co.uk",
        "Your call-back is booked",
        "Hi Jane,\n\nThanks for contacting FibreNet. One of our advisers will call you back on "
        "Thursday between 2pm and 4pm to discuss your broadband upgrade offer.\n\nFibreNet "
        "Customer Service",
        False,
    ),
    (
        "producer@thebuildpodcast.fm",
        "Re: podcast interview",
        "Hi Jane,\n\nThanks for agreeing to the podcast interview! We'd love to welcome you "
        "aboard as a guest. Please pick a recording slot on the link below.\n\nTom",
        False,
    ),
    (
        "newsletter@talentweekly.com",
        "Talent Weekly: offers, rescinded offers and onboarding",
        "This week: why rescinded job offers are rising, how to write a welcome aboard email "
        "for new starters, and the ATS status messages candidates hate.\n\nRead more.",
        True,
    ),
    (
        "sales@homeshop.co.uk",
        "Exclusive offer for you",
        "Hi Jane,\n\nWe'd like to extend an exclusive offer: 30% off the entire summer range until "
        "Sunday. Your discount code is waiting.\n\nHomeShop",
        True,
    ),
    (
        "anna.price@gmail.com",
        "Re: dinner",
        "Hi Jane,\n\nI'm afraid I'll have to decline the dinner invitation on Friday, the kids "
        "are ill. Can we reschedule to next week?\n\nAnna",
        False,
    ),
]

test_ats_mail_is_read_for_its_stage = family_test(ATS_MAIL, writer=ATS, employer=EMPLOYER)
test_hr_mail_is_read_for_its_stage = family_test(
    [*HR_MAIL, *SECOND_HR_MAIL], writer=HR, employer=EMPLOYER
)
test_booking_tool_mail_is_an_interview = family_test(TOOL_MAIL, writer=TOOL, employer=EMPLOYER)
test_person_note_is_read_for_its_stage = family_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_readers_own_mail_is_read_for_its_status = family_test(
    [*READER_MAIL, *SECOND_READER_MAIL], writer=READER, employer=EMPLOYER
)
test_look_alike_stays_not_job_mail = lookalike_test([*LOOKALIKES, *SECOND_LOOKALIKES])


test_status_notice_that_decides_nothing_is_no_decision = undecided_test(
    UNDECIDED, writer=ATS, employer=EMPLOYER
)


test_onboarding_before_the_start_is_no_step_back = onboarding_test(
    ONBOARDING, writer=HR, employer=EMPLOYER
)
