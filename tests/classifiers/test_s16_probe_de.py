"""German mail that decides an application's final status (third batch), formal (Sie) and
informal (du).

Status notices from ATS portals and boards (and the ones that decide nothing), a no after an
interview or a test said at length or only through its outcome, offers in their many shapes
and the welcome after the reader's yes (or the offer withdrawn), the reader's own mail
(declining an interview, withdrawing, accepting or declining an offer) and interview
invitations from HR teams and booking tools. Look-alikes with the same words stay what they
are.
"""

from __future__ import annotations

from tests.classifiers.probes import (
    family_test,
    lookalike_test,
    onboarding_test,
    undecided_test,
)

ATS = ("noreply@karriere.brandt-medizintechnik.de", "Brandt Medizintechnik Karriere")
HR = ("personal@brandt-medizintechnik.de", "Brandt Medizintechnik Personalabteilung")
PERSON = ("lena.kruse@brandt-medizintechnik.de", "Lena Kruse")
READER = ("jane.doe.cv@gmail.com", "Jane Doe")
TOOL = ("notifications@calendly.com", "Lena Kruse via Calendly")
EMPLOYER = "Brandt Medizintechnik"

# (family, read inside a known process, subject, body)
ATS_MAIL = [
    # --- (a) status notices from a portal ---
    (
        "rejection",
        False,
        "Ihr Bewerbungsstatus hat sich geändert",
        "Hallo Jane Doe,\n\nder Status Ihrer Bewerbung als Projektingenieurin (Kennziffer "
        "2025-118) bei der Brandt Medizintechnik GmbH hat sich geändert.\n\nNeuer Status: "
        "Absage\n\nSie können alle Ihre Bewerbungen jederzeit im Bewerberportal einsehen.\n\n"
        "Ihr Brandt Karriere-Team",
    ),
    (
        "rejection",
        False,
        "Statusänderung Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nIhre Bewerbung auf die Stelle Controller (m/w/d) wurde "
        "aktualisiert.\n\nBewerbungsstatus: Nicht berücksichtigt\n\nDies ist eine automatisch "
        "erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\nBrandt "
        "Medizintechnik GmbH",
    ),
    (
        "rejection",
        False,
        "Stelle besetzt: Vertriebsinnendienst (m/w/d)",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Mitarbeiterin im "
        "Vertriebsinnendienst. Die Stelle ist inzwischen besetzt, daher können wir Ihre "
        "Bewerbung leider nicht weiter berücksichtigen.\n\nWir wünschen Ihnen für Ihre weitere "
        "berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
        "Brandt Medizintechnik GmbH",
    ),
    (
        "rejection",
        False,
        "Ausschreibung zurückgezogen",
        "Sehr geehrte Frau Doe,\n\nwir möchten Sie darüber informieren, dass die "
        "Stellenausschreibung Qualitätsmanagerin (m/w/d) zurückgezogen wurde und die Position "
        "vorerst nicht besetzt wird. Ihre Bewerbung wird daher nicht weiter bearbeitet.\n\nMit "
        "freundlichen Grüßen\nBrandt Medizintechnik Personalabteilung",
    ),
    (
        "rejection",
        False,
        "Aktualisierung Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nStelle: Einkäuferin (m/w/d), Referenz 7734\nStatus: "
        "Abgelehnt\n\nVielen Dank für Ihr Interesse an der Brandt Medizintechnik GmbH.\n\nIhr "
        "Brandt Karriere-Team",
    ),
    (
        "rejection",
        False,
        "Deine Bewerbung bei Brandt",
        "Hi Jane,\n\nes gibt Neuigkeiten zu deiner Bewerbung als Werkstudentin Marketing: Der "
        "Status lautet jetzt „Absage“. Danke, dass du dich bei uns beworben hast, und viel Erfolg "
        "weiterhin!\n\nDein Brandt Talent-Team",
    ),
]

