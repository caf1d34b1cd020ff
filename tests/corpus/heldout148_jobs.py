# ruff: noqa: E501, RUF100
"""Corpus 148, job mail part one (data only): see heldout148.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, quoting and
threading helpers and the employer / role constants, which the other data modules import from
here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec

ME_NAME = "Ronny Schubert-Nowak"
ME_ADDR = "ronny.schubert-nowak@web.de"


def tz(day: str) -> str:
    """Leipzig's offset on ``day`` (CEST until the last Sunday of October 2025)."""
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


def q(text: str) -> str:
    """``text`` quoted the way a mail client quotes a reply."""
    return "\n".join(f"> {line}" if line else ">" for line in text.strip("\n").splitlines())


def after(spec: dict[str, Any] | str) -> dict[str, str]:
    """Threading headers of a reply to ``spec`` (a spec of this corpus or a bare Message-ID)."""
    mid = spec if isinstance(spec, str) else spec["id"]
    return {"In-Reply-To": mid, "References": mid}


# Employers as a person would write them, and their roles.
VA, VAR = (
    "Vantor Automotive",
    "Elektroniker für Betriebstechnik – Instandhaltung Karosseriebau (m/w/d)",
)
LI, LIR = "Liftec Mitteldeutschland", "Servicetechniker (m/w/d) Aufzugstechnik"
HE, HER = "Elektro Hentschel", "Elektroniker / Elektriker (m/w/d) Vollzeit"
FB, FBR = "Feinback Sachsen", "Elektroniker (m/w/d) Instandhaltung – Schichtdienst"
SPS, SPSR = "Skyline Parcel Services", "Maintenance Technician Fördertechnik (m/w/d) – Nachtschicht"
KA, KAR = (
    "Klinikum Auenwald",
    "Elektroniker für Betriebstechnik (m/w/d) Technik & Gebäudemanagement",
)
KE, KER = "Kessler Antriebstechnik", "Elektroniker für Betriebstechnik (m/w/d) Instandhaltung"
VG, VGR = "Vallorre Gebäudetechnik", "Servicetechniker Gebäudeautomation / MSR (m/w/d)"
EN, ENR = (
    "Elster Netz",
    "Elektroniker für Betriebstechnik (m/w/d) Netzbetrieb – Umspannwerke und Netzstationen",
)
SW, SWR = "Sonnwerk", "Servicetechniker*in Wärmepumpe & PV (m/w/d)"
CO = "Corvus Facility Services"
CO1 = "Haustechniker (m/w/d) Bürocampus Leipzig-Mitte"
CO2 = "Servicetechniker Elektro- und Sicherheitstechnik (m/w/d) Region Chemnitz"
PK, PKR = (
    "Pleißetal Kunststofftechnik",
    "Elektroniker für Betriebstechnik (m/w/d) Instandhaltung Spritzguss",
)
HT, HTR = "Hotel Elbterrassen Dresden", "Haustechniker (m/w/d)"
WE, WER = "Haustechnik Wendler", "Elektroniker (Initiativbewerbung)"
WG, WGR = "Wohnungsgenossenschaft Lindenhof", "Haustechniker (m/w/d)"
EH, EHR = "Elbtal Halbleiter Services", "Elektroniker für Betriebstechnik (m/w/d) Facility Reinraum"
CS, CSR = "ChemSite Services Schkopau", "Elektroniker für Betriebstechnik EMSR (m/w/d)"
NV, NVR = "Nordvind Service", "Service Technician Wind (m/f/d)"
DP, DPR = "Druckhaus Plagwitz", "Elektroniker für Betriebstechnik (m/w/d) Druckmaschinen"
SD, SDR = "Schaltanlagenbau Delitzsch", "Prüffeldtechniker / Inbetriebnehmer (m/w/d)"

SF = "Vantor Automotive Karriere <noreply@successfactors.eu>"
SF_FOOT = """\
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.

Vantor Automotive Sachsen GmbH · Werk Leipzig · Sitz der Gesellschaft: Leipzig
Registergericht: Amtsgericht Leipzig, HRB 38 214 · Geschäftsführung: Dr. Matthias Berendt, Claudia Vogt-Lehmann
Informationen zur Verarbeitung Ihrer Daten: https://www.vantor-automotive.example/de/karriere/datenschutz-bewerber"""

KATRIN = '"Hübler, Katrin" <katrin.huebler@elsterwerke.example>'
KATRIN_SIG = """\
Mit freundlichen Grüßen
im Auftrag

Katrin Hübler
Personalreferentin | Personalgewinnung
Elsterwerke Leipzig GmbH – Personalservice für die Elster Netz GmbH

Tel. +49 341 908-2217
katrin.huebler@elsterwerke.example
www.elsterwerke.example

Elster Netz GmbH · Sitz Leipzig · Amtsgericht Leipzig HRB 27 406
Geschäftsführer: Dipl.-Ing. Rainer Stollberg, Henrike Paasch
Ein Unternehmen der Elsterwerke-Gruppe"""

JESSICA = "Jessica Brandt <jessica.brandt@skyparcel.example>"
JESSICA_SIG = """\
Beste Grüße / Best regards
Jessica Brandt
Talent Acquisition Partner – Hub LEJ
Skyline Parcel Services Deutschland GmbH
Frachtstraße 9 | 04435 Schkeuditz
M +49 152 0487 2210
jessica.brandt@skyparcel.example

Skyline Parcel Services Deutschland GmbH | Registered office: Schkeuditz | Local court Leipzig HRB 31 907
Managing Directors: Patrick O'Donnell, Sabine Kühnert
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it."""

ANJA = "Anja Lorenz | MPP Personal <a.lorenz@mpp-personal.example>"
ANJA_SIG = """\
Viele Grüße

Anja Lorenz
Personaldisponentin Technik
MPP Mitteldeutsche Personalpartner GmbH – Niederlassung Leipzig
Karl-Liebknecht-Straße 141 · 04275 Leipzig
Tel. 0341 2470 558 · Mobil 0160 9184 2207
a.lorenz@mpp-personal.example · www.mpp-personal.example

Mitglied im GVP · Erlaubnis zur Arbeitnehmerüberlassung nach § 1 AÜG erteilt durch die Bundesagentur für Arbeit
Geschäftsführer: Holger Pätzold · Amtsgericht Leipzig HRB 22 913"""

SWP = "sonnwerk <no-reply@personio.de>"
VALLORRE = "Groupe Vallorre – Talent Acquisition <talents@groupe-vallorre.example>"
VALLORRE_FOOT = """\
--
Talent Acquisition Allemagne / Deutschland
Groupe Vallorre – Direction des Ressources Humaines
talents@groupe-vallorre.example

Vallorre Gebäudetechnik Deutschland GmbH · Niederlassung Dresden · Sitz: Frankfurt am Main · HRB 118 442
Groupe Vallorre SA – Société anonyme au capital de 48 200 000 € – 12, quai Perrache, 69002 Lyon – RCS Lyon 512 884 301
Ce message et ses pièces jointes sont confidentiels. / Diese Nachricht ist vertraulich."""

CONCLUDIS = "Corvus Gruppe | Karriere <noreply@concludis.de>"
CORVUS_FOOT = """\
Corvus Facility Services GmbH · Niederlassung Leipzig · Torgauer Straße 231 · 04347 Leipzig
Ein Unternehmen der Corvus Gruppe · Sitz: Magdeburg · Amtsgericht Stendal HRB 20 117
Geschäftsführung: Jörg Hansmann, Dr. Ilka Brenner

Bewerbermanagement bereitgestellt durch concludis. Ihre Daten werden gemäß unserer Datenschutzhinweise für Bewerbende verarbeitet: https://cfs-gruppe.concludis.de/datenschutz.html"""


_va_conf = """\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung als {role} (Referenznummer {ref}) im Werk Leipzig und für Ihr Interesse an der Vantor Automotive Sachsen GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung nun sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenprofil:
https://career5.successfactors.eu/career?company=vantorautoP&career_ns=job_application&navBarLevel=MY_PROFILE

Mit freundlichen Grüßen

Ihr Recruiting-Team Werk Leipzig
Vantor Automotive Sachsen GmbH

"""

_va_conf_html = """\
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#0b2545;padding:18px">
<img src="https://rmkcdn.successfactors.com/5f1c0b2e/vantor_logo_white.png" alt="Vantor Automotive" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrter Herr Schubert-Nowak,</p>
<p>vielen Dank für Ihre Bewerbung als <b>{role}</b> (Referenznummer {ref}) im Werk Leipzig und für Ihr Interesse an der Vantor Automotive Sachsen GmbH.</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung nun sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.</p>
<p><a href="https://career5.successfactors.eu/career?company=vantorautoP&amp;career_ns=job_application&amp;navBarLevel=MY_PROFILE" style="background:#e4572e;color:#fff;padding:10px 18px;text-decoration:none">Zum Kandidatenprofil</a></p>
<p>Mit freundlichen Grüßen<br><br>Ihr Recruiting-Team Werk Leipzig<br>Vantor Automotive Sachsen GmbH</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px 24px;border-top:1px solid #ddd">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br>
Vantor Automotive Sachsen GmbH · Werk Leipzig · Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig, HRB 38 214<br>
Geschäftsführung: Dr. Matthias Berendt, Claudia Vogt-Lehmann · <a href="https://www.vantor-automotive.example/de/karriere/datenschutz-bewerber">Datenschutz für Bewerbende</a></td></tr>
</table></body></html>
"""


va_account = m(
    "v1a",
    "2025-09-03 21:31",
    SF,
    "Ihr Kandidatenkonto bei Vantor Automotive",
    J("other_job", "other", VA),
    text="""\
Hallo Ronny,

Ihr Kandidatenkonto im Karriereportal der Vantor Automotive wurde erfolgreich angelegt.

Benutzername: ronny.schubert-nowak@web.de

Über Ihr Konto können Sie sich auf Stellen bewerben, den Status Ihrer Bewerbungen verfolgen und Ihre Unterlagen aktualisieren. Falls Sie Ihr Passwort vergessen haben, nutzen Sie bitte die Funktion "Passwort vergessen" auf der Anmeldeseite:
https://career5.successfactors.eu/career?company=vantorautoP&loginFlowRequired=true

Sie haben dieses Konto nicht angelegt? Dann wenden Sie sich bitte an karriere@vantor-automotive.example.

Ihr Vantor Automotive Recruiting

"""
    + SF_FOOT,
)

