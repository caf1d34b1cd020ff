# ruff: noqa: E501, RUF100
"""Corpus 129, job mail part one (data only): see heldout129.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the thread
helper and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Munich's offset on ``day`` (CEST until the last Sunday of October 2025)."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "de") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "de"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "de") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*earlier: dict[str, Any]) -> dict[str, str]:
    """In-Reply-To / References for a reply to the given earlier specs (oldest first)."""
    ids = [spec["id"] for spec in earlier]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "korbinian.vogl@gmx.de"
ME = f"Korbinian Vogl <{ME_ADDR}>"

AU, AU1, AU2 = (
    "Auerbach Fahrwerktechnik",
    "Versuchsingenieur Fahrwerk",
    "Prüfstandsingenieur Dauerlauf",
)
SKT, SKTR = "SKT", "Test Engineer Cabin Systems"
VS, VSR = "Vitalis Surgical", "Prüfingenieur Verifikation & Validierung"
RBS, RBSR = (
    "Reuleaux RBS",
    "Wissenschaftlicher Mitarbeiter Betriebsfestigkeit und Schwingungsprüfung",
)
BA, BAR = "Brandner Aerospace", "Testingenieur Strukturversuche"
VO, VO1, VO2 = "Voltara eDrive", "Versuchsingenieur E-Antrieb", "Testingenieur HV-Batteriesysteme"
FW, FWR = "Föhnwerk", "Test & Validation Engineer UAV"
AL, ALR = "Aldebaran Launch Systems", "Test Engineer – Propulsion Test Stand"
AH, AHR = "Ammersee Hydraulik", "Versuchsingenieur Hydraulik"
LS, LSR = "Loisach Sensortechnik", "Applikationsingenieur Prüftechnik"
NL, NLR = "Nordlicht Medical", "Test Engineer Medical Devices"
KD, KDR = "Kunststofftechnik Dachau", "Versuchsingenieur Kunststoffbauteile"
PZ, PZR = "Prüfzentrum Süd", "Prüfingenieur Werkstoff- und Bauteilprüfung"
CM, CMR = "Corvance Medical", "R&D Test Engineer"
WA, WAR = "Weßling Aero Components", "Ingenieur Qualifikationstests"
GP, GPR = "Gräfelfinger Präzisionstechnik", "Versuchsingenieur Mechanik / Schwingungstechnik"
EO, EOR = "Erdinger Orthopädie Systeme", "Entwicklungsingenieur Prüfmittelbau"
OL, OLR = "Oberland Luftfahrttechnik", "Versuchsingenieur Umweltsimulation"
GV, GVR = "Garchinger Vakuumtechnik", "Testingenieur Vakuumkomponenten"
RM, RMR = "Ingenieurbüro Rieger", "Versuchsingenieur Messtechnik"
HX, HXR = "Helixa Surgical Robotics", "Verification Engineer"


# --- Auerbach Fahrwerktechnik (1, 2): SuccessFactors, the group's careers mailbox --------------

_AUERBACH_FOOT = """--
Auerbach Group Services GmbH | Dachauer Straße 311 | 80993 München
Geschäftsführung: Dr. Ulrich Hamberger, Simone Texier | Amtsgericht München HRB 219874
Die Auerbach Group Services GmbH erbringt Recruiting-Leistungen für alle Gesellschaften der Auerbach Gruppe.
Informationen zum Datenschutz: https://www.auerbach-group.example/karriere/datenschutz-bewerber"""

