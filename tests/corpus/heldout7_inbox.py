"""Seventh held-out corpus: the ordinary inbox around the job search, with look-alikes on
purpose (Jonas Albrecht, Vienna, 2025). None of this mail is about a job of his."""

from __future__ import annotations

import hashlib
from typing import Any

from heldout3_util import m, reply


def k(n: int) -> str:
    return hashlib.sha1(f"heldout7/{n}".encode()).hexdigest()[:10]


def _tz(date: str) -> str:
    return "+0100" if date >= "2025-10-26 03:00" else "+0200"


def plain(n: int, date: str, frm: str, subject: str, lang: str, text: str, **kw: Any) -> Any:
    kw.setdefault("tz", _tz(date))
    return m(k(n), date, frm, subject, ("not_job", lang), text=text, **kw)


def web(n: int, date: str, frm: str, subject: str, lang: str, *paras: str, **kw: Any) -> Any:
    kw.setdefault("tz", "+0000")
    inner = "".join(f"<p>{p}</p>" for p in paras)
    html = (
        '<html><body style="margin:0"><table width="100%"><tr><td style="font-family:Arial">'
        f"{inner}</td></tr></table></body></html>"
    )
    return m(k(n), date, frm, subject, ("not_job", lang), html=html, **kw)


MAMA = "Renate Albrecht <renate.albrecht@aon-mail.at>"
LISA = "Lisa Albrecht <lisa.albrecht@donaupost.at>"
PAUL = "Paul Albrecht <paul.albrecht87@gmail.com>"
STEFAN = "Stefan Huber <stefan.huber.wien@gmail.com>"
ANNA = "Anna Leitner <anna.leitner@outlook.at>"
TC = "TC Donaupark <vorstand@tc-donaupark.at>"
LAUF = "Laufteam Prater <info@laufteam-prater.at>"
BANK = "Donaubank <service@donaubank.at>"
SHOP = "Technikwelt <bestellung@technikwelt.at>"
PAKET = "Paketblitz <sendungsverfolgung@paketblitz.at>"

