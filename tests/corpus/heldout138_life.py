# ruff: noqa: E501, RUF100
"""Corpus 138, the ordinary inbox part two (data only): see heldout138.py.

Family, friends on GMX and web.de talking about their own jobs, the Kita place and the
Elternabend, the flat ("Wohnungsbewerbung", refused, then a Zusage and a DocuSign lease),
neighbourhood and sports mail."""

from __future__ import annotations

from typing import Any

from heldout138_jobs import N, ics, m, thread

_MALTE = "Malte Paschke <malte.paschke@web.de>"
_MAMA = "Gudrun Albrecht <gudrun.albrecht@t-online.de>"
_JULE = "Jule Albrecht <jule.albrecht@posteo.de>"
_ANJA = "Anja Kretzschmar <anja.kretzschmar@gmx.de>"
_TOBI = "Tobias Wendt <tobias.wendt@web.de>"
_SANDRA = "Sandra Jähnig <sandra.jaehnig@web.de>"
_KITA = "Kita Gleisdreieck <leitung@kita-gleisdreieck.example>"
_KANAL = "Hausverwaltung Kanalblick GmbH <vermietung@hv-kanalblick.example>"
_WBG = "WBG Plagwitz eG <vermietung@wbg-plagwitz.example>"

# --- friends' own job news -------------------------------------------------------------------

_anja1 = m(
    "n2f01",
    "2025-09-18 21:55",
    _ANJA,
    "Ich hab gekündigt!!!",
    N(),
    text="""Henni!!!

Ich hab's getan. Heute Kündigung abgegeben. Zum 31.10. bin ich raus aus dem Laden!

Das Vorstellungsgespräch im MVZ letzte Woche lief super, die Laborleiterin hat mich am Montag angerufen und mir die Zusage gegeben – 450 € mehr, keine Nachtdienste, und ich kann mit dem Rad hinfahren. Den Vertrag hab ich gestern unterschrieben. Mein Chef hat geguckt, als hätte ich ihm das Auto zerkratzt.

Und bei dir? Hast du dich schon irgendwo beworben? Du musst da auch raus, ehrlich.

Drück dich
Anja
""",
)

_anja2 = m(
    "n2f02",
    "2025-11-03 20:11",
    _ANJA,
    "Re: Ich hab gekündigt!!!",
    N(),
    text="""Erste Woche im neuen Job geschafft! Alle total nett, nur das LIMS ist von 1998, glaube ich :D Probezeit sind 6 Monate, aber ich hab ein gutes Gefühl.

Daumen drück für Basel, Markkleeberg und wo du sonst noch überall Gespräche hast. Du bist ja inzwischen Profi im Vorstellungsgespräche-Führen 😅

Anja

Am 19.09.2025 um 07:12 schrieb Henrike Albrecht-Paschke <h.albrecht-paschke@posteo.de>:
> Wahnsinn, Glückwunsch!!! Ich bin so stolz auf dich. Ja, ich hab ein paar
> Bewerbungen rausgeschickt, erzähl ich dir beim Kaffee.
""",
)
_anja2.update(thread(_anja1))

_tobi1 = m(
    "n2f03",
    "2025-10-02 22:40",
    _TOBI,
    "Absage... Bier?",
    N(),
    text="""Moin Henni,

na toll. Weitergeleitete Absage vom Chemiepark, dritte in drei Wochen:

"Sehr geehrter Herr Wendt, vielen Dank für Ihre Bewerbung als Chemielaborant (m/w/d) Produktionsanalytik. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute."

Nicht mal ein Gespräch. Ich bin 38 und hab 15 Jahre Erfahrung, was wollen die denn?

Bier Freitag im Noch Besser Leben? Du kannst mir ja erzählen, wie es bei dir läuft.

Tobi
""",
)

_tobi2 = m(
    "n2f04",
    "2025-10-25 11:02",
    _TOBI,
    "Re: Absage... Bier?",
    N(),
    text="""Update: Hab am Donnerstag ein Vorstellungsgespräch in Schkopau gehabt und gestern direkt das Angebot bekommen!! Kunststoffanalytik, Tagschicht, Tarif Chemie. Dein Tipp mit dem Anschreiben hat echt geholfen. Ich schulde dir das nächste Bier 🍺

Tobi

Von meinem iPhone gesendet
""",
)
_tobi2.update(thread(_tobi1))

_tobi3 = m(
    "n2f05",
    "2025-12-11 17:35",
    _TOBI,
    "Weihnachtsmarkt Freitag?",
    N(),
    text="""Glühwein am Freitag, 18 Uhr, am Märchenwald? Sandra und Mandy kommen auch. Bring Malte mit!

T.
""",
)

_sandra1 = m(
    "n2f06",
    "2025-10-15 21:18",
    _SANDRA,
    "Gerüchte aus dem Labor",
    N(),
    text="""Hey Henrike,

hast du's mitbekommen? Heute in der Frühschicht ging rum, dass die Geschäftsführung die Stabilitätsprüfung an ein Auftragslabor auslagern will. Betriebsversammlung soll nächste Woche sein. Markus vom Betriebsrat meint, es geht um mindestens 6 Stellen.

Ich schreib dir lieber privat, auf der Arbeit ist gerade jeder paranoid.

Ich hab ehrlich gesagt schon angefangen, die Stellenanzeigen durchzuschauen. Du hast doch neulich was von Halle erzählt?

LG Sandra
""",
)

