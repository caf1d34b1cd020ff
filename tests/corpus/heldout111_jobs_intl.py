# ruff: noqa: E501, RUF100
"""Corpus 111, job mail from multinationals, mostly in English (data only): see heldout111.py."""

from __future__ import annotations

from typing import Any

from heldout111_jobs import m

OR, ORR = "Orbis Health Partners", "Hospital Operations Analyst (Remote - Brazil)"
ME_, MER = "Meridia Healthcare", "Business Analyst, Hospital Operations - Brazil"
CB, CBR = "CareBridge Global", "Healthcare Operations Analyst - LATAM (Remote)"


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


MAIL: list[dict[str, Any]] = [
    m(
        "20101",
        "2025-11-24 10:05",
        "Orbis Health Partners <no-reply@us.greenhouse-mail.io>",
        "Interview confirmed: Orbis Health Partners - Hospital Operations Analyst",
        E("interview", OR, ORR, 8, "greenhouse"),
        "Hi Larissa,\n\nYour interview has been scheduled.\n\nWhen: Thursday, November 27, 2025, 11:00 AM - 11:45 AM (BRT)\n"
        "With: Kate Whitfield, Director of Hospital Operations\nWhere: Zoom - https://orbishealth.zoom.us/j/88123409911\n\n"
        "If you need to reschedule, just reply to this email.\n\nOrbis Health Partners Recruiting",
        ics={
            "start": "2025-11-27 11:00:00 -0300",
            "minutes": 45,
            "organizer": ("Ethan Moore", "ethan.moore@orbishealth.com"),
            "uid": "gh-orbis-1127-lmd@greenhouse.io",
            "summary": "Larissa Duarte <> Kate Whitfield (Orbis Health Partners)",
            "description": "Zoom: https://orbishealth.zoom.us/j/88123409911",
            "location": "Zoom",
        },
    ),
    m(
        "20102",
        "2025-10-06 14:13",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "Your candidate account has been created",
        ("other_job", "Halvorsen Medical", None, None, "workday", "en"),
        "Hi Larissa,\n\nYour candidate account for Halvorsen Medical Systems careers has been created. Username: "
        "larissa.mduarte@gmail.com.\n\nHalvorsen Careers",
    ),
    m(
        "20103",
        "2025-10-08 08:00",
        "Halvorsen Careers <halvorsen@myworkday.com>",
        "You have an application in progress",
        ("alert", "Halvorsen Medical", None, None, "workday", "en"),
        "Hi Larissa,\n\nYou started an application for Supply Chain Analyst - Hospitals (Campinas) but didn't finish it. "
        "Sign in to pick up where you left off.",
    ),
    # --- 25 Meridia Healthcare (SmartRecruiters) --------------------------------------------
    m(
        "20201",
        "2025-12-01 15:40",
        "Meridia Healthcare <noreply@smartrecruiters.com>",
        "Thank you for your application - Business Analyst, Hospital Operations - Brazil",
        E("confirmation", ME_, MER, 25, "smartrecruiters"),
        "Dear Larissa,\n\nThank you for applying to Meridia Healthcare Solutions Ltda. (Brazil). We have received your "
        "application for Business Analyst, Hospital Operations - Brazil (São Paulo / remote).\n\nIf you are not selected for "
        "this position, we will keep your profile for future opportunities.\n\nMeridia Talent Acquisition",
    ),
    m(
        "20202",
        "2025-12-05 09:25",
        "Ana Luiza Prado <analuiza.prado@meridiahc.com>",
        "Meridia - entrevista / interview",
        E("interview", ME_, MER, 25, "direct"),
        "Hi Larissa, tudo bem?\n\nI'm the recruiter for the Business Analyst role. Could we have a first call on Monday (Dec 8) "
        "at 2 pm BRT via Teams? Part of the interview will be in English with our regional manager in Miami.\n\n"
        "Thanks,\nAna Luiza Prado\nTalent Acquisition Partner - LATAM\nMeridia Healthcare",
        ics={
            "start": "2025-12-08 14:00:00 -0300",
            "minutes": 30,
            "organizer": ("Ana Luiza Prado", "analuiza.prado@meridiahc.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000mer1208",
            "summary": "Larissa Duarte | Business Analyst - first interview",
            "description": "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_mer1208",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "20203",
        "2025-12-12 15:00",
        "Ana Luiza Prado <analuiza.prado@meridiahc.com>",
        "RE: Meridia - entrevista / interview",
        E("confirmation", ME_, MER, 25, "direct"),
        "Hi Larissa,\n\nThanks for letting me know, and congratulations! I'm sorry to hear you won't continue with us, "
        "but I completely understand. I'll close your application on our side.\n\nAll the best,\nAna Luiza\n\n"
        "> From: Larissa Duarte\n> I've received and accepted an offer in Belo Horizonte, so I'd like to withdraw.",
        st="withdrawn",
    ),
    # --- 26 CareBridge Global (Ashby), ghosted ----------------------------------------------
    m(
        "20301",
        "2025-10-15 17:50",
        "CareBridge Global <no-reply@ashbyhq.com>",
        "Thanks for applying to CareBridge Global!",
        E("confirmation", CB, CBR, 26, "ashby"),
        html="<p>Hi Larissa,</p><p>Thanks for applying for the <b>Healthcare Operations Analyst - LATAM (Remote)</b> role "
        "at CareBridge. We review every application and will reach out if we'd like to move forward.</p><p>- The CareBridge team</p>",
    ),
    m(
        "20302",
        "2025-10-31 11:20",
        "Daniel Okafor via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Healthcare Ops role at a US telehealth company - Brazil remote",
        ("outreach", None, "Clinical Operations Analyst", None, "linkedin", "en"),
        "Hi Larissa, I'm hiring for a Clinical Operations Analyst on behalf of a US telehealth company building its Brazil team. "
        "Fully remote, USD contract. Would you be open to a quick chat?\n\nDaniel Okafor | Talent Partner, Northstar Staffing",
    ),
    m(
        "20303",
        "2025-12-14 09:00",
        "Larissa Duarte <larissa.mduarte@gmail.com>",
        "ENC: Thank you for applying to Orbis Health Partners",
        E("confirmation", OR, ORR, 8, "greenhouse"),
        "Rafa, esse foi o processo em inglês que eu te falei, acabei desistindo. Se quiser, a vaga ainda está aberta.\n\n"
        "________________________________\nDe: Orbis Health Partners <no-reply@us.greenhouse-mail.io>\n"
        "Enviado: segunda-feira, 3 de novembro de 2025 12:44\nAssunto: Thank you for applying to Orbis Health Partners\n\n"
        "Hi Larissa,\n\nThanks for applying for the Hospital Operations Analyst (Remote - Brazil) position.",
        st="withdrawn",
        to="Rafael Queiroz <rafaqueiroz@outlook.com>",
    ),
    m(
        "20304",
        "2026-01-20 08:00",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Hospital Operations Analyst jobs in São Paulo for you",
        ("alert", None, None, None, "other", "en"),
        html="<p>Jobs for you</p><p>Hospital Operations Analyst - Meridia Healthcare - São Paulo<br>"
        "Revenue Cycle Analyst - Halvorsen Medical - Remote</p>",
    ),
]
