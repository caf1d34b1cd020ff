# ruff: noqa: E501, RUF100
"""Corpus 129, private life (data only): see heldout129.py.

The flat hunt (viewings with calendar parts, a "Bewerbung" for a flat refused and one accepted,
a rental contract through DocuSign, WG applicants writing to him), the volleyball club, doctors
with calendar invitations, friends and family talking about their own jobs and his."""

from __future__ import annotations

from heldout129_jobs import ME, N, ics, m, thread

# --- The flat hunt --------------------------------------------------------------------------

_is1 = m(
    "ba01",
    "2025-10-20 22:03",
    "ImmoScout24 <noreply@immobilienscout24.de>",
    "Ihre Anfrage wurde erfolgreich versendet",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian Vogl,</p>
<p>Ihre Anfrage zum Objekt <b>Helle 2-Zimmer-Wohnung mit Balkon, Forstenrieder Allee 118, 81476 München</b>
(Kaltmiete 1.240 €, 56 m²) wurde an den Anbieter Hausverwaltung Brandl &amp; Söhne gesendet.</p>
<p>Tipp: Mit MieterPlus und Ihrer digitalen Bewerbermappe heben Sie sich von anderen Interessenten ab.</p>
<p><a href="https://www.immobilienscout24.de/expose/158830127">Zum Exposé</a></p>
<p style="font-size:11px;color:#888">Immobilien Scout GmbH · Invalidenstraße 65 · 10557 Berlin</p>
</body></html>""",
)

_hv1 = m(
    "ba02",
    "2025-10-23 09:14",
    "Hausverwaltung Brandl & Söhne <vermietung@hv-brandl.example>",
    "Besichtigungstermin Forstenrieder Allee 118",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihr Interesse an der Wohnung in der Forstenrieder Allee 118 (2. OG links).

Wir laden Sie zu einer Sammelbesichtigung ein:
Montag, 27.10.2025, 18:00 Uhr – Treffpunkt vor dem Hauseingang

Bitte bringen Sie zur Besichtigung folgende Unterlagen mit: Mieterselbstauskunft,
SCHUFA-Auskunft, Einkommensnachweise der letzten drei Monate, Kopie des Personalausweises.

Mit freundlichen Grüßen
Hausverwaltung Brandl & Söhne
Vermietungsabteilung""",
    ics=ics(
        "besichtigung-fa118-20251027@hv-brandl.example",
        "2025-10-27 18:00",
        "Besichtigung Forstenrieder Allee 118",
        ("Hausverwaltung Brandl & Söhne", "vermietung@hv-brandl.example"),
        minutes=30,
        location="Forstenrieder Allee 118, 81476 München",
    ),
)

_hv2 = m(
    "ba03",
    "2025-10-31 13:40",
    "Hausverwaltung Brandl & Söhne <vermietung@hv-brandl.example>",
    "Ihre Bewerbung für die Wohnung Forstenrieder Allee 118",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihr Interesse und Ihre Bewerbung für die Wohnung in der Forstenrieder Allee 118.

Aufgrund der sehr großen Nachfrage konnten wir leider nicht alle Interessenten berücksichtigen.
Der Eigentümer hat sich für einen anderen Mietinteressenten entschieden.

Ihre Unterlagen werden wir datenschutzgerecht vernichten. Wir wünschen Ihnen viel Erfolg bei
Ihrer weiteren Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Brandl & Söhne""",
)

_is2 = m(
    "ba04",
    "2025-11-21 07:30",
    "ImmoScout24 <noreply@immobilienscout24.de>",
    "3 neue Angebote für Ihre Suche „2 Zimmer, Planegg / Gräfelfing“",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Neue Wohnungen für Ihren Suchauftrag:</p>
<ul><li>2-Zi.-Whg., 61 m², Gräfelfing, 1.390 € kalt</li><li>2-Zi.-DG-Whg., 54 m², Planegg, 1.180 € kalt</li>
<li>2,5-Zi.-Whg., 70 m², Martinsried, 1.650 € kalt</li></ul>
<p><a href="https://www.immobilienscout24.de/Suche/?searchId=88310">Alle Angebote ansehen</a></p>
</body></html>""",
)

