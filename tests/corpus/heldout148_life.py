# ruff: noqa: E501, RUF100
"""Corpus 148, personal mail: Meisterschule, family, friends, football club, the current
employer's day-to-day mail (data only): see heldout148.py."""

from __future__ import annotations

from heldout148_jobs import N, after, ics, m, q

MS = "Bildungszentrum des Handwerks – Meisterschule <meisterschule@bz-handwerk-leipzig.example>"
MS_FOOT = """\
Bildungszentrum des Handwerks Leipzig gGmbH · Meisterschule Elektrotechnik
Dresdner Straße 11–13 · 04103 Leipzig · Tel. 0341 2 18 80-400
Ein Unternehmen der Handwerkskammer zu Leipzig"""

ms_plan = m(
    "y01",
    "2025-09-04 15:30",
    MS,
    "Stundenplan Meistervorbereitung Elektrotechnik Teil I/II – Kurs E-25-TZ",
    N(),
    text="""\
Sehr geehrte Teilnehmerinnen und Teilnehmer des Kurses E-25-TZ,

herzlich willkommen zum zweiten Lehrgangsjahr! Anbei erhalten Sie den Stundenplan für das Wintersemester 2025/26 (Teil II, Handlungsfelder 1–3).

Unterricht: dienstags und donnerstags 17:30–20:45 Uhr, jeden zweiten Samstag 08:00–13:15 Uhr
Beginn: Dienstag, 09.09.2025, Raum 2.07
Klausurwochen: KW 50/2025 und KW 8/2026

Für den ersten Termin haben wir Ihnen eine Kalendereinladung beigefügt. Bitte bringen Sie Ihr Tabellenbuch und einen zugelassenen Taschenrechner mit.

Mit freundlichen Grüßen
Ines Wachsmuth
Lehrgangsbetreuung Meisterschule

"""
    + MS_FOOT,
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000030F5E7D8A91ADC01000000000000000010000000E2C6",
        "2025-09-09 17:30",
        "Meisterkurs E-25-TZ: Auftakt Teil II (HF 1)",
        ('"Wachsmuth, Ines"', "meisterschule@bz-handwerk-leipzig.example"),
        minutes=195,
        style="outlook",
        location="Bildungszentrum, Raum 2.07",
    ),
    attach=[("Stundenplan_E-25-TZ_WS2526.pdf", "application/pdf", "%PDF-1.4\n% Stundenplan\n")],
)

