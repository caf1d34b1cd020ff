# ruff: noqa: E501, RUF100
"""Corpus 105, job mail part one (data only): see heldout105.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = functools.partial(H.dated_spec, _tz)
ME_N, ME_A = "Miriam Oertel", "miriam.oertel@posteo.de"


def A(cat, co, role, app, src, lang="de"):
    return (cat, co, role, app, src, lang)


def ev(uid, start, org, summary, loc, minutes=60, style="outlook", desc=""):
    return {
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "organizer": org,
        "summary": summary,
        "location": loc,
        "style": style,
        "description": desc,
    }


MIBA, MIBAR = "MIBA", "Laborleitung Massenspektrometrie (Wissenschaftliche Mitarbeiterin)"
LUL, LUL1, LUL2 = (
    "Lindenau-Universität Leipzig",
    "Wissenschaftliche Mitarbeiterin (Postdoc) Biochemie",
    "Laborleitung Core Unit DNA-Technologien",
)
EUD, EUDR = "Elbtal-Universität Dresden", "Laborleitung Core Facility Proteomik"
BIZI, BIZIR = (
    "Brandis-Institut für Zelltherapie und Immunologie",
    "Wissenschaftliche Mitarbeiterin Bioprozessentwicklung",
)
FUH, FUHR = "Francke-Universität Halle", "Wissenschaftliche Mitarbeiterin Pflanzenbiochemie"
JIMW, JIMWR = "JIMW", "Research Scientist, Microbial Metabolomics"
KLM, KLM1, KLM2 = (
    "Klinikum Muldental",
    "Laborleitung Molekulardiagnostik",
    "Wissenschaftliche Mitarbeiterin Forschungslabor Onkologie",
)
LLUS, LLUSR = "LLUS", "Laborleiterin Rückstandsanalytik (E13)"

MAIL: list[dict[str, Any]] = [
    # --- 1 MIBA (d.vinci), Laborleitung MS: Probevortrag, Zusage, Arbeitsvertrag -------------
    m(
        "73011",
        "2025-09-08 14:22",
        "MIBA Personalabteilung <noreply@dvinci-easy.com>",
        "Ihre Bewerbung: Laborleitung Massenspektrometrie (Kennziffer MIBA-2025-31)",
        A("confirmation", MIBA, MIBAR, 1, "other"),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank für Ihre Bewerbung auf die Stelle als Laborleitung Massenspektrometrie (Wissenschaftliche/r Mitarbeiter/in, E13 TV-L, befristet auf 3 Jahre) am Mitteldeutschen Institut für Biomolekulare Analytik.\n\nIhre Unterlagen sind vollständig bei uns eingegangen. Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen einige Wochen in Anspruch nehmen kann. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.\n\nMit freundlichen Grüßen\nIhre Personalabteilung\n\nMitteldeutsches Institut für Biomolekulare Analytik (MIBA)\nAn-Institut der Lindenau-Universität Leipzig\nPermoserstraße 29, 04318 Leipzig\n\nDiese E-Mail wurde automatisch über d.vinci erzeugt. Bitte antworten Sie nicht auf diese Nachricht.",
    ),
    m(
        "73012",
        "2025-10-06 09:41",
        "Dr. Annegret Sommerfeld <annegret.sommerfeld@miba-leipzig.de>",
        "Einladung zum Auswahlgespräch mit Probevortrag",
        A("interview", MIBA, MIBAR, 1, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nwir freuen uns, Sie zu einem Auswahlgespräch für die Position Laborleitung Massenspektrometrie einzuladen:\n\nDonnerstag, 16. Oktober 2025, 13:00 Uhr\nMIBA, Permoserstraße 29, Haus B, Seminarraum 1.04\n\nWir bitten Sie, zu Beginn einen Probevortrag von ca. 20 Minuten zu halten (Thema: Ihre bisherige Forschung und Ihre Vorstellungen zum Betrieb einer MS-Plattform). Anschließend folgt ein Gespräch mit der Auswahlkommission, an dem auch die Gleichstellungsbeauftragte und ein Mitglied des Betriebsrats teilnehmen.\n\nReisekosten können leider nicht erstattet werden. Bitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nAnnegret Sommerfeld\nAdministrative Leiterin\nMitteldeutsches Institut für Biomolekulare Analytik\nAn-Institut der Lindenau-Universität Leipzig",
        ics=ev(
            "miba-ag-20251016",
            "2025-10-16 13:00:00 +0200",
            ("Annegret Sommerfeld", "annegret.sommerfeld@miba-leipzig.de"),
            "Auswahlgespräch Laborleitung MS - Dr. Oertel",
            "MIBA, Haus B, Seminarraum 1.04",
            90,
        ),
    ),
    m(
        "73013",
        "2026-01-08 16:05",
        "Prof. Dr. Falk Rietzschel <falk.rietzschel@miba-leipzig.de>",
        "Besetzung der Stelle Laborleitung MS",
        A("offer", MIBA, MIBAR, 1, "direct"),
        "Liebe Frau Oertel,\n\nich freue mich sehr, Ihnen mitteilen zu können, dass sich die Auswahlkommission einstimmig für Sie entschieden hat. Wir möchten Ihnen die Stelle der Laborleitung Massenspektrometrie anbieten (E13 TV-L, 100 %, befristet bis 31.12.2028), Beginn nach Möglichkeit zum 1. März 2026. Entschuldigen Sie die lange Wartezeit; die Finanzierung durch den Freistaat war erst im Dezember bestätigt.\n\nDer Betriebsrat muss der Einstellung noch zustimmen; das ist aber eine Formalie. Frau Sommerfeld meldet sich wegen der Eingruppierung und der Stufenzuordnung bei Ihnen.\n\nGeben Sie mir gern bis Ende nächster Woche Bescheid.\n\nHerzliche Grüße\nFalk Rietzschel\nDirektor, MIBA",
    ),
    m(
        "73014",
        "2026-01-19 10:12",
        "Dr. Annegret Sommerfeld <annegret.sommerfeld@miba-leipzig.de>",
        "AW: Besetzung der Stelle Laborleitung MS - Arbeitsvertrag",
        A("offer", MIBA, MIBAR, 1, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank für Ihre Zusage, über die wir uns sehr freuen. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung (E13 Stufe 3 TV-L, befristet nach § 2 Abs. 1 WissZeitVG). Bitte senden Sie beide Exemplare unterschrieben an uns zurück; ein gegengezeichnetes Exemplar erhalten Sie dann von uns.\n\nZum Dienstantritt benötigen wir außerdem Ihre Steuer-ID, den Sozialversicherungsausweis und den Nachweis Ihrer Krankenkasse.\n\nMit freundlichen Grüßen\nAnnegret Sommerfeld\n\n> Sehr geehrter Herr Prof. Rietzschel, ich nehme das Angebot sehr gern an ...",
        st="accepted",
        attach=[
            ("Arbeitsvertrag_Oertel.pdf", "application/pdf", "%PDF-1.4 Arbeitsvertrag (Entwurf)")
        ],
    ),
    m(
        "73015",
        "2026-02-23 08:30",
        "MIBA IT-Service <it-service@miba-leipzig.de>",
        "Ihr Benutzerkonto zum Dienstantritt am 02.03.2026",
        ("other_job", MIBA, MIBAR, None, "direct", "de"),
        "Sehr geehrte Frau Dr. Oertel,\n\nzu Ihrem Dienstantritt haben wir ein Benutzerkonto angelegt (Kennung: moertel). Das Initialpasswort erhalten Sie am ersten Arbeitstag im Sekretariat. Bitte bringen Sie Ihren Personalausweis mit; die Schlüsselausgabe erfolgt über die Haustechnik.\n\nIT-Service MIBA",
    ),
    # --- 2 Lindenau-Universität, Postdoc Biochemie, Kennziffer 214/25 ------------------------
    m(
        "73021",
        "2025-09-10 11:03",
        "Sekretariat Prof. Brückner <sekr.brueckner@lindenau-uni.de>",
        "AW: Bewerbung Kennziffer 214/25",
        A("confirmation", LUL, LUL1, 2, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung. Die Bewerbungsfrist endet am 26.09.2025; danach wird die Auswahlkommission die Unterlagen sichten. Sollten Sie nicht in die engere Wahl kommen, erhalten Sie nach Abschluss des Verfahrens eine Nachricht.\n\nMit freundlichen Grüßen\nKerstin Liebscher\nSekretariat Prof. Dr. H. Brückner\nInstitut für Biochemie, Fakultät für Lebenswissenschaften\nLindenau-Universität Leipzig",
    ),
    m(
        "73022",
        "2025-11-12 13:47",
        "Sekretariat Prof. Brückner <sekr.brueckner@lindenau-uni.de>",
        "Stellenausschreibung Kennziffer 214/25",
        A("rejection", LUL, LUL1, 2, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nnochmals herzlichen Dank für Ihr Interesse an der ausgeschriebenen Stelle und die Mühe, die Sie sich mit Ihrer Bewerbung gemacht haben. Ihr Profil hat uns fachlich sehr angesprochen.\n\nAuf die Stelle sind über 60 Bewerbungen eingegangen. Nach sorgfältiger Abwägung hat sich die Kommission jedoch für eine andere Kandidatin entschieden, deren Schwerpunkt noch etwas genauer zum Projekt passt.\n\nIhre Unterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht. Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\nim Auftrag\nKerstin Liebscher",
    ),
    # --- 3 Elbtal-Universität Dresden, Core Facility Proteomik ----------------------------------
    m(
        "73031",
        "2025-09-15 09:12",
        "Stellenportal EUD <stellenportal@elbtal-uni.de>",
        "Eingangsbestätigung Ihrer Bewerbung - Ausschreibung w25-417",
        A("confirmation", EUD, EUDR, 3, "other"),
        "Sehr geehrte Frau Oertel,\n\nIhre Bewerbung zur Ausschreibung w25-417 (Laborleitung Core Facility Proteomik, E13 TV-L, befristet) ist am 15.09.2025 über das Stellenportal eingegangen.\n\nBitte sehen Sie von Nachfragen zum Stand des Verfahrens ab. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.\n\nElbtal-Universität Dresden\nDezernat Personal",
    ),
    m(
        "73032",
        "2025-10-20 15:18",
        "Dr. Tobias Hänel <tobias.haenel@elbtal-uni.de>",
        "Ihre Bewerbung als Laborleitung Core Facility Proteomik",
        A("interview", EUD, EUDR, 3, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nim Namen der Auswahlkommission lade ich Sie zu einem Vorstellungsgespräch am Montag, 3. November 2025, um 10:30 Uhr ein. Das Gespräch findet im Biotechnologischen Zentrum, Tatzberg 47, Raum 2.110 statt und dauert ca. 60 Minuten. Eine Laborführung schließt sich an.\n\nBitte bestätigen Sie kurz Ihre Teilnahme.\n\nViele Grüße\nTobias Hänel\nLeiter Core Facilities, Elbtal-Universität Dresden",
        ics=ev(
            "eud-proteomik-1103",
            "2025-11-03 10:30:00 +0100",
            ("Tobias Hänel", "tobias.haenel@elbtal-uni.de"),
            "Vorstellungsgespräch CF Proteomik - Oertel",
            "BIOTEC, Tatzberg 47, Raum 2.110",
        ),
    ),
    m(
        "73033",
        "2025-11-18 10:02",
        "Dr. Tobias Hänel <tobias.haenel@elbtal-uni.de>",
        "Ihre Bewerbung",
        A("rejection", EUD, EUDR, 3, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank, dass Sie sich die Zeit für die Anreise nach Dresden und das ausführliche Gespräch genommen haben. Ihre Erfahrung mit Orbitrap-Systemen hat die Kommission beeindruckt.\n\nLeider müssen wir Ihnen dennoch mitteilen, dass wir uns für einen Bewerber mit längerer Erfahrung in der Leitung einer Serviceeinheit entschieden haben.\n\nWir würden uns freuen, wenn Sie sich bei künftigen Ausschreibungen wieder bewerben.\n\nMit besten Grüßen\nTobias Hänel",
    ),
    # --- 4 BIZI (SuccessFactors of the Kessel-Gesellschaft) ----------------------------------
    m(
        "73041",
        "2025-09-17 18:40",
        "Kessel-Gesellschaft Recruiting <noreply@successfactors.eu>",
        "Ihre Bewerbung für die Stelle 61522 wurde übermittelt",
        A("confirmation", BIZI, BIZIR, 4, "other"),
        html="<html><body><p>Sehr geehrte Frau Oertel,</p><p>vielen Dank für Ihr Interesse an der Gottfried-Kessel-Gesellschaft. Wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle <b>61522 – Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter Bioprozessentwicklung</b> am Standort Leipzig.</p><p>Die Personalabteilung des Instituts wird sich nach Ablauf der Bewerbungsfrist bei Ihnen melden.</p><p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Brandis-Institut für Zelltherapie und Immunologie BIZI</p><p style='font-size:10px'>Gottfried-Kessel-Gesellschaft zur Förderung der angewandten Forschung e.V., München</p></body></html>",
    ),
    m(
        "73042",
        "2025-10-09 11:15",
        "Jana Kretschmar <jana.kretschmar@bizi.kessel.de>",
        "Einladung Vorstellungsgespräch - Kennziffer 61522",
        A("interview", BIZI, BIZIR, 4, "direct"),
        "Sehr geehrte Frau Oertel,\n\nwir möchten Sie gern näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein: Dienstag, 21.10.2025, 09:00–10:00 Uhr. Teilnehmen werden Dr. Rainer Köhn (Abteilungsleiter Zell- und Gentherapie) und ich.\n\nDen Link finden Sie in der beigefügten Einladung.\n\nFreundliche Grüße\nJana Kretschmar\nPersonal\nBrandis-Institut für Zelltherapie und Immunologie BIZI\nPerlickstraße 5, 04103 Leipzig",
        ics=ev(
            "bizi-61522-1021",
            "2025-10-21 09:00:00 +0200",
            ("Jana Kretschmar", "jana.kretschmar@bizi.kessel.de"),
            "Vorstellungsgespräch 61522 Oertel",
            "Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "73043",
        "2025-11-04 14:20",
        "Jana Kretschmar <jana.kretschmar@bizi.kessel.de>",
        "Rückmeldung zu Ihrer Bewerbung (61522)",
        A("rejection", BIZI, BIZIR, 4, "direct"),
        "Sehr geehrte Frau Oertel,\n\nnochmals vielen Dank für das angenehme Gespräch. Wir haben uns die Entscheidung nicht leicht gemacht; Ihre Kenntnisse in der Analytik wurden sehr positiv gesehen.\n\nWir haben uns letztlich jedoch für eine Kandidatin mit GMP-Erfahrung in der Zelltherapie entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\nFreundliche Grüße\nJana Kretschmar",
    ),
    # --- 5 Francke-Universität Halle: ghosted -----------------------------------------------
    m(
        "73051",
        "2025-09-19 10:31",
        "Miriam Oertel <miriam.oertel@izb.lindenau-uni.de>",
        "WG: Bestätigung Ihrer Bewerbung / Reg.-Nr. 3-7788/25",
        A("confirmation", FUH, FUHR, 5, "direct"),
        "zur Ablage – Halle hat an die Dienstadresse geantwortet\n\n-----Ursprüngliche Nachricht-----\nVon: Francke-Universität Halle <bewerbung@francke-uni-halle.de>\nGesendet: Freitag, 19. September 2025 07:55\nAn: Oertel, Miriam <miriam.oertel@izb.lindenau-uni.de>\nBetreff: Bestätigung Ihrer Bewerbung / Reg.-Nr. 3-7788/25\n\nSehr geehrte Bewerberin,\n\nIhre Bewerbung auf die Ausschreibung Reg.-Nr. 3-7788/25 (Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter, Institut für Pflanzenbiochemie, E13 TV-L 75 %) ist eingegangen.\n\nDiese Nachricht wurde automatisch erstellt.\n\nFrancke-Universität Halle, Abteilung Personalangelegenheiten",
    ),
    # --- 6 JIMW, English lab: interview, job talk, withdrawal ------------------------------
    m(
        "73061",
        "2025-09-23 16:33",
        "JIMW Careers <jobs@jimw-jena.de>",
        "Application received - Research Scientist, Microbial Metabolomics (Ref. 25-19)",
        A("confirmation", JIMW, JIMWR, 6, "direct", "en"),
        "Dear Dr Oertel,\n\nThank you for applying to the Jena Institute for Microbial Active Compounds (JIMW). This message confirms that we have received your application for Ref. 25-19.\n\nThe review will start after the closing date (10 October). If you have not heard from us by the end of November, please assume that we were unable to take your application further.\n\nKind regards,\nJIMW Human Resources\nJenaer Institut für Mikrobielle Wirkstoffe – Member of the Wilhelm Leibold Association",
    ),
    m(
        "73062",
        "2025-10-22 20:14",
        "Dr. Sunita Raghavan <sunita.raghavan@jimw-jena.de>",
        "Ref. 25-19 - interview and short talk",
        A("interview", JIMW, JIMWR, 6, "direct", "en"),
        "Dear Miriam,\n\nthanks a lot for your application - we enjoyed reading it. We would like to invite you to Jena for an interview on 12 November. The day would start at 10:00 with a 25-minute talk about your research (open to the whole department), followed by a one-hour conversation with me and two colleagues and lunch with the group.\n\nWe can reimburse train travel. Could you let me know whether this works?\n\nBest wishes,\nSunita\n\n--\nDr. Sunita Raghavan\nHead, Microbial Metabolomics Group\nJIMW Jena",
    ),
    m(
        "73063",
        "2025-11-28 17:45",
        "Dr. Sunita Raghavan <sunita.raghavan@jimw-jena.de>",
        "Ref. 25-19",
        A("rejection", JIMW, JIMWR, 6, "direct", "en"),
        "Dear Miriam,\n\nthank you again for coming to Jena - your talk sparked a long discussion in our journal club afterwards, and everyone enjoyed meeting you.\n\nIt was a very close decision, but in the end we have offered the position to a candidate who has already worked with our genome-mining pipeline. I am sorry not to have better news. I would be glad to keep in touch, and please do consider applying again when we advertise the technician-lead position next year.\n\nWarm regards,\nSunita",
    ),
    # --- 7 Klinikum Muldental (rexx), Molekulardiagnostik -------------------------------------
    m(
        "73071",
        "2025-09-25 10:10",
        "Klinikum Muldental GmbH - Personalabteilung <bewerbermanagement@klinikum-muldental.de>",
        "Ihre Bewerbung als Laborleitung Molekulardiagnostik (m/w/d)",
        A("confirmation", KLM, KLM1, 7, "other"),
        html="<html><body><p>Sehr geehrte Frau Dr. Oertel,</p><p>herzlichen Dank für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit im Klinikum Muldental. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Sollten wir Ihnen keine Stelle anbieten können, informieren wir Sie selbstverständlich ebenfalls.</p><p>Mit freundlichen Grüßen<br>Ihr Team Personalgewinnung</p><p>Klinikum Muldental GmbH · Akademisches Lehrkrankenhaus · Grimma<br>Geschäftsführer: Dipl.-Kfm. Uwe Maaß · Amtsgericht Leipzig HRB 20417</p><p><small>powered by rexx systems</small></p></body></html>",
    ),
    m(
        "73072",
        "2025-10-13 12:44",
        "Klinikum Muldental GmbH - Personalabteilung <bewerbermanagement@klinikum-muldental.de>",
        "Einladung zum Vorstellungsgespräch",
        A("interview", KLM, KLM1, 7, "other"),
        "Sehr geehrte Frau Dr. Oertel,\n\nwir laden Sie herzlich zu einem persönlichen Gespräch am Mittwoch, 22.10.2025, um 14:00 Uhr ein. Gesprächspartner sind der Chefarzt des Instituts für Labormedizin, Dr. med. Steffen Paulick, sowie Frau Grahl aus der Personalabteilung.\n\nTreffpunkt: Verwaltungsgebäude, Haus 3, 2. OG, Raum 214. Parkplätze finden Sie auf dem Besucherparkplatz P2.\n\nBitte bestätigen Sie den Termin über den Link in Ihrem Bewerberkonto.\n\nMit freundlichen Grüßen\nManuela Grahl\nPersonalgewinnung, Klinikum Muldental",
    ),
    m(
        "73073",
        "2025-11-06 09:05",
        "Klinikum Muldental GmbH - Personalabteilung <bewerbermanagement@klinikum-muldental.de>",
        "Ihre Bewerbung bei uns",
        A("rejection", KLM, KLM1, 7, "other"),
        "Sehr geehrte Frau Dr. Oertel,\n\nnochmals vielen Dank für das offene Gespräch in Grimma. Wir haben uns sehr gefreut, Sie kennenzulernen.\n\nDie Stelle konnten wir inzwischen mit einer Fachärztin für Laboratoriumsmedizin besetzen, da die Anforderungen der Akkreditierung dies nahelegen. Wir bitten um Ihr Verständnis.\n\nGern würden wir Ihre Unterlagen in unseren Talentpool aufnehmen; bitte stimmen Sie dem in Ihrem Bewerberkonto zu.\n\nMit freundlichen Grüßen\nManuela Grahl",
    ),
    # --- 24 Klinikum Muldental again: Forschungslabor (re-application), ghosted --------------
    m(
        "73074",
        "2026-01-05 11:31",
        "Klinikum Muldental GmbH - Personalabteilung <bewerbermanagement@klinikum-muldental.de>",
        "Ihre Bewerbung als Wissenschaftliche Mitarbeiterin Forschungslabor Onkologie (m/w/d)",
        A("confirmation", KLM, KLM2, 24, "other"),
        html="<html><body><p>Sehr geehrte Frau Dr. Oertel,</p><p>herzlichen Dank für Ihre erneute Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns nach Ende der Bewerbungsfrist.</p><p>Ihr Team Personalgewinnung<br>Klinikum Muldental GmbH</p><p><small>powered by rexx systems</small></p></body></html>",
    ),
    # --- 8 LLUS via interamt ------------------------------------------------------------------
    m(
        "73081",
        "2025-09-29 08:02",
        "Interamt <noreply@interamt.de>",
        "Interamt: Ihre Bewerbung auf das Stellenangebot 1298331",
        A("confirmation", LLUS, LLUSR, 8, "other"),
        "Sehr geehrte Frau Dr. Oertel,\n\nSie haben sich erfolgreich über Interamt auf das folgende Stellenangebot beworben:\n\nStellenangebot-ID: 1298331\nBehörde: Landesamt für Lebensmittelsicherheit und Umweltanalytik Sachsen\nBezeichnung: Laborleiter/in Rückstandsanalytik (E13 TV-L)\nDienstort: Dresden\n\nDie ausschreibende Behörde wurde über Ihre Bewerbung informiert. Über den weiteren Verlauf entscheidet allein die ausschreibende Behörde.\n\nIhr Interamt-Team",
    ),
    m(
        "73082",
        "2025-11-10 10:25",
        "Landesamt für Lebensmittelsicherheit und Umweltanalytik Sachsen <personal@llus.sachsen.de>",
        "Auswahlverfahren Laborleiter/in Rückstandsanalytik - Einladung",
        A("interview", LLUS, LLUSR, 8, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nim Rahmen des Auswahlverfahrens zur Besetzung der o. g. Stelle laden wir Sie zu einem strukturierten Auswahlgespräch am 25.11.2025 um 09:30 Uhr in das Dienstgebäude Jägerstraße 8, 01099 Dresden, Zimmer 3.17, ein.\n\nDas Gespräch dauert etwa 45 Minuten. Bitte bringen Sie Ihren Personalausweis sowie die Originale Ihrer Zeugnisse mit. Reisekosten werden nicht erstattet.\n\nSollten Sie an dem Auswahlgespräch nicht teilnehmen können oder Ihre Bewerbung zurückziehen, bitten wir um kurzfristige Mitteilung.\n\nIm Auftrag\nRamona Seifert\nReferat 12 – Personal",
    ),
    m(
        "73083",
        "2025-12-18 14:09",
        "Landesamt für Lebensmittelsicherheit und Umweltanalytik Sachsen <personal@llus.sachsen.de>",
        "Ihre Bewerbung - Stellenausschreibung 31/2025",
        A("rejection", LLUS, LLUSR, 8, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\ndas Auswahlverfahren zur Besetzung der Stelle Laborleiter/in Rückstandsanalytik ist abgeschlossen. Wir danken Ihnen für Ihre Teilnahme am Auswahlgespräch und das gezeigte Interesse an einer Tätigkeit in der sächsischen Landesverwaltung.\n\nNach Abwägung von Eignung, Befähigung und fachlicher Leistung gemäß Art. 33 Abs. 2 GG ist die Wahl auf eine andere Bewerberin gefallen. Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten vernichtet.\n\nIm Auftrag\nRamona Seifert",
    ),
    # --- 20 Lindenau-Universität, second role: Core Unit DNA ----------------------------------
    m(
        "73201",
        "2025-10-02 12:15",
        "Medizinische Fakultät, Personal <bewerbung@medizin.lindenau-uni.de>",
        "Eingangsbestätigung Kennziffer 301/25",
        A("confirmation", LUL, LUL2, 20, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Stelle Laborleitung Core Unit DNA-Technologien (Kennziffer 301/25). Aus Kapazitätsgründen können wir Ihre Unterlagen nicht zurücksenden.\n\nMit freundlichen Grüßen\nPersonalabteilung der Medizinischen Fakultät\nLindenau-Universität Leipzig",
    ),
    m(
        "73202",
        "2025-10-24 09:51",
        "PD Dr. Carsten Wohlrab <carsten.wohlrab@medizin.lindenau-uni.de>",
        "Kennziffer 301/25 - Gesprächstermin",
        A("interview", LUL, LUL2, 20, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\ngern möchten wir Sie zu einem Gespräch einladen, in dem Sie sich und Ihre Vorstellungen zur Leitung der Core Unit vorstellen (ca. 15 Minuten Präsentation, danach Diskussion). Vorgeschlagen ist Freitag, 7.11.2025, 11:00 Uhr, Liebigstraße 21, Haus H, Besprechungsraum EG.\n\nMit freundlichen Grüßen\nCarsten Wohlrab\nLeiter Core Unit DNA-Technologien, Medizinische Fakultät",
        ics=ev(
            "cudna-301-1107",
            "2025-11-07 11:00:00 +0100",
            ("Carsten Wohlrab", "carsten.wohlrab@medizin.lindenau-uni.de"),
            "Gespräch Kennziffer 301/25 (Oertel)",
            "Liebigstraße 21, Haus H, Besprechungsraum EG",
        ),
    ),
    m(
        "73075",
        "2026-01-21 19:02",
        "Miriam Oertel <miriam.oertel@posteo.de>",
        "Rücknahme meiner Bewerbung - Forschungslabor Onkologie",
        A("confirmation", KLM, KLM2, 24, "direct"),
        "Sehr geehrte Frau Grahl,\n\nhiermit ziehe ich meine Bewerbung als Wissenschaftliche Mitarbeiterin im Forschungslabor Onkologie zurück, da ich mich für eine andere Stelle entschieden habe. Vielen Dank für Ihre Mühe und die freundliche Betreuung im Herbst.\n\nMit freundlichen Grüßen\nMiriam Oertel",
        st="withdrawn",
        to="Manuela Grahl <manuela.grahl@klinikum-muldental.de>",
    ),
    m(
        "73076",
        "2026-01-22 08:14",
        "Manuela Grahl <manuela.grahl@klinikum-muldental.de>",
        "AW: Rücknahme meiner Bewerbung - Forschungslabor Onkologie",
        A("confirmation", KLM, KLM2, 24, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Bewerbung im System als zurückgezogen vermerkt und Ihre Daten werden gelöscht. Für Ihre neue Aufgabe wünschen wir Ihnen viel Erfolg!\n\nMit freundlichen Grüßen\nManuela Grahl\nPersonalgewinnung\nKlinikum Muldental GmbH",
        st="withdrawn",
    ),
]
