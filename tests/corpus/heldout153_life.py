# ruff: noqa: E501, RUF100
"""Corpus 153, personal mail (data only): see heldout153.py.

Her IHK Weiterbildung towards AZ-104 ("Ihre Anmeldung", the exam voucher, the badge), the
Ruderverein, her sister, parents and friends (who talk about their own jobs, Bewerbungen and
Vorstellungsgespräche), the Volkshochschule, the Hausverwaltung and social-network notices."""

from __future__ import annotations

from heldout153_jobs import N, ics, m, reply

# --- IHK Weiterbildung: Microsoft Azure Administrator (AZ-104) --------------------------------

ihk1 = m(
    "p1a1",
    "2025-09-05 14:22",
    "IHK-Bildungszentrum Nord <anmeldung@ihk-bz-nord.example>",
    "Ihre Anmeldung: Zertifikatslehrgang Microsoft Azure Administrator (AZ-104)",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihre Anmeldung. Hiermit bestätigen wir Ihre verbindliche Teilnahme an folgendem Lehrgang:

Zertifikatslehrgang Microsoft Azure Administrator (AZ-104)
Kursnummer: 25-IT-0419
Zeitraum: 22.09.2025 – 05.12.2025, berufsbegleitend (Mo + Mi, 18:00 – 21:15 Uhr, live online; 3 Samstage in Präsenz)
Entgelt: 1.890,00 € (inkl. Prüfungsvoucher Microsoft AZ-104)

Die Rechnung erhalten Sie separat. Eine Förderung über das Aufstiegs-BAföG ist für diesen Lehrgang nicht möglich; bitte prüfen Sie ggf. eine Förderung durch Ihren Arbeitgeber oder die Weiterbildungsprämie.

Es gelten unsere Allgemeinen Geschäftsbedingungen. Ein kostenfreier Rücktritt ist bis 14 Tage vor Lehrgangsbeginn möglich.

Mit freundlichen Grüßen
Kundenservice Weiterbildung
IHK-Bildungszentrum Nord GmbH
Am Markt 13, 28195 Bremen
""",
)

ihk2 = m(
    "p1a2",
    "2025-09-18 16:45",
    "Lernplattform IHK-BZ Nord <moodle@ihk-bz-nord.example>",
    "Ihre Zugangsdaten zur Lernplattform und der Kursplan",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

Sie wurden in den Kurs „25-IT-0419 Microsoft Azure Administrator (AZ-104)“ eingeschrieben.

Benutzername: skuhlmannahrens
Startpasswort: wird Ihnen per SMS zugeschickt
Lernplattform: https://lernen.ihk-bz-nord.example

Der erste Termin findet am Montag, 22.09.2025, um 18:00 Uhr statt. Den Link zum virtuellen Klassenraum finden Sie im Kurs. Den vollständigen Kursplan finden Sie im Anhang.

Ihr Dozent: Marco Behrendt (Microsoft Certified Trainer)

Viel Erfolg!
Ihr Lernplattform-Team
""",
    attach=[("Kursplan_25-IT-0419.pdf", "application/pdf", "%PDF-1.4\n% Kursplan (Platzhalter)\n")],
)

