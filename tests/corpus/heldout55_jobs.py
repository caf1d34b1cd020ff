# ruff: noqa: E501
"""Corpus 55, German job mail (data only): see heldout55.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    return "+0200" if day >= "2026-03-29" else "+0100"


def m(key, when, frm, subject, t, text=None, html=None, **kw: Any) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t[:6],
    }
    if len(t) == 7:
        spec["st"] = t[6]
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def A(cat, co, role, app, src, st=None):
    return (cat, co, role, app, src, "de", st) if st else (cat, co, role, app, src, "de")


def ev(uid, start, summary, organizer, style="outlook", minutes=60, **kw):
    out = {"uid": uid, "start": f"{start}:00 {_tz(start[:10])}", "summary": summary}
    out.update(organizer=organizer, style=style, minutes=minutes, **kw)
    return out


BW, BWR = "Brennwerk Systems", "Embedded Software Engineer (m/w/d)"
KA, KAR = "Kaltenbach", "Junior Embedded Entwickler C/C++ (m/w/d)"
VE, VE1, VE2 = (
    "Velora",
    "Softwareentwickler Embedded Systems (m/w/d)",
    "Firmware Engineer Batteriemanagement (m/w/d)",
)
NL, NLR = "Nordlicht Robotics", "Embedded Engineer (m/w/d)"
RF, RFR = "Rheintal Fahrzeugelektronik", "Embedded Software Entwickler AUTOSAR (m/w/d)"
QW, QW1, QW2 = (
    "Quellwerk Medizintechnik",
    "Softwareentwickler Embedded Medizintechnik (m/w/d)",
    "Junior Embedded Software Engineer (m/w/d)",
)
AF, AFR = "Alpenfunk", "Embedded C Entwickler IoT (m/w/d)"
WE, WER = "Weißenfels Elektronik", "Testingenieur Embedded Systems (m/w/d)"
BS, BSR = (
    "Berger & Sohn Steuerungstechnik",
    "Softwareentwickler Steuerungstechnik / Embedded (m/w/d)",
)
VO, VOR = "Voltaria Energy Systems", "Embedded Software Developer Wechselrichter (m/w/d)"
IW, IWR = "Isarwerk Prüftechnik", "Ingenieur Prüfstandsautomatisierung (m/w/d)"
EG, EGR = "Ebersberger Gerätebau", "Embedded Softwareentwickler (m/w/d)"
HB, HBR = "Hallerbau", "Trainee Embedded Systems (m/w/d)"
KB, KBR = "Kobaltblau", "Embedded Developer (Junior, m/w/d)"
WM, WMR = "Wendel Maritime", "Embedded Systems Engineer (m/w/d)"
HS, HSR = "Hochwald Sensorik", "Junior Softwareentwickler Embedded (m/w/d)"

SIG_SG = "\n\n--\nDiese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht direkt auf diese Nachricht."

MAIL: list[dict[str, Any]] = [
    # --- 1 Brennwerk Systems (Personio) -----------------------------------------------------
    m(
        "55102",
        "2025-11-04 09:41",
        "Brennwerk Systems GmbH <jobs@brennwerk-systems.jobs.personio.de>",
        "Ihre Bewerbung als Embedded Software Engineer (m/w/d)",
        A("confirmation", BW, BWR, 1, "personio"),
        "Hallo Frau Wiesner,\n\nvielen Dank für Ihre Bewerbung als Embedded Software Engineer (m/w/d) bei der Brennwerk Systems GmbH. "
        "Wir haben Ihre Unterlagen erhalten und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.\n\n"
        "Viele Grüße\nIhr People-Team der Brennwerk Systems GmbH\nLandsberger Str. 310, 80687 München",
    ),
    m(
        "55131",
        "2025-11-17 14:05",
        "Sophie Kranz <sophie.kranz@brennwerk-systems.de>",
        "Einladung zum Kennenlerngespräch",
        A("interview", BW, BWR, 1, "direct"),
        "Hallo Frau Wiesner,\n\nIhr Profil hat uns neugierig gemacht - gerade die Kombination aus Maschinenbau und Ihren "
        "Projekten mit STM32 und FreeRTOS. Gerne würden wir Sie in einem ersten Kennenlerngespräch (ca. 45 Minuten, MS Teams) "
        "kennenlernen. Passt Ihnen Donnerstag, 20.11., um 10:00 Uhr? Die Einladung schicke ich separat.\n\n"
        "Beste Grüße\nSophie Kranz\nTalent Acquisition\nBrennwerk Systems GmbH",
        ics=ev(
            "bw-55131@brennwerk-systems.de",
            "2025-11-20 10:00",
            "Kennenlerngespräch Jana Wiesner / Brennwerk Systems",
            ("Sophie Kranz", "sophie.kranz@brennwerk-systems.de"),
            minutes=45,
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "55160",
        "2025-12-02 16:48",
        "Brennwerk Systems GmbH <jobs@brennwerk-systems.jobs.personio.de>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", BW, BWR, 1, "personio"),
        "Hallo Frau Wiesner,\n\nnoch einmal vielen Dank für das offene Gespräch und die Zeit, die Sie sich für uns genommen haben. "
        "Ihre Motivation und Ihr technisches Verständnis haben uns sehr gefallen.\n\nNach sorgfältiger Prüfung haben wir uns "
        "jedoch für Kandidaten entschieden, die bereits mehrjährige Berufserfahrung in der Embedded-Entwicklung mitbringen. "
        "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nViele Grüße\nSophie Kranz\nBrennwerk Systems GmbH",
    ),
    # --- 2 Kaltenbach (softgarden) ----------------------------------------------------------
    m(
        "55104",
        "2026-01-05 11:12",
        "Kaltenbach Antriebstechnik GmbH & Co. KG <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung - Junior Embedded Entwickler C/C++ (m/w/d)",
        A("confirmation", KA, KAR, 2, "other"),
        "Sehr geehrte Frau Wiesner,\n\nherzlichen Dank für Ihr Interesse an der Kaltenbach Antriebstechnik GmbH & Co. KG und Ihre "
        "Bewerbung als Junior Embedded Entwickler C/C++ (m/w/d) am Standort Stuttgart-Vaihingen.\n\nWir prüfen Ihre Unterlagen "
        "sorgfältig und melden uns so bald wie möglich. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\nKaltenbach Antriebstechnik GmbH & Co. KG"
        + SIG_SG,
    ),
    m(
        "55119",
        "2026-01-12 08:30",
        "KAT Recruiting <noreply@softgarden.io>",
        "Ihr nächster Schritt: Online-Test",
        A("assessment", KA, KAR, 2, "other"),
        html="<html><body><p>Sehr geehrte Frau Wiesner,</p><p>wir freuen uns, Ihnen mitteilen zu können, dass Sie die erste Auswahlstufe "
        "erreicht haben. Im nächsten Schritt bitten wir Sie, einen Online-Test (logisches Denken und C-Grundlagen, ca. 60 Minuten) "
        "zu bearbeiten.</p><p><a href='https://assessment.testfabrik-online.de/t/KAT-2025-4471'>Zum Online-Test</a></p>"
        "<p>Der Link ist bis zum 19.01.2026 gültig.</p><p>Mit freundlichen Grüßen<br>Ihr KAT Recruiting-Team</p>"
        "<p style='font-size:11px;color:#888'>Kaltenbach Antriebstechnik GmbH &amp; Co. KG · Sitz Stuttgart · HRA 730112</p></body></html>",
    ),
    m(
        "55138",
        "2026-01-28 15:20",
        "Markus Feiler <markus.feiler@kaltenbach-at.de>",
        "Vorstellungsgespräch am 10.02. - Junior Embedded Entwickler",
        A("interview", KA, KAR, 2, "direct"),
        "Sehr geehrte Frau Wiesner,\n\nvielen Dank für die Bearbeitung des Online-Tests. Gerne möchten wir Sie zu einem "
        "Vorstellungsgespräch an unserem Standort in Stuttgart-Vaihingen einladen:\n\nDienstag, 10.02.2026, 13:00 - 14:30 Uhr\n"
        "Gesprächspartner: Markus Feiler (Teamleiter Embedded Software), Petra Ungerer (HR)\n\nReisekosten 2. Klasse DB erstatten wir Ihnen gerne.\n\n"
        "Mit freundlichen Grüßen\nMarkus Feiler\nTeamleiter Embedded Software\nKaltenbach Antriebstechnik GmbH & Co. KG\nIndustriestraße 12, 70565 Stuttgart",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000KAT55138",
            "2026-02-10 13:00",
            "Vorstellungsgespräch Frau Wiesner",
            ("Markus Feiler", "markus.feiler@kaltenbach-at.de"),
            minutes=90,
            location="Kaltenbach, Gebäude B, Raum 2.14",
            attendees=[("Petra Ungerer", "petra.ungerer@kaltenbach-at.de")],
        ),
    ),
    m(
        "55156",
        "2026-02-18 10:02",
        "Petra Ungerer <petra.ungerer@kaltenbach-at.de>",
        "AW: Vorstellungsgespräch am 10.02. - zweites Gespräch",
        A("interview", KA, KAR, 2, "direct"),
        "Liebe Frau Wiesner,\n\ndas Gespräch letzte Woche war sehr angenehm, danke nochmals! Wir würden Sie gerne zu einem "
        "zweiten Gespräch mit unserem Bereichsleiter Dr. Hofstetter einladen, diesmal per Teams, am 24.02. um 9:00 Uhr.\n\n"
        "Freundliche Grüße\nPetra Ungerer\nHR Business Partner | KAT\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Jana Wiesner\nGesendet: Mittwoch, 11. Februar 2026 19:11\n"
        "Betreff: AW: Vorstellungsgespräch am 10.02.\n\nVielen Dank für das nette Gespräch gestern ...",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000KAT55156",
            "2026-02-24 09:00",
            "2. Gespräch Wiesner / Hofstetter",
            ("Petra Ungerer", "petra.ungerer@kaltenbach-at.de"),
            minutes=45,
            location="Microsoft Teams",
        ),
    ),
    m(
        "55171",
        "2026-03-13 17:35",
        "Petra Ungerer <petra.ungerer@kaltenbach-at.de>",
        "Ihr Vertragsangebot",
        A("offer", KA, KAR, 2, "direct"),
        "Liebe Frau Wiesner,\n\nwie heute Nachmittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als "
        "Junior Embedded Entwickler C/C++ anbieten zu können. Den Arbeitsvertrag erhalten Sie in Kürze über DocuSign zur "
        "elektronischen Unterschrift. Eintritt wäre der 04.05.2026.\n\nBei Fragen zum Vertrag melden Sie sich jederzeit.\n\n"
        "Herzliche Grüße und ein schönes Wochenende\nPetra Ungerer\nKaltenbach Antriebstechnik GmbH & Co. KG",
    ),
    m(
        "55172",
        "2026-03-13 17:52",
        "Petra Ungerer via DocuSign <dse_NA4@docusign.net>",
        "Bitte mit DocuSign unterzeichnen: Arbeitsvertrag_Wiesner_Jana.pdf",
        A("offer", KA, KAR, 2, "docusign"),
        html="<html><body><p>Petra Ungerer hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.</p>"
        "<p><b>DOKUMENT ÜBERPRÜFEN</b></p><p>Petra Ungerer<br>petra.ungerer@kaltenbach-at.de</p>"
        "<p>Liebe Frau Wiesner, anbei Ihr Arbeitsvertrag mit der Kaltenbach Antriebstechnik GmbH &amp; Co. KG. Herzliche Grüße</p>"
        "<p style='font-size:10px'>Geben Sie diesen Zugangscode nicht weiter. Diese Nachricht wurde von DocuSign gesendet.</p></body></html>",
    ),
    m(
        "55179",
        "2026-03-16 20:14",
        "DocuSign <dse_NA4@docusign.net>",
        "Abgeschlossen: Arbeitsvertrag_Wiesner_Jana.pdf",
        A("offer", KA, KAR, 2, "docusign", st="accepted"),
        html="<html><body><p>Alle Parteien haben das Dokument abgeschlossen.</p><p>Arbeitsvertrag_Wiesner_Jana.pdf</p>"
        "<p>Absender: Petra Ungerer (Kaltenbach Antriebstechnik GmbH &amp; Co. KG)</p><p>DOKUMENT ANZEIGEN</p></body></html>",
    ),
    m(
        "55195",
        "2026-04-13 09:15",
        "Kaltenbach Onboarding <onboarding@kaltenbach-at.de>",
        "Willkommen bei KAT - Ihre Unterlagen für den ersten Arbeitstag",
        ("other_job", KA, KAR, None, "direct", "de"),
        "Liebe Frau Wiesner,\n\nin drei Wochen ist es soweit! Damit Ihr Start am 04.05. reibungslos klappt, füllen Sie bitte den "
        "Personalfragebogen aus und senden uns Ihre Steuer-ID, Sozialversicherungsnummer und Ihre Bankverbindung.\n"
        "Am ersten Tag holt Sie Ihr Pate Timo am Empfang ab (8:30 Uhr, Gebäude A).\n\nViele Grüße\nIhr Onboarding-Team",
        attach=[
            ("Personalfragebogen_KAT.txt", "text/plain", "Personalfragebogen\nName:\nSteuer-ID:\n")
        ],
    ),
    # --- 3/4 Velora (Hansa Mobility Group, SuccessFactors) ---------------------------------
    m(
        "55106",
        "2025-11-07 13:44",
        "Hansa Mobility Group Services GmbH <noreply@successfactors.eu>",
        "Eingangsbestätigung: Softwareentwickler Embedded Systems (m/w/d) - Req. 48213",
        A("confirmation", VE, VE1, 3, "other"),
        "Sehr geehrte Frau Wiesner,\n\nvielen Dank für Ihre Bewerbung bei Velora - a brand of Hansa Mobility Group für die Position "
        "Softwareentwickler Embedded Systems (m/w/d), Hamburg (Req. 48213).\n\nBitte haben Sie Verständnis, dass die Prüfung "
        "aufgrund der hohen Anzahl an Bewerbungen einige Wochen dauern kann. Sollten wir Sie leider nicht berücksichtigen können, "
        "erhalten Sie ebenfalls eine Nachricht von uns.\n\nMit freundlichen Grüßen\nTalent Acquisition\n"
        "Hansa Mobility Group Services GmbH im Auftrag der Velora Mobility GmbH",
    ),
    m(
        "55107",
        "2025-11-07 13:46",
        "Hansa Mobility Group Careers <noreply@successfactors.eu>",
        "Willkommen in unserem Talent Pool",
        ("alert", "Velora", None, None, "other", "de"),
        "Hallo Jana,\n\nschön, dass Sie Teil unseres Talent Pools sind! Wir informieren Sie künftig über passende Stellen bei "
        "Velora, Hansa Logistics und weiteren Marken der Hansa Mobility Group. Ihre Einstellungen können Sie jederzeit im "
        "Kandidatenportal ändern.\n\nIhr Hansa Mobility Group Careers Team",
    ),
    m(
        "55123",
        "2025-11-19 10:00",
        "Hansa Mobility Group Services GmbH <noreply@successfactors.eu>",
        "Nächster Schritt: Ihr Video-Interview mit HireVue",
        A("assessment", VE, VE1, 3, "other"),
        "Sehr geehrte Frau Wiesner,\n\nwir möchten Sie gerne besser kennenlernen. Im nächsten Schritt laden wir Sie zu einem "
        "zeitversetzten Video-Interview über HireVue ein. Sie beantworten dabei fünf Fragen in Ihrem eigenen Tempo.\n"
        "Sie erhalten den Link in einer separaten E-Mail von HireVue. Bitte schließen Sie das Interview bis 28.11. ab.\n\n"
        "Mit freundlichen Grüßen\nIhr Velora Recruiting Team",
    ),
    m(
        "55124",
        "2025-11-19 10:03",
        "Velora Recruiting <noreply@hirevue.com>",
        "Einladung: Video-Interview Velora",
        A("assessment", VE, VE1, 3, "hirevue"),
        html="<html><body><p>Hallo Jana,</p><p>Velora hat Sie zu einem On-Demand-Interview für die Position <b>Softwareentwickler "
        "Embedded Systems (m/w/d)</b> eingeladen.</p><p><a href='https://app.hirevue.com/interviews/xk81Bq'>Interview starten</a></p>"
        "<p>Tipp: Testen Sie vorher Kamera und Mikrofon.</p></body></html>",
    ),
    m(
        "55155",
        "2025-12-09 09:22",
        "Hansa Mobility Group Services GmbH <noreply@successfactors.eu>",
        "Ihre Bewerbung - Req. 48213",
        A("rejection", VE, VE1, 3, "other"),
        "Sehr geehrte Frau Wiesner,\n\nvielen Dank für Ihr Video-Interview und Ihr Interesse an Velora.\n\n"
        "Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Kandidaten entschieden haben, "
        "deren Profil noch besser zu den Anforderungen passt. Ihre Daten bleiben mit Ihrem Einverständnis in unserem Talent Pool.\n\n"
        "Mit freundlichen Grüßen\nTalent Acquisition\nHansa Mobility Group Services GmbH",
    ),
    m(
        "55166",
        "2025-12-15 18:10",
        "Hansa Mobility Group Services GmbH <noreply@successfactors.eu>",
        "Eingangsbestätigung: Firmware Engineer Batteriemanagement (m/w/d) - Req. 49007",
        A("confirmation", VE, VE2, 4, "other"),
        "Sehr geehrte Frau Wiesner,\n\nvielen Dank für Ihre Bewerbung als Firmware Engineer Batteriemanagement (m/w/d) bei Velora "
        "in München (Req. 49007). Wir melden uns, sobald wir Ihre Unterlagen geprüft haben.\n\nMit freundlichen Grüßen\n"
        "Talent Acquisition\nHansa Mobility Group Services GmbH",
    ),
    m(
        "55188",
        "2026-01-26 11:30",
        "Lea Brandstätter <lea.brandstaetter@hansa-mobility-group.com>",
        "Ihre Bewerbung bei Velora - Req. 49007",
        A("confirmation", VE, VE2, 4, "direct", st="on_hold"),
        "Sehr geehrte Frau Wiesner,\n\nich melde mich in Bezug auf Ihre Bewerbung als Firmware Engineer Batteriemanagement. "
        "Aufgrund einer internen Umstrukturierung im Bereich E-Drive ist die Besetzung der Stelle vorerst auf Eis gelegt. "
        "Ihre Bewerbung bleibt im Prozess; sobald es Neuigkeiten gibt, komme ich auf Sie zu.\n\nDanke für Ihre Geduld!\n\n"
        "Viele Grüße\nLea Brandstätter\nRecruiterin Velora | Hansa Mobility Group",
    ),
    # --- 5 Nordlicht Robotics (JOIN, founder on GMX) -----------------------------------------
    m(
        "55110",
        "2025-11-10 21:03",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung bei Nordlicht Robotics ist eingegangen",
        A("confirmation", NL, NLR, 5, "other"),
        html="<html><body><h2>Bewerbung versendet!</h2><p>Hi Jana, deine Bewerbung als <b>Embedded Engineer (m/w/d)</b> "
        "wurde erfolgreich an Nordlicht Robotics übermittelt.</p><p>Das Team meldet sich direkt bei dir.</p>"
        "<p>Viel Erfolg!<br>Dein JOIN-Team</p></body></html>",
    ),
    m(
        "55127",
        "2025-11-21 22:47",
        "Hauke Petersen <hauke.petersen@gmx.de>",
        "Nordlicht / dein Profil",
        A("interview", NL, NLR, 5, "direct"),
        "Moin Jana,\n\nich bin Hauke, einer der zwei Gründer von Nordlicht. Sorry, dass ich von meiner privaten Adresse schreibe, "
        "unser Mailserver zickt gerade. Deine Bewerbung fand ich richtig spannend - Maschinenbauerin, die Regler auf dem "
        "Mikrocontroller selbst schreibt, genau so jemanden suchen wir für unsere Greifer.\n\nHast du Lust auf ein lockeres "
        "Kennenlerngespräch per Video? Such dir einfach einen Slot aus: calendly.com/hauke-nordlicht/30min\n\nLiebe Grüße aus Hamburg\nHauke",
    ),
    m(
        "55129",
        "2025-11-22 10:15",
        "Calendly <notifications@calendly.com>",
        "Bestätigt: Jana Wiesner und Hauke Petersen am Mittwoch, 26. November 2025",
        A("interview", NL, NLR, 5, "other"),
        "Hallo Jana Wiesner,\n\nein neues Ereignis wurde geplant.\n\nEreignistyp: Kennenlernen Nordlicht Robotics (30 Min)\n"
        "Einladender: Hauke Petersen\nDatum/Uhrzeit: 16:00 - 16:30, Mittwoch, 26. November 2025 (Mitteleuropäische Zeit)\n"
        "Ort: Google Meet\n\nIn Kalender übernehmen | Absagen | Verschieben",
        ics=ev(
            "calendly-nl-55129",
            "2025-11-26 16:00",
            "Kennenlernen Nordlicht Robotics",
            ("Hauke Petersen", "hauke.petersen@gmx.de"),
            style="google",
            minutes=30,
            location="Google Meet",
        ),
    ),
    m(
        "55151",
        "2025-12-05 19:40",
        "Hauke Petersen <hauke.petersen@gmx.de>",
        "Re: Nordlicht / dein Profil",
        A("rejection", NL, NLR, 5, "direct"),
        "Hey Jana,\n\nerstmal danke für das super Gespräch und die Zeit für die kleine Aufgabe. Wir haben lange hin und her überlegt. "
        "Am Ende haben wir uns für jemanden entschieden, der schon ein paar Jahre Embedded Linux gemacht hat, weil wir gerade "
        "niemanden haben, der einarbeiten kann. Das hat nichts mit deinem Profil zu tun, ehrlich.\n\nWenn wir in einem Jahr größer "
        "sind, melde ich mich gerne nochmal. Alles Gute dir!\nHauke\n\nNordlicht Robotics UG (haftungsbeschränkt)",
    ),
    # --- 7 Rheintal via Talentbrücke (Personalberatung) --------------------------------------
    m(
        "55113",
        "2025-11-12 09:05",
        "Daniel Oberhuber <d.oberhuber@talentbruecke-personal.de>",
        "Embedded Software Entwickler AUTOSAR - namhafter Automobilzulieferer, Raum Stuttgart",
        ("outreach", None, RFR, None, "agency", "de"),
        "Sehr geehrte Frau Wiesner,\n\nich bin über XING auf Ihr Profil aufmerksam geworden. Im Auftrag eines namhaften "
        "Automobilzulieferers im Raum Stuttgart suche ich einen Embedded Software Entwickler AUTOSAR (m/w/d). Ihr Wechsel "
        "aus dem Maschinenbau ist für meinen Mandanten ausdrücklich interessant (Aktorik, Regelungstechnik).\n\n"
        "Hätten Sie diese Woche 15 Minuten für ein vertrauliches Telefonat?\n\nMit besten Grüßen\nDaniel Oberhuber\n"
        "Senior Consultant Automotive\nTalentbrücke Personalberatung GmbH, Königstraße 40, 70173 Stuttgart",
    ),
    m(
        "55121",
        "2025-11-18 16:30",
        "Daniel Oberhuber <d.oberhuber@talentbruecke-personal.de>",
        "AW: Embedded Software Entwickler AUTOSAR - Ihr Profil beim Mandanten",
        A("confirmation", RF, RFR, 6, "agency"),
        "Liebe Frau Wiesner,\n\nvielen Dank für das angenehme Telefonat und Ihr Einverständnis. Wie besprochen habe ich Ihr Profil "
        "heute an meinen Mandanten weitergeleitet - es handelt sich, wie angekündigt, um die Rheintal Fahrzeugelektronik GmbH in "
        "Leonberg. Ich melde mich, sobald ich Feedback habe.\n\nBeste Grüße\nDaniel Oberhuber\nTalentbrücke Personalberatung GmbH",
    ),
    m(
        "55145",
        "2025-12-01 12:12",
        "Daniel Oberhuber <d.oberhuber@talentbruecke-personal.de>",
        "Termin bei Rheintal - Fachgespräch",
        A("interview", RF, RFR, 6, "agency"),
        "Liebe Frau Wiesner,\n\ngute Nachrichten: Rheintal möchte Sie kennenlernen! Fachgespräch mit Herrn Dr. Sandmann "
        "(Leiter Steuergeräte-Software) am 09.12. um 14:00 Uhr per Teams. Die Einladung kommt direkt von Rheintal.\n\n"
        "Ein paar Tipps: Fragen zu AUTOSAR Classic, CAN und ISO 26262 sind wahrscheinlich.\n\nDrücke Ihnen die Daumen!\nDaniel Oberhuber",
    ),
    m(
        "55146",
        "2025-12-01 13:01",
        "Karin Sandmann-Weiß <k.sandmann-weiss@rheintal-fe.de>",
        "Fachgespräch Embedded Software Entwickler AUTOSAR",
        A("interview", RF, RFR, 6, "direct"),
        "Sehr geehrte Frau Wiesner,\n\nanbei die Einladung für das Fachgespräch am 09.12.2025.\n\nMit freundlichen Grüßen\n"
        "Karin Sandmann-Weiß\nAssistenz Entwicklung Steuergeräte\nRheintal Fahrzeugelektronik GmbH",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000RFE55146",
            "2025-12-09 14:00",
            "Fachgespräch Wiesner (Talentbrücke)",
            ("Karin Sandmann-Weiß", "k.sandmann-weiss@rheintal-fe.de"),
            minutes=60,
            location="Microsoft Teams",
        ),
    ),
    m(
        "55165",
        "2025-12-15 11:45",
        "Daniel Oberhuber <d.oberhuber@talentbruecke-personal.de>",
        "Feedback Rheintal",
        A("rejection", RF, RFR, 6, "agency"),
        "Liebe Frau Wiesner,\n\nich habe heute das Feedback von Rheintal bekommen. Man war von Ihrer strukturierten Art und Ihrem "
        "Systemverständnis sehr angetan - leider hat sich der Mandant am Ende für einen Kandidaten mit mehr AUTOSAR-Praxis entschieden.\n\n"
        "Ich würde Sie gerne für weitere Projekte im Blick behalten, wenn das für Sie in Ordnung ist.\n\nBeste Grüße\nDaniel Oberhuber",
    ),
    # --- 8/9 Quellwerk Medizintechnik (d.vinci), re-application -----------------------------
    m(
        "55115",
        "2025-11-13 07:58",
        "Quellwerk Medizintechnik AG <bewerbung@quellwerk-medizin.de>",
        "Ihre Bewerbung: Softwareentwickler Embedded Medizintechnik (m/w/d) - Kennziffer QM-2025-118",
        A("confirmation", QW, QW1, 7, "other"),
        "Sehr geehrte Frau Wiesner,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Leider ist es uns aufgrund der Vielzahl an "
        "Bewerbungen nicht möglich, Ihnen sofort eine Rückmeldung zu geben. Wir bitten um etwas Geduld.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung\nQuellwerk Medizintechnik AG, Nürnberg\n\n"
        "Diese Nachricht wurde automatisch über d.vinci erstellt.",
    ),
    m(
        "55142",
        "2025-11-28 14:31",
        "Quellwerk Medizintechnik AG <bewerbung@quellwerk-medizin.de>",
        "Ihre Bewerbung bei Quellwerk - Kennziffer QM-2025-118",
        A("rejection", QW, QW1, 7, "other"),
        "Sehr geehrte Frau Wiesner,\n\nnach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir "
        "Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Dies ist keine Bewertung Ihrer Qualifikation.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung Quellwerk Medizintechnik AG",
    ),
    m(
        "55204",
        "2026-01-19 08:12",
        "Quellwerk Medizintechnik AG <bewerbung@quellwerk-medizin.de>",
        "Ihre Bewerbung: Junior Embedded Software Engineer (m/w/d) - Kennziffer QM-2026-021",
        A("confirmation", QW, QW2, 8, "other"),
        "Sehr geehrte Frau Wiesner,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Junior Embedded Software Engineer (m/w/d). "
        "Schön, dass Sie sich erneut bei uns bewerben!\n\nMit freundlichen Grüßen\nPersonalabteilung\nQuellwerk Medizintechnik AG\n\n"
        "Diese Nachricht wurde automatisch über d.vinci erstellt.",
    ),
    m(
        "55213",
        "2026-02-04 13:25",
        "Stefan Gruber <stefan.gruber@quellwerk-medizin.de>",
        "Einladung Vorstellungsgespräch Junior Embedded Software Engineer",
        A("interview", QW, QW2, 8, "direct"),
        "Sehr geehrte Frau Wiesner,\n\nIhre Bewerbung hat uns überzeugt und wir laden Sie herzlich zu einem persönlichen "
        "Vorstellungsgespräch nach Nürnberg ein: Dienstag, 17.02.2026, 10:00 Uhr, Frankenstraße 150, Empfang Gebäude 3.\n\n"
        "Bitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nStefan Gruber\nTeamleitung Firmware\nQuellwerk Medizintechnik AG",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000QMA55213",
            "2026-02-17 10:00",
            "Vorstellungsgespräch Frau Wiesner",
            ("Stefan Gruber", "stefan.gruber@quellwerk-medizin.de"),
            minutes=90,
            location="Frankenstraße 150, Nürnberg, Geb. 3",
        ),
    ),
    # --- 10 Alpenfunk (rexx), withdrawal -----------------------------------------------------
    m(
        "55117",
        "2025-11-14 12:40",
        "Alpenfunk GmbH <noreply@alpenfunk.rexx-recruitment.com>",
        "Bestätigung Ihrer Bewerbung",
        A("confirmation", AF, AFR, 9, "other"),
        "Sehr geehrte Frau Wiesner,\n\nwir haben Ihre Bewerbung für die Position Embedded C Entwickler IoT (m/w/d) erhalten "
        "und bedanken uns für Ihr Interesse an der Alpenfunk GmbH.\n\nIhre Zugangsdaten zum Bewerberportal erhalten Sie in einer "
        "separaten E-Mail.\n\nMit freundlichen Grüßen\nPersonalabteilung Alpenfunk GmbH, Garching bei München",
    ),
    m(
        "55118",
        "2025-11-14 12:41",
        "Alpenfunk GmbH <noreply@alpenfunk.rexx-recruitment.com>",
        "Ihre Zugangsdaten zum Bewerberportal",
        ("other_job", AF, None, None, "other", "de"),
        "Sehr geehrte Frau Wiesner,\n\nIhr Benutzername lautet: jana.wiesner@posteo.de\nBitte vergeben Sie Ihr Passwort über "
        "folgenden Link (24 Stunden gültig): https://alpenfunk.rexx-recruitment.com/pw/8821ac\n\nIhr Alpenfunk Recruiting",
    ),
    m(
        "55170",
        "2026-02-26 09:50",
        "Florian Achleitner <florian.achleitner@alpenfunk.de>",
        "Vorstellungsgespräch Embedded C Entwickler IoT",
        A("interview", AF, AFR, 9, "direct"),
        "Sehr geehrte Frau Wiesner,\n\ngerne möchten wir Sie zu einem Vorstellungsgespräch in Garching einladen. Wären Sie am "
        "19.03.2026 um 11:00 Uhr verfügbar?\n\nViele Grüße\nFlorian Achleitner\nEntwicklungsleitung\nAlpenfunk GmbH",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000ALP55170",
            "2026-03-19 11:00",
            "Vorstellungsgespräch J. Wiesner",
            ("Florian Achleitner", "florian.achleitner@alpenfunk.de"),
            location="Alpenfunk GmbH, Lichtenbergstr. 8, Garching",
        ),
    ),
    m(
        "55176",
        "2026-03-17 10:05",
        "Florian Achleitner <florian.achleitner@alpenfunk.de>",
        "AW: Vorstellungsgespräch Embedded C Entwickler IoT - Rückzug",
        A("confirmation", AF, AFR, 9, "direct", st="withdrawn"),
        "Sehr geehrte Frau Wiesner,\n\nschade, aber natürlich verständlich - herzlichen Glückwunsch zur neuen Stelle! Ich habe "
        "den Termin am 19.03. storniert und Ihre Bewerbung aus dem Verfahren genommen.\n\nAlles Gute für den Start in Stuttgart!\n"
        "Florian Achleitner\n\n> Am 17.03.2026 um 08:31 schrieb Jana Wiesner:\n> Sehr geehrter Herr Achleitner, leider muss ich "
        "meine Bewerbung zurückziehen, da ich inzwischen eine Zusage angenommen habe ...",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000ALP55170",
            "2026-03-19 11:00",
            "Abgesagt: Vorstellungsgespräch J. Wiesner",
            ("Florian Achleitner", "florian.achleitner@alpenfunk.de"),
            method="CANCEL",
        ),
    ),
    # --- 14 Weißenfels (Indeed) ---------------------------------------------------------------
    m(
        "55120",
        "2025-11-16 19:22",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung gesendet: Testingenieur Embedded Systems (m/w/d)",
        A("confirmation", WE, WER, 10, "indeed"),
        html="<html><body><p><b>Ihre Bewerbung wurde gesendet</b></p><p>Testingenieur Embedded Systems (m/w/d)<br>"
        "Weißenfels Elektronik GmbH - Nürnberg</p><p>Wir haben Ihre Bewerbung an den Arbeitgeber weitergeleitet. "
        "Sie können Ihre Bewerbungen unter Meine Jobs verfolgen.</p><p>Indeed</p></body></html>",
    ),
    m(
        "55153",
        "2025-12-08 08:03",
        "Weißenfels Elektronik Personal <personal@weissenfels-elektronik.de>",
        "Ihre Bewerbung über Indeed",
        A("rejection", WE, WER, 10, "direct"),
        "Guten Tag Frau Wiesner,\n\ndanke für Ihre Bewerbung als Testingenieur Embedded Systems. Wir haben uns für einen anderen "
        "Bewerber entschieden, dessen Erfahrung mit Testautomatisierung (dSPACE, HIL) besser auf die Stelle passt.\n\n"
        "Freundliche Grüße\nA. Lindner\nPersonal, Weißenfels Elektronik GmbH",
    ),
    # --- 15 Berger & Sohn (StepStone), ghosted ---------------------------------------------
    m(
        "55126",
        "2025-11-20 20:31",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        A("confirmation", BS, BSR, 11, "other"),
        html="<html><body><p>Hallo Jana Wiesner,</p><p>Ihre Bewerbung für <b>Softwareentwickler Steuerungstechnik / Embedded "
        "(m/w/d)</b> bei <b>Berger &amp; Sohn Steuerungstechnik GmbH</b> wurde erfolgreich versendet.</p><p>Tipp: Unternehmen "
        "melden sich meist innerhalb von 2-3 Wochen.</p><p>Ihr StepStone Team</p></body></html>",
    ),
    # --- 16 Voltaria (XING + SmartRecruiters) -----------------------------------------------
    m(
        "55134",
        "2025-11-24 18:02",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung bei Voltaria Energy Systems GmbH",
        A("confirmation", VO, VOR, 12, "other"),
        "Hallo Jana Wiesner,\n\nSie haben sich über XING auf die Stelle Embedded Software Developer Wechselrichter (m/w/d) bei "
        "Voltaria Energy Systems GmbH in Stuttgart beworben. Sie werden auf die Karriereseite des Unternehmens weitergeleitet, "
        "um Ihre Bewerbung abzuschließen.\n\nIhr XING Team",
    ),
    m(
        "55135",
        "2025-11-24 18:20",
        "Voltaria Energy Systems <no-reply@smartrecruiters.com>",
        "Vielen Dank für Ihre Bewerbung bei Voltaria!",
        A("confirmation", VO, VOR, 12, "smartrecruiters"),
        "Hallo Jana,\n\nvielen Dank für Ihre Bewerbung als Embedded Software Developer Wechselrichter (m/w/d). Wir schauen uns Ihre "
        "Unterlagen genau an und melden uns in den nächsten Wochen.\n\nBeste Grüße\nIhr Voltaria People & Culture Team",
    ),
    m(
        "55168",
        "2026-03-05 12:00",
        "Nina Kessler <nina.kessler@voltaria-energy.de>",
        "Telefoninterview Embedded Software Developer",
        A("interview", VO, VOR, 12, "direct"),
        "Hallo Frau Wiesner,\n\nwir würden gerne ein kurzes Telefoninterview (30 Min) mit Ihnen führen. Ich habe Ihnen einen "
        "Termin am 23.03. um 15:00 Uhr eingestellt - falls das nicht passt, schlagen Sie gerne einen anderen vor.\n\n"
        "Viele Grüße\nNina Kessler\nRecruiting | Voltaria Energy Systems GmbH",
        ics=ev(
            "voltaria-55168-tel",
            "2026-03-23 15:00",
            "Telefoninterview Jana Wiesner",
            ("Nina Kessler", "nina.kessler@voltaria-energy.de"),
            style="google",
            minutes=30,
            location="Telefon",
        ),
    ),
    m(
        "55177",
        "2026-03-18 09:40",
        "Nina Kessler <nina.kessler@voltaria-energy.de>",
        "Re: Telefoninterview Embedded Software Developer",
        A("confirmation", VO, VOR, 12, "direct", st="withdrawn"),
        "Hallo Frau Wiesner,\n\ndanke für die offene Info und Glückwunsch! Ich habe den Termin gelöscht und Ihre Bewerbung "
        "zurückgezogen. Vielleicht kreuzen sich unsere Wege ja nochmal.\n\nViele Grüße\nNina Kessler",
    ),
    # --- 17 Isarwerk (Jobbörse), forwarded -------------------------------------------------
    m(
        "55109",
        "2025-11-09 12:00",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Nachricht in Ihrem Postfach - JOBBÖRSE",
        ("other_job", None, None, None, "other", "de"),
        "Guten Tag Frau Wiesner,\n\nin Ihrem Postfach auf www.arbeitsagentur.de liegt eine neue Nachricht für Sie bereit. "
        "Bitte melden Sie sich an, um diese zu lesen.\n\nMit freundlichen Grüßen\nIhre Bundesagentur für Arbeit\n\n"
        "Dies ist eine automatisch erstellte Nachricht.",
    ),
    m(
        "55112",
        "2025-11-11 09:18",
        "Jana Wiesner <jana.wiesner@mytum.de>",
        "WG: Eingangsbestätigung Ihrer Bewerbung als Ingenieur Prüfstandsautomatisierung",
        A("confirmation", IW, IWR, 13, "direct"),
        "Hab die Bewerbung versehentlich mit der Uni-Adresse abgeschickt, hier zur Ablage.\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Isarwerk Prüftechnik GmbH - Personal <karriere@isarwerk-pt.de>\n"
        "Gesendet: Montag, 10. November 2025 16:44\nAn: Jana Wiesner <jana.wiesner@mytum.de>\n"
        "Betreff: Eingangsbestätigung Ihrer Bewerbung als Ingenieur Prüfstandsautomatisierung\n\n"
        "Sehr geehrte Frau Wiesner,\n\nvielen Dank für Ihre Bewerbung über die Jobbörse der Bundesagentur für Arbeit. Wir haben Ihre "
        "Unterlagen erhalten und melden uns zeitnah.\n\nMit freundlichen Grüßen\nPersonalabteilung\nIsarwerk Prüftechnik GmbH, Freising",
    ),
    m(
        "55183",
        "2026-01-14 10:10",
        "Isarwerk Prüftechnik GmbH - Personal <karriere@isarwerk-pt.de>",
        "Ihre Bewerbung",
        A("rejection", IW, IWR, 13, "direct"),
        "Sehr geehrte Frau Wiesner,\n\nwir bedanken uns für Ihre Geduld. Die Stelle wurde inzwischen intern besetzt, daher "
        "können wir Ihre Bewerbung leider nicht weiter berücksichtigen. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung Isarwerk Prüftechnik GmbH",
    ),
    # --- 20 Ebersberger via Prima Personal (Personaldienstleister) --------------------------
    m(
        "55174",
        "2025-12-20 10:30",
        "Melanie Huber | Prima Personal <m.huber@prima-personal.de>",
        "Stellenangebot Embedded Softwareentwickler - Landkreis Ebersberg",
        ("outreach", None, EGR, None, "agency", "de"),
        "Hallo Frau Wiesner,\n\nich habe Ihren Lebenslauf in der Jobbörse der Arbeitsagentur gefunden. Für einen unserer Kunden, "
        "ein mittelständisches Unternehmen im Gerätebau östlich von München, suchen wir einen Embedded Softwareentwickler (m/w/d) "
        "in Arbeitnehmerüberlassung mit Übernahmeoption. Haben Sie Interesse?\n\nMit freundlichen Grüßen\nMelanie Huber\n"
        "Personaldisponentin\nPrima Personal Service GmbH, Niederlassung München",
    ),
    # --- 21 Hallerbau (Workday) -------------------------------------------------------------
    m(
        "55180",
        "2026-01-08 08:55",
        "Hallerbau Industrietechnik AG <hallerbau@myworkday.com>",
        "Ihre Bewerbung für Trainee Embedded Systems (m/w/d)",
        A("confirmation", HB, HBR, 14, "workday"),
        "Sehr geehrte Jana Wiesner,\n\nvielen Dank für Ihre Bewerbung für die Position Trainee Embedded Systems (m/w/d) "
        "(JR-20931) bei der Hallerbau Industrietechnik AG. Sie können den Status Ihrer Bewerbung jederzeit in unserem "
        "Kandidatenportal einsehen.\n\nFreundliche Grüße\nHallerbau Talent Acquisition",
    ),
    m(
        "55189",
        "2026-01-27 14:00",
        "Hallerbau Industrietechnik AG <hallerbau@myworkday.com>",
        "Einladung zum Online-Assessment",
        A("assessment", HB, HBR, 14, "workday"),
        "Sehr geehrte Jana Wiesner,\n\nim Rahmen des Auswahlverfahrens für das Trainee-Programm bitten wir Sie, ein Online-Assessment "
        "(Numerik, Logik, Englisch; ca. 45 Minuten) zu absolvieren. Den Link finden Sie in Ihrem Kandidatenportal unter Aufgaben. "
        "Bitte schließen Sie das Assessment innerhalb von 7 Tagen ab.\n\nFreundliche Grüße\nHallerbau Talent Acquisition",
    ),
    m(
        "55199",
        "2026-02-12 16:22",
        "Hallerbau Industrietechnik AG <hallerbau@myworkday.com>",
        "Aktualisierung zu Ihrer Bewerbung JR-20931",
        A("rejection", HB, HBR, 14, "workday"),
        "Sehr geehrte Jana Wiesner,\n\nvielen Dank für Ihr Interesse an Hallerbau und die Teilnahme am Online-Assessment.\n\n"
        "Wir haben uns entschieden, mit anderen Bewerberinnen und Bewerbern fortzufahren. Wir ermutigen Sie, sich auch künftig "
        "auf passende Stellen zu bewerben.\n\nFreundliche Grüße\nHallerbau Talent Acquisition",
    ),
    # --- 22 Kobaltblau (Personio, du) -------------------------------------------------------
    m(
        "55186",
        "2026-01-20 13:33",
        "Kobaltblau <jobs@kobaltblau.jobs.personio.de>",
        "Danke für deine Bewerbung, Jana!",
        A("confirmation", KB, KBR, 15, "personio"),
        "Hi Jana,\n\nwie cool, dass du dich bei uns als Embedded Developer (Junior, m/w/d) beworben hast! Wir schauen uns deine "
        "Unterlagen in Ruhe an und melden uns spätestens in zwei Wochen.\n\nBis bald\nDein Kobaltblau-Team\n\nKobaltblau GmbH · Werksviertel München",
    ),
    m(
        "55193",
        "2026-02-03 10:40",
        "Jonas Reiter <jonas@kobaltblau.io>",
        "Kennenlernen bei Kobaltblau?",
        A("interview", KB, KBR, 15, "direct"),
        "Hi Jana,\n\nich bin Jonas, Lead Hardware & Firmware bei Kobaltblau. Lass uns gern mal quatschen - ich hab dir eine "
        "Einladung für Freitag, 13.02., 11 Uhr bei uns im Werksviertel geschickt. Kaffee geht auf uns :)\n\nVG Jonas",
        ics=ev(
            "kb-55193",
            "2026-02-13 11:00",
            "Kennenlernen Jana <> Kobaltblau",
            ("Jonas Reiter", "jonas@kobaltblau.io"),
            style="google",
            minutes=60,
            location="Kobaltblau, Atelierstr. 1, München",
        ),
    ),
    m(
        "55207",
        "2026-02-24 17:15",
        "Jonas Reiter <jonas@kobaltblau.io>",
        "Kurzes Update von uns",
        A("rejection", KB, KBR, 15, "direct"),
        "Hi Jana,\n\nnochmal danke für den Besuch, das Team fand dich echt sympathisch und dein Prototyp mit dem Schrittmotor "
        "war mega. Trotzdem müssen wir dir leider absagen: wir haben die Stelle mit jemandem besetzt, der schon BLE-Stacks "
        "produktiv gebracht hat. Ich hoffe, das ist okay, dass ich so direkt bin.\n\nAlles Liebe\nJonas",
    ),
    # --- 23 Wendel Maritime (Teamtailor) ----------------------------------------------------
    m(
        "55190",
        "2026-01-29 09:09",
        "Wendel Maritime <no-reply@teamtailor-mail.com>",
        "Wir haben deine Bewerbung erhalten",
        A("confirmation", WM, WMR, 16, "teamtailor"),
        html="<html><body><p>Hallo Jana,</p><p>danke für deine Bewerbung als <b>Embedded Systems Engineer (m/w/d)</b> bei "
        "Wendel Maritime in Hamburg. Wir melden uns bald bei dir!</p><p>Liebe Grüße<br>Kerstin von Wendel Maritime</p></body></html>",
    ),
    m(
        "55209",
        "2026-02-27 11:02",
        "Wendel Maritime <no-reply@teamtailor-mail.com>",
        "Deine Bewerbung bei Wendel Maritime",
        A("rejection", WM, WMR, 16, "teamtailor"),
        html="<html><body><p>Hallo Jana,</p><p>vielen Dank für deine Geduld. Wir haben uns alle Bewerbungen sehr genau angesehen. "
        "Leider haben wir uns für andere Kandidat:innen entschieden, die noch besser zu unseren aktuellen Anforderungen passen.</p>"
        "<p>Wir wünschen dir viel Erfolg!<br>Kerstin von Wendel Maritime</p></body></html>",
    ),
    # --- 25 Hochwald Sensorik (softgarden), ghosted after interview ------------------------
    m(
        "55192",
        "2026-02-02 14:50",
        "Hochwald Sensorik GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung als Junior Softwareentwickler Embedded (m/w/d)",
        A("confirmation", HS, HSR, 17, "other"),
        "Sehr geehrte Frau Wiesner,\n\nvielen Dank für Ihre Bewerbung. Wir werden Ihre Unterlagen prüfen und uns zeitnah "
        "bei Ihnen melden.\n\nFreundliche Grüße\nHochwald Sensorik GmbH, Nürnberg" + SIG_SG,
    ),
    m(
        "55210",
        "2026-03-02 09:30",
        "Hochwald Sensorik GmbH <noreply@softgarden.io>",
        "Terminvorschlag für ein Vorstellungsgespräch",
        A("interview", HS, HSR, 17, "other"),
        html="<html><body><p>Sehr geehrte Frau Wiesner,</p><p>wir möchten Sie gerne näher kennenlernen und laden Sie zu einem "
        "Video-Interview ein. Bitte wählen Sie über den folgenden Link einen passenden Termin aus:</p>"
        "<p><a href='https://hochwald-sensorik.softgarden.io/interview/52210'>Termin auswählen</a></p><p>Freundliche Grüße<br>"
        "Hochwald Sensorik GmbH</p></body></html>",
    ),
    # --- 26 Ebersberger interview at client -------------------------------------------------
    m(
        "55182",
        "2026-01-12 15:10",
        "Melanie Huber | Prima Personal <m.huber@prima-personal.de>",
        "Vorstellungstermin bei der Ebersberger Gerätebau GmbH",
        A("interview", EG, EGR, 18, "agency"),
        "Hallo Frau Wiesner,\n\nwie telefonisch besprochen: unser Kunde ist die Ebersberger Gerätebau GmbH in Grafing. "
        "Vorstellungstermin ist am 21.01.2026 um 9:30 Uhr vor Ort, ich begleite Sie. Bitte bringen Sie Ihre Zeugnisse mit.\n\n"
        "Mit freundlichen Grüßen\nMelanie Huber\nPrima Personal Service GmbH",
    ),
]
