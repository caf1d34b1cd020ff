# ruff: noqa: E501, RUF100
"""Corpus 158, job mail part one (data only): see heldout158.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the
employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Vienna's offset on ``day`` (CEST until the last Sunday of October 2025)."""
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


def thread(prev: dict[str, Any], *older: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to ``prev`` (``older`` first in References)."""
    refs = " ".join([*(o["id"] for o in older), prev["id"]])
    return {"In-Reply-To": prev["id"], "References": refs}


KW, KWR = "Klinikum Wipptal", "Physiotherapeut:in Orthopädie/Traumatologie"
KWR2 = "Physiotherapeut:in (Karenzvertretung)"
VR = "VitaReha"
VR1 = "Physiotherapeut:in Orthopädische Rehabilitation"
VR2 = "Teamleitung Physiotherapie"
UKI, UKIR = "Universitätsklinikum Inntal", "Physiotherapeut:in Unfallchirurgie"
SN, SNR = "Sportmedizin Nordkette", "Sportphysiotherapeut:in (Teilzeit)"
OSP, OSPR = "Olympiastützpunkt Westösterreich", "Physiotherapeut:in Leistungssport"
BGK, BGKR = "Österreichische Berufsgesundheitskasse", "Physiotherapeut:in Ambulatorium Innsbruck"
PAI, PAIR = "Physio am Inn", "Physiotherapeut:in Vollzeit"
TP, TPR = "Thermenhotel Passirio", "Physiotherapeut:in Spa & Medical Wellness"
THT, THTR = "Therapiezentrum Hall-Thaur", "Physiotherapeut:in"
ORP, ORPR = "Orthopädie Rainer & Pichler", "Physiotherapeut:in (Initiativbewerbung)"
MOV, MOVR = "Movora Health", "Physiotherapeut:in Tele-Reha"
PKS, PKSR = "Privatklinik Sonnwend", "Physiotherapeut:in Ambulanz & Station"
CAL, CALR = "Klinik Calanda", "Physiotherapeut/in Muskuloskelettale Rehabilitation"
KZM, KZMR = "Kurzentrum Mieming", "Physiotherapeut:in Kur & Rehabilitation"
SVN, SVNR = "Skiverein Nordkette", "Teamphysio Nachwuchskader"
BRW, BRWR = "Bewegungsraum Wörgl", "Physiotherapeut:in Praxis"
KIN, KINR = "Kinetiq Medical", "Clinical Specialist Orthopädie"
GZT, GZTR = "Gesundheitszentrum Telfs", "Physiotherapeut:in Manuelle Therapie"
RZA, RZAR = "Rehazentrum Achensee", "Physiotherapeut:in Orthopädie & Neurologie"
PZA, PZAR = "Physiozentrum Arlberg", "Physiotherapeut:in Wintersaison"

ME_NAME, ME_ADDR = "Magdalena Hofer-Wimmer", "leni.hofer-wimmer@gmx.at"

IGV = "Karriere | Inntaler Gesundheitsverbund <karriere@igv-tirol.example>"
IGV_FOOT = """--
Inntaler Gesundheitsverbund GmbH | Innrain 212, 6020 Innsbruck
FN 312874 k, Landesgericht Innsbruck | UID ATU 64418372
Klinikum Wipptal | Krankenhaus Unterland Wörgl | Reha Zentrum Zams-Landeck

Datenschutzhinweise für Bewerberinnen und Bewerber: https://karriere.igv-tirol.example/datenschutz
Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt."""


# --- 1 and 19: Klinikum Wipptal, answered from the group's careers mailbox ----------------------

_kw1 = m(
    "w7q2",
    "2025-08-06 09:14",
    IGV,
    "Eingangsbestätigung Ihrer Bewerbung – Kennzahl IGV-25-0412",
    A("confirmation", KW, KWR, 1, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an einer Mitarbeit im
Inntaler Gesundheitsverbund.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen für folgende Ausschreibung:

  Physiotherapeut:in für den Bereich Orthopädie/Traumatologie
  Standort: Klinikum Wipptal, Steinach am Brenner
  Beschäftigungsausmaß: 30 bis 40 Wochenstunden
  Kennzahl: IGV-25-0412

Die Bewerbungsfrist endet am 24.08.2025. Wir prüfen alle Bewerbungen sorgfältig und melden
uns voraussichtlich innerhalb von drei Wochen nach Fristende bei Ihnen. Bitte geben Sie bei
Rückfragen immer die Kennzahl an.

Mit freundlichen Grüßen

Ihr Team Recruiting
Personalmanagement – Inntaler Gesundheitsverbund GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

{IGV_FOOT}
""",
)

