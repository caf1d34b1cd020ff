# ruff: noqa: E501, RUF100
"""Corpus 158, the ordinary inbox, part two (data only): see heldout158.py.

The choir, the mountain-rescue group, friends and family (some talking about their own
interviews and jobs, some about hers), colleagues, sport and the rest of life."""

from __future__ import annotations

from typing import Any

from heldout158_jobs import N, ics, m, thread

CHOR = "Vokalensemble Hötting <chor@vokalensemble-hoetting.example>"
CHOR_FOOT = """--
Vokalensemble Hötting · ZVR 448120377 · www.vokalensemble-hoetting.example
Du bekommst diese Mail als Mitglied des Vokalensembles."""

BR = "Bergrettung Ortsstelle Hötting <ortsstelle@br-hoetting.example>"
BR_SIG = """Christoph Span
Ortsstellenleiter
Bergrettung Tirol – Ortsstelle Hötting
Notruf 140"""

JULIA = "Julia Obermoser <julia.obermoser@gmx.at>"
SANDRA = "Sandra Egger <sandra.egger.physio@gmail.com>"
TOBI = "Tobias Neuner <tobi.neuner@gmail.com>"
MAMA = "Christine Hofer <christine.hofer@aon.at>"
MARKUS = "Markus Hofer <markus.hofer88@gmail.com>"
BERNI = "Bernadette Kofler <berni.kofler@gmx.at>"


# --- the choir -------------------------------------------------------------------------------

_c1 = m(
    "ch1a",
    "2025-08-20 19:02",
    CHOR,
    "Grillfest am 30.8. & Probenstart",
    N(),
    f"""Liebe Sängerinnen und Sänger,

die Sommerpause neigt sich dem Ende zu! Bevor es wieder ernst wird, treffen wir uns am
Samstag, 30. August, ab 17 Uhr zum Grillfest bei Familie Pernlochner (Schneeburggasse 44).
Bitte bringt Salat oder Nachspeise mit – Getränke und Grillgut organisiert der Vorstand.

Erste Probe: Mittwoch, 10. September, 19:30 Uhr, Pfarrsaal Hötting.

Liebe Grüße
Ursula

{CHOR_FOOT}
""",
)

_c2 = m(
    "ch2b",
    "2025-09-02 21:14",
    "Ursula Plattner <ursula.plattner@aon.at>",
    "Probenplan Herbst 2025",
    N(),
    """Hallo ihr Lieben,

anbei der Probenplan bis Weihnachten. Bitte die Zusatzproben (29.11. und 6.12.) schon jetzt
eintragen. Wer an einzelnen Terminen nicht kann, bitte bei der Stimmführerin melden.

Schwerpunkt heuer: Rheinberger „Abendlied“, Biebl „Ave Maria“ und neue Tiroler Adventlieder.

Bis Mittwoch!
Ursula
""",
    attach=[("Probenplan_Herbst_2025.pdf", "application/pdf", "%PDF-1.4\n% Probenplan\n")],
)

_c3 = m(
    "ch3c",
    "2025-10-15 08:40",
    CHOR,
    "Noten Adventkonzert – bitte ausdrucken",
    N(),
    f"""Liebe alle,

die Noten für das Adventkonzert findet ihr im Anhang bzw. in der Cloud:
https://cloud.vokalensemble-hoetting.example/s/advent2025

Bitte bis zur nächsten Probe ausdrucken und die Atemzeichen aus der letzten Probe eintragen.

Danke!
Eure Notenwartin Gabi

{CHOR_FOOT}
""",
    attach=[("Advent2025_Noten.pdf", "application/pdf", "%PDF-1.4\n% Noten\n")],
)

_c4 = m(
    "ch4d",
    "2025-11-19 20:55",
    "Ursula Plattner <ursula.plattner@aon.at>",
    "Zusatzprobe Sa 29.11. + Kuchenliste Konzert",
    N(),
    """Hallo miteinander,

zur Erinnerung: Samstag, 29.11., 14–17 Uhr Zusatzprobe im Pfarrsaal.

Fürs Konzert brauchen wir wieder Kuchen für die Agape. Bitte tragt euch in die Liste ein:
https://cloud.vokalensemble-hoetting.example/s/kuchen

Danke und bis bald
Ursula
""",
)

_c5 = m(
    "ch5e",
    "2025-11-20 07:13",
    "Gabi Pernlochner <gabi.pernlochner@gmx.at>",
    "Re: Zusatzprobe Sa 29.11. + Kuchenliste Konzert",
    N(),
    """Ich mach wieder die Linzer Torte 😊 Und ich kann am 29. erst ab halb drei, sorry!

LG Gabi

Am 19.11.2025 um 20:55 schrieb Ursula Plattner:
> Hallo miteinander,
> zur Erinnerung: Samstag, 29.11., 14–17 Uhr Zusatzprobe im Pfarrsaal.
""",
    **thread(_c4),
)

_c6 = m(
    "ch6f",
    "2025-12-08 18:30",
    CHOR,
    "Adventkonzert am Sonntag – alle Infos",
    N(),
    f"""Liebe Sängerinnen und Sänger,

es ist so weit! Hier die wichtigsten Infos für Sonntag, 14. Dezember:

15:45 Treffpunkt Sakristei, 16:00 Einsingen, 17:00 Konzert in der Pfarrkirche Hötting
Kleidung: schwarz, dazu der rote Schal
Kuchen bitte bis 16:30 im Pfarrsaal abgeben

Toi toi toi!
Ursula

{CHOR_FOOT}
""",
)