_is3 = m(
    "ba05",
    "2025-12-15 20:17",
    "ImmoScout24 <noreply@immobilienscout24.de>",
    "Ihre Anfrage wurde erfolgreich versendet",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian Vogl,</p>
<p>Ihre Anfrage zum Objekt <b>Ruhige 2-Zimmer-Wohnung nahe S-Bahn, Bahnhofstraße 27a, 82152 Planegg</b>
(Kaltmiete 1.150 €, 58 m²) wurde an den Anbieter gesendet.</p>
<p><a href="https://www.immobilienscout24.de/expose/159412008">Zum Exposé</a></p>
</body></html>""",
)

_st1 = m(
    "ba06",
    "2025-12-19 10:02",
    "Gertraud Straßer <g.strasser@huber-strasser-immobilien.example>",
    "Wohnung Planegg, Bahnhofstraße – Besichtigung",
    N(),
    text="""Sehr geehrter Herr Vogl,

danke für Ihre Anfrage. Vor Weihnachten schaffen wir es leider nicht mehr, aber ich könnte Ihnen
die Wohnung am Samstag, 10. Januar, um 11 Uhr zeigen. Eine Einladung habe ich Ihnen geschickt.

Schöne Feiertage
Gertraud Straßer
Huber & Straßer Immobilienverwaltung GbR""",
    ics=ics(
        "0v8n4q2m6k1j3h5g7f9d2s4a6p@google.com",
        "2026-01-10 11:00",
        "Besichtigung Bahnhofstr. 27a – Hr. Vogl",
        ("Gertraud Straßer", "g.strasser@huber-strasser-immobilien.example"),
        minutes=30,
        location="Bahnhofstraße 27a, 82152 Planegg",
    ),
)

_st2 = m(
    "ba07",
    "2026-01-12 17:36",
    "Gertraud Straßer <g.strasser@huber-strasser-immobilien.example>",
    "Unterlagen",
    N(),
    text="""Sehr geehrter Herr Vogl,

schön, dass Ihnen die Wohnung gefallen hat. Der Eigentümer würde sie gern an Sie vermieten. Bitte
senden Sie mir noch die ausgefüllte Mieterselbstauskunft (Anlage), Ihre SCHUFA-Auskunft und die
letzten drei Gehaltsnachweise bzw. Ihren neuen Arbeitsvertrag, falls Sie die Stelle wechseln.

Freundliche Grüße
Gertraud Straßer""",
    attach=[
        ("Mieterselbstauskunft.pdf", "application/pdf", "%PDF-1.4\n% Mieterselbstauskunft\n%%EOF\n")
    ],
)

_st3 = m(
    "ba08",
    "2026-01-21 09:50",
    "Gertraud Straßer <g.strasser@huber-strasser-immobilien.example>",
    "Zusage für die Wohnung in Planegg",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für die vollständigen Unterlagen. Ich freue mich, Ihnen im Namen des Eigentümers die
Wohnung in der Bahnhofstraße 27a zusagen zu können. Mietbeginn wäre der 15.02.2026.

Den Mietvertrag schicke ich Ihnen in den nächsten Tagen zur elektronischen Unterschrift.

Freundliche Grüße
Gertraud Straßer
Huber & Straßer Immobilienverwaltung GbR""",
)

_st_ds1 = m(
    "ba09",
    "2026-01-23 15:12",
    "Gertraud Straßer über DocuSign <dse@eumail.docusign.net>",
    "Bitte mit DocuSign unterzeichnen: Mietvertrag_Bahnhofstr27a_Vogl.pdf",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:18px">Gertraud Straßer hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=c3d9a1e0-7b44-4f10-9a2e-5e6f7a8b9c01" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">DOKUMENT ÜBERPRÜFEN</a></p>
</div>
<p style="padding:24px">Sehr geehrter Herr Vogl, anbei der Mietvertrag für die Wohnung Bahnhofstraße 27a, 82152 Planegg. Bitte unterschreiben Sie bis zum 28.01.</p>
<p style="font-size:11px;color:#666;padding:0 24px">Senden Sie diese E-Mail nicht weiter. Sie enthält einen sicheren Link zu DocuSign.</p>
</body></html>""",
)

_st_ds2 = m(
    "ba10",
    "2026-01-24 10:31",
    "DocuSign über DocuSign <dse@eumail.docusign.net>",
    "Abgeschlossen: Mietvertrag_Bahnhofstr27a_Vogl.pdf",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center"><p style="font-size:18px">Ihr Dokument wurde abgeschlossen</p></div>
<p style="padding:24px">Alle Parteien haben das Dokument abgeschlossen. Absender: Huber &amp; Straßer Immobilienverwaltung GbR (Gertraud Straßer).</p>
</body></html>""",
    attach=[
        (
            "Mietvertrag_Bahnhofstr27a_Vogl.pdf",
            "application/pdf",
            "%PDF-1.5\n% Mietvertrag signed\n%%EOF\n",
        )
    ],
)

_umzug = m(
    "ba11",
    "2026-01-27 11:05",
    "Umzüge Obermaier <angebot@umzuege-obermaier.example>",
    "Ihr Angebot für den Umzug am 14.02.2026",
    N(),
    text="""Sehr geehrter Herr Vogl,

vielen Dank für Ihre Anfrage. Gern unterbreiten wir Ihnen folgendes Angebot:

Umzug von Tegernseer Landstraße 161, 81539 München (3. OG, kein Aufzug)
nach Bahnhofstraße 27a, 82152 Planegg (1. OG, Aufzug)
ca. 14 m³, 2 Möbelpacker + 7,5-t-LKW, inkl. Halteverbotszone München

Festpreis: 890,00 EUR inkl. MwSt.

Das Angebot ist bis zum 06.02.2026 gültig. Zur Auftragsbestätigung genügt eine kurze E-Mail.

Mit freundlichen Grüßen
Umzüge Obermaier GmbH""",
)

_wg1 = m(
    "ba12",
    "2026-01-30 18:22",
    "WG-Gesucht.de <noreply@wg-gesucht.de>",
    "Neue Nachricht von Lea: „Bewerbung für dein Zimmer in Giesing“",
    N(),
    text="""Hallo Korbinian,

du hast eine neue Nachricht zu deinem Angebot „14 m² Zimmer in netter 3er-WG, Giesing, ab 15.02.“:

"Hallo ihr drei! Ich bin Lea, 26, Pflegefachfrau am Klinikum Harlaching und suche ab Februar ein
Zimmer in Laufweite zur Arbeit. Ich koche gern, mag Brettspiele und bin eher ruhig unter der
Woche, weil ich Schicht arbeite. Ich würde mich sehr freuen, euch kennenzulernen! Liebe Grüße, Lea"

Nachricht beantworten: https://www.wg-gesucht.de/nachrichten.html

Dein WG-Gesucht Team""",
)

