"""The ordinary inbox of the fifteenth held-out corpus, with look-alikes (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST, GMT, BST = "+0100", "+0200", "+0000", "+0100"


def n(key: str, date: str, frm: str, subject: str, lang: str, text: str, **kw: Any) -> dict[str, Any]:
    """A not-job message (tz from the date: summer time from 29 March)."""
    tz = kw.pop("tz", CEST if date >= "2026-03-29" else CET)
    return m(key, date, frm, subject, ("not_job", lang), text, tz=tz, **kw)


MAIL: list[dict[str, Any]] = [
    n("15201", "2026-01-02 09:14", "Deutsche Bahn <buchungsbestaetigung@bahn.de>", "Ihre Buchungsbestätigung (Auftrag 7K3P9Q)", "de",
      """Vielen Dank für Ihre Buchung!

Frankfurt(Main)Hbf → Köln Hbf, Sa. 03.01.2026, 10:13 – 11:17, ICE 27
1 Erwachsener, 1. Klasse, Flexpreis, Sitzplatz Wagen 12, Platz 55
Gesamtpreis: 142,90 EUR

Ihr Ticket finden Sie in der DB Navigator App.
"""),
    n("15202", "2026-01-03 18:40", "Mama <renate.albrecht@t-online.de>", "Sonntag", "de",
      """Liebe Kathi,

kommst Du am Sonntag zum Kaffee? Papa hat Geburtstagskuchen von Tante Gerda übrig und will
unbedingt, dass Du ihn probierst. Bring doch Felix mit, wenn er Zeit hat.

Gruß und Kuss
Mama
"""),
    n("15203", "2026-01-05 11:02", "ING Deutschland <info@ing.de>", "Ihr Kontoauszug ist da", "de",
      """Guten Tag Frau Dr. Albrecht,

Ihr Kontoauszug für das Girokonto ****4471 (Dezember 2025) steht ab sofort im Postfach Ihres
Online-Bankings für Sie bereit.

Ihre ING
"""),
    n("15204", "2026-01-06 08:30", "Handelsblatt Morning Briefing <morningbriefing@handelsblatt.com>", "Morning Briefing: Der große CFO-Wechsel im DAX", "de",
      """Guten Morgen,

so viele Finanzvorstände wie nie zuvor haben 2025 den DAX verlassen – 11 von 40. Headhunter
sprechen von einem Verkäufermarkt für erfahrene CFOs; Aufsichtsräte suchen vor allem
Transformations- und KI-Kompetenz. Unsere Analyse lesen Sie hier.

Außerdem: Die EZB vor der Zinsentscheidung, und warum Mittelständler ihre Hausbank wechseln.

Ihr Sebastian Matthes
"""),
    n("15205", "2026-01-07 14:22", "Amazon.de <versandbestaetigung@amazon.de>", "Versandt: „Montblanc Meisterstück Kugelschreiber“", "de",
      """Hallo Katharina,

Ihre Bestellung 303-5529871-1104321 wurde versandt. Voraussichtliche Zustellung: Freitag, 9. Januar.

Sendungsverfolgung: DHL 00340434161094028541
"""),
    n("15206", "2026-01-08 19:55", "Felix Brenner <felix.brenner@gmx.de>", "Skiwochenende", "de",
      """Hey,

habe für 13.–15. Februar die Hütte in Kleinwalsertal reserviert, 380 € für beide. Soll ich
zusagen? Und: Deine Mutter hat mir schon wieder wegen Sonntag geschrieben 😄

Kuss, F.
"""),
    n("15207", "2026-01-09 10:00", "Commerzbank <kundenservice@commerzbank.de>", "Ihr Kreditantrag Nr. 88104 – Eingangsbestätigung", "de",
      """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihren Antrag auf ein Modernisierungsdarlehen über 45.000 EUR. Wir haben Ihre