MAIL = [
    # --- family and friends
    plain(
        300,
        "2025-04-02 19:20",
        MAMA,
        "Ostern",
        "de",
        """Lieber Jonas,

kommt ihr zu Ostern zu uns nach Krems? Papa will unbedingt grillen, wenn das
Wetter passt. Sag mir bis Freitag Bescheid, dann kaufe ich ein.

Bussi Mama
""",
    ),
    plain(
        301,
        "2025-04-03 07:45",
        LISA,
        "Re: Ostern",
        "de",
        """Ja, wir kommen! Ich nehm den Kuchen mit. Jonas hat am Montag frei.

Lisa

Am Mi., 2. Apr. 2025 um 19:20 Uhr schrieb Renate Albrecht:
> kommt ihr zu Ostern zu uns nach Krems?
""",
        headers=reply(k(300), MAMA),
    ),
    plain(
        302,
        "2025-04-10 22:05",
        STEFAN,
        "Champions League am Dienstag?",
        "de",
        "Oida, schauen wir das Spiel am Dienstag im Flanagan's? Bin ab 20:30 dort. Stefan",
    ),
    plain(
        303,
        "2025-04-19 11:12",
        PAUL,
        "Umzug Samstag",
        "de",
        """Hey Bruderherz,

könntest du mir am 3. Mai beim Umzug helfen? Hab einen Transporter von 9
bis 15 Uhr. Pizza und Bier gehen auf mich.

Paul
Von meinem iPhone gesendet
""",
    ),
    plain(
        304,
        "2025-05-04 20:31",
        PAUL,
        "Danke!!",
        "de",
        "Danke nochmal für gestern, ohne dich hätte ich die Waschmaschine nie in den 4. Stock"
        "\nbekommen. Einweihungsparty ist am 24., komm mit Lisa!\n",
    ),
    plain(
        305,
        "2025-05-11 09:00",
        ANNA,
        "Fotos vom Geburtstag",
        "de",
        """Hallo ihr zwei,

hier der Link zu den Fotos von Samstag: https://photos.example/lnr-30
Danke, dass ihr da wart, war ein super Abend!

Alles Liebe
Anna
""",
    ),
    plain(
        306,
        "2025-05-26 18:44",
        MAMA,
        "Papas Geburtstag",
        "de",
        """Hallo Jonas,

für Papas 65er würde ich gerne einen Tisch beim Heurigen in Stammersdorf
reservieren, am 14. Juni. Könnt ihr? Und hättest du eine Idee für ein
Geschenk? Er redet dauernd von einem neuen Fahrrad.

Mama
""",
    ),
    plain(
        307,
        "2025-06-07 13:15",
        STEFAN,
        "Donauinsel heute?",
        "de",
        "Wir sind ab 3 bei der Copa. Grill ist schon da, bring nur was zum Trinken. lg",
    ),
    plain(
        308,
        "2025-06-21 10:02",
        "Miguel Santos <miguel.santos.bcn@gmail.com>",
        "Visit in July?",
        "en",
        """Hey Jonas,

are you still planning to come to Barcelona in July? We'd love to host you
and Lisa - the guest room is free from the 12th. Let me know!

Abrazos,
Miguel
""",
    ),
    plain(
        309,
        "2025-06-22 08:55",
        "Miguel Santos <miguel.santos.bcn@gmail.com>",
        "Re: Visit in July?",
        "es",
        """Perfecto! Entonces del 12 al 19. Os recogemos en el aeropuerto.

Miguel

On Sat, 21 Jun 2025 at 22:40, Jonas Albrecht wrote:
> Sounds amazing, we'll book flights tonight!
""",
        headers=reply(k(308), "miguel.santos.bcn@gmail.com"),
    ),
    plain(
        310,
        "2025-07-03 21:20",
        LISA,
        "Einkaufsliste",
        "de",
        "Milch, Eier, Paradeiser, Katzenfutter (das mit Lachs!), Klopapier. Danke 😘",
    ),
    plain(
        311,
        "2025-07-25 16:40",
        "Claire Dubois <claire.dubois@orange.fr>",
        "Nos vacances en Bretagne",
        "fr",
        """Coucou Jonas et Lisa,

Voici enfin les photos de notre semaine à Saint-Malo. Quel plaisir de vous
avoir vus ! On pense déjà à l'année prochaine.

Bises,
Claire
""",
    ),
    plain(
        312,
        "2025-08-09 12:00",
        "Sophie & Markus <hochzeit.sophie.markus@gmail.com>",
        "Save the Date – wir heiraten!",
        "de",
        """Liebe Freunde,

es ist so weit: wir heiraten am 27. September 2025 in Gmunden! Eine
Einladung mit allen Details folgt. Bitte haltet euch den Tag frei.

Sophie & Markus
""",
    ),
    plain(
        313,
        "2025-09-25 19:14",
        STEFAN,
        "Gratuliere!!",
        "de",
        "Hab gehört, es gibt Neuigkeiten bei dir 😉 Erzähl am Samstag! Stefan",
    ),
    plain(
        314,
        "2025-09-28 10:30",
        MAMA,
        "Re: Neuigkeiten",
        "de",
        """Mein Schatz, das freut uns so sehr für dich! Papa hat gleich allen
Nachbarn erzählt, dass sein Sohn jetzt "Head of" ist. Wir stoßen am Sonntag
an.

Bussi Mama
""",
    ),
    plain(
        315,
        "2025-10-04 17:22",
        "Beatriz Lopes <beatriz.lopes@sapo.pt>",
        "Fotos do casamento",
        "pt",
        """Olá Jonas!

Obrigada por terem vindo ao casamento da minha prima. Aqui vão algumas
fotos. Foi tão bom ver-vos!

Beijinhos,
Bia
""",
    ),
    plain(
        316,
        "2025-11-02 11:05",
        PAUL,
        "Weihnachten",
        "de",
        "Mama fragt, ob wir heuer wieder wichteln. Ich bin dafür, Limit 30 Euro?\n",
    ),
    plain(
        317,
        "2025-11-16 20:48",
        ANNA,
        "Punsch am 29.?",
        "de",
        """Hallo ihr Lieben,

wir machen am 29. November Punsch bei uns im Hof, ab 17 Uhr. Kommt ihr?
Bringt gern Freunde mit.

Anna
""",
    ),
    # --- sport club
    plain(
        318,
        "2025-04-06 18:00",
        TC,
        "Saisoneröffnung 2025",
        "de",
        """Liebe Mitglieder,

am Samstag, 12. April, eröffnen wir die Sandplatzsaison. Ab 10 Uhr
Platzarbeit, ab 13 Uhr Doppelturnier und Grillerei.

Sportliche Grüße
Der Vorstand
TC Donaupark, ZVR 123456789
""",
    ),
    plain(
        319,
        "2025-05-15 08:10",
        TC,
        "Mitgliedsbeitrag 2025 – Zahlungserinnerung",
        "de",
        """Lieber Jonas,

laut unseren Unterlagen ist dein Mitgliedsbeitrag 2025 (EUR 290) noch offen.
Bitte überweise bis 31. Mai auf AT12 3456 7890 1234 5678.

Danke!
Kassier TC Donaupark
""",
    ),
    plain(
        320,
        "2025-06-28 09:30",
        TC,
        "Vereinsmeisterschaft – Auslosung",
        "de",
        """Hallo zusammen,

die Auslosung der Vereinsmeisterschaft ist online. Erste Runde bis 13. Juli
spielen, Ergebnisse bitte in die Liste im Clubhaus eintragen.

Vorstand
""",
    ),
    plain(
        321,
        "2025-04-22 20:00",
        LAUF,
        "Training Donnerstag verschoben",
        "de",
        "Hallo Läufer:innen, wegen Gewitterwarnung treffen wir uns am Donnerstag erst um 19:30"
        "\nbeim Lusthaus. Lg Sabine\n",
    ),
    plain(
        322,
        "2025-09-01 12:00",
        LAUF,
        "Wien Herbstlauf – Startplätze",
        "de",
        """Liebe Laufgruppe,

für den Herbstlauf am 12. Oktober haben wir 15 Vereinsstartplätze. Wer
mitlaufen will, bitte bis 10. September bei mir melden.

Sabine, Laufteam Prater
""",
    ),
    # --- banks, insurance, utilities
    web(
        323,
        "2025-04-01 05:00",
        BANK,
        "Ihr Kontoauszug März 2025 ist verfügbar",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "Ihr Kontoauszug für März 2025 steht ab sofort im Online-Banking zur Verfügung.",
        "Ihre Donaubank",
    ),
    web(
        324,
        "2025-05-01 05:00",
        BANK,
        "Ihr Kontoauszug April 2025 ist verfügbar",
        "de",
        "Guten Tag Herr Albrecht,",
        "Ihr neuer Kontoauszug (April 2025) liegt in Ihrer Postbox.",
    ),
    web(
        325,
        "2025-07-01 05:00",
        BANK,
        "Neues Dokument in Ihrer Postbox",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "in Ihrer Postbox befindet sich ein neues Dokument: Kontoauszug Juni 2025.",
    ),
    web(
        326,
        "2025-06-11 14:22",
        BANK,
        "Sicherheitshinweis: Neue Anmeldung",
        "de",
        "Wir haben eine Anmeldung in Ihrem Online-Banking von einem neuen Gerät festgestellt "
        "(iPhone, Wien). Waren Sie das nicht? Dann sperren Sie bitte Ihren Zugang.",
    ),
    web(
        327,
        "2025-05-20 09:00",
        "Wienstrom <kundenservice@wienstrom-energie.at>",
        "Ihre Jahresabrechnung 2024/25",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "Ihre Jahresabrechnung ist da. Guthaben: EUR 84,20. Die Gutschrift erfolgt auf Ihr "
        "Konto. Ihre neue Teilbetragsvorschreibung beträgt EUR 61,00 monatlich.",
    ),
    web(
        328,
        "2025-08-18 10:00",
        "Wienstrom <kundenservice@wienstrom-energie.at>",
        "Zählerstand bitte bekannt geben",
        "de",
        "Bitte geben Sie uns bis 31. August Ihren Zählerstand bekannt – einfach online im "
        "Kundenportal.",
    ),
    web(
        329,
        "2025-06-03 08:00",
        "Hausnet <rechnung@hausnet-internet.at>",
        "Ihre Rechnung Juni 2025",
        "de",
        "Ihre Rechnung Nr. 2025-06-118822 über EUR 39,90 ist verfügbar. Der Betrag wird am "
        "10.06. abgebucht.",
    ),
    web(
        330,
        "2025-09-03 08:00",
        "Hausnet <rechnung@hausnet-internet.at>",
        "Ihre Rechnung September 2025",
        "de",
        "Ihre Rechnung Nr. 2025-09-204551 (EUR 39,90) steht zum Download bereit.",
    ),
    web(
        331,
        "2025-07-10 11:30",
        "Alpina Versicherung <service@alpina-versicherung.at>",
        "Ihre Haushaltsversicherung – Polizze 44-778120",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "anbei Ihre aktualisierte Polizze. Die Prämie wird mit 1. August indexangepasst.",
    ),
    web(
        332,
        "2025-10-15 09:45",
        "Alpina Versicherung <service@alpina-versicherung.at>",
        "Schadensmeldung 2025-S-0912 erhalten",
        "de",
        "Wir haben Ihre Schadensmeldung (Wasserschaden Küche) erhalten. Ein Sachverständiger "
        "meldet sich in den nächsten Tagen für einen Besichtigungstermin.",
    ),
    web(
        333,
        "2025-11-05 07:00",
        "FinanzOnline <noreply@finanzonline.example>",
        "Neue Nachricht in Ihrer DataBox",
        "de",
        "In Ihrer DataBox ist ein neues Dokument eingelangt: Einkommensteuerbescheid 2024.",
    ),
    # --- shopping and shipping
    web(
        334,
        "2025-04-08 13:40",
        SHOP,
        "Bestellbestätigung Nr. 552-1187",
        "de",
        "Danke für Ihre Bestellung!",
        "1x Noise-Cancelling Kopfhörer NC700 – EUR 249,00<br>Versand: kostenlos",
        "Voraussichtliche Lieferung: 10.–11. April",
    ),
    web(
        335,
        "2025-04-09 16:05",
        PAKET,
        "Ihr Paket ist unterwegs",
        "de",
        "Sendung 1Z88A0 von Technikwelt wird morgen zwischen 9 und 13 Uhr zugestellt.",
    ),
    web(
        336,
        "2025-04-10 11:48",
        PAKET,
        "Ihr Paket wurde zugestellt",
        "de",
        "Ihre Sendung 1Z88A0 wurde um 11:46 an Ihrer Wohnungstür abgestellt.",
    ),
    web(
        337,
        "2025-05-29 20:12",
        "Buchhaus Seidl <shop@buchhaus-seidl.at>",
        "Ihre Bestellung ist abholbereit",
        "de",
        "Ihre Bestellung (2 Bücher: 'Never Split the Difference', 'Die Pest') liegt ab "
        "morgen in unserer Filiale Landstraße zur Abholung bereit.",
    ),
    web(
        338,
        "2025-06-14 09:30",
        "Radhaus Donaustadt <info@radhaus-donaustadt.at>",
        "Rechnung Fahrrad – Geschenk",
        "de",
        "Vielen Dank für Ihren Einkauf! Rechnung Nr. 7781: Trekkingrad Alpina T5, EUR 1.149,00. "
        "Erstes Service gratis nach 300 km.",
    ),
    web(
        339,
        "2025-07-05 18:00",
        "Skylark Airlines <booking@skylark-air.example>",
        "Buchungsbestätigung VIE–BCN 12.07.2025",
        "de",
        "Buchungscode: QX7K2M",
        "Wien (VIE) 12.07. 07:10 → Barcelona (BCN) 09:35<br>"
        "Barcelona (BCN) 19.07. 20:15 → Wien (VIE) 22:40",
        "Passagiere: Jonas Albrecht, Lisa Albrecht",
    ),
    web(
        340,
        "2025-07-11 07:10",
        "Skylark Airlines <checkin@skylark-air.example>",
        "Online Check-in ist jetzt geöffnet",
        "de",
        "Ihr Flug SK 418 nach Barcelona startet morgen. Checken Sie jetzt ein und sparen Sie "
        "Zeit am Flughafen.",
    ),
    web(
        341,
        "2025-05-08 15:20",
        "AlpenRail <tickets@alpenrail.example>",
        "Ihr Ticket: Wien Hbf → Kufstein, 21.05.2025",
        "de",
        "Ticket-Code: AR-88213",
        "Wien Hbf ab 08:30, Kufstein an 12:12, Wagen 24, Platz 61",
        "Gute Reise!",
    ),
    web(
        342,
        "2025-08-25 09:00",
        "Hotel Seeblick Gmunden <reservierung@seeblick-gmunden.at>",
        "Reservierungsbestätigung 26.–28.09.2025",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "wir bestätigen Ihre Reservierung: Doppelzimmer Seeseite, 2 Nächte, inkl. Frühstück.",
    ),
    web(
        343,
        "2025-06-30 12:10",
        "Casa Lola Barcelona <hola@casalola-bcn.es>",
        "Confirmación de reserva",
        "es",
        "Hola Jonas,",
        "Tu reserva para 4 personas el 15 de julio a las 21:00 está confirmada. ¡Te esperamos!",
    ),
    web(
        344,
        "2025-09-20 16:00",
        "Technikwelt <bestellung@technikwelt.at>",
        "Ihre Rücksendung wurde erfasst",
        "de",
        "Die Rücksendung für Bestellung 552-2271 (USB-C Dock) ist bei uns eingegangen. "
        "Die Erstattung erfolgt innerhalb von 5 Werktagen.",
    ),
    web(
        345,
        "2025-10-28 19:33",
        "Gourmetbox <hallo@gourmetbox.at>",
        "Deine Box ist unterwegs 🍝",
        "de",
        "Hallo Jonas, deine Kochbox für diese Woche (3 Gerichte, 2 Personen) kommt morgen.",
    ),
    # --- SaaS and subscriptions
    web(
        346,
        "2025-04-15 03:00",
        "Streamhaus <billing@streamhaus.example>",
        "Your receipt from Streamhaus",
        "en",
        "Thanks for your payment of €13.99 for Streamhaus Premium (April 2025).",
    ),
    web(
        347,
        "2025-07-15 03:00",
        "Streamhaus <billing@streamhaus.example>",
        "Your plan price is changing",
        "en",
        "From September, Streamhaus Premium will cost €15.99 per month. No action needed.",
    ),
    web(
        348,
        "2025-05-02 10:00",
        "Cloudkiste <no-reply@cloudkiste.example>",
        "Your storage is almost full",
        "en",
        "You've used 94% of your 200 GB. Upgrade to 2 TB for €9.99/month.",
    ),
    web(
        349,
        "2025-06-19 14:00",
        "Cloudkiste <no-reply@cloudkiste.example>",
        "New sign-in to your account",
        "en",
        "We noticed a new sign-in from Chrome on Windows in Vienna, Austria.",
    ),
    web(
        350,
        "2025-08-02 08:00",
        "Taskly <team@taskly.example>",
        "What's new in Taskly: recurring tasks",
        "en",
        "Recurring tasks are here! Plus: dark mode on Android and faster sync.",
    ),
    web(
        351,
        "2025-10-10 08:30",
        "Passwortwerk <security@passwortwerk.example>",
        "Ihr Sicherheitsbericht für September",
        "de",
        "3 Passwörter sind schwach, 1 Passwort wurde in einem Datenleck gefunden.",
    ),
    # --- newsletters
    web(
        352,
        "2025-04-12 06:00",
        "Der Morgen <newsletter@dermorgen-news.at>",
        "Der Morgen: Koalition, Hitze und die Frage nach dem Öffi-Ticket",
        "de",
        "Guten Morgen! Heute: was die Regierung beim Klimaticket plant, warum Wien im April "
        "27 Grad hatte, und ein Interview mit der neuen Burgtheater-Direktorin.",
    ),
    web(
        353,
        "2025-05-24 06:00",
        "Der Morgen <newsletter@dermorgen-news.at>",
        "Der Morgen am Wochenende",
        "de",
        "Lesetipps fürs Wochenende: die besten Heurigen, ein Porträt des Rapid-Trainers und "
        "unser großes Interview zum Thema Wohnen.",
    ),
    web(
        354,
        "2025-09-13 06:00",
        "Der Morgen <newsletter@dermorgen-news.at>",
        "Der Morgen: Herbstbeginn",
        "de",
        "Heute: Schulstart, Wahlkampf in Oberösterreich und die Frage, warum Mieten weiter "
        "steigen.",
    ),
    web(
        355,
        "2025-06-05 15:00",
        "Pipeline Weekly <hello@pipelineweekly.example>",
        "Pipeline Weekly #112: 5 ways to close deals faster",
        "en",
        "This week: why multi-threading wins enterprise deals, a cold-email teardown, and "
        "a prospecting cadence that books 30% more meetings.",
        "Plus: how top AEs handle the 'send me some info' objection.",
        "You're receiving this because you subscribed at pipelineweekly.example.",
    ),
    web(
        356,
        "2025-08-14 15:00",
        "Pipeline Weekly <hello@pipelineweekly.example>",
        "Pipeline Weekly #122: discovery calls that don't suck",
        "en",
        "Discovery is where deals are won or lost. We break down three real discovery calls, "
        "plus a template for mutual action plans and a guide to prospecting on LinkedIn.",
    ),
    web(
        357,
        "2025-10-23 15:00",
        "Pipeline Weekly <hello@pipelineweekly.example>",
        "Pipeline Weekly #132: Q4 closing playbook",
        "en",
        "End-of-quarter pressure is real. Here's how to forecast honestly, when to discount, "
        "and the follow-up email that closes stalled deals.",
    ),
    web(
        358,
        "2025-07-22 17:00",
        "Vertriebsfunk Podcast <podcast@vertriebsfunk.example>",
        "Neue Folge: Interview mit einer Top-Verkäuferin",
        "de",
        "In Folge 87 spricht Host Tim Ahrens mit Carina Wendl, Vertriebsleiterin eines "
        "Maschinenbauers, über Preisverhandlungen und Kaltakquise.",
        "Jetzt anhören auf allen Plattformen.",
    ),
    web(
        359,
        "2025-09-30 17:00",
        "Vertriebsfunk Podcast <podcast@vertriebsfunk.example>",
        "Folge 92: Das große Interview – Customer Success ist der neue Vertrieb",
        "de",
        "Diesmal zu Gast: ein CS-Leiter aus München. Wir reden über Churn, Upselling und "
        "warum Onboarding über Verlängerungen entscheidet.",
    ),
    web(
        360,
        "2025-04-26 09:00",
        "Stadtmagazin Wien <redaktion@stadtmagazin-wien.example>",
        "Wochenende in Wien: 12 Tipps",
        "de",
        "Flohmarkt am Naschmarkt, Open-Air-Kino im Augarten, und der beste Spritzer der Stadt.",
    ),
    web(
        361,
        "2025-06-27 09:00",
        "Stadtmagazin Wien <redaktion@stadtmagazin-wien.example>",
        "Sommer in der Stadt",
        "de",
        "Die schönsten Badeplätze an der Alten Donau und wo es das beste Eis gibt.",
    ),
    # --- marketing offers (look-alikes)
    web(
        362,
        "2025-04-29 10:00",
        "Modehaus Berger <news@modehaus-berger.example>",
        "Exklusives Angebot nur für Sie: -30 % auf alles",
        "de",
        "Lieber Jonas, nur bis Sonntag: 30 % Rabatt auf die gesamte Frühjahrskollektion. "
        "Ihr persönlicher Code: JONAS30",
    ),
    web(
        363,
        "2025-06-20 10:00",
        "Skylark Airlines <offers@skylark-air.example>",
        "Special offer: Lisbon from €49",
        "en",
        "Summer deals are here! Fly to Lisbon, Porto or Seville from €49 one way. Book by Monday.",
    ),
    web(
        364,
        "2025-08-28 10:00",
        "Fitnesswerk <info@fitnesswerk.example>",
        "Dein persönliches Angebot: 2 Monate gratis",
        "de",
        "Hol dir jetzt unser Herbst-Angebot: 2 Monate gratis trainieren bei Abschluss einer "
        "Mitgliedschaft bis 15. September.",
    ),
    web(
        365,
        "2025-11-14 10:00",
        "Technikwelt <news@technikwelt.at>",
        "Black Week: Ihr exklusives Angebot wartet",
        "de",
        "Bis zu 50 % auf Fernseher, Kopfhörer und Laptops. Nur für Newsletter-Abonnenten.",
    ),
    web(
        366,
        "2025-07-08 12:00",
        "Mobilfunk Plus <angebote@mobilfunkplus.example>",
        "Ihr Upgrade-Angebot ist da",
        "de",
        "Ihr Vertrag läuft bald aus. Sichern Sie sich jetzt 100 GB zum Preis von 50 GB.",
    ),
    # --- CRM vendor trial, webinar with calendar
    web(
        367,
        "2025-05-06 16:00",
        "Dealflow CRM <hello@dealflowcrm.example>",
        "Your trial offer: 30% off Dealflow Pro",
        "en",
        "Hi Jonas, your 14-day trial ends in 3 days. Upgrade now and get 30% off your first "
        "year of Dealflow Pro – pipeline forecasting, email sequences and more.",
    ),
    web(
        368,
        "2025-05-10 16:00",
        "Dealflow CRM <hello@dealflowcrm.example>",
        "Your Dealflow trial has ended",
        "en",
        "Your data is safe for 30 days. Reactivate anytime.",
    ),
    m(
        k(369),
        "2025-06-12 09:00",
        "Dealflow CRM Events <events@dealflowcrm.example>",
        "Einladung: Webinar „Pipeline-Hygiene im Mittelstand“",
        ("not_job", "de"),
        text="""Hallo Jonas,

Sie sind dabei! Hier die Einladung zu unserem Webinar am Dienstag, 17. Juni,
11:00 Uhr. Den Zugangslink finden Sie im Kalendereintrag.

Ihr Dealflow Team
""",
        ics={
            "uid": "webinar-0617@dealflowcrm.example",
            "start": "2025-06-17 11:00:00 +0200",
            "minutes": 60,
            "organizer": ("Dealflow CRM Events", "events@dealflowcrm.example"),
            "summary": "Webinar: Pipeline-Hygiene im Mittelstand",
            "location": "https://dealflowcrm.example/live/0617",
        },
        tz="+0000",
    ),
    # --- doctor, Meldezettel, visa appointment
    m(
        k(370),
        "2025-05-14 12:30",
        "Ordination Dr. Weiss <termine@ordination-weiss.at>",
        "Terminbestätigung Vorsorgeuntersuchung",
        ("not_job", "de"),
        text="""Sehr geehrter Herr Albrecht,

wir bestätigen Ihren Termin zur Vorsorgeuntersuchung am Mittwoch, 28. Mai,
um 08:15 Uhr. Bitte kommen Sie nüchtern und bringen Sie Ihre e-card mit.

Ordination Dr. Elisabeth Weiss, Allgemeinmedizin
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E008000000ORDWEISS0528",
            "start": "2025-05-28 08:15:00 +0200",
            "minutes": 30,
            "organizer": ("Ordination Dr. Weiss", "termine@ordination-weiss.at"),
            "summary": "Vorsorgeuntersuchung Dr. Weiss",
            "location": "Ungargasse 14, 1030 Wien",
        },
    ),
    web(
        371,
        "2025-10-01 09:00",
        "Zahnarztpraxis Dr. Kovac <praxis@zahnarzt-kovac.at>",
        "Erinnerung: Mundhygiene-Termin morgen",
        "de",
        "Wir erinnern Sie an Ihren Termin morgen, 2. Oktober, um 17:00 Uhr.",
    ),
    web(
        372,
        "2025-04-17 10:40",
        "Stadt Wien Terminservice <terminservice@wien-termine.example>",
        "Terminbestätigung: Meldeservice (An-/Ummeldung)",
        "de",
        "Ihr Termin: Montag, 28. April 2025, 09:20 Uhr, Meldeservice Bezirksamt 3.",
        "Bitte bringen Sie mit: Meldezettel (unterschrieben vom Unterkunftgeber), Reisepass.",
    ),
    web(
        373,
        "2025-06-04 08:00",
        "Visa Appointment Service <noreply@visa-appointments.example>",
        "Appointment confirmation – visa interview",
        "en",
        "Dear Jonas Albrecht,",
        "Your appointment at the visa application centre (tourist visa, Vietnam) for "
        "applicants Jonas and Lisa Albrecht is confirmed for 18 June 2025 at 10:30.",
        "Please bring your passports, the printed application form and two photos.",
    ),
    # --- flat search (look-alike applications)
    plain(
        374,
        "2025-04-23 10:15",
        "Hausverwaltung Gruber & Söhne <vermietung@hv-gruber.at>",
        "Ihre Bewerbung für die Wohnung Erdbergstraße 12/8",
        "de",
        """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Bewerbung für die Wohnung Erdbergstraße 12, Top 8
(3 Zimmer, 78 m²). Wir haben Ihre Unterlagen (Einkommensnachweise,
Meldezettel) erhalten.

Wir melden uns nach Abschluss der Besichtigungen.

Mit freundlichen Grüßen
Hausverwaltung Gruber & Söhne
""",
    ),
    plain(
        375,
        "2025-05-02 15:48",
        "Hausverwaltung Gruber & Söhne <vermietung@hv-gruber.at>",
        "Wohnung Erdbergstraße 12/8",
        "de",
        """Sehr geehrter Herr Albrecht,

leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten
entschieden haben. Wir bedanken uns für Ihr Interesse und wünschen Ihnen
viel Erfolg bei der Wohnungssuche.

Mit freundlichen Grüßen
Hausverwaltung Gruber & Söhne
""",
    ),
    plain(
        376,
        "2025-05-06 19:02",
        "Elfriede Haslinger <e.haslinger@chello-web.at>",
        "Re: Mietanfrage Wohnung Sebastianplatz",
        "de",
        """Grüß Gott Herr Albrecht,

danke für Ihre nette Mietanfrage. Eine Besichtigung wäre am Samstag um 11 Uhr
möglich. Bitte läuten Sie bei Top 4.

Freundliche Grüße
E. Haslinger
""",
    ),
    plain(
        377,
        "2025-05-14 08:30",
        "Elfriede Haslinger <e.haslinger@chello-web.at>",
        "Zusage Wohnung",
        "de",
        """Lieber Herr Albrecht,

nach der Besichtigung haben wir uns für Sie und Ihre Frau entschieden!
Den Mietvertrag schickt Ihnen mein Anwalt elektronisch zur Unterschrift.

Herzliche Grüße
Elfriede Haslinger
""",
    ),
    web(
        378,
        "2025-05-19 13:00",
        "Dr. Anton Reisinger via Docusign <dse_NA3@docusign.net>",
        "Bitte mit Docusign unterschreiben: Mietvertrag Sebastianplatz 3 Top 6",
        "de",
        "Dr. Anton Reisinger hat Ihnen ein Dokument zum Prüfen und Unterschreiben gesendet.",
        "DOKUMENT PRÜFEN",
        "Sehr geehrter Herr Albrecht, anbei der Mietvertrag zur Unterfertigung.",
    ),
    web(
        379,
        "2025-05-20 08:12",
        "Dr. Anton Reisinger via Docusign <dse_NA3@docusign.net>",
        "Abgeschlossen: Mietvertrag Sebastianplatz 3 Top 6",
        "de",
        "Alle Parteien haben das Dokument abgeschlossen.",
        "ABGESCHLOSSENES DOKUMENT ANZEIGEN",
    ),
    web(
        380,
        "2025-04-14 07:30",
        "WohnPortal Wien <suchauftrag@wohnportal-wien.example>",
        "5 neue Wohnungen für Ihren Suchauftrag",
        "de",
        "3-Zimmer, 1030 Wien, bis EUR 1.400: 5 neue Angebote. Jetzt anfragen!",
    ),
    # --- loans, credit card, leasing
    web(
        381,
        "2025-05-22 11:00",
        BANK,
        "Ihr Kreditantrag ist eingegangen",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "vielen Dank für Ihren Antrag auf einen Wohnkredit (EUR 25.000). Wir prüfen Ihre "
        "Unterlagen und melden uns innerhalb von 3 Werktagen.",
    ),
    web(
        382,
        "2025-05-27 14:30",
        BANK,
        "Ihr Kreditantrag wurde bewilligt",
        "de",
        "Gute Nachrichten: Ihr Kreditantrag wurde bewilligt. Ihr Angebot liegt im "
        "Online-Banking zur Unterschrift bereit.",
    ),
    web(
        383,
        "2025-06-09 16:20",
        "GoldCard Austria <antrag@goldcard-austria.example>",
        "Ihr Kreditkartenantrag",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "leider können wir Ihrem Antrag auf eine GoldCard Platinum derzeit nicht entsprechen. "
        "Gerne bieten wir Ihnen stattdessen die GoldCard Classic an.",
    ),
    plain(
        384,
        "2025-10-22 12:45",
        "Martin Pichlmayr <m.pichlmayr@autohaus-pichlmayr.at>",
        "Ihr Leasingangebot – Škoda Octavia Combi",
        "de",
        """Sehr geehrter Herr Albrecht,

wie besprochen anbei Ihr individuelles Leasingangebot: Laufzeit 48 Monate,
15.000 km p.a., Anzahlung EUR 5.000, monatliche Rate EUR 389,-.

Für den Leasingantrag benötigen wir noch Ihre letzten drei Gehaltszettel.

Mit freundlichen Grüßen
Martin Pichlmayr
Autohaus Pichlmayr GmbH, Brünner Straße 120, 1210 Wien
""",
        attach=[("Leasingangebot_Albrecht.pdf", "application/pdf", "%PDF-1.4 leasing")],
    ),
    plain(
        385,
        "2025-11-06 09:10",
        "Martin Pichlmayr <m.pichlmayr@autohaus-pichlmayr.at>",
        "AW: Leasingantrag",
        "de",
        """Sehr geehrter Herr Albrecht,

Ihr Leasingantrag wurde von der Bank genehmigt. Die Übergabe des Fahrzeugs
könnten wir für den 20. November vereinbaren.

Mit freundlichen Grüßen
Martin Pichlmayr
""",
    ),
    # --- kindergarten and volunteer applications
    web(
        386,
        "2025-09-10 10:00",
        "Kindergartenanmeldung Wien <kiga-anmeldung@wien-kiga.example>",
        "Eingangsbestätigung: Anmeldung Kindergartenplatz",
        "de",
        "Sehr geehrte Familie Albrecht,",
        "Ihre Anmeldung für einen Kindergartenplatz ab September 2026 für Mila Albrecht "
        "wurde registriert. Bitte reichen Sie noch den Impfpass nach.",
        "Die Platzvergabe erfolgt im Februar.",
    ),
    plain(
        387,
        "2025-06-25 21:00",
        "Volunteer-Team Stadtlauf Wien <volunteers@stadtlauf-wien.example>",
        "Danke für deine Bewerbung als Volunteer!",
        "de",
        """Hallo Jonas,

danke für deine Bewerbung als Volunteer beim Stadtlauf am 12. Oktober! Wir
haben dich für die Labestation bei km 15 eingeteilt. Einschulung am 8.
Oktober, 18 Uhr, im Vereinsheim.

Sportliche Grüße
Euer Volunteer-Team
""",
    ),
    # --- LinkedIn non-job notifications
    web(
        388,
        "2025-06-02 08:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Anna Leitner zur neuen Stelle",
        "de",
        "Anna Leitner hat eine neue Position als Marketing Lead bei Hofmann Kaffee begonnen.",
        "Gratulieren Sie ihr!",
    ),
    web(
        389,
        "2025-09-16 08:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Stefan Huber on his new job",
        "en",
        "Stefan Huber started a new position as Project Manager at Baumeister Kern. Say congrats!",
    ),
    web(
        390,
        "2025-07-29 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sie haben 3 neue Kontaktanfragen",
        "de",
        "Michael Brandl, Julia Moser und 1 weitere Person möchten sich mit Ihnen vernetzen.",
    ),
    # --- a Calendly non-job (tax adviser)
    web(
        391,
        "2025-04-25 10:30",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Jonas Albrecht und Mag. Sandra Fuchs",
        "de",
        "Ihr Termin ist geplant.",
        "<b>Was:</b> Erstgespräch Arbeitnehmerveranlagung<br>"
        "<b>Wann:</b> 15:00 - 15:45, Dienstag, 6. Mai 2025",
        "Steuerberatung Fuchs, Wien",
    ),
]

HV = "Hausverwaltung Reisinger <office@hv-reisinger.at>"
VHS = "Volkshochschule Landstraße <anmeldung@vhs-landstrasse.example>"

MAIL += [
    # --- more family, friends and neighbours
    plain(
        400,
        "2025-04-13 15:30",
        "Günter Albrecht <guenter.albrecht@aon-mail.at>",
        "Fahrradträger",
        "de",
        """Hallo Jonas,

kannst du mir den Fahrradträger am Wochenende zurückbringen? Wir wollen am
Montag an den Neusiedler See.

Papa
""",
    ),
    plain(
        401,
        "2025-04-30 12:14",
        ANNA,
        "AW: Fotos vom Geburtstag",
        "de",
        """Haha, das mit dem Tortenfoto lösche ich sicher nicht 😂

Anna

Von: Jonas Albrecht <jonas.albrecht@donaupost.at>
Gesendet: Dienstag, 29. April 2025 22:10
An: Anna Leitner <anna.leitner@outlook.at>
Betreff: AW: Fotos vom Geburtstag

Danke Anna! Das dritte Foto bitte sofort löschen ;)
""",
    ),
    plain(
        402,
        "2025-05-17 09:40",
        LISA,
        "Fwd: Einladung Elternabend",
        "de",
        """Schatz, kannst du am 3. Juni hingehen? Ich hab da Spätdienst.

---------- Forwarded message ---------
Von: Kinderkrippe Sonnenschein <leitung@krippe-sonnenschein.at>
Betreff: Einladung Elternabend

Liebe Eltern, wir laden herzlich zum Elternabend am Dienstag, 3. Juni, um
18:30 Uhr ein. Themen: Sommerschließzeit, Übergang in den Kindergarten.
""",
    ),
    plain(
        403,
        "2025-06-01 17:00",
        STEFAN,
        "Re: Champions League am Dienstag?",
        "de",
        """Finale Samstag bei mir? Beamer läuft, Stefanie macht Nachos.

> Oida, schauen wir das Spiel am Dienstag im Flanagan's?
""",
        headers=reply(k(302), STEFAN),
    ),
    plain(
        404,
        "2025-06-15 20:20",
        MAMA,
        "Danke für gestern",
        "de",
        """Lieber Jonas, liebe Lisa,

danke für das schöne Fest und das Fahrrad! Papa ist heute schon 40 km
gefahren und hat jetzt Muskelkater :)