va1_conf = m(
    "v1b",
    "2025-09-03 21:47",
    SF,
    f"Ihre Bewerbung als {VAR} – Referenznummer 4471",
    A("confirmation", VA, VAR, 1, "other"),
    text=_va_conf.format(role=VAR, ref="4471") + SF_FOOT,
    html=_va_conf_html.format(role=VAR, ref="4471"),
)

va1_test = m(
    "v1c",
    "2025-09-12 10:04",
    SF,
    "Nächster Schritt: Online-Eignungstest – Referenznummer 4471",
    A("assessment", VA, VAR, 1, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank nochmals für Ihr Interesse an der Position Elektroniker für Betriebstechnik – Instandhaltung Karosseriebau (m/w/d) im Werk Leipzig.

Ihre Unterlagen haben uns angesprochen. Im nächsten Schritt möchten wir Sie bitten, einen Online-Eignungstest zu absolvieren. Der Test dauert ca. 60 Minuten und umfasst die Bereiche

  • Elektrotechnische Grundlagen (Schaltungen, Messtechnik, Schutzmaßnahmen)
  • Technisches Verständnis
  • Logisches Denken und Zahlenreihen

Bitte bearbeiten Sie den Test bis spätestens Freitag, 19.09.2025, 23:59 Uhr. Sorgen Sie für eine ruhige Umgebung und eine stabile Internetverbindung; ein Taschenrechner ist erlaubt, weitere Hilfsmittel nicht.

Zum Test gelangen Sie über folgenden persönlichen Link:
https://assess.vantor-automotive.example/t/ELB-4471?token=7Qx2PaLk9D

Der Test wird von unserem Partner für Eignungsdiagnostik durchgeführt. Bei technischen Problemen erreichen Sie den Support unter support-eignungstest@vantor-automotive.example.

Wir drücken Ihnen die Daumen!

Mit freundlichen Grüßen
Ihr Recruiting-Team Werk Leipzig

"""
    + SF_FOOT,
)

va1_talent = m(
    "v1t",
    "2025-10-01 08:15",
    "Vantor Automotive Talent Community <talentcommunity@vantor-automotive.example>",
    "Willkommen in der Vantor Talent Community, Ronny!",
    J("alert", "other", VA),
    html="""\
<html><body style="font-family:Arial,sans-serif;color:#1d1d1b">
<div style="max-width:620px;margin:auto">
<img src="https://www.vantor-automotive.example/media/talentcommunity_header.jpg" alt="Vantor Automotive – Driving Saxony forward" width="620">
<h2 style="color:#0b2545">Schön, dass Sie dabei sind, Ronny!</h2>
<p>Sie sind ab sofort Teil unserer Talent Community. Das heißt für Sie:</p>
<ul>
<li>Sie erhalten passende Stellenangebote aus unseren Werken in Leipzig, Zwickau und Eisenach, sobald sie veröffentlicht werden.</li>
<li>Wir laden Sie zu Karriere-Events ein – zum Beispiel zu unserem nächsten <b>Tag der offenen Werkstore</b>.</li>
<li>Sie können Ihr Profil jederzeit aktualisieren oder die Mitgliedschaft beenden.</li>
</ul>
<p><a href="https://career5.successfactors.eu/career?company=vantorautoP&amp;career_ns=talentcommunity" style="color:#e4572e">Meine Job-Benachrichtigungen verwalten</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie der Aufnahme in die Talent Community der Vantor Automotive zugestimmt haben. <a href="https://www.vantor-automotive.example/tc/unsubscribe?u=88213">Abmelden</a><br>
Vantor Automotive Sachsen GmbH · Amtsgericht Leipzig HRB 38 214</p>
</div></body></html>
""",
    headers={"List-Unsubscribe": "<https://www.vantor-automotive.example/tc/unsubscribe?u=88213>"},
)

va1_rej = m(
    "v1d",
    "2025-09-30 16:22",
    SF,
    "Rückmeldung zu Ihrer Bewerbung (Ref. 4471)",
    A("rejection", VA, VAR, 1, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für die Zeit und Mühe, die Sie in Ihre Bewerbung und in den Online-Eignungstest investiert haben.

Ihre Ergebnisse – insbesondere im Bereich der elektrotechnischen Grundlagen – haben uns durchaus überzeugt. Dennoch ist die Entscheidung am Ende zugunsten von Kandidatinnen und Kandidaten gefallen, die bereits Erfahrung mit Robotersteuerungen und Schweißanlagen in der Serienfertigung mitbringen. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Bitte verstehen Sie unsere Entscheidung nicht als Wertung Ihrer Person oder Ihrer Qualifikation. Gern möchten wir Sie ermutigen, sich auch künftig auf interessante Stellen bei uns zu bewerben – über unsere Talent Community halten wir Sie auf Wunsch auf dem Laufenden.

Ihre Bewerbungsdaten werden sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben.

Für Ihre berufliche und private Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team Werk Leipzig

"""
    + SF_FOOT,
)

li_fwd = m(
    "l2a",
    "2025-09-05 19:12",
    "Ronny Schubert-Nowak <ronny.sn85@gmx.de>",
    "WG: Ihre Bewerbung als Servicetechniker (m/w/d) Aufzugstechnik bei Liftec Mitteldeutschland GmbH",
    A("confirmation", LI, LIR, 2, "other"),
    text="""\
läuft noch über die alte gmx, nur damit ichs hier hab


-------- Weitergeleitete Nachricht --------
Betreff: Ihre Bewerbung als Servicetechniker (m/w/d) Aufzugstechnik bei Liftec Mitteldeutschland GmbH
Datum: Fri, 05 Sep 2025 18:51:07 +0200
Von: StepStone <noreply@stepstone.de>
An: ronny.sn85@gmx.de

Hallo Ronny Schubert-Nowak,

Ihre Bewerbung wurde erfolgreich versendet!

  Servicetechniker (m/w/d) Aufzugstechnik
  Liftec Mitteldeutschland GmbH
  Leipzig

Das Unternehmen hat Ihre Unterlagen erhalten und meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen finden Sie jederzeit unter "Meine Bewerbungen":
https://www.stepstone.de/candidate/applications?utm_source=transactional&utm_medium=email&utm_campaign=apply_confirmation

Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern schneller gefunden.

Viel Erfolg wünscht Ihnen
Ihr StepStone-Team

StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf
Sie erhalten diese E-Mail als Bestätigung Ihrer Bewerbung. Datenschutz: https://www.stepstone.de/datenschutz
""",
)

li_rej = m(
    "l2b",
    "2025-09-23 11:40",
    "Liftec Mitteldeutschland GmbH – Personal <personal@liftec-md.example>",
    "Ihre Bewerbung",
    A("rejection", LI, LIR, 2, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für Bewerber entschieden haben, die dem Anforderungsprofil – insbesondere der mehrjährigen Erfahrung in der Wartung und Störungsbeseitigung an Aufzugsanlagen sowie der Qualifikation als befähigte Person nach TRBS 1203 – noch besser entsprechen.

Ihre Unterlagen werden wir unter Beachtung der datenschutzrechtlichen Bestimmungen vernichten.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

i. A. Doreen Weigelt
Personalabteilung

Liftec Mitteldeutschland GmbH
Aufzüge · Fahrtreppen · Service
Zschortauer Straße 70 · 04129 Leipzig
Tel. 0341 91 88 30-0 · www.liftec-md.example
Geschäftsführer: Bernd Lohse · Amtsgericht Leipzig HRB 19 877
""",
)

he_ka = m(
    "h3a",
    "2025-09-08 20:03",
    "Frank über Kleinanzeigen <antwort-7f3c2a9e41b8@mail.kleinanzeigen.de>",
    "Neue Nachricht zu „Elektroniker / Elektriker (m/w/d) Vollzeit gesucht – Halle“",
    A("confirmation", HE, HER, 3, "other"),
    text="""\
Hallo Ronny,

Frank hat dir eine Nachricht zur Anzeige „Elektroniker / Elektriker (m/w/d) Vollzeit gesucht – Halle“ geschrieben:

„Hallo, danke für die Nachricht. Schick mal bitte Lebenslauf und Gesellenbrief an hentschel-elektro@t-online.de dann meld ich mich. Gruß Frank“

Antworte am besten direkt über Kleinanzeigen:
https://www.kleinanzeigen.de/m-nachrichten.html?conversationId=a1c9-77f2-4e0b&utm_source=email&utm_campaign=msg

Sicher kommunizieren: Gib keine Bank- oder Ausweisdaten über den Chat heraus und sei vorsichtig bei Zahlungsaufforderungen.

Dein Kleinanzeigen-Team

Kleinanzeigen GmbH · Albert-Einstein-Ring 2-6 · 14532 Kleinmachnow
E-Mail-Benachrichtigungen verwalten: https://www.kleinanzeigen.de/m-einstellungen.html
""",
)

he_inv = m(
    "h3b",
    "2025-09-10 18:26",
    "Elektro Hentschel <hentschel-elektro@t-online.de>",
    "AW: Bewerbung Ronny Schubert-Nowak",
    A("interview", HE, HER, 3, "direct"),
    text="""\
Hallo Herr Schubert-Nowak,

Unterlagen sind angekommen. Können Sie Donnerstag so gegen halb 5 bei uns im Büro vorbeikommen? Adresse steht unten, Parkplatz auf dem Hof.

MfG
F. Hentschel

Elektro Hentschel GmbH
Elektroinstallation – E-Check – Kundendienst
Zollrain 12, 06124 Halle (Saale)
Tel. 0345 / 68 21 40  Mobil 0171 / 4 39 28 17

-----Ursprüngliche Nachricht-----
Von: Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>
Gesendet: Dienstag, 9. September 2025 21:14
An: hentschel-elektro@t-online.de
Betreff: Bewerbung Ronny Schubert-Nowak

Sehr geehrter Herr Hentschel,

wie über Kleinanzeigen besprochen sende ich Ihnen meinen Lebenslauf und meinen Gesellenbrief. Ich bin Elektroniker für Betriebstechnik, arbeite seit 2019 in einem Elektrobetrieb in Leipzig und mache gerade abends den Meister.

Mit freundlichen Grüßen
Ronny Schubert-Nowak
""",
    **after("<5e0c1f7a-2b44-4a9e-9d61-0c3b2a8f9e11@web.de>"),
)

he_probe = m(
    "h3c",
    "2025-09-19 06:48",
    "Elektro Hentschel <hentschel-elektro@t-online.de>",
    "Probearbeit Mi",
    A("interview", HE, HER, 3, "direct"),
    text="""\
Hallo Ronny,

wie besprochen Probearbeit Mittwoch 24.9. Treffpunkt 7 Uhr Baustelle Delitzscher Str. (Neubau Kita, Container vorn links). Arbeitsschuhe + eigenes Handwerkzeug mitbringen, Rest ist da. Geht bis ca 15.30.

Gruß Frank
""",
)

he_rej = m(
    "h3d",
    "2025-09-29 19:55",
    "Elektro Hentschel <hentschel-elektro@t-online.de>",
    "AW: Probearbeit Mi",
    A("rejection", HE, HER, 3, "direct"),
    text="""\
Hallo Ronny,

ich hab mich jetzt für einen aus Halle entschieden, wegen der Fahrerei jeden Tag und der Bereitschaft am Wochenende. Hat nix mit deiner Arbeit zu tun, war ordentlich was du gemacht hast.
Die 120 Euro für den Tag sind überwiesen.

Alles Gute
Frank

Von meinem iPhone gesendet

> Am 19.09.2025 um 06:48 schrieb Elektro Hentschel <hentschel-elektro@t-online.de>:
>
> Hallo Ronny,
>
> wie besprochen Probearbeit Mittwoch 24.9. Treffpunkt 7 Uhr Baustelle Delitzscher Str. (Neubau Kita, Container vorn links). Arbeitsschuhe + eigenes Handwerkzeug mitbringen, Rest ist da. Geht bis ca 15.30.
>
> Gruß Frank
""",
    **after(he_probe),
)

fb_conf = m(
    "f4a",
    "2025-09-09 22:17",
    "Indeed Apply <indeedapply@indeed.com>",
    f"Bewerbung gesendet: {FBR}",
    A("confirmation", FB, FBR, 4, "indeed"),
    text="""\
Ihre Bewerbung wurde gesendet

Elektroniker (m/w/d) Instandhaltung – Schichtdienst
Feinback Sachsen GmbH – Landsberg (Saalekreis)

Folgende Angaben wurden an Feinback Sachsen GmbH übermittelt:
• Kontaktdaten
• Lebenslauf (Lebenslauf_Schubert-Nowak_2025.pdf)
• Antworten auf 3 Fragen des Arbeitgebers

Wie geht es weiter?
Wenn der Arbeitgeber Interesse hat, meldet er sich direkt per E-Mail, Telefon oder Indeed-Nachricht bei Ihnen. Ihre Bewerbungen können Sie hier verfolgen:
https://myjobs.indeed.com/applied?from=ia_confirmation_email

Viel Erfolg!
Das Indeed-Team

Diese E-Mail wurde an ronny.schubert-nowak@web.de gesendet.
© 2025 Indeed · Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Irland
""",
    html="""\
<html><body style="margin:0;background:#f3f2f1;font-family:'Noto Sans',Helvetica,Arial,sans-serif">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="560" style="background:#fff;padding:24px;border-radius:8px">
<tr><td><img src="https://d3fw5vlhllyvee.cloudfront.net/email/indeed_logo.png" alt="Indeed" width="90"></td></tr>
<tr><td><h1 style="font-size:22px;color:#2d2d2d">Ihre Bewerbung wurde gesendet</h1>
<p style="font-size:16px;margin:0"><b>Elektroniker (m/w/d) Instandhaltung – Schichtdienst</b></p>
<p style="color:#595959;margin:4px 0 16px">Feinback Sachsen GmbH – Landsberg (Saalekreis)</p>
<p>Folgende Angaben wurden an Feinback Sachsen GmbH übermittelt:</p>
<ul><li>Kontaktdaten</li><li>Lebenslauf (Lebenslauf_Schubert-Nowak_2025.pdf)</li><li>Antworten auf 3 Fragen des Arbeitgebers</li></ul>
<p><b>Wie geht es weiter?</b><br>Wenn der Arbeitgeber Interesse hat, meldet er sich direkt per E-Mail, Telefon oder Indeed-Nachricht bei Ihnen.</p>
<p><a href="https://myjobs.indeed.com/applied?from=ia_confirmation_email" style="background:#2557a7;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none">Meine Bewerbungen ansehen</a></p>
</td></tr>
<tr><td style="font-size:12px;color:#767676;padding-top:24px">Diese E-Mail wurde an ronny.schubert-nowak@web.de gesendet.<br>© 2025 Indeed · Indeed Ireland Operations Ltd., 124 St. Stephen's Green, Dublin 2, Irland</td></tr>
</table></td></tr></table></body></html>
""",
)

fb_viewed = m(
    "f4b",
    "2025-09-16 09:02",
    "Indeed <donotreply@indeed.com>",
    "Ihre Bewerbung wurde angesehen",
    A("viewed", FB, FBR, 4, "indeed"),
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f3f2f1">
<table width="560" align="center" style="background:#fff;padding:24px">
<tr><td><img src="https://d3fw5vlhllyvee.cloudfront.net/email/indeed_logo.png" alt="Indeed" width="90"></td></tr>
<tr><td>
<p style="font-size:20px"><b>Gute Neuigkeiten, Ronny!</b></p>
<p>Ein Arbeitgeber hat sich Ihre Bewerbung angesehen:</p>
<p style="border-left:4px solid #2557a7;padding-left:10px"><b>Elektroniker (m/w/d) Instandhaltung – Schichtdienst</b><br>Feinback Sachsen GmbH<br>Landsberg (Saalekreis)</p>
<p style="color:#595959;font-size:13px">Das bedeutet nicht zwangsläufig, dass Sie kontaktiert werden. Bewerben Sie sich weiterhin auf passende Stellen.</p>
<p><a href="https://click.indeed.com/?ct=appstatus&amp;jk=8d2f1c4ab77e09c3&amp;src=viewed">Status ansehen</a></p>
<p style="font-size:12px;color:#767676">© 2025 Indeed · <a href="https://de.indeed.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>
""",
)

fb_survey = m(
    "f4c",
    "2025-10-08 18:30",
    "Indeed <donotreply@indeed.com>",
    "Haben Sie etwas von Feinback Sachsen GmbH gehört?",
    J("other_job", "indeed", FB, FBR),
    text="""\
Hallo Ronny,

vor etwa einem Monat haben Sie sich über Indeed als Elektroniker (m/w/d) Instandhaltung – Schichtdienst bei Feinback Sachsen GmbH beworben.

Hat sich der Arbeitgeber bei Ihnen gemeldet?

  Ja, ich wurde kontaktiert: https://click.indeed.com/?ct=survey&a=yes&jk=8d2f1c4ab77e09c3
  Nein, noch nicht:         https://click.indeed.com/?ct=survey&a=no&jk=8d2f1c4ab77e09c3
  Ich habe ein Angebot:      https://click.indeed.com/?ct=survey&a=offer&jk=8d2f1c4ab77e09c3

Ihre Antwort hilft anderen Jobsuchenden und dauert nur eine Sekunde.

Ihr Indeed-Team
""",
)

SKY = "Skyline Parcel Services <skyparcel@myworkday.com>"
SKY_FOOT = """\
This message was sent from an unmonitored mailbox. Please do not reply.
Skyline Parcel Services Deutschland GmbH · Frachtstraße 9 · 04435 Schkeuditz · HRB 31 907 AG Leipzig"""

sps_account = m(
    "s5a",
    "2025-09-18 20:40",
    SKY,
    "Welcome to Skyline Parcel Services Careers",
    J("other_job", "workday", SPS, lang="en"),
    text="""\
Hi Ronny,

Thank you for creating a candidate account with Skyline Parcel Services.

You can sign in at any time to review your applications, update your profile and complete any tasks we send you:
https://skyparcel.wd3.myworkdayjobs.com/de-DE/SPS_Careers/login

Your user name is ronny.schubert-nowak@web.de.

Kind regards,
Skyline Parcel Services Talent Acquisition

"""
    + SKY_FOOT,
)

sps_conf = m(
    "s5b",
    "2025-09-18 20:52",
    SKY,
    f"Vielen Dank für Ihre Bewerbung – R-0045871 {SPSR}",
    A("confirmation", SPS, SPSR, 5, "workday"),
    text="""\
Hallo Ronny,

vielen Dank für Ihre Bewerbung auf die Stelle R-0045871 Maintenance Technician Fördertechnik (m/w/d) – Nachtschicht an unserem Hub Leipzig/Halle (LEJ).

Wir haben Ihre Unterlagen erhalten. Unser Talent-Acquisition-Team prüft nun, ob Ihr Profil zu den Anforderungen passt. Wenn das der Fall ist, melden wir uns mit den nächsten Schritten bei Ihnen – in der Regel innerhalb von zwei Wochen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen:
https://skyparcel.wd3.myworkdayjobs.com/de-DE/SPS_Careers/userHome

Beste Grüße
Ihr Talent Acquisition Team
Skyline Parcel Services

"""
    + SKY_FOOT,
)

sps_task = m(
    "s5c",
    "2025-09-25 07:12",
    SKY,
    "Aufgabe erforderlich: Technischer Verständnistest",
    A("assessment", SPS, SPSR, 5, "workday"),
    text="""\
Hallo Ronny,

in Ihrem Kandidatenkonto wartet eine neue Aufgabe auf Sie:

  Aufgabe: Technischer Verständnistest (Mechanik / Elektrik / Pneumatik)
  Stelle: R-0045871 Maintenance Technician Fördertechnik (m/w/d) – Nachtschicht
  Fällig am: 30.09.2025

Der Test dauert etwa 25 Minuten und kann nicht unterbrochen werden. Bitte nutzen Sie einen Laptop oder PC.

Zur Aufgabe: https://skyparcel.wd3.myworkdayjobs.com/de-DE/SPS_Careers/userHome/tasks

Viel Erfolg!
Ihr Talent Acquisition Team

"""
    + SKY_FOOT,
)

sps_phone = m(
    "s5d",
    "2025-10-07 13:18",
    JESSICA,
    "Telefonisches Kennenlernen – Maintenance Technician Nachtschicht (R-0045871)",
    A("interview", SPS, SPSR, 5, "direct"),
    text="""\
Hallo Herr Schubert-Nowak,

ich bin Jessica Brandt und betreue als Talent Acquisition Partner unseren Hub LEJ. Vielen Dank für Ihre Bewerbung und den absolvierten Test – die Ergebnisse sehen gut aus!

Gern würde ich Sie in einem kurzen Telefonat (ca. 20 Minuten) kennenlernen und Ihnen ein paar Fragen zu Ihrer Erfahrung und zur Nachtschicht stellen. Passt Ihnen Donnerstag, 09.10., um 16:00 Uhr? Ich habe Ihnen dafür eine Kalendereinladung geschickt – ich rufe Sie unter der Nummer aus Ihrem Lebenslauf an.

Falls es zeitlich nicht klappt, schlagen Sie mir gern einen anderen Termin vor.

"""
    + JESSICA_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000060D1F3A7A337DC01000000000000000010000000B8E1",
        "2025-10-09 16:00",
        "Telefoninterview Ronny Schubert-Nowak | Maintenance Technician (R-0045871)",
        ("Jessica Brandt", "jessica.brandt@skyparcel.example"),
        minutes=30,
        style="outlook",
        description="Telefoninterview – Jessica ruft an.",
        location="Telefon",
    ),
)

sps_onsite = m(
    "s5e",
    "2025-10-14 11:05",
    JESSICA,
    "Einladung: Vorstellungsgespräch & Hallenrundgang im Hub LEJ",
    A("interview", SPS, SPSR, 5, "direct"),
    text="""\
Hallo Herr Schubert-Nowak,

danke nochmal für das angenehme Telefonat letzte Woche. Wie besprochen laden wir Sie herzlich zum persönlichen Gespräch ein:

  Dienstag, 21.10.2025, 20:30 Uhr (bis ca. 22:30 Uhr)
  Skyline Parcel Services, Hub LEJ, Tor 4 – Besucheranmeldung
  Gesprächspartner: Mario Steinbrecher (Maintenance Manager), Olga Wendt (Shift Lead Maintenance Nacht), ich

Wir haben den Termin bewusst in den Abend gelegt: Nach dem Gespräch zeigen wir Ihnen die Sortieranlage im laufenden Nachtbetrieb. Bitte bringen Sie Ihren Personalausweis mit (Sicherheitsbereich!) und tragen Sie geschlossene Schuhe; Warnweste und Gehörschutz bekommen Sie von uns.

Die Kalendereinladung kommt separat – bitte kurz annehmen.

"""
    + JESSICA_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0F1A2C5B93CDC01000000000000000010000000C4D2",
        "2025-10-21 20:30",
        "Vorstellungsgespräch + Hallenrundgang | R. Schubert-Nowak | Maintenance Technician Nacht",
        ("Jessica Brandt", "jessica.brandt@skyparcel.example"),
        minutes=120,
        style="outlook",
        attendees=[
            ("Mario Steinbrecher", "mario.steinbrecher@skyparcel.example"),
            ("Olga Wendt", "olga.wendt@skyparcel.example"),
        ],
        location="Hub LEJ, Tor 4, Besucheranmeldung, Frachtstraße 9, 04435 Schkeuditz",
    ),
)

