# ruff: noqa: E501, RUF100
"""Corpus 133, family, friends, the handball club and newsletters (data only): see heldout133.py."""

from __future__ import annotations

from typing import Any

from heldout133_jobs import N, m, thread

LEA = "Lea Brandt <lea.brandt@posteo.de>"
MAMA = "Gabi Wehrle <gabi.wehrle@t-online.de>"
FELIX = "Felix Wehrle <felix.wehrle@gmail.com>"
BASTI = "Sebastian Kiefer <basti.kiefer88@gmail.com>"
MIRA = "Mira Schädle <mira.schaedle@outlook.de>"
TOBI = "Tobias Renz <tobi.renz@gmx.net>"
TSV = "TSV Vaihingen Handball <handball@tsv-vaihingen.example>"

SENT_FELIX_SKI = "<trinity-58e0c2a9-d7f3-4b61-a0c4-3e9f2b1d7a55-1767720231904@3c-app-gmx-bs12>"
SENT_TOBI = "<trinity-0c7d3b5e-a9f2-4e81-b6d0-2f4a1c8e9b37-1761162690331@3c-app-gmx-bap33>"
SENT_ERIK = "<trinity-6a2f0e91-3c8b-47d5-9e14-b5d7c0a2f863-1764430093520@3c-app-gmx-bs71>"


# --- Lea ------------------------------------------------------------------------------------------

lea_flat = m(
    "k0le",
    "2025-10-02 12:48",
    LEA,
    "Wohnung!!",
    N(),
    text="""Schau mal, die hier in Vaihingen wär doch perfekt, Balkon + nah an der S-Bahn:
https://www.immobilienscout24.de/expose/158772031

Schreibst du die an? Ich hab heute bis 18 Uhr Unterricht.

Kuss, L.
""",
)

lea_oma = m(
    "r2lo",
    "2025-10-29 07:12",
    LEA,
    "Samstag",
    N(),
    text="""Morgen Schatz,

Oma hat angerufen, sie würde sich riesig freuen, wenn wir am Samstag zum Kaffee nach Nagold kommen. Ich hab mal zugesagt – passt das mit deinem Handballspiel? Das ist doch erst um 18 Uhr, oder?

L.

Von meinem iPhone gesendet
""",
)

lea_yes = m(
    "v7ly",
    "2025-11-20 12:03",
    LEA,
    "Re: Zusage – Wohnung Vaihinger Markt 7",
    N(),
    text="""AAAAAH!!! 🎉🎉🎉

Ich kann's nicht glauben. Heute Abend wird angestoßen. Ich frag gleich mal meinen Bruder, ob er den Transporter am 20.12. hat.

L.

Am 20.11.2025 um 11:52 schrieb Jonas Wehrle <jonas.wehrle@gmx.de>:
> Wir haben sie!! Siehe unten.
>
> ---------- Weitergeleitete Nachricht ----------
> Von: Hausverwaltung Krämer <vermietung@hv-kraemer.example>
> Betreff: Zusage – Wohnung Vaihinger Markt 7, 2. OG links
""",
)

lea_luck = m(
    "c3lg",
    "2025-12-11 07:05",
    LEA,
    "Viel Glück heute",
    N(),
    text="""Du rockst das in Gmünd heute! Und denk dran, nicht wieder 20 Minuten über Weibull-Verteilungen zu reden 😘

Ruf mich an, wenn du im Zug sitzt.
L.
""",
)

lea_list = m(
    "h4ll",
    "2025-12-19 21:30",
    LEA,
    "Umzug morgen – Liste",
    N(),
    text="""Damit wir morgen nichts vergessen:

- 7:30 Transporter bei Jan abholen
- Schlüssel Ernst-Bloch-Str. um 16 Uhr an Herrn Demmler
- Zählerstände fotografieren (Strom + Wasser)!!
- Pizza für die Helfer bestellen (8 Leute, 2 vegetarisch)
- Kabel-Router nicht einpacken, den holt Vodafone nicht ab

Gute Nacht ❤
""",
)

lea_nt = m(
    "w8ln",
    "2026-02-13 11:42",
    LEA,
    "und??",
    N(),
    text="""Wie lief's in Nürtingen? Erzähl!!

Ich hab heute Nachmittag frei, sollen wir abends bei dem neuen Vietnamesen am Vaihinger Markt essen?
""",
)

lea_sekt = m(
    "e1ls",
    "2026-03-10 18:34",
    LEA,
    "Re: Unterschrieben!",
    N(),
    text="""Sekt ist kaltgestellt 🍾🍾 Ich bin so stolz auf dich!!

Und Nürtingen mit dem Rad ist ja fast schon Trainingslager 😄

L.

> Am 10.03.2026 um 18:25 schrieb Jonas Wehrle <jonas.wehrle@gmx.de>:
> Hab grade die Zusage an Walz geschickt. Es ist offiziell :)
""",
)


# --- family ---------------------------------------------------------------------------------------

