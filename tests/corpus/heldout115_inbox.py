# ruff: noqa: E501, RUF100
"""Corpus 115, the rest of a Cologne inbox (data only): see heldout115.py."""

from __future__ import annotations

from typing import Any

from heldout115_jobs import N, ev, m

ME_ADDR = ("Katharina Wendeborn", "k.wendeborn@web.de")

MAIL: list[dict[str, Any]] = [
    # --- flat hunt: a Wohnungsbewerbung with its own "Zusage" ---------------------------------
    m(
        "9001",
        "2025-09-09 20:14",
        "ImmoRheinland <noreply@immorheinland.example>",
        "Ihre Anfrage zum Objekt: 3-Zimmer-Altbau, Köln-Nippes",
        N(),
        """Guten Tag Frau Wendeborn,

Ihre Anfrage wurde an den Anbieter (Hausverwaltung Pohl & Söhne) übermittelt. Tipp: Mit einer vollständigen Mieterselbstauskunft erhöhen Sie Ihre Chancen.

Ihr ImmoRheinland-Team
""",
    ),
    m(
        "9002",
        "2025-09-12 09:30",
        "Hausverwaltung Pohl & Söhne <vermietung@pohl-hv.example>",
        "Einladung zur Besichtigung Neusser Str. 212, 2. OG",
        N(),
        """Sehr geehrte Frau Wendeborn,

gerne laden wir Sie zur Besichtigung der Wohnung Neusser Str. 212 (2. OG links, 78 m²) ein: Samstag, 20.09.2025, 11:15 Uhr. Bitte bringen Sie, falls Sie sich bewerben möchten, Ihre Mieterselbstauskunft, die letzten drei Gehaltsnachweise und eine SCHUFA-Auskunft mit.

Mit freundlichen Grüßen
Pohl & Söhne Hausverwaltung GmbH
""",
    ),
    m(
        "9003",
        "2025-09-22 16:02",
        "Hausverwaltung Pohl & Söhne <vermietung@pohl-hv.example>",
        "Ihre Bewerbung um die Wohnung Neusser Str. 212",
        N(),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Bewerbung um die Wohnung Neusser Str. 212. Wir haben sehr viele Bewerbungen erhalten und uns nach Rücksprache mit der Eigentümerin für andere Mietinteressenten entschieden.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Pohl & Söhne Hausverwaltung GmbH
""",
    ),
    m(
        "9004",
        "2025-10-05 19:47",
        "ImmoRheinland <noreply@immorheinland.example>",
        "Neue Angebote für Ihre Suche „Köln-Ehrenfeld, 3 Zimmer, bis 1.450 €“",
        N(),
        html="""<html><body><p>5 neue Objekte passen zu Ihrer Suche.</p><ul><li>Helle 3-Zimmer-Wohnung mit Balkon, Venloer Str., 1.390 € warm</li><li>Altbau am Lenauplatz, 1.440 € warm</li></ul></body></html>""",
    ),
    m(
        "9005",
        "2025-10-16 12:22",
        "Ralf Wienand <r.wienand@t-online.de>",
        "Wohnung Lenauplatz – Zusage",
        N(),
        """Liebe Frau Wendeborn,

meine Frau und ich haben uns nach der Besichtigung für Sie als neue Mieterin entschieden. Wenn Sie einverstanden sind, schicke ich Ihnen nächste Woche den Mietvertrag. Übergabe wäre der 01.12.

Mit freundlichen Grüßen
Ralf Wienand
""",
    ),
    m(
        "9006",
        "2025-10-24 18:05",
        "Ralf Wienand <r.wienand@t-online.de>",
        "Mietvertrag Lenauplatz 4",
        N(),
        """Liebe Frau Wendeborn,

anbei der Mietvertrag als PDF. Bitte zweifach unterschreiben und mir bei der Schlüsselübergabe mitbringen. Die Kaution (drei Kaltmieten) bitte auf das im Vertrag genannte Konto.

Herzliche Grüße
Ralf Wienand
""",
        attach=[
            (
                "Mietvertrag_Lenauplatz4.txt",
                "text/plain",
                "Wohnraummietvertrag ... Mieterin: Katharina Wendeborn ...\n",
            )
        ],
    ),
    m(
        "9007",
        "2025-11-20 08:00",
        "Umzugsprofi Köln <auftrag@umzugsprofi-koeln.example>",
        "Auftragsbestätigung Umzug am 29.11.2025",
        N(),
        """Hallo Frau Wendeborn,

hiermit bestätigen wir Ihren Umzug am Samstag, 29.11.2025, von der Zülpicher Str. 41 zum Lenauplatz 4. Unser Team ist um 8:00 Uhr vor Ort. Halteverbotszone ist beantragt.

Ihr Umzugsprofi-Team
""",
    ),
    m(
        "9008",
        "2025-11-24 11:10",
        "Stadt Köln – Kundenzentrum <terminvergabe@stadt-koeln.example>",
        "Terminbestätigung: Anmeldung einer Wohnung",
        N(),
        """Sehr geehrte Frau Wendeborn,

Ihr Termin im Kundenzentrum Ehrenfeld ist bestätigt: Dienstag, 02.12.2025, 08:40 Uhr, Anliegen: Anmeldung einer Wohnung. Bitte bringen Sie Personalausweis und Wohnungsgeberbestätigung mit.

Stadt Köln
""",
    ),
    # --- credit card and bank: "Antrag", "Angebot" ---------------------------------------------
    m(
        "9011",
        "2025-09-18 14:40",
        "Rheinische Volksbank <service@rheinische-volksbank.example>",
        "Ihr Antrag auf die Mastercard Gold ist eingegangen",
        N(),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihren Antrag auf eine Mastercard Gold. Wir prüfen Ihren Antrag und informieren Sie in wenigen Tagen über das Ergebnis. Für die Prüfung holen wir eine Auskunft bei der SCHUFA ein.

Ihre Rheinische Volksbank eG
""",
    ),
    m(
        "9012",
        "2025-09-24 10:01",
        "Rheinische Volksbank <service@rheinische-volksbank.example>",
        "Gute Nachrichten: Ihr Kartenantrag wurde genehmigt",
        N(),
        """Sehr geehrte Frau Wendeborn,

wir freuen uns, Ihnen mitzuteilen, dass Ihr Antrag genehmigt wurde. Ihre neue Mastercard Gold erhalten Sie in den nächsten Tagen per Post, die PIN separat.

Ihre Rheinische Volksbank eG
""",
    ),
    m(
        "9013",
        "2025-11-03 09:15",
        "Rheinische Volksbank <newsletter@rheinische-volksbank.example>",
        "Exklusives Angebot: Ratenkredit ab 3,99 % eff. p. a.",
        N(),
        html="""<html><body><h2>Ihr persönliches Angebot</h2><p>Sichern Sie sich jetzt Ihren Wunschkredit – z. B. für den Umzug oder die neue Küche. Zusage in wenigen Minuten!</p></body></html>""",
    ),
    m(
        "9014",
        "2025-12-01 07:45",
        "Finbridge Bank <noreply@finbridge-bank.example>",
        "Katharina, Sie sind vorausgewählt: 0 € Kreditkarte",
        N(),
        html="""<html><body><p>Sie wurden für unsere Visa ohne Jahresgebühr vorausgewählt. Jetzt in 5 Minuten beantragen – Sofortentscheidung!</p></body></html>""",
    ),
    # --- car insurance offers (an actuary's own Kfz renewal) -----------------------------------
    m(
        "9021",
        "2025-10-20 10:30",
        "Kfz-Vergleich24 <angebote@kfzvergleich24.example>",
        "Ihre Kfz-Versicherung: Jetzt bis 30.11. wechseln und sparen",
        N(),
        html="""<html><body><p>Hallo Katharina,</p><p>Wechselstichtag 30.11. – vergleichen Sie jetzt über 300 Tarife. Ihr bisheriger Beitrag: 612 €. Günstigstes Angebot: 431 €.</p></body></html>""",
    ),
    m(
        "9022",
        "2025-10-27 15:12",
        "Westkontor Versicherung <kundenservice@westkontor-vers.example>",
        "Ihr persönliches Angebot zur Kfz-Versicherung",
        N(),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Anfrage. Anbei erhalten Sie Ihr persönliches Angebot für Ihren VW Polo (K-KW 2207): Haftpflicht und Teilkasko, SF 9, Jahresbeitrag 448,20 €. Das Angebot ist 4 Wochen gültig.

Mit freundlichen Grüßen
Westkontor Versicherung AG
""",
    ),
    m(
        "9023",
        "2025-11-14 08:48",
        "Westkontor Versicherung <kundenservice@westkontor-vers.example>",
        "Ihr Versicherungsantrag wurde angenommen – Police Nr. KF-4472190",
        N(),
        """Sehr geehrte Frau Wendeborn,

Ihr Antrag wurde angenommen. Ihre Versicherungsbestätigung (eVB) lautet X7K2P9M. Ihren Versicherungsschein erhalten Sie separat.

Westkontor Versicherung AG
""",
    ),
    m(
        "9024",
        "2025-11-06 13:00",
        "Hansa-Colonia Kundenservice <service@hansa-colonia.example>",
        "Beitragsrechnung 2026 für Ihre Hausratversicherung",
        N(),
        """Sehr geehrte Frau Wendeborn,

anbei erhalten Sie Ihre Beitragsrechnung für 2026. Der Beitrag wird am 01.01.2026 von Ihrem Konto abgebucht. Bitte denken Sie daran, uns Ihre neue Anschrift nach dem Umzug mitzuteilen.

Hansa-Colonia Versicherung a.G.
""",
    ),
    # --- Karneval club ---------------------------------------------------------------------------
    m(
        "9031",
        "2025-09-14 21:02",
        "KG Ehrenfelder Funkentöchter <vorstand@funkentoechter.example>",
        "Einladung Mitgliederversammlung und Sessionseröffnung",
        N(),
        """Liebe Mitglieder,

unsere Mitgliederversammlung findet am Freitag, 10.10., um 19:30 Uhr im Brauhaus am Gürtel statt. Am 11.11. starten wir ab 10 Uhr am Zülpicher Platz in die Session – Treffpunkt Ecke Roonstraße.

Kölle Alaaf!
Der Vorstand
""",
    ),
    m(
        "9032",
        "2025-10-29 19:44",
        "KG Ehrenfelder Funkentöchter <vorstand@funkentoechter.example>",
        "Bewerbung Tanzgruppe – Vortanzen am 08.11.",
        N(),
        """Liebe Katharina,

danke für deine Bewerbung für unsere Tanzgruppe! Das Vortanzen ist am Samstag, 08.11., um 14 Uhr in der Turnhalle Everhardstraße. Bequeme Kleidung, Turnschuhe und gute Laune mitbringen!

Alaaf
Birgit (Trainerin)
""",
    ),
    m(
        "9033",
        "2025-11-10 22:10",
        "KG Ehrenfelder Funkentöchter <vorstand@funkentoechter.example>",
        "Du bist dabei! 🎉",
        N(),
        """Liebe Katharina,

herzlichen Glückwunsch – du hast beim Vortanzen überzeugt und bist ab sofort Teil der Tanzgruppe! Training ist dienstags um 19 Uhr. Das Kostüm bestellen wir gemeinsam.

Bis Dienstag
Birgit
""",
    ),
    m(
        "9034",
        "2026-01-08 12:30",
        "KG Ehrenfelder Funkentöchter <kartenverkauf@funkentoechter.example>",
        "Ihre Karten für die Damensitzung am 07.02.2026",
        N(),
        """Vielen Dank für Ihre Bestellung!

2 Karten Damensitzung, Samstag, 07.02.2026, 14:00 Uhr, Gürzenich Köln, Tisch 14.
Gesamt: 118,00 €

KG Ehrenfelder Funkentöchter e.V.
""",
    ),
    m(
        "9035",
        "2026-02-02 09:00",
        "Birgit Esch <birgit.esch@gmx.de>",
        "Auftritte Weiberfastnacht – Zeitplan",
        N(),
        """Hallo zusammen,

hier der Zeitplan für Weiberfastnacht (12.02.): 10:30 Uhr Treffen am Vereinslokal, 11:11 Uhr erster Auftritt, dann Altenheim Sülz (13 Uhr) und Kita Nippes (15 Uhr). Wer kann fahren?

Alaaf!
Birgit
""",
        ics=ev(
            "wf-2026-funken@google.com",
            "2026-02-12 10:30",
            ("Birgit Esch", "birgit.esch@gmx.de"),
            "Weiberfastnacht Auftritte Tanzgruppe",
            minutes=360,
            location="Vereinslokal, Venloer Str.",
        ),
    ),
    # --- friends and family talking about jobs --------------------------------------------------
    m(
        "9041",
        "2025-09-10 22:31",
        "Jule Brandhorst <jule.brandhorst@gmail.com>",
        "Und?? Wie läuft's mit den Bewerbungen?",
        N(),
        """Hey Kathi,

erzähl mal, wie läuft die Jobsuche? Ich hab übrigens morgen mein zweites Vorstellungsgespräch bei der Agentur in Düsseldorf – drück mir die Daumen!!

Lass uns bald mal wieder ins Stapelhäuschen.

Jule
""",
    ),
    m(
        "9042",
        "2025-10-01 19:08",
        "Jule Brandhorst <jule.brandhorst@gmail.com>",
        "ZUSAGE!!!",
        N(),
        """Kathiiii,

ich hab die Zusage!!! Ab Januar bin ich Senior Art Director. Das müssen wir feiern – Freitag bei mir? Bring gerne Ben mit.

Jule 🥂
""",
    ),
    m(
        "9043",
        "2025-10-19 10:12",
        "Mama <gisela.wendeborn@t-online.de>",
        "Sonntag",
        N(),
        """Liebe Katharina,

kommst du am Sonntag zum Essen nach Bergisch Gladbach? Papa macht Sauerbraten. Und erzähl mal, wie es mit dem Vorstellungsgespräch bei der Versicherung war.

Tobias hat übrigens auch ein Angebot bekommen, von einer Firma in Aachen. Er überlegt noch.

Liebe Grüße
Mama
""",
    ),
    m(
        "9044",
        "2025-11-14 13:40",
        "Tobias Wendeborn <tobi.wendeborn@posteo.de>",
        "Re: Glückwunsch!",
        N(),
        """Danke dir! Ja, ich hab den Vertrag unterschrieben, fange am 1.2. in Aachen an. Die Probezeit ist 6 Monate, aber das Team ist super.

Wie läuft's bei dir mit der Domstadt? Hast du die Fallstudie schon?

Tobi

> Glückwunsch zum neuen Job, Brüderchen!
""",
    ),
    m(
        "9045",
        "2025-12-15 21:18",
        "Sebastian Mertens <seb.mertens@web.de>",
        "Empfehlung bei uns?",
        N(),
        """Hi Katharina,

lange nicht gehört! Kurze Frage: Meine Kollegin sucht eine Werkstudentin fürs Controlling – kennst du vielleicht jemanden aus deinem alten Uni-Umfeld? Bei uns gibt's eine Empfehlungsprämie. 😄

Und wie war dein Assessment-Center? Ich hab gehört, die Domstadt macht da immer so eine Gruppenübung.

Grüße
Seb
""",
    ),
    m(
        "9046",
        "2026-01-24 11:02",
        "Jule Brandhorst <jule.brandhorst@gmail.com>",
        "Re: Ich hab unterschrieben!",
        N(),
        """WAS?! Glückwunsch!!! Ab April dann Rheinauhafen, wie schick. Ich bin so stolz auf dich. Wir gehen am Samstag feiern, keine Widerrede.

J.

> Jule, ich hab heute den Vertrag bei der Domstadt unterschrieben 🎉
""",
    ),
    m(
        "9047",
        "2025-12-20 16:55",
        "Ben Achterberg <ben.achterberg@gmail.com>",
        "Weihnachtsmarkt?",
        N(),
        """Hey, Lust morgen auf den Weihnachtsmarkt am Stadtgarten? So gegen 18 Uhr? Ich muss dir von meinem Jahresgespräch erzählen, die wollen mich tatsächlich zum Teamleiter machen.

Ben
""",
    ),
    # --- newsletters with "Interview" and hiring talk --------------------------------------------
    m(
        "9051",
        "2025-09-19 06:00",
        "Versicherungsbrief <redaktion@versicherungsbrief.example>",
        "Im Interview: „Pricing wird zur Datenwissenschaft“",
        N(),
        html="""<html><body><h2>Versicherungsbrief – Ausgabe 38/2025</h2><p><b>Interview:</b> Die Chefaktuarin eines großen Kompositversicherers über Machine Learning in der Tarifierung und warum Aktuare Python lernen sollten.</p><p><b>Arbeitsmarkt:</b> Versicherer suchen händeringend Aktuare – Gehälter steigen um bis zu 8 %.</p></body></html>""",
    ),
    m(
        "9052",
        "2025-10-17 06:00",
        "Versicherungsbrief <redaktion@versicherungsbrief.example>",
        "Fachkräftemangel im Aktuariat: Wie Versicherer jetzt rekrutieren",
        N(),
        html="""<html><body><h2>Versicherungsbrief – Ausgabe 42/2025</h2><p>Assessment-Center, Fallstudien, Active Sourcing: Wir haben fünf Personalchefs gefragt, wie sie Aktuare finden.</p><p><b>Interview</b> mit einer Personalberaterin: „Die Kandidatinnen haben heute die Wahl.“</p></body></html>""",
    ),
    m(
        "9053",
        "2025-11-21 06:00",
        "Versicherungsbrief <redaktion@versicherungsbrief.example>",
        "Solvency-II-Review: Was sich 2026 ändert",
        N(),
        html="""<html><body><h2>Versicherungsbrief – Ausgabe 47/2025</h2><p>Die Überarbeitung der Solvency-II-Richtlinie tritt in Kraft. Was Aktuare jetzt wissen müssen.</p></body></html>""",
    ),
    m(
        "9054",
        "2026-01-16 06:00",
        "Versicherungsbrief <redaktion@versicherungsbrief.example>",
        "Interview mit dem neuen DAV-Vorsitzenden",
        N(),
        html="""<html><body><h2>Versicherungsbrief – Ausgabe 3/2026</h2><p>Im <b>Interview</b> spricht der neue Vorsitzende über Nachwuchs, KI und die Zukunft der Ausbildung.</p></body></html>""",
    ),
    m(
        "9055",
        "2025-10-09 17:00",
        "Deutsche Aktuarvereinigung <info@aktuar.de>",
        "Einladung: Herbsttagung der DAV und DGVFM",
        N(),
        """Liebe Mitglieder,

wir laden Sie herzlich zur Herbsttagung nach Köln ein (20./21. November). Anmeldung bis 31.10. im Mitgliederbereich. Die Teilnahme wird mit 8 CPD-Punkten angerechnet.

Deutsche Aktuarvereinigung e.V.
""",
    ),
    m(
        "9056",
        "2025-11-03 11:20",
        "DAV Akademie <akademie@aktuar.de>",
        "Anmeldebestätigung: Webinar „IFRS 17 in der Praxis“",
        N(),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre Anmeldung zum Webinar „IFRS 17 in der Praxis“ am 18.11.2025, 10:00–12:00 Uhr. Die Zugangsdaten erhalten Sie einen Tag vorher.

DAV Akademie
""",
        ics=ev(
            "dav-web-ifrs17-1118@aktuar.de",
            "2025-11-18 10:00",
            ("DAV Akademie", "akademie@aktuar.de"),
            "Webinar IFRS 17 in der Praxis",
            minutes=120,
            style="outlook",
            location="Online",
        ),
    ),
    m(
        "9057",
        "2025-12-04 08:00",
        "Risk & Reserve Podcast <hello@riskreserve.fm>",
        "New episode: an interview with a cat modeller",
        N("en"),
        html="""<html><body><p>Episode 61 is live! We interview a catastrophe modeller about the 2025 flood season, and what reinsurers really look for when they hire.</p><p>Listen on your favourite app.</p></body></html>""",
    ),
    m(
        "9058",
        "2026-01-15 08:00",
        "Risk & Reserve Podcast <hello@riskreserve.fm>",
        "Episode 64: Interviewing for actuarial roles – what hiring managers say",
        N("en"),
        html="""<html><body><p>This week we talk to three hiring managers about case studies, assessment centres and the questions they always ask.</p></body></html>""",
    ),
    # --- LinkedIn social -----------------------------------------------------------------------
    m(
        "9061",
        "2025-09-30 12:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Jule Brandhorst zur neuen Position",
        N(),
        html="""<html><body><p>Jule Brandhorst hat eine neue Position als Senior Art Director bei Studio Blaufeld begonnen.</p><p><a href="#">Gratulieren</a></p></body></html>""",
    ),
    m(
        "9062",
        "2025-10-22 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Katharina, Sie wurden diese Woche in 14 Suchanfragen gefunden",
        N(),
        html="""<html><body><p>Ihr Profil wurde in 14 Suchanfragen angezeigt. Suchende arbeiten u. a. bei Versicherungen und Personalberatungen.</p></body></html>""",
    ),
    m(
        "9063",
        "2025-12-09 19:20",
        "LinkedIn <invitations@linkedin.com>",
        "Lena Hoffstädter möchte sich mit Ihnen vernetzen",
        N(),
        html="""<html><body><p>Lena Hoffstädter, Talent Acquisition bei Domstadt Versicherung, möchte sich mit Ihnen vernetzen.</p><p><a href="#">Annehmen</a></p></body></html>""",
    ),
    m(
        "9064",
        "2026-01-30 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ben Achterberg und 3 weitere haben auf Ihren Beitrag reagiert",
        N(),
        html="""<html><body><p>Ihr Beitrag „Neues Kapitel ab April …“ hat 57 Reaktionen erhalten.</p></body></html>""",
    ),
    # --- calendar invitations that are not interviews ------------------------------------------
    m(
        "9071",
        "2025-10-02 08:12",
        "Zahnarztpraxis Dr. Kühn <termine@zahnarzt-kuehn.example>",
        "Terminbestätigung Prophylaxe 15.10.2025",
        N(),
        """Sehr geehrte Frau Wendeborn,

hiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung am 15.10.2025 um 8:00 Uhr. Bitte sagen Sie bei Verhinderung 24 Stunden vorher ab.

Ihre Zahnarztpraxis Dr. Kühn, Aachener Str. 301
""",
        ics=ev(
            "kuehn-pzr-1015@zahnarzt-kuehn.example",
            "2025-10-15 08:00",
            ("Zahnarztpraxis Dr. Kühn", "termine@zahnarzt-kuehn.example"),
            "Prophylaxe Dr. Kühn",
            minutes=60,
            style="outlook",
            location="Aachener Str. 301, Köln",
        ),
    ),
    m(
        "9072",
        "2025-11-26 20:40",
        "Ben Achterberg <ben.achterberg@gmail.com>",
        "Einladung: Bens 35. 🎂 @ Sa. 6. Dez. 2025 19:00 - 23:30",
        N(),
        """Ben Achterberg hat Sie zu folgendem Termin eingeladen.

Bens 35. 🎂
Sa. 6. Dez. 2025 19:00 – 23:30 (MEZ)
Wo: Bar Hubertus, Venloer Str. 380

Einladung von Google Kalender
""",
        ics=ev(
            "ben35-party@google.com",
            "2025-12-06 19:00",
            ("Ben Achterberg", "ben.achterberg@gmail.com"),
            "Bens 35. 🎂",
            minutes=270,
            location="Bar Hubertus, Venloer Str. 380",
        ),
    ),
    # --- Finanzamt, Krankenkasse, Deutschlandticket ----------------------------------------------
    m(
        "9081",
        "2025-09-25 07:30",
        "ELSTER <noreply@elster.example>",
        "Neue Nachricht in Ihrem ELSTER-Postfach",
        N(),
        """Sehr geehrte Nutzerin,

in Ihrem ELSTER-Postfach liegt ein neuer Bescheid für Sie bereit (Einkommensteuer 2024). Bitte melden Sie sich an, um ihn abzurufen.

Ihr ELSTER-Team
""",
    ),
    m(
        "9082",
        "2025-12-17 10:00",
        "Techniker Kasse Rheinland <service@tk-rheinland.example>",
        "Ihre Mitgliedsbescheinigung für den neuen Arbeitgeber",
        N(),
        """Sehr geehrte Frau Wendeborn,

wie gewünscht senden wir Ihnen eine Mitgliedsbescheinigung zur Vorlage bei Ihrem Arbeitgeber. Ihr Arbeitgeber kann diese auch elektronisch bei uns abrufen.

Ihre Krankenkasse
""",
    ),
    m(
        "9083",
        "2025-10-30 16:00",
        "Stadt Köln <wahlamt@stadt-koeln.example>",
        "Ihre Bewerbung als Wahlhelferin – Dankeschön",
        N(),
        """Sehr geehrte Frau Wendeborn,

herzlichen Dank für Ihren Einsatz als Wahlhelferin bei der Stichwahl. Das Erfrischungsgeld in Höhe von 60 € wird Ihnen in den nächsten Wochen überwiesen.

Ihr Wahlamt der Stadt Köln
""",
    ),
]