sps_offer = m(
    "s5f",
    "2025-11-04 15:47",
    SKY,
    "Ein Angebot wartet auf Sie",
    A("offer", SPS, SPSR, 5, "workday"),
    text="""\
Hallo Ronny,

herzlichen Glückwunsch! Wir freuen uns, Ihnen für die Position R-0045871 Maintenance Technician Fördertechnik (m/w/d) – Nachtschicht ein Angebot zu unterbreiten.

Ihr Angebotsschreiben steht in Ihrem Kandidatenkonto zur Ansicht bereit. Bitte prüfen Sie es und teilen Sie uns Ihre Entscheidung bis zum 11.11.2025 über die Schaltflächen "Annehmen" oder "Ablehnen" mit:
https://skyparcel.wd3.myworkdayjobs.com/de-DE/SPS_Careers/userHome/offers

Bei Fragen zum Angebot wenden Sie sich gern direkt an Jessica Brandt.

Beste Grüße
Ihr Talent Acquisition Team
Skyline Parcel Services

"""
    + SKY_FOOT,
)

_sps_ask = """\
Hallo Frau Brandt,

vielen Dank für das Angebot, darüber habe ich mich gefreut. Bevor ich mich entscheide, eine Frage zum Gehalt: 3.050 € brutto Grundgehalt liegt deutlich unter dem, was ich jetzt im Handwerk plus Bereitschaft habe, und ich würde ja dauerhaft nachts arbeiten. Gibt es da noch Spielraum? Ich hatte an 3.600 € gedacht.

Viele Grüße
Ronny Schubert-Nowak"""