Bussi Mama
""",
    ),
    plain(
        405,
        "2025-07-20 14:55",
        "Miguel Santos <miguel.santos.bcn@gmail.com>",
        "Gracias!",
        "es",
        """Jonas, Lisa,

¡qué semana más bonita! Gracias por la cena del último día. Os hemos dejado
las gafas de sol de Lisa en un sobre, os las mando por correo.

Un abrazo fuerte,
Miguel y Carla
""",
    ),
    plain(
        406,
        "2025-08-03 10:01",
        "Nachbarin Top 5 <g.novak@gmx-post.at>",
        "Blumen gießen",
        "de",
        """Hallo Herr Albrecht,

wir sind vom 9. bis 23. August in Kroatien. Könnten Sie vielleicht unsere
Tomaten am Balkon gießen? Der Schlüssel liegt beim Hausmeister.

Danke und liebe Grüße
Gabi Novak
""",
    ),
    plain(
        407,
        "2025-09-21 18:30",
        "Sophie & Markus <hochzeit.sophie.markus@gmail.com>",
        "Letzte Infos zur Hochzeit",
        "de",
        """Ihr Lieben,

nur noch eine Woche! Trauung um 14 Uhr im Schloss Ort, danach Feier im
Seehotel. Dresscode: sommerlich elegant. Shuttle zurück ab 23 Uhr.