_wg2 = m(
    "ba13",
    "2026-02-02 09:47",
    "WG-Gesucht.de <noreply@wg-gesucht.de>",
    "Neue Nachricht von Jakob: „Room in Giesing“",
    N("en"),
    text="""Hi Korbinian,

you have a new message about your offer "14 m² Zimmer in netter 3er-WG, Giesing, ab 15.02.":

"Hi! I'm Jakob, 24, from Vienna, starting a PhD at TUM in March. My German is okay but my
Bavarian isn't ;) Would love to come by for a viewing any evening this week. Cheers, Jakob"

Reply: https://www.wg-gesucht.de/nachrichten.html

Your WG-Gesucht team""",
)

_simon1 = m(
    "ba14",
    "2026-02-04 22:10",
    "Simon Reisinger <simon.reisinger@posteo.de>",
    "Nachmieter-Casting Donnerstag",
    N(),
    text="""Servus zusammen,

für Donnerstag hab ich jetzt vier Leute eingeladen (Lea, Jakob, Mira und der Typ mit dem
Kontrabass). Je 20 Minuten ab 19 Uhr. Korbi, du machst als Scheidender bitte die Führung,
Franzi und ich machen dann das "Vorstellungsgespräch" 😄 – aber bitte diesmal keine Fragen zu
Stärken und Schwächen.

Bier ist kalt gestellt.
Simon""",
    to="Korbinian Vogl <korbinian.vogl@gmx.de>, Franziska Hupfauf <franzi.hupfauf@gmail.com>",
)

_st4 = m(
    "ba15",
    "2026-02-13 16:40",
    "Gertraud Straßer <g.strasser@huber-strasser-immobilien.example>",
    "Übergabe morgen",
    N(),
    text="""Hallo Herr Vogl,

kurz zur Bestätigung: Wohnungsübergabe morgen, Samstag, um 9 Uhr vor Ort. Bitte denken Sie an
den Nachweis über die Mietkaution. Die Schlüssel (3x Wohnung, 2x Briefkasten, 1x Keller) bringe
ich mit.

Gruß
G. Straßer

Von meinem iPhone gesendet""",
)

_st5 = m(
    "ba16",
    "2026-02-16 12:05",
    "Gertraud Straßer <g.strasser@huber-strasser-immobilien.example>",
    "Übergabeprotokoll Bahnhofstraße 27a",
    N(),
    text="""Sehr geehrter Herr Vogl,

anbei das unterschriebene Übergabeprotokoll vom 14.02.2026 mit den Zählerständen und die
Wohnungsgeberbestätigung für das Einwohnermeldeamt.

Viel Freude in der neuen Wohnung!
Gertraud Straßer""",
    attach=[
        (
            "Uebergabeprotokoll_Vogl.pdf",
            "application/pdf",
            "%PDF-1.4\n% Uebergabeprotokoll\n%%EOF\n",
        ),
        (
            "Wohnungsgeberbestaetigung.pdf",
            "application/pdf",
            "%PDF-1.4\n% Wohnungsgeberbestaetigung\n%%EOF\n",
        ),
    ],
)

_simon2 = m(
    "ba17",
    "2026-01-08 19:30",
    "Simon Reisinger <simon.reisinger@posteo.de>",
    "Nebenkostenabrechnung 2025",
    N(),
    text="""Hi ihr zwei,

die Nebenkostenabrechnung vom Vermieter ist da: Wir kriegen 186 € zurück, macht 62 € pro Nase.
Überweise ich euch diese Woche.

Korbi, wegen deinem Auszug: Sag mir bitte bis Ende Januar verbindlich, ob der 15.02. steht, dann
kümmere ich mich um die Untermieterlaubnis für den Nachmieter.

Simon""",
    to="Korbinian Vogl <korbinian.vogl@gmx.de>, Franziska Hupfauf <franzi.hupfauf@gmail.com>",
)

# --- SV Isarauen, volleyball ----------------------------------------------------------------

_sv1 = m(
    "bb01",
    "2025-09-03 21:15",
    "SV Isarauen – Volleyball <volleyball@sv-isarauen.example>",
    "Trainingszeiten Wintersaison 2025/26",
    N(),
    text="""Servus Volleyballer,

ab dem 15. September gelten die Hallenzeiten der Wintersaison:

Herren 1: Di + Do 20:00–22:00, Turnhalle Gymnasium Giesing
Mixed Hobby: Mi 19:00–20:30, Halle Säbener Straße

Beachtraining entfällt bis April. Bitte tragt euch in die Anwesenheitsliste in der App ein.

Sportliche Grüße
Michi (Abteilungsleitung)""",
)

_sv2 = m(
    "bb02",
    "2025-10-08 18:00",
    "SV Isarauen München e.V. <vorstand@sv-isarauen.example>",
    "Einladung zur ordentlichen Mitgliederversammlung am 24.10.2025",
    N(),
    text="""Liebe Mitglieder,

hiermit laden wir satzungsgemäß zur ordentlichen Mitgliederversammlung ein:

Freitag, 24.10.2025, 19:30 Uhr, Vereinsheim, Schönstraße 50

Tagesordnung:
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Berichte des Vorstands und der Abteilungen
3. Kassenbericht, Entlastung
4. Neuwahl des Vorstands
5. Beitragsanpassung 2026
6. Verschiedenes

Anträge bitte bis 17.10. schriftlich an den Vorstand.

Der Vorstand""",
    ics=ics(
        "mv-2025@sv-isarauen.example",
        "2025-10-24 19:30",
        "Mitgliederversammlung SV Isarauen",
        ("SV Isarauen Vorstand", "vorstand@sv-isarauen.example"),
        minutes=150,
        location="Vereinsheim, Schönstraße 50, München",
    ),
)