_sandra2 = m(
    "n2f07",
    "2026-02-11 19:44",
    _SANDRA,
    "Du gehst?!",
    N(),
    text="""Henrike!! Hab's grad von Kerstin gehört. Du hast gekündigt?? Und du erzählst mir nix?? 😤

Spaß. Herzlichen Glückwunsch, ehrlich. Elstertal soll ein gutes Team haben. Ohne dich wird's hier echt öde, wer macht denn jetzt die OOS-Berichte, die die QA beim ersten Mal durchwinkt?

Abschiedsfeier machen wir aber richtig, ja?

Sandra
""",
)

_klasse1 = m(
    "n2f08",
    "2025-11-08 14:30",
    "Mandy Scholz <mandy.scholz@gmx.net>",
    "Klassentreffen Chemielaboranten Abschlussjahrgang 2013",
    N(),
    text="""Hallo ihr Lieben,

12 Jahre nach der Abschlussprüfung wird's mal wieder Zeit! Ich würde gern ein Klassentreffen organisieren, Vorschlag: Samstag, 17. Januar 2026, ab 18 Uhr im Brauhaus an der Thomaskirche.

Bitte gebt mir bis Ende November Bescheid, ob ihr kommt. Und wer noch Kontakt zu Ronny, Steffi oder Nico hat – bitte weiterleiten!

Liebe Grüße
Mandy
""",
    to="Klasse CL13 <cl13-leipzig@googlegroups.com>",
)

_klasse2 = m(
    "n2f09",
    "2025-11-29 10:12",
    "Nico Engelmann <nico.engelmann@web.de>",
    "Re: Klassentreffen Chemielaboranten Abschlussjahrgang 2013",
    N(),
    text="""Hallo zusammen,

bin dabei! Kurzes Update für alle, die mich aus den Augen verloren haben: Ich bin seit 2022 bei einem Silikonhersteller in Nünchritz, inzwischen Schichtleiter im Labor. Hab letzten Monat ein Angebot aus Dresden abgelehnt, weil die nur befristet wollten – man wird ja wählerisch im Alter :)

Freu mich auf euch!
Nico
""",
    to="Klasse CL13 <cl13-leipzig@googlegroups.com>",
)
_klasse2.update(thread(_klasse1))

_anja3 = m(
    "n2f10",
    "2026-01-24 09:15",
    _ANJA,
    "Kaffee?",
    N(),
    text="""Morgen 10 Uhr bei Kaffeehaus Riquet oder lieber im Westen? Ida kann gern mit, ich bring die Knete mit. Und dann will ich ALLES wissen über deinen Probearbeitstag.
A.
""",
)

_anja4 = m(
    "n2f11",
    "2025-12-27 16:20",
    _ANJA,
    "Silvester bei uns?",
    N(),
    text="""Silvester bei uns? Raclette, Kinder schlafen oben, um 12 Blick auf die Raketen überm Völki. Sag bis Montag Bescheid!
Anja & Jens
""",
)

# --- family ------------------------------------------------------------------------------

_malte1 = m(
    "n2m01",
    "2025-09-27 08:40",
    _MALTE,
    "Wohnung Zschochersche – Besichtigung heute 11 Uhr",
    N(),
    text="""Nicht vergessen: 11 Uhr Besichtigung Zschochersche 61, 3. OG. Ich nehm die Selbstauskunft und die Gehaltsnachweise mit, du die Schufa. Ida bleibt bei Mama.

M.
""",
)

_malte2 = m(
    "n2m02",
    "2025-10-07 12:31",
    _MALTE,
    "Halle?",
    N(),
    text="""Und?? Wie war das Gespräch bei Saale Pharma? Haben sie dich durchs Labor geführt? Ruf an, wenn du in der Bahn sitzt.

Kuss
M
""",
)

_malte3 = m(
    "n2m03",
    "2025-11-21 22:47",
    _MALTE,
    "Basel?!",
    N(),
    text="""Ich hab mir heute Abend mal Wohnungspreise in Basel angeguckt. 4 Zimmer ab 3.200 Franken. Kita-Platz kostet da anscheinend so viel wie bei uns die Miete.

Ich will dir nicht reinreden – fahr hin, guck's dir an, und dann reden wir. Aber ich hab ein bisschen Bauchweh, ehrlich gesagt. Mein Job, deine Eltern, Ida gerade neu in der Kita ...

Schlaf gut, ich bin morgen früh schon weg.
M.
""",
)

_malte4 = m(
    "n2m04",
    "2025-12-28 21:05",
    _MALTE,
    "Liste",
    N(),
    text="""Hab unsere Liste von heute Nachmittag abgetippt, damit sie nicht auf dem Küchentisch verschwindet:

PRO Basel
- Geld (viel)
- spannende Firma, Team mochte dich
- Berge

CONTRA
- 600 km von Oma und Opa
- mein Job (Homeoffice max. 2 Tage, Rest??)
- Mieten, Kita
- Elstertal läuft noch – Probearbeitstag Mitte Januar

Ich glaube, wir wissen beide, wo das hingeht. Aber lass es uns bis nach Neujahr sacken lassen.
""",
)

_malte5 = m(
    "n2m05",
    "2026-01-15 07:02",
    _MALTE,
    "Viel Glück heute!!",
    N(),
    text="""Zeig ihnen, wie man eine Systemeignung rockt. Ich hol Ida ab, du musst dich um nix kümmern.

❤️ M
""",
)

_malte6 = m(
    "n2m06",
    "2026-02-02 17:55",
    _MALTE,
    "Sekt ist kalt 🍾",
    N(),
    text="""Hab auf dem Heimweg noch Sekt und Kuchen geholt. Ida hat ein Bild gemalt, ich glaube es ist eine HPLC. Oder ein Hund.
""",
)

