"""Job mail in German, French, Spanish and Portuguese for the second held-out corpus.

See heldout2.py. Written by hand.
"""

from __future__ import annotations

from typing import Any


def M(mid: str, date: str, frm: str, subject: str, t: tuple, **kw: Any) -> dict[str, Any]:
    return {"id": mid, "date": date, "from": frm, "subject": subject, "t": t, **kw}


HB = "Hallberg Mobilität GmbH"
HB_ROLE = "Backend Entwickler Python (m/w/d)"
KR = "Kranich Software GmbH"
KR_ROLE = "Softwareentwickler*in Backend (m/w/d)"
LS = "Lindqvist & Sohn"
LS_ROLE = "Senior Python Developer (m/w/d)"
BD = "Brauwerk Digital"
BD_ROLE = "Junior DevOps Engineer (m/w/d)"
ML = "Maison Lévrier"
ML_ROLE = "Développeur Back-End Python (H/F)"
AS = "Astrelle"
AS_ROLE = "Ingénieur Logiciel Backend (F/H)"
TP = "Tordesilla Pagos"
TP_ROLE = "Desarrollador Backend Senior"
AT = "Almazara Tech"
AT_ROLE = "Ingeniero de Software Python"
CE = "Cierzo Energía"
CE_ROLE = "Desarrollador/a Backend"
JP = "Jabuticaba Pagamentos"
JP_ROLE = "Desenvolvedor Back-end Pleno"
LU = "Lusoforma Software"
LU_ROLE = "Programador Python"
QB = "Quinta do Bit"
QB_ROLE = "Backend Developer"