mama_sunday = m(
    "f2ms",
    "2025-10-11 18:20",
    MAMA,
    "Sonntag",
    N(),
    text="""Hallo Jonas,

kommt ihr morgen zum Mittagessen? Es gibt Maultaschen und Kartoffelsalat. Papa hat die neue Bohrmaschine ausgepackt und weiß nicht wie der Akku reingeht, vielleicht kannst du mal schauen.

Liebe Grüße auch an Lea
Mama
""",
)

mama_advent = m(
    "t5ma",
    "2025-11-30 19:05",
    MAMA,
    "Adventskalender",
    N(),
    text="""Hallo ihr zwei,

ich hab euch einen Adventskalender gemacht, der liegt bei uns. Holt ihr ihn nächste Woche ab oder soll ich ihn schicken? Die neue Adresse ist ja erst ab Weihnachten, oder?

Wie geht es mit deinen Bewerbungen? Papa fragt jeden Tag. Ich hab ihm gesagt er soll dich in Ruhe lassen.

Liebe Grüße
Mama
""",
)

mama_xmas = m(
    "d9mx",
    "2025-12-20 10:14",
    MAMA,
    "Weihnachten",
    N(),
    text="""Hallo Jonas,

also Heiligabend: Gottesdienst um 16 Uhr, danach Essen bei uns (Raclette), Felix kommt am 23. schon. Am 25. sind wir bei Tante Hilde in Herrenberg, da müsst ihr nicht mit wenn ihr nicht wollt.

Bringt bitte keine großen Geschenke mit, wir haben alles.

Viel Kraft beim Umzug heute!!
Mama
""",
)

mama_congrats = m(
    "o6mc",
    "2026-03-11 08:02",
    MAMA,
    "Gratulation!!!",
    N(),
    text="""Lieber Jonas,

Lea hat es uns schon verraten – herzlichen Glückwunsch zur neuen Stelle! Papa ist ganz aus dem Häuschen, Nürtingen kennt er noch von früher, da war er mal bei Heller auf Montage.

Wir sind sehr stolz auf dich. Das müssen wir feiern, kommt doch am Sonntag.

Mama
""",
)

felix_howsitgoing = m(
    "x9fh",
    "2025-10-26 21:47",
    FELIX,
    "Jobsuche?",
    N(),
    text="""Hey Bruderherz,

wie läuft's mit den Bewerbungen? Mama meinte, du hättest schon ein paar Gespräche. Falls du mal jemanden brauchst, der dein Anschreiben liest – ich hab Zeit, hier in Freiburg regnet's eh seit einer Woche.

Bei uns im Institut suchen sie übrigens auch Leute, aber eher Doktoranden, das ist ja nichts für dich 😄

Bis bald
Felix
""",
)

felix_ski = m(
    "l3fs",
    "2026-01-06 20:10",
    FELIX,
    "Re: Skiwochenende Februar",
    N(),
    text="""Bin dabei! 20.–22. Feb passt mir. Nimmst du Lea mit? Dann sind wir zu viert mit Jule.

Wank-Haus klingt gut, buch du einfach, ich überweis dir meinen Anteil.

F.

Am Di., 6. Jan. 2026 um 18:37 Uhr schrieb Jonas Wehrle <jonas.wehrle@gmx.de>:
> Hey, hättest du Lust auf ein Skiwochenende in Garmisch, 20.–22.2.?
> Hab ne Hütte gefunden, 2 Nächte Halbpension.
""",
    **thread(SENT_FELIX_SKI),
)

felix_photos = m(
    "n4fp",
    "2026-02-24 19:28",
    "Felix Wehrle via WeTransfer <noreply@wetransfer.com>",
    "Felix Wehrle hat Ihnen Garmisch_2026 gesendet",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p><b>Felix Wehrle</b> hat dir Dateien gesendet</p>
<p>124 Elemente, 1,8 GB · Läuft in 7 Tagen ab</p>
<p>„Die besten Bilder vom Wochenende, inkl. deinem legendären Sturz am Hausberg 😂“</p>
<p><a href="https://wetransfer.com/downloads/4a8f1b27c9d3e0/3f21a0">Dateien herunterladen</a></p>
<p style="font-size:11px;color:#888">Um sicherzustellen, dass unsere E-Mails dich erreichen, füge noreply@wetransfer.com zu deinem Adressbuch hinzu.</p>
</body></html>""",
)


# --- friends talking about their own jobs --------------------------------------------------------

basti_quit = m(
    "u0bq",
    "2025-10-17 22:31",
    BASTI,
    "Hab gekündigt!!",
    N(),
    text="""Alter,

heute hab ich's endlich gemacht und meine Kündigung abgegeben. Ab Februar bin ich bei dem Batterie-Startup in Kornwestheim, Teamlead Zellprüfung. Mein Chef hat geguckt als hätte ich ihm gesagt, dass ich zum Mond fliege.

Das Vorstellungsgespräch dort war übrigens das entspannteste ever, die haben mich nach 20 Minuten durch die Halle geführt und dann gefragt wann ich anfangen kann.

Wie siehts bei dir aus? Wenn du willst frag ich mal, ob die noch Leute für die Validierung suchen.

Bier am Freitag im Paulaner?
Basti
""",
)

basti_beer = m(
    "j5bb",
    "2025-11-14 16:44",
    BASTI,
    "Heute Abend",
    N(),
    text="""Heute 20 Uhr Paulaner am Alten Postplatz? Jan und Mira kommen auch.

Sent from my iPhone
""",
)

mira_newjob = m(
    "c0mn",
    "2025-11-19 20:15",
    MIRA,
    "Neuigkeiten 🎉",
    N(),
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo ihr Lieben,</p>
<p>ich wollte es euch persönlich sagen, bevor LinkedIn es tut: Ich habe ein Angebot von der Stadt Stuttgart angenommen und fange am 1. Dezember im Tiefbauamt als Projektleiterin für die Stadtbahnverlängerung an! 🚋</p>
<p>Nach drei Jahren Ingenieurbüro und gefühlt 200 Überstunden freue ich mich riesig auf geregelte Arbeitszeiten. Die Bewerbungsphase war zäh (zwei Absagen, ein Assessment Center, bei dem ich fast geweint hätte), aber es hat sich gelohnt.</p>
<p>Ausstand ist am 28.11. ab 17 Uhr bei uns im Büro, ihr seid herzlich eingeladen!</p>
<p>Mira</p>
</body></html>""",
    to="Jonas Wehrle <jonas.wehrle@gmx.de>, Sebastian Kiefer <basti.kiefer88@gmail.com>, Jan Oswald <jan.oswald@web.de>",
)