_malte7 = m(
    "n2m07",
    "2025-12-04 16:20",
    _MALTE,
    "Einkauf",
    N(),
    text="""Bin um 6 im Konsum, brauchen wir noch was außer Milch, Windeln, Äpfel? Ida hat übrigens heute das erste Mal „Basel" gesagt. Ich schwör.
""",
)

_mama1 = m(
    "n2o01",
    "2025-09-14 18:33",
    _MAMA,
    "Idas Geburtstag",
    N(),
    text="""Liebe Henrike,

was wünscht sich Ida denn zum 2. Geburtstag? Papa will unbedingt eine Holzeisenbahn kaufen, aber ich dachte, ihr habt schon so viel. Vielleicht lieber einen Gutschein für die Kinderschuhe?

Wir kommen am 11.10. gegen 14 Uhr, ich bringe den Pflaumenkuchen mit.

Liebe Grüße, auch an Malte
Mama
""",
)

_mama2 = m(
    "n2o02",
    "2025-11-09 19:10",
    _MAMA,
    "Weihnachten",
    N(),
    text="""Hallo ihr drei,

Jule hat erzählt, dass ihr über Weihnachten nach Hamburg fahrt. Kommt ihr dann zum 2. Advent zu uns nach Borna? Tante Renate ist auch da.

Und wie läuft es mit den Bewerbungen? Papa fragt jeden Tag, ich sage ihm immer, das wird schon. Du musst uns nichts erzählen, wenn du nicht willst.

Mama
""",
)

_mama3 = m(
    "n2o03",
    "2026-01-11 10:45",
    _MAMA,
    "Opa Reha",
    N(),
    text="""Liebe Henrike,

Opa ist seit Donnerstag in der Reha in Bad Lausick. Es geht ihm besser, er läuft schon mit dem Rollator über den Flur und schimpft über das Essen, also alles beim Alten.

Wenn ihr am Wochenende Zeit habt, freut er sich bestimmt über Besuch mit Ida.

Mama
""",
)

_jule1 = m(
    "n2j01",
    "2025-10-12 20:20",
    _JULE,
    "Fotos vom Wochenende",
    N(),
    text="""Hier der Link zu den Fotos vom Geburtstag: https://photos.app.goo.gl/pX8rk2mWc4aQ1

Das eine, wo Ida Opa den Kuchen ins Gesicht drückt, muss unbedingt an die Kühlschranktür.

Jule
""",
)

_jule2 = m(
    "n2j02",
    "2025-12-20 13:02",
    _JULE,
    "Zugzeiten 23.12.?",
    N(),
    text="""Wann kommt ihr an? Ich hol euch mit dem Auto vom Hbf ab, Kindersitz hab ich mir von Lena geliehen.

Und Henni – Basel?? Mama hat's angedeutet. Erzähl!!
""",
)

_jule3 = m(
    "n2j03",
    "2026-02-07 09:30",
    _JULE,
    "GLÜCKWUNSCH!!!",
    N(),
    text="""Malte hat mir gerade das Foto mit dem unterschriebenen Vertrag geschickt. GLÜCKWUNSCH Schwesterherz!!! Und dass ihr in Leipzig bleibt, find ich natürlich auch gut, Basel ist so weit weg 🙈

Feiern wir Ostern, ja?
Jule
""",
)

_schwiegereltern = m(
    "n2j04",
    "2026-01-01 12:14",
    "Heidi & Klaus Paschke <paschke.chemnitz@freenet.de>",
    "Frohes neues Jahr!",
    N(),
    text="""Liebe Henrike, lieber Malte, liebe Ida,

wir wünschen euch ein gesundes und glückliches 2026! Danke für das schöne Foto-Kalender-Geschenk, der hängt schon in der Küche.

Zum Umzug Ende Januar kommen wir gern mit dem Transporter, sagt uns nur rechtzeitig Bescheid.

Eure Heidi und Klaus
""",
)

# --- Kita --------------------------------------------------------------------------------