_c7 = m(
    "ch7g",
    "2025-12-16 22:01",
    "Ursula Plattner <ursula.plattner@aon.at>",
    "DANKE!! + Fotos",
    N(),
    """Ihr Lieben,

was für ein Konzert! Die Kirche war voll, und die Spenden (EUR 2.340,–) gehen heuer an die
Bergrettung – danke an Leni für die Idee!

Fotos von Hannes: https://cloud.vokalensemble-hoetting.example/s/fotos-advent25

Schöne Feiertage euch allen!
Ursula
""",
)

_c8 = m(
    "ch8h",
    "2026-01-13 19:45",
    CHOR,
    "Einladung zur Jahreshauptversammlung am 30. Jänner",
    N(),
    f"""Liebe Mitglieder,

hiermit laden wir euch herzlich zur ordentlichen Jahreshauptversammlung ein:

Freitag, 30. Jänner 2026, 19:00 Uhr, Gasthof Schneeburg, Hötting

Tagesordnung: 1. Begrüßung 2. Bericht der Obfrau 3. Kassabericht 4. Entlastung des Vorstands
5. Neuwahl 6. Vorschau 2026 (Chorreise Südtirol!) 7. Allfälliges

Anträge bitte bis 23. Jänner schriftlich an den Vorstand.

Der Vorstand

{CHOR_FOOT}
""",
    ics=ics(
        "jhv2026-vokalensemble-hoetting@google.com",
        "2026-01-30 19:00",
        "Jahreshauptversammlung Vokalensemble Hötting",
        ("Vokalensemble Hötting", "chor@vokalensemble-hoetting.example"),
        minutes=150,
        location="Gasthof Schneeburg, Hötting",
    ),
)


# --- the mountain-rescue group (its own "Dienstplan", "Bewerbungen", "Aufnahmegespräche") ---------

_r1 = m(
    "br1a",
    "2025-08-07 22:30",
    BR,
    "Einsatzbericht 05.08. – Nordkette, Goetheweg",
    N(),
    f"""Liebe Kameradinnen und Kameraden,

kurz zum Einsatz am Dienstag: Gegen 15:40 wurde eine 58-jährige Wanderin mit Verdacht auf
Sprunggelenksfraktur am Goetheweg gemeldet. Bergung mit 6 Leuten zur Bergstation Hafelekar,
Abtransport mit der Bahn und RTW. Danke an alle, die so schnell da waren – besonders an Leni
für die Erstversorgung.

Materialnachbereitung erledigt, die Vakuummatratze ist wieder im Depot.

Berg Heil
{BR_SIG}
""",
)

_r2 = m(
    "br2b",
    "2025-09-04 20:12",
    BR,
    "Dienstplan Bereitschaft September/Oktober",
    N(),
    f"""Hallo zusammen,

anbei der Dienstplan für die Wochenend-Bereitschaft September und Oktober. Tauschwünsche bitte
direkt untereinander ausmachen und mir kurz Bescheid geben.

Leni, du bist am 20./21.9. und 18./19.10. eingeteilt – passt das mit deinen Diensten in Mils?

Danke!
{BR_SIG}
""",
    attach=[
        ("Dienstplan_Bereitschaft_09-10_2025.pdf", "application/pdf", "%PDF-1.4\n% Dienstplan\n")
    ],
)

_r3 = m(
    "br3c",
    "2025-09-22 18:44",
    "Georg Haider <georg.haider@br-hoetting.example>",
    "Übung LVS-Suche Sa 11.10. Seegrube",
    N(),
    """Servus miteinander,

Herbstübung am Samstag, 11. Oktober: Treffpunkt 8:00 Talstation Hungerburgbahn, dann mit der
Bahn auf die Seegrube. Themen: Mehrfachverschüttung, Sondieren, Schaufelstrategie.
Mittag bei der Seegrube, Ende ca. 15 Uhr.

Bitte LVS mit frischen Batterien, Schaufel, Sonde und warmes Gewand mitnehmen.

Georg
Ausbildungsleiter
""",
)

_r4 = m(
    "br4d",
    "2025-10-03 12:15",
    BR,
    "Neue Einsatzjacken – bitte Größe melden bis 15.10.",
    N(),
    f"""Hallo zusammen,

die neuen Einsatzjacken sind genehmigt (danke an die Gemeinde für den Zuschuss!). Bitte tragt
eure Größe bis 15.10. in die Liste ein: https://cloud.br-hoetting.example/s/jacken

Anprobe-Muster hängen im Depot.

{BR_SIG}
""",
)