UNDECIDED = [
    (
        "Neuigkeiten zu Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nes gibt eine Aktualisierung zu Ihrer Bewerbung als "
        "Projektingenieurin. Bitte melden Sie sich im Bewerberportal an, um sie einzusehen.\n\n"
        "Ihr Brandt Karriere-Team",
    ),
    (
        "Ihr Bewerbungsstatus hat sich geändert",
        "Hallo Jane Doe,\n\nder Status Ihrer Bewerbung als Controller (m/w/d) hat sich geändert."
        "\n\nNeuer Status: In Prüfung\n\nWir melden uns, sobald es Neuigkeiten gibt.\n\nIhr "
        "Brandt Karriere-Team",
    ),
    (
        "Status deiner Bewerbung",
        "Hi Jane,\n\ndeine Bewerbung als Werkstudentin Marketing wird gerade vom Fachbereich "
        "gesichtet. Den aktuellen Stand siehst du jederzeit in deinem Kandidatenprofil.\n\nDein "
        "Brandt Talent-Team",
    ),
]

HR_MAIL = [
    # --- (b) a no after an interview or a test, long and personal ---
    (
        "rejection",
        False,
        "Ihr Vorstellungsgespräch bei Brandt Medizintechnik",
        "Sehr geehrte Frau Doe,\n\nherzlichen Dank für das angenehme Gespräch mit unserem "
        "Auswahlgremium am vergangenen Donnerstag. Sie haben uns mit Ihrer Präsentation und "
        "Ihrer Erfahrung sehr überzeugt. Die Entscheidung ist uns wirklich nicht leicht "
        "gefallen, letztlich haben wir uns jedoch für eine andere Kandidatin entschieden, deren "
        "Profil noch etwas besser zu den aktuellen Anforderungen passt.\n\nWir würden uns "
        "freuen, wenn Sie sich bei passenden Ausschreibungen erneut bei uns bewerben.\n\nMit "
        "freundlichen Grüßen\nBrandt Medizintechnik Personalabteilung",
    ),
    (
        "rejection",
        False,
        "Rückmeldung zu Ihrem Gespräch",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Zeit in unserem Auswahlverfahren. Nach "
        "den Gesprächen haben wir die Position einem anderen Bewerber angeboten, der das Angebot "
        "angenommen hat.\n\nGerne geben wir Ihnen in einem kurzen Telefonat ein Feedback.\n\n"
        "Freundliche Grüße\nPersonalabteilung",
    ),
    (
        "rejection",
        False,
        "Ergebnis Ihrer Fallstudie",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für die Bearbeitung der Fallstudie. Unsere "
        "Fachabteilung hat Ihre Lösung sorgfältig geprüft. Leider hat Ihr Ergebnis nicht "
        "ausgereicht, um Sie in die nächste Runde einzuladen.\n\nWir danken Ihnen für Ihren "
        "Einsatz und wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nBrandt "
        "Medizintechnik GmbH",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung als Teamleiterin Logistik",
        "Sehr geehrte Frau Doe,\n\nnochmals vielen Dank für die Gespräche mit uns. Wir haben uns "
        "entschieden, die Position intern zu besetzen.\n\nIhr Profil hat uns sehr gefallen, und "
        "wir würden Sie gerne in unseren Talentpool aufnehmen.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
    (
        "rejection",
        False,
        "Deine Bewerbung als Frontend-Entwickler*in",
        "Hi Jane,\n\ndanke dir für das tolle Gespräch mit dem Team letzte Woche! Es war eine "
        "wirklich knappe Entscheidung, aber wir haben uns am Ende für jemand anderen "
        "entschieden. Das Team war von deiner Coding-Session begeistert, also bewirb dich gern "
        "wieder, wenn du eine passende Stelle bei uns siehst.\n\nViele Grüße\nDein Brandt "
        "Talent-Team",
    ),
    # --- (c) offers ---
    (
        "offer",
        False,
        "Vertragsangebot Projektingenieurin (m/w/d)",
        "Sehr geehrte Frau Doe,\n\nwir freuen uns, Ihnen nach den Gesprächen ein Vertragsangebot "
        "für die Position als Projektingenieurin unterbreiten zu können. Das Bruttojahresgehalt "
        "beträgt 62.000 Euro, der Eintritt ist zum 1. Mai vorgesehen.\n\nDen Arbeitsvertrag "
        "finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 20. "
        "März zurück.\n\nMit freundlichen Grüßen\nBrandt Medizintechnik Personalabteilung",
    ),
    (
        "offer",
        False,
        "Ihr Angebot",
        "Sehr geehrte Frau Doe,\n\nwie telefonisch besprochen, möchten wir Ihnen die Stelle als "
        "Controller anbieten. Anbei erhalten Sie unser schriftliches Angebot mit den "
        "vereinbarten Konditionen.\n\nWir freuen uns auf Ihre Rückmeldung.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "offer",
        False,
        "Dein Vertrag bei Brandt",
        "Hi Jane,\n\nwir freuen uns riesig: Wir möchten dir die Stelle als Werkstudentin "
        "Marketing anbieten! Im Anhang findest du deinen Vertrag. Schick ihn uns einfach "
        "unterschrieben zurück.\n\nViele Grüße\nDein Brandt Talent-Team",
    ),
    # --- (c) after the yes: the welcome ---
    # --- (c) an offer withdrawn ---
    (
        "rejection",
        False,
        "Ihr Vertragsangebot",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass wir unser "
        "Vertragsangebot für die Position als Projektingenieurin aufgrund einer kurzfristigen "
        "Umstrukturierung zurückziehen müssen. Wir bedauern dies sehr und bitten um Ihr "
        "Verständnis.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    # --- (e) interview invitations ---
    (
        "interview",
        False,
        "Einladung zum Kennenlerngespräch",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Controller (m/w/d). Gerne "
        "möchten wir Sie persönlich kennenlernen und laden Sie zu einem Kennenlerngespräch per "
        "Microsoft Teams ein. Bitte wählen Sie über den folgenden Link einen passenden Termin "
        "aus.\n\nMit freundlichen Grüßen\nBrandt Medizintechnik Personalabteilung",
    ),
    (
        "interview",
        False,
        "Terminverschiebung Vorstellungsgespräch",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir unser Vorstellungsgespräch am Donnerstag "
        "verschieben, da unsere Abteilungsleiterin kurzfristig verhindert ist. Wäre Ihnen "
        "Montag, der 17. März, um 14 Uhr oder Dienstag um 10 Uhr recht?\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "interview",
        False,
        "Einladung zum Videointerview",
        "Hallo Jane,\n\ndanke für deine Bewerbung als Frontend-Entwickler*in! Wir würden dich "
        "gern in einem Videocall kennenlernen. Such dir über den Link einfach einen Slot aus, "
        "der dir passt.\n\nViele Grüße\nDein Brandt Talent-Team",
    ),
    (
        "interview",
        False,
        "Nächster Schritt: Zweitgespräch",
        "Sehr geehrte Frau Doe,\n\nnach dem positiven ersten Gespräch möchten wir Sie gerne zu "
        "einem Zweitgespräch vor Ort in unserem Werk in Kiel einladen. Bitte teilen Sie uns "
        "mit, an welchen Tagen der kommenden Woche Sie Zeit haben.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
]

TOOL_MAIL = [
    (
        "interview",
        False,
        "Wählen Sie einen Termin für Ihr Gespräch mit Brandt Medizintechnik",
        "Hallo Jane,\n\nLena Kruse von Brandt Medizintechnik hat Sie eingeladen, einen Termin "
        "für Ihr Vorstellungsgespräch zu buchen. Wählen Sie einen passenden Zeitpunkt:\n\n"
        "Termin auswählen\n\nDauer: 30 Min. Ort: Microsoft Teams",
    ),
]

PERSON_NOTES = [
    (
        "rejection",
        True,
        "Kurzes Update",
        "Hallo Frau Doe,\n\nich wollte Ihnen persönlich Bescheid geben: Wir haben die Stelle "
        "inzwischen an eine andere Kandidatin vergeben. Vielen Dank für Ihre Zeit, es war "
        "wirklich knapp.\n\nBeste Grüße\nLena Kruse",
    ),
    (
        "rejection",
        True,
        "Rückmeldung",
        "Hi Jane,\n\nleider hat sich der Fachbereich für eine interne Lösung entschieden. Ich "
        "fand unsere Gespräche super und würde gern in Kontakt bleiben.\n\nLiebe Grüße\nLena",
    ),
    (
        "offer",
        True,
        "Gute Nachrichten!",
        "Hallo Jane,\n\ndas Team war begeistert von dir und wir möchten dir gern ein Angebot "
        "machen! Ich rufe dich heute Nachmittag an und erzähle dir die Details.\n\nLena",
    ),
    (
        "accepted",
        True,
        "Wie schön!",
        "Hallo Jane,\n\nwie schön, dass du zugesagt hast! Herzlich willkommen im Team. Die "
        "Personalabteilung meldet sich wegen deines ersten Arbeitstags.\n\nLena",
    ),
    (
        "interview",
        True,
        "Termin verschieben",
        "Hi Jane,\n\nbei mir ist leider etwas dazwischengekommen. Können wir unser Gespräch auf "
        "Freitag um 11 Uhr verschieben?\n\nLena",
    ),
]

READER_MAIL = [
    (
        "withdrawn",
        False,
        "Rücknahme meiner Bewerbung",
        "Sehr geehrte Damen und Herren,\n\nhiermit ziehe ich meine Bewerbung als Controller "
        "(Kennziffer 2025-118) zurück. Vielen Dank für Ihr Interesse.\n\nMit freundlichen "
        "Grüßen\nJane Doe",
    ),
    (
        "declined",
        False,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Kruse,\n\nvielen Dank für die Einladung zum Vorstellungsgespräch. Da "
        "ich mich zwischenzeitlich für eine andere Stelle entschieden habe, muss ich den Termin "
        "leider absagen und ziehe meine Bewerbung zurück.\n\nMit freundlichen Grüßen\nJane Doe",
    ),
    (
        "accepted",
        False,
        "AW: Vertragsangebot Projektingenieurin",
        "Sehr geehrte Frau Kruse,\n\nvielen Dank für Ihr Angebot. Sehr gerne nehme ich die Stelle "
        "als Projektingenieurin an. Den unterschriebenen Arbeitsvertrag finden Sie im Anhang."
        "\n\nMit freundlichen Grüßen\nJane Doe",
    ),
    (
        "accepted",
        False,
        "AW: Dein Vertrag bei Brandt",
        "Hi Lena,\n\nich freu mich riesig und sage sehr gern zu! Den unterschriebenen Vertrag "
        "schicke ich dir morgen.\n\nLiebe Grüße\nJane",
    ),
    (
        "declined",
        True,
        "AW: Angebot",
        "Hallo Lena,\n\ndanke dir für das Angebot! Ich habe lange überlegt, muss aber leider "
        "absagen, weil ich mich für eine andere Stelle entschieden habe.\n\nViele Grüße\nJane",
    ),
]

# (c) onboarding before the first day, no yes named: job mail of no stage (``other_job``), never
# a step back or a no
ONBOARDING = [
    (
        "Willkommen im Team!",
        "Hi Jane,\n\nschön, dass du an Bord bist! Damit dein Start am 1. April reibungslos "
        "klappt, füll bitte vorab die Onboarding-Unterlagen im Portal aus. Dein Laptop liegt an "
        "deinem ersten Tag bereit.\n\nBis bald\nDein Brandt People-Team",
    ),
]

# Written after the first fixes, to test that they are general.
SECOND_HR_MAIL = [
    (
        "rejection",
        False,
        "Statusänderung Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nder Bearbeitungsstand Ihrer Bewerbung als Einkäuferin hat "
        "sich geändert.\n\nAktueller Status: Nicht ausgewählt\n\nVielen Dank für Ihr "
        "Interesse an der Brandt Medizintechnik GmbH.\n\nIhr Brandt Karriere-Team",
    ),
    (
        "rejection",
        False,
        "Ihr Online-Test",
        "Sehr geehrte Frau Doe,\n\nvielen Dank, dass Sie an unserem Online-Test teilgenommen "
        "haben. Leider hat Ihre Punktzahl nicht gereicht, um Sie zu einem Vorstellungsgespräch "
        "einzuladen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "offer",
        False,
        "Ihr Vertragsangebot als Controller (m/w/d)",
        "Sehr geehrte Frau Doe,\n\nim Nachgang zu unserem Telefonat freuen wir uns, Ihnen "
        "unser schriftliches Angebot zu senden: ein Bruttojahresgehalt von 68.000 Euro, 30 Tage "
        "Urlaub und ein Eintritt zum 1. Juni.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "interview",
        False,
        "Einladung zum Zweitgespräch",
        "Hallo Jane,\n\nwir würden dich gern zu einem Zweitgespräch mit unserer Teamleitung "
        "einladen. Buch dir dafür einfach über den Link einen freien Termin in der nächsten "
        "Woche.\n\nViele Grüße\nDein Brandt Talent-Team",
    ),
]

SECOND_READER_MAIL = [
    (
        "withdrawn",
        False,
        "Meine Bewerbung als Einkäuferin",
        "Sehr geehrte Damen und Herren,\n\nhiermit nehme ich meine Bewerbung als Einkäuferin "
        "(Referenz 7734) zurück, da ich mich beruflich anders orientiert habe.\n\nMit "
        "freundlichen Grüßen\nJane Doe",
    ),
    (
        "declined",
        False,
        "AW: Einladung zum Zweitgespräch",
        "Hallo Lena,\n\nvielen Dank für die Einladung! Ich habe mich inzwischen für einen "
        "anderen Arbeitgeber entschieden und ziehe deshalb meine Bewerbung zurück.\n\nViele "
        "Grüße\nJane",
    ),
    (
        "accepted",
        False,
        "AW: Ihr Vertragsangebot als Controller (m/w/d)",
        "Sehr geehrte Frau Kruse,\n\nherzlichen Dank! Ich nehme Ihr Angebot sehr gerne an und "
        "freue mich auf den Start am 1. Juni.\n\nMit freundlichen Grüßen\nJane Doe",
    ),
]

SECOND_LOOKALIKES = [
    (
        "info@tanzschule-kiel.de",
        "Status Ihrer Anmeldung",
        "Hallo Jane,\n\nder Tanzkurs am Dienstag ist leider voll. Status: Absage. Gerne "
        "setzen wir Sie auf die Warteliste.\n\nTanzschule Kiel",
        False,
    ),
    (
        "petra.lang@gmx.de",
        "Neuer Job",
        "Hallo Jane,\n\nich habe mich für einen anderen Arbeitgeber entschieden und fange im "
        "Mai in Hamburg an! Drück mir die Daumen.\n\nPetra",
        False,
    ),
]

LOOKALIKES = [
    (
        "tobias.mayer@gmx.de",
        "Ich hab den Job!",
        "Hey Jane,\n\nstell dir vor, die Agentur hat mir ein Angebot gemacht und ich habe "
        "zugesagt! Mein erster Arbeitstag ist im April. Lass uns feiern!\n\nTobi",
        False,
    ),
    (
        "kredit@sparbank.de",
        "Ihr Kreditangebot",
        "Sehr geehrte Frau Doe,\n\nder Status Ihres Kreditantrags hat sich geändert: Genehmigt. "
        "Ihr persönliches Angebot über 10.000 Euro steht im Online-Banking bereit.\n\nIhre "
        "Sparbank",
        False,
    ),
    (
        "termine@zahnarzt-kiel.de",
        "Terminverschiebung",
        "Sehr geehrte Frau Doe,\n\nIhr Termin zur Kontrolluntersuchung muss leider verschoben "
        "werden. Bitte wählen Sie über den Link einen neuen Termin aus.\n\nIhre Zahnarztpraxis "
        "Dr. Weber",
        False,
    ),
    (
        "vermietung@nordwohnen.de",
        "Ihre Anfrage zur Wohnung Lindenstraße 4",
        "Sehr geehrte Frau Doe,\n\nleider hat sich der Vermieter für einen anderen Interessenten "
        "entschieden. Die Besichtigung am Samstag entfällt daher.\n\nNordwohnen",
        False,
    ),
    (
        "kurse@vhs-kiel.de",
        "Status Ihrer Anmeldung",
        "Sehr geehrte Frau Doe,\n\nder Status Ihrer Anmeldung zum Kurs Spanisch A2 hat sich "
        "geändert: Absage, der Kurs ist ausgebucht.\n\nVolkshochschule Kiel",
        False,
    ),
    (
        "events@hrtech-forum.de",
        "Ihre Anmeldung zum Webinar",
        "Hallo Jane,\n\nSie sind für unser Webinar „Vorstellungsgespräche 2025“ angemeldet. "
        "Wählen Sie einen passenden Termin und treten Sie über Zoom bei.\n\nHR Tech Forum",
        True,
    ),
    (
        "service@stadtwerke-kiel.de",
        "Ihr Rückruftermin",
        "Sehr geehrte Frau Doe,\n\nein Mitarbeiter unseres Kundenservice ruft Sie am Donnerstag "
        "zwischen 14 und 16 Uhr zurück, um Ihr Tarifangebot zu besprechen.\n\nIhre Stadtwerke",
        False,
    ),
    (
        "redaktion@gruenderpodcast.de",
        "Interview für unseren Podcast",
        "Hallo Jane,\n\ndanke, dass du beim Podcast-Interview dabei bist! Such dir über den Link "
        "einen Aufnahmetermin aus. Willkommen an Bord!\n\nMax",
        False,
    ),
    (
        "newsletter@personalwissen.de",
        "Personalwissen: Absagen, Vertragsangebote und Onboarding",
        "Diese Woche: Wie Sie Absagen wertschätzend formulieren, was in ein Vertragsangebot "
        "gehört und wie Onboarding am ersten Arbeitstag gelingt.\n\nJetzt lesen.",
        True,
    ),
    (
        "anna.schulz@web.de",
        "Samstag",
        "Hallo Jane,\n\nich muss das Abendessen am Samstag leider absagen, die Kinder sind krank. "
        "Können wir es verschieben?\n\nAnna",
        False,
    ),
]

test_ats_mail_is_read_for_its_stage = family_test(ATS_MAIL, writer=ATS, employer=EMPLOYER)
test_hr_mail_is_read_for_its_stage = family_test(
    [*HR_MAIL, *SECOND_HR_MAIL], writer=HR, employer=EMPLOYER
)
test_booking_tool_mail_is_an_interview = family_test(TOOL_MAIL, writer=TOOL, employer=EMPLOYER)
test_person_note_is_read_for_its_stage = family_test(PERSON_NOTES, writer=PERSON, employer=EMPLOYER)
test_readers_own_mail_is_read_for_its_status = family_test(
    [*READER_MAIL, *SECOND_READER_MAIL], writer=READER, employer=EMPLOYER
)
test_look_alike_stays_not_job_mail = lookalike_test([*LOOKALIKES, *SECOND_LOOKALIKES])


test_status_notice_that_decides_nothing_is_no_decision = undecided_test(
    UNDECIDED, writer=ATS, employer=EMPLOYER
)


test_onboarding_before_the_start_is_no_step_back = onboarding_test(
    ONBOARDING, writer=HR, employer=EMPLOYER
)