ms_fee = m(
    "y02",
    "2025-09-16 10:14",
    "Bildungszentrum des Handwerks – Buchhaltung <rechnung@bz-handwerk-leipzig.example>",
    "Rechnung Nr. 25-30771 – Lehrgangsgebühr 3. Rate",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

anbei erhalten Sie die Rechnung über die 3. Rate der Lehrgangsgebühr für den Meistervorbereitungslehrgang Elektrotechnik (Kurs E-25-TZ) in Höhe von 1.480,00 €. Zahlbar bis 30.09.2025.

Sollten Sie Aufstiegs-BAföG beantragt haben, reichen Sie die Rechnung bitte bei der Förderstelle ein.

Mit freundlichen Grüßen
Buchhaltung
""",
    attach=[("Rechnung_25-30771.pdf", "application/pdf", "%PDF-1.4\n% Rechnung\n")],
)

ms_room = m(
    "y03",
    "2025-10-07 12:02",
    MS,
    "Kurs E-25-TZ: Raumänderung Do 09.10. und Ausfall Di 14.10.",
    N(),
    text="""\
Liebe Teilnehmende,

bitte beachten Sie:
– Donnerstag, 09.10.: Unterricht ausnahmsweise in Raum 1.12 (Labor Elektrotechnik)
– Dienstag, 14.10.: Der Unterricht bei Herrn Weißbach entfällt krankheitsbedingt. Der Stoff wird am Samstag, 18.10., nachgeholt.

Mit freundlichen Grüßen
Ines Wachsmuth
""",
)

ms_hw = m(
    "y04",
    "2025-10-21 22:47",
    "Olaf Weißbach <o.weissbach@bz-handwerk-leipzig.example>",
    "HF1: Hausaufgabe Beleuchtungsplanung + Unterlagen Kap. 4",
    N(),
    text="""\
Guten Abend zusammen,

wie heute besprochen: Bis Donnerstag nächster Woche bitte die Beleuchtungsplanung für das Bürogebäude (Aufgabe 4.3) fertig machen, Wirkungsgradverfahren, Wartungsfaktor 0,8. Wer mag, kann es auch mit DIALux rechnen, dann aber bitte trotzdem den Rechenweg von Hand zeigen – in der Prüfung habt ihr auch keinen Laptop.

Die Folien zu Kapitel 4 (Sicherheitsbeleuchtung) hängen an.

Gruß
O. Weißbach
""",
    attach=[("HF1_Kap4_Sicherheitsbeleuchtung.pdf", "application/pdf", "%PDF-1.4\n% Folien\n")],
)

ms_exam = m(
    "y05",
    "2025-11-25 09:30",
    MS,
    "Übungsklausuren Teil II – Termine KW 50",
    N(),
    text="""\
Liebe Teilnehmende des Kurses E-25-TZ,

die Übungsklausuren zu den Handlungsfeldern 1 und 2 finden statt am

Samstag, 13.12.2025, 08:00–12:00 Uhr (HF 1: Elektro- und informationstechnische Systeme)
Dienstag, 16.12.2025, 17:30–20:30 Uhr (HF 2: Auftragsabwicklung)

Zugelassene Hilfsmittel: Tabellenbuch (ohne eigene Notizen), nicht programmierbarer Taschenrechner, Formelsammlung des Bildungszentrums.

Mit freundlichen Grüßen
Ines Wachsmuth

"""
    + MS_FOOT,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F0B4D6C2E26ADC01000000000000000010000000A7E9",
        "2025-12-13 08:00",
        "Übungsklausur HF 1 – Kurs E-25-TZ",
        ('"Wachsmuth, Ines"', "meisterschule@bz-handwerk-leipzig.example"),
        minutes=240,
        style="outlook",
        location="Bildungszentrum, Raum 3.01",
    ),
)

ms_results = m(
    "y06",
    "2025-12-18 16:20",
    "Olaf Weißbach <o.weissbach@bz-handwerk-leipzig.example>",
    "Ergebnisse Übungsklausur HF1",
    N(),
    text="""\
Hallo zusammen,

die Ergebnisse der Übungsklausur HF1 hängen im Kursraum aus (nach Teilnehmernummer). Schnitt 71 Punkte, also ordentlich. Wer unter 50 liegt, bitte im Januar einmal bei mir melden, dann schauen wir gemeinsam drauf.

Schöne Feiertage!
O. Weißbach
""",
)

ms_jan = m(
    "y07",
    "2026-01-06 07:55",
    MS,
    "Unterrichtsbeginn 08.01. und Hinweis Winterdienst",
    N(),
    text="""\
Liebe Teilnehmende,

wir wünschen Ihnen ein gesundes neues Jahr! Der Unterricht beginnt wieder am Donnerstag, 08.01.2026. Bitte beachten Sie, dass der hintere Parkplatz wegen des Winterdienstes bis auf Weiteres nur eingeschränkt nutzbar ist.

Mit freundlichen Grüßen
Ihre Lehrgangsbetreuung
""",
)

ms_reg = m(
    "y08",
    "2026-01-22 14:40",
    "Handwerkskammer – Meisterprüfungsausschuss <pruefung@hwk-meisterpruefung.example>",
    "Eingangsbestätigung: Ihre Anmeldung zur Meisterprüfung Teil III und IV",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

Ihre Anmeldung zur Meisterprüfung im Elektrotechniker-Handwerk (Teil III: Betriebswirtschaft und Recht; Teil IV: Berufs- und Arbeitspädagogik) ist bei uns eingegangen.

Die Zulassung wird nach Prüfung Ihrer Unterlagen erteilt. Die Prüfungsgebühr in Höhe von 395,00 € wird mit dem Zulassungsbescheid fällig. Die Prüfungstermine teilen wir Ihnen mit der Zulassung mit.

Mit freundlichen Grüßen
Geschäftsstelle Meisterprüfungsausschüsse
""",
)

ms_party = m(
    "y09",
    "2025-12-10 21:03",
    "Sven Hänsel <sven.haensel@gmx.de>",
    "Weihnachtsfeier Klasse E-25 – Fr 19.12. Bowling",
    N(),
    text="""\
Servus ihr Lieben,

wie am Dienstag abgestimmt: Weihnachtsfeier am Freitag 19.12. ab 18 Uhr, Bowlingcenter am Kulkwitzer See, danach Essen. Bahn ist für 12 Leute reserviert. Wer noch nicht Bescheid gesagt hat, bitte bis Montag bei mir melden. 15 € pro Nase für die Bahn, Rest zahlt jeder selbst.

Sven
""",
    to="Klasse E-25-TZ <e25-tz@bz-handwerk-leipzig.example>",
)

sven1 = m(
    "y10",
    "2025-10-28 22:12",
    "Sven Hänsel <sven.haensel@gmx.de>",
    "Lerngruppe Mittwoch?",
    N(),
    text="""\
Hey Ronny,

hast du Lust, dass wir uns ab jetzt mittwochs zum Lernen treffen? Mandy und Kevin sind auch dabei. Bei mir in Kleinzschocher, 18 Uhr, ich hab den großen Tisch. HF1 Schutzmaßnahmen und Kurzschlussstromberechnung würde ich vorschlagen, da hatten wir alle Probleme.

Sven
""",
)

