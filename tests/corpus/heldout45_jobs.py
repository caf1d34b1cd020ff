# ruff: noqa: E501
"""Corpus 45, German-language applications (Berlin, Leipzig, Vienna, Zurich). See heldout45.py."""

from __future__ import annotations

import hashlib
from typing import Any

IDS: dict[int, str] = {}


def d(when: str) -> str:
    """'2025-11-03 09:14' -> a Date string with the Berlin offset of that day."""
    summer = when < "2025-10-26 03:00" or when >= "2026-03-29 03:00"
    return f"{when}:00 {'+0200' if summer else '+0100'}"


def m(
    key: int,
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """One spec; the Message-ID's domain is the sender's."""
    dom = frm.rsplit("@", 1)[1].rstrip(">").strip()
    tag = hashlib.sha1(f"h45-{key}".encode()).hexdigest()[:12]
    mid = f"<{tag}.{key}@{dom}>"
    IDS[key] = mid
    spec: dict[str, Any] = {"id": mid, "date": d(when), "from": frm, "subject": subject, "t": t}
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def re(key: int) -> dict[str, str]:
    """Threading headers of a reply to message ``key``."""
    return {"In-Reply-To": IDS[key], "References": IDS[key]}


def ev(
    uid: str,
    start: str,
    summary: str,
    organizer: tuple[str, str],
    minutes: int = 45,
    style: str = "google",
    **kw: Any,
) -> dict[str, Any]:
    return {
        "uid": uid,
        "start": d(start),
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        "style": style,
        **kw,
    }


PEN = ("interview", "Pendel", "Senior UX Researcher", 1, "personio", "de")
KOL = "Kolibri Health"
KR = "Product Designer (Patient App)"
WIEN = "Stadt Wien – Wien Digital"
WR = "UX-Designer*in (Digitale Services)"
RHE = "Rheinsicht AG"
LUM = "Lumenfeld"
SAX = "Saxonia Mobil"
QUA = "Studio Quader"

MAIL: list[dict[str, Any]] = [
    # --- 1 Pendel (Personio), Senior UX Researcher ------------------------------------------
    m(
        101,
        "2025-10-06 10:12",
        "Pendel Recruiting <noreply@personio.de>",
        "Deine Bewerbung bei Pendel",
        ("confirmation", "Pendel", "Senior UX Researcher", 1, "personio", "de"),
        "Hey Mara,\n\nschön, dass du dich für die Stelle als Senior UX Researcher bei Pendel "
        "interessierst! Deine Unterlagen sind gut bei uns angekommen.\n\nWir schauen uns alles in "
        "Ruhe an und melden uns bei dir, sobald wir mehr wissen – normalerweise innerhalb von zwei "
        "Wochen.\n\nBis bald\nLea vom Pendel People Team\n\n--\nPendel Mobility GmbH · "
        "Schlesische Str. 28 · 10997 Berlin\nDiese E-Mail wurde automatisch über Personio versendet.",
    ),
    m(
        102,
        "2025-10-14 16:40",
        "Jonas Wirth <jonas.wirth@pendel-mobility.de>",
        "Kennenlernen Pendel x Mara",
        PEN,
        "Hi Mara,\n\ndanke nochmal für deine Bewerbung – dein Case zu den Pendler-Tagebuchstudien "
        "hat uns richtig gut gefallen. Ich würde dich gern in einem 30-minütigen Call näher "
        "kennenlernen.\n\nBuch dir einfach einen Slot, der dir passt:\nhttps://calendly.com/jonas-"
        "pendel/30min\n\nViele Grüße\nJonas\n\nJonas Wirth\nHead of Product Research\nPendel",
    ),
    m(
        103,
        "2025-10-15 08:03",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Mara Lindqvist-Okafor – 30 Minuten Kennenlernen",
        ("interview", "Pendel", "Senior UX Researcher", 1, "other", "de"),
        "Hallo Mara Lindqvist-Okafor,\n\nDein Termin mit Jonas Wirth ist bestätigt.\n\n"
        "Termin: 30 Minuten Kennenlernen\nDatum: Montag, 20. Oktober 2025\nUhrzeit: 11:00 - 11:30 "
        "(Mitteleuropäische Zeit)\nOrt: Google Meet – Details folgen in der Kalendereinladung\n\n"
        "Termin verschieben oder absagen: https://calendly.com/reschedulings/7f2c1a\n\n"
        "Powered by Calendly",
    ),
    m(
        104,
        "2025-10-22 13:25",
        "Jonas Wirth <jonas.wirth@pendel-mobility.de>",
        "Re: Kennenlernen Pendel x Mara",
        ("assessment", "Pendel", "Senior UX Researcher", 1, "direct", "de"),
        "Hi Mara,\n\nhat Spaß gemacht am Montag! Als nächsten Schritt hätten wir eine kleine "
        "Case Study für dich: Wie würdest du eine Studie aufsetzen, um herauszufinden, warum "
        "Nutzer*innen ihr Monatsabo nach drei Monaten kündigen? Bitte max. 5 Folien, kein "
        "Pixel-Perfect nötig.\n\nSchick sie uns gern bis Freitag, 31.10. – und schreib, wenn du "
        "mehr Zeit brauchst.\n\nLG Jonas",
        **re(102),
    ),
    m(
        105,
        "2025-11-07 17:52",
        "Jonas Wirth <jonas.wirth@pendel-mobility.de>",
        "Re: Case Study Pendel",
        ("rejection", "Pendel", "Senior UX Researcher", 1, "direct", "de"),
        "Hi Mara,\n\nvielen Dank für deine Case Study und die Zeit, die du da reingesteckt hast. "
        "Dein Vorgehen mit den Kündigungsinterviews war wirklich durchdacht, und das Team hat "
        "lange diskutiert.\n\nAm Ende haben wir uns für eine Person entschieden, die schon mehr "
        "Erfahrung mit quantitativer Forschung im Mobility-Bereich mitbringt. Das war keine "
        "leichte Entscheidung.\n\nIch würde mich freuen, wenn wir in Kontakt bleiben – falls sich "
        "bei uns was Passendes ergibt, melde ich mich.\n\nAlles Gute dir\nJonas\n\n"
        "> Am 31.10.2025 um 09:12 schrieb Mara Lindqvist-Okafor:\n> Hi Jonas, anbei meine Case "
        "Study als PDF. Freue mich auf euer Feedback!\n> Mara",
        **re(104),
    ),
    # --- 2 Kolibri Health (Ashby), offer declined -------------------------------------------
    m(
        111,
        "2025-10-09 19:03",
        "Kolibri Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Kolibri Health!",
        ("confirmation", KOL, KR, 2, "ashby", "en"),
        html="<div style='font-family:Inter,Arial'><p>Hi Mara,</p><p>Thanks for applying for the "
        "<b>Product Designer (Patient App)</b> role at Kolibri Health. We really appreciate the "
        "time you took.</p><p>Our team reviews every application by hand. If your background "
        "is a match, someone from our talent team will reach out within the next 10 working "
        "days.</p><p>Cheers,<br>The Kolibri Talent Team</p><p style='color:#888;font-size:11px'>"
        "Powered by Ashby</p></div>",
    ),
    m(
        112,
        "2025-10-20 11:15",
        "Svenja Arslan <svenja.arslan@kolibri-health.de>",
        "Einladung: Erstgespräch Kolibri – Product Designer",
        ("interview", KOL, KR, 2, "direct", "de"),
        "Hallo Mara,\n\nich bin Svenja und kümmere mich bei Kolibri ums Recruiting. Wir würden "
        "dich gern in einem ersten Gespräch kennenlernen! Ich habe dir eine Einladung für "
        "Donnerstag, 23.10., 15:00 Uhr geschickt – passt das? Sonst schlag gern einen anderen "
        "Termin vor.\n\nViele Grüße aus Kreuzberg\nSvenja Arslan\nTalent Acquisition | Kolibri "
        "Health GmbH",
        ics=ev(
            "kol-1@kolibri-health.de",
            "2025-10-23 15:00",
            "Erstgespräch Kolibri x Mara Lindqvist-Okafor",
            ("Svenja Arslan", "svenja.arslan@kolibri-health.de"),
            30,
            location="https://meet.google.com/kqz-rtpo-wha",
        ),
    ),
    m(
        113,
        "2025-11-03 09:30",
        "Svenja Arslan <svenja.arslan@kolibri-health.de>",
        "Portfolio Review bei KH – nächste Woche?",
        ("interview", KOL, KR, 2, "direct", "de"),
        "Hi Mara,\n\ngute Neuigkeiten: Das Team möchte gern weitermachen. Nächster Schritt ist "
        "ein Portfolio Review (60 Min.) mit Tobi (Design Lead) und Aylin (PM). Du stellst zwei "
        "Projekte vor, der Rest ist Fragen & Austausch.\n\nWie sieht es bei dir am Dienstag, "
        "11.11., oder Mittwoch, 12.11., jeweils ab 10 Uhr aus?\n\nLiebe Grüße\nSvenja",
    ),
    m(
        114,
        "2025-11-03 12:02",
        "Svenja Arslan <svenja.arslan@kolibri-health.de>",
        "Re: Portfolio Review bei KH – nächste Woche?",
        ("interview", KOL, KR, 2, "direct", "de"),
        "Perfekt, dann Mittwoch 10 Uhr bei uns im Office (Ritterstraße 12, 3. OG). Klingel bei "
        '"Kolibri".\n\nSvenja\n\n> Am Mo., 3. Nov. 2025 um 11:47 schrieb Mara:\n> Mittwoch '
        "passt mir gut, gern vor Ort!",
        **re(113),
    ),
    m(
        115,
        "2025-11-19 18:20",
        "Svenja Arslan <svenja.arslan@kolibri-health.de>",
        "Dein Angebot von Kolibri 🎉",
        ("offer", KOL, KR, 2, "direct", "de"),
        "Hi Mara,\n\nwie eben am Telefon besprochen, freuen wir uns riesig, dir die Stelle als "
        "Product Designer für unsere Patienten-App anzubieten!\n\nIm Anhang findest du das "
        "Angebot mit den Eckdaten: 68.000 € brutto/Jahr, 30 Urlaubstage, 2 Tage Office/Woche, "
        "Start 1. Januar 2026. Gib uns gern bis Mittwoch, 26.11., Bescheid.\n\nWenn du Fragen "
        "hast, ruf mich jederzeit an.\n\nSvenja\nKolibri Health GmbH · Ritterstraße 12 · 10969 Berlin",
        attach=[
            ("Angebot_Kolibri_Lindqvist-Okafor.pdf", "application/pdf", "%PDF-1.4 offer letter")
        ],
    ),
    m(
        116,
        "2025-11-26 16:48",
        "Svenja Arslan <svenja.arslan@kolibri-health.de>",
        "Re: Dein Angebot von Kolibri",
        ("offer", KOL, KR, 2, "direct", "de"),
        st="declined",
        text="Liebe Mara,\n\ndanke, dass du so offen mit uns warst – schade, aber natürlich "
        "verstehen wir deine Entscheidung. Wir wünschen dir ganz viel Erfolg bei deiner weiteren Suche!\n\n"
        "Die Tür bei Kolibri bleibt offen.\n\nHerzlich\nSvenja\n\n> Am 26.11.2025 um 10:05 "
        "schrieb Mara Lindqvist-Okafor:\n> Liebe Svenja, vielen Dank für das tolle Angebot. Nach "
        "langem Überlegen habe ich mich entschieden, es nicht anzunehmen – die Rolle ist mir "
        "am Ende zu UI-lastig, ich möchte näher an der Forschung bleiben.",
        **re(115),
    ),
    # --- 5 Stadt Wien (own portal), on hold --------------------------------------------------
    m(
        121,
        "2025-10-13 07:58",
        "Magistrat der Stadt Wien – Recruiting <bewerbung@wien-digital.example>",
        "Eingangsbestätigung Ihrer Bewerbung – Kennzahl MA01-2025-0417",
        ("confirmation", WIEN, WR, 5, "other", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die "
        "Position UX-Designer*in (Digitale Services) in der Magistratsabteilung 01 – Wien Digital, "
        "Kennzahl MA01-2025-0417.\n\nDie Prüfung der Unterlagen kann einige Wochen in Anspruch "
        "nehmen. Wir ersuchen Sie, von telefonischen Nachfragen abzusehen.\n\nMit freundlichen "
        "Grüßen\nIhr Recruiting-Team der Stadt Wien\n\nDiese Nachricht wurde automatisch erstellt.",
    ),
    m(
        122,
        "2025-12-02 10:41",
        "Mag.a Karin Pölzl <karin.poelzl@wien-digital.example>",
        "Einladung zum Bewerbungsgespräch – MA01-2025-0417",
        ("interview", WIEN, WR, 5, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nwir freuen uns, Sie zu einem Bewerbungsgespräch "
        "einzuladen. Das Gespräch findet am Dienstag, 13. Jänner 2026, um 09:30 Uhr statt "
        "(wahlweise per MS Teams oder persönlich, 1200 Wien, Dresdner Straße 43).\n\nBitte "
        "bestätigen Sie den Termin bis 19. Dezember. Die Einladung für Teams finden Sie "
        "anbei.\n\nMit freundlichen Grüßen\n\nMag.a Karin Pölzl\nMagistratsabteilung 01 – Wien "
        "Digital\nReferat Personal",
        ics=ev(
            "040000008200E00074C5B7101A82E008000000005F6E@wien-digital.example",
            "2026-01-13 09:30",
            "Bewerbungsgespräch UX-Designer*in MA01-2025-0417",
            ("Pölzl Karin", "karin.poelzl@wien-digital.example"),
            60,
            style="outlook",
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        123,
        "2026-02-10 14:05",
        "Mag.a Karin Pölzl <karin.poelzl@wien-digital.example>",
        "MA01-2025-0417 – Information zum Stand des Verfahrens",
        ("confirmation", WIEN, WR, 5, "direct", "de"),
        st="on_hold",
        text="Sehr geehrte Frau Lindqvist-Okafor,\n\nwir danken Ihnen nochmals für das angenehme "
        "Gespräch im Jänner. Aufgrund einer budgetären Neuplanung wird das Besetzungsverfahren "
        "für diese Position vorübergehend ausgesetzt. Ihre Bewerbung bleibt in Evidenz; wir "
        "werden Sie informieren, sobald das Verfahren fortgesetzt wird.\n\nWir bitten um Ihr "
        "Verständnis.\n\nMit freundlichen Grüßen\nMag.a Karin Pölzl",
    ),
    # --- 6 Alpenblick Versicherung (karriere.at) ---------------------------------------------
    m(
        131,
        "2025-10-17 21:14",
        "karriere.at <noreply@karriere.at>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", "Alpenblick Versicherung", "UX Researcher (m/w/d)", 6, "other", "de"),
        html="<table width='100%'><tr><td><img alt='karriere.at'></td></tr><tr><td><h2>Ihre "
        "Bewerbung ist unterwegs!</h2><p>Hallo Mara Lindqvist-Okafor,</p><p>Ihre Bewerbung für "
        "<b>UX Researcher (m/w/d)</b> bei <b>Alpenblick Versicherung AG</b> in Wien wurde soeben "
        "übermittelt.</p><p>Den Status Ihrer Bewerbungen sehen Sie jederzeit unter <a "
        "href='https://www.karriere.at/meine-bewerbungen'>Meine Bewerbungen</a>.</p><p>Viel "
        "Erfolg wünscht Ihnen<br>Ihr karriere.at Team</p></td></tr></table>",
    ),
    m(
        132,
        "2025-11-12 09:02",
        "Alpenblick Versicherung AG – Personalabteilung <karriere@alpenblick-versicherung.example>",
        "Ihre Bewerbung als UX Researcher (m/w/d)",
        ("rejection", "Alpenblick Versicherung", "UX Researcher (m/w/d)", 6, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nherzlichen Dank für Ihr Interesse an unserem "
        "Unternehmen und die Zusendung Ihrer Bewerbungsunterlagen.\n\nNach sorgfältiger Prüfung "
        "müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren "
        "nicht berücksichtigen können. Diese Entscheidung ist keine Wertung Ihrer "
        "Qualifikation.\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n\n"
        "Mit freundlichen Grüßen\n\nAlpenblick Versicherung AG\nHuman Resources\nPraterstraße 61, "
        "1020 Wien\nFN 123456x, Handelsgericht Wien",
    ),
    # --- 7 Rheinsicht AG Zurich (jobs.ch, then direct) ---------------------------------------
    m(
        141,
        "2025-10-21 12:33",
        "jobs.ch <noreply@jobs.ch>",
        "Bewerbung versendet: Senior Product Designer",
        ("confirmation", RHE, "Senior Product Designer", 7, "other", "de"),
        "Guten Tag Mara Lindqvist-Okafor\n\nIhr Bewerbungsdossier für die Stelle «Senior Product "
        "Designer (80–100 %)» bei Rheinsicht AG, Zürich, wurde erfolgreich übermittelt.\n\n"
        "Verfolgen Sie den Stand Ihrer Bewerbungen in Ihrem jobs.ch-Konto.\n\nFreundliche Grüsse\n"
        "Ihr jobs.ch-Team\n\nJobCloud AG, Albisriederstrasse 253, 8047 Zürich",
    ),
    m(
        142,
        "2025-11-04 15:10",
        "Reto Gisler <reto.gisler@rheinsicht.example>",
        "Ihre Bewerbung – Einladung zu einem ersten Gespräch",
        ("interview", RHE, "Senior Product Designer", 7, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor\n\nVielen Dank für Ihr Bewerbungsdossier, das uns sehr "
        "angesprochen hat. Gerne möchten wir Sie zu einem ersten Gespräch per Video einladen. "
        "Würde Ihnen Montag, 10. November, 14.00 Uhr passen? Das Gespräch dauert rund 45 "
        "Minuten.\n\nFreundliche Grüsse\n\nReto Gisler\nLeiter Digital Experience\nRheinsicht AG\n"
        "Seefeldstrasse 104, 8008 Zürich",
    ),
    m(
        143,
        "2025-11-14 08:44",
        "Reto Gisler <reto.gisler@rheinsicht.example>",
        "Zweites Gespräch vor Ort in Zürich",
        ("interview", RHE, "Senior Product Designer", 7, "direct", "de"),
        "Liebe Frau Lindqvist-Okafor\n\nHerzlichen Dank für das angenehme Gespräch. Wir würden Sie "
        "gerne zu einem zweiten Gespräch bei uns in Zürich einladen, inkl. kurzer Präsentation "
        "eines Projekts aus Ihrem Portfolio. Die Reisekosten übernehmen wir selbstverständlich.\n\n"
        "Als Termine hätten wir den 27. oder 28. November. Bitte geben Sie mir kurz Bescheid.\n\n"
        "Freundliche Grüsse\nReto Gisler",
        **re(142),
    ),
    m(
        144,
        "2025-12-08 17:01",
        "Reto Gisler <reto.gisler@rheinsicht.example>",
        "Rückmeldung",
        ("rejection", RHE, "Senior Product Designer", 7, "direct", "de"),
        "Liebe Frau Lindqvist-Okafor\n\nZuerst nochmals vielen Dank für Ihren Besuch in Zürich und "
        "die spannende Präsentation – das Team war beeindruckt von Ihrer Arbeit zur "
        "Barrierefreiheit.\n\nNach reiflicher Überlegung haben wir uns dennoch für eine "
        "Kandidatin entschieden, die bereits in der Schweiz lebt und den Stellenantritt im "
        "Januar gewährleisten kann. Wir bedauern dies sehr.\n\nWir wünschen Ihnen alles Gute und "
        "viel Erfolg.\n\nFreundliche Grüsse\nReto Gisler",
    ),
    # --- 8 Lumenfeld Leipzig (softgarden), accepted ------------------------------------------
    m(
        151,
        "2026-01-07 10:00",
        "Lumenfeld Energy Software GmbH <noreply@softgarden.io>",
        "Eingangsbestätigung: Lead UX Researcher (m/w/d)",
        ("confirmation", LUM, "Lead UX Researcher", 8, "other", "de"),
        "Liebe Mara,\n\nvielen Dank für deine Bewerbung als Lead UX Researcher (m/w/d) am "
        "Standort Leipzig / hybrid. Wir haben deine Unterlagen erhalten und melden uns in den "
        "nächsten Tagen.\n\nÜber den folgenden Link kannst du jederzeit den Status einsehen oder "
        "deine Bewerbung zurückziehen:\nhttps://lumenfeld.softgarden.io/de/candidate/status\n\n"
        "Viele Grüße\nDein Lumenfeld-Team",
    ),
    m(
        152,
        "2026-01-13 13:20",
        "Franziska Ebert <f.ebert@lumenfeld-energy.example>",
        "Lumenfeld – Gespräch zur Stelle Lead UX Researcher",
        ("interview", LUM, "Lead UX Researcher", 8, "direct", "de"),
        "Hallo Mara,\n\nwir würden dich gern kennenlernen! Ich habe dir einen Termin für "
        "Montag, 19.1., 10:00 Uhr eingestellt (Teams). Mit dabei ist Matthias, unser CPO.\n\n"
        "Beste Grüße aus Plagwitz\nFranziska Ebert\nPeople & Culture",
        ics=ev(
            "lumen-0511@lumenfeld-energy.example",
            "2026-01-19 10:00",
            "Kennenlernen Lead UX Researcher – Mara",
            ("Franziska Ebert", "f.ebert@lumenfeld-energy.example"),
            60,
            style="outlook",
            location="Microsoft Teams",
        ),
    ),
    m(
        153,
        "2026-01-26 09:15",
        "Franziska Ebert <f.ebert@lumenfeld-energy.example>",
        "AW: Zweites Gespräch",
        ("interview", LUM, "Lead UX Researcher", 8, "direct", "de"),
        "Passt Donnerstag 14 Uhr? Dann treffen wir uns vor Ort, Karl-Heine-Str. 99.\n\nVG "
        "Franziska\n\n-----Ursprüngliche Nachricht-----\nVon: Mara Lindqvist-Okafor\nGesendet: "
        "Montag, 26. Januar 2026 08:40\nBetreff: Zweites Gespräch\n\nHallo Franziska, ich "
        "könnte Donnerstag oder Freitag nach Leipzig kommen.",
    ),
    m(
        154,
        "2026-02-06 11:05",
        "Franziska Ebert <f.ebert@lumenfeld-energy.example>",
        "Dein Vertragsangebot",
        ("offer", LUM, "Lead UX Researcher", 8, "direct", "de"),
        "Liebe Mara,\n\nwir möchten dich sehr gern im Team haben! Anbei unser Vertragsangebot "
        "als Lead UX Researcher: 74.000 € Jahresgehalt, 3 Tage remote, Start 1. April 2026.\n\n"
        "Wir würden uns über eine Zusage bis zum 13.2. freuen.\n\nHerzliche Grüße\nFranziska",
        attach=[("Arbeitsvertrag_Entwurf.pdf", "application/pdf", "%PDF-1.4 contract")],
    ),
    m(
        155,
        "2026-02-12 15:30",
        "Franziska Ebert <f.ebert@lumenfeld-energy.example>",
        "Re: Dein Vertragsangebot – unterschriebener Vertrag",
        ("offer", LUM, "Lead UX Researcher", 8, "direct", "de"),
        st="accepted",
        text="Liebe Mara,\n\nder unterschriebene Vertrag ist da – willkommen bei Lumenfeld! 🎉 "
        "Ich schicke dir Mitte März alle Infos zum Onboarding und deiner ersten Woche.\n\n"
        "Bis bald in Leipzig\nFranziska",
        **re(154),
    ),
    m(
        156,
        "2026-03-16 09:00",
        "Franziska Ebert <f.ebert@lumenfeld-energy.example>",
        "Dein Onboarding bei Lumenfeld",
        ("other_job", LUM, "Lead UX Researcher", None, "direct", "de"),
        "Hallo Mara,\n\nin gut zwei Wochen geht's los! Hier schon mal das Wichtigste: Am 1.4. startest "
        "du um 9:30 Uhr, dein Laptop liegt bereit, und am Nachmittag gibt's ein Team-Lunch. "
        "Bitte schick mir noch deine Steuer-ID und deine Sozialversicherungsnummer.\n\nLG Franziska",
    ),
    # --- 9 Personalvermittlung: Brückner Personal -> Saxonia Mobil --------------------------
    m(
        161,
        "2025-10-28 12:47",
        "Daniel Brückner <d.brueckner@brueckner-personal.example>",
        "Spannende Position UX Research – Mobilitätsunternehmen in Leipzig",
        ("outreach", None, "UX Researcher", None, "agency", "de"),
        "Guten Tag Frau Lindqvist-Okafor,\n\nich bin auf Ihr Profil bei XING aufmerksam geworden. "
        "Für einen unserer Kunden, ein etabliertes Mobilitätsunternehmen mit Sitz in Leipzig, "
        "suche ich eine erfahrene UX Researcherin (Festanstellung, hybrid).\n\nHätten Sie "
        "Interesse an einem kurzen Telefonat? Den Namen des Kunden nenne ich Ihnen gern im "
        "Gespräch.\n\nMit freundlichen Grüßen\nDaniel Brückner\nBrückner Personal GmbH – "
        "Personalvermittlung für Digitalberufe\nTel. +49 341 555 2207",
    ),
    m(
        162,
        "2025-11-05 16:02",
        "Daniel Brückner <d.brueckner@brueckner-personal.example>",
        "AW: Spannende Position UX Research – Profil vorgestellt",
        ("confirmation", SAX, "UX Researcher", 9, "agency", "de"),
        "Hallo Frau Lindqvist-Okafor,\n\nwie telefonisch besprochen habe ich Ihr Profil heute bei "
        "unserem Kunden vorgestellt. Jetzt darf ich es auch schriftlich sagen: Es handelt sich "
        'um die Saxonia Mobil AG (Verkehrsverbund-App "SaxGo").\n\nIch melde mich, sobald ich '
        "Feedback habe.\n\nBeste Grüße\nDaniel Brückner",
        **re(161),
    ),
    m(
        163,
        "2025-11-18 10:30",
        "Daniel Brückner <d.brueckner@brueckner-personal.example>",
        "Feedback Saxonia Mobil",
        ("rejection", SAX, "UX Researcher", 9, "agency", "de"),
        "Hallo Frau Lindqvist-Okafor,\n\nleider habe ich keine guten Nachrichten: Die Saxonia Mobil "
        "hat sich intern für eine Kandidatin mit stärkerem ÖPNV-Hintergrund entschieden. Ihr "
        "Profil kam trotzdem gut an.\n\nIch behalte Sie gern für weitere Positionen im Blick.\n\n"
        "Beste Grüße\nDaniel Brückner",
    ),
    # --- 10 Tessera Group writing for its brand Paketfuchs (Teamtailor) ----------------------
    m(
        171,
        "2025-11-02 20:11",
        "Tessera Group Careers <noreply@teamtailor-mail.com>",
        "Danke für deine Bewerbung – Paketfuchs",
        ("confirmation", "Paketfuchs", "UX Designer", 10, "teamtailor", "de"),
        "Hey Mara,\n\ndanke für deine Bewerbung als UX Designer für Paketfuchs! 🦊\n\n"
        "Paketfuchs ist eine Marke der Tessera Group – unser Recruiting läuft zentral über die "
        "Gruppe, wundere dich also nicht über den Absender.\n\nWir melden uns bei dir, sobald "
        "wir deine Unterlagen gesichtet haben.\n\nBeste Grüße\nTalent Team Tessera Group\n\n"
        "Du möchtest deine Daten löschen? https://careers.tessera-group.example/connect/privacy",
    ),
    m(
        172,
        "2025-11-25 09:48",
        "Tessera Group Careers <noreply@teamtailor-mail.com>",
        "Update zu deiner Bewerbung",
        ("rejection", "Paketfuchs", "UX Designer", 10, "teamtailor", "de"),
        "Hey Mara,\n\nnochmals danke für dein Interesse an Paketfuchs und die Mühe, die du in "
        "deine Bewerbung gesteckt hast.\n\nLeider müssen wir dir mitteilen, dass wir uns für "
        "andere Bewerber*innen entschieden haben, deren Profil noch besser zu den aktuellen "
        "Anforderungen passt.\n\nWir drücken dir die Daumen für deine Suche!\nTalent Team "
        "Tessera Group",
    ),
    # --- 13 Studio Quader (Join), founder from personal address, ghosted ---------------------
    m(
        181,
        "2025-11-06 14:14",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung bei Studio Quader ist eingegangen",
        ("confirmation", QUA, "Product Designer", 13, "other", "de"),
        "Hallo Mara,\n\ndeine Bewerbung für Product Designer (m/w/d) bei Studio Quader wurde "
        "erfolgreich übermittelt. Das Unternehmen meldet sich direkt bei dir.\n\nTipp: Mit einem "
        "vollständigen JOIN-Profil bewirbst du dich beim nächsten Mal mit einem Klick.\n\n"
        "Dein JOIN Team",
    ),
    m(
        182,
        "2025-11-10 22:31",
        "Felix Quade <felix.quade@gmx.de>",
        "Deine Bewerbung / Studio Quader",
        ("interview", QUA, "Product Designer", 13, "direct", "de"),
        "Hi Mara,\n\nich schreib dir mal von meiner privaten Adresse, unser Studio-Postfach ist "
        "gerade ein Chaos. Dein Portfolio gefällt mir sehr, vor allem das Projekt mit der "
        "Pflege-App.\n\nHast du Lust auf einen Kaffee bei uns im Studio in Neukölln? Ich könnte "
        "Montag oder Dienstag nachmittags.\n\nBeste Grüße\nFelix\n(Gründer, Studio Quader)\n\n"
        "Von meinem iPhone gesendet",
    ),
    m(
        183,
        "2025-11-12 07:55",
        "Felix Quade <felix.quade@gmx.de>",
        "Re: Deine Bewerbung / Studio Quader",
        ("interview", QUA, "Product Designer", 13, "direct", "de"),
        "Dienstag 16 Uhr, Weserstr. 170, Hinterhaus. Bis dann!\nF.\n\n> Dienstag wäre super – "
        "ab 15 Uhr kann ich jederzeit.",
        **re(182),
    ),
    # --- 14 Velocita (Recruitee), withdrawn --------------------------------------------------
    m(
        191,
        "2025-11-11 11:11",
        "Velocita <velocita@recruitee.com>",
        "Bewerbung eingegangen: UX Designer (w/m/d)",
        ("confirmation", "Velocita", "UX Designer", 14, "recruitee", "de"),
        "Hi Mara,\n\nvielen Dank für deine Bewerbung bei Velocita! Wir bauen das E-Bike-Abo, das "
        "Pendeln in Städten leichter macht – und freuen uns, dass du dabei sein möchtest.\n\n"
        "Wir sichten alle Bewerbungen innerhalb von 14 Tagen.\n\nRide on\nTeam Velocita",
    ),
    m(
        192,
        "2025-11-17 13:40",
        "Carla Neumeyer <carla@velocita.example>",
        "Velocita – Interview UX Designer",
        ("interview", "Velocita", "UX Designer", 14, "direct", "de"),
        "Hey Mara,\n\nwir würden gern ein Interview mit dir machen! Wie wär's mit Freitag, 28.11., "
        "11 Uhr via Google Meet? Die Einladung kommt gleich hinterher.\n\nCheers\nCarla (Design "
        "Lead)",
        ics=ev(
            "velocita-ux-2811@google.com",
            "2025-11-28 11:00",
            "Velocita x Mara – UX Designer Interview",
            ("Carla Neumeyer", "carla@velocita.example"),
            45,
            location="https://meet.google.com/vel-ocit-aux",
        ),
    ),
    m(
        193,
        "2025-11-27 09:22",
        "Carla Neumeyer <carla@velocita.example>",
        "Re: Velocita – Interview UX Designer",
        ("confirmation", "Velocita", "UX Designer", 14, "direct", "de"),
        st="withdrawn",
        text="Hi Mara,\n\nschade, aber danke für die ehrliche und schnelle Info – ich hab den "
        "Termin morgen rausgenommen und deine Bewerbung bei uns geschlossen. Viel Erfolg "
        "weiterhin!\n\nCarla\n\n> Hi Carla, ich muss meine Bewerbung leider zurückziehen – ich habe "
        "mich entschieden, mich auf reine Research-Rollen zu konzentrieren. Danke für eure Zeit!\n> Mara",
        **re(192),
    ),
    # --- 21 Holzmann Digital (XING) ---------------------------------------------------------
    m(
        201,
        "2025-10-10 18:25",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung an Holzmann Digital GmbH",
        ("confirmation", "Holzmann Digital", "UX Designer", 21, "other", "de"),
        "Hallo Mara,\n\ndeine Bewerbung als UX Designer (m/w/d) bei Holzmann Digital GmbH ist "
        'raus. Du kannst dir alle deine Bewerbungen in XING unter "Jobs > Meine Bewerbungen" '
        "ansehen.\n\nViel Erfolg!\nDein XING Team\n\nNEW WORK SE, Am Strandkai 1, 20457 Hamburg",
    ),
    m(
        202,
        "2025-10-29 08:12",
        "Holzmann Digital GmbH <bewerbung@holzmann-digital.example>",
        "Ihre Bewerbung bei Holzmann Digital",
        ("rejection", "Holzmann Digital", "UX Designer", 21, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nvielen Dank für Ihre Bewerbung. Wir haben uns "
        "Ihre Unterlagen mit Interesse angesehen, müssen Ihnen jedoch mitteilen, dass wir die "
        "Stelle anderweitig besetzen werden.\n\nFür Ihre Zukunft wünschen wir Ihnen alles Gute.\n\n"
        "Mit freundlichen Grüßen\nSabine Holzmann\nGeschäftsführung",
    ),
    # --- 22 Sanitas Apotheken Services (StepStone), ghosted ----------------------------------
    m(
        211,
        "2025-12-01 12:00",
        "StepStone <noreply@stepstone.de>",
        "Deine Bewerbung wurde erfolgreich versendet",
        ("confirmation", "Sanitas Apotheken Services", "UX Researcher", 22, "other", "de"),
        html="<html><body><p>Hallo Mara,</p><p>deine Bewerbung ist angekommen:</p><p><b>UX "
        "Researcher (m/w/d)</b><br>Sanitas Apotheken Services GmbH · Berlin</p><p>Wir drücken "
        "dir die Daumen! Den Status findest du in deinem <a href='https://www.stepstone.de/"
        "mystepstone'>MyStepStone</a>-Bereich.</p><p>Dein StepStone Team</p></body></html>",
    ),
    # --- 23 Bergwerk Software (jobs.ch) -----------------------------------------------------
    m(
        221,
        "2025-12-03 09:20",
        "Bergwerk Software AG <jobs@bergwerk-software.example>",
        "Eingang Ihrer Bewerbung – UX Researcher",
        ("confirmation", "Bergwerk Software", "UX Researcher", 23, "direct", "de"),
        "Grüezi Frau Lindqvist-Okafor\n\nBesten Dank für Ihre Bewerbung über jobs.ch. Wir prüfen "
        "Ihr Dossier sorgfältig und melden uns innert zwei Wochen.\n\nFreundliche Grüsse\n"
        "Bergwerk Software AG, HR\nBahnhofstrasse 40, 6300 Zug",
    ),
    m(
        222,
        "2025-12-15 13:44",
        "Bergwerk Software AG <jobs@bergwerk-software.example>",
        "Ihre Bewerbung – Absage",
        ("rejection", "Bergwerk Software", "UX Researcher", 23, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor\n\nWir danken Ihnen für Ihr Interesse. Leider können "
        "wir Ihnen keine Stelle anbieten, da für diese Position eine Arbeitsbewilligung für die "
        "Schweiz und sehr gute Französischkenntnisse vorausgesetzt werden.\n\nWir wünschen Ihnen "
        "für die Zukunft alles Gute.\n\nFreundliche Grüsse\nBergwerk Software AG",
    ),
    # --- 24 Donauwelle Medien (karriere.at) --------------------------------------------------
    m(
        231,
        "2025-11-20 19:40",
        "karriere.at <noreply@karriere.at>",
        "Bewerbung übermittelt: Product Designer:in",
        ("confirmation", "Donauwelle Medien", "Product Designer", 24, "other", "de"),
        "Hallo Mara Lindqvist-Okafor,\n\nIhre Bewerbung für die Stelle Product Designer:in bei "
        "Donauwelle Medien GmbH (1070 Wien) wurde an das Unternehmen übermittelt.\n\nIhr "
        "karriere.at Team",
    ),
    m(
        232,
        "2025-12-09 10:10",
        "Mag. Florian Haidinger <f.haidinger@donauwelle.example>",
        "Einladung Bewerbungsgespräch Product Designer:in",
        ("interview", "Donauwelle Medien", "Product Designer", 24, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\ndanke für Ihre Bewerbung. Wir würden Sie gerne zu "
        "einem Bewerbungsgespräch per Video einladen, am Donnerstag, den 8. Jänner 2026, um "
        "10:00 Uhr. Ich bitte um kurze Bestätigung.\n\nFreundliche Grüße aus dem 7. Bezirk\n"
        "Florian Haidinger\nHead of Product, Donauwelle Medien GmbH",
    ),
    m(
        233,
        "2026-01-21 16:30",
        "Mag. Florian Haidinger <f.haidinger@donauwelle.example>",
        "AW: Bewerbungsgespräch – Rückmeldung",
        ("rejection", "Donauwelle Medien", "Product Designer", 24, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nherzlichen Dank nochmals für das Gespräch. Wir "
        "haben uns nun für eine Kandidatin aus Wien entschieden, da uns eine tägliche Präsenz im "
        "Büro wichtig ist. Ich hoffe, Sie haben Verständnis dafür.\n\nAlles Gute!\nFlorian "
        "Haidinger",
        **re(232),
    ),
    # --- 25 Kiezkasse (Teamtailor), ghosted --------------------------------------------------
    m(
        241,
        "2026-01-08 08:30",
        "Kiezkasse <noreply@teamtailor-mail.com>",
        "Wir haben deine Bewerbung erhalten 💸",
        ("confirmation", "Kiezkasse", "Senior Product Designer", 25, "teamtailor", "de"),
        "Hallo Mara!\n\nYay – deine Bewerbung als Senior Product Designer ist bei uns gelandet. "
        "Unser Team schaut sich alles an und meldet sich in ca. 2-3 Wochen.\n\nIn der "
        "Zwischenzeit: Folge uns auf LinkedIn, um mehr über das Team zu erfahren.\n\nDein "
        "Kiezkasse People Team",
    ),
    # --- 27 Pflegeplan (Workable): nudge, confirmation, rejection ----------------------------
    m(
        251,
        "2025-12-10 17:00",
        "Pflegeplan <noreply@candidates.workablemail.com>",
        "Du hast deine Bewerbung noch nicht abgeschlossen",
        ("alert", "Pflegeplan", "UX Designer", None, "workable", "de"),
        "Hallo Mara,\n\ndu hast angefangen, dich als UX Designer bei Pflegeplan zu bewerben, "
        "aber deine Bewerbung ist noch nicht vollständig. Schließe sie hier ab:\n"
        "https://apply.workable.com/pflegeplan/j/4C1D2E9F0A/apply/\n\nDas Pflegeplan Team",
    ),
    m(
        252,
        "2025-12-11 09:14",
        "Pflegeplan <noreply@candidates.workablemail.com>",
        "Danke für deine Bewerbung bei Pflegeplan",
        ("confirmation", "Pflegeplan", "UX Designer", 27, "workable", "de"),
        "Hallo Mara,\n\nvielen Dank für deine Bewerbung als UX Designer. Wir haben sie erhalten "
        "und prüfen sie gerade. Wir melden uns bald bei dir.\n\nViele Grüße\nPflegeplan\n\n"
        "Gesendet über Workable",
    ),
    m(
        253,
        "2026-01-09 14:21",
        "Pflegeplan <noreply@candidates.workablemail.com>",
        "Deine Bewerbung bei Pflegeplan",
        ("rejection", "Pflegeplan", "UX Designer", 27, "workable", "de"),
        "Hallo Mara,\n\nwir haben viele tolle Bewerbungen für die Stelle bekommen – auch deine hat "
        "uns gefallen. Leider passt dein Profil aktuell nicht ganz zu dem, was wir suchen, "
        "deshalb werden wir deine Bewerbung nicht weiterverfolgen.\n\nAlles Gute und viel "
        "Erfolg\nPflegeplan",
    ),
    # --- 28 Almwerk Digital Wien (Personio, Sie), ghosted after the interview -----------------
    m(
        261,
        "2026-01-16 15:02",
        "Almwerk Digital GmbH <noreply@personio.de>",
        "Ihre Bewerbung bei Almwerk Digital",
        ("confirmation", "Almwerk Digital", "Senior UX Researcher", 28, "personio", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nvielen Dank für Ihre Bewerbung als Senior UX "
        "Researcher an unserem Standort Wien. Wir haben Ihre Unterlagen erhalten und melden uns "
        "zeitnah bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Almwerk Digital Recruiting Team",
    ),
    m(
        262,
        "2026-01-27 11:45",
        "Mag. (FH) Sarah Wimmer <s.wimmer@almwerk.example>",
        "Terminvereinbarung Bewerbungsgespräch",
        ("interview", "Almwerk Digital", "Senior UX Researcher", 28, "direct", "de"),
        "Sehr geehrte Frau Lindqvist-Okafor,\n\ngerne laden wir Sie zu einem ersten "
        "Bewerbungsgespräch via MS Teams ein. Vorschlag: Dienstag, 3. Februar, 9:00 Uhr.\n\nZur "
        "Info vorab: Angeboten wird ein unbefristeter Dienstvertrag (38,5 h) mit einem "
        "Bruttojahresgehalt ab EUR 58.000 laut IT-KV, Bereitschaft zur Überzahlung je nach "
        "Qualifikation.\n\nMit freundlichen Grüßen\nSarah Wimmer\nPeople & Culture\n"
        "Almwerk Digital GmbH, Mariahilfer Straße 77, 1060 Wien",
    ),
]
