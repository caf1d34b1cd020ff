# ruff: noqa: E501
"""Corpus 33, job mail in Spanish, English and French (applications 16-23). See heldout33.py."""

from __future__ import annotations

import hashlib

from heldout33_util import spec_writer


def _mid(key: str, domain: str) -> str:
    h = hashlib.sha1(("c33i/" + key).encode()).hexdigest()
    return f"<{h[:12]}-{h[12:20]}-{h[20:28]}@{domain}>"


MAIL, m, reply = spec_writer(_mid)


def J(
    cat: str, company: str | None, role: str | None, app: int | None, source: str, lang: str
) -> tuple:
    return (cat, company, role, app, source, lang)


# --- 16 & 23: Atlantis Line (Navegação Atlântica Lusa, Lda.) - Teamtailor, English ------------------
AL = "Atlantis Line"
AL_R = "Operations Engineer - Equipment & Logistics"

m(
    "al-conf",
    "2025-09-18 14:03:27 +0100",
    "Atlantis Line <no-reply@teamtailor.com>",
    "Thanks for applying to Atlantis Line",
    J("confirmation", AL, AL_R, 16, "teamtailor", "en"),
    html="""<html><body style="font-family:Inter,Helvetica,Arial;color:#1b1b1b">
<div style="max-width:560px;margin:auto">
<p>Hi Tiago,</p>
<p>Thank you for applying for the <strong>Operations Engineer - Equipment &amp; Logistics</strong> position at Atlantis Line in Lisbon. We have received your application and our team will review it carefully.</p>
<p>Unfortunately, due to the high number of applications we receive, we are not always able to give individual feedback to every candidate at this stage. If your profile matches what we are looking for, a recruiter will reach out within three weeks.</p>
<p>In the meantime, feel free to learn more about life at sea and ashore on our <a href="https://careers.atlantisline.com">career site</a>.</p>
<p>Fair winds,<br>The Atlantis Line Talent Team</p>
<p style="font-size:11px;color:#888">Navegação Atlântica Lusa, Lda. · Doca de Alcântara Norte, Lisboa · <a href="https://careers.atlantisline.com/candidate">Manage your data</a></p>
</div></body></html>""",
)

m(
    "al-case",
    "2025-10-01 10:17:05 +0100",
    "Atlantis Line <no-reply@teamtailor.com>",
    "Next step: Equipment flow case study",
    J("assessment", AL, AL_R, 16, "teamtailor", "en"),
    """Hi Tiago,

Good news - we would like to move you forward for the Operations Engineer - Equipment & Logistics role.

The next step is a case study on empty-container repositioning between our Iberian terminals. You will find the brief and the data set in the link below. Please upload your answer (slides or a short document) within 7 days.

Upload your case study: https://careers.atlantisline.com/candidate/tasks/8b1f2c

Best regards,
Beatriz Lemos
Talent Acquisition Partner, Atlantis Line
""",
)

m(
    "al-int",
    "2025-10-13 17:30:48 +0100",
    "Beatriz Lemos <beatriz.lemos@atlantisline.com>",
    "Interview invitation - Atlantis Line, Ops Engineer",
    J("interview", AL, AL_R, 16, "direct", "en"),
    """Hi Tiago,

Thanks for your case study - the equipment team enjoyed reading it.

I'd like to invite you to a panel interview with Henrik Dahl (Head of Equipment, Europe) and Carla Mendes (Terminal Operations Manager) on Monday 20 October, 14:00-15:00 Lisbon time, on Microsoft Teams. The invite is attached; please accept it or suggest another slot.

Kind regards,
Beatriz Lemos
Talent Acquisition Partner
Atlantis Line | Navegação Atlântica Lusa, Lda.
""",
    ics={
        "uid": "040000008200E00074C5B7101A82E00800000000D21AA4C7A43CDC01",
        "style": "outlook",
        "start": "2025-10-20 14:00:00 +0100",
        "minutes": 60,
        "organizer": ("Beatriz Lemos", "beatriz.lemos@atlantisline.com"),
        "attendees": [
            ("Henrik Dahl", "henrik.dahl@atlantisline.com"),
            ("Carla Mendes", "carla.mendes@atlantisline.com"),
        ],
        "summary": "Panel interview: Tiago Fernandes Lopes - Ops Engineer Equipment & Logistics",
        "location": "Microsoft Teams Meeting",
        "description": "Join on your computer or mobile app\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk0NWE",
    },
)