Wir freuen uns auf euch!
""",
    ),
    plain(
        408,
        "2025-10-12 21:45",
        PAUL,
        "Herbstlauf",
        "de",
        "Gratuliere zur neuen Bestzeit! 1:41 ist richtig stark. Nächstes Jahr lauf ich mit.\n",
    ),
    plain(
        409,
        "2025-11-09 16:10",
        LISA,
        "Geschenk für Mama",
        "de",
        """Hab was gefunden: ein Kochkurs für zwei in der Markthalle. 120 Euro, wir
könnten mit Paul teilen? Sag Bescheid, dann buche ich.

L.
""",
    ),
    plain(
        410,
        "2025-08-11 08:25",
        "Claire Dubois <claire.dubois@orange.fr>",
        "Re: Nos vacances en Bretagne",
        "fr",
        """Merci pour votre gentil message ! Venez nous voir à Lyon en novembre,
il y a la Fête des Lumières début décembre aussi.

Claire

Le 26 juil. 2025 à 09:02, Jonas Albrecht a écrit :
> Merci Claire, les photos sont magnifiques !
""",
        headers=reply(k(311), "claire.dubois@orange.fr"),
    ),
    # --- flat, house management
    web(
        411,
        "2025-06-23 09:00",
        HV,
        "Willkommen im Haus Sebastianplatz 3",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "wir begrüßen Sie als neuen Mieter. Schlüsselübergabe am 30. Juni um 10 Uhr. "
        "Bitte denken Sie an die Ummeldung binnen drei Tagen.",
    ),
    web(
        412,
        "2025-09-05 09:00",
        HV,
        "Ankündigung: Aufzugswartung 15.09.",
        "de",
        "Am Montag, 15. September, ist der Aufzug von 8 bis 12 Uhr außer Betrieb.",
    ),
    web(
        413,
        "2025-11-12 09:00",
        HV,
        "Betriebskostenabrechnung 2024",
        "de",
        "Anbei erhalten Sie die Betriebskostenabrechnung 2024. Nachzahlung: EUR 48,30, "
        "fällig am 1. Dezember.",
    ),
    plain(
        414,
        "2025-07-02 17:30",
        "Malerbetrieb Hofer <office@maler-hofer.at>",
        "Angebot Malerarbeiten Sebastianplatz",
        "de",
        """Sehr geehrter Herr Albrecht,

