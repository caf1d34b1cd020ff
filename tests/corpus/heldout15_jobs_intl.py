"""Job mail of the fifteenth held-out corpus in French, Spanish and English (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST, GMT, BST = "+0100", "+0200", "+0000", "+0100"

ORV = "Orvanne"
CER = "Cerfontaine Industries"
ALT = "Grupo Altamar"
FID = "Fidelux Fund Services"
HAR = "Harcastle Capital"
BWH = "Bergwald Holding"
RIV = "Rivage Hôtels"
DEL = "Hélène Delorme <h.delorme@delorme-executive.fr>"
SSF = "SAP SuccessFactors <noreply@successfactors.eu>"

MAIL: list[dict[str, Any]] = [
    # 11 Orvanne (legal: Orvanne SA, brand "Groupe Orvanne"), Workday in French
    m(
        "15101",
        "2026-01-14 22:05",
        "Orvanne Recrutement <orvanne@myworkday.com>",
        "Confirmation de votre candidature",
        ("confirmation", ORV, "Directeur Administratif et Financier Europe", 11, "workday", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Madame,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Directeur Administratif et
Financier Europe (H/F)</b> – réf. R0019934 – au sein du Groupe Orvanne.</p>
<p>Votre dossier a bien été transmis à notre équipe de recrutement. Vous pouvez suivre
l'avancement de votre candidature depuis votre <a href="https://orvanne.wd3.myworkdayjobs.com/fr-FR/Orvanne/userHome">espace candidat</a>.</p>
<p>Bien cordialement,<br>La Direction des Talents<br>Orvanne SA</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "15102",
        "2026-02-05 09:40",
        "Camille Vasseur <camille.vasseur@orvanne.com>",
        "Votre candidature – DAF Europe",
        ("interview", ORV, "Directeur Administratif et Financier Europe", 11, "direct", "fr"),
        text="""Madame,

Suite à l'examen de votre candidature, nous souhaiterions vous proposer un premier entretien
en visioconférence avec Monsieur Bertrand Lacombe, Directeur Financier Groupe.

Seriez-vous disponible le jeudi 12 février à 16h00 ou le vendredi 13 février à 11h00 ?

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Camille Vasseur
Responsable Recrutement Cadres Dirigeants
Orvanne SA – 14 rue de la Boétie – 75008 Paris
""",
        tz=CET,
    ),
    m(
        "15103",
        "2026-02-05 15:18",
        "Camille Vasseur <camille.vasseur@orvanne.com>",
        "RE: Votre candidature – DAF Europe",
        ("interview", ORV, "Directeur Administratif et Financier Europe", 11, "direct", "fr"),
        text="""Parfait, c'est noté pour jeudi 16h. Je vous envoie l'invitation Teams dans la foulée.

Bien à vous,
Camille Vasseur
""",
        tz=CET,
        **reply("15102", "camille.vasseur@orvanne.com"),
        ics={
            "style": "outlook",
            "start": "2026-02-12 16:00:00 +0100",
            "minutes": 60,
            "organizer": ("Camille Vasseur", "camille.vasseur@orvanne.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000ORV1202",
            "summary": "Entretien B. Lacombe / K. Albrecht",
            "location": "Réunion Microsoft Teams",
        },
    ),
    m(
        "15104",
        "2026-02-26 17:50",
        "Camille Vasseur <camille.vasseur@orvanne.com>",
        "Suite de votre entretien",
        ("rejection", ORV, "Directeur Administratif et Financier Europe", 11, "direct", "fr"),
        text="""Madame,

Je tiens à vous remercier pour le temps que vous avez consacré à notre processus et pour la
qualité de votre échange avec Monsieur Lacombe, qui a particulièrement apprécié votre vision
de la transformation de la fonction finance.

Après mûre réflexion, nous avons toutefois décidé de poursuivre avec un profil disposant d'une
expérience plus étendue du marché français. Nous ne manquerons pas de revenir vers vous si une
opportunité correspondant davantage à votre parcours se présentait.

Bien cordialement,
Camille Vasseur
""",
        tz=CET,
    ),
    # 12 Cerfontaine Industries via Maison Delorme: confidential, named, ghosted after interview
    m(
        "15105",
        "2026-01-21 11:02",
        DEL,
        "Opportunité confidentielle – CFO groupe industriel familial",
        ("outreach", None, "CFO Groupe", None, "agency", "fr"),
        text="""Chère Madame,