m(
    "al-rej",
    "2025-10-30 12:01:14 +0000",
    "Atlantis Line <no-reply@teamtailor.com>",
    "Your application at Atlantis Line",
    J("rejection", AL, AL_R, 16, "teamtailor", "en"),
    """Hi Tiago,

Thank you for the time you invested in our process, from the case study to the panel conversation with Henrik and Carla. Your analysis of the repositioning flows was one of the strongest we received.

After careful consideration we have decided to move forward with a candidate whose background in reefer equipment fits the team's immediate needs a little more closely. This was a difficult decision.

We would genuinely like to stay in touch and will keep your profile in mind for future openings.

Warm regards,
Beatriz Lemos
Atlantis Line Talent Team
""",
)

m(
    "al2-conf",
    "2026-02-09 19:40:11 +0000",
    "Atlantis Line <no-reply@teamtailor.com>",
    "Thanks for applying to Atlantis Line",
    J("confirmation", AL, AL_R, 23, "teamtailor", "en"),
    html="""<html><body style="font-family:Inter,Helvetica,Arial;color:#1b1b1b">
<div style="max-width:560px;margin:auto">
<p>Hi Tiago,</p>
<p>Thank you for applying for the <strong>Operations Engineer - Equipment &amp; Logistics</strong> position at Atlantis Line in Lisbon. We have received your application and our team will review it carefully.</p>
<p>Unfortunately, due to the high number of applications we receive, we are not always able to give individual feedback to every candidate at this stage. If your profile matches what we are looking for, a recruiter will reach out within three weeks.</p>
<p>Fair winds,<br>The Atlantis Line Talent Team</p>
<p style="font-size:11px;color:#888">Navegação Atlântica Lusa, Lda. · Doca de Alcântara Norte, Lisboa</p>
</div></body></html>""",
)

# --- 17: Galmec (Industrias Mecánicas Galaicas, S.A.), Vigo - InfoJobs, on hold -----------------------
GM = "Galmec"
GM_R = "Ingeniero/a de Logística de Planta"

m(
    "gm-conf",
    "2025-09-23 09:55:30 +0200",
    "InfoJobs <noreply@infojobs.net>",
    "Te has inscrito en la oferta Ingeniero/a de Logística de Planta",
    J("confirmation", GM, GM_R, 17, "other", "es"),
    html="""<html><body style="font-family:Arial;background:#f5f5f5"><table width="600" align="center" style="background:#fff">
<tr><td style="padding:16px"><img src="https://media.infojobs.net/logo-infojobs.png" alt="InfoJobs" height="28"></td></tr>
<tr><td style="padding:16px">
<p>Hola Tiago,</p>
<p>Tu inscripción en la oferta <b>Ingeniero/a de Logística de Planta</b> de <b>INDUSTRIAS MECANICAS GALAICAS SA</b> (Vigo, Pontevedra) se ha realizado correctamente.</p>
<p>Te avisaremos por email cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p>
<p><a href="https://www.infojobs.net/candidate/applications/list.xhtml">Ver mis candidaturas</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:16px">InfoJobs - Adevinta Spain, S.L.U. · Travessera de Gràcia, 47-49, Barcelona</td></tr></table></body></html>""",
)

