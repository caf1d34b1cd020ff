# ruff: noqa: E501
"""The ordinary inbox of the twenty-fifth corpus, with look-alikes on purpose (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET = "+0100"


def n(
    key: str, date: str, frm: str, subject: str, text: str, lang: str = "de", **kw: Any
) -> dict[str, Any]:
    """A message that is no job mail."""
    return m(key, date, frm, subject, ("not_job", lang), text, **kw)


MAIL: list[dict[str, Any]] = [
    # --- look-alikes: flats, loans, visas, studies ---
    n(
        "25201",
        "2025-03-02 10:14",
        "willhaben <noreply@willhaben.at>",
        "Deine Anfrage wurde an den Anbieter gesendet",
        """Hallo Katharina,

deine Anfrage zum Objekt "Helle 3-Zimmer-Wohnung mit Balkon, 1070 Wien" wurde an den Anbieter gesendet. Der Anbieter meldet sich direkt bei dir.

Dein willhaben-Team
""",
        tz=CET,
    ),
    n(
        "25202",
        "2025-03-05 15:40",
        "Immobilien Kratochwil GmbH <vermietung@kratochwil-immo.at>",
        "Besichtigungstermin Zieglergasse 18/9",
        """Sehr geehrte Frau Brandstätter,

gerne bestätigen wir Ihnen den Besichtigungstermin für die Wohnung Zieglergasse 18/9 am Samstag, 8. März um 11:00 Uhr. Bitte bringen Sie zur Bewerbung für die Wohnung folgende Unterlagen mit: Lohnzettel der letzten drei Monate, KSV-Auskunft, Meldezettel.

Mit freundlichen Grüßen
Mag. (FH) Iris Kratochwil
""",
        tz=CET,
    ),
    n(
        "25203",
        "2025-03-12 09:02",
        "Immobilien Kratochwil GmbH <vermietung@kratochwil-immo.at>",
        "Ihre Bewerbung für die Wohnung Zieglergasse 18/9",
        """Sehr geehrte Frau Brandstätter,

vielen Dank für Ihr Interesse. Leider hat sich der Eigentümer für andere Mietinteressenten entschieden. Wir nehmen Sie gerne in unsere Suchkartei auf.

Mit freundlichen Grüßen
Immobilien Kratochwil
""",
        tz=CET,
    ),
    n(
        "25204",
        "2025-04-03 11:30",
        "Wohnbaugenossenschaft Heimstatt Donau <vergabe@heimstatt-donau.at>",
        "Anmeldung Wohnungsvergabe - Bestätigung",
        """Sehr geehrte Frau Brandstätter,

wir bestätigen Ihre Anmeldung als Wohnungssuchende bei der Gemeinnützigen Wohnbaugenossenschaft Heimstatt Donau. Ihre Vormerknummer lautet 2025-0877. Die Vergabe erfolgt nach Reihung und Wohnungsgröße. Bitte beachten Sie, dass für die Zuteilung ein Genossenschaftsanteil von EUR 500 zu erwerben ist.

Mit freundlichen Grüßen
Vergabestelle
""",
        tz="+0200",
    ),
    n(
        "25205",
        "2025-03-19 14:10",
        "Erste Bank <noreply@s-mail.erstebank.at>",
        "Ihr Kreditantrag - Unterlagen fehlen",
        """Sehr geehrte Frau Brandstätter,

zu Ihrem Antrag auf einen Wohnkredit (Antragsnummer WK-2025-338120) fehlen uns noch folgende Unterlagen: Gehaltsnachweise, Kaufvertragsentwurf, Grundbuchsauszug. Bitte laden Sie diese in George unter "Meine Anträge" hoch.

Ihre Erste Bank
""",
        tz=CET,
    ),
    n(
        "25206",
        "2025-04-02 09:45",
        "Erste Bank <noreply@s-mail.erstebank.at>",
        "Gute Nachrichten zu Ihrem Antrag",
        """Sehr geehrte Frau Brandstätter,

Ihr Antrag auf Vorfinanzierung wurde positiv geprüft. Ihr Kundenbetreuer, Herr Novak, wird Sie für einen Termin zur Vertragsunterzeichnung kontaktieren.

Ihre Erste Bank
""",
    ),
    n(
        "25207",
        "2025-06-04 19:22",
        "U.S. Customs and Border Protection <noreply@cbp.dhs.gov>",
        "ESTA Application Status: Authorization Approved",
        """Your ESTA application has been reviewed and your travel authorization has been approved.

Application Number: X8K2M4Q1T
Applicant: BRANDSTAETTER, KATHARINA

Approval of your ESTA application only means you are authorized to travel to the United States under the Visa Waiver Program. It does not guarantee admission.
""",
        "en",
    ),
    n(
        "25208",
        "2025-03-14 16:00",
        "WU Executive Academy <admissions@executiveacademy.example>",
        "Your application to the Professional MBA Project Management",
        """Dear Ms Brandstätter,

Thank you for your application to the Professional MBA Project Management (intake October 2025). Your application is complete and has been forwarded to the admissions committee. We will invite you to an admissions interview within the next four weeks.

Kind regards,
Admissions Office
""",
        "en",
        tz=CET,
    ),
    n(
        "25209",
        "2025-04-09 10:20",
        "WU Executive Academy <admissions@executiveacademy.example>",
        "Invitation: admissions interview",
        """Dear Ms Brandstätter,

The admissions committee would like to invite you to an admissions interview for the Professional MBA on 16 April 2025 at 17:00 (Zoom). The interview takes about 30 minutes and focuses on your motivation and leadership experience.

Kind regards,
Admissions Office
""",
        "en",
    ),
    n(
        "25210",
        "2025-05-02 12:00",
        "WU Executive Academy <admissions@executiveacademy.example>",
        "Congratulations - offer of admission",
        """Dear Ms Brandstätter,

We are delighted to offer you a place in the Professional MBA Project Management starting October 2025. Please confirm your acceptance by 30 May by paying the deposit of EUR 2,500.

Kind regards,
Admissions Office
""",
        "en",
    ),
    n(
        "25211",
        "2025-05-30 08:35",
        "WU Executive Academy <admissions@executiveacademy.example>",
        "RE: Offer of admission - deferral",
        """Dear Ms Brandstätter,

Thank you for letting us know. We have deferred your place to the intake of October 2026 as requested.

Kind regards,
Admissions Office
""",
        "en",
        **reply("25210", "admissions@executiveacademy.example"),
    ),
    n(
        "25212",
        "2025-03-25 11:05",
        "PMI <customercare@pmi.org>",
        "Your PMP certification renewal application has been approved",
        """Dear Katharina,

Congratulations! Your application to renew your Project Management Professional (PMP) certification has been approved. Your new certification cycle runs until 31 March 2028.

Project Management Institute
""",
        "en",
        tz=CET,
    ),
    n(
        "25213",
        "2025-07-22 10:00",
        "Stadt Wien - Förderungen <wohnbeihilfe@ma50.example>",
        "Antrag auf Sanierungsförderung - Eingangsbestätigung",
        """Sehr geehrte Antragstellerin,

Ihr Antrag auf Förderung (Geschäftszahl MA50-2025-44120) ist bei uns eingelangt. Die Bearbeitungsdauer beträgt derzeit ca. 12 Wochen.

Mit freundlichen Grüßen
Ihre Förderstelle
""",
    ),
    n(
        "25214",
        "2025-08-12 14:00",
        "FinanzOnline <noreply@bmf.gv.at>",
        "Neue Nachricht in Ihrer DataBox",
        """Sehr geehrte Teilnehmerin,

