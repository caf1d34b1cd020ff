# ruff: noqa: E501, RUF100
"""Corpus 143, the ordinary inbox part two (data only): see heldout143.py.

Family, friends (some telling about their own job changes), the current job's rota, the sports
club, neighbours, the Kita parents, small shops and services."""

from __future__ import annotations

from typing import Any

from heldout143_jobs import N, ics, m, th

KEREM = "Kerem Yilmaz <kerem.yilmaz@gmail.com>"
MAMA = "Ursula Oberländer <u.oberlaender@t-online.de>"
JULE = "Jule Hamacher <jule.hamacher@gmx.de>"
SEVGI = "Sevgi Aydın <sevgi.aydin@web.de>"
BASTI = "Sebastian Krämer <basti.kraemer@t-online.de>"
ANNE = "Anne Vogt <anne.vogt@gmail.com>"
TUS = "TuS Ehrenfeld 1898 e.V. – Volleyball <volleyball@tus-ehrenfeld.example>"

_jule1 = m(
    "jh1a",
    "2025-09-21 22:40",
    JULE,
    "Neuigkeiten!!!",
    N(),
    text="""Friedaaa,

ich muss dir was erzählen und ich platze gleich: Ich hab gekündigt!! 😱

Nach sieben Jahren ASD in Leverkusen hab ich mich bei der Erziehungsberatungsstelle in Opladen
beworben, letzte Woche war das Vorstellungsgespräch (mit Rollenspiel, ich hab geschwitzt wie
sonst was) und heute Nachmittag kam die Zusage. Ich fang am 1.12. an. Kein Bereitschaftsdienst
mehr, keine 60 Fälle, keine Inobhutnahmen um 23 Uhr...

Und bei dir? Hast du die Bewerbung bei der Stadt Köln abgeschickt? Die Kolleg*innen hier sagen
übrigens, der ASD in Köln ist gar nicht so schlimm wie sein Ruf 😅

Lass uns bald mal telefonieren, ja?
Kuss, Jule
""",
)

_jule2 = m(
    "jh2b",
    "2025-09-23 07:15",
    JULE,
    "Re: Neuigkeiten!!!",
    N(),
    text="""Haha danke 🥂 Ja, Sonntag passt! Ich bring Sekt mit, du machst deine Linsensuppe?

Und zu deiner Frage: Nee, Gehalt ist gleich (S 12 statt S 14 wär ja schlimm, aber die EB zahlt
auch S 14). Ich hab einfach verhandelt wie ein Profi 😎

J.

Gesendet mit der GMX Mail App

Am 22.09.25 um 21:58 schrieb Frieda Oberländer-Yilmaz:
> WAAAS! Glückwunsch!!! Das hast du dir sowas von verdient. Erzähl alles! Sonntag Brunch bei uns?
> Und verdienst du da weniger?
""",
    **th(_jule1, "<1e2d3c4b-5a69-4788-9a0b-c1d2e3f40516@posteo.de>"),
)

_anne1 = m(
    "av1a",
    "2025-12-10 20:05",
    ANNE,
    "Wie war's im Kreishaus?",
    N(),
    text="""Hey du,

ich muss die ganze Zeit an dich denken – morgen ist doch dein Gespräch beim Kreis, oder? Und wie
war eigentlich das in Düsseldorf letzten Freitag? Du hast gar nichts mehr erzählt!

Ich drück dir morgen alle Daumen. Denk dran: Die wollen DICH, nicht umgekehrt 💪

Anne

PS: Hast du die Fallvignette schon vorbereitet oder machen die das spontan?
""",
)

_tus_mv = m(
    "tu4d",
    "2026-01-14 19:00",
    TUS,
    "Einladung zur Abteilungsversammlung am 05.02.2026",
    N(),
    text="""Liebe Mitglieder der Volleyballabteilung,

hiermit laden wir euch satzungsgemäß zur ordentlichen Abteilungsversammlung ein:

Donnerstag, 05.02.2026, 19:30 Uhr
Vereinsheim TuS Ehrenfeld, Ottostraße 71, 50823 Köln

Tagesordnung:
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Bericht der Abteilungsleitung
3. Kassenbericht und Entlastung
4. Wahlen (Abteilungsleitung, Jugendwart*in)
5. Hallenzeiten 2026 / Mixed-Team in der Bezirksklasse
6. Verschiedenes

Anträge bitte bis 29.01. an die Abteilungsleitung. Einen Kalendereintrag findet ihr im Anhang.

Sportliche Grüße
Tobi & Melli
Abteilungsleitung Volleyball
""",
    ics=ics(
        "tus-volleyball-av-2026@tus-ehrenfeld.example",
        "2026-02-05 19:30",
        "Abteilungsversammlung Volleyball TuS Ehrenfeld",
        ("Abteilungsleitung Volleyball", "volleyball@tus-ehrenfeld.example"),
        minutes=120,
        location="Vereinsheim TuS Ehrenfeld, Ottostraße 71, 50823 Köln",
    ),
)

_ehrenamt1 = m(
    "eh1a",
    "2025-10-18 10:12",
    "Ehrenamtsbörse Köln <info@ehrenamt-koeln.example>",
    "Ihre Bewerbung als Ehrenamtliche: Lesepatin in der Kita",
    N(),
    text="""Liebe Frau Oberländer-Yilmaz,

vielen Dank für Ihr Interesse am Engagement "Lesepatin / Lesepate in Kitas in Ehrenfeld"!

Wir haben Ihre Anfrage an die Koordinatorin, Frau Steffens vom Mehrgenerationenhaus, weitergeleitet.
Sie wird sich für ein kurzes Kennenlerngespräch bei Ihnen melden. Für das Engagement wird ein
erweitertes Führungszeugnis benötigt – die Gebühr wird für Ehrenamtliche erlassen.

Herzlichen Dank für Ihre Bereitschaft, sich zu engagieren!

Ihre Ehrenamtsbörse Köln
""",
)

