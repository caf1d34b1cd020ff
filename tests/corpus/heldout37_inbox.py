# ruff: noqa: E501
"""Corpus 37, the ordinary Hamburg inbox: receipts, bank, parcels, family, newsletters and look-alikes."""

from __future__ import annotations

from typing import Any


def n(
    mid: str,
    date: str,
    frm: str,
    subject: str,
    lang: str = "de",
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "id": f"<{mid}>",
        "date": date,
        "from": frm,
        "subject": subject,
        "t": ("not_job", lang),
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


MAIL: list[dict[str, Any]] = [
    # --- look-alikes: Kita, Wohnung, Kredit, Angebote, Podcast-Interview, Webinar --------------
    n(
        "kita.0905.a@kita-elbstrolche.de",
        "2025-09-05 11:20:00 +0200",
        "Kita Elbstrolche e.V. <anmeldung@kita-elbstrolche.de>",
        "Eingangsbestätigung Ihrer Bewerbung um einen Kita-Platz",
        "de",
        """Liebe Familie Petersen-Yıldız,

vielen Dank für Ihre Bewerbung um einen Krippenplatz für Ela ab dem 01.03.2026.

Ihre Anmeldung ist bei uns eingegangen und auf unserer Warteliste vermerkt. Leider kann es etwas dauern, bis wir Ihnen eine verbindliche Zusage geben können – die Platzvergabe für das Frühjahr findet im November statt. Bitte denken Sie daran, den Kita-Gutschein der Stadt Hamburg rechtzeitig zu beantragen.

Herzliche Grüße
Anke Lorenzen
Kita-Leitung Elbstrolche e.V., Ottensen""",
    ),
    n(
        "kita.1118.b@kita-elbstrolche.de",
        "2025-11-18 15:02:00 +0100",
        "Kita Elbstrolche e.V. <anmeldung@kita-elbstrolche.de>",
        "Einladung zum Kennenlernen – Krippenplatz März 2026",
        "de",
        """Liebe Familie Petersen-Yıldız,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ela einen Platz in unserer Krippengruppe „Möwen" ab dem 01.03.2026 anbieten können!

Zum Kennenlernen und zur Vertragsunterzeichnung laden wir Sie am Donnerstag, 27.11., um 16:00 Uhr ein. Bitte bringen Sie den Kita-Gutschein und das Impfbuch mit.

Herzliche Grüße
Anke Lorenzen""",
    ),
    n(
        "kita.1201.c@kita-elbstrolche.de",
        "2025-12-01 09:40:00 +0100",
        "Kita Elbstrolche e.V. <anmeldung@kita-elbstrolche.de>",
        "Betreuungsvertrag und Eingewöhnung",
        "de",
        """Liebe Familie Petersen-Yıldız,

anbei der Betreuungsvertrag in doppelter Ausfertigung und unser Eingewöhnungskonzept nach dem Berliner Modell. Die Eingewöhnung beginnt am 02.03. – bitte planen Sie dafür zwei bis drei Wochen ein.

Herzliche Grüße
Anke Lorenzen""",
        attach=[("Betreuungsvertrag_Elbstrolche.pdf", "application/pdf", "%PDF-1.4 Vertrag")],
    ),
    n(
        "immo.0909.expose@immobilienscout24.de",
        "2025-09-09 08:15:00 +0200",
        "ImmobilienScout24 <noreply@immobilienscout24.de>",
        "Ihre Anfrage: 4-Zimmer-Wohnung in Hamburg-Eimsbüttel",
        "de",
        html="""<html><body><p>Hallo Jonas Petersen-Yıldız,</p><p>Ihre Nachricht wurde an den Anbieter <b>Hanse Wohnen Verwaltung GmbH</b> gesendet.</p>
<p><b>Helle 4-Zimmer-Altbauwohnung mit Balkon</b><br>Eppendorfer Weg, 20259 Hamburg · 98 m² · 2.150 € warm</p>
<p>Tipp: Mit MieterPlus sind Sie bei Vermietern schneller im Gespräch.</p></body></html>""",
    ),
    n(
        "hansewohnen.0915@hansewohnen-verwaltung.de",
        "2025-09-15 17:33:00 +0200",
        "Hanse Wohnen Verwaltung <vermietung@hansewohnen-verwaltung.de>",
        "Besichtigungstermin Eppendorfer Weg / Ihre Wohnungsbewerbung",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihr Interesse an der Wohnung im Eppendorfer Weg. Wir laden Sie zur Sammelbesichtigung am Samstag, 20.09., 11:00 Uhr ein.

Für Ihre Bewerbung um die Wohnung bringen Sie bitte mit: Mieterselbstauskunft, Schufa-Auskunft, Gehaltsnachweise der letzten drei Monate sowie eine Mietschuldenfreiheitsbescheinigung.

Mit freundlichen Grüßen
Vermietungsteam Hanse Wohnen""",
    ),
    n(
        "hansewohnen.0930@hansewohnen-verwaltung.de",
        "2025-09-30 10:05:00 +0200",
        "Hanse Wohnen Verwaltung <vermietung@hansewohnen-verwaltung.de>",
        "Ihre Bewerbung für die Wohnung Eppendorfer Weg 61",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Bewerbung und die vollständigen Unterlagen.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir haben Sie gern in unsere Interessentenkartei aufgenommen und melden uns, wenn eine vergleichbare Wohnung frei wird.

Mit freundlichen Grüßen
Vermietungsteam Hanse Wohnen""",
    ),
    n(
        "saga.1022@saga.hamburg",
        "2025-10-22 13:10:00 +0200",
        "SAGA Unternehmensgruppe <wohnungsangebote@saga.hamburg>",
        "Ihr Wohnungsgesuch wurde registriert",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

wir haben Ihr Wohnungsgesuch (4 Zimmer, Bezirke Altona, Eimsbüttel) registriert. Passende Angebote erhalten Sie per E-Mail. Bitte bestätigen Sie Ihr Gesuch alle drei Monate.

Ihre SAGA""",
    ),
    n(
        "kredit.1007.antrag@ing.de",
        "2025-10-07 12:44:00 +0200",
        "ING <info@ing.de>",
        "Ihr Kreditantrag ist eingegangen",
        "de",
        """Hallo Jonas Petersen-Yıldız,

vielen Dank für Ihren Antrag auf einen Ratenkredit über 15.000 €. Wir prüfen Ihre Angaben jetzt. Bitte laden Sie noch Ihre letzten zwei Gehaltsnachweise im Antragsportal hoch.

Antragsnummer: 7740-22819

Ihre ING""",
    ),
    n(
        "kredit.1010.zusage@ing.de",
        "2025-10-10 09:02:00 +0200",
        "ING <info@ing.de>",
        "Gute Nachricht: Ihr Kredit wurde bewilligt",
        "de",
        """Hallo Jonas Petersen-Yıldız,

Ihr Ratenkredit wurde bewilligt. Unterschreiben Sie den Vertrag jetzt bequem online per Video-Ident – danach wird das Geld in der Regel innerhalb von zwei Bankarbeitstagen ausgezahlt.

Ihre ING""",
    ),
    n(
        "otto.1124.bf@newsletter.otto.de",
        "2025-11-24 06:00:00 +0100",
        "OTTO <newsletter@otto.de>",
        "Black Week: Unsere besten Angebote – nur noch 7 Tage!",
        "de",
        html="""<html><body><h1>Black Week bei OTTO</h1><p>Bis zu 50 % auf Küchengeräte, Gaming und Möbel. Exklusives Angebot für dich: 10 € Rabatt ab 50 € mit Code BW10.</p><p><a href="https://www.otto.de">Jetzt shoppen</a></p></body></html>""",
    ),
    n(
        "telekom.1003.angebot@telekom.de",
        "2025-10-03 10:30:00 +0200",
        "Telekom <angebote@telekom.de>",
        "Ihr persönliches Angebot: MagentaZuhause Giga",
        "de",
        """Guten Tag Herr Petersen-Yıldız,

als treuer Kunde erhalten Sie ein exklusives Angebot: Wechseln Sie jetzt auf MagentaZuhause Giga und zahlen Sie 6 Monate nur 19,95 €. Das Angebot gilt bis zum 31.10.2025.

Ihre Telekom""",
    ),
    n(
        "podcast.1112@logistikfunk.de",
        "2025-11-12 20:00:00 +0100",
        "Logistikfunk Podcast <hallo@logistikfunk.de>",
        "Neue Folge: Interview mit einer Hafenkapitänin",
        "de",
        """Moin aus der Redaktion!

In Folge 84 von Logistikfunk sprechen wir im Interview mit Kapitänin Birte Hollander über Lotsen, Schlepper und warum der Hamburger Hafen nachts nie schläft. Außerdem: Wie bewirbt man sich eigentlich als Lotse? Birte erzählt von ihrem Auswahlverfahren.

Jetzt hören auf allen Podcast-Plattformen.

Eure Logistikfunk-Crew""",
    ),
    n(
        "podcast.1203@logistikfunk.de",
        "2025-12-03 19:30:00 +0100",
        "Logistikfunk Podcast <hallo@logistikfunk.de>",
        "Jonas, wir würden dich gern interviewen!",
        "de",
        """Hi Jonas,

wir planen für Februar eine Folge über Quick-Commerce-Logistik und haben gehört, dass du dich da auskennst. Hättest du Lust, als Gast bei uns im Interview zu sein? Aufnahme ca. 45 Minuten, remote.

Liebe Grüße
Hanna vom Logistikfunk""",
    ),
    n(
        "webinar.1016.bvl@bvl.de",
        "2025-10-16 09:00:00 +0200",
        "BVL Bundesvereinigung Logistik <events@bvl.de>",
        "Ihre Anmeldung: Webinar „Resiliente Lieferketten 2026“",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Anmeldung zum Webinar „Resiliente Lieferketten 2026 – Lehren aus Rotem Meer und Panamakanal“ am 23.10.2025, 11:00–12:00 Uhr.

Den Zugangslink finden Sie im angehängten Kalendereintrag.

Ihre BVL""",
        ics={
            "uid": "bvl-webinar-2025-10-23-resilienz",
            "start": "2025-10-23 11:00:00 +0200",
            "minutes": 60,
            "organizer": ("BVL Events", "events@bvl.de"),
            "summary": "Webinar: Resiliente Lieferketten 2026",
            "description": "Zoom: https://bvl.zoom.us/w/91822",
            "location": "Online",
        },
    ),
    n(
        "linkedin.social.1104@linkedin.com",
        "2025-11-04 12:00:00 +0100",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Kerstin Albers zur neuen Position",
        "de",
        html="""<html><body><p>Kerstin Albers hat eine neue Position als <b>Head of Procurement</b> bei Elbtor Handelsgesellschaft angetreten.</p><p><a href="https://www.linkedin.com/feed/">Gratulieren</a></p></body></html>""",
    ),
    n(
        "linkedin.social.1219@linkedin.com",
        "2025-12-19 18:00:00 +0100",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ihr Beitrag wurde 1.204 Mal angesehen",
        "de",
        html="""<html><body><p>Jonas, Ihr Beitrag „Warum Slot-Buchung im Hafen nicht reicht“ wurde 1.204 Mal angesehen und erhielt 37 Reaktionen.</p><p><a href="https://www.linkedin.com/analytics/">Statistiken ansehen</a></p></body></html>""",
    ),
    n(
        "linkedin.social.0208@linkedin.com",
        "2026-02-08 10:00:00 +0100",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sie wurden in 14 Suchen gefunden",
        "de",
        html="""<html><body><p>Ihr Profil wurde diese Woche in 14 Suchen gefunden. Recruiter von Logistik- und Transportunternehmen haben Sie gefunden.</p><p>Mit Premium sehen Sie, wer Sie gesucht hat.</p></body></html>""",
    ),
    n(
        "dvz.1009.news@dvz.de",
        "2025-10-09 07:00:00 +0200",
        "DVZ Newsletter <newsletter@dvz.de>",
        "DVZ Morning Briefing: Fachkräftemangel – Speditionen stellen wieder ein",
        "de",
        html="""<html><body><h2>Morning Briefing</h2><p><b>Arbeitsmarkt:</b> Trotz schwacher Konjunktur suchen Speditionen wieder Disponenten und Berufskraftfahrer. Eine Umfrage zeigt: Jeder zweite Betrieb rechnet mit längeren Bewerbungsprozessen.</p><p><b>Hafen:</b> Umschlag in Hamburg stabil.</p><p><b>Bahn:</b> Trassenpreise steigen 2026.</p></body></html>""",
    ),
    n(
        "dvz.1113.news@dvz.de",
        "2025-11-13 07:00:00 +0100",
        "DVZ Newsletter <newsletter@dvz.de>",
        "DVZ Morning Briefing: Wer jetzt in der Kontraktlogistik einstellt",
        "de",
        html="""<html><body><h2>Morning Briefing</h2><p><b>Personal:</b> Kontraktlogistiker setzen auf Quereinsteiger; drei Personalchefs im Interview über Recruiting in Zeiten knapper Bewerberzahlen.</p><p><b>KEP:</b> Paketmengen zum Black Friday auf Rekordniveau.</p></body></html>""",
    ),
    n(
        "hbr.1020@hbr.org",
        "2025-10-20 13:00:00 +0200",
        "Harvard Business Review <emailteam@hbr.org>",
        "The Daily: How to hire for resilience",
        "en",
        html="""<html><body><p><b>How to Hire for Resilience</b> – Why the best supply chain leaders look for candidates who have lived through a crisis.</p><p><b>The Interview Question That Predicts Performance</b></p></body></html>""",
    ),
    # --- friends & family -------------------------------------------------------------------
    n(
        "CAMx7.anne.0906@mail.gmail.com",
        "2025-09-06 09:12:00 +0200",
        "Anne Petersen <anne.petersen.kiel@gmail.com>",
        "Oma Gretes 80. – Planung",
        "de",
        """Hallo Jonas,

wir müssen uns langsam um Omas Geburtstag kümmern. Ich hab beim Fischrestaurant in Laboe angefragt, die hätten am 18.10. den Wintergarten frei (max. 30 Leute). Kannst du dich um die Musik kümmern? Onkel Hauke will wieder Akkordeon spielen, das müssen wir irgendwie verhindern 😂

Liebe Grüße
Anne""",
    ),
    n(
        "CAMx7.anne.1020@mail.gmail.com",
        "2025-10-20 21:30:00 +0200",
        "Anne Petersen <anne.petersen.kiel@gmail.com>",
        "Fotos vom Samstag",
        "de",
        """Hier die Fotos von Omas Feier! Das mit Hauke und dem Akkordeon haben wir dann doch nicht verhindert, aber Oma hat getanzt, also alles gut.

https://photos.app.goo.gl/q8Fz1Nx

Kuss
Anne""",
    ),
    n(
        "CAD.deniz.0928@mail.gmail.com",
        "2025-09-28 18:44:00 +0200",
        "Deniz Yıldız <deniz.yildiz.hh@gmail.com>",
        "Nächsten Sonntag Frühstück bei Anne?",
        "de",
        """Hey Bruderherz,

Mama fragt, ob ihr nächsten Sonntag zum Frühstück kommt. Sie macht Menemen und will Ela unbedingt sehen. Sag Bescheid, dann bring ich Simit vom Bäcker in der Schanze mit.

D.""",
    ),
    n(
        "CAD.deniz.1209@mail.gmail.com",
        "2025-12-09 22:05:00 +0100",
        "Deniz Yıldız <deniz.yildiz.hh@gmail.com>",
        "Re: Weihnachten",
        "de",
        """Also Heiligabend bei euch, 1. Feiertag in Kiel bei Petersens und am 2. kommen alle zu Mama? Klingt nach Marathon, aber ok 😅

Wichtelbudget 25 €, hab ich beschlossen.

> Am 09.12.2025 um 20:41 schrieb Jonas Petersen-Yıldız:
> Wie machen wir das dieses Jahr mit Weihnachten?""",
    ),
    n(
        "CAL.lisa.1015@mail.gmail.com",
        "2025-10-15 07:58:00 +0200",
        "Lisa Petersen-Yıldız <lisa.py@posteo.de>",
        "Einkaufsliste + Kinderarzt",
        "de",
        """Schatz, kannst du heute auf dem Rückweg noch Windeln (Gr. 4), Hafermilch und Brot holen? Und denk an den Kinderarzttermin morgen um 8:15, U6, Ela braucht das gelbe Heft.

Kuss, L.""",
    ),
    n(
        "CAL.lisa.1126@posteo.de",
        "2025-11-26 12:30:00 +0100",
        "Lisa Petersen-Yıldız <lisa.py@posteo.de>",
        "Fwd: Elternabend Kita",
        "de",
        """Hab das von der Kita bekommen, schaffst du den Elternabend am 4.12.? Ich hab da Spätdienst.

---------- Weitergeleitete Nachricht ---------
Von: Kita Elbstrolche e.V. <info@kita-elbstrolche.de>
Betreff: Elternabend neue Krippeneltern

Liebe Eltern, wir laden alle neuen Krippeneltern herzlich zum Elternabend am 04.12. um 19:30 Uhr ein.""",
    ),
    n(
        "CAL.lisa.0204@posteo.de",
        "2026-02-04 19:10:00 +0100",
        "Lisa Petersen-Yıldız <lisa.py@posteo.de>",
        "Urlaub Ostern – Dänemark?",
        "de",
        """Ich hab ein Ferienhaus bei Blåvand gefunden, 6.-13.4., mit Sauna und Kamin. 980 € die Woche. Sollen wir? Du hast ja dann noch frei-ish, bevor es bei Frachtwerk richtig losgeht 🙂

https://www.novasol.de/ferienhaus/dk/blaavand""",
    ),
    n(
        "CAF.malte.1101@mail.gmail.com",
        "2025-11-01 10:22:00 +0100",
        "Malte Buhr <malteb84@gmail.com>",
        "Kicken Donnerstag?",
        "de",
        """Moin Männer,

Halle in Bahrenfeld ist ab Donnerstag wieder 20-22 Uhr gebucht. Wer ist dabei? Bitte bis Mittwoch Bescheid, sonst geben wir die zweite Halle ab.

Malte""",
    ),
    n(
        "CAF.malte.1210@mail.gmail.com",
        "2025-12-10 16:40:00 +0100",
        "Malte Buhr <malteb84@gmail.com>",
        "Weihnachtsfeier Kicken – Abstimmung",
        "de",
        """Moin,

für die Weihnachtsfeier stehen zwei Optionen im Raum: Bowling in Altona oder Grünkohl im Fährhaus. Stimmt bitte hier ab: https://nuudel.digitalcourage.de/kickengruenkohl

Malte""",
    ),
    n(
        "CAE.ayse.0922@outlook.com",
        "2025-09-22 20:12:00 +0200",
        "Ayşe Korkmaz <ayse.korkmaz@outlook.com>",
        "Lange nicht gesehen!",
        "de",
        """Hey Jonas,

ich bin Ende Oktober für eine Messe in Hamburg (Intralogistik-Kram, du weißt ja). Hast du Lust auf ein Bier am 29.? Würde gern hören, wie's dir so geht – ich hab gehört, du schaust dich gerade um?

Ayşe""",
    ),
    n(
        "CAE.ayse.1031@outlook.com",
        "2025-10-31 09:02:00 +0100",
        "Ayşe Korkmaz <ayse.korkmaz@outlook.com>",
        "Re: Lange nicht gesehen!",
        "de",
        """War so schön gestern! Und danke für die Tipps zu Kita-Gutscheinen, ich leite das an meine Schwester weiter.

Halt mich auf dem Laufenden, wie's bei dir mit den Gesprächen läuft. Drück die Daumen!

Ayşe""",
    ),
    n(
        "CAT.tom.1108@mail.gmail.com",
        "2025-11-08 11:11:00 +0100",
        "Tom Schrader <tom.schrader.hh@gmail.com>",
        "Der Umzug am 22.",
        "de",
        """Jonas, hilfst du mir am 22.11. beim Umzug von Barmbek nach Wandsbek? Ich hab einen Sprinter gemietet, Start 9 Uhr. Pizza und Bier gehen auf mich.

Tom""",
    ),
    n(
        "CAR.rasmus.0116@outlook.dk",
        "2026-01-16 14:30:00 +0100",
        "Rasmus Lindqvist <rasmus.lindqvist@outlook.dk>",
        "Copenhagen in March?",
        "en",
        """Hey Jonas,

long time! We're finally doing the housewarming in Nørrebro on 14 March. Would be great if you, Lisa and the little one could make it. There's a spare room.

Cheers,
Rasmus""",
    ),
    # --- neighbourhood, health, admin ----------------------------------------------------------
    n(
        "doctolib.0930@doctolib.de",
        "2025-09-30 18:00:00 +0200",
        "Doctolib <no-reply@doctolib.de>",
        "Terminbestätigung: Dr. med. Carolin Brandt, Zahnärztin",
        "de",
        """Ihr Termin ist bestätigt.

Dr. med. Carolin Brandt – Zahnarztpraxis am Spritzenplatz
Montag, 13. Oktober 2025, 08:00 Uhr
Bahrenfelder Str. 201, 22765 Hamburg

Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bis 24 Stunden vorher.""",
    ),
    n(
        "doctolib.1210@doctolib.de",
        "2025-12-10 18:00:00 +0100",
        "Doctolib <no-reply@doctolib.de>",
        "Erinnerung: Ihr Termin morgen bei Kinderarztpraxis Ottensen",
        "de",
        """Erinnerung an Ihren Termin morgen:

Kinderarztpraxis Ottensen, Dr. Jens Wöhler
Donnerstag, 11. Dezember 2025, 15:45 Uhr
Patient: Ela Petersen-Yıldız""",
    ),
    n(
        "tk.1105@tk.de",
        "2025-11-05 10:00:00 +0100",
        "Techniker Krankenkasse <service@tk.de>",
        "Neue Nachricht in Ihrem TK-Postfach",
        "de",
        """Guten Tag Herr Petersen-Yıldız,

in Ihrem Postfach der TK-App liegt eine neue Nachricht für Sie: „Bonusprogramm: Ihre Prämie wurde ausgezahlt“.

Ihre Techniker Krankenkasse""",
    ),
    n(
        "elster.1014@elster.de",
        "2025-10-14 09:00:00 +0200",
        "ELSTER <noreply@elster.de>",
        "Neue Bescheiddaten in Mein ELSTER",
        "de",
        """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

für Sie liegen neue Bescheiddaten zum Abruf bereit. Bitte melden Sie sich mit Ihrem Zertifikat an.

Ihr ELSTER-Team""",
    ),
    n(
        "hvv.0901@hvv.de",
        "2025-09-01 08:00:00 +0200",
        "hvv <service@hvv.de>",
        "Ihr Deutschlandticket für September 2025",
        "de",
        """Guten Tag Herr Petersen-Yıldız,

Ihr Deutschlandticket für September 2025 ist jetzt in der hvv App verfügbar. Der Betrag von 58,00 € wird Anfang des Monats abgebucht.

Ihr hvv""",
    ),
    n(
        "hvv.1201@hvv.de",
        "2025-12-01 08:00:00 +0100",
        "hvv <service@hvv.de>",
        "Preisanpassung Deutschlandticket ab Januar 2026",
        "de",
        """Guten Tag Herr Petersen-Yıldız,

ab dem 1. Januar 2026 kostet das Deutschlandticket 63,00 € pro Monat. Sie müssen nichts tun – Ihr Abo läuft automatisch weiter. Sie können bis zum 10.12. kündigen.

Ihr hvv""",
    ),
    n(
        "nebenan.1023@nebenan.de",
        "2025-10-23 17:00:00 +0200",
        "nebenan.de <noreply@nebenan.de>",
        "Neu in Ottensen: Kinderfahrradsitz abzugeben",
        "de",
        """Hallo Jonas,

in deiner Nachbarschaft gibt es 4 neue Beiträge:
• Kinderfahrradsitz Thule abzugeben (Sabine, Bahrenfelder Str.)
• Wer hat meinen Kater gesehen? Rot getigert, hört auf Pelle
• Flohmarkt im Hof der Zeisehallen am Sonntag

Ihr nebenan.de-Team""",
    ),
    n(
        "hausverwaltung.1106@hausverwaltung-nissen.de",
        "2025-11-06 11:00:00 +0100",
        "Hausverwaltung Nissen <info@hausverwaltung-nissen.de>",
        "Ablesung Heizkostenverteiler am 18.11.",
        "de",
        """Sehr geehrte Mieterinnen und Mieter,

am Dienstag, 18.11.2025, zwischen 8 und 12 Uhr werden die Heizkostenverteiler in allen Wohnungen Große Rainstraße 14 abgelesen. Bitte ermöglichen Sie den Zutritt oder hinterlegen Sie einen Schlüssel.

Mit freundlichen Grüßen
Hausverwaltung Nissen""",
    ),
    n(
        "hausverwaltung.0120@hausverwaltung-nissen.de",
        "2026-01-20 10:00:00 +0100",
        "Hausverwaltung Nissen <info@hausverwaltung-nissen.de>",
        "Betriebskostenabrechnung 2024",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

anbei erhalten Sie die Betriebskostenabrechnung für das Jahr 2024. Es ergibt sich eine Nachzahlung von 214,37 €, die wir mit der Miete für März einziehen.

Mit freundlichen Grüßen
Hausverwaltung Nissen""",
        attach=[("BKA_2024_WE07.pdf", "application/pdf", "%PDF-1.4 BKA")],
    ),
    n(
        "verein.1002@altonaer-ruderclub.de",
        "2025-10-02 19:00:00 +0200",
        "Altonaer Ruderclub <vorstand@altonaer-ruderclub.de>",
        "Einladung zur Mitgliederversammlung",
        "de",
        """Liebe Mitglieder,

hiermit laden wir zur ordentlichen Mitgliederversammlung am 24.10.2025, 19:00 Uhr, ins Bootshaus ein. Tagesordnung: Berichte, Haushalt 2026, Wahl der Kassenprüfer, Anträge zum Bootskauf.

Mit sportlichen Grüßen
Der Vorstand""",
    ),
    n(
        "verein.0110@altonaer-ruderclub.de",
        "2026-01-10 12:00:00 +0100",
        "Altonaer Ruderclub <vorstand@altonaer-ruderclub.de>",
        "Ergometer-Challenge im Januar – wer macht mit?",
        "de",
        """Liebe Ruderinnen und Ruderer,

die Saison ruht, das Ergo nicht! Diesen Januar rudern wir gemeinsam 2 Millionen Meter. Tragt eure Meter in die Tabelle im Bootshaus ein. Der Sieger bekommt ein Astra von Kassenwart Jens.

Der Vorstand""",
    ),
    # --- SaaS, travel, misc English --------------------------------------------------------------
    n(
        "github.1007@github.com",
        "2025-10-07 14:00:00 +0200",
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH key was added to your account",
        "en",
        """Hey jonaspy,

A new public key was added to your account. If you did not add this key, please remove it and change your password.

Thanks,
The GitHub Team""",
    ),
    n(
        "notion.1124@mail.notion.so",
        "2025-11-24 16:00:00 +0100",
        "Notion <team@mail.notion.so>",
        "Your Notion Plus trial ends in 3 days",
        "en",
        """Hi Jonas,

Your free trial of Notion Plus ends on November 27. Upgrade now to keep unlimited file uploads and version history.

The Notion Team""",
    ),
    n(
        "booking.1005@booking.com",
        "2025-10-05 21:00:00 +0200",
        "Booking.com <noreply@booking.com>",
        "Your booking is confirmed: Hotel Am Wall, Bremen",
        "en",
        """Thanks, Jonas! Your booking at Hotel Am Wall is confirmed.

Check-in: Mon 24 Nov 2025 (from 15:00)
Check-out: Tue 25 Nov 2025 (until 11:00)
Confirmation number: 4127.998.210""",
    ),
    n(
        "db.1120.ticket@bahn.de",
        "2025-11-20 19:30:00 +0100",
        "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
        "Ihre Fahrkarte: Hamburg Hbf – Bremen Hbf, 24.11.2025",
        "de",
        """Guten Tag Jonas Petersen-Yıldız,

vielen Dank für Ihre Buchung. Ihre Fahrkarte finden Sie im Anhang und in der DB Navigator App.

Hinfahrt: 24.11.2025, ab Hamburg Hbf 16:46, an Bremen Hbf 17:45, ICE 581
Rückfahrt: 25.11.2025, ab Bremen Hbf 12:16, an Hamburg Hbf 13:15

Auftragsnummer: QX7K2M

Ihre Deutsche Bahn""",
    ),
    n(
        "db.1124.delay@bahn.de",
        "2025-11-24 16:20:00 +0100",
        "DB Reiseauskunft <noreply@bahn.de>",
        "Verspätung: ICE 581 Hamburg Hbf – Bremen Hbf",
        "de",
        """Ihre Verbindung hat voraussichtlich +25 Minuten Verspätung. Grund: Reparatur an einem Signal. Ihr Anschluss ist nicht betroffen.

Ihre Deutsche Bahn""",
    ),
    n(
        "lufthansa.0212@lufthansa.com",
        "2026-02-12 11:00:00 +0100",
        "Lufthansa <online@booking-lufthansa.com>",
        "Ihre Buchungsbestätigung – Hamburg nach Kopenhagen",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihre Buchung. Buchungscode: 6KTR2P

LH 6784 · Hamburg (HAM) – Kopenhagen (CPH) · 13.03.2026 · 17:35–18:35
LH 6791 · Kopenhagen (CPH) – Hamburg (HAM) · 15.03.2026 · 19:05–20:05

Ihre Lufthansa""",
    ),
    n(
        "spotify.1201@spotify.com",
        "2025-12-01 15:00:00 +0100",
        "Spotify <no-reply@spotify.com>",
        "Dein Spotify Wrapped 2025 ist da",
        "de",
        html="""<html><body><h1>Dein Jahr in Musik</h1><p>Du hast 41.882 Minuten Musik gehört. Dein Top-Podcast: Logistikfunk. Dein Top-Artist: Deichkind.</p></body></html>""",
    ),
    n(
        "hsv.0915@hsv.de",
        "2025-09-15 12:00:00 +0200",
        "HSV Ticketing <tickets@hsv.de>",
        "Deine Tickets: HSV – Werder Bremen",
        "de",
        """Moin Jonas,

deine Tickets für das Nordderby am 27.09.2025 sind da! Block 22C, Reihe 14, Plätze 7-8. Die Tickets findest du in der HSV-App.

Nur der HSV!""",
    ),
    n(
        "stadtbuecherei.1028@buecherhallen.de",
        "2025-10-28 08:00:00 +0100",
        "Bücherhallen Hamburg <noreply@buecherhallen.de>",
        "Erinnerung: Leihfrist endet in 3 Tagen",
        "de",
        """Guten Tag,

die Leihfrist folgender Medien endet am 31.10.2025:
• Der Grüffelo (Bilderbuch)
• Supply Chain Management – Strategie, Planung und Umsetzung

Sie können die Medien online verlängern.

Ihre Bücherhallen Hamburg""",
    ),
]

# --- templated senders (bank, parcels, shops, newsletters): real vendor templates repeat -------
_PARCELS = [
    ("2025-09-03", "Windeln & Feuchttücher", "dm-drogerie markt"),
    ("2025-09-17", "Laufschuhe", "Zalando"),
    ("2025-10-01", "Kinderbuch-Paket", "Thalia"),
    ("2025-10-18", "Druckerpatronen", "Amazon"),
    ("2025-11-06", "Winterjacke Kind Gr. 92", "Jako-o"),
    ("2025-11-27", "Lego Duplo", "myToys"),
    ("2025-12-11", "Weihnachtsgeschenke", "Amazon"),
    ("2025-12-17", "Kaffeebohnen 1 kg", "Fleetwerk Kaffeekontor"),
    ("2026-01-13", "Monitorhalterung", "Otto"),
    ("2026-02-02", "Gummistiefel", "Tchibo"),
]
for i, (day, what, shop) in enumerate(_PARCELS):
    MAIL.append(
        n(
            f"dhl.{day}.{i}@dhl.de",
            f"{day} 09:{10 + i:02d}:00 {tz(day)}",
            "DHL Paket <noreply@dhl.de>",
            f"Ihre DHL Sendung von {shop} kommt heute",
            "de",
            f"""Hallo Jonas Petersen-Yıldız,

Ihre Sendung von {shop} wird heute voraussichtlich zwischen 11:30 und 14:30 Uhr zugestellt.

Sendungsnummer: 00340434{517000 + i * 37:06d}

Nicht zu Hause? Ändern Sie jetzt die Zustellung: Ablageort, Nachbar oder Packstation.

Ihre DHL""",
        )
    )
    if i % 2 == 0:
        MAIL.append(
            n(
                f"order.{day}.{i}@shop-mail.de",
                f"{day} 06:{5 + i:02d}:00 {tz(day)}",
                f"{shop} <bestellung@mail.{shop.lower().replace(' ', '').replace('-', '')[:12]}.de>",
                f"Deine Bestellung ist unterwegs: {what}",
                "de",
                f"""Hallo Jonas,

gute Nachrichten: Deine Bestellung ({what}) hat unser Lager verlassen und ist auf dem Weg zu dir. Die Sendungsverfolgung findest du in deinem Kundenkonto.

Viele Grüße
Dein {shop} Team""",
            )
        )

_BANK_MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]
for i, ym in enumerate(_BANK_MONTHS):
    day = f"{ym}-0{2 + i % 3}"
    MAIL.append(
        n(
            f"dkb.kontoauszug.{ym}@dkb.de",
            f"{day} 04:00:00 {tz(day)}",
            "DKB <info@dkb.de>",
            "Ihr neuer Kontoauszug ist da",
            "de",
            """Guten Tag Herr Petersen-Yıldız,

in Ihrem Postfach im DKB-Banking liegt ein neuer Kontoauszug für Sie bereit.

Aus Sicherheitsgründen versenden wir keine Dokumente per E-Mail.

Ihre DKB""",
        )
    )
    day2 = f"{ym}-2{i % 4}"
    MAIL.append(
        n(
            f"vattenfall.{ym}@vattenfall.de",
            f"{day2} 10:00:00 {tz(day2)}",
            "Vattenfall <kundenservice@vattenfall.de>",
            f"Ihr Abschlag für {['September', 'Oktober', 'November', 'Dezember', 'Januar', 'Februar'][i]}",
            "de",
            f"""Guten Tag Herr Petersen-Yıldız,

der monatliche Abschlag für Strom (Vertragskonto 9004 1178 22) in Höhe von {[84, 84, 91, 91, 91, 91][i]},00 € wird zum 15. abgebucht.

Ihr Vattenfall Kundenservice""",
        )
    )
    day3 = f"{ym}-1{i % 9}"
    MAIL.append(
        n(
            f"paypal.{ym}.{i}@paypal.de",
            f"{day3} 13:{20 + i:02d}:00 {tz(day3)}",
            "PayPal <service@paypal.de>",
            f"Sie haben eine Zahlung an {['Spotify AB', 'Booking.com', 'Decathlon', 'Ticketmaster', 'Apple', 'nebenan.de Marktplatz'][i]} gesendet",
            "de",
            f"""Hallo Jonas Petersen-Yıldız,

Sie haben {[10.99, 129.0, 54.9, 79.0, 2.99, 35.0][i]:.2f} EUR an {["Spotify AB", "Booking.com", "Decathlon", "Ticketmaster", "Apple", "nebenan.de Marktplatz"][i]} gesendet.

Transaktionscode: {4100 + i * 77}KX{900 + i}P

PayPal""",
        )
    )