in Ihrer FinanzOnline DataBox ist ein neues Dokument eingelangt: Einkommensteuerbescheid 2024.

Bundesministerium für Finanzen
""",
    ),
    # --- marketing "offers", podcast / press "interviews", webinars, doctors ---
    n(
        "25215",
        "2025-03-08 09:00",
        "Hervis <newsletter@hervis.example>",
        "Nur dieses Wochenende: -30 % auf alle Laufschuhe",
        """Hallo Katharina,

unser Angebot für dich: Nur dieses Wochenende -30 % auf alle Laufschuhe, online und in allen Filialen. Jetzt zugreifen!

Dein Hervis-Team
Abmelden: https://hervis.example/unsubscribe
""",
        tz=CET,
    ),
    n(
        "25216",
        "2025-04-15 12:30",
        "A1 <angebote@a1.example>",
        "Ihr persönliches Angebot: Glasfaser 500 für 3 Monate gratis",
        """Sehr geehrte Frau Brandstätter,

als treue A1 Kundin erhalten Sie ein exklusives Angebot: Upgrade auf Glasfaser 500 und die ersten 3 Monate gratis. Dieses Angebot ist gültig bis 30.04.

Ihr A1 Team
""",
    ),
    n(
        "25217",
        "2025-05-10 08:30",
        "Booking.com <email.campaign@sg.booking.com>",
        "Katharina, Ihr Angebot wartet: Angebote für den Sommer",
        """Sparen Sie 15 % oder mehr bei Unterkünften in Kroatien, Italien und Griechenland. Angebote gültig bis 31. Mai.

Booking.com
""",
    ),
    n(
        "25218",
        "2025-06-13 18:05",
        "Zalando <info@service-mail.zalando.at>",
        "Unser Angebot an dich: 20 % auf Sommermode",
        """Hallo Katharina, nur für kurze Zeit: 20 % Rabatt mit dem Code SOMMER20. Wir sehen uns im Shop!
""",
    ),
    n(
        "25219",
        "2025-04-07 13:48",
        "Martina Aigner <martina@pmrebels.example>",
        'Interviewanfrage für unseren Podcast "PM Rebels"',
        """Liebe Katharina,

ich habe deinen Vortrag beim PM-Forum in Linz gesehen und fand ihn großartig! Ich produziere den Podcast "PM Rebels" und würde dich gerne als Interviewgast einladen - Thema: "Agile Rollouts in der öffentlichen Verwaltung". Die Aufnahme dauert ca. 45 Minuten, remote.

Hättest du Lust? Dann schick mir ein paar Terminvorschläge im Mai.

Liebe Grüße
Martina
""",
    ),
    n(
        "25220",
        "2025-04-14 09:12",
        "Martina Aigner <martina@pmrebels.example>",
        'Re: Interviewanfrage für unseren Podcast "PM Rebels"',
        """Super, dann fix am 13. Mai um 17 Uhr! Ich schicke dir den Riverside-Link. Kurzes Vorgespräch brauchen wir nicht, ich schicke dir die Fragen vorab.

Martina
""",
        **reply("25219", "martina@pmrebels.example"),
        ics={
            "organizer": ("Martina Aigner", "martina@pmrebels.example"),
            "uid": "pmrebels-ep47@pmrebels.example",
            "start": "2025-05-13 17:00:00 +0200",
            "minutes": 60,
            "summary": "PM Rebels Aufnahme: Katharina Brandstätter",
            "location": "https://riverside.fm/studio/pm-rebels",
        },
    ),
    n(
        "25221",
        "2025-06-24 15:20",
        "Lukas Weber <lukas.weber@computerwelt.example>",
        "Kurzinterview zum Thema E-Akt",
        """Sehr geehrte Frau Brandstätter,

für unsere Juli-Ausgabe schreiben wir über Digitalisierungsprojekte in Gemeinden. Wären Sie bereit, uns in einem kurzen Telefoninterview (15 Min.) ein paar Fragen zu beantworten? Das Zitat würden wir Ihnen vorab zur Freigabe schicken.

Beste Grüße
Lukas Weber
Redaktion COMPUTERWELT
""",
    ),
    n(
        "25222",
        "2025-03-24 10:00",
        "PMI Austria Chapter <events@pmi-austria.example>",
        'Einladung: Webinar "Hybrides Projektmanagement in der Praxis"',
        """Liebe Mitglieder,

wir laden herzlich zu unserem Webinar am 3. April, 18:00-19:00 Uhr ein. Referent: DI Gerald Pammer. Die Teilnahme zählt als 1 PDU.

PMI Austria Chapter
""",
        tz=CET,
        ics={
            "organizer": ("PMI Austria Chapter", "events@pmi-austria.example"),
            "uid": "webinar-2025-04-03@pmi-austria.example",
            "start": "2025-04-03 18:00:00 +0200",
            "minutes": 60,
            "summary": "Webinar: Hybrides Projektmanagement in der Praxis",
            "location": "Zoom",
        },
    ),
    n(
        "25223",
        "2025-05-15 11:00",
        "Atlassian <events@atlassian.example>",
        "You're registered: Jira Service Management for HR teams",
        """Hi Katharina,

You're registered for "Jira Service Management for HR teams: onboarding, hiring workflows and more" on 22 May at 16:00 CEST. Add it to your calendar below.

Atlassian Events
""",
        "en",
        ics={
            "organizer": ("Atlassian Events", "events@atlassian.example"),
            "uid": "jsm-hr-0522@atlassian.example",
            "start": "2025-05-22 16:00:00 +0200",
            "minutes": 45,
            "summary": "Webinar: Jira Service Management for HR teams",
            "location": "https://atlassian.zoom.us/webinar/register",
        },
    ),
    n(
        "25224",
        "2025-03-27 08:15",
        "Zahnarztpraxis Dr. Mayr <termine@zahnarzt-mayr.example>",
        "Terminbestätigung Mundhygiene",
        """Sehr geehrte Frau Brandstätter,

wir bestätigen Ihren Termin zur Mundhygiene am Dienstag, 8. April 2025 um 07:30 Uhr. Bitte sagen Sie spätestens 24 Stunden vorher ab, falls Sie verhindert sind.

Ihr Praxisteam Dr. Mayr
""",
        tz=CET,
        ics={
            "style": "outlook",
            "organizer": ("Praxis Dr. Mayr", "termine@zahnarzt-mayr.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000ZA25224",
            "start": "2025-04-08 07:30:00 +0200",
            "minutes": 45,
            "summary": "Mundhygiene - Dr. Mayr",
            "location": "Neubaugasse 12, 1070 Wien",
        },
    ),
    n(
        "25225",
        "2025-06-30 17:00",
        "Gruppenpraxis Dermatologie Alsergrund <noreply@doctolib.example>",
        "Ihr Termin am 08.07. um 15:20 Uhr",
        """Guten Tag Katharina Brandstätter,

Ihr Termin bei Dr. Eva Hollerer (Hautärztin) am 08.07.2025 um 15:20 Uhr ist bestätigt. Bitte bringen Sie Ihre e-card mit.

