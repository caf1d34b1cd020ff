"""English mail that asks the first question: is this application mail at all?

Receipts and confirmations worded every way an ATS, a job board, a public body or a small
firm words them (short, HTML-ish, a portal's registration number); interview scheduling as
booking tools and recruiters send it (pick a slot, confirmed, reminder, rescheduled, a
two-line "does Tuesday work?"); a recruiter's or an agency's approach against job alerts.
Look-alikes with the same words stay not job mail: admissions, grants, visas, rentals,
tenders, elections, auditions, hackathons, volunteering, medical assessments, hearings,
press interviews, app reviews, loyalty offers and a current employee's own HR mail.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.probes import lookalike_test, stage_test

ATS = ("no-reply@careers.harbourline.com", "Harbourline Careers")
TOOL = ("notifications@scheduling.example.com", "Harbourline Recruiting")
PERSON = ("maya.okafor@harbourline.com", "Maya Okafor")
BOARD = ("jobs@jobsboard.example.com", "JobsBoard")
EMPLOYER = "Harbourline"

RECEIVED, INTERVIEW = Category.CONFIRMATION, Category.INTERVIEW
OUTREACH, ALERT = Category.OUTREACH, Category.ALERT

# (subject, body, category, status, read in the process): from an ATS or a careers portal
RECEIPTS = [
    (
        "We have your CV",
        "Hi Jane,\n\nJust a quick note to say we have your CV for the Warehouse Supervisor role "
        "and our team will look at it this week.\n\nHarbourline Careers",
        RECEIVED,
        None,
        False,
    ),
    (
        "Your details have reached us",
        "Dear Jane,\n\nThis is to let you know that your details have reached us safely. A member "
        "of our recruitment team will review them against the Payroll Officer vacancy and contact "
        "you if your experience matches.\n\nRegards,\nHarbourline HR",
        RECEIVED,
        None,
        False,
    ),
    (
        "Thanks, Jane",
        "Thanks, Jane - we'll be in touch.\n\nWe got your application for Store Manager and will "
        "get back to you once the hiring team has had a look.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Registration complete for vacancy 2025-114",
        "Registration complete for vacancy 2025-114 (Administrative Officer, Grade 5).\n\nYour "
        "reference number is HL-88213. You can follow the progress of your application in the "
        "candidate portal.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Submission received",
        "<p>Hi Jane,</p><p>Your submission for <b>Junior Data Analyst</b> has been received.</p>"
        "<p>We review every application carefully.</p><p>- Harbourline Talent</p>",
        RECEIVED,
        None,
        False,
    ),
    (
        "Application confirmation",
        "Application successfully submitted. Position: Bookkeeper. Reference: 44120.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Thank you for your interest in Harbourline",
        "Dear Jane,\n\nWe confirm receipt of your application for the position of Laboratory "
        "Technician. Due to the high number of responses, only shortlisted candidates will be "
        "contacted.\n\nKind regards,\nResourcing Team",
        RECEIVED,
        None,
        False,
    ),
    (
        "Your job application - Harbourline",
        "Hello Jane,\n\nThis is an automatic confirmation that we've received your CV and "
        "covering letter for the Marketing Assistant post. Please do not reply to this email.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Received: Senior Electrician",
        "Hi Jane, thanks for sending your resume over for Senior Electrician. It's now with the "
        "hiring manager. Talk soon.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Harbourline | Application acknowledgement",
        "Dear Candidate,\n\nWe acknowledge receipt of your application (ref. 2025/HL/031) for "
        "the post of Policy Adviser. The closing date is 14 March; shortlisting will take place "
        "shortly after.\n\nPeople Services",
        RECEIVED,
        None,
        False,
    ),
    (
        "Thanks for applying!",
        "Hey Jane!\n\nThanks for applying to be a Barista at Harbourline Coffee. We'll review "
        "your info and reach out if it's a match.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Your application is in",
        "Hi Jane, your application is in! You applied for Customer Service Advisor on 3 March. "
        "What happens next: our team reviews applications within 10 working days.",
        RECEIVED,
        None,
        False,
    ),
]

# scheduling as booking tools send it
SCHEDULING = [
    (
        "Pick a time for your interview with Harbourline",
        "Hi Jane,\n\nPlease pick a slot for your 30-minute interview with Maya Okafor for the "
        "Operations Lead role using the link below.\n\nSelect a time\n\nPowered by GoodTime",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Confirmed: Jane Doe and Maya Okafor",
        "Your call with Maya Okafor is confirmed.\n\nEvent: Recruiter screen - Operations Lead\n"
        "When: Tuesday, 11 March, 15:00 - 15:30 (GMT)\nWhere: Google Meet\n\nNeed to make "
        "changes? Cancel or reschedule.\n\nCalendly",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Reminder: Your interview tomorrow at 10:00",
        "Hi Jane, this is a reminder of your video interview with Harbourline tomorrow at 10:00. "
        "Join link: https://meet.example.com/abc. Good luck!",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Interview rescheduled: Operations Lead",
        "Hi Jane,\n\nYour interview for Operations Lead has been moved to Thursday 13 March at "
        "14:00. The updated invitation is attached.\n\nModernLoop on behalf of Harbourline",
        INTERVIEW,
        None,
        False,
    ),
    (
        "New booking: Hiring manager call",
        "Booking confirmed\n\nHiring manager call with Tom Baker\nWed 12 Mar, 11:00-11:45\n"
        "Microsoft Teams meeting\n\nManage booking - Microsoft Bookings",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Schedule your next conversation with Harbourline",
        "Hi Jane, the team would like to set up your technical interview. Choose a time that "
        "works for you: https://cal.com/harbourline/technical. Each slot is 60 minutes.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Action required: book your interview slot",
        "Dear Jane,\n\nYou have been shortlisted for the role of Policy Adviser. Please log in "
        "to the candidate portal to book your interview slot. Slots are allocated on a first "
        "come, first served basis.\n\nPeople Services",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Updated invitation: Jane Doe <> Harbourline - Final round",
        "This event has been changed.\n\nJane Doe <> Harbourline - Final round\nFriday 14 March "
        "09:30 - 11:00\nOrganizer: maya.okafor@harbourline.com",
        INTERVIEW,
        None,
        False,
    ),
]

# recruiters and hiring managers writing themselves
PERSON_NOTES = [
    (
        "Tuesday?",
        "Hi Jane, does Tuesday 3pm work for a first chat about the analyst role? Maya",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Re: Operations Lead",
        "Thanks Jane. Could you do a 30 min video call with our COO on Thursday or Friday "
        "morning? Let me know what suits.",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Next week",
        "Hi Jane, lovely to speak earlier. Let's get you in to meet the team - are you free "
        "Monday afternoon?",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Our chat",
        "Hi Jane - can we move our call from 2pm to 4pm today? Something came up. Sorry!",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Operations Lead opportunity at Harbourline",
        "Hi Jane,\n\nI came across your profile and think your logistics background would be a "
        "great match for an Operations Lead position we're hiring for. Would you be open to a "
        "quick chat this week?\n\nBest,\nMaya Okafor\nTalent Partner, Harbourline",
        OUTREACH,
        None,
        False,
    ),
    (
        "Quick question",
        "Hi Jane, I lead recruitment for a fast-growing fintech in London and I'm looking for a "
        "senior product designer. Your portfolio caught my eye. Are you currently open to new "
        "roles? Happy to share details.",
        OUTREACH,
        None,
        False,
    ),
]

AGENCY = ("tom@brightpathrecruitment.co.uk", "Tom Hale")
AGENCY_NOTES = [
    (
        "Contract role - Data Engineer - 6 months - Outside IR35",
        "Hi Jane,\n\nI'm working on a 6-month contract Data Engineer role for a retail client in "
        "Leeds, £550/day outside IR35. Your CV on our database looks like a strong fit. Are you "
        "available and interested?\n\nTom Hale\nBrightpath Recruitment",
        OUTREACH,
        None,
        False,
    ),
    (
        "Exciting opportunity",
        "Hello Jane, hope you're well. My client, a leading engineering consultancy, is looking "
        "for a Project Manager to join their Bristol office. Salary up to £65k. Let me know if "
        "you'd like to hear more.\n\nTom",
        OUTREACH,
        None,
        False,
    ),
    (
        "Are you still looking?",
        "Hi Jane, we spoke last year when you were looking for accounting roles. I've got a "
        "couple of new positions with clients that could suit you. Worth a call?",
        OUTREACH,
        None,
        False,
    ),
    (
        "Permanent Nurse vacancies - Manchester",
        "Hi Jane, I'm recruiting for Band 5 staff nurses across three hospitals in Manchester, "
        "with relocation support. Would you like me to send you the job descriptions?",
        OUTREACH,
        None,
        False,
    ),
]

ALERTS = [
    (
        "12 new jobs for 'project manager' in Bristol",
        "Hi Jane,\n\nHere are the latest jobs matching your search.\n\nProject Manager - "
        "Harbourline - Bristol - £55k\nAssistant Project Manager - Kell & Co - Bath\n\nView all "
        "jobs\n\nYou're receiving this job alert because you subscribed. Unsubscribe.",
        ALERT,
        None,
        False,
    ),
    (
        "Jobs you might like",
        "Based on your profile, these roles could be a good fit: Data Analyst at Harbourline, "
        "BI Developer at Norfolk Foods. Apply now with one click.",
        ALERT,
        None,
        False,
    ),
    (
        "Harbourline is hiring: Warehouse Operative",
        "A company you follow posted a new job. Warehouse Operative - Harbourline - Leeds. "
        "See job.",
        ALERT,
        None,
        False,
    ),
    (
        "Your weekly job digest",
        "Good morning Jane. 8 new vacancies were posted this week that match your saved search "
        "'accounts assistant'. See all vacancies. Manage your alerts.",
        ALERT,
        None,
        False,
    ),
]

# (sender, subject, body, sent to a mailing list): the same words, no job application
LOOKALIKES = [
    (
        "admissions@uni.example.ac.uk",
        "Your application to MSc Data Science",
        "Dear Jane,\n\nThank you for applying to the University of Eastbridge. We have received "
        "your application for MSc Data Science (September 2025 entry). The admissions tutor will "
        "review it and you can track its progress in the applicant portal.",
        False,
    ),
    (
        "admissions@uni.example.ac.uk",
        "Invitation to interview - Medicine",
        "Dear Jane,\n\nWe are pleased to invite you to an interview for the MBBS Medicine "
        "programme. Please book your interview slot through the applicant portal.",
        False,
    ),
    (
        "office@stmarys-school.example.org.uk",
        "Year 7 place application",
        "Dear Parent,\n\nWe confirm receipt of your application for a Year 7 place for Lily. "
        "Offers will be sent on National Offer Day.",
        False,
    ),
    (
        "grants@foundation.example.org",
        "Scholarship application received",
        "Dear Jane,\n\nThank you for submitting your application for the 2025 Future Leaders "
        "Scholarship. Shortlisted applicants will be invited to an interview panel in May.",
        False,
    ),
    (
        "noreply@research.example.org",
        "Call for proposals: submission confirmed",
        "Your proposal 'Coastal Resilience' has been submitted to the Innovation Grant call. "
        "Reference GR-2291. Assessment panels meet in June.",
        False,
    ),
    (
        "no-reply@visas.example.gov.uk",
        "Your visa application: biometrics appointment",
        "Dear Jane Doe,\n\nWe have received your application for a Skilled Worker visa. Please "
        "book an appointment to give your biometrics. Your application reference is "
        "GWF012345.",
        False,
    ),
    (
        "residence@immigration.example.gov",
        "Residence permit - interview appointment",
        "Your application for a residence permit has been received. You are invited to an "
        "interview at the immigration office on 12 March at 10:00.",
        False,
    ),
    (
        "lettings@oakestates.example.co.uk",
        "Your tenancy application",
        "Hi Jane, thanks for applying for the 2-bed flat on Mill Road. The landlord has "
        "reviewed your application and would like to offer you the tenancy subject to "
        "references.",
        False,
    ),
    (
        "mortgages@bank.example.co.uk",
        "Mortgage application update",
        "Dear Jane, your mortgage application has moved to underwriting. A valuer will contact "
        "you to arrange a property assessment.",
        False,
    ),
    (
        "tenders@council.example.gov.uk",
        "Tender submission received - ITT 2025/031",
        "Thank you for your submission in response to the Invitation to Tender for grounds "
        "maintenance services. Bidders may be invited to a clarification interview.",
        False,
    ),
    (
        "elections@council.example.gov.uk",
        "Nomination papers - candidate information",
        "Dear Candidate,\n\nThank you for submitting your nomination papers for the local "
        "elections. Please attend the candidates' briefing on 4 April.",
        False,
    ),
    (
        "casting@stagecraft.example.com",
        "Audition confirmed - Hamlet",
        "Hi Jane, thanks for your application to audition for our summer production. Your "
        "audition slot is Saturday 10:20. Please prepare a two-minute monologue.",
        False,
    ),
    (
        "team@hackathon.example.io",
        "Your hackathon application",
        "Congrats Jane! Your application to HackEastbridge 2025 has been accepted. Teams are "
        "formed on day one. See you at the opening ceremony!",
        True,
    ),
    (
        "volunteer@foodbank.example.org",
        "Volunteer application received",
        "Hi Jane, thank you for applying to volunteer with Eastbridge Food Bank. We'll invite "
        "you to a short induction session soon.",
        False,
    ),
    (
        "chair@charity.example.org",
        "Trustee role - next steps",
        "Dear Jane, thank you for your application to join our board of trustees. We would "
        "like to invite you to meet the chair for an informal conversation.",
        False,
    ),
    (
        "appointments@clinic.example.nhs.uk",
        "Your assessment appointment",
        "Dear Jane Doe, your physiotherapy assessment appointment is confirmed for Tuesday 11 "
        "March at 09:15. Please arrive 10 minutes early.",
        False,
    ),
    (
        "court@justice.example.gov.uk",
        "Notice of hearing",
        "The hearing of your claim has been listed for 2 April at 10:00. Witnesses may be "
        "interviewed beforehand. Please confirm your availability.",
        False,
    ),
    (
        "producer@techpodcast.example.com",
        "Podcast interview - scheduling",
        "Hi Jane, we'd love to have you on the show to talk about your book. Could you pick a "
        "slot for the recording interview next week?",
        False,
    ),
    (
        "press@newspaper.example.co.uk",
        "Interview request",
        "Dear Jane, I'm a reporter at the Eastbridge Post writing about the new bypass. Would "
        "you be available for a short interview by phone tomorrow?",
        False,
    ),
    (
        "no-reply@appstore.example.com",
        "Your app submission is in review",
        "Your app Budget Buddy version 2.1 has been submitted and is now waiting for review. "
        "We'll let you know when the review is complete.",
        True,
    ),
    (
        "offers@grocer.example.co.uk",
        "Jane, your exclusive offers are here",
        "Your personalised offers this week: 20% off coffee. Apply your offers at checkout. "
        "Opportunity to win a hamper!",
        True,
    ),
    (
        "hr@currentemployer.example.com",
        "Your annual appraisal",
        "Hi Jane, your annual performance review with your line manager is scheduled for "
        "Friday. Please complete the self-assessment form beforehand.",
        False,
    ),
    (
        "payroll@currentemployer.example.com",
        "Your March payslip",
        "Your payslip for March 2025 is now available in the employee portal. Salary changes "
        "from your contract review take effect this month.",
        False,
    ),
    (
        "internal-careers@currentemployer.example.com",
        "Internal vacancies this week",
        "Colleagues, this week's internal job board: Team Leader (Leeds), Finance Analyst "
        "(remote). Speak to your manager before applying.",
        True,
    ),
    (
        "events@conference.example.org",
        "Speaker application received",
        "Thank you for submitting your talk proposal to DevConf 2025. The programme committee "
        "will review all submissions and notify speakers by 1 May.",
        False,
    ),
    (
        "club@tennis.example.org",
        "Membership application approved",
        "Welcome Jane! Your membership application has been approved. Your first coaching "
        "session and skills assessment is on Saturday.",
        True,
    ),
]

# a second batch, written after the fixes above, to test them on fresh wording
SECOND_RECEIPTS = [
    (
        "Got it!",
        "Hi Jane, we have your application for the Sous Chef job - thank you! Our head chef "
        "reads every one personally.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Vacancy 2025-207: registration confirmed",
        "Dear applicant, your registration is complete for the vacancy Library Assistant "
        "(2025-207). Keep this email for your records.",
        RECEIVED,
        None,
        False,
    ),
]
SECOND_SCHEDULING = [
    (
        "Your interview with Harbourline has been rescheduled",
        "Hi Jane, your panel interview for the Finance Business Partner role has been "
        "rescheduled to Monday 17 March, 10:00. Reply if the new time does not suit.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Invitation: Harbourline - second round interview @ Tue 18 Mar 14:00",
        "You have been invited to the following event.\nHarbourline - second round interview\n"
        "Tue 18 Mar 14:00 - 15:00\nJoin with Google Meet",
        INTERVIEW,
        None,
        False,
    ),
]
SECOND_AGENCY_NOTES = [
    (
        "Finance roles in Leeds",
        "Hi Jane, I've got a handful of new finance positions with clients in Leeds and "
        "Wakefield, from assistant accountant to FP&A. Would you like me to send over the job "
        "specs?",
        OUTREACH,
        None,
        False,
    ),
    (
        "Head of Operations - confidential",
        "Hello Jane, our client, a family-owned food manufacturer in Yorkshire, is looking for a "
        "Head of Operations. Could we speak this week?",
        OUTREACH,
        None,
        False,
    ),
]
SECOND_LOOKALIKES = [
    (
        "admissions@medschool.example.ac.uk",
        "Medicine programme - interview slot",
        "Dear Jane, thank you for your application to our Medicine programme. Please pick an "
        "interview slot in the applicant portal.",
        False,
    ),
    (
        "cfp@pyconf.example.org",
        "Call for papers: your talk proposal was received",
        "Thanks for submitting a talk proposal. The programme committee will send decisions "
        "in April.",
        True,
    ),
    (
        "permits@migration.example.gov",
        "Residence card appointment",
        "Your residence card application was received. Please attend an interview at the "
        "immigration office on 20 March to collect your biometrics.",
        False,
    ),
]

test_receipt_is_a_confirmation = stage_test(
    [*RECEIPTS, *SECOND_RECEIPTS], writer=ATS, employer=EMPLOYER
)
test_booking_tool_mail_is_an_interview = stage_test(
    [*SCHEDULING, *SECOND_SCHEDULING], writer=TOOL, employer=EMPLOYER
)
test_person_note_is_read_for_its_stage = stage_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_agency_approach_is_outreach = stage_test(
    [*AGENCY_NOTES, *SECOND_AGENCY_NOTES], writer=AGENCY, employer=""
)
test_board_mail_is_an_alert = stage_test(ALERTS, writer=BOARD, employer="")
test_look_alike_stays_not_job_mail = lookalike_test([*LOOKALIKES, *SECOND_LOOKALIKES])