sps_nego = m(
    "s5g",
    "2025-11-06 17:21",
    JESSICA,
    "AW: Angebot Maintenance Technician – Rückfrage Gehalt",
    A("offer", SPS, SPSR, 5, "direct"),
    text="""\
Hallo Herr Schubert-Nowak,

danke für Ihre offene Frage – das ist völlig legitim. Ich habe mit Herrn Steinbrecher und unserer Compensation-Abteilung gesprochen.

Wir können das Grundgehalt auf 3.250 € brutto anheben; das ist das obere Ende des Bandes für diese Stufe. Dazu kommen wie besprochen der steuerfreie Nachtzuschlag von 25 % (ab 0 Uhr 40 %), die Schichtzulage von 180 € und der Jobticket-Zuschuss. Auf das Jahr gerechnet liegen Sie damit bei rund 46.000 €. Mehr ist leider nicht möglich, ohne das Gefüge im Team zu verletzen.

Das aktualisierte Angebot finden Sie ab morgen früh in Workday. Geben Sie mir gern bis Montag Bescheid.

"""
    + JESSICA_SIG
    + "\n\n-----Ursprüngliche Nachricht-----\nVon: Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>\nGesendet: Mittwoch, 5. November 2025 21:40\nAn: Jessica Brandt <jessica.brandt@skyparcel.example>\nBetreff: Angebot Maintenance Technician – Rückfrage Gehalt\n\n"
    + _sps_ask
    + "\n",
    **after("<c2f9a1d0-6b7e-4f55-a1c3-9e2d71b0aa42@web.de>"),
)

sps_declined = m(
    "s5h",
    "2025-11-10 09:33",
    JESSICA,
    "AW: AW: Angebot Maintenance Technician – Rückfrage Gehalt",
    A("offer", SPS, SPSR, 5, "direct"),
    st="declined",
    text="""\
Hallo Herr Schubert-Nowak,

vielen Dank für Ihre ehrliche Rückmeldung – schade! Ich kann nachvollziehen, dass der Unterschied zu Ihren Vorstellungen und die Dauernachtschicht zusammen nicht passen. Ich habe das Angebot in Workday entsprechend als abgelehnt vermerkt, Sie müssen dort nichts mehr tun.

Herr Steinbrecher lässt ausrichten, dass er Sie gern im Team gehabt hätte. Wenn wir eine Stelle im Tagdienst oder in der Früh-/Spätschicht ausschreiben, melde ich mich bei Ihnen – falls das für Sie in Ordnung ist.

Alles Gute für die Meisterschule!

"""
    + JESSICA_SIG
    + """

-----Ursprüngliche Nachricht-----
Von: Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>
Gesendet: Sonntag, 9. November 2025 20:02
An: Jessica Brandt <jessica.brandt@skyparcel.example>
Betreff: AW: Angebot Maintenance Technician – Rückfrage Gehalt

Hallo Frau Brandt,

danke, dass Sie sich so eingesetzt haben. Ich habe es mir übers Wochenende mit meiner Freundin durchgerechnet und mich entschieden, das Angebot nicht anzunehmen. Mit 3.250 € Grund komme ich auf Dauer nachts nicht hin, da bleibe ich lieber erstmal wo ich bin.

Vielen Dank für den fairen Prozess und den Rundgang, das war echt beeindruckend.

Viele Grüße
Ronny Schubert-Nowak
""",
    **after(sps_nego),
)

KA_SG = "Klinikum Auenwald gGmbH <noreply@softgarden.io>"
KA_FOOT = """\
Klinikum Auenwald gGmbH · Akademisches Lehrkrankenhaus · Auenwaldstraße 40 · 04179 Leipzig
Geschäftsführung: Prof. Dr. med. Annett Schramm, Dipl.-Kfm. Lutz Gerlach · Amtsgericht Leipzig HRB 14 520
Diese Nachricht wurde über softgarden versendet."""

