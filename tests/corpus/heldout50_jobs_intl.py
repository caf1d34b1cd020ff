"""Corpus 50, more job mail (agency, boards, Vancouver BC, alerts, outreach): see heldout50.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    return "-0700" if day < "2025-11-02" or day >= "2026-03-08" else "-0800"


def m(key, when, frm, subject, t, text=None, html=None, **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, co, role, src):
    return (cat, co, role, None, src, "en")


TF, TFR = "Tallyfin", "Senior Backend Engineer"

MAIL: list[dict[str, Any]] = [
    # --- 7 agency -> Tallyfin ---------------------------------------------------------------
    m(
        "52001",
        "2025-10-09 07:41",
        "Cody Brandt <cody.brandt@brightpathtalent.com>",
        "Series B fintech in SoMa - Sr Backend (remote OK)",
        J("outreach", None, TFR, "agency"),
        "Hi Priya,\n\nHope you're well! I'm working on an exclusive search for a Series B "
        "fintech in SoMa (~80 people, $40M raised, top-tier VCs) that's building card-issuing "
        "infrastructure for SMBs. They need a Senior Backend Engineer (Go/Kotlin, Postgres) and "
        "are open to remote in the US. Comp is $190-225k + meaningful equity.\n\nYour payments "
        "work looks like a great match. Open to a quick call this week?\n\nCody Brandt\nSenior "
        "Technical Recruiter | Brightpath Talent Partners\n(415) 555-0182",
    ),
    m(
        "52005",
        "2025-10-14 16:12",
        "Cody Brandt <cody.brandt@brightpathtalent.com>",
        "RE: Series B fintech in SoMa - Sr Backend (remote OK)",
        A("confirmation", TF, TFR, 7, "agency"),
        "Thanks for the time today Priya! As discussed, the client is Tallyfin — I've submitted "
        "your resume to their Head of Engineering with a strong note. I'll let you know as soon "
        "as I hear back, usually within a few days.\n\nCody",
    ),
    m(
        "52009",
        "2025-10-20 12:30",
        "Cody Brandt <cody.brandt@brightpathtalent.com>",
        "Tallyfin wants to meet you!",
        A("interview", TF, TFR, 7, "agency"),
        "Great news — Tallyfin would like to do a 45-minute technical conversation with Ines "
        "Vargas (Eng Manager, Ledger). She proposed Thursday 10/23 at 2pm PT. Can I confirm?\n\n"
        "Cody",
    ),
    m(
        "52013",
        "2025-11-06 09:58",
        "Cody Brandt <cody.brandt@brightpathtalent.com>",
        "Quick update on Tallyfin",
        A("confirmation", TF, TFR, 7, "agency"),
        "Hi Priya,\n\nJust got off the phone with Tallyfin. Frustrating news: the role has been "
        "put on hold — they're re-planning headcount after their board meeting and pausing all "
        "backend hiring until Q1. They were very positive on you and asked me to keep you "
        "warm.\n\nI'll ping you the moment it reopens.\n\nCody",
        st="on_hold",
    ),
    # --- 9 Cobaltline (iCIMS) ------------------------------------------------------------
    m(
        "52101",
        "2025-10-13 14:07",
        "Cobaltline Careers <cobaltline@talent.icims.com>",
        "Cobaltline: We received your application",
        A("confirmation", "Cobaltline", "Senior Backend Engineer (Java/Kotlin)", 9, "icims"),
        "Dear Priya Raghunathan-Cole,\n\nThank you for applying to Requisition 2025-11873, "
        "Senior Backend Engineer (Java/Kotlin), Austin, TX. Your submission has been received "
        "and will be reviewed by our talent acquisition team.\n\nTo update your profile, log in "
        "to the Cobaltline Careers Portal.\n\nRegards,\nCobaltline Talent Acquisition\n\nPlease "
        "do not reply to this automated message.",
    ),
    m(
        "52120",
        "2025-11-19 06:45",
        "Cobaltline Careers <cobaltline@talent.icims.com>",
        "Regarding Requisition 2025-11873",
        A("rejection", "Cobaltline", "Senior Backend Engineer (Java/Kotlin)", 9, "icims"),
        "Dear Priya,\n\nThank you for your interest in Cobaltline and for the time you invested "
        "in applying. After careful review of your qualifications, we're not able to offer you "
        "a position at this time.\n\nWe encourage you to visit our careers site for future "
        "openings.\n\nSincerely,\nCobaltline Talent Acquisition",
    ),
    # --- 10 Verdant Loop (LinkedIn Easy Apply) -------------------------------------------
    m(
        "52201",
        "2025-10-15 18:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Verdant Loop",
        A("confirmation", "Verdant Loop", "Senior Android Developer", 10, "linkedin"),
        "Your application was sent to Verdant Loop\n\nSenior Android Developer\nVerdant Loop · "
        "Seattle, WA (Hybrid)\nApplied on October 15, 2025\n\nView similar jobs\n\n----\nThis "
        "email was intended for Priya Raghunathan-Cole (Senior Software Engineer)\nUnsubscribe · "
        "Help\n© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085",
    ),
    m(
        "52205",
        "2025-10-18 10:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Verdant Loop",
        A("viewed", "Verdant Loop", "Senior Android Developer", 10, "linkedin"),
        "Your application was viewed by Verdant Loop\n\nSenior Android Developer · Seattle, WA\n\n"
        "Good luck! The hiring team viewed your application.\n\n© 2025 LinkedIn Corporation",
    ),
    m(
        "52210",
        "2025-10-30 22:17",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Verdant Loop",
        A("rejection", "Verdant Loop", "Senior Android Developer", 10, "linkedin"),
        "Your update from Verdant Loop\n\nSenior Android Developer\n\nThank you for your "
        "interest in the Senior Android Developer position at Verdant Loop in Seattle. "
        "Unfortunately, we will not be moving forward with your application, but we appreciate "
        "your time and interest.\n\nRegards,\nVerdant Loop\n\nTop jobs for you ->\n\n© 2025 "
        "LinkedIn Corporation",
    ),
    # --- 11 Hartwell Bank (Workday) ghosted ---------------------------------------------
    m(
        "52301",
        "2025-10-21 23:40",
        "Hartwell Bank Careers <hartwell@myworkday.com>",
        "Thank you for applying – Senior Mobile Engineer (iOS/Android)",
        A("confirmation", "Hartwell Bank", "Senior Mobile Engineer (iOS/Android)", 11, "workday"),
        "Hello Priya,\n\nThank you for applying for Senior Mobile Engineer (iOS/Android) "
        "(JR-77102) at Hartwell Bank, N.A. We're reviewing your qualifications. Please log in to "
        "your candidate account to track your application.\n\nHartwell Bank Talent Acquisition\n"
        "Hartwell Bank is an Equal Opportunity Employer, including Disability/Veterans.",
    ),
    # --- 12 Kinetica Freight (SmartRecruiters) -----------------------------------------
    m(
        "52401",
        "2025-11-02 13:13",
        "Kinetica Freight <noreply@smartrecruiters.com>",
        "Your application for Backend Engineer III",
        A("confirmation", "Kinetica Freight", "Backend Engineer III", 12, "smartrecruiters"),
        "Hi Priya,\n\nThanks for applying to Kinetica Freight! We have successfully received your "
        "application for Backend Engineer III (Remote - US).\n\nWhat happens next? Our hiring "
        "team will review your profile. You can follow your application in My Applications on "
        "SmartRecruiters.\n\nKinetica Freight Recruiting Team",
    ),
    m(
        "52410",
        "2025-11-10 08:02",
        "CoderPad <notifications@coderpad.io>",
        "Kinetica Freight has invited you to a CoderPad Screen",
        A("assessment", "Kinetica Freight", "Backend Engineer III", 12, "other"),
        "Hello Priya,\n\nKinetica Freight invited you to complete a CoderPad Screen "
        "assessment: Backend Engineer - Python/SQL. It takes about 60 minutes.\n\nStart the "
        "test: https://app.coderpad.io/screen/k8Qz2\n\nThis invitation expires in 5 days.",
    ),
    m(
        "52415",
        "2025-11-20 11:36",
        "Kinetica Freight <noreply@smartrecruiters.com>",
        "Kinetica Freight - Backend Engineer III",
        A("rejection", "Kinetica Freight", "Backend Engineer III", 12, "smartrecruiters"),
        "Dear Priya,\n\nWe appreciate you taking the time to complete our assessment. We received "
        "many strong applications, and after careful consideration we've decided to pursue "
        "other candidates for this position.\n\nWe wish you success in your search.\n\nKinetica "
        "Freight Recruiting Team",
    ),
    # --- 13 Nimbus Ledger (Wellfound, founder personal Gmail) --------------------------
    m(
        "52501",
        "2025-11-08 15:20",
        "Wellfound <team@wellfound.com>",
        "Your application to Nimbus Ledger",
        A("confirmation", "Nimbus Ledger", "Founding Backend Engineer", 13, "wellfound"),
        "Hi Priya,\n\nYou applied to Founding Backend Engineer at Nimbus Ledger. We've sent "
        "your profile and note to the team. Startups on Wellfound typically respond within a "
        "week.\n\nGood luck!\nThe Wellfound Team",
    ),
    m(
        "52507",
        "2025-11-11 21:54",
        "Eli Sandoval <eli.sandoval.sf@gmail.com>",
        "nimbus ledger - chat?",
        A("interview", "Nimbus Ledger", "Founding Backend Engineer", 13, "direct"),
        "Hi Priya - Eli here, cofounder/CTO at Nimbus Ledger (writing from my personal, our "
        "Google Workspace is being migrated, sorry!). Loved your note on Wellfound. Could you do "
        "a 45 min call Friday? Mostly me asking about systems you've built and you grilling me "
        "about our runway :)\n\nEli\n\nSent from my iPhone",
    ),
    m(
        "52512",
        "2025-11-26 08:30",
        "Eli Sandoval <eli.sandoval.sf@gmail.com>",
        "Re: nimbus ledger - chat?",
        A("rejection", "Nimbus Ledger", "Founding Backend Engineer", 13, "direct"),
        "Priya - sincerely enjoyed the pairing session. Being honest with you: we're going to "
        "hold off. We need someone who can be in SF 4 days a week and I don't want to bend that "
        "for anyone right now. Hope our paths cross again.\n\nEli\n\n> On Nov 21, 2025, at "
        "4:12 PM, Priya Raghunathan-Cole wrote:\n> Thanks again Eli, really enjoyed it.",
    ),
    # --- 15 Dice ------------------------------------------------------------------------
    m(
        "52601",
        "2025-10-24 12:00",
        "Dice <no-reply@dice.com>",
        "Application Submitted: Sr. Software Engineer - Mobile",
        A(
            "confirmation",
            "Stratwell Defense Systems",
            "Sr. Software Engineer - Mobile",
            14,
            "other",
        ),
        "Your application has been submitted!\n\nSr. Software Engineer - Mobile\nStratwell "
        "Defense Systems · Bellevue, WA · Full-time\n\nThe employer will contact you directly "
        "if they'd like to move forward.\n\nDice",
    ),
    # --- 16 Welcome to the Jungle (Otta) -> Greenhouse rejection ---------------------------
    m(
        "52701",
        "2025-11-14 10:40",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Your application to Fernhill has been sent",
        A("confirmation", "Fernhill", "Senior Software Engineer, Backend", 15, "other"),
        html="<h2>Application sent 🎉</h2><p>Hi Priya, your application for <b>Senior Software "
        "Engineer, Backend</b> at <b>Fernhill</b> (New York · Hybrid) is on its way.</p><p>We'll "
        "let you know if there's any news. Meanwhile, here are 5 more jobs you might like.</p>"
        "<p>Welcome to the Jungle (formerly Otta)</p>",
    ),
    m(
        "52709",
        "2025-12-04 14:22",
        "Fernhill <no-reply@us.greenhouse-mail.io>",
        "Important information about your application to Fernhill",
        A("rejection", "Fernhill", "Senior Software Engineer, Backend", 15, "greenhouse"),
        "Hi Priya,\n\nThank you for your interest in Fernhill. We've now reviewed your "
        "application for Senior Software Engineer, Backend, and we regret to let you know that "
        "we won't be progressing it further.\n\nWe're grateful you considered us.\n\nFernhill "
        "People Team",
    ),
    # --- 17 Harbor & Pine (Vancouver, Jobvite) -------------------------------------------
    m(
        "52801",
        "2025-11-17 16:16",
        "Harbor & Pine Careers <notification@jobvite.com>",
        "Harbor & Pine - Thank you for applying!",
        A("confirmation", "Harbor & Pine", "Senior iOS Developer", 16, "other"),
        "Dear Priya,\n\nThank you for your interest in the Senior iOS Developer position in "
        "Vancouver, BC. We have received your application and our team will review it. Please "
        "note that this role requires eligibility to work in Canada.\n\nWarm regards,\nHarbor & "
        "Pine Talent Team",
    ),
    m(
        "52806",
        "2025-11-28 10:10",
        "Geneviève Lam <genevieve.lam@harborpine.ca>",
        "Interview with Harbor & Pine - Senior iOS Developer",
        A("interview", "Harbor & Pine", "Senior iOS Developer", 16, "direct"),
        "Hi Priya,\n\nThanks for applying! We'd like to invite you to a 60-minute video "
        "interview with our mobile lead, Sanjay, and myself. I've sent a Teams invite for "
        "Thursday, December 4 at 11:00 AM Pacific.\n\nGeneviève Lam\nTalent Acquisition "
        "Partner\nHarbor & Pine Outfitters Ltd. | Vancouver, BC",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000-hp",
            "style": "outlook",
            "start": "2025-12-04 11:00:00 -0800",
            "summary": "Harbor & Pine - Interview - Priya Raghunathan-Cole",
            "organizer": ("Geneviève Lam", "genevieve.lam@harborpine.ca"),
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "52812",
        "2025-12-15 09:00",
        "Harbor & Pine Careers <notification@jobvite.com>",
        "Your candidacy at Harbor & Pine",
        A("rejection", "Harbor & Pine", "Senior iOS Developer", 16, "other"),
        "Dear Priya,\n\nThank you for meeting with our team. After thoughtful consideration, we "
        "have decided to move forward with a candidate who is currently based in Canada. We "
        "appreciate your time and wish you every success.\n\nHarbor & Pine Talent Team",
    ),
    # --- 18 Castellan Networks (Eightfold) on hold ---------------------------------------
    m(
        "52901",
        "2025-12-02 11:11",
        "Castellan Networks <careers@castellan.eightfold.ai>",
        "We've received your application",
        A(
            "confirmation",
            "Castellan Networks",
            "Senior Software Engineer - Edge Platform",
            17,
            "other",
        ),
        "Hi Priya,\n\nThank you for applying to Senior Software Engineer - Edge Platform (Job "
        "2025-44120) at Castellan Networks. Our recruiting team will review your profile.\n\n"
        "While you wait, explore other roles matched to your skills in your Castellan Talent "
        "Network profile.\n\nCastellan Networks Talent Acquisition",
    ),
    m(
        "52906",
        "2026-01-08 13:40",
        "Castellan Networks <careers@castellan.eightfold.ai>",
        "Update: Senior Software Engineer - Edge Platform",
        A(
            "confirmation",
            "Castellan Networks",
            "Senior Software Engineer - Edge Platform",
            17,
            "other",
        ),
        "Hi Priya,\n\nWe wanted to let you know that the Senior Software Engineer - Edge "
        "Platform position has been placed on hold due to a change in business priorities. "
        "Your application will remain on file, and we'll contact you if the role reopens.\n\n"
        "Thank you for your patience.\nCastellan Networks Talent Acquisition",
        st="on_hold",
    ),
    # --- 19 Rainier Outdoor Co (Indeed) -------------------------------------------------
    m(
        "53001",
        "2025-10-29 19:31",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Mobile Software Engineer",
        A("confirmation", "Rainier Outdoor Co.", "Mobile Software Engineer", 18, "indeed"),
        "Application submitted\n\nMobile Software Engineer\nRainier Outdoor Co. - Seattle, WA\n\n"
        "The following items were sent to Rainier Outdoor Co.:\n- Resume\n- Answers to 4 "
        "questions\n\nGood luck, Priya!\n\nIndeed",
    ),
    m(
        "53008",
        "2025-11-06 12:18",
        "Rainier Outdoor Co. via Indeed <reply-f82a1c@indeedemail.com>",
        "New message from Rainier Outdoor Co.",
        A("interview", "Rainier Outdoor Co.", "Mobile Software Engineer", 18, "indeed"),
        "Hi Priya, this is Beth from Rainier Outdoor Co. We'd like to schedule a 30 minute "
        "phone interview for the Mobile Software Engineer role. Are you available Monday or "
        "Tuesday afternoon next week?\n\nReply to this message on Indeed to respond.",
    ),
    m(
        "53014",
        "2025-11-24 10:26",
        "Rainier Outdoor Co. via Indeed <reply-f82a1c@indeedemail.com>",
        "Message from Rainier Outdoor Co.",
        A("rejection", "Rainier Outdoor Co.", "Mobile Software Engineer", 18, "indeed"),
        "Hi Priya, thanks for speaking with us. We've decided to go in a different direction "
        "for this role, but we really appreciated your time. Best of luck! - Beth",
    ),
    # --- 20 Copperleaf Games (Lever), ghosted -------------------------------------------
    m(
        "53101",
        "2025-12-05 09:15",
        "Copperleaf Games <no-reply@hire.lever.co>",
        "Copperleaf Games - application received",
        A(
            "confirmation",
            "Copperleaf Games",
            "Senior Backend Engineer, Live Services",
            19,
            "lever",
        ),
        "Hi Priya,\n\nThanks for applying to Senior Backend Engineer, Live Services in Austin, "
        "TX. We've got it! Our team will review and reach out if we'd like to chat.\n\n- "
        "Copperleaf Games Talent",
    ),
    # --- 23 Sundial Labs (Gem outreach then process) ------------------------------------
    m(
        "53201",
        "2025-11-03 08:04",
        "Hana Whitford <hana@sundiallabs.com>",
        "Priya — Staff/Senior Backend at Sundial",
        J("outreach", "Sundial Labs", "Senior Backend Engineer", "other"),
        "Hi Priya,\n\nI lead recruiting at Sundial Labs — we build scheduling infrastructure for "
        "clinics. I came across your profile and your work on high-throughput APIs seems right "
        "up our alley. Would you be open to a conversation about our Senior Backend Engineer "
        "role (remote US)?\n\nHana\n\nSent with Gem · Unsubscribe",
    ),
    m(
        "53205",
        "2025-11-06 12:40",
        "Hana Whitford <hana@sundiallabs.com>",
        "Please select times: Sundial Labs intro",
        A("interview", "Sundial Labs", "Senior Backend Engineer", 20, "other"),
        "Thanks Priya! Please choose a 30-minute slot for an intro with me below:\n\n"
        "https://gem.com/schedule/sundial/h9f2\n\nHana",
    ),
    m(
        "53211",
        "2025-11-20 15:00",
        "Sundial Labs via GoodTime <no-reply@goodtime.io>",
        "Your interview is confirmed: Sundial Labs Technical Interview",
        A("interview", "Sundial Labs", "Senior Backend Engineer", 20, "other"),
        "Hi Priya,\n\nYour interview is confirmed.\n\nSundial Labs Technical Interview\nMonday, "
        "December 1, 2025, 1:00 PM - 2:00 PM PST\nInterviewer: Oren Blau\nLocation: Zoom "
        "(link in invite)\n\nIf you need to reschedule, please reply to this email.",
    ),
    m(
        "53216",
        "2025-12-09 17:03",
        "Hana Whitford <hana@sundiallabs.com>",
        "Sundial next steps",
        A("rejection", "Sundial Labs", "Senior Backend Engineer", 20, "other"),
        "Hi Priya,\n\nThank you for the time you spent with Oren. He enjoyed the conversation, "
        "but the team felt the role needs deeper experience with scheduling/constraint solvers, "
        "so we won't be moving ahead. I appreciate you giving us a look!\n\nHana",
    ),
    # --- 24 Ironbark Transit (Workday) + incomplete nudge --------------------------------
    m(
        "53301",
        "2026-01-14 20:55",
        "Ironbark Transit <ironbark@myworkday.com>",
        "Complete your application - Lead Software Engineer, Rider Apps",
        J("alert", "Ironbark Transit", "Lead Software Engineer, Rider Apps", "workday"),
        "Hi Priya,\n\nYou started an application for Lead Software Engineer, Rider Apps but "
        "haven't submitted it yet. Your progress has been saved — sign in to pick up where you "
        "left off.\n\nIronbark Transit Careers",
    ),
    m(
        "53305",
        "2026-01-16 07:22",
        "Ironbark Transit <ironbark@myworkday.com>",
        "We've received your application",
        A("confirmation", "Ironbark Transit", "Lead Software Engineer, Rider Apps", 28, "workday"),
        "Dear Priya Raghunathan-Cole,\n\nThank you for submitting your application for Lead "
        "Software Engineer, Rider Apps (REQ-3310). We'll be in touch if your qualifications "
        "match our needs.\n\nIronbark Transit Human Resources",
    ),
    # --- 25 Trellis Commerce (Greenhouse) ---------------------------------------------
    m(
        "53401",
        "2026-01-20 10:01",
        "Trellis Commerce <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Trellis!",
        A(
            "confirmation",
            "Trellis Commerce",
            "Senior Software Engineer, Checkout",
            29,
            "greenhouse",
        ),
        "Hi Priya,\n\nThanks for applying to the Senior Software Engineer, Checkout role at "
        "Trellis! We're reviewing applications on a rolling basis.\n\nThe Trellis Recruiting "
        "Team",
    ),
    m(
        "53406",
        "2026-01-23 08:30",
        "HackerRank <support@hackerrank.com>",
        "Invitation: Trellis Commerce Online Assessment",
        A("assessment", "Trellis Commerce", "Senior Software Engineer, Checkout", 29, "hackerrank"),
        "Hi Priya,\n\nTrellis Commerce has invited you to a HackerRank assessment (2 questions, "
        "75 minutes). Please complete by January 30.\n\nhttps://www.hackerrank.com/test/tc91/"
        "login\n\nAll the best,\nHackerRank",
    ),
    m(
        "53412",
        "2026-02-06 16:44",
        "Trellis Commerce <no-reply@us.greenhouse-mail.io>",
        "Your application at Trellis",
        A("rejection", "Trellis Commerce", "Senior Software Engineer, Checkout", 29, "greenhouse"),
        "Hi Priya,\n\nThank you for completing the assessment. The team has reviewed your "
        "results and unfortunately we won't be moving forward with your candidacy.\n\nThanks "
        "again for your interest in Trellis.\n\nThe Trellis Recruiting Team",
    ),
    # --- 26 Auroral (LinkedIn InMail -> Ashby) -----------------------------------------
    m(
        "53501",
        "2025-12-11 13:48",
        "Wren Castellano via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Mobile role at Auroral (Seattle)",
        J("outreach", "Auroral", "Senior Mobile Engineer", "linkedin"),
        "Hi Priya,\n\nI'm a technical recruiter at Auroral, where we build home energy monitoring. "
        "We're hiring a Senior Mobile Engineer (Kotlin Multiplatform) in Seattle. Your background "
        "at Ridgefield jumped out. Would you be open to applying? I'd flag your application to "
        "the hiring manager.\n\nWren\n\nReply  Not interested\n\n© 2025 LinkedIn Corporation",
    ),
    m(
        "53505",
        "2025-12-15 10:20",
        "Auroral <no-reply@ashbyhq.com>",
        "Application received — Auroral",
        A("confirmation", "Auroral", "Senior Mobile Engineer", 23, "ashby"),
        "Hi Priya,\n\nThanks for applying to Auroral for the Senior Mobile Engineer role. Our "
        "team will review your application and be in touch.\n\nAuroral Recruiting",
    ),
    m(
        "53511",
        "2026-01-07 11:30",
        "Wren Castellano <wren@auroral.energy>",
        "Auroral — Interview confirmed",
        A("interview", "Auroral", "Senior Mobile Engineer", 23, "direct"),
        "Hi Priya, you're confirmed for a 60-minute technical interview with Jonah from our "
        "mobile team on Tuesday 1/13 at 3pm PT. Calendar invite to follow.\n\nWren",
    ),
    m(
        "53516",
        "2026-01-22 09:40",
        "Auroral <no-reply@ashbyhq.com>",
        "Auroral | Thank you",
        A("rejection", "Auroral", "Senior Mobile Engineer", 23, "ashby"),
        "Hi Priya,\n\nThank you for interviewing with us. You clearly have deep mobile "
        "experience, and the team enjoyed meeting you. That said, we've decided to move forward "
        "with other candidates for this position.\n\nBest,\nAuroral Recruiting",
    ),
    # --- 27 Mesa Verde Data (Built In -> Greenhouse), ghosted --------------------------
    m(
        "53601",
        "2026-02-02 18:35",
        "Mesa Verde Data <no-reply@us.greenhouse-mail.io>",
        "Application received - Senior Backend Engineer (Austin)",
        A("confirmation", "Mesa Verde Data", "Senior Backend Engineer", 24, "greenhouse"),
        "Hi Priya,\n\nThanks for applying to Mesa Verde Data. We received your application for "
        "Senior Backend Engineer (Austin) via Built In. We'll follow up if there's a match.\n\n"
        "Mesa Verde Data Talent",
    ),
    # --- 28 Pelican Health (Hired) -----------------------------------------------------
    m(
        "53701",
        "2025-11-25 09:12",
        "Hired <notifications@hired.com>",
        "New interview request from Pelican Health",
        J("outreach", "Pelican Health", "Senior Backend Engineer", "other"),
        "Priya, you have a new interview request!\n\nPelican Health\nSenior Backend Engineer · "
        "Remote (US)\nSalary offered: $195,000\n\nAccept or decline within 7 days. Hired ",
    ),
    m(
        "53705",
        "2025-11-27 14:02",
        "Hired <notifications@hired.com>",
        "You accepted Pelican Health's interview request",
        A("confirmation", "Pelican Health", "Senior Backend Engineer", 25, "other"),
        "Nice! Pelican Health has been notified and will reach out to schedule. Track it in "
        "your Hired dashboard.\n\n— Hired",
    ),
    m(
        "53709",
        "2025-12-03 10:15",
        "Corinne Vale <corinne.vale@pelicanhealth.com>",
        "Pelican Health <> Priya: scheduling",
        A("interview", "Pelican Health", "Senior Backend Engineer", 25, "direct"),
        "Hi Priya,\n\nThanks for accepting our request on Hired! I'm the recruiter for our "
        "platform team. Could you pick a time for a 30-minute screen next week? "
        "https://calendly.com/corinne-pelican/screen\n\nCorinne Vale\nRecruiting Lead, Pelican "
        "Health",
    ),
    # --- Kestrel Pay (Lever), withdrawn after the Quillon offer
    m(
        "53801",
        "2026-01-29 12:00",
        "Kestrel Pay <no-reply@hire.lever.co>",
        "Thanks for applying to Kestrel Pay",
        A("confirmation", "Kestrel Pay", "Senior Android Engineer", 26, "lever"),
        "Hi Priya,\n\nThank you for your application for Senior Android Engineer. We review "
        "applications weekly and will be in touch.\n\nKestrel Pay",
    ),
    m(
        "53806",
        "2026-02-11 08:44",
        "Kestrel Pay <no-reply@hire.lever.co>",
        "Your application has been withdrawn",
        A("confirmation", "Kestrel Pay", "Senior Android Engineer", 26, "lever"),
        "Hi Priya,\n\nThis confirms your application for Senior Android Engineer at Kestrel Pay "
        "has been withdrawn as you requested. We wish you the best.\n\nKestrel Pay",
        st="withdrawn",
    ),
    # --- 30 Glasswing Security (SmartRecruiters) viewed-less ghosted ---------------------
    m(
        "53901",
        "2025-12-17 09:30",
        "Glasswing Security <noreply@smartrecruiters.com>",
        "Thank you for your application to Glasswing Security",
        A(
            "confirmation",
            "Glasswing Security",
            "Senior Software Engineer, Mobile SDK",
            27,
            "smartrecruiters",
        ),
        "Dear Priya,\n\nThank you for applying for Senior Software Engineer, Mobile SDK. Your "
        "application is now being reviewed.\n\nKind regards,\nGlasswing Security HR",
    ),
    # --- alerts, talent communities, other job mail ----------------------------------------
    m(
        "54001",
        "2025-10-05 06:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"senior android engineer": Verdant Loop - Senior Android Developer and more',
        J("alert", None, None, "linkedin"),
        "Your job alert for senior android engineer in Seattle, WA\n\n25 new jobs match your "
        "preferences.\n\nSenior Android Developer\nVerdant Loop · Seattle, WA\nActively "
        "recruiting\n\nAndroid Engineer II\nMapleton Health · Redmond, WA\n\nSee all jobs",
    ),
    m(
        "54005",
        "2025-10-19 07:12",
        "Indeed <alert@indeed.com>",
        "12 new senior backend engineer jobs in Seattle, WA",
        J("alert", None, None, "indeed"),
        "Senior Backend Engineer - Ridgepoint Logistics - Seattle, WA - $180,000 - $210,000 a "
        "year\nSoftware Engineer III, Platform - Cascadia Credit Union - Tukwila, WA\n\nSee more "
        "jobs",
    ),
    m(
        "54009",
        "2025-11-09 08:00",
        "Built In <support@builtin.com>",
        "Your weekly Built In Austin jobs",
        J("alert", None, None, "other"),
        html="<h3>New jobs at companies hiring in Austin</h3><ul><li>Senior Backend Engineer — "
        "Mesa Verde Data</li><li>Staff iOS Engineer — Lonestar Goods</li></ul><p>Built In</p>",
    ),
    m(
        "54013",
        "2025-11-16 09:20",
        "Dice <no-reply@dice.com>",
        "New jobs matching: Mobile Engineer",
        J("alert", None, None, "other"),
        "Here are new jobs that match your saved search 'Mobile Engineer' (Remote):\n- Senior "
        "iOS Engineer, Contract - Tekbridge\n- Android Developer - Lumen Harbor",
    ),
    m(
        "54017",
        "2025-12-06 10:45",
        "Wellfound <team@wellfound.com>",
        "Startups hiring senior backend engineers this week",
        J("alert", None, None, "wellfound"),
        "Hi Priya, 8 startups want to meet engineers like you. Nimbus Ledger, Quarry AI, "
        "Dovetail Freight and more are actively hiring.",
    ),
    m(
        "54021",
        "2025-10-11 12:30",
        "Orchard Robotics <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Orchard Robotics Talent Community",
        J("alert", "Orchard Robotics", None, "greenhouse"),
        "Thanks for joining our talent community, Priya! We'll send you roles that match your "
        "interests as they open up.",
    ),
    m(
        "54025",
        "2025-10-26 17:05",
        "Northvale Group Careers <northvale@myworkday.com>",
        "Welcome to Northvale Group's Talent Network",
        J("alert", "Skylark", None, "workday"),
        "Welcome! You've joined the Northvale Group Talent Network. You'll hear from us about "
        "opportunities across Skylark, Northvale Cloud and our other businesses.",
    ),
    m(
        "54029",
        "2026-01-04 06:30",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Quillon is hiring: Senior Software Engineer, Mobile Platform",
        J("alert", "Quillon", "Senior Software Engineer, Mobile Platform", "linkedin"),
        "Quillon is hiring\nSenior Software Engineer, Mobile Platform · New York, NY (Hybrid)\n"
        "Your profile matches this job. Apply now.",
    ),
    m(
        "54033",
        "2025-10-30 09:00",
        "Hired <notifications@hired.com>",
        "Complete your Hired profile to go live",
        J("alert", None, None, "other"),
        "You're almost there, Priya! Add your salary preferences to start receiving interview "
        "requests from 10,000+ companies.",
    ),
    m(
        "54037",
        "2025-11-21 11:11",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "6 new roles we think you'll love",
        J("alert", None, None, "other"),
        "Senior Backend Engineer at Fernhill · Staff Engineer at Pollinate · Mobile Lead at "
        "Brightleaf. See all →",
    ),
    m(
        "54041",
        "2025-12-22 19:14",
        "Lumora Health <no-reply@ashbyhq.com>",
        "How was your interview experience?",
        J("other_job", "Lumora Health", None, "ashby"),
        "Hi Priya, we'd love your feedback on your recent interview experience at Lumora "
        "Health. The survey takes 2 minutes and is anonymous.",
    ),
    m(
        "54045",
        "2025-10-11 10:58",
        "Northvale Group <northvale@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "Skylark", None, "workday"),
        "Your verification code is 481902. Enter it to finish creating your Northvale Group "
        "candidate account.",
    ),
    m(
        "54049",
        "2025-11-30 13:25",
        "Jun Park <jun.park@stackhirepartners.com>",
        "Remote Staff iOS contract - 12 months",
        J("outreach", None, "Staff iOS Engineer (contract)", "agency"),
        "Hello Priya,\n\nI have an urgent W2 contract for a Staff iOS Engineer with a Fortune "
        "100 retailer, 100% remote, 12 months with extension, $95-105/hr. Are you available? If "
        "so please send an updated resume and best number.\n\nJun Park | StackHire Partners",
    ),
    m(
        "54053",
        "2026-01-13 16:40",
        "Dara Nwosu <dara@peakline.vc>",
        "Portfolio co looking for a mobile lead",
        J("outreach", "Orbitly", "Mobile Tech Lead", "direct"),
        "Hi Priya - I'm on the talent team at Peakline Ventures. One of our portfolio companies, "
        "Orbitly (Series A, NYC/remote), is looking for its first Mobile Tech Lead. Want an "
        "intro to the founders?\n\nDara",
    ),
    m(
        "54057",
        "2026-02-20 12:02",
        "Quillon People Team <onboarding@quillon.com>",
        "Welcome to Quillon! Your first day",
        J("other_job", "Quillon", "Senior Software Engineer, Mobile Platform", "direct"),
        "Hi Priya,\n\nWe're so excited to welcome you on Monday, March 2! Your laptop will ship "
        "this week. Please complete your I-9 and direct-deposit forms in Workday before your "
        "start date.\n\nSee you soon,\nQuillon People Team",
    ),
]