_r5 = m(
    "br5e",
    "2025-10-21 21:07",
    "Georg Haider <georg.haider@br-hoetting.example>",
    "Aufnahmegespräche Anwärter:innen am 8.11.",
    N(),
    """Hallo Ausbildungsteam,

wir haben heuer 7 Bewerbungen für die Anwärterausbildung bekommen (2 davon aus Kranebitten,
einer vom Alpenverein-Jugendteam). Die Aufnahmegespräche machen wir am Samstag, 8. November,
ab 9 Uhr im Depot, jeweils 30 Minuten, danach der Eignungstest am Klettersteig.

Leni, kannst du wieder den Erste-Hilfe-Teil übernehmen? Die Lebensläufe schick ich euch
vorab.

Danke!
Georg
""",
    ics=ics(
        "br-hoetting-aufnahme-2025@google.com",
        "2025-11-08 09:00",
        "Aufnahmegespräche Anwärter:innen",
        ("Georg Haider", "georg.haider@br-hoetting.example"),
        minutes=360,
        location="Depot Bergrettung Hötting",
    ),
)

_r6 = m(
    "br6f",
    "2025-11-10 19:30",
    "Georg Haider <georg.haider@br-hoetting.example>",
    "Ergebnis Aufnahmegespräche – 4 neue Anwärter:innen",
    N(),
    """Hallo Ausbildungsteam,

danke für den langen Samstag! Wir nehmen 4 der 7 Bewerber:innen auf (Lena, Matthias, Jonas,
Elif). Den anderen drei schreibe ich diese Woche eine Absage mit dem Angebot, es nächstes Jahr
wieder zu versuchen.

Start der Grundausbildung ist am 24. Jänner mit dem Winterkurs.

Georg
""",
)

_r7 = m(
    "br7g",
    "2025-12-02 17:50",
    BR,
    "Einladung zur Weihnachtsfeier der Ortsstelle",
    N(),
    f"""Liebe Kameradinnen und Kameraden, liebe Partner:innen,

wir laden euch herzlich zur Weihnachtsfeier ein: Samstag, 13. Dezember, 18:30 Uhr im Depot.
Es gibt Gulasch, Glühwein und die Ehrungen für 10, 25 und 40 Jahre Mitgliedschaft.

Um Anmeldung bis 8.12. wird gebeten.

{BR_SIG}
""",
)

_r8 = m(
    "br8h",
    "2025-12-29 10:22",
    BR,
    "Silvester-Bereitschaft Seegrube – wer kann noch?",
    N(),
    f"""Servus,

für Silvester fehlen uns noch zwei Leute für die Bereitschaft auf der Seegrube (18:00–02:00).
Wer kann, bitte kurz antworten. Verpflegung gibt's vom Restaurant.

Guten Rutsch!
{BR_SIG}
""",
)

_r9 = m(
    "br9i",
    "2026-01-20 20:40",
    "Bergrettung Tirol – Ausbildung <ausbildung@bergrettung-tirol.example>",
    "Winterkurs Lawine 2026 – Anmeldung bis 31.1.",
    N(),
    """Liebe Ausbildungsleiter:innen,

die Anmeldung zu den Landes-Winterkursen (Lawine I und II, Jamtal, März 2026) ist ab sofort
über das Ausbildungsportal möglich. Anmeldeschluss ist der 31. Jänner; die Plätze werden nach
Eingang vergeben.

Bitte meldet Anwärter:innen nur an, wenn der Erste-Hilfe-Kurs bereits absolviert ist.

Bergrettung Tirol – Landesleitung, Referat Ausbildung
""",
)


# --- friends and family ----------------------------------------------------------------------

_j1 = m(
    "jo1a",
    "2025-08-30 11:14",
    JULIA,
    "Bewerbungsgespräch Dienstag!!",
    N(),
    """Leniiii,

ich hab am Dienstag ein Bewerbungsgespräch bei der Alpenbank!! Controlling, genau
das was ich wollte. Ich bin so nervös 🙈 Hast du morgen Abend Zeit, mit mir die typischen
Fragen durchzugehen? Du bist da so gut drin ("Wo sehen Sie sich in 5 Jahren" haha).

Bring Wein mit!
Julia
""",
)

_j2 = m(
    "jo2b",
    "2025-09-03 17:48",
    JULIA,
    "Re: Bewerbungsgespräch Dienstag!!",
    N(),
    """SIE HABEN MICH GENOMMEN!!!! 🥳🥳

Die haben mich heute angerufen, ich hab das Angebot gleich angenommen. Start am 1. November,
sogar mit Überzahlung. Danke für deine Hilfe am Sonntag, ohne dich hätt ich bei der
Gehaltsfrage wieder rumgestottert.

Wie läuft's bei dir? Hast du von Steinach schon was gehört?

Bussi
Julia

Am Sa., 30. Aug. 2025 um 11:14 schrieb Julia Obermoser <julia.obermoser@gmx.at>:
> Leniiii,
> ich hab am Dienstag ein Bewerbungsgespräch bei der Alpenbank!!
""",
    **thread(_j1),
)

_j3 = m(
    "jo3c",
    "2025-10-24 12:30",
    JULIA,
    "Kino heute?",
    N(),
    """Magst heut ins Leokino? 20:15 läuft der neue Film, von dem alle reden. Ich besorg Karten.

J.
""",
)

_j4 = m(
    "jo4d",
    "2026-01-09 08:02",
    JULIA,
    "GRATULIEREEEE",
    N(),
    """Tobi hat's mir grad verraten: TEAMLEITUNG!!! 🎉🎉🎉

Ich bin so stolz auf dich. Das feiern wir am Samstag, ich lade dich ein, keine Widerrede.

Bussi
J.
""",
)