_kita_portal = m(
    "n2k01",
    "2025-09-04 10:02",
    "Kita-Portal Leipzig <noreply@kitaportal-leipzig.example>",
    "Ihre Vormerkung für einen Betreuungsplatz wurde registriert",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

Ihre Vormerkung für einen Betreuungsplatz wurde erfolgreich im Kita-Portal registriert.

Kind: Ida Paschke, geb. 11.10.2023
Gewünschter Betreuungsbeginn: 01.01.2026
Betreuungsumfang: 9 Stunden
Ausgewählte Einrichtungen (Priorität):
1. Kita Gleisdreieck, Naumburger Straße 30
2. Kita Kanalwichtel, Gießerstraße 12
3. Kita Felsenkeller, Zschochersche Straße 77

Die Einrichtungen entscheiden selbstständig über die Vergabe. Sie werden direkt von der Einrichtung kontaktiert. Bitte bestätigen Sie Ihren Bedarf alle 3 Monate im Portal, sonst wird die Vormerkung gelöscht.

Ihr Amt für Jugend und Familie
""",
)

_kita_zusage = m(
    "n2k02",
    "2025-10-29 13:40",
    _KITA,
    "Zusage Betreuungsplatz ab 01.01.2026",
    N(),
    text="""Liebe Frau Albrecht-Paschke, lieber Herr Paschke,

wir freuen uns, Ihnen für Ida einen Krippenplatz in unserer Einrichtung ab dem 01.01.2026 anbieten zu können (9 Stunden, Gruppe „Schnecken").

Bitte bestätigen Sie uns bis zum 07.11.2025 per E-Mail, ob Sie den Platz annehmen. Danach laden wir Sie zum Aufnahmegespräch ein und schicken Ihnen den Betreuungsvertrag.

Herzliche Grüße
Birgit Hähnel
Leiterin Kita Gleisdreieck
Träger: Kinderwelt Leipzig gGmbH
""",
)

_kita_aufnahme = m(
    "n2k03",
    "2025-11-06 09:15",
    _KITA,
    "Aufnahmegespräch und Betreuungsvertrag",
    N(),
    text="""Liebe Familie Albrecht-Paschke / Paschke,

vielen Dank für Ihre Zusage! Wir laden Sie herzlich zum Aufnahmegespräch ein:

Dienstag, 25.11.2025, 15:30 Uhr, im Büro der Kita.

Bitte bringen Sie mit: Impfausweis / Nachweis Masernschutz, das gelbe U-Heft, den ausgefüllten Anmeldebogen (anbei) und, wenn vorhanden, den Bescheid zur Elternbeitragsermäßigung.

Herzliche Grüße
Birgit Hähnel
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D51E9A8C2E4FDC01000000000000000010000000AA71",
        "2025-11-25 15:30",
        "Aufnahmegespräch Ida Paschke",
        ('"Hähnel, Birgit"', "leitung@kita-gleisdreieck.example"),
        style="outlook",
        minutes=45,
        location="Kita Gleisdreieck, Büro",
    ),
)

_kita_eingew = m(
    "n2k04",
    "2025-12-16 14:22",
    _KITA,
    "Eingewöhnung ab 05.01. – ein paar Infos",
    N(),
    text="""Liebe Eltern unserer neuen Schnecken,

die Eingewöhnung beginnt am Montag, 05.01.2026. Wir arbeiten nach dem Berliner Modell: In den ersten drei Tagen bleiben Sie mit Ihrem Kind etwa eine Stunde in der Gruppe, ab Tag 4 gibt es den ersten kurzen Trennungsversuch. Planen Sie bitte insgesamt zwei bis drei Wochen ein, in denen ein Elternteil flexibel ist.

Bitte mitbringen: Hausschuhe, Wechselwäsche, Windeln, Kuscheltier, ein Familienfoto für die Gruppenwand.

Erzieherin Ihrer Gruppe ist Frau Nadine Kühn.

Herzliche Grüße
Birgit Hähnel
""",
)

_kita_elternabend = m(
    "n2k05",
    "2026-01-29 16:10",
    _KITA,
    "Einladung zum Elternabend am 12.02.2026",
    N(),
    text="""Liebe Eltern,

hiermit laden wir Sie herzlich zum Elternabend der Krippengruppen ein:

Donnerstag, 12.02.2026, 19:00 Uhr, im Bewegungsraum

Tagesordnung:
1. Vorstellung des Teams und der Jahresplanung
2. Wahl der Elternvertreter*innen
3. Sommerfest und Schließzeiten 2026
4. Verschiedenes

Eine Kinderbetreuung kann leider nicht angeboten werden. Die Kalenderdatei hängt an.

Herzliche Grüße
Ihr Kita-Team Gleisdreieck
""",
    ics=ics(
        "elternabend-krippe-20260212@kita-gleisdreieck.example",
        "2026-02-12 19:00",
        "Elternabend Krippe Kita Gleisdreieck",
        ("Kita Gleisdreieck", "leitung@kita-gleisdreieck.example"),
        minutes=90,
        location="Kita Gleisdreieck, Bewegungsraum, Naumburger Straße 30",
    ),
)

_kita_protokoll = m(
    "n2k06",
    "2026-02-13 20:40",
    "Elternvertretung Krippe <ev.krippe.gleisdreieck@gmail.com>",
    "Protokoll Elternabend & eure neuen Elternvertreter*innen",
    N(),
    text="""Liebe Eltern,

danke an alle, die gestern da waren! Das Protokoll hängt an. Kurz das Wichtigste:

- Elternvertreter*innen der Krippe: Henrike (Schnecken) und Paul (Raupen)
- Sommerfest: Samstag, 20.06., wir brauchen Kuchen und Helfer*innen
- Schließzeit: 27.07.–14.08.2026

Wir richten eine Signal-Gruppe ein, wer rein will, einfach auf diese Mail antworten.

Liebe Grüße
Henrike & Paul
""",
)

_tagesmutter = m(
    "n2k07",
    "2025-11-26 18:00",
    "Tagespflege Sternschnuppe <sternschnuppe.tagespflege@web.de>",
    "Abrechnung November und letzter Monat",
    N(),
    text="""Liebe Henrike, lieber Malte,

anbei die Abrechnung für November (Essengeld 62 €). Da Ida ab Januar in die Kita wechselt, wäre der Dezember dann unser letzter gemeinsamer Monat – ich bin schon ein bisschen traurig. Am 19.12. machen wir ein kleines Abschiedsfrühstück, ihr seid herzlich eingeladen!

Liebe Grüße
Katja
""",
)

# --- flat ----------------------------------------------------------------------------------