_au_conf1 = m(
    "fk2w",
    "2025-09-08 09:14",
    "Auerbach Gruppe | Karriere <careers@auerbach-group.example>",
    "Ihre Bewerbung bei der Auerbach Gruppe – Job-ID 48213",
    A("confirmation", AU, AU1, 1, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00355f;padding:16px">
<img src="https://career5.successfactors.eu/ui/logo?company=auerbachgrP" alt="Auerbach Gruppe" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrter Herr Vogl,</p>
<p>vielen Dank für Ihr Interesse an der Auerbach Gruppe und Ihre Bewerbung als
<b>Versuchsingenieur Fahrwerk (m/w/d)</b> am Standort Karlsfeld (Job-ID 48213).</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Die Position ist bei der
Auerbach Fahrwerktechnik GmbH angesiedelt; Ihre Bewerbung wird vom zentralen Recruiting der
Auerbach Group Services GmbH im Auftrag der Gesellschaft bearbeitet.</p>
<p>Wir prüfen Ihre Unterlagen sorgfältig und melden uns in der Regel innerhalb von zwei bis drei
Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen:</p>
<p><a href="https://career5.successfactors.eu/career?company=auerbachgrP&amp;career_ns=job_application&amp;career_job_req_id=48213">Zum Kandidatenprofil</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Auerbach Gruppe</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px;border-top:1px solid #ddd">
Auerbach Group Services GmbH · Dachauer Straße 311 · 80993 München · Amtsgericht München HRB 219874<br>
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht direkt auf diese Nachricht.<br>
<a href="https://www.auerbach-group.example/karriere/datenschutz-bewerber">Datenschutzhinweise für Bewerber</a>
</td></tr></table></body></html>""",
    sender="Auerbach Gruppe | Karriere <noreply@successfactors.eu>",
    headers={"X-SF-Template": "APPLY_CONFIRM_DE"},
)

_au_conf2 = m(
    "p0zd",
    "2025-09-15 18:02",
    "Auerbach Group Careers <noreply@successfactors.eu>",
    "Eingangsbestätigung: Prüfstandsingenieur Dauerlauf (m/w/d)",
    A("confirmation", AU, AU2, 2, "other"),
    text="""Sehr geehrter Herr Vogl,

wir haben Ihre Bewerbung für die Position "Prüfstandsingenieur Dauerlauf (m/w/d)" (Job-ID 48377,
Auerbach Fahrwerktechnik GmbH, Karlsfeld) erhalten.

Sie haben sich bereits auf eine weitere Position in unserer Gruppe beworben. Beide Bewerbungen
werden unabhängig voneinander geprüft.

Ihren Bewerbungsstatus finden Sie hier:
https://career5.successfactors.eu/career?company=auerbachgrP&career_ns=job_listing_summary

Freundliche Grüße
Talent Acquisition | Auerbach Gruppe

Dies ist eine automatisch generierte E-Mail."""
    + "\n\n"
    + _AUERBACH_FOOT,
    reply_to="careers@auerbach-group.example",
)

_au_int1 = m(
    "w7hc",
    "2025-09-29 15:42",
    "Stadler, Katharina <k.stadler@auerbach-group.example>",
    "Einladung zum Kennenlernen – Versuchsingenieur Fahrwerk",
    A("interview", AU, AU1, 1, "direct"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank nochmals für Ihre Bewerbung. Ihr Profil hat unseren Fachbereich angesprochen, und wir
würden Sie gern in einem ersten virtuellen Gespräch näher kennenlernen.

Termin: Dienstag, 07.10.2025, 10:00 – 11:00 Uhr
Format: Microsoft Teams (Link in der Kalendereinladung)
Teilnehmende: Matthias Gruber (Teamleiter Versuch Fahrwerk, Auerbach Fahrwerktechnik GmbH) und ich

Bitte nehmen Sie die Einladung an oder schlagen Sie mir einen Alternativtermin vor, falls es
zeitlich nicht passt. Falls noch nicht geschehen, senden Sie mir bitte vorab Ihre
Arbeitszeugnisse zu.

Mit freundlichen Grüßen

Katharina Stadler
Talent Acquisition Partner
Auerbach Group Services GmbH – im Auftrag der Auerbach Fahrwerktechnik GmbH
T +49 89 8129-4471
"""
    + _AUERBACH_FOOT,
    ics=ics(
        "040000008200E00074C5B7101A82E008000000003E1E2B5F3A31DC01000000000000000010000000AU1",
        "2025-10-07 10:00",
        "Kennenlernen Korbinian Vogl – Versuchsingenieur Fahrwerk (Job-ID 48213)",
        ("Stadler, Katharina", "k.stadler@auerbach-group.example"),
        style="outlook",
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4Y2Ex%40thread.v2/0\nBesprechungs-ID: 361 774 902 118",
        attendees=[("Gruber, Matthias", "m.gruber@auerbach-fwt.example")],
    ),
)

_au_ooo = m(
    "j3nu",
    "2025-10-09 11:27",
    "Stadler, Katharina <k.stadler@auerbach-group.example>",
    "Automatische Antwort: Arbeitszeugnisse Korbinian Vogl",
    J("other_job", "direct", AU),
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 13.10.2025, nicht im Büro und habe nur eingeschränkt Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an careers@auerbach-group.example.

Thank you for your message. I am out of office until 13 October 2025 with limited access to
e-mail. For urgent matters please contact careers@auerbach-group.example.

Katharina Stadler
Auerbach Group Services GmbH""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)

_au_int2 = m(
    "q9sa",
    "2025-10-14 09:05",
    "Stadler, Katharina <k.stadler@auerbach-group.example>",
    "Zweites Gespräch vor Ort in Karlsfeld",
    A("interview", AU, AU1, 1, "direct"),
    text="""Sehr geehrter Herr Vogl,

danke für das angenehme Gespräch letzte Woche und für die nachgereichten Zeugnisse – ich war
ein paar Tage nicht im Haus, daher erst heute meine Rückmeldung.

Herr Gruber möchte Sie gern zu einem zweiten Gespräch zu uns nach Karlsfeld einladen. Neben dem
Gespräch mit ihm und Frau Dr. Lenz (Bereichsleitung Validierung) ist ein Rundgang über die
Prüfstände (K&C, Hydropulser, Achs-Dauerlauf) geplant.

Mittwoch, 22.10.2025, 13:00 Uhr, ca. 2,5 Stunden
Auerbach Fahrwerktechnik GmbH, Werk Karlsfeld, Gebäude 4 – bitte am Empfang melden

Parkplätze gibt es vor Gebäude 2. Bitte denken Sie an einen Lichtbildausweis für den
Besucherausweis.

Die Einladung kommt separat als Kalendereintrag.

Viele Grüße
Katharina Stadler
Talent Acquisition Partner
Auerbach Group Services GmbH""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A1D3F0A23C3FDC01000000000000000010000000AU2",
        "2025-10-22 13:00",
        "2. Gespräch Vogl / Versuch Fahrwerk – vor Ort",
        ("Stadler, Katharina", "k.stadler@auerbach-group.example"),
        style="outlook",
        minutes=150,
        location="Werk Karlsfeld, Geb. 4, Besprechungsraum Isar",
        attendees=[
            ("Gruber, Matthias", "m.gruber@auerbach-fwt.example"),
            ("Lenz, Dr. Carola", "c.lenz@auerbach-fwt.example"),
        ],
    ),
)

_au_rej2 = m(
    "b5ve",
    "2025-10-02 07:31",
    "Auerbach Group Careers <noreply@successfactors.eu>",
    "Rückmeldung zu Ihrer Bewerbung",
    A("rejection", AU, AU2, 2, "other"),
    text="""Sehr geehrter Herr Vogl,

nochmals vielen Dank für Ihr Interesse an der Position Prüfstandsingenieur Dauerlauf (m/w/d),
Job-ID 48377.

Wir haben die Stelle zwischenzeitlich mit einer internen Kandidatin besetzt und können Ihre
Bewerbung für diese Position daher leider nicht weiter berücksichtigen. Diese Entscheidung
betrifft ausschließlich die genannte Ausschreibung.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Talent Acquisition | Auerbach Gruppe

Dies ist eine automatisch generierte E-Mail."""
    + "\n\n"
    + _AUERBACH_FOOT,
    reply_to="careers@auerbach-group.example",
)

_au_rej1 = m(
    "x1la",
    "2025-11-06 16:48",
    "Stadler, Katharina <k.stadler@auerbach-group.example>",
    "Ihre Bewerbung (Job-ID 48213)",
    A("rejection", AU, AU1, 1, "direct"),
    text="""Sehr geehrter Herr Vogl,

zunächst möchte ich mich – auch im Namen von Herrn Gruber und Frau Dr. Lenz – herzlich für
Ihre Zeit und die offenen Gespräche bedanken. Ihr Rundgang-Feedback zu unseren Hydropulsern hat
bei den Kollegen Eindruck hinterlassen.

Die Entscheidung ist uns nicht leichtgefallen. Letztlich haben wir uns für einen Kandidaten
entschieden, der bereits mehrere Jahre an K&C-Prüfständen gearbeitet hat und damit in der
aktuellen Projektphase schneller einsetzbar ist. Wir können Ihnen die Stelle daher leider nicht
anbieten.

Gern würden wir Ihr Profil mit Ihrem Einverständnis für zukünftige Vakanzen innerhalb der
Auerbach Gruppe vormerken. Geben Sie mir hierzu einfach kurz Bescheid.

Für Ihren weiteren Weg wünsche ich Ihnen viel Erfolg.

Mit freundlichen Grüßen
Katharina Stadler
Talent Acquisition Partner
Auerbach Group Services GmbH
"""
    + _AUERBACH_FOOT,
)


# --- SKT (3): Workday tenant "suedkabine", HireVue, English ------------------------------------

_SKT_FOOT = """SKT Süddeutsche Kabinentechnik GmbH · Hochstraße 12 · 82024 Taufkirchen
Managing Directors: Dr. Henrik Falck, Aylin Korkmaz · Registered office: Taufkirchen · Munich Local Court HRB 166402"""

_skt_acct = m(
    "c8tm",
    "2025-09-10 08:51",
    "SKT Careers <suedkabine@myworkday.com>",
    "Verify your candidate account",
    J("other_job", "workday", SKT, lang="en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello Korbinian,</p>
<p>Thanks for creating a candidate account on the SKT careers site. Please verify your email
address within 24 hours to continue with your application.</p>
<p><a href="https://suedkabine.wd3.myworkdayjobs.com/SKT_Careers/activate/9f1c02e4a7b64cc8">Verify account</a></p>
<p>If you did not create this account, you can ignore this message.</p>
<p style="font-size:11px;color:#888">SKT Süddeutsche Kabinentechnik GmbH · Taufkirchen · Powered by Workday</p>
</body></html>""",
)

_skt_conf = m(
    "h4re",
    "2025-09-10 09:07",
    "SKT Careers <suedkabine@myworkday.com>",
    "Thank you for applying – R-10452 Test Engineer Cabin Systems (m/f/d)",
    A("confirmation", SKT, SKTR, 3, "workday", "en"),
    text="""Dear Korbinian,

Thank you for your interest in SKT and for applying to the position

  R-10452 Test Engineer Cabin Systems (m/f/d) – Taufkirchen

We have received your application and our Talent Acquisition team is now reviewing it. You can
check the status of your application at any time in your candidate home:
https://suedkabine.wd3.myworkdayjobs.com/SKT_Careers/userHome

Please note that due to the number of applications we receive, this review may take a few weeks.

Kind regards,
Talent Acquisition
SKT – Cabin systems for the aircraft of tomorrow

"""
    + _SKT_FOOT,
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="background:#0b2b4c;color:#fff;padding:14px 20px;font-size:20px;letter-spacing:2px">SKT</div>
<div style="padding:20px">
<p>Dear Korbinian,</p>
<p>Thank you for your interest in SKT and for applying to the position</p>
<p><b>R-10452 Test Engineer Cabin Systems (m/f/d) – Taufkirchen</b></p>
<p>We have received your application and our Talent Acquisition team is now reviewing it. You can
check the status of your application at any time in your
<a href="https://suedkabine.wd3.myworkdayjobs.com/SKT_Careers/userHome">candidate home</a>.</p>
<p>Please note that due to the number of applications we receive, this review may take a few weeks.</p>
<p>Kind regards,<br>Talent Acquisition<br>SKT – Cabin systems for the aircraft of tomorrow</p>
</div>
<div style="font-size:10px;color:#777;padding:10px 20px">SKT Süddeutsche Kabinentechnik GmbH · Hochstraße 12 · 82024 Taufkirchen<br>
Managing Directors: Dr. Henrik Falck, Aylin Korkmaz · Munich Local Court HRB 166402</div>
</body></html>""",
)

_skt_tc = m(
    "u2gy",
    "2025-09-10 09:08",
    "SKT Careers <suedkabine@myworkday.com>",
    "Welcome to the SKT Talent Community",
    J("alert", "workday", SKT, lang="en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Korbinian,</p>
<p>You're now part of the SKT Talent Community. We'll let you know when roles that match your
interests (Engineering – Test &amp; Verification, Location: Taufkirchen / Hamburg) are published.</p>
<p>In the meantime, meet the people behind our cabin monuments, galleys and lavatory modules on our
<a href="https://www.skt-aero.example/careers/stories">career blog</a>.</p>
<p>Manage your job alerts: <a href="https://suedkabine.wd3.myworkdayjobs.com/SKT_Careers/jobAlerts">Job alerts</a></p>
<p style="font-size:11px;color:#888">You receive this message because you opted in to the SKT Talent Community.
<a href="https://suedkabine.wd3.myworkdayjobs.com/SKT_Careers/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    headers={
        "List-Unsubscribe": "<https://suedkabine.wd3.myworkdayjobs.com/SKT_Careers/unsubscribe>"
    },
)

_skt_hv = m(
    "n6kq",
    "2025-09-24 12:30",
    "SKT Talent Acquisition <noreply@hirevue.com>",
    "Next step: your on-demand video interview with SKT",
    A("assessment", SKT, SKTR, 3, "hirevue", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Korbinian Vogl,</p>
<p>Thank you for your application for <b>Test Engineer Cabin Systems (m/f/d)</b>. As a next step,
SKT invites you to complete an on-demand video interview.</p>
<ul>
<li>5 questions, up to 3 minutes each</li>
<li>You can practise as often as you like before starting</li>
<li>Please complete the interview by <b>30 September 2025, 23:59 CEST</b></li>
</ul>
<p><a href="https://app.hirevue.eu/candidates/interview/start?code=SKT-7Q2M9X" style="background:#0070ba;color:#fff;padding:10px 18px;text-decoration:none">Start interview</a></p>
<p>Use a laptop with camera and a stable internet connection. If you need an accommodation,
reply to your recruiter directly.</p>
<p>Best of luck!<br>SKT Talent Acquisition</p>
<p style="font-size:11px;color:#888">Powered by HireVue · <a href="https://www.hirevue.com/privacy">Privacy</a></p>
</body></html>""",
)

_skt_hv_done = m(
    "e0dl",
    "2025-09-27 21:16",
    "HireVue <noreply@hirevue.com>",
    "Interview complete – thank you!",
    A("assessment", SKT, SKTR, 3, "hirevue", "en"),
    text="""Hi Korbinian,

Your responses for SKT – Test Engineer Cabin Systems (m/f/d) have been submitted successfully.
The SKT hiring team will review your interview and contact you about next steps.

This is an automated message from HireVue on behalf of SKT. Please do not reply.""",
)

_skt_int = m(
    "t3wi",
    "2025-10-14 10:12",
    "Priya Raman <priya.raman@skt-aero.example>",
    "Interview invitation – Test Engineer Cabin Systems (R-10452)",
    A("interview", SKT, SKTR, 3, "direct", "en"),
    text="""Dear Korbinian,

thank you for completing the video interview – the team enjoyed watching your answers, especially
the example about the shaker fixture redesign.

I'd like to invite you to a first interview with Dr. Florian Weiß (Head of Cabin Test Lab) and
myself on Tuesday, 21 October, 14:00–15:00 via Teams. The invitation follows from my calendar.

We will talk about your test experience (environmental, vibration, EMC if any), your German and
English for customer-facing work with Airbus-type customers, and your expectations.

Please let me know if the time doesn't work for you.

Best regards,
Priya

Priya Raman
Senior Talent Acquisition Partner
SKT Süddeutsche Kabinentechnik GmbH
Mobile +49 171 5520913""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C4F0B79A403FDC01000000000000000010000000SKT1",
        "2025-10-21 14:00",
        "Interview Korbinian Vogl | Test Engineer Cabin Systems",
        ("Priya Raman", "priya.raman@skt-aero.example"),
        style="outlook",
        location="Microsoft Teams Meeting",
        description="Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZTdi%40thread.v2/0\nMeeting ID: 348 551 207 864",
        attendees=[("Dr. Florian Weiß", "florian.weiss@skt-aero.example")],
    ),
)

_skt_resched = m(
    "g8ob",
    "2025-10-20 08:44",
    "Priya Raman <priya.raman@skt-aero.example>",
    "Updated: Interview Korbinian Vogl | Test Engineer Cabin Systems",
    A("interview", SKT, SKTR, 3, "direct", "en"),
    text="""Hi Korbinian,

apologies for the short notice – Florian has to be in Hamburg tomorrow for a customer audit. Could
we move our call to Thursday, 23 October, 09:30? I've updated the invitation accordingly. If
Thursday doesn't work, just send me two or three alternatives.

Thanks for your flexibility!
Priya""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C4F0B79A403FDC01000000000000000010000000SKT1",
        "2025-10-23 09:30",
        "Interview Korbinian Vogl | Test Engineer Cabin Systems",
        ("Priya Raman", "priya.raman@skt-aero.example"),
        style="outlook",
        sequence=1,
        location="Microsoft Teams Meeting",
        attendees=[("Dr. Florian Weiß", "florian.weiss@skt-aero.example")],
    ),
)

