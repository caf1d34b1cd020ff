# ruff: noqa: E501
"""Corpus 95, German job mail (data only): see heldout95.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="de"):
    return (cat, co, role, app, src, lang)


def ics(
    uid,
    start,
    summary,
    org,
    minutes=60,
    location="Microsoft Teams-Besprechung",
    style="outlook",
    description=None,
):
    ev = {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
        "location": location,
        "style": style,
    }
    if description:
        ev["description"] = description
    return ev


GR = "\n\nMit freundlichen Grüßen\n"
HAB, HABR = "Hanseatische Anlagenbau", "Verfahrensingenieur (m/w/d) Anlagenplanung"
AEO, AEOR = "Aeolis Rotortechnik", "Prozessingenieur Rotorblattfertigung (m/w/d)"
ELB, ELB1, ELB2 = (
    "Elbtal Chemie",
    "Prozessingenieur (m/w/d) Polymerisation",
    "Projektingenieur Anlagenbau (m/w/d)",
)
FMS, FMSR = "Förde Maritime Systems", "Entwicklungsingenieur Maschinenbau (m/w/d)"
WES, WESR = "Weserlicht Verpackung", "Prozessingenieur Extrusion (m/w/d)"
KLP, KLPR = "Kelpwerk", "Process Engineer Bioprozesse (m/w/d)"
SUE, SUER = (
    "Süderelbe Lebensmitteltechnik",
    "Ingenieur Lebensmitteltechnik / Verfahrenstechnik (m/w/d)",
)
MTP, MTPR = "Müller-Thießen Pumpen", "Konstruktionsingenieur Pumpentechnik (m/w/d)"
GRW, GRWR = "Grünfeld Wasseraufbereitung", "Verfahrensingenieur Wasseraufbereitung (m/w/d)"
OTK, OTKR = "Ostertor Klimatechnik", "Projektingenieur Kältetechnik (m/w/d)"
OPT, OPTR = "Ostsee Pharma Technik", "Verfahrensingenieur Pharmaanlagen (m/w/d)"
WWK, WWKR = "Wärmewerk Kiel", "Ingenieur Anlagentechnik Fernwärme (m/w/d)"
HEI, HEIR = "Heinsohn Apparatebau", "Konstrukteur Apparatebau (m/w/d)"
FLX, FLXR = "Fluxwerk Simulation", "CFD-Ingenieur (m/w/d) – remote"
LUE, LUER = "Lühmann & Söhne", "Konstrukteur Verfahrenstechnik (m/w/d)"
BHW, BHWR = "Baltic Hydrogen Works", "Verfahrensingenieur Elektrolyse (m/w/d)"
DKE, DKER = "Dampfkraft Engineering", "Inbetriebnahmeingenieur (m/w/d) Kraftwerkstechnik"
AUR, AURR = "Aurelia Gas Systems", "Entwicklungsingenieur Gasdruckregeltechnik (m/w/d)"
KVF, KVFR = "Kessler & Vogt Filtertechnik", "Ingenieur Verfahrenstechnik / Filtration (m/w/d)"

MAIL: list[dict[str, Any]] = [
    # --- 1 Hanseatische Anlagenbau (Personio) -> accepted ---------------------------------
    m(
        "77120",
        "2025-11-10 09:41",
        "Hanseatische Anlagenbau GmbH & Co. KG <noreply@hab-anlagenbau.jobs.personio.de>",
        "Ihre Bewerbung als Verfahrensingenieur (m/w/d) Anlagenplanung",
        A("confirmation", HAB, HABR, 1, "personio"),
        "Sehr geehrter Herr Sörensen,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Hanseatische Anlagenbau GmbH & Co. KG.\n\nHiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir schauen uns Ihr Profil in Ruhe an und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.\n\nSollten Sie in der Zwischenzeit Fragen haben, antworten Sie gern direkt auf diese E-Mail."
        + GR
        + "Ihr HAB Recruiting-Team\n\nHanseatische Anlagenbau GmbH & Co. KG · Billbrookdeich 212 · 22113 Hamburg\nAmtsgericht Hamburg HRA 118842 · phG: HAB Verwaltungs GmbH",
    ),
    m(
        "77188",
        "2025-11-24 14:05",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "Einladung zum Kennenlernen – Verfahrensingenieur Anlagenplanung",
        A("interview", HAB, HABR, 1, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nIhre Unterlagen haben uns gut gefallen, und wir würden Sie gern in einem ersten Gespräch per Microsoft Teams kennenlernen. Mit dabei ist Herr Dr. Wolters, Leiter Verfahrenstechnik.\n\nVorschlag: Mittwoch, 03.12.2025, 10:00 bis 11:00 Uhr. Eine Einladung folgt separat über Outlook.\n\nViele Grüße aus Billbrook\n\nStefanie Rahlf\nHR Business Partner\nHAB – Hanseatische Anlagenbau GmbH & Co. KG\nTel. +49 40 7344 118-23",
    ),
    m(
        "77190",
        "2025-11-24 14:11",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "Kennenlernen HAB | Sörensen | Verfahrensingenieur",
        A("interview", HAB, HABR, 1, "direct"),
        "Microsoft Teams-Besprechung\nÜber Computer oder mobile App teilnehmen\nKlicken Sie hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: 318 552 904 117\nPasscode: 7kR2pQ",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1B2C3D4HAB01",
            "2025-12-03 10:00:00 +0100",
            "Kennenlernen HAB | Sörensen | Verfahrensingenieur",
            ("Stefanie Rahlf", "s.rahlf@hab-anlagenbau.de"),
        ),
    ),
    m(
        "77241",
        "2025-12-08 16:30",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "AW: Kennenlernen HAB – nächster Schritt",
        A("interview", HAB, HABR, 1, "direct"),
        "Hallo Herr Sörensen,\n\nvielen Dank noch einmal für das angenehme Gespräch. Herr Dr. Wolters und ich möchten Sie gern zu einem zweiten Termin bei uns vor Ort einladen – mit einer Werksbesichtigung unserer Fertigung in Billbrook und einem Fachgespräch mit dem Team Anlagenplanung (ca. 3 Stunden).\n\nPasst Ihnen Dienstag, der 16.12., ab 9:30 Uhr? Bitte denken Sie an festes Schuhwerk, Sicherheitsausrüstung stellen wir.\n\nBeste Grüße\nStefanie Rahlf\n\n-----Ursprüngliche Nachricht-----\nVon: Jannik Sörensen <jannik.soerensen@posteo.de>\nGesendet: Donnerstag, 4. Dezember 2025 08:12\nBetreff: AW: Kennenlernen HAB\n\nSehr geehrte Frau Rahlf,\nvielen Dank für das gestrige Gespräch ...",
    ),
    m(
        "77244",
        "2025-12-09 09:02",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "Werksbesichtigung & Fachgespräch HAB (Sörensen)",
        A("interview", HAB, HABR, 1, "direct"),
        "Werksbesichtigung Halle 3 und Fachgespräch Anlagenplanung. Treffpunkt: Empfang Verwaltungsgebäude, Billbrookdeich 212.",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1B2C3D4HAB02",
            "2025-12-16 09:30:00 +0100",
            "Werksbesichtigung & Fachgespräch HAB (Sörensen)",
            ("Stefanie Rahlf", "s.rahlf@hab-anlagenbau.de"),
            minutes=180,
            location="HAB, Billbrookdeich 212, 22113 Hamburg, Empfang",
        ),
    ),
    m(
        "77302",
        "2026-01-14 11:47",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "Ihr Vertragsangebot – Hanseatische Anlagenbau",
        A("offer", HAB, HABR, 1, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nwie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Position als Verfahrensingenieur (m/w/d) Anlagenplanung anbieten zu können.\n\nAnbei finden Sie unser Vertragsangebot mit den besprochenen Eckdaten (Eintritt 01.03.2026, 40 Stunden, 30 Tage Urlaub, Jahresgehalt wie besprochen, mobiles Arbeiten an zwei Tagen pro Woche). Wir würden uns über Ihre Rückmeldung bis zum 23.01.2026 freuen.\n\nHerzliche Grüße\nStefanie Rahlf\nHR Business Partner\nHAB – Hanseatische Anlagenbau GmbH & Co. KG",
        attach=[
            (
                "Vertragsangebot_Soerensen_HAB.pdf",
                "application/pdf",
                "%PDF-1.4 Vertragsangebot (Platzhalter)",
            )
        ],
    ),
    m(
        "77355",
        "2026-01-21 15:20",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "AW: Ihr Vertragsangebot – Hanseatische Anlagenbau",
        A(
            "offer",
            HAB,
            HABR,
            1,
            "direct",
        ),
        "Lieber Herr Sörensen,\n\nwas für eine schöne Nachricht – herzlich willkommen bei HAB! Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar per Post zurück, gern auch vorab als Scan.\n\nIn den nächsten Wochen melden wir uns mit Infos zu Ihrem ersten Arbeitstag.\n\nHerzliche Grüße\nStefanie Rahlf\n\n> Sehr geehrte Frau Rahlf,\n> ich nehme Ihr Angebot sehr gern an ...",
        st="accepted",
        attach=[
            (
                "Arbeitsvertrag_Soerensen.pdf",
                "application/pdf",
                "%PDF-1.4 Arbeitsvertrag (Platzhalter)",
            )
        ],
    ),
    m(
        "77520",
        "2026-02-10 10:15",
        "HAB Personal <personal@hab-anlagenbau.de>",
        "Ihr Start bei HAB am 02.03.2026 – Onboarding-Infos",
        ("other_job", HAB, HABR, None, "direct", "de"),
        "Hallo Herr Sörensen,\n\nin gut drei Wochen geht es los! Damit Ihr Start reibungslos klappt, brauchen wir noch: Sozialversicherungsausweis, Steuer-ID, Bankverbindung und Ihre Krankenkasse. Bitte füllen Sie den Personalfragebogen im Anhang aus.\n\nIhr erster Tag: Montag, 02.03.2026, 8:30 Uhr, Empfang Verwaltung. Ihr Pate wird Herr Okonkwo aus der Anlagenplanung sein.\n\nViele Grüße\nIhr Personal-Team\nHanseatische Anlagenbau GmbH & Co. KG",
        attach=[
            (
                "Personalfragebogen.pdf",
                "application/pdf",
                "%PDF-1.4 Personalfragebogen (Platzhalter)",
            )
        ],
    ),
    # --- 2 Aeolis Rotortechnik via Personalberater -----------------------------------------
    m(
        "77133",
        "2025-09-08 08:55",
        "Matthias Brückner <m.brueckner@brueckner-personalberatung.de>",
        "Vertrauliche Anfrage – Prozessingenieur (m/w/d) Windenergie, Raum Bremerhaven/Bremen",
        ("outreach", None, AEOR, None, "agency", "de"),
        "Sehr geehrter Herr Sörensen,\n\nich bin auf Ihr Profil bei XING aufmerksam geworden und wende mich mit einer vertraulichen Anfrage an Sie.\n\nIm Auftrag eines namhaften Unternehmens aus der Windenergie (Rotorblattfertigung, rund 1.400 Mitarbeitende in Norddeutschland) suche ich einen Prozessingenieur (m/w/d) für die Optimierung der Infusions- und Aushärteprozesse. Ihr Hintergrund in der Verfahrenstechnik und Ihre Erfahrung mit thermischen Prozessen passen aus meiner Sicht sehr gut.\n\nHätten Sie Zeit für ein kurzes, unverbindliches Telefonat in dieser Woche? Den Namen des Unternehmens nenne ich Ihnen gern im Gespräch.\n\nMit besten Grüßen\n\nMatthias Brückner\nGeschäftsführender Gesellschafter\nBrückner Personalberatung GmbH\nBallindamm 17 · 20095 Hamburg\nT +49 40 3290 6611",
    ),
    m(
        "77151",
        "2025-09-11 17:40",
        "Matthias Brückner <m.brueckner@brueckner-personalberatung.de>",
        "AW: Vertrauliche Anfrage – Prozessingenieur (m/w/d) Windenergie",
        A("confirmation", AEO, AEOR, 2, "agency"),
        "Sehr geehrter Herr Sörensen,\n\nvielen Dank für das offene Telefonat heute. Wie besprochen handelt es sich um die Aeolis Rotortechnik GmbH in Bremerhaven. Ich habe Ihre Unterlagen mit Ihrem Einverständnis heute an Frau Lüders, Leiterin Produktionstechnik, weitergeleitet und melde mich, sobald ich Feedback habe.\n\nMit besten Grüßen\nMatthias Brückner\nBrückner Personalberatung GmbH",
    ),
    m(
        "77176",
        "2025-09-16 12:18",
        "Matthias Brückner <m.brueckner@brueckner-personalberatung.de>",
        "Aeolis – Gesprächstermin per Teams",
        A("interview", AEO, AEOR, 2, "agency"),
        "Sehr geehrter Herr Sörensen,\n\ngute Nachrichten: Aeolis möchte Sie kennenlernen. Das erste Gespräch findet am Montag, 22.09., um 14:00 Uhr per Teams statt, Teilnehmer sind Frau Lüders und ich. Die Einladung kommt direkt aus meinem Kalender.\n\nMit besten Grüßen\nMatthias Brückner",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000BRUECKNER0922",
            "2025-09-22 14:00:00 +0200",
            "Aeolis Rotortechnik / Sörensen – Erstgespräch",
            ("Matthias Brückner", "m.brueckner@brueckner-personalberatung.de"),
            minutes=45,
        ),
    ),
    m(
        "77209",
        "2025-09-26 09:30",
        "Matthias Brückner <m.brueckner@brueckner-personalberatung.de>",
        "Aeolis: Einladung zum Fachgespräch in Bremerhaven",
        A("interview", AEO, AEOR, 2, "agency"),
        "Sehr geehrter Herr Sörensen,\n\nAeolis war von dem Gespräch angetan und lädt Sie zu einem Fachgespräch vor Ort ein: Donnerstag, 09.10.2025, 11:00 Uhr, Werk Bremerhaven-Luneort. Bitte bereiten Sie eine kurze Präsentation (15 Minuten) zu einem Optimierungsprojekt aus Ihrer bisherigen Tätigkeit vor. Reisekosten werden erstattet.\n\nMit besten Grüßen\nMatthias Brückner",
    ),
    m(
        "77283",
        "2025-10-17 13:12",
        "Matthias Brückner <m.brueckner@brueckner-personalberatung.de>",
        "Rückmeldung Aeolis",
        A("rejection", AEO, AEOR, 2, "agency"),
        "Sehr geehrter Herr Sörensen,\n\nich hatte gestern ein ausführliches Gespräch mit Frau Lüders. Ihre Präsentation ist sehr gut angekommen, und man schätzt Ihre methodische Herangehensweise. Letztlich hat sich Aeolis aber für einen Kandidaten mit mehrjähriger Erfahrung in der Faserverbundtechnik entschieden.\n\nDas tut mir leid – ich hätte es Ihnen gegönnt. Gern würde ich mit Ihnen in Kontakt bleiben.\n\nMit besten Grüßen\nMatthias Brückner",
    ),
    # --- 3/4 Elbtal Chemie (SuccessFactors), two roles -------------------------------------
    m(
        "77140",
        "2025-09-09 22:14",
        "Elbtal Chemie SE <noreply@successfactors.eu>",
        "Eingangsbestätigung: Prozessingenieur (m/w/d) Polymerisation (Req. 24817)",
        A("confirmation", ELB, ELB1, 3, "other"),
        html="<html><body><p>Sehr geehrter Herr Sörensen,</p><p>vielen Dank für Ihre Bewerbung auf die Stelle <b>Prozessingenieur (m/w/d) Polymerisation</b> (Stellen-ID 24817) am Standort Hamburg-Moorburg.</p><p>Ihre Unterlagen sind vollständig bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass die Prüfung aufgrund der hohen Zahl an Bewerbungen einige Wochen dauern kann. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.</p><p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Elbtal Chemie SE</p><p style='font-size:10px;color:#888'>Elbtal Chemie SE · Sitz Hamburg · Registergericht Hamburg HRB 171203 · Vorstand: Dr. Katrin Halbe (Vors.), Jens Möller</p></body></html>",
    ),
    m(
        "77215",
        "2025-09-29 07:58",
        "Elbtal Chemie SE <noreply@successfactors.eu>",
        "Ihre Bewerbung als Prozessingenieur (m/w/d) Polymerisation",
        A("rejection", ELB, ELB1, 3, "other"),
        html="<html><body><p>Sehr geehrter Herr Sörensen,</p><p>nochmals vielen Dank für Ihr Interesse an der Elbtal Chemie SE und die Zeit, die Sie in Ihre Bewerbung investiert haben.</p><p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation, sondern das Ergebnis eines Vergleichs mit dem spezifischen Anforderungsprofil.</p><p>Wir wünschen Ihnen für Ihren weiteren Weg alles Gute und viel Erfolg.</p><p>Mit freundlichen Grüßen<br>Talent Acquisition<br>Elbtal Chemie SE</p></body></html>",
    ),
    m(
        "77230",
        "2025-10-01 20:31",
        "Elbtal Chemie SE <noreply@successfactors.eu>",
        "Eingangsbestätigung: Projektingenieur Anlagenbau (m/w/d) (Req. 25102)",
        A("confirmation", ELB, ELB2, 4, "other"),
        html="<html><body><p>Sehr geehrter Herr Sörensen,</p><p>vielen Dank für Ihre Bewerbung auf die Stelle <b>Projektingenieur Anlagenbau (m/w/d)</b> (Stellen-ID 25102), Standort Stade.</p><p>Ihre Unterlagen sind vollständig bei uns eingegangen. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.</p><p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Elbtal Chemie SE</p></body></html>",
    ),
    m(
        "77262",
        "2025-10-10 10:44",
        "Kerstin Voß <kerstin.voss@elbtal-chemie.com>",
        "Telefoninterview Projektingenieur Anlagenbau – Terminvorschlag",
        A("interview", ELB, ELB2, 4, "direct"),
        "Guten Tag Herr Sörensen,\n\nfür die Position Projektingenieur Anlagenbau in Stade möchten wir Sie gern zu einem ersten Telefoninterview (ca. 30 Minuten) einladen. Bitte buchen Sie sich über den folgenden Link einen passenden Termin in der kommenden Woche:\n\nhttps://outlook.office365.com/book/TalentAcquisitionElbtal@elbtal-chemie.com/\n\nFreundliche Grüße\nKerstin Voß\nTalent Acquisition Partner\nElbtal Chemie SE | Moorburger Elbdeich 90 | 21079 Hamburg",
    ),
    m(
        "77266",
        "2025-10-10 18:03",
        "Microsoft Bookings <TalentAcquisitionElbtal@elbtal-chemie.com>",
        "Buchung bestätigt: Telefoninterview Projektingenieur Anlagenbau",
        A("interview", ELB, ELB2, 4, "other"),
        "Ihre Buchung ist bestätigt.\n\nDienst: Telefoninterview Projektingenieur Anlagenbau\nMitarbeiter: Kerstin Voß\nDatum: Do, 16.10.2025 09:30 (30 Minuten)\n\nTalent Acquisition Elbtal Chemie\nTermin verwalten: https://outlook.office365.com/book/TalentAcquisitionElbtal@elbtal-chemie.com/manage",
        ics=ics(
            "bookings-elbtal-7f3a9c21",
            "2025-10-16 09:30:00 +0200",
            "Telefoninterview Projektingenieur Anlagenbau",
            ("Talent Acquisition Elbtal Chemie", "TalentAcquisitionElbtal@elbtal-chemie.com"),
            minutes=30,
            location="Telefon",
        ),
    ),
    # --- 5 Förde Maritime Systems, Kiel (softgarden) ---------------------------------------
    m(
        "77160",
        "2025-09-12 11:26",
        "Förde Maritime Systems GmbH <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", FMS, FMSR, 5, "other"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>vielen Dank für Ihre Bewerbung als <b>Entwicklungsingenieur Maschinenbau (m/w/d)</b> bei der Förde Maritime Systems GmbH in Kiel.</p><p>Wir haben Ihre Unterlagen erhalten und melden uns so schnell wie möglich bei Ihnen. Sollten Sie in diesem Auswahlprozess nicht berücksichtigt werden, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.</p><p>Beste Grüße<br>Ihr Recruiting-Team der FMS</p><p><a href='https://foerde-maritime.softgarden.io/de/vacancies'>Weitere Stellenangebote</a></p><p style='font-size:11px'>Diese E-Mail wurde automatisch über softgarden versendet.</p></body></html>",
    ),
    m(
        "77219",
        "2025-09-30 15:50",
        "Jörn Hansen <joern.hansen@foerde-maritime.de>",
        "Ihre Bewerbung – Einladung zum Gespräch",
        A("interview", FMS, FMSR, 5, "direct"),
        "Moin Herr Sörensen,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern näher kennenlernen und laden Sie zu einem Gespräch per Teams ein, am Dienstag, 07.10.2025 um 13:00 Uhr. Dabei sind Herr Petersen (Teamleitung Konstruktion Antriebe) und ich.\n\nBitte bestätigen Sie den Termin kurz.\n\nMoin aus Kiel\nJörn Hansen\nPersonalreferent\nFörde Maritime Systems GmbH\nWerftstraße 41 · 24143 Kiel",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000FMS20251007",
            "2025-10-07 13:00:00 +0200",
            "Vorstellungsgespräch Entwicklungsingenieur – J. Sörensen",
            ("Jörn Hansen", "joern.hansen@foerde-maritime.de"),
        ),
    ),
    m(
        "77290",
        "2025-10-20 08:36",
        "Förde Maritime Systems GmbH <noreply@softgarden.io>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", FMS, FMSR, 5, "other"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>herzlichen Dank für das offene und interessante Gespräch und Ihr Interesse an einer Tätigkeit bei uns.</p><p>Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch etwas besser zu den Anforderungen im Bereich Schiffsantriebe passt.</p><p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.</p><p>Beste Grüße<br>Jörn Hansen<br>Förde Maritime Systems GmbH</p></body></html>",
    ),
    # --- 6 Weserlicht Verpackung via Vantera Group HR Shared Services (Workday) ------------
    m(
        "77171",
        "2025-09-15 06:48",
        "Vantera Group Careers <vantera@myworkday.com>",
        "Ihre Bewerbung ist eingegangen – Prozessingenieur Extrusion (m/w/d) – R-0048213",
        A("confirmation", WES, WESR, 6, "workday"),
        "Sehr geehrter Herr Sörensen,\n\nvielen Dank für Ihre Bewerbung auf die Position Prozessingenieur Extrusion (m/w/d) (R-0048213) am Standort Bremen-Hemelingen der Weserlicht Verpackung GmbH, einem Unternehmen der Vantera Group.\n\nWir prüfen Ihre Unterlagen und melden uns bei Ihnen. Den Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto:\nhttps://vantera.wd3.myworkday.com/vantera_careers/userHome\n\nMit freundlichen Grüßen\nHR Shared Service Center DACH\nVantera Group SE",
    ),
    m(
        "77340",
        "2025-10-28 09:12",
        "HR Shared Service Center DACH <hr-ssc-dach@vantera-group.com>",
        "Zwischenbescheid zu Ihrer Bewerbung (R-0048213)",
        A("confirmation", WES, WESR, 6, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nwir möchten uns für Ihre Geduld bedanken. Aufgrund einer internen Umstrukturierung am Standort Bremen ist die Besetzung der Position Prozessingenieur Extrusion (m/w/d) derzeit vorübergehend ausgesetzt. Eine Entscheidung über das weitere Vorgehen erwarten wir nicht vor dem ersten Quartal 2026.\n\nIhre Bewerbung bleibt bis dahin im Verfahren. Wir kommen unaufgefordert wieder auf Sie zu.\n\nMit freundlichen Grüßen\ni. A. Melanie Kroos\nHR Shared Service Center DACH\nVantera Group SE | für die Weserlicht Verpackung GmbH",
        st="on_hold",
    ),
    # --- 7 Kelpwerk (startup, du) -> withdrawn ---------------------------------------------
    m(
        "77201",
        "2025-11-12 13:07",
        "Kelpwerk <noreply@kelpwerk.jobs.personio.de>",
        "Danke für deine Bewerbung, Jannik!",
        A("confirmation", KLP, KLPR, 7, "personio"),
        "Hey Jannik,\n\nschön, dass du dich bei Kelpwerk als Process Engineer Bioprozesse beworben hast! 🌊\n\nWir sind ein kleines Team und lesen jede Bewerbung selbst – gib uns ein paar Tage. Du hörst auf jeden Fall von uns, egal wie es ausgeht.\n\nLiebe Grüße vom Kelpwerk-Team\nKelpwerk GmbH · Oberhafen, Stockmeyerstraße 43 · Hamburg",
    ),
    m(
        "77223",
        "2025-11-18 21:49",
        "Lasse Dierks <lasse.dierks@gmail.com>",
        "Kelpwerk – kurzer Call?",
        A("interview", KLP, KLPR, 7, "direct"),
        "Hi Jannik,\n\nich bin Lasse, einer der Gründer von Kelpwerk. Hab deine Bewerbung gelesen – deine Erfahrung mit Fermentern und Downstream ist genau das, was uns fehlt. Hast du Lust auf einen lockeren Call? Donnerstag 16 Uhr würde bei mir passen, hier mein Link: https://meet.google.com/qaz-tkwe-pmn\n\n(Sorry, schreibe vom privaten Account, unser Mailserver zickt gerade.)\n\nCheers\nLasse\n--\nLasse Dierks · Co-Founder & CTO · Kelpwerk",
    ),
    m(
        "77249",
        "2025-12-01 10:20",
        "Lasse Dierks <lasse@kelpwerk.de>",
        "Probearbeitstag bei Kelpwerk",
        A("interview", KLP, KLPR, 7, "direct"),
        "Moin Jannik,\n\nwie am Telefon gesagt: Wir würden dich gern einen Tag zu uns ins Labor holen – Probearbeitstag am Freitag, 12.12., ab 9 Uhr. Du lernst das Team kennen, wir schauen uns gemeinsam unsere Pilotanlage (Photobioreaktor 500 l) an, und nachmittags würden wir gern eine kleine Auslegungsaufgabe mit dir durchgehen. Mittagessen geht auf uns.\n\nAdresse: Stockmeyerstraße 43, Halle 2, klingel bei „Kelpwerk“.\n\nBis dann!\nLasse",
        ics=ics(
            "kelpwerk-probetag-2025-12-12@google.com",
            "2025-12-12 09:00:00 +0100",
            "Probearbeitstag Jannik @ Kelpwerk",
            ("Lasse Dierks", "lasse@kelpwerk.de"),
            minutes=480,
            location="Kelpwerk, Stockmeyerstraße 43, Hamburg",
            style="google",
        ),
    ),
    m(
        "77370",
        "2026-01-22 12:41",
        "Lasse Dierks <lasse@kelpwerk.de>",
        "Re: Meine Bewerbung bei Kelpwerk",
        A("confirmation", KLP, KLPR, 7, "direct"),
        "Hey Jannik,\n\nschade, aber total nachvollziehbar – Glückwunsch zur neuen Stelle! Danke, dass du so offen warst. Wenn es bei uns mit der Finanzierungsrunde klappt und du irgendwann Lust auf Algen hast, melde dich gern.\n\nAlles Gute & bis bald mal im Oberhafen\nLasse\n\nAm Do., 22. Jan. 2026 um 09:15 schrieb Jannik Sörensen <jannik.soerensen@posteo.de>:\n> Hallo Lasse,\n> vielen Dank für den tollen Probetag. Ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung deshalb zurück ...",
        st="withdrawn",
        **{"In-Reply-To": "<CAJs0r3n-kelp-1103@mail.posteo.de>"},
    ),
    # --- 8 Süderelbe Lebensmitteltechnik (d.vinci) -----------------------------------------
    m(
        "77182",
        "2025-09-18 16:22",
        "Süderelbe Lebensmitteltechnik GmbH <noreply@dvinci-easy.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", SUE, SUER, 8, "other"),
        "Sehr geehrter Herr Sörensen,\n\nherzlichen Dank für Ihre Bewerbung als Ingenieur Lebensmitteltechnik / Verfahrenstechnik (m/w/d) und das damit verbundene Interesse an unserem Unternehmen.\n\nWir werden Ihre Unterlagen sorgfältig prüfen und uns zeitnah bei Ihnen melden. Bitte sehen Sie bis dahin von Nachfragen ab.\n\nMit freundlichen Grüßen\n\nPersonalabteilung\nSüderelbe Lebensmitteltechnik GmbH\nNeuländer Kamp 8 · 21079 Hamburg-Harburg",
    ),
    m(
        "77311",
        "2025-10-24 14:58",
        "Suederelbe Lebensmitteltechnik GmbH <noreply@dvinci-easy.com>",
        "Ihre Unterlagen",
        A("rejection", SUE, SUER, 8, "other"),
        "Sehr geehrter Herr Sörensen,\n\nnochmals vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen mit großem Interesse gelesen und waren von Ihrem Werdegang beeindruckt.\n\nNach eingehender Prüfung haben wir uns jedoch für einen anderen Bewerber entschieden, dessen Erfahrungen in der Molkereitechnik unseren aktuellen Anforderungen noch etwas näher kommen. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\nWir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung\nSüderelbe Lebensmitteltechnik GmbH",
    ),
    # --- 9 Müller-Thießen Pumpen (rexx) -> ghosted -----------------------------------------
    m(
        "77194",
        "2025-09-22 10:03",
        "Jannik Sörensen <j.soerensen85@gmx.de>",
        "WG: Ihre Bewerbung bei Müller-Thießen: Konstruktionsingenieur Pumpentechnik (m/w/d)",
        A("confirmation", MTP, MTPR, 9, "other"),
        "-------- Weitergeleitete Nachricht --------\nVon: Mueller-Thiessen Pumpen GmbH <bewerbung@mueller-thiessen.rexx-recruitment.com>\nAn: j.soerensen85@gmx.de\nDatum: 22.09.2025, 09:58\nBetreff: Ihre Bewerbung bei Müller-Thießen: Konstruktionsingenieur Pumpentechnik (m/w/d)\n\nSehr geehrter Herr Sörensen,\n\nwir bestätigen Ihnen den Eingang Ihrer Bewerbung als Konstruktionsingenieur Pumpentechnik (m/w/d) für unseren Standort Kiel-Wellsee.\n\nIhre Bewerbungsunterlagen werden nun von der Fachabteilung geprüft. Dies kann erfahrungsgemäß bis zu vier Wochen in Anspruch nehmen.\n\nMit freundlichen Grüßen\nIhr Personalwesen\nMüller-Thießen Pumpen GmbH\n\n--\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
    ),
    # --- 10 Grünfeld Wasseraufbereitung (StepStone) ----------------------------------------
    m(
        "77205",
        "2025-09-25 19:27",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        A("confirmation", GRW, GRWR, 10, "other"),
        html="<html><body><h2>Bewerbung versendet!</h2><p>Hallo Jannik,</p><p>Ihre Bewerbung als <b>Verfahrensingenieur Wasseraufbereitung (m/w/d)</b> bei <b>Grünfeld Wasseraufbereitung GmbH</b> wurde erfolgreich an das Unternehmen übermittelt.</p><p>Tipp: Unter „Meine Bewerbungen“ behalten Sie den Überblick über alle Bewerbungen.</p><p><a href='https://www.stepstone.de/ma/applications'>Zu meinen Bewerbungen</a></p><p>Ihr StepStone Team</p><p style='font-size:10px'>StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p></body></html>",
    ),
    m(
        "77260",
        "2025-10-09 11:11",
        "Grünfeld Wasseraufbereitung <karriere@gruenfeld-wasser.de>",
        "Ihre Bewerbung als Verfahrensingenieur Wasseraufbereitung (m/w/d)",
        A("rejection", GRW, GRWR, 10, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nvielen Dank für Ihre Bewerbung über StepStone und das Vertrauen, das Sie uns damit entgegenbringen.\n\nIhr Profil hat uns gut gefallen. Leider haben wir die Stelle inzwischen intern besetzen können, sodass wir Ihnen heute keine positive Nachricht geben können.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nFreundliche Grüße\nAnja Timmermann\nPersonal\nGrünfeld Wasseraufbereitung GmbH · Bremen",
    ),
    # --- 11 Ostertor Klimatechnik (Indeed) -> ghosted --------------------------------------
    m(
        "77211",
        "2025-09-27 10:34",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung gesendet: Projektingenieur Kältetechnik (m/w/d)",
        A("confirmation", OTK, OTKR, 11, "indeed"),
        html="<html><body><p><b>Ihre Bewerbung wurde übermittelt</b></p><p>Projektingenieur Kältetechnik (m/w/d)<br>Ostertor Klimatechnik GmbH – Bremen</p><p>Die folgenden Elemente wurden an den Arbeitgeber gesendet: Lebenslauf, Anschreiben.</p><p>Wir informieren Sie, wenn der Arbeitgeber Ihre Bewerbung ansieht.</p><p>Viel Erfolg!<br>Das Indeed-Team</p></body></html>",
    ),
    m(
        "77229",
        "2025-10-01 08:20",
        "Indeed <donotreply@match.indeed.com>",
        "Ihre Bewerbung wurde angesehen: Ostertor Klimatechnik GmbH",
        A("viewed", OTK, OTKR, 11, "indeed"),
        html="<html><body><p>Gute Nachrichten, Jannik!</p><p>Ostertor Klimatechnik GmbH hat Ihre Bewerbung für <b>Projektingenieur Kältetechnik (m/w/d)</b> angesehen.</p><p>Das bedeutet nicht unbedingt, dass der Arbeitgeber Sie kontaktieren wird.</p><p>– Indeed</p></body></html>",
    ),
    # --- 14 Ostsee Pharma Technik (XING Recruiter) -> offer declined -----------------------
    m(
        "77226",
        "2025-12-01 09:15",
        "XING <mailrobot@mail.xing.com>",
        "Neue Nachricht von Svenja Asmussen (Ostsee Pharma Technik GmbH)",
        ("outreach", OPT, OPTR, None, "other", "de"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>Sie haben eine neue Nachricht von <b>Svenja Asmussen</b>, Talent Acquisition bei Ostsee Pharma Technik GmbH:</p><blockquote>„Hallo Herr Sörensen, Ihr Profil hat mich neugierig gemacht! Wir suchen für unseren Standort Kiel einen Verfahrensingenieur (m/w/d) Pharmaanlagen (Reinraum, CIP/SIP, Qualifizierung). Wären Sie offen für einen Austausch? …“</blockquote><p><a href='https://www.xing.com/chats'>Nachricht lesen und antworten</a></p><p>Ihr XING Team</p><p style='font-size:10px'>New Work SE · Am Strandkai 1 · 20457 Hamburg</p></body></html>",
    ),
    m(
        "77258",
        "2025-12-10 17:02",
        "Svenja Asmussen <svenja.asmussen@ostsee-pharmatechnik.de>",
        "Unser Gespräch – Verfahrensingenieur Pharmaanlagen",
        A("interview", OPT, OPTR, 12, "direct"),
        "Hallo Herr Sörensen,\n\ndanke für Ihre Unterlagen, die ich Ihnen zum Glück nicht mehr über XING abringen musste. 😊 Unser Bereichsleiter Herr Dr. Kuhnert möchte Sie gern kennenlernen. Ich sende Ihnen eine Teams-Einladung für Mittwoch, 17.12., 15:30 Uhr.\n\nViele Grüße\nSvenja Asmussen\nTalent Acquisition\nOstsee Pharma Technik GmbH · Wissenschaftspark Kiel",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000OPT1015",
            "2025-12-17 15:30:00 +0100",
            "Kennenlernen Ostsee Pharma Technik – Herr Sörensen",
            ("Svenja Asmussen", "svenja.asmussen@ostsee-pharmatechnik.de"),
        ),
    ),
    m(
        "77299",
        "2026-01-16 18:20",
        "Svenja Asmussen <svenja.asmussen@ostsee-pharmatechnik.de>",
        "Angebot OPT",
        A("offer", OPT, OPTR, 12, "direct"),
        "Hallo Herr Sörensen,\n\nwie eben am Telefon angekündigt, erhalten Sie anbei unser Angebot für die Position Verfahrensingenieur Pharmaanlagen (m/w/d) in Kiel. Herr Dr. Kuhnert war nach dem zweiten Gespräch sehr überzeugt.\n\nDa ich weiß, dass Sie noch in anderen Prozessen sind: Geben Sie mir gern bis Ende nächster Woche Bescheid.\n\nViele Grüße\nSvenja Asmussen\nOPT – Ostsee Pharma Technik GmbH",
        attach=[("Angebot_OPT_Soerensen.pdf", "application/pdf", "%PDF-1.4 Angebot (Platzhalter)")],
    ),
    m(
        "77360",
        "2026-01-23 10:05",
        "Svenja Asmussen <svenja.asmussen@ostsee-pharmatechnik.de>",
        "AW: Angebot OPT",
        A("offer", OPT, OPTR, 12, "direct"),
        "Hallo Herr Sörensen,\n\nschade – aber danke für die faire und schnelle Rückmeldung. Hamburg statt Pendeln nach Kiel kann ich gut verstehen. Ich wünsche Ihnen einen tollen Start in Hamburg, und wer weiß, vielleicht kreuzen sich unsere Wege noch einmal.\n\nViele Grüße\nSvenja Asmussen\n\n-----Ursprüngliche Nachricht-----\nVon: Jannik Sörensen\nBetreff: AW: Angebot OPT\n\nSehr geehrte Frau Asmussen, nach reiflicher Überlegung muss ich Ihr Angebot leider ablehnen ...",
        st="declined",
    ),
    # --- 13 Wärmewerk Kiel (Jobbörse der BA) ------------------------------------------------
    m(
        "77238",
        "2025-10-02 13:44",
        "Wärmewerk Kiel GmbH – Personal <personal@waermewerk-kiel.de>",
        "Eingangsbestätigung Ihrer Bewerbung (Kennziffer WK-2025-31)",
        A("confirmation", WWK, WWKR, 13, "other"),
        "Sehr geehrter Herr Sörensen,\n\nwir bedanken uns für Ihre Bewerbung auf unsere in der Jobbörse der Bundesagentur für Arbeit veröffentlichte Stelle „Ingenieur Anlagentechnik Fernwärme (m/w/d)“, Kennziffer WK-2025-31.\n\nDas Auswahlverfahren wird voraussichtlich bis Mitte November abgeschlossen sein. Sie erhalten danach unaufgefordert Nachricht.\n\nBitte beachten Sie unsere Datenschutzhinweise für Bewerber im Anhang.\n\nMit freundlichen Grüßen\nIm Auftrag\nB. Thomsen\nWärmewerk Kiel GmbH · Personalservice",
        attach=[
            (
                "Datenschutzhinweise_Bewerber.pdf",
                "application/pdf",
                "%PDF-1.4 Datenschutz (Platzhalter)",
            )
        ],
    ),
    m(
        "77410",
        "2025-11-18 09:40",
        "Waermewerk Kiel GmbH <personal@waermewerk-kiel.de>",
        "Ihre Bewerbung – Kennziffer WK-2025-31",
        A("rejection", WWK, WWKR, 13, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nwir danken Ihnen nochmals für Ihr Interesse an einer Tätigkeit bei der Wärmewerk Kiel GmbH.\n\nDie Auswahlentscheidung ist inzwischen getroffen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie nicht in die engere Wahl einbeziehen konnten. Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen vernichtet.\n\nFür Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nIm Auftrag\nB. Thomsen",
    ),
    # --- 14 Heinsohn Apparatebau via Talentschmiede Nord (du) -> ghosted -------------------
    m(
        "77252",
        "2025-10-06 15:55",
        "Finn | Talentschmiede Nord <finn@talentschmiede-nord.de>",
        "Konstrukteur Apparatebau in Bremen – wär das was für dich?",
        ("outreach", None, HEIR, None, "agency", "de"),
        "Hi Jannik,\n\nich bin Finn von der Talentschmiede Nord – wir vermitteln Ingenieur:innen im Norden, ganz ohne Zeitarbeit.\n\nFür einen mittelständischen Apparatebauer in Bremen (Druckbehälter, Wärmetauscher, ca. 250 Leute, inhabergeführt) suche ich jemanden für die Konstruktion nach AD 2000 / EN 13445. Gehalt bis 72k, Homeoffice 2 Tage, Bremen-Hastedt.\n\nHast du Lust, dass wir kurz telefonieren? Ich erzähl dir dann auch, wer dahintersteckt.\n\nBeste Grüße\nFinn Ahlers\nSenior Recruiter · Talentschmiede Nord\n0176 4418 2290",
    ),
    m(
        "77269",
        "2025-10-13 12:30",
        "Finn | Talentschmiede Nord <finn@talentschmiede-nord.de>",
        "Re: Konstrukteur Apparatebau in Bremen – wär das was für dich?",
        A("confirmation", HEI, HEIR, 14, "agency"),
        "Hi Jannik,\n\nsuper, danke für dein Go! Wie am Telefon gesagt: Es geht um die Heinsohn Apparatebau GmbH & Co. KG. Ich hab dein Profil heute dort vorgestellt und melde mich, sobald ich was höre – normalerweise sind die recht fix.\n\nBeste Grüße\nFinn\n\nAm 13.10.2025 um 09:02 schrieb Jannik Sörensen:\n> Hi Finn, klingt spannend, gern kannst du mich vorstellen.",
        **{"In-Reply-To": "<77252.20251006.68@talentschmiede-nord.de>"},
    ),
    m(
        "77287",
        "2025-10-17 16:41",
        "Finn | Talentschmiede Nord <finn@talentschmiede-nord.de>",
        "Heinsohn will dich kennenlernen 🎉",
        A("interview", HEI, HEIR, 14, "agency"),
        "Hi Jannik,\n\nHeinsohn möchte ein erstes Gespräch mit dir, Mittwoch 22.10. um 8:30 Uhr per Teams, mit dem Konstruktionsleiter Herrn Bartels. Ich schick dir gleich die Einladung. Gib mir danach gern kurz Feedback!\n\nFinn",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000TSN1022",
            "2025-10-22 08:30:00 +0200",
            "Heinsohn Apparatebau x Jannik Sörensen",
            ("Finn Ahlers", "finn@talentschmiede-nord.de"),
            minutes=45,
        ),
    ),
    m(
        "77380",
        "2025-11-07 11:02",
        "Finn | Talentschmiede Nord <finn@talentschmiede-nord.de>",
        "Kurzes Update Heinsohn",
        A("interview", HEI, HEIR, 14, "agency"),
        "Hi Jannik,\n\nkurzes Update: Herr Bartels war im Urlaub, deshalb hat sich die Rückmeldung zum zweiten Termin verzögert. Ich hake nächste Woche nochmal nach. Oder hat sich bei dir schon was ergeben?\n\nBeste Grüße\nFinn",
    ),
    # --- 15 Fluxwerk Simulation (Personio, du, remote) -------------------------------------
    m(
        "77274",
        "2025-10-14 23:10",
        "Fluxwerk Simulation <noreply@fluxwerk.jobs.personio.de>",
        "Deine Bewerbung bei Fluxwerk",
        A("confirmation", FLX, FLXR, 15, "personio"),
        "Hi Jannik,\n\ndanke für deine Bewerbung als CFD-Ingenieur (m/w/d) – remote! Wir haben sie erhalten und melden uns innerhalb von 14 Tagen. Falls es diesmal nicht passt, sagen wir dir das auch ehrlich.\n\nDein Fluxwerk-Team\nFluxwerk Simulation GmbH · Leipzig",
    ),
    m(
        "77320",
        "2025-10-27 10:18",
        "Fluxwerk Simulation <noreply@fluxwerk.jobs.personio.de>",
        "Update zu deiner Bewerbung",
        A("rejection", FLX, FLXR, 15, "personio"),
        "Hi Jannik,\n\nnochmal danke, dass du dir die Zeit für deine Bewerbung genommen hast. Dein Hintergrund in der Verfahrenstechnik ist echt spannend.\n\nWir haben uns diesmal aber für jemanden entschieden, der schon tiefer in OpenFOAM und Mehrphasenströmungen drinsteckt. Das ist keine Aussage über dich – wir mussten einfach sehr genau auswählen.\n\nWir wünschen dir viel Erfolg bei der weiteren Suche!\nHanna vom Fluxwerk-Team",
    ),
    # --- 16/20 Lühmann & Söhne (softgarden), re-application --------------------------------
    m(
        "77146",
        "2025-09-10 08:02",
        "Lühmann & Söhne Maschinenfabrik <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", LUE, LUER, 16, "other"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>vielen Dank für Ihre Bewerbung als <b>Konstrukteur Verfahrenstechnik (m/w/d)</b>. Wir haben Ihre Unterlagen erhalten und werden sie schnellstmöglich prüfen.</p><p>Beste Grüße<br>Ihr Team der Lühmann &amp; Söhne Maschinenfabrik GmbH</p><p style='font-size:11px'>Diese E-Mail wurde automatisch über softgarden versendet.</p></body></html>",
    ),
    m(
        "77196",
        "2025-09-22 17:35",
        "Lühmann & Söhne Maschinenfabrik <noreply@softgarden.io>",
        "Ihre Bewerbung als Konstrukteur Verfahrenstechnik (m/w/d)",
        A("rejection", LUE, LUER, 16, "other"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>vielen Dank für Ihr Interesse an unserem Familienunternehmen. Wir haben Ihre Bewerbung mit Interesse gelesen.</p><p>Leider müssen wir Ihnen nach sorgfältiger Prüfung mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben.</p><p>Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.</p><p>Beste Grüße<br>Personalabteilung<br>Lühmann &amp; Söhne Maschinenfabrik GmbH · Elmshorn</p></body></html>",
    ),
    # --- 17 Baltic Hydrogen Works, Kiel (Workable) -----------------------------------------
    m(
        "77285",
        "2025-10-16 19:52",
        "Baltic Hydrogen Works <noreply@candidates.workablemail.com>",
        "Baltic Hydrogen Works: Bewerbung eingegangen",
        A("confirmation", BHW, BHWR, 17, "workable"),
        "Hallo Jannik,\n\nvielen Dank für Ihre Bewerbung als Verfahrensingenieur Elektrolyse (m/w/d) bei Baltic Hydrogen Works. Wir haben Ihre Bewerbung erhalten und werden sie prüfen.\n\nViele Grüße\nBaltic Hydrogen Works Hiring Team\n\nBereitgestellt von Workable",
    ),
    m(
        "77306",
        "2025-10-23 09:18",
        "Dr. Imke Carstens <i.carstens@baltic-h2.de>",
        "Fachgespräch Elektrolyse – Einladung",
        A("interview", BHW, BHWR, 17, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nwir möchten Sie gern zu einem Fachgespräch einladen, in dem wir mit Ihnen über Stack-Kühlung, Gasaufbereitung und Sicherheitstechnik (ATEX) sprechen möchten. Termin: Donnerstag, 30.10.2025, 10:00–11:30 Uhr, per Teams.\n\nMit freundlichen Grüßen\nDr. Imke Carstens\nLeitung Prozessentwicklung\nBaltic Hydrogen Works GmbH · Kiel",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000BHW1030",
            "2025-10-30 10:00:00 +0100",
            "Fachgespräch Verfahrensingenieur Elektrolyse – Sörensen",
            ("Dr. Imke Carstens", "i.carstens@baltic-h2.de"),
            minutes=90,
        ),
    ),
    m(
        "77324",
        "2025-10-28 08:50",
        "Dr. Imke Carstens <i.carstens@baltic-h2.de>",
        "Abgesagt: Fachgespräch Verfahrensingenieur Elektrolyse – Sörensen",
        A("interview", BHW, BHWR, 17, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nwie besprochen ziehe ich den Termin auf Wunsch von Herrn Petersen (unser neuer Projektleiter) zurück – ich melde mich mit einem neuen Vorschlag.\n\nBeste Grüße\nImke Carstens",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000BHW1030",
            "2025-10-30 10:00:00 +0100",
            "Abgesagt: Fachgespräch Verfahrensingenieur Elektrolyse – Sörensen",
            ("Dr. Imke Carstens", "i.carstens@baltic-h2.de"),
            minutes=90,
        )
        | {"method": "CANCEL"},
    ),
    m(
        "77345",
        "2025-10-29 14:27",
        "Baltic Hydrogen Works <noreply@candidates.workablemail.com>",
        "Ihre Bewerbung bei Baltic Hydrogen Works",
        A("rejection", BHW, BHWR, 17, "workable"),
        "Hallo Jannik,\n\nvielen Dank für Ihr Interesse an Baltic Hydrogen Works und für die Zeit, die Sie in den Bewerbungsprozess investiert haben.\n\nDurch eine Neuausrichtung unseres Projektportfolios haben wir uns entschieden, die Stelle mit einem stärkeren Fokus auf Inbetriebnahme neu auszuschreiben. Ihre Bewerbung können wir deshalb leider nicht weiter berücksichtigen.\n\nWir wünschen Ihnen alles Gute.\nBaltic Hydrogen Works Hiring Team",
    ),
    # --- 18 Dampfkraft Engineering (Recruitee) -> withdrawn --------------------------------
    m(
        "77296",
        "2025-12-02 12:06",
        "Dampfkraft Engineering Services <dampfkraft@recruitee.com>",
        "Ihre Bewerbung: Inbetriebnahmeingenieur (m/w/d) Kraftwerkstechnik",
        A("confirmation", DKE, DKER, 18, "recruitee"),
        "Guten Tag Jannik,\n\nvielen Dank für Ihre Bewerbung als Inbetriebnahmeingenieur (m/w/d) Kraftwerkstechnik. Wir haben Ihre Unterlagen erhalten. Bitte beachten Sie, dass die Stelle eine Reisebereitschaft von bis zu 60 % voraussetzt.\n\nMit freundlichen Grüßen\nDampfkraft Engineering Services GmbH\nRecruiting",
    ),
    m(
        "77365",
        "2026-01-22 15:30",
        "Dampfkraft Engineering Services <dampfkraft@recruitee.com>",
        "Re: Rücknahme meiner Bewerbung",
        A("confirmation", DKE, DKER, 18, "recruitee"),
        "Guten Tag Jannik,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Bewerbung wie gewünscht zurückgezogen und Ihre Daten aus dem laufenden Verfahren entfernt. Herzlichen Glückwunsch zur neuen Position!\n\nMit freundlichen Grüßen\nRecruiting · Dampfkraft Engineering Services GmbH",
        st="withdrawn",
    ),
    # --- 19 Aurelia Gas Systems, Bremen (rexx) ---------------------------------------------
    m(
        "77131",
        "2025-09-05 14:19",
        "Aurelia Gas Systems GmbH <noreply@aurelia-gas.rexx-recruitment.com>",
        "Bestätigung Ihrer Bewerbung",
        A("confirmation", AUR, AURR, 19, "other"),
        "Sehr geehrter Herr Sörensen,\n\nvielen Dank für Ihre Online-Bewerbung als Entwicklungsingenieur Gasdruckregeltechnik (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden nun geprüft.\n\nMit freundlichen Grüßen\nAurelia Gas Systems GmbH\nPersonalabteilung · Bremen-Hemelingen",
    ),
    m(
        "77180",
        "2025-09-18 09:05",
        "Aurelia Gas Systems GmbH <noreply@aurelia-gas.rexx-recruitment.com>",
        "Ihre Bewerbung bei der Aurelia Gas Systems GmbH",
        A("rejection", AUR, AURR, 19, "other"),
        "Sehr geehrter Herr Sörensen,\n\nwir bedanken uns für Ihre Bewerbung und das damit gezeigte Interesse an unserem Unternehmen. Ihre Qualifikationen haben wir aufmerksam geprüft.\n\nLeider können wir Ihnen keine positive Nachricht geben: Wir haben uns für eine Bewerberin entschieden, deren Profil unseren Anforderungen in der Regelungstechnik noch näher kommt.\n\nWir wünschen Ihnen für Ihren weiteren Lebensweg alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    # --- 20 Kessler & Vogt Filtertechnik (Bewerbung per E-Mail) ----------------------------
    m(
        "77125",
        "2025-09-04 17:48",
        "Kessler & Vogt Filtertechnik <info@kessler-vogt.de>",
        "AW: Bewerbung als Ingenieur Verfahrenstechnik / Filtration",
        A("confirmation", KVF, KVFR, 20, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nbesten Dank für Ihre Bewerbung, die wir gern an unseren Geschäftsführer Herrn Vogt weitergeleitet haben. Er wird sich persönlich bei Ihnen melden.\n\nMit freundlichen Grüßen\nPetra Janßen\nSekretariat\n\nKessler & Vogt Filtertechnik GmbH\nIndustriestraße 14 · 25421 Pinneberg",
    ),
    m(
        "77165",
        "2025-09-13 08:22",
        "Reinhard Vogt <r.vogt@t-online.de>",
        "Ihre Bewerbung",
        A("interview", KVF, KVFR, 20, "direct"),
        "Guten Morgen Herr Sörensen,\n\nich schreibe Ihnen am Wochenende von zu Hause, sonst komme ich nicht dazu. Ihre Bewerbung hat mir gefallen. Kommen Sie doch am Freitag, 19.09., um 14 Uhr zu uns nach Pinneberg. Ich zeige Ihnen den Betrieb, und wir unterhalten uns in Ruhe.\n\nBitte kurze Bestätigung an Frau Janßen.\n\nGruß\nR. Vogt\nKessler & Vogt Filtertechnik GmbH",
    ),
    m(
        "77221",
        "2025-09-30 17:12",
        "Petra Janßen <info@kessler-vogt.de>",
        "Ihre Bewerbung bei Kessler & Vogt",
        A("rejection", KVF, KVFR, 20, "direct"),
        "Sehr geehrter Herr Sörensen,\n\nim Auftrag von Herrn Vogt bedanke ich mich nochmals für Ihren Besuch und das angenehme Gespräch.\n\nWir haben uns nach reiflicher Überlegung entschieden, die Stelle vorerst mit einem langjährigen Mitarbeiter aus der Fertigung zu besetzen, der sich berufsbegleitend weiterbildet. Wir bedauern das, denn Sie haben einen sehr guten Eindruck hinterlassen.\n\nAlles Gute für Sie!\n\nMit freundlichen Grüßen\nPetra Janßen\nKessler & Vogt Filtertechnik GmbH",
    ),
    # --- 24 Lühmann re-application (January) -----------------------------------------------
    m(
        "77610",
        "2025-12-15 20:40",
        "Lühmann & Söhne Maschinenfabrik <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", LUE, LUER, 24, "other"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>vielen Dank für Ihre Bewerbung als <b>Konstrukteur Verfahrenstechnik (m/w/d)</b>. Wir haben Ihre Unterlagen erhalten und werden sie schnellstmöglich prüfen.</p><p>Beste Grüße<br>Ihr Team der Lühmann &amp; Söhne Maschinenfabrik GmbH</p><p style='font-size:11px'>Diese E-Mail wurde automatisch über softgarden versendet.</p></body></html>",
    ),
]