Le cabinet Maison Delorme a été mandaté par un groupe industriel familial français (2,4 Md€ de
chiffre d'affaires, forte présence en Allemagne) pour le recrutement de son CFO Groupe.

Votre parcours franco-allemand et votre expérience des opérations de refinancement me semblent
particulièrement pertinents. Accepteriez-vous d'en discuter de façon confidentielle ?

Bien cordialement,
Hélène Delorme
Associée – Maison Delorme Executive Search
8 avenue Hoche, 75008 Paris
""",
        tz=CET,
    ),
    m(
        "15106",
        "2026-01-29 10:30",
        DEL,
        "RE: Opportunité confidentielle – CFO groupe industriel familial",
        ("interview", CER, "CFO Groupe", 12, "agency", "fr"),
        text="""Chère Madame,

Merci pour notre échange de mardi. Comme convenu, je peux désormais vous révéler le nom de
notre client : il s'agit de Cerfontaine Industries (holding : Financière Cerfontaine SAS).

Le Président, M. Antoine de Cerfontaine, souhaiterait vous rencontrer à Lyon le 9 février.
Son assistante, Mme Roux, prendra contact avec vous pour l'organisation.

Bien à vous,
Hélène Delorme
""",
        tz=CET,
        **reply("15105", "h.delorme@delorme-executive.fr"),
    ),
    m(
        "15107",
        "2026-01-30 09:12",
        "Sylvie Roux <assistante.presidence@financiere-cerfontaine.fr>",
        "Rendez-vous avec M. de Cerfontaine – 9 février",
        ("interview", CER, "CFO Groupe", 12, "direct", "fr"),
        text="""Madame,

À la demande de M. de Cerfontaine, je vous confirme votre rendez-vous le lundi 9 février à
14h30 à notre siège, 22 quai Perrache, 69002 Lyon. Un billet de train Francfort–Lyon peut être
réservé par nos soins si vous le souhaitez.

Bien cordialement,
Sylvie Roux
Assistante de la Présidence
""",
        tz=CET,
    ),
    m(
        "15108",
        "2026-02-10 08:25",
        "Sylvie Roux <assistante.presidence@financiere-cerfontaine.fr>",
        "Re: Rendez-vous avec M. de Cerfontaine – 9 février",
        ("interview", CER, "CFO Groupe", 12, "direct", "fr"),
        text="""Madame,

Bien reçu, merci. Ci-joint la note de frais signée, le remboursement interviendra sous 15 jours.

Cordialement,
Sylvie Roux
""",
        tz=CET,
        attach=[("note_de_frais_signee.txt", "text/plain", "Note de frais - K. Albrecht\n")],
        **reply("15107", "assistante.presidence@financiere-cerfontaine.fr"),
    ),
    m(
        "15109",
        "2026-02-20 18:40",
        DEL,
        "Point d'étape",
        ("interview", CER, "CFO Groupe", 12, "agency", "fr"),
        text="""Chère Madame,

Un petit mot pour vous dire que le retour de M. de Cerfontaine est très positif. Le conseil de
surveillance se réunit début mars ; je reviens vers vous dès que j'ai des nouvelles sur le
calendrier du second tour.

Bien à vous,
Hélène
""",
        tz=CET,
    ),
    # 13 Grupo Altamar (legal: Altamar Infraestructuras S.A.), Madrid
    m(
        "15110",
        "2026-01-27 12:15",
        "Lucía Ferrer <lferrer@altamar-infra.es>",
        "Proceso Director/a Financiero/a Europa Central",
        ("interview", ALT, "Director Financiero Europa Central", 13, "direct", "es"),
        text="""Estimada Sra. Albrecht:

Muchas gracias por su candidatura a la posición de Director/a Financiero/a para Europa Central,
con base en Frankfurt y reporte al CFO del Grupo en Madrid.

Nos gustaría mantener una primera entrevista por Teams con nuestro CFO, D. Álvaro Quintana, y
conmigo. ¿Le vendría bien el martes 3 de febrero a las 10:00 (hora de Madrid)? Le pediríamos
que parte de la conversación fuera en inglés.

Un cordial saludo,
Lucía Ferrer
Directora de Personas – Grupo Altamar
Altamar Infraestructuras, S.A. · Paseo de la Castellana 95, Madrid
""",
        tz=CET,
    ),
    m(
        "15111",
        "2026-01-27 17:45",
        "Lucía Ferrer <lferrer@altamar-infra.es>",
        "RE: Proceso Director/a Financiero/a Europa Central",
        ("interview", ALT, "Director Financiero Europa Central", 13, "direct", "es"),
        text="""Perfecto, le envío la convocatoria. ¡Hasta el martes!

Lucía
""",
        tz=CET,
        **reply("15110", "lferrer@altamar-infra.es"),
        ics={
            "style": "outlook",
            "start": "2026-02-03 10:00:00 +0100",
            "minutes": 60,
            "organizer": ("Lucía Ferrer", "lferrer@altamar-infra.es"),
            "uid": "040000008200E00074C5B7101A82E00800000000ALT0302",
            "summary": "Entrevista K. Albrecht – A. Quintana / L. Ferrer",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    m(
        "15112",
        "2026-02-02 19:05",
        "Lucía Ferrer <lferrer@altamar-infra.es>",
        "Cambio de hora – entrevista mañana",
        ("interview", ALT, "Director Financiero Europa Central", 13, "direct", "es"),
        text="""Estimada Katharina:

Disculpe el cambio de última hora: Álvaro tiene un comité a las 10:00. ¿Podríamos pasar la
entrevista a las 12:30, mismo enlace? Le actualizo la invitación.

Gracias y un saludo,
Lucía
""",
        tz=CET,
        ics={
            "style": "outlook",
            "start": "2026-02-03 12:30:00 +0100",
            "minutes": 60,
            "sequence": 1,
            "organizer": ("Lucía Ferrer", "lferrer@altamar-infra.es"),
            "uid": "040000008200E00074C5B7101A82E00800000000ALT0302",
            "summary": "Entrevista K. Albrecht – A. Quintana / L. Ferrer",
            "location": "Reunión de Microsoft Teams",
        },
    ),
    m(
        "15113",
        "2026-02-25 13:30",
        "Lucía Ferrer <lferrer@altamar-infra.es>",
        "Resolución del proceso",
        ("rejection", ALT, "Director Financiero Europa Central", 13, "direct", "es"),
        text="""Estimada Katharina:

Quería agradecerle personalmente su tiempo y la excelente conversación con Álvaro. Su perfil
nos ha parecido muy sólido.

Finalmente hemos decidido cubrir la posición con un candidato interno que ya conoce bien
nuestras concesiones en Polonia y Chequia. Lamentamos no poder darle una respuesta positiva
esta vez.

Le deseo mucho éxito.
Un abrazo,
Lucía Ferrer
""",
        tz=CET,
    ),
    # 14 Fidelux Fund Services, Luxembourg, SuccessFactors: confirmation, online test, interview, on hold
    m(
        "15114",
        "2026-01-31 10:14",
        SSF,
        "Fidelux – Application received: Chief Financial Officer (Luxembourg)",
        ("confirmation", FID, "Chief Financial Officer", 14, "other", "en"),
        text="""Dear Katharina,

Thank you for applying for the position of Chief Financial Officer (Job Req ID 11803) at
Fidelux Fund Services S.A., Luxembourg.

We will carefully review your application and come back to you as soon as possible.

Kind regards,
Fidelux HR

This is an automatically generated message from SAP SuccessFactors. Please do not reply.
""",
        tz=CET,
    ),
    m(
        "15115",
        "2026-02-11 09:00",
        "Fidelux HR <recruitment@fidelux.lu>",
        "Next step – online assessment",
        ("assessment", FID, "Chief Financial Officer", 14, "direct", "en"),
        text="""Dear Ms Albrecht,

As part of our selection process for senior positions, we ask shortlisted candidates to
complete a short set of online questionnaires (numerical reasoning and work-style
preferences) provided by SHL. You will receive a separate e-mail with your personal link.

Please complete both questionnaires by 18 February.

Kind regards,
Anne Schmit
HR Business Partner – Fidelux Fund Services S.A.
""",
        tz=CET,
    ),
    m(
        "15116",
        "2026-02-11 09:02",
        "SHL <noreply@shl.com>",
        "Your assessment invitation from Fidelux Fund Services",
        ("assessment", FID, "Chief Financial Officer", 14, "other", "en"),
        text="""Dear Katharina Albrecht,

Fidelux Fund Services has invited you to complete the following assessments:

- Verify Interactive – Numerical Reasoning (approx. 18 minutes)
- OPQ32r Occupational Personality Questionnaire (approx. 25 minutes)

Start here: https://candidate.shl.com/login?token=FDX-7Q2H-11803
Deadline: 18 February 2026, 23:59 CET
""",
        tz=CET,
    ),
    m(
        "15117",
        "2026-02-24 14:45",
        "Anne Schmit <recruitment@fidelux.lu>",
        "Interview with our Conducting Officers",
        ("interview", FID, "Chief Financial Officer", 14, "direct", "en"),
        text="""Dear Ms Albrecht,

Thank you for completing the assessments. We are pleased to invite you to an interview with
our CEO, Mr Marc Weber, and our Conducting Officer for Risk, Ms Joëlle Hoffmann, on Wednesday
4 March at 14:00 at our offices, 12 rue Eugène Ruppert, Luxembourg-Cloche d'Or.

Kind regards,
Anne Schmit
""",
        tz=CET,
    ),
    m(
        "15118",
        "2026-03-03 17:30",
        "Anne Schmit <recruitment@fidelux.lu>",
        "Cancelled: Interview K. Albrecht – 4 March",
        ("interview", FID, "Chief Financial Officer", 14, "direct", "en"),
        text="""Dear Ms Albrecht,

I am very sorry for the short notice: due to an urgent CSSF matter Mr Weber cannot attend
tomorrow. We need to cancel the meeting and will propose a new date shortly.

Apologies,
Anne
""",
        tz=CET,
        ics={
            "style": "outlook",
            "method": "CANCEL",
            "start": "2026-03-04 14:00:00 +0100",
            "minutes": 90,
            "organizer": ("Anne Schmit", "recruitment@fidelux.lu"),
            "uid": "040000008200E00074C5B7101A82E00800000000FDX0403",
            "summary": "Interview K. Albrecht – M. Weber / J. Hoffmann",
            "location": "Fidelux, 12 rue Eugène Ruppert, Luxembourg",
        },
    ),
    m(
        "15119",
        "2026-03-13 11:10",
        "Anne Schmit <recruitment@fidelux.lu>",
        "CFO position – update",
        ("confirmation", FID, "Chief Financial Officer", 14, "direct", "en"),
        st="on_hold",
        text="""Dear Ms Albrecht,

I wanted to let you know where things stand. Following a change in our shareholder structure,
the Board has decided to pause the CFO recruitment until the transaction has closed, which we
expect in the third quarter. We would very much like to resume our conversations then.

Thank you for your patience and understanding.

Kind regards,
Anne Schmit
""",
        tz=CET,
    ),
    # 15 Harcastle Capital, London: InMail from an in-house recruiter, then applied, then rejection
    m(
        "15120",
        "2026-01-16 15:20",
        "Oliver Pryce via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Finance Director role at Harcastle – quick chat?",
        ("outreach", HAR, "Finance Director", None, "linkedin", "en"),
        html="""<html><body>
<p>Hi Katharina,</p>
<p>I lead talent acquisition at Harcastle Capital, a mid-market private-equity firm in London. We're
hiring a Finance Director to own fund accounting, investor reporting and our new Frankfurt
office's finances. Your background at the intersection of corporate finance and German
Mittelstand looked like a strong fit.</p>
<p>If it sounds interesting, you can apply here and I'll make sure the team sees it:
https://harcastle.com/careers/finance-director</p>
<p>Oliver</p>
<p style="font-size:11px;color:#666">Oliver Pryce · Head of Talent, Harcastle Capital LLP<br>
This is an InMail from LinkedIn Recruiter. <a href="https://www.linkedin.com/messaging/">Reply</a></p>
</body></html>""",
        tz=GMT,
    ),
    m(
        "15121",
        "2026-01-19 08:20",
        "Harcastle Capital <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Harcastle Capital",
        ("confirmation", HAR, "Finance Director", 15, "greenhouse", "en"),
        text="""Hi Katharina,

Thank you for your interest in Harcastle Capital! We've received your application for the
Finance Director (London / Frankfurt) position and will be in touch if your experience is a
fit for the role.

Best,
Harcastle Capital Talent Team
""",
        tz=GMT,
    ),
    m(
        "15122",
        "2026-01-28 12:04",
        "Oliver Pryce <oliver.pryce@harcastle.com>",
        "Harcastle – interview with Sarah and James",
        ("interview", HAR, "Finance Director", 15, "direct", "en"),
        text="""Hi Katharina,

Great to connect. Sarah Whitlock (CFO) and James Ogunleye (COO) would like to meet you on
Zoom. You can pick a time that suits here: https://app.goodtime.io/schedule/harcastle/kalbrecht

Cheers,
Oliver
""",
        tz=GMT,
    ),
    m(
        "15123",
        "2026-02-13 16:30",
        "Oliver Pryce <oliver.pryce@harcastle.com>",
        "Following up",
        ("rejection", HAR, "Finance Director", 15, "direct", "en"),
        text="""Hi Katharina,

Thanks so much for taking the time to speak with Sarah and James – they really enjoyed the
conversation and were impressed by your depth on refinancing.

Having reflected on where the firm is right now, they've decided to go with someone who has
run fund administration at a PE house before. I know that's disappointing to hear, and I'm
sorry it's not better news.

I'd love to stay in touch.
Oliver
""",
        tz=GMT,
    ),
    # 16 Bergwald Holding AG, Zurich, Taleo: confirmation, quick rejection
    m(
        "15124",
        "2026-02-02 21:30",
        "Bergwald Recruiting <bergwald@taleo.net>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", BWH, "Group CFO", 16, "taleo", "de"),
        text="""Sehr geehrte Frau Albrecht

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Group CFO (Referenz 2600119) bei der
Bergwald Holding AG in Zürich.

Freundliche Grüsse
HR Recruiting Center Bergwald
""",
        tz=CET,
    ),
    m(
        "15125",
        "2026-02-09 08:05",
        "Bergwald Recruiting <bergwald@taleo.net>",
        "Ihre Bewerbung – Referenz 2600119",
        ("rejection", BWH, "Group CFO", 16, "taleo", "de"),
        text="""Sehr geehrte Frau Albrecht

Besten Dank für Ihr Interesse an der Bergwald Holding AG. Wir haben Ihre Unterlagen mit
grossem Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht
weiter berücksichtigen können.

Wir wünschen Ihnen viel Erfolg.

Freundliche Grüsse
HR Recruiting Center Bergwald
""",
        tz=CET,
    ),
    # 17 Rivage Hôtels (legal: Société des Hôtels Rivage SA), Paris: interview, then her withdrawal confirmed
    m(
        "15126",
        "2026-02-16 10:00",
        "Recrutement Rivage <recrutement@rivage.teamtailor-mail.com>",
        "Merci pour votre candidature !",
        ("confirmation", RIV, "Directrice Financière", 17, "teamtailor", "fr"),
        html="""<html><body><p>Bonjour Katharina,</p>
<p>Merci d'avoir postulé au poste de <b>Directrice Financière / Directeur Financier</b> chez Rivage Hôtels. Nous avons bien reçu votre candidature et revenons vers vous très vite.</p>
<p>L'équipe Rivage</p></body></html>""",
        tz=CET,
    ),
    m(
        "15127",
        "2026-02-24 16:20",
        "Maëlle Guérin <maelle.guerin@hotels-rivage.fr>",
        "Entretien – Direction Financière",
        ("interview", RIV, "Directrice Financière", 17, "direct", "fr"),
        text="""Bonjour Madame Albrecht,

Notre Directeur Général, M. Olivier Brun, aimerait vous rencontrer. Seriez-vous disponible
pour un déjeuner à Paris le 10 mars ?

Belle journée,
Maëlle Guérin
Talent Acquisition – Société des Hôtels Rivage SA
""",
        tz=CET,
    ),
    m(
        "15128",
        "2026-03-19 09:30",
        "Maëlle Guérin <maelle.guerin@hotels-rivage.fr>",
        "Re: Entretien – Direction Financière",
        ("confirmation", RIV, "Directrice Financière", 17, "direct", "fr"),
        st="withdrawn",
        text="""Bonjour Katharina,

Merci pour votre message honnête. Nous prenons bonne note du retrait de votre candidature et
vous souhaitons plein succès dans vos nouvelles fonctions. Olivier vous transmet ses
félicitations.

Belle continuation,
Maëlle
""",
        tz=CET,
        **reply("15127", "maelle.guerin@hotels-rivage.fr"),
    ),
    # alerts and outreach
    m(
        "15129",
        "2026-01-10 08:00",
        "APEC <ne-pas-repondre@apec.fr>",
        "Vos nouvelles offres : Directeur financier – Île-de-France",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour,</p><p>12 nouvelles offres correspondent à votre alerte « Directeur financier ».</p>
<ul><li>DAF groupe (H/F) – Vendôme Distribution – Paris 8e</li><li>CFO International (H/F) – Lumen Pharma – Lyon</li></ul>
<p><a href="https://www.apec.fr/candidat/mon-espace/mes-alertes.html">Gérer mes alertes</a></p></body></html>""",
        tz=CET,
    ),
    m(
        "15130",
        "2026-02-21 08:00",
        "jobs.ch <noreply@jobs.ch>",
        "Neue Stellen für Sie: CFO, Zürich",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Grüezi Katharina</p><p>Wir haben 7 neue Stellen für Ihr Suchabo gefunden:</p>
<ul><li>CFO – Limmat Energie AG, Baden</li><li>Head of Finance – Uetli Medtech, Zürich</li></ul>
<p><a href="https://www.jobs.ch/de/suchabos/">Suchabo bearbeiten</a></p></body></html>""",
        tz=CET,
    ),
    m(
        "15131",
        "2026-03-02 07:15",
        "Michael Page <no-reply@michaelpage.co.uk>",
        "Roles you may be interested in – Finance Director",
        ("alert", None, None, None, "agency", "en"),
        html="""<html><body><p>Dear Katharina,</p><p>Based on your profile, here are new Finance Director opportunities:</p>
<ul><li>Finance Director – Consumer Goods – London – £180k</li><li>CFO – PE-backed SaaS – Manchester</li></ul></body></html>""",
        tz=GMT,
    ),
    m(
        "15132",
        "2026-04-21 14:00",
        "Inés Robles <ines.robles@hunterandfield.es>",
        "Oportunidad CFO – grupo hotelero internacional",
        ("outreach", None, "CFO", None, "agency", "es"),
        text="""Estimada Sra. Albrecht:

Desde Hunter & Field estamos acompañando a un grupo hotelero con sede en Palma en la búsqueda
de su CFO, con el reto de una posible salida a bolsa en Fráncfort. Su perfil encaja muy bien.
¿Tendría 20 minutos esta semana o la próxima?

Saludos cordiales,
Inés Robles
Senior Partner – Hunter & Field Executive Search, Madrid
""",
        tz=CEST,
    ),
    m(
        "15133",
        "2026-06-18 09:45",
        DEL,
        "Cerfontaine – clôture du mandat",
        ("other_job", CER, "CFO Groupe", None, "agency", "fr"),
        text="""Chère Katharina,

Je voulais vous informer que la mission Cerfontaine a été clôturée. Félicitations encore pour
votre nomination chez Vantera, dont j'ai appris la nouvelle dans la presse. Au plaisir de
vous recroiser à Paris ou Francfort.

Hélène
""",
        tz=CEST,
    ),
]