_skt_panel = m(
    "y5fz",
    "2025-11-05 13:20",
    "Priya Raman <priya.raman@skt-aero.example>",
    "Next step: on-site panel in Taufkirchen",
    A("interview", SKT, SKTR, 3, "direct", "en"),
    text="""Dear Korbinian,

good news: Florian would like to meet you in person. The final round will be a panel on site:

Thursday, 13 November 2025, 10:00–13:00
SKT, Hochstraße 12, 82024 Taufkirchen – Building C, reception

Agenda
10:00  Welcome, lab tour (vibration and climatic chambers)
10:45  Technical case: test plan for a galley insert per DO-160 (no preparation needed)
11:45  Interview with Florian Weiß, Sandra Mayerhofer (Quality) and me
12:30  Lunch with two team members

Travel costs within Germany will be reimbursed. Please bring your ID.

Looking forward to seeing you!
Priya""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D2A83E1E913FDC01000000000000000010000000SKT2",
        "2025-11-13 10:00",
        "Final round on site: Korbinian Vogl (R-10452)",
        ("Priya Raman", "priya.raman@skt-aero.example"),
        style="outlook",
        minutes=180,
        location="SKT Taufkirchen, Building C, Reception",
        attendees=[
            ("Dr. Florian Weiß", "florian.weiss@skt-aero.example"),
            ("Sandra Mayerhofer", "sandra.mayerhofer@skt-aero.example"),
        ],
    ),
)

_skt_rej = m(
    "r2pj",
    "2025-11-28 17:05",
    "Priya Raman <priya.raman@skt-aero.example>",
    "R-10452 – follow-up",
    A("rejection", SKT, SKTR, 3, "direct", "en"),
    text="""Dear Korbinian,

thank you again for coming to Taufkirchen and for the energy you brought into the case study.
Florian and the panel were impressed by how structured your test plan was.

It was a very close decision between two finalists. In the end we decided to extend the offer to
the other candidate, who has several years of hands-on DO-160 qualification experience, which is
critical for the certification campaign starting in January.

I know this is not the news you were hoping for. With your permission I'd like to keep you in mind
for upcoming roles in our Hamburg and Taufkirchen test labs – I honestly think there will be a fit.

Wishing you all the best,
Priya

Priya Raman
Senior Talent Acquisition Partner
SKT Süddeutsche Kabinentechnik GmbH""",
)


# --- Vitalis Surgical (4): Hollerieth Medizintechnik GmbH & Co. KG, d.vinci tenant "hollerieth" --

_vs_conf = m(
    "s6ah",
    "2025-11-03 10:22",
    "Hollerieth Medizintechnik GmbH & Co. KG <noreply@dvinci-hr.com>",
    "Ihre Bewerbung – Kennziffer 2025-088",
    A("confirmation", VS, VSR, 4, "other"),
    html="""<!DOCTYPE html><html><body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#222">
<div style="padding:18px 24px;border-bottom:3px solid #0096a6"><img src="https://hollerieth.dvinci-hr.com/media/logo_vitalis.png" alt="VITALIS surgical" width="160"></div>
<div style="padding:24px">
<p>Sehr geehrter Herr Vogl,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Prüfingenieur Verifikation &amp; Validierung (m/w/d)</b>
(Kennziffer 2025-088) an unserem Standort Planegg-Martinsried.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden sie nun gemeinsam mit der
Fachabteilung sichten und uns zeitnah bei Ihnen melden.</p>
<p>Über unser <a href="https://hollerieth.dvinci-hr.com/de/p/bewerberportal/login">Bewerberportal</a>
können Sie Ihre Daten jederzeit einsehen oder Ihre Bewerbung zurückziehen.</p>
<p>Mit freundlichen Grüßen</p>
<p>Sabine Loibl<br>Personal &amp; Recruiting</p>
</div>
<div style="padding:14px 24px;font-size:11px;color:#666;background:#f3f6f7">
VITALIS surgical ist eine Marke der Hollerieth Medizintechnik GmbH &amp; Co. KG<br>
Röntgenring 4 · 82152 Planegg-Martinsried · Registergericht München HRA 98311<br>
Persönlich haftende Gesellschafterin: Hollerieth Verwaltungs-GmbH, Registergericht München HRB 201557<br>
Geschäftsführer: Andreas Hollerieth, Dr. Miriam Sattler
</div></body></html>""",
    reply_to="bewerbung@hollerieth-med.example",
)

_vs_int = m(
    "k1dn",
    "2025-11-12 15:07",
    "Sabine Loibl <s.loibl@vitalis-surgical.example>",
    "Einladung zum Vorstellungsgespräch (Teams) – Kennziffer 2025-088",
    A("interview", VS, VSR, 4, "direct"),
    text="""Sehr geehrter Herr Vogl,

Ihre Unterlagen haben uns sehr gut gefallen, und wir möchten Sie gern kennenlernen.

Wir laden Sie herzlich zu einem ersten Vorstellungsgespräch per Microsoft Teams ein:

Mittwoch, 19. November 2025, 14:00 – 15:00 Uhr
Gesprächspartner: Daniel Brunner (Teamleiter Verifikation & Validierung) und Sabine Loibl (Personal)

Die Einladung mit dem Teams-Link erhalten Sie mit dieser E-Mail. Sollte der Termin nicht passen,
geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Sabine Loibl
Personal & Recruiting

VITALIS surgical
Hollerieth Medizintechnik GmbH & Co. KG
Röntgenring 4 | 82152 Planegg-Martinsried
Tel. +49 89 899 347-212""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F18B0C6E2A55DC01000000000000000010000000VS01",
        "2025-11-19 14:00",
        "Vorstellungsgespräch Hr. Vogl – Prüfingenieur V&V",
        ("Loibl, Sabine", "s.loibl@vitalis-surgical.example"),
        style="outlook",
        location="Microsoft Teams-Besprechung",
        attendees=[("Brunner, Daniel", "d.brunner@vitalis-surgical.example")],
    ),
)