_j5 = m(
    "jo5e",
    "2025-11-26 21:40",
    JULIA,
    "Samstag Geburtstag 🎂",
    N(),
    """Hallo ihr Lieben,

ich feier am Samstag, 6.12., ab 19 Uhr meinen 35er bei mir in der Wohnung. Bitte nix
mitbringen außer gute Laune. Wer nicht kann, sagt's mir bitte bis Mittwoch.

Julia
""",
    to="leni.hofer-wimmer@gmx.at, kathi.mair@gmail.com, anna.strasser@gmx.at, tobi.neuner@gmail.com",
)

_sa1 = m(
    "sa1a",
    "2025-09-06 10:55",
    SANDRA,
    "Wie war der Probetag??",
    N(),
    """Hey Leni!

Erzähl, wie war der Probetag in Seefeld? Haben sie dich schon genommen? Ich hab gehört, die
zahlen dort ganz ordentlich über KV. Und wie war das mit dem Sportarzt, hast du ihm wirklich
abgesagt wegen der Stunden? Mutig, aber richtig!

Bei mir in der Reha in Wien ist gerade Chaos, drei Kolleginnen gekündigt. Ich schau mich auch
schon um...

Bussi aus Wien
Sandra
""",
)

_sa2 = m(
    "sa2b",
    "2025-10-31 19:20",
    SANDRA,
    "Besuch in Wien?",
    N(),
    """Leni!

Kommst du im November mal nach Wien? Am 22. singt der Chor meiner Kollegin im Konzerthaus, ich
hätte zwei Karten. Du kannst natürlich bei mir schlafen.

Sag bald Bescheid!
S.
""",
)

_sa3 = m(
    "sa3c",
    "2025-12-20 16:10",
    SANDRA,
    "Frohe Weihnachten & große Neuigkeiten",
    N(),
    """Liebe Leni,

frohe Weihnachten dir und Tobi! 🎄

Und: ich hab gekündigt! Ab 15. Jänner bin ich in einer Privatklinik in Döbling, 30 Stunden,
keine Wochenenden mehr. Das Bewerbungsgespräch war eher ein Kaffeeplausch, und zwei Tage später
hatte ich den Vertrag. Ich kann's noch gar nicht glauben.

Und du? Ich drück dir so die Daumen für die Teamleitung!

Alles Liebe
Sandra
""",
)

_k1 = m(
    "ka1a",
    "2025-10-08 22:47",
    "Kathi Mair <kathi.mair@gmail.com>",
    "Absage von der Uni :(",
    N(),
    """Hey,

die Uni hat mir abgesagt. Die PhD-Stelle geht an jemanden mit mehr Publikationen. Ich
hab's irgendwie geahnt, aber es tut trotzdem weh. "Wir waren von Ihrer Bewerbung sehr
beeindruckt, jedoch..." – kennst eh.

Brauch ein Bier. Morgen?

Kathi
""",
)

_k2 = m(
    "ka2b",
    "2025-11-15 13:03",
    "Kathi Mair <kathi.mair@gmail.com>",
    "NEUE STELLE 🎉",
    N(),
    """Leni!!!

Ich hab gestern den Vertrag beim Institut für Alpine Ökologie unterschrieben! Projektstelle,
3 Jahre, und ich darf trotzdem meine Diss schreiben. Manchmal ist eine Absage echt für was gut.

Sekt am Freitag?
Kathi
""",
)

_ch1 = m(
    "cl1a",
    "2025-09-28 20:15",
    "Chloé Martin <chloe.martin.pt@outlook.com>",
    "Interview next week!!",
    N("en"),
    """Hi Leni!!

Long time no speak! Quick update from London: I've got an interview next Thursday for a Band 7
MSK physio post at a big teaching hospital in South London. Two panel interviews plus a
practical station. I'm terrified. Any tips for the practical? You always were the better
manual therapist 😅

How's the job hunt going in Innsbruck? Did you hear back from the Olympic centre?

Love,
Chloé x
""",
)

_ch2 = m(
    "cl2b",
    "2025-11-09 09:32",
    "Chloé Martin <chloe.martin.pt@outlook.com>",
    "Re: Interview next week!!",
    N("en"),
    """Hey lovely,

So... I didn't get it 🙃 They said my interview was "very strong" but the other candidate had
more leadership experience. Honestly, I'm weirdly fine? My manager offered me a secondment to
the sports injury clinic instead, so I'm staying put for now.

Thanks again for the voice note with all the tips. Let's FaceTime soon!

C x

On Sun, 28 Sept 2025 at 20:15, Chloé Martin <chloe.martin.pt@outlook.com> wrote:
> Hi Leni!!
> Long time no speak! Quick update from London: I've got an interview next Thursday ...
""",
    **thread(_ch1),
)

_t1 = m(
    "tb1a",
    "2025-09-05 12:20",
    TOBI,
    "Packliste Hütte",
    N(),
    """Hi Schatz,

für morgen: Hüttenschlafsack, Stirnlampe (deine ist kaputt, nimm meine alte), Regenjacke,
Bargeld für die Hütte! Ich hol dich um 7 ab. Markus und Vroni treffen wir am Parkplatz.

Bussi
T.
""",
)

