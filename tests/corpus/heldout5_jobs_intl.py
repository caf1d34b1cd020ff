"""Fifth held-out corpus: applications 25-45 (mostly German, Spanish and Portuguese mail, a few
French and English) and German / Spanish / Portuguese job mail that belongs to no application.
Hand-written; employers, people and employer domains are invented. Not for tuning."""

from __future__ import annotations

from heldout3_util import m, reply

HAL = ("Hallmann Antriebstechnik", "Werkstudent Elektrotechnik (m/w/d)")
BRE = ("Brenner Fahrzeugtechnik", "Trainee Produktion (m/w/d)")
ALP = ("Alpwerk", "Praktikum Konstruktion Maschinenbau (m/w/d)")
DON = ("Donautec", "Trainee Technik / Produktion (m/w/d)")
FUC = ("Fuchsbau Studio", "Junior UX Researcher (m/w/d)")
KES = ("Kessler Automation", "Ingenieur Elektrotechnik – Berufseinstieg (m/w/d)")
WEN = ("Wendel Mess- und Regeltechnik", "Absolventenprogramm Engineering (m/w/d)")
HOL = ("Holzmann Systems", "Werkstudent Produktentwicklung (m/w/d)")
IBE = ("Ibérica de Turbinas", "Becario de Ingeniería – Mantenimiento")
ALM = ("Almazara Energía", "Programa de Graduados – Ingeniería Eléctrica")
NAV = ("Navalia Offshore", "Prácticas Ingeniería Mecánica")
TEJ = ("Tejo Sistemas", "Estágio em Engenharia Mecânica")
LUS = ("Lusomotor", "Trainee Engenharia de Produção")
SER = ("Serra Azul Equipamentos", "Estágio em Engenharia Elétrica")
VOL = ("Volterra Automação", "Programa de Trainee 2026 – Engenharia")
PIT = ("Pitanga UX", "UX Researcher Júnior")
CIE = ("Cierzo Robotics", "Ingeniero/a de Diseño Junior")
OBE = ("Oberland Kabelwerke", "Werkstudent Elektrotechnik – Prüffeld (m/w/d)")
NUM = ("Atelier Numa", "UX Researcher Junior (CDI)")
ALD = ("Alderbank Power", "Graduate Software & Controls Engineer")
VAL = ("Horlogerie Valnoire", "Stagiaire ingénieur méthodes")


def a(cat: str, job: tuple[str, str], app: int, source: str, lang: str) -> tuple:
    return (cat, job[0], job[1], app, source, lang)


