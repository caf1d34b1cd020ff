# ruff: noqa: E501, RUF100
"""Corpus 143, job mail part one (data only): see heldout143.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, ``th()`` for
thread headers and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Köln's offset on ``day`` (CEST until the last Sunday of October 2025, then CET)."""
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


def th(*parents: dict[str, Any] | str) -> dict[str, str]:
    """Thread headers of a reply to ``parents`` (specs or raw Message-IDs, oldest first)."""
    ids = [p if isinstance(p, str) else p["id"] for p in parents]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_NAME = "Friederike Oberländer-Yilmaz"
WORK = "Frieda Oberländer-Yilmaz <f.oberlaender@veedel-jugendhilfe.example>"

KOE = "Stadt Köln"
KOE1 = "Sozialarbeiter*in im Allgemeinen Sozialen Dienst (ASD)"
KOE2 = "Sozialarbeiter*in in der Jugendhilfe im Strafverfahren"
DUS, DUSR = "Stadt Düsseldorf", "Sozialarbeiter*in im Bezirkssozialdienst"
LEV, LEVR = "Stadt Leverkusen", "Fallmanager*in Eingliederungshilfe"
RAK, RAKR = "Rhein-Agger-Kreis", "Sozialarbeiter*in im ASD (Kreisjugendamt)"
LB, LBR = "Lichtblick Jugendhilfe", "Schulsozialarbeiter*in an der Gesamtschule Beuel"
VJ, VJR = "Vinzenz Jugendhilfe", "Fachkraft für ambulante Erziehungshilfen"
FSK, FSKR = "Freie Schule Köln", "Schulsozialarbeiter*in"
MLV, MLVR = "Miteinander Leverkusen", "Case Manager*in Ambulant Betreutes Wohnen"
TAN, TANR = "Tandemly", "Social Work Expert Jugendhilfe-Software"
KRA, KRAR = "Klinikum Rheinaue", "Sozialarbeiter*in im Sozialdienst / Entlassmanagement"
BWB, BWBR = "Brückenwerk Bildung", "Berufseinstiegsbegleiter*in"
SON, SONR = "Sonnenhof Kinder- und Jugendhilfe", "Sozialarbeiter*in Fachdienst Eingliederungshilfe"
JHZ, JHZR = "Jugendhilfezentrum Bad Godesberg", "Sozialpädagog*in Inobhutnahme"
TP, TPR = "Teilhabe Plus", "Case Manager*in Eingliederungshilfe (BTHG)"
JWE, JWER = "Jugendwerkstatt Ehrenfeld", "Initiativbewerbung Jugendsozialarbeit"
FB, FBR = "Familienbande Köln", "Fachkraft Sozialpädagogische Familienhilfe"
BP, BPR = "Brücke Porz", "Sozialarbeiter*in Jugendmigrationsdienst"
BN, BNR = "Stadt Bonn", "Sozialarbeiter*in Schulsozialarbeit (BuT)"
LW, LWR = "Lernwelt Ganztag", "Sozialpädagogische Fachkraft OGS"
RW, RWR = "Rheinwohnen", "Sozialarbeiter*in Sozialmanagement / Quartiersarbeit"


_interamt_foot = """--
Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.
Interamt – Das Stellenportal für den öffentlichen Dienst
https://www.interamt.de | Impressum: https://www.interamt.de/koop/app/impressum
Datenschutz: https://www.interamt.de/koop/app/datenschutz"""


def _interamt_html(intro: str, rows: list[tuple[str, str]], outro: str) -> str:
    cells = "".join(
        f'<tr><td style="padding:4px 12px 4px 0;color:#555">{k}</td><td style="padding:4px 0"><b>{v}</b></td></tr>'
        for k, v in rows
    )
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Interamt</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="24" cellspacing="0" style="background:#ffffff;border-top:6px solid #004b87">
<tr><td><img src="https://www.interamt.de/koop/app/img/logo_mail.png" alt="Interamt" width="140"></td></tr>
<tr><td>
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>{intro}</p>
<table cellpadding="0" cellspacing="0">{cells}</table>
<p>{outro}</p>
<p><a href="https://www.interamt.de/koop/app/trefferliste?tab=bewerbungen&amp;utm_source=mail&amp;utm_medium=transaktion" style="background:#004b87;color:#fff;padding:10px 18px;text-decoration:none">Zu meinen Bewerbungen</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Interamt-Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.<br>
Interamt – Das Stellenportal für den öffentlichen Dienst · <a href="https://www.interamt.de/koop/app/impressum">Impressum</a> · <a href="https://www.interamt.de/koop/app/datenschutz">Datenschutz</a></td></tr>
</table></td></tr></table></body></html>"""


_koe_hr = """Stadt Köln – Die Oberbürgermeisterin
Amt für Personal, Organisation und Innovation
Personalgewinnung Sozial- und Erziehungsdienst
Stadthaus Deutz, Willy-Brandt-Platz 2, 50679 Köln
personalgewinnung-sue@stadt-koeln.example"""

_k1_assess = m(
    "t8qv",
    "2025-10-06 11:42",
    "Stadt Köln Personalgewinnung <personalgewinnung-sue@stadt-koeln.example>",
    "Einladung zur schriftlichen Auswahlaufgabe – Kennziffer 51/0412/25",
    A("assessment", KOE, KOE1, 1, "direct"),
    text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung auf die Stelle
Sozialarbeiter*in (m/w/d) im Allgemeinen Sozialen Dienst
Kennziffer 51/0412/25, Entgeltgruppe S 14 TVöD SuE.

Nach Sichtung der Bewerbungsunterlagen möchten wir Sie zur ersten Stufe des Auswahlverfahrens,
einer schriftlichen Auswahlaufgabe, einladen:

Datum:   Mittwoch, 22. Oktober 2025
Uhrzeit: 09:00 Uhr bis ca. 11:30 Uhr (Einlass ab 08:45 Uhr)
Ort:     Stadthaus Deutz, Westgebäude, Raum 7.C.14

Die Aufgabe besteht aus der Bearbeitung einer Fallvignette aus dem Bereich Kinderschutz
(§ 8a SGB VIII) sowie einigen Fragen zu rechtlichen Grundlagen. Hilfsmittel: ein unkommentierter
Gesetzestext SGB VIII (wird gestellt). Bitte bringen Sie einen gültigen Lichtbildausweis mit.

Bitte bestätigen Sie Ihre Teilnahme bis zum 14.10.2025 per E-Mail an die oben genannte Adresse.
Sollten Sie an dem Termin verhindert sein, ist ein Ersatztermin leider nicht möglich.

Schwerbehinderte und ihnen gleichgestellte Bewerber*innen teilen uns bitte etwaigen
Unterstützungsbedarf (z. B. Zeitverlängerung) rechtzeitig mit.

Mit freundlichen Grüßen
Im Auftrag

Daniela Wirtz

{_koe_hr}
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0C8F1E4A236DC01000000000000000010000000A51",
        "2025-10-22 09:00",
        "Schriftliche Auswahlaufgabe ASD (Kennziffer 51/0412/25)",
        ("Wirtz, Daniela", "personalgewinnung-sue@stadt-koeln.example"),
        style="outlook",
        minutes=150,
        location="Stadthaus Deutz, Westgebäude, Raum 7.C.14",
    ),
)

_dus_invite = m(
    "w2rn",
    "2025-11-24 14:05",
    "Kürten, Sabine <sabine.kuerten@duesseldorf.example>",
    "Einladung zum Auswahlgespräch – Bezirkssozialdienst (Ausschreibung 51/23/2025)",
    A("interview", DUS, DUSR, 3, "direct"),
    text="""Sehr geehrte Frau Oberländer-Yilmaz,

wir freuen uns, Sie zu einem persönlichen Auswahlgespräch für die Stelle als
Sozialarbeiterin / Sozialarbeiter bzw. Sozialpädagogin / Sozialpädagoge (m/w/d)
im Bezirkssozialdienst des Jugendamtes (Ausschreibung 51/23/2025) einladen zu können.

Termin: Freitag, 05.12.2025, 10:15 Uhr
Ort:    Jugendamt, Willi-Becker-Allee 7, 40227 Düsseldorf, 4. Etage, Besprechungsraum 4.112

Das Gespräch dauert etwa 45 Minuten. An dem Gespräch nehmen neben der Abteilungsleitung und mir
auch Vertreter*innen des Personalrates und der Gleichstellungsstelle teil. Bitte bringen Sie Ihre
staatliche Anerkennung im Original mit.

Eine kurze Bestätigung Ihrer Teilnahme per Antwortmail genügt. Die Einladung finden Sie zusätzlich
als Kalendereintrag im Anhang.

Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag

