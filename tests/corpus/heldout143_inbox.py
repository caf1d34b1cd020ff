# ruff: noqa: E501, RUF100
"""Corpus 143, the ordinary inbox part one (data only): see heldout143.py.

Health insurance, tax office, the son's Kita place, the flat hunt, the bank, trains, shops,
further training, the doctor, newsletters and bills – with look-alikes of job mail on purpose."""

from __future__ import annotations

from typing import Any

from heldout143_jobs import N, ics, m, th

_nlk_foot = """--
Nordlicht Krankenkasse · Körperschaft des öffentlichen Rechts · Bramfelder Chaussee 100 · 22177 Hamburg
Diese E-Mail wurde automatisch erstellt. Aus Datenschutzgründen enthält sie keine Gesundheitsdaten –
Ihre Nachricht finden Sie im Postfach "Meine NLK"."""

_kita_invite = m(
    "pq4e",
    "2025-10-08 12:14",
    "Kita Regenbogenland <leitung@kita-regenbogenland.example>",
    "Einladung zum Aufnahmegespräch",
    N(),
    text="""Liebe Frau Oberländer-Yilmaz,

vielen Dank für Ihre Anfrage über Little Bird. Wir würden Sie und Emir gern kennenlernen und
laden Sie herzlich zu einem Aufnahmegespräch in unsere Kita ein:

Donnerstag, 16.10.2025, 15:30 Uhr
Kita Regenbogenland, Thebäerstraße 19, 50823 Köln

Im Gespräch erzählen wir Ihnen etwas über unser Konzept (offene Arbeit, Schwerpunkt
Bewegung) und Sie können die Räume anschauen. Emir darf gern mitkommen – die Kinder sind um
diese Zeit meist im Garten.

Bitte bringen Sie das gelbe U-Heft und den Impfausweis (Masernschutz) mit.

Herzliche Grüße
Katrin Bellinghausen
Kita-Leitung

Kita Regenbogenland · Elterninitiative Regenbogenland e.V.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A4F2B8C30E3ADC01000000000000000010000000F11",
        "2025-10-16 15:30",
        "Aufnahmegespräch Familie Oberländer-Yilmaz (Emir)",
        ("Bellinghausen, Katrin", "leitung@kita-regenbogenland.example"),
        style="outlook",
        minutes=45,
        location="Kita Regenbogenland, Thebäerstraße 19",
    ),
)

_immo_viewing = m(
    "ux7n",
    "2025-09-20 09:42",
    "Hausverwaltung Kämpgen <vermietung@hv-kaempgen.example>",
    "Besichtigung Venloer Str. 412, 3-Zi., 2. OG",
    N(),
    text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Anfrage über ImmobilienScout24 zur 3-Zimmer-Wohnung in der Venloer
Straße 412 (78 m², Balkon, 1.290 € warm).

Wir bieten einen Sammelbesichtigungstermin an:
Samstag, 27.09.2025, 11:00–11:30 Uhr. Treffpunkt vor dem Haus, Klingel "Hausmeister".

Falls Sie nach der Besichtigung Interesse haben, senden Sie uns bitte folgende Unterlagen:
Mieterselbstauskunft (Formular anbei), Einkommensnachweise der letzten drei Monate,
SCHUFA-Auskunft, Mietschuldenfreiheitsbescheinigung, Kopie Personalausweis.

Mit freundlichen Grüßen
Hausverwaltung Kämpgen GmbH
Vermietung
Aachener Str. 1044 · 50858 Köln
""",
    attach=[
        (
            "Mieterselbstauskunft_HV_Kaempgen.pdf",
            "application/pdf",
            "%PDF-1.4\n% Mieterselbstauskunft\n",
        )
    ],
)

_spk_offer = m(
    "dc2w",
    "2025-10-14 16:20",
    "Sparkasse KölnBonn <noreply@sparkasse-koelnbonn.de>",
    "Ihre Kreditanfrage – wir haben gute Nachrichten",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#000">
<div style="background:#ff0000;padding:14px"><img src="https://www.sparkasse-koelnbonn.de/img/logo-s.png" alt="Sparkasse KölnBonn" height="36"></div>
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>vielen Dank für Ihre Kreditanfrage vom 10.10.2025. Wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen den gewünschten <b>Sparkassen-Privatkredit</b> gewähren können:</p>
<table cellpadding="4"><tr><td>Nettodarlehensbetrag:</td><td>12.000,00 €</td></tr><tr><td>Laufzeit:</td><td>60 Monate</td></tr><tr><td>Sollzinssatz (gebunden):</td><td>6,49 % p. a.</td></tr><tr><td>Effektiver Jahreszins:</td><td>6,69 %</td></tr><tr><td>Monatliche Rate:</td><td>234,38 €</td></tr></table>
<p>Ihr Angebot liegt in Ihrem elektronischen Postfach bereit. Sie können es bequem online mit der pushTAN-App unterschreiben – das Angebot ist 14 Tage gültig.</p>
<p><a href="https://www.sparkasse-koelnbonn.de/de/home/onlinebanking/postfach.html">Zum Postfach</a></p>
<p>Mit freundlichen Grüßen<br>Ihre Sparkasse KölnBonn</p>
<p style="font-size:11px;color:#666">Sparkasse KölnBonn · Hahnenstraße 57 · 50667 Köln · Wir senden Ihnen niemals Links zur Eingabe von Zugangsdaten per E-Mail.</p>
</body></html>""",
)

_webinar_confirm = m(
    "hk3a",
    "2025-10-09 14:28",
    "Fortbildungsinstitut Kinderschutz Rheinland <anmeldung@fkr-fortbildung.example>",
    "Anmeldebestätigung: Webinar „Kinderschutz und digitale Medien“ am 05.11.2025",
    N(),
    text="""Liebe Frau Oberländer-Yilmaz,

vielen Dank für Ihre Anmeldung! Hiermit bestätigen wir Ihre Teilnahme an:

  Webinar W-25-118: Kinderschutz und digitale Medien – Cybergrooming, Sexting, Mediensucht
  Mittwoch, 05.11.2025, 09:30 – 13:00 Uhr (online, Zoom)
  Referentin: Dipl.-Soz.-Päd. Martina Kesseler
  Teilnahmebeitrag: 95,00 € (Rechnung an: Veedel Jugendhilfe gGmbH)

Den Zugangslink finden Sie in der angehängten Kalendereinladung; wir senden ihn am Vortag noch
einmal zu. Bitte testen Sie vorab Kamera und Mikrofon.

Stornierungen sind bis 14 Tage vor Beginn kostenfrei möglich.

Herzliche Grüße
Ihr Team vom FKR

Fortbildungsinstitut Kinderschutz Rheinland e.V. · Aachener Str. 52 · 50674 Köln
""",
    ics=ics(
        "fkr-w25118-4481@fkr-fortbildung.example",
        "2025-11-05 09:30",
        "Webinar: Kinderschutz und digitale Medien (FKR W-25-118)",
        ("FKR Anmeldung", "anmeldung@fkr-fortbildung.example"),
        minutes=210,
        description="Zoom-Meeting beitreten: https://us06web.zoom.us/j/84410293377?pwd=Rk5hY2RvUjFq\nMeeting-ID: 844 1029 3377\nKenncode: 551204",
        location="https://us06web.zoom.us/j/84410293377",
    ),
)

_doc_confirm = m(
    "bn8j",
    "2025-10-23 19:55",
    "Doctolib <no-reply@doctolib.de>",
    "Terminbestätigung: Dr. med. Stefan Odenthal am 29.10.2025",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;color:#132e4c">
<table width="560" align="center" cellpadding="20"><tr><td>
<img src="https://www.doctolib.de/assets/doctolib_logo_mail.png" alt="Doctolib" width="120">
<h2>Ihr Termin ist bestätigt</h2>
<p><b>Mittwoch, 29. Oktober 2025 um 08:15</b></p>
<p>Dr. med. Stefan Odenthal<br>Facharzt für Allgemeinmedizin<br>Hausarztpraxis Odenthal &amp; Kollegen<br>Venloer Str. 288, 50823 Köln</p>
<p>Grund: Check-up / Blutabnahme (nüchtern)</p>
<p>Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte bis 24 Stunden vorher ab.</p>
<p><a href="https://www.doctolib.de/appointments?utm_source=confirmation-email">Termin verwalten</a></p>
<p style="font-size:11px;color:#6b7c93">Doctolib GmbH · Mehringdamm 51 · 10961 Berlin</p>
</td></tr></table></body></html>""",
    ics=ics(
        "doctolib-appt-8861203457",
        "2025-10-29 08:15",
        "Termin bei Dr. med. Stefan Odenthal",
        ("Doctolib", "no-reply@doctolib.de"),
        minutes=20,
        location="Venloer Str. 288, 50823 Köln",
    ),
)

