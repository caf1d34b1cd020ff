"""Seventh held-out corpus: job mail in German and English (Jonas Albrecht, Vienna, 2025)."""

from __future__ import annotations

import hashlib

from heldout3_util import m, reply


def k(n: int) -> str:
    return hashlib.sha1(f"heldout7/{n}".encode()).hexdigest()[:10]


def h(*paras: str, foot: str = "") -> str:
    inner = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
        f"{inner}{foot}</body></html>"
    )


BRENNER_AE = ("Brenner Software", "Account Executive DACH (m/w/d)", 1)
KALTENEGGER = ("Kaltenegger Maschinenbau", "Key Account Manager Industrie (m/w/d)", 2)
LUMORA = ("Lumora", "Customer Success Manager", 3)
GRUENWALD = ("Grünwald Logistik", "Vertriebsmitarbeiter Innendienst (m/w/d)", 4)
OSTARA = ("Ostara Energie", "Key Account Manager B2B (m/w/d)", 5)
FAHRWERK = ("Fahrwerk Mobility", "Sales Development Representative", 6)
ALPENGLAS = ("Alpenglas", "Head of Partnerships", 7)
VIERKANT = ("Vierkant Digital", "Customer Success Manager", 8)
STADLER = ("Stadler & Frisch", "Account Manager (m/w/d)", 9)
HELVION = ("Helvion", "Key Account Manager Schweiz", 10)
QUELLWERK = ("Quellwerk", "Inside Sales Manager (m/w/d)", 11)
BRENNER_CSM = ("Brenner Software", "Customer Success Manager (m/w/d)", 12)
FAHRWERK2 = ("Fahrwerk Mobility", "Sales Development Representative", 13)
TANNHOF = ("Tannhof Medizintechnik", "Vertriebsmitarbeiter Außendienst (m/w/d)", 14)
TIDEWELL = ("Tidewell", "Founding Account Executive", 15)
MUEHLBAUER = ("Mühlbauer Verpackung", "Key Account Manager", 16)
NORTHPEAK = ("Northpeak", "Account Executive, EMEA", 17)
CORALBYTE = ("Coralbyte", "Customer Success Manager", 18)
PLINTH = ("Plinth", "Sales Development Representative (Remote, EMEA)", 19)
MERIDIAN = ("Meridian Ledger", "Enterprise Account Manager", 20)
SALTMARSH = ("Saltmarsh Health", "Customer Success Manager, DACH", 21)
HALDEN = ("Halden Robotics", "Partner Manager", 22)
BRIGHTLOOP = ("Brightloop", "Account Executive", 23)
QUORRA = ("Quorra", "Customer Success Lead", 24)
VANTOR = ("Vantor Cloud", "Sales Development Representative", 25)
OSPREY = ("Osprey Data", "Account Manager", 26)
LINDQVIST = ("Lindqvist & Co", "Head of Partnerships", 27)
FERNHILL = ("Fernhill", "Customer Success Manager", 28)
TESSARACT = ("Tessaract", "Account Executive DACH", 29)
ARDENT = ("Ardent Systems", "Key Account Manager", 30)
PFEIFFER = ("Pfeiffer Gastro Service", "Vertriebsmitarbeiter Innendienst", 31)
COBALT = ("Cobalt Harbor", "Renewals Manager", 32)
KESTRELPAY = ("Kestrelpay", "Account Executive DACH", 33)
SONNLEITNER = ("Sonnleitner Versicherung", "Key Account Manager Firmenkunden", 34)
WOLKENREICH = ("Wolkenreich", "Customer Success Manager", 35)
NORDVIK = ("Nordvik", "Customer Success Manager", 36)
VELLUM = ("Vellum Pay", "Head of Partnerships", 37)

GH_US = "no-reply@us.greenhouse-mail.io"
GH_EU = "no-reply@eu.greenhouse-mail.io"
LI_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"

SIG_BRENNER = """--
Brenner Software GmbH | Lassallestraße 7b, 1020 Wien
Firmenbuch FN 412877 s, Handelsgericht Wien | Geschäftsführer: Mag. Peter Brenner"""

