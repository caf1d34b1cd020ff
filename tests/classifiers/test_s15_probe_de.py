"""German mail that decides an application's final status, from HR teams, ATS templates and people.

Die Absage mit Lob davor und dahinter oder nur angedeutet (die Stelle ist nicht mehr
verfügbar, Kandidaten, deren Profil besser passt, der Talentpool), das ausgesetzte oder
gestoppte Verfahren, der bestätigte Rückzug, das schriftliche Angebot und der Vertrag und die
Antwort der Leserin darauf, der Online-Test und die Fallstudie gegenüber dem Gespräch. Most
notes are what an HR department or an ATS sends; the rest are short notes from a recruiter or
a manager. Notes with no job word at all are read inside a known process
(``classify_in_process``). Look-alikes with the same words stay what they are.
"""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import family_test, lookalike_test, sender_test

HR = ("karriere@lindner-logistik.de", "Lindner Logistik Personalabteilung")
PERSON = ("m.vogt@lindner-logistik.de", "Markus Vogt")
EMPLOYER = "Lindner Logistik"

# (family, read inside a known process, subject, body): written by the HR team or the ATS
HR_MAIL = [
    # --- (a) Absagen: neutrale Betreffzeilen, Lob, Talentpool, indirekt ---
    (
        "rejection",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihr Interesse an der Lindner Logistik GmbH "
        "und Ihre Bewerbung als Supply Chain Analystin. Wir haben zahlreiche Bewerbungen "
        "erhalten und uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Prüfung haben "
        "wir uns für Kandidatinnen und Kandidaten entschieden, deren Profil noch besser zu den "
        "Anforderungen der Stelle passt. Gerne nehmen wir Ihre Unterlagen in unseren Talentpool "
        "auf.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen "
        "Grüßen\nIhr Recruiting-Team der Lindner Logistik",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung als Disponent (m/w/d)",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
        "mitteilen, dass die ausgeschriebene Stelle nicht mehr verfügbar ist. Wir bedanken uns "
        "für Ihr Interesse und würden uns freuen, wenn Sie sich auf andere Stellen bei uns "
        "bewerben.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "rejection",
        False,
        "Aktualisierung zu Ihrer Bewerbung",
        "Hallo Jane,\n\nvielen Dank für Deine Bewerbung als Controllerin. Wir möchten Dich "
        "informieren, dass die Stelle inzwischen besetzt wurde und wir das Verfahren "
        "abgeschlossen haben.\n\nViele Grüße\nDein Lindner Talent Team",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nherzlichen Dank für die interessanten Gespräche und die Zeit, "
        "die Sie in unseren Auswahlprozess investiert haben. Ihr Fachwissen und Ihre offene Art "
        "haben uns sehr beeindruckt. Die Entscheidung ist uns wirklich schwergefallen, dennoch "
        "haben wir uns am Ende für eine andere Bewerberin entschieden.\n\nGerne möchten wir mit "
        "Ihnen in Kontakt bleiben.\n\nMit besten Grüßen\nJulia Brandt\nHR Business Partner",
    ),
    (
        "rejection",
        False,
        "Rückmeldung zu Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nnach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen "
        "leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen "
        "können. Dies ist keine Bewertung Ihrer Qualifikation.\n\nMit freundlichen Grüßen\n"
        "Lindner Logistik GmbH\nPersonalabteilung",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung - Kennziffer 2025-114",
        "Sehr geehrte Frau Doe,\n\nwir danken Ihnen für Ihre Bewerbung als Lagerleiterin. Nach "
        "Abschluss der Vorauswahl haben wir uns entschieden, andere Bewerbende zu einem "
        "Gespräch einzuladen, deren Erfahrung den Anforderungen näher kommt.\n\nIhre Unterlagen "
        "werden gemäß Datenschutz nach sechs Monaten gelöscht.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
    (
        "rejection",
        False,
        "Update",
        "Hallo Jane,\n\ndanke nochmal für Deine Bewerbung als Data Analyst. Wir haben uns Dein "
        "Profil genau angeschaut und uns entschieden, den Prozess mit anderen Kandidat:innen "
        "fortzusetzen.\n\nWir wünschen Dir alles Gute!\nDein People Team",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Einkäuferin. Leider "
        "können wir Ihre Bewerbung nicht weiter berücksichtigen. Wir bewahren Ihre Daten jedoch "
        "gern für zukünftige Vakanzen auf, sofern Sie einverstanden sind.\n\nFreundliche Grüße"
        "\nIhr HR-Team",
    ),
    (
        "rejection",
        False,
        "Ihr Vorstellungsgespräch bei Lindner Logistik",
        "Liebe Frau Doe,\n\nvielen Dank, dass Sie sich die Zeit für das zweite Gespräch genommen "
        "haben. Wir haben Ihre Vorbereitung auf die Fallbesprechung sehr geschätzt. Nach "
        "reiflicher Überlegung sind wir jedoch zu dem Ergebnis gekommen, dass eine andere "
        "Kandidatin besser in das Team passt.\n\nHerzliche Grüße\nLindner People & Culture",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung als Business Intelligence Developer",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Geduld. Leider wurde die Position "
        "gestrichen und wird nicht besetzt. Wir bitten um Ihr Verständnis.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwir bedanken uns für Ihre Bewerbung als Fuhrparkmanagerin. "
        "Ihr Profil passt leider nicht ausreichend zu unseren aktuellen Anforderungen, sodass "
        "wir Ihnen keine positive Rückmeldung geben können. Gern speichern wir Ihr Profil für "
        "künftige Positionen.\n\nMit freundlichen Grüßen\nRecruiting",
    ),
    # --- (b) Verfahren ausgesetzt, Stelle eingefroren ---
    (
        "on_hold",
        False,
        "Information zu Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwir möchten Sie über den aktuellen Stand informieren: "
        "Aufgrund geänderter Prioritäten wurde das Besetzungsverfahren für die Position Senior "
        "Data Scientist vorerst ausgesetzt. Ihre Bewerbung bleibt bei uns im Verfahren, und wir "
        "melden uns, sobald es weitergeht.\n\nVielen Dank für Ihre Geduld.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "on_hold",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass wir die Besetzung der "
        "Stelle als Zollsachbearbeiterin vorübergehend zurückgestellt haben. Wir melden uns "
        "bei Ihnen, sobald wir das Verfahren wieder aufnehmen.\n\nFreundliche Grüße\nHR-Team",
    ),
    (
        "on_hold",
        False,
        "Aktueller Stand",
        "Hallo Jane,\n\naufgrund einer internen Umstrukturierung haben wir den Auswahlprozess "
        "für die Position Logistikkoordinatorin pausiert. Wann es weitergeht, können wir noch "
        "nicht sagen, wir halten Dich aber auf dem Laufenden.\n\nViele Grüße\nDein Recruiting "
        "Team",
    ),
    (
        "on_hold",
        False,
        "Einstellungsstopp",
        "Sehr geehrte Frau Doe,\n\naufgrund eines unternehmensweiten Einstellungsstopps sind "
        "derzeit alle offenen Stellen, auch die Position als Finanzanalystin, eingefroren. "
        "Ihre Bewerbung bleibt aktiv, und wir kommen auf Sie zu, sobald der Stopp aufgehoben "
        "ist.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "on_hold",
        False,
        "Ihr Gespräch am 14. März",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir die weiteren Gespräche für die Position "
        "Product Owner verschieben, da die Stelle derzeit intern überprüft wird. Wir melden "
        "uns voraussichtlich im nächsten Quartal wieder bei Ihnen.\n\nMit freundlichen Grüßen"
        "\nRecruiting",
    ),
    (
        "on_hold",
        False,
        "Zwischenstand zu Ihrer Bewerbung",
        "Sehr geehrte Bewerberin,\n\ndas Auswahlverfahren für die Stelle Werkstattleitung ruht "
        "bis auf Weiteres. Ihre Bewerbung bleibt in unserem System gespeichert.\n\nIhre "
        "Personalabteilung",
    ),
    (
        "on_hold",
        False,
        "Ihre Bewerbung als HR Business Partnerin",
        "Hallo Jane,\n\ndanke für Deine Geduld. Wir müssen die Besetzung dieser Stelle leider "
        "auf Eis legen, bis das Budget für das nächste Geschäftsjahr freigegeben ist. Wir "
        "melden uns im Frühjahr wieder.\n\nBeste Grüße\nPeople Team",
    ),
    # --- (c) Rückzug bestätigt ---
    (
        "withdrawn",
        False,
        "Bestätigung: Rückzug Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nhiermit bestätigen wir, dass Ihre Bewerbung als "
        "Betriebsleiterin (Kennziffer 10234) auf Ihren Wunsch zurückgezogen wurde. Sie sind "
        "jederzeit herzlich eingeladen, sich erneut zu bewerben.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
    (
        "withdrawn",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwir haben Ihre Nachricht erhalten, dass Sie Ihre Bewerbung "
        "als Business Analystin zurückziehen möchten, und haben Ihre Unterlagen entsprechend "
        "aus dem Verfahren genommen.\n\nFreundliche Grüße\nRecruiting",
    ),
    (
        "withdrawn",
        False,
        "AW: Rückzug",
        "Liebe Frau Doe,\n\nvielen Dank, dass Sie uns mitgeteilt haben, dass Sie nicht mehr am "
        "Bewerbungsprozess teilnehmen möchten. Wir haben Ihre Bewerbung geschlossen und "
        "wünschen Ihnen alles Gute.\n\nHerzliche Grüße\nHR-Team",
    ),
    (
        "withdrawn",
        False,
        "Bewerbung zurückgezogen - Lohnbuchhalterin",
        "Hallo Jane Doe,\n\nDu hast Deine Bewerbung für die Stelle Lohnbuchhalterin bei Lindner "
        "Logistik erfolgreich zurückgezogen. Deine weiteren Bewerbungen findest Du in Deinem "
        "Kandidatenprofil.\n\nDies ist eine automatisch erstellte Nachricht.",
    ),
    (
        "withdrawn",
        False,
        "AW: Vorstellungsgespräch am Donnerstag",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Nachricht. Schade, dass Sie sich für "
        "ein anderes Angebot entschieden haben und Ihre Bewerbung zurückziehen. Den Termin am "
        "Donnerstag haben wir storniert. Alles Gute für Ihre neue Aufgabe!\n\nMit freundlichen "
        "Grüßen\nRecruiting",
    ),
    (
        "withdrawn",
        False,
        "Ihre Kandidatur",
        "Sehr geehrte Frau Doe,\n\nwir bedauern, dass Sie sich entschieden haben, Ihre "
        "Kandidatur für die Position Category Managerin zurückzuziehen, haben dafür aber "
        "vollstes Verständnis. Ihre Bewerbung ist bei uns nun abgeschlossen.\n\nBeste Grüße\n"
        "Talent Acquisition",
    ),
    # --- (d) Angebot und Vertrag, Zusage und Absage der Leserin ---
    (
        "offer",
        False,
        "Ihr Vertragsangebot",
        "Sehr geehrte Frau Doe,\n\nwir freuen uns sehr, Ihnen die Position als Supply Chain "
        "Analystin anbieten zu können. Anbei erhalten Sie Ihr Vertragsangebot mit allen Details "
        "zu Gehalt und Eintrittsdatum. Bitte senden Sie uns den Vertrag bis zum 14. März "
        "unterschrieben zurück.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "offer",
        False,
        "Ihr Arbeitsvertrag",
        "Sehr geehrte Frau Doe,\n\nwie besprochen erhalten Sie anbei Ihren Arbeitsvertrag für "
        "die Position Teamleiterin Lager mit Beginn zum 1. April. Bitte prüfen Sie ihn und "
        "senden Sie uns ein unterschriebenes Exemplar zurück.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
    (
        "offer",
        False,
        "Zusage",
        "Sehr geehrte Frau Doe,\n\nnach den Gesprächen der letzten Wochen freuen wir uns, Ihnen "
        "mitteilen zu können, dass wir Sie gerne als Finanzanalystin einstellen möchten. Die "
        "Vertragsunterlagen senden wir Ihnen in den nächsten Tagen zu.\n\nHerzliche Grüße\n"
        "Julia Brandt\nHR Business Partner",
    ),
    (
        "offer",
        False,
        "Ihre Bewerbung als Disponentin",
        "Liebe Frau Doe,\n\nherzlichen Glückwunsch! Wir freuen uns, Ihnen eine Zusage für die "
        "Stelle als Disponentin geben zu können. Im Anhang finden Sie unser Angebot; wir würden "
        "uns über Ihre Rückmeldung bis Freitag freuen.\n\nViele Grüße\nRecruiting",
    ),
    (
        "accepted",
        False,
        "Willkommen bei Lindner Logistik!",
        "Liebe Frau Doe,\n\nwir freuen uns sehr, dass Sie unser Angebot angenommen haben und "
        "ab dem 1. April als Product Owner bei uns starten. Ihren unterschriebenen Vertrag haben "
        "wir erhalten. Alle Infos zum ersten Arbeitstag folgen in Kürze.\n\nHerzliche Grüße\n"
        "People Team",
    ),
    (
        "accepted",
        False,
        "AW: Annahme des Angebots",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Zusage zu unserem Angebot als Data "
        "Engineer. Unser Onboarding-Team wird sich zu Ihrem Starttermin und den Unterlagen bei "
        "Ihnen melden.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "declined",
        False,
        "AW: Unser Angebot",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Rückmeldung zu unserem Vertragsangebot. "
        "Wir bedauern sehr, dass Sie sich gegen eine Tätigkeit bei Lindner Logistik entschieden "
        "haben, respektieren aber Ihre Entscheidung.\n\nAlles Gute für Sie!\nJulia Brandt",
    ),
    (
        "declined",
        False,
        "Ihre Absage",
        "Sehr geehrte Frau Doe,\n\nwir bestätigen den Eingang Ihrer Absage zu unserem Angebot "
        "für die Position Senior Accountant. Schade, dass es nicht geklappt hat; wir würden "
        "uns freuen, in Kontakt zu bleiben.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    # --- (e) Test oder Aufgabe gegenüber Gespräch ---
    (
        "assessment",
        False,
        "Nächster Schritt: Online-Test",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung für unser Traineeprogramm. Als "
        "nächsten Schritt laden wir Sie zu einem Online-Test mit numerischen und sprachlichen "
        "Aufgaben ein. Bitte bearbeiten Sie den Test innerhalb von 5 Tagen über den folgenden "
        "Link.\n\nViel Erfolg!\nPersonalabteilung",
    ),
    (
        "assessment",
        False,
        "Fallstudie - Product Marketing Manager",
        "Liebe Frau Doe,\n\nwie besprochen erhalten Sie anbei die Fallstudie für die nächste "
        "Runde. Bitte bereiten Sie Ihre Empfehlungen vor und schicken Sie uns Ihre Folien bis "
        "Montag 9 Uhr.\n\nViele Grüße\nRecruiting",
    ),
    (
        "assessment",
        False,
        "Ihre Probeaufgabe",
        "Hallo Jane,\n\ndanke für das nette Telefonat. Als nächsten Schritt schicken wir Dir "
        "eine kleine Aufgabe für zu Hause, für die Du etwa drei Stunden einplanen solltest. "
        "Bitte reiche Deine Lösung innerhalb von 7 Tagen über den Link ein.\n\nBeste Grüße\n"
        "Dein Engineering Recruiting",
    ),
    (
        "assessment",
        False,
        "Ihre Bewerbung - nächste Phase",
        "Sehr geehrte Frau Doe,\n\nim Rahmen unseres Auswahlverfahrens bitten wir alle "
        "Bewerberinnen und Bewerber, einen kurzen Persönlichkeitsfragebogen und einen "
        "Situational Judgement Test online auszufüllen. Beides dauert insgesamt etwa 40 "
        "Minuten.\n\nMit freundlichen Grüßen\nHR-Team",
    ),
    (
        "interview",
        False,
        "Einladung zum Vorstellungsgespräch - Logistikkoordinatorin",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu "
        "einem persönlichen Gespräch an unserem Standort in Hamburg am Dienstag, 11. März um "
        "10:00 Uhr einladen. Sie lernen dort die Standortleitung und eine Kollegin aus der "
        "Personalabteilung kennen.\n\nBitte bestätigen Sie uns den Termin.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "interview",
        False,
        "Ihre Bewerbung als Data Analyst",
        "Hallo Jane,\n\nwir würden Dich gern zu einem Videointerview mit der Fachabteilung über "
        "Microsoft Teams einladen. Bitte wähle über den folgenden Link einen passenden Termin "
        "aus.\n\nViele Grüße\nDein Talent Team",
    ),
    (
        "interview",
        False,
        "Einladung zu einem Kennenlernen",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne in einem "
        "30-minütigen Telefonat mit unserer Recruiterin näher kennenlernen. Wann passt es Ihnen "
        "in der kommenden Woche?\n\nMit freundlichen Grüßen\nTalent Acquisition",
    ),
    (
        "interview",
        False,
        "Besuch vor Ort",
        "Sehr geehrte Frau Doe,\n\nim Anschluss an Ihre Bewerbung als Schichtleiterin möchten "
        "wir Sie einladen, unser Lager in Bremen zu besuchen und das Team kennenzulernen. Der "
        "Besuch umfasst ein Gespräch mit dem Standortleiter und einen kurzen Rundgang.\n\n"
        "Mit freundlichen Grüßen\nHR-Team",
    ),
]

# (family, read inside a known process, subject, body): written by a recruiter or a manager
PERSON_NOTES = [
    (
        "rejection",
        False,
        "AW: Data Engineer - nächste Schritte",
        "Hallo Jane,\n\ndanke Dir für das Gespräch am Dienstag. Ich habe mich mit dem Team "
        "abgestimmt, und wir gehen mit jemandem weiter, der mehr Erfahrung mit Spark hat. Tut "
        "mir leid, dass ich keine besseren Nachrichten habe.\n\nMarkus",
    ),
    (
        "rejection",
        True,
        "Kurzes Update",
        "Hallo Jane,\n\nich wollte mich noch einmal melden: Die Fachabteilung hat sich leider "
        "gegen eine weitere Zusammenarbeit entschieden. Danke für Deinen Einsatz!\n\nMarkus",
    ),
    (
        "rejection",
        True,
        "AW: Rückmeldung",
        "Hi Jane,\n\nleider keine guten Neuigkeiten: Wir haben die Stelle intern vergeben. Tut "
        "mir wirklich leid. Lass uns trotzdem in Kontakt bleiben.\n\nMarkus",
    ),
    (
        "rejection",
        True,
        "Update",
        "Liebe Jane,\n\ndanke für Deine Geduld. Wir haben uns entschieden, mit anderen "
        "Kandidaten weiterzumachen, würden aber gerne in Kontakt bleiben.\n\nMarkus",
    ),
    (
        "on_hold",
        True,
        "Kurze Info",
        "Hallo Jane,\n\nkurze Info: Die Geschäftsführung hat für Q3 einen Einstellungsstopp "
        "verhängt, deshalb müssen wir das Thema bei uns erst einmal parken. Ich melde mich, "
        "sobald es weitergeht.\n\nMarkus",
    ),
    (
        "on_hold",
        False,
        "AW: Backend-Stelle",
        "Hey Jane,\n\nblöderweise liegt die Stelle gerade auf Eis, bis unsere Finanzierungsrunde "
        "durch ist. Ich würde aber gern danach wieder mit Dir sprechen.\n\nMarkus",
    ),
    (
        "on_hold",
        True,
        "AW: Finale Runde",
        "Hallo Jane,\n\nwir pausieren alle Einstellungen, bis der neue Bereichsleiter im "
        "September anfängt, und müssen die letzte Runde deshalb verschieben. Sorry für die "
        "Wartezeit.\n\nMarkus",
    ),
    (
        "withdrawn",
        True,
        "AW: Donnerstag",
        "Kein Problem, Jane, schade, dass wir Dich verlieren, aber ich verstehe, dass es zeitlich "
        "nicht passt. Ich habe Dich aus dem Prozess genommen. Viel Erfolg bei der neuen "
        "Stelle!\n\nMarkus",
    ),
    (
        "withdrawn",
        False,
        "AW: Bewerbung Account Managerin",
        "Hallo Jane,\n\ndanke für Deine Nachricht, dass Du Deine Bewerbung zurückziehst. Schön, "
        "dass Du so schnell Bescheid gegeben hast, und herzlichen Glückwunsch zum neuen "
        "Job.\n\nMarkus",
    ),
    (
        "offer",
        True,
        "AW: Finale Runde",
        "Hallo Jane,\n\ndas Panel war sich einig: Wir möchten Dir die Stelle anbieten! Das "
        "Gehalt läge bei 68.000 Euro plus Bonus. Können wir morgen kurz über den Starttermin "
        "sprechen?\n\nMarkus",
    ),
    (
        "accepted",
        True,
        "AW: Angebot",
        "Jane, das sind tolle Neuigkeiten, ich freue mich riesig über Deine Zusage! Ich sage "
        "dem Team Bescheid, und die Personalabteilung meldet sich wegen der Unterlagen.\n\n"
        "Markus",
    ),
    (
        "declined",
        True,
        "AW: Entscheidung",
        "Hallo Jane,\n\nschade, dass Du das Angebot nicht annimmst, aber ich verstehe es "
        "völlig. Das andere Angebot klingt super. Unsere Tür bleibt offen.\n\nMarkus",
    ),
    (
        "assessment",
        False,
        "AW: Nächste Schritte",
        "Hallo Jane,\n\nals nächsten Schritt hätten wir eine kleine Aufgabe für Dich: Bau eine "
        "einfache API, die Sendungsstatus zurückgibt. Lass Dir ein paar Tage Zeit und schick "
        "mir dann den GitHub-Link.\n\nMarkus",
    ),
    (
        "interview",
        False,
        "AW: Deine Bewerbung",
        "Hallo Jane,\n\nDein Portfolio hat uns sehr gefallen. Hättest Du nächste Woche Lust auf "
        "einen Kaffee bei uns im Büro, um über die Stelle zu sprechen?\n\nMarkus",
    ),
]

# The second batch, written after the first round of fixes as a check that they are general.
SECOND_HR_MAIL = [
    (
        "rejection",
        False,
        "Rückmeldung zu Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihr Interesse. Nach Sichtung aller Unterlagen "
        "haben wir uns für eine Bewerberin entschieden, die unserem Anforderungsprofil noch "
        "besser entspricht. Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.\n\nMit "
        "freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "rejection",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Frachtprüferin. Die "
        "Ausschreibung wurde zurückgezogen, das Auswahlverfahren ist damit beendet. Wir "
        "bedanken uns für Ihr Interesse.\n\nMit freundlichen Grüßen\nRecruiting",
    ),
    (
        "on_hold",
        False,
        "Information zum Stand Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\naufgrund der aktuellen wirtschaftlichen Lage haben wir "
        "entschieden, die Besetzung der Stelle Lohnbuchhaltung bis auf Weiteres "
        "zurückzustellen. Ihre Bewerbung bleibt selbstverständlich erhalten.\n\nMit "
        "freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "on_hold",
        False,
        "Ihre Bewerbung als Flottenanalystin",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass das Auswahlverfahren "
        "für diese Position vorübergehend unterbrochen wird. Wir informieren Sie, sobald wir "
        "das Verfahren wieder aufnehmen.\n\nMit freundlichen Grüßen\nRecruiting",
    ),
    (
        "withdrawn",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwie gewünscht haben wir Sie aus dem Auswahlverfahren für die "
        "Position Einkäuferin genommen und Ihre Daten gelöscht.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
    ),
    (
        "accepted",
        False,
        "Schön, dass Sie an Bord sind",
        "Sehr geehrte Frau Doe,\n\nwir haben Ihre unterschriebenen Vertragsunterlagen erhalten "
        "und freuen uns auf die Zusammenarbeit. Alle Informationen zu Ihrem ersten Arbeitstag "
        "folgen in Kürze.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "declined",
        False,
        "AW: Vertragsangebot Disponentin",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Nachricht. Schade, dass Sie sich gegen "
        "unser Angebot entschieden haben. Wir wünschen Ihnen alles Gute für Ihren weiteren "
        "Weg.\n\nMit freundlichen Grüßen\nJulia Brandt",
    ),
    (
        "assessment",
        False,
        "Ihre Bewerbung - Arbeitsprobe",
        "Sehr geehrte Frau Doe,\n\nim nächsten Schritt bitten wir Sie, bis Freitag eine kurze "
        "Arbeitsprobe einzureichen. Die Aufgabenstellung finden Sie im Anhang.\n\nMit "
        "freundlichen Grüßen\nRecruiting",
    ),
    (
        "interview",
        False,
        "Einladung zum Videointerview",
        "Sehr geehrte Frau Doe,\n\nwir möchten Sie gern zu einem Videointerview mit unserer "
        "Teamleitung einladen. Bitte buchen Sie über den Link einen Termin.\n\nMit "
        "freundlichen Grüßen\nTalent Acquisition",
    ),
]

SECOND_PERSON_NOTES = [
    (
        "rejection",
        True,
        "Kurze Rückmeldung",
        "Hallo Jane,\n\nwir haben die Stelle jetzt mit einer internen Kollegin besetzt. Tut mir "
        "leid, ich hätte gern bessere Nachrichten gehabt.\n\nMarkus",
    ),
    (
        "on_hold",
        True,
        "AW: Nächste Schritte",
        "Hi Jane,\n\nbei uns ist gerade ein Hiring Freeze, deshalb liegt das Thema bis Herbst "
        "auf Eis. Ich melde mich, sobald es weitergeht.\n\nMarkus",
    ),
    (
        "withdrawn",
        True,
        "AW: Freitag",
        "Alles klar, Jane, danke für die Info, dass Du Dich aus dem Prozess zurückziehen "
        "möchtest. Ich habe es dem Team weitergegeben.\n\nMarkus",
    ),
]

# The third batch, written after the second round of fixes: a last check of how general
# they are (4 of these 20 notes, English and German together, failed before it).
THIRD_HR_MAIL = [
    (
        "rejection",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Zollsachbearbeiterin und "
        "Ihr Interesse an der Lindner Logistik. Wir haben uns nach sorgfältiger Prüfung für "
        "eine Kandidatin entschieden, deren Qualifikation noch besser zu unseren "
        "Anforderungen passt. Ihre Unterlagen nehmen wir gerne in unseren Talentpool "
        "auf.\n\nMit freundlichen Grüßen\nLindner Logistik Recruiting",
    ),
    (
        "rejection",
        False,
        "Rückmeldung",
        "Sehr geehrte Frau Doe,\n\nleider können wir Ihnen heute keine positive Nachricht "
        "übermitteln. Wir haben die Position mit einer Bewerberin besetzt, deren Profil "
        "unseren Anforderungen am besten entspricht.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "on_hold",
        False,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwir möchten Ihnen mitteilen, dass die Stelle aus "
        "organisatorischen Gründen derzeit nicht besetzt wird. Das Verfahren ist bis auf "
        "Weiteres gestoppt; wir kommen auf Sie zu, sobald es weitergeht.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung",
    ),
    (
        "withdrawn",
        False,
        "Rückzug Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nwir bestätigen Ihnen hiermit den Rückzug Ihrer Bewerbung "
        "für die Position Disponentin. Ihre Daten werden gemäß Datenschutzerklärung "
        "gelöscht.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "accepted",
        False,
        "Herzlich willkommen",
        "Liebe Frau Doe,\n\nwir freuen uns sehr über Ihre Zusage und darauf, Sie ab dem 1. "
        "Juni bei der Lindner Logistik begrüßen zu dürfen. Ihren unterschriebenen "
        "Arbeitsvertrag haben wir erhalten.\n\nHerzliche Grüße\nPersonalabteilung",
    ),
    (
        "declined",
        False,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre offene Rückmeldung. Wir bedauern, dass "
        "Sie unser Angebot nicht annehmen, respektieren aber Ihre Entscheidung.\n\nMit "
        "freundlichen Grüßen\nPersonalabteilung",
    ),
    (
        "assessment",
        False,
        "Ihre Bewerbung - nächster Schritt",
        "Sehr geehrte Frau Doe,\n\nals nächsten Schritt im Auswahlverfahren laden wir Sie ein, "
        "einen Online-Test zu absolvieren. Den Zugangslink erhalten Sie in einer separaten "
        "E-Mail.\n\nMit freundlichen Grüßen\nRecruiting",
    ),
    (
        "interview",
        False,
        "Einladung",
        "Sehr geehrte Frau Doe,\n\nwir würden Sie gerne persönlich kennenlernen und laden Sie "
        "zu einem Gespräch in unsere Zentrale in Frankfurt ein. Bitte teilen Sie uns mit, ob "
        "der 12. Mai um 10 Uhr passt.\n\nMit freundlichen Grüßen\nRecruiting",
    ),
]

THIRD_PERSON_NOTES = [
    (
        "on_hold",
        True,
        "AW: Termin",
        "Hallo Jane,\n\nleider müssen wir den Prozess gerade anhalten, weil das Budget für die "
        "Stelle noch nicht freigegeben ist. Ich melde mich, sobald ich mehr weiß.\n\nMarkus",
    ),
    (
        "rejection",
        True,
        "Kurze Info",
        "Hallo Jane,\n\nwir haben uns leider für jemanden mit mehr Branchenerfahrung "
        "entschieden. Danke Dir für die tollen Gespräche!\n\nMarkus",
    ),
]

# (sender, subject, body, sent to a mailing list): never job mail
LOOKALIKES = [
    (
        "vermietung@stadtwohnen.de",
        "Ihre Bewerbung für die Wohnung Lindenstraße 12",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung für die Wohnung in der "
        "Lindenstraße 12. Leider müssen wir Ihnen mitteilen, dass sich der Vermieter für einen "
        "anderen Interessenten entschieden hat.\n\nStadtWohnen Hausverwaltung",
        False,
    ),
    (
        "angebote@nordbank.de",
        "Ihr persönliches Angebot",
        "Sehr geehrte Frau Doe,\n\nIhr Kreditangebot über 8.000 Euro liegt bereit. Bitte prüfen "
        "Sie den Vertrag und nehmen Sie das Angebot innerhalb von 14 Tagen online an.\n\n"
        "Ihre Nordbank",
        False,
    ),
    (
        "pruefungsamt@fernuni-beispiel.de",
        "Online-Test Modul 3",
        "Liebe Studierende,\n\nder Online-Test für Modul 3 ist freigeschaltet. Bitte bearbeiten "
        "Sie auch die Fallstudie und reichen Sie sie bis Freitag im Portal ein.\n\nIhr "
        "Prüfungsamt",
        False,
    ),
    (
        "lisa.hartmann@gmx.de",
        "Neuigkeiten!",
        "Hi Jane,\n\nich habe meine Bewerbung bei der Bank zurückgezogen und das Angebot vom "
        "Museum angenommen! Ich fange im Mai an. Lass uns feiern!\n\nLisa",
        False,
    ),
    (
        "praxis@dr-weber-hausarzt.de",
        "Ihr Termin wurde verschoben",
        "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihren Termin bei Dr. Weber am Donnerstag "
        "wegen Krankheit verschieben. Wir melden uns für einen neuen Termin.\n\nIhre Praxis",
        False,
    ),
    (
        "redaktion@techtalk-podcast.de",
        "Interview für unseren Podcast",
        "Hallo Jane,\n\nwir würden Dich gern zu einem Videointerview für unseren Podcast über "
        "Dein neues Buch einladen. Wann hättest Du nächste Woche Zeit?\n\nTom",
        False,
    ),
    (
        "newsletter@personalwirtschaft-beispiel.de",
        "HR-Newsletter: Einstellungsstopp und Absagen",
        "Diese Woche: Warum Unternehmen wieder Einstellungsstopps verhängen, wie Sie mit "
        "zurückgezogenen Bewerbungen umgehen und was tun, wenn Kandidaten Ihr Angebot "
        "ablehnen.\n\nJetzt lesen.",
        True,
    ),
    (
        "service@fitstudio-beispiel.de",
        "Ihre Mitgliedschaft ruht",
        "Hallo Jane,\n\nwie gewünscht haben wir Deine Mitgliedschaft für zwei Monate pausiert. "
        "Wir freuen uns, Dich danach wieder begrüßen zu dürfen.\n\nDein FitStudio",
        False,
    ),
    (
        "studienplatz@uni-beispiel.de",
        "Zusage für Ihren Studienplatz",
        "Sehr geehrte Frau Doe,\n\nwir freuen uns, Ihnen einen Studienplatz im Master Data "
        "Science anbieten zu können. Bitte nehmen Sie den Platz bis zum 15. August an.\n\n"
        "Studierendensekretariat",
        False,
    ),
    (
        "antrag@versicherung-beispiel.de",
        "Ihr Antrag",
        "Sehr geehrte Frau Doe,\n\nwie gewünscht haben wir Ihren Antrag zurückgezogen. Es "
        "entstehen Ihnen keine Kosten.\n\nIhre Versicherung",
        False,
    ),
]

# (sender, subject, body, category, status): job mail with the same words that keeps its
# category and status
SAME_WORDS = [
    (
        "noreply@lindner-logistik.de",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung als Supply Chain Analystin. "
        "Ihre Unterlagen sind bei uns eingegangen und werden sorgfältig geprüft. Leider können "
        "wir nicht jede Bewerbung einzeln beantworten; sollten Sie innerhalb von vier Wochen "
        "nichts von uns hören, haben wir uns für andere Kandidaten entschieden.\n\n"
        "Personalabteilung",
        Category.CONFIRMATION,
        ApplicationStatus.APPLIED,
    ),
    (
        "noreply@lindner-logistik.de",
        "Ihre Bewerbung als Prüfungsamt-Sachbearbeiterin",
        "Sehr geehrte Frau Doe,\n\nvielen Dank für Ihre Bewerbung. Ihre Bewerbung für die "
        "Stelle wird derzeit geprüft. Sollten Sie nicht mehr am Bewerbungsprozess teilnehmen "
        "wollen, können Sie Ihre Bewerbung jederzeit über Ihr Kandidatenprofil zurückziehen.\n\n"
        "Personalabteilung",
        Category.CONFIRMATION,
        ApplicationStatus.APPLIED,
    ),
]

# three batches each: the first written before any fix, the later ones after, to test them
test_hr_mail_is_read_for_its_stage = family_test(
    [*HR_MAIL, *SECOND_HR_MAIL, *THIRD_HR_MAIL], writer=HR, employer=EMPLOYER
)
test_person_note_is_read_for_its_stage = family_test(
    [*PERSON_NOTES, *SECOND_PERSON_NOTES, *THIRD_PERSON_NOTES], writer=PERSON, employer=EMPLOYER
)
test_look_alike_stays_not_job_mail = lookalike_test(LOOKALIKES)

test_job_mail_with_the_same_words_keeps_its_category = sender_test(SAME_WORDS)