MAIL: list[dict[str, Any]] = [
    # --- 30 Hallberg Mobilität (Personio, Sie) ---
    M(
        "<personio.9a1b2c.de01@hallberg-mobilitaet.jobs.personio.de>",
        "2024-09-30 10:05:00 +0200",
        "Hallberg Mobilität GmbH <no-reply@hallberg-mobilitaet.jobs.personio.de>",
        "Ihre Bewerbung als Backend Entwickler Python (m/w/d)",
        ("confirmation", HB, HB_ROLE, 30, "personio", "de"),
        text="""Sehr geehrter Herr Reinholt,

vielen Dank für Ihre Bewerbung als Backend Entwickler Python (m/w/d) und Ihr Interesse an der
Hallberg Mobilität GmbH. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.
Wir melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hallberg Mobilität GmbH

Hallberg Mobilität GmbH · Hafenstraße 12 · 20457 Hamburg · Amtsgericht Hamburg HRB 14402
""",
    ),
    M(
        "<AS8PR07MB7911D2@AS8PR07MB7911.eurprd07.prod.outlook.com>",
        "2024-10-09 14:22:00 +0200",
        "Sabine Kroll <sabine.kroll@hallberg-mobilitaet.example>",
        "Einladung zum Vorstellungsgespräch – Backend Entwickler Python (m/w/d)",
        ("interview", HB, HB_ROLE, 30, "direct", "de"),
        text="""Sehr geehrter Herr Reinholt,

Ihre Bewerbung hat uns überzeugt. Gerne möchten wir Sie zu einem ersten Kennenlernen per
Microsoft Teams einladen, und zwar am Mittwoch, 16. Oktober 2024, um 11:00 Uhr (MESZ). Die
Einladung finden Sie im Anhang. Am Gespräch nehmen Herr Dr. Brandt (Teamleitung Backend) und
ich teil.

Mit freundlichen Grüßen
Sabine Kroll
Talent Acquisition | Hallberg Mobilität GmbH
""",
        ics={
            "style": "outlook",
            "organizer": ("Sabine Kroll", "sabine.kroll@hallberg-mobilitaet.example"),
            "uid": "040000008200E00074C5B7101A82E0080000000077A1F0B1",
            "start": "2024-10-16 11:00:00 +0200",
            "summary": "Vorstellungsgespräch Tomás Reinholt – Backend Entwickler Python",
            "location": "Microsoft Teams-Besprechung",
            "attendees": [("Dr. Lukas Brandt", "lukas.brandt@hallberg-mobilitaet.example")],
        },
    ),
    M(
        "<personio.9a1b2c.de77@hallberg-mobilitaet.jobs.personio.de>",
        "2024-10-25 09:40:00 +0200",
        "Hallberg Mobilität GmbH <no-reply@hallberg-mobilitaet.jobs.personio.de>",
        "Ihre Bewerbung bei der Hallberg Mobilität GmbH",
        ("rejection", HB, HB_ROLE, 30, "personio", "de"),
        text="""Sehr geehrter Herr Reinholt,

nochmals vielen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen
haben. Ihr fachlicher Hintergrund hat uns sehr gut gefallen.

Nach reiflicher Überlegung müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen
Kandidaten entschieden haben, dessen Profil noch besser zu den aktuellen Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Sabine Kroll
""",
    ),
    # --- 31 Kranich Software (StepStone, then du-form rejection) ---
    M(
        "<stepstone.apply.7711029@stepstone.de>",
        "2024-10-14 20:11:00 +0200",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", KR, KR_ROLE, 31, "other", "de"),
        html="""<html><body>
<h2>Ihre Bewerbung ist unterwegs!</h2>
<p>Hallo Tomás Reinholt,</p>
<p>Ihre Bewerbung für die Stelle <b>Softwareentwickler*in Backend (m/w/d)</b> bei
<b>Kranich Software GmbH</b> wurde erfolgreich versendet.</p>
<p>Den Status Ihrer Bewerbung sehen Sie jederzeit unter „Meine Bewerbungen“.</p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
</body></html>""",
    ),
    M(
        "<recruitee.kranich.5510@kranich.recruitee.com>",
        "2024-11-04 16:30:00 +0100",
        "Kranich Software <kranichsoftware@recruitee.com>",
        "Deine Bewerbung bei Kranich",
        ("rejection", KR, KR_ROLE, 31, "recruitee", "de"),
        text="""Hi Tomás,

danke dir für deine Bewerbung als Softwareentwickler*in Backend und dein Interesse an Kranich!
Wir haben uns dein Profil genau angeschaut und waren echt beeindruckt von deinen Projekten.

Leider haben wir uns am Ende für jemanden entschieden, der schon mehr Erfahrung mit Go
mitbringt. Wir würden uns freuen, wenn du dich bei einer passenden Stelle wieder bei uns
meldest.

Liebe Grüße
Jana vom Kranich People Team
""",
    ),
    # --- 32 Lindqvist & Sohn (SuccessFactors + Codility) ---
    M(
        "<sf.lindqvist.4402@successfactors.eu>",
        "2024-11-11 08:05:00 +0100",
        "Lindqvist & Sohn Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Senior Python Developer (m/w/d)",
        ("confirmation", LS, LS_ROLE, 32, "other", "de"),
        text="""Sehr geehrter Herr Reinholt,

vielen Dank für Ihre Bewerbung als Senior Python Developer (m/w/d), Stellen-ID 10442. Hiermit
bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung und melden uns
schnellstmöglich bei Ihnen.

Mit freundlichen Grüßen
Personalabteilung Lindqvist & Sohn
""",
    ),
    M(
        "<codility.inv.ls.3321@codility.com>",
        "2024-11-19 13:00:00 +0100",
        "Lindqvist & Sohn via Codility <no-reply@codility.com>",
        "Codility test invitation from Lindqvist & Sohn",
        ("assessment", LS, LS_ROLE, 32, "codility", "en"),
        text="""Hello Tomás,

Lindqvist & Sohn invites you to take a programming test as part of the recruitment process for
Senior Python Developer (m/w/d). The test consists of 3 tasks and lasts 110 minutes.

Start your test: https://app.codility.com/test/TEST-7QX2-PLM9/

The invitation expires on November 26, 2024.

Codility
""",
    ),
    # --- 33 Nordhafen Bank (Workday tenant nhb, German) ---
    M(
        "<1733771.20011.1732001@wd103.myworkday.com>",
        "2024-11-19 09:12:00 +0100",
        "Nordhafen Bank Recruiting <nhb@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung: Data Engineer (w/m/d)",
        ("confirmation", "Nordhafen Bank", "Data Engineer (w/m/d)", 33, "workday", "de"),
        text="""Guten Tag Tomás Reinholt,

vielen Dank für Ihr Interesse an der Nordhafen Bank. Ihre Bewerbung für die Position Data
Engineer (w/m/d) (R0011829) ist bei uns eingegangen.

Sie können den Status Ihrer Bewerbung jederzeit im Kandidatenportal einsehen:
https://nhb.wd103.myworkdayjobs.com/de-DE/Karriere/userHome

Freundliche Grüße
Ihr Recruiting-Team der Nordhafen Bank
""",
    ),
    # --- 34 Brauwerk Digital (Recruitee, du) ---
    M(
        "<recruitee.brauwerk.1102@brauwerkdigital.recruitee.com>",
        "2025-01-07 11:45:00 +0100",
        "Brauwerk Digital <brauwerkdigital@recruitee.com>",
        "Danke für deine Bewerbung!",
        ("confirmation", BD, BD_ROLE, 34, "recruitee", "de"),
        text="""Hey Tomás,

cool, dass du dich als Junior DevOps Engineer (m/w/d) bei Brauwerk Digital beworben hast! Wir
schauen uns deine Unterlagen in den nächsten Tagen an und melden uns bei dir.

Prost & bis bald
Dein Brauwerk Digital Team
""",
    ),
    M(
        "<recruitee.brauwerk.1190@brauwerkdigital.recruitee.com>",
        "2025-01-28 15:20:00 +0100",
        "Brauwerk Digital <brauwerkdigital@recruitee.com>",
        "Update zu deiner Bewerbung",
        ("rejection", BD, BD_ROLE, 34, "recruitee", "de"),
        text="""Hey Tomás,

vielen Dank nochmal für deine Bewerbung als Junior DevOps Engineer. Wir haben lange überlegt,
aber dieses Mal passt es leider nicht. Die Stelle haben wir inzwischen besetzt.

Wir wünschen dir ganz viel Erfolg bei der weiteren Suche!
Dein Brauwerk Digital Team
""",
    ),
    # --- 35 Maison Lévrier (Welcome to the Jungle) ---
    M(
        "<wttj.app.88120@welcometothejungle.com>",
        "2024-10-03 18:40:00 +0200",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée à Maison Lévrier",
        ("confirmation", ML, ML_ROLE, 35, "other", "fr"),
        html="""<html><body>
<p>Bonjour Tomás,</p>
<p>Votre candidature au poste de <b>Développeur Back-End Python (H/F)</b> chez
<b>Maison Lévrier</b> a bien été envoyée. L'entreprise reviendra vers vous directement.</p>
<p>Suivez vos candidatures depuis votre espace.</p>
<p>L'équipe Welcome to the Jungle</p>
</body></html>""",
    ),
    M(
        "<CAL3vr13r.fr22@mail.gmail.com>",
        "2024-10-21 10:15:00 +0200",
        "Claire Dumont <claire.dumont@maison-levrier.example>",
        "Votre candidature chez Maison Lévrier",
        ("rejection", ML, ML_ROLE, 35, "direct", "fr"),
        text="""Bonjour Tomás,

Merci pour l'intérêt que vous portez à Maison Lévrier et pour votre candidature au poste de
Développeur Back-End Python. Votre parcours est très intéressant.

Après étude attentive de votre dossier, nous avons le regret de vous informer que nous ne
pouvons pas donner une suite favorable à votre candidature, le poste exigeant une présence à
Lyon trois jours par semaine.

Nous vous souhaitons pleine réussite dans vos recherches.

Claire Dumont
Responsable RH, Maison Lévrier
""",
    ),
    # --- 36 Astrelle (SmartRecruiters, French) ---
    M(
        "<sr-fr-1a2b3c4d@smartrecruiters.com>",
        "2024-12-05 09:00:00 +0100",
        "Astrelle <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        ("confirmation", AS, AS_ROLE, 36, "smartrecruiters", "fr"),
        html="""<html><body>
<p>Bonjour Tomás,</p>
<p>Nous vous remercions pour votre candidature au poste <b>Ingénieur Logiciel Backend (F/H)</b>
chez <b>Astrelle</b>. Notre équipe recrutement étudie votre profil et reviendra vers vous dans
les meilleurs délais.</p>
<p>Cordialement,<br>L'équipe Talent Astrelle</p>
</body></html>""",
    ),
    M(
        "<sr-fr-9f8e7d6c@smartrecruiters.com>",
        "2025-01-09 14:30:00 +0100",
        "Astrelle <noreply@smartrecruiters.com>",
        "Suite à votre candidature",
        ("rejection", AS, AS_ROLE, 36, "smartrecruiters", "fr"),
        html="""<html><body>
<p>Bonjour Tomás,</p>
<p>Nous avons bien étudié votre candidature pour le poste d'Ingénieur Logiciel Backend et vous
remercions de l'intérêt porté à Astrelle. Votre profil a retenu toute notre attention.</p>
<p>Malheureusement, nous avons décidé de ne pas donner suite, d'autres profils correspondant
davantage à nos besoins actuels.</p>
<p>Bien cordialement,<br>L'équipe Talent Astrelle</p>
</body></html>""",
    ),
    # --- 37 Groupe Caudron (Workable, French, ghosted) ---
    M(
        "<workable.caudron.4410@candidates.workablemail.com>",
        "2025-02-12 17:05:00 +0100",
        "Groupe Caudron <noreply@candidates.workablemail.com>",
        "Merci d'avoir postulé chez Groupe Caudron",
        (
            "confirmation",
            "Groupe Caudron",
            "Développeur Python confirmé (H/F)",
            37,
            "workable",
            "fr",
        ),
        text="""Bonjour Tomás,

Merci d'avoir postulé au poste de Développeur Python confirmé (H/F) chez Groupe Caudron. Nous
avons bien reçu votre candidature. Si votre profil correspond, nous vous contacterons
prochainement. Dans le cas contraire, nous conserverons votre CV pour de futures opportunités.

Cordialement,
Groupe Caudron
""",
    ),
    # --- 38 Tordesilla Pagos (InfoJobs) ---
    M(
        "<infojobs.ins.55102@infojobs.net>",
        "2024-10-29 12:00:00 +0100",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Desarrollador Backend Senior",
        ("confirmation", TP, TP_ROLE, 38, "other", "es"),
        html="""<html><body>
<p>Hola Tomás,</p>
<p>Tu inscripción en la oferta <b>Desarrollador Backend Senior</b> de <b>Tordesilla Pagos</b>
(Madrid, teletrabajo) se ha realizado correctamente.</p>
<p>Te avisaremos cuando la empresa actualice el estado de tu candidatura.</p>
<p>El equipo de InfoJobs</p>
</body></html>""",
    ),
    M(
        "<infojobs.cv.55177@infojobs.net>",
        "2024-11-04 09:30:00 +0100",
        "InfoJobs <noreply@infojobs.net>",
        "Tordesilla Pagos ha leído tu CV",
        ("viewed", TP, TP_ROLE, 38, "other", "es"),
        html="""<html><body>
<p>Hola Tomás,</p>
<p><b>Tordesilla Pagos</b> ha leído tu CV para la oferta <b>Desarrollador Backend Senior</b>.</p>
<p>Sigue atento a tu correo: la empresa podría contactar contigo.</p>
<p>El equipo de InfoJobs</p>
</body></html>""",
    ),
    # --- 39 Almazara Tech (Lever, Spanish, HackerRank, interview) ---
    M(
        "<lever-es-3c2b1a00@hire.lever.co>",
        "2024-12-12 11:00:00 +0100",
        "Almazara Tech <no-reply@hire.lever.co>",
        "Gracias por tu candidatura a Almazara Tech",
        ("confirmation", AT, AT_ROLE, 39, "lever", "es"),
        text="""Hola Tomás:

Gracias por tu interés en Almazara Tech. Hemos recibido tu candidatura para el puesto de
Ingeniero de Software Python y la revisaremos con atención. Si tu perfil encaja, nos pondremos
en contacto contigo.

Un saludo,
Equipo de Talento de Almazara Tech
""",
    ),
    M(
        "<hr-invite-almz-8812@hackerrankforwork.com>",
        "2024-12-18 10:20:00 +0100",
        "Almazara Tech <support@hackerrankforwork.com>",
        "Invitation to take the Almazara Tech Python Challenge",
        ("assessment", AT, AT_ROLE, 39, "hackerrank", "en"),
        text="""Hi Tomás,

Thank you for your interest in the Ingeniero de Software Python position at Almazara Tech. As
part of the selection process, we invite you to take the Almazara Tech Python Challenge on
HackerRank. The test lasts 90 minutes.

Test link: https://www.hackerrank.com/test/3k1d9f0a2/login
Please complete it before December 27, 2024.

Regards,
Almazara Tech
""",
    ),
    M(
        "<CAM4lm4z4r4.es9@mail.gmail.com>",
        "2025-01-08 16:45:00 +0100",
        "Lucía Ortega <lucia.ortega@almazara.example>",
        "Entrevista técnica - Ingeniero de Software Python",
        ("interview", AT, AT_ROLE, 39, "direct", "es"),
        text="""Hola Tomás:

¡Enhorabuena! Has superado la prueba técnica con muy buena nota. Nos gustaría invitarte a una
entrevista técnica con el equipo el martes 14 de enero a las 16:00 (hora peninsular) por Google
Meet. ¿Te viene bien?

Un saludo,
Lucía Ortega
People & Talent, Almazara Tech
""",
    ),
    # --- 40 Cierzo Energía (Greenhouse, Spanish) ---
    M(
        "<gh.es.7711.aa@us.greenhouse-mail.io>",
        "2025-02-03 13:10:00 +0100",
        "Cierzo Energía <no-reply@us.greenhouse-mail.io>",
        "Hemos recibido tu candidatura - Desarrollador/a Backend",
        ("confirmation", CE, CE_ROLE, 40, "greenhouse", "es"),
        text="""Hola Tomás,

Muchas gracias por tu interés en Cierzo Energía. Hemos recibido tu candidatura para la posición
de Desarrollador/a Backend. Nuestro equipo la revisará y, si tu perfil encaja, te contactaremos
para los siguientes pasos.

Saludos,
Equipo de Personas de Cierzo Energía
""",
    ),
    M(
        "<gh.es.7711.f3@us.greenhouse-mail.io>",
        "2025-02-21 10:00:00 +0100",
        "Cierzo Energía <no-reply@us.greenhouse-mail.io>",
        "Tu candidatura en Cierzo Energía",
        ("rejection", CE, CE_ROLE, 40, "greenhouse", "es"),
        text="""Hola Tomás,

Gracias por el tiempo que has dedicado a tu candidatura para Desarrollador/a Backend. Tu
experiencia nos ha parecido muy interesante; sin embargo, hemos decidido continuar el proceso
con otros candidatos cuyo perfil se ajusta más a lo que buscamos en este momento.

Te deseamos mucha suerte.
Equipo de Personas de Cierzo Energía
""",
    ),
    # --- 41 Jabuticaba Pagamentos (Gupy, Brazil) ---
    M(
        "<gupy.cand.9912001@gupy.io>",
        "2024-10-16 14:20:00 -0300",
        "Jabuticaba Pagamentos <naoresponda@gupy.io>",
        "Candidatura realizada com sucesso!",
        ("confirmation", JP, JP_ROLE, 41, "other", "pt"),
        html="""<html><body>
<p>Olá, Tomás!</p>
<p>Sua candidatura para a vaga <b>Desenvolvedor Back-end Pleno</b> na <b>Jabuticaba
Pagamentos</b> foi realizada com sucesso. Agora é só acompanhar as próximas etapas pelo
seu painel.</p>
<p>Boa sorte!<br>Time Jabuticaba Pagamentos</p>
<p style="font-size:11px">Enviado por Gupy</p>
</body></html>""",
    ),
    M(
        "<gupy.cand.9912441@gupy.io>",
        "2024-10-22 09:00:00 -0300",
        "Jabuticaba Pagamentos <naoresponda@gupy.io>",
        "Nova etapa: teste técnico",
        ("assessment", JP, JP_ROLE, 41, "other", "pt"),
        html="""<html><body>
<p>Olá, Tomás!</p>
<p>Você avançou no processo seletivo para <b>Desenvolvedor Back-end Pleno</b>. A próxima etapa é
um teste técnico online (lógica e Python), com duração de 60 minutos.</p>
<p>Prazo para realização: 29/10/2024. Acesse pelo seu painel de candidaturas.</p>
<p>Time Jabuticaba Pagamentos</p>
</body></html>""",
    ),
    # --- 42 Ipê Saúde Digital (Catho, Brazil) ---
    M(
        "<catho.env.55019@catho.com.br>",
        "2024-11-26 19:30:00 -0300",
        "Catho <nao-responda@catho.com.br>",
        "Seu currículo foi enviado para a vaga Engenheiro de Software Sênior",
        ("confirmation", "Ipê Saúde Digital", "Engenheiro de Software Sênior", 42, "other", "pt"),
        html="""<html><body>
<p>Olá, Tomás,</p>
<p>Seu currículo foi enviado com sucesso para a vaga <b>Engenheiro de Software Sênior</b> da
empresa <b>Ipê Saúde Digital</b> (São Paulo - SP, remoto).</p>
<p>Acompanhe suas candidaturas na Catho.</p>
</body></html>""",
    ),
    # --- 43 Lusoforma Software (Teamtailor, Portugal) -> offer ---
    M(
        "<tt.pt.a0c1@m4qz81.teamtailor-mail.com>",
        "2025-02-17 10:00:00 +0000",
        "Lusoforma Software <no-reply@m4qz81.teamtailor-mail.com>",
        "Obrigado pela sua candidatura",
        ("confirmation", LU, LU_ROLE, 43, "teamtailor", "pt"),
        text="""Olá Tomás,

Obrigado pela sua candidatura à função de Programador Python na Lusoforma Software. Vamos
analisar o seu perfil com atenção e entraremos em contacto consigo em breve.

Com os melhores cumprimentos,
Equipa de Recrutamento Lusoforma
""",
    ),
    M(
        "<VI1PR02MB6110AA@VI1PR02MB6110.eurprd02.prod.outlook.com>",
        "2025-03-03 15:10:00 +0000",
        "Inês Carvalho <ines.carvalho@lusoforma.example>",
        "Convite para entrevista - Programador Python",
        ("interview", LU, LU_ROLE, 43, "direct", "pt"),
        text="""Olá Tomás,

Gostaríamos de o convidar para uma entrevista presencial no nosso escritório do Porto (Rua de
Santa Catarina 410), na próxima segunda-feira, 10 de março, às 10h00. Segue o convite em anexo.

Cumprimentos,
Inês Carvalho
Recursos Humanos, Lusoforma Software
""",
        ics={
            "style": "outlook",
            "organizer": ("Inês Carvalho", "ines.carvalho@lusoforma.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000C4D2A9E1",
            "start": "2025-03-10 10:00:00 +0000",
            "summary": "Entrevista Tomás Reinholt - Programador Python",
            "location": "Lusoforma, Rua de Santa Catarina 410, Porto",
        },
    ),
    M(
        "<VI1PR02MB6110F0@VI1PR02MB6110.eurprd02.prod.outlook.com>",
        "2025-03-20 11:30:00 +0000",
        "Inês Carvalho <ines.carvalho@lusoforma.example>",
        "Proposta - Programador Python",
        ("offer", LU, LU_ROLE, 43, "direct", "pt"),
        text="""Olá Tomás,

Foi um prazer conhecê-lo. Temos o gosto de lhe apresentar uma proposta para a função de
Programador Python: contrato sem termo, 42.000 € brutos anuais, subsídio de refeição e 25 dias
de férias. Em anexo segue a carta-proposta com todos os detalhes.

Agradecemos uma resposta até dia 28 de março.

Cumprimentos,
Inês Carvalho
""",
        attach=[("Proposta_Tomas_Reinholt.txt", "text/plain", "Carta-proposta (resumo)")],
    ),
    # --- 44 Quinta do Bit (BambooHR, Portugal) ---
    M(
        "<bhr.qb.4411@bamboohr.com>",
        "2025-03-04 09:40:00 +0000",
        "Rita Sequeira <notifications@app.bamboohr.com>",
        "Candidatura recebida - Backend Developer",
        ("confirmation", QB, QB_ROLE, 44, "bamboohr", "pt"),
        text="""Olá Tomás,

Obrigada pela sua candidatura à vaga de Backend Developer na Quinta do Bit. Recebemos o seu CV
e vamos analisá-lo. Se não for selecionado para a próxima fase, informaremos por email.

Rita Sequeira
People, Quinta do Bit
""",
    ),
    M(
        "<bhr.qb.4499@bamboohr.com>",
        "2025-03-26 17:00:00 +0000",
        "Rita Sequeira <notifications@app.bamboohr.com>",
        "A sua candidatura na Quinta do Bit",
        ("rejection", QB, QB_ROLE, 44, "bamboohr", "pt"),
        text="""Olá Tomás,

Agradecemos o seu interesse na Quinta do Bit e o tempo dedicado ao processo. Gostámos muito de
conhecer o seu percurso. Infelizmente, decidimos avançar com outro candidato para a vaga de
Backend Developer.

Desejamos-lhe as maiores felicidades.
Rita Sequeira
""",
    ),
    # --- 45 Brisa Cloud (Personio, Spanish, ghosted) ---
    M(
        "<personio.brisa.es01@brisacloud.jobs.personio.com>",
        "2025-04-07 12:30:00 +0200",
        "Brisa Cloud <no-reply@brisacloud.jobs.personio.com>",
        "Hemos recibido tu candidatura",
        ("confirmation", "Brisa Cloud", "Desarrollador Python (Remoto)", 45, "personio", "es"),
        text="""Hola Tomás,

Gracias por presentar tu candidatura para Desarrollador Python (Remoto) en Brisa Cloud. La
revisaremos en los próximos días. Si no recibes noticias nuestras en tres semanas, significa
que lamentablemente no hemos podido seguir adelante con tu candidatura.

Saludos,
Equipo de Brisa Cloud
""",
    ),
    # --- alerts and outreach ---
    M(
        "<stepstone.agent.88120@stepstone.de>",
        "2024-10-01 07:00:00 +0200",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Python Entwickler“ – u. a. Kranich Software GmbH",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body>
<h3>Ihr Jobagent: Python Entwickler, Remote</h3>
<p><b>Softwareentwickler*in Backend (m/w/d)</b> – Kranich Software GmbH – Leipzig / Remote</p>
<p><b>Python Developer (m/w/d)</b> – Elbtal Versicherung AG – Dresden</p>
<p>Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch.</p>
<p style="font-size:11px">Jobagent abbestellen</p>
</body></html>""",
    ),
    M(
        "<AM0PR06MB4410AB@AM0PR06MB4410.eurprd06.prod.outlook.com>",
        "2024-11-07 10:50:00 +0100",
        "Felix Reuter <f.reuter@reuter-executive.example>",
        "Spannende Position als Lead Python Engineer (m/w/d) – Remote",
        ("outreach", "Tannwald Systems", "Lead Python Engineer (m/w/d)", None, "agency", "de"),
        text="""Hallo Herr Reinholt,

ich bin Personalberater bei Reuter Executive und suche für meinen Mandanten, die Tannwald Systems
AG (SaaS für Energieversorger), einen Lead Python Engineer (m/w/d), 100 % remote, bis 95.000 €.

Hätten Sie Interesse an einem kurzen, vertraulichen Telefonat?

Beste Grüße
Felix Reuter
Reuter Executive Search
""",
    ),
    M(
        "<infojobs.alert.7721@infojobs.net>",
        "2024-12-02 08:00:00 +0100",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Desarrollador Python para ti",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body>
<p>Hola Tomás, estas ofertas coinciden con tu alerta:</p>
<p><b>Desarrollador Python</b> – Brisa Cloud – Remoto</p>
<p><b>Backend Engineer</b> – Almazara Tech – Jaén</p>
<p>Consejo: prepara tu entrevista de trabajo con nuestra guía.</p>
</body></html>""",
    ),
    M(
        "<wttj.nl.2025-01@welcometothejungle.com>",
        "2025-01-15 08:30:00 +0100",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Les offres de la semaine + 5 questions à préparer pour votre entretien",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<h3>Les offres qui pourraient vous plaire</h3>
<p><b>Développeur Python confirmé (H/F)</b> – Groupe Caudron – Nantes</p>
<p><b>Backend Engineer</b> – Astrelle – Paris</p>
<h3>Conseil : 5 questions à préparer avant votre entretien d'embauche</h3>
<p>Se désabonner</p>
</body></html>""",
    ),
    M(
        "<gupy.vagas.11902@gupy.io>",
        "2025-02-10 10:00:00 -0300",
        "Gupy <naoresponda@gupy.io>",
        "Vagas que combinam com você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Olá, Tomás! Separamos vagas que combinam com o seu perfil:</p>
<p><b>Desenvolvedor Python Sênior</b> – Jabuticaba Pagamentos – Remoto</p>
<p><b>Engenheiro de Dados</b> – Ipê Saúde Digital – São Paulo</p>
</body></html>""",
    ),
    M(
        "<personio.tc.4471@hallberg-mobilitaet.jobs.personio.de>",
        "2025-03-12 09:00:00 +0100",
        "Hallberg Mobilität GmbH <no-reply@hallberg-mobilitaet.jobs.personio.de>",
        "Willkommen in unserem Talentpool",
        ("alert", HB, None, None, "personio", "de"),
        **{"with": 30},
        text="""Sehr geehrter Herr Reinholt,

vielen Dank, dass Sie der Aufnahme in unseren Talentpool zugestimmt haben. Wir speichern Ihr
Profil für 12 Monate und informieren Sie, sobald eine passende Stelle frei wird.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hallberg Mobilität GmbH
""",
    ),
]
