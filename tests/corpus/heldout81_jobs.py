# ruff: noqa: E501
"""Corpus 81, German job mail (data only): see heldout81.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, tz)
"""One message's spec: its Message-ID and date worked out from the key and the day."""


def at(day_time: str) -> str:
    """An invitation's start in the builder's format."""
    return f"{day_time}:00 {tz(day_time[:10])}"


def D(cat, co, role, app, src):
    return (cat, co, role, app, src, "de")


ME_NAME = "Malte Ostendorf"

VD, VD1, VD2 = (
    "Vandrel",
    "Software-Entwickler AUTOSAR Classic (m/w/d)",
    "Software-Integrator Infotainment (m/w/d)",
)
AU, AUR = "Auringer", "Embedded Software Engineer Fahrerassistenz (m/w/d)"
QU, QUR = "Quendt", "Teamleiter Steuergeräte-Software (m/w/d)"
VO, VOR = "voltaro", "Embedded Engineer Ladeelektronik (m/w/d)"
HA, HAR = "Haslinger", "Embedded-Softwareentwickler C/C++ (m/w/d)"
MV, MV1, MV2 = (
    "Merovia",
    "Systemingenieur Bremssysteme (m/w/d)",
    "Softwareentwickler Bremsregelsysteme (m/w/d)",
)
OS, OSR = "Ostara Automotive", "Cybersecurity Engineer Automotive (m/w/d)"
LF, LFR = "Lindenfels Sensorik", "Firmware-Entwickler Radarsensorik (m/w/d)"
PF, PFR = "Pfeilmann Elektronik", "Entwicklungsingenieur Embedded Systems (m/w/d)"
BS, BSR = "Brenner & Sohn Prüftechnik", "Softwareentwickler Prüfstandsautomatisierung (m/w/d)"
TE, TER = "Tessmer Automation", "Embedded-Entwickler Steuerungstechnik (m/w/d)"
HK, HKR = "HKS", "Hardware-Entwickler Bordnetz-Elektronik (m/w/d)"
KD, KDR = "Kaltenbach Digital", "Software Architect Over-the-Air Updates (m/w/d)"
TV, TVR = "Talvik", "Validierungsingenieur HiL (m/w/d)"
NV, NVR = "Nivaro Robotics", "Embedded Linux Entwickler (m/w/d)"
SL, SLR = "Steinlein Fahrzeugtechnik", "Softwareentwickler Diagnose UDS (m/w/d)"
EB, EBR = "Ebersbach Mobility", "Funktionsentwickler Thermomanagement (m/w/d)"
WM, WMR = "Weinmann Antriebstechnik", "Embedded-Softwareentwickler Motorsteuerung (m/w/d)"
RU, RUR = "Ruhland Automotive Systems", "Testingenieur ADAS (m/w/d)"

SIG_VD = """Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Vandrel Automotive GmbH
Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 7xx41
Ein Unternehmen der Vandrel Gruppe"""

