# ruff: noqa: E501
"""Corpus 81, English job mail, alerts, outreach and other job mail (data only): see heldout81.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, tz)


def at(day_time: str) -> str:
    return f"{day_time}:00 {tz(day_time[:10])}"


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def D(cat, co, role, app, src):
    return (cat, co, role, app, src, "de")


AR, ARR = "Ardent Mobility Engineering", "Functional Safety Engineer (ISO 26262)"
SI, SIR = "Siltera Semiconductor", "Automotive Applications Engineer"
NH, NHR = "Nordhalde Systems", "Embedded Software Engineer – Battery Management Systems"
GR, GRR = "Grauwerk", "Senior Embedded Engineer (m/w/d) – Zonal Controller"

MAIL: list[dict[str, Any]] = [
    # --- 6 Ardent Mobility Engineering (Greenhouse, English, withdrawn) ---------------------
    m(
        "71102",
        "2025-10-08 14:21",
        "Ardent Mobility Engineering <no-reply@eu.greenhouse-mail.io>",
        "Thank you for your application to Ardent",
        E("confirmation", AR, ARR, 6, "greenhouse"),
        f"""Hi Malte,

Thanks for applying for the {ARR} role in our Munich office. Our team will review your application and, if there is a match, someone will be in touch to discuss next steps.

Unfortunately we can't respond to every applicant individually, but we will let you know either way once a decision has been made.

Best regards,
Talent Team
Ardent Mobility Engineering Ltd. – Munich branch""",
    ),
    m(
        "71131",
        "2025-10-28 09:47",
        "Priya Mehta <priya.mehta@ardent-mobility.example>",
        "Ardent – Functional Safety Engineer: interview with our Munich team",
        E("interview", AR, ARR, 6, "greenhouse"),
        """Hi Malte,

Great speaking with you on Friday. I'd like to set up a 60-minute technical interview with Matthias (Lead FuSa Consultant) and Elena (Delivery Manager). We'll cover HARA, safety concepts and a bit of FMEA from your past projects.

Please pick a slot here: https://app.greenhouse.io/interview_scheduler/ar-5c8e1

Best,
Priya Mehta
Talent Partner, DACH | Ardent Mobility Engineering""",
        headers={"X-Mailer": "Greenhouse"},
    ),
    m(
        "71136",
        "2025-10-29 11:03",
        "Ardent Mobility Engineering <no-reply@eu.greenhouse-mail.io>",
        "Interview confirmed: Functional Safety Engineer (ISO 26262) – Tue, Nov 4",
        E("interview", AR, ARR, 6, "greenhouse"),
        """Hi Malte,

Your interview is confirmed.

Tuesday, November 4, 2025
16:00 – 17:00 CET
Video call: https://meet.google.com/xkr-pwfe-tuz

Interviewers: Matthias Brandl, Elena Ruiz

If you need to reschedule, just reply to this email.""",
        ics={
            "start": at("2025-11-04 16:00"),
            "organizer": ("Priya Mehta", "priya.mehta@ardent-mobility.example"),
            "attendees": [
                ("Matthias Brandl", "matthias.brandl@ardent-mobility.example"),
                ("Elena Ruiz", "elena.ruiz@ardent-mobility.example"),
            ],
            "uid": "gh-int-71136-ardent@greenhouse.io",
            "summary": "Interview: Malte Ostendorf – Functional Safety Engineer (ISO 26262)",
            "location": "https://meet.google.com/xkr-pwfe-tuz",
        },
    ),
    m(
        "71162",
        "2025-12-02 10:31",
        "Priya Mehta <priya.mehta@ardent-mobility.example>",
        "Re: Withdrawing my application",
        E("confirmation", AR, ARR, 6, "direct"),
        """Hi Malte,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application on our side. We'd be happy to hear from you again in the future.

All the best,
Priya

On Mon, Dec 1, 2025 at 8:55 PM Malte Ostendorf <malte.ostendorf@web.de> wrote:
> Dear Priya,
> thank you for the process so far. I have accepted another offer and would
> like to withdraw my application for the Functional Safety Engineer role.
> Kind regards, Malte""",
        st="withdrawn",
    ),
    # --- 23 Siltera Semiconductor (US chip company, Workday, English) -----------------------
    m(
        "71110",
        "2025-10-15 03:12",
        "Siltera Careers <siltera@myworkday.com>",
        "Siltera: We received your application for Automotive Applications Engineer",
        E("confirmation", SI, SIR, 23, "workday"),
        f"""Dear Malte,

