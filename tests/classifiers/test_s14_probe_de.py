"""Person-written German notes (Sie and du) in every hiring family, and look-alikes that stay
not job mail.

Short notes from a hiring manager, a founder, an in-house or an agency recruiter: no ATS
template, plain words. Notes that only make sense inside a known process (no job words at all)
are read with ``classify_in_process``. The second batch of notes was written after the first
round of phrase fixes, as a check that those fixes are general.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import lookalike_test, stage_test

REJ, INT, ASM, OFF, CONF = (
    Category.REJECTION,
    Category.INTERVIEW,
    Category.ASSESSMENT,
    Category.OFFER,
    Category.CONFIRMATION,
)
HOLD, WDR, ACC = ApplicationStatus.ON_HOLD, ApplicationStatus.WITHDRAWN, ApplicationStatus.ACCEPTED

# (subject, body, category, status, in_process)
NOTES: list[tuple[str, str, Category, ApplicationStatus | None, bool]] = [
    # --- Absage ---
    (
        "Kurzes Update",
        "Hallo Jane,\n\ndanke nochmal für das Gespräch. Wir werden den Prozess mit dir leider "
        "nicht weiterführen, auch wenn es knapp war.\n\nViele Grüße\nJonas",
        REJ,
        None,
        True,
    ),
    (
        "Ihre Bewerbung als Projektleiterin",
        "Sehr geehrte Frau Doe,\n\nnach reiflicher Überlegung haben wir uns für eine andere "
        "Kandidatin entschieden. Wir wünschen Ihnen für Ihre weitere Suche alles Gute.\n\n"
        "Mit freundlichen Grüßen\nSabine Keller",
        REJ,
        None,
        False,
    ),
    (
        "Re: Backend-Stelle",
        "Hi Jane,\n\nwir haben uns entschieden, die Stelle erstmal mit jemand Erfahrenerem zu "
        "besetzen. Ich fand unser Gespräch trotzdem super.\n\nLG\nMax",
        REJ,
        None,
        False,
    ),
    (
        "AW: nächste Schritte",
        "Hallo Jane,\n\nleider müssen wir dir absagen. Das Team sucht doch jemanden mit mehr "
        "Erfahrung im Vertrieb.\n\nBeste Grüße\nLena",
        REJ,
        None,
        True,
    ),
    (
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nleider können wir Ihnen keine positive Rückmeldung geben. Die "
        "Position wurde inzwischen intern besetzt.\n\nFreundliche Grüße\nThomas Berg",
        REJ,
        None,
        False,
    ),
    (
        "Rückmeldung zum Gespräch",
        "Hallo Frau Doe,\n\nvielen Dank für Ihre Zeit. Wir haben uns entschieden, den Prozess "
        "nicht mit Ihnen fortzusetzen.\n\nViele Grüße\nAnja Roth",
        REJ,
        None,
        True,
    ),
    (
        "Stelle als Data Analyst",
        "Hallo Jane,\n\nmein Kunde hat sich leider für einen anderen Kandidaten entschieden. Ich "
        "melde mich, sobald ich etwas Passendes für dich habe.\n\nGruß\nKai\nPersonalberater",
        REJ,
        None,
        False,
    ),
    (
        "Re: unser Gespräch",
        "Hi Jane,\n\nwir haben lange überlegt, aber es passt diesmal leider nicht. Wir gehen "
        "einen anderen Weg.\n\nCiao\nTim",
        REJ,
        None,
        True,
    ),
    (
        "Ihre Bewerbung bei uns",
        "Sehr geehrte Frau Doe,\n\nwir bedauern, Ihnen mitteilen zu müssen, dass wir Sie nicht "
        "weiter berücksichtigen können.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        REJ,
        None,
        False,
    ),
    (
        "Kurzes Feedback",
        "Hallo Jane,\n\nwir haben die Stelle inzwischen vergeben. Sorry, dass es diesmal nicht "
        "geklappt hat!\n\nLG\nMiriam",
        REJ,
        None,
        True,
    ),
    # --- Einladung / Termin ---
    (
        "Re: Bewerbung Backend",
        "Hallo Jane,\n\ndanke für deine Bewerbung! Hättest du Donnerstag Zeit für ein kurzes "
        "Telefonat? So gegen 15 Uhr?\n\nLG\nMax",
        INT,
        None,
        False,
    ),
    (
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Doe,\n\nwir möchten Sie gerne zu einem persönlichen Gespräch am "
        "14. März um 10 Uhr in unser Büro einladen.\n\nMit freundlichen Grüßen\nSabine Keller",
        INT,
        None,
        False,
    ),
    (
        "Kennenlernen",
        "Hallo Jane,\n\ndein Profil gefällt uns sehr. Hast du nächste Woche Zeit für ein erstes "
        "Kennenlernen per Video? Schick mir gern ein paar Termine.\n\nViele Grüße\nLena",
        INT,
        None,
        False,
    ),
    (
        "AW: nächste Schritte",
        "Hallo Frau Doe,\n\ngerne würden wir Sie in die zweite Runde einladen. Würde Ihnen "
        "Dienstag um 14 Uhr passen?\n\nBeste Grüße\nAnja Roth",
        INT,
        None,
        True,
    ),
    (
        "Termin",
        "Hallo Jane,\n\nkönnen wir unseren Call auf morgen 16 Uhr verschieben? Mir ist was "
        "dazwischengekommen.\n\nGruß\nTim",
        INT,
        None,
        True,
    ),
    (
        "Re: Stelle als Projektmanagerin",
        "Hallo Frau Doe,\n\nvielen Dank für Ihre Unterlagen. Wann passt es Ihnen für ein "
        "Telefonat diese Woche?\n\nViele Grüße\nKai\nPersonalberater",
        INT,
        None,
        False,
    ),
    (
        "Bestätigung Ihres Termins",
        "Sehr geehrte Frau Doe,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch am Freitag "
        "um 11 Uhr. Den Teams-Link erhalten Sie einen Tag vorher.\n\nFreundliche Grüße\n"
        "Thomas Berg",
        INT,
        None,
        False,
    ),
    (
        "Re: Kennenlernen",
        "Hi Jane,\n\nwir würden dich gern zu einem Probetag ins Büro einladen, um das Team "
        "kennenzulernen. Passt dir der 20.?\n\nCiao\nMiriam",
        INT,
        None,
        True,
    ),
    # --- Aufgabe / Test ---
    (
        "Nächster Schritt",
        "Hallo Jane,\n\nals nächsten Schritt würden wir dich bitten, eine kleine "
        "Probeaufgabe zu lösen. Die Aufgabe hängt an, schick sie uns bitte innerhalb einer "
        "Woche.\n\nLG\nMax",
        ASM,
        None,
        True,
    ),
    (
        "Ihre Bewerbung – Fallstudie",
        "Sehr geehrte Frau Doe,\n\nfür die nächste Runde bitten wir Sie, eine kurze Fallstudie "
        "vorzubereiten und dem Team in 20 Minuten zu präsentieren.\n\nMit freundlichen Grüßen\n"
        "Sabine Keller",
        ASM,
        None,
        False,
    ),
    (
        "Coding-Aufgabe",
        "Hi Jane,\n\nwie besprochen hier die Coding-Challenge. Dauert ungefähr zwei Stunden, "
        "lass dir ruhig Zeit.\n\nGruß\nTim",
        ASM,
        None,
        True,
    ),
    (
        "Online-Test",
        "Hallo Jane,\n\nmein Kunde möchte, dass du vor dem Gespräch einen Online-Test machst. "
        "Den Link bekommst du gleich per Mail.\n\nGruß\nKai\nPersonalberater",
        ASM,
        None,
        False,
    ),
    (
        "Re: Designer-Stelle",
        "Hallo Jane,\n\nim Rahmen des Bewerbungsprozesses bitten wir um eine kleine "
        "Designaufgabe. Das Briefing findest du im Anhang.\n\nLG\nMiriam",
        ASM,
        None,
        False,
    ),
    # --- Angebot ---
    (
        "Gute Nachrichten",
        "Hallo Jane,\n\nich freue mich sehr, dir die Stelle als Produktdesignerin anbieten zu "
        "können! Das offizielle Angebot schicke ich dir morgen.\n\nLG\nLena",
        OFF,
        None,
        False,
    ),
    (
        "Ihr Vertrag",
        "Sehr geehrte Frau Doe,\n\nanbei erhalten Sie Ihren Arbeitsvertrag. Bitte senden Sie uns "
        "ein unterschriebenes Exemplar bis Freitag zurück.\n\nMit freundlichen Grüßen\nThomas Berg",
        OFF,
        None,
        False,
    ),
    (
        "AW: nächste Schritte",
        "Hi Jane,\n\ndas Team war begeistert und wir würden dir gern ein Angebot machen! Kann ich "
        "dich heute Nachmittag anrufen?\n\nMax",
        OFF,
        None,
        True,
    ),
    (
        "Stelle als Data Analyst",
        "Hallo Jane,\n\nsuper Nachrichten: mein Kunde möchte dir die Stelle anbieten, 65.000 "
        "Euro plus Bonus. Lass uns heute telefonieren.\n\nGruß\nKai\nPersonalberater",
        OFF,
        None,
        False,
    ),
    (
        "Zusage",
        "Sehr geehrte Frau Doe,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir uns für "
        "Sie entschieden haben. Den Vertrag erhalten Sie in den nächsten Tagen.\n\nAnja Roth",
        OFF,
        None,
        True,
    ),
    # --- pausiert ---
    (
        "Kurzes Update",
        "Hallo Jane,\n\nkurze Info: die Einstellung ist pausiert, bis die Finanzierungsrunde "
        "durch ist. Ich melde mich, sobald es weitergeht.\n\nGruß\nTim",
        CONF,
        HOLD,
        True,
    ),
    (
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir das Besetzungsverfahren für die Stelle "
        "vorerst aussetzen. Wir melden uns, sobald es weitergeht.\n\nMit freundlichen Grüßen\n"
        "Sabine Keller",
        CONF,
        HOLD,
        False,
    ),
    (
        "Re: Backend-Stelle",
        "Hi Jane,\n\nsorry für die Funkstille. Wir haben die Stelle erstmal auf Eis gelegt, "
        "weil das Budget noch nicht steht.\n\nLG\nMax",
        CONF,
        HOLD,
        False,
    ),
    (
        "Stelle als Data Analyst",
        "Hallo Jane,\n\nmein Kunde hat einen Einstellungsstopp verhängt, die Stelle ruht also "
        "erstmal. Ich halte dich auf dem Laufenden.\n\nKai\nPersonalberater",
        CONF,
        HOLD,
        False,
    ),
    (
        "AW: nächste Schritte",
        "Hallo Frau Doe,\n\nwir müssen den Prozess leider für ein paar Wochen pausieren, da wir "
        "das Team umstrukturieren. Das ist keine Absage.\n\nViele Grüße\nAnja Roth",
        CONF,
        HOLD,
        True,
    ),
    # --- Rückzug bestätigt ---
    (
        "Re: Rückzug",
        "Hallo Jane,\n\ndanke, dass du uns Bescheid gegeben hast, dass du ein anderes Angebot "
        "angenommen hast. Alles Gute für den neuen Job!\n\nLG\nLena",
        CONF,
        WDR,
        False,
    ),
    (
        "AW: Meine Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwir haben Ihre Bewerbung wie gewünscht zurückgezogen. Alles "
        "Gute für Ihre Zukunft.\n\nMit freundlichen Grüßen\nThomas Berg",
        CONF,
        WDR,
        False,
    ),
    (
        "Re: Data Analyst",
        "Hi Jane,\n\nalles klar, ich habe dem Kunden Bescheid gegeben, dass du dich zurückziehst. "
        "Schade, aber verständlich.\n\nKai\nPersonalberater",
        CONF,
        WDR,
        False,
    ),
    (
        "AW: Bewerbung",
        "Hallo Frau Doe,\n\nwir respektieren Ihre Entscheidung, Ihre Bewerbung zurückzuziehen. "
        "Unsere Tür steht Ihnen jederzeit offen.\n\nViele Grüße\nAnja Roth",
        CONF,
        WDR,
        False,
    ),
    # --- Angebot angenommen / abgelehnt ---
    (
        "AW: Vertrag",
        "Hallo Jane,\n\nwir haben deinen unterschriebenen Vertrag erhalten, willkommen im Team! "
        "Die Infos zum Onboarding kommen nächste Woche.\n\nLG\nLena",
        OFF,
        ACC,
        False,
    ),
    (
        "Re: Angebot",
        "Hallo Frau Doe,\n\nvielen Dank für Ihre Zusage! Wir freuen uns sehr, dass Sie ab April "
        "bei uns anfangen.\n\nMit freundlichen Grüßen\nSabine Keller",
        OFF,
        ACC,
        False,
    ),
    (
        "AW: Dein Vertragsangebot",
        "Hallo Jane,\n\nschade, dass du unser Angebot ablehnst, aber ich verstehe deine "
        "Entscheidung. Alles Gute!\n\nMax",
        OFF,
        WDR,
        False,
    ),
    # --- mehr: Aufgabe ---
    (
        "Testaufgabe",
        "Hi Jane,\n\nanbei die Testaufgabe, von der ich erzählt habe. Schick mir die Lösung "
        "einfach bis nächsten Freitag.\n\nLG\nMax",
        ASM,
        None,
        True,
    ),
    (
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nals nächsten Schritt senden wir Ihnen einen Link zu einem "
        "Online-Assessment, das etwa 45 Minuten dauert.\n\nMit freundlichen Grüßen\nThomas Berg",
        ASM,
        None,
        False,
    ),
    # --- mehr: Angebot ---
    (
        "Re: Stelle als Entwicklerin",
        "Hallo Jane,\n\nwir möchten dich sehr gern im Team haben! Den Vertragsentwurf schicke "
        "ich dir heute noch.\n\nLG\nMiriam",
        OFF,
        None,
        False,
    ),
    (
        "Vertragsangebot",
        "Sehr geehrte Frau Doe,\n\nwie telefonisch besprochen, erhalten Sie anbei unser "
        "Vertragsangebot für die Position als Teamleiterin.\n\nMit freundlichen Grüßen\nSabine "
        "Keller",
        OFF,
        None,
        False,
    ),
    # --- mehr: pausiert ---
    (
        "Update zur Stelle",
        "Hallo Jane,\n\ndie Stelle ist gerade leider auf Eis, bis das neue Budget steht. Sobald "
        "es weitergeht, melde ich mich.\n\nLG\nLena",
        CONF,
        HOLD,
        False,
    ),
    (
        "Re: Projektleitung",
        "Sehr geehrte Frau Doe,\n\ndas Auswahlverfahren ruht derzeit wegen einer internen "
        "Umstrukturierung. Wir kommen unaufgefordert auf Sie zu.\n\nMit freundlichen Grüßen\n"
        "Thomas Berg",
        CONF,
        HOLD,
        False,
    ),
    # --- mehr: Rückzug bestätigt ---
    (
        "AW: Absage meinerseits",
        "Hallo Jane,\n\nschade, dass du dich anders entschieden hast, aber danke für die "
        "ehrliche Rückmeldung. Ich habe dich aus dem Prozess genommen.\n\nGruß\nTim",
        CONF,
        WDR,
        False,
    ),
    (
        "AW: Gesprächstermin",
        "Hallo Frau Doe,\n\nvielen Dank für Ihre Nachricht. Wir bedauern Ihre Entscheidung, "
        "haben den Termin storniert und wünschen Ihnen viel Erfolg.\n\nAnja Roth",
        CONF,
        WDR,
        True,
    ),
    # --- mehr: angenommen / abgelehnt ---
    (
        "AW: Arbeitsvertrag",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für den unterschriebenen Arbeitsvertrag. Wir "
        "freuen uns auf die Zusammenarbeit ab dem 1. April.\n\nSabine Keller",
        OFF,
        ACC,
        False,
    ),
    (
        "Re: Angebot",
        "Hi Jane,\n\nsuper, dass du zugesagt hast! Den Vertrag hast du ja schon unterschrieben "
        "zurückgeschickt, jetzt fehlt nur noch dein Starttermin.\n\nMax",
        OFF,
        ACC,
        False,
    ),
    (
        "AW: Vertragsangebot",
        "Sehr geehrte Frau Doe,\n\nwir bedauern, dass Sie unser Angebot nicht annehmen, "
        "respektieren aber Ihre Entscheidung.\n\nMit freundlichen Grüßen\nThomas Berg",
        OFF,
        WDR,
        False,
    ),
    # --- second batch, written after the first fixes (see the module docstring) ---
    (
        "Re: Vertriebsstelle",
        "Hallo Jane,\n\nwir haben uns am Ende für eine andere Bewerberin entschieden. Danke "
        "dir trotzdem für die Zeit!\n\nLG\nNina",
        REJ,
        None,
        False,
    ),
    (
        "Kurzes Update",
        "Hallo Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass wir uns anders "
        "entschieden haben.\n\nViele Grüße\nJakob",
        REJ,
        None,
        True,
    ),
    (
        "Re: Kennenlernen",
        "Hi Jane,\n\nhat Spaß gemacht gestern! Hättest du Lust auf ein zweites Gespräch "
        "mit unserem CTO nächste Woche?\n\nNina",
        INT,
        None,
        True,
    ),
    (
        "Ihre Bewerbung als Teamleiterin",
        "Sehr geehrte Frau Doe,\n\nhätten Sie am Mittwoch oder Donnerstag Zeit für ein "
        "Telefonat?\n\nFreundliche Grüße\nJakob",
        INT,
        None,
        False,
    ),
    (
        "Aufgabe",
        "Hallo Jane,\n\nals nächstes kommt eine kleine schriftliche Aufgabe, drei kurze "
        "Fälle aus dem Support. Bitte schick sie bis Montag zurück.\n\nNina",
        ASM,
        None,
        True,
    ),
    (
        "Re: Data-Stelle",
        "Hallo Jane,\n\nvor der letzten Runde würden wir dich bitten, eine kurze SQL-Aufgabe "
        "zu lösen. Dauert etwa eine Stunde.\n\nJakob",
        ASM,
        None,
        False,
    ),
    (
        "Re: letzte Runde",
        "Hallo Jane,\n\nwir würden dir sehr gern die Stelle als Teamleiterin anbieten! Den "
        "Vertrag schicke ich dir morgen.\n\nNina",
        OFF,
        None,
        False,
    ),
    (
        "Re: Teamleiterin",
        "Hallo Jane,\n\nkurzes Update: die Stelle ist pausiert, solange wir umstrukturieren. Ich "
        "melde mich in ein paar Wochen.\n\nNina",
        CONF,
        HOLD,
        False,
    ),
    (
        "AW: nächste Schritte",
        "Hallo Frau Doe,\n\nleider haben wir einen Einstellungsstopp bis zur nächsten "
        "Finanzierungsrunde. Das hat nichts mit Ihnen zu tun.\n\nJakob",
        CONF,
        HOLD,
        True,
    ),
    (
        "AW: Rückzug",
        "Hallo Frau Doe,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Bewerbung aus dem "
        "Verfahren genommen und wünschen Ihnen alles Gute.\n\nJakob",
        CONF,
        WDR,
        False,
    ),
    (
        "AW: Bewerbung",
        "Hallo Jane,\n\nschade, dass du deine Bewerbung zurückziehst, aber ich verstehe das. "
        "Viel Erfolg!\n\nNina",
        CONF,
        WDR,
        False,
    ),
    (
        "AW: Vertrag",
        "Hallo Frau Doe,\n\nIhr unterschriebener Vertrag ist angekommen, herzlich willkommen bei "
        "uns!\n\nJakob",
        OFF,
        ACC,
        False,
    ),
    (
        "AW: Ihr Vertragsangebot",
        "Hallo Frau Doe,\n\nwir respektieren Ihre Entscheidung, unser Angebot nicht anzunehmen, "
        "und wünschen Ihnen alles Gute.\n\nJakob",
        OFF,
        WDR,
        False,
    ),
]

LOOKALIKES = [
    (
        "Party am Samstag",
        "Hallo Jane,\n\nschön, dass du zugesagt hast! Die Party beginnt um 19 Uhr, bring gern "
        "jemanden mit.\n\nLG Katja",
    ),
    (
        "Ihre Wohnungssuche",
        "Sehr geehrte Frau Doe,\n\nwie besprochen pausieren wir die Suche vorerst bis zum "
        "Frühjahr. Wir melden uns dann.\n\nImmobilien Schmitt",
    ),
    (
        "Neuigkeiten!",
        "Hi Jane,\n\nich hab den Job in der Bäckerei! Sie haben mir die Stelle am Freitag "
        "angeboten, ich fange nächsten Monat an.\n\nLG Lucy",
    ),
    (
        "Ihr Kreditangebot",
        "Sehr geehrte Frau Doe,\n\nIhr persönliches Kreditangebot über 10.000 Euro liegt bereit. "
        "Nehmen Sie das Angebot innerhalb von 14 Tagen online an.\n\nIhre Bank",
    ),
    (
        "Terminbestätigung",
        "Sehr geehrte Frau Doe,\n\nhiermit bestätigen wir Ihren Termin bei Dr. Weber am "
        "Donnerstag um 10 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit.\n\nPraxis Weber",
    ),
    (
        "Besichtigung",
        "Hallo Frau Doe,\n\nvielen Dank für Ihre Anfrage zur Wohnung. Hätten Sie Samstag um 11 "
        "Uhr Zeit für eine Besichtigung?\n\nMit freundlichen Grüßen\nHausverwaltung Schmitt",
    ),
    (
        "Ihre Anmeldung zum Kurs",
        "Sehr geehrte Frau Doe,\n\nleider können wir Ihnen keinen Platz im Töpferkurs anbieten, "
        "der Kurs ist bereits ausgebucht.\n\nVolkshochschule",
    ),
    (
        "Podcast",
        "Hallo Jane,\n\nwir würden dich gern für ein Interview zu deinem Buch in unseren "
        "Podcast einladen. Hättest du Donnerstag Zeit für die Aufnahme?\n\nSam",
    ),
    (
        "Re: Sofa",
        "Hallo Jane,\n\ndanke für dein Angebot für das Sofa, aber ich habe mich für einen "
        "anderen Käufer entschieden. Sorry!\n\nPeter",
    ),
    (
        "Renovierung",
        "Hallo Frau Doe,\n\nwir müssen die Renovierung der Küche leider pausieren, bis die "
        "Förderung bewilligt ist. Ich melde mich nächste Woche.\n\nBau Müller",
    ),
    (
        "Re: Hochzeit",
        "Hallo Jane,\n\ndanke, dass du uns Bescheid gegeben hast, dass du nicht kommen kannst. "
        "Wir werden dich vermissen!\n\nKatja und Ben",
    ),
    (
        "Re: Abendessen",
        "Hi Jane,\n\nhättest du Donnerstag Zeit fürs Abendessen? Wir haben uns für ein anderes "
        "Restaurant entschieden, das alte hat zu.\n\nAnna",
    ),
]


test_person_written_note_reads_as_its_stage = stage_test(
    NOTES, writer=("person@brightloop.io", "Alex Morgan"), employer="Brightloop"
)
test_look_alike_stays_not_job = lookalike_test(
    [("someone@gmail.com", subject, body, False) for subject, body in LOOKALIKES], name="A Friend"
)
