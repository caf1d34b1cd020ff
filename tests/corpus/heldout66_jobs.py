# ruff: noqa: E501
"""Corpus 66, German job mail (data only): see heldout66.py."""

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


def E(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


NK, NK1, NK2 = (
    "Nordkai Logistik",
    "Supply Chain Planner (m/w/d)",
    "Disponent Kontraktlogistik (m/w/d)",
)
KTB, KTBR = "KTB", "Disponent Containerlogistik (m/w/d)"
LRL, LRLR = "Lindqvist Retail Logistik", "SAP MM Key User (m/w/d)"
ELT, ELTR = "Elbtrans Spedition", "Disponent Nahverkehr (m/w/d)"
BRA, BRAR = "Brenner Armaturen", "Einkäufer (m/w/d) technischer Einkauf"
MOO, MOOR = "Moorwerder Feinkost", "Junior Einkäufer (m/w/d)"
ALS, ALSR = "Alstertal Logistik", "Disponent Lager (m/w/d)"
ROT, ROTR = "Rotbuche Maschinenbau", "Materialdisponent (m/w/d)"
NLE, NLER = "Nordlicht Energie", "SAP PP Key User Produktionsplanung (m/w/d)"
FW, FWR = "Frachtwerk", "Operations Planner (m/w/d)"
TID, TIDR = "Tidely", "Supply Chain Manager (m/w/d)"
HKC, HKCR = "Hafenküche", "Einkäufer Food & Non-Food (m/w/d)"
GRE, GRER = "Grevenkamp Chemie", "SAP MM Specialist Materialwirtschaft (m/w/d)"
BIK, BIKR = "Bikeport", "Operations & Supply Planner (m/w/d)"
LUE, LUER = "Lüders Kühllogistik", "Disponent Kühltransporte (m/w/d)"
BER, BERR = "Bergedorfer Verpackung", "Supply Chain Planner (m/w/d)"
HMS, HMSR = "Hanse Maritime Services", "Einkäufer (m/w/d)"

SIG_NK = "Mit freundlichen Grüßen\n\nIhr Recruiting-Team\nNordkai Logistik GmbH & Co. KG\nAm Windhukkai 4 · 20457 Hamburg\nSitz: Hamburg · Registergericht Hamburg HRA 118204\nPersönlich haftende Gesellschafterin: Nordkai Verwaltungs-GmbH"

MAIL: list[dict[str, Any]] = [
    # --- 1 Nordkai, Supply Chain Planner (softgarden) -------------------------------------
    m(
        "66101",
        "2025-10-06 09:14",
        "Nordkai Logistik GmbH & Co. KG <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung als Supply Chain Planner (m/w/d)",
        D("confirmation", NK, NK1, 1, "other"),
        "Sehr geehrte Frau Behrendt,\n\nvielen Dank für Ihre Bewerbung als Supply Chain Planner (m/w/d) und Ihr Interesse an Nordkai.\n\nWir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Bitte haben Sie etwas Geduld – in der Regel melden wir uns innerhalb von drei Wochen bei Ihnen.\n\nDen Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:\nhttps://nordkai.softgarden.io/de/candidate/applications\n\n"
        + SIG_NK
        + "\n\n--\nDiese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.",
    ),
    m(
        "66102",
        "2025-10-21 15:40",
        "Wiebke Sörensen <w.soerensen@nordkai-logistik.de>",
        "Einladung zum Vorstellungsgespräch – Supply Chain Planner",
        D("interview", NK, NK1, 1, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nIhre Bewerbung hat uns gefallen und wir würden Sie gern näher kennenlernen. Gern laden wir Sie zu einem ersten Gespräch per Microsoft Teams ein:\n\nDienstag, 28.10.2025, 10:00–11:00 Uhr\nTeilnehmende: Herr Jens Okonkwo (Teamleitung Planung), Wiebke Sörensen (HR)\n\nDie Einladung mit dem Teams-Link haben Sie separat im Kalender erhalten. Sollte der Termin nicht passen, geben Sie mir bitte kurz Bescheid.\n\nMit freundlichen Grüßen\nWiebke Sörensen\nHR Business Partner\n\nNordkai Logistik GmbH & Co. KG\nAm Windhukkai 4 · 20457 Hamburg\nTel. +49 40 3018 77-412",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4NK01",
            "start": at("2025-10-28 10:00"),
            "minutes": 60,
            "organizer": ("Wiebke Sörensen", "w.soerensen@nordkai-logistik.de"),
            "attendees": [("Jens Okonkwo", "j.okonkwo@nordkai-logistik.de")],
            "summary": "Vorstellungsgespräch Jana Behrendt – Supply Chain Planner",
            "description": "Microsoft Teams-Besprechung\nÜber Computer oder mobile App teilnehmen\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NkQ5YjA\nBesprechungs-ID: 381 552 907 14",
            "location": "Microsoft Teams-Besprechung",
            "style": "outlook",
        },
    ),
    m(
        "66103",
        "2025-11-03 11:02",
        "Wiebke Sörensen <w.soerensen@nordkai-logistik.de>",
        "Zweites Gespräch bei uns vor Ort",
        D("interview", NK, NK1, 1, "direct"),
        "Hallo Frau Behrendt,\n\nvielen Dank noch einmal für das angenehme Gespräch letzte Woche. Herr Okonkwo würde Sie gern zu einem zweiten Gespräch bei uns am Standort einladen, dieses Mal auch mit einem kurzen Blick in unsere Planungstools (SAP APO / IBP).\n\nVorschlag: Donnerstag, 13.11., 14:00 Uhr, Am Windhukkai 4, Empfang Haus B.\n\nBitte bestätigen Sie mir den Termin kurz per Mail. Parkplätze sind leider knapp, die Haltestelle Ellerholzbrücke ist ca. 8 Minuten entfernt.\n\nViele Grüße\nWiebke Sörensen\nNordkai Logistik",
    ),
    m(
        "66104",
        "2025-11-24 16:55",
        "Nordkai Logistik GmbH & Co. KG <noreply@softgarden.io>",
        "Ihre Bewerbung bei Nordkai Logistik",
        D("rejection", NK, NK1, 1, "other"),
        "Sehr geehrte Frau Behrendt,\n\nnoch einmal herzlichen Dank für die Zeit, die Sie sich für die Gespräche mit uns genommen haben. Ihr Profil und Ihre Erfahrung in der Bedarfsplanung haben uns wirklich überzeugt, und die Entscheidung ist uns nicht leichtgefallen.\n\nLetztlich haben wir uns jedoch für eine Kandidatin entschieden, deren Erfahrung noch etwas genauer zu den Anforderungen der Position passt. Wir müssen Ihnen daher leider eine Absage erteilen.\n\nGern würden wir Ihre Daten in unserem Talentpool behalten – Sie können dem jederzeit in Ihrem Bewerberkonto widersprechen.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\n"
        + SIG_NK,
    ),
    # --- 17 Nordkai, second try: Kontraktlogistik ------------------------------------------
    m(
        "66105",
        "2026-01-19 08:31",
        "Nordkai Logistik GmbH & Co. KG <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung als Disponent Kontraktlogistik (m/w/d)",
        D("confirmation", NK, NK2, 17, "other"),
        "Sehr geehrte Frau Behrendt,\n\nvielen Dank für Ihre erneute Bewerbung, diesmal als Disponent Kontraktlogistik (m/w/d). Schön, dass Sie uns weiterhin im Blick haben!\n\nWir haben Ihre Unterlagen erhalten und melden uns so schnell wie möglich.\n\n"
        + SIG_NK,
    ),
    # --- 2 KTB (Kaiterminal Billwerder), d.vinci ------------------------------------------
    m(
        "66110",
        "2025-11-10 13:20",
        "Kaiterminal Billwerder GmbH <bewerbung@dvinci-easy.com>",
        "Ihre Bewerbung – Disponent Containerlogistik (m/w/d), Kennziffer KTB-2025-117",
        D("confirmation", KTB, KTBR, 2, "other"),
        html="<html><body style='font-family:Arial'><p>Sehr geehrte Frau Behrendt,</p><p>wir bestätigen Ihnen hiermit den Eingang Ihrer Bewerbung für die Position <b>Disponent Containerlogistik (m/w/d)</b> (Kennziffer KTB-2025-117).</p><p>Ihre Unterlagen werden nun von der Fachabteilung gesichtet. Sollten Sie in die engere Auswahl kommen, melden wir uns zeitnah bei Ihnen; andernfalls erhalten Sie selbstverständlich ebenfalls eine Nachricht.</p><p>Mit freundlichen Grüßen<br>Personalabteilung<br><b>KTB – Kaiterminal Billwerder GmbH</b><br>Billwerder Neuer Deich 80, 20539 Hamburg<br>Ein Unternehmen im Verbund der Hamburger Hafenwirtschaft</p><p style='font-size:10px;color:#888'>Bewerbermanagement powered by d.vinci</p></body></html>",
    ),
    m(
        "66111",
        "2025-11-19 10:05",
        "Kaiterminal Billwerder GmbH <bewerbung@dvinci-easy.com>",
        "Einladung zum Vorstellungsgespräch",
        D("interview", KTB, KTBR, 2, "other"),
        html="<html><body style='font-family:Arial'><p>Sehr geehrte Frau Behrendt,</p><p>vielen Dank für Ihre Bewerbung als Disponent Containerlogistik (m/w/d). Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein.</p><p><b>Termin:</b> Mittwoch, 26. November 2025, 09:30 Uhr<br><b>Ort:</b> KTB Verwaltungsgebäude, Billwerder Neuer Deich 80, 2. OG, Raum 2.14<br><b>Gesprächspartner:</b> Herr Thorsten Wiechmann (Leiter Disposition), Frau Aylin Kaya (Personal)</p><p>Bitte bestätigen Sie den Termin über folgenden Link: <a href='https://ktb.dvinci-easy.com/de/p/termin/8841'>Termin bestätigen</a></p><p>Bitte bringen Sie einen gültigen Lichtbildausweis mit – das Terminalgelände ist zugangsbeschränkt.</p><p>Mit freundlichen Grüßen<br>Aylin Kaya<br>Personal · KTB</p></body></html>",
    ),
    m(
        "66112",
        "2025-11-28 14:47",
        "Aylin Kaya <a.kaya@ktb-hamburg.de>",
        "Probearbeitstag Disposition",
        D("interview", KTB, KTBR, 2, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nHerr Wiechmann und ich waren von dem Gespräch am Mittwoch sehr angetan. Als nächsten Schritt würden wir Sie gern zu einem Probearbeitstag in die Disposition einladen, damit Sie den Schichtbetrieb und das Team kennenlernen.\n\nVorschlag: Donnerstag, 04.12.2025, 07:00 bis ca. 14:00 Uhr. Treffpunkt ist die Pforte Tor 2. Sicherheitsschuhe stellen wir Ihnen, bitte geben Sie mir Ihre Schuhgröße durch.\n\nDer Probearbeitstag wird selbstverständlich vergütet.\n\nFreundliche Grüße\nAylin Kaya\nPersonalreferentin\n\nKTB Kaiterminal Billwerder GmbH\nBillwerder Neuer Deich 80 · 20539 Hamburg\nGeschäftsführer: Dr. Henning Classen, Maren Tietjen\nAmtsgericht Hamburg HRB 90713",
    ),
    m(
        "66113",
        "2025-12-10 17:12",
        "Aylin Kaya <a.kaya@ktb-hamburg.de>",
        "Vertragsangebot – Disponent Containerlogistik",
        D("offer", KTB, KTBR, 2, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nich freue mich sehr, Ihnen heute im Namen der Geschäftsführung ein Vertragsangebot für die Position Disponent Containerlogistik (m/w/d) unterbreiten zu dürfen.\n\nAnbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Die wesentlichen Eckdaten:\n- Eintritt: 01.02.2026\n- Bruttojahresgehalt: 58.500 € zzgl. Schichtzulagen\n- 30 Tage Urlaub, HVV-ProfiTicket, betriebliche Altersvorsorge\n\nBitte lassen Sie uns bis zum 19.12.2025 wissen, ob Sie das Angebot annehmen möchten. Für Rückfragen stehe ich Ihnen gern zur Verfügung.\n\nMit freundlichen Grüßen\nAylin Kaya\nKTB Kaiterminal Billwerder GmbH",
        attach=[
            (
                "Arbeitsvertrag_Behrendt_KTB.pdf",
                "application/pdf",
                "%PDF-1.4 Arbeitsvertrag (Entwurf) KTB Kaiterminal Billwerder GmbH / Jana Behrendt",
            )
        ],
    ),
    m(
        "66114",
        "2025-12-16 09:26",
        "Aylin Kaya <a.kaya@ktb-hamburg.de>",
        "AW: Vertragsangebot – Disponent Containerlogistik",
        D("offer", KTB, KTBR, 2, "direct"),
        "Liebe Frau Behrendt,\n\nwunderbar, vielen Dank für Ihre Zusage! Der unterschriebene Vertrag ist heute Morgen bei uns eingegangen. Herr Wiechmann lässt herzlich grüßen und freut sich auf die Zusammenarbeit.\n\nIn den nächsten Wochen erhalten Sie von uns noch Informationen zum ersten Arbeitstag, zur Sicherheitsunterweisung und zum Hafenausweis.\n\nHerzliche Grüße und schöne Feiertage\nAylin Kaya\n\n-----Ursprüngliche Nachricht-----\nVon: Jana Behrendt <jana.behrendt@posteo.de>\nGesendet: Montag, 15. Dezember 2025 21:40\nAn: Aylin Kaya <a.kaya@ktb-hamburg.de>\nBetreff: AW: Vertragsangebot – Disponent Containerlogistik\n\nSehr geehrte Frau Kaya,\n\nherzlichen Dank für das Angebot. Ich nehme es sehr gern an, den unterschriebenen Vertrag habe ich heute eingeworfen.\n\nViele Grüße\nJana Behrendt",
        st="accepted",
        headers={"In-Reply-To": "<66113.20251210.45@ktb-hamburg.de>"},
    ),
    m(
        "66115",
        "2026-01-14 11:30",
        "KTB Personal <personal@ktb-hamburg.de>",
        "Ihr Start bei KTB am 01.02.2026 – Informationen zum ersten Arbeitstag",
        ("other_job", KTB, KTBR, None, "direct", "de"),
        "Sehr geehrte Frau Behrendt,\n\nwillkommen an Bord! Damit Ihr Start reibungslos gelingt, hier die wichtigsten Informationen:\n\n- Montag, 02.02.2026, 08:00 Uhr, Pforte Tor 1 – Abholung durch Frau Kaya\n- 09:00 Uhr Arbeitssicherheitsunterweisung (ca. 2 Std.)\n- Bitte bringen Sie Ihre Steuer-ID, Sozialversicherungsnummer und Ihre Bankverbindung mit\n- Den Antrag für den Hafenausweis finden Sie im Anhang\n\nWir freuen uns auf Sie!\n\nIhr Personalteam\nKTB Kaiterminal Billwerder GmbH",
    ),
    # --- 6 Lindqvist Retail Logistik (Hanseatische Handelsgruppe, SuccessFactors) -----------
    m(
        "66120",
        "2025-10-09 18:03",
        "Hanseatische Handelsgruppe Karriere <hhg-karriere@successfactors.eu>",
        "Bestätigung Ihrer Bewerbung: SAP MM Key User (m/w/d) – Req. 40221",
        D("confirmation", LRL, LRLR, 6, "other"),
        "Sehr geehrte Frau Behrendt,\n\nvielen Dank für Ihr Interesse an der Hanseatischen Handelsgruppe.\n\nHiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Position SAP MM Key User (m/w/d) bei der Lindqvist Retail Logistik GmbH, Standort Hamburg-Allermöhe (Stellen-ID 40221).\n\nIhre Bewerbung wird nun von unserem Recruiting-Team und der Fachabteilung geprüft. Sollten Sie für die Stelle nicht berücksichtigt werden, informieren wir Sie ebenfalls.\n\nMit freundlichen Grüßen\nTalent Acquisition\nHanseatische Handelsgruppe AG\n\nBitte antworten Sie nicht auf diese E-Mail. Ihr Kandidatenprofil: https://career2.successfactors.eu/career?company=hanseatisch",
    ),
    m(
        "66121",
        "2025-11-17 12:15",
        "Merle Gottschalk <merle.gottschalk@hanseatische-handelsgruppe.de>",
        "Rückmeldung zu Ihrer Bewerbung – SAP MM Key User",
        D("confirmation", LRL, LRLR, 6, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nich möchte mich persönlich bei Ihnen melden, da Sie schon länger auf eine Nachricht von uns warten.\n\nDie Position SAP MM Key User bei unserer Tochtergesellschaft Lindqvist Retail Logistik ist im Zuge der laufenden S/4HANA-Migrationsplanung vorerst auf Eis gelegt. Wann und in welchem Zuschnitt die Stelle neu ausgeschrieben wird, steht derzeit noch nicht fest.\n\nIhre Bewerbung bleibt bei uns im System. Sobald es Neuigkeiten gibt, komme ich auf Sie zu.\n\nFreundliche Grüße\nMerle Gottschalk\nTalent Acquisition Partner\nHanseatische Handelsgruppe AG · Ballindamm 19 · 20095 Hamburg",
        st="on_hold",
    ),
    # --- 7 Pro Personal Nord (agency) for Elbtrans --------------------------------------
    m(
        "66130",
        "2025-10-14 10:48",
        "Sandra Hübner <s.huebner@propersonal-nord.de>",
        "Disponent Nahverkehr – namhaftes Logistikunternehmen in Hamburg-Billbrook",
        ("outreach", None, ELTR, None, "agency", "de"),
        "Hallo Frau Behrendt,\n\nich bin auf Ihr Profil bei XING aufmerksam geworden und habe eine spannende Position für Sie: Für ein namhaftes Logistikunternehmen in Hamburg-Billbrook suchen wir im Rahmen der direkten Personalvermittlung (keine Arbeitnehmerüberlassung!) einen Disponenten Nahverkehr (m/w/d).\n\n- Festanstellung beim Kunden, 40 Std./Woche\n- Disposition von ca. 35 eigenen Fahrzeugen und Subunternehmern\n- Gehalt je nach Erfahrung bis 55.000 €\n\nHätten Sie Zeit für ein kurzes Telefonat diese Woche?\n\nBeste Grüße\nSandra Hübner\nPersonalberaterin\n\nPro Personal Nord GmbH\nMönckebergstraße 11 · 20095 Hamburg\nwww.propersonal-nord.de",
    ),
    m(
        "66131",
        "2025-10-17 15:22",
        "Sandra Hübner <s.huebner@propersonal-nord.de>",
        "Ihr Profil bei Elbtrans Spedition vorgestellt",
        D("confirmation", ELT, ELTR, 7, "agency"),
        "Hallo Frau Behrendt,\n\ndanke für das nette Telefonat gestern! Wie besprochen habe ich Ihr Profil heute unserem Kunden vorgestellt. Jetzt darf ich es auch sagen: Es handelt sich um die Elbtrans Spedition GmbH in Billbrook.\n\nIch melde mich, sobald ich eine Rückmeldung habe – normalerweise geht das bei Elbtrans recht schnell.\n\nBeste Grüße\nSandra Hübner\nPro Personal Nord GmbH",
    ),
    m(
        "66132",
        "2025-10-23 09:10",
        "Sandra Hübner <s.huebner@propersonal-nord.de>",
        "Elbtrans möchte Sie kennenlernen!",
        D("interview", ELT, ELTR, 7, "agency"),
        "Hallo Frau Behrendt,\n\ngute Nachrichten: Elbtrans möchte Sie gern kennenlernen. Termin wäre Donnerstag, 30.10., um 15:30 Uhr direkt vor Ort (Halskestraße 40, 22113 Hamburg), Gesprächspartner ist der Niederlassungsleiter Herr Bartels.\n\nPasst Ihnen das? Dann gebe ich direkt die Bestätigung raus.\n\nBeste Grüße\nSandra Hübner",
    ),
    m(
        "66133",
        "2025-11-06 17:34",
        "Sandra Hübner <s.huebner@propersonal-nord.de>",
        "Kurzes Update Elbtrans",
        D("rejection", ELT, ELTR, 7, "agency"),
        "Hallo Frau Behrendt,\n\nich habe heute mit Herrn Bartels gesprochen. Er fand Sie sehr sympathisch und fachlich stark, hat sich aber für einen internen Kandidaten aus der Fernverkehrsdisposition entschieden. Das tut mir wirklich leid.\n\nIch habe aber noch ein, zwei andere Projekte im Kopf und melde mich bald wieder, wenn Sie einverstanden sind.\n\nBeste Grüße\nSandra Hübner",
    ),
    # --- 8 Brenner Armaturen (StepStone -> rexx) ------------------------------------------
    m(
        "66140",
        "2025-10-08 20:11",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        D("confirmation", BRA, BRAR, 8, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://www.stepstone.de/logo.png' alt='StepStone'></td></tr><tr><td><h2>Ihre Bewerbung ist unterwegs!</h2><p>Hallo Jana,</p><p>Sie haben sich soeben erfolgreich beworben:</p><p><b>Einkäufer (m/w/d) technischer Einkauf</b><br>Brenner Armaturen GmbH · Hamburg-Harburg</p><p>Der Arbeitgeber hat Ihre Unterlagen erhalten. Viel Erfolg!</p><p><a href='https://www.stepstone.de/candidate/applications'>Meine Bewerbungen ansehen</a></p><p style='font-size:11px'>Ähnliche Jobs für Sie: Einkäufer (m/w/d) – Buxtehude · Strategischer Einkäufer – Hamburg</p></td></tr></table></body></html>",
    ),
    m(
        "66141",
        "2025-10-20 08:55",
        "Brenner Armaturen GmbH <jobs@brenner-armaturen.rexx-recruitment.com>",
        "Einladung: Vorstellungsgespräch Einkäufer (m/w/d)",
        D("interview", BRA, BRAR, 8, "other"),
        "Sehr geehrte Frau Behrendt,\n\nvielen Dank für Ihre Bewerbung. Gern möchten wir Sie zu einem Vorstellungsgespräch per Microsoft Teams einladen.\n\nBitte wählen Sie über den folgenden Link einen passenden Termin aus:\nhttps://brenner-armaturen.rexx-recruitment.com/termin.php?id=5520&token=b7e1\n\nDas Gespräch dauert etwa 45 Minuten. Gesprächspartner: Herr Malte Kühl (Leitung Einkauf).\n\nMit freundlichen Grüßen\nPersonalabteilung\nBrenner Armaturen GmbH\nNartenstraße 19 · 21079 Hamburg",
    ),
    m(
        "66142",
        "2025-11-11 14:02",
        "Brenner Armaturen GmbH <jobs@brenner-armaturen.rexx-recruitment.com>",
        "Ihre Bewerbung als Einkäufer (m/w/d)",
        D("rejection", BRA, BRAR, 8, "other"),
        "Sehr geehrte Frau Behrendt,\n\nzunächst vielen Dank für das offene Gespräch und Ihr Interesse an unserem Unternehmen.\n\nNach sorgfältiger Abwägung haben wir uns für einen anderen Bewerber entschieden, der bereits umfangreiche Erfahrung im Einkauf von Gussteilen mitbringt. Diese Entscheidung ist keine Bewertung Ihrer Person.\n\nIhre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\nWir wünschen Ihnen viel Erfolg und alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung\nBrenner Armaturen GmbH",
    ),
    # --- 9 Moorwerder Feinkost (Indeed) ---------------------------------------------------
    m(
        "66150",
        "2025-10-12 21:37",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Junior Einkäufer (m/w/d)",
        D("confirmation", MOO, MOOR, 9, "indeed"),
        html="<html><body><p><b>Indeed</b></p><p>Ihre Bewerbung wurde an Moorwerder Feinkost GmbH gesendet.</p><table><tr><td><b>Junior Einkäufer (m/w/d)</b><br>Moorwerder Feinkost GmbH – Hamburg-Wilhelmsburg</td></tr></table><p>Das passiert als Nächstes:<br>• Der Arbeitgeber prüft Ihre Bewerbung<br>• Sie erhalten eine Nachricht, wenn er sich bei Ihnen meldet</p><p><a href='https://de.indeed.com/myjobs'>Meine Jobs</a></p><p style='font-size:11px;color:#666'>© 2025 Indeed · Sie erhalten diese E-Mail, weil Sie sich über Indeed beworben haben.</p></body></html>",
    ),
    m(
        "66151",
        "2025-11-02 10:12",
        "Moorwerder Feinkost GmbH über Indeed <noreply@indeed.com>",
        "Neue Nachricht von Moorwerder Feinkost GmbH",
        D("rejection", MOO, MOOR, 9, "indeed"),
        "Moorwerder Feinkost GmbH hat Ihnen eine Nachricht geschickt:\n\n„Hallo Frau Behrendt, vielen Dank für Ihre Bewerbung als Junior Einkäufer. Wir haben uns die Unterlagen angesehen und müssen Ihnen leider mitteilen, dass wir die Stelle anderweitig vergeben haben. Alles Gute! – Team Personal, Moorwerder Feinkost“\n\nAntworten: https://de.indeed.com/conversations/9a1f\n\nIndeed · Sie erhalten diese E-Mail, weil Sie über Indeed mit einem Arbeitgeber kommunizieren.",
    ),
    # --- 11 Alstertal Logistik (XING) -----------------------------------------------------
    m(
        "66160",
        "2025-10-27 19:40",
        "XING <mailrobot@mail.xing.com>",
        "Deine Bewerbung bei Alstertal Logistik GmbH",
        D("confirmation", ALS, ALSR, 11, "other"),
        "Hallo Jana,\n\ndeine Bewerbung als Disponent Lager (m/w/d) wurde erfolgreich an Alstertal Logistik GmbH übermittelt.\n\nTipp: Halte dein XING-Profil aktuell – Recruiter*innen schauen es sich oft zusammen mit deiner Bewerbung an.\n\nDein XING-Team\n\nNew Work SE · Am Strandkai 1 · 20457 Hamburg",
    ),
    m(
        "66161",
        "2025-11-20 09:03",
        "Alstertal Logistik Personal <personal@alstertal-logistik.de>",
        "Ihre Bewerbung als Disponent Lager",
        D("rejection", ALS, ALSR, 11, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nvielen Dank für Ihre Bewerbung und die Geduld.\n\nWir möchten Ihnen mitteilen, dass die ausgeschriebene Position inzwischen intern besetzt wurde. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\ni. A. Petra Lorenzen\nPersonalabteilung\nAlstertal Logistik GmbH · Poppenbütteler Bogen 22 · 22399 Hamburg",
    ),
    # --- 12 Rotbuche Maschinenbau (Jobbörse -> direct email) -------------------------------
    m(
        "66170",
        "2025-10-30 13:44",
        "bewerbung@rotbuche-maschinenbau.de",
        "Eingangsbestätigung",
        D("confirmation", ROT, ROTR, 12, "direct"),
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen sind bei uns eingegangen und werden geprüft. Wir melden uns in Kürze bei Ihnen.\n\nDies ist eine automatisch erzeugte Nachricht.\n\nRotbuche Maschinenbau GmbH\nPersonalwesen\nSieker Landstraße 120 · 22143 Hamburg",
    ),
    m(
        "66171",
        "2025-12-03 08:22",
        "Gerd Rotbuche <gerd.rotbuche@rotbuche-maschinenbau.de>",
        "Bewerbung Materialdisponent",
        D("rejection", ROT, ROTR, 12, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nentschuldigen Sie bitte die späte Antwort. Ihre Bewerbung hat uns gut gefallen, insbesondere Ihre SAP-Kenntnisse. Wir haben uns nach reiflicher Überlegung aber entschieden, die Stelle mit einer Kollegin aus unserem Lager zu besetzen, die wir intern weiterentwickeln möchten.\n\nIch wünsche Ihnen viel Glück bei der weiteren Suche.\n\nMit freundlichen Grüßen\nGerd Rotbuche\nGeschäftsführender Gesellschafter",
    ),
    # --- 13 Nordlicht Energie (Workday) ---------------------------------------------------
    m(
        "66180",
        "2025-11-04 07:58",
        "Nordlicht Energie <nordlicht@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung",
        D("confirmation", NLE, NLER, 13, "workday"),
        "Hallo Jana,\n\nvielen Dank für Ihre Bewerbung auf die Stelle R-10873 SAP PP Key User Produktionsplanung (m/w/d).\n\nWir prüfen nun Ihre Qualifikationen. Wenn Ihr Profil zu unseren Anforderungen passt, meldet sich ein Mitglied unseres Recruiting-Teams bei Ihnen. Leider ist es uns nicht möglich, jedem Bewerber ein individuelles Feedback zu geben.\n\nDen Status können Sie jederzeit im Kandidatenportal verfolgen.\n\nViele Grüße\nTalent Acquisition\nNordlicht Energie AG",
    ),
    m(
        "66181",
        "2025-11-18 16:30",
        "Tobias Marquardt <tobias.marquardt@nordlicht-energie.de>",
        "Nordlicht Energie – Interview SAP PP Key User",
        D("interview", NLE, NLER, 13, "direct"),
        "Hallo Frau Behrendt,\n\nvielen Dank für Ihre Bewerbung. Ich würde gern ein erstes 30-minütiges Telefoninterview mit Ihnen führen und habe Ihnen dafür eine Einladung für Montag, 24.11., 11:30 Uhr geschickt. Falls das nicht passt, schlagen Sie gern eine Alternative vor.\n\nBeste Grüße\nTobias Marquardt\nRecruiter · Nordlicht Energie AG\nÜberseering 30 · 22297 Hamburg",
        ics={
            "uid": "7hq2nle0r9@google.com",
            "start": at("2025-11-24 11:30"),
            "minutes": 30,
            "organizer": ("Tobias Marquardt", "tobias.marquardt@nordlicht-energie.de"),
            "summary": "Telefoninterview Jana Behrendt / Nordlicht (SAP PP Key User)",
            "description": "Ich rufe Sie unter +49 176 ... an.",
            "location": "Telefon",
        },
    ),
    m(
        "66182",
        "2025-12-12 10:40",
        "Nordlicht Energie <nordlicht@myworkday.com>",
        "Ihre Bewerbung bei Nordlicht Energie",
        D("rejection", NLE, NLER, 13, "workday"),
        "Hallo Jana,\n\nvielen Dank für Ihr Interesse an Nordlicht Energie und die Zeit, die Sie in den Bewerbungsprozess investiert haben.\n\nNach sorgfältiger Prüfung haben wir uns entschieden, den Prozess mit anderen Kandidat*innen fortzusetzen, deren Profil noch besser zu den aktuellen Anforderungen passt.\n\nWir wünschen Ihnen alles Gute für Ihre berufliche Zukunft.\n\nTalent Acquisition\nNordlicht Energie AG",
    ),
    # --- 5 Frachtwerk (Personio, start-up, du) ---------------------------------------------
    m(
        "66190",
        "2025-10-16 12:05",
        "Frachtwerk <noreply@frachtwerk.jobs.personio.de>",
        "Danke für deine Bewerbung bei Frachtwerk!",
        D("confirmation", FW, FWR, 5, "personio"),
        "Hey Jana,\n\nvielen Dank für deine Bewerbung als Operations Planner (m/w/d)! Wir freuen uns riesig über dein Interesse an Frachtwerk.\n\nWir schauen uns deine Unterlagen in den nächsten Tagen an und melden uns – versprochen, auch wenn es nicht passt.\n\nCheers\nDein Frachtwerk-Team\n\nFrachtwerk GmbH · Schanzenstraße 75 · 20357 Hamburg",
    ),
    m(
        "66191",
        "2025-10-22 22:47",
        "Kolja Brandt <kolja.brandt@gmx.de>",
        "Frachtwerk – kurzer Call?",
        D("interview", FW, FWR, 5, "direct"),
        "Hi Jana,\n\nich bin Kolja, einer der beiden Gründer von Frachtwerk (schreibe grad vom privaten Account, mein Firmenlaptop streikt). Hab deine Bewerbung gesehen und fand deinen Background in der Kontraktlogistik echt spannend.\n\nHast du Lust auf einen lockeren Call? Donnerstag oder Freitag ab 16 Uhr würde bei mir gut gehen. Hier kannst du dir direkt was raussuchen: https://calendly.com/kolja-frachtwerk/30min\n\nLG Kolja\n\n--\nKolja Brandt · Co-Founder & Geschäftsführer\nFrachtwerk GmbH",
    ),
    m(
        "66192",
        "2025-11-05 08:12",
        "Kolja Brandt <kolja@frachtwerk.io>",
        "Re: Rückzug Bewerbung Operations Planner",
        D("confirmation", FW, FWR, 5, "direct"),
        "Hi Jana,\n\nschade, aber total verständlich – danke, dass du so offen warst. Ich nehme deine Bewerbung dann raus. Wenn sich bei dir was ändert oder wir größer werden: melde dich jederzeit!\n\nAlles Gute\nKolja\n\nAm 04.11.2025 um 19:58 schrieb Jana Behrendt <jana.behrendt@posteo.de>:\n> Hallo Kolja,\n> vielen Dank für das nette Gespräch. Nach reiflicher Überlegung ziehe ich meine Bewerbung\n> zurück – die Rolle ist mir zu stark im Vertrieb angesiedelt.\n> Viele Grüße, Jana",
        st="withdrawn",
    ),
    # --- 14 Tidely (Personio, du) ---------------------------------------------------------
    m(
        "66200",
        "2025-11-12 09:50",
        "Tidely <noreply@tidely.jobs.personio.de>",
        "Deine Bewerbung als Supply Chain Manager (m/w/d)",
        D("confirmation", TID, TIDR, 14, "personio"),
        "Hallo Jana,\n\ndanke dir für deine Bewerbung bei Tidely! 🌊\n\nUnser People-Team schaut sich alle Bewerbungen persönlich an. Solltest du nicht in die engere Auswahl kommen, sagen wir dir natürlich trotzdem Bescheid.\n\nBis bald\nDein Tidely-Team",
    ),
    m(
        "66201",
        "2025-11-25 14:18",
        "Lea Marx <lea@tidely.de>",
        "Probearbeitstag bei Tidely?",
        D("interview", TID, TIDR, 14, "direct"),
        "Hi Jana,\n\nnach unserem Video-Call sind wir uns im Team einig: Wir würden dich gern zu einem Probearbeitstag ins Office einladen (Oberbaumbrücke 1, 4. OG). Du lernst das Ops-Team kennen, bekommst eine kleine Planungsaufgabe mit echten Daten und wir gehen abends zusammen essen.\n\nWie sieht's bei dir am Dienstag, 02.12., aus? 9:30 Uhr wäre super.\n\nLiebe Grüße\nLea\nPeople & Culture · Tidely",
    ),
    m(
        "66202",
        "2025-12-09 18:05",
        "Lea Marx <lea@tidely.de>",
        "Feedback nach deinem Probetag",
        D("rejection", TID, TIDR, 14, "direct"),
        "Hi Jana,\n\nnochmal danke für deinen Tag bei uns – das Team hat dich echt gern dabei gehabt, und deine Analyse zum Lieferantenrhythmus war richtig gut.\n\nWir haben uns am Ende trotzdem für eine andere Person entschieden, die schon eine Supply Chain im E-Commerce von null aufgebaut hat. Das ist uns wirklich nicht leicht gefallen.\n\nWenn du magst, gebe ich dir gern noch ausführlicheres Feedback am Telefon.\n\nAlles Liebe\nLea",
    ),
    # --- 15 Hafenküche (Recruitee) -----------------------------------------------------------
    m(
        "66210",
        "2025-11-21 11:11",
        "Hafenküche Catering GmbH <notifications@recruiteemail.com>",
        "Bewerbungseingang: Einkäufer Food & Non-Food (m/w/d)",
        D("confirmation", HKC, HKCR, 15, "recruitee"),
        html="<html><body><p>Hallo Jana Behrendt,</p><p>vielen Dank für Deine Bewerbung als <strong>Einkäufer Food &amp; Non-Food (m/w/d)</strong>. Wir haben Deine Unterlagen erhalten und melden uns so bald wie möglich.</p><p>Liebe Grüße<br>Das Team der Hafenküche</p><p style='color:#999;font-size:11px'>Hafenküche Catering GmbH · Große Elbstraße 145 · 22767 Hamburg<br>Powered by Recruitee</p></body></html>",
    ),
    # --- 16 Grevenkamp Chemie (SuccessFactors) ----------------------------------------------
    m(
        "66220",
        "2025-11-06 10:33",
        "Grevenkamp Chemie SE <recruiting@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – SAP MM Specialist Materialwirtschaft (m/w/d)",
        D("confirmation", GRE, GRER, 16, "other"),
        "Sehr geehrte Frau Behrendt,\n\nherzlichen Dank für Ihre Bewerbung bei der Grevenkamp Chemie SE.\n\nWir haben Ihre Unterlagen für die Position SAP MM Specialist Materialwirtschaft (m/w/d), Standort Hamburg-Moorfleet, erhalten. Bitte haben Sie Verständnis, dass die Prüfung aufgrund der hohen Anzahl an Bewerbungen einige Zeit in Anspruch nehmen kann.\n\nMit freundlichen Grüßen\nIhr Grevenkamp Recruiting Center",
    ),
    m(
        "66221",
        "2025-11-26 13:16",
        "Dr. Anja Feddersen <anja.feddersen@grevenkamp.com>",
        "Einladung zum Vorstellungsgespräch (Teams)",
        D("interview", GRE, GRER, 16, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nwir möchten Sie gern zu einem Vorstellungsgespräch per Microsoft Teams einladen. Die Besprechungsanfrage für Mittwoch, den 03.12.2025, 13:00 Uhr finden Sie in dieser E-Mail.\n\nTeilnehmer: Dr. Anja Feddersen (Leitung Supply Chain), Rüdiger Hamm (SAP Competence Center)\n\nMit freundlichen Grüßen\nDr. Anja Feddersen\nHead of Supply Chain Hamburg\nGrevenkamp Chemie SE",
        ics={
            "uid": "040000008200E00074C5B7101A82E008000000009988GRE1",
            "start": at("2025-12-03 13:00"),
            "minutes": 60,
            "organizer": ("Dr. Anja Feddersen", "anja.feddersen@grevenkamp.com"),
            "attendees": [("Rüdiger Hamm", "ruediger.hamm@grevenkamp.com")],
            "summary": "Interview SAP MM Specialist – Frau Behrendt",
            "description": "Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_GrK2Mz",
            "location": "Microsoft Teams-Besprechung",
            "style": "outlook",
        },
    ),
    m(
        "66222",
        "2025-12-15 17:48",
        "Dr. Anja Feddersen <anja.feddersen@grevenkamp.com>",
        "Ihr Angebot von Grevenkamp",
        D("offer", GRE, GRER, 16, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nich freue mich, Ihnen mitteilen zu können, dass wir Ihnen die Position SAP MM Specialist Materialwirtschaft anbieten möchten. Unser Angebot: 62.000 € brutto p. a., 30 Urlaubstage, Tarifbindung Chemie, hybrides Arbeiten (2 Tage mobil).\n\nDas Vertragsdokument sendet Ihnen unser Recruiting Center in den nächsten Tagen. Ich weiß, dass Sie noch in anderen Gesprächen sind – geben Sie mir gern bis Ende der Woche Bescheid.\n\nMit freundlichen Grüßen\nDr. Anja Feddersen",
    ),
    m(
        "66223",
        "2025-12-18 09:20",
        "Dr. Anja Feddersen <anja.feddersen@grevenkamp.com>",
        "AW: Ihr Angebot von Grevenkamp",
        D("offer", GRE, GRER, 16, "direct"),
        "Sehr geehrte Frau Behrendt,\n\nvielen Dank für Ihre offene Rückmeldung. Natürlich bedauern wir Ihre Absage sehr, respektieren aber Ihre Entscheidung für die Position im Hafen. Ich wünsche Ihnen einen guten Start – vielleicht kreuzen sich unsere Wege ja noch einmal.\n\nMit freundlichen Grüßen\nAnja Feddersen\n\n> Sehr geehrte Frau Dr. Feddersen, herzlichen Dank für das Angebot. Nach langem Abwägen habe ich mich\n> leider für ein anderes Angebot entschieden ...",
        st="declined",
        headers={"In-Reply-To": "<66222.20251215.26@grevenkamp.com>"},
    ),
    # --- 20 Bikeport (Workable) -----------------------------------------------------------
    m(
        "66230",
        "2025-11-08 14:40",
        "Bikeport Hamburg <noreply@candidates.workablemail.com>",
        "Bikeport Hamburg: Danke für deine Bewerbung",
        D("confirmation", BIK, BIKR, 20, "workable"),
        "Hallo Jana,\n\ndanke für deine Bewerbung als Operations & Supply Planner (m/w/d) bei Bikeport! Wir haben sie erhalten und melden uns bald.\n\nViele Grüße\nBikeport Hamburg\n\nPowered by Workable",
    ),
    m(
        "66231",
        "2025-11-14 10:00",
        "Jonas Petersen <jonas@bikeport.de>",
        "Kleine Case-Aufgabe für dich",
        D("assessment", BIK, BIKR, 20, "direct"),
        "Moin Jana,\n\nwie am Telefon besprochen schicke ich dir unsere kleine Case-Aufgabe: Eine Bedarfsprognose für unsere 12 Top-Ersatzteile für das Frühjahr inkl. Bestellvorschlag an zwei Lieferanten in Taiwan. Die Daten findest du im Anhang.\n\nBitte schick uns deine Lösung (max. 5 Folien) bis Freitag, 21.11. Nicht mehr als 3–4 Stunden reinstecken, versprochen!\n\nMoin moin\nJonas\nHead of Operations · Bikeport",
        attach=[
            (
                "Case_Bikeport_Ersatzteile.csv",
                "text/csv",
                "artikel,vj_m1,vj_m2,vj_m3\nKette KMC X11,410,520,690\nBremsbelag B01S,880,950,1210\n",
            )
        ],
    ),
    m(
        "66232",
        "2025-12-17 11:45",
        "Jonas Petersen <jonas@bikeport.de>",
        "Re: Bewerbung zurückziehen",
        D("confirmation", BIK, BIKR, 20, "direct"),
        "Hi Jana,\n\nschade! Aber herzlichen Glückwunsch zum neuen Job im Hafen, klingt nach einer tollen Sache. Ich habe dich aus dem Prozess genommen.\n\nVielleicht sieht man sich ja mal bei einer Ausfahrt 🚲\n\nJonas\n\n> Am 16.12.2025 schrieb Jana Behrendt:\n> Hallo Jonas, ich habe eine Zusage angenommen und ziehe meine Bewerbung daher zurück. Danke für alles!",
        st="withdrawn",
    ),
    # --- 22 Lüders Kühllogistik (StepStone -> d.vinci) ------------------------------------
    m(
        "66240",
        "2025-10-29 18:20",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        D("confirmation", LUE, LUER, 22, "other"),
        html="<html><body><table width='600'><tr><td><h2>Ihre Bewerbung ist unterwegs!</h2><p>Hallo Jana,</p><p>Sie haben sich soeben erfolgreich beworben:</p><p><b>Disponent Kühltransporte (m/w/d)</b><br>Lüders Kühllogistik GmbH & Co. KG · Hamburg-Altenwerder</p><p><a href='https://www.stepstone.de/candidate/applications'>Meine Bewerbungen ansehen</a></p></td></tr></table></body></html>",
    ),
    m(
        "66241",
        "2025-11-07 09:18",
        "Lüders Kühllogistik <karriere@dvinci-easy.com>",
        "Rückmeldung zu Ihrer Bewerbung",
        D("rejection", LUE, LUER, 22, "other"),
        html="<html><body><p>Sehr geehrte Frau Behrendt,</p><p>vielen Dank für Ihr Interesse an einer Tätigkeit bei Lüders Kühllogistik und die Zusendung Ihrer Bewerbungsunterlagen.</p><p>Wir möchten Ihnen mitteilen, dass die Position <b>Disponent Kühltransporte (m/w/d)</b> zwischenzeitlich intern besetzt werden konnte. Daher können wir Ihre Bewerbung leider nicht weiter berücksichtigen.</p><p>Wir wünschen Ihnen für Ihre Zukunft alles Gute.</p><p>Mit freundlichen Grüßen<br>Ihr Personalteam<br>Lüders Kühllogistik GmbH &amp; Co. KG</p></body></html>",
    ),
    # --- 23 Bergedorfer Verpackung (rexx, forwarded) --------------------------------------
    m(
        "66250",
        "2025-10-13 07:45",
        "Jana Behrendt <jana.behrendt@web.de>",
        "WG: Ihre Bewerbung bei der Bergedorfer Verpackung GmbH",
        D("confirmation", BER, BERR, 23, "other"),
        "\n\n-------- Weitergeleitete Nachricht --------\nVon: Bergedorfer Verpackung GmbH <karriere@bergedorfer-verpackung.rexx-recruitment.com>\nDatum: 12.10.2025 16:02\nAn: jana.behrendt@web.de\nBetreff: Ihre Bewerbung bei der Bergedorfer Verpackung GmbH\n\nSehr geehrte Frau Behrendt,\n\nvielen Dank für Ihre Bewerbung als Supply Chain Planner (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nWir werden Ihre Bewerbung schnellstmöglich prüfen und uns dann bei Ihnen melden. Bitte sehen Sie von telefonischen Nachfragen ab.\n\nMit freundlichen Grüßen\nPersonalabteilung\nBergedorfer Verpackung GmbH\nCurslacker Neuer Deich 36 · 21029 Hamburg",
    ),
    m(
        "66251",
        "2025-11-28 12:30",
        "Bergedorfer Verpackung GmbH <karriere@bergedorfer-verpackung.rexx-recruitment.com>",
        "Ihre Bewerbung bei der Bergedorfer Verpackung GmbH",
        D("rejection", BER, BERR, 23, "other"),
        "Sehr geehrte Frau Behrendt,\n\nwir bedanken uns nochmals für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.\n\nNach eingehender Prüfung aller Bewerbungen müssen wir Ihnen heute leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ihre Unterlagen senden wir Ihnen nicht zurück, sie werden datenschutzkonform gelöscht.\n\nMit freundlichen Grüßen\nPersonalabteilung\nBergedorfer Verpackung GmbH",
        to="Jana Behrendt <jana.behrendt@web.de>",
    ),
    # --- 21 Hanse Maritime Services (LinkedIn) -------------------------------------------
    m(
        "66260",
        "2025-12-01 20:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jana, Ihre Bewerbung wurde an Hanse Maritime Services gesendet",
        D("confirmation", HMS, HMSR, 21, "linkedin"),
        html="<html><body><p>Ihre Bewerbung wurde an Hanse Maritime Services gesendet</p><table><tr><td><b>Einkäufer (m/w/d)</b><br>Hanse Maritime Services · Hamburg, Deutschland (Hybrid)</td></tr><tr><td>Beworben am 1. Dez. 2025</td></tr></table><p><a href='https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED'>Bewerbung ansehen</a></p><p style='font-size:11px'>Diese E-Mail ist für Jana Behrendt (Supply Chain Planner | SAP MM/PP). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></body></html>",
    ),
    m(
        "66261",
        "2026-01-09 10:27",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung bei Hanse Maritime Services",
        D("rejection", HMS, HMSR, 21, "linkedin"),
        html="<html><body><p>Hallo Jana,</p><p>vielen Dank für Ihr Interesse an der Position Einkäufer (m/w/d) bei Hanse Maritime Services. Nach sorgfältiger Prüfung haben wir uns entschieden, mit anderen Kandidat:innen fortzufahren.</p><p>Wir wünschen Ihnen viel Erfolg bei Ihrer Jobsuche.</p><p>– Hanse Maritime Services</p><p style='font-size:11px'>Diese Nachricht wurde über LinkedIn gesendet. <a href='https://www.linkedin.com/jobs'>Weitere Jobs ansehen</a></p></body></html>",
    ),
    # --- alerts, outreach and other job mail (German) -------------------------------------
    m(
        "66300",
        "2025-10-02 07:00",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "12 neue Jobs für „Supply Chain Planner“ in Hamburg",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Ihr Job-Agent: Supply Chain Planner, Hamburg + 25 km</h3><ul><li>Supply Chain Planner (m/w/d) – Nordkai Logistik GmbH & Co. KG – Hamburg</li><li>Demand Planner (m/w/d) – Elbe Medical Supplies – Hamburg</li><li>Disponent (m/w/d) Seefracht – Elbe Cargo Partners – Hamburg</li></ul><p><a href='https://www.stepstone.de/jobagent'>Alle 12 Jobs ansehen</a> · <a href='#'>Job-Agent bearbeiten</a></p></body></html>",
    ),
    m(
        "66301",
        "2025-10-23 07:00",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "8 neue Jobs für „Disponent“ in Hamburg",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Ihr Job-Agent: Disponent, Hamburg + 25 km</h3><ul><li>Disponent Kühltransporte (m/w/d) – Lüders Kühllogistik – Altenwerder</li><li>Disponent Nahverkehr (m/w/d) – Spedition Kollau – Hamburg</li></ul><p><a href='https://www.stepstone.de/jobagent'>Alle Jobs ansehen</a></p></body></html>",
    ),
    m(
        "66302",
        "2025-11-20 07:00",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "5 neue Jobs für „Einkäufer SAP“ in Hamburg",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Ihr Job-Agent: Einkäufer SAP</h3><ul><li>Einkäufer (m/w/d) – Hanse Maritime Services – Hamburg</li><li>Operativer Einkäufer (m/w/d) – Wendeburg Elektrotechnik – Norderstedt</li></ul></body></html>",
    ),
    m(
        "66303",
        "2025-10-11 18:30",
        "Indeed <alert@indeed.com>",
        "Junior Einkäufer (m/w/d) bei Moorwerder Feinkost GmbH und 14 weitere Jobs",
        ("alert", None, None, None, "indeed", "de"),
        html="<html><body><p>Neue Jobs für <b>einkäufer</b> in <b>Hamburg</b></p><p><b>Junior Einkäufer (m/w/d)</b><br>Moorwerder Feinkost GmbH – Hamburg · Einfach bewerben</p><p><b>Einkaufsassistenz (m/w/d)</b><br>Kontor Fischhandel – Hamburg</p><p><a href='https://de.indeed.com/'>Alle Jobs ansehen</a></p></body></html>",
    ),
    m(
        "66304",
        "2025-12-06 18:30",
        "Indeed <alert@indeed.com>",
        "Disponent (m/w/d) und 9 weitere neue Jobs in Hamburg",
        ("alert", None, None, None, "indeed", "de"),
        html="<html><body><p>Neue Jobs für <b>disponent</b> in <b>Hamburg</b></p><p><b>Disponent (m/w/d)</b> – Transporte Meyer-Holst – Hamburg</p><p><b>Disponent Containertrucking</b> – Waltershof Trucking – Hamburg</p></body></html>",
    ),
    m(
        "66305",
        "2025-10-19 09:00",
        "XING Jobs <jobs@mail.xing.com>",
        "Jana, diese Jobs passen zu dir",
        ("alert", None, None, None, "other", "de"),
        "Hallo Jana,\n\nwir haben neue Jobs gefunden, die zu deinem Profil passen:\n\n• Disponent Lager (m/w/d) – Alstertal Logistik GmbH – Hamburg\n• Supply Chain Analyst (m/w/d) – Fischer & Raabe – Hamburg\n• SAP MM Berater (m/w/d) – Nordberatung – remote\n\nAlle Jobs: https://www.xing.com/jobs/recommendations\n\nDein XING-Team",
    ),
    m(
        "66306",
        "2025-11-30 09:00",
        "XING Jobs <jobs@mail.xing.com>",
        "Jana, diese Jobs passen zu dir",
        ("alert", None, None, None, "other", "de"),
        "Hallo Jana,\n\nneue Vorschläge für dich:\n\n• Einkäufer (m/w/d) – Hanse Maritime Services – Hamburg\n• Disponent Kontraktlogistik (m/w/d) – Nordkai Logistik – Hamburg\n\nDein XING-Team",
    ),
    m(
        "66307",
        "2025-10-24 06:12",
        "Jobbörse der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag „Materialdisponent“",
        ("alert", None, None, None, "other", "de"),
        "Guten Tag,\n\nzu Ihrem Suchauftrag „Materialdisponent, Hamburg, Umkreis 30 km“ wurden 4 neue Stellenangebote gefunden:\n\n1. Materialdisponent (m/w/d) – Rotbuche Maschinenbau GmbH – 22143 Hamburg\n2. Fachkraft für Lagerlogistik – Hansa Lagerhaus – 21107 Hamburg\n3. Disponent/in – Personalservice Elbe GmbH – Hamburg\n4. Materialplaner (m/w/d) – Wendeburg Elektrotechnik – Norderstedt\n\nZu den Angeboten: https://www.arbeitsagentur.de/jobsuche/\n\nIhre Bundesagentur für Arbeit\n\nDiese E-Mail wurde automatisch erstellt.",
    ),
    m(
        "66308",
        "2026-01-08 06:12",
        "Jobbörse der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag „Materialdisponent“",
        ("alert", None, None, None, "other", "de"),
        "Guten Tag,\n\nzu Ihrem Suchauftrag wurden 2 neue Stellenangebote gefunden:\n\n1. Materialdisponent (m/w/d) – Wendeburg Elektrotechnik – Norderstedt\n2. Disponent Ersatzteile – Alsterkran Service – Hamburg\n\nIhre Bundesagentur für Arbeit",
    ),
    m(
        "66309",
        "2025-11-13 19:00",
        "LinkedIn Job-Benachrichtigungen <jobalerts-noreply@linkedin.com>",
        "„Supply Chain Planner“: 20+ neue Jobs in Hamburg",
        ("alert", None, None, None, "linkedin", "de"),
        html="<html><body><p>Ihre Job-Benachrichtigung für <b>Supply Chain Planner</b> in Hamburg</p><p><b>Inventory Planner DACH</b> – Molo – Hamburg (Hybrid)</p><p><b>Supply Planner</b> – Fjelde Coffee – Hamburg</p><p><b>Demand Planner</b> – Elbe Medical Supplies – Hamburg</p><p><a href='https://www.linkedin.com/jobs/'>Alle Jobs ansehen</a></p></body></html>",
    ),
    m(
        "66310",
        "2025-10-30 10:02",
        "Jobcenter / Agentur für Arbeit Hamburg <noreply@arbeitsagentur.de>",
        "Vermittlungsvorschlag: Disponent (m/w/d)",
        ("other_job", None, "Disponent (m/w/d)", None, "other", "de"),
        "Sehr geehrte Frau Behrendt,\n\nIhre Vermittlungsfachkraft hat Ihnen einen Vermittlungsvorschlag übermittelt: Disponent (m/w/d), Arbeitgeber: Personalservice Elbe GmbH, Hamburg.\n\nBitte bewerben Sie sich und teilen Sie uns das Ergebnis Ihrer Bewerbung über die Rückmeldefunktion in Ihrem Online-Konto mit.\n\nMit freundlichen Grüßen\nIhre Agentur für Arbeit Hamburg\n\nHinweis: Diese Nachricht finden Sie auch in Ihrem Postfach unter www.arbeitsagentur.de",
    ),
    m(
        "66311",
        "2025-10-06 11:30",
        "Nordkai Logistik GmbH & Co. KG <noreply@softgarden.io>",
        "Willkommen im Talentpool von Nordkai",
        ("other_job", NK, None, None, "other", "de"),
        "Sehr geehrte Frau Behrendt,\n\nSie haben sich für unseren Talentpool registriert. Wir informieren Sie, sobald eine passende Stelle frei wird.\n\nIhr Recruiting-Team\nNordkai Logistik GmbH & Co. KG",
    ),
    m(
        "66312",
        "2025-11-09 08:00",
        "Wendeburg Elektrotechnik <noreply@wendeburg.softgarden.io>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        ("alert", None, None, None, "other", "de"),
        "Sehr geehrte Frau Behrendt,\n\nSie haben eine Bewerbung für die Stelle Materialplaner (m/w/d) begonnen, aber noch nicht abgeschickt. Ihre Angaben sind 14 Tage gespeichert.\n\nJetzt fortsetzen: https://wendeburg.softgarden.io/de/application/continue\n\nIhr Team von Wendeburg Elektrotechnik",
    ),
    m(
        "66313",
        "2025-11-27 13:05",
        "Moritz Albers <moritz.albers@hays-nordkontor.de>",
        "Freelance-Projekt SAP MM Key User – S/4-Rollout",
        ("outreach", None, "SAP MM Key User (Projekt)", None, "agency", "de"),
        "Guten Tag Frau Behrendt,\n\nfür einen Kunden aus dem Großhandel suche ich ab Januar Unterstützung als SAP MM Key User im S/4HANA-Rollout (Hamburg, 60 % remote, 6 Monate + Option). Wäre ein Projekt – auch in Arbeitnehmerüberlassung – für Sie interessant?\n\nFreundliche Grüße\nMoritz Albers\nNordkontor Personalberatung",
    ),
    m(
        "66314",
        "2026-01-22 16:40",
        "Sandra Hübner <s.huebner@propersonal-nord.de>",
        "Neues Projekt – Teamleitung Disposition",
        ("outreach", None, "Teamleitung Disposition (m/w/d)", None, "agency", "de"),
        "Hallo Frau Behrendt,\n\nich hoffe, Sie sind gut ins neue Jahr gestartet! Ich habe gerade eine Teamleitung Disposition bei einem Mittelständler in Rothenburgsort auf dem Tisch. Oder sind Sie inzwischen fest versorgt?\n\nBeste Grüße\nSandra Hübner\nPro Personal Nord GmbH",
    ),
    m(
        "66315",
        "2025-11-24 16:56",
        "Wiebke Sörensen <w.soerensen@nordkai-logistik.de>",
        "Automatische Antwort: Ihre Bewerbung bei Nordkai Logistik",
        ("other_job", NK, NK1, None, "direct", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.11.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an karriere@nordkai-logistik.de.\n\nMit freundlichen Grüßen\nWiebke Sörensen",
    ),
    m(
        "66316",
        "2025-12-12 12:00",
        "Tidely <noreply@tidely.jobs.personio.de>",
        "Wie war deine Bewerbung bei Tidely?",
        ("other_job", TID, None, None, "personio", "de"),
        "Hi Jana,\n\nwir wollen besser werden! Magst du uns in 2 Minuten sagen, wie du unseren Bewerbungsprozess erlebt hast?\n\nZur Umfrage: https://tidely.typeform.com/candidate-xp\n\nDanke!\nDein Tidely-Team",
    ),
    m(
        "66317",
        "2026-02-05 19:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Niklas Ohlsen hat Ihnen eine Nachricht gesendet",
        ("outreach", "Elbe Cargo Partners", "Senior Disponent Seefracht", None, "linkedin", "de"),
        "Hallo Jana,\n\nich bin Recruiter bei Elbe Cargo Partners und hätte eine Rolle als Senior Disponent Seefracht, die sehr gut zu Ihrem Profil passt. Offen für einen Austausch?\n\nViele Grüße\nNiklas\n\nAntworten: https://www.linkedin.com/messaging/",
    ),
    m(
        "66318",
        "2025-12-04 21:30",
        "XING <mailrobot@mail.xing.com>",
        "Recruiter haben dein Profil angesehen",
        ("other_job", None, None, None, "other", "de"),
        "Hallo Jana,\n\n3 Recruiter*innen haben sich in den letzten 7 Tagen dein Profil angesehen, darunter von Pro Personal Nord GmbH.\n\nMit XING Premium siehst du, wer es war.\n\nDein XING-Team",
    ),
    m(
        "66320",
        "2025-10-09 18:05",
        "Hanseatische Handelsgruppe Karriere <hhg-karriere@successfactors.eu>",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        ("other_job", None, None, None, "other", "de"),
        "Sehr geehrte Frau Behrendt,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Kandidatenkonto bei der Hanseatischen Handelsgruppe zu aktivieren. Ihr Bestätigungscode lautet: 884213\n\nDer Code ist 24 Stunden gültig.",
    ),
    m(
        "66321",
        "2025-10-31 11:25",
        "Nordpersonal Zeitarbeit GmbH <jobs@nordpersonal-zeitarbeit.de>",
        "Jobangebot: Disponent (m/w/d) in Arbeitnehmerüberlassung – Hamburg-Hafen",
        ("outreach", None, "Disponent (m/w/d)", None, "agency", "de"),
        "Hallo Jana,\n\nwir suchen für unseren Kundenbetrieb, ein namhaftes Logistikunternehmen im Hamburger Hafen, ab sofort eine/n Disponent/in in Arbeitnehmerüberlassung mit Übernahmeoption. Bezahlung nach iGZ-Tarif plus Zulagen.\n\nInteresse? Einfach auf diese Mail antworten oder unter 040 226 118-0 anrufen.\n\nDein Team von Nordpersonal",
    ),
    m(
        "66322",
        "2025-11-03 09:40",
        "Nordpersonal Zeitarbeit GmbH <jobs@nordpersonal-zeitarbeit.de>",
        "Re: Jobangebot: Disponent (m/w/d) in Arbeitnehmerüberlassung – Hamburg-Hafen",
        ("outreach", "Waltershof Trucking", "Disponent (m/w/d)", None, "agency", "de"),
        "Hallo Jana,\n\ndanke für deine Rückfrage! Der Kunde ist die Waltershof Trucking GmbH, Containertrucking zwischen den Terminals. Schichtdienst 6–14 / 14–22 Uhr. Wenn du magst, schicke ich dir die Details.\n\nGruß\nDennis Kruse\nNordpersonal Zeitarbeit GmbH",
        headers={"In-Reply-To": "<66321.20251031.72@nordpersonal-zeitarbeit.de>"},
    ),
    m(
        "66323",
        "2026-01-26 14:00",
        "KTB Personal <personal@ktb-hamburg.de>",
        "Hafenausweis – Terminvereinbarung Lichtbild",
        ("other_job", KTB, KTBR, None, "direct", "de"),
        "Sehr geehrte Frau Behrendt,\n\nfür die Ausstellung Ihres Hafenausweises benötigen wir noch ein Lichtbild. Bitte kommen Sie am ersten Arbeitstag um 11:30 Uhr zur Ausweisstelle (Gebäude A, EG).\n\nIhr Personalteam\nKTB",
    ),
    m(
        "66324",
        "2026-02-18 10:10",
        "Merle Gottschalk <merle.gottschalk@hanseatische-handelsgruppe.de>",
        "SAP MM Key User – Stelle wieder offen",
        ("outreach", LRL, LRLR, None, "direct", "de"),
        "Sehr geehrte Frau Behrendt,\n\nwie versprochen melde ich mich: Die Position SAP MM Key User bei Lindqvist Retail Logistik wird ab April neu besetzt. Haben Sie noch Interesse, oder sind Sie inzwischen anderweitig gebunden?\n\nFreundliche Grüße\nMerle Gottschalk\nHanseatische Handelsgruppe AG",
    ),
    m(
        "66325",
        "2025-12-20 09:00",
        "StepStone <noreply@stepstone.de>",
        "Ihr Profil wurde von 4 Unternehmen angesehen",
        ("other_job", None, None, None, "other", "de"),
        html="<html><body><p>Hallo Jana,</p><p>Ihr StepStone-Profil wurde in den letzten 30 Tagen von 4 Unternehmen angesehen. Halten Sie es aktuell, um noch mehr Angebote zu erhalten.</p></body></html>",
    ),
]