_NEWS = [
    ("2025-09-08", "Elbvertiefung, Radwege, Michel-Sanierung"),
    ("2025-09-22", "Hafengeburtstag-Bilanz und neue S-Bahn-Linie"),
    ("2025-10-06", "Mietenspiegel 2025: So teuer ist Ottensen"),
    ("2025-10-27", "Zeitumstellung, Dom-Eröffnung, Baustellen"),
    ("2025-11-10", "Weihnachtsmärkte: Die besten in Altona"),
    ("2025-11-24", "Warum Hamburgs Kitas Personal suchen"),
    ("2025-12-08", "Schnee? Der Winterdienst ist bereit"),
    ("2026-01-05", "Was sich 2026 in Hamburg ändert"),
    ("2026-01-19", "Kohlekraftwerk Wedel: Abschied"),
    ("2026-02-09", "Vorfreude auf den Frühling im Stadtpark"),
]
for i, (day, topic) in enumerate(_NEWS):
    MAIL.append(
        n(
            f"elbe-express.{day}@newsletter.elbe-express.de",
            f"{day} 06:30:00 {tz(day)}",
            "Elbe Express – Hamburg am Morgen <newsletter@elbe-express.de>",
            f"Hamburg am Morgen: {topic}",
            "de",
            html=f"""<html><body><h2>Hamburg am Morgen</h2><p>Moin! Heute: {topic}.</p><p>Das Wetter: {["sonnig, 21 Grad", "bewölkt, 17 Grad", "Regen, 14 Grad", "windig, 11 Grad", "Nieselregen, 7 Grad", "grau, 5 Grad", "Schneeregen, 1 Grad", "frostig, -2 Grad", "trüb, 3 Grad", "heiter, 6 Grad"][i]}.</p><p><a href="https://www.elbe-express.de">Weiterlesen</a></p><p style="font-size:10px">Newsletter abbestellen</p></body></html>""",
        )
    )