MAIL: list[dict[str, Any]] = [
    # --- Kerem ---
    m(
        "ke1a",
        "2025-09-02 12:31",
        KEREM,
        "Kita-Anmeldung",
        N(),
        text="""Hab grad mit der Kollegin gesprochen, die sagt Little Bird ist Pflicht in Köln, ohne das
geht gar nichts. Kannst du heute Abend mal schauen? Ich hab die Zugangsdaten nicht mehr.

K
""",
    ),
    m(
        "ke2b",
        "2025-09-30 16:48",
        KEREM,
        "Einkauf",
        N(),
        text="""Bin um 6 zuhause. Soll ich was mitbringen? Wir haben keine Windeln mehr glaub ich, und Emir will
seit Tagen nur noch Brezeln 🥨

Von meinem iPhone gesendet
""",
    ),
    m(
        "ke3c",
        "2025-10-21 10:04",
        KEREM,
        "viel Glück morgen!",
        N(),
        text="""Ich bring Emir morgen in die Krippe, dann musst du nicht hetzen. Du rockst das mit der
Auswahlaufgabe. Denk an deinen Ausweis 😉

Kerem
""",
    ),
    m(
        "ke4d",
        "2025-11-19 17:55",
        KEREM,
        "Und???",
        N(),
        text="""Wie war der Probetag in Leverkusen? Melde dich wenn du in der S-Bahn sitzt ❤️
""",
    ),
    m(
        "ke5e",
        "2025-12-19 13:02",
        KEREM,
        "Re: !!!!!!",
        N(),
        text="""JAAAAA!!! Ich wusste es!! 🎉🎉🎉

Heute Abend gehen wir essen, ich frag Mama ob sie Emir nimmt.

Bin so stolz auf dich
K

Am Fr., 19. Dez. 2025 um 12:41 schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
> Die vom Kreis haben gerade angerufen. RUF MICH AN
""",
        **th("<8a7b6c5d-4e3f-4210-9f8e-7d6c5b4a3928@posteo.de>"),
    ),
    m(
        "ke6f",
        "2026-01-07 08:12",
        KEREM,
        "Eingewöhnung Tag 3",
        N(),
        text="""Heute 1 Stunde ohne mich geschafft! Er hat mit Merve Knete gemacht und nur kurz geweint.
Ich hol ihn um 11 ab. Bis später
""",
    ),
    m(
        "ke7g",
        "2026-01-24 11:30",
        KEREM,
        "Fwd: Angebot Gebrauchtwagen",
        N(),
        text="""Guck mal, den Skoda hat der Händler in Bocklemünd noch. Wenn der Kredit von der Sparkasse noch
steht, könnten wir Samstag Probe fahren? Für Much brauchst du ja echt ein Auto.

---------- Forwarded message ---------
Von: Autohaus Bocklemünd <verkauf@autohaus-bocklemuend.example>
Date: Fr., 23. Jan. 2026 um 17:40
Subject: Angebot Gebrauchtwagen

Sehr geehrter Herr Yilmaz,
wie besprochen unser Angebot: Skoda Octavia Combi 1.5 TSI, EZ 04/2021, 58.000 km, 16.490 €
inkl. 12 Monate Garantie. Probefahrt nach Vereinbarung.
Mit freundlichen Grüßen
R. Thelen
""",
    ),
    m(
        "ke8h",
        "2026-02-14 09:00",
        KEREM,
        "❤️",
        N(),
        html="""<div dir="ltr">Tisch bei Maria ist um 19:30 reserviert. Babysitter ist organisiert (deine Mutter 😄).<br><br>Alles Liebe zum Valentinstag<br>K</div>""",
    ),
    # --- Mother ---
    m(
        "mu1a",
        "2025-09-07 18:20",
        MAMA,
        "Fotos vom Geburtstag",
        N(),
        text="""Liebe Frieda,

anbei ein paar Fotos von heute. Papa hat sich sehr über den Besuch gefreut, auch wenn er es
nicht so zeigt. Emir ist so groß geworden!

Und hast du dich jetzt eigentlich bei dieser Stelle im Jugendamt beworben? Papa meint, im
öffentlichen Dienst hättest du es später mal leichter mit der Rente.

Liebe Grüße, auch an Kerem
Mama
""",
        attach=[
            ("IMG_4471.jpg", "image/jpeg", "JFIF-placeholder"),
            ("IMG_4475.jpg", "image/jpeg", "JFIF-placeholder"),
        ],
    ),
    m(
        "mu2b",
        "2025-11-09 15:47",
        MAMA,
        "Weihnachten",
        N(),
        text="""Hallo ihr Lieben,

wie sieht es bei euch Weihnachten aus? Kommt ihr am 24. zu uns nach Mannheim? Ulli und Kai
kommen am 25. Wir könnten Emir das Kinderbett von damals aufbauen.

Bitte sagt mir bald Bescheid, wegen der Gans.

Mama
""",
    ),
    m(
        "mu3c",
        "2025-12-20 10:22",
        MAMA,
        "Herzlichen Glückwunsch!",
        N(),
        text="""Liebe Frieda,

Kerem hat uns gestern Abend angerufen – wir freuen uns so für dich! Papa hat gleich gegoogelt,
wo Much liegt 😄 Das ist ja ganz schön ländlich. Aber du wolltest ja immer mal raus aus der
Stadt.

Wir sehen uns am 24., wir holen euch vom Bahnhof ab.

Alles Liebe
Mama und Papa
""",
    ),
    m(
        "mu4d",
        "2026-02-22 19:10",
        MAMA,
        "Ostern",
        N(),
        text="""Liebe Frieda,

bevor du anfängst und keine Zeit mehr hast: Wollt ihr Ostern zu uns kommen? Oder sollen wir
mal zu euch nach Köln? Papa würde gern mal wieder in den Dom.

Mama
""",
    ),
    # --- Friends ---
    _jule1,
    _jule2,
    m(
        "jh3c",
        "2025-12-03 21:30",
        JULE,
        "erster Tag überlebt",
        N(),
        text="""Kurzes Lebenszeichen: Tag 3 in der EB. Ich hab heute Mittagspause gemacht. Eine GANZE
Stunde. Ich wusste gar nicht, dass das geht 😂

Wie läuft's bei dir mit den Bewerbungen? Drück dir die Daumen für Düsseldorf!!

J.
""",
    ),
    m(
        "sa1a",
        "2025-10-11 14:26",
        SEVGI,
        "Kitaleitung 😬",
        N(),
        text="""Hallo Frieda,

stell dir vor, ich werde Kitaleitung! Die alte Leitung geht in Rente und der Träger hat mich
gefragt, ob ich mich intern bewerben will. Das Gespräch mit der Fachberatung war am Donnerstag
und jetzt ist es offiziell, ab Januar. Ich hab voll Respekt davor, plötzlich Chefin von meinen
Kolleginnen zu sein...

Hast du Tipps? Du hast doch in der WG auch mal die Teamleitung vertreten.

Grüß Kerem und knuddel Emir!
Sevgi

---
Gesendet von WEB.DE Mail
""",
    ),
    m(
        "sa2b",
        "2025-10-13 08:02",
        SEVGI,
        "Re: Kitaleitung 😬",
        N(),
        text="""Danke dir, das hat echt geholfen!! Vor allem das mit den klaren Absprachen am Anfang. Ich schreib
mir das auf.

Und viel Glück bei deinen Bewerbungen, du schaffst das!!!

Sevgi

---
Gesendet von WEB.DE Mail
""",
    ),
    m(
        "bk1a",
        "2025-10-26 12:40",
        BASTI,
        "Abschied – ich geh nach Hamburg",
        N(),
        text="""Hallo zusammen,

einige wissen es schon: Ich habe meinen Job in der Wohngruppe gekündigt und fange zum 1.1. bei
einem Träger in Hamburg-Altona in der Straßensozialarbeit an. Lina hat dort eine Stelle an der
Uni bekommen und wir wollten eh näher ans Wasser 🌊

Abschiedsfeier: Samstag, 13.12., ab 19 Uhr im Hinterhof, Körnerstraße 44. Bringt gute Laune
mit, für Kölsch ist gesorgt.

Basti
""",
        to="Frieda <frieda.oberlaender@posteo.de>, Petra <petra.schmalenbach@gmx.de>, Mert <mert.oezkan@gmx.de>, Kalle <kalle.wiemer@web.de>",
    ),
    m(
        "bk2b",
        "2025-12-14 11:17",
        BASTI,
        "Danke für gestern!",
        N(),
        text="""Ihr Lieben, danke für den tollen Abend und das Fotoalbum von der Wohngruppe – ich hab heute
morgen echt geheult. Kommt mich besuchen!

Und Frieda: Wehe du meldest dich nicht, wenn es mit dem Kreis klappt!

Basti
""",
        to="Frieda <frieda.oberlaender@posteo.de>, Petra <petra.schmalenbach@gmx.de>, Mert <mert.oezkan@gmx.de>, Kalle <kalle.wiemer@web.de>",
    ),
    _anne1,
    m(
        "av2b",
        "2025-12-12 07:44",
        ANNE,
        "Re: Wie war's im Kreishaus?",
        N(),
        text="""Das klingt doch richtig gut!!! Wenn die Teamleitung schon so nett ist... 🤞🤞🤞

Sag Bescheid, sobald du was hörst. Und Samstag Weihnachtsmarkt steht, oder?

A.

Am Do., 11. Dez. 2025 um 19:20 Uhr schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
> Es lief gut glaube ich! Die Vignette war ein Klassiker (Meldung von der Schule, Kind mit
> Hämatom). Die Teamleitung hat am Ende gefragt, wann ich anfangen könnte. Jetzt heißt es warten.
""",
        **th(_anne1, "<4f5e6d7c-8b9a-40c1-b2d3-e4f5a6b7c8d9@posteo.de>"),
    ),
    m(
        "fr1a",
        "2025-11-15 16:22",
        "Lisa Brenner <lisa.brenner@gmx.net>",
        "Mädelsabend – Termin finden",
        N(),
        text="""Ihr Lieben,

es ist mal wieder Zeit! Ich hab eine Umfrage gemacht, tragt euch bitte bis Mittwoch ein:
https://nuudel.digitalcourage.de/Mx7q2KfB

Vorschläge: 28.11., 5.12. oder 12.12., jeweils bei mir in Sülz.

Lisa
""",
    ),
    m(
        "fr2b",
        "2026-01-03 13:50",
        "Carolin & Deniz <hochzeit.carolin.deniz@gmail.com>",
        "Save the Date: 20.06.2026",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center;color:#4a4a4a">
<p style="font-size:28px">Carolin &amp; Deniz</p>
<p>Wir heiraten!</p>
<p style="font-size:20px">20. Juni 2026 · Gut Leidenhausen, Köln-Porz</p>
<p>Die richtige Einladung folgt – haltet euch den Tag schon mal frei 💍</p>
</body></html>""",
    ),
    m(
        "fr3c",
        "2025-10-04 09:31",
        "Hatice Yilmaz <hatice.yilmaz@outlook.de>",
        "Nişan von Elif",
        N(),
        text="""Liebe Frieda,

Elif und Murat feiern am 8. November ihre Verlobung (nişan) bei uns in Kalk, ab 17 Uhr. Ihr seid
natürlich alle eingeladen, Emir auch! Sag Kerem bitte, er soll nicht wieder zu spät kommen 😄

Tante Hatice
""",
    ),
    m(
        "li1a",
        "2026-01-28 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Jule Hamacher zur neuen Position",
        N(),
        html="""<html><body style="font-family:-apple-system,system-ui,sans-serif">
<table width="512" align="center" cellpadding="16"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo-email.png" alt="LinkedIn" width="84">
<p><b>Jule Hamacher</b> hat eine neue Position angetreten: <b>Beraterin bei Erziehungsberatungsstelle Leverkusen-Opladen</b></p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7291?trk=eml-job_change" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Gratulieren</a></p>
<p style="font-size:12px;color:#666">Diese E-Mail war für Friederike Oberländer-Yilmaz. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Abbestellen</a><br>© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?t=jc>"
        },
    ),
    # --- Current job (the Wohngruppe): rota and team mail to the private address ---
    m(
        "wg1a",
        "2025-11-21 14:30",
        "Petra Schmalenbach <p.schmalenbach@veedel-jugendhilfe.example>",
        "Dienstplan Dezember – bitte checken",
        N(),
        text="""Hallo zusammen,

anbei der Dienstplan für Dezember. Wegen der vielen Krankheitsausfälle sind die Nachtdienste
leider etwas dichter. Tauschwünsche bitte bis 28.11. an mich.

Weihnachten: Frieda hat Frei vom 23.-26., dafür Silvester-Nachtdienst (danke dir!!).

Viele Grüße
Petra

Petra Schmalenbach · Teamleitung Wohngruppe Subbelrather Straße
Veedel Jugendhilfe gGmbH
""",
        to="Team WG Subbelrather <team-wg-subbelrather@veedel-jugendhilfe.example>",
        cc="Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>",
        attach=[("Dienstplan_WG_2025-12.pdf", "application/pdf", "%PDF-1.4\n% Dienstplan\n")],
    ),
    m(
        "wg2b",
        "2026-01-22 09:15",
        "Petra Schmalenbach <p.schmalenbach@veedel-jugendhilfe.example>",
        "Dienstplan Februar + Teamtag",
        N(),
        text="""Hallo zusammen,

Dienstplan Februar hängt an. Bitte vormerken: Teamtag am 11.02. (ganztägig, Supervision mit
Herrn Oster + Fallbesprechung Jonas/Mert). Ersatzdienst macht der Springerpool.

@Frieda: Ich hab deine Stunden im März schon so geplant, dass du deinen Resturlaub nehmen
kannst. Sprechen wir nächste Woche über die Übergabe deiner Bezugsjugendlichen?

Petra
""",
        to="Team WG Subbelrather <team-wg-subbelrather@veedel-jugendhilfe.example>",
        cc="Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>",
        attach=[("Dienstplan_WG_2026-02.pdf", "application/pdf", "%PDF-1.4\n% Dienstplan\n")],
    ),
    m(
        "wg3c",
        "2025-12-01 19:02",
        "Mert Özkan <mert.oezkan@gmx.de>",
        "Wichtel-Liste Weihnachtsfeier",
        N(),
        text="""Heyyy, hier ist die Wichtel-Auslosung für die Teamfeier am 17.12.! Jede*r hat eine*n
zugelost bekommen, Limit 15 €. Frieda – du hast Kalle 😂 Viel Glück, der mag nur Gummibärchen.

Bitte nicht verraten!!
Mert
""",
    ),
    # --- Sports club ---
    m(
        "tu1a",
        "2025-09-04 20:15",
        TUS,
        "Training ab 8.9. wieder in der Halle Piusstraße",
        N(),
        text="""Hallo ihr Lieben,

die Sommerpause ist vorbei! Ab Montag, 08.09., trainieren wir wieder in der Halle Piusstraße:
Mixed (Hobby): montags 20:00–22:00 Uhr.

Bitte denkt an saubere Hallenschuhe, der Hausmeister hat sich letztes Jahr beschwert.

Tobi & Melli
""",
    ),
    m(
        "tu2b",
        "2025-10-28 12:02",
        "TuS Ehrenfeld 1898 e.V. <geschaeftsstelle@tus-ehrenfeld.example>",
        "Beitragseinzug 2. Halbjahr 2025",
        N(),
        text="""Liebes Mitglied,

der Mitgliedsbeitrag für das 2. Halbjahr 2025 in Höhe von 72,00 € (Erwachsene, Abteilung
Volleyball) wird am 15.11.2025 per SEPA-Lastschrift eingezogen.
Gläubiger-ID: DE98ZZZ00000471122, Mandatsreferenz: TUS-2019-0881.

Mit sportlichen Grüßen
Geschäftsstelle TuS Ehrenfeld 1898 e.V.
""",
    ),
    m(
        "tu3c",
        "2025-11-30 18:44",
        TUS,
        "Weihnachts-Turnier & Glühwein 🎄🏐",
        N(),
        text="""Hallo zusammen,

am Montag, 15.12., machen wir statt Training unser legendäres Weihnachtsturnier mit gemischten
Teams. Danach Glühwein und Plätzchen in der Halle. Wer Lust hat, bringt was zu essen mit –
Liste hier: https://nuudel.digitalcourage.de/Kq82PlzT

Tobi
""",
    ),
    _tus_mv,
    m(
        "tu5e",
        "2026-02-09 21:12",
        TUS,
        "Training fällt aus (Karneval)",
        N(),
        text="""Kurze Info: An Rosenmontag (16.02.) ist die Halle zu. Kein Training! Alaaf 🎭

Melli
""",
    ),
    # --- Neighbours, classifieds, volunteering, Kita parents ---
    m(
        "nb1a",
        "2025-10-03 17:22",
        "nebenan.de <benachrichtigung@nebenan.de>",
        "Neu in Ehrenfeld-Nord: Suche Babysitterin für Dienstagabende",
        N(),
        text="""Hallo Friederike,

in deiner Nachbarschaft Ehrenfeld-Nord gibt es neue Beiträge:

Suche Babysitterin für Dienstagabende – Marie K.
"Wir suchen für unseren Sohn (4) eine liebe Babysitterin, ca. 2x im Monat, 15 €/Std. ..."

Verschenke Kinderwagen (Bugaboo, gebraucht) – Tom S.

Flohmarkt im Hof Simrockstraße am Samstag – Nachbarschaftsinitiative

Zu den Beiträgen: https://nebenan.de/feed?utm_source=digest

Deine Nachbarschaft auf nebenan.de
""",
        headers={"List-Unsubscribe": "<https://nebenan.de/settings/notifications?unsub=digest>"},
    ),
    m(
        "nb2b",
        "2025-12-06 09:10",
        "nebenan.de <benachrichtigung@nebenan.de>",
        "Marie K. hat dir eine Nachricht geschickt",
        N(),
        text="""Marie K. schreibt:

"Hi Friederike, danke nochmal für den Kinderwagen-Tipp! Falls ihr mal einen Babysitter-
Austausch machen wollt – wir wohnen ja nur drei Häuser weiter 😊"

Antworten: https://nebenan.de/messages/2281930

Deine Nachbarschaft auf nebenan.de
""",
    ),
    m(
        "ka1b",
        "2025-12-12 21:40",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        'Neue Nachricht zu "Puky Laufrad LR M blau"',
        N(),
        text="""Hallo Friederike,

Markus R. hat dir eine Nachricht zu deiner Anfrage geschrieben:

"Hallo, das Laufrad ist noch da. Abholung in Bickendorf am Sonntag ab 14 Uhr möglich, oder
PayPal + Versand für 6,99. VG"

Antworten: https://www.kleinanzeigen.de/m-nachrichten.html

Dein Kleinanzeigen-Team
""",
    ),
    m(
        "ka2c",
        "2026-01-18 16:55",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        'Deine Anzeige "Babyschale Maxi-Cosi Pebble" ist online',
        N(),
        text="""Hallo Friederike,

deine Anzeige "Babyschale Maxi-Cosi Pebble + FamilyFix Station" ist jetzt online.
Preis: 60 € VB · Anzeigennummer 2931877402

Tipp: Mit einem "Hochschieben" wird deine Anzeige wieder ganz oben angezeigt.

Dein Kleinanzeigen-Team
""",
    ),
    _ehrenamt1,
    m(
        "eh2b",
        "2025-10-29 15:33",
        "Ingrid Steffens <i.steffens@mgh-ehrenfeld.example>",
        "Lesepatenschaft – Kennenlerngespräch",
        N(),
        text="""Liebe Frau Oberländer-Yilmaz,

die Ehrenamtsbörse hat mir Ihre Anfrage weitergeleitet, wie schön! Hätten Sie Lust, am Dienstag,
04.11., um 17 Uhr auf einen Tee ins Mehrgenerationenhaus zu kommen? Dann erzähle ich Ihnen, wie
die Lesepatenschaften ablaufen, und wir schauen, welche Kita zeitlich zu Ihnen passt.

Herzliche Grüße
Ingrid Steffens
Koordination Ehrenamt, Mehrgenerationenhaus Ehrenfeld
""",
        **th(_ehrenamt1),
    ),
    m(
        "el1k",
        "2026-01-12 20:14",
        "Elternrat Regenbogenland <elternrat@kita-regenbogenland.example>",
        "Elterndienste Januar + Putzplan",
        N(),
        text="""Liebe Eltern,

willkommen an alle neuen Familien in der Igel-Gruppe! 🦔

Anbei der Elterndienstplan für Januar. Familie Oberländer-Yilmaz: Ihr seid für die Wäsche in
KW 4 eingeteilt (Handtücher + Lätzchen, Abholung freitags). Wer tauschen muss, bitte direkt
untereinander absprechen.

Die nächste Mitgliederversammlung ist am 29.01. um 20 Uhr (Kita, Raum Eule).

Liebe Grüße
Lena für den Elternrat
""",
    ),
    m(
        "el2l",
        "2026-02-10 13:05",
        "Kita Regenbogenland <leitung@kita-regenbogenland.example>",
        "Elternbrief Februar: Karneval in der Kita",
        N(),
        html="""<html><body style="font-family:Comic Sans MS,Arial,sans-serif">
<p>Liebe Eltern,</p>
<p>am <b>Weiberfastnacht (12.02.)</b> feiern wir Karneval in der Kita! Die Kinder dürfen verkleidet kommen (bitte keine Waffen/Schwerter). Für das Buffet freuen wir uns über Berliner, Obst oder Gemüsesticks.</p>
<p>Am <b>Rosenmontag und Veilchendienstag</b> ist die Kita geschlossen.</p>
<p>Alaaf und liebe Grüße<br>Ihr Regenbogen-Team</p>
</body></html>""",
    ),
    m(
        "dg1m",
        "2026-02-01 10:38",
        "Lena Hoffmeister <lena.hoffmeister@web.de>",
        "Kindergeburtstag Paul 🎈",
        N(),
        text="""Hallo liebe Igel-Eltern,

unser Paul wird am 21.02. drei und möchte ganz unbedingt mit seinen Kita-Freunden feiern! Wir
laden Emir herzlich ein: Samstag, 21.02., 15–17:30 Uhr, Indoorspielplatz "Rappelkiste" in
Bickendorf. Eltern sind natürlich auch eingeladen (Kaffee!).

Bitte kurze Rückmeldung bis 14.02.

Lena & Jan
""",
    ),
    # --- Flat and house ---
    m(
        "hv1a",
        "2025-10-15 11:00",
        "Hausverwaltung Rheinblick <info@hv-rheinblick.example>",
        "Ankündigung: Ablesung Heizkostenverteiler 04.11.",
        N(),
        text="""Sehr geehrte Mieterinnen und Mieter,

am Dienstag, 04.11.2025, zwischen 8:00 und 12:00 Uhr werden die Heizkostenverteiler und
Wasserzähler in allen Wohnungen der Subbelrather Str. 318 abgelesen. Sollten Sie nicht
anwesend sein, hinterlegen Sie bitte einen Schlüssel bei Nachbarn oder vereinbaren Sie einen
Ersatztermin.

Mit freundlichen Grüßen
Hausverwaltung Rheinblick GmbH
""",
    ),
    m(
        "hv2b",
        "2026-02-16 09:44",
        "Hausverwaltung Rheinblick <info@hv-rheinblick.example>",
        "Betriebskostenabrechnung 2025",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz, sehr geehrter Herr Yilmaz,

anbei erhalten Sie die Betriebskostenabrechnung für den Zeitraum 01.01.–31.12.2025. Es ergibt
sich eine Nachzahlung in Höhe von 214,37 €, zahlbar bis 31.03.2026. Die monatliche
Vorauszahlung erhöht sich ab April um 18,00 €.

Mit freundlichen Grüßen
Hausverwaltung Rheinblick GmbH
""",
        attach=[("BK-Abrechnung_2025_WE07.pdf", "application/pdf", "%PDF-1.4\n% Abrechnung\n")],
    ),
    # --- Services ---
    m(
        "za1a",
        "2025-11-05 08:03",
        "Zahnarztpraxis Dr. Lemke <praxis@zahnarzt-lemke.example>",
        "Erinnerung: Ihre Prophylaxe am 12.11.2025",
        N(),
        text="""Guten Tag Frau Oberländer-Yilmaz,

wir erinnern Sie an Ihren Termin zur professionellen Zahnreinigung am Mittwoch, 12.11.2025,
um 07:30 Uhr. Bitte sagen Sie spätestens 24 Stunden vorher ab, falls Sie verhindert sind.

Ihr Praxisteam Dr. Lemke
""",
    ),
    m(
        "go1a",
        "2025-10-19 23:12",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        N("en"),
        text="""A new sign-in on Linux

frieda.oy.fotos@gmail.com

We noticed a new sign-in to your Google Account on a Linux device. If this was you, you don't
need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and
services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    ),
    m(
        "po1a",
        "2025-12-29 10:00",
        "Posteo <info@posteo.de>",
        "Ihr Posteo-Konto: Guthaben für 2026",
        N(),
        text="""Hallo,

Ihr Posteo-Guthaben reicht noch bis zum 28.02.2026. Damit Ihr Postfach ohne Unterbrechung
weiterläuft, laden Sie bitte rechtzeitig Guthaben auf (1 Euro im Monat).

Posteo e.K. · Methfesselstr. 38 · 10965 Berlin
""",
    ),
    m(
        "vh1a",
        "2025-09-12 16:30",
        "VHS Köln <anmeldung@vhs-koeln.example>",
        "Anmeldebestätigung: Türkisch A2 – Kursnummer 25H-4412",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

hiermit bestätigen wir Ihre Anmeldung zum Kurs:

Türkisch A2 (Fortsetzung)
Kursnummer: 25H-4412 · 12 Termine, donnerstags 18:30–20:00 Uhr
Beginn: 25.09.2025 · Ort: VHS-Studienhaus, Cäcilienstraße 35, Raum 214
Entgelt: 118,00 € (wird per Lastschrift eingezogen)

Mit freundlichen Grüßen
Volkshochschule Köln
""",
    ),
    m(
        "zl1a",
        "2025-10-27 18:20",
        "Zalando <info@service-mail.zalando.de>",
        "Deine Bestellung ist unterwegs",
        N(),
        text="""Hallo Friederike,

gute Nachrichten: Deine Bestellung 10109923847217 ist unterwegs!

- Winterstiefel Kinder, Gr. 25 (Affenzahn)
- Regenjacke Damen, Gr. M (Derbe)

Voraussichtliche Lieferung: Mi. 29.10. – Do. 30.10.

Sendung verfolgen: https://www.zalando.de/myaccount/orders/10109923847217

Dein Zalando Team
""",
    ),
    m(
        "lf1a",
        "2025-11-28 19:42",
        "Lieferando.de <noreply@lieferando.de>",
        "Deine Bestellung bei Pizzeria Da Toni wird zubereitet",
        N(),
        text="""Danke für deine Bestellung, Friederike!

Pizzeria Da Toni · Venloer Str.
1x Pizza Margherita (klein)
1x Pizza Diavola
1x Tiramisu
Gesamt: 29,40 € (bezahlt mit PayPal)

Voraussichtliche Lieferzeit: 20:15 – 20:35

Lieferando.de
""",
    ),
    m(
        "kz1a",
        "2025-09-28 10:05",
        "Kölner Zoo <tickets@koelnerzoo-shop.example>",
        "Ihre Jahreskarte Familie ist da",
        N(),
        text="""Liebe Familie Oberländer-Yilmaz,

vielen Dank für den Kauf Ihrer Familien-Jahreskarte (2 Erwachsene + Kinder bis 17 Jahre),
gültig vom 28.09.2025 bis 27.09.2026.

Ihre digitale Karte finden Sie im Anhang. Bitte zeigen Sie sie beim Einlass zusammen mit einem
Lichtbildausweis vor.

Viel Spaß beim Entdecken!
Ihr Kölner Zoo
""",
        attach=[
            ("Jahreskarte_Familie_ZK-77120.pdf", "application/pdf", "%PDF-1.4\n% Jahreskarte\n")
        ],
    ),
    m(
        "kt1a",
        "2025-11-08 12:31",
        "KölnTicket <service@koelnticket.example>",
        "Ihre Tickets: Cat Ballou – Weihnachtskonzert",
        N(),
        text="""Vielen Dank für Ihre Bestellung!

Cat Ballou – Weihnachtskonzert
Sa, 20.12.2025, 20:00 Uhr · Palladium Köln
2x Stehplatz à 39,90 € (inkl. Gebühren)

Bestellnummer: KT-8821-44710
Ihre Tickets finden Sie als PDF im Anhang.

Ihr KölnTicket-Team
""",
        attach=[("Tickets_KT-8821-44710.pdf", "application/pdf", "%PDF-1.4\n% Tickets\n")],
    ),
    m(
        "lh1a",
        "2026-02-12 18:03",
        "Lohnsteuerhilfe Rhein e.V. <beratung@lohnsteuerhilfe-rhein.example>",
        "Ihre Unterlagen für die Steuererklärung 2025",
        N(),
        text="""Sehr geehrte Frau Oberländer-Yilmaz,

damit wir Ihre Einkommensteuererklärung 2025 vorbereiten können, laden Sie bitte bis Ende
April folgende Unterlagen in Ihr Mitgliederportal hoch:

- Lohnsteuerbescheinigung 2025
- Belege über Fortbildungskosten und Fachliteratur (z. B. SGB-VIII-Kommentar)
- Nachweise über Kinderbetreuungskosten (Kita-Beiträge)
- Fahrten zur ersten Tätigkeitsstätte

Hinweis: Bei einem Arbeitgeberwechsel im Jahr 2026 denken Sie bitte an die Fahrtkosten und
ggf. Umzugskosten – das betrifft dann aber erst die Erklärung 2026.

Mit freundlichen Grüßen
Ihre Beratungsstelle Köln-Ehrenfeld
""",
    ),
    m(
        "ap1a",
        "2026-01-29 11:48",
        "Rosen-Apotheke Ehrenfeld <bestellung@rosen-apotheke-koeln.example>",
        "Ihre Vorbestellung liegt bereit",
        N(),
        text="""Guten Tag Frau Oberländer-Yilmaz,

Ihre Vorbestellung (Nurofen Junior Fiebersaft 100 ml, Emser Nasenspray) liegt ab sofort zur
Abholung bereit. Abholnummer: 0472.

Gute Besserung!
Ihre Rosen-Apotheke, Venloer Str. 301
""",
    ),
    m(
        "ku1a",
        "2025-10-16 20:22",
        "Kinderturnen TuS <kinderturnen@tus-ehrenfeld.example>",
        "Eltern-Kind-Turnen: Warteliste",
        N(),
        text="""Liebe Eltern,

vielen Dank für euer Interesse am Eltern-Kind-Turnen (1-3 Jahre, samstags 10 Uhr). Die Gruppe
ist leider voll. Wir haben Emir auf die Warteliste gesetzt (Platz 6). Sobald etwas frei wird,
melden wir uns!

Sportliche Grüße
Andrea, Übungsleiterin
""",
    ),
    m(
        "gp1a",
        "2025-11-23 09:00",
        "Google Photos <noreply-photos@google.com>",
        "Rediscover this day: November 23, 2023",
        N("en"),
        html="""<html><body style="font-family:Roboto,Arial,sans-serif">
<table width="520" align="center" cellpadding="16"><tr><td>
<p style="font-size:20px">Rediscover this day</p>
<p>You have 14 photos from November 23, 2023.</p>
<p><a href="https://photos.google.com/memories?utm_source=email">View memories</a></p>
<p style="font-size:11px;color:#777">Google LLC · <a href="https://photos.google.com/settings">Notification settings</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "pf1a",
        "2025-12-16 17:40",
        "Prof. Dr. Claudia Reimers <c.reimers@th-koeln.example>",
        "Re: Anfrage Gastvortrag im Sommersemester",
        N(),
        text="""Liebe Frau Oberländer-Yilmaz,

wie schön, von Ihnen zu hören – ich erinnere mich gut an Ihre Bachelorarbeit zur Partizipation
in Wohngruppen. Ein Praxisbericht in meinem Seminar "Stationäre Hilfen" im Sommersemester wäre
großartig. Passt Ihnen der 12. Mai (14-15:30 Uhr)? Ein kleines Honorar ist möglich.

Herzliche Grüße und schöne Feiertage
Claudia Reimers

Prof. Dr. Claudia Reimers
Fakultät für Angewandte Sozialwissenschaften
""",
        **th("<6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d@posteo.de>"),
    ),
    m(
        "ke9i",
        "2025-10-22 13:40",
        KEREM,
        "Re: viel Glück morgen!",
        N(),
        text="""Und?? Wie war's? Hast du alles geschafft? 😬 Ich hol dich um 18 Uhr in Deutz ab, dann gehen wir
ein Kölsch trinken.

Am Di., 21. Okt. 2025 um 22:03 schrieb Frieda Oberländer-Yilmaz <frieda.oberlaender@posteo.de>:
> Danke Schatz ❤️ Ich bin so nervös.
""",
        **th("<0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@posteo.de>"),
    ),
    m(
        "jh4d",
        "2026-01-13 19:50",
        JULE,
        "Glückwunsch!!!!!!",
        N(),
        text="""Frieda!!! Kerem hat's mir verraten, ich hoffe das war okay 😅 ASD im Kreis, das ist so toll. Und
Much ist wirklich schön, da war ich mal auf Wanderung.

Tipp von einer, die sieben Jahre ASD gemacht hat: Lass dir die Einarbeitung schriftlich geben und
nimm am Anfang NIEMALS Rufbereitschaft an, auch wenn sie betteln.

Feiern wir? Ich lad dich ein!
J.
""",
    ),
    m(
        "pd1a",
        "2025-11-06 07:00",
        "Kinder, Kinder – der Elternpodcast <hallo@kinderkinder-podcast.example>",
        "Neue Folge: Im Interview – eine Kita-Leiterin über die Eingewöhnung",
        N(),
        text="""Hallo ihr Lieben,

in der neuen Folge sprechen wir mit Kita-Leiterin Sabine Krüger über die Eingewöhnung: Berliner
oder Münchener Modell? Was tun, wenn das Kind nach drei Wochen immer noch weint? Und warum
Eltern manchmal mehr Eingewöhnung brauchen als ihre Kinder.

Jetzt anhören: https://kinderkinder-podcast.example/folge-88

Eure Kinder, Kinder-Crew
Abmelden: https://kinderkinder-podcast.example/newsletter/abmelden
""",
        headers={
            "List-Unsubscribe": "<https://kinderkinder-podcast.example/newsletter/abmelden?u=12>"
        },
    ),
    m(
        "fh1b",
        "2026-02-03 10:15",
        "Ferienhaus Dünenblick <gastgeber@duenenblick-zingst.example>",
        "Ihre Anreise im Mai",
        N(),
        text="""Liebe Frau Oberländer-Yilmaz,

vielen Dank für Ihre Buchung über Booking.com. Das Babybett steht für Sie bereit, einen
Hochstuhl haben wir auch. Bettwäsche und Handtücher sind inklusive.

Die Schlüsselübergabe erfolgt über einen Schlüsselsafe, den Code schicke ich Ihnen eine Woche
vor Anreise.

Herzliche Grüße von der Ostsee
Birte Hansen
""",
    ),
    m(
        "kd1a",
        "2025-12-02 08:00",
        "Kinderarztpraxis Dr. Aksoy <praxis@kinderarzt-aksoy.example>",
        "Impferinnerung für Emir",
        N(),
        text="""Liebe Eltern,

laut unseren Unterlagen steht für Emir die Auffrischung der Masern-Mumps-Röteln-Impfung bzw.
die Vorsorgeuntersuchung U7 an. Bitte vereinbaren Sie online über Doctolib oder telefonisch
einen Termin (0221 58 22 41).

Ihr Praxisteam Dr. Aksoy
""",
    ),
    m(
        "db5m",
        "2026-01-05 09:00",
        "BahnBonus <bahnbonus@bahn.de>",
        "Ihr BahnBonus-Jahresrückblick 2025",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="16"><tr><td>
<h2 style="color:#ec0016">Ihr Jahr mit der Bahn</h2>
<p>Liebe Friederike Oberländer-Yilmaz,</p>
<p>2025 sind Sie 2.318 km mit uns gereist und haben 412 Prämienpunkte gesammelt. Lösen Sie Ihre Punkte z. B. für ein Upgrade in die 1. Klasse ein.</p>
<p><a href="https://www.bahn.de/bahnbonus/praemien?cmp=jr25">Prämien ansehen</a></p>
<p style="font-size:11px;color:#777">DB Fernverkehr AG · <a href="https://www.bahn.de/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.bahn.de/newsletter/abmelden?u=bb>"},
    ),
]
