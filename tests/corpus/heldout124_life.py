# ruff: noqa: E501, RUF100
"""Corpus 124, the ordinary inbox part two (data only): friends, family, doctors, the old job,
clubs and courses; see heldout124.py."""

from __future__ import annotations

from typing import Any

from heldout124_jobs import N, ics, m, re_, thread

SOPHIE = "Sophie Wallner <sophie.wallner@gmail.com>"
KATHI = "Kathi Brandstätter <k.brandstaetter@gmx.at>"
LUKAS = "Lukas Haider <lukas.haider88@outlook.com>"
MAMA = "Brigitte Hofstätter <brigitte.hofstaetter@aon.at>"
FLO = "Florian Hofstätter <flo.hofstaetter@gmail.com>"
HANNAH = "Hannah Price <hannahprice.ldn@gmail.com>"
WH_HR = "Personalbüro Hotel Wiedner Hof <personal@wiednerhof.example>"
LINDNER = "Ordination Dr. Eva Lindner <ordination@dr-lindner.example>"
FRIENDS = "Sophie Wallner <sophie.wallner@gmail.com>, Kathi Brandstätter <k.brandstaetter@gmx.at>, Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>, Bernd Auer <bernd.auer@chello.at>"

MAIL: list[dict[str, Any]] = [
    # ---- friends: the Heuriger, Sturm, Punsch, the ball
    m(
        "f01",
        "2025-09-04 12:18",
        SOPHIE,
        "Heuriger Freitag? 🍷",
        N(),
        """Hallihallo ihr Lieben,

der Sommer ist offiziell vorbei und ich brauch dringend einen Heurigenabend. Freitag, 12.9., ab 18 Uhr beim Grinzinger Stüberl? Der Garten hat noch offen und es gibt schon Sturm!

Wer ist dabei? Ich reservier dann für 6.

Bussi
Sophie""",
        to=FRIENDS,
    ),
    m(
        "f02",
        "2025-09-04 13:02",
        KATHI,
        "Re: Heuriger Freitag? 🍷",
        N(),
        """Bin dabei!! Komm aber erst um 19 Uhr, hab bis 18:30 Dienst.

K.

Am 04.09.2025 um 12:18 schrieb Sophie Wallner:
> der Sommer ist offiziell vorbei und ich brauch dringend einen Heurigenabend. Freitag, 12.9., ab 18 Uhr beim Grinzinger Stüberl?""",
        to=FRIENDS,
    ),
    m(
        "f03",
        "2025-09-11 20:47",
        SOPHIE,
        "Re: Heuriger Freitag? 🍷",
        N(),
        """Reserviert für 6 auf „Wallner“, 18:30 im Garten. Bei Regen drinnen. Nehmt's euch was Warmes mit, es wird schon frisch am Abend!

Leni, bringst du bitte deinen Kollegen vom Front Office mit? Der ist so lustig 😄

S.""",
        to=FRIENDS,
    ),
    m(
        "f04",
        "2025-10-18 23:12",
        SOPHIE,
        "ICH HAB DIE STELLE!!! 🎉",
        N(),
        """Leni!!!

Ich hab heute den Dienstvertrag bei der Bank unterschrieben! Ab 1. Dezember bin ich offiziell Teamleiterin im Private Banking. Nach dem dritten Bewerbungsgespräch hab ich echt nicht mehr dran geglaubt, und dann ruft mich die HR-Dame am Freitag um 17 Uhr an 😭

Danke, dass du mein Anschreiben dreimal gelesen hast. Du hast was gut bei mir – Spritzer geht auf mich, nächste Woche?

Und wie schaut's bei dir aus? Gibt's was Neues vom Stephansgarten oder der DHG?

Bussi!!
Sophie""",
    ),
    m(
        "f05",
        "2025-10-05 21:33",
        SOPHIE,
        "Kannst du nochmal über mein Anschreiben schauen?",
        N(),
        """Hey Leni,

sorry, dass ich dich schon wieder nerve – kannst du bitte nochmal kurz über mein Anschreiben für die Bank drüberschauen? Ich hab den Absatz über meine Führungserfahrung umgeschrieben, aber irgendwie klingt das jetzt zu angeberisch. Die Bewerbungsfrist endet Dienstag.

Anbei die neue Version. Du musst nix korrigieren, sag mir einfach nur ehrlich, ob das so passt.

Danke dir 🙏
Sophie""",
        attach=[
            (
                "Anschreiben_Wallner_v4.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Anschreiben Sophie Wallner – Teamleitung Private Banking",
            )
        ],
    ),
    m(
        "f06",
        "2025-10-24 17:05",
        KATHI,
        "Sturm & Kastanien am Sonntag?",
        N(),
        """Hallo ihr,

mein Onkel hat am Sonntag den Keller in Stammersdorf offen – letzter Sturm, Maroni und Blunzn. Wer mag, wir fahren um 14 Uhr mit der 31er raus.

LG Kathi""",
        to=FRIENDS,
    ),
    m(
        "f07",
        "2025-11-05 08:51",
        "Bernd Auer <bernd.auer@chello.at>",
        "Martinigansl 2025 – Doodle",
        N(),
        """Servus miteinander,

wie jedes Jahr: Martinigansl! Bitte tragt's euch bis Freitag ein, dann reservier ich beim Wirten in der Josefstadt:

https://doodle.com/meeting/participate/id/e8xKq2Nd

Vegetarische Variante gibt's auch (Kathi 😉).

Baba
Bernd""",
        to=FRIENDS,
    ),
    m(
        "f08",
        "2025-11-29 14:20",
        KATHI,
        "Punsch am Spittelberg – Mittwoch?",
        N(),
        """Hallo ihr Lieben!

Mittwoch nach der Arbeit Punsch am Spittelberg? Treffpunkt 18:30 beim Stand mit dem Orangenpunsch, ihr wisst eh welcher.

Leni – warst du nicht eh beim Grünen Baum zum Kaffee im Herbst? Vielleicht kriegen wir dort danach noch einen Tisch 😅

LG K.""",
        to=FRIENDS,
    ),
    m(
        "f09",
        "2026-01-10 11:44",
        SOPHIE,
        "Zuckerbäckerball – Karten sind da!",
        N(),
        """Leni!

Ich hab die Karten für den Zuckerbäckerball am 29.1. ergattert – 2 Stück, eine für dich! Dresscode: bodenlanges Kleid, du kannst gern mein dunkelblaues ausborgen.

Wir könnten davor bei mir was essen und dann mit dem Taxi in die Hofburg. Die Quadrille um Mitternacht machen wir aber diesmal mit, keine Ausreden!!

Bussi
S.

P.S. Und HERZLICHEN GLÜCKWUNSCH nochmal zu Roomwise, ich hab's dir ja gesagt!!!""",
    ),
    m(
        "f10",
        "2026-02-15 19:30",
        KATHI,
        "Re: Einweihungsfeier im Sonnwendviertel 🏠",
        N(),
        """Wir kommen sehr gern! Bernd und ich bringen einen Gugelhupf und einen Gemischten Satz mit. Sollen wir noch Sesseln mitnehmen?

Freu mich, die neue Wohnung zu sehen 🥰
Kathi

Am 14.02.2026 um 10:12 schrieb Magdalena Hofstätter:
> Ihr Lieben, am Samstag, 28.2., ab 17 Uhr ist Einweihung in der Sonnwendgasse! Bringt gute Laune mit, Ikea-Möbel sind schon aufgebaut.""",
        to=FRIENDS,
        **re_("<4c8d1a2b-5e6f-4a7b-8c9d-0e1f2a3b4c5d@gmx.at>"),
    ),
    m(
        "f11",
        "2025-10-03 19:58",
        LUKAS,
        "Wie war's bei dir? + mein Gespräch bei Travelio",
        N(),
        """Hey Leni,

kurzes Update von meiner Front: Ich hatte heute das zweite Gespräch bei Travelio in Amsterdam (per Zoom), für eine Partner-Management-Rolle. Lief eigentlich gut, aber die haben mich 20 Minuten über Excel-Formeln ausgequetscht 🙈 Die Entscheidung soll in zwei Wochen kommen.

Hast du von denen eigentlich auch was gehört? Du hattest dich doch auch dort beworben, oder? Wär lustig, wenn wir beide dort landen.

Und wie geht's dir mit der ganzen Sanierungsgeschichte im Wiedner Hof? Ist schon fix, wann ihr zusperrt?

LG Lukas""",
    ),
    m(
        "f12",
        "2025-11-25 09:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Gratulieren Sie Lukas Haider zur neuen Position",
        N(),
        """Lukas Haider hat eine neue Position angetreten

Lukas Haider
Partner Manager DACH bei Travelio

Gratulieren Sie Lukas: https://www.linkedin.com/comm/feed/update/urn:li:activity:7398812?trk=eml-congrats

Weitere Neuigkeiten aus Ihrem Netzwerk:
- Sophie Wallner hat eine neue Position als Teamleiterin Private Banking
- Christina Moser hat einen Beitrag geteilt: „Revenue Circle #15 – Save the date!“

Sie erhalten Benachrichtigungs-E-Mails. Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    m(
        "f13",
        "2025-11-15 22:04",
        HANNAH,
        "Long overdue catch-up",
        N("en"),
        """Leni!!

It's been AGES. Sorry for going quiet – the new job ate me alive. I finally said yes to the fintech I told you about in summer; three months in, and I'm already "leading a workstream", whatever that means. The offer was too good to turn down, but honestly I miss hotels a bit. Nobody here knows what a night audit is.

How's Vienna? Did the Wiedner Hof really close? And are you still thinking of jumping into tech? Tell me everything. Also: Lisbon in December still on? I could fly down for a day.

Love,
Hannah x""",
    ),
    m(
        "f14",
        "2025-12-09 20:17",
        HANNAH,
        "Re: Long overdue catch-up",
        N("en"),
        """Sooo good to see you in Lisbon, even if it was only for the pastéis and the rain!

Fingers crossed for Roomwise – from everything you told me, it sounds like exactly your thing. Let me know the second you hear back. And if you need someone to read a contract in English, you know where I am.

H x

On Tue, 18 Nov 2025 at 07:40, Magdalena Hofstätter <magdalena.hofstaetter@gmx.at> wrote:
> Hannah! So good to hear from you. Yes, Lisbon is on, 5 to 8 December...""",
    ),
    # ---- family
    m(
        "f15",
        "2025-09-07 10:15",
        MAMA,
        "Omas 85er am 27.9.",
        N(),
        """Liebe Leni,

nur zur Erinnerung: Omas 85. Geburtstag feiern wir am Samstag, 27. September, im Gasthaus Hofmann in Thalheim, ab 12 Uhr. Kannst du dir da freinehmen? Oma fragt jeden Tag, ob „die Wienerin“ eh kommt.

Papa holt dich gern vom Bahnhof Wels ab, sag mir nur welchen Zug.

Bussi, Mama""",
    ),
    m(
        "f16",
        "2025-10-12 18:44",
        FLO,
        "Almabtrieb-Fotos",
        N(),
        """Servus Schwesterherz,

hier die Fotos vom Almabtrieb in Grünau, wie versprochen. Die Kuh mit dem riesigen Kranz ist meine Lieblingskuh, heißt Resi.

https://photos.app.goo.gl/q8Jx2kV4rMzYb7Na9

Wann kommst du wieder mal raus aufs Land?
Flo""",
    ),
    m(
        "f17",
        "2025-12-08 19:02",
        MAMA,
        "Weihnachten",
        N(),
        """Liebe Leni,

wann kommst du denn nach Wels? Papa meint, du nimmst den Zug am 23. am Nachmittag? Ich mach am Heiligen Abend wieder Fisch und Erdäpfelsalat, am Christtag kommt die Tante Gerti.

Und bring bitte die Tupperdosen vom Sommer mit 😉

Hast du schon was gehört wegen der Arbeit? Papa und ich drücken dir die Daumen.

Bussi, Mama""",
    ),
    m(
        "f18",
        "2026-01-25 17:38",
        FLO,
        "Umzug 21.2. – Bus reserviert",
        N(),
        """Hey Leni,

Bus ist reserviert (Sprinter von der Feuerwehr, danke Onkel Sepp) – für den Kleinkram, die Möbel machen ja eh die Novak-Leute. Ich bin am Freitag, 20.2., am Abend bei dir, Schlafsack nehm ich mit.

Brauchst noch Kartons? Hab vom Baumarkt 15 Stück.

Flo""",
    ),
    m(
        "f19",
        "2026-02-14 09:20",
        MAMA,
        "Gratuliere!",
        N(),
        """Liebe Leni,

Papa hat mir erzählt, dass du die Schlüssel schon hast – gratuliere zur neuen Wohnung! Und dann noch der neue Job ab März, da hast du dir ja was vorgenommen. Wir sind sehr stolz auf dich.

Ich schick dir mit der Post ein kleines Paket für die Küche.

Bussi, Mama & Papa""",
    ),
    # ---- doctors
    m(
        "f20",
        "2025-09-15 11:30",
        LINDNER,
        "Terminbestätigung: Vorsorgeuntersuchung am 24.09.2025",
        N(),
        """Sehr geehrte Frau Hofstätter,

hiermit bestätigen wir Ihren Termin:

Vorsorgeuntersuchung (Gesundenuntersuchung)
Mittwoch, 24.09.2025, 07:45 Uhr
Ordination Dr. Eva Lindner, Ärztin für Allgemeinmedizin
Margaretenstraße 82/4, 1050 Wien

Bitte kommen Sie nüchtern (ab 22 Uhr am Vorabend nichts essen) und bringen Sie Ihre e-card sowie eine Harnprobe mit.

Absagen bitte mindestens 24 Stunden vorher telefonisch unter 01 544 18 20.

Ihr Ordinationsteam""",
        ics=ics(
            "vu-20250924-0745-hofstaetter@dr-lindner.example",
            "2025-09-24 07:45",
            "Vorsorgeuntersuchung Dr. Lindner",
            ("Ordination Dr. Eva Lindner", "ordination@dr-lindner.example"),
            minutes=30,
            location="Margaretenstraße 82/4, 1050 Wien",
        ),
    ),
    m(
        "f21",
        "2025-09-29 15:02",
        "Labor Dr. Wagner <befund@labor-wagner.example>",
        "Ihr Befund ist verfügbar",
        N(),
        """Sehr geehrte Patientin,

Ihr Laborbefund vom 24.09.2025 (zugewiesen von Dr. Eva Lindner) ist verfügbar.

Sie können den Befund mit Ihrem persönlichen Code unter https://befund.labor-wagner.example abrufen. Den Code haben Sie bei der Blutabnahme erhalten.

Bei Fragen zu Ihren Ergebnissen wenden Sie sich bitte an Ihre zuweisende Ärztin.

Labor Dr. Wagner GmbH, Wien""",
    ),
    m(
        "f22",
        "2025-10-23 08:00",
        "Zahnarztpraxis Dr. Šimek <termine@zahnarzt-simek.example>",
        "Erinnerung: Ihr Termin zur Mundhygiene am 30.10.",
        N(),
        """Liebe Frau Hofstätter,

wir erinnern Sie an Ihren Termin zur professionellen Mundhygiene:

Donnerstag, 30.10.2025, 17:20 Uhr
Zahnarztpraxis Dr. Tomáš Šimek, Pilgramgasse 14, 1050 Wien
Dauer: ca. 50 Minuten | Kosten: € 95,– (Privatleistung)

Wenn Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis 48 Stunden vorher ab.

Ihr Praxisteam""",
        ics=ics(
            "mh-20251030-1720-hofstaetter@zahnarzt-simek.example",
            "2025-10-30 17:20",
            "Mundhygiene Dr. Šimek",
            ("Zahnarztpraxis Dr. Šimek", "termine@zahnarzt-simek.example"),
            minutes=50,
            location="Pilgramgasse 14, 1050 Wien",
        ),
    ),
    m(
        "f23",
        "2025-11-27 13:45",
        "Termin-Service Hautarztpraxis Dr. Kern <noreply@hautarzt-kern.example>",
        "Ihr Online-Termin wurde gebucht",
        N(),
        """Guten Tag Frau Hofstätter,

Ihr Termin wurde erfolgreich gebucht:

Muttermal-Kontrolle (Auflichtmikroskopie)
Montag, 15.12.2025, 09:10 Uhr
Dr. Sabine Kern, Fachärztin für Haut- und Geschlechtskrankheiten, Wahlärztin
Neubaugasse 47, 1070 Wien

Termin verschieben oder stornieren: https://termine.hautarzt-kern.example/b/HK-99120

Diese Nachricht wurde automatisch versandt.""",
        ics=ics(
            "HK-99120@hautarzt-kern.example",
            "2025-12-15 09:10",
            "Hautarzt Dr. Kern – Muttermal-Kontrolle",
            ("Hautarztpraxis Dr. Kern", "noreply@hautarzt-kern.example"),
            minutes=20,
            location="Neubaugasse 47, 1070 Wien",
        ),
    ),
    m(
        "f24",
        "2026-01-20 18:00",
        "Ordination Dr. Lindner <ordination@dr-lindner.example>",
        "Terminverschiebung",
        N(),
        """Sehr geehrte Frau Hofstätter,

leider müssen wir Ihren Kontrolltermin am 22.01.2026 krankheitsbedingt verschieben. Neuer Termin: Dienstag, 27.01.2026, 16:15 Uhr.

Falls dieser Termin für Sie nicht passt, rufen Sie uns bitte an: 01 544 18 20.

Wir bitten um Verständnis.
Ihr Ordinationsteam""",
        ics=ics(
            "kontrolle-20260122-hofstaetter@dr-lindner.example",
            "2026-01-27 16:15",
            "Kontrolltermin Dr. Lindner",
            ("Ordination Dr. Eva Lindner", "ordination@dr-lindner.example"),
            minutes=15,
            sequence=1,
            location="Margaretenstraße 82/4, 1050 Wien",
        ),
    ),
    m(
        "f25",
        "2026-02-03 10:20",
        "ÖGK <noreply@oegk.at>",
        "Neue Nachricht in Ihrem meineSV-Postfach",
        N(),
        """Sehr geehrte Frau Hofstätter,

in Ihrem Postfach auf meineSV.at liegt eine neue Nachricht für Sie bereit:

Versicherungsdatenauszug – Änderung der Versicherungszeiten

Bitte melden Sie sich mit ID Austria unter https://www.meinesv.at an, um die Nachricht zu lesen.

Ihre Österreichische Gesundheitskasse""",
    ),
    # ---- the old job: Hotel Wiedner Hof
    m(
        "f26",
        "2025-10-01 17:30",
        "Mag. Robert Seifried <direktion@wiednerhof.example>",
        "Information an alle Mitarbeiterinnen und Mitarbeiter",
        N(),
        """Liebe Kolleginnen und Kollegen,

wie viele von Ihnen bereits gehört haben, haben die Eigentümer heute entschieden, das Hotel Wiedner Hof mit 31. Jänner 2026 für eine umfassende Generalsanierung zu schließen. Die Wiedereröffnung ist nach derzeitiger Planung für Frühjahr 2028 geplant.

Ich weiß, dass diese Nachricht für viele von Ihnen ein Schock ist. Wir werden jede und jeden von Ihnen in den nächsten Tagen persönlich zu einem Gespräch einladen. Der Betriebsrat ist bereits eingebunden, und wir arbeiten an einem Sozialplan.

Da unsere Hotel-Mailadressen mit der Schließung deaktiviert werden, schicken wir diese und alle weiteren Informationen auch an Ihre privaten E-Mail-Adressen.

In Dankbarkeit für alles, was Sie für dieses Haus geleistet haben,
Robert Seifried
General Manager""",
        to="Alle Mitarbeiter:innen Hotel Wiedner Hof <team@wiednerhof.example>",
    ),
    m(
        "f27",
        "2025-10-15 14:10",
        WH_HR,
        "Ihr Dienstverhältnis – Schreiben zur Kenntnisnahme",
        N(),
        """Sehr geehrte Frau Hofstätter,

wie im persönlichen Gespräch am 13. Oktober besprochen, übermitteln wir Ihnen anbei die schriftliche Arbeitgeberkündigung Ihres Dienstverhältnisses unter Einhaltung der kollektivvertraglichen Kündigungsfrist zum 31. Jänner 2026.

Sie haben gemäß Sozialplan Anspruch auf eine freiwillige Abfertigung in Höhe von drei Bruttomonatsgehältern zusätzlich zu Ihren gesetzlichen Ansprüchen. Für die Suche nach einer neuen Stelle steht Ihnen während der Kündigungsfrist die gesetzliche Postensuchzeit (ein Tag pro Woche) zu.

Bitte bestätigen Sie den Erhalt des beiliegenden Schreibens durch Ihre Unterschrift.

Mit freundlichen Grüßen
Andrea Kovacs
Personalbüro
Hotel Wiedner Hof · Wiedner Hauptstraße 44 · 1040 Wien""",
        attach=[("Kuendigung_Hofstaetter.pdf", "application/pdf", "%PDF-1.4 Arbeitgeberkündigung")],
    ),
    m(
        "f28",
        "2025-12-01 12:00",
        "Sabrina Maier <sabrina.maier.wh@gmail.com>",
        "Weihnachtsfeier – die letzte im Wiedner Hof 🎄",
        N(),
        """Liebes Team,

ja, es ist die letzte – also machen wir sie ordentlich! Weihnachtsfeier am Freitag, 19. Dezember, ab 19 Uhr im Frühstücksraum (wo sonst 😅). Küche kocht, Bar ist offen, DJ ist unser Nachtportier Ferdi.

Bitte bis 10.12. zu- oder absagen, damit die Küche planen kann.

Sabrina
(Festkomitee, Housekeeping)""",
        to="Team Wiedner Hof <team-privat@googlegroups.com>",
        ics=ics(
            "wf-wiednerhof-2025@google.com",
            "2025-12-19 19:00",
            "Weihnachtsfeier Wiedner Hof 🎄",
            ("Sabrina Maier", "sabrina.maier.wh@gmail.com"),
            minutes=300,
            location="Hotel Wiedner Hof, Frühstücksraum",
        ),
    ),
    m(
        "f29",
        "2026-01-29 11:25",
        WH_HR,
        "Ihr Dienstzeugnis und Ihre Endabrechnung",
        N(),
        """Sehr geehrte Frau Hofstätter,

anbei erhalten Sie Ihr Dienstzeugnis sowie die Endabrechnung (Urlaubsersatzleistung, anteilige Sonderzahlungen, freiwillige Abfertigung laut Sozialplan). Das Original des Dienstzeugnisses senden wir Ihnen zusätzlich per Post zu.

Die Abmeldung bei der ÖGK erfolgt mit 31.01.2026, die Arbeitsbescheinigung für das AMS haben wir elektronisch übermittelt.

Wir danken Ihnen für sieben großartige Jahre im Wiedner Hof und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Andrea Kovacs
Personalbüro Hotel Wiedner Hof""",
        attach=[
            ("Dienstzeugnis_Hofstaetter.pdf", "application/pdf", "%PDF-1.4 Dienstzeugnis"),
            ("Endabrechnung_01-2026.pdf", "application/pdf", "%PDF-1.4 Endabrechnung"),
        ],
    ),
    m(
        "f30",
        "2026-01-27 22:14",
        "Ferdinand Gruber <ferdi.nachtportier@gmx.at>",
        "Abschied am 30.1. – Kommst?",
        N(),
        """Servus Leni,

am Freitag, 30.1., nach dem letzten Check-out machen wir einen Abschied in der Bar, bevor der Schlüssel umgedreht wird. Ab 15 Uhr, jeder bringt was mit. Der Chef hat gesagt, die restlichen Flaschen im Keller „müssen weg“ 😄

Du kommst eh, oder? Ohne unsere Revenue-Chefin geht das nicht.

Ferdi""",
    ),
    # ---- clubs, courses, appointments
    m(
        "f31",
        "2025-09-21 10:40",
        "Vienna Night Run <info@viennanightrun.example>",
        "Deine Anmeldung ist bestätigt! 🏃",
        N(),
        """Hallo Magdalena,

deine Anmeldung zum Vienna Night Run am Dienstag, 30. September 2025, ist bestätigt!

Startnummer: 4418
Startblock: C (Start 19:45 Uhr, Rathausplatz)
Team: „Wiedner Hof Runners“

Die Startunterlagen holst du am Renntag ab 15 Uhr im Startbereich ab. Der gesamte Reinerlös geht an Licht ins Dunkel.

Wir sehen uns an der Startlinie!
Dein Night-Run-Team""",
    ),
    m(
        "f32",
        "2025-10-20 09:30",
        "AK Wien Arbeitsrechtsberatung <termine@akwien.at>",
        "Ihr Beratungstermin in der Arbeitsrechtsberatung",
        N(),
        """Sehr geehrte Frau Hofstätter,

wir bestätigen Ihren Termin in der Arbeitsrechtsberatung der Arbeiterkammer Wien:

Thema: Beendigung des Dienstverhältnisses / Sozialplan
Dienstag, 28.10.2025, 14:00 Uhr
AK Wien, Prinz-Eugen-Straße 20-22, 1040 Wien, Beratungszentrum Erdgeschoß

Bitte bringen Sie Ihren Dienstvertrag, das Kündigungsschreiben, die letzten Lohnzettel und den Sozialplan mit.

Ihre Arbeiterkammer Wien""",
        ics=ics(
            "ak-ber-20251028-1400-hofstaetter@akwien.at",
            "2025-10-28 14:00",
            "AK Arbeitsrechtsberatung",
            ("AK Wien", "termine@akwien.at"),
            style="outlook",
            minutes=45,
            location="AK Wien, Prinz-Eugen-Straße 20-22, 1040 Wien",
        ),
    ),
    m(
        "f33",
        "2025-11-14 10:00",
        "WIFI Wien <kundenservice@wifiwien.at>",
        "Erinnerung: Ihr Kurs Power BI – Grundlagen beginnt am Montag",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihr Kurs „Power BI – Grundlagen“ (24118) beginnt am Montag, 17.11.2025, um 18:00 Uhr im WIFI Wien, Raum 3.14.

Bitte bringen Sie Ihren eigenen Laptop mit installiertem Power BI Desktop mit. Die Zugangsdaten für das WLAN erhalten Sie vor Ort.

Wir wünschen Ihnen einen erfolgreichen Kurs!
Ihr WIFI Wien""",
    ),
    m(
        "f34",
        "2025-10-05 08:00",
        "Yogaraum Margareten <hallo@yogaraum-margareten.example>",
        "Dein Kursplan für Oktober 🧘",
        N(),
        """Namasté Magdalena,

dein 10er-Block ist noch für 6 Einheiten gültig (bis 31.12.). Im Oktober neu: Yin Yoga am Donnerstagabend und ein Sonntags-Workshop „Rücken & Schultern für Schreibtischmenschen“.

Zum Kursplan und zur Buchung: https://yogaraum-margareten.example/kursplan

Alles Liebe
Anna vom Yogaraum""",
    ),
    m(
        "f35",
        "2025-12-02 19:20",
        "Wiener Tafel <freiwillige@wienertafel.example>",
        "Danke für deine Bewerbung als Freiwillige!",
        N(),
        """Liebe Magdalena,

vielen Dank für deine Bewerbung als freiwillige Mitarbeiterin bei der Wiener Tafel! Wir freuen uns sehr über deine Unterstützung.

Als nächsten Schritt laden wir dich zu unserem Infoabend ein: Donnerstag, 11.12.2025, 18:00 Uhr, in unserem Lager in der Laxenburger Straße. Dort erfährst du alles über unsere Touren und kannst dir deine Einsätze aussuchen.

Bis bald und danke, dass du dabei bist!
Dein Freiwilligen-Team der Wiener Tafel""",
    ),
    m(
        "f36",
        "2026-01-15 20:02",
        "Revenue Circle Vienna <hello@revenuecircle.example>",
        "Revenue Circle #16: Wir suchen Speaker:innen!",
        N(),
        """Liebe Revenue-Community,

für den Revenue Circle #16 im März suchen wir wieder Speaker:innen! Thema diesmal: „Total Revenue – was kommt nach dem Zimmer?“

Bewerbt euch mit einem kurzen Abstract (max. 500 Zeichen) bis 6. Feber über unser Formular: https://revenuecircle.example/call-for-speakers

Und: Danke an alle, die beim #15 im Dezember dabei waren – die Folien findet ihr auf unserer Seite.

Christina & Paul""",
        headers={"List-Unsubscribe": "<https://revenuecircle.example/unsubscribe>"},
    ),
    m(
        "f37",
        "2025-12-27 16:48",
        FLO,
        "Silvester?",
        N(),
        """Leni, was machst du zu Silvester? Wir sind bei Martina in Linz, es gibt Raclette und Bleigießen (bzw. Wachsgießen, eh schon wissen). Platz auf der Couch wär da.

Flo""",
    ),
    m(
        "f38",
        "2026-01-31 13:05",
        SOPHIE,
        "Ball-Fotos 💃",
        N(),
        """Soooo schön war's! Hier die Fotos vom Ball:

https://photos.app.goo.gl/u3Nb8XrT2wVq5Lc7A

Das Foto bei der Quadrille ist mein neues Hintergrundbild. Du hast übrigens dem Herrn mit der Fliege am Nebentisch erklärt, was ein „Pick-up“ ist, um 2 Uhr früh. Nur damit du's weißt 😂

S.""",
    ),
    m(
        "f39",
        "2025-09-30 22:45",
        "Vienna Night Run <info@viennanightrun.example>",
        "Deine Ergebnisse vom Vienna Night Run 2025",
        N(),
        """Gratuliere, Magdalena!

Du hast den Vienna Night Run 2025 geschafft:

Zeit (netto): 27:48
Platzierung gesamt: 4.212 von 19.830
Platzierung Altersklasse W30: 318

Deine Urkunde: https://www.viennanightrun.example/ergebnisse/urkunde?nr=4418

Danke fürs Mitlaufen!""",
    ),
    m(
        "f40",
        "2025-10-29 12:15",
        "PriceAtlas Events <events@priceatlas.example>",
        "Danke für Ihre Teilnahme – Aufzeichnung & Folien",
        N(),
        """Hallo Magdalena,

danke, dass Sie heute beim Webinar „Forecasting für 2026“ dabei waren! Hier finden Sie die Aufzeichnung und die Folien zum Download:

https://priceatlas.example/webinar/forecast26/recording

Sie möchten sehen, wie PriceAtlas in Ihrem Hotel funktioniert? Vereinbaren Sie jetzt eine persönliche Demo – im November mit 20 % Rabatt auf das erste Jahr.

Ihr PriceAtlas Team""",
        headers={"List-Unsubscribe": "<https://priceatlas.example/unsubscribe>"},
    ),
    m(
        "f41",
        "2025-10-06 22:10",
        SOPHIE,
        "Re: Kannst du nochmal über mein Anschreiben schauen?",
        N(),
        """Du bist die Beste!! Hab deinen Satz mit dem „Team durch die Fusion geführt“ genau so übernommen. Ist abgeschickt 🤞

S.""",
    ),
    m(
        "f42",
        "2025-11-08 13:27",
        "Bernd Auer <bernd.auer@chello.at>",
        "Martinigansl: Fr 14.11., 19 Uhr, fix!",
        N(),
        """Servus,

laut Doodle passt's am besten am Freitag, 14.11. – Tisch ist reserviert, 19 Uhr, Gasthaus in der Lange Gasse. 7 Personen, 1x vegetarisch.

Wer später kommt, bitte kurz Bescheid geben.

Baba
Bernd""",
        to=FRIENDS,
    ),
    m(
        "f43",
        "2025-12-04 09:12",
        KATHI,
        "Re: Punsch am Spittelberg – Mittwoch?",
        N(),
        """Fotos vom Punsch anbei – ich schau auf jedem aus wie ein Weihnachtsmann mit der Haube 😂

War so nett gestern! Leni, viel Spaß in Lissabon!!

K.""",
        to=FRIENDS,
        attach=[("IMG_4471.jpg", "image/jpeg", "JPEG placeholder")],
    ),
    m(
        "f44",
        "2025-10-27 21:55",
        LUKAS,
        "Zusage!! 🎉",
        N(),
        """Leni!

Travelio hat mir heute die Zusage gegeben – Partner Manager DACH, Start 1. Dezember! Ich kann's noch gar nicht glauben. Das Angebot ist echt gut, und sie zahlen sogar den Umzug, falls ich nach Amsterdam will (will ich nicht 😄).

Ich weiß, dass es bei dir mit denen leider nicht geklappt hat – tut mir echt leid. Die sind blöd, dass sie dich nicht genommen haben. Ich hör mich intern um, ob's was gibt!

Drink nächste Woche? Ich lad dich ein.

Lukas""",
    ),
    m(
        "f45",
        "2026-01-16 18:02",
        LUKAS,
        "Drinks am Donnerstag?",
        N(),
        """Hey, wie schaut's aus, Donnerstag auf ein Bier im Siebenstern? Ich will alles über Roomwise hören – und ich erzähl dir, wie man in einem Konzern überlebt, in dem jedes Meeting auf Englisch ist 🙈

L.""",
    ),
    m(
        "f46",
        "2026-01-24 11:18",
        HANNAH,
        "CONGRATS!!!",
        N("en"),
        """LENI!!! I just saw your message – you took the Roomwise job! I'm so, so happy for you. Revenue nerd goes tech, the world is not ready.

We need to celebrate properly. I'm in Vienna for a conference in April, first round of Spritzer is on me.

H xx""",
    ),
    m(
        "f47",
        "2026-01-05 19:40",
        "Julia & Markus <hochzeit.julia.markus@gmail.com>",
        "Save the Date: Wir heiraten! 💍",
        N(),
        """Liebe Leni,

wir trauen uns! Bitte haltet euch schon einmal den Samstag, 13. Juni 2026, frei – gefeiert wird im Weingut Steininger am Wagram.

Die offizielle Einladung folgt im Frühling. Wir freuen uns riesig auf euch!

Julia & Markus""",
    ),
    m(
        "f48",
        "2026-02-19 21:30",
        FLO,
        "Re: Umzug 21.2. – Bus reserviert",
        N(),
        """Update: Ich komm doch erst am Samstag um 7 in der Früh, Martina hat am Freitag ihre Weihnachtsfeier nachgeholt (ja, im Feber). Kaffee bitte bereithalten ☕

Flo""",
    ),
    m(
        "f49",
        "2026-02-16 12:10",
        MAMA,
        "Paket",
        N(),
        """Liebe Leni, das Paket ist unterwegs – da ist die Rührschüssel von der Oma drin, ein Geschirrtuch-Set und Marillenmarmelade. Pass auf beim Auspacken, die Gläser sind nur in Zeitungspapier eingewickelt.

Bussi, Mama""",
    ),
    m(
        "f50",
        "2025-12-10 16:05",
        "ÖGK Bewilligung <bewilligung@oegk.at>",
        "Ihre Verordnung wurde bewilligt",
        N(),
        """Sehr geehrte Frau Hofstätter,

Ihre Verordnung für Physiotherapie (10 Einheiten à 30 Minuten, Diagnose: Zervikalsyndrom), ausgestellt von Dr. Eva Lindner, wurde bewilligt.

Bewilligungsnummer: 2025-W-7718420
Gültig bis: 10.03.2026

Bitte legen Sie die Bewilligung bei Ihrer Physiotherapeutin bzw. Ihrem Physiotherapeuten vor.

Ihre Österreichische Gesundheitskasse""",
    ),
    m(
        "f51",
        "2026-01-09 10:45",
        "Physio am Naschmarkt <termine@physio-naschmarkt.example>",
        "Terminbestätigung: Physiotherapie ab 13.01.",
        N(),
        """Liebe Frau Hofstätter,

wir bestätigen Ihre Termine für die Physiotherapie bei Mag. Teresa Fuchs:

Di 13.01., Di 20.01., Di 27.01., Di 03.02. und Di 10.02.2026, jeweils 08:00 Uhr

Bitte bringen Sie zum ersten Termin die ÖGK-Bewilligung und ein Handtuch mit. Den ersten Termin schicken wir Ihnen als Kalendereinladung.

Ihr Team von Physio am Naschmarkt
Linke Wienzeile 36, 1060 Wien""",
        ics=ics(
            "physio-20260113-hofstaetter@physio-naschmarkt.example",
            "2026-01-13 08:00",
            "Physiotherapie (Mag. Fuchs)",
            ("Physio am Naschmarkt", "termine@physio-naschmarkt.example"),
            minutes=30,
            location="Linke Wienzeile 36, 1060 Wien",
        ),
    ),
    m(
        "f52",
        "2025-12-14 09:00",
        "Yogaraum Margareten <hallo@yogaraum-margareten.example>",
        "Dein 10er-Block läuft Ende Dezember ab",
        N(),
        """Hallo Magdalena,

dein 10er-Block hat noch 2 Einheiten und läuft am 31.12. ab. Nutze sie bei unseren Weihnachtsklassen – oder verlängere ihn jetzt mit 15 % Winterrabatt.

Namasté
Anna""",
    ),
    m(
        "f53",
        "2026-01-20 08:00",
        "Vienna City Marathon <newsletter@vienna-marathon.example>",
        "Jetzt anmelden: Halbmarathon am 19. April 2026",
        N(),
        """Hallo Magdalena,

nur noch wenige Startplätze im Halbmarathon! Sichere dir jetzt deinen Platz zum Frühbucherpreis von € 69 – die Anmeldung schließt am 15. Feber oder sobald das Limit erreicht ist.

Jetzt anmelden: https://www.vienna-marathon.example/anmeldung

Dein Vienna City Marathon Team
Abmelden: https://www.vienna-marathon.example/newsletter/abmelden""",
        headers={"List-Unsubscribe": "<https://www.vienna-marathon.example/newsletter/abmelden>"},
    ),
    m(
        "f54",
        "2025-12-03 18:00",
        "Revenue Circle Vienna <hello@revenuecircle.example>",
        "Einladung: Revenue Circle #15 – Weihnachtsedition",
        N(),
        """Liebe Revenue-Community,

zum Jahresabschluss treffen wir uns am Donnerstag, 11. Dezember, um 18:30 Uhr im Impact Hub Vienna. Zwei kurze Talks („Budget 2026 ohne Glaskugel“, „Was Airlines uns über Ancillaries lehren“), danach Punsch.

Anmeldung: https://revenuecircle.example/15

Christina & Paul""",
        ics=ics(
            "rc15-community@revenuecircle.example",
            "2025-12-11 18:30",
            "Revenue Circle #15 – Weihnachtsedition",
            ("Revenue Circle Vienna", "hello@revenuecircle.example"),
            minutes=180,
            location="Impact Hub Vienna, Lindengasse 56, 1070 Wien",
        ),
        headers={"List-Unsubscribe": "<https://revenuecircle.example/unsubscribe>"},
    ),
    m(
        "f55",
        "2025-11-18 12:00",
        "FH Donau Tourismus Alumni <alumni@fh-donau-tourismus.example>",
        "Alumni-News: Karriere-Special mit drei Absolventinnen im Interview",
        N(),
        """Liebe Alumni,

in unserem Herbst-Newsletter stellen wir drei Absolventinnen vor, die den Sprung von der Hotellerie in neue Branchen gewagt haben – vom Revenue Management in die Software-Entwicklung, vom Front Office in die Airline-Welt und vom Bankett in die Eventagentur. Im Interview erzählen sie, wie ihre Bewerbungen gelaufen sind und was sie heute anders machen würden.

Außerdem: Save the Date für das Alumni-Treffen am 22. Jänner und ein Rückblick auf die Sponsion.

Zum Newsletter: https://alumni.fh-donau-tourismus.example/news/herbst-2025

Ihr Alumni-Team""",
        headers={"List-Unsubscribe": "<https://alumni.fh-donau-tourismus.example/abmelden>"},
    ),
    m(
        "f56",
        "2026-02-25 20:12",
        SOPHIE,
        "Re: Einweihungsfeier im Sonnwendviertel 🏠",
        N(),
        """Bin dabei! Ich bring den Sekt – und meine neue Kollegin, die will unbedingt die Revenue-Frau kennenlernen, von der ich immer erzähle 😄

Bussi
S.""",
        to=FRIENDS,
        **re_("<4c8d1a2b-5e6f-4a7b-8c9d-0e1f2a3b4c5d@gmx.at>"),
    ),
    m(
        "f57",
        "2025-09-27 21:15",
        FLO,
        "Fotos von Omas Feier",
        N(),
        """Da sind die Fotos vom 85er. Oma hat beim Gruppenfoto die Augen zu, aber egal, sie war so happy.

https://photos.app.goo.gl/h7Qw2nZ5pVx1Ky9c6

Gute Heimfahrt!
Flo""",
    ),
    m(
        "f58",
        "2025-12-22 10:30",
        "Sabrina Maier <sabrina.maier.wh@gmail.com>",
        "Fotos Weihnachtsfeier + Danke",
        N(),
        """Liebes Team,

danke für den schönsten und traurigsten Abend des Jahres. Die Fotos sind hier: https://photos.app.goo.gl/r2Lk9Vw4bNq7Zt3s8

Und Leni – deine Rede war der Hammer, die halbe Küche hat geweint.

Sabrina""",
        to="Team Wiedner Hof <team-privat@googlegroups.com>",
    ),
    m(
        "f59",
        "2026-02-06 17:44",
        KATHI,
        "Wie war die Schlüsselübergabe?",
        N(),
        """Und?? Wie ist die Wohnung? Schick Fotos!! Ist die Loggia so groß wie auf dem Plan?

Und wie fühlt sich das an, ein ganzes Monat frei vor dem neuen Job? Ich wär neidisch, wenn ich nicht wüsste, dass du eh die ganze Zeit Kartons packst 😅

K.""",
    ),
    m(
        "f60",
        "2025-10-30 19:20",
        "Zahnarztpraxis Dr. Šimek <termine@zahnarzt-simek.example>",
        "Ihre Rechnung vom 30.10.2025",
        N(),
        """Liebe Frau Hofstätter,

anbei Ihre Honorarnote für die heutige Mundhygiene (€ 95,00), bezahlt mit Bankomatkarte. Einen Teil der Kosten können Sie je nach Zusatzversicherung rückerstattet bekommen.

Ihr Praxisteam""",
        attach=[("Honorarnote_2025-10-30.pdf", "application/pdf", "%PDF-1.4 Honorarnote")],
    ),
    m(
        "f61",
        "2025-09-13 10:05",
        SOPHIE,
        "Re: Heuriger Freitag? 🍷",
        N(),
        """Was für ein Abend 😂 Wer hat eigentlich den Doppler nach Mitternacht bestellt? Ich hab Kopfweh bis heute.

Nächstes Mal gehen wir wieder früher heim. (Sagt sie jedes Mal.)

S.""",
        to=FRIENDS,
    ),
]

thread(MAIL, "f02", "f01")
thread(MAIL, "f03", "f02")
thread(MAIL, "f61", "f03")
thread(MAIL, "f41", "f05", "<9e1d2c3b-7a44-4e0f-b1c2-8d9e0f1a2b3c@gmx.at>")
thread(MAIL, "f43", "f08")
thread(MAIL, "f14", "f13", "<2a6f9e1b-3c4d-4e5f-a6b7-c8d9e0f1a2b3@gmx.at>")
thread(MAIL, "f48", "f18")