Unterlagen erhalten und prüfen Ihren Antrag. Die Entscheidung teilen wir Ihnen in der Regel
innerhalb von fünf Bankarbeitstagen mit.

Bitte reichen Sie noch Ihre letzten drei Gehaltsabrechnungen über das Kundenportal ein.

Mit freundlichen Grüßen
Ihre Commerzbank
"""),
    n("15208", "2026-01-12 12:30", "Praxis Dr. Sander <termine@praxis-sander.de>", "Terminbestätigung: Vorsorgeuntersuchung", "de",
      """Sehr geehrte Frau Dr. Albrecht,

hiermit bestätigen wir Ihren Termin am Mittwoch, 21.01.2026 um 8:15 Uhr (Check-up 35+).
Bitte kommen Sie nüchtern und bringen Sie Ihre Versichertenkarte mit.

Ihr Praxisteam Dr. med. Sander
""",
      ics={"start": "2026-01-21 08:15:00 +0100", "minutes": 45, "organizer": ("Praxis Dr. Sander", "termine@praxis-sander.de"),
           "uid": "sander-20260121-0815@praxis-sander.de", "summary": "Check-up Dr. Sander", "location": "Oeder Weg 22, Frankfurt"}),
    n("15209", "2026-01-13 16:10", "CFO Insights Podcast <hello@cfoinsights.fm>", "Interview request: CFO Insights Podcast", "en",
      """Dear Dr. Albrecht,

I host CFO Insights, a podcast for finance leaders in Europe (about 12,000 listeners per
episode). We'd love to interview you about your experience leading a carve-out refinancing.
Recording takes about 45 minutes over Riverside; we'd publish in March.

Would you be open to it?

Warm regards,
Daniel Hoek
Host, CFO Insights
"""),
    n("15210", "2026-01-14 07:45", "LinkedIn <notifications-noreply@linkedin.com>", "Gratulieren Sie Markus Feld zum neuen Job als CFO bei Telvario", "de",
      """Markus Feld hat eine neue Position: Chief Financial Officer bei Telvario GmbH.

Gratulieren Sie ihm: https://www.linkedin.com/feed/update/urn:li:activity:7284
"""),
    n("15211", "2026-01-15 09:05", "Commerzbank <kundenservice@commerzbank.de>", "Ihr Kreditantrag Nr. 88104 – Zusage", "de",
      """Sehr geehrte Frau Dr. Albrecht,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Kreditantrag genehmigt haben. Das
Vertragsangebot über 45.000 EUR (Sollzins 4,19 % p.a., Laufzeit 96 Monate) finden Sie in Ihrem
Postfach. Bitte unterschreiben Sie es innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Ihre Commerzbank
"""),
    n("15212", "2026-01-16 20:20", "Lufthansa Miles & More <newsletter@milesandmore.com>", "Ihr exklusives Angebot: 30 % Bonusmeilen", "de",
      """Sehr geehrte Frau Dr. Albrecht,

nur für kurze Zeit: Sichern Sie sich beim Meilenkauf bis zu 30 % Bonusmeilen. Dieses Angebot
gilt bis zum 31. Januar.

Ihr Miles & More Team
"""),
    n("15213", "2026-01-17 10:35", "Clara Albrecht <clara.albrecht@uni-heidelberg.de>", "Hilfe bei Bewerbung?", "de",
      """Hi Kathi,

kannst Du mal auf mein Motivationsschreiben für das Masterprogramm in Maastricht schauen? Die
Bewerbungsfrist ist am 1. Februar und ich hab das Gefühl, es klingt total steif. Hänge es an.

Danke, Du bist die Beste!
Clara
""",
      attach=[("Motivationsschreiben_Maastricht.txt", "text/plain", "Sehr geehrte Damen und Herren, ...\n")]),
    n("15214", "2026-01-19 13:00", "Finanzamt Frankfurt am Main III <noreply@elster.de>", "Neue Nachricht in Ihrem ELSTER-Postfach", "de",
      """Sehr geehrte Nutzerin,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht für Sie bereit (Bescheid über
Einkommensteuer 2024). Bitte melden Sie sich an, um die Nachricht abzurufen.