Termin verwalten: https://doctolib.example/appointments
""",
        ics={
            "organizer": ("Doctolib", "noreply@doctolib.example"),
            "uid": "dt-8844120@doctolib.example",
            "start": "2025-07-08 15:20:00 +0200",
            "minutes": 20,
            "summary": "Termin Dr. Hollerer",
            "location": "Alser Straße 22, 1090 Wien",
        },
    ),
    # --- LinkedIn / XING social ---
    n(
        "25226",
        "2025-03-16 10:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Stefan Lang zum neuen Job",
        """Stefan Lang hat eine neue Position als Head of IT bei Pensionskasse Donau begonnen.

Gratulieren Sie: https://www.linkedin.com/feed/
""",
        tz=CET,
    ),
    n(
        "25227",
        "2025-04-26 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Katharina, Sie haben 3 neue Kontaktanfragen",
        """Markus Huber (Leiter IT-Betrieb), Sarah Lindner (Product Lead) und 1 weitere Person möchten sich mit Ihnen vernetzen.
""",
    ),
    n(
        "25228",
        "2025-05-18 19:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jonas Riedl hat Ihren Beitrag kommentiert",
        """Jonas Riedl hat Ihren Beitrag "Was ich aus 12 Jahren Rollouts gelernt habe" kommentiert: "Großartige Punkte, vor allem Nr. 4!"
""",
    ),
    n(
        "25229",
        "2025-07-01 08:00",
        "XING <noreply@xing.com>",
        "Geburtstage in Ihrem Netzwerk",
        """Heute hat Stefan Lang Geburtstag. Schicken Sie doch einen Gruß!
""",
    ),
    n(
        "25230",
        "2025-08-04 10:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Sagen Sie Glückwunsch zum Jubiläum",
        """Petra Wiesinger feiert 10 Jahre bei VerbundIT Services. Gratulieren Sie ihr!
""",
    ),
    # --- newsletters about hiring and interviews ---
    n(
        "25231",
        "2025-03-28 06:00",
        "DER STANDARD Karriere <newsletter@derstandard.example>",
        "So überstehen Sie jedes Bewerbungsgespräch",
        """Karriere-Newsletter

- So überstehen Sie jedes Bewerbungsgespräch: zehn Fragen, die immer kommen
- Öffentlicher Dienst: Warum der Bund 4000 IT-Kräfte sucht
- Interview mit der Personalchefin eines Tech-Start-ups

Abmelden: https://derstandard.example/newsletter
""",
        tz=CET,
    ),
    n(
        "25232",
        "2025-05-08 07:00",
        "The Pragmatic Engineer <pragmaticengineer@substack.example>",
        "The state of tech hiring in Europe, 2025",
        """Hiring is picking up again - but not evenly. In this issue: why platform and AI teams are hiring, why project managers are facing a tougher market, and an interview with a VP Engineering on how she runs hiring loops.

Read online
""",
        "en",
    ),
    n(
        "25233",
        "2025-06-19 07:00",
        "Heise Jobs Newsletter <newsletter@heise.example>",
        "IT-Gehälter 2025: Was Projektleiter verdienen",
        """Die große Gehaltsstudie: Projektleiter in der IT verdienen in Deutschland im Median 82.000 Euro. Außerdem: Remote-Arbeit im Vorstellungsgespräch richtig verhandeln.

Abbestellen: https://heise.example/nl
""",
    ),
    n(
        "25234",
        "2025-07-10 06:45",
        "Morning Brew <crew@morningbrew.example>",
        "☕ Hiring freeze thaw",
        """Good morning. Big Tech is hiring again, the ECB paused, and a startup wants to interview your dog. Let's dive in.
""",
        "en",
    ),
    # --- receipts, deliveries, banks, subscriptions ---
    n(
        "25235",
        "2025-03-03 12:40",
        "ÖBB <noreply@oebb.at>",
        "Ihr Ticket: Wien Hbf - Salzburg Hbf",
        """Ihre Buchung ist bestätigt.
Wien Hbf 07:30 - Salzburg Hbf 10:00, 29.04.2025, 2. Klasse, Sparschiene
Preis: EUR 19,90
Buchungscode: 7734 2219 8841
""",
        tz=CET,
    ),
    n(
        "25236",
        "2025-06-04 20:10",
        "ÖBB <noreply@oebb.at>",
        "Ihr Ticket: Wien Hbf - München Hbf",
        """Ihre Buchung ist bestätigt.
Wien Hbf 05:25 - München Hbf 09:25, 06.06.2025, Railjet, 2. Klasse
Preis: EUR 44,90
""",
    ),
    n(
        "25237",
        "2025-03-09 19:05",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        'Ihre Amazon.de Bestellung von "Scrum kompakt" und 1 weiterem Artikel',
        """Hallo Katharina,

vielen Dank für Ihre Bestellung. Voraussichtliche Lieferung: Mittwoch, 12. März.
Bestellnummer 302-4412238-9912334
Gesamtsumme: EUR 41,98
""",
        tz=CET,
    ),
    n(
        "25238",
        "2025-03-11 10:30",
        "Österreichische Post <noreply@post.at>",
        "Ihre Sendung kommt heute",
        """Ihre Sendung 1012345678912 wird heute zwischen 10:00 und 13:00 Uhr zugestellt. Nicht zu Hause? Hier Zustelloptionen wählen.
""",
        tz=CET,
    ),
    n(
        "25239",
        "2025-04-22 17:44",
        "DPD Austria <noreply@dpd.at>",
        "Ihr DPD Paket ist unterwegs",
        """Ihr Paket 0123 4567 8901 von Zalando wird morgen zugestellt. Predict-Zeitfenster: 14:15 - 15:15.
""",
    ),
    n(
        "25240",
        "2025-05-03 08:10",
        "George <noreply@george.erstebank.at>",
        "Ihr Kontoauszug April 2025 ist verfügbar",
        """Sehr geehrte Frau Brandstätter, Ihr Kontoauszug für April 2025 steht in George zum Download bereit.
""",
    ),
    n(
        "25241",
        "2025-06-03 08:10",
        "George <noreply@george.erstebank.at>",
        "Ihr Kontoauszug Mai 2025 ist verfügbar",
        """Sehr geehrte Frau Brandstätter, Ihr Kontoauszug für Mai 2025 steht in George zum Download bereit.
""",
    ),
    n(
        "25242",
        "2025-07-03 08:10",
        "George <noreply@george.erstebank.at>",
        "Ihr Kontoauszug Juni 2025 ist verfügbar",
        """Sehr geehrte Frau Brandstätter, Ihr Kontoauszug für Juni 2025 steht in George zum Download bereit.
""",
    ),
    n(
        "25243",
        "2025-03-15 09:00",
        "Wien Energie <kundenservice@wienenergie.example>",
        "Ihre Jahresabrechnung 2024",
        """Sehr geehrte Frau Brandstätter,

Ihre Jahresabrechnung ist da: Guthaben EUR 84,20. Der Betrag wird Ihrem Konto gutgeschrieben. Ihre neue Teilbetragsvorschreibung: EUR 62,00 monatlich.
""",
        tz=CET,
    ),
    n(
        "25244",
        "2025-04-05 06:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        """Premium Duo · EUR 14,99 · 05.04.2025 · Visa •••• 4421
""",
        "en",
    ),
    n(
        "25245",
        "2025-05-05 06:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        """Premium Duo · EUR 14,99 · 05.05.2025 · Visa •••• 4421
""",
        "en",
    ),
    n(
        "25246",
        "2025-06-05 06:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        """Premium Duo · EUR 14,99 · 05.06.2025 · Visa •••• 4421
