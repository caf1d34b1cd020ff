# ruff: noqa: E501, RUF100
"""Corpus 105, job mail part two, alerts and outreach (data only): see heldout105.py."""

from __future__ import annotations

from typing import Any

from heldout105_jobs import A, m


def J(cat, src, lang="de", co=None, role=None):
    return (cat, co, role, None, src, lang)


def ev(uid, start, org, summary, loc, minutes=60, style="outlook"):
    return {
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "organizer": org,
        "summary": summary,
        "location": loc,
        "style": style,
    }


BIRV, BIRVR = (
    "Bundesinstitut für Risikoanalytik und Verbraucherschutz",
    "Wissenschaftliche Mitarbeiterin Lebensmitteltoxikologie",
)
SOR, SORR = "Sorbitec Pharma Dresden", "Laborleiter Qualitätskontrolle (m/w/d)"
MYZ, MYZR = "Myzelia", "Lab Manager (m/w/d)"
NAN, NANR = "Nanoklar", "Senior Scientist Assay Development (m/w/d)"
REI, REIR = "Labor Dr. Reinhold & Partner", "Laborleitung Molekularbiologie (m/w/d)"
UWS, UWSR = "Umweltanalytik Westsachsen", "Laborleiterin Organische Analytik (m/w/d)"
COR, CORR = "Corvanta Diagnostics", "Lab Operations Manager"
EPS, EPSR = "Elbe Pharma Services", "Teamleitung Bioanalytik (m/w/d)"
AWE, AWER = "Arzneimittelwerk Elbtal", "Laborleitung Mikrobiologie (m/w/d)"
MZU, MZUR = "MZU", "Wissenschaftliche Mitarbeiterin Umweltgenomik / Laborkoordination"
OPT, OPTR = "Optolyt", "Application Scientist Life Science (m/w/d)"
PEP, PEPR = "Peptidwerk Halle", "Laborleitung Peptidsynthese"
DIBG, DIBGR = "DIBG", "Postdoctoral Researcher / Lab Manager, Tissue Engineering"

