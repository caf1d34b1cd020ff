"""German mail that asks the first question: is this application mail at all?

Eingangsbestätigungen, wie ein Bewerbermanagementsystem, eine Jobbörse, eine Behörde oder
ein kleiner Betrieb sie schreibt (kurz, HTML-haft, mit Kennziffer); Terminvereinbarung, wie
Buchungswerkzeuge und Personaler sie schicken (Termin wählen, bestätigt, Erinnerung,
verschoben, ein knappes „passt Ihnen Dienstag?"); die Ansprache eines Personalberaters gegen
Jobletter. Doppelgänger mit denselben Wörtern bleiben keine Bewerbungspost: Studienplätze,
Stipendien, Aufenthaltstitel, Wohnungen, Ausschreibungen, Wahlen, Castings, Hackathons,
Ehrenamt, ärztliche Begutachtung, Gerichtstermine, Presseinterviews, App-Prüfungen,
Treueangebote und die Personalpost eines heutigen Arbeitgebers.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import Category
from tests.classifiers.probes import lookalike_test, stage_test

ATS = ("noreply@karriere.lindenwerk.de", "Lindenwerk Karriere")
TOOL = ("termine@scheduling.example.com", "Lindenwerk Recruiting")
PERSON = ("jana.keller@lindenwerk.de", "Jana Keller")
AGENCY = ("m.brandt@personalberatung-nord.de", "Markus Brandt")
BOARD = ("jobs@stellenportal.example.de", "Stellenportal")
EMPLOYER = "Lindenwerk"

RECEIVED, INTERVIEW = Category.CONFIRMATION, Category.INTERVIEW
OUTREACH, ALERT = Category.OUTREACH, Category.ALERT

RECEIPTS = [
    (
        "Bewerbungseingang",
        "Sehr geehrte Frau Doe,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung als "
        "Sachbearbeiterin Einkauf. Wir melden uns nach Prüfung Ihrer Unterlagen.\n\nMit "
        "freundlichen Grüßen\nLindenwerk GmbH, Personalabteilung",
        RECEIVED,
        None,
        False,
    ),
    (
        "Ihre Unterlagen sind bei uns angekommen",
        "Hallo Jane,\n\nvielen Dank, Ihre Unterlagen sind gut bei uns angekommen. Wir schauen "
        "sie uns in Ruhe an und melden uns in den nächsten zwei Wochen.\n\nIhr Lindenwerk-Team",
        RECEIVED,
        None,
        False,
    ),
    (
        "Danke, Jane!",
        "Danke, Jane – wir melden uns! Deine Bewerbung als Werkstudentin Marketing ist bei uns "
        "eingegangen.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Registrierung abgeschlossen – Kennziffer 2025-114",
        "Ihre Registrierung für die Stelle mit der Kennziffer 2025-114 "
        "(Verwaltungsfachangestellte, EG 8) ist abgeschlossen. Den Stand Ihrer Bewerbung "
        "sehen Sie jederzeit im Bewerberportal.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Eingangsbestätigung",
        "<p>Guten Tag Frau Doe,</p><p>wir haben Ihre Bewerbung für die Position "
        "<b>Buchhalter (m/w/d)</b> erhalten.</p><p>Ihr Recruiting-Team</p>",
        RECEIVED,
        None,
        False,
    ),
    (
        "Ihre Bewerbung bei Lindenwerk",
        "Bewerbung erfolgreich übermittelt. Stelle: Lagerlogistiker (m/w/d). Referenz: 44120.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Vielen Dank für Ihr Interesse",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihr Interesse an einer Tätigkeit bei uns. "
        "Ihre Unterlagen liegen uns vor und werden derzeit von der Fachabteilung geprüft. Bitte "
        "haben Sie etwas Geduld.\n\nFreundliche Grüße\nPersonalabteilung",
        RECEIVED,
        None,
        False,
    ),
    (
        "Ihr Lebenslauf",
        "Hallo Frau Doe, danke für die Zusendung Ihres Lebenslaufs für die Stelle als "
        "Elektroniker. Ich habe ihn an den Fachbereich weitergeleitet. Viele Grüße",
        RECEIVED,
        None,
        False,
    ),
    (
        "Bestätigung Ihrer Bewerbung (Kennz. 2025/031)",
        "Sehr geehrte Bewerberin,\n\nwir bestätigen den Eingang Ihrer Bewerbungsunterlagen auf "
        "die ausgeschriebene Stelle Referentin (Kennz. 2025/031). Die Bewerbungsfrist endet am "
        "14. März; danach treffen wir eine Vorauswahl.\n\nStadtverwaltung Lindenau",
        RECEIVED,
        None,
        False,
    ),
    (
        "Danke für deine Bewerbung!",
        "Hey Jane! Cool, dass du bei uns als Barista anfangen willst. Wir schauen uns deine "
        "Bewerbung an und melden uns, wenn es passt.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Ihre Bewerbung ist eingegangen",
        "Guten Tag, Ihre Bewerbung für Kundenberater (m/w/d) ist am 3. März eingegangen. So "
        "geht es weiter: Wir sichten alle Bewerbungen innerhalb von zehn Werktagen.",
        RECEIVED,
        None,
        False,
    ),
]

SCHEDULING = [
    (
        "Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch",
        "Hallo Frau Doe,\n\nbitte wählen Sie über den folgenden Link einen passenden Termin für "
        "Ihr 30-minütiges Gespräch mit Jana Keller zur Stelle Teamleitung Logistik.\n\nTermin "
        "auswählen",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Bestätigt: Jane Doe und Jana Keller",
        "Ihr Termin mit Jana Keller ist bestätigt.\n\nVeranstaltung: Kennenlerngespräch – "
        "Teamleitung Logistik\nWann: Dienstag, 11. März, 15:00–15:30\nWo: Microsoft Teams\n\n"
        "Absagen oder verschieben",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Erinnerung: Ihr Vorstellungsgespräch morgen um 10:00 Uhr",
        "Guten Tag Frau Doe, wir erinnern Sie an Ihr Videointerview bei Lindenwerk morgen um "
        "10:00 Uhr. Einwahllink: https://meet.example.com/abc. Viel Erfolg!",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Terminänderung: Ihr Vorstellungsgespräch",
        "Sehr geehrte Frau Doe,\n\nIhr Vorstellungsgespräch für die Stelle Teamleitung Logistik "
        "wurde auf Donnerstag, 13. März, 14:00 Uhr verlegt. Die aktualisierte Einladung finden "
        "Sie im Anhang.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Neue Buchung: Gespräch mit der Fachabteilung",
        "Buchung bestätigt\n\nGespräch mit der Fachabteilung mit Tom Becker\nMi., 12. März, "
        "11:00–11:45\nMicrosoft-Teams-Besprechung\n\nBuchung verwalten – Microsoft Bookings",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Einladung zum Auswahlgespräch",
        "Sehr geehrte Frau Doe,\n\nSie sind in die engere Auswahl für die Stelle Referentin "
        "gekommen. Bitte buchen Sie im Bewerberportal einen Termin für das Auswahlgespräch.\n\n"
        "Stadtverwaltung Lindenau",
        INTERVIEW,
        None,
        False,
    ),
]

PERSON_NOTES = [
    (
        "Dienstag?",
        "Hallo Jane, passt Ihnen Dienstag um 15 Uhr für ein erstes Telefonat zur "
        "Analysten-Stelle? Viele Grüße, Jana",
        INTERVIEW,
        None,
        False,
    ),
    (
        "AW: Teamleitung Logistik",
        "Danke, Frau Doe. Hätten Sie Donnerstag oder Freitagvormittag Zeit für ein kurzes "
        "Videogespräch mit unserem Geschäftsführer?",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Nächste Woche",
        "Hallo Jane, schön, dass wir heute sprechen konnten. Wollen wir uns nächste Woche mit "
        "dem Team treffen – passt Ihnen Montagnachmittag?",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Unser Telefonat",
        "Hallo Frau Doe, können wir unser Telefonat heute von 14 auf 16 Uhr verschieben? Mir ist "
        "etwas dazwischengekommen.",
        INTERVIEW,
        None,
        True,
    ),
    (
        "Teamleitung Logistik bei Lindenwerk",
        "Hallo Frau Doe,\n\nich bin auf Ihr Profil gestoßen und denke, dass Ihre Erfahrung in der "
        "Logistik sehr gut zu einer offenen Position als Teamleitung bei uns passt. Hätten Sie "
        "Interesse an einem kurzen Austausch?\n\nViele Grüße\nJana Keller\nTalent Acquisition",
        OUTREACH,
        None,
        False,
    ),
]

AGENCY_NOTES = [
    (
        "Spannende Position als Projektleiter (m/w/d)",
        "Guten Tag Frau Doe,\n\nim Auftrag meines Mandanten, eines mittelständischen "
        "Maschinenbauers in Stuttgart, suche ich eine Projektleiterin. Ihr Profil passt sehr "
        "gut. Hätten Sie Interesse an einem vertraulichen Gespräch?\n\nMarkus Brandt\n"
        "Personalberatung Nord",
        OUTREACH,
        None,
        False,
    ),
    (
        "Neue Herausforderung?",
        "Hallo Frau Doe, ich hoffe, es geht Ihnen gut. Für einen Kunden aus der "
        "Versicherungsbranche suche ich derzeit eine Senior Controllerin in Köln. Darf ich "
        "Ihnen mehr erzählen?",
        OUTREACH,
        None,
        False,
    ),
    (
        "Freelance-Projekt SAP FI/CO",
        "Hallo Jane, für ein Projekt bei einem Kunden in Frankfurt (6 Monate, remote möglich) "
        "suche ich eine SAP-FI/CO-Beraterin. Wären Sie verfügbar? Tagessatz nach Absprache.",
        OUTREACH,
        None,
        False,
    ),
    (
        "Sind Sie noch auf der Suche?",
        "Hallo Frau Doe, wir hatten letztes Jahr Kontakt, als Sie eine neue Stelle in der "
        "Buchhaltung gesucht haben. Ich habe aktuell zwei passende Vakanzen bei Kunden. "
        "Sollen wir telefonieren?",
        OUTREACH,
        None,
        False,
    ),
]

ALERTS = [
    (
        "12 neue Jobs für „Projektmanager“ in Stuttgart",
        "Hallo Jane,\n\nhier sind die neuesten Stellenangebote zu Ihrer Suche.\n\n"
        "Projektmanager (m/w/d) – Lindenwerk – Stuttgart\nAssistenz Projektleitung – Kell AG\n\n"
        "Alle Jobs ansehen\n\nSie erhalten diesen Job-Alert, weil Sie ihn abonniert haben.",
        ALERT,
        None,
        False,
    ),
    (
        "Jobs, die zu Ihnen passen",
        "Basierend auf Ihrem Profil könnten diese Stellen passen: Datenanalyst bei Lindenwerk, "
        "BI-Entwickler bei Nordfrucht. Jetzt mit einem Klick bewerben.",
        ALERT,
        None,
        False,
    ),
    (
        "Ihr wöchentlicher Jobletter",
        "Guten Morgen, diese Woche wurden 8 neue Stellen veröffentlicht, die zu Ihrem Suchauftrag "
        "„Buchhaltung“ passen. Alle Stellen ansehen. Suchaufträge verwalten.",
        ALERT,
        None,
        False,
    ),
    (
        "Lindenwerk sucht: Lagermitarbeiter (m/w/d)",
        "Ein Unternehmen, dem Sie folgen, hat eine neue Stelle veröffentlicht: Lagermitarbeiter "
        "(m/w/d) – Lindenwerk – Leipzig. Stelle ansehen.",
        ALERT,
        None,
        False,
    ),
]

LOOKALIKES = [
    (
        "studierendensekretariat@uni.example.de",
        "Ihre Bewerbung um einen Studienplatz",
        "Sehr geehrte Frau Doe,\n\nwir bestätigen den Eingang Ihrer Bewerbung für den "
        "Masterstudiengang Informatik zum Wintersemester. Den Stand können Sie im "
        "Bewerbungsportal verfolgen.",
        False,
    ),
    (
        "auswahl@uni.example.de",
        "Einladung zum Auswahlgespräch – Studiengang Medizin",
        "Sehr geehrte Frau Doe,\n\nwir laden Sie zum Auswahlgespräch für den Studiengang "
        "Humanmedizin ein. Bitte buchen Sie im Bewerbungsportal einen Termin.",
        False,
    ),
    (
        "sekretariat@gymnasium.example.de",
        "Anmeldung für die 5. Klasse",
        "Liebe Eltern,\n\nwir bestätigen den Eingang der Anmeldung Ihres Kindes für die "
        "Jahrgangsstufe 5. Über die Aufnahme informieren wir Sie im Mai.",
        False,
    ),
    (
        "stipendien@stiftung.example.de",
        "Eingangsbestätigung Stipendienbewerbung",
        "Liebe Frau Doe,\n\nvielen Dank für Ihre Bewerbung um ein Stipendium der Stiftung. "
        "Ausgewählte Bewerberinnen laden wir im Mai zu einem Auswahlgespräch ein.",
        False,
    ),
    (
        "foerderung@projekttraeger.example.de",
        "Antrag eingegangen – Förderaufruf 2025",
        "Ihr Antrag „Küstenschutz“ zum Förderaufruf 2025 ist eingegangen. Aktenzeichen "
        "FK-2291. Die Begutachtung durch das Gremium erfolgt im Juni.",
        False,
    ),
    (
        "auslaenderbehoerde@stadt.example.de",
        "Ihr Antrag auf Aufenthaltserlaubnis",
        "Sehr geehrte Frau Doe,\n\nIhr Antrag auf Erteilung einer Aufenthaltserlaubnis ist "
        "eingegangen. Bitte vereinbaren Sie einen Termin zur Abgabe der Fingerabdrücke.",
        False,
    ),
    (
        "visa@botschaft.example.de",
        "Visumantrag – Termin zur Vorsprache",
        "Ihr Visumantrag wurde registriert. Sie sind zu einem Gespräch in der Visastelle am "
        "12. März um 10:00 Uhr eingeladen.",
        False,
    ),
    (
        "vermietung@wohnbau.example.de",
        "Ihre Bewerbung um die Wohnung",
        "Hallo Frau Doe, danke für Ihre Bewerbung um die 2-Zimmer-Wohnung in der Mühlenstraße. "
        "Der Vermieter möchte Sie zu einer Besichtigung einladen. Bitte senden Sie noch eine "
        "Schufa-Auskunft.",
        False,
    ),
    (
        "baufinanzierung@bank.example.de",
        "Ihre Finanzierungsanfrage",
        "Sehr geehrte Frau Doe, Ihr Kreditantrag befindet sich in Prüfung. Ein Gutachter wird "
        "sich zur Bewertung der Immobilie bei Ihnen melden.",
        False,
    ),
    (
        "vergabe@stadt.example.de",
        "Angebot eingegangen – Ausschreibung 2025/031",
        "Vielen Dank für Ihr Angebot im Rahmen der öffentlichen Ausschreibung "
        "Grünflächenpflege. Bieter können zu einem Aufklärungsgespräch eingeladen werden.",
        False,
    ),
    (
        "wahlamt@stadt.example.de",
        "Wahlvorschlag – Informationen für Bewerber",
        "Sehr geehrte Bewerberin, vielen Dank für die Einreichung Ihres Wahlvorschlags zur "
        "Kommunalwahl. Die Informationsveranstaltung für Kandidaten findet am 4. April statt.",
        False,
    ),
    (
        "casting@theater.example.de",
        "Vorsprechen bestätigt",
        "Hallo Jane, danke für deine Bewerbung zum Vorsprechen für unsere Sommerinszenierung. "
        "Dein Termin ist Samstag 10:20 Uhr. Bitte bereite einen Monolog vor.",
        False,
    ),
    (
        "team@hackathon.example.de",
        "Deine Hackathon-Anmeldung",
        "Glückwunsch, Jane! Deine Bewerbung für den Hackathon Lindenau 2025 wurde angenommen. "
        "Die Teams bilden sich am ersten Tag.",
        True,
    ),
    (
        "ehrenamt@tafel.example.de",
        "Ehrenamtliche Mitarbeit",
        "Hallo Jane, danke, dass du dich bei der Tafel als Ehrenamtliche beworben hast. Wir "
        "laden dich zu einem kurzen Kennenlernen ein.",
        False,
    ),
    (
        "vorstand@verein.example.de",
        "Kandidatur für den Vorstand",
        "Liebe Jane, danke für deine Kandidatur für den Vorstand unseres Vereins. Die Wahl "
        "findet auf der Mitgliederversammlung am 20. März statt.",
        True,
    ),
    (
        "termine@praxis.example.de",
        "Terminbestätigung Begutachtung",
        "Sehr geehrte Frau Doe, Ihr Termin zur Begutachtung durch den Medizinischen Dienst ist "
        "am Dienstag, 11. März, um 9:15 Uhr bestätigt.",
        False,
    ),
    (
        "amtsgericht@justiz.example.de",
        "Ladung zur mündlichen Verhandlung",
        "In dem Rechtsstreit wird Termin zur mündlichen Verhandlung bestimmt auf den 2. April, "
        "10:00 Uhr. Zeugen werden gesondert geladen.",
        False,
    ),
    (
        "redaktion@podcast.example.de",
        "Interviewanfrage für unseren Podcast",
        "Hallo Jane, wir würden dich gern für unseren Podcast interviewen. Magst du dir einen "
        "Termin für die Aufnahme nächste Woche aussuchen?",
        False,
    ),
    (
        "redaktion@zeitung.example.de",
        "Interviewanfrage",
        "Sehr geehrte Frau Doe, ich schreibe für die Lindenauer Zeitung über die neue "
        "Umgehungsstraße. Hätten Sie morgen Zeit für ein kurzes Telefoninterview?",
        False,
    ),
    (
        "no-reply@appstore.example.com",
        "Ihre App wird geprüft",
        "Ihre App Haushaltsbuch Version 2.1 wurde eingereicht und wartet auf die Prüfung. Wir "
        "informieren Sie, sobald die Prüfung abgeschlossen ist.",
        True,
    ),
    (
        "angebote@supermarkt.example.de",
        "Jane, Ihre persönlichen Angebote",
        "Ihre Coupons dieser Woche: 20 % auf Kaffee. Jetzt Angebote aktivieren und bei der "
        "nächsten Bewerbung um den Kundenpreis mitmachen!",
        True,
    ),
    (
        "personal@heutigerarbeitgeber.example.de",
        "Ihr Mitarbeitergespräch",
        "Hallo Jane, Ihr jährliches Mitarbeitergespräch mit Ihrer Führungskraft ist für Freitag "
        "angesetzt. Bitte füllen Sie vorab den Selbsteinschätzungsbogen aus.",
        False,
    ),
    (
        "lohn@heutigerarbeitgeber.example.de",
        "Ihre Gehaltsabrechnung März",
        "Ihre Gehaltsabrechnung für März 2025 steht im Mitarbeiterportal bereit. Änderungen aus "
        "Ihrem neuen Arbeitsvertrag sind berücksichtigt.",
        False,
    ),
    (
        "intern@heutigerarbeitgeber.example.de",
        "Interne Stellenausschreibungen der Woche",
        "Liebe Kolleginnen und Kollegen, diese Woche intern ausgeschrieben: Teamleitung "
        "(Leipzig), Finanzanalyst (remote). Bitte sprechen Sie vor einer Bewerbung mit Ihrer "
        "Führungskraft.",
        True,
    ),
    (
        "programm@konferenz.example.de",
        "Einreichung Ihres Vortrags",
        "Vielen Dank für die Einreichung Ihres Vortragsvorschlags für die DevKonf 2025. Das "
        "Programmkomitee prüft alle Einreichungen und benachrichtigt die Referenten bis 1. Mai.",
        False,
    ),
]

# a second batch, written after the fixes above, to test them on fresh wording
SECOND_RECEIPTS = [
    (
        "Eingang Ihrer Bewerbung",
        "Guten Tag Frau Doe, Ihre Bewerbungsunterlagen liegen uns inzwischen vollständig vor. "
        "Wir melden uns nach Ende der Bewerbungsfrist.",
        RECEIVED,
        None,
        False,
    ),
    (
        "Danke!",
        "Hallo Jane, vielen Dank für die Übersendung deiner Unterlagen für den Minijob im Café. "
        "Wir melden uns bis Freitag.",
        RECEIVED,
        None,
        False,
    ),
]
SECOND_SCHEDULING = [
    (
        "Ihre Buchung: Kennenlerngespräch",
        "Ihre Buchung: Kennenlerngespräch mit Jana Keller (Lindenwerk), Mittwoch, 19. März, "
        "9:00–9:30 Uhr, Microsoft Teams. Termin absagen oder ändern.",
        INTERVIEW,
        None,
        False,
    ),
    (
        "Verschiebung",
        "Hallo Frau Doe, können wir Ihr Vorstellungsgespräch von Dienstag auf Mittwoch, 10 Uhr, "
        "verlegen? Der Fachbereich ist am Dienstag nicht im Haus.",
        INTERVIEW,
        None,
        False,
    ),
]
SECOND_AGENCY_NOTES = [
    (
        "Vertrauliche Anfrage",
        "Guten Tag Frau Doe, wir haben derzeit mehrere spannende Positionen bei Mandanten im "
        "Raum München, u. a. als Leiterin Controlling. Hätten Sie Interesse an einem Gespräch?",
        OUTREACH,
        None,
        False,
    ),
]
SECOND_ALERTS = [
    (
        "Neue Stellen für Sie",
        "Passend zu Ihrem Suchprofil haben wir 5 neue Stellen gefunden: Sachbearbeiter Einkauf "
        "(m/w/d) – Lindenwerk – Leipzig. Alle Stellen ansehen.",
        ALERT,
        None,
        False,
    ),
]
SECOND_LOOKALIKES = [
    (
        "zulassung@hochschule.example.de",
        "Eignungstest für den Studiengang Psychologie",
        "Sehr geehrte Frau Doe, wir laden Sie zum Eignungstest für den Studiengang Psychologie "
        "ein. Bitte bringen Sie Ihren Personalausweis mit.",
        False,
    ),
    (
        "redaktion@magazin.example.de",
        "Kurzes Interview?",
        "Hallo Jane, wir schreiben für das Stadtmagazin eine Serie über Gründerinnen. Hättest du "
        "diese Woche Zeit für ein kurzes Videointerview?",
        False,
    ),
]

test_receipt_is_a_confirmation = stage_test(
    [*RECEIPTS, *SECOND_RECEIPTS], writer=ATS, employer=EMPLOYER
)
test_booking_tool_mail_is_an_interview = stage_test(
    [*SCHEDULING, *SECOND_SCHEDULING], writer=TOOL, employer=EMPLOYER
)
test_person_note_is_read_for_its_stage = stage_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_agency_approach_is_outreach = stage_test(
    [*AGENCY_NOTES, *SECOND_AGENCY_NOTES], writer=AGENCY, employer=""
)
test_board_mail_is_an_alert = stage_test([*ALERTS, *SECOND_ALERTS], writer=BOARD, employer="")
test_look_alike_stays_not_job_mail = lookalike_test([*LOOKALIKES, *SECOND_LOOKALIKES])