m(
    "gm-view",
    "2025-09-29 16:12:04 +0200",
    "InfoJobs <noreply@infojobs.net>",
    "La empresa ha leído tu CV",
    J("viewed", GM, GM_R, 17, "other", "es"),
    """Hola Tiago,

Buenas noticias: INDUSTRIAS MECANICAS GALAICAS SA ha leído tu CV para la oferta Ingeniero/a de Logística de Planta.

Estado de tu candidatura: CV leído

Sigue el proceso en https://www.infojobs.net/candidate/applications/list.xhtml

El equipo de InfoJobs
""",
)

m(
    "gm-int",
    "2025-10-08 13:21:45 +0200",
    "Lucía Otero Castro <lucia.otero@galmec.es>",
    "Entrevista - Ingeniero/a de Logística de Planta (Galmec Vigo)",
    J("interview", GM, GM_R, 17, "direct", "es"),
    """Hola Tiago:

Soy Lucía Otero, de Personas y Organización de Galmec. Hemos revisado tu candidatura para el puesto de Ingeniero/a de Logística de Planta en nuestra planta de Balaídos y nos gustaría conocerte.

Te propongo una entrevista por Teams el martes 14 de octubre a las 10:00 (hora española, 9:00 en Portugal) con Xoán Pereiro, responsable de Logística de planta. Te adjunto la convocatoria.

Un saludo,

Lucía Otero Castro
Personas y Organización
Industrias Mecánicas Galaicas, S.A. (Galmec)
Avda. de Citroën, s/n - 36210 Vigo
""",
    ics={
        "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E53BDC01",
        "style": "outlook",
        "start": "2025-10-14 10:00:00 +0200",
        "minutes": 60,
        "organizer": ("Lucía Otero Castro", "lucia.otero@galmec.es"),
        "attendees": [("Xoán Pereiro", "xoan.pereiro@galmec.es")],
        "summary": "Entrevista Tiago Fernandes Lopes - Ing. Logística Planta",
        "location": "Reunión de Microsoft Teams",
        "description": "Unirse a la reunión ahora\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE3",
    },
)

m(
    "gm-hold",
    "2025-11-12 11:40:20 +0100",
    "Lucía Otero Castro <lucia.otero@galmec.es>",
    "RE: Entrevista - Ingeniero/a de Logística de Planta (Galmec Vigo)",
    J("confirmation", GM, GM_R, 17, "direct", "es"),
    st="on_hold",
    text="""Hola Tiago:

Te escribo para ponerte al día. El proceso para el puesto de Ingeniero/a de Logística de Planta queda en pausa de momento: la dirección ha retrasado la apertura de la nueva línea para el cliente de Vigo hasta el segundo trimestre de 2026 y, con ello, la incorporación.

Tu candidatura sigue activa y Xoán quedó con muy buena impresión. En cuanto se reactive, te contactaré.

Gracias por tu paciencia.
Un saludo,
Lucía

-----Mensaje original-----
De: Lucía Otero Castro
Enviado el: miércoles, 8 de octubre de 2025 13:21
Asunto: Entrevista - Ingeniero/a de Logística de Planta (Galmec Vigo)
""",
    **reply("gm-int"),
)

# --- 18: Brétema (Grupo Brétema, A Coruña) - Workday, withdrawn ------------------------------------------
BR = "Brétema"
BR_R = "Técnico/a de Ingeniería Logística"

m(
    "br-conf",
    "2025-11-19 22:45:09 +0100",
    "Grupo Brétema <bretema@myworkday.com>",
    "Gracias por tu candidatura",
    J("confirmation", BR, BR_R, 18, "workday", "es"),
    """Hola Tiago:

Gracias por tu interés en Grupo Brétema. Hemos recibido tu candidatura para la posición Técnico/a de Ingeniería Logística - Centro de Distribución Arteixo (JR_0058812).

Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Puedes consultar el estado de tu solicitud en cualquier momento desde tu perfil de candidato:
https://bretema.wd3.myworkdayjobs.com/es-ES/Bretema_Careers/userHome

Un saludo,
Talento Grupo Brétema
""",
)