Ihr ELSTER-Team
"""),
    n("15215", "2026-01-20 18:12", "Felix Brenner <felix.brenner@gmx.de>", "Re: Skiwochenende", "de",
      """Hab zugesagt! Anzahlung ist raus. 🎿
""", **reply("15206", "felix.brenner@gmx.de")),
    n("15216", "2026-01-21 15:30", "ICV Internationaler Controller Verein <events@icv-controlling.com>", "Einladung: Webinar „KI im Controlling“ am 5. Februar", "de",
      """Liebe Mitglieder,

wir laden Sie herzlich zu unserem Webinar „KI im Controlling – Hype oder Werkzeug?“ ein.
Termin: Donnerstag, 5. Februar, 17:00–18:00 Uhr. Referentin: Prof. Dr. Sabine Kuhl.

Die Einwahldaten finden Sie in der angehängten Kalendereinladung.

Ihr ICV-Team
""",
      ics={"start": "2026-02-05 17:00:00 +0100", "minutes": 60, "organizer": ("ICV Events", "events@icv-controlling.com"),
           "uid": "icv-webinar-20260205@icv-controlling.com", "summary": "Webinar: KI im Controlling", "location": "Zoom"}),
    n("15217", "2026-01-22 08:00", "The Economist <newsletters@economist.com>", "The Economist this week", "en",
      """This week: Europe's boardrooms are struggling to hire; why finance chiefs are the new
CEOs-in-waiting; and the bond market's quiet revolt.

Read the digital edition: https://www.economist.com/weeklyedition
"""),
    n("15218", "2026-01-23 12:40", "Vermietung Westend <vermietung@westend-immo.de>", "Ihre Mietbewerbung – Wohnung Feldbergstraße 14", "de",
      """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bewerbung um die 4-Zimmer-Wohnung in der Feldbergstraße 14. Gern laden wir
Sie zu einer Besichtigung am Samstag, 31. Januar, um 11:30 Uhr ein. Bitte bringen Sie eine
Schufa-Auskunft und Einkommensnachweise mit.

Mit freundlichen Grüßen
Westend Immobilien Verwaltung GmbH
"""),
    n("15219", "2026-01-24 10:15", "Paypal <service@paypal.de>", "Sie haben eine Zahlung an Zalando SE gesendet", "de",
      """Guten Tag Katharina Albrecht,

Sie haben eine Zahlung über 189,95 € EUR an Zalando SE gesendet.
Transaktionscode: 7HX21390LM8826631
"""),
    n("15220", "2026-01-26 17:05", "Daniel Hoek <hello@cfoinsights.fm>", "Re: Interview request: CFO Insights Podcast", "en",
      """Wonderful, thank you! Here is a link to book the recording slot that suits you:
https://calendly.com/cfoinsights/recording

We'll send a prep sheet with the questions a week ahead.

Daniel
""", **reply("15209", "hello@cfoinsights.fm")),
    n("15221", "2026-01-27 09:20", "Vodafone <rechnung@vodafone.de>", "Ihre Rechnung für Januar 2026", "de",
      """Hallo Frau Dr. Albrecht,

Ihre Mobilfunkrechnung für Januar 2026 ist da: 49,99 €. Der Betrag wird am 03.02.2026 von Ihrem
Konto abgebucht.

Ihr Vodafone Team
"""),
    n("15222", "2026-01-28 21:00", "Tante Gerda <gerda.mahler@web.de>", "Fotos vom Geburtstag", "de",
      """Liebe Katharina,

anbei die Fotos vom Geburtstag. Das mit Euch dreien auf dem Sofa ist besonders schön geworden!