_t2 = m(
    "tb2b",
    "2025-10-12 09:41",
    TOBI,
    "Wohnung Anichstraße",
    N(),
    """Hab mir das Exposé nochmal angeschaut – 61 m² für 1.185 warm ist okay, aber der Balkon geht
nach Norden. Sollen wir uns trotzdem bewerben? Ich würd's probieren, die Lage ist super und du
hättest es nah zur Klinik, falls das mit Mühlau was wird.

T.
""",
)

_t3 = m(
    "tb3c",
    "2025-11-26 07:55",
    TOBI,
    "Re: Kinetiq",
    N(),
    """Gute Entscheidung, wirklich. 60 % unterwegs wär für dich nix gewesen, und für uns auch
nicht. Und wenn die Teamleitung klappt, hast du eh das, was du eigentlich willst.

Bussi, bis heute Abend
T.

Gesendet von Outlook für iOS
""",
)

_t4 = m(
    "tb4d",
    "2026-01-26 11:48",
    TOBI,
    "MÜHLAUER STRASSE!!!",
    N(),
    """Hast du die Mail von der Hausverwaltung gesehen?? Wir haben die Wohnung!!! Ab 1. März, genau
wenn du in Mühlau anfängst. 5 Minuten zu Fuß zur Arbeit 😍

Ich ruf gleich den Wolf an wegen Termin zum Unterschreiben.

T.
""",
)