sven2 = m(
    "y11",
    "2025-11-30 18:25",
    "Sven Hänsel <sven.haensel@gmx.de>",
    "Altklausuren HF2",
    N(),
    text="""\
Hier die Altklausuren HF2 von 2022 und 2023, hab ich von einem aus dem letzten Kurs. Lösungen sind teilweise dabei, aber nicht alles stimmt da glaube ich.

Sven
""",
    attach=[
        ("HF2_2022.pdf", "application/pdf", "%PDF-1.4\n% Altklausur\n"),
        ("HF2_2023_mit_Loesung.pdf", "application/pdf", "%PDF-1.4\n% Altklausur\n"),
    ],
)

_sven3_quote = """\
Hey Sven, Mittwoch bin ich dabei, aber erst ab 18:30, muss vorher noch auf eine Baustelle. Wie lief eigentlich dein Gespräch?
Ronny"""

sven3 = m(
    "y12",
    "2025-12-17 21:40",
    "Sven Hänsel <sven.haensel@gmx.de>",
    "Re: Lerngruppe Mittwoch?",
    N(),
    text="""\
Kein Ding, dann 18:30.

Gespräch bei den Stadtwerken in Halle war ganz gut, aber die haben 8 Leute eingeladen für eine Stelle und wollten vor allem wissen ob ich Bereitschaft mache. Nächste Woche soll ich Bescheid kriegen. Mal sehen, eigentlich will mich mein Chef ja halten, der hat schon von Gehaltserhöhung gesprochen als er das mitgekriegt hat 😅

Sven

Am 17.12.2025 um 19:02 schrieb Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>:
"""
    + q(_sven3_quote)
    + "\n",
    **after("<a0c1e2f3-5b6d-4e7f-8091-a2b3c4d5e6f7@web.de>"),
)

mandy = m(
    "y13",
    "2026-01-14 20:18",
    "Mandy Krug <mandy.krug@outlook.de>",
    "Aufgabe 3 Kurzschlussstrom",
    N(),
    text="""\
Hi Ronny,

hast du bei Aufgabe 3 (Schleifenimpedanz) auch 0,86 Ohm raus? Ich komm immer auf 0,91 und weiß nicht wo mein Fehler ist.

Und Neuigkeit: ich fang im Mai als Meisterin bei meinem alten Ausbildungsbetrieb in Wurzen an, die haben mich zurückgeholt! 🎉

LG Mandy

Von meinem Samsung Galaxy Smartphone gesendet.
""",
)

sven4 = m(
    "y14",
    "2026-02-10 21:55",
    "Sven Hänsel <sven.haensel@gmx.de>",
    "Klausurwoche KW 8",
    N(),
    text="""\
Nur zur Erinnerung: nächste Woche Klausurwoche, Samstag 8 Uhr HF3. Wer Fahrgemeinschaft aus Grünau will, ich hab noch 2 Plätze.

Und Ronny – Glückwunsch nochmal zu den Elsterwerken, hast du dir verdient! Ich bleib jetzt doch bei meinem Chef, der hat 400 € draufgelegt.

Sven
""",
)

DANNY = "Danny Schubert <danny.schubert.l@gmail.com>"
danny1 = m(
    "y15",
    "2025-09-11 20:51",
    DANNY,
    "Dienstag",
    N(),
    text="""\
Ey Bruderherz,

hab Dienstag mein Bewerbungsgespräch bei der Spedition in Radefeld, als Disponent. Drück mir die Daumen. Was zieht man da an, Hemd oder reicht Polo? Die sind eher so locker glaub ich.

Danny
""",
)

danny2 = m(
    "y16",
    "2025-09-17 19:37",
    DANNY,
    "Re: Dienstag",
    N(),
    text="""\
Lief gut glaub ich! Hab Polo angezogen lol. Die Chefin war nett, der Niederlassungsleiter eher so naja. Wollen mich nächste Woche nochmal sehen, dann mit so einer Aufgabe am PC, Touren planen oder so.

Wie läufts bei dir mit den Bewerbungen?

Gesendet von meinem iPhone

> Am 11.09.2025 um 21:30 schrieb Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>:
>
> Polo reicht, aber ordentlich. Und nicht zu viel reden 😉 Viel Glück!
""",
    **after(danny1),
)

danny3 = m(
    "y17",
    "2025-10-02 17:12",
    DANNY,
    "HAB DEN JOB",
    N(),
    text="""\
Ab 1.11. bin ich Disponent!!! Unbefristet, 3.100 und Firmenhandy. Samstag wird gefeiert, du bist dabei, keine Ausrede.

D.
""",
)

danny4 = m(
    "y18",
    "2025-11-16 12:04",
    DANNY,
    "Mamas Geburtstag",
    N(),
    text="""\
Was schenken wir Mama? Ich dachte an so einen Gutschein für die Therme in Bad Düben + Essen. Machen wir halbe halbe? Ich bestell das dann.
""",
)