_is24 = m(
    "n2w01",
    "2025-09-19 22:12",
    "ImmobilienScout24 <noreply@immobilienscout24.de>",
    "Ihre Anfrage wurde erfolgreich versendet",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Henrike Albrecht-Paschke,</p>
<p>Ihre Nachricht wurde an den Anbieter gesendet:</p>
<p><b>Helle 4-Zimmer-Altbauwohnung mit Balkon am Kanal</b><br>Zschochersche Straße 61, 04229 Leipzig · 92 m² · 1.180 € warm</p>
<p>Tipp: Mit MieterPlus werden Sie bei Anbietern hervorgehoben und können Ihre Bewerbungsmappe mit einem Klick versenden.</p>
<p><a href="https://www.immobilienscout24.de/expose/158822014?utm_source=email">Exposé ansehen</a></p>
<p style="font-size:10px">Immobilien Scout GmbH · Invalidenstraße 65 · 10557 Berlin</p>
</body></html>""",
)

_kanal_besichtigung = m(
    "n2w02",
    "2025-09-23 09:30",
    _KANAL,
    "Einladung zur Besichtigung Zschochersche Str. 61, WE 3.2",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihr Interesse an der Wohnung Zschochersche Straße 61, WE 3.2. Wir laden Sie zur Besichtigung ein:

Samstag, 27.09.2025, 11:00 Uhr (Sammeltermin)

Bitte bringen Sie eine ausgefüllte Mieterselbstauskunft, eine aktuelle SCHUFA-Auskunft sowie Einkommensnachweise der letzten drei Monate mit.

Mit freundlichen Grüßen
Hausverwaltung Kanalblick GmbH
""",
    ics=ics(
        "besichtigung-zscho61-32-20250927@hv-kanalblick.example",
        "2025-09-27 11:00",
        "Wohnungsbesichtigung Zschochersche Str. 61, WE 3.2",
        ("Hausverwaltung Kanalblick", "vermietung@hv-kanalblick.example"),
        minutes=30,
        location="Zschochersche Straße 61, 04229 Leipzig",
    ),
)

_kanal_selbstauskunft = m(
    "n2w03",
    "2025-10-06 11:18",
    _KANAL,
    "Ihre Wohnungsbewerbung – fehlende Unterlagen",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihre Bewerbung um die Wohnung Zschochersche Straße 61, WE 3.2. Um Ihre Bewerbung vollständig prüfen zu können, benötigen wir noch:

- die Mietschuldenfreiheitsbescheinigung Ihres aktuellen Vermieters
- eine Kopie der Personalausweise beider Mietparteien

Bitte reichen Sie die Unterlagen bis zum 10.10. nach.

Mit freundlichen Grüßen
Hausverwaltung Kanalblick GmbH
""",
)

_kanal_absage = m(
    "n2w04",
    "2025-10-13 15:02",
    _KANAL,
    "Zschochersche Str. 61, WE 3.2",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihr Interesse an unserer Wohnung und Ihre vollständigen Bewerbungsunterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Bei über 60 Bewerbungen war die Auswahl nicht leicht.

Gern informieren wir Sie über künftige Angebote, wenn Sie dem zustimmen.

Mit freundlichen Grüßen
Hausverwaltung Kanalblick GmbH
""",
)

_wbg_eingang = m(
    "n2w05",
    "2025-10-30 08:44",
    _WBG,
    "Eingangsbestätigung Ihrer Wohnungsbewerbung",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

wir bestätigen den Eingang Ihrer Bewerbung für die Wohnung

Karl-Heine-Straße 88, 2. OG links, 4 Zimmer, 94 m²
Nutzungsgebühr 1.090 € warm, Genossenschaftsanteile 2.400 €

Voraussetzung für die Vergabe ist die Mitgliedschaft in unserer Genossenschaft. Der Vorstand entscheidet über die Vergabe in seiner Sitzung am 14.11.2025. Sie erhalten anschließend Nachricht.

Mit freundlichen Grüßen
Vermietung
WBG Plagwitz eG
""",
)

_wbg_zusage = m(
    "n2w06",
    "2025-11-17 10:10",
    _WBG,
    "Wohnungsangebot Karl-Heine-Straße 88",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke, sehr geehrter Herr Paschke,

wir freuen uns, Ihnen mitteilen zu können, dass der Vorstand Ihnen die Wohnung Karl-Heine-Straße 88, 2. OG links, zum 01.02.2026 anbietet.

Bitte teilen Sie uns bis zum 21.11.2025 mit, ob Sie das Angebot annehmen. Den Nutzungsvertrag und den Antrag auf Mitgliedschaft senden wir Ihnen dann zur digitalen Unterschrift.

Herzlich willkommen – so gut wie – in der WBG Plagwitz!

Mit freundlichen Grüßen
Dana Richter
Vermietung
""",
)

_wbg_docu = m(
    "n2w07",
    "2025-11-24 11:31",
    "WBG Plagwitz eG über DocuSign <dse@eumail.docusign.net>",
    "Bitte mit DocuSign unterzeichnen: Nutzungsvertrag KHS 88 / Mitgliedsantrag",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td>
<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:26px;text-align:center">
Dana Richter hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=0f7e88a2-44c1-4d8e-9e11-6a2b7c8d9e01&amp;er=77a1" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none">DOKUMENT PRÜFEN</a>
</div>
<p>Sehr geehrte Frau Albrecht-Paschke, sehr geehrter Herr Paschke, anbei der Nutzungsvertrag für die Wohnung Karl-Heine-Straße 88 sowie der Antrag auf Mitgliedschaft. Bitte beide Mietparteien unterschreiben.</p>
<p style="font-size:11px;color:#666">Diese Nachricht nicht weitergeben. Diese E-Mail enthält einen sicheren Link zu DocuSign.</p>
</td></tr></table></body></html>""",
)

_wbg_done = m(
    "n2w08",
    "2025-11-25 21:48",
    "DocuSign System <dse@eumail.docusign.net>",
    "Abgeschlossen: Nutzungsvertrag KHS 88 / Mitgliedsantrag",
    N(),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td>
<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:26px;text-align:center">Ihr Dokument wurde fertiggestellt<br><br>
<a href="https://eu.docusign.net/Member/EmailStart.aspx?a=3b1c7e2d-9a0f-4b5e-8c6d-1e2f3a4b5c6d" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none">DOKUMENT ANZEIGEN</a></div>
<p>Alle Unterzeichner haben das Dokument fertiggestellt.</p>
<p>Absender: WBG Plagwitz eG – Vermietung</p>
</td></tr></table></body></html>""",
)

