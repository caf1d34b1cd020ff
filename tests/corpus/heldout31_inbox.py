# ruff: noqa: E501
"""Corpus 31, the ordinary inbox of a Stuttgart engineer, with look-alikes on purpose."""

from __future__ import annotations

from typing import Any

from heldout3_util import m_cet as M

DE = ("not_job", "de")
EN = ("not_job", "en")
FR = ("not_job", "fr")
ES = ("not_job", "es")

LENA = "Lena Hauser <lena.hauser@web.de>"
MAMA = "Brigitte Albrecht <b.albrecht@t-online.de>"
LUKAS = "Lukas Feucht <lukas.feucht@gmx.de>"
HV = "Hausverwaltung Kienzle <vermietung@hv-kienzle.de>"

MAIL: list[dict[str, Any]] = [
    # --- flat hunt (applications, viewings, Absage, Zusage: none of it a job) --------------------
    M(
        "70101",
        "2025-09-02 19:44",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        "Ihre Anfrage wurde erfolgreich versendet",
        DE,
        html="<p>Hallo Jonas Albrecht,</p><p>Ihre Nachricht an den Anbieter wurde versendet:</p>"
        "<p><b>Helle 3-Zimmer-Altbauwohnung mit Balkon</b><br>Stuttgart-West, 78 m², 1.390 € warm</p>"
        "<p>Tipp: Mit MieterPlus-Selbstauskunft und SCHUFA-Auskunft überzeugen Sie Vermieter "
        "schneller.</p><p>Ihr ImmoScout24-Team</p>",
    ),
    M(
        "70102",
        "2025-09-05 11:20",
        HV,
        "Besichtigung Schwabstraße 41, 2. OG – Sa. 13.09., 11:30 Uhr",
        DE,
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihr Interesse an der Wohnung in der Schwabstraße. Wir bieten eine "
        "Sammelbesichtigung am Samstag, 13.09.2025 um 11:30 Uhr an. Bitte bringen Sie eine "
        "ausgefüllte Mieterselbstauskunft, die letzten drei Gehaltsnachweise und eine "
        "SCHUFA-Auskunft mit.\n\nMit freundlichen Grüßen\nHausverwaltung Kienzle GmbH\n"
        "Rotebühlstraße 88, 70178 Stuttgart",
    ),
    M(
        "70103",
        "2025-09-13 20:05",
        LENA,
        "die Wohnung heute",
        DE,
        "Hey du,\n\nich fand die Schwabstraße echt schön, vor allem die Küche! Schickst du der "
        "Verwaltung heute noch die Unterlagen? Ich hab meine Gehaltsnachweise schon "
        "eingescannt, liegen im Ordner 'Wohnung'.\n\nKuss\nLena\n\nVon meinem iPhone gesendet",
    ),
    M(
        "70104",
        "2025-09-19 09:12",
        HV,
        "Ihre Mietbewerbung – Schwabstraße 41",
        DE,
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihre Bewerbung um die Wohnung in der Schwabstraße 41. Leider müssen wir "
        "Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.\n\n"
        "Gerne berücksichtigen wir Sie bei künftigen Angeboten.\n\nMit freundlichen Grüßen\n"
        "Hausverwaltung Kienzle GmbH",
    ),
    M(
        "70105",
        "2025-10-01 18:33",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        "3 neue Angebote für Ihren Suchauftrag „Stuttgart-West, 3 Zi.“",
        DE,
        html="<p>Neue Angebote für Sie:</p><ul><li>3 Zi., 81 m², Reinsburgstraße – 1.420 € warm</li>"
        "<li>3 Zi., 74 m², Bebelstraße – 1.290 € warm</li><li>3,5 Zi., 90 m², Vogelsang – 1.610 € warm</li></ul>"
        '<p><a href="https://www.immobilienscout24.de/suchauftrag">Alle ansehen</a></p>',
    ),
    M(
        "70106",
        "2025-10-09 15:48",
        "Baugenossenschaft Neues Heim eG <vermietung@bg-neuesheim.de>",
        "Zusage für die Wohnung Bebelstraße 17 – Mietvertragsangebot",
        DE,
        "Sehr geehrter Herr Albrecht, sehr geehrte Frau Hauser,\n\n"
        "wir freuen uns, Ihnen die Wohnung Bebelstraße 17, 3. OG links, zum 01.12.2025 anbieten zu "
        "können. Voraussetzung ist der Erwerb von Genossenschaftsanteilen (3 Anteile à 250 €).\n\n"
        "Das Mietvertragsangebot und die Beitrittserklärung liegen dieser E-Mail bei. Bitte senden "
        "Sie beides bis 17.10. unterschrieben zurück.\n\nMit freundlichen Grüßen\n"
        "Baugenossenschaft Neues Heim eG\nVermietung – Frau Ziegler",
        attach=[("Mietvertrag_Bebelstr17.pdf", "application/pdf", "%PDF-1.4 Mietvertrag")],
    ),
    M(
        "70107",
        "2025-10-09 16:02",
        LENA,
        "WIR HABEN DIE WOHNUNG!!!",
        DE,
        "Jonas!!! Hast du die Mail von der Genossenschaft gesehen?? Ich muss gleich heulen. "
        "Heute Abend Sekt?\n\nL.",
    ),
    M(
        "70108",
        "2025-10-22 10:15",
        "Umzugsprofi Stuttgart <angebote@umzugsprofi-stuttgart.de>",
        "Ihr Umzugsangebot Nr. 25-1183",
        DE,
        "Guten Tag Herr Albrecht,\n\n"
        "vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot für Ihren "
        "Umzug von der Hasenbergsteige 12 in die Bebelstraße 17 am 29.11.2025:\n\n"
        "3 Umzugshelfer, 7,5-t-LKW, 6 Stunden, inkl. Halteverbotszone: 1.180,00 € brutto\n\n"
        "Das Angebot ist 14 Tage gültig.\n\nMit freundlichen Grüßen\nUmzugsprofi Stuttgart",
    ),
    M(
        "70109",
        "2025-11-27 08:05",
        "Stadt Stuttgart – Bürgerbüro <buergerbuero@stuttgart.de>",
        "Terminbestätigung Bürgerbüro West – Ummeldung",
        DE,
        "Ihr Termin ist bestätigt.\n\nAnliegen: An-/Ummeldung Wohnsitz\nOrt: Bürgerbüro West, "
        "Bebelstraße 22\nZeit: Mittwoch, 03.12.2025, 08:20 Uhr\nVorgangsnummer: W-88127\n\n"
        "Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.",
    ),
    M(
        "70110",
        "2026-02-02 12:00",
        "Baugenossenschaft Neues Heim eG <vermietung@bg-neuesheim.de>",
        "Einladung zur Mitgliederversammlung 2026",
        DE,
        "Sehr geehrtes Mitglied,\n\nhiermit laden wir Sie herzlich zur ordentlichen "
        "Mitgliederversammlung am 19. März 2026 um 18:30 Uhr in den Gemeindesaal St. Elisabeth ein. "
        "Die Tagesordnung finden Sie im Anhang.\n\nDer Vorstand",
    ),
    # --- money: loan, credit card, bank talk with calendar part ---------------------------------
    M(
        "70201",
        "2025-10-12 21:10",
        "DKB <info@dkb.de>",
        "Ihr Kreditantrag ist bei uns eingegangen",
        DE,
        "Guten Tag Herr Albrecht,\n\nvielen Dank für Ihren Antrag auf einen DKB-Privatkredit über "
        "8.000 EUR. Wir prüfen Ihren Antrag und melden uns in der Regel innerhalb von zwei "
        "Werktagen.\n\nAntragsnummer: 7701-443-2291\n\nFreundliche Grüße\nIhre DKB",
    ),
    M(
        "70202",
        "2025-10-14 09:30",
        "DKB <info@dkb.de>",
        "Gute Nachrichten zu Ihrem Kreditantrag",
        DE,
        "Guten Tag Herr Albrecht,\n\nIhr Kreditantrag wurde genehmigt. Bitte bestätigen Sie den "
        "Vertrag per Video-Ident in Ihrem Banking. Die Auszahlung erfolgt danach innerhalb von 24 "
        "Stunden.\n\nIhre DKB",
    ),
    M(
        "70203",
        "2025-11-04 14:22",
        "Volksbank Stuttgart eG <beratung@volksbank-stuttgart.example>",
        "Einladung zum Beratungsgespräch: Baufinanzierung",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nwie telefonisch besprochen bestätige ich Ihnen unser "
        "Beratungsgespräch zur Baufinanzierung am Dienstag, 11.11.2025 um 17:30 Uhr in unserer "
        "Filiale Feuersee. Bitte bringen Sie Ihre Einkommensnachweise mit.\n\n"
        "Mit freundlichen Grüßen\nSimon Kraus\nPrivatkundenberater",
        ics={
            "style": "outlook",
            "start": "2025-11-11 17:30:00 +0100",
            "minutes": 60,
            "organizer": ("Kraus, Simon", "simon.kraus@volksbank-stuttgart.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000",
            "summary": "Beratungsgespräch Baufinanzierung – Albrecht",
            "location": "Filiale Feuersee, Rotebühlstraße 131",
        },
    ),
    M(
        "70204",
        "2025-12-01 08:00",
        "Advanzia Bank <service@advanzia.com>",
        "Ihr Antrag auf die Mastercard Gold: Vorabgenehmigung",
        DE,
        html="<p>Herzlichen Glückwunsch, Herr Albrecht!</p><p>Ihr Antrag auf die gebührenfreie "
        "Mastercard Gold wurde <b>vorab genehmigt</b>. Nur noch ein Schritt: Identität bestätigen.</p>"
        '<p><a href="https://www.advanzia.com/de/antrag">Antrag abschließen</a></p>',
    ),
    M(
        "70205",
        "2025-09-30 07:12",
        "DKB <info@dkb.de>",
        "Ihr Kontoauszug für September ist da",
        DE,
        "Guten Tag Herr Albrecht,\n\nin Ihrem Postfach im DKB-Banking liegt ein neues Dokument: "
        "Kontoauszug 09/2025 zum Girokonto.\n\nIhre DKB",
    ),
    M(
        "70206",
        "2025-12-31 07:14",
        "DKB <info@dkb.de>",
        "Neues Dokument in Ihrem Postfach",
        DE,
        "Guten Tag Herr Albrecht,\n\nes liegt ein neues Dokument für Sie bereit: "
        "Rechnungsabschluss 4. Quartal 2025.\n\nIhre DKB",
    ),
    M(
        "70207",
        "2025-10-03 10:02",
        "Trade Republic <noreply@traderepublic.com>",
        "Sparplan ausgeführt",
        DE,
        "Dein Sparplan für iShares Core MSCI World wurde ausgeführt. Betrag: 150,00 €. "
        "Die Abrechnung findest du in der App.",
    ),
    M(
        "70208",
        "2026-01-02 10:05",
        "Trade Republic <noreply@traderepublic.com>",
        "Dein Jahressteuerbericht 2025",
        DE,
        "Hi Jonas, dein Steuerreport für 2025 ist jetzt in der App unter Profil > Dokumente "
        "verfügbar.",
    ),
    M(
        "70209",
        "2025-09-16 13:30",
        "PayPal <service@paypal.de>",
        "Sie haben eine Zahlung an Bergfreunde gesendet",
        DE,
        "Guten Tag Jonas Albrecht,\n\nSie haben eine Zahlung in Höhe von 89,90 € EUR an "
        "Bergfreunde GmbH gesendet.\n\nTransaktionscode: 4KJ28810WS3317502",
    ),
    M(
        "70210",
        "2025-11-28 18:41",
        "PayPal <service@paypal.de>",
        "Ihre Zahlung an Zalando SE",
        DE,
        "Guten Tag Jonas Albrecht,\n\nSie haben 64,95 € EUR an Zalando SE gesendet.",
    ),
    # --- marketing "Angebote" and contract offers that are not jobs ------------------------------
    M(
        "70301",
        "2025-09-12 09:00",
        "Stadtwerke Stuttgart <service@stadtwerke-stuttgart.de>",
        "Ihr persönliches Vertragsangebot für StuttgartStrom Öko",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nIhr aktueller Stromvertrag läuft zum 31.12.2025 aus. Wir "
        "haben ein persönliches Vertragsangebot für Sie vorbereitet: StuttgartStrom Öko, 29,8 ct/kWh, "
        "Preisgarantie 24 Monate.\n\nAngebot annehmen: https://www.stadtwerke-stuttgart.de/angebot\n\n"
        "Ihre Stadtwerke Stuttgart",
    ),
    M(
        "70302",
        "2025-10-06 08:30",
        "Telekom <telekom@info.telekom.de>",
        "Nur für kurze Zeit: Ihr exklusives Angebot für MagentaZuhause",
        DE,
        html="<h1>Jetzt wechseln und 6 Monate sparen</h1><p>Lieber Herr Albrecht, als Telekom-Kunde "
        "erhalten Sie MagentaZuhause L für 19,95 € in den ersten 6 Monaten.</p>"
        "<p>Angebot gültig bis 31.10.2025.</p>",
    ),
    M(
        "70303",
        "2025-11-24 07:00",
        "MediaMarkt <newsletter@mediamarkt.de>",
        "BLACK WEEK: Angebote, die Sie nicht verpassen sollten",
        DE,
        html="<p>Die BLACK WEEK ist da! Bis zu 40 % auf Laptops, Kopfhörer und Kaffeevollautomaten.</p>",
    ),
    M(
        "70304",
        "2025-11-15 12:17",
        "HUK-COBURG <service@huk-coburg.de>",
        "Ihr Angebot zur Kfz-Versicherung 2026",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nvielen Dank für Ihre Anfrage. Ihr Angebot für den VW Golf "
        "(S-JA 2291) liegt bei 412,30 € jährlich (Haftpflicht + Teilkasko, SF 9). Sie können das "
        "Angebot bis 30.11. online abschließen.\n\nIhre HUK-COBURG",
    ),
    M(
        "70305",
        "2025-10-20 16:40",
        "Autohaus Weeber <verkauf@autohaus-weeber.example>",
        "Ihr Angebot – Probefahrt ID.3",
        DE,
        "Hallo Herr Albrecht,\n\ndanke für die Probefahrt am Samstag. Anbei wie besprochen das "
        "Leasingangebot für den ID.3 Pro: 36 Monate, 10.000 km/Jahr, 289 € monatlich.\n\n"
        "Melden Sie sich gerne bei Fragen.\n\nGruß\nMarco Eisele\nVerkaufsberater",
    ),
    M(
        "70306",
        "2025-11-03 11:48",
        "Malerbetrieb Gruber <info@maler-gruber.example>",
        "Angebot Nr. 2025-311 Malerarbeiten Bebelstraße 17",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nanbei erhalten Sie unser Angebot für das Streichen von "
        "drei Zimmern und Flur (ca. 190 m² Wandfläche) inkl. Material: 2.340,00 € brutto. "
        "Ausführung KW 47 möglich.\n\nMit freundlichen Grüßen\nMalerbetrieb Gruber",
        attach=[("Angebot_2025-311.pdf", "application/pdf", "%PDF-1.4 Angebot")],
    ),
    M(
        "70307",
        "2025-12-10 09:10",
        "Lidl <newsletter@lidl.de>",
        "Die Angebote der Woche",
        DE,
        html="<p>Ab Montag: Raclette-Käse 1,79 €, Christstollen 3,99 €</p>",
    ),
    M(
        "70308",
        "2026-01-08 08:00",
        "Decathlon <news@decathlon.de>",
        "Januar-Sale: bis zu 50 % auf Skiausrüstung",
        DE,
        html="<p>Starte ins neue Jahr mit neuer Ausrüstung – nur online.</p>",
    ),
    M(
        "70309",
        "2025-09-25 17:00",
        "FitX <noreply@fitx.de>",
        "Dein Probetraining ist gebucht",
        DE,
        "Hey Jonas,\n\ncool, dass du uns testen willst! Dein kostenloses Probetraining im FitX "
        "Stuttgart-West ist am Montag, 29.09., um 18:00 Uhr. Ein Trainer zeigt dir die Geräte.\n\n"
        "Mitbringen: Handtuch, Sportschuhe, Ausweis.\n\nDein FitX-Team",
    ),
    M(
        "70310",
        "2025-10-01 20:10",
        "FitX <noreply@fitx.de>",
        "Willkommen im Club!",
        DE,
        "Deine Mitgliedschaft ist aktiv. Tarif: FitX Flex, 24,90 €/4 Wochen. Deine Mitgliedsnummer: "
        "4471023.",
    ),
    # --- newsletters that interview people or write about hiring ---------------------------------
    M(
        "70401",
        "2025-09-11 06:30",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Interview: „Prüfstände werden zu Rechenzentren“ | Wasserstoff im Lkw | Gehaltsreport",
        DE,
        html="<h2>Im Interview</h2><p>AVL-Manager Stefan Brugger über die Digitalisierung des "
        "Versuchs: „Wer heute Prüfstände plant, plant Rechenzentren.“</p>"
        "<h2>Karriere</h2><p>Gehaltsreport 2025: Was Ingenieurinnen und Ingenieure in der "
        "Entwicklung verdienen – und warum Versuchsingenieure aufholen.</p>"
        '<p><a href="https://www.vdi-nachrichten.com/newsletter/abmelden">Abmelden</a></p>',
    ),
    M(
        "70402",
        "2025-10-16 06:30",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Fachkräftemangel: Zulieferer stellen wieder ein | Interview mit IG-Metall-Chefin",
        DE,
        html="<p>Nach Monaten des Stellenabbaus melden erste Zulieferer im Südwesten wieder "
        "Bedarf an Ingenieuren. Wir haben nachgefragt, welche Profile gesucht werden.</p>"
        "<p>Außerdem: Ein Interview über die 4-Tage-Woche in der Metallindustrie.</p>",
    ),
    M(
        "70403",
        "2025-11-20 06:30",
        "VDI nachrichten <newsletter@vdi-nachrichten.com>",
        "Stellenabbau bei Zulieferern: Was jetzt? | Batterieprüfung im Wandel",
        DE,
        html="<p>Die Kündigungswelle in der Automobilzulieferindustrie trifft vor allem den "
        "Versuch. Drei Ingenieure erzählen, wie sie den Wechsel geschafft haben.</p>",
    ),
    M(
        "70404",
        "2025-09-24 05:00",
        "heise online <newsletter@heise.de>",
        "heise online Newsletter: Die Nachrichten des Tages",
        DE,
        "Top-Themen:\n- Intel verschiebt Fab in Magdeburg erneut\n- Windows 10: Ende des Supports\n"
        "- Interview: Warum deutsche Autohersteller bei Software hinterherhinken\n\n"
        "Newsletter abbestellen: https://www.heise.de/newsletter/",
    ),
    M(
        "70405",
        "2025-12-04 05:00",
        "heise online <newsletter@heise.de>",
        "heise online Newsletter",
        DE,
        "Top-Themen:\n- Bundesnetzagentur: Glasfaserausbau stockt\n- Test: Die besten 3D-Drucker unter 500 Euro\n"
        "- Arbeitsmarkt: IT-Fachkräfte suchen länger als früher",
    ),
    M(
        "70406",
        "2025-10-08 07:15",
        "ingenieur.de <newsletter@ingenieur.de>",
        "Jobmarkt Ingenieure: Diese Branchen stellen 2026 noch ein",
        DE,
        html="<p>Rüstung, Energietechnik, Medizintechnik: Wo Ingenieurinnen und Ingenieure trotz "
        "Konjunkturflaute gesucht werden. Plus: So formulieren Sie Ihr Anschreiben 2026 und was "
        "im Vorstellungsgespräch wirklich zählt.</p>",
    ),
    M(
        "70407",
        "2026-01-14 07:15",
        "ingenieur.de <newsletter@ingenieur.de>",
        "Gehaltsverhandlung: 7 Fehler, die Ingenieure teuer zu stehen kommen",
        DE,
        html="<p>Wer mit einem Angebot in der Hand verhandelt, ist im Vorteil – doch viele lassen "
        "Geld liegen. Unsere Tipps.</p>",
    ),
    M(
        "70408",
        "2025-11-06 16:00",
        "The Engineer <newsletter@theengineer.co.uk>",
        "Interview: inside Europe's largest climatic wind tunnel",
        EN,
        html="<p>This week we speak to the test director of a new climatic wind tunnel about "
        "hydrogen trucks, -40 °C cold starts and why testing still beats simulation.</p>",
    ),
    M(
        "70409",
        "2025-12-18 16:00",
        "The Engineer <newsletter@theengineer.co.uk>",
        "Engineering skills gap: employers struggle to hire test engineers",
        EN,
        html="<p>A new survey finds 61 % of manufacturers struggle to recruit test and validation "
        "engineers. We look at apprenticeships and retraining.</p>",
    ),
    M(
        "70410",
        "2025-10-27 12:00",
        "Personalwirtschaft <newsletter@personalwirtschaft.de>",
        "Recruiting-Trends: Warum Bewerbende Unternehmen ghosten",
        DE,
        html="<p>Nicht nur Arbeitgeber melden sich nicht mehr – auch Kandidatinnen und Kandidaten "
        "brechen Bewerbungsprozesse immer häufiger ohne Rückmeldung ab. Eine Studie.</p>",
    ),
    M(
        "70411",
        "2025-11-13 08:00",
        "Hotel Matze Podcast <news@hotelmatze.example>",
        "Neue Folge: Das große Interview mit Alexander Gerst",
        DE,
        "Hi, in der neuen Folge spreche ich mit dem Astronauten Alexander Gerst über Angst, "
        "Neugier und den Blick auf die Erde. Jetzt überall, wo es Podcasts gibt.",
    ),
    M(
        "70412",
        "2025-09-08 07:00",
        "Stuttgarter Zeitung <newsletter@stuttgarter-zeitung.de>",
        "Der Morgen in Stuttgart: S21-Eröffnung, Wasen-Bilanz",
        DE,
        html="<p>Guten Morgen! Heute: Was die Verschiebung von S21 für Pendler bedeutet, und die "
        "Bilanz des Cannstatter Wasens.</p>",
    ),
    M(
        "70413",
        "2025-12-15 07:00",
        "Stuttgarter Zeitung <newsletter@stuttgarter-zeitung.de>",
        "Der Morgen in Stuttgart: Zulieferer baut 800 Stellen ab",
        DE,
        html="<p>Ein großer Zulieferer aus der Region kündigt den Abbau von 800 Stellen in "
        "Entwicklung und Versuch an. Betriebsrat kündigt Widerstand an.</p>",
    ),
    # --- webinars, events, doctor with calendar parts --------------------------------------------
    M(
        "70501",
        "2025-10-07 10:00",
        "VDI Wissensforum <webinare@vdi-wissensforum.de>",
        "Ihre Anmeldung: Webinar „Betriebsfestigkeit kompakt“ am 23.10.2025",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nvielen Dank für Ihre Anmeldung zum kostenfreien Webinar "
        "„Betriebsfestigkeit kompakt – Lastkollektive richtig auswerten“ am 23.10.2025, 16:00–17:00 "
        "Uhr. Den Zugangslink erhalten Sie einen Tag vorher.\n\nIhr VDI Wissensforum",
        ics={
            "style": "outlook",
            "start": "2025-10-23 16:00:00 +0200",
            "minutes": 60,
            "organizer": ("VDI Wissensforum", "webinare@vdi-wissensforum.de"),
            "uid": "vdiwf-web-2025-1023-bfk@vdi-wissensforum.de",
            "summary": "Webinar: Betriebsfestigkeit kompakt",
            "location": "Online (Zoom)",
        },
    ),
    M(
        "70502",
        "2025-11-18 15:31",
        "Zoom <no-reply@zoom.us>",
        "Registration confirmed: Test Bench Automation with Python – Live Demo",
        EN,
        'Hi Jonas,\n\nThank you for registering for "Test Bench Automation with Python – Live '
        'Demo".\n\nDate & Time: Dec 2, 2025 05:00 PM Amsterdam, Berlin, Rome\n\n'
        "Join from a PC, Mac, iPad, or Android: https://us02web.zoom.us/w/8812004412\n\n"
        "Add to calendar attached.",
        ics={
            "style": "google",
            "start": "2025-12-02 17:00:00 +0100",
            "minutes": 60,
            "organizer": ("Zoom Webinars", "no-reply@zoom.us"),
            "uid": "zoom-webinar-8812004412@zoom.us",
            "summary": "Test Bench Automation with Python – Live Demo",
            "location": "https://us02web.zoom.us/w/8812004412",
        },
    ),
    M(
        "70503",
        "2025-10-13 08:04",
        "Doctolib <no-reply@doctolib.de>",
        "Ihr Termin bei Dr. med. Katrin Seibold ist bestätigt",
        DE,
        "Hallo Jonas Albrecht,\n\nIhr Termin ist bestätigt:\nDonnerstag, 16. Oktober 2025, 08:15\n"
        "Dr. med. Katrin Seibold – Allgemeinmedizin\nSilberburgstraße 106, 70176 Stuttgart\n\n"
        "Bitte bringen Sie Ihre Versichertenkarte mit. Termin absagen: bis 24 Stunden vorher.",
        ics={
            "style": "google",
            "start": "2025-10-16 08:15:00 +0200",
            "minutes": 15,
            "organizer": ("Doctolib", "no-reply@doctolib.de"),
            "uid": "doctolib-appt-66210339@doctolib.de",
            "summary": "Termin Dr. med. Katrin Seibold",
            "location": "Silberburgstraße 106, 70176 Stuttgart",
        },
    ),
    M(
        "70504",
        "2026-01-26 19:20",
        "Doctolib <no-reply@doctolib.de>",
        "Erinnerung: Ihr Termin morgen",
        DE,
        "Hallo Jonas Albrecht,\n\nwir erinnern Sie an Ihren Termin morgen, 27. Januar 2026 um "
        "17:40, bei Zahnarztpraxis Dr. Lindner & Kollegen.\n\nDoctolib",
    ),
    M(
        "70505",
        "2025-11-25 20:30",
        "Meetup <info@meetup.com>",
        "New event: Stuttgart Hardware Hackers – Dezember-Stammtisch",
        EN,
        "Stuttgart Hardware Hackers has scheduled a new event:\n\nDezember-Stammtisch: "
        "Oszilloskope, Glühwein und Lötstationen\nThu, Dec 11 · 7:00 PM\nShackspace, Ulmer Str. 300\n\n"
        "RSVP: https://www.meetup.com/stuttgart-hardware-hackers/events/311892223/",
    ),
    M(
        "70506",
        "2026-02-11 09:00",
        "Lukas Feucht <lukas.feucht@gmx.de>",
        "Einladung: Bouldern + Pizza @ Sa 21. Feb. 2026 14:00 - 18:00 (MEZ)",
        DE,
        "Lukas Feucht hat Sie zu folgendem Termin eingeladen.\n\nBouldern + Pizza\n"
        "Wann: Samstag, 21. Feb. 2026 14:00 – 18:00\nWo: Boulderwelt Stuttgart\n\n"
        "Wer dabei ist, einfach zusagen :)",
        ics={
            "style": "google",
            "start": "2026-02-21 14:00:00 +0100",
            "minutes": 240,
            "organizer": ("Lukas Feucht", "lukas.feucht@gmx.de"),
            "uid": "2l6fh9qk0bn4sd7ceu1x8gr3om@google.com",
            "summary": "Bouldern + Pizza",
            "location": "Boulderwelt Stuttgart",
        },
    ),
    # --- LinkedIn / XING social --------------------------------------------------------------------
    M(
        "70601",
        "2025-09-17 12:05",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Gratulieren Sie Marco Weiss zur neuen Position",
        DE,
        html="<p>Marco Weiss hat eine neue Position als Teamleiter Prüffeld bei Eberle "
        'Motorentechnik angetreten.</p><p><a href="https://www.linkedin.com/feed/">Glückwünsche senden</a></p>',
    ),
    M(
        "70602",
        "2025-10-05 09:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sie wurden in 14 Suchanfragen gefunden",
        DE,
        html="<p>Jonas, Ihr Profil wurde in dieser Woche in 14 Suchanfragen gefunden.</p>"
        "<p>Sie wurden gefunden von Personen, die arbeiten bei: Kessler Gruppe, Brenner SE, "
        "ProTech Engineering Partner.</p>",
    ),
    M(
        "70603",
        "2025-10-30 18:20",
        "LinkedIn <invitations@linkedin.com>",
        "Jana Köhler möchte sich mit Ihnen vernetzen",
        DE,
        html="<p>Jana Köhler<br>Versuchsingenieurin bei Hallberg Elektrik</p>"
        '<p><a href="https://www.linkedin.com/mynetwork/">Annehmen</a></p>',
    ),
    M(
        "70604",
        "2025-12-20 11:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sabrina Ott und 3 weitere haben Ihren Beitrag kommentiert",
        DE,
        html="<p>„Glückwunsch zum 10-jährigen Jubiläum, Dieter!“ – Sabrina Ott hat kommentiert.</p>",
    ),
    M(
        "70605",
        "2026-01-20 13:45",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jonas, Ihr Netzwerk gratuliert Ihnen zur neuen Position",
        DE,
        html="<p>14 Personen haben auf Ihre Neuigkeit reagiert: Konstrukteur bei Hofmann "
        "Maschinenbau GmbH.</p><p>„Glückwunsch, Jonas! Göppingen ist eine gute Wahl.“ – Marco Weiss</p>",
    ),
    M(
        "70606",
        "2025-11-08 10:00",
        "XING <mailrobot@mail.xing.com>",
        "Heute hat Tanja Roth Geburtstag",
        DE,
        "Gratulieren Sie Tanja Roth zum Geburtstag: https://www.xing.com/profile/Tanja_Roth7",
    ),
    M(
        "70607",
        "2025-12-02 17:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Marco Weiss hat Ihnen eine Nachricht gesendet",
        DE,
        "Marco Weiss\n„Hey Jonas, bist du nächste Woche auf dem VDI-Stammtisch? Lass mal wieder "
        "ein Bier trinken.“\n\nAntworten: https://www.linkedin.com/messaging/",
    ),
]

MAIL += [
    # --- family and friends ----------------------------------------------------------------------
    M(
        "70701",
        "2025-09-06 18:22",
        MAMA,
        "Sonntag",
        DE,
        "Hallo Jonas,\n\nkommt ihr am Sonntag zum Mittagessen? Papa macht Maultaschen. Und bring "
        "bitte die Bohrmaschine wieder mit.\n\nLiebe Grüße\nMama",
    ),
    M(
        "70702",
        "2025-10-19 20:11",
        MAMA,
        "Re: Neuigkeiten",
        DE,
        "Lieber Jonas,\n\ndas freut mich so für euch beide mit der Wohnung! Wegen dem Umzug: Papa "
        "kann den Anhänger von Onkel Rolf organisieren. Und mit den Bewerbungen wird es bestimmt "
        "auch bald was, du bist doch so fleißig.\n\nDeine Mama\n\n"
        "> Hallo Mama, wir haben die Wohnung in der Bebelstraße bekommen! ...",
    ),
    M(
        "70703",
        "2025-12-21 09:30",
        MAMA,
        "Weihnachten",
        DE,
        "Hallo ihr zwei,\n\nHeiligabend ab 16 Uhr bei uns, Oma kommt auch. Lena, bringst du wieder "
        "deinen Kartoffelsalat mit?\n\nMama",
    ),
    M(
        "70704",
        "2026-01-16 21:02",
        MAMA,
        "Glückwunsch!!",
        DE,
        "Jonas, Papa hat es mir gerade erzählt – der Vertrag ist unterschrieben! Wir sind so stolz "
        "auf dich. Am Wochenende wird gefeiert.\n\nMama",
    ),
    M(
        "70705",
        "2025-09-18 12:40",
        LUKAS,
        "Kick am Donnerstag?",
        DE,
        "Moin, Donnerstag 19 Uhr Kunstrasen Kräherwald, bist du dabei? Wir sind bisher nur 7.\n\nLukas",
    ),
    M(
        "70706",
        "2025-10-25 22:15",
        LUKAS,
        "Re: Umzug 29.11.",
        DE,
        "Klar helfe ich, aber nur gegen Pizza und Bier. Ich bring Florian mit, der hat einen Sprinter.\n\n"
        "> Hey Lukas, wir ziehen am 29.11. um, hast du Zeit zu helfen?",
    ),
    M(
        "70707",
        "2025-12-12 10:05",
        "Florian Merz <flo.merz@gmail.com>",
        "Fotos vom Umzug",
        DE,
        "Servus, anbei die Fotos vom Samstag. Die mit dem Sofa im Treppenhaus sind legendär 😂\n\nFlo",
        attach=[
            ("umzug_01.jpg", "image/jpeg", "JPEGDATA"),
            ("umzug_02.jpg", "image/jpeg", "JPEGDATA"),
        ],
    ),
    M(
        "70708",
        "2025-10-02 21:47",
        "Élodie Garnier <elodie.garnier@orange.fr>",
        "Tu passes quand à Lyon ?",
        FR,
        "Salut Jonas !\n\nÇa fait une éternité ! Lena m'a dit que tu cherchais un poste peut-être "
        "vers Lyon ? Si tu viens pour un entretien, tu dors à la maison, évidemment. Et on ira "
        "manger au bouchon de la rue Mercière.\n\nBises,\nÉlodie",
    ),
    M(
        "70709",
        "2025-11-22 11:30",
        "Élodie Garnier <elodie.garnier@orange.fr>",
        "Re: Fête des Lumières",
        FR,
        "Super ! Alors on vous attend le 6 décembre. Prenez des vêtements chauds, il fait un froid "
        "de canard sur la colline de Fourvière.\n\nÉlo\n\n> On aimerait bien venir pour la Fête des Lumières !",
    ),
    M(
        "70710",
        "2025-10-11 16:25",
        "Pablo Ruiz <pablo.ruiz.tandem@gmail.com>",
        "Intercambio del jueves",
        ES,
        "¡Hola Jonas!\n\n¿Seguimos con el intercambio el jueves en el café del Marienplatz? Esta vez "
        "empezamos en español, ¿vale? Te traigo el libro de Almudena Grandes que te comenté.\n\n"
        "Un abrazo,\nPablo",
    ),
    M(
        "70711",
        "2026-01-28 18:00",
        "Pablo Ruiz <pablo.ruiz.tandem@gmail.com>",
        "¡Enhorabuena!",
        ES,
        "¡Qué bien lo del nuevo trabajo! Hay que celebrarlo. ¿Cervezas el viernes?\n\nPablo",
    ),
    M(
        "70712",
        "2025-09-27 14:14",
        "Sarah & Tim <hochzeit.sarahundtim@gmail.com>",
        "Save the Date – Sarah & Tim heiraten!",
        DE,
        "Ihr Lieben,\n\nwir heiraten am 13. Juni 2026 in Tübingen! Die richtige Einladung folgt, "
        "aber haltet euch den Tag bitte frei.\n\nSarah & Tim",
    ),
    M(
        "70713",
        "2025-11-02 19:50",
        LENA,
        "Einkaufsliste Ikea",
        DE,
        "- Bettgestell 160x200 (MALM oder so)\n- 2 Deckenlampen\n- Schuhschrank\n- Teelichter!!\n\n"
        "Samstag früh, bevor es voll wird?",
    ),
    M(
        "70714",
        "2026-01-09 12:31",
        LENA,
        "Fwd: Angebot Skiurlaub",
        DE,
        "Schau mal, das Haus in Lech wäre im März noch frei. Sollen wir?\n\n"
        "---------- Weitergeleitete Nachricht ---------\nVon: Ferienhaus Alpenrose <info@alpenrose-lech.example>\n"
        "Betreff: Ihr Angebot für 14.–21.03.2026\n\nSehr geehrte Frau Hauser, gerne bieten wir "
        "Ihnen die Ferienwohnung „Omeshorn“ für 7 Nächte zu 1.260 € an.",
    ),
    M(
        "70715",
        "2025-09-29 08:45",
        "Oma Hilde <hilde.albrecht@gmx.de>",
        "Geburtstag",
        DE,
        "lieber jonas, danke für die schönen blumen, ich habe mich sehr gefreut. komm mich bald "
        "mal wieder besuchen. deine oma",
    ),
    # --- clubs and non-job "applications" --------------------------------------------------------
    M(
        "70801",
        "2025-09-14 10:02",
        "Kleingartenverein Stuttgart-Süd e.V. <vorstand@kgv-stgt-sued.example>",
        "Ihre Bewerbung um eine Kleingartenparzelle",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nvielen Dank für Ihre Bewerbung um eine Parzelle in "
        "unserer Anlage am Dornhaldenfriedhof. Wir haben Sie auf unsere Warteliste gesetzt "
        "(aktuell Platz 37). Erfahrungsgemäß beträgt die Wartezeit zwei bis drei Jahre.\n\n"
        "Mit gärtnerischen Grüßen\nDer Vorstand",
    ),
    M(
        "70802",
        "2025-09-21 15:33",
        "Stuttgart-Lauf Orga <helfer@stuttgart-lauf.example>",
        "Deine Bewerbung als Streckenposten – danke!",
        DE,
        "Hallo Jonas,\n\nwir haben deine Anmeldung als ehrenamtlicher Helfer für den Stuttgarter "
        "Silvesterlauf erhalten. Einsatz: Verpflegungsstand km 5, 31.12., 12–16 Uhr. Das "
        "Helfer-Shirt bekommst du vor Ort.\n\nDanke, dass du dabei bist!\nDein Orga-Team",
    ),
    M(
        "70803",
        "2025-10-15 09:00",
        "DAV Sektion Schwaben <info@alpenverein-schwaben.de>",
        "Sektionsmitteilungen November",
        DE,
        html="<p>Neu im Programm: Lawinenkurs Einsteiger, Skitourenwoche Kleinwalsertal. Anmeldung "
        "über das Portal.</p>",
    ),
    M(
        "70804",
        "2025-11-19 12:12",
        "VHS Stuttgart <anmeldung@vhs-stuttgart.de>",
        "Anmeldebestätigung: Spanisch B1 – Kurs 261-40512",
        DE,
        "Guten Tag Herr Albrecht,\n\nhiermit bestätigen wir Ihre Anmeldung zum Kurs Spanisch B1 "
        "(dienstags 18:30–20:00, ab 13.01.2026, TREFFPUNKT Rotebühlplatz, Raum 3.08). Die "
        "Kursgebühr von 189 € wird per Lastschrift eingezogen.\n\nIhre VHS Stuttgart",
    ),
    M(
        "70805",
        "2025-12-05 10:40",
        "TSV Kräherwald Tennis <tennis@tsv-kraeherwald.example>",
        "Ihr Aufnahmeantrag wurde angenommen",
        DE,
        "Lieber Herr Albrecht,\n\nder Vorstand hat Ihrem Aufnahmeantrag zugestimmt – herzlich "
        "willkommen in der Tennisabteilung! Die Hallensaison läuft bis April; Platzbuchungen über "
        "die App.\n\nSportliche Grüße\nWerner Haag, Abteilungsleiter",
    ),
    M(
        "70806",
        "2026-02-05 16:00",
        "Kleingartenverein Stuttgart-Süd e.V. <vorstand@kgv-stgt-sued.example>",
        "Einladung Jahreshauptversammlung",
        DE,
        "Liebe Mitglieder und Bewerber der Warteliste,\n\ndie Jahreshauptversammlung findet am 7. "
        "März im Vereinsheim statt. Themen: Wasserleitung, Pachtzins 2026.\n\nDer Vorstand",
    ),
    # --- travel ----------------------------------------------------------------------------------
    M(
        "70901",
        "2025-10-14 20:02",
        "DB Fahrkarte <noreply@bahn.de>",
        "Ihre Fahrkarte: Stuttgart Hbf → München Hbf, 15.10.2025",
        DE,
        "Buchungsbestätigung\n\nAuftragsnummer: 771 204 881 530\nHinfahrt: 15.10.2025, Stuttgart Hbf "
        "06:51 → München Hbf 09:03, ICE 591\nRückfahrt: 15.10.2025, München Hbf 16:17 → Stuttgart Hbf "
        "18:28\nPreis: 89,80 € (Sparpreis)\n\nIhr Ticket finden Sie im Anhang und im DB Navigator.",
        attach=[("Ticket_771204881530.pdf", "application/pdf", "%PDF ticket")],
    ),
    M(
        "70902",
        "2025-10-23 07:30",
        "DB Fahrkarte <noreply@bahn.de>",
        "Ihre Fahrkarte: Stuttgart Hbf → München Hbf, 24.10.2025",
        DE,
        "Buchungsbestätigung\n\nAuftragsnummer: 771 209 117 204\nHinfahrt: 24.10.2025, 06:14 ICE 515\n"
        "Preis: 49,90 € (Super Sparpreis)",
    ),
    M(
        "70903",
        "2025-10-24 06:02",
        "DB Reiseinformation <noreply@bahn.de>",
        "Verspätung ICE 515: ca. +25 Min.",
        DE,
        "Ihre Verbindung ist betroffen: ICE 515 Stuttgart Hbf – München Hbf hat aufgrund einer "
        "Reparatur am Zug ca. 25 Minuten Verspätung. Ihre Anschlüsse: keine.",
    ),
    M(
        "70904",
        "2025-11-28 19:40",
        "Booking.com <customer.service@mail.booking.com>",
        "Ihre Buchung ist bestätigt: Hôtel des Célestins, Lyon",
        DE,
        html="<p>Danke, Jonas! Ihre Buchung in Lyon ist bestätigt.</p><p>Check-in: Fr., 5. Dez. 2025<br>"
        "Check-out: So., 7. Dez. 2025<br>Bestätigungsnummer: 4481.220.913</p>",
    ),
    M(
        "70905",
        "2025-12-04 18:11",
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet : Stuttgart → Lyon Part-Dieu",
        FR,
        "Bonjour Jonas,\n\nVotre voyage du 5 décembre 2025 : TGV INOUI 9577, départ Stuttgart Hbf "
        "13:55, arrivée Strasbourg 15:10, correspondance TER → Lyon Part-Dieu 19:48.\n\n"
        "Référence de dossier : QXKZ4R\n\nBon voyage !",
    ),
    M(
        "70906",
        "2026-01-12 14:02",
        "Airbnb <automated@airbnb.com>",
        "Buchung bestätigt: Haus Alpenrose in Lech, 14.–21. März",
        DE,
        html="<p>Du fährst nach Lech! Gastgeberin Christl hat deine Buchung bestätigt.</p>",
    ),
    M(
        "70907",
        "2025-09-26 09:00",
        "FlixBus <noreply@flixbus.de>",
        "Deine Buchung #3021488713",
        DE,
        "Hallo Jonas, deine Fahrt Stuttgart → Freiburg am 04.10.2025 um 08:30 ist gebucht. "
        "Gute Reise!",
    ),
    M(
        "70908",
        "2026-02-17 18:30",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Billett: Zürich HB – Chur",
        DE,
        "Guten Tag Jonas Albrecht\n\nBesten Dank für Ihren Kauf. Sparbillett 2. Klasse, 28.02.2026, "
        "Zürich HB 08:37 – Chur 09:52. CHF 19.80",
    ),
    # --- shopping, shipping, subscriptions -------------------------------------------------------
    M(
        "71001",
        "2025-09-15 21:12",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        "Ihre Amazon.de Bestellung von „Bosch Professional Akkuschrauber GSR 18V-55...“",
        DE,
        "Hallo Jonas,\n\nvielen Dank für Ihre Bestellung. Voraussichtliche Lieferung: Mittwoch, 17. "
        "September.\n\nBestellnummer: 302-4418872-1190314\nGesamtsumme: 149,99 €",
    ),
    M(
        "71002",
        "2025-09-17 10:22",
        "DHL Paket <noreply@dhl.de>",
        "Ihr Paket kommt heute",
        DE,
        "Guten Tag, Ihre Sendung 00340434 5512 8810 2231 wird heute zwischen 10:30 und 13:00 Uhr "
        "zugestellt. Absender: Amazon EU S.à r.l.",
    ),
    M(
        "71003",
        "2025-11-21 13:05",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Versandt: „Umzugskartons 20 Stück“",
        DE,
        "Ihr Paket ist unterwegs. Lieferung: Samstag, 22. November. Sendungsverfolgung in der App.",
    ),
    M(
        "71004",
        "2025-12-08 09:30",
        "Hermes <noreply@myhermes.de>",
        "Ihre Sendung wurde im PaketShop abgegeben",
        DE,
        "Ihre Sendung H1002345678901 liegt zur Abholung bereit: Kiosk am Bismarckplatz, "
        "Bismarckstraße 2.",
    ),
    M(
        "71005",
        "2025-10-05 12:12",
        "Bergfreunde.de <service@bergfreunde.de>",
        "Deine Bestellung ist unterwegs",
        DE,
        "Servus Jonas, deine Bestellung 10392811 (La Sportiva Solution, Gr. 42) hat unser Lager "
        "verlassen.",
    ),
    M(
        "71006",
        "2025-11-29 08:02",
        "Zalando <info@service-mail.zalando.de>",
        "Deine Bestellung ist bestätigt",
        DE,
        html="<p>Danke für deine Bestellung, Jonas! Wintermantel, Größe L – Lieferung Di, 2.12.</p>",
    ),
    M(
        "71007",
        "2025-09-20 11:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        EN,
        "Hi Jonas,\n\nThanks for your payment. Premium Duo, €16.99, charged on 20/09/2025 to Visa ending 2291.",
    ),
    M(
        "71008",
        "2025-10-20 11:00",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium receipt",
        EN,
        "Hi Jonas,\n\nWe've charged €16.99 for Premium Duo for the period 20 Oct – 19 Nov 2025.",
    ),
    M(
        "71009",
        "2025-12-01 19:12",
        "Spotify <no-reply@spotify.com>",
        "Your 2025 Wrapped is here 🎁",
        EN,
        html="<p>Your top artist this year: AnnenMayKantereit. You listened to 41,882 minutes of music.</p>",
    ),
    M(
        "71010",
        "2025-10-28 17:00",
        "Netflix <info@mailer.netflix.com>",
        "Wir passen unsere Preise an",
        DE,
        "Hallo Jonas, ab dem 28. November kostet dein Standard-Abo 13,99 € im Monat.",
    ),
    M(
        "71011",
        "2025-11-10 06:10",
        "Apple <no_reply@email.apple.com>",
        "Ihre Rechnung von Apple",
        DE,
        "iCloud+ mit 200 GB, monatlich – 2,99 €. Bestellnummer MSC8T42L1P.",
    ),
    M(
        "71012",
        "2025-09-24 13:00",
        "Posteo <support@posteo.de>",
        "Ihr Posteo-Guthaben ist bald aufgebraucht",
        DE,
        "Hallo,\n\nIhr Guthaben reicht noch für etwa 30 Tage. Bitte laden Sie Ihr Konto rechtzeitig auf.\n\nIhr Posteo-Team",
    ),
    M(
        "71013",
        "2025-10-31 14:41",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung",
        DE,
        "Neue Anmeldung auf Windows\njonas.albrecht.stgt@gmail.com\nWir haben eine neue Anmeldung bei "
        "Ihrem Google-Konto auf einem Windows-Gerät festgestellt.",
    ),
    M(
        "71014",
        "2025-11-30 10:00",
        "Strava <no-reply@strava.com>",
        "Deine Woche auf Strava",
        DE,
        html="<p>3 Aktivitäten · 31,4 km · 2:48 h. Du bist 12 % mehr gelaufen als letzte Woche.</p>",
    ),
    M(
        "71015",
        "2025-10-12 18:30",
        "komoot <noreply@komoot.de>",
        "Lukas hat dich in einer Tour markiert",
        DE,
        html="<p>„Runde über den Bopser“ – 14,2 km Wandern mit Lukas Feucht.</p>",
    ),
    M(
        "71016",
        "2025-12-27 09:00",
        "Duolingo <hello@duolingo.com>",
        "Your Year in Review is ready!",
        EN,
        html="<p>You learned Spanish for 212 days this year. ¡Fantástico!</p>",
    ),
    M(
        "71017",
        "2026-01-31 19:05",
        "Kino Delphi <tickets@delphi-arthaus.example>",
        "Ihre Tickets: Sa 31.01., 20:15",
        DE,
        "Vielen Dank für Ihre Reservierung. 2 Tickets, Reihe 7, Plätze 11–12. Abholung bis 15 Min. vor Beginn.",
    ),
    M(
        "71018",
        "2025-11-12 10:10",
        "Eventim <noreply@eventim.de>",
        "Deine Tickets für Provinz – Tour 2026",
        DE,
        html="<p>Bestellung 9812245: 2x Stehplatz, Porsche-Arena Stuttgart, 14.03.2026.</p>",
    ),
    M(
        "71019",
        "2025-09-04 07:05",
        "IKEA <noreply@ikea.de>",
        "Deine IKEA Family Angebote im September",
        DE,
        html="<p>Exklusive Angebote für IKEA Family Mitglieder – nur diese Woche.</p>",
    ),
    M(
        "71020",
        "2025-12-02 16:30",
        "IKEA <noreply@ikea.de>",
        "Deine Lieferung ist eingeplant",
        DE,
        "Liefertermin: Samstag, 06.12.2025, zwischen 8 und 12 Uhr. Bestellung 1482299011.",
    ),
    # --- utilities, insurance, authorities -------------------------------------------------------
    M(
        "71101",
        "2025-09-10 08:20",
        "Vodafone <kundenservice@vodafone.de>",
        "Ihre Rechnung für September",
        DE,
        "Guten Tag Herr Albrecht, Ihre Rechnung über 39,99 € ist da. Abbuchung am 15.09.2025.",
    ),
    M(
        "71102",
        "2025-12-10 08:20",
        "Vodafone <kundenservice@vodafone.de>",
        "Ihr Umzugsauftrag: Neuer Anschluss ab 02.12.",
        DE,
        "Guten Tag Herr Albrecht, Ihr Internetanschluss in der Bebelstraße 17 ist aktiv. Viel Spaß beim Surfen!",
    ),
    M(
        "71103",
        "2025-10-15 09:40",
        "EnBW <service@enbw.com>",
        "Ihre Schlussrechnung Hasenbergsteige 12",
        DE,
        "Sehr geehrter Herr Albrecht, anbei Ihre Schlussrechnung. Guthaben: 84,12 €, Auszahlung auf Ihr Konto.",
    ),
    M(
        "71104",
        "2025-09-28 11:11",
        "Techniker Krankenkasse <service@tk.de>",
        "Neue Nachricht in Meine TK",
        DE,
        "Guten Tag Herr Albrecht, in Ihrem Postfach liegt ein neues Dokument: Bescheinigung über "
        "Beitragszahlungen 2024.",
    ),
    M(
        "71105",
        "2026-01-05 10:00",
        "Techniker Krankenkasse <service@tk.de>",
        "Ihr Bonusprogramm: 2025 abgeschlossen",
        DE,
        "Sie haben 5 Maßnahmen eingereicht. Ihr Bonus von 60 € wird in den nächsten Tagen überwiesen.",
    ),
    M(
        "71106",
        "2025-11-05 07:00",
        "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
        "Bestätigung Ihrer Adressänderung",
        DE,
        "Ihre Adressänderung zum 01.12.2025 wurde gespeichert. Beitragsnummer 471 822 019.",
    ),
    M(
        "71107",
        "2025-10-22 12:30",
        "ELSTER <noreply@elster.de>",
        "Ihr Steuerbescheid steht zum Abruf bereit",
        DE,
        "Sehr geehrte Nutzerin, sehr geehrter Nutzer, für Ihr Benutzerkonto ist ein neuer Bescheid "
        "zur Einkommensteuer 2024 eingetroffen.",
    ),
    M(
        "71108",
        "2025-12-18 14:00",
        "ADAC <mitgliederservice@adac.de>",
        "Ihr ADAC Mitgliedsausweis 2026",
        DE,
        "Lieber Herr Albrecht, Ihr neuer digitaler Mitgliedsausweis ist in der ADAC App verfügbar.",
    ),
    M(
        "71109",
        "2025-12-12 09:15",
        "Hausverwaltung Kienzle <abrechnung@hv-kienzle.de>",
        "Nebenkostenabrechnung 2024 / Auszug Hasenbergsteige",
        DE,
        "Sehr geehrter Herr Albrecht, anbei die Betriebskostenabrechnung 2024 sowie das "
        "Übergabeprotokoll. Die Kaution wird nach Prüfung abgerechnet.",
        attach=[("BKA_2024_Albrecht.pdf", "application/pdf", "%PDF BKA")],
    ),
    M(
        "71110",
        "2026-02-13 11:00",
        "HUK-COBURG <service@huk-coburg.de>",
        "Ihr Versicherungsschein",
        DE,
        "Sehr geehrter Herr Albrecht, anbei Ihr Versicherungsschein zur Hausratversicherung "
        "Bebelstraße 17.",
    ),
    M(
        "71111",
        "2026-01-23 16:22",
        "Lohnsteuerhilfe Bayern-BW e.V. <stuttgart-west@lohi.example>",
        "Termin Einkommensteuererklärung 2025",
        DE,
        "Guten Tag Herr Albrecht,\n\nwir bestätigen Ihren Termin am 24.02.2026 um 17:00 Uhr. Bitte "
        "bringen Sie die Lohnsteuerbescheinigung, Belege zu Bewerbungskosten und Umzugskosten mit.\n\n"
        "Freundliche Grüße\nBeratungsstelle Stuttgart-West",
    ),
    # --- professional-ish but not a job ----------------------------------------------------------
    M(
        "71201",
        "2025-09-30 10:00",
        "Alumni Maschinenbau <alumni@mb-alumni-stuttgart.example>",
        "Einladung: Alumni-Abend „Karrierewege im Versuch“",
        DE,
        "Liebe Alumnae und Alumni,\n\nam 16. Oktober laden wir zum Alumni-Abend ein. Drei "
        "Ehemalige erzählen von ihren Karrierewegen in Versuch und Erprobung – mit Get-together.\n\n"
        "Anmeldung bis 10.10. unter alumni@mb-alumni-stuttgart.example",
    ),
    M(
        "71202",
        "2025-10-10 13:30",
        "SOLIDWORKS <solidworks@email.3ds.com>",
        "What's new in SOLIDWORKS 2026 – live launch event",
        EN,
        html="<p>Join us for the SOLIDWORKS 2026 launch: 300+ enhancements to design, simulation "
        "and data management.</p>",
    ),
    M(
        "71203",
        "2025-11-26 09:00",
        "Ansys <info@ansys.com>",
        "Webinar recording: Fatigue analysis with Ansys nCode",
        EN,
        html="<p>Thanks for your interest. The recording is now available on demand.</p>",
    ),
    M(
        "71204",
        "2025-12-03 15:00",
        "Coursera <no-reply@coursera.org>",
        "Your application for Financial Aid was approved",
        EN,
        'Hi Jonas,\n\nYour financial aid application for "Machine Learning for Engineers" has been '
        "approved. You now have full access to the course.",
    ),
    M(
        "71205",
        "2026-02-09 08:30",
        "Messe Stuttgart <info@messe-stuttgart.de>",
        "Ihr Ticket für die Control 2026",
        DE,
        "Vielen Dank für Ihre Registrierung. Ihr Besucherticket für die Control – Internationale "
        "Fachmesse für Qualitätssicherung, 05.–08. Mai 2026.",
    ),
    M(
        "71206",
        "2025-11-14 12:00",
        "GitHub <noreply@github.com>",
        "[GitHub] A personal access token has expired",
        EN,
        'Hi jalbrecht-stgt, your personal access token "laptop" has expired.',
    ),
]

MAIL += [
    M(
        "71301",
        "2025-09-09 19:30",
        LENA,
        "heute Abend",
        DE,
        "Bin erst um 8 daheim, Teamevent zieht sich. Iss ruhig schon. Hab dich lieb",
    ),
    M(
        "71302",
        "2025-10-27 07:55",
        LENA,
        "Re: Bewerbungsfotos",
        DE,
        "Das zweite Foto ist viel besser, da guckst du nicht so streng. Nimm das!\n\n"
        "> Welches Foto soll ich für die Bewerbungen nehmen? Anbei beide.",
    ),
    M(
        "71303",
        "2025-12-16 06:40",
        LENA,
        "Viel Glück heute!!",
        DE,
        "Ich drück dir ganz fest die Daumen für den Tag in Göppingen. Du machst das! 🍀",
    ),
    M("71304", "2026-02-14 09:00", LENA, "💌", DE, "Schönen Valentinstag, du Konstrukteur ❤️"),
    M(
        "71305",
        "2025-11-09 17:17",
        LUKAS,
        "Tippspiel Bundesliga",
        DE,
        "Tabellenstand nach dem 10. Spieltag: 1. Flo (24), 2. ich (21), 3. du (17). Streng dich an!",
    ),
    M(
        "71306",
        "2026-01-25 12:48",
        LUKAS,
        "Re: Neuer Job",
        DE,
        "Alter, Glückwunsch!! Göppingen ist zwar nicht Stuttgart, aber mit dem Jobrad bist du ja "
        "fit genug ;) Einstand gibt's aber trotzdem.\n\n> Ich hab unterschrieben, ab April bei Hofmann.",
    ),
    M(
        "71307",
        "2025-10-30 20:00",
        "Papa <gerd.albrecht@t-online.de>",
        "Anhänger",
        DE,
        "Jonas, den Anhänger hab ich für den 29. Bekomme ihn Freitagabend. Gruß Papa",
    ),
    M(
        "71308",
        "2025-12-28 15:10",
        "Élodie Garnier <elodie.garnier@orange.fr>",
        "Photos de Lyon 🎆",
        FR,
        "Coucou ! Voici quelques photos de la Fête des Lumières. C'était trop bien de vous avoir. "
        "Bonne année en avance !\n\nÉlo",
        attach=[("lumieres.jpg", "image/jpeg", "JPEGDATA")],
    ),
    M(
        "71309",
        "2025-09-23 10:10",
        "Hochschule Alumni-Netzwerk <newsletter@mb-alumni-stuttgart.example>",
        "Mentoring-Programm: Jetzt als Mentor bewerben",
        DE,
        html="<p>Sie möchten Ihre Erfahrung weitergeben? Bewerben Sie sich bis 15.10. als Mentorin "
        "oder Mentor für Studierende im Maschinenbau.</p>",
    ),
    M(
        "71310",
        "2025-10-04 09:12",
        "Stadtbibliothek Stuttgart <bibliothek@stuttgart.de>",
        "Erinnerung: Leihfrist läuft ab",
        DE,
        "Folgende Medien sind am 08.10.2025 fällig: „Technische Mechanik 2 – Elastostatik“ (Gross et al.).",
    ),
    M(
        "71311",
        "2025-11-01 08:00",
        "Verbraucherzentrale BW <newsletter@vz-bw.de>",
        "Newsletter: Strompreise 2026 – lohnt sich der Wechsel?",
        DE,
        html="<p>Viele Versorger senden derzeit „persönliche Vertragsangebote“. Wir erklären, "
        "worauf Sie achten sollten.</p>",
    ),
    M(
        "71312",
        "2025-11-16 10:00",
        "Too Good To Go <hello@toogoodtogo.de>",
        "Deine Überraschungstüte wartet",
        DE,
        html="<p>Bäckerei Hafendorf hat heute noch 3 Tüten. Abholung 18:00–18:30.</p>",
    ),
    M(
        "71313",
        "2025-12-23 13:00",
        "Deutsche Post <noreply@deutschepost.de>",
        "Nachsendeauftrag aktiv",
        DE,
        "Ihr Nachsendeauftrag von Hasenbergsteige 12 nach Bebelstraße 17 ist ab 01.12.2025 für 6 Monate aktiv.",
    ),
    M(
        "71314",
        "2025-09-19 16:45",
        "Handelsblatt Karriere <newsletter@handelsblatt.com>",
        "Karriere-Briefing: Wie Sie im Vorstellungsgespräch souverän über Gehalt sprechen",
        DE,
        html="<p>Unsere Coaching-Kolumne: Fünf Sätze, die im Vorstellungsgespräch Türen öffnen – "
        "und drei, die Sie vermeiden sollten.</p>",
    ),
    M(
        "71315",
        "2026-02-18 07:00",
        "Handelsblatt Karriere <newsletter@handelsblatt.com>",
        "Karriere-Briefing: Die ersten 100 Tage im neuen Job",
        DE,
        html="<p>Der neue Vertrag ist unterschrieben? So gelingt der Start.</p>",
    ),
    M(
        "71316",
        "2025-10-21 18:00",
        "Wise <noreply@wise.com>",
        "Your transfer to Élodie Garnier is complete",
        EN,
        "€45.00 has arrived in Élodie Garnier's account.",
    ),
    M(
        "71317",
        "2026-01-15 11:30",
        "CHECK24 <service@check24.de>",
        "Ihr Vergleich: Hausratversicherung",
        DE,
        "Hallo Herr Albrecht, wir haben 38 Tarife für Sie verglichen. Der Testsieger kostet 6,12 € "
        "im Monat. Jetzt abschließen.",
    ),
    M(
        "71318",
        "2026-02-06 17:50",
        "Shackspace e.V. <vorstand@shackspace.example>",
        "Mitgliedsantrag eingegangen",
        DE,
        "Hallo Jonas,\n\ndanke für deinen Mitgliedsantrag. Der Vorstand entscheidet in der nächsten "
        "Sitzung; bis dahin bist du als Gast jederzeit willkommen.\n\nshack on!",
    ),
    M(
        "71319",
        "2025-09-03 12:00",
        "Lieferando <noreply@lieferando.de>",
        "Deine Bestellung bei Pizzeria Da Vinci",
        DE,
        "Danke für deine Bestellung! Voraussichtliche Lieferung: 12:35–12:50.",
    ),
    M(
        "71320",
        "2025-12-19 17:20",
        "Lieferando <noreply@lieferando.de>",
        "Wie war dein Essen?",
        DE,
        "Bewerte Asia Wok Heslach und hilf anderen bei der Auswahl.",
    ),
    M(
        "71321",
        "2025-11-07 12:00",
        "Bauhaus <newsletter@bauhaus.info>",
        "Umzug? Alles für Ihr neues Zuhause",
        DE,
        html="<p>Dübel, Farbe, Lampen – jetzt 15 % mit dem Umzugs-Coupon.</p>",
    ),
    M(
        "71322",
        "2025-10-18 09:05",
        "Wochenmarkt-Kiste <abo@gemuesekiste-filder.example>",
        "Deine Kiste diese Woche",
        DE,
        "Drin: Kürbis, Mangold, Äpfel (Boskop), Kartoffeln, Feldsalat. Lieferung Donnerstag.",
    ),
    M(
        "71323",
        "2025-12-09 15:30",
        "Oma Hilde <hilde.albrecht@gmx.de>",
        "Plätzchen",
        DE,
        "lieber jonas, ich habe euch plätzchen gebacken, kann der papa am sonntag mitbringen. "
        "viele grüße oma",
    ),
    M(
        "71324",
        "2026-01-30 20:20",
        "Sarah & Tim <hochzeit.sarahundtim@gmail.com>",
        "Einladung zu unserer Hochzeit – bitte antwortet bis 1. April",
        DE,
        "Ihr Lieben, jetzt offiziell: Wir laden euch herzlich zu unserer Hochzeit am 13. Juni 2026 "
        "ein. Trauung 14 Uhr in der Stiftskirche Tübingen. Bitte sagt uns bis 1. April zu oder ab.\n\n"
        "Sarah & Tim",
    ),
    M(
        "71325",
        "2025-11-23 10:40",
        "Google Fotos <noreply-photos@google.com>",
        "Rückblick: Vor 3 Jahren",
        DE,
        html="<p>Erinnerungen vom November 2022 – Gardasee</p>",
    ),
    M(
        "71326",
        "2026-02-20 07:30",
        "Techniker Krankenkasse <service@tk.de>",
        "Arbeitgeberwechsel? So einfach geht's",
        DE,
        html="<p>Sie wechseln den Job? Nennen Sie Ihrem neuen Arbeitgeber einfach Ihre "
        "TK-Mitgliedschaft – den Rest erledigen wir.</p>",
    ),
    M(
        "71327",
        "2025-12-06 09:00",
        "Deutsche Bahn <noreply@bahn.de>",
        "BahnCard 25: Ihre Karte läuft ab",
        DE,
        "Ihre BahnCard 25 (2. Klasse) läuft am 05.01.2026 ab und verlängert sich automatisch.",
    ),
    M(
        "71328",
        "2026-02-24 18:10",
        "Volksbank Stuttgart eG <beratung@volksbank-stuttgart.example>",
        "Ihr Finanzierungsangebot",
        DE,
        "Sehr geehrter Herr Albrecht,\n\nauf Grundlage Ihres neuen Arbeitsvertrags haben wir Ihr "
        "Finanzierungsangebot aktualisiert: Darlehen 320.000 €, Sollzins 3,41 % p.a., "
        "Zinsbindung 15 Jahre.\n\nMit freundlichen Grüßen\nSimon Kraus",
    ),
]
