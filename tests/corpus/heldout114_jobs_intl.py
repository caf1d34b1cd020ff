# ruff: noqa: E501, RUF100
"""Corpus 114, job mail from UK, US, Kenyan and Ghanaian employers and talent marketplaces (data
only): see heldout114.py."""

from __future__ import annotations

from typing import Any

from heldout114_jobs import A, m

MG, MGR = "Meridian Ghana", "Product Manager, Mobile Money"
MK, MKR = "Meridian Kenya", "Senior Software Engineer"
LL, LLR = "Ledgerline", "Software Engineer, Payments Platform"
TS, TSR = "Tessellate", "Product Manager"
FS, FSR = "Fieldstack", "Senior Product Manager"
BH, BHR = "Brightwater Health", "Product Manager, Growth"
SF, SFR = "Stackfield", "Software Engineer, Platform"
OL, OLR = "Orbitline", "Senior Backend Engineer"
AP, APR = "Akwaaba Pay", "Senior Mobile Engineer"
HL, HLR = "Harbourline Logistics", "Product Manager"
MD, MDR = "Mkopo Digital", "Product Manager, Credit"
WC, WCR = "Wavecrest", "Product Manager, Platform"
LC, LCR = "Lumen Clinics", "Product Lead"

MAIL: list[dict[str, Any]] = [
    # --- 12 Meridian Ghana (Meridian Pan-African Group), Recruitee; rejected ------------------
    m(
        "6610032",
        "2025-10-22 14:12",
        "Meridian Group Careers <noreply@recruitee.com>",
        "We received your application",
        A("confirmation", MG, MGR, 12, "recruitee"),
        html="<p>Dear Chidinma,</p><p>Thank you for applying for the position of <b>Product Manager, Mobile Money (Accra)</b>. Your application has been forwarded to the recruitment team of Meridian Ghana Limited.</p><p>We aim to review all applications within 3 weeks.</p><p>Kind regards,<br>Group Talent Acquisition<br>Meridian Pan-African Group | Ghana - Kenya - Nigeria - Rwanda - Zambia</p>",
    ),
    m(
        "6610178",
        "2025-11-05 11:40",
        "Akosua Mensah <akosua.mensah@meridiangroup.africa>",
        "Interview - Product Manager, Mobile Money (Accra)",
        A("interview", MG, MGR, 12, "direct"),
        "Dear Chidinma,\n\nFollowing a review of your application, we would like to invite you to a first interview with the MoMo product team in Accra. The interview will be held virtually on Zoom on Tuesday 11 November at 1:00 PM GMT (2:00 PM in Lagos).\n\nPlease confirm your availability. Kindly note that the role is based in Accra and relocation support is available for candidates outside Ghana.\n\nBest regards,\nAkosua Mensah\nTalent Acquisition Specialist, Meridian Ghana\nMeridian Pan-African Group",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000MG11",
            "style": "outlook",
            "start": "2025-11-11 14:00:00 +0100",
            "minutes": 60,
            "organizer": ("Akosua Mensah", "akosua.mensah@meridiangroup.africa"),
            "summary": "Interview: C. Okafor-Bello - PM Mobile Money",
            "location": "Zoom https://meridiangroup.zoom.us/j/81220004411",
        },
    ),
    m(
        "6610390",
        "2025-12-01 10:05",
        "Meridian Group Careers <noreply@recruitee.com>",
        "Your application for Product Manager, Mobile Money (Accra)",
        A("rejection", MG, MGR, 12, "recruitee"),
        "Dear Chidinma,\n\nThank you for your interest in Meridian Ghana and for the time you invested in the interview process. We were impressed by your experience with merchant payments.\n\nAfter careful consideration, we have decided to proceed with a candidate whose profile is a closer fit for the requirements of this position, including local regulatory experience with the Bank of Ghana.\n\nWe wish you every success.\n\nGroup Talent Acquisition\nMeridian Pan-African Group",
    ),
    # --- 13 Meridian Kenya, Recruitee; ghosted ----------------------------------------------
    m(
        "6610455",
        "2025-12-04 16:27",
        "Meridian Group Careers <noreply@recruitee.com>",
        "We received your application",
        A("confirmation", MK, MKR, 13, "recruitee"),
        html="<p>Dear Chidinma,</p><p>Thank you for applying for the position of <b>Senior Software Engineer (Nairobi)</b>. Your application has been forwarded to the recruitment team of Meridian Kenya Limited.</p><p>We aim to review all applications within 3 weeks.</p><p>Kind regards,<br>Group Talent Acquisition<br>Meridian Pan-African Group | Ghana - Kenya - Nigeria - Rwanda - Zambia</p>",
    ),
    # --- 14 Ledgerline (London), Ashby; take-home; rejected --------------------------------
    m(
        "3391201",
        "2025-10-12 17:45",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Thanks for your application to Ledgerline",
        A("confirmation", LL, LLR, 14, "ashby"),
        "Hi Chidinma,\n\nThank you for applying for the Software Engineer, Payments Platform role at Ledgerline. We've received your application and someone from the team will be in touch.\n\nA note on remote working: this role is remote within EMEA time zones (UTC-1 to UTC+3), and we employ outside the UK through our Employer of Record partner.\n\nCheers,\nThe Ledgerline Talent Team",
    ),
    m(
        "3391305",
        "2025-10-20 10:18",
        "Harriet Cole <harriet@ledgerline.co.uk>",
        "Ledgerline - take-home exercise",
        A("assessment", LL, LLR, 14, "direct"),
        "Hi Chidinma,\n\nThanks for a lovely chat on Friday. As promised, here's the take-home. It's a small reconciliation service: the brief and a starter repo are in the link below. We ask that you don't spend more than three hours on it, honestly, we're not looking for polish.\n\nhttps://github.com/ledgerline-hiring/recon-exercise\n\nWhenever you're ready, send us a link to your fork. No rush, but within a week would be brilliant.\n\nBest wishes,\nHarriet\n\nHarriet Cole\nTalent Partner, Ledgerline\nLedgerline Ltd is registered in England and Wales (No. 12044871).",
    ),
    m(
        "3391488",
        "2025-11-06 15:02",
        "Harriet Cole <harriet@ledgerline.co.uk>",
        "Update on your candidacy",
        A("rejection", LL, LLR, 14, "ashby"),
        "Hi Chidinma,\n\nThank you ever so much for the effort you put into the take-home. The reviewers particularly liked your test coverage and your write-up on idempotency.\n\nI'm afraid that on this occasion we won't be progressing your application to the final stage. The team felt another candidate had more hands-on experience with the card-scheme side of things, which the role will lean on heavily in the first six months.\n\nI know this isn't the news you were hoping for. If you'd like more detailed feedback, just reply and I'll arrange it.\n\nAll the best,\nHarriet",
    ),
    # --- 15 Tessellate (London), via Welcome to the Jungle (Otta), Greenhouse rejection -----
    m(
        "5571020",
        "2025-10-26 21:36",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "You applied to Tessellate",
        A("confirmation", TS, TSR, 15, "other"),
        html="<p>Nice one, Chidinma!</p><p>Your application for <b>Product Manager</b> at <b>Tessellate</b> (London / Remote UK & EMEA) is on its way.</p><p>Companies on Welcome to the Jungle usually respond within 2 weeks. We'll nudge them if they don't.</p><p>Otta is now Welcome to the Jungle.</p>",
    ),
    m(
        "5571290",
        "2025-11-13 13:11",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "Your application to Tessellate",
        A("rejection", TS, TSR, 15, "greenhouse"),
        "Hi Chidinma,\n\nThanks so much for your interest in the Product Manager role at Tessellate and for taking the time to apply.\n\nWe've had a huge response, and after reviewing your application we've decided not to progress to interview on this occasion. We're currently only able to hire people with the right to work in the UK, and this role is not eligible for visa sponsorship.\n\nWe really appreciate you considering us, and wish you the very best with your search.\n\nKind regards,\nTessellate People Team",
    ),
    # --- 16 Fieldstack (UK), LinkedIn Easy Apply; rejected --------------------------------
    m(
        "1160044",
        "2025-11-02 22:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Chidinma, your application was sent to Fieldstack",
        A("confirmation", FS, FSR, 16, "linkedin"),
        "Your application was sent to Fieldstack\n\nSenior Product Manager\nFieldstack - United Kingdom (Remote)\nApplied on November 2, 2025\n\nLinkedIn",
    ),
    m(
        "1160109",
        "2025-11-18 08:29",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Senior Product Manager at Fieldstack",
        A("rejection", FS, FSR, 16, "linkedin"),
        "Your update from Fieldstack\n\nThank you for your interest in the Senior Product Manager position at Fieldstack. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Fieldstack.\n\nRegards,\nFieldstack\n\nTop jobs for you: https://www.linkedin.com/jobs/",
    ),
    # --- 17 Brightwater Health (US remote), Greenhouse; ghosted -----------------------------
    m(
        "8830188",
        "2025-11-08 02:14",
        "Brightwater Health <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightwater Health",
        A("confirmation", BH, BHR, 17, "greenhouse"),
        "Hi Chidinma,\n\nThanks for applying to Brightwater Health! Your application for Product Manager, Growth (Remote) has been received. We will review your application and be in touch if your qualifications match our needs.\n\nPlease note: this role is open to candidates authorized to work in the US or in one of the countries where we have an employer of record (UK, Nigeria, Kenya, South Africa).\n\nBest,\nBrightwater Health Recruiting",
    ),
    # --- 18 Stackfield (US remote), Ashby + HackerRank; rejected -----------------------------
    m(
        "3392022",
        "2025-11-14 19:30",
        "Stackfield <no-reply@ashbyhq.com>",
        "Application received - Software Engineer, Platform",
        A("confirmation", SF, SFR, 18, "ashby"),
        "Hey Chidinma,\n\nThanks for applying to Stackfield! We've received your application for Software Engineer, Platform (Remote - Americas/EMEA). If there's a fit, you'll hear from us in about a week.\n\nThe Stackfield team",
    ),
    m(
        "3392140",
        "2025-11-18 17:55",
        "HackerRank <no-reply@hackerrank.com>",
        "Invitation: Stackfield Platform Engineering Challenge",
        A("assessment", SF, SFR, 18, "hackerrank"),
        html="<p>Hello Chidinma,</p><p>You have been invited by <b>Stackfield Inc.</b> to attempt the <b>Platform Engineering Challenge</b>.</p><p>Duration: 75 mins &middot; Expires in 7 days</p><p><a href='https://www.hackerrank.com/test/sf9kq20'>Take the test</a></p>",
    ),
    m(
        "3392301",
        "2025-12-03 23:40",
        "Stackfield <no-reply@ashbyhq.com>",
        "Following up on your Stackfield application",
        A("rejection", SF, SFR, 18, "ashby"),
        "Hi Chidinma,\n\nThank you for taking the time to complete our coding challenge. You scored well above our bar on two of the three problems, which is no small thing.\n\nThat said, we have decided to move forward with other candidates for this role. We get a lot of applications and have to make tough calls.\n\nBest of luck in your search,\nStackfield Recruiting",
    ),
    # --- 19 Kanzu Talent (marketplace, not the employer) -> client Orbitline; rejected ------
    m(
        "7720011",
        "2025-10-04 12:00",
        "Kanzu Talent <hello@kanzutalent.com>",
        "Welcome to Kanzu Talent, Chidinma",
        ("other_job", None, None, None, "other", "en"),
        "Hi Chidinma,\n\nWelcome to Kanzu Talent, the network connecting Africa's top engineers and product people with global companies.\n\nYour next step is our vetting: a 60-minute technical assessment followed by a soft-skills interview. Engineers who pass are matched to roles with our partner companies in the US and Europe.\n\nStart your vetting: https://app.kanzutalent.com/vetting\n\nThe Kanzu Talent team",
    ),
    m(
        "7720134",
        "2025-10-19 18:22",
        "Kanzu Talent <hello@kanzutalent.com>",
        "You passed vetting - you're now in the Kanzu network",
        ("other_job", None, None, None, "other", "en"),
        "Congratulations Chidinma!\n\nYou passed the Kanzu Talent vetting (Backend, Go). Your profile is now visible to our partner companies and our matching team will reach out when there's a role that fits.\n\nKanzu Talent",
    ),
    m(
        "7720288",
        "2025-11-10 16:50",
        "Wanjiru Kamau <wanjiru@kanzutalent.com>",
        "New match: Senior Backend Engineer with a US logistics client",
        ("outreach", None, OLR, None, "other", "en"),
        "Hi Chidinma,\n\nI'm a talent matcher at Kanzu. We have a new engagement with one of our US clients, a logistics software company (Series B). They need a Senior Backend Engineer (Go, Postgres, event-driven), full-time remote, working 9am-1pm EST overlap. Rate: USD 5,500 - 6,500 per month, paid via Kanzu.\n\nShall I put your profile forward?\n\nWanjiru\nTalent Matcher, Kanzu Talent",
    ),
    m(
        "7720310",
        "2025-11-11 09:14",
        "Wanjiru Kamau <wanjiru@kanzutalent.com>",
        "Re: New match: Senior Backend Engineer with a US logistics client",
        A("confirmation", OL, OLR, 19, "other"),
        "Great, thanks Chidinma! I've shared your profile with the client, Orbitline. They usually review within 3-5 business days. Next step if they like the profile would be a 60-min technical interview with their engineering lead.\n\nWanjiru\n\nOn Mon, Nov 10, 2025 at 8:02 PM Chidinma Okafor-Bello wrote:\n> Yes please, go ahead.",
    ),
    m(
        "7720422",
        "2025-11-17 15:31",
        "Kanzu Talent <scheduling@kanzutalent.com>",
        "Interview scheduled: Orbitline x Chidinma Okafor-Bello",
        A("interview", OL, OLR, 19, "other"),
        "Hi Chidinma,\n\nYour interview with Orbitline has been scheduled.\n\nWhen: Thursday, November 20, 2025, 4:00 PM - 5:00 PM WAT (10:00 AM - 11:00 AM EST)\nWhere: Zoom, https://orbitline.zoom.us/j/97612200543\nWith: Dan Whitaker (Engineering Lead, Orbitline), Wanjiru Kamau (Kanzu)\n\nTip: the client expects live coding in Go. Test your mic and screen sharing beforehand.\n\nKanzu Talent",
        ics={
            "uid": "kanzu-int-4422-orbitline",
            "start": "2025-11-20 16:00:00 +0100",
            "minutes": 60,
            "organizer": ("Kanzu Scheduling", "scheduling@kanzutalent.com"),
            "attendees": [("Dan Whitaker", "dan.whitaker@orbitline.io")],
            "summary": "Orbitline x Chidinma Okafor-Bello - technical interview",
            "location": "https://orbitline.zoom.us/j/97612200543",
        },
    ),
    m(
        "7720560",
        "2025-11-26 13:08",
        "Wanjiru Kamau <wanjiru@kanzutalent.com>",
        "Feedback from Orbitline",
        A("rejection", OL, OLR, 19, "other"),
        "Hi Chidinma,\n\nI just got feedback from Orbitline. Dan said you were one of the strongest communicators they've interviewed and he liked your design choices. However, they've decided to go with a candidate who has more Kafka production experience, so they won't be moving forward.\n\nDon't be discouraged; I'll keep matching you with new roles.\n\nWanjiru",
    ),
    m(
        "7720701",
        "2026-01-14 11:00",
        "Kanzu Talent <hello@kanzutalent.com>",
        "Are you still available for new roles?",
        ("other_job", None, None, None, "other", "en"),
        "Hi Chidinma,\n\nWe noticed your availability hasn't been updated in 60 days. Are you still open to new engagements? Update your status so our matchers don't reach out at the wrong time.\n\nI'm available | I'm not looking right now\n\nKanzu Talent",
    ),
    # --- 20 Akwaaba Pay (Accra), via Indeed; Zoom interview; rejected -----------------------
    m(
        "9902010",
        "2025-10-31 13:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Senior Mobile Engineer",
        A("confirmation", AP, APR, 20, "indeed"),
        "Chidinma, your application has been submitted.\n\nSenior Mobile Engineer\nAkwaaba Pay - Accra, Greater Accra (Remote)\n\nThe employer will contact you if your qualifications match the job.\n\nIndeed",
    ),
    m(
        "9902155",
        "2025-11-07 10:22",
        "Kwame Asante <kwame@akwaabapay.com.gh>",
        "Senior Mobile Engineer - interview",
        A("interview", AP, APR, 20, "direct"),
        "Hi Chidinma,\n\nThank you for your application on Indeed. We would like to schedule a technical interview with you. Kindly book a 1hr slot with our engineering manager: https://calendly.com/akwaabapay-eng/technical-interview\n\nRegards,\nKwame Asante\nHR Officer, Akwaaba Pay (AKP Fintech Ghana Ltd)",
    ),
    m(
        "9902201",
        "2025-11-07 12:16",
        "Calendly <notifications@calendly.com>",
        "New Event: Technical interview - Akwaaba Pay @ Wed Nov 12, 2025 10am - 11am (WAT)",
        A("interview", AP, APR, 20, "other"),
        "Hi Chidinma Okafor-Bello,\n\nA new event has been scheduled.\n\nEvent Type: Technical interview\nHost: Yaw Boateng (Akwaaba Pay)\nEvent Date/Time: 10:00am - 11:00am, Wednesday, November 12, 2025 (West Africa Time)\nLocation: Zoom, https://us02web.zoom.us/j/85521004788\n\nPowered by Calendly.com",
        ics={
            "uid": "calendly-akp-9902201",
            "start": "2025-11-12 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Yaw Boateng", "yaw@akwaabapay.com.gh"),
            "summary": "Technical interview - Akwaaba Pay",
            "location": "https://us02web.zoom.us/j/85521004788",
        },
    ),
    m(
        "9902388",
        "2025-11-24 16:59",
        "Kwame Asante <kwame@akwaabapay.com.gh>",
        "Re: Senior Mobile Engineer - interview",
        A("rejection", AP, APR, 20, "direct"),
        "Dear Chidinma,\n\nThank you once again for your time with our team. We regret to inform you that you were not successful at this stage. We will keep your CV in our database.\n\nRegards,\nKwame Asante\nHR Officer, AKP Fintech Ghana Ltd",
    ),
    # --- 21 Harbourline Logistics (Nairobi), BambooHR; interview; on hold -------------------
    m(
        "4450014",
        "2025-11-16 11:33",
        "Harbourline Logistics <notifications@app.bamboohr.com>",
        "Thanks for applying to Harbourline Logistics!",
        A("confirmation", HL, HLR, 21, "bamboohr"),
        "Hi Chidinma,\n\nThank you for your interest in the Product Manager position at Harbourline Logistics (Nairobi, Kenya - Hybrid). We have received your application and will be reviewing it shortly.\n\nIf your skills and experience are a match for the role, a member of our team will contact you.\n\nHarbourline Logistics People Team",
    ),
    m(
        "4450188",
        "2025-11-28 09:10",
        "Mercy Otieno <mercy.otieno@harbourline.co.ke>",
        "Invitation: Product Manager interview - Harbourline @ Wed Dec 3, 2025 11am - 12pm (WAT)",
        A("interview", HL, HLR, 21, "direct"),
        "Hello Chidinma,\n\nAs discussed on the phone, please find the calendar invite for your panel interview. We will meet on Google Meet. Time is 1:00 PM East Africa Time (11:00 AM your time in Lagos).\n\nRegards,\nMercy Otieno\nPeople Partner, Harbourline Logistics",
        ics={
            "uid": "h4rb0url1n3pm@google.com",
            "start": "2025-12-03 11:00:00 +0100",
            "minutes": 60,
            "organizer": ("Mercy Otieno", "mercy.otieno@harbourline.co.ke"),
            "summary": "Product Manager interview - Harbourline",
            "location": "https://meet.google.com/hbl-wqpe-tnk",
        },
    ),
    m(
        "4450301",
        "2025-12-17 14:45",
        "Mercy Otieno <mercy.otieno@harbourline.co.ke>",
        "Harbourline PM role - update",
        A("confirmation", HL, HLR, 21, "direct"),
        "Hi Chidinma,\n\nI wanted to give you an honest update. The PM role has been put on hold pending the board's approval of our 2026 budget, which has been pushed to late January. You're still very much our preferred candidate and I'll reach out as soon as I have news.\n\nApologies for the delay, and happy holidays.\n\nMercy",
        st="on_hold",
    ),
    # --- 22 Mkopo Digital (Nairobi), Breezy HR; take-home; rejected -------------------------
    m(
        "4460020",
        "2025-10-15 12:12",
        "Mkopo Digital <noreply@breezy.hr>",
        "Your application to Mkopo Digital",
        A("confirmation", MD, MDR, 22, "other"),
        "Hi Chidinma,\n\nThanks for applying for the Product Manager, Credit role at Mkopo Digital. We have received your application, and our team is reviewing it now.\n\nAsante,\nMkopo Digital Talent",
    ),
    m(
        "4460155",
        "2025-10-24 09:40",
        "Mkopo Digital <noreply@breezy.hr>",
        "Next step: Product assignment",
        A("assessment", MD, MDR, 22, "other"),
        "Hi Chidinma,\n\nCongratulations on moving to the next stage! Please complete the attached product assignment on credit scoring for smallholder farmers and upload your answers through the link below within 5 days.\n\nUpload: https://mkopo-digital.breezy.hr/p/pm-credit/assignment\n\nAsante,\nMkopo Digital Talent",
    ),
    m(
        "4460290",
        "2025-11-12 17:05",
        "Mkopo Digital <noreply@breezy.hr>",
        "Mkopo Digital - your application",
        A("rejection", MD, MDR, 22, "other"),
        "Hi Chidinma,\n\nThank you for submitting the product assignment. It was thoughtful, and we enjoyed reading your approach to alternative data.\n\nHaving reviewed all submissions, we will not be taking your application further. We wish you the best in your job search.\n\nAsante,\nMkopo Digital Talent",
    ),
    # --- 23 Wavecrest (US), Lever confirmation forwarded from an old address; ghosted -------
    m(
        "5580031",
        "2025-10-29 08:03",
        "Chidinma Bello <chidibello_92@yahoo.com>",
        "Fwd: Thank you for applying to Wavecrest",
        A("confirmation", WC, WCR, 23, "lever"),
        "Sent from Yahoo Mail on Android\n\n----- Forwarded Message -----\nFrom: Wavecrest <no-reply@hire.lever.co>\nTo: chidibello_92@yahoo.com\nSent: Tuesday, 28 October 2025, 23:51:07 WAT\nSubject: Thank you for applying to Wavecrest\n\nHi Chidinma,\n\nThank you for applying for the Product Manager, Platform role at Wavecrest. Our team will review your application and reach out if there's a fit. Due to a high volume of applicants, we may not be able to respond to everyone personally.\n\nBest,\nWavecrest Talent",
    ),
    # --- 24 Lumen Clinics (Nairobi), Workable; withdrew after accepting Gridlight ----------
    m(
        "6631022",
        "2025-11-06 12:20",
        "Lumen Clinics <noreply@candidates.workablemail.com>",
        "Lumen Clinics: Thanks for applying!",
        A("confirmation", LC, LCR, 24, "workable"),
        "Hi Chidinma,\n\nThanks for applying for Product Lead (Nairobi or Remote Africa) at Lumen Clinics. We have received your application and will be in touch.\n\nLumen Clinics Hiring Team\n\nPowered by Workable",
    ),
    m(
        "6631120",
        "2025-11-14 16:40",
        "Lumen Clinics <noreply@candidates.workablemail.com>",
        "Lumen Clinics: Schedule your interview",
        A("interview", LC, LCR, 24, "workable"),
        "Hi Chidinma,\n\nWe would love to speak with you about the Product Lead role! Please choose a time for a 30-minute video call with Njeri Mwangi, our COO.\n\nPick a time: https://apply.workable.com/lumen-clinics/j/9B2C0E/schedule\n\nLumen Clinics Hiring Team",
    ),
    m(
        "6631244",
        "2025-11-21 11:15",
        "Njeri Mwangi <njeri@lumenclinics.co.ke>",
        "Re: Withdrawing my application - Product Lead",
        A("confirmation", LC, LCR, 24, "direct"),
        "Dear Chidinma,\n\nThank you for letting us know. I have withdrawn your application and cancelled our call on Monday. Congratulations on your new role, and best of luck!\n\nKind regards,\nNjeri Mwangi\nCOO, Lumen Clinics\n\nOn Fri, 21 Nov 2025 at 10:02, Chidinma Okafor-Bello wrote:\n> Dear Njeri, I'd like to withdraw my application for the Product Lead role, as I've accepted another offer. Thank you for your time.",
        st="withdrawn",
    ),
    # --- 25 Ledgerline re-application (Senior Product Manager) in 2026; rejected ------------
    m(
        "3393011",
        "2026-02-09 13:20",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Thanks for your application to Ledgerline",
        A("confirmation", LL, "Product Manager, Merchant Experience", 25, "ashby"),
        "Hi Chidinma,\n\nThank you for applying for the Product Manager, Merchant Experience role at Ledgerline. We've received your application and someone from the team will be in touch.\n\nCheers,\nThe Ledgerline Talent Team",
    ),
    m(
        "3393130",
        "2026-02-20 09:44",
        "Ledgerline <no-reply@ashbyhq.com>",
        "Your application to Ledgerline",
        A("rejection", LL, "Product Manager, Merchant Experience", 25, "ashby"),
        "Hi Chidinma,\n\nThanks for applying again and for thinking of us. We've reviewed your application for the Product Manager, Merchant Experience role and won't be moving forward at this time; the role has since been scoped as UK-based.\n\nWe'll hold on to your details for any suitable remote openings.\n\nThe Ledgerline Talent Team",
    ),
    # --- alerts, talent communities, nudges, outreach (international) -----------------------
    m(
        "5571501",
        "2025-10-07 18:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "6 new PM roles we think you'll like",
        ("alert", None, None, None, "other", "en"),
        html="<h2>Fresh matches for you</h2><ul><li>Product Manager - Tessellate - London / Remote</li><li>Senior PM, Growth - Kettleby - Remote UK</li><li>Product Manager - Nudgepay - Berlin</li></ul><p>Tip: roles that say 'Remote EMEA' may hire outside the UK through an EOR.</p>",
    ),
    m(
        "5571644",
        "2025-12-16 18:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Your weekly matches",
        ("alert", None, None, None, "other", "en"),
        html="<h2>Your weekly matches</h2><ul><li>Product Lead - Fernhill Labs - Remote</li><li>Senior Software Engineer - Ledgerline - Remote EMEA</li></ul>",
    ),
    m(
        "8830400",
        "2025-11-09 12:00",
        "Brightwater Health <no-reply@us.greenhouse-mail.io>",
        "Join the Brightwater Health Talent Community",
        ("alert", None, None, None, "greenhouse", "en"),
        "Hi Chidinma,\n\nWhile you wait to hear about your application, join our talent community to get news about new roles and life at Brightwater Health.\n\nJoin here: https://boards.greenhouse.io/brightwaterhealth/talent\n\nBrightwater Health Recruiting",
    ),
    m(
        "3392410",
        "2025-11-13 10:00",
        "Ashby <no-reply@ashbyhq.com>",
        "You have an unfinished application at Stackfield",
        ("alert", None, None, None, "ashby", "en"),
        "Hi Chidinma,\n\nYou started an application for Staff Engineer, Developer Experience at Stackfield but didn't submit it. Your progress has been saved.\n\nContinue application: https://jobs.ashbyhq.com/stackfield/\n\nThis reminder was sent by Ashby on behalf of Stackfield.",
    ),
    m(
        "7730010",
        "2025-10-23 14:00",
        "We Work Remotely <noreply@weworkremotely.com>",
        "New remote Product jobs",
        ("alert", None, None, None, "other", "en"),
        "New Product jobs on We Work Remotely\n\n- Product Manager, Payments - Corvana (Anywhere in the World)\n- Senior Product Manager - Fieldstack (UK/EMEA)\n- Technical PM - Hollis AI (Americas/EMEA)\n\nUnsubscribe from this alert.",
    ),
    m(
        "7730122",
        "2026-01-20 14:00",
        "We Work Remotely <noreply@weworkremotely.com>",
        "New remote Programming jobs",
        ("alert", None, None, None, "other", "en"),
        "New Programming jobs on We Work Remotely\n\n- Senior Go Engineer - Orbitline (Anywhere)\n- Backend Engineer - Nuvora (EMEA)\n\nUnsubscribe from this alert.",
    ),
    m(
        "7740033",
        "2025-11-03 11:25",
        "Oliver Grant <oliver.grant@hartleyreed.co.uk>",
        "Remote Product Manager - London fintech (EOR available)",
        ("outreach", None, "Product Manager", None, "agency", "en"),
        "Hi Chidinma,\n\nHope you're well. I came across your profile and thought you might be interested in a role I'm recruiting for: a London-based B2B payments scale-up looking for a Product Manager to own their Africa corridors. They're happy to hire in Lagos through an Employer of Record.\n\nWould you be up for a quick call this week? Let me know what suits.\n\nKind regards,\nOliver Grant\nSenior Consultant, Hartley Reed Recruitment\nHartley Reed Ltd, 20 Eastcheap, London EC3M 1EB",
    ),
    m(
        "7740101",
        "2026-01-27 09:15",
        "Amina Yusuf <amina@tallyrise.io>",
        "Tallyrise - Product role (Nairobi/remote)",
        ("outreach", "Tallyrise", "Senior Product Manager", None, "direct", "en"),
        "Hi Chidinma,\n\nI'm the Head of Talent at Tallyrise (we build bookkeeping for SMEs across East and West Africa). Your name came up from a friend at Gridlight. I know you've just started there, but if you ever want to chat about a Senior PM role in 2026, I'd love to connect.\n\nAmina",
    ),
    m(
        "4450420",
        "2026-02-02 10:05",
        "Mercy Otieno <mercy.otieno@harbourline.co.ke>",
        "Harbourline PM role - update",
        ("other_job", HL, HLR, None, "direct", "en"),
        "Hi Chidinma,\n\nHappy new year! As promised, an update: the budget was approved and we're reopening the PM search. I saw on LinkedIn that you've joined Gridlight, congratulations! If that changes, please reach out; I'd have been glad to work with you.\n\nWarm regards,\nMercy",
    ),
]