ka_conf = m(
    "k6a",
    "2025-09-22 19:58",
    KA_SG,
    "Ihre Bewerbung bei der Klinikum Auenwald gGmbH",
    A("confirmation", KA, KAR, 6, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

herzlichen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d) in unserer Abteilung Technik & Gebäudemanagement.

Ihre Unterlagen sind bei uns eingegangen und werden nun von der Personalabteilung und dem Fachbereich gesichtet. Wir melden uns schnellstmöglich bei Ihnen.

Ihr Bewerberprofil, in dem Sie Ihre Unterlagen einsehen und ergänzen können, erreichen Sie hier:
https://klinikum-auenwald.softgarden.io/de/candidate/applications

Mit freundlichen Grüßen

Ihr Recruiting-Team
Personalmanagement

"""
    + KA_FOOT,
    html="""\
<html><body style="font-family:'Source Sans Pro',Arial,sans-serif;color:#333">
<div style="max-width:600px;margin:0 auto;border-top:6px solid #00857c">
<p style="text-align:right"><img src="https://static.softgarden.io/tenant/klinikum-auenwald/logo.png" alt="Klinikum Auenwald" height="48"></p>
<p>Sehr geehrter Herr Schubert-Nowak,</p>
<p>herzlichen Dank für Ihre Bewerbung als <strong>Elektroniker für Betriebstechnik (m/w/d)</strong> in unserer Abteilung Technik &amp; Gebäudemanagement.</p>
<p>Ihre Unterlagen sind bei uns eingegangen und werden nun von der Personalabteilung und dem Fachbereich gesichtet. Wir melden uns schnellstmöglich bei Ihnen.</p>
<p><a href="https://klinikum-auenwald.softgarden.io/de/candidate/applications">Zu Ihrem Bewerberprofil</a></p>
<p>Mit freundlichen Grüßen<br><br>Ihr Recruiting-Team<br>Personalmanagement</p>
<hr><p style="font-size:11px;color:#888">Klinikum Auenwald gGmbH · Akademisches Lehrkrankenhaus · Auenwaldstraße 40 · 04179 Leipzig<br>Geschäftsführung: Prof. Dr. med. Annett Schramm, Dipl.-Kfm. Lutz Gerlach · Amtsgericht Leipzig HRB 14 520<br>Diese Nachricht wurde über softgarden versendet.</p>
</div></body></html>
""",
)

_ka_ev = "040000008200E00074C5B7101A82E00800000000B09D1E92F93ADC01000000000000000010000000E7A4"
KRETZ = ('"Kretzschmar, Uwe"', "uwe.kretzschmar@klinikum-auenwald.example")
KRETZ_SIG = """\
Mit freundlichen Grüßen

Dipl.-Ing. (FH) Uwe Kretzschmar
Leiter Technik & Gebäudemanagement
Klinikum Auenwald gGmbH
Tel. 0341 4 44-3710 | Fax -3719
uwe.kretzschmar@klinikum-auenwald.example"""

ka_inv = m(
    "k6b",
    "2025-10-08 14:12",
    '"Kretzschmar, Uwe" <uwe.kretzschmar@klinikum-auenwald.example>',
    "Einladung Vorstellungsgespräch",
    A("interview", KA, KAR, 6, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein am

Donnerstag, dem 16.10.2025, um 14:00 Uhr
Haus C, Technikzentrale, Beratungsraum im EG

Am Gespräch nehmen neben mir Herr Seidel (Teamleiter Elektrotechnik) und Frau Roth (Personalmanagement) teil. Bitte melden Sie sich an der Information im Haupteingang, Sie werden dort abgeholt. Planen Sie etwa eine Stunde ein, im Anschluss zeigen wir Ihnen gern die NEA und die Mittelspannungsanlage.

Bitte bestätigen Sie den Termin kurz per Antwort auf diese Mail.

"""
    + KRETZ_SIG,
    ics=ics(
        _ka_ev,
        "2025-10-16 14:00",
        "Vorstellungsgespräch Herr Schubert-Nowak / Technik",
        KRETZ,
        minutes=60,
        style="outlook",
        attendees=[
            ('"Seidel, Marko"', "marko.seidel@klinikum-auenwald.example"),
            ('"Roth, Claudia"', "claudia.roth@klinikum-auenwald.example"),
        ],
        location="Haus C, Technikzentrale, Beratungsraum EG",
    ),
)