_kw2 = m(
    "c0rv",
    "2025-08-19 14:02",
    "Strolz Verena, Mag.(FH) <verena.strolz@igv-tirol.example>",
    "Ihre Bewerbung – Kennzahl IGV-25-0412",
    A("viewed", KW, KWR, 1, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

nach einer ersten Durchsicht haben wir Ihre Unterlagen an die Fachabteilung (Institut für
Physikalische Medizin und Rehabilitation am Klinikum Wipptal) weitergeleitet.

Die Institutsleitung wird sich bei Interesse direkt mit Ihnen in Verbindung setzen. Bitte
haben Sie Verständnis, dass die Auswahl aufgrund der Urlaubszeit etwas dauern kann.

Mit freundlichen Grüßen
Verena Strolz

Mag.(FH) Verena Strolz
Recruiting | Personalmanagement
T +43 512 90 412-2231
verena.strolz@igv-tirol.example

{IGV_FOOT}
""",
)

_kw3 = m(
    "n5fh",
    "2025-08-28 11:37",
    "Institut PMR Sekretariat <pmr.sekretariat@klinikum-wipptal.example>",
    "Einladung zum Vorstellungsgespräch",
    A("interview", KW, KWR, 1, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

im Namen von Frau Prim. Dr. Andrea Kathrein laden wir Sie herzlich zu einem persönlichen
Vorstellungsgespräch ein:

Dienstag, 9. September 2025, 10:00 Uhr
Klinikum Wipptal, Trakt B, 2. Stock, Besprechungsraum Physikalische Medizin
Brennerstraße 41, 6150 Steinach am Brenner

Am Gespräch nehmen Frau Prim. Dr. Kathrein und die Leitende Physiotherapeutin, Frau Tanja
Eller, BSc, teil. Bitte planen Sie etwa 45 Minuten ein. Parkmöglichkeiten finden Sie in der
Tiefgarage (Ausfahrtsticket bitte beim Portier entwerten lassen).

Eine Kalendereinladung finden Sie im Anhang. Sollte Ihnen der Termin nicht möglich sein,
ersuchen wir um kurze Rückmeldung.

Mit freundlichen Grüßen

Michaela Rainer
Sekretariat Institut für Physikalische Medizin und Rehabilitation
Klinikum Wipptal – ein Haus des Inntaler Gesundheitsverbunds
T +43 5272 6340-4410
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000090B1C3D2A417DC01000000000000000010000000B7E3A1",
        "2025-09-09 10:00",
        "Vorstellungsgespräch Hofer-Wimmer – Physiotherapie",
        ("Rainer Michaela", "pmr.sekretariat@klinikum-wipptal.example"),
        minutes=45,
        style="outlook",
        location="Klinikum Wipptal, Trakt B, 2. OG, Besprechungsraum PMR",
        attendees=[
            ("Kathrein Andrea, Prim. Dr.", "andrea.kathrein@klinikum-wipptal.example"),
            ("Eller Tanja", "tanja.eller@klinikum-wipptal.example"),
        ],
    ),
)

_kw4 = m(
    "pz8e",
    "2025-09-23 16:48",
    IGV,
    "Ihre Bewerbung",
    A("rejection", KW, KWR, 1, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

nochmals herzlichen Dank für das angenehme Gespräch am Klinikum Wipptal und die Zeit, die Sie
sich für uns genommen haben. Ihre langjährige Erfahrung in der orthopädischen Rehabilitation
und Ihre Zusatzqualifikationen in der Manuellen Therapie haben die Kommission sehr
angesprochen.

Nach sorgfältiger Abwägung aller Bewerbungen haben wir uns dennoch für eine Bewerberin
entschieden, die bereits Erfahrung im akutstationären Bereich mitbringt. Wir bedauern, Ihnen
keine positivere Nachricht geben zu können.

Gerne nehmen wir Ihre Unterlagen – Ihr Einverständnis vorausgesetzt – in unseren Talentepool
auf und informieren Sie über passende Ausschreibungen in unseren Häusern.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Ihr Team Recruiting
Personalmanagement – Inntaler Gesundheitsverbund GmbH
Kennzahl: IGV-25-0412

{IGV_FOOT}
""",
)

_kw5 = m(
    "hh3a",
    "2025-11-12 08:55",
    IGV,
    "Eingangsbestätigung Ihrer Bewerbung – Kennzahl IGV-25-0688",
    A("confirmation", KW, KWR2, 19, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre erneute Bewerbung im Inntaler Gesundheitsverbund – es freut uns, dass
Sie weiterhin Interesse an einer Tätigkeit in unseren Häusern haben.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen für folgende Ausschreibung:

  Physiotherapeut:in (Karenzvertretung)
  Standort: Klinikum Wipptal, Steinach am Brenner
  Beschäftigungsausmaß: 30 Wochenstunden, befristet für die Dauer der Karenz
  Dienstantritt: ehestmöglich
  Kennzahl: IGV-25-0688

Wir prüfen alle Bewerbungen sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte
geben Sie bei Rückfragen immer die Kennzahl an.

Mit freundlichen Grüßen

Ihr Team Recruiting
Personalmanagement – Inntaler Gesundheitsverbund GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

{IGV_FOOT}
""",
)

_kw6 = m(
    "f2nd",
    "2025-12-22 10:31",
    "Strolz Verena, Mag.(FH) <verena.strolz@igv-tirol.example>",
    "Automatische Antwort: Stand meiner Bewerbung IGV-25-0688",
    J("other_job", "direct", KW, KWR2),
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. Jänner 2026 nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an karriere@igv-tirol.example oder telefonisch an
+43 512 90 412-2200.

Frohe Weihnachten und einen guten Rutsch!
Verena Strolz
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)

_kw7 = m(
    "s9ud",
    "2026-01-14 13:20",
    "Institut PMR Sekretariat <pmr.sekretariat@klinikum-wipptal.example>",
    "Terminvereinbarung Karenzvertretung Physiotherapie",
    A("interview", KW, KWR2, 19, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

Frau Eller würde Sie gerne zu einem Gespräch betreffend die Karenzvertretung in der
Physiotherapie einladen. Wir haben folgenden Termin für Sie reserviert:

Dienstag, 27. Jänner 2026, 14:00 Uhr, Besprechungsraum PMR (Trakt B, 2. Stock)

Sie kennen den Weg ja bereits. :-) Bitte bestätigen Sie den Termin kurz per Mail oder
telefonisch.

Mit freundlichen Grüßen
Michaela Rainer
Sekretariat Institut für Physikalische Medizin und Rehabilitation
Klinikum Wipptal
T +43 5272 6340-4410
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0A4F18E2E85DC01000000000000000010000000C19F02",
        "2026-01-27 14:00",
        "Gespräch Karenzvertretung PT – Hofer-Wimmer",
        ("Rainer Michaela", "pmr.sekretariat@klinikum-wipptal.example"),
        minutes=45,
        style="outlook",
        location="Klinikum Wipptal, Besprechungsraum PMR",
        attendees=[("Eller Tanja", "tanja.eller@klinikum-wipptal.example")],
    ),
)


# --- 3 and 18: VitaReha, two roles, prescreen tenant "vrk-gruppe" -----------------------------

PRESCREEN_FOOT = """<p style="font-size:11px;color:#8a8a8a">VitaReha Kliniken GmbH · Seestraße 5 · 6100 Seefeld in Tirol<br>
Sie erhalten diese E-Mail, weil Sie sich über unser Karriereportal beworben haben.
<a href="https://vrk-gruppe.prescreenapp.io/candidate/privacy">Datenschutz</a> ·
<a href="https://vrk-gruppe.prescreenapp.io/candidate/unsubscribe?t=7Qm2xLs">Bewerbung zurückziehen</a></p>
<p style="font-size:10px;color:#b0b0b0">Powered by prescreen</p>"""

_vr1 = m(
    "ak4m",
    "2025-08-11 07:03",
    "Katharina Pirchner <noreply@prescreen.io>",
    "Danke für Ihre Bewerbung!",
    A("confirmation", VR, VR1, 3, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<img src="https://vrk-gruppe.prescreenapp.io/assets/logo-vitareha.png" alt="VitaReha Kliniken" width="160">
<p>Sehr geehrte Frau Hofer-Wimmer,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Physiotherapeut:in (m/w/d) Orthopädische Rehabilitation</b>
an unserem Standort <b>Seefeld in Tirol</b>. Wir freuen uns über Ihr Interesse an VitaReha!</p>
<p>Ihre Unterlagen sind gut bei uns angekommen. Wir sehen uns Ihre Bewerbung in Ruhe an und
melden uns innerhalb der nächsten 14 Tage bei Ihnen.</p>
<p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit hier einsehen:<br>
<a href="https://vrk-gruppe.prescreenapp.io/candidate/application/418827?lang=de">Meine Bewerbung ansehen</a></p>
<p>Herzliche Grüße aus Seefeld<br>
Katharina Pirchner<br>
Recruiting &amp; Talent Acquisition<br>
VitaReha Kliniken</p>
{PRESCREEN_FOOT}
</body></html>""",
    reply_to="Katharina Pirchner <k.pirchner@vitareha.example>",
)

_vr2 = m(
    "tt0b",
    "2025-08-25 09:41",
    "Katharina Pirchner <noreply@prescreen.io>",
    "Einladung zum Probetag in Seefeld",
    A("assessment", VR, VR1, 3, "other"),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für das nette Telefonat letzte Woche. Wie besprochen möchten wir Sie gerne zu einem
Probetag (Hospitation) an unserem Standort Seefeld einladen. Sie begleiten unser Team in der
Einzel- und Gruppentherapie und lernen unsere Abläufe kennen; am Nachmittag übernehmen Sie
unter Supervision zwei Befundungen.

Termin: Mittwoch, 3. September 2025, 08:00 bis ca. 15:30 Uhr
Treffpunkt: Rezeption Haus A, VitaReha Seefeld, Seestraße 5
Ansprechperson vor Ort: Martin Praxmarer, Leitung Physiotherapie

Bitte bringen Sie bequeme Arbeitskleidung, Hallenschuhe und eine Kopie Ihres
Berufsberechtigungsnachweises (Eintragung im Gesundheitsberuferegister) mit. Mittagessen im
Mitarbeiterrestaurant ist für Sie selbstverständlich kostenlos.

Bitte bestätigen Sie den Termin über den Link:
https://vrk-gruppe.prescreenapp.io/candidate/event/99314/confirm?token=hx2Pq8

Herzliche Grüße
Katharina Pirchner
Recruiting & Talent Acquisition | VitaReha Kliniken
""",
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Sehr geehrte Frau Hofer-Wimmer,</p>
<p>vielen Dank für das nette Telefonat letzte Woche. Wie besprochen möchten wir Sie gerne zu einem
<b>Probetag (Hospitation)</b> an unserem Standort Seefeld einladen. Sie begleiten unser Team in der
Einzel- und Gruppentherapie und lernen unsere Abläufe kennen; am Nachmittag übernehmen Sie unter
Supervision zwei Befundungen.</p>
<table style="border-collapse:collapse">
<tr><td><b>Termin:</b></td><td>Mittwoch, 3. September 2025, 08:00 bis ca. 15:30 Uhr</td></tr>
<tr><td><b>Treffpunkt:</b></td><td>Rezeption Haus A, VitaReha Seefeld, Seestraße 5</td></tr>
<tr><td><b>Vor Ort:</b></td><td>Martin Praxmarer, Leitung Physiotherapie</td></tr>
</table>
<p>Bitte bringen Sie bequeme Arbeitskleidung, Hallenschuhe und eine Kopie Ihres
Berufsberechtigungsnachweises (Eintragung im Gesundheitsberuferegister) mit. Mittagessen im
Mitarbeiterrestaurant ist für Sie selbstverständlich kostenlos.</p>
<p><a href="https://vrk-gruppe.prescreenapp.io/candidate/event/99314/confirm?token=hx2Pq8"
style="background:#0b7a75;color:#fff;padding:8px 14px;text-decoration:none">Termin bestätigen</a></p>
<p>Herzliche Grüße<br>Katharina Pirchner<br>Recruiting &amp; Talent Acquisition | VitaReha Kliniken</p>
{PRESCREEN_FOOT}
</body></html>""",
    reply_to="Katharina Pirchner <k.pirchner@vitareha.example>",
    ics=ics(
        "prescreen-event-99314-418827@prescreenapp.io",
        "2025-09-03 08:00",
        "Probetag Physiotherapie – VitaReha Seefeld",
        ("Katharina Pirchner", "k.pirchner@vitareha.example"),
        minutes=450,
        location="VitaReha Seefeld, Seestraße 5, 6100 Seefeld in Tirol",
        attendees=[("Martin Praxmarer", "m.praxmarer@vitareha.example")],
    ),
)

_vr3 = m(
    "ub6y",
    "2025-09-12 15:16",
    "Katharina Pirchner <noreply@prescreen.io>",
    "Rückmeldung zu Ihrer Bewerbung",
    A("rejection", VR, VR1, 3, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Sehr geehrte Frau Hofer-Wimmer,</p>
<p>zunächst möchten wir uns nochmals herzlich für Ihren Besuch beim Probetag in Seefeld bedanken.
Das Team rund um Martin Praxmarer war von Ihrer ruhigen, strukturierten Art in der Befundung und
Ihrem Umgang mit den Patientinnen und Patienten sehr angetan.</p>
<p>Umso schwerer fällt es uns, Ihnen mitzuteilen, dass wir uns für eine andere Kandidatin
entschieden haben, deren Profil – vor allem durch ihre Erfahrung in der neurologischen
Rehabilitation – noch etwas besser zu den aktuellen Anforderungen des Standorts passt.</p>
<p>Wir würden uns freuen, wenn wir bei künftigen Vakanzen wieder auf Sie zukommen dürfen. Behalten
Sie unsere Karriereseite gerne im Auge – VitaReha wächst an mehreren Standorten in Tirol.</p>
<p>Alles Gute und herzliche Grüße<br>Katharina Pirchner<br>VitaReha Kliniken</p>
{PRESCREEN_FOOT}
</body></html>""",
    reply_to="Katharina Pirchner <k.pirchner@vitareha.example>",
)

_vr4 = m(
    "yy1k",
    "2025-09-16 10:05",
    "VitaReha Kliniken <noreply@prescreen.io>",
    "Ihre Meinung ist uns wichtig – 2 Minuten für uns?",
    J("other_job", "other", VR, VR1),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hallo Magdalena,</p>
<p>Sie haben sich kürzlich bei <b>VitaReha Kliniken</b> als Physiotherapeut:in (m/w/d)
Orthopädische Rehabilitation beworben. Unabhängig vom Ergebnis interessiert uns, wie Sie den
Bewerbungsprozess erlebt haben.</p>
<p>Die Umfrage ist anonym und dauert ca. 2 Minuten.</p>
<p><a href="https://vrk-gruppe.prescreenapp.io/survey/cx/5521?c=418827">Zur Umfrage</a></p>
<p>Vielen Dank!<br>Ihr VitaReha Recruiting-Team</p>
{PRESCREEN_FOOT}
</body></html>""",
)

_vr5 = m(
    "e3lw",
    "2025-11-04 18:22",
    "Katharina Pirchner <noreply@prescreen.io>",
    "Danke für Ihre Bewerbung!",
    A("confirmation", VR, VR2, 18, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#333">
<img src="https://vrk-gruppe.prescreenapp.io/assets/logo-vitareha.png" alt="VitaReha Kliniken" width="160">
<p>Sehr geehrte Frau Hofer-Wimmer,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Teamleitung Physiotherapie (m/w/d)</b>
an unserem neuen Standort <b>Innsbruck-Mühlau</b>. Wir freuen uns über Ihr Interesse an VitaReha!</p>
<p>Ihre Unterlagen sind gut bei uns angekommen. Wir sehen uns Ihre Bewerbung in Ruhe an und
melden uns innerhalb der nächsten 14 Tage bei Ihnen.</p>
<p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit hier einsehen:<br>
<a href="https://vrk-gruppe.prescreenapp.io/candidate/application/431190?lang=de">Meine Bewerbung ansehen</a></p>
<p>Herzliche Grüße aus Seefeld<br>
Katharina Pirchner<br>
Recruiting &amp; Talent Acquisition<br>
VitaReha Kliniken</p>
{PRESCREEN_FOOT}
</body></html>""",
    reply_to="Katharina Pirchner <k.pirchner@vitareha.example>",
)

_vr6 = m(
    "bq5r",
    "2025-11-18 11:09",
    "Pirchner Katharina <k.pirchner@vitareha.example>",
    "Teamleitung PT Mühlau – Kennenlernen per Teams",
    A("interview", VR, VR2, 18, "direct"),
    """Liebe Frau Hofer-Wimmer,

schön, dass wir wieder voneinander hören! Ihre Bewerbung für die Teamleitung in Mühlau hat uns
sehr gefreut – Martin Praxmarer hat sich nach Ihrem Probetag im Sommer übrigens gleich für Sie
stark gemacht.

Für ein erstes Kennenlernen mit unserer Therapieleitung, Frau Mag. Sonja Haselwanter, habe ich
Ihnen eine Teams-Einladung geschickt:

Dienstag, 25. November, 15:00–15:45 Uhr

Falls der Termin nicht passt, geben Sie mir bitte Bescheid, dann finden wir eine Alternative.

Liebe Grüße
Katharina Pirchner

Katharina Pirchner
Recruiting & Talent Acquisition
VitaReha Kliniken GmbH | Seestraße 5 | 6100 Seefeld in Tirol
M +43 664 418 22 90 | www.vitareha.example
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F06E1C9A6158DC01000000000000000010000000AA1F73",
        "2025-11-25 15:00",
        "Kennenlernen Teamleitung PT Mühlau | Hofer-Wimmer",
        ("Pirchner Katharina", "k.pirchner@vitareha.example"),
        minutes=45,
        style="outlook",
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg4ZjA1\nBesprechungs-ID: 381 442 905 217\nKennung: Ep7Kq3",
        attendees=[("Haselwanter Sonja, Mag.", "s.haselwanter@vitareha.example")],
    ),
)

_vr7 = m(
    "gd8c",
    "2025-11-21 08:47",
    "Pirchner Katharina <k.pirchner@vitareha.example>",
    "AW: Teamleitung PT Mühlau – Kennenlernen per Teams",
    A("interview", VR, VR2, 18, "direct"),
    """Liebe Frau Hofer-Wimmer,

leider muss ich unseren Termin am Dienstag verschieben – Frau Haselwanter ist an diesem
Nachmittag kurzfristig in einer Sitzung der Geschäftsführung gebunden.

Wäre Ihnen Donnerstag, 27. November, um 16:30 Uhr recht? Ich habe die Einladung schon
entsprechend aktualisiert; sollte es nicht passen, melden Sie sich bitte einfach.

Entschuldigen Sie die Umstände!

Liebe Grüße
Katharina Pirchner

Von: Pirchner Katharina
Gesendet: Dienstag, 18. November 2025 11:09
An: Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>
Betreff: Teamleitung PT Mühlau – Kennenlernen per Teams

Liebe Frau Hofer-Wimmer,

schön, dass wir wieder voneinander hören! [...]
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F06E1C9A6158DC01000000000000000010000000AA1F73",
        "2025-11-27 16:30",
        "Kennenlernen Teamleitung PT Mühlau | Hofer-Wimmer (verschoben)",
        ("Pirchner Katharina", "k.pirchner@vitareha.example"),
        minutes=45,
        style="outlook",
        sequence=1,
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg4ZjA1\nBesprechungs-ID: 381 442 905 217\nKennung: Ep7Kq3",
        attendees=[("Haselwanter Sonja, Mag.", "s.haselwanter@vitareha.example")],
    ),
    **thread(_vr6),
)

_vr8 = m(
    "mx2j",
    "2025-12-03 13:55",
    "Pirchner Katharina <k.pirchner@vitareha.example>",
    "Zweitgespräch in Mühlau am 11.12.",
    A("interview", VR, VR2, 18, "direct"),
    """Liebe Frau Hofer-Wimmer,

danke nochmals für das gute Gespräch letzte Woche! Frau Haselwanter würde Sie gerne zu einem
zweiten Gespräch vor Ort einladen, bei dem auch unser Ärztlicher Leiter, Prim. Dr. Georg
Mairhofer, und unsere Geschäftsführerin, Frau Dr. Elisabeth Kneringer, dabei sind.

Donnerstag, 11. Dezember 2025, 09:00 Uhr
VitaReha Innsbruck-Mühlau, Schillerstraße 18a, 6020 Innsbruck (Eingang Verwaltung, 1. OG)

Im Anschluss (ca. 10:30) zeigt Ihnen Frau Haselwanter gerne die neuen Therapieräume – die
Baustelle ist fast fertig. Bitte planen Sie insgesamt rund zwei Stunden ein.

Liebe Grüße
Katharina Pirchner
VitaReha Kliniken GmbH
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000003A11C7D74264DC01000000000000000010000000EE0452",
        "2025-12-11 09:00",
        "Zweitgespräch Teamleitung PT – Hofer-Wimmer",
        ("Pirchner Katharina", "k.pirchner@vitareha.example"),
        minutes=120,
        style="outlook",
        location="VitaReha Innsbruck-Mühlau, Schillerstraße 18a, Verwaltung 1. OG",
        attendees=[
            ("Haselwanter Sonja, Mag.", "s.haselwanter@vitareha.example"),
            ("Mairhofer Georg, Prim. Dr.", "g.mairhofer@vitareha.example"),
            ("Kneringer Elisabeth, Dr.", "e.kneringer@vitareha.example"),
        ],
    ),
)

_vr9 = m(
    "r1vv",
    "2025-12-19 11:30",
    "Bachler Ines, Mag. <i.bachler@vitareha.example>",
    "Unser Angebot – Teamleitung Physiotherapie Innsbruck-Mühlau",
    A("offer", VR, VR2, 18, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Frau Haselwanter, Herrn Prim. Dr. Mairhofer
und Frau Dr. Kneringer die Position der Teamleitung Physiotherapie an unserem Standort
Innsbruck-Mühlau anbieten zu dürfen.

Die wesentlichen Eckpunkte unseres Angebots:

- Beschäftigungsausmaß: 38 Wochenstunden (Vollzeit), Mo–Fr, keine Wochenenddienste
- Dienstantritt: 1. März 2026
- Entlohnung nach dem Kollektivvertrag für Angestellte in Privatkrankenanstalten Österreichs,
  Einstufung inkl. Anrechnung Ihrer Vordienstzeiten; zuzüglich Leitungszulage und
  Überzahlung ergibt sich ein Bruttomonatsgehalt von EUR 4.120,– (14 x jährlich)
- Fortbildungsbudget von EUR 1.500,– pro Jahr sowie 3 bezahlte Fortbildungstage
- Führung eines Teams von derzeit 9 Physiotherapeut:innen, Aufbau des ambulanten Angebots
- Probezeit ein Monat, unbefristetes Dienstverhältnis

Wir würden uns sehr freuen, wenn Sie dieses Angebot annehmen. Bitte geben Sie uns bis
Freitag, 9. Jänner 2026, Bescheid. Für Rückfragen stehe ich Ihnen jederzeit gerne zur
Verfügung – auch telefonisch zwischen den Feiertagen.

Mit freundlichen Grüßen

Mag. Ines Bachler
Leitung Personal & Recht
VitaReha Kliniken GmbH
Seestraße 5, 6100 Seefeld in Tirol
T +43 5212 4410-120
FN 448120 t, Landesgericht Innsbruck
""",
)

_vr10 = m(
    "k7tt",
    "2026-01-07 09:02",
    "Bachler Ines, Mag. <i.bachler@vitareha.example>",
    "AW: Unser Angebot – Teamleitung Physiotherapie Innsbruck-Mühlau",
    A("offer", VR, VR2, 18, "direct"),
    """Liebe Frau Hofer-Wimmer,

das freut uns riesig – herzlich willkommen bei VitaReha!

Den Dienstvertrag schicke ich Ihnen in den nächsten Tagen zur elektronischen Unterschrift
über DocuSign. Frau Haselwanter meldet sich zusätzlich bei Ihnen, um vor dem Dienstantritt
einen Termin zum Kennenlernen des Teams zu vereinbaren.

Liebe Grüße
Ines Bachler

-----Ursprüngliche Nachricht-----
Von: Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>
Gesendet: Dienstag, 6. Jänner 2026 21:47
An: Bachler Ines, Mag. <i.bachler@vitareha.example>
Betreff: Re: Unser Angebot – Teamleitung Physiotherapie Innsbruck-Mühlau

Sehr geehrte Frau Bachler,

vielen Dank für Ihr Angebot und die Zeit über die Feiertage. Ich nehme die Stelle als
Teamleitung Physiotherapie sehr gerne an und freue mich auf den Start am 1. März.

Mit freundlichen Grüßen
Magdalena Hofer-Wimmer
""",
    st="accepted",
    **thread(_vr9),
)

_vr11 = m(
    "d4ds",
    "2026-01-09 14:12",
    "Ines Bachler über Docusign <dse@eumail.docusign.net>",
    "Bitte mit Docusign unterschreiben: Dienstvertrag_Hofer-Wimmer_Magdalena.pdf",
    A("offer", VR, VR2, 18, "docusign"),
    """Ines Bachler hat Ihnen ein Dokument zum Überprüfen und Unterschreiben gesendet.

DOKUMENT ÜBERPRÜFEN
https://eu.docusign.net/Signing/EmailStart.aspx?a=5f1e0c2a-77b1-4c0e-9e2d-3b8a6d0f41c2&etti=24&acct=a2c1d9e0-3f4b-4a11-8c5d-77e0b1f2a9c4&er=8d2c7b1e-6a55-4f0e-b8a4-1c3e2d9f7a60

Ines Bachler
i.bachler@vitareha.example

Sehr geehrte Frau Hofer-Wimmer,
anbei erhalten Sie Ihren Dienstvertrag mit der Bitte um elektronische Unterfertigung.
Liebe Grüße, Ines Bachler

Geben Sie diesen Code nicht weiter
Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, diesen
Link oder den Zugangscode nicht an andere weiter.

Alternative Signaturmethode
Rufen Sie docusign.com auf, klicken Sie auf "Dokumente aufrufen" und geben Sie den
Sicherheitscode ein: 8D2C7B1E6A554F0EB8A41C3E2D9F7A604

Über Docusign
Unterschreiben Sie Dokumente elektronisch in wenigen Minuten. Es ist sicher.

Fragen zu diesem Dokument?
Wenn Sie Fragen zum Dokument haben oder Änderungen vornehmen müssen, wenden Sie sich bitte
direkt an den Absender.
""",
    reply_to="Ines Bachler <i.bachler@vitareha.example>",
    st="accepted",
)

_vr12 = m(
    "q0ux",
    "2026-01-10 08:26",
    "Docusign NA4 System <dse@eumail.docusign.net>",
    "Abgeschlossen: Bitte mit Docusign unterschreiben: Dienstvertrag_Hofer-Wimmer_Magdalena.pdf",
    A("offer", VR, VR2, 18, "docusign"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="100%" style="max-width:640px;margin:auto;background:#fff"><tr><td style="padding:24px">
<img src="https://eu.docusign.net/member/Images/email/docComplete-white.png" alt="" width="75">
<p style="font-size:16px">Ihr Dokument wurde abgeschlossen</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?a=0b7e2d44-91c3-4b7f-8e60-2f5a1d9c3e18&acct=a2c1d9e0-3f4b-4a11-8c5d-77e0b1f2a9c4"
style="background:#ffc423;color:#333;padding:10px 20px;text-decoration:none">DOKUMENT ANZEIGEN</a></p>
<p>Alle Beteiligten haben das Dokument abgeschlossen.<br>
Dienstvertrag_Hofer-Wimmer_Magdalena.pdf</p>
<p>Absender: Ines Bachler (i.bachler@vitareha.example), VitaReha Kliniken GmbH</p>
<hr>
<p style="font-size:11px;color:#666"><b>Geben Sie diesen Code nicht weiter</b><br>
Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, diesen Link
oder den Zugangscode nicht an andere weiter.</p>
<p style="font-size:11px;color:#666">Diese Nachricht wurde an leni.hofer-wimmer@gmx.at gesendet.
<a href="https://www.docusign.com/de-de/datenschutz">Datenschutz</a></p>
</td></tr></table></body></html>""",
    st="accepted",
)

_vr13 = m(
    "j6oa",
    "2026-01-21 15:40",
    "Personalbüro VitaReha <personal@vitareha.example>",
    "Willkommen! Unterlagen für Ihren Dienstantritt am 1. März",
    J("other_job", "direct", VR, VR2),
    """Sehr geehrte Frau Hofer-Wimmer,

herzlich willkommen bei VitaReha! Damit wir Ihre Anmeldung bei der Sozialversicherung und die
Gehaltsabrechnung rechtzeitig vorbereiten können, ersuchen wir Sie, uns bis 13. Februar
folgende Unterlagen zu übermitteln:

1. Personalstammblatt (Anhang) – ausgefüllt und unterschrieben
2. Kopie Ihrer e-card sowie eines Lichtbildausweises
3. Meldezettel
4. Nachweis der Eintragung im Gesundheitsberuferegister
5. Impfnachweise (Hepatitis B, MMR, Varizellen) bzw. Titerbestimmung
6. Dienstzeugnisse zur Anrechnung der Vordienstzeiten (falls noch nicht übermittelt)

Ihre Dienstkleidung können Sie bei Ihrem ersten Besuch in Mühlau anprobieren; Frau
Haselwanter lädt Sie dazu gesondert ein.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Sabrina Wechselberger
Personalverrechnung | VitaReha Kliniken GmbH
""",
    attach=[
        (
            "Personalstammblatt_VitaReha.pdf",
            "application/pdf",
            "%PDF-1.4\n% Personalstammblatt (Formular)\n",
        )
    ],
)


# --- 8: Universitätsklinikum Inntal, a public posting with a Dienstposten number ----------------

UKI_FROM = "Universitätsklinikum Inntal – Personalabteilung <bewerbung@uk-inntal.example>"

_uk1 = m(
    "v5ip",
    "2025-09-02 10:18",
    UKI_FROM,
    "Eingangsbestätigung – Dienstposten Nr. 2025/PT/117",
    A("confirmation", UKI, UKIR, 8, "direct"),
    """Sehr geehrte Bewerberin,

wir bestätigen den Eingang Ihrer Bewerbung um den ausgeschriebenen Dienstposten

  Nr. 2025/PT/117 – Physiotherapeut:in (40 Wochenstunden)
  Universitätsklinik für Unfallchirurgie, Therapiezentrum Ost

Nach Ablauf der Bewerbungsfrist (19.09.2025) werden alle fristgerecht eingelangten
Bewerbungen von der Auswahlkommission geprüft. Bewerberinnen und Bewerber, die die
Ausschreibungskriterien erfüllen, werden zu einem Hearing eingeladen.

Die Einstufung erfolgt gemäß Gehaltsschema des Landes (Entlohnungsgruppe MTD, Stufe nach
Anrechnung der Vordienstzeiten). Das Universitätsklinikum Inntal ist bestrebt, den Anteil
von Männern in Gesundheitsberufen zu erhöhen; bei gleicher Qualifikation werden Bewerbungen
von Männern vorrangig berücksichtigt.

Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.

Universitätsklinikum Inntal
Abteilung Personal – Bewerbungsmanagement
Anichstraße 90, 6020 Innsbruck
""",
)

_uk2 = m(
    "b8hx",
    "2025-10-01 08:44",
    UKI_FROM,
    "Einladung zum Hearing – Dienstposten Nr. 2025/PT/117",
    A("interview", UKI, UKIR, 8, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

die Auswahlkommission hat Ihre Bewerbung um den Dienstposten Nr. 2025/PT/117 geprüft. Wir
dürfen Sie zum Hearing einladen:

Datum: Dienstag, 14. Oktober 2025
Uhrzeit: 09:30 Uhr (bitte 15 Minuten früher eintreffen)
Ort: Verwaltungsgebäude, 3. Stock, Sitzungszimmer 3.14, Anichstraße 90, 6020 Innsbruck

Ablauf: Kurzpräsentation (max. 10 Minuten) zum Thema "Frühmobilisation nach
Polytrauma – Chancen und Grenzen im interdisziplinären Team", anschließend Fragen der
Kommission (ca. 20 Minuten).

Bitte bringen Sie einen amtlichen Lichtbildausweis sowie die Originale Ihrer Diplome mit. Ein
Beamer und Laptop stehen zur Verfügung (Präsentation bitte auf USB-Stick, PDF oder PPTX).
Reise- und Aufenthaltskosten können nicht ersetzt werden.

Um Bestätigung des Termins bis 7. Oktober wird gebeten.

Mit freundlichen Grüßen
Im Auftrag
Mag. Christine Gostner
Abteilung Personal – Bewerbungsmanagement
Universitätsklinikum Inntal
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A83F77B6AE32DC01000000000000000010000000D4B0C6",
        "2025-10-14 09:30",
        "Hearing DP 2025/PT/117 – Hofer-Wimmer",
        ("Gostner Christine", "bewerbung@uk-inntal.example"),
        minutes=30,
        style="outlook",
        location="Verwaltungsgebäude, Sitzungszimmer 3.14",
    ),
)

_uk3 = m(
    "i2gq",
    "2025-10-30 12:05",
    UKI_FROM,
    "Ergebnis des Auswahlverfahrens – Dienstposten Nr. 2025/PT/117",
    A("rejection", UKI, UKIR, 8, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

wir danken Ihnen für Ihre Teilnahme am Hearing zum Dienstposten Nr. 2025/PT/117.

Die Auswahlkommission hat nach Abschluss aller Hearings eine Reihung vorgenommen. Ihre
Präsentation und Ihre Berufserfahrung wurden sehr positiv bewertet; Sie wurden auf Platz 2
gereiht. Der Dienstposten wurde der erstgereihten Bewerberin angeboten, die das Angebot
angenommen hat.

Mit Ihrem Einverständnis verbleiben Sie für die Dauer von zwölf Monaten auf der Ersatzliste
für vergleichbare Dienstposten. Sollten Sie dies nicht wünschen, teilen Sie uns dies bitte
schriftlich mit.

Wir danken Ihnen für Ihr Interesse am Universitätsklinikum Inntal.

Mit freundlichen Grüßen
Im Auftrag
Mag. Christine Gostner
Abteilung Personal – Bewerbungsmanagement
""",
)


# --- 4: Sportmedizin Nordkette (the owner, from his own gmx.at address) ------------------------

_sn1 = m(
    "l3ke",
    "2025-08-14 20:11",
    "Physio Austria Jobbörse <jobboerse@physioaustria.at>",
    "Ihre Bewerbung wurde übermittelt",
    A("confirmation", SN, SNR, 4, "other"),
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Liebe Kollegin,</p>
<p>Ihre Bewerbung auf das Inserat <b>Sportphysiotherapeut:in (Teilzeit, 15–25 h) – Innsbruck</b>
wurde erfolgreich an den Inserenten <b>Sportmedizin Nordkette – Dr. Florian Gapp</b> übermittelt.</p>
<p>Übermittelte Dokumente:<br>
Lebenslauf_Hofer-Wimmer.pdf<br>
Motivationsschreiben.pdf<br>
Zertifikate_MT_Sportphysio.pdf</p>
<p>Der Inserent meldet sich direkt bei Ihnen. Physio Austria ist nicht am Auswahlprozess beteiligt.</p>
<p>Freundliche Grüße<br>Ihre Jobbörse von Physio Austria</p>
<p style="font-size:11px;color:#777">Physio Austria – Bundesverband der PhysiotherapeutInnen Österreichs<br>
<a href="https://www.physioaustria.at/jobboerse">www.physioaustria.at/jobboerse</a></p>
</body></html>""",
)

_sn2 = m(
    "o9sw",
    "2025-08-16 11:42",
    "Flo Gapp <flo.gapp@gmx.at>",
    "Re: Bewerbung Sportphysio",
    A("interview", SN, SNR, 4, "direct"),
    """Hi Leni,

danke dir fürs CV, schaut gut aus! Magst nächste Woche mal in der Praxis vorbeischaun? Di oder
Do ab 18 Uhr geht bei mir.

LG Flo

Von meinem iPhone gesendet
""",
)

_sn3 = m(
    "x4ob",
    "2025-08-19 07:58",
    "Flo Gapp <flo.gapp@gmx.at>",
    "Re: Bewerbung Sportphysio",
    A("interview", SN, SNR, 4, "direct"),
    """Do 18:30 passt 👍 Höttinger Au 62, 2. Stock, einfach läuten.

Flo

Am 18.08.2025 um 21:03 schrieb Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>:
> Hallo Flo,
> danke für die schnelle Antwort! Donnerstag um 18:30 wäre super.
> Liebe Grüße
> Leni
""",
    **thread(_sn2),
)

_sn4 = m(
    "h5qa",
    "2025-09-01 22:14",
    "Flo Gapp <flo.gapp@gmx.at>",
    "wie besprochen",
    A("offer", SN, SNR, 4, "direct"),
    """Servus Leni,

war echt super mit dir am Donnerstag, das ganze Team war begeistert. Hier mein Vorschlag:

- 20 Std./Woche: Mo + Mi 14–20 Uhr, Fr 8–12 Uhr
- dazu 2 Samstage im Monat Turnierbetreuung (Eishockey-Nachwuchs, Volleyball)
- angestellt nach KV (Gesundheitsberufe) mit Überzahlung, oder als freie Dienstnehmerin mit
  € 42,-/Einheit – wie's dir lieber ist
- Start ab 1. Oktober

Mehr Stunden kann ich leider erst ab nächstem Sommer anbieten, wenn der zweite Raum fertig ist.

Gib mir bis Ende der Woche Bescheid?

LG Flo

--
Dr. Florian Gapp
Sportmedizin Nordkette
Facharzt für Orthopädie und Traumatologie, Sportarzt
""",
)

_sn5 = m(
    "za0r",
    "2025-09-04 19:31",
    "Flo Gapp <flo.gapp@gmx.at>",
    "Re: wie besprochen",
    A("offer", SN, SNR, 4, "direct"),
    """Schade! Versteh ich aber voll, mit 20h kommst halt nicht weit.

Wenn sich bei dir was ändert oder du nebenbei ein paar Samstage machen magst, meld dich
jederzeit. Und im Sommer frag ich dich sicher nochmal. ;)

Alles Gute dir!
Flo

Am Do., 4. Sept. 2025 um 17:10 schrieb Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>:
> Lieber Flo,
>
> vielen Dank für das tolle Angebot und den netten Abend in der Praxis. Ich hab lange hin und
> her überlegt, aber mit 20 Stunden geht es sich für mich finanziell leider nicht aus – ich
> brauche eine Stelle mit mindestens 30 Stunden. Deshalb muss ich schweren Herzens absagen.
>
> Liebe Grüße
> Leni
""",
    st="declined",
    **thread(_sn4),
)


# --- 10: Olympiastützpunkt Westösterreich (one interview cancelled by the employer) ------------

OSP_SIG = """Mag. Lukas Thöni
Leitung Sportmedizin & Therapie
Olympiastützpunkt Westösterreich
Fürstenweg 185, 6020 Innsbruck
T +43 512 28 44 71-30 | www.osp-west.example"""

_os1 = m(
    "c6wi",
    "2025-09-15 09:27",
    "OSP West Office <office@osp-west.example>",
    "AW: Bewerbung als Physiotherapeutin im Leistungssport",
    A("confirmation", OSP, OSPR, 10, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Bewerbung, deren Eingang wir hiermit bestätigen.

Die Sichtung der Unterlagen erfolgt nach Ablauf der Bewerbungsfrist am 30. September. Wir
bitten um etwas Geduld – Sie hören spätestens Mitte Oktober von uns.

Mit sportlichen Grüßen
Barbara Nagiller
Office Management
Olympiastützpunkt Westösterreich

-----Ursprüngliche Nachricht-----
Von: Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>
Gesendet: Sonntag, 14. September 2025 20:36
An: office@osp-west.example
Betreff: Bewerbung als Physiotherapeutin im Leistungssport

Sehr geehrter Herr Mag. Thöni,

mit großem Interesse habe ich Ihre Ausschreibung für eine:n Physiotherapeut:in im
Leistungssport gelesen. Anbei finden Sie meine Bewerbungsunterlagen ...
""",
)

_os2 = m(
    "t2kn",
    "2025-10-06 16:03",
    "Lukas Thöni <l.thoeni@osp-west.example>",
    "Einladung: Bewerbungsgespräch Physiotherapie @ Do., 16. Okt. 2025 14:00 - 15:00 (MESZ)",
    A("interview", OSP, OSPR, 10, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

gerne möchte ich Sie zu einem Bewerbungsgespräch an den Olympiastützpunkt einladen. Neben mir
wird unser Cheftrainer Ski Alpin Nachwuchs, Herr Patrick Hörtnagl, dabei sein. Wir zeigen
Ihnen im Anschluss gerne auch den Therapie- und Krafttrainingsbereich.

Treffpunkt: Empfang, Haus 2.

Mit freundlichen Grüßen
Lukas Thöni

{OSP_SIG}

---
Einladung von Google Kalender
Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
""",
    ics=ics(
        "5q1u8vb0s4m7k2j3c6r9t0ahd1@google.com",
        "2025-10-16 14:00",
        "Bewerbungsgespräch Physiotherapie",
        ("Lukas Thöni", "l.thoeni@osp-west.example"),
        location="Olympiastützpunkt Westösterreich, Haus 2, Fürstenweg 185, Innsbruck",
        attendees=[("Patrick Hörtnagl", "p.hoertnagl@osp-west.example")],
    ),
)

_os3 = m(
    "w0hs",
    "2025-10-15 18:49",
    "Lukas Thöni <l.thoeni@osp-west.example>",
    "Abgesagter Termin: Bewerbungsgespräch Physiotherapie @ Do., 16. Okt. 2025 14:00 - 15:00 (MESZ)",
    A("interview", OSP, OSPR, 10, "direct"),
    """Liebe Frau Hofer-Wimmer,

es tut mir sehr leid, aber ich muss unser Gespräch morgen kurzfristig absagen. Wir haben heute
die medizinische Betreuung des Tiroler Landeskaders beim Gletschertraining in Sölden
übernehmen müssen, weil ein Kollege ausgefallen ist, und ich bin bis Sonntag oben.

Ich melde mich Anfang nächster Woche mit einem neuen Termin – versprochen!

Beste Grüße
Lukas Thöni

---
Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.
Einladung von Google Kalender
""",
    ics=ics(
        "5q1u8vb0s4m7k2j3c6r9t0ahd1@google.com",
        "2025-10-16 14:00",
        "Bewerbungsgespräch Physiotherapie",
        ("Lukas Thöni", "l.thoeni@osp-west.example"),
        method="CANCEL",
        location="Olympiastützpunkt Westösterreich, Haus 2, Fürstenweg 185, Innsbruck",
        attendees=[("Patrick Hörtnagl", "p.hoertnagl@osp-west.example")],
    ),
)

_os4 = m(
    "f8pm",
    "2025-10-22 08:15",
    "Lukas Thöni <l.thoeni@osp-west.example>",
    "Einladung: Gespräch Hofer-Wimmer / OSP @ Mi., 5. Nov. 2025 13:00 - 14:00 (MEZ)",
    A("interview", OSP, OSPR, 10, "direct"),
    f"""Liebe Frau Hofer-Wimmer,

wie versprochen hier der neue Termin – danke für Ihre Geduld! Herr Hörtnagl ist wieder dabei,
zusätzlich unsere Sportpsychologin Frau Dr. Miriam Falkner.

Bis bald
Lukas Thöni

{OSP_SIG}

---
Einladung von Google Kalender
""",
    ics=ics(
        "0b3kqg7r2d9f5m1n8l4p6c2x7s@google.com",
        "2025-11-05 13:00",
        "Gespräch Hofer-Wimmer / OSP",
        ("Lukas Thöni", "l.thoeni@osp-west.example"),
        location="Olympiastützpunkt Westösterreich, Haus 2, Fürstenweg 185, Innsbruck",
        attendees=[
            ("Patrick Hörtnagl", "p.hoertnagl@osp-west.example"),
            ("Miriam Falkner", "m.falkner@osp-west.example"),
        ],
    ),
)

_os5 = m(
    "p7ar",
    "2025-11-20 17:38",
    "Lukas Thöni <l.thoeni@osp-west.example>",
    "Rückmeldung",
    A("confirmation", OSP, OSPR, 10, "direct"),
    f"""Liebe Frau Hofer-Wimmer,

ich wollte Sie nicht länger warten lassen, auch wenn ich leider keine endgültige Nachricht für
Sie habe.

Das Gespräch mit Ihnen war für uns alle sehr überzeugend, und Sie sind für die Stelle unsere
Wunschkandidatin. Allerdings ist die Finanzierung der Stelle an eine Förderzusage des Bundes
für 2026 geknüpft, die sich durch die Budgetverhandlungen verzögert. Wir müssen die Besetzung
daher vorerst auf Eis legen.

Wir rechnen mit einer Entscheidung im Lauf des Frühjahrs. Darf ich mich dann wieder bei Ihnen
melden? Ich verstehe natürlich, wenn Sie sich in der Zwischenzeit anderweitig orientieren.

Beste Grüße
Lukas Thöni

{OSP_SIG}
""",
    st="on_hold",
)


# --- 9: Österreichische Berufsgesundheitskasse (Haufe umantis e-recruiting) --------------------

UMANTIS = "ÖBGK Karriere <noreply-oebgk@umantis.com>"
UMANTIS_FOOT = """------------------------------------------------------------
Österreichische Berufsgesundheitskasse (ÖBGK)
Körperschaft öffentlichen Rechts | Landesstelle Tirol, Klara-Pölt-Weg 12, 6020 Innsbruck
Bewerbungsportal: https://recruitingapp-5318.umantis.com/Candidate
Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse werden nicht bearbeitet."""

_bg0 = m(
    "u8yc",
    "2025-09-08 21:55",
    UMANTIS,
    "Registrierung im Bewerbungsportal der ÖBGK",
    J("other_job", "other", BGK),
    f"""Sehr geehrte Frau Hofer-Wimmer,

Sie haben sich erfolgreich im Bewerbungsportal der Österreichischen Berufsgesundheitskasse
registriert.

Ihr Benutzername: leni.hofer-wimmer@gmx.at

Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden über folgenden Link:
https://recruitingapp-5318.umantis.com/Candidate/Activate?code=91fd2a7c0e

Über Ihr Kandidatenkonto können Sie Ihre Bewerbungen verwalten, Unterlagen nachreichen und den
Status Ihrer Bewerbungen einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der ÖBGK

{UMANTIS_FOOT}
""",
)

_bg1 = m(
    "a0gn",
    "2025-09-09 19:00",
    UMANTIS,
    "Erinnerung: Ihre Bewerbung ist noch nicht abgeschlossen",
    J("alert", "other", BGK, BGKR),
    f"""Sehr geehrte Frau Hofer-Wimmer,

Sie haben mit einer Bewerbung für die Stelle

  Physiotherapeut:in für das Ambulatorium Innsbruck (30 Wochenstunden) – Ausschreibung 2025-T-0391

begonnen, diese aber noch nicht abgesendet. Ihre Angaben wurden zwischengespeichert.

Die Bewerbungsfrist endet am 21.09.2025. Um Ihre Bewerbung fortzusetzen, melden Sie sich bitte
im Bewerbungsportal an:
https://recruitingapp-5318.umantis.com/Candidate/Applications

Mit freundlichen Grüßen
Ihr Recruiting-Team der ÖBGK

{UMANTIS_FOOT}
""",
)

_bg2 = m(
    "e1rz",
    "2025-09-10 22:31",
    UMANTIS,
    "Bestätigung Ihrer Bewerbung – Ausschreibung 2025-T-0391",
    A("confirmation", BGK, BGKR, 9, "other"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Bewerbung als

  Physiotherapeut:in für das Ambulatorium Innsbruck (30 Wochenstunden)
  Ausschreibung 2025-T-0391, Landesstelle Tirol

Ihre Bewerbung ist bei uns eingelangt und wird nach Ende der Bewerbungsfrist bearbeitet.

Die Entlohnung richtet sich nach der Dienstordnung für die Angestellten der
Sozialversicherungsträger (DO.B, Gehaltsgruppe C, Dienstklasse entsprechend der anrechenbaren
Vordienstzeiten). Das monatliche Mindestentgelt für 30 Wochenstunden beträgt EUR 2.615,40
brutto.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der ÖBGK

{UMANTIS_FOOT}
""",
)

_bg3 = m(
    "m3cd",
    "2025-09-30 07:12",
    UMANTIS,
    "Statusänderung Ihrer Bewerbung",
    A("viewed", BGK, BGKR, 9, "other"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

der Status Ihrer Bewerbung (Ausschreibung 2025-T-0391) hat sich geändert:

  Neuer Status: Unterlagen an Fachabteilung weitergeleitet

Ihre Unterlagen wurden an die Fachabteilung weitergeleitet. Sie werden informiert, sobald es
Neuigkeiten gibt.

Mit freundlichen Grüßen
Ihr Recruiting-Team der ÖBGK

{UMANTIS_FOOT}
""",
)

_bg4 = m(
    "y6vh",
    "2025-11-03 13:47",
    "Hauser Sigrid <sigrid.hauser@oebgk.example>",
    "Einladung zum Aufnahmegespräch – Ausschreibung 2025-T-0391",
    A("interview", BGK, BGKR, 9, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

wir laden Sie herzlich zu einem Aufnahmegespräch für die Stelle als Physiotherapeut:in im
Ambulatorium Innsbruck ein:

Donnerstag, 13. November 2025, 10:00 Uhr
ÖBGK Landesstelle Tirol, Klara-Pölt-Weg 12, 6020 Innsbruck, 4. Stock, Raum 4.08

Am Gespräch nehmen die ärztliche Leiterin des Ambulatoriums, Frau Dr. Karin Stöckl, die
leitende Physiotherapeutin sowie eine Vertreterin des Betriebsrats teil. Die Dauer beträgt
etwa 45 Minuten.

Bitte bestätigen Sie Ihre Teilnahme durch Annahme der beigefügten Terminanfrage.

Mit freundlichen Grüßen

Sigrid Hauser
Personalmanagement | Landesstelle Tirol
Österreichische Berufsgesundheitskasse
T +43 5 0814-7312
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000001B2E9F6D1C4CDC01000000000000000010000000F0A9B2",
        "2025-11-13 10:00",
        "Aufnahmegespräch PT Ambulatorium – Hofer-Wimmer",
        ("Hauser Sigrid", "sigrid.hauser@oebgk.example"),
        minutes=45,
        style="outlook",
        location="Landesstelle Tirol, 4. OG, Raum 4.08",
        attendees=[("Stöckl Karin, Dr.", "karin.stoeckl@oebgk.example")],
    ),
)

_bg5 = m(
    "h1lm",
    "2026-01-16 09:03",
    UMANTIS,
    "Ihre Bewerbung – Ausschreibung 2025-T-0391",
    A("rejection", BGK, BGKR, 9, "other"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihr Interesse an einer Tätigkeit bei der Österreichischen
Berufsgesundheitskasse und für das Gespräch in unserer Landesstelle. Zunächst möchten wir uns
für die lange Wartezeit entschuldigen.

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen leider mitteilen, dass wir uns für
eine andere Bewerberin entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer
fachlichen und persönlichen Qualifikation.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen sechs Monate nach Abschluss des
Verfahrens gelöscht.

Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der ÖBGK

{UMANTIS_FOOT}
""",
)


MAIL: list[dict[str, Any]] = [
    _kw1, _kw2, _kw3, _kw4, _kw5, _kw6, _kw7,
    _vr1, _vr2, _vr3, _vr4, _vr5, _vr6, _vr7, _vr8, _vr9, _vr10, _vr11, _vr12, _vr13,
    _uk1, _uk2, _uk3,
    _sn1, _sn2, _sn3, _sn4, _sn5,
    _os1, _os2, _os3, _os4, _os5,
    _bg0, _bg1, _bg2, _bg3, _bg4, _bg5,
]  # fmt: skip
