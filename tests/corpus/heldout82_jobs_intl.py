# ruff: noqa: E501
"""Corpus 82, US and Spanish employers' job mail (data only): see heldout82.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "-0500"


m = partial(H.dated_spec, _tz)


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def S(cat, co, role, app, src):
    return (cat, co, role, app, src, "es")


def ics(uid, start, summary, org, minutes=45, location="", description="", style="google"):
    return {
        "uid": uid,
        "start": f"{start}:00 -0500",
        "minutes": minutes,
        "summary": summary,
        "organizer": org,
        "location": location,
        "description": description,
        "style": style,
    }


LW, LWR = "Loopwise", "Growth Analyst, LATAM"
PA, PAR = "Parcelly", "Marketing Analyst"
BL, BLR = "Brightlane", "Growth Analyst (Remote, LATAM)"
CD, CDR = "Cuadrante Digital", "Analista de Marketing Digital (remoto)"
AV, AVR = "Albufera Viajes", "Analista SEO/SEM"
FH, FHR = "Fernhill", "Lifecycle Marketing Analyst"
NP, NPR = "Nimbus Pay", "Growth Marketing Analyst - LatAm"
TM, TMR = "Tramontana Media", "Paid Media Analyst"
QH, QHR = "Quokka Health", "Marketing Analytics Associate"

MAIL: list[dict[str, Any]] = [
    # --- 4 Loopwise (Greenhouse) ------------------------------------------------------------
    m(
        "8401",
        "2025-09-10 15:33",
        "Loopwise Hiring <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Loopwise!",
        E("confirmation", LW, LWR, 4, "greenhouse"),
        "Hi Valentina,\n\nThanks for your interest in Loopwise! We've received your application for Growth Analyst, LATAM and our team will review it soon.\n\nWe read every application, but because of the volume we receive we may not be able to reply to everyone individually. If your background is a match, someone from our team will be in touch.\n\nCheers,\nThe Loopwise Talent Team",
    ),
    m(
        "8402",
        "2025-09-30 12:06",
        "Loopwise Hiring <no-reply@us.greenhouse-mail.io>",
        "Your application to Loopwise",
        E("rejection", LW, LWR, 4, "greenhouse"),
        "Hi Valentina,\n\nThank you so much for taking the time to apply for the Growth Analyst, LATAM role. We were genuinely impressed by your experience running paid acquisition across Colombia and Mexico.\n\nAfter careful consideration, we've decided to move forward with candidates whose experience more closely matches what we need right now. We'll keep your details on file and may reach out if a role opens up that fits.\n\nWishing you the best,\nLoopwise Talent Team",
    ),
    # --- 5 Parcelly (Lever) -----------------------------------------------------------------
    m(
        "8410",
        "2025-10-02 22:40",
        "Parcelly <no-reply@hire.lever.co>",
        "Thanks for applying to Parcelly",
        E("confirmation", PA, PAR, 5, "lever"),
        "Hi Valentina,\n\nThanks for applying to the Marketing Analyst position at Parcelly. We've got your application and our team is reviewing it. Unfortunately we can't respond to every applicant personally, but we'll be in touch if there's a fit.\n\n- Parcelly Recruiting",
    ),
    m(
        "8411",
        "2025-10-08 14:10",
        "Jess Whitaker <jess@parcelly.com>",
        "Parcelly - Marketing Analyst next steps",
        E("assessment", PA, PAR, 5, "lever"),
        "Hi Valentina,\n\nThanks for chatting earlier! As mentioned, the next step is a short take-home: a CSV of a quarter of paid channel spend and conversions. We'd love a 1-2 page write-up on where you'd reallocate budget and why. Please aim to spend no more than 3 hours; send it back by Wednesday 15th.\n\nLink: https://jobs.lever.co/parcelly/exercise/8f3a\n\nBest,\nJess Whitaker\nRecruiting @ Parcelly\n\nSent via Lever",
        reply_to="Jess Whitaker <jess@parcelly.com>",
        sender="Parcelly <no-reply@hire.lever.co>",
    ),
    m(
        "8412",
        "2025-10-21 10:03",
        "Jess Whitaker <jess@parcelly.com>",
        "Interview invitation: Parcelly Marketing Analyst - panel",
        E("interview", PA, PAR, 5, "direct"),
        "Hi Valentina,\n\nGreat news - the team loved your take-home. We'd like to invite you to a 60-minute panel with Dana (Head of Growth) and Ravi (Analytics). I've sent an invite for Friday Oct 24, 11:00 AM ET / 10:00 AM Bogotá.\n\nBest,\nJess",
        ics=ics(
            "lever-parcelly-1024",
            "2025-10-24 10:00",
            "Parcelly panel: Valentina Roa Quintero",
            ("Jess Whitaker", "jess@parcelly.com"),
            minutes=60,
            location="https://zoom.us/j/8813390112",
        ),
    ),
    m(
        "8413",
        "2025-11-03 17:55",
        "Jess Whitaker <jess@parcelly.com>",
        "Following up",
        E("rejection", PA, PAR, 5, "direct"),
        "Hi Valentina,\n\nThanks again for all the time you put into the process - the take-home was one of the clearest we received, and the panel enjoyed the conversation.\n\nIt was a tough call, but we've decided to go with another candidate who has more experience with US marketplaces. I'd be happy to share a bit more feedback on a quick call if that's useful.\n\nAll the best,\nJess",
    ),
    # --- 6 Brightlane (Ashby), hired through an employer-of-record --------------------------
    m(
        "8420",
        "2025-11-04 18:21",
        "Brightlane <no-reply@ashbyhq.com>",
        "Thanks for applying to Brightlane",
        E("confirmation", BL, BLR, 6, "ashby"),
        html="<html><body><p>Hi Valentina,</p><p>Thanks for applying for the <b>Growth Analyst (Remote, LATAM)</b> role at Brightlane. We review every application by hand and will get back to you within two weeks either way.</p><p>— Brightlane Team</p><p style='font-size:11px;color:#999'>Powered by Ashby</p></body></html>",
    ),
    m(
        "8421",
        "2025-11-10 09:12",
        "Ben Kowalczyk <benkowalczyk.sf@gmail.com>",
        "Brightlane - quick intro?",
        E("interview", BL, BLR, 6, "direct"),
        "Hey Valentina,\n\nBen here, co-founder at Brightlane (writing from my personal email, our domain is having DNS fun today). Loved your application - especially the cohort retention dashboard in your portfolio. Could you do a 30 min video call Wednesday at 1pm your time? Invite attached.\n\nBen",
        ics=ics(
            "bl-ben-1112@google.com",
            "2025-11-12 13:00",
            "Valentina <> Ben (Brightlane)",
            ("Ben Kowalczyk", "benkowalczyk.sf@gmail.com"),
            minutes=30,
            location="https://meet.google.com/brl-ntkw-val",
        ),
    ),
    m(
        "8422",
        "2025-11-14 16:40",
        "Brightlane <no-reply@ashbyhq.com>",
        "Brightlane interview confirmed: SQL & Experimentation (Nov 19)",
        E("interview", BL, BLR, 6, "ashby"),
        "Hi Valentina,\n\nYour interview is confirmed.\n\nSQL & Experimentation with Priya Natarajan\nWednesday, November 19, 2025 · 10:00 - 11:00 AM (COT)\nGoogle Meet: https://meet.google.com/brl-sqlx-exp\n\nNeed to reschedule? Use the link in your calendar invite.\n\nBrightlane Recruiting",
        ics=ics(
            "ashby-bl-1119",
            "2025-11-19 10:00",
            "Brightlane: SQL & Experimentation - Valentina Roa Quintero",
            ("Brightlane Recruiting", "recruiting@brightlane.io"),
            minutes=60,
            location="https://meet.google.com/brl-sqlx-exp",
        ),
    ),
    m(
        "8423",
        "2025-12-09 11:30",
        "Brightlane <no-reply@ashbyhq.com>",
        "Final round with Brightlane - pick a time",
        E("interview", BL, BLR, 6, "ashby"),
        "Hi Valentina,\n\nCongrats on moving to the final round! Please pick a slot for your 45-minute values conversation with our CEO, Alicia Moreno.\n\nSchedule here: https://app.ashbyhq.com/interview-scheduling/brightlane/4d1a\n\nBrightlane Recruiting",
    ),
    m(
        "8424",
        "2026-01-13 14:02",
        "Ben Kowalczyk <ben@brightlane.io>",
        "Offer: Growth Analyst at Brightlane 🎉",
        E("offer", BL, BLR, 6, "direct"),
        "Hi Valentina,\n\nSorry the holidays slowed us down. I'm thrilled to offer you the Growth Analyst role! Because we don't have an entity in Colombia, you'd be employed through our employer-of-record partner, Deel, under a Colombian contract (indefinite term, USD 3,600/month gross equivalent in COP, plus equity options from Brightlane).\n\nYou'll receive the formal offer from Deel shortly. Let me know if you have any questions - happy to hop on a call.\n\nBen\nCo-founder, Brightlane",
    ),
    m(
        "8425",
        "2026-01-14 09:18",
        "Deel <no-reply@deel.com>",
        "Brightlane Inc. sent you a job offer",
        E("offer", BL, BLR, 6, "other"),
        html="<html><body><p>Hi Valentina,</p><p><b>Brightlane Inc.</b> would like to hire you as <b>Growth Analyst</b> through Deel's Employer of Record service in Colombia.</p><p>Review the offer details, start date (February 2, 2026) and employment agreement in your Deel account.</p><p><a href='https://app.deel.com/offer/review'>Review offer</a></p><p>Deel</p></body></html>",
    ),
    m(
        "8426",
        "2026-01-16 19:45",
        "Deel <no-reply@deel.com>",
        "You've accepted your offer from Brightlane Inc.",
        E("offer", BL, BLR, 6, "other"),
        "Hi Valentina,\n\nYou've accepted the offer to join Brightlane Inc. as Growth Analyst. Your employment agreement has been signed by both parties.\n\nNext: complete your onboarding (identity check, bank details, EPS and pension fund) before your start date.\n\nDeel",
        st="accepted",
    ),
    m(
        "8427",
        "2026-01-21 10:00",
        "Deel <no-reply@deel.com>",
        "Complete your onboarding: 3 tasks left",
        ("other_job", BL, BLR, None, "other", "en"),
        "Hi Valentina,\n\nYou have 3 onboarding tasks left before your start date with Brightlane Inc.:\n\n- Upload your cédula (both sides)\n- Add your bank account\n- Confirm your EPS and pension fund (fondo de pensiones)\n\nDeel",
    ),
    m(
        "8428",
        "2026-01-29 16:12",
        "Alicia Moreno <alicia@brightlane.io>",
        "Welcome to Brightlane!",
        ("other_job", BL, BLR, None, "direct", "en"),
        "Valentina - welcome aboard! Your laptop ships Friday via DHL to your Bogotá address. On Monday we'll start with a 10am (COT) onboarding call; Ben will add you to Slack before then.\n\nAlicia",
    ),
    # --- 7 Cuadrante Digital (Madrid, LinkedIn) ---------------------------------------------
    m(
        "8430",
        "2025-09-18 04:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, tu solicitud se ha enviado a Cuadrante Digital S.L.",
        S("confirmation", CD, CDR, 7, "linkedin"),
        html="<html><body><p>Tu solicitud se ha enviado a Cuadrante Digital S.L.</p><p><b>Analista de Marketing Digital (remoto)</b><br>Cuadrante Digital S.L. · Madrid, Comunidad de Madrid, España (En remoto)</p><p>Solicitado el 18 sept 2025</p></body></html>",
    ),
    m(
        "8431",
        "2025-09-23 05:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tu solicitud se ha visto",
        S("viewed", CD, CDR, 7, "linkedin"),
        html="<html><body><p>Cuadrante Digital S.L. ha visto tu solicitud para Analista de Marketing Digital (remoto).</p></body></html>",
    ),
    m(
        "8432",
        "2025-10-07 06:02",
        "Nuria Soler <nuria.soler@cuadrante.es>",
        "Tu candidatura en Cuadrante",
        S("rejection", CD, CDR, 7, "direct"),
        "Hola Valentina:\n\nMuchas gracias por tu interés en Cuadrante y por presentar tu candidatura. Hemos revisado tu perfil con mucho interés, pero finalmente necesitamos a alguien con residencia legal en España por temas contractuales.\n\nTe deseamos mucha suerte.\n\nUn saludo,\nNuria Soler\nPeople & Culture · Cuadrante",
    ),
    # --- 8 Albufera Viajes (SmartRecruiters, tenant of Grupo Albufera) ----------------------
    m(
        "8440",
        "2025-10-16 03:55",
        "Grupo Albufera <noreply@smartrecruiters.com>",
        "Hemos recibido tu candidatura - Analista SEO/SEM",
        S("confirmation", AV, AVR, 8, "smartrecruiters"),
        "Hola Valentina,\n\nGracias por tu interés en Albufera Viajes. Hemos recibido tu candidatura para el puesto de Analista SEO/SEM (remoto, LATAM/España).\n\nNuestro equipo revisará tu perfil y, si encaja, nos pondremos en contacto contigo.\n\nUn saludo,\nEquipo de Selección de Grupo Albufera",
    ),
    # --- 15 Fernhill (Greenhouse) -----------------------------------------------------------
    m(
        "8450",
        "2025-11-20 13:08",
        "Fernhill <no-reply@us.greenhouse-mail.io>",
        "Application received - Lifecycle Marketing Analyst",
        E("confirmation", FH, FHR, 15, "greenhouse"),
        "Hi Valentina,\n\nThank you for applying to Fernhill! We're reviewing applications for Lifecycle Marketing Analyst (Remote - Americas) and will reach out if we'd like to move forward. Unfortunately, due to volume we're unable to give individual feedback if you are not selected.\n\nFernhill Recruiting",
    ),
    m(
        "8451",
        "2025-12-18 20:14",
        "Fernhill <no-reply@us.greenhouse-mail.io>",
        "Update on your Fernhill application",
        E("rejection", FH, FHR, 15, "greenhouse"),
        "Hi Valentina,\n\nThank you for your interest in Fernhill. After reviewing your application, we've decided not to move forward at this time.\n\nWe appreciate you considering us and wish you all the best.\n\nFernhill Recruiting",
    ),
    # --- 19 Nimbus Pay (Lever, auto-reply, ghosted) -----------------------------------------
    m(
        "8460",
        "2025-11-24 11:51",
        "Nimbus Pay <no-reply@hire.lever.co>",
        "Thanks for your application to Nimbus Pay",
        E("confirmation", NP, NPR, 19, "lever"),
        "Hi Valentina,\n\nThank you for applying to the Growth Marketing Analyst - LatAm role at Nimbus Pay. Our team will review your application and get back to you.\n\nNimbus Pay Talent",
    ),
    m(
        "8461",
        "2025-11-26 09:00",
        "Kara Lindqvist <kara@nimbuspay.com>",
        "Automatic reply: Growth Marketing Analyst application - Valentina Roa",
        ("other_job", NP, NPR, None, "direct", "en"),
        "Hi there,\n\nI'm out of office for Thanksgiving through Monday, December 1 with limited access to email. I'll respond when I'm back.\n\nKara Lindqvist\nTalent Partner, Nimbus Pay",
    ),
    # --- 20 Tramontana Media (LinkedIn, Barcelona) ------------------------------------------
    m(
        "8470",
        "2025-12-02 05:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, tu solicitud se ha enviado a Tramontana Media",
        S("confirmation", TM, TMR, 20, "linkedin"),
        html="<html><body><p>Tu solicitud se ha enviado a Tramontana Media</p><p><b>Paid Media Analyst</b><br>Tramontana Media · Barcelona, Cataluña, España (En remoto)</p></body></html>",
    ),
    m(
        "8471",
        "2025-12-11 04:45",
        "Marc Vidal <marc@tramontanamedia.es>",
        "Entrevista Paid Media Analyst",
        S("interview", TM, TMR, 20, "direct"),
        "Hola Valentina,\n\nSoy Marc, Head of Paid en Tramontana. ¿Te iría bien una videollamada el martes 16 a las 16:00 hora de Madrid (10:00 en Bogotá)? Te paso invitación de Meet.\n\nUn abrazo,\nMarc",
        ics=ics(
            "tram1216@google.com",
            "2025-12-16 10:00",
            "Entrevista Valentina Roa - Paid Media Analyst",
            ("Marc Vidal", "marc@tramontanamedia.es"),
            location="https://meet.google.com/trm-pmed-vro",
        ),
    ),
    m(
        "8472",
        "2026-01-08 06:10",
        "Marc Vidal <marc@tramontanamedia.es>",
        "Re: Entrevista Paid Media Analyst",
        S("rejection", TM, TMR, 20, "direct"),
        "Hola Valentina, feliz año.\n\nTe escribo para cerrar el proceso. Nos encantó la conversación y tu forma de contar los datos, pero al final hemos optado por un perfil con más experiencia en TikTok Ads, que es donde más invertimos ahora.\n\nGracias de verdad, y mucha suerte.\n\nMarc\n\nEl mar, 16 dic 2025 a las 17:02, Valentina Roa Quintero escribió:\n> Gracias Marc, un placer. Quedo atenta.",
    ),
    # --- 23 Quokka Health (Ashby) -----------------------------------------------------------
    m(
        "8480",
        "2025-12-05 14:25",
        "Quokka Health <no-reply@ashbyhq.com>",
        "We got your application",
        E("confirmation", QH, QHR, 23, "ashby"),
        "Hi Valentina,\n\nThanks for applying to be our Marketing Analytics Associate. We're a small team so it might take a couple of weeks, but a human will look at it.\n\nQuokka Health",
    ),
    m(
        "8481",
        "2026-01-06 12:00",
        "Quokka Health <no-reply@ashbyhq.com>",
        "Quick note from Quokka Health",
        E("rejection", QH, QHR, 23, "ashby"),
        "Hi Valentina,\n\nThanks for your patience over the holidays. We loved seeing your background in performance marketing, and it was a hard decision. We've chosen to move forward with other candidates for the Marketing Analytics Associate role.\n\nWe hope our paths cross again.\n\nQuokka Health Team",
    ),
    # --- alerts, outreach, other ------------------------------------------------------------
    m(
        "8490",
        "2025-09-16 08:11",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cgrowth analyst\u201d: Loopwise - Growth Analyst, LATAM and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for <b>growth analyst</b> in Latin America</p><p>Growth Analyst, LATAM - Loopwise - Remote</p><p>Marketing Analyst - Parcelly - Remote</p><p>See all jobs</p></body></html>",
    ),
    m(
        "8491",
        "2025-10-14 08:20",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ nuevos empleos de \u201canalista de marketing digital\u201d en Bogotá",
        ("alert", None, None, None, "linkedin", "es"),
        html="<html><body><p>Analista de Marketing Digital - Banco Cordillera - Bogotá</p><p>Analista de Pauta - Grupo Éxodo Medios - Medellín</p></body></html>",
    ),
    m(
        "8492",
        "2025-11-17 08:05",
        "Indeed <alert@indeed.com>",
        "Nuevos empleos de growth marketing remoto",
        ("alert", None, None, None, "indeed", "es"),
        "Growth Marketing Analyst - LatAm\nNimbus Pay - Remoto\nHace 1 día\n\nLifecycle Marketing Analyst\nFernhill - Remoto\n\nIndeed",
    ),
    m(
        "8493",
        "2025-12-22 08:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cperformance marketing\u201d: 12 new jobs",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Performance Marketing Analyst - Remote</p><p>Paid Social Specialist - Remote (LATAM)</p></body></html>",
    ),
    m(
        "8494",
        "2025-10-01 13:40",
        "Fernhill <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Fernhill Talent Community",
        ("alert", FH, None, None, "greenhouse", "en"),
        "Hi Valentina,\n\nThanks for joining our Talent Community! We'll send you roles that match your interests. No action needed for now.\n\nFernhill",
    ),
    m(
        "8495",
        "2025-10-23 16:20",
        "Owen Price <owen.price@harborlinetalent.com>",
        "Remote growth role at a US fintech - USD pay",
        ("outreach", None, "Growth Analyst", None, "agency", "en"),
        "Hi Valentina,\n\nI'm a recruiter at Harborline Talent, placing LatAm talent with US start-ups. One of our clients, a Series A fintech in Austin, is hiring a Growth Analyst (fully remote, USD salary, EST overlap). Interested in a quick chat?\n\nOwen",
    ),
    m(
        "8496",
        "2025-12-03 15:02",
        "Lena Park via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Valentina, Marketing Analytics at Quokka Health?",
        ("outreach", QH, QHR, None, "linkedin", "en"),
        "Hi Valentina - I saw your profile and think you'd be a great fit for our Marketing Analytics Associate role. If you're interested, apply through the link and mention my name!\n\nLena Park, Recruiter at Quokka Health",
    ),
    m(
        "8497",
        "2026-02-10 10:15",
        "Torre <notifications@torre.ai>",
        "3 opportunities match your genome",
        ("alert", None, None, None, "other", "en"),
        "Hi Valentina, these opportunities match your Torre genome:\n\n- Senior Growth Analyst · Remote\n- Marketing Data Analyst · Medellín\n\nTorre",
    ),
    m(
        "8498",
        "2026-02-05 09:30",
        "Indeed <donotreply@indeed.com>",
        "¿Cómo fue tu experiencia con Droguerías Ceiba?",
        ("other_job", None, None, None, "indeed", "es"),
        "Cuéntanos sobre la empresa donde te postulaste. Tu reseña ayuda a otras personas que buscan empleo.\n\nIndeed",
    ),
]
