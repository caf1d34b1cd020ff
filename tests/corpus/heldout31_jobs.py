# ruff: noqa: E501
"""Corpus 31, job mail in German and English (Stuttgart and Munich employers, boards, agencies)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m_cet as M
from heldout3_util import reply

ME_NAME = "Jonas Albrecht"
ME_ADDR = "jonas.albrecht@posteo.de"


KES = "Kessler Automotive"
KES1 = "Versuchsingenieur Prüfstand Antriebsstrang (m/w/d)"
KES2 = "Entwicklungsingenieur Thermomanagement (m/w/d)"
BRE = "Brenner Mobility Solutions"
BRE1 = "Test Engineer E-Axle Validation"
HOF = "Hofmann Maschinenbau"
HOF1 = "Konstrukteur Sondermaschinenbau (m/w/d)"
VAL = "Valtura Fahrzeugsysteme"
VAL1 = "Versuchsingenieur HV-Batteriesysteme (m/w/d)"
LIN = "Lindqvist Drivetrain"
LIN1 = "Testingenieur Getriebeerprobung (m/w/d)"
VOL = "Voltwerk Robotics"
VOL1 = "Hardware Test Engineer (m/w/d)"
WEN = "Wendlinger Hydraulik"
WEN1 = "Versuchsingenieur Hydraulik (m/w/d)"
MAH = "Mahler Messtechnik"
MAH1 = "Applikationsingenieur Messtechnik (m/w/d)"
COR = "Cordes Thermal Systems"
COR1 = "Test Engineer – Climate & Environmental Testing"
OST = "Ostertag Kunststofftechnik"
OST1 = "Qualitätsingenieur (m/w/d)"
RIE = "Rieker Fördertechnik"
RIE1 = "Maschinenbauingenieur Konstruktion (m/w/d)"
LUM = "Lumatec"
LUM1 = "Test Engineer Power Electronics (m/w/d)"
BAU = "Baumann + Stoll Antriebe"
BAU1 = "Berechnungsingenieur FEM (m/w/d)"
GEH = "Gehring Prüfsysteme"
GEH1 = "Entwicklungsingenieur Prüfstandsautomatisierung (m/w/d)"
AUR = "Auravia Aerostructures"
AUR1 = "Test Engineer Structural Testing (m/w/d)"
STE = "Stellmacher Fahrwerktechnik"
STE1 = "Versuchsingenieur Fahrwerk (m/w/d)"
WIK = "Wittmann & Kolb Engineering"
WIK1 = "Projektingenieur Validierung (m/w/d)"

SF = "Kessler Automotive Karriere <noreply@successfactors.eu>"
WD_BRE = "Brenner Mobility Solutions <brenner@myworkday.com>"
PERS_HOF = "Hofmann Maschinenbau GmbH <noreply@personio.de>"
PROTECH = "Melanie Voigt <m.voigt@protech-ep.de>"
BRUECK = "Dennis Kowalczyk | Brückner Personal <d.kowalczyk@brueckner-personal.de>"
VOL_FOUNDER = "Tobias Reindl <tobi.reindl@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- 1 / 2: Kessler Automotive, two roles (SuccessFactors) ---------------------------------
    M(
        "40117",
        "2025-09-08 10:14",
        SF,
        "Ihre Bewerbung als Versuchsingenieur Prüfstand Antriebsstrang (m/w/d) – Req. ID 48213",
        ("confirmation", KES, KES1, 1, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihr Interesse an der Kessler Automotive GmbH, einem Unternehmen der "
        "Kessler Gruppe.\n\n"
        "Hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Position\n\n"
        "    Versuchsingenieur Prüfstand Antriebsstrang (m/w/d)\n"
        "    Standort: Leonberg\n"
        "    Req. ID: 48213\n\n"
        "Unser Recruiting-Team prüft Ihre Unterlagen sorgfältig und meldet sich so bald wie möglich "
        "bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem "
        "Kandidatenprofil einsehen:\n"
        "https://career5.successfactors.eu/career?company=kesslerP&career_ns=job_application\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Ihr Talent Acquisition Team\n"
        "Kessler Automotive GmbH\n"
        "Ein Unternehmen der Kessler Gruppe\n\n"
        "Kessler Automotive GmbH · Röntgenstraße 14 · 71229 Leonberg\n"
        "Sitz der Gesellschaft: Leonberg · Amtsgericht Stuttgart HRB 731942\n"
        "Geschäftsführung: Dr. Claudia Kessler, Frank Bräuninger\n\n"
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
    ),
    M(
        "40123",
        "2025-09-24 15:41",
        "Sabine Wörner <sabine.woerner@kessler-automotive.de>",
        "Einladung: Vorstellungsgespräch Versuchsingenieur Prüfstand – Di 07.10., 10:00 Uhr",
        ("interview", KES, KES1, 1, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "Ihre Unterlagen haben uns überzeugt – gern möchten wir Sie persönlich kennenlernen.\n\n"
        "Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 07. Oktober 2025, um "
        "10:00 Uhr an unseren Standort in Leonberg ein (Röntgenstraße 14, Gebäude C, bitte am "
        "Empfang melden). Gesprächspartner sind Herr Markus Ehrle (Teamleiter Prüffeld "
        "Antriebsstrang) und ich. Planen Sie bitte ca. 90 Minuten ein, inklusive eines kurzen "
        "Rundgangs durch das Prüffeld.\n\n"
        "Die Einladung finden Sie auch als Kalendereintrag in dieser E-Mail. Sollte der Termin nicht "
        "passen, geben Sie mir bitte kurz Bescheid.\n\n"
        "Fahrtkosten erstatten wir Ihnen gern im Rahmen unserer Reisekostenrichtlinie.\n\n"
        "Mit freundlichen Grüßen\n"
        "Sabine Wörner\n"
        "HR Business Partner Engineering\n\n"
        "Kessler Automotive GmbH\n"
        "Röntgenstraße 14 | 71229 Leonberg\n"
        "Tel. +49 7152 9381-244\n"
        "sabine.woerner@kessler-automotive.de\n",
        ics={
            "style": "outlook",
            "start": "2025-10-07 10:00:00 +0200",
            "minutes": 90,
            "organizer": ("Wörner, Sabine", "sabine.woerner@kessler-automotive.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000A7C1E3F2B1E4DB01000000000000000010000000",
            "attendees": [("Ehrle, Markus", "markus.ehrle@kessler-automotive.de")],
            "summary": "Vorstellungsgespräch Jonas Albrecht – Versuchsingenieur Prüfstand",
            "location": "Leonberg, Röntgenstraße 14, Gebäude C, Besprechungsraum C1.12",
            "description": "Gesprächspartner: Markus Ehrle, Sabine Wörner",
        },
    ),
    M(
        "40131",
        "2025-10-21 09:03",
        "Sabine Wörner <sabine.woerner@kessler-automotive.de>",
        "Ihre Bewerbung bei der Kessler Automotive GmbH",
        ("rejection", KES, KES1, 1, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "nochmals herzlichen Dank für das angenehme Gespräch am 7. Oktober und Ihr Interesse an "
        "unserem Prüffeld. Herr Ehrle und ich waren von Ihrer Erfahrung mit Leistungsprüfständen "
        "und Ihrer strukturierten Art sehr angetan.\n\n"
        "Umso schwerer fällt uns diese Nachricht: Wir haben uns nach intensiver Abwägung für einen "
        "Kandidaten entschieden, der bereits mehrjährige Erfahrung mit AVL PUMA mitbringt, was für "
        "die anstehende Prüfstandsmigration den Ausschlag gegeben hat.\n\n"
        "Gern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. "
        "Wenn Sie damit nicht einverstanden sind, genügt eine kurze Nachricht.\n\n"
        "Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n\n"
        "Freundliche Grüße\n"
        "Sabine Wörner\n"
        "HR Business Partner Engineering\n"
        "Kessler Automotive GmbH – ein Unternehmen der Kessler Gruppe",
    ),
    M(
        "40140",
        "2025-09-30 18:22",
        SF,
        "Eingangsbestätigung – Entwicklungsingenieur Thermomanagement (m/w/d)",
        ("confirmation", KES, KES2, 2, "other", "de"),
        html='<html><body style="font-family:Arial,sans-serif;font-size:14px">'
        '<img src="https://career5.successfactors.eu/ui/logo/kessler_gruppe.png" alt="Kessler Gruppe">'
        "<p>Guten Tag Herr Albrecht,</p>"
        "<p>wir freuen uns über Ihre Bewerbung für die Stelle <b>Entwicklungsingenieur "
        "Thermomanagement (m/w/d)</b> (Req. ID 49077) bei der Kessler Automotive GmbH in "
        "Schwieberdingen.</p>"
        "<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Bitte haben Sie etwas Geduld – "
        "die Sichtung kann einige Wochen in Anspruch nehmen.</p>"
        "<p>Beste Grüße<br>Talent Acquisition<br>Kessler Gruppe</p>"
        '<p style="font-size:11px;color:#777">Sie erhalten diese Nachricht, weil Sie sich über '
        "unser Karriereportal beworben haben. Datenschutzhinweise: "
        '<a href="https://www.kessler-gruppe.de/datenschutz-bewerber">kessler-gruppe.de/datenschutz-bewerber</a></p>'
        "</body></html>",
    ),
    M(
        "40145",
        "2025-10-28 11:30",
        "Kessler Gruppe <survey@kessler-gruppe.de>",
        "Wie war Ihr Bewerbungserlebnis? 2 Minuten für uns",
        ("other_job", KES, None, None, "direct", "de"),
        "Hallo Herr Albrecht,\n\n"
        "Sie hatten in den letzten Wochen Kontakt mit unserem Recruiting. Unabhängig vom Ergebnis "
        "interessiert uns Ihre ehrliche Meinung: Was lief gut, was können wir besser machen?\n\n"
        "Zur anonymen Umfrage (6 Fragen): https://survey.kessler-gruppe.de/s/candidate-xp-q4\n\n"
        "Vielen Dank!\nIhr Employer-Branding-Team der Kessler Gruppe",
    ),
    # --- 3: Brenner Mobility Solutions (Workday) -----------------------------------------------
    M(
        "40210",
        "2025-09-11 21:47",
        WD_BRE,
        "Your Workday candidate account has been created",
        ("other_job", BRE, None, None, "workday", "en"),
        html="<p>Hello Jonas,</p><p>Your candidate account for the <b>Brenner SE</b> career site "
        "has been created. Your user name is <b>jonas.albrecht@posteo.de</b>.</p>"
        "<p>You can sign in at any time to check your applications or update your profile: "
        '<a href="https://brenner.wd3.myworkday.com/BrennerCareers">Brenner Careers</a></p>'
        "<p>If you did not create this account, please ignore this email.</p>",
    ),
    M(
        "40213",
        "2025-09-11 21:58",
        WD_BRE,
        "Thank you for applying – Test Engineer E-Axle Validation (R-0031876)",
        ("confirmation", BRE, BRE1, 3, "workday", "en"),
        html='<table width="600" style="font-family:Helvetica,Arial"><tr><td>'
        "<p>Dear Jonas,</p>"
        "<p>Thank you for your interest in Brenner Mobility Solutions GmbH, part of the Brenner SE "
        "group. We have received your application for <strong>Test Engineer E-Axle Validation</strong> "
        "(R-0031876) in Munich, Germany.</p>"
        "<p>Our talent acquisition team will review your profile against the requirements of the "
        "role. If your qualifications match, a member of the team will contact you to discuss next "
        "steps.</p>"
        "<p>You can follow your application under <i>My Applications</i> in your candidate home.</p>"
        "<p>Kind regards,<br>Brenner Talent Acquisition</p>"
        '<p style="font-size:10px">Brenner SE · Landsberger Straße 302 · 80687 München</p>'
        "</td></tr></table>",
    ),
    M(
        "40219",
        "2025-09-29 08:55",
        "Laura Schmidbauer <laura.schmidbauer@brenner-mobility.com>",
        "Brenner | Interview invitation – Test Engineer E-Axle Validation",
        ("interview", BRE, BRE1, 3, "direct", "en"),
        "Hi Jonas,\n\n"
        "thanks a lot for applying to our E-Axle validation team. Dr. Kemal Aydın (Head of "
        "Validation Electric Drives) and I would like to invite you to a first interview via "
        "Microsoft Teams on Thursday, 2 October, 14:00–15:00 CEST. The invite with the Teams link "
        "is attached.\n\n"
        "We will talk about your background on end-of-line and endurance testing and give you an "
        "overview of the team. The conversation will be in English, as part of the team sits in "
        "Gothenburg and Pune – feel free to switch to German any time.\n\n"
        "Best regards\n"
        "Laura\n\n"
        "Laura Schmidbauer\n"
        "Senior Talent Acquisition Partner\n"
        "Brenner Mobility Solutions GmbH | A Brenner SE company\n"
        "M +49 160 9482 3317\n",
        ics={
            "style": "outlook",
            "start": "2025-10-02 14:00:00 +0200",
            "minutes": 60,
            "organizer": ("Schmidbauer, Laura", "laura.schmidbauer@brenner-mobility.com"),
            "uid": "040000008200E00074C5B7101A82E0080000000061D02E7BB433DC01000000000000000010000000",
            "attendees": [("Aydın, Kemal Dr.", "kemal.aydin@brenner-mobility.com")],
            "summary": "Interview Jonas Albrecht | Test Engineer E-Axle Validation",
            "location": "Microsoft Teams-Besprechung",
            "description": "Microsoft Teams-Besprechung\nÜber Computer oder mobile App teilnehmen\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: 382 771 640 113\n"
            "Kennung: 7uK2pQ",
        },
    ),
    M(
        "40224",
        "2025-10-08 17:12",
        "Laura Schmidbauer <laura.schmidbauer@brenner-mobility.com>",
        "Re: Brenner | Interview invitation – Test Engineer E-Axle Validation",
        ("interview", BRE, BRE1, 3, "direct", "en"),
        "Hi Jonas,\n\n"
        "great news – the team would like to meet you on site for the second round. Would "
        "Wednesday 15 October from 09:30 to approx. 13:00 work for you? Agenda: tour of the E-axle "
        "test benches in Garching, a 30-minute case discussion (we send the short brief two days "
        "before) and lunch with two engineers from the team.\n\n"
        "Travel costs from Stuttgart will be reimbursed, please keep your train ticket.\n\n"
        "Cheers,\nLaura\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Jonas Albrecht <jonas.albrecht@posteo.de>\n"
        "Gesendet: Freitag, 3. Oktober 2025 09:12\n"
        "An: Schmidbauer, Laura <laura.schmidbauer@brenner-mobility.com>\n"
        "Betreff: Re: Brenner | Interview invitation – Test Engineer E-Axle Validation\n\n"
        "Hi Laura,\n\nthank you and Dr. Aydın for the conversation yesterday, I really enjoyed "
        "it. Looking forward to hearing from you.\n\nBest regards\nJonas\n",
        **reply("40219", "laura.schmidbauer@brenner-mobility.com"),
    ),
    M(
        "40231",
        "2025-11-06 16:40",
        "Laura Schmidbauer <laura.schmidbauer@brenner-mobility.com>",
        "Your offer – Brenner Mobility Solutions GmbH",
        ("offer", BRE, BRE1, 3, "direct", "en"),
        "Dear Jonas,\n\n"
        "following our call this afternoon, I am very happy to send you our written offer for the "
        "position of Test Engineer E-Axle Validation in Garching near Munich.\n\n"
        "Key points:\n"
        "- Start date: 1 February 2026 (negotiable)\n"
        "- Annual base salary: EUR 74,500 gross, plus variable bonus (target 8 %)\n"
        "- IG Metall Bavaria collective agreement, 35-hour week, 30 days of vacation\n"
        "- Relocation allowance up to EUR 5,000\n\n"
        "The contract documents are attached. Please let us know your decision by 20 November "
        "2025. If you have any questions, call me anytime.\n\n"
        "We would be delighted to welcome you to the team!\n\n"
        "Best regards,\nLaura Schmidbauer\nSenior Talent Acquisition Partner\n"
        "Brenner Mobility Solutions GmbH",
        attach=[
            ("Angebot_Albrecht_Jonas_R-0031876.pdf", "application/pdf", "%PDF-1.4 offer letter")
        ],
    ),
    M(
        "40236",
        "2025-11-19 10:05",
        "Laura Schmidbauer <laura.schmidbauer@brenner-mobility.com>",
        "AW: Your offer – Brenner Mobility Solutions GmbH",
        ("offer", BRE, BRE1, 3, "direct", "en"),
        st="declined",
        text="Dear Jonas,\n\n"
        "thank you for letting me know so openly. Of course we are disappointed, but I fully "
        "understand that moving to Munich with your partner's job in Stuttgart is not the right "
        "step at the moment.\n\n"
        "I have closed the offer in our system. Please stay in touch – should anything change, my "
        "door is open.\n\nAll the best,\nLaura\n\n"
        "From: Jonas Albrecht <jonas.albrecht@posteo.de>\n"
        "Sent: Tuesday, 18 November 2025 21:31\n"
        "To: Schmidbauer, Laura\n"
        "Subject: Re: Your offer – Brenner Mobility Solutions GmbH\n\n"
        "Dear Laura,\n\nafter a lot of thinking I have decided to decline the offer. ...",
        **reply("40231", "laura.schmidbauer@brenner-mobility.com"),
    ),
    M(
        "40240",
        "2025-12-02 12:00",
        "Brenner Careers <talentcommunity@brenner-mobility.com>",
        "Welcome to the Brenner Talent Community",
        ("alert", BRE, None, None, "other", "en"),
        html="<h2>Great to have you, Jonas!</h2><p>You have joined the Brenner Talent Community. "
        "From now on we will send you hand-picked jobs in <b>Testing &amp; Validation</b> around "
        "<b>Stuttgart, Munich</b>, plus stories from our engineering teams.</p>"
        '<p><a href="https://careers.brenner-mobility.com/community/preferences">Manage preferences</a>'
        ' · <a href="https://careers.brenner-mobility.com/unsubscribe">Unsubscribe</a></p>',
    ),
    # --- 4: Hofmann Maschinenbau (Personio), accepted --------------------------------------------
    M(
        "40310",
        "2025-11-17 08:12",
        PERS_HOF,
        "Vielen Dank für Ihre Bewerbung als Konstrukteur Sondermaschinenbau (m/w/d)",
        ("confirmation", HOF, HOF1, 4, "personio", "de"),
        "Hallo Herr Albrecht,\n\n"
        "vielen Dank für Ihre Bewerbung und Ihr Interesse an der Hofmann Maschinenbau GmbH!\n\n"
        "Wir haben Ihre Unterlagen erhalten und werden uns diese in den nächsten Tagen in Ruhe "
        "anschauen. Sie hören auf jeden Fall von uns.\n\n"
        "Viele Grüße aus Göppingen\n"
        "Ihr Hofmann-Team\n\n"
        "Hofmann Maschinenbau GmbH | Lerchenbergstraße 41 | 73037 Göppingen\n"
        "Geschäftsführer: Ulrich Hofmann, Katrin Hofmann-Seitz | HRB 540118, AG Ulm",
        reply_to="Andrea Maier <bewerbung@hofmann-maschinenbau.de>",
    ),
    M(
        "40314",
        "2025-11-26 13:27",
        "Andrea Maier <a.maier@hofmann-maschinenbau.de>",
        "Kennenlernen bei Hofmann – Terminvorschlag",
        ("interview", HOF, HOF1, 4, "direct", "de"),
        "Hallo Herr Albrecht,\n\n"
        "Ihre Bewerbung hat uns gut gefallen – besonders Ihre Zeit im Versuch, weil unsere "
        "Konstrukteure sehr eng mit der Inbetriebnahme zusammenarbeiten.\n\n"
        "Hätten Sie Zeit, uns am Donnerstag, den 4. Dezember um 14 Uhr in Göppingen zu besuchen? "
        "Mit dabei wären unser Konstruktionsleiter Herr Rapp und unser Geschäftsführer Herr "
        "Hofmann. Ich habe Ihnen eine Terminanfrage geschickt; bitte nehmen Sie sie einfach an "
        "oder schlagen einen anderen Tag vor.\n\n"
        "Parkplätze finden Sie direkt vor Halle 2.\n\n"
        "Herzliche Grüße\n"
        "Andrea Maier\n"
        "Personal\n"
        "Hofmann Maschinenbau GmbH\n"
        "Tel. 07161 50 88 - 12",
        ics={
            "style": "outlook",
            "start": "2025-12-04 14:00:00 +0100",
            "minutes": 75,
            "organizer": ("Andrea Maier", "a.maier@hofmann-maschinenbau.de"),
            "uid": "040000008200E00074C5B7101A82E00800000000F1B8A31C6F5EDC01000000000000000010000000",
            "attendees": [
                ("Thomas Rapp", "t.rapp@hofmann-maschinenbau.de"),
                ("Ulrich Hofmann", "u.hofmann@hofmann-maschinenbau.de"),
            ],
            "summary": "Vorstellungsgespräch Herr Albrecht (Konstruktion)",
            "location": "Hofmann Maschinenbau, Lerchenbergstr. 41, Göppingen – Besprechung EG",
        },
    ),
    M(
        "40318",
        "2025-12-08 16:03",
        "Thomas Rapp <t.rapp@hofmann-maschinenbau.de>",
        "Probearbeitstag 16.12.",
        ("interview", HOF, HOF1, 4, "direct", "de"),
        "Servus Herr Albrecht,\n\n"
        "wie am Donnerstag besprochen würden wir Sie gerne einen Tag bei uns in der Konstruktion "
        "mitlaufen lassen. Passt Dienstag, der 16.12.? Beginn 7:30 Uhr, Ende gegen 15 Uhr. Sie "
        "bekommen einen Platz neben Herrn Böckle, wir schauen uns zusammen die aktuelle "
        "Zuführeinheit für den Kunden aus Reutlingen an (SolidWorks, keine Vorbereitung nötig).\n\n"
        "Sicherheitsschuhe haben wir da, bitte nur Größe durchgeben.\n\n"
        "Gruß\nThomas Rapp\nLeiter Konstruktion\n\nVon meinem iPhone gesendet",
    ),
    M(
        "40323",
        "2026-01-09 11:48",
        "Andrea Maier <a.maier@hofmann-maschinenbau.de>",
        "Ihr Vertragsangebot – Hofmann Maschinenbau GmbH",
        ("offer", HOF, HOF1, 4, "direct", "de"),
        "Hallo Herr Albrecht,\n\n"
        "wie Ihnen Herr Hofmann gestern schon telefonisch angekündigt hat, freuen wir uns sehr, "
        "Ihnen die Stelle als Konstrukteur Sondermaschinenbau anbieten zu können.\n\n"
        "Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung sowie unsere "
        "Betriebsvereinbarung zur Gleitzeit. Eckdaten wie besprochen: Eintritt 1. April 2026, "
        "Jahresgehalt 68.000 EUR brutto (13 Gehälter), 30 Urlaubstage, Jobrad.\n\n"
        "Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 23. Januar zurück – gerne "
        "auch vorab als Scan.\n\n"
        "Bei Fragen erreichen Sie mich jederzeit.\n\n"
        "Herzliche Grüße\nAndrea Maier\nPersonal",
        attach=[
            ("Arbeitsvertrag_Albrecht.pdf", "application/pdf", "%PDF-1.5 Arbeitsvertrag"),
            ("BV_Gleitzeit_2024.pdf", "application/pdf", "%PDF-1.5 BV"),
        ],
    ),
    M(
        "40327",
        "2026-01-16 09:20",
        "Andrea Maier <a.maier@hofmann-maschinenbau.de>",
        "AW: Ihr Vertragsangebot – Hofmann Maschinenbau GmbH",
        ("offer", HOF, HOF1, 4, "direct", "de"),
        st="accepted",
        text="Hallo Herr Albrecht,\n\n"
        "der unterschriebene Vertrag ist heute Morgen bei uns angekommen – herzlich willkommen "
        "im Team! Herr Rapp hat sich schon sehr gefreut.\n\n"
        "Im März melde ich mich mit den Infos für Ihren ersten Tag.\n\n"
        "Herzliche Grüße\nAndrea Maier\n\n"
        "> Am 14.01.2026 um 19:02 schrieb Jonas Albrecht <jonas.albrecht@posteo.de>:\n"
        "> Hallo Frau Maier,\n> anbei vorab der Scan des unterschriebenen Vertrags, das Original "
        "ist per Post unterwegs.\n> Viele Grüße\n> Jonas Albrecht",
        **reply("40323", "a.maier@hofmann-maschinenbau.de"),
    ),
    M(
        "40331",
        "2026-02-10 14:15",
        "Andrea Maier <a.maier@hofmann-maschinenbau.de>",
        "Vor Ihrem Start: Unterlagen für die Personalabteilung",
        ("other_job", HOF, HOF1, None, "direct", "de"),
        "Hallo Herr Albrecht,\n\n"
        "damit zum 1. April alles glatt läuft, bräuchten wir noch folgende Unterlagen:\n"
        "- Steuer-ID und Sozialversicherungsnummer\n"
        "- Bankverbindung\n"
        "- Nachweis der Krankenkasse\n"
        "- Konfektionsgröße für die Arbeitskleidung\n\n"
        "Ein Formular liegt bei. Ihren Laptop und die SolidWorks-Lizenz richten wir bis dahin ein.\n\n"
        "Viele Grüße\nAndrea Maier",
        attach=[("Personalfragebogen.pdf", "application/pdf", "%PDF-1.5 Fragebogen")],
    ),
    # --- 7: ProTech Engineering Partner (AÜ) -> Valtura Fahrzeugsysteme --------------------------
    M(
        "40410",
        "2025-09-16 09:44",
        PROTECH,
        "Spannendes Projekt im Batterieversuch – Raum Stuttgart",
        ("outreach", None, VAL1, None, "agency", "de"),
        "Hallo Herr Albrecht,\n\n"
        "ich bin über Ihr XING-Profil auf Sie aufmerksam geworden und melde mich mit einer Position, "
        "die sehr gut zu Ihrem Hintergrund im Versuch passen könnte.\n\n"
        "Für einen renommierten Automobilzulieferer im Großraum Stuttgart (Name aus "
        "Vertraulichkeitsgründen erst im nächsten Schritt) suchen wir im Rahmen der "
        "Arbeitnehmerüberlassung mit Übernahmeoption einen\n\n"
        "    Versuchsingenieur HV-Batteriesysteme (m/w/d)\n\n"
        "Aufgaben: Planung und Durchführung von Umwelt- und Lebensdauertests an HV-Speichern, "
        "Auswertung mit DIAdem, Abstimmung mit Entwicklung und Lieferanten.\n"
        "Rahmen: unbefristete Festanstellung bei ProTech, Vergütung nach iGZ plus "
        "Branchenzuschlag Metall, übertariflich, 30 Tage Urlaub.\n\n"
        "Hätten Sie Lust auf ein kurzes Telefonat diese Woche?\n\n"
        "Beste Grüße\n"
        "Melanie Voigt\n"
        "Senior Recruiterin Engineering\n\n"
        "ProTech Engineering Partner GmbH\n"
        "Heilbronner Str. 150 | 70191 Stuttgart\n"
        "T +49 711 2530 48-17\n"
        "www.protech-ep.de",
    ),
    M(
        "40415",
        "2025-09-23 16:10",
        PROTECH,
        "Ihr Profil für den Kunden Valtura Fahrzeugsysteme",
        ("confirmation", VAL, VAL1, 7, "agency", "de"),
        "Hallo Herr Albrecht,\n\n"
        "vielen Dank für das nette Telefonat und Ihr Einverständnis. Wie besprochen habe ich Ihre "
        "Unterlagen heute an unseren Kunden weitergeleitet – es handelt sich um die Valtura "
        "Fahrzeugsysteme GmbH in Weissach, Abteilung Erprobung Energiespeicher.\n\n"
        "Sobald ich eine Rückmeldung vom Fachbereich habe, melde ich mich. Bitte bewerben Sie sich "
        "in der Zwischenzeit nicht direkt bei Valtura, damit es keine Doppelvorstellung gibt.\n\n"
        "Viele Grüße\nMelanie Voigt\nProTech Engineering Partner GmbH",
    ),
    M(
        "40419",
        "2025-10-06 11:02",
        PROTECH,
        "Termin beim Kunden: Mi, 08.10., 13:30 Uhr in Weissach",
        ("interview", VAL, VAL1, 7, "agency", "de"),
        "Hallo Herr Albrecht,\n\n"
        "tolle Neuigkeiten: Valtura möchte Sie kennenlernen! Das Gespräch findet am Mittwoch, "
        "08.10.2025 um 13:30 Uhr am Standort Weissach statt, Gesprächspartner ist Herr Dr. Felix "
        "Naumann (Gruppenleiter HV-Erprobung). Ich bin ebenfalls dabei.\n\n"
        "Bitte bringen Sie Ihren Personalausweis mit, am Werkstor brauchen Sie einen "
        "Besucherausweis. Treffpunkt 13:15 Uhr an Tor 3.\n\n"
        "Ich rufe Sie morgen noch kurz zur Vorbereitung an.\n\n"
        "Viele Grüße\nMelanie Voigt",
    ),
    M(
        "40423",
        "2025-10-27 08:36",
        PROTECH,
        "Rückmeldung Valtura",
        ("rejection", VAL, VAL1, 7, "agency", "de"),
        "Guten Morgen Herr Albrecht,\n\n"
        "leider habe ich keine guten Nachrichten: Valtura hat sich intern für einen Kollegen aus "
        "der Serienentwicklung entschieden, die Position wird also nicht extern besetzt. Das "
        "Feedback zu Ihnen war ausdrücklich positiv, es lag nicht an Ihnen.\n\n"
        "Ich habe aktuell zwei weitere Projekte im Bereich Prüfstandsbetrieb, über die ich gerne "
        "mit Ihnen sprechen würde – wann passt es Ihnen?\n\n"
        "Viele Grüße\nMelanie Voigt",
    ),
    # --- 8: Brückner Personal -> Lindqvist Drivetrain, withdrawn ---------------------------------
    M(
        "40510",
        "2025-10-20 10:17",
        BRUECK,
        "Testingenieur Getriebe – skandinavischer OEM – Raum München",
        ("outreach", None, LIN1, None, "agency", "de"),
        "Hallo Jonas,\n\n"
        "ich darf doch Du sagen? Ich bin Dennis von Brückner Personal, wir besetzen Stellen im "
        "technischen Bereich in ganz Süddeutschland.\n\n"
        "Aktuell suche ich für einen skandinavischen Nutzfahrzeughersteller mit Entwicklungsstandort "
        "im Münchner Norden einen Testingenieur (m/w/d) für die Getriebeerprobung. Direktvermittlung, "
        "also Festanstellung direkt beim Kunden, Gehaltsband 70–80k, 2 Tage Homeoffice.\n\n"
        "Wenn das für Dich interessant klingt, schick mir gern Deinen aktuellen Lebenslauf, dann "
        "erzähle ich Dir mehr.\n\n"
        "Beste Grüße\nDennis\n\n"
        "Dennis Kowalczyk\nSenior Consultant Engineering\n"
        "Brückner Personaldienstleistungen GmbH & Co. KG\nLeopoldstraße 244 · 80807 München\n"
        "+49 89 215 407 33",
    ),
    M(
        "40514",
        "2025-10-24 14:51",
        BRUECK,
        "AW: Testingenieur Getriebe – skandinavischer OEM",
        ("confirmation", LIN, LIN1, 8, "agency", "de"),
        "Hi Jonas,\n\n"
        "danke Dir für den Lebenslauf und das Telefonat! Ich habe Dein Profil eben anonymisiert an "
        "den Fachbereich unseres Kunden geschickt. Die sind erfahrungsgemäß schnell, ich rechne "
        "mit einer Rückmeldung Anfang November.\n\n"
        "Ich halte Dich auf dem Laufenden.\n\nBeste Grüße\nDennis",
        **reply("40510", "d.kowalczyk@brueckner-personal.de"),
    ),
    M(
        "40518",
        "2025-11-04 09:22",
        BRUECK,
        "Einladung Lindqvist – 12.11. in Unterschleißheim",
        ("interview", LIN, LIN1, 8, "agency", "de"),
        "Hallo Jonas,\n\n"
        "jetzt darf ich es verraten: Unser Kunde ist Lindqvist Drivetrain, der Antriebsbereich von "
        "Lindqvist Trucks aus Göteborg. Dein Profil ist sehr gut angekommen und Frau Åsa Berglund "
        "(Manager Transmission Testing) möchte Dich am Mittwoch, 12.11., um 10 Uhr in "
        "Unterschleißheim kennenlernen. Das Gespräch läuft auf Englisch.\n\n"
        "Adresse: Lindqvist Drivetrain GmbH, Carl-von-Linde-Straße 18, 85716 Unterschleißheim.\n\n"
        "Sag mir kurz Bescheid, ob das klappt, dann bestätige ich.\n\nBeste Grüße\nDennis",
    ),
    M(
        "40523",
        "2025-11-20 17:40",
        BRUECK,
        "AW: Einladung Lindqvist – 12.11. in Unterschleißheim",
        ("confirmation", LIN, LIN1, 8, "agency", "de"),
        st="withdrawn",
        text="Hi Jonas,\n\n"
        "schade, aber absolut nachvollziehbar, dass ein Umzug nach München für Dich doch nicht "
        "in Frage kommt. Ich habe Lindqvist Bescheid gegeben und Deine Kandidatur zurückgezogen.\n\n"
        "Lass uns gerne in Kontakt bleiben.\n\nBeste Grüße\nDennis\n\n"
        "Am 19.11.2025 um 22:14 schrieb Jonas Albrecht:\n"
        "> Hallo Dennis, ich möchte meine Bewerbung bei Lindqvist bitte zurückziehen, ein Umzug "
        "nach München kommt für mich doch nicht in Frage. Danke Dir für alles!",
        **reply("40518", "d.kowalczyk@brueckner-personal.de"),
    ),
    # --- 9: Voltwerk Robotics (JOIN, founder from gmail) -----------------------------------------
    M(
        "40610",
        "2025-10-06 13:05",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung bei Voltwerk Robotics GmbH ist eingegangen",
        ("confirmation", VOL, VOL1, 9, "other", "de"),
        html='<div style="max-width:560px;margin:auto;font-family:Inter,Arial">'
        "<p>Hi Jonas,</p><p>super, Deine Bewerbung als <b>Hardware Test Engineer (m/w/d)</b> "
        "wurde erfolgreich an <b>Voltwerk Robotics GmbH</b> übermittelt.</p>"
        "<p>Das Team meldet sich direkt bei Dir. Übrigens: Mit Deinem JOIN-Profil kannst Du Dich "
        "mit einem Klick auf weitere Jobs bewerben.</p>"
        '<p><a href="https://join.com/candidates/applications">Zu meinen Bewerbungen</a></p>'
        '<p style="color:#999;font-size:11px">JOIN Solutions AG · Hardstrasse 201 · 8005 Zürich</p></div>',
    ),
    M(
        "40614",
        "2025-10-10 22:31",
        VOL_FOUNDER,
        "Voltwerk – kurzer Call?",
        ("interview", VOL, VOL1, 9, "direct", "de"),
        "Hey Jonas,\n\n"
        "Tobi hier, einer der Gründer von Voltwerk. Hab Deine Bewerbung über JOIN gesehen – sorry "
        "für die private Adresse, unser Google Workspace zickt gerade rum.\n\n"
        "Dein Prüfstandsbackground ist genau das, was uns fehlt: Wir bauen gerade die ersten 40 "
        "Greifer für einen Pilotkunden und brauchen jemanden, der End-of-Line-Tests und "
        "Dauerläufe aufsetzt.\n\n"
        "Hast Du Lust, Dienstag oder Mittwoch nächste Woche für 30 Minuten zu telefonieren? Danach "
        "würden wir Dich gerne in unsere Halle in Garching einladen.\n\n"
        "Viele Grüße\nTobi\n\n--\nTobias Reindl\nCo-Founder & CTO, Voltwerk Robotics\n"
        "+49 176 3104 8822",
    ),
    M(
        "40618",
        "2025-10-20 19:02",
        VOL_FOUNDER,
        "Einladung: Voltwerk Onsite @ Fr 24. Okt. 2025 10:00 - 13:00 (MESZ) (jonas.albrecht@posteo.de)",
        ("interview", VOL, VOL1, 9, "direct", "de"),
        "Tobias Reindl hat Sie zu folgendem Termin eingeladen.\n\n"
        "Voltwerk Onsite\n"
        "Wann: Freitag, 24. Okt. 2025 10:00 – 13:00 (Mitteleuropäische Zeit – Berlin)\n"
        "Wo: Voltwerk Robotics, Lichtenbergstraße 8, 85748 Garching\n"
        "Teilnehmer: tobi.reindl@gmail.com (Organisator), lea.hartung@voltwerk-robotics.de, "
        "jonas.albrecht@posteo.de\n\n"
        "Hi Jonas, wie besprochen: kurzer Rundgang, dann baust Du mit Lea einen Testaufbau für "
        "unseren Greifer-Aktuator (Hardware liegt bereit), danach Mittagessen. Bring gute Laune mit!\n\n"
        "Einladung von Google Kalender: https://calendar.google.com/calendar/\n",
        ics={
            "style": "google",
            "start": "2025-10-24 10:00:00 +0200",
            "minutes": 180,
            "organizer": ("Tobias Reindl", "tobi.reindl@gmail.com"),
            "uid": "5s1q9n0c4v7bq3oklp2m8t1e6r@google.com",
            "attendees": [("Lea Hartung", "lea.hartung@voltwerk-robotics.de")],
            "summary": "Voltwerk Onsite",
            "location": "Voltwerk Robotics, Lichtenbergstraße 8, 85748 Garching",
            "description": "Rundgang, Hands-on Testaufbau mit Lea, Mittagessen",
        },
    ),
    M(
        "40623",
        "2025-11-03 08:14",
        VOL_FOUNDER,
        "Re: Voltwerk Onsite",
        ("rejection", VOL, VOL1, 9, "direct", "de"),
        "Hi Jonas,\n\n"
        "erstmal danke, dass Du Dir einen ganzen Vormittag genommen hast – Lea war echt beeindruckt, "
        "wie schnell Du den Aufbau stehen hattest.\n\n"
        "Wir haben lange diskutiert und uns am Ende für jemanden entschieden, der zusätzlich "
        "Embedded-C mitbringt; bei fünf Leuten im Team müssen wir leider sehr breit aufgestellt "
        "sein. Ich hoffe, Du bist nicht zu enttäuscht. Wenn wir nächstes Jahr die Serie "
        "hochfahren, würde ich mich gerne nochmal melden, falls das für Dich ok ist.\n\n"
        "Alles Gute und viele Grüße\nTobi",
    ),
]

MAIL += [
    # --- 16: Wendlinger Hydraulik (StepStone) ----------------------------------------------------
    M(
        "41010",
        "2025-09-10 07:58",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung an Wendlinger Hydraulik GmbH wurde versendet",
        ("confirmation", WEN, WEN1, 16, "other", "de"),
        html='<table style="font-family:Arial;max-width:600px"><tr><td>'
        '<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo.png" alt="StepStone">'
        '<h1 style="font-size:20px">Ihre Bewerbung ist unterwegs!</h1>'
        "<p>Hallo Jonas Albrecht,</p>"
        "<p>Sie haben sich erfolgreich beworben:</p>"
        "<p><b>Versuchsingenieur Hydraulik (m/w/d)</b><br>Wendlinger Hydraulik GmbH<br>Esslingen am Neckar</p>"
        '<p>Das Unternehmen erhält Ihre Unterlagen jetzt. Unter <a href="https://www.stepstone.de/'
        'candidate/applications">Meine Bewerbungen</a> sehen Sie, wann Ihre Bewerbung geöffnet wurde.</p>'
        "<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>"
        '<p style="font-size:10px;color:#888">StepStone Deutschland GmbH, Völklinger Straße 1, '
        "40219 Düsseldorf</p></td></tr></table>",
    ),
    M(
        "41013",
        "2025-09-15 12:40",
        "StepStone <noreply@stepstone.de>",
        "Neuigkeiten zu Ihrer Bewerbung",
        ("viewed", WEN, WEN1, 16, "other", "de"),
        html="<p>Hallo Jonas,</p><p>gute Nachrichten: <b>Wendlinger Hydraulik GmbH</b> hat Ihre "
        "Bewerbung als <b>Versuchsingenieur Hydraulik (m/w/d)</b> angesehen.</p>"
        "<p>Tipp: Unternehmen melden sich häufig innerhalb von zwei Wochen. In der Zwischenzeit "
        'finden Sie hier ähnliche Jobs: <a href="https://www.stepstone.de/jobs/versuchsingenieur/in-stuttgart">'
        "Versuchsingenieur in Stuttgart</a></p><p>Ihr StepStone Team</p>",
    ),
    M(
        "41016",
        "2025-10-02 15:22",
        "Wendlinger Hydraulik GmbH | Personal <personal@wendlinger-hydraulik.de>",
        "Bewerbung vom 10.09.2025",
        ("rejection", WEN, WEN1, 16, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihre Bewerbung und das damit verbundene Vertrauen in unser Unternehmen.\n\n"
        "Nach eingehender Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren "
        "Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung "
        "Ihrer Qualifikation; wir hatten schlicht sehr viele Bewerbungen mit ausgeprägter "
        "Mobilhydraulik-Erfahrung.\n\n"
        "Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Petra Schuster\nPersonalabteilung\n"
        "Wendlinger Hydraulik GmbH · Fabrikstraße 7 · 73728 Esslingen",
    ),
    # --- 17: Mahler Messtechnik (XING) -----------------------------------------------------------
    M(
        "41110",
        "2025-09-20 10:11",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung bei Mahler Messtechnik GmbH",
        ("confirmation", MAH, MAH1, 17, "other", "de"),
        "Hallo Jonas Albrecht,\n\n"
        "Ihre Bewerbung als Applikationsingenieur Messtechnik (m/w/d) wurde an Mahler Messtechnik "
        "GmbH übermittelt.\n\n"
        "Übrigens: Mitglieder mit vollständigem Profil werden 3x häufiger zu einem Gespräch "
        "eingeladen. Profil vervollständigen: https://www.xing.com/profile/Jonas_Albrecht14/cv\n\n"
        "Viele Grüße\nIhr XING Team\n\n"
        "New Work SE | Am Strandkai 1 | 20457 Hamburg\n"
        "Benachrichtigungen verwalten: https://www.xing.com/settings/notifications",
    ),
    M(
        "41113",
        "2025-09-26 09:15",
        "Kerstin Lang <kerstin.lang@mahler-messtechnik.de>",
        "Telefoninterview Applikationsingenieur",
        ("interview", MAH, MAH1, 17, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "herzlichen Dank für Ihre Bewerbung über XING. Wir würden gerne ein erstes "
        "Telefoninterview mit Ihnen führen (ca. 30 Minuten, mit Herrn Yilmaz aus dem "
        "Applikationsteam). Vorschläge: Mittwoch, 1.10. um 16:00 Uhr oder Donnerstag, 2.10. um "
        "8:30 Uhr. Wir rufen Sie unter der in Ihrem Lebenslauf angegebenen Nummer an.\n\n"
        "Mit freundlichen Grüßen\nKerstin Lang\nPersonalreferentin\n"
        "Mahler Messtechnik GmbH | Siemensstraße 22 | 71254 Ditzingen",
    ),
    M(
        "41116",
        "2025-10-01 16:51",
        "Kerstin Lang <kerstin.lang@mahler-messtechnik.de>",
        "Abwesenheitsnotiz: Re: Telefoninterview Applikationsingenieur",
        ("other_job", MAH, MAH1, None, "direct", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro und "
        "habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "personal@mahler-messtechnik.de.\n\nMit freundlichen Grüßen\nKerstin Lang",
        headers={"Auto-Submitted": "auto-replied"},
    ),
    M(
        "41119",
        "2025-10-10 14:03",
        "Kerstin Lang <kerstin.lang@mahler-messtechnik.de>",
        "Ihre Bewerbung – Applikationsingenieur Messtechnik",
        ("rejection", MAH, MAH1, 17, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für das offene Gespräch mit Herrn Yilmaz. Ihr fundiertes Wissen zu "
        "Dehnungsmessung und Datenerfassung hat uns beeindruckt.\n\n"
        "Da die Stelle jedoch zu rund 60 % Reisetätigkeit beim Kunden umfasst und Sie im Gespräch "
        "signalisiert haben, dass dies für Sie nur eingeschränkt möglich ist, haben wir uns für "
        "eine andere Kandidatin entschieden.\n\n"
        "Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.\n\n"
        "Mit freundlichen Grüßen\nKerstin Lang",
    ),
    # --- 18: Cordes Thermal Systems (LinkedIn Easy Apply), ghosted -------------------------------
    M(
        "41210",
        "2025-10-03 19:26",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jonas, your application was sent to Cordes Thermal Systems",
        ("confirmation", COR, COR1, 18, "linkedin", "en"),
        html="<table><tr><td><p>Your application was sent to Cordes Thermal Systems</p>"
        "<p><b>Test Engineer – Climate &amp; Environmental Testing</b><br>Cordes Thermal Systems · "
        "Stuttgart, Baden-Württemberg, Germany (On-site)</p>"
        "<p>Applied on October 3, 2025</p>"
        '<p><a href="https://www.linkedin.com/jobs/view/4310877215/">View job</a></p>'
        "<p>Now, take these steps to stand out: follow Cordes Thermal Systems, and set job alerts "
        "for similar roles.</p>"
        '<p style="font-size:11px">This email was intended for Jonas Albrecht (Test &amp; Validation '
        "Engineer). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table>",
    ),
    M(
        "41213",
        "2025-10-08 07:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Cordes Thermal Systems",
        ("viewed", COR, COR1, 18, "linkedin", "en"),
        html="<p>Jonas, your application was viewed</p><p>Cordes Thermal Systems viewed your "
        "application for <b>Test Engineer – Climate &amp; Environmental Testing</b>.</p>"
        '<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See your applied jobs</a></p>',
    ),
    # --- 19: Ostertag Kunststofftechnik (Indeed) -------------------------------------------------
    M(
        "41310",
        "2025-09-05 20:14",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Qualitätsingenieur (m/w/d)",
        ("confirmation", OST, OST1, 19, "indeed", "de"),
        "Indeed\n\nBewerbung übermittelt\n\n"
        "Qualitätsingenieur (m/w/d)\nOstertag Kunststofftechnik GmbH - Nürtingen\n\n"
        "Die folgenden Elemente wurden an Ostertag Kunststofftechnik GmbH gesendet:\n"
        "• Lebenslauf (Albrecht_Jonas_CV_2025.pdf)\n• Antworten auf 4 Fragen des Arbeitgebers\n\n"
        "Viel Glück!\n\n"
        "Status Ihrer Bewerbungen verfolgen: https://myjobs.indeed.com/applied\n\n"
        "© 2025 Indeed - Nicht mehr erhalten: https://de.indeed.com/unsubscribe",
    ),
    M(
        "41313",
        "2025-09-26 10:47",
        "Ostertag Kunststofftechnik GmbH über Indeed <reply-7c1a30e5b9d0@indeedemail.com>",
        "Nachricht von Ostertag Kunststofftechnik GmbH",
        ("rejection", OST, OST1, 19, "indeed", "de"),
        "Hallo Jonas,\n\n"
        "danke für Ihr Interesse an der Position Qualitätsingenieur (m/w/d). Wir haben uns Ihr "
        "Profil angesehen, sind aber zu dem Schluss gekommen, dass andere Bewerber besser zu den "
        "Anforderungen passen, insbesondere was Erfahrung mit Spritzguss und IATF 16949 betrifft.\n\n"
        "Viel Erfolg bei der weiteren Suche.\n\n"
        "Ostertag Kunststofftechnik GmbH\n\n---\n"
        "Diese Nachricht wurde über Indeed gesendet. Antworten Sie direkt auf diese E-Mail, um dem "
        "Arbeitgeber zu antworten.",
    ),
    # --- 20: Rieker Fördertechnik (Jobbörse), ghosted --------------------------------------------
    M(
        "41410",
        "2025-09-09 11:05",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Ihre Bewerbung über die Jobsuche wurde versendet",
        ("confirmation", RIE, RIE1, 20, "other", "de"),
        "Guten Tag Herr Albrecht,\n\n"
        "Ihre Bewerbung wurde über die Jobsuche der Bundesagentur für Arbeit an den Arbeitgeber "
        "übermittelt.\n\n"
        "Stellenangebot: Maschinenbauingenieur Konstruktion (m/w/d)\n"
        "Arbeitgeber: Rieker Fördertechnik GmbH, Kirchheim unter Teck\n"
        "Referenznummer: 10001-1002938471-S\n\n"
        "Eine Übersicht über Ihre Bewerbungen finden Sie in Ihrem Profil unter "
        "https://www.arbeitsagentur.de/bewerberboerse/meine-bewerbungen\n\n"
        "Mit freundlichen Grüßen\nIhre Bundesagentur für Arbeit\n\n"
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
    ),
    M(
        "41413",
        "2025-09-11 14:30",
        "Rieker Fördertechnik – Bewerbermanagement <karriere@rieker-foerdertechnik.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", RIE, RIE1, 20, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "wir bestätigen den Eingang Ihrer Bewerbung als Maschinenbauingenieur Konstruktion "
        "(m/w/d). Ihre Unterlagen werden derzeit von der Fachabteilung gesichtet. Bitte sehen Sie "
        "von telefonischen Nachfragen ab; wir melden uns unaufgefordert.\n\n"
        "Freundliche Grüße\nRieker Fördertechnik GmbH\nPersonalwesen",
    ),
    # --- 21: Lumatec (Personio), withdrawn -------------------------------------------------------
    M(
        "41510",
        "2025-12-13 17:44",
        "Lumatec GmbH <noreply@personio.de>",
        "Deine Bewerbung bei Lumatec",
        ("confirmation", LUM, LUM1, 21, "personio", "de"),
        "Hi Jonas,\n\n"
        "danke, dass Du Dich bei uns als Test Engineer Power Electronics (m/w/d) beworben hast! "
        "Wir schauen uns Deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen.\n\n"
        "Falls Du zwischendurch Fragen hast, antworte einfach auf diese Mail.\n\n"
        "Cheers\nDein People-Team von Lumatec\n\n"
        "Lumatec GmbH · Rosenheimer Straße 145e · 81671 München",
        reply_to="jobs@lumatec.de",
    ),
    M(
        "41513",
        "2026-01-07 10:21",
        "Svenja Kurz <svenja.kurz@lumatec.de>",
        "Lumatec x Jonas – Interview",
        ("interview", LUM, LUM1, 21, "direct", "de"),
        "Hi Jonas,\n\n"
        "frohes neues Jahr! Wir würden Dich gerne kennenlernen: 45 Minuten per Google Meet mit "
        "unserem Head of Hardware Ruben. Such Dir einfach einen Slot aus: "
        "https://lumatec.personio.de/booking/t8Gk2\n\n"
        "Liebe Grüße\nSvenja\nPeople & Culture",
    ),
    M(
        "41516",
        "2026-01-19 09:03",
        "Svenja Kurz <svenja.kurz@lumatec.de>",
        "Re: Lumatec x Jonas – Interview",
        ("confirmation", LUM, LUM1, 21, "direct", "de"),
        st="withdrawn",
        text="Hi Jonas,\n\n"
        "danke für Deine ehrliche Rückmeldung und herzlichen Glückwunsch zur neuen Stelle! Ich "
        "habe Deine Bewerbung bei uns geschlossen und Ruben Bescheid gegeben.\n\n"
        "Alles Gute für den Start in Göppingen!\nSvenja\n\n"
        "Jonas Albrecht <jonas.albrecht@posteo.de> schrieb am So., 18. Jan. 2026, 20:47:\n"
        "> Hallo Svenja, ich habe inzwischen eine Zusage angenommen und ziehe meine Bewerbung "
        "daher zurück. Danke für die Einladung!",
        **reply("41513", "svenja.kurz@lumatec.de"),
    ),
    # --- 22: Baumann + Stoll Antriebe (softgarden) -----------------------------------------------
    M(
        "41610",
        "2025-09-15 08:30",
        "Baumann + Stoll Antriebe GmbH <noreply@softgarden.io>",
        "Eingangsbestätigung: Berechnungsingenieur FEM (m/w/d)",
        ("confirmation", BAU, BAU1, 22, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "herzlichen Dank für Ihre Online-Bewerbung als Berechnungsingenieur FEM (m/w/d) an unserem "
        "Standort Bietigheim-Bissingen.\n\n"
        "Ihre Bewerbung ist bei uns eingegangen und wird nun bearbeitet. Über den Stand können Sie "
        "sich jederzeit in Ihrem Bewerberkonto informieren.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\nBaumann + Stoll Antriebe GmbH\n\n"
        "Powered by softgarden",
    ),
    M(
        "41613",
        "2025-09-30 13:12",
        "Baumann + Stoll Antriebe GmbH <noreply@softgarden.io>",
        "Einladung zum Vorstellungsgespräch",
        ("interview", BAU, BAU1, 22, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen.\n\n"
        "Termin: Montag, 13. Oktober 2025, 9:00 Uhr\n"
        "Ort: Baumann + Stoll Antriebe GmbH, Carl-Benz-Straße 31, 74321 Bietigheim-Bissingen, "
        "Empfang Verwaltungsgebäude\n"
        "Gesprächspartner: Herr Dr. Oliver Fink (Leitung Simulation), Frau Jana Pohl (HR)\n\n"
        "Bitte bestätigen Sie den Termin über den folgenden Link: "
        "https://baumann-stoll.softgarden.io/de/interview/confirm/88312\n\n"
        "Mit freundlichen Grüßen\nJana Pohl\nHR Recruiting\n\nPowered by softgarden",
        ics={
            "style": "google",
            "start": "2025-10-13 09:00:00 +0200",
            "minutes": 60,
            "organizer": ("Baumann + Stoll Recruiting", "recruiting@baumann-stoll.de"),
            "uid": "sg-interview-88312@softgarden.io",
            "summary": "Vorstellungsgespräch Baumann + Stoll – Berechnungsingenieur FEM",
            "location": "Carl-Benz-Straße 31, 74321 Bietigheim-Bissingen",
        },
    ),
    M(
        "41616",
        "2025-10-24 11:19",
        "Baumann + Stoll Antriebe GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung bei Baumann + Stoll",
        ("rejection", BAU, BAU1, 22, "other", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "nochmals vielen Dank für Ihren Besuch bei uns und das interessante Gespräch. Wir haben "
        "uns die Entscheidung nicht leicht gemacht, uns aber letztlich für eine Bewerberin "
        "entschieden, deren Profil im Bereich nichtlineare Kontaktberechnung noch etwas besser zu "
        "unseren Anforderungen passt.\n\n"
        "Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen "
        "weiterhin viel Erfolg.\n\n"
        "Mit freundlichen Grüßen\nJana Pohl\nHR Recruiting\n\nPowered by softgarden",
    ),
    # --- 23: Gehring Prüfsysteme (rexx), nudge then confirmation, ghosted ------------------------
    M(
        "41710",
        "2025-11-05 09:00",
        "Gehring Prüfsysteme Karriere <noreply@rexx-systems.com>",
        "Ihre Bewerbung ist noch nicht vollständig",
        ("alert", GEH, GEH1, None, "other", "de"),
        "Guten Tag Herr Albrecht,\n\n"
        "Sie haben am 03.11.2025 mit einer Bewerbung für die Stelle „Entwicklungsingenieur "
        "Prüfstandsautomatisierung (m/w/d)“ begonnen, diese aber noch nicht abgeschickt.\n\n"
        "Ihre bisherigen Angaben sind gespeichert. Um die Bewerbung abzuschließen, melden Sie sich "
        "bitte im Bewerberportal an: https://gehring-pruefsysteme.rexx-systems.com/portal/\n\n"
        "Freundliche Grüße\nGehring Prüfsysteme GmbH",
    ),
    M(
        "41713",
        "2025-11-06 21:37",
        "Gehring Prüfsysteme Karriere <noreply@rexx-systems.com>",
        "Bestätigung Ihrer Bewerbung – Kennziffer GP-2025-041",
        ("confirmation", GEH, GEH1, 23, "other", "de"),
        "Guten Tag Herr Albrecht,\n\n"
        "vielen Dank für Ihre Bewerbung auf die Stelle Entwicklungsingenieur "
        "Prüfstandsautomatisierung (m/w/d), Kennziffer GP-2025-041.\n\n"
        "Wir werden Ihre Unterlagen prüfen und uns schnellstmöglich bei Ihnen melden.\n\n"
        "Freundliche Grüße\nPersonalabteilung\nGehring Prüfsysteme GmbH · Max-Eyth-Str. 9 · "
        "72622 Nürtingen",
    ),
    # --- 24: Auravia Aerostructures (Workday) ----------------------------------------------------
    M(
        "41810",
        "2025-11-10 18:02",
        "Auravia Careers <auravia@myworkday.com>",
        "Application received – Test Engineer Structural Testing (m/w/d)",
        ("confirmation", AUR, AUR1, 24, "workday", "en"),
        html="<p>Dear Jonas Albrecht,</p><p>Thank you for applying for the role <b>Test Engineer "
        "Structural Testing (m/w/d)</b> (JR104552) at Auravia Aerostructures GmbH, Ottobrunn.</p>"
        "<p>Unfortunately we are not able to give individual feedback on every application within "
        "the first weeks due to the high volume we receive. We will get back to you as soon as our "
        "review is complete.</p><p>Best regards,<br>Auravia Talent Acquisition</p>",
    ),
    M(
        "41813",
        "2025-12-15 07:45",
        "Auravia Careers <auravia@myworkday.com>",
        "Update on your application JR104552",
        ("rejection", AUR, AUR1, 24, "workday", "en"),
        html="<p>Dear Jonas,</p><p>Thank you for your interest in Auravia Aerostructures and for "
        "the time you invested in your application.</p><p>After careful review we have decided to "
        "move forward with other candidates whose experience more closely matches our current "
        "requirements, in particular EN 9100 and full-scale fatigue testing.</p>"
        "<p>We encourage you to keep an eye on our career page for future opportunities.</p>"
        "<p>Kind regards,<br>Auravia Talent Acquisition</p>",
    ),
    # --- 25: Stellmacher Fahrwerktechnik (Indeed), withdrawn --------------------------------------
    M(
        "41910",
        "2025-12-01 08:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Versuchsingenieur Fahrwerk (m/w/d)",
        ("confirmation", STE, STE1, 25, "indeed", "de"),
        "Indeed\n\nIhre Bewerbung wurde an Stellmacher Fahrwerktechnik GmbH gesendet.\n\n"
        "Versuchsingenieur Fahrwerk (m/w/d)\nStellmacher Fahrwerktechnik GmbH – Heilbronn\n\n"
        "Nächste Schritte: Der Arbeitgeber kann sich per E-Mail, Telefon oder über Indeed bei "
        "Ihnen melden.\n\nhttps://myjobs.indeed.com/applied",
    ),
    M(
        "41913",
        "2025-12-10 12:26",
        "Bernd Stellmacher <b.stellmacher@stellmacher-fahrwerk.de>",
        "Ihre Bewerbung / Gesprächstermin",
        ("interview", STE, STE1, 25, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "Ihre Bewerbung hat mich angesprochen. Können wir uns am 20. oder 21. Januar nachmittags "
        "bei uns in Heilbronn treffen? Ich würde Ihnen gerne unseren K&C-Prüfstand zeigen.\n\n"
        "Mit freundlichen Grüßen\nBernd Stellmacher\nGeschäftsführer\n"
        "Stellmacher Fahrwerktechnik GmbH · Im Zukunftspark 12 · 74076 Heilbronn",
    ),
    M(
        "41916",
        "2026-01-12 15:50",
        "Bernd Stellmacher <b.stellmacher@stellmacher-fahrwerk.de>",
        "AW: Ihre Bewerbung / Gesprächstermin",
        ("confirmation", STE, STE1, 25, "direct", "de"),
        st="withdrawn",
        text="Sehr geehrter Herr Albrecht,\n\n"
        "danke für Ihre Nachricht. Schade, aber ich verstehe das. Dann streiche ich den Termin am "
        "21.1. – alles Gute für Ihre neue Aufgabe.\n\nB. Stellmacher\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Jonas Albrecht\nGesendet: Montag, 12. Januar "
        "2026 10:12\nBetreff: AW: Ihre Bewerbung / Gesprächstermin\n\n"
        "Sehr geehrter Herr Stellmacher, leider muss ich meine Bewerbung zurückziehen, da ich mich "
        "für ein anderes Angebot entschieden habe ...",
        **reply("41913", "b.stellmacher@stellmacher-fahrwerk.de"),
    ),
    # --- 26: Wittmann & Kolb Engineering (Personio), engineering service provider ---------------
    M(
        "42010",
        "2025-10-14 09:12",
        "Wittmann & Kolb Engineering GmbH <noreply@personio.de>",
        "Eingang Ihrer Bewerbung – Projektingenieur Validierung (m/w/d)",
        ("confirmation", WIK, WIK1, 26, "personio", "de"),
        "Guten Tag Herr Albrecht,\n\n"
        "wir haben Ihre Bewerbung als Projektingenieur Validierung (m/w/d) erhalten. Als "
        "Engineering-Dienstleister besetzen wir diese Position projektbezogen bei Kunden aus der "
        "Automobil- und Nutzfahrzeugindustrie; wir prüfen daher zunächst, welches aktuelle Projekt "
        "zu Ihrem Profil passt.\n\n"
        "Freundliche Grüße\nIhr Recruiting-Team\nWittmann & Kolb Engineering GmbH, Sindelfingen",
    ),
    M(
        "42013",
        "2025-11-12 16:35",
        "Nicole Hertle <n.hertle@wittmann-kolb.de>",
        "Ihre Bewerbung bei Wittmann & Kolb",
        ("rejection", WIK, WIK1, 26, "direct", "de"),
        "Sehr geehrter Herr Albrecht,\n\n"
        "vielen Dank für Ihre Geduld. Leider hat sich das Projekt bei unserem Kunden, für das wir "
        "Sie vorgesehen hatten, kurzfristig verschoben, und derzeit können wir Ihnen keinen "
        "passenden Einsatz anbieten. Wir müssen Ihre Bewerbung daher leider absagen.\n\n"
        "Gerne melden wir uns, sobald sich eine neue Möglichkeit ergibt.\n\n"
        "Mit freundlichen Grüßen\nNicole Hertle\nRecruiting",
    ),
    # --- alerts, outreach ------------------------------------------------------------------------
    M(
        "42110",
        "2025-09-03 06:12",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Versuchsingenieur“ in Stuttgart",
        ("alert", None, None, None, "other", "de"),
        html="<h2>Ihre neuen Jobs</h2><ul>"
        "<li><b>Versuchsingenieur Hydraulik (m/w/d)</b> – Wendlinger Hydraulik GmbH – Esslingen</li>"
        "<li><b>Prüfstandsingenieur (m/w/d)</b> – Eberle Motorentechnik – Heilbronn</li>"
        "<li><b>Validation Engineer Brake Systems (m/w/d)</b> – Karst Bremsen AG – Abstatt</li>"
        "<li>… und 9 weitere</li></ul>"
        '<p><a href="https://www.stepstone.de/jobagent">Alle Jobs ansehen</a> · '
        '<a href="https://www.stepstone.de/jobagent/settings">Jobagent bearbeiten</a></p>',
    ),
    M(
        "42113",
        "2025-10-15 06:10",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neu für Sie: Berechnungsingenieur, Testingenieur und 5 weitere Jobs",
        ("alert", None, None, None, "other", "de"),
        html="<p>Hallo Jonas,</p><p>passend zu Ihrem Jobagenten „Testingenieur Maschinenbau“ haben "
        "wir neue Stellen gefunden:</p><p><b>Testingenieur Elektromobilität (m/w/d)</b><br>"
        "Hallberg Elektrik GmbH · Ludwigsburg · vor 1 Tag</p><p><b>Berechnungsingenieur Strukturmechanik</b>"
        "<br>Ingenieurbüro Sattler · Stuttgart · vor 2 Tagen</p>"
        '<p><a href="https://www.stepstone.de/jobagent">Jetzt bewerben</a></p>',
    ),
    M(
        "42116",
        "2026-01-21 06:05",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Ihr Jobagent: 4 neue Treffer",
        ("alert", None, None, None, "other", "de"),
        html="<p>4 neue Jobs für „Konstrukteur“ im Umkreis von 30 km um Stuttgart.</p>"
        "<p>Konstrukteur Vorrichtungsbau (m/w/d) – Rainer Werkzeugbau – Fellbach</p>"
        "<p>Konstruktionsingenieur Anlagenbau (m/w/d) – Horbach Anlagen – Böblingen</p>"
        '<p><a href="https://www.stepstone.de/jobagent/pause">Jobagent pausieren</a></p>',
    ),
    M(
        "42120",
        "2025-09-22 17:03",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“test engineer”: Nordvik Trucks - Validation Engineer Powertrain and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>test engineer</b> in <b>Stuttgart Region</b></p>"
        "<p>New jobs match your preferences.</p>"
        "<p><b>Validation Engineer Powertrain</b><br>Nordvik Trucks · Munich, Bavaria (Hybrid)<br>"
        "Actively recruiting</p><p><b>Test Engineer E/E Systems</b><br>Elmtree Automotive · "
        "Stuttgart (On-site)</p><p><b>Test Bench Engineer</b><br>Kessler Gruppe · Leonberg</p>"
        '<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=3310">See all jobs</a></p>',
    ),
    M(
        "42123",
        "2025-11-24 18:11",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Jonas, Zeller Mechatronik is hiring a Test Manager",
        ("alert", "Zeller Mechatronik", "Test Manager Mechatronik (m/w/d)", None, "linkedin", "en"),
        html="<p>Based on your profile and search history</p><p><b>Test Manager Mechatronik "
        "(m/w/d)</b><br>Zeller Mechatronik · Reutlingen · 1 week ago · 37 applicants</p>"
        '<p><a href="https://www.linkedin.com/jobs/view/4330019812/">Apply</a></p>',
    ),
    M(
        "42126",
        "2025-10-02 08:20",
        "Indeed <alert@indeed.com>",
        "Prüfingenieur Jobs in Stuttgart – 8 neue Stellen",
        ("alert", None, None, None, "indeed", "de"),
        "Neue Jobs für Ihre Suche: prüfingenieur in Stuttgart\n\n"
        "Prüfingenieur Fahrzeugtechnik (m/w/d)\nTÜV-nahe Prüforganisation · Stuttgart\n"
        "Leicht zu bewerben\n\n"
        "Versuchstechniker / Ingenieur Prüfstand\nMotorenwerk Feuerbach GmbH · Stuttgart-Feuerbach\n"
        "57.000 € - 66.000 € pro Jahr\n\n"
        "Alle Jobs ansehen: https://de.indeed.com/jobs?q=pr%C3%BCfingenieur&l=Stuttgart\n\n"
        "Sie erhalten diese E-Mail, weil Sie einen Job-Alert erstellt haben. Abmelden",
    ),
    M(
        "42129",
        "2025-10-18 10:42",
        "XING <jobs@mail.xing.com>",
        "Diese Jobs könnten Sie interessieren, Jonas",
        ("alert", None, None, None, "other", "de"),
        "Hallo Jonas,\n\nwir haben Jobs gefunden, die zu Ihrem Profil passen:\n\n"
        "• Applikationsingenieur (m/w/d) – Sensorik Bergner – Leinfelden\n"
        "• Versuchsingenieur Antrieb (m/w/d) – Fahrzeugtechnik Auer – Weissach\n"
        "• Teamleiter Prüffeld (m/w/d) – Dellinger AG – Zuffenhausen\n\n"
        "Alle Empfehlungen: https://www.xing.com/jobs/recommendations\n\nIhr XING Team",
    ),
    M(
        "42132",
        "2025-12-03 07:00",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag „Ingenieur Maschinenbau“",
        ("alert", None, None, None, "other", "de"),
        "Guten Tag Herr Albrecht,\n\n"
        "zu Ihrem gespeicherten Suchauftrag wurden 6 neue Stellenangebote veröffentlicht, u. a.:\n\n"
        "- Ingenieur (m/w/d) Maschinenbau – Entwicklung, Hirschmann Pumpen GmbH, Waiblingen\n"
        "- Konstrukteur (m/w/d), Albrand Sondermaschinen, Göppingen\n\n"
        "Zur Jobsuche: https://www.arbeitsagentur.de/jobsuche/\n\n"
        "Ihre Bundesagentur für Arbeit",
    ),
    M(
        "42135",
        "2025-10-29 13:40",
        "Kathrin Mörike via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Test Manager Mechatronik bei Zeller – passt das zu Ihnen?",
        (
            "outreach",
            "Zeller Mechatronik",
            "Test Manager Mechatronik (m/w/d)",
            None,
            "linkedin",
            "de",
        ),
        "Hallo Herr Albrecht,\n\n"
        "ich bin Kathrin, Talent Acquisition bei der Zeller Mechatronik in Reutlingen. Ihr Profil "
        "mit der Kombination aus Prüfstandsbetrieb und Versuchsplanung ist mir direkt ins Auge "
        "gefallen.\n\n"
        "Wir bauen gerade ein Testmanagement für unsere Aktuatorik auf und suchen dafür eine "
        "Person, die Verantwortung übernehmen möchte. Hätten Sie Zeit für einen 20-minütigen "
        "Austausch?\n\nViele Grüße\nKathrin Mörike\n\n"
        "Antworten Sie auf diese InMail: https://www.linkedin.com/messaging/",
    ),
    M(
        "42138",
        "2026-02-04 11:14",
        "Florian Ege <florian.ege@orbis-engineering.de>",
        "Validierungsingenieur für Projekt in Sindelfingen",
        ("outreach", None, "Validierungsingenieur (m/w/d)", None, "agency", "de"),
        "Hallo Herr Albrecht,\n\n"
        "für ein Langzeitprojekt bei einem großen OEM in Sindelfingen suchen wir ab April einen "
        "Validierungsingenieur (m/w/d). Ihre Erfahrung aus Prüfstand und Versuchsplanung wäre "
        "ideal. Wir sind ein Engineering-Dienstleister mit 400 Mitarbeitenden, Festanstellung "
        "bei uns.\n\nHätten Sie Interesse an einem kurzen Gespräch?\n\n"
        "Freundliche Grüße\nFlorian Ege\nTalent Acquisition\nOrbis Engineering GmbH",
    ),
]

MAIL += [
    M(
        "42141",
        "2025-10-16 21:40",
        "Lena Hauser <lena.hauser@web.de>",
        "Fwd: Stellenausschreibung Testingenieur E-Mobilität – wär das was?",
        (
            "alert",
            "Hallberg Elektrik",
            "Testingenieur Elektromobilität (m/w/d)",
            None,
            "other",
            "de",
        ),
        "Schatz, hat mir meine Kollegin geschickt, ihr Mann arbeitet da. Ludwigsburg wäre doch "
        "perfekt!\n\n"
        "---------- Weitergeleitete Nachricht ---------\n"
        "Von: Hallberg Elektrik Karriere <karriere@hallberg-elektrik.de>\n"
        "Datum: Do., 16. Okt. 2025 um 09:12\n"
        "Betreff: Stellenausschreibung Testingenieur Elektromobilität (m/w/d)\n\n"
        "Wir suchen zum nächstmöglichen Zeitpunkt einen Testingenieur Elektromobilität (m/w/d) "
        "für unser Prüfzentrum in Ludwigsburg. Ihre Aufgaben: Validierung von Ladekomponenten, "
        "Erstellung von Prüfspezifikationen, Betreuung von Klimakammern.\n"
        "Jetzt bewerben: https://karriere.hallberg-elektrik.de/jobs/2025-214\n",
    ),
    M(
        "42144",
        "2025-11-27 08:52",
        "XING <mailrobot@mail.xing.com>",
        "Neue Nachricht von Rainer Obermeier",
        ("outreach", None, "Leiter Prüffeld (m/w/d)", None, "other", "de"),
        "Rainer Obermeier (Partner, Obermeier Executive Search) hat Ihnen eine Nachricht "
        "geschrieben:\n\n"
        "„Guten Tag Herr Albrecht, ich betreue für ein familiengeführtes Maschinenbauunternehmen "
        "auf der Ostalb die Nachbesetzung der Leitung Prüffeld (ca. 12 MA). Diskret und ohne "
        "Verpflichtung: Wäre ein Austausch für Sie interessant?“\n\n"
        "Nachricht lesen und antworten: https://www.xing.com/chats\n\nIhr XING Team",
    ),
    M(
        "42147",
        "2026-01-11 18:03",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“Versuchsingenieur”: 6 neue Jobs in Region Stuttgart",
        ("alert", None, None, None, "linkedin", "de"),
        html="<p>Ihr Jobalert für <b>Versuchsingenieur</b></p>"
        "<p><b>Versuchsingenieur Klimatisierung (m/w/d)</b><br>Cordes Thermal Systems · Stuttgart</p>"
        "<p><b>Versuchsingenieur Bremse (m/w/d)</b><br>Karst Bremsen AG · Abstatt</p>"
        '<p><a href="https://www.linkedin.com/jobs/">Alle Jobs anzeigen</a></p>',
    ),
]