_sv3 = m(
    "bb03",
    "2025-11-19 20:02",
    "SV Isarauen München e.V. <kasse@sv-isarauen.example>",
    "Beitragseinzug 2026 – Vorabinformation (Pre-Notification)",
    N(),
    text="""Lieber Korbinian,

wir ziehen den Mitgliedsbeitrag 2026 (neu: 168,00 EUR, Beschluss der MV vom 24.10.) am
02.01.2026 per SEPA-Lastschrift ein.

Gläubiger-ID: DE44ZZZ00000918273, Mandatsreferenz: SVI-0731

Sportliche Grüße
Die Kassenwartin""",
)

_sv4 = m(
    "bb04",
    "2025-12-03 13:30",
    "Michael Zehentner <michi.zehentner@gmx.de>",
    "Weihnachtsfeier am 13.12. – bitte anmelden!",
    N(),
    text="""Servus Leute,

Weihnachtsfeier der Volleyballabteilung am Samstag, 13.12., ab 18 Uhr im Vereinsheim. Wichteln
(max. 10 €) und Tombola wie immer. Bitte bis Sonntag in der Umfrage eintragen:
https://nuudel.digitalcourage.de/sv-isarauen-weihnachten

Michi""",
)

_sv5 = m(
    "bb05",
    "2026-01-14 21:45",
    "SV Isarauen – Volleyball <volleyball@sv-isarauen.example>",
    "Hallenturnier am 8. Februar – Teams gesucht",
    N(),
    text="""Servus,

unser Mixed-Hallenturnier findet am Sonntag, 8. Februar, statt. Wir brauchen noch zwei Teams
und Helfer für den Kuchenstand. Meldet euch bei mir!

Michi""",
)

_sv6 = m(
    "bb06",
    "2026-02-09 19:12",
    "SV Isarauen – Volleyball <volleyball@sv-isarauen.example>",
    "Spielplan Rückrunde + Fahrgemeinschaften",
    N(),
    text="""Servus Herren 1,

anbei der Spielplan für die Rückrunde der Bezirksliga. Auswärts in Freising und Erding brauchen
wir Fahrgemeinschaften – bitte in der Tabelle eintragen.

Korbi: Gilt das noch, dass du nach dem Umzug weiter bei uns spielst? 🙏

Michi""",
    attach=[("Spielplan_Rueckrunde_2026.pdf", "application/pdf", "%PDF-1.4\n% Spielplan\n%%EOF\n")],
)

# --- Doctors ----------------------------------------------------------------------------------

_doc1 = m(
    "bc01",
    "2025-09-16 19:04",
    "Doctolib <no-reply@doctolib.de>",
    "Ihr Termin bei Dr. med. Anna Wenninger ist bestätigt",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian Vogl,</p>
<p>Ihr Termin ist bestätigt:</p>
<p><b>Mittwoch, 24. September 2025 um 08:15</b><br>Dr. med. Anna Wenninger – Fachärztin für Allgemeinmedizin<br>
Tegernseer Landstraße 88, 81539 München</p>
<p>Art des Termins: Vorsorgeuntersuchung (Check-up)</p>
<p>Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig ab.</p>
<p><a href="https://www.doctolib.de/appointments">Termin verwalten</a></p>
</body></html>""",
    ics=ics(
        "doctolib-appt-3391027741@doctolib.de",
        "2025-09-24 08:15",
        "Termin bei Dr. med. Anna Wenninger",
        ("Doctolib", "no-reply@doctolib.de"),
        minutes=20,
        location="Tegernseer Landstraße 88, 81539 München",
    ),
)

_doc2 = m(
    "bc02",
    "2025-09-23 08:15",
    "Doctolib <no-reply@doctolib.de>",
    "Erinnerung: Ihr Termin morgen um 08:15",
    N(),
    text="""Hallo Korbinian Vogl,

wir erinnern Sie an Ihren Termin morgen, Mittwoch, 24.09.2025, um 08:15 bei Dr. med. Anna
Wenninger. Bitte kommen Sie nüchtern (Blutabnahme).

Termin verwalten: https://www.doctolib.de/appointments

Ihr Doctolib-Team""",
)

_zahn1 = m(
    "bc03",
    "2025-11-06 12:44",
    "Zahnarztpraxis Dr. Haslinger <praxis@zahnarzt-haslinger.example>",
    "Ihr Termin zur professionellen Zahnreinigung",
    N(),
    text="""Sehr geehrter Herr Vogl,

wir bestätigen Ihren Termin zur professionellen Zahnreinigung am Donnerstag, 20.11.2025, um
17:00 Uhr. Den Termin finden Sie auch als Kalendereintrag im Anhang.

Ihr Praxisteam Dr. Haslinger
Silberhornstraße 4, 81541 München""",
    ics=ics(
        "pzr-vogl-20251120@zahnarzt-haslinger.example",
        "2025-11-20 17:00",
        "PZR Zahnarztpraxis Dr. Haslinger",
        ("Praxis Dr. Haslinger", "praxis@zahnarzt-haslinger.example"),
        minutes=60,
        style="outlook",
        location="Silberhornstraße 4, 81541 München",
    ),
)

_zahn2 = m(
    "bc04",
    "2025-11-18 08:30",
    "Zahnarztpraxis Dr. Haslinger <praxis@zahnarzt-haslinger.example>",
    "Terminverschiebung: PZR am 27.11.2025",
    N(),
    text="""Sehr geehrter Herr Vogl,

leider ist unsere Prophylaxe-Assistentin am 20.11. verhindert. Wir haben Ihren Termin daher auf
Donnerstag, 27.11.2025, 17:30 Uhr verschoben. Sollte Ihnen das nicht passen, rufen Sie uns bitte
an: 089 651 22 73.

Ihr Praxisteam Dr. Haslinger""",
    ics=ics(
        "pzr-vogl-20251120@zahnarzt-haslinger.example",
        "2025-11-27 17:30",
        "PZR Zahnarztpraxis Dr. Haslinger",
        ("Praxis Dr. Haslinger", "praxis@zahnarzt-haslinger.example"),
        minutes=60,
        style="outlook",
        sequence=1,
        location="Silberhornstraße 4, 81541 München",
    ),
)

_physio = m(
    "bc05",
    "2026-01-13 18:20",
    "Doctolib <no-reply@doctolib.de>",
    "Ihre Termine bei Physiotherapie am Harras sind bestätigt",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Korbinian Vogl,</p>
<p>Ihre Termine sind bestätigt (Krankengymnastik, 6x):</p>
<ul><li>Di, 20.01.2026, 18:00</li><li>Fr, 23.01.2026, 07:30</li><li>Di, 27.01.2026, 18:00</li><li>… und 3 weitere</li></ul>
<p>Physiotherapie am Harras · Plinganserstraße 6, 81369 München</p>
<p>Bitte bringen Sie die ärztliche Verordnung und ein Handtuch mit.</p>
</body></html>""",
    ics=ics(
        "doctolib-appt-3519902214@doctolib.de",
        "2026-01-20 18:00",
        "Physiotherapie am Harras",
        ("Doctolib", "no-reply@doctolib.de"),
        minutes=30,
        location="Plinganserstraße 6, 81369 München",
    ),
)