""",
        "en",
    ),
    n(
        "25247",
        "2025-04-18 14:22",
        "Billa <kassabon@billa.example>",
        "Ihr digitaler Kassabon",
        """BILLA Filiale Neubaugasse · 18.04.2025 14:21
Summe EUR 36,47 · Ersparnis mit jö: EUR 4,20
""",
    ),
    n(
        "25248",
        "2025-05-24 21:30",
        "Airbnb <automated@airbnb.com>",
        "Reservierung bestätigt - Piran, Slowenien",
        """Du fährst nach Piran! Check-in Fr., 13. Juni, Check-out So., 15. Juni. Gastgeber: Matej. Buchungscode HM3KQ9ZX2B.
""",
    ),
    n(
        "25249",
        "2025-06-16 11:02",
        "A1 <rechnung@a1.example>",
        "Ihre A1 Rechnung Juni 2025",
        """Sehr geehrte Kundin, Ihre Rechnung über EUR 49,90 steht in Mein A1 bereit. Abbuchung am 22.06.2025.
""",
    ),
    n(
        "25250",
        "2025-07-16 11:02",
        "A1 <rechnung@a1.example>",
        "Ihre A1 Rechnung Juli 2025",
        """Sehr geehrte Kundin, Ihre Rechnung über EUR 49,90 steht in Mein A1 bereit. Abbuchung am 22.07.2025.
""",
    ),
    n(
        "25251",
        "2025-05-29 16:40",
        "ÖAMTC <service@oeamtc.example>",
        "Ihre Mitgliedschaft: Beitragsvorschreibung",
        """Ihr Mitgliedsbeitrag 2025/26 in Höhe von EUR 98,00 wird am 1. Juli abgebucht.
""",
    ),
    n(
        "25252",
        "2025-07-28 13:12",
        "Netflix <info@mailer.netflix.com>",
        "Aktualisiere deine Zahlungsinformationen",
        """Hallo Katharina, wir konnten deine letzte Zahlung nicht verarbeiten. Bitte aktualisiere deine Zahlungsinformationen.
""",
    ),
    n(
        "25253",
        "2025-08-02 09:00",
        "Wiener Linien <noreply@wienerlinien.example>",
        "Ihre Jahreskarte wurde verlängert",
        """Ihre Jahreskarte wurde automatisch um ein Jahr verlängert. Gültig bis 31.08.2026. Erste Rate: EUR 36,50.
""",
    ),
    n(
        "25254",
        "2025-08-20 15:44",
        "Deutsche Bahn <noreply@bahn.de>",
        "Ihre Fahrkarte: München Hbf - Wien Hbf",
        """Ihre Buchung 6KX2P9: München Hbf 17:18 - Wien Hbf 21:18, 29.08.2025. BahnCard: keine. Preis 59,90 EUR.
""",
    ),
    n(
        "25255",
        "2025-08-25 10:15",
        "Mister Spex <service@misterspex.example>",
        "Ihre Bestellung wurde versandt",
        """Gute Nachrichten! Ihre Brille ist unterwegs. Sendungsnummer: 00340434161094042557.
""",
    ),
    # --- family and friends ---
    n(
        "25256",
        "2025-03-07 20:14",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Ostern",
        """Liebe Kathi,

kommst du zu Ostern nach Gmunden? Der Papa würde sich so freuen. Die Tante Resi kommt auch, und die Lisa mit den Kindern. Sag mir bitte bis nächste Woche Bescheid wegen dem Lamm.

Bussi Mama
""",
        tz=CET,
    ),
    n(
        "25257",
        "2025-03-08 09:31",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Re: Ostern",
        """Schön!! Dann bis Karfreitag. Bring bitte die Kuchenform mit, die du dir geborgt hast :)

Mama
""",
        tz=CET,
        **reply("25256", "gerlinde.brandstaetter@aon.at"),
    ),
    n(
        "25258",
        "2025-04-28 21:40",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Fotos vom Osterwochenende",
        """Hi Schwesterherz,

anbei ein paar Fotos von Ostern. Das mit dem Eierpecken ist wirklich legendär geworden 😂 Drück dir morgen für Salzburg die Daumen!!

Lisa
""",
        attach=[("Ostern_01.jpg", "image/jpeg", "JPEG...")],
    ),
    n(
        "25259",
        "2025-05-21 12:18",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Paulis Geburtstag",
        """Hey, Pauli wird am 7. Juni 6! Party bei uns ab 15 Uhr. Er wünscht sich Lego Technic, aber bitte nix Riesiges, unsere Wohnung platzt eh schon.

Lisa
""",
    ),
    n(
        "25260",
        "2025-06-13 23:02",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Re: Neuigkeiten!!",
        """WAAAS?! München?!? Gratuliere, ich freu mich so für dich!!! Aber du kommst schon oft heim, oder? Ruf mich morgen an!!

Lisa
""",
    ),
    n(
        "25261",
        "2025-03-22 17:05",
        "Birgit Hanl <birgit.hanl@gmail.com>",
        "Yoga Samstag?",
        """Hey Kathi,
gehst du morgen mit zum Yoga im Yogaraum Neubau? 10:30. Danach Frühstück im Ulrich?
B.
""",
        tz=CET,
    ),
    n(
        "25262",
        "2025-05-04 19:55",
        "Birgit Hanl <birgit.hanl@gmail.com>",
        "Geburtstagsfeier Samstag",
        """Ihr Lieben,

ich werde 40 (!!) und möchte das feiern: Samstag, 24. Mai, ab 19 Uhr im Schrebergarten meiner Eltern in Hernals. Bringt gute Laune und gern einen Salat mit. Zusagen bitte bis 15.5.

Birgit
""",
    ),
    n(
        "25263",
        "2025-06-15 10:12",
        "Thomas Reiter <thomas.reiter@outlook.at>",
        "Abschiedsessen?",
        """Servus Kathi,

hab gehört, du gehst nach München?! Das müssen wir feiern, bevor du weg bist. Wie wär's mit Heurigen am 26.6.? Ich frag auch noch den Michi und die Sabine.

lg Thomas
""",
    ),
    n(
        "25264",
        "2025-06-16 08:40",
        "Thomas Reiter <thomas.reiter@outlook.at>",
        "Re: Abschiedsessen?",
        """Fix, 26.6. um 18:30 beim Wieninger in Stammersdorf. Tisch ist reserviert!
""",
        **reply("25263", "thomas.reiter@outlook.at"),
    ),
    n(
        "25265",
        "2025-07-19 14:00",
        "Papa <johann.brandstaetter@aon.at>",
        "Auto",
        """Hallo Kathi,
wegen dem Auto: Der Mechaniker sagt, das Pickerl geht sich noch aus, aber die Bremsen müssen gemacht werden. Ich bring es nächste Woche hin. Brauchst du es für den Umzug?
Papa
""",
    ),
    n(
        "25266",
        "2025-08-10 18:30",
        "Birgit Hanl <birgit.hanl@gmail.com>",
        "Besuch in München",
        """Kathi! Ich komm Ende September auf die Wiesn - darf ich bei dir pennen? 😇
""",
    ),
    n(
        "25267",
        "2025-04-11 16:20",
        "Hausverwaltung Pfeiffer <office@hv-pfeiffer.example>",
        "Information: Wasserabsperrung am 15.04.",
        """Sehr geehrte Bewohnerinnen und Bewohner,

aufgrund von Reparaturarbeiten wird am Dienstag, 15.04., von 8 bis 12 Uhr das Wasser im gesamten Haus abgesperrt.