Sabine Kürten
Landeshauptstadt Düsseldorf
Amt für Personal und Organisation – Personalgewinnung
Telefon 0211 89-0 (Zentrale)
www.duesseldorf.example/karriere

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B2E7F2C01D5DDC01000000000000000010000000F77",
        "2025-12-05 10:15",
        "Auswahlgespräch BSD – Oberländer-Yilmaz",
        ("Kürten, Sabine", "sabine.kuerten@duesseldorf.example"),
        style="outlook",
        minutes=45,
        location="Jugendamt, Willi-Becker-Allee 7, 40227 Düsseldorf, Raum 4.112",
    ),
)

_dus_offer = m(
    "j6cd",
    "2026-01-09 09:31",
    "Kürten, Sabine <sabine.kuerten@duesseldorf.example>",
    "Ihre Bewerbung – Ausschreibung 51/23/2025",
    A("offer", DUS, DUSR, 3, "direct"),
    text="""Sehr geehrte Frau Oberländer-Yilmaz,

im Anschluss an das Auswahlverfahren freue ich mich, Ihnen mitteilen zu können, dass sich die
Auswahlkommission für Sie entschieden hat. Wir möchten Ihnen daher eine Beschäftigung als
Sozialarbeiterin im Bezirkssozialdienst (Entgeltgruppe S 14 TVöD SuE, unbefristet, Vollzeit)
anbieten.

Bitte beachten Sie: Diese Einstellungszusage erfolgt unter dem Vorbehalt
- der Zustimmung des Personalrates,
- der Beteiligung der Gleichstellungsstelle und ggf. der Schwerbehindertenvertretung,
- der gesundheitlichen Eignung (Einstellungsuntersuchung durch den betriebsärztlichen Dienst) sowie
- der Vorlage eines erweiterten Führungszeugnisses ohne relevante Eintragungen.

Erst nach Abschluss der Beteiligungsverfahren erhalten Sie Ihren Arbeitsvertrag. Ein frühester
Einstellungstermin wäre der 01.03.2026.

Bitte teilen Sie mir bis zum 23.01.2026 mit, ob Sie die Stelle annehmen möchten.

Mit freundlichen Grüßen
Im Auftrag

Sabine Kürten
Landeshauptstadt Düsseldorf
Amt für Personal und Organisation – Personalgewinnung
""",
)

_lev_invite = m(
    "n4fe",
    "2025-10-20 13:20",
    "Stadt Leverkusen - Personal <bewerbung@stadt-leverkusen.example>",
    "Einladung zum Vorstellungsgespräch – Stellenausschreibung Nr. 123/25",
    A("interview", LEV, LEVR, 4, "direct"),
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>bezugnehmend auf Ihre Bewerbung auf die Stellenausschreibung <b>Nr. 123/25</b> (Fallmanager*in in der Eingliederungshilfe, Fachbereich Soziales) laden wir Sie herzlich zu einem Vorstellungsgespräch ein.</p>
<table style="font-size:11pt">
<tr><td>Datum:</td><td>Dienstag, 04.11.2025</td></tr>
<tr><td>Uhrzeit:</td><td>10:30 Uhr</td></tr>
<tr><td>Ort:</td><td>Verwaltungsgebäude Goetheplatz, Raum 2.08, 51379 Leverkusen</td></tr>
</table>
<p>Bitte melden Sie sich 10 Minuten vor Beginn am Empfang im Erdgeschoss. Am Gespräch nehmen die Fachbereichsleitung, die Abteilungsleitung Eingliederungshilfe, ein Mitglied des Personalrates sowie die Gleichstellungsbeauftragte teil.</p>
<p>Wir bitten um kurze Bestätigung des Termins.</p>
<p>Mit freundlichen Grüßen<br>Im Auftrag<br><br>Ralf Pütz<br>Stadt Leverkusen<br>Fachbereich Personal und Organisation<br>Tel. 0214 406-0</p>
<p style="font-size:8pt;color:#888">Diese Nachricht wurde über das Bewerbungsportal der Stadt Leverkusen versandt. Informationen zum Datenschutz im Bewerbungsverfahren finden Sie unter karriere.stadt-leverkusen.example/datenschutz.</p>
</body></html>""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000004A1B3C2D7E41DC01000000000000000010000000C12",
        "2025-11-04 10:30",
        "Vorstellungsgespräch Stellenausschreibung 123/25",
        ("Pütz, Ralf", "bewerbung@stadt-leverkusen.example"),
        style="outlook",
        minutes=60,
        location="Verwaltungsgebäude Goetheplatz, Raum 2.08",
    ),
)

_rak_invite = m(
    "c0pz",
    "2025-11-20 15:47",
    "Jansen, Ulrike <ulrike.jansen@rhein-agger-kreis.example>",
    "Einladung zum Auswahlgespräch (Ref. 2025-0147)",
    A("interview", RAK, RAKR, 5, "direct"),
    text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihr Interesse an einer Tätigkeit beim Rhein-Agger-Kreis.

Ich lade Sie hiermit zu einem Auswahlgespräch für die Stelle
"Sozialarbeiter/in (m/w/d) im Allgemeinen Sozialen Dienst des Kreisjugendamtes" (Ref. 2025-0147)
ein:

  Dienstag, 09.12.2025, 10:00 Uhr
  Kreishaus, Am Aggerufer 3, 53721 Siegburg, Sitzungsraum A 2.14

Zu Beginn erhalten Sie eine kurze Fallschilderung, die Sie 15 Minuten vorbereiten und anschließend
der Kommission vorstellen. Danach folgt ein strukturiertes Interview (insgesamt ca. 60 Minuten).

Bitte bestätigen Sie den Termin kurz per E-Mail. Die Einladung ist diesem Schreiben auch als
Termineintrag beigefügt.

Mit freundlichen Grüßen
Im Auftrag
Ulrike Jansen

Rhein-Agger-Kreis – Der Landrat
Amt für Personal und Organisation (10.2)
Am Aggerufer 3, 53721 Siegburg
Tel. 02241 13-0
ulrike.jansen@rhein-agger-kreis.example

Hinweis: Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige
Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E9A0C51B2F59DC01000000000000000010000000D03",
        "2025-12-09 10:00",
        "Auswahlgespräch ASD Kreisjugendamt",
        ("Jansen, Ulrike", "ulrike.jansen@rhein-agger-kreis.example"),
        style="outlook",
        minutes=60,
        location="Kreishaus Siegburg, Sitzungsraum A 2.14",
    ),
)

_rak_offer = m(
    "p9kx",
    "2025-12-19 12:08",
    "Jansen, Ulrike <ulrike.jansen@rhein-agger-kreis.example>",
    "Ihre Bewerbung – Ref. 2025-0147",
    A("offer", RAK, RAKR, 5, "direct"),
    text="""Sehr geehrte Frau Oberländer-Yilmaz,

wie heute Vormittag bereits telefonisch besprochen, freue ich mich sehr, Ihnen mitteilen zu
können, dass sich die Auswahlkommission nach dem Gespräch am 11.12.2025 für Sie entschieden hat.

Wir bieten Ihnen die Stelle als Sozialarbeiterin im Allgemeinen Sozialen Dienst des
Kreisjugendamtes (Regionalteam Ost, Dienstsitz Much) zu folgenden Eckdaten an:
- Eintritt: 01.04.2026 (früher nach Absprache)
- Vollzeit (39 Wochenstunden), unbefristet
- Entgeltgruppe S 14 TVöD SuE, Stufenzuordnung unter Anerkennung Ihrer einschlägigen
  Berufserfahrung
- Dienstfahrzeug-Pool, mobiles Arbeiten nach Dienstvereinbarung

Der Personalrat und die Gleichstellungsbeauftragte werden nach Ihrer Zusage beteiligt.

Bitte teilen Sie mir bis zum 09.01.2026 mit, ob Sie das Angebot annehmen. Ich wünsche Ihnen
und Ihrer Familie schöne Feiertage!

Mit freundlichen Grüßen
Im Auftrag
Ulrike Jansen

Rhein-Agger-Kreis – Der Landrat
Amt für Personal und Organisation (10.2)
""",
)