_t5 = m(
    "tb5e",
    "2025-09-07 20:22",
    "Google Fotos <noreply-photos@google.com>",
    "Tobias Neuner hat das Album „Sonnjoch-Hütte 🏔️“ mit dir geteilt",
    N(),
    """Tobias Neuner hat 48 Fotos und 3 Videos mit dir geteilt.

Album ansehen: https://photos.app.goo.gl/Xq7vTr2LmB9sNdE4A

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
)

_mk1 = m(
    "mh1a",
    "2025-08-25 18:33",
    MARKUS,
    "Umzug Samstag – hast du Zeit?",
    N(),
    """Hey Schwesterherz,

wir ziehen am Samstag endlich nach Völs. Hättest du ab 9 Uhr Zeit zum Tragen? Tobi auch?
Pizza und Bier gibt's natürlich. Und du darfst mein Kreuz danach gratis behandeln 😇

Markus
""",
)

_mk2 = m(
    "mh2b",
    "2025-11-22 10:05",
    MARKUS,
    "Geschenk für Mama",
    N(),
    """Servus,

was schenken wir Mama zum 65er? Ich hätte an ein Wochenende in Meran gedacht, Therme und so.
Ich hab da ein Angebot von so einem Reisebüro gesehen. Teilen wir uns das? Sag mir bis
Mittwoch, dann buch ich.

M.
""",
)

_mk3 = m(
    "mh3c",
    "2025-12-10 21:14",
    MARKUS,
    "Weihnachten in Lienz – wer fährt?",
    N(),
    """Fahren wir am 24. zusammen runter? Ich hätt Platz für euch zwei, Abfahrt so um 10 in
Völs. Zurück am 26. abends. Schneeketten hab ich.

M.
""",
)

_mo1 = m(
    "mu1a",
    "2025-09-07 16:30",
    MAMA,
    "Zwetschken",
    N(),
    """Liebe Leni,

der Baum hängt heuer voll mit Zwetschken, ich hab schon 20 Knödel eingefroren. Wenn ihr das
nächste Mal kommt, nehmt ihr welche mit. Papas Knie ist wieder besser, er macht brav die
Übungen, die du ihm gezeigt hast (sagt er zumindest).

Wie geht es mit den Bewerbungen?

Alles Liebe
Mama
""",
)

_mo2 = m(
    "mu2b",
    "2025-10-30 09:12",
    MAMA,
    "Allerheiligen",
    N(),
    """Liebe Leni,

kommt ihr am Samstag zum Friedhof? Wir gehen um 14 Uhr zur Gräbersegnung, danach Kaffee bei
uns. Die Tante Resi kommt auch.

Mama
""",
)

_mo3 = m(
    "mu3c",
    "2025-12-27 19:40",
    MAMA,
    "Danke für die schönen Tage",
    N(),
    """Liebe Leni, lieber Tobias,

danke, dass ihr da wart, es war so schön mit euch allen. Das Geschenk von euch und Markus
hat mich so gefreut – Meran, ich kann es kaum erwarten!

Kommt gut ins neue Jahr
Mama und Papa
""",
)

_mo4 = m(
    "mu4d",
    "2026-01-08 14:02",
    MAMA,
    "Gratulation!!",
    N(),
    """Liebe Leni,

Markus hat uns erzählt, dass du die Stelle als Teamleiterin bekommen hast! Papa und ich sind so
stolz auf dich. Hast du den Vertrag schon unterschrieben? Und musst du bei deiner jetzigen
Stelle jetzt kündigen? Ruf uns an, wenn du Zeit hast.

Alles Liebe
Mama
""",
)

_w1 = m(
    "wd1a",
    "2025-08-18 20:00",
    "Anna Strasser <anna.strasser@gmx.at>",
    "Save the Date: Anna & Florian – 20. Juni 2026",
    N(),
    html="""<html><body style="font-family:Georgia,serif;text-align:center;color:#5a4a3a">
<h1>Save the Date</h1>
<p style="font-size:20px">Anna &amp; Florian</p>
<p>Wir heiraten am <b>20. Juni 2026</b> in Kitzbühel.</p>
<p>Die Einladung folgt im Frühjahr. Haltet euch den Tag frei!</p>
</body></html>""",
)

_w2 = m(
    "wd2b",
    "2025-11-04 21:30",
    "Anna Strasser <anna.strasser@gmx.at>",
    "Eine Frage… 🥹",
    N(),
    """Liebe Leni,

das ist vielleicht komisch per Mail, aber ich trau mich nicht am Telefon, weil ich sonst heul:
Möchtest du meine Trauzeugin sein?

Du musst auch nicht sofort antworten. (Aber bitte sag ja.)

Deine Anna
""",
)


# --- colleagues at her current workplace -------------------------------------------------------

_co1 = m(
    "ko1a",
    "2025-09-29 13:10",
    BERNI,
    "Dienst tauschen am 11.10.?",
    N(),
    """Hi Leni,

könntest du mit mir den Samstagsdienst am 11.10. tauschen? Ich übernehm dafür deinen am 25.10.
Meine Schwester heiratet kurzfristig 🙈 Ich hab's schon mit der Stationsleitung abgeklärt, sie
muss es nur noch im Dienstplan ändern.

Danke dir!!
Berni
""",
)

_co2 = m(
    "ko2b",
    "2025-10-16 07:30",
    "Philipp Rainer <philipp.rainer.pt@gmail.com>",
    "Maitland-Kurs – Fahrgemeinschaft?",
    N(),
    """Hi Leni,

du bist doch auch beim Maitland-Modul in Rum am Wochenende? Sollen wir zusammen fahren? Ich
hol dich um 8:15 in Hötting ab, Parkplatz gibt's eh genug dort.

LG Philipp
""",
)

_co3 = m(
    "ko3c",
    "2025-11-28 16:45",
    "Team Physio ORZ Mils <physio.orz.mils@gmail.com>",
    "Weihnachtsfeier Physio-Team 12.12. + Wichteln",
    N(),
    """Hallo ihr Lieben!

Unsere Team-Weihnachtsfeier ist am Freitag, 12.12., ab 18:30 beim Bierstindl. Wichteln wie
jedes Jahr, Limit 15 Euro. Eure Wichtel-Partner:innen bekommt ihr gleich vom Losautomaten:
https://wichtel.example/ziehung/orzmils25

Bitte bis 5.12. zu- oder absagen!
Bernadette & Philipp
""",
)

_co4 = m(
    "ko4d",
    "2026-01-23 19:18",
    BERNI,
    "Stimmt das?? 😢",
    N(),
    """Leni,

die Stationsleitung hat heute in der Besprechung gesagt, dass du mit Ende Februar gehst?!
Ich freu mich riesig für dich (Teamleitung, wow!), aber wer soll mir jetzt bei den
Schulterpatienten helfen 😭

Wir machen dir natürlich eine Abschiedsfeier. Keine Widerrede.

Berni
""",
)


# --- sport, culture and the rest ----------------------------------------------------------------

_sp1 = m(
    "lf1a",
    "2025-09-08 12:00",
    "Lauftreff Hötting <lauftreff.hoetting@gmail.com>",
    "Lauftreff Herbst – Start am Donnerstag",
    N(),
    """Liebe Läuferinnen und Läufer,

ab Donnerstag treffen wir uns wieder wöchentlich um 18:00 beim Hofgarten-Eingang
(Rennweg). Zwei Gruppen: 6:00 und 5:15 min/km. Im Oktober ist der Innsbrucker Herbstlauf –
wer mitläuft, bitte bis 30.9. anmelden.

Bis Donnerstag!
Reinhard
""",
)

_sp2 = m(
    "lf2b",
    "2025-10-20 10:15",
    "Innsbrucker Herbstlauf <info@herbstlauf-innsbruck.example>",
    "Deine Startnummer für den Innsbrucker Herbstlauf",
    N(),
    """Hallo Magdalena,

deine Startnummer: 1187 (10 km, Startblock B)

Startnummernausgabe: Freitag, 24.10., 14–19 Uhr, Messe Innsbruck, Halle C
Start: Sonntag, 26.10., 10:00 Uhr, Marktplatz

Wir wünschen dir einen tollen Lauf!
Dein Herbstlauf-Team
""",
)

_sp3 = m(
    "lf3c",
    "2025-10-27 08:00",
    "Innsbrucker Herbstlauf <info@herbstlauf-innsbruck.example>",
    "Deine Ergebnisse & Fotos vom Herbstlauf",
    N(),
    """Hallo Magdalena,

herzlichen Glückwunsch zum Finish!

10 km: 52:14 min · Platz 41 von 312 in der Klasse W30

Deine Fotos und die Urkunde: https://www.herbstlauf-innsbruck.example/ergebnisse/1187

Bis zum nächsten Jahr!
""",
)

_sp4 = m(
    "yg1a",
    "2025-11-24 09:00",
    "Yogaraum Saggen <hallo@yogaraum-saggen.example>",
    "Dein Jahresabo verlängert sich am 1. Dezember",
    N(),
    """Liebe Magdalena,

dein Jahresabo „Unlimited“ verlängert sich automatisch am 1. Dezember 2025 um weitere zwölf
Monate (EUR 69,– monatlich). Wenn du kündigen möchtest, schreib uns bitte bis 30. November.

Namaste
Dein Yogaraum-Team
""",
)

_sp5 = m(
    "bw1a",
    "2025-09-05 16:00",
    "Boulderwerk Innsbruck <news@boulderwerk.example>",
    "Neue Routen, Herbstkurse & Nachtbouldern",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Frisch geschraubt!</h2>
<p>42 neue Boulder im Hauptraum, dazu ein neuer Kinderbereich.</p>
<p><b>Herbstkurse:</b> Technik Level 2 (ab 7.10.), Frauen-Bouldertreff (jeden Mittwoch).</p>
<p><b>Nachtbouldern</b> am 27.9. bis 2 Uhr früh mit DJ.</p>
<p style="font-size:10px"><a href="https://www.boulderwerk.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.boulderwerk.example/newsletter/abmelden?u=1187>"},
)

_sp6 = m(
    "bw2b",
    "2026-01-09 10:30",
    "Boulderwerk Innsbruck <news@boulderwerk.example>",
    "Dein 10er-Block läuft bald ab",
    N(),
    """Hallo Magdalena,

auf deinem 10er-Block sind noch 3 Eintritte, er läuft am 31.01.2026 ab. Komm vorbei!

Dein Boulderwerk
""",
)

_x1 = m(
    "xx1a",
    "2025-08-11 18:22",
    "Salon Haarwerk <termine@salon-haarwerk.example>",
    "Terminbestätigung: Schneiden & Föhnen am 14.08.",
    N(),
    """Hallo Magdalena,

dein Termin ist bestätigt: Donnerstag, 14.08.2025, 17:30 Uhr bei Vanessa (Schneiden & Föhnen,
ca. 60 Min.).

Absagen bitte bis 24 Stunden vorher: https://salon-haarwerk.example/termin/8830a

Bis bald!
Salon Haarwerk
""",
)

_x2 = m(
    "xx2b",
    "2025-09-14 15:40",
    "willhaben <noreply@willhaben.at>",
    "Dein Artikel wurde verkauft: Damen-Rennrad 52 cm",
    N(),
    """Hallo,

gratuliere! Dein Artikel „Damen-Rennrad 52 cm, Shimano 105, top gepflegt“ wurde über
PayLivery verkauft. Bitte verschicke den Artikel innerhalb von 5 Werktagen; das Versandlabel
findest du in deinem Profil.

Dein willhaben-Team
""",
)

_x3 = m(
    "xx3c",
    "2025-12-12 21:15",
    "Austrian Airlines <noreply@austrian.com>",
    "Ihre Buchungsbestätigung – Buchungscode K7QX2M",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Buchung.

Hinflug: 02.01.2026 OS 906 Innsbruck (INN) 07:05 → Wien (VIE) 08:00, OS 171 Wien 09:05 →
Hamburg (HAM) 10:35
Rückflug: 05.01.2026 OS 172 Hamburg 11:20 → Wien 12:45, OS 903 Wien 14:10 → Innsbruck 15:05
Passagiere: Magdalena Hofer-Wimmer, Tobias Neuner

Wir wünschen Ihnen einen angenehmen Flug.
Austrian Airlines
""",
)