danny5 = m(
    "y19",
    "2025-12-20 10:33",
    DANNY,
    "Weihnachten",
    N(),
    text="""\
Heiligabend bei Mama ab 15 Uhr, ich bring Kartoffelsalat, du die Würstchen? Jana kommt doch auch oder?
""",
)

danny6 = m(
    "y20",
    "2025-12-27 14:48",
    DANNY,
    "Fotos Weihnachten",
    N(),
    text="""\
Hier die Fotos, das mit Mama und dem Baum ist am besten 😂
""",
    attach=[
        ("IMG_20251224_171203.jpg", "image/jpeg", "JFIF-placeholder"),
        ("IMG_20251224_182544.jpg", "image/jpeg", "JFIF-placeholder"),
    ],
)

danny7 = m(
    "y21",
    "2026-01-25 21:20",
    DANNY,
    "Probezeit",
    N(),
    text="""\
Boah, der Niederlassungsleiter nervt echt. Ständig Überstunden und dann meckert er wenn ich mal um 5 gehe. Noch 3 Monate Probezeit, ich beiß mich durch.

Und bei dir? Hast du bei den Stadtwerken jetzt unterschrieben? Mama hat schon allen erzählt dass du "beim Strom" anfängst 😄
""",
)

danny8 = m(
    "y22",
    "2026-02-20 18:02",
    DANNY,
    "Umzug Samstag",
    N(),
    text="""\
Ich kann Samstag ab 8 mit dem Transporter von der Firma, Chef hat ja gesagt. Brauchen noch jemand für die Waschmaschine, frag mal Maik.
""",
)

MOM = "Sabine Nowak <sabine.nowak@t-online.de>"
mom1 = m(
    "y23",
    "2025-09-21 09:14",
    MOM,
    "Sonntag",
    N(),
    text="""\
Hallo Ronny,

kommt ihr nächsten Sonntag zum Mittag? Es gibt Rouladen. Bring bitte die Bohrmaschine mit, die Lampe im Flur wackelt wieder.

Mama
""",
)

mom2 = m(
    "y24",
    "2025-11-24 19:40",
    MOM,
    "Fotos vom Geburtstag",
    N(),
    text="""\
Lieber Ronny,

danke nochmal für den schönen Tag und den Gutschein!! Da freu ich mich schon drauf. Hier sind die Fotos, die Hilde gemacht hat.

Kuss Mama
""",
    attach=[("Geburtstag_1.jpg", "image/jpeg", "JFIF-placeholder")],
)

mom3 = m(
    "y25",
    "2025-12-03 10:22",
    MOM,
    "Und?",
    N(),
    text="""\
Hallo mein Großer,

hast du schon was gehört wegen der Stelle bei den Stadtwerken? Tante Gerda sagt, die Elsterwerke zahlen gut und man hat seine Ruhe. Ich drück dir die Daumen. Und iss was Ordentliches wenn du abends noch Schule hast.

Mama
""",
)

mom4 = m(
    "y26",
    "2026-01-22 08:05",
    MOM,
    "Glückwunsch!!!",
    N(),
    text="""\
Ronny!!! Danny hat es mir gerade erzählt. Ich bin so stolz auf dich!!! Am Sonntag gibts Kuchen.

Mama

Von meinem iPad gesendet
""",
)

mom5 = m(
    "y27",
    "2026-02-22 11:41",
    MOM,
    "Kartons",
    N(),
    text="""\
Ich hab noch 15 Umzugskartons im Keller von Hildes Umzug. Hol sie dir, bevor Papa sie zum Wertstoffhof bringt.
""",
)

JANA = "Jana Richter <jana.richter91@web.de>"
jana1 = m(
    "y28",
    "2025-09-26 12:30",
    JANA,
    "Wochenende Dresden?",
    N(),
    text="""\
Schatz, was hältst du davon, wenn wir am 1./2.11. nach Dresden fahren? Steffis Schwester hat uns ihre Wohnung angeboten, die ist da eh nicht. Ich würd Bahn buchen, Sparpreis ist grad günstig.

J.
""",
)

jana2 = m(
    "y29",
    "2025-10-23 13:05",
    JANA,
    "Besichtigung morgen",
    N(),
    text="""\
Denk an morgen 17 Uhr Lützner Str.! Ich komm direkt von Arbeit. Hast du die Schufa ausgedruckt? Und die Gehaltszettel, die wollen die bestimmt sehen.
""",
)

jana3 = m(
    "y30",
    "2025-11-14 17:18",
    JANA,
    "Einkaufsliste",
    N(),
    text="""\
Kannst du auf dem Heimweg noch holen:
- Milch
- Brot
- Spülmaschinentabs
- Katzenfutter für Oma (die Nassfutter-Sorte!)
Danke ❤️
""",
)