_lb_invite = m(
    "z7ma",
    "2025-09-29 16:51",
    "Jonas Hackenberg <j.hackenberg@lichtblick-jugendhilfe.example>",
    "Schulsozialarbeit Beuel – Einladung zum Gespräch",
    A("interview", LB, LBR, 6, "direct"),
    text="""Hallo Frieda,

danke dir für deine Bewerbung auf die Schulsozialarbeit an der GE Beuel – die ist über unsere
Zentrale (Diakoniewerk) bei mir gelandet. Ich leite den Bereich Schule & Jugend bei der Lichtblick
Jugendhilfe, wir sind quasi die Jugendhilfe-Tochter vom Diakoniewerk.

Dein Anschreiben hat uns echt angesprochen, besonders deine Erfahrung mit Jugendlichen aus der
Wohngruppe und das Thema Schulabsentismus. Hast du Lust, uns kennenzulernen?

Vorschlag: Donnerstag, 09.10., 14:00 Uhr bei uns in der Geschäftsstelle, Hermannstraße 44,
53225 Bonn. Dabei wären noch Aylin (Schulsozialarbeiterin an der GE, deine künftige
Tandem-Kollegin) und jemand von der MAV.

Ich hab dir mal eine Kalendereinladung geschickt – wenn's nicht passt, sag einfach Bescheid.

Viele Grüße
Jonas

--
Jonas Hackenberg
Bereichsleitung Schule & Jugend
Lichtblick Jugendhilfe gGmbH – ein Unternehmen des Diakoniewerks Rhein-Bonn
Hermannstraße 44 · 53225 Bonn
Mobil 0151 2264 8810
www.lichtblick-jugendhilfe.example

Geschäftsführung: Dr. Anke Sieberg · Amtsgericht Bonn HRB 21877
""",
    ics=ics(
        "5g1k2j7h9q0m3n4p6r8s@google.com",
        "2025-10-09 14:00",
        "Kennenlernen Schulsozialarbeit GE Beuel – Frieda Oberländer-Yilmaz",
        ("Jonas Hackenberg", "j.hackenberg@lichtblick-jugendhilfe.example"),
        minutes=60,
        location="Lichtblick Jugendhilfe, Hermannstraße 44, 53225 Bonn",
        attendees=[("Aylin Demirci", "a.demirci@lichtblick-jugendhilfe.example")],
    ),
)

_lb_offer = m(
    "r3vt",
    "2025-11-03 18:22",
    "Jonas Hackenberg <j.hackenberg@lichtblick-jugendhilfe.example>",
    "wir würden dich gern ins Team holen 🙂",
    A("offer", LB, LBR, 6, "direct"),
    text="""Liebe Frieda,

erstmal danke für den Tag an der GE Beuel – Aylin und die Schulleitung waren richtig angetan,
und die Jungs aus der 8c fragen wohl schon, wann "die Neue" kommt.

Lange Rede kurzer Sinn: Wir möchten dir die Stelle anbieten!

Die Eckdaten, wie besprochen:
- 30 Std./Woche, Start zum 01.01.2026 oder 01.02.2026
- Vergütung nach AVR DD, EG 9 (ca. Stufe 3 mit deiner Erfahrung)
- Die Stelle ist über das Landesprogramm finanziert und deshalb zunächst bis 31.07.2026 befristet –
  wir gehen aber fest davon aus, dass sie verlängert wird (war die letzten 6 Jahre so)
- Diensthandy, Jobrad, Supervision 1x im Monat

Magst du mir bis Mitte November Bescheid geben? Den Vertrag schickt dann unsere Personalabteilung
beim Diakoniewerk.

Ich freu mich auf deine Antwort!
Jonas

--
Jonas Hackenberg
Bereichsleitung Schule & Jugend
Lichtblick Jugendhilfe gGmbH – ein Unternehmen des Diakoniewerks Rhein-Bonn
""",
)

_tan_invite = m(
    "f5hu",
    "2025-09-24 20:14",
    "Lea Brinkhaus <lea@tandemly.example>",
    "Tandemly x Frieda – erstes Kennenlernen?",
    A("interview", TAN, TANR, 11, "direct"),
    text="""Hey Frieda,

ich bin Lea, eine der beiden Gründerinnen von Tandemly. Deine Bewerbung kam über Personio rein
und ich hab sie gleich an Malte weitergeleitet – jemand mit echter Wohngruppen-Praxis und Bock
auf Digitalisierung ist genau das, was uns fehlt 😄

Kurz zum Hintergrund: Wir bauen eine Doku- und Hilfeplan-Software für die stationäre und
ambulante Jugendhilfe (gerade 14 Leute, seed-finanziert, Büro im Coworking in Ehrenfeld). Die
Rolle ist an der Schnittstelle zwischen Produktteam und unseren Kund*innen bei den Trägern.

Hast du Lust auf einen lockeren Call nächste Woche? Ich hab dir mal Mittwoch, 01.10. um 11 Uhr
eingestellt (Google Meet, 45 Min). Wenn's nicht klappt, schlag gern was anderes vor.

Liebe Grüße
Lea

Lea Brinkhaus · Co-Founder & CEO
Tandemly GmbH · Vogelsanger Str. 193 · 50825 Köln
tandemly.example · Wir sind hiring: tandemly.jobs.personio.de
""",
    ics=ics(
        "0p6o3t5m1a2v7u8k4e9s@google.com",
        "2025-10-01 11:00",
        "Tandemly x Frieda – Kennenlernen",
        ("Lea Brinkhaus", "lea@tandemly.example"),
        minutes=45,
        description="Google Meet: https://meet.google.com/xkq-fhzt-rub\nOder per Telefon: +49 30 300195 6231 PIN: 448 201 577#",
        location="https://meet.google.com/xkq-fhzt-rub",
    ),
)

_mlv_invite = m(
    "g1ob",
    "2025-11-10 21:37",
    "Birgit Schallenberg <birgit.schallenberg@t-online.de>",
    "Deine Bewerbung bei uns :)",
    A("interview", MLV, MLVR, 10, "direct"),
    text="""Liebe Frieda,

entschuldige, dass ich von meiner privaten Adresse schreibe – unser Vereins-Mailserver macht
seit Freitag Zicken und die IT kommt erst Mittwoch.

Ich bin Birgit, Geschäftsführerin von Miteinander Leverkusen. Deine Bewerbung über Indeed für
das Case Management im Ambulant Betreuten Wohnen hat mir sehr gut gefallen. Wir machen das bei
uns immer so: erst ein Gespräch bei einem Kaffee und dann ein Probearbeitstag, damit du die
Klient*innen und das Team erlebst und wir dich.

Würde dir Mittwoch, der 19.11. passen? Gespräch um 9 Uhr hier in der Geschäftsstelle
(Kölner Str. 112, Opladen), danach bis ca. 15 Uhr mit Markus in den Hausbesuchen.
Die Zeit wird dir natürlich vergütet.

Liebe Grüße
Birgit

Miteinander Leverkusen e.V. – Verein für Menschen mit Behinderung und ihre Angehörigen
""",
)

_tan_reject_text = """Hey Frieda,

danke dir nochmal für den Probearbeitstag letzte Woche und deine Zeit – du hast beim
Workshop mit dem Produktteam echt Spuren hinterlassen (Malte zitiert seitdem deinen Satz mit
"Hilfeplangespräch ist kein Formular").

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Person
entschieden, die schon länger im Customer Success einer Software-Firma gearbeitet hat, weil wir
gerade in den nächsten Monaten viele Rollouts bei Trägern haben und da jemand ohne
Einarbeitung loslegen muss.

Das ist ausdrücklich keine Aussage über deine fachliche Eignung – im Gegenteil. Wenn du magst,
würden wir dich gern in unseren Praxisbeirat einladen (2-3 Termine im Jahr, bezahlt).

Alles Liebe und viel Erfolg bei deinen anderen Bewerbungen!
Lea

Tandemly GmbH · Vogelsanger Str. 193 · 50825 Köln
Diese Nachricht wurde über Personio versendet."""