MAIL = [
    # ---- 25: Hallmann Antriebstechnik, softgarden -----------------------------------------
    m(
        "hal-conf",
        "2025-03-06 14:11",
        "Hallmann Antriebstechnik GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung als Werkstudent Elektrotechnik (m/w/d)",
        a("confirmation", HAL, 25, "other", "de"),
        html="""<html><body>
<p>Sehr geehrter Herr Ferreira,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Werkstudent Elektrotechnik (m/w/d)</b> am Standort
Heilbronn und das damit verbundene Interesse an der Hallmann Antriebstechnik GmbH.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden
uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Hallmann Antriebstechnik GmbH</p>
<p style="font-size:10px">Hallmann Antriebstechnik GmbH · Sitz Heilbronn · Amtsgericht Stuttgart HRB 000000
· Geschäftsführer: Dr. Rainer Hallmann</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "hal-itw",
        "2025-03-20 10:44",
        "Sabine Kröger <sabine.kroeger@hallmann-antriebe.de>",
        "Einladung zum Vorstellungsgespräch – Werkstudent Elektrotechnik",
        a("interview", HAL, 25, "direct", "de"),
        text="""Sehr geehrter Herr Ferreira,

Ihre Bewerbung hat uns gefallen, und wir würden Sie gern näher kennenlernen. Wir laden Sie
herzlich zu einem Gespräch per Microsoft Teams ein:

Mittwoch, 26. März 2025, 13:30 – 14:15 Uhr
Gesprächspartner: Herr Tobias Wendt (Teamleiter Leistungselektronik) und ich

Da die Stelle vor Ort in Heilbronn angesiedelt ist, würden wir im Gespräch auch klären,
ab wann ein Umzug für Sie möglich wäre.

Mit freundlichen Grüßen

Sabine Kröger
Personalreferentin
Hallmann Antriebstechnik GmbH
""",
        tz="+0100",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000HAL26",
            "start": "2025-03-26 13:30:00 +0100",
            "minutes": 45,
            "organizer": ("Sabine Kröger", "sabine.kroeger@hallmann-antriebe.de"),
            "attendees": [("Tobias Wendt", "tobias.wendt@hallmann-antriebe.de")],
            "summary": "Vorstellungsgespräch Herr Ferreira – Werkstudent ET",
            "location": "Microsoft Teams-Besprechung",
            "style": "outlook",
        },
    ),
    m(
        "hal-rej",
        "2025-04-07 16:02",
        "Sabine Kröger <sabine.kroeger@hallmann-antriebe.de>",
        "Ihre Bewerbung",
        a("rejection", HAL, 25, "direct", "de"),
        text="""Sehr geehrter Herr Ferreira,

nochmals vielen Dank für das angenehme Gespräch. Ihr Hintergrund und Ihre Motivation haben
Herrn Wendt und mich durchaus überzeugt.

Nach reiflicher Überlegung haben wir uns jedoch für andere Bewerber entschieden, die bereits
an einer deutschen Hochschule eingeschrieben sind – eine Voraussetzung für die
Werkstudententätigkeit, die wir im Gespräch leider erst spät geklärt haben.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Sabine Kröger
""",
    ),
    # ---- 26: Brenner Fahrzeugtechnik, SuccessFactors ----------------------------------------
    m(
        "bre-conf",
        "2025-04-03 22:18",
        "Brenner Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Trainee Produktion (m/w/d)",
        a("confirmation", BRE, 26, "other", "de"),
        text="""Sehr geehrter Herr Ferreira,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Trainee Produktion (m/w/d),
Stellen-ID 31877, bei der Brenner Fahrzeugtechnik GmbH.

Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.

Freundliche Grüße
Brenner Fahrzeugtechnik – Talent Acquisition
""",
    ),
    m(
        "bre-rej",
        "2025-05-02 08:15",
        "Brenner Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung bei Brenner Fahrzeugtechnik",
        a("rejection", BRE, 26, "other", "de"),
        text="""Sehr geehrter Herr Ferreira,

vielen Dank für Ihr Interesse an unserem Traineeprogramm und die Zeit, die Sie in Ihre
Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht
berücksichtigen können. Bitte verstehen Sie, dass wir aufgrund der Vielzahl an Bewerbungen
keine individuellen Gründe nennen.

Gerne nehmen wir Sie in unseren Talentpool auf, sofern Sie dem zustimmen.

Freundliche Grüße
Brenner Fahrzeugtechnik – Talent Acquisition
""",
    ),
    # ---- 27: Alpwerk (CH), d.vinci, Zoom, rejection ----------------------------------------
    m(
        "alp-conf",
        "2025-04-14 11:36",
        "Alpwerk AG <bewerbung@alpwerk.dvinci-hr.com>",
        "Bestätigung: Ihre Bewerbung bei der Alpwerk AG",
        a("confirmation", ALP, 27, "other", "de"),
        text="""Guten Tag Herr Ferreira

Besten Dank für Ihre Bewerbung als Praktikant Konstruktion Maschinenbau (m/w/d) in
Winterthur. Ihre Unterlagen sind bei uns eingetroffen.

Wir prüfen Ihr Dossier und melden uns so rasch als möglich bei Ihnen.

Freundliche Grüsse

Alpwerk AG
Human Resources
""",
    ),
    m(
        "alp-itw",
        "2025-04-25 15:20",
        "Reto Gubler <reto.gubler@alpwerk.ch>",
        "Praktikum Konstruktion – Gespräch via Zoom",
        a("interview", ALP, 27, "direct", "de"),
        text="""Grüezi Herr Ferreira

Gerne möchten wir Sie in einem ersten Video-Gespräch kennenlernen. Passt Ihnen
Freitag, 2. Mai, um 09.00 Uhr? Das Gespräch dauert ca. 40 Minuten; dabei ist auch
unser Leiter Konstruktion, Herr Ammann.

Zoom-Link: https://alpwerk.zoom.us/j/8812345678

Bitte bestätigen Sie den Termin kurz per Mail.

Freundliche Grüsse
Reto Gubler
HR Business Partner
Alpwerk AG · Zürcherstrasse 140 · 8400 Winterthur
""",
    ),
    m(
        "alp-rej",
        "2025-05-15 13:48",
        "Reto Gubler <reto.gubler@alpwerk.ch>",
        "Ihre Bewerbung als Praktikant Konstruktion",
        a("rejection", ALP, 27, "direct", "de"),
        text="""Guten Tag Herr Ferreira

Wir danken Ihnen für das offene Gespräch vom 2. Mai. Ihre CAD-Kenntnisse haben Herrn Ammann
beeindruckt.

Nach sorgfältiger Prüfung haben wir uns dennoch entschieden, die Stelle mit einer Person zu
besetzen, die eine Arbeitsbewilligung für die Schweiz bereits besitzt. Wir bedauern, Ihnen
keinen positiven Bescheid geben zu können.

Für Ihre Zukunft wünschen wir Ihnen viel Erfolg.

Freundliche Grüsse
Reto Gubler
""",
    ),
    # ---- 28: Donautec (AT), rexx, ghosted --------------------------------------------------
    m(
        "don-conf",
        "2025-05-08 09:14",
        "Donautec GmbH – Karriere <karriere@donautec.at>",
        "Ihre Bewerbung ist bei uns eingelangt",
        a("confirmation", DON, 28, "other", "de"),
        html="""<html><body>
<p>Sehr geehrter Herr Ferreira!</p>
<p>Vielen Dank für Ihre Bewerbung für die Position <b>Trainee Technik / Produktion (m/w/d)</b>
in Linz. Ihre Unterlagen sind bei uns eingelangt und werden derzeit geprüft.</p>
<p>Das Mindestentgelt für diese Position beträgt lt. KV € 2.900,- brutto/Monat; eine
Überzahlung ist je nach Qualifikation möglich.</p>
<p>Mit freundlichen Grüßen<br>Ihr Donautec HR-Team</p>
<p style="font-size:10px">Bewerbermanagement powered by rexx systems</p>
</body></html>""",
    ),
    # ---- 29: Fuchsbau Studio, Personio, informal du ----------------------------------------
    m(
        "fuc-conf",
        "2025-06-03 19:32",
        "Fuchsbau Studio <no-reply@fuchsbau-studio.jobs.personio.de>",
        "Danke für deine Bewerbung! 🦊",
        a("confirmation", FUC, 29, "personio", "de"),
        text="""Hey Lucas,

danke, dass du dich bei uns als Junior UX Researcher (m/w/d) beworben hast! Wir schauen
uns jede Bewerbung persönlich an – gib uns bitte bis zu zwei Wochen.

Liebe Grüße aus Kreuzberg
Dein Fuchsbau-Team
""",
    ),
    m(
        "fuc-itw",
        "2025-06-12 12:07",
        "Jana Vogt <jana@fuchsbau.design>",
        "Kennenlernen? 🙂",
        a("interview", FUC, 29, "direct", "de"),
        text="""Hi Lucas,

ich bin Jana, Research Lead bei Fuchsbau. Deine Bewerbung fand ich richtig spannend – vom
Maschinenbau in die UX-Forschung, das sieht man nicht oft!

Hast du Lust auf ein erstes Gespräch per Video (ca. 45 Min.)? Ich hätte Dienstag oder
Mittwoch nächste Woche nachmittags Zeit. Schick mir einfach zwei, drei Slots, die dir passen.

Bis bald
Jana
""",
    ),
    m(
        "fuc-rej",
        "2025-07-01 17:26",
        "Jana Vogt <jana@fuchsbau.design>",
        "Re: Kennenlernen? 🙂",
        a("rejection", FUC, 29, "direct", "de"),
        text="""Hi Lucas,

erstmal danke für das tolle Gespräch und die Case-Präsentation – deine Interview-Leitfäden
waren wirklich gut strukturiert.

Leider muss ich dir absagen: Wir haben uns am Ende für jemanden entschieden, der schon
Deutsch auf Muttersprachniveau spricht, weil die meisten unserer Nutzerinterviews mit
Pflegekräften in Deutschland laufen. Das war echt knapp.

Ich drück dir die Daumen und meld mich, falls sich was Englischsprachiges ergibt!

Liebe Grüße
Jana

Am Do., 12. Juni 2025 um 12:07 Uhr schrieb Jana Vogt <jana@fuchsbau.design>:
> Hi Lucas,
>
> ich bin Jana, Research Lead bei Fuchsbau. Deine Bewerbung fand ich richtig spannend
""",
        **reply("fuc-itw", "Jana Vogt <jana@fuchsbau.design>"),
    ),
    # ---- 30: Kessler Automation via StepStone ---------------------------------------------
    m(
        "kes-step",
        "2025-04-16 20:50",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        a("confirmation", KES, 30, "other", "de"),
        html="""<html><body>
<p>Hallo Lucas Ferreira,</p>
<p>Ihre Bewerbung auf die Stelle <b>Ingenieur Elektrotechnik – Berufseinstieg (m/w/d)</b> bei
<b>Kessler Automation GmbH</b> in Karlsruhe wurde erfolgreich versendet.</p>
<p>Tipp: Bereiten Sie sich jetzt schon auf ein mögliches Vorstellungsgespräch vor.</p>
<p>Ihr StepStone-Team</p>
</body></html>""",
    ),
    m(
        "kes-rej",
        "2025-05-06 10:03",
        "Kessler Automation Personal <personal@kessler-automation.de>",
        "Absage – Ingenieur Elektrotechnik Berufseinstieg",
        a("rejection", KES, 30, "direct", "de"),
        text="""Sehr geehrter Herr Ferreira,

wir bedanken uns für Ihre Bewerbung über StepStone.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im
weiteren Verfahren nicht berücksichtigen können, da für die Position verhandlungssichere
Deutschkenntnisse (C1) erforderlich sind.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Kessler Automation GmbH
""",
    ),
    # ---- 31: Wendel, Concludis ----------------------------------------------------------
    m(
        "wen-conf",
        "2025-07-07 08:41",
        "Wendel Mess- und Regeltechnik <bewerbung@wendel-mrt.de>",
        "Vielen Dank für Ihre Bewerbung – Absolventenprogramm Engineering",
        a("confirmation", WEN, 31, "other", "de"),
        text="""Sehr geehrter Herr Ferreira,

herzlichen Dank für Ihre Online-Bewerbung für unser Absolventenprogramm Engineering (m/w/d).

Wir werden Ihre Unterlagen sorgfältig sichten. Sollten Sie nach Ablauf von vier Wochen noch
nichts von uns gehört haben, dürfen Sie sich gern bei uns melden.

Mit freundlichen Grüßen
Wendel Mess- und Regeltechnik GmbH & Co. KG
Personalabteilung

--
Diese E-Mail wurde über das Bewerbermanagement von concludis versendet.
""",
    ),
    m(
        "wen-rej",
        "2025-08-11 14:37",
        "Wendel Mess- und Regeltechnik <bewerbung@wendel-mrt.de>",
        "Ihre Bewerbung",
        a("rejection", WEN, 31, "other", "de"),
        text="""Sehr geehrter Herr Ferreira,

Ihre Bewerbung hat uns gefreut, und Ihr Werdegang ist sicherlich interessant.

Wir haben uns jedoch für andere Bewerber entschieden, deren Profil dem Anforderungsprofil
unseres Absolventenprogramms noch etwas näher kommt. Diese Entscheidung ist keine Bewertung
Ihrer Person.

Wir wünschen Ihnen viel Erfolg bei der Stellensuche.

Mit freundlichen Grüßen
Personalabteilung
""",
    ),
    # ---- 32: Holzmann Systems via XING, ghosted -------------------------------------------
    m(
        "hol-xing",
        "2025-03-29 13:05",
        "XING <jobs@xing.com>",
        "Deine Bewerbung an Holzmann Systems wurde übermittelt",
        a("confirmation", HOL, 32, "other", "de"),
        html="""<html><body>
<p>Hallo Lucas,</p>
<p>deine Bewerbung als <b>Werkstudent Produktentwicklung (m/w/d)</b> wurde an Holzmann Systems
übermittelt. Das Unternehmen meldet sich direkt bei dir.</p>
<p>Viel Erfolg!<br>Dein XING-Team</p>
</body></html>""",
        tz="+0100",
    ),
    # ---- 33: Ibérica de Turbinas via InfoJobs -------------------------------------------
    m(
        "ibe-conf",
        "2025-04-07 11:55",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Becario de Ingeniería – Mantenimiento",
        a("confirmation", IBE, 33, "other", "es"),
        html="""<html><body>
<p>Hola Lucas,</p>
<p>Te has inscrito correctamente en la oferta <b>Becario de Ingeniería – Mantenimiento</b> de
<b>Ibérica de Turbinas</b> (Bilbao).</p>
<p>Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.</p>
<p>El equipo de InfoJobs</p>
</body></html>""",
    ),
    m(
        "ibe-read",
        "2025-04-10 09:17",
        "InfoJobs <noreply@infojobs.net>",
        "Ibérica de Turbinas ha leído tu CV",
        a("viewed", IBE, 33, "other", "es"),
        html="""<html><body>
<p>¡Buenas noticias, Lucas!</p>
<p>La empresa <b>Ibérica de Turbinas</b> ha leído tu CV para la oferta Becario de Ingeniería
– Mantenimiento.</p>
<p>Estado de la candidatura: <b>CV leído</b></p>
</body></html>""",
    ),
    m(
        "ibe-rej",
        "2025-04-29 12:40",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura",
        a("rejection", IBE, 33, "other", "es"),
        html="""<html><body>
<p>Hola Lucas,</p>
<p>La empresa <b>Ibérica de Turbinas</b> ha actualizado el estado de tu candidatura para
Becario de Ingeniería – Mantenimiento: <b>Descartado</b>.</p>
<p>Mensaje de la empresa: «Gracias por tu interés. Valoramos tu formación, pero hemos decidido
continuar con otros candidatos que residen en el País Vasco.»</p>
<p>¡Ánimo! Tienes 37 ofertas nuevas que encajan con tu perfil.</p>
</body></html>""",
    ),
    # ---- 34: Almazara Energía, Workday, Harver, Teams, rejection -------------------------
    m(
        "alm-conf",
        "2025-05-21 23:03",
        "Almazara Energía <almazara@myworkday.com>",
        "Hemos recibido tu solicitud",
        a("confirmation", ALM, 34, "workday", "es"),
        text="""Hola Lucas:

Gracias por tu interés en el Programa de Graduados – Ingeniería Eléctrica de Almazara
Energía (referencia JR-20931). Hemos recibido tu solicitud correctamente.

Nuestro equipo de Talento revisará tu perfil y, si encaja, te invitaremos a las siguientes
fases: pruebas online, entrevista y Assessment Day.

Puedes consultar el estado en tu perfil de candidato.

Un saludo,
Equipo de Talento Joven – Almazara Energía
""",
    ),
    m(
        "alm-harver",
        "2025-06-02 10:30",
        "Almazara Energía <no-reply@harver.com>",
        "Siguiente paso: completa tu evaluación online",
        a("assessment", ALM, 34, "other", "es"),
        html="""<html><body>
<p>¡Hola Lucas!</p>
<p>Gracias por tu candidatura al Programa de Graduados. El siguiente paso es una experiencia
interactiva de unos 30 minutos: minijuegos de atención y memoria y un breve cuestionario
situacional.</p>
<p>Tienes hasta el <b>9 de junio</b> para completarla.</p>
<p><a href="https://almazara.harver.com/app/landing/6f2a">Empezar</a></p>
<p>Equipo de Talento – Almazara Energía</p>
</body></html>""",
    ),
    m(
        "alm-itw",
        "2025-06-17 13:12",
        "Marta Ugarte Lozano <marta.ugarte@almazara-energia.es>",
        "Entrevista – Programa de Graduados Ingeniería Eléctrica",
        a("interview", ALM, 34, "direct", "es"),
        text="""Hola Lucas,

Enhorabuena por superar la evaluación online. Te propongo una entrevista por Teams con el
responsable del área de Redes, Íñigo Sáez, el lunes 23 de junio a las 12:00 (hora
peninsular). Te adjunto la convocatoria.

La entrevista será en castellano e inglés. Dura unos 50 minutos.

Un saludo,

Marta Ugarte Lozano
Talent Acquisition – Early Careers
Almazara Energía · Paseo de la Castellana 000, Madrid
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000ALM23",
            "start": "2025-06-23 12:00:00 +0200",
            "minutes": 50,
            "organizer": ("Marta Ugarte Lozano", "marta.ugarte@almazara-energia.es"),
            "attendees": [("Íñigo Sáez", "inigo.saez@almazara-energia.es")],
            "summary": "Entrevista Lucas Ferreira – Programa de Graduados",
            "location": "Reunión de Microsoft Teams",
            "style": "outlook",
        },
    ),
    m(
        "alm-rej",
        "2025-07-09 09:55",
        "Almazara Energía <almazara@myworkday.com>",
        "Su candidatura",
        a("rejection", ALM, 34, "workday", "es"),
        text="""Estimado Lucas:

Queremos agradecerle sinceramente su participación en nuestro proceso de selección y el
tiempo dedicado a la entrevista. Su perfil internacional fue muy bien valorado por el equipo.

No obstante, tras analizar todas las candidaturas, hemos decidido continuar con otros
candidatos para esta edición del programa.

Le animamos a seguir atento a nuestras futuras convocatorias.

Atentamente,
Equipo de Talento Joven – Almazara Energía
""",
    ),
    # ---- 35: Navalia Offshore, SmartRecruiters, ghosted ---------------------------------
    m(
        "nav-conf",
        "2025-06-09 16:28",
        "Navalia Offshore <no-reply@smartrecruiters.com>",
        "Gracias por tu candidatura a Navalia Offshore",
        a("confirmation", NAV, 35, "smartrecruiters", "es"),
        html="""<html><body>
<p>Hola Lucas,</p>
<p>¡Gracias por presentar tu candidatura a <b>Prácticas Ingeniería Mecánica</b> en Navalia
Offshore (Ferrol)! La hemos recibido correctamente.</p>
<p>Revisaremos tu perfil y, si coincide con lo que buscamos, nos pondremos en contacto contigo.</p>
<p>Equipo de Selección de Navalia Offshore</p>
</body></html>""",
    ),
    # ---- 36: Tejo Sistemas via Net-Empregos, offer via Adobe Sign --------------------------
    m(
        "tej-conf",
        "2025-04-23 10:12",
        "Recursos Humanos – Tejo Sistemas <rh@tejosistemas.pt>",
        "RE: Candidatura – Estágio em Engenharia Mecânica (Net-Empregos)",
        a("confirmation", TEJ, 36, "direct", "pt"),
        text="""Caro Lucas,

Agradecemos o envio da sua candidatura ao Estágio em Engenharia Mecânica, publicado no
Net-Empregos. Confirmamos a receção do seu CV e carta de motivação.

O processo de seleção decorrerá durante o mês de maio. Caso a sua candidatura seja
selecionada, entraremos em contacto para agendar uma entrevista.

Com os melhores cumprimentos,
Inês Carvalho
Recursos Humanos | Tejo Sistemas, Lda.
Rua da Indústria 00, 2690-000 Santa Iria de Azóia
""",
    ),
    m(
        "tej-itw",
        "2025-05-12 15:40",
        "Inês Carvalho <ines.carvalho@tejosistemas.pt>",
        "Entrevista – Estágio Engenharia Mecânica",
        a("interview", TEJ, 36, "direct", "pt"),
        text="""Caro Lucas,

Gostaríamos de o convidar para uma entrevista por videochamada (Google Meet) na
quinta-feira, dia 15 de maio, às 10h00 (hora de Lisboa), com o Eng.º Rui Tavares,
diretor de produção.

Agradecemos que confirme a sua disponibilidade.

Com os melhores cumprimentos,
Inês Carvalho
""",
    ),
    m(
        "tej-offer",
        "2025-05-29 17:05",
        "Inês Carvalho via Adobe Acrobat Sign <adobesign@adobesign.com>",
        "Inês Carvalho pede a sua assinatura em Proposta_Estagio_Lucas_Ferreira",
        a("offer", TEJ, 36, "other", "pt"),
        html="""<html><body>
<p>Inês Carvalho (ines.carvalho@tejosistemas.pt) pediu-lhe que reveja e assine
<b>Proposta_Estagio_Lucas_Ferreira</b>.</p>
<p>Mensagem: «Caro Lucas, é com muito gosto que lhe enviamos a proposta de estágio
profissional (9 meses, com início a 1 de setembro). Estamos à disposição para qualquer
esclarecimento. Cumprimentos, Inês»</p>
<p><a href="https://secure.eu1.adobesign.com/public/esign?tsid=CBFCIBAA3AA">Rever e assinar</a></p>
<p style="font-size:10px">Adobe Acrobat Sign</p>
</body></html>""",
    ),
    # ---- 37: Lusomotor, Teamtailor --------------------------------------------------------
    m(
        "lus-conf",
        "2025-05-06 21:33",
        "Lusomotor <no-reply@teamtailor.com>",
        "Obrigado pela sua candidatura, Lucas!",
        a("confirmation", LUS, 37, "teamtailor", "pt"),
        text="""Olá Lucas,

Obrigado pelo interesse na Lusomotor e pela sua candidatura para Trainee Engenharia de
Produção (Aveiro). Recebemos os seus dados e vamos analisá-los com atenção.

Até breve,
Equipa de Talento Lusomotor
""",
    ),
    m(
        "lus-rej",
        "2025-06-10 11:11",
        "Lusomotor <no-reply@teamtailor.com>",
        "A sua candidatura",
        a("rejection", LUS, 37, "teamtailor", "pt"),
        text="""Olá Lucas,

Obrigado por se ter candidatado ao programa de Trainee Engenharia de Produção. Gostámos de
conhecer o seu percurso e a sua experiência internacional.

Depois de uma análise cuidada, optámos por seguir com outros candidatos cujo perfil se
ajusta melhor aos requisitos desta edição.

Desejamos-lhe as maiores felicidades.

Equipa de Talento Lusomotor
""",
    ),
    # ---- 38: Serra Azul via Gupy ---------------------------------------------------------
    m(
        "ser-conf",
        "2025-07-14 18:47",
        "Serra Azul Equipamentos <naoresponda@gupy.io>",
        "Recebemos sua candidatura! 💙",
        a("confirmation", SER, 38, "other", "pt"),
        html="""<html><body>
<p>Oi, Lucas! Tudo bem?</p>
<p>Sua candidatura para a vaga <b>Estágio em Engenharia Elétrica</b> na Serra Azul
Equipamentos (Joinville – SC) foi recebida com sucesso.</p>
<p>Fique de olho no seu e-mail e na plataforma: as próximas etapas serão comunicadas por aqui.</p>
<p>Abraços,<br>Time de Gente & Gestão Serra Azul</p>
</body></html>""",
    ),
    m(
        "ser-teste",
        "2025-07-18 09:02",
        "Serra Azul Equipamentos <naoresponda@gupy.io>",
        "Nova etapa: teste online – Estágio em Engenharia Elétrica",
        a("assessment", SER, 38, "other", "pt"),
        html="""<html><body>
<p>Olá, Lucas!</p>
<p>Você avançou para a etapa de <b>Testes online</b> do processo Estágio em Engenharia
Elétrica. São dois testes: lógica (20 min) e inglês (15 min).</p>
<p>Prazo para realizar: 25/07/2025.</p>
<p><a href="https://serraazul.gupy.io/candidates/applications">Fazer os testes</a></p>
</body></html>""",
    ),
    m(
        "ser-rej",
        "2025-08-05 14:30",
        "Serra Azul Equipamentos <naoresponda@gupy.io>",
        "Atualização sobre o processo seletivo",
        a("rejection", SER, 38, "other", "pt"),
        text="""Olá, Lucas!

Agradecemos muito por ter participado do processo seletivo para Estágio em Engenharia
Elétrica. Seu desempenho nos testes foi muito bom!

Neste momento, porém, optamos por seguir com outros candidatos que estão cursando a
graduação no Brasil, requisito do contrato de estágio.

Seu currículo continuará no nosso banco de talentos.

Um abraço,
Time de Gente & Gestão Serra Azul
""",
    ),
    # ---- 39: Volterra Automação, Kenoby, ghosted ----------------------------------------
    m(
        "vol-conf",
        "2025-08-19 20:05",
        "Volterra Automação <noreply@kenoby.com>",
        "Inscrição confirmada – Programa de Trainee 2026",
        a("confirmation", VOL, 39, "other", "pt"),
        text="""Olá, Lucas Ferreira!

Sua inscrição no Programa de Trainee 2026 – Engenharia da Volterra Automação foi
confirmada. As inscrições vão até 15/09 e os resultados da triagem saem em outubro.

Boa sorte!
Equipe Volterra Automação
""",
    ),
    # ---- 40: Pitanga UX via LinkedIn (pt) -------------------------------------------------
    m(
        "pit-sent",
        "2025-07-21 14:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucas, sua candidatura foi enviada para Pitanga UX",
        a("confirmation", PIT, 40, "linkedin", "pt"),
        html="""<html><body>
<p>Sua candidatura foi enviada para Pitanga UX</p>
<p><b>UX Researcher Júnior</b><br>Pitanga UX · São Paulo, Brasil (Remoto)<br>Candidatou-se em 21 de julho de 2025</p>
<p style="font-size:10px">© 2025 LinkedIn</p>
</body></html>""",
    ),
    m(
        "pit-viewed",
        "2025-07-23 08:19",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Pitanga UX visualizou sua candidatura",
        a("viewed", PIT, 40, "linkedin", "pt"),
        html="""<html><body>
<p>Pitanga UX visualizou sua candidatura para <b>UX Researcher Júnior</b>.</p>
<p>Veja outras vagas parecidas.</p>
</body></html>""",
    ),
    m(
        "pit-itw",
        "2025-07-28 16:44",
        "Camila Rezende <camila@pitanga.design>",
        "Bate-papo sobre a vaga de UX Researcher Júnior",
        a("interview", PIT, 40, "direct", "pt"),
        text="""Oi Lucas, tudo bem?

Vi sua candidatura pelo LinkedIn e adorei o seu case de pesquisa com operadores de máquina.
Topa uma conversa de 40 minutos por Google Meet na quinta (31/07) às 9h no horário de
Brasília (14h aí em Lyon, se não me engano)?

Beijos e até lá,
Camila Rezende
Head de Pesquisa – Pitanga UX
""",
    ),
    m(
        "pit-rej",
        "2025-08-12 19:03",
        "Camila Rezende <camila@pitanga.design>",
        "Re: Bate-papo sobre a vaga de UX Researcher Júnior",
        a("rejection", PIT, 40, "direct", "pt"),
        text="""Oi Lucas,

Obrigada de novo pela conversa, foi ótima. Infelizmente decidimos seguir com uma pessoa
que já está no Brasil, por causa do fuso e de alguns campos presenciais que vamos fazer.
Gostei muito do seu jeito de pensar e vou guardar seu contato.

Sucesso aí na França!
Camila

Em seg., 28 de jul. de 2025 às 16:44, Camila Rezende <camila@pitanga.design> escreveu:
> Oi Lucas, tudo bem?
> Vi sua candidatura pelo LinkedIn e adorei o seu case de pesquisa
""",
        **reply("pit-itw", "Camila Rezende <camila@pitanga.design>"),
    ),
    # ---- 41: Cierzo Robotics, Lever, withdrawn --------------------------------------------
    m(
        "cie-conf",
        "2025-05-30 12:21",
        "Cierzo Robotics <no-reply@hire.lever.co>",
        "Thanks for applying to Cierzo Robotics",
        a("confirmation", CIE, 41, "lever", "es"),
        text="""Hola Lucas,

¡Gracias por tu interés en Cierzo Robotics! Hemos recibido tu candidatura para el puesto de
Ingeniero/a de Diseño Junior (Design Engineer I) en Zaragoza.

Nuestro equipo la revisará en los próximos días.

Saludos,
Cierzo Robotics
""",
    ),
    m(
        "cie-withdraw",
        "2025-06-17 09:48",
        "Pilar Aznar <pilar.aznar@cierzorobotics.es>",
        "RE: Retirada de candidatura",
        a("confirmation", CIE, 41, "direct", "es"),
        st="withdrawn",
        text="""Hola Lucas,

Confirmo que hemos retirado tu candidatura al puesto de Ingeniero/a de Diseño Junior, tal y
como nos pediste. Enhorabuena por tu nuevo puesto y mucha suerte en esta etapa.

Un saludo,
Pilar Aznar
People & Culture – Cierzo Robotics

De: Lucas Ferreira <lucas.ferreira@boitemail.fr>
Enviado: lunes, 16 de junio de 2025 22:10
Para: Pilar Aznar
Asunto: Retirada de candidatura

Hola Pilar, he aceptado otra oferta y prefiero retirar mi candidatura. ¡Gracias por todo!
""",
    ),
    # ---- 42: Oberland Kabelwerke, iCIMS, position filled ----------------------------------
    m(
        "obe-conf",
        "2025-03-12 17:30",
        "Oberland Kabelwerke <oberlandkabel@talent.icims.com>",
        "Bestätigung Ihrer Bewerbung",
        a("confirmation", OBE, 42, "icims", "de"),
        text="""Hallo Herr Ferreira,

vielen Dank für Ihre Bewerbung auf die Position Werkstudent Elektrotechnik – Prüffeld (m/w/d)
(Req. 2025-118) in Weilheim. Wir haben Ihre Unterlagen erhalten.

Falls Sie nicht für ein Gespräch ausgewählt werden, informieren wir Sie selbstverständlich
ebenfalls.

Viele Grüße
Ihr Recruiting-Team Oberland Kabelwerke
""",
        tz="+0100",
    ),
    m(
        "obe-filled",
        "2025-04-02 08:05",
        "Oberland Kabelwerke <oberlandkabel@talent.icims.com>",
        "Ihre Bewerbung – Werkstudent Elektrotechnik Prüffeld",
        a("rejection", OBE, 42, "icims", "de"),
        text="""Hallo Herr Ferreira,

vielen Dank für Ihr Interesse an Oberland Kabelwerke. Wir möchten Sie darüber informieren,
dass die Stelle Werkstudent Elektrotechnik – Prüffeld (m/w/d) inzwischen besetzt ist.

Wir würden uns freuen, wenn Sie sich auf eine andere unserer offenen Stellen bewerben.

Viele Grüße
Ihr Recruiting-Team
""",
    ),
    # ---- 43: Atelier Numa via WTTJ, Calendly reschedule -----------------------------------
    m(
        "num-conf",
        "2025-08-25 10:02",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature pour UX Researcher Junior (CDI) chez Atelier Numa",
        a("confirmation", NUM, 43, "other", "fr"),
        html="""<html><body>
<p>Bien reçu, Lucas !</p>
<p>Atelier Numa a reçu ta candidature pour le poste <b>UX Researcher Junior (CDI)</b>. Les
entreprises mettent en moyenne 12 jours à répondre sur notre plateforme.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Voir ma candidature</a></p>
</body></html>""",
    ),
    m(
        "num-cal",
        "2025-09-01 14:40",
        "Calendly <notifications@calendly.com>",
        "Nouvel événement : Lucas Ferreira – Entretien UX Researcher (Atelier Numa)",
        a("interview", NUM, 43, "other", "fr"),
        html="""<html><body>
<p>Bonjour Lucas Ferreira,</p>
<p>Un nouvel événement a été planifié.</p>
<p>Type d'événement : Entretien UX Researcher – 45 min<br>
Date/heure : 10:00 - jeudi 4 septembre 2025 (heure d'Europe centrale)<br>
Lieu : 18 rue Sainte-Catherine, Lyon 1er<br>
Hôte : Léa Perrin (Atelier Numa)</p>
</body></html>""",
    ),
    m(
        "num-resched",
        "2025-09-03 19:15",
        "Calendly <notifications@calendly.com>",
        "Mis à jour : Lucas Ferreira – Entretien UX Researcher (Atelier Numa)",
        a("interview", NUM, 43, "other", "fr"),
        html="""<html><body>
<p>Bonjour Lucas Ferreira,</p>
<p>Votre événement a été reprogrammé par Léa Perrin.</p>
<p>Ancienne date : <s>jeudi 4 septembre 2025, 10:00</s><br>
Nouvelle date : <b>lundi 8 septembre 2025, 11:30</b> (heure d'Europe centrale)</p>
<p>Raison : « Imprévu client, désolée ! »</p>
</body></html>""",
    ),
    m(
        "num-rej",
        "2025-09-19 12:26",
        "Léa Perrin <lea@ateliernuma.fr>",
        "Suite à notre entretien",
        a("rejection", NUM, 43, "direct", "fr"),
        text="""Salut Lucas,

Merci pour ton temps lundi dernier, c'était un vrai plaisir d'échanger avec toi.

On a beaucoup hésité, mais on a finalement choisi un profil qui a déjà mené des études
terrain en autonomie chez un client. Ce n'est pas du tout une question de potentiel : ton
bagage d'ingé est rare en UX.

Si tu veux un retour plus détaillé, appelle-moi volontiers.

Léa
Atelier Numa – studio de design de services
""",
    ),
    # ---- 44: Alderbank Power, Oracle, CodeSignal -------------------------------------------
    m(
        "ald-conf",
        "2025-03-15 11:09",
        "Alderbank Power Careers <no-reply@careers.alderbankpower.co.uk>",
        "Your application to Alderbank Power",
        a("confirmation", ALD, 44, "oracle", "en"),
        text="""Dear Lucas,

Thank you for submitting your application for Graduate Software & Controls Engineer
(requisition 4471). We've received it and will review it shortly.

You can track its progress in your candidate profile:
https://eelq.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile

Alderbank Power Early Careers
""",
        tz="+0000",
    ),
    m(
        "ald-cs",
        "2025-03-24 09:00",
        "CodeSignal <noreply@codesignal.com>",
        "Alderbank Power invited you to take a CodeSignal assessment",
        a("assessment", ALD, 44, "codesignal", "en"),
        html="""<html><body>
<p>Hi Lucas,</p>
<p>Alderbank Power has invited you to complete the <b>General Coding Assessment</b> as part of
your application for Graduate Software & Controls Engineer.</p>
<p>Time limit: 70 minutes · Deadline: March 31, 2025</p>
<p><a href="https://app.codesignal.com/invite/aldb-2jx">Take assessment</a></p>
<p>The CodeSignal Team</p>
</body></html>""",
        tz="+0000",
    ),
    m(
        "ald-rej",
        "2025-04-11 15:15",
        "Alderbank Power Careers <no-reply@careers.alderbankpower.co.uk>",
        "Update on your application",
        a("rejection", ALD, 44, "oracle", "en"),
        text="""Dear Lucas,

Thank you for completing the coding assessment and for your interest in our graduate scheme.

We had an exceptional response this year, and on this occasion we won't be progressing your
application further. This was not an easy decision.

We hope you'll consider Alderbank Power again in the future.

Best regards,
Alderbank Power Early Careers
""",
        tz="+0100",
    ),
    # ---- 45: Horlogerie Valnoire (CH), applied by mail, ghosted ----------------------------
    m(
        "val-conf",
        "2025-06-23 08:51",
        "Valnoire – Ressources humaines <rh@valnoire.ch>",
        "Accusé de réception – candidature stage méthodes",
        a("confirmation", VAL, 45, "direct", "fr"),
        text="""Monsieur,

Nous accusons bonne réception de votre dossier de candidature pour le poste de stagiaire
ingénieur méthodes au sein de notre manufacture du Sentier.

Votre dossier sera examiné avec toute l'attention requise. Nous vous prions de croire,
Monsieur, à l'assurance de nos salutations distinguées.

Service des ressources humaines
Horlogerie Valnoire SA · Le Sentier (VD)
""",
    ),
    # ---- job mail without an application (DE / ES / PT / EN) -----------------------------------
    m(
        "step-agent",
        "2025-03-25 07:05",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Trainee Produktion“",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body>
<p>Hallo Lucas,</p>
<p>Ihr Jobagent hat neue Stellen gefunden:</p>
<p>Trainee Produktion & Logistik (m/w/d) – Merzig Werke – Saarbrücken<br>
Trainee Operations Excellence (m/w/d) – Kalvo Pharma – Mannheim<br>
Junior Produktionsingenieur (m/w/d) – Ebersbach Kunststoff – Ulm</p>
<p>Jetzt bewerben – mit nur einem Klick!</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "xing-alert",
        "2025-05-27 18:00",
        "XING <noreply@xing.com>",
        "Lucas, diese Jobs passen zu dir",
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Lucas,

wir haben neue Jobs gefunden, die zu deinem Profil passen:

• Werkstudent Elektrotechnik (m/w/d) – Sonnwerk Energy, München
• Praktikum Konstruktion (m/w/d) – Brandl Maschinenbau, Graz
• UX Research Werkstudent (m/w/d) – Lindenfeld Software, Berlin

Alle Jobs ansehen: https://www.xing.com/jobs

Dein XING-Team
""",
    ),
    m(
        "infojobs-alert",
        "2025-06-20 08:00",
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de «becario ingeniería» para ti",
        ("alert", None, None, None, "other", "es"),
        html="""<html><body>
<p>Hola Lucas, tu alerta «becario ingeniería» tiene 9 ofertas nuevas:</p>
<p>Becario/a Ingeniería de Procesos – Talleres Aranda – Valladolid<br>
Prácticas Ingeniería Eléctrica – Solaria Levante – Valencia<br>
Becario Oficina Técnica – Grupo Bizkargi – Vitoria</p>
<p>¡Inscríbete ya!</p>
</body></html>""",
    ),
    m(
        "netemp-alert",
        "2025-04-18 07:45",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: Engenharia Mecânica",
        ("alert", None, None, None, "other", "pt"),
        text="""Olá,

Existem novas ofertas de emprego para o seu alerta "Engenharia Mecânica":

- Estágio Profissional – Engenharia Mecânica (Setúbal)
- Engenheiro Mecânico Júnior (m/f) (Braga)
- Projetista SolidWorks (Leiria)

Consulte todas em www.net-empregos.com

Para deixar de receber alertas, aceda à sua área pessoal.
""",
    ),
    m(
        "gupy-alert",
        "2025-08-28 12:30",
        "Gupy <naoresponda@gupy.io>",
        "Vagas de estágio em engenharia que combinam com você",
        ("alert", None, None, None, "other", "pt"),
        html="""<html><body>
<p>Oi, Lucas!</p>
<p>Separamos algumas vagas que têm tudo a ver com seu perfil:</p>
<p>Estágio em Engenharia Mecânica – Metalúrgica Paraná – Curitiba<br>
Estágio Engenharia de Produção – Frigorífico Vale Verde – Chapecó<br>
Programa de Estágio 2026 – Cajuína Energia – Fortaleza</p>
<p>Candidate-se agora!</p>
</body></html>""",
    ),
    m(
        "bre-pool",
        "2025-05-05 09:00",
        "Brenner Karriere <noreply@successfactors.eu>",
        "Willkommen im Brenner Talentpool",
        ("alert", "Brenner Fahrzeugtechnik", None, None, "other", "de"),
        text="""Sehr geehrter Herr Ferreira,

vielen Dank, dass Sie der Aufnahme in unseren Talentpool zugestimmt haben. Wir informieren
Sie künftig über passende Stellenangebote und Veranstaltungen. Dies ist keine Bewerbung;
für konkrete Stellen bewerben Sie sich bitte direkt über unser Karriereportal.

Freundliche Grüße
Brenner Fahrzeugtechnik – Talent Acquisition
""",
    ),
    m(
        "sf-incomplete",
        "2025-04-09 09:30",
        "Hallmann Antriebstechnik GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        (
            "alert",
            "Hallmann Antriebstechnik",
            "Praktikum Prüfstandstechnik (m/w/d)",
            None,
            "other",
            "de",
        ),
        text="""Sehr geehrter Herr Ferreira,

Sie haben eine Bewerbung für die Stelle Praktikum Prüfstandstechnik (m/w/d) begonnen, aber
noch nicht abgesendet. Ihre Angaben bleiben 14 Tage gespeichert.

Bewerbung fortsetzen: https://hallmann.softgarden.io/application/continue

Ihr Recruiting-Team
""",
    ),
    m(
        "alm-news",
        "2025-09-25 10:00",
        "Almazara Energía Talento <talento@news.almazara-energia.es>",
        "Abrimos el Programa de Graduados 2026: inscríbete",
        ("alert", "Almazara Energía", None, None, "direct", "es"),
        html="""<html><body>
<p>Ya está abierta la convocatoria del Programa de Graduados 2026. 60 plazas en ingeniería,
finanzas y datos en España, Portugal y Chile.</p>
<p>Conoce a nuestros graduados de 2025 y aplica antes del 31 de octubre.</p>
<p style="font-size:10px">Recibes este boletín porque te registraste en nuestro portal de empleo.</p>
</body></html>""",
    ),
    m(
        "indeed-tips",
        "2025-07-31 17:00",
        "Indeed <no-reply@indeed.com>",
        "5 questions you'll be asked in your first engineering interview",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body>
<p>Hi Lucas,</p>
<p>Landing a graduate engineering role? Recruiters tell us these five interview questions come
up again and again — here's how to answer them.</p>
<p>Plus: 24 new entry-level engineering jobs near Lyon. Apply now with your Indeed CV.</p>
</body></html>""",
    ),
    m(
        "xing-outreach",
        "2025-08-06 11:22",
        "Matthias Eberl via XING <noreply@xing.com>",
        "Neue Nachricht von Matthias Eberl",
        (
            "outreach",
            "Sonnwerk Energy",
            "Junior Ingenieur Netzanschluss (m/w/d)",
            None,
            "other",
            "de",
        ),
        text="""Hallo Lucas,

ich bin Recruiter bei Sonnwerk Energy in München. Wir bauen gerade unser Team für
Netzanschlussplanung von PV-Parks aus und suchen einen Junior Ingenieur Netzanschluss
(m/w/d) – Englisch reicht am Anfang, Deutsch lernst du bei uns.

Hättest du Lust auf ein kurzes Telefonat?

Viele Grüße
Matthias
""",
    ),
    m(
        "li-inmail-es",
        "2025-09-10 13:37",
        "Raquel Ibarra via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Oportunidad: Ingeniero de Pruebas Junior en Solaria Levante",
        ("outreach", "Solaria Levante", "Ingeniero de Pruebas Junior", None, "linkedin", "es"),
        text="""Hola Lucas,

Soy Raquel, de Talent Acquisition en Solaria Levante (Valencia). He visto tu perfil y tu
experiencia con bancos de ensayo y creo que podrías encajar en nuestro puesto de Ingeniero de
Pruebas Junior. El idioma de trabajo es inglés.

¿Te apetecería que habláramos esta semana?

Un saludo,
Raquel Ibarra
""",
    ),
    m(
        "ooo-de",
        "2025-04-08 07:02",
        "Sabine Kröger <sabine.kroeger@hallmann-antriebe.de>",
        "Abwesenheitsnotiz: Rückfrage zum Gespräch",
        ("other_job", "Hallmann Antriebstechnik", None, None, "direct", "de"),
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15.04.2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an personal@hallmann-antriebe.de.

Mit freundlichen Grüßen
Sabine Kröger
""",
    ),
    m(
        "gupy-code",
        "2025-07-14 18:40",
        "Gupy <naoresponda@gupy.io>",
        "Seu código de verificação Gupy",
        ("other_job", None, None, None, "other", "pt"),
        text="""Olá, Lucas!

Seu código de verificação é: 482 917

Ele expira em 10 minutos. Se você não solicitou este código, ignore este e-mail.

Equipe Gupy
""",
    ),
    m(
        "sg-survey",
        "2025-04-22 12:00",
        "Hallmann Antriebstechnik GmbH <noreply@softgarden.io>",
        "Wie zufrieden waren Sie mit unserem Bewerbungsprozess?",
        ("other_job", "Hallmann Antriebstechnik", None, None, "other", "de"),
        text="""Sehr geehrter Herr Ferreira,

Ihre Meinung ist uns wichtig. Bitte nehmen Sie sich 3 Minuten Zeit und bewerten Sie Ihren
Bewerbungsprozess bei der Hallmann Antriebstechnik GmbH – anonym und unverbindlich.

Zur Umfrage: https://survey.softgarden.io/hallmann

Vielen Dank!
""",
    ),
]