m(
    "br-wd",
    "2025-12-18 09:02:51 +0100",
    "Grupo Brétema <bretema@myworkday.com>",
    "Se ha retirado tu solicitud",
    J("confirmation", BR, BR_R, 18, "workday", "es"),
    st="withdrawn",
    text="""Hola Tiago:

Te confirmamos que has retirado tu solicitud para la posición Técnico/a de Ingeniería Logística - Centro de Distribución Arteixo (JR_0058812).

Si cambias de opinión, puedes volver a presentar tu candidatura mientras la oferta siga publicada.

Talento Grupo Brétema
""",
)

# --- 19: Tránsito Digital (Madrid, remote) - LinkedIn + Greenhouse ---------------------------------------
TD = "Tránsito Digital"
TD_R = "Supply Chain Operations Analyst"

m(
    "td-conf",
    "2025-10-20 21:15:36 +0200",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Tiago, tu solicitud se ha enviado a Tránsito Digital",
    J("confirmation", TD, TD_R, 19, "linkedin", "es"),
    """Tu solicitud se ha enviado a Tránsito Digital

Supply Chain Operations Analyst (Remoto)
Tránsito Digital · Madrid, Comunidad de Madrid, España (En remoto)
Solicitado el 20 oct 2025

Ver empleo: https://www.linkedin.com/jobs/view/4318820077/

Has recibido este email porque has solicitado un empleo en LinkedIn.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.
""",
)

m(
    "td-rej",
    "2025-11-03 18:22:00 +0100",
    "Tránsito Digital <no-reply@us.greenhouse-mail.io>",
    "Supply Chain Operations Analyst - Tránsito Digital",
    J("rejection", TD, TD_R, 19, "greenhouse", "es"),
    """Hola Tiago,

Gracias por tu interés en Tránsito Digital y por el tiempo dedicado a tu candidatura para Supply Chain Operations Analyst.

Hemos revisado tu perfil con detenimiento y, aunque tienes una trayectoria muy interesante, en esta ocasión hemos decidido avanzar con otras personas cuya experiencia se ajusta más a lo que necesitamos ahora mismo (en particular, residencia fiscal en España para el puesto remoto).

Te animamos a seguir atento a nuestras ofertas.

Un saludo,
El equipo de People de Tránsito Digital
""",
)

# --- 20: Sodilog (Groupe Sodilog, site de Gaia) - Workday, French -----------------------------------------
SD = "Sodilog"
SD_R = "Ingénieur Méthodes Logistiques"

m(
    "sd-conf",
    "2025-10-14 20:31:12 +0100",
    "Groupe Sodilog <sodilog@myworkday.com>",
    "Confirmation de votre candidature - Ingénieur Méthodes Logistiques (H/F)",
    J("confirmation", SD, SD_R, 20, "workday", "fr"),
    """Bonjour Tiago,

Nous vous remercions de l'intérêt que vous portez au Groupe Sodilog et accusons bonne réception de votre candidature au poste d'Ingénieur Méthodes Logistiques (H/F) - Vila Nova de Gaia, Portugal (R0019734).

Votre profil va être étudié avec attention par nos équipes. Si votre candidature est retenue, nous reviendrons vers vous très prochainement.

Vous pouvez suivre l'avancement de votre candidature depuis votre espace candidat.

Bien cordialement,
L'équipe Recrutement
Groupe Sodilog
""",
)

m(
    "sd-rej",
    "2025-11-26 10:48:27 +0000",
    "Groupe Sodilog <sodilog@myworkday.com>",
    "Votre candidature chez Sodilog",
    J("rejection", SD, SD_R, 20, "workday", "fr"),
    """Bonjour Tiago,

Nous avons bien étudié votre candidature au poste d'Ingénieur Méthodes Logistiques (H/F) et nous vous remercions de votre démarche.

Nous sommes cependant au regret de vous informer que nous ne pouvons y donner une suite favorable, d'autres profils correspondant davantage à nos attentes actuelles.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement
Groupe Sodilog
""",
)