_vs_probe = m(
    "z4ru",
    "2025-12-01 11:40",
    "Sabine Loibl <s.loibl@vitalis-surgical.example>",
    "Einladung zum Probearbeitstag am 10.12.",
    A("interview", VS, VSR, 4, "direct"),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für das offene Gespräch. Herr Brunner würde Sie gern einen Tag lang in sein Team
mitnehmen, damit Sie unsere Prüflabore, die Kolleg:innen und die Arbeit an der
Designverifikation unserer Instrumente (IEC 60601, ISO 14971) kennenlernen.

Probearbeitstag: Mittwoch, 10.12.2025, 8:30 bis ca. 16:00 Uhr
Ort: Röntgenring 4, 82152 Planegg-Martinsried, Empfang Haus B

Bitte bringen Sie festes Schuhwerk mit; Laborkittel stellen wir. Für den Tag erhalten Sie eine
Aufwandsentschädigung, Mittagessen in unserer Kantine ist selbstverständlich inklusive.

Bitte bestätigen Sie mir den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Loibl
Personal & Recruiting | VITALIS surgical""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000AB3E4F71C762DC01000000000000000010000000VS02",
        "2025-12-10 08:30",
        "Probearbeitstag Korbinian Vogl (V&V)",
        ("Loibl, Sabine", "s.loibl@vitalis-surgical.example"),
        style="outlook",
        minutes=450,
        location="Haus B, Empfang",
        attendees=[("Brunner, Daniel", "d.brunner@vitalis-surgical.example")],
    ),
)

_vs_logi = m(
    "a9cx",
    "2025-12-09 17:52",
    "Daniel Brunner <d.brunner@vitalis-surgical.example>",
    "Morgen",
    A("interview", VS, VSR, 4, "direct"),
    text="""Hallo Herr Vogl,

kurz vor morgen noch zwei Infos:
- Von der U6 Großhadern aus nehmen Sie am besten den Bus 266 bis Martinsried Mitte, dann sind es
  drei Minuten zu Fuß. Falls Sie mit dem Auto kommen: Besucherparkplätze P3.
- Wir starten um 8:30 mit dem Teammeeting, danach sind Sie bei Veronika an der
  Ermüdungsprüfung der Klemmen und nachmittags bei mir im Review eines Prüfplans.

Bis morgen!
Daniel Brunner
Teamleiter Verifikation & Validierung

Gesendet von Outlook für iOS""",
)

_vs_offer = m(
    "d2mw",
    "2026-01-14 14:18",
    "Sabine Loibl <s.loibl@vitalis-surgical.example>",
    "Ihr Vertragsangebot",
    A("offer", VS, VSR, 4, "direct"),
    text="""Sehr geehrter Herr Vogl,

es freut mich sehr, Ihnen heute im Namen der Geschäftsführung und von Herrn Brunner mitteilen zu
dürfen, dass wir Sie gern als Prüfingenieur Verifikation & Validierung (m/w/d) in unserem Team
begrüßen möchten.

Anbei erhalten Sie unser Vertragsangebot mit den besprochenen Eckdaten:
- Eintritt: 1. Mai 2026 (unter Berücksichtigung Ihrer Kündigungsfrist)
- unbefristetes Arbeitsverhältnis, 38,5 Stunden/Woche, Gleitzeit, 2 Tage mobiles Arbeiten
- Jahresbruttogehalt 72.000 EUR plus Erfolgsbeteiligung
- 30 Tage Urlaub, Jobticket, betriebliche Altersvorsorge

Wir würden uns über Ihre Rückmeldung bis zum 21.01.2026 freuen. Den Arbeitsvertrag senden wir
Ihnen nach Ihrer Zusage zur elektronischen Unterschrift zu.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Mit freundlichen Grüßen
Sabine Loibl
Personal & Recruiting

VITALIS surgical
Hollerieth Medizintechnik GmbH & Co. KG""",
    attach=[
        (
            "Vertragsangebot_Vogl_2025-088.pdf",
            "application/pdf",
            "%PDF-1.4\n% Vertragsangebot Hollerieth Medizintechnik GmbH & Co. KG - K. Vogl\n%%EOF\n",
        )
    ],
)