Hausverwaltung Pfeiffer
""",
    ),
    n(
        "25268",
        "2025-07-09 09:14",
        "Hausverwaltung Pfeiffer <office@hv-pfeiffer.example>",
        "AW: Kündigung Mietvertrag Top 14",
        """Sehr geehrte Frau Brandstätter,

wir bestätigen den Eingang Ihrer Kündigung des Mietvertrags für Top 14 zum 31.08.2025. Die Wohnungsübergabe vereinbaren wir gerne im August. Bitte beachten Sie die Rückgabe aller Schlüssel.

Mit freundlichen Grüßen
Hausverwaltung Pfeiffer
""",
    ),
    n(
        "25269",
        "2025-07-15 11:40",
        "Umzüge Maier München <anfrage@umzug-maier.example>",
        "Ihr Angebot Umzug Wien - München",
        """Sehr geehrte Frau Brandstätter,

anbei unser Angebot für Ihren Umzug von Wien nach München am 29./30.08.2025: 2 Mann, 7,5t-LKW, inkl. Möbelmontage, Pauschalpreis EUR 2.380,- brutto. Das Angebot ist 14 Tage gültig.

Mit freundlichen Grüßen
Umzüge Maier
""",
        attach=[("Angebot_2025-0712.pdf", "application/pdf", "%PDF-1.4 Angebot")],
    ),
    n(
        "25270",
        "2025-07-17 08:55",
        "Umzüge Maier München <anfrage@umzug-maier.example>",
        "AW: Ihr Angebot Umzug Wien - München",
        """Sehr geehrte Frau Brandstätter,

vielen Dank für die Auftragsbestätigung. Der Termin 29./30.08. ist fix für Sie reserviert. Unser Disponent meldet sich eine Woche vorher.

Umzüge Maier
""",
        **reply("25269", "anfrage@umzug-maier.example"),
    ),
    n(
        "25271",
        "2025-07-06 12:00",
        "Kreisverwaltungsreferat München <noreply@muenchen.example>",
        "Terminbestätigung Bürgerbüro",
        """Ihr Termin im Bürgerbüro Ruppertstraße: Anmeldung einer Wohnung, 28.08.2025, 09:40 Uhr. Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.
""",
    ),
    n(
        "25272",
        "2025-06-27 19:40",
        "Hausverwaltung Isarblick <vermietung@isarblick-hv.example>",
        "Zusage: Wohnung Westendstraße 44, 3. OG",
        """Sehr geehrte Frau Brandstätter,

wir freuen uns, Ihnen mitteilen zu können, dass sich der Eigentümer für Sie als Mieterin entschieden hat. Den Mietvertrag senden wir Ihnen in den nächsten Tagen über DocuSign zu. Mietbeginn: 15.08.2025.

Mit freundlichen Grüßen
Hausverwaltung Isarblick
""",
    ),
    n(
        "25273",
        "2025-07-01 10:05",
        "DocuSign via Hausverwaltung Isarblick <dse_na4@docusign.net>",
        "Bitte DocuSign: Mietvertrag Westendstraße 44",
        """Hausverwaltung Isarblick hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.

DOKUMENT ÜBERPRÜFEN

Mietvertrag Westendstraße 44, WE 12. Bitte bis 08.07.2025 unterzeichnen.
""",
    ),
    n(
        "25274",
        "2025-04-29 22:10",
        "Uber Receipts <noreply@uber.com>",
        "Deine Fahrt am Dienstag mit Uber",
        """Danke für deine Fahrt, Katharina. Salzburg Hbf - Salzachkai. Gesamt: EUR 14,60.
""",
    ),
    n(
        "25275",
        "2025-05-26 07:30",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung: Neue Anmeldung",
        """Neue Anmeldung bei Ihrem Google-Konto über Windows. Wenn Sie das nicht waren, prüfen Sie Ihre Aktivitäten.
""",
    ),
    n(
        "25276",
        "2025-08-15 17:20",
        "Volkshochschule Meidling <anmeldung@vhs.example>",
        "Abmeldung Kurs Italienisch A2",
        """Liebe Frau Brandstätter, wir bestätigen Ihre Abmeldung vom Kurs Italienisch A2 (Herbstsemester). Die Kursgebühr wird rückerstattet.
""",
    ),
    n(
        "25277",
        "2025-04-23 07:15",
        "John Harper <john.harper@harper-consulting.example>",
        "Quick question about your Kanban talk",
        """Hi Katharina,

I saw your slides from the Vienna Agile Meetup - could I reuse the portfolio Kanban board example in a workshop I'm running for a client? I'd credit you of course.

Best,
John
""",
        "en",
    ),
    n(
        "25278",
        "2025-06-08 20:00",
        "Vienna Agile Meetup <info@meetup.com>",
        "New event: Sommerfest & Lightning Talks",
        """Vienna Agile Meetup hat ein neues Event geplant: Sommerfest & Lightning Talks, 3. Juli, 18:30, Impact Hub Vienna. 42 Personen gehen hin.
""",
    ),
    n(
        "25279",
        "2025-08-28 09:00",
        "Spusu <service@spusu.example>",
        "Deine Rufnummernmitnahme",
        """Hallo Katharina, deine Rufnummernmitnahme ist abgeschlossen. Ab sofort telefonierst du mit spusu.
""",
    ),
    n(
        "25280",
        "2025-03-30 18:00",
        "Strava <no-reply@strava.com>",
        "Your March running report",
        """You ran 62 km in March - 14 % more than February. Nice work!
""",
        "en",
    ),
]

MAIL += [
    n(
        "25281",
        "2025-03-04 18:20",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Rezept Topfenknödel",
        """Kathi, hier das Rezept, das du wolltest:
250 g Topfen, 1 Ei, 60 g Grieß, 1 Prise Salz, 30 g Butter. Alles verrühren, 30 Min. rasten lassen, Knödel formen und 12 Min. ziehen lassen. Butterbrösel dazu!
Mama
""",
        tz=CET,
    ),
    n(
        "25282",
        "2025-04-01 19:10",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Papa Arzttermin",
        """Kathi, der Papa hat am Donnerstag den Termin beim Kardiologen in Vöcklabruck. Ist alles Routine, mach dir keine Sorgen. Ich ruf dich danach an.
Mama
""",
    ),
    n(
        "25283",
        "2025-04-03 16:45",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Alles gut",
        """Alles in Ordnung beim Papa, Werte sind gut! Er soll halt weniger Schweinsbraten essen 😉
""",
    ),
    n(
        "25284",
        "2025-05-11 09:00",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Muttertag",
        """Teilen wir uns wieder das Geschenk für Mama? Ich dachte an einen Gutschein für die Therme Bad Ischl. 60 € pro Person?
""",
    ),
    n(
        "25285",
        "2025-06-22 10:30",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Re: Neuigkeiten",
        """Liebe Kathi,

der Papa und ich sind so stolz auf dich! München ist ja nicht so weit, mit dem Zug bist ja gleich da. Wann ziehst du? Sollen wir mit dem Auto helfen?

Bussi Mama
""",
    ),
    n(
        "25286",
        "2025-08-31 20:00",
        "Mama <gerlinde.brandstaetter@aon.at>",
        "Gut angekommen?",
        """Kathi, bist gut angekommen in München? Schick ein Foto von der Wohnung! Bussi
""",
    ),
    n(
        "25287",
        "2025-03-13 13:12",
        "Sabine Kofler <sabine.kofler@gmail.com>",
        "Buchclub März",
        """Hallo ihr Lieben,