Herzlich, Deine Tante Gerda
""", attach=[("fotos_link.txt", "text/plain", "https://magentacloud.de/s/Gx91ka\n")]),
    n("15223", "2026-01-29 16:44", "Westend Immobilien <vermietung@westend-immo.de>", "Besichtigung Feldbergstraße – Terminänderung", "de",
      """Sehr geehrte Frau Dr. Albrecht,

die Besichtigung muss leider auf Samstag, 7. Februar, 11:30 Uhr verlegt werden, da die
Vormieter noch nicht ausgezogen sind. Wir bitten um Verständnis.

Westend Immobilien Verwaltung GmbH
"""),
    n("15224", "2026-01-30 07:30", "FAZ Finanzen <newsletter@faz.net>", "Die Woche an den Märkten", "de",
      """Liebe Leserin,

die Berichtssaison beginnt – und mit ihr die Frage, wie viele Unternehmen ihre Prognosen
senken. Außerdem: Warum Personalberater für Finanzchefs gerade Rekordhonorare verlangen.

Ihre F.A.Z.-Finanzredaktion
"""),
    n("15225", "2026-02-01 11:11", "Felix Brenner <felix.brenner@gmx.de>", "Einkaufsliste", "de",
      """Milch, Eier, Lauch, 2x Parmesan, Wein für Samstag (der Rote vom letzten Mal), Kaffeebohnen.
Und Klopapier!!
"""),
    n("15226", "2026-02-02 10:00", "Sparkasse Frankfurt <service@frankfurter-sparkasse.de>", "Sicherheitshinweis: Neues Gerät registriert", "de",
      """Sehr geehrte Kundin,

für Ihr Online-Banking wurde ein neues Gerät (iPhone) für pushTAN registriert. Wenn Sie das
nicht waren, sperren Sie bitte umgehend Ihren Zugang unter 116 116.

Ihre Frankfurter Sparkasse
"""),
    n("15227", "2026-02-03 13:25", "Universität Mannheim – Executive Education <exed@uni-mannheim.de>", "Ihre Bewerbung für das Advisory Board Programme", "de",
      """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bewerbung für das Zertifikatsprogramm „Aufsichtsrat und Beirat – Governance
in der Praxis“ (Start: 17. April 2026). Wir freuen uns, Ihnen einen Platz anbieten zu können.
Bitte bestätigen Sie Ihre Teilnahme bis zum 20. Februar.

Mit freundlichen Grüßen
Mannheim Business School – Executive Education
"""),
    n("15228", "2026-02-04 19:30", "Clara Albrecht <clara.albrecht@uni-heidelberg.de>", "Re: Hilfe bei Bewerbung?", "de",
      """DANKE!! Deine Änderungen sind perfekt. Habe es heute abgeschickt. Daumen drücken 🤞
""", **reply("15213", "clara.albrecht@uni-heidelberg.de")),
    n("15229", "2026-02-05 08:15", "DHL Paket <noreply@dhl.de>", "Ihr Paket kommt heute", "de",
      """Ihre Sendung 00340434161094028541 wird heute zwischen 10:30 und 14:00 Uhr zugestellt.
Nicht zu Hause? Ablageort ändern: https://www.dhl.de/sendung
"""),
    n("15230", "2026-02-06 17:45", "Airbnb <automated@airbnb.com>", "Reservierung bestätigt: Lyon, 8.–10. Februar", "de",
      """Katharina, Ihre Reservierung ist bestätigt.

Appartement Presqu'île, Lyon · 8.–10. Feb. 2026 · Gastgeber: Mathieu
Check-in ab 15:00 Uhr
"""),
    n("15231", "2026-02-07 09:50", "Booking.com <customer.service@booking.com>", "Your offer is waiting: 15% off your next stay", "en",
      """Hi Katharina,

Good news – you've unlocked a Genius offer! Save 15% on stays in Zurich, Paris and London
until 28 February.

Booking.com
"""),
    n("15232", "2026-02-09 07:40", "SNCF Connect <confirmation@sncf-connect.com>", "Votre voyage Francfort – Lyon", "fr",
      """Bonjour Katharina,