# --- 21: Cargoflux (Madrid, remote) - Landing.jobs, English --------------------------------------------
CF = "Cargoflux"
CF_R = "Supply Chain Solutions Engineer"

m(
    "cf-conf",
    "2025-10-28 22:04:40 +0000",
    "Landing.jobs <notifications@landing.jobs>",
    "Your application to Cargoflux is in!",
    J("confirmation", CF, CF_R, 21, "other", "en"),
    """Hey Tiago,

Your application for Supply Chain Solutions Engineer at Cargoflux (Madrid - Remote from Portugal OK) was submitted.

What happens next? Our team reviews it first, and if it's a match we'll share your profile with Cargoflux. You'll get an update from us either way.

Track it here: https://landing.jobs/my/applications

Cheers,
The Landing.jobs team
""",
)

m(
    "cf-int",
    "2025-11-11 15:30:09 +0000",
    "Landing.jobs <notifications@landing.jobs>",
    "Cargoflux wants to interview you 🎉",
    J("interview", CF, CF_R, 21, "other", "en"),
    """Hey Tiago,

Great news! Cargoflux liked your profile and wants to schedule a first interview for Supply Chain Solutions Engineer.

Pick a slot that works for you with Álvaro Ruiz (Head of Solutions) here:
https://landing.jobs/my/applications/219884/schedule

Tip: the first call is usually 30 minutes, mostly about your experience with WMS implementations.

Good luck!
Rita @ Landing.jobs
""",
)

m(
    "cf-rej",
    "2025-12-01 09:51:37 +0000",
    "Landing.jobs <notifications@landing.jobs>",
    "Update on your Cargoflux application",
    J("rejection", CF, CF_R, 21, "other", "en"),
    """Hi Tiago,

Thanks again for interviewing with Cargoflux. We heard back from their team: they decided not to move forward with your application for Supply Chain Solutions Engineer. Their feedback: strong operations background, but they need someone with more hands-on SQL/Python for customer integrations.

We know this isn't the news you hoped for. We've got other logistics-tech roles open and will keep you in the loop.

Rita @ Landing.jobs
""",
)

# --- 22: Talleres Miño (Vigo) - InfoJobs, descartado ----------------------------------------------------
TM = "Talleres Miño"
TM_R = "Responsable de Almacén y Expediciones"

m(
    "tm-conf",
    "2025-11-06 19:02:44 +0100",
    "InfoJobs <noreply@infojobs.net>",
    "Te has inscrito en la oferta Responsable de Almacén y Expediciones",
    J("confirmation", TM, TM_R, 22, "other", "es"),
    """Hola Tiago,

Tu inscripción en la oferta Responsable de Almacén y Expediciones de TALLERES MIÑO SL (O Porriño, Pontevedra) se ha realizado correctamente.

Te avisaremos por email cuando la empresa lea tu CV o cambie el estado de tu candidatura.

Ver mis candidaturas: https://www.infojobs.net/candidate/applications/list.xhtml

El equipo de InfoJobs
""",
)

m(
    "tm-rej",
    "2025-11-21 08:17:58 +0100",
    "InfoJobs <noreply@infojobs.net>",
    "Novedades en tu candidatura",
    J("rejection", TM, TM_R, 22, "other", "es"),
    """Hola Tiago,

Hay novedades en tu candidatura a Responsable de Almacén y Expediciones (TALLERES MIÑO SL).

Estado: Descartado

La empresa ha finalizado la revisión de tu candidatura y ha decidido no continuar contigo en este proceso. ¡No te desanimes! Tenemos más de 300 ofertas de logística en Pontevedra.

Ver ofertas similares: https://www.infojobs.net/ofertas-trabajo/pontevedra/logistica

El equipo de InfoJobs
""",
)