_doc3 = m(
    "bc06",
    "2026-02-19 10:10",
    "Praxis Dr. Wenninger <praxis@allgemeinmedizin-wenninger.example>",
    "Erinnerung: Auffrischimpfung Tetanus/Diphtherie",
    N(),
    text="""Sehr geehrter Herr Vogl,

laut unseren Unterlagen ist Ihre Auffrischimpfung gegen Tetanus und Diphtherie fällig. Bitte
vereinbaren Sie einen Termin über Doctolib oder telefonisch.

Übrigens: Wenn Sie umziehen, nehmen wir Sie gern weiterhin als Patienten – oder wir schicken
Ihre Unterlagen an Ihre neue Praxis.

Ihr Praxisteam""",
)

# --- Friends ----------------------------------------------------------------------------------

_vroni1 = m(
    "bd01",
    "2025-09-05 18:41",
    "Veronika Steiner <veronika.steiner@web.de>",
    "Neuer Job ab Oktober!! 🎉",
    N(),
    text="""Hey Korbi,

ich muss es dir einfach schreiben: Ich hab die Zusage von Brenner Logistik! Projektleiterin
Kontraktlogistik, ab 1. Oktober, unbefristet und 9k mehr als jetzt. Das dritte
Vorstellungsgespräch war echt hart (Case Study mit dem Bereichsleiter…), aber hat sich gelohnt.

Ausstand bei mir im Büro am 26.9., aber danach feiern wir richtig – Samstag 27.9. auf der Wiesn?
Basti organisiert einen Tisch.

Drück dich
Vroni""",
)

_basti1 = m(
    "bd02",
    "2025-09-16 12:19",
    "Sebastian Hörmann <sebastian.hoermann@outlook.de>",
    "Wiesn-Tisch Samstag 27.9. 🍺",
    N(),
    text="""Servus Leid,

Tisch ist fix: Samstag 27.9., 12 Uhr, Augustiner-Festhalle, Boxe 14, 10 Leute. Pro Kopf 2
Maß + halbes Hendl Verzehrgutschein = 52 €. Bitte bis Freitag an mich überweisen, PayPal geht
auch.

Vroni feiert ihren neuen Job, also Tracht ist Pflicht!

Basti""",
    to="Korbinian Vogl <korbinian.vogl@gmx.de>, Veronika Steiner <veronika.steiner@web.de>, Lisa Moosbauer <lisa.moosbauer@gmail.com>",
)

_basti2 = m(
    "bd03",
    "2025-10-12 21:58",
    "Sebastian Hörmann <sebastian.hoermann@outlook.de>",
    "schon wieder ne Absage...",
    N(),
    text="""Hey Korbi,

muss mich kurz auskotzen: Die Absage von dem Kältetechnik-Laden in Ismaning ist heute gekommen.
Zwei Vorstellungsgespräche, Probearbeitstag, und dann "wir haben uns für einen Kandidaten mit
mehr Erfahrung in der Serienkonstruktion entschieden". Das ist jetzt die vierte Absage seit dem
Sommer.

Wie läuft's eigentlich bei dir? Hattest du nicht letzte Woche auch irgendwas mit Teams?

Bier am Donnerstag?
Basti""",
)

