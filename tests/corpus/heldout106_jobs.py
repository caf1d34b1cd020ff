# ruff: noqa: E501, RUF100
"""Corpus 106, German job mail (start-ups, scale-ups, Mittelstand, agencies) (data only): see heldout106.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" or day >= "2026-03-29" else "+0100"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src, lang="de"):
    return (cat, co, role, app, src, lang)


def re(key: str, day: str, subject: str, dom: str) -> dict[str, str]:
    ref = f"<{key}.{day.replace('-', '')}.{len(subject)}@{dom}>"
    return {"In-Reply-To": ref, "References": ref}


def ev(uid, start, summary, org, minutes=45, **kw):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
        **kw,
    }


FW, FWR = "Flinkwerk", "Junior Growth Manager (m/w/d)"
BR, BRR = "Brenner Haustechnik", "Junior Produktmarketing Manager (m/w/d)"
HB, HBR = "Heimbox", "Junior Product Marketing Manager (all genders)"
IW = "Isarwerk Mobility"
IW1, IW2 = "Junior Growth Manager", "Product Marketing Manager (Junior)"
SP, SPR = "Sprossling", "Growth Marketing Manager (w/m/d)"
AD, ADR = "Alpenmilch Digital", "Junior Online Marketing Manager (m/w/d)"
SR, SRR = "Strandgut Reisen", "Junior Performance & Growth Manager (m/w/d)"
TD, TDR = "Tandemly", "Growth Manager (Junior)"
VK, VKR = "Versandhaus Kiefer", "Junior Product Marketing Manager E-Commerce"
SV, SVR = "Sonnfeld Versicherung", "Trainee / Junior Produktmarketing (m/w/d)"
BS, BSR = "Bergmann & Söhne Verlag", "Junior Marketing Manager Digitale Produkte (m/w/d)"
WW, WWR = "Wurzelwerk Kaffee", "Growth & CRM Manager (m/w/d)"
BL, BLR = "Brezn Labs", "Junior Product Marketing Manager"

MAIL: list[dict[str, Any]] = [
    # --- 1 Flinkwerk (Personio, Flinkwerk Technologies GmbH): the accepted offer -------------
    m(
        "71301",
        "2026-01-05 09:14",
        "Flinkwerk Technologies GmbH <no-reply@flinkwerk-technologies.jobs.personio.de>",
        "Danke für deine Bewerbung!",
        A("confirmation", FW, FWR, 1, "personio"),
        "Hallo Lena,\n\nvielen Dank für deine Bewerbung als Junior Growth Manager (m/w/d) bei uns! "
        "Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen bei dir.\n\n"
        "Falls du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail.\n\n"
        "Viele Grüße\nDein People-Team von Flinkwerk\n\n--\nFlinkwerk Technologies GmbH · Tumblingerstraße 28 · 80337 München\n"
        "Geschäftsführer: Jonas Reitmaier, Sophie Albrecht · HRB 261847 Amtsgericht München",
    ),
    m(
        "71302",
        "2026-01-12 16:40",
        "Marie Kettner <marie.kettner@flinkwerk.de>",
        "Kennenlernen bei Flinkwerk 👋",
        A("interview", FW, FWR, 1, "direct"),
        "Hi Lena,\n\nich bin Marie, Talent Acquisition bei Flinkwerk. Dein Profil hat uns richtig gut gefallen, "
        "vor allem die Onboarding-Experimente aus deinem Werkstudentenjob.\n\n"
        "Hast du Lust auf ein erstes Kennenlerngespräch (30 Min, Google Meet)? Such dir einfach einen Slot aus:\n"
        "https://calendly.com/marie-kettner-flinkwerk/kennenlernen-30\n\n"
        "Bis bald!\nMarie\n\nMarie Kettner | Talent Acquisition\nFlinkwerk – Lieferung in 15 Minuten\nflinkwerk.de",
    ),
    m(
        "71303",
        "2026-01-13 08:02",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Lena Hofbauer und Marie Kettner am Do, 15. Jan. 2026",
        A("interview", FW, FWR, 1, "other"),
        "Hallo Lena Hofbauer,\n\nIhr Termin wurde geplant.\n\nEreignistyp: Kennenlernen (30 Min)\n"
        "Einladender: Marie Kettner\nDatum/Uhrzeit: 11:00 - 11:30, Donnerstag, 15. Januar 2026 (Mitteleuropäische Zeit)\n"
        "Ort: Dieses Ereignis ist ein Google Meet-Meeting. Details folgen in der Kalendereinladung.\n\n"
        "Ereignis absagen oder verschieben: https://calendly.com/cancellations/8f2c1e0a\n\nPowered by Calendly",
        ics=ev(
            "calendly-8f2c1e0a@calendly.com",
            "2026-01-15 11:00:00 +0100",
            "Kennenlernen (30 Min) – Lena Hofbauer & Marie Kettner (Flinkwerk)",
            ("Marie Kettner", "marie.kettner@flinkwerk.de"),
            30,
            location="https://meet.google.com/qvh-tmzr-wke",
        ),
    ),
    m(
        "71304",
        "2026-01-19 17:55",
        "Marie Kettner <marie.kettner@flinkwerk.de>",
        "Nächster Schritt: kleine Case Study 📈",
        A("assessment", FW, FWR, 1, "direct"),
        "Hi Lena,\n\ndanke nochmal für das nette Gespräch letzte Woche! Wir würden gerne weitermachen.\n\n"
        "Als nächsten Schritt bekommst du eine kleine Case Study: Wie würdest du die Reaktivierung von Kund:innen "
        "steigern, die seit 60 Tagen nicht bestellt haben? Bitte max. 6 Folien, Abgabe bis Montag, 26.01., 12 Uhr. "
        "Das Briefing und ein paar (anonymisierte) Zahlen hängen an.\n\nDu präsentierst das dann Tobias (Head of Growth) im nächsten Gespräch.\n\n"
        "Viel Spaß dabei!\nMarie",
        attach=[
            (
                "Case_Briefing_Reaktivierung.txt",
                "text/plain",
                "Briefing Case Study Growth – vertraulich\nKohorte: inaktiv > 60 Tage\n",
            )
        ],
    ),
    m(
        "71305",
        "2026-01-27 10:21",
        "Tobias Lindl <tobias.lindl@flinkwerk.de>",
        "Einladung: Case-Präsentation Lena Hofbauer / Growth @ Do 29. Jan. 2026 14:00 - 15:00 (MEZ)",
        A("interview", FW, FWR, 1, "direct"),
        "Tobias Lindl hat dich zu folgendem Termin eingeladen.\n\nCase-Präsentation Lena Hofbauer / Growth\n"
        "Do 29. Jan. 2026 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)\n\n"
        "Mit Google Meet teilnehmen: https://meet.google.com/bsk-owfa-pdn\n\nTeilnehmer: tobias.lindl@flinkwerk.de, marie.kettner@flinkwerk.de, lena.hofbauer@gmx.de\n\n"
        "Einladung von Google Kalender",
        ics=ev(
            "6kq0vl1h2e@google.com",
            "2026-01-29 14:00:00 +0100",
            "Case-Präsentation Lena Hofbauer / Growth",
            ("Tobias Lindl", "tobias.lindl@flinkwerk.de"),
            60,
            attendees=[("Marie Kettner", "marie.kettner@flinkwerk.de")],
            location="https://meet.google.com/bsk-owfa-pdn",
        ),
    ),
    m(
        "71306",
        "2026-02-04 18:12",
        "Marie Kettner <marie.kettner@flinkwerk.de>",
        "Culture-Fit mit Sophie & dem Team",
        A("interview", FW, FWR, 1, "direct"),
        "Hi Lena,\n\nTobias war von deiner Präsentation echt begeistert 🙌 Letzter Schritt wäre ein Culture-Fit "
        "bei uns im Office (Tumblingerstraße, gleich bei der Poccistraße) mit Sophie, unserer Mitgründerin, und zwei Leuten aus dem Team. "
        "Passt dir Dienstag, 10.02., 10 Uhr? Danach gehen wir zusammen Mittagessen.\n\nLG Marie",
    ),
    m(
        "71307",
        "2026-02-12 15:30",
        "Marie Kettner <marie.kettner@flinkwerk.de>",
        "Dein Vertragsangebot von Flinkwerk 🎉",
        A("offer", FW, FWR, 1, "direct"),
        "Liebe Lena,\n\nwir freuen uns riesig: Wir möchten dir die Stelle als Junior Growth Manager anbieten!\n\n"
        "Im Anhang findest du das Vertragsangebot der Flinkwerk Technologies GmbH: 52.000 € brutto p.a., 28 Urlaubstage, "
        "Deutschlandticket, VSOP-Paket, Start am 1. April 2026. Das Angebot ist bis 20.02. gültig.\n\n"
        "Ruf mich gerne an, wenn du Fragen hast – wir können auch über Details sprechen.\n\nHerzliche Grüße\nMarie",
        attach=[
            (
                "Vertragsangebot_Hofbauer.txt",
                "text/plain",
                "Vertragsangebot – Flinkwerk Technologies GmbH\nPosition: Junior Growth Manager\n",
            )
        ],
    ),
    m(
        "71308",
        "2026-02-17 11:02",
        "Marie Kettner <marie.kettner@flinkwerk.de>",
        "Re: Dein Vertragsangebot von Flinkwerk 🎉",
        A("offer", FW, FWR, 1, "direct"),
        "Hi Lena,\n\ndanke für deine offene Mail! Ich habe mit Tobias und Sophie gesprochen: Wir können auf 55.000 € gehen "
        "und du bekommst 2 Tage Remote pro Woche fest im Vertrag. Den Start verschieben wir gern auf den 15. April. "
        "Das angepasste Angebot hängt an.\n\nSag Bescheid!\nMarie\n\n"
        "Am 16.02.2026 um 21:40 schrieb Lena Hofbauer <lena.hofbauer@gmx.de>:\n"
        "> Hallo Marie,\n> vielen Dank für das Angebot, ich freue mich sehr! Ich habe noch ein zweites Angebot auf dem Tisch\n"
        "> und würde gerne über das Gehalt sprechen – wäre 56.000 € denkbar?\n> Liebe Grüße, Lena",
        attach=[
            (
                "Vertragsangebot_Hofbauer_v2.txt",
                "text/plain",
                "Vertragsangebot (angepasst) – Flinkwerk Technologies GmbH\n",
            )
        ],
        **re("71307", "2026-02-12", "Dein Vertragsangebot von Flinkwerk 🎉", "flinkwerk.de"),
    ),
    m(
        "71309",
        "2026-02-19 09:47",
        "Flinkwerk Technologies GmbH via DocuSign <dse_na4@docusign.net>",
        "Abgeschlossen: Arbeitsvertrag Lena Hofbauer – Flinkwerk Technologies GmbH",
        A("offer", FW, FWR, 1, "docusign"),
        "Alle Parteien haben das Dokument abgeschlossen.\n\nArbeitsvertrag Lena Hofbauer – Flinkwerk Technologies GmbH\n\n"
        "Sie können das Dokument anzeigen, indem Sie auf den Link unten klicken.\nDOKUMENT ANZEIGEN\n\n"
        "Powered by DocuSign",
        st="accepted",
    ),
    m(
        "71310",
        "2026-03-16 12:00",
        "Flinkwerk People <people@flinkwerk.de>",
        "Willkommen an Bord, Lena! Dein Onboarding-Plan",
        A("other_job", FW, FWR, None, "direct"),
        "Hi Lena,\n\nin einem Monat geht's los! Hier schon mal das Wichtigste für deinen ersten Tag am 15.04.: "
        "Wir treffen uns um 9:30 am Empfang, Laptop liegt bereit, und mittags gibt's Weißwurstfrühstück zur Begrüßung.\n\n"
        "Bitte lade vorab deine Steuer-ID und Sozialversicherungsnummer in Personio hoch.\n\nBis bald!\nDein People-Team",
    ),
    # --- 2 Brenner Haustechnik (StepStone, then HR directly; formal) ---------------------------
    m(
        "71320",
        "2025-10-07 19:03",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        A("confirmation", BR, BRR, 2, "other"),
        html="<html><body><table width='600'><tr><td><img src='https://www.stepstone.de/logo.png' alt='StepStone'></td></tr>"
        "<tr><td><h2>Geschafft, Lena!</h2><p>Ihre Bewerbung als <b>Junior Produktmarketing Manager (m/w/d)</b> bei "
        "<b>Brenner Haustechnik AG</b> in Garching bei München wurde erfolgreich versendet.</p>"
        "<p>Tipp: Unternehmen antworten im Schnitt nach 9 Tagen. Ihren Bewerbungsstatus sehen Sie unter „Meine Bewerbungen“.</p>"
        "<p><a href='https://www.stepstone.de/meine-bewerbungen'>Zu meinen Bewerbungen</a></p></td></tr>"
        "<tr><td style='font-size:11px;color:#777'>StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</td></tr></table></body></html>",
    ),
    m(
        "71321",
        "2025-10-22 10:15",
        "Brenner Haustechnik AG – Personalabteilung <bewerbung@brenner-haustechnik.de>",
        "Einladung zum Vorstellungsgespräch – Junior Produktmarketing Manager (m/w/d)",
        A("interview", BR, BRR, 2, "direct"),
        "Sehr geehrte Frau Hofbauer,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an der Brenner Haustechnik AG.\n\n"
        "Wir würden Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch am "
        "Mittwoch, den 5. November 2025, um 14:00 Uhr an unserem Standort in Garching (Lichtenbergstraße 12) ein. "
        "Gesprächspartner sind Herr Dr. Weigl (Leitung Marketing) und Frau Obermaier (Personal).\n\n"
        "Bitte bestätigen Sie den Termin kurz per E-Mail. Parkplätze stehen vor dem Gebäude zur Verfügung; mit der U6 erreichen Sie uns ab Garching-Forschungszentrum.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Claudia Obermaier\nPersonalreferentin\n\nBrenner Haustechnik AG\n"
        "Vorstand: Dipl.-Ing. Georg Brenner (Vors.), Thomas Huber · Aufsichtsratsvorsitzender: Klaus Rieder\nSitz: Garching b. München · Registergericht München HRB 88214",
    ),
    m(
        "71322",
        "2025-11-14 08:31",
        "Brenner Haustechnik AG – Personalabteilung <bewerbung@brenner-haustechnik.de>",
        "Ihre Bewerbung bei der Brenner Haustechnik AG",
        A("rejection", BR, BRR, 2, "direct"),
        "Sehr geehrte Frau Hofbauer,\n\nnochmals herzlichen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen haben. "
        "Ihr Profil und Ihre Ideen zur Digitalisierung unseres Händlerportals haben uns sehr gut gefallen.\n\n"
        "Nach sorgfältiger Abwägung haben wir uns dennoch für eine Kandidatin entschieden, die bereits Erfahrung im technischen B2B-Marketing mitbringt. "
        "Diese Entscheidung ist uns nicht leichtgefallen.\n\nFür Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Claudia Obermaier\nPersonalreferentin",
    ),
    # --- 3 Heimbox (Recruitee tenant "hbx"), forwarded? no: direct application -------------------
    m(
        "71330",
        "2025-10-09 12:44",
        "HBX Home Solutions <no-reply@recruitee.com>",
        "Deine Bewerbung ist bei uns angekommen",
        A("confirmation", HB, HBR, 3, "recruitee"),
        "Hallo Lena,\n\nvielen Dank für dein Interesse an Heimbox und deine Bewerbung als Junior Product Marketing Manager (all genders).\n\n"
        "Wir melden uns, sobald wir deine Unterlagen gesichtet haben. Das kann bei vielen Bewerbungen leider etwas dauern – "
        "falls es diesmal nicht passt, bekommst du in jedem Fall eine Rückmeldung von uns.\n\n"
        "Liebe Grüße\nDas Heimbox Talent Team\n\nhttps://hbx.recruitee.com/o/junior-product-marketing-manager-all-genders",
    ),
    m(
        "71331",
        "2025-10-21 14:05",
        "Franzi from Heimbox <hbx@recruitee.com>",
        "Heimbox x Lena – lass uns sprechen!",
        A("interview", HB, HBR, 3, "recruitee"),
        "Hey Lena,\n\nwir würden dich gerne in einem ersten Video-Call (45 Min) kennenlernen – mit Franzi (People) und Niklas (Lead Product Marketing).\n\n"
        "Bitte wähle hier einen passenden Termin: https://hbx.recruitee.com/schedule/5c1d9e\n\nBis bald!\nFranzi\n\nHeimbox · HBX Home Solutions GmbH · Berlin",
    ),
    m(
        "71332",
        "2025-10-23 09:11",
        "HBX Home Solutions <no-reply@recruitee.com>",
        "Termin bestätigt: Video-Call mit Heimbox am 28.10.2025, 15:00",
        A("interview", HB, HBR, 3, "recruitee"),
        "Hallo Lena,\n\ndein Termin ist bestätigt:\n\nDienstag, 28.10.2025, 15:00–15:45 (Europe/Berlin)\nGoogle Meet: https://meet.google.com/xkr-pmqa-hut\n\n"
        "Wenn du den Termin verschieben musst, nutze bitte diesen Link: https://hbx.recruitee.com/schedule/5c1d9e/reschedule",
        ics=ev(
            "recruitee-5c1d9e@recruitee.com",
            "2025-10-28 15:00:00 +0100",
            "Video-Call Heimbox – Lena Hofbauer",
            ("Franziska Roth", "franziska.roth@heimbox.de"),
            45,
            location="https://meet.google.com/xkr-pmqa-hut",
        ),
    ),
    m(
        "71333",
        "2025-11-06 17:20",
        "Franzi from Heimbox <hbx@recruitee.com>",
        "Update zu deiner Bewerbung",
        A("rejection", HB, HBR, 3, "recruitee"),
        "Hi Lena,\n\nerstmal danke für das super angenehme Gespräch – Niklas und ich fanden deine Art, über Positionierung nachzudenken, richtig stark.\n\n"
        "Leider haben wir uns am Ende für eine andere Person entschieden, die schon mehr Erfahrung im Berliner Wohnungsmarkt mitbringt. "
        "Das ist keine Entscheidung gegen dich, sondern wirklich eine knappe Sache gewesen.\n\n"
        "Wir würden dich gerne in unserem Talent Pool behalten. Alles Gute bis dahin!\nFranzi",
    ),
    # --- 4/5 Isarwerk Mobility, two roles (Personio) -----------------------------------------
    m(
        "71340",
        "2025-10-15 21:09",
        "Isarwerk Mobility GmbH <no-reply@isarwerk.jobs.personio.de>",
        "Deine Bewerbung als Junior Growth Manager",
        A("confirmation", IW, IW1, 4, "personio"),
        "Hallo Lena,\n\ndanke für deine Bewerbung als Junior Growth Manager bei Isarwerk! Wir haben deine Unterlagen erhalten.\n\n"
        "Unser Team meldet sich in den nächsten Wochen bei dir.\n\nServus aus Giesing\nIsarwerk Mobility",
    ),
    m(
        "71341",
        "2025-10-15 21:16",
        "Isarwerk Mobility GmbH <no-reply@isarwerk.jobs.personio.de>",
        "Deine Bewerbung als Product Marketing Manager (Junior)",
        A("confirmation", IW, IW2, 5, "personio"),
        "Hallo Lena,\n\ndanke für deine Bewerbung als Product Marketing Manager (Junior) bei Isarwerk! Wir haben deine Unterlagen erhalten.\n\n"
        "Unser Team meldet sich in den nächsten Wochen bei dir.\n\nServus aus Giesing\nIsarwerk Mobility",
    ),
    m(
        "71342",
        "2025-10-29 11:30",
        "Isarwerk Mobility GmbH <no-reply@isarwerk.jobs.personio.de>",
        "Deine Bewerbung bei Isarwerk",
        A("rejection", IW, IW1, 4, "personio"),
        "Hallo Lena,\n\nvielen Dank nochmal für dein Interesse an der Rolle als Junior Growth Manager. Wir haben uns alle Bewerbungen genau angeschaut "
        "und uns entschieden, die Stelle mit jemandem zu besetzen, der schon Erfahrung im B2B-Flottengeschäft hat.\n\n"
        "Deine zweite Bewerbung (Product Marketing) ist davon nicht betroffen – da melden wir uns separat.\n\nViele Grüße\nIsarwerk Mobility",
    ),
    m(
        "71343",
        "2025-11-03 13:48",
        "Jakob Eder <jakob.eder@isarwerk.de>",
        "Product Marketing @ Isarwerk – Kennenlerngespräch?",
        A("interview", IW, IW2, 5, "direct"),
        "Servus Lena,\n\nich leite das Product Marketing bei Isarwerk und würde dich gerne kennenlernen. Magst du dir hier einen Slot für 30 Minuten aussuchen?\n"
        "https://calendly.com/jakob-eder/30min\n\nWir sitzen in Giesing, das Gespräch wäre aber erstmal per Meet.\n\nBeste Grüße\nJakob\n\n--\nJakob Eder\nLead Product Marketing · Isarwerk Mobility GmbH",
    ),
    m(
        "71344",
        "2025-11-04 07:59",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Lena Hofbauer und Jakob Eder am Fr, 7. Nov. 2025",
        A("interview", IW, IW2, 5, "other"),
        "Hallo Lena Hofbauer,\n\nIhr Termin wurde geplant.\n\nEreignistyp: 30-Minuten-Meeting\nEinladender: Jakob Eder\n"
        "Datum/Uhrzeit: 09:30 - 10:00, Freitag, 7. November 2025 (Mitteleuropäische Zeit)\nOrt: Google Meet\n\nPowered by Calendly",
        ics=ev(
            "calendly-c41f7a22@calendly.com",
            "2025-11-07 09:30:00 +0100",
            "30-Minuten-Meeting zwischen Jakob Eder und Lena Hofbauer",
            ("Jakob Eder", "jakob.eder@isarwerk.de"),
            30,
            location="https://meet.google.com/fdo-wzhe-ryt",
        ),
    ),
    m(
        "71345",
        "2025-11-21 16:02",
        "Jakob Eder <jakob.eder@isarwerk.de>",
        "Kurzes Update von mir",
        A("rejection", IW, IW2, 5, "direct"),
        "Hi Lena,\n\nsorry, dass es etwas gedauert hat. Ich hab's mir nicht leicht gemacht, aber wir gehen mit einer internen Kandidatin weiter, "
        "die das Produkt schon in- und auswendig kennt. Das Gespräch mit dir hat mir trotzdem echt Spaß gemacht – ich hoffe, wir laufen uns in der Münchner Startup-Szene nochmal über den Weg.\n\n"
        "Alles Gute dir!\nJakob",
    ),
    # --- 6 Sprossling (Workable) ---------------------------------------------------------------
    m(
        "71350",
        "2025-10-17 10:02",
        "Sprossling <noreply@candidates.workablemail.com>",
        "Danke für deine Bewerbung bei Sprossling",
        A("confirmation", SP, SPR, 6, "workable"),
        "Hallo Lena,\n\nvielen Dank für deine Bewerbung auf die Position Growth Marketing Manager (w/m/d). "
        "Wir haben sie erhalten und prüfen sie gerade.\n\nSolltest du nicht in die engere Auswahl kommen, informieren wir dich natürlich trotzdem.\n\n"
        "Grüne Grüße\nTeam Sprossling\n\nPowered by Workable",
    ),
    m(
        "71351",
        "2025-11-10 09:40",
        "Sprossling <noreply@candidates.workablemail.com>",
        "Update zu deiner Bewerbung",
        A("rejection", SP, SPR, 6, "workable"),
        "Hallo Lena,\n\nwir haben uns sehr über dein Interesse an Sprossling gefreut. Nach einem genauen Blick auf alle Bewerbungen "
        "haben wir entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen, deren Profil noch besser zu unseren aktuellen Anforderungen passt.\n\n"
        "Danke dir für deine Zeit und viel Erfolg!\nTeam Sprossling",
    ),
    # --- 7 Alpenmilch Digital (XING): ghosted ---------------------------------------------------
    m(
        "71360",
        "2025-10-24 18:27",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung bei Alpenmilch Digital GmbH",
        A("confirmation", AD, ADR, 7, "other"),
        html="<html><body><div style='font-family:Arial'><p>Hallo Lena Hofbauer,</p><p>Sie haben sich erfolgreich über XING beworben:</p>"
        "<p><b>Junior Online Marketing Manager (m/w/d)</b><br>Alpenmilch Digital GmbH · München</p>"
        "<p>Das Unternehmen erhält Ihr XING-Profil und Ihre Unterlagen. Wir drücken die Daumen!</p>"
        "<p><a href='https://www.xing.com/jobs/applications'>Bewerbungsstatus ansehen</a></p>"
        "<p style='color:#888;font-size:11px'>New Work SE · Am Strandkai 1 · 20457 Hamburg</p></div></body></html>",
    ),
    # --- 8 Strandgut Reisen (Indeed): viewed, rejection -----------------------------------------
    m(
        "71370",
        "2025-11-02 20:11",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Junior Performance & Growth Manager (m/w/d)",
        A("confirmation", SR, SRR, 8, "indeed"),
        "Bewerbung übermittelt\n\nJunior Performance & Growth Manager (m/w/d)\nStrandgut Reisen GmbH - München\n\n"
        "Die folgenden Unterlagen wurden an den Arbeitgeber gesendet: Lebenslauf_Hofbauer_2025.pdf, Anschreiben\n\n"
        "Behalte den Überblick über deine Bewerbungen unter „Meine Jobs“.\n\n© 2025 Indeed",
    ),
    m(
        "71371",
        "2025-11-05 08:14",
        "Indeed <donotreply@indeed.com>",
        "Strandgut Reisen GmbH hat deine Bewerbung angesehen",
        A("viewed", SR, SRR, 8, "indeed"),
        "Gute Neuigkeiten, Lena!\n\nStrandgut Reisen GmbH hat deine Bewerbung für Junior Performance & Growth Manager (m/w/d) angesehen.\n\n"
        "Was jetzt? Arbeitgeber melden sich oft innerhalb von 2 Wochen. Du kannst in der Zwischenzeit weitere passende Jobs entdecken.\n\nIndeed",
    ),
    m(
        "71372",
        "2025-11-19 13:37",
        "Strandgut Reisen Recruiting <noreply@indeed.com>",
        "Eine Nachricht von Strandgut Reisen GmbH zu deiner Bewerbung",
        A("rejection", SR, SRR, 8, "indeed"),
        "Hallo Lena,\n\nvielen Dank für dein Interesse an Strandgut Reisen. Leider müssen wir dir mitteilen, dass wir uns für andere Bewerber:innen entschieden haben.\n\n"
        "Wir wünschen dir alles Gute für deine weitere Suche – und vielleicht sieht man sich ja mal im Urlaub 🌴\n\nDein Strandgut-Team\n\n"
        "Diese Nachricht wurde über Indeed gesendet.",
    ),
    # --- 9 Tandemly (Berlin Startup Jobs board -> Personio) -------------------------------------
    m(
        "71380",
        "2025-11-08 22:40",
        "Tandemly GmbH <no-reply@tandemly.jobs.personio.de>",
        "Thanks for applying / Danke für deine Bewerbung",
        A("confirmation", TD, TDR, 9, "personio"),
        "Hi Lena,\n\nthanks for applying for Growth Manager (Junior) at Tandemly – we're happy you found us via Berlin Startup Jobs!\n\n"
        "Wir lesen jede Bewerbung selbst und melden uns in ca. 10 Tagen.\n\nCheers,\nAnnika & Dev from Tandemly",
    ),
    m(
        "71381",
        "2025-11-17 10:05",
        "Annika Vogt <annika@tandemly.io>",
        "Take-Home für die Growth-Rolle",
        A("assessment", TD, TDR, 9, "direct"),
        "Hi Lena,\n\ndeine Bewerbung hat uns neugierig gemacht! Statt eines ersten Calls machen wir bei Tandemly immer eine kleine Take-Home-Aufgabe (ca. 3 Stunden, wir zahlen dafür 150 €):\n\n"
        "Entwirf einen Growth-Plan für unsere Sprachtandem-App in Frankreich für die ersten 90 Tage.\n\n"
        "Schick uns bis Sonntag, 23.11., ein PDF oder Notion-Link. Danach sprechen wir gemeinsam drüber.\n\nLiebe Grüße aus Kreuzberg\nAnnika (Co-Founderin)",
    ),
    m(
        "71382",
        "2025-11-26 15:44",
        "Annika Vogt <annika@tandemly.io>",
        "Re: Take-Home für die Growth-Rolle",
        A("interview", TD, TDR, 9, "direct"),
        "Hi Lena,\n\nmega, danke für den Plan – besonders die Idee mit den Uni-Sprachzentren! Lass uns das gern besprechen. "
        "Hier kannst du dir einen Termin mit Dev und mir buchen (60 Min, Google Meet): https://calendly.com/tandemly/growth-interview\n\nAnnika\n\n"
        "> Am 23.11.2025 um 19:02 schrieb Lena Hofbauer:\n> Hi Annika, anbei mein Growth-Plan als PDF. Danke für die spannende Aufgabe!",
        **re("71381", "2025-11-17", "Take-Home für die Growth-Rolle", "tandemly.io"),
    ),
    m(
        "71383",
        "2025-12-01 18:30",
        "Lena Hofbauer <lena.hofbauer@gmx.de>",
        "Rückzug meiner Bewerbung – Growth Manager (Junior)",
        A("confirmation", TD, TDR, 9, "direct"),
        "Hi Annika,\n\nvielen Dank für das offene Gespräch letzte Woche und die Zeit, die ihr euch genommen habt. "
        "Ich habe aber gemerkt, dass ich für die nächsten Jahre doch in München bleiben möchte, und möchte meine Bewerbung daher zurückziehen.\n\n"
        "Ich drücke euch die Daumen für Frankreich!\n\nLiebe Grüße\nLena",
        to="Annika Vogt <annika@tandemly.io>",
        st="withdrawn",
    ),
    m(
        "71384",
        "2025-12-02 09:12",
        "Annika Vogt <annika@tandemly.io>",
        "Re: Rückzug meiner Bewerbung – Growth Manager (Junior)",
        A("confirmation", TD, TDR, 9, "direct"),
        "Hi Lena,\n\nschade, aber total verständlich – danke für die ehrliche Rückmeldung! Melde dich gern, falls du mal nach Berlin willst.\n\nAnnika",
        st="withdrawn",
        **re("71383", "2025-12-01", "Rückzug meiner Bewerbung – Growth Manager (Junior)", "gmx.de"),
    ),
    # --- 10 Versandhaus Kiefer via Headhunter (unnamed, then named client) -------------------
    m(
        "71390",
        "2025-11-11 11:26",
        "Dominik Strasser <d.strasser@talentbruecke-personal.de>",
        "Junior Product Marketing für einen Kunden aus dem E-Commerce",
        A("outreach", None, VKR, None, "agency"),
        "Hallo Frau Hofbauer,\n\nich bin Personalberater bei der Talentbrücke und betreue exklusiv eine Position für einen Kunden aus dem E-Commerce "
        "(Familienunternehmen, Großraum München, ca. 600 Mitarbeitende, starker Online-Shop im Bereich Haus & Garten).\n\n"
        "Gesucht wird ein/e Junior Product Marketing Manager E-Commerce, Gehaltsrahmen 48–55 T€, 2 Tage Homeoffice. Ihr Profil auf LinkedIn passt aus meiner Sicht sehr gut.\n\n"
        "Hätten Sie diese Woche Zeit für ein kurzes Telefonat?\n\nBeste Grüße\nDominik Strasser\nSenior Consultant Marketing & Sales\n"
        "Talentbrücke Personalberatung GmbH · Rosenheimer Str. 145 · 81671 München · +49 89 2154 7790",
    ),
    m(
        "71391",
        "2025-11-13 17:03",
        "Dominik Strasser <d.strasser@talentbruecke-personal.de>",
        "AW: Junior Product Marketing für einen Kunden aus dem E-Commerce",
        A("confirmation", VK, VKR, 10, "agency"),
        "Hallo Frau Hofbauer,\n\nvielen Dank für das nette Telefonat und Ihr Einverständnis. Wie besprochen kann ich Ihnen nun auch den Namen nennen: "
        "Es handelt sich um die Versandhaus Kiefer GmbH & Co. KG in Unterschleißheim.\n\nIch habe Ihre Unterlagen heute dem Kunden vorgestellt und melde mich, sobald ich Feedback habe.\n\n"
        "Beste Grüße\nDominik Strasser\n\n-----Ursprüngliche Nachricht-----\nVon: Lena Hofbauer <lena.hofbauer@gmx.de>\nGesendet: Mittwoch, 12. November 2025 08:55\n"
        "Betreff: AW: Junior Product Marketing für einen Kunden aus dem E-Commerce\n\nHallo Herr Strasser, gerne – morgen ab 12 Uhr passt mir gut. Viele Grüße, Lena Hofbauer",
        **re(
            "71390",
            "2025-11-11",
            "Junior Product Marketing für einen Kunden aus dem E-Commerce",
            "talentbruecke-personal.de",
        ),
    ),
    m(
        "71392",
        "2025-11-20 14:50",
        "Dominik Strasser <d.strasser@talentbruecke-personal.de>",
        "Vorstellungsgespräch bei Kiefer – 27.11., 10:00 Uhr",
        A("interview", VK, VKR, 10, "agency"),
        "Hallo Frau Hofbauer,\n\ngute Nachrichten: Kiefer möchte Sie kennenlernen! Das Gespräch findet am Donnerstag, 27.11., um 10:00 Uhr vor Ort in Unterschleißheim statt "
        "(Am Kieferngarten 3, bitte am Empfang nach Frau Seidl fragen). Dabei sind die Leiterin E-Commerce und der Bereichsleiter Marketing.\n\n"
        "Ich rufe Sie vorher noch kurz zur Vorbereitung an.\n\nBeste Grüße\nDominik Strasser",
    ),
    m(
        "71393",
        "2025-12-04 12:18",
        "Dominik Strasser <d.strasser@talentbruecke-personal.de>",
        "Feedback Kiefer",
        A("rejection", VK, VKR, 10, "agency"),
        "Hallo Frau Hofbauer,\n\nich habe heute das Feedback von Kiefer bekommen. Man war von Ihrer Kommunikationsstärke sehr angetan, hat sich aber für einen Kandidaten mit mehr Erfahrung in Marktplätzen (Amazon, OTTO) entschieden.\n\n"
        "Ich bedaure das sehr und würde Sie gerne bei passenden Positionen wieder ansprechen.\n\nBeste Grüße\nDominik Strasser",
    ),
    # --- 11 Sonnfeld Versicherung (SuccessFactors; formal): offer declined ---------------------
    m(
        "71400",
        "2025-11-24 08:40",
        "Sonnfeld Versicherung Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Trainee / Junior Produktmarketing (m/w/d)",
        A("confirmation", SV, SVR, 11, "other"),
        "Sehr geehrte Frau Hofbauer,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Position Trainee / Junior Produktmarketing (m/w/d), Referenz-Nr. 4471, am Standort München.\n\n"
        "Bitte haben Sie Verständnis, dass die Prüfung Ihrer Unterlagen einige Wochen in Anspruch nehmen kann. Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich eine Nachricht.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team\nSonnfeld Versicherungsgruppe\n\nSonnfeld Lebensversicherung a.G. · Sonnfeld Allgemeine Versicherung AG · Sitz München",
    ),
    m(
        "71401",
        "2025-12-03 10:00",
        "Sonnfeld Versicherung Karriere <noreply@successfactors.eu>",
        "Ihre Einladung zum Online-Assessment",
        A("assessment", SV, SVR, 11, "other"),
        "Sehr geehrte Frau Hofbauer,\n\nvielen Dank für Ihr Interesse an der Sonnfeld Versicherungsgruppe. Im nächsten Schritt bitten wir Sie, ein Online-Assessment zu absolvieren "
        "(Logik, Zahlenverständnis, Persönlichkeitsfragebogen; Dauer ca. 50 Minuten).\n\nBitte schließen Sie den Test bis zum 10.12.2025 ab: https://assessment.sonnfeld-karriere.de/t/8841-ab\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team",
    ),
    m(
        "71402",
        "2025-12-16 09:22",
        "Ramona Gruber <ramona.gruber@sonnfeld.de>",
        "Einladung zum Auswahlgespräch am 13.01.2026",
        A("interview", SV, SVR, 11, "direct"),
        "Sehr geehrte Frau Hofbauer,\n\nherzlichen Glückwunsch, Sie haben das Online-Assessment erfolgreich abgeschlossen. Gerne laden wir Sie zu einem Auswahlgespräch ein:\n\n"
        "Dienstag, 13. Januar 2026, 10:30–12:00 Uhr\nSonnfeld Versicherungsgruppe, Leopoldstraße 230, 80807 München, Haus B, 4. OG\n\n"
        "Eine Kalendereinladung erhalten Sie separat. Fahrtkosten (ÖPNV) erstatten wir Ihnen gerne.\n\nMit freundlichen Grüßen\nRamona Gruber\nHR Business Partnerin\nSonnfeld Versicherungsgruppe",
    ),
    m(
        "71403",
        "2025-12-16 09:25",
        "Ramona Gruber <ramona.gruber@sonnfeld.de>",
        "Auswahlgespräch Trainee Produktmarketing – Frau Hofbauer",
        A("interview", SV, SVR, 11, "direct"),
        "Auswahlgespräch Trainee Produktmarketing – Frau Hofbauer\n\nWann: Dienstag, 13. Januar 2026 10:30-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\nWo: Leopoldstraße 230, Haus B, Raum 4.12",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000060D1C4A9B16ADC01000000000000000010000000",
            "2026-01-13 10:30:00 +0100",
            "Auswahlgespräch Trainee Produktmarketing – Frau Hofbauer",
            ("Ramona Gruber", "ramona.gruber@sonnfeld.de"),
            90,
            style="outlook",
            location="Leopoldstraße 230, Haus B, Raum 4.12",
            attendees=[("Dr. Felix Marquardt", "felix.marquardt@sonnfeld.de")],
        ),
    ),
    m(
        "71404",
        "2026-01-28 15:15",
        "Ramona Gruber <ramona.gruber@sonnfeld.de>",
        "Ihr Vertragsangebot – Trainee Produktmarketing",
        A("offer", SV, SVR, 11, "direct"),
        "Sehr geehrte Frau Hofbauer,\n\nwir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen eine Position als Trainee Produktmarketing (18 Monate, anschließend Übernahme als Junior Produktmanagerin) anbieten möchten.\n\n"
        "Die Eckdaten: 49.500 € brutto p.a. (13,5 Gehälter), 30 Tage Urlaub, betriebliche Altersvorsorge, Jobticket. Den Vertragsentwurf finden Sie im Anhang. "
        "Wir bitten um Ihre Rückmeldung bis zum 20. Februar 2026.\n\nMit freundlichen Grüßen\nRamona Gruber",
        attach=[
            (
                "Vertragsentwurf_Trainee_Hofbauer.txt",
                "text/plain",
                "Arbeitsvertrag (Entwurf) Sonnfeld Versicherungsgruppe\n",
            )
        ],
    ),
    m(
        "71405",
        "2026-02-20 11:41",
        "Ramona Gruber <ramona.gruber@sonnfeld.de>",
        "AW: Ihr Vertragsangebot – Trainee Produktmarketing",
        A("offer", SV, SVR, 11, "direct"),
        "Sehr geehrte Frau Hofbauer,\n\nvielen Dank für Ihre offene Rückmeldung. Wir bedauern Ihre Entscheidung, respektieren sie aber natürlich und wünschen Ihnen für Ihren Start bei Flinkwerk alles Gute.\n\n"
        "Mit freundlichen Grüßen\nRamona Gruber\n\n-----Ursprüngliche Nachricht-----\nVon: Lena Hofbauer\nGesendet: Freitag, 20. Februar 2026 08:03\n"
        "Betreff: AW: Ihr Vertragsangebot – Trainee Produktmarketing\n\nSehr geehrte Frau Gruber, nach reiflicher Überlegung habe ich mich entschieden, Ihr Angebot nicht anzunehmen …",
        st="declined",
        **re(
            "71404", "2026-01-28", "Ihr Vertragsangebot – Trainee Produktmarketing", "sonnfeld.de"
        ),
    ),
    # --- 12 Bergmann & Söhne Verlag (StepStone listing, rexx systems) -----------------------------
    m(
        "71410",
        "2025-12-08 21:30",
        "Bergmann & Söhne Verlag – Bewerbermanagement <noreply@bergmann-verlag.rexx-recruitment.com>",
        "Ihre Bewerbung als Junior Marketing Manager Digitale Produkte (m/w/d)",
        A("confirmation", BS, BSR, 12, "other"),
        "Sehr geehrte Frau Hofbauer,\n\nherzlichen Dank für Ihre Bewerbung, die wir über StepStone erhalten haben. Wir werden Ihre Unterlagen sorgfältig prüfen und uns zeitnah bei Ihnen melden.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung\nBergmann & Söhne Verlag GmbH · Schwanthalerstraße 91 · 80336 München",
    ),
    m(
        "71411",
        "2026-01-09 14:02",
        "Bergmann & Söhne Verlag – Bewerbermanagement <noreply@bergmann-verlag.rexx-recruitment.com>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", BS, BSR, 12, "other"),
        "Sehr geehrte Frau Hofbauer,\n\nwir bedanken uns nochmals für Ihr Interesse an unserem Verlag. Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich intern besetzt wurde.\n\n"
        "Wir bewahren Ihre Unterlagen gerne – mit Ihrem Einverständnis – für sechs Monate auf.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    # --- 13 Wurzelwerk Kaffee (JOIN) ----------------------------------------------------------
    m(
        "71420",
        "2025-12-11 07:48",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung bei Wurzelwerk Kaffee wurde gesendet",
        A("confirmation", WW, WWR, 13, "other"),
        html="<html><body style='font-family:Helvetica'><h3>Bewerbung gesendet ✔</h3><p>Hi Lena,</p>"
        "<p>deine Bewerbung für <b>Growth &amp; CRM Manager (m/w/d)</b> bei <b>Wurzelwerk Kaffee</b> ist angekommen. "
        "Das Unternehmen wird sich direkt bei dir melden.</p><p>Viel Erfolg!<br>Dein JOIN Team</p>"
        "<p style='font-size:10px;color:#999'>JOIN Solutions AG · Zürich</p></body></html>",
    ),
    m(
        "71421",
        "2026-01-07 16:09",
        "Wurzelwerk Kaffee <noreply@join.com>",
        "Deine Bewerbung bei Wurzelwerk Kaffee",
        A("rejection", WW, WWR, 13, "other"),
        "Hallo Lena,\n\ndanke, dass du dich bei uns beworben hast – wir haben uns sehr über das Interesse gefreut! Nach vielen Gesprächen haben wir die Position inzwischen besetzt.\n\n"
        "Wir wünschen dir viel Erfolg und schenken dir einen 15 % Rabatt-Code für unseren Shop: DANKE15 ☕\n\nBeste Grüße\nTeam Wurzelwerk",
    ),
    # --- 14 Brezn Labs: WG: from the old uni address (Recruitee) -------------------------------
    m(
        "71430",
        "2025-10-02 10:33",
        "Lena Hofbauer <lena.hofbauer@campus.lmu.de>",
        "WG: Deine Bewerbung bei Brezn Labs",
        A("confirmation", BL, BLR, 14, "recruitee"),
        "\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Deine Bewerbung bei Brezn Labs\nDatum: Wed, 1 Oct 2025 18:12:40 +0000\n"
        "Von: Brezn Labs <no-reply@recruitee.com>\nAn: lena.hofbauer@campus.lmu.de\n\n"
        "Hallo Lena,\n\nvielen Dank für deine Bewerbung als Junior Product Marketing Manager! Wir haben sie gut erhalten und melden uns bald.\n\nDein Team von Brezn Labs",
    ),
    m(
        "71431",
        "2025-10-27 10:00",
        "Brezn Labs <no-reply@recruitee.com>",
        "Deine Bewerbung bei Brezn Labs",
        A("rejection", BL, BLR, 14, "recruitee"),
        "Hallo Lena,\n\nvielen Dank für deine Geduld. Wir haben uns entschieden, die Rolle vorerst nicht zu besetzen, und schließen den Prozess daher für alle Bewerbungen.\n\n"
        "Wir behalten dein Profil gerne im Hinterkopf.\n\nDein Team von Brezn Labs",
    ),
    # --- German alerts, outreach and other job mail ---------------------------------------------
    m(
        "71440",
        "2025-10-03 07:05",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Produktmarketing“ in München",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>Ihr Jobagent hat 12 neue Jobs gefunden</h3><ul><li>Junior Produktmarketing Manager (m/w/d) – Brenner Haustechnik AG – Garching</li>"
        "<li>Marketing Manager (m/w/d) – Kellerbräu GmbH – München</li><li>Product Marketing Specialist – Veltrion SE – Unterföhring</li></ul>"
        "<p><a href='https://www.stepstone.de/jobagent'>Alle Jobs ansehen</a> · <a href='#'>Jobagent bearbeiten</a></p></body></html>",
    ),
    m(
        "71441",
        "2025-11-25 07:05",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neu für Sie: Junior Marketing Manager Digitale Produkte (m/w/d) bei Bergmann & Söhne Verlag",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><p>Guten Morgen Lena,</p><p>dieser Job passt zu Ihrem Jobagenten „Produktmarketing München“:</p>"
        "<p><b>Junior Marketing Manager Digitale Produkte (m/w/d)</b><br>Bergmann &amp; Söhne Verlag GmbH · München · Vollzeit</p>"
        "<p><a href='#'>Jetzt bewerben</a></p></body></html>",
    ),
    m(
        "71442",
        "2026-01-14 06:58",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "8 neue Jobs für „Growth Manager“ in Berlin",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><h3>8 neue Jobs</h3><ul><li>Growth Manager (m/w/d) – Kieztaxi GmbH – Berlin</li><li>Junior CRM Manager – Spreewerk Energie – Berlin</li></ul></body></html>",
    ),
    m(
        "71443",
        "2025-10-19 18:00",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "Diese Jobs könnten Sie interessieren, Lena",
        ("alert", None, None, None, "other", "de"),
        html="<html><body><p>Basierend auf Ihrem Profil:</p><p><b>Junior Online Marketing Manager (m/w/d)</b> – Alpenmilch Digital GmbH – München</p>"
        "<p><b>Werkstudent Growth</b> – Tollwerk Ventures – München</p><p><a href='#'>Mehr Jobs</a></p></body></html>",
    ),
    m(
        "71444",
        "2025-12-12 09:15",
        "JOIN <noreply@join.com>",
        "Lena, deine Bewerbung ist noch nicht fertig",
        ("alert", "Kellerbräu", None, None, "other", "de"),
        "Hi Lena,\n\ndu hast angefangen, dich als Marketing Manager bei Kellerbräu zu bewerben, aber deine Bewerbung noch nicht abgeschickt. "
        "Es fehlt nur noch dein Lebenslauf!\n\nBewerbung fortsetzen: https://join.com/apply/continue/k2a9\n\nDein JOIN Team",
    ),
    m(
        "71445",
        "2025-10-31 12:10",
        "Vanessa Loibl <vanessa.loibl@kellerbraeu.de>",
        "Marketing bei Kellerbräu – hätten Sie Interesse?",
        ("outreach", "Kellerbräu", "Marketing Manager (m/w/d)", None, "direct", "de"),
        "Sehr geehrte Frau Hofbauer,\n\nüber XING bin ich auf Ihr Profil aufmerksam geworden. Wir sind eine traditionsreiche Münchner Brauerei und bauen gerade unseren Online-Shop und die Marke bei jüngeren Zielgruppen aus. "
        "Hätten Sie Interesse, sich über unsere Stelle als Marketing Manager (m/w/d) auszutauschen?\n\nMit freundlichen Grüßen\nVanessa Loibl\nPersonal · Kellerbräu GmbH",
    ),
    m(
        "71446",
        "2026-01-20 10:30",
        "Dominik Strasser <d.strasser@talentbruecke-personal.de>",
        "Neue Position: Growth Marketing (Fintech, München)",
        ("outreach", None, "Growth Marketing Manager", None, "agency", "de"),
        "Hallo Frau Hofbauer,\n\nwie versprochen melde ich mich wieder: Ein Fintech-Kunde (Series B, Maxvorstadt) sucht eine/n Growth Marketing Manager mit 1–3 Jahren Erfahrung. "
        "Wäre das etwas für Sie? Gerne sende ich Ihnen die Stellenbeschreibung.\n\nBeste Grüße\nDominik Strasser",
    ),
    m(
        "71447",
        "2025-11-12 08:55",
        "Dominik Strasser <d.strasser@talentbruecke-personal.de>",
        "Abwesenheitsnotiz: AW: Junior Product Marketing für einen Kunden aus dem E-Commerce",
        ("other_job", None, None, None, "agency", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.11. auf einem Kundentermin und habe nur eingeschränkt Zugriff auf meine E-Mails. "
        "Ich melde mich schnellstmöglich zurück. In dringenden Fällen erreichen Sie unser Büro unter +49 89 2154 7790.\n\nDominik Strasser",
    ),
    m(
        "71448",
        "2026-01-16 12:00",
        "Sonnfeld Versicherung Karriere <noreply@successfactors.eu>",
        "Wie war Ihr Bewerbungsprozess? Ihre Meinung zählt",
        ("other_job", SV, SVR, None, "other", "de"),
        "Sehr geehrte Frau Hofbauer,\n\nSie haben kürzlich an einem Auswahlgespräch bei der Sonnfeld Versicherungsgruppe teilgenommen. Helfen Sie uns, besser zu werden, und nehmen Sie an unserer kurzen Umfrage teil (3 Minuten):\n"
        "https://survey.sonnfeld-karriere.de/c/77a1\n\nVielen Dank!\nIhr Recruiting-Team",
    ),
    m(
        "71449",
        "2025-11-07 09:00",
        "Heimbox Talent Team <hbx@recruitee.com>",
        "Willkommen im Heimbox Talent Pool",
        ("alert", HB, None, None, "recruitee", "de"),
        "Hallo Lena,\n\nschön, dass du in unserem Talent Pool bist! Wir melden uns, sobald eine passende Stelle frei wird. Du kannst dein Profil jederzeit aktualisieren oder dich austragen.\n\nDein Heimbox Talent Team",
    ),
    m(
        "71450",
        "2025-10-29 09:12",
        "XING <mailrobot@mail.xing.com>",
        "Alpenmilch Digital GmbH hat Ihre Bewerbung angesehen",
        A("viewed", AD, ADR, 7, "other"),
        html="<html><body><p>Hallo Lena Hofbauer,</p><p>gute Nachrichten: Ihre Bewerbung als <b>Junior Online Marketing Manager (m/w/d)</b> wurde von Alpenmilch Digital GmbH angesehen.</p>"
        "<p><a href='https://www.xing.com/jobs/applications'>Zum Bewerbungsstatus</a></p></body></html>",
    ),
    m(
        "71451",
        "2025-11-06 08:00",
        "Berlin Startup Jobs <jobs@berlinstartupjobs.com>",
        "This week's marketing jobs in Berlin startups",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><h3>Marketing &amp; Growth – fresh this week</h3><ul><li>Growth Manager (Junior) – Tandemly – Kreuzberg</li>"
        "<li>Performance Marketing Manager – Kieztaxi – Mitte</li><li>Content Marketing Lead – Spreewerk Energie – Friedrichshain</li></ul>"
        "<p>You're receiving this because you subscribed to the Marketing category.</p></body></html>",
    ),
    m(
        "71452",
        "2026-02-05 07:30",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: Product Marketing Manager in München",
        ("alert", None, None, None, "indeed", "de"),
        html="<html><body><p>Neue Jobs für deine Suche „Product Marketing Manager“ in München:</p><ul><li>Junior Product Marketing Manager – Veltrion SE – Unterföhring</li>"
        "<li>Product Marketing Associate – Mealo – Berlin (Remote)</li></ul><p><a href='#'>Alle Ergebnisse</a></p></body></html>",
    ),
]
