# ruff: noqa: E501
"""Corpus 52, the ordinary Vienna inbox (German, English), look-alikes on purpose."""

from __future__ import annotations

import hashlib
from typing import Any


def m(
    key: str, date: str, frm: str, subject: str, t: tuple, text: str | None = None, **kw: Any
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    h = hashlib.sha1(key.encode()).hexdigest()[:14]
    spec: dict[str, Any] = {
        "id": f"<{h}.{key}@{dom}>",
        "date": date,
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    spec.update(kw)
    return spec


D = ("not_job", "de")
E = ("not_job", "en")

MAIL = [
    # --- Wohnungsbewerbung Genossenschaftswohnung (look-alike) ---
    m(
        "5401",
        "2025-09-03 10:12:00 +0200",
        "Wohnungsvergabe Heimat Wien <vergabe@heimatwien-wohnen.at>",
        "Ihre Bewerbung für eine geförderte Genossenschaftswohnung",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir bestätigen den Eingang Ihrer Bewerbung (Vormerkung Nr. 2025-11873) für eine geförderte Mietwohnung mit Kaufoption im Projekt „Wohnen am Kempelenpark“, 1100 Wien.

Bitte beachten Sie: Die Vergabe erfolgt nach Reihung der Vormerkungen. Der Eigenmittelanteil beträgt ca. EUR 28.500,-.

Mit freundlichen Grüßen
Wohnungsvergabe
Heimat Wien Gemeinnützige Wohnbau-Gesellschaft m.b.H.""",
    ),
    m(
        "5402",
        "2025-10-21 15:00:00 +0200",
        "Wohnungsvergabe Heimat Wien <vergabe@heimatwien-wohnen.at>",
        "Einladung zur Wohnungsbesichtigung – Kempelenpark Stiege 2",
        D,
        """Sehr geehrter Herr Brunner-Haas,

aufgrund Ihrer Vormerkung dürfen wir Ihnen eine 3-Zimmer-Wohnung (74 m², 3. OG, Loggia) anbieten. Besichtigung: Samstag, 25. Oktober, 11:00 Uhr, Treffpunkt Eingang Stiege 2.

Bitte teilen Sie uns bis 23. Oktober mit, ob Sie den Termin wahrnehmen.

Mit freundlichen Grüßen
Wohnungsvergabe""",
    ),
    m(
        "5403",
        "2025-11-14 09:30:00 +0100",
        "Wohnungsvergabe Heimat Wien <vergabe@heimatwien-wohnen.at>",
        "Wohnungszusage – Mietvertrag zur Unterzeichnung",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir freuen uns, Ihnen mitteilen zu können, dass Ihre Bewerbung für die Wohnung Top 2/14 berücksichtigt wurde. Den Nutzungsvertrag senden wir Ihnen in den nächsten Tagen zur Unterzeichnung zu.

Schlüsselübergabe voraussichtlich 1. Februar 2026.

Mit freundlichen Grüßen
Wohnungsvergabe""",
    ),
    # --- Kindergarten-Anmeldung ---
    m(
        "5404",
        "2025-11-03 08:40:00 +0100",
        "Kindergarten Sonnenblume <anmeldung@kiga-sonnenblume.at>",
        "Anmeldung Kindergartenplatz 2026/27 – Eingangsbestätigung",
        D,
        """Liebe Familie Brunner-Haas,

danke für die Anmeldung von Emil für das Kindergartenjahr 2026/27. Die Platzvergabe erfolgt im März; wir melden uns rechtzeitig.

Zum Tag der offenen Tür am 22. November laden wir Sie herzlich ein.

Liebe Grüße
Claudia Haslinger, Leitung
Privatkindergarten Sonnenblume, 1030 Wien""",
    ),
    m(
        "5405",
        "2026-02-10 13:20:00 +0100",
        "Stadt Wien – MA 10 <noreply@wien.gv.at>",
        "Ihre Anmeldung zum Kindergartenbesuch – Zwischenstand",
        D,
        """Sehr geehrte Erziehungsberechtigte,

Ihre Anmeldung (Kind: Emil Brunner-Haas) ist vollständig. Die Platzzusage wird ab März 2026 im Online-Service mein.wien angezeigt.

Mit freundlichen Grüßen
Wiener Kindergärten""",
    ),
    # --- Kredit ---
    m(
        "5406",
        "2025-10-02 11:22:00 +0200",
        "Wiener Neustädter Sparkasse Online <service@wrn-sparkasse-online.at>",
        "Ihr Kreditantrag wurde genehmigt",
        D,
        """Sehr geehrter Herr Brunner-Haas,

gute Nachrichten: Ihr Antrag auf einen Wohnkredit (Eigenmittelfinanzierung, EUR 25.000,-, Laufzeit 84 Monate) wurde genehmigt.

Die Kreditunterlagen stehen in Ihrem Online-Banking zur digitalen Signatur bereit.

Mit freundlichen Grüßen
Ihr Kundenservice""",
    ),
    m(
        "5407",
        "2025-09-25 17:05:00 +0200",
        "Wiener Neustädter Sparkasse Online <service@wrn-sparkasse-online.at>",
        "Wir haben Ihren Kreditantrag erhalten",
        D,
        """Sehr geehrter Herr Brunner-Haas,

danke für Ihren Kreditantrag. Wir prüfen Ihre Unterlagen und melden uns innerhalb von fünf Bankarbeitstagen. Bitte laden Sie noch Ihre letzten drei Gehaltszettel hoch.

Ihr Kundenservice""",
    ),
    # --- marketing "Angebot" ---
    m(
        "5408",
        "2025-09-06 08:00:00 +0200",
        "A1 <newsletter@a1-angebote.at>",
        "Nur diese Woche: Ihr exklusives Angebot für Glasfaser",
        D,
        html="""<html><body><h1>Ihr persönliches Angebot</h1><p>Lieber Lukas, surfen Sie jetzt mit bis zu 1 Gbit/s – die ersten 6 Monate um nur € 19,90. Angebot gültig bis 14.9.</p><p><a href="#">Jetzt Angebot sichern</a></p></body></html>""",
    ),
    m(
        "5409",
        "2025-11-28 07:15:00 +0100",
        "Interspar Weinwelt <info@weinwelt-news.at>",
        "Black Friday: Angebote, die Sie nicht ablehnen können",
        D,
        html="""<html><body><p>Bis zu 40 % auf Grüner Veltliner und Blaufränkisch. Nur heute!</p><p>Unser Angebot des Tages: Smaragd Wachau 2022, 6 Flaschen um € 89,–</p></body></html>""",
    ),
    m(
        "5410",
        "2025-12-01 18:30:00 +0100",
        "Bergfex Shop <shop@bergfex-store.at>",
        "Ihr Angebot wartet: Skitouren-Set -25 %",
        D,
        """Hallo Lukas,

im Warenkorb wartet noch dein Skitouren-Set. Schließ die Bestellung jetzt ab und spare 25 % – dieses Angebot läuft um Mitternacht ab.

Dein Bergfex Shop Team""",
    ),
    m(
        "5411",
        "2026-01-05 09:00:00 +0100",
        "ÖBB Vorteilscard <newsletter@oebb-news.at>",
        "Neues Jahr, neue Ziele: Sparschiene-Angebote nach Zürich und München",
        D,
        """Jetzt Sparschiene-Tickets ab € 29,90 sichern – Wien–Zürich, Wien–München, Wien–Venedig.

Angebot gültig für Reisen bis 31. März 2026, solange der Vorrat reicht.""",
    ),
    # --- newsletter "Interview" ---
    m(
        "5412",
        "2025-09-30 06:00:00 +0200",
        "Der Börsianer Morgenbrief <morgenbrief@boersianer-news.at>",
        "Morgenbrief: Das große Interview mit FMA-Vorstand",
        D,
        """Guten Morgen,

im großen Interview spricht der Vorstand der Aufsicht über Zinsrisiken, Cyber-Resilienz und die Umsetzung von DORA. Außerdem: Welche Banken jetzt Compliance-Personal suchen – und warum der Markt für AML-Spezialisten leergefegt ist.

Weiterlesen auf boersianer-news.at""",
    ),
    m(
        "5413",
        "2025-11-10 06:00:00 +0100",
        "Der Börsianer Morgenbrief <morgenbrief@boersianer-news.at>",
        "Morgenbrief: Personalkarussell bei den Versicherern",
        D,
        """Guten Morgen,

Personalia: Neuer CRO bei der Tauern Versicherung, die Donauland Versicherung verstärkt ihr Compliance-Team. Im Interview: Warum Versicherer händeringend Aktuare suchen.

Ihr Börsianer-Team""",
    ),
    m(
        "5414",
        "2025-10-15 07:00:00 +0200",
        "Risk.net Daily <newsletters@risk.net>",
        "Interview: the CRO who rebuilt op risk after a fraud",
        E,
        """Today on Risk.net

Interview: How one European bank's CRO rebuilt its op risk framework after a EUR 40m fraud.
Hiring: Banks scramble for Dora specialists as deadline bites.
Analysis: EBA consults on ICT third-party registers.

Manage your newsletter preferences""",
    ),
    m(
        "5415",
        "2025-12-03 07:00:00 +0100",
        "Risk.net Daily <newsletters@risk.net>",
        "Why compliance teams keep growing",
        E,
        """Today on Risk.net

Compliance headcount at European banks rose 11% in 2025, our survey shows. Plus: an interview with a regulator on AMLA's first supervisory cycle.

Read more""",
    ),
    m(
        "5416",
        "2026-01-14 06:00:00 +0100",
        "Der Standard Karriere <newsletter@derstandard-karriere.at>",
        "Karriere-Newsletter: So klappt das Bewerbungsgespräch 2026",
        D,
        """Liebe Leserin, lieber Leser,

diese Woche im Karriere-Ressort: Zehn Fragen, die im Bewerbungsgespräch garantiert kommen. Gehaltsverhandlung: Was bedeutet „Überzahlung möglich“ wirklich? Und: Arbeitsmarkt – die Zahl der offenen Stellen sinkt.

Viel Spaß beim Lesen!""",
    ),
    # --- webinars with .ics ---
    m(
        "5417",
        "2025-10-08 12:00:00 +0200",
        "ACAMS Austria Chapter <events@acams-austria.org>",
        "Einladung Webinar: AMLA – was kommt auf Verpflichtete zu?",
        D,
        """Sehr geehrte Mitglieder,

wir laden herzlich zu unserem Webinar am 23. Oktober, 17:00 Uhr, ein. Referentin: Dr. Helga Pfeiffer. Kalendereintrag anbei.

ACAMS Austria Chapter""",
        ics={
            "style": "google",
            "start": "2025-10-23 17:00:00 +0200",
            "minutes": 60,
            "organizer": ("ACAMS Austria Chapter", "events@acams-austria.org"),
            "uid": "acams-at-20251023@acams-austria.org",
            "summary": "Webinar: AMLA – was kommt auf Verpflichtete zu?",
            "location": "Zoom",
        },
    ),
    m(
        "5418",
        "2025-11-20 16:10:00 +0100",
        "Compliance Forum Vienna <office@compliance-forum.at>",
        "Ihre Anmeldung: Compliance Jahresforum 2026",
        D,
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für Ihre Anmeldung zum Compliance Jahresforum am 22. Jänner 2026 im Hotel Savoyen Wien. Ihre Teilnahmebestätigung und den Kalendereintrag finden Sie anbei.

Ihr Compliance Forum Team""",
        ics={
            "style": "outlook",
            "start": "2026-01-22 09:00:00 +0100",
            "minutes": 480,
            "organizer": ("Compliance Forum", "office@compliance-forum.at"),
            "uid": "040000008200E00074C5B7101A82E00800000000FF0122",
            "summary": "Compliance Jahresforum 2026",
            "location": "Hotel Savoyen, Rennweg 16, 1030 Wien",
        },
    ),
    m(
        "5419",
        "2025-12-05 10:00:00 +0100",
        "Zoom Events <no-reply@zoom.us>",
        "Registration confirmed: DORA one year on – lessons learned",
        E,
        """Hi Lukas,

Thank you for registering for "DORA one year on – lessons learned".

Date & Time: Jan 15, 2026 04:00 PM Vienna
Join link: https://zoom.us/w/91827364511

Add to calendar""",
        ics={
            "style": "google",
            "start": "2026-01-15 16:00:00 +0100",
            "minutes": 75,
            "organizer": ("Zoom Events", "no-reply@zoom.us"),
            "uid": "zoomevt-91827364511@zoom.us",
            "summary": "DORA one year on – lessons learned",
            "location": "https://zoom.us/w/91827364511",
        },
    ),
    # --- Vereins-Funktion ---
    m(
        "5420",
        "2025-09-14 20:30:00 +0200",
        "Obmann SV Donaustadt Volleyball <obmann@sv-donaustadt-volley.at>",
        "Deine Bewerbung als Kassier",
        D,
        """Lieber Lukas,

danke, dass du dich als Kassier für die nächste Periode zur Verfügung stellst! Die Wahl findet bei der Generalversammlung am 10. Oktober um 19 Uhr im Vereinslokal statt. Die Kassaprüfer haben schon signalisiert, dass sie sich freuen.

Sportliche Grüße
Herbert""",
    ),
    m(
        "5421",
        "2025-10-11 09:15:00 +0200",
        "Obmann SV Donaustadt Volleyball <obmann@sv-donaustadt-volley.at>",
        "Protokoll Generalversammlung – du bist gewählt!",
        D,
        """Hallo zusammen,

anbei das Protokoll der Generalversammlung. Neu im Vorstand: Lukas als Kassier (einstimmig). Herzlich willkommen!

Die Übergabe der Kassa machen Lukas und Gerti bitte bis Ende Oktober.

Herbert""",
    ),
    m(
        "5422",
        "2025-11-25 19:02:00 +0100",
        "Gerti Pammer <gerti.pammer@gmx.at>",
        "Kassa-Übergabe",
        D,
        """Hallo Lukas,

passt dir Donnerstag nach dem Training für die Übergabe? Ich bring den Ordner und die Bankomatkarte mit.

LG Gerti""",
    ),
    # --- family & friends ---
    m(
        "5423",
        "2025-09-07 18:44:00 +0200",
        "Mama <brigitte.haas@aon.at>",
        "Sonntag Mittagessen",
        D,
        """Lieber Lukas,

kommt ihr am Sonntag zum Mittagessen? Papa macht Schweinsbraten. Bringt's den Emil mit, Oma freut sich so.

Bussi Mama""",
    ),
    m(
        "5424",
        "2025-10-04 21:10:00 +0200",
        "Mama <brigitte.haas@aon.at>",
        "Fotos vom Geburtstag",
        D,
        """Hallo ihr Lieben,

anbei ein paar Fotos vom Geburtstag. Das mit der Torte war ja lustig!

Bussi""",
    ),
    m(
        "5425",
        "2025-11-07 12:30:00 +0100",
        "Mama <brigitte.haas@aon.at>",
        "Re: Neuigkeiten!!",
        D,
        """Lukas, das ist ja wunderbar!! Gratuliere dir ganz herzlich zum neuen Job, Papa ist auch ganz stolz. Das müssen wir feiern!

Bussi Mama

Am 06.11.2025 um 21:14 schrieb Lukas Brunner-Haas:
> Liebe Mama, ich hab heute das Angebot von der Donauland bekommen und werd es annehmen!""",
    ),
    m(
        "5426",
        "2025-12-20 10:00:00 +0100",
        "Mama <brigitte.haas@aon.at>",
        "Weihnachten",
        D,
        """Hallo Lukas,

am 24. so ab 16 Uhr bei uns? Christine kommt auch mit den Kindern. Bitte keine großen Geschenke!

Bussi Mama""",
    ),
    m(
        "5427",
        "2025-09-19 13:05:00 +0200",
        "Stefan Lechner <stefan.lechner@outlook.com>",
        "Heuriger am Samstag?",
        D,
        """Servus Lukas,

Samstag Heuriger in Stammersdorf? Die anderen sind auch dabei. 17 Uhr beim Wieninger?

Stefan""",
    ),
    m(
        "5428",
        "2025-10-23 22:15:00 +0200",
        "Stefan Lechner <stefan.lechner@outlook.com>",
        "Re: Bewerbungsstress",
        D,
        """Hey,

klingt nach einer intensiven Woche – drei Gespräche hintereinander wäre mir zu viel. Gratuliere jedenfalls zum Assessment-Center, klingt so, als wär's gut gelaufen. Meld dich, wenn du ein Bier brauchst!

Stefan

Am Do., 23. Okt. 2025 um 20:40 Uhr schrieb Lukas:
> Heute war noch das zweite Gespräch in der Praterstraße, ich bin fix und fertig""",
    ),
    m(
        "5429",
        "2025-12-28 17:40:00 +0100",
        "Stefan Lechner <stefan.lechner@outlook.com>",
        "Silvester",
        D,
        """Hi,

Silvester bei uns, wie immer. Bring Sekt mit, Bleigießen ist ja verboten :)

S.""",
    ),
    m(
        "5430",
        "2025-11-02 10:20:00 +0100",
        "Julia Brunner-Haas <julia.bh@gmail.com>",
        "Einkaufsliste + Elternabend",
        D,
        """Schatzi,

kannst du heute am Heimweg noch Milch, Brot und Windeln Größe 5 mitnehmen? Und denk an den Elternabend am Mittwoch um 18 Uhr.

Bussi J.""",
    ),
    m(
        "5431",
        "2025-11-12 19:55:00 +0100",
        "Julia Brunner-Haas <julia.bh@gmail.com>",
        "Fwd: Wohnungszusage?",
        D,
        """Hast du schon was von der Heimat Wien gehört? Die Nachbarn haben gesagt, die Zusagen kommen diese Woche.

J.""",
    ),
    m(
        "5432",
        "2026-01-30 08:10:00 +0100",
        "Julia Brunner-Haas <julia.bh@gmail.com>",
        "Viel Glück am Montag!",
        D,
        """Lieber Lukas,

alles Gute für den ersten Tag am Montag – du wirst das super machen. Emil hat dir ein Bild gemalt, das liegt auf deinem Schreibtisch.

Bussi J.""",
    ),
    m(
        "5433",
        "2025-09-27 16:00:00 +0200",
        "Tom Whitfield <tom.whitfield@fastmail.com>",
        "Visiting Vienna in October",
        E,
        """Hi Lukas,

I'll be in Vienna from 16–19 October for a conference. Fancy a beer or a Schnitzel one evening? Would be great to catch up since Edinburgh.

Cheers,
Tom""",
    ),
    m(
        "5434",
        "2025-10-12 11:02:00 +0200",
        "Tom Whitfield <tom.whitfield@fastmail.com>",
        "Re: Visiting Vienna in October",
        E,
        """Friday works! Figlmüller at 7 then? Ha, good luck with all your interviews – sounds like a busy autumn.

T.""",
    ),
    # --- bank, receipts, services ---
    m(
        "5435",
        "2025-09-01 06:05:00 +0200",
        "George <noreply@george-online.at>",
        "Ihr Kontoauszug September ist verfügbar",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Kontoauszug ist in George verfügbar.

Ihre Bank""",
    ),
    m(
        "5436",
        "2025-10-01 06:05:00 +0200",
        "George <noreply@george-online.at>",
        "Ihr Kontoauszug Oktober ist verfügbar",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Kontoauszug ist in George verfügbar.

Ihre Bank""",
    ),
    m(
        "5437",
        "2025-11-01 06:05:00 +0100",
        "George <noreply@george-online.at>",
        "Ihr Kontoauszug November ist verfügbar",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Kontoauszug ist in George verfügbar. Neu: Sparziele jetzt auch für Kinder anlegen.

Ihre Bank""",
    ),
    m(
        "5438",
        "2025-12-01 06:05:00 +0100",
        "George <noreply@george-online.at>",
        "Ihr Kontoauszug Dezember ist verfügbar",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Kontoauszug ist in George verfügbar.

Ihre Bank""",
    ),
    m(
        "5439",
        "2026-01-02 06:05:00 +0100",
        "George <noreply@george-online.at>",
        "Ihr Kontoauszug Jänner ist verfügbar",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Kontoauszug ist in George verfügbar.

Ihre Bank""",
    ),
    m(
        "5440",
        "2025-09-12 14:22:00 +0200",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        "Ihre Amazon.de Bestellung von „Kommentar zum FM-GwG“",
        D,
        """Hallo Lukas Brunner-Haas,

vielen Dank für Ihre Bestellung. Voraussichtliche Lieferung: Dienstag, 16. September.

Kommentar zum FM-GwG, 3. Auflage – EUR 148,00

Amazon.de""",
    ),
    m(
        "5441",
        "2025-09-15 09:30:00 +0200",
        "Österreichische Post <noreply@post.at>",
        "Ihre Sendung kommt heute",
        D,
        """Ihre Sendung 1014 2233 8890 wird heute zwischen 10:00 und 13:00 Uhr zugestellt.

Sendung umleiten: post.at/sv""",
    ),
    m(
        "5442",
        "2025-10-18 11:00:00 +0200",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Versandt: Ihre Bestellung „LEGO Duplo Feuerwehr“",
        D,
        """Hallo Lukas,

Ihre Bestellung wurde versandt und wird morgen zugestellt.

Amazon.de""",
    ),
    m(
        "5443",
        "2025-11-29 13:41:00 +0100",
        "Österreichische Post <noreply@post.at>",
        "Abholung in der Post-Empfangsbox",
        D,
        """Ihre Sendung liegt ab sofort zur Abholung bereit: Post-Empfangsbox Landstraßer Hauptstraße 1. Abholcode: 482913.

Österreichische Post AG""",
    ),
    m(
        "5444",
        "2025-09-20 08:00:00 +0200",
        "Wien Energie <kundenservice@wienenergie-mail.at>",
        "Ihre Jahresabrechnung Strom und Gas",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihre Jahresabrechnung steht im Kundenportal bereit. Guthaben: EUR 84,12. Neue Teilbeträge ab Oktober: EUR 118,00.

Wien Energie""",
    ),
    m(
        "5445",
        "2025-10-05 10:10:00 +0200",
        "Magenta Telekom <rechnung@magenta-rechnung.at>",
        "Ihre Rechnung 10/2025",
        D,
        """Ihre Rechnung über EUR 39,90 ist online verfügbar. Abbuchung am 15.10.2025.

Magenta Telekom""",
    ),
    m(
        "5446",
        "2025-11-05 10:10:00 +0100",
        "Magenta Telekom <rechnung@magenta-rechnung.at>",
        "Ihre Rechnung 11/2025",
        D,
        """Ihre Rechnung über EUR 39,90 ist online verfügbar. Abbuchung am 15.11.2025.

Magenta Telekom""",
    ),
    m(
        "5447",
        "2025-12-05 10:10:00 +0100",
        "Magenta Telekom <rechnung@magenta-rechnung.at>",
        "Ihre Rechnung 12/2025",
        D,
        """Ihre Rechnung über EUR 41,40 ist online verfügbar. Abbuchung am 15.12.2025.

Magenta Telekom""",
    ),
    m(
        "5448",
        "2025-09-23 19:30:00 +0200",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium Family receipt",
        E,
        """Thanks for your payment. Premium Family – EUR 17.99. Next billing date: 23 October 2025.

Spotify AB""",
    ),
    m(
        "5449",
        "2025-10-23 19:30:00 +0200",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium Family receipt",
        E,
        """Thanks for your payment. Premium Family – EUR 17.99. Next billing date: 23 November 2025.

Spotify AB""",
    ),
    m(
        "5450",
        "2025-10-30 14:00:00 +0100",
        "Finanzamt Österreich <noreply@bmf.gv.at>",
        "Neue Nachricht in Ihrer FinanzOnline-Databox",
        D,
        """Sehr geehrte Dame, sehr geehrter Herr,

in Ihrer FinanzOnline-Databox ist ein neues Dokument eingelangt: Einkommensteuerbescheid 2024.

Bundesministerium für Finanzen""",
    ),
    m(
        "5451",
        "2025-11-18 09:40:00 +0100",
        "Dr. Aigner Ordination <ordination@dr-aigner-zahnarzt.at>",
        "Terminerinnerung Mundhygiene",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir erinnern Sie an Ihren Termin zur Mundhygiene am Mittwoch, 26. November, um 7:45 Uhr.

Bitte sagen Sie spätestens 24 Stunden vorher ab, falls Sie verhindert sind.

Ordination Dr. Aigner""",
        ics={
            "style": "google",
            "start": "2025-11-26 07:45:00 +0100",
            "minutes": 45,
            "organizer": ("Ordination Dr. Aigner", "ordination@dr-aigner-zahnarzt.at"),
            "uid": "termin-88213@dr-aigner-zahnarzt.at",
            "summary": "Mundhygiene – Ordination Dr. Aigner",
            "location": "Landstraßer Hauptstraße 88, 1030 Wien",
        },
    ),
    m(
        "5452",
        "2025-09-29 08:00:00 +0200",
        "ÖGK <noreply@gesundheitskasse.at>",
        "Ihre e-card wird erneuert",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihre neue e-card mit Foto wird Ihnen in den nächsten Wochen zugesandt.

Österreichische Gesundheitskasse""",
    ),
    m(
        "5453",
        "2025-09-10 12:00:00 +0200",
        "ÖBB Tickets <tickets@oebb.at>",
        "Ihr Ticket: Wien Hbf – Linz Hbf, 15.10.2025",
        D,
        """Sehr geehrter Herr Brunner-Haas,

danke für Ihre Buchung. Railjet 542, Wien Hbf 06:30 – Linz Hbf 07:44, Wagen 25, Platz 63.

Gute Reise wünscht die ÖBB""",
    ),
    m(
        "5454",
        "2025-11-01 18:20:00 +0100",
        "ÖBB Tickets <tickets@oebb.at>",
        "Ihr Ticket: Wien Hbf – Zürich HB, 04.11.2025",
        D,
        """Sehr geehrter Herr Brunner-Haas,

danke für Ihre Buchung. Nightjet 466, Wien Hbf 21:27 – Zürich HB 07:40, Liegewagen 6er-Abteil.

ÖBB""",
    ),
    m(
        "5455",
        "2025-11-05 19:00:00 +0100",
        "SBB CFF FFS <noreply@sbb.ch>",
        "Ihr Billett: Zürich HB – Basel SBB",
        D,
        """Guten Tag Herr Brunner-Haas

Vielen Dank für Ihren Kauf. Sparbillett 2. Klasse, 06.11.2025, CHF 19.80.

Freundliche Grüsse
SBB""",
    ),
    m(
        "5456",
        "2025-12-10 08:30:00 +0100",
        "Booking.com <noreply@booking.com>",
        "Your booking is confirmed: Hotel Sonnalp, Saalbach",
        E,
        """Thanks, Lukas! Your booking in Saalbach is confirmed.

Check-in: Fri 6 Feb 2026 · Check-out: Sun 8 Feb 2026
Family room · Half board

Booking.com""",
    ),
    m(
        "5457",
        "2025-09-18 20:10:00 +0200",
        "willhaben <noreply@willhaben.at>",
        "Neue Nachricht zu deiner Anzeige „Kinderwagen Teutonia“",
        D,
        """Hallo Lukas,

du hast eine neue Nachricht von Mia_2020: „Ist der Kinderwagen noch zu haben? Würde ihn Samstag abholen.“

Antworten in der willhaben-App""",
    ),
    m(
        "5458",
        "2025-09-21 15:45:00 +0200",
        "willhaben <noreply@willhaben.at>",
        "Deine Anzeige wurde deaktiviert",
        D,
        """Hallo Lukas,

deine Anzeige „Kinderwagen Teutonia“ wurde als verkauft markiert und deaktiviert.

Dein willhaben-Team""",
    ),
    # --- LinkedIn social (look-alikes) ---
    m(
        "5459",
        "2025-10-02 17:00:00 +0200",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Andrea Fuchs on the new job",
        E,
        """Andrea Fuchs started a new position as Head of Compliance at Vindobona Capital AG.

Say congrats

You're receiving notifications about your network.""",
    ),
    m(
        "5460",
        "2025-10-26 11:00:00 +0100",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 18 searches this week",
        E,
        """Lukas, you appeared in 18 searches this week.

Your searchers work at: Bank Lindenhof AG, BLH, Donauländische Versicherung AG.

See all searches""",
    ),
    m(
        "5461",
        "2025-11-16 12:00:00 +0100",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Martin Schachner commented on a post you might like",
        E,
        """Martin Schachner commented: "Great panel at the Risk Forum – DORA is just the beginning."

See post""",
    ),
    m(
        "5462",
        "2026-02-03 09:00:00 +0100",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Lukas, 23 people congratulated you on your new position",
        E,
        """Your network is celebrating your new position as Senior Compliance Officer at Donauländische Versicherung AG.

See who reacted""",
    ),
    m(
        "5463",
        "2025-12-14 10:30:00 +0100",
        "XING <noreply@xing.com>",
        "Ihr Kontakt Reto Bachmann hat Geburtstag",
        D,
        """Gratulieren Sie Reto Bachmann heute zum Geburtstag.

Ihr XING-Team""",
    ),
    m(
        "5464",
        "2025-11-04 20:00:00 +0100",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Anna Steinwender has accepted your invitation",
        E,
        """Anna Steinwender, Talent Acquisition Lead at BLH Austria, accepted your invitation. Start a conversation.

View profile""",
    ),
    # --- newsletters about hiring ---
    m(
        "5465",
        "2025-10-09 07:30:00 +0200",
        "Personal Manager Newsletter <redaktion@personal-manager.at>",
        "HR-Trends: Wie Banken 2026 rekrutieren",
        D,
        """Liebe Leserinnen und Leser,

Active Sourcing, Recruiting-Chatbots und Kurzbewerbung per Handy: Wir zeigen, wie Finanzinstitute ihre Bewerbungsprozesse modernisieren. Plus: Studie – 62 % der Bewerberinnen brechen Online-Bewerbungen ab, wenn sie länger als 15 Minuten dauern.

Ihre Redaktion""",
    ),
    m(
        "5466",
        "2025-12-17 07:30:00 +0100",
        "Personal Manager Newsletter <redaktion@personal-manager.at>",
        "Jahresrückblick: Employer Branding und Candidate Experience",
        D,
        """Liebe Leserinnen und Leser,

das war 2025 im HR: Gehaltstransparenz-Richtlinie, Vier-Tage-Woche, KI im Recruiting. Wir wünschen frohe Feiertage!

Ihre Redaktion""",
    ),
    m(
        "5467",
        "2025-11-06 08:00:00 +0100",
        "Morning Brew <crew@morningbrew.com>",
        "☕ Hiring freeze?",
        E,
        """Good morning. Big banks are slowing down hiring, but compliance roles are the exception – we interviewed three recruiters about why. Also: markets, memes, and a crossword.

Morning Brew""",
    ),
    # --- misc ---
    m(
        "5468",
        "2025-09-04 09:00:00 +0200",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung",
        D,
        """Neue Anmeldung auf Windows

Ihr Google-Konto wurde gerade auf einem neuen Windows-Gerät angemeldet. Falls Sie das waren, müssen Sie nichts weiter tun.

Google LLC""",
    ),
    m(
        "5469",
        "2025-10-14 18:00:00 +0200",
        "Dropbox <no-reply@dropbox.com>",
        "Your Dropbox is almost full",
        E,
        """Hi Lukas,

You're using 94% of your 2 GB. Upgrade to Dropbox Plus to get 2 TB.

The Dropbox team""",
    ),
    m(
        "5470",
        "2025-09-26 11:30:00 +0200",
        "Volkshochschule Landstraße <anmeldung@vhs-wien-kurse.at>",
        "Anmeldebestätigung: Italienisch A2",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir bestätigen Ihre Anmeldung zum Kurs Italienisch A2 (Kurs-Nr. 3L-4412), mittwochs 18:30–20:00 Uhr, Beginn 8. Oktober.

Kursbeitrag: EUR 189,00

Die Wiener Volkshochschulen""",
    ),
    m(
        "5471",
        "2025-10-29 12:00:00 +0100",
        "ÖAMTC <mitglied@oeamtc-info.at>",
        "Ihre Vignette 2026 – jetzt digital vorbestellen",
        D,
        """Lieber Herr Brunner-Haas,

sichern Sie sich jetzt schon Ihre digitale Vignette 2026. Für Mitglieder versandkostenfrei.

Ihr ÖAMTC""",
    ),
    m(
        "5472",
        "2025-12-22 08:00:00 +0100",
        "Hausverwaltung Rauscher <office@hv-rauscher.at>",
        "Information: Wartung Aufzug 7. Jänner",
        D,
        """Sehr geehrte Bewohnerinnen und Bewohner,

am Mittwoch, 7. Jänner, wird der Aufzug zwischen 8:00 und 14:00 Uhr gewartet und steht nicht zur Verfügung.

Hausverwaltung Rauscher""",
    ),
    m(
        "5473",
        "2026-01-12 10:00:00 +0100",
        "Hausverwaltung Rauscher <office@hv-rauscher.at>",
        "Kündigung Mietvertrag Top 9 – Bestätigung",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir bestätigen den Eingang Ihrer Kündigung zum 30. April 2026. Den Termin für die Wohnungsübergabe vereinbaren wir rechtzeitig.

Hausverwaltung Rauscher""",
    ),
    m(
        "5474",
        "2025-10-20 07:00:00 +0200",
        "Wiener Linien <noreply@wienerlinien.at>",
        "Ihre Jahreskarte wird verlängert",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihre Jahreskarte wird am 1. November automatisch verlängert. Der Betrag von EUR 365,00 wird abgebucht.

Wiener Linien""",
    ),
    m(
        "5475",
        "2025-12-02 15:05:00 +0100",
        "Wiener Städtische Kundenservice <service@versicherung-kundenportal.at>",
        "Ihr Angebot für die Haushaltsversicherung",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wie gewünscht übermitteln wir Ihnen unser Angebot für eine Haushaltsversicherung für Ihre neue Wohnung (74 m²): Prämie EUR 14,80 monatlich.

Das Angebot ist 30 Tage gültig.

Ihr Kundenservice""",
    ),
    m(
        "5476",
        "2026-01-07 17:20:00 +0100",
        "Wiener Städtische Kundenservice <service@versicherung-kundenportal.at>",
        "Ihr Antrag wurde angenommen – Polizze folgt",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Antrag auf Haushaltsversicherung wurde angenommen. Die Polizze erhalten Sie in den nächsten Tagen per Post. Versicherungsbeginn: 1. Februar 2026.

Ihr Kundenservice""",
    ),
    m(
        "5477",
        "2025-09-16 09:00:00 +0200",
        "Fitinn <newsletter@fitinn-news.at>",
        "Neu im Studio: Functional Training",
        D,
        """Hallo Lukas,

ab sofort gibt's Functional Training in jedem Studio – kostenlos für alle Mitglieder.

Dein Fitinn Team""",
    ),
    m(
        "5478",
        "2025-11-22 10:05:00 +0100",
        "Emil's Oma <gertrude.brunner@chello.at>",
        "Krampus",
        D,
        """Lieber Lukas,

kommt ihr am 5. zum Krampuslauf nach Stockerau? Wir würden euch dann vom Bahnhof abholen.

Oma Trude""",
    ),
    m(
        "5479",
        "2025-10-01 14:00:00 +0200",
        "Teams Elternverein <elternverein@kiga-sonnenblume.at>",
        "Elternabend – Einladung",
        D,
        """Liebe Eltern,

der Elternabend findet am Mittwoch, 5. November, 18 Uhr statt. Themen: Laternenfest, Ausflüge, Elternbeitrag.

Euer Elternverein""",
    ),
    m(
        "5480",
        "2025-12-11 16:30:00 +0100",
        "Paypal <service@paypal.at>",
        "Sie haben eine Zahlung an Geschenkeboutique Wagner gesendet",
        D,
        """Hallo Lukas Brunner-Haas,

Sie haben eine Zahlung über 64,90 EUR an Geschenkeboutique Wagner gesendet.

PayPal""",
    ),
    m(
        "5481",
        "2026-02-05 07:45:00 +0100",
        "IT Service Desk Donauland <it-servicedesk@donauland-versicherung.at>",
        "Ihr Benutzerkonto wurde angelegt",
        D,
        """Hallo Herr Brunner-Haas,

willkommen! Ihr Benutzerkonto (lbrunner-haas) ist aktiv. Bitte ändern Sie bei der ersten Anmeldung Ihr Initialpasswort.

IT Service Desk""",
        to="Lukas Brunner-Haas <lukas.brunner-haas@donauland-versicherung.at>",
    ),
    m(
        "5482",
        "2026-02-09 11:00:00 +0100",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "Onboarding-Programm Februar – Kalender",
        ("other_job", "Donauland Versicherung", "Senior Compliance Officer", None, "direct", "de"),
        """Lieber Herr Brunner-Haas,

anbei der Überblick über die Onboarding-Termine im Februar (Datenschutzschulung, Compliance-Grundlagen für neue Mitarbeitende, Betriebsrat-Vorstellung).

Liebe Grüße
Verena Koller""",
    ),
    m(
        "5483",
        "2026-01-19 20:00:00 +0100",
        "Netflix <info@mailer.netflix.com>",
        "Neu auf Netflix diese Woche",
        D,
        """Hallo Lukas, diese Woche neu: die zweite Staffel von „Schwarzer Schnee“ und eine neue Doku über den Wirecard-Skandal.

Netflix""",
    ),
    m(
        "5484",
        "2026-02-14 09:00:00 +0100",
        "Interflora <info@interflora-at.com>",
        "Ihre Bestellung ist unterwegs 💐",
        D,
        """Hallo Lukas,

Ihr Strauß „Rote Rosen Deluxe“ wird heute zugestellt. Liebe Grüße an Julia!

Interflora""",
    ),
    m(
        "5485",
        "2025-09-24 21:02:00 +0200",
        "Doodle <mailer@doodle.com>",
        "Neue Umfrage: Volleyball Saisonabschluss",
        D,
        """Herbert hat dich zu einer Umfrage eingeladen: „Saisonabschlussfeier – welcher Termin?“

An der Umfrage teilnehmen""",
    ),
    m(
        "5486",
        "2025-10-07 12:45:00 +0200",
        "Thomas Gruber <thomas.gruber@donauland-versicherung.at>",
        "Automatische Antwort: Terminbestätigung Bewerbungsgespräch",
        ("other_job", "Donauland Versicherung", None, None, "direct", "de"),
        """Ich bin bis 8. Oktober auf Dienstreise und lese meine E-Mails nur eingeschränkt.

Thomas Gruber""",
    ),
    m(
        "5487",
        "2025-11-30 15:00:00 +0100",
        "Figlmüller <reservierung@figlmueller-res.at>",
        "Ihre Reservierung am 13.12.",
        D,
        """Guten Tag Herr Brunner-Haas,

wir bestätigen Ihre Reservierung für 6 Personen am Samstag, 13. Dezember, 19:00 Uhr, Wollzeile.

Ihr Figlmüller Team""",
    ),
    m(
        "5488",
        "2026-01-24 09:15:00 +0100",
        "Stadt Wien – Parkpickerl <noreply@wien.gv.at>",
        "Parkpickerl: Antrag bewilligt",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Antrag auf Parkpickerl für den 10. Bezirk wurde bewilligt. Gültig ab 1. Februar 2026 für 24 Monate.

Stadt Wien – Parkraumüberwachung""",
    ),
    m(
        "5489",
        "2025-11-08 10:00:00 +0100",
        "Ikea <news@ikea-newsletter.at>",
        "Zieht ihr um? Unsere Angebote für die neue Wohnung",
        D,
        html="""<html><body><h2>Neue Wohnung, neues Glück</h2><p>Kinderzimmer, Küchen, Stauraum – jetzt mit IKEA Family bis zu 20 % sparen.</p></body></html>""",
    ),
    m(
        "5490",
        "2025-12-18 14:30:00 +0100",
        "Christine Haas <christine.haas@a1.net>",
        "Wichtelgeschenk",
        D,
        """Hallo Bruderherz,

du hast Lena beim Wichteln gezogen. Max. 20 Euro, sie wünscht sich Bücher oder Bastelsachen.

LG Christine""",
    ),
    m(
        "5491",
        "2025-10-16 19:45:00 +0200",
        "Stefan Lechner <stefan.lechner@outlook.com>",
        "Fotos Heuriger",
        D,
        """Hier die Fotos vom Samstag. Das Gruppenfoto ist leider unscharf 😅

S.""",
    ),
    m(
        "5492",
        "2025-09-30 18:00:00 +0200",
        "Alumni WU Wien <alumni@wu-alumni-club.at>",
        "Einladung: Alumni-Stammtisch Finance & Risk",
        D,
        """Liebe Alumni,

wir laden herzlich zum Stammtisch Finance & Risk am 16. Oktober ein. Gast: eine Partnerin einer großen Personalberatung zum Thema „Karriereschritte in Risk & Compliance“.

WU Alumni Club""",
    ),
    m(
        "5493",
        "2025-11-26 12:00:00 +0100",
        "Kickstarter <no-reply@kickstarter.com>",
        "A project you backed has shipped",
        E,
        """Good news! "Tiny Trains – wooden railway for small hands" has shipped your reward.

Kickstarter""",
    ),
    m(
        "5494",
        "2026-01-09 08:00:00 +0100",
        "Duolingo <hello@duolingo.com>",
        "Lukas, your streak is at risk!",
        E,
        """You haven't practised Italian today. A 5-minute lesson keeps your 96-day streak alive!

Duolingo""",
    ),
    m(
        "5495",
        "2026-02-16 18:30:00 +0100",
        "Julia Brunner-Haas <julia.bh@gmail.com>",
        "Skiurlaub Fotos",
        D,
        """Schau, Emil auf Skiern! 😍

J.""",
    ),
    m(
        "5496",
        "2026-02-20 07:00:00 +0100",
        "George <noreply@george-online.at>",
        "Gehaltseingang",
        D,
        """Sehr geehrter Herr Brunner-Haas,

auf Ihrem Konto ist ein Gehaltseingang verbucht worden: Donauländische Versicherung AG.

Ihre Bank""",
    ),
    m(
        "5497",
        "2025-12-09 19:20:00 +0100",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        "Ihre Amazon.de Bestellung von „Playmobil Adventskalender“",
        D,
        """Vielen Dank für Ihre Bestellung. Voraussichtliche Lieferung: Donnerstag.

Amazon.de""",
    ),
    m(
        "5498",
        "2025-10-25 08:30:00 +0200",
        "Heimat Wien Wohnungsvergabe <vergabe@heimatwien-wohnen.at>",
        "Erinnerung: Besichtigung heute 11 Uhr",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir erinnern an die Besichtigung heute um 11:00 Uhr. Bitte bringen Sie einen Einkommensnachweis und den Meldezettel mit.

Wohnungsvergabe""",
    ),
    m(
        "5499",
        "2026-02-02 12:05:00 +0100",
        "Tom Whitfield <tom.whitfield@fastmail.com>",
        "Congrats on the new job!",
        E,
        """Saw on LinkedIn you started today – congratulations, mate! Insurance compliance, eh? Drinks on you next time I'm in Vienna.

Tom""",
    ),
    m(
        "5500",
        "2025-09-11 19:00:00 +0200",
        "ORF Fundgrube <noreply@orf-news.at>",
        "ORF Topos: Der Arbeitsmarkt im Herbst",
        D,
        """Lesen Sie heute: Arbeitslosigkeit steigt leicht, aber Finanzbranche sucht weiter Fachkräfte. Ein Interview mit einer AMS-Beraterin.

ORF""",
    ),
]

MAIL += [
    m(
        "5501",
        "2025-09-05 08:10:00 +0200",
        "Der Standard Abo <abo@derstandard-service.at>",
        "Ihr Digitalabo wurde verlängert",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Digitalabo wurde um 12 Monate verlängert. Rechnungsbetrag: EUR 179,00.

Abo-Service""",
    ),
    m(
        "5502",
        "2025-09-08 17:30:00 +0200",
        "Gerti Pammer <gerti.pammer@gmx.at>",
        "Training Dienstag fällt aus",
        D,
        """Hallo alle,

Halle ist am Dienstag wegen Schulveranstaltung gesperrt. Ersatz: Donnerstag 20 Uhr.

Gerti""",
    ),
    m(
        "5503",
        "2025-09-13 10:00:00 +0200",
        "Billa <newsletter@billa-post.at>",
        "Ihre Angebote der Woche",
        D,
        html="""<html><body><p>-25 % auf alles Obst &amp; Gemüse mit der jö Bonus Club Karte. Unsere Angebote gültig bis Mittwoch.</p></body></html>""",
    ),
    m(
        "5504",
        "2025-09-17 12:20:00 +0200",
        "Lisa Brandstätter <lisa.brandstaetter@proton.me>",
        "Buchclub Oktober",
        D,
        """Hallo ihr,

für Oktober schlage ich „Die Wand“ von Marlen Haushofer vor. Treffen am 30.10. bei mir?

Lisa""",
    ),
    m(
        "5505",
        "2025-09-22 16:45:00 +0200",
        "Kindergarten Sonnenblume <anmeldung@kiga-sonnenblume.at>",
        "Herbstfest",
        D,
        """Liebe Eltern,

am Freitag, 3. Oktober, feiern wir unser Herbstfest ab 15 Uhr im Garten. Bitte bringt einen Kuchen mit, wenn ihr mögt.

Claudia""",
    ),
    m(
        "5506",
        "2025-09-25 09:00:00 +0200",
        "Apple <no_reply@email.apple.com>",
        "Ihre Rechnung von Apple",
        D,
        """Apple ID: lukas.brunner-haas@gmx.at
iCloud+ 200 GB – EUR 2,99

Apple Distribution International Ltd.""",
    ),
    m(
        "5507",
        "2025-10-03 13:13:00 +0200",
        "Heimat Wien Mitgliederservice <mitglieder@heimatwien-wohnen.at>",
        "Ihr Genossenschaftsanteil – Bestätigung",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir bestätigen den Eingang Ihres Genossenschaftsanteils von EUR 300,-. Sie sind damit Mitglied der Genossenschaft und für die Wohnungsvergabe vorgemerkt.

Mitgliederservice""",
    ),
    m(
        "5508",
        "2025-10-06 19:05:00 +0200",
        "Lisa Brandstätter <lisa.brandstaetter@proton.me>",
        "Re: Buchclub Oktober",
        D,
        """Super, dann 30.10. um 19 Uhr. Ich mach Kürbissuppe.

Lisa""",
    ),
    m(
        "5509",
        "2025-10-09 08:00:00 +0200",
        "Uber <noreply@uber.com>",
        "Your Thursday morning trip with Uber",
        E,
        """Thanks for riding, Lukas. Total: €14.60. Trip from Landstraßer Hauptstraße to Praterstraße.

Uber""",
    ),
    m(
        "5510",
        "2025-10-10 22:00:00 +0200",
        "Microsoft <microsoft-noreply@microsoft.com>",
        "Your Microsoft 365 subscription will renew soon",
        E,
        """Your Microsoft 365 Family subscription renews on 24 October for €99.00.

Manage subscription""",
    ),
    m(
        "5511",
        "2025-10-13 14:30:00 +0200",
        "Dr. Aigner Ordination <ordination@dr-aigner-zahnarzt.at>",
        "Rechnung Zahnbehandlung",
        D,
        """Sehr geehrter Herr Brunner-Haas,

anbei die Honorarnote über EUR 120,00. Sie können diese bei Ihrer Krankenkasse einreichen.

Ordination Dr. Aigner""",
    ),
    m(
        "5512",
        "2025-10-17 11:00:00 +0200",
        "SV Donaustadt Volleyball <obmann@sv-donaustadt-volley.at>",
        "Ausschreibung Trainer:in U14 – wer hat Lust?",
        D,
        """Liebe Mitglieder,

für unsere U14 suchen wir ab Jänner eine Trainerin oder einen Trainer (ehrenamtlich, Aufwandsentschädigung). Interessierte bitte bis Ende November beim Vorstand melden!

Herbert, Obmann""",
    ),
    m(
        "5513",
        "2025-10-19 15:20:00 +0200",
        "Mama <brigitte.haas@aon.at>",
        "Allerheiligen",
        D,
        """Hallo Lukas,

gehen wir am 1. November gemeinsam zum Friedhof? Danach Kaffee bei uns.

Mama""",
    ),
    m(
        "5514",
        "2025-10-24 18:00:00 +0200",
        "GitHub <noreply@github.com>",
        "[lbh/haushaltsbuch] Dependabot alert",
        E,
        """A moderate severity vulnerability was found in a dependency of lbh/haushaltsbuch (requests < 2.32.4).

GitHub""",
    ),
    m(
        "5515",
        "2025-10-28 09:15:00 +0100",
        "Kreditvergleich Durchblicker <newsletter@durchblicker-news.at>",
        "Vorab genehmigt: Ihr Sofortkredit bis 30.000 €",
        D,
        """Lieber Lukas,

Sie sind vorab genehmigt! Jetzt Kreditrahmen bis EUR 30.000 sichern – Zinsen ab 5,9 % p.a. Angebot nur bis Sonntag.

*Bonität vorausgesetzt.""",
    ),
    m(
        "5516",
        "2025-11-04 06:45:00 +0100",
        "Nightjet <noreply@oebb.at>",
        "Ihre Reise morgen: Check-in Informationen",
        D,
        """Guten Tag,

Ihre Nightjet-Reise nach Zürich startet morgen um 21:27 ab Wien Hbf, Bahnsteig 9. Frühstück ist inkludiert.

ÖBB""",
    ),
    m(
        "5517",
        "2025-11-09 12:00:00 +0100",
        "Tom Whitfield <tom.whitfield@fastmail.com>",
        "Podcast you'd like",
        E,
        """Mate, listen to this week's episode of "Risky Business" – they interview a former FCA enforcement head. Very you.

T.""",
    ),
    m(
        "5518",
        "2025-11-13 17:00:00 +0100",
        "Kindergarten Sonnenblume <anmeldung@kiga-sonnenblume.at>",
        "Laternenfest – Uhrzeit",
        D,
        """Liebe Eltern,

das Laternenfest startet am 11.11. um 17 Uhr. Laternen bitte mit LED-Licht!

Claudia""",
    ),
    m(
        "5519",
        "2025-11-15 10:10:00 +0100",
        "Lisa Brandstätter <lisa.brandstaetter@proton.me>",
        "Buchclub Dezember – Abstimmung",
        D,
        """Ihr Lieben, Dezember: Glühwein-Edition? Bitte bis Freitag abstimmen.

L.""",
    ),
    m(
        "5520",
        "2025-11-19 08:30:00 +0100",
        "willhaben <noreply@willhaben.at>",
        "Suchagent: 12 neue Anzeigen für „Kinderfahrrad 16 Zoll“",
        D,
        """Hallo Lukas,

dein Suchagent hat 12 neue Anzeigen gefunden, z. B. Woom 3 grün – EUR 250, 1030 Wien.

willhaben""",
    ),
    m(
        "5521",
        "2025-11-21 13:30:00 +0100",
        "Gerti Pammer <gerti.pammer@gmx.at>",
        "Re: Kassa-Übergabe",
        D,
        """Passt, Donnerstag. Bis dann!

Gerti""",
    ),
    m(
        "5522",
        "2025-11-23 09:00:00 +0100",
        "Strava <no-reply@strava.com>",
        "Your weekly summary",
        E,
        """This week: 3 activities, 24.6 km, 2h 11m. Nice work!

Strava""",
    ),
    m(
        "5523",
        "2025-11-27 19:10:00 +0100",
        "Christine Haas <christine.haas@a1.net>",
        "Papa 70er – Planung",
        D,
        """Hallo Lukas,

für Papas 70er im März: Ich würde den Heurigen in Grinzing reservieren. Kannst du die Rede übernehmen?

LG Christine""",
    ),
    m(
        "5524",
        "2025-12-04 11:45:00 +0100",
        "Volkshochschule Landstraße <anmeldung@vhs-wien-kurse.at>",
        "Kursausfall am 10. Dezember",
        D,
        """Sehr geehrter Herr Brunner-Haas,

der Kurs Italienisch A2 entfällt am 10. Dezember krankheitsbedingt. Der Ersatztermin ist der 17. Dezember.

Die Wiener Volkshochschulen""",
    ),
    m(
        "5525",
        "2025-12-06 16:00:00 +0100",
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Zugestellt: Ihr Paket",
        D,
        """Ihr Paket wurde zugestellt. Es wurde an der Wohnungstür abgelegt.

Amazon.de""",
    ),
    m(
        "5526",
        "2025-12-08 08:00:00 +0100",
        "Wiener Neustädter Sparkasse Online <service@wrn-sparkasse-online.at>",
        "Auszahlung Ihres Kredits",
        D,
        """Sehr geehrter Herr Brunner-Haas,

der Kreditbetrag von EUR 25.000,- wurde auf Ihr Konto überwiesen. Erste Rate: 1. Jänner 2026.

Ihr Kundenservice""",
    ),
    m(
        "5527",
        "2025-12-12 20:20:00 +0100",
        "Stefan Lechner <stefan.lechner@outlook.com>",
        "Punschstand Freitag",
        D,
        """Punsch am Spittelberg Freitag 18 Uhr? Ich bring die Kinder mit.

S.""",
    ),
    m(
        "5528",
        "2025-12-16 10:00:00 +0100",
        "Post Brief <noreply@post.at>",
        "Neuer Brief in Ihrer digitalen Post",
        D,
        """Ihr Brief von Heimat Wien Gemeinnützige Wohnbau-Gesellschaft liegt in Ihrem digitalen Postkasten.

Österreichische Post AG""",
    ),
    m(
        "5529",
        "2025-12-19 12:00:00 +0100",
        "SV Donaustadt Volleyball <obmann@sv-donaustadt-volley.at>",
        "Frohe Weihnachten & Termine 2026",
        D,
        """Liebe Mitglieder,

frohe Weihnachten! Trainingsbeginn nach den Ferien: 8. Jänner. Die Meisterschaft startet am 17. Jänner.

Herbert""",
    ),
    m(
        "5530",
        "2025-12-23 09:30:00 +0100",
        "Booking.com <noreply@booking.com>",
        "Lukas, prices dropped for your next trip",
        E,
        """Special offer: save 15% on stays in Salzburg and Innsbruck. Book by 31 December.

Booking.com""",
    ),
    m(
        "5531",
        "2025-12-27 14:00:00 +0100",
        "Mama <brigitte.haas@aon.at>",
        "Danke für den schönen Abend",
        D,
        """Lieber Lukas, liebe Julia,

danke für das schöne Weihnachtsfest. Emil war so süß beim Geschenke auspacken!

Bussi Mama""",
    ),
    m(
        "5532",
        "2026-01-03 10:15:00 +0100",
        "ÖGK <noreply@gesundheitskasse.at>",
        "Kostenerstattung: Ihre Wahlarztrechnung",
        D,
        """Ihre eingereichte Rechnung wurde bearbeitet. Erstattungsbetrag: EUR 58,40.

Österreichische Gesundheitskasse""",
    ),
    m(
        "5533",
        "2026-01-07 19:45:00 +0100",
        "Lisa Brandstätter <lisa.brandstaetter@proton.me>",
        "Buchclub Jänner",
        D,
        """Jänner-Buch: „Die Hauptstadt“ von Robert Menasse. Treffen am 29.1.?

L.""",
    ),
    m(
        "5534",
        "2026-01-10 08:00:00 +0100",
        "Fitinn <newsletter@fitinn-news.at>",
        "Neujahrsangebot: 2 Monate gratis",
        D,
        """Bring a friend im Jänner – beide trainieren 2 Monate gratis! Unser bestes Angebot des Jahres.

Fitinn""",
    ),
    m(
        "5535",
        "2026-01-16 16:30:00 +0100",
        "Wien Energie <kundenservice@wienenergie-mail.at>",
        "Ummeldung: Ihr neuer Zählpunkt",
        D,
        """Sehr geehrter Herr Brunner-Haas,

wir bestätigen die Anmeldung Ihres neuen Zählpunkts ab 1. Februar 2026 (Kempelenpark, 1100 Wien).

Wien Energie""",
    ),
    m(
        "5536",
        "2026-01-22 18:00:00 +0100",
        "Compliance Forum Vienna <office@compliance-forum.at>",
        "Danke für Ihre Teilnahme – Unterlagen zum Download",
        D,
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für Ihre Teilnahme am Compliance Jahresforum. Die Präsentationen stehen ab sofort zum Download bereit.

Ihr Compliance Forum Team""",
    ),
    m(
        "5537",
        "2026-01-25 11:20:00 +0100",
        "Heimat Wien Wohnungsvergabe <vergabe@heimatwien-wohnen.at>",
        "Schlüsselübergabe am 31. Jänner",
        D,
        """Sehr geehrter Herr Brunner-Haas,

die Schlüsselübergabe für Top 2/14 findet am Samstag, 31. Jänner, um 10 Uhr statt. Bitte bringen Sie einen Lichtbildausweis mit.

Wohnungsvergabe""",
    ),
    m(
        "5538",
        "2026-01-28 21:00:00 +0100",
        "Umzugsfirma Kratochwil <office@kratochwil-umzuege.at>",
        "Ihr Angebot für den Umzug am 31.1.",
        D,
        """Sehr geehrter Herr Brunner-Haas,

anbei unser Angebot für Ihren Umzug von 1030 nach 1100 Wien: 3 Mann, LKW 7,5 t, Pauschale EUR 890,- inkl. MwSt.

Bitte bestätigen Sie kurz per Mail.

Kratochwil Umzüge""",
    ),
    m(
        "5539",
        "2026-02-01 20:15:00 +0100",
        "Gerti Pammer <gerti.pammer@gmx.at>",
        "Kassabericht Jänner",
        D,
        """Hi Lukas,

kannst du den Kassabericht für Jänner noch bis zur Vorstandssitzung schicken? Danke!

Gerti""",
    ),
    m(
        "5540",
        "2026-02-06 07:30:00 +0100",
        "Duolingo <hello@duolingo.com>",
        "Your weekly progress",
        E,
        """You earned 840 XP this week and moved up to the Sapphire league!

Duolingo""",
    ),
    m(
        "5541",
        "2026-02-11 12:40:00 +0100",
        "Lisa Brandstätter <lisa.brandstaetter@proton.me>",
        "Wie war die erste Woche?",
        D,
        """Hey Lukas,

wie war die erste Woche im neuen Job? Erzähl beim nächsten Buchclub!

L.""",
    ),
    m(
        "5542",
        "2026-02-18 09:00:00 +0100",
        "Der Börsianer Morgenbrief <morgenbrief@boersianer-news.at>",
        "Morgenbrief: Interview mit dem neuen Landbank-Generaldirektor",
        D,
        """Guten Morgen,

im Interview: Der neue Generaldirektor der Landbank Bankengruppe über Regionalität, Zinsen und den Fachkräftemangel in der Compliance.

Ihr Börsianer-Team""",
    ),
    m(
        "5543",
        "2026-02-22 17:00:00 +0100",
        "Christine Haas <christine.haas@a1.net>",
        "Re: Papa 70er – Planung",
        D,
        """Heuriger ist reserviert, 14. März ab 17 Uhr. Danke fürs Übernehmen der Rede!

C.""",
    ),
    m(
        "5544",
        "2026-02-24 08:05:00 +0100",
        "Magenta Telekom <rechnung@magenta-rechnung.at>",
        "Ihr Umzug: Internet am neuen Standort",
        D,
        """Sehr geehrter Herr Brunner-Haas,

Ihr Internetanschluss am neuen Standort ist ab 26. Februar aktiv. Der Techniker kommt zwischen 8 und 12 Uhr.

Magenta Telekom""",
    ),
    m(
        "5545",
        "2025-09-29 20:30:00 +0200",
        "Stefan Lechner <stefan.lechner@outlook.com>",
        "Fwd: Jobangebot für dich?",
        D,
        """Hey, hab das in einer WhatsApp-Gruppe gesehen – „Job“ als Kellner beim Donauinselfest 😂 Nein Spaß, wollt nur fragen ob du am Sonntag zum Fußball kommst.

S.""",
    ),
]