wie vereinbart erhalten Sie unser Angebot für das Ausmalen von drei Räumen
und dem Vorraum (ca. 210 m² Wandfläche) in Weiß: EUR 1.680,- inkl. USt.
Ausführung ab KW 29 möglich.

Mit freundlichen Grüßen
Thomas Hofer, Malermeister
""",
    ),
    plain(
        415,
        "2025-07-04 07:50",
        "Malerbetrieb Hofer <office@maler-hofer.at>",
        "AW: Angebot Malerarbeiten Sebastianplatz",
        "de",
        """Danke für die Auftragsbestätigung! Wir kommen am 14. Juli um 7:30 Uhr.

Thomas Hofer

-----Ursprüngliche Nachricht-----
Von: Jonas Albrecht
Gesendet: Donnerstag, 3. Juli 2025 21:02
Betreff: AW: Angebot Malerarbeiten Sebastianplatz

Passt, wir nehmen das Angebot an.
""",
        headers=reply(k(414), "office@maler-hofer.at"),
    ),
    web(
        416,
        "2025-06-26 12:00",
        "Umzugsprofi Wien <buchung@umzugsprofi-wien.example>",
        "Ihre Umzugsbuchung am 30.06.",
        "de",
        "Bestätigung: 3 Träger, 1 LKW 7,5 t, Beginn 8:00 Uhr, Erdbergstraße → Sebastianplatz. "
        "Pauschalpreis EUR 890,-.",
    ),
    # --- courses
    web(
        417,
        "2025-09-08 11:00",
        VHS,
        "Anmeldebestätigung: Spanisch A2 (Kurs 25H-3312)",
        "de",
        "Lieber Herr Albrecht,",
        "Ihre Anmeldung zum Kurs Spanisch A2, montags 18:30–20:00, ist bestätigt. "
        "Kursbeginn: 22. September.",
    ),
    web(
        418,
        "2025-09-19 11:00",
        VHS,
        "Kursraum geändert",
        "de",
        "Ihr Kurs Spanisch A2 findet ab sofort in Raum 2.04 statt.",
    ),
    web(
        419,
        "2025-04-20 08:00",
        "Lingolino <hello@lingolino.example>",
        "¡Tu racha de 100 días! 🔥",
        "es",
        "¡Enhorabuena, Jonas! Llevas 100 días seguidos practicando español. ¡Sigue así!",
    ),
    web(
        420,
        "2025-08-10 08:00",
        "Lingolino <hello@lingolino.example>",
        "Don't lose your streak!",
        "en",
        "You haven't practised today. Just 5 minutes keeps your 212-day streak alive.",
    ),
    # --- travel (Geneva, Lisbon)
    web(
        421,
        "2025-05-30 10:20",
        "Hôtel des Bergues-Plage <reservation@hotel-berguesplage.example>",
        "Confirmation de votre réservation",
        "fr",
        "Cher Monsieur Albrecht,",
        "Nous avons le plaisir de confirmer votre réservation du 2 au 3 juin 2025 "
        "(chambre simple, petit-déjeuner inclus).",
    ),
    web(
        422,
        "2025-09-25 13:00",
        "Casa Alfama Apartamentos <reservas@casa-alfama.example>",
        "Confirmação da sua reserva",
        "pt",
        "Olá Jonas,",
        "A sua reserva de 17 a 21 de outubro está confirmada. O check-in é a partir das 15h; "
        "enviaremos o código da porta no dia da chegada.",
    ),
    web(
        423,
        "2025-10-16 18:00",
        "Casa Alfama Apartamentos <reservas@casa-alfama.example>",
        "Informações para a sua chegada",
        "pt",
        "O código da porta é 4471. Wi-Fi: CasaAlfama / lisboa2025. Boa estadia!",
    ),
    web(
        424,
        "2025-10-24 09:00",
        "Skylark Airlines <feedback@skylark-air.example>",
        "How was your flight to Lisbon?",
        "en",
        "Tell us about your trip and win 10,000 miles.",
    ),
    web(
        425,
        "2025-08-21 08:00",
        "AlpenRail <tickets@alpenrail.example>",
        "Ihr Ticket: Wien Hbf → Gmunden, 26.09.2025",
        "de",
        "Wien Hbf ab 09:30, Attnang-Puchheim umsteigen, Gmunden an 12:18.",
    ),
    web(
        426,
        "2025-06-01 19:00",
        "Taxi Genève <receipts@taxigeneve.example>",
        "Votre reçu de course",
        "fr",
        "Merci d'avoir voyagé avec nous. Gare Cornavin → Rue du Rhône : CHF 24,50.",
    ),
    # --- receipts, shipping (continued)
    web(
        427,
        "2025-05-12 18:40",
        "Apotheke zum Löwen <shop@apotheke-loewen.example>",
        "Bestellbestätigung Ihrer Online-Apotheke",
        "de",
        "Ihre Bestellung 88271 (Sonnenschutz LSF 50, Magnesium) wird morgen versendet.",
    ),
    web(
        428,
        "2025-07-28 12:00",
        PAKET,
        "Zustellung fehlgeschlagen",
        "de",
        "Wir konnten Ihre Sendung 7P44Q1 heute nicht zustellen. Abholung ab morgen in der "
        "Abholstation Landstraßer Hauptstraße 3.",
    ),
    web(
        429,
        "2025-09-02 17:10",
        SHOP,
        "Bestellbestätigung Nr. 552-2271",
        "de",
        "1x USB-C Dock Pro – EUR 129,00. Lieferung: 4.–5. September.",
    ),
    web(
        430,
        "2025-10-06 14:00",
        "Ikarus Möbel <service@ikarus-moebel.example>",
        "Ihr Liefertermin",
        "de",
        "Ihre Lieferung (Schreibtisch höhenverstellbar, Bürostuhl Ergo 3) kommt am "
        "Freitag, 10. Oktober, zwischen 8 und 12 Uhr.",
    ),
    web(
        431,
        "2025-10-13 09:30",
        "Ikarus Möbel <service@ikarus-moebel.example>",
        "Wie zufrieden sind Sie mit Ihrer Lieferung?",
        "de",
        "Bewerten Sie uns und erhalten Sie einen 10-Euro-Gutschein.",
    ),
    web(
        432,
        "2025-11-18 20:15",
        "Kinokette Cineplexx <tickets@kino-wien.example>",
        "Ihre Tickets: Freitag 21. November, 20:00",
        "de",
        "2 Tickets, Saal 5, Reihe 8, Plätze 11–12. Bitte QR-Code am Eingang vorzeigen.",
    ),
    web(
        433,
        "2025-04-04 12:00",
        "Bäckerei Stöger <app@stoeger-app.example>",
        "Deine Rechnung",
        "de",
        "Danke für deinen Einkauf: 2 Kornspitz, 1 Mohnflesserl, 1 Melange – EUR 6,40.",
    ),
    # --- banking and money (continued)
    web(
        434,
        "2025-08-01 05:00",
        BANK,
        "Ihr Kontoauszug Juli 2025 ist verfügbar",
        "de",
        "Ihr Kontoauszug für Juli 2025 liegt in Ihrer Postbox.",
    ),
    web(
        435,
        "2025-10-01 05:00",
        BANK,
        "Neues Dokument in Ihrer Postbox",
        "de",
        "Kontoauszug September 2025 ist verfügbar.",
    ),
    web(
        436,
        "2025-06-30 10:00",
        BANK,
        "Änderung unserer Geschäftsbedingungen",
        "de",
        "Mit 1. September 2025 ändern sich unsere Allgemeinen Geschäftsbedingungen. Die "
        "Änderungen finden Sie in der Gegenüberstellung im Anhang.",
    ),
    web(
        437,
        "2025-07-14 12:00",
        "Splitwise-Runde <noreply@teilen-app.example>",
        "Miguel added an expense: Cena La Barceloneta",
        "en",
        "Miguel added 'Cena La Barceloneta' (€186.00). You owe Miguel €46.50.",
    ),
    web(
        438,
        "2025-09-29 16:45",
        "Depot Direkt <info@depot-direkt.example>",
        "Ihre Wertpapierabrechnung",
        "de",
        "Kauf: 4,5 Stk. ETF MSCI World zu EUR 110,20 aus Ihrem Sparplan.",
    ),
    web(
        439,
        "2025-05-15 09:00",
        "Payflink <service@payflink.example>",
        "Sie haben Geld erhalten",
        "de",
        "Paul Albrecht hat Ihnen EUR 45,00 gesendet: 'Transporter Anteil'.",
    ),
    # --- newsletters (continued)
    web(
        440,
        "2025-05-03 07:00",
        "Laufmagazin <newsletter@laufmagazin.example>",
        "Trainingsplan: In 12 Wochen zum Halbmarathon",
        "de",
        "Unser neuer Plan für Hobbyläufer, plus Interview mit einer Ultraläuferin.",
    ),
    web(
        441,
        "2025-08-23 07:00",
        "Laufmagazin <newsletter@laufmagazin.example>",
        "Die besten Herbstläufe in Österreich",
        "de",
        "Von Graz bis Wien: 14 Läufe im Oktober und November, jetzt anmelden!",
    ),
    web(
        442,
        "2025-07-17 12:00",
        "SaaS Growth Digest <digest@saasgrowth.example>",
        "Net revenue retention benchmarks 2025",
        "en",
        "Median NRR fell to 104%. What the best customer success teams do differently, "
        "and why expansion revenue beats new logos.",
    ),
    web(
        443,
        "2025-09-11 12:00",
        "SaaS Growth Digest <digest@saasgrowth.example>",
        "The outbound playbook is dead. Long live outbound.",
        "en",
        "Cold calling is back: we asked 40 sales leaders about their prospecting mix in 2025.",
    ),
    web(
        444,
        "2025-06-18 18:00",
        "Ö-Kultur <newsletter@oe-kultur.example>",
        "Sommerprogramm: Konzerte im Park",
        "de",
        "Jeden Donnerstag im Juli und August, Eintritt frei.",
    ),
    web(
        445,
        "2025-10-30 18:00",
        "Ö-Kultur <newsletter@oe-kultur.example>",
        "Advent in Wien: Unsere Tipps",
        "de",
        "Die schönsten Adventmärkte und Konzerte im Dezember.",
    ),
    web(
        446,
        "2025-04-27 08:00",
        "Le Petit Journal Genève <newsletter@petitjournal-ge.example>",
        "Votre lettre du dimanche",
        "fr",
        "Au programme : les terrasses au bord du lac, la fête de la musique et un "
        "entretien avec un chef étoilé.",
    ),
    web(
        447,
        "2025-07-06 08:00",
        "Diário de Lisboa <newsletter@diariolisboa.example>",
        "As notícias da semana",
        "pt",
        "Santos Populares, o calor que chegou e uma entrevista com a nova presidente da câmara.",
    ),
    # --- marketing (continued)
    web(
        448,
        "2025-05-23 10:00",
        "Weinhaus Grill <shop@weinhaus-grill.example>",
        "Nur für Stammkunden: Ihr exklusives Frühlingsangebot",
        "de",
        "6 Flaschen Grüner Veltliner zum Preis von 5 – nur bis Pfingsten.",
    ),
    web(
        449,
        "2025-09-26 10:00",
        "Hotelbuchung24 <deals@hotelbuchung24.example>",
        "Special offer for you: 25% off city breaks",
        "en",
        "Exclusive member prices on 5,000 hotels. Offer ends Sunday.",
    ),
    web(
        450,
        "2025-11-10 10:00",
        "Streamhaus <offers@streamhaus.example>",
        "An offer you can't refuse: 3 months for €1",
        "en",
        "Invite a friend and you both get 3 months of Premium for €1.",
    ),
    # --- sport club (continued)
    plain(
        451,
        "2025-08-24 19:00",
        TC,
        "Einladung zur Generalversammlung",
        "de",
        """Liebe Mitglieder,