SEE = "Bankhaus Seefeld"
MOS = "Moselle Re"
THB = "Thornbury Foods"
LIM = "Limmat Energie"

MAIL += [
    # 18 Bankhaus Seefeld AG, Zurich, via Indeed: confirmation only (ghosted)
    m(
        "15140",
        "2026-02-08 20:12",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: Leiter/in Finanzen & Risiko (CFO)",
        ("confirmation", SEE, "Leiter/in Finanzen & Risiko (CFO)", 18, "indeed", "de"),
        html="""<html><body><p><b>Ihre Bewerbung wurde gesendet</b></p>
<p>Leiter/in Finanzen &amp; Risiko (CFO)<br>Bankhaus Seefeld AG – Zürich</p>
<p>Die folgenden Unterlagen wurden an den Arbeitgeber gesendet: Lebenslauf_Albrecht_2026.pdf</p>
<p><a href="https://ch.indeed.com/myjobs">Meine Jobs</a></p>
<p style="font-size:11px">Indeed Ireland Operations Ltd.</p></body></html>""",
        tz=CET,
    ),
    m(
        "15141",
        "2026-02-22 10:00",
        "Indeed <donotreply@indeed.com>",
        "Haben Sie von Bankhaus Seefeld AG gehört?",
        ("other_job", SEE, "Leiter/in Finanzen & Risiko (CFO)", None, "indeed", "de"),
        html="""<html><body><p>Hallo Katharina,</p>
<p>Sie haben sich vor 2 Wochen als Leiter/in Finanzen &amp; Risiko (CFO) beworben. Hat sich der Arbeitgeber bei Ihnen gemeldet?</p>
<p><a href="https://ch.indeed.com/survey?a=yes">Ja</a> · <a href="https://ch.indeed.com/survey?a=no">Nein</a></p></body></html>""",
        tz=CET,
    ),
    # 19 Moselle Re (legal: Moselle Réassurance S.A.), Luxembourg, Workday in French: late rejection
    m(
        "15142",
        "2026-02-19 08:30",
        "Moselle Réassurance <moselle@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", MOS, "Chief Financial Officer", 19, "workday", "fr"),
        text="""Bonjour Katharina,

Merci de l'intérêt que vous portez à Moselle Re. Votre candidature au poste de Chief
Financial Officer (JR-1177) a bien été enregistrée.

L'équipe Ressources Humaines
Moselle Réassurance S.A. – Luxembourg
""",
        tz=CET,
    ),
    m(
        "15143",
        "2026-04-29 14:10",
        "Moselle Réassurance <moselle@myworkday.com>",
        "Votre candidature JR-1177",
        ("rejection", MOS, "Chief Financial Officer", 19, "workday", "fr"),
        text="""Bonjour Katharina,

Nous vous remercions sincèrement pour votre candidature et pour votre patience. Votre parcours a
retenu toute notre attention.

Nous sommes toutefois au regret de vous informer que nous avons retenu une autre candidature
pour ce poste.

Nous vous souhaitons une excellente continuation.

L'équipe Ressources Humaines
""",
        tz=CEST,
    ),
    # 20 Thornbury Foods, London, Workable: phone screen, then candidate-initiated stop via rejection later
    m(
        "15144",
        "2026-01-20 11:45",
        "Thornbury Foods <noreply@candidates.workablemail.com>",
        "Thanks for applying to Thornbury Foods",
        ("confirmation", THB, "Finance Director, Continental Europe", 20, "workable", "en"),
        text="""Hi Katharina,

Thanks for your application for the Finance Director, Continental Europe position. Our hiring
team is reviewing applications and will get back to you soon.

Thornbury Foods Hiring Team
""",
        tz=GMT,
    ),
    m(
        "15145",
        "2026-01-27 16:00",
        "Priya Malhotra <priya@thornburyfoods.co.uk>",
        "Quick call?",
        ("interview", THB, "Finance Director, Continental Europe", 20, "direct", "en"),
        text="""Hi Katharina,

Thanks for applying. I'd love to have a 30-minute phone screen before we put you in front of
our CFO. Does Thursday at 9am UK time work?

Priya
--
Priya Malhotra | People Partner
Thornbury Foods Ltd | thornburyfoods.co.uk
""",
        tz=GMT,
    ),
    m(
        "15146",
        "2026-01-27 18:30",
        "Priya Malhotra <priya@thornburyfoods.co.uk>",
        "Re: Quick call?",
        ("interview", THB, "Finance Director, Continental Europe", 20, "direct", "en"),
        text="""Lovely – Thursday 9am UK it is, I'll call your mobile.

P.
""",
        tz=GMT,
        **reply("15145", "priya@thornburyfoods.co.uk"),
    ),
    m(
        "15147",
        "2026-02-04 12:20",
        "Thornbury Foods <noreply@candidates.workablemail.com>",
        "Your application at Thornbury Foods",
        ("rejection", THB, "Finance Director, Continental Europe", 20, "workable", "en"),
        text="""Hi Katharina,

Thank you for speaking with us about the Finance Director, Continental Europe role. We really
appreciated your time and insight.

Unfortunately we won't be moving forward with your application at this time, as we've decided
the role needs to be based in our Rotterdam hub full-time.

We wish you all the best in your search.

Thornbury Foods Hiring Team
""",
        tz=GMT,
    ),
    # 21 Limmat Energie AG (from the jobs.ch alert), SuccessFactors in German: confirmation, assessment invite, then on to rejection
    m(
        "15148",
        "2026-02-23 22:10",
        SSF,
        "Limmat Energie AG: Bestätigung Ihrer Bewerbung",
        ("confirmation", LIM, "CFO", 21, "other", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht

Vielen Dank für Ihre Bewerbung als CFO (Stellen-ID 5520) bei der Limmat Energie AG in Baden.
Wir prüfen Ihre Unterlagen und melden uns in den nächsten Wochen bei Ihnen.

Freundliche Grüsse
Human Resources Limmat Energie AG
""",
        tz=CET,
    ),
    m(
        "15149",
        "2026-03-09 09:30",
        "Reto Ammann <reto.ammann@limmat-energie.ch>",
        "Ihre Kandidatur CFO – Gespräch mit dem CEO",
        ("interview", LIM, "CFO", 21, "direct", "de"),
        text="""Sehr geehrte Frau Dr. Albrecht

Gerne laden wir Sie zu einem ersten Gespräch mit unserem CEO, Herrn Dr. Urs Vogt, und mir ein.
Vorschlag: Montag, 23. März, 14:00 Uhr in Baden. Reisekosten übernehmen wir selbstverständlich.

Freundliche Grüsse
Reto Ammann
Leiter HR, Limmat Energie AG
""",
        tz=CET,
    ),
    m(
        "15150",
        "2026-03-19 08:10",
        "Reto Ammann <reto.ammann@limmat-energie.ch>",
        "AW: Ihre Kandidatur CFO – Gespräch mit dem CEO",
        ("confirmation", LIM, "CFO", 21, "direct", "de"),
        st="withdrawn",
        text="""Sehr geehrte Frau Dr. Albrecht

Besten Dank für Ihre Mitteilung. Wir bedauern Ihren Rückzug, verstehen ihn aber natürlich und
gratulieren herzlich. Den Termin vom 23. März haben wir annulliert.

Freundliche Grüsse
Reto Ammann
""",
        tz=CET,
        **reply("15149", "reto.ammann@limmat-energie.ch"),
    ),
    # more alerts, outreach, other_job
    m(
        "15151",
        "2026-03-16 08:00",
        "APEC <ne-pas-repondre@apec.fr>",
        "Vos nouvelles offres : Directeur financier – Île-de-France",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour,</p><p>8 nouvelles offres correspondent à votre alerte.</p>
<ul><li>Directeur Financier (H/F) – Maison Verlaine – Paris 9e</li><li>CFO Europe (H/F) – Groupe Ternois – Lille</li></ul></body></html>""",
        tz=CET,
    ),
    m(
        "15152",
        "2026-04-13 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„CFO“: 11 neue Jobs in Frankfurt am Main",
        ("alert", None, None, None, "linkedin", "de"),
        html="""<html><body><ul><li>CFO (m/w/d) – Taunus Kliniken · Bad Homburg</li><li>Chief Financial Officer – Mainfeld Logistics · Hanau</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=CFO">Alle Jobs anzeigen</a></p></body></html>""",
        tz=CEST,
    ),
    m(
        "15153",
        "2026-04-14 10:30",
        "Infojobs <alertas@infojobs.net>",
        "Nuevas ofertas: Director Financiero en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body><p>Hola Katharina,</p><p>Tenemos 6 nuevas ofertas para tu alerta «Director Financiero».</p>
<ul><li>Director/a Financiero/a – Grupo Peñalara – Madrid</li><li>CFO – Solaria Norte – Bilbao</li></ul></body></html>""",
        tz=CEST,
    ),
    m(
        "15154",
        "2026-05-04 07:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Orvanne is hiring: Directeur Financier Allemagne",
        ("alert", ORV, None, None, "linkedin", "en"),
        html="""<html><body><p>Katharina, a company you follow is hiring</p>
<p><b>Directeur Financier Allemagne (H/F)</b> · Orvanne · Frankfurt am Main</p>
<p><a href="https://www.linkedin.com/jobs/view/4190331023/">See job</a></p></body></html>""",
        tz=CEST,
    ),
    m(
        "15155",
        "2026-05-27 11:20",
        "Anne Schmit <recruitment@fidelux.lu>",
        "CFO recruitment – resuming",
        ("interview", FID, "Chief Financial Officer", 14, "direct", "en"),
        text="""Dear Ms Albrecht,

Good news: the transaction has closed earlier than expected and the Board has asked us to
resume the CFO process. Would you be available to meet Mr Weber in Luxembourg in the week of
8 June?

Kind regards,
Anne Schmit
""",
        tz=CEST,
    ),
    m(
        "15156",
        "2026-05-29 09:00",
        "Anne Schmit <recruitment@fidelux.lu>",
        "RE: CFO recruitment – resuming",
        ("confirmation", FID, "Chief Financial Officer", 14, "direct", "en"),
        st="withdrawn",
        text="""Dear Ms Albrecht,

Thank you for your kind reply, and congratulations on your appointment. We have closed your
application accordingly. All the best for the new role.

Kind regards,
Anne
""",
        tz=CEST,
        **reply("15155", "recruitment@fidelux.lu"),
    ),
    m(
        "15157",
        "2026-06-09 15:40",
        "Thibault Marchand <t.marchand@egonvale.com>",
        "Conseil d'administration – poste d'administratrice indépendante",
        (
            "outreach",
            None,
            "Administratrice indépendante (présidente du comité d'audit)",
            None,
            "agency",
            "fr",
        ),
        text="""Madame,

Le cabinet Egonvale accompagne une ETI cotée sur Euronext Paris dans la recherche d'une
administratrice indépendante appelée à présider son comité d'audit. Votre expérience de CFO et
votre parfaite maîtrise du français en font une candidate idéale. Seriez-vous ouverte à un échange ?

Bien respectueusement,
Thibault Marchand
Egonvale – Board Practice
""",
        tz=CEST,
    ),
]

MAIL += [
    m(
        "15160",
        "2026-06-15 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201eFinance Director\u201c: 6 neue Jobs in Luxemburg",
        ("alert", None, None, None, "linkedin", "de"),
        html="""<html><body><ul><li>CFO – Kirchberg Asset Servicing · Luxembourg</li><li>Head of Finance – Alzette Insurance · Strassen</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=Finance%20Director">Alle Jobs anzeigen</a></p>
<p style="font-size:11px">Sie können diese Jobbenachrichtigung jederzeit deaktivieren.</p></body></html>""",
        tz=CEST,
    ),
    m(
        "15161",
        "2026-03-02 16:45",
        "Camille Vasseur <camille.vasseur@orvanne.com>",
        "Votre avis compte",
        ("other_job", ORV, None, None, "direct", "fr"),
        text="""Madame,

Afin d'améliorer l'expérience de nos candidats, nous vous serions reconnaissants de bien vouloir
répondre à ce court questionnaire (2 minutes) sur le processus de recrutement auquel vous avez
participé : https://orvanne.qualtrics.com/jfe/form/SV_candidats

Merci d'avance,
La Direction des Talents – Orvanne SA
""",
        tz=CET,
    ),
    m(
        "15162",
        "2026-01-17 09:00",
        "Glassdoor <noreply@glassdoor.com>",
        "Katharina, 8 new Finance Director jobs in London",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body><p>Jobs picked for you</p><ul><li>Finance Director – Harcastle Capital – London – 4.2★</li><li>Group Financial Controller – Britannic Grid – London</li></ul></body></html>""",
        tz=GMT,
    ),
    m(
        "15163",
        "2026-05-20 10:10",
        "Friederike Stein <f.stein@steinheller.ch>",
        "Alpenrand – kurzer Zwischenstand",
        ("confirmation", "Alpenrand Versicherungen", "CFO Schweiz", 6, "agency", "de"),
        st="on_hold",
        text="""Sehr geehrte Frau Dr. Albrecht

Ich habe gelesen, dass Sie zu Vantera wechseln – herzliche Gratulation! Der Vollständigkeit
halber: Bei Alpenrand ruht das Verfahren weiterhin, eine Entscheidung des Verwaltungsrats steht
noch aus. Ich gehe davon aus, dass ich Sie nicht mehr berücksichtigen soll, warte aber gern
Ihre Bestätigung ab.

Freundliche Grüsse
Friederike Stein
""",
        tz=CEST,
    ),
]
