# ruff: noqa: E501
"""Corpus 76, job mail from start-ups, scale-ups and boards (data only): see heldout76.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def at(day_time: str) -> str:
    """An invitation's start in the builder's format."""
    return f"{day_time}:00 {tz(day_time[:10])}"


def D(cat, co, role, app, src):
    return (cat, co, role, app, src, "de")


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


PK, PKR = "Paketo", "Senior Backend Engineer (Go)"
KK, KKR = "Kiezkasse", "Backend Engineer"
TS, TS1, TS2 = "Tessellate", "Staff Backend Engineer", "Senior Platform Engineer"
OW, OWR = "Ostwind Mobility", "Backend Engineer, Routing"
KH, KHR = "Kranich Health", "Platform Engineer"
MO, MOR = "Mobilio", "Senior Backend Engineer"
TR, TRR = "Tafelrunde", "Backend Engineer (Node.js/TypeScript)"
MP, MPR = "Mauerpark Analytics", "Platform Engineer (m/w/d)"
LU, LUR = "Lumen Grid", "Senior Software Engineer, Infrastructure"
QB, QBR = "Quadrat Bank", "Backend Engineer, Payments"
NF, NFR = "Nimbus Freight", "Backend Engineer"
BW, BWR = "Birkenwerk", "Site Reliability Engineer"
PX, PXR = "Pixelhain Games", "Backend Engineer, Game Services"
HH, HHR = "Hinterhof Labs", "Senior Go Engineer (m/w/d)"
NW, NWR = "Nordwerk Cloud", "Senior Platform Engineer"

MAIL: list[dict[str, Any]] = [
    # --- 11 Paketo (Nordlicht Technologies GmbH), Ashby: negotiated offer, accepted ------------
    m(
        "76201",
        "2025-12-01 10:02",
        "Paketo Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Paketo!",
        E("confirmation", PK, PKR, 11, "ashby"),
        "Hi Jonas,\n\nThanks for applying for the Senior Backend Engineer (Go) role at Paketo! We've received your application and our team will review it shortly.\n\nWe read every application ourselves, so it might take us a week or two to get back to you. If we decide not to move forward, we'll still let you know.\n\nCheers,\nThe Paketo Talent Team\n\nPaketo is a brand of Nordlicht Technologies GmbH · Lohmühlenstraße 65 · 12435 Berlin",
    ),
    m(
        "76202",
        "2025-12-05 14:20",
        "CodeSignal <noreply@codesignal.com>",
        "Paketo has invited you to take a coding assessment",
        E("assessment", PK, PKR, 11, "codesignal"),
        html='<html><body style="font-family:Arial"><p>Hi Jonas,</p><p><b>Paketo</b> has invited you to complete the <b>General Coding Assessment</b> as part of your application for <b>Senior Backend Engineer (Go)</b>.</p><p>Time limit: 70 minutes · Languages: any supported · Deadline: December 12, 2025</p><p><a href="https://app.codesignal.com/test-invite/7f3c2d1e9a">Start assessment</a></p><p>Make sure you have a stable internet connection and a quiet environment. Good luck!</p><p style="font-size:11px;color:#777">CodeSignal, Inc. · San Francisco, CA</p></body></html>',
    ),
    m(
        "76203",
        "2025-12-15 09:12",
        "Hannah Okonjo <no-reply@ashbyhq.com>",
        "Paketo – next step: technical interview",
        E("interview", PK, PKR, 11, "ashby"),
        "Hi Jonas,\n\nGreat news – you did really well on the CodeSignal assessment, and the team would love to talk to you!\n\nNext up is a 60-minute technical interview with two engineers from our Delivery Platform team (mostly Go, Postgres and a bit of Kafka). Please pick a slot that works for you here:\n\nhttps://app.ashbyhq.com/interview-scheduling/paketo/6c1e4b8f\n\nLooking forward to it!\nHannah\n\nHannah Okonjo\nTalent Partner, Paketo",
        reply_to="Hannah Okonjo <hannah.okonjo@paketo.de>",
    ),
    m(
        "76204",
        "2025-12-15 18:47",
        "Paketo Hiring <no-reply@ashbyhq.com>",
        "Interview confirmed: Paketo – Technical Interview",
        E("interview", PK, PKR, 11, "ashby"),
        "Hi Jonas,\n\nYour interview is confirmed:\n\nPaketo – Technical Interview\nThursday, December 18, 2025, 11:00 – 12:00 (CET)\nGoogle Meet: https://meet.google.com/tkm-wpbe-sfa\nInterviewers: Lukas Hamann, Priti Venkatesan\n\nNeed to reschedule? Use this link: https://app.ashbyhq.com/interview-scheduling/paketo/6c1e4b8f/reschedule\n\nThe Paketo Talent Team",
        ics={
            "uid": "ashby-76204-paketo-tech@ashbyhq.com",
            "start": at("2025-12-18 11:00"),
            "minutes": 60,
            "organizer": ("Paketo Hiring", "no-reply@ashbyhq.com"),
            "attendees": [
                ("Lukas Hamann", "lukas.hamann@paketo.de"),
                ("Priti Venkatesan", "priti.v@paketo.de"),
            ],
            "summary": "Paketo – Technical Interview (Jonas Ebeling)",
            "description": "Join with Google Meet: https://meet.google.com/tkm-wpbe-sfa",
            "location": "https://meet.google.com/tkm-wpbe-sfa",
        },
    ),
    m(
        "76205",
        "2026-01-07 13:30",
        "Paketo Hiring <no-reply@ashbyhq.com>",
        "Interview confirmed: Paketo – System Design + Team Fit",
        E("interview", PK, PKR, 11, "ashby"),
        "Hi Jonas,\n\nHappy new year! Your final round is confirmed:\n\nSystem Design (90 min) with Marek Wójcik (Staff Engineer)\nTeam Fit (45 min) with Sophie Lange (Engineering Manager)\nMonday, January 12, 2026, 14:00 – 16:30 (CET), including a short break\nGoogle Meet: https://meet.google.com/vbz-qrhn-ugd\n\nFor system design we use Excalidraw – no preparation needed, but feel free to think about how you'd build parcel tracking events at scale.\n\nThe Paketo Talent Team",
        ics={
            "uid": "ashby-76205-paketo-final@ashbyhq.com",
            "start": at("2026-01-12 14:00"),
            "minutes": 150,
            "organizer": ("Paketo Hiring", "no-reply@ashbyhq.com"),
            "attendees": [
                ("Marek Wójcik", "marek.wojcik@paketo.de"),
                ("Sophie Lange", "sophie.lange@paketo.de"),
            ],
            "summary": "Paketo – Final Round (Jonas Ebeling)",
            "description": "Join with Google Meet: https://meet.google.com/vbz-qrhn-ugd",
            "location": "https://meet.google.com/vbz-qrhn-ugd",
        },
    ),
    m(
        "76206",
        "2026-01-16 17:05",
        "Hannah Okonjo <hannah.okonjo@paketo.de>",
        "We'd love to have you on board 🎉",
        E("offer", PK, PKR, 11, "direct"),
        "Hi Jonas,\n\nI'm so happy to write this: the team was unanimous, and we'd like to offer you the role of Senior Backend Engineer at Paketo!\n\nHere's a quick summary before the formal letter:\n- Base salary: €84,000 per year\n- VSOP: 0.08 % (4-year vesting, 1-year cliff)\n- 28 vacation days, €1,000 yearly learning budget, BVG Deutschlandticket\n- Start date: March 2, 2026 (flexible)\n\nThe contract will be issued by our legal entity, Nordlicht Technologies GmbH. Do you have time for a quick call on Monday to go through it?\n\nBest,\nHannah",
    ),
    m(
        "76207",
        "2026-01-21 11:44",
        "Hannah Okonjo <hannah.okonjo@paketo.de>",
        "Re: We'd love to have you on board 🎉",
        E("offer", PK, PKR, 11, "direct"),
        "Hi Jonas,\n\nThanks for being so open on the phone yesterday. I talked to Sophie and our CFO, and we can move on the base: we're happy to offer €90,000, plus a one-off signing bonus of €3,000 to bridge the bonus you'd lose at your current employer. The VSOP stays as it is.\n\nThe updated contract will come via DocuSign from Nordlicht Technologies GmbH later today.\n\nFingers crossed!\nHannah\n\nOn Tue, Jan 20, 2026 at 18:12, Jonas Ebeling <jonas.ebeling@mailbox.org> wrote:\n> Hi Hannah,\n> thanks again – as discussed, I'd be thrilled to join, but I'd need to get closer to 92k base.\n> Best, Jonas",
    ),
    m(
        "76208",
        "2026-01-23 09:58",
        "Nordlicht Technologies GmbH via DocuSign <dse@eumail.docusign.net>",
        "Completed: Arbeitsvertrag_Jonas_Ebeling.pdf",
        E("offer", PK, PKR, 11, "docusign"),
        html='<html><body style="font-family:Helvetica"><table width="560"><tr><td style="background:#1e4c9a;color:#fff;padding:20px"><b>Your document has been completed</b></td></tr><tr><td style="padding:20px"><p>All parties have completed <b>Arbeitsvertrag_Jonas_Ebeling.pdf</b>.</p><p>Sender: Hannah Okonjo (hannah.okonjo@paketo.de)<br>Nordlicht Technologies GmbH</p><p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=3c1d">VIEW COMPLETED DOCUMENT</a></p><p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p></td></tr></table></body></html>',
        st="accepted",
    ),
    m(
        "76209",
        "2026-02-17 10:30",
        "Paketo People Team <people@paketo.de>",
        "Welcome to Paketo – your first day on March 2",
        ("other_job", PK, PKR, None, "direct", "en"),
        "Hi Jonas,\n\nWe're counting the days! Here's everything for your first day:\n\n- Arrive at 9:30 at Lohmühlenstraße 65, 3rd floor (ring \"Paketo\")\n- Your laptop (MacBook Pro 14\") will be waiting on your desk\n- Bring your Sozialversicherungsausweis and Steuer-ID if you haven't uploaded them yet to Personio\n- Lunch with your buddy, Lukas, is on us\n\nSee you soon,\nThe People Team\n\nNordlicht Technologies GmbH · HRB 201554 B · Geschäftsführer: Tarek Said, Ines Habermann",
    ),
    # --- 12 Kiezkasse: CTO from personal Gmail, take-home, withdrawal -------------------------
    m(
        "76211",
        "2025-12-08 22:36",
        "Bastian Roloff <basti.roloff@gmail.com>",
        "Your application at Kiezkasse",
        E("interview", KK, KKR, 12, "direct"),
        "Hey Jonas,\n\nBasti here, CTO and co-founder of Kiezkasse (we build POS and inventory for Spätis and small shops). I saw your application on Berlin Startup Jobs – sorry for writing from my private address, our Google Workspace is having a moment.\n\nYour background with event-driven systems is exactly what we need. Want to grab a coffee (or a Club Mate) and chat? I'm in our office at Weserstraße most days. How about Thursday at 17:00?\n\nCheers\nBasti\n\n--\nBastian Roloff · CTO · Kiezkasse\nkiezkasse.de",
    ),
    m(
        "76212",
        "2025-12-16 08:15",
        "Bastian Roloff <basti.roloff@gmail.com>",
        "Take-home for you",
        E("assessment", KK, KKR, 12, "direct"),
        "Hey Jonas,\n\nGreat chat last week! As promised, here's our take-home:\n\nhttps://github.com/kiezkasse/take-home-backend (I've added you as collaborator, check your GitHub notifications)\n\nThe task: a tiny inventory service that syncs stock from two tills with flaky connectivity. Should take 3-4 hours max, please don't spend your whole weekend on it. Open a PR against main when you're done – no hard deadline, ideally before Christmas.\n\nCheers\nBasti",
    ),
    m(
        "76213",
        "2025-12-16 08:16",
        "GitHub <noreply@github.com>",
        "[GitHub] @broloff has invited you to collaborate on the kiezkasse/take-home-backend repository",
        ("other_job", KK, KKR, None, "other", "en"),
        "Hey jebeling!\n\n@broloff has invited you to collaborate on the kiezkasse/take-home-backend repository.\n\nYou can accept or decline this invitation. You can also head over to https://github.com/kiezkasse/take-home-backend to check out the repository or visit @broloff to learn a bit more about them.\n\nThis invitation will expire in 7 days.\n\nView invitation: https://github.com/kiezkasse/take-home-backend/invitations\n\n---\nYou are receiving this because you were invited to the repository.",
    ),
    m(
        "76214",
        "2026-01-26 20:50",
        "Bastian Roloff <basti.roloff@gmail.com>",
        "Re: Kiezkasse – pulling out",
        E("confirmation", KK, KKR, 12, "direct"),
        "Hey Jonas,\n\nAh, bummer, but totally understood – Paketo is a great team and that offer is hard to beat for a seed startup like us. Thanks for letting me know so quickly and for the really thoughtful PR, the team liked it a lot.\n\nI've closed your application on our side. If you ever want to come back to the Späti world, you know where to find me.\n\nAll the best\nBasti\n\nOn Mon, 26 Jan 2026 at 19:02, Jonas Ebeling <jonas.ebeling@mailbox.org> wrote:\n> Hi Basti,\n> I wanted to let you know that I've accepted another offer and would like to withdraw from the process. Thank you for the time and the fun conversations!\n> Jonas",
        st="withdrawn",
    ),
    # --- 13/14 Tessellate, Greenhouse, two roles --------------------------------------------
    m(
        "76221",
        "2025-10-08 16:18",
        "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tessellate",
        E("confirmation", TS, TS1, 13, "greenhouse"),
        "Hi Jonas,\n\nThank you for your interest in Tessellate! We wanted to let you know we received your application for Staff Backend Engineer, and we are delighted that you would consider joining our team.\n\nOur team will review your application and will be in touch if your qualifications match our needs for the role. Unfortunately, due to the high volume of applications, we may not be able to respond to every applicant individually.\n\nRegards,\nTessellate Talent Team",
    ),
    m(
        "76222",
        "2025-10-16 12:00",
        "Tessellate via HackerRank <support@hackerrankforwork.com>",
        "Invitation: Tessellate Backend Assessment",
        E("assessment", TS, TS1, 13, "hackerrank"),
        "Hi Jonas Ebeling,\n\nTessellate has invited you to take the Tessellate Backend Assessment test on HackerRank.\n\nDuration: 90 minutes\nQuestions: 3 (coding) + 1 (SQL)\nValid until: 23 Oct 2025, 23:59 CEST\n\nTest link: https://www.hackerrank.com/test/bq8t1nf0l2/login?b=eyJ1\n\nAll the best!\nTeam HackerRank",
    ),
    m(
        "76223",
        "2025-10-30 15:41",
        "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application at Tessellate",
        E("rejection", TS, TS1, 13, "greenhouse"),
        "Hi Jonas,\n\nThank you for taking the time to complete our HackerRank assessment. Our engineers appreciated the clarity of your solutions, and your SQL answer was one of the cleanest we've seen this month.\n\nAfter careful consideration, however, we have decided to move forward with candidates whose experience more closely matches the scope of this Staff-level role.\n\nWe'd love to stay in touch – please keep an eye on our careers page for future opportunities.\n\nBest wishes,\nTessellate Talent Team",
    ),
    m(
        "76224",
        "2025-11-06 09:27",
        "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tessellate",
        E("confirmation", TS, TS2, 14, "greenhouse"),
        "Hi Jonas,\n\nThank you for your interest in Tessellate! We wanted to let you know we received your application for Senior Platform Engineer, and we are delighted that you would consider joining our team.\n\nOur team will review your application and will be in touch if your qualifications match our needs for the role. Unfortunately, due to the high volume of applications, we may not be able to respond to every applicant individually.\n\nRegards,\nTessellate Talent Team",
    ),
    m(
        "76225",
        "2025-11-28 18:03",
        "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        E("rejection", TS, TS2, 14, "greenhouse"),
        "Hi Jonas,\n\nThanks again for applying to the Senior Platform Engineer role. We've now closed this position, and we won't be moving forward with your application at this time.\n\nWe know this isn't the news you were hoping for. We wish you the best in your search.\n\nTessellate Talent Team",
    ),
    m(
        "76226",
        "2025-12-03 16:00",
        "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>",
        "How was your candidate experience with Tessellate?",
        ("other_job", TS, None, None, "greenhouse", "en"),
        "Hi Jonas,\n\nWe're always trying to improve how we hire. Would you take 2 minutes to tell us how your experience with Tessellate went? Your answers are anonymous and won't affect any current or future applications.\n\nTake the survey: https://survey.greenhouse.io/tessellate/cx/4b91\n\nThank you!\nTessellate Talent Team",
    ),
    # --- 15 Ostwind Mobility, Lever, German du rejection ----------------------------------
    m(
        "76231",
        "2025-10-13 11:11",
        "Ostwind Mobility <no-reply@hire.lever.co>",
        "Thanks for applying to Ostwind Mobility",
        E("confirmation", OW, OWR, 15, "lever"),
        "Hi Jonas,\n\nThanks for your interest in Ostwind Mobility and for applying to Backend Engineer, Routing. We're reviewing your application and will reach out if there's a fit.\n\nIn the meantime, check out our engineering blog at ostwind.tech/blog to learn how we route 40,000 e-scooters a day.\n\nBest,\nOstwind Mobility",
    ),
    m(
        "76232",
        "2025-10-29 14:36",
        "Ostwind Mobility <no-reply@hire.lever.co>",
        "Update zu deiner Bewerbung",
        D("rejection", OW, OWR, 15, "lever"),
        "Hallo Jonas,\n\nvielen Dank für dein Interesse an Ostwind Mobility und die Zeit, die du dir für deine Bewerbung genommen hast.\n\nWir haben uns dein Profil genau angesehen und uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen, deren Erfahrung mit Graph-Algorithmen und Routing-Engines besser zum aktuellen Bedarf passt.\n\nWir wünschen dir viel Erfolg bei deiner weiteren Suche!\n\nDein Ostwind People Team",
    ),
    # --- 16 Kranich Health, Workable slug "khg-digital" ---------------------------------------
    m(
        "76241",
        "2025-10-21 08:49",
        "KHG Digital <noreply@candidates.workablemail.com>",
        "Thanks for applying to KHG Digital",
        E("confirmation", KH, KHR, 16, "workable"),
        "Dear Jonas,\n\nThank you for your application for the Platform Engineer position. We've received it and our hiring team will review it shortly.\n\nYou can check your application here: https://apply.workable.com/khg-digital/j/5E1D0A2C77/\n\nKind regards,\nThe Kranich Health hiring team\n\nKranich Health is operated by KHG Digital Health GmbH, Schlesische Str. 26, 10997 Berlin",
    ),
    m(
        "76242",
        "2025-11-05 13:17",
        "Yusuf Demir <yusuf.demir@kranich.health>",
        "Kranich Health – Interview Platform Engineer",
        E("interview", KH, KHR, 16, "direct"),
        "Hi Jonas,\n\nThanks for your patience! I'm the Engineering Lead for our platform team and would love to have a first conversation with you. I've sent a Google Meet invite for Wednesday, Nov 12, 15:00 – let me know if that doesn't work.\n\nWe'll talk about your experience running Kubernetes in regulated environments (we're processing health data, so ISO 27001 and BSI C5 are daily business here).\n\nBest\nYusuf\n\nYusuf Demir\nEngineering Lead Platform · Kranich Health",
        ics={
            "uid": "3n8d0v2u1rcl4ekkh76b3ajq01@google.com",
            "start": at("2025-11-12 15:00"),
            "minutes": 60,
            "organizer": ("Yusuf Demir", "yusuf.demir@kranich.health"),
            "summary": "Kranich Health | Jonas Ebeling – Platform Engineer",
            "description": "Google Meet beitreten: https://meet.google.com/fgd-oxmw-pye",
            "location": "https://meet.google.com/fgd-oxmw-pye",
        },
    ),
    m(
        "76243",
        "2025-11-21 10:22",
        "KHG Digital <noreply@candidates.workablemail.com>",
        "Your application for Platform Engineer",
        E("rejection", KH, KHR, 16, "workable"),
        "Dear Jonas,\n\nThank you for taking the time to speak with Yusuf. We really enjoyed learning about your work, and the team appreciated your thoughtful questions about our compliance setup.\n\nAfter much deliberation, we have decided not to proceed with your application. We were looking for someone with deeper hands-on experience in on-premise setups for hospital customers.\n\nWe wish you every success.\n\nKind regards,\nThe Kranich Health hiring team",
    ),
    # --- 17 Mobilio, LinkedIn Easy Apply --------------------------------------------------
    m(
        "76251",
        "2025-10-10 21:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jonas, your application was sent to Mobilio",
        E("confirmation", MO, MOR, 17, "linkedin"),
        html='<html><body style="font-family:-apple-system,Arial"><table width="512"><tr><td><p>Your application was sent to <b>Mobilio</b></p><p><b>Senior Backend Engineer</b><br>Mobilio · Berlin, Germany (Hybrid)</p><p>Applied on October 10, 2025</p><p><a href="https://www.linkedin.com/jobs/view/4099312877/">View job</a></p><p style="font-size:11px;color:#888">This email was intended for Jonas Ebeling (Backend &amp; Platform Engineer). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table></body></html>',
    ),
    m(
        "76252",
        "2025-10-14 08:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Mobilio",
        E("viewed", MO, MOR, 17, "linkedin"),
        html='<html><body><p>Hi Jonas,</p><p>Good news – <b>Mobilio</b> viewed your application for <b>Senior Backend Engineer</b>.</p><p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your applications</a></p><p style="font-size:11px">LinkedIn Ireland Unlimited Company</p></body></html>',
    ),
    m(
        "76253",
        "2025-10-24 12:51",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Mobilio",
        E("rejection", MO, MOR, 17, "linkedin"),
        html='<html><body><p>Your update from <b>Mobilio</b></p><p><b>Senior Backend Engineer</b> · Berlin, Germany</p><p>Thank you for your interest in the Senior Backend Engineer position at Mobilio in Berlin. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Mobilio.</p><p>Regards,<br>Mobilio</p><p><a href="https://www.linkedin.com/jobs/search/">Search for more jobs</a></p></body></html>',
    ),
    # --- 18 Tafelrunde, Personio (English), ghosted -------------------------------------------
    m(
        "76261",
        "2025-11-14 19:12",
        "Tafelrunde <no-reply@mail.personio.de>",
        "Your application as Backend Engineer (Node.js/TypeScript)",
        E("confirmation", TR, TRR, 18, "personio"),
        "Hi Jonas,\n\nThank you for your application! We have received your documents and will get back to you as soon as possible.\n\nBest regards,\nThe Tafelrunde Team\n\nTafelrunde Reservations GmbH · Rosenthaler Str. 40 · 10178 Berlin\nPrivacy: https://tafelrunde.jobs.personio.de/privacy-policy",
    ),
    # --- 19 Mauerpark Analytics, Personio du, withdrawn -----------------------------------
    m(
        "76271",
        "2025-11-24 10:05",
        "Mauerpark Analytics GmbH <no-reply@mail.personio.de>",
        "Deine Bewerbung als Platform Engineer (m/w/d)",
        D("confirmation", MP, MPR, 19, "personio"),
        "Hallo Jonas,\n\nvielen Dank für deine Bewerbung und dein Interesse an Mauerpark Analytics! Wir haben deine Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei dir.\n\nViele Grüße\nDein People-Team von Mauerpark Analytics\n\nMauerpark Analytics GmbH · Bernauer Str. 63 · 13355 Berlin",
    ),
    m(
        "76272",
        "2025-12-04 15:30",
        "Mauerpark Analytics GmbH <no-reply@mail.personio.de>",
        "Einladung: Erstgespräch Platform Engineer",
        D("interview", MP, MPR, 19, "personio"),
        "Hallo Jonas,\n\nwir möchten dich gerne kennenlernen! Bitte wähle über den folgenden Link einen passenden Termin für ein 45-minütiges Erstgespräch mit Kai (Head of Engineering) per Google Meet:\n\nhttps://mauerpark-analytics.jobs.personio.de/interview-booking/8f12c4\n\nWir freuen uns auf dich!\nJulia Schenk\nPeople & Culture",
    ),
    m(
        "76273",
        "2025-12-05 09:14",
        "Mauerpark Analytics GmbH <no-reply@mail.personio.de>",
        "Termin bestätigt: Erstgespräch Platform Engineer",
        D("interview", MP, MPR, 19, "personio"),
        "Hallo Jonas,\n\ndein Termin ist bestätigt:\n\nErstgespräch Platform Engineer\nDienstag, 16.12.2025, 10:00 – 10:45 Uhr\nGoogle Meet: https://meet.google.com/ahq-tmyd-kze\n\nFalls du den Termin verschieben musst, antworte einfach auf diese E-Mail.\n\nViele Grüße\nJulia Schenk",
        ics={
            "uid": "personio-mpa-76273@personio.de",
            "start": at("2025-12-16 10:00"),
            "minutes": 45,
            "organizer": ("Julia Schenk", "julia.schenk@mauerpark-analytics.de"),
            "attendees": [("Kai Brenner", "kai.brenner@mauerpark-analytics.de")],
            "summary": "Erstgespräch Platform Engineer – Jonas Ebeling",
            "description": "Google Meet: https://meet.google.com/ahq-tmyd-kze",
            "location": "https://meet.google.com/ahq-tmyd-kze",
        },
    ),
    m(
        "76274",
        "2026-01-27 11:02",
        "Julia Schenk <julia.schenk@mauerpark-analytics.de>",
        "AW: Rückzug meiner Bewerbung",
        D("confirmation", MP, MPR, 19, "direct"),
        "Hallo Jonas,\n\ndanke dir für die offene Rückmeldung und herzlichen Glückwunsch zur neuen Stelle! Ich habe deine Bewerbung wie gewünscht zurückgezogen und das Zweitgespräch mit Kai abgesagt.\n\nAlles Gute für den Start und vielleicht sieht man sich mal auf einem Meetup.\n\nViele Grüße\nJulia\n\nAm 26.01.2026 um 21:10 schrieb Jonas Ebeling:\n> Hallo Julia,\n> ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung zurück. Danke für den angenehmen Prozess!\n> Viele Grüße, Jonas",
        st="withdrawn",
    ),
    # --- 20 Lumen Grid, Ashby, ghosted ----------------------------------------------------
    m(
        "76281",
        "2025-11-17 13:44",
        "Lumen Grid <no-reply@ashbyhq.com>",
        "We received your application",
        E("confirmation", LU, LUR, 20, "ashby"),
        "Hi Jonas,\n\nThanks for applying to the Senior Software Engineer, Infrastructure role at Lumen Grid. Our team will review your application and reach out if there's a match.\n\nBest,\nLumen Grid Recruiting",
    ),
    # --- 21 Quadrat Bank AG ("Quadrat", "QB"), Greenhouse -------------------------------------
    m(
        "76291",
        "2025-11-03 09:20",
        "Quadrat Bank AG <no-reply@eu.greenhouse-mail.io>",
        "Vielen Dank für Ihre Bewerbung bei der Quadrat Bank AG",
        D("confirmation", QB, QBR, 21, "greenhouse"),
        "Hallo Jonas Ebeling,\n\nvielen Dank für Ihre Bewerbung als Backend Engineer, Payments. Wir haben Ihre Unterlagen erhalten und werden uns so bald wie möglich bei Ihnen melden.\n\nBitte beachten Sie: Sollten Sie innerhalb von vier Wochen nichts von uns hören, konnten wir Ihre Bewerbung leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\nTalent Acquisition · Quadrat Bank AG\n\nQuadrat Bank AG · Taubenstraße 10 · 10117 Berlin · Vorstand: Dr. Elif Kaya (Vors.), Moritz Lenz",
    ),
    m(
        "76292",
        "2025-11-10 14:02",
        "CodeSignal <noreply@codesignal.com>",
        "QB Tech Hiring has invited you to a CodeSignal assessment",
        E("assessment", QB, QBR, 21, "codesignal"),
        html='<html><body><p>Hi Jonas,</p><p><b>QB Tech Hiring</b> has invited you to complete <b>Backend Payments – Industry Coding Framework</b>.</p><p>Duration: 90 minutes · Expires: November 17, 2025</p><p><a href="https://app.codesignal.com/test-invite/a01bd3c9">Start assessment</a></p><p>Good luck!<br>The CodeSignal Team</p></body></html>',
    ),
    m(
        "76293",
        "2025-11-21 11:37",
        "Melanie Roos <melanie.roos@quadrat-bank.de>",
        "Quadrat – Interview Backend Engineer Payments",
        D("interview", QB, QBR, 21, "direct"),
        "Hallo Herr Ebeling,\n\nIhr CodeSignal-Ergebnis hat unser Team überzeugt. Gerne möchten wir Sie zu einem technischen Interview einladen (60 Minuten, auf Englisch, da das Team international besetzt ist).\n\nTermin: Montag, 01.12.2025, 14:00 Uhr, Microsoft Teams. Die Einladung folgt separat.\n\nMit freundlichen Grüßen\nMelanie Roos\nSenior Talent Acquisition Partner\nQuadrat Bank AG",
    ),
    m(
        "76294",
        "2025-11-21 11:39",
        "Melanie Roos <melanie.roos@quadrat-bank.de>",
        "Technisches Interview Backend Engineer Payments – Jonas Ebeling",
        D("interview", QB, QBR, 21, "direct"),
        "Microsoft Teams-Besprechung\n\nÜber Computer, mobile App oder Raumgerät teilnehmen\nHier klicken, um an der Besprechung teilzunehmen\nBesprechungs-ID: 312 884 611 052\nPasscode: Qb7xR2\n\nWeitere Informationen | Besprechungsoptionen",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000QB76294",
            "start": at("2025-12-01 14:00"),
            "minutes": 60,
            "organizer": ("Melanie Roos", "melanie.roos@quadrat-bank.de"),
            "attendees": [
                ("Anton Petrov", "anton.petrov@quadrat-bank.de"),
                ("Leila Haddad", "leila.haddad@quadrat-bank.de"),
            ],
            "summary": "Technisches Interview Backend Engineer Payments – Jonas Ebeling",
            "description": "Microsoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_QB76294",
            "location": "Microsoft Teams-Besprechung",
            "style": "outlook",
        },
    ),
    m(
        "76295",
        "2025-12-10 17:26",
        "Quadrat Bank AG <no-reply@eu.greenhouse-mail.io>",
        "Ihre Bewerbung bei Quadrat",
        D("rejection", QB, QBR, 21, "greenhouse"),
        "Hallo Jonas Ebeling,\n\nnochmals vielen Dank für das technische Interview mit Anton und Leila. Beide haben das Gespräch als sehr angenehm empfunden und Ihre Kenntnisse zu Idempotenz und Zahlungsabgleich hervorgehoben.\n\nLeider müssen wir Ihnen dennoch mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, die bereits Erfahrung mit SEPA Instant und dem Kernbankensystem mitbringt.\n\nWir wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nTalent Acquisition · Quadrat Bank AG",
    ),
    m(
        "76296",
        "2025-12-11 08:00",
        "Melanie Roos <melanie.roos@quadrat-bank.de>",
        "Automatische Antwort: Frage zum Feedback",
        ("other_job", QB, QBR, None, "direct", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 02.01.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an talent@quadrat-bank.de.\n\nThank you for your message. I am out of office until 2 January 2026.\n\nMelanie Roos",
    ),
    # --- 22 Nimbus Freight, Lever, take-home on GitHub -------------------------------------
    m(
        "76301",
        "2025-12-09 10:30",
        "Nimbus Freight <no-reply@hire.lever.co>",
        "Thanks for applying to Nimbus Freight",
        E("confirmation", NF, NFR, 22, "lever"),
        "Hi Jonas,\n\nThank you for applying to Nimbus Freight for the Backend Engineer role in Berlin. A real human on our team will read your application within 10 working days.\n\nBest,\nNimbus Freight",
    ),
    m(
        "76302",
        "2025-12-19 12:15",
        "Clara Westphal <clara@nimbusfreight.io>",
        "Nimbus Freight – take-home challenge",
        E("assessment", NF, NFR, 22, "direct"),
        "Hi Jonas,\n\nThanks for the good intro call! As the next step we'd like you to work on a short take-home. You'll find the instructions in this repository:\n\nhttps://github.com/nimbusfreight-hiring/backend-challenge-jonas-e\n\nTL;DR: build a small API that quotes a freight price from a CSV of lanes and carriers, with tests. Any language is fine, we use Kotlin and Go. Please submit by pushing to the repo by January 9 – no rush over the holidays.\n\nHappy holidays!\nClara Westphal\nRecruiting Lead, Nimbus Freight",
    ),
    m(
        "76303",
        "2026-01-14 16:40",
        "Clara Westphal <clara@nimbusfreight.io>",
        "Invitation: Nimbus Freight – Take-home review & system design @ Tue Jan 20, 2026 10am - 11:30am (CET)",
        E("interview", NF, NFR, 22, "direct"),
        "Clara Westphal has invited you to a meeting.\n\nNimbus Freight – Take-home review & system design\nTuesday Jan 20, 2026 ⋅ 10am – 11:30am\nTime zone: Central European Time - Berlin\n\nJoin with Google Meet: meet.google.com/nfw-qzkc-pae\n\nGuests: Clara Westphal (organizer), Jonas Ebeling, Rahul Iyer\n\nInvitation from Google Calendar",
        ics={
            "uid": "0gk3jmr0b7t2nimbus76303@google.com",
            "start": at("2026-01-20 10:00"),
            "minutes": 90,
            "organizer": ("Clara Westphal", "clara@nimbusfreight.io"),
            "attendees": [("Rahul Iyer", "rahul@nimbusfreight.io")],
            "summary": "Nimbus Freight – Take-home review & system design",
            "description": "Join with Google Meet: https://meet.google.com/nfw-qzkc-pae",
            "location": "https://meet.google.com/nfw-qzkc-pae",
        },
    ),
    m(
        "76304",
        "2026-01-23 09:05",
        "Nimbus Freight <no-reply@hire.lever.co>",
        "Following up on your Nimbus Freight application",
        E("rejection", NF, NFR, 22, "lever"),
        "Hi Jonas,\n\nThank you for the time you invested in the take-home and the review session – Rahul said your test suite was one of the best-structured he's seen.\n\nWe've had to make a tough call, and we've decided to go ahead with another candidate whose background in logistics pricing lines up a bit more closely with the role.\n\nWe'd be happy to keep your details on file for future roles.\n\nAll the best,\nClara",
    ),
    # --- 23 Birkenwerk, Ashby, interview then silence --------------------------------------
    m(
        "76311",
        "2026-01-28 15:10",
        "Birkenwerk <no-reply@ashbyhq.com>",
        "Thanks for applying to Birkenwerk",
        E("confirmation", BW, BWR, 23, "ashby"),
        "Hi Jonas,\n\nThanks for applying for Site Reliability Engineer at Birkenwerk! We'll review your application and get back to you soon.\n\nBirkenwerk Recruiting",
    ),
    m(
        "76312",
        "2026-02-09 10:00",
        "Birkenwerk <no-reply@ashbyhq.com>",
        "Interview confirmed: Birkenwerk – Intro call",
        E("interview", BW, BWR, 23, "ashby"),
        "Hi Jonas,\n\nYour interview is confirmed:\n\nBirkenwerk – Intro call with Noor (Head of Infrastructure)\nFriday, February 13, 2026, 13:00 – 13:30 (CET)\nGoogle Meet: https://meet.google.com/bwk-hyqa-vtr\n\nBirkenwerk Recruiting",
        ics={
            "uid": "ashby-76312-birkenwerk@ashbyhq.com",
            "start": at("2026-02-13 13:00"),
            "minutes": 30,
            "organizer": ("Birkenwerk Recruiting", "no-reply@ashbyhq.com"),
            "attendees": [("Noor Khalil", "noor@birkenwerk.com")],
            "summary": "Birkenwerk – Intro call (Jonas Ebeling)",
            "description": "Join with Google Meet: https://meet.google.com/bwk-hyqa-vtr",
            "location": "https://meet.google.com/bwk-hyqa-vtr",
        },
    ),
    # --- 24 Pixelhain Games, Greenhouse ---------------------------------------------------
    m(
        "76321",
        "2025-10-19 20:44",
        "Pixelhain Games <no-reply@us.greenhouse-mail.io>",
        "Application received – Backend Engineer, Game Services",
        E("confirmation", PX, PXR, 24, "greenhouse"),
        "Hey Jonas,\n\nGG – your application for Backend Engineer, Game Services at Pixelhain Games is in! Our recruiting crew will take a look and get back to you.\n\nIf you are not selected for this position, we'll let you know by email and keep your profile for future openings (unless you tell us otherwise).\n\nCheers,\nPixelhain Games Recruiting",
    ),
    m(
        "76322",
        "2025-10-23 07:58",
        "Pixelhain Games <no-reply@us.greenhouse-mail.io>",
        "Your application at Pixelhain Games",
        E("rejection", PX, PXR, 24, "greenhouse"),
        "Hey Jonas,\n\nThanks for your interest in Pixelhain Games. We've reviewed your application and unfortunately we won't be moving forward this time – we're focusing on candidates with live-ops experience in games.\n\nGood luck with your search!\nPixelhain Games Recruiting",
    ),
    # --- 25 Hinterhof Labs, Personio du ------------------------------------------------------
    m(
        "76331",
        "2026-02-02 09:33",
        "Hinterhof Labs <no-reply@mail.personio.de>",
        "Bewerbungseingang: Senior Go Engineer (m/w/d)",
        D("confirmation", HH, HHR, 25, "personio"),
        "Hi Jonas,\n\ndanke für deine Bewerbung als Senior Go Engineer bei Hinterhof Labs! Wir haben alles bekommen und melden uns bald.\n\nBeste Grüße\nHinterhof Labs\n\nHinterhof Labs GmbH · Reichenberger Str. 120 · 10999 Berlin",
    ),
    m(
        "76332",
        "2026-02-06 18:20",
        "Hinterhof Labs <no-reply@mail.personio.de>",
        "Deine Bewerbung bei Hinterhof Labs",
        D("rejection", HH, HHR, 25, "personio"),
        "Hi Jonas,\n\nvielen Dank noch mal für dein Interesse! Wir müssen dir leider mitteilen, dass wir die Stelle bereits intern besetzt haben und deine Bewerbung deshalb nicht weiter berücksichtigen können.\n\nAlles Gute!\nHinterhof Labs",
    ),
    # --- 26 Nordwerk Cloud: LinkedIn InMail, then Greenhouse ----------------------------------
    m(
        "76341",
        "2025-10-30 13:12",
        "Ruth Amsel via LinkedIn <messages-noreply@linkedin.com>",
        "Ruth sent you a message: Senior Platform Engineer at Nordwerk Cloud",
        ("outreach", NW, NWR, None, "linkedin", "en"),
        html='<html><body><p><b>Ruth Amsel</b><br>Tech Recruiter at Nordwerk Cloud</p><p>Hi Jonas, I came across your profile and loved your talk at Cloud Native Berlin about cost allocation in multi-tenant clusters. We\'re growing our platform team in Berlin and I think the Senior Platform Engineer role could be a great fit. Would you be open to applying? Here\'s the link: https://boards.greenhouse.io/nordwerkcloud/jobs/6612093</p><p><a href="https://www.linkedin.com/messaging/">Reply</a></p><p style="font-size:11px">You are receiving InMail notification emails.</p></body></html>',
    ),
    m(
        "76342",
        "2025-11-01 10:48",
        "Nordwerk Cloud <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Nordwerk Cloud",
        E("confirmation", NW, NWR, 26, "greenhouse"),
        "Hi Jonas,\n\nThanks for applying to Nordwerk Cloud. Your application for Senior Platform Engineer has been received and Ruth, our recruiter for this role, will be in touch.\n\nNordwerk Cloud Talent",
    ),
    m(
        "76343",
        "2025-11-07 16:22",
        "Ruth Amsel <ruth.amsel@nordwerk.cloud>",
        "Nordwerk Cloud – let's talk",
        E("interview", NW, NWR, 26, "direct"),
        "Hi Jonas,\n\nThanks for applying so quickly! Could we do a 30-minute recruiter screen next week? I've sent an invite for Thursday, Nov 13 at 9:30 – Google Meet.\n\nBest,\nRuth",
        ics={
            "uid": "7a9s0b3nwc76343ruth@google.com",
            "start": at("2025-11-13 09:30"),
            "minutes": 30,
            "organizer": ("Ruth Amsel", "ruth.amsel@nordwerk.cloud"),
            "summary": "Nordwerk Cloud – Recruiter screen (Jonas Ebeling)",
            "description": "Join with Google Meet: https://meet.google.com/nwc-ptxe-gio",
            "location": "https://meet.google.com/nwc-ptxe-gio",
        },
    ),
    m(
        "76344",
        "2025-11-25 12:09",
        "Ruth Amsel <ruth.amsel@nordwerk.cloud>",
        "Nordwerk Cloud – System design interview",
        E("interview", NW, NWR, 26, "direct"),
        "Hi Jonas,\n\nThe hiring manager really liked your screen with him. Next is our system design round: 75 minutes with two Staff Engineers. I've sent a Google Meet invite for Tuesday, Dec 2, 13:00.\n\nThe prompt is usually along the lines of designing a control plane for managed databases – think about tenancy, upgrades and failure domains.\n\nBest,\nRuth",
        ics={
            "uid": "7a9s0b3nwc76344ruth@google.com",
            "start": at("2025-12-02 13:00"),
            "minutes": 75,
            "organizer": ("Ruth Amsel", "ruth.amsel@nordwerk.cloud"),
            "attendees": [
                ("Gregor Vogt", "gregor.vogt@nordwerk.cloud"),
                ("Ayşe Kurt", "ayse.kurt@nordwerk.cloud"),
            ],
            "summary": "Nordwerk Cloud – System Design (Jonas Ebeling)",
            "description": "Join with Google Meet: https://meet.google.com/nwc-sdkq-mya",
            "location": "https://meet.google.com/nwc-sdkq-mya",
        },
    ),
    m(
        "76345",
        "2025-12-09 14:44",
        "Nordwerk Cloud <no-reply@us.greenhouse-mail.io>",
        "Update on your application for Senior Platform Engineer",
        E("rejection", NW, NWR, 26, "greenhouse"),
        "Hi Jonas,\n\nThank you so much for the time you spent with our team – your system design session was engaging and the interviewers enjoyed the conversation.\n\nUnfortunately, we've decided not to move forward at this stage. The panel felt the role needs more depth in database internals than came through in the interview.\n\nWe'd genuinely like to hear from you again in the future.\n\nWarm regards,\nRuth & the Nordwerk Cloud Talent team",
    ),
    # --- Alerts, outreach, other job mail -----------------------------------------------
    m(
        "76351",
        "2025-10-06 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“backend engineer”: Tessellate - Staff Backend Engineer and more",
        ("alert", None, None, None, "linkedin", "en"),
        html='<html><body><p>Your job alert for <b>backend engineer</b> in Berlin, Germany</p><ul><li><b>Staff Backend Engineer</b> · Tessellate · Berlin (Hybrid) · Be an early applicant</li><li><b>Senior Backend Engineer</b> · Mobilio · Berlin</li><li><b>Backend Engineer, Routing</b> · Ostwind Mobility · Berlin</li><li><b>Senior Java Developer</b> · Vireo Logistik SE · Berlin</li></ul><p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=7781">See all jobs</a></p></body></html>',
    ),
    m(
        "76352",
        "2025-11-10 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“platform engineer”: 14 new jobs in Berlin",
        ("alert", None, None, None, "linkedin", "en"),
        html='<html><body><p>Your job alert for <b>platform engineer</b> in Berlin, Germany</p><ul><li><b>Senior Platform Engineer</b> · Quernheim Digital GmbH · Berlin</li><li><b>Platform Engineer</b> · Mauerpark Analytics · Berlin · 3 connections work here</li><li><b>Cloud Platform Engineer (m/w/d)</b> · Hanseatische Energie AG · Berlin</li></ul><p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=7782">See all 14 jobs</a></p></body></html>',
    ),
    m(
        "76353",
        "2026-01-26 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“site reliability engineer”: Birkenwerk and 9 more",
        ("alert", None, None, None, "linkedin", "en"),
        html='<html><body><p>Your job alert for <b>site reliability engineer</b></p><ul><li><b>Site Reliability Engineer</b> · Birkenwerk · Berlin (Remote)</li><li><b>SRE – Observability</b> · Lumen Grid · Berlin</li></ul><p><a href="https://www.linkedin.com/jobs/">See all jobs</a></p></body></html>',
    ),
    m(
        "76354",
        "2025-10-12 08:00",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "8 neue Jobs für „Backend Entwickler“ in Berlin",
        ("alert", None, None, None, "other", "de"),
        html='<html><body><h3>Ihr Job-Agent hat neue Stellen gefunden</h3><ul><li>Softwareentwickler Backend (m/w/d) – Brandt &amp; Söhne Software GmbH – Berlin-Adlershof</li><li>Java Entwickler (m/w/d) – Vireo Logistik SE – Berlin</li><li>Backend Developer (m/w/d) – Falkenhorst IT GmbH – Potsdam</li></ul><p><a href="https://www.stepstone.de/jobagent">Alle Jobs anzeigen</a> · <a href="https://www.stepstone.de/jobagent/unsubscribe">Job-Agent abbestellen</a></p></body></html>',
    ),
    m(
        "76355",
        "2026-02-08 08:00",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "5 neue Jobs für „Platform Engineer“ in Berlin",
        ("alert", None, None, None, "other", "de"),
        html='<html><body><h3>Ihr Job-Agent hat neue Stellen gefunden</h3><ul><li>Platform Engineer (m/w/d) – Hanseatische Energie AG – Berlin</li><li>Kubernetes Engineer (m/w/d) – Stadtwerke Spreetal GmbH – Fürstenwalde</li></ul><p><a href="https://www.stepstone.de/jobagent">Alle Jobs anzeigen</a></p></body></html>',
    ),
    m(
        "76356",
        "2025-11-16 09:15",
        "XING Jobs <jobs@mail.xing.com>",
        "Jonas, diese Jobs passen zu dir",
        ("alert", None, None, None, "other", "de"),
        html='<html><body><p>Hallo Jonas,</p><p>wir haben neue Jobempfehlungen für dich:</p><ul><li>DevOps Engineer (m/w/d) – Falkenhorst IT GmbH</li><li>Senior Platform Engineer (m/w/d) – Quernheim Digital GmbH</li><li>Cloud Architect (m/w/d) – Hanseatische Energie AG</li></ul><p><a href="https://www.xing.com/jobs/recommendations">Alle Empfehlungen</a></p></body></html>',
    ),
    m(
        "76357",
        "2025-11-26 11:00",
        "Berlin Startup Jobs <hello@berlinstartupjobs.com>",
        "This week's Berlin startup jobs: engineering edition",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><h2>Berlin Startup Jobs – Weekly</h2><p>Fresh roles from Berlin's startup scene:</p><ul><li>Backend Engineer – Kiezkasse (Neukölln)</li><li>Senior Backend Engineer (Go) – Paketo (Friedrichshain)</li><li>Backend Engineer (Node.js/TypeScript) – Tafelrunde (Mitte)</li><li>Working Student Data – Solarkiez</li></ul><p>Hiring? Post a job from €99.</p></body></html>",
    ),
    m(
        "76358",
        "2025-10-09 16:40",
        "Tessellate Careers <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Tessellate Talent Community",
        ("alert", TS, None, None, "greenhouse", "en"),
        "Hi Jonas,\n\nThanks for joining the Tessellate Talent Community! We'll send you occasional updates about new roles and events in Berlin that match your interests (Backend, Platform).\n\nYou can update your preferences or unsubscribe anytime.\n\nTessellate Talent Team",
    ),
    m(
        "76359",
        "2025-12-12 15:15",
        "Sam Whitfield <sam.whitfield@cobalt-talent.co.uk>",
        "Staff Platform Engineer – Series B climate tech, Berlin",
        ("outreach", None, "Staff Platform Engineer", None, "agency", "en"),
        "Hi Jonas,\n\nHope you're well. I'm working exclusively with a Series B climate-tech business in Berlin that's building out its platform function – they're looking for a Staff Platform Engineer to own developer experience and the Kubernetes estate.\n\n€105-115k + equity, hybrid (2 days in Kreuzberg). Happy to share the client name on a quick call – are you free Monday or Tuesday?\n\nBest,\nSam Whitfield\nPrincipal Consultant, Platform & SRE\nCobalt Talent Ltd · London · Berlin",
    ),
    m(
        "76360",
        "2026-02-20 12:30",
        "Arne Vollmer via LinkedIn <messages-noreply@linkedin.com>",
        "Arne sent you a message",
        ("outreach", "Lumen Grid", "Engineering Manager, Platform", None, "linkedin", "en"),
        html="<html><body><p><b>Arne Vollmer</b><br>Head of Engineering at Lumen Grid</p><p>Hi Jonas, saw you applied a while back – sorry we never got back to you, the team changed a lot in December. We're now looking for an Engineering Manager, Platform and I'd love to chat if you're still open. Coffee in Friedrichshain?</p><p><a href=\"https://www.linkedin.com/messaging/\">Reply</a></p></body></html>",
    ),
    m(
        "76361",
        "2025-10-18 10:10",
        "Agentur für Arbeit <noreply@arbeitsagentur.de>",
        "Ihre Zugangsdaten für die Jobsuche – Bestätigungscode",
        ("other_job", None, None, None, "other", "de"),
        "Guten Tag,\n\nIhr Bestätigungscode für die Anmeldung in der Jobsuche der Bundesagentur für Arbeit lautet: 481 206\n\nDer Code ist 15 Minuten gültig. Falls Sie keine Anmeldung angefordert haben, ignorieren Sie diese Nachricht bitte.\n\nIhre Bundesagentur für Arbeit",
    ),
]