jana4 = m(
    "y31",
    "2025-12-22 09:56",
    JANA,
    "Silvester",
    N(),
    text="""\
Steffi fragt ob wir Silvester zu ihr kommen, Raclette. Ich hab schon ja gesagt 🙈 Wir bringen Sekt und Nachtisch mit.
""",
)

jana5 = m(
    "y32",
    "2026-01-16 12:11",
    JANA,
    "MIETVERTRAG!!!",
    N(),
    text="""\
Hab grad die Mail von der Wohnbau gesehen – wir kriegen die Merseburger!!! Ich muss heute Abend unterschreiben, bring bitte einen Kuli mit der nicht kleckst 😂

Jetzt noch die Kündigung für deine Wohnung, drei Monate Frist, oder? Ich schau mal nach.
""",
)

jana6 = m(
    "y33",
    "2026-02-13 16:44",
    JANA,
    "Morgen",
    N(),
    text="""\
Hab für morgen 19 Uhr beim Vietnamesen an der Karl-Heine reserviert. Du zahlst, du bist ja jetzt bald Großverdiener 😘
""",
)

MAIK = "Maik Vogel <maik.vogel@gmx.net>"
maik1 = m(
    "y34",
    "2025-09-12 16:02",
    MAIK,
    "Freitag",
    N(),
    text="""\
Feierabendbier heute im Biergarten am See? Tobi kommt auch. 18 Uhr.
""",
)

maik2 = m(
    "y35",
    "2025-10-09 11:47",
    MAIK,
    "Erste Woche rum",
    N(),
    text="""\
Moin,

erste Woche Nachtschicht am Flughafen bei Skyline geschafft. Alter, die Anlage ist riesig, kilometerweise Förderbänder. Die Kollegen in der Sortierung sind okay, aber um 4 Uhr morgens bist du echt durch. Schlaf tagsüber klappt noch nicht so. Geld stimmt aber mit den Zuschlägen.

Bier nächste Woche? Aber nicht vor Mittwoch, da hab ich frei.

Maik
""",
)

maik3 = m(
    "y36",
    "2025-11-11 07:58",
    MAIK,
    "Re: kurze Frage",
    N(),
    text="""\
Ehrlich? Die Instandhalter bei uns jammern auch übers Geld, aber die Nachtzuschläge machen's halt. Olga die Schichtleiterin ist cool. Aber ich würd's mir an deiner Stelle gut überlegen mit Dauernacht, ich merk das schon nach 5 Wochen. Bin gerade von Schicht, geh jetzt pennen.

M.

Gesendet von GMX Mail für Android
""",
    **after("<f7e6d5c4-b3a2-4190-8f7e-6d5c4b3a2910@web.de>"),
)

xing_pos = m(
    "y37",
    "2025-10-20 18:05",
    "XING <mailrobot@mail.xing.com>",
    "Maik Vogel hat eine neue Position",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihr Kontakt Maik Vogel ist jetzt Mitarbeiter Sortierung (Nachtschicht) bei Skyline Parcel Services Deutschland GmbH.

Gratulieren Sie Maik: https://www.xing.com/profile/Maik_Vogel7/congrats

Ihr XING Team
Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
""",
)

xing_bday = m(
    "y38",
    "2026-02-04 07:00",
    "XING <mailrobot@mail.xing.com>",
    "Sven Hänsel hat heute Geburtstag",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihr Kontakt Sven Hänsel hat heute Geburtstag. Senden Sie ihm einen Gruß: https://www.xing.com/chats/new?recipient=Sven_Haensel3

Ihr XING Team
""",
)

steffi = m(
    "y39",
    "2025-11-02 21:34",
    "Steffi Lange <steffi.lange@posteo.de>",
    "Mein Vorstellungsgespräch!!",
    N(),
    text="""\
Hallo ihr zwei,

ich muss es einfach loswerden: Hatte Freitag mein Vorstellungsgespräch bei der Kita in Schleußig, und die wollen mich!!! Ab Januar, stellvertretende Leitung. Ich kann's noch gar nicht glauben. Die Leiterin hat mich sogar gleich durch alle Gruppen geführt.

Silvester wird also doppelt gefeiert 🥂

Steffi
""",
    to="Jana Richter <jana.richter91@web.de>, Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>",
)

tobi = m(
    "y40",
    "2026-01-09 19:26",
    "Tobias Kern <tobi.kern87@gmail.com>",
    "Probezeit rum!",
    N(),
    text="""\
Na du,

kurzes Update: Probezeit im Werk ist rum, ich hab den unbefristeten Vertrag! Nach dem ganzen Stress letztes Jahr echt eine Erleichterung. 3-Schicht ist zwar hart, aber das Geld und die Ruhe vom Chef sind es wert.

Wie sieht's bei dir aus, läuft was?

Tobi
""",
)

