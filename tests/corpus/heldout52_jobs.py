# ruff: noqa: E501
"""Corpus 52, Austrian job mail (German, some English): applications 1-15 and their alerts."""

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


DL = "Donauland Versicherung"
DL_R = "Senior Compliance Officer"
AH = "AlpenHypo"
AH_R1 = "Risikomanager Kreditrisiko"
AH_R2 = "Teamleiter Operational Risk"
LB = "Landbank Oberösterreich"
LB_R = "Leiter Compliance"
BLH = "BLH"
BLH_R = "Manager Financial Services Risk Consulting"
OEF = "BAFS"
OEF_R = "Experte Bankenaufsicht Governance & Compliance"
KT = "Kontora"
KT_R = "Head of Compliance & MLRO"
SB = "Schottenbank"
SB_R = "Leiter Geldwäscheprävention"
TV = "Tauern Versicherung"
TV_R = "Compliance Specialist"
SGV = "SGV Versicherung"
SGV_R = "Compliance Officer"
EL = "Ennstal Leasing"
EL_R = "Risk Manager"
TS = "Traunstahl"
TS_R = "Compliance Manager"
HS = "Heimstatt"
HS_R = "Interne Revision und Compliance"

SIG_DL = """
Mag. Verena Koller
Human Resources | Recruiting
Donauland Versicherung
Donauländische Versicherung AG
Praterstraße 31, 1020 Wien
T +43 1 21788-4412
www.donauland-versicherung.at

Firmenbuch FN 48211 m, Handelsgericht Wien"""