MAIL: list[dict[str, Any]] = [
    # --- 1 and 2: Stadt Köln via Interamt (two roles; ASD put on hold, JuHiS rejected) ---
    m(
        "b9xe",
        "2025-09-08 10:14",
        "Interamt <noreply@interamt.de>",
        "Eingangsbestätigung Ihrer Bewerbung – Stellenangebot-ID 1298347",
        A("confirmation", KOE, KOE1, 1, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

Ihre Bewerbung ist erfolgreich übermittelt worden.

Stellenangebot:   Sozialarbeiter*in (m/w/d) im Allgemeinen Sozialen Dienst – Amt für Kinder, Jugend und Familie
Stellenangebot-ID: 1298347
Kennziffer:        51/0412/25
Anbieter:          Stadt Köln
Eingegangen am:    08.09.2025, 10:13 Uhr

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto unter
"Meine Bewerbungen" einsehen. Bitte beachten Sie, dass Interamt keinen Einfluss auf das
Auswahlverfahren hat. Fragen zum Verfahren richten Sie bitte an die im Stellenangebot
genannte Ansprechperson.

Mit freundlichen Grüßen
Ihr Interamt-Team

{_interamt_foot}
""",
        html=_interamt_html(
            "Ihre Bewerbung ist erfolgreich übermittelt worden.",
            [
                (
                    "Stellenangebot",
                    "Sozialarbeiter*in (m/w/d) im Allgemeinen Sozialen Dienst – Amt für Kinder, Jugend und Familie",
                ),
                ("Stellenangebot-ID", "1298347"),
                ("Kennziffer", "51/0412/25"),
                ("Anbieter", "Stadt Köln"),
                ("Eingegangen am", "08.09.2025, 10:13 Uhr"),
            ],
            "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto einsehen. Interamt hat keinen Einfluss auf das Auswahlverfahren.",
        ),
    ),
    m(
        "e4lo",
        "2025-09-15 22:03",
        "Interamt <noreply@interamt.de>",
        "Eingangsbestätigung Ihrer Bewerbung – Stellenangebot-ID 1301152",
        A("confirmation", KOE, KOE2, 2, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

Ihre Bewerbung ist erfolgreich übermittelt worden.

Stellenangebot:   Sozialarbeiter*in / Sozialpädagog*in (m/w/d) für die Jugendhilfe im Strafverfahren (JuHiS)
Stellenangebot-ID: 1301152
Kennziffer:        51/0533/25
Anbieter:          Stadt Köln
Eingegangen am:    15.09.2025, 22:02 Uhr

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto unter
"Meine Bewerbungen" einsehen. Bitte beachten Sie, dass Interamt keinen Einfluss auf das
Auswahlverfahren hat. Fragen zum Verfahren richten Sie bitte an die im Stellenangebot
genannte Ansprechperson.

Mit freundlichen Grüßen
Ihr Interamt-Team

{_interamt_foot}
""",
        html=_interamt_html(
            "Ihre Bewerbung ist erfolgreich übermittelt worden.",
            [
                (
                    "Stellenangebot",
                    "Sozialarbeiter*in / Sozialpädagog*in (m/w/d) für die Jugendhilfe im Strafverfahren (JuHiS)",
                ),
                ("Stellenangebot-ID", "1301152"),
                ("Kennziffer", "51/0533/25"),
                ("Anbieter", "Stadt Köln"),
                ("Eingegangen am", "15.09.2025, 22:02 Uhr"),
            ],
            "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto einsehen. Interamt hat keinen Einfluss auf das Auswahlverfahren.",
        ),
    ),
    _k1_assess,
    m(
        "u2dw",
        "2025-10-20 07:58",
        "Stadt Köln Personalgewinnung <personalgewinnung-sue@stadt-koeln.example>",
        "Erinnerung: 22.10.2025, 09:00 Uhr – Stadthaus Deutz",
        A("assessment", KOE, KOE1, 1, "direct"),
        text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir möchten Sie an die schriftliche Auswahlaufgabe am Mittwoch, 22.10.2025, um 09:00 Uhr im
Stadthaus Deutz (Westgebäude, Raum 7.C.14) erinnern.

Aufgrund von Bauarbeiten ist der Haupteingang Willy-Brandt-Platz gesperrt. Bitte nutzen Sie den
Eingang Ottoplatz und melden Sie sich an der Pforte. Planen Sie wegen der Sicherheitskontrolle
etwas Zeit ein.

Mitzubringen: Lichtbildausweis, eigener Kugelschreiber.

Mit freundlichen Grüßen
Im Auftrag
Daniela Wirtz
Personalgewinnung Sozial- und Erziehungsdienst

Diese Nachricht wurde an alle eingeladenen Bewerber*innen im Verfahren 51/0412/25 versandt (BCC).
""",
        **th(_k1_assess),
    ),
    m(
        "y7sn",
        "2025-11-10 10:26",
        "Interamt <noreply@interamt.de>",
        "Neue Nachricht zu Ihrer Bewerbung (Stellenangebot-ID 1301152)",
        A("rejection", KOE, KOE2, 2, "other"),
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

zu Ihrer Bewerbung auf das Stellenangebot 1301152 ("Sozialarbeiter*in / Sozialpädagog*in (m/w/d)
für die Jugendhilfe im Strafverfahren (JuHiS)") liegt eine neue Nachricht des Anbieters vor:

----------------------------------------------------------------------
Absender: Stadt Köln, Personalgewinnung Sozial- und Erziehungsdienst
Betreff:  Stellenbesetzungsverfahren Kennziffer 51/0533/25

Sehr geehrte Frau Oberländer-Yilmaz,

das Stellenbesetzungsverfahren zur o. g. Kennziffer ist abgeschlossen. Nach sorgfältiger
Prüfung aller Bewerbungen haben wir uns für andere Bewerberinnen und Bewerber entschieden, deren
Profil den Anforderungen der Stelle – insbesondere Erfahrung in der Arbeit mit straffällig
gewordenen jungen Menschen und der Zusammenarbeit mit den Jugendgerichten – noch näher kommt.

Wir danken Ihnen für Ihr Interesse an der Stadt Köln und wünschen Ihnen für Ihre berufliche
Zukunft alles Gute. Ihre Bewerbungsdaten werden nach Ablauf der gesetzlichen Fristen gelöscht.

Mit freundlichen Grüßen
Im Auftrag
Daniela Wirtz
----------------------------------------------------------------------

Sie können die Nachricht auch in Ihrem Interamt-Postfach abrufen.

{_interamt_foot}
""",
    ),
    m(
        "a3hq",
        "2025-11-27 13:40",
        "Stadt Köln Personalgewinnung <personalgewinnung-sue@stadt-koeln.example>",
        "Ihre Bewerbung – Kennziffer 51/0412/25",
        A("confirmation", KOE, KOE1, 1, "direct"),
        st="on_hold",
        text=f"""Sehr geehrte Frau Oberländer-Yilmaz,

Sie haben im Oktober an der schriftlichen Auswahlaufgabe im Verfahren zur o. g. Kennziffer
teilgenommen und diese mit einem sehr guten Ergebnis abgeschlossen. Eigentlich hätten wir Sie in
diesen Tagen gern zu einem Auswahlgespräch eingeladen.

Leider müssen wir Ihnen mitteilen, dass das Stellenbesetzungsverfahren aufgrund der vom Rat
der Stadt Köln beschlossenen haushaltswirtschaftlichen Maßnahmen (Wiederbesetzungssperre)
vorerst ruht. Wann und in welchem Umfang das Verfahren fortgesetzt werden kann, ist derzeit
nicht absehbar.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald wir das Verfahren fortsetzen
können, kommen wir unaufgefordert auf Sie zu. Sollten Sie zwischenzeitlich kein Interesse mehr
an der Stelle haben, bitten wir um eine kurze Nachricht.

Wir bedauern diese Entwicklung sehr und danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag
Daniela Wirtz

{_koe_hr}
""",
    ),
    # --- 3: Landeshauptstadt Düsseldorf via Interamt: Einstellungszusage unter Vorbehalt, declined ---
    m(
        "k8tb",
        "2025-10-02 19:44",
        "Interamt <noreply@interamt.de>",
        "Eingangsbestätigung Ihrer Bewerbung – Stellenangebot-ID 1306620",
        A("confirmation", DUS, DUSR, 3, "other"),
        html=_interamt_html(
            "Ihre Bewerbung ist erfolgreich übermittelt worden.",
            [
                (
                    "Stellenangebot",
                    "Sozialarbeiter*innen / Sozialpädagog*innen (m/w/d) für den Bezirkssozialdienst",
                ),
                ("Stellenangebot-ID", "1306620"),
                ("Ausschreibungsnummer", "51/23/2025"),
                ("Anbieter", "Landeshauptstadt Düsseldorf – Jugendamt"),
                ("Eingegangen am", "02.10.2025, 19:43 Uhr"),
            ],
            "Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Interamt-Konto einsehen. Interamt hat keinen Einfluss auf das Auswahlverfahren.",
        ),
    ),
    _dus_invite,
    _dus_offer,
    m(
        "h2ye",
        "2026-01-19 08:52",
        "Kürten, Sabine <sabine.kuerten@duesseldorf.example>",
        "AW: Ihre Bewerbung – Ausschreibung 51/23/2025",
        A("offer", DUS, DUSR, 3, "direct"),
        st="declined",
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre offene Rückmeldung. Wir bedauern Ihre Entscheidung natürlich, können Ihre
Gründe – die Teilzeitoption nach der Einarbeitung und die bessere Vereinbarkeit mit der
Kita-Betreuung Ihres Sohnes – aber gut nachvollziehen.
Ihre Absage haben wir zur Kenntnis genommen und die Beteiligungsverfahren gestoppt.

Für Ihren Start beim Kreisjugendamt wünschen wir Ihnen alles Gute. Vielleicht kreuzen sich
unsere Wege ja bei einer späteren Ausschreibung wieder.

Mit freundlichen Grüßen
Im Auftrag
Sabine Kürten

-----Ursprüngliche Nachricht-----
Von: Friederike Oberländer-Yilmaz <frieda.oberlaender@posteo.de>
Gesendet: Freitag, 16. Januar 2026 17:12
An: Kürten, Sabine <sabine.kuerten@duesseldorf.example>
Betreff: Re: Ihre Bewerbung – Ausschreibung 51/23/2025

Sehr geehrte Frau Kürten,

vielen Dank für Ihre Einstellungszusage, über die ich mich sehr gefreut habe. Nach reiflicher
Überlegung habe ich mich jedoch entschieden, ein anderes Angebot anzunehmen, und muss Ihnen
deshalb leider absagen. Die Entscheidung ist mir nicht leichtgefallen – das Gespräch bei Ihnen
hat mir sehr gut gefallen.

Mit freundlichen Grüßen
Friederike Oberländer-Yilmaz
""",
        **th(_dus_offer, "<3c1f7e0a-9b2d-4f61-8e55-2a7c0d4b91e2@posteo.de>"),
    ),
    # --- 4: Stadt Leverkusen, own portal: interview cancelled by the city, then rejected ---
    m(
        "s5vc",
        "2025-09-22 09:03",
        "Stadt Leverkusen - Personal <bewerbung@stadt-leverkusen.example>",
        "Ihre Bewerbung auf die Stellenausschreibung Nr. 123/25",
        A("confirmation", LEV, LEVR, 4, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stellenausschreibung Nr. 123/25.

Die Bewerbungsfrist endet am 05.10.2025. Nach Ablauf der Frist werden alle Bewerbungen durch den
Fachbereich gesichtet. Wir bitten Sie, von Nachfragen zum Stand des Verfahrens abzusehen; Sie
erhalten in jedem Fall eine Nachricht von uns.

Mit freundlichen Grüßen
Stadt Leverkusen
Fachbereich Personal und Organisation

Dies ist eine automatisch erstellte Nachricht des Bewerbungsportals. Antworten an diese Adresse
werden nicht gelesen.
""",
    ),
    _lev_invite,
    m(
        "q6gr",
        "2025-10-30 11:15",
        "Stadt Leverkusen - Personal <bewerbung@stadt-leverkusen.example>",
        "Absage des Termins am 04.11.2025 – Stellenausschreibung Nr. 123/25",
        A("interview", LEV, LEVR, 4, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

leider müssen wir den mit Ihnen vereinbarten Gesprächstermin am Dienstag, 04.11.2025, um
10:30 Uhr aus organisatorischen Gründen absagen, da die Auswahlkommission kurzfristig nicht
vollständig besetzt werden kann.

Wir bitten dies zu entschuldigen. Über das weitere Vorgehen informieren wir Sie
schnellstmöglich.

Mit freundlichen Grüßen
Im Auftrag
Ralf Pütz
Stadt Leverkusen
Fachbereich Personal und Organisation
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000004A1B3C2D7E41DC01000000000000000010000000C12",
            "2025-11-04 10:30",
            "Abgesagt: Vorstellungsgespräch Stellenausschreibung 123/25",
            ("Pütz, Ralf", "bewerbung@stadt-leverkusen.example"),
            style="outlook",
            method="CANCEL",
            minutes=60,
            location="Verwaltungsgebäude Goetheplatz, Raum 2.08",
        ),
        **th(_lev_invite),
    ),
    m(
        "d1nj",
        "2025-12-08 14:29",
        "Stadt Leverkusen - Personal <bewerbung@stadt-leverkusen.example>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", LEV, LEVR, 4, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

zunächst möchten wir uns nochmals entschuldigen, dass der geplante Gesprächstermin im November
nicht stattfinden konnte.

Im weiteren Verlauf des Verfahrens (Stellenausschreibung Nr. 123/25) hat sich ergeben, dass die
Stelle im Wege einer internen Umsetzung besetzt werden kann. Das externe Auswahlverfahren wird
daher nicht fortgeführt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können,
zumal Ihre Unterlagen einen sehr guten Eindruck hinterlassen haben.

Wir würden uns freuen, wenn Sie sich bei künftigen Ausschreibungen der Stadt Leverkusen
erneut bewerben. Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs
Monaten gelöscht.

Mit freundlichen Grüßen
Im Auftrag
Ralf Pütz
Stadt Leverkusen
Fachbereich Personal und Organisation
""",
    ),
    # --- 5: Rhein-Agger-Kreis (Umantis): interview moved, offer, accepted; contract and onboarding ---
    m(
        "v0ri",
        "2025-10-13 17:36",
        "Rhein-Agger-Kreis Karriere <noreply-rak@umantis.com>",
        "Bestätigung Ihrer Bewerbung",
        A("confirmation", RAK, RAKR, 5, "other"),
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:12px">
<div style="border-bottom:3px solid #2d6a36;padding-bottom:8px"><img src="https://recruitingapp-5183.umantis.com/Data/Media/RAK_Logo.png" alt="Rhein-Agger-Kreis" height="48"></div>
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Sozialarbeiter/in (m/w/d) im Allgemeinen Sozialen Dienst des Kreisjugendamtes</b> (Ref. 2025-0147).</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Nach Ablauf der Bewerbungsfrist prüfen wir alle Bewerbungen sorgfältig und melden uns anschließend bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.</p>
<p>Über Ihr Bewerberkonto können Sie den Status Ihrer Bewerbung jederzeit einsehen und Ihre Daten aktualisieren:<br>
<a href="https://recruitingapp-5183.umantis.com/Candidate/Login?lang=ger">https://recruitingapp-5183.umantis.com/Candidate/Login</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Team Personalgewinnung<br>Rhein-Agger-Kreis – Der Landrat</p>
<p style="color:#999;font-size:10px">Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</p>
</body></html>""",
    ),
    _rak_invite,
    m(
        "x4fl",
        "2025-11-27 10:02",
        "Jansen, Ulrike <ulrike.jansen@rhein-agger-kreis.example>",
        "Terminverschiebung: Auswahlgespräch ASD (Ref. 2025-0147)",
        A("interview", RAK, RAKR, 5, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

leider müssen wir das Auswahlgespräch am 09.12.2025 verschieben, da an diesem Tag der
Kreisausschuss tagt und die Amtsleitung dort anwesend sein muss.

Neuer Termin: Donnerstag, 11.12.2025, 13:30 Uhr, gleicher Ort (Kreishaus Siegburg,
Sitzungsraum A 2.14). Die aktualisierte Einladung finden Sie anbei.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt. Vielen Dank für Ihre
Flexibilität!

Mit freundlichen Grüßen
Im Auftrag
Ulrike Jansen
Rhein-Agger-Kreis – Amt für Personal und Organisation
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000E9A0C51B2F59DC01000000000000000010000000D03",
            "2025-12-11 13:30",
            "Auswahlgespräch ASD Kreisjugendamt (NEUER TERMIN)",
            ("Jansen, Ulrike", "ulrike.jansen@rhein-agger-kreis.example"),
            style="outlook",
            minutes=60,
            sequence=1,
            location="Kreishaus Siegburg, Sitzungsraum A 2.14",
        ),
        **th(_rak_invite),
    ),
    _rak_offer,
    m(
        "i9wd",
        "2026-01-12 11:19",
        "Jansen, Ulrike <ulrike.jansen@rhein-agger-kreis.example>",
        "AW: Ihre Bewerbung – Ref. 2025-0147",
        A("offer", RAK, RAKR, 5, "direct"),
        st="accepted",
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

herzlichen Dank für Ihre Zusage – wir freuen uns sehr, dass Sie sich für den Rhein-Agger-Kreis
entschieden haben! Der Personalrat hat der Einstellung zwischenzeitlich zugestimmt, die
Gleichstellungsbeauftragte wurde beteiligt.

Damit wir Ihren Arbeitsvertrag vorbereiten können, benötigen wir noch folgende Unterlagen:

1. den ausgefüllten Personalfragebogen (Anlage),
2. ein erweitertes Führungszeugnis nach § 30a BZRG (Belegart OE, zur Vorlage bei einer Behörde)
   – das Aufforderungsschreiben für das Bürgeramt liegt bei, die Gebühr entfällt,
3. eine Kopie Ihrer staatlichen Anerkennung und Ihres Bachelorzeugnisses,
4. Nachweise über Ihre bisherigen Beschäftigungszeiten (Arbeitszeugnisse) für die
   Stufenzuordnung,
5. Ihre Steuer-ID und Ihre Sozialversicherungsnummer.

Einen Termin für die Einstellungsuntersuchung beim betriebsärztlichen Dienst erhalten Sie
gesondert.

Mit freundlichen Grüßen
Im Auftrag
Ulrike Jansen

> Am 08.01.2026 um 20:41 schrieb Friederike Oberländer-Yilmaz:
> Sehr geehrte Frau Jansen,
> ich freue mich sehr über Ihr Angebot und nehme die Stelle im ASD gerne an. Der Eintritt zum
> 01.04.2026 passt für mich gut.
> Mit freundlichen Grüßen
> Friederike Oberländer-Yilmaz
""",
        attach=[
            ("Personalfragebogen_RAK.pdf", "application/pdf", "%PDF-1.4\n% Personalfragebogen\n"),
            (
                "Aufforderung_erweitertes_Fuehrungszeugnis.pdf",
                "application/pdf",
                "%PDF-1.4\n% Bescheinigung zur Vorlage beim Bürgeramt nach § 30a Abs. 2 BZRG\n",
            ),
        ],
        **th(_rak_offer, "<f0b2a7c4-5e11-4d9a-b3c8-6e1d2a0f77c9@posteo.de>"),
    ),
    m(
        "o3ec",
        "2026-02-03 15:55",
        "Jansen, Ulrike <ulrike.jansen@rhein-agger-kreis.example>",
        "Arbeitsvertrag – bitte unterschrieben zurück",
        J("other_job", "direct", RAK, RAKR),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für die vollständigen Unterlagen, das Führungszeugnis ist ebenfalls bei uns
eingegangen.

Anbei erhalten Sie Ihren Arbeitsvertrag vorab zur Kenntnis. Das Original geht Ihnen in zweifacher
Ausfertigung per Post zu; bitte senden Sie uns ein unterschriebenes Exemplar im beiliegenden
Rückumschlag zurück. Die Stufenzuordnung (S 14, Stufe 3) ist in der Anlage erläutert.

Der Termin zur Einstellungsuntersuchung: Mittwoch, 25.02.2026, 08:30 Uhr, Betriebsärztlicher
Dienst, Kreishaus Siegburg, Raum E.05. Bitte nüchtern erscheinen.

Mit freundlichen Grüßen
Im Auftrag
Ulrike Jansen
""",
        attach=[
            (
                "Arbeitsvertrag_Oberlaender-Yilmaz.pdf",
                "application/pdf",
                "%PDF-1.4\n% Arbeitsvertrag TVöD\n",
            )
        ],
    ),
    m(
        "l8ka",
        "2026-02-20 16:48",
        "Gerhards, Thomas <thomas.gerhards@rhein-agger-kreis.example>",
        "Herzlich willkommen im Regionalteam Ost!",
        J("other_job", "direct", RAK, RAKR),
        text="""Liebe Frau Oberländer-Yilmaz,

ich habe von Frau Jansen gehört, dass alles unter Dach und Fach ist – herzlich willkommen!
Ich bin Ihr künftiger Teamleiter im ASD Regionalteam Ost (Much / Ruppichteroth / Neunkirchen-
Seelscheid).

Damit der Start am 01.04. gut klappt, ein paar Infos vorab:
- Erster Tag: 8:30 Uhr im Dienstgebäude Much, Hauptstraße 57; Sie werden von mir und Ihrer
  Patin Frau Schmitz (seit 9 Jahren im ASD) in Empfang genommen.
- In den ersten drei Monaten begleiten Sie Kolleg*innen bei Hausbesuchen und übernehmen
  schrittweise eigene Fälle. Einarbeitungsplan folgt.
- Die Kinderschutzfachkraft-Schulung (§ 8a) ist für Juni eingeplant.
- IT-Zugang, Diensthandy und Dienstausweis werden am ersten Tag ausgegeben.

Wenn Sie vorher Fragen haben, rufen Sie gern an: 02245 9123-41.

Viele Grüße
Thomas Gerhards
Teamleitung ASD Regionalteam Ost
Kreisjugendamt Rhein-Agger-Kreis
""",
    ),
    # --- 6: Lichtblick Jugendhilfe gGmbH via the Diakoniewerk's d.vinci: offer declined ---
    m(
        "m6ut",
        "2025-09-10 12:31",
        "Diakoniewerk Rhein-Bonn | Karriere <no-reply@dvinci-hr.com>",
        "Eingangsbestätigung deiner Bewerbung",
        A("confirmation", LB, LBR, 6, "other"),
        reply_to="karriere@diakoniewerk-rheinbonn.example",
        text="""Liebe Friederike,

vielen Dank für deine Bewerbung und dein Interesse an einer Mitarbeit im Diakoniewerk Rhein-Bonn!

Deine Bewerbung für die Stelle
  Schulsozialarbeiter*in (m/w/d) an der Gesamtschule Bonn-Beuel – 30 Std./Woche
  Gesellschaft: Lichtblick Jugendhilfe gGmbH
  Stellen-ID: 2025-0912
ist bei uns eingegangen und wurde an die zuständige Leitung weitergeleitet.

Wir schauen uns deine Unterlagen in Ruhe an und melden uns in der Regel innerhalb von zwei bis
drei Wochen bei dir.

Den Stand deiner Bewerbung kannst du jederzeit in deinem Bewerberportal einsehen:
https://diakoniewerk-rheinbonn.dvinci-hr.com/de/p/candidate/login

Herzliche Grüße
dein Recruiting-Team im Diakoniewerk Rhein-Bonn

--
Diakoniewerk Rhein-Bonn e.V. · Karriere & Recruiting · Adenauerallee 136 · 53113 Bonn
Zum Diakoniewerk gehören u. a. die Lichtblick Jugendhilfe gGmbH, die Diakonie Pflege Rhein-Bonn
gGmbH und die Haus Siebengebirge Altenhilfe gGmbH.
Datenschutzhinweise für Bewerber*innen: https://www.diakoniewerk-rheinbonn.example/datenschutz-bewerbung
""",
    ),
    _lb_invite,
    m(
        "c2qh",
        "2025-10-01 07:46",
        "Jonas Hackenberg <j.hackenberg@lichtblick-jugendhilfe.example>",
        "Re: Schulsozialarbeit Beuel – Einladung zum Gespräch",
        A("interview", LB, LBR, 6, "direct"),
        text="""Super, dann bis nächste Woche Donnerstag!
Parken geht am besten im Hof hinter dem Gebäude, Klingel "Lichtblick 2. OG".

Jonas

Von meinem iPhone gesendet

> Am 30.09.2025 um 21:18 schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
>
> Hallo Jonas,
> danke für die Einladung, der 09.10. um 14 Uhr passt mir sehr gut. Ich freu mich!
> Liebe Grüße, Frieda
""",
        **th(_lb_invite, "<9d0e5c3b-2a71-44f8-b6e0-1c3f8d2a5e64@posteo.de>"),
    ),
    m(
        "w8ez",
        "2025-10-14 13:05",
        "Jonas Hackenberg <j.hackenberg@lichtblick-jugendhilfe.example>",
        "Hospitation an der GE Beuel",
        A("interview", LB, LBR, 6, "direct"),
        cc="Aylin Demirci <a.demirci@lichtblick-jugendhilfe.example>",
        text="""Hi Frieda,

schön, dass es letzte Woche so gut gepasst hat – auch von Aylin ein dickes Dankeschön.

Wie angekündigt würden wir als nächsten Schritt gern einen Hospitationstag an der Schule machen,
damit du den Alltag (Pausenangebot, Klassenrat, Beratung) live erlebst und die Schulleitung dich
kennenlernt.

Vorschlag: Donnerstag, 23.10., 7:45 bis ca. 13:30 Uhr, Treffpunkt Sekretariat der Gesamtschule
Beuel, Siegburger Str. 321. Aylin holt dich dort ab.

Bitte bring dein erweitertes Führungszeugnis oder eine Kopie des Antrags mit, das braucht die
Schule für Hospitationen.

Viele Grüße
Jonas
""",
    ),
    _lb_offer,
    m(
        "b7ns",
        "2025-11-14 09:58",
        "Jonas Hackenberg <j.hackenberg@lichtblick-jugendhilfe.example>",
        "Re: wir würden dich gern ins Team holen 🙂",
        A("offer", LB, LBR, 6, "direct"),
        st="declined",
        text="""Liebe Frieda,

schade!! Aber ich kann deine Gründe total nachvollziehen – mit Kind und laufendem Mietvertrag
eine befristete Stelle anzunehmen, ist ein echtes Risiko, und das Land macht es uns mit den
Jahresbewilligungen auch nicht leicht.

Danke, dass du so offen warst. Ich hab dich mit deinem Einverständnis in unseren Talentpool
beim Diakoniewerk eintragen lassen – wenn die Stelle entfristet wird oder was Neues kommt,
melde ich mich als Erstes bei dir.

Alles Gute für deine Bewerbungen beim Jugendamt!
Jonas

Am Mi., 12. Nov. 2025 um 22:07 Uhr schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
> Lieber Jonas,
> vielen Dank für euer Angebot und die tolle Hospitation. Ich habe lange hin und her überlegt,
> aber wegen der Befristung bis Juli kann ich die Stelle leider nicht annehmen. [...]
""",
        **th(_lb_offer, "<77e1b3d9-0c4a-4b2e-9f15-d8a6c2e0b3f1@posteo.de>"),
    ),
    m(
        "f0ga",
        "2025-11-17 10:30",
        "Diakoniewerk Rhein-Bonn | Karriere <karriere@diakoniewerk-rheinbonn.example>",
        "Willkommen in unserem Talentpool!",
        J("alert", "direct", "Diakoniewerk Rhein-Bonn"),
        html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;color:#3c3c3b">
<table width="600" align="center" cellpadding="20" style="background:#fff">
<tr><td style="background:#6b2c91;color:#fff;font-size:22px">Schön, dass du dabei bist!</td></tr>
<tr><td>
<p>Liebe Friederike,</p>
<p>du bist jetzt Teil des Talentpools im Diakoniewerk Rhein-Bonn. Das heißt: Wenn eine Stelle frei wird, die zu deinem Profil (Soziale Arbeit · Schule &amp; Jugend · Region Bonn/Rhein-Sieg) passt, melden wir uns direkt bei dir – auch bevor sie öffentlich ausgeschrieben ist.</p>
<p>Mit über 2.400 Mitarbeitenden in der Jugendhilfe, Pflege, Eingliederungshilfe und Beratung gehören wir zu den größten diakonischen Trägern der Region.</p>
<p><a href="https://diakoniewerk-rheinbonn.dvinci-hr.com/de/jobs?utm_source=talentpool&amp;utm_campaign=welcome" style="color:#6b2c91">Aktuelle Stellen ansehen</a></p>
<p>Du kannst deine Einwilligung jederzeit widerrufen: <a href="https://diakoniewerk-rheinbonn.dvinci-hr.com/de/p/talentpool/optout?t=8f2ac91e">Talentpool verlassen</a></p>
<p>Herzliche Grüße<br>Dein Recruiting-Team</p>
</td></tr></table></body></html>""",
    ),
    # --- 9: Freie Schule Köln via StepStone: viewed, video interview, rejected ---
    m(
        "p4xr",
        "2025-10-20 20:11",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Schulverein Freie Schule Köln e.V. wurde erfolgreich versendet",
        A("confirmation", FSK, FSKR, 9, "other"),
        html="""<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<div style="display:none;max-height:0;overflow:hidden">Viel Erfolg! Hier ist eine Übersicht Ihrer Bewerbung.</div>
<table width="100%" bgcolor="#f4f4f4"><tr><td align="center">
<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 30px;background:#0c2577"><img src="https://www.stepstone.de/upload_de/mailing/logo-stepstone-white.png" alt="StepStone" width="130"></td></tr>
<tr><td style="padding:30px">
<h1 style="font-size:22px;color:#0c2577;margin:0 0 16px">Ihre Bewerbung ist unterwegs!</h1>
<p>Hallo Friederike Oberländer-Yilmaz,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Schulverein Freie Schule Köln e.V.</b> versendet.</p>
<table cellpadding="12" style="border:1px solid #e0e0e0;width:100%"><tr><td>
<b style="font-size:16px">Schulsozialarbeiter*in (m/w/d) in Teilzeit (28-32 Std.)</b><br>
Schulverein Freie Schule Köln e.V.<br>Köln-Sülz<br>
<span style="color:#777">Beworben am 20.10.2025</span></td></tr></table>
<p>Unter „Meine Bewerbungen" behalten Sie den Überblick über alle Ihre Bewerbungen.</p>
<p><a href="https://www.stepstone.de/mein-bereich/bewerbungen?cid=CRM_TRX_applyconfirm_de&amp;utm_medium=email" style="background:#f06e00;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px">Zu meinen Bewerbungen</a></p>
<h3 style="font-size:16px;margin-top:28px">Ähnliche Jobs, die Sie interessieren könnten</h3>
<p><a href="https://www.stepstone.de/stellenangebote--Schulsozialarbeiter-m-w-d-Koeln-Bildungswerk-Rheinufer--12937755-inline.html?rltr=CRM">Schulsozialarbeiter (m/w/d)</a> · Köln<br>
<a href="https://www.stepstone.de/stellenangebote--Sozialpaedagoge-OGS-Bonn--12940021-inline.html?rltr=CRM">Sozialpädagoge (m/w/d) OGS</a> · Bonn</p>
</td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#888;background:#fafafa">StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf<br>
Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. <a href="https://www.stepstone.de/datenschutz">Datenschutz</a></td></tr>
</table></td></tr></table></body></html>""",
    ),
    m(
        "s1mf",
        "2025-10-23 09:16",
        "StepStone <noreply@stepstone.de>",
        "Neuigkeiten zu Ihrer Bewerbung",
        A("viewed", FSK, FSKR, 9, "other"),
        text="""Hallo Friederike Oberländer-Yilmaz,

gute Nachrichten: Schulverein Freie Schule Köln e.V. hat Ihre Bewerbung als
"Schulsozialarbeiter*in (m/w/d) in Teilzeit (28-32 Std.)" gelesen.

Status: Bewerbung gelesen (23.10.2025)

Tipp: Halten Sie Ihr Telefon griffbereit – viele Arbeitgeber melden sich in den nächsten Tagen.

Zu meinen Bewerbungen: https://www.stepstone.de/mein-bereich/bewerbungen?cid=CRM_TRX_statusread

Ihr StepStone Team

StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
Benachrichtigungen verwalten: https://www.stepstone.de/mein-bereich/einstellungen/benachrichtigungen
""",
    ),
    m(
        "t6bj",
        "2025-10-31 12:40",
        "Dr. Henrike Mauersberger <h.mauersberger@freie-schule-koeln.example>",
        "Vorstellungsgespräch per Videocall",
        A("interview", FSK, FSKR, 9, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung als Schulsozialarbeiterin an unserer Schule. Ihre Unterlagen haben
uns neugierig gemacht, und wir möchten Sie gern kennenlernen.

Da wir in den Herbstferien-Nachwehen stecken und der Elternrat mitreden möchte, führen wir die
erste Runde per Videocall (Microsoft Teams) durch:

  Donnerstag, 06.11.2025, 16:00 – 16:45 Uhr

Teilnehmen werden ich als Schulleiterin, unsere Mittelstufenkoordinatorin Frau Ohlig und ein
Vertreter des Vorstands des Schulvereins. Den Link finden Sie in der Kalendereinladung.

Mit herzlichen Grüßen
Henrike Mauersberger

Dr. Henrike Mauersberger – Schulleitung
Freie Schule Köln · staatlich anerkannte Ersatzschule (Sek. I)
Träger: Schulverein Freie Schule Köln e.V. · Berrenrather Str. 202 · 50937 Köln
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C7F1E98A5C4ADC01000000000000000010000000B88",
            "2025-11-06 16:00",
            "Vorstellungsgespräch Schulsozialarbeit – Oberländer-Yilmaz (Teams)",
            ("Mauersberger, Henrike", "h.mauersberger@freie-schule-koeln.example"),
            style="outlook",
            minutes=45,
            description="Microsoft Teams-Besprechung\nÜber Computer oder mobile App teilnehmen\nKlicken Sie hier, um an der Besprechung teilzunehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4OGQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d\nBesprechungs-ID: 374 118 902 55\nPasscode: Vm7qT3",
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "g9ld",
        "2025-11-17 08:24",
        "Sekretariat Freie Schule Köln <sekretariat@freie-schule-koeln.example>",
        "Ihre Bewerbung",
        A("rejection", FSK, FSKR, 9, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

im Auftrag von Frau Dr. Mauersberger möchten wir uns nochmals herzlich für das Gespräch am
06.11. bedanken. Sie haben mit Ihrer reflektierten Art und Ihren Erfahrungen aus der stationären
Jugendhilfe einen sehr guten Eindruck bei uns hinterlassen.

Die Entscheidung ist uns dennoch nicht leichtgefallen: Wir haben uns letztlich für eine
Bewerberin entschieden, die bereits an einer reformpädagogischen Schule gearbeitet hat und
unser Konzept aus der Praxis kennt.

Wir wünschen Ihnen für Ihren weiteren Weg von Herzen alles Gute.

Mit freundlichen Grüßen
i. A. Petra Lindlar
Sekretariat

Freie Schule Köln · Träger: Schulverein Freie Schule Köln e.V.
Vorstand: M. Esser, Dr. K. Fuhrmann · VR 14922 Amtsgericht Köln
""",
    ),
    # --- 10: Miteinander Leverkusen e.V. via Indeed: Probearbeitstag (personal webmail), rejected ---
    m(
        "e8kp",
        "2025-11-03 22:49",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung gesendet: Case Manager*in Ambulant Betreutes Wohnen (BeWo)",
        A("confirmation", MLV, MLVR, 10, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="100%" style="max-width:560px;margin:auto"><tr><td>
<img src="https://de.indeed.com/images/indeed_logo_email.png" alt="Indeed" width="90">
<h2 style="font-size:20px">Ihre Bewerbung wurde gesendet</h2>
<p><b>Case Manager*in Ambulant Betreutes Wohnen (BeWo) (m/w/d)</b><br>Miteinander Leverkusen e.V. – Leverkusen</p>
<p>Die folgenden Unterlagen wurden an den Arbeitgeber gesendet:<br>• Lebenslauf_Oberlaender-Yilmaz_2025.pdf<br>• Anschreiben<br>• Antworten auf 4 Fragen des Arbeitgebers</p>
<p>Nächste Schritte: Der Arbeitgeber prüft Ihre Bewerbung. Wenn Sie in die engere Auswahl kommen, meldet er sich direkt bei Ihnen.</p>
<p><a href="https://de.indeed.com/myjobs?from=applyconfirmemail&amp;tmpl=apply_conf_de" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Meine Jobs ansehen</a></p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://de.indeed.com/legal">Datenschutz und Bedingungen</a> · <a href="https://subscriptions.indeed.com/unsubscribe?e=ZnJpZWRh">Abbestellen</a><br>Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Ireland</p>
</td></tr></table></body></html>""",
    ),
    _mlv_invite,
    m(
        "n7ya",
        "2025-11-11 07:12",
        "Birgit Schallenberg <birgit.schallenberg@t-online.de>",
        "Re: Deine Bewerbung bei uns :)",
        A("interview", MLV, MLVR, 10, "direct"),
        text="""Prima, dann am 19.! Bring bequeme Schuhe mit 😉 und einen Regenschirm, wir sind viel zu Fuß.

Birgit

Von meinem iPhone gesendet

> Am 10.11.2025 um 22:15 schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
>
> Liebe Birgit,
> vielen Dank, das klingt super! Der 19.11. passt, ich nehme mir frei.
> Bis dann, Frieda
""",
        **th(_mlv_invite, "<a5c8e2f0-7d3b-41a9-8c62-e0b4f19d7a35@posteo.de>"),
    ),
    m(
        "r2wc",
        "2025-12-01 18:33",
        "Miteinander Leverkusen e.V. <info@miteinander-leverkusen.example>",
        "Rückmeldung",
        A("rejection", MLV, MLVR, 10, "direct"),
        text="""Liebe Frieda,

jetzt endlich wieder von der richtigen Adresse 🙈

Danke dir nochmal für den Probearbeitstag! Markus und die Klient*innen in der WG Bahnhofstraße
waren richtig angetan, vor allem wie du mit Herrn K. ins Gespräch gekommen bist. Das passiert
nicht oft.

Wir haben lange überlegt. Am Ende haben wir uns für eine Kollegin entschieden, die schon
mehrere Jahre im BeWo gearbeitet hat und die Kostenträger-Seite (LVR, BTHG-Bedarfsermittlung
mit BEI_NRW) schon kennt – wir sind gerade personell so dünn, dass wir niemanden lange
einarbeiten können. Das tut mir ehrlich leid, weil du menschlich super reingepasst hättest.

Wenn du magst, behalte ich deine Unterlagen und melde mich, falls im Frühjahr die zweite Stelle
kommt.

Alles Liebe
Birgit

Birgit Schallenberg · Geschäftsführung
Miteinander Leverkusen e.V. – Verein für Menschen mit Behinderung und ihre Angehörigen
Kölner Str. 112 · 51379 Leverkusen · VR 1187 AG Köln
""",
    ),
    # --- 11: Tandemly GmbH (Personio): call, Probearbeitstag, rejected ---
    m(
        "k3pv",
        "2025-09-17 08:02",
        "Tandemly GmbH <no-reply@personio.de>",
        "Thank you for your application – Tandemly GmbH",
        A("confirmation", TAN, TANR, 11, "personio", "en"),
        text="""Dear Friederike,

Thank you for applying for the position "Social Work Expert (m/w/d) – Jugendhilfe-Software" at
Tandemly GmbH.

We have received your application documents and will review them carefully. We will get back to
you as soon as possible.

Best regards,
Your Tandemly Team

--
Tandemly GmbH | Vogelsanger Str. 193 | 50825 Köln
Please do not reply to this email. This email was sent via Personio.
Privacy policy: https://tandemly.jobs.personio.de/privacy-policy
""",
    ),
    _tan_invite,
    m(
        "x9he",
        "2025-10-13 17:26",
        "Lea Brinkhaus <lea@tandemly.example>",
        "Probearbeitstag bei uns?",
        A("interview", TAN, TANR, 11, "direct"),
        cc="Malte Szymanski <malte@tandemly.example>",
        text="""Hey Frieda,

danke für das super Gespräch letzte Woche und auch mit Malte am Freitag – wir würden gern den
nächsten Schritt machen!

Wir machen das immer mit einem (bezahlten) Probearbeitstag: vormittags ein kleiner Workshop mit
dem Produktteam zu einem echten Feature (Hilfeplan-Fortschreibung), nachmittags schaust du mit
Jana bei einer Kund*innen-Schulung zu.

Dienstag, 21.10., ab 9:30 im Coworking (Vogelsanger Str. 193, 3. OG, "Tandemly" an der Glastür).
Mittagessen geht auf uns 🥗

Passt das?
Lea
""",
        **th(_tan_invite),
    ),
    m(
        "h5zo",
        "2025-10-28 11:54",
        "Lea Brinkhaus (Tandemly GmbH) <no-reply@personio.de>",
        "Kurzes Update von uns",
        A("rejection", TAN, TANR, 11, "personio"),
        reply_to="lea@tandemly.example",
        text=_tan_reject_text,
    ),
    # --- 7: Vinzenz Jugendhilfe (Caritas-like Verbund, rexx tenant svv-koeln): rejected ---
    m(
        "j0sd",
        "2025-09-04 14:47",
        "SVV Bewerbermanagement <noreply@rexx-systems.com>",
        "Ihre Bewerbung ist bei uns eingegangen",
        A("confirmation", VJ, VJR, 7, "other"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Bewerbung als

Fachkraft (m/w/d) für ambulante Erziehungshilfen (SPFH / Erziehungsbeistandschaft) – Köln-Mülheim
Kennziffer: AEH-2025-17

Ihre Unterlagen werden von der Vinzenz Kinder-, Jugend- und Familienhilfe Köln gGmbH geprüft.
Wir melden uns schnellstmöglich bei Ihnen.

Ihre Bewerbung können Sie jederzeit einsehen:
https://svv-koeln-jobs.rexx-systems.com/bewerberportal/login.html

Mit freundlichen Grüßen

Ihr Team Bewerbermanagement
Sankt-Vinzenz-Verbund Köln

Sankt-Vinzenz-Verbund Köln – Katholische Träger für Jugend, Familie, Pflege und Teilhabe
Unter Sachsenhausen 6, 50667 Köln
Diese E-Mail wurde automatisch erstellt.
""",
    ),
    m(
        "v6bq",
        "2025-10-01 15:10",
        "Dreesen, Monika <m.dreesen@vinzenz-verbund.example>",
        "Ihre Bewerbung als Fachkraft für ambulante Erziehungshilfen",
        A("rejection", VJ, VJR, 7, "direct"),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

nochmals herzlichen Dank für Ihre Bewerbung und das Interesse an unserer Arbeit in den
ambulanten Hilfen zur Erziehung.

Ihre Bewerbung hat uns gut gefallen, insbesondere Ihr Engagement in der Arbeit mit
Jugendlichen in der Wohngruppe und Ihre Zusatzqualifikation in systemischer Beratung (in
Ausbildung). Für die ausgeschriebene Stelle in Köln-Mülheim haben wir uns nach intensiver
Abwägung jedoch für eine Bewerberin entschieden, die bereits über mehrjährige Erfahrung in der
aufsuchenden Familienarbeit verfügt.

Wir würden uns freuen, wenn Sie unsere Stellenangebote weiter verfolgen – gerade im
ambulanten Bereich schreiben wir regelmäßig neu aus.

Mit freundlichen Grüßen

Monika Dreesen
Personalreferentin
Vinzenz Kinder-, Jugend- und Familienhilfe Köln gGmbH
ein Unternehmen im Sankt-Vinzenz-Verbund Köln
Tel. 0221 9127-315
""",
    ),
]