ka_cancel = m(
    "k6c",
    "2025-10-14 16:47",
    '"Kretzschmar, Uwe" <uwe.kretzschmar@klinikum-auenwald.example>',
    "Abgesagt: Vorstellungsgespräch Herr Schubert-Nowak / Technik",
    A("interview", KA, KAR, 6, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

leider muss ich unseren Termin am Donnerstag kurzfristig absagen. Hintergrund sind interne Abstimmungen zur Stelle, die noch nicht abgeschlossen sind. Das tut mir leid, zumal Sie sich den Nachmittag sicher schon freigenommen haben.

Wir melden uns, sobald es Klarheit gibt.

"""
    + KRETZ_SIG,
    ics=ics(
        _ka_ev,
        "2025-10-16 14:00",
        "Abgesagt: Vorstellungsgespräch Herr Schubert-Nowak / Technik",
        KRETZ,
        minutes=60,
        style="outlook",
        method="CANCEL",
        location="Haus C, Technikzentrale, Beratungsraum EG",
    ),
)

ka_hold = m(
    "k6d",
    "2025-10-29 10:26",
    KA_SG,
    "Rückmeldung zu Ihrer Bewerbung",
    A("confirmation", KA, KAR, 6, "other"),
    st="on_hold",
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir möchten Ihnen eine Zwischennachricht zu Ihrer Bewerbung als Elektroniker für Betriebstechnik (m/w/d) geben.

Aufgrund einer aktuell geltenden Wiederbesetzungssperre kann die Stelle vorerst nicht besetzt werden. Wir haben das Auswahlverfahren daher ausgesetzt. Sobald eine Freigabe vorliegt – nach derzeitigem Stand frühestens im ersten Quartal 2026 –, kommen wir unaufgefordert auf Sie zu.

Wir würden Ihre Unterlagen bis dahin gern in unserem System behalten. Sollten Sie damit nicht einverstanden sein oder sich zwischenzeitlich anders orientiert haben, können Sie Ihre Bewerbung jederzeit in Ihrem Bewerberprofil zurückziehen:
https://klinikum-auenwald.softgarden.io/de/candidate/applications

Wir bitten um Ihr Verständnis und bedanken uns für Ihre Geduld.

Mit freundlichen Grüßen

Claudia Roth
Personalmanagement

"""
    + KA_FOOT,
)

mpp_out = m(
    "p7a",
    "2025-09-24 12:41",
    ANJA,
    "Elektroniker (m/w/d) Instandhaltung – Leipzig West – Übernahme möglich",
    J("outreach", "agency", None, KER),
    text="""\
Hallo Herr Schubert-Nowak,

ich bin über Ihr Bewerberprofil in der Jobbörse der Bundesagentur für Arbeit auf Sie aufmerksam geworden und möchte Ihnen eine Stelle vorstellen, die gut zu Ihnen passen könnte.

Für unseren Kunden, einen etablierten Hersteller von Antriebs- und Getriebetechnik im Raum Leipzig-West (ca. 400 Mitarbeitende), suche ich einen

  Elektroniker für Betriebstechnik (m/w/d) Instandhaltung

Ihre Aufgaben: Wartung und Störungsbeseitigung an CNC-Bearbeitungszentren, Härteanlagen und Montagelinien, Fehlersuche in SPS-Steuerungen (S7/TIA), Mitarbeit bei Umbauten.

Was wir bieten:
– Arbeitnehmerüberlassung mit fest geplanter Übernahme nach 9 Monaten
– Bezahlung nach GVP-Tarif EG 5 plus Branchenzuschlag Metall/Elektro, 2-Schicht (Früh/Spät), keine Nacht
– unbefristeter Arbeitsvertrag bei uns ab Tag 1

Wenn Sie Interesse haben, schicken Sie mir einfach Ihren aktuellen Lebenslauf – oder rufen Sie mich an, dann erzähle ich Ihnen mehr über den Kunden.

"""
    + ANJA_SIG,
)

mpp_conf = m(
    "p7b",
    "2025-09-26 07:58",
    "MPP Personal Leipzig <bewerbung.leipzig@mpp-personal.example>",
    "Ihre Bewerbung – Eingangsbestätigung (Projekt 25-0913)",
    A("confirmation", KE, KER, 7, "agency"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für die Zusendung Ihrer Bewerbungsunterlagen. Diese haben wir unter der Projektnummer 25-0913 erfasst.

Ihre zuständige Disponentin, Frau Anja Lorenz, wird sich nach Rücksprache mit unserem Kunden in Kürze bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Team der MPP Niederlassung Leipzig

--
Diese E-Mail wurde automatisch erzeugt.
MPP Mitteldeutsche Personalpartner GmbH · Karl-Liebknecht-Straße 141 · 04275 Leipzig
Datenschutzhinweise für Bewerber: https://www.mpp-personal.example/datenschutz
""",
)

mpp_meet = m(
    "p7c",
    "2025-10-01 15:09",
    ANJA,
    "AW: Elektroniker (m/w/d) Instandhaltung – Leipzig West – Übernahme möglich",
    A("interview", KE, KER, 7, "agency"),
    text="""\
Hallo Herr Schubert-Nowak,

danke für den Lebenslauf – der Kunde hat schon mal einen Blick drauf geworfen und ist interessiert!

Bevor ich Sie dort vorstelle, würde ich Sie gern persönlich bei uns kennenlernen. Passt Ihnen Montag, 06.10., um 17:00 Uhr nach Ihrer Arbeit? Wir sitzen in der Karl-Liebknecht-Str. 141, 2. OG (Klingel MPP).

Bitte bringen Sie Personalausweis, Gesellenbrief und Ihre Arbeitszeugnisse im Original mit – das brauchen wir für die Überlassung.

"""
    + ANJA_SIG,
    **after(mpp_out),
)

mpp_client = m(
    "p7d",
    "2025-10-09 11:52",
    ANJA,
    "Vorstellungstermin beim Kunden: Kessler Antriebstechnik GmbH, 15.10. 10 Uhr",
    A("interview", KE, KER, 7, "agency"),
    text="""\
Hallo Herr Schubert-Nowak,

wie eben am Telefon besprochen, hier alle Details zu Ihrem Vorstellungstermin. Jetzt darf ich es auch schriftlich verraten: Unser Kunde ist die

  Kessler Antriebstechnik GmbH
  Werk 2, Am Zschampert 8, 04420 Markranstädt

Termin: Mittwoch, 15.10.2025, 10:00 Uhr
Ansprechpartner vor Ort: Herr Dietze (Leiter Instandhaltung)
Dauer: ca. 1,5 Stunden inkl. Werksrundgang

Ich hole Sie um 9:45 Uhr am Pförtner ab und begleite Sie. Kessler legt Wert auf Sicherheitsschuhe beim Rundgang – wenn Sie Ihre dabeihaben, prima.

Eine Kalendereinladung ist anbei.

"""
    + ANJA_SIG,
    ics=ics(
        "6m2rhk0v3o1b9pq7c3e5kd8f4a@google.com",
        "2025-10-15 10:00",
        "Vorstellung Kessler Antriebstechnik – R. Schubert-Nowak (MPP)",
        ("Anja Lorenz", "a.lorenz@mpp-personal.example"),
        minutes=90,
        location="Kessler Antriebstechnik GmbH, Werk 2, Am Zschampert 8, 04420 Markranstädt",
        description="Treffpunkt 9:45 Uhr am Pförtner. Sicherheitsschuhe mitbringen.",
    ),
)

mpp_rej = m(
    "p7e",
    "2025-10-23 16:30",
    ANJA,
    "Feedback Kessler",
    A("rejection", KE, KER, 7, "agency"),
    text="""\
Hallo Herr Schubert-Nowak,

ich habe heute endlich Rückmeldung von Kessler bekommen – leider keine gute. Sie haben sich entschieden, die Stelle mit einem internen Kandidaten aus der Produktion zu besetzen, der gerade seine Umschulung zum Elektroniker abgeschlossen hat.

Herr Dietze war von Ihrem Fachwissen ehrlich angetan, vor allem beim Rundgang an der Härterei – das hat er mir ausdrücklich gesagt. Es lag also nicht an Ihnen.

Ich habe aktuell noch zwei, drei andere Einsätze im Raum Leipzig in der Pipeline und würde mich gern wieder melden, wenn etwas Passendes dabei ist. Ist das für Sie okay?

"""
    + ANJA_SIG,
)

mpp_out2 = m(
    "p7f",
    "2025-11-27 10:14",
    ANJA,
    "Neues Projekt: Elektriker (m/w/d) Montage Rechenzentrum Dresden",
    J("outreach", "agency", None, "Elektriker (m/w/d) Montage Rechenzentrum"),
    text="""\
Hallo Herr Schubert-Nowak,

wie versprochen melde ich mich wieder: Ich habe ein neues Projekt, das vielleicht interessant ist, auch wenn es nicht ganz Ihre Wunschrichtung Instandhaltung ist.

Elektriker (m/w/d) Montage Rechenzentrum – Raum Dresden
– Einsatz für einen großen Anlagenbauer, Errichtung der Niederspannungsverteilung in einem neuen Rechenzentrum
– befristet auf 6 Monate, Start Januar 2026
– Montagezulage, Übernachtung wird gestellt, Fahrtkosten

Falls das nichts für Sie ist, auch kein Problem – kurze Rückmeldung reicht.

"""
    + ANJA_SIG,
)

vg_conf = m(
    "g8a",
    "2025-10-02 09:03",
    VALLORRE,
    "Accusé de réception / Eingangsbestätigung – Réf. VGT-DD-0925-14",
    A("confirmation", VG, VGR, 8, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir bestätigen den Eingang Ihrer Bewerbung für die Position

  Servicetechniker Gebäudeautomation / MSR (m/w/d) – Raum Dresden
  Vallorre Gebäudetechnik Deutschland GmbH, Niederlassung Dresden
  Referenz: VGT-DD-0925-14

Die Auswahl für unsere deutschen Gesellschaften wird von der Talent-Acquisition-Abteilung der Groupe Vallorre koordiniert. Ihre Unterlagen werden an die zuständige Niederlassung weitergeleitet, die sich direkt bei Ihnen meldet, falls Ihr Profil den Anforderungen entspricht.

Mit freundlichen Grüßen
Talent Acquisition Deutschland

––

Monsieur,

Nous accusons bonne réception de votre candidature au poste de technicien de maintenance GTB (réf. VGT-DD-0925-14) au sein de notre filiale allemande. Elle sera transmise à l'agence concernée.

Bien cordialement,
L'équipe Talent Acquisition

"""
    + VALLORRE_FOOT,
)

GLAESER = '"Gläser, Thomas" <thomas.glaeser@vallorre-gt.example>'
vg_call = m(
    "g8b",
    "2025-10-15 07:36",
    GLAESER,
    "Ihre Bewerbung Servicetechniker GA Dresden",
    A("interview", VG, VGR, 8, "direct"),
    text="""\
Guten Tag Herr Schubert-Nowak,

Ihre Bewerbung ist über unsere Konzern-HR bei mir gelandet. Ich leite die Niederlassung Dresden der Vallorre Gebäudetechnik.

Ich würde gern ein erstes Telefonat mit Ihnen führen, ca. 30 Minuten. Vorschläge:
– Dienstag, 21.10., 10:00 Uhr
– Mittwoch, 22.10., 16:00 Uhr

Geben Sie mir kurz Bescheid was passt.

Mit freundlichen Grüßen
Thomas Gläser
Niederlassungsleiter Dresden

Vallorre Gebäudetechnik Deutschland GmbH
Niederlassung Dresden · Washingtonstraße 16 · 01139 Dresden
T +49 351 8 40 66-10 · M +49 171 2 20 93 18
""",
)

vg_call2 = m(
    "g8c",
    "2025-10-17 12:20",
    GLAESER,
    "AW: Ihre Bewerbung Servicetechniker GA Dresden",
    A("interview", VG, VGR, 8, "direct"),
    text="""\
Passt. Dann Di 10 Uhr, ich rufe Sie auf dem Handy an.

Gruß T. Gläser

Von Outlook für Android gesendet
________________________________
From: Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>
Sent: Friday, October 17, 2025 11:58:42 AM
To: Gläser, Thomas <thomas.glaeser@vallorre-gt.example>
Subject: Re: Ihre Bewerbung Servicetechniker GA Dresden

Guten Tag Herr Gläser,

vielen Dank für Ihre Nachricht. Dienstag 10 Uhr passt mir gut, ich bin unter 0176 5 81 02 94 erreichbar.

Viele Grüße
Ronny Schubert-Nowak
""",
    **after(vg_call),
)

vg_rej = m(
    "g8d",
    "2025-11-12 14:55",
    VALLORRE,
    "Votre candidature – Ihre Bewerbung Réf. VGT-DD-0925-14",
    A("rejection", VG, VGR, 8, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für das angenehme Telefonat mit Herrn Gläser und für Ihr Interesse an der Vallorre Gebäudetechnik.

Ihr Profil als Elektroniker mit breiter Praxis in Installation und Instandsetzung hat uns gut gefallen, und auch Ihr Engagement mit der Meisterschule neben dem Beruf hat Eindruck gemacht. Für die Position in Dresden suchen wir jedoch jemanden, der bereits vertiefte Erfahrung in der Gebäudeautomation (BACnet, DDC-Programmierung, Inbetriebnahme von GLT-Systemen) mitbringt und sofort eigenständig bei Kunden eingesetzt werden kann.

Wir haben uns daher für eine andere Kandidatur entschieden.

Wir wünschen Ihnen für Ihre Meisterprüfung und Ihren weiteren Weg viel Erfolg.

Mit freundlichen Grüßen
Talent Acquisition Deutschland

"""
    + VALLORRE_FOOT,
)

DVINCI = "Elsterwerke Personalgewinnung <noreply@dvinci.de>"
en_conf = m(
    "e9a",
    "2025-10-06 22:04",
    DVINCI,
    "Eingangsbestätigung – Kennziffer EN-2025-117",
    A("confirmation", EN, ENR, 9, "other"),
    reply_to="bewerbung@elsterwerke.example",
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir bestätigen den Eingang Ihrer Bewerbung auf die ausgeschriebene Stelle

  Elektroniker für Betriebstechnik (m/w/d) Netzbetrieb – Umspannwerke und Netzstationen
  Elster Netz GmbH
  Kennziffer EN-2025-117

und bedanken uns für Ihr Interesse.

Die Bewerbungsfrist endet am 26.10.2025. Nach Ablauf der Frist werden alle fristgerecht eingegangenen Bewerbungen gesichtet und anhand des Anforderungsprofils ausgewertet. Das Auswahlverfahren kann einige Wochen in Anspruch nehmen. Wir bitten Sie, in dieser Zeit von Sachstandsanfragen abzusehen; Sie erhalten in jedem Fall eine Nachricht von uns.

Schwerbehinderte Menschen und ihnen Gleichgestellte werden bei gleicher Eignung bevorzugt berücksichtigt. Bitte weisen Sie gegebenenfalls in Ihrer Bewerbung darauf hin. Die Elsterwerke-Gruppe fördert die berufliche Gleichstellung aller Geschlechter.

Informationen zur Verarbeitung Ihrer personenbezogenen Daten im Bewerbungsverfahren (Art. 13 DSGVO) finden Sie unter:
https://karriere.elsterwerke.example/datenschutz

Mit freundlichen Grüßen

Ihre Personalgewinnung der Elsterwerke-Gruppe
Elsterwerke Leipzig GmbH · Elster Netz GmbH · Elster Wasser GmbH · Elster Verkehrsbetriebe GmbH

Diese Nachricht wurde automatisch über das Bewerbermanagementsystem d.vinci versendet.
""",
)

_en_ev = "040000008200E00074C5B7101A82E00800000000D06E4B1CA156DC01000000000000000010000000F3B9"
en_inv = m(
    "e9b",
    "2025-11-10 10:41",
    KATRIN,
    "Einladung zum Vorstellungsgespräch – Kennziffer EN-2025-117",
    A("interview", EN, ENR, 9, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle Elektroniker für Betriebstechnik (m/w/d) Netzbetrieb – Umspannwerke und Netzstationen (Kennziffer EN-2025-117) gekommen sind. Wir laden Sie herzlich ein zu einem Auswahlgespräch am

  Montag, 24. November 2025, 09:00 Uhr
  Elster Netz GmbH, Betriebshof Nord, Gebäude 3, Besprechungsraum „Parthe“
  Theodor-Heuss-Straße 58, 04129 Leipzig

Das Gespräch dauert ca. zwei Stunden und besteht aus zwei Teilen: einem strukturierten Interview und einem praktischen Teil (Fehlersuche und Messaufgabe an einer Übungswand). An dem Gespräch nehmen Vertreter des Fachbereichs Netzbetrieb, der Personalabteilung sowie des Betriebsrats teil.

Bitte bringen Sie Ihren Personalausweis sowie Ihre Zeugnisse im Original mit. Arbeitsschutzkleidung ist für den praktischen Teil nicht erforderlich.

Bitte bestätigen Sie uns Ihre Teilnahme bis zum 14.11.2025 per E-Mail. Reisekosten können leider nicht erstattet werden.

"""
    + KATRIN_SIG,
    ics=ics(
        _en_ev,
        "2025-11-24 09:00",
        "Auswahlgespräch EN-2025-117 – Schubert-Nowak",
        ('"Hübler, Katrin"', "katrin.huebler@elsterwerke.example"),
        minutes=120,
        style="outlook",
        location="Betriebshof Nord, Gebäude 3, Besprechungsraum Parthe",
    ),
)

en_move = m(
    "e9c",
    "2025-11-13 15:28",
    KATRIN,
    "Verlegung Ihres Vorstellungstermins – Kennziffer EN-2025-117",
    A("interview", EN, ENR, 9, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Terminbestätigung. Leider müssen wir Sie bitten, den Termin zu verlegen: Aufgrund einer geplanten Großabschaltung im Umspannwerk Mockau sind die Kollegen aus dem Fachbereich am 24.11. gebunden.

Neuer Termin:
  Donnerstag, 27. November 2025, 13:00 Uhr
  Ort und Ablauf bleiben unverändert.

Die aktualisierte Einladung erhalten Sie anbei. Sollte Ihnen der neue Termin nicht möglich sein, melden Sie sich bitte kurz bei mir.

Wir bitten die Umstände zu entschuldigen.

"""
    + KATRIN_SIG,
    ics=ics(
        _en_ev,
        "2025-11-27 13:00",
        "Auswahlgespräch EN-2025-117 – Schubert-Nowak (verlegt)",
        ('"Hübler, Katrin"', "katrin.huebler@elsterwerke.example"),
        minutes=120,
        style="outlook",
        sequence=1,
        location="Betriebshof Nord, Gebäude 3, Besprechungsraum Parthe",
    ),
)

en_hosp = m(
    "e9d",
    "2025-12-04 13:10",
    KATRIN,
    "Kennziffer EN-2025-117 – zweiter Termin (Hospitation)",
    A("interview", EN, ENR, 9, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für das Gespräch am 27.11. Die Auswahlkommission möchte Sie gern in einer zweiten Runde besser kennenlernen und lädt Sie zu einer halbtägigen Hospitation mit dem Team Umspannwerke ein:

  Dienstag, 16. Dezember 2025, 07:00 bis ca. 12:00 Uhr
  Treffpunkt: Betriebshof Nord, Pforte, Herr Ziesche (Meister Netzbetrieb)

Sie begleiten das Team bei Routinearbeiten (Schaltgänge, Sichtkontrollen, Prüfungen an Schutzeinrichtungen). Persönliche Schutzausrüstung wird gestellt; bitte bringen Sie eigene Sicherheitsschuhe (S3) mit und nennen Sie mir vorab Ihre Konfektionsgröße.

"""
    + KATRIN_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000010B7D2AE3A65DC01000000000000000010000000A1C0",
        "2025-12-16 07:00",
        "Hospitation Netzbetrieb – R. Schubert-Nowak (EN-2025-117)",
        ('"Hübler, Katrin"', "katrin.huebler@elsterwerke.example"),
        minutes=300,
        style="outlook",
        location="Betriebshof Nord, Pforte",
    ),
)

en_offer = m(
    "e9e",
    "2026-01-21 11:15",
    KATRIN,
    "Ihre Bewerbung – Kennziffer EN-2025-117",
    A("offer", EN, ENR, 9, "direct"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission sich nach Abschluss des Verfahrens für Sie entschieden hat.

Wir bieten Ihnen die Stelle als Elektroniker für Betriebstechnik (m/w/d) im Netzbetrieb der Elster Netz GmbH zu folgenden Eckpunkten an:

  – Eintritt zum 01.04.2026, unbefristet, Probezeit sechs Monate
  – Vollzeit (39 Stunden/Woche), Teilnahme an der Rufbereitschaft nach Einarbeitung
  – Vergütung nach TV-V, Entgeltgruppe 6, Stufe 2, zzgl. Rufbereitschaftspauschale
  – betriebliche Altersversorgung (ZVK), 30 Tage Urlaub, Jobticket

Die Einstellung steht unter dem Vorbehalt der Zustimmung des Betriebsrats sowie der gesundheitlichen Eignung im Rahmen der arbeitsmedizinischen Vorsorge.

Bitte teilen Sie uns bis zum 30.01.2026 mit, ob Sie unser Angebot annehmen. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

"""
    + KATRIN_SIG,
)

_en_accept = """\
Sehr geehrte Frau Hübler,

vielen Dank für Ihre Nachricht und das Angebot, über das ich mich sehr freue. Ich nehme es hiermit gern an.

Meine Kündigung bei meinem jetzigen Arbeitgeber reiche ich fristgerecht zum 31.03.2026 ein.

Mit freundlichen Grüßen
Ronny Schubert-Nowak"""

en_acc = m(
    "e9f",
    "2026-01-26 08:57",
    KATRIN,
    "AW: Ihre Bewerbung – Kennziffer EN-2025-117",
    A("offer", EN, ENR, 9, "direct"),
    st="accepted",
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Zusage – wir freuen uns sehr, dass Sie ab April unser Team im Netzbetrieb verstärken!

Der Betriebsrat hat der Einstellung inzwischen zugestimmt. Ihren Arbeitsvertrag erhalten Sie in den nächsten Tagen zur elektronischen Unterschrift über DocuSign. Alle weiteren Informationen zu Ihrem Start (Arbeitskleidung, arbeitsmedizinische Vorsorge, Unterlagen für die Personalakte) schickt Ihnen unser Personalservice gesondert zu.

"""
    + KATRIN_SIG
    + """

Von: Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>
Gesendet: Freitag, 23. Januar 2026 19:46
An: Hübler, Katrin <katrin.huebler@elsterwerke.example>
Betreff: Re: Ihre Bewerbung – Kennziffer EN-2025-117

"""
    + _en_accept
    + "\n",
    **after("<7a33d0c8-1e5f-4b2a-8c7d-f0e19a64b2c5@web.de>"),
)

DOCU = "Elster Netz GmbH via DocuSign <dse@eumail.docusign.net>"
en_docu = m(
    "e9g",
    "2026-01-28 14:02",
    DOCU,
    "Bitte mit DocuSign unterzeichnen: Arbeitsvertrag_Schubert-Nowak_EN-2025-117.pdf",
    A("offer", EN, ENR, 9, "docusign"),
    st="accepted",
    reply_to='"Hübler, Katrin" <katrin.huebler@elsterwerke.example>',
    html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">
<img src="https://eu.docusign.net/Member/Images/email/docInvite-white.png" width="75" alt=""><br>
<p style="font-size:16px">Katrin Hübler hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=3f1b8e42-5c7a-4d19-9a0e-6b2f7c4d8e10&amp;etti=24&amp;acct=5b8e1f2a" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">DOKUMENT PRÜFEN</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:15px">
<p><b>Katrin Hübler</b><br><a href="mailto:katrin.huebler@elsterwerke.example">katrin.huebler@elsterwerke.example</a></p>
<p>Sehr geehrter Herr Schubert-Nowak,<br><br>anbei erhalten Sie Ihren Arbeitsvertrag mit der Elster Netz GmbH zur elektronischen Unterzeichnung. Bitte prüfen Sie die Angaben und unterzeichnen Sie bis zum 04.02.2026. Die gegengezeichnete Fassung erhalten Sie automatisch per E-Mail.<br><br>Mit freundlichen Grüßen<br>Katrin Hübler</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666"><b>Diese E-Mail nicht weiterleiten:</b> Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diesen Link nicht an andere weiter.<br><br>
<b>Alternative Signaturmethode</b><br>Besuchen Sie DocuSign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben Sie den Sicherheitscode ein: 3F1B8E425C7A4D199A0E6B2F7C4D8E101<br><br>
<b>Über DocuSign</b><br>Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher und geschützt.</td></tr>
</table></body></html>
""",
)

en_docu_done = m(
    "e9h",
    "2026-01-29 07:41",
    "DocuSign via DocuSign <dse@eumail.docusign.net>",
    "Abgeschlossen: Arbeitsvertrag_Schubert-Nowak_EN-2025-117.pdf",
    A("offer", EN, ENR, 9, "docusign"),
    st="accepted",
    html="""\
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;padding:24px;color:#fff;text-align:center">
<img src="https://eu.docusign.net/Member/Images/email/docComplete-white.png" width="75" alt=""><br>
<p style="font-size:16px">Ihr Dokument wurde abgeschlossen</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=9c2d4e11-7b3a-4f08-8e6d-1a5c9b0f2e37&amp;etti=24&amp;acct=5b8e1f2a" style="background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">DOKUMENT ANZEIGEN</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Alle Parteien haben das Dokument „Arbeitsvertrag_Schubert-Nowak_EN-2025-117.pdf“ unterzeichnet. Sie können das abgeschlossene Dokument über den obigen Link anzeigen oder herunterladen.</p>
<p>Absender: Katrin Hübler (Elster Netz GmbH)</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666">Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign.<br>Über DocuSign: Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten.</td></tr>
</table></body></html>
""",
)

en_onboard = m(
    "e9i",
    "2026-02-04 09:20",
    "Elster Netz GmbH – Personalservice <personalservice@elsterwerke.example>",
    "Ihr Start am 01.04.2026 – Arbeitskleidung, arbeitsmedizinische Vorsorge und Unterlagen",
    J("other_job", "direct", EN, ENR),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

herzlich willkommen bei der Elster Netz GmbH! Damit zu Ihrem Start am 01.04.2026 alles bereitliegt, benötigen wir noch einiges von Ihnen:

1. Arbeitskleidung und PSA
Bitte teilen Sie uns bis zum 20.02. Ihre Konfektionsgrößen (Jacke, Hose, T-Shirt, Schuhgröße) mit. Sie erhalten u. a. Störlichtbogen-Schutzkleidung (Klasse 2), Warnschutzkleidung, Sicherheitsschuhe S3 und einen Helm mit Gesichtsschutz. Die Ausgabe erfolgt in der ersten Woche in der Kleiderkammer am Betriebshof Nord.

2. Arbeitsmedizinische Vorsorge (Einstellungsuntersuchung)
Für Ihre Tätigkeit sind Vorsorgeuntersuchungen nach DGUV-Grundsatz G 25 (Fahr-, Steuer- und Überwachungstätigkeiten) und G 41 (Arbeiten mit Absturzgefahr) vorgesehen. Wir haben für Sie einen Termin beim betriebsärztlichen Dienst reserviert:
   Donnerstag, 19.02.2026, 07:30 Uhr, AMZ Leipzig-Nord, Gohliser Straße 9
Bitte kommen Sie nüchtern (Blutentnahme) und bringen Sie – falls vorhanden – Ihre Brille bzw. Kontaktlinsen sowie Ihren Impfpass mit. Die Kalendereinladung ist beigefügt.

3. Unterlagen für die Personalakte
Personalfragebogen (Anlage), Kopie Gesellenbrief, Steuer-Identifikationsnummer, Sozialversicherungsausweis, Nachweis Krankenkasse, Bankverbindung.

Bei Fragen erreichen Sie uns unter 0341 908-2200.

Mit freundlichen Grüßen

Ihr Personalservice
Elsterwerke Leipzig GmbH für die Elster Netz GmbH
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F02C8B3D6F95DC01000000000000000010000000B2D7",
        "2026-02-19 07:30",
        "Arbeitsmedizinische Vorsorge G25/G41 – Schubert-Nowak (Neueinstellung EN)",
        ("Personalservice Elsterwerke", "personalservice@elsterwerke.example"),
        minutes=90,
        style="outlook",
        location="AMZ Leipzig-Nord, Gohliser Straße 9, 04155 Leipzig",
    ),
    attach=[
        (
            "Personalfragebogen_Elster_Netz.pdf",
            "application/pdf",
            "%PDF-1.4\n% Personalfragebogen (Formular)\n",
        )
    ],
)

sw_conf = m(
    "w10a",
    "2025-10-13 19:44",
    SWP,
    "Danke für deine Bewerbung, Ronny! ☀️",
    A("confirmation", SW, SWR, 10, "personio"),
    reply_to="jobs@sonnwerk.example",
    text="""\
Hey Ronny,

cool, dass du dich als Servicetechniker*in Wärmepumpe & PV (m/w/d) bei uns beworben hast!

Wir sind ein Team aus 35 Leuten in Leipzig-Plagwitz und bringen Wärmepumpen und PV-Anlagen auf die Dächer und in die Keller in ganz Westsachsen. Deine Unterlagen sind angekommen, und wir schauen sie uns in den nächsten Tagen in Ruhe an. Spätestens in 10 Tagen hörst du von uns – versprochen.

Sonnige Grüße
Lena von sonnwerk
People & Culture

sonnwerk Energie GmbH · Naumburger Straße 28 · 04229 Leipzig
Datenschutzhinweise für Bewerber*innen: https://sonnwerk.jobs.personio.de/privacy-policy
""",
    html="""\
<html><body style="font-family:Inter,Arial,sans-serif;color:#1f2933;background:#fffaf0">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://sonnwerk.jobs.personio.de/images/logo.png" alt="sonnwerk" height="36">
<h2 style="color:#f59e0b">Hey Ronny,</h2>
<p>cool, dass du dich als <b>Servicetechniker*in Wärmepumpe &amp; PV (m/w/d)</b> bei uns beworben hast!</p>
<p>Wir sind ein Team aus 35 Leuten in Leipzig-Plagwitz und bringen Wärmepumpen und PV-Anlagen auf die Dächer und in die Keller in ganz Westsachsen. Deine Unterlagen sind angekommen, und wir schauen sie uns in den nächsten Tagen in Ruhe an. Spätestens in 10 Tagen hörst du von uns – versprochen.</p>
<p>Sonnige Grüße<br>Lena von sonnwerk<br><span style="color:#6b7280">People &amp; Culture</span></p>
<p style="font-size:11px;color:#9ca3af">sonnwerk Energie GmbH · Naumburger Straße 28 · 04229 Leipzig · <a href="https://sonnwerk.jobs.personio.de/privacy-policy">Datenschutz</a></p>
</div></body></html>
""",
)

sw_task = m(
    "w10b",
    "2025-10-20 17:05",
    SWP,
    "Nächster Schritt: kleine Praxisaufgabe für dich",
    A("assessment", SW, SWR, 10, "personio"),
    reply_to="jobs@sonnwerk.example",
    text="""\
Hey Ronny,

danke nochmal für das nette Telefonat mit Jonas am Freitag! Wie angekündigt kommt hier unsere kleine praktische Aufgabe. Keine Sorge, da gibt es kein richtig oder falsch – uns interessiert, wie du an so was rangehst.

Die Situation:
Einfamilienhaus in Markkleeberg, Baujahr 1998, Zählerschrank von damals. Die Familie bekommt eine Luft-Wasser-Wärmepumpe (9 kW, 400 V) und eine PV-Anlage mit 10 kWp und 8 kWh Speicher.

Deine Aufgabe:
1. Skizziere (gern per Hand, Foto reicht), wie du Wärmepumpe, PV und Speicher im Zählerschrank anschließen würdest – denk an die TAB des Netzbetreibers und an die steuerbare Verbrauchseinrichtung nach § 14a EnWG.
2. Was prüfst du vor Ort, bevor du überhaupt anfängst?
3. Welche Unterlagen brauchst du für die Anmeldung beim Netzbetreiber?

Schick uns deine Lösung bis Montag, 27.10., einfach als Antwort auf diese Mail. Plane max. 2 Stunden ein.

Viel Spaß!
Lena & Jonas
""",
)

sw_meet = m(
    "w10c",
    "2025-10-29 12:37",
    "Jonas Pietsch <jonas@sonnwerk.example>",
    "Kennenlernen bei uns im Lager",
    A("interview", SW, SWR, 10, "direct"),
    text="""\
Hey Ronny,

deine Lösung war echt gut durchdacht, vor allem das mit dem separaten Zählerplatz für die WP und dass du zuerst nach dem Zustand der Hausanschlusssicherung fragst – das vergessen die meisten.

Lass uns mal persönlich quatschen. Ich hab dir eine Einladung für nächsten Dienstag 16 Uhr geschickt, bei uns im Lager im Werkhof Plagwitz. Lena ist auch dabei. Dauert ca. 1 Stunde, danach zeig ich dir noch unsere Transporter und das Material.

Bis dann!
Jonas

--
Jonas Pietsch
Teamlead Service & Inbetriebnahme
sonnwerk Energie GmbH
0157 3 44 80 21
""",
    ics=ics(
        "1q7n4u2s9d3f6h8j0k5l2m4p@google.com",
        "2025-11-04 16:00",
        "Kennenlernen Ronny x sonnwerk",
        ("Jonas Pietsch", "jonas@sonnwerk.example"),
        minutes=60,
        attendees=[("Lena Hofmann", "lena@sonnwerk.example")],
        location="sonnwerk Lager, Werkhof Plagwitz, Halle 4, Naumburger Straße 28, 04229 Leipzig",
    ),
)

sw_rej = m(
    "w10d",
    "2025-11-14 10:18",
    SWP,
    "Update zu deiner Bewerbung",
    A("rejection", SW, SWR, 10, "personio"),
    reply_to="jobs@sonnwerk.example",
    text="""\
Hey Ronny,

erstmal danke für deine Zeit, die Aufgabe und das Gespräch bei uns im Lager – das hat uns echt Spaß gemacht, und Jonas schwärmt immer noch von deiner Skizze.

Wir haben lange überlegt und es uns nicht leicht gemacht. Am Ende haben wir uns für jemanden entschieden, der schon den Kälteschein (Kategorie I) hat und direkt allein auf Inbetriebnahmen fahren kann – das brauchen wir in den nächsten Monaten leider dringender als alles andere.

Das ist keine Aussage über deine Fähigkeiten. Wenn du den Kälteschein machst oder sich bei dir was ändert: Melde dich gern wieder, wir wachsen weiter.

Alles Gute für deinen Meister!
Lena von sonnwerk
""",
)

co1_conf = m(
    "c11a",
    "2025-10-14 20:36",
    CONCLUDIS,
    f"Ihre Bewerbung: {CO1}",
    A("confirmation", CO, CO1, 11, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Bewerbung als Haustechniker (m/w/d) für unser Objekt Bürocampus Leipzig-Mitte (Kennziffer CFS-L-2025-88).

Wir haben Ihre Unterlagen erhalten und werden diese schnellstmöglich prüfen. Über den weiteren Verlauf informieren wir Sie per E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Corvus Gruppe

"""
    + CORVUS_FOOT,
)

co1_rej = m(
    "c11b",
    "2025-11-04 08:12",
    CONCLUDIS,
    "Ihre Bewerbung vom 14.10.2025",
    A("rejection", CO, CO1, 11, "other"),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

nochmals vielen Dank für Ihr Interesse an unserem Unternehmen und die Zusendung Ihrer Bewerbungsunterlagen.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für eine Kandidatin bzw. einen Kandidaten entschieden, deren bzw. dessen Profil den Anforderungen des Objekts noch besser entspricht. Wir bitten Sie, dies nicht als Wertung Ihrer Qualifikation zu verstehen.

Gern möchten wir Sie ermutigen, sich auch künftig auf passende Stellenangebote der Corvus Gruppe zu bewerben. Unsere aktuellen Stellen finden Sie unter https://cfs-gruppe.concludis.de/

Mit freundlichen Grüßen
Ihr Recruiting-Team der Corvus Gruppe

"""
    + CORVUS_FOOT,
)


MAIL = [
    va_account, va1_conf, va1_test, va1_talent, va1_rej,
    li_fwd, li_rej,
    he_ka, he_inv, he_probe, he_rej,
    fb_conf, fb_viewed, fb_survey,
    sps_account, sps_conf, sps_task, sps_phone, sps_onsite, sps_offer, sps_nego, sps_declined,
    ka_conf, ka_inv, ka_cancel, ka_hold,
    mpp_out, mpp_conf, mpp_meet, mpp_client, mpp_rej, mpp_out2,
    vg_conf, vg_call, vg_call2, vg_rej,
    en_conf, en_inv, en_move, en_hosp, en_offer, en_acc, en_docu, en_docu_done, en_onboard,
    sw_conf, sw_task, sw_meet, sw_rej,
    co1_conf, co1_rej,
]  # fmt: skip