nächster Buchclub am 27.3. bei mir, Buch: "Die Wand" von Marlen Haushofer. Ich mach Kürbissuppe.
Sabine
""",
        tz=CET,
    ),
    n(
        "25288",
        "2025-04-24 11:18",
        "Sabine Kofler <sabine.kofler@gmail.com>",
        "Buchclub Mai",
        """Nächster Buchclub: 22.5. bei Birgit. Buch: "Eine kurze Geschichte der Menschheit". Kapitel 1-10 reicht ;)
""",
    ),
    n(
        "25289",
        "2025-07-05 15:30",
        "Michael Ortner <michi.ortner@chello.at>",
        "Fotos Heuriger",
        """Servus, hier die Fotos vom Abschiedsabend. Bist echt eine Legende, wir werden dich vermissen! Michi
""",
        attach=[("Heuriger_26-06.jpg", "image/jpeg", "JPEG...")],
    ),
    n(
        "25290",
        "2025-03-18 08:00",
        "Wiener Städtische <service@wienerstaedtische.example>",
        "Ihre Polizze: Änderung der Prämie",
        """Sehr geehrte Frau Brandstätter, ab 1. April ändert sich die Prämie Ihrer Haushaltsversicherung um den Indexwert auf EUR 14,20 monatlich.
""",
        tz=CET,
    ),
    n(
        "25291",
        "2025-07-23 10:10",
        "Wiener Städtische <service@wienerstaedtische.example>",
        "Kündigung Haushaltsversicherung - Bestätigung",
        """Sehr geehrte Frau Brandstätter, wir bestätigen die Kündigung Ihrer Haushaltsversicherung zum 31.08.2025 wegen Wohnsitzwechsels.
""",
    ),
    n(
        "25292",
        "2025-06-30 12:12",
        "Check24 <info@check24.example>",
        "Ihr Angebot für die Hausratversicherung in München",
        """Hallo Frau Brandstätter, hier Ihre 3 besten Angebote für die Hausratversicherung (Westendstraße 44, 80339 München). Ab 5,90 € monatlich.
""",
    ),
    n(
        "25293",
        "2025-04-09 14:55",
        "Fitinn <service@fitinn.example>",
        "Dein Mitgliedschaftsvertrag",
        """Hallo Katharina, willkommen bei FITINN! Dein Vertrag startet am 10.04. Mitgliedsbeitrag: EUR 24,90 / Monat.
""",
    ),
    n(
        "25294",
        "2025-07-25 09:02",
        "Fitinn <service@fitinn.example>",
        "Re: Kündigung",
        """Hallo Katharina, deine Kündigung haben wir erhalten. Deine Mitgliedschaft endet am 31.08.2025.
""",
    ),
    n(
        "25295",
        "2025-05-13 11:20",
        "Microsoft <microsoft-noreply@microsoft.com>",
        "Your Microsoft 365 Family subscription renews soon",
        """Your subscription will renew on 20 May 2025 for EUR 99,00. Manage your subscription at account.microsoft.com.
""",
        "en",
    ),
    n(
        "25296",
        "2025-06-20 06:14",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        """Apple Account: k.brandstaetter@gmx.at. iCloud+ 200 GB, EUR 2,99 monthly.
""",
        "en",
    ),
    n(
        "25297",
        "2025-04-27 09:00",
        "Interspar <kassabon@spar.example>",
        "Dein digitaler Kassabon",
        """INTERSPAR Wien Mariahilf · 26.04.2025 · Summe EUR 62,15
""",
    ),
    n(
        "25298",
        "2025-06-07 13:30",
        "Thalia <service@thalia.example>",
        "Ihre Bestellung Nr. 88213411",
        """Vielen Dank für Ihre Bestellung: LEGO Technic 42151 Bugatti Bolide. Abholung in der Filiale Mariahilfer Straße ab morgen möglich.
""",
    ),
    n(
        "25299",
        "2025-05-31 10:00",
        "IKEA <noreply@ikea.example>",
        "Deine Bestellung ist auf dem Weg",
        """Hej Katharina, deine Lieferung (PAX Schrank, 3 Pakete) kommt am Dienstag zwischen 8 und 12 Uhr.
""",
    ),
    n(
        "25300",
        "2025-08-19 16:00",
        "IKEA Deutschland <noreply@ikea-de.example>",
        "Deine Bestellung in München",
        """Hej Katharina, deine Bestellung (MALM Bett, KALLAX Regal) wird am 01.09. an Westendstraße 44 geliefert.
""",
    ),
    n(
        "25301",
        "2025-03-26 21:00",
        "Austrian Airlines <noreply@austrian.example>",
        "Ihre Buchungsbestätigung OS 521",
        """Buchungscode 7HJKLP. Wien - New York JFK, 12.07.2025, 10:35. Economy Classic. Bitte denken Sie an Ihre ESTA-Genehmigung.
""",
        tz=CET,
    ),
    n(
        "25302",
        "2025-07-10 08:00",
        "Austrian Airlines <noreply@austrian.example>",
        "Check-in jetzt möglich: OS 87 nach New York",
        """Liebe Frau Brandstätter, der Online-Check-in für Ihren Flug OS 87 am 12.07. ist jetzt geöffnet.
""",
    ),
    n(
        "25303",
        "2025-07-14 03:12",
        "Booking.com <noreply@booking.com>",
        "Ihre Buchung im Pod 51 Hotel ist bestätigt",
        """Buchungsnummer 4412.228.119, New York, 14.-20. Juli, 6 Nächte. Gesamtpreis USD 1.212.
""",
        "en",
    ),
    n(
        "25304",
        "2025-06-12 10:05",
        "Raiffeisen Wohnbausparen <service@bausparen.example>",
        "Ihr Bausparvertrag: Jahreskontoauszug",
        """Sehr geehrte Frau Brandstätter, anbei Ihr Jahreskontoauszug. Ihre staatliche Prämie für 2024 betrug EUR 18,00.
""",
    ),
    n(
        "25305",
        "2025-05-20 14:30",
        "Erste Bank <noreply@s-mail.erstebank.at>",
        "Ihr Kreditantrag wurde zurückgezogen",
        """Sehr geehrte Frau Brandstätter, wie von Ihnen gewünscht haben wir Ihren Antrag auf einen Wohnkredit (WK-2025-338120) zurückgezogen. Es entstehen Ihnen keine Kosten.
""",
    ),
    n(
        "25306",
        "2025-04-16 12:00",
        "N26 <no-reply@n26.com>",
        "Dein Kreditantrag: Entscheidung",
        """Hallo Katharina, leider können wir dir den N26 Ratenkredit derzeit nicht anbieten. Das ist keine Bewertung deiner Bonität insgesamt.
""",
    ),
    n(
        "25307",
        "2025-05-07 10:00",
        "Kinderhilfswerk <spenden@kinderhilfswerk.example>",
        "Danke für Ihre Spende",
        """Liebe Frau Brandstätter, herzlichen Dank für Ihre Spende von EUR 50. Ihre Spende ist steuerlich absetzbar und wird automatisch an das Finanzamt übermittelt.
""",
    ),
    n(
        "25308",
        "2025-06-02 19:00",
        "Vienna Agile Meetup <info@meetup.com>",
        "Call for speakers: Agile Vienna 2025",
        """We are looking for speakers for Agile Vienna 2025 (November). Submit your talk by 30 June! Topics: scaling, product discovery, hiring great teams.
