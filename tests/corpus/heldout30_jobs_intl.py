# ruff: noqa: E501
"""Corpus 30: English and Spanish job mail (Lisbon, Buenos Aires, an English-speaking fintech)."""

from __future__ import annotations

from heldout3_util import m, reply

APPS = {
    4: ("Pilar Pay", "Growth Marketing Manager"),
    9: ("Maré Digital", "CRM Marketing Specialist"),
    10: ("Nubebit", "Especialista en Performance Marketing"),
    11: ("Cuotix", "Analista Sr. de CRM"),
    20: ("Quinta Digital", "Performance Marketing Lead"),
    24: ("Pampa Commerce", "Growth Marketing Specialist"),
}


def t(cat: str, app: int, source: str, lang: str) -> tuple:
    company, role = APPS[app]
    return (cat, company, role, app, source, lang)


PILAR_TA = "Sofia Andrade <sofia.andrade@pilarpay.com.br>"
ME = "Larissa Fonseca <larissa.fonseca.crm@gmail.com>"

MAIL = [
    # --- 4: Pilar Pay (Pilar Pagamentos S.A.), Greenhouse in English; offer accepted ---------
    m(
        "30-301",
        "2025-12-01 09:48",
        "Pilar Pay <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Pilar Pay",
        t("confirmation", 4, "greenhouse", "en"),
        """Hi Larissa,

Thanks for your interest in Pilar Pay! We've received your application for the Growth Marketing
Manager position (São Paulo / Remote - Brazil).

Our Talent team reviews every application carefully. If your background is a match for the
role, we'll reach out to schedule a first conversation.

In the meantime, feel free to check out our engineering & product blog at blog.pilarpay.com.br.

Best,
The Pilar Pay Talent Team

**Please do not reply to this email. This inbox is not monitored.**
""",
        tz="-0300",
    ),
    m(
        "30-302",
        "2025-12-05 16:20",
        PILAR_TA,
        "Pilar Pay - Growth Marketing Manager | Let's talk?",
        t("interview", 4, "greenhouse", "en"),
        """Hi Larissa,

Hope you're doing well! I'm Sofia from the Talent team at Pilar Pay. Thanks for applying for our
Growth Marketing Manager role — we'd love to set up a 30-minute recruiter screen to learn more
about you and share more about the team.

Please pick a time that works for you here:
https://app.greenhouse.io/scheduling/interviews/8c2f1d9e-4b71

Our interview process is in English, since our leadership team is spread across São Paulo,
Mexico City and Austin.

Looking forward to it!
Sofia Andrade
Senior Talent Partner | Pilar Pay
""",
        tz="-0300",
        sender="Pilar Pay <no-reply@us.greenhouse-mail.io>",
    ),
    m(
        "30-303",
        "2025-12-06 10:01",
        "Pilar Pay <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Larissa Fonseca - Growth Marketing Manager",
        t("interview", 4, "greenhouse", "en"),
        """Hi Larissa,

Your interview has been scheduled.

Recruiter Screen
Tuesday, December 9, 2025 at 2:00 PM - 2:30 PM (BRT)
Interviewer: Sofia Andrade
Location: Google Meet - https://meet.google.com/pqa-zxnr-wov

If you need to reschedule, please reply to this email.

Thanks,
Pilar Pay Talent Team
""",
        tz="-0300",
        ics={
            "start": "2025-12-09 14:00:00 -0300",
            "minutes": 30,
            "organizer": ("Sofia Andrade", "sofia.andrade@pilarpay.com.br"),
            "uid": "gh-8c2f1d9e-4b71-pilarpay@greenhouse.io",
            "summary": "Larissa Fonseca <> Pilar Pay - Recruiter Screen",
            "location": "https://meet.google.com/pqa-zxnr-wov",
        },
    ),
    m(
        "30-304",
        "2025-12-12 11:37",
        PILAR_TA,
        "Next step: take-home case | Pilar Pay",
        t("assessment", 4, "greenhouse", "en"),
        st="interviewing",
        text="""Hi Larissa,

Great chatting with you on Tuesday! The team would like to move you forward.

The next step is a short take-home case: we'll share anonymized funnel data for our debit card
acquisition and ask you to propose a paid-media and lifecycle plan for Q1. Please don't spend
more than 3-4 hours on it. You'll have until Friday, December 19.

Case brief: https://pilarpay.notion.site/growth-case-2025

Then you'll present it to Diego (VP Growth) and two peers in a 60-minute panel.

Best,
Sofia
""",
        tz="-0300",
        **reply("30-302", "x@pilarpay.com.br"),
    ),
    m(
        "30-305",
        "2026-01-09 15:12",
        "Pilar Pay <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Panel - Growth Marketing Manager",
        t("interview", 4, "greenhouse", "en"),
        """Hi Larissa,

Your panel interview for Growth Marketing Manager is confirmed.

Wednesday, January 14, 2026
10:00 AM - 11:00 AM  Case presentation - Diego Farias (VP Growth), Aline Rocha, Pedro Kato
11:15 AM - 11:45 AM  Culture conversation - Mariana Lins (Head of People)

Location: Pilar Pay HQ, Rua Fidêncio Ramos, 308 - Vila Olímpia, São Paulo

Good luck!
Pilar Pay Talent Team
""",
        tz="-0300",
        ics={
            "start": "2026-01-14 10:00:00 -0300",
            "minutes": 105,
            "organizer": ("Sofia Andrade", "sofia.andrade@pilarpay.com.br"),
            "attendees": [("Diego Farias", "diego.farias@pilarpay.com.br")],
            "uid": "gh-5e90aa13-panel-pilarpay@greenhouse.io",
            "summary": "Panel: Larissa Fonseca - Growth Marketing Manager",
            "location": "Rua Fidêncio Ramos, 308 - Vila Olímpia, São Paulo",
        },
    ),
    m(
        "30-306",
        "2026-01-30 18:45",
        PILAR_TA,
        "Pilar Pay | Your offer",
        t("offer", 4, "greenhouse", "en"),
        """Hi Larissa,

As I mentioned on the phone, I'm thrilled to share that we'd like you to join Pilar Pay as our
Growth Marketing Manager!

Your offer letter is attached. Highlights:
- Base salary: R$ 19,500/month (CLT), 13th salary and vacation bonus
- Stock options: 4,000 options, 4-year vesting with 1-year cliff
- Health & dental (SulAmérica), Gympass, home-office allowance
- Remote-first, with one team day per month at the office
- Proposed start date: March 2, 2026

Please let us know by February 6. Happy to set up a call with Diego if you have any questions.

Warmly,
Sofia Andrade
Senior Talent Partner | Pilar Pay
""",
        tz="-0300",
        attach=[
            (
                "Pilar_Pay_Offer_Letter_Larissa_Fonseca.txt",
                "text/plain",
                "Pilar Pagamentos S.A. - Offer letter - Growth Marketing Manager.\n",
            )
        ],
    ),
    m(
        "30-307",
        "2026-02-03 09:20",
        ME,
        "Re: Pilar Pay | Your offer",
        t("offer", 4, "direct", "en"),
        st="accepted",
        text="""Hi Sofia,

Thank you so much! I'm very happy to accept the offer for the Growth Marketing Manager
position. March 2 works for me. Signed letter attached.

Looking forward to working with you all!

Best,
Larissa

On Fri, Jan 30, 2026 at 6:45 PM Sofia Andrade <sofia.andrade@pilarpay.com.br> wrote:
> Hi Larissa,
> As I mentioned on the phone, I'm thrilled to share that we'd like you to join Pilar Pay
""",
        tz="-0300",
        to=PILAR_TA,
        **reply("30-306", "x@pilarpay.com.br"),
    ),
    m(
        "30-308",
        "2026-02-03 11:02",
        PILAR_TA,
        "Re: Pilar Pay | Your offer",
        t("offer", 4, "direct", "en"),
        st="accepted",
        text="""Larissa!! 🎉 Welcome to Pilar Pay!

I've received the signed letter. Mariana's team will reach out this week about admission
documents and your equipment. Diego asked me to say he's super excited.

Sofia
""",
        tz="-0300",
    ),
    # --- 9: Maré Digital (Lisbon), Workable in English; rejection ----------------------------
    m(
        "30-311",
        "2025-09-17 11:05",
        "Maré Digital <noreply@candidates.workablemail.com>",
        "Thanks for applying to Maré Digital",
        t("confirmation", 9, "workable", "en"),
        """Hi Larissa,

Thank you for applying for the CRM Marketing Specialist (Remote - Portugal/Brazil) position at
Maré Digital. We've received your application and our team will review it shortly.

Kind regards,
Maré Digital Hiring Team

---
This email was sent by Maré Digital via Workable.
""",
        tz="+0100",
    ),
    m(
        "30-312",
        "2025-09-30 14:30",
        "Tomás Ferreira <tomas.ferreira@maredigital.pt>",
        "Maré Digital - video call",
        t("interview", 9, "workable", "en"),
        """Hi Larissa,

Thanks for your application to the CRM Marketing Specialist role. I'd like to invite you to a
45-minute video call with me and Joana, our Lifecycle Lead.

Would Thursday, October 2nd at 15:00 Lisbon time (11:00 in São Paulo) work for you?

Best,
Tomás Ferreira
People & Talent | Maré Digital
Rua do Alecrim 44, Lisboa
""",
        tz="+0100",
    ),
    m(
        "30-313",
        "2025-10-10 16:55",
        "Maré Digital <noreply@candidates.workablemail.com>",
        "Your application at Maré Digital",
        t("rejection", 9, "workable", "en"),
        """Hi Larissa,

Thank you for taking the time to speak with Tomás and Joana. We really enjoyed learning about
your work with Salesforce Marketing Cloud and the retention programmes you built.

After careful consideration, we've decided to move forward with another candidate whose
experience with the Portuguese market is a closer fit for this role right now.

We'll keep your details on file and wish you the very best.

Kind regards,
Maré Digital Hiring Team
""",
        tz="+0100",
    ),
    # --- 10: Nubebit S.R.L. (Buenos Aires), Bumeran; interview, on hold --------------------
    m(
        "30-321",
        "2025-10-07 10:18",
        "Bumeran <no-responder@bumeran.com.ar>",
        "Te postulaste a Especialista en Performance Marketing",
        t("confirmation", 10, "other", "es"),
        html="""<html><body>
<p>¡Hola Larissa!</p>
<p>Tu postulación a <b>Especialista en Performance Marketing</b> en <b>Nubebit</b> (Remoto - Buenos Aires)
fue enviada con éxito.</p>
<p>Podés seguir el estado de tus postulaciones desde <a href="https://www.bumeran.com.ar/postulantes/postulaciones">Mis postulaciones</a>.</p>
<p>¡Mucha suerte!<br>El equipo de Bumeran</p></body></html>""",
        tz="-0300",
    ),
    m(
        "30-322",
        "2025-10-15 12:40",
        "Martina Gómez <martina.gomez@nubebit.com.ar>",
        "Entrevista - Performance Marketing | Nubebit",
        t("interview", 10, "direct", "es"),
        """Hola Larissa, ¿cómo estás?

Te escribo de Nubebit porque vimos tu postulación en Bumeran y nos encantaría charlar con vos.
La posición es 100% remota y el equipo habla portuñol sin problema, jaja.

¿Te queda bien el martes 21/10 a las 11 hs (Argentina)? Te paso el link de Meet:
https://meet.google.com/bnm-uqte-ksd

Saludos,
Martina Gómez
Talent Acquisition | Nubebit
""",
        tz="-0300",
    ),
    m(
        "30-323",
        "2025-11-06 17:10",
        "Martina Gómez <martina.gomez@nubebit.com.ar>",
        "Novedades sobre la búsqueda",
        t("confirmation", 10, "direct", "es"),
        st="on_hold",
        text="""Hola Larissa,

Te quería contar que por una reorganización interna pausamos la búsqueda de Especialista en
Performance Marketing hasta, probablemente, marzo. No es nada vinculado a tu perfil, que nos
gustó mucho.

Si se reactiva, vos vas a ser de las primeras en saberlo.

Un abrazo,
Martina
""",
        tz="-0300",
    ),
    # --- 11: Cuotix (Argentina fintech), Computrabajo; ghosted ------------------------------
    m(
        "30-331",
        "2025-11-03 22:51",
        "Computrabajo <noreply@computrabajo.com>",
        "Postulación enviada: Analista Sr. de CRM",
        t("confirmation", 11, "other", "es"),
        html="""<html><body>
<p>Larissa, ¡tu postulación fue enviada!</p>
<p><b>Analista Sr. de CRM</b><br>Cuotix S.A. - Capital Federal (Remoto)</p>
<p>Te avisaremos cuando la empresa vea tu CV. Mientras tanto, revisá otras ofertas similares.</p>
<p><a href="https://ar.computrabajo.com/candidato/postulaciones">Ver mis postulaciones</a></p>
</body></html>""",
        tz="-0300",
    ),
    m(
        "30-332",
        "2025-11-07 09:30",
        "Computrabajo <noreply@computrabajo.com>",
        "La empresa vio tu hoja de vida",
        t("viewed", 11, "other", "es"),
        html="""<html><body><p>¡Buenas noticias, Larissa!</p>
<p><b>Cuotix S.A.</b> leyó tu hoja de vida para la oferta <b>Analista Sr. de CRM</b>.</p>
</body></html>""",
        tz="-0300",
    ),
    # --- 20: Quinta Digital (Lisbon), Lever in English; case, interview, rejection ----------
    m(
        "30-341",
        "2025-11-12 10:25",
        "Quinta Digital <no-reply@hire.lever.co>",
        "Your application to Quinta Digital",
        t("confirmation", 20, "lever", "en"),
        """Hi Larissa,

Thanks for applying for the Performance Marketing Lead role at Quinta Digital. We're reviewing
your application and will be in touch about next steps.

Quinta Digital is a Lisbon-based DTC wine club shipping across Europe and Brazil; we're a team of
40 and growing.

Cheers,
Quinta Digital Recruiting
""",
        tz="+0000",
    ),
    m(
        "30-342",
        "2025-11-20 13:44",
        "Inês Moreira <ines@quintadigital.pt>",
        "Quinta Digital - short exercise",
        t("assessment", 20, "lever", "en"),
        """Hi Larissa,

Thanks for your application! Before a first interview we ask candidates for this role to
complete a short exercise (max. 2 hours): a Meta and Google Ads account audit based on a
sample export we'll share.

Exercise link: https://jobs.lever.co/quintadigital/exercise/f19a
Deadline: Wednesday, 26 November, 18:00 Lisbon.

Best,
Inês Moreira
Talent Lead, Quinta Digital
""",
        tz="+0000",
    ),
    m(
        "30-343",
        "2025-12-01 09:15",
        "Inês Moreira <ines@quintadigital.pt>",
        "Invitation: Interview with Quinta Digital (Hugo, Head of Growth)",
        t("interview", 20, "lever", "en"),
        """Hi Larissa,

Hugo loved your audit! Sending an invite for a 45-minute interview with him on Thursday.

Best,
Inês
""",
        tz="+0000",
        ics={
            "start": "2025-12-04 14:00:00 +0000",
            "minutes": 45,
            "organizer": ("Inês Moreira", "ines@quintadigital.pt"),
            "attendees": [("Hugo Santos", "hugo@quintadigital.pt")],
            "uid": "q7d1ab2c9e0f-quintadigital@google.com",
            "summary": "Larissa Fonseca / Hugo Santos - Performance Marketing Lead",
            "location": "https://meet.google.com/hvk-rtyp-xqa",
        },
    ),
    m(
        "30-344",
        "2025-12-17 17:20",
        "Quinta Digital <no-reply@hire.lever.co>",
        "Update from Quinta Digital",
        t("rejection", 20, "lever", "en"),
        """Hi Larissa,

Thank you again for the time and effort you put into our process — the audit was one of the
strongest we received.

We've now completed the interviews for the Performance Marketing Lead role and unfortunately
we won't be moving forward with your application. We decided to prioritise candidates based in
Portugal for this hire.

We wish you every success,
Quinta Digital Recruiting
""",
        tz="+0000",
    ),
    # --- 24: Pampa Commerce (Buenos Aires), Workable in Spanish; interview, rejection -------
    m(
        "30-351",
        "2026-01-06 11:50",
        "Pampa Commerce <noreply@candidates.workablemail.com>",
        "Recibimos tu postulación - Growth Marketing Specialist",
        t("confirmation", 24, "workable", "es"),
        """Hola Larissa,

¡Gracias por postularte a Growth Marketing Specialist en Pampa Commerce! Ya recibimos tu CV y lo
vamos a revisar en los próximos días.

Saludos,
Equipo de Talento | Pampa Commerce
""",
        tz="-0300",
    ),
    m(
        "30-352",
        "2026-01-14 15:30",
        "Lucía Ferraro <lucia.ferraro@pampacommerce.com.ar>",
        "Entrevista con el equipo de Growth",
        t("interview", 24, "workable", "es"),
        """Hola Larissa, ¿qué tal?

Queremos avanzar con vos. ¿Podés el lunes 19/1 a las 10 hs de Argentina para una entrevista
de 1 hora con Nicolás (Head of Growth) y conmigo?

Te mando la invitación por calendario.

Saludos,
Lucía Ferraro
People Partner | Pampa Commerce
""",
        tz="-0300",
    ),
    m(
        "30-353",
        "2026-01-28 12:05",
        "Pampa Commerce <noreply@candidates.workablemail.com>",
        "Tu postulación en Pampa Commerce",
        t("rejection", 24, "workable", "es"),
        """Hola Larissa,

Muchas gracias por tu tiempo y por la buena charla con el equipo.

Lamentablemente, en esta oportunidad decidimos avanzar con otro perfil para la posición de
Growth Marketing Specialist. Guardamos tus datos para futuras búsquedas.

¡Éxitos!
Equipo de Talento | Pampa Commerce
""",
        tz="-0300",
    ),
    # --- alerts, outreach, other job mail in English / Spanish -------------------------------
    m(
        "30-361",
        "2025-09-15 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“crm marketing”: 24 new jobs in Lisbon",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Your job alert for <b>crm marketing</b> in Lisbon, Portugal</p>
<p>CRM Marketing Manager · Sardinha Travel · Lisbon (Hybrid)<br>Lifecycle Marketer · Ventura Labs · Remote<br>
CRM Specialist (Braze) · Oceano Bank · Lisbon</p>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=crm%20marketing&location=Lisbon">See all jobs</a></p></body></html>""",
        tz="+0100",
    ),
    m(
        "30-362",
        "2025-10-20 09:00",
        "Bumeran <alertas@bumeran.com.ar>",
        "Nuevos avisos para vos: Marketing Digital",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Larissa, hay 9 avisos nuevos que coinciden con tu búsqueda.</p>
<p>Analista de Marketing Digital Sr - Yerba Norte - Remoto<br>Especialista en SEM - Bodega Los Álamos - CABA</p>
</body></html>""",
        tz="-0300",
    ),
    m(
        "30-363",
        "2025-11-25 10:00",
        "Quinta Digital Careers <no-reply@hire.lever.co>",
        "Welcome to the Quinta Digital talent community",
        ("alert", "Quinta Digital", None, None, "lever", "en"),
        """Hi Larissa,

Thanks for joining our talent community! We'll send you a note when roles open that match your
interests (Marketing, Growth).

Cheers,
Quinta Digital
""",
        tz="+0000",
    ),
    m(
        "30-364",
        "2026-01-19 08:30",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Growth Marketing Manager jobs you may like",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body><p>Larissa, here are new jobs for you</p>
<p>Growth Marketing Manager · Piñata Fintech · Remote (LATAM)<br>Senior CRM Manager · Bossa Books · São Paulo</p>
</body></html>""",
        tz="-0300",
    ),
    m(
        "30-371",
        "2025-10-28 14:15",
        "Rafael Mendes <rafael@lumina-recruiting.com>",
        "CRM Lead role - remote, LATAM scale-up",
        ("outreach", "Kairo Health", "CRM Lead", None, "agency", "en"),
        """Hi Larissa,

I'm a recruiter at Lumina Recruiting, partnering with Kairo Health, a US digital-health scale-up
building its LATAM team. They're hiring a CRM Lead (remote, USD contract) to own email, push and
in-app lifecycle for 1M+ users in Brazil and Mexico.

Your background at a retail CRM team looks very relevant. Open to a 20-min chat this week?

Best,
Rafael Mendes
Senior Recruiter, Lumina Recruiting
""",
        tz="-0300",
    ),
    m(
        "30-372",
        "2025-12-03 11:00",
        "Valentina Ríos <valentina@talentosur.com.ar>",
        "Búsqueda: Líder de CRM para retail (remoto)",
        ("outreach", None, "Líder de CRM", None, "agency", "es"),
        """Hola Larissa,

Soy Valentina, de TalentoSur Consultora. Estamos con una búsqueda confidencial de Líder de CRM
para una cadena de retail con operación en Argentina y Brasil. Tu perfil nos pareció ideal por
la experiencia en ambos mercados.

¿Te interesaría conversar? Si es así, pasame tu disponibilidad.

Saludos cordiales,
Valentina Ríos
TalentoSur Consultora
""",
        tz="-0300",
    ),
    m(
        "30-381",
        "2025-12-22 10:30",
        "Pilar Pay <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience at Pilar Pay?",
        ("other_job", "Pilar Pay", None, None, "greenhouse", "en"),
        """Hi Larissa,

We'd love your feedback on your recent interview with Pilar Pay. The survey takes about 2 minutes
and responses are anonymous.

https://survey.greenhouse.io/pilarpay/c/4e2a

Thanks!
Pilar Pay Talent Team
""",
        tz="-0300",
    ),
    m(
        "30-382",
        "2025-11-20 13:45",
        "Inês Moreira <ines@quintadigital.pt>",
        "Automatic reply: Quinta Digital - short exercise",
        ("other_job", "Quinta Digital", None, None, "direct", "en"),
        """Thanks for your email. I'm out of the office until Monday 24 November with limited access to
email. For urgent matters please contact careers@quintadigital.pt.

Inês
""",
        tz="+0000",
    ),
]