_wbg_uebergabe = m(
    "n2w09",
    "2025-12-10 13:25",
    _WBG,
    "Terminvorschlag Wohnungsübergabe",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

für die Übergabe der Wohnung Karl-Heine-Straße 88 schlagen wir Freitag, 30.01.2026, 14:00 Uhr vor. Unser Hausmeister Herr Gottschalk übergibt Ihnen die Schlüssel und nimmt die Zählerstände mit Ihnen auf.

Der Termin ist als Kalendereintrag beigefügt. Bei Verhinderung geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Dana Richter
WBG Plagwitz eG
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E9C2B3A47C6ADC01000000000000000010000000CC18",
        "2026-01-30 14:00",
        "Wohnungsübergabe KHS 88, 2. OG li – Albrecht-Paschke/Paschke",
        ('"Richter, Dana"', "vermietung@wbg-plagwitz.example"),
        style="outlook",
        minutes=60,
        location="Karl-Heine-Straße 88, 04229 Leipzig",
    ),
)

_umzug = m(
    "n2w10",
    "2026-01-16 15:40",
    "Umzüge Schubert <info@umzuege-schubert.example>",
    "Ihr Angebot für den Umzug am 31.01.2026",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihre Anfrage. Gern bieten wir Ihnen an:

Umzug von Zschochersche Straße 12 (3. OG, kein Aufzug) nach Karl-Heine-Straße 88 (2. OG, kein Aufzug), ca. 1,2 km
3 Umzugshelfer, 7,5-t-LKW, 6 Stunden, inkl. Halteverbotszone beidseitig
Festpreis: 1.240,00 € inkl. MwSt.

Das Angebot ist bis zum 23.01.2026 gültig. Zur Auftragserteilung genügt eine kurze Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Rico Schubert
Umzüge Schubert · Leipzig
""",
)

# --- neighbourhood, sports, invitations ---------------------------------------------------

_laufgruppe = m(
    "n2s01",
    "2025-10-04 19:02",
    "Laufgruppe Clara-Park <laufgruppe-clarapark@posteo.de>",
    "Sonntag 9 Uhr – Vorbereitung Herbstlauf",
    N(),
    text="""Hallo Läuferinnen und Läufer,

letzter langer Lauf vor dem Herbstlauf: Sonntag, 9 Uhr, Treffpunkt wie immer am Musikpavillon. 14 km locker, wer will, hängt noch 2 km dran.

Danach Kaffee im Glashaus.
Steffen
""",
)

_flohmarkt = m(
    "n2s02",
    "2025-09-27 08:00",
    "Nachbarschaftsnetz Plagwitz <info@nachbarschaft-plagwitz.example>",
    "Hofflohmärkte am Sonntag – 43 Höfe machen mit",
    N(),
    **{"headers": {"List-Unsubscribe": "<https://nachbarschaft-plagwitz.example/abmelden>"}},
    text="""Liebe Nachbarinnen und Nachbarn,

am Sonntag, 28.09., ist wieder Hofflohmarkt in Plagwitz und Lindenau! 43 Höfe öffnen von 10 bis 16 Uhr. Die Karte mit allen Adressen gibt's hier: https://nachbarschaft-plagwitz.example/hofflohmarkt-2025

Wer noch Tische braucht: Im Stadtteilladen Zschochersche 14 können Biertischgarnituren ausgeliehen werden.

Euer Nachbarschaftsnetz
""",
)

_hochzeit = m(
    "n2s03",
    "2025-12-22 20:15",
    "Jana Böttcher <jana.boettcher@gmx.de>",
    "Save the Date 💍 Jana & Felix",
    N(),
    text="""Ihr Lieben,

wir trauen uns! Am 13. Juni 2026 feiern wir in der Alten Mühle in Grimma. Haltet euch den Tag frei, die richtige Einladung folgt im Frühjahr.

Kinder sind ausdrücklich willkommen, es gibt eine Kinderbetreuung und eine Hüpfburg.

Jana & Felix
""",
)

_hochzeit2 = m(
    "n2s04",
    "2026-02-18 21:30",
    "Jana Böttcher <jana.boettcher@gmx.de>",
    "Einladung & Rückmeldung bis 31.03.",
    N(),
    text="""Hallo Henrike, hallo Malte,

die Einladung ist heute in die Post gegangen! Bitte gebt uns bis 31.03. Bescheid, ob ihr kommt und ob ihr Vegetarier seid – am einfachsten über das Formular: https://forms.gle/hJ8kq2Wz7nP4xB9a6

Übrigens: Felix hat jetzt auch endlich die Stelle an der Uni bekommen, auf die er sich im Sommer beworben hat. Doppelt Grund zum Feiern!

Jana
""",
)
_hochzeit2.update(thread(_hochzeit))

_garten = m(
    "n2s05",
    "2025-10-18 09:00",
    "KGV Am Kanal e. V. <vorstand@kgv-am-kanal.example>",
    "Arbeitseinsatz und Wasser abstellen",
    N(),
    text="""Liebe Gartenfreundinnen und Gartenfreunde,

am Samstag, 01.11., ab 9 Uhr ist Herbstarbeitseinsatz (Laub, Hecke am Hauptweg, Vereinsheim). Wer nicht kann, zahlt wie beschlossen 25 € Ersatzgeld.

Das Wasser wird am 08.11. abgestellt – bitte bis dahin eure Leitungen entleeren.

Der Vorstand
""",
)

_boulder = m(
    "n2s06",
    "2026-01-20 12:00",
    "Kletterwerk West <news@kletterwerk-west.example>",
    "Neue Routen, Kinderklettern und dein Abo",
    N(),
    **{"headers": {"List-Unsubscribe": "<https://kletterwerk-west.example/nl/abmelden>"}},
    html="""<html><body style="font-family:Arial,sans-serif">
<h2>Frisch geschraubt!</h2>
<p>Im Januar haben wir 48 neue Boulder im Bereich West – von Gelb bis Schwarz.</p>
<p><b>Neu:</b> Eltern-Kind-Klettern für Kinder ab 2 Jahren, sonntags 10 Uhr.</p>
<p>Dein Jahresabo läuft am 28.02. aus. Verlängere jetzt und spare 10 %: <a href="https://kletterwerk-west.example/abo?utm_source=nl">Abo verlängern</a></p>
<p style="font-size:10px"><a href="https://kletterwerk-west.example/nl/abmelden">Abmelden</a></p>
</body></html>""",
)

_mdv = m(
    "n2s07",
    "2025-12-01 08:30",
    "MDV Abo-Service <abo@mdv-abo.example>",
    "Ihr Deutschlandticket: Preisänderung ab 1. Januar",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

der Preis für das Deutschlandticket steigt zum 01.01.2026 auf 63 € monatlich. Ihr Abonnement läuft automatisch zum neuen Preis weiter. Wenn Sie das nicht möchten, können Sie bis zum 10.12.2025 zum Monatsende kündigen.

Übrigens: Viele Arbeitgeber bezuschussen das Deutschlandticket als Jobticket. Fragen Sie in Ihrer Personalabteilung nach!

Ihr MDV Abo-Service
""",
)