SV = "SV Grünau 1990 – Fußball <fussball@sv-gruenau1990.example>"
LUTZ = "Lutz Pfeiffer <lutz.pfeiffer@web.de>"
sv1 = m(
    "y41",
    "2025-09-02 21:00",
    SV,
    "Spielplan Hinrunde 2025/26 – 1. Männer Kreisliga A",
    N(),
    text="""\
Liebe Spieler, liebe Eltern und Fans,

anbei der Spielplan der Hinrunde für unsere 1. Männer (Kreisliga A, Staffel 2). Heimspiele immer sonntags 14:00 Uhr auf dem Sportplatz an der Ringstraße. Die Termine der Alten Herren folgen separat.

Sportliche Grüße
Abteilungsleitung Fußball
SV Grünau 1990 e.V.
""",
    attach=[("Spielplan_Hinrunde_2526.pdf", "application/pdf", "%PDF-1.4\n% Spielplan\n")],
)

sv2 = m(
    "y42",
    "2025-09-16 15:12",
    LUTZ,
    "Training heute fällt aus",
    N(),
    text="""\
Männer, Platz ist gesperrt nach dem Regen, Training fällt heute aus. Donnerstag normal 19 Uhr.
Lutz
""",
    to="1. Männer SV Grünau <maenner1@sv-gruenau1990.example>",
)

sv3 = m(
    "y43",
    "2025-09-27 20:44",
    LUTZ,
    "Aufstellung Sonntag",
    N(),
    text="""\
Sonntag auswärts in Markranstädt, Treffen 12:45 am Platz, Fahrgemeinschaften wie immer.
Ronny du spielst LV, Kevin ist gesperrt.
Lutz
""",
    to="1. Männer SV Grünau <maenner1@sv-gruenau1990.example>",
)

sv4 = m(
    "y44",
    "2025-10-14 18:30",
    "Ralf Görner <ralf.goerner@sv-gruenau1990.example>",
    "Arbeitseinsatz Flutlicht – brauchen einen Elektriker",
    N(),
    text="""\
Hallo Ronny,

am Samstag 25.10. ist Arbeitseinsatz am Sportplatz. Zwei Flutlichtmasten gehen seit Wochen nicht, und der Verteiler im Vereinsheim macht komische Geräusche. Könntest du dir das mal anschauen? Material zahlt der Verein, Bratwurst gibts gratis 😉

Ralf
Vorstand Sportstätten
""",
)

sv5 = m(
    "y45",
    "2025-11-28 12:00",
    SV,
    "Einladung Weihnachtsfeier der Fußballabteilung",
    N(),
    text="""\
Liebe Mitglieder,

unsere Weihnachtsfeier findet am Samstag, 13.12.2025, ab 19 Uhr im Vereinsheim statt. Für Essen ist gesorgt (Buffet 10 €), Getränke zu Vereinspreisen. Bitte tragt euch bis 06.12. in die Liste am Schwarzen Brett ein oder antwortet auf diese Mail.

Sportliche Grüße
Abteilungsleitung Fußball
""",
)

sv6 = m(
    "y46",
    "2026-01-05 18:15",
    "SV Grünau 1990 e.V. – Kassenwart <kasse@sv-gruenau1990.example>",
    "Mitgliedsbeitrag 2026 – Ankündigung SEPA-Lastschrift",
    N(),
    text="""\
Liebes Mitglied,

der Jahresbeitrag 2026 in Höhe von 96,00 € wird am 15.01.2026 per SEPA-Lastschrift eingezogen.
Gläubiger-ID: DE98ZZZ00000471122, Mandatsreferenz: SVG-M-0342

Bei Änderungen der Bankverbindung bitte bis 10.01. melden.

Mit sportlichen Grüßen
Jörg Lindner, Kassenwart
""",
)

sv7 = m(
    "y47",
    "2026-01-17 10:20",
    LUTZ,
    "Hallenturnier 31.01.",
    N(),
    text="""\
Männer,

wir sind beim Hallenturnier in der Sporthalle Grünau-Mitte gemeldet, Samstag 31.01., erstes Spiel 10:00. Wer kann? Brauche 8 Leute. Einladung im Anhang für den Kalender.

Lutz
""",
    to="1. Männer SV Grünau <maenner1@sv-gruenau1990.example>",
    ics=ics(
        "0p9o8i7u6z5t4r3e2w1q0a9s@google.com",
        "2026-01-31 09:15",
        "Hallenturnier SV Grünau (Treffen 9:15)",
        ("Lutz Pfeiffer", "lutz.pfeiffer@web.de"),
        minutes=360,
        location="Sporthalle Grünau-Mitte",
    ),
)