""",
        "en",
    ),
    n(
        "25309",
        "2025-07-29 09:30",
        "Stadt München <noreply@muenchen.example>",
        "Ihre Anmeldung zum Parkausweis für Bewohner",
        """Ihr Antrag auf einen Bewohnerparkausweis ist eingegangen. Bearbeitungszeit ca. 3 Wochen.
""",
    ),
    n(
        "25310",
        "2025-08-06 11:11",
        "Erste Bank <noreply@s-mail.erstebank.at>",
        "Kontowechselservice nach Deutschland",
        """Sehr geehrte Frau Brandstätter, anbei die Informationen zur Auflösung Ihres Kontos bzw. zum Kontowechsel. Ihr Termin bei Herrn Novak: 12.08., 16:00 Uhr.
""",
    ),
    n(
        "25311",
        "2025-03-21 12:00",
        "ORF <newsletter@orf.example>",
        "ORF III Programmtipps",
        """Diese Woche: "Die Gemeinde - Porträt eines Dorfes", Doku am Sonntag 20:15.
""",
        tz=CET,
    ),
    n(
        "25312",
        "2025-05-25 07:30",
        "DER STANDARD Karriere <newsletter@derstandard.example>",
        "Karriere-Newsletter: Headhunter packen aus",
        """- Headhunter packen aus: Was sie an Lebensläufen wirklich lesen
- Bewerbungsfrist verpasst? Warum es sich trotzdem lohnt
- Jobwechsel mit 45: drei Geschichten

Abmelden: https://derstandard.example/newsletter
""",
    ),
    n(
        "25313",
        "2025-07-20 07:30",
        "DER STANDARD Karriere <newsletter@derstandard.example>",
        "Karriere-Newsletter: Angebote verhandeln",
        """- Das Jobangebot ist da: So verhandeln Sie das Gehalt
- Kündigung richtig formulieren
- Interview: Warum Gemeinden keine IT-Leute finden

Abmelden: https://derstandard.example/newsletter
""",
    ),
    n(
        "25314",
        "2025-04-30 18:18",
        "Canva <marketing@canva.example>",
        "Create stunning presentations with Canva Pro",
        """Your free Canva Pro trial is waiting. Make presentations your interviewers won't forget. Start free trial.
""",
        "en",
    ),
    n(
        "25315",
        "2025-06-26 13:00",
        "Glossybox <service@glossybox.example>",
        "Dein exklusives Angebot: 50 % auf die erste Box",
        """Nur für kurze Zeit: Die erste Box zum halben Preis!
""",
    ),
    n(
        "25316",
        "2025-08-22 12:00",
        "post.at <noreply@post.at>",
        "Nachsendeauftrag bestätigt",
        """Ihr Nachsendeauftrag von Zieglergasse 18/14, 1070 Wien an Westendstraße 44, 80339 München ist ab 30.08.2025 für 6 Monate aktiv.
""",
    ),
    n(
        "25317",
        "2025-07-31 10:20",
        "Hausverwaltung Pfeiffer <office@hv-pfeiffer.example>",
        "Wohnungsübergabe Top 14",
        """Sehr geehrte Frau Brandstätter, als Termin für die Übergabe schlagen wir Donnerstag, 28.08., 17 Uhr vor. Bitte bestätigen Sie kurz.
""",
    ),
    n(
        "25318",
        "2025-08-01 08:05",
        "Hausverwaltung Pfeiffer <office@hv-pfeiffer.example>",
        "AW: Wohnungsübergabe Top 14",
        """Danke, dann Donnerstag 17 Uhr. Mit freundlichen Grüßen, C. Pfeiffer
""",
        **reply("25317", "office@hv-pfeiffer.example"),
    ),
    n(
        "25319",
        "2025-05-16 20:30",
        "John Harper <john.harper@harper-consulting.example>",
        "Re: Quick question about your Kanban talk",
        """Thanks so much, Katharina! Workshop went great, people loved the board. Beer on me next time you're in Berlin.
John
""",
        "en",
        **reply("25277", "john.harper@harper-consulting.example"),
    ),
    n(
        "25320",
        "2025-06-09 12:40",
        "Lukas Weber <lukas.weber@computerwelt.example>",
        "Zitatfreigabe",
        """Sehr geehrte Frau Brandstätter, anbei das Zitat zur Freigabe: "Ein E-Akt ist kein IT-Projekt, sondern ein Organisationsprojekt." Passt das so? Beste Grüße, Lukas Weber
""",
    ),
]

MAIL += [
    n(
        "25321",
        "2025-03-01 11:00",
        "Gemeinde Gmunden Bürgerservice <buergerservice@gmunden.example>",
        "Ihr Antrag auf Ausstellung eines Reisepasses",
        """Sehr geehrte Frau Brandstätter, Ihr neuer Reisepass ist fertig und kann ab sofort im Bürgerservice abgeholt werden. Bitte bringen Sie den alten Pass mit.
""",
        tz=CET,
    ),
    n(
        "25322",
        "2025-03-06 07:40",
        "Wiener Linien <noreply@wienerlinien.example>",
        "Störung U6: Ersatzverkehr",
        """Zwischen Westbahnhof und Längenfeldgasse fährt die U6 wegen Bauarbeiten am Wochenende nicht. Ersatzbusse verkehren.
""",
        tz=CET,
    ),
    n(
        "25323",
        "2025-03-22 19:20",
        "Birgit Hanl <birgit.hanl@gmail.com>",
        "Re: Yoga Samstag?",
        """Na geh, schade! Dann nächste Woche. Viel Glück beim Bewerbungsmarathon, du schaffst das 💪
""",
        tz=CET,
        **reply("25261", "birgit.hanl@gmail.com"),
    ),
    n(
        "25324",
        "2025-04-04 10:10",
        "Samsung <news@samsung.example>",
        "Galaxy Days: Exklusive Angebote nur bis Sonntag",
        """Bis zu 300 € Sofortrabatt auf ausgewählte Galaxy-Modelle. Nur solange der Vorrat reicht.
""",
    ),
    n(
        "25325",
        "2025-04-12 16:00",
        "willhaben <noreply@willhaben.at>",
        'Neue Nachricht zu "IKEA Poäng Sessel"',
        """Hallo Katharina, du hast eine neue Nachricht von petra_1090: "Ist der Sessel noch zu haben? Könnte morgen abholen."
""",
    ),
    n(
        "25326",
        "2025-04-19 09:40",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Ostereier",
        """Kannst du bitte noch 10 Eier vom Bauern mitbringen? Die Kinder wollen so viele färben. Danke!!
""",
    ),
    n(
        "25327",
        "2025-05-01 12:00",
        "Therme Bad Ischl <info@eurothermen.example>",
        "Ihr Gutschein",
        """Vielen Dank für Ihren Einkauf! Anbei Ihr Wertgutschein über EUR 120,00. Gültig 3 Jahre.
""",
        attach=[("Gutschein_88122.pdf", "application/pdf", "%PDF-1.4 Gutschein")],
    ),
    n(
        "25328",
        "2025-05-09 08:00",
        "Parkster <receipts@parkster.example>",
        "Parkbeleg Salzburg",
        """Parkvorgang beendet. Salzburg, Zone Altstadt. 29.04.2025 09:02 - 12:40. EUR 7,20.
""",
    ),
    n(
        "25329",
        "2025-05-17 14:00",
        "Die Presse <abo@diepresse.example>",
        "Ihr Abo-Angebot: 3 Monate Digital um 1 €",
        """Lesen Sie die Presse digital: 3 Monate für nur 1 €. Danach EUR 19,90 monatlich. Jederzeit kündbar.