MAIL: list[dict[str, Any]] = [
    _anja1, _anja2, _tobi1, _tobi2, _tobi3, _sandra1, _sandra2, _klasse1, _klasse2, _anja3,
    _anja4,
    _malte1, _malte2, _malte3, _malte4, _malte5, _malte6, _malte7,
    _mama1, _mama2, _mama3, _jule1, _jule2, _jule3, _schwiegereltern,
    _kita_portal, _kita_zusage, _kita_aufnahme, _kita_eingew, _kita_elternabend,
    _kita_protokoll, _tagesmutter,
    _is24, _kanal_besichtigung, _kanal_selbstauskunft, _kanal_absage, _wbg_eingang,
    _wbg_zusage, _wbg_docu, _wbg_done, _wbg_uebergabe, _umzug,
    _laufgruppe, _flohmarkt, _hochzeit, _hochzeit2, _garten, _boulder, _mdv,
]  # fmt: skip

# --- more everyday mail ------------------------------------------------------------------

_LINDNER = "Grundstücksverwaltung Lindner <verwaltung@gv-lindner.example>"

_malte8 = m(
    "n2x01",
    "2025-09-10 15:48",
    _MALTE,
    "Abholung Donnerstag?",
    N(),
    text="""Kannst du Ida am Donnerstag bei Katja abholen? Ich hab bis 18 Uhr Teammeeting, und die Bahn nach Grünau ist wieder Schienenersatzverkehr.

Falls nicht, frag ich Mama.
M.
""",
)

_malte9 = m(
    "n2x02",
    "2026-01-20 21:30",
    _MALTE,
    "Umzug Helferliste",
    N(),
    text="""Stand Helferliste für Samstag, 31.01.:

- Papa + Klaus: Transporter, ab 8 Uhr
- Tobi: ab 9, bringt Sackkarre mit
- Anja + Jens: ab 12, Essen (Suppe!)
- Jule: kommt leider nicht, hat Dienst

Umzugsfirma kommt um 8:30 für die großen Sachen. Ida ist das Wochenende bei deinen Eltern.

Ich hab Bier für 10 Leute eingeplant, reicht das?
""",
)

_mama4 = m(
    "n2x03",
    "2025-10-13 09:20",
    _MAMA,
    "Rezept Pflaumenkuchen",
    N(),
    text="""Hier das Rezept, nach dem du gefragt hast. Der Trick ist, die Pflaumen richtig dicht zu setzen und Streusel mit kalter Butter.

500 g Mehl, 1 Würfel Hefe, 250 ml Milch, 75 g Zucker, 75 g Butter, 1 Ei, Prise Salz
2 kg Pflaumen
Streusel: 200 g Mehl, 150 g Zucker, 150 g Butter, 1 TL Zimt

Bei 180 Grad ca. 40 Minuten.

Mama
""",
)

_jule4 = m(
    "n2x04",
    "2025-12-21 08:05",
    _JULE,
    "Re: Zugzeiten 23.12.?",
    N(),
    text="""Perfekt, 12:54 steh ich am Gleis. Mit Glühwein. Für euch, nicht für Ida :)
""",
)
_jule4.update(thread(_jule2))