_vs_accept = m(
    "f5ni",
    "2026-01-16 07:58",
    ME,
    "AW: Ihr Vertragsangebot",
    A("offer", VS, VSR, 4, "direct"),
    text="""Sehr geehrte Frau Loibl,

vielen Dank für das Angebot und die angenehmen Gespräche in den letzten Wochen. Ich freue mich
sehr, Ihnen meine Zusage geben zu können: Ich nehme das Angebot gern an und fange am 1. Mai 2026
bei Ihnen an.

Meine Kündigung reiche ich heute bei meinem jetzigen Arbeitgeber ein. Für den Arbeitsvertrag
erreichen Sie mich unter dieser Adresse.

Viele Grüße nach Martinsried
Korbinian Vogl

Am Mi., 14. Jan. 2026 um 14:18 schrieb Sabine Loibl <s.loibl@vitalis-surgical.example>:
> Sehr geehrter Herr Vogl,
>
> es freut mich sehr, Ihnen heute im Namen der Geschäftsführung und von Herrn Brunner mitteilen zu
> dürfen, dass wir Sie gern als Prüfingenieur Verifikation & Validierung (m/w/d) in unserem Team
> begrüßen möchten.
> [...]""",
    to="Sabine Loibl <s.loibl@vitalis-surgical.example>",
    **thread(_vs_offer),
)

_vs_ds = m(
    "l7gb",
    "2026-01-19 09:33",
    "Sabine Loibl über DocuSign <dse@eumail.docusign.net>",
    "Bitte mit DocuSign unterzeichnen: Arbeitsvertrag_Vogl_Korbinian.pdf",
    A("offer", VS, VSR, 4, "docusign"),
    st="accepted",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table align="center" width="600" style="background:#fff"><tr><td style="padding:0">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:18px">Sabine Loibl hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=6b0e2f3a-41c5-4a7e-9d2b-0c1f5e8a7d33&amp;etti=24&amp;acct=0d7c1f22" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">DOKUMENT ÜBERPRÜFEN</a></p>
</div>
<div style="padding:24px;font-size:14px">
<p><b>Sabine Loibl</b><br>s.loibl@vitalis-surgical.example</p>
<p>Sehr geehrter Herr Vogl, anbei Ihr Arbeitsvertrag zur elektronischen Unterschrift. Herzlich willkommen bei VITALIS surgical!</p>
</div>
<div style="padding:24px;font-size:11px;color:#666">
<p><b>Senden Sie diese E-Mail nicht weiter</b><br>Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diesen Code nicht an Dritte weiter.</p>
<p>Alternative Signaturmethode: Besuchen Sie DocuSign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben Sie den Sicherheitscode ein: 6B0E2F3A41C54A7E9D2B0C1F5E8A7D332</p>
</div></td></tr></table></body></html>""",
)

_vs_ds_done = m(
    "o3ye",
    "2026-01-20 20:41",
    "DocuSign über DocuSign <dse@eumail.docusign.net>",
    "Abgeschlossen: Arbeitsvertrag_Vogl_Korbinian.pdf",
    A("offer", VS, VSR, 4, "docusign"),
    st="accepted",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:18px">Ihr Dokument wurde abgeschlossen</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=2a91c7e0-5d3b-44f1-8e26-b7f3c0d9e154" style="color:#fff">DOKUMENT ANZEIGEN</a></p>
</div>
<div style="padding:24px;font-size:14px">
<p>Alle Parteien haben das Dokument abgeschlossen. Sie können eine Kopie des unterzeichneten
Dokuments anzeigen oder herunterladen.</p>
<p>Absender: Hollerieth Medizintechnik GmbH &amp; Co. KG (Sabine Loibl)</p>
</div></body></html>""",
    attach=[
        (
            "Arbeitsvertrag_Vogl_Korbinian.pdf",
            "application/pdf",
            "%PDF-1.5\n% Arbeitsvertrag - signed via DocuSign\n%%EOF\n",
        )
    ],
)

_vs_onb = m(
    "i8vt",
    "2026-02-09 10:05",
    "VITALIS People Team <people@vitalis-surgical.example>",
    "Willkommen an Bord – Ihre nächsten Schritte bis zum 1. Mai",
    J("other_job", "direct", VS, VSR),
    html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>Lieber Herr Vogl,</p>
<p>wir freuen uns, dass Sie ab dem 1. Mai unser V&amp;V-Team verstärken! Damit Ihr Start reibungslos
klappt, bitten wir Sie, bis zum 15. März folgende Unterlagen in unserem Onboarding-Portal
hochzuladen:</p>
<ul><li>Personalfragebogen und Steuer-ID</li><li>Sozialversicherungsnummer und Krankenkasse</li>
<li>Bankverbindung</li><li>Kopie Ihres Masterzeugnisses</li></ul>
<p><a href="https://onboarding.vitalis-surgical.example/start?token=vk26">Zum Onboarding-Portal</a></p>
<p>Ihr Pate im Team wird Veronika Ertl sein – sie meldet sich im April bei Ihnen.</p>
<p>Herzliche Grüße<br>Ihr People Team</p>
<p style="font-size:11px;color:#777">Hollerieth Medizintechnik GmbH &amp; Co. KG · Röntgenring 4 · 82152 Planegg-Martinsried</p>
</body></html>""",
)

_vs_welcome = m(
    "v0ks",
    "2026-02-23 13:30",
    "VITALIS People Team <people@vitalis-surgical.example>",
    "Einladung: Welcome Day für neue Kolleg:innen am 4. Mai",
    J("other_job", "direct", VS),
    text="""Liebe neue Kolleginnen und Kollegen,

am Montag, 4. Mai 2026, laden wir alle, die im Mai bei VITALIS surgical starten, zu unserem
Welcome Day ein: Vorstellung der Geschäftsführung, Werksrundgang, Sicherheitsunterweisung,
IT-Ausgabe und gemeinsames Mittagessen.

Bitte tragt euch den Termin schon einmal ein – die Einladung hängt an.

Viele Grüße
Das People Team""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E77A1C05B1A4DC01000000000000000010000000VSWD",
        "2026-05-04 09:00",
        "Welcome Day VITALIS surgical",
        ("People Team", "people@vitalis-surgical.example"),
        style="outlook",
        minutes=420,
        location="Röntgenring 4, Haus A, Forum",
    ),
    to="Neue Mitarbeitende Mai 2026 <newhires-2026-05@vitalis-surgical.example>",
    cc=ME,
)


# --- Reuleaux RBS (5): research institute, rexx, public-sector tone --------------------------

_RBS_FOOT = """Reuleaux-Gesellschaft zur Förderung der angewandten Forschung e.V.
Reuleaux-Institut für Betriebsfestigkeit und Schwingungsprüfung RBS
Lichtenbergstraße 18 | 85748 Garching bei München
Vereinsregister Amtsgericht München VR 4471 | Vorstand: Prof. Dr.-Ing. Gerlinde Aschauer (Präsidentin)"""