""",
    ),
    n(
        "25330",
        "2025-05-22 13:15",
        "Sabine Kofler <sabine.kofler@gmail.com>",
        "Re: Buchclub Mai",
        """Ich schaff heute leider nicht, Kind krank. Sagt mir, wie ihr das Buch fandet!
""",
        **reply("25288", "sabine.kofler@gmail.com"),
    ),
    n(
        "25331",
        "2025-06-01 10:20",
        "Zahnarztpraxis Dr. Mayr <termine@zahnarzt-mayr.example>",
        "Erinnerung: Ihr Termin morgen",
        """Sehr geehrte Frau Brandstätter, wir erinnern Sie an Ihren Kontrolltermin morgen, 02.06., um 08:00 Uhr.
""",
    ),
    n(
        "25332",
        "2025-06-10 21:30",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Re: Paulis Geburtstag",
        """Er hat sich SO über den Bugatti gefreut, danke dir! Papa hat bis Mitternacht mitgebaut 😂
""",
        **reply("25259", "lisa.moser@gmx.at"),
    ),
    n(
        "25333",
        "2025-06-21 09:00",
        "Wien Energie <kundenservice@wienenergie.example>",
        "Ihre Abmeldung",
        """Sehr geehrte Frau Brandstätter, wir haben Ihre Abmeldung für den Zählpunkt AT0010000000000000001000004711234 zum 31.08.2025 erhalten. Die Schlussrechnung folgt.
""",
    ),
    n(
        "25334",
        "2025-06-23 11:45",
        "SWM Stadtwerke München <service@swm.example>",
        "Willkommen bei M-Strom",
        """Herzlich willkommen! Ihr Stromvertrag für Westendstraße 44 beginnt am 15.08.2025. Abschlag: 58 € monatlich.
""",
    ),
    n(
        "25335",
        "2025-07-04 17:17",
        "Birgit Hanl <birgit.hanl@gmail.com>",
        "Sommerfest Meetup",
        """Gehst du morgen zum Agile Sommerfest? Dann komm ich mit, allein ist mir das zu nerdig 😅
""",
    ),
    n(
        "25336",
        "2025-07-13 22:40",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "NYC!!",
        """Viel Spaß in New York!! Bring mir bitte einen Bagel mit. Einen echten. Spaß. Aber schick Fotos!
""",
    ),
    n(
        "25337",
        "2025-07-21 09:10",
        "Uber Receipts <noreply@uber.com>",
        "Your Tuesday trip with Uber",
        """Thanks for riding, Katharina. JFK Terminal 1 - Midtown Manhattan. Total: USD 78.40.
""",
        "en",
    ),
    n(
        "25338",
        "2025-07-26 08:30",
        "Google Maps Timeline <noreply-maps-timeline@google.com>",
        "Katharina, your July update",
        """You visited 4 cities and 37 places this month. See your Timeline.
""",
        "en",
    ),
    n(
        "25339",
        "2025-08-05 12:00",
        "Rundfunkbeitrag <service@rundfunkbeitrag.example>",
        "Anmeldung für Ihre Wohnung",
        """Sehr geehrte Frau Brandstätter, Sie wurden als Beitragszahlerin für die Wohnung Westendstraße 44 angemeldet. Ihre Beitragsnummer: 512 345 678.
""",
    ),
    n(
        "25340",
        "2025-08-08 15:50",
        "ORF-Beitrags Service <service@orf-beitrag.example>",
        "Abmeldung bestätigt",
        """Wir bestätigen die Abmeldung Ihres Standortes Zieglergasse 18/14 zum 31.08.2025 aufgrund Ihres Umzugs ins Ausland.
""",
    ),
    n(
        "25341",
        "2025-08-13 18:00",
        "Thomas Reiter <thomas.reiter@outlook.at>",
        "Umzugshilfe",
        """Brauchst am 29. noch wen zum Kisten schleppen? Michi und ich hätten Zeit. Gegen Bier natürlich.
""",
    ),
    n(
        "25342",
        "2025-08-14 07:55",
        "Thomas Reiter <thomas.reiter@outlook.at>",
        "Re: Umzugshilfe",
        """Passt, dann um 8 bei dir. Kaffee und Leberkässemmerl nicht vergessen!
""",
        **reply("25341", "thomas.reiter@outlook.at"),
    ),
    n(
        "25343",
        "2025-08-18 11:30",
        "Hausverwaltung Isarblick <vermietung@isarblick-hv.example>",
        "Schlüsselübergabe Westendstraße 44",
        """Sehr geehrte Frau Brandstätter, die Schlüsselübergabe findet am 29.08. um 16:00 Uhr vor Ort statt. Bitte bringen Sie einen Nachweis über die Kautionszahlung mit.
""",
    ),
    n(
        "25344",
        "2025-08-26 10:00",
        "Wiener Städtische <service@wienerstaedtische.example>",
        "Ihre Rückerstattung",
        """Die anteilige Prämie in Höhe von EUR 28,40 wird Ihrem Konto gutgeschrieben.
""",
    ),
    n(
        "25345",
        "2025-08-27 19:00",
        "Strava <no-reply@strava.com>",
        "Your August running report",
        """You ran 48 km in August. Moving month? We get it. Keep going!
""",
        "en",
    ),
    n(
        "25346",
        "2025-04-25 12:12",
        "Google Calendar <calendar-notification@google.com>",
        "Einladung: Mittagessen mit Petra @ Mi 30. Apr. 12:30",
        """Petra Wiesinger hat Sie zu diesem Termin eingeladen: Mittagessen mit Petra, Mi 30. Apr. 2025 12:30 - 13:30, Figlmüller Bäckerstraße.
""",
        ics={
            "organizer": ("Petra Wiesinger", "petra.wiesinger@gmail.com"),
            "uid": "lunch-0430@google.com",
            "start": "2025-04-30 12:30:00 +0200",
            "minutes": 60,
            "summary": "Mittagessen mit Petra",
            "location": "Figlmüller Bäckerstraße",
        },
    ),
    n(
        "25347",
        "2025-05-27 16:00",
        "Petra Wiesinger <petra.wiesinger@gmail.com>",
        "Referenz",
        """Liebe Kathi,

klar, du kannst mich gern als Referenz angeben! Ich freu mich, wenn ich helfen kann. Gib mir nur Bescheid, wenn jemand anruft, damit ich vorbereitet bin.

Petra
""",
    ),
    n(
        "25348",
        "2025-06-28 14:30",
        "Amazon.de <versandbestaetigung@amazon.de>",
        'Versandt: "Umzugskartons 20 Stück"',
        """Ihr Paket ist unterwegs. Voraussichtliche Lieferung: Dienstag, 1. Juli.
""",
    ),
    n(
        "25349",
        "2025-07-08 09:40",
        "Austrian Airlines <miles@austrian.example>",
        "Miles & More: Ihr Meilenstand",
        """Ihr aktueller Meilenstand: 12.440 Prämienmeilen. Entdecken Sie unsere Angebote für Prämienflüge.
""",
    ),
    n(
        "25350",
        "2025-08-29 21:10",
        "Lisa Brandstätter-Moser <lisa.moser@gmx.at>",
        "Willkommen in München!",
        """Und, wie ist die neue Wohnung? Die Kinder haben ein Bild für dich gemalt, ich schick's per Post. Alles Gute für Montag, du rockst das!
""",
    ),
]