_anja5 = m(
    "n2x05",
    "2026-01-02 12:40",
    _ANJA,
    "Fotos Silvester 🎆",
    N(),
    text="""Die Fotos von gestern Nacht: https://photos.app.goo.gl/Zt3vQ8nLp1xC5
Ida im Schlafanzug beim Bleigießen ist mein Favorit.

Frohes Neues nochmal, und: 2026 wird DEIN Jahr, ich spür das.
A.
""",
)

_kita_hfm = m(
    "n2x06",
    "2026-01-21 13:05",
    _KITA,
    "Hinweis: Hand-Fuß-Mund-Krankheit in der Schneckengruppe",
    N(),
    text="""Liebe Eltern der Schneckengruppe,

gemäß § 34 Infektionsschutzgesetz informieren wir Sie, dass in der Gruppe ein Fall von Hand-Fuß-Mund-Krankheit aufgetreten ist.

Bitte achten Sie auf Fieber, Bläschen an Händen, Füßen und im Mund. Erkrankte Kinder dürfen die Einrichtung bis zum Abheilen der Bläschen nicht besuchen. Bei Fragen wenden Sie sich an Ihre Kinderärztin.

Ihr Kita-Team Gleisdreieck
""",
)

_kita_schliesstag = m(
    "n2x07",
    "2026-01-08 10:30",
    _KITA,
    "Schließtag am 13.02.2026 (Teamfortbildung)",
    N(),
    text="""Liebe Eltern,

bitte notieren Sie sich: Am Freitag, 13.02.2026, bleibt die Kita wegen einer Teamfortbildung zum Thema Sprachförderung geschlossen. Eine Notbetreuung ist nicht möglich.

Vielen Dank für Ihr Verständnis!
Birgit Hähnel
""",
)

_tagesmutter2 = m(
    "n2x08",
    "2025-11-07 17:12",
    "Tagespflege Sternschnuppe <sternschnuppe.tagespflege@web.de>",
    "Laternenumzug Dienstag 🏮",
    N(),
    text="""Hallo ihr Lieben,

am Dienstag, 11.11., machen wir um 16:30 Uhr unseren kleinen Laternenumzug vom Hof bis zum Kanal und zurück. Danach gibt's Kinderpunsch und Hefezopf. Geschwister und Großeltern sind herzlich willkommen!

Katja
""",
)

_lindner_kuendigung = m(
    "n2x09",
    "2025-12-03 11:15",
    _LINDNER,
    "Bestätigung Ihrer Kündigung – Zschochersche Str. 12, WE 3 re.",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke, sehr geehrter Herr Paschke,

hiermit bestätigen wir den Eingang Ihrer Kündigung des Mietverhältnisses über die Wohnung Zschochersche Straße 12, 3. OG rechts, vom 28.11.2025.

Unter Berücksichtigung der gesetzlichen Kündigungsfrist endet das Mietverhältnis zum 28.02.2026. Ihrem Wunsch nach einer vorzeitigen Beendigung zum 31.01.2026 stimmt der Eigentümer zu, sofern ein Nachmieter gefunden wird. Wir werden die Wohnung ab sofort inserieren.

Einen Termin zur Vorabnahme schlagen wir Ihnen gesondert vor.

Mit freundlichen Grüßen
Grundstücksverwaltung Lindner
""",
)

_lindner_abnahme = m(
    "n2x10",
    "2026-01-12 09:48",
    _LINDNER,
    "Vorabnahme Ihrer Wohnung am 16.01.2026",
    N(),
    text="""Sehr geehrte Frau Albrecht-Paschke,

wir schlagen als Termin für die Vorabnahme Freitag, 16.01.2026, 17:00 Uhr vor. Dabei besprechen wir, welche Schönheitsreparaturen bis zur Übergabe noch erforderlich sind. Der Nachmieter wird voraussichtlich ebenfalls anwesend sein.

Eine Terminanfrage ist beigefügt.

Mit freundlichen Grüßen
Grundstücksverwaltung Lindner
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F7A3D1C2E883DC01000000000000000010000000DD02",
        "2026-01-16 17:00",
        "Vorabnahme Zschochersche Str. 12, WE 3 re.",
        ("Grundstücksverwaltung Lindner", "verwaltung@gv-lindner.example"),
        style="outlook",
        minutes=45,
        location="Zschochersche Straße 12, 3. OG rechts",
    ),
)

_sandra3 = m(
    "n2x11",
    "2025-10-22 20:02",
    _SANDRA,
    "Re: Gerüchte aus dem Labor",
    N(),
    text="""Jetzt ist es offiziell. Betriebsversammlung heute: Die Stabilitätsprüfung geht bis Mitte 2026 an ein Auftragslabor, 7 Stellen fallen weg. Es gibt ein Freiwilligenprogramm mit Abfindung, wer sich bis Ende Januar meldet. Betroffen sind angeblich vor allem die befristeten Verträge, aber so richtig weiß das keiner.

Du bist ja unbefristet und in der OOS-Gruppe, dich trifft's wahrscheinlich nicht. Aber ehrlich – ich würde an deiner Stelle die Augen offen halten.

S.
""",
)
_sandra3.update(thread(_sandra1))

MAIL += [
    _malte8, _malte9, _mama4, _jule4, _anja5, _kita_hfm, _kita_schliesstag, _tagesmutter2,
    _lindner_kuendigung, _lindner_abnahme, _sandra3,
]  # fmt: skip