MAIL: list[dict[str, Any]] = [
    # --- Krankenkasse ---
    m(
        "ka1r",
        "2025-09-11 10:03",
        "Nordlicht Krankenkasse <service@nordlicht-kk.example>",
        'Neue Nachricht in "Meine NLK"',
        N(),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

in Ihrem Postfach "Meine NLK" liegt eine neue Nachricht für Sie bereit.

Betreff: Ihre Anfrage zur Kostenerstattung

Sie können die Nachricht in der App "Meine NLK" oder unter www.nordlicht-kk.example/meine-nlk
lesen.

Freundliche Grüße
Ihre Nordlicht Krankenkasse

{_nlk_foot}
""",
    ),
    m(
        "ka2s",
        "2025-10-02 11:47",
        "Nordlicht Krankenkasse <service@nordlicht-kk.example>",
        "Ihr Antrag auf Kostenerstattung wurde bearbeitet",
        N(),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

wir haben Ihren Antrag auf Kostenerstattung (Osteopathie, 3 Behandlungen) geprüft und können
Ihnen eine gute Nachricht geben: Der Antrag wurde bewilligt. Wir erstatten 80 % der Kosten,
höchstens 40 Euro je Sitzung – insgesamt 120,00 Euro. Das Geld überweisen wir in den nächsten
Tagen auf Ihr hinterlegtes Konto.

Den Bescheid finden Sie in Ihrem Postfach "Meine NLK".

Freundliche Grüße
Ihre Nordlicht Krankenkasse

{_nlk_foot}
""",
    ),
    m(
        "ka3t",
        "2025-11-19 08:30",
        "Nordlicht Krankenkasse <newsletter@nordlicht-kk.example>",
        "Ihr Bonus ist da – und 3 Ideen für den Winter",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#0b2a4a">
<table width="600" align="center" cellpadding="20" style="background:#fff"><tr><td>
<h1 style="color:#00609c">Glückwunsch, Frau Oberländer-Yilmaz!</h1>
<p>Sie haben im NLK-Bonusprogramm <b>3.500 Punkte</b> gesammelt. Ihren Bonus von 70 € können Sie jetzt in der App auszahlen lassen.</p>
<h3>Winter-Tipps</h3>
<ul><li>Grippeschutzimpfung – für Beschäftigte im Sozialbereich empfohlen</li><li>Online-Kurs „Stress lass nach“ – kostenlos für Versicherte</li><li>Rückenfit im Homeoffice</li></ul>
<p><a href="https://www.nordlicht-kk.example/bonus?utm_source=nl&amp;utm_campaign=2511">Bonus auszahlen</a></p>
<p style="font-size:11px;color:#777">Nordlicht Krankenkasse · <a href="https://www.nordlicht-kk.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.nordlicht-kk.example/newsletter/abmelden?id=77120>"
        },
    ),
    m(
        "ka4u",
        "2026-01-08 09:12",
        "Nordlicht Krankenkasse <service@nordlicht-kk.example>",
        "Wichtige Information zu Ihrem Beitrag 2026",
        N(),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

zum 1. Januar 2026 ändert sich der Zusatzbeitrag der Nordlicht Krankenkasse auf 2,69 %. Da Sie
als Arbeitnehmerin versichert sind, müssen Sie nichts tun: Ihr Arbeitgeber berücksichtigt den
neuen Beitrag automatisch bei der Gehaltsabrechnung.

Sie haben wegen der Beitragserhöhung ein Sonderkündigungsrecht. Mehr dazu und zu unseren
Leistungen 2026 finden Sie unter www.nordlicht-kk.example/beitrag2026.

Freundliche Grüße
Ihre Nordlicht Krankenkasse

{_nlk_foot}
""",
    ),
    m(
        "ka5v",
        "2026-02-02 14:06",
        "Nordlicht Krankenkasse <service@nordlicht-kk.example>",
        "Ihre Arbeitsunfähigkeit: Daten an Ihren Arbeitgeber übermittelt",
        N(),
        text=f"""Guten Tag Frau Oberländer-Yilmaz,

Ihre Arztpraxis hat uns eine Arbeitsunfähigkeitsbescheinigung elektronisch übermittelt
(eAU, 02.02.2026 bis 04.02.2026). Ihr Arbeitgeber kann die Daten wie gesetzlich vorgesehen bei
uns abrufen. Sie müssen ihm keinen Papierausdruck mehr vorlegen – bitte informieren Sie ihn aber
weiterhin selbst über Ihre Arbeitsunfähigkeit.

Gute Besserung!
Ihre Nordlicht Krankenkasse

{_nlk_foot}
""",
    ),
    # --- ELSTER / Finanzamt ---
    m(
        "el1a",
        "2025-09-16 21:34",
        "ELSTER <noreply@elster.de>",
        "Ihre Übermittlung: Einkommensteuererklärung 2024",
        N(),
        text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihre Einkommensteuererklärung 2024 wurde erfolgreich an das Finanzamt Köln-West übermittelt.

Transferticket: et47c2kz9a1b0q8m3w6y5x
Eingangsdatum:  16.09.2025, 21:33 Uhr

Das Übertragungsprotokoll finden Sie in "Mein ELSTER" unter "Formulare & Leistungen" >
"Übermittelte Formulare". Bitte bewahren Sie das Transferticket auf.

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.
Ihr ELSTER-Team
""",
    ),
    m(
        "el2b",
        "2025-10-24 06:41",
        "ELSTER <noreply@elster.de>",
        "Neue Bescheiddaten in Mein ELSTER",
        N(),
        text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

für Sie liegen neue Bescheiddaten zum Abruf bereit:

Finanzamt:  Köln-West
Steuerart:  Einkommensteuer
Jahr:       2024

Bitte melden Sie sich bei Mein ELSTER an, um die Daten abzurufen: https://www.elster.de/eportal/login

Hinweis: Maßgeblich ist der Steuerbescheid, den Sie vom Finanzamt erhalten.

Ihr ELSTER-Team
""",
    ),
    m(
        "el3c",
        "2025-12-10 07:00",
        "ELSTER <noreply@elster.de>",
        "Ihr ELSTER-Zertifikat läuft bald ab",
        N(),
        text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Zertifikat Ihres Benutzerkontos "Frieda privat" läuft am 08.01.2026 ab. Sie können es
jederzeit nach der Anmeldung unter "Mein Benutzerkonto" > "Zertifikat verlängern" erneuern.

Nach Ablauf ist eine Anmeldung mit diesem Zertifikat nicht mehr möglich.

Ihr ELSTER-Team
""",
    ),
    # --- Kita place for Emir via Little Bird ---
    m(
        "kb1d",
        "2025-09-09 22:16",
        "Little Bird <noreply@little-bird.de>",
        "Ihre Platzanfrage wurde gespeichert",
        N(),
        text="""Guten Tag Frau Oberländer-Yilmaz,

Ihre Platzanfrage für Emir Yilmaz (geb. 14.03.2023) wurde erfolgreich gespeichert.

Gewünschter Betreuungsbeginn: 01.01.2026
Betreuungsumfang: 45 Stunden/Woche
Angefragte Einrichtungen (5):
- Kita Regenbogenland (Elterninitiative), Köln-Ehrenfeld
- Städtische Kita Lindenbornstraße, Köln-Ehrenfeld
- Kita Sonnenkinder (AWO), Köln-Neuehrenfeld
- Ev. Kita Friedenskirche, Köln-Ehrenfeld
- Kita Kleine Strolche, Köln-Bickendorf

Die Einrichtungen sehen Ihre Anfrage jetzt und melden sich bei Ihnen, wenn ein Platz frei wird.
Bitte bestätigen Sie Ihre Anfrage alle drei Monate, damit sie aktiv bleibt.

Ihr Little Bird Team im Auftrag der Stadt Köln
Dies ist eine automatisch generierte Nachricht.
""",
    ),
    _kita_invite,
    m(
        "kb3f",
        "2025-11-03 11:02",
        "Little Bird <noreply@little-bird.de>",
        "Platzangebot für Emir: Kita Regenbogenland",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="20"><tr><td>
<img src="https://www.little-bird.de/assets/img/logo_mail.png" alt="Little Bird" width="120">
<h2 style="color:#e2007a">Sie haben ein Platzangebot erhalten!</h2>
<p>Guten Tag Frau Oberländer-Yilmaz,</p>
<p>die Einrichtung <b>Kita Regenbogenland</b> bietet Emir Yilmaz einen Betreuungsplatz an:</p>
<p>Betreuungsbeginn: 01.01.2026<br>Betreuungsumfang: 45 Stunden/Woche<br>Gruppe: U3 „Igel"</p>
<p><b>Bitte nehmen Sie das Angebot innerhalb von 7 Tagen an oder lehnen Sie es ab.</b> Nach Ablauf der Frist verfällt das Angebot automatisch. Mit der Annahme werden Ihre übrigen Platzanfragen deaktiviert.</p>
<p><a href="https://www.little-bird.de/elternportal/angebote?utm_source=mail" style="background:#e2007a;color:#fff;padding:10px 18px;text-decoration:none">Angebot ansehen</a></p>
<p style="font-size:11px;color:#888">Little Bird GmbH im Auftrag der Stadt Köln · Diese E-Mail wurde automatisch erstellt.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "kb4g",
        "2025-11-06 13:45",
        "Kita Regenbogenland <leitung@kita-regenbogenland.example>",
        "Betreuungsvertrag & Eingewöhnung Emir",
        N(),
        text="""Liebe Frau Oberländer-Yilmaz, lieber Herr Yilmaz,

wie schön, dass Sie unser Platzangebot angenommen haben – herzlich willkommen im Regenbogenland!

Anbei erhalten Sie:
- den Betreuungsvertrag (bitte beide Eltern unterschreiben),
- die Beitrittserklärung zum Verein (Elterninitiative: 4 Elterndienststunden im Monat),
- den Eingewöhnungsplan nach dem Berliner Modell.

Die Eingewöhnung beginnt am Montag, 05.01.2026, um 9:00 Uhr mit Bezugserzieherin Merve.
Plant bitte mindestens drei Wochen ein, in denen ein Elternteil flexibel ist.

Herzliche Grüße
Katrin Bellinghausen
""",
        attach=[
            (
                "Betreuungsvertrag_Regenbogenland.pdf",
                "application/pdf",
                "%PDF-1.4\n% Betreuungsvertrag\n",
            ),
            ("Eingewoehnung_Berliner_Modell.pdf", "application/pdf", "%PDF-1.4\n% Eingewöhnung\n"),
        ],
        **th(_kita_invite),
    ),
    m(
        "kb5h",
        "2025-11-12 09:30",
        "Little Bird <noreply@little-bird.de>",
        "Ihre Platzanfrage bei Städtische Kita Lindenbornstraße",
        N(),
        text="""Guten Tag Frau Oberländer-Yilmaz,

leider kann die Einrichtung "Städtische Kita Lindenbornstraße" Ihrer Platzanfrage für Emir
Yilmaz zum gewünschten Termin nicht entsprechen. Die Anfrage wurde von der Einrichtung
abgelehnt.

Hinweis: Da Sie bereits ein Platzangebot angenommen haben, sind Ihre übrigen Anfragen
inzwischen deaktiviert.

Ihr Little Bird Team im Auftrag der Stadt Köln
""",
    ),
    # --- Flat hunt via ImmobilienScout24 ---
    m(
        "im1j",
        "2025-09-14 20:37",
        "ImmoScout24 <no-reply@immobilienscout24.de>",
        "Ihre Anfrage wurde versendet: 3-Zimmer-Wohnung mit Balkon in Ehrenfeld",
        N(),
        text="""Hallo Friederike Oberländer-Yilmaz,

Ihre Anfrage wurde erfolgreich an den Anbieter versendet.

3-Zimmer-Wohnung mit Balkon in Ehrenfeld
Venloer Str. 412, 50825 Köln
1.290 € Warmmiete · 78 m² · 3 Zimmer
Anbieter: Hausverwaltung Kämpgen GmbH

Tipp: Mit MieterPlus sehen Anbieter Ihre Bewerbungsmappe inkl. SCHUFA-BonitätsCheck auf einen
Blick – und Sie sind schneller als andere Interessenten.

Ihr ImmoScout24-Team
Immobilien Scout GmbH · Invalidenstraße 65 · 10557 Berlin
""",
    ),
    _immo_viewing,
    m(
        "im3l",
        "2025-10-17 15:12",
        "Hausverwaltung Kämpgen <vermietung@hv-kaempgen.example>",
        "Ihre Bewerbung um die Wohnung Venloer Str. 412",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihr Interesse an der Wohnung Venloer Str. 412 und die Zusendung Ihrer
vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten
entschieden hat. Bei über 140 Anfragen konnten wir leider nicht alle Bewerbungen
berücksichtigen. Ihre Unterlagen werden gemäß DSGVO gelöscht.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Kämpgen GmbH
""",
        **th(_immo_viewing),
    ),
    m(
        "im4m",
        "2025-11-01 08:00",
        "ImmoScout24 Suchauftrag <suchauftrag@immobilienscout24.de>",
        "8 neue Angebote für Ihre Suche „3 Zi. Ehrenfeld/Neuehrenfeld bis 1.400 €“",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="16"><tr><td>
<img src="https://www.static-immobilienscout24.de/fro/imn/logo_mail.png" alt="ImmoScout24" width="140">
<h2>8 neue Angebote</h2>
<p><a href="https://www.immobilienscout24.de/expose/158822301?referrer=SEARCH_ALERT">3-Zimmer-Altbau, ruhige Seitenstraße</a><br>Everhardstr., Köln-Neuehrenfeld · 1.350 € warm · 74 m²</p>
<p><a href="https://www.immobilienscout24.de/expose/158823977?referrer=SEARCH_ALERT">Familienfreundliche 3-Zi.-Whg. mit Garten</a><br>Köln-Bickendorf · 1.395 € warm · 81 m² · WBS erforderlich</p>
<p><a href="https://www.immobilienscout24.de/expose/158824410?referrer=SEARCH_ALERT">Neubau-Erstbezug – 3 Zimmer, Loggia</a><br>Köln-Ehrenfeld · 1.640 € warm · 72 m²</p>
<p><a href="https://www.immobilienscout24.de/Suche/?searchId=8830211&amp;referrer=SEARCH_ALERT">Alle 8 Angebote ansehen</a></p>
<p style="font-size:11px;color:#888">Suchauftrag bearbeiten oder löschen: <a href="https://www.immobilienscout24.de/meinkonto/suchauftraege">Mein Konto</a></p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.immobilienscout24.de/meinkonto/suchauftraege/abmelden?id=8830211>"
        },
    ),
    m(
        "im5n",
        "2025-11-22 17:35",
        "Vonnegut Immobilien <anfragen@vonnegut-immobilien.example>",
        "Ihre Anfrage Everhardstraße – Besichtigung",
        N(),
        text="""Guten Tag Frau Oberländer-Yilmaz,

danke für Ihre Anfrage. Die Wohnung in der Everhardstraße kann am Mittwoch, 26.11., zwischen
17:00 und 18:30 Uhr besichtigt werden (Einzeltermine à 15 Minuten). Bitte antworten Sie mit
Ihrem Wunschzeitfenster.

Bitte haben Sie Verständnis, dass wir nur Interessenten mit vollständiger Selbstauskunft und
Einkommensnachweis berücksichtigen können. Das Nettohaushaltseinkommen sollte mindestens das
Dreifache der Warmmiete betragen.

Freundliche Grüße
T. Vonnegut
""",
    ),
    m(
        "im6o",
        "2026-01-15 12:00",
        "ImmoScout24 <angebote@immobilienscout24.de>",
        "Ihr MieterPlus-Vorteil: 50 % im ersten Monat",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="20"><tr><td>
<h1 style="color:#333">Schneller zur Traumwohnung</h1>
<p>Mit MieterPlus bewerben Sie sich mit vollständiger Mappe, SCHUFA-BonitätsCheck und Mietzahlungsbestätigung – und sehen neue Angebote 30 Minuten früher.</p>
<p><b>Nur bis 31.01.:</b> 50 % Rabatt im ersten Monat.</p>
<p><a href="https://www.immobilienscout24.de/mieterplus?cmp=crm_jan26_50">Angebot sichern</a></p>
<p style="font-size:11px;color:#888">Immobilien Scout GmbH · <a href="https://www.immobilienscout24.de/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.immobilienscout24.de/newsletter/abmelden?u=5531>"
        },
    ),
    # --- Sparkasse: a loan enquiry, an offer that is not a job offer ---
    m(
        "sp1p",
        "2025-10-10 19:48",
        "Sparkasse KölnBonn <noreply@sparkasse-koelnbonn.de>",
        "Eingangsbestätigung Ihrer Kreditanfrage",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihre Kreditanfrage über unsere Internet-Filiale. Ihre Anfrage ist bei uns
eingegangen:

Vorgangsnummer: PK-2025-1010-48817
Wunschbetrag:   12.000,00 €
Verwendungszweck: Fahrzeug (Gebrauchtwagen)

Wir prüfen Ihre Angaben und melden uns in der Regel innerhalb von zwei Werktagen. Eventuell
benötigen wir noch Ihre letzten beiden Gehaltsabrechnungen – bitte laden Sie diese dann im
Postfach hoch.

Mit freundlichen Grüßen
Ihre Sparkasse KölnBonn
""",
    ),
    _spk_offer,
    m(
        "sp3r",
        "2025-12-01 07:02",
        "Sparkasse KölnBonn <noreply@sparkasse-koelnbonn.de>",
        "Neue Nachricht in Ihrem elektronischen Postfach",
        N(),
        text="""Sehr geehrte Kundin, sehr geehrter Kunde,

in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit:
Kontoauszug Nr. 11/2025 zum Girokonto ...4471

Bitte melden Sie sich im Online-Banking an, um das Dokument abzurufen.

Ihre Sparkasse KölnBonn

Sicherheitshinweis: Wir fordern Sie niemals per E-Mail zur Eingabe von PIN oder TAN auf.
""",
    ),
    # --- Deutsche Bahn ---
    m(
        "db1s",
        "2025-09-18 08:11",
        "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 771 2204 193)",
        N(),
        text="""Guten Tag Friederike Oberländer-Yilmaz,

vielen Dank für Ihre Buchung.

Hinfahrt:  Fr, 03.10.2025  Köln Hbf 10:48 -> Hamburg Hbf 14:52  ICE 1028
Rückfahrt: So, 05.10.2025  Hamburg Hbf 15:01 -> Köln Hbf 19:12  ICE 1023
Reisende:  2 Erwachsene, 1 Kind (0-5 Jahre, kostenlos)
Sitzplätze: Wagen 7, Pl. 61, 63, 65 (Kleinkindabteil)
Flexpreis Sparpreis, 2. Klasse, BahnCard 25
Gesamtpreis: 143,80 €

Ihr Online-Ticket finden Sie im Anhang und in der DB Navigator App.

Gute Reise wünscht Ihnen
Ihre Deutsche Bahn

DB Fernverkehr AG · Stephensonstraße 1 · 60326 Frankfurt am Main
""",
        attach=[("Ticket_7712204193.pdf", "application/pdf", "%PDF-1.4\n% Online-Ticket\n")],
    ),
    m(
        "db2t",
        "2025-10-09 10:25",
        "DB Fahrgastrechte <fahrgastrechte@bahn.de>",
        "Ihr Fahrgastrechte-Antrag wurde bearbeitet",
        N(),
        text="""Guten Tag Frau Oberländer-Yilmaz,

Ihren Antrag auf Entschädigung wegen Verspätung (Reise vom 05.10.2025, ICE 1023, Ankunft Köln
Hbf mit 74 Minuten Verspätung) haben wir geprüft.

Sie erhalten eine Entschädigung in Höhe von 25 % des Fahrpreises: 17,98 €. Der Betrag wird in
den nächsten Tagen auf Ihr Konto überwiesen.

Vorgangsnummer: FGR-25-2281734

Freundliche Grüße
Ihr Servicecenter Fahrgastrechte
""",
    ),
    m(
        "db3u",
        "2025-11-28 05:12",
        "Deutsche Bahn <noreply@deutschlandticket.bahn.de>",
        "Ihr Deutschlandticket für Dezember 2025",
        N(),
        text="""Guten Tag,

Ihr Deutschlandticket für den Monat Dezember 2025 ist in der DB Navigator App verfügbar.

Abo-Nummer: DT-8820-44721
Preis: 58,00 € (Abbuchung zum 01.12.2025)

Hinweis: Ab Januar 2026 kostet das Deutschlandticket 63,00 € im Monat. Sie können Ihr Abo
monatlich zum 10. kündigen.

Ihre Deutsche Bahn
""",
    ),
    m(
        "db4v",
        "2025-12-20 13:47",
        "DB Reiseinformation <reiseinfo@bahn.de>",
        "Änderung Ihrer Reise am 23.12.2025: Köln Hbf → Mannheim Hbf",
        N(),
        text="""Guten Tag Friederike Oberländer-Yilmaz,

für Ihre Reise am 23.12.2025 gibt es eine Änderung:

ICE 511 Köln Hbf (ab 09:54) -> Mannheim Hbf: Der Zug fällt zwischen Köln Hbf und
Köln Messe/Deutz aus und beginnt in Köln Messe/Deutz (ab 10:02, Gleis 11 D-G).

Ihre Zugbindung ist aufgehoben. Alternative Verbindungen finden Sie in der DB Navigator App.

Ihre Deutsche Bahn
""",
    ),
    # --- REWE / dm ---
    m(
        "rw1w",
        "2025-09-15 06:00",
        "REWE <newsletter@mailing.rewe.de>",
        "Angebote der Woche: Weintrauben, Hähnchen & mehr",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" bgcolor="#ffffff" cellpadding="16"><tr><td>
<img src="https://img.rewe-static.de/newsletter/rewe-logo.png" alt="REWE" width="110">
<h1 style="color:#cc071e">Deine Angebote der Woche</h1>
<p>Gültig vom 15.09. bis 20.09.2025 in deinem REWE Markt Venloer Str.</p>
<table width="100%"><tr>
<td><b>Weintrauben hell, kernlos</b><br>500 g<br><span style="color:#cc071e;font-size:20px">1,49 €</span></td>
<td><b>Hähnchen-Brustfilet</b><br>je 1 kg<br><span style="color:#cc071e;font-size:20px">8,99 €</span></td>
<td><b>Barilla Pasta</b><br>500 g<br><span style="color:#cc071e;font-size:20px">1,29 €</span></td>
</tr></table>
<p>💳 Mit REWE Bonus: 2 € Guthaben ab 30 € Einkaufswert.</p>
<p><a href="https://www.rewe.de/angebote/?ecid=nl_angebote_kw38">Alle Angebote ansehen</a></p>
<p style="font-size:11px;color:#777">REWE Markt GmbH · Domstraße 20 · 50668 Köln · <a href="https://www.rewe.de/newsletter/abmelden/">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.rewe.de/newsletter/abmelden/?u=a1f2>"},
    ),
    m(
        "rw2x",
        "2025-10-20 06:00",
        "REWE <newsletter@mailing.rewe.de>",
        "Angebote der Woche: Kürbis-Zeit 🎃",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="16"><tr><td>
<h1 style="color:#cc071e">Angebote der Woche</h1>
<p>Gültig vom 20.10. bis 25.10.2025</p>
<p><b>Hokkaido-Kürbis</b> Stück 1,99 € · <b>Kerrygold Butter</b> 250 g 2,22 € · <b>Coca-Cola</b> 6 × 1 l 5,99 € (zzgl. Pfand)</p>
<p>Neu: Halloween-Deko und Süßigkeiten für die Kleinen.</p>
<p><a href="https://www.rewe.de/angebote/?ecid=nl_angebote_kw43">Zum Prospekt</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.rewe.de/newsletter/abmelden/">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.rewe.de/newsletter/abmelden/?u=a1f2>"},
    ),
    m(
        "rw3y",
        "2026-01-19 06:00",
        "REWE <newsletter@mailing.rewe.de>",
        "Exklusiv für dich: 10-fach Punkte + Angebote der Woche",
        N(),
        text="""Deine Angebote der Woche – gültig vom 19.01. bis 24.01.2026

Orangen, Netz 2 kg ........ 2,49 €
Rinderhackfleisch 500 g .... 4,44 €
Ja! H-Milch 1,5 % 1 l ...... 0,95 €

Dein exklusives Angebot: 10-fach Bonus-Guthaben auf alle Bio-Produkte – einfach in der App
aktivieren.

Alle Angebote: https://www.rewe.de/angebote/?ecid=nl_angebote_kw04
Abmelden: https://www.rewe.de/newsletter/abmelden/
""",
        headers={"List-Unsubscribe": "<https://www.rewe.de/newsletter/abmelden/?u=a1f2>"},
    ),
    m(
        "dm1z",
        "2025-10-01 09:30",
        "dm-drogerie markt <newsletter@news.dm.de>",
        "Deine neuen Coupons sind da 🎁",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;color:#002d66">
<table width="600" align="center" cellpadding="16"><tr><td>
<img src="https://www.dm.de/images/newsletter/dm-logo.png" alt="dm" width="80">
<h1>Hallo Friederike, deine Coupons für Oktober</h1>
<p>🍼 <b>babylove</b> Windeln: 15 % Rabatt<br>🧴 <b>Balea</b>: 2-fach PAYBACK Punkte<br>🌿 <b>dmBio</b>: 10 % auf alles ab 15 €</p>
<p><a href="https://www.dm.de/coupons?wt_mc=newsletter.2510">Coupons in der App aktivieren</a></p>
<p style="font-size:11px;color:#888">dm-drogerie markt GmbH + Co. KG · Am dm-Platz 1 · 76227 Karlsruhe · <a href="https://www.dm.de/newsletter-abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.dm.de/newsletter-abmelden?u=ff3>"},
    ),
    m(
        "dm2a",
        "2025-12-08 18:44",
        "dm Fotoparadies <fotoparadies@dm.de>",
        "Deine Fotobuch-Bestellung ist abholbereit",
        N(),
        text="""Hallo Friederike Oberländer-Yilmaz,

deine Bestellung Nr. 2025-12-8840117 (Fotobuch A4 Hardcover "Emir – das zweite Jahr", 48 Seiten)
liegt ab sofort in deinem dm-Markt Köln, Venloer Str. 356, zur Abholung bereit.

Bitte bring diese E-Mail oder die Abholnummer 8840117 mit. Die Bestellung liegt 14 Tage für
dich bereit.

Viel Freude mit deinen Fotos!
Dein dm Fotoparadies
""",
    ),
    # --- Further training (Fortbildung) with a calendar invitation ---
    _webinar_confirm,
    m(
        "hk4b",
        "2025-11-04 12:00",
        "Fortbildungsinstitut Kinderschutz Rheinland <anmeldung@fkr-fortbildung.example>",
        "Morgen: Webinar „Kinderschutz und digitale Medien“ – Ihr Zugang",
        N(),
        text="""Liebe Teilnehmende,

morgen um 09:30 Uhr geht es los! Hier nochmal Ihr Zugang:

Zoom: https://us06web.zoom.us/j/84410293377?pwd=Rk5hY2RvUjFq
Meeting-ID: 844 1029 3377 · Kenncode: 551204

Der Warteraum öffnet um 09:15 Uhr. Die Folien erhalten Sie nach dem Webinar zusammen mit Ihrer
Teilnahmebescheinigung.

Bis morgen!
Ihr FKR-Team
""",
        **th(_webinar_confirm),
    ),
    m(
        "hk5c",
        "2025-11-07 10:15",
        "Fortbildungsinstitut Kinderschutz Rheinland <anmeldung@fkr-fortbildung.example>",
        "Ihre Teilnahmebescheinigung W-25-118",
        N(),
        text="""Liebe Frau Oberländer-Yilmaz,

vielen Dank für Ihre Teilnahme am Webinar "Kinderschutz und digitale Medien". Anbei erhalten Sie
Ihre Teilnahmebescheinigung (3,5 Unterrichtsstunden) sowie die Folien der Referentin.

Unser Programm für das erste Halbjahr 2026 ist online – u. a. mit der Weiterbildung zur
insoweit erfahrenen Fachkraft nach § 8a SGB VIII (Start März 2026).

Herzliche Grüße
Ihr FKR-Team
""",
        attach=[
            (
                "Teilnahmebescheinigung_W-25-118.pdf",
                "application/pdf",
                "%PDF-1.4\n% Bescheinigung\n",
            )
        ],
    ),
    # --- Doctor via Doctolib ---
    _doc_confirm,
    m(
        "bn9k",
        "2025-10-28 18:00",
        "Doctolib <no-reply@doctolib.de>",
        "Erinnerung: Ihr Termin morgen um 08:15",
        N(),
        text="""Erinnerung an Ihren Termin

Mittwoch, 29. Oktober 2025 um 08:15
Dr. med. Stefan Odenthal – Hausarztpraxis Odenthal & Kollegen
Venloer Str. 288, 50823 Köln

Bitte kommen Sie nüchtern (Blutabnahme).

Termin absagen: https://www.doctolib.de/appointments/8861203457/cancel
Doctolib GmbH
""",
        **th(_doc_confirm),
    ),
    m(
        "bp1l",
        "2026-01-20 08:31",
        "Doctolib <no-reply@doctolib.de>",
        "Ihr Termin wurde verschoben: Kinderarztpraxis Dr. Aksoy",
        N(),
        text="""Guten Tag Friederike Oberländer-Yilmaz,

die Praxis hat Ihren Termin verschoben.

Patient: Emir Yilmaz
Alter Termin: Do., 22. Januar 2026 um 10:00
Neuer Termin: Mo., 26. Januar 2026 um 15:40
Kinderarztpraxis Dr. med. Derya Aksoy, Subbelrather Str. 401, 50825 Köln
Grund: U7 Vorsorgeuntersuchung

Passt der neue Termin nicht? Sie können ihn über die App verwalten oder absagen.

Ihr Doctolib-Team
""",
        ics=ics(
            "doctolib-appt-8911774020",
            "2026-01-26 15:40",
            "U7 Emir – Kinderarztpraxis Dr. Aksoy",
            ("Doctolib", "no-reply@doctolib.de"),
            minutes=30,
            sequence=1,
            location="Subbelrather Str. 401, 50825 Köln",
        ),
    ),
    # --- Newsletters that "interview" people or talk about hiring ---
    m(
        "fv1m",
        "2025-10-07 17:00",
        "Fachverband Soziale Arbeit Rheinland <newsletter@fsar.example>",
        "FSAR-Newsletter 10/2025 – Im Interview: Jugendamtsleiterin Dr. Gül Kaplan",
        N(),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<table width="620" align="center" cellpadding="18"><tr><td>
<p style="font-family:Arial;font-size:12px;color:#888">FSAR · Newsletter für Mitglieder · Oktober 2025</p>
<h1>„Wir verlieren Leute, bevor sie richtig angekommen sind“</h1>
<p><b>Im Interview:</b> Dr. Gül Kaplan leitet seit 2021 ein großes Jugendamt im Rheinland. Ein Gespräch über Fallzahlen im ASD, Einarbeitung, Fluktuation – und darüber, warum sie Bewerbungsgespräche inzwischen anders führt als früher.</p>
<p><a href="https://www.fsar.example/interview-kaplan?utm_source=nl2510">Weiterlesen</a></p>
<h2 style="font-size:18px">Außerdem</h2>
<ul>
<li>Tarifrunde SuE: Was die Schlichtungsempfehlung für Sie bedeutet</li>
<li>Fachtag „Partizipation in der stationären Jugendhilfe“, 28.11.2025, Köln</li>
<li>Rechtsprechung: BVerwG zur Kostenheranziehung junger Menschen</li>
</ul>
<p style="font-family:Arial;font-size:11px;color:#888">Fachverband Soziale Arbeit Rheinland e.V. · <a href="https://www.fsar.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.fsar.example/newsletter/abmelden?m=5571>"},
    ),
    m(
        "fv2n",
        "2025-12-09 17:00",
        "Fachverband Soziale Arbeit Rheinland <newsletter@fsar.example>",
        "FSAR-Newsletter 12/2025 – Im Interview: Schulsozialarbeiter Jan Pohlmann",
        N(),
        text="""FSAR · Newsletter für Mitglieder · Dezember 2025

IM INTERVIEW
"Ich bin der einzige Erwachsene an der Schule, der keine Noten gibt"
Jan Pohlmann ist seit zwölf Jahren Schulsozialarbeiter an einer Hauptschule in Leverkusen. Wir
haben mit ihm über Landesprogramme, befristete Verträge und die Frage gesprochen, warum so viele
Kolleg*innen nach zwei Jahren wieder gehen.
https://www.fsar.example/interview-pohlmann?utm_source=nl2512

AUS DEM VERBAND
- Mitgliederversammlung am 14.03.2026 in Düsseldorf – Einladung folgt
- Positionspapier "Fachkräftegebot im ASD nicht aufweichen"

Wir wünschen Ihnen erholsame Feiertage!

Fachverband Soziale Arbeit Rheinland e.V.
Abmelden: https://www.fsar.example/newsletter/abmelden
""",
        headers={"List-Unsubscribe": "<https://www.fsar.example/newsletter/abmelden?m=5571>"},
    ),
    m(
        "ks1o",
        "2025-10-22 06:30",
        "Kölner Stadtblatt <newsletter@koelner-stadtblatt.example>",
        "Der Morgen in Köln: Jugendamt sucht 80 Fachkräfte – Stadt setzt auf Quereinsteiger",
        N(),
        html="""<html><body style="font-family:Georgia,serif">
<table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-family:Arial;font-size:12px;color:#a00">DER MORGEN IN KÖLN · Mittwoch, 22. Oktober 2025</p>
<h2>Jugendamt sucht 80 Fachkräfte – Stadt setzt auf Quereinsteiger</h2>
<p>Im Allgemeinen Sozialen Dienst der Stadt sind derzeit rund 80 Stellen unbesetzt. Die Verwaltung will nun auch Absolventinnen verwandter Studiengänge einstellen und ein Mentoring-Programm starten. Die Gewerkschaft warnt vor einer „Absenkung der Standards".</p>
<p><a href="https://www.koelner-stadtblatt.example/koeln/jugendamt-fachkraefte-2281?utm_source=nl">Weiterlesen (S+)</a></p>
<h3>Außerdem</h3>
<p>• KVB: Linie 13 ab Montag mit Schienenersatzverkehr<br>• Ehrenfeld: Neues Café in der alten Glasfabrik<br>• Wetter: 14 Grad, ab mittags Regen</p>
<p style="font-family:Arial;font-size:11px;color:#888"><a href="https://www.koelner-stadtblatt.example/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.koelner-stadtblatt.example/newsletter/abmelden?u=frieda>"
        },
    ),
    m(
        "ks2p",
        "2026-02-05 06:30",
        "Kölner Stadtblatt <newsletter@koelner-stadtblatt.example>",
        "Der Morgen in Köln: Haushaltssperre – was jetzt auf Eis liegt",
        N(),
        text="""DER MORGEN IN KÖLN · Donnerstag, 5. Februar 2026

HAUSHALTSSPERRE – WAS JETZT AUF EIS LIEGT
Sanierung von Schulen, neue Radwege, Stellenbesetzungen in der Verwaltung: Die Kämmerin hat
die Sperre bis mindestens Mai verlängert. Ausnahmen gelten nur für den Kinderschutz.
https://www.koelner-stadtblatt.example/koeln/haushaltssperre-2302?utm_source=nl

AUSSERDEM
- Karneval: Sicherheitszonen an Weiberfastnacht
- FC: Trainer vor dem Derby unter Druck
- Wetter: 4 Grad, Glätte am Morgen

Abmelden: https://www.koelner-stadtblatt.example/newsletter/abmelden
""",
        headers={
            "List-Unsubscribe": "<https://www.koelner-stadtblatt.example/newsletter/abmelden?u=frieda>"
        },
    ),
    # --- Bills, shopping, services ---
    m(
        "en1q",
        "2025-09-26 04:12",
        "Domstrom Energie <kundenservice@domstrom.example>",
        "Ihre Abschlagsanpassung ab Oktober",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

auf Grundlage Ihres Verbrauchs passen wir Ihren monatlichen Abschlag für Strom an:
bisher 74,00 €, ab 01.10.2025: 68,00 €.

Vertragskonto: 300 447 182
Lieferstelle: Subbelrather Str. 318, 50825 Köln

Ihre Domstrom Energie
""",
    ),
    m(
        "en2r",
        "2026-01-06 04:15",
        "Domstrom Energie <kundenservice@domstrom.example>",
        "Bitte Zählerstand melden bis 15.01.",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

für Ihre Jahresabrechnung benötigen wir Ihren Zählerstand (Zähler-Nr. 1ESY1160558821).
Bitte melden Sie ihn bis zum 15.01.2026 online: https://www.domstrom.example/zaehlerstand

Ihre Domstrom Energie
""",
    ),
    m(
        "mo1s",
        "2025-10-05 11:20",
        "Funkfix Mobil <rechnung@funkfix.example>",
        "Ihre Rechnung für September 2025",
        N(),
        text="""Hallo Friederike,

deine Rechnung für September 2025 ist da: 12,99 € (Tarif Funkfix 20 GB).
Der Betrag wird am 08.10. von deinem Konto abgebucht.

Rechnung ansehen: https://mein.funkfix.example/rechnungen

Dein Funkfix-Team
""",
    ),
    m(
        "mo2t",
        "2025-12-05 11:20",
        "Funkfix Mobil <rechnung@funkfix.example>",
        "Ihre Rechnung für November 2025",
        N(),
        text="""Hallo Friederike,

deine Rechnung für November 2025 ist da: 15,98 € (Tarif Funkfix 20 GB + EU-Roaming-Option).
Der Betrag wird am 08.12. von deinem Konto abgebucht.

Dein Funkfix-Team
""",
    ),
    m(
        "am1u",
        "2025-09-23 15:02",
        "Amazon.de <versandbestaetigung@amazon.de>",
        'Versandt: "HABA Kugelbahn Kullerbü…" und 1 weiterer Artikel',
        N(),
        text="""Hallo Friederike Oberländer-Yilmaz,

dein Paket ist unterwegs!
Zustellung voraussichtlich: Donnerstag, 25. September

HABA Kugelbahn Kullerbü – Spielbahn Bauernhof
Steiff Teddybär 30 cm

Bestellnummer 303-7741093-2285921
Sendung verfolgen: https://www.amazon.de/gp/your-account/ship-track?orderId=303-7741093-2285921

Amazon.de
""",
    ),
    m(
        "am2v",
        "2025-11-25 09:48",
        "Amazon.de <versandbestaetigung@amazon.de>",
        'Versandt: "SGB VIII Kommentar – Wiesner/Wapler, 6. Aufl."',
        N(),
        text="""Hallo Friederike Oberländer-Yilmaz,

dein Paket ist unterwegs!
Zustellung voraussichtlich: Mittwoch, 26. November

Wiesner/Wapler: SGB VIII – Kinder- und Jugendhilfe, Kommentar, 6. Auflage

Bestellnummer 303-1928833-0044712

Amazon.de
""",
    ),
    m(
        "dh1w",
        "2025-11-26 10:31",
        "DHL Paket <noreply@dhl.de>",
        "Ihr Paket kommt heute",
        N(),
        text="""Hallo,

Ihre DHL Sendung 00340434161094022115 wird heute zwischen 11:40 und 13:40 Uhr zugestellt.
Absender: Amazon

Sie sind nicht zu Hause? Wählen Sie eine Ablage oder einen Nachbarn:
https://www.dhl.de/de/privatkunden/pakete-empfangen/sendungsverfolgung.html

Ihr DHL Paket Team
""",
    ),
    m(
        "pp1x",
        "2025-12-14 20:18",
        "PayPal <service@paypal.de>",
        "Sie haben eine Zahlung an Kleinanzeigen gesendet",
        N(),
        text="""Hallo Friederike Oberländer-Yilmaz,

Sie haben eine Zahlung über 45,00 € EUR an Markus Reuter (Kleinanzeigen) gesendet.

Transaktionscode: 7KJ21447BX5530216
Verwendungszweck: Laufrad Puky LR M

PayPal Käuferschutz: https://www.paypal.com/de/webapps/mpp/paypal-safety-and-security

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""",
    ),
    m(
        "nf1y",
        "2025-10-12 21:03",
        "Netflix <info@mailer.netflix.com>",
        "New on Netflix: picks for you",
        N("en"),
        html="""<html><body style="background:#000;color:#fff;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="20"><tr><td>
<h1 style="color:#e50914">Frieda, here's what's new</h1>
<p>Because you watched <i>Dark</i>: new seasons and series we think you'll love.</p>
<p><a href="https://www.netflix.com/browse?tctx=email" style="color:#fff">Start watching</a></p>
<p style="font-size:11px;color:#999">Netflix International B.V. · <a href="https://www.netflix.com/EmailUnsubscribe" style="color:#999">Unsubscribe</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.netflix.com/EmailUnsubscribe?g=ff>"},
    ),
    m(
        "sy1z",
        "2025-12-03 16:00",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here 🎉",
        N("en"),
        text="""Your 2025 Wrapped is ready.

Frieda, you listened to 23,418 minutes this year. Your top artist: AnnenMayKantereit.
Your top podcast: "Kinder, Kinder – der Elternpodcast".

See your Wrapped: https://open.spotify.com/wrapped?utm_source=email

Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden
Unsubscribe: https://www.spotify.com/account/notifications/
""",
        headers={"List-Unsubscribe": "<https://www.spotify.com/account/notifications/unsubscribe>"},
    ),
    m(
        "sb1a",
        "2025-11-17 07:00",
        "Stadtbibliothek Köln <noreply@stbib-koeln.example>",
        "Leihfristende in 3 Tagen",
        N(),
        text="""Liebe Leserin, lieber Leser,

folgende Medien müssen bis zum 20.11.2025 zurückgegeben oder verlängert werden:

- Der Grüffelo (Bilderbuch)
- Systemische Beratung in der Jugendhilfe (Fachbuch)
- Wo ist Spot? (Pappbilderbuch)

Verlängern: https://www.stbib-koeln.example/konto

Ihre Stadtbibliothek Köln – Zweigstelle Ehrenfeld
""",
    ),
    m(
        "vd1b",
        "2025-11-14 12:00",
        "ver.di NRW <newsletter@verdi-nrw.example>",
        "Sozial- und Erziehungsdienst: Warnstreik am 20.11. – bist du dabei?",
        N(),
        text="""Liebe Kollegin,

die Arbeitgeber haben in der zweiten Verhandlungsrunde kein Angebot vorgelegt. Deshalb rufen
wir die Beschäftigten im Sozial- und Erziehungsdienst bei kommunalen und freien Trägern zum
Warnstreik auf:

Donnerstag, 20.11.2025 – Kundgebung 11:00 Uhr, Heumarkt Köln

Auch Kolleg*innen bei freien Trägern mit TVöD-Anwendung können sich beteiligen. Bitte sprich
vorher mit deinem Betriebsrat.

Solidarische Grüße
ver.di Landesbezirk NRW, Fachbereich Gesundheit, Soziale Dienste, Bildung und Wissenschaft

Newsletter abbestellen: https://www.verdi-nrw.example/newsletter
""",
        headers={"List-Unsubscribe": "<https://www.verdi-nrw.example/newsletter/abmelden?id=4410>"},
    ),
    m(
        "hu1c",
        "2025-11-02 10:00",
        "DomVers Versicherung <angebote@domvers.example>",
        "Ihr persönliches Angebot: Kfz-Versicherung wechseln bis 30.11.",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="18"><tr><td>
<h2>Jetzt wechseln und bis zu 340 € sparen</h2>
<p>Sehr geehrte Frau Oberländer-Yilmaz,</p>
<p>der 30. November ist Stichtag für den Wechsel Ihrer Kfz-Versicherung. Wir haben ein <b>exklusives Angebot</b> für Sie vorbereitet – berechnet in 2 Minuten.</p>
<p><a href="https://www.domvers.example/kfz/angebot?cmp=wechsel25">Angebot berechnen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie in Werbung eingewilligt haben. <a href="https://www.domvers.example/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.domvers.example/abmelden?u=991>"},
    ),
    m(
        "cc1d",
        "2025-09-27 13:30",
        "Rheinische Direktbank <service@rheinische-direktbank.example>",
        "Ihr Kreditkartenantrag ist eingegangen",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

vielen Dank für Ihren Antrag auf die RDB Visa Gold (gebührenfrei im ersten Jahr).

Antragsnummer: KK-25-0927-30981

Wir prüfen Ihren Antrag und melden uns in wenigen Tagen. Für die Identifizierung nutzen Sie
bitte das Video-Ident-Verfahren über den Link in Ihrem Kundenportal.

Mit freundlichen Grüßen
Ihre Rheinische Direktbank
""",
    ),
    m(
        "cc2e",
        "2025-10-06 08:15",
        "Rheinische Direktbank <service@rheinische-direktbank.example>",
        "Glückwunsch – Ihr Antrag wurde angenommen",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

gute Nachrichten: Ihr Antrag auf die RDB Visa Gold wurde angenommen! Ihre Karte ist bereits
unterwegs und sollte in 5-7 Werktagen bei Ihnen sein. Die PIN erhalten Sie mit separater Post.

Ihr Kreditrahmen: 2.500 €

Mit freundlichen Grüßen
Ihre Rheinische Direktbank
""",
    ),
    m(
        "bk1f",
        "2026-01-31 11:08",
        "Booking.com <noreply@booking.com>",
        "Ihre Buchung ist bestätigt: Ferienhaus Dünenblick, Zingst",
        N(),
        text="""Vielen Dank, Friederike! Ihre Buchung in Zingst ist bestätigt.

Ferienhaus Dünenblick
Anreise: Sa, 23. Mai 2026 (ab 15:00)
Abreise: Sa, 30. Mai 2026 (bis 10:00)
2 Erwachsene, 1 Kind (3 Jahre) · Babybett angefragt

Buchungsnummer: 4418.227.903 · PIN: 7731
Gesamtpreis: 1.148 € (Zahlung in der Unterkunft)

Kostenlose Stornierung bis 9. Mai 2026, 23:59.

Booking.com
""",
    ),
    # --- More look-alikes: a Master's info evening, the city's Kita fee notice, Bürgeramt ---
    m(
        "ms1g",
        "2025-11-27 12:10",
        "TH Köln – Weiterbildung <weiterbildung@th-koeln.example>",
        "Einladung: Online-Infoabend Master Soziale Arbeit (berufsbegleitend)",
        N(),
        text="""Liebe Interessentin, lieber Interessent,

Sie haben sich auf unserer Website für Informationen zum berufsbegleitenden Masterstudiengang
"Soziale Arbeit – Beratung und Leitung" vorgemerkt. Wir laden Sie herzlich zu unserem
Online-Infoabend ein:

Dienstag, 09.12.2025, 18:00 – 19:30 Uhr (Zoom)

Themen: Studienaufbau, Vereinbarkeit mit Beruf und Familie, Kosten, Bewerbung und
Auswahlgespräch. Die Bewerbungsfrist für den Studienstart im Sommersemester 2026 endet am
15.01.2026.

Den Zugangslink finden Sie in der Kalendereinladung.

Mit freundlichen Grüßen
Zentrum für Weiterbildung, TH Köln
""",
        ics=ics(
            "thk-wb-infoabend-msa-20251209@th-koeln.example",
            "2025-12-09 18:00",
            "Online-Infoabend Master Soziale Arbeit (berufsbegleitend)",
            ("TH Köln Weiterbildung", "weiterbildung@th-koeln.example"),
            minutes=90,
            location="https://th-koeln.zoom.us/j/61120933874",
        ),
    ),
    m(
        "ms2h",
        "2026-01-08 12:00",
        "TH Köln – Weiterbildung <weiterbildung@th-koeln.example>",
        "Nur noch eine Woche: Bewerbungsschluss Master Soziale Arbeit",
        N(),
        text="""Liebe Interessentin, lieber Interessent,

nur noch bis zum 15.01.2026 können Sie sich für den berufsbegleitenden Master "Soziale Arbeit –
Beratung und Leitung" bewerben. Für die Bewerbung benötigen Sie Ihr Bachelorzeugnis, einen
Nachweis über mindestens ein Jahr Berufserfahrung und ein Motivationsschreiben.

Zum Bewerbungsportal: https://bewerbung.th-koeln.example/master-sa

Mit freundlichen Grüßen
Zentrum für Weiterbildung, TH Köln
""",
    ),
    m(
        "eb1i",
        "2025-12-17 10:40",
        "Stadt Köln – Amt für Kinder, Jugend und Familie <elternbeitraege@stadt-koeln.example>",
        "Elternbeitragsbescheid Kindertagesbetreuung – Kassenzeichen 5100.2291.0447",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

für die Betreuung Ihres Kindes Emir Yilmaz in der Kindertageseinrichtung "Regenbogenland" ab
01.01.2026 wird ein Elternbeitrag nach der Elternbeitragssatzung der Stadt Köln erhoben.

Den Bescheid finden Sie im Anhang. Auf Grundlage Ihrer Angaben zum Jahreseinkommen ergibt sich
ein monatlicher Beitrag von 211,00 € (Einkommensstufe 5, Betreuungsumfang 45 Std.).

Bitte denken Sie daran, uns Änderungen Ihres Einkommens – zum Beispiel durch einen
Arbeitgeberwechsel – unverzüglich mitzuteilen.

Mit freundlichen Grüßen
Im Auftrag
Stadt Köln – Die Oberbürgermeisterin
Amt für Kinder, Jugend und Familie – Elternbeiträge
""",
        attach=[
            (
                "Bescheid_Elternbeitrag_5100.2291.0447.pdf",
                "application/pdf",
                "%PDF-1.4\n% Bescheid\n",
            )
        ],
    ),
    m(
        "ba1j",
        "2026-01-13 16:02",
        "Stadt Köln Terminvergabe <terminvergabe@stadt-koeln.example>",
        "Terminbestätigung Kundenzentrum Ehrenfeld",
        N(),
        text="""Guten Tag Friederike Oberländer-Yilmaz,

hiermit bestätigen wir Ihren Termin:

Kundenzentrum Ehrenfeld, Venloer Str. 419-421
Mittwoch, 14.01.2026, 07:45 Uhr
Anliegen: Führungszeugnis beantragen (1 Person)
Vorgangsnummer: KZE-260114-0318

Bitte bringen Sie Ihren gültigen Personalausweis sowie ggf. das Aufforderungsschreiben
(erweitertes Führungszeugnis) mit. Gebühr: 13,00 €, sofern keine Befreiung vorliegt.

Absagen: https://termine.stadt-koeln.example/absage?v=KZE-260114-0318

Ihre Stadt Köln
""",
    ),
    m(
        "sp4k",
        "2026-01-30 07:03",
        "Sparkasse KölnBonn <noreply@sparkasse-koelnbonn.de>",
        "Ihr Privatkredit wurde ausgezahlt",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

Ihr Sparkassen-Privatkredit (Vertragsnummer 7702 4418 93) über 12.000,00 € wurde heute auf Ihr
Girokonto ...4471 ausgezahlt. Die erste Rate in Höhe von 234,38 € wird am 28.02.2026 fällig.

Mit freundlichen Grüßen
Ihre Sparkasse KölnBonn
""",
    ),
    m(
        "rb1l",
        "2025-10-01 05:30",
        "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
        "Ihre Zahlungsaufforderung – Beitragsnummer 487 221 903",
        N(),
        text="""Guten Tag,

für Ihre Wohnung ist der Rundfunkbeitrag für den Zeitraum 10.2025 bis 12.2025 in Höhe von
55,08 € fällig. Der Betrag wird zum 15.11.2025 von Ihrem Konto abgebucht.

Ihr Beitragsservice
""",
    ),
]