Votre e-billet : TGV INOUI 9581, Frankfurt (Main) Hbf 07:58 → Lyon Part-Dieu 14:03, lundi 9
février 2026. Voiture 3, place 41.

Bon voyage !
"""),
    n("15233", "2026-02-10 20:05", "Papa <herbert.albrecht@t-online.de>", "Steuerberater", "de",
      """Hallo Kathi,

kannst Du mir die Nummer von Deinem Steuerberater geben? Meiner geht in Rente und ich brauche
jemanden für die Vermietung in Bad Homburg.

Papa
"""),
    n("15234", "2026-02-11 12:00", "XING <mailrobot@mail.xing.com>", "3 Personen haben Ihr Profil besucht", "de",
      """Hallo Katharina Albrecht,

in den letzten 7 Tagen haben 3 Personen Ihr Profil besucht, darunter ein Personalberater aus
Frankfurt. Mit XING Premium sehen Sie, wer es war.

Ihr XING-Team
"""),
    n("15235", "2026-02-12 09:00", "Mannheim Business School <exed@uni-mannheim.de>", "Anmeldung bestätigt – Advisory Board Programme", "de",
      """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihre Bestätigung. Die Rechnung über die Programmgebühr (7.900 EUR zzgl. MwSt.)
erhalten Sie separat.

Ihr Executive-Education-Team
"""),
    n("15236", "2026-02-13 08:30", "Vorstand Golfclub Kronberg <vorstand@gc-kronberg.de>", "Einladung zur Mitgliederversammlung", "de",
      """Liebe Mitglieder,

wir laden herzlich zur ordentlichen Mitgliederversammlung am 20. März um 19:00 Uhr im
Clubhaus ein. Tagesordnung: Bericht des Vorstands, Jahresabschluss, Wahl der Kassenprüfer.

Mit sportlichen Grüßen
Der Vorstand
"""),
    n("15237", "2026-02-16 14:30", "Westend Immobilien <vermietung@westend-immo.de>", "Absage Wohnung Feldbergstraße 14", "de",
      """Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihr Interesse und Ihren Besuch bei der Besichtigung. Leider müssen wir Ihnen
mitteilen, dass sich die Eigentümer für andere Mietinteressenten entschieden haben.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Wohnungssuche.

Westend Immobilien Verwaltung GmbH
"""),
    n("15238", "2026-02-17 19:20", "Felix Brenner <felix.brenner@gmx.de>", "Fotos Hütte", "de",
      """Anbei die besten Bilder. Das mit dem Schneehaufen bleibt unter uns 😂
""", attach=[("huette.txt", "text/plain", "https://photos.app.goo.gl/xk2\n")]),
    n("15239", "2026-02-18 11:00", "Allianz <service@allianz.de>", "Ihr Angebot zur Berufsunfähigkeitsversicherung", "de",
      """Sehr geehrte Frau Dr. Albrecht,

wie besprochen erhalten Sie anbei Ihr persönliches Angebot zur Berufsunfähigkeitsversicherung.
Das Angebot ist vier Wochen gültig. Ihr Ansprechpartner: Herr Kunz, Agentur Kunz & Becker.

Ihre Allianz
"""),
    n("15240", "2026-02-19 16:15", "Daniel Hoek <hello@cfoinsights.fm>", "Prep sheet – your CFO Insights interview on 26 Feb", "en",
      """Hi Katharina,

Attached is the prep sheet for our recording next Thursday. Topics: your path into finance,
the carve-out, what boards get wrong about CFOs, and a lightning round.

See you then!
Daniel
""", attach=[("CFO_Insights_prep.txt", "text/plain", "Questions...\n")]),
    n("15241", "2026-02-20 10:30", "Apotheke am Grüneburgweg <info@apotheke-grueneburgweg.de>", "Ihre Bestellung liegt zur Abholung bereit", "de",
      """Guten Tag,