wir laden herzlich zur ordentlichen Generalversammlung am Freitag, 19.
September 2025, um 19:00 Uhr im Clubhaus ein.

Tagesordnung: Bericht des Vorstands, Kassabericht, Neuwahl, Allfälliges.

Der Vorstand
""",
    ),
    plain(
        452,
        "2025-10-03 08:00",
        TC,
        "Saisonabschluss & Hallenplätze Winter",
        "de",
        """Hallo zusammen,

die Freiplätze schließen am 19. Oktober. Hallenabos für den Winter können
ab sofort bei Walter reserviert werden (Fixplatz EUR 420 pro Saison).

Vorstand TC Donaupark
""",
    ),
    web(
        453,
        "2025-10-13 10:00",
        "Wien Herbstlauf <results@herbstlauf-wien.example>",
        "Deine Ergebnisse vom Herbstlauf",
        "de",
        "Halbmarathon: 1:41:12, Platz 412 von 2.870. Fotos und Urkunde im Ergebnisportal.",
    ),
    web(
        454,
        "2025-08-29 12:00",
        "Wien Herbstlauf <anmeldung@herbstlauf-wien.example>",
        "Anmeldebestätigung Halbmarathon",
        "de",
        "Danke für deine Anmeldung! Startnummernausgabe am 11. Oktober im Prater.",
    ),
    # --- health, services
    web(
        455,
        "2025-07-22 13:00",
        "Physio Am Park <termine@physio-ampark.example>",
        "Terminerinnerung Physiotherapie",
        "de",
        "Ihr nächster Termin: Donnerstag, 24. Juli, 07:30 Uhr.",
    ),
    web(
        456,
        "2025-05-28 12:00",
        "Ordination Dr. Weiss <termine@ordination-weiss.at>",
        "Ihre Befunde sind da",
        "de",
        "Ihre Laborbefunde sind online abrufbar. Bei Fragen rufen Sie uns gerne an.",
    ),
    web(
        457,
        "2025-10-09 15:00",
        "Kfz-Werkstatt Lang <service@kfz-lang.example>",
        "Ihr Fahrzeug ist fertig",
        "de",
        "Pickerl-Überprüfung (§57a) erledigt, Bremsflüssigkeit gewechselt. "
        "Rechnungsbetrag EUR 214,80.",
    ),
    # --- LinkedIn and social, non-job
    web(
        458,
        "2025-05-07 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ihr Beitrag hat 1.200 Impressionen erzielt",
        "de",
        "Ihr Beitrag über Kundenbindung wurde 1.200 Mal angesehen. 34 Reaktionen.",
    ),
    web(
        459,
        "2025-11-04 08:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Katharina Moser zum Arbeitsjubiläum",
        "de",
        "Katharina Moser feiert 5 Jahre bei Brenner Software. Gratulieren Sie!",
    ),
    web(
        460,
        "2025-10-27 08:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Felicite a Inês Carvalho pelo novo cargo",
        "pt",
        "Inês Carvalho começou um novo cargo como Head of People na Marés Digital.",
    ),
    # --- misc look-alikes
    web(
        461,
        "2025-04-16 13:00",
        "Vienna City Marathon Lotterie <lotterie@marathon-startplatz.example>",
        "Deine Bewerbung für die Startplatz-Verlosung",
        "de",
        "Hallo Jonas, deine Bewerbung für die Verlosung der Startplätze 2026 ist "
        "eingegangen. Die Ziehung findet am 15. Mai statt.",
    ),
    web(
        462,
        "2025-05-15 13:00",
        "Vienna City Marathon Lotterie <lotterie@marathon-startplatz.example>",
        "Ergebnis der Startplatz-Verlosung",
        "de",
        "Leider hattest du diesmal kein Glück bei der Verlosung. Wir wünschen dir trotzdem "
        "eine tolle Laufsaison!",
    ),
    plain(
        463,
        "2025-07-30 11:11",
        "Redaktion Bezirkszeitung <redaktion@bezirkszeitung-3.example>",
        "Interviewanfrage: Grätzl-Porträt Sebastianplatz",
        "de",
        """Hallo Herr Albrecht,