_RECIPES = [
    "Kürbis-Ofengemüse",
    "Linsen-Dal",
    "Pasta mit Salsiccia",
    "Grünkohl-Risotto",
    "Börek mit Spinat",
    "Fischfrikadellen",
    "Ramen",
    "Shakshuka",
]
for i, dish in enumerate(_RECIPES):
    day = [
        "2025-09-11",
        "2025-09-25",
        "2025-10-13",
        "2025-11-03",
        "2025-11-20",
        "2025-12-04",
        "2026-01-08",
        "2026-01-29",
    ][i]
    MAIL.append(
        n(
            f"hellofresh.{day}@hellofresh.de",
            f"{day} 17:00:00 {tz(day)}",
            "HelloFresh <hallo@hellofresh.de>",
            f"Diese Woche neu: {dish} 🍲",
            "de",
            html=f"""<html><body><p>Hallo Jonas,</p><p>deine Box für nächste Woche ist fast fertig! Neu im Menü: <b>{dish}</b>. Exklusives Angebot: Füge ein Dessert für nur 2,99 € hinzu.</p><p><a href="https://www.hellofresh.de/my-account">Menü wählen</a></p></body></html>""",
        )
    )

_APPLE = ["2025-09-14", "2025-10-14", "2025-11-14", "2025-12-14", "2026-01-14", "2026-02-14"]
for i, day in enumerate(_APPLE):
    MAIL.append(
        n(
            f"apple.receipt.{day}@email.apple.com",
            f"{day} 03:12:00 {tz(day)}",
            "Apple <no_reply@email.apple.com>",
            "Deine Rechnung von Apple",
            "de",
            html=f"""<html><body><p>RECHNUNG</p><p>APPLE-ID jonas.petersen.yildiz@gmail.com</p><p>iCloud+ mit 200 GB – Monatlich – 2,99 €</p><p>Bestellnummer: MK{7710 + i}Q{2 + i}HP</p></body></html>""",
        )
    )