_x4 = m(
    "xx4d",
    "2026-01-01 07:05",
    "Austrian Airlines <noreply@austrian.com>",
    "Jetzt einchecken: Ihr Flug nach Hamburg",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

der Online-Check-in für Ihren Flug OS 906 am 02.01.2026 ist jetzt geöffnet.

Jetzt einchecken: https://www.austrian.com/checkin?pnr=K7QX2M

Austrian Airlines
""",
)

_x5 = m(
    "xx5e",
    "2025-11-17 20:00",
    "Doodle <mailer@doodle.com>",
    "Stefan Unterweger hat dich zu einer Umfrage eingeladen: Maturatreffen 15 Jahre",
    N(),
    """Stefan Unterweger hat dich eingeladen, an der Umfrage „Maturatreffen 15 Jahre BRG Lienz
(8B)“ teilzunehmen.

Mögliche Termine: 25.04., 09.05. oder 16.05.2026

Jetzt abstimmen: https://doodle.com/meeting/participate/id/e4Qx7Lma

Doodle AG, Werdstrasse 21, 8004 Zürich
""",
)

_x6 = m(
    "xx6f",
    "2025-10-10 11:20",
    "Kulturhaus Saggen – Kartenbüro <karten@kulturhaus-saggen.example>",
    "Ihre Tickets: Der Brandner Kaspar und das ewig' Leben",
    N(),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Bestellung!

„Der Brandner Kaspar und das ewig' Leben“ – Volksstück
Samstag, 8. November 2025, 19:30 Uhr, Großer Saal
2 x Parkett, Reihe 7, Plätze 12–13, je EUR 34,–

Ihre Print@Home-Tickets finden Sie im Anhang.

Kulturhaus Saggen
""",
    attach=[("Tickets_Brandner_Kaspar.pdf", "application/pdf", "%PDF-1.4\n% Tickets\n")],
)

