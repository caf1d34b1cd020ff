"""Employer and role of English hiring mail, as the world writes it.

ATS and HR-system receipts whose sender is a vendor or a no-reply address (employer in the
display name, the subject, the first or last sentence, the sign-off), people at the employer
writing from the company or a personal mailbox, job boards' receipts (the board is never the
employer), agencies for a client (or themselves when the client is confidential), the public
sector and groups, and roles in subjects and bodies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from tests.classifiers.probes import employer_test, no_employer_test

Classify = Callable[..., Classification]

# (family, sender, display name, subject, body, signature, employer, role or "")
PROBES: list[tuple[str, str, str, str, str, str, str, str]] = [
    # --- (a) ATS and HR-system mail from a vendor or a no-reply address ---
    (
        "ats",
        "no-reply@myworkday.example",
        "Harrowgate Mutual Talent Acquisition",
        "Thank you for applying",
        "Dear Sam,\n\nThank you for your interest in the Claims Analyst II role. We have "
        "received your application and our team will review it shortly.\n\nIf your "
        "experience matches our needs, a recruiter will reach out to discuss next steps.\n\n"
        "Kind regards,\nTalent Acquisition",
        "",
        "Harrowgate Mutual",
        "Claims Analyst II",
    ),
    (
        "ats",
        "no-reply@greenhouse.io",
        "Careers at Quillon Robotics",
        "Your application to Quillon Robotics",
        "Hi Sam,\n\nThanks for applying for the Firmware Engineer, Motion Control position. "
        "Our hiring team is reviewing applications and will be in touch if there's a fit.\n\n"
        "Best,\nQuillon Robotics Recruiting",
        "",
        "Quillon Robotics",
        "Firmware Engineer, Motion Control",
    ),
    (
        "ats",
        "notifications@smartrecruiters.com",
        "Brackley & Moss via SmartRecruiters",
        "Update on your application",
        "Hello Sam,\n\nThank you for taking the time to apply for the Senior Paralegal "
        "position. After careful consideration, we have decided to move forward with other "
        "candidates whose experience more closely matches our needs.\n\nWe wish you the best "
        "in your search.\n\nRegards,\nThe Recruiting Team",
        "",
        "Brackley & Moss",
        "Senior Paralegal",
    ),
    (
        "ats",
        "donotreply@icims.example",
        "Jobs | Tellmark Health",
        "Application received - Patient Access Representative",
        "Dear Sam,\n\nWe have received your application for Patient Access Representative "
        "(Req #48213). Please log in to your candidate profile to check your status.\n\n"
        "Thank you,\nHuman Resources",
        "",
        "Tellmark Health",
        "Patient Access Representative",
    ),
    (
        "ats",
        "no-reply@ashbyhq.com",
        "",
        "Thanks for applying to Fennick Labs!",
        "Hi Sam,\n\nWe received your application for Product Designer and we're excited to "
        "learn more about you. We review every application and will get back to you within "
        "two weeks.\n\nCheers,\nThe Fennick Labs team",
        "",
        "Fennick Labs",
        "Product Designer",
    ),
    (
        "ats",
        "noreply@lever.co",
        "",
        "Next steps",
        "Hi Sam,\n\nThanks again for your interest in the Data Analyst role. We'd like to "
        "invite you to complete a short online assessment as the next step in our "
        "process.\n\nPlease complete it within five days.\n\nYour Orrin Freight Talent Team",
        "",
        "Orrin Freight",
        "Data Analyst",
    ),
    (
        "ats",
        "careers-noreply@successfactors.example",
        "Recruiting Team",
        "Your application",
        "Dear Sam,\n\nThank you for applying for the position of Warehouse Shift Lead at "
        "Pellham Distribution Ltd. Your application has been successfully submitted.\n\n"
        "Kind regards,\nRecruiting Team",
        "",
        "Pellham Distribution",
        "Warehouse Shift Lead",
    ),
    (
        "ats",
        "no-reply@workable.com",
        "Aldenway Recruiting Team",
        "Interview invitation: Customer Success Manager",
        "Hi Sam,\n\nThank you for your application. We'd love to invite you to a 30-minute "
        "video interview with our Head of Customer Success. Please pick a time that works "
        "for you using the link below.\n\nBest regards,\nAldenway Recruiting Team",
        "",
        "Aldenway",
        "Customer Success Manager",
    ),
    (
        "ats",
        "noreply@talent.example",
        "",
        "Your application for Site Reliability Engineer",
        "Dear Sam,\n\nThank you for your application. Unfortunately we will not be "
        "progressing your application further at this time.\n\nWe appreciate your interest "
        "in joining Castlereagh Energy and wish you every success.\n\nCastlereagh Energy "
        "Talent Acquisition",
        "",
        "Castlereagh Energy",
        "Site Reliability Engineer",
    ),
    # --- (b) a person at the employer, from the company or a personal mailbox ---
    (
        "person",
        "priya.raman@gmail.com",
        "Priya Raman",
        "Quick chat about the Operations Coordinator role?",
        "Hi Sam,\n\nThanks for applying! I'd love to set up a 20 minute call this week to "
        "talk through the role. Does Thursday afternoon work?\n\nBest,\nPriya",
        "Priya Raman\nTalent Partner @ Wexbridge Logistics",
        "Wexbridge Logistics",
        "Operations Coordinator",
    ),
    (
        "person",
        "d.okafor@outlook.com",
        "Daniel Okafor",
        "Re: your application",
        "Hi Sam,\n\nI'm the hiring manager for the junior accountant opening. Your CV stood "
        "out and I'd like to meet you for a first interview next Tuesday at 10am.\n\nRegards,"
        "\nDaniel",
        "Daniel Okafor\nFinance Manager\nKestrel & Vane Accountants LLP\n+44 20 7946 0123",
        "Kestrel & Vane Accountants",
        "Junior Accountant",
    ),
    (
        "person",
        "mike.tanaka@yahoo.com",
        "Mike Tanaka",
        "Offer - Line Cook",
        "Hey Sam,\n\nGreat news - we'd like to offer you the Line Cook position at Saltmarsh "
        "Kitchen. Starting pay is $21/hour. Let me know if you accept and we'll sort the "
        "paperwork.\n\nMike",
        "",
        "Saltmarsh Kitchen",
        "Line Cook",
    ),
    (
        "person",
        "r.hughes@hotmail.co.uk",
        "Rebecca Hughes",
        "Teaching assistant application",
        "Dear Sam,\n\nThank you for applying for the teaching assistant post. Unfortunately "
        "on this occasion you have not been shortlisted.\n\nKind regards,\nRebecca Hughes\n"
        "HR Officer\nSt Aldhelm's Primary School",
        "",
        "St Aldhelm's Primary School",
        "Teaching Assistant",
    ),
    (
        "person",
        "jkowalski@corvanthealth.example",
        "Jenna Kowalski",
        "Phone screen",
        "Hi Sam,\n\nI'm reaching out regarding your application for the Medical Billing "
        "Specialist role. Are you available for a 15 minute phone screen tomorrow?\n\nThanks,"
        "\nJenna",
        "Jenna Kowalski\nHR Generalist\nCorvant Health Partners\n555-201-3344",
        "Corvant Health Partners",
        "Medical Billing Specialist",
    ),
    (
        "person",
        "tom.beckett@gmail.com",
        "Tom Beckett",
        "Your application",
        "Hi Sam,\n\nThanks for sending your CV over for the workshop technician job. We've "
        "decided to go with someone with more CNC experience, but good luck.\n\nCheers,\nTom"
        "\nOwner, Beckett & Daughters Joinery",
        "",
        "Beckett & Daughters Joinery",
        "Workshop Technician",
    ),
    (
        "person",
        "gareth.lloyd@btinternet.com",
        "Gareth Lloyd",
        "Sous chef trial shift",
        "Hi Sam,\n\nThanks for your application for the sous chef job. Could you come in for "
        "a trial shift on Saturday from 4pm? Bring your knives.\n\nCheers,\nGareth",
        "Gareth Lloyd\nHead Chef\nThe Old Ferry Inn Ltd",
        "The Old Ferry Inn",
        "Sous Chef",
    ),
    (
        "person",
        "nadia@orchardlane.example",
        "Nadia Price",
        "Next steps for the Office Manager role",
        "Hi Sam,\n\nThank you for interviewing with us on Monday. We'd love you to meet two of "
        "our partners for a final conversation next week.\n\nBest,\nNadia",
        "Nadia Price\nPractice Manager\nOrchard Lane Veterinary Surgeons",
        "Orchard Lane Veterinary Surgeons",
        "Office Manager",
    ),
    (
        "person",
        "anna@lumenpay.example",
        "Anna Ruiz",
        "Take-home exercise",
        "Hi Sam,\n\nAs discussed, here is the take-home exercise for the Backend Engineer "
        "role. Please send it back within 72 hours.\n\nThanks!\nAnna",
        "Anna Ruiz\nEngineering Manager, Payments\nLumenPay Inc.",
        "LumenPay",
        "Backend Engineer",
    ),
    # --- (c) job boards and career sites: the board is never the employer ---
    (
        "board",
        "jobs-noreply@linkedin.com",
        "LinkedIn",
        "Sam, your application was sent to Marrowby Insurance Group",
        "Your application was sent to Marrowby Insurance Group\n\nUnderwriting Assistant\n"
        "Marrowby Insurance Group · Leeds (Hybrid)\nApplied on 4 March\n\nNow, take these "
        "next steps for more success",
        "",
        "Marrowby Insurance Group",
        "Underwriting Assistant",
    ),
    (
        "board",
        "indeedapply@indeed.com",
        "Indeed",
        "Application submitted: Dental Receptionist",
        "Application submitted\n\nDental Receptionist\nBrookside Family Dental - Columbus, "
        "OH\n\nThe following items were sent to Brookside Family Dental. Good luck!\n\n"
        "Indeed",
        "",
        "Brookside Family Dental",
        "Dental Receptionist",
    ),
    (
        "board",
        "noreply@indeed.com",
        "Indeed",
        "An update on your application to Halvard Systems",
        "Hi Sam,\n\nThank you for your interest in Halvard Systems. After reviewing your "
        "application for QA Tester, the employer has decided not to move forward.\n\nKeep "
        "applying - the right job is out there.\n\nIndeed",
        "",
        "Halvard Systems",
        "QA Tester",
    ),
    (
        "board",
        "noreply@totaljobs.example",
        "Totaljobs",
        "Your application has been sent",
        "Hi Sam,\n\nGood news - your application for Estimator with Carrick Construction "
        "Ltd has been sent.\n\nThe recruiter will be in touch if you're shortlisted.\n\nThe "
        "Totaljobs team",
        "",
        "Carrick Construction",
        "Estimator",
    ),
    (
        "board",
        "no-reply@welcometothejungle.com",
        "Welcome to the Jungle",
        "Your application to Nimbla has been sent!",
        "Hello Sam,\n\nYour application for the Growth Marketing Manager job at Nimbla has "
        "been sent. The company will contact you directly if your profile matches.\n\nThe "
        "Welcome to the Jungle team",
        "",
        "Nimbla",
        "Growth Marketing Manager",
    ),
    (
        "board",
        "noreply@glassdoor.com",
        "Glassdoor",
        "You applied to Accounts Payable Clerk at Drummond Foods",
        "Hi Sam,\n\nYour application to Drummond Foods for Accounts Payable Clerk was "
        "submitted successfully.\n\nGlassdoor",
        "",
        "Drummond Foods",
        "Accounts Payable Clerk",
    ),
    (
        "board",
        "notifications@handshake.example",
        "Handshake",
        "Application status update",
        "Hi Sam,\n\nTerrabyte Analytics has updated the status of your application for "
        "Summer Analyst Intern 2025 to: Not selected.\n\nHandshake",
        "",
        "Terrabyte Analytics",
        "Summer Analyst Intern 2025",
    ),
    (
        "board",
        "noreply@seek.com.au",
        "SEEK",
        "Your application for Civil Site Engineer was successfully submitted",
        "Hi Sam,\n\nYour application for Civil Site Engineer at Goldcrest Civil Pty Ltd was "
        "successfully submitted.\n\nWhat happens next? The hirer will review your "
        "application.\n\nSEEK",
        "",
        "Goldcrest Civil",
        "Civil Site Engineer",
    ),
    # --- (d) agencies writing about a client, or the agency itself ---
    (
        "agency",
        "emma.ward@hartleyrecruitment.example",
        "Emma Ward",
        "Interview confirmed - Payroll Administrator",
        "Hi Sam,\n\nGreat news - my client Foxmoor Housing Association would like to "
        "interview you for the Payroll Administrator role on Monday at 11am.\n\nBest,\nEmma",
        "Emma Ward\nSenior Consultant\nHartley Recruitment Ltd",
        "Foxmoor Housing Association",
        "Payroll Administrator",
    ),
    (
        "agency",
        "alex@northpeakrecruiting.example",
        "Alex Morgan",
        "Feedback from the client",
        "Hi Sam,\n\nUnfortunately my client, a confidential fintech in Manchester, has "
        "decided not to progress with your application for the Lead Developer role.\n\nI'll "
        "keep you in mind for other opportunities.\n\nAlex",
        "Alex Morgan | Principal Consultant | NorthPeak Recruiting",
        "",  # an agency never names itself as the employer
        "Lead Developer",
    ),
    (
        "agency",
        "careers@talentbridge-search.example",
        "TalentBridge Search",
        "Application received - Finance Director",
        "Dear Sam,\n\nThank you for applying for the Finance Director role we are "
        "recruiting on behalf of Calder Valley Water. We will be in touch once the "
        "shortlist is finalised.\n\nTalentBridge Search",
        "",
        "Calder Valley Water",
        "Finance Director",
    ),
    (
        "agency",
        "liz@brightstaffing.example",
        "Liz Carter",
        "Offer!",
        "Hi Sam,\n\nI'm delighted to tell you that Ashcombe Hotels have offered you the "
        "Front Office Manager position. Call me when you can.\n\nLiz",
        "Liz Carter\nRecruitment Consultant | Bright Staffing",
        "Ashcombe Hotels",
        "Front Office Manager",
    ),
    (
        "agency",
        "no-reply@bullhorn.example",
        "Meridian People Recruitment",
        "Thanks for your application",
        "Hi Sam,\n\nThank you for applying for the Warehouse Operative role with Meridian "
        "People. One of our consultants will review your application and call you if "
        "suitable.\n\nMeridian People Recruitment",
        "",
        "Meridian People",
        "Warehouse Operative",
    ),
    (
        "agency",
        "c.nguyen@apexsearch.example",
        "Chris Nguyen",
        "Second interview - Marketing Manager",
        "Hi Sam,\n\nGood news: the team at Willowbank Brewing Co. want to see you again for a "
        "second interview for the Marketing Manager position.\n\nChris",
        "Chris Nguyen\nAssociate Director\nApex Search Partners",
        "Willowbank Brewing",
        "Marketing Manager",
    ),
    (
        "agency",
        "info@primeintegrity.example",
        "Prime Integrity Staffing",
        "Position update",
        "Dear Sam,\n\nOur client, a leading hospital group, has filled the Registered Nurse "
        "position you applied for. We will keep your details on file.\n\nRegards,\nPrime "
        "Integrity Staffing",
        "",
        "",  # an agency never names itself as the employer
        "Registered Nurse",
    ),
    # --- (e) public sector, health, education, groups ---
    (
        "public",
        "noreply@jobs.example.gov",
        "City of Marlowe Human Resources",
        "Application received: Water Treatment Operator",
        "Dear Sam,\n\nThank you for applying for Water Treatment Operator with the City of "
        "Marlowe. Your application will be reviewed for minimum qualifications.\n\nCity of "
        "Marlowe Human Resources",
        "",
        "City of Marlowe",
        "Water Treatment Operator",
    ),
    (
        "public",
        "noreply@governmentjobs.com",
        "GovernmentJobs",
        "Application status for Deputy Clerk",
        "Dear Sam,\n\nThis is to inform you that your application for the position of Deputy "
        "Clerk with Hallam County has been reviewed. You have been placed on the eligible "
        "list.\n\nHallam County Personnel Department",
        "",
        "Hallam County",
        "Deputy Clerk",
    ),
    (
        "public",
        "recruitment@trac.example",
        "NHS Jobs",
        "Invitation to interview - Band 5 Staff Nurse",
        "Dear Sam,\n\nYou have been shortlisted for the post of Band 5 Staff Nurse at North "
        "Wessex Hospitals NHS Foundation Trust. Please log in to book an interview slot.\n\n"
        "Recruitment Team",
        "",
        "North Wessex Hospitals NHS Foundation Trust",
        "Band 5 Staff Nurse",
    ),
    (
        "public",
        "hr-noreply@university.example.edu",
        "University of Eastmoor",
        "Your application: Research Associate in Marine Biology",
        "Dear Sam,\n\nThank you for your application for the post of Research Associate in "
        "Marine Biology. Shortlisting will take place after the closing date.\n\nHuman "
        "Resources\nUniversity of Eastmoor",
        "",
        "University of Eastmoor",
        "Research Associate in Marine Biology",
    ),
    (
        "public",
        "careers@halbrook-group.example",
        "Halbrook Group",
        "Thank you for applying to Halbrook Logistics",
        "Dear Sam,\n\nThank you for applying for the Transport Planner role at Halbrook "
        "Logistics, part of Halbrook Group. We will be in touch.\n\nHalbrook Group Talent",
        "",
        "Halbrook Logistics",
        "Transport Planner",
    ),
    (
        "public",
        "no-reply@civilservicejobs.example",
        "Civil Service Jobs",
        "Outcome of your application",
        "Dear Sam,\n\nThank you for applying for the Policy Adviser role at the Department for "
        "Rural Affairs (reference 341122). Unfortunately you have not been successful at "
        "sift stage.\n\nCivil Service Jobs",
        "",
        "Department for Rural Affairs",
        "Policy Adviser",
    ),
    (
        "public",
        "jobs@stmarysmedical.example",
        "St. Mary's Medical Center Careers",
        "Application received",
        "Dear Sam,\n\nThank you for applying for the Respiratory Therapist position. Our "
        "recruiters will review your qualifications.\n\nSt. Mary's Medical Center",
        "",
        "St. Mary's Medical Center",
        "Respiratory Therapist",
    ),
    (
        "public",
        "recruitment@northwold.example.gov.uk",
        "Northwold District Council",
        "Shortlisting outcome - Planning Officer (Ref: NDC0412)",
        "Dear Sam,\n\nThank you for applying for the post of Planning Officer. I am pleased to "
        "inform you that you have been shortlisted for interview.\n\nYours sincerely,\n"
        "HR Services\nNorthwold District Council",
        "",
        "Northwold District Council",
        "Planning Officer",
    ),
    (
        "public",
        "no-reply@myworkdayjobs.example",
        "Aventon Group",
        "Your application to Aventon Insurance Services",
        "Dear Sam,\n\nThank you for applying for the Claims Handler role at Aventon Insurance "
        "Services, an Aventon Group company. Your application is now under review.\n\n"
        "Aventon Group Talent Acquisition",
        "",
        "Aventon Insurance Services",
        "Claims Handler",
    ),
    # --- (f) roles in subjects and bodies ---
    (
        "role",
        "no-reply@greenhouse.io",
        "Vantor Bio",
        "Vantor Bio - Application Received - Scientist II, Protein Sciences (R-1042)",
        "Hi Sam,\n\nThank you for your interest in Vantor Bio. We have received your "
        "application.\n\nBest,\nVantor Bio Recruiting",
        "",
        "Vantor Bio",
        "Scientist II, Protein Sciences",
    ),
    (
        "role",
        "no-reply@workday.example",
        "Corbel Insurance",
        "JR-20931 Business Analyst - Application Received",
        "Dear Sam,\n\nThank you for applying to Corbel Insurance. We have received your "
        "application and will review it.\n\nCorbel Insurance Talent Acquisition",
        "",
        "Corbel Insurance",
        "Business Analyst",
    ),
    (
        "role",
        "jobs@teamtailor.example",
        "Pinewood Studios Digital",
        "Your application: Motion Designer - London",
        "Hi Sam,\n\nThanks for applying! We'll review your application and get back to you "
        "soon.\n\nPinewood Studios Digital",
        "",
        "Pinewood Studios Digital",
        "Motion Designer",
    ),
    (
        "role",
        "recruiting@hollowayfoods.example",
        "Holloway Foods",
        "Re: Application",
        "Dear Sam,\n\nWe are pleased to offer you the position of Maintenance Technician "
        "(Night Shift) at Holloway Foods. Your start date will be 7 April.\n\nHR Team",
        "",
        "Holloway Foods",
        "Maintenance Technician",
    ),
    (
        "role",
        "careers@kilnworks.example",
        "Kilnworks",
        "Interview request",
        "Hi Sam,\n\nThanks for applying for our Store Supervisor opening in Bristol. We'd like "
        "to invite you for an interview next week.\n\nKilnworks People Team",
        "",
        "Kilnworks",
        "Store Supervisor",
    ),
    (
        "role",
        "no-reply@jobvite.example",
        "Talbot & Finch",
        "Regarding your application for Req 5521: Tax Manager",
        "Dear Sam,\n\nThank you for your interest in Talbot & Finch. After review, we will not "
        "be moving forward with your candidacy.\n\nTalbot & Finch Recruiting",
        "",
        "Talbot & Finch",
        "Tax Manager",
    ),
    (
        "role",
        "hr@brennanmarine.example",
        "Brennan Marine",
        "Assessment",
        "Dear Sam,\n\nAs part of your application for the role of Naval Architect - Hull "
        "Design, please complete the online aptitude test within three days.\n\nBrennan Marine "
        "HR",
        "",
        "Brennan Marine",
        "Naval Architect",
    ),
    (
        "role",
        "no-reply@greenhouse.io",
        "Lattice Harbor",
        "Interview invitation - Account Executive (Remote, US)",
        "Hi Sam,\n\nWe'd like to invite you to a first interview with our sales team. Please "
        "choose a slot using the link below.\n\nLattice Harbor Recruiting",
        "",
        "Lattice Harbor",
        "Account Executive",
    ),
    (
        "role",
        "careers@dunmore-engineering.example",
        "Dunmore Engineering",
        "Application received: Mechanical Design Engineer [JR10442]",
        "Dear Sam,\n\nThank you for applying. We'll review your application and contact you "
        "within 10 working days.\n\nDunmore Engineering",
        "",
        "Dunmore Engineering",
        "Mechanical Design Engineer",
    ),
    (
        "role",
        "no-reply@icims.example",
        "Careers at Polk Foods",
        "Regarding Job ID 88123 - Line Supervisor",
        "Dear Sam,\n\nThank you for applying. Our team will review your application and "
        "contact you if you are selected for an interview.\n\nPolk Foods Talent Acquisition",
        "",
        "Polk Foods",
        "Line Supervisor",
    ),
]


test_employer_and_role_en = employer_test(PROBES, language="en")


LOOK_ALIKES = [
    pytest.param(
        "offers@northfieldbank.example",
        "Northfield Bank",
        "You're pre-approved, Sam!",
        "Hi Sam,\n\nGood news: Northfield Bank has offered you a pre-approved credit card with a "
        "limit of £2,500. Apply online in minutes.\n\nNorthfield Bank\nUnsubscribe",
        id="a-bank-offer",
    ),
    pytest.param(
        "noreply@totaljobs.example",
        "Totaljobs",
        "5 tips to ace your next interview",
        "Hi Sam,\n\nPreparing for an interview? Here are five tips from our career experts. "
        "Plus: the Senior Buyer vacancy at Harlow Retail is one of this week's most viewed "
        "jobs.\n\nThe Totaljobs team\nUnsubscribe",
        id="a-boards-newsletter",
    ),
]


test_look_alikes_gain_no_employer_en = no_employer_test(LOOK_ALIKES, language="en")


def test_hr_passing_the_cv_to_a_colleague_keeps_its_own_name(classify: Classify) -> None:
    result = classify(
        sender="careers@kilnbrookfoods.example",
        name="Kilnbrook Foods Careers",
        subject="Your application",
        body="Hi Sam,\n\nThanks for applying. I have forwarded your CV to Tom Ellis for the Shift "
        "Supervisor role and he will be in touch about an interview.\n\nKilnbrook Foods HR",
        language="en",
    )
    assert result.company == "Kilnbrook Foods"