ihk3 = m(
    "p1a3",
    "2025-10-02 09:10",
    "IHK-Bildungszentrum Nord <rechnung@ihk-bz-nord.example>",
    "Rechnung Nr. 25-08812 – Lehrgang 25-IT-0419",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

anbei erhalten Sie die Rechnung für den Lehrgang Microsoft Azure Administrator (AZ-104).

Rechnungsbetrag: 1.890,00 € (umsatzsteuerbefreit nach § 4 Nr. 21 UStG)
Zahlungsziel: 16.10.2025

Mit freundlichen Grüßen
Buchhaltung IHK-Bildungszentrum Nord GmbH
""",
    attach=[("Rechnung_25-08812.pdf", "application/pdf", "%PDF-1.4\n% Rechnung (Platzhalter)\n")],
)

ihk4 = m(
    "p1a4",
    "2025-11-06 12:03",
    "Marco Behrendt <m.behrendt@ihk-bz-nord.example>",
    "Ihr Prüfungsvoucher für die Microsoft-Prüfung AZ-104",
    N(),
    """\
Liebe Teilnehmende,

wie angekündigt erhalten Sie heute Ihren persönlichen Prüfungsvoucher.

Voucher-Code: AZ104-7M2K-Q9XP-41RT (gültig bis 30.04.2026)

So geht's:
1. Melden Sie sich mit Ihrem Microsoft-Konto auf learn.microsoft.com an.
2. Wählen Sie „Prüfung planen“ bei AZ-104 und als Anbieter Pearson VUE.
3. Geben Sie den Voucher-Code im Bezahlschritt ein.

Mein Tipp: Planen Sie die Prüfung nicht später als zwei Wochen nach Lehrgangsende. Am Samstag, 29.11., machen wir noch eine Probeprüfung in Präsenz.

Viel Erfolg!
Marco Behrendt
""",
)

pearson = m(
    "p1a5",
    "2025-11-08 20:16",
    "Pearson VUE <PearsonVUEConfirmation@pearson.com>",
    "Microsoft Exam Appointment Confirmation",
    N("en"),
    """\
Dear Svenja Kuhlmann-Ahrens,

Thank you for scheduling your Microsoft exam with Pearson VUE.

Exam: AZ-104: Microsoft Azure Administrator
Date: Saturday, December 6, 2025
Time: 10:00 AM CET
Delivery: OnVUE online proctored exam
Registration ID: 512889074

Please run the system test before exam day and check in 30 minutes before your appointment.

To reschedule or cancel, sign in to your account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
""",
)

ms_cert = m(
    "p1a6",
    "2025-12-06 13:02",
    "Microsoft Learn <learn@email.microsoft.com>",
    "Congratulations! You've earned Microsoft Certified: Azure Administrator Associate",
    N("en"),
    html="""\
<html><body style="font-family:'Segoe UI',Arial,sans-serif">
<h2>Congratulations, Svenja!</h2>
<p>You've earned the <b>Microsoft Certified: Azure Administrator Associate</b> certification.</p>
<p>Share your achievement with your network and add it to your profile.</p>
<p><a href="https://learn.microsoft.com/users/svenjakuhlmannahrens/credentials/">View your credential</a></p>
<p>Remember: role-based certifications are valid for one year. You can renew for free on Microsoft Learn within six months of expiry.</p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
""",
)

credly = m(
    "p1a7",
    "2025-12-06 13:30",
    "Credly <admin@credly.com>",
    "You've earned a badge from Microsoft",
    N("en"),
    """\
Hi Svenja,

Microsoft has issued you a new badge: Microsoft Certified: Azure Administrator Associate.

Accept your badge: https://www.credly.com/badges/5d7e1f30-3c4a-4d8e-9ab1-0f2e3d4c5b6a

Once accepted, you can share it on LinkedIn and in your email signature.

The Credly Team
""",
)

ihk5 = m(
    "p1a8",
    "2025-12-12 09:00",
    "IHK-Bildungszentrum Nord <anmeldung@ihk-bz-nord.example>",
    "Ihre Teilnahmebescheinigung und unsere Bitte um Feedback",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

herzlichen Glückwunsch zum erfolgreichen Abschluss des Lehrgangs Microsoft Azure Administrator (AZ-104)! Ihre Teilnahmebescheinigung finden Sie im Anhang.

Wir freuen uns über Ihre Meinung: Die Umfrage dauert ca. 3 Minuten.
https://umfrage.ihk-bz-nord.example/s/25-IT-0419

Mit freundlichen Grüßen
Kundenservice Weiterbildung
""",
    attach=[
        (
            "Teilnahmebescheinigung_Kuhlmann-Ahrens.pdf",
            "application/pdf",
            "%PDF-1.4\n% Bescheinigung (Platzhalter)\n",
        )
    ],
)

ihk6 = m(
    "p1a9",
    "2026-02-02 08:30",
    "IHK-Bildungszentrum Nord <newsletter@ihk-bz-nord.example>",
    "Neu im Programm 2026: Azure Security Engineer (AZ-500) und Informationssicherheitsbeauftragte/r (IHK)",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Sehr geehrte Frau Kuhlmann-Ahrens,</p>
<p>als Absolventin unseres AZ-104-Lehrgangs möchten wir Sie auf zwei neue Angebote aufmerksam machen:</p>
<ul>
<li><b>Microsoft Azure Security Engineer (AZ-500)</b> – ab 13.04.2026, berufsbegleitend</li>
<li><b>Informationssicherheitsbeauftragte/r (IHK)</b> – ab 04.05.2026, Zertifikatslehrgang</li>
</ul>
<p>Frühbucher-Rabatt 10 % bis 15.03.2026. <a href="https://www.ihk-bz-nord.example/it-lehrgaenge-2026">Jetzt informieren und anmelden</a></p>
<p style="font-size:10px">IHK-Bildungszentrum Nord GmbH · <a href="https://www.ihk-bz-nord.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.ihk-bz-nord.example/newsletter/abmelden>"},
)

# --- Ruderverein Weser-Hansa -----------------------------------------------------------------

RV = "Ruderverein Weser-Hansa e.V."