# --- recurring mail from small tables -----------------------------------------------------------
_DTICKET = ["2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]
for _i, _day in enumerate(_DTICKET):
    MAIL.append(
        m(
            f"95{_i:02d}",
            f"{_day} 05:12",
            "KVB Deutschlandticket <abo@kvb-dticket.example>",
            f"Ihr Deutschlandticket für {['September', 'Oktober', 'November', 'Dezember', 'Januar', 'Februar'][_i]}",
            N(),
            f"""Hallo Katharina Wendeborn,

Ihr Deutschlandticket für diesen Monat ist in der App verfügbar. Der Betrag von {"58,00" if _day < "2026" else "63,00"} € wird zum Monatsanfang abgebucht.

Gute Fahrt!
Ihre KVB
""",
        )
    )

_STROM = [
    ("2025-09-15", "September", "92,00"),
    ("2025-10-15", "Oktober", "92,00"),
    ("2025-11-14", "November", "92,00"),
    ("2025-12-15", "Dezember", "74,00"),
    ("2026-01-15", "Januar", "74,00"),
    ("2026-02-13", "Februar", "74,00"),
]
for _i, (_day, _mon, _eur) in enumerate(_STROM):
    MAIL.append(
        m(
            f"96{_i:02d}",
            f"{_day} 09:00",
            "Domstrom Energie <kundenservice@domstrom.example>",
            f"Ihr Abschlag {_mon}",
            N(),
            f"""Sehr geehrte Frau Wendeborn,

wir buchen Ihren Abschlag für {_mon} in Höhe von {_eur} € in den nächsten Tagen ab.

Ihre Domstrom Energie GmbH
""",
        )
    )

_BANK = [
    ("2025-09-30", "September"),
    ("2025-10-31", "Oktober"),
    ("2025-11-28", "November"),
    ("2025-12-31", "Dezember"),
    ("2026-01-30", "Januar"),
]
for _i, (_day, _mon) in enumerate(_BANK):
    MAIL.append(
        m(
            f"97{_i:02d}",
            f"{_day} 18:30",
            "Rheinische Volksbank <postbox@rheinische-volksbank.example>",
            f"Neuer Kontoauszug für {_mon} im Postfach",
            N(),
            """Sehr geehrte Frau Wendeborn,

in Ihrem elektronischen Postfach steht ein neues Dokument (Kontoauszug) für Sie bereit.

Ihre Rheinische Volksbank eG
""",
        )
    )

# A local daily briefing, twice a week-ish, with headlines that mention jobs and interviews.
_BRIEF = [
    ("2025-09-02", "Baustelle Mülheimer Brücke: Was Pendler wissen müssen"),
    ("2025-09-08", "Kölner Lichter: Alle Infos zum Feuerwerk"),
    ("2025-09-16", "Interview mit der Oberbürgermeisterin-Kandidatin"),
    ("2025-09-23", "Stadtwerke suchen 300 neue Fachkräfte"),
    ("2025-09-29", "Neue Radwege auf den Ringen"),
    ("2025-10-06", "Versicherer im Rheinauhafen: Neubau eröffnet"),
    ("2025-10-13", "Herbstferien: Ausflugstipps im Bergischen"),
    ("2025-10-20", "Im Interview: Der neue Intendant der Oper"),
    ("2025-10-27", "Zeitumstellung: So kommen Sie gut durch die Woche"),
    ("2025-11-03", "Elfter Elfter: Sperrzonen in der Innenstadt"),
    ("2025-11-10", "Karnevalsauftakt: Alle Zugänge zum Zülpicher Viertel"),
    ("2025-11-17", "Arbeitsmarkt Köln: Arbeitslosigkeit leicht gestiegen"),
    ("2025-11-24", "Weihnachtsmärkte öffnen: Die Übersicht"),
    ("2025-12-01", "KVB: Neuer Fahrplan ab Dezember"),
    ("2025-12-08", "Interview: Wie Kölner Firmen Azubis finden"),
    ("2025-12-15", "Geschenke-Last-Minute: Die besten Läden in Ehrenfeld"),
    ("2025-12-22", "Silvester: Böllerverbotszonen in Köln"),
    ("2026-01-05", "Jahresvorschau 2026: Was sich in Köln ändert"),
    ("2026-01-12", "Sessionshöhepunkt: Das Dreigestirn im Interview"),
    ("2026-01-19", "Glatteis: Räumdienst im Dauereinsatz"),
    ("2026-01-26", "Rosenmontagszug: Die Motivwagen sind enthüllt"),
    ("2026-02-02", "Jobmesse im Gürzenich: 80 Arbeitgeber vor Ort"),
    ("2026-02-09", "Weiberfastnacht: Alles zu Wetter und Bahnen"),
    ("2026-02-16", "Rosenmontag: Zugweg und Sperrungen"),
    ("2026-02-23", "Nach Karneval: Stadt zieht Bilanz"),
]
for _i, (_day, _head) in enumerate(_BRIEF):
    MAIL.append(
        m(
            f"98{_i:02d}",
            f"{_day} 06:15",
            "Rheinblick Morgen <morgen@rheinblick-news.example>",
            f"Rheinblick Morgen: {_head}",
            N(),
            html=f"""<html><body><p>Guten Morgen aus Köln!</p><h2>{_head}</h2><p>Außerdem heute: Wetter, Veedel, Termine. Ihr Rheinblick-Team</p><p style="font-size:10px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="#">Abmelden</a></p></body></html>""",
        )
    )

# Online shopping and parcels.
_SHOP = [
    (
        "2025-09-06",
        "Bestellbestätigung Nr. 402-11877",
        "Rheinbuch Versand",
        "bestellung@rheinbuch.example",
        "„Generalized Linear Models for Insurance Data“ – 54,90 €",
    ),
    (
        "2025-09-27",
        "Ihre Bestellung ist unterwegs",
        "Paketdienst West",
        "info@paketwest.example",
        "Sendungsnummer 00340434 1182 9911 – Zustellung morgen zwischen 10 und 14 Uhr.",
    ),
    (
        "2025-10-11",
        "Bestellbestätigung Nr. 402-12090",
        "Rheinbuch Versand",
        "bestellung@rheinbuch.example",
        "„Kölsch für Anfänger“ – 12,00 €",
    ),
    (
        "2025-11-02",
        "Ihre Bestellung bei Möbelhaus Kranz",
        "Möbelhaus Kranz",
        "service@moebel-kranz.example",
        "Sofa „Lund“, 3-Sitzer, Lieferung KW 48.",
    ),
    (
        "2025-11-26",
        "Ihr Paket liegt in der Packstation 147",
        "Paketdienst West",
        "info@paketwest.example",
        "Abholcode: 8822 – bitte innerhalb von 7 Tagen abholen.",
    ),
    (
        "2025-12-05",
        "Black Week: Ihr exklusives Angebot endet heute",
        "Möbelhaus Kranz",
        "newsletter@moebel-kranz.example",
        "Bis zu 40 % auf Lampen und Teppiche – nur heute!",
    ),
    (
        "2025-12-11",
        "Bestellbestätigung Nr. 402-13512",
        "Rheinbuch Versand",
        "bestellung@rheinbuch.example",
        "Geschenkgutschein 50 € und „Das große Karnevalsliederbuch“.",
    ),
    (
        "2026-01-10",
        "Rückerstattung veranlasst",
        "Rheinbuch Versand",
        "bestellung@rheinbuch.example",
        "Für Ihre Retoure haben wir 12,00 € erstattet.",
    ),
    (
        "2026-02-03",
        "Ihr Kostüm ist unterwegs",
        "Jeckenshop",
        "versand@jeckenshop.example",
        "Funkemariechen-Kostüm Gr. 38 – Zustellung am 05.02.",
    ),
]
for _i, (_day, _subj, _name, _addr, _line) in enumerate(_SHOP):
    MAIL.append(
        m(
            f"99{_i:02d}",
            f"{_day} 14:{10 + _i:02d}",
            f"{_name} <{_addr}>",
            _subj,
            N(),
            f"""Hallo Katharina Wendeborn,

{_line}

Vielen Dank!
{_name}
""",
        )
    )

# English-language leisure and services.
_EN = [
    (
        "2025-09-21",
        "Your Flatshare Films receipt",
        "Flatshare Films",
        "billing@flatsharefilms.example",
        "Thanks for your payment of EUR 12.99 for your monthly plan.",
    ),
    (
        "2025-10-21",
        "Your Flatshare Films receipt",
        "Flatshare Films",
        "billing@flatsharefilms.example",
        "Thanks for your payment of EUR 12.99 for your monthly plan.",
    ),
    (
        "2025-11-21",
        "Your Flatshare Films receipt",
        "Flatshare Films",
        "billing@flatsharefilms.example",
        "Thanks for your payment of EUR 12.99 for your monthly plan.",
    ),
    (
        "2025-10-03",
        "Your booking is confirmed: Lisbon, 8–12 Oct",
        "StayNest",
        "bookings@staynest.example",
        "Your stay at Casa Alfama is confirmed. Check-in from 15:00.",
    ),
    (
        "2025-10-07",
        "Your boarding pass for CGN – LIS",
        "Rhinewings",
        "checkin@rhinewings.example",
        "Flight RW 4412, seat 14A, boarding 06:35.",
    ),
    (
        "2025-12-02",
        "Your Year in Running 2025",
        "PaceTrail",
        "hello@pacetrail.example",
        "You ran 812 km this year. Your longest run: 21.1 km along the Rhine.",
    ),
    (
        "2026-01-03",
        "New year, new goals: join the February challenge",
        "PaceTrail",
        "hello@pacetrail.example",
        "Sign up for our 100 km February challenge.",
    ),
    (
        "2026-02-14",
        "Your Flatshare Films plan is changing",
        "Flatshare Films",
        "billing@flatsharefilms.example",
        "From March your monthly price will be EUR 13.99.",
    ),
]
for _i, (_day, _subj, _name, _addr, _line) in enumerate(_EN):
    MAIL.append(
        m(
            f"93{_i:02d}",
            f"{_day} 11:{20 + _i:02d}",
            f"{_name} <{_addr}>",
            _subj,
            N("en"),
            f"""Hi Katharina,

{_line}

The {_name} team
""",
        )
    )

# More of ordinary life, written one by one but kept short.
_MORE = [
    (
        "2025-09-04 19:02",
        "Fitnessloft Ehrenfeld <info@fitnessloft.example>",
        "Willkommen im Fitnessloft!",
        "Hallo Katharina,\n\nschön, dass du dabei bist! Dein Einführungstraining ist am Montag, 08.09., um 18:30 Uhr. Dein Mitgliedsbeitrag: 34,90 € im Monat.\n\nDein Fitnessloft-Team\n",
    ),
    (
        "2025-10-14 07:30",
        "Fitnessloft Ehrenfeld <info@fitnessloft.example>",
        "Neuer Kursplan ab November",
        "Hallo Katharina,\n\nab November gibt es neue Kurse: Pilates am Mittwoch und Rückenfit am Freitag. Alle Zeiten in der App.\n\nDein Fitnessloft-Team\n",
    ),
    (
        "2025-12-28 10:00",
        "Fitnessloft Ehrenfeld <info@fitnessloft.example>",
        "Gute Vorsätze? Bring eine Freundin mit – 1 Monat gratis",
        "Hallo Katharina,\n\nim Januar trainiert deine Begleitung einen Monat kostenlos. Angebot gilt bis 31.01.\n\nDein Fitnessloft-Team\n",
    ),
    (
        "2025-09-26 16:44",
        "Stadtbibliothek Köln <ausleihe@stbib-koeln.example>",
        "Erinnerung: Leihfrist endet in 3 Tagen",
        "Sehr geehrte Leserin,\n\nfolgende Medien sind bis 29.09. zurückzugeben: „Stochastische Prozesse“ (2. Aufl.), „Kölner Stadtgeschichte“.\n\nStadtbibliothek Köln\n",
    ),
    (
        "2026-01-20 16:44",
        "Stadtbibliothek Köln <ausleihe@stbib-koeln.example>",
        "Ihre Vormerkung ist abholbereit",
        "Sehr geehrte Leserin,\n\nIhre Vormerkung „Die Kunst des Gesprächs“ liegt bis 27.01. in der Zentralbibliothek für Sie bereit.\n\nStadtbibliothek Köln\n",
    ),
    (
        "2025-10-08 12:00",
        "Funkwelle Mobil <kundenservice@funkwelle.example>",
        "Ihre Rechnung für September",
        "Guten Tag Frau Wendeborn,\n\nIhre Mobilfunkrechnung über 19,99 € steht im Kundenportal bereit.\n\nFunkwelle Mobil\n",
    ),
    (
        "2025-11-08 12:00",
        "Funkwelle Mobil <kundenservice@funkwelle.example>",
        "Exklusives Angebot: Jetzt auf 5G Max upgraden",
        "Guten Tag Frau Wendeborn,\n\nnur für Bestandskunden: 50 GB für 24,99 € im Monat. Angebot gültig bis 30.11.\n\nFunkwelle Mobil\n",
    ),
    (
        "2025-12-03 09:20",
        "Beitragsservice <service@rundfunkbeitrag.example>",
        "Bestätigung Ihrer Adressänderung",
        "Sehr geehrte Frau Wendeborn,\n\nwir haben Ihre neue Anschrift (Lenauplatz 4, 50825 Köln) gespeichert. Ihre Beitragsnummer bleibt unverändert.\n\nARD ZDF Deutschlandradio Beitragsservice\n",
    ),
    (
        "2025-12-05 15:15",
        "Rheinische Volksbank <beratung@rheinische-volksbank.example>",
        "Einladung zum Beratungsgespräch: Ihre Altersvorsorge",
        "Sehr geehrte Frau Wendeborn,\n\nich würde Sie gerne zu einem persönlichen Gespräch über Ihre Altersvorsorge einladen. Wie wäre es mit Donnerstag, 11.12., um 17 Uhr in der Filiale Ehrenfeld?\n\nMit freundlichen Grüßen\nMarkus Tillmann, Ihr Berater\n",
    ),
    (
        "2025-12-05 21:40",
        "Kleinanzeigen Rheinland <noreply@kleinanzeigen-rhein.example>",
        "Neue Nachricht zu „IKEA Billy Regal, weiß“",
        "Hallo,\n\nist das Regal noch zu haben? Ich könnte Samstag vorbeikommen. Gruß, Ömer\n\nAntworte direkt in der App.\n",
    ),
    (
        "2025-12-07 09:02",
        "Kleinanzeigen Rheinland <noreply@kleinanzeigen-rhein.example>",
        "Deine Anzeige „IKEA Billy Regal, weiß“ läuft bald ab",
        "Hallo Katharina,\n\ndeine Anzeige läuft in 3 Tagen ab. Jetzt kostenlos verlängern!\n\nDein Kleinanzeigen-Team\n",
    ),
    (
        "2025-09-30 18:20",
        "TH Köln Alumni <alumni@th-koeln-alumni.example>",
        "Alumni-Stammtisch im Oktober",
        "Liebe Alumni,\n\nunser nächster Stammtisch ist am 16.10. im Früh em Veedel. Außerdem suchen wir Ehemalige für ein kurzes Interview für unser Alumni-Magazin – melden Sie sich gern!\n\nIhr Alumni-Team\n",
    ),
    (
        "2025-11-27 18:20",
        "TH Köln Alumni <alumni@th-koeln-alumni.example>",
        "Alumni-Magazin: Karrierewege in der Versicherungsbranche",
        "Liebe Alumni,\n\nin der neuen Ausgabe: Drei Absolventinnen erzählen im Interview, wie sie Aktuarin wurden. Plus: Jobmesse-Termine 2026.\n\nIhr Alumni-Team\n",
    ),
    (
        "2025-10-12 13:05",
        "Ärzte ohne Grenzen Spenderservice <spenderservice@aog-spenden.example>",
        "Danke für Ihre Spende",
        "Liebe Frau Wendeborn,\n\nherzlichen Dank für Ihre Spende von 50 €. Ihre Zuwendungsbestätigung erhalten Sie im Februar.\n\nIhr Spenderservice\n",
    ),
    (
        "2026-02-09 13:05",
        "Ärzte ohne Grenzen Spenderservice <spenderservice@aog-spenden.example>",
        "Ihre Zuwendungsbestätigung 2025",
        "Liebe Frau Wendeborn,\n\nanbei Ihre Zuwendungsbestätigung für das Jahr 2025 zur Vorlage beim Finanzamt.\n\nIhr Spenderservice\n",
    ),
    (
        "2025-11-11 08:02",
        "Jule Brandhorst <jule.brandhorst@gmail.com>",
        "Alaaf!!",
        "Wo steht ihr? Wir sind an der Ecke Kyffhäuserstraße, ich hab die Clownsperücke auf 🤡\n\nJ.\n",
    ),
    (
        "2025-12-24 18:30",
        "Tobias Wendeborn <tobi.wendeborn@posteo.de>",
        "Frohe Weihnachten!",
        "Frohe Weihnachten, Schwesterherz! Danke für das Buch. Bis Freitag bei Mama und Papa.\n\nTobi\n",
    ),
    (
        "2026-01-02 11:15",
        "Mama <gisela.wendeborn@t-online.de>",
        "Fotos von Weihnachten",
        "Liebe Katharina,\n\nhier die Fotos vom Heiligabend. Papa hat sie endlich vom Handy runterbekommen.\n\nMama\n",
    ),
    (
        "2026-01-12 19:55",
        "Sprachschule Lingua Rhein <kurse@linguarhein.example>",
        "Zusage: Ihr Platz im Spanischkurs A2",
        "Hola Katharina,\n\nwir freuen uns, Ihnen einen Platz im Kurs Spanisch A2 (dienstags, 19:00–20:30, ab 03.02.) zusagen zu können. Bitte überweisen Sie die Kursgebühr von 189 € bis 25.01.\n\nSprachschule Lingua Rhein\n",
    ),
    (
        "2025-10-26 09:00",
        "Haftpflicht Direkt <antrag@haftpflicht-direkt.example>",
        "Ihr Antrag auf Privathaftpflicht – Bestätigung",
        "Sehr geehrte Frau Wendeborn,\n\nwir haben Ihren Antrag erhalten. Der Versicherungsschutz beginnt am 01.11.2025. Ihre Unterlagen erhalten Sie per Post.\n\nHaftpflicht Direkt\n",
    ),
    (
        "2025-09-13 17:40",
        "Seb Mertens <seb.mertens@web.de>",
        "Grillen am Aachener Weiher",
        "Hi Kathi, wir grillen morgen ab 15 Uhr am Weiher. Bring gern jemanden mit. Seb\n",
    ),
    (
        "2026-02-18 20:10",
        "Ben Achterberg <ben.achterberg@gmail.com>",
        "Fotos Rosenmontag",
        "Hier die Fotos vom Zug! Du als Funkemariechen, legendär. 😂 Ben\n",
    ),
    (
        "2026-02-20 08:40",
        "Hausverwaltung Wienand <r.wienand@t-online.de>",
        "Ablesung Heizkosten am 03.03.",
        "Liebe Frau Wendeborn,\n\ndie Firma Wärmeabrechnung Rhein liest am 03.03. zwischen 8 und 12 Uhr die Heizkostenverteiler ab. Bitte ermöglichen Sie den Zugang.\n\nR. Wienand\n",
    ),
    (
        "2025-11-29 16:00",
        "Domstrom Energie <kundenservice@domstrom.example>",
        "Bestätigung Ihres Umzugs",
        "Sehr geehrte Frau Wendeborn,\n\nwir beliefern Ihre neue Wohnung ab 01.12.2025. Bitte teilen Sie uns den Zählerstand bei Einzug mit.\n\nDomstrom Energie GmbH\n",
    ),
    (
        "2026-02-12 07:00",
        "Wetterdienst Rheinland <warnung@wetter-rhein.example>",
        "Unwetterwarnung: Sturmböen in Köln",
        "Amtliche Warnung vor Sturmböen bis 75 km/h, gültig heute 10 bis 20 Uhr.\n",
    ),
    (
        "2026-01-28 12:30",
        "Domstadt Versicherung Kundenservice <kundenservice@domstadt.de>",
        "Ihr Angebot zur Berufsunfähigkeitsversicherung",
        "Sehr geehrte Frau Wendeborn,\n\nvielen Dank für Ihr Interesse. Anbei Ihr unverbindliches Angebot zur Berufsunfähigkeitsversicherung (Monatsrente 2.000 €). Als künftige Mitarbeiterin profitieren Sie von Sonderkonditionen.\n\nDomstadt Lebensversicherung AG\n",
    ),
]
for _i, (_when, _frm, _subj, _text) in enumerate(_MORE):
    MAIL.append(m(f"92{_i:02d}", _when, _frm, _subj, N(), _text))