MAIL = [
    # 1 Donauland Versicherung: karriere.at -> Zwischenbescheid -> Teams -> 2nd round -> offer -> accepted
    m(
        "5201",
        "2025-09-04 21:12:00 +0200",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde erfolgreich versendet",
        ("confirmation", DL, DL_R, 1, "other", "de"),
        """Hallo Lukas,

deine Bewerbung als

Senior Compliance Officer (m/w/d)
Donauländische Versicherung AG – Wien

wurde erfolgreich an das Unternehmen übermittelt.

Wie geht es weiter?
Das Unternehmen meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du jederzeit unter "Meine Bewerbungen".

Viel Erfolg!
Dein karriere.at Team

karriere.at GmbH · Tintenstraße 2 · 4040 Linz
Du erhältst diese E-Mail, weil du über karriere.at eine Bewerbung versendet hast.""",
    ),
    m(
        "5202",
        "2025-09-17 10:41:00 +0200",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "Ihre Bewerbung – Senior Compliance Officer (m/w/d)",
        ("confirmation", DL, DL_R, 1, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit bei der Donauland Versicherung.

Wir möchten Ihnen einen kurzen Zwischenbescheid geben: Aufgrund der zahlreichen Zuschriften wird die Sichtung der Unterlagen noch etwas Zeit in Anspruch nehmen. Wir rechnen damit, Ihnen bis Anfang Oktober eine Rückmeldung geben zu können.

Wir bitten Sie um etwas Geduld.

Mit freundlichen Grüßen
"""
        + SIG_DL,
    ),
    m(
        "5203",
        "2025-10-02 14:05:00 +0200",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "Einladung zum Bewerbungsgespräch – Senior Compliance Officer",
        ("interview", DL, DL_R, 1, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

Ihre Unterlagen haben uns überzeugt und wir würden Sie gerne näher kennenlernen.

Für ein erstes Bewerbungsgespräch (ca. 45 Minuten, via Microsoft Teams) mit Herrn Dr. Gruber, Bereichsleiter Compliance & Recht, und mir hätten wir folgende Termine frei:

- Dienstag, 7. Oktober, 10:00 Uhr
- Mittwoch, 8. Oktober, 14:30 Uhr

Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen besser passt.

Mit freundlichen Grüßen
"""
        + SIG_DL,
    ),
    m(
        "5204",
        "2025-10-02 16:48:00 +0200",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "AW: Einladung zum Bewerbungsgespräch – Senior Compliance Officer",
        ("interview", DL, DL_R, 1, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

passt Ihnen dann Dienstag, 10 Uhr? Die Einladung mit dem Teams-Link schicke ich Ihnen gleich separat.

Beste Grüße
Verena Koller

-----Ursprüngliche Nachricht-----
Von: Lukas Brunner-Haas <lukas.brunner-haas@gmx.at>
Gesendet: Donnerstag, 2. Oktober 2025 15:52
An: Koller Verena <verena.koller@donauland-versicherung.at>
Betreff: Re: Einladung zum Bewerbungsgespräch – Senior Compliance Officer

Sehr geehrte Frau Mag. Koller,

vielen Dank für die Einladung, darüber freue ich mich sehr. Beide Termine wären für mich möglich, am Dienstag wäre ich etwas flexibler.

Mit freundlichen Grüßen
Lukas Brunner-Haas""",
    ),
    m(
        "5205",
        "2025-10-02 16:55:00 +0200",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "Bewerbungsgespräch Senior Compliance Officer – L. Brunner-Haas",
        ("interview", DL, DL_R, 1, "direct", "de"),
        """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumsystem teil
Hier klicken, um an der Besprechung teilzunehmen
Besprechungs-ID: 312 448 907 115
Kennung: q7Hh2N
________________________________________________________________________________""",
        ics={
            "style": "outlook",
            "start": "2025-10-07 10:00:00 +0200",
            "minutes": 45,
            "organizer": ("Koller Verena", "verena.koller@donauland-versicherung.at"),
            "uid": "040000008200E00074C5B7101A82E008000000005A1F2C3D4E",
            "summary": "Bewerbungsgespräch Senior Compliance Officer – L. Brunner-Haas",
            "location": "Microsoft Teams-Besprechung",
            "attendees": [("Gruber Thomas", "thomas.gruber@donauland-versicherung.at")],
        },
    ),
    m(
        "5206",
        "2025-10-16 09:20:00 +0200",
        "Thomas Gruber <thomas.gruber@donauland-versicherung.at>",
        "Zweites Gespräch",
        ("interview", DL, DL_R, 1, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

danke nochmals für das angenehme Gespräch letzte Woche. Wir möchten den Prozess gerne mit Ihnen fortsetzen und Sie zu einem persönlichen Gespräch bei uns in der Praterstraße einladen, diesmal auch mit unserem Vorstand für Finanzen, Herrn Mag. Pichler.

Wäre Donnerstag, der 23. Oktober, um 15:00 Uhr für Sie machbar? Melden Sie sich bitte am Empfang im Erdgeschoß.

Freundliche Grüße
Thomas Gruber

Dr. Thomas Gruber
Bereichsleiter Compliance & Recht
Donauländische Versicherung AG""",
    ),
    m(
        "5207",
        "2025-11-05 11:02:00 +0100",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "Unser Angebot an Sie",
        ("offer", DL, DL_R, 1, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Position Senior Compliance Officer anbieten zu können.

Die Eckdaten im Überblick:
- Dienstantritt: 2. Februar 2026 (nach Absprache auch früher)
- Einstufung laut Kollektivvertrag für Angestellte des Innendienstes der Versicherungsunternehmen, Gehaltsschema Verwendungsgruppe VI
- Bruttojahresgehalt EUR 86.000 (14 Gehälter), zzgl. leistungsabhängiger Bonus
- Gleitzeit, 2 Tage Homeoffice pro Woche

Den Entwurf des Dienstvertrags finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis 14. November freuen.

Mit freundlichen Grüßen
"""
        + SIG_DL,
        attach=[
            (
                "Dienstvertrag_Entwurf_Brunner-Haas.pdf",
                "application/pdf",
                "%PDF-1.4 Dienstvertrag Entwurf",
            )
        ],
    ),
    m(
        "5208",
        "2025-11-12 15:31:00 +0100",
        "Verena Koller <verena.koller@donauland-versicherung.at>",
        "AW: Unser Angebot an Sie",
        ("offer", DL, DL_R, 1, "direct", "de"),
        """Lieber Herr Brunner-Haas,

herzlichen Dank für Ihre Zusage und den unterschriebenen Dienstvertrag – wir freuen uns sehr, dass Sie ab 2. Februar bei uns an Bord sind! Ihr Exemplar mit unserer Unterschrift kommt in den nächsten Tagen per Post.

Vor dem Dienstantritt melde ich mich noch wegen der Unterlagen für die Personalverrechnung.

Alles Gute bis dahin und liebe Grüße
Verena Koller

> Sehr geehrte Frau Mag. Koller,
> anbei sende ich Ihnen den unterzeichneten Dienstvertrag retour. Ich nehme das Angebot sehr gerne an.
> Mit freundlichen Grüßen
> Lukas Brunner-Haas""",
        st="accepted",
    ),
    m(
        "5209",
        "2026-01-20 08:45:00 +0100",
        "Personalverrechnung Donauland <personal@donauland-versicherung.at>",
        "Ihr Eintritt am 2. Februar 2026 – Unterlagen",
        ("other_job", DL, DL_R, None, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

für die Anmeldung bei der Sozialversicherung bitten wir Sie, uns bis 28. Jänner folgende Unterlagen zu übermitteln:
- Kopie der e-card
- Bankverbindung (IBAN)
- ausgefülltes Personalblatt (Anhang)

Am ersten Tag erwartet Sie Frau Koller um 8:30 Uhr am Empfang.

Mit freundlichen Grüßen
Personalverrechnung
Donauländische Versicherung AG""",
    ),
    # 2 + 5 AlpenHypo (two roles), SuccessFactors
    m(
        "5210",
        "2025-09-09 19:03:00 +0200",
        "AlpenHypo Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", AH, AH_R1, 2, "other", "de"),
        html="""<html><body style="font-family:Arial"><img src="https://career5.successfactors.eu/logo/alpenhypo.png" alt="AlpenHypo"><p>Sehr geehrter Herr Brunner-Haas,</p><p>vielen Dank für Ihre Bewerbung als <b>Risikomanager Kreditrisiko (m/w/d)</b> (Job-ID 41872) bei der Alpenländischen Hypothekenbank AG.</p><p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns so bald wie möglich bei Ihnen.</p><p>Für diese Position ist ein KV-Mindestgehalt laut Kollektivvertrag für Angestellte der Banken und Bankiers von EUR 4.096,- brutto/Monat vorgesehen; Überzahlung möglich.</p><p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der AlpenHypo</p><p style="font-size:10px;color:#888">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p></body></html>""",
    ),
    m(
        "5211",
        "2025-09-24 09:12:00 +0200",
        "AlpenHypo Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", AH, AH_R2, 3, "other", "de"),
        html="""<html><body style="font-family:Arial"><img src="https://career5.successfactors.eu/logo/alpenhypo.png" alt="AlpenHypo"><p>Sehr geehrter Herr Brunner-Haas,</p><p>vielen Dank für Ihre Bewerbung als <b>Teamleiter Operational Risk (m/w/d)</b> (Job-ID 42015) bei der Alpenländischen Hypothekenbank AG.</p><p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns so bald wie möglich bei Ihnen.</p><p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der AlpenHypo</p><p style="font-size:10px;color:#888">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p></body></html>""",
    ),
    m(
        "5212",
        "2025-10-06 13:37:00 +0200",
        "Sabine Leitner <sabine.leitner@alpenhypo.at>",
        "Ihre Bewerbung bei der AlpenHypo",
        ("rejection", AH, AH_R1, 2, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

nochmals vielen Dank für Ihre Bewerbung als Risikomanager Kreditrisiko. Ihr Profil hat uns wirklich gut gefallen – insbesondere Ihre Erfahrung mit IFRS 9 und der Aufbau des ICAAP-Reportings bei Ihrem jetzigen Arbeitgeber.

Nach intensiver Abwägung haben wir uns dennoch für eine Kandidatin entschieden, deren Schwerpunkt noch näher am Retail-Kreditgeschäft liegt.

Ihre Bewerbung für die Position Teamleiter Operational Risk ist davon selbstverständlich nicht berührt und bleibt weiter im Prozess.

Für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Sabine Leitner
HR Business Partner
Alpenländische Hypothekenbank AG | Marktplatz 6 | 6020 Innsbruck""",
    ),
    m(
        "5213",
        "2025-10-14 10:05:00 +0200",
        "Sabine Leitner <sabine.leitner@alpenhypo.at>",
        "Terminvorschlag Teamleiter Operational Risk",
        ("interview", AH, AH_R2, 3, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wie telefonisch angekündigt: Wir würden Sie gern zu einem Gespräch in unsere Wiener Niederlassung (Schubertring 12) einladen. Gesprächspartner sind Herr Mag. Egger (CRO) und ich.

Vorschlag: Montag, 20. Oktober, 13:00 Uhr. Alternativ ginge Dienstag, 21. Oktober, am Vormittag.

Mit freundlichen Grüßen
Sabine Leitner""",
    ),
    m(
        "5214",
        "2025-11-07 16:20:00 +0100",
        "Sabine Leitner <sabine.leitner@alpenhypo.at>",
        "AW: Rückzug meiner Bewerbung – Teamleiter Operational Risk",
        ("confirmation", AH, AH_R2, 3, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

danke für Ihre offene Nachricht. Wir bedauern Ihre Entscheidung natürlich, respektieren sie aber und haben Ihre Bewerbung aus dem laufenden Verfahren genommen.

Zu Ihrer neuen Aufgabe gratulieren wir herzlich und wünschen Ihnen einen guten Start.

Mit freundlichen Grüßen
Sabine Leitner

Von: Lukas Brunner-Haas <lukas.brunner-haas@gmx.at>
Gesendet: Freitag, 7. November 2025 09:14
An: Leitner Sabine
Betreff: Rückzug meiner Bewerbung – Teamleiter Operational Risk

Sehr geehrte Frau Leitner,
da ich mich zwischenzeitlich für ein anderes Angebot entschieden habe, ziehe ich meine Bewerbung hiermit zurück. Vielen Dank für die angenehmen Gespräche.""",
        st="withdrawn",
    ),
    # 4 Landbank Oberösterreich: prescreen -> AC -> interview -> rejection
    m(
        "5215",
        "2025-09-12 08:30:00 +0200",
        "Landbank Oberösterreich <bewerbung@landbank-ooe.prescreen.io>",
        "Bestätigung: Bewerbung Leiter Compliance (m/w/d)",
        ("confirmation", LB, LB_R, 4, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

danke für Ihre Bewerbung als Leiter Compliance (m/w/d) bei der Landbank Oberösterreich eGen in Linz.

Wir haben Ihre Unterlagen erhalten und melden uns innerhalb der nächsten drei Wochen.

Für diese Position gilt ein Mindestgehalt von EUR 5.200,- brutto pro Monat (14x) auf Basis des Kollektivvertrags für Raiffeisen-/Genossenschaftsbanken; eine deutliche Überzahlung je nach Qualifikation und Erfahrung ist vorgesehen.

Freundliche Grüße
Team Personal & Kultur
Landbank Oberösterreich eGen · Landbank-Platz 1 · 4020 Linz
Teil der Landbank Bankengruppe

Powered by prescreen""",
    ),
    m(
        "5216",
        "2025-10-01 11:15:00 +0200",
        "Landbank Oberösterreich <bewerbung@landbank-ooe.prescreen.io>",
        "Einladung zum Assessment-Center am 15. Oktober",
        ("assessment", LB, LB_R, 4, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wir freuen uns, Sie zu unserem eintägigen Assessment-Center für Führungskräfte einzuladen.

Datum: Mittwoch, 15. Oktober 2025, 8:30 bis ca. 16:00 Uhr
Ort: Landbank Campus, Seminarraum Traun, Landbank-Platz 1, 4020 Linz

Programm: Selbstpräsentation, Fallstudie (Aufbau eines Compliance-Monitorings), Rollenspiel Mitarbeitergespräch, Gruppenübung. Vorab bitten wir Sie, bis 10. Oktober den Online-Persönlichkeitsfragebogen auszufüllen (Link im Kandidatenportal, Dauer ca. 30 Minuten).

Reisekosten werden in Höhe eines ÖBB-Tickets 2. Klasse ersetzt.

Freundliche Grüße
Mag.a Birgit Hofinger
Personal & Kultur""",
    ),
    m(
        "5217",
        "2025-10-22 17:02:00 +0200",
        "Birgit Hofinger <birgit.hofinger@landbank-ooe.at>",
        "Nächster Schritt – Gespräch mit dem Vorstand",
        ("interview", LB, LB_R, 4, "direct", "de"),
        """Grüß Gott Herr Brunner-Haas,

nach dem Assessment-Center dürfen wir Sie in die finale Runde einladen: ein Gespräch mit Generaldirektor-Stv. Dr. Reisinger und Vorstandsdirektorin Mag.a Wimmer.

Termin: Freitag, 31. Oktober, 9:30 Uhr, Vorstandsetage 6. Stock.

Bitte um kurze Bestätigung.

Freundliche Grüße
Birgit Hofinger""",
    ),
    m(
        "5218",
        "2025-11-11 10:48:00 +0100",
        "Birgit Hofinger <birgit.hofinger@landbank-ooe.at>",
        "Ihre Bewerbung als Leiter Compliance",
        ("rejection", LB, LB_R, 4, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

zunächst möchten wir uns für Ihre Zeit und Ihr Engagement im gesamten Auswahlverfahren bedanken.

Der Vorstand hat sich nach reiflicher Überlegung für einen internen Kandidaten entschieden. Wir können Ihnen daher leider keine Zusage geben – auch wenn es wirklich knapp war.

Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gerne für 12 Monate in Evidenz halten.

Freundliche Grüße
Mag.a Birgit Hofinger
Landbank Oberösterreich eGen""",
    ),
    # 6 BLH (Big Four): Workday EN -> assessment -> interview -> offer -> declined
    m(
        "5219",
        "2025-09-15 22:40:00 +0200",
        "BLH Careers <blh@myworkday.com>",
        "Thank you for applying to BLH",
        ("confirmation", BLH, BLH_R, 5, "workday", "en"),
        """Dear Lukas,

Thank you for your interest in BLH. We have received your application for the position of Manager – Financial Services Risk Consulting (Job Req ID R-2025-11873), Vienna.

Our recruitment team will carefully review your application. You can check the status at any time by signing in to your candidate home.

Kind regards,
BLH Talent Acquisition Austria

BLH Austria GmbH Wirtschaftsprüfungs- und Steuerberatungsgesellschaft
This mailbox is not monitored.""",
    ),
    m(
        "5220",
        "2025-09-23 09:01:00 +0200",
        "BLH Talent Acquisition <noreply@aon.com>",
        "BLH – Online-Assessment / online assessment invitation",
        ("assessment", BLH, BLH_R, 5, "other", "en"),
        """Dear Lukas Brunner-Haas,

On behalf of BLH, we invite you to complete the online assessment as the next step of your application.

The assessment consists of:
- a numerical reasoning test (approx. 18 minutes)
- a work-style personality questionnaire (approx. 20 minutes)

Please complete both parts by 30 September 2025, 23:59 CET.

Start assessment: https://assessment.aon.com/blh/candidate/7f3a91

If you require adjustments, please contact the recruitment team.

Aon Assessment Solutions on behalf of BLH""",
    ),
    m(
        "5221",
        "2025-10-08 12:22:00 +0200",
        "Anna Steinwender <asteinwender@blh.at>",
        "Interview – Manager FS Risk Consulting",
        ("interview", BLH, BLH_R, 5, "direct", "en"),
        """Hi Lukas,

Great news – your assessment results were strong and the team would like to meet you. I've sent an invite for Tuesday 14 October at 16:00 with Martin Schachner (Partner, FS Risk) and Julia Ortner (Senior Manager).

The interview will be a mix of competency questions and a short case discussion on a DORA gap analysis – nothing to prepare in writing.

Best,
Anna

Anna Steinwender | Talent Acquisition Lead | BLH Austria
Porzellangasse 51, 1090 Vienna""",
        ics={
            "style": "outlook",
            "start": "2025-10-14 16:00:00 +0200",
            "minutes": 60,
            "organizer": ("Steinwender, Anna", "asteinwender@blh.at"),
            "uid": "040000008200E00074C5B7101A82E00800000000B1C2A7",
            "summary": "Interview L. Brunner-Haas | Manager FS Risk",
            "location": "BLH Vienna, Porzellangasse 51, Meeting Room Danube / Teams",
            "attendees": [
                ("Schachner, Martin", "mschachner@blh.at"),
                ("Ortner, Julia", "jortner@blh.at"),
            ],
        },
    ),
    m(
        "5222",
        "2025-10-29 18:10:00 +0100",
        "Anna Steinwender <asteinwender@blh.at>",
        "Your offer from BLH",
        ("offer", BLH, BLH_R, 5, "direct", "en"),
        """Dear Lukas,

Following your conversations with Martin and Julia, I am delighted to confirm that we would like to offer you the role of Manager in our Financial Services Risk Consulting practice.

Key terms (details in the attached offer letter):
- Annual gross salary EUR 92,000 (paid 14 times), plus performance bonus
- Start date by mutual agreement, ideally 1 February 2026
- Hybrid working, Vienna office

The offer is valid until 12 November 2025. Please let me know if you would like to discuss anything.

Best regards,
Anna""",
    ),
    m(
        "5223",
        "2025-11-10 09:58:00 +0100",
        "Anna Steinwender <asteinwender@blh.at>",
        "RE: Your offer from BLH",
        ("offer", BLH, BLH_R, 5, "direct", "en"),
        """Dear Lukas,

Thank you for letting me know, and for being so transparent throughout the process. Of course we are sad to hear it, but we fully understand your decision and wish you every success in your new role.

Please do stay in touch – the door at BLH is always open.

Kind regards,
Anna

-----Original Message-----
From: Lukas Brunner-Haas <lukas.brunner-haas@gmx.at>
Sent: Monday, 10 November 2025 08:31
To: Steinwender, Anna <asteinwender@blh.at>
Subject: RE: Your offer from BLH

Dear Anna, after careful consideration I have decided to decline the offer, as I have accepted a position in-house at an insurer. Thank you very much for everything.""",
        st="declined",
    ),
    # 7 BAFS regulator: own site -> Hearing -> rejection
    m(
        "5224",
        "2025-09-19 11:00:00 +0200",
        "BAFS Recruiting <recruiting@bafs.gv.at>",
        "Eingangsbestätigung – Ausschreibung 2025/37",
        ("confirmation", OEF, OEF_R, 6, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wir bestätigen den Eingang Ihrer Bewerbung für die ausgeschriebene Stelle

Expertin/Experte Bankenaufsicht – Governance & Compliance (Ausschreibung 2025/37)

Das Auswahlverfahren ist mehrstufig (schriftliche Vorauswahl, Hearing vor einer Kommission, gegebenenfalls Abschlussgespräch). Nach Ende der Bewerbungsfrist am 5. Oktober werden alle Bewerberinnen und Bewerber über das Ergebnis der Vorauswahl informiert.

Gemäß Gehaltsschema der BAFS beträgt das Mindestentgelt für diese Position EUR 4.850,- brutto monatlich (14x); ein höheres Entgelt je nach Vordienstzeiten ist möglich.

Mit freundlichen Grüßen
Referat Personal
Bundesanstalt für Finanzmarktstabilität
Otto-Wagner-Platz 7, 1090 Wien""",
    ),
    m(
        "5225",
        "2025-10-20 14:33:00 +0200",
        "BAFS Recruiting <recruiting@bafs.gv.at>",
        "Einladung zum Hearing – Ausschreibung 2025/37",
        ("interview", OEF, OEF_R, 6, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

Sie haben die Vorauswahl erfolgreich durchlaufen. Wir laden Sie daher zum Hearing vor der Auswahlkommission ein:

Mittwoch, 5. November 2025, 13:30 Uhr
Otto-Wagner-Platz 7, 1090 Wien, Besprechungsraum 3.14

Ablauf: Kurzpräsentation (10 Minuten) zum Thema „Erwartungen an die Compliance-Funktion kleiner Kreditinstitute unter Berücksichtigung der Proportionalität“, anschließend Fragen der Kommission (ca. 35 Minuten). Bitte bringen Sie einen Lichtbildausweis mit.

Mit freundlichen Grüßen
Referat Personal""",
    ),
    m(
        "5226",
        "2025-11-26 09:10:00 +0100",
        "BAFS Recruiting <recruiting@bafs.gv.at>",
        "Ausschreibung 2025/37 – Ergebnis des Auswahlverfahrens",
        ("rejection", OEF, OEF_R, 6, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wir danken Ihnen für Ihre Teilnahme am Hearing. Die Auswahlkommission hat nach Abschluss aller Hearings eine Reihung vorgenommen; die Stelle wurde einer anderen Bewerberin angeboten, die ihre Zusage bereits erteilt hat.

Wir ersuchen um Verständnis und würden uns freuen, wenn Sie sich bei künftigen Ausschreibungen wieder bewerben.

Mit freundlichen Grüßen
Referat Personal
Bundesanstalt für Finanzmarktstabilität""",
    ),
    # 8 Kontora fintech: Personio EN -> founder gmail -> on hold
    m(
        "5227",
        "2025-10-03 15:44:00 +0200",
        "Kontora GmbH <no-reply@kontora.jobs.personio.de>",
        "Your application at Kontora GmbH",
        ("confirmation", KT, KT_R, 7, "personio", "en"),
        """Hi Lukas,

thanks a lot for applying as Head of Compliance & MLRO (f/m/x) at Kontora!

We're a small team, so every application is read by a human – usually within a week. In the meantime feel free to check out our blog or try the app.

Cheers,
The Kontora People Team

Kontora GmbH · Mariahilfer Straße 101, 1060 Wien""",
    ),
    m(
        "5228",
        "2025-10-09 23:18:00 +0200",
        "Jakob Winter <jakob.winter.vie@gmail.com>",
        "Kontora – quick chat?",
        ("interview", KT, KT_R, 7, "direct", "en"),
        """Hey Lukas,

Jakob here, co-founder & CEO of Kontora (writing from my private mail, I'm on the road this week). Loved your background – we need someone who has actually dealt with the FMA on AML topics, and you clearly have.

Would you be up for a 30 min video call? Thursday 16 Oct at 8:00 or Friday 17 Oct at 18:00 would work on my side. I'll send a Google Meet link.

Best,
Jakob

Sent from my iPhone""",
    ),
    m(
        "5229",
        "2025-11-04 12:05:00 +0100",
        "Kontora People Team <people@kontora.at>",
        "Update on your application",
        ("confirmation", KT, KT_R, 7, "direct", "en"),
        """Hi Lukas,

a quick and honest update: after our latest funding round was pushed to Q1, we have decided to put the Head of Compliance & MLRO hire on hold for the moment. This is no reflection on you – Jakob and the team enjoyed the conversation.

We'll reach out as soon as we reopen the role, if that's OK with you.

Best,
Mira
People Team, Kontora""",
        st="on_hold",
    ),
    # 9 Hofstätter & Partner -> Schottenbank
    m(
        "5230",
        "2025-09-22 10:10:00 +0200",
        "Dr. Clemens Hofstätter <c.hofstaetter@hofstaetter-partner.at>",
        "Vertrauliche Anfrage – Leitung Geldwäscheprävention",
        ("outreach", None, SB_R, None, "agency", "de"),
        """Sehr geehrter Herr Brunner-Haas,

im Auftrag eines renommierten Finanzinstituts in Wien suchen wir eine erfahrene Persönlichkeit für die Leitung der Geldwäscheprävention (Geldwäschebeauftragter gem. § 23 FM-GwG), direkt an den Vorstand berichtend.

Ihr Profil auf XING ist mir in diesem Zusammenhang aufgefallen. Hätten Sie Interesse an einem vertraulichen Telefonat in den nächsten Tagen? Selbstverständlich behandeln wir Ihre Anfrage mit absoluter Diskretion.

Mit freundlichen Grüßen
Dr. Clemens Hofstätter
Geschäftsführender Partner
Hofstätter & Partner Personalberatung GmbH
Kärntner Ring 5–7, 1010 Wien | +43 1 512 88 40""",
    ),
    m(
        "5231",
        "2025-10-01 17:25:00 +0200",
        "Dr. Clemens Hofstätter <c.hofstaetter@hofstaetter-partner.at>",
        "AW: Vertrauliche Anfrage – Leitung Geldwäscheprävention",
        ("confirmation", SB, SB_R, 8, "agency", "de"),
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für das gute Gespräch am Montag und die übermittelten Unterlagen. Wie vereinbart darf ich Ihnen nun auch unsere Mandantin nennen: Es handelt sich um die Privatbank Schottentor AG (Schottenbank).

Ich habe Ihr Dossier mit Ihrem Einverständnis heute an den Vorstand weitergeleitet und melde mich, sobald ich Rückmeldung habe.

Mit freundlichen Grüßen
Clemens Hofstätter""",
    ),
    m(
        "5232",
        "2025-10-13 08:55:00 +0200",
        "Dr. Clemens Hofstätter <c.hofstaetter@hofstaetter-partner.at>",
        "Schottenbank – Gesprächstermin",
        ("interview", SB, SB_R, 8, "agency", "de"),
        """Lieber Herr Brunner-Haas,

die Schottenbank würde Sie gerne kennenlernen. Vorstandsvorsitzender Dr. Mayr-Melnhof und die Leiterin Recht, Frau Mag. Siebert, schlagen Mittwoch, 22. Oktober, 17:00 Uhr in der Bank (Freyung 4, 1010 Wien) vor.

Passt Ihnen das? Vorab telefonieren wir gerne noch 15 Minuten zur Vorbereitung.

Herzliche Grüße
Clemens Hofstätter""",
    ),
    m(
        "5233",
        "2025-11-03 19:40:00 +0100",
        "Dr. Clemens Hofstätter <c.hofstaetter@hofstaetter-partner.at>",
        "Rückmeldung Schottenbank",
        ("rejection", SB, SB_R, 8, "agency", "de"),
        """Lieber Herr Brunner-Haas,

ich habe heute das Feedback der Schottenbank erhalten. Man war von Ihrer Fachkompetenz sehr angetan, hat sich aber letztlich für einen Kandidaten mit längerer Erfahrung im Private Banking entschieden.

Ich bedauere das sehr und würde gerne bei künftigen Mandaten wieder auf Sie zukommen.

Herzliche Grüße
Clemens Hofstätter""",
    ),
    # 10 + 11 Tauern Versicherung, rexx: rejection then re-application
    m(
        "5234",
        "2025-09-05 12:00:00 +0200",
        "Tauern Versicherung Recruiting <noreply@rexx-recruitment.com>",
        "Ihre Bewerbung: Compliance Specialist (w/m/d) – Kennziffer TV-0912",
        ("confirmation", TV, TV_R, 9, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

herzlichen Dank für Ihre Online-Bewerbung als Compliance Specialist (w/m/d) in Salzburg / Wien.

Ihre Bewerbung ist bei uns eingegangen. Über das Bewerberportal können Sie den aktuellen Stand jederzeit einsehen.

Mit freundlichen Grüßen

Personalabteilung
Tauern Versicherung AG
Rainerstraße 18, 5020 Salzburg""",
    ),
    m(
        "5235",
        "2025-09-30 14:14:00 +0200",
        "Tauern Versicherung Recruiting <noreply@rexx-recruitment.com>",
        "Ihre Bewerbung TV-0912",
        ("rejection", TV, TV_R, 9, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Tauern Versicherung AG""",
    ),
    m(
        "5236",
        "2026-01-08 09:35:00 +0100",
        "Tauern Versicherung Recruiting <noreply@rexx-recruitment.com>",
        "Ihre Bewerbung: Compliance Specialist (w/m/d) – Kennziffer TV-1301",
        ("confirmation", TV, TV_R, 10, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

herzlichen Dank für Ihre erneute Online-Bewerbung als Compliance Specialist (w/m/d), Standort Wien.

Ihre Bewerbung ist bei uns eingegangen. Über das Bewerberportal können Sie den aktuellen Stand jederzeit einsehen.

Mit freundlichen Grüßen

Personalabteilung
Tauern Versicherung AG""",
    ),
    m(
        "5237",
        "2026-01-21 11:48:00 +0100",
        "Katharina Moser <k.moser@tauern-versicherung.at>",
        "Kennenlerngespräch Compliance Specialist",
        ("interview", TV, TV_R, 10, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

schön, dass Sie sich noch einmal bei uns beworben haben – die Position ist neu aufgestellt und Ihr Profil passt diesmal sehr gut.

Hätten Sie am Montag, 2. Februar, um 11:00 Uhr Zeit für ein Gespräch via Teams? Die Einladung folgt nach Ihrer Bestätigung.

Mit freundlichen Grüßen
Katharina Moser
Personalentwicklung & Recruiting""",
    ),
    # 12 SGV Graz karriere.at ghosted
    m(
        "5238",
        "2025-10-12 20:30:00 +0200",
        "karriere.at <noreply@karriere.at>",
        "Bewerbung versendet: Compliance Officer (m/w/d)",
        ("confirmation", SGV, SGV_R, 11, "other", "de"),
        """Hallo Lukas,

super, deine Bewerbung ist unterwegs!

Compliance Officer (m/w/d)
Steirische Gegenseitige Versicherung AG · Graz

Tipp: Unternehmen antworten im Schnitt innerhalb von 14 Tagen. Ergänze inzwischen dein Profil, um für weitere Jobs gefunden zu werden.

Dein karriere.at Team""",
    ),
    # 13 Ennstal Leasing StepStone -> rejection
    m(
        "5239",
        "2025-10-20 08:02:00 +0200",
        "StepStone <noreply@stepstone.at>",
        "Ihre Bewerbung bei Ennstal Leasing GmbH",
        ("confirmation", EL, EL_R, 12, "other", "de"),
        html="""<html><body><table width="600"><tr><td><img alt="StepStone" src="https://www.stepstone.at/img/logo.png"></td></tr><tr><td><h2>Ihre Bewerbung wurde versendet</h2><p>Hallo Lukas Brunner-Haas,</p><p>Ihre Bewerbung für <b>Risk Manager (m/w/d)</b> bei <b>Ennstal Leasing GmbH</b> in Wien wurde erfolgreich übermittelt.</p><p><a href="https://www.stepstone.at/myapplications">Bewerbungsstatus ansehen</a></p><p>Viel Erfolg wünscht<br>Ihr StepStone Team</p></td></tr></table></body></html>""",
    ),
    m(
        "5240",
        "2025-11-18 16:25:00 +0100",
        "Ennstal Leasing Personal <personal@ennstal-leasing.at>",
        "Ihre Bewerbung",
        ("rejection", EL, EL_R, 12, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Vertrauen. Leider müssen wir Ihnen mitteilen, dass die Stelle bereits anderweitig besetzt wurde.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Mit freundlichen Grüßen
Ennstal Leasing GmbH
Personalabteilung""",
    ),
    # 14 Traunstahl Indeed -> rejection
    m(
        "5241",
        "2025-10-27 13:10:00 +0100",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Compliance Manager (w/m/d)",
        ("confirmation", TS, TS_R, 13, "indeed", "de"),
        """Ihre Bewerbung wurde an Traunstahl AG gesendet.

Compliance Manager (w/m/d)
Traunstahl AG - Linz, Oberösterreich

Gute Nachrichten! Die Bewerbung ist jetzt beim Arbeitgeber. Hier einige Tipps:
• Halten Sie Ihr Telefon griffbereit
• Überprüfen Sie regelmäßig Ihre E-Mails

Bewerbungen auf Indeed verwalten: https://myjobs.indeed.com/applied

© 2025 Indeed""",
    ),
    m(
        "5242",
        "2025-12-09 10:30:00 +0100",
        "Traunstahl AG HR <recruiting@traunstahl.at>",
        "Compliance Manager (w/m/d) – Ihre Bewerbung",
        ("rejection", TS, TS_R, 13, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

vielen Dank für Ihr Interesse an Traunstahl und Ihre Geduld. Wir haben uns die Entscheidung nicht leicht gemacht, uns jedoch für Bewerberinnen und Bewerber entschieden, deren Erfahrung im Industrieumfeld (Exportkontrolle, Kartellrecht) unserem Anforderungsprofil noch näher kommt.

Wir wünschen Ihnen alles Gute.

Freundliche Grüße
Human Resources
Traunstahl AG · Stahlstraße 40 · 4020 Linz""",
    ),
    # 15 Heimstatt via AMS -> direct confirmation -> interview thread -> rejection
    m(
        "5243",
        "2025-10-15 07:55:00 +0200",
        "AMS eJob-Room <noreply@ams.at>",
        "Neuer Vermittlungsvorschlag",
        ("alert", HS, HS_R, None, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

Ihr AMS hat Ihnen über das eAMS-Konto einen neuen Vermittlungsvorschlag übermittelt:

Interne Revision und Compliance (m/w/d), 30-38,5 Std./Woche
Gemeinnützige Bau- und Siedlungsgenossenschaft Heimstatt reg.Gen.m.b.H., 1100 Wien
Entlohnung: mind. EUR 3.780,- brutto/Monat lt. KV, Bereitschaft zur Überzahlung

Bitte bewerben Sie sich und informieren Sie Ihr AMS über das Ergebnis.

Arbeitsmarktservice Österreich – Diese Nachricht wurde automatisch erstellt.""",
    ),
    m(
        "5244",
        "2025-10-21 10:20:00 +0200",
        "Elisabeth Ranftl <e.ranftl@heimstatt-wohnbau.at>",
        "Ihre Bewerbung – Interne Revision und Compliance",
        ("confirmation", HS, HS_R, 14, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

besten Dank für Ihre Bewerbung, die wir gerne erhalten haben. Wir melden uns in Kürze bei Ihnen.

Mit freundlichen Grüßen
Elisabeth Ranftl
Assistenz der Geschäftsführung
Heimstatt – Gemeinnützige Bau- und Siedlungsgenossenschaft""",
    ),
    m(
        "5245",
        "2025-10-28 09:05:00 +0100",
        "Elisabeth Ranftl <e.ranftl@heimstatt-wohnbau.at>",
        "AW: Ihre Bewerbung – Interne Revision und Compliance",
        ("interview", HS, HS_R, 14, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

unser Geschäftsführer, Herr Ing. Wallner, würde Sie gerne persönlich kennenlernen. Passt Ihnen Dienstag, 4. November, 10 Uhr bei uns in der Favoritenstraße 212?

Mit freundlichen Grüßen
Elisabeth Ranftl""",
    ),
    m(
        "5246",
        "2025-11-20 14:40:00 +0100",
        "Elisabeth Ranftl <e.ranftl@heimstatt-wohnbau.at>",
        "Absage",
        ("rejection", HS, HS_R, 14, "direct", "de"),
        """Sehr geehrter Herr Brunner-Haas,

herzlichen Dank für das Gespräch. Nach Rücksprache mit dem Aufsichtsrat haben wir uns entschieden, die Stelle in Teilzeit mit einer internen Mitarbeiterin zu besetzen.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Elisabeth Ranftl""",
    ),
    # alerts / other job mail (Austria)
    m(
        "5247",
        "2025-09-02 07:00:00 +0200",
        "karriere.at Jobagent <jobagent@karriere.at>",
        "5 neue Jobs für „Compliance“ in Wien",
        ("alert", None, None, None, "other", "de"),
        """Hallo Lukas,

dein Jobagent hat 5 neue Jobs gefunden:

Compliance Officer (m/w/d) – Donauländische Versicherung AG, Wien
AML Analyst (m/w/d) – Zahlwerk Payments GmbH, Wien
Referent Compliance (m/w/d) – Wiener Kommunalkredit AG, Wien
Risk & Compliance Manager (m/w/d) – Mürztaler Energie GmbH, Wien
Senior Consultant Regulatory (m/w/d) – Ostwind Advisory, Wien

Alle Jobs ansehen

Jobagent bearbeiten | Abmelden""",
    ),
    m(
        "5248",
        "2025-10-06 07:00:00 +0200",
        "karriere.at Jobagent <jobagent@karriere.at>",
        "Neue Jobs für dich: Risikomanagement in Oberösterreich",
        ("alert", None, None, None, "other", "de"),
        """Hallo Lukas,

diese 3 Jobs passen zu deinem Jobagent „Risikomanagement, Oberösterreich“:

• Risikocontroller (m/w/d) – Innviertler Sparkasse AG, Ried
• Head of Risk (m/w/d) – Pyhrn Logistik GmbH, Linz
• Compliance Manager (w/m/d) – Traunstahl AG, Linz  NEU

Jetzt bewerben

Dein karriere.at Team""",
    ),
    m(
        "5249",
        "2025-11-24 08:15:00 +0100",
        "StepStone Jobagent <jobagent@stepstone.at>",
        "Lukas, 7 neue Jobs: Compliance Manager",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Lukas,</p><p>wir haben <b>7 neue Jobs</b> für Ihre Suche „Compliance Manager, Wien + 30 km“ gefunden.</p><ul><li>Compliance Manager (m/w/d) – Alpenländische Hypothekenbank AG</li><li>Senior Compliance Officer – Vindobona Capital AG</li><li>Group Compliance Specialist – Kahlenberg Holding</li><li>… und 4 weitere</li></ul><p><a href="https://www.stepstone.at/jobs">Alle Jobs anzeigen</a></p><p style="font-size:11px">StepStone Österreich GmbH · Sie erhalten diese E-Mail aufgrund Ihres Jobagenten.</p></body></html>""",
    ),
    m(
        "5250",
        "2025-11-02 11:00:00 +0100",
        "Landbank Karriere <karriere@landbank.at>",
        "Willkommen im Landbank Talentepool",
        ("alert", "Landbank", None, None, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

schön, dass Sie Teil unseres Talentepools sind! Ab sofort informieren wir Sie über passende offene Stellen in den Regionalbanken der Landbank Bankengruppe – von Vorarlberg bis Wien.

Ihre Einstellungen können Sie jederzeit im Karriereportal ändern.

Herzliche Grüße
Landbank Bankengruppe – Karriere""",
    ),
    m(
        "5251",
        "2025-09-28 18:00:00 +0200",
        "Landbank Steiermark Karriere <bewerbung@landbank-stmk.prescreen.io>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        ("alert", "Landbank Steiermark", "AML Officer", None, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

Sie haben begonnen, sich als AML Officer (m/w/d) in Graz zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt.

Es fehlen noch: Lebenslauf, Motivationsschreiben.

Bewerbung fortsetzen: https://landbank-stmk.prescreen.io/apply/8812

Freundliche Grüße
Landbank Steiermark""",
    ),
    m(
        "5252",
        "2025-10-18 09:30:00 +0200",
        "XING <noreply@xing.com>",
        "Neue Nachricht von Petra Zeilinger",
        ("outreach", "Vindobona Capital", "Compliance Officer", None, "other", "de"),
        """Hallo Lukas,

Sie haben eine neue Nachricht von Petra Zeilinger (Talent Acquisition, Vindobona Capital AG):

„Guten Tag Herr Brunner-Haas, wir bauen unsere 2nd Line of Defence aus und suchen einen Compliance Officer mit Fokus MiFID II. Ihr Profil passt sehr gut – hätten Sie Lust auf einen unverbindlichen Austausch?“

Nachricht beantworten

Ihr XING-Team
New Work SE, Am Strandkai 1, 20457 Hamburg""",
    ),
    m(
        "5253",
        "2025-12-15 12:02:00 +0100",
        "Sabine Leitner <sabine.leitner@alpenhypo.at>",
        "Automatische Antwort: Frage zu Zeugnis",
        ("other_job", AH, None, None, "direct", "de"),
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. Jänner 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@alpenhypo.at.

Mit freundlichen Grüßen
Sabine Leitner""",
    ),
    m(
        "5254",
        "2025-09-09 18:58:00 +0200",
        "AlpenHypo Karriere <noreply@successfactors.eu>",
        "Ihr Konto im AlpenHypo Karriereportal",
        ("other_job", AH, None, None, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

Ihr Kandidatenkonto wurde erfolgreich angelegt. Ihr Benutzername: lukas.brunner-haas@gmx.at

Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden: https://career5.successfactors.eu/career?company=alpenhypo&verify=9f2c

Ihr Recruiting-Team der AlpenHypo""",
    ),
    m(
        "5255",
        "2025-12-02 10:00:00 +0100",
        "BAFS Recruiting <recruiting@bafs.gv.at>",
        "Ihre Meinung zum Auswahlverfahren",
        ("other_job", OEF, None, None, "other", "de"),
        """Sehr geehrter Herr Brunner-Haas,

Sie haben kürzlich an einem Auswahlverfahren der BAFS teilgenommen. Wir würden uns freuen, wenn Sie sich 3 Minuten für eine anonyme Umfrage zu Ihrer Candidate Experience nehmen.

Zur Umfrage: https://umfrage.bafs.gv.at/ce2025

Referat Personal""",
    ),
]