_rbs_conf = m(
    "m5qe",
    "2025-09-18 14:03",
    "Bewerbermanagement Reuleaux-Gesellschaft <no-reply@rexx-systems.com>",
    "Eingangsbestätigung Ihrer Bewerbung – Kennziffer RBS-2025-117",
    A("confirmation", RBS, RBSR, 5, "other"),
    text="""Sehr geehrter Herr Vogl,

für Ihre Bewerbung auf die Stelle

  Wissenschaftliche*r Mitarbeiter*in Betriebsfestigkeit und Schwingungsprüfung
  (Kennziffer RBS-2025-117)

am Reuleaux-Institut für Betriebsfestigkeit und Schwingungsprüfung RBS in Garching bei München
bedanken wir uns. Ihre Unterlagen sind bei uns eingegangen.

Nach Ablauf der Bewerbungsfrist am 05.10.2025 werden alle Bewerbungen gesichtet. Die Auswahl
erfolgt unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten. Wir bitten daher
um Verständnis, dass das Verfahren einige Wochen in Anspruch nehmen kann, und bitten Sie, von
Sachstandsanfragen abzusehen.

Die Vergütung erfolgt nach TVöD Bund bis Entgeltgruppe 13. Schwerbehinderte Menschen werden bei
gleicher Eignung bevorzugt eingestellt.

Mit freundlichen Grüßen
Im Auftrag
Personalreferat RBS

"""
    + _RBS_FOOT
    + """

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse können nicht bearbeitet werden.
Ihre Daten verwalten: https://reuleaux-portal.rexx-systems.com/bewerberkonto.html""",
    headers={"X-Mailer": "rexx Recruitment"},
)

_rbs_int = m(
    "b8ws",
    "2025-11-06 09:12",
    "Personalreferat RBS <personal@rbs.reuleaux.example>",
    "Einladung zu einem Vorstellungsgespräch – Kennziffer RBS-2025-117",
    A("interview", RBS, RBSR, 5, "direct"),
    text="""Sehr geehrter Herr Vogl,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die oben genannte
Stelle einbezogen wurden. Wir laden Sie daher herzlich ein zu einem Vorstellungsgespräch am

  Dienstag, 18. November 2025, um 10:30 Uhr
  im Reuleaux-Institut RBS, Lichtenbergstraße 18, 85748 Garching bei München,
  Gebäude 2, Seminarraum 2.014.

Der Auswahlkommission gehören Herr Prof. Dr.-Ing. Wieland (Institutsleitung), Frau Dr. Kühnel
(Gruppenleitung Schwingungsprüfung), ein Mitglied des Personalrats sowie die
Gleichstellungsbeauftragte an. Bitte bereiten Sie einen Kurzvortrag von 10 Minuten zu einem
Prüfprojekt Ihrer Wahl vor. Ein Beamer ist vorhanden.

Bitte bestätigen Sie uns Ihre Teilnahme bis zum 11.11.2025 per E-Mail. Reisekosten können leider
nicht erstattet werden. Eine Anfahrtsbeschreibung finden Sie im Anhang.

Mit freundlichen Grüßen
Im Auftrag

Theresia Kellerer
Personalreferat
Reuleaux-Institut für Betriebsfestigkeit und Schwingungsprüfung RBS
Telefon +49 89 32 09 55-104

"""
    + _RBS_FOOT,
    attach=[
        (
            "Anfahrt_RBS_Garching.pdf",
            "application/pdf",
            "%PDF-1.3\n% Anfahrtsbeschreibung U6 Garching-Forschungszentrum\n%%EOF\n",
        )
    ],
)

_rbs_hold = m(
    "h0ap",
    "2025-12-15 11:47",
    "Personalreferat RBS <personal@rbs.reuleaux.example>",
    "Sachstand Ihrer Bewerbung (RBS-2025-117)",
    A("confirmation", RBS, RBSR, 5, "direct"),
    st="on_hold",
    text="""Sehr geehrter Herr Vogl,

wir bedanken uns nochmals für Ihre Teilnahme am Auswahlgespräch am 18.11.2025.

Leider müssen wir Ihnen mitteilen, dass das Besetzungsverfahren zur Kennziffer RBS-2025-117 bis
auf Weiteres ausgesetzt ist. Hintergrund ist die vorläufige Haushaltsführung für das Jahr 2026,
aufgrund derer die Finanzierung der Stelle derzeit nicht abschließend gesichert ist.

Ihre Bewerbung bleibt im Verfahren. Sobald die Mittel freigegeben sind, werden wir das Verfahren
fortsetzen und uns unaufgefordert bei Ihnen melden. Sollten Sie in der Zwischenzeit kein Interesse
mehr an der Stelle haben, teilen Sie uns dies bitte kurz mit.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag
Theresia Kellerer
Personalreferat

"""
    + _RBS_FOOT,
)


# --- Brandner Aerospace (6) through Alpen Engineering Personal: client named late --------------

_AEP_SIG = """Mit freundlichen Grüßen

Dominik Sailer
Senior Consultant Engineering | Luft- und Raumfahrt

Alpen Engineering Personal GmbH
Arbeitnehmerüberlassung · Personalvermittlung · Projektgeschäft
Leopoldstraße 244 | 80807 München
T +49 89 244 18 70-23 | M +49 160 9177 4302
www.aep-personal.example

Erlaubnis zur Arbeitnehmerüberlassung erteilt durch die Bundesagentur für Arbeit, Regionaldirektion Bayern.
Amtsgericht München HRB 238114 | Geschäftsführer: Florian Obermaier"""

_aep_out1 = m(
    "q2lm",
    "2025-09-22 08:37",
    "Dominik Sailer <d.sailer@aep-personal.example>",
    "Spannende Position im Bereich Strukturversuche – Luftfahrt",
    J("outreach", "agency", None, BAR),
    text="""Sehr geehrter Herr Vogl,

ich bin über Ihr XING-Profil auf Sie aufmerksam geworden und möchte Ihnen gern eine Position
vorstellen, die aus meiner Sicht sehr gut zu Ihrem Hintergrund in der Schwingungs- und
Betriebsfestigkeitsprüfung passt.

Für einen unserer Kunden, ein etabliertes Unternehmen der Luftfahrtindustrie im Münchner
Südosten, suche ich einen

  Testingenieur Strukturversuche (m/w/d)

Ihre Aufgaben:
- Planung, Aufbau und Durchführung statischer und dynamischer Strukturversuche an
  Rumpf- und Flügelkomponenten
- Auslegung von Versuchsvorrichtungen, Instrumentierung (DMS, Beschleunigungsaufnehmer)
- Auswertung und Dokumentation nach luftfahrtrechtlichen Anforderungen

Der Einsatz erfolgt zunächst im Rahmen der Arbeitnehmerüberlassung mit dem klaren Ziel einer
Übernahme durch den Kunden nach 12 Monaten. Vergütung nach Vereinbarung, deutlich über iGZ-Tarif.

Hätten Sie Interesse an einem kurzen Telefonat in dieser oder der nächsten Woche?

"""
    + _AEP_SIG,
)

