"""Ordinary mail of the tenth held-out corpus, with look-alikes (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST = "+0100", "+0200"

MAIL: list[dict[str, Any]] = []

MUTTER = "Gabi Brunner <gabi.brunner@t-online.de>"
JULIA = "Julia Brunner <julia.brunner@posteo.de>"
RETO = "Reto Baumann <reto.baumann@gmx.ch>"
SINA = "Sina Kunz <sina.kunz@protonmail.com>"

MAIL += [
    # --- look-alikes: flat applications -------------------------------------------------------
    m(
        "10301",
        "2025-02-09 20:14",
        "Flatfox <noreply@flatfox.ch>",
        "Ihre Bewerbung für 3.5-Zimmer-Wohnung, Zurlindenstrasse 118, 8003 Zürich",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihre Bewerbung für folgendes Objekt wurde an die Verwaltung übermittelt:

3.5-Zimmer-Wohnung, 2. OG
Zurlindenstrasse 118, 8003 Zürich
Mietzins CHF 2'480.– inkl. NK, Bezug per 1. April 2025

Die Verwaltung (Limmat Immobilien Treuhand AG) wird sich bei Ihnen melden, falls Ihre
Bewerbung in die engere Auswahl kommt.

Ihr Flatfox-Team
""",
        tz=CET,
    ),
    m(
        "10302",
        "2025-02-12 11:30",
        "Limmat Immobilien Treuhand <vermietung@limmat-immo.ch>",
        "Besichtigung Zurlindenstrasse 118 – Einladung",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Gerne laden wir Sie zur Besichtigung der 3.5-Zimmer-Wohnung an der Zurlindenstrasse 118 ein:

Samstag, 15. Februar 2025, 10:15 – 10:30 Uhr

Bitte bringen Sie einen aktuellen Betreibungsregisterauszug sowie eine Kopie Ihres Ausweises
mit, falls Sie sich definitiv bewerben möchten.

Freundliche Grüsse
Vermietung – Limmat Immobilien Treuhand AG
""",
        ics={
            "style": "outlook",
            "start": "2025-02-15 10:15:00 +0100",
            "minutes": 15,
            "organizer": ("Vermietung Limmat Immobilien", "vermietung@limmat-immo.ch"),
            "uid": "040000008200E00074C5B7101A82E008-zurlinden118-1015",
            "summary": "Besichtigung Zurlindenstrasse 118, 2. OG",
            "location": "Zurlindenstrasse 118, 8003 Zürich",
        },
        tz=CET,
    ),
    m(
        "10303",
        "2025-02-24 16:50",
        "Limmat Immobilien Treuhand <vermietung@limmat-immo.ch>",
        "Ihre Mietbewerbung Zurlindenstrasse 118",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir danken Ihnen für Ihr Interesse an der Wohnung an der Zurlindenstrasse 118 und für Ihre
vollständigen Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere Mietinteressenten
entschieden hat. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen
Ihnen bei der Wohnungssuche viel Erfolg.

Freundliche Grüsse
Vermietung – Limmat Immobilien Treuhand AG
""",
        tz=CET,
    ),
    m(
        "10304",
        "2025-03-02 08:00",
        "Homegate <noreply@homegate.ch>",
        "7 neue Objekte für Ihren Suchauftrag «Zürich Kreis 3/4, 3–4 Zimmer»",
        ("not_job", "de"),
        text="""Guten Tag

Für Ihren Suchauftrag wurden 7 neue Objekte gefunden:

3.5 Zimmer · 78 m² · CHF 2'650.– · Birmensdorferstrasse, 8003 Zürich
4 Zimmer · 92 m² · CHF 3'120.– · Hohlstrasse, 8004 Zürich
3 Zimmer · 65 m² · CHF 2'190.– · Seebahnstrasse, 8003 Zürich
...

Alle anzeigen: https://www.homegate.ch/mieten/suchauftrag/5518372
""",
        tz=CET,
    ),
    m(
        "10305",
        "2025-03-08 13:12",
        "Flatfox <noreply@flatfox.ch>",
        "Ihre Bewerbung für 3.5-Zimmer-Wohnung, Idastrasse 21, 8003 Zürich",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihre Bewerbung für folgendes Objekt wurde an die Verwaltung übermittelt:

3.5-Zimmer-Wohnung, 4. OG mit Balkon
Idastrasse 21, 8003 Zürich
Mietzins CHF 2'390.– inkl. NK, Bezug per 1. Mai 2025

Ihr Flatfox-Team
""",
        tz=CET,
    ),
    m(
        "10306",
        "2025-03-19 10:02",
        "Beatrice Hürlimann <b.huerlimann@idapark-verwaltung.ch>",
        "Zusage Idastrasse 21 – Mietvertrag",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Es freut mich, Ihnen mitteilen zu können, dass die Eigentümerschaft Ihrer Bewerbung für die
3.5-Zimmer-Wohnung an der Idastrasse 21 zugestimmt hat. Herzliche Gratulation!

Den Mietvertrag erhalten Sie in Kürze elektronisch zur Unterschrift. Bitte überweisen Sie die
Mietkaution von drei Monatsmieten (CHF 7'170.–) auf ein Mietkautionskonto oder schliessen Sie
eine Mietkautionsversicherung ab.

Freundliche Grüsse
Beatrice Hürlimann
Idapark Verwaltungs AG
""",
        tz=CET,
    ),
    m(
        "10307",
        "2025-03-19 10:20",
        "Beatrice Hürlimann via DocuSign <dse@eu.docusign.net>",
        "Bitte mit DocuSign unterzeichnen: Mietvertrag Idastrasse 21, 4. OG",
        ("not_job", "de"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Beatrice Hürlimann hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=mietvertrag-ida21">DOKUMENT PRÜFEN</a></p>
<p>Guten Tag Herr Brunner, anbei der Mietvertrag zur Unterzeichnung. Freundliche Grüsse, B. Hürlimann</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10308",
        "2025-03-20 21:05",
        "DocuSign <dse@eu.docusign.net>",
        "Abgeschlossen: Mietvertrag Idastrasse 21, 4. OG",
        ("not_job", "de"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Alle Parteien haben das Dokument abgeschlossen.</p>
<p>Mietvertrag Idastrasse 21, 4. OG</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=mietvertrag-done">DOKUMENT ANZEIGEN</a></p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10309",
        "2025-03-21 09:40",
        "SwissCaution <service@swisscaution.ch>",
        "Ihr Antrag für eine Mietkautionsversicherung",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihren Antrag. Wir haben Ihren Antrag geprüft und freuen uns, Ihnen mitzuteilen,
dass er angenommen wurde. Ihr Zertifikat über CHF 7'170.– wurde direkt an die Idapark
Verwaltungs AG gesendet.

Jahresprämie: CHF 358.50

Freundliche Grüsse
SwissCaution
""",
        tz=CET,
    ),
    # --- look-alikes: credit, loan, permits, studies ---------------------------------------
    m(
        "10310",
        "2025-02-21 14:33",
        "Cembra Money Bank <noreply@cembra.ch>",
        "Ihr Kartenantrag ist bei uns eingegangen",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihren Antrag auf eine Cumulus-Mastercard. Wir prüfen Ihren Antrag und melden
uns innerhalb von 5 Arbeitstagen.

Antragsnummer: CMB-2025-8841273

Freundliche Grüsse
Cembra Money Bank AG
""",
        tz=CET,
    ),
    m(
        "10311",
        "2025-02-26 08:15",
        "Cembra Money Bank <noreply@cembra.ch>",
        "Gute Nachrichten: Ihr Antrag wurde bewilligt",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir freuen uns, Ihnen mitzuteilen, dass Ihr Kartenantrag bewilligt wurde. Ihre neue Karte ist
unterwegs und sollte in 5–7 Tagen bei Ihnen eintreffen. Den PIN erhalten Sie separat per Post.

Ihre Kreditlimite: CHF 5'000.–

Freundliche Grüsse
Cembra Money Bank AG
""",
        tz=CET,
    ),
    m(
        "10312",
        "2025-04-11 10:10",
        "Migrationsamt Kanton Zürich <noreply@sa.zh.ch>",
        "Eingangsbestätigung: Gesuch um Verlängerung der Aufenthaltsbewilligung B",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihr Gesuch um Verlängerung der Aufenthaltsbewilligung B (EU/EFTA) ist bei uns eingegangen.

Geschäftsnummer: MA-2025-044187

Die Bearbeitung dauert in der Regel 4 bis 8 Wochen. Bis zum Entscheid dürfen Sie sich weiterhin
in der Schweiz aufhalten und erwerbstätig sein.

Freundliche Grüsse
Sicherheitsdirektion Kanton Zürich
Migrationsamt
""",
    ),
    m(
        "10313",
        "2025-05-22 07:50",
        "Migrationsamt Kanton Zürich <noreply@sa.zh.ch>",
        "Ihr Gesuch MA-2025-044187 – Termin zur Erfassung biometrischer Daten",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihr Gesuch wurde bewilligt. Für die Ausstellung des neuen Ausländerausweises müssen wir Ihre
biometrischen Daten erfassen. Ihr Termin:

Dienstag, 3. Juni 2025, 08:40 Uhr
Migrationsamt, Berninastrasse 45, 8090 Zürich, Schalter B

Bitte bringen Sie Ihren Reisepass mit.

Freundliche Grüsse
Migrationsamt Kanton Zürich
""",
        ics={
            "style": "outlook",
            "start": "2025-06-03 08:40:00 +0200",
            "minutes": 20,
            "organizer": ("Migrationsamt Kanton Zürich", "noreply@sa.zh.ch"),
            "uid": "MA-2025-044187-biometrie@sa.zh.ch",
            "summary": "Biometrie-Termin Migrationsamt",
            "location": "Berninastrasse 45, 8090 Zürich",
        },
    ),
    m(
        "10314",
        "2025-02-14 16:02",
        "Universität Zürich – Weiterbildung <cas-datascience@uzh.ch>",
        "Ihre Bewerbung für den CAS Applied Data Science in Health",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihre Bewerbung für den CAS Applied Data Science in Health (Durchführung
Herbst 2025). Ihre Unterlagen sind vollständig.

Die Zulassungskommission tagt Ende März. Sie erhalten den Entscheid bis spätestens 11. April.

Freundliche Grüsse
Programmleitung CAS ADSH
Universität Zürich
""",
        tz=CET,
    ),
    m(
        "10315",
        "2025-04-04 11:45",
        "Universität Zürich – Weiterbildung <cas-datascience@uzh.ch>",
        "Zulassungsentscheid CAS Applied Data Science in Health",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir freuen uns, Ihnen mitzuteilen, dass Sie zum CAS Applied Data Science in Health zugelassen
sind. Bitte bestätigen Sie Ihre Teilnahme bis zum 30. April über das Anmeldeportal.

Die Kursgebühr von CHF 7'900.– wird mit der Teilnahmebestätigung fällig.

Freundliche Grüsse
Programmleitung CAS ADSH
""",
    ),
    m(
        "10316",
        "2025-05-02 10:00",
        "Universität Zürich – Weiterbildung <cas-datascience@uzh.ch>",
        "Re: Zulassungsentscheid CAS Applied Data Science in Health",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Besten Dank für Ihre Nachricht. Wir haben Ihre Zulassung wie gewünscht auf die Durchführung
Frühling 2026 verschoben.

Freundliche Grüsse
Programmleitung CAS ADSH
""",
        headers=reply("10315", "cas-datascience@uzh.ch"),
    ),
    m(
        "10317",
        "2025-03-27 18:22",
        "Swiss Python Summit <cfp@python-summit.ch>",
        "Your proposal has been accepted!",
        ("not_job", "en"),
        text="""Hi Lukas,

Congratulations! Your talk proposal "Forecasting electricity prices with gradient boosting -
what worked and what didn't" has been accepted for Swiss Python Summit 2025 (Rapperswil,
19 June).

Please confirm your participation by April 10 and upload your speaker bio and photo.

Thanks for submitting, and see you in Rapperswil!
The Program Committee
""",
        tz=CET,
    ),
    m(
        "10318",
        "2025-04-05 09:30",
        "Zürich Marathon Volunteers <volunteers@zurichmarathon.ch>",
        "Deine Helfer-Bewerbung ist eingegangen",
        ("not_job", "de"),
        text="""Hallo Lukas

Danke für deine Anmeldung als Helfer/in am Zürich Marathon vom 27. April! Wir haben dich für
den Verpflegungsposten km 25 (Tiefenbrunnen) eingeteilt. Schichtzeit: 08:30–13:00.

Dein Helfer-T-Shirt bekommst du beim Helferzelt auf der Landiwiese.

Sportliche Grüsse
Das Helferteam
""",
    ),
    m(
        "10319",
        "2025-03-05 19:00",
        "Ruderclub Wollishofen <vorstand@rcw-zuerich.ch>",
        "Aufnahmegesuch – Probetraining",
        ("not_job", "de"),
        text="""Hoi Lukas

Danke für dein Aufnahmegesuch. Bevor der Vorstand darüber entscheidet, laden wir dich gerne
zu zwei Probetrainings ein: Dienstag und Donnerstag, jeweils 18:30 beim Bootshaus.

Bitte Sportkleider und Ersatzkleider mitnehmen, man wird nass 😉

Rudergruss
Martin (Vorstand Mitglieder)
""",
        tz=CET,
    ),
    m(
        "10320",
        "2025-03-25 20:10",
        "Ruderclub Wollishofen <vorstand@rcw-zuerich.ch>",
        "Willkommen im RCW!",
        ("not_job", "de"),
        text="""Hoi Lukas

Der Vorstand hat dein Aufnahmegesuch an der gestrigen Sitzung gutgeheissen – willkommen im
Ruderclub Wollishofen! Die Rechnung für den Jahresbeitrag (CHF 420.–) und die Eintrittsgebühr
folgen separat.

Rudergruss
Martin
""",
        tz=CET,
    ),
    # --- look-alikes: interviews, offers, appointments, webinars -------------------------
    m(
        "10321",
        "2025-05-13 14:18",
        "Nora Beeler <nora@datagespraeche.ch>",
        "Interview für unseren Podcast «Datengespräche»?",
        ("not_job", "de"),
        text="""Hallo Lukas

Ich habe deinen Blogpost über Strompreisprognosen gelesen und fand ihn super. Ich produziere
den Podcast «Datengespräche» (ca. 4000 Hörer/innen pro Folge) und würde dich gerne für eine
Folge interviewen – ca. 45 Minuten, locker, auf Schweizerdeutsch.

Hättest du im Juni Zeit? Aufnahme wäre bei uns im Studio im Kreis 5 oder remote.

Liebe Grüsse
Nora
""",
    ),
    m(
        "10322",
        "2025-05-15 10:02",
        "Nora Beeler <nora@datagespraeche.ch>",
        "Einladung: Podcast-Aufnahme Datengespräche mit Lukas Brunner",
        ("not_job", "de"),
        text="""Mega, freut mich! Hier die Einladung für die Aufnahme. Ich schicke dir vorher noch die
Fragen, damit du dich nicht überrumpelt fühlst.

Nora
""",
        headers=reply("10321", "nora@datagespraeche.ch"),
        ics={
            "start": "2025-06-04 14:00:00 +0200",
            "minutes": 90,
            "organizer": ("Nora Beeler", "nora@datagespraeche.ch"),
            "uid": "datengespraeche-ep47-aufnahme@google.com",
            "summary": "Podcast-Aufnahme Datengespräche #47 – Lukas Brunner",
            "location": "Studio Kreis 5, Josefstrasse 92, 8005 Zürich",
        },
    ),
    m(
        "10323",
        "2025-06-23 12:40",
        "Redaktion Tsüri <redaktion@tsueri-mail.ch>",
        "Interviewanfrage: KI und Stromnetz",
        ("not_job", "de"),
        text="""Grüezi Herr Brunner

Ich schreibe für Tsüri.ch einen Artikel darüber, wie KI beim Ausbau des Zürcher Stromnetzes
eingesetzt wird. Ihr Vortrag am Swiss Python Summit wurde mir empfohlen. Hätten Sie diese Woche
20 Minuten Zeit für ein kurzes Telefoninterview? Sie erhalten die Zitate vor Publikation zur
Freigabe.

Freundliche Grüsse
Elias Frick
Redaktion Tsüri.ch
""",
    ),
    m(
        "10324",
        "2025-03-11 09:00",
        "Databricks <events@databricks.com>",
        "You're registered: Building Production RAG Pipelines (Webinar)",
        ("not_job", "en"),
        text="""Hi Lukas,

Thanks for registering! We look forward to seeing you.

Building Production RAG Pipelines on the Lakehouse
Thursday, March 20, 2025 | 11:00 AM CET | 60 minutes

Join link: https://events.databricks.com/webinar/rag-pipelines/join?reg=LB8841

Add to calendar using the attached invite.
""",
        ics={
            "start": "2025-03-20 11:00:00 +0100",
            "minutes": 60,
            "organizer": ("Databricks Events", "events@databricks.com"),
            "uid": "dbx-webinar-rag-20250320@databricks.com",
            "summary": "Webinar: Building Production RAG Pipelines",
            "location": "https://events.databricks.com/webinar/rag-pipelines/join",
        },
        tz=CET,
    ),
    m(
        "10325",
        "2025-05-26 16:00",
        "Zurich Machine Learning Meetup <info@meetup.com>",
        "New event: Evaluating LLM applications in production",
        ("not_job", "en"),
        text="""Zurich Machine Learning Meetup

New event: Evaluating LLM applications in production
Wednesday, June 18, 2025, 6:30 PM
Impact Hub Zürich - Viadukt, Viaduktstrasse 93

Talks: "Offline evals that predict online wins" (Sara Ammann), "Hiring your first ML
engineer: lessons from a startup" (Daniel Keller), followed by apéro.

RSVP: https://www.meetup.com/zurich-machine-learning/events/307718842/
""",
    ),
    m(
        "10326",
        "2025-02-25 12:05",
        "OneDoc <noreply@onedoc.ch>",
        "Terminbestätigung: Dr. med. dent. Ursina Tobler",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihr Termin ist bestätigt:

Dentalhygiene
Dr. med. dent. Ursina Tobler, Zahnarztpraxis am Idaplatz
Dienstag, 4. März 2025, 07:30

Bitte sagen Sie den Termin mindestens 24 Stunden im Voraus ab, falls Sie verhindert sind.
""",
        ics={
            "start": "2025-03-04 07:30:00 +0100",
            "minutes": 45,
            "organizer": ("Zahnarztpraxis am Idaplatz", "noreply@onedoc.ch"),
            "uid": "onedoc-appt-771823@onedoc.ch",
            "summary": "Dentalhygiene – Zahnarztpraxis am Idaplatz",
            "location": "Idaplatz 4, 8003 Zürich",
        },
        tz=CET,
    ),
    m(
        "10327",
        "2025-06-30 17:33",
        "Praxis Dr. Frei <praxis@hausarzt-wiedikon.ch>",
        "Ihr Termin am 8. Juli – Check-up",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir bestätigen Ihren Termin für den Check-up bei Dr. med. Thomas Frei am Dienstag, 8. Juli 2025
um 08:00 Uhr. Bitte kommen Sie nüchtern (Blutentnahme).

Freundliche Grüsse
Praxisteam Dr. Frei
""",
        ics={
            "style": "outlook",
            "start": "2025-07-08 08:00:00 +0200",
            "minutes": 30,
            "organizer": ("Praxis Dr. Frei", "praxis@hausarzt-wiedikon.ch"),
            "uid": "040000008200E00074C5B7101A82E008-frei-0708",
            "summary": "Check-up Dr. Frei",
            "location": "Schlossgasse 12, 8003 Zürich",
        },
    ),
    m(
        "10328",
        "2025-04-28 10:14",
        "Physio Sihlfeld <termine@physio-sihlfeld.ch>",
        "Terminverschiebung Physiotherapie",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Leider muss Ihre Therapeutin Frau Gerber den Termin vom Mittwoch, 30. April krankheitshalber
absagen. Wir haben Sie neu am Freitag, 2. Mai um 17:15 Uhr eingetragen. Falls das nicht passt,
rufen Sie uns bitte an: 044 555 62 10.

Freundliche Grüsse
Physiotherapie Sihlfeld
""",
    ),
    m(
        "10329",
        "2025-04-01 08:01",
        "Digitec <info@digitec.ch>",
        "Exklusives Angebot nur für dich: bis zu 40 % auf Monitore",
        ("not_job", "de"),
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Nur heute: Monitor-Tage</h2>
<p>Hoi Lukas, wir haben ein exklusives Angebot für dich. Bis zu 40 % Rabatt auf ausgewählte
Monitore von Dell, LG und Samsung.</p>
<p><a href="https://www.digitec.ch/de/campaign/monitor-tage">Zu den Angeboten</a></p>
<p style="font-size:11px">Digitec Galaxus AG, Pfingstweidstrasse 60b, 8005 Zürich · Abmelden</p>
</body></html>""",
    ),
    m(
        "10330",
        "2025-06-02 07:30",
        "Swisscom <news@swisscom.ch>",
        "Ihr persönliches Angebot: blue Mobile mit 6 Monaten 50 % Rabatt",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Als geschätzter Kunde erhalten Sie ein persönliches Angebot: Wechseln Sie jetzt auf blue Mobile
L und profitieren Sie 6 Monate lang von 50 % Rabatt. Das Angebot ist gültig bis 30. Juni 2025.

Angebot annehmen: https://www.swisscom.ch/de/privatkunden/angebot/bm-l-50

Freundliche Grüsse
Swisscom (Schweiz) AG
""",
    ),
    m(
        "10331",
        "2025-07-08 19:00",
        "Zalando <info@service-mail.zalando.ch>",
        "Dein Angebot wartet: 20 % auf Sommer-Essentials",
        ("not_job", "de"),
        text="""Hallo Lukas,

nur für kurze Zeit: 20 % Rabatt auf ausgewählte Sommer-Essentials. Code: SOMMER20

Jetzt shoppen: https://www.zalando.ch/sommer-essentials/

Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlin
""",
    ),
    m(
        "10332",
        "2025-05-03 10:45",
        "Ricardo <noreply@ricardo.ch>",
        "Sie haben ein Angebot erhalten: Garmin Forerunner 245",
        ("not_job", "de"),
        text="""Guten Tag lukas_zh

Ein Käufer hat Ihnen ein Preisangebot für Ihren Artikel gemacht:

Garmin Forerunner 245 Music, schwarz, inkl. Ladekabel
Angebot: CHF 95.–

Sie können das Angebot bis am 5. Mai annehmen oder ablehnen.
https://www.ricardo.ch/de/mein-ricardo/verkaufen/angebote/

Ihr Ricardo-Team
""",
    ),
    m(
        "10333",
        "2025-05-05 08:30",
        "Ricardo <noreply@ricardo.ch>",
        "Verkauft! Garmin Forerunner 245 Music",
        ("not_job", "de"),
        text="""Guten Tag lukas_zh

Herzlichen Glückwunsch, Ihr Artikel wurde verkauft.

Käufer: m.gerber88 (Bern)
Preis: CHF 95.– zzgl. Versand CHF 9.–

Bitte versenden Sie den Artikel innerhalb von 3 Werktagen.

Ihr Ricardo-Team
""",
    ),
    # --- LinkedIn social ----------------------------------------------------------------
    m(
        "10334",
        "2025-02-28 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Anja Meier for starting a new position as Data Scientist at Zuriga Health AG",
        ("not_job", "en"),
        text="""Anja Meier started a new position

Data Scientist at Zuriga Health AG

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7301188/

You're receiving this because you're connected to Anja Meier.
""",
        tz=CET,
    ),
    m(
        "10335",
        "2025-04-12 18:22",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Reto Baumann and 14 others reacted to your post",
        ("not_job", "en"),
        text="""Your post is getting attention

"Just published: what two years of forecasting electricity prices taught me about
gradient boosting vs. deep learning..."

Reto Baumann, Sina Kunz and 13 others reacted.
See all reactions: https://www.linkedin.com/feed/update/urn:li:activity:7316612/
""",
    ),
    m(
        "10336",
        "2025-05-18 09:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "You appeared in 23 searches this week",
        ("not_job", "en"),
        text="""Lukas, you appeared in 23 searches this week.

Searchers found you through: Data Scientist, Machine Learning, Time Series

See who's looking: https://www.linkedin.com/me/search-appearances/
Try Premium for CHF 0
""",
    ),
    m(
        "10337",
        "2025-07-01 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Celebrate Jonas Aebi's work anniversary",
        ("not_job", "en"),
        text="""Jonas Aebi is celebrating 3 years at Tessel Labs.

Say congrats: https://www.linkedin.com/feed/

You're receiving this because you're connected to Jonas Aebi.
""",
    ),
    m(
        "10338",
        "2025-08-05 12:15",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sina Kunz and 41 others congratulated you on your new position",
        ("not_job", "en"),
        text="""Your update is getting noticed

Lukas Brunner started a new position as Machine Learning Engineer at Tessel Labs

Sina Kunz, Corinne Wyss and 40 others congratulated you.
See all: https://www.linkedin.com/feed/update/urn:li:activity:7358820/
""",
    ),
    m(
        "10339",
        "2025-03-15 10:00",
        "LinkedIn <invitations@linkedin.com>",
        "Lukas, please add me to your LinkedIn network",
        ("not_job", "en"),
        text="""Karim Haddad
Head of Machine Learning at Lavaux Robotics

Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/

You received an invitation to connect.
""",
        tz=CET,
    ),
    # --- newsletters that talk about hiring or interviews ---------------------------------
    m(
        "10340",
        "2025-03-06 16:00",
        "The Batch <thebatch@deeplearning.ai>",
        "The Batch: AI hiring cools, robots learn to fold laundry, and more",
        ("not_job", "en"),
        text="""Dear friends,

This week I want to talk about how AI teams are hiring in 2025. Many hiring managers tell me
they now interview for judgement more than for model-building skills...

News: Job postings for ML engineers fell 8% in Q4; laundry-folding robots; new open-weight
models from three labs.

Read online: https://www.deeplearning.ai/the-batch/issue-291/
""",
        tz=CET,
    ),
    m(
        "10341",
        "2025-04-17 07:00",
        "NZZ Karriere <newsletter@nzz.ch>",
        "So bereiten Sie sich auf das Vorstellungsgespräch vor",
        ("not_job", "de"),
        text="""NZZ Karriere – der Newsletter für Ihre Laufbahn

Heute: So bereiten Sie sich auf das Vorstellungsgespräch vor – und welche Fragen Sie selbst
stellen sollten. Ausserdem: Warum Schweizer Firmen wieder mehr Lernende einstellen, und ein
Interview mit der HR-Chefin eines Zürcher Grossverteilers.

Weiterlesen: https://www.nzz.ch/karriere/

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
""",
    ),
    m(
        "10342",
        "2025-06-12 08:00",
        "Data Science Weekly <editor@datascienceweekly.org>",
        "Data Science Weekly - Issue 601",
        ("not_job", "en"),
        text="""Data Science Weekly - Issue 601

Editor's picks
* What I learned interviewing 100 ML candidates
* The unreasonable effectiveness of linear baselines
* A visual guide to quantization

Jobs
* Senior Data Scientist - various companies (see our job board)

Unsubscribe | View in browser
""",
    ),
]

CAMILLE = "Camille Rochat <camille.rochat@bluewin.ch>"

MAIL += [
    # --- family ---------------------------------------------------------------------------
    m(
        "10401",
        "2025-02-02 19:44",
        MUTTER,
        "Papas Geburtstag",
        ("not_job", "de"),
        text="""Hallo mein Schatz,

denkst du an Papas 65. am 22. Februar? Wir wollen im Hotel Riva in Konstanz essen gehen, Julia
kommt auch. Schaffst du es am Samstag? Ich würde dann einen Tisch für 5 reservieren.

Wie läuft die Jobsuche? Mach dir keinen Stress, das wird schon.

Liebe Grüße
Mama
""",
        tz=CET,
    ),
    m(
        "10402",
        "2025-02-03 07:12",
        MUTTER,
        "Re: Papas Geburtstag",
        ("not_job", "de"),
        text="""Wunderbar, dann reserviere ich für 19 Uhr. Bring doch die Schokolade von Sprüngli mit, die
mag er so.

Mama
""",
        headers=reply("10401", MUTTER),
        tz=CET,
    ),
    m(
        "10403",
        "2025-03-09 21:30",
        JULIA,
        "Fotos vom Samstag",
        ("not_job", "de"),
        text="""Hey Brüderchen,

anbei die Fotos vom Geburtstag. Papa hat sich total gefreut, dass du da warst. Das eine, wo er
mit der Torte kämpft, ist mein Favorit 😂

Kommst du an Ostern nach Konstanz?

Julia
""",
        attach=[
            ("IMG_4471.jpg", "image/jpeg", "JPEGDATA"),
            ("IMG_4480.jpg", "image/jpeg", "JPEGDATA"),
        ],
        tz=CET,
    ),
    m(
        "10404",
        "2025-04-10 20:02",
        MUTTER,
        "Ostern",
        ("not_job", "de"),
        text="""Hallo Lukas,

Oma fragt, ob du an Ostern kommst. Wir machen Karfreitag Fisch und Sonntag Lamm wie immer.
Du kannst gern wieder im alten Zimmer schlafen. Und bring Wäsche mit, wenn du willst, ha ha.

Kuss, Mama
""",
    ),
    m(
        "10405",
        "2025-05-07 18:40",
        JULIA,
        "Umzug Samstag?",
        ("not_job", "de"),
        text="""Hi Lukas,

ich zieh ja am 17. Mai in die neue Wohnung in Freiburg. Könntest du helfen? Tim hat einen
Transporter organisiert, wir starten um 9. Es gibt Pizza und Bier als Bezahlung 🍕

Julia
""",
    ),
    m(
        "10406",
        "2025-06-27 21:15",
        MUTTER,
        "Herzlichen Glückwunsch!!!",
        ("not_job", "de"),
        text="""Mein lieber Lukas,

Papa hat mir gerade erzählt, dass du den Vertrag unterschrieben hast! Wir sind so stolz auf
dich. Das müssen wir feiern, wenn du das nächste Mal hier bist.

Alles Liebe
Mama & Papa
""",
    ),
    m(
        "10407",
        "2025-07-20 10:05",
        JULIA,
        "Oma 90",
        ("not_job", "de"),
        text="""Hi Lukas,

für Omas 90. am 16. August sammeln wir für einen Gutschein (Bodensee-Schifffahrt mit Essen).
Magst du mit 50 € dabei sein? Überweis es mir einfach per PayPal.

Julia
""",
    ),
    m(
        "10408",
        "2025-08-17 20:45",
        MUTTER,
        "Danke für gestern",
        ("not_job", "de"),
        text="""Hallo Lukas,

danke, dass du zu Omas Geburtstag gekommen bist, obwohl du gerade erst angefangen hast zu
arbeiten. Oma hat noch den ganzen Abend von der Schifffahrt geschwärmt.

Komm gut durch die ersten Wochen!
Mama
""",
    ),
    # --- friends ---------------------------------------------------------------------------
    m(
        "10409",
        "2025-02-06 12:20",
        RETO,
        "Laax 14.–16. März",
        ("not_job", "de"),
        text="""Hoi zäme

Skiweekend Laax ist gebucht! Rocksresort, 2 Apartments, wir sind zu acht. Pro Person CHF 310.–
für zwei Nächte, bitte bis Ende Monat an mich überweisen (IBAN unten). Skipass kauft jeder
selbst.

Freue mich!
Reto

IBAN CH93 0076 2011 6238 5295 7
""",
        cc="Sina Kunz <sina.kunz@protonmail.com>, Dominik Häfliger <dominik.haefliger@gmail.com>",
        tz=CET,
    ),
    m(
        "10410",
        "2025-03-17 19:02",
        RETO,
        "Re: Laax 14.–16. März",
        ("not_job", "de"),
        text="""Merci für das mega Weekend! Hier noch der Link zu den Fotos:
https://photos.app.goo.gl/Laax2025RB

Und Lukas: Dein Sturz beim Crap Sogn Gion ist jetzt offiziell legendär.

Reto
""",
        headers=reply("10409", RETO),
        tz=CET,
    ),
    m(
        "10411",
        "2025-04-03 22:10",
        SINA,
        "Save the Date 💍",
        ("not_job", "de"),
        text="""Liebe Freundinnen und Freunde

Luca und ich heiraten! Save the Date: Samstag, 13. September 2025 in der Kartause Ittingen.
Die richtige Einladung folgt im Sommer.

Wir freuen uns riesig!
Sina & Luca
""",
    ),
    m(
        "10412",
        "2025-05-10 11:11",
        RETO,
        "Velotour Sonntag?",
        ("not_job", "de"),
        text="""Hoi Lukas

Sonntag Zürich–Rapperswil–Etzel und zurück? Ca. 90 km, Start 8:30 beim Bellevue. Wetter soll
top werden.

Reto
""",
    ),
    m(
        "10413",
        "2025-05-10 13:40",
        RETO,
        "Re: Velotour Sonntag?",
        ("not_job", "de"),
        text="""Super, dann bis Sonntag. Vergiss die Schlauchreserve nicht wie letztes Mal 😅
""",
        headers=reply("10412", RETO),
    ),
    m(
        "10414",
        "2025-06-20 18:30",
        CAMILLE,
        "Lausanne le week-end prochain ?",
        ("not_job", "fr"),
        text="""Salut Lukas !

Tu m'avais dit que tu viendrais peut-être à Lausanne en juin. Le week-end prochain il y a le
Festival de la Cité, ce serait l'occasion ! Tu peux dormir sur le canapé, comme d'hab.

Bises,
Camille
""",
    ),
    m(
        "10415",
        "2025-06-21 09:15",
        CAMILLE,
        "Re: Lausanne le week-end prochain ?",
        ("not_job", "fr"),
        text="""Génial ! Je t'attends samedi vers midi à la gare. On ira manger au bord du lac.

Camille
""",
        headers=reply("10414", CAMILLE),
    ),
    m(
        "10416",
        "2025-07-15 21:00",
        SINA,
        "Einladung Hochzeit Sina & Luca",
        ("not_job", "de"),
        text="""Liebe Freundinnen und Freunde

Hier ist sie nun, die offizielle Einladung zu unserer Hochzeit am 13. September 2025 in der
Kartause Ittingen (Details im PDF). Bitte meldet euch bis am 15. August an – mit Menüwunsch und
ob ihr im Hotel übernachten möchtet.

Wir freuen uns auf euch!
Sina & Luca
""",
        attach=[("Einladung_Hochzeit_Sina_Luca.pdf", "application/pdf", "%PDF-1.4 invitation")],
    ),
    m(
        "10417",
        "2025-04-25 17:20",
        "Dominik Häfliger <dominik.haefliger@gmail.com>",
        "Quiz-Abend Dienstag",
        ("not_job", "de"),
        text="""Hoi Lukas, Dienstag ist wieder Pub-Quiz im Old Crow. Bist du dabei? Wir brauchen dich für
die Wissenschaftsfragen.

Dominik
""",
    ),
    # --- travel ---------------------------------------------------------------------------
    m(
        "10418",
        "2025-02-18 14:00",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Online-Ticket: Zürich HB – Konstanz",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Vielen Dank für Ihren Kauf.

Zürich HB → Konstanz, Sa, 22.02.2025, 14:33
Konstanz → Zürich HB, So, 23.02.2025, 16:58
2. Klasse, Halbtax, CHF 37.20

Das Ticket finden Sie in der SBB Mobile App oder im Anhang.

SBB AG
""",
        attach=[("Ticket_SBB_2025-02-22.pdf", "application/pdf", "%PDF-1.4 ticket")],
        tz=CET,
    ),
    m(
        "10419",
        "2025-05-08 20:40",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Online-Ticket: Zürich HB – Lausanne",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Vielen Dank für Ihren Kauf.

Zürich HB → Lausanne, Fr, 23.05.2025, 06:32
Lausanne → Zürich HB, Fr, 23.05.2025, 15:45
2. Klasse, Sparbillett, CHF 44.80

SBB AG
""",
    ),
    m(
        "10420",
        "2025-06-01 09:00",
        "easyJet <noreply@easyjet.com>",
        "Your booking confirmation EJU K7TQ2M",
        ("not_job", "en"),
        text="""Hi Lukas,

Thanks for booking with easyJet.

Booking reference: K7TQ2M
Basel (BSL) → Lisbon (LIS)  Sat 19 Jul 2025  07:05 - 08:55
Lisbon (LIS) → Basel (BSL)  Sat 26 Jul 2025  17:40 - 21:25
1 adult, 1 large cabin bag

Manage booking: https://www.easyjet.com/en/manage-bookings
""",
    ),
    m(
        "10421",
        "2025-06-01 09:40",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed for Lisbon",
        ("not_job", "en"),
        text="""Pack your bags! You're going to Lisbon.

Bright flat with balcony in Alfama
Jul 19 - Jul 26, 2025 · 1 guest
Host: Joana

Total: CHF 784.30

View itinerary: https://www.airbnb.ch/trips/v1/HMQ4N2KX
""",
    ),
    m(
        "10422",
        "2025-07-17 16:22",
        "Joana (Airbnb) <express@airbnb.com>",
        "Mensagem de Joana sobre a sua estadia",
        ("not_job", "pt"),
        text="""Olá Lukas!

Tudo pronto para sábado. A chave está numa caixa ao lado da porta, o código é 4417. O apartamento
fica no 3.º andar, sem elevador, desculpe! Se precisar de alguma coisa, envie-me mensagem.

Boa viagem,
Joana

Responder: https://www.airbnb.ch/messaging/thread/1893377
""",
        tz="+0100",
    ),
    m(
        "10423",
        "2025-07-24 10:05",
        "Carris Metropolitana <noreply@carrismetropolitana.pt>",
        "Recibo do seu carregamento navegante",
        ("not_job", "pt"),
        text="""Obrigado pela sua compra.

Carregamento: Passe navegante turístico 72 h
Valor: 20,00 EUR
Data: 24/07/2025 10:04

Guarde este recibo para efeitos de comprovativo.
""",
        tz="+0100",
    ),
    m(
        "10424",
        "2025-03-14 18:10",
        "Rocksresort Laax <reservation@rocksresort.com>",
        "Check-in Informationen für Ihren Aufenthalt",
        ("not_job", "de"),
        text="""Grüezi Herr Baumann und Gäste

Wir freuen uns auf Ihre Ankunft. Check-in ab 16:00 Uhr an der Rezeption im Gebäude 5.
Skidepot im Untergeschoss; Parkplätze in der Garage rocksresort.

Allegra!
Rocksresort Laax
""",
        tz=CET,
    ),
    m(
        "10425",
        "2025-04-16 11:30",
        "Booking.com <noreply@booking.com>",
        "Ihre Buchung in Lausanne ist bestätigt",
        ("not_job", "de"),
        text="""Lukas, Ihre Buchung ist bestätigt!

Hôtel du Port, Lausanne-Ouchy
Do, 22. Mai 2025 – Fr, 23. Mai 2025, 1 Nacht
Preis: CHF 168

Buchungsnummer: 4481.223.905
""",
    ),
    # --- appointments, household ---------------------------------------------------------
    m(
        "10426",
        "2025-03-26 15:00",
        "Idapark Verwaltungs AG <info@idapark-verwaltung.ch>",
        "Wohnungsübergabe Idastrasse 21 – 30. April",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Die Wohnungsübergabe findet am Mittwoch, 30. April 2025 um 16:00 Uhr statt. Frau Hürlimann
erwartet Sie vor dem Hauseingang. Bitte bringen Sie einen Ausweis mit.

Freundliche Grüsse
Idapark Verwaltungs AG
""",
        tz=CET,
    ),
    m(
        "10427",
        "2025-04-08 09:12",
        "Umzug Blitz GmbH <offerte@umzug-blitz.ch>",
        "Ihre Offerte für den Umzug vom 30. April",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgende Offerte:

Umzug von Birmensdorferstrasse 210 nach Idastrasse 21, Zürich
2 Mitarbeiter + Lieferwagen, ca. 5 Stunden: CHF 980.– pauschal
Endreinigung mit Abgabegarantie: CHF 690.–

Die Offerte ist 30 Tage gültig.

Freundliche Grüsse
Umzug Blitz GmbH
""",
    ),
    m(
        "10428",
        "2025-04-09 13:01",
        "Umzug Blitz GmbH <offerte@umzug-blitz.ch>",
        "Auftragsbestätigung Umzug 30.04.2025",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Besten Dank für Ihren Auftrag. Unser Team ist am 30. April um 08:00 Uhr an der
Birmensdorferstrasse 210.

Freundliche Grüsse
Umzug Blitz GmbH
""",
        headers=reply("10427", "offerte@umzug-blitz.ch"),
    ),
    m(
        "10429",
        "2025-04-22 10:30",
        "Stadt Zürich Kreisbüro 3 <kreisbuero3@zuerich.ch>",
        "Bestätigung Ihrer Umzugsmeldung (eUmzugCH)",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Umzugsmeldung per 30.04.2025 an die Adresse Idastrasse 21, 8003 Zürich ist eingegangen
und wurde verarbeitet. Die neue Adresse wird an die zuständigen Stellen weitergeleitet.

Freundliche Grüsse
Kreisbüro 3, Stadt Zürich
""",
    ),
    m(
        "10430",
        "2025-06-11 08:44",
        "Idapark Verwaltungs AG <info@idapark-verwaltung.ch>",
        "Wasserunterbruch Idastrasse 21 am 17. Juni",
        ("not_job", "de"),
        text="""Sehr geehrte Mieterinnen und Mieter

Am Dienstag, 17. Juni 2025 wird zwischen 08:00 und 12:00 Uhr das Wasser abgestellt (Ersatz
Hauptventil). Wir danken für Ihr Verständnis.

Idapark Verwaltungs AG
""",
    ),
    m(
        "10431",
        "2025-02-15 09:05",
        "Steueramt Kanton Zürich <noreply@zhprivatetax.ch>",
        "Ihre Steuererklärung 2024 steht bereit",
        ("not_job", "de"),
        text="""Guten Tag

Die Steuererklärung 2024 ist ab sofort in ZHprivateTax verfügbar. Die Frist zur Einreichung
läuft bis 31. März 2025. Eine Fristerstreckung können Sie online beantragen.

Kantonales Steueramt Zürich
""",
        tz=CET,
    ),
    m(
        "10432",
        "2025-03-28 16:20",
        "Steueramt Kanton Zürich <noreply@zhprivatetax.ch>",
        "Quittung: Steuererklärung 2024 eingereicht",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihre Steuererklärung 2024 wurde am 28.03.2025 um 16:19 Uhr elektronisch eingereicht.
Quittungsnummer: ZH-PT-2024-9918273

Kantonales Steueramt Zürich
""",
        tz=CET,
    ),
    m(
        "10433",
        "2025-02-27 07:40",
        "Mobility <noreply@mobility.ch>",
        "Reservationsbestätigung: Toyota Corolla, Zürich Wiedikon",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihre Reservation ist bestätigt:
Fahrzeug: Toyota Corolla Hybrid, Standort Zürich Wiedikon Bahnhof
Von: Sa, 01.03.2025 08:00  Bis: Sa, 01.03.2025 18:00

Gute Fahrt!
Mobility Genossenschaft
""",
        tz=CET,
    ),
    m(
        "10434",
        "2025-04-29 19:10",
        "Mobility <noreply@mobility.ch>",
        "Reservationsbestätigung: Transporter, Zürich Wiedikon",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihre Reservation ist bestätigt:
Fahrzeug: VW Transporter, Standort Zürich Wiedikon Bahnhof
Von: Mi, 30.04.2025 17:00  Bis: Mi, 30.04.2025 21:00

Mobility Genossenschaft
""",
    ),
]

MAIL += [
    # --- shopping, receipts, deliveries --------------------------------------------------
    m(
        "10501",
        "2025-02-11 13:22",
        "Digitec <noreply@digitec.ch>",
        "Bestellbestätigung 118827731",
        ("not_job", "de"),
        text="""Hoi Lukas

Danke für deine Bestellung!

1x Logitech MX Keys S, CH-Layout   CHF 99.90
1x Anker USB-C Hub 7-in-1          CHF 39.95
Total inkl. MWST                   CHF 139.85

Voraussichtliche Lieferung: Donnerstag, 13.02.2025

Digitec Galaxus AG
""",
        tz=CET,
    ),
    m(
        "10502",
        "2025-02-12 16:40",
        "Die Post <noreply@post.ch>",
        "Ihre Sendung 99.60.118827.01234567 ist unterwegs",
        ("not_job", "de"),
        text="""Guten Tag

Ihre Sendung von Digitec Galaxus AG ist unterwegs und wird voraussichtlich am 13.02.2025
zugestellt.

Sendungsnummer: 99.60.118827.01234567
Sendung verfolgen: https://service.post.ch/ekp-web/ui/entry/shipment/99.60.118827.01234567

Die Schweizerische Post
""",
        tz=CET,
    ),
    m(
        "10503",
        "2025-04-27 11:15",
        "Galaxus <noreply@galaxus.ch>",
        "Bestellbestätigung 121998402",
        ("not_job", "de"),
        text="""Hoi Lukas

Danke für deine Bestellung!

1x IKEA KALLAX Regal 77x147, weiss  CHF 64.95
2x Philips Hue White E27            CHF 39.90
1x Bosch Akkuschrauber GSR 12V      CHF 119.00

Lieferung an: Idastrasse 21, 8003 Zürich
Voraussichtliche Lieferung: Freitag, 02.05.2025
""",
    ),
    m(
        "10504",
        "2025-05-01 18:02",
        "Die Post <noreply@post.ch>",
        "Abholungseinladung: Ihre Sendung liegt zur Abholung bereit",
        ("not_job", "de"),
        text="""Guten Tag

Wir konnten Ihre Sendung 99.00.304412.55871230 heute nicht zustellen. Sie liegt ab morgen
09:00 Uhr in der Filiale 8003 Zürich Wiedikon zur Abholung bereit (7 Tage).

Tipp: Mit «Meine Sendungen» können Sie einen neuen Zustelltag wählen.

Die Schweizerische Post
""",
    ),
    m(
        "10505",
        "2025-06-14 10:30",
        "DHL Paket <noreply@dhl.de>",
        "Ihre DHL Sendung kommt heute",
        ("not_job", "de"),
        text="""Hallo Lukas Brunner,

Ihre Sendung 00340434161094022115 von Thalia kommt heute zwischen 10:45 und 14:15 Uhr.

Absender: Thalia Bücher GmbH
Die Sendung wird an die Schweizerische Post übergeben.

Ihr DHL Team
""",
    ),
    m(
        "10506",
        "2025-03-01 17:55",
        "Migros Online <noreply@migros.ch>",
        "Deine Bestellung ist unterwegs",
        ("not_job", "de"),
        text="""Hoi Lukas

Deine Bestellung 40098127 wird heute zwischen 18:00 und 20:00 geliefert.
Fahrer: Enis, Lieferwagen ZH 418 223

Total: CHF 112.35 (47 Artikel)

Migros Online
""",
        tz=CET,
    ),
    m(
        "10507",
        "2025-05-24 09:00",
        "Coop <noreply@coop.ch>",
        "Dein Kassenbon vom 24.05.2025",
        ("not_job", "de"),
        text="""Hoi Lukas

Hier dein digitaler Kassenbon:
Coop Zürich Wiedikon, 24.05.2025, 08:52

Naturaplan Milch 1l     1.75
Brot Ruchbrot           3.20
Äpfel Gala 1kg          3.95
Emmentaler 250g         4.80
Total CHF              13.70
Superpunkte: +13

Coop Genossenschaft
""",
    ),
    m(
        "10508",
        "2025-03-16 08:12",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        ("not_job", "en"),
        text="""Apple Account: lukas.brunner@bluewin-mail.ch
Order ID: MV7Q2L81KP
Date: 16 Mar 2025

iCloud+ with 200 GB (Monthly)    CHF 3.00

Total: CHF 3.00

Apple Distribution International Ltd.
""",
        tz=CET,
    ),
    m(
        "10509",
        "2025-04-16 08:12",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        ("not_job", "en"),
        text="""Apple Account: lukas.brunner@bluewin-mail.ch
Order ID: MV8C1T42QZ
Date: 16 Apr 2025

iCloud+ with 200 GB (Monthly)    CHF 3.00

Total: CHF 3.00
""",
    ),
    m(
        "10510",
        "2025-02-28 06:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        ("not_job", "en"),
        text="""Hi Lukas,

Thanks for your payment.

Premium Individual     CHF 13.95
Date: 28 Feb 2025
Payment method: Mastercard •••• 4471

Spotify AB
""",
        tz=CET,
    ),
    m(
        "10511",
        "2025-06-28 06:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        ("not_job", "en"),
        text="""Hi Lukas,

Thanks for your payment.

Premium Individual     CHF 13.95
Date: 28 Jun 2025

Spotify AB
""",
    ),
    m(
        "10512",
        "2025-03-04 10:10",
        "Swisscom <rechnung@swisscom.ch>",
        "Ihre Swisscom Rechnung März 2025",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Rechnung für März 2025 steht bereit.

Betrag: CHF 79.90
Fällig am: 31.03.2025

Rechnung ansehen: https://www.swisscom.ch/myswisscom/rechnungen

Swisscom (Schweiz) AG
""",
        tz=CET,
    ),
    m(
        "10513",
        "2025-06-04 10:10",
        "Swisscom <rechnung@swisscom.ch>",
        "Ihre Swisscom Rechnung Juni 2025",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Rechnung für Juni 2025 steht bereit.

Betrag: CHF 94.85 (inkl. Umzugspauschale Internet CHF 14.95)
Fällig am: 30.06.2025

Swisscom (Schweiz) AG
""",
    ),
    m(
        "10514",
        "2025-05-19 14:30",
        "Thalia <service@thalia.de>",
        "Vielen Dank für Ihre Bestellung",
        ("not_job", "de"),
        text="""Hallo Lukas Brunner,

vielen Dank für Ihre Bestellung bei Thalia.

1x Designing Machine Learning Systems – Chip Huyen   49,99 €
1x Der Gesang der Flusskrebse (Taschenbuch)          14,00 €

Versand in die Schweiz: 6,90 €

Ihr Thalia-Team
""",
    ),
    m(
        "10515",
        "2025-07-01 12:12",
        "IKEA Schweiz <noreply@ikea.ch>",
        "Ihre Lieferung am 4. Juli",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihre Bestellung 1288374412 (MALM Kommode, HEMNES Schuhschrank) wird am Freitag, 4. Juli 2025
zwischen 13:00 und 17:00 Uhr geliefert. Die Lieferung erfolgt bis in die Wohnung.

IKEA AG
""",
    ),
    # --- banking, insurance, public ------------------------------------------------------
    m(
        "10516",
        "2025-02-05 08:00",
        "PostFinance <noreply@postfinance.ch>",
        "Ihr Kontoauszug Januar 2025 ist verfügbar",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihr Kontoauszug für Januar 2025 steht im E-Finance zum Abruf bereit.

PostFinance AG
""",
        tz=CET,
    ),
    m(
        "10517",
        "2025-05-05 08:00",
        "PostFinance <noreply@postfinance.ch>",
        "Ihr Kontoauszug April 2025 ist verfügbar",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihr Kontoauszug für April 2025 steht im E-Finance zum Abruf bereit.

PostFinance AG
""",
    ),
    m(
        "10518",
        "2025-03-22 11:31",
        "neon <hello@neon-free.ch>",
        "Zahlung an Reto Baumann gesendet",
        ("not_job", "de"),
        text="""Hey Lukas

Du hast CHF 310.00 an Reto Baumann gesendet.
Mitteilung: Laax 🎿

Dein neon
""",
        tz=CET,
    ),
    m(
        "10519",
        "2025-04-30 20:30",
        "TWINT <noreply@twint.ch>",
        "Zahlung bestätigt",
        ("not_job", "de"),
        text="""Sie haben CHF 120.00 an Umzug Blitz GmbH (Trinkgeld) bezahlt.
Datum: 30.04.2025, 20:28
""",
    ),
    m(
        "10520",
        "2025-03-10 09:12",
        "Viseca <noreply@viseca.ch>",
        "Ihre Monatsrechnung ist da",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Monatsrechnung für Ihre Mastercard •••• 4471 ist in one verfügbar.

Rechnungsbetrag: CHF 1'284.60
Zahlbar bis: 31.03.2025

Viseca Payment Services SA
""",
        tz=CET,
    ),
    m(
        "10521",
        "2025-07-10 09:12",
        "Viseca <noreply@viseca.ch>",
        "Ihre Monatsrechnung ist da",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Monatsrechnung für Ihre Mastercard •••• 4471 ist in one verfügbar.

Rechnungsbetrag: CHF 2'031.15
Zahlbar bis: 31.07.2025
""",
    ),
    m(
        "10522",
        "2025-02-20 15:05",
        "SWICA <noreply@swica.ch>",
        "Neues Dokument in myPortal: Leistungsabrechnung",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

In Ihrem myPortal steht ein neues Dokument für Sie bereit: Leistungsabrechnung vom 19.02.2025
(Physiotherapie Sihlfeld).

SWICA Krankenversicherung AG
""",
        tz=CET,
    ),
    m(
        "10523",
        "2025-06-18 15:05",
        "SWICA <noreply@swica.ch>",
        "Adressänderung bestätigt",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir haben Ihre neue Adresse (Idastrasse 21, 8003 Zürich) per 01.05.2025 erfasst.

Freundliche Grüsse
SWICA Krankenversicherung AG
""",
    ),
    m(
        "10524",
        "2025-02-13 10:00",
        "RAV Zürich <noreply@ams.zh.ch>",
        "Erinnerung: Nachweis persönlicher Arbeitsbemühungen Februar",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir erinnern Sie daran, den Nachweis Ihrer persönlichen Arbeitsbemühungen für den Monat Februar
bis spätestens am 5. März über job-room.ch einzureichen.

Freundliche Grüsse
Regionales Arbeitsvermittlungszentrum Zürich Wiedikon
""",
        tz=CET,
    ),
    m(
        "10525",
        "2025-03-06 09:30",
        "Arbeitslosenkasse Kanton Zürich <alk@ams.zh.ch>",
        "Abrechnung Februar 2025",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Taggeldabrechnung für den Monat Februar 2025 steht im eServices-Portal bereit.
Die Auszahlung erfolgt in den nächsten Tagen.

Arbeitslosenkasse des Kantons Zürich
""",
        tz=CET,
    ),
    m(
        "10526",
        "2025-07-28 11:00",
        "RAV Zürich <noreply@ams.zh.ch>",
        "Bestätigung Abmeldung von der Arbeitsvermittlung",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir bestätigen Ihre Abmeldung per 31.07.2025 aufgrund Stellenantritt. Wir gratulieren Ihnen
und wünschen Ihnen einen guten Start.

Regionales Arbeitsvermittlungszentrum Zürich Wiedikon
""",
    ),
    # --- software and accounts -----------------------------------------------------------
    m(
        "10527",
        "2025-02-22 14:00",
        "GitHub <noreply@github.com>",
        "[lbrunner/elprice-forecast] Dependabot alert: urllib3 vulnerable",
        ("not_job", "en"),
        text="""Dependabot alert #4 - urllib3 (pip)

Moderate severity: urllib3 proxy-authorization header not stripped on cross-origin redirect.
Upgrade to 2.2.2 or later.

View alert: https://github.com/lbrunner/elprice-forecast/security/dependabot/4
""",
        tz=CET,
    ),
    m(
        "10528",
        "2025-04-19 09:40",
        "Mathis Vogt <notifications@github.com>",
        "Re: [lbrunner/elprice-forecast] Add quantile loss for LightGBM (PR #12)",
        ("not_job", "en"),
        text="""@mathisv commented on this pull request.

Nice work! Could you add a small test for the pinball loss with alpha=0.9? Otherwise LGTM.

Reply to this email directly or view it on GitHub:
https://github.com/lbrunner/elprice-forecast/pull/12#issuecomment-2811
""",
    ),
    m(
        "10529",
        "2025-06-09 22:05",
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH key was added to your account",
        ("not_job", "en"),
        text="""Hey lbrunner!

A new public key was added to your account: "macbook-air-2025".

If you believe this key was added in error, remove it here:
https://github.com/settings/keys
""",
    ),
    m(
        "10530",
        "2025-03-02 23:10",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Notification - Billing alert: budget exceeded 80%",
        ("not_job", "en"),
        text="""Dear AWS Customer,

You requested that we alert you when the forecasted cost associated with your budget
"personal-sandbox" exceeds 80% of the budgeted amount (USD 20.00).

Current forecast: USD 17.42

AWS Budgets
""",
        tz=CET,
    ),
    m(
        "10531",
        "2025-05-12 07:02",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        ("not_job", "en"),
        text="""New sign-in to your account

lukas.brunner.zh@gmail.com
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't
need to do anything.

Check activity: https://myaccount.google.com/notifications
""",
    ),
    m(
        "10532",
        "2025-03-18 17:00",
        "Kaggle <no-reply@kaggle.com>",
        "New competition: Forecasting Alpine Hydropower Output",
        ("not_job", "en"),
        text="""Hi lukasbrunner,

A new featured competition has launched: Forecasting Alpine Hydropower Output.
Prize pool: $50,000. Entry deadline: June 10, 2025.

Join the competition: https://www.kaggle.com/competitions/alpine-hydropower
""",
        tz=CET,
    ),
    m(
        "10533",
        "2025-04-02 19:15",
        "Strava <no-reply@strava.com>",
        "Reto Baumann gave you kudos",
        ("not_job", "en"),
        text="""Reto Baumann gave you kudos on "Morgenrunde Uetliberg".

12.4 km · 1:08:22 · 520 m elevation

Open Strava: https://www.strava.com/activities/13288471
""",
    ),
    m(
        "10534",
        "2025-06-15 16:40",
        "Strava <no-reply@strava.com>",
        "You have a new follower",
        ("not_job", "en"),
        text="""Mathis Vogt is now following you on Strava.

Follow back: https://www.strava.com/athletes/99812273
""",
    ),
    m(
        "10535",
        "2025-05-30 09:15",
        "Notion <notify@mail.notion.so>",
        "Sina Kunz invited you to Hochzeit Sina & Luca – Helferliste",
        ("not_job", "en"),
        text="""Sina Kunz invited you to edit the page "Hochzeit Sina & Luca – Helferliste".

Open in Notion: https://www.notion.so/Hochzeit-Helferliste-8a12f

Notion Labs, Inc.
""",
    ),
    # --- newsletters ----------------------------------------------------------------------
    m(
        "10536",
        "2025-02-17 06:00",
        "NZZ <newsletter@nzz.ch>",
        "Der Morgen: Stromabkommen, SNB-Entscheid, Wetter",
        ("not_job", "de"),
        text="""Guten Morgen

Heute wichtig: Der Bundesrat legt das Stromabkommen mit der EU vor. Die SNB dürfte die Zinsen
weiter senken. In Zürich bleibt es trocken und sonnig, bis 9 Grad.

Alle Artikel: https://www.nzz.ch/newsletter/der-morgen
""",
        tz=CET,
    ),
    m(
        "10537",
        "2025-05-26 06:00",
        "NZZ <newsletter@nzz.ch>",
        "Der Morgen: Fachkräftemangel in der IT, Auffahrt-Stau, Wetter",
        ("not_job", "de"),
        text="""Guten Morgen

Heute wichtig: Trotz Fachkräftemangel stellen Schweizer Tech-Firmen vorsichtiger ein – viele
Unternehmen verlängern ihre Rekrutierungsprozesse. Vor Auffahrt wird am Gotthard mit langen
Staus gerechnet.

Alle Artikel: https://www.nzz.ch/newsletter/der-morgen
""",
    ),
    m(
        "10538",
        "2025-04-05 07:30",
        "Republik <kontakt@republik.ch>",
        "Republik am Wochenende",
        ("not_job", "de"),
        text="""Guten Morgen

In dieser Ausgabe: Wie die Schweiz ihre Stromversorgung im Winter sichern will. Und ein langes
Gespräch mit einer Klimaforscherin über Gletscher und Geduld.

Zur Ausgabe: https://www.republik.ch/
""",
    ),
    m(
        "10539",
        "2025-07-11 18:00",
        "heise online <newsletter@heise.de>",
        "heise-Newsletter: Neue Open-Source-Modelle, Chip-Krise, Linux 6.16",
        ("not_job", "de"),
        text="""Die wichtigsten Meldungen der Woche:

- Neue Open-Source-Sprachmodelle schlagen proprietäre Konkurrenz bei Code-Aufgaben
- Chip-Knappheit: Automobilzulieferer warnen erneut
- Linux 6.16 ist da

Weiterlesen: https://www.heise.de/newsletter/
""",
    ),
    m(
        "10540",
        "2025-03-21 12:00",
        "Towards Data Science <noreply@medium.com>",
        "Your weekly digest from Towards Data Science",
        ("not_job", "en"),
        text="""Stories for Lukas Brunner

Conformal prediction for time series, explained
Why your feature store is slowing you down
I failed 12 ML interviews. Here's what I learned.

Read on Medium: https://medium.com/towards-data-science
""",
        tz=CET,
    ),
]

PROFE = "Marta Giménez <marta@hablamos-zurich.ch>"

MAIL += [
    # --- Spanish course (es) --------------------------------------------------------------
    m(
        "10601",
        "2025-02-19 18:30",
        PROFE,
        "Clase del jueves y deberes",
        ("not_job", "es"),
        text="""Hola a todos:

El jueves repasamos el pretérito indefinido y el imperfecto. Para la próxima clase, por favor
escribid un texto corto (150 palabras) sobre vuestras últimas vacaciones.

¡Nos vemos el jueves a las 19:00!
Marta
Hablamos – Escuela de español, Zúrich
""",
        tz=CET,
    ),
    m(
        "10602",
        "2025-03-27 12:10",
        PROFE,
        "Re: Texto vacaciones",
        ("not_job", "es"),
        text="""Hola Lukas:

¡Muy buen texto! Solo algunos detalles: "fui a esquiar" (no "iba"), y "me lo pasé genial". Te
lo devuelvo corregido en clase.

Un saludo,
Marta
""",
        tz=CET,
    ),
    m(
        "10603",
        "2025-06-25 09:00",
        "Hablamos Escuela de Español <info@hablamos-zurich.ch>",
        "Inscripción curso B1 – otoño 2025",
        ("not_job", "es"),
        text="""Hola Lukas:

Te confirmamos tu inscripción al curso de español B1 (jueves, 19:00–20:30) a partir del 4 de
septiembre. El precio del trimestre es de CHF 480.–, a pagar antes del 20 de agosto.

¡Gracias por seguir con nosotros!
Hablamos – Escuela de español
""",
    ),
    m(
        "10604",
        "2025-07-22 20:30",
        "TheFork <noreply@thefork.com>",
        "Reserva confirmada – Taberna da Rua das Flores",
        ("not_job", "pt"),
        text="""Olá Lukas,

A sua reserva está confirmada!

Taberna da Rua das Flores, Lisboa
Quarta-feira, 23 de julho de 2025, 20:30
2 pessoas

Ver ou cancelar a reserva: https://www.thefork.pt/reservas
""",
        tz="+0100",
    ),
    # --- French ---------------------------------------------------------------------------
    m(
        "10605",
        "2025-05-20 20:00",
        CAMILLE,
        "Tu passes vendredi ?",
        ("not_job", "fr"),
        text="""Salut Lukas,

Ta sœur m'a dit que tu serais à Lausanne vendredi pour ton rendez-vous ! Si tu as le temps après,
on boit un verre à Ouchy ? Je finis à 17h.

Camille
""",
    ),
    m(
        "10606",
        "2025-06-28 08:15",
        "Festival de la Cité <info@festivalcite.ch>",
        "Programme du samedi",
        ("not_job", "fr"),
        text="""Bonjour,

Voici le programme du samedi 28 juin : concerts à la Place de la Cathédrale dès 18h, théâtre de
rue dans les escaliers du Marché, et bal de clôture à minuit.

Bon festival !
""",
    ),
    m(
        "10607",
        "2025-04-03 14:00",
        "Swiss Python Summit <cfp@python-summit.ch>",
        "Speaker information – Swiss Python Summit 2025",
        ("not_job", "en"),
        text="""Hi Lukas,

Thanks for confirming your talk. A few practical notes:
- Your slot: Thursday 19 June, 14:20-14:50, Room 2
- Please send your slides by 16 June
- Speakers' dinner: 18 June, 19:00, Restaurant Hirschen, Rapperswil

See you soon,
The Program Committee
""",
    ),
    m(
        "10608",
        "2025-06-20 10:00",
        "Swiss Python Summit <cfp@python-summit.ch>",
        "Thank you for speaking!",
        ("not_job", "en"),
        text="""Hi Lukas,

Thank you for your great talk yesterday! The recording will be published on YouTube in about
two weeks. Attendee feedback averaged 4.6/5 - well done.

The Program Committee
""",
    ),
    # --- more look-alikes: garden plot, passport, gym ------------------------------------
    m(
        "10609",
        "2025-02-26 11:00",
        "Familiengärten Zürich <info@familiengaerten-zh.ch>",
        "Ihre Bewerbung um eine Gartenparzelle",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihre Bewerbung um eine Parzelle im Familiengartenareal Friesenberg. Leider sind
zurzeit alle Parzellen vergeben. Wir haben Sie auf die Warteliste gesetzt (Position 37).

Freundliche Grüsse
Familiengartenverein Zürich
""",
        tz=CET,
    ),
    m(
        "10610",
        "2025-03-13 09:45",
        "Generalkonsulat Zürich <termin@zuer.diplo.de>",
        "Terminbestätigung: Antrag Reisepass",
        ("not_job", "de"),
        text="""Sehr geehrter Herr Brunner,

hiermit bestätigen wir Ihren Termin zur Beantragung eines Reisepasses:

Datum: 07.04.2025, 10:20 Uhr
Ort: Generalkonsulat der Bundesrepublik Deutschland, Zürich

Bitte bringen Sie ein biometrisches Passfoto, Ihren bisherigen Pass und die Gebühr (in bar oder
mit Karte) mit.

Mit freundlichen Grüßen
Generalkonsulat Zürich – Pass- und Ausweisstelle
""",
        tz=CET,
    ),
    m(
        "10611",
        "2025-05-28 15:30",
        "Generalkonsulat Zürich <termin@zuer.diplo.de>",
        "Ihr Reisepass liegt zur Abholung bereit",
        ("not_job", "de"),
        text="""Sehr geehrter Herr Brunner,

Ihr neuer Reisepass liegt ab sofort zur Abholung bereit. Abholung ohne Termin Montag bis
Freitag, 8:30–11:30 Uhr.

Generalkonsulat Zürich
""",
    ),
    m(
        "10612",
        "2025-02-10 07:45",
        "Fitnesspark <info@fitnesspark.ch>",
        "Ihr Abo läuft bald ab – Verlängerungsangebot",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihr Jahresabo im Fitnesspark Stadelhofen läuft am 28. Februar aus. Verlängern Sie jetzt und
profitieren Sie von unserem Treueangebot: 12 Monate zum Preis von 10.

Freundliche Grüsse
Fitnesspark
""",
        tz=CET,
    ),
    m(
        "10613",
        "2025-04-14 19:00",
        "Ruderclub Wollishofen <vorstand@rcw-zuerich.ch>",
        "Einladung Anrudern & Generalversammlung",
        ("not_job", "de"),
        text="""Liebe Mitglieder

Am Samstag, 26. April findet das Anrudern statt (Besammlung 10:00 beim Bootshaus), anschliessend
die Generalversammlung im Clubhaus. Traktanden: Jahresbericht, Rechnung, Wahl eines neuen
Materialwarts, Varia.

Rudergruss
Der Vorstand
""",
    ),
    m(
        "10614",
        "2025-06-03 21:10",
        "Ruderclub Wollishofen <vorstand@rcw-zuerich.ch>",
        "Helfende gesucht: Regatta Zürichsee",
        ("not_job", "de"),
        text="""Liebe Mitglieder

Für die Regatta vom 5. Juli suchen wir noch 12 Helfende (Zeitmessung, Festwirtschaft, Auf- und
Abbau). Bitte tragt euch bis Ende Woche in die Liste ein: https://doodle.com/meeting/rcw-regatta

Merci!
Vorstand
""",
    ),
    # --- events, entertainment ----------------------------------------------------------
    m(
        "10615",
        "2025-03-03 12:00",
        "Ticketcorner <noreply@ticketcorner.ch>",
        "Ihre Tickets: Sophie Hunger – Volkshaus Zürich",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Vielen Dank für Ihre Bestellung.

Sophie Hunger – Live
Volkshaus Zürich, Samstag, 12.04.2025, 20:00
2 Tickets, Stehplatz, CHF 138.00

Ihre E-Tickets finden Sie im Anhang.
""",
        attach=[("Tickets_SophieHunger.pdf", "application/pdf", "%PDF-1.4 tickets")],
        tz=CET,
    ),
    m(
        "10616",
        "2025-05-16 17:40",
        "Kitag <noreply@kitag.com>",
        "Buchungsbestätigung – Arena Cinemas Sihlcity",
        ("not_job", "de"),
        text="""Hallo Lukas

Deine Buchung ist bestätigt:
Film: Mission: Impossible – The Final Reckoning
Fr, 16.05.2025, 20:15, Saal 6, Reihe 9, Plätze 12–13

Viel Spass!
Kitag Kino-Theater AG
""",
    ),
    m(
        "10617",
        "2025-08-08 14:00",
        "Zurich Film Festival <tickets@zff.com>",
        "Programm-Vorverkauf startet am 2. September",
        ("not_job", "de"),
        text="""Liebe Filmfreundinnen und Filmfreunde

Der Vorverkauf für das 21. Zurich Film Festival startet am 2. September. Als Newsletter-
Abonnent/in erhältst du 24 Stunden früher Zugang.

Bis bald im Kino!
Zurich Film Festival
""",
    ),
    m(
        "10618",
        "2025-06-06 11:11",
        "Doodle <mailer@doodle.com>",
        "Reto Baumann invited you to vote: Grillabend Juni",
        ("not_job", "en"),
        text="""Reto Baumann invited you to a Doodle poll: Grillabend Juni

Options: Fri 13 Jun, Sat 14 Jun, Fri 20 Jun

Vote now: https://doodle.com/group-poll/participate/grill2025
""",
    ),
    m(
        "10619",
        "2025-06-09 09:00",
        "Doodle <mailer@doodle.com>",
        "Reto Baumann has chosen a date: Grillabend Juni",
        ("not_job", "en"),
        text="""The organizer has chosen a final date for "Grillabend Juni":

Friday, 13 June 2025, 18:30 - Landiwiese

Add to calendar: https://doodle.com/meeting/organize/grill2025/calendar
""",
        ics={
            "start": "2025-06-13 18:30:00 +0200",
            "minutes": 240,
            "organizer": ("Reto Baumann", "reto.baumann@gmx.ch"),
            "uid": "doodle-grill2025-final@doodle.com",
            "summary": "Grillabend Juni",
            "location": "Landiwiese, Zürich",
        },
    ),
    m(
        "10620",
        "2025-07-30 18:00",
        "Stadt Zürich <newsletter@zuerich.ch>",
        "1. August: Programm und Verkehrshinweise",
        ("not_job", "de"),
        text="""Liebe Zürcherinnen und Zürcher

Zum Nationalfeiertag finden in der ganzen Stadt Feiern statt. Das Feuerwerk über dem Seebecken
beginnt um 22:15 Uhr. Bitte beachten Sie die Verkehrsumleitungen am General-Guisan-Quai.

Stadt Zürich
""",
    ),
    # --- misc personal / household ------------------------------------------------------
    m(
        "10621",
        "2025-05-02 20:30",
        "Elena Sutter <elena.sutter@bluewin.ch>",
        "Willkommen im Haus!",
        ("not_job", "de"),
        text="""Hallo Herr Brunner

Wir sind die Nachbarn aus dem 3. Stock und wollten Sie herzlich willkommen heissen! Am 24. Mai
machen wir im Innenhof ein kleines Hausfest – kommen Sie doch vorbei. Und falls Sie mal einen
Bohrer brauchen: Wir haben einen.

Herzliche Grüsse
Elena & Marco Sutter
""",
    ),
    m(
        "10622",
        "2025-05-03 09:10",
        "Elena Sutter <elena.sutter@bluewin.ch>",
        "Re: Willkommen im Haus!",
        ("not_job", "de"),
        text="""Wie schön! Dann bis am 24. – bringen Sie gerne einen Salat mit, Getränke haben wir.

Elena
""",
        headers=reply("10621", "elena.sutter@bluewin.ch"),
    ),
    m(
        "10623",
        "2025-04-24 13:40",
        "Serafe AG <info@serafe.ch>",
        "Ihre Rechnung für die Radio- und Fernsehabgabe 2025",
        ("not_job", "de"),
        text="""Guten Tag

Die Rechnung für die Radio- und Fernsehabgabe 2025 ist in Ihrem eBill-Portal verfügbar.

Betrag: CHF 335.00
Fällig: 23.05.2025

Serafe AG
""",
    ),
    m(
        "10624",
        "2025-05-06 16:22",
        "Mobiliar <noreply@mobiliar.ch>",
        "Ihre Hausratversicherung – Adressänderung und neue Police",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Wir haben Ihre neue Adresse erfasst und die Police Ihrer Hausrat- und Privathaftpflichtversicherung
angepasst. Die neue Police finden Sie im Kundenportal.

Neue Jahresprämie: CHF 312.40

Freundliche Grüsse
Die Mobiliar
""",
    ),
    m(
        "10625",
        "2025-03-24 08:30",
        "Topapotheke Idaplatz <service@topapotheke-idaplatz.ch>",
        "Ihre Bestellung ist abholbereit",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Bestellung (Rezept Dr. Frei) ist ab sofort in der Apotheke abholbereit.

Freundliche Grüsse
TopPharm Apotheke Idaplatz
""",
        tz=CET,
    ),
    m(
        "10626",
        "2025-07-05 12:00",
        "MeteoSchweiz <noreply@meteoswiss.ch>",
        "Unwetterwarnung Stufe 3: Gewitter, Region Zürich",
        ("not_job", "de"),
        text="""Warnung vor Gewittern, Stufe 3 (erhebliche Gefahr)
Gültig: Sa, 05.07.2025, 15:00 – 21:00
Region: Zürich, Limmattal, Zürichsee

Hagel bis 3 cm, Sturmböen bis 90 km/h möglich.
""",
    ),
    m(
        "10627",
        "2025-04-20 11:30",
        "Uber Receipts <noreply@uber.com>",
        "Your Sunday afternoon trip with Uber",
        ("not_job", "en"),
        text="""Thanks for riding, Lukas

Total CHF 27.40
Trip: Kreuzlingen Hauptstrasse → Konstanz Bahnhof
Date: 20 April 2025

Uber B.V.
""",
    ),
    m(
        "10628",
        "2025-08-11 08:55",
        "Lime <no-reply@li.me>",
        "Your Lime receipt",
        ("not_job", "en"),
        text="""Thanks for riding with Lime.

Trip: 11 Aug 2025, 08:31 - 08:44
Distance: 3.1 km
Total: CHF 4.90

Lime
""",
    ),
    m(
        "10629",
        "2025-08-18 07:30",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Abo wurde erneuert: Zonenabo ZVV Zonen 110/121",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihr ZVV-NetzPass wurde erneuert und ist ab 18.08.2025 gültig.

Preis: CHF 88.00 / Monat

SBB AG
""",
    ),
    m(
        "10630",
        "2025-07-06 17:20",
        "Dominik Häfliger <dominik.haefliger@gmail.com>",
        "Gratuliere!",
        ("not_job", "de"),
        text="""Hoi Lukas

Reto hat's mir erzählt – Tessel, mega! Das müssen wir feiern. Bier am Donnerstag im Frau
Gerolds Garten?

Dominik
""",
    ),
]

OWEN = "Owen Price <owen.price@fastmail.co.uk>"

MAIL += [
    m(
        "10701",
        "2025-02-08 10:02",
        OWEN,
        "Long time no see!",
        ("not_job", "en"),
        text="""Hey Lukas,

It's been ages since Edinburgh! I'll be in Zurich for a conference 3-5 March - any chance you're
free for dinner one of those evenings? I'd love to hear what you've been up to since leaving
the energy company.

Cheers,
Owen
""",
        tz=CET,
    ),
    m(
        "10702",
        "2025-02-09 08:40",
        OWEN,
        "Re: Long time no see!",
        ("not_job", "en"),
        text="""Tuesday works great. Zeughauskeller at 7? I've been told I have to try the sausages.

Owen
""",
        headers=reply("10701", OWEN),
        tz=CET,
    ),
    m(
        "10703",
        "2025-03-11 15:20",
        "Intervista Panel <panel@intervista.ch>",
        "Teilnehmende gesucht: 60-minütiges Interview zu Mobilitäts-Apps (CHF 80 Gutschein)",
        ("not_job", "de"),
        text="""Guten Tag

Für eine Studie zur Nutzung von Mobilitäts-Apps suchen wir Teilnehmende für ein 60-minütiges
Online-Interview. Als Dankeschön erhalten Sie einen Gutschein im Wert von CHF 80.–.

Bitte füllen Sie zuerst den kurzen Screening-Fragebogen aus: https://panel.intervista.ch/s/mob25

Freundliche Grüsse
Intervista AG
""",
        tz=CET,
    ),
    m(
        "10704",
        "2025-03-14 09:30",
        "Intervista Panel <panel@intervista.ch>",
        "Ihr Interviewtermin am 19. März",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihre Teilnahme am Screening – Sie sind für die Studie ausgewählt worden!

Ihr Interviewtermin: Mittwoch, 19. März 2025, 18:00–19:00 Uhr (Zoom)
Link: https://intervista.zoom.us/j/81233004411

Freundliche Grüsse
Intervista AG
""",
        ics={
            "start": "2025-03-19 18:00:00 +0100",
            "minutes": 60,
            "organizer": ("Intervista Research", "research@intervista.ch"),
            "uid": "intervista-mob25-lb-0319@intervista.ch",
            "summary": "Interview Studie Mobilitäts-Apps",
            "location": "https://intervista.zoom.us/j/81233004411",
        },
        tz=CET,
    ),
    m(
        "10705",
        "2025-04-02 08:05",
        "PostFinance <noreply@postfinance.ch>",
        "Ihr Sicherheitscode",
        ("not_job", "de"),
        text="""Ihr Sicherheitscode für das Login in E-Finance lautet: 448 201

Geben Sie diesen Code niemals an Dritte weiter. PostFinance wird Sie nie nach diesem Code
fragen.
""",
    ),
    m(
        "10706",
        "2025-05-29 19:44",
        "Digitec <noreply@digitec.ch>",
        "Wie zufrieden bist du mit dem Bosch GSR 12V?",
        ("not_job", "de"),
        text="""Hoi Lukas

Du hast kürzlich den Bosch Akkuschrauber GSR 12V gekauft. Hilf anderen mit einer Bewertung!

Jetzt bewerten: https://www.galaxus.ch/de/review/create?product=14882310
""",
    ),
    m(
        "10707",
        "2025-06-17 10:30",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Halbtax läuft ab – jetzt verlängern",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Ihr Halbtax läuft am 30.06.2025 ab. Verlängern Sie es jetzt bequem online – als Dankeschön
erhalten Sie eine Tageskarte zum halben Preis.

Jetzt verlängern: https://www.sbb.ch/halbtax

SBB AG
""",
    ),
    m(
        "10708",
        "2025-02-25 19:30",
        "Tages-Anzeiger <newsletter@tages-anzeiger.ch>",
        "Zürich heute: Neue Tramlinie, Mieten steigen weiter",
        ("not_job", "de"),
        text="""Guten Abend

Die wichtigsten Zürcher Nachrichten des Tages: Die Tramverbindung Hardbrücke wird 2026
eröffnet. Die Angebotsmieten in der Stadt sind im Januar erneut gestiegen. Und: Warum immer mehr
Zürcherinnen und Zürcher ihre Wohnung über Social Media suchen.

Zum Newsletter: https://www.tagesanzeiger.ch/newsletter
""",
        tz=CET,
    ),
    m(
        "10709",
        "2025-06-05 19:30",
        "Tages-Anzeiger <newsletter@tages-anzeiger.ch>",
        "Zürich heute: Seebad-Saison, Stellenabbau bei Grossbank",
        ("not_job", "de"),
        text="""Guten Abend

Die Badis am See öffnen am Samstag. Eine Zürcher Grossbank kündigt den Abbau von 300 Stellen an,
gleichzeitig werden in der IT neue Fachkräfte rekrutiert. Und: Das Theaterspektakel stellt sein
Programm vor.

Zum Newsletter: https://www.tagesanzeiger.ch/newsletter
""",
    ),
    m(
        "10710",
        "2025-07-02 11:20",
        "Hausfest Idastrasse <elena.sutter@bluewin.ch>",
        "Fotos vom Hausfest",
        ("not_job", "de"),
        text="""Hallo zusammen

Hier die Fotos vom Hausfest – danke für die vielen Salate und die gute Stimmung!
https://www.icloud.com/sharedalbum/#B0xGWZuqDGhausfest

Elena
""",
    ),
    m(
        "10711",
        "2025-04-07 21:30",
        JULIA,
        "Osterbrunch Sonntag",
        ("not_job", "de"),
        text="""Hi Lukas, Mama hat gefragt ob du Zopf mitbringen kannst, der Schweizer ist halt besser 😄
Ankunft Samstag Abend oder Sonntag früh?

Julia
""",
    ),
    m(
        "10712",
        "2025-05-30 20:05",
        JULIA,
        "Danke fürs Helfen!",
        ("not_job", "de"),
        text="""Lukas! Danke nochmal fürs Schleppen am Samstag, ohne dich wäre das Sofa immer noch im
Treppenhaus. Ich schulde dir was – komm mal zum Essen vorbei, wenn du in Freiburg bist.

Julia
""",
    ),
    m(
        "10713",
        "2025-07-26 15:50",
        "easyJet <noreply@easyjet.com>",
        "Your flight EZS1476 is delayed",
        ("not_job", "en"),
        text="""Hi Lukas,

We're sorry, your flight EZS1476 from Lisbon (LIS) to Basel (BSL) today is delayed.
New departure time: 18:55 (originally 17:40).

Please check the airport screens for the latest information.
easyJet
""",
        tz="+0100",
    ),
    m(
        "10714",
        "2025-02-14 08:00",
        "Mobiliar <noreply@mobiliar.ch>",
        "Offerte für Ihre Privathaftpflicht",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Vielen Dank für Ihr Interesse. Gerne unterbreiten wir Ihnen unsere Offerte für eine
Privathaftpflicht- und Hausratversicherung:

Versicherungssumme Hausrat: CHF 60'000.–
Jahresprämie: CHF 298.80

Die Offerte ist 60 Tage gültig. Abschluss online: https://www.mobiliar.ch/offerte/88120

Die Mobiliar
""",
        tz=CET,
    ),
    m(
        "10715",
        "2025-04-28 18:00",
        "Zürich Marathon <info@zurichmarathon.ch>",
        "Danke fürs Mitmachen – Helferfest",
        ("not_job", "de"),
        text="""Liebe Helferinnen und Helfer

Ohne euch gäbe es den Zürich Marathon nicht! Als Dankeschön laden wir euch zum Helferfest am
16. Mai im Restaurant Blatterwiese ein. Anmeldung bis 5. Mai.

Das OK Zürich Marathon
""",
    ),
    m(
        "10716",
        "2025-04-29 08:30",
        "Zürich Marathon <info@zurichmarathon.ch>",
        "Resultate und Fotos online",
        ("not_job", "de"),
        text="""Die Resultate und Fotos des Zürich Marathon 2025 sind online:
https://www.zurichmarathon.ch/resultate

Danke an alle Läuferinnen, Läufer, Helferinnen und Helfer!
""",
    ),
    m(
        "10717",
        "2025-05-14 13:00",
        "Universität Zürich – Weiterbildung <cas-datascience@uzh.ch>",
        "Infoabend CAS-Programme Data Science – 12. Juni",
        ("not_job", "de"),
        text="""Guten Tag

Wir laden Sie herzlich zu unserem Infoabend ein: Donnerstag, 12. Juni, 18:00, UZH Zentrum,
KOL-F-101. Programmleitende stellen die CAS-Programme im Bereich Data Science vor; im Anschluss
Apéro.

Anmeldung: https://www.weiterbildung.uzh.ch/infoabend
""",
    ),
    m(
        "10718",
        "2025-08-02 09:00",
        "Airbnb <automated@airbnb.com>",
        "Write a review for Joana",
        ("not_job", "en"),
        text="""How was your stay in Lisbon?

Leave a review for Joana's place in Alfama. Reviews help the Airbnb community.

Write a review: https://www.airbnb.ch/reviews/write/HMQ4N2KX
""",
    ),
    m(
        "10719",
        "2025-08-12 19:10",
        RETO,
        "Wie ist der neue Job?",
        ("not_job", "de"),
        text="""Hoi Lukas

Und, wie waren die ersten Tage? Bist du schon im Start-up-Modus mit Nachtschichten? 😄
Samstag Velo? Diesmal Albis.

Reto
""",
    ),
    m(
        "10720",
        "2025-08-13 07:58",
        RETO,
        "Re: Wie ist der neue Job?",
        ("not_job", "de"),
        text="""Haha klingt gut. Samstag 8 Uhr Triemli dann.
""",
        headers=reply("10719", RETO),
    ),
    m(
        "10721",
        "2025-06-19 08:00",
        "ZVV <newsletter@zvv.ch>",
        "Fahrplanänderung Tram 2 und 3 wegen Bauarbeiten",
        ("not_job", "de"),
        text="""Vom 23. Juni bis 10. August verkehren die Tramlinien 2 und 3 zwischen Stauffacher und
Albisriederplatz nicht. Ersatzbusse fahren im 7,5-Minuten-Takt.

Zürcher Verkehrsverbund
""",
    ),
    m(
        "10722",
        "2025-04-18 10:15",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        'Ihre Amazon.de Bestellung von "Bosch Professional Bit-Set..."',
        ("not_job", "de"),
        text="""Hallo Lukas Brunner,

vielen Dank für Ihre Bestellung bei Amazon.de.

Bestellnummer: 302-8812773-1283341
Bosch Professional 43-tlg. Bit-Set   24,99 €
Lieferung: Dienstag, 22. April (nach Konstanz, Packstation 118)

Amazon.de
""",
    ),
    m(
        "10723",
        "2025-03-25 11:00",
        "Revolut <no-reply@revolut.com>",
        "Your statement for February is ready",
        ("not_job", "en"),
        text="""Hi Lukas,

Your CHF account statement for February 2025 is now available in the app.

Revolut
""",
        tz=CET,
    ),
    m(
        "10724",
        "2025-05-21 16:00",
        "Kaggle <no-reply@kaggle.com>",
        "Your notebook received a bronze medal",
        ("not_job", "en"),
        text="""Congratulations lukasbrunner!

Your notebook "LightGBM baseline with hydrological features" in Forecasting Alpine Hydropower
Output received 12 upvotes and earned a bronze medal.

View notebook: https://www.kaggle.com/code/lukasbrunner/lgbm-hydro-baseline
""",
    ),
    m(
        "10725",
        "2025-07-29 10:40",
        "Cembra Money Bank <noreply@cembra.ch>",
        "Ihre Kreditlimite kann erhöht werden – jetzt beantragen",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Gute Nachrichten: Sie können Ihre Kreditlimite auf bis zu CHF 10'000.– erhöhen. Stellen Sie
jetzt in wenigen Minuten online einen Antrag.

Jetzt beantragen: https://www.cembra.ch/limite

Cembra Money Bank AG
""",
    ),
    m(
        "10726",
        "2025-06-24 14:30",
        "Elias Frick <elias.frick@tsueri-mail.ch>",
        "Re: Interviewanfrage: KI und Stromnetz",
        ("not_job", "de"),
        text="""Grüezi Herr Brunner

Herzlichen Dank! Dann rufe ich Sie morgen, Mittwoch, um 11 Uhr an. Die Zitate schicke ich Ihnen
bis Freitag zur Freigabe.

Freundliche Grüsse
Elias Frick
""",
        headers=reply("10323", "redaktion@tsueri-mail.ch"),
    ),
    m(
        "10727",
        "2025-07-09 09:15",
        "Praxis Dr. Frei <praxis@hausarzt-wiedikon.ch>",
        "Ihre Laborresultate",
        ("not_job", "de"),
        text="""Guten Tag Herr Brunner

Ihre Laborresultate vom Check-up sind da und alle im Normbereich. Dr. Frei lässt ausrichten,
dass keine Nachkontrolle nötig ist.

Freundliche Grüsse
Praxisteam Dr. Frei
""",
    ),
    m(
        "10728",
        "2025-02-28 18:20",
        "Fitnesspark <info@fitnesspark.ch>",
        "Bestätigung Ihrer Kündigung",
        ("not_job", "de"),
        text="""Guten Tag Lukas Brunner

Wir bestätigen die Kündigung Ihres Abonnements per 28.02.2025. Schade, dass Sie gehen – wir
würden uns freuen, Sie wieder einmal bei uns zu begrüssen.

Fitnesspark
""",
        tz=CET,
    ),
]