_lisa = m(
    "bd04",
    "2025-11-08 10:33",
    "Lisa Moosbauer <lisa.moosbauer@gmail.com>",
    "Frage wegen Vorstellungsgespräch",
    N(),
    text="""Hi Korbi,

kurze Frage an den Experten 😅: Ich hab am Dienstag ein Vorstellungsgespräch als
Qualitätsingenieurin bei einem Zulieferer in Dachau, und die wollen, dass ich was zu
Prüfplanung und Messsystemanalyse erzähle. Hast du eine Viertelstunde, um mit mir drüberzugehen?
Ich lad dich auf einen Kaffee ein!

Lisa""",
)

_lisa_re = m(
    "bd05",
    "2025-11-08 11:02",
    ME,
    "Re: Frage wegen Vorstellungsgespräch",
    N(),
    text="""Klar! Sonntag Nachmittag im Café Schmalznudel? Bring die Stellenanzeige mit, dann gehen wir
die typischen Fragen durch (Gage R&R, MSA Verfahren 1/2/3, FMEA).

Korbi

Am Sa., 8. Nov. 2025 um 10:33 schrieb Lisa Moosbauer <lisa.moosbauer@gmail.com>:
> Hi Korbi,
>
> kurze Frage an den Experten 😅: Ich hab am Dienstag ein Vorstellungsgespräch als
> Qualitätsingenieurin bei einem Zulieferer in Dachau ...""",
    to="Lisa Moosbauer <lisa.moosbauer@gmail.com>",
    **thread(_lisa),
)

_chris = m(
    "bd06",
    "2025-10-30 19:40",
    "Chris Whitfield <chris.whitfield@fastmail.com>",
    "News from Bristol",
    N("en"),
    text="""Hey Korbinian,

long time no hear! Quick update from my side: I finally left the consultancy and started at an
aerospace supplier here in Bristol in September – wing-box fatigue testing, so basically your job
in English. The interview process was mad: five rounds, a presentation and a "values interview"
with someone from HR who asked me what animal I would be.

How are things in Munich? Still at the engineering services firm? Come visit in spring, the
cider is on me.

Cheers,
Chris""",
)

_stamm = m(
    "bd07",
    "2025-11-30 17:15",
    "Veronika Steiner <veronika.steiner@web.de>",
    "Stammtisch Dezember – Augustiner oder Giesinger?",
    N(),
    text="""Hallo ihr Lieben,

Stammtisch im Dezember: Freitag 12.12.? Abstimmung: Augustiner Keller oder Giesinger Bräustüberl?
Ich wär für Giesinger, da kann Korbi heimlaufen 😄

Vroni""",
    to="Korbinian Vogl <korbinian.vogl@gmx.de>, Sebastian Hörmann <sebastian.hoermann@outlook.de>, Lisa Moosbauer <lisa.moosbauer@gmail.com>",
)

_vroni2 = m(
    "bd08",
    "2025-12-20 11:02",
    "Veronika Steiner <veronika.steiner@web.de>",
    "Weihnachtsmarkt Montag?",
    N(),
    text="""Korbi, bevor du nach Passau fährst: Glühwein am Montag am Chinesischen Turm? 18 Uhr?
Lisa kommt auch, sie hat übrigens die Stelle in Dachau bekommen! Dein Crashkurs hat gewirkt 😉

Vroni""",
)

_basti3 = m(
    "bd09",
    "2026-01-16 22:47",
    "Sebastian Hörmann <sebastian.hoermann@outlook.de>",
    "Re: Neuigkeiten",
    N(),
    text="""WAAAS! Glückwunsch zur Zusage, Alter!!! 🎉 Medizintechnik, wer hätte das gedacht. Und dann
gleich noch die Wohnung in Planegg, du machst ja Nägel mit Köpfen.

Das wird gefeiert. Und ich brauch jetzt echt deine Tipps, bei mir steht nächste Woche das
zweite Gespräch in Lindau an.

Basti

Am 16.01.2026 um 21:30 schrieb Korbinian Vogl:
> Servus Basti, kurze Neuigkeiten: Ich hab heute zugesagt! Ab Mai bin ich Prüfingenieur in
> Martinsried. Erzähl ich dir am Wochenende genauer.""",
)

_basti4 = m(
    "bd10",
    "2026-02-06 17:30",
    "Sebastian Hörmann <sebastian.hoermann@outlook.de>",
    "ICH HAB DEN JOB",
    N(),
    text="""Korbi!!!

Lindau hat angerufen: Sie wollen mich! Konstrukteur Wärmepumpen, ab April. Der Vertrag kommt
nächste Woche. Nach fünf Absagen endlich. Danke fürs Zuhören die letzten Monate.

Umzug an den Bodensee, ich glaub's selber nicht. Samstag helf ich dir beim Umzug und danach
stoßen wir an.

Basti""",
)

_vroni3 = m(
    "bd11",
    "2026-02-21 14:05",
    "Veronika Steiner <veronika.steiner@web.de>",
    "Einweihungsparty?",
    N(),
    text="""Na, Herr Planegger? 😄 Wann ist die Einweihungsparty? Ich bring Brot und Salz mit, wie es
sich gehört. 7. März würde bei mir gehen.

Vroni""",
)

# --- Family -----------------------------------------------------------------------------------