Thank you for your interest in Siltera Semiconductor. We have received your application for the position of {SIR} (JR-118204) in Munich, Germany.

Our recruiting team will review your qualifications. If your background matches the requirements of the role, a recruiter will contact you.

You can check your application status at any time in our Candidate Home.

Siltera Semiconductor GmbH | Talent Acquisition""",
    ),
    m(
        "71127",
        "2025-10-24 17:44",
        "HackerRank <support@hackerrank.com>",
        "Siltera Semiconductor has invited you to take a test",
        E("assessment", SI, SIR, 23, "hackerrank"),
        html="""<html><body>
<p>Hi Malte Ostendorf,</p>
<p>Siltera Semiconductor has invited you to take the <b>Embedded C – Automotive AE</b> test. The test is 75 minutes long and consists of 3 coding questions and 10 MCQs.</p>
<p><a href="https://www.hackerrank.com/tests/7a9d12/login?b=eyJ1c2VybmFtZSI6">Take test</a></p>
<p>Please complete it by Oct 31, 2025.</p>
<p>Good luck!<br>Team HackerRank</p></body></html>""",
    ),
    m(
        "71140",
        "2025-11-06 19:02",
        "Kevin Tran <kevin.tran@siltera-semi.example>",
        "Siltera – next step: panel interview",
        E("interview", SI, SIR, 23, "direct"),
        """Hi Malte,

Congrats on a strong test result! We'd like to invite you to a virtual panel interview with the Munich automotive field applications team (three 45-minute sessions) on Thursday, Nov 13, starting 15:00 CET. Invites will follow from our coordinator.

Thanks,
Kevin Tran
Senior Technical Recruiter, EMEA
Siltera Semiconductor""",
    ),
    m(
        "71158",
        "2025-11-28 21:16",
        "Siltera Careers <siltera@myworkday.com>",
        "Update on your application – JR-118204",
        E("rejection", SI, SIR, 23, "workday"),
        """Dear Malte,

Thank you for taking the time to interview with Siltera. The team enjoyed meeting you and appreciated your depth in automotive networking.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our current needs. We encourage you to apply for future roles that match your skills.

Best regards,
Siltera Talent Acquisition""",
    ),
    # --- 24 Nordhalde Systems (LinkedIn Easy Apply, viewed, ghosted) ------------------------
    m(
        "71114",
        "2025-10-17 13:58",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Malte, your application was sent to Nordhalde Systems",
        E("confirmation", NH, NHR, 24, "linkedin"),
        html=f"""<html><body>
<p>Your application was sent to Nordhalde Systems</p>
<p><b>{NHR}</b><br>Nordhalde Systems · Stuttgart, Baden-Württemberg, Germany (Hybrid)</p>
<p>Applied on October 17, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4210998812">View job</a></p>
<p style="font-size:11px;color:#666">This email was intended for Malte Ostendorf (Embedded Software Engineer | AUTOSAR | Functional Safety).</p>
</body></html>""",
    ),
    m(
        "71123",
        "2025-10-21 08:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nordhalde Systems",
        E("viewed", NH, NHR, 24, "linkedin"),
        html=f"""<html><body>
<p>Good news, Malte! Nordhalde Systems viewed your application.</p>
<p><b>{NHR}</b><br>Nordhalde Systems · Stuttgart</p>
<p>Applied 4 days ago</p></body></html>""",
    ),
    # --- 25 Grauwerk (start-up? no: Mittelstand, XING recruiter InMail then applied directly) -
    m(
        "71175",
        "2026-01-14 10:22",
        "XING <mailrobot@mail.xing.com>",
        "Sabine Graue hat Ihnen eine Nachricht geschickt",
        ("outreach", GR, GRR, None, "other", "de"),
        """Hallo Malte Ostendorf,

Sabine Graue hat Ihnen eine Nachricht geschickt:

„Guten Tag Herr Ostendorf, wir bei Grauwerk bauen gerade ein Team für zonale Steuergeräte auf und ich glaube, Ihr Profil passt sehr gut. Hätten Sie Interesse an einem Austausch?“

Antworten Sie direkt auf XING.""",
    ),
    m(
        "71177",
        "2026-01-15 09:10",
        "Sabine Graue <s.graue@grauwerk.example>",
        "Re: Ihre Nachricht auf XING",
        D("confirmation", GR, GRR, 25, "direct"),
        """Guten Tag Herr Ostendorf,

danke für Ihre Rückmeldung und dass Sie uns trotz Ihres bevorstehenden Jobwechsels Ihre Unterlagen geschickt haben – wir sind uns bewusst, dass das ein langfristiger Kontakt ist. Ich habe Ihre Bewerbung an unseren CTO weitergegeben und melde mich.