_aep_out2 = m(
    "c1ze",
    "2025-09-25 16:20",
    "Dominik Sailer <d.sailer@aep-personal.example>",
    "AW: Spannende Position im Bereich Strukturversuche – Luftfahrt",
    J("outreach", "agency", None, BAR),
    text="""Hallo Herr Vogl,

danke für das nette Telefonat heute und für die Unterlagen, die sind gut angekommen.

Bevor ich Ihr Profil an den Kunden weitergebe, benötige ich noch Ihre Einwilligung zur
Weitergabe Ihrer Daten – das Formular hängt an. Einfach unterschreiben und als Scan oder Foto
zurück, dann stelle ich Sie Anfang nächster Woche vor. Den Namen des Kunden nenne ich Ihnen
dann, sobald die Vorstellung raus ist – das ist bei diesem Kunden leider so vereinbart.

"""
    + _AEP_SIG
    + """

-----Ursprüngliche Nachricht-----
Von: Korbinian Vogl <korbinian.vogl@gmx.de>
Gesendet: Dienstag, 23. September 2025 19:02
An: Dominik Sailer <d.sailer@aep-personal.example>
Betreff: Re: Spannende Position im Bereich Strukturversuche – Luftfahrt

Hallo Herr Sailer,

danke für Ihre Nachricht. Grundsätzlich klingt das interessant, Arbeitnehmerüberlassung wäre
für mich aber nur mit realistischer Übernahmeperspektive eine Option. Am Donnerstag ab 16 Uhr
wäre ich telefonisch erreichbar: 0176 4418 2093.

Viele Grüße
Korbinian Vogl""",
    attach=[
        (
            "Einwilligung_Datenweitergabe_AEP.pdf",
            "application/pdf",
            "%PDF-1.4\n% Einwilligungserklaerung Datenweitergabe\n%%EOF\n",
        )
    ],
    **thread(_aep_out1),
)

_ba_conf = m(
    "w4cy",
    "2025-10-01 12:10",
    "Dominik Sailer <d.sailer@aep-personal.example>",
    "Kurzes Update",
    A("confirmation", BA, BAR, 6, "agency"),
    text="""Hallo Herr Vogl,

kurzes Update: Ich habe Ihr Profil heute wie besprochen beim Kunden vorgestellt. Jetzt darf ich
Ihnen auch verraten, um wen es geht – es ist die Brandner Aerospace GmbH in Ottobrunn, dort die
Abteilung Structural Testing unter Herrn Wittmann.

Rückmeldung erwarte ich innerhalb der nächsten Woche. Ich melde mich, sobald ich etwas höre.

Beste Grüße
Dominik Sailer
Alpen Engineering Personal GmbH""",
)

_ba_int = m(
    "s3ot",
    "2025-10-09 10:55",
    "Dominik Sailer <d.sailer@aep-personal.example>",
    "Termin bei Brandner am 15.10.",
    A("interview", BA, BAR, 6, "agency"),
    text="""Hallo Herr Vogl,

gute Nachrichten: Brandner möchte Sie kennenlernen! Wie telefonisch besprochen:

Mittwoch, 15.10.2025, 14:00 Uhr
Brandner Aerospace GmbH, Hohenbrunner Weg 40, 85521 Ottobrunn – Pforte Tor 3
Gesprächspartner: Herr Stefan Wittmann (Head of Structural Testing), Frau Nadine Pröll (HR)

Ich bin bei dem Gespräch nicht dabei, rufe Sie aber am Abend an, um Ihr Feedback zu hören.
Bitte nehmen Sie Ihren Personalausweis mit, das Gelände ist zugangsbeschränkt.

Viel Erfolg!
Dominik Sailer""",
    ics=ics(
        "7b3kq0s1r2f9a8d6e5c4h3j2k1@google.com",
        "2025-10-15 14:00",
        "Vorstellungsgespräch Brandner Aerospace – K. Vogl",
        ("Dominik Sailer", "d.sailer@aep-personal.example"),
        minutes=90,
        location="Brandner Aerospace GmbH, Hohenbrunner Weg 40, 85521 Ottobrunn (Tor 3)",
    ),
)

_ba_rej = m(
    "n9gu",
    "2025-10-24 15:36",
    "Dominik Sailer <d.sailer@aep-personal.example>",
    "Feedback vom Kunden",
    A("rejection", BA, BAR, 6, "agency"),
    text="""Hallo Herr Vogl,

wie eben am Telefon kurz angerissen, hier noch einmal schriftlich: Brandner hat sich leider für
einen anderen Kandidaten entschieden. Herr Wittmann war von Ihrer Messtechnik-Erfahrung sehr
angetan, am Ende gab die Erfahrung mit der Zulassung nach EASA Part 21 beim anderen Bewerber den
Ausschlag.

Ich finde das schade, bin aber sicher, dass wir etwas Passendes finden. Darf ich Sie weiterhin
für Projekte in der Luftfahrt und Medizintechnik vormerken?

Beste Grüße
Dominik Sailer
Alpen Engineering Personal GmbH""",
)

_aep_out3 = m(
    "f8ek",
    "2025-11-17 09:02",
    "Dominik Sailer <d.sailer@aep-personal.example>",
    "Neues Projekt: Verifikationsingenieur Medizintechnik (Martinsried)",
    J("outreach", "agency", None, "Verifikationsingenieur Medizintechnik"),
    text="""Guten Morgen Herr Vogl,

wie versprochen melde ich mich mit einem neuen Projekt: Ein Medizintechnik-Hersteller in
Martinsried sucht für 18 Monate einen Verifikationsingenieur (m/w/d) für die Prüfung chirurgischer
Instrumente (ISO 14971, IEC 62366). Start ab Januar, Übernahmeoption.

Den Kunden nenne ich Ihnen gern im Gespräch. Passt es Ihnen diese Woche?

"""
    + _AEP_SIG,
)


# --- Voltara eDrive (7, 8): Personio, du, a re-application ------------------------------------

_vo_conf1 = m(
    "g2hv",
    "2025-09-04 20:11",
    "Voltara eDrive <no-reply@personio.de>",
    "Danke für deine Bewerbung bei Voltara eDrive!",
    A("confirmation", VO, VO1, 7, "personio"),
    html="""<html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111">
<p>Hey Korbinian,</p>
<p>danke für deine Bewerbung als <b>Versuchsingenieur E-Antrieb (m/w/d)</b> – wir haben sie erhalten! 🚀</p>
<p>Unser Team schaut sich deine Unterlagen in den nächsten Tagen an. Wir melden uns auf jeden Fall
bei dir, egal wie es ausgeht.</p>
<p>Bis dahin: Auf <a href="https://www.voltara-edrive.example/team">unserer Team-Seite</a> erfährst du mehr
darüber, wie wir in Garching Antriebe für leichte Nutzfahrzeuge entwickeln.</p>
<p>Viele Grüße<br>Dein Voltara People Team</p>
<p style="font-size:11px;color:#999">Voltara eDrive GmbH · Zeppelinstraße 3 · 85748 Garching<br>
Du erhältst diese E-Mail im Rahmen deiner Bewerbung über
<a href="https://voltara-edrive.jobs.personio.de/job/1873345">voltara-edrive.jobs.personio.de</a>.</p>
</body></html>""",
)

_vo_rej1 = m(
    "k6ab",
    "2025-09-19 10:26",
    "Voltara eDrive <no-reply@personio.de>",
    "Deine Bewerbung bei Voltara",
    A("rejection", VO, VO1, 7, "personio"),
    text="""Hi Korbinian,

nochmal danke, dass du dir die Zeit genommen hast, dich bei uns zu bewerben. Wir haben uns dein
Profil genau angeschaut und fanden deine Erfahrung in der Betriebsfestigkeit wirklich stark.

Für diese Rolle suchen wir aber jemanden, der schon tief in der Prüfung von E-Maschinen und
Leistungselektronik steckt (Hochvolt-Prüfstände, Wirkungsgradkennfelder). Deshalb können wir dir
diesmal leider kein Gespräch anbieten.

Wir wachsen schnell – schau gern immer mal wieder auf unserer Karriereseite vorbei. Wir würden uns
freuen, wieder von dir zu hören.

Viele Grüße
Hannah aus dem Voltara People Team""",
)