MAIL: list[dict[str, Any]] = [
    # --- 1 Vandrel, AUTOSAR (SuccessFactors, Konzern) ---------------------------------------
    m(
        "70114",
        "2025-10-02 09:41",
        "Vandrel Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Req. 48213",
        D("confirmation", VD, VD1, 1, "other"),
        f"""Sehr geehrter Herr Ostendorf,

vielen Dank für Ihr Interesse an der Vandrel Gruppe und Ihre Bewerbung als {VD1} (Req. 48213) am Standort Stuttgart-Feuerbach.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen. Den aktuellen Stand können Sie jederzeit in unserem Karriereportal einsehen.

Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

{SIG_VD}

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
    ),
    m(
        "70152",
        "2025-10-13 14:05",
        "Vandrel Karriere <noreply@successfactors.eu>",
        "Einladung zum Online-Assessment",
        D("assessment", VD, VD1, 1, "other"),
        html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Ostendorf,</p>
<p>wir freuen uns, Ihnen mitteilen zu können, dass Sie mit Ihrer Bewerbung als <b>{VD1}</b> in die nächste Runde gekommen sind.</p>
<p>Als nächsten Schritt bitten wir Sie, unser Online-Assessment zu absolvieren. Es besteht aus einem Teil zu logischem Denken und einem kurzen Fachteil (C, Echtzeitsysteme). Planen Sie bitte etwa 45 Minuten ein.</p>
<p><a href="https://assessment.vandrel-gruppe.example/start?token=c8Q2mX">Zum Assessment</a></p>
<p>Bitte schließen Sie das Assessment bis zum <b>20.10.2025</b> ab.</p>
<p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Vandrel Automotive GmbH</p>
</body></html>""",
    ),
    m(
        "70188",
        "2025-10-22 11:30",
        "Svenja Hertlein <svenja.hertlein@vandrel-gruppe.example>",
        "Terminvorschlag Fachgespräch – AUTOSAR Classic",
        D("interview", VD, VD1, 1, "direct"),
        """Sehr geehrter Herr Ostendorf,

vielen Dank für die Teilnahme am Online-Assessment. Die Fachabteilung möchte Sie gerne persönlich kennenlernen.

Ich habe Ihnen für das Fachgespräch eine Einladung für Mittwoch, den 5. November 2025, 10:00–11:30 Uhr geschickt. Das Gespräch findet per MS Teams statt; teilnehmen werden Herr Dr. Albrecht (Gruppenleiter Basissoftware) und ich.

Bitte bestätigen Sie den Termin kurz über die Einladung.

Mit freundlichen Grüßen
Svenja Hertlein
Talent Acquisition Partner
Vandrel Automotive GmbH | Borsigstraße 18 | 70469 Stuttgart""",
        ics={
            "start": at("2025-11-05 10:00"),
            "minutes": 90,
            "organizer": ("Hertlein Svenja (VA/HR-TA)", "svenja.hertlein@vandrel-gruppe.example"),
            "attendees": [("Albrecht Jörg Dr. (VA/EBS2)", "joerg.albrecht@vandrel-gruppe.example")],
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4",
            "summary": "Fachgespräch Herr Ostendorf – Req. 48213",
            "location": "Microsoft Teams-Besprechung",
            "description": "Fachgespräch Software-Entwickler AUTOSAR Classic",
            "style": "outlook",
        },
    ),
    m(
        "70231",
        "2025-11-11 16:48",
        "Svenja Hertlein <svenja.hertlein@vandrel-gruppe.example>",
        "AW: Fachgespräch – nächste Schritte",
        D("interview", VD, VD1, 1, "direct"),
        """Sehr geehrter Herr Ostendorf,

das Feedback aus dem Fachgespräch war sehr positiv. Wir möchten Sie daher zu einem zweiten Gespräch vor Ort mit anschließender Werksbesichtigung in Feuerbach einladen.

Termin: Dienstag, 18. November 2025, 13:00 Uhr
Treffpunkt: Empfang Tor 3, Borsigstraße 18. Bitte bringen Sie einen Lichtbildausweis mit; Sicherheitsschuhe stellen wir für den Rundgang.

Ihre Reisekosten erstatten wir nach unserer Reisekostenrichtlinie.

Mit freundlichen Grüßen
Svenja Hertlein

-----Ursprüngliche Nachricht-----
Von: Malte Ostendorf <malte.ostendorf@web.de>
Gesendet: Freitag, 7. November 2025 08:12
Betreff: Fachgespräch – nächste Schritte

Sehr geehrte Frau Hertlein,
vielen Dank für das angenehme Gespräch am Mittwoch. Gibt es schon einen Zeitplan für die nächsten Schritte?
Viele Grüße
Malte Ostendorf""",
        ics={
            "start": at("2025-11-18 13:00"),
            "minutes": 180,
            "organizer": ("Hertlein Svenja (VA/HR-TA)", "svenja.hertlein@vandrel-gruppe.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3E9",
            "summary": "Vor-Ort-Gespräch + Werksbesichtigung Ostendorf",
            "location": "Feuerbach, Tor 3",
            "style": "outlook",
        },
    ),
    m(
        "70290",
        "2025-11-27 10:02",
        "Svenja Hertlein <svenja.hertlein@vandrel-gruppe.example>",
        "Ihr Vertragsangebot – Vandrel Automotive GmbH",
        D("offer", VD, VD1, 1, "direct"),
        """Sehr geehrter Herr Ostendorf,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen eine Position als Software-Entwickler AUTOSAR Classic in unserem Bereich Basissoftware anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung sowie die Informationen zu Tarifeingruppierung (ERA, EG 14), Arbeitszeitmodell und betrieblicher Altersversorgung. Als Eintrittstermin haben wir den 1. März 2026 vorgesehen.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 10. Dezember 2025 zurück. Für Fragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Svenja Hertlein
Talent Acquisition Partner""",
        attach=[("Arbeitsvertrag_Ostendorf.pdf", "application/pdf", "%PDF-1.4 (Vertragsentwurf)")],
    ),
    m(
        "70336",
        "2025-12-08 09:15",
        "Svenja Hertlein <svenja.hertlein@vandrel-gruppe.example>",
        "AW: Unterschriebener Arbeitsvertrag",
        D("offer", VD, VD1, 1, "direct"),
        """Sehr geehrter Herr Ostendorf,

herzlichen Dank für Ihre Zusage und den unterschriebenen Vertrag, der heute bei uns eingegangen ist. Wir freuen uns sehr, Sie ab dem 1. März 2026 bei Vandrel begrüßen zu dürfen!

In den nächsten Wochen erhalten Sie von unserem Onboarding-Team Informationen zu Ihrem ersten Arbeitstag.

Mit freundlichen Grüßen
Svenja Hertlein""",
        st="accepted",
    ),
    m(
        "70391",
        "2026-02-16 08:30",
        "Vandrel Onboarding <onboarding@vandrel-gruppe.example>",
        "Willkommen bei Vandrel – Ihr erster Arbeitstag am 02.03.2026",
        ("other_job", VD, VD1, None, "direct", "de"),
        """Hallo Herr Ostendorf,

in zwei Wochen ist es so weit! Am Montag, 2. März 2026, erwarten wir Sie um 8:30 Uhr am Empfang Tor 3 in Feuerbach. Ihr Pate im Team ist Herr Kübler.

Bitte bringen Sie mit: Personalausweis, Sozialversicherungsausweis, Steuer-ID, Bankverbindung.

Viele Grüße
Ihr Onboarding-Team""",
    ),
    # --- 2 Vandrel, Infotainment (second role, same portal) ---------------------------------
    m(
        "70127",
        "2025-10-06 19:22",
        "Vandrel Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Req. 48590",
        D("confirmation", VD, VD2, 2, "other"),
        f"""Sehr geehrter Herr Ostendorf,

vielen Dank für Ihr Interesse an der Vandrel Gruppe und Ihre Bewerbung als {VD2} (Req. 48590) am Standort Ingolstadt.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

{SIG_VD}""",
    ),
    m(
        "70209",
        "2025-10-30 15:40",
        "Vandrel Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung als Software-Integrator Infotainment (m/w/d)",
        D("rejection", VD, VD2, 2, "other"),
        """Sehr geehrter Herr Ostendorf,

nochmals vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Vandrel Automotive GmbH.

Ihr Profil hat uns gut gefallen. Nach sorgfältiger Prüfung müssen wir Ihnen jedoch mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Erfahrung noch genauer zu den Anforderungen dieser Position passt.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne nehmen wir Ihr Profil in unseren Talentpool auf.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Talent Acquisition Team
Vandrel Automotive GmbH""",
    ),
    # --- 3 Hallmer Engineering (ANÜ) for Auringer, Ingolstadt -------------------------------
    m(
        "70141",
        "2025-10-09 10:17",
        "Benedikt Sauer <b.sauer@hallmer-engineering.example>",
        "Embedded Software Engineer ADAS für namhaften OEM – Ingolstadt",
        ("outreach", None, AUR, None, "agency", "de"),
        """Sehr geehrter Herr Ostendorf,

ich bin über Ihr XING-Profil auf Sie aufmerksam geworden. Für einen namhaften OEM im Raum Ingolstadt suchen wir im Rahmen eines langfristigen Projekts (Arbeitnehmerüberlassung mit Übernahmeoption) einen Embedded Software Engineer Fahrerassistenz (m/w/d).

Ihre Schwerpunkte: Entwicklung von Softwarekomponenten für Radar-/Kamerafusion in C++, AUTOSAR Adaptive, Integration auf Zielhardware.

Hätten Sie Zeit für ein kurzes Telefonat diese Woche? Ein Gehaltsrahmen von 78–88 T€ ist realistisch.

Beste Grüße
Benedikt Sauer
Senior Recruiter | Hallmer Engineering GmbH
Niederlassung Ingolstadt""",
    ),
    m(
        "70173",
        "2025-10-17 12:44",
        "Benedikt Sauer <b.sauer@hallmer-engineering.example>",
        "AW: Embedded Software Engineer ADAS – Profilvorstellung beim Kunden",
        D("confirmation", AU, AUR, 3, "agency"),
        """Hallo Herr Ostendorf,

danke für das gute Telefonat und Ihr Einverständnis. Ich kann Ihnen jetzt auch verraten, um wen es geht: Der Kunde ist die Auringer AG in Ingolstadt, Bereich Fahrerassistenz-Software.

Ihr anonymisiertes Profil habe ich heute an die Fachabteilung bei Auringer weitergeleitet. Erfahrungsgemäß dauert die Rückmeldung 1–2 Wochen.

Beste Grüße
Benedikt Sauer
Hallmer Engineering GmbH""",
    ),
    m(
        "70221",
        "2025-11-03 09:05",
        "Benedikt Sauer <b.sauer@hallmer-engineering.example>",
        "Auringer möchte Sie kennenlernen – Interview 12.11.",
        D("interview", AU, AUR, 3, "agency"),
        """Hallo Herr Ostendorf,

gute Nachrichten: Auringer möchte Sie gerne in einem technischen Interview kennenlernen. Vorgeschlagen ist Mittwoch, 12.11., 14:00 Uhr per Webex. Dabei sind der Teilprojektleiter und ein Softwarearchitekt; ich bin nicht dabei.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Beste Grüße
Benedikt Sauer""",
    ),
    m(
        "70299",
        "2025-12-01 17:20",
        "Benedikt Sauer <b.sauer@hallmer-engineering.example>",
        "Update Auringer – Projekt zurückgestellt",
        D("confirmation", AU, AUR, 3, "agency"),
        """Hallo Herr Ostendorf,

leider habe ich heute eine weniger schöne Nachricht vom Kunden erhalten: Auringer hat die Besetzung der Stelle vorerst zurückgestellt. Hintergrund ist ein Budgetstopp für externe Kräfte bis zur Planungsrunde im Frühjahr.

Das Feedback zu Ihrem Interview war gut; sobald die Position wieder freigegeben ist, melde ich mich. Bis dahin halte ich gern weitere Projekte für Sie im Blick.

Beste Grüße
Benedikt Sauer""",
        st="on_hold",
    ),
    # --- 4 Talbach Executive Search for a Tier-1 (Quendt) -----------------------------------
    m(
        "70160",
        "2025-10-14 08:52",
        "Dr. Claudia Weyrich <c.weyrich@talbach-search.example>",
        "Vertraulich: Führungsposition Steuergeräte-Software bei Tier-1-Zulieferer",
        ("outreach", None, QUR, None, "agency", "de"),
        """Sehr geehrter Herr Ostendorf,

im Auftrag eines international tätigen Tier-1-Zulieferers mit Hauptsitz in Baden-Württemberg besetzen wir exklusiv die Position eines Teamleiters Steuergeräte-Software (m/w/d) mit 8–10 Mitarbeitenden.

Ihr Werdegang im Bereich Basissoftware und Ihre Projektleitungserfahrung passen aus meiner Sicht sehr gut. Selbstverständlich behandeln wir Ihr Interesse streng vertraulich.

Darf ich Sie für ein erstes Gespräch anrufen?

Mit besten Grüßen
Dr. Claudia Weyrich
Partnerin | Talbach Executive Search GmbH | Königstraße 26 | 70173 Stuttgart""",
    ),
    m(
        "70206",
        "2025-10-29 18:10",
        "Dr. Claudia Weyrich <c.weyrich@talbach-search.example>",
        "Gespräch bei der Quendt Elektronik GmbH am 6. November",
        D("interview", QU, QUR, 4, "agency"),
        """Sehr geehrter Herr Ostendorf,

wie besprochen darf ich Ihnen nun den Namen unseres Mandanten nennen: Es handelt sich um die Quendt Elektronik GmbH in Leonberg.

Herr Fessler (Bereichsleiter Elektronikentwicklung) freut sich auf das Gespräch mit Ihnen am Donnerstag, 6. November, 15:00 Uhr in Leonberg, Siemensstraße 11. Ich begleite Sie zum ersten Teil des Gesprächs.

Anbei die Stellenbeschreibung und eine Anfahrtsskizze.

Mit besten Grüßen
Claudia Weyrich""",
        attach=[
            (
                "Positionsbeschreibung_Teamleiter_SG-SW.pdf",
                "application/pdf",
                "%PDF-1.4 (Positionsbeschreibung)",
            )
        ],
    ),
    m(
        "70262",
        "2025-11-19 12:31",
        "Dr. Claudia Weyrich <c.weyrich@talbach-search.example>",
        "Rückmeldung Quendt",
        D("rejection", QU, QUR, 4, "agency"),
        """Sehr geehrter Herr Ostendorf,

zunächst herzlichen Dank für Ihre Zeit und den offenen Austausch mit Herrn Fessler. Er war von Ihrem technischen Verständnis ausgesprochen angetan.

Nach Abschluss aller Gespräche hat sich Quendt dennoch für einen Kandidaten mit längerer disziplinarischer Führungserfahrung entschieden. Ich bedaure das, denn aus meiner Sicht waren Sie sehr knapp dran.

Gern würde ich mit Ihnen in Kontakt bleiben.

Mit besten Grüßen
Claudia Weyrich""",
    ),
    # --- 5 voltaro (Munich start-up, Personio, du) ------------------------------------------
    m(
        "70148",
        "2025-10-10 21:03",
        "voltaro GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung bei voltaro!",
        D("confirmation", VO, VOR, 5, "personio"),
        html="""<html><body>
<p>Hi Malte,</p>
<p>danke für deine Bewerbung als <strong>Embedded Engineer Ladeelektronik (m/w/d)</strong>! ⚡</p>
<p>Wir sind ein kleines Team in München und schauen uns jede Bewerbung persönlich an. Du hörst spätestens in 10 Tagen von uns – versprochen, auch wenn es leider nicht passen sollte.</p>
<p>Bis bald<br>Dein voltaro Team</p>
<p style="color:#888;font-size:11px">Powered by Personio</p>
</body></html>""",
    ),
    m(
        "70184",
        "2025-10-20 22:47",
        "Jonas Rieder <jonas.rieder.muc@gmail.com>",
        "voltaro – kurzer Call?",
        D("interview", VO, VOR, 5, "direct"),
        """Hey Malte,

ich bin Jonas, einer der beiden Gründer von voltaro (CTO). Dein Profil hat uns echt begeistert – vor allem die Erfahrung mit Leistungselektronik-Steuergeräten.

Hast du Lust auf einen ersten Call, ca. 45 min? Such dir gern einen Slot aus: https://calendly.com/jonas-voltaro/kennenlernen

Schreib mir ruhig über diese Adresse, mein voltaro-Postfach spinnt gerade.

Cheers
Jonas

--
Jonas Rieder | Co-Founder & CTO | voltaro GmbH | Werksviertel, München""",
    ),
    m(
        "70195",
        "2025-10-23 10:00",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Malte Ostendorf und Jonas Rieder – Mo., 27. Okt. 2025",
        D("interview", VO, VOR, 5, "other"),
        """Hallo Malte Ostendorf,

dein Termin ist eingeplant.

Veranstaltungsart: Kennenlernen voltaro (45 Min.)
Einladender: Jonas Rieder
Datum/Uhrzeit: 17:00 - 17:45, Montag, 27. Oktober 2025 (Mitteleuropäische Zeit)
Ort: Google Meet (Link folgt in der Kalendereinladung)

Termin absagen oder verschieben: https://calendly.com/cancellations/8f2a1c""",
        ics={
            "start": at("2025-10-27 17:00"),
            "minutes": 45,
            "organizer": ("Jonas Rieder", "jonas.rieder.muc@gmail.com"),
            "uid": "cal-8f2a1c-voltaro@calendly.com",
            "summary": "Kennenlernen voltaro zwischen Jonas Rieder und Malte Ostendorf",
            "location": "Google Meet",
        },
    ),
    m(
        "70226",
        "2025-11-04 13:12",
        "Jonas Rieder <jonas@voltaro.example>",
        "Tech-Day bei uns im Werksviertel",
        D("interview", VO, VOR, 5, "direct"),
        """Hi Malte,

so, jetzt geht auch mein richtiges Postfach wieder 🙂 Nach dem Call waren Anna und ich uns einig: Wir würden dich gern zu einem Tech-Day nach München einladen. Du lernst das Team kennen, wir schauen uns zusammen unseren Wallbox-Prototypen an und machen eine kleine Pairing-Session am Board.

Wie wär's mit Freitag, 14.11., ab 10 Uhr? Zugticket übernehmen wir natürlich.

Cheers
Jonas""",
    ),
    m(
        "70270",
        "2025-11-21 18:35",
        "Anna Lechner <anna@voltaro.example>",
        "Unser Angebot für dich 🚀",
        D("offer", VO, VOR, 5, "direct"),
        """Hi Malte,

es hat uns riesig Spaß gemacht mit dir am Tech-Day! Wir möchten dich unbedingt im Team haben und machen dir hiermit ein Angebot:

- Embedded Engineer Ladeelektronik, Vollzeit, unbefristet
- 76.000 € Fixgehalt + 0,15 % VSOP
- 2 Tage remote pro Woche, Start nach Absprache

Das Vertragsdokument schicke ich dir per DocuSign, sobald du grünes Licht gibst. Lass dir ruhig bis Ende nächster Woche Zeit.

Liebe Grüße
Anna
Co-Founder & CEO, voltaro""",
    ),
    m(
        "70308",
        "2025-12-03 09:48",
        "Anna Lechner <anna@voltaro.example>",
        "Re: Unser Angebot für dich 🚀",
        D("offer", VO, VOR, 5, "direct"),
        """Hi Malte,

schade, aber danke für deine ehrliche und schnelle Antwort. Verstehe total, dass die Sicherheit im Konzern gerade mit Familie wichtig ist. Falls es dich irgendwann doch in die Start-up-Welt zieht: Die Tür bleibt offen!

Alles Gute für den neuen Job
Anna

Am 02.12.2025 um 21:14 schrieb Malte Ostendorf <malte.ostendorf@web.de>:
> Hallo Anna, hallo Jonas,
> vielen Dank für das tolle Angebot. Nach langem Überlegen habe ich mich
> für eine andere Stelle entschieden und muss euer Angebot leider absagen.
> Viele Grüße, Malte""",
        st="declined",
    ),
    # --- 7 Haslinger (Mittelstand, direct mail) ---------------------------------------------
    m(
        "70133",
        "2025-10-07 11:26",
        "Personalabteilung Haslinger <bewerbung@haslinger-gmbh.example>",
        "Ihre Bewerbung vom 05.10.2025",
        D("confirmation", HA, HAR, 7, "direct"),
        """Sehr geehrter Herr Ostendorf,

wir bestätigen den Eingang Ihrer Bewerbungsunterlagen für die Stelle als Embedded-Softwareentwickler C/C++ (m/w/d) und bedanken uns für Ihr Interesse an unserem Familienunternehmen.

Sollten wir uns nicht innerhalb von vier Wochen bei Ihnen melden, sind wir leider nicht in der Lage, Ihre Bewerbung weiter zu berücksichtigen. Wir bitten um Ihr Verständnis.

Freundliche Grüße

Renate Wollny
Personal
Gebr. Haslinger GmbH & Co. KG
Max-Eyth-Straße 4 · 71364 Winnenden""",
    ),
    m(
        "70197",
        "2025-10-24 14:03",
        "Renate Wollny <r.wollny@haslinger-gmbh.example>",
        "Ihre Bewerbung bei uns",
        D("rejection", HA, HAR, 7, "direct"),
        """Sehr geehrter Herr Ostendorf,

vielen Dank für Ihre aussagekräftige Bewerbung. Ihr Werdegang hat uns beeindruckt, insbesondere Ihre Erfahrung in der Serienentwicklung.

Nach reiflicher Überlegung mussten wir uns allerdings für einen Bewerber entscheiden, der noch stärker im Bereich Landmaschinen-Elektronik verwurzelt ist. Ihre Unterlagen werden wir gemäß DSGVO nach sechs Monaten löschen.

Wir wünschen Ihnen viel Erfolg.

Freundliche Grüße
Renate Wollny
Gebr. Haslinger GmbH & Co. KG""",
    ),
    # --- 8 Merovia, Bremssysteme (Eightfold) -> intern besetzt -------------------------------
    m(
        "70120",
        "2025-10-03 16:12",
        "Merovia Careers <careers@merovia.eightfold.ai>",
        "Merovia: Ihre Bewerbung ist eingegangen",
        D("confirmation", MV, MV1, 8, "other"),
        html=f"""<html><body>
<div style="max-width:600px;margin:auto;font-family:Helvetica">
<img src="https://static.vscdn.net/images/careers/merovia/logo.png" alt="Merovia">
<p>Hallo Malte,</p>
<p>vielen Dank für Ihre Bewerbung als <b>{MV1}</b> bei der Merovia Mobility Solutions GmbH in Abstatt.</p>
<p>Wir prüfen nun Ihre Qualifikationen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.</p>
<p>In der Zwischenzeit empfehlen wir Ihnen weitere passende Stellen auf Basis Ihres Profils.</p>
<p>Beste Grüße<br>Merovia Talent Acquisition</p>
</div></body></html>""",
    ),
    m(
        "70214",
        "2025-10-31 10:40",
        "Merovia Careers <careers@merovia.eightfold.ai>",
        "Update zu Ihrer Bewerbung",
        D("rejection", MV, MV1, 8, "other"),
        f"""Hallo Malte,

danke für Ihre Geduld. Wir möchten Sie darüber informieren, dass die Stelle {MV1} (Job-ID 774120) intern besetzt wurde. Ihre Bewerbung kann daher leider nicht weiter berücksichtigt werden.

Wir haben uns sehr über Ihr Interesse gefreut und würden uns freuen, wenn Sie sich auf weitere Stellen bei Merovia bewerben.

Beste Grüße
Merovia Talent Acquisition""",
    ),
    # --- 9 Merovia re-application, Bremsregelsysteme ----------------------------------------
    m(
        "70253",
        "2025-11-15 09:33",
        "Merovia Careers <careers@merovia.eightfold.ai>",
        "Merovia: Ihre Bewerbung ist eingegangen",
        D("confirmation", MV, MV2, 9, "other"),
        html=f"""<html><body>
<div style="max-width:600px;margin:auto;font-family:Helvetica">
<p>Hallo Malte,</p>
<p>vielen Dank für Ihre Bewerbung als <b>{MV2}</b> bei der Merovia Mobility Solutions GmbH in Abstatt.</p>
<p>Wir prüfen nun Ihre Qualifikationen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.</p>
<p>Beste Grüße<br>Merovia Talent Acquisition</p>
</div></body></html>""",
    ),
    # --- 10 Ostara Automotive (Avature) ------------------------------------------------------
    m(
        "70167",
        "2025-10-16 07:58",
        "Ostara Automotive Karriere <ostara@avature.net>",
        "Bestätigung: Bewerbung Cybersecurity Engineer Automotive",
        D("confirmation", OS, OSR, 10, "other"),
        """Guten Tag Herr Ostendorf,

wir haben Ihre Bewerbung für die Position Cybersecurity Engineer Automotive (m/w/d), Standort München, erhalten.

Unser Recruiting-Team wird Ihre Unterlagen prüfen. Sollte Ihr Profil nicht zu den Anforderungen passen, erhalten Sie ebenfalls eine Nachricht von uns.

Freundliche Grüße
Ostara Automotive Recruiting""",
    ),
    m(
        "70244",
        "2025-11-12 13:19",
        "Ostara Automotive Karriere <ostara@avature.net>",
        "Ihre Bewerbung bei Ostara Automotive",
        D("rejection", OS, OSR, 10, "other"),
        """Guten Tag Herr Ostendorf,

vielen Dank für Ihr Interesse an Ostara Automotive und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Wir haben zahlreiche qualifizierte Bewerbungen erhalten. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können.

Wir wünschen Ihnen alles Gute.

Freundliche Grüße
Ostara Automotive Recruiting""",
    ),
    # --- 11 Lindenfels Sensorik (StepStone -> direct reject) ---------------------------------
    m(
        "70144",
        "2025-10-09 20:15",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        D("confirmation", LF, LFR, 11, "other"),
        html=f"""<html><body>
<table width="600"><tr><td>
<h2>Bewerbung versendet!</h2>
<p>Hallo Malte Ostendorf,</p>
<p>Ihre Bewerbung auf die Stelle <b>{LFR}</b> bei <b>Lindenfels Sensorik GmbH</b> (Ulm) wurde erfolgreich versendet.</p>
<p>Tipp: Unternehmen antworten im Schnitt innerhalb von 14 Tagen. Ihre Bewerbungen finden Sie unter „Meine Bewerbungen“.</p>
<p>Ihr StepStone Team</p>
</td></tr></table></body></html>""",
    ),
    m(
        "70217",
        "2025-11-02 10:11",
        "Lindenfels Sensorik GmbH <karriere@lindenfels-sensorik.example>",
        "Ihre Bewerbung als Firmware-Entwickler Radarsensorik (m/w/d)",
        D("rejection", LF, LFR, 11, "direct"),
        """Sehr geehrter Herr Ostendorf,

vielen Dank für Ihre Bewerbung über StepStone und Ihr Interesse an der Lindenfels Sensorik GmbH.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

Mit freundlichen Grüßen
Personalabteilung""",
    ),
    # --- 12 Pfeilmann Elektronik (XING) ------------------------------------------------------
    m(
        "70178",
        "2025-10-18 11:07",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung bei Pfeilmann Elektronik GmbH",
        D("confirmation", PF, PFR, 12, "other"),
        """Hallo Malte Ostendorf,

Ihre Bewerbung als Entwicklungsingenieur Embedded Systems (m/w/d) bei Pfeilmann Elektronik GmbH wurde erfolgreich übermittelt.

Das Unternehmen kann nun Ihr XING-Profil und Ihre Unterlagen einsehen.

Viel Erfolg wünscht Ihnen
Ihr XING-Team""",
    ),
    m(
        "70237",
        "2025-11-10 08:41",
        "Florian Pfeilmann <f.pfeilmann@pfeilmann-elektronik.example>",
        "Einladung zum Vorstellungsgespräch",
        D("interview", PF, PFR, 12, "direct"),
        """Sehr geehrter Herr Ostendorf,

vielen Dank für Ihre Bewerbung über XING. Gerne möchte ich Sie zu einem persönlichen Gespräch in unser Haus in Böblingen einladen. Wäre Ihnen Dienstag, der 25. November, um 9:30 Uhr recht? Im Anschluss zeige ich Ihnen gern unsere Fertigung.

Mit freundlichen Grüßen
Florian Pfeilmann
Geschäftsführer
Pfeilmann Elektronik GmbH | Otto-Lilienthal-Straße 9 | 71034 Böblingen""",
    ),
    m(
        "70284",
        "2025-11-26 16:50",
        "Florian Pfeilmann <f.pfeilmann@pfeilmann-elektronik.example>",
        "Nach unserem Gespräch",
        D("interview", PF, PFR, 12, "direct"),
        """Sehr geehrter Herr Ostendorf,

danke für Ihren Besuch gestern. Wir sind noch in Gesprächen mit zwei weiteren Kandidaten und melden uns bis Mitte Dezember. Falls Sie Fragen zur Stelle haben, rufen Sie mich gern an.

Mit freundlichen Grüßen
Florian Pfeilmann""",
    ),
    m(
        "70318",
        "2025-12-05 11:27",
        "Malte Ostendorf <malte.ostendorf@web.de>",
        "Rückzug meiner Bewerbung – Entwicklungsingenieur Embedded Systems",
        D("confirmation", PF, PFR, 12, "direct"),
        """Sehr geehrter Herr Pfeilmann,

vielen Dank nochmals für das angenehme Gespräch und die Führung durch Ihre Fertigung. Da ich zwischenzeitlich eine Zusage für eine andere Stelle angenommen habe, ziehe ich meine Bewerbung hiermit zurück.

Ich wünsche Ihnen und Ihrem Team alles Gute.

Mit freundlichen Grüßen
Malte Ostendorf""",
        to="Florian Pfeilmann <f.pfeilmann@pfeilmann-elektronik.example>",
        st="withdrawn",
    ),
    m(
        "70322",
        "2025-12-05 14:02",
        "Florian Pfeilmann <f.pfeilmann@pfeilmann-elektronik.example>",
        "AW: Rückzug meiner Bewerbung – Entwicklungsingenieur Embedded Systems",
        D("confirmation", PF, PFR, 12, "direct"),
        """Sehr geehrter Herr Ostendorf,

schade, aber ich danke Ihnen für die offene Information und wünsche Ihnen einen guten Start bei Ihrem neuen Arbeitgeber.

Mit freundlichen Grüßen
Florian Pfeilmann""",
        st="withdrawn",
    ),
    # --- 13 Brenner & Sohn (Indeed) ----------------------------------------------------------
    m(
        "70156",
        "2025-10-12 22:30",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: Softwareentwickler Prüfstandsautomatisierung (m/w/d)",
        D("confirmation", BS, BSR, 13, "indeed"),
        html=f"""<html><body>
<p><b>Ihre Bewerbung wurde gesendet</b></p>
<p>{BSR}<br>Brenner &amp; Sohn Prüftechnik GmbH – Esslingen am Neckar</p>
<p>Wir haben Ihre Bewerbung an den Arbeitgeber weitergeleitet. Sie können den Status in „Meine Jobs“ verfolgen.</p>
<p>Indeed</p></body></html>""",
    ),
    m(
        "70248",
        "2025-11-13 09:09",
        "Brenner & Sohn Prüftechnik GmbH <noreply@indeed.com>",
        "Eine Nachricht von Brenner & Sohn Prüftechnik GmbH",
        D("rejection", BS, BSR, 13, "indeed"),
        """Guten Tag Malte,

danke, dass Sie sich die Zeit genommen haben, sich bei uns zu bewerben. Nach Prüfung aller Bewerbungen haben wir entschieden, mit anderen Kandidaten fortzufahren.

Viel Erfolg bei Ihrer Jobsuche!

Brenner & Sohn Prüftechnik GmbH

Antworten Sie dem Arbeitgeber über Indeed.""",
    ),
    # --- 14 Tessmer Automation (Arbeitsagentur Vermittlungsvorschlag -> softgarden, ghosted) --
    m(
        "70180",
        "2025-10-20 07:15",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neuer Vermittlungsvorschlag in Ihrem Postfach",
        ("outreach", TE, TER, None, "other", "de"),
        """Guten Tag Herr Ostendorf,

in Ihrem Postfach auf arbeitsagentur.de liegt eine neue Nachricht für Sie: Vermittlungsvorschlag – Embedded-Entwickler Steuerungstechnik (m/w/d), Tessmer Automation GmbH, Fellbach.

Bitte bewerben Sie sich zeitnah und teilen Sie uns das Ergebnis Ihrer Bewerbung mit.

Mit freundlichen Grüßen
Ihre Agentur für Arbeit Stuttgart

Dies ist eine automatisch erstellte Nachricht.""",
    ),
    m(
        "70190",
        "2025-10-21 19:58",
        "Tessmer Automation GmbH <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung – Embedded-Entwickler Steuerungstechnik (m/w/d)",
        D("confirmation", TE, TER, 14, "other"),
        """Sehr geehrter Herr Ostendorf,

vielen Dank für Ihre Online-Bewerbung. Wir haben Ihre Unterlagen erhalten und werden diese schnellstmöglich prüfen.

Bitte haben Sie Verständnis, dass die Bearbeitung einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Tessmer Recruiting-Team""",
    ),
    # --- 15 HKS / Hofmann Kabelsysteme (acronym, direct + Recruitee) -------------------------
    m(
        "70198",
        "2025-10-25 10:35",
        "HKS Karriere <noreply@recruitee.com>",
        "Ihre Bewerbung bei Hofmann Kabelsysteme",
        D("confirmation", HK, HKR, 15, "recruitee"),
        f"""Hallo Malte,

vielen Dank für Ihre Bewerbung als {HKR}! Wir haben alles erhalten.

Unser Team meldet sich innerhalb von zwei Wochen. Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Team People & Culture
HKS Hofmann Kabelsysteme GmbH""",
    ),
    m(
        "70240",
        "2025-11-11 09:55",
        "Melanie Strobel <m.strobel@hks-kabel.example>",
        "Einladung Videointerview – Hardware-Entwickler",
        D("interview", HK, HKR, 15, "direct"),
        """Hallo Herr Ostendorf,

wir möchten Sie gern näher kennenlernen und laden Sie zu einem Videointerview ein: Donnerstag, 20.11.2025, 11:00 Uhr (ca. 60 Minuten). Die Einladung mit Teams-Link kommt separat.

Viele Grüße
Melanie Strobel
HR Business Partner | HKS – Hofmann Kabelsysteme GmbH | Kirchheim unter Teck""",
        ics={
            "start": at("2025-11-20 11:00"),
            "organizer": ("Strobel, Melanie", "m.strobel@hks-kabel.example"),
            "uid": "040000008200E00074C5B7101A82E008000000005E5F6A7B",
            "summary": "Videointerview Hardware-Entwickler – M. Ostendorf",
            "location": "Microsoft Teams",
            "style": "outlook",
        },
    ),
    m(
        "70276",
        "2025-11-24 15:16",
        "Melanie Strobel <m.strobel@hks-kabel.example>",
        "Ihre Bewerbung als Hardware-Entwickler Bordnetz-Elektronik",
        D("rejection", HK, HKR, 15, "direct"),
        """Hallo Herr Ostendorf,

vielen Dank für das offene und sympathische Gespräch letzte Woche. Das Team war von Ihrem Systemverständnis angetan.

Da der Schwerpunkt der Stelle doch stärker auf Schaltungsentwicklung und Layout liegt, haben wir uns am Ende für einen anderen Kandidaten entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Viele Grüße
Melanie Strobel
HKS""",
    ),
    # --- 16 Kaltenbach Digital (Tochter of Kaltenbach Gruppe, SuccessFactors) ----------------
    m(
        "70202",
        "2025-10-27 08:20",
        "Kaltenbach Gruppe Karriere <noreply@successfactors.eu>",
        "Wir haben Ihre Bewerbung erhalten",
        D("confirmation", KD, KDR, 16, "other"),
        f"""Sehr geehrter Herr Ostendorf,

herzlichen Dank für Ihre Bewerbung als {KDR} bei der Kaltenbach Digital GmbH, einer Tochter der Kaltenbach Gruppe.

Wir werden Ihre Unterlagen nun prüfen und uns zeitnah bei Ihnen melden.

Mit freundlichen Grüßen
Kaltenbach Gruppe – HR Services
Kaltenbach SE · Heilbronner Straße 140 · 70191 Stuttgart""",
    ),
    m(
        "70228",
        "2025-11-05 12:00",
        "Kaltenbach Gruppe Karriere <noreply@successfactors.eu>",
        "Nächster Schritt: Online-Test",
        D("assessment", KD, KDR, 16, "other"),
        """Sehr geehrter Herr Ostendorf,

im nächsten Schritt laden wir Sie zu einem Online-Test ein (kognitive Fähigkeiten und Arbeitsstil, ca. 35 Minuten). Den Link erhalten Sie in einer separaten E-Mail unseres Testpartners.

Bitte bearbeiten Sie den Test innerhalb von fünf Tagen.

Mit freundlichen Grüßen
Kaltenbach Gruppe – HR Services""",
    ),
    m(
        "70259",
        "2025-11-18 17:25",
        "Tanja Mohr <tanja.mohr@kaltenbach-digital.example>",
        "Interview Software Architect OTA",
        D("interview", KD, KDR, 16, "direct"),
        """Sehr geehrter Herr Ostendorf,

gern würden wir Sie zu einem Interview mit Herrn Şahin (Head of Vehicle Software) einladen. Anbei eine Einladung für den 28.11., 14:00 Uhr, in unserem Büro im Stuttgarter Westen (Rotebühlstraße 121).

Mit freundlichen Grüßen
Tanja Mohr
Recruiting | Kaltenbach Digital GmbH""",
        ics={
            "start": at("2025-11-28 14:00"),
            "minutes": 75,
            "organizer": ("Mohr, Tanja (KD/HR)", "tanja.mohr@kaltenbach-digital.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000KD4471",
            "summary": "Interview Ostendorf / Software Architect OTA",
            "location": "Rotebühlstraße 121, 4. OG, Raum Neckar",
            "style": "outlook",
        },
    ),
    m(
        "70304",
        "2025-12-02 08:45",
        "Malte Ostendorf <malte.ostendorf@web.de>",
        "Rückzug meiner Bewerbung",
        D("confirmation", KD, KDR, 16, "direct"),
        """Sehr geehrte Frau Mohr,

vielen Dank für das interessante Gespräch am Freitag. Ich habe mich inzwischen für ein anderes Angebot entschieden und möchte meine Bewerbung als Software Architect Over-the-Air Updates daher zurückziehen.

Mit freundlichen Grüßen
Malte Ostendorf""",
        to="Tanja Mohr <tanja.mohr@kaltenbach-digital.example>",
        st="withdrawn",
    ),
    # --- 17 Talvik (Workday tenant slug tlvk) -----------------------------------------------
    m(
        "70211",
        "2025-10-30 20:41",
        "tlvk <tlvk@myworkday.com>",
        "Bestätigung Ihrer Bewerbung: R-0031877 Validierungsingenieur HiL (m/w/d)",
        D("confirmation", TV, TVR, 17, "workday"),
        """Sehr geehrter Herr Ostendorf,

vielen Dank für Ihre Bewerbung auf die Stelle R-0031877 Validierungsingenieur HiL (m/w/d) in Ingolstadt.

Sie können den Status Ihrer Bewerbung jederzeit unter https://tlvk.wd3.myworkdayjobs.com/de-DE/Talvik_Careers einsehen.

Freundliche Grüße
Talvik Talent Acquisition""",
    ),
    m(
        "70282",
        "2025-11-25 11:38",
        "tlvk <tlvk@myworkday.com>",
        "Ihre Bewerbung bei Talvik",
        D("rejection", TV, TVR, 17, "workday"),
        """Sehr geehrter Herr Ostendorf,

wir danken Ihnen für Ihr Interesse an Talvik. Ihre Qualifikationen sind beeindruckend, und wir haben Ihre Bewerbung aufmerksam geprüft.

Nach sorgfältiger Abwägung haben wir uns jedoch entschieden, andere Kandidatinnen und Kandidaten für die Position R-0031877 weiter zu berücksichtigen.

Freundliche Grüße
Talvik Talent Acquisition""",
    ),
    # --- 18 Nivaro Robotics (Teamtailor) ------------------------------------------------------
    m(
        "70150",
        "2025-10-11 12:12",
        "Nivaro Robotics <no-reply@teamtailor-mail.com>",
        "Danke für Ihre Bewerbung!",
        D("confirmation", NV, NVR, 18, "teamtailor"),
        html=f"""<html><body>
<p>Hallo Malte,</p>
<p>vielen Dank für Ihre Bewerbung als {NVR} bei Nivaro Robotics. Wir melden uns so schnell wie möglich.</p>
<p>Falls Sie leider nicht in die engere Auswahl kommen, informieren wir Sie selbstverständlich auch darüber.</p>
<p>Viele Grüße<br>Nivaro Robotics</p></body></html>""",
    ),
    m(
        "70192",
        "2025-10-22 09:33",
        "Nivaro Robotics <no-reply@teamtailor-mail.com>",
        "Ihre Bewerbung bei Nivaro Robotics",
        D("rejection", NV, NVR, 18, "teamtailor"),
        html="""<html><body>
<p>Hallo Malte,</p>
<p>herzlichen Dank für Ihr Interesse an Nivaro Robotics. Wir haben uns Ihr Profil genau angesehen und waren von Ihrer Erfahrung beeindruckt.</p>
<p>Für diese Position suchen wir jedoch jemanden mit tieferer Erfahrung in Yocto und Linux-Treiberentwicklung, daher werden wir Ihre Bewerbung nicht weiterverfolgen.</p>
<p>Alles Gute!<br>Nivaro Robotics</p></body></html>""",
    ),
    # --- 19 Steinlein (LinkedIn-ish via SmartRecruiters? no: Recruitee -> ghosted) -----------
    m(
        "70235",
        "2025-11-08 15:47",
        "Steinlein Fahrzeugtechnik <noreply@smartrecruiters.com>",
        "Vielen Dank für Ihre Bewerbung bei Steinlein Fahrzeugtechnik",
        D("confirmation", SL, SLR, 19, "smartrecruiters"),
        f"""Hallo Malte,

vielen Dank für Ihre Bewerbung als {SLR}. Wir haben Ihre Unterlagen erhalten und sehen sie uns sorgfältig an.

Bitte beachten Sie: Aufgrund der hohen Anzahl an Bewerbungen kann die Prüfung bis zu vier Wochen dauern.

Beste Grüße
Steinlein Fahrzeugtechnik GmbH – Recruiting""",
    ),
    # --- 20 Ebersbach Mobility (SmartRecruiters + assessment) --------------------------------
    m(
        "70158",
        "2025-10-13 18:20",
        "Ebersbach Mobility <noreply@smartrecruiters.com>",
        "Bewerbungseingang: Funktionsentwickler Thermomanagement (m/w/d)",
        D("confirmation", EB, EBR, 20, "smartrecruiters"),
        """Hallo Malte,

danke für Ihre Bewerbung bei der Ebersbach Mobility GmbH! Wir prüfen Ihre Unterlagen und kommen bald auf Sie zu.

Ihr Ebersbach Recruiting Team""",
    ),
    m(
        "70200",
        "2025-10-26 10:14",
        "Ebersbach Mobility <noreply@smartrecruiters.com>",
        "Ebersbach Mobility – Ihr Online-Assessment",
        D("assessment", EB, EBR, 20, "smartrecruiters"),
        """Hallo Malte,

Ihre Bewerbung hat uns überzeugt! Im nächsten Schritt bitten wir Sie, eine kurze Fallstudie zu Matlab/Simulink (Regelung eines Kältemittelkreislaufs) zu bearbeiten. Sie haben dafür 7 Tage Zeit.

Zur Aufgabe: https://ebersbach-mobility.example/case?c=ab91

Ihr Ebersbach Recruiting Team""",
    ),
    m(
        "70251",
        "2025-11-14 12:50",
        "Ebersbach Mobility <noreply@smartrecruiters.com>",
        "Ihre Bewerbung bei Ebersbach Mobility",
        D("rejection", EB, EBR, 20, "smartrecruiters"),
        """Hallo Malte,

vielen Dank für die Bearbeitung der Fallstudie – die Mühe, die Sie hineingesteckt haben, war deutlich zu erkennen.

Nach eingehender Prüfung haben wir uns entschieden, den Prozess mit anderen Bewerbenden fortzusetzen. Wir drücken Ihnen die Daumen für Ihre weitere Suche.

Ihr Ebersbach Recruiting Team""",
    ),
    # --- 21 Weinmann (softgarden, forwarded from old address, interview, reject) -------------
    m(
        "70170",
        "2025-10-16 21:40",
        "Malte Ostendorf <m.ostendorf@gmx.de>",
        "WG: Ihre Bewerbung bei der Weinmann Antriebstechnik GmbH",
        D("confirmation", WM, WMR, 21, "other"),
        """Hab aus Versehen die alte Adresse angegeben – zur Sicherheit weitergeleitet.

-------- Weitergeleitete Nachricht --------
Von: Weinmann Antriebstechnik GmbH <noreply@softgarden.io>
Datum: 16.10.2025, 18:03
An: m.ostendorf@gmx.de
Betreff: Ihre Bewerbung bei der Weinmann Antriebstechnik GmbH

Sehr geehrter Herr Ostendorf,

herzlichen Dank für Ihre Bewerbung als Embedded-Softwareentwickler Motorsteuerung (m/w/d) an unserem Standort Schwäbisch Gmünd. Ihre Unterlagen sind bei uns eingegangen.

Bitte verwenden Sie für Rückfragen ausschließlich Ihren Bewerberzugang.

Mit freundlichen Grüßen
Ihr Personalteam der Weinmann Antriebstechnik GmbH""",
    ),
    m(
        "70216",
        "2025-11-01 09:22",
        "Weinmann Antriebstechnik GmbH <noreply@softgarden.io>",
        "Einladung zum Fachgespräch",
        D("interview", WM, WMR, 21, "other"),
        """Sehr geehrter Herr Ostendorf,

wir freuen uns, Sie zu einem Fachgespräch einzuladen. Bitte wählen Sie über folgenden Link einen passenden Termin aus: https://weinmann.softgarden.io/interview/slot?id=5531

Mit freundlichen Grüßen
Ihr Personalteam der Weinmann Antriebstechnik GmbH""",
        to="Malte Ostendorf <m.ostendorf@gmx.de>",
    ),
    m(
        "70268",
        "2025-11-20 14:28",
        "Weinmann Antriebstechnik GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung als Embedded-Softwareentwickler Motorsteuerung (m/w/d)",
        D("rejection", WM, WMR, 21, "other"),
        """Sehr geehrter Herr Ostendorf,

haben Sie vielen Dank für das interessante Fachgespräch und Ihr Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Bitte verstehen Sie dies nicht als Wertung Ihrer Person.

Mit freundlichen Grüßen
Ihr Personalteam der Weinmann Antriebstechnik GmbH""",
        to="Malte Ostendorf <m.ostendorf@gmx.de>",
    ),
    # --- 22 Prisma Technical Staffing (ANÜ) for a Tier-1, named Ruhland ----------------------
    m(
        "70212",
        "2025-10-31 11:03",
        "Laura Kessel <laura.kessel@prisma-technical.example>",
        "Testingenieur ADAS (m/w/d) – Tier-1-Zulieferer Raum Stuttgart",
        ("outreach", None, RUR, None, "agency", "de"),
        """Hallo Herr Ostendorf,

für einen Tier-1-Zulieferer im Raum Stuttgart suche ich einen Testingenieur ADAS (m/w/d). Einsatz in Arbeitnehmerüberlassung, Übernahme nach 12 Monaten geplant, Vergütung nach IG-Metall-Tarif.

Wenn Sie Interesse haben, schicken Sie mir gern Ihren aktuellen Lebenslauf.

Viele Grüße
Laura Kessel
Personaldisponentin | Prisma Technical Staffing GmbH""",
    ),
    m(
        "70222",
        "2025-11-03 15:59",
        "Laura Kessel <laura.kessel@prisma-technical.example>",
        "Ihr Profil bei Ruhland Automotive Systems",
        D("confirmation", RU, RUR, 22, "agency"),
        """Hallo Herr Ostendorf,

danke für Ihren Lebenslauf! Wie telefonisch besprochen habe ich Sie heute bei unserem Kunden Ruhland Automotive Systems in Weissach für die Stelle Testingenieur ADAS vorgestellt. Ich melde mich, sobald ich Feedback habe.

Viele Grüße
Laura Kessel""",
    ),
    m(
        "70256",
        "2025-11-17 10:26",
        "Laura Kessel <laura.kessel@prisma-technical.example>",
        "Feedback Ruhland",
        D("rejection", RU, RUR, 22, "agency"),
        """Hallo Herr Ostendorf,

leider hat Ruhland sich gegen eine Einladung entschieden – der Kunde sucht jemanden mit mehr Erfahrung in dSPACE-Testautomatisierung. Ich finde das schade und melde mich, wenn ich etwas Passendes für Sie habe.

Viele Grüße
Laura Kessel""",
    ),
]