wir schreiben eine Serie über neue Nachbarinnen und Nachbarn im dritten
Bezirk. Hätten Sie Lust auf ein kurzes Interview (20 Minuten) und ein Foto
am Sebastianplatz?

Liebe Grüße
Carina Wolf, Bezirkszeitung
""",
    ),
    m(
        k(464),
        "2025-09-15 08:00",
        "Elternverein Sonnenschein <elternverein@krippe-sonnenschein.at>",
        "Einladung: Laternenfest",
        ("not_job", "de"),
        text="""Liebe Familien,

wir laden euch herzlich zum Laternenfest am Dienstag, 11. November, um 17
Uhr in den Garten der Krippe ein. Bitte Laternen selbst mitbringen!

Euer Elternverein
""",
        ics={
            "uid": "laternenfest-2025@krippe-sonnenschein.at",
            "start": "2025-11-11 17:00:00 +0100",
            "minutes": 90,
            "organizer": ("Elternverein Sonnenschein", "elternverein@krippe-sonnenschein.at"),
            "summary": "Laternenfest Krippe Sonnenschein",
            "location": "Krippe Sonnenschein, Garten",
        },
    ),
    web(
        465,
        "2025-06-10 10:00",
        "Bürgerservice <post@bezirksamt3.example>",
        "Ihr Antrag auf Bewohnerparkpickerl",
        "de",
        "Ihr Antrag auf ein Parkpickerl für den 3. Bezirk wurde bewilligt. Gültig ab 1. Juli 2025.",
    ),
    web(
        466,
        "2025-07-09 10:00",
        "Reisepass-Service <passservice@wien-termine.example>",
        "Ihr Reisepass ist abholbereit",
        "de",
        "Ihr neuer Reisepass kann ab sofort im Bezirksamt abgeholt werden.",
    ),
    plain(
        467,
        "2025-08-27 21:30",
        STEFAN,
        "Fwd: Angebot Hüttenwochenende",
        "de",
        """Schaut gut aus oder? 4 Zimmer, 12.-14. Dezember, 640 Euro gesamt.

