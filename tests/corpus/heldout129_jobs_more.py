# ruff: noqa: E501, RUF100
"""Corpus 129, job mail part two (data only): see heldout129.py."""

from __future__ import annotations

from heldout129_jobs import (
    AH,
    AHR,
    AL,
    ALR,
    CM,
    CMR,
    EO,
    EOR,
    FW,
    FWR,
    GP,
    GPR,
    GV,
    GVR,
    HX,
    HXR,
    KD,
    KDR,
    LS,
    LSR,
    NL,
    NLR,
    OL,
    OLR,
    PZ,
    PZR,
    RM,
    RMR,
    WA,
    WAR,
    A,
    J,
    ics,
    m,
    thread,
)

# --- Föhnwerk (9): drone start-up, Personio in English, a co-founder on Gmail ------------------

_fw_conf = m(
    "bq71",
    "2025-10-06 22:14",
    "Föhnwerk Aerial Systems <no-reply@personio.de>",
    "Thanks for applying to Föhnwerk!",
    A("confirmation", FW, FWR, 9, "personio", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Korbinian,</p>
<p>thanks a lot for your application for <b>Test &amp; Validation Engineer UAV (m/f/d)</b>.
We're a small team, so a real human (probably one of the founders) will read it this week.</p>
<p>Föhnwerk builds heavy-lift cargo drones for alpine logistics – from our hangar in Germering.</p>
<p>Talk soon,<br>Team Föhnwerk</p>
<p style="font-size:11px;color:#888">Föhnwerk Aerial Systems GmbH · Industriestraße 9 · 82110 Germering ·
<a href="https://foehnwerk.jobs.personio.de/job/1990230?language=en">Job posting</a></p>
</body></html>""",
)

_fw_int1 = m(
    "tz04",
    "2025-10-14 07:12",
    "Felix Rambold <felix.rambold@gmail.com>",
    "Föhnwerk – kurzer Call?",
    A("interview", FW, FWR, 9, "direct"),
    text="""Hi Korbinian,

Felix hier, Mitgründer und CTO von Föhnwerk. Ich schreib dir von meiner privaten Adresse, weil
unser Mailserver gerade umzieht – sorry dafür.

Dein Profil ist spannend: Schwingungsprüfung + Betriebsfestigkeit ist genau das, was uns bei der
Zulassung unserer Lastdrohne gerade fehlt. Hast du Freitag um 17:30 Zeit für einen Call? Ich hab
dir mal eine Einladung geschickt.

Servus
Felix

--
Felix Rambold | Co-Founder & CTO | Föhnwerk Aerial Systems GmbH""",
    ics=ics(
        "0o2c4l8q6p3r1t5v7x9z1b3d5f@google.com",
        "2025-10-17 17:30",
        "Föhnwerk <> Korbinian",
        ("Felix Rambold", "felix.rambold@gmail.com"),
        minutes=45,
        location="https://meet.google.com/hzt-pqwe-ruk",
    ),
)

_fw_task = m(
    "ve35",
    "2025-10-21 19:48",
    "Felix Rambold <felix@foehnwerk.example>",
    "Kleine Aufgabe für dich",
    A("assessment", FW, FWR, 9, "direct"),
    text="""Hi Korbinian,

danke nochmal für Freitag, hat echt Spaß gemacht. Wie besprochen eine kleine Aufgabe, damit wir
sehen, wie du an so was rangehst:

Erstell ein Testkonzept (max. 4 Seiten) für die Vibrationsqualifikation unseres
Flugsteuerungsrechners (Randbedingungen im Anhang). Uns interessiert vor allem: welche Normen,
welche Profile, wie du die Aufspannung machen würdest und was du NICHT testen würdest.

Schick's mir bis Dienstag, 28.10. Wenn du mehr Zeit brauchst, sag Bescheid – du hast ja noch
einen Job.

Servus
Felix

(jetzt wieder mit funktionierender Firmenadresse 🙂)""",
    attach=[
        (
            "Case_Testkonzept_FCC_Foehnwerk.pdf",
            "application/pdf",
            "%PDF-1.4\n% Randbedingungen Flugsteuerungsrechner FW-FCC2\n%%EOF\n",
        )
    ],
)

_fw_int2 = m(
    "lk86",
    "2025-10-29 12:02",
    "Felix Rambold <felix@foehnwerk.example>",
    "Re: Testkonzept FCC – Korbinian Vogl",
    A("interview", FW, FWR, 9, "direct"),
    text="""Hi Korbinian,

danke fürs Konzept! Vor allem dein Punkt zur Resonanzsuche an der Aufspannung hat Quirin
(unser Head of Flight Test) gefeiert.

Magst du nächste Woche zu uns in den Hangar kommen? Mittwoch 15 Uhr, dann lernst du Quirin und
Anna (Mitgründerin) kennen und wir zeigen dir den Prototypen. Einladung ist unterwegs.

Servus
Felix

> Am 27.10.2025 um 22:31 schrieb Korbinian Vogl <korbinian.vogl@gmx.de>:
>
> Hallo Felix,
> anbei mein Testkonzept. War eine spannende Aufgabe!
> Viele Grüße, Korbinian""",
    ics=ics(
        "9h7f5d3b1z8x6v4t2r0p9n7l5j@google.com",
        "2025-11-05 15:00",
        "Korbinian @ Föhnwerk Hangar",
        ("Felix Rambold", "felix@foehnwerk.example"),
        minutes=120,
        location="Föhnwerk Hangar, Industriestraße 9, 82110 Germering",
        attendees=[
            ("Anna Lechner", "anna@foehnwerk.example"),
            ("Quirin Moser", "quirin@foehnwerk.example"),
        ],
    ),
)

_fw_rej = m(
    "pc29",
    "2025-11-14 17:55",
    "Felix Rambold <felix@foehnwerk.example>",
    "Kurzes Update von uns",
    A("rejection", FW, FWR, 9, "direct"),
    text="""Hi Korbinian,

ich will dich nicht länger warten lassen. Wir haben lange hin und her überlegt – du hast uns
fachlich und menschlich echt überzeugt. Wir haben uns jetzt aber für jemanden entschieden, der
schon Flugversuche mit Drohnen > 25 kg begleitet hat, weil wir im Frühjahr mit der SORA-Zulassung
durch müssen und dafür jemanden brauchen, der das schon einmal gemacht hat.

Ich hätte dich wirklich gern im Team gehabt. Wenn wir nächstes Jahr die Series-A abschließen,
melde ich mich bestimmt nochmal.

Alles Gute und servus
Felix""",
)


# --- Aldebaran Launch Systems (10): Greenhouse, English --------------------------------------

_al_conf = m(
    "ai53",
    "2025-09-12 13:28",
    "Aldebaran Launch Systems <no-reply@us.greenhouse-mail.io>",
    "Thank you for applying to Aldebaran Launch Systems",
    A("confirmation", AL, ALR, 10, "greenhouse", "en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Korbinian,</p>
<p>Thanks for applying to Aldebaran Launch Systems. Your application for the
<b>Test Engineer – Propulsion Test Stand</b> role has been received and will be reviewed by our
hiring team.</p>
<p>We know that waiting is hard. If your background is a match, someone from our recruiting team
will reach out to you within the next few weeks.</p>
<p>Regards,<br>Aldebaran Recruiting</p>
<p style="font-size:11px;color:#999">Aldebaran Launch Systems GmbH · Ottobrunn, Germany<br>
<a href="https://job-boards.greenhouse.io/aldebaranlaunch/jobs/4871203">View job posting</a> ·
Powered by Greenhouse</p>
</body></html>""",
)

_al_rej = m(
    "yo61",
    "2025-10-10 02:14",
    "Aldebaran Launch Systems <no-reply@us.greenhouse-mail.io>",
    "Update on your application",
    A("rejection", AL, ALR, 10, "greenhouse", "en"),
    text="""Hi Korbinian,

Thank you for your interest in Aldebaran Launch Systems and for taking the time to apply for the
Test Engineer – Propulsion Test Stand position.

We received a very large number of applications for this role. After careful consideration, we
have decided to move forward with candidates whose experience more closely matches the current
needs of the team, in particular with cryogenic propellants and hot-fire testing.

We encourage you to keep an eye on our careers page and apply again in the future.

Best of luck in your search,
Aldebaran Recruiting""",
)

_al_alert = m(
    "dn48",
    "2026-02-05 11:00",
    "Aldebaran Launch Systems <talent@aldebaran-launch.example>",
    "We're hiring: 14 new roles in Ottobrunn & Andøya",
    J("alert", "other", AL, lang="en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#000;color:#fff;padding:24px">
<h1 style="font-weight:300">2026 is our year of flight.</h1>
<p>We're growing our teams in Ottobrunn and at the launch site in Andøya. New openings include:</p>
<ul><li>Senior Test Engineer – Stage Integration</li><li>Test Bench Automation Engineer (LabVIEW / Python)</li>
<li>Quality Engineer – Special Processes</li><li>… and 11 more</li></ul>
<p><a href="https://job-boards.greenhouse.io/aldebaranlaunch" style="color:#7fd3ff">See all open roles</a></p>
<p style="font-size:11px;color:#aaa">You're receiving this because you applied to Aldebaran Launch Systems and agreed to hear about future roles.
<a href="https://www.aldebaran-launch.example/unsubscribe?u=kv" style="color:#aaa">Unsubscribe</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.aldebaran-launch.example/unsubscribe?u=kv>"},
)


# --- Ammersee Hydraulik (11): StepStone, then the employer's own note; ghosted ---------------

_ah_ss = m(
    "wr90",
    "2025-09-03 21:37",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung bei Ammersee Hydraulik GmbH",
    A("confirmation", AH, AHR, 11, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0c2577">
<div style="padding:16px;border-bottom:1px solid #e0e0e0"><img src="https://www.stepstone.de/public/logo.svg" alt="StepStone" height="24"></div>
<div style="padding:16px">
<h2 style="font-size:20px">Ihre Bewerbung wurde erfolgreich versendet!</h2>
<p>Hallo Korbinian Vogl,</p>
<p>Ihre Bewerbung für die Stelle <b>Versuchsingenieur Hydraulik (m/w/d)</b> bei
<b>Ammersee Hydraulik GmbH</b> in Herrsching am Ammersee wurde erfolgreich übermittelt.</p>
<p>Ihre Bewerbung und alle weiteren Bewerbungen finden Sie unter
<a href="https://www.stepstone.de/mein-stepstone/bewerbungen?utm_source=transactional&amp;utm_medium=email">Meine Bewerbungen</a>.</p>
<p>Tipp: Unternehmen, die Sie interessant finden, können Sie folgen, um über neue Jobs informiert zu werden.</p>
<p>Viel Erfolg!<br>Ihr StepStone-Team</p>
</div>
<div style="font-size:11px;color:#888;padding:16px">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</div>
</body></html>""",
)

_ah_direct = m(
    "eh12",
    "2025-09-05 08:03",
    "Personalabteilung Ammersee Hydraulik <personal@ammersee-hydraulik.example>",
    "Eingangsbestätigung",
    A("confirmation", AH, AHR, 11, "direct"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Bewerbung, die wir über StepStone erhalten haben. Wir werden Ihre Unterlagen
prüfen und uns so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüßen

Monika Zehetmair
Personalabteilung

Ammersee Hydraulik GmbH
Seestraße 71 · 82211 Herrsching am Ammersee
Tel. 08152 9911-40
Geschäftsführer: Georg Pfaffinger · AG München HRB 78213""",
)


# --- Loisach Sensortechnik (12): XING ---------------------------------------------------------

_ls_xing = m(
    "ng53",
    "2025-09-17 19:26",
    "XING <mailrobot@mail.xing.com>",
    "Deine Bewerbung wurde versendet",
    A("confirmation", LS, LSR, 12, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://static.xingcdn.com/mail/logo.png" alt="XING" height="24"></p>
<p>Hallo Korbinian,</p>
<p>deine Bewerbung als <b>Applikationsingenieur Prüftechnik (m/w/d)</b> bei
<b>Loisach Sensortechnik GmbH</b> ist raus. Wir drücken dir die Daumen!</p>
<p>Den Status deiner Bewerbungen siehst du jederzeit unter
<a href="https://www.xing.com/jobs/my-jobs/applied">Meine Jobs</a>.</p>
<p>Dein XING-Team</p>
<p style="font-size:11px;color:#888">New Work SE · Am Strandkai 1 · 20457 Hamburg ·
<a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</body></html>""",
)

_ls_viewed = m(
    "kf38",
    "2025-09-23 10:41",
    "XING <mailrobot@mail.xing.com>",
    "Loisach Sensortechnik GmbH hat deine Bewerbung angesehen",
    A("viewed", LS, LSR, 12, "other"),
    text="""Hallo Korbinian,

gute Nachrichten: Loisach Sensortechnik GmbH hat sich deine Bewerbung als Applikationsingenieur
Prüftechnik (m/w/d) angesehen.

Zur Bewerbung: https://www.xing.com/jobs/my-jobs/applied

Dein XING-Team

--
New Work SE, Am Strandkai 1, 20457 Hamburg
Benachrichtigungen verwalten: https://www.xing.com/settings/notifications""",
)

_ls_rej = m(
    "uc47",
    "2025-10-07 14:22",
    "Loisach Sensortechnik GmbH <jobs@loisach-sensor.example>",
    "Ihre Bewerbung als Applikationsingenieur Prüftechnik",
    A("rejection", LS, LSR, 12, "direct"),
    text="""Sehr geehrter Herr Vogl,

haben Sie vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem
Unternehmen. Ihre Unterlagen haben wir mit großem Interesse gelesen, Ihr Werdegang ist
beeindruckend.

Nach eingehender Prüfung müssen wir Ihnen jedoch mitteilen, dass wir uns für einen anderen
Bewerber entschieden haben, dessen Profil stärker im Bereich Sensorapplikation und
Kundenbetreuung liegt.

Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Wir wünschen Ihnen für Ihren weiteren Berufs- und Lebensweg alles Gute.

Mit freundlichen Grüßen

i. A. Birgit Kerscher
Personal
Loisach Sensortechnik GmbH · Am Kanal 5 · 82538 Geretsried""",
)


# --- Nordlicht Medical (13): LinkedIn Easy Apply, viewed, then silence -----------------------

_nl_conf = m(
    "rx66",
    "2025-10-02 18:49",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Korbinian, your application was sent to Nordlicht Medical",
    A("confirmation", NL, NLR, 13, "linkedin", "en"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#000000e6">
<table width="512" align="center"><tr><td>
<p><img src="https://static.licdn.com/aero-v1/sc/h/logo.png" alt="LinkedIn" height="20"></p>
<p style="font-size:20px">Your application was sent to Nordlicht Medical</p>
<table><tr><td><img src="https://media.licdn.com/dms/image/nordlicht_logo" width="48" alt="Nordlicht Medical"></td>
<td><b>Test Engineer Medical Devices (f/m/d)</b><br>Nordlicht Medical · Munich, Bavaria, Germany (Hybrid)<br>
Applied on October 2, 2025</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4302918775/?trk=eml-email_application_confirmation_with_nba_01">View job</a></p>
<p style="font-size:12px;color:#666">Now, take these next steps for more success with your job search:
follow Nordlicht Medical, and review similar jobs.</p>
<p style="font-size:11px;color:#999">This email was intended for Korbinian Vogl (Test Engineer | Vibration &amp; Durability).
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> · © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

_nl_viewed = m(
    "ja20",
    "2025-10-06 09:15",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your application was viewed by Nordlicht Medical",
    A("viewed", NL, NLR, 13, "linkedin", "en"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<table width="512" align="center"><tr><td>
<p style="font-size:20px">Your application was viewed by Nordlicht Medical</p>
<p>Test Engineer Medical Devices (f/m/d) · Munich (Hybrid)</p>
<p>The hiring team viewed your application. If they're interested, they'll reach out to you directly.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your applied jobs</a></p>
<p style="font-size:11px;color:#999">© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""",
)


# --- Kunststofftechnik Dachau (14): Indeed ----------------------------------------------------

_kd_conf = m(
    "zo77",
    "2025-09-09 22:58",
    "Indeed Apply <indeedapply@indeed.com>",
    "Bewerbung eingereicht: Versuchsingenieur Kunststoffbauteile (m/w/d)",
    A("confirmation", KD, KDR, 14, "indeed"),
    html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
<p><img src="https://de.indeed.com/images/indeed_logo.png" alt="Indeed" height="28"></p>
<p><b>Bewerbung eingereicht</b></p>
<p>Versuchsingenieur Kunststoffbauteile (m/w/d)<br>Kunststofftechnik Dachau GmbH – Dachau</p>
<p>Die folgenden Elemente wurden an den Arbeitgeber gesendet: Lebenslauf, Anschreiben, Zeugnisse.pdf</p>
<p>Nächste Schritte: Der Arbeitgeber kontaktiert Sie ggf. über Indeed oder per E-Mail/Telefon.
Sie können den Status unter <a href="https://myjobs.indeed.com/applied">Meine Jobs</a> verfolgen.</p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · Indeed Ireland Operations Ltd. ·
<a href="https://de.indeed.com/legal">Datenschutz</a></p>
</body></html>""",
)

_kd_rej = m(
    "hs95",
    "2025-09-30 11:12",
    "Kunststofftechnik Dachau GmbH über Indeed <no-reply@indeed.com>",
    "Neue Nachricht zu Ihrer Bewerbung",
    A("rejection", KD, KDR, 14, "indeed"),
    text="""Kunststofftechnik Dachau GmbH hat Ihnen eine Nachricht gesendet:

Versuchsingenieur Kunststoffbauteile (m/w/d) – Dachau

"Sehr geehrter Herr Vogl,

vielen Dank für Ihr Interesse an unserem Unternehmen. Nach Prüfung aller Bewerbungen haben wir
uns entschieden, die Stelle mit einer Person zu besetzen, die bereits Erfahrung mit
Spritzgussbauteilen und Kunststoff-Werkstoffprüfung mitbringt. Wir wünschen Ihnen viel Erfolg
bei der weiteren Suche.

Freundliche Grüße
Andrea Schwaiger, Personal"

Antworten: https://employers.indeed.com/m/conversation/7c3e1b04

Diese Nachricht wurde über Indeed gesendet. Indeed Ireland Operations Ltd.""",
)


# --- Prüfzentrum Süd (15): Jobbörse der Bundesagentur für Arbeit -------------------------------

_pz_conf = m(
    "fy31",
    "2025-11-03 19:44",
    "Bundesagentur für Arbeit – Jobbörse <noreply@arbeitsagentur.de>",
    "Ihre Bewerbung wurde versendet",
    A("confirmation", PZ, PZR, 15, "other"),
    text="""Guten Tag Herr Korbinian Vogl,

Ihre Bewerbung auf das folgende Stellenangebot wurde erfolgreich an den Arbeitgeber versendet:

Stellenangebot: Prüfingenieur Werkstoff- und Bauteilprüfung (m/w/d)
Arbeitgeber: Prüfzentrum Süd GmbH
Arbeitsort: 85622 Feldkirchen
Referenznummer: 10001-1002734819-S

Ihre versendeten Bewerbungen finden Sie in Ihrem Profil unter "Meine Bewerbungen":
https://www.arbeitsagentur.de/profil/bewerbungen

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
)

_pz_int = m(
    "ol84",
    "2025-11-11 13:37",
    "Prüfzentrum Süd GmbH – Personal <personal@pruefzentrum-sued.example>",
    "Telefoninterview",
    A("interview", PZ, PZR, 15, "direct"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Bewerbung über die Jobbörse der Arbeitsagentur. Gern würden wir Sie in
einem ersten Telefoninterview (ca. 30 Minuten) kennenlernen.

Passt Ihnen Donnerstag, 13.11.2025, um 16:00 Uhr? Herr Dipl.-Ing. Rottmann (Laborleitung) würde
Sie dann unter der in Ihrem Lebenslauf angegebenen Mobilnummer anrufen.

Mit freundlichen Grüßen
Jasmin Öztürk
Personal

Prüfzentrum Süd GmbH · Akkreditiertes Prüflabor nach DIN EN ISO/IEC 17025
Hohenlindner Straße 28 · 85622 Feldkirchen""",
)

_pz_rej = m(
    "cw56",
    "2025-11-26 10:09",
    "Prüfzentrum Süd GmbH – Personal <personal@pruefzentrum-sued.example>",
    "Ihre Bewerbung vom 03.11.2025",
    A("rejection", PZ, PZR, 15, "direct"),
    text="""Sehr geehrter Herr Vogl,

nochmals vielen Dank für das freundliche Telefonat mit Herrn Rottmann.

Nach Abschluss unserer Gespräche haben wir uns entschieden, die Stelle anderweitig zu besetzen.
Ausschlaggebend war für uns die Erfahrung mit metallografischen Untersuchungen, die für die
Position eine große Rolle spielt.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen
Jasmin Öztürk
Personal
Prüfzentrum Süd GmbH""",
)


# --- Corvance Medical (16): Workday tenant "corvancemed" --------------------------------------

_cm_conf = m(
    "gu13",
    "2025-10-20 07:22",
    "Corvance Medical <corvancemed@myworkday.com>",
    "We've received your application",
    A("confirmation", CM, CMR, 16, "workday", "en"),
    text="""Dear Korbinian,

Thank you for applying for the position R&D Test Engineer (f/m/d) (JR-2025-03317) in Munich,
Germany. We have received your application and will review it shortly.

You can track your application in the Candidate Home:
https://corvancemed.wd1.myworkdayjobs.com/en-US/CorvanceCareers/userHome

At Corvance, we believe great care starts with great people.

Corvance Medical Talent Acquisition

Corvance Medical Germany GmbH, Messestraße 9, 81829 München. This is an automated message.""",
)

_cm_task = m(
    "ek49",
    "2025-11-03 15:05",
    "Corvance Medical <corvancemed@myworkday.com>",
    "Action required: complete your technical questionnaire",
    A("assessment", CM, CMR, 16, "workday", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Korbinian,</p>
<p>Your application for <b>R&amp;D Test Engineer (f/m/d)</b> has moved to the next step. Please
complete the technical questionnaire in your Candidate Home within <b>5 days</b>. It takes about
40 minutes and covers test method validation (TMV), Gage R&amp;R and design verification under
ISO 13485.</p>
<p><a href="https://corvancemed.wd1.myworkdayjobs.com/en-US/CorvanceCareers/userHome/tasks">Open my tasks</a></p>
<p>Corvance Medical Talent Acquisition</p>
<p style="font-size:11px;color:#888">Corvance Medical Germany GmbH · München</p>
</body></html>""",
)

_cm_rej = m(
    "sl70",
    "2025-12-01 09:48",
    "Corvance Medical <corvancemed@myworkday.com>",
    "Corvance Medical – Ihre Bewerbung",
    A("rejection", CM, CMR, 16, "workday"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihr Interesse an Corvance Medical und die Zeit, die Sie in Ihre Bewerbung als
R&D Test Engineer (f/m/d) investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen und Ihrer Antworten im Fragebogen haben wir uns
entschieden, andere Kandidatinnen und Kandidaten weiter zu berücksichtigen, deren Erfahrung noch
enger zu den Anforderungen passt.

Wir ermutigen Sie, sich auch künftig auf passende Positionen bei uns zu bewerben.

Mit freundlichen Grüßen
Corvance Medical Talent Acquisition""",
)


# --- Weßling Aero Components (17): SuccessFactors, with an incomplete-application nudge --------

_wa_nudge = m(
    "iv02",
    "2025-10-08 06:30",
    "Weßling Aero Components Karriere <noreply@successfactors.eu>",
    "Sie haben Ihre Bewerbung noch nicht abgeschlossen",
    J("alert", "other", WA, WAR),
    text="""Guten Tag Korbinian Vogl,

Sie haben vor zwei Tagen eine Bewerbung für die Stelle "Ingenieur Qualifikationstests (m/w/d)"
begonnen, aber noch nicht abgeschickt. Ihre Angaben sind gespeichert – Sie können jederzeit dort
weitermachen, wo Sie aufgehört haben:

https://career2.successfactors.eu/career?company=wesslingaeP&career_ns=job_application&career_job_req_id=3107

Die Stelle ist noch bis zum 31.10.2025 ausgeschrieben.

Ihr Recruiting-Team
Weßling Aero Components GmbH""",
)

_wa_conf = m(
    "ru58",
    "2025-10-10 20:19",
    "Weßling Aero Components Karriere <noreply@successfactors.eu>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", WA, WAR, 17, "other"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Bewerbung als Ingenieur Qualifikationstests (m/w/d) (Req. 3107) bei der
Weßling Aero Components GmbH. Wir haben Ihre Unterlagen erhalten und melden uns nach Prüfung bei
Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team

Weßling Aero Components GmbH · Argelsrieder Feld 6 · 82234 Weßling
https://career2.successfactors.eu/career?company=wesslingaeP""",
)

_wa_rej = m(
    "ob86",
    "2025-11-17 08:12",
    "Weßling Aero Components Karriere <noreply@successfactors.eu>",
    "Ihre Bewerbung bei Weßling Aero Components",
    A("rejection", WA, WAR, 17, "other"),
    text="""Sehr geehrter Herr Vogl,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Vertrauen in unser Unternehmen.

Nach eingehender Prüfung Ihrer Unterlagen teilen wir Ihnen mit, dass wir Ihre Bewerbung im
weiteren Auswahlverfahren leider nicht berücksichtigen können.

Wir wünschen Ihnen viel Erfolg auf Ihrem weiteren Weg.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Weßling Aero Components GmbH""",
)


# --- Gräfelfinger Präzisionstechnik (18): softgarden, cancelled and re-set interview ----------

_gp_conf = m(
    "td24",
    "2025-09-24 12:44",
    "Gräfelfinger Präzisionstechnik GmbH <noreply@softgarden.io>",
    "Ihre Bewerbung ist bei uns eingegangen",
    A("confirmation", GP, GPR, 18, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Vogl,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Versuchsingenieur Mechanik / Schwingungstechnik (m/w/d)</b>.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden uns nach Sichtung zeitnah bei Ihnen melden.
Über Ihren persönlichen <a href="https://graefelfinger-praezision.softgarden.io/de/applicant/status/0a8d4c">Bewerbungsstatus</a>
sind Sie stets auf dem Laufenden.</p>
<p>Mit freundlichen Grüßen<br>Tanja Reiter<br>Personalwesen</p>
<p style="font-size:11px;color:#888">Gräfelfinger Präzisionstechnik GmbH · Lochhamer Straße 47 · 82166 Gräfelfing<br>
Diese E-Mail wurde über softgarden versendet.</p>
</body></html>""",
)

_gp_int = m(
    "mq50",
    "2025-10-06 10:20",
    "Gräfelfinger Präzisionstechnik GmbH <noreply@softgarden.io>",
    "Einladung zum Vorstellungsgespräch",
    A("interview", GP, GPR, 18, "other"),
    text="""Sehr geehrter Herr Vogl,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen:

Datum: Dienstag, 14.10.2025
Uhrzeit: 09:00 Uhr
Ort: Gräfelfinger Präzisionstechnik GmbH, Lochhamer Straße 47, 82166 Gräfelfing
Gesprächspartner: Herr Bernhard Lindl (Leitung Versuch), Frau Tanja Reiter (Personal)

Bitte bestätigen Sie den Termin über folgenden Link:
https://graefelfinger-praezision.softgarden.io/de/applicant/appointment/confirm/71fe22

Mit freundlichen Grüßen
Tanja Reiter
Personalwesen""",
    ics=ics(
        "sg-appointment-71fe22@softgarden.io",
        "2025-10-14 09:00",
        "Vorstellungsgespräch Gräfelfinger Präzisionstechnik GmbH",
        ("Tanja Reiter", "noreply@softgarden.io"),
        style="outlook",
        location="Lochhamer Straße 47, 82166 Gräfelfing",
    ),
)

_gp_cancel = m(
    "ag79",
    "2025-10-13 15:31",
    "Gräfelfinger Präzisionstechnik GmbH <noreply@softgarden.io>",
    "Terminabsage: Vorstellungsgespräch am 14.10.2025",
    A("interview", GP, GPR, 18, "other"),
    text="""Sehr geehrter Herr Vogl,

leider müssen wir den für morgen, 14.10.2025, 09:00 Uhr vereinbarten Termin kurzfristig absagen,
da Herr Lindl erkrankt ist. Wir bitten vielmals um Entschuldigung.

Wir melden uns in den nächsten Tagen mit einem Ersatztermin bei Ihnen.

Mit freundlichen Grüßen
Tanja Reiter
Personalwesen""",
    ics=ics(
        "sg-appointment-71fe22@softgarden.io",
        "2025-10-14 09:00",
        "Vorstellungsgespräch Gräfelfinger Präzisionstechnik GmbH",
        ("Tanja Reiter", "noreply@softgarden.io"),
        style="outlook",
        method="CANCEL",
        location="Lochhamer Straße 47, 82166 Gräfelfing",
    ),
)

_gp_int2 = m(
    "wb65",
    "2025-10-16 09:02",
    "Gräfelfinger Präzisionstechnik GmbH <noreply@softgarden.io>",
    "Neuer Termin: Vorstellungsgespräch am 22.10.2025",
    A("interview", GP, GPR, 18, "other"),
    text="""Sehr geehrter Herr Vogl,

wie angekündigt schlagen wir Ihnen einen neuen Termin vor:

Datum: Mittwoch, 22.10.2025
Uhrzeit: 08:30 Uhr
Ort: Lochhamer Straße 47, 82166 Gräfelfing

Bitte bestätigen Sie den Termin über folgenden Link:
https://graefelfinger-praezision.softgarden.io/de/applicant/appointment/confirm/8c0b19

Mit freundlichen Grüßen
Tanja Reiter
Personalwesen""",
    ics=ics(
        "sg-appointment-8c0b19@softgarden.io",
        "2025-10-22 08:30",
        "Vorstellungsgespräch Gräfelfinger Präzisionstechnik GmbH",
        ("Tanja Reiter", "noreply@softgarden.io"),
        style="outlook",
        location="Lochhamer Straße 47, 82166 Gräfelfing",
    ),
)

_gp_rej = m(
    "zh17",
    "2025-11-04 16:02",
    "Gräfelfinger Präzisionstechnik GmbH <noreply@softgarden.io>",
    "Ihre Bewerbung bei uns",
    A("rejection", GP, GPR, 18, "other"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für das angenehme Gespräch und Ihr Interesse an einer Mitarbeit in unserem Haus.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns jedoch für eine
Bewerberin entschieden, die unsere Anforderungen an Erfahrung im Bereich Modalanalyse noch etwas
besser erfüllt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Tanja Reiter
Personalwesen
Gräfelfinger Präzisionstechnik GmbH""",
)

_gp_survey = m(
    "fe88",
    "2025-11-05 10:00",
    "Gräfelfinger Präzisionstechnik GmbH <noreply@softgarden.io>",
    "Wie zufrieden waren Sie mit unserem Bewerbungsprozess?",
    J("other_job", "other", GP),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Vogl,</p>
<p>Ihre Meinung ist uns wichtig! Bitte nehmen Sie sich zwei Minuten Zeit und bewerten Sie Ihre
Erfahrungen im Bewerbungsprozess bei der Gräfelfinger Präzisionstechnik GmbH. Die Umfrage ist anonym.</p>
<p><a href="https://feedback.softgarden.io/survey/de/7a31c0e2">Zur Umfrage</a></p>
<p>Vielen Dank!</p>
<p style="font-size:11px;color:#888">Die Umfrage wird von softgarden e-recruiting GmbH im Auftrag des Unternehmens durchgeführt.</p>
</body></html>""",
)


# --- Erdinger Orthopädie Systeme (19): softgarden, ghosted ------------------------------------

_eo_conf = m(
    "kt42",
    "2026-01-08 08:11",
    "Erdinger Orthopädie Systeme <noreply@softgarden.io>",
    "Vielen Dank für Ihre Bewerbung!",
    A("confirmation", EO, EOR, 19, "other"),
    text="""Guten Tag Herr Vogl,

vielen Dank für Ihre Bewerbung als Entwicklungsingenieur Prüfmittelbau (m/w/d) und Ihr Interesse
an der Erdinger Orthopädie Systeme GmbH.

Wir prüfen Ihre Unterlagen und melden uns in den nächsten zwei Wochen bei Ihnen. Ihren
Bewerbungsstatus können Sie hier einsehen:
https://eos-erding.softgarden.io/de/applicant/status/e51b7f

Freundliche Grüße
Ihr HR-Team

Erdinger Orthopädie Systeme GmbH · Am Gewerbering 14 · 85435 Erding""",
)


# --- Oberland Luftfahrttechnik (20): rexx from the employer's own domain -----------------------

_ol_conf = m(
    "ye36",
    "2025-10-15 11:49",
    "Oberland Luftfahrttechnik GmbH <bewerbung@oberland-lft.example>",
    "Ihre Bewerbung: Versuchsingenieur Umweltsimulation (DO-160) (m/w/d)",
    A("confirmation", OL, OLR, 20, "other"),
    text="""Sehr geehrter Herr Vogl,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Versuchsingenieur Umweltsimulation
(DO-160) (m/w/d) am Standort Penzberg.

Ihre Bewerbungsnummer lautet: OLT-25-0419

Über den Stand Ihrer Bewerbung informieren wir Sie per E-Mail. Sie können Ihre Daten jederzeit
in Ihrem Bewerberkonto einsehen:
https://oberland-lft-portal.rexx-systems.com/bewerberkonto.html

Mit freundlichen Grüßen
Personalabteilung
Oberland Luftfahrttechnik GmbH · Nonnenwaldstraße 22 · 82377 Penzberg""",
    headers={"X-Mailer": "rexx systems Recruitment"},
)

_ol_viewed = m(
    "pl05",
    "2025-10-28 13:13",
    "Oberland Luftfahrttechnik GmbH <bewerbung@oberland-lft.example>",
    "Statusänderung Ihrer Bewerbung OLT-25-0419",
    A("viewed", OL, OLR, 20, "other"),
    text="""Sehr geehrter Herr Vogl,

der Status Ihrer Bewerbung OLT-25-0419 hat sich geändert:

Neuer Status: In fachlicher Prüfung

Ihre Unterlagen liegen nun der Fachabteilung zur Prüfung vor. Wir melden uns, sobald es
Neuigkeiten gibt.

Mit freundlichen Grüßen
Personalabteilung
Oberland Luftfahrttechnik GmbH""",
    headers={"X-Mailer": "rexx systems Recruitment"},
)

_ol_rej = m(
    "nx63",
    "2025-12-04 09:30",
    "Oberland Luftfahrttechnik GmbH <bewerbung@oberland-lft.example>",
    "Ihre Bewerbung bei der Oberland Luftfahrttechnik GmbH",
    A("rejection", OL, OLR, 20, "other"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Geduld. Nach sorgfältiger Prüfung durch die Fachabteilung müssen wir Ihnen
leider mitteilen, dass wir uns für eine andere Bewerbung entschieden haben.

Bitte betrachten Sie diese Entscheidung nicht als Abwertung Ihrer Qualifikation.

Mit freundlichen Grüßen
Personalabteilung
Oberland Luftfahrttechnik GmbH""",
    headers={"X-Mailer": "rexx systems Recruitment"},
)


# --- Garchinger Vakuumtechnik (21): d.vinci, GmbH & Co. KG, interview then silence -------------

_gv_conf = m(
    "ub91",
    "2025-11-18 17:06",
    "Garchinger Vakuumtechnik GmbH & Co. KG <noreply@dvinci-hr.com>",
    "Bewerbungseingang – Testingenieur Vakuumkomponenten (m/w/d)",
    A("confirmation", GV, GVR, 21, "other"),
    html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Vogl,</p>
<p>wir haben Ihre Bewerbung als Testingenieur Vakuumkomponenten (m/w/d) erhalten und bedanken uns für Ihr Interesse.</p>
<p>Wir melden uns nach Prüfung Ihrer Unterlagen bei Ihnen.</p>
<p>Freundliche Grüße<br>Carina Wimmer<br>Human Resources</p>
<hr><p style="font-size:10px;color:#666">Garchinger Vakuumtechnik GmbH &amp; Co. KG · Schleißheimer Straße 90 · 85748 Garching<br>
Komplementärin: GVT Verwaltungs GmbH · AG München HRA 102217 / HRB 230981<br>
<a href="https://gvt-vakuum.dvinci-hr.com/de/p/bewerberportal">Bewerberportal</a></p>
</body></html>""",
)

_gv_int = m(
    "sd20",
    "2025-12-02 14:45",
    "Carina Wimmer <c.wimmer@gvt-vakuum.example>",
    "Einladung zum Teams-Gespräch",
    A("interview", GV, GVR, 21, "direct"),
    text="""Sehr geehrter Herr Vogl,

wir würden Sie gern in einem ersten Gespräch per Teams kennenlernen. Die Einladung für Dienstag,
09.12.2025, 10:00 Uhr hängt an. Teilnehmen wird außerdem Herr Dr. Feichtner, Leiter der
Produktvalidierung.

Freundliche Grüße
Carina Wimmer
Human Resources
Garchinger Vakuumtechnik GmbH & Co. KG""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B6C2E1D58F67DC01000000000000000010000000GVT1",
        "2025-12-09 10:00",
        "Bewerbungsgespräch Testingenieur Vakuumkomponenten – Hr. Vogl",
        ("Wimmer, Carina", "c.wimmer@gvt-vakuum.example"),
        style="outlook",
        location="Microsoft Teams-Besprechung",
        attendees=[("Feichtner, Dr. Anton", "a.feichtner@gvt-vakuum.example")],
    ),
)


# --- Ingenieurbüro Rieger (22): direct by e-mail, owner on T-Online, offer declined -----------

_rm_conf = m(
    "eq57",
    "2025-11-24 21:18",
    "Hubert Rieger <h.rieger@t-online.de>",
    "AW: Bewerbung als Versuchsingenieur Messtechnik",
    A("confirmation", RM, RMR, 22, "direct"),
    text="""Servus Herr Vogl,

Ihre Unterlagen sind angekommen, danke. Ich schau sie mir am Wochenende in Ruhe an und melde
mich dann.

Gruß
H. Rieger

Ingenieurbüro Rieger – Messtechnik & Versuch
Hauptstraße 31, 82140 Olching

-----Original-Nachricht-----
Betreff: Bewerbung als Versuchsingenieur Messtechnik
Datum: 2025-11-24T19:02:44+0100
Von: "Korbinian Vogl" <korbinian.vogl@gmx.de>
An: "h.rieger@t-online.de" <h.rieger@t-online.de>

Sehr geehrter Herr Rieger,

über die Anzeige im Olchinger Gewerbeblatt bin ich auf Ihr Ingenieurbüro aufmerksam geworden.
Anbei sende ich Ihnen meine Bewerbungsunterlagen als Versuchsingenieur Messtechnik ...""",
)

_rm_int = m(
    "gk83",
    "2025-12-03 07:40",
    "Hubert Rieger <h.rieger@t-online.de>",
    "Kennenlernen",
    A("interview", RM, RMR, 22, "direct"),
    text="""Guten Morgen Herr Vogl,

Ihr Lebenslauf gefällt mir. Hätten Sie am Donnerstag, 11.12., vormittags Zeit, bei uns in Olching
vorbeizuschauen? Dann zeig ich Ihnen, woran wir gerade messen (Schienenfahrzeug-Drehgestell und
zwei Landmaschinen-Projekte), und wir trinken einen Kaffee. Gern auch mit ein paar Stunden
Mitarbeit, damit Sie sehen, wie es bei uns zugeht.

Ab 9 Uhr bin ich da.

Gruß
Hubert Rieger""",
)

_rm_offer = m(
    "bv29",
    "2025-12-19 16:27",
    "Hubert Rieger <h.rieger@t-online.de>",
    "Unser Angebot",
    A("offer", RM, RMR, 22, "direct"),
    text="""Hallo Herr Vogl,

nach dem Tag bei uns war für mich und meine Frau (die bei uns die Verwaltung macht) schnell
klar: Wir würden Sie gern einstellen.

Unser Angebot:
- Versuchsingenieur Messtechnik, unbefristet, 40 Stunden
- 64.000 Euro brutto im Jahr, dazu ein Dienstwagen (auch privat)
- Beginn nach Absprache, gern zum 1. April

Überlegen Sie es sich in Ruhe über die Feiertage. Ich würde mich freuen, wenn Sie mir bis Mitte
Januar Bescheid geben.

Schöne Weihnachten
Hubert Rieger""",
)

_rm_decl = m(
    "hj46",
    "2026-01-19 12:15",
    "Hubert Rieger <h.rieger@t-online.de>",
    "AW: Unser Angebot",
    A("offer", RM, RMR, 22, "direct"),
    st="declined",
    text="""Hallo Herr Vogl,

schade, ich hätte mich gefreut. Ich verstehe aber, dass Sie in die Medizintechnik wollen, und
danke Ihnen für die ehrliche Absage.

Wenn es mal nicht passt – Sie wissen ja, wo Sie mich finden.

Alles Gute
Hubert Rieger

-----Original-Nachricht-----
Betreff: Re: Unser Angebot
Datum: 2026-01-17T10:44:12+0100
Von: "Korbinian Vogl" <korbinian.vogl@gmx.de>

Sehr geehrter Herr Rieger,

vielen Dank für Ihr Angebot und die Zeit, die Sie sich für mich genommen haben. Nach langem
Überlegen habe ich mich für eine andere Stelle entschieden und muss Ihr Angebot daher leider
ablehnen. ...""",
    **thread(_rm_offer),
)


# --- Helixa Surgical Robotics (23): Greenhouse, English ---------------------------------------

_hx_conf = m(
    "ls38",
    "2025-11-10 12:31",
    "Helixa Surgical Robotics <no-reply@us.greenhouse-mail.io>",
    "Your application to Helixa",
    A("confirmation", HX, HXR, 23, "greenhouse", "en"),
    text="""Hi Korbinian,

Thank you for your interest in Helixa! We've received your application for Verification Engineer
(Munich) and our team is reviewing it.

In the meantime, learn more about how we build robotic systems for minimally invasive surgery:
https://www.helixa-robotics.example/about

Best,
The Helixa Talent Team

Helixa Surgical Robotics GmbH, Munich | helixa-robotics.example""",
)

_hx_int = m(
    "ck74",
    "2025-11-20 09:51",
    "Helixa Recruiting <no-reply@us.greenhouse-mail.io>",
    "Interview Confirmation – Helixa Surgical Robotics",
    A("interview", HX, HXR, 23, "greenhouse", "en"),
    reply_to="Mira Lindqvist <mira.lindqvist@helixa-robotics.example>",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Korbinian,</p>
<p>Your interview with Helixa Surgical Robotics has been scheduled. Here are the details:</p>
<table style="border:1px solid #ddd;padding:8px">
<tr><td><b>Role</b></td><td>Verification Engineer</td></tr>
<tr><td><b>When</b></td><td>Tuesday, November 25, 2025, 4:00 PM – 4:45 PM CET</td></tr>
<tr><td><b>Interviewer</b></td><td>Tomasz Nowak, Verification Lead</td></tr>
<tr><td><b>Where</b></td><td>Google Meet: https://meet.google.com/uvr-jmkc-xhe</td></tr>
</table>
<p>If you need to reschedule, please reply to this email.</p>
<p>Best,<br>Mira Lindqvist<br>Technical Recruiter, Helixa</p>
</body></html>""",
    ics=ics(
        "greenhouse-interview-9821773@helixa-robotics.example",
        "2025-11-25 16:00",
        "Helixa Interview: Korbinian Vogl – Verification Engineer",
        ("Mira Lindqvist", "mira.lindqvist@helixa-robotics.example"),
        minutes=45,
        location="https://meet.google.com/uvr-jmkc-xhe",
        attendees=[("Tomasz Nowak", "tomasz.nowak@helixa-robotics.example")],
    ),
)

_hx_rej = m(
    "wm01",
    "2025-12-10 18:26",
    "Helixa Surgical Robotics <no-reply@us.greenhouse-mail.io>",
    "Helixa Surgical Robotics – Verification Engineer",
    A("rejection", HX, HXR, 23, "greenhouse", "en"),
    reply_to="Mira Lindqvist <mira.lindqvist@helixa-robotics.example>",
    text="""Hi Korbinian,

Thank you for speaking with Tomasz and for your interest in Helixa. We really appreciated the
time you took and your thoughtful questions about our verification strategy.

After careful consideration, we've decided not to move forward with your application at this
time. The team is looking for someone with more hands-on experience in software-driven
verification for active medical devices (IEC 62304).

We'll keep your details on file and hope our paths cross again.

Warm regards,
Mira Lindqvist
Technical Recruiter, Helixa Surgical Robotics""",
)


# --- Alerts, outreach and other job mail -----------------------------------------------------

_ss_alert1 = m(
    "ax17",
    "2025-09-06 06:15",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "12 neue Jobs für „Versuchsingenieur“ in München",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0c2577">
<p>Hallo Korbinian Vogl,</p>
<p>Ihr Jobagent „Versuchsingenieur, München + 30 km“ hat 12 neue Jobs gefunden:</p>
<ul>
<li><a href="https://www.stepstone.de/stellenangebote--Versuchsingenieur-Fahrwerk-m-w-d-Karlsfeld--12877341-inline.html?rltr=jobagent">Versuchsingenieur Fahrwerk (m/w/d)</a> – Auerbach Fahrwerktechnik GmbH, Karlsfeld</li>
<li><a href="https://www.stepstone.de/stellenangebote--Pruefingenieur-Elektromobilitaet--12880012-inline.html?rltr=jobagent">Prüfingenieur Elektromobilität (m/w/d)</a> – Personalberatung, München</li>
<li><a href="https://www.stepstone.de/stellenangebote--Testingenieur-Klimaanlagen--12879445-inline.html?rltr=jobagent">Testingenieur Klimasysteme (m/w/d)</a> – Unterschleißheim</li>
<li>… und 9 weitere Jobs</li></ul>
<p><a href="https://www.stepstone.de/jobagent/verwalten">Jobagent bearbeiten</a></p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf ·
<a href="https://www.stepstone.de/jobagent/abmelden?id=9313">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/abmelden?id=9313>"},
)

_ss_alert2 = m(
    "cz55",
    "2025-11-08 06:12",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "Neue Jobs für Sie: Prüfingenieur (m/w/d) bei Garchinger Vakuumtechnik und 7 weitere",
    J("alert", "other"),
    text="""Hallo Korbinian Vogl,

passend zu Ihrem Jobagent „Prüfingenieur, München + 30 km“:

Testingenieur Vakuumkomponenten (m/w/d)
Garchinger Vakuumtechnik GmbH & Co. KG – Garching bei München
https://www.stepstone.de/stellenangebote--Testingenieur-Vakuumkomponenten--12990881-inline.html

Prüfingenieur Medizinprodukte (m/w/d)
Hollerieth Medizintechnik GmbH & Co. KG – Planegg
https://www.stepstone.de/stellenangebote--Pruefingenieur-Medizinprodukte--12991420-inline.html

Ingenieur Qualitätsprüfung Luftfahrt (m/w/d)
Weßling Aero Components GmbH – Weßling
https://www.stepstone.de/stellenangebote--Ingenieur-Qualitaetspruefung--12987103-inline.html

… und 5 weitere Jobs: https://www.stepstone.de/jobagent/ergebnisse?id=9318

Jobagent abbestellen: https://www.stepstone.de/jobagent/abmelden?id=9318
StepStone Deutschland GmbH""",
)

_li_alert1 = m(
    "lw42",
    "2025-09-15 07:03",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "„Test Engineer“: 20+ neue Jobs in München",
    J("alert", "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Ihre Jobbenachrichtigung für <b>Test Engineer</b> in <b>München, Bayern, Deutschland</b></p>
<table>
<tr><td><b>Test Engineer Cabin Systems (m/f/d)</b><br>SKT · Taufkirchen · Vor 2 Tagen</td></tr>
<tr><td><b>Test Engineer – Propulsion Test Stand</b><br>Aldebaran Launch Systems · Ottobrunn · Einfach bewerben</td></tr>
<tr><td><b>Validation Engineer Powertrain</b><br>Isar Mobility Solutions · München · 47 Bewerber</td></tr>
</table>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=Test%20Engineer&amp;location=M%C3%BCnchen&amp;trk=eml-job_alert">Alle Jobs anzeigen</a></p>
<p style="font-size:11px;color:#999">Sie erhalten Jobbenachrichtigungen-E-Mails. <a href="https://www.linkedin.com/comm/jobs/alerts">Benachrichtigung verwalten</a> ·
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Abbestellen</a><br>© 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_li_alert2 = m(
    "dr08",
    "2025-12-03 07:02",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Verification Engineer at Helixa Surgical Robotics and 9 more jobs in Munich for you",
    J("alert", "linkedin", lang="en"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Your job alert for <b>verification engineer</b> in <b>Munich</b></p>
<p><b>Senior Verification Engineer</b> – Helixa Surgical Robotics · Munich (Hybrid) · Actively recruiting</p>
<p><b>V&amp;V Engineer Medical Devices</b> – Nordlicht Medical · Munich · Promoted</p>
<p><b>Test Engineer Environmental Qualification</b> – Oberland Luftfahrttechnik · Penzberg</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=verification%20engineer&amp;trk=eml-job_alert">See all jobs</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_in_alert1 = m(
    "ey93",
    "2025-10-18 05:44",
    "Indeed <alert@indeed.com>",
    "Versuchsingenieur Jobs in München: 15 neue Ergebnisse",
    J("alert", "indeed"),
    html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px">
<p>Neue Jobs für <b>Versuchsingenieur</b> in <b>München</b></p>
<p><a href="https://de.indeed.com/rc/clk?jk=a71f0c2d&amp;from=ja">Versuchsingenieur Bremsensysteme (m/w/d)</a><br>Engineering-Dienstleister · München · 58.000 € – 70.000 € pro Jahr</p>
<p><a href="https://de.indeed.com/rc/clk?jk=9b20de11&amp;from=ja">Prüfstandsingenieur (m/w/d)</a><br>Kunststofftechnik Dachau GmbH · Dachau · Einfach bewerben</p>
<p><a href="https://de.indeed.com/jobs?q=Versuchsingenieur&amp;l=M%C3%BCnchen">Alle 15 neuen Jobs anzeigen</a></p>
<p style="font-size:11px;color:#767676">Sie haben diesen Job-Alert abonniert. <a href="https://de.indeed.com/alert/unsubscribe?id=2f0a">Abbestellen</a></p>
</body></html>""",
)

_in_alert2 = m(
    "gq27",
    "2026-01-30 05:41",
    "Indeed <alert@indeed.com>",
    "Prüfingenieur: neue Jobs in Ihrer Nähe",
    J("alert", "indeed"),
    text="""Neue Jobs für "Prüfingenieur" in München

Prüfingenieur Akustik (m/w/d) – Unterföhring – 4.1 ★
https://de.indeed.com/rc/clk?jk=c0e1f722&from=ja

Testingenieur Drehgestelle (m/w/d) – Kaltenbach Bahntechnik – München-Allach
https://de.indeed.com/rc/clk?jk=18aa03bd&from=ja

Ingenieur Prüflabor (m/w/d) – Prüfzentrum Süd GmbH – Feldkirchen
https://de.indeed.com/rc/clk?jk=55d0b9e3&from=ja

Alle Ergebnisse: https://de.indeed.com/jobs?q=Pr%C3%BCfingenieur&l=M%C3%BCnchen
Abbestellen: https://de.indeed.com/alert/unsubscribe?id=3b71""",
)

_xing_alert = m(
    "hm64",
    "2025-10-26 17:20",
    "XING Jobs <jobs@mail.xing.com>",
    "Diese Jobs passen zu dir, Korbinian",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian,</p>
<p>wir haben neue Jobs gefunden, die zu deinem Profil passen:</p>
<ul><li>Versuchsingenieur Umweltsimulation (DO-160) (m/w/d) – Oberland Luftfahrttechnik GmbH, Penzberg</li>
<li>Berechnungsingenieur Strukturdynamik (m/w/d) – München</li>
<li>Teamleiter Prüffeld (m/w/d) – Freising</li></ul>
<p><a href="https://www.xing.com/jobs/recommendations">Alle Empfehlungen ansehen</a></p>
<p style="font-size:11px;color:#888">New Work SE · <a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</body></html>""",
)

_ba_alert = m(
    "iu35",
    "2025-12-12 07:30",
    "Bundesagentur für Arbeit – Jobbörse <noreply@arbeitsagentur.de>",
    "Neue Stellenangebote zu Ihrem Suchauftrag „Prüfingenieur“",
    J("alert", "other"),
    text="""Guten Tag Herr Korbinian Vogl,

zu Ihrem gespeicherten Suchauftrag „Prüfingenieur, München, Umkreis 25 km“ gibt es 6 neue
Stellenangebote:

1. Prüfingenieur/in Fahrzeugtechnik – Sachverständigenorganisation – 80939 München
2. Ingenieur/in Werkstoffprüfung – 85622 Feldkirchen
3. Versuchsingenieur/in Akustik – 85774 Unterföhring
[...]

Alle Ergebnisse anzeigen:
https://www.arbeitsagentur.de/jobsuche/suche?was=Pr%C3%BCfingenieur&wo=M%C3%BCnchen&umkreis=25

Suchaufträge verwalten: https://www.arbeitsagentur.de/profil/suchauftraege

Ihre Bundesagentur für Arbeit""",
)

_ba_reg = m(
    "jn90",
    "2025-10-30 21:05",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    J("other_job", "other"),
    text="""Guten Tag Herr Vogl,

Sie haben sich bei den Online-Services der Bundesagentur für Arbeit registriert, um die Jobbörse
zu nutzen. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden über folgenden Link:

https://www.arbeitsagentur.de/account/bestaetigung?token=8f3ad1c0e7

Benutzername: kvogl_muc

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit""",
)

_li_inmail = m(
    "kp71",
    "2025-10-28 19:33",
    "Maximilian Kögl via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Teamleitung Fahrwerksversuch – vertrauliche Anfrage",
    J("outreach", "linkedin", None, "Teamleiter Fahrwerksversuch"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p><b>Maximilian Kögl</b> · Partner bei Kögl &amp; Partner Executive Search</p>
<p>Hallo Herr Vogl,</p>
<p>im Auftrag eines namhaften Automobilherstellers im Großraum München besetze ich vertraulich die
Position <b>Teamleiter Fahrwerksversuch (m/w/d)</b>. Ihr Werdegang (Betriebsfestigkeit, Prüfstände,
Projektverantwortung beim Entwicklungsdienstleister) passt hervorragend ins Anforderungsprofil.</p>
<p>Wären Sie offen für ein vertrauliches Gespräch? Den Namen meines Mandanten nenne ich Ihnen gern im persönlichen Austausch.</p>
<p>Beste Grüße<br>Maximilian Kögl</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-MTc0OWQ4/">Antworten</a></p>
<p style="font-size:11px;color:#999">Diese InMail wurde Ihnen von Maximilian Kögl über LinkedIn gesendet. © 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_xing_msg = m(
    "mv16",
    "2025-12-05 12:48",
    "XING <mailrobot@mail.xing.com>",
    "Lisa Obermayr hat dir eine Nachricht geschickt",
    J("outreach", "other", None, "Versuchsingenieur Klimatechnik"),
    text="""Hallo Korbinian,

Lisa Obermayr (Recruiterin bei Brixen Technical Staffing GmbH) hat dir eine Nachricht geschickt:

"Hallo Herr Vogl, für einen Kunden aus dem Bereich Schienenfahrzeug-Klimatechnik in Dachau suche
ich einen Versuchsingenieur Klimatechnik (m/w/d), Festanstellung über uns mit Perspektive.
Hätten Sie Lust auf einen kurzen Austausch? Viele Grüße, Lisa Obermayr"

Nachricht lesen und antworten: https://www.xing.com/chats/7712093

Dein XING-Team""",
)

_li_kaltenbach = m(
    "nt52",
    "2026-01-27 10:19",
    "Verena Hofbauer via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Testingenieur Drehgestelle bei Kaltenbach Bahntechnik",
    J("outreach", "linkedin", "Kaltenbach Bahntechnik", "Testingenieur Drehgestelle"),
    text="""Verena Hofbauer
Talent Acquisition bei Kaltenbach Bahntechnik

Hallo Korbinian,

ich bin Verena aus dem Recruiting-Team der Kaltenbach Bahntechnik in München-Allach. Wir bauen
unser Prüffeld für Drehgestelle aus und suchen eine/n Testingenieur/in mit Erfahrung in
Betriebsfestigkeit und Schwingungsmessung – dein Profil springt da sofort ins Auge.

Hättest du Interesse an einem kurzen Gespräch? Ich schicke dir gern die Stellenbeschreibung.

Viele Grüße
Verena

Antworten: https://www.linkedin.com/messaging/thread/2-OTQ1ZjA3/

Diese Nachricht wurde über LinkedIn gesendet. © 2026 LinkedIn Ireland Unlimited Company""",
)


MAIL = [
    _fw_conf,
    _fw_int1,
    _fw_task,
    _fw_int2,
    _fw_rej,
    _al_conf,
    _al_rej,
    _al_alert,
    _ah_ss,
    _ah_direct,
    _ls_xing,
    _ls_viewed,
    _ls_rej,
    _nl_conf,
    _nl_viewed,
    _kd_conf,
    _kd_rej,
    _pz_conf,
    _pz_int,
    _pz_rej,
    _cm_conf,
    _cm_task,
    _cm_rej,
    _wa_nudge,
    _wa_conf,
    _wa_rej,
    _gp_conf,
    _gp_int,
    _gp_cancel,
    _gp_int2,
    _gp_rej,
    _gp_survey,
    _eo_conf,
    _ol_conf,
    _ol_viewed,
    _ol_rej,
    _gv_conf,
    _gv_int,
    _rm_conf,
    _rm_int,
    _rm_offer,
    _rm_decl,
    _hx_conf,
    _hx_int,
    _hx_rej,
    _ss_alert1,
    _ss_alert2,
    _li_alert1,
    _li_alert2,
    _in_alert1,
    _in_alert2,
    _xing_alert,
    _ba_alert,
    _ba_reg,
    _li_inmail,
    _xing_msg,
    _li_kaltenbach,
]