sv8 = m(
    "y48",
    "2025-10-05 21:30",
    SV,
    "Vereinsnews Oktober: Heimsieg, neue Trikots, Arbeitseinsatz",
    N(),
    text="""\
SV GRÜNAU 1990 – VEREINSNEWS OKTOBER

1. Männer: 3:1-Heimsieg gegen Lindenau II – Tore durch Kevin (2) und Ronny per Freistoß!
Neue Trikots: Dank unseres Sponsors Autohaus Kühne laufen die 1. Männer ab November in neuen Trikots auf.
Arbeitseinsatz: Am 25.10. ab 9 Uhr am Sportplatz. Jede helfende Hand zählt.

Abmelden: Antwort mit "Abmelden" an fussball@sv-gruenau1990.example
""",
)

KAISER = "Elektro Kaiser <elektro-kaiser-gruenau@t-online.de>"
kaiser1 = m(
    "y49",
    "2025-10-02 17:40",
    KAISER,
    "Montag Schönauer",
    N(),
    text="""\
Ronny, Montag gleich früh 7 Uhr in die Schönauer Str. 48, Wohnung Fiedler, Zählerschrank tauschen. Material liegt im Bus. Marcel kommt um 9 dazu.

J. Kaiser
""",
)

kaiser2 = m(
    "y50",
    "2025-11-13 12:22",
    KAISER,
    "Urlaubsplanung 2026",
    N(),
    text="""\
An alle,

bitte tragt bis 30.11. eure Urlaubswünsche für 2026 in die Liste in der Werkstatt ein. Betriebsurlaub ist wieder zwischen Weihnachten und Neujahr. Im Juli maximal zwei Leute gleichzeitig.

Jens Kaiser
Elektro Kaiser GmbH · Meisterbetrieb · Leipzig-Grünau
""",
    to="Team Elektro Kaiser <team@elektro-kaiser-gruenau.example>",
)

kaiser3 = m(
    "y51",
    "2025-11-25 16:05",
    KAISER,
    "Bereitschaftsplan Dezember",
    N(),
    text="""\
Anbei Bereitschaft Dezember. Ronny hat 1.–7. und 22.–28., wer tauschen will klärt das untereinander und sagt mir Bescheid.

JK
""",
    attach=[("Bereitschaft_12-2025.pdf", "application/pdf", "%PDF-1.4\n% Bereitschaftsplan\n")],
)

hv1 = m(
    "y52",
    "2025-09-30 09:10",
    "Hausverwaltung Grünauer Höfe <service@hv-gruenauer-hoefe.example>",
    "Ablesung Heizkostenverteiler am 14.10.",
    N(),
    text="""\
Sehr geehrte Mieterinnen und Mieter,

am Dienstag, 14.10.2025, zwischen 8 und 12 Uhr werden die Heizkostenverteiler und Wasserzähler in Ihrer Wohnung abgelesen. Sollten Sie nicht anwesend sein, hinterlassen Sie bitte einen Schlüssel bei einem Nachbarn.

Ihre Hausverwaltung
""",
)

hv2 = m(
    "y53",
    "2026-01-28 10:30",
    "Hausverwaltung Grünauer Höfe <service@hv-gruenauer-hoefe.example>",
    "Bestätigung Ihrer Kündigung – Wohnung Weißdornweg 14, WE 27",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

wir bestätigen den Eingang Ihrer Kündigung des Mietverhältnisses für die Wohnung Weißdornweg 14, WE 27, zum 30.04.2026.

Für die Vorabnahme und die Wohnungsübergabe setzen wir uns rechtzeitig mit Ihnen in Verbindung. Bitte beachten Sie die Regelungen zu Schönheitsreparaturen in § 9 Ihres Mietvertrages.

Mit freundlichen Grüßen
Ihre Hausverwaltung
""",
)

kitchen = m(
    "y54",
    "2026-01-18 15:02",
    "Möbel Sachsenland <kuechenstudio@moebel-sachsenland.example>",
    "Ihr Termin zur Küchenplanung",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Terminanfrage. Ihr Termin zur Küchenplanung:

Samstag, 07.02.2026, 11:00 Uhr, Küchenstudio Leipzig-Paunsdorf
Berater: Herr Wolf

Bitte bringen Sie einen Grundriss mit den Maßen Ihrer Küche sowie die Lage der Anschlüsse (Wasser, Strom, Abluft) mit.

Ihr Küchenstudio Möbel Sachsenland
""",
    ics=ics(
        "kp-20260207-1100-wolf@moebel-sachsenland.example",
        "2026-02-07 11:00",
        "Küchenplanung Möbel Sachsenland",
        ("Küchenstudio Möbel Sachsenland", "kuechenstudio@moebel-sachsenland.example"),
        minutes=90,
        location="Küchenstudio Leipzig-Paunsdorf",
    ),
)