MAIL: list[dict[str, Any]] = [
    # --- 9 BIRV via interamt: ghosted ------------------------------------------------------------
    m(
        "74091",
        "2025-09-12 07:31",
        "Interamt <noreply@interamt.de>",
        "Interamt: Ihre Bewerbung auf das Stellenangebot 1287450",
        A("confirmation", BIRV, BIRVR, 9, "other"),
        "Sehr geehrte Frau Dr. Oertel,\n\nSie haben sich erfolgreich über Interamt auf das folgende Stellenangebot beworben:\n\nStellenangebot-ID: 1287450\nBehörde: Bundesinstitut für Risikoanalytik und Verbraucherschutz (BIRV)\nBezeichnung: Wissenschaftliche/r Mitarbeiter/in (w/m/d) Lebensmitteltoxikologie, Entgeltgruppe 13 TVöD Bund, befristet\nDienstort: Dresden\n\nDie ausschreibende Behörde wurde über Ihre Bewerbung informiert.\n\nIhr Interamt-Team",
    ),
    # --- 10 Sorbitec Pharma Dresden (Workday of the Halvorsen Group) ------------------------
    m(
        "74101",
        "2025-09-16 21:07",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung - R-0048812",
        A("confirmation", SOR, SORR, 10, "workday"),
        html="<html><body><p>Hallo Miriam,</p><p>vielen Dank für Ihr Interesse an der Halvorsen Group. Ihre Bewerbung für die Position <b>Laborleiter Qualitätskontrolle (m/w/d)</b> (R-0048812) am Standort Dresden ist bei uns eingegangen.</p><p>Wir prüfen Ihre Unterlagen und melden uns, sobald es Neuigkeiten gibt. Leider können wir nicht allen Bewerberinnen und Bewerbern eine positive Rückmeldung geben.</p><p>Den Status Ihrer Bewerbung sehen Sie jederzeit auf unserer Karriereseite.</p><p>Ihr Talent Acquisition Team</p></body></html>",
    ),
    m(
        "74102",
        "2025-10-07 13:58",
        "Katrin Wolfram <katrin.wolfram@halvorsen-group.com>",
        "Sorbitec Dresden | Ihr Interview am 15.10.",
        A("interview", SOR, SORR, 10, "direct"),
        "Hallo Frau Oertel,\n\nwie telefonisch besprochen, sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch am Werk Dresden-Klotzsche. Sie sprechen mit Herrn Dr. Große (Head of Quality Control) und mir. Bitte melden Sie sich am Empfang Tor 2; wir holen Sie dort ab. Für den Laborrundgang erhalten Sie Schutzkleidung.\n\nBeste Grüße\nKatrin Wolfram\nTalent Acquisition Partner Germany\nHalvorsen Group | Sorbitec Pharma Dresden GmbH\nKönigsbrücker Landstraße 159, 01109 Dresden",
        ics=ev(
            "sorbitec-qc-1015",
            "2025-10-15 10:00:00 +0200",
            ("Katrin Wolfram", "katrin.wolfram@halvorsen-group.com"),
            "Interview Laborleiter QC – Miriam Oertel",
            "Sorbitec Pharma Dresden GmbH, Tor 2",
            90,
        ),
    ),
    m(
        "74103",
        "2025-10-30 17:20",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Update zu Ihrer Bewerbung",
        A("rejection", SOR, SORR, 10, "workday"),
        "Hallo Miriam,\n\nvielen Dank für Ihre Zeit und das Interesse an der Position Laborleiter Qualitätskontrolle (m/w/d) bei der Sorbitec Pharma Dresden GmbH. Wir haben Ihr Gespräch als sehr angenehm empfunden und Ihre wissenschaftliche Tiefe geschätzt.\n\nNach reiflicher Überlegung haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, die mehr Erfahrung in einem GMP-regulierten Umfeld mitbringen.\n\nWir wünschen Ihnen viel Erfolg.\n\nTalent Acquisition | Halvorsen Group",
    ),
    # --- 11 Myzelia (Personio, du): founder, Probetag, offer declined ------------------------
    m(
        "74111",
        "2025-10-01 12:03",
        "Myzelia GmbH <noreply@personio.de>",
        "Danke für deine Bewerbung bei Myzelia!",
        A("confirmation", MYZ, MYZR, 11, "personio"),
        "Hey Miriam,\n\ndanke für deine Bewerbung als Lab Manager (m/w/d)! Wir schauen uns alles in Ruhe an und melden uns innerhalb von zwei Wochen bei dir – versprochen.\n\nPilzige Grüße aus der Spinnerei\ndein Myzelia-Team\n\nMyzelia GmbH · Spinnereistraße 7 · 04179 Leipzig",
    ),
    m(
        "74112",
        "2025-10-08 22:41",
        "Lukas Brandt <lukas.brandt.lpz@gmail.com>",
        "Myzelia - kurzer Call?",
        A("interview", MYZ, MYZR, 11, "direct"),
        "Hi Miriam,\n\nich bin Lukas, einer der Gründer von Myzelia (schreibe von privat, unser Mailserver zickt gerade). Deine Bewerbung hat uns echt gefreut – jemand mit MS-Erfahrung, der ein Labor von Null aufbauen will, ist genau das, was wir suchen.\n\nHast du Lust auf einen Videocall nächsten Dienstag oder Mittwoch um 17 Uhr? Such dir einfach einen Slot aus: https://cal.com/lukas-myzelia/30min\n\nViele Grüße\nLukas\nCo-Founder & CEO, Myzelia",
    ),
    m(
        "74113",
        "2025-10-23 09:15",
        "Lukas Brandt <lukas@myzelia.de>",
        "Probetag bei uns in der Spinnerei",
        A("interview", MYZ, MYZR, 11, "direct"),
        "Hi Miriam,\n\nwie am Telefon besprochen: Komm gern am Freitag, 31.10., ab 9:30 Uhr zum Probetag vorbei. Du lernst Anne (unsere Fermentations-Queen) und den Rest des Teams kennen und schaust dir unser Labor an. Mittagessen geht auf uns. Kittel bringen wir mit.\n\nHalle 14, 2. OG, einfach klingeln bei Myzelia.\n\nBis dann!\nLukas",
    ),
    m(
        "74114",
        "2025-11-14 18:30",
        "Lukas Brandt <lukas@myzelia.de>",
        "Dein Angebot von Myzelia",
        A("offer", MYZ, MYZR, 11, "direct"),
        "Hi Miriam,\n\nwir fanden den Probetag mit dir super und wollen dich unbedingt im Team haben! Anbei unser Angebot: Lab Manager, unbefristet, 58.000 € brutto im Jahr plus virtuelle Anteile (VSOP), 30 Tage Urlaub, Start gern ab Januar.\n\nLass uns gern nochmal telefonieren, falls du Fragen hast. Wir würden uns riesig freuen.\n\nLukas & Anne",
        attach=[("Angebot_Myzelia_Oertel.pdf", "application/pdf", "%PDF-1.4 Angebot Lab Manager")],
    ),
    m(
        "74115",
        "2025-11-26 20:02",
        "Lukas Brandt <lukas@myzelia.de>",
        "Re: Dein Angebot von Myzelia",
        A("offer", MYZ, MYZR, 11, "direct"),
        "Hi Miriam,\n\nschade, aber total nachvollziehbar – die Befristung in der Wissenschaft ist halt doch ein anderes Sicherheitsgefühl als ein Start-up in der Seed-Phase. Danke, dass du so offen warst. Wenn du mal Lust hast, auf ein Bier in der Spinnerei vorbeizukommen, melde dich!\n\nAlles Gute\nLukas\n\n> Lieber Lukas, ich habe lange überlegt, muss euer Angebot aber leider ablehnen ...",
        st="declined",
    ),
    # --- 12 Nanoklar (softgarden, du): rejection --------------------------------------------
    m(
        "74121",
        "2025-10-03 15:44",
        "Nanoklar GmbH <no-reply@softgarden.io>",
        "Deine Bewerbung ist bei uns angekommen",
        A("confirmation", NAN, NANR, 12, "other"),
        html="<html><body><p>Hallo Miriam,</p><p>vielen Dank für deine Bewerbung als <b>Senior Scientist Assay Development (m/w/d)</b>. Wir haben deine Unterlagen erhalten und melden uns bald bei dir.</p><p>Falls es diesmal nicht klappt, sagen wir dir auf jeden Fall Bescheid.</p><p>Viele Grüße aus Dresden<br>Dein Nanoklar People Team</p></body></html>",
    ),
    m(
        "74122",
        "2025-10-21 11:11",
        "Nanoklar GmbH <no-reply@softgarden.io>",
        "Deine Bewerbung bei Nanoklar",
        A("rejection", NAN, NANR, 12, "other"),
        "Hallo Miriam,\n\nerst mal danke, dass du dir Nanoklar ausgesucht hast! Dein Lebenslauf ist wirklich stark und deine Publikationsliste hat uns beeindruckt.\n\nTrotzdem haben wir uns nach langem Hin und Her dafür entschieden, mit anderen Kandidat:innen weiterzumachen, deren Erfahrung näher an Lateral-Flow-Assays liegt.\n\nWir drücken dir die Daumen!\nDein Nanoklar People Team",
    ),
    # --- 13 Labor Dr. Reinhold & Partner via StepStone: ghosted -----------------------------
    m(
        "74131",
        "2025-10-06 19:25",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        A("confirmation", REI, REIR, 13, "other"),
        html="<html><body><p>Hallo Miriam Oertel,</p><p>Ihre Bewerbung wurde erfolgreich an <b>MVZ Labor Dr. Reinhold & Partner GmbH</b> gesendet.</p><p>Stelle: Laborleitung Molekularbiologie (m/w/d) – Chemnitz</p><p>Tipp: Unternehmen antworten im Schnitt innerhalb von 10 Tagen. Ähnliche Jobs finden Sie in Ihrem StepStone-Konto.</p><p>Ihr StepStone Team</p></body></html>",
    ),
    m(
        "74132",
        "2025-10-07 08:12",
        "MVZ Labor Dr. Reinhold & Partner <karriere@labor-reinhold.de>",
        "Eingangsbestätigung",
        A("confirmation", REI, REIR, 13, "direct"),
        "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Wir melden uns zeitnah.\n\nMVZ Labor Dr. Reinhold & Partner GmbH\nPersonal",
    ),
    # --- 14 Umweltanalytik Westsachsen via Indeed: rejection ---------------------------------
    m(
        "74141",
        "2025-10-10 10:02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung eingereicht: Laborleiterin Organische Analytik (m/w/d)",
        A("confirmation", UWS, UWSR, 14, "indeed"),
        "Miriam, Ihre Bewerbung wurde an Umweltanalytik Westsachsen GmbH gesendet.\n\nLaborleiterin Organische Analytik (m/w/d)\nUmweltanalytik Westsachsen GmbH – Zwickau\n\nDas ist der nächste Schritt: Der Arbeitgeber prüft Ihre Bewerbung. Sie erhalten eine Benachrichtigung, falls er Kontakt zu Ihnen aufnimmt.\n\nIndeed",
    ),
    m(
        "74142",
        "2025-11-19 16:36",
        "Sabine Ulbricht <s.ulbricht@uws-zwickau.de>",
        "Ihre Bewerbung vom 10.10.2025",
        A("rejection", UWS, UWSR, 14, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen. Ihre Qualifikation ist zweifellos beeindruckend.\n\nWir haben uns aber für eine Bewerberin aus der Region entschieden, die bereits Erfahrung mit der DIN EN ISO/IEC 17025 in einem Auftragslabor hat. Wir bitten um Verständnis und wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nSabine Ulbricht\nGeschäftsführung\nUmweltanalytik Westsachsen GmbH",
    ),
    # --- 15 Corvanta Diagnostics via LinkedIn: viewed, rejection (English) -------------------
    m(
        "74151",
        "2025-10-14 12:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Miriam, your application was sent to Corvanta Diagnostics",
        A("confirmation", COR, CORR, 15, "linkedin", "en"),
        "Your application was sent to Corvanta Diagnostics\n\nLab Operations Manager\nCorvanta Diagnostics · Leipzig, Saxony, Germany (On-site)\n\nApplied on Oct 14, 2025\n\nView similar jobs",
    ),
    m(
        "74152",
        "2025-10-17 09:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Corvanta Diagnostics",
        A("viewed", COR, CORR, 15, "linkedin", "en"),
        "Corvanta Diagnostics viewed your application for Lab Operations Manager.\n\nThe hiring team may reach out to you directly.",
    ),
    m(
        "74153",
        "2025-11-07 15:12",
        "Corvanta Talent Team <talent@corvanta-dx.com>",
        "Your application for Lab Operations Manager",
        A("rejection", COR, CORR, 15, "direct", "en"),
        "Hi Miriam,\n\nthank you for your interest in Corvanta and for the time you invested in your application. We were impressed by your background in mass spectrometry.\n\nAfter careful consideration, we have decided to move forward with other candidates whose experience is more closely aligned with the operational requirements of this role. We will keep your profile on file.\n\nBest regards,\nCorvanta Talent Team",
    ),
    # --- 16 Elbe Pharma Services via XING: interview, on hold -------------------------------
    m(
        "74161",
        "2025-10-16 18:55",
        "XING <mailrobot@mail.xing.com>",
        "Ihre Bewerbung bei Elbe Pharma Services GmbH",
        A("confirmation", EPS, EPSR, 16, "other"),
        "Hallo Miriam Oertel,\n\nIhre Bewerbung auf „Teamleitung Bioanalytik (m/w/d)“ bei Elbe Pharma Services GmbH in Radebeul wurde erfolgreich übermittelt.\n\nViel Erfolg wünscht\nIhr XING Team",
    ),
    m(
        "74162",
        "2025-11-04 11:28",
        "Henrik Blaschke <henrik.blaschke@elbe-pharma.de>",
        "Teamleitung Bioanalytik - Terminvorschlag",
        A("interview", EPS, EPSR, 16, "direct"),
        "Sehr geehrte Frau Oertel,\n\nvielen Dank für Ihre Bewerbung über XING. Wir würden Sie gern in einem ersten Gespräch per Teams kennenlernen, z. B. am 12.11. um 15:00 Uhr. Die Einladung schicke ich Ihnen separat.\n\nBeste Grüße\nHenrik Blaschke\nLeiter Bioanalytik, Elbe Pharma Services GmbH, Radebeul",
        ics=ev(
            "eps-bioana-1112",
            "2025-11-12 15:00:00 +0100",
            ("Henrik Blaschke", "henrik.blaschke@elbe-pharma.de"),
            "Kennenlernen Teamleitung Bioanalytik / Oertel",
            "Microsoft Teams",
            45,
        ),
    ),
    m(
        "74163",
        "2025-12-02 10:40",
        "Henrik Blaschke <henrik.blaschke@elbe-pharma.de>",
        "AW: Teamleitung Bioanalytik",
        A("confirmation", EPS, EPSR, 16, "direct"),
        "Sehr geehrte Frau Oertel,\n\ndanke für Ihre Nachfrage. Leider muss ich Ihnen mitteilen, dass die Besetzung der Stelle vorerst ausgesetzt ist: Ein großer Auftraggeber hat eine Studie verschoben, und die Geschäftsführung möchte die Teamstruktur im ersten Quartal neu bewerten. Ihre Bewerbung bleibt aber im Verfahren, und ich melde mich, sobald es weitergeht.\n\nBeste Grüße\nHenrik Blaschke",
        st="on_hold",
    ),
    # --- 17 Agency Proventus, unnamed then Arzneimittelwerk Elbtal ------------------------------
    m(
        "74171",
        "2025-10-20 08:47",
        "Felix Hartung <f.hartung@proventus-personal.de>",
        "Laborleitung Mikrobiologie bei einem Pharmahersteller im Raum Dresden",
        J("outreach", "agency"),
        "Guten Tag Frau Dr. Oertel,\n\nich bin auf Ihr Profil bei XING gestoßen und möchte Ihnen eine spannende Position vorstellen: Für einen mittelständischen, inhabergeführten Arzneimittelhersteller im Raum Dresden suchen wir eine Laborleitung Mikrobiologie (m/w/d), unbefristet, 70–78 T€.\n\nHätten Sie diese Woche Zeit für ein kurzes, vertrauliches Telefonat?\n\nBeste Grüße\nFelix Hartung\nSenior Consultant Life Sciences\nProventus Life Science Personal GmbH, Leipzig",
    ),
    m(
        "74172",
        "2025-10-27 14:05",
        "Felix Hartung <f.hartung@proventus-personal.de>",
        "Ihr Profil an die Arzneimittelwerk Elbtal GmbH",
        A("confirmation", AWE, AWER, 17, "agency"),
        "Hallo Frau Dr. Oertel,\n\nwie besprochen habe ich Ihr Profil heute an unseren Kunden, die Arzneimittelwerk Elbtal GmbH in Pirna, weitergeleitet. Mit Ihrer Freigabe habe ich das Gehalt mit 74 T€ angegeben. Ich melde mich, sobald ich Feedback habe.\n\nBeste Grüße\nFelix Hartung",
    ),
    m(
        "74173",
        "2025-11-06 12:20",
        "Felix Hartung <f.hartung@proventus-personal.de>",
        "Einladung AWE Pirna - 13.11., 10 Uhr",
        A("interview", AWE, AWER, 17, "agency"),
        "Hallo Frau Dr. Oertel,\n\ngute Nachrichten: AWE möchte Sie kennenlernen! Termin: Donnerstag, 13.11., 10:00 Uhr vor Ort in Pirna (Rottwerndorfer Straße 40), mit Frau Dr. Kühnel (Leitung Qualität) und dem Personalleiter. Planen Sie 2 Stunden inkl. Werksführung ein.\n\nIch rufe Sie am Vortag zur Vorbereitung an.\n\nBeste Grüße\nFelix Hartung",
    ),
    m(
        "74174",
        "2025-11-21 16:50",
        "Felix Hartung <f.hartung@proventus-personal.de>",
        "Feedback AWE",
        A("rejection", AWE, AWER, 17, "agency"),
        "Hallo Frau Dr. Oertel,\n\nich habe heute Feedback aus Pirna bekommen. Man war von Ihrer Art und Ihrer Fachlichkeit sehr angetan, hat sich aber für einen internen Kandidaten entschieden, der die Abteilung bereits kommissarisch leitet. Tut mir leid – das war knapp.\n\nIch habe noch zwei weitere Mandate im Kopf und melde mich.\n\nBeste Grüße\nFelix Hartung",
    ),
    # --- 18 MZU (softgarden) via academics.de: Probevortrag, on hold -----------------------------
    m(
        "74181",
        "2025-10-24 09:30",
        "Mitteldeutsches Zentrum für Umweltgenomik <no-reply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung (MZU-2025-088)",
        A("confirmation", MZU, MZUR, 18, "other"),
        html="<html><body><p>Sehr geehrte Frau Dr. Oertel,</p><p>vielen Dank für Ihre Bewerbung als Wissenschaftliche Mitarbeiterin / Laborkoordination (MZU-2025-088). Ihre Unterlagen sind vollständig eingegangen.</p><p>Mit freundlichen Grüßen<br>Personalabteilung des MZU<br>Mitteldeutsches Zentrum für Umweltgenomik Halle-Jena-Leipzig<br>gemeinsame Einrichtung der Francke-Universität Halle, der Friedrich-Schelling-Universität Jena und der Lindenau-Universität Leipzig</p></body></html>",
    ),
    m(
        "74182",
        "2025-11-20 13:13",
        "Prof. Dr. Elke Marschner <elke.marschner@mzu-genomik.de>",
        "Einladung zu Probevortrag und Gespräch",
        A("interview", MZU, MZUR, 18, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nwir freuen uns, Sie am 4. Dezember 2025 um 14:00 Uhr zu einem Probevortrag (20 min) mit anschließendem Gespräch in das MZU, Puschstraße 4, Leipzig, einladen zu dürfen. Bitte geben Sie uns kurz Bescheid, ob Sie den Termin wahrnehmen können.\n\nMit freundlichen Grüßen\nElke Marschner\nSprecherin des MZU",
        ics=ev(
            "mzu-088-1204",
            "2025-12-04 14:00:00 +0100",
            ("Elke Marschner", "elke.marschner@mzu-genomik.de"),
            "Probevortrag MZU-2025-088 (Oertel)",
            "MZU Leipzig, Puschstraße 4, Raum 0.12",
            75,
        ),
    ),
    m(
        "74183",
        "2026-01-14 11:22",
        "Prof. Dr. Elke Marschner <elke.marschner@mzu-genomik.de>",
        "Stand des Verfahrens MZU-2025-088",
        A("confirmation", MZU, MZUR, 18, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nleider verzögert sich die Besetzung: Die DFG hat die Bewilligung der zweiten Förderphase noch nicht abschließend bestätigt, und ohne sie können wir keinen Vertrag anbieten. Das Verfahren ruht daher bis voraussichtlich April. Sie gehören weiterhin zum engeren Kreis; ich melde mich, sobald ich mehr weiß.\n\nMit freundlichen Grüßen\nElke Marschner",
        st="on_hold",
    ),
    # --- 19 Optolyt Jena (Kessler Optical Group SuccessFactors): ghosted -----------------------
    m(
        "74191",
        "2025-11-03 22:10",
        "Kessler Optical Group Careers <careers@successfactors.eu>",
        "Bewerbungseingangsbestätigung - Application Scientist Life Science (m/w/d)",
        A("confirmation", OPT, OPTR, 19, "other"),
        "Sehr geehrte Frau Oertel,\n\nvielen Dank für Ihre Bewerbung bei der Optolyt Jena GmbH, einem Unternehmen der Kessler Optical Group. Wir haben Ihre Unterlagen für die Position Application Scientist Life Science (m/w/d) (Job-ID 30417) erhalten.\n\nUnser Recruiting-Team prüft Ihre Bewerbung und meldet sich bei Ihnen.\n\nMit freundlichen Grüßen\nKessler Optical Group – Recruiting Center Jena",
    ),
    # --- 21 Peptidwerk Halle: founder from gmx ------------------------------------------------
    m(
        "74211",
        "2025-11-17 07:48",
        "Dr. Matthias Voigtländer <m.voigtlaender@gmx.de>",
        "Ihre Bewerbung bei Peptidwerk",
        A("interview", PEP, PEPR, 21, "direct"),
        "Guten Morgen Frau Oertel,\n\nvielen Dank für Ihre Initiativbewerbung. Wir sind ein kleines Team von neun Leuten im Weinberg Campus und suchen tatsächlich jemanden, der das Synthese- und Analytiklabor organisiert. Hätten Sie Lust, uns am Montag, 24.11., gegen 16 Uhr in Halle zu besuchen? Dann zeige ich Ihnen alles.\n\nViele Grüße\nMatthias Voigtländer\nGeschäftsführer, Peptidwerk Halle GmbH\n(gesendet von meiner privaten Adresse)",
    ),
    m(
        "74212",
        "2025-12-10 21:33",
        "Dr. Matthias Voigtländer <m.voigtlaender@gmx.de>",
        "Peptidwerk",
        A("rejection", PEP, PEPR, 21, "direct"),
        "Liebe Frau Oertel,\n\nes hat mich sehr gefreut, dass Sie sich die Zeit genommen haben. Sie wären für uns fachlich eine Bereicherung gewesen. Leider hat sich unsere Finanzierungsrunde verschoben, und wir können die Stelle deshalb vorerst nur als Teilzeit-Technikerstelle besetzen, was nicht zu Ihrem Profil passt. Ich hoffe, Sie verstehen das.\n\nAlles Gute und herzliche Grüße\nMatthias Voigtländer",
    ),
    # --- 22 DIBG Dresden (English lab, Workday): rejection ----------------------------------
    m(
        "74221",
        "2025-11-25 14:17",
        "DIBG Recruiting <dibg@myworkday.com>",
        "Thank you for applying - Postdoctoral Researcher / Lab Manager, Tissue Engineering",
        A("confirmation", DIBG, DIBGR, 22, "workday", "en"),
        "Dear Miriam,\n\nthank you for applying to the Dresden Institute for Biophysics and Tissue Engineering (DIBG). We have received your application for Postdoctoral Researcher / Lab Manager, Tissue Engineering (JR-2025-211).\n\nDue to the high number of applications, only shortlisted candidates will be contacted. If you do not hear from us within six weeks, please consider your application unsuccessful.\n\nDIBG Human Resources",
    ),
    m(
        "74222",
        "2026-01-09 09:00",
        "DIBG Recruiting <dibg@myworkday.com>",
        "Your application to DIBG",
        A("rejection", DIBG, DIBGR, 22, "workday", "en"),
        "Dear Miriam,\n\nthank you for your patience. The selection committee has now completed its review. While your profile is strong and you clearly have a great deal to offer, we have decided not to invite you to the next stage.\n\nWe wish you every success in your career.\n\nDIBG Human Resources",
    ),
    # --- 23 Biovanta (mail from its holding): ghosted -------------------------------------------
    m(
        "74231",
        "2025-12-08 10:45",
        "Biovanta GmbH Bewerbermanagement <jobs@biovanta.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", "Biovanta", "Senior Scientist Bioanalytik (m/w/d)", 23, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank für Ihre Bewerbung als Senior Scientist Bioanalytik (m/w/d) am Standort Leipzig. Leider erhalten wir derzeit sehr viele Bewerbungen, sodass die Bearbeitung bis zu vier Wochen dauern kann. Sollten wir Sie nicht berücksichtigen können, erhalten Sie eine Nachricht.\n\nMit freundlichen Grüßen\nBiovanta GmbH – ein Unternehmen der Renkhoff Holding\nDeutscher Platz 5c, 04103 Leipzig",
    ),
    # --- alerts ---------------------------------------------------------------------------
    m(
        "75001",
        "2025-09-04 06:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Laborleitung“ in Leipzig",
        J("alert", "other"),
        html="<html><body><p>Hallo Miriam,</p><p>wir haben neue Jobs für Ihre Suche „Laborleitung“, Leipzig + 50 km gefunden:</p><ul><li>Laborleitung Molekularbiologie (m/w/d) – MVZ Labor Dr. Reinhold & Partner GmbH, Chemnitz</li><li>Leitung Qualitätskontrolle (m/w/d) – Sorbitec Pharma Dresden GmbH</li><li>Laborleiter Umweltanalytik (m/w/d) – Halle (Saale)</li></ul><p>Jetzt bewerben!</p></body></html>",
    ),
    m(
        "75002",
        "2025-09-18 06:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs für Sie: Wissenschaftliche Mitarbeiterin",
        J("alert", "other"),
        html="<html><body><p>Hallo Miriam,</p><p>7 neue Stellenangebote passen zu Ihrer Suche:</p><ul><li>Wissenschaftliche/r Mitarbeiter/in Analytik – Jena</li><li>Study Director Bioanalytik (m/w/d) – Radebeul</li></ul></body></html>",
    ),
    m(
        "75003",
        "2025-10-02 06:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Ihr Jobagent: 9 neue Treffer",
        J("alert", "other"),
        html="<html><body><p>9 neue Treffer für „Laborleitung“ Leipzig. Teamleitung Bioanalytik (m/w/d) – Elbe Pharma Services GmbH, Radebeul. Laborleiterin Organische Analytik – Zwickau.</p></body></html>",
    ),
    m(
        "75004",
        "2025-09-09 19:30",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: lab manager in Leipzig",
        J("alert", "indeed"),
        "Lab Manager (m/w/d) – Myzelia GmbH – Leipzig\nDu baust unser Labor mit auf ...\n\nTechnische/r Assistent/in – Leipzig\n\nAlle Jobs ansehen\n\nSie erhalten diese E-Mail, weil Sie eine Jobbenachrichtigung erstellt haben.",
    ),
    m(
        "75005",
        "2025-10-28 19:30",
        "Indeed <alert@indeed.com>",
        "Laborleiterin: 5 neue Jobs in Sachsen",
        J("alert", "indeed"),
        "Laborleiterin Organische Analytik (m/w/d) – Zwickau\nQC Manager – Dresden\nLaborkoordination – Halle\n\nIndeed",
    ),
    m(
        "75006",
        "2025-12-02 19:30",
        "Indeed <alert@indeed.com>",
        "Jobs, die zu Ihnen passen könnten",
        J("alert", "indeed"),
        "Senior Scientist Bioanalytik (m/w/d) – Biovanta GmbH – Leipzig\nApplication Specialist Massenspektrometrie – Dresden\n\nIndeed",
    ),
    m(
        "75007",
        "2025-09-22 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„laboratory manager“: Corvanta Diagnostics - Lab Operations Manager und mehr",
        J("alert", "linkedin"),
        "Ihre Jobbenachrichtigung für laboratory manager in Leipzig\n\nLab Operations Manager – Corvanta Diagnostics – Leipzig\nLab Manager – Myzelia – Leipzig\n\nAlle Jobs anzeigen",
    ),
    m(
        "75008",
        "2025-11-24 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ neue Jobs für „research scientist“ in Sachsen",
        J("alert", "linkedin"),
        "Research Scientist – Dresden\nPostdoctoral Researcher / Lab Manager, Tissue Engineering – DIBG – Dresden\n\nAlle Jobs anzeigen",
    ),
    m(
        "75009",
        "2025-09-26 07:00",
        "academics Jobletter <jobletter@academics.de>",
        "Ihr academics-Jobletter: 14 neue Stellen in Biologie & Life Sciences",
        J("alert", "other"),
        html="<html><body><h2>Neue Stellen für Sie</h2><p>Wissenschaftliche Mitarbeiterin / Laborkoordination – Mitteldeutsches Zentrum für Umweltgenomik – Leipzig</p><p>Postdoc (m/w/d) Strukturbiologie – Halle</p><p>Plus: Im Interview – wie man in der Wissenschaft Karriere ohne Professur macht</p></body></html>",
    ),
    m(
        "75010",
        "2025-11-07 07:00",
        "academics Jobletter <jobletter@academics.de>",
        "Ihr academics-Jobletter: 11 neue Stellen",
        J("alert", "other"),
        html="<html><body><p>Research Scientist (m/w/d), Jena · Laborleitung (m/w/d) Forschungslabor Onkologie, Grimma · Gehaltsvergleich TV-L E13: Was verdienen Postdocs?</p></body></html>",
    ),
    m(
        "75011",
        "2025-10-11 05:45",
        "Interamt <noreply@interamt.de>",
        "Interamt: Neue Stellenangebote zu Ihrem Suchauftrag „Labor Sachsen“",
        J("alert", "other"),
        "Zu Ihrem Suchauftrag wurden 4 neue Stellenangebote gefunden:\n\n- Sachverständige/r Lebensmittelchemie, Chemnitz\n- Laborleiter/in Rückstandsanalytik, Dresden\n\nIhr Interamt-Team",
    ),
    m(
        "75012",
        "2026-01-10 05:45",
        "Interamt <noreply@interamt.de>",
        "Interamt: Neue Stellenangebote zu Ihrem Suchauftrag „Labor Sachsen“",
        J("alert", "other"),
        "Zu Ihrem Suchauftrag wurden 2 neue Stellenangebote gefunden:\n\n- Wissenschaftliche/r Mitarbeiter/in Umweltmikrobiologie, Leipzig\n\nIhr Interamt-Team",
    ),
    m(
        "75013",
        "2025-10-15 12:00",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "Miriam, diese Jobs könnten Sie interessieren",
        J("alert", "other"),
        "Teamleitung Bioanalytik (m/w/d) – Elbe Pharma Services GmbH\nLaborleiter QC – Dresden\n\nIhr XING Team",
    ),
    m(
        "75014",
        "2025-09-30 17:20",
        "Kessel-Gesellschaft Talent Community <noreply@successfactors.eu>",
        "Willkommen in der Talent Community der Gottfried-Kessel-Gesellschaft",
        J("alert", "other"),
        "Sehr geehrte Frau Oertel,\n\nvielen Dank für Ihre Registrierung in unserer Talent Community. Wir informieren Sie künftig über passende Stellen an unseren 76 Instituten.\n\nIhr Recruiting-Team",
    ),
    m(
        "75015",
        "2025-10-09 10:00",
        "Klinikum Muldental GmbH - Personalabteilung <bewerbermanagement@klinikum-muldental.de>",
        "Erinnerung: Ihre Bewerbung ist noch nicht abgeschlossen",
        J("alert", "other", co="Klinikum Muldental", role="MTL für das Zentrallabor"),
        "Sehr geehrte Frau Dr. Oertel,\n\nSie haben eine Bewerbung für die Stelle „MTL für das Zentrallabor“ begonnen, aber noch nicht abgeschickt. Ihre Eingaben sind 14 Tage gespeichert.\n\nIhr Team Personalgewinnung",
    ),
    # --- outreach, other job mail ----------------------------------------------------------
    m(
        "75021",
        "2025-09-24 13:40",
        "Rebecca Stoltz via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Application Scientist MS - Dresden",
        J("outreach", "linkedin", "en", co="Qvantis Instruments"),
        "Hi Miriam,\n\nI lead talent acquisition for Qvantis Instruments in Europe. We are building an application lab in Dresden and your Orbitrap work caught my eye. Would you be open to a 20-minute chat?\n\nBest,\nRebecca",
    ),
    m(
        "75022",
        "2025-11-28 09:10",
        "Dana Weigelt <d.weigelt@scireq-personal.de>",
        "Vakanz: Laborleitung (m/w/d) bei einem Biotech-Unternehmen in Leipzig",
        J("outreach", "agency"),
        "Hallo Frau Dr. Oertel,\n\nfür einen Kunden aus dem Leipziger BioCity-Umfeld suche ich eine Laborleitung mit Erfahrung in LC-MS. Haben Sie Interesse an einem Austausch? Alle Angaben werden selbstverständlich vertraulich behandelt.\n\nViele Grüße\nDana Weigelt\nSciReq Personalberatung",
    ),
    m(
        "75023",
        "2025-11-21 16:55",
        "Felix Hartung <f.hartung@proventus-personal.de>",
        "Automatische Antwort: Feedback AWE",
        J("other_job", "agency", co=AWE),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.11. nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@proventus-personal.de.",
    ),
    m(
        "75024",
        "2025-09-08 14:10",
        "MIBA Personalabteilung <noreply@dvinci-easy.com>",
        "Ihr Zugang zum Bewerberportal",
        J("other_job", "other", co="MIBA"),
        "Sehr geehrte Frau Dr. Oertel,\n\nSie haben ein Bewerberkonto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit folgendem Code: 448105\n\nMitteldeutsches Institut für Biomolekulare Analytik",
    ),
    m(
        "75025",
        "2025-12-05 10:00",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Wie war Ihr Bewerbungsprozess? 2 Minuten für uns",
        J("other_job", "workday", co=SOR),
        "Hallo Miriam,\n\nSie haben sich kürzlich bei uns beworben. Helfen Sie uns, besser zu werden, und beantworten Sie fünf kurze Fragen zu Ihrer Candidate Experience.\n\nZur Umfrage",
    ),
    m(
        "75026",
        "2026-02-09 11:10",
        "Felix Hartung <f.hartung@proventus-personal.de>",
        "Neues Mandat: Head of Lab Operations, Halle",
        J("outreach", "agency"),
        "Hallo Frau Dr. Oertel,\n\nich weiß, Sie sind gerade erst gewechselt – aber falls Sie in ein, zwei Jahren über eine Leitungsposition in der Industrie nachdenken: Ich habe aktuell ein spannendes Mandat in Halle. Sprechen Sie mich gern jederzeit an.\n\nBeste Grüße\nFelix Hartung",
    ),
    m(
        "75027",
        "2026-01-12 06:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "8 neue Jobs für „Laborleitung“ in Leipzig",
        J("alert", "other"),
        html="<html><body><p>Hallo Miriam,</p><ul><li>Head of Lab Operations (m/w/d) – Halle (Saale)</li><li>Laborleitung Zellkultur (m/w/d) – Leipzig</li></ul><p>Jetzt bewerben – mit einem Klick!</p></body></html>",
    ),
    m(
        "75028",
        "2025-12-16 12:00",
        "XING Stellenmarkt <jobs@mail.xing.com>",
        "Neue Jobempfehlungen für Sie",
        J("alert", "other"),
        "Senior Scientist Bioanalytik (m/w/d) – Biovanta GmbH, Leipzig\nStudy Director (m/w/d) – Radebeul\n\nIhr XING Team",
    ),
    m(
        "75029",
        "2026-01-21 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„Laborleitung“: 12 neue Jobs in Leipzig",
        J("alert", "linkedin"),
        "Laborleitung Zellkultur – Leipzig\nQC Lab Lead – Dresden\n\nAlle Jobs anzeigen",
    ),
    m(
        "75030",
        "2025-12-03 15:20",
        "Prof. Dr. Jörg Hentschel <hentschel@executive-science-search.example>",
        "Vertraulich: Leitung Analytik-Plattform in Halle",
        J("outreach", "agency"),
        "Sehr geehrte Frau Dr. Oertel,\n\nim Auftrag einer Forschungseinrichtung in Halle suche ich eine Persönlichkeit für die Leitung einer Analytik-Plattform (unbefristet, AT-Vergütung). Ihr Name wurde mir von einem gemeinsamen Kollegen genannt. Wäre ein vertrauliches Gespräch für Sie denkbar?\n\nMit besten Grüßen\nJörg Hentschel\nExecutive Science Search",
    ),
    m(
        "75031",
        "2025-10-29 10:05",
        "Dr. Paolo Ferretti <paolo.ferretti@biolumen-labs.example>",
        "Lab manager position in our group (Dresden)",
        J("outreach", "direct", "en", co="Biolumen Labs"),
        "Dear Dr. Oertel,\n\nI saw your poster at the Leipzig metabolomics meeting. We are a small international team in Dresden and are looking for an experienced lab manager with MS expertise. If you might be interested, I would be happy to tell you more over a video call.\n\nBest regards,\nPaolo Ferretti\nBiolumen Labs",
    ),
    m(
        "75032",
        "2025-10-02 09:10",
        "Landesamt für Lebensmittelsicherheit und Umweltanalytik Sachsen <personal@llus.sachsen.de>",
        "Eingangsbestätigung - Stellenausschreibung 31/2025",
        A("confirmation", "LLUS", "Laborleiterin Rückstandsanalytik (E13)", 8, "direct"),
        "Sehr geehrte Frau Dr. Oertel,\n\nwir bestätigen den Eingang Ihrer über Interamt übermittelten Bewerbung. Nach Ablauf der Bewerbungsfrist am 24.10.2025 erfolgt die Auswahl. Wir bitten, von Sachstandsanfragen abzusehen.\n\nIm Auftrag\nRamona Seifert\nReferat 12 – Personal",
    ),
    m(
        "75033",
        "2026-01-27 13:00",
        "Dr. Annegret Sommerfeld <annegret.sommerfeld@miba-leipzig.de>",
        "Personalfragebogen und Unterlagen zum Dienstantritt",
        J(
            "other_job",
            "direct",
            co="MIBA",
            role="Laborleitung Massenspektrometrie (Wissenschaftliche Mitarbeiterin)",
        ),
        "Sehr geehrte Frau Dr. Oertel,\n\nvielen Dank für den unterschriebenen Arbeitsvertrag. Anbei erhalten Sie den Personalfragebogen, die Belehrung nach dem Infektionsschutzgesetz und die Einladung zur Sicherheitsunterweisung am 02.03.2026. Bitte senden Sie den Fragebogen bis 13.02. zurück.\n\nMit freundlichen Grüßen\nAnnegret Sommerfeld",
        attach=[("Personalfragebogen.pdf", "application/pdf", "%PDF-1.4 Personalfragebogen")],
    ),
    m(
        "75034",
        "2025-09-17 18:45",
        "Halvorsen Group <halvorsen@myworkday.com>",
        "Bestätigen Sie Ihr Kandidatenkonto",
        J("other_job", "workday", co="Sorbitec Pharma Dresden"),
        "Hallo Miriam,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Kandidatenkonto bei der Halvorsen Group zu aktivieren.\n\nKonto bestätigen",
    ),
]
