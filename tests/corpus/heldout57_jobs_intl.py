# ruff: noqa: E501
"""Corpus 57, English and Spanish job mail (data only): see heldout57.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str, zone: str) -> str:
    if zone == "br":
        return "-0300"
    summer = day < "2025-10-26" or day >= "2026-03-29"
    if zone == "mad":
        return "+0200" if summer else "+0100"
    return "+0100" if summer else "+0000"


def m(key, when, frm, subject, t, text=None, html=None, z="lx", **kw) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10], z)}",
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


def re_(mid: str) -> dict[str, str]:
    return {"In-Reply-To": mid, "References": mid}


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


FS, FS1, FS2 = "Fenda Studios", "Performance Marketing Lead", "CRM & Lifecycle Manager"
KA, KAR = "Korvo Analytics", "Senior Growth Marketing Manager"
SR, SRR = "Solmar Retail", "E-commerce Marketing Manager"
TW, TWR = "Tidewell", "Growth Marketing Manager, Iberia & LatAm"
HB, HBR = "Helix Brands", "Brand & Digital Marketing Manager"
AV, AVR = "Almendra Viajes", "Growth Marketing Manager (Mercado Portugués y Brasil)"

MAIL: list[dict[str, Any]] = [
    # --- 18/19 Fenda Studios, two roles (Greenhouse) -----------------------------------------
    m(
        "572101",
        "2025-10-08 17:12",
        "Fenda Studios <no-reply@greenhouse-mail.io>",
        "Thank you for applying to Fenda Studios",
        A("confirmation", FS, FS1, 18, "greenhouse"),
        "Hi Rafael,\n\nThanks for applying for the Performance Marketing Lead role at Fenda Studios "
        "in Lisbon. We're a small team building mobile games for 40 million players, so we read "
        "every application ourselves.\n\nIf there's a match, we'll be in touch within two "
        "weeks.\n\nCheers,\nFenda Talent",
    ),
    m(
        "572102",
        "2025-10-08 17:26",
        "Fenda Studios <no-reply@greenhouse-mail.io>",
        "Thank you for applying to Fenda Studios",
        A("confirmation", FS, FS2, 19, "greenhouse"),
        "Hi Rafael,\n\nThanks for applying for the CRM & Lifecycle Manager role at Fenda Studios in "
        "Lisbon. We're a small team building mobile games for 40 million players, so we read every "
        "application ourselves.\n\nIf there's a match, we'll be in touch within two weeks.\n\n"
        "Cheers,\nFenda Talent",
    ),
    m(
        "572103",
        "2025-10-17 13:05",
        "Nuno Valadares <nuno@fendastudios.com>",
        "Fenda x Rafael - Performance Marketing Lead",
        A("interview", FS, FS1, 18, "direct"),
        "Hi Rafael,\n\nI lead UA at Fenda. Loved your background scaling paid social in Brazil. "
        "Could we do a 45-minute video call on Thursday 23 Oct at 16:00 Lisbon time? I've sent an "
        "invite - feel free to move it.\n\nNuno",
        ics={
            "uid": "fenda-ua-2310@fendastudios.com",
            "start": "2025-10-23 16:00:00 +0100",
            "minutes": 45,
            "summary": "Fenda Studios: Rafael Azevedo / Nuno Valadares",
            "organizer": ("Nuno Valadares", "nuno@fendastudios.com"),
            "location": "https://meet.google.com/fnd-uaqz-lsb",
        },
    ),
    m(
        "572104",
        "2025-11-06 11:48",
        "Fenda Studios <no-reply@greenhouse-mail.io>",
        "Your application with Fenda Studios",
        A("rejection", FS, FS1, 18, "greenhouse"),
        "Hi Rafael,\n\nThank you for taking the time to speak with Nuno about the Performance "
        "Marketing Lead position. The team really enjoyed learning about your work, and it was a "
        "tough decision.\n\nIn the end we've chosen a candidate with deeper experience in mobile "
        "gaming user acquisition. We'll keep your details on file and hope our paths cross "
        "again.\n\nBest wishes,\nFenda Talent",
    ),
    # --- 20 Korvo Analytics (LinkedIn Easy Apply) --------------------------------------------
    m(
        "572201",
        "2025-10-14 20:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafael, your application was sent to Korvo Analytics",
        A("confirmation", KA, KAR, 20, "linkedin"),
        html="<p>Your application was sent to Korvo Analytics</p><table><tr><td><b>Senior Growth "
        "Marketing Manager</b><br>Korvo Analytics · Lisbon, Portugal (Hybrid)<br>Applied on "
        "October 14, 2025</td></tr></table><p><a href='https://www.linkedin.com/jobs/view/40218833'>"
        "View job</a></p><p style='font-size:11px'>This email was intended for Rafael Monteiro "
        "Azevedo (Growth & Performance Marketing | ex-Rio).</p>",
    ),
    m(
        "572202",
        "2025-10-18 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Korvo Analytics",
        A("viewed", KA, KAR, 20, "linkedin"),
        html="<p>Rafael, your application was viewed</p><p><b>Senior Growth Marketing Manager</b>"
        "<br>Korvo Analytics · Lisbon, Portugal</p><p>Companies that view your application may "
        "reach out soon.</p>",
    ),
    m(
        "572203",
        "2025-11-01 10:30",
        "Korvo Talent <talent@korvo.io>",
        "Senior Growth Marketing Manager",
        A("rejection", KA, KAR, 20, "direct"),
        "Dear Rafael,\n\nThank you for your interest in Korvo and for applying to the Senior Growth "
        "Marketing Manager role. We were impressed by your experience, especially your results in "
        "marketplace acquisition.\n\nUnfortunately, we will not be moving forward with your "
        "application at this time, as we are prioritising candidates with B2B SaaS experience.\n\n"
        "Kind regards,\nKorvo Talent Team",
    ),
    # --- 21 Solmar Retail (Indeed), assessment, rejection ------------------------------------
    m(
        "572301",
        "2025-11-11 21:02",
        "Indeed <indeedapply@indeed.com>",
        "Application submitted: E-commerce Marketing Manager",
        A("confirmation", SR, SRR, 21, "indeed"),
        html="<p><b>Application submitted</b></p><p>E-commerce Marketing Manager<br>Solmar Retail - "
        "Porto</p><p>The following items were sent to Solmar Retail: CV, cover letter.</p><p>Good "
        "luck with your application!</p>",
    ),
    m(
        "572302",
        "2025-11-14 10:18",
        "Solmar Retail via Indeed <noreply@indeed.com>",
        "Solmar Retail sent you a skills assessment",
        A("assessment", SR, SRR, 21, "indeed"),
        html="<p>Hi Rafael,</p><p>Solmar Retail would like you to complete the <b>Digital "
        "Marketing</b> assessment (about 25 minutes) for your application to E-commerce Marketing "
        "Manager.</p><p><a href='https://indeed.com/assessments/start'>Start assessment</a></p>",
    ),
    m(
        "572303",
        "2025-12-01 09:40",
        "Solmar Retail via Indeed <noreply@indeed.com>",
        "An update on your application from Solmar Retail",
        A("rejection", SR, SRR, 21, "indeed"),
        html="<p>Hi Rafael,</p><p>Thank you for applying for E-commerce Marketing Manager. After "
        "reviewing your application, Solmar Retail has decided not to move forward at this time."
        "</p><p>Keep searching - there are new jobs on Indeed every day.</p>",
    ),
    # --- 22 Tidewell (Greenhouse), forwarded confirmation, screen, ghosted -------------------
    m(
        "572401",
        "2025-12-16 08:55",
        "Rafael Azevedo <rafael.azevedo@outlook.com.br>",
        "Fwd: Thanks for applying to Tidewell!",
        A("confirmation", TW, TWR, 22, "greenhouse"),
        "Mandando pro gmail pra não perder.\n\n---------- Forwarded message ---------\nFrom: "
        "Tidewell Recruiting <no-reply@us.greenhouse-mail.io>\nDate: Mon, Dec 15, 2025 at 6:12 PM\n"
        "Subject: Thanks for applying to Tidewell!\nTo: rafael.azevedo@outlook.com.br\n\nHi "
        "Rafael,\n\nThanks for your application for Growth Marketing Manager, Iberia & LatAm "
        "(Remote - Portugal). Our team will review it and reach out if your experience is a good "
        "match.\n\nTidewell Recruiting",
    ),
    m(
        "572402",
        "2026-01-06 15:20",
        "Orla Brennan <orla.brennan@tidewell.ie>",
        "Tidewell - quick chat?",
        A("interview", TW, TWR, 22, "direct"),
        "Hi Rafael,\n\nHappy new year! I'm a recruiter at Tidewell. Your profile looks like a great "
        "fit for our Iberia & LatAm growth role. Could you book a 30-min intro via my Calendly?\n"
        "https://calendly.com/orla-tidewell/intro\n\nThanks,\nOrla Brennan\nTalent Partner, "
        "Tidewell (Dublin)",
    ),
    m(
        "572403",
        "2026-01-06 19:04",
        "Calendly <notifications@calendly.com>",
        "New Event: Rafael Monteiro Azevedo - 09:30 Thu, 8 Jan 2026 - Intro with Orla",
        A("interview", TW, TWR, 22, "other"),
        "Hi Rafael Monteiro Azevedo,\n\nA new event has been scheduled.\n\nEvent Type: Intro with "
        "Orla (Tidewell)\nInvitee: Rafael Monteiro Azevedo\nEvent Date/Time: 09:30 - 10:00, "
        "Thursday, 8 January 2026 (GMT)\nLocation: Zoom\n\nPowered by Calendly",
        ics={
            "uid": "cal-tw-88ad1@calendly.com",
            "start": "2026-01-08 09:30:00 +0000",
            "minutes": 30,
            "summary": "Intro with Orla (Tidewell) - Rafael Monteiro Azevedo",
            "organizer": ("Orla Brennan", "orla.brennan@tidewell.ie"),
            "location": "https://tidewell.zoom.us/j/83301299",
        },
    ),
    # --- 23 Helix Brands (Workday, careers mailbox on another domain) ------------------------
    m(
        "572501",
        "2026-01-19 12:10",
        "Helix Careers <helix@myworkday.com>",
        "Application Received",
        A("confirmation", HB, HBR, 23, "workday"),
        "Dear Rafael,\n\nThank you for applying for Brand & Digital Marketing Manager (Lisbon Hub), "
        "Job Requisition JR-22071. We have received your application and will review your "
        "qualifications. If you are not selected for this position, we will let you know and "
        "encourage you to apply for other roles.\n\nHelix Talent Acquisition",
    ),
    m(
        "572502",
        "2026-02-20 16:35",
        "Helix Talent Acquisition <careers@helixgroup-careers.com>",
        "Regarding JR-22071",
        A("rejection", HB, HBR, 23, "direct"),
        "Dear Rafael,\n\nThank you for your patience while we reviewed applications for the Brand "
        "& Digital Marketing Manager position. Your profile is strong and your international "
        "experience was noted by the hiring manager.\n\nHowever, we have decided to proceed with "
        "other candidates whose experience more closely matches the requirements of this role.\n\n"
        "Kind regards,\nHelix Brands Talent Acquisition",
    ),
    # --- 24 Almendra Viajes S.L. (Madrid, SmartRecruiters), es ---------------------------------
    m(
        "572601",
        "2026-01-27 11:22",
        "Almendra Viajes <noreply@smartrecruiters.com>",
        "Gracias por tu candidatura - Almendra Viajes",
        A("confirmation", AV, AVR, 24, "smartrecruiters", "es"),
        "Hola Rafael:\n\nGracias por tu interés en Almendra Viajes. Hemos recibido tu candidatura "
        "para el puesto de Growth Marketing Manager (Mercado Portugués y Brasil) en Madrid / "
        "remoto.\n\nNuestro equipo revisará tu perfil y, si encaja, nos pondremos en contacto "
        "contigo.\n\nUn saludo,\nEquipo de Talento\nAlmendra Viajes S.L.",
        z="mad",
    ),
    m(
        "572602",
        "2026-02-05 13:40",
        "Lucía Echeverría <lucia.echeverria@almendraviajes.es>",
        "Entrevista - Growth Marketing Manager PT/BR",
        A("interview", AV, AVR, 24, "direct", "es"),
        "Hola Rafael,\n\nMe alegra decirte que nos gustaría conocerte. Te propongo una entrevista "
        "por videollamada el martes 10 de febrero a las 12:00 (hora de Madrid, 11:00 en Lisboa) "
        "con Álvaro, nuestro Director de Marketing.\n\nTe adjunto la invitación.\n\nUn saludo,\n"
        "Lucía Echeverría\nTalent Acquisition",
        z="mad",
        ics={
            "uid": "almendra-le-1002@almendraviajes.es",
            "style": "outlook",
            "start": "2026-02-10 12:00:00 +0100",
            "minutes": 45,
            "summary": "Entrevista Rafael Monteiro - Growth PT/BR",
            "organizer": ("Lucía Echeverría", "lucia.echeverria@almendraviajes.es"),
            "attendees": [("Álvaro Peñalver", "alvaro.penalver@almendraviajes.es")],
            "location": "Microsoft Teams",
        },
    ),
    m(
        "572603",
        "2026-02-24 17:05",
        "Lucía Echeverría <lucia.echeverria@almendraviajes.es>",
        "Tu proceso con Almendra",
        A("rejection", AV, AVR, 24, "direct", "es"),
        "Hola Rafael,\n\nMuchas gracias por tu tiempo y por la conversación con Álvaro; valoramos "
        "mucho tu conocimiento del mercado brasileño. Lamentablemente, hemos decidido continuar con "
        "otra candidatura que requiere menos formación en el sector turístico.\n\nTe deseamos "
        "mucha suerte.\n\nUn saludo,\nLucía",
        z="mad",
    ),
    # --- alerts, outreach, other -------------------------------------------------------------
    m(
        "572701",
        "2025-10-10 06:45",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“growth marketing manager”: 14 new jobs in Lisbon",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>growth marketing manager</b> in Lisbon, Portugal</p><ul>"
        "<li>Growth Marketing Manager - Ribeira Tech · Lisbon</li><li>Head of Growth - Quiosque "
        "App · Lisbon (Hybrid)</li><li>Acquisition Lead - Vento Norte · Remote</li></ul><p>"
        "<a href='https://www.linkedin.com/jobs/search'>See all jobs</a></p>",
    ),
    m(
        "572702",
        "2025-11-20 06:45",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“marketing manager”: new jobs in Porto and 9 more",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>New jobs that match your preferences</p><ul><li>Marketing Manager - Douro Wines "
        "Co. · Porto</li><li>Brand Manager - Cerâmica Vale · Aveiro</li></ul>",
    ),
    m(
        "572703",
        "2026-01-14 07:30",
        "Indeed <alert@indeed.com>",
        "20+ new Performance Marketing jobs in Lisboa",
        ("alert", None, None, None, "indeed", "en"),
        html="<p>Performance Marketing Manager - Brisa Media - Lisboa<br>Paid Media Lead - "
        "Açude Digital - Lisboa<br>Growth Analyst - Farol Apps - Remote</p><p>Indeed</p>",
    ),
    m(
        "572704",
        "2025-10-08 17:30",
        "Fenda Studios <no-reply@greenhouse-mail.io>",
        "Join the Fenda Studios talent community",
        ("alert", None, None, None, "greenhouse", "en"),
        "Hi Rafael,\n\nYou're now part of the Fenda Studios talent community. We'll send you roles "
        "that match your interests.\n\nFenda Talent",
    ),
    m(
        "572705",
        "2025-11-26 14:12",
        "Hannah Lowe via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Hannah Lowe sent you a message: Head of Growth, Portugal launch",
        ("outreach", "Brightlane", "Head of Growth, Portugal", None, "linkedin", "en"),
        html="<p><b>Hannah Lowe</b> · Senior Recruiter at Brightlane</p><p>Hi Rafael - Brightlane "
        "(London, grocery delivery) is launching in Lisbon next spring and we're hiring a Head of "
        "Growth for Portugal. Your mix of Brazil and Portugal experience is rare. Open to a chat?"
        "</p><p><a href='https://www.linkedin.com/messaging'>Reply</a></p>",
    ),
    m(
        "572706",
        "2026-02-02 10:00",
        "Greg Whitfield <greg@meridian-search.co.uk>",
        "CMO-1 role in Lisbon - confidential",
        ("outreach", None, "VP Marketing", None, "agency", "en"),
        "Hi Rafael,\n\nI'm retained by a US-listed travel-tech firm opening a Lisbon hub. They want "
        "a VP Marketing (reporting to the CMO) with Portuguese and Brazilian market experience. "
        "Details under NDA until we speak. 20 minutes this week?\n\nBest,\nGreg Whitfield\n"
        "Meridian Search Partners",
    ),
    m(
        "572707",
        "2026-03-09 09:00",
        "Orla Brennan <orla.brennan@tidewell.ie>",
        "Automatic reply: following up - Growth Marketing Manager",
        ("other_job", TW, TWR, None, "direct", "en"),
        "Thank you for your email. I'm currently on leave and will return on 23 March. For anything "
        "urgent please contact talent@tidewell.ie.\n\nOrla",
    ),
    m(
        "572708",
        "2025-10-14 20:32",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Rafael, complete your application to Vento Norte",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>You started an application for <b>Acquisition Lead</b> at Vento Norte. Finish it "
        "in a few clicks.</p><p><a href='https://www.linkedin.com/jobs/view/4021'>Continue</a></p>",
    ),
]
