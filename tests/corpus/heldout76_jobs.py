# ruff: noqa: E501
"""Corpus 76, German job mail (data only): see heldout76.py."""

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


LG, LGR = "Lindgrün Energie", "Backend Engineer (Kotlin/Java) (m/w/d)"
QD, QDR = "Quernheim Digital", "Senior Platform Engineer (m/w/d)"
FV, FVR = "Finvolt", "Platform Engineer Kubernetes (m/w/d)"
BS, BSR = "Brandt & Söhne Software", "Softwareentwickler Backend (m/w/d)"
FH, FHR = "Falkenhorst IT", "DevOps Engineer (m/w/d)"
SW, SWR = "Stadtwerke Spreetal", "IT-Systemingenieur Plattformbetrieb (m/w/d)"
SK, SKR = "Solarkiez", "Backend Developer Python (m/w/d)"
HE, HER = "Hanseatische Energie", "Cloud Platform Engineer (m/w/d)"
VL, VLR = "Vireo Logistik", "Backend Developer Java (m/w/d)"
GL, GLR = "Gleis 9", "Backend Engineer"

SIG = "\n\n--\nJonas Ebeling\nBerlin-Neukölln\n+49 176 2231 8840"

MAIL: list[dict[str, Any]] = [
    # --- 1 Lindgrün Energie GmbH, Mittelstand, Personio, Sie -----------------------------------
    m(
        "76101",
        "2025-10-07 09:14",
        "Lindgrün Energie GmbH <no-reply@mail.personio.de>",
        "Ihre Bewerbung als Backend Engineer (Kotlin/Java) (m/w/d)",
        D("confirmation", LG, LGR, 1, "personio"),
        "Sehr geehrter Herr Ebeling,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Lindgrün Energie GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\nWir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von zwei bis drei Wochen bei Ihnen. Bitte sehen Sie von telefonischen Rückfragen zum Stand ab.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Lindgrün Energie GmbH\n\nLindgrün Energie GmbH · Alt-Moabit 91 · 10559 Berlin\nGeschäftsführung: Dr. Karin Wollny, Henrik Asmus · Amtsgericht Charlottenburg HRB 188431 B\n\nDatenschutzhinweise: https://lindgruen-energie.personio.de/privacy-policy",
    ),
    m(
        "76102",
        "2025-10-20 14:31",
        "Sabine Kettler <s.kettler@lindgruen-energie.de>",
        "Einladung zum Kennenlerngespräch",
        D("interview", LG, LGR, 1, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nwir haben uns Ihre Unterlagen angesehen und würden Sie gerne näher kennenlernen. Wir laden Sie herzlich zu einem ersten Gespräch per Google Meet ein:\n\nMittwoch, 29.10.2025, 11:00 – 12:00 Uhr\nTeilnehmende: Matthias Rohde (Teamleitung Backend), Sabine Kettler (People & Culture)\n\nSie erhalten zusätzlich eine Kalendereinladung mit dem Meet-Link. Falls Ihnen der Termin nicht passt, schlagen Sie mir gerne zwei Alternativen vor.\n\nMit freundlichen Grüßen\nSabine Kettler\nPeople & Culture\nLindgrün Energie GmbH",
        ics={
            "uid": "5k2l9m1q0bq7lg76v0c2tnd0a4@google.com",
            "start": at("2025-10-29 11:00"),
            "minutes": 60,
            "organizer": ("Sabine Kettler", "s.kettler@lindgruen-energie.de"),
            "attendees": [("Matthias Rohde", "m.rohde@lindgruen-energie.de")],
            "summary": "Kennenlernen Jonas Ebeling / Lindgrün Energie",
            "description": "Google Meet beitreten: https://meet.google.com/qwa-fkzt-nbe\nOder telefonisch: (DE) +49 30 300195 312 PIN: 417 552 903#",
            "location": "https://meet.google.com/qwa-fkzt-nbe",
        },
    ),
    m(
        "76103",
        "2025-11-12 16:05",
        "Sabine Kettler <s.kettler@lindgruen-energie.de>",
        "Ihre Bewerbung bei der Lindgrün Energie GmbH",
        D("rejection", LG, LGR, 1, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nnochmals vielen Dank für das offene und angenehme Gespräch mit Herrn Rohde und mir. Ihre Erfahrung mit ereignisgetriebenen Systemen hat uns sehr beeindruckt, und die Entscheidung ist uns wirklich nicht leichtgefallen.\n\nNach reiflicher Überlegung haben wir uns dennoch für eine Kandidatin entschieden, deren Profil noch etwas näher an den Anforderungen im Bereich Energiedatenmanagement liegt. Wir müssen Ihnen daher leider eine Absage erteilen.\n\nGerne würden wir Ihre Unterlagen für künftige Vakanzen in unserem Talentpool behalten. Sollten Sie damit nicht einverstanden sein, genügt eine kurze Nachricht.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nSabine Kettler\nPeople & Culture",
    ),
    # --- 2 Quernheim Digital GmbH (Tochter der Quernheim Versicherung AG), SuccessFactors ------
    m(
        "76111",
        "2025-10-09 18:42",
        "Quernheim Gruppe Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Req. 24117",
        D("confirmation", QD, QDR, 2, "other"),
        "Sehr geehrter Herr Ebeling,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Position\n\nSenior Platform Engineer (m/w/d)\nGesellschaft: Quernheim Digital GmbH\nStandort: Berlin, Kurfürstendamm\nReferenznummer: 24117\n\nIhre Bewerbung wird nun von der zuständigen Fachabteilung gesichtet. Bitte haben Sie Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann. Den aktuellen Stand können Sie jederzeit in unserem Karriereportal einsehen.\n\nSollten wir Sie nicht für das weitere Auswahlverfahren berücksichtigen können, erhalten Sie selbstverständlich eine Nachricht von uns.\n\nMit freundlichen Grüßen\nIhr Talent Acquisition Team\nQuernheim Versicherung AG\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
    ),
    m(
        "76112",
        "2025-11-26 10:17",
        "Quernheim Gruppe Karriere <noreply@successfactors.eu>",
        "Zwischeninformation zu Ihrer Bewerbung – Req. 24117",
        D("confirmation", QD, QDR, 2, "other"),
        "Sehr geehrter Herr Ebeling,\n\nvielen Dank für Ihre Geduld. Wir möchten Sie darüber informieren, dass die ausgeschriebene Position Senior Platform Engineer (m/w/d) bei der Quernheim Digital GmbH aufgrund interner Umstrukturierungen vorerst auf Eis gelegt wurde.\n\nIhre Bewerbung bleibt in unserem System gespeichert. Sobald die Stelle wieder freigegeben wird, kommen wir unaufgefordert auf Sie zu.\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nTalent Acquisition\nQuernheim Versicherung AG",
        st="on_hold",
    ),
    # --- 3 Spreeberg Executive Search for Finvolt (FinTech) ------------------------------------
    m(
        "76121",
        "2025-10-14 08:52",
        "Dr. Felix Aumann <f.aumann@spreeberg-search.de>",
        "Vertrauliche Anfrage – Platform Engineering, FinTech Berlin",
        ("outreach", None, FVR, None, "agency", "de"),
        "Guten Morgen Herr Ebeling,\n\nich bin auf XING auf Ihr Profil gestoßen und bin beeindruckt von Ihrem Werdegang im Bereich Kubernetes und Plattformbetrieb.\n\nFür einen Kunden aus dem FinTech-Bereich – ein profitables, BaFin-reguliertes Unternehmen mit rund 250 Mitarbeitenden in Berlin-Mitte – suche ich derzeit einen Platform Engineer Kubernetes (m/w/d). Das Team betreibt eine mandantenfähige Plattform auf EKS, GitOps mit Argo CD, Terraform. Budget: bis 95.000 € fix plus Bonus, 2 Tage remote.\n\nDen Namen meines Mandanten darf ich Ihnen in einem ersten Telefonat nennen. Hätten Sie diese Woche 20 Minuten Zeit?\n\nBeste Grüße\nDr. Felix Aumann\nPartner\n\nSpreeberg Executive Search GmbH\nFriedrichstraße 68 · 10117 Berlin\nT +49 30 2096 4410",
    ),
    m(
        "76122",
        "2025-10-17 17:20",
        "Dr. Felix Aumann <f.aumann@spreeberg-search.de>",
        "AW: Vertrauliche Anfrage – Platform Engineering, FinTech Berlin",
        D("confirmation", FV, FVR, 3, "agency"),
        "Hallo Herr Ebeling,\n\nvielen Dank für das gute Telefonat heute. Wie besprochen handelt es sich bei meinem Mandanten um die Finvolt GmbH (finvolt.de). Mit Ihrem Einverständnis habe ich Ihr Profil soeben an Frau Marquardt (VP Engineering) weitergeleitet.\n\nIch melde mich, sobald ich Feedback habe – erfahrungsgemäß innerhalb einer Woche.\n\nBeste Grüße\nFelix Aumann\n\n> Am 17.10.2025 um 13:02 schrieb Jonas Ebeling <jonas.ebeling@mailbox.org>:\n> Hallo Herr Aumann,\n> gerne, passt mir heute um 15 Uhr.\n> Viele Grüße, Jonas Ebeling",
    ),
    m(
        "76123",
        "2025-10-24 12:08",
        "Dr. Felix Aumann <f.aumann@spreeberg-search.de>",
        "Finvolt – Termin mit Frau Marquardt",
        D("interview", FV, FVR, 3, "agency"),
        "Hallo Herr Ebeling,\n\ngute Nachrichten: Finvolt möchte Sie kennenlernen. Frau Marquardt schlägt Dienstag, 04.11., 16:00 Uhr per Google Meet vor, Dauer ca. 45 Minuten. Die Einladung kommt direkt von Finvolt.\n\nVorab ein Tipp: Frau Marquardt interessiert sich sehr für Ihre Erfahrung mit Multi-Tenancy und Kostenkontrolle im Cluster.\n\nBeste Grüße\nFelix Aumann\nSpreeberg Executive Search",
    ),
    m(
        "76124",
        "2025-10-24 15:40",
        "Carla Marquardt <carla.marquardt@finvolt.de>",
        "Einladung: Kennenlernen Finvolt x Jonas Ebeling @ Di. 4. Nov. 2025 16:00 - 16:45 (MEZ)",
        D("interview", FV, FVR, 3, "direct"),
        "Carla Marquardt hat Sie zu folgendem Termin eingeladen.\n\nKennenlernen Finvolt x Jonas Ebeling\nDienstag, 4. November 2025 ⋅ 16:00 – 16:45\nZeitzone: Europe/Berlin\n\nGoogle Meet-Videokonferenz: https://meet.google.com/hpe-rwvx-kqa\n\nEinladung von Google Kalender",
        ics={
            "uid": "1r0s8d7vqk2mbcnf0t5efv76a1@google.com",
            "start": at("2025-11-04 16:00"),
            "minutes": 45,
            "organizer": ("Carla Marquardt", "carla.marquardt@finvolt.de"),
            "summary": "Kennenlernen Finvolt x Jonas Ebeling",
            "description": "Google Meet beitreten: https://meet.google.com/hpe-rwvx-kqa",
            "location": "https://meet.google.com/hpe-rwvx-kqa",
        },
    ),
    m(
        "76125",
        "2025-11-10 09:33",
        "Carla Marquardt <carla.marquardt@finvolt.de>",
        "Finvolt – System Design Interview",
        D("interview", FV, FVR, 3, "direct"),
        "Hallo Jonas,\n\ndanke noch mal für das Gespräch letzte Woche, hat Spaß gemacht! (Wir duzen uns intern alle, ich hoffe, das ist okay.)\n\nAls nächsten Schritt würden wir gerne ein System-Design-Interview mit dir machen, 90 Minuten, mit Deniz und Ole aus dem Platform-Team. Thema wird ungefähr sein: eine Plattform für interne Teams, die Deployments über mehrere Regionen hinweg ausrollt. Kein Code, eher Whiteboard (wir nutzen Excalidraw).\n\nIch habe dir Donnerstag, 20.11., 10:00 eingestellt – Einladung kommt gleich.\n\nViele Grüße\nCarla\n\nCarla Marquardt\nVP Engineering · Finvolt GmbH",
        ics={
            "uid": "6b2k0j3ucpt9qz1eu4m7sd76a2@google.com",
            "start": at("2025-11-20 10:00"),
            "minutes": 90,
            "organizer": ("Carla Marquardt", "carla.marquardt@finvolt.de"),
            "attendees": [
                ("Deniz Arslan", "deniz.arslan@finvolt.de"),
                ("Ole Brügge", "ole.bruegge@finvolt.de"),
            ],
            "summary": "System Design Interview – Jonas Ebeling",
            "description": "Google Meet beitreten: https://meet.google.com/xur-jbnd-okw\nExcalidraw-Link folgt im Call.",
            "location": "https://meet.google.com/xur-jbnd-okw",
        },
    ),
    m(
        "76126",
        "2025-12-02 18:11",
        "Dr. Felix Aumann <f.aumann@spreeberg-search.de>",
        "Rückmeldung Finvolt",
        D("rejection", FV, FVR, 3, "agency"),
        "Hallo Herr Ebeling,\n\nich hatte heute ein ausführliches Gespräch mit Frau Marquardt. Das Feedback aus dem System-Design-Interview war durchweg positiv – besonders Ihre strukturierte Herangehensweise wurde hervorgehoben.\n\nLeider hat sich Finvolt am Ende für einen internen Kandidaten entschieden, der das Team bereits kennt. Ich weiß, das ist ärgerlich nach so einem guten Prozess.\n\nIch habe aktuell zwei weitere Mandate, die gut passen könnten, und melde mich im Januar gerne wieder bei Ihnen.\n\nBeste Grüße\nFelix Aumann\nSpreeberg Executive Search GmbH",
    ),
    # --- 4 Brandt & Söhne Software GmbH via StepStone, offer declined -------------------------
    m(
        "76131",
        "2025-10-22 20:03",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        D("confirmation", BS, BSR, 4, "other"),
        html='<html><body style="font-family:Arial"><table width="600"><tr><td><img src="https://www.stepstone.de/img/logo.png" alt="StepStone"></td></tr><tr><td><h2>Gut gemacht, Jonas!</h2><p>Ihre Bewerbung ist bei <b>Brandt &amp; Söhne Software GmbH</b> angekommen.</p><p><b>Softwareentwickler Backend (m/w/d)</b><br>Berlin-Adlershof · Vollzeit · Homeoffice möglich</p><p>Wie geht es weiter? Das Unternehmen sichtet jetzt Ihre Unterlagen. Den Status Ihrer Bewerbung finden Sie jederzeit unter <a href="https://www.stepstone.de/candidate/applications">Meine Bewerbungen</a>.</p><p>Tipp: Mit einem vollständigen Profil werden Sie von Arbeitgebern schneller gefunden.</p><p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p></td></tr></table></body></html>',
    ),
    m(
        "76132",
        "2025-11-03 10:46",
        "Ingrid Brandt <personal@brandt-soehne.de>",
        "Ihre Bewerbung über StepStone – Einladung zum Gespräch",
        D("interview", BS, BSR, 4, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nvielen Dank für Ihre Bewerbung über StepStone. Ihr Profil passt sehr gut zu unserem Team, das unsere Lagerverwaltungssoftware für den Mittelstand weiterentwickelt.\n\nGerne laden wir Sie zu einem persönlichen Gespräch in unser Büro in Adlershof ein:\n\nFreitag, 14. November 2025, 10:00 Uhr\nRudower Chaussee 29, 12489 Berlin, 3. OG\nGesprächspartner: Herr Klaus Brandt (Geschäftsführer), Herr Tim Oswald (Leitung Entwicklung)\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nIngrid Brandt\nPersonal & Verwaltung\n\nBrandt & Söhne Software GmbH\nRudower Chaussee 29 · 12489 Berlin\nHRB 40218 B · USt-IdNr. DE 137 992 004",
    ),
    m(
        "76133",
        "2025-11-24 15:22",
        "Tim Oswald <t.oswald@brandt-soehne.de>",
        "Angebot – Softwareentwickler Backend",
        D("offer", BS, BSR, 4, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nnach den beiden Gesprächen sind wir uns einig: Wir würden Sie sehr gerne in unserem Team begrüßen.\n\nAnbei erhalten Sie unser Vertragsangebot als Softwareentwickler Backend (m/w/d): 78.000 € brutto p. a., 30 Tage Urlaub, Jobrad, 2 Tage mobiles Arbeiten pro Woche, Start zum 01.02.2026 oder nach Absprache.\n\nWir würden uns über Ihre Rückmeldung bis zum 05.12.2025 freuen. Bei Fragen rufen Sie mich gerne an.\n\nMit freundlichen Grüßen\nTim Oswald\nLeitung Entwicklung\nBrandt & Söhne Software GmbH\nTel. +49 30 6392 118-30",
        attach=[
            (
                "Vertragsangebot_Ebeling.pdf",
                "application/pdf",
                "%PDF-1.4 Vertragsangebot Brandt & Söhne Software GmbH – Jonas Ebeling",
            )
        ],
    ),
    m(
        "76134",
        "2025-12-04 11:09",
        "Tim Oswald <t.oswald@brandt-soehne.de>",
        "AW: Angebot – Softwareentwickler Backend",
        D("offer", BS, BSR, 4, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nschade, aber ich kann Ihre Entscheidung gut nachvollziehen. Danke, dass Sie so offen und rechtzeitig Bescheid gegeben haben.\n\nSollte sich an Ihrer Situation etwas ändern, melden Sie sich gerne – unsere Tür steht offen.\n\nAlles Gute für Sie!\nTim Oswald\n\n-----Ursprüngliche Nachricht-----\nVon: Jonas Ebeling <jonas.ebeling@mailbox.org>\nGesendet: Mittwoch, 3. Dezember 2025 21:40\nAn: Tim Oswald <t.oswald@brandt-soehne.de>\nBetreff: AW: Angebot – Softwareentwickler Backend\n\nSehr geehrter Herr Oswald,\nvielen Dank für das Angebot und die sehr angenehmen Gespräche. Nach langem Überlegen habe ich mich entschieden, das Angebot nicht anzunehmen – die Rolle ist mir technisch etwas zu weit weg von Plattformthemen.\nMit freundlichen Grüßen\nJonas Ebeling",
        st="declined",
    ),
    # --- 5 Falkenhorst IT GmbH via XING, ghosted ------------------------------------------------
    m(
        "76141",
        "2025-10-27 19:55",
        "XING <mailrobot@mail.xing.com>",
        "Deine Bewerbung an Falkenhorst IT GmbH",
        D("confirmation", FH, FHR, 5, "other"),
        html='<html><body><div style="font-family:Helvetica"><p>Hallo Jonas,</p><p>deine Bewerbung als <b>DevOps Engineer (m/w/d)</b> bei <b>Falkenhorst IT GmbH</b> wurde erfolgreich übermittelt.</p><p>Du findest alle deine Bewerbungen unter <a href="https://www.xing.com/jobs/my-applications">Meine Bewerbungen</a>.</p><p>Viel Erfolg!<br>Dein XING Team</p><p style="font-size:11px">New Work SE, Am Strandkai 1, 20457 Hamburg</p></div></body></html>',
    ),
    m(
        "76142",
        "2025-11-04 07:12",
        "XING <mailrobot@mail.xing.com>",
        "Falkenhorst IT GmbH hat dein Profil angesehen",
        D("viewed", FH, FHR, 5, "other"),
        html='<html><body><p>Hallo Jonas,</p><p>gute Nachrichten: Eine Person von <b>Falkenhorst IT GmbH</b> hat sich dein Profil angesehen – kurz nachdem du dich als DevOps Engineer (m/w/d) beworben hast.</p><p><a href="https://www.xing.com/profile/visitors">Alle Besucher:innen ansehen</a></p><p>Dein XING Team</p></body></html>',
    ),
    # --- 6 Stadtwerke Spreetal via Arbeitsagentur ----------------------------------------------
    m(
        "76151",
        "2025-10-28 06:30",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neuer Vermittlungsvorschlag in Ihrem Postfach",
        ("alert", SW, SWR, None, "other", "de"),
        "Guten Tag Herr Ebeling,\n\nin Ihrem Postfach auf arbeitsagentur.de liegt ein neuer Vermittlungsvorschlag für Sie:\n\nIT-Systemingenieur Plattformbetrieb (m/w/d)\nStadtwerke Spreetal GmbH, Fürstenwalde/Spree\nReferenznummer 10001-1199827364-S\n\nBitte bewerben Sie sich zeitnah und teilen Sie uns das Ergebnis Ihrer Bewerbung über das Postfach mit.\n\nMit freundlichen Grüßen\nIhre Agentur für Arbeit Berlin Süd\n\nDiese Nachricht wurde automatisch erstellt.",
    ),
    m(
        "76152",
        "2025-11-02 12:40",
        "Bewerbermanagement Stadtwerke Spreetal <bewerbung@stadtwerke-spreetal.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        D("confirmation", SW, SWR, 6, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle IT-Systemingenieur Plattformbetrieb (m/w/d), Kennziffer SWS-2025-41.\n\nNach Ablauf der Bewerbungsfrist am 15.11.2025 werden wir alle Bewerbungen sichten. Bitte haben Sie etwas Geduld.\n\nSchwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalabteilung\nStadtwerke Spreetal GmbH",
    ),
    m(
        "76153",
        "2025-11-27 13:15",
        "Bewerbermanagement Stadtwerke Spreetal <bewerbung@stadtwerke-spreetal.de>",
        "Einladung zum Vorstellungsgespräch – Kennziffer SWS-2025-41",
        D("interview", SW, SWR, 6, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu können. Das Gespräch findet am Dienstag, 09.12.2025, um 13:30 Uhr in unserer Hauptverwaltung, Eisenbahnstraße 141, 15517 Fürstenwalde/Spree, Raum 2.14 statt.\n\nAn dem Gespräch nehmen die Abteilungsleitung IT, ein Mitglied des Betriebsrats und die Personalabteilung teil. Bitte planen Sie etwa 60 Minuten ein.\n\nFahrtkosten können leider nicht erstattet werden.\n\nMit freundlichen Grüßen\nIm Auftrag\nJana Lüdtke\nPersonalabteilung",
    ),
    m(
        "76154",
        "2026-01-08 09:02",
        "Bewerbermanagement Stadtwerke Spreetal <bewerbung@stadtwerke-spreetal.de>",
        "Ihre Bewerbung – Kennziffer SWS-2025-41",
        D("rejection", SW, SWR, 6, "direct"),
        "Sehr geehrter Herr Ebeling,\n\nnochmals vielen Dank für Ihr Interesse an unserem Unternehmen und das Gespräch am 09.12.2025.\n\nWir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerberin entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.\n\nIhre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.\n\nMit freundlichen Grüßen\nIm Auftrag\nJana Lüdtke\nPersonalabteilung\nStadtwerke Spreetal GmbH",
    ),
    # --- 7 Solarkiez GmbH via JOIN, du --------------------------------------------------------
    m(
        "76161",
        "2025-11-05 22:14",
        "Solarkiez GmbH via JOIN <noreply@join.com>",
        "Deine Bewerbung ist eingegangen!",
        D("confirmation", SK, SKR, 7, "other"),
        html='<html><body style="font-family:Inter,Arial"><p>Hi Jonas,</p><p>danke für deine Bewerbung als <b>Backend Developer Python (m/w/d)</b> bei <b>Solarkiez GmbH</b>! 🌞</p><p>Wir schauen uns deine Unterlagen in den nächsten Tagen an und melden uns bei dir – egal wie es ausgeht.</p><p>Sonnige Grüße<br>Dein Solarkiez-Team</p><hr><p style="font-size:11px;color:#999">Versendet über JOIN · JOIN Solutions AG · Hardstrasse 201 · 8005 Zürich</p></body></html>',
    ),
    m(
        "76162",
        "2025-11-19 11:48",
        "Solarkiez GmbH via JOIN <noreply@join.com>",
        "Update zu deiner Bewerbung",
        D("rejection", SK, SKR, 7, "other"),
        html="<html><body><p>Hi Jonas,</p><p>vielen Dank, dass du dir die Zeit genommen hast, dich bei uns zu bewerben. Wir haben uns über dein Interesse an Solarkiez echt gefreut.</p><p>Wir haben sehr viele spannende Bewerbungen bekommen und uns nach langem Hin und Her entschieden, mit anderen Kandidat*innen weiterzumachen, deren Erfahrung noch besser zu unserem aktuellen Stack (Django, Celery, TimescaleDB) passt.</p><p>Wir drücken dir die Daumen für deine Suche!</p><p>Sonnige Grüße<br>Mira vom Solarkiez-Team</p></body></html>",
    ),
    # --- 8 Hanseatische Energie AG, SuccessFactors, Konzern ----------------------------------
    m(
        "76171",
        "2025-11-11 17:30",
        "Hanseatische Energie Karriere <noreply@successfactors.eu>",
        "Bitte vervollständigen Sie Ihre Bewerbung",
        ("alert", HE, HER, None, "other", "de"),
        "Sehr geehrter Herr Ebeling,\n\nSie haben mit Ihrer Bewerbung als Cloud Platform Engineer (m/w/d) begonnen, diese aber noch nicht abgeschickt. Ihre Angaben sind 14 Tage gespeichert.\n\nHier geht es weiter: https://career5.successfactors.eu/career?company=hanseatiscP&career_job_req_id=88021\n\nMit freundlichen Grüßen\nHanseatische Energie AG – Recruiting",
    ),
    m(
        "76172",
        "2025-11-12 21:07",
        "Hanseatische Energie Karriere <noreply@successfactors.eu>",
        "Vielen Dank für Ihre Bewerbung – Cloud Platform Engineer (m/w/d)",
        D("confirmation", HE, HER, 8, "other"),
        "Sehr geehrter Herr Ebeling,\n\nvielen Dank für Ihre Bewerbung als Cloud Platform Engineer (m/w/d) am Standort Berlin (Job-ID 88021).\n\nWir haben Ihre Unterlagen erhalten. Leider können wir aufgrund der hohen Anzahl an Bewerbungen nicht jede Bewerbung sofort beantworten. Sollten Sie in die engere Auswahl kommen, meldet sich das Recruiting-Team bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nHanseatische Energie AG\nÜberseering 12 · 22297 Hamburg",
    ),
    m(
        "76173",
        "2025-12-15 08:20",
        "Hanseatische Energie Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung bei der Hanseatische Energie AG",
        D("rejection", HE, HER, 8, "other"),
        "Sehr geehrter Herr Ebeling,\n\nvielen Dank für Ihr Interesse an der Hanseatische Energie AG und die Zeit, die Sie in Ihre Bewerbung investiert haben.\n\nNach sorgfältiger Prüfung müssen wir Ihnen heute leider mitteilen, dass wir Ihre Bewerbung für die Position Cloud Platform Engineer (m/w/d) nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
    ),
    # --- 9 Vireo Logistik SE, SmartRecruiters -------------------------------------------------
    m(
        "76181",
        "2025-10-15 13:26",
        "Vireo Logistik SE <noreply@smartrecruiters.com>",
        "Vielen Dank für Ihre Bewerbung bei Vireo Logistik SE",
        D("confirmation", VL, VLR, 9, "smartrecruiters"),
        "Hallo Jonas,\n\nvielen Dank für Ihre Bewerbung als Backend Developer Java (m/w/d) in Berlin. Wir haben Ihre Unterlagen erhalten und werden sie prüfen.\n\nWenn Ihr Profil zu unseren Anforderungen passt, wird sich jemand aus unserem Team bei Ihnen melden. Sollten wir Sie nicht berücksichtigen können, informieren wir Sie ebenfalls.\n\nMit freundlichen Grüßen\nTalent Acquisition Vireo Logistik SE\n\nPowered by SmartRecruiters",
    ),
    m(
        "76182",
        "2025-10-31 10:03",
        "Vireo Logistik SE <noreply@smartrecruiters.com>",
        "Ihre Bewerbung als Backend Developer Java (m/w/d)",
        D("rejection", VL, VLR, 9, "smartrecruiters"),
        "Hallo Jonas,\n\nnochmals danke für Ihr Interesse an Vireo Logistik. Wir haben Ihr Profil mit großem Interesse gelesen.\n\nNach sorgfältiger Prüfung haben wir uns entschieden, andere Bewerber:innen in den nächsten Schritt einzuladen. Wir würden uns freuen, wenn Sie unsere Karriereseite weiterhin im Blick behalten.\n\nViele Grüße\nTalent Acquisition Vireo Logistik SE",
    ),
    # --- 10 Gleis 9 via Workable, du -----------------------------------------------------------
    m(
        "76191",
        "2025-12-03 09:41",
        "Gleis 9 <noreply@candidates.workablemail.com>",
        "Danke für deine Bewerbung bei Gleis 9",
        D("confirmation", GL, GLR, 10, "workable"),
        "Hey Jonas,\n\ncool, dass du dich als Backend Engineer bei uns beworben hast! Wir haben deine Bewerbung bekommen und schauen sie uns in Ruhe an.\n\nFalls es nicht passt, sagen wir dir trotzdem Bescheid – versprochen.\n\nBis bald\nTeam Gleis 9\n\nGleis 9 Mobility UG (haftungsbeschränkt) · Skalitzer Str. 33 · 10999 Berlin · gleis9.app",
    ),
    m(
        "76192",
        "2025-12-18 16:59",
        "Gleis 9 <noreply@candidates.workablemail.com>",
        "Deine Bewerbung bei Gleis 9",
        D("rejection", GL, GLR, 10, "workable"),
        "Hey Jonas,\n\ndanke für deine Geduld! Dein Profil hat uns echt gut gefallen – vor allem dein Open-Source-Kram zu Rate Limiting.\n\nTrotzdem haben wir uns diesmal für jemanden entschieden, der schon mehr Erfahrung mit Echtzeit-Fahrplandaten (GTFS-RT) mitbringt. Das ist keine Aussage über deine Skills.\n\nWir wünschen dir alles Gute und würden uns freuen, wenn wir uns in Zukunft wieder über den Weg laufen.\n\nLiebe Grüße\nAnnika\nPeople @ Gleis 9",
    ),
    # --- Agency outreach, no application -------------------------------------------------------
    m(
        "76195",
        "2025-11-18 11:26",
        "Leonie Fritsch <leonie.fritsch@talentwerk-berlin.de>",
        "Spannende Position: Senior Backend Engineer – Mobility Scale-up",
        ("outreach", None, "Senior Backend Engineer", None, "agency", "de"),
        "Hallo Jonas,\n\nich hoffe, ich darf dich duzen – in der Startup-Welt ist das ja üblich.\n\nIch bin Personalberaterin bei Talentwerk Berlin und unterstütze aktuell ein Scale-up aus dem Mobility-Bereich (Series C, 180 Leute, Büro am Spreeufer) bei der Suche nach einem Senior Backend Engineer mit Go und Kafka. Gehalt bis 90k + VSOP.\n\nHättest du Lust auf einen kurzen Call? Hier kannst du dir direkt einen Slot buchen: https://calendly.com/leonie-talentwerk/15min\n\nViele Grüße\nLeonie Fritsch\nSenior Consultant Tech\nTalentwerk Berlin GmbH",
    ),
    m(
        "76196",
        "2026-01-13 10:15",
        "Dr. Felix Aumann <f.aumann@spreeberg-search.de>",
        "Neues Mandat – Head of Platform (m/w/d)",
        ("outreach", None, "Head of Platform (m/w/d)", None, "agency", "de"),
        "Hallo Herr Ebeling,\n\nwie versprochen melde ich mich im neuen Jahr. Ich betreue seit dieser Woche ein Mandat für einen Konzern aus dem Versicherungsumfeld, der in Berlin eine Digitaleinheit aufbaut. Gesucht wird ein Head of Platform (m/w/d), ca. 8 Personen Führungsverantwortung.\n\nDas wäre ein Schritt in Richtung Führung – hätten Sie grundsätzlich Interesse, darüber zu sprechen?\n\nBeste Grüße\nFelix Aumann",
    ),
]
