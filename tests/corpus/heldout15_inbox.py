"""The ordinary inbox of the fifteenth held-out corpus, with look-alikes (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST, GMT, BST = "+0100", "+0200", "+0000", "+0100"


def n(
    key: str, date: str, frm: str, subject: str, lang: str, text: str, **kw: Any
) -> dict[str, Any]:
    """A not-job message (tz from the date: summer time from 29 March)."""
    tz = kw.pop("tz", CEST if date >= "2026-03-29" else CET)
    return m(key, date, frm, subject, ("not_job", lang), text, tz=tz, **kw)


MAIL: list[dict[str, Any]] = [
    n(
        "15201",
        "2026-01-02 09:14",
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 7K3P9Q)",
        "de",
        """Vielen Dank für Ihre Buchung!

Frankfurt(Main)Hbf → Köln Hbf, Sa. 03.01.2026, 10:13 – 11:17, ICE 27
1 Erwachsener, 1. Klasse, Flexpreis, Sitzplatz Wagen 12, Platz 55
Gesamtpreis: 142,90 EUR

Ihr Ticket finden Sie in der DB Navigator App.
""",
    ),
    n(
        "15202",
        "2026-01-03 18:40",
        "Mama <renate.albrecht@t-online.de>",
        "Sonntag",
        "de",
        """Liebe Kathi,

kommst Du am Sonntag zum Kaffee? Papa hat Geburtstagskuchen von Tante Gerda übrig und will
unbedingt, dass Du ihn probierst. Bring doch Felix mit, wenn er Zeit hat.

Gruß und Kuss
Mama
""",
    ),
    n(
        "15203",
        "2026-01-05 11:02",
        "ING Deutschland <info@ing.de>",
        "Ihr Kontoauszug ist da",
        "de",
        """Guten Tag Frau Dr. Albrecht,

Ihr Kontoauszug für das Girokonto ****4471 (Dezember 2025) steht ab sofort im Postfach Ihres
Online-Bankings für Sie bereit.

Ihre ING
""",
    ),
    n(
        "15204",
        "2026-01-06 08:30",
        "Handelsblatt Morning Briefing <morningbriefing@handelsblatt.com>",
        "Morning Briefing: Der große CFO-Wechsel im DAX",
        "de",
        """Guten Morgen,

so viele Finanzvorstände wie nie zuvor haben 2025 den DAX verlassen – 11 von 40. Headhunter
sprechen von einem Verkäufermarkt für erfahrene CFOs; Aufsichtsräte suchen vor allem
Transformations- und KI-Kompetenz. Unsere Analyse lesen Sie hier.

Außerdem: Die EZB vor der Zinsentscheidung, und warum Mittelständler ihre Hausbank wechseln.

Ihr Sebastian Matthes
""",
    ),
    n(
        "15205",
        "2026-01-07 14:22",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Versandt: „Montblanc Meisterstück Kugelschreiber“",
        "de",
        """Hallo Katharina,

Ihre Bestellung 303-5529871-1104321 wurde versandt. Voraussichtliche Zustellung: Freitag, 9. Januar.

Sendungsverfolgung: DHL 00340434161094028541
""",
    ),
    n(
        "15206",
        "2026-01-08 19:55",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Skiwochenende",
        "de",
        """Hey,

habe für 13.–15. Februar die Hütte in Kleinwalsertal reserviert, 380 € für beide. Soll ich
zusagen? Und: Deine Mutter hat mir schon wieder wegen Sonntag geschrieben 😄