Viele Grüße
Sabine Graue
Head of People | Grauwerk GmbH | Ingolstadt""",
    ),
    m(
        "71181",
        "2026-02-03 16:40",
        "Sabine Graue <s.graue@grauwerk.example>",
        "Ihre Bewerbung bei Grauwerk",
        D("rejection", GR, GRR, 25, "direct"),
        """Guten Tag Herr Ostendorf,

vielen Dank für Ihre Geduld. Unser CTO hat sich Ihr Profil genau angesehen und fand es sehr stark. Da Sie aber erst frühestens in einem Jahr wechseln könnten und wir die Stelle im Frühjahr besetzen müssen, werden wir den Prozess nicht fortsetzen.

Gern würden wir später wieder auf Sie zukommen.

Viele Grüße
Sabine Graue""",
    ),
    # --- alerts -----------------------------------------------------------------------------
    m(
        "71201",
        "2025-10-04 06:30",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Embedded Software AUTOSAR“ in Stuttgart",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><h3>Ihr Jobagent hat neue Treffer</h3>
<ul><li>Softwareentwickler AUTOSAR (m/w/d) – Lindenfels Sensorik GmbH, Ulm</li>
<li>Embedded Software Engineer (m/w/d) – Kornblum Systems, Stuttgart</li>
<li>Basissoftware-Entwickler (m/w/d) – Vandrel Automotive GmbH, Stuttgart</li></ul>
<p><a href="https://www.stepstone.de/jobagent">Alle Jobs ansehen</a></p></body></html>""",
    ),
    m(
        "71203",
        "2025-10-19 06:31",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "8 neue Jobs für „Embedded Software AUTOSAR“ in Stuttgart",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><h3>Ihr Jobagent hat neue Treffer</h3>
<ul><li>Testingenieur HiL (m/w/d) – Talvik, Ingolstadt</li>
<li>Embedded-Softwareentwickler Motorsteuerung (m/w/d) – Weinmann Antriebstechnik GmbH</li></ul>
<p>Sie erhalten diese E-Mail, weil Sie einen Jobagent angelegt haben.</p></body></html>""",
    ),
    m(
        "71205",
        "2025-11-09 06:29",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "5 neue Jobs für „Embedded Software AUTOSAR“ in Stuttgart",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><h3>Ihr Jobagent hat neue Treffer</h3>
<ul><li>Software-Entwickler Diagnose (m/w/d) – Steinlein Fahrzeugtechnik, Heilbronn</li></ul>
<p><a href="https://www.stepstone.de/jobagent/abmelden">Jobagent abbestellen</a></p></body></html>""",
    ),
    m(
        "71207",
        "2025-10-07 08:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“embedded software engineer”: Siltera Semiconductor - Automotive Applications Engineer and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Your job alert for <b>embedded software engineer</b> in Munich</p>
<p>Siltera Semiconductor – Automotive Applications Engineer – Munich (Hybrid) – Actively recruiting</p>
<p>Grauwerk – Embedded Engineer – Ingolstadt</p>
<p>Ardent Mobility Engineering – Functional Safety Engineer (ISO 26262) – Munich</p></body></html>""",
    ),
    m(
        "71209",
        "2025-11-03 08:01",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“AUTOSAR”: 9 new jobs in Stuttgart Region",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>9 new jobs match your preferences.</p>
<p>Kornblum Systems – AUTOSAR Adaptive Developer – Stuttgart</p>
<p>Ostara Automotive – Software Integrator – Munich</p></body></html>""",
    ),
    m(
        "71211",
        "2025-10-12 18:00",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "Diese Jobs könnten Sie interessieren, Malte",
        ("alert", None, None, None, "other", "de"),
        """Hallo Malte,

basierend auf Ihrem Profil haben wir neue Jobempfehlungen:

- Entwicklungsingenieur Embedded Systems (m/w/d), Pfeilmann Elektronik GmbH, Böblingen
- Teamleiter Softwareentwicklung (m/w/d), ein Unternehmen der Automobilbranche, Stuttgart

Alle Empfehlungen: https://www.xing.com/jobs/recommendations""",
    ),
    m(
        "71213",
        "2025-10-26 09:12",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: Embedded Entwickler in Esslingen am Neckar",
        ("alert", None, None, None, "indeed", "de"),
        html="""<html><body><p>Embedded Entwickler – 6 neue Jobs</p>
<p>Softwareentwickler Prüfstandsautomatisierung (m/w/d) – Brenner &amp; Sohn Prüftechnik GmbH – Esslingen</p>
<p>Firmware Engineer (m/w/d) – Kelterbach Medizintechnik – Tübingen</p></body></html>""",
    ),
    m(
        "71215",
        "2025-10-09 12:40",
        "Vandrel Karriere <noreply@successfactors.eu>",
        "Willkommen in der Vandrel Talent Community",
        ("alert", None, None, None, "other", "de"),
        """Hallo Malte,

schön, dass Sie Teil unserer Talent Community sind! Wir informieren Sie künftig über neue Stellen, Karriere-Events und Einblicke in unsere Teams in Stuttgart, Ingolstadt und weltweit.

Ihre Präferenzen: Softwareentwicklung, Elektrik/Elektronik, Baden-Württemberg.

Ihr Vandrel Talent Acquisition Team""",
    ),
    m(
        "71217",
        "2025-10-29 20:00",
        "tlvk <tlvk@myworkday.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        ("alert", None, None, None, "workday", "de"),
        """Hallo Malte,

Sie haben mit einer Bewerbung für R-0031912 Software-Tester Fahrdynamik (m/w/d) begonnen, diese aber noch nicht abgeschickt. Melden Sie sich an, um dort weiterzumachen, wo Sie aufgehört haben.

Talvik Talent Acquisition""",
    ),
    m(
        "71219",
        "2025-11-20 07:45",
        "Merovia Careers <careers@merovia.eightfold.ai>",
        "Neue Stellen, die zu Ihrem Profil passen",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Malte,</p><p>auf Basis Ihres Profils empfehlen wir Ihnen:</p>
<ul><li>Softwareentwickler Bremsregelsysteme (m/w/d) – Abstatt</li><li>Functional Safety Manager (m/w/d) – Abstatt</li></ul>
<p>Merovia Talent Acquisition</p></body></html>""",
    ),
    m(
        "71221",
        "2025-12-15 07:00",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag",
        ("alert", None, None, None, "other", "de"),
        """Guten Tag Herr Ostendorf,

zu Ihrem Suchauftrag „Ingenieur Elektrotechnik, Stuttgart, 25 km“ gibt es 14 neue Stellenangebote in der Jobbörse.

Ihre Agentur für Arbeit""",
    ),
    m(
        "71223",
        "2026-01-05 06:30",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "3 neue Jobs für „Embedded Software AUTOSAR“ in Stuttgart",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><h3>Ihr Jobagent hat neue Treffer</h3>
<ul><li>Embedded Engineer (m/w/d) – Nivaro Robotics, Stuttgart</li></ul></body></html>""",
    ),
    # --- outreach -----------------------------------------------------------------------------
    m(
        "71231",
        "2025-10-23 14:14",
        "Marco Bellini via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunity: Embedded SW Lead – Munich",
        ("outreach", "Kornblum Systems", "Embedded Software Lead", None, "linkedin", "en"),
        """Hi Malte,

I'm a recruiter at Kornblum Systems, and we're growing our vehicle computer team in Munich. Your background in AUTOSAR and functional safety caught my eye. Would you be open to a quick chat about our Embedded Software Lead opening?

Best,
Marco""",
    ),
    m(
        "71233",
        "2025-11-06 10:50",
        "Stefan Adler <s.adler@technoplan-engineering.example>",
        "Projektanfrage Softwareintegration – Einsatz Sindelfingen",
        ("outreach", None, "Softwareintegrator (m/w/d)", None, "agency", "de"),
        """Guten Tag Herr Ostendorf,

als Engineering-Dienstleister unterstützen wir einen namhaften OEM am Standort Sindelfingen. Aktuell suchen wir einen Softwareintegrator (m/w/d) für Steuergeräte im Bereich Karosserieelektronik, unbefristet bei uns angestellt.

Darf ich Ihnen die Details zukommen lassen?

Mit freundlichen Grüßen
Stefan Adler
Technoplan Engineering GmbH""",
    ),
    m(
        "71235",
        "2026-01-20 11:30",
        "Claudia Weyrich <c.weyrich@talbach-search.example>",
        "Neues Mandat – vielleicht für später interessant",
        ("outreach", None, "Leiter Softwareentwicklung Elektronik (m/w/d)", None, "agency", "de"),
        """Sehr geehrter Herr Ostendorf,

ich weiß, dass Sie gerade einen neuen Job antreten; dennoch wollte ich Ihnen ein neues Mandat nicht vorenthalten: Leiter Softwareentwicklung Elektronik (m/w/d) bei einem Mittelständler im Remstal. Wenn es nicht passt, kein Problem – melden Sie sich gern jederzeit.

Herzliche Grüße
Claudia Weyrich""",
    ),
    # --- other job mail -------------------------------------------------------------------------
    m(
        "71241",
        "2025-10-30 20:38",
        "tlvk <tlvk@myworkday.com>",
        "Bestätigen Sie Ihre E-Mail-Adresse",
        ("other_job", "Talvik", None, None, "workday", "de"),
        """Hallo,

um Ihr Kandidatenkonto bei Talvik zu aktivieren, klicken Sie bitte auf den folgenden Link: https://tlvk.wd3.myworkdayjobs.com/verify?t=9c1f

Der Link ist 24 Stunden gültig.""",
    ),
    m(
        "71243",
        "2025-10-14 09:01",
        "Dr. Claudia Weyrich <c.weyrich@talbach-search.example>",
        "Automatische Antwort: Ihr Rückruf",
        ("other_job", None, None, None, "agency", "de"),
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16. Oktober auf Geschäftsreise und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Becht (0711 2xx 40-0).

Mit besten Grüßen
Claudia Weyrich""",
    ),
    m(
        "71245",
        "2025-11-06 08:10",
        "Kaltenbach Gruppe Karriere <noreply@successfactors.eu>",
        "Ihr Zugang zum Online-Test",
        D(
            "assessment",
            "Kaltenbach Digital",
            "Software Architect Over-the-Air Updates (m/w/d)",
            16,
            "other",
        ),
        """Sehr geehrter Herr Ostendorf,

hier ist Ihr persönlicher Zugang zum Online-Test unseres Testpartners: https://tests.kaltenbach-gruppe.example/s/KD-88213

Zugangscode: 4471-QX

Viel Erfolg!
Kaltenbach Gruppe – HR Services""",
    ),
    m(
        "71247",
        "2025-12-10 15:00",
        "Merovia Careers <careers@merovia.eightfold.ai>",
        "Wie war Ihre Erfahrung als Bewerber bei Merovia?",
        ("other_job", "Merovia", None, None, "other", "de"),
        """Hallo Malte,

Sie haben sich kürzlich bei Merovia beworben. Wir möchten unseren Bewerbungsprozess verbessern und freuen uns über Ihre Meinung – die Umfrage dauert nur 3 Minuten.

Zur Umfrage: https://survey.merovia.example/cx?id=1a2b

Vielen Dank!
Merovia Talent Acquisition""",
    ),
    m(
        "71249",
        "2025-12-18 10:12",
        "Vandrel Onboarding <onboarding@vandrel-gruppe.example>",
        "Ihr Zugang zum Vandrel Preboarding-Portal",
        (
            "other_job",
            "Vandrel",
            "Software-Entwickler AUTOSAR Classic (m/w/d)",
            None,
            "direct",
            "de",
        ),
        """Hallo Herr Ostendorf,

für die Zeit bis zu Ihrem Eintritt haben wir Ihnen einen Zugang zu unserem Preboarding-Portal eingerichtet. Dort finden Sie Ihre Checkliste, Ihr Team und erste Informationen zum Standort Feuerbach.

Benutzername: mostendorf.ext
Ihr Initialpasswort erhalten Sie per SMS.

Viele Grüße
Ihr Onboarding-Team""",
    ),
    m(
        "71251",
        "2025-11-20 12:00",
        "Benedikt Sauer <b.sauer@hallmer-engineering.example>",
        "Automatische Antwort: Rückfrage Auringer",
        ("other_job", "Auringer", None, None, "agency", "de"),
        """Ich bin bis 24.11. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie unser Team unter ingolstadt@hallmer-engineering.example.

Benedikt Sauer""",
    ),
    m(
        "71253",
        "2026-03-02 17:30",
        "Benedikt Sauer <b.sauer@hallmer-engineering.example>",
        "Auringer – Stelle wieder freigegeben",
        (
            "outreach",
            "Auringer",
            "Embedded Software Engineer Fahrerassistenz (m/w/d)",
            None,
            "agency",
            "de",
        ),
        """Hallo Herr Ostendorf,

wie versprochen melde ich mich: Auringer hat die Position im Bereich Fahrerassistenz wieder freigegeben. Ich weiß, dass Sie inzwischen bei Vandrel angefangen haben – falls Sie sich dennoch einen Wechsel vorstellen können, sagen Sie Bescheid.

Beste Grüße
Benedikt Sauer""",
    ),
]