Ihre vorbestellten Arzneimittel liegen ab sofort zur Abholung bereit. Öffnungszeiten Mo–Fr 8–19 Uhr.

Ihre Apotheke am Grüneburgweg
"""),
    n("15242", "2026-02-22 09:10", "Mama <renate.albrecht@t-online.de>", "Ostern", "de",
      """Liebe Kathi,

wir überlegen, über Ostern nach Sylt zu fahren. Wollt Ihr mit? Das Haus hat vier Zimmer.

Mama
"""),
    n("15243", "2026-02-23 07:00", "Financial Times <ft@newsletters.ft.com>", "FT Moral Money: boardroom churn", "en",
      """Good morning. Finance directors are leaving listed companies at the fastest rate in a
decade, and headhunters say interviews increasingly test ESG reporting. Plus: the CSRD rollback.
"""),
    n("15244", "2026-02-24 18:00", "Uber Receipts <noreply@uber.com>", "Your Tuesday afternoon trip with Uber", "en",
      """Thanks for riding, Katharina.

Total €38.40 · Kronberg im Taunus → Frankfurt Westend · 24 Feb 2026
"""),
    n("15245", "2026-02-25 12:45", "Google Calendar <calendar-notification@google.com>", "Invitation: Recording – CFO Insights with Katharina Albrecht @ Thu Feb 26, 2026 4pm - 5pm (CET)", "en",
      """Daniel Hoek has invited you to: Recording – CFO Insights with Katharina Albrecht
Thu Feb 26, 2026 4pm – 5pm (CET)
Joining: https://riverside.fm/studio/cfo-insights
""",
      ics={"start": "2026-02-26 16:00:00 +0100", "minutes": 60, "organizer": ("Daniel Hoek", "hello@cfoinsights.fm"),
           "uid": "7v2rq0kq3c1g9@google.com", "summary": "Recording – CFO Insights with Katharina Albrecht", "location": "https://riverside.fm/studio/cfo-insights"}),
    n("15246", "2026-02-27 15:00", "Zalando <info@service.zalando.de>", "Deine Rücksendung ist angekommen", "de",
      """Hallo Katharina,

wir haben Deine Rücksendung erhalten. Die Erstattung von 89,95 € erfolgt in den nächsten Tagen.
"""),
    n("15247", "2026-03-01 10:40", "Nachbarschaft Westend <hausverwaltung@mw-hausverwaltung.de>", "Wasserabstellung am 5. März", "de",
      """Sehr geehrte Mieterinnen und Mieter,

am Donnerstag, 5. März, wird zwischen 9 und 13 Uhr das Wasser im gesamten Haus abgestellt
(Austausch der Steigleitung).

Ihre MW Hausverwaltung
"""),
    n("15248", "2026-03-02 08:20", "Commerzbank <kundenservice@commerzbank.de>", "Auszahlung Ihres Darlehens", "de",
      """Sehr geehrte Frau Dr. Albrecht,

Ihr Darlehen Nr. 88104 über 45.000 EUR wurde heute auf Ihr Konto ausgezahlt. Die erste Rate
wird am 30. April fällig.

Ihre Commerzbank
"""),
    n("15249", "2026-03-04 21:10", "Julia Nowak <julia.nowak@gmail.com>", "Mädelsabend?", "de",
      """Kathi! Lange nicht gesehen. Sonja, Bea und ich wollen am 14. ins Margarete. Bist Du dabei?
Ich hoffe, der Jobwahnsinn lässt Dir Luft 😉

J.
"""),
    n("15250", "2026-03-06 11:30", "Daniel Hoek <hello@cfoinsights.fm>", "Your episode is live!", "en",
      """Hi Katharina,

Your interview is live: "Carve-outs, covenants and courage – with Dr. Katharina Albrecht".
https://cfoinsights.fm/episodes/87

Thank you again – feel free to share it on LinkedIn.
Daniel
"""),
]
