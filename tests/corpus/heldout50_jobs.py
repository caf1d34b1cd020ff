"""Corpus 50, US job mail (data only): see heldout50.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0700"
    return "-0800"


def m(
    key: str,
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>",
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


FW1, FW2 = "Ferrowell", "Senior Android Engineer"
FB = "Senior Backend Engineer, Payments"
LU, LU1, LU2 = "Lumora Health", "Senior iOS Engineer", "Staff Mobile Engineer"
SK, SKR = "Skylark", "Senior Software Engineer, Mobile (L5)"
QL, QLR = "Quillon", "Senior Software Engineer, Mobile Platform"
ORC, ORCR = "Orchard Robotics", "Senior Backend Engineer"
FA, FAR = "Fathom AI", "Senior Backend Engineer, Inference Platform"
BW, BWR = "Bellweather", "Senior Software Engineer"

MAIL: list[dict[str, Any]] = [
    # --- 1 Ferrowell, Android (Greenhouse) -------------------------------------------------
    m(
        "40117",
        "2025-10-06 10:12",
        "Ferrowell Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Ferrowell",
        A("confirmation", FW1, FW2, 1, "greenhouse"),
        "Hi Priya,\n\nThanks for your interest in Ferrowell! We've received your application for "
        "Senior Android Engineer (Seattle, WA) and our team is reviewing it now.\n\nIf your "
        "background looks like a fit, someone from our recruiting team will reach out about next "
        "steps. In the meantime, feel free to check out our engineering blog at "
        "ferrowell-eng.com/blog.\n\nBest,\nThe Ferrowell Talent Team\n\n"
        "Ferrowell is an equal opportunity employer.",
    ),
    m(
        "40163",
        "2025-10-14 08:31",
        "HackerRank <support@hackerrank.com>",
        "Ferrowell has invited you to take a test",
        A("assessment", FW1, FW2, 1, "hackerrank"),
        html="<p>Hi Priya,</p><p>Greetings from <b>Ferrowell</b>!</p><p>You have been invited to "
        "take the <b>Ferrowell Android - Senior</b> test. Duration: 90 minutes. The test link will "
        "expire on Oct 21, 2025 11:59 PM PDT.</p><p><a href='https://www.hackerrank.com/test/"
        "8fk2m1/login'>Take the test</a></p><p>Please make sure you use a stable connection and a "
        "recent version of Chrome.</p><p>Good luck!<br>Team Ferrowell</p>"
        "<p style='font-size:11px;color:#888'>Powered by HackerRank</p>",
    ),
    m(
        "40188",
        "2025-10-22 15:02",
        "Dana Whitcomb <dana.whitcomb@ferrowell.com>",
        "Ferrowell | Recruiter call — Priya Raghunathan-Cole",
        A("interview", FW1, FW2, 1, "direct"),
        "Hi Priya,\n\nNice work on the HackerRank — the team would like to move you forward. Next "
        "step is a 30-minute call with me to talk through the role, your background and what "
        "you're looking for.\n\nYour call is confirmed for Monday, October 27 at 11:00 AM Pacific. "
        "I'll call you at the number on your resume; if anything changes you can reschedule from "
        "the GoodTime link below.\n\nhttps://app.goodtime.io/c/ferrowell/r/7Qx2Lm\n\nTalk soon,\n"
        "Dana Whitcomb\nTechnical Recruiter | Ferrowell\n",
    ),
    m(
        "40231",
        "2025-11-07 17:44",
        "Dana Whitcomb <dana.whitcomb@ferrowell.com>",
        "Update on your application",
        A("rejection", FW1, FW2, 1, "direct"),
        "Hi Priya,\n\nThank you again for the time you spent with the team this week. Everyone "
        "enjoyed the conversation, and your work on offline sync at your last company really "
        "stood out.\n\nAfter a lot of discussion, we've decided to move forward with other "
        "candidates whose experience lines up more closely with what the Android team needs right "
        "now. I know that's disappointing to hear, and I want to be clear it was a close call.\n\n"
        "I'd genuinely like to stay in touch — if something on the backend side opens up I'll "
        "reach out.\n\nAll the best,\nDana",
    ),
    # --- 2 Ferrowell, Backend Payments (Greenhouse), ghosted -------------------------------
    m(
        "40402",
        "2025-11-18 09:05",
        "Ferrowell Recruiting <no-reply@us.greenhouse-mail.io>",
        "Ferrowell - Application received: Senior Backend Engineer, Payments",
        A("confirmation", FW1, FB, 2, "greenhouse"),
        "Hello Priya,\n\nWe received your application for the Senior Backend Engineer, Payments "
        "role. Thanks for thinking of Ferrowell again!\n\nOur recruiting team reviews every "
        "application and will contact you if there's a match.\n\nWarmly,\nFerrowell Recruiting",
    ),
    # --- 3 Lumora Health iOS (Ashby) -------------------------------------------------------
    m(
        "40510",
        "2025-10-08 13:20",
        "Lumora Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Lumora Health!",
        A("confirmation", LU, LU1, 3, "ashby"),
        "Hi Priya,\n\nThank you for applying for the Senior iOS Engineer position at Lumora "
        "Health. We're excited you're interested in helping patients manage chronic care from "
        "their phones.\n\nUnfortunately we can't reply personally to every applicant, but a "
        "member of our team will review your application carefully and get back to you if "
        "there's a fit.\n\nThe Lumora Health Team\n\nPowered by Ashby",
    ),
    m(
        "40544",
        "2025-10-16 10:47",
        "Marcus Oyelaran <marcus@lumorahealth.io>",
        "Intro chat - Lumora Health",
        A("interview", LU, LU1, 3, "direct"),
        "Hey Priya,\n\nI'm the recruiter for our mobile team at Lumora. Your resume caught my eye "
        "— would love to set up a 30 min intro. Grab any slot that works on my Calendly:\n\n"
        "https://calendly.com/marcus-lumora/30min\n\nThanks!\nMarcus\n\n--\nMarcus Oyelaran | "
        "Talent Partner | Lumora Health",
    ),
    m(
        "40546",
        "2025-10-16 16:02",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Priya Raghunathan-Cole and Marcus Oyelaran on Tuesday, October 21, 2025",
        A("interview", LU, LU1, 3, "other"),
        "Hi Priya Raghunathan-Cole,\n\nYour event has been scheduled.\n\nEvent Type:\n30 Minute "
        "Meeting\n\nInvitee:\nPriya Raghunathan-Cole\n\nEvent Date/Time:\n10:00am - Tuesday, "
        "October 21, 2025 (Pacific Time - US & Canada)\n\nLocation:\nThis is a Google Meet web "
        "conference.\n\nCancel or reschedule: https://calendly.com/cancellations/7c1e\n\n"
        "Sent from Calendly",
    ),
    m(
        "40580",
        "2025-11-03 11:15",
        "Lumora Health <no-reply@ashbyhq.com>",
        "Your application with Lumora Health",
        A("rejection", LU, LU1, 3, "ashby"),
        "Hi Priya,\n\nThanks so much for taking the time to speak with us about the Senior iOS "
        "Engineer role. We truly appreciate your interest.\n\nWe've reviewed your candidacy "
        "carefully and have decided not to move forward at this time. This decision wasn't easy "
        "given the strength of the applicant pool.\n\nWe'll keep your information on file and "
        "encourage you to apply again in the future.\n\nBest regards,\nLumora Health Recruiting",
    ),
    # --- 4 Lumora Health re-application (Ashby) -------------------------------------------
    m(
        "40601",
        "2026-02-09 08:40",
        "Lumora Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Lumora Health!",
        A("confirmation", LU, LU2, 4, "ashby"),
        "Hi Priya,\n\nThank you for applying for the Staff Mobile Engineer position at Lumora "
        "Health. Your application is in and the hiring team will take a look shortly.\n\nThe "
        "Lumora Health Team\n\nPowered by Ashby",
    ),
    m(
        "40633",
        "2026-02-17 14:26",
        "Marcus Oyelaran <marcus@lumorahealth.io>",
        "Re: Staff Mobile Engineer - great to see your name again",
        A("interview", LU, LU2, 4, "direct"),
        "Hi Priya!\n\nSaw your application come through for the Staff role — glad you came back "
        "to us. The team has grown a lot since the fall and this one is a better match for your "
        "backend + mobile mix.\n\nCould you do a 45-minute conversation with Renée (Head of "
        "Mobile) next week? I've sent an invite for Wednesday 2/25 at 1pm PT; let me know if "
        "that doesn't work.\n\nMarcus",
        ics={
            "uid": "lumora-2c91@lumorahealth.io",
            "start": "2026-02-25 13:00:00 -0800",
            "minutes": 45,
            "summary": "Priya R-C <> Renée Battista (Lumora Health)",
            "organizer": ("Marcus Oyelaran", "marcus@lumorahealth.io"),
            "attendees": [("Renée Battista", "renee@lumorahealth.io")],
            "location": "https://meet.google.com/qwe-rtyu-iop",
        },
    ),
    # --- 5 Skylark (parent Northvale Group, Workday), offer declined -----------------------
    m(
        "40701",
        "2025-10-10 19:03",
        "Northvale Group <northvale@myworkday.com>",
        "Application Received - Senior Software Engineer, Mobile (L5) - Skylark",
        A("confirmation", SK, SKR, 5, "workday"),
        "Dear Priya,\n\nThank you for your interest in career opportunities at Northvale Group "
        "and its family of companies. We have received your application for Senior Software "
        "Engineer, Mobile (L5) (Job ID R-0048812) on the Skylark team.\n\nYou can check the "
        "status of your application at any time by signing in to your candidate home on our "
        "careers site.\n\nSincerely,\nNorthvale Group Talent Acquisition",
    ),
    m(
        "40735",
        "2025-10-20 07:58",
        "CodeSignal <noreply@codesignal.com>",
        "Northvale Group invited you to complete a CodeSignal assessment",
        A("assessment", SK, SKR, 5, "codesignal"),
        html="<div><p>Hi Priya,</p><p>Northvale Group has invited you to take the <b>General "
        "Coding Assessment</b> as part of your application for Senior Software Engineer, Mobile "
        "(L5).</p><p>You'll have 70 minutes to complete 4 questions. Please complete it within 7 "
        "days.</p><p><a href='https://app.codesignal.com/invite/Fk3s9'>Start assessment</a></p>"
        "<p>— The CodeSignal Team</p></div>",
    ),
    m(
        "40761",
        "2025-11-04 12:10",
        "ModernLoop <scheduling@modernloop.io>",
        "Your interview is confirmed: Skylark Virtual Onsite",
        A("interview", SK, SKR, 5, "other"),
        "Hi Priya,\n\nYour virtual onsite with Skylark (Northvale Group) is confirmed.\n\n"
        "Thursday, November 13, 2025\n9:30 AM - 10:15 AM PT  Coding (Android) — Wen Li\n"
        "10:30 AM - 11:15 AM PT  System design — Gabe Ostrowski\n11:30 AM - 12:15 PM PT  "
        "Behavioral — Alma Reyes\n12:30 PM - 1:00 PM PT  Hiring manager chat — Theo Park\n\n"
        "Zoom links are in your calendar invites. Need to make a change? Reply to this email.\n\n"
        "Sent via ModernLoop on behalf of Northvale Group",
    ),
    m(
        "40790",
        "2025-11-21 10:22",
        "Alma Reyes <areyes@northvalegroup.com>",
        "Next step: team matching",
        A("interview", SK, SKR, 5, "direct"),
        "Hi Priya,\n\nGreat news — your onsite feedback was strong across the board and you've "
        "passed the bar for L5. The next step at Northvale is team matching: I'll set up short "
        "chats with two Skylark managers (Maps Offline and Driver App) so you can find the best "
        "fit. After that your packet goes to hiring committee.\n\nI'll send times shortly.\n\n"
        "Alma Reyes\nRecruiter, Skylark | Northvale Group",
    ),
    m(
        "40822",
        "2025-12-10 16:40",
        "Alma Reyes <areyes@northvalegroup.com>",
        "Skylark - hiring committee approved! Offer call tomorrow?",
        A("offer", SK, SKR, 5, "direct"),
        "Priya,\n\nHappy to share that hiring committee approved you for the Driver App team at "
        "L5. I'd love to walk you through the offer — base, equity and sign-on — on a call "
        "tomorrow. Does 10am work?\n\nCongrats!\nAlma",
    ),
    m(
        "40824",
        "2025-12-12 09:15",
        "Docusign via Northvale Group <dse_NA3@docusign.net>",
        "Please DocuSign: Skylark_Offer_Letter_Raghunathan-Cole.pdf",
        A("offer", SK, SKR, 5, "docusign"),
        html="<p>Alma Reyes sent you a document to review and sign.</p><p><a href='https://na3."
        "docusign.net/Signing/EmailStart.aspx?a=1f2e'>REVIEW DOCUMENT</a></p><p>Alma Reyes<br>"
        "areyes@northvalegroup.com</p><p>Priya, please find your Skylark offer letter attached. "
        "The offer is open until December 19.</p><p>Do Not Share This Email. This email contains "
        "a secure link to Docusign.</p>",
    ),
    m(
        "40829",
        "2025-12-18 13:05",
        "Alma Reyes <areyes@northvalegroup.com>",
        "RE: Skylark offer",
        A("offer", SK, SKR, 5, "direct"),
        "Hi Priya,\n\nThank you for letting me know, and for being so transparent through the "
        "whole process. I'm sorry we couldn't make the numbers work this time, but I completely "
        "understand. I've voided the DocuSign envelope and let the team know you've declined.\n\n"
        "The door is open if you ever want to revisit.\n\nAlma\n\n"
        "-----Original Message-----\nFrom: Priya Raghunathan-Cole\nSent: Thursday, December 18, "
        "2025 11:47 AM\nSubject: Skylark offer\n\nHi Alma, after a lot of thought I've decided to "
        "decline the offer. Thank you for everything.",
        st="declined",
    ),
    # --- 6 Quillon (Lever), accepted ------------------------------------------------------
    m(
        "40901",
        "2025-12-01 20:14",
        "Quillon <no-reply@hire.lever.co>",
        "Thanks for applying to Quillon",
        A("confirmation", QL, QLR, 6, "lever"),
        "Hi Priya,\n\nThanks for applying to the Senior Software Engineer, Mobile Platform "
        "position at Quillon. We're reviewing your application and will be in touch if it "
        "looks like a good match.\n\nCheers,\nQuillon Technologies, Inc.",
    ),
    m(
        "40934",
        "2025-12-09 11:00",
        "Karat <scheduling@karat.io>",
        "Your Karat interview for Quillon is scheduled",
        A("interview", QL, QLR, 6, "other"),
        "Hi Priya,\n\nYou're all set! Your technical interview with a Karat Interview Engineer "
        "on behalf of Quillon Technologies is scheduled for:\n\nMonday, December 15, 2025 at "
        "4:00 PM PST (60 minutes)\n\nJoin here on the day: https://app.karat.io/join/qln-4491\n\n"
        "Tips: you'll code in the language of your choice in a shared editor. Test your setup "
        "ahead of time.\n\nThe Karat Team",
    ),
    m(
        "40960",
        "2026-01-06 09:44",
        "Jess Amundsen <jess.amundsen@quillon.com>",
        "Please select times for your QLN onsite loop",
        A("interview", QL, QLR, 6, "direct"),
        "Hi Priya, happy new year!\n\nThe Karat results came back great and the Mobile Platform "
        "team wants to bring you in for the full loop (5 x 45 min, virtual). Please pick times "
        "that work for you in the Gem link below — ideally the week of Jan 19.\n\n"
        "https://gem.com/schedule/quillon/av8Kd3\n\nJess Amundsen\nSr. Technical Recruiter\n"
        "Quillon Technologies, Inc. | NYSE: QLN",
    ),
    m(
        "40987",
        "2026-02-03 17:30",
        "Jess Amundsen <jess.amundsen@quillon.com>",
        "Quillon offer - Senior SWE, Mobile Platform",
        A("offer", QL, QLR, 6, "direct"),
        "Hi Priya,\n\nIt was great talking earlier! As promised, here's a summary of the offer "
        "we discussed:\n\n- Title: Senior Software Engineer, Mobile Platform (IC4)\n- Base: "
        "$212,000\n- RSUs: $340,000 over four years\n- Sign-on: $25,000\n- Start date: flexible, "
        "targeting March 2\n\nThe formal letter will come through DocuSign. Take the weekend and "
        "let me know any questions.\n\nJess",
    ),
    m(
        "40990",
        "2026-02-09 10:02",
        "Docusign NA4 System <dse_NA4@docusign.net>",
        "Completed: Quillon - Offer Letter - Priya Raghunathan-Cole",
        A("offer", QL, QLR, 6, "docusign"),
        html="<p>All parties have completed <b>Quillon - Offer Letter - Priya Raghunathan-Cole"
        "</b>.</p><p>Docusign. The fastest way to get a signature.</p><p><a href='https://na4."
        "docusign.net/Member/EmailStart.aspx'>VIEW COMPLETED DOCUMENT</a></p>",
        st="accepted",
    ),
    m(
        "40995",
        "2026-02-10 08:20",
        "Checkr <no-reply@checkr.com>",
        "Quillon Technologies has requested a background check",
        ("other_job", QL, QLR, None, "other", "en"),
        "Hi Priya,\n\nQuillon Technologies, Inc. has asked Checkr to perform a background check "
        "as part of your employment process. Please complete your information so we can get "
        "started: https://apply.checkr.com/invite/qln/92ks\n\nQuestions? Visit help.checkr.com."
        "\n\nCheckr, Inc.",
    ),
    m(
        "40998",
        "2026-02-16 14:55",
        "Checkr <no-reply@checkr.com>",
        "Your background check is complete",
        ("other_job", QL, None, None, "other", "en"),
        "Hi Priya, good news: your background check for Quillon Technologies is complete. You "
        "can view your report in the Checkr Candidate Portal.",
    ),
    # --- 8 Orchard Robotics referral -> withdrawn ------------------------------------------
    m(
        "41011",
        "2025-10-27 21:08",
        "Tomás Beltrán <tomas.beltran@orchardrobotics.com>",
        "submitted your referral!",
        ("other_job", ORC, ORCR, None, "direct", "en"),
        "hey P — just put you in for the Senior Backend role on fleet telemetry. You should get "
        "an email from Greenhouse to confirm. Recruiter is Kaylee, she's great. Fingers "
        "crossed!\n\nT",
    ),
    m(
        "41013",
        "2025-10-28 09:30",
        "Orchard Robotics <no-reply@us.greenhouse-mail.io>",
        "Your application to Orchard Robotics",
        A("confirmation", ORC, ORCR, 8, "greenhouse"),
        "Hi Priya,\n\nTomás Beltrán referred you for the Senior Backend Engineer role at Orchard "
        "Robotics, and we've created an application for you. Thanks for your interest!\n\n"
        "Our team will review your profile and be in touch about next steps.\n\nOrchard "
        "Robotics Recruiting",
    ),
    m(
        "41040",
        "2025-11-12 13:33",
        "Kaylee Straub <kaylee@orchardrobotics.com>",
        "Orchard Robotics: Interview confirmation",
        A("interview", ORC, ORCR, 8, "direct"),
        "Hi Priya,\n\nYour interview is confirmed!\n\nPhone screen with Kaylee Straub\nWednesday, "
        "November 19 · 2:00 – 2:30pm PST\nZoom: https://orchardrobotics.zoom.us/j/88123\n\n"
        "Scheduled via GoodTime. Need to reschedule? Use the link in your calendar invite.\n\n"
        "Kaylee",
    ),
    m(
        "41072",
        "2025-12-03 10:11",
        "Kaylee Straub <kaylee@orchardrobotics.com>",
        "Re: Withdrawing my application",
        A("confirmation", ORC, ORCR, 8, "direct"),
        "Hi Priya,\n\nThanks for the heads up, and congrats on the momentum elsewhere! I've "
        "withdrawn you from the Senior Backend Engineer process. Tomás will be sad, but we'd love "
        "to reconnect down the road.\n\nBest,\nKaylee\n\nOn Tue, Dec 2, 2025 at 8:02 PM Priya "
        "Raghunathan-Cole wrote:\n> Hi Kaylee, I'd like to withdraw from the process — I'm in late "
        "stages elsewhere and don't want to waste the team's time.",
        st="withdrawn",
    ),
    # --- 21 Fathom AI (Ashby) -------------------------------------------------------------
    m(
        "41101",
        "2025-11-05 12:01",
        "Fathom AI <no-reply@ashbyhq.com>",
        "Fathom AI | Application received",
        A("confirmation", FA, FAR, 21, "ashby"),
        "Hi Priya,\n\nWe got your application for Senior Backend Engineer, Inference Platform "
        "(San Francisco / Remote US). Thank you!\n\nWe're a small team and read every "
        "application; expect to hear from us within two weeks either way.\n\n— Fathom AI",
    ),
    m(
        "41122",
        "2025-11-13 09:09",
        "Noor Haddad <noor@fathom.ai>",
        "Fathom take-home",
        A("assessment", FA, FAR, 21, "direct"),
        "Hi Priya,\n\nThanks for chatting with us! As the next step, here's our take-home: build "
        "a small rate-limited job queue service (spec in the attached repo link). Please spend "
        "no more than 3 hours; CoderPad isn't needed for this one.\n\nhttps://github.example/"
        "fathom-ai/takehome-queue\n\nSend it back whenever you're ready within a week.\n\nNoor",
    ),
    m(
        "41150",
        "2025-11-25 15:48",
        "Noor Haddad <noor@fathom.ai>",
        "Invitation: Fathom AI — Final round (Priya) @ Tue Dec 2, 2025 10am - 2pm (PST)",
        A("interview", FA, FAR, 21, "direct"),
        "Priya,\n\nSending the invite for the final round in our SF office (or Zoom if you "
        "prefer). Agenda to follow.\n\nNoor",
        ics={
            "uid": "fathom-final-77@fathom.ai",
            "start": "2025-12-02 10:00:00 -0800",
            "minutes": 240,
            "summary": "Fathom AI — Final round (Priya)",
            "organizer": ("Noor Haddad", "noor@fathom.ai"),
            "location": "Fathom AI, 535 Mission St Fl 9, San Francisco",
        },
    ),
    m(
        "41177",
        "2025-12-08 18:20",
        "Noor Haddad <noor@fathom.ai>",
        "Following up",
        A("rejection", FA, FAR, 21, "direct"),
        "Hi Priya,\n\nThanks again for coming in last week. I wanted to get back to you "
        "quickly: the team was impressed by your take-home, especially the backpressure "
        "handling. Ultimately we've decided to go with a candidate with more GPU-serving "
        "experience, so we won't be moving forward.\n\nI'm sorry it's not better news. Happy to "
        "share more detailed feedback on a call if that's helpful.\n\nNoor",
    ),
    # --- 22 Bellweather (Greenhouse) -> withdrawn ----------------------------------------
    m(
        "41201",
        "2026-01-12 11:25",
        "Bellweather <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Bellweather",
        A("confirmation", BW, BWR, 22, "greenhouse"),
        html="<p>Hi Priya,</p><p>Thank you for applying to the <strong>Senior Software Engineer"
        "</strong> role at Bellweather in New York, NY.</p><p>We've received your application and "
        "will review it as soon as possible. Unfortunately, due to the high number of "
        "applications, we're not always able to respond to everyone individually.</p>"
        "<p>Best,<br>Bellweather Talent</p>",
    ),
    m(
        "41230",
        "2026-01-26 10:02",
        "Rory Gellar <rory.gellar@bellweather.co>",
        "Bellweather — recruiter screen",
        A("interview", BW, BWR, 22, "direct"),
        "Hi Priya,\n\nI'm a recruiter at Bellweather and I'd love to chat about the Senior SWE "
        "role on our Ledger team. Here's my calendar: https://calendly.com/rgellar-bw/25min\n\n"
        "Rory",
    ),
    m(
        "41233",
        "2026-02-05 09:50",
        "Rory Gellar <rory.gellar@bellweather.co>",
        "Automatic reply: Bellweather — onsite scheduling",
        ("other_job", BW, BWR, None, "direct", "en"),
        "Thanks for your email. I'm out of office through Monday, February 16 with limited "
        "access to email. For anything scheduling-related please contact "
        "recruiting-coord@bellweather.co.\n\nRory",
    ),
    m(
        "41245",
        "2026-02-12 13:15",
        "Rory Gellar <rory.gellar@bellweather.co>",
        "Re: Pulling out of the process",
        A("confirmation", BW, BWR, 22, "direct"),
        "Hi Priya - back from PTO and saw your note. Totally understand, and congratulations on "
        "the new role! I've closed out your candidacy. Best of luck.\n\nRory",
        st="withdrawn",
    ),
    m(
        "40975",
        "2026-01-08 16:20",
        "Gem Scheduling <scheduling@gem.com>",
        "Your interview is confirmed: Quillon Virtual Onsite",
        A("interview", QL, QLR, 6, "other"),
        html="<p>Hi Priya,</p><p>Your <b>Quillon Virtual Onsite</b> is confirmed for Wednesday, "
        "January 21, 2026, 9:00 AM – 1:30 PM PST.</p><ul><li>Coding I</li><li>Mobile system "
        "design</li><li>Coding II</li><li>Lunch break</li><li>Values &amp; collaboration</li>"
        "<li>Hiring manager</li></ul><p>Video links will be in individual calendar events.</p>"
        "<p>Sent on behalf of Quillon Technologies, Inc. via Gem</p>",
    ),
    m(
        "40988",
        "2026-02-05 12:40",
        "Jess Amundsen via Docusign <dse_NA4@docusign.net>",
        "Please DocuSign: Quillon - Offer Letter - Priya Raghunathan-Cole",
        A("offer", QL, QLR, 6, "docusign"),
        html="<p>Jess Amundsen sent you a document to review and sign.</p><p><a href='https://"
        "na4.docusign.net/Signing/EmailStart.aspx?a=7d'>REVIEW DOCUMENT</a></p><p>Hi Priya — "
        "here's your official offer letter. So excited!</p>",
    ),
    m(
        "40791",
        "2025-11-24 11:03",
        "Alma Reyes <areyes@northvalegroup.com>",
        "Team match chats — Maps Offline & Driver App",
        A("interview", SK, SKR, 5, "direct"),
        "Hi Priya,\n\nI've booked your two team-match conversations:\n\n- Tue 12/2, 11:00 AM PT — "
        "Lisa Hammond, Maps Offline\n- Wed 12/3, 2:30 PM PT — Theo Park, Driver App\n\nThese "
        "aren't interviews — ask them anything. Invites are on your calendar.\n\nAlma",
    ),
]