_vo_conf2 = m(
    "p5xr",
    "2025-12-08 07:49",
    "Voltara eDrive <no-reply@personio.de>",
    "Danke für deine Bewerbung bei Voltara eDrive!",
    A("confirmation", VO, VO2, 8, "personio"),
    html="""<html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#111">
<p>Hey Korbinian,</p>
<p>danke für deine Bewerbung als <b>Testingenieur HV-Batteriesysteme (m/w/d)</b> – wir haben sie erhalten! 🚀</p>
<p>Unser Team schaut sich deine Unterlagen in den nächsten Tagen an. Wir melden uns auf jeden Fall
bei dir, egal wie es ausgeht.</p>
<p>Viele Grüße<br>Dein Voltara People Team</p>
<p style="font-size:11px;color:#999">Voltara eDrive GmbH · Zeppelinstraße 3 · 85748 Garching<br>
Du erhältst diese E-Mail im Rahmen deiner Bewerbung über
<a href="https://voltara-edrive.jobs.personio.de/job/2210478">voltara-edrive.jobs.personio.de</a>.</p>
</body></html>""",
)

_vo_int1 = m(
    "x7nf",
    "2025-12-16 12:03",
    "Jonas Hartl <jonas.hartl@voltara-edrive.example>",
    "Kurzer Call nächste Woche?",
    A("interview", VO, VO2, 8, "direct"),
    text="""Hi Korbinian,

ich bin Jonas, Head of Validation bei Voltara. Schön, dass du dich nochmal beworben hast – deine
Erfahrung mit Schwingprüfungen passt bei den Batteriesystemen (Vibration nach ECE R100, Shock,
Klimawechsel) diesmal richtig gut.

Hast du Lust auf einen ersten Call, 30 Minuten, ganz locker? Ich hab dir Freitag 11 Uhr
eingestellt, Meet-Link ist in der Einladung. Wenn's nicht passt, schieb ihn einfach.

Cheers
Jonas""",
    ics=ics(
        "5r0fq8l3hbs2u1vq4c8t9n2k6m@google.com",
        "2025-12-19 11:00",
        "Voltara x Korbinian – Kennenlernen",
        ("Jonas Hartl", "jonas.hartl@voltara-edrive.example"),
        minutes=30,
        location="https://meet.google.com/vqa-xkzr-fmd",
        description="Google Meet: https://meet.google.com/vqa-xkzr-fmd\nTestingenieur HV-Batteriesysteme",
    ),
)

_vo_int2 = m(
    "e4mq",
    "2026-01-08 16:31",
    "Jonas Hartl <jonas.hartl@voltara-edrive.example>",
    "Tech-Interview mit dem Team am 14.01.",
    A("interview", VO, VO2, 8, "direct"),
    text="""Hi Korbinian,

frohes Neues! Wie angekündigt der nächste Schritt: ein Tech-Interview bei uns in Garching mit
Leonie (Battery Test Lead), Murat (Prüfstandsautomatisierung) und mir. Wir gehen einen echten
Prüfplan für ein Batteriemodul durch und zeigen dir die Halle.

Mittwoch, 14.01., 13:00 – 14:30, Zeppelinstraße 3, Garching (Klingel "Voltara Werk 2")

Einladung kommt per Kalender.

Cheers
Jonas""",
    ics=ics(
        "2m9d7s0gq1k5b3n8v4r6c2x0p1@google.com",
        "2026-01-14 13:00",
        "Tech-Interview Voltara – Korbinian Vogl",
        ("Jonas Hartl", "jonas.hartl@voltara-edrive.example"),
        minutes=90,
        location="Voltara eDrive, Zeppelinstraße 3, 85748 Garching",
        attendees=[
            ("Leonie Danzer", "leonie.danzer@voltara-edrive.example"),
            ("Murat Yıldız", "murat.yildiz@voltara-edrive.example"),
        ],
    ),
)

_vo_cancel = m(
    "j9ut",
    "2026-01-12 08:15",
    "Jonas Hartl <jonas.hartl@voltara-edrive.example>",
    "Abgesagte Veranstaltung: Tech-Interview Voltara – Korbinian Vogl @ Mi. 14. Jan. 2026 13:00 - 14:30 (MEZ)",
    A("interview", VO, VO2, 8, "direct"),
    text="""Diese Veranstaltung wurde abgesagt und aus Ihrem Kalender entfernt.

Tech-Interview Voltara – Korbinian Vogl
Mittwoch, 14. Jan. 2026 13:00 – 14:30 (Mitteleuropäische Normalzeit – Berlin)
Voltara eDrive, Zeppelinstraße 3, 85748 Garching

Nachricht von Jonas Hartl: Sorry Korbinian – Leonie ist krank und Murat auf Kundentermin. Ich
schick dir heute noch neue Slots!

Organisator: Jonas Hartl
Einladung von Google Kalender: https://calendar.google.com/calendar/

Sie erhalten diese E-Mail, weil Sie ein Gast bei dieser Veranstaltung sind.""",
    ics=ics(
        "2m9d7s0gq1k5b3n8v4r6c2x0p1@google.com",
        "2026-01-14 13:00",
        "Tech-Interview Voltara – Korbinian Vogl",
        ("Jonas Hartl", "jonas.hartl@voltara-edrive.example"),
        minutes=90,
        method="CANCEL",
        location="Voltara eDrive, Zeppelinstraße 3, 85748 Garching",
    ),
)

_vo_slots = m(
    "r1iw",
    "2026-01-13 18:40",
    "Jonas Hartl <jonas.hartl@voltara-edrive.example>",
    "Neue Termine fürs Tech-Interview",
    A("interview", VO, VO2, 8, "direct"),
    text="""Hi Korbinian,

nochmal sorry für die kurzfristige Absage. Folgende Slots gehen bei uns allen:

- Di, 20.01., 10:00
- Do, 22.01., 14:00
- Mo, 26.01., 09:30

Sag mir einfach, was dir passt, dann schick ich die neue Einladung.

Cheers
Jonas""",
)

_vo_withdraw = m(
    "y3bd",
    "2026-01-19 09:22",
    "Jonas Hartl <jonas.hartl@voltara-edrive.example>",
    "Re: Neue Termine fürs Tech-Interview",
    A("confirmation", VO, VO2, 8, "direct"),
    st="withdrawn",
    text="""Hi Korbinian,

schade – aber danke, dass du so offen und schnell Bescheid gibst. Das ist leider nicht
selbstverständlich. Ich hab deine Bewerbung bei uns entsprechend zurückgezogen.

Alles Gute für den neuen Job, und wer weiß, vielleicht laufen wir uns auf der Battery Show mal
über den Weg.

Cheers
Jonas

Am Fr., 16. Jan. 2026 um 21:07 schrieb Korbinian Vogl <korbinian.vogl@gmx.de>:
> Hallo Jonas,
>
> danke für die neuen Termine. Ich muss dir leider absagen: Ich habe heute für eine andere
> Stelle zugesagt und ziehe meine Bewerbung deshalb zurück. Danke für die super Gespräche – hat
> wirklich Spaß gemacht.
>
> Viele Grüße
> Korbinian""",
    **thread(_vo_slots),
)


MAIL = [
    _au_conf1,
    _au_conf2,
    _au_int1,
    _au_ooo,
    _au_int2,
    _au_rej2,
    _au_rej1,
    _skt_acct,
    _skt_conf,
    _skt_tc,
    _skt_hv,
    _skt_hv_done,
    _skt_int,
    _skt_resched,
    _skt_panel,
    _skt_rej,
    _vs_conf,
    _vs_int,
    _vs_probe,
    _vs_logi,
    _vs_offer,
    _vs_accept,
    _vs_ds,
    _vs_ds_done,
    _vs_onb,
    _vs_welcome,
    _rbs_conf,
    _rbs_int,
    _rbs_hold,
    _aep_out1,
    _aep_out2,
    _ba_conf,
    _ba_int,
    _ba_rej,
    _aep_out3,
    _vo_conf1,
    _vo_rej1,
    _vo_conf2,
    _vo_int1,
    _vo_int2,
    _vo_cancel,
    _vo_slots,
    _vo_withdraw,
]