mira_market = m(
    "q7mw",
    "2025-12-16 12:20",
    MIRA,
    "Weihnachtsmarkt Donnerstag?",
    N(),
    text="""Hey Jonas,

Donnerstag Glühwein am Schlossplatz? So 18:30 am Eingang beim Kunstmuseum. Lea auch?

Mira
""",
)

li_mira = m(
    "a2lm",
    "2025-12-02 09:15",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Gratulieren Sie Mira Schädle zum neuen Job",
    N(),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Mira Schädle</b> hat eine neue Position als <b>Projektleiterin Stadtbahn</b> bei <b>Landeshauptstadt Stuttgart</b> angetreten.</p>
<p><a href="https://www.linkedin.com/comm/feed/update/urn:li:activity:7401122876/?trk=eml-congrats" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Gratulieren</a></p>
<p style="font-size:12px;color:#666">Diese E-Mail war für Jonas Wehrle. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Abbestellen</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

li_invite = m(
    "z3li",
    "2026-01-30 18:40",
    "LinkedIn <invitations@linkedin.com>",
    "Jonas, Sie haben eine Einladung von Andreas Maier",
    N(),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Andreas Maier</b><br>Leitung Versuch und Validierung | Sondermaschinenbau</p>
<p>möchte sich mit Ihnen vernetzen.</p>
<p><a href="https://www.linkedin.com/comm/mynetwork/invite-accept/7422019/?trk=eml-invite">Annehmen</a> · <a href="https://www.linkedin.com/comm/in/andreas-maier-7b2a01/">Profil ansehen</a></p>
<p style="font-size:12px;color:#666">© 2026 LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

tobi_cuts = m(
    "g2tc",
    "2025-10-22 19:58",
    TOBI,
    "Re: Betriebsversammlung",
    N(),
    text="""Hi Jonas,

ja, hab's auch gehört. Laut Betriebsrat sollen in Echterdingen 180 Stellen wegfallen, vor allem im Versuch und in der Vorentwicklung. Das Freiwilligenprogramm läuft bis Ende Januar, danach wird's ernst.

Ich überleg auch, ob ich das Aufhebungsangebot nehme. Mit 14 Jahren Betriebszugehörigkeit wär die Abfindung ordentlich, aber mit 48 noch was Neues finden... keine Ahnung.

Du machst das richtig, du bist jung genug. Lass uns nächste Woche mal Mittag essen gehen, aber nicht in der Kantine.

Tobi

Am 22.10.2025 um 21:34 schrieb Jonas Wehrle:
> Hast du mitbekommen, was der Gnauck heute auf der Betriebsversammlung
> erzählt hat? Klingt nicht gut für unsere Abteilung.
""",
    **thread(SENT_TOBI),
)

tobi_farewell = m(
    "y6tf",
    "2026-02-25 10:10",
    TOBI,
    "Ausstand Freitag",
    N(),
    text="""Servus zusammen,

nach 14 Jahren ist am Freitag mein letzter Tag bei Filderwerk. Ich würde mich freuen, wenn ihr ab 15 Uhr auf ein Bier und ein paar Brezeln in die Werkstatt vom Prüffeld 3 kommt – Jonas, du bist als Ehemaliger-in-spe natürlich auch eingeladen 😉

Tobi
""",
    to="Jonas Wehrle <jonas.wehrle@gmx.de>",
    cc="Ralf Kübler <ralf.kuebler@gmail.com>, Daniela Sauer <dani.sauer@web.de>",
)

erik_en = m(
    "i0ek",
    "2025-11-29 19:20",
    "Erik Lindqvist <erik.lindqvist@outlook.com>",
    "Re: long time!",
    N("en"),
    text="""Hey Jonas!

Great to hear from you, man. Sorry to hear about the situation at your company — sounds like half of the German supplier industry is going through the same thing right now. Here in Gothenburg it's similar, lots of people leaving the big OEMs for battery and truck companies.

Honestly, rail sounds like a smart move. Steady business and way less drama than automotive.

We're coming to the Stuttgart Christmas market on the 13th, are you around? Would be fun to see you and Lea again, it's been since our Erasmus days in Linköping!

Cheers,
Erik

On Sat, Nov 29, 2025 at 4:28 PM Jonas Wehrle <jonas.wehrle@gmx.de> wrote:
> Hi Erik, long time no see! How are things in Sweden?
""",
    **thread(SENT_ERIK),
)

erik_en2 = m(
    "p6ee",
    "2025-12-14 10:31",
    "Erik Lindqvist <erik.lindqvist@outlook.com>",
    "Thanks for yesterday!",
    N("en"),
    text="""Jonas, Lea — thanks for a great evening! The Glühwein was dangerous. Anna wants the recipe for those Springerle cookies your mum made.

Fingers crossed for your interviews, let me know how it goes.

Erik
""",
)

wedding = m(
    "s8wd",
    "2026-01-25 15:00",
    "Julia & Daniel <julia.daniel.hochzeit@gmail.com>",
    "Save the Date – 12. September 2026 💍",
    N(),
    html="""<html><body style="font-family:Georgia,serif;text-align:center;color:#5b4636">
<h1 style="font-weight:normal">Julia &amp; Daniel</h1>
<p>Wir heiraten!</p>
<p><b>Samstag, 12. September 2026</b><br>Schloss Hohentübingen &amp; Weingut Kapp, Rottenburg</p>
<p>Die offizielle Einladung folgt. Haltet euch den Tag frei!</p>
</body></html>""",
)


# --- the handball club ------------------------------------------------------------------------

tsv_plan = m(
    "b7tp",
    "2025-10-08 20:45",
    TSV,
    "Herren 2: Spielplan Hinrunde + Fahrgemeinschaften",
    N(),
    text="""Hallo Jungs,

anbei der Spielplan für die Hinrunde (Bezirksliga Stuttgart). Bitte tragt euch in die Liste für Fahrgemeinschaften ein, v.a. für die Auswärtsspiele in Böblingen und Weil im Schönbuch:
https://docs.google.com/spreadsheets/d/1xF0p-TSVhb2/edit

Training bleibt Di + Do 20:00–21:30 in der Sporthalle Rohr.

Sportliche Grüße
Matze
(Trainer Herren 2)
""",
    attach=[("Spielplan_Herren2_Hinrunde.pdf", "application/pdf", "%PDF-1.4\n% Spielplan\n")],
)

tsv_doodle = m(
    "m0td",
    "2025-11-12 09:30",
    "Doodle <mailer@doodle.com>",
    "Matthias Hörz hat Sie zur Umfrage „Weihnachtsfeier Herren 2“ eingeladen",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Matthias Hörz hat Sie eingeladen, an der Umfrage <b>Weihnachtsfeier Herren 2</b> teilzunehmen.</p>
<p>„Servus, wann könnt ihr? Bowling + Essen im Vereinsheim.“</p>
<p>Vorschläge: Fr 12.12. · Sa 13.12. · Fr 19.12.</p>
<p><a href="https://doodle.com/meeting/participate/id/bVx2r1Ke">Jetzt teilnehmen</a></p>
<p style="font-size:11px;color:#888">Doodle AG · Werdstrasse 21 · 8021 Zürich</p>
</body></html>""",
)

tsv_train = m(
    "w4tt",
    "2026-01-16 13:16",
    TSV,
    "Rückrunde: neue Trainingszeiten",
    N(),
    text="""Hallo zusammen,

ab 20.01. ändern sich die Hallenzeiten, weil die Halle in Rohr saniert wird:

Dienstag 19:30–21:00, Sporthalle Vaihingen-Nord
Donnerstag 20:00–21:30, Sporthalle Rohr (bis auf weiteres)

Erstes Spiel der Rückrunde: Sa 24.01., 18:00 Uhr, heim gegen SV Leonberg/Eltingen 2.

Matze
""",
)

tsv_jhv = m(
    "k7tj",
    "2026-03-05 19:00",
    "TSV Vaihingen e.V. – Vorstand <vorstand@tsv-vaihingen.example>",
    "Einladung zur Jahreshauptversammlung am 27. März 2026",
    N(),
    text="""Liebe Mitglieder,

hiermit laden wir satzungsgemäß zur ordentlichen Jahreshauptversammlung ein:

Freitag, 27. März 2026, 19:30 Uhr, Vereinsheim TSV Vaihingen

Tagesordnung:
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Berichte des Vorstands und der Abteilungen
3. Kassenbericht und Bericht der Kassenprüfer
4. Entlastung des Vorstands
5. Wahlen: 2. Vorsitzende/r, Schriftführer/in, Jugendwart/in
6. Anträge
7. Verschiedenes

Kandidaturen für die Wahlen (Bewerbungen mit kurzer Vorstellung) bitte bis 20.03. an vorstand@tsv-vaihingen.example. Die Stelle der Jugendwartin / des Jugendwarts ist seit dem Herbst unbesetzt – wir freuen uns über jede Bewerbung!

Mit sportlichen Grüßen
Der Vorstand
""",
)


# --- newsletters: interviews, job cuts and "hiring" that are not about Jonas ----------------------

vdi1 = m(
    "e3vn",
    "2025-10-24 06:00",
    "VDI nachrichten <newsletter@vdi-nachrichten.com>",
    "„Uns fehlen Prüfingenieure“ – Interview mit der Technikchefin eines Bahnzulieferers",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p style="font-family:Arial;font-size:12px;color:#888">VDI nachrichten · Newsletter vom 24. Oktober 2025</p>
<h2>„Uns fehlen Prüfingenieure“</h2>
<p>Im Interview erklärt Dr. Carolin Sutter, Technikvorständin eines großen Bahnzulieferers, warum die Branche händeringend Ingenieurinnen und Ingenieure aus der Automobilindustrie sucht – und was Umsteiger mitbringen müssen. <a href="https://www.vdi-nachrichten.com/technik/verkehr/interview-pruefingenieure-bahn?utm_source=nl">Weiterlesen</a></p>
<h3>Außerdem</h3>
<ul><li>Zulieferer unter Druck: Warum Tier-1 jetzt Werke schließen</li>
<li>Gehaltsreport 2025: Was Ingenieure in Baden-Württemberg verdienen</li>
<li>Festkörperbatterie: Der lange Weg zur Serie</li></ul>
<p style="font-family:Arial;font-size:10px;color:#888">VDI Verlag GmbH · Düsseldorf · <a href="https://www.vdi-nachrichten.com/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""",
)

vdi2 = m(
    "h1vd",
    "2025-12-05 06:00",
    "VDI nachrichten <newsletter@vdi-nachrichten.com>",
    "Wasserstoff im Schienenverkehr: Bilanz nach drei Jahren",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p style="font-family:Arial;font-size:12px;color:#888">VDI nachrichten · Newsletter vom 5. Dezember 2025</p>
<h2>Wasserstoff im Schienenverkehr: Bilanz nach drei Jahren</h2>
<p>Die ersten Brennstoffzellenzüge fahren seit 2022 im Regelbetrieb. Eine Bilanz zwischen Verfügbarkeit, Kosten und Batteriekonkurrenz. <a href="https://www.vdi-nachrichten.com/technik/verkehr/wasserstoff-schiene-bilanz?utm_source=nl">Weiterlesen</a></p>
<ul><li>Maschinenbau: Auftragseingang stabilisiert sich</li><li>Kommentar: Der Fachkräftemangel ist ein Qualifikationsmangel</li></ul>
<p style="font-family:Arial;font-size:10px;color:#888">VDI Verlag GmbH · <a href="https://www.vdi-nachrichten.com/newsletter/abmelden">Abbestellen</a></p>
</body></html>""",
)

vdi3 = m(
    "x5vn",
    "2026-02-20 06:00",
    "VDI nachrichten <newsletter@vdi-nachrichten.com>",
    "Sondermaschinenbau: Mittelstand stellt wieder ein",
    N(),
    html="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p style="font-family:Arial;font-size:12px;color:#888">VDI nachrichten · Newsletter vom 20. Februar 2026</p>
<h2>Sondermaschinenbau: Mittelstand stellt wieder ein</h2>
<p>Während Automobilzulieferer Stellen abbauen, suchen viele Sondermaschinenbauer in Württemberg wieder Personal – vor allem im Versuch und in der Inbetriebnahme. Wir haben mit drei Geschäftsführern über Bewerbungsgespräche, Gehälter und Quereinsteiger gesprochen. <a href="https://www.vdi-nachrichten.com/wirtschaft/sondermaschinenbau-stellt-ein?utm_source=nl">Weiterlesen</a></p>
<p style="font-family:Arial;font-size:10px;color:#888">VDI Verlag GmbH · <a href="https://www.vdi-nachrichten.com/newsletter/abmelden">Abbestellen</a></p>
</body></html>""",
)

stz = m(
    "c6sz",
    "2025-11-27 06:30",
    "Stuttgarter Zeitung <newsletter@stuttgarter-zeitung.de>",
    "Der Morgen: Zulieferer streicht 1200 Stellen in der Region",
    N(),
    text="""Guten Morgen,

das sind die Themen des Tages:

• Zulieferer streicht 1200 Stellen in der Region – IG Metall kündigt Widerstand an
• S21: Neuer Termin für die Eröffnung des Tiefbahnhofs
• Weihnachtsmarkt öffnet – was neu ist
• VfB: Sieg im Pokal-Achtelfinale

Alle Artikel: https://www.stuttgarter-zeitung.de/?utm_source=newsletter_morgen

Stuttgarter Zeitung Verlagsgesellschaft mbH · Plieninger Straße 150 · 70567 Stuttgart
Newsletter abbestellen: https://www.stuttgarter-zeitung.de/newsletter/abmelden
""",
)

igm = m(
    "t0ig",
    "2025-10-16 17:00",
    "IG Metall Stuttgart <stuttgart@igmetall.de>",
    "Transformation: Deine Rechte bei Aufhebungsverträgen und Abfindungen",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#e30613;color:#fff;padding:12px;font-weight:bold">IG Metall Stuttgart · Mitglieder-Info</div>
<p>Liebe Kollegin, lieber Kollege,</p>
<p>in vielen Betrieben der Region werden derzeit Freiwilligenprogramme und Aufhebungsverträge angeboten. Bevor du etwas unterschreibst: Lass dich beraten! Unsere Rechtsberatung prüft deinen Vertrag kostenlos – auch mit Blick auf Sperrzeiten beim Arbeitslosengeld.</p>
<p><b>Infoabend:</b> Dienstag, 4. November, 18 Uhr, Gewerkschaftshaus, Theodor-Heuss-Str. 2</p>
<p><a href="https://www.igmetall-stuttgart.de/transformation">Mehr Informationen</a></p>
<p style="font-size:10px;color:#888">IG Metall Stuttgart · <a href="https://www.igmetall-stuttgart.de/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
)

heise = m(
    "s1hs",
    "2025-11-14 07:30",
    "heise online <newsletter@heise.de>",
    "heise+ Wochenüberblick: Wärmepumpe nachrüsten, E-Auto-Akkus im Test, Linux-Tipps",
    N(),
    text="""heise+ Wochenüberblick

Wärmepumpe im Altbau: So rechnet sich die Nachrüstung
E-Auto-Akkus im Langzeittest: Wie viel Kapazität nach 200.000 km bleibt
Interview: „Die Ladeinfrastruktur ist besser als ihr Ruf“
Linux-Tipps für Umsteiger

Alle Artikel: https://www.heise.de/plus/?wt_mc=nl.red.ho.ho-nl-plus.2025-11-14

Heise Medien GmbH & Co. KG · Karl-Wiechert-Allee 10 · 30625 Hannover
Abmelden: https://www.heise.de/newsletter/manage
""",
)

t3n = m(
    "o2tn",
    "2026-01-22 11:00",
    "t3n Daily <newsletter@t3n.de>",
    "Startup-Gründer im Interview: „Wir stellen nur noch Leute ein, die Lust auf Chaos haben“",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>t3n Daily</b> – 22. Januar 2026</p>
<p><b>„Wir stellen nur noch Leute ein, die Lust auf Chaos haben“</b><br>Der Gründer eines Ludwigsburger Ladesäulen-Startups spricht über Recruiting, Bewerbungsgespräche auf dem Parkplatz und warum er keine Lebensläufe mehr liest. <a href="https://t3n.de/news/startup-gruender-interview-recruiting/?utm_source=newsletter">Zum Interview</a></p>
<p>Außerdem: 10 Tools für bessere Meetings · Was die KI-Verordnung für Mittelständler bedeutet</p>
<p style="font-size:10px;color:#888">yeebase media GmbH · Hannover · <a href="https://t3n.de/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
)

strava = m(
    "b3st",
    "2025-11-01 09:00",
    "Strava <no-reply@strava.com>",
    "Your October in review",
    N("en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Your October Recap</h2>
<p>Nice work, Jonas! In October you rode <b>412 km</b> and climbed <b>5,240 m</b> in 11 activities. Your longest ride: Stuttgart – Schönbuch – Herrenberg loop, 94 km.</p>
<p><a href="https://www.strava.com/athlete/training?utm_source=monthly_recap">See your stats</a></p>
<p style="font-size:10px;color:#888">Strava, Inc. · San Francisco · <a href="https://www.strava.com/settings/email_unsubscribe">Unsubscribe</a></p>
</body></html>""",
)

strava2 = m(
    "n7sv",
    "2026-03-01 09:00",
    "Strava <no-reply@strava.com>",
    "Your February in review",
    N("en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Your February Recap</h2>
<p>Jonas, you logged <b>7 activities</b> in February, including 2 days of backcountry skiing. Time to get back on the bike?</p>
<p><a href="https://www.strava.com/athlete/training?utm_source=monthly_recap">See your stats</a></p>
</body></html>""",
)

garmin = m(
    "u6gm",
    "2026-01-12 15:41",
    "Garmin <noreply@garmin.com>",
    "Your Edge 540 software update is ready",
    N("en"),
    text="""Hi Jonas,

A new software version (v26.08) is available for your Edge 540. It includes improved ClimbPro accuracy and fixes a bug affecting the power meter pairing.

Update via Garmin Express or the Garmin Connect app.

Garmin International
""",
)

airbnb_host = m(
    "f5ab",
    "2026-03-18 20:12",
    "Airbnb <automated@airbnb.com>",
    "Reservation confirmed – Lake Garda, May 2026",
    N("en"),
    text="""Your reservation is confirmed

Appartamento Ulivi – Torri del Benaco
May 23 – May 30, 2026 · 2 guests
Host: Giulia

Message from Giulia: "Hi Jonas, thank you for booking! I will send you the check-in instructions one week before arrival. Ciao, Giulia"

Total (EUR): 812.40

Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, Ireland
""",
)

boulder = m(
    "l9bd",
    "2026-03-13 17:30",
    "Boulderwelt Stuttgart <info@boulderwelt-stuttgart.example>",
    "Neue Boulder in Sektor C + Osterkurse",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hey Kletterfreund:innen,</p>
<p>diese Woche haben unsere Routenschrauber:innen Sektor C komplett neu geschraubt – 38 frische Boulder von gelb bis schwarz!</p>
<p>Außerdem: Unsere Osterkurse für Kids sind online. Und wir suchen Verstärkung für die Theke (Minijob) – meldet euch bei Tanja.</p>
<p><a href="https://www.boulderwelt-stuttgart.example/kurse">Kurse buchen</a></p>
<p style="font-size:10px;color:#888"><a href="https://www.boulderwelt-stuttgart.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""",
)

nachbarn = m(
    "i3nb",
    "2026-01-04 17:50",
    "Familie Okonkwo <okonkwo.family@gmx.de>",
    "Willkommen im Haus!",
    N(),
    text="""Liebe Lea, lieber Jonas,

herzlich willkommen im Vaihinger Markt 7! Wir wohnen im 3. OG rechts und haben zwei Kinder (Ada, 6, und Tobenna, 3) – falls es mal laut wird, sagt einfach Bescheid.

Am 17.01. machen wir einen kleinen Neujahrsumtrunk im Hof, ihr seid herzlich eingeladen.

Liebe Grüße
Chiamaka und Peter Okonkwo
""",
)

jan_tools = m(
    "d4jt",
    "2025-12-21 10:22",
    "Jan Oswald <jan.oswald@web.de>",
    "Transporter + Akkuschrauber",
    N(),
    text="""Moin Jonas,

Transporter steht wieder bei mir, alles gut. Du hast aber noch meinen Bit-Satz und die Wasserwaage – keine Eile, bring's einfach beim nächsten Handball mit.

Schöne Wohnung habt ihr! Wenn der Balkon im Sommer mit Grill ausgestattet ist, lad ich mich selbst ein 😄

Jan
""",
)

gym_kurs = m(
    "q2yk",
    "2026-02-09 12:00",
    "Volkshochschule Stuttgart <anmeldung@vhs-stuttgart.de>",
    "Anmeldebestätigung: Italienisch A1 für Reisende (Kurs 261-40517)",
    N(),
    text="""Sehr geehrter Herr Wehrle,

vielen Dank für Ihre Anmeldung. Wir bestätigen Ihren Platz im Kurs:

261-40517 Italienisch A1 für Reisende
8 Termine, montags 18:30–20:00 Uhr, ab 02.03.2026
TREFFPUNKT Rotebühlplatz, Raum 3.08
Entgelt: 112,00 € (wird per Lastschrift eingezogen)

Mit freundlichen Grüßen
Ihre vhs stuttgart
""",
)

mama_recipe = m(
    "z5mr",
    "2025-12-15 18:31",
    MAMA,
    "Springerle Rezept für Erik",
    N(),
    text="""Hallo Jonas,

hier das Rezept für deinen schwedischen Freund:

4 Eier, 500 g Puderzucker, 500 g Mehl (Type 405), 1 Msp. Hirschhornsalz, Anis

Eier und Zucker 20 Minuten schaumig schlagen!! Nicht kürzer. Dann Mehl und Hirschhornsalz. Über Nacht trocknen lassen, bei 140 Grad backen.

Kannst du das übersetzen? Mein Englisch reicht dafür nicht.

Mama
""",
)

lea_school = m(
    "a5ls",
    "2026-01-28 16:04",
    LEA,
    "Fwd: Elternabend 7b",
    N(),
    text="""Kannst du mich am Donnerstag um 21 Uhr an der Schule abholen? Elternabend dauert bestimmt ewig. Danke ❤

---------- Forwarded message ---------
Von: Schulleitung Ferdinand-Porsche-Gymnasium <sekretariat@fpg-stuttgart.example>
Betreff: Elternabend 7b

Liebe Kolleginnen und Kollegen,
der Elternabend der Klasse 7b findet am Donnerstag, 29.01., um 19:30 Uhr in Raum 214 statt.
""",
)


# --- a few more --------------------------------------------------------------------------------------

basti_how = m(
    "y2bh",
    "2026-02-13 13:05",
    BASTI,
    "Und?",
    N(),
    text="""Na, wie war Nürtingen? Haben sie dich gleich dabehalten? 😄

Bei uns ist übrigens der erste Monat rum, ich hab schon 4 Überstunden-Wochenenden hinter mir. Startup halt. Aber die Zellprüfstände sind der Hammer.

B.
""",
)

tsv_report = m(
    "f9tr",
    "2026-01-25 11:40",
    TSV,
    "Spielbericht: TSV Vaihingen 2 – SV Leonberg/Eltingen 2 (29:27)",
    N(),
    text="""Hallo zusammen,

was für ein Auftakt in die Rückrunde! Nach 12:16 zur Halbzeit haben wir das Spiel in den letzten 10 Minuten noch gedreht. Bester Werfer: Jonas mit 7 Toren (davon 3 Siebenmeter). Danke an die Zuschauer, die Halle war richtig laut.

Nächstes Spiel: Sa 31.01., 16:00 Uhr, auswärts in Böblingen. Treffpunkt 14:45 am Vereinsheim.

Matze
""",
)

papa_bday = m(
    "o4pb",
    "2026-02-07 10:30",
    MAMA,
    "Papas 65. – Planung",
    N(),
    text="""Hallo Felix, hallo Jonas,

Papa wird am 18. April 65 und ich möchte eine kleine Überraschungsfeier im Gasthaus Krone in Wurmlingen machen (ca. 30 Leute). Könnt ihr beide an dem Wochenende? Und könntet ihr eine kleine Rede vorbereiten? Nicht zu lang bitte.

Kein Wort zu Papa!!

Mama
""",
    to="Felix Wehrle <felix.wehrle@gmail.com>, Jonas Wehrle <jonas.wehrle@gmx.de>",
)

duolingo = m(
    "t3dl",
    "2026-03-19 20:00",
    "Duolingo <hello@duolingo.com>",
    "Deine 14-Tage-Serie ist in Gefahr! 🔥",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;text-align:center">
<p style="font-size:20px"><b>Hallo Jonas!</b></p>
<p>Du hast heute noch keine Lektion gemacht. Halte deine 14-Tage-Serie in Italienisch am Leben – es dauert nur 5 Minuten.</p>
<p><a href="https://www.duolingo.com/learn?utm_source=streak_reminder">Jetzt lernen</a></p>
<p style="font-size:10px;color:#999"><a href="https://www.duolingo.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</body></html>""",
)

lea_photo = m(
    "x2lp",
    "2026-03-26 13:17",
    LEA,
    "Schullandheim 🏕",
    N(),
    text="""Grüße aus dem Schullandheim in Bad Urach! 28 Siebtklässler, ein Lagerfeuer, null Schlaf. Foto anbei.

Freitag bin ich zurück, holst du mich am Bahnhof ab?
L.
""",
    attach=[("IMG_4471.jpg", "image/jpeg", "JFIF placeholder")],
)

felix_bday = m(
    "g8fb",
    "2025-11-06 08:15",
    FELIX,
    "Danke!",
    N(),
    text="""Danke für die Glückwünsche und das Paket, Bruderherz! Der Bosch-Akkuschrauber ist ja wohl ein Wink mit dem Zaunpfahl, dass ich endlich mein Regal aufhängen soll 😂

F.
""",
)

erasmus = m(
    "s4er",
    "2026-03-08 21:33",
    "Anna Bergström <anna.bergstrom@gmail.com>",
    "Midsummer 2026?",
    N("en"),
    text="""Hi Jonas and Lea!

Erik and I are planning a little reunion of the old Linköping gang at our summer house near Västervik for Midsummer (June 19–21). Would you be able to come? I know you'll have just started a new job by then (congrats, Erik told me!!), so no pressure.

Kram,
Anna
""",
)

lea_wg = m(
    "d8lw",
    "2025-10-20 18:55",
    LEA,
    "Fwd: Wohnungsangebot",
    N(),
    text="""Hat mir eine Kollegin weitergeleitet, ihr Onkel vermietet in Rohr. Ist aber nur 62 qm... was meinst du?

---------- Forwarded message ---------
Von: Sandra Frey <s.frey@fpg-stuttgart.example>
Betreff: Wohnungsangebot

Hallo Lea, mein Onkel sucht Nachmieter für seine 2,5-Zimmer-Wohnung in Rohr, ab Januar, 980 warm. Bewerbungen mit Schufa bitte direkt an ihn: k.frey@web.de
""",
)


MAIL: list[dict[str, Any]] = [
    lea_flat,
    lea_oma,
    lea_yes,
    lea_luck,
    lea_list,
    lea_nt,
    lea_sekt,
    mama_sunday,
    mama_advent,
    mama_xmas,
    mama_congrats,
    felix_howsitgoing,
    felix_ski,
    felix_photos,
    basti_quit,
    basti_beer,
    mira_newjob,
    mira_market,
    li_mira,
    li_invite,
    tobi_cuts,
    tobi_farewell,
    erik_en,
    erik_en2,
    wedding,
    tsv_plan,
    tsv_doodle,
    tsv_train,
    tsv_jhv,
    vdi1,
    vdi2,
    vdi3,
    stz,
    igm,
    heise,
    t3n,
    strava,
    strava2,
    garmin,
    airbnb_host,
    boulder,
    nachbarn,
    jan_tools,
    gym_kurs,
    mama_recipe,
    lea_school,
    basti_how,
    tsv_report,
    papa_bday,
    duolingo,
    lea_photo,
    felix_bday,
    erasmus,
    lea_wg,
]
