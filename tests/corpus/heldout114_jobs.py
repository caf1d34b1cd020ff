# ruff: noqa: E501, RUF100
"""Corpus 114, job mail from Lagos employers, boards and recruiters (data only): see heldout114.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    return "+0100"  # West Africa Time, no daylight saving


m = partial(dated_spec, tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


ME_ADDR = "chidinma.okaforbello@gmail.com"

PS, PSR = "Paystride", "Senior Product Manager, Payments"
TD, TDR = "Tanda", "Backend Engineer (Go)"
TD2 = "Product Manager, Savings"
SN, SNR = "Shopnaija", "Product Engineer"
MO, MOR = "Moneta Africa", "Lead Product Manager"
HF, HFR = "Halden Foods", "Digital Product Analyst"
ZI, ZIR = "Zenora Insurance", "Product Owner"
CV, CVR = "Crestview Bank", "Digital Product Manager"
GL, GLR = "Gridlight Energy", "Product Manager"
NR, NRR = "NaijaRide", "Senior Software Engineer, Mobile"
CL, CLR = "Cargoline", "Technical Product Manager"

MAIL: list[dict[str, Any]] = [
    # --- 1 Paystride (app) / Paystride Technologies Limited, Greenhouse; offer declined -------
    m(
        "8812045",
        "2025-10-03 09:14",
        "Paystride Technologies Limited <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Paystride",
        A("confirmation", PS, PSR, 1, "greenhouse"),
        "Hi Chidinma,\n\nThank you for your interest in Paystride! We have received your application for the Senior Product Manager, Payments role in Lagos (Hybrid).\n\nOur People team reviews every application carefully. If your experience is a match for what the team needs, someone will reach out within two weeks to talk about next steps. Unfortunately, due to the volume of applications we receive, we are not always able to respond to every candidate individually.\n\nWarm regards,\nTalent Acquisition\nPaystride Technologies Limited\n3rd Floor, 14 Admiralty Way, Lekki Phase 1, Lagos\n\nPaystride is licensed by the CBN as a Payment Solution Service Provider.",
    ),
    m(
        "8812311",
        "2025-10-09 16:40",
        "Ifeoma Nwachukwu <ifeoma.nwachukwu@paystride.ng>",
        "Paystride - Senior PM, Payments: next step",
        A("interview", PS, PSR, 1, "direct"),
        "Hello Chidinma,\n\nI hope your week is going well. Thank you for applying to Paystride. I'm the recruiter for the Senior PM, Payments role and I'd love to have a 30 minute chat with you to tell you more about the team and learn about your experience at your current company.\n\nKindly pick a slot that works for you here: https://calendly.com/ifeoma-paystride/30min\n\nThe call will hold on Google Meet.\n\nBest,\nIfeoma Nwachukwu\nTalent Partner | Paystride\n+234 803 000 4412",
    ),
    m(
        "8812390",
        "2025-10-10 08:02",
        "Calendly <notifications@calendly.com>",
        "New Event: Ifeoma Nwachukwu and Chidinma Okafor-Bello @ Tue Oct 14, 2025 11am - 11:30am (WAT)",
        A("interview", PS, PSR, 1, "other"),
        "Hi Chidinma Okafor-Bello,\n\nA new event has been scheduled.\n\nEvent Type: Paystride | Recruiter screen (30 min)\nInvitee: Chidinma Okafor-Bello\nInvitee Email: chidinma.okaforbello@gmail.com\nEvent Date/Time: 11:00am - 11:30am, Tuesday, October 14, 2025 (West Africa Time)\nLocation: This is a Google Meet web conference. https://meet.google.com/pzx-kqrt-wmd\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/1f0c2a\nReschedule: https://calendly.com/reschedulings/1f0c2a\n\nPowered by Calendly.com",
        ics={
            "uid": "1f0c2a7e-calendly-paystride",
            "start": "2025-10-14 11:00:00 +0100",
            "minutes": 30,
            "organizer": ("Ifeoma Nwachukwu", "ifeoma.nwachukwu@paystride.ng"),
            "summary": "Paystride | Recruiter screen (30 min) - Chidinma Okafor-Bello",
            "location": "https://meet.google.com/pzx-kqrt-wmd",
        },
    ),
    m(
        "8812577",
        "2025-10-17 13:25",
        "Ifeoma Nwachukwu <ifeoma.nwachukwu@paystride.ng>",
        "Paystride product case study",
        A("assessment", PS, PSR, 1, "direct"),
        "Hi Chidinma,\n\nThanks again for the conversation on Tuesday, the team enjoyed your notes on agency banking.\n\nAs discussed, the next stage is a short product case study. Please find the brief attached. We'd like a written response (max 6 slides or 3 pages) by end of day Thursday 23rd October. It should not take more than 4 hours; please don't over-polish it.\n\nThe case: merchants on Paystride POS complain that settlement is slow on weekends. How would you define and prioritise the problem, and what would you ship in the first 90 days?\n\nReach out if anything is unclear.\n\nCheers,\nIfeoma",
        attach=[
            (
                "Paystride_PM_Case_Study.pdf",
                "application/pdf",
                "%PDF-1.4 case study brief\n",
            )
        ],
    ),
    m(
        "8812702",
        "2025-10-28 10:11",
        "Paystride Technologies Limited <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Senior Product Manager, Payments at Paystride",
        A("interview", PS, PSR, 1, "greenhouse"),
        html="<p>Hi Chidinma,</p><p>Your interviews for the <b>Senior Product Manager, Payments</b> role have been confirmed. Details below:</p><table><tr><td>Thursday, October 30, 2025</td></tr><tr><td>10:00 - 10:45 WAT: Case study walkthrough with Babatunde Ayeni (Head of Product)</td></tr><tr><td>11:00 - 11:45 WAT: Engineering partnership with Kelechi Obi (Engineering Manager)</td></tr></table><p>Both sessions will take place on Google Meet: https://meet.google.com/uqe-fhbw-nzc</p><p>If you need to reschedule, reply to this email.</p><p>Paystride Talent Team</p>",
    ),
    m(
        "8812980",
        "2025-11-12 18:47",
        "Babatunde Ayeni <babatunde@paystride.ng>",
        "Offer - Senior Product Manager, Payments",
        A("offer", PS, PSR, 1, "direct"),
        "Dear Chidinma,\n\nIt was great speaking with you earlier today. As promised, I'm pleased to formally confirm that Paystride Technologies Limited would like to offer you the role of Senior Product Manager, Payments.\n\nAttached is the offer letter with the compensation (gross annual base of NGN 38,400,000, HMO for you and dependants, pension at 10% employer contribution, and equity options under the ESOP). The offer is valid until Friday 21st November.\n\nWe really believe you'll do great things here. Please let me know if you have any questions at all.\n\nWarm regards,\nBabatunde Ayeni\nHead of Product, Paystride",
        attach=[("Offer_Letter_C_Okafor-Bello.pdf", "application/pdf", "%PDF-1.4 offer\n")],
    ),
    m(
        "8813120",
        "2025-11-20 09:32",
        "Babatunde Ayeni <babatunde@paystride.ng>",
        "Re: Offer - Senior Product Manager, Payments",
        A("offer", PS, PSR, 1, "direct"),
        "Hi Chidinma,\n\nThank you for letting me know, and for being so open about your reasons. I'm sad we won't be working together, but I completely understand, and I respect that you've chosen the role that fits you best right now.\n\nThe door is open here. Let's keep in touch.\n\nBest,\nBabatunde\n\nOn Wed, Nov 19, 2025 at 9:55 PM Chidinma Okafor-Bello <chidinma.okaforbello@gmail.com> wrote:\n> Dear Babatunde,\n> Thank you so much for the offer and for the time the team invested in me. After a lot of thought I have decided to decline it, as I have accepted another role that is closer to energy and climate, which is where I want to build next.\n> Kind regards,\n> Chidinma",
        st="declined",
        headers={"In-Reply-To": "<8812980.20251112.40@paystride.ng>"},
    ),
    # --- 2 Tanda (app of Tandawise MFB Limited), Lever; HackerRank; rejected ----------------
    m(
        "5519024",
        "2025-10-06 12:03",
        "Tandawise Microfinance Bank <no-reply@hire.lever.co>",
        "Thanks for applying to Tandawise Microfinance Bank",
        A("confirmation", TD, TDR, 2, "lever"),
        "Hi Chidinma,\n\nThanks for applying for the Backend Engineer (Go) position at Tandawise Microfinance Bank Limited (Tanda). We're excited that you're interested in helping millions of Nigerians save smarter.\n\nWe'll review your application and get back to you shortly.\n\nThe Tanda Talent Team",
    ),
    m(
        "5519188",
        "2025-10-10 15:00",
        "HackerRank <no-reply@hackerrank.com>",
        "Tanda invites you to take the Backend Engineer Assessment",
        A("assessment", TD, TDR, 2, "hackerrank"),
        html="<p>Hi Chidinma,</p><p><b>Tandawise MFB</b> has invited you to take the <b>Backend Engineer (Go) - Screening</b> test on HackerRank.</p><p>Duration: 90 minutes<br>Questions: 3 coding, 5 multiple choice<br>Test expires: Oct 17, 2025 11:59 PM WAT</p><p><a href='https://www.hackerrank.com/test/7fkd0a1h2'>Start test</a></p><p>Make sure you have a stable internet connection before you start. Good luck!</p><p>The HackerRank Team</p>",
    ),
    m(
        "5519342",
        "2025-10-16 22:41",
        "HackerRank <no-reply@hackerrank.com>",
        "Your test submission has been received",
        A("assessment", TD, TDR, 2, "hackerrank"),
        "Hi Chidinma,\n\nThank you for completing the Backend Engineer (Go) - Screening test for Tandawise MFB. Your responses have been submitted successfully. The hiring team will get in touch with you regarding next steps.\n\nThe HackerRank Team",
    ),
    m(
        "5519611",
        "2025-10-27 11:18",
        "Tandawise Microfinance Bank <no-reply@hire.lever.co>",
        "Your application to Tanda",
        A("rejection", TD, TDR, 2, "lever"),
        "Hi Chidinma,\n\nThank you for the time you put into our process, including the coding assessment. The team was impressed by the clarity of your solutions, and we enjoyed seeing how you approached the concurrency question.\n\nAfter careful consideration, we have decided to move forward with candidates whose experience more closely matches the current needs of the role, which leans heavily on core banking integrations.\n\nWe would love to stay in touch as we grow, and we encourage you to look at other openings on our careers page.\n\nBest wishes,\nTanda Talent Team",
    ),
    # --- 3 Tanda again, a second role (PM, Savings), Lever; ghosted ---------------------------
    m(
        "5520771",
        "2025-12-02 10:25",
        "Tandawise Microfinance Bank <no-reply@hire.lever.co>",
        "Thanks for applying to Tandawise Microfinance Bank",
        A("confirmation", TD, TD2, 3, "lever"),
        "Hi Chidinma,\n\nThanks for applying for the Product Manager, Savings position at Tandawise Microfinance Bank Limited (Tanda). We're excited that you're interested in helping millions of Nigerians save smarter.\n\nWe'll review your application and get back to you shortly.\n\nThe Tanda Talent Team",
    ),
    # --- 4 Shopnaija -> renamed Kasuwa during the process, Ashby ----------------------------
    m(
        "3390021",
        "2025-10-08 19:52",
        "Shopnaija Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Shopnaija!",
        A("confirmation", SN, SNR, 4, "ashby"),
        "Hi Chidinma,\n\nThanks for applying to the Product Engineer role at Shopnaija! We have received your application and our team will review it soon. We review every application by hand, so please bear with us.\n\nIn the meantime, follow us on X (@shopnaija) to see what we're building for informal retailers.\n\nShopnaija Hiring Team",
        reply_to="no-reply@ashbyhq.com",
    ),
    m(
        "3390188",
        "2025-10-21 12:30",
        "Tolu Adeyemi <tolu@shopnaija.com>",
        "Chat about Product Engineer role",
        A("interview", SN, SNR, 4, "direct"),
        "Hey Chidinma,\n\nTolu here, co-founder at Shopnaija. I went through your application and your GitHub (the USSD side project is cool). Would you be up for a 45-minute technical conversation with me and our lead engineer next week?\n\nHere's my Calendly: https://calendly.com/tolu-shopnaija/tech-chat\n\nZoom link will be in the invite.\n\nTolu",
    ),
    m(
        "3390202",
        "2025-10-21 17:06",
        "Calendly <notifications@calendly.com>",
        "Invitation from an unknown sender: Tech chat (Shopnaija) @ Tue Oct 28, 2025 3pm - 3:45pm (WAT)",
        A("interview", SN, SNR, 4, "other"),
        "Hi Chidinma Okafor-Bello,\n\nYour event is scheduled.\n\nTech chat (Shopnaija)\nTuesday, October 28, 2025, 3:00pm - 3:45pm (West Africa Time)\nHost: Tolu Adeyemi\nLocation: Zoom. Join: https://us06web.zoom.us/j/83316620042?pwd=ShOp22\n\nA calendar invitation has been sent to your email address.\n\nPowered by Calendly.com",
        ics={
            "uid": "ev-88be03-calendly",
            "start": "2025-10-28 15:00:00 +0100",
            "minutes": 45,
            "organizer": ("Tolu Adeyemi", "tolu@shopnaija.com"),
            "summary": "Tech chat (Shopnaija) - Chidinma Okafor-Bello",
            "location": "https://us06web.zoom.us/j/83316620042?pwd=ShOp22",
        },
    ),
    m(
        "3390466",
        "2025-11-06 09:00",
        "Tolu Adeyemi <tolu@kasuwa.africa>",
        "Shopnaija is now Kasuwa + your next round",
        A("interview", SN, SNR, 4, "direct"),
        "Hi Chidinma,\n\nQuick heads-up first: as of this week Shopnaija is officially Kasuwa! Same team, same mission, new name (and a new domain, so my email is now tolu@kasuwa.africa). Our legal name is now Kasuwa Commerce Ltd.\n\nOn your process: the team liked the tech chat a lot. The final round is a 90 min pairing session on Zoom with two of our engineers, plus 30 mins with me. Could you do Wednesday 12th November at 2pm?\n\nTolu\nCo-founder & CEO, Kasuwa (formerly Shopnaija)",
    ),
    m(
        "3390712",
        "2025-11-19 20:14",
        "Kasuwa Hiring Team <no-reply@ashbyhq.com>",
        "Update on your candidacy",
        A("rejection", SN, SNR, 4, "ashby"),
        "Hi Chidinma,\n\nThank you so much for spending time with the Kasuwa team over the past few weeks. Everyone who met you spoke highly of your product thinking and your calm approach in the pairing session.\n\nThis was a really hard decision, but we've decided not to move forward with your application at this time. We've chosen a candidate with more React Native depth, which is the team's immediate gap.\n\nWe'll keep your details on file and would love to reconnect in the future.\n\nWarmly,\nTolu and the Kasuwa team",
    ),
    # --- 5 Recruiter 'fast-growing fintech' -> Moneta Africa; withdrawal --------------------
    m(
        "7701934",
        "2025-10-13 11:47",
        "Adaeze Obi <adaeze@talentbridge-partners.com>",
        "Lead PM opportunity - fast-growing fintech (Lagos, hybrid)",
        ("outreach", None, MOR, None, "agency", "en"),
        "Good morning Chidinma,\n\nI trust this mail finds you well. I'm a Senior Consultant at TalentBridge Partners, and I'm currently hiring for a fast-growing fintech (Series A, lending and cards, operating in Nigeria and Ghana) that is building out its product team.\n\nThe role is Lead Product Manager, reporting to the CPO. Compensation is competitive and benchmarked to top tech in Lagos, and there's a USD component.\n\nWould you be open to a quick call this week? Kindly share your updated CV and a convenient time.\n\nKind regards,\nAdaeze Obi\nSenior Consultant, Technology & Digital\nTalentBridge Partners\nVictoria Island, Lagos",
    ),
    m(
        "7702001",
        "2025-10-15 14:20",
        "Adaeze Obi <adaeze@talentbridge-partners.com>",
        "RE: Lead PM opportunity - fast-growing fintech (Lagos, hybrid)",
        ("outreach", MO, MOR, None, "agency", "en"),
        "Hi Chidinma,\n\nThanks for your time on the phone earlier. As promised, the client is Moneta Africa (their app is called Moneta, you may know the virtual cards). I've attached the JD.\n\nWith your go-ahead I'll submit your profile to their CPO today.\n\nRegards,\nAdaeze\n\n-----Original Message-----\nFrom: Chidinma Okafor-Bello <chidinma.okaforbello@gmail.com>\nSent: Wednesday, October 15, 2025 11:02 AM\nSubject: Re: Lead PM opportunity - fast-growing fintech (Lagos, hybrid)\n\nHi Adaeze, thanks, happy to chat. 1pm today works.",
        attach=[
            (
                "JD_Lead_PM_MonetaAfrica.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK job description",
            )
        ],
    ),
    m(
        "7702109",
        "2025-10-16 10:05",
        "Adaeze Obi <adaeze@talentbridge-partners.com>",
        "Profile submitted - Moneta Africa, Lead PM",
        A("confirmation", MO, MOR, 5, "agency"),
        "Hi Chidinma,\n\nJust to confirm that I have submitted your profile to Moneta Africa for the Lead Product Manager role. I'll revert as soon as I hear back from them, usually within a week.\n\nRegards,\nAdaeze",
    ),
    m(
        "7702355",
        "2025-10-24 16:33",
        "Adaeze Obi <adaeze@talentbridge-partners.com>",
        "Moneta Africa - first interview invite",
        A("interview", MO, MOR, 5, "agency"),
        "Hi Chidinma,\n\nGood news! Moneta would like to meet you. First interview is with Segun Bakare (CPO), 45 minutes on Google Meet, Thursday 30th October at 4pm. Kindly confirm and I'll have them send the invite.\n\nRegards,\nAdaeze",
    ),
    m(
        "7702357",
        "2025-10-25 09:12",
        "Segun Bakare <segun.bakare@moneta.africa>",
        "Invitation: Chidinma <> Segun (Moneta Lead PM) @ Thu Oct 30, 2025 4pm - 4:45pm (WAT)",
        A("interview", MO, MOR, 5, "direct"),
        "You have been invited to the following event.\n\nChidinma <> Segun (Moneta Lead PM)\nThursday Oct 30, 2025 4pm - 4:45pm (West Africa Time - Lagos)\nJoining info: meet.google.com/mna-uxbt-qre\n\nOrganizer: segun.bakare@moneta.africa\nGuests: Chidinma Okafor-Bello, adaeze@talentbridge-partners.com\n\nInvitation from Google Calendar",
        ics={
            "uid": "6t1m0nq7c2@google.com",
            "start": "2025-10-30 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Segun Bakare", "segun.bakare@moneta.africa"),
            "attendees": [("Adaeze Obi", "adaeze@talentbridge-partners.com")],
            "summary": "Chidinma <> Segun (Moneta Lead PM)",
            "location": "https://meet.google.com/mna-uxbt-qre",
        },
    ),
    m(
        "7702560",
        "2025-11-21 12:40",
        "Adaeze Obi <adaeze@talentbridge-partners.com>",
        "Re: Withdrawing from Moneta process",
        A("confirmation", MO, MOR, 5, "agency"),
        "Hi Chidinma,\n\nNoted with thanks, and congratulations on the new role! I've informed Moneta that you're withdrawing from the process. They were sorry to hear it, as they wanted to invite you to the final round.\n\nDo keep me in mind when you're building your team.\n\nRegards,\nAdaeze\n\n> On 21 Nov 2025, at 10:03, Chidinma Okafor-Bello wrote:\n> Hi Adaeze, kindly withdraw me from the Moneta process. I've accepted an offer elsewhere. Thank you for everything.",
        st="withdrawn",
        headers={"In-Reply-To": "<7702355.20251024.38@talentbridge-partners.com>"},
    ),
    # --- 6 Halden Foods Plc via Jobberman; rejected -----------------------------------------
    m(
        "4410230",
        "2025-10-07 08:31",
        "Jobberman Nigeria <noreply@jobberman.com>",
        "Your application for Digital Product Analyst at Halden Foods Plc was sent",
        A("confirmation", HF, HFR, 6, "other"),
        html="<div><h2>Application sent!</h2><p>Hi Chidinma,</p><p>Your application for <b>Digital Product Analyst</b> at <b>Halden Foods Plc</b> (Ikeja, Lagos) has been sent to the employer.</p><p>Tip: Candidates who complete the Jobberman soft skills training are 3x more likely to be shortlisted.</p><p>Good luck!<br>Jobberman Nigeria</p></div>",
    ),
    m(
        "4410561",
        "2025-11-03 15:47",
        "Halden HR <recruitment@haldenfoodsplc.com>",
        "Application for Digital Product Analyst",
        A("rejection", HF, HFR, 6, "direct"),
        "Dear Chidinma Okafor-Bello,\n\nWe refer to your application for the above position.\n\nWe appreciate the interest you have shown in Halden Foods Plc. However, we regret to inform you that you were not shortlisted for the next stage of the recruitment exercise.\n\nWe wish you success in your future endeavours.\n\nYours faithfully,\nFor: Halden Foods Plc\nHuman Resources Department",
    ),
    # --- 7 Zenora Insurance via MyJobMag; applied by email; ghosted -------------------------
    m(
        "4420108",
        "2025-10-11 10:55",
        "Zenora Careers <careers@zenora-ng.com>",
        "Re: Application for the Position of Product Owner - Chidinma Okafor-Bello",
        A("confirmation", ZI, ZIR, 7, "direct"),
        "Dear Applicant,\n\nThis is to acknowledge receipt of your application. Your CV will be reviewed and only shortlisted candidates will be contacted.\n\nZenora Insurance Plc\nHuman Capital Management\n\n-----Original Message-----\nFrom: chidinma.okaforbello@gmail.com\nSubject: Application for the Position of Product Owner - Chidinma Okafor-Bello\n\nDear Sir/Madam,\nI write to apply for the position of Product Owner as advertised on MyJobMag. Please find attached my CV and cover letter.",
    ),
    # --- 8 Crestview Bank Plc (CVB), Workable; interviews; rejected -------------------------
    m(
        "6630014",
        "2025-10-14 13:07",
        "CVB Careers <noreply@candidates.workablemail.com>",
        "Crestview Bank Plc: Application received",
        A("confirmation", CV, CVR, 8, "workable"),
        "Hello Chidinma,\n\nThank you for applying for the Digital Product Manager position at Crestview Bank Plc.\n\nWe have received your application and our recruitment team will review it. If you are not selected for the next stage, we will let you know by email.\n\nKind regards,\nCVB Talent Acquisition\n\nPowered by Workable",
    ),
    m(
        "6630290",
        "2025-10-29 17:21",
        "CVB Careers <noreply@candidates.workablemail.com>",
        "Interview invitation: Digital Product Manager",
        A("interview", CV, CVR, 8, "workable"),
        "Hello Chidinma,\n\nWe are pleased to invite you to a virtual interview for the Digital Product Manager role.\n\nDate: Tuesday, 4th November 2025\nTime: 10:00 AM WAT\nPlatform: Zoom (link below)\nPanel: Head, Digital Channels; Group Head, Retail Products; HR Business Partner\n\nKindly confirm your availability by replying to this email. Please have your means of identification available.\n\nhttps://zoom.us/j/94120055318\n\nRegards,\nCVB Talent Acquisition",
    ),
    m(
        "6630533",
        "2025-11-25 09:48",
        "Crestview Bank <noreply@candidates.workablemail.com>",
        "Update on your application - Digital Product Manager",
        A("rejection", CV, CVR, 8, "workable"),
        "Dear Chidinma,\n\nThank you for taking part in the interview for the role of Digital Product Manager at Crestview Bank Plc. The panel appreciated your in-depth knowledge of digital channels and your presentation.\n\nUnfortunately, we will not be proceeding with your application at this time. The volume of strong candidates made this a difficult decision.\n\nWe will retain your profile in our talent pool for future opportunities.\n\nKind regards,\nCVB Talent Acquisition",
    ),
    # --- 9 Gridlight Energy, Wellfound; founder gmail; offer ACCEPTED -----------------------
    m(
        "2280041",
        "2025-10-20 21:05",
        "Wellfound <noreply@wellfound.com>",
        "Your application to Gridlight Energy",
        A("confirmation", GL, GLR, 9, "wellfound"),
        html="<p>Hi Chidinma,</p><p>You applied to <b>Gridlight Energy</b> for <b>Product Manager</b> (Lagos / Remote, NGN 24M - 36M, 0.1% - 0.3%).</p><p>Gridlight Energy will be notified of your application. We'll let you know when they respond.</p><p>- The Wellfound Team</p>",
    ),
    m(
        "2280159",
        "2025-10-23 07:48",
        "Emeka Ilori <emeka.ilori.sol@gmail.com>",
        "Gridlight - PM role",
        A("interview", GL, GLR, 9, "direct"),
        "Hi Chidinma,\n\nEmeka here, founder of Gridlight (we do pay-as-you-go solar for small businesses in Lagos and Ibadan). Saw your application on Wellfound. Can we do a call Saturday morning? I know it's a weekend, but we're 11 people and I'm on site visits all week. 10am on Zoom?\n\nhttps://us05web.zoom.us/j/5551208843\n\nSent from my iPhone",
    ),
    m(
        "2280288",
        "2025-11-03 18:15",
        "Emeka Ilori <emeka.ilori.sol@gmail.com>",
        "Paid trial week",
        A("assessment", GL, GLR, 9, "direct"),
        "Hi Chidinma,\n\nThanks for Saturday and for meeting Funke and the ops team yesterday. As discussed, we'd like to do a paid trial: 5 working days from Monday 10th November, working with us on the collections dashboard. We'll pay NGN 350,000 for the week regardless of the outcome. You'll get Slack and Linear access on Monday morning.\n\nIf that works, reply and I'll send a short agreement.\n\nEmeka\nGridlight Energy Ltd",
    ),
    m(
        "2280411",
        "2025-11-17 19:02",
        "Emeka Ilori <emeka.ilori.sol@gmail.com>",
        "Offer!",
        A("offer", GL, GLR, 9, "direct"),
        "Chidinma,\n\nThe whole team loved working with you last week. We'd like to offer you the Product Manager role. Formal letter from Funke (our people & ops lead) is attached: NGN 33M base, 0.25% equity over 4 years, start date 5th January 2026.\n\nTake a couple of days. Happy to talk anytime.\n\nEmeka",
        attach=[("Gridlight_Offer_Letter.pdf", "application/pdf", "%PDF-1.4 gridlight offer\n")],
    ),
    m(
        "2280502",
        "2025-11-19 14:31",
        "Funke Adebayo via Docusign <dse_NA3@docusign.net>",
        "Completed: Gridlight Energy Ltd - Offer of Employment - Chidinma Okafor-Bello",
        A("offer", GL, GLR, 9, "docusign"),
        html="<p>All parties have completed the envelope <b>Gridlight Energy Ltd - Offer of Employment - Chidinma Okafor-Bello</b>.</p><p>To view or download the document, click below.</p><p><a href='https://na3.docusign.net/Signing/'>VIEW COMPLETED DOCUMENT</a></p><p>Funke Adebayo<br>funke@gridlight.energy</p>",
        st="accepted",
    ),
    m(
        "2280733",
        "2025-12-15 10:20",
        "Funke Adebayo <funke@gridlight.energy>",
        "Welcome to Gridlight! Onboarding details for 5th January",
        A("other_job", GL, GLR, None, "direct"),
        "Hi Chidinma,\n\nWelcome aboard! A few things before your first day:\n\n1. Please complete the BVN and pension PFA details form (attached).\n2. Your laptop will be delivered to your house in Yaba the week of 29th December.\n3. Day one: 9am at the office, 7 Ogunlana Drive, Surulere. Tea and akara on us.\n\nSee you soon,\nFunke\nPeople & Operations, Gridlight Energy",
    ),
    # --- 10 NaijaRide via Indeed; viewed; ghosted -------------------------------------------
    m(
        "9901227",
        "2025-10-18 11:10",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Senior Software Engineer, Mobile",
        A("confirmation", NR, NRR, 10, "indeed"),
        "Chidinma, your application has been submitted.\n\nSenior Software Engineer, Mobile\nNaijaRide Technologies - Lagos\n\nThe employer will contact you if your qualifications match the job.\n\nWhat's next? Track your application status on My jobs.\n\nIndeed",
    ),
    m(
        "9901441",
        "2025-10-25 06:52",
        "Indeed <alert@indeed.com>",
        "Your application was viewed by NaijaRide Technologies",
        A("viewed", NR, NRR, 10, "indeed"),
        "Good news, Chidinma! NaijaRide Technologies viewed your application for Senior Software Engineer, Mobile.\n\nEmployers often review several applications before contacting candidates. Keep applying to increase your chances.\n\nIndeed",
    ),
    # --- 11 Cargoline, LinkedIn Easy Apply; viewed; ghosted ---------------------------------
    m(
        "1150089",
        "2025-11-04 20:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Chidinma, your application was sent to Cargoline",
        A("confirmation", CL, CLR, 11, "linkedin"),
        "Your application was sent to Cargoline\n\nTechnical Product Manager\nCargoline - Lagos, Lagos State, Nigeria (Hybrid)\nApplied on November 4, 2025\n\nView similar jobs: https://www.linkedin.com/jobs/\n\nThis email was intended for Chidinma Okafor-Bello (Product Manager | Software Engineer | Payments & Fintech)",
    ),
    m(
        "1150212",
        "2025-11-10 09:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Cargoline",
        A("viewed", CL, CLR, 11, "linkedin"),
        "Your application was viewed by Cargoline\n\nTechnical Product Manager\nCargoline - Lagos (Hybrid)\n\nThe hiring team at Cargoline viewed your application. You'll hear from them if they decide to move forward.\n\nLinkedIn",
    ),
    # --- outreach, alerts, other job mail (Nigeria) -----------------------------------------
    m(
        "1150301",
        "2025-10-02 07:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for 'product manager' in Lagos",
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for product manager in Lagos, Lagos State, Nigeria\n\nProduct Manager, Lending - Finlo - Lagos (Hybrid)\nSenior Product Manager, Payments - Paystride - Lagos\nProduct Owner - Zenora Insurance Plc - Lagos\nAssociate Product Manager - Oja Express - Lagos\n\nSee all jobs: https://www.linkedin.com/jobs/search/\n\nYou're receiving this because you created a job alert.",
    ),
    m(
        "1150377",
        "2025-10-30 07:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "'software engineer': Kasuwa and 12 more new jobs",
        ("alert", None, None, None, "linkedin", "en"),
        "Jobs similar to your alert software engineer in Lagos\n\nSoftware Engineer (Go) - Kasuwa - Lagos\nBackend Engineer - Tanda - Lagos (Hybrid)\nSenior Mobile Engineer - Akwaaba Pay - Accra, Ghana (Remote)\n\nSee all jobs: https://www.linkedin.com/jobs/search/",
    ),
    m(
        "4410901",
        "2025-10-05 09:00",
        "Jobberman Nigeria <noreply@jobberman.com>",
        "15 new jobs matching 'Product Manager' this week",
        ("alert", None, None, None, "other", "en"),
        html="<h3>Jobs picked for you</h3><ul><li>Digital Product Analyst - Halden Foods Plc - Ikeja</li><li>Product Manager - Sterling Way MFB - Victoria Island</li><li>Senior Business Analyst - Oando-Lite Energy - Lekki</li></ul><p>Apply now on Jobberman. Nigeria's No. 1 job site.</p>",
    ),
    m(
        "4410934",
        "2025-11-09 09:00",
        "Jobberman Nigeria <noreply@jobberman.com>",
        "Complete your profile to get noticed by employers",
        ("alert", None, None, None, "other", "en"),
        "Hi Chidinma,\n\nYour Jobberman profile is 70% complete. Employers are 4x more likely to invite candidates with a complete profile to interview. Add your work experience and skills to finish.\n\nComplete profile: https://www.jobberman.com/profile\n\nJobberman",
    ),
    m(
        "4420330",
        "2025-10-09 06:30",
        "MyJobMag <jobs@myjobmag.com>",
        "Today's Jobs: Product Owner at Zenora Insurance Plc & 47 other vacancies",
        ("alert", None, None, None, "other", "en"),
        "Latest jobs in Lagos for Product / Project Management\n\n1. Product Owner at Zenora Insurance Plc - Lagos - Deadline: 17 Oct 2025\n2. Project Manager at Ikeja Medical Centre - Lagos\n3. Graduate Trainee Programme 2025 at Halden Foods Plc - Nationwide\n\nHow to apply: Interested and qualified candidates should forward their CV to the email addresses listed.\n\nUnsubscribe | MyJobMag",
    ),
    m(
        "4420544",
        "2025-12-11 06:30",
        "MyJobMag <jobs@myjobmag.com>",
        "Today's Jobs: Senior Product Designer at Finlo & 52 other vacancies",
        ("alert", None, None, None, "other", "en"),
        "Latest jobs in Lagos\n\n1. Senior Product Designer at Finlo - Lagos\n2. Software Engineer (Java) at Crestview Bank Plc - Lagos\n3. Head of Product at Kasuwa - Lagos\n\nUnsubscribe | MyJobMag",
    ),
    m(
        "7703001",
        "2025-11-26 15:02",
        "Ngozi Eze <ngozi.eze@pinnacle-search.ng>",
        "Head of Product - leading digital bank",
        ("outreach", None, "Head of Product", None, "agency", "en"),
        "Dear Chidinma,\n\nI am conducting a confidential search for a Head of Product for one of Nigeria's leading digital banks. Your background in payments came highly recommended.\n\nWould you be available for a discreet conversation?\n\nBest regards,\nNgozi Eze\nPartner, Pinnacle Search Nigeria",
    ),
    m(
        "7703044",
        "2025-11-27 08:40",
        "Ngozi Eze <ngozi.eze@pinnacle-search.ng>",
        "Out of Office: Re: Head of Product - leading digital bank",
        ("other_job", None, None, None, "agency", "en"),
        "Thank you for your email. I am out of the office attending a client retreat in Abuja and will return on Wednesday, 3rd December 2025. For urgent matters, please contact my colleague Bisi at bisi.lawal@pinnacle-search.ng.\n\nNgozi Eze\nPartner, Pinnacle Search Nigeria",
    ),
    m(
        "1150590",
        "2025-12-08 12:17",
        "Kunle Aina via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Kunle sent you a message: Senior PM role at Finlo",
        ("outreach", "Finlo", "Senior Product Manager", None, "linkedin", "en"),
        "Kunle Aina\nTalent Lead at Finlo\n\nHi Chidinma, congrats on the new role at Gridlight! I know the timing is not ideal, but we're hiring a Senior PM for our SME lending product and I think you'd be brilliant. Open to a chat in Q1?\n\nReply on LinkedIn",
    ),
    m(
        "1150622",
        "2025-12-09 07:45",
        "Kunle Aina via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Re: Senior PM role at Finlo",
        ("outreach", "Finlo", "Senior Product Manager", None, "linkedin", "en"),
        "Kunle Aina\n\nNo wahala at all, totally understand. I'll check back in a few months. All the best with the new role!\n\nReply on LinkedIn",
    ),
]