_STRAVA = ["2025-09-07", "2025-10-05", "2025-11-09", "2025-12-07", "2026-01-11", "2026-02-15"]
for i, day in enumerate(_STRAVA):
    MAIL.append(
        n(
            f"strava.{day}@strava.com",
            f"{day} 19:00:00 {tz(day)}",
            "Strava <no-reply@strava.com>",
            f"Deine Woche auf Strava: {[32, 24, 18, 12, 20, 27][i]} km",
            "de",
            html=f"""<html><body><p>Stark, Jonas! Diese Woche: {[32, 24, 18, 12, 20, 27][i]} km in {[4, 3, 3, 2, 3, 4][i]} Aktivitäten. Dein längster Lauf: Elbstrand bis Teufelsbrück.</p></body></html>""",
        )
    )

_FRIENDS_EN = [
    (
        "2025-10-11",
        "Photos from Lisbon",
        "Hey! Finally sorted the photos from the stag weekend. Some of them should probably never be seen by anyone, but here you go: https://drive.google.com/drive/folders/1kq9",
        "Sam O'Connell <sam.oconnell@protonmail.com>",
    ),
    (
        "2025-12-23",
        "Merry Christmas from Dublin!",
        "Happy Christmas to the three of you! Hope Ela loves the jumper. Let's finally do that Hamburg visit in spring. Love, Sam & Niamh",
        "Sam O'Connell <sam.oconnell@protonmail.com>",
    ),
]
for i, (day, subject, body, frm) in enumerate(_FRIENDS_EN):
    MAIL.append(
        n(f"sam.{day}.{i}@protonmail.com", f"{day} 20:15:00 {tz(day)}", frm, subject, "en", body)
    )