Kuss, F.
""",
    ),
    n(
        "15207",
        "2026-01-09 10:00",
        "Commerzbank <kundenservice@commerzbank.de>",
        "Ihr Kreditantrag Nr. 88104 – Eingangsbestätigung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihren Antrag auf ein Modernisierungsdarlehen über 45.000 EUR. Wir haben Ihre
Unterlagen erhalten und prüfen Ihren Antrag. Die Entscheidung teilen wir Ihnen in der Regel
innerhalb von fünf Bankarbeitstagen mit.

Bitte reichen Sie noch Ihre letzten drei Gehaltsabrechnungen über das Kundenportal ein.

Mit freundlichen Grüßen
Ihre Commerzbank
""",
    ),
    n(
        "15208",
        "2026-01-12 12:30",
        "Praxis Dr. Sander <termine@praxis-sander.de>",
        "Terminbestätigung: Vorsorgeuntersuchung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

hiermit bestätigen wir Ihren Termin am Mittwoch, 21.01.2026 um 8:15 Uhr (Check-up 35+).
Bitte kommen Sie nüchtern und bringen Sie Ihre Versichertenkarte mit.

Ihr Praxisteam Dr. med. Sander
""",
        ics={
            "start": "2026-01-21 08:15:00 +0100",
            "minutes": 45,
            "organizer": ("Praxis Dr. Sander", "termine@praxis-sander.de"),
            "uid": "sander-20260121-0815@praxis-sander.de",
            "summary": "Check-up Dr. Sander",
            "location": "Oeder Weg 22, Frankfurt",
        },
    ),
    n(
        "15209",
        "2026-01-13 16:10",
        "CFO Insights Podcast <hello@cfoinsights.fm>",
        "Interview request: CFO Insights Podcast",
        "en",
        """Dear Dr. Albrecht,

I host CFO Insights, a podcast for finance leaders in Europe (about 12,000 listeners per
episode). We'd love to interview you about your experience leading a carve-out refinancing.
Recording takes about 45 minutes over Riverside; we'd publish in March.

Would you be open to it?

Warm regards,
Daniel Hoek
Host, CFO Insights
""",
    ),
    n(
        "15210",
        "2026-01-14 07:45",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Gratulieren Sie Markus Feld zum neuen Job als CFO bei Telvario",
        "de",
        """Markus Feld hat eine neue Position: Chief Financial Officer bei Telvario GmbH.

Gratulieren Sie ihm: https://www.linkedin.com/feed/update/urn:li:activity:7284
""",
    ),
    n(
        "15211",
        "2026-01-15 09:05",
        "Commerzbank <kundenservice@commerzbank.de>",
        "Ihr Kreditantrag Nr. 88104 – Zusage",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Kreditantrag genehmigt haben. Das
Vertragsangebot über 45.000 EUR (Sollzins 4,19 % p.a., Laufzeit 96 Monate) finden Sie in Ihrem
Postfach. Bitte unterschreiben Sie es innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Ihre Commerzbank
""",
    ),
    n(
        "15212",
        "2026-01-16 20:20",
        "Lufthansa Miles & More <newsletter@milesandmore.com>",
        "Ihr exklusives Angebot: 30 % Bonusmeilen",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

nur für kurze Zeit: Sichern Sie sich beim Meilenkauf bis zu 30 % Bonusmeilen. Dieses Angebot
gilt bis zum 31. Januar.

Ihr Miles & More Team
""",
    ),
    n(
        "15213",
        "2026-01-17 10:35",
        "Clara Albrecht <clara.albrecht@uni-heidelberg.de>",
        "Hilfe bei Bewerbung?",
        "de",
        """Hi Kathi,

kannst Du mal auf mein Motivationsschreiben für das Masterprogramm in Maastricht schauen? Die
Bewerbungsfrist ist am 1. Februar und ich hab das Gefühl, es klingt total steif. Hänge es an.

Danke, Du bist die Beste!
Clara
""",
        attach=[
            (
                "Motivationsschreiben_Maastricht.txt",
                "text/plain",
                "Sehr geehrte Damen und Herren, ...\n",
            )
        ],
    ),
    n(
        "15214",
        "2026-01-19 13:00",
        "Finanzamt Frankfurt am Main III <noreply@elster.de>",
        "Neue Nachricht in Ihrem ELSTER-Postfach",
        "de",
        """Sehr geehrte Nutzerin,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit (Bescheid über
Einkommensteuer 2024). Bitte melden Sie sich an, um die Nachricht abzurufen.

Ihr ELSTER-Team
""",
    ),
    n(
        "15215",
        "2026-01-20 18:12",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Re: Skiwochenende",
        "de",
        """Hab zugesagt! Anzahlung ist raus. 🎿
""",
        **reply("15206", "felix.brenner@gmx.de"),
    ),
    n(
        "15216",
        "2026-01-21 15:30",
        "ICV Internationaler Controller Verein <events@icv-controlling.com>",
        "Einladung: Webinar „KI im Controlling“ am 5. Februar",
        "de",
        """Liebe Mitglieder,

wir laden Sie herzlich zu unserem Webinar „KI im Controlling – Hype oder Werkzeug?“ ein.
Termin: Donnerstag, 5. Februar, 17:00–18:00 Uhr. Referentin: Prof. Dr. Sabine Kuhl.

Die Einwahldaten finden Sie in der angehängten Kalendereinladung.

Ihr ICV-Team
""",
        ics={
            "start": "2026-02-05 17:00:00 +0100",
            "minutes": 60,
            "organizer": ("ICV Events", "events@icv-controlling.com"),
            "uid": "icv-webinar-20260205@icv-controlling.com",
            "summary": "Webinar: KI im Controlling",
            "location": "Zoom",
        },
    ),
    n(
        "15217",
        "2026-01-22 08:00",
        "The Economist <newsletters@economist.com>",
        "The Economist this week",
        "en",
        """This week: Europe's boardrooms are struggling to hire; why finance chiefs are the new
CEOs-in-waiting; and the bond market's quiet revolt.

Read the digital edition: https://www.economist.com/weeklyedition
""",
    ),
    n(
        "15218",
        "2026-01-23 12:40",
        "Vermietung Westend <vermietung@westend-immo.de>",
        "Ihre Mietbewerbung – Wohnung Feldbergstraße 14",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bewerbung um die 4-Zimmer-Wohnung in der Feldbergstraße 14. Gern laden wir
Sie zu einer Besichtigung am Samstag, 31. Januar, um 11:30 Uhr ein. Bitte bringen Sie eine
Schufa-Auskunft und Einkommensnachweise mit.

Mit freundlichen Grüßen
Westend Immobilien Verwaltung GmbH
""",
    ),
    n(
        "15219",
        "2026-01-24 10:15",
        "Paypal <service@paypal.de>",
        "Sie haben eine Zahlung an Zalando SE gesendet",
        "de",
        """Guten Tag Katharina Albrecht,

Sie haben eine Zahlung über 189,95 € EUR an Zalando SE gesendet.
Transaktionscode: 7HX21390LM8826631
""",
    ),
    n(
        "15220",
        "2026-01-26 17:05",
        "Daniel Hoek <hello@cfoinsights.fm>",
        "Re: Interview request: CFO Insights Podcast",
        "en",
        """Wonderful, thank you! Here is a link to book the recording slot that suits you:
https://calendly.com/cfoinsights/recording

We'll send a prep sheet with the questions a week ahead.

Daniel
""",
        **reply("15209", "hello@cfoinsights.fm"),
    ),
    n(
        "15221",
        "2026-01-27 09:20",
        "Vodafone <rechnung@vodafone.de>",
        "Ihre Rechnung für Januar 2026",
        "de",
        """Hallo Frau Dr. Albrecht,

Ihre Mobilfunkrechnung für Januar 2026 ist da: 49,99 €. Der Betrag wird am 03.02.2026 von Ihrem
Konto abgebucht.

Ihr Vodafone Team
""",
    ),
    n(
        "15222",
        "2026-01-28 21:00",
        "Tante Gerda <gerda.mahler@web.de>",
        "Fotos vom Geburtstag",
        "de",
        """Liebe Katharina,

anbei die Fotos vom Geburtstag. Das mit Euch dreien auf dem Sofa ist besonders schön geworden!

Herzlich, Deine Tante Gerda
""",
        attach=[("fotos_link.txt", "text/plain", "https://magentacloud.de/s/Gx91ka\n")],
    ),
    n(
        "15223",
        "2026-01-29 16:44",
        "Westend Immobilien <vermietung@westend-immo.de>",
        "Besichtigung Feldbergstraße – Terminänderung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

die Besichtigung muss leider auf Samstag, 7. Februar, 11:30 Uhr verlegt werden, da die
Vormieter noch nicht ausgezogen sind. Wir bitten um Verständnis.

Westend Immobilien Verwaltung GmbH
""",
    ),
    n(
        "15224",
        "2026-01-30 07:30",
        "FAZ Finanzen <newsletter@faz.net>",
        "Die Woche an den Märkten",
        "de",
        """Liebe Leserin,

die Berichtssaison beginnt – und mit ihr die Frage, wie viele Unternehmen ihre Prognosen
senken. Außerdem: Warum Personalberater für Finanzchefs gerade Rekordhonorare verlangen.

Ihre F.A.Z.-Finanzredaktion
""",
    ),
    n(
        "15225",
        "2026-02-01 11:11",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Einkaufsliste",
        "de",
        """Milch, Eier, Lauch, 2x Parmesan, Wein für Samstag (der Rote vom letzten Mal), Kaffeebohnen.
Und Klopapier!!
""",
    ),
    n(
        "15226",
        "2026-02-02 10:00",
        "Sparkasse Frankfurt <service@frankfurter-sparkasse.de>",
        "Sicherheitshinweis: Neues Gerät registriert",
        "de",
        """Sehr geehrte Kundin,

für Ihr Online-Banking wurde ein neues Gerät (iPhone) für pushTAN registriert. Wenn Sie das
nicht waren, sperren Sie bitte umgehend Ihren Zugang unter 116 116.

Ihre Frankfurter Sparkasse
""",
    ),
    n(
        "15227",
        "2026-02-03 13:25",
        "Universität Mannheim – Executive Education <exed@uni-mannheim.de>",
        "Ihre Bewerbung für das Advisory Board Programme",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bewerbung für das Zertifikatsprogramm „Aufsichtsrat und Beirat – Governance
in der Praxis“ (Start: 17. April 2026). Wir freuen uns, Ihnen einen Platz anbieten zu können.
Bitte bestätigen Sie Ihre Teilnahme bis zum 20. Februar.

Mit freundlichen Grüßen
Mannheim Business School – Executive Education
""",
    ),
    n(
        "15228",
        "2026-02-04 19:30",
        "Clara Albrecht <clara.albrecht@uni-heidelberg.de>",
        "Re: Hilfe bei Bewerbung?",
        "de",
        """DANKE!! Deine Änderungen sind perfekt. Habe es heute abgeschickt. Daumen drücken 🤞
""",
        **reply("15213", "clara.albrecht@uni-heidelberg.de"),
    ),
    n(
        "15229",
        "2026-02-05 08:15",
        "DHL Paket <noreply@dhl.de>",
        "Ihr Paket kommt heute",
        "de",
        """Ihre Sendung 00340434161094028541 wird heute zwischen 10:30 und 14:00 Uhr zugestellt.
Nicht zu Hause? Ablageort ändern: https://www.dhl.de/sendung
""",
    ),
    n(
        "15230",
        "2026-02-06 17:45",
        "Airbnb <automated@airbnb.com>",
        "Reservierung bestätigt: Lyon, 8.–10. Februar",
        "de",
        """Katharina, Ihre Reservierung ist bestätigt.

Appartement Presqu'île, Lyon · 8.–10. Feb. 2026 · Gastgeber: Mathieu
Check-in ab 15:00 Uhr
""",
    ),
    n(
        "15231",
        "2026-02-07 09:50",
        "Booking.com <customer.service@booking.com>",
        "Your offer is waiting: 15% off your next stay",
        "en",
        """Hi Katharina,

Good news – you've unlocked a Genius offer! Save 15% on stays in Zurich, Paris and London
until 28 February.

Booking.com
""",
    ),
    n(
        "15232",
        "2026-02-09 07:40",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Votre voyage Francfort – Lyon",
        "fr",
        """Bonjour Katharina,

Votre e-billet : TGV INOUI 9581, Frankfurt (Main) Hbf 07:58 → Lyon Part-Dieu 14:03, lundi 9
février 2026. Voiture 3, place 41.

Bon voyage !
""",
    ),
    n(
        "15233",
        "2026-02-10 20:05",
        "Papa <herbert.albrecht@t-online.de>",
        "Steuerberater",
        "de",
        """Hallo Kathi,

kannst Du mir die Nummer von Deinem Steuerberater geben? Meiner geht in Rente und ich brauche
jemanden für die Vermietung in Bad Homburg.

Papa
""",
    ),
    n(
        "15234",
        "2026-02-11 12:00",
        "XING <mailrobot@mail.xing.com>",
        "3 Personen haben Ihr Profil besucht",
        "de",
        """Hallo Katharina Albrecht,

in den letzten 7 Tagen haben 3 Personen Ihr Profil besucht, darunter ein Personalberater aus
Frankfurt. Mit XING Premium sehen Sie, wer es war.

Ihr XING-Team
""",
    ),
    n(
        "15235",
        "2026-02-12 09:00",
        "Mannheim Business School <exed@uni-mannheim.de>",
        "Anmeldung bestätigt – Advisory Board Programme",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bestätigung. Die Rechnung über die Programmgebühr (7.900 EUR zzgl. MwSt.)
erhalten Sie separat.

Ihr Executive-Education-Team
""",
    ),
    n(
        "15236",
        "2026-02-13 08:30",
        "Vorstand Golfclub Kronberg <vorstand@gc-kronberg.de>",
        "Einladung zur Mitgliederversammlung",
        "de",
        """Liebe Mitglieder,

wir laden herzlich zur ordentlichen Mitgliederversammlung am 20. März um 19:00 Uhr im
Clubhaus ein. Tagesordnung: Bericht des Vorstands, Jahresabschluss, Wahl der Kassenprüfer.

Mit sportlichen Grüßen
Der Vorstand
""",
    ),
    n(
        "15237",
        "2026-02-16 14:30",
        "Westend Immobilien <vermietung@westend-immo.de>",
        "Absage Wohnung Feldbergstraße 14",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihr Interesse und Ihren Besuch bei der Besichtigung. Leider müssen wir Ihnen
mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Wohnungssuche.

Westend Immobilien Verwaltung GmbH
""",
    ),
    n(
        "15238",
        "2026-02-17 19:20",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Fotos Hütte",
        "de",
        """Anbei die besten Bilder. Das mit dem Schneehaufen bleibt unter uns 😂
""",
        attach=[("huette.txt", "text/plain", "https://photos.app.goo.gl/xk2\n")],
    ),
    n(
        "15239",
        "2026-02-18 11:00",
        "Allianz <service@allianz.de>",
        "Ihr Angebot zur Berufsunfähigkeitsversicherung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

wie besprochen erhalten Sie anbei Ihr persönliches Angebot zur Berufsunfähigkeitsversicherung.
Das Angebot ist vier Wochen gültig. Ihr Ansprechpartner: Herr Kunz, Agentur Kunz & Becker.

Ihre Allianz
""",
    ),
    n(
        "15240",
        "2026-02-19 16:15",
        "Daniel Hoek <hello@cfoinsights.fm>",
        "Prep sheet – your CFO Insights interview on 26 Feb",
        "en",
        """Hi Katharina,

Attached is the prep sheet for our recording next Thursday. Topics: your path into finance,
the carve-out, what boards get wrong about CFOs, and a lightning round.

See you then!
Daniel
""",
        attach=[("CFO_Insights_prep.txt", "text/plain", "Questions...\n")],
    ),
    n(
        "15241",
        "2026-02-20 10:30",
        "Apotheke am Grüneburgweg <info@apotheke-grueneburgweg.de>",
        "Ihre Bestellung liegt zur Abholung bereit",
        "de",
        """Guten Tag,

Ihre vorbestellten Arzneimittel liegen ab sofort zur Abholung bereit. Öffnungszeiten Mo–Fr 8–19 Uhr.

Ihre Apotheke am Grüneburgweg
""",
    ),
    n(
        "15242",
        "2026-02-22 09:10",
        "Mama <renate.albrecht@t-online.de>",
        "Ostern",
        "de",
        """Liebe Kathi,

wir überlegen, über Ostern nach Sylt zu fahren. Wollt Ihr mit? Das Haus hat vier Zimmer.

Mama
""",
    ),
    n(
        "15243",
        "2026-02-23 07:00",
        "Financial Times <ft@newsletters.ft.com>",
        "FT Moral Money: boardroom churn",
        "en",
        """Good morning. Finance directors are leaving listed companies at the fastest rate in a
decade, and headhunters say interviews increasingly test ESG reporting. Plus: the CSRD rollback.
""",
    ),
    n(
        "15244",
        "2026-02-24 18:00",
        "Uber Receipts <noreply@uber.com>",
        "Your Tuesday afternoon trip with Uber",
        "en",
        """Thanks for riding, Katharina.

Total €38.40 · Kronberg im Taunus → Frankfurt Westend · 24 Feb 2026
""",
    ),
    n(
        "15245",
        "2026-02-25 12:45",
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Recording – CFO Insights with Katharina Albrecht @ Thu Feb 26, 2026 4pm - 5pm (CET)",
        "en",
        """Daniel Hoek has invited you to: Recording – CFO Insights with Katharina Albrecht
Thu Feb 26, 2026 4pm – 5pm (CET)
Joining: https://riverside.fm/studio/cfo-insights
""",
        ics={
            "start": "2026-02-26 16:00:00 +0100",
            "minutes": 60,
            "organizer": ("Daniel Hoek", "hello@cfoinsights.fm"),
            "uid": "7v2rq0kq3c1g9@google.com",
            "summary": "Recording – CFO Insights with Katharina Albrecht",
            "location": "https://riverside.fm/studio/cfo-insights",
        },
    ),
    n(
        "15246",
        "2026-02-27 15:00",
        "Zalando <info@service.zalando.de>",
        "Deine Rücksendung ist angekommen",
        "de",
        """Hallo Katharina,

wir haben Deine Rücksendung erhalten. Die Erstattung von 89,95 € erfolgt in den nächsten Tagen.
""",
    ),
    n(
        "15247",
        "2026-03-01 10:40",
        "Nachbarschaft Westend <hausverwaltung@mw-hausverwaltung.de>",
        "Wasserabstellung am 5. März",
        "de",
        """Sehr geehrte Mieterinnen und Mieter,

am Donnerstag, 5. März, wird zwischen 9 und 13 Uhr das Wasser im gesamten Haus abgestellt
(Austausch der Steigleitung).

Ihre MW Hausverwaltung
""",
    ),
    n(
        "15248",
        "2026-03-02 08:20",
        "Commerzbank <kundenservice@commerzbank.de>",
        "Auszahlung Ihres Darlehens",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Ihr Darlehen Nr. 88104 über 45.000 EUR wurde heute auf Ihr Konto ausgezahlt. Die erste Rate
wird am 30. April fällig.

Ihre Commerzbank
""",
    ),
    n(
        "15249",
        "2026-03-04 21:10",
        "Julia Nowak <julia.nowak@gmail.com>",
        "Mädelsabend?",
        "de",
        """Kathi! Lange nicht gesehen. Sonja, Bea und ich wollen am 14. ins Margarete. Bist Du dabei?
Ich hoffe, der Jobwahnsinn lässt Dir Luft 😉

J.
""",
    ),
    n(
        "15250",
        "2026-03-06 11:30",
        "Daniel Hoek <hello@cfoinsights.fm>",
        "Your episode is live!",
        "en",
        """Hi Katharina,

Your interview is live: "Carve-outs, covenants and courage – with Dr. Katharina Albrecht".
https://cfoinsights.fm/episodes/87

Thank you again – feel free to share it on LinkedIn.
Daniel
""",
    ),
]