_mama1 = m(
    "be01",
    "2025-09-14 16:22",
    "Maria Vogl <maria.vogl@t-online.de>",
    "Papas Geburtstag",
    N(),
    text="""Hallo Korbinian,

denkst du an Papas 65. am 4. Oktober? Wir feiern im Gasthaus in Tiefenbach, 12 Uhr. Die
Theresa kommt mit den Kindern. Schlafen kannst du bei uns.

Bring bitte keine Geschenke, der Papa sagt, er hat alles. Außer vielleicht einen neuen
Rasenmäher.

Liebe Grüße
Mama""",
)

_mama2 = m(
    "be02",
    "2025-10-26 10:05",
    "Maria Vogl <maria.vogl@t-online.de>",
    "Allerheiligen",
    N(),
    text="""Hallo Korbinian,

kommst du an Allerheiligen zum Grab von der Oma? Wir gehen nach der Messe um 14 Uhr hin.

Und wie war das Gespräch bei der Firma mit den Fahrwerken? Du erzählst ja nie was.

Mama

(Heute Nacht ist die Uhr umgestellt worden, nicht vergessen!)""",
)

_mama3 = m(
    "be03",
    "2025-12-18 19:44",
    "Maria Vogl <maria.vogl@t-online.de>",
    "Weihnachten",
    N(),
    text="""Hallo Korbinian,

wann kommt dein Zug am 23. an? Der Papa holt dich am Bahnhof ab. Am 24. ist um 16 Uhr die
Kindermette, danach Bescherung wie immer.

Liebe Grüße, auch von Papa
Mama""",
)

_mama4 = m(
    "be04",
    "2026-01-18 09:12",
    "Maria Vogl <maria.vogl@t-online.de>",
    "Re: Neue Stelle",
    N(),
    text="""Mei Korbinian, da freu ich mich so für dich!!! Medizintechnik klingt sehr gut, und eine eigene
Wohnung endlich auch. Der Papa sagt, er hilft dir beim Umzug mit dem Anhänger.

Hast du bei der alten Firma schon gekündigt? Sind die nicht böse?

Bussi
Mama""",
)

_theresa1 = m(
    "be05",
    "2026-02-06 20:12",
    "Theresa Vogl-Ranzinger <theresa.ranzinger@posteo.de>",
    "Umzug am 14.?",
    N(),
    text="""Hi Brüderchen,

Max kann am 14. den Sprinter von seiner Firma haben, dann brauchst du die Umzugsfirma
eigentlich nur noch für die Waschmaschine und die Couch. Wir wären um 8 Uhr in Giesing.

Und: Glückwunsch nochmal zum neuen Job, Mama hat's im ganzen Dorf rumerzählt 🙈

Theresa""",
)

_mama5 = m(
    "be06",
    "2026-02-22 18:30",
    "Maria Vogl <maria.vogl@t-online.de>",
    "Fotos vom Umzug",
    N(),
    text="""Hallo Korbinian,

anbei die Fotos vom Samstag. Die Wohnung ist wirklich schön hell. Vergiss nicht, dich
umzumelden!

Mama""",
    attach=[
        ("IMG_20260214_1032.jpg", "image/jpeg", "JFIF placeholder"),
        ("IMG_20260214_1547.jpg", "image/jpeg", "JFIF placeholder"),
    ],
)

# --- Other private mail -------------------------------------------------------------------------

_tickets = m(
    "bf01",
    "2025-09-25 12:48",
    "Ticketalm <tickets@ticketalm.example>",
    "Ihre Tickets: LaBrassBanda – Winter-Tollwood",
    N(),
    text="""Hallo Korbinian Vogl,

vielen Dank für Ihre Bestellung!

LaBrassBanda – Winter-Tollwood, Theresienwiese
Samstag, 13.12.2025, Einlass 19:00 Uhr
2 x Stehplatz à 49,90 EUR

Ihre E-Tickets finden Sie im Anhang. Bitte drucken Sie sie aus oder zeigen Sie sie am Einlass auf
dem Smartphone vor.

Ihr Ticketalm-Team""",
    attach=[("Tickets_LaBrassBanda.pdf", "application/pdf", "%PDF-1.4\n% E-Tickets\n%%EOF\n")],
)

_hochzeit = m(
    "bf02",
    "2025-10-03 15:00",
    "Kathi & Florian <kathi.florian.2026@gmail.com>",
    "Einladung zu unserer Hochzeit 💍",
    N(),
    html="""<html><body style="font-family:Georgia,serif;text-align:center;font-size:16px">
<h1 style="font-weight:normal">Kathi &amp; Florian</h1>
<p>Wir trauen uns – und möchten diesen Tag mit euch feiern!</p>
<p><b>Samstag, 13. Juni 2026</b><br>Kirchliche Trauung um 13 Uhr in St. Anna, Tiefenbach<br>Anschließend Feier im Landgasthof Sonnenhof</p>
<p>Bitte gebt uns bis zum 15. Januar Bescheid, ob ihr kommt: <a href="https://www.kathiundflo.example/rsvp">Zu- oder Absage</a></p>
<p>Wir freuen uns auf euch!</p>
</body></html>""",
)

_hochzeit2 = m(
    "bf03",
    "2026-01-10 10:00",
    "Kathi & Florian <kathi.florian.2026@gmail.com>",
    "Kleine Erinnerung: Zu- oder Absage bis 15.1. 😊",
    N(),
    text="""Hallo ihr Lieben,

einige von euch haben uns noch nicht geantwortet, ob ihr zur Hochzeit am 13. Juni kommt. Bitte
gebt uns bis 15. Januar eine Zu- oder Absage, damit wir mit dem Wirt planen können.

https://www.kathiundflo.example/rsvp

Kathi & Flo""",
)

