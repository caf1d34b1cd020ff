# ruff: noqa: E501, RUF100
"""Corpus 103, Swiss job mail in German and English (data only): see heldout103.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, _tz)


def A(cat, co, role, app, src, lang="de"):
    return (cat, co, role, app, src, lang)


def ev(
    uid, start, summary, org, minutes=60, location="", description="", style="outlook", attendees=()
):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
        "location": location,
        "description": description,
        "style": style,
        "attendees": list(attendees),
    }


RH, RH1, RH2 = (
    "Rheintal Pharma",
    "QC Analyst HPLC/UPLC (m/w/d)",
    "Laborant/in Inprozesskontrolle (temporär)",
)
AU, AUR = "Aurelion", "Analytical Scientist QC Biologics"
KC, KC1, KC2 = (
    "Kessler Chemie",
    "Laborant/in Qualitätskontrolle 100%",
    "Laborant/in Stabilitätsprüfung 80-100%",
)
BW, BWR = "Brightwater Therapeutics", "QC Microbiology Specialist (befristet 12 Monate)"
LB, LBR = "Limmat Bioprocess", "QC Analyst Stabilitätsstudien 100%"
HD, HDR = "Helvion Diagnostics", "Laboratory Analyst QC Release"
PV, PVR = "Pravena", "Stability Coordinator"
DA, DAR = "Dreispitz Analytik", "Laborant/in EFZ Chemie 80-100%"
KX, KXR = "Korvex Pharma", "QC Analyst (temporary, 9 months)"
HB, HBR = "Hallwyl Biotech", "Microbiology Lab Technician"
OB, OBR = "Orvane Biologics", "QC Scientist, Bioassay"
CT, CTR = "Cellaris Therapeutics", "Lab Analyst (QC / Analytical Development)"
MV, MVR = "Medivon Schweiz", "QC Documentation Specialist (GMP)"
AN, ANR = "Arlesheim Naturheilmittel", "QC Analyst Phytopharmaka 80-100%"
SY, SYR = "Syntheva", "QC Analyst Raw Materials"
LQ, LQR = "Lumeq Pharma", "Associate Scientist QC"
PL, PLR = "Pharmalog Rheinfelden", "Mitarbeiter/in Wareneingangskontrolle Labor"

SIG = "\n\nFreundliche Grüsse\nCorinne Brändli\n079 418 52 63"

MAIL: list[dict[str, Any]] = [
    # --- 1 Rheintal Pharma, QC Analyst HPLC (SuccessFactors) --------------------------------
    m(
        "730114",
        "2025-09-04 09:12",
        "Rheintal Pharma Careers <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – QC Analyst HPLC/UPLC (m/w/d)",
        A("confirmation", RH, RH1, 1, "other"),
        "Sehr geehrte Frau Brändli\n\nVielen Dank für Ihre Bewerbung als QC Analyst HPLC/UPLC (m/w/d) (Job-ID 48812) bei der Rheintal Pharma AG. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.\n\nDer Stand Ihrer Bewerbung ist jederzeit in Ihrem Kandidatenprofil ersichtlich. Bitte haben Sie Verständnis, dass die Prüfung einige Wochen in Anspruch nehmen kann.\n\nFreundliche Grüsse\nTalent Acquisition Schweiz\nRheintal Pharma AG, Klybeckstrasse 212, 4057 Basel\n\nDiese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.",
    ),
    m(
        "730188",
        "2025-09-17 14:40",
        "Nadine Roth <nadine.roth@rheintal-pharma.ch>",
        "Einladung zum Erstgespräch via Microsoft Teams – QC Analyst HPLC/UPLC",
        A("interview", RH, RH1, 1, "direct"),
        "Sehr geehrte Frau Brändli\n\nIhr Profil hat uns angesprochen und wir möchten Sie gerne besser kennenlernen. Gerne laden wir Sie zu einem ersten Gespräch via Microsoft Teams ein:\n\nDatum: Dienstag, 23. September 2025\nZeit: 10:00 – 10:45 Uhr\nTeilnehmende: Dr. Thomas Weibel (Head QC Small Molecules), Nadine Roth (HR Business Partner)\n\nDie Einladung mit dem Teams-Link folgt separat in Ihrem Kalender. Bitte bestätigen Sie uns den Termin kurz.\n\nFreundliche Grüsse\nNadine Roth\nHR Business Partner\nRheintal Pharma AG\nT +41 61 688 40 12",
        ics=ev(
            "RP-TEAMS-20250923-01",
            "2025-09-23 10:00:00 +0200",
            "Erstgespräch Corinne Brändli – QC Analyst HPLC/UPLC",
            ("Nadine Roth", "nadine.roth@rheintal-pharma.ch"),
            45,
            "Microsoft Teams-Besprechung",
            "Microsoft Teams-Besprechung\nÜber Ihren Computer oder die mobile App teilnehmen\nBesprechungs-ID: 372 118 904 55",
            attendees=[("Thomas Weibel", "thomas.weibel@rheintal-pharma.ch")],
        ),
    ),
    m(
        "730231",
        "2025-09-26 16:05",
        "Nadine Roth <nadine.roth@rheintal-pharma.ch>",
        "AW: Erstgespräch – nächste Schritte",
        A("assessment", RH, RH1, 1, "direct"),
        "Liebe Frau Brändli\n\nHerzlichen Dank für das angenehme Gespräch vom Dienstag. Wir freuen uns, Ihnen mitzuteilen, dass Sie eine Runde weiter sind.\n\nAls nächsten Schritt laden wir Sie zu einem praktischen Labortest an unserem Standort Klybeck ein (ca. 3 Stunden). Sie bereiten eine Gehaltsbestimmung per HPLC nach vorgegebener Monographie vor, werten die Chromatogramme in Empower aus und besprechen die Resultate anschliessend mit dem Team.\n\nDatum: Donnerstag, 2. Oktober 2025, 08:30 Uhr\nTreffpunkt: Empfang Bau 410, Klybeckstrasse 212\nBitte nehmen Sie einen amtlichen Ausweis mit. Laborkleidung und Schutzbrille stellen wir zur Verfügung.\n\nFreundliche Grüsse\nNadine Roth\n\n-----Ursprüngliche Nachricht-----\nVon: Corinne Brändli\nGesendet: Dienstag, 23. September 2025 11:02\nBetreff: Erstgespräch – nächste Schritte\n\nSehr geehrte Frau Roth, vielen Dank für das Gespräch ...",
    ),
    m(
        "730290",
        "2025-10-08 11:30",
        "Nadine Roth <nadine.roth@rheintal-pharma.ch>",
        "Einladung zum Zweitgespräch vor Ort",
        A("interview", RH, RH1, 1, "direct"),
        "Sehr geehrte Frau Brändli\n\nDas Team war von Ihrer Arbeit im Labortest überzeugt. Gerne möchten wir Sie zu einem Zweitgespräch vor Ort einladen, an dem auch Frau Dr. Kathrin Meyer (Site Head Quality) teilnimmt.\n\nMontag, 13. Oktober 2025, 14:00 – 15:30 Uhr\nRheintal Pharma AG, Klybeckstrasse 212, 4057 Basel, Bau 410, 3. OG\n\nAnschliessend erhalten Sie eine kurze Führung durch die QC-Labors.\n\nFreundliche Grüsse\nNadine Roth\nHR Business Partner",
        ics=ev(
            "RP-ONSITE-20251013",
            "2025-10-13 14:00:00 +0200",
            "Zweitgespräch C. Brändli (QC Analyst HPLC)",
            ("Nadine Roth", "nadine.roth@rheintal-pharma.ch"),
            90,
            "Rheintal Pharma AG, Bau 410, Sitzungszimmer Rhein",
        ),
    ),
    m(
        "730355",
        "2025-10-21 17:48",
        "Nadine Roth <nadine.roth@rheintal-pharma.ch>",
        "Vertragsangebot – QC Analyst HPLC/UPLC",
        A("offer", RH, RH1, 1, "direct"),
        "Sehr geehrte Frau Brändli\n\nWie heute telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als QC Analyst HPLC/UPLC anzubieten. Im Anhang finden Sie unser Vertragsangebot mit den wichtigsten Eckdaten:\n\n- Eintritt: 1. Januar 2026 oder nach Vereinbarung\n- Pensum: 100%\n- Jahresbruttolohn: CHF 88'400.–, 13 Monatslöhne\n- Befristung: keine\n\nWir bitten Sie, uns bis am 31. Oktober 2025 Bescheid zu geben. Für Fragen stehe ich Ihnen gerne zur Verfügung.\n\nFreundliche Grüsse\nNadine Roth\nHR Business Partner\nRheintal Pharma AG",
        attach=[
            (
                "Vertragsangebot_Braendli_QC_Analyst.pdf",
                "application/pdf",
                "%PDF-1.4 Vertragsangebot Rheintal Pharma AG",
            )
        ],
    ),
    m(
        "730412",
        "2025-10-30 09:15",
        "Nadine Roth <nadine.roth@rheintal-pharma.ch>",
        "AW: Vertragsangebot – QC Analyst HPLC/UPLC",
        A("offer", RH, RH1, 1, "direct"),
        "Liebe Frau Brändli\n\nVielen Dank für Ihre offene Rückmeldung. Natürlich bedauern wir Ihren Entscheid, verstehen aber, dass die Stelle im Bereich Biologics für Ihre Entwicklung besser passt. Wir wünschen Ihnen einen guten Start und würden uns freuen, wenn sich unsere Wege wieder kreuzen.\n\nFreundliche Grüsse\nNadine Roth\n\n-----Ursprüngliche Nachricht-----\nVon: Corinne Brändli <corinne.braendli@bluewin.ch>\nGesendet: Mittwoch, 29. Oktober 2025 20:41\nAn: Nadine Roth\nBetreff: AW: Vertragsangebot – QC Analyst HPLC/UPLC\n\nSehr geehrte Frau Roth\n\nHerzlichen Dank für Ihr Angebot und das Vertrauen. Nach reiflicher Überlegung habe ich mich entschieden, das Angebot nicht anzunehmen, da ich eine Stelle im Bereich Biologics angenommen habe. ...",
        st="declined",
    ),
    # --- 2 Aurelion (Aurelion Schweiz AG, Workday tenant of Aurelion Group) ------------------
    m(
        "730120",
        "2025-09-08 20:03",
        "Aurelion Group <aureliongroup@myworkday.com>",
        "Thank you for applying: Analytical Scientist QC Biologics (R-0041287)",
        A("confirmation", AU, AUR, 2, "workday", "en"),
        html="<html><body><p>Dear Corinne,</p><p>Thank you for your interest in Aurelion. We have received your application for <b>Analytical Scientist QC Biologics</b> (R-0041287), Basel, Switzerland.</p><p>Our Talent Acquisition team will review your profile against the requirements of the role. If your background matches, a member of the team will contact you. You can follow the status of your application at any time in the Candidate Home.</p><p>Kind regards,<br>Aurelion Talent Acquisition</p><p style='font-size:10px;color:#888'>Aurelion Schweiz AG · Hochbergerstrasse 60 · 4057 Basel<br>This is an automated message from Aurelion Group's recruiting system. Please do not reply.</p></body></html>",
    ),
    m(
        "730201",
        "2025-09-22 12:20",
        "Julia Steiner <julia.steiner@aurelion.com>",
        "Aurelion – Analytical Scientist QC Biologics / short call",
        A("interview", AU, AUR, 2, "direct", "en"),
        "Hi Corinne\n\nThank you for applying for the Analytical Scientist QC Biologics role with our Basel site. I'd love to have a 30-minute conversation about your experience with ELISA, CE-SDS and cell-based assays, and to tell you more about the team.\n\nI have sent an invitation for Thursday 25 September at 15:30 via Teams. If this doesn't work, just propose another slot.\n\nBest regards\nJulia Steiner\nTalent Acquisition Partner, Switzerland\nAurelion Schweiz AG",
        ics=ev(
            "AU-SCREEN-0925",
            "2025-09-25 15:30:00 +0200",
            "Aurelion | Screening call Corinne Brändli",
            ("Julia Steiner", "julia.steiner@aurelion.com"),
            30,
            "Microsoft Teams Meeting",
            "Join on your computer, mobile app or room device\nMeeting ID: 318 552 701 9",
        ),
    ),
    m(
        "730262",
        "2025-10-03 10:47",
        "Julia Steiner <julia.steiner@aurelion.com>",
        "Invitation: panel interview on site – 10 October",
        A("interview", AU, AUR, 2, "direct", "en"),
        "Hi Corinne\n\nGreat news – the hiring team would like to meet you in person. Please find the details below:\n\nFriday, 10 October 2025, 09:00 – 12:00\nAurelion Schweiz AG, Hochbergerstrasse 60, Basel (Building H2, reception)\n\n09:00 Dr. Lukas Frei, Head QC Biologics\n09:45 Panel with two team members (technical questions, case)\n10:45 Lab tour\n11:15 Julia Steiner, HR\n\nPlease bring your ID for the visitor badge.\n\nBest regards\nJulia",
        ics=ev(
            "AU-ONSITE-1010",
            "2025-10-10 09:00:00 +0200",
            "Onsite interview – Corinne Brändli – Analytical Scientist QC Biologics",
            ("Julia Steiner", "julia.steiner@aurelion.com"),
            180,
            "Aurelion Basel, Building H2",
        ),
    ),
    m(
        "730330",
        "2025-10-17 16:12",
        "Julia Steiner <julia.steiner@aurelion.com>",
        "Your offer from Aurelion",
        A("offer", AU, AUR, 2, "direct", "en"),
        "Dear Corinne\n\nFollowing our call this afternoon, I am delighted to confirm that we would like to offer you the position of Analytical Scientist QC Biologics at Aurelion Schweiz AG in Basel.\n\nAttached you will find the offer letter and the employment contract (Arbeitsvertrag) in German. Key points: start date 1 January 2026, 100%, annual base salary CHF 92'000 paid in 13 instalments, annual bonus target 8%.\n\nPlease return the signed contract by 31 October. Do not hesitate to contact me if you have any questions.\n\nWarm regards\nJulia Steiner\nTalent Acquisition Partner, Switzerland",
        attach=[
            ("Aurelion_Offer_Letter_Braendli.pdf", "application/pdf", "%PDF-1.4 Offer letter"),
            (
                "Arbeitsvertrag_Aurelion_Schweiz_AG.pdf",
                "application/pdf",
                "%PDF-1.4 Arbeitsvertrag",
            ),
        ],
    ),
    m(
        "730371",
        "2025-10-24 08:55",
        "Julia Steiner <julia.steiner@aurelion.com>",
        "RE: Unterzeichneter Arbeitsvertrag",
        A("offer", AU, AUR, 2, "direct", "en"),
        "Dear Corinne\n\nThank you very much – we have received the signed contract and I have countersigned it today. Welcome to Aurelion! Our onboarding team will be in touch in December with everything you need for your first day.\n\nBest regards\nJulia\n\nFrom: Corinne Brändli <corinne.braendli@bluewin.ch>\nSent: Thursday, 23 October 2025 21:18\nTo: Julia Steiner\nSubject: Unterzeichneter Arbeitsvertrag\n\nDear Julia, please find attached the signed contract. I am very much looking forward to joining the team. Kind regards, Corinne",
        st="accepted",
    ),
    m(
        "730560",
        "2025-12-09 09:30",
        "Aurelion Onboarding <onboarding.ch@aurelion.com>",
        "Willkommen bei Aurelion – Ihr erster Arbeitstag am 5. Januar",
        ("other_job", AU, AUR, None, "direct", "de"),
        "Liebe Corinne\n\nWir freuen uns, Sie bald bei Aurelion Schweiz AG willkommen zu heissen. Ihr erster Arbeitstag ist Montag, 5. Januar 2026. Bitte melden Sie sich um 08:30 Uhr am Empfang Gebäude H2.\n\nVorab bitten wir Sie, im Onboarding-Portal folgende Angaben zu ergänzen: AHV-Nummer, Bankverbindung, Pensionskasse des bisherigen Arbeitgebers (für die Freizügigkeitsleistung). Ihr Badge-Foto können Sie ebenfalls hochladen.\n\nBis bald!\nIhr Onboarding-Team\nAurelion Schweiz AG",
    ),
    # --- 3 + 4 Kessler Chemie (Abacus Umantis) -----------------------------------------------
    m(
        "730133",
        "2025-09-10 07:58",
        "Kessler Chemie & Pharma AG <noreply@umantis.com>",
        "Ihre Bewerbung als Laborant/in Qualitätskontrolle 100%",
        A("confirmation", KC, KC1, 3, "other"),
        "Guten Tag Frau Brändli\n\nBesten Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Chemie & Pharma AG.\n\nWir haben Ihre Unterlagen für die Stelle «Laborant/in Qualitätskontrolle 100%» erhalten. Ihr Dossier wird nun von der zuständigen Fachabteilung geprüft. Wir melden uns innert 2–3 Wochen bei Ihnen.\n\nFreundliche Grüsse\n\nKessler Chemie & Pharma AG\nPersonalabteilung\nRothausstrasse 61, 4132 Muttenz\n\nPowered by Abacus Umantis",
    ),
    m(
        "730221",
        "2025-10-01 15:33",
        "KCP Personal <noreply@umantis.com>",
        "Ihre Bewerbung",
        A("rejection", KC, KC1, 3, "other"),
        "Guten Tag Frau Brändli\n\nNochmals besten Dank für Ihre Bewerbung als Laborant/in Qualitätskontrolle und die Zeit, die Sie sich dafür genommen haben. Ihr Werdegang und Ihre Erfahrung in der Gehaltsbestimmung haben uns gut gefallen.\n\nNach sorgfältiger Prüfung aller Dossiers haben wir uns jedoch für eine Kandidatin entschieden, deren Profil noch etwas besser unseren Anforderungen entspricht. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.\n\nIhre Unterlagen werden wir gemäss Datenschutzgesetz löschen. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\nFreundliche Grüsse\nKCP – Kessler Chemie & Pharma AG\nHuman Resources",
    ),
    m(
        "730301",
        "2025-10-14 19:22",
        "Kessler Chemie & Pharma AG <noreply@umantis.com>",
        "Ihre Bewerbung als Laborant/in Stabilitätsprüfung 80-100%",
        A("confirmation", KC, KC2, 4, "other"),
        "Guten Tag Frau Brändli\n\nBesten Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Chemie & Pharma AG.\n\nWir haben Ihre Unterlagen für die Stelle «Laborant/in Stabilitätsprüfung 80-100%» erhalten. Ihr Dossier wird nun von der zuständigen Fachabteilung geprüft. Wir melden uns innert 2–3 Wochen bei Ihnen.\n\nFreundliche Grüsse\n\nKessler Chemie & Pharma AG\nPersonalabteilung\nRothausstrasse 61, 4132 Muttenz\n\nPowered by Abacus Umantis",
    ),
    # --- 5 Rheinknie Personal for Brightwater Therapeutics -----------------------------------
    m(
        "730140",
        "2025-09-11 11:05",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "Temporäre Stelle QC Mikrobiologie – renommiertes Pharmaunternehmen Region Basel",
        ("outreach", None, BWR, None, "agency", "de"),
        "Grüezi Frau Brändli\n\nIch bin auf jobs.ch auf Ihr Profil gestossen. Für ein renommiertes Pharmaunternehmen in der Region Basel suche ich per 1. November eine/n QC Microbiology Specialist für einen befristeten Einsatz von 12 Monaten (Option auf Verlängerung).\n\nAufgaben: Umgebungsmonitoring im Reinraum, Keimzahlbestimmungen, Endotoxintests (LAL), OOS-Bearbeitung.\n\nHätten Sie Interesse? Gerne erzähle ich Ihnen in einem kurzen Telefonat mehr. Sie erreichen mich unter 061 205 77 30.\n\nFreundliche Grüsse\nMarco Gerber\nSenior Consultant Life Sciences\nRheinknie Personal AG · Aeschenvorstadt 4 · 4051 Basel",
    ),
    m(
        "730160",
        "2025-09-15 17:40",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "AW: Temporäre Stelle QC Mikrobiologie – Ihr Dossier beim Kunden",
        A("confirmation", BW, BWR, 5, "agency"),
        "Hallo Frau Brändli\n\nBesten Dank für das angenehme Telefonat. Wie besprochen habe ich Ihr Dossier heute mit Ihrem Einverständnis an unseren Kunden weitergeleitet – es handelt sich um die Brightwater Therapeutics AG in Stein AG.\n\nSobald ich eine Rückmeldung vom Hiring Manager habe, melde ich mich.\n\nFreundliche Grüsse\nMarco Gerber\nRheinknie Personal AG\n\n> Grüezi Herr Gerber, ja, sehr gerne dürfen Sie mein Dossier weiterleiten. Freundliche Grüsse, Corinne Brändli",
    ),
    m(
        "730193",
        "2025-09-23 08:50",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "Vorstellungsgespräch bei Brightwater – Mo 29.9.",
        A("interview", BW, BWR, 5, "agency"),
        "Hallo Frau Brändli\n\nGute Nachrichten: Brightwater möchte Sie gerne kennenlernen!\n\nMontag, 29. September 2025, 13:30 Uhr\nBrightwater Therapeutics AG, Industriestrasse 9, 4332 Stein AG\nGesprächspartner: Herr Daniel Wyss (Teamleiter QC Mikrobiologie)\n\nDer Bahnhof Stein-Säckingen ist 5 Gehminuten entfernt. Bitte rufen Sie mich nach dem Gespräch kurz an.\n\nFreundliche Grüsse\nMarco Gerber",
    ),
    m(
        "730246",
        "2025-10-02 12:10",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "Rückmeldung Brightwater",
        A("rejection", BW, BWR, 5, "agency"),
        "Hallo Frau Brändli\n\nHerr Wyss hat sich heute bei mir gemeldet. Er war vom Gespräch mit Ihnen sehr angetan und hat Ihre ruhige, strukturierte Art hervorgehoben. Leider hat er sich am Ende für einen Kandidaten entschieden, der bereits mehrere Jahre Erfahrung mit Isolatortechnik mitbringt.\n\nIch bedauere das sehr, bleibe aber gerne mit Ihnen in Kontakt – sobald ich eine passende Vakanz habe, melde ich mich.\n\nFreundliche Grüsse\nMarco Gerber\nRheinknie Personal AG",
    ),
    # --- 6 Stellenwerk Basel for Rheintal Pharma (second role) -------------------------------
    m(
        "730418",
        "2025-11-03 10:22",
        "Sabrina Kunz <sabrina.kunz@stellenwerk-basel.ch>",
        "Einsatz als Laborant/in IPC (temporär) – Pharma Basel",
        ("outreach", None, RH2, None, "agency", "de"),
        "Sehr geehrte Frau Brändli\n\nFür einen langjährigen Kunden, ein internationales Pharmaunternehmen in Basel, suchen wir ab sofort eine/n Laborant/in für die Inprozesskontrolle (temporär, 6 Monate, Schichtbetrieb 2-Schicht).\n\nIhr Profil aus unserer Datenbank passt sehr gut. Dürfen wir Sie für diese Stelle vorschlagen? Ihre Zustimmung benötigen wir schriftlich.\n\nFreundliche Grüsse\nSabrina Kunz\nPersonalberaterin\nStellenwerk Basel AG – Temporär- und Dauerstellen\nSteinenvorstadt 33, 4051 Basel",
    ),
    m(
        "730425",
        "2025-11-04 14:06",
        "Sabrina Kunz <sabrina.kunz@stellenwerk-basel.ch>",
        "AW: Einsatz als Laborant/in IPC (temporär) – Pharma Basel",
        A("confirmation", RH, RH2, 6, "agency"),
        "Sehr geehrte Frau Brändli\n\nBesten Dank für Ihre Zustimmung. Ich habe Sie heute bei der Rheintal Pharma AG (Standort Schweizerhalle) vorgeschlagen. Dass Sie dort bereits im Bewerbungsprozess für eine Festanstellung waren, habe ich im Begleitschreiben vermerkt.\n\nIch melde mich, sobald ich etwas höre.\n\nFreundliche Grüsse\nSabrina Kunz\nStellenwerk Basel AG\n\n-----Ursprüngliche Nachricht-----\nVon: Corinne Brändli\nBetreff: AW: Einsatz als Laborant/in IPC (temporär) – Pharma Basel\n\nGuten Tag Frau Kunz, ja, Sie dürfen mich vorschlagen. Allerdings beginne ich im Januar eine Festanstellung; ein Einsatz wäre nur für November/Dezember möglich.",
    ),
    m(
        "730470",
        "2025-11-14 16:30",
        "Sabrina Kunz <sabrina.kunz@stellenwerk-basel.ch>",
        "Stand IPC-Einsatz Rheintal",
        A("confirmation", RH, RH2, 6, "agency"),
        "Sehr geehrte Frau Brändli\n\nKurzes Update: Rheintal hat die Besetzung der IPC-Stelle vorläufig zurückgestellt, da sich die Produktionsplanung für das erste Quartal verschoben hat. Die Stelle ist also im Moment auf Eis. Ich halte Sie auf dem Laufenden, falls sich etwas ändert.\n\nFreundliche Grüsse\nSabrina Kunz",
        st="on_hold",
    ),
    # --- 7 Limmat Bioprocess via jobs.ch -------------------------------------------------------
    m(
        "730150",
        "2025-09-13 21:14",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung bei Limmat Bioprocess AG wurde versendet",
        A("confirmation", LB, LBR, 7, "other"),
        html="<html><body><h2>Ihre Bewerbung ist unterwegs!</h2><p>Hallo Corinne</p><p>Sie haben sich erfolgreich beworben:</p><table><tr><td><b>QC Analyst Stabilitätsstudien 100%</b><br>Limmat Bioprocess AG · Baden</td></tr></table><p>Das Unternehmen hat Ihre Unterlagen erhalten. Den Status Ihrer Bewerbungen finden Sie unter «Meine Bewerbungen».</p><p>Viel Erfolg!<br>Ihr jobs.ch Team</p><p style='font-size:11px'>JobCloud AG · Albisriederstrasse 253 · 8047 Zürich</p></body></html>",
    ),
    # --- 8 Helvion Diagnostics (Avature) -----------------------------------------------------
    m(
        "730170",
        "2025-09-16 10:01",
        "Helvion Careers <no-reply@avature.net>",
        "Helvion Diagnostics – Application received",
        A("confirmation", HD, HDR, 8, "other", "en"),
        "Dear Corinne Brändli,\n\nThank you for your application for the position Laboratory Analyst QC Release (Req. 25-0917) in Zürich-Altstetten.\n\nWe have received your documents. Our recruiting team reviews each application individually; please allow up to three weeks. Should we not be able to consider you for this role, we will inform you by e-mail.\n\nKind regards,\nHelvion Diagnostics AG – Global Talent Acquisition",
    ),
    m(
        "730215",
        "2025-09-29 09:00",
        "Helvion Careers <no-reply@avature.net>",
        "Next step: online assessment for Laboratory Analyst QC Release",
        A("assessment", HD, HDR, 8, "other", "en"),
        html="<html><body><p>Dear Corinne,</p><p>We are pleased to invite you to the next step of our selection process for <b>Laboratory Analyst QC Release</b>.</p><p>Please complete the online assessment (numerical reasoning, GMP knowledge, approx. 40 minutes) by <b>5 October 2025</b>:</p><p><a href='https://helvion.avature.net/assessment?token=Qk2f8'>Start assessment</a></p><p>Kind regards,<br>Helvion Talent Acquisition</p></body></html>",
    ),
    m(
        "730280",
        "2025-10-09 13:44",
        "Helvion Careers <no-reply@avature.net>",
        "Your application at Helvion",
        A("rejection", HD, HDR, 8, "other", "en"),
        "Dear Corinne,\n\nThank you for taking the time to complete our assessment and for your interest in Helvion Diagnostics. We appreciated learning about your background in release testing.\n\nAfter careful review, we have decided to move forward with other candidates whose profiles more closely match the current needs of the team. We will keep your details in our talent pool for 12 months, unless you ask us to delete them.\n\nWe wish you every success.\n\nKind regards,\nHelvion Talent Acquisition",
    ),
    # --- 9 Pravena via LinkedIn --------------------------------------------------------------
    m(
        "730178",
        "2025-09-18 22:37",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Corinne, Ihre Bewerbung wurde an Pravena gesendet",
        A("confirmation", PV, PVR, 9, "linkedin"),
        html="<html><body><p>Ihre Bewerbung wurde an Pravena gesendet</p><p><b>Stability Coordinator</b><br>Pravena · Basel, Basel-Stadt, Schweiz (Vor Ort)</p><p>Beworben am 18. Sept. 2025</p><p>Nächste Schritte: Sie können den Status Ihrer Bewerbung unter «Meine Jobs» verfolgen.</p><p style='font-size:11px'>Diese E-Mail war für Corinne Brändli (Laborantin / QC Analyst). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></body></html>",
    ),
    m(
        "730207",
        "2025-09-26 07:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde angesehen",
        A("viewed", PV, PVR, 9, "linkedin"),
        html="<html><body><p>Gute Neuigkeiten, Corinne!</p><p>Ihre Bewerbung für <b>Stability Coordinator</b> bei <b>Pravena</b> wurde angesehen.</p><p>Tipp: Vernetzen Sie sich mit Mitarbeitenden von Pravena.</p></body></html>",
    ),
    # --- 10 Dreispitz Analytik, GF from bluewin ---------------------------------------------
    m(
        "730186",
        "2025-09-21 18:20",
        "Urs Hänggi <urs.haenggi@bluewin.ch>",
        "Ihre Bewerbung Laborantin",
        A("confirmation", DA, DAR, 10, "direct"),
        "Guten Abend Frau Brändli\n\nIhre Bewerbung auf unser Inserat ist angekommen, besten Dank. Ich schreibe Ihnen von meiner privaten Adresse, da unser Mailserver diese Woche umgestellt wird.\n\nIch werde Ihre Unterlagen mit meinem Laborleiter anschauen und melde mich nächste Woche.\n\nFreundliche Grüsse\nUrs Hänggi\nGeschäftsführer\nDreispitz Analytik GmbH\nFlorenz-Strasse 7, 4142 Münchenstein",
    ),
    m(
        "730230",
        "2025-09-30 07:45",
        "Urs Hänggi <urs.haenggi@bluewin.ch>",
        "Schnuppertag bei uns?",
        A("interview", DA, DAR, 10, "direct"),
        "Guten Morgen Frau Brändli\n\nWir würden Sie gerne näher kennenlernen. Bei einem kleinen Team wie unserem (9 Personen) ist es uns wichtig, dass es auch menschlich passt – deshalb laden wir Sie zu einem Schnuppertag ein.\n\nVorschlag: Mittwoch, 8. Oktober, 08:00 bis ca. 16:00 Uhr. Sie arbeiten einen Tag mit Frau Lüthi im Lebensmittel- und Pharmalabor mit, über Mittag gehen wir zusammen essen.\n\nPasst Ihnen das?\n\nFreundliche Grüsse\nUrs Hänggi\nDreispitz Analytik GmbH",
    ),
    m(
        "730296",
        "2025-10-12 20:05",
        "Urs Hänggi <urs.haenggi@bluewin.ch>",
        "Nach dem Schnuppertag",
        A("rejection", DA, DAR, 10, "direct"),
        "Guten Abend Frau Brändli\n\nNochmals herzlichen Dank für Ihren Einsatz am Mittwoch. Das ganze Team hat Sie als sehr angenehm und genau erlebt, Frau Lüthi war begeistert.\n\nWir haben lange überlegt. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits Erfahrung in der Lebensmittelanalytik hat, weil dies bei uns gut die Hälfte der Aufträge ausmacht. Das ist uns wirklich nicht leichtgefallen.\n\nIch wünsche Ihnen viel Glück bei der Suche – mit Ihrem Profil finden Sie bestimmt bald etwas.\n\nFreundliche Grüsse\nUrs Hänggi",
    ),
    # --- 11 Korvex Pharma via Indeed --------------------------------------------------------
    m(
        "730196",
        "2025-09-24 06:58",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung eingereicht: QC Analyst (temporary, 9 months)",
        A("confirmation", KX, KXR, 11, "indeed"),
        html="<html><body><p><b>Indeed</b></p><p>Ihre Bewerbung wurde an Korvex Pharma SA gesendet.</p><p>QC Analyst (temporary, 9 months)<br>Korvex Pharma SA – Pratteln BL</p><p>Wir empfehlen Ihnen, Ihr Postfach regelmässig zu prüfen. Arbeitgeber können Sie direkt über Indeed kontaktieren.</p></body></html>",
    ),
    m(
        "730266",
        "2025-10-06 11:19",
        "Korvex Pharma SA <hr@korvex-pharma.ch>",
        "Ihre Bewerbung als QC Analyst",
        A("rejection", KX, KXR, 11, "direct"),
        "Sehr geehrte Frau Brändli\n\nWir danken Ihnen für Ihre Bewerbung über Indeed und das damit verbundene Interesse an unserem Unternehmen. Ihre Unterlagen haben wir mit Interesse gelesen.\n\nLeider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Diese Entscheidung ist keine Wertung Ihrer Qualifikationen.\n\nMit freundlichen Grüssen\nHuman Resources\nKorvex Pharma SA, Pratteln",
    ),
    # --- 12 Hallwyl Biotech (rexx), withdrawn ------------------------------------------------
    m(
        "730241",
        "2025-10-01 09:26",
        "Hallwyl Biotech AG <bewerbung@hallwyl-biotech.rexx-recruitment.com>",
        "Bestätigung Ihrer Bewerbung - Microbiology Lab Technician",
        A("confirmation", HB, HBR, 12, "other"),
        "Sehr geehrte Frau Brändli,\n\nvielen Dank für Ihre Bewerbung als Microbiology Lab Technician bei der Hallwyl Biotech AG in Seon.\n\nIhre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese nun und melden uns so rasch wie möglich bei Ihnen.\n\nFreundliche Grüsse\nIhr HR-Team\nHallwyl Biotech AG\n\nDiese Nachricht wurde automatisch erstellt.",
    ),
    m(
        "730305",
        "2025-10-15 14:02",
        "Petra Vogt <petra.vogt@hallwyl-biotech.ch>",
        "Einladung Vorstellungsgespräch (Teams) – Microbiology Lab Technician",
        A("interview", HB, HBR, 12, "direct"),
        "Sehr geehrte Frau Brändli\n\nGerne laden wir Sie zu einem ersten Vorstellungsgespräch via Microsoft Teams ein. Die Einladung erhalten Sie mit dieser E-Mail.\n\nDauer: ca. 45 Minuten\nTeilnehmende: Petra Vogt (HR), Simon Baumann (Leiter Mikrobiologie)\n\nFreundliche Grüsse\nPetra Vogt\nHR Generalistin\nHallwyl Biotech AG, Seetalstrasse 120, 5707 Seon",
        ics=ev(
            "HB-INT-1023",
            "2025-10-23 09:00:00 +0200",
            "Vorstellungsgespräch C. Brändli – Microbiology Lab Technician",
            ("Petra Vogt", "petra.vogt@hallwyl-biotech.ch"),
            45,
            "Microsoft Teams-Besprechung",
            attendees=[("Simon Baumann", "simon.baumann@hallwyl-biotech.ch")],
        ),
    ),
    m(
        "730350",
        "2025-10-21 10:40",
        "Petra Vogt <petra.vogt@hallwyl-biotech.ch>",
        "AW: Rückzug meiner Bewerbung",
        A("confirmation", HB, HBR, 12, "direct"),
        "Sehr geehrte Frau Brändli\n\nBesten Dank für Ihre Nachricht. Schade, aber wir verstehen Ihren Entscheid natürlich. Den Termin vom Donnerstag haben wir storniert und Ihre Bewerbung aus dem Prozess genommen.\n\nWir wünschen Ihnen viel Erfolg.\n\nFreundliche Grüsse\nPetra Vogt\n\nVon: Corinne Brändli\nGesendet: Montag, 20. Oktober 2025 19:55\nBetreff: Rückzug meiner Bewerbung\n\nSehr geehrte Frau Vogt, aufgrund einer Zusage in Basel ziehe ich meine Bewerbung als Microbiology Lab Technician zurück. Vielen Dank für Ihr Interesse.",
        st="withdrawn",
    ),
    # --- 13 Orvane Biologics (Greenhouse) ---------------------------------------------------
    m(
        "730108",
        "2025-09-03 17:25",
        "Orvane Biologics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Orvane Biologics!",
        A("confirmation", OB, OBR, 13, "greenhouse", "en"),
        "Hi Corinne,\n\nThanks for your interest in Orvane Biologics! We received your application for QC Scientist, Bioassay in Schlieren and our team will review it shortly.\n\nWe read every application, and if your experience is a fit we'll be in touch about next steps.\n\nBest,\nThe Orvane Talent Team",
    ),
    m(
        "730250",
        "2025-10-03 18:02",
        "Orvane Biologics <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        A("rejection", OB, OBR, 13, "greenhouse", "en"),
        "Hi Corinne,\n\nThank you for applying for QC Scientist, Bioassay and for your patience while we reviewed applications. We were impressed by your hands-on lab experience, and it was not an easy decision.\n\nUnfortunately, we have decided not to move forward with your candidacy at this time, as we are looking for deeper experience with potency assays for cell therapies.\n\nWe encourage you to keep an eye on our careers page.\n\nAll the best,\nOrvane Talent Team",
    ),
    # --- 14 Cellaris Therapeutics, founder from Gmail, ghosted -------------------------------
    m(
        "730320",
        "2025-10-16 22:48",
        "Fabian Moser <fabian.moser.bs@gmail.com>",
        "Re: Lab Analyst at Cellaris",
        A("interview", CT, CTR, 14, "direct", "en"),
        "Hi Corinne\n\nThanks a lot for your mail and CV – sorry for the late reply, we're a team of six and everything runs through me right now. Your HPLC and stability background is exactly what we need for our first GMP batch.\n\nWould you have time for a call on Monday 20 Oct at 12:15? I've sent a Google Meet invite.\n\nCheers\nFabian\n--\nFabian Moser, PhD\nCo-founder & CEO, Cellaris Therapeutics AG\nc/o Switzerland Innovation Park Basel Area, Allschwil\n\nOn Tue, 14 Oct 2025 at 20:11, Corinne Brändli wrote:\n> Sehr geehrter Herr Moser, dear Fabian, I came across the Lab Analyst posting on your website ...",
        ics=ev(
            "cellaris-call-1020",
            "2025-10-20 12:15:00 +0200",
            "Cellaris x Corinne – Lab Analyst",
            ("Fabian Moser", "fabian.moser.bs@gmail.com"),
            30,
            "https://meet.google.com/xpd-kwqa-vrn",
            style="google",
        ),
    ),
    # --- 15 Medivon Schweiz (Medivon Group Workday) ------------------------------------------
    m(
        "730312",
        "2025-10-15 08:44",
        "Medivon Group <medivon@myworkday.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        ("alert", "Medivon Schweiz", MVR, None, "workday", "de"),
        "Hallo Corinne\n\nSie haben eine Bewerbung für QC Documentation Specialist (GMP) begonnen, aber noch nicht eingereicht. Melden Sie sich an, um dort weiterzumachen, wo Sie aufgehört haben.\n\nMedivon Group – Talent Acquisition",
    ),
    m(
        "730316",
        "2025-10-15 21:09",
        "Medivon Group <medivon@myworkday.com>",
        "Application submitted – QC Documentation Specialist (GMP)",
        A("confirmation", MV, MVR, 15, "workday", "en"),
        "Dear Corinne,\n\nThank you for your application for QC Documentation Specialist (GMP) (JR-118340) with Medivon Schweiz AG, Rotkreuz / Basel.\n\nWe will review your application carefully. Unfortunately, due to the high number of applications we receive, we are not able to give individual feedback before the review is complete.\n\nBest regards,\nMedivon Group Talent Acquisition",
    ),
    m(
        "730455",
        "2025-11-11 16:20",
        "Medivon Group <medivon@myworkday.com>",
        "Ihre Bewerbung als QC Documentation Specialist (GMP)",
        A("rejection", MV, MVR, 15, "workday"),
        "Liebe Corinne\n\nVielen Dank für Ihr Interesse an der Medivon Schweiz AG und die Zeit, die Sie in Ihre Bewerbung investiert haben. Ihr Profil hat uns durchaus beeindruckt.\n\nNach eingehender Prüfung haben wir uns dennoch entschieden, den Prozess mit anderen Kandidierenden fortzuführen.\n\nWir würden uns freuen, wenn Sie uns weiterhin verbunden bleiben.\n\nFreundliche Grüsse\nMedivon Talent Acquisition",
    ),
    # --- 16 Arlesheim Naturheilmittel (SuccessFactors) ---------------------------------------
    m(
        "730125",
        "2025-09-09 13:15",
        "ANH Arlesheim Naturheilmittel AG <noreply@successfactors.eu>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", AN, ANR, 16, "other"),
        "Sehr geehrte Frau Brändli\n\nHerzlichen Dank für Ihr Interesse an einer Tätigkeit als QC Analyst Phytopharmaka 80-100% bei der ANH Arlesheim Naturheilmittel AG.\n\nIhre Bewerbung ist bei uns eingegangen. Falls wir Sie nicht für ein Gespräch berücksichtigen können, erhalten Sie ebenfalls eine Nachricht von uns.\n\nFreundliche Grüsse\nPersonaldienst ANH",
    ),
    m(
        "730200",
        "2025-09-24 15:50",
        "Simone Dietler <simone.dietler@anh-arlesheim.ch>",
        "Telefoninterview QC Analyst Phytopharmaka",
        A("interview", AN, ANR, 16, "direct"),
        "Sehr geehrte Frau Brändli\n\nVielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Teams-Interview von 30 Minuten einladen. Die Einladung folgt über Outlook.\n\nFreundliche Grüsse\nSimone Dietler\nHR Fachfrau\nANH Arlesheim Naturheilmittel AG\nStollenrain 14, 4144 Arlesheim",
        ics=ev(
            "ANH-0930",
            "2025-09-30 16:00:00 +0200",
            "Interview Brändli / QC Analyst Phyto",
            ("Simone Dietler", "simone.dietler@anh-arlesheim.ch"),
            30,
            "Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "730270",
        "2025-10-07 09:33",
        "Simone Dietler <simone.dietler@anh-arlesheim.ch>",
        "Ihre Bewerbung bei ANH",
        A("rejection", AN, ANR, 16, "direct"),
        "Sehr geehrte Frau Brändli\n\nNochmals vielen Dank für das offene und sympathische Gespräch. Ihre fundierten Kenntnisse in der HPLC haben uns überzeugt.\n\nDa für die Stelle jedoch Erfahrung mit Dünnschichtchromatographie und pflanzlichen Ausgangsstoffen zentral ist, haben wir uns für eine andere Kandidatin entschieden. Wir bedauern, Ihnen keinen besseren Bescheid geben zu können.\n\nFreundliche Grüsse\nSimone Dietler",
    ),
    # --- 17 Syntheva (Avature), on hold ------------------------------------------------------
    m(
        "730340",
        "2025-10-19 19:31",
        "Syntheva Talent <no-reply@avature.net>",
        "Wir haben Ihre Bewerbung erhalten",
        A("confirmation", SY, SYR, 17, "other"),
        "Guten Tag Corinne Brändli\n\nWir bestätigen den Eingang Ihrer Bewerbung für die Position QC Analyst Raw Materials am Standort Kaiseraugst.\n\nFreundliche Grüsse\nSyntheva AG – Recruiting",
    ),
    m(
        "730520",
        "2025-11-27 11:11",
        "Syntheva Talent <no-reply@avature.net>",
        "Information zu Ihrer Bewerbung – QC Analyst Raw Materials",
        A("confirmation", SY, SYR, 17, "other"),
        "Guten Tag Corinne Brändli\n\nWir möchten Sie informieren, dass das Rekrutierungsverfahren für die Position QC Analyst Raw Materials aus internen organisatorischen Gründen vorübergehend sistiert wurde. Ihre Bewerbung bleibt bei uns im System erfasst. Sobald wir den Prozess wieder aufnehmen, melden wir uns bei Ihnen.\n\nWir danken Ihnen für Ihr Verständnis.\n\nFreundliche Grüsse\nSyntheva AG – Recruiting",
        st="on_hold",
    ),
    # --- 18 Lumeq Pharma: InMail, then Workday -----------------------------------------------
    m(
        "730144",
        "2025-09-12 09:40",
        "Anna Keller via LinkedIn <inmail-hit-reply@linkedin.com>",
        "QC role in Zürich – interested?",
        ("outreach", LQ, LQR, None, "linkedin", "en"),
        "Hi Corinne,\n\nI'm a recruiter at Lumeq Pharma in Zürich. We're building our QC team for a new sterile fill-finish line and your profile (HPLC, stability, GMP documentation) caught my eye. Would you be open to applying for our Associate Scientist QC role? Happy to share details.\n\nBest,\nAnna Keller\nTalent Acquisition, Lumeq Pharma\n\nReply  |  Not interested",
    ),
    m(
        "730166",
        "2025-09-15 20:55",
        "Lumeq Pharma <lumeq@myworkday.com>",
        "We received your application",
        A("confirmation", LQ, LQR, 18, "workday", "en"),
        "Hello Corinne,\n\nThank you for applying for the Associate Scientist QC position (REQ-7731) at Lumeq Pharma AG, Zürich. Your application has been received and will be reviewed.\n\nRegards,\nLumeq Pharma Talent Acquisition",
    ),
    m(
        "730210",
        "2025-09-26 11:00",
        "Anna Keller <anna.keller@lumeq.ch>",
        "Interview Associate Scientist QC – 1 October",
        A("interview", LQ, LQR, 18, "direct", "en"),
        "Hi Corinne\n\nThanks for applying! Our hiring manager, Dr. Reto Studer, would like to speak with you on Wednesday 1 October at 11:00 via Teams. Invitation attached.\n\nBest\nAnna",
        ics=ev(
            "LQ-1001",
            "2025-10-01 11:00:00 +0200",
            "Interview: Corinne Brändli – Associate Scientist QC",
            ("Anna Keller", "anna.keller@lumeq.ch"),
            45,
            "Microsoft Teams Meeting",
        ),
    ),
    m(
        "730285",
        "2025-10-10 15:25",
        "Anna Keller <anna.keller@lumeq.ch>",
        "Associate Scientist QC",
        A("rejection", LQ, LQR, 18, "direct", "en"),
        "Hi Corinne\n\nThank you again for your time with Reto last week – he enjoyed the conversation and your clear explanations of your OOS investigations.\n\nWe've now completed the first round and, unfortunately, we will not be taking your application further; the team has chosen candidates with sterile manufacturing experience.\n\nI'd love to stay in touch for future openings.\n\nBest regards\nAnna",
    ),
    # --- 19 Pharmalog Rheinfelden via RAV Zuweisung ------------------------------------------
    m(
        "730234",
        "2025-09-30 10:15",
        "RAV Basel-Stadt <rav.basel@bs.ch>",
        "Zuweisung: Mitarbeiter/in Wareneingangskontrolle Labor, Pharmalog Rheinfelden AG",
        ("alert", "Pharmalog Rheinfelden", PLR, None, "other", "de"),
        "Sehr geehrte Frau Brändli\n\nIm Rahmen Ihrer Stellensuche weisen wir Ihnen folgende Stelle zu:\n\nStelle: Mitarbeiter/in Wareneingangskontrolle Labor, 100%\nArbeitgeber: Pharmalog Rheinfelden AG, 4310 Rheinfelden\nBewerbung: schriftlich per E-Mail an personal@pharmalog-rheinfelden.ch\n\nBitte bewerben Sie sich innert 3 Arbeitstagen und tragen Sie die Bewerbung im Formular «Nachweis der persönlichen Arbeitsbemühungen» ein. Eine nicht erfolgte Bewerbung kann Einstellungstage zur Folge haben.\n\nFreundliche Grüsse\nRegionales Arbeitsvermittlungszentrum (RAV) Basel-Stadt\nIhre Personalberaterin: Eveline Schmid",
    ),
    m(
        "730240",
        "2025-10-02 08:30",
        "Personal Pharmalog <personal@pharmalog-rheinfelden.ch>",
        "Eingangsbestätigung",
        A("confirmation", PL, PLR, 19, "direct"),
        "Sehr geehrte Frau Brändli\n\nWir bestätigen den Eingang Ihrer Bewerbung für die Stelle als Mitarbeiterin Wareneingangskontrolle Labor. Wir werden Ihre Unterlagen prüfen und uns bei Ihnen melden.\n\nFreundliche Grüsse\nPharmalog Rheinfelden AG\nPersonalabteilung",
    ),
    m(
        "730300",
        "2025-10-14 13:05",
        "Personal Pharmalog <personal@pharmalog-rheinfelden.ch>",
        "Ihre Bewerbung",
        A("rejection", PL, PLR, 19, "direct"),
        "Sehr geehrte Frau Brändli\n\nVielen Dank für Ihre Bewerbung. Ihre Qualifikationen sind beeindruckend; für die ausgeschriebene Stelle im Wareneingang suchen wir aber eine Person mit Staplerausweis und Erfahrung in der Lagerlogistik. Wir sind deshalb zum Schluss gekommen, Sie nicht weiter zu berücksichtigen.\n\nWir wünschen Ihnen für die Zukunft alles Gute.\n\nFreundliche Grüsse\nPharmalog Rheinfelden AG",
    ),
    # --- alerts, outreach, other job mail ---------------------------------------------------
    m(
        "731001",
        "2025-09-02 07:00",
        "jobs.ch Jobabo <jobabo@jobs.ch>",
        "12 neue Jobs für «QC Analyst» in Basel",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Ihre neuen Jobs</h3><ul><li>QC Analyst HPLC/UPLC (m/w/d) – Rheintal Pharma AG – Basel</li><li>Laborant/in Qualitätskontrolle 100% – Kessler Chemie &amp; Pharma AG – Muttenz</li><li>Chemielaborant/in (w/m/d) – Hochrhein Analytik AG – Pratteln</li><li>… und 9 weitere</li></ul><p>Jobabo anpassen · Abmelden</p></body></html>",
    ),
    m(
        "731002",
        "2025-09-16 07:00",
        "jobs.ch Jobabo <jobabo@jobs.ch>",
        "8 neue Jobs für «Laborant Chemie» in Basel und Umgebung",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Neue Jobs passend zu Ihrem Jobabo</h3><ul><li>Laborant/in EFZ Chemie 80-100% – Dreispitz Analytik GmbH – Münchenstein</li><li>Microbiology Lab Technician – Hallwyl Biotech AG – Seon</li><li>Laborant/in IPC – Personalvermittlung – Basel</li></ul></body></html>",
    ),
    m(
        "731003",
        "2025-10-14 07:00",
        "jobs.ch Jobabo <jobabo@jobs.ch>",
        "5 neue Jobs für «QC Analyst» in Basel",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Ihre neuen Jobs</h3><ul><li>QC Analyst Raw Materials – Syntheva AG – Kaiseraugst</li><li>Laborant/in Stabilitätsprüfung 80-100% – Kessler Chemie &amp; Pharma AG – Muttenz</li><li>QC Documentation Specialist (GMP) – Medivon Schweiz AG – Basel</li></ul></body></html>",
    ),
    m(
        "731004",
        "2025-09-05 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "«QC Analyst»: 14 neue Jobs in Basel",
        ("alert", None, None, None, "linkedin", "de"),
        html="<html><body><p>Neue Jobs, die Ihren Präferenzen entsprechen</p><p>Stability Coordinator · Pravena · Basel<br>QC Scientist, Bioassay · Orvane Biologics · Schlieren<br>Analytical Scientist QC Biologics · Aurelion · Basel</p><p>Alle Jobs anzeigen</p></body></html>",
    ),
    m(
        "731005",
        "2025-10-03 18:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "«Laboratory Analyst»: 9 neue Jobs in Zürich",
        ("alert", None, None, None, "linkedin", "de"),
        html="<html><body><p>Neue Jobs für Sie</p><p>QC Analyst (HPLC) · Peregrine CDMO · Zürich<br>Lab Technician · Vireo Diagnostics · Schlieren</p></body></html>",
    ),
    m(
        "731006",
        "2025-09-19 06:15",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: QC Analyst in Basel, BS",
        ("alert", None, None, None, "indeed", "de"),
        html="<html><body><p>QC Analyst (temporary, 9 months) – Korvex Pharma SA – Pratteln BL – Einfach bewerben</p><p>Laborant/in Chemie – Temporärstelle – Stellenwerk Basel AG – Basel</p><p>Technicien(ne) de laboratoire contrôle qualité – Laboratoires Doller SA – Mulhouse</p></body></html>",
    ),
    m(
        "731007",
        "2025-10-09 06:15",
        "Indeed <alert@indeed.com>",
        "Corinne, 6 neue Jobs passend zu «Laborantin»",
        ("alert", None, None, None, "indeed", "de"),
        html="<html><body><p>Chemielaborant/in Qualitätskontrolle – Wiesental Arzneimittel GmbH – Lörrach</p><p>Laborant/in Mikrobiologie 80% – Spital-Labor Nordwest – Liestal</p></body></html>",
    ),
    m(
        "731008",
        "2025-09-25 08:00",
        "job-room <noreply@job-room.ch>",
        "Job-Alert: 4 neue Stellen für «Chemielaborant/in»",
        ("alert", None, None, None, "other", "de"),
        "Guten Tag Corinne Brändli\n\nFür Ihr Suchprofil «Chemielaborant/in, Basel-Stadt, Basel-Landschaft, Aargau» wurden neue Stellen publiziert:\n\n- Mitarbeiter/in Wareneingangskontrolle Labor – Pharmalog Rheinfelden AG\n- Chemielaborant/in – Hochrhein Analytik AG\n- Laborant/in Qualitätskontrolle – Kessler Chemie & Pharma AG\n- Laborant/in – Umweltlabor Birs\n\nJob-Room – das Stellenportal der öffentlichen Arbeitsvermittlung",
    ),
    m(
        "731009",
        "2025-09-08 11:00",
        "RAV Basel-Stadt <rav.basel@bs.ch>",
        "Einladung zum Erstgespräch im RAV",
        ("other_job", None, None, None, "other", "de"),
        "Sehr geehrte Frau Brändli\n\nNach Ihrer Anmeldung zur Arbeitsvermittlung laden wir Sie zum Erstgespräch ein:\n\nDatum: Montag, 15. September 2025, 09:30 Uhr\nOrt: RAV Basel-Stadt, Hochstrasse 37, 4053 Basel, 2. Stock\nIhre Personalberaterin: Eveline Schmid\n\nBitte bringen Sie Ihren Lebenslauf, Ihre Arbeitszeugnisse, die Kündigung und den Nachweis Ihrer Arbeitsbemühungen der letzten drei Monate mit.\n\nDiese Einladung ist verbindlich. Bei Verhinderung melden Sie sich bitte umgehend.\n\nFreundliche Grüsse\nRAV Basel-Stadt",
    ),
    m(
        "731010",
        "2025-11-04 09:00",
        "RAV Basel-Stadt <rav.basel@bs.ch>",
        "Abmeldung von der Arbeitsvermittlung – Bestätigung",
        ("other_job", None, None, None, "other", "de"),
        "Sehr geehrte Frau Brändli\n\nWir bestätigen Ihre Abmeldung von der öffentlichen Arbeitsvermittlung per 31. Dezember 2025 infolge Stellenantritts. Wir gratulieren Ihnen herzlich zur neuen Stelle.\n\nBitte reichen Sie das Formular «Angaben der versicherten Person» für den Monat Dezember noch bei Ihrer Arbeitslosenkasse ein.\n\nFreundliche Grüsse\nEveline Schmid\nPersonalberaterin, RAV Basel-Stadt",
    ),
    m(
        "731011",
        "2025-09-20 10:12",
        "Aurelion Careers <talentcommunity@aurelion.com>",
        "Welcome to the Aurelion Talent Community",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><p>Hi Corinne,</p><p>Welcome to the Aurelion Talent Community! You'll now receive updates about roles in Quality and Analytical Sciences in Switzerland, plus stories from our people.</p><p>Manage your preferences at any time.</p><p>Aurelion Group · Basel · Boston · Singapore</p></body></html>",
    ),
    m(
        "731012",
        "2025-10-11 08:30",
        "Lea Fischer <lea.fischer@labforce.ch>",
        "Spannende Vakanzen im QC – Zeit für einen Austausch?",
        ("outreach", None, None, None, "agency", "de"),
        "Grüezi Frau Brändli\n\nIch bin Personalberaterin bei der Labforce AG und auf Life-Sciences-Stellen in der Nordwestschweiz spezialisiert. Aktuell betreue ich mehrere Mandate im Bereich QC (HPLC, Mikrobiologie, Freigabe) bei Pharma- und Biotechfirmen zwischen Basel und Zürich.\n\nHätten Sie Zeit für ein unverbindliches Gespräch? Gerne nehme ich Sie auch in unseren Kandidatenpool auf.\n\nFreundliche Grüsse\nLea Fischer\nLabforce AG · Personalvermittlung Life Sciences · Basel",
    ),
    m(
        "731013",
        "2025-10-12 08:31",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "Abwesenheitsnotiz: Brightwater – Feedback",
        ("other_job", None, None, None, "agency", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis am 20. Oktober 2025 in den Ferien und habe nur beschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@rheinknie-personal.ch oder 061 205 77 00.\n\nFreundliche Grüsse\nMarco Gerber",
    ),
]

MAIL += [
    m(
        "730199",
        "2025-09-25 07:10",
        "Indeed <indeedapply@indeed.com>",
        "Ihre Bewerbung wurde angesehen: QC Analyst (temporary, 9 months)",
        A("viewed", KX, KXR, 11, "indeed"),
        html="<html><body><p>Gute Nachrichten, Corinne!</p><p>Korvex Pharma SA hat Ihre Bewerbung für <b>QC Analyst (temporary, 9 months)</b> angesehen.</p><p>Tipp: Arbeitgeber melden sich oft innert zwei Wochen.</p></body></html>",
    ),
    m(
        "730445",
        "2025-11-10 09:05",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "Sind Sie noch auf Stellensuche? QC Freigabe, Aargau",
        ("outreach", None, "QC Specialist Batch Release (80-100%)", None, "agency", "de"),
        "Hallo Frau Brändli\n\nIch hoffe, es geht Ihnen gut. Für einen Kunden im Fricktal (Biotech, ca. 300 Mitarbeitende) suche ich eine/n QC Specialist Batch Release, Festanstellung. Falls Sie noch suchen, würde ich mich über einen Anruf freuen.\n\nFreundliche Grüsse\nMarco Gerber\nRheinknie Personal AG",
    ),
    m(
        "730447",
        "2025-11-10 21:30",
        "Marco Gerber <m.gerber@rheinknie-personal.ch>",
        "AW: Sind Sie noch auf Stellensuche? QC Freigabe, Aargau",
        ("other_job", None, None, None, "agency", "de"),
        "Liebe Frau Brändli\n\nHerzliche Gratulation zur neuen Stelle bei Aurelion! Dann wünsche ich Ihnen einen tollen Start und nehme Sie aus meinen Suchen heraus.\n\nFreundliche Grüsse\nMarco Gerber\n\n> Guten Abend Herr Gerber, vielen Dank, ich habe inzwischen eine Festanstellung angenommen und beginne im Januar.",
    ),
    m(
        "730380",
        "2025-10-26 11:00",
        "Tom Whitfield via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior QC Analyst – Visp – relocation package",
        ("outreach", None, "Senior QC Analyst", None, "agency", "en"),
        "Hi Corinne,\n\nI'm a life sciences recruiter at Alpine Talent Partners. One of our clients, a global CDMO, is hiring a Senior QC Analyst in Visp (Valais) with a relocation package. Your HPLC and biologics experience looks like a strong match.\n\nWould you be open to a quick chat this week?\n\nBest,\nTom Whitfield\nAlpine Talent Partners GmbH, Zug",
    ),
    m(
        "730581",
        "2025-12-15 08:00",
        "Aurelion Group <aureliongroup@myworkday.com>",
        "Action required: complete your onboarding tasks",
        ("other_job", AU, AUR, None, "workday", "en"),
        "Hello Corinne,\n\nYou have 3 open onboarding tasks in Workday: Personal Information, Payment Elections, Code of Conduct acknowledgement. Please complete them before your start date.\n\nAurelion People Services",
    ),
    m(
        "730620",
        "2026-01-19 14:00",
        "Kessler Chemie & Pharma AG <noreply@umantis.com>",
        "Neue Stellen bei KCP passend zu Ihrem Profil",
        ("alert", KC, None, None, "other", "de"),
        "Guten Tag Frau Brändli\n\nIn unserem Stellenportal sind neue Stellen publiziert, die zu Ihrem Suchprofil passen:\n\n- Laborant/in Analytik (Schichtbetrieb)\n- Qualitätssicherungsmitarbeiter/in GMP\n\nFreundliche Grüsse\nKessler Chemie & Pharma AG",
    ),
    m(
        "730630",
        "2025-10-02 07:30",
        "Nadine Roth <nadine.roth@rheintal-pharma.ch>",
        "Erinnerung: Praktischer Labortest heute 08:30",
        A("assessment", RH, RH1, 1, "direct"),
        "Guten Morgen Frau Brändli\n\nNur eine kurze Erinnerung an den Labortest heute um 08:30 Uhr, Empfang Bau 410. Wir freuen uns auf Sie!\n\nFreundliche Grüsse\nNadine Roth",
    ),
]