_LIEFERANDO = [
    ("2025-09-12", "Pizzeria Da Enzo", "31,40"),
    ("2025-10-03", "Burgerladen Ottensen", "27,80"),
    ("2025-10-24", "Sushi Kaiten", "42,10"),
    ("2025-11-14", "Dönerhaus Bahrenfeld", "18,50"),
    ("2025-12-05", "Thai Orchid", "35,90"),
    ("2025-12-31", "Pizzeria Da Enzo", "48,20"),
    ("2026-01-23", "Falafel Haus", "22,60"),
    ("2026-02-13", "Indian Palace", "39,70"),
]
for i, (day, place, total) in enumerate(_LIEFERANDO):
    MAIL.append(
        n(
            f"lieferando.{day}.{i}@lieferando.de",
            f"{day} 19:{30 + i:02d}:00 {tz(day)}",
            "Lieferando.de <info@lieferando.de>",
            f"Bestellbestätigung: {place}",
            "de",
            f"""Danke für deine Bestellung, Jonas!

{place} hat deine Bestellung erhalten. Voraussichtliche Lieferzeit: 35–50 Minuten.

Gesamt: {total} € (bezahlt mit PayPal)

Guten Appetit!
Dein Lieferando-Team""",
        )
    )

_KLEINANZEIGEN = [
    (
        "2025-09-19",
        "Kinderwagen Bugaboo",
        "Ist der Kinderwagen noch da? Würde ihn heute Abend abholen, 180 € ok?",
    ),
    (
        "2025-10-08",
        "Babybett Buche",
        "Hallo, wäre das Bett mit Matratze? Und geht Versand nach Lüneburg?",
    ),
    (
        "2025-11-16",
        "Rennrad Cube 56 cm",
        "Moin, letzter Preis? Ich könnte morgen um 10 in Ottensen sein.",
    ),
    ("2026-01-27", "Ikea Kallax weiß", "Hi, ich nehme das Regal, kann ich Samstag kommen?"),
]
for i, (day, item, msg) in enumerate(_KLEINANZEIGEN):
    MAIL.append(
        n(
            f"ka.{day}.{i}@mail.kleinanzeigen.de",
            f"{day} 14:{12 + i:02d}:00 {tz(day)}",
            "Kleinanzeigen <noreply@mail.kleinanzeigen.de>",
            f"Neue Nachricht zu „{item}“",
            "de",
            f"""Du hast eine neue Nachricht zu deiner Anzeige „{item}“:

„{msg}“

Antworte direkt in der App oder unter https://www.kleinanzeigen.de/m-nachrichten.html

Dein Kleinanzeigen-Team""",
        )
    )