---------- Forwarded message ---------
Von: Almhütte Kogler <info@almhuette-kogler.example>
Betreff: Angebot Hüttenwochenende

Grüß Gott, gerne bieten wir Ihnen die Hütte für 8 Personen an: zwei Nächte,
Selbstversorger, inkl. Holz und Endreinigung, EUR 640,-.
""",
    ),
    web(
        468,
        "2025-11-20 07:00",
        "Wetterdienst Alarm <alarm@wetterwarnung.example>",
        "Unwetterwarnung Wien: Schneefall",
        "de",
        "Ab Freitagabend 5–10 cm Neuschnee im Raum Wien. Bitte Fahrzeuge winterfit machen.",
    ),
]

MAIL += [
    web(
        470,
        "2025-04-24 06:30",
        "Wiener Öffis App <noreply@oeffi-app.example>",
        "Ihre Jahreskarte wurde verlängert",
        "de",
        "Ihre Jahreskarte ist bis 30. April 2026 gültig. Abbuchung: EUR 365,00.",
    ),
    web(
        471,
        "2025-05-05 19:00",
        "Foodrun <orders@foodrun.example>",
        "Your order from Pho Saigon is on its way",
        "en",
        "Your rider Ahmed is on the way. Estimated arrival 19:35.",
    ),
    web(
        472,
        "2025-06-06 19:10",
        "Foodrun <orders@foodrun.example>",
        "Receipt for your order",
        "en",
        "Pizza Diavola, Tiramisu, delivery fee – total €24.80. Thanks for ordering!",
    ),
    plain(
        473,
        "2025-06-11 13:40",
        "Walter Brunner <walter.brunner@tc-donaupark.at>",
        "Doppel am Sonntag",
        "de",
        """Servus Jonas,

uns fehlt für Sonntag 10 Uhr ein vierter Mann im Doppel. Bist du dabei?

Walter
Gesendet von Outlook für Android
""",
    ),
    web(
        474,
        "2025-07-18 15:00",
        "Skylark Airlines <booking@skylark-air.example>",
        "Schedule change for your flight SK 419",
        "en",
        "Your return flight BCN–VIE on 19 July now departs at 20:55 instead of 20:15.",
    ),
    web(
        475,
        "2025-08-15 11:00",
        "Bauernmarkt Kiste <abo@bauernkiste.example>",
        "Deine Gemüsekiste diese Woche",
        "de",
        "Diese Woche: Zucchini, Paradeiser, Marillen, Erdäpfel, Basilikum.",
    ),
    web(
        476,
        "2025-09-09 09:30",
        "Alpina Versicherung <service@alpina-versicherung.at>",
        "Ihr Antrag auf Rechtsschutzversicherung",
        "de",
        "Sehr geehrter Herr Albrecht,",
        "vielen Dank für Ihren Antrag. Ihre Polizze wird Ihnen in den nächsten Tagen "
        "zugestellt. Versicherungsbeginn: 1. Oktober 2025.",
    ),
    web(
        477,
        "2025-10-20 08:00",
        "Hausnet <service@hausnet-internet.at>",
        "Geplante Wartungsarbeiten",
        "de",
        "In der Nacht auf 22. Oktober kann es zwischen 1 und 4 Uhr zu Ausfällen kommen.",
    ),
    plain(
        478,
        "2025-09-24 12:20",
        "Carla Puig <carla.puig@hotmail.es>",
        "Paquete",
        "es",
        """Hola Lisa y Jonas,

¿os ha llegado el paquete con las gafas? Correos dice que se entregó el
martes. ¡Decidme algo!

Besos,
Carla
""",
    ),
    web(
        479,
        "2025-10-18 20:00",
        "Pastelaria Aurora <encomendas@pastelaria-aurora.example>",
        "Recibo da sua encomenda",
        "pt",
        "Obrigado pela sua encomenda: 12 pastéis de nata, 1 bolo de bolacha. Total: 21,60 €.",
    ),
    web(
        480,
        "2025-11-01 10:00",
        "Passwortwerk <security@passwortwerk.example>",
        "Ihr Abonnement wird verlängert",
        "de",
        "Ihr Jahresabo Passwortwerk Family wird am 15. November für EUR 47,88 verlängert.",
    ),
    plain(
        481,
        "2025-11-13 18:05",
        "Günter Albrecht <guenter.albrecht@aon-mail.at>",
        "Winterreifen",
        "de",
        """Jonas,

denk an die Winterreifen, nächste Woche soll es schneien. Die alten liegen
noch bei uns in der Garage, du kannst sie am Samstag holen.

Papa
""",
    ),
    web(
        482,
        "2025-07-31 09:00",
        "Stadtbibliothek Wien <bibliothek@buecherei-wien.example>",
        "Erinnerung: Leihfrist läuft ab",
        "de",
        "Die Leihfrist für 'Verkaufen wie ein Profi' endet am 4. August. Jetzt online verlängern.",
    ),
    web(
        483,
        "2025-06-16 07:45",
        "Bürgerservice <post@bezirksamt3.example>",
        "Bestätigung Ihrer Meldung (Meldezettel)",
        "de",
        "Ihre Anmeldung am Hauptwohnsitz Sebastianplatz 3/6, 1030 Wien, wurde durchgeführt. "
        "Die Meldebestätigung steht zum Download bereit.",
    ),
    web(
        484,
        "2025-05-09 14:00",
        "Cloudkiste <no-reply@cloudkiste.example>",
        "Jonas, Lisa shared an album with you",
        "en",
        "Lisa Albrecht shared 'Ostern Krems 2025' (86 photos).",
    ),
    web(
        485,
        "2025-10-07 07:00",
        "Der Morgen <newsletter@dermorgen-news.at>",
        "Der Morgen: Budget, Bahnstreik und Boom am Wohnungsmarkt",
        "de",
        "Heute: was das Budget für Familien bedeutet, warum Züge stehen, und eine Reportage "
        "über Arbeitssuche nach 50.",
    ),
    web(
        486,
        "2025-08-06 16:00",
        "Dealflow CRM <hello@dealflowcrm.example>",
        "Still prospecting in spreadsheets? Come back for 40% off",
        "en",
        "We miss you, Jonas. Reactivate Dealflow Pro today and get 40% off for 12 months – "
        "a special offer for former trial users.",
    ),
    plain(
        487,
        "2025-09-27 23:40",
        "Sophie & Markus <hochzeit.sophie.markus@gmail.com>",
        "DANKE ❤️",
        "de",
        "Was für ein Tag. Danke, dass ihr da wart, und danke für die Rede, Jonas!\n",
    ),
]