_x7 = m(
    "xx7g",
    "2025-12-03 08:30",
    "Hausverwaltung Kranebitter <office@hv-kranebitter.example>",
    "Ablesung der Heizkostenverteiler – Höttinger Gasse 31",
    N(),
    """Sehr geehrte Bewohnerinnen und Bewohner,

die Ablesung der Heizkostenverteiler und Wasserzähler findet am Dienstag, 16. Dezember 2025,
zwischen 8:00 und 12:00 Uhr statt. Bitte ermöglichen Sie den Zugang zu Ihrer Wohnung oder
hinterlegen Sie den Schlüssel bei Nachbar:innen.

Mit freundlichen Grüßen
Hausverwaltung Kranebitter GmbH
""",
)

_x8 = m(
    "xx8h",
    "2025-10-14 19:00",
    "Blutspendedienst Tirol <termine@blutspende-tirol.example>",
    "Blutspendeaktion in Hötting – wir brauchen Sie!",
    N(),
    """Liebe Spenderin,

Ihre letzte Spende ist mehr als drei Monate her – Sie dürfen wieder spenden!

Blutspendeaktion Hötting: Dienstag, 21. Oktober, 15:30–20:00 Uhr, Volksschule Hötting

Danke, dass Sie Leben retten.
Ihr Blutspendedienst Tirol
""",
)

_x9 = m(
    "xx9i",
    "2025-12-18 07:00",
    "Stadtbibliothek Innsbruck <bibliothek@innsbruck-magistrat.example>",
    "Erinnerung: Leihfrist endet in 3 Tagen",
    N(),
    """Liebe Leserin,

die Leihfrist für folgende Medien endet am 21.12.2025:

- Ferrante, Elena: Meine geniale Freundin
- Butler, David: Schmerzen verstehen

Sie können die Medien online verlängern: https://bibliothek.innsbruck-magistrat.example/konto

Ihre Stadtbibliothek
""",
)

_x10 = m(
    "xx0j",
    "2026-01-15 18:30",
    "Alpenverein Innsbruck <mitglieder@alpenverein-ibk.example>",
    "Dein Mitgliedsausweis 2026 ist da",
    N(),
    """Liebe Magdalena,

danke, dass du auch 2026 Mitglied bist! Deinen digitalen Mitgliedsausweis findest du ab
sofort in der App; die Karte schicken wir dir in den nächsten Wochen per Post.

Berg frei!
Dein Alpenverein Innsbruck
""",
)

_c9 = m(
    "ch9i",
    "2025-10-01 17:05",
    "Ursula Plattner <ursula.plattner@aon.at>",
    "Probe heute entfällt!",
    N(),
    """Ihr Lieben,

leider muss ich die Probe heute absagen – ich lieg mit Fieber im Bett und der Pfarrsaal ist
wegen eines Wasserschadens eh gesperrt. Wir sehen uns nächste Woche!

Ursula

Von meinem Samsung Galaxy gesendet
""",
)

_r10 = m(
    "br0j",
    "2026-01-17 21:55",
    BR,
    "Einsatz 17.01. – Lawinenabgang Kemater Alm, alle wohlauf",
    N(),
    f"""Liebe Kameradinnen und Kameraden,

kurze Info zum Einsatz heute Nachmittag: Zwei Tourengeher wurden bei der Kemater Alm von
einem Schneebrett teilverschüttet, konnten sich aber selbst befreien. Wir waren mit 11 Leuten
und dem Hubschrauber vor Ort, beide leicht unterkühlt, sonst unverletzt.

Danke für die schnelle Alarmierung und den disziplinierten Ablauf. Nachbesprechung am
Mittwoch um 19 Uhr im Depot.

{BR_SIG}
""",
)

_sa4 = m(
    "sa4d",
    "2025-11-02 10:03",
    SANDRA,
    "Re: Besuch in Wien?",
    N(),
    """Juhu!! Dann bis zum 21.! Ich hol dich vom Westbahnhof ab. 🥳

S.

Am Fr., 31. Okt. 2025 um 19:20 schrieb Sandra Egger:
> Leni!
> Kommst du im November mal nach Wien?
""",
    **thread(_sa2),
)

_w3 = m(
    "wd3c",
    "2026-01-11 18:27",
    "Anna Strasser <anna.strasser@gmx.at>",
    "Brautkleid 👗",
    N(),
    """Liebste Trauzeugin,

ich hab am Samstag, 7. Februar, um 11 Uhr den ersten Termin im Brautmodengeschäft in
Kufstein. Kommst du mit? Mama und meine Schwester sind auch dabei. Danach gehen wir essen!

Bussi
Anna
""",
)


MAIL: list[dict[str, Any]] = [
    _c1, _c2, _c3, _c4, _c5, _c6, _c7, _c8, _c9,
    _r1, _r2, _r3, _r4, _r5, _r6, _r7, _r8, _r9, _r10,
    _j1, _j2, _j3, _j4, _j5,
    _sa1, _sa2, _sa3, _sa4,
    _k1, _k2,
    _ch1, _ch2,
    _t1, _t2, _t3, _t4, _t5,
    _mk1, _mk2, _mk3,
    _mo1, _mo2, _mo3, _mo4,
    _w1, _w2, _w3,
    _co1, _co2, _co3, _co4,
    _sp1, _sp2, _sp3, _sp4, _sp5, _sp6,
    _x1, _x2, _x3, _x4, _x5, _x6, _x7, _x8, _x9, _x10,
]  # fmt: skip