MAIL += [
    n(
        "15251",
        "2026-03-07 09:00",
        "Netflix <info@mailer.netflix.com>",
        "Neu auf Netflix: Diese Woche",
        "de",
        """Katharina, diese Woche neu: die zweite Staffel von „Der Aufsichtsrat“ und eine Doku über
den Wirecard-Skandal.
""",
    ),
    n(
        "15252",
        "2026-03-09 13:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Daniel Hoek hat Sie in einem Beitrag erwähnt",
        "de",
        """Daniel Hoek hat Sie in einem Beitrag erwähnt: „Neue Folge mit @Katharina Albrecht – was
Aufsichtsräte bei CFO-Interviews wirklich wissen wollen …“

Beitrag ansehen: https://www.linkedin.com/feed/update/urn:li:activity:7301
""",
    ),
    n(
        "15253",
        "2026-03-10 18:00",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Heute Abend",
        "de",
        """Ich koche. Wann bist Du zurück aus Köln? Falls spät, stell ich Dir was warm.
""",
    ),
    n(
        "15254",
        "2026-03-02 07:30",
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 9LM2XQ)",
        "de",
        """Frankfurt(Main)Hbf → Zürich HB, Do. 05.03.2026, 06:50 – 10:52, ICE 271
1. Klasse, Sparpreis, 119,90 EUR
""",
        tz=CET,
    ),
    n(
        "15255",
        "2026-03-12 22:15",
        "Julia Nowak <julia.nowak@gmail.com>",
        "Re: Mädelsabend?",
        "de",
        """Super, 19:30 am Samstag, ich reserviere auf meinen Namen!
""",
        **reply("15249", "julia.nowak@gmail.com"),
    ),
    n(
        "15256",
        "2026-03-14 10:00",
        "Steuerkanzlei Wenz <kanzlei@wenz-steuer.de>",
        "Unterlagen Einkommensteuer 2025",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

für die Erstellung Ihrer Einkommensteuererklärung 2025 benötigen wir noch: Lohnsteuer-
bescheinigung, Spendenbescheinigungen, Nachweise zu Handwerkerleistungen. Bitte laden Sie die
Unterlagen in DATEV Unternehmen online hoch.

Mit freundlichen Grüßen
Steuerkanzlei Wenz
""",
    ),
    n(
        "15257",
        "2026-03-16 12:10",
        "Lycée Français de Francfort <secretariat@lff-francfort.de>",
        "Dossier de candidature – inscription 2026/2027",
        "fr",
        """Madame,

Nous accusons réception du dossier de candidature pour l'inscription de votre nièce, Emma
Brenner, en classe de CP pour la rentrée 2026. La commission d'admission se réunira le 2 avril ;
nous vous communiquerons sa décision par courrier électronique.

Le Secrétariat
""",
    ),
    n(
        "15258",
        "2026-03-17 08:45",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Zugestellt: Ihr Paket",
        "de",
        """Ihr Paket mit „Deutscher Corporate Governance Kodex – Kommentar“ wurde zugestellt.
""",
    ),
    n(
        "15259",
        "2026-03-19 19:40",
        "Mama <renate.albrecht@t-online.de>",
        "Herzlichen Glückwunsch!!!",
        "de",
        """Meine liebe Kathi,

Papa und ich sind so stolz auf Dich! Finanzvorstand! Das müssen wir feiern – Sonntag bei uns?

Deine Mama
""",
    ),
    n(
        "15260",
        "2026-03-20 09:15",
        "Julia Nowak <julia.nowak@gmail.com>",
        "OMG",
        "de",
        """Hab's gerade gehört!!! Glückwunsch, Frau Vorständin 🥂
""",
    ),
    n(
        "15261",
        "2026-03-23 11:00",
        "Sixt <reservierung@sixt.de>",
        "Ihre Reservierung 9981022715",
        "de",
        """Vielen Dank für Ihre Reservierung: BMW 5er Touring, Abholung 27.03.2026 Frankfurt Flughafen,
Rückgabe 30.03.2026. Gesamtpreis 312,40 EUR.
""",
    ),
    n(
        "15262",
        "2026-03-25 16:30",
        "Allianz <service@allianz.de>",
        "Erinnerung: Ihr Angebot läuft ab",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Ihr Angebot zur Berufsunfähigkeitsversicherung ist nur noch bis 31. März gültig. Gern
erstellen wir Ihnen ein neues Angebot.

Ihre Allianz
""",
    ),
    n(
        "15263",
        "2026-03-30 08:00",
        "Handelsblatt <redaktion@handelsblatt.com>",
        "Interviewanfrage: Neue Finanzchefin bei Vantera",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

ich bin Redakteurin im Unternehmensressort des Handelsblatts und würde gern zum Amtsantritt ein
Interview mit Ihnen führen – etwa zu Ihren Plänen für die Bilanz und die Refinanzierung.
Ließe sich im Juli ein Termin finden? Gern koordiniere ich mit der Pressestelle.

Mit freundlichen Grüßen
Marie Kessing
Handelsblatt
""",
    ),
    n(
        "15264",
        "2026-04-01 10:00",
        "Lycée Français de Francfort <secretariat@lff-francfort.de>",
        "Décision d'admission – Emma Brenner",
        "fr",
        """Madame,

Nous avons le plaisir de vous informer que la candidature d'Emma Brenner a été retenue pour la
rentrée 2026. Merci de confirmer l'inscription avant le 30 avril.

Le Secrétariat
""",
    ),
    n(
        "15265",
        "2026-04-02 19:05",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Sylt",
        "de",
        """Deine Mutter will wissen, ob wir Ostern kommen. Ich bin dabei, wenn Du Dir die Zeit nimmst!
""",
    ),
    n(
        "15266",
        "2026-04-03 14:20",
        "Airbnb <automated@airbnb.com>",
        "Your offer has been accepted",
        "en",
        """Good news, Katharina! Your host Inke has accepted your offer for Keitum, Sylt, 4–8 April.
Total: €1,284.00
""",
    ),
    n(
        "15267",
        "2026-04-07 09:30",
        "Praxis Dr. Sander <termine@praxis-sander.de>",
        "Ihre Befunde",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Ihre Laborwerte sind da und unauffällig. Ein Besprechungstermin ist nicht nötig.

Ihr Praxisteam
""",
    ),
    n(
        "15268",
        "2026-04-09 17:45",
        "Vantera Presse <presse@vantera-group.com>",
        "Entwurf Pressemitteilung – bitte um Freigabe",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

anbei der Entwurf der Pressemitteilung zu Ihrer Bestellung in den Vorstand, die wir am 14. April
veröffentlichen möchten. Für Ihre Freigabe oder Änderungswünsche bis Montag wären wir dankbar.
Ein Porträtfoto-Termin wäre am 20. April möglich.

Mit freundlichen Grüßen
Corporate Communications
""",
    ),
    n(
        "15269",
        "2026-04-14 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ihr Beitrag erhält viel Aufmerksamkeit",
        "de",
        """Ihr Beitrag „Ich freue mich, ab Juli als CFO bei Vantera …“ hat 1.204 Reaktionen und 318
Kommentare erhalten.
""",
    ),
    n(
        "15270",
        "2026-04-15 08:40",
        "Oliver Pryce via LinkedIn <messages-noreply@linkedin.com>",
        "Oliver hat Ihnen eine Nachricht gesendet",
        "en",
        """Oliver Pryce: Congratulations on Vantera, Katharina – brilliant news. Let's grab a coffee next
time I'm in Frankfurt!
""",
    ),
    n(
        "15271",
        "2026-04-16 09:10",
        "Sparkasse Frankfurt <service@frankfurter-sparkasse.de>",
        "Ihr Depotauszug Q1 2026",
        "de",
        """Sehr geehrte Kundin,

Ihr Depotauszug zum 31.03.2026 steht im elektronischen Postfach bereit.
""",
    ),
    n(
        "15272",
        "2026-04-17 08:50",
        "Mannheim Business School <exed@uni-mannheim.de>",
        "Willkommen zum Programmstart",
        "de",
        """Sehr geehrte Teilnehmerinnen und Teilnehmer,

wir freuen uns, Sie heute um 9:00 Uhr im Schloss (Raum O 142) zum ersten Modul begrüßen zu dürfen.
""",
    ),
    n(
        "15273",
        "2026-04-20 18:30",
        "Papa <herbert.albrecht@t-online.de>",
        "Re: Steuerberater",
        "de",
        """Danke Dir, Herr Wenz hat mich genommen. Ist ein netter Mann.
""",
        **reply("15233", "herbert.albrecht@t-online.de"),
    ),
    n(
        "15274",
        "2026-04-22 15:00",
        "Booking.com <customer.service@booking.com>",
        "Bestätigung: Hotel Bristol, Wien",
        "de",
        """Ihre Buchung ist bestätigt: Hotel Bristol Wien, 7.–9. Mai 2026, Deluxe-Zimmer, 2 Nächte.
""",
    ),
    n(
        "15275",
        "2026-04-24 10:20",
        "Gehaltsabrechnung Meridian Chemie <payroll@meridian-chemie.de>",
        "Ihre Entgeltabrechnung April 2026",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Ihre Entgeltabrechnung für April 2026 steht im Mitarbeiterportal zur Verfügung.

Payroll Services
""",
    ),
    n(
        "15276",
        "2026-04-27 13:00",
        "Dr. Ralf Gebauer <ralf.gebauer@meridian-chemie.de>",
        "Übergabe",
        "de",
        """Liebe Katharina,

nochmals: Wir lassen Dich ungern gehen, aber ich freue mich für Dich. Lass uns die Übergabe
bis Ende Juni strukturieren – Vorschlag: wöchentlicher Jour fixe dienstags 8 Uhr.

Ralf
""",
    ),
    n(
        "15277",
        "2026-04-28 09:05",
        "Meridian Chemie Kalender <ralf.gebauer@meridian-chemie.de>",
        "Einladung: Jour fixe Übergabe CFO",
        "de",
        """Wöchentlicher Jour fixe zur Übergabe, bis 30. Juni.
""",
        ics={
            "style": "outlook",
            "start": "2026-05-05 08:00:00 +0200",
            "minutes": 60,
            "organizer": ("Dr. Ralf Gebauer", "ralf.gebauer@meridian-chemie.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000MER0505",
            "summary": "Jour fixe Übergabe",
            "location": "Raum 4.12",
        },
    ),
    n(
        "15278",
        "2026-05-02 11:30",
        "Julia Nowak <julia.nowak@gmail.com>",
        "Abschiedsfeier",
        "de",
        """Wir machen Dir eine Abschiedsparty, ob Du willst oder nicht 😁 Freitag 26.6.?
""",
    ),
    n(
        "15279",
        "2026-05-04 10:15",
        "Trade Republic <service@traderepublic.com>",
        "Dein Sparplan wurde ausgeführt",
        "de",
        """Dein Sparplan über 500,00 € (MSCI World) wurde am 04.05.2026 ausgeführt.
""",
    ),
    n(
        "15280",
        "2026-05-06 12:00",
        "Santander Consumer Bank <angebote@santander.de>",
        "Exklusives Kreditangebot für Sie: ab 3,99 %",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Sie sind vorausgewählt: Beantragen Sie jetzt Ihren Wunschkredit bis 80.000 € online in 10
Minuten – Sofortzusage inklusive.
""",
    ),
    n(
        "15281",
        "2026-05-08 20:40",
        "Clara Albrecht <clara.albrecht@uni-heidelberg.de>",
        "Zusage Maastricht!!!",
        "de",
        """Ich bin angenommen!!! 🎉 Danke nochmal für Deine Hilfe beim Anschreiben.
""",
    ),
    n(
        "15282",
        "2026-05-11 09:00",
        "Deutscher Aktieninstitut <events@dai.de>",
        "Einladung: CFO Roundtable am 10. Juni",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

wir laden Sie herzlich zu unserem CFO Roundtable „Kapitalmarkt 2026“ am 10. Juni, 16:00 Uhr,
Börse Frankfurt, ein.
""",
        ics={
            "start": "2026-06-10 16:00:00 +0200",
            "minutes": 150,
            "organizer": ("DAI Events", "events@dai.de"),
            "uid": "dai-cfo-roundtable-20260610@dai.de",
            "summary": "DAI CFO Roundtable",
            "location": "Börse Frankfurt",
        },
    ),
    n(
        "15283",
        "2026-05-13 16:10",
        "Elena Martín <elena.martin.ruiz@gmail.com>",
        "¡Felicidades, Katharina!",
        "es",
        """Hola Katharina:

Me he enterado por LinkedIn de tu nombramiento, ¡enhorabuena! Si vienes a Madrid en verano,
avísame y comemos juntas como en los viejos tiempos del máster.

Un beso,
Elena
""",
    ),
    n(
        "15284",
        "2026-05-15 11:25",
        "Hausverwaltung MW <hausverwaltung@mw-hausverwaltung.de>",
        "Nebenkostenabrechnung 2025",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

anbei Ihre Nebenkostenabrechnung für 2025. Es ergibt sich eine Nachzahlung von 214,36 EUR,
fällig zum 15. Juni.
""",
    ),
    n(
        "15285",
        "2026-05-18 07:30",
        "Börsen-Zeitung <newsletter@boersen-zeitung.de>",
        "Personalien: Wechsel in Finanzvorständen",
        "de",
        """Heute in den Personalien: Vantera beruft Albrecht zur CFO; Hellwig holt neue Finanzchefin
aus der Pharmabranche; Rheinmetall-Zulieferer sucht per Headhunter.
""",
    ),
    n(
        "15286",
        "2026-05-20 14:05",
        "Praxis Dr. Yilmaz – Zahnarzt <praxis@dr-yilmaz-zahn.de>",
        "Erinnerung: Ihr Termin zur Prophylaxe",
        "de",
        """Guten Tag Frau Dr. Albrecht,

wir erinnern Sie an Ihren Termin am Dienstag, 26.05.2026, 7:45 Uhr (Professionelle Zahnreinigung).
""",
        ics={
            "start": "2026-05-26 07:45:00 +0200",
            "minutes": 60,
            "organizer": ("Praxis Dr. Yilmaz", "praxis@dr-yilmaz-zahn.de"),
            "uid": "yilmaz-20260526@dr-yilmaz-zahn.de",
            "summary": "PZR Dr. Yilmaz",
            "location": "Schweizer Straße 30",
        },
    ),
    n(
        "15287",
        "2026-05-22 10:00",
        "Vantera Holding SE – IT <it-onboarding@vantera-group.com>",
        "Ihr Zugang und Ihr Notebook",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Ihr Notebook und Ihr Diensthandy liegen ab 29. Juni bei der IT in Eschborn für Sie bereit. Ihr
Benutzername lautet kalbrecht; das Initialpasswort erhalten Sie am ersten Tag persönlich.

IT Service Desk
""",
    ),
    n(
        "15288",
        "2026-05-26 18:20",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Urlaub Juli?",
        "de",
        """Bevor Du im Vorstand verschwindest: eine Woche Provence, 6.–12. Juli? Ich hab ein Haus in Gordes gefunden.
""",
    ),
    n(
        "15289",
        "2026-05-29 09:40",
        "Gîtes de Provence <reservation@gites-provence.fr>",
        "Confirmation de réservation – Mas des Oliviers",
        "fr",
        """Bonjour Monsieur Brenner, Madame Albrecht,

Nous confirmons votre réservation du Mas des Oliviers à Gordes du 6 au 12 juillet 2026.
Acompte reçu : 450 €.
""",
    ),
    n(
        "15290",
        "2026-06-01 08:00",
        "The Economist <newsletters@economist.com>",
        "The Economist this week",
        "en",
        """This week: the global hiring slowdown, what job interviews reveal about AI, and Germany's
industrial malaise.
""",
    ),
    n(
        "15291",
        "2026-06-03 13:15",
        "Vantera Investor Relations <ir@vantera-group.com>",
        "Q2-Termine und Roadshow-Planung",
        "de",
        """Liebe Frau Dr. Albrecht,

zur Vorbereitung Ihres Starts anbei der IR-Kalender für das zweite Halbjahr inkl. Roadshows in
London und New York nach den Q2-Zahlen. Gern stimmen wir uns dazu im Juli ab.

Beste Grüße
Investor Relations
""",
    ),
    n(
        "15292",
        "2026-06-05 17:00",
        "Mama <renate.albrecht@t-online.de>",
        "Papas 70.",
        "de",
        """Liebe Kathi, denk bitte an Papas 70. am 20. Juni. Wir feiern im Hofgut. Bringt gute Laune mit.
""",
    ),
    n(
        "15293",
        "2026-06-08 10:30",
        "Hertie School <events@hertie-school.org>",
        "You're invited: Women on Boards breakfast",
        "en",
        """Dear Dr. Albrecht,

We would be honoured if you joined our Women on Boards breakfast in Berlin on 2 July.
RSVP by 20 June.
""",
    ),
    n(
        "15294",
        "2026-06-10 12:00",
        "Lufthansa <online@booking-lufthansa.com>",
        "Ihre Buchungsbestätigung FRA–LHR",
        "de",
        """Buchungscode 6QXT4L: LH 900, Frankfurt → London Heathrow, 14.07.2026, 07:30. Business.
""",
    ),
    n(
        "15295",
        "2026-06-12 19:10",
        "Julia Nowak <julia.nowak@gmail.com>",
        "Re: Abschiedsfeier",
        "de",
        """Location steht: Dachterrasse bei Sonja. Du musst nur kommen 🥳
""",
        **reply("15278", "julia.nowak@gmail.com"),
    ),
    n(
        "15296",
        "2026-06-15 09:00",
        "Commerzbank <kundenservice@commerzbank.de>",
        "Ihre Anfrage zur Sondertilgung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

eine Sondertilgung Ihres Darlehens Nr. 88104 ist jährlich bis zu 10 % möglich. Bitte teilen Sie
uns den gewünschten Betrag mit.
""",
    ),
    n(
        "15297",
        "2026-06-18 16:45",
        "Clara Albrecht <clara.albrecht@uni-heidelberg.de>",
        "WG in Maastricht",
        "de",
        """Hab eine WG gefunden! Die wollen eine Bürgschaft – könntest Du die unterschreiben? Formular anbei.
""",
        attach=[("Buergschaft.txt", "text/plain", "Bürgschaftserklärung\n")],
    ),
    n(
        "15298",
        "2026-06-22 08:30",
        "XING <mailrobot@mail.xing.com>",
        "Katharina, Ihre Kontakte haben neue Jobs",
        "de",
        """Markus Feld ist jetzt CFO bei Telvario GmbH. Sandra Lutz ist jetzt Head of Tax bei Vantera
Holding SE. Gratulieren Sie!
""",
    ),
    n(
        "15299",
        "2026-06-26 11:00",
        "Meridian Chemie HR <hr@meridian-chemie.de>",
        "Ihr Arbeitszeugnis und Austrittsunterlagen",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

anbei erhalten Sie Ihr qualifiziertes Arbeitszeugnis sowie die Austrittsunterlagen. Bitte geben
Sie Ihren Firmenausweis und Ihr Notebook am 30. Juni am Empfang ab.

Mit freundlichen Grüßen
HR Services
""",
    ),
    n(
        "15300",
        "2026-07-01 07:30",
        "Vantera Holding SE <kommunikation@vantera-group.com>",
        "Willkommen im Vorstand – Intranet-News",
        "de",
        """Liebe Kolleginnen und Kollegen,

heute begrüßen wir Dr. Katharina Albrecht als neue Finanzvorständin der Vantera Holding SE.
Sie übernimmt die Ressorts Finanzen, Controlling, Steuern, Treasury und IT.
""",
    ),
    n(
        "15301",
        "2026-07-03 18:00",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Packliste Provence",
        "de",
        """Sonnencreme, Wanderschuhe, Dein Kindle, und KEIN Laptop. Ich meine es ernst.
""",
    ),
    n(
        "15302",
        "2026-07-08 10:00",
        "Marie Kessing <marie.kessing@handelsblatt.com>",
        "Re: Interviewanfrage: Neue Finanzchefin bei Vantera",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank, dann notiere ich den 22. Juli, 11 Uhr in Eschborn. Fotograf kommt mit.

Marie Kessing
""",
        **reply("15263", "redaktion@handelsblatt.com"),
    ),
    n(
        "15303",
        "2026-07-15 09:20",
        "Hausverwaltung MW <hausverwaltung@mw-hausverwaltung.de>",
        "Rauchmelder-Wartung",
        "de",
        """Am 28. Juli werden die Rauchmelder gewartet. Bitte ermöglichen Sie den Zugang zwischen 8 und 12 Uhr.
""",
    ),
    n(
        "15304",
        "2026-07-20 12:30",
        "PayPal <service@paypal.de>",
        "Zahlung an Gîtes de Provence",
        "de",
        """Sie haben 1.050,00 € an Gîtes de Provence SARL gesendet.
""",
    ),
]

MAIL += [
    n(
        "15305",
        "2026-01-04 12:00",
        "Spotify <no-reply@spotify.com>",
        "Dein Jahresrückblick wartet",
        "de",
        """Katharina, Deine Top-Künstlerin 2025 war Anna Ternheim. Sieh Dir Deinen Rückblick an.
""",
    ),
    n(
        "15306",
        "2026-01-06 19:30",
        "Elena Martín <elena.martin.ruiz@gmail.com>",
        "Feliz año y Reyes",
        "es",
        """¡Hola Katharina!

Feliz año nuevo y feliz día de Reyes. Aquí seguimos con el roscón. ¿Cómo va todo en Fráncfort?
¿Sigues pensando en cambiar de trabajo? Cuéntame.

Besos,
Elena
""",
    ),
    n(
        "15307",
        "2026-01-10 11:40",
        "Stadt Frankfurt – Bürgeramt <buergeramt@stadt-frankfurt.de>",
        "Terminbestätigung Bürgeramt",
        "de",
        """Ihr Termin: Reisepass beantragen, Dienstag 20.01.2026, 8:40 Uhr, Bürgeramt Nordend.
Vorgangsnummer: BA-3391-0120. Bitte bringen Sie ein biometrisches Foto mit.
""",
    ),
    n(
        "15308",
        "2026-01-11 16:15",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Re: Sonntag",
        "de",
        """Ich komm mit, aber nur wenn Dein Vater nicht wieder über Zinsen referiert 😅
""",
    ),
    n(
        "15309",
        "2026-01-13 09:30",
        "American Express <americanexpress@welcome.americanexpress.com>",
        "Ihr Antrag auf die Platinum Card",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihren Antrag auf die American Express Platinum Card. Wir prüfen Ihre Angaben
und melden uns innerhalb von 5 Werktagen mit einer Entscheidung.

American Express Europe S.A. (Germany branch)
""",
    ),
    n(
        "15310",
        "2026-01-18 08:00",
        "Strava <no-reply@strava.com>",
        "Your weekly summary",
        "en",
        """Katharina, this week: 3 runs · 24.6 km · 2h 18m. You're on a 4-week streak!
""",
    ),
    n(
        "15311",
        "2026-01-20 10:15",
        "American Express <americanexpress@welcome.americanexpress.com>",
        "Willkommen bei American Express",
        "de",
        """Herzlichen Glückwunsch, Ihr Antrag wurde genehmigt! Ihre Platinum Card ist auf dem Weg zu Ihnen.
""",
    ),
    n(
        "15312",
        "2026-01-25 14:00",
        "Frankfurter Oper <tickets@oper-frankfurt.de>",
        "Ihre Tickets: Die Zauberflöte",
        "de",
        """Vielen Dank für Ihre Bestellung: 2 Karten, Parkett Reihe 9, Sa. 14.02.2026, 19:00 Uhr.
""",
    ),
    n(
        "15313",
        "2026-01-31 09:00",
        "Westend Immobilien <vermietung@westend-immo.de>",
        "Erinnerung: Selbstauskunft für Ihre Bewerbung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

für die Bearbeitung Ihrer Bewerbung um die Wohnung Feldbergstraße fehlt uns noch die
unterschriebene Mieterselbstauskunft. Bitte reichen Sie diese bis Montag nach.
""",
    ),
    n(
        "15314",
        "2026-02-01 18:30",
        "Harvard Business Review <hbr@email.hbr.org>",
        "The Interview Questions Every CFO Candidate Should Expect",
        "en",
        """Today's Management Tip and featured article: The interview questions every CFO candidate
should expect – and how boards evaluate the answers. Plus: hiring for resilience.
""",
    ),
    n(
        "15315",
        "2026-02-03 07:45",
        "Deutsche Bahn <noreply@bahn.de>",
        "Verspätung Ihrer Verbindung",
        "de",
        """Ihre Verbindung ICE 1023 Frankfurt → Köln hat voraussichtlich 35 Minuten Verspätung.
""",
    ),
    n(
        "15316",
        "2026-02-08 12:00",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Lyon",
        "de",
        """Viel Glück morgen! Iss was vorher. Und schick mir ein Foto vom Bouchon 😘
""",
    ),
    n(
        "15317",
        "2026-02-12 21:00",
        "Elena Martín <elena.martin.ruiz@gmail.com>",
        "Re: Feliz año y Reyes",
        "es",
        """¡Qué emocionante lo de los procesos! Cruzo los dedos. Si lo de Madrid sale, tienes casa aquí.
""",
        **reply("15306", "elena.martin.ruiz@gmail.com"),
    ),
    n(
        "15318",
        "2026-02-15 10:30",
        "Lieferando <info@lieferando.de>",
        "Deine Bestellung bei Sushi Yoshi",
        "de",
        """Danke für Deine Bestellung! Voraussichtliche Lieferzeit: 19:40–19:55. Gesamt: 48,50 €.
""",
    ),
    n(
        "15319",
        "2026-02-18 08:30",
        "Frankfurter Sparkasse <service@frankfurter-sparkasse.de>",
        "Ihr Baufinanzierungsantrag",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihr Interesse an einer Baufinanzierung. Für Ihren Antrag über 780.000 EUR
(Eigentumswohnung Grüneburgweg) benötigen wir noch das Exposé und die Teilungserklärung.
Ihr Berater, Herr Lenz, meldet sich zur Terminvereinbarung.
""",
    ),
    n(
        "15320",
        "2026-02-19 15:00",
        "Timo Lenz <timo.lenz@frankfurter-sparkasse.de>",
        "Beratungstermin Baufinanzierung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

gern bestätige ich unseren Beratungstermin am Montag, 2. März, 17:30 Uhr in der Filiale
Opernplatz. Anbei die Einladung.

Timo Lenz
""",
        ics={
            "style": "outlook",
            "start": "2026-03-02 17:30:00 +0100",
            "minutes": 60,
            "organizer": ("Timo Lenz", "timo.lenz@frankfurter-sparkasse.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000SPK0203",
            "summary": "Beratung Baufinanzierung Dr. Albrecht",
            "location": "Filiale Opernplatz",
        },
    ),
    n(
        "15321",
        "2026-02-21 11:00",
        "Verkäufer Grüneburgweg <thomas.wirth@web.de>",
        "Ihr Kaufangebot – Wohnung Grüneburgweg 88",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihr Angebot über 765.000 EUR. Wir haben noch ein weiteres Angebot vorliegen und
würden uns bis Ende nächster Woche entscheiden.

Mit freundlichen Grüßen
Thomas Wirth
""",
    ),
    n(
        "15322",
        "2026-03-03 18:20",
        "Thomas Wirth <thomas.wirth@web.de>",
        "Re: Ihr Kaufangebot – Wohnung Grüneburgweg 88",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

wir nehmen Ihr Angebot an. Den Notartermin würde ich gern mit Ihnen abstimmen – Notar Dr. Heim
hätte am 24. März Zeit.

Thomas Wirth
""",
        **reply("15321", "thomas.wirth@web.de"),
    ),
    n(
        "15323",
        "2026-03-05 09:00",
        "Notariat Dr. Heim <notariat@notar-heim.de>",
        "Kaufvertragsentwurf Grüneburgweg 88",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

anbei der Entwurf des Kaufvertrags zur Durchsicht. Beurkundungstermin: 24. März 2026, 10 Uhr.
""",
    ),
    n(
        "15324",
        "2026-03-08 10:45",
        "Strava <no-reply@strava.com>",
        "Your weekly summary",
        "en",
        """Katharina, this week: 2 runs · 15.1 km. You missed your goal by 5 km. Next week's a fresh start!
""",
    ),
    n(
        "15325",
        "2026-03-13 14:00",
        "Frankfurter Sparkasse <service@frankfurter-sparkasse.de>",
        "Zusage Ihrer Baufinanzierung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

Ihre Baufinanzierung wurde genehmigt. Das Darlehensangebot (Sollzins 3,45 % fest für 15 Jahre)
steht in Ihrem Postfach zur Unterschrift bereit.
""",
    ),
    n(
        "15326",
        "2026-03-18 12:00",
        "Golfclub Kronberg <sekretariat@gc-kronberg.de>",
        "Startzeiten Saisoneröffnung",
        "de",
        """Liebe Mitglieder, die Startzeiten für die Saisoneröffnung am 11. April sind online.
""",
    ),
    n(
        "15327",
        "2026-03-21 09:30",
        "Mama <renate.albrecht@t-online.de>",
        "Re: Ostern",
        "de",
        """Schön, dass Ihr kommt! Ich habe Felix' Lieblingskuchen schon eingeplant.
""",
        **reply("15242", "renate.albrecht@t-online.de"),
    ),
    n(
        "15328",
        "2026-03-24 15:30",
        "Notariat Dr. Heim <notariat@notar-heim.de>",
        "Vollzugsmitteilung",
        "de",
        """Sehr geehrte Frau Dr. Albrecht, der Kaufvertrag wurde heute beurkundet. Die Auflassungsvormerkung ist beantragt.
""",
    ),
    n(
        "15329",
        "2026-03-27 08:10",
        "Le Monde <newsletter@lemonde.fr>",
        "La Matinale du Monde",
        "fr",
        """Bonjour. Au sommaire ce matin : la réforme de l'assurance-chômage, les entretiens
d'embauche à l'heure de l'IA, et la saison des festivals.
""",
    ),
    n(
        "15330",
        "2026-03-31 17:00",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Umzug",
        "de",
        """Ich hab drei Angebote von Umzugsfirmen eingeholt, das günstigste ist Möbel-Meyer mit 2.900 €. Ok?
""",
    ),
    n(
        "15331",
        "2026-04-04 09:20",
        "Möbel-Meyer Umzüge <auftrag@moebel-meyer.de>",
        "Auftragsbestätigung Umzug 15.05.2026",
        "de",
        """Sehr geehrte Frau Dr. Albrecht, sehr geehrter Herr Brenner,

wir bestätigen Ihren Umzugsauftrag vom Oeder Weg 14 in den Grüneburgweg 88 am 15. Mai 2026,
Beginn 7:00 Uhr. Festpreis 2.890 EUR inkl. Ab- und Aufbau.
""",
    ),
    n(
        "15332",
        "2026-04-10 16:30",
        "Emma Brenner (via Felix) <felix.brenner@gmx.de>",
        "Bild für Tante Kathi",
        "de",
        """Emma hat Dir ein Bild gemalt: Du als „Chefin von den Lastwagen“. 😂 Anbei.
""",
        attach=[("emma_bild.txt", "text/plain", "[Bild]\n")],
    ),
    n(
        "15333",
        "2026-04-12 08:00",
        "Strava <no-reply@strava.com>",
        "New achievement: Half marathon",
        "en",
        """Congrats Katharina! You ran 21.1 km in 1:58:42 at the Mainufer. New personal record!
""",
    ),
    n(
        "15334",
        "2026-04-18 11:15",
        "Telekom <rechnung@telekom.de>",
        "Ihr Umzugsauftrag für Ihren Festnetzanschluss",
        "de",
        """Guten Tag Frau Dr. Albrecht,

wir haben Ihren Umzugsauftrag erhalten. Ihr Anschluss wird am 15.05.2026 an die neue Adresse
Grüneburgweg 88 umgezogen. Ein Techniker-Termin ist nicht erforderlich.
""",
    ),
    n(
        "15335",
        "2026-04-25 13:30",
        "Elena Martín <elena.martin.ruiz@gmail.com>",
        "Oferta especial Iberia",
        "es",
        """Mira, Iberia tiene ofertas FRA–MAD a 89 € en junio. ¡Sin excusas! 😄
https://www.iberia.com/ofertas
""",
    ),
    n(
        "15336",
        "2026-04-30 09:00",
        "Iberia Plus <iberiaplus@iberia.es>",
        "Oferta exclusiva para ti: vuela a Madrid desde 89 €",
        "es",
        """Hola Katharina,

Solo hasta el domingo: vuelos Fráncfort – Madrid desde 89 € por trayecto. Reserva ya.
""",
    ),
    n(
        "15337",
        "2026-05-03 10:10",
        "Stadt Frankfurt <buergeramt@stadt-frankfurt.de>",
        "Ihr Reisepass ist abholbereit",
        "de",
        """Ihr Reisepass (Vorgang BA-3391-0120) kann im Bürgeramt Nordend abgeholt werden.
""",
    ),
    n(
        "15338",
        "2026-05-09 19:00",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Kartons",
        "de",
        """Habe 40 Kartons besorgt. Bücher packen machst Du, Du hast die meisten 😛
""",
    ),
    n(
        "15339",
        "2026-05-12 08:00",
        "Handelsblatt Morning Briefing <morningbriefing@handelsblatt.com>",
        "Morning Briefing: Headhunter im Ausnahmezustand",
        "de",
        """Guten Morgen, Personalberater melden Rekordmandate für Vorstandsposten; besonders gefragt:
CFOs mit Restrukturierungserfahrung. Außerdem: Bewerbungsgespräche per Avatar – ein Selbstversuch.
""",
    ),
    n(
        "15340",
        "2026-05-16 12:40",
        "Möbel-Meyer Umzüge <auftrag@moebel-meyer.de>",
        "Rechnung Umzug",
        "de",
        """Anbei erhalten Sie die Rechnung Nr. 26-0515 über 2.890,00 EUR. Vielen Dank für Ihren Auftrag!
""",
    ),
    n(
        "15341",
        "2026-05-19 09:45",
        "Deutsche Post <noreply@deutschepost.de>",
        "Ihr Nachsendeauftrag ist aktiv",
        "de",
        """Ihr Nachsendeauftrag von Oeder Weg 14 nach Grüneburgweg 88 ist ab 15.05.2026 für 12 Monate aktiv.
""",
    ),
    n(
        "15342",
        "2026-05-24 20:30",
        "Julia Nowak <julia.nowak@gmail.com>",
        "Housewarming??",
        "de",
        """Neue Wohnung, neuer Job – wann ist Housewarming? Ich bring Sekt mit.
""",
    ),
    n(
        "15343",
        "2026-05-28 14:00",
        "IKEA <noreply@ikea.de>",
        "Deine Lieferung kommt am Samstag",
        "de",
        """Hej Katharina! Deine Bestellung (PAX Kleiderschrank, 3 Pakete) wird am Samstag, 30.05., zwischen 8 und 12 Uhr geliefert.
""",
    ),
    n(
        "15344",
        "2026-06-02 18:00",
        "Tante Gerda <gerda.mahler@web.de>",
        "Neue Adresse",
        "de",
        """Liebe Katharina, Deine Mutter hat mir die neue Adresse gegeben. Ich schicke Euch etwas zum Einzug!
""",
    ),
    n(
        "15345",
        "2026-06-06 10:00",
        "Strava <no-reply@strava.com>",
        "Your weekly summary",
        "en",
        """Katharina, this week: 4 runs · 31.2 km. Great consistency!
""",
    ),
    n(
        "15346",
        "2026-06-11 12:30",
        "Financial Times <ft@newsletters.ft.com>",
        "Due Diligence: headhunters' golden year",
        "en",
        """Executive-search firms have never been busier: CFO placements are up 30 per cent, and
interview processes now average 14 weeks. Plus: a wave of withdrawn offers in tech.
""",
    ),
    n(
        "15347",
        "2026-06-14 09:00",
        "Vantera Holding SE – Vorstandsbüro <vorstandsbuero@vantera-group.com>",
        "Terminplanung Vorstandssitzungen 2. Halbjahr",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

anbei die Termine der Vorstandssitzungen für das zweite Halbjahr. Die erste Sitzung mit Ihrer
Teilnahme findet am 7. Juli um 9:00 Uhr statt.

Vorstandsbüro
""",
        ics={
            "style": "outlook",
            "start": "2026-07-07 09:00:00 +0200",
            "minutes": 240,
            "organizer": ("Vorstandsbüro", "vorstandsbuero@vantera-group.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000VB0707",
            "summary": "Vorstandssitzung",
            "location": "Eschborn, Vorstandsetage",
        },
    ),
    n(
        "15348",
        "2026-06-19 17:30",
        "Clara Albrecht <clara.albrecht@uni-heidelberg.de>",
        "Re: WG in Maastricht",
        "de",
        """Danke fürs Unterschreiben!! Die Vermieterin hat die Bewerbung angenommen, ich hab das Zimmer 🙌
""",
        **reply("15297", "clara.albrecht@uni-heidelberg.de"),
    ),
    n(
        "15349",
        "2026-06-24 08:15",
        "Lufthansa <online@booking-lufthansa.com>",
        "Ihr Check-in ist geöffnet",
        "de",
        """Check-in für LH 1234 Frankfurt → Nizza am 06.07.2026 ist jetzt geöffnet.
""",
    ),
    n(
        "15350",
        "2026-06-29 11:00",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Ihre Bestellung: „Reiseführer Provence“",
        "de",
        """Ihre Bestellung wurde versandt und kommt morgen.
""",
    ),
    n(
        "15351",
        "2026-07-02 09:30",
        "ICV Internationaler Controller Verein <events@icv-controlling.com>",
        "Congress of Controlling: Speaker-Anfrage",
        "de",
        """Sehr geehrte Frau Dr. Albrecht,

wir würden Sie sehr gern als Keynote-Speakerin für den Congress of Controlling im Mai 2027
gewinnen. Thema frei wählbar, gern zur Rolle der CFO in der Transformation.
""",
    ),
    n(
        "15352",
        "2026-07-06 21:00",
        "Booking.com <customer.service@booking.com>",
        "Wie war Ihr Aufenthalt?",
        "de",
        """Bewerten Sie Ihren Aufenthalt im Hotel Bristol Wien und helfen Sie anderen Reisenden.
""",
    ),
    n(
        "15353",
        "2026-07-10 15:45",
        "Elena Martín <elena.martin.ruiz@gmail.com>",
        "Fotos Provenza",
        "es",
        """¡Qué envidia las fotos! Descansa mucho antes de la vuelta. Besos a Felix.
""",
    ),
    n(
        "15354",
        "2026-07-14 07:30",
        "Uber Receipts <noreply@uber.com>",
        "Your Tuesday morning trip with Uber",
        "en",
        """Thanks for riding, Katharina. Total £41.20 · Heathrow → Canary Wharf.
""",
        tz=BST,
    ),
    n(
        "15355",
        "2026-07-18 10:00",
        "Mama <renate.albrecht@t-online.de>",
        "Zeitungsartikel",
        "de",
        """Kathi, Papa hat den Artikel aus der Börsen-Zeitung ausgeschnitten und eingerahmt. Er zeigt ihn jedem.
""",
    ),
    n(
        "15356",
        "2026-07-22 16:00",
        "Vodafone <rechnung@vodafone.de>",
        "Ihre Rechnung für Juli 2026",
        "de",
        """Ihre Mobilfunkrechnung für Juli 2026 ist da: 64,37 € (inkl. Roaming Schweiz).
""",
    ),
    n(
        "15357",
        "2026-07-27 19:20",
        "Felix Brenner <felix.brenner@gmx.de>",
        "Wochenende",
        "de",
        """Dieses Wochenende gehört uns. Kein Diensthandy ab Samstag 10 Uhr, abgemacht?
""",
    ),
]
