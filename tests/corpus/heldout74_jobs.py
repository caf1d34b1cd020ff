# ruff: noqa: E501
"""Corpus 74, German job mail from Vienna and Zurich (data only): see heldout74.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(dated_spec, tz)


def A(cat, co, role, app, src, lang="de"):
    return (cat, co, role, app, src, lang)


def J(cat, src, lang="de", co=None, role=None):
    return (cat, co, role, None, src, lang)


def mid(key: str, when: str, dom: str, subject: str) -> str:
    return f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>"


def reply(key: str, when: str, dom: str, subject: str) -> dict[str, str]:
    ref = mid(key, when, dom, subject)
    return {"In-Reply-To": ref, "References": ref}


def ev(uid, start, org, summary, minutes=60, style="outlook", **kw):
    out = {
        "uid": uid,
        "start": start,
        "organizer": org,
        "summary": summary,
        "minutes": minutes,
        "style": style,
    }
    out.update(kw)
    return out


KM = "Katharina Moser"
SIG = "\n\n--\nKatharina Moser, DGKP\n+43 664 218 47 09"

US, US1, US2 = (
    "Universitätsspital Seefeld",
    "Dipl. Pflegefachfrau HF/FH Innere Medizin 80–100 %",
    "Pflegefachfrau Onkologie Tagesklinik 80 %",
)
SO, SOR = "Klinik Sonnhalde", "Dipl. Pflegefachfrau Chirurgie / Orthopädie 80–100 %"
UE, UER = "Spital Uetliberg", "Pflegefachperson HF Akutgeriatrie 90 %"
GL, GL1, GL2 = (
    "Klinikum Glatttal",
    "Dipl. Pflegefachfrau Notfallstation 100 %",
    "Pflegefachfrau HF Bettenstation Orthopädie 80–100 %",
)
KP, KPR = "Kompass Pflege", "Pflegefachfrau Spitex 60–80 %"
DP, DPR = "Pflegewohnhaus Donaupark", "DGKP Langzeitpflege (30 Wochenstunden)"
TS, TSR = "Privatklinik Türkenschanze", "DGKP für den OP-Bereich"
AH, AHR = "Alterszentrum Hottingen", "Dipl. Pflegefachfrau HF Langzeitpflege 80 %"
RZ, RZR = "Reha-Klinik Zürichberg", "Pflegefachperson Rehabilitation 80–100 %"
BE, BER = "Seniorenresidenz Bellaria", "Pflegefachfrau HF Tagdienst"
KW, KWR = "Kantonsspital Winterthal", "Pflegefachfrau Intensivstation (mit NDS-Ausbildung)"
SR, SRR = "St. Raphael Klinik", "DGKP Interne Abteilung"
SH, SHR = "Seespital Horgenberg", "Pflegefachfrau Wochenbett / Gynäkologie 80 %"
PR, PRR = "Psychiatrische Klinik Rheinau-Thur", "Pflegefachperson Akutpsychiatrie 80–100 %"
CM, CMR = "CityMed Permanence", "Pflegefachfrau Walk-in-Praxis 60–80 %"
PL, PLR = "Pflegezentrum Liesing", "DGKP Nachtdienst"
SS, SSR = "Spitex Sihltal", "Dipl. Pflegefachfrau HF Spitex 70 %"
LK, LKR = "Limmatklinik", "Pflegefachfrau Tagesklinik Chirurgie"

MAIL: list[dict[str, Any]] = [
    # --- 7 Pflegewohnhaus Donaupark (AMS eJob-Room) -------------------------------------------
    m(
        "70211",
        "2025-10-02 09:14",
        "AMS eJob-Room <noreply@ams.at>",
        "Ihre Bewerbung über den eJob-Room wurde übermittelt",
        A("confirmation", DP, DPR, 7, "other"),
        "Sehr geehrte Frau Moser,\n\nIhre Bewerbung auf das Stellenangebot\n\n  DGKP Langzeitpflege (30 Wochenstunden)\n  Pflegewohnhaus Donaupark Ges.m.b.H., 1220 Wien\n  Stellen-ID 11829043\n\nwurde am 02.10.2025 an das Unternehmen übermittelt. Das Unternehmen meldet sich direkt bei Ihnen.\n\nSie finden alle Ihre Bewerbungen unter 'Meine Bewerbungen' im eAMS-Konto.\n\nMit freundlichen Grüßen\nIhr Arbeitsmarktservice\n\nDiese Nachricht wurde automatisch erstellt.",
    ),
    m(
        "70212",
        "2025-10-20 14:40",
        "Personalabteilung Donaupark <personal@pwh-donaupark.at>",
        "Ihre Bewerbung vom 2. Oktober",
        A("rejection", DP, DPR, 7, "direct"),
        "Sehr geehrte Frau Moser,\n\nvielen Dank für Ihre Bewerbung und das Interesse an unserem Haus.\n\nNach sorgfältiger Durchsicht aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine Bewerberin entschieden haben, die zeitlich flexibler im Wochenenddienst einsetzbar ist. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.\n\nFür Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\n\nMag. Sabine Halbwirth\nPersonalabteilung\nPflegewohnhaus Donaupark Ges.m.b.H.\nWagramer Straße 212, 1220 Wien\nFN 301122 m, Handelsgericht Wien",
    ),
    # --- 8 Privatklinik Türkenschanze (karriere.at) ------------------------------------------
    m(
        "70221",
        "2025-10-03 21:05",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung ist angekommen: DGKP für den OP-Bereich",
        A("confirmation", TS, TSR, 8, "other"),
        html="<table width='600'><tr><td><img src='https://www.karriere.at/static/logo.png' alt='karriere.at'></td></tr><tr><td><h2>Super, Katharina!</h2><p>Deine Bewerbung als <b>DGKP für den OP-Bereich</b> bei <b>Türkenschanze Privatklinik GmbH</b> wurde erfolgreich versendet.</p><p>Wie geht es weiter? Das Unternehmen sieht sich deine Unterlagen an und meldet sich bei dir. Im Bewerbungsverlauf siehst du alle deine Bewerbungen.</p><p><a href='https://www.karriere.at/bewerbungen'>Zu meinen Bewerbungen</a></p><p style='font-size:11px;color:#888'>karriere.at GmbH · Linz · Du erhältst diese E-Mail, weil du dich über karriere.at beworben hast.</p></td></tr></table>",
    ),
    m(
        "70222",
        "2025-10-14 11:20",
        "Ingrid Pölzl <i.poelzl@tuerkenschanze-klinik.at>",
        "Einladung zum Vorstellungsgespräch – OP-Pflege",
        A("interview", TS, TSR, 8, "direct"),
        "Sehr geehrte Frau Moser,\n\nherzlichen Dank für Ihre Bewerbung als DGKP für unseren OP-Bereich. Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:\n\nDienstag, 21. Oktober 2025, 14:00 Uhr\nPrivatklinik Türkenschanze, Gregor-Mendel-Gasse 18, 1180 Wien, 2. Stock (Pflegedirektion)\n\nAnwesend sind die OP-Leitung, DGKP Robert Fasching, und ich. Bitte bringen Sie Ihr Diplom und Ihre Dienstzeugnisse im Original mit.\n\nUm kurze Bestätigung wird gebeten.\n\nMit freundlichen Grüßen\nIngrid Pölzl, MSc\nPflegedirektorin\nTürkenschanze Privatklinik GmbH",
        ics=ev(
            "tk-op-2110@tuerkenschanze-klinik.at",
            "2025-10-21 14:00:00 +0200",
            ("Ingrid Pölzl", "i.poelzl@tuerkenschanze-klinik.at"),
            "Vorstellungsgespräch Moser – OP-Pflege",
            location="Pflegedirektion, 2. Stock",
        ),
    ),
    m(
        "70223",
        "2025-10-14 18:02",
        "Katharina Moser <katharina.moser@gmx.at>",
        "AW: Einladung zum Vorstellungsgespräch – OP-Pflege",
        A("interview", TS, TSR, 8, "direct"),
        "Sehr geehrte Frau Pölzl,\n\nvielen Dank für die Einladung. Den Termin am 21. Oktober um 14:00 Uhr bestätige ich gerne.\n\nMit freundlichen Grüßen\nKatharina Moser"
        + SIG,
        to="Ingrid Pölzl <i.poelzl@tuerkenschanze-klinik.at>",
        **reply(
            "70222",
            "2025-10-14 11:20",
            "tuerkenschanze-klinik.at",
            "Einladung zum Vorstellungsgespräch – OP-Pflege",
        ),
    ),
    # --- 1 Universitätsspital Seefeld (SuccessFactors) ----------------------------------------
    m(
        "70101",
        "2025-10-06 08:47",
        "USSZ Recruiting <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Req 24817",
        A("confirmation", US, US1, 1, "other"),
        "Grüezi Frau Moser\n\nWir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Dipl. Pflegefachfrau HF/FH Innere Medizin 80–100 %» (Req 24817).\n\nIhre Unterlagen werden nun von der zuständigen Fachperson geprüft. Dies kann bis zu drei Wochen dauern. Falls wir Sie nicht berücksichtigen können, erhalten Sie ebenfalls eine Nachricht von uns.\n\nBitte beachten Sie: Für ausländische Diplome ist eine Anerkennung durch das Schweizerische Rote Kreuz (SRK) erforderlich. Diese kann auch nach Stellenantritt eingereicht werden.\n\nFreundliche Grüsse\nHR Recruiting Pflege\nUniversitätsspital Seefeld Zürich\n\nDiese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen.",
        headers={"X-SF-Company": "ussz-prod"},
    ),
    m(
        "70102",
        "2025-10-17 10:31",
        "Melanie Frischknecht <melanie.frischknecht@ussz.ch>",
        "USSZ | Einladung Video-Interview Innere Medizin",
        A("interview", US, US1, 1, "direct"),
        "Grüezi Frau Moser\n\nBesten Dank für Ihre Bewerbung. Gerne möchten wir Sie in einem ersten Gespräch via Microsoft Teams kennenlernen. Die Einladung folgt separat in Ihrem Kalender.\n\nTermin: Freitag, 24. Oktober 2025, 09:30–10:15 Uhr\nTeilnehmende: Frau Caroline Zemp (Leitung Pflege Medizin), Melanie Frischknecht (HR)\n\nFreundliche Grüsse\n\nMelanie Frischknecht\nHR Business Partnerin Pflege\nUniversitätsspital Seefeld Zürich (USSZ)\nSeefeldstrasse 180, 8008 Zürich",
        ics=ev(
            "ussz-vi-24817-moser",
            "2025-10-24 09:30:00 +0200",
            ("Melanie Frischknecht", "melanie.frischknecht@ussz.ch"),
            "Video-Interview USSZ – K. Moser",
            minutes=45,
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "70103",
        "2025-10-28 16:12",
        "Melanie Frischknecht <melanie.frischknecht@ussz.ch>",
        "Hospitation auf der Station E-Ost",
        A("interview", US, US1, 1, "direct"),
        "Grüezi Frau Moser\n\nVielen Dank für das angenehme Gespräch von letzter Woche. Frau Zemp würde Sie gerne zu einer Hospitation (Schnuppertag) auf der Station E-Ost einladen, damit Sie das Team und den Alltag kennenlernen.\n\nVorschlag: Mittwoch, 12. November 2025, 07:00–15:30 Uhr (Frühdienst). Berufskleidung wird gestellt, bitte geschlossene Schuhe mitnehmen. Treffpunkt Empfang Haupteingang Nord.\n\nWir übernehmen die Reisespesen ab Wien bis max. CHF 250.–. Passt Ihnen das Datum?\n\nFreundliche Grüsse\nMelanie Frischknecht\nUSSZ",
    ),
    m(
        "70104",
        "2025-11-21 13:55",
        "USSZ Recruiting <noreply@successfactors.eu>",
        "Ihre Bewerbung – Req 24817",
        A("rejection", US, US1, 1, "other"),
        "Grüezi Frau Moser\n\nNochmals herzlichen Dank für Ihr Interesse und die Zeit, die Sie sich für das Gespräch und die Hospitation auf der Station E-Ost genommen haben. Das Team hat Sie als sehr kompetent und sympathisch erlebt.\n\nNach reiflicher Überlegung haben wir uns dennoch für eine Kandidatin entschieden, die bereits Erfahrung im Schweizer Spitalsystem mitbringt. Dieser Entscheid ist uns nicht leicht gefallen.\n\nGerne behalten wir Ihr Dossier mit Ihrem Einverständnis für künftige Vakanzen im Auge.\n\nFreundliche Grüsse\nHR Recruiting Pflege\nUniversitätsspital Seefeld Zürich",
    ),
    # --- 2 Klinik Sonnhalde via CarePlus Personal AG ------------------------------------------
    m(
        "70201",
        "2025-10-08 15:22",
        "Roman Baumgartner <r.baumgartner@careplus-personal.ch>",
        "Pflegefachfrau Chirurgie – renommierte Privatklinik am Zürichsee",
        J("outreach", "agency"),
        "Grüezi Frau Moser\n\nIch bin auf Ihr Profil auf LinkedIn gestossen und möchte Ihnen eine spannende Festanstellung vorstellen.\n\nMeine Mandantin, eine renommierte Privatklinik am rechten Zürichseeufer (ca. 120 Betten, Schwerpunkt Orthopädie und Chirurgie), sucht per 1. Januar oder nach Vereinbarung eine\n\n  Dipl. Pflegefachfrau Chirurgie / Orthopädie 80–100 %\n\nSehr gute Anstellungsbedingungen, 5 Wochen Ferien, Unterstützung bei der Wohnungssuche und bei der SRK-Anerkennung.\n\nHätten Sie Zeit für ein kurzes Telefonat diese Woche? Die Vermittlung ist für Sie selbstverständlich kostenlos.\n\nFreundliche Grüsse\nRoman Baumgartner\nSenior Consultant Healthcare\nCarePlus Personal AG\nLöwenstrasse 42, 8001 Zürich\n+41 44 512 38 10",
    ),
    m(
        "70202",
        "2025-10-13 17:48",
        "Roman Baumgartner <r.baumgartner@careplus-personal.ch>",
        "AW: Pflegefachfrau Chirurgie – Ihr Dossier ist bei der Klinik Sonnhalde",
        A("confirmation", SO, SOR, 2, "agency"),
        "Grüezi Frau Moser\n\nBesten Dank für das gute Telefonat von heute Vormittag und Ihr Einverständnis. Wie besprochen kann ich Ihnen jetzt auch den Namen verraten: Es handelt sich um die Klinik Sonnhalde in Küsnacht.\n\nIch habe Ihr Dossier (Lebenslauf, Diplom, Arbeitszeugnisse) heute der Pflegedienstleitung, Frau Gisler, vorgestellt. Sobald ich eine Rückmeldung habe, melde ich mich.\n\nFreundliche Grüsse\nRoman Baumgartner\nCarePlus Personal AG\n\n-----Ursprüngliche Nachricht-----\nVon: Katharina Moser <katharina.moser@gmx.at>\nGesendet: Donnerstag, 9. Oktober 2025 08:10\nBetreff: AW: Pflegefachfrau Chirurgie – renommierte Privatklinik am Zürichsee\n\nGuten Tag Herr Baumgartner, ja, gerne. Am Montag Vormittag wäre ideal.",
        **reply(
            "70201",
            "2025-10-08 15:22",
            "careplus-personal.ch",
            "Pflegefachfrau Chirurgie – renommierte Privatklinik am Zürichsee",
        ),
    ),
    m(
        "70203",
        "2025-10-27 09:05",
        "Roman Baumgartner <r.baumgartner@careplus-personal.ch>",
        "Vorstellungsgespräch Klinik Sonnhalde – Terminvorschlag",
        A("interview", SO, SOR, 2, "agency"),
        "Grüezi Frau Moser\n\nGute Nachrichten: Frau Gisler möchte Sie gerne kennenlernen. Sie schlägt ein Gespräch per Videocall am Montag, 3. November, um 16:00 Uhr vor. Den Link schicke ich Ihnen, sobald Sie bestätigt haben.\n\nTipp: Die Sonnhalde legt grossen Wert auf Hotellerie und Patientenzufriedenheit. Gerne bereite ich Sie am Freitag telefonisch kurz darauf vor.\n\nFreundliche Grüsse\nRoman Baumgartner\nCarePlus Personal AG",
    ),
    m(
        "70204",
        "2025-12-03 19:30",
        "Katharina Moser <katharina.moser@gmx.at>",
        "Rückzug meiner Kandidatur Klinik Sonnhalde",
        A("confirmation", SO, SOR, 2, "agency", "de"),
        "Guten Abend Herr Baumgartner\n\nvielen Dank für Ihre Unterstützung in den letzten Wochen. Nach dem zweiten Gespräch habe ich lange überlegt: Die fixen Wochenenddienste an der Sonnhalde lassen sich mit meiner Situation leider nicht vereinbaren. Ich ziehe meine Bewerbung daher zurück.\n\nBitte richten Sie Frau Gisler meinen Dank aus.\n\nFreundliche Grüße\nKatharina Moser",
        to="Roman Baumgartner <r.baumgartner@careplus-personal.ch>",
        st="withdrawn",
    ),
    m(
        "70205",
        "2025-12-04 08:15",
        "Roman Baumgartner <r.baumgartner@careplus-personal.ch>",
        "AW: Rückzug meiner Kandidatur Klinik Sonnhalde",
        A("confirmation", SO, SOR, 2, "agency"),
        "Grüezi Frau Moser\n\nSchade, aber ich verstehe Ihre Überlegungen gut. Ich habe die Klinik informiert und Ihre Kandidatur zurückgezogen.\n\nDarf ich mich melden, wenn etwas ohne fixe Wochenenden reinkommt?\n\nFreundliche Grüsse\nRoman Baumgartner\nCarePlus Personal AG",
        st="withdrawn",
        **reply(
            "70204", "2025-12-03 19:30", "gmx.at", "Rückzug meiner Kandidatur Klinik Sonnhalde"
        ),
    ),
    # --- 4 / 17 Klinikum Glatttal (Abacus / Umantis) -------------------------------------------
    m(
        "70401",
        "2025-10-09 12:03",
        "Gesundheitsverbund Zürich Nord <noreply@umantis.com>",
        "Bestätigung Ihrer Bewerbung",
        A("confirmation", GL, GL1, 4, "other"),
        "Sehr geehrte Frau Moser\n\nBesten Dank für Ihre Online-Bewerbung als Dipl. Pflegefachfrau Notfallstation 100 % am Klinikum Glatttal. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nSie können den Stand Ihrer Bewerbung jederzeit im Bewerberportal einsehen.\n\nFreundliche Grüsse\nPersonaldienst\nGesundheitsverbund Zürich Nord (GZN) – Klinikum Glatttal · Spital Bülachtal · Pflegezentrum Kloten-Ost",
    ),
    m(
        "70402",
        "2025-10-23 15:44",
        "Gesundheitsverbund Zürich Nord <noreply@umantis.com>",
        "Ihre Bewerbung",
        A("rejection", GL, GL1, 4, "other"),
        "Sehr geehrte Frau Moser\n\nVielen Dank für Ihr Interesse an einer Tätigkeit auf unserer Notfallstation.\n\nWir müssen Ihnen leider mitteilen, dass die Stelle in der Zwischenzeit bereits besetzt werden konnte. Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.\n\nFreundliche Grüsse\nPersonaldienst GZN",
    ),
    m(
        "70403",
        "2025-11-05 07:58",
        "Gesundheitsverbund Zürich Nord <noreply@umantis.com>",
        "Bestätigung Ihrer Bewerbung",
        A("confirmation", GL, GL2, 17, "other"),
        "Sehr geehrte Frau Moser\n\nBesten Dank für Ihre Online-Bewerbung als Pflegefachfrau HF Bettenstation Orthopädie 80–100 % am Klinikum Glatttal. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nSie können den Stand Ihrer Bewerbung jederzeit im Bewerberportal einsehen.\n\nFreundliche Grüsse\nPersonaldienst\nGesundheitsverbund Zürich Nord (GZN)",
    ),
    m(
        "70404",
        "2025-11-13 10:26",
        "Daniela Kälin <daniela.kaelin@gzn.ch>",
        "Klinikum Glatttal: Gespräch Bettenstation Orthopädie",
        A("interview", GL, GL2, 17, "direct"),
        "Grüezi Frau Moser\n\nIhre Bewerbung hat uns angesprochen. Gerne laden wir Sie zu einem Vorstellungsgespräch per Video ein:\n\nDonnerstag, 20. November 2025, 13:30 Uhr (ca. 45 Minuten)\nMit: Herr Luca Sutter, Stationsleiter 3B, und Daniela Kälin, HR\n\nDen Link erhalten Sie mit der Kalendereinladung.\n\nFreundliche Grüsse\nDaniela Kälin\nHR-Fachfrau\nGesundheitsverbund Zürich Nord AG | Klinikum Glatttal\nGlattalstrasse 30, 8152 Glattbrugg-Ost",
        ics=ev(
            "gzn-3b-moser-2011",
            "2025-11-20 13:30:00 +0100",
            ("Daniela Kälin", "daniela.kaelin@gzn.ch"),
            "Vorstellungsgespräch K. Moser – Station 3B",
            minutes=45,
            location="Microsoft Teams",
        ),
    ),
    m(
        "70405",
        "2025-12-02 11:10",
        "Daniela Kälin <daniela.kaelin@gzn.ch>",
        "Rückmeldung",
        A("rejection", GL, GL2, 17, "direct"),
        "Grüezi Frau Moser\n\nNochmals danke für das offene Gespräch mit Herrn Sutter und mir. Ihre Erfahrung in der Unfallchirurgie hat uns beeindruckt.\n\nWir haben uns nun jedoch für eine interne Bewerberin entschieden. Ich weiss, das ist nicht die Nachricht, die Sie sich erhofft haben.\n\nIch wünsche Ihnen viel Erfolg beim Umzug nach Zürich und bei der weiteren Stellensuche.\n\nFreundliche Grüsse\nDaniela Kälin\nGZN",
    ),
    # --- 9 Alterszentrum Hottingen (jobs.ch, forwarded) -----------------------------------------
    m(
        "70901",
        "2025-10-10 22:18",
        "Katharina Moser <k.moser@chello.at>",
        "WG: Ihre Bewerbung bei Alterszentrum Hottingen",
        A("confirmation", AH, AHR, 9, "other"),
        "Hab aus Versehen mit der alten Adresse beworben – zur Sicherheit hierher.\n\n-----Ursprüngliche Nachricht-----\nVon: jobs.ch <noreply@jobs.ch>\nGesendet: Freitag, 10. Oktober 2025 22:11\nAn: k.moser@chello.at\nBetreff: Ihre Bewerbung bei Alterszentrum Hottingen\n\nGuten Tag Katharina Moser\n\nIhre Bewerbung für die Stelle «Dipl. Pflegefachfrau HF Langzeitpflege 80 %» wurde erfolgreich an Alterszentrum Hottingen gesendet.\n\nDer Arbeitgeber wird sich direkt bei Ihnen melden. Ihre Bewerbungen finden Sie jederzeit in Ihrem jobs.ch-Konto.\n\nViel Erfolg!\nIhr jobs.ch Team",
    ),
    # --- 10 Reha-Klinik Zürichberg (Indeed) -----------------------------------------------------
    m(
        "71001",
        "2025-10-15 20:37",
        "Indeed <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Pflegefachperson Rehabilitation 80–100 %",
        A("confirmation", RZ, RZR, 10, "indeed"),
        html="<div style='font-family:Arial'><p><b>indeed</b></p><h3>Ihre Bewerbung wurde übermittelt</h3><p>Pflegefachperson Rehabilitation 80–100 %<br>Reha-Klinik Zürichberg AG – Zürich, ZH</p><p>Die folgenden Unterlagen wurden gesendet: Lebenslauf_Moser_2025.pdf, Anschreiben</p><p>Behalten Sie Ihre Bewerbungen in <a href='https://ch.indeed.com/myjobs'>Meine Jobs</a> im Blick.</p><p style='color:#767676;font-size:12px'>Indeed garantiert nicht, dass Sie vom Arbeitgeber kontaktiert werden.</p></div>",
    ),
    m(
        "71002",
        "2025-10-22 06:12",
        "Indeed <donotreply@match.indeed.com>",
        "Reha-Klinik Zürichberg AG hat Ihre Bewerbung angesehen",
        A("viewed", RZ, RZR, 10, "indeed"),
        html="<div style='font-family:Arial'><p>Gute Neuigkeiten, Katharina!</p><p>Der Arbeitgeber hat Ihre Bewerbung für <b>Pflegefachperson Rehabilitation 80–100 %</b> angesehen.</p><p>Tipp: Bewerben Sie sich auf ähnliche Stellen, um Ihre Chancen zu erhöhen.</p><p><a href='https://ch.indeed.com/jobs?q=Pflegefachfrau&l=Z%C3%BCrich'>Ähnliche Jobs ansehen</a></p></div>",
    ),
    m(
        "71003",
        "2025-11-07 09:01",
        "Reha-Klinik Zürichberg <hr@reha-zuerichberg.ch>",
        "Ihr Dossier",
        A("rejection", RZ, RZR, 10, "direct"),
        "Grüezi Frau Moser\n\nHerzlichen Dank für Ihre Bewerbung und das damit verbundene Vertrauen.\n\nWir haben Ihr Dossier mit Interesse gelesen, uns aber für Kandidierende entschieden, deren Profil noch besser auf die Anforderungen der neurologischen Rehabilitation passt. Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden gemäss Datenschutz gelöscht.\n\nFreundliche Grüsse\nHuman Resources\nReha-Klinik Zürichberg AG",
    ),
    # --- 11 Seniorenresidenz Bellaria (LinkedIn) ----------------------------------------------
    m(
        "71101",
        "2025-10-18 10:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katharina, Ihre Bewerbung wurde an Seniorenresidenz Bellaria AG gesendet",
        A("confirmation", BE, BER, 11, "linkedin"),
        html="<table><tr><td><p>Ihre Bewerbung wurde an <b>Seniorenresidenz Bellaria AG</b> gesendet</p><p>Pflegefachfrau HF Tagdienst<br>Seniorenresidenz Bellaria AG · Kilchberg ZH (Vor Ort)</p><p>Beworben am 18.10.2025</p><p><a href='https://www.linkedin.com/jobs-tracker/'>Bewerbung anzeigen</a></p><p style='font-size:11px'>Diese E-Mail war für Katharina Moser (DGKP). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table>",
    ),
    m(
        "71102",
        "2025-10-21 13:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde angesehen von Seniorenresidenz Bellaria AG",
        A("viewed", BE, BER, 11, "linkedin"),
        html="<table><tr><td><p>Ihre Bewerbung wurde angesehen</p><p>Seniorenresidenz Bellaria AG hat Ihre Bewerbung für <b>Pflegefachfrau HF Tagdienst</b> angesehen.</p><p><a href='https://www.linkedin.com/jobs-tracker/'>Alle Bewerbungen ansehen</a></p></td></tr></table>",
    ),
]