rv1 = m(
    "p2b1",
    "2025-09-06 10:15",
    f"{RV} <vorstand@rv-weser-hansa.example>",
    "Abrudern am 11. Oktober – bitte eintragen!",
    N(),
    """\
Liebe Mitglieder,

die Saison neigt sich dem Ende zu – am Samstag, 11. Oktober, rudern wir traditionell gemeinsam ab. Start ist um 10:00 Uhr am Bootshaus, danach gibt es Kürbissuppe und Kuchen.

Bitte tragt euch bis zum 5.10. in die Liste am Schwarzen Brett oder online ein, damit wir die Boote einteilen können:
https://rv-weser-hansa.example/abrudern2025

Mit Rudergruß
Frauke Dehnert
1. Vorsitzende
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

rv2 = m(
    "p2b2",
    "2025-09-28 19:40",
    "Lasse Bischoff <lasse.bischoff@gmx.de>",
    "Ergo-Wintertraining – neue Zeiten ab November",
    N(),
    """\
Moin zusammen,

ab 3. November gelten wieder die Winterzeiten im Kraftraum:

Mo 18:30 – 20:00 Ergo + Kraft (Lasse)
Mi 19:00 – 20:30 Technik auf dem Ergo (Svenja, danke!!)
Sa 09:00 – 10:30 langer Ergo, danach Frühstück

Bitte Hallenschuhe mitbringen, und wischt die Ergos nach dem Training ab, sonst gibt's Ärger mit Frauke 😄

Lasse
Trainingsleitung Breitensport
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

rv3 = m(
    "p2b3",
    "2025-10-12 21:05",
    "Birgit Ohlsen <birgit.ohlsen@t-online.de>",
    "Fotos vom Abrudern 📸",
    N(),
    """\
Hallo ihr Lieben,

hier der Link zu den Fotos von gestern – war ein toller Tag, trotz Nieselregen!

https://photos.app.goo.gl/Xk2mR7pQ9vN4sT1u8

Svenja, das Foto von dir und Heike im Zweier mit dem Regenbogen ist der Knaller, das kommt in die Vereinszeitung!

Liebe Grüße
Birgit
""",
)

rv4 = m(
    "p2b4",
    "2025-10-25 08:47",
    "Heike Tammen <heike.tammen@posteo.de>",
    "Re: Wer fährt mit zur Herbstregatta Hamburg?",
    N(),
    """\
Ich bin dabei! Kann auch fahren, hab Platz für drei + Skulls. Abfahrt 6:30 am Bootshaus?

Heike

Am 24.10.2025 um 22:10 schrieb Lasse Bischoff:
> Moin, wer hat Lust auf die Herbstregatta auf der Alster am 8.11.?
> Wir könnten einen Mixed-Vierer melden. Svenja, Heike, Jonas, ich?
> Meldeschluss ist Dienstag.
> Lasse
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

rv5 = m(
    "p2b5",
    "2025-11-01 11:00",
    f"{RV} <vorstand@rv-weser-hansa.example>",
    "Einladung zur Jahreshauptversammlung am 28. November 2025",
    N(),
    """\
Liebe Mitglieder,

hiermit lade ich euch satzungsgemäß zur ordentlichen Jahreshauptversammlung ein:

Freitag, 28. November 2025, 19:00 Uhr, Clubraum im Bootshaus

Tagesordnung:
1. Begrüßung und Feststellung der Beschlussfähigkeit
2. Berichte des Vorstands und der Ressorts
3. Kassenbericht und Bericht der Kassenprüfer
4. Entlastung des Vorstands
5. Wahlen (2. Vorsitz, Kassenwart, Jugendwart)
6. Haushaltsplan 2026 und Beitragsanpassung
7. Anschaffung eines neuen Gig-Vierers
8. Verschiedenes

Anträge bitte bis zum 14.11. schriftlich an den Vorstand.

Mit Rudergruß
Frauke Dehnert
1. Vorsitzende
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

rv6 = m(
    "p2b6",
    "2025-11-15 17:32",
    "Jonas Wübben <jonas.wuebben@gmail.com>",
    "Arbeitsdienst Bootshalle – wer hilft am Samstag?",
    N(),
    """\
Hi zusammen,

am Samstag (22.11.) räumen wir die Bootshalle für den Winter um und reparieren die Steganlage. Wir brauchen noch 4–5 Leute, ab 10 Uhr. Arbeitsstunden werden natürlich angerechnet.

Werkzeug ist da, bringt Arbeitshandschuhe mit. Mittag gibt's Pizza.

Jonas (Bootswart)
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

rv7 = m(
    "p2b7",
    "2025-12-01 20:20",
    f"{RV} <vorstand@rv-weser-hansa.example>",
    "Weihnachtsfeier & Glühweinrudern am 13.12.",
    N(),
    """\
Liebe Mitglieder,

am Samstag, 13. Dezember, ist es wieder so weit: Um 14 Uhr Glühweinrudern (nur bei Wasserstand und Wetter, Entscheidung um 12 Uhr in der WhatsApp-Gruppe), ab 17 Uhr Weihnachtsfeier im Clubraum mit Buffet und Schrottwichteln (Wert max. 5 €).

Bitte bringt etwas fürs Buffet mit und tragt euch in die Liste ein: https://rv-weser-hansa.example/weihnachten

Frohe Adventszeit!
Euer Vorstand
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

rv8 = m(
    "p2b8",
    "2026-01-10 09:30",
    "Kassenwart RV Weser-Hansa <kasse@rv-weser-hansa.example>",
    "Beitragseinzug 2026",
    N(),
    """\
Liebe Mitglieder,

der Jahresbeitrag 2026 wird am 15.01.2026 per SEPA-Lastschrift eingezogen (Gläubiger-ID DE44ZZZ00000912377, Mandatsreferenz = Mitgliedsnummer).

Vollmitglieder: 264 €
Ermäßigt: 132 €
Bootsplatz (Privatboot): 80 €

Wie auf der JHV beschlossen, steigt der Beitrag erstmals seit 2019 um 2 € pro Monat.

Mit Rudergruß
Gerd Meyerdierks, Kassenwart
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

trainer = m(
    "p2b9",
    "2026-01-18 15:48",
    "Ruderverband Weser-Ems <lehrwesen@ruderverband-weser-ems.example>",
    "Deine Bewerbung für den Lehrgang Trainer C Breitensport",
    N(),
    """\
Hallo Svenja,

vielen Dank für deine Bewerbung für den Trainer-C-Lehrgang Breitensport 2026! Dein Verein, der RV Weser-Hansa, hat deine Meldung bestätigt.

Wir freuen uns, dir einen Platz anbieten zu können:

Modul 1: 07./08.03.2026, Bremen
Modul 2: 18./19.04.2026, Oldenburg
Modul 3 + Prüfung: 06./07.06.2026, Bremen

Lehrgangsgebühr: 180 € (übernimmt i. d. R. der Verein)

Bitte bestätige deine Teilnahme bis zum 31.01. und schicke uns einen Nachweis über deinen Erste-Hilfe-Kurs (nicht älter als 2 Jahre).

Viele Grüße
Anke Fröhlich
Lehrwart, Ruderverband Weser-Ems
""",
)

rv9 = m(
    "p2ba",
    "2026-02-14 18:05",
    "Lasse Bischoff <lasse.bischoff@gmx.de>",
    "Ergo-Cup: Ergebnisse 🏆",
    N(),
    """\
Moin!

Danke an alle, die beim vereinsinternen Ergo-Cup mitgemacht haben. Die Ergebnisse (2.000 m):

Frauen: 1. Heike 7:48,2 · 2. Svenja 7:55,9 · 3. Birgit 8:31,0
Männer: 1. Jonas 6:41,7 · 2. Lasse 6:49,3 · 3. Gerd 7:58,4 (Respekt mit 67!)

Die Urkunden hängen ab Montag im Kraftraum.

Lasse
""",
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

# --- sister Maren (Erzieherin in Hannover, applying for a Kita-Leitung) ----------------------

maren1 = m(
    "p3c1",
    "2025-09-14 21:37",
    "Maren Kuhlmann <maren.kuhlmann@gmx.de>",
    "Vorstellungsgespräch am Donnerstag 😬",
    N(),
    """\
Hey Svenni,

stell dir vor, ich hab tatsächlich eine Einladung zum Vorstellungsgespräch für die Kitaleitung in Linden bekommen! Donnerstag um 15 Uhr beim Träger, mit der Fachberatung und jemandem vom Elternbeirat.

Ich bin so nervös. Du hast ja gerade auch so viele Bewerbungen laufen – hast du Tipps? Was sagt man bei „Wo sehen Sie sich in fünf Jahren“, ohne total blöd zu klingen?? Und soll ich nach dem Gehalt fragen oder ist das bei TVöD eh klar?

Ruf mich gern morgen Abend an, ich bin ab 19 Uhr zu Hause.

Kuss
Maren
""",
)

maren2 = m(
    "p3c2",
    "2025-09-26 17:02",
    "Maren Kuhlmann <maren.kuhlmann@gmx.de>",
    "Re: Vorstellungsgespräch am Donnerstag 😬",
    N(),
    """\
ICH HAB DIE STELLE!!!! 🎉🎉🎉

Die haben heute angerufen, ab 1. Januar bin ich Kitaleitung! S11b, unbefristet. Ich kann's noch gar nicht glauben. Deine Tipps mit dem Beispiel aus dem Elterngespräch haben echt geholfen.

Jetzt musst nur noch du was Schönes finden, dann feiern wir Weihnachten doppelt 🥂

Maren

Am 15.09.2025 um 07:12 schrieb Svenja Kuhlmann-Ahrens:
> Du schaffst das! Erzähl von der Sache mit dem Eingewöhnungskonzept, das war super.
> Ruf ich heute Abend an.
> S.
""",
    **reply(maren1),
)

maren3 = m(
    "p3c3",
    "2025-11-23 20:14",
    "Maren Kuhlmann <maren.kuhlmann@gmx.de>",
    "Weihnachten?",
    N(),
    """\
Hi,

Mama fragt, wann wir kommen. Ich bin vom 23. bis 27. in Osnabrück, du auch? Dann könnten wir am 24. morgens zusammen auf den Markt und Papa beim Grünkohl helfen (bzw. ihn davon abhalten, wieder 3 kg zu kochen).

Wichteln unter Geschwistern dieses Jahr mit Limit 30 €?

M.
""",
)

maren4 = m(
    "p3c4",
    "2026-01-07 22:41",
    "Maren Kuhlmann <maren.kuhlmann@gmx.de>",
    "Erste Woche als Chefin …",
    N(),
    """\
Sooo, erste Woche als Kitaleitung rum. Fazit: Ich sitze mehr am Dienstplan als bei den Kindern, zwei Kolleginnen sind krank, und die Heizung im Bewegungsraum ist kaputt. Aber das Team ist toll und die Kinder haben mir ein Bild gemalt, auf dem ich eine Krone trage 😂

Und bei dir ist morgen das zweite Gespräch bei der Hafenfirma, oder? Daumen sind gedrückt! Ruf an, wenn du raus bist!!

M.
""",
)

maren5 = m(
    "p3c5",
    "2026-01-21 07:55",
    "Maren Kuhlmann <maren.kuhlmann@gmx.de>",
    "Glückwunsch!!! 🎉",
    N(),
    """\
Svenni!!! Mama hat's mir gerade erzählt – du hast zugesagt!! Ich freu mich so für dich. Endlich raus aus dem Spediteurs-Keller und rein in die Cloud ☁️😄

Wann kündigst du? Und müssen wir jetzt „Frau Cloud-Administratorin“ sagen?

Wir stoßen an, wenn ich das nächste Mal in Bremen bin!

Kuss, M.
""",
)

# --- parents --------------------------------------------------------------------------------

mum1 = m(
    "p4d1",
    "2025-10-04 10:20",
    "Angelika Kuhlmann <a.kuhlmann@osnanet.de>",
    "Omas 90. Geburtstag",
    N(),
    """\
Liebe Svenja,

Oma wird am 8. November 90! Wir feiern am Samstag, den 8.11., ab 14 Uhr im Landgasthof Reinke in Hasbergen. Kaffee und Kuchen, abends Buffet.

Kannst du kommen? Und wärst du so lieb, die Fotos für die Präsentation zusammenzustellen? Du kannst das doch mit dem Computer so gut.

Liebe Grüße
Mama

PS: Papa fragt, ob du schon was von den Bewerbungen gehört hast. Ich hab gesagt, du erzählst das schon, wenn es soweit ist.
""",
)

mum2 = m(
    "p4d2",
    "2025-11-10 19:03",
    "Angelika Kuhlmann <a.kuhlmann@osnanet.de>",
    "Fotos vom Geburtstag",
    N(),
    """\
Liebe Svenja,

danke nochmal für die schöne Präsentation, Oma hat geweint vor Freude! Hier ein paar Fotos vom Samstag. Das mit Tante Gisela und dem Sekt ist besonders schön 😊

Papa hat die Bilder mit dem Handy gemacht, deshalb sind manche unscharf.

Liebe Grüße
Mama
""",
    attach=[
        ("IMG_2041.jpg", "image/jpeg", "JPEG-Platzhalter"),
        ("IMG_2047.jpg", "image/jpeg", "JPEG-Platzhalter"),
    ],
)

dad = m(
    "p4d3",
    "2025-12-28 11:11",
    "Jürgen Kuhlmann <juergen.kuhlmann@osnanet.de>",
    "Grünkohl-Rezept (wie versprochen)",
    N(),
    """\
Hallo Svenja,

hier wie versprochen mein Grünkohl-Rezept:

2 kg Grünkohl (frisch, nach dem ersten Frost!)
3 Zwiebeln, Schweineschmalz
4 Kohlwürste, 2 Pinkel, 500 g Kassler
2 EL Haferflocken, Senf, Salz, Pfeffer, etwas Zucker

Kohl waschen, blanchieren, grob hacken. Zwiebeln im Schmalz glasig, Kohl dazu, mit Brühe auffüllen. 1 Stunde köcheln, dann Fleisch drauf, noch 1 Stunde. Mit Haferflocken binden.

Und denk dran: am zweiten Tag schmeckt er am besten.

Papa
""",
)

# --- friends --------------------------------------------------------------------------------

jule1 = m(
    "p5e1",
    "2025-09-09 12:48",
    "Jule Brandt <jule.brandt@posteo.de>",
    "Neuer Job beim Zoll – Einstand am Freitag?",
    N(),
    """\
Hallo Svenja,

ich hab's geschafft: Seit Montag bin ich beim Hauptzollamt im Sachgebiet IT-Sicherheit! Nach dem ewigen Auswahlverfahren (schriftlicher Test, Assessment-Center, drei Monate warten …) bin ich jetzt offiziell Tarifbeschäftigte E 10. Die Kolleg:innen sind nett, der Kaffee ist schlimm.

Ich geb am Freitag ab 19 Uhr einen kleinen Einstand im Lagerhaus im Viertel. Kommst du? Bring gern Heike mit.

Und: Wenn du Fragen zu den Bewerbungen im öffentlichen Dienst hast – ich kenne das jetzt in- und auswendig 😅

Jule
""",
)

jule2 = m(
    "p5e2",
    "2025-12-09 08:14",
    "Jule Brandt <jule.brandt@posteo.de>",
    "Re: Weihnachtsmarkt?",
    N(),
    """\
Donnerstag passt! 18 Uhr am Roland? Danach Schlachte-Zauber?

Ach und wegen deinem IDZ-Gespräch: Die Auswahlkommissionen bei uns dauern auch immer ewig mit der Entscheidung, der Personalrat muss ja noch zustimmen. Nicht verrückt machen!

J.
""",
)

deniz1 = m(
    "p5e3",
    "2025-10-17 21:30",
    "Deniz Aydın <deniz.aydin@outlook.de>",
    "Kurze Frage zu Intune 🙈",
    N(),
    """\
Hi Svenja,

sorry, dass ich dich schon wieder mit IT-Kram nerve, aber du bist die Einzige, die ich kenne, die sich damit auskennt 😅

Bei uns in der Praxis (du weißt, ich mach seit Sommer die Verwaltung bei der Physio) will die Chefin, dass die Tablets „irgendwie zentral verwaltet“ werden. Der IT-Dienstleister hat Intune vorgeschlagen und will dafür 1.200 € Einrichtung. Ist das realistisch für 6 Tablets??

Ich lade dich dafür auf einen Kaffee ein. Oder zwei.

Deniz
""",
)

deniz2 = m(
    "p5e4",
    "2026-01-23 19:45",
    "Deniz Aydın <deniz.aydin@outlook.de>",
    "Bewerbungsgespräch bei der Sparkasse – Tipps?",
    N(),
    """\
Hey du,

große Neuigkeiten: Ich hab nächste Woche Mittwoch ein Bewerbungsgespräch bei der Sparkasse in Delmenhorst, als Kundenberaterin! Das wäre endlich eine feste Stelle mit Tarif.

Du hast ja dieses Jahr gefühlt 20 Gespräche gehabt – was fragen die bei sowas? Die wollen auch ein Rollenspiel machen, „Kundengespräch simulieren“. Ich sterbe jetzt schon.

Können wir am Wochenende mal telefonieren?

Deniz
""",
)

_wedding = ics(
    "hochzeit-kathi-tim-20260627@icloud.com",
    "2026-06-27 14:00",
    "Hochzeit Kathi & Tim 💍",
    ("Kathi Schröder", "kathi.schroeder@icloud.com"),
    minutes=600,
    location="Hof Wiesengrund, Stuhr",
)
_wedding["start"] = "2026-06-27 14:00:00 +0200"  # summer time, which tz() does not cover

kathi1 = m(
    "p5e5",
    "2025-11-18 20:00",
    "Kathi Schröder <kathi.schroeder@icloud.com>",
    "Save the Date 💍",
    N(),
    """\
Liebe Svenja,

Tim und ich heiraten! 💍

Save the Date: Samstag, 27. Juni 2026, Hof Wiesengrund in Stuhr

Die richtige Einladung kommt im Frühjahr. Ich hab dir schon mal einen Kalendereintrag geschickt, damit du dir den Tag freihältst – keine Ausreden wegen Regatta!!

Kathi & Tim
""",
    ics=_wedding,
)

kathi2 = m(
    "p5e6",
    "2026-02-15 13:22",
    "Lena Haase <lena.haase@web.de>",
    "JGA für Kathi – geheime Planung (nicht weiterleiten!!)",
    N(),
    """\
Hallo ihr Lieben,

ich bin Lena, Kathis Trauzeugin – Kathi hat mir eure Adressen für den JGA gegeben, weiß aber natürlich nichts vom Programm 🤫

Idee: Samstag, 30. Mai, Kanutour auf der Hunte + Grillen am Wasser. Svenja, du als Ruder-Profi bist unsere Bootsverantwortliche 😄

Bitte bis 1. März zu- oder absagen, Kosten ca. 70 € p. P.

Lena
""",
)

tobi = m(
    "p5e7",
    "2026-02-08 18:30",
    "Tobias Renken <tobi.renken@gmail.com>",
    "Ich hab gekündigt!",
    N(),
    """\
Moin Svenja,

jetzt ist es raus: Ich hab bei der Spedition Hollmann gekündigt und fange im April bei einem Systemhaus in Delmenhorst an – Netzwerk und Firewalls, endlich mal was anderes als Drucker und SAP-Berechtigungen. Gehalt ist nicht viel mehr, aber keine Rufbereitschaft am Wochenende.

Du hast doch auch gewechselt, oder? Wie war das mit der Kündigungsfrist bei dir?

Lass mal wieder ein Bier trinken gehen, so wie früher nach den Serverumzügen 😄

Tobi
""",
)

doodle = m(
    "p5e8",
    "2025-09-20 14:02",
    "Doodle <mailer@doodle.com>",
    "Stefan Kruse hat dich zur Umfrage „Klassentreffen 20 Jahre Abi“ eingeladen",
    N(),
    """\
Stefan Kruse hat dich zu einer Umfrage eingeladen

Klassentreffen 20 Jahre Abi – Gymnasium Schölerberg
„Hallo zusammen, kaum zu glauben, 20 Jahre! Lasst uns im Frühjahr treffen. Bitte tragt euch ein.“

Termine: 14.03., 21.03., 28.03.2026

Jetzt abstimmen: https://doodle.com/meeting/participate/id/b3xW7pKe

Doodle
""",
)

# --- Volkshochschule, Hausverwaltung, social networks ----------------------------------------

vhs1 = m(
    "p6f1",
    "2025-09-11 09:35",
    "Volkshochschule Bremen-West <anmeldung@vhs-bremen-west.example>",
    "Anmeldebestätigung: Spanisch A2 (Kurs 25H-4410)",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

Ihre Anmeldung für folgenden Kurs ist verbindlich:

25H-4410 Spanisch A2 – für Reisende
Donnerstags, 18:15 – 19:45 Uhr, 12 Termine ab 02.10.2025
Ort: Bürgerhaus Weserterrassen, Raum 3
Entgelt: 118,00 € (Abbuchung zu Kursbeginn)

Wir freuen uns auf Sie!
Ihre Volkshochschule Bremen-West
""",
)

vhs2 = m(
    "p6f2",
    "2026-01-28 13:10",
    "Volkshochschule Bremen-West <anmeldung@vhs-bremen-west.example>",
    "Kursausfall am 29.01. – 25H-4410 Spanisch A2",
    N(),
    """\
Liebe Teilnehmende,

der Kurs am Donnerstag, 29.01., muss leider krankheitsbedingt ausfallen. Der Termin wird am 26.03. nachgeholt.

Mit freundlichen Grüßen
Ihre VHS Bremen-West
""",
)

hv1 = m(
    "p6f3",
    "2025-10-09 15:30",
    "Hausverwaltung Meinken <info@hv-meinken.example>",
    "Hemmstraße 212: Aufräumaktion Fahrradkeller",
    N(),
    """\
Sehr geehrte Mieterinnen und Mieter,

im Fahrradkeller stehen zahlreiche Fahrräder, die offensichtlich nicht mehr genutzt werden. Bitte kennzeichnen Sie Ihre Räder bis zum 31.10.2025 mit einem Namensschild. Nicht gekennzeichnete Räder werden ab dem 15.11. entfernt.

Mit freundlichen Grüßen
Hausverwaltung Meinken GmbH
""",
)

hv2 = m(
    "p6f4",
    "2026-02-26 10:00",
    "Hausverwaltung Meinken <info@hv-meinken.example>",
    "Ihre Betriebskostenabrechnung 2025",
    N(),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

anbei erhalten Sie die Betriebskostenabrechnung für das Jahr 2025 für Ihre Wohnung Hemmstraße 212, 2. OG links.

Ergebnis: Nachzahlung 84,12 €, fällig zum 31.03.2026.
Ihre monatliche Vorauszahlung erhöht sich ab 01.04.2026 um 7,00 €.

Mit freundlichen Grüßen
Hausverwaltung Meinken GmbH
""",
    attach=[
        (
            "BK-Abrechnung_2025_Hemmstr212_2OGli.pdf",
            "application/pdf",
            "%PDF-1.4\n% Abrechnung (Platzhalter)\n",
        )
    ],
)

li_congrats = m(
    "p6f5",
    "2025-10-15 09:40",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Gratulieren Sie Kerstin Wübbena zur neuen Position",
    N(),
    """\
Kerstin Wübbena hat eine neue Position angetreten

Teamleiterin IT-Service bei Weserkontor Spedition GmbH

Gratulieren Sie Kerstin: https://www.linkedin.com/comm/feed/update/urn:li:activity:7384410092?trk=eml-congrats

Diese E-Mail ist für Svenja Kuhlmann-Ahrens bestimmt.
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=network-updates
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?type=network-updates>"
    },
)

li_connect = m(
    "p6f6",
    "2025-12-22 17:05",
    "LinkedIn <invitations@linkedin.com>",
    "Nele Thomsen möchte sich mit Ihnen vernetzen",
    N(),
    """\
Nele Thomsen
Principal Cloud Architect bei Cloudkontor | Azure | Landing Zones
Hamburg

„Hi Svenja, lass uns in Kontakt bleiben! Viele Grüße, Nele“

Einladung annehmen: https://www.linkedin.com/comm/mynetwork/invite-accept/?invitationId=7408812

Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=invitations
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

xing_bday = m(
    "p6f7",
    "2025-11-02 07:00",
    "XING <mailrobot@mail.xing.com>",
    "Heute hat Tobias Renken Geburtstag",
    N(),
    """\
Hallo Svenja Kuhlmann-Ahrens,

heute hat Tobias Renken (IT-Administrator bei Spedition Hollmann GmbH & Co. KG) Geburtstag. Schicken Sie doch einen kurzen Gruß!

Glückwunsch senden: https://www.xing.com/profile/Tobias_Renken

Ihr XING Team
Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
""",
)

urban = m(
    "p6f8",
    "2025-09-02 08:00",
    "Urban Sports Club <hello@urbansportsclub.com>",
    "Deine Mitgliedschaft: neue Studios in Bremen",
    N(),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hey Svenja,</p>
<p>in deiner Nähe gibt's neue Partner: <b>Boulderhalle Überseestadt</b>, <b>Yoga am Wall</b> und <b>SUP Weser</b> (ab Frühjahr).</p>
<p><a href="https://urbansportsclub.com/de/bremen?utm_source=mail">Jetzt entdecken</a></p>
<p style="font-size:10px">Urban Sports GmbH · Berlin · <a href="https://urbansportsclub.com/de/unsubscribe">Abmelden</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://urbansportsclub.com/de/unsubscribe>"},
)

heike = m(
    "p7g1",
    "2026-02-03 21:12",
    "Heike Tammen <heike.tammen@posteo.de>",
    "Trainingslager Ostern?",
    N(),
    """\
Hey Svenja,

Jonas und ich überlegen, über Ostern fürs Trainingslager nach Ratzeburg zu fahren (Gründonnerstag bis Ostermontag). Die haben noch Zimmer in der Jugendherberge und wir dürften Boote vom Club dort nutzen.

Bist du dabei? Oder fängst du da schon den neuen Job an?

Heike
""",
)

deniz3 = m(
    "p7g2",
    "2026-02-06 18:22",
    "Deniz Aydın <deniz.aydin@outlook.de>",
    "Re: Bewerbungsgespräch bei der Sparkasse – Tipps?",
    N(),
    """\
SVENJA!!! Die haben mir die Stelle angeboten!!! 🥳

Ab 1. April bin ich Kundenberaterin in der Filiale Delmenhorst-Mitte. Das Rollenspiel war übrigens genau so, wie du gesagt hast: Kundin will Geld abheben, man soll ihr nebenbei was verkaufen 🙄 Hab's trotzdem hingekriegt.

Vertrag unterschreibe ich nächste Woche. Kaffee geht auf mich, versprochen!

Deniz

Am 24.01.2026 um 10:05 schrieb Svenja Kuhlmann-Ahrens:
> Klar, Sonntag um 11? Und keine Panik, die wollen nur sehen, dass du zuhören kannst.
""",
    **reply(deniz2),
)

jule3 = m(
    "p7g3",
    "2026-02-19 20:47",
    "Jule Brandt <jule.brandt@posteo.de>",
    "Große Bitte: Wohnungsbewerbung",
    N(),
    """\
Hey Svenja,

ich bewerbe mich gerade auf eine Wohnung in Schwachhausen (endlich mit Balkon!) und die Vermieterin will neben der SCHUFA auch eine „Referenz“ von einer Person, die mich gut kennt. Wärst du so lieb und würdest einen Zweizeiler schreiben, dass ich eine zuverlässige, ruhige Nachbarin bin? 😇

Der Besichtigungstermin war super, ich glaub, ich hab gute Chancen.

Danke danke danke!
Jule
""",
)

mum3 = m(
    "p7g4",
    "2026-02-10 18:30",
    "Angelika Kuhlmann <a.kuhlmann@osnanet.de>",
    "Papas 65.",
    N(),
    """\
Liebe Svenja,

Papa wird am 21. März 65, und er hat sich gewünscht, dass wir alle zusammen essen gehen. Ich habe im „Hasetor“ für Samstag, 21.3., 18 Uhr reserviert. Maren kommt auch.

Kannst du? Und hast du eine Idee für ein Geschenk? Er redet ständig von einem E-Bike …

Liebe Grüße
Mama

PS: Wie schön, dass das mit der neuen Stelle geklappt hat! Papa erzählt es schon allen Nachbarn.
""",
)

rv10 = m(
    "p7g5",
    "2026-02-24 19:00",
    f"{RV} <vorstand@rv-weser-hansa.example>",
    "Anrudern 2026 – Save the Date",
    N(),
    """\
Liebe Mitglieder,

der Winter ist bald geschafft! Unser Anrudern findet am Sonntag, 29. März 2026, um 11 Uhr statt – mit Bootstaufe unseres neuen Gig-Vierers. Eine Kalendereinladung hängt an.

Mit Rudergruß
Frauke Dehnert
""",
    ics=ics(
        "anrudern-2026@rv-weser-hansa.example",
        "2026-03-29 11:00",
        "Anrudern 2026 + Bootstaufe",
        ("RV Weser-Hansa Vorstand", "vorstand@rv-weser-hansa.example"),
        minutes=240,
        location="Bootshaus RV Weser-Hansa",
    ),
    headers={"List-Id": "<mitglieder.rv-weser-hansa.example>"},
)

neighbour = m(
    "p7g6",
    "2026-02-11 13:40",
    "Ayşe Osmanoğlu <ayse.osmanoglu@gmx.net>",
    "Paket",
    N(),
    """\
Hallo Frau Kuhlmann-Ahrens,

ich habe heute ein Paket von Hermes für Sie angenommen. Sie können es heute Abend ab 18 Uhr abholen, EG links.

Viele Grüße
Ayşe Osmanoğlu
""",
)

MAIL = [
    ihk1,
    ihk2,
    ihk3,
    ihk4,
    pearson,
    ms_cert,
    credly,
    ihk5,
    ihk6,
    rv1,
    rv2,
    rv3,
    rv4,
    rv5,
    rv6,
    rv7,
    rv8,
    trainer,
    rv9,
    maren1,
    maren2,
    maren3,
    maren4,
    maren5,
    mum1,
    mum2,
    dad,
    jule1,
    jule2,
    deniz1,
    deniz2,
    kathi1,
    kathi2,
    tobi,
    doodle,
    vhs1,
    vhs2,
    hv1,
    hv2,
    li_congrats,
    li_connect,
    xing_bday,
    urban,
    heike,
    deniz3,
    jule3,
    mum3,
    rv10,
    neighbour,
]