_ski = m(
    "bf04",
    "2025-12-27 20:40",
    "Franziska Hupfauf <franzi.hupfauf@gmail.com>",
    "Skitour Samstag? Lawinenlage sieht gut aus",
    N(),
    text="""Hi Korbi,

Samstag Skitour aufs Brecherspitz? Lawinenwarnstufe 2, Neuschnee oben 20 cm. Treffpunkt 6:30 am
Giesinger Bahnhof, ich fahr.

LVS, Schaufel, Sonde nicht vergessen!
Franzi""",
)

_gym = m(
    "bf05",
    "2026-01-29 09:22",
    "FitWerk Giesing <service@fitwerk-giesing.example>",
    "Bestätigung Ihrer Kündigung",
    N(),
    text="""Sehr geehrter Herr Vogl,

hiermit bestätigen wir den Eingang Ihrer Kündigung vom 28.01.2026. Ihre Mitgliedschaft
(Vertragsnummer FW-20913) endet fristgerecht zum 30.04.2026. Bis dahin können Sie alle
Leistungen wie gewohnt nutzen.

Schade, dass Sie uns verlassen! Als Dankeschön: Falls Sie es sich anders überlegen, schenken wir
Ihnen bei Verlängerung bis zum 31.03. einen Monat gratis.

Sportliche Grüße
Ihr FitWerk-Team""",
)

_wg_haus = m(
    "bf06",
    "2025-11-24 08:00",
    "Hausverwaltung Kranzberger <info@hv-kranzberger.example>",
    "Ablesung der Heizkostenverteiler am 03.12.2025",
    N(),
    text="""Sehr geehrte Bewohnerinnen und Bewohner der Tegernseer Landstraße 161,

am Mittwoch, 03.12.2025, zwischen 8 und 12 Uhr werden die Heizkostenverteiler abgelesen. Bitte
ermöglichen Sie den Zugang zu allen Räumen oder hinterlassen Sie eine Vollmacht bei Ihren
Nachbarn.

Mit freundlichen Grüßen
Hausverwaltung Kranzberger""",
    to="Mieter Tegernseer Landstraße 161 <tl161@hv-kranzberger.example>",
)


_mama6 = m(
    "be07",
    "2025-11-23 18:05",
    "Maria Vogl <maria.vogl@t-online.de>",
    "Plätzchen",
    N(),
    text="""Hallo Korbinian,

ich back am Samstag Vanillekipferl und Spitzbuben. Soll ich dir ein Packerl schicken oder holst
du sie an Weihnachten?

Die Tante Rosi fragt, ob du jetzt eine neue Arbeit hast. Ich hab gesagt, du erzählst es ihr
selber.

Mama""",
)

_sv7 = m(
    "bb07",
    "2025-10-30 16:48",
    "SV Isarauen – Volleyball <volleyball@sv-isarauen.example>",
    "Training heute fällt aus – Halle gesperrt",
    N(),
    text="""Servus,

kurzfristig: Die Halle am Gymnasium Giesing ist heute wegen eines Wasserschadens gesperrt, das
Training fällt aus. Dienstag geht's normal weiter.

Michi""",
)

_physio2 = m(
    "bc07",
    "2026-01-26 18:00",
    "Doctolib <no-reply@doctolib.de>",
    "Erinnerung: Physiotherapie morgen um 18:00",
    N(),
    text="""Hallo Korbinian Vogl,

wir erinnern Sie an Ihren Termin morgen, Dienstag, 27.01.2026, um 18:00 bei Physiotherapie am
Harras.

Termin verwalten: https://www.doctolib.de/appointments

Ihr Doctolib-Team""",
)

_chris2 = m(
    "bd12",
    "2026-01-31 10:12",
    "Chris Whitfield <chris.whitfield@fastmail.com>",
    "Re: News from Munich",
    N("en"),
    text="""Mate, that's brilliant news – congrats on the new job and the flat! Medical devices suits you,
you were always the one who read the standards for fun.

Easter in Munich then? I still owe you a Maß from 2019.

Chris

On Fri, 30 Jan 2026 at 21:40, Korbinian Vogl <korbinian.vogl@gmx.de> wrote:
> Hi Chris, sorry for the slow reply – lots going on: new job from May (test engineer at a
> medtech company near Munich) and I'm moving out of the WG in February. ...""",
)


MAIL = [
    _is1,
    _hv1,
    _hv2,
    _is2,
    _is3,
    _st1,
    _st2,
    _st3,
    _st_ds1,
    _st_ds2,
    _umzug,
    _wg1,
    _wg2,
    _simon1,
    _st4,
    _st5,
    _simon2,
    _sv1,
    _sv2,
    _sv3,
    _sv4,
    _sv5,
    _sv6,
    _doc1,
    _doc2,
    _zahn1,
    _zahn2,
    _physio,
    _doc3,
    _vroni1,
    _basti1,
    _basti2,
    _lisa,
    _lisa_re,
    _chris,
    _stamm,
    _vroni2,
    _basti3,
    _basti4,
    _vroni3,
    _mama1,
    _mama2,
    _mama3,
    _mama4,
    _theresa1,
    _mama5,
    _tickets,
    _hochzeit,
    _hochzeit2,
    _ski,
    _gym,
    _wg_haus,
    _mama6,
    _sv7,
    _physio2,
    _chris2,
]