MAIL = [
    # --- Brenner Software, Account Executive (Personio): confirmation, interview, rejection
    m(
        k(1),
        "2025-04-03 09:12",
        "Brenner Software GmbH <no-reply@mail.personio.de>",
        "Ihre Bewerbung als Account Executive DACH (m/w/d)",
        ("confirmation", *BRENNER_AE, "personio", "de"),
        html=h(
            "Sehr geehrter Herr Albrecht,",
            "vielen Dank für Ihre Bewerbung als <b>Account Executive DACH (m/w/d)</b> und Ihr "
            "Interesse an Brenner Software. Ihre Unterlagen sind vollständig bei uns eingegangen.",
            "Wir prüfen Ihr Profil sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.",
            "Mit freundlichen Grüßen<br>Ihr Brenner Software People Team",
            foot='<p style="color:#999;font-size:11px">Diese E-Mail wurde automatisch über '
            "Personio versendet. Bitte antworten Sie nicht auf diese Nachricht.</p>",
        ),
        tz="+0000",
    ),
    m(
        k(2),
        "2025-04-11 14:40",
        "Katharina Moser <katharina.moser@brenner-software.at>",
        "Einladung zum Kennenlerngespräch – Account Executive DACH",
        ("interview", *BRENNER_AE, "direct", "de"),
        text="""Sehr geehrter Herr Albrecht,

vielen Dank nochmals für Ihre Bewerbung. Ihr Werdegang im SaaS-Vertrieb hat
uns neugierig gemacht und wir würden Sie gerne persönlich kennenlernen.

Ich habe Ihnen für Donnerstag, 17. April, 10:00 Uhr eine Einladung über
Teams geschickt. Gesprächspartner sind Herr Brenner (CEO) und ich. Planen
Sie bitte etwa 45 Minuten ein.

Sollte der Termin nicht passen, geben Sie mir kurz Bescheid.

Freundliche Grüße
Katharina Moser
Talent Acquisition

"""
        + SIG_BRENNER,
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000050A1B2C3D4E5",
            "start": "2025-04-17 10:00:00 +0200",
            "minutes": 45,
            "organizer": ("Katharina Moser", "katharina.moser@brenner-software.at"),
            "summary": "Kennenlernen Jonas Albrecht / Brenner Software",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    m(
        k(3),
        "2025-04-29 16:05",
        "Katharina Moser <katharina.moser@brenner-software.at>",
        "Ihre Bewerbung bei Brenner Software",
        ("rejection", *BRENNER_AE, "direct", "de"),
        text="""Sehr geehrter Herr Albrecht,

danke für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen
haben. Ihre Erfahrung im Neukundengeschäft hat uns wirklich überzeugt.

Nach reiflicher Überlegung haben wir uns dennoch für einen Kandidaten
entschieden, der bereits Erfahrung mit unserem Branchensegment mitbringt.
Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Freundliche Grüße
Katharina Moser

"""
        + SIG_BRENNER,
    ),
    # --- Brenner Software, second role (CSM)
    m(
        k(4),
        "2025-05-06 08:31",
        "Brenner Software GmbH <no-reply@mail.personio.de>",
        "Bestätigung Ihrer Bewerbung",
        ("confirmation", *BRENNER_CSM, "personio", "de"),
        html=h(
            "Guten Tag Jonas Albrecht,",
            "wir bestätigen den Eingang Ihrer Bewerbung für die Position "
            "<b>Customer Success Manager (m/w/d)</b> am Standort Wien.",
            "Schön, dass Sie sich erneut für Brenner Software interessieren! Wir melden uns, "
            "sobald wir Ihre Unterlagen gesichtet haben.",
            "Beste Grüße<br>People Team Brenner Software",
        ),
        tz="+0000",
    ),
    m(
        k(5),
        "2025-05-20 11:17",
        "Brenner Software GmbH <no-reply@mail.personio.de>",
        "Ihre Bewerbung: Customer Success Manager (m/w/d)",
        ("rejection", *BRENNER_CSM, "personio", "de"),
        html=h(
            "Sehr geehrter Herr Albrecht,",
            "herzlichen Dank für Ihr erneutes Interesse an Brenner Software.",
            "Leider müssen wir Ihnen mitteilen, dass wir uns im weiteren Auswahlverfahren für "
            "andere Bewerberinnen und Bewerber entschieden haben. Bitte verstehen Sie dies nicht "
            "als Wertung Ihrer Qualifikation.",
            "Ihre Daten werden gemäß DSGVO nach sechs Monaten gelöscht.",
            "Mit besten Grüßen<br>Ihr People Team",
        ),
        tz="+0000",
    ),
    # --- Kaltenegger Maschinenbau (softgarden)
    m(
        k(6),
        "2025-04-07 19:44",
        "Kaltenegger Maschinenbau GmbH <noreply@softgarden.io>",
        "Eingangsbestätigung: Key Account Manager Industrie (m/w/d)",
        ("confirmation", *KALTENEGGER, "other", "de"),
        text="""Sehr geehrter Herr Albrecht,

wir haben Ihre Bewerbung für die Stelle "Key Account Manager Industrie (m/w/d)"
in Linz erhalten. Vielen Dank für Ihr Vertrauen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://kaltenegger.softgarden.io/de/applicant/login

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kaltenegger Maschinenbau GmbH
""",
        tz="+0000",
    ),
    m(
        k(7),
        "2025-05-14 10:02",
        "Kaltenegger Maschinenbau GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung bei Kaltenegger Maschinenbau",
        ("rejection", *KALTENEGGER, "other", "de"),
        text="""Sehr geehrter Herr Albrecht,

nochmals danke für Ihre Bewerbung als Key Account Manager Industrie.

Wir müssen Ihnen heute mitteilen, dass die Stelle bereits besetzt wurde.
Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem
Talentpool behalten - falls Sie nicht einverstanden sind, genügt eine kurze
Nachricht.

Alles Gute für Ihre Jobsuche!
Recruiting Kaltenegger
""",
        tz="+0000",
    ),
    # --- Lumora (JOIN, du): confirmation, interview (Calendly), offer, counter-offer
    m(
        k(8),
        "2025-06-02 13:20",
        "Lumora via JOIN <noreply@join.com>",
        "Deine Bewerbung bei Lumora ist eingegangen",
        ("confirmation", *LUMORA, "other", "de"),
        html=h(
            "Hallo Jonas,",
            "danke für deine Bewerbung als <b>Customer Success Manager</b> bei Lumora! 🎉",
            "Das Team schaut sich dein Profil in den nächsten Tagen an. Du erhältst eine "
            "Nachricht, sobald es Neuigkeiten gibt.",
            "Viel Erfolg!<br>Dein JOIN Team im Namen von Lumora",
            foot='<p style="font-size:11px;color:#888">JOIN Solutions AG, Zürich · '
            "Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>",
        ),
        tz="+0000",
    ),
    m(
        k(9),
        "2025-06-05 09:48",
        "Lea Hofstätter <lea@lumora.io>",
        "Kurzer Call nächste Woche?",
        ("interview", *LUMORA, "direct", "de"),
        text="""Hi Jonas,

ich bin Lea, Head of Customer Success bei Lumora. Deine Bewerbung hat mir
richtig gut gefallen, vor allem die Onboarding-Geschichte bei deinem letzten
Arbeitgeber.

Hast du Lust auf einen ersten Call (30 min, Google Meet)? Such dir einfach
einen Slot aus: https://calendly.com/lea-lumora/30min

Liebe Grüße aus Berlin
Lea

Lumora GmbH · Torstraße 140 · 10119 Berlin
""",
    ),
    m(
        k(10),
        "2025-06-05 10:31",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Jonas Albrecht und Lea Hofstätter – Di., 10. Juni 2025",
        ("interview", *LUMORA, "other", "de"),
        html=h(
            "Hallo Jonas Albrecht,",
            "Ihr Termin ist geplant.",
            "<b>Was:</b> 30 Minuten Meeting zwischen Lea Hofstätter und Jonas Albrecht<br>"
            "<b>Wann:</b> 11:00 - 11:30, Dienstag, 10. Juni 2025 (Mitteleuropäische Zeit)<br>"
            "<b>Wo:</b> Google Meet (die Einladung folgt)",
            '<a href="https://calendly.com/reschedulings/abc">Verschieben</a> · '
            '<a href="https://calendly.com/cancellations/abc">Absagen</a>',
        ),
        tz="+0000",
    ),
    m(
        k(11),
        "2025-07-01 17:55",
        "Lea Hofstätter <lea@lumora.io>",
        "Dein Angebot von Lumora 🚀",
        ("offer", *LUMORA, "direct", "de"),
        text="""Hey Jonas,

nach den Gesprächen mit Tobi und dem Case mit dem Team sind wir uns einig:
wir wollen dich unbedingt an Bord haben!

Im Anhang findest du unser Angebot als PDF (CSM, Remote aus Wien mit
einer Woche pro Quartal in Berlin, 58.000 € Fixum + 8.000 € Bonus,
Start 1. September).

Lass uns gerne Ende der Woche telefonieren, falls du Fragen hast.

Liebe Grüße
Lea
""",
        attach=[("Lumora_Angebot_Jonas_Albrecht.pdf", "application/pdf", "%PDF-1.4 offer")],
    ),
    m(
        k(12),
        "2025-07-04 12:10",
        "Lea Hofstätter <lea@lumora.io>",
        "Re: Dein Angebot von Lumora 🚀",
        ("offer", *LUMORA, "direct", "de"),
        text="""Hi Jonas,

danke für deine ehrliche Rückmeldung. Ich habe mit Tobi gesprochen: beim
Fixum können wir auf 62.000 € gehen, dazu ein Weiterbildungsbudget von
1.500 € im Jahr. Mehr ist in dieser Runde leider nicht drin.

Die aktualisierte Version hängt an. Gib uns bis nächsten Freitag Bescheid?

Lea

Am Do., 3. Juli 2025 um 21:14 Uhr schrieb Jonas Albrecht
<jonas.albrecht@donaupost.at>:
> Hallo Lea,
>
> vielen Dank für das Angebot, ich freue mich sehr! Beim Fixum hatte ich
> mit etwas mehr gerechnet, eher 65.000 €, da ich aktuell bei 61.000 bin.
> Gibt es da Spielraum?
>
> Liebe Grüße
> Jonas
""",
        attach=[("Lumora_Angebot_v2.pdf", "application/pdf", "%PDF-1.4 offer v2")],
        headers=reply(k(11), "lea@lumora.io"),
    ),
    # --- Grünwald Logistik (d.vinci): confirmation only (ghosted)
    m(
        k(13),
        "2025-04-15 07:58",
        "Grünwald Logistik Karriere <noreply@dvinci-hr.com>",
        "Ihre Bewerbung - Vertriebsmitarbeiter Innendienst (m/w/d)",
        ("confirmation", *GRUENWALD, "other", "de"),
        text="""Sehr geehrter Herr Albrecht,

herzlichen Dank für Ihre Online-Bewerbung und das damit verbundene Interesse
an unserem Unternehmen.

Wir werden Ihre Unterlagen prüfen. Aufgrund der hohen Anzahl an Bewerbungen
können wir leider nicht jedem Bewerber individuell antworten; sollten Sie
innerhalb von vier Wochen nichts von uns hören, haben wir uns für andere
Kandidaten entschieden.

Mit freundlichen Grüßen
Personalabteilung
Grünwald Logistik GmbH & Co KG, Wiener Neudorf
""",
    ),
    # --- Ostara Energie (rexx): confirmation, on hold
    m(
        k(14),
        "2025-05-12 15:36",
        "Ostara Energie Recruiting <bewerbung@ostara-energie.rexx-recruitment.com>",
        "Eingang Ihrer Bewerbung (Ref. 2025-118)",
        ("confirmation", *OSTARA, "other", "de"),
        text="""Sehr geehrter Herr Albrecht,

Ihre Bewerbung auf die Position Key Account Manager B2B (m/w/d), Referenz
2025-118, ist bei uns eingegangen. Vielen Dank!

Wir melden uns so bald wie möglich.

Freundliche Grüße
Ostara Energie AG - Human Resources
Firmenbuch FN 223344 a, Landesgericht St. Pölten
""",
    ),
    m(
        k(15),
        "2025-06-16 09:22",
        "Ostara Energie Recruiting <bewerbung@ostara-energie.rexx-recruitment.com>",
        "Information zu Ihrer Bewerbung (Ref. 2025-118)",
        ("confirmation", *OSTARA, "other", "de"),
        text="""Sehr geehrter Herr Albrecht,

wir möchten Sie über den aktuellen Stand informieren: aufgrund einer
internen Umstrukturierung im Vertrieb ist das Auswahlverfahren für die
Position Key Account Manager B2B derzeit pausiert.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald wir die Stelle
wieder aufnehmen, kommen wir unaufgefordert auf Sie zu.

Wir bitten um Ihr Verständnis.
Ostara Energie AG - Human Resources
""",
        st="on_hold",
    ),
    # --- Fahrwerk Mobility (Teamtailor, du): confirmation, TestGorilla, rejection
    m(
        k(16),
        "2025-04-22 18:03",
        "Fahrwerk Mobility <no-reply@teamtailor-mail.com>",
        "Danke für deine Bewerbung, Jonas!",
        ("confirmation", *FAHRWERK, "teamtailor", "de"),
        html=h(
            "Hey Jonas 👋",
            "cool, dass du Teil von Fahrwerk werden willst! Wir haben deine Bewerbung als "
            "<b>Sales Development Representative</b> erhalten.",
            "Wir sind ein kleines Team und lesen jede Bewerbung selbst - gib uns ein paar Tage.",
            "Bis bald<br>Das Fahrwerk Team",
        ),
        tz="+0000",
    ),
    m(
        k(17),
        "2025-04-25 10:15",
        "Fahrwerk Mobility via TestGorilla <no-reply@testgorilla.com>",
        "Fahrwerk Mobility lädt dich zu einem Assessment ein",
        ("assessment", *FAHRWERK, "other", "de"),
        html=h(
            "Hallo Jonas,",
            "Fahrwerk Mobility hat dich eingeladen, das Assessment "
            "<b>SDR – Sales Aptitude &amp; English</b> abzuschließen.",
            "Dauer: ca. 35 Minuten. Bitte schließe den Test bis zum 2. Mai ab.",
            '<a href="https://app.testgorilla.com/s/abc123">Assessment starten</a>',
        ),
        tz="+0000",
    ),
    m(
        k(18),
        "2025-05-08 16:47",
        "Fahrwerk Mobility <no-reply@teamtailor-mail.com>",
        "Deine Bewerbung",
        ("rejection", *FAHRWERK, "teamtailor", "de"),
        html=h(
            "Hi Jonas,",
            "danke, dass du dir die Zeit für den Test und unsere Fragen genommen hast - "
            "deine Antworten zur Outbound-Strategie fanden wir echt stark.",
            "Leider haben wir uns diesmal für jemanden entschieden, der schon Erfahrung "
            "im Mobility-Markt hat. Schau gerne wieder auf unserer Karriereseite vorbei!",
            "Alles Liebe<br>Mia vom Fahrwerk Team",
        ),
        tz="+0000",
    ),
    # --- Fahrwerk Mobility again (re-application, September)
    m(
        k(19),
        "2025-09-15 08:12",
        "Fahrwerk Mobility <no-reply@teamtailor-mail.com>",
        "Danke für deine Bewerbung, Jonas!",
        ("confirmation", *FAHRWERK2, "teamtailor", "de"),
        html=h(
            "Hey Jonas 👋",
            "schön, wieder von dir zu hören! Deine Bewerbung als "
            "<b>Sales Development Representative</b> ist bei uns angekommen.",
            "Wir melden uns in den nächsten Tagen.",
            "Bis bald<br>Das Fahrwerk Team",
        ),
        tz="+0000",
    ),
    # --- Alpenglas via executive search (agency)
    m(
        k(20),
        "2025-04-24 11:30",
        "Dr. Bernhard Roth <b.roth@hartmann-roth.at>",
        "Vertrauliche Anfrage – Head of Partnerships",
        ("outreach", None, "Head of Partnerships", None, "agency", "de"),
        text="""Sehr geehrter Herr Albrecht,

im Auftrag eines traditionsreichen, international tätigen Herstellers aus
Tirol suche ich eine:n Head of Partnerships, die/der das Händler- und
Partnernetz in DACH und CEE aufbaut.

Ihr Profil auf LinkedIn passt aus meiner Sicht ausgezeichnet. Hätten Sie
Zeit für ein vertrauliches Telefonat in den nächsten Tagen?

Mit freundlichen Grüßen
Dr. Bernhard Roth
Partner
Hartmann & Roth Executive Search GmbH
Kärntner Ring 12, 1010 Wien | +43 1 512 44 80
""",
    ),
    m(
        k(21),
        "2025-05-05 17:20",
        "Dr. Bernhard Roth <b.roth@hartmann-roth.at>",
        "AW: Vertrauliche Anfrage – Head of Partnerships",
        ("confirmation", *ALPENGLAS, "agency", "de"),
        text="""Lieber Herr Albrecht,

danke für das gute Telefonat. Wie besprochen habe ich Ihre Unterlagen heute
an meinen Mandanten weitergeleitet - es handelt sich, wie angekündigt, um
die Alpenglas GmbH in Kufstein.

Ich melde mich, sobald ich Feedback habe.

Beste Grüße
Bernhard Roth

Von: Jonas Albrecht <jonas.albrecht@donaupost.at>
Gesendet: Freitag, 2. Mai 2025 08:41
An: Dr. Bernhard Roth <b.roth@hartmann-roth.at>
Betreff: AW: Vertrauliche Anfrage – Head of Partnerships

Sehr geehrter Herr Roth,

anbei wie besprochen mein Lebenslauf. Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jonas Albrecht
""",
        headers=reply(k(20), "b.roth@hartmann-roth.at"),
    ),
    m(
        k(22),
        "2025-05-13 13:05",
        "Dr. Bernhard Roth <b.roth@hartmann-roth.at>",
        "Alpenglas – Termin mit Frau Dr. Strasser",
        ("interview", *ALPENGLAS, "agency", "de"),
        text="""Lieber Herr Albrecht,

gute Nachrichten: Frau Dr. Strasser (Geschäftsführerin Vertrieb) möchte Sie
kennenlernen. Vorgeschlagen ist Mittwoch, 21. Mai, 14:00 Uhr, persönlich in
Kufstein; die Reisekosten übernimmt der Mandant.

Bitte bestätigen Sie mir kurz, dann schicke ich die Details.

Herzliche Grüße
Bernhard Roth
Hartmann & Roth Executive Search
""",
    ),
    m(
        k(23),
        "2025-06-03 09:50",
        "Dr. Bernhard Roth <b.roth@hartmann-roth.at>",
        "Rückmeldung Alpenglas",
        ("rejection", *ALPENGLAS, "agency", "de"),
        text="""Lieber Herr Albrecht,

ich habe heute mit Frau Dr. Strasser gesprochen. Sie war von Ihrer Energie
und Ihrer Präsentation sehr angetan, hat sich aber letztlich für einen
Kandidaten mit Erfahrung im Glas- und Baustoffhandel entschieden.

Ich bedaure das, weil ich Sie für eine starke Wahl gehalten hätte, und
würde gerne bei künftigen Mandaten wieder auf Sie zukommen.

Herzliche Grüße
Bernhard Roth
""",
    ),
    # --- Vierkant Digital (karriere.at, then direct rejection)
    m(
        k(24),
        "2025-05-19 20:11",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung an Vierkant Digital wurde versendet",
        ("confirmation", *VIERKANT, "other", "de"),
        html=h(
            "Hallo Jonas,",
            "deine Bewerbung für <b>Customer Success Manager</b> bei "
            "<b>Vierkant Digital GmbH</b> (Wien) wurde erfolgreich übermittelt.",
            "Tipp: Unter „Meine Bewerbungen“ behältst du den Überblick.",
            "Viel Erfolg wünscht dir<br>dein karriere.at Team",
        ),
        tz="+0000",
    ),
    m(
        k(25),
        "2025-06-04 15:28",
        "Sabine Kornherr <s.kornherr@vierkant.digital>",
        "Ihre Bewerbung als Customer Success Manager",
        ("rejection", *VIERKANT, "direct", "de"),
        text="""Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Bewerbung und das nette Telefonat letzte Woche. Ihre
Erfahrung mit Enterprise-Kunden hat uns beeindruckt.

Nach reiflicher Überlegung haben wir uns jedoch entschieden, den Prozess mit
einer Kandidatin fortzusetzen, deren Profil noch etwas besser zu unseren
aktuellen Anforderungen passt.

Wir wünschen Ihnen viel Erfolg!

Mit freundlichen Grüßen
Sabine Kornherr
HR Business Partner
Vierkant Digital GmbH | FN 501233 k | Geschäftsführer: Lukas Vierthaler
""",
    ),
    # --- Stadler & Frisch (StepStone, then direct rejection)
    m(
        k(26),
        "2025-06-10 12:44",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde versendet: Account Manager (m/w/d)",
        ("confirmation", *STADLER, "other", "de"),
        html=h(
            "Hallo Jonas Albrecht,",
            "Ihre Bewerbung auf <b>Account Manager (m/w/d)</b> bei "
            "<b>Stadler &amp; Frisch GmbH</b>, München, wurde erfolgreich versendet.",
            "Wir drücken Ihnen die Daumen!",
            "Ihr StepStone Team",
        ),
        tz="+0000",
    ),
    m(
        k(27),
        "2025-07-08 08:05",
        "Stadler & Frisch Personal <personal@stadler-frisch.de>",
        "Ihre Bewerbung bei Stadler & Frisch",
        ("rejection", *STADLER, "direct", "de"),
        text="""Sehr geehrter Herr Albrecht,

wir danken Ihnen für Ihre Bewerbung als Account Manager und das Interesse
an unserem Haus.

Leider können wir Ihnen keine positive Nachricht geben: wir haben uns für
eine andere Bewerberin entschieden.

Ihre Unterlagen löschen wir gemäß den datenschutzrechtlichen Vorgaben.

Mit freundlichen Grüßen
i. A. Petra Lindl
Stadler & Frisch GmbH, Landsberger Str. 88, 80339 München
Sitz München, HRB 178822, Geschäftsführer: Anton Stadler
""",
    ),
    # --- Helvion (SmartRecruiters, Zürich): confirmation, SHL, interview, withdrawn
    m(
        k(28),
        "2025-08-04 06:40",
        "Helvion AG <noreply@smartrecruiters.com>",
        "Vielen Dank für Ihre Bewerbung bei Helvion",
        ("confirmation", *HELVION, "smartrecruiters", "de"),
        html=h(
            "Grüezi Herr Albrecht",
            "Vielen Dank für Ihre Bewerbung als <b>Key Account Manager Schweiz</b>. Wir haben "
            "Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.",
            "Freundliche Grüsse<br>Talent Acquisition Helvion AG",
        ),
        tz="+0000",
    ),
    m(
        k(29),
        "2025-08-12 13:00",
        "SHL <noreply@shl.com>",
        "Helvion AG – Einladung zur Online-Testung",
        ("assessment", *HELVION, "other", "de"),
        text="""Sehr geehrter Herr Albrecht

Im Rahmen Ihrer Bewerbung als Key Account Manager Schweiz lädt Sie die
Helvion AG ein, folgende Online-Tests zu absolvieren:

- Verbal Reasoning (ca. 17 Minuten)
- Occupational Personality Questionnaire (ca. 25 Minuten)

Bitte schliessen Sie die Tests bis 19.08.2025 ab:
https://online.shl.com/login?invite=HLV77812

Mit freundlichen Grüssen
SHL im Auftrag der Helvion AG
""",
        tz="+0000",
    ),
    m(
        k(30),
        "2025-08-27 10:18",
        "Reto Baumgartner <reto.baumgartner@helvion.ch>",
        "Interview Key Account Manager Schweiz",
        ("interview", *HELVION, "direct", "de"),
        text="""Grüezi Herr Albrecht

Besten Dank für die absolvierten Tests. Gerne laden wir Sie zu einem
Video-Interview ein: Donnerstag, 4. September, 15:30 Uhr, via Teams.

Teilnehmer: Reto Baumgartner (Head of Sales Schweiz), Nina Keller (HR).

Freundliche Grüsse
Reto Baumgartner
Helvion AG | Hardturmstrasse 161 | 8005 Zürich
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2HLV0904",
            "start": "2025-09-04 15:30:00 +0200",
            "minutes": 60,
            "organizer": ("Reto Baumgartner", "reto.baumgartner@helvion.ch"),
            "attendees": [("Nina Keller", "nina.keller@helvion.ch")],
            "summary": "Interview Jonas Albrecht – KAM Schweiz",
            "location": "Microsoft Teams",
        },
    ),
    m(
        k(31),
        "2025-10-13 11:42",
        "Nina Keller <nina.keller@helvion.ch>",
        "AW: Rückzug meiner Bewerbung",
        ("confirmation", *HELVION, "direct", "de"),
        text="""Grüezi Herr Albrecht

Vielen Dank für Ihre offene Rückmeldung. Wir bestätigen Ihnen hiermit den
Rückzug Ihrer Bewerbung und haben Sie aus dem Prozess genommen.

Schade, aber wir gratulieren Ihnen herzlich zur neuen Stelle und wünschen
Ihnen einen guten Start!

Freundliche Grüsse
Nina Keller, HR Helvion AG

-----Ursprüngliche Nachricht-----
Von: Jonas Albrecht <jonas.albrecht@donaupost.at>
Gesendet: Samstag, 11. Oktober 2025 19:02
An: Nina Keller <nina.keller@helvion.ch>
Betreff: Rückzug meiner Bewerbung

Liebe Frau Keller, ich habe ein anderes Angebot angenommen und ziehe meine
Bewerbung daher zurück. Danke für den fairen Prozess!
""",
        st="withdrawn",
    ),
    # --- Quellwerk (XING), ghosted
    m(
        k(32),
        "2025-07-22 21:09",
        "XING <noreply@xing.com>",
        "Ihre Bewerbung bei Quellwerk GmbH",
        ("confirmation", *QUELLWERK, "other", "de"),
        html=h(
            "Hallo Jonas,",
            "Ihre Bewerbung für <b>Inside Sales Manager (m/w/d)</b> wurde an "
            "<b>Quellwerk GmbH</b> in Graz gesendet.",
            "Wir informieren Sie, sobald sich der Status ändert.",
            "Ihr XING Team",
        ),
        tz="+0000",
    ),
    # --- Tannhof Medizintechnik (Workday, German)
    m(
        k(33),
        "2025-06-18 07:14",
        "Tannhof Medizintechnik <tannhof@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung",
        ("confirmation", *TANNHOF, "workday", "de"),
        html=h(
            "Hallo Jonas,",
            "vielen Dank für Ihre Bewerbung für die Stelle R-10482 Vertriebsmitarbeiter "
            "Außendienst (m/w/d), Region Österreich Ost.",
            "Sie können den Status Ihrer Bewerbung jederzeit im Kandidatenportal einsehen.",
            "Mit freundlichen Grüßen<br>Tannhof Medizintechnik Talent Acquisition",
        ),
        tz="+0000",
    ),
    m(
        k(34),
        "2025-07-30 15:33",
        "Tannhof Medizintechnik <tannhof@myworkday.com>",
        "Update zu Ihrer Bewerbung",
        ("rejection", *TANNHOF, "workday", "de"),
        html=h(
            "Hallo Jonas,",
            "vielen Dank für Ihr Interesse an der Stelle R-10482 Vertriebsmitarbeiter "
            "Außendienst (m/w/d).",
            "Wir haben Ihre Qualifikationen sorgfältig geprüft. Leider haben wir uns "
            "entschieden, mit anderen Kandidatinnen und Kandidaten fortzufahren, deren "
            "Erfahrung enger zu den Anforderungen passt.",
            "Wir ermutigen Sie, sich auch künftig auf passende Stellen zu bewerben.",
            "Mit freundlichen Grüßen<br>Tannhof Medizintechnik",
        ),
        tz="+0000",
    ),
    # --- Tidewell (Wellfound; founder from gmail)
    m(
        k(35),
        "2025-06-23 17:02",
        "Wellfound <team@hi.wellfound.com>",
        "Your application to Tidewell was sent",
        ("confirmation", *TIDEWELL, "wellfound", "en"),
        html=h(
            "Hi Jonas,",
            "Your application for <b>Founding Account Executive</b> at <b>Tidewell</b> has been "
            "sent. The team typically responds within a week.",
            "Good luck!<br>— The Wellfound Team",
        ),
        tz="+0000",
    ),
    m(
        k(36),
        "2025-06-25 23:41",
        "Rafael Santori <rafa.santori@gmail.com>",
        "Quick chat?",
        ("interview", *TIDEWELL, "direct", "en"),
        text="""Hey Jonas,

saw your note about selling into Mittelstand manufacturers - that's exactly
the motion we need to crack. Would love a 30 min video chat this week.
Thursday 4pm CET or Friday morning work?

Cheers,
Rafa

--
Rafael Santori
Co-founder & CEO, Tidewell
Sent from my iPhone
""",
    ),
    m(
        k(37),
        "2025-07-09 08:26",
        "Rafael Santori <rafa.santori@gmail.com>",
        "Re: Quick chat?",
        ("rejection", *TIDEWELL, "direct", "en"),
        text="""Hi Jonas,

thanks again for the great conversation and the deck you sent afterwards.
Honest answer: we've decided to hold off on the AE hire and go founder-led
a bit longer, and if we hire it will be someone based in Munich. So it's a
no for now, sorry - I really enjoyed talking to you.

Best,
Rafa

On Fri, Jun 27, 2025 at 10:58 AM Jonas Albrecht <jonas.albrecht@donaupost.at> wrote:
> Hi Rafa, thanks for your time today! Attached the short deck I mentioned.
> Jonas
""",
        headers=reply(k(36), "rafa.santori@gmail.com"),
    ),
    # --- Mühlbauer Verpackung: employer only in the sender domain
    m(
        k(38),
        "2025-05-27 10:40",
        "Personalabteilung <personal@muehlbauer-verpackung.at>",
        "Ihre Bewerbung",
        ("confirmation", *MUEHLBAUER, "direct", "de"),
        text="""Sehr geehrter Herr Albrecht,

wir bedanken uns für Ihre Bewerbung als Key Account Manager und bestätigen
den Eingang Ihrer Unterlagen. Wir melden uns in Kürze.

Mit freundlichen Grüßen
Ihre Personalabteilung
""",
    ),
    m(
        k(39),
        "2025-06-06 13:55",
        "Herbert Pichler <h.pichler@muehlbauer-verpackung.at>",
        "Termin Vorstellungsgespräch",
        ("interview", *MUEHLBAUER, "direct", "de"),
        text="""Sehr geehrter Herr Albrecht,

wie heute telefonisch vereinbart bestätige ich Ihnen den Termin für das
Vorstellungsgespräch am Dienstag, 17. Juni 2025 um 9:30 Uhr bei uns im Werk
in Traiskirchen. Bitte melden Sie sich beim Empfang.

Mit freundlichen Grüßen
Herbert Pichler
Verkaufsleitung
""",
    ),
    # --- Northpeak (Greenhouse US): confirmation, interview, rejection
    m(
        k(40),
        "2025-04-09 16:22",
        f"Northpeak <{GH_US}>",
        "Thank you for applying to Northpeak",
        ("confirmation", *NORTHPEAK, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "Thanks for your interest in Northpeak! We received your application for "
            "<b>Account Executive, EMEA</b>.",
            "Our team reviews every application and will reach out if there is a fit. Due to "
            "the volume of applications, unfortunately we may not be able to respond to "
            "everyone individually.",
            "Best,<br>Northpeak Talent Team",
        ),
        tz="+0000",
    ),
    m(
        k(41),
        "2025-04-16 19:08",
        f"Dana Whitcombe <{GH_US}>",
        "Northpeak: Let's schedule your interview",
        ("interview", *NORTHPEAK, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "Great news - the hiring team would like to move forward with a 45 minute "
            "conversation with Priya Raman, our Regional Director EMEA.",
            "Please share your availability using the link below:",
            '<a href="https://app.greenhouse.io/scheduling/availability/abc">'
            "Submit availability</a>",
            "Talk soon,<br>Dana Whitcombe<br>Senior Recruiter, Northpeak",
        ),
        tz="+0000",
    ),
    m(
        k(42),
        "2025-05-02 20:30",
        f"Dana Whitcombe <{GH_US}>",
        "Update on your application",
        ("rejection", *NORTHPEAK, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "Thank you for taking the time to meet with Priya. She really enjoyed hearing about "
            "how you rebuilt the partner pipeline at your current company.",
            "After careful consideration, we have decided not to move forward with your "
            "candidacy at this time. We'd love to stay in touch as we keep growing in EMEA.",
            "All the best,<br>Dana",
        ),
        tz="+0000",
    ),
    # --- Coralbyte (Lever)
    m(
        k(43),
        "2025-04-14 10:05",
        "Coralbyte <no-reply@hire.lever.co>",
        "Thanks for applying to Coralbyte!",
        ("confirmation", *CORALBYTE, "lever", "en"),
        text="""Hi Jonas,

Thanks for applying for the Customer Success Manager role at Coralbyte. We're
excited that you're interested in helping our customers get more out of
their data.

We'll review your application and get back to you soon.

Cheers,
The Coralbyte Team
London, UK
""",
        tz="+0100",
    ),
    m(
        k(44),
        "2025-05-21 14:12",
        "Ellie Marsh <no-reply@hire.lever.co>",
        "Following up",
        ("rejection", *CORALBYTE, "lever", "en"),
        text="""Hi Jonas,

Following up on your application for Customer Success Manager - apologies
for the slow reply. We were impressed by your background with mid-market
accounts, but we've decided to progress with candidates based in the UK for
this role.

Thanks again for thinking of Coralbyte, and best of luck with your search.

Ellie Marsh
People Partner, Coralbyte
""",
        tz="+0100",
    ),
    # --- Plinth (Ashby): confirmation, Criteria, HireVue, rejection
    m(
        k(45),
        "2025-05-05 15:50",
        "Plinth Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Plinth",
        ("confirmation", *PLINTH, "ashby", "en"),
        html=h(
            "Hi Jonas,",
            "Thanks so much for applying to the <b>Sales Development Representative (Remote, "
            "EMEA)</b> role at Plinth. We've received your application and our team will "
            "review it shortly.",
            "If you are not selected for this position, we will keep your profile on file "
            "for future openings.",
            "The Plinth Team",
        ),
        tz="+0000",
    ),
    m(
        k(46),
        "2025-05-07 12:31",
        "Criteria <noreply@criteriacorp.com>",
        "Plinth: complete your assessment",
        ("assessment", *PLINTH, "other", "en"),
        text="""Hello Jonas Albrecht,

Plinth has invited you to complete an assessment as part of your
application for Sales Development Representative (Remote, EMEA).

Assessment: CCAT + Sales Personality
Estimated time: 30 minutes
Deadline: May 12, 2025

Start here: https://www.ondemandassessment.com/link/index/JB-PL88?u=119

Criteria Corp
""",
        tz="+0000",
    ),
    m(
        k(47),
        "2025-05-15 18:44",
        "Plinth <noreply@hirevue.com>",
        "Next step: your on-demand video interview with Plinth",
        ("assessment", *PLINTH, "hirevue", "en"),
        html=h(
            "Hi Jonas,",
            "Congratulations on moving to the next step! Please complete a short on-demand "
            "video interview. You'll answer 5 questions on camera, at a time that suits you.",
            '<a href="https://app.hirevue.com/interviews/plinth/sdr-emea">Start interview</a>',
            "Please complete it within 5 days.",
        ),
        tz="+0000",
    ),
    m(
        k(48),
        "2025-05-28 22:03",
        "Plinth Hiring Team <no-reply@ashbyhq.com>",
        "Your application to Plinth",
        ("rejection", *PLINTH, "ashby", "en"),
        html=h(
            "Hi Jonas,",
            "Thanks for recording your video interview - we appreciated your energy.",
            "Unfortunately, we won't be moving forward with your application for this role. "
            "We received a very high number of strong applications.",
            "We wish you the best,<br>Plinth Recruiting",
        ),
        tz="+0000",
    ),
    # --- Meridian Ledger (Workday)
    m(
        k(49),
        "2025-06-12 13:11",
        "Meridian Ledger <meridianledger@myworkday.com>",
        "Meridian Ledger - Application Received",
        ("confirmation", *MERIDIAN, "workday", "en"),
        html=h(
            "Dear Jonas,",
            "Thank you for applying to the Enterprise Account Manager position (JR-2217) at "
            "Meridian Ledger. Your application has been received.",
            "You can track its status in our Candidate Home.",
            "Regards,<br>Meridian Ledger Talent Acquisition",
        ),
        tz="+0000",
    ),
    m(
        k(50),
        "2025-07-17 13:40",
        "Meridian Ledger <meridianledger@myworkday.com>",
        "Regarding your application for JR-2217",
        ("rejection", *MERIDIAN, "workday", "en"),
        html=h(
            "Dear Jonas,",
            "Thank you for your interest in the Enterprise Account Manager role. We wanted to "
            "let you know that this position has been filled.",
            "We encourage you to apply to other roles at Meridian Ledger that match your "
            "experience.",
            "Sincerely,<br>Meridian Ledger",
        ),
        tz="+0000",
    ),
    # --- Saltmarsh Health (iCIMS), ghosted
    m(
        k(51),
        "2025-07-01 14:19",
        "Saltmarsh Health Careers <donotreply@icims.com>",
        "Saltmarsh Health - we received your application",
        ("confirmation", *SALTMARSH, "icims", "en"),
        text="""Dear Jonas,

Thank you for your interest in the Customer Success Manager, DACH position
(Req ID 2025-4471) at Saltmarsh Health.

Our recruiting team will review your qualifications. If you are not
selected for an interview, we will keep your resume on file. Please note we
are unable to respond to phone or email inquiries.

Saltmarsh Health Talent Acquisition
""",
        tz="+0000",
    ),
    # --- Halden Robotics (Recruitee): confirmation, interview, reschedule, rejection
    m(
        k(52),
        "2025-07-07 09:00",
        "Halden Robotics <no-reply@recruitee.com>",
        "Application received – Partner Manager",
        ("confirmation", *HALDEN, "recruitee", "en"),
        html=h(
            "Hi Jonas,",
            "We've received your application for <b>Partner Manager</b> at Halden Robotics. "
            "Thank you!",
            "You'll hear from us within 10 working days.",
            "Halden Robotics · Eindhoven",
        ),
        tz="+0000",
    ),
    m(
        k(53),
        "2025-07-15 11:24",
        "Joost van Leeuwen <joost@haldenrobotics.example>",
        "Halden Robotics – first interview",
        ("interview", *HALDEN, "direct", "en"),
        text="""Hi Jonas,

thanks for your application! I'd like to invite you to a first video call
about the Partner Manager role. I've sent an invite for Tuesday 22 July,
14:00 CEST.

Kind regards,
Joost van Leeuwen
Head of Channel, Halden Robotics
""",
        ics={
            "uid": "hr-intv-7f1a2@haldenrobotics.example",
            "start": "2025-07-22 14:00:00 +0200",
            "minutes": 45,
            "organizer": ("Joost van Leeuwen", "joost@haldenrobotics.example"),
            "summary": "Halden Robotics <> Jonas Albrecht",
            "location": "https://meet.google.com/xyz-abcd-efg",
        },
    ),
    m(
        k(54),
        "2025-07-21 16:47",
        "Joost van Leeuwen <joost@haldenrobotics.example>",
        "Moving our call",
        ("interview", *HALDEN, "direct", "en"),
        text="""Hi Jonas,

sorry for the short notice - something came up with a customer tomorrow.
Could we move our call to Thursday 24 July, same time? I've updated the
invite.

Joost
""",
        ics={
            "uid": "hr-intv-7f1a2@haldenrobotics.example",
            "start": "2025-07-24 14:00:00 +0200",
            "minutes": 45,
            "sequence": 1,
            "organizer": ("Joost van Leeuwen", "joost@haldenrobotics.example"),
            "summary": "Halden Robotics <> Jonas Albrecht",
            "location": "https://meet.google.com/xyz-abcd-efg",
        },
    ),
    m(
        k(55),
        "2025-08-06 10:09",
        "Halden Robotics <no-reply@recruitee.com>",
        "Update regarding your application",
        ("rejection", *HALDEN, "recruitee", "en"),
        html=h(
            "Hi Jonas,",
            "Thank you for your time and the good conversation with Joost.",
            "We regret to inform you that we have chosen another candidate whose experience "
            "with industrial distributors is closer to what we need right now.",
            "Best regards,<br>Halden Robotics",
        ),
        tz="+0000",
    ),
    # --- Brightloop (Workable)
    m(
        k(56),
        "2025-08-11 18:15",
        "Brightloop <noreply@candidates.workablemail.com>",
        "Your application for Account Executive at Brightloop",
        ("confirmation", *BRIGHTLOOP, "workable", "en"),
        text="""Hi Jonas,

Thanks for applying for the Account Executive position at Brightloop. Your
application has been received and we'll review it as soon as possible.

Kind regards,
Brightloop Hiring Team

Powered by Workable
""",
        tz="+0000",
    ),
    m(
        k(57),
        "2025-08-19 07:33",
        "Brightloop <noreply@candidates.workablemail.com>",
        "Thank you for your interest in Brightloop",
        ("rejection", *BRIGHTLOOP, "workable", "en"),
        text="""Hi Jonas,

Thank you for your interest in Brightloop and for the time you put into
your application. We enjoyed reading about your experience.

Unfortunately, we have decided not to move forward with your application
for the Account Executive role.

Best of luck,
Brightloop Hiring Team
""",
        tz="+0000",
    ),
    # --- Quorra (BambooHR), ghosted
    m(
        k(58),
        "2025-08-14 15:02",
        "Quorra <notifications@app.bamboohr.com>",
        "Thanks for applying!",
        ("confirmation", *QUORRA, "bamboohr", "en"),
        html=h(
            "Hi Jonas,",
            "Thank you for applying for the <b>Customer Success Lead</b> position at Quorra. "
            "We have received your application and will be in touch if your experience is a "
            "match.",
            "Thanks,<br>Quorra People Ops",
        ),
        tz="+0000",
    ),
    # --- Vantor Cloud (JazzHR, Spark Hire)
    m(
        k(59),
        "2025-05-26 20:20",
        "Vantor Cloud <notifications@app.jazz.co>",
        "Application Received: Sales Development Representative",
        ("confirmation", *VANTOR, "jazzhr", "en"),
        text="""Hello Jonas,

Thank you for applying to Sales Development Representative at Vantor Cloud
(https://vantorcloud.applytojob.com/apply/8HtPq1/Sales-Development-Representative).

We are reviewing applications and will contact you if there is a match.

Vantor Cloud Recruiting
""",
        tz="+0000",
    ),
    m(
        k(60),
        "2025-06-02 16:00",
        "Vantor Cloud via Spark Hire <noreply@sparkhire.com>",
        "Vantor Cloud has invited you to a one-way video interview",
        ("assessment", *VANTOR, "other", "en"),
        html=h(
            "Hi Jonas,",
            "Vantor Cloud would like you to complete a one-way video interview for the "
            "Sales Development Representative position. Record 4 answers whenever it suits you.",
            '<a href="https://app.sparkhire.com/interview/vantor-sdr">Begin interview</a>',
            "Deadline: June 9, 2025",
        ),
        tz="+0000",
    ),
    m(
        k(61),
        "2025-06-20 17:38",
        "Vantor Cloud <notifications@app.jazz.co>",
        "Your application with Vantor Cloud",
        ("rejection", *VANTOR, "jazzhr", "en"),
        text="""Hi Jonas,

Thanks for completing the video interview. After reviewing all candidates,
we have decided to pursue other applicants whose qualifications more closely
match our needs.

We appreciate your interest and wish you success.

Vantor Cloud Recruiting
""",
        tz="+0000",
    ),
    # --- Osprey Data (Pinpoint)
    m(
        k(62),
        "2025-09-02 11:11",
        "Osprey Data <no-reply@pinpointhq.com>",
        "We've got your application",
        ("confirmation", *OSPREY, "other", "en"),
        html=h(
            "Hi Jonas,",
            "Thanks for applying for <b>Account Manager</b> at Osprey Data. We'll review your "
            "application and aim to get back to you within two weeks.",
            "Osprey Data Ltd, Manchester",
        ),
        tz="+0100",
    ),
    m(
        k(63),
        "2025-09-18 12:50",
        "Osprey Data <no-reply@pinpointhq.com>",
        "Your application to Osprey Data",
        ("rejection", *OSPREY, "other", "en"),
        html=h(
            "Dear Jonas,",
            "Thank you for applying for the Account Manager role. You clearly have relevant "
            "experience and we enjoyed reading your cover letter.",
            "On this occasion, however, we won't be progressing your application.",
            "Kind regards,<br>The Osprey Data Talent Team",
        ),
        tz="+0100",
    ),
    # --- Lindqvist & Co (Homerun): confirmation, interview, case, offer, DocuSign, onboarding
    m(
        k(64),
        "2025-08-18 08:40",
        "Lindqvist & Co <notifications@homerun.co>",
        "We received your application 🙌",
        ("confirmation", *LINDQVIST, "other", "en"),
        html=h(
            "Hi Jonas,",
            "Thanks for applying for <b>Head of Partnerships</b> at Lindqvist &amp; Co! We read "
            "every application personally and will get back to you within a week.",
            "Warmly,<br>The Lindqvist &amp; Co team",
        ),
        tz="+0000",
    ),
    m(
        k(65),
        "2025-08-25 13:06",
        "Ingrid Lindqvist <ingrid@lindqvist-co.example>",
        "Invitation: Intro call Jonas / Ingrid",
        ("interview", *LINDQVIST, "direct", "en"),
        text="""Hi Jonas,

lovely to read your application. Let's have an intro call - I've put
something in the calendar for Friday, 29 August at 10:00 Vienna time. Feel
free to propose another time if that doesn't work.

Ingrid Lindqvist
Managing Partner, Lindqvist & Co
""",
        ics={
            "uid": "lq-intro-2025-08-29@lindqvist-co.example",
            "start": "2025-08-29 10:00:00 +0200",
            "minutes": 30,
            "organizer": ("Ingrid Lindqvist", "ingrid@lindqvist-co.example"),
            "summary": "Intro call Jonas / Ingrid",
            "location": "https://meet.google.com/lqv-intr-oja",
        },
    ),
    m(
        k(66),
        "2025-09-03 09:27",
        "Ingrid Lindqvist <ingrid@lindqvist-co.example>",
        "Next step: partnership pitch case",
        ("assessment", *LINDQVIST, "direct", "en"),
        text="""Hi Jonas,

thanks for Friday, that was fun. As a next step we'd like you to do a short
role-play: you pitch a co-selling partnership to one of our (fictional)
distribution partners. Brief attached - 15 minutes pitch, 15 minutes Q&A
with Marcus playing the partner's sales director.

Could you do Wednesday 10 September at 14:00?

Best,
Ingrid
""",
        attach=[("Partnership_case_brief.pdf", "application/pdf", "%PDF-1.4 case")],
    ),
    m(
        k(67),
        "2025-09-24 17:12",
        "Lindqvist & Co via Docusign <dse_NA4@docusign.net>",
        "Please DocuSign: Lindqvist & Co – Offer Letter Jonas Albrecht",
        ("offer", *LINDQVIST, "docusign", "en"),
        html=h(
            "Ingrid Lindqvist sent you a document to review and sign.",
            '<a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=77">REVIEW DOCUMENT</a>',
            "Ingrid Lindqvist<br>ingrid@lindqvist-co.example",
            "Hi Jonas, as discussed: your offer for the Head of Partnerships role. "
            "Welcome (almost) aboard!",
            foot='<p style="font-size:11px">Do Not Share This Email. This email contains a '
            "secure link to Docusign.</p>",
        ),
        tz="+0000",
    ),
    m(
        k(68),
        "2025-09-26 07:55",
        "Lindqvist & Co via Docusign <dse_NA4@docusign.net>",
        "Completed: Lindqvist & Co – Offer Letter Jonas Albrecht",
        ("offer", *LINDQVIST, "docusign", "en"),
        html=h(
            "All parties have completed <b>Lindqvist &amp; Co – Offer Letter Jonas Albrecht</b>.",
            '<a href="https://na4.docusign.net/Member/EmailStart.aspx?a=78">VIEW COMPLETED '
            "DOCUMENT</a>",
        ),
        tz="+0000",
        st="accepted",
    ),
    m(
        k(69),
        "2025-10-02 10:30",
        "Checkr <no-reply@checkr.com>",
        "Lindqvist & Co has requested a background check",
        ("other_job", "Lindqvist & Co", "Head of Partnerships", None, "other", "en"),
        html=h(
            "Hi Jonas,",
            "Lindqvist &amp; Co has requested a background check as part of your hiring "
            "process. Please provide your information to get started.",
            '<a href="https://candidate.checkr.com/invitations/lq77">Get started</a>',
        ),
        tz="+0000",
    ),
    m(
        k(70),
        "2025-10-20 15:15",
        "Mette Holm <mette@lindqvist-co.example>",
        "Welcome to Lindqvist & Co – your first week",
        ("other_job", "Lindqvist & Co", "Head of Partnerships", None, "direct", "en"),
        text="""Hi Jonas,

we're so happy you're joining on 3 November! A few practical things before
your first day:

- your laptop ships to your Vienna address this week
- please fill in the payroll form (link in the onboarding portal)
- Monday 9:30: welcome breakfast (virtual), then intro with Ingrid

See you soon,
Mette Holm
People & Operations
""",
    ),
    # --- Fernhill (Rippling)
    m(
        k(71),
        "2025-09-08 19:19",
        "Fernhill <no-reply@rippling.com>",
        "Fernhill received your application",
        ("confirmation", *FERNHILL, "other", "en"),
        html=h(
            "Hi Jonas,",
            "Thank you for your application for <b>Customer Success Manager</b>. The Fernhill "
            "team will review it and be in touch about next steps.",
        ),
        tz="+0000",
    ),
    m(
        k(72),
        "2025-09-30 21:47",
        "Fernhill <no-reply@rippling.com>",
        "An update from Fernhill",
        ("rejection", *FERNHILL, "other", "en"),
        html=h(
            "Hi Jonas,",
            "We truly appreciate the time you invested in applying. Your experience stood out, "
            "and this was a difficult decision.",
            "Unfortunately we will not be moving forward at this time.",
            "The Fernhill Team",
        ),
        tz="+0000",
    ),
    # --- LinkedIn: Tessaract (sent, viewed, update = rejection); Ardent (sent, viewed)
    m(
        k(73),
        "2025-04-28 12:02",
        LI_JOBS,
        "Jonas, your application was sent to Tessaract",
        ("confirmation", *TESSARACT, "linkedin", "en"),
        html=h(
            "Your application was sent to Tessaract",
            "<b>Account Executive DACH</b><br>Tessaract · Vienna, Austria (Hybrid)",
            "Applied on April 28, 2025",
            '<a href="https://www.linkedin.com/jobs/view/4102233441/">View job</a>',
        ),
        tz="+0000",
    ),
    m(
        k(74),
        "2025-05-03 09:45",
        LI_JOBS,
        "Your application was viewed by Tessaract",
        ("viewed", *TESSARACT, "linkedin", "en"),
        html=h(
            "Tessaract viewed your application",
            "Account Executive DACH · Vienna, Austria",
            "The hiring team at Tessaract viewed your application. Stand out by messaging "
            "the job poster.",
        ),
        tz="+0000",
    ),
    m(
        k(75),
        "2025-05-16 18:00",
        LI_JOBS,
        "Your update from Tessaract",
        ("rejection", *TESSARACT, "linkedin", "en"),
        html=h(
            "Thank you for your interest in the Account Executive DACH position at Tessaract "
            "in Vienna, Austria.",
            "Unfortunately, we will not be moving forward with your application, but we "
            "appreciate your time and interest in Tessaract.",
            "Regards,<br>Tessaract",
        ),
        tz="+0000",
    ),
    m(
        k(76),
        "2025-08-21 10:10",
        LI_JOBS,
        "Jonas, your application was sent to Ardent Systems",
        ("confirmation", *ARDENT, "linkedin", "en"),
        html=h(
            "Your application was sent to Ardent Systems",
            "<b>Key Account Manager</b><br>Ardent Systems · Munich, Bavaria, Germany (On-site)",
            "Applied on August 21, 2025",
        ),
        tz="+0000",
    ),
    m(
        k(77),
        "2025-08-26 06:30",
        LI_JOBS,
        "Ardent Systems viewed your application",
        ("viewed", *ARDENT, "linkedin", "en"),
        html=h(
            "Your application was viewed",
            "Ardent Systems · Key Account Manager",
            "Keep applying: 12 similar jobs are waiting for you.",
        ),
        tz="+0000",
    ),
    # --- Indeed (German) + direct rejection: Pfeiffer Gastro Service
    m(
        k(78),
        "2025-07-14 19:30",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: Vertriebsmitarbeiter Innendienst",
        ("confirmation", *PFEIFFER, "indeed", "de"),
        html=h(
            "Ihre Bewerbung wurde an Pfeiffer Gastro Service GmbH gesendet.",
            "<b>Vertriebsmitarbeiter Innendienst</b><br>Pfeiffer Gastro Service GmbH – 1230 Wien",
            "Nächste Schritte: Der Arbeitgeber prüft Ihre Bewerbung. Sie erhalten eine "
            "Benachrichtigung, wenn er sich meldet.",
        ),
        tz="+0000",
    ),
    m(
        k(79),
        "2025-07-25 11:51",
        "Office Pfeiffer <office@pfeiffer-gastro.at>",
        "Bewerbung Innendienst",
        ("rejection", *PFEIFFER, "direct", "de"),
        text="""Hallo Herr Albrecht,

danke für Ihre Bewerbung über Indeed. Wir haben die Stelle intern nachbesetzt
und brauchen daher derzeit niemanden mehr.

Alles Gute
Martina Pfeiffer

Von meinem iPhone gesendet
""",
    ),
    # --- Glassdoor: Cobalt Harbor (ghosted)
    m(
        k(80),
        "2025-09-10 14:44",
        "Glassdoor <noreply@glassdoor.com>",
        "Application submitted: Renewals Manager at Cobalt Harbor",
        ("confirmation", *COBALT, "other", "en"),
        html=h(
            "Your application has been submitted!",
            "<b>Renewals Manager</b> · Cobalt Harbor · Remote (EMEA)",
            "We'll let you know if the employer views your application.",
        ),
        tz="+0000",
    ),
    # --- Kestrelpay (Greenhouse EU): confirmation, interview, withdrawn
    m(
        k(81),
        "2025-09-05 10:20",
        f"Kestrelpay <{GH_EU}>",
        "Thank you for your application to Kestrelpay",
        ("confirmation", *KESTRELPAY, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "Thank you for applying for the <b>Account Executive DACH</b> role in Berlin / "
            "Remote. We are reviewing your application and will be in touch soon.",
            "The Kestrelpay Talent Team",
        ),
        tz="+0000",
    ),
    m(
        k(82),
        "2025-09-17 08:03",
        "GoodTime <no-reply@goodtime.io>",
        "Interview confirmed: Kestrelpay – Account Executive DACH",
        ("interview", *KESTRELPAY, "other", "en"),
        html=h(
            "Hi Jonas,",
            "Your interview with Kestrelpay is confirmed.",
            "<b>Monday, September 22, 2025</b><br>11:00 - 11:45 CEST<br>"
            "Hiring Manager Interview with Felix Brandt<br>Zoom: https://kestrelpay.zoom.us/j/8841",
        ),
        tz="+0000",
    ),
    m(
        k(83),
        "2025-10-06 16:28",
        f"Sophie Krüger <{GH_EU}>",
        "Your application has been withdrawn",
        ("confirmation", *KESTRELPAY, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "As requested, we have withdrawn your application for Account Executive DACH. "
            "Thanks for letting us know, and congratulations on your new role!",
            "Sophie Krüger, Kestrelpay",
        ),
        tz="+0000",
        st="withdrawn",
    ),
    # --- Sonnleitner Versicherung: Fwd: of a confirmation
    m(
        k(84),
        "2025-06-30 22:15",
        "Jonas Albrecht <j.albrecht@gmx-alt.at>",
        "Fwd: Ihre Bewerbung bei der Sonnleitner Versicherung",
        ("confirmation", *SONNLEITNER, "other", "de"),
        text="""fürs Archiv

---------- Forwarded message ---------
Von: Sonnleitner Versicherung AG <karriere@sonnleitner-versicherung.at>
Date: Mo., 30. Juni 2025 um 16:02
Subject: Ihre Bewerbung bei der Sonnleitner Versicherung
To: <j.albrecht@gmx-alt.at>

Sehr geehrter Herr Albrecht,

wir bestätigen den Eingang Ihrer Bewerbung als Key Account Manager
Firmenkunden und danken für Ihr Interesse. Wir melden uns innerhalb der
nächsten drei Wochen.

Mit freundlichen Grüßen
Recruiting & Employer Branding
Sonnleitner Versicherung AG, Linz
""",
    ),
    # --- Wolkenreich: referral from a friend, then Greenhouse
    m(
        k(85),
        "2025-07-28 20:41",
        "Flo Gruber <florian.gruber@wolkenreich.io>",
        "CSM Stelle bei uns – soll ich dich empfehlen?",
        ("outreach", "Wolkenreich", "Customer Success Manager", None, "direct", "de"),
        text="""Servus Jonas,

wir suchen gerade eine:n Customer Success Manager fürs DACH-Team und ich hab
sofort an dich gedacht. Wenn du magst, schick mir deinen CV, dann reiche ich
dich intern als Empfehlung ein (gibt auch eine Prämie für mich, haha).

Lg Flo
""",
    ),
    m(
        k(86),
        "2025-08-01 09:34",
        f"Wolkenreich <{GH_EU}>",
        "Thanks for applying to Wolkenreich",
        ("confirmation", *WOLKENREICH, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "Florian Gruber referred you for the <b>Customer Success Manager</b> role, and we "
            "have now received your application. Thank you!",
            "We'll be in touch shortly.",
            "Wolkenreich People Team",
        ),
        tz="+0000",
    ),
    m(
        k(87),
        "2025-08-07 13:13",
        f"Anja Weiß <{GH_EU}>",
        "Wolkenreich - Interview Einladung",
        ("interview", *WOLKENREICH, "greenhouse", "de"),
        html=h(
            "Hallo Jonas,",
            "danke für deine Bewerbung! Wir würden dich gerne zu einem ersten Gespräch mit "
            "unserem Team Lead CS einladen. Bitte wähl dir hier einen Termin aus:",
            '<a href="https://app.greenhouse.io/scheduling/availability/wr">Termin wählen</a>',
            "Liebe Grüße<br>Anja",
        ),
        tz="+0000",
    ),
    m(
        k(88),
        "2025-08-29 16:59",
        f"Anja Weiß <{GH_EU}>",
        "Deine Bewerbung bei Wolkenreich",
        ("rejection", *WOLKENREICH, "greenhouse", "de"),
        html=h(
            "Hallo Jonas,",
            "vielen Dank für die spannenden Gespräche - das Team war von deiner "
            "Kundenorientierung echt begeistert.",
            "Leider haben wir uns am Ende knapp für eine andere Person entschieden. Bitte "
            "sag Flo, dass es nicht an seiner Empfehlung lag 😉",
            "Alles Gute<br>Anja",
        ),
        tz="+0000",
    ),
    # --- Nordvik (Teamtailor, English)
    m(
        k(89),
        "2025-06-26 08:08",
        "Nordvik <no-reply@teamtailor-mail.com>",
        "Application received - Customer Success Manager",
        ("confirmation", *NORDVIK, "teamtailor", "en"),
        html=h(
            "Hi Jonas!",
            "Tack! Thanks for applying for Customer Success Manager at Nordvik.",
            "We'll be in touch as soon as we've reviewed your application.",
        ),
        tz="+0000",
    ),
    m(
        k(90),
        "2025-07-11 09:12",
        "Nordvik <no-reply@teamtailor-mail.com>",
        "Regarding your application at Nordvik",
        ("rejection", *NORDVIK, "teamtailor", "en"),
        html=h(
            "Hi Jonas,",
            "Thank you for your patience. The position has been filled, so we are closing "
            "the recruitment process.",
            "We hope to see your application again in the future!",
        ),
        tz="+0000",
    ),
    # --- Vellum Pay via agency (client named late)
    m(
        k(91),
        "2025-08-28 12:33",
        "Oliver Pryce <oliver.pryce@kingsbridge-search.co.uk>",
        "Head of Partnerships – Series B fintech, remote DACH",
        ("outreach", None, "Head of Partnerships", None, "agency", "en"),
        text="""Hi Jonas,

I'm working with a Series B fintech (payments infrastructure, ~150 people)
on a Head of Partnerships hire covering DACH. Remote with travel to London.
Package around EUR 110k + equity.

Open to a chat? I can share more about the client on a call.

Best,
Oliver Pryce
Principal Consultant | Kingsbridge Search
""",
    ),
    m(
        k(92),
        "2025-09-04 15:41",
        "Oliver Pryce <oliver.pryce@kingsbridge-search.co.uk>",
        "Re: Head of Partnerships – Series B fintech, remote DACH",
        ("confirmation", *VELLUM, "agency", "en"),
        text="""Hi Jonas,

great speaking earlier. As agreed I've submitted your CV to the client this
afternoon. I'll chase them for feedback early next week.

Best,
Oliver

On Wed, 3 Sept 2025 at 18:20, Jonas Albrecht <jonas.albrecht@donaupost.at> wrote:
> Hi Oliver, happy to go ahead - CV attached. Jonas
""",
        headers=reply(k(91), "oliver.pryce@kingsbridge-search.co.uk"),
    ),
    m(
        k(93),
        "2025-09-11 10:02",
        "Oliver Pryce <oliver.pryce@kingsbridge-search.co.uk>",
        "Interview request – Vellum Pay",
        ("interview", *VELLUM, "agency", "en"),
        text="""Hi Jonas,

good news - the client wants to meet you. Now I can tell you: it's Vellum
Pay. First interview with their CRO, Hannah Osei, on Tuesday 16 September,
4pm UK / 5pm CET, on Zoom. Can you confirm?

Oliver
""",
    ),
    m(
        k(94),
        "2025-09-25 09:26",
        "Oliver Pryce <oliver.pryce@kingsbridge-search.co.uk>",
        "Vellum Pay feedback",
        ("rejection", *VELLUM, "agency", "en"),
        text="""Hi Jonas,

I had the feedback call with Hannah. She liked you a lot, but they have
decided to go with an internal candidate who already runs some of the bank
partnerships. I'm sorry - I thought this one had legs.

Let's keep in touch, I'll have more DACH roles in Q4.

Oliver
""",
    ),
    # --- job alerts, talent communities, other job mail (no application)
    m(
        k(95),
        "2025-04-05 06:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„Account Executive“: 14 neue Jobs in Wien",
        ("alert", None, None, None, "linkedin", "de"),
        html=h(
            "Neue Jobs, die Ihren Präferenzen entsprechen",
            "Account Executive – Brenner Software – Wien<br>"
            "Senior Account Executive – Tessaract – Wien (Hybrid)<br>"
            "Sales Manager DACH – Pixelhain – Wien",
            "Einfach bewerben · Alle Jobs anzeigen",
        ),
        tz="+0000",
    ),
    m(
        k(96),
        "2025-05-18 07:00",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: Key Account Manager in Wien",
        ("alert", None, None, None, "indeed", "de"),
        html=h(
            "Key Account Manager (m/w/d) – Hofer Solutions – Wien – Jetzt bewerben",
            "Vertriebsprofi B2B – Elektro Haas – Wien 1210 – Schnell bewerben",
            "Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch",
        ),
        tz="+0000",
    ),
    m(
        k(97),
        "2025-06-08 08:30",
        "karriere.at Jobagent <jobagent@karriere.at>",
        "Dein Jobagent: 9 neue Jobs für „Customer Success“",
        ("alert", None, None, None, "other", "de"),
        html=h(
            "Hallo Jonas, hier sind deine neuen Jobs:",
            "Customer Success Manager (w/m/x) – Lindenthal IT – Wien – jetzt bewerben<br>"
            "Kundenbetreuer:in B2B – Marchfeld Logistics – Schwechat<br>"
            "Account Manager – Vierkant Digital – Wien",
            "Interview-Tipps: 5 Fragen, die du stellen solltest",
        ),
        tz="+0000",
    ),
    m(
        k(98),
        "2025-07-03 05:45",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "12 neue Jobs für Sie: Vertrieb Innendienst",
        ("alert", None, None, None, "other", "de"),
        html=h(
            "Ihre neuen Stellenangebote",
            "Vertriebsinnendienst (m/w/d) – Kessler Armaturen – Nürnberg<br>"
            "Inside Sales Representative – Nordlicht Software – Hamburg",
            "Jetzt bewerben",
        ),
        tz="+0000",
    ),
    m(
        k(99),
        "2025-08-15 14:30",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Customer Success Manager jobs for you — apply now",
        ("alert", None, None, None, "other", "en"),
        html=h(
            "Jobs picked for you",
            "Customer Success Manager · Brightloop · Remote · Easy Apply<br>"
            "Senior CSM · Quorra · Remote (EU)",
            "Interview tips: how to talk about churn in a CSM interview",
        ),
        tz="+0000",
    ),
    m(
        k(100),
        "2025-09-22 13:05",
        "Wellfound <team@hi.wellfound.com>",
        "5 startups are hiring for sales roles this week",
        ("alert", None, None, None, "wellfound", "en"),
        html=h(
            "Hey Jonas, these startups match your preferences:",
            "Pebblebox — Founding AE (Remote)<br>Sonar Labs — Head of Sales EMEA",
            "Apply now with one click.",
        ),
        tz="+0000",
    ),
    m(
        k(101),
        "2025-05-09 16:20",
        "Meridian Ledger Careers <meridianledger@myworkday.com>",
        "Complete your application",
        ("alert", "Meridian Ledger", None, None, "workday", "en"),
        html=h(
            "Hi Jonas,",
            "You started an application for Sales Operations Analyst but didn't finish it. "
            "Pick up where you left off in Candidate Home.",
        ),
        tz="+0000",
    ),
    m(
        k(102),
        "2025-06-13 11:00",
        "Saltmarsh Health Talent Community <donotreply@icims.com>",
        "Welcome to the Saltmarsh Health Talent Community",
        ("alert", "Saltmarsh Health", None, None, "icims", "en"),
        html=h(
            "Welcome, Jonas!",
            "Thanks for joining our Talent Community. We'll send you roles that match your "
            "interests in Sales and Customer Success.",
        ),
        tz="+0000",
    ),
    m(
        k(103),
        "2025-07-19 09:00",
        "Brenner Software Karriere <karriere@brenner-software.at>",
        "Brenner inside: Neues aus unserem Team & offene Stellen",
        ("alert", "Brenner Software", None, None, "direct", "de"),
        html=h(
            "Liebe Talente,",
            "in unserem Karriere-Newsletter erzählen wir, wie unser Sales-Team den Sommer "
            "verbracht hat, und stellen drei neue offene Positionen vor: Partner Manager, "
            "Solution Engineer, Sales Operations.",
            "Jetzt bewerben auf brenner-software.at/karriere",
        ),
        tz="+0000",
    ),
    m(
        k(104),
        "2025-05-22 10:10",
        "Talent Acquisition <jobs@kestrelpay.example>",
        "Kestrelpay Careers Newsletter – May",
        ("alert", "Kestrelpay", None, None, "direct", "en"),
        html=h(
            "Hi there,",
            "This month: meet our Berlin sales team, our new office dog, and 7 open roles "
            "across Sales and Customer Success.",
            "See all open roles",
        ),
        tz="+0000",
    ),
    m(
        k(105),
        "2025-06-17 08:15",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Jonas, Chiara sent you a message about Customer Success Director",
        ("outreach", "Ravelin Health", "Customer Success Director", None, "linkedin", "en"),
        html=h(
            "Chiara Benedetti · Talent Partner at Ravelin Health",
            "Hi Jonas, your customer success background caught my eye. We're building out "
            "our DACH team and I'm hiring a Customer Success Director. Would you be open to "
            "a quick chat?",
            "Reply · Not interested",
        ),
        tz="+0000",
    ),
    m(
        k(106),
        "2025-10-08 14:04",
        "Martin Ecker <m.ecker@personalwerk-recruiting.at>",
        "Spannende Position Vertriebsleitung – Interesse?",
        ("outreach", None, "Vertriebsleiter (m/w/d)", None, "agency", "de"),
        text="""Hallo Herr Albrecht,

ich bin Personalberater bei Personalwerk Recruiting und betreue aktuell die
Suche nach einem Vertriebsleiter (m/w/d) für ein mittelständisches
Industrieunternehmen in Oberösterreich.

Darf ich Sie dazu kurz anrufen? Ich freue mich auf Ihre Rückmeldung.

Beste Grüße
Martin Ecker
Personalwerk Recruiting GmbH
""",
    ),
    m(
        k(107),
        "2025-04-18 12:00",
        "Katharina Moser <katharina.moser@brenner-software.at>",
        "Abwesenheitsnotiz: Einladung zum Kennenlerngespräch",
        ("other_job", "Brenner Software", None, None, "direct", "de"),
        text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. April nicht
im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen
wenden Sie sich bitte an people@brenner-software.at.

Mit freundlichen Grüßen
Katharina Moser
""",
    ),
    m(
        k(108),
        "2025-09-12 08:40",
        "Oliver Pryce <oliver.pryce@kingsbridge-search.co.uk>",
        "Automatic reply: Interview request – Vellum Pay",
        ("other_job", None, None, None, "agency", "en"),
        text="""Thanks for your email. I'm travelling today with limited access to email
and will reply as soon as I can.

Oliver
""",
    ),
    m(
        k(109),
        "2025-08-05 09:50",
        "Helvion AG <noreply@smartrecruiters.com>",
        "Ihr Bestätigungscode",
        ("other_job", "Helvion", None, None, "smartrecruiters", "de"),
        text="""Ihr Bestätigungscode für das Helvion Kandidatenportal lautet: 583 921

Der Code ist 10 Minuten gültig.
""",
        tz="+0000",
    ),
    m(
        k(110),
        "2025-06-01 10:00",
        "Northpeak <survey@us.greenhouse-mail.io>",
        "How was your candidate experience at Northpeak?",
        ("other_job", "Northpeak", None, None, "greenhouse", "en"),
        html=h(
            "Hi Jonas,",
            "You recently interviewed with Northpeak. Would you take 2 minutes to tell us "
            "about your experience? Your feedback is anonymous.",
            "Take the survey",
        ),
        tz="+0000",
    ),
]