movers = m(
    "y55",
    "2026-02-02 14:27",
    "Umzüge Fuchs Leipzig <angebote@umzuege-fuchs.example>",
    "Ihr Umzugsangebot Nr. 26-0112",
    N(),
    text="""\
Sehr geehrter Herr Schubert-Nowak,

vielen Dank für Ihre Anfrage. Gern unterbreiten wir Ihnen folgendes Angebot:

Umzug von Leipzig-Grünau (Weißdornweg, 4. OG ohne Aufzug) nach Leipzig-Lindenau (Merseburger Straße, 1. OG)
3 Umzugshelfer, 7,5-t-Lkw, ca. 5 Stunden
Pauschalpreis: 890,00 € inkl. MwSt.
Optional: Küchenmontage 180,00 €

Das Angebot ist 14 Tage gültig. Wir freuen uns auf Ihren Auftrag.

Mit freundlichen Grüßen
Umzüge Fuchs Leipzig
""",
)

blood = m(
    "y56",
    "2025-10-29 10:00",
    "Blutspendedienst Ost <termine@blutspende-ost.example>",
    "Sie werden gebraucht: Blutspende in Grünau am 12.11.",
    N(),
    text="""\
Hallo Ronny Schubert-Nowak,

Ihre letzte Spende ist mehr als 12 Wochen her – Sie dürfen wieder spenden! Nächster Termin in Ihrer Nähe:

Mittwoch, 12.11.2025, 15:00–19:00 Uhr, Grundschule Grünau, Turnhalle

Reservieren Sie sich jetzt eine Uhrzeit: https://www.blutspende-ost.example/termine/leipzig-gruenau

Danke, dass Sie Leben retten!
Ihr Blutspendedienst
""",
)

wedding = m(
    "y57",
    "2026-01-30 20:12",
    MAIK,
    "Save the Date 💍",
    N(),
    text="""\
Liebe Jana, lieber Ronny,

Conny und ich heiraten!!! 20. Juni 2026, Gut Gräfenhain. Richtige Einladung kommt noch, aber haltet euch den Tag frei. Ronny, ich brauch dich als Trauzeugen, Widerrede zwecklos.

Maik & Conny
""",
    to="Jana Richter <jana.richter91@web.de>, Ronny Schubert-Nowak <ronny.schubert-nowak@web.de>",
    ics=ics(
        "9h8g7f6d5s4a3q2w1e0r9t8z@google.com",
        "2026-06-20 13:00",
        "Hochzeit Maik & Conny",
        ("Maik Vogel", "maik.vogel@gmx.net"),
        minutes=720,
        location="Gut Gräfenhain",
    ),
)
wedding["ics"]["start"] = "2026-06-20 13:00:00 +0200"  # summer time, unlike the mail's own date

hwk_nl = m(
    "y58",
    "2025-12-04 09:00",
    "Handwerkskammer Newsletter <newsletter@hwk-meisterpruefung.example>",
    "Handwerk aktuell: Meisterbonus 2026, Betriebsbörse und Weiterbildungstermine",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Handwerk aktuell – Dezember 2025</h2>
<p><b>Meisterbonus 2026:</b> Der Freistaat zahlt erfolgreichen Absolventinnen und Absolventen der Meisterprüfung weiterhin einen Bonus. So beantragen Sie ihn.</p>
<p><b>Betriebsbörse:</b> 38 Betriebe in Westsachsen suchen eine Nachfolge – vom Elektro- bis zum Bäckerhandwerk.</p>
<p><b>Weiterbildung:</b> Neue Kurse „Elektrofachkraft für Photovoltaik“ und „Kältetechnik Kategorie I“ ab Februar.</p>
<p><a href="https://www.hwk-meisterpruefung.example/newsletter/dezember-2025">Weiterlesen</a></p>
<p style="font-size:11px"><a href="https://www.hwk-meisterpruefung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.hwk-meisterpruefung.example/newsletter/abmelden>"},
)

carpool = m(
    "y59",
    "2025-11-07 07:12",
    "Kevin Baumgart <kevin.baumgart@freenet.de>",
    "Fahrgemeinschaft Samstag",
    N(),
    text="""\
Ronny kannst du mich Samstag mitnehmen zur Meisterschule? Mein Auto ist in der Werkstatt. Steh 7:30 an der Haltestelle Allee-Center.
Kevin
""",
)


MAIL = [
    ms_plan, ms_fee, ms_room, ms_hw, ms_exam, ms_results, ms_jan, ms_reg, ms_party,
    sven1, sven2, sven3, mandy, sven4,
    danny1, danny2, danny3, danny4, danny5, danny6, danny7, danny8,
    mom1, mom2, mom3, mom4, mom5,
    jana1, jana2, jana3, jana4, jana5, jana6,
    maik1, maik2, maik3, xing_pos, xing_bday, steffi, tobi,
    sv1, sv2, sv3, sv4, sv5, sv6, sv7, sv8,
    kaiser1, kaiser2, kaiser3, hv1, hv2, kitchen, movers, blood, wedding, hwk_nl, carpool,
]  # fmt: skip