MAIL += [
    n(
        "zoom.0926@zoom.us",
        "2025-09-26 12:00:00 +0200",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom cloud recording is now available",
        "en",
        """Hi Jonas,

Your cloud recording "Elternabend Krippe – Infoabend" is now available.

Share recording: https://zoom.us/rec/share/8kQ2
Passcode: Mv7#2kLp

Thanks,
The Zoom Team""",
    ),
    n(
        "google.security.1030@accounts.google.com",
        "2025-10-30 23:10:00 +0100",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung",
        "de",
        """Neue Anmeldung auf Linux

Wir haben eine neue Anmeldung in Ihrem Google-Konto jonas.petersen.yildiz@gmail.com festgestellt. Wenn Sie das waren, müssen Sie nichts weiter tun.

Aktivität prüfen: https://myaccount.google.com/notifications""",
    ),
    n(
        "check24.1117@check24.de",
        "2025-11-17 09:30:00 +0100",
        "CHECK24 <info@check24.de>",
        "Ihr Kfz-Versicherungsvergleich: bis zu 312 € sparen",
        "de",
        """Hallo Herr Petersen-Yıldız,

die Wechselfrist für Ihre Kfz-Versicherung endet am 30.11. Wir haben 87 Tarife für Ihren VW Touran verglichen – das beste Angebot spart Ihnen bis zu 312 € im Jahr.

Jetzt Angebote ansehen: https://kfz.check24.de

Ihr CHECK24-Team""",
    ),
    n(
        "huk.1128@huk.de",
        "2025-11-28 15:00:00 +0100",
        "HUK-COBURG <service@huk.de>",
        "Ihr Antrag auf Kfz-Versicherung – Versicherungsbestätigung",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

vielen Dank für Ihren Antrag. Wir haben Ihren Antrag angenommen. Ihre Versicherungsbestätigung (eVB-Nummer) und den Versicherungsschein erhalten Sie in den nächsten Tagen per Post.

Versicherungsbeginn: 01.01.2026

Mit freundlichen Grüßen
HUK-COBURG""",
    ),
    n(
        "vhs.0908@vhs-hamburg.de",
        "2025-09-08 10:00:00 +0200",
        "Hamburger Volkshochschule <anmeldung@vhs-hamburg.de>",
        "Anmeldebestätigung: Dänisch A1 – Kurs 2531MMO04",
        "de",
        """Guten Tag Herr Petersen-Yıldız,

hiermit bestätigen wir Ihre Anmeldung zum Kurs „Dänisch A1“, dienstags 18:30–20:00 Uhr, ab 16.09.2025, VHS-Zentrum Altona. Das Entgelt von 142 € wird per Lastschrift eingezogen.

Ihre Hamburger Volkshochschule""",
    ),
    n(
        "vhs.1215@vhs-hamburg.de",
        "2025-12-15 10:00:00 +0100",
        "Hamburger Volkshochschule <anmeldung@vhs-hamburg.de>",
        "Ihr Teilnahmezertifikat Dänisch A1",
        "de",
        """Guten Tag Herr Petersen-Yıldız,

herzlichen Glückwunsch zum Abschluss des Kurses „Dänisch A1“! Ihr Teilnahmezertifikat finden Sie im Anhang. Der Folgekurs A2 startet am 13.01.2026 – die Anmeldung ist bereits möglich.

Ihre Hamburger Volkshochschule""",
    ),
    n(
        "elterngeld.1022@hamburg.de",
        "2025-10-22 11:00:00 +0200",
        "Bezirksamt Altona – Elterngeldstelle <elterngeld@altona.hamburg.de>",
        "Ihr Antrag auf Elterngeld – Bescheid",
        "de",
        """Sehr geehrter Herr Petersen-Yıldız,

über Ihren Antrag auf Elterngeld für das Kind Ela wurde entschieden. Den Bescheid erhalten Sie per Post. Bei Rückfragen nennen Sie bitte das Aktenzeichen EG-ALT-2025-11873.

Mit freundlichen Grüßen
Elterngeldstelle Altona""",
    ),
    n(
        "mediamarkt.1124@mediamarkt.de",
        "2025-11-27 07:00:00 +0100",
        "MediaMarkt <newsletter@mediamarkt.de>",
        "Nur heute: Unschlagbare Angebote zum Black Friday",
        "de",
        html="""<html><body><h1>BLACK FRIDAY</h1><p>Unsere Top-Angebote: Kaffeevollautomat –35 %, 65"-Fernseher –400 €, Kopfhörer ab 49 €.</p><p>Nur solange der Vorrat reicht.</p></body></html>""",
    ),
    n(
        "zalando.0110@zalando.de",
        "2026-01-10 08:00:00 +0100",
        "Zalando <info@zalando.de>",
        "Sale: Dein Angebot endet um Mitternacht",
        "de",
        html="""<html><body><p>Hallo Jonas,</p><p>bis zu 60 % im Winter-Sale – und nur für dich zusätzlich 15 % mit dem Code WINTER15.</p></body></html>""",
    ),
    n(
        "meetup.0202@meetup.com",
        "2026-02-02 18:00:00 +0100",
        "Meetup <info@meetup.com>",
        "New event: Hamburg Supply Chain Stammtisch – February edition",
        "en",
        """Hamburg Supply Chain & Logistics Meetup

Stammtisch – February edition
Thursday, 19 February 2026, 19:00
Altes Mädchen, Lagerstraße 28b

Casual drinks, no slides. This month: lightning talks on tariffs and nearshoring. 42 going.

RSVP on Meetup""",
    ),
    n(
        "substack.1208@substack.com",
        "2025-12-08 14:00:00 +0100",
        "The Loadstar Weekly <loadstar@substack.com>",
        "Interview: a port CEO on automation, unions and hiring",
        "en",
        html="""<html><body><h2>This week on The Loadstar Weekly</h2><p>Our interview with the CEO of a North Sea terminal operator: why automation doesn't mean fewer jobs, how they recruit crane operators, and the offer they made to the union.</p><p><a href="#">Read more</a></p></body></html>""",
    ),
]
