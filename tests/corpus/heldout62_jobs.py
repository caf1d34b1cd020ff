# ruff: noqa: E501
"""Corpus 62, German job mail (data only): see heldout62.py."""

from __future__ import annotations

from typing import Any

from heldout import message_spec


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0200"
    return "+0100"


def m(
    key: str,
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    return message_spec(
        f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>",
        f"{when}:00 {_tz(when[:10])}",
        frm,
        subject,
        t,
        text,
        html,
        **kw,
    )


def A(cat, co, role, app, src, lang="de"):
    return (cat, co, role, app, src, lang)


def ev(uid, start, summary, organizer, minutes=60, style="google", **kw):
    out = {"uid": uid, "start": start, "summary": summary, "organizer": organizer}
    out.update(minutes=minutes, style=style, **kw)
    return out


RF, RF1, RF2 = (
    "Rheinfeld Digital",
    "Werkstudent (m/w/d) Data Analytics",
    "Traineeprogramm IT (m/w/d)",
)
SWB, SWBR = "Stadtwerke Brühlingen", "Praktikant (m/w/d) Energiedatenmanagement"
LU, LUR = "Lumensa", "Werkstudent Product Operations (m/w/d)"
THP, THPR = "TH Porz", "Studentische Hilfskraft (m/w/d) Lehrstuhl Informationsmanagement"
DK, DKR = "Domkreuz Versicherung", "Werkstudent IT-Projektmanagement (m/w/d)"
KR, KRR = "Kranich Logistik", "Trainee IT & Digitalisierung (m/w/d)"
RÖ, RÖR = "Rösner Facility Services", "Werkstudent Controlling (m/w/d)"
EC, ECR = "Ehrenfeld Consulting", "Praktikum Strategy & Transformation (m/w/d)"
SW, SWR = "Sonnwerk", "Werkstudent*in Business Development"
MA, MAR = "mareno", "Praktikum Digital Analytics (m/w/d)"
LH, LHR = "Lindenhof", "Traineeprogramm Digital Business (m/w/d)"
IT, ITR = "IT.Rheinland Kommunal", "Trainee (m/w/d) Digitale Verwaltung"
DM, DMR = "Domstadt Medien", "Werkstudent (m/w/d) Marketing Analytics"
KO, KOR = "Kontora", "Praktikum Product Management (m/w/d)"
VI, VIR = "Vireon Consulting", "Traineeprogramm IT-Consulting (m/w/d)"

SIG_SWB = (
    "\n\nMit freundlichen Grüßen\n\nKatrin Oellers\nPersonalgewinnung und -entwicklung\n\n"
    "Stadtwerke Brühlingen GmbH\nAm Rheinufer 12 · 50321 Brühlingen\nTel. 02232 7081-214\n"
    "www.swb-bruehlingen.de\n\nSitz der Gesellschaft: Brühlingen · Amtsgericht Köln HRB 40112\n"
    "Geschäftsführung: Dipl.-Ing. Rainer Stommel"
)

MAIL: list[dict[str, Any]] = [
    # --- 1 Rheinfeld Digital, Werkstudent (SuccessFactors via Rheinfeld Gruppe) -----------------
    m(
        "70012",
        "2025-09-02 09:41",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung: Werkstudent (m/w/d) Data Analytics – Req. 41877",
        A("confirmation", RF, RF1, 1, "other"),
        html="<p>Sehr geehrte Frau Hoffmeister,</p><p>vielen Dank für Ihr Interesse an der "
        "Rheinfeld Gruppe. Ihre Bewerbung als <b>Werkstudent (m/w/d) Data Analytics</b> "
        "(Rheinfeld Digital GmbH, Köln, Stellen-ID 41877) ist bei uns eingegangen.</p><p>Wir prüfen "
        "Ihre Unterlagen sorgfältig und melden uns so schnell wie möglich bei Ihnen. Den aktuellen "
        "Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.</p>"
        "<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Rheinfeld Gruppe</p>"
        "<p style='font-size:10px;color:#777'>Rheinfeld Versicherungsgruppe AG · Rheinfeld-Platz 1 · "
        "50679 Köln · Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.</p>",
    ),
    m(
        "70013",
        "2025-09-02 09:38",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Ihr Kandidatenkonto – bitte bestätigen Sie Ihre E-Mail-Adresse",
        ("other_job", "Rheinfeld Digital", None, None, "other", "de"),
        "Guten Tag,\n\nSie haben ein Kandidatenkonto im Karriereportal der Rheinfeld Gruppe "
        "angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse über den folgenden Link (gültig 48 "
        "Stunden):\n\nhttps://career5.successfactors.eu/career?company=rheinfeldP&confirm=8813ab\n\n"
        "Falls Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.\n\n"
        "Rheinfeld Gruppe – Karriere",
    ),
    m(
        "70031",
        "2025-09-15 14:05",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Zwischenbescheid zu Ihrer Bewerbung",
        A("confirmation", RF, RF1, 1, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nwir möchten Ihnen einen kurzen Zwischenstand zu Ihrer "
        "Bewerbung als Werkstudent (m/w/d) Data Analytics geben. Aufgrund der hohen Anzahl an "
        "Bewerbungen benötigen wir für die Auswahl leider noch etwas mehr Zeit als geplant.\n\n"
        "Wir bitten Sie um etwas Geduld und melden uns spätestens Ende September bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nTalent Acquisition\nRheinfeld Digital GmbH – ein Unternehmen der "
        "Rheinfeld Gruppe",
    ),
    m(
        "70049",
        "2025-09-26 11:22",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung bei der Rheinfeld Gruppe",
        A("rejection", RF, RF1, 1, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nnochmals vielen Dank für Ihre Bewerbung und das "
        "Vertrauen, das Sie uns damit entgegengebracht haben. Ihr Profil hat uns gut gefallen, "
        "insbesondere Ihre SQL- und Power-BI-Kenntnisse.\n\nNach sorgfältiger Prüfung müssen wir "
        "Ihnen jedoch mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren "
        "Profil noch etwas genauer zu den aktuellen Anforderungen passt.\n\nGerne würden wir Ihre "
        "Unterlagen in unserem Talentpool behalten, um bei passenden Vakanzen auf Sie zuzukommen. "
        "Dazu erhalten Sie in Kürze eine separate E-Mail mit der Bitte um Ihre Einwilligung.\n\n"
        "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\n"
        "Talent Acquisition | Rheinfeld Digital GmbH",
    ),
    m(
        "70050",
        "2025-09-26 11:24",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Dürfen wir Ihre Unterlagen im Talentpool behalten?",
        ("other_job", "Rheinfeld Digital", None, None, "other", "de"),
        html="<p>Sehr geehrte Frau Hoffmeister,</p><p>gemäß Art. 6 Abs. 1 lit. a DSGVO benötigen "
        "wir Ihre Einwilligung, um Ihre Bewerbungsunterlagen über das laufende Verfahren hinaus "
        "für bis zu 24 Monate in unserem Talentpool zu speichern.</p><p><a href='https://career5."
        "successfactors.eu/consent?c=rheinfeldP&t=9921'>Ja, ich willige ein</a> &nbsp; "
        "<a href='https://career5.successfactors.eu/consent?c=rheinfeldP&t=9921&d=1'>Nein, bitte "
        "löschen</a></p><p>Ohne Ihre Rückmeldung werden Ihre Daten sechs Monate nach Abschluss des "
        "Verfahrens gelöscht.</p><p>Rheinfeld Gruppe · Datenschutz im Recruiting</p>",
    ),
    # --- 14 Rheinfeld Digital, Traineeprogramm IT (re-application) -------------------------------
    m(
        "70702",
        "2025-12-08 19:12",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Eingangsbestätigung: Traineeprogramm IT (m/w/d) – Req. 43390",
        A("confirmation", RF, RF2, 14, "other"),
        html="<p>Sehr geehrte Frau Hoffmeister,</p><p>vielen Dank für Ihr Interesse an der "
        "Rheinfeld Gruppe. Ihre Bewerbung als <b>Traineeprogramm IT (m/w/d)</b> (Rheinfeld Digital "
        "GmbH, Köln / Düsseldorf, Stellen-ID 43390, Start 01.04.2026) ist bei uns eingegangen.</p>"
        "<p>Wir prüfen Ihre Unterlagen sorgfältig und melden uns so schnell wie möglich bei Ihnen."
        "</p><p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Rheinfeld Gruppe</p>"
        "<p style='font-size:10px;color:#777'>Rheinfeld Versicherungsgruppe AG · Rheinfeld-Platz 1 · "
        "50679 Köln</p>",
    ),
    m(
        "70761",
        "2026-01-09 10:00",
        "Aon Assessment <noreply@assessment.aon.com>",
        "Rheinfeld Gruppe – Einladung zu Online-Tests",
        A("assessment", RF, RF2, 14, "other"),
        html="<p>Hallo Lena Hoffmeister,</p><p>im Rahmen Ihrer Bewerbung bei der <b>Rheinfeld "
        "Gruppe</b> laden wir Sie zu unseren Online-Tests ein: scales numerical (ca. 15 Min.), "
        "scales verbal (ca. 15 Min.) und ein Persönlichkeitsfragebogen (ca. 20 Min.).</p><p>Bitte "
        "schließen Sie alle Module bis zum <b>16.01.2026, 23:59 Uhr</b> ab.</p><p><a href='https://"
        "candidate.assessment.aon.com/start?p=RFG-TR-26&c=LH88213'>Tests starten</a></p><p>Tipp: "
        "Nutzen Sie einen Laptop und sorgen Sie für eine ruhige Umgebung.</p><p>Ihr Aon Assessment "
        "Team im Auftrag der Rheinfeld Gruppe</p>",
    ),
    m(
        "70788",
        "2026-01-27 16:40",
        "Rheinfeld Gruppe Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung bei der Rheinfeld Gruppe",
        A("rejection", RF, RF2, 14, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihre Teilnahme an unseren Online-Tests "
        "und Ihr Interesse am Traineeprogramm IT.\n\nIn diesem Jahr haben sich sehr viele "
        "qualifizierte Absolventinnen und Absolventen beworben. Wir bedauern, Ihnen mitteilen zu "
        "müssen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.\n\n"
        "Diese Entscheidung ist keine Bewertung Ihrer Person. Wir wünschen Ihnen viel Erfolg für "
        "Ihren Berufseinstieg.\n\nMit freundlichen Grüßen\nTalent Acquisition | Rheinfeld Digital "
        "GmbH",
    ),
    # --- 2 Stadtwerke Brühlingen (d.vinci) ------------------------------------------------------
    m(
        "70205",
        "2025-10-06 08:15",
        "Stadtwerke Brühlingen <noreply@dvinci-hr.com>",
        "Ihre Bewerbung ist bei uns eingegangen",
        A("confirmation", SWB, SWBR, 2, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nherzlichen Dank für Ihre Bewerbung als Praktikant "
        "(m/w/d) Energiedatenmanagement (Kennziffer 2025-117) und Ihr Interesse an den Stadtwerken "
        "Brühlingen.\n\nIhre Unterlagen sind vollständig bei uns eingegangen. Wir werden diese "
        "prüfen und uns in den nächsten Wochen bei Ihnen melden.\n\nBitte haben Sie Verständnis "
        "dafür, dass dies einige Zeit in Anspruch nehmen kann.\n\nMit freundlichen Grüßen\n\n"
        "Ihre SWB – Stadtwerke Brühlingen GmbH\nPersonalabteilung\n\nDiese E-Mail wurde "
        "automatisch erstellt.",
    ),
    m(
        "70219",
        "2025-10-09 13:31",
        "Katrin Oellers <k.oellers@swb-bruehlingen.de>",
        "Fehlende Unterlagen – Ihre Bewerbung Kennziffer 2025-117",
        A("confirmation", SWB, SWBR, 2, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihre Bewerbung. Damit wir Ihre "
        "Unterlagen vollständig prüfen können, fehlen uns noch:\n\n- eine aktuelle "
        "Immatrikulationsbescheinigung (Wintersemester 2025/26)\n- Ihr Bachelorzeugnis bzw. das "
        "aktuelle Transcript of Records\n\nDa es sich um ein freiwilliges Praktikum handelt, "
        "benötigen wir die Immatrikulationsbescheinigung für die Sozialversicherung. Sie können "
        "die Dokumente einfach als Antwort auf diese E-Mail senden.\n\nVielen Dank!" + SIG_SWB,
    ),
    m(
        "70244",
        "2025-10-21 10:02",
        "Katrin Oellers <k.oellers@swb-bruehlingen.de>",
        "Einladung zum Vorstellungsgespräch – Praktikum Energiedatenmanagement",
        A("interview", SWB, SWBR, 2, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nwir freuen uns, Sie zu einem persönlichen "
        "Vorstellungsgespräch einladen zu dürfen:\n\nDatum: Donnerstag, 30.10.2025\nUhrzeit: 14:00 "
        "bis ca. 15:00 Uhr\nOrt: Verwaltungsgebäude, Am Rheinufer 12, Raum 2.14\n\nIhre "
        "Gesprächspartner sind Herr Dr. Jan Bröckers (Leitung Energiedatenmanagement) und ich.\n\n"
        "Bitte bestätigen Sie den Termin kurz per E-Mail. Eine Kalendereinladung finden Sie "
        "anbei." + SIG_SWB,
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000071C3@swb-bruehlingen.de",
            "2025-10-30 14:00:00 +0100",
            "Vorstellungsgespräch Hoffmeister – Praktikum EDM",
            ("Katrin Oellers", "k.oellers@swb-bruehlingen.de"),
            style="outlook",
            location="SWB Verwaltung, Am Rheinufer 12, Raum 2.14",
            attendees=[("Dr. Jan Bröckers", "j.broeckers@swb-bruehlingen.de")],
        ),
    ),
    m(
        "70262",
        "2025-11-04 16:18",
        "Katrin Oellers <k.oellers@swb-bruehlingen.de>",
        "Zusage – Ihr Praktikum bei der SWB",
        A("offer", SWB, SWBR, 2, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für das angenehme Gespräch am vergangenen "
        "Donnerstag. Wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen gerne einen "
        "Praktikumsplatz im Bereich Energiedatenmanagement anbieten möchten.\n\nZeitraum: "
        "02.03.2026 bis 31.08.2026\nVergütung: 1.450 € brutto monatlich\nArbeitszeit: 39 Stunden "
        "pro Woche, Gleitzeit\n\nDen Praktikumsvertrag senden wir Ihnen nach Ihrer Zusage per Post "
        "zu. Wir würden uns über eine Rückmeldung bis zum 14.11.2025 freuen." + SIG_SWB,
    ),
    m(
        "70271",
        "2025-11-12 09:47",
        "Katrin Oellers <k.oellers@swb-bruehlingen.de>",
        "AW: Zusage – Ihr Praktikum bei der SWB",
        A("confirmation", SWB, SWBR, 2, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihre offene Rückmeldung. Schade, dass "
        "es zeitlich nicht passt – wir können Ihre Entscheidung aber gut nachvollziehen. Falls Sie "
        "nach Ihrem Abschluss Interesse an einem Direkteinstieg haben, melden Sie sich gerne "
        "wieder bei uns.\n\nAlles Gute für Ihre Masterarbeit!" + SIG_SWB + "\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Lena Hoffmeister <lena.hoffmeister@posteo.de>\n"
        "Gesendet: Montag, 10. November 2025 21:14\nAn: Katrin Oellers\nBetreff: AW: Zusage – Ihr "
        "Praktikum bei der SWB\n\nSehr geehrte Frau Oellers,\n\nherzlichen Dank für die Zusage "
        "und das Vertrauen. Nach reiflicher Überlegung muss ich das Angebot leider absagen: mein "
        "Lehrstuhl hat den Zeitraum meiner Masterarbeit auf März bis August festgelegt, und beides "
        "parallel wäre weder Ihnen noch mir gegenüber fair.\n\nMit freundlichen Grüßen\nLena "
        "Hoffmeister",
        st="declined",
        **{"In-Reply-To": "<70262.20251104.34@swb-bruehlingen.de>"},
    ),
    # --- 3 Lumensa (Personio), accepted ----------------------------------------------------------
    m(
        "70021",
        "2025-09-03 12:09",
        "Lumensa <notifications@personio.de>",
        "Danke für deine Bewerbung bei Lumensa!",
        A("confirmation", LU, LUR, 3, "personio"),
        html="<div style='font-family:Arial'><h2>Hey Lena,</h2><p>danke für deine Bewerbung als "
        "<b>Werkstudent Product Operations (m/w/d)</b>! Wir schauen uns deine Unterlagen in Ruhe an "
        "und melden uns in spätestens zwei Wochen bei dir.</p><p>Bis dahin: Schau gern auf unserem "
        "Blog vorbei, da erzählt das Team, wie wir bei Lumensa Solar-Installateure digitalisieren."
        "</p><p>Liebe Grüße<br>Dein People-Team von Lumensa</p><p style='font-size:11px;color:#999'>"
        "Lumensa GmbH · Vogelsanger Str. 321 · 50827 Köln · lumensa.jobs.personio.de</p></div>",
    ),
    m(
        "70027",
        "2025-09-08 17:30",
        "Calendly <notifications@calendly.com>",
        "Neues Ereignis: Lena Hoffmeister – Kennenlernen Lumensa (30 Min.)",
        A("interview", LU, LUR, 3, "other"),
        "Hallo Lena Hoffmeister,\n\nDein Termin mit Miriam Tsakiris wurde geplant.\n\nEreignistyp: "
        "Kennenlernen Lumensa (30 Min.)\nDatum: Mittwoch, 10. September 2025\nUhrzeit: 11:00 – "
        "11:30 (Mitteleuropäische Sommerzeit)\nOrt: Google Meet – Link folgt in der "
        "Kalendereinladung\n\nTermin verschieben oder absagen: https://calendly.com/reschedulings/"
        "6b1f22c0\n\nMit Calendly geplant",
        ics=ev(
            "6b1f22c0-8f1e-4b2a-9d33-lumensa@calendly.com",
            "2025-09-10 11:00:00 +0200",
            "Kennenlernen Lumensa (30 Min.) – Lena Hoffmeister",
            ("Miriam Tsakiris", "miriam@lumensa.de"),
            minutes=30,
            location="Google Meet",
        ),
    ),
    m(
        "70033",
        "2025-09-11 22:04",
        "Jonas Wefers <jonas.wefers@gmail.com>",
        "Case für nächste Woche :)",
        A("interview", LU, LUR, 3, "direct"),
        "Hi Lena,\n\nMiriam hat mir erzählt, dass euer Gespräch super lief – freut mich! Als "
        "nächsten Schritt würde ich dich gern zu einem kurzen Case einladen, ca. 60 Minuten bei "
        "uns im Büro in Ehrenfeld. Nichts Wildes: Wir schauen uns gemeinsam einen echten "
        "Support-Prozess an und überlegen, was man automatisieren könnte.\n\nPasst dir Dienstag "
        "16.09. um 15 Uhr? Ich schick dir mal eine Einladung, sag einfach Bescheid, wenn's nicht "
        "klappt.\n\nSorry für die private Adresse, mein Laptop mit dem Firmen-Account ist gerade "
        "in Reparatur.\n\nBeste Grüße\nJonas\n\n--\nJonas Wefers\nCo-Founder & CEO, Lumensa",
        ics=ev(
            "3kq8s1p0v2m4lumensacase@google.com",
            "2025-09-16 15:00:00 +0200",
            "Lumensa x Lena – Case",
            ("Jonas Wefers", "jonas.wefers@gmail.com"),
            location="Lumensa, Vogelsanger Str. 321, Köln",
        ),
    ),
    m(
        "70041",
        "2025-09-19 09:12",
        "Miriam Tsakiris <miriam@lumensa.de>",
        "Dein Angebot als Werkstudentin bei Lumensa 🎉",
        A("offer", LU, LUR, 3, "direct"),
        "Hi Lena,\n\nwir haben gute Nachrichten: Jonas und das Ops-Team waren von deinem Case "
        "begeistert und wir möchten dich sehr gern als Werkstudentin im Bereich Product "
        "Operations an Bord holen!\n\nDie Eckdaten:\n- Start: 01.10.2025\n- 20 Std./Woche "
        "(in der Prüfungsphase flexibel)\n- 16,50 €/Std.\n- Befristung bis 31.03.2026, "
        "Verlängerung möglich\n\nDen Vertrag schicke ich dir über DocuSign, sobald du mir ein "
        "kurzes Okay gibst.\n\nLiebe Grüße\nMiriam\n\nMiriam Tsakiris | People & Culture\nLumensa "
        "GmbH",
    ),
    m(
        "70046",
        "2025-09-23 14:55",
        "Miriam Tsakiris via DocuSign <dse_na3@docusign.net>",
        "Completed: Arbeitsvertrag Werkstudentin – Lena Hoffmeister",
        A("offer", LU, LUR, 3, "docusign"),
        html="<p>All parties have completed <b>Arbeitsvertrag Werkstudentin – Lena Hoffmeister</b>."
        "</p><p>Alle Parteien haben das Dokument abgeschlossen. Sie können das Dokument über den "
        "folgenden Link ansehen.</p><p><a href='https://na3.docusign.net/Signing/?ti=a81c'>DOKUMENT "
        "ANZEIGEN</a></p><p>Miriam Tsakiris<br>Lumensa GmbH<br>miriam@lumensa.de</p><p style="
        "'font-size:10px'>Powered by DocuSign</p>",
        st="accepted",
    ),
    m(
        "70053",
        "2025-09-29 10:10",
        "Miriam Tsakiris <miriam@lumensa.de>",
        "Dein erster Tag am Mittwoch",
        ("other_job", LU, LUR, None, "direct", "de"),
        "Hi Lena,\n\nnur noch zwei Tage! Ein paar Infos für deinen Start:\n\n- Komm gern um 9:30, "
        "Moritz holt dich am Empfang ab\n- Bitte bring deinen Personalausweis, die "
        "Steuer-ID und die Immatrikulationsbescheinigung mit\n- Laptop und Zugänge bekommst du am "
        "ersten Tag\n- Mittags gehen wir meistens zusammen zum Vietnamesen um die Ecke\n\nWir freuen "
        "uns auf dich!\nMiriam",
    ),
    # --- 4 TH Porz, HiWi (own portal) ------------------------------------------------------------
    m(
        "70024",
        "2025-09-05 07:58",
        "Stellenportal TH Porz <stellenportal@th-porz.de>",
        "Bestätigung Ihrer Bewerbung – Kennziffer WHK-25-083",
        A("confirmation", THP, THPR, 4, "other"),
        "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nhiermit bestätigen wir den Eingang "
        'Ihrer Bewerbung auf die Ausschreibung WHK-25-083 "Studentische Hilfskraft (m/w/d) '
        'Lehrstuhl Informationsmanagement" (10 Std./Woche, befristet auf 6 Monate).\n\nBitte '
        "sehen Sie von Nachfragen zum Stand des Verfahrens ab. Sie erhalten nach Abschluss des "
        "Auswahlverfahrens eine Nachricht.\n\nTechnische Hochschule Porz\nDezernat 3 – Personal\n"
        "Diese Nachricht wurde automatisch generiert.",
    ),
    m(
        "70047",
        "2025-09-25 15:36",
        "Prof. Dr. Annette Kleinwächter <annette.kleinwaechter@th-porz.de>",
        "Ihre Bewerbung als studentische Hilfskraft",
        A("rejection", THP, THPR, 4, "direct"),
        "Liebe Frau Hoffmeister,\n\nvielen Dank für Ihre Bewerbung an meinem Lehrstuhl. Wir "
        "haben uns sehr über das große Interesse gefreut. Die Stelle konnten wir inzwischen mit "
        "einer Studentin aus unserem eigenen Masterprogramm besetzen, die bereits im Projekt "
        "mitarbeitet.\n\nIch wünsche Ihnen alles Gute für Ihr weiteres Studium.\n\nMit "
        "freundlichen Grüßen\nAnnette Kleinwächter\n\n--\nProf. Dr. Annette Kleinwächter\n"
        "Lehrstuhl für Informationsmanagement\nTechnische Hochschule Porz",
    ),
    # --- 5 Rheinlicht Personal for Domkreuz Versicherung (agency) --------------------------------
    m(
        "70171",
        "2025-10-01 11:20",
        "Sebastian Hürth <s.huerth@rheinlicht-personal.de>",
        "Werkstudent IT-Projektmanagement bei namhaftem Kunden in Köln",
        ("outreach", None, DKR, None, "agency", "de"),
        "Hallo Frau Hoffmeister,\n\nich bin über Ihr XING-Profil auf Sie aufmerksam geworden. "
        "Für einen namhaften Kunden aus der Versicherungsbranche mit Sitz in der Kölner "
        "Innenstadt suche ich aktuell eine/n Werkstudent/in IT-Projektmanagement (16–20 "
        "Std./Woche, 17 €/Std., hybrides Arbeiten).\n\nDie Stelle wird direkt beim Kunden "
        "angestellt, für Sie entstehen keinerlei Kosten. Hätten Sie Interesse an einem kurzen "
        "Telefonat diese Woche?\n\nViele Grüße\nSebastian Hürth\nSenior Personalberater\n\n"
        "Rheinlicht Personal GmbH · Hohenzollernring 48 · 50672 Köln\nTel. 0221 955 310-42",
    ),
    m(
        "70183",
        "2025-10-07 17:02",
        "Sebastian Hürth <s.huerth@rheinlicht-personal.de>",
        "AW: Werkstudent IT-Projektmanagement bei namhaftem Kunden in Köln",
        A("confirmation", DK, DKR, 5, "agency"),
        "Hallo Frau Hoffmeister,\n\nvielen Dank für das nette Telefonat und Ihre Unterlagen. Wie "
        "besprochen habe ich Ihr Profil heute mit Ihrem Einverständnis an die Domkreuz "
        "Versicherung AG weitergeleitet. Ansprechpartnerin dort ist Frau Adamczyk aus dem "
        "Bereich IT-Portfoliomanagement.\n\nIch melde mich, sobald ich Feedback habe – "
        "erfahrungsgemäß innerhalb einer Woche.\n\nViele Grüße\nSebastian Hürth\nRheinlicht "
        "Personal GmbH\n\n> Von: Lena Hoffmeister\n> Gesendet: Freitag, 3. Oktober 2025 10:11\n> "
        "gerne können wir telefonieren, am besten Montag ab 14 Uhr.",
    ),
    m(
        "70199",
        "2025-10-14 09:25",
        "Sebastian Hürth <s.huerth@rheinlicht-personal.de>",
        "Domkreuz: Einladung zum Kennenlerngespräch",
        A("interview", DK, DKR, 5, "agency"),
        "Hallo Frau Hoffmeister,\n\ngute Nachrichten: Domkreuz möchte Sie gern kennenlernen! "
        "Vorgeschlagen ist Montag, 20.10., 10:00 Uhr per Microsoft Teams (ca. 45 Minuten) mit "
        "Frau Adamczyk und einem Projektleiter. Den Link schickt Ihnen Domkreuz direkt.\n\nKurze "
        "Vorbereitung: Erzählen Sie gern von Ihrem Uni-Projekt zur Prozessmodellierung, das kam "
        "sehr gut an.\n\nDrücke die Daumen!\nSebastian Hürth",
    ),
    m(
        "70229",
        "2025-10-29 12:48",
        "Sebastian Hürth <s.huerth@rheinlicht-personal.de>",
        "Kurzes Update Domkreuz",
        A("confirmation", DK, DKR, 5, "agency"),
        "Hallo Frau Hoffmeister,\n\nich wollte Ihnen kurz Bescheid geben: Domkreuz hat die "
        "Besetzung der Werkstudentenstelle vorerst auf Eis gelegt, weil das zugehörige Projekt "
        "ins nächste Jahr verschoben wurde. Ihr Gespräch kam gut an, die Stelle ist also nicht "
        "vergeben – es gibt nur aktuell kein Budget.\n\nSobald es weitergeht, melde ich mich "
        "sofort. Bis dahin halte ich gern die Augen nach Alternativen offen.\n\nViele Grüße\n"
        "Sebastian Hürth",
        st="on_hold",
    ),
    # --- 6 Kranich Logistik (StepStone + rexx) ---------------------------------------------------
    m(
        "70612",
        "2025-12-01 20:44",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        A("confirmation", KR, KRR, 6, "other"),
        html="<table width='600'><tr><td><h3>Ihre Bewerbung ist unterwegs!</h3><p>Hallo Lena "
        "Hoffmeister,</p><p>Ihre Bewerbung für die Stelle <b>Trainee IT &amp; Digitalisierung "
        "(m/w/d)</b> bei <b>Kranich Logistik GmbH &amp; Co. KG</b> wurde erfolgreich an das "
        "Unternehmen übermittelt.</p><p>Den Status Ihrer Bewerbungen finden Sie unter „Meine "
        "Bewerbungen“.</p><p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p></td></tr></table>",
    ),
    m(
        "70613",
        "2025-12-01 20:51",
        "Kranich Logistik Karriere <noreply@rexx-recruitment.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", KR, KRR, 6, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihre Bewerbung als Trainee IT & "
        "Digitalisierung (m/w/d) an unserem Standort Niederkassel.\n\nWir haben Ihre Unterlagen "
        "erhalten und werden sie zeitnah sichten. Sollten Sie innerhalb von vier Wochen nichts von "
        "uns hören, befinden Sie sich noch im Auswahlprozess.\n\nFreundliche Grüße\n\nIhr "
        "Personalteam\nKranich Logistik GmbH & Co. KG\nIndustriestraße 70 · 53859 Niederkassel\n"
        "Komplementärin: Kranich Verwaltungs-GmbH · AG Siegburg HRA 2241",
    ),
    m(
        "70655",
        "2025-12-22 08:03",
        "Kranich Logistik Karriere <noreply@rexx-recruitment.com>",
        "Zwischennachricht zu Ihrer Bewerbung",
        A("confirmation", KR, KRR, 6, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nwir danken Ihnen für Ihre Geduld. Aufgrund der "
        "Feiertage verzögert sich unsere Rückmeldung leider etwas. Ihre Bewerbung ist weiterhin "
        "im Auswahlprozess, und wir melden uns voraussichtlich Mitte Januar bei Ihnen.\n\n"
        "Wir wünschen Ihnen schöne Feiertage!\n\nIhr Personalteam\nKranich Logistik",
    ),
    m(
        "70657",
        "2026-01-05 11:40",
        "Yvonne Pütz <y.puetz@kranich-logistik.de>",
        "Automatische Antwort: Rückfrage Traineeprogramm",
        ("other_job", KR, None, None, "direct", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 09.01.2026 nicht im Büro und "
        "habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich "
        "bitte an bewerbung@kranich-logistik.de.\n\nMit freundlichen Grüßen\nYvonne Pütz\n"
        "HR Business Partnerin | Kranich Logistik GmbH & Co. KG",
    ),
    m(
        "70681",
        "2026-01-20 14:14",
        "Kranich Logistik Karriere <noreply@rexx-recruitment.com>",
        "Ihre Bewerbung als Trainee IT & Digitalisierung (m/w/d)",
        A("rejection", KR, KRR, 6, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nhaben Sie nochmals vielen Dank für Ihre Bewerbung "
        "und Ihr Interesse an Kranich.\n\nWir haben uns die Entscheidung nicht leicht gemacht. "
        "Leider müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können.\n\nIhre Unterlagen werden gemäß den gesetzlichen Vorgaben nach "
        "sechs Monaten gelöscht.\n\nFür Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\n"
        "Ihr Personalteam\nKranich Logistik GmbH & Co. KG",
    ),
    # --- 7 Rösner Facility Services (Indeed), ghosted ---------------------------------------------
    m(
        "70026",
        "2025-09-04 21:33",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung gesendet: Werkstudent Controlling (m/w/d)",
        A("confirmation", RÖ, RÖR, 7, "indeed"),
        html="<p>Lena, deine Bewerbung wurde gesendet.</p><p><b>Werkstudent Controlling (m/w/d)"
        "</b><br>Rösner Facility Services GmbH – Hürth</p><p>Der Arbeitgeber wird sich bei dir "
        "melden, falls er Interesse hat. Du kannst den Status deiner Bewerbung unter „Meine "
        "Jobs“ verfolgen.</p><p><a href='https://de.indeed.com/myjobs'>Meine Jobs ansehen</a></p>"
        "<p style='color:#767676;font-size:12px'>© 2025 Indeed</p>",
    ),
    m(
        "70030",
        "2025-09-10 06:50",
        "Indeed <no-reply@indeed.com>",
        "Deine Bewerbung wurde angesehen",
        A("viewed", RÖ, RÖR, 7, "indeed"),
        html="<p>Gute Nachrichten, Lena!</p><p>Rösner Facility Services GmbH hat deine Bewerbung "
        "für <b>Werkstudent Controlling (m/w/d)</b> angesehen.</p><p>Das bedeutet noch keine "
        "Zusage, aber der Arbeitgeber hat sich dein Profil angeschaut.</p><p><a href='https://"
        "de.indeed.com/myjobs'>Status ansehen</a></p>",
    ),
    # --- 8 Ehrenfeld Consulting (XING) ----------------------------------------------------------
    m(
        "70190",
        "2025-10-10 18:27",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung an Ehrenfeld Consulting wurde versendet",
        A("confirmation", EC, ECR, 8, "other"),
        html="<p>Hallo Lena Hoffmeister,</p><p>Ihre Bewerbung auf <b>Praktikum Strategy &amp; "
        "Transformation (m/w/d)</b> bei <b>Ehrenfeld Consulting Partners GmbH</b> wurde "
        "erfolgreich versendet.</p><p>Tipp: Mit einem vollständigen Profil erhöhen Sie Ihre "
        "Chancen.</p><p>Ihr XING-Team</p><p style='font-size:10px'>New Work SE · Am Strandkai 1 · "
        "20457 Hamburg</p>",
    ),
    m(
        "70226",
        "2025-10-24 10:45",
        "Theresa Nolden <theresa.nolden@ehrenfeld-consulting.de>",
        "Telefoninterview Praktikum Strategy & Transformation",
        A("interview", EC, ECR, 8, "direct"),
        "Liebe Frau Hoffmeister,\n\nvielen Dank für Ihre Bewerbung über XING. Wir möchten Sie "
        "gern in einem ersten Telefoninterview (ca. 30 Minuten) besser kennenlernen.\n\nWäre "
        "Dienstag, der 28.10., um 16:30 Uhr für Sie möglich? Ich würde Sie dann unter der in "
        "Ihrem Lebenslauf angegebenen Nummer anrufen.\n\nHerzliche Grüße\nTheresa Nolden\nRecruiting "
        "& Employer Branding\n\nEhrenfeld Consulting Partners GmbH\nSubbelrather Str. 15 · 50823 "
        "Köln",
    ),
    m(
        "70258",
        "2025-11-06 13:30",
        "Theresa Nolden <theresa.nolden@ehrenfeld-consulting.de>",
        "Ihre Bewerbung bei Ehrenfeld Consulting",
        A("rejection", EC, ECR, 8, "direct"),
        "Liebe Frau Hoffmeister,\n\nherzlichen Dank für das offene und sympathische Gespräch "
        "letzte Woche. Ihre Erfahrung aus der Werkstudententätigkeit und Ihre strukturierte Art "
        "haben uns beeindruckt.\n\nLeider haben wir uns am Ende für eine Kandidatin entschieden, "
        "die bereits Beratungserfahrung mitbringt. Diese Entscheidung ist uns nicht leichtgefallen."
        "\n\nWir würden uns freuen, wenn Sie uns nach Ihrem Abschluss wieder in Betracht ziehen."
        "\n\nHerzliche Grüße\nTheresa Nolden",
    ),
    # --- 9 Sonnwerk (JOIN) -----------------------------------------------------------------------
    m(
        "70028",
        "2025-09-06 13:13",
        "Sonnwerk via JOIN <noreply@join.com>",
        "Deine Bewerbung bei Sonnwerk",
        A("confirmation", SW, SWR, 9, "other"),
        "Hi Lena,\n\ndanke, dass du dich als Werkstudent*in Business Development bei Sonnwerk "
        "beworben hast! Wir haben deine Bewerbung erhalten und melden uns so schnell es geht.\n\n"
        "Cheers,\nDas Sonnwerk Team\n\n---\nDiese Nachricht wurde über JOIN versendet. JOIN "
        "Solutions AG, Zürich",
    ),
    m(
        "70035",
        "2025-09-17 16:02",
        "Sonnwerk via JOIN <noreply@join.com>",
        "Update zu deiner Bewerbung bei Sonnwerk",
        A("rejection", SW, SWR, 9, "other"),
        "Hi Lena,\n\nvielen Dank nochmal für dein Interesse an Sonnwerk und die Zeit, die du in "
        "deine Bewerbung gesteckt hast.\n\nWir haben uns diesmal für andere Bewerber*innen "
        "entschieden, deren Profil noch besser zu dem passt, was wir gerade im BD-Team brauchen. "
        "Das ist keine Aussage über dich – wir hatten einfach sehr viele starke Bewerbungen.\n\n"
        "Wir wünschen dir alles Gute!\nDas Sonnwerk Team",
    ),
    # --- 10 mareno (LinkedIn + direct) -----------------------------------------------------------
    m(
        "70197",
        "2025-10-13 21:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lena, Ihre Bewerbung wurde an mareno digital GmbH gesendet",
        A("confirmation", MA, MAR, 10, "linkedin"),
        html="<p>Ihre Bewerbung wurde an mareno digital GmbH gesendet</p><p><b>Praktikum Digital "
        "Analytics (m/w/d)</b><br>mareno digital GmbH · Köln (Hybrid)</p><p>Beworben am 13.10."
        "2025</p><p>Bewerbungen verfolgen: https://www.linkedin.com/my-items/saved-jobs/</p>",
    ),
    m(
        "70201",
        "2025-10-15 09:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ihre Bewerbung wurde von mareno digital GmbH angesehen",
        A("viewed", MA, MAR, 10, "linkedin"),
        html="<p>Lena, Ihre Bewerbung wurde angesehen.</p><p>mareno digital GmbH hat Ihre "
        "Bewerbung für „Praktikum Digital Analytics (m/w/d)“ angesehen.</p><p>Ähnliche Jobs "
        "ansehen</p>",
    ),
    m(
        "70213",
        "2025-10-20 12:02",
        "Paula Strunk <paula@mareno.digital>",
        "Kennenlernen? 🙂",
        A("interview", MA, MAR, 10, "direct"),
        "Hey Lena,\n\nich bin Paula, Head of Analytics bei mareno. Deine Bewerbung über LinkedIn "
        "ist bei mir gelandet und ich würde dich gern kennenlernen! Hast du Lust auf einen "
        "Video-Call am Freitag um 10 Uhr? Ich hab dir einfach mal eine Einladung geschickt.\n\n"
        "Bis dann\nPaula\n\n--\nmareno | digital growth agency\nBrüsseler Str. 89, 50672 Köln",
        ics=ev(
            "5n2k7x9marenocall@google.com",
            "2025-10-24 10:00:00 +0200",
            "mareno x Lena Hoffmeister",
            ("Paula Strunk", "paula@mareno.digital"),
            minutes=45,
            location="https://meet.google.com/qro-ybta-kwe",
        ),
    ),
    m(
        "70252",
        "2025-11-03 17:55",
        "Paula Strunk <paula@mareno.digital>",
        "Re: Kennenlernen? 🙂",
        A("rejection", MA, MAR, 10, "direct"),
        "Hey Lena,\n\ndanke nochmal für das lockere Gespräch und die Fragen zu unserem Tracking-"
        "Setup, das hat richtig Spaß gemacht.\n\nIch muss dir leider sagen, dass wir uns für "
        "jemanden entschieden haben, der schon etwas mehr GA4- und Looker-Studio-Erfahrung aus "
        "einer anderen Agentur mitbringt. Ich fand dein Profil aber echt stark und bin mir sicher, "
        "dass du schnell was Passendes findest.\n\nLiebe Grüße\nPaula",
        **{"In-Reply-To": "<70213.20251020.15@mareno.digital>"},
    ),
    # --- 11 Lindenhof Maschinenbau (BITE), accepted -----------------------------------------------
    m(
        "70621",
        "2025-12-03 07:32",
        "Lindenhof Maschinenbau GmbH & Co. KG <noreply@b-ite.de>",
        "Ihre Bewerbung: Traineeprogramm Digital Business (m/w/d)",
        A("confirmation", LH, LHR, 11, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihre Bewerbung auf unser "
        "Traineeprogramm Digital Business (m/w/d) mit Start am 01.04.2026.\n\nWir haben Ihre "
        "Unterlagen erhalten. Das Auswahlverfahren umfasst ein Vorauswahlgespräch und einen "
        "Assessment-Center-Tag an unserem Stammsitz in Wermelskirchen. Wir melden uns bis Mitte "
        "Dezember bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Team Personal\nLindenhof Maschinenbau "
        "GmbH & Co. KG\n\nDiese E-Mail wurde automatisch versendet.",
    ),
    m(
        "70650",
        "2025-12-18 11:15",
        "Birgit Kemmerling <b.kemmerling@lmb-group.de>",
        "Einladung zum Assessment Center am 15.01.2026",
        A("interview", LH, LHR, 11, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nnach dem angenehmen Telefonat mit Herrn Voss freuen "
        "wir uns, Sie zu unserem Assessment Center für das Traineeprogramm Digital Business "
        "einzuladen.\n\nTermin: Donnerstag, 15. Januar 2026, 09:00 bis ca. 16:30 Uhr\nOrt: LMB "
        "Campus, Gebäude C, Lindenhofstraße 2–8, 42929 Wermelskirchen\n\nAblauf: Begrüßung, "
        "Unternehmenspräsentation, Gruppenübung, Fallstudie mit Präsentation, Einzelinterview, "
        "gemeinsames Mittagessen. Reisekosten (Deutschlandticket-Zuzahlung bzw. Kilometerpauschale) "
        "erstatten wir.\n\nBitte bestätigen Sie Ihre Teilnahme bis zum 05.01.2026.\n\nMit "
        "freundlichen Grüßen\nBirgit Kemmerling\nPersonalentwicklung\nLMB – Lindenhof "
        "Maschinenbau",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000LMBAC2026@lmb-group.de",
            "2026-01-15 09:00:00 +0100",
            "Assessment Center Traineeprogramm Digital Business",
            ("Birgit Kemmerling", "b.kemmerling@lmb-group.de"),
            minutes=450,
            style="outlook",
            location="LMB Campus, Gebäude C, Wermelskirchen",
        ),
    ),
    m(
        "70688",
        "2026-01-21 15:03",
        "Birgit Kemmerling <b.kemmerling@lmb-group.de>",
        "Ihr Vertragsangebot – Traineeprogramm Digital Business",
        A("offer", LH, LHR, 11, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nes freut mich sehr, Ihnen im Namen der "
        "Geschäftsleitung mitteilen zu dürfen, dass Sie uns im Assessment Center überzeugt haben. "
        "Wir bieten Ihnen hiermit einen Platz in unserem Traineeprogramm Digital Business an.\n\n"
        "Im Anhang finden Sie das Vertragsangebot (Start 01.04.2026, 18 Monate, anschließend "
        "unbefristete Übernahme geplant, Jahresbruttogehalt 52.000 €). Bitte senden Sie uns den "
        "unterschriebenen Vertrag bis zum 06.02.2026 zurück.\n\nFür Rückfragen stehe ich Ihnen "
        "gerne zur Verfügung.\n\nMit freundlichen Grüßen\nBirgit Kemmerling\nPersonalentwicklung\n"
        "Lindenhof Maschinenbau GmbH & Co. KG",
        attach=[
            (
                "Vertragsangebot_Hoffmeister.txt",
                "text/plain",
                "Arbeitsvertrag (Entwurf) "
                "zwischen Lindenhof Maschinenbau GmbH & Co. KG und Lena Hoffmeister ...",
            )
        ],
    ),
    m(
        "70699",
        "2026-01-30 10:28",
        "Birgit Kemmerling <b.kemmerling@lmb-group.de>",
        "AW: Unterschriebener Vertrag",
        A("offer", LH, LHR, 11, "direct"),
        "Liebe Frau Hoffmeister,\n\nherzlichen Dank, Ihr unterschriebener Vertrag ist bei uns "
        "eingegangen – herzlich willkommen bei Lindenhof! Ihr Gegenzeichnungsexemplar erhalten "
        "Sie in den nächsten Tagen per Post. Im März melden wir uns mit allen Infos zu Ihrem "
        "Onboarding.\n\nBeste Grüße\nBirgit Kemmerling\n\n> Am 28.01.2026 um 19:02 schrieb Lena "
        "Hoffmeister:\n> anbei sende ich Ihnen den unterschriebenen Vertrag zurück. Ich freue mich "
        "sehr!",
        st="accepted",
    ),
    # --- 12 IT.Rheinland Kommunal (Umantis) ------------------------------------------------------
    m(
        "70471",
        "2025-11-17 15:22",
        "Lena Hoffmeister <lena.hoffmeister@posteo.de>",
        "WG: Eingangsbestätigung Ihrer Bewerbung – Ausschreibung 2025/61",
        A("confirmation", IT, ITR, 12, "other"),
        "zur Sicherheit an meine private Adresse\n\n-------- Weitergeleitete Nachricht --------\n"
        "Betreff: Eingangsbestätigung Ihrer Bewerbung – Ausschreibung 2025/61\nDatum: Mon, 17 Nov "
        "2025 14:58:10 +0100\nVon: ITRK Bewerbermanagement <noreply@umantis.com>\nAn: "
        "lhoffme2@smail.uni-koeln.de\n\nSehr geehrte Frau Hoffmeister,\n\nwir bestätigen den "
        'Eingang Ihrer Online-Bewerbung für die Stelle "Trainee (m/w/d) Digitale Verwaltung" '
        "(Ausschreibung 2025/61, Entgeltgruppe 11 TVöD).\n\nDie Bewerbungsfrist endet am "
        "07.12.2025. Nach Fristende sichten wir alle Bewerbungen; bitte rechnen Sie mit einer "
        "Bearbeitungszeit von mehreren Wochen.\n\nSchwerbehinderte Menschen werden bei gleicher "
        "Eignung bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nIT.Rheinland Kommunal – "
        "Anstalt des öffentlichen Rechts\nPersonalservice",
    ),
    m(
        "70653",
        "2025-12-19 09:09",
        "ITRK Bewerbermanagement <noreply@umantis.com>",
        "Sachstand Ihrer Bewerbung – Ausschreibung 2025/61",
        A("confirmation", IT, ITR, 12, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nauf unsere Ausschreibung 2025/61 haben wir eine "
        "erfreulich hohe Zahl an Bewerbungen erhalten. Die Vorauswahl unter Beteiligung des "
        "Personalrats und der Gleichstellungsbeauftragten ist noch nicht abgeschlossen.\n\nWir "
        "werden Sie voraussichtlich im Februar 2026 über den weiteren Verlauf informieren und "
        "bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nIT.Rheinland Kommunal\n"
        "Personalservice",
    ),
    m(
        "70721",
        "2026-02-10 13:50",
        "ITRK Bewerbermanagement <noreply@umantis.com>",
        "Einladung zum Auswahlgespräch – Ausschreibung 2025/61",
        A("interview", IT, ITR, 12, "other"),
        "Sehr geehrte Frau Hoffmeister,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie "
        "in die engere Auswahl gekommen sind. Wir laden Sie hiermit zu einem strukturierten "
        "Auswahlgespräch ein:\n\nTermin: Mittwoch, 25.02.2026, 10:30 Uhr\nOrt: ITRK, "
        "Siegburger Str. 229c, 50679 Köln, Besprechungsraum 4.03\nDauer: ca. 60 Minuten\n\nBitte "
        "bestätigen Sie den Termin über das Bewerberportal. Reisekosten werden nicht erstattet.\n\n"
        "Mit freundlichen Grüßen\nIT.Rheinland Kommunal\nPersonalservice",
    ),
    # --- 13 Domstadt Medien (softgarden) ---------------------------------------------------------
    m(
        "70016",
        "2025-09-02 15:40",
        "Domstadt Medien GmbH <no-reply@softgarden.de>",
        "Vielen Dank für Ihre Bewerbung",
        A("confirmation", DM, DMR, 13, "other"),
        html="<p>Hallo Frau Hoffmeister,</p><p>vielen Dank für Ihre Bewerbung als Werkstudent (m/w/d) "
        "Marketing Analytics. Wir freuen uns über Ihr Interesse an der Domstadt Medien GmbH.</p>"
        "<p>Leider können wir nicht jede Bewerbung sofort beantworten – bitte haben Sie etwas "
        "Geduld, wir melden uns in jedem Fall bei Ihnen.</p><p>Viele Grüße<br>Ihr Domstadt Medien "
        "Recruiting-Team</p><p style='font-size:10px;color:#888'>Powered by softgarden</p>",
    ),
    m(
        "70029",
        "2025-09-09 11:58",
        "Jana Pesch <jana.pesch@domstadt-medien.de>",
        "Terminvorschlag Telefoninterview",
        A("interview", DM, DMR, 13, "direct"),
        "Hallo Frau Hoffmeister,\n\nIhre Bewerbung hat uns neugierig gemacht! Ich würde Sie gern "
        "in einem kurzen Telefoninterview (20–30 Min.) kennenlernen. Passt Ihnen Freitag, der "
        "12.09., um 13:00 Uhr?\n\nViele Grüße\nJana Pesch\nHR | Domstadt Medien GmbH\nIm "
        "Mediapark 6 · 50670 Köln",
    ),
    m(
        "70037",
        "2025-09-22 08:47",
        "Domstadt Medien GmbH <no-reply@softgarden.de>",
        "Ihre Bewerbung bei der Domstadt Medien GmbH",
        A("rejection", DM, DMR, 13, "other"),
        html="<p>Hallo Frau Hoffmeister,</p><p>nochmals vielen Dank für das nette Telefonat "
        "und Ihr Interesse an unserem Haus. Ihre Begeisterung für datengetriebenes Marketing kam "
        "deutlich rüber.</p><p>Nach Abschluss aller Gespräche haben wir uns jedoch für eine "
        "Bewerberin entschieden, die bereits Erfahrung mit unserem CRM-System mitbringt.</p>"
        "<p>Wir wünschen Ihnen alles Gute und viel Erfolg!</p><p>Viele Grüße<br>Jana Pesch<br>"
        "Domstadt Medien GmbH</p><p style='font-size:10px;color:#888'>Powered by softgarden</p>",
    ),
    m(
        "70039",
        "2025-09-24 10:00",
        "softgarden <survey@softgarden.de>",
        "Wie war Ihre Bewerbung bei Domstadt Medien? (2 Minuten)",
        ("other_job", DM, None, None, "other", "de"),
        html="<p>Hallo,</p><p>Sie haben sich kürzlich bei <b>Domstadt Medien GmbH</b> beworben. "
        "Helfen Sie uns, den Bewerbungsprozess zu verbessern, und bewerten Sie Ihre Erfahrung – "
        "anonym und in nur zwei Minuten.</p><p><a href='https://feedback.softgarden.de/s/"
        "dmk2025'>Zur Umfrage</a></p>",
    ),
    # --- 15 Kontora (Personio), withdrawn --------------------------------------------------------
    m(
        "70209",
        "2025-10-16 19:03",
        "Kontora <notifications@personio.de>",
        "Deine Bewerbung bei Kontora",
        A("confirmation", KO, KOR, 15, "personio"),
        "Hi Lena,\n\nvielen Dank für deine Bewerbung als Praktikant*in Product Management (m/w/d) "
        "bei Kontora! Wir haben alles erhalten und melden uns zeitnah.\n\nFalls du nichts von uns "
        "hörst: keine Sorge, wir antworten jeder Person.\n\nBeste Grüße\nTeam Kontora\n\n"
        "Kontora Finance GmbH · Mediapark 8 · 50670 Köln",
    ),
    m(
        "70217",
        "2025-10-20 08:55",
        "Can Yıldırım <can@kontora.de>",
        "Interview Praktikum Product Management",
        A("interview", KO, KOR, 15, "direct"),
        "Hi Lena,\n\ndanke für deine Bewerbung! Ich leite das Product-Team und würde dich gern "
        "kennenlernen. Buch dir einfach einen Slot für nächste Woche:\nhttps://calendly.com/"
        "can-kontora/30min\n\nViele Grüße\nCan\n\nCan Yıldırım · Head of Product · Kontora",
    ),
    m(
        "70225",
        "2025-10-24 11:36",
        "Can Yıldırım <can@kontora.de>",
        "Re: Rückzug meiner Bewerbung",
        A("confirmation", KO, KOR, 15, "direct"),
        "Hi Lena,\n\ndanke für die ehrliche Nachricht – total verständlich. Ich habe deine "
        "Bewerbung im System geschlossen. Wenn du nach der Masterarbeit wieder Lust auf Fintech "
        "hast, meld dich gern direkt bei mir.\n\nViel Erfolg!\nCan\n\n> Am 23.10.2025 um 22:41 "
        "schrieb Lena Hoffmeister <lena.hoffmeister@posteo.de>:\n> Hallo Can,\n> ich ziehe meine "
        "Bewerbung für das Praktikum leider zurück, da sich mein Zeitplan für das kommende "
        "Semester geändert hat.\n> Viele Grüße, Lena",
        st="withdrawn",
    ),
    # --- 16 Vireon Consulting (Absolventa) --------------------------------------------------------
    m(
        "70741",
        "2026-01-07 22:15",
        "Absolventa <service@absolventa.de>",
        "Deine Bewerbung bei Vireon Consulting wurde übermittelt",
        A("confirmation", VI, VIR, 16, "other"),
        html="<p>Hallo Lena,</p><p>deine Bewerbung für <b>Traineeprogramm IT-Consulting (m/w/d)</b> "
        "bei <b>Vireon Consulting AG</b> wurde erfolgreich übermittelt.</p><p>Wir drücken dir die "
        "Daumen!<br>Dein Absolventa-Team</p>",
    ),
    m(
        "70743",
        "2026-01-08 09:02",
        "Vireon Group Recruiting <talent@vireon-group.com>",
        "Eingangsbestätigung – Traineeprogramm IT-Consulting",
        A("confirmation", VI, VIR, 16, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für Ihre Bewerbung. Ihre Unterlagen "
        "sind bei uns eingegangen und werden derzeit von unserem Recruiting-Team geprüft.\n\n"
        "Mit freundlichen Grüßen\nRecruiting | Vireon Group\n\nVireon Consulting AG · Speditionstr. "
        "21 · 40221 Düsseldorf",
    ),
    m(
        "70762",
        "2026-01-19 16:22",
        "Marc Dellbrügge <marc.dellbruegge@vireon-consulting.de>",
        "Einladung Kennenlerngespräch",
        A("interview", VI, VIR, 16, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nwir würden Sie gern in einem ersten "
        "Kennenlerngespräch per Video näher kennenlernen. Bitte wählen Sie einen passenden "
        "Termin über unser Buchungstool:\n\nhttps://outlook.office365.com/book/"
        "VireonRecruiting@vireon-group.com/\n\nMit freundlichen Grüßen\nMarc Dellbrügge\nManager "
        "| Vireon Consulting AG",
    ),
    m(
        "70765",
        "2026-01-20 08:30",
        "Microsoft Bookings <VireonRecruiting@vireon-group.com>",
        "Buchung bestätigt: Kennenlerngespräch Traineeprogramm",
        A("interview", VI, VIR, 16, "direct"),
        "Ihre Buchung wurde bestätigt.\n\nKennenlerngespräch Traineeprogramm\nDonnerstag, 22. "
        "Januar 2026, 14:00 – 14:45\nMitarbeiter: Marc Dellbrügge\nMicrosoft Teams-Besprechung\n\n"
        "Vireon Group",
        ics=ev(
            "040000008200E00074C5B7101A82E008000000VIRBOOK@vireon-group.com",
            "2026-01-22 14:00:00 +0100",
            "Kennenlerngespräch Traineeprogramm",
            ("Vireon Recruiting", "VireonRecruiting@vireon-group.com"),
            minutes=45,
            style="outlook",
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "70782",
        "2026-02-04 12:12",
        "Vireon Group Recruiting <talent@vireon-group.com>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", VI, VIR, 16, "direct"),
        "Sehr geehrte Frau Hoffmeister,\n\nvielen Dank für das Gespräch mit Herrn Dellbrügge. "
        "Wir haben uns gefreut, Sie kennenzulernen.\n\nNach reiflicher Überlegung haben wir "
        "entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen. Wir "
        "bedauern, Ihnen keine positivere Nachricht geben zu können.\n\nMit freundlichen Grüßen\n"
        "Recruiting | Vireon Group",
    ),
    # --- German alerts, outreach, other job mail -------------------------------------------------
    m(
        "70901",
        "2025-09-01 07:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Werkstudent Wirtschaftsinformatik“ in Köln",
        ("alert", None, None, None, "other", "de"),
        html="<p>Hallo Lena,</p><p>hier sind neue Jobs für Ihren Jobagenten:</p><ul><li>Werkstudent "
        "SAP (m/w/d) – Kölnwerke AG – Köln</li><li>Working Student IT Security – Hadrion GmbH – "
        "Leverkusen</li><li>Werkstudent Prozessmanagement – Vorbach Versicherungen – Köln</li>"
        "</ul><p><a href='https://www.stepstone.de/jobagent'>Alle 12 Jobs ansehen</a></p>",
    ),
    m(
        "70902",
        "2025-10-20 07:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs: Praktikum Business Analyst – Köln, Düsseldorf",
        ("alert", None, None, None, "other", "de"),
        html="<p>Hallo Lena,</p><ul><li>Praktikum Business Analyse – Hellwerk Bank – Düsseldorf</li>"
        "<li>Pflichtpraktikum IT-Consulting – Brixen & Partner – Köln</li></ul><p>Jetzt bewerben "
        "und durchstarten!</p>",
    ),
    m(
        "70903",
        "2025-12-01 07:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "8 neue Jobs für „Trainee IT“",
        ("alert", None, None, None, "other", "de"),
        html="<p>Hallo Lena,</p><ul><li>Trainee IT &amp; Digitalisierung (m/w/d) – Kranich "
        "Logistik GmbH &amp; Co. KG – Niederkassel</li><li>Traineeprogramm SAP – Orbis Chemie – "
        "Leverkusen</li></ul><p>Alle Jobs ansehen</p>",
    ),
    m(
        "70904",
        "2025-09-18 18:30",
        "XING <mailrobot@mail.xing.com>",
        "Lena, diese Jobs könnten Sie interessieren",
        ("alert", None, None, None, "other", "de"),
        html="<p>Jobs für Sie: Werkstudent Data Engineering (Bonn), Werkstudent BI (Köln), Junior "
        "Consultant (Düsseldorf)</p><p>Ihr XING-Team</p>",
    ),
    m(
        "70905",
        "2025-10-03 08:15",
        "Career Service <careerservice@th-porz.de>",
        "Stellenportal: 14 neue Praktikumsangebote im Oktober",
        ("alert", None, None, None, "other", "de"),
        "Liebe Studierende,\n\nim Stellenportal des Career Service sind diese Woche 14 neue "
        "Praktikumsangebote eingegangen, u. a. von Stadtwerke Brühlingen (Energiedatenmanagement), "
        "Ehrenfeld Consulting und der Kreissparkasse Porz.\n\nJetzt einloggen: https://"
        "karriere.th-porz.de\n\nAußerdem: Bewerbungsmappen-Check jeden Dienstag 12–14 Uhr.\n\n"
        "Ihr Career Service",
    ),
    m(
        "70906",
        "2025-11-25 08:15",
        "Career Service <careerservice@th-porz.de>",
        "Traineeprogramme 2026: Jetzt bewerben + Firmenkontaktmesse",
        ("alert", None, None, None, "other", "de"),
        "Liebe Studierende,\n\nviele Unternehmen starten jetzt die Bewerbungsphase für ihre "
        "Traineeprogramme 2026. Eine Auswahl aus unserem Portal: Lindenhof Maschinenbau "
        "(Digital Business), Rheinfeld Gruppe (IT), Vireon Consulting.\n\nAm 4.12. findet "
        "außerdem die Firmenkontaktmesse im Foyer statt.\n\nIhr Career Service",
    ),
    m(
        "70907",
        "2025-12-12 10:00",
        "Absolventa <newsletter@absolventa.de>",
        "Die 10 besten Traineeprogramme für Wirtschaftsinformatiker*innen",
        ("alert", None, None, None, "other", "de"),
        html="<h2>Traineeprogramme mit Start 2026</h2><p>Hallo Lena, wir haben für dich passende "
        "Einstiegsprogramme herausgesucht – von IT-Consulting bis Digital Banking.</p><p>Vireon "
        "Consulting · Orbis Chemie · Hellwerk Bank · ...</p><p>Jetzt entdecken</p>",
    ),
    m(
        "70908",
        "2025-09-14 12:00",
        "JOIN <noreply@join.com>",
        "Du hast deine Bewerbung bei Fuchsbau Games noch nicht abgeschickt",
        ("alert", "Fuchsbau Games", "Werkstudent Data & Monetization", None, "other", "de"),
        "Hi Lena,\n\ndu hast angefangen, dich als Werkstudent Data & Monetization bei Fuchsbau "
        "Games zu bewerben, aber deine Bewerbung ist noch nicht vollständig. Es fehlt nur noch "
        "dein Lebenslauf!\n\nBewerbung abschließen: https://join.com/companies/fuchsbau/apply\n\n"
        "Dein JOIN Team",
    ),
    m(
        "70909",
        "2025-10-27 09:30",
        "Helvor Talent Community <talent@helvor-karriere.de>",
        "Willkommen in der Helvor Talent Community!",
        ("alert", "Helvor", None, None, "other", "de"),
        html="<p>Hallo Lena,</p><p>schön, dass du Teil unserer Talent Community bist! Ab sofort "
        "bekommst du passende Stellen, Einladungen zu Events und Einblicke hinter die Kulissen "
        "von Helvor – ganz ohne dich gleich bewerben zu müssen.</p><p>Dein Helvor Employer "
        "Branding Team</p>",
    ),
    m(
        "70910",
        "2025-11-20 14:44",
        "Nadine Brockhaus via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Trainee Data & Analytics bei Kessler & Roth?",
        ("outreach", "Kessler & Roth", "Trainee Data & Analytics", None, "linkedin", "de"),
        "Hallo Lena,\n\nich bin Recruiterin bei Kessler & Roth, einem Handelsunternehmen aus "
        "Bonn. Dein Profil passt richtig gut zu unserem Trainee Data & Analytics (Start April "
        "2026): Master Wirtschaftsinformatik, Power BI, SQL – genau das suchen wir.\n\nHast du "
        "Lust, dass wir uns mal 15 Minuten austauschen?\n\nViele Grüße\nNadine\n\nAntworten",
    ),
    m(
        "70911",
        "2026-01-13 10:10",
        "Thorsten Steinhaus <t.steinhaus@steinhaus-personalberatung.de>",
        "Direkteinstieg IT-Projektmanagement – Automobilzulieferer Raum Köln/Bonn",
        ("outreach", None, "Junior IT-Projektmanager (m/w/d)", None, "agency", "de"),
        "Sehr geehrte Frau Hoffmeister,\n\nim Auftrag eines erfolgreichen mittelständischen "
        "Automobilzulieferers im Raum Köln/Bonn suche ich eine/n Junior IT-Projektmanager (m/w/d) "
        "im Direkteinstieg. Ihr Profil auf XING hat mich neugierig gemacht.\n\nDas Einstiegsgehalt "
        "liegt bei 55–60 T€, inkl. Firmenwagen nach der Probezeit. Diskretion ist "
        "selbstverständlich.\n\nHätten Sie Interesse an einem vertraulichen Gespräch?\n\nMit "
        "freundlichen Grüßen\nThorsten Steinhaus\nSteinhaus Personalberatung\nPersonalberatung "
        "für Fach- und Führungskräfte",
    ),
    m(
        "70912",
        "2025-09-02 07:05",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: werkstudent business analyst in Köln",
        ("alert", None, None, None, "indeed", "de"),
        html="<p>Werkstudent Business Analyst (m/w/d) – Sparkonto Direktbank – Köln – 15 € – 18 € "
        "pro Stunde</p><p>Werkstudent Controlling (m/w/d) – Rösner Facility Services GmbH – Hürth"
        "</p><p>Einfach bewerben</p>",
    ),
    m(
        "70913",
        "2026-01-05 07:05",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: trainee wirtschaftsinformatik in Köln",
        ("alert", None, None, None, "indeed", "de"),
        html="<p>Traineeprogramm IT (m/w/d) – Orbis Chemie – Leverkusen</p><p>Trainee SAP "
        "Logistik – Kranich Logistik – Niederkassel</p><p>Jobs ansehen</p>",
    ),
]
