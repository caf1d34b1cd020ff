"""Employer and role of German hiring mail (formal Sie and informal du), as the world writes it.

ATS and HR-system receipts whose sender is a vendor or a no-reply address (employer in the
display name, the subject, the first or last sentence, the sign-off), people at the employer
writing from the company or a personal mailbox, job boards' receipts (the board is never the
employer), agencies for a client (or themselves when the client is confidential), the public
sector and groups, and roles in subjects and bodies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from tests.classifiers.probes import employer_test, no_employer_test

Classify = Callable[..., Classification]

# (family, sender, display name, subject, body, signature, employer, role or "")
PROBES: list[tuple[str, str, str, str, str, str, str, str]] = [
    # --- (a) ATS and HR-system mail from a vendor or a no-reply address ---
    (
        "ats",
        "noreply@softgarden.example",
        "Hensel Antriebstechnik Karriere",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Konstrukteurin "
        "Sondermaschinenbau (m/w/d). Wir haben Ihre Unterlagen erhalten und werden diese "
        "sorgfältig prüfen.\n\nWir melden uns so schnell wie möglich bei Ihnen.\n\nMit "
        "freundlichen Grüßen\nIhr Recruiting-Team",
        "",
        "Hensel Antriebstechnik",
        "Konstrukteurin Sondermaschinenbau",
    ),
    (
        "ats",
        "no-reply@personio.example",
        "",
        "Deine Bewerbung bei Kiezbrot",
        "Hey Lena,\n\ndanke für deine Bewerbung als Bäckereifachverkäuferin (m/w/d)! Wir "
        "schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten Tagen bei "
        "dir.\n\nLiebe Grüße\nDein Kiezbrot-Team",
        "",
        "Kiezbrot",
        "Bäckereifachverkäuferin",
    ),
    (
        "ats",
        "noreply@successfactors.example",
        "Recruiting",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,\n\nwir bedanken uns für Ihr Interesse an der Position "
        "Sachbearbeiter Buchhaltung (w/m/d). Leider müssen wir Ihnen mitteilen, dass wir uns "
        "für andere Bewerber entschieden haben.\n\nMit freundlichen Grüßen\nIhr "
        "Recruiting-Team der Brandt & Söhne Spedition GmbH",
        "",
        "Brandt & Söhne Spedition",
        "Sachbearbeiter Buchhaltung",
    ),
    (
        "ats",
        "jobs@d.example",
        "Talent Acquisition | Lindqvist Medizintechnik",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Weber,\n\nherzlichen Dank für Ihre Bewerbung als Regulatory "
        "Affairs Manager (m/w/d). Gerne möchten wir Sie persönlich kennenlernen und laden "
        "Sie zu einem Gespräch an unserem Standort in Tuttlingen ein.\n\nBitte wählen Sie "
        "über den folgenden Link einen Termin.\n\nFreundliche Grüße\nTalent Acquisition",
        "",
        "Lindqvist Medizintechnik",
        "Regulatory Affairs Manager",
    ),
    (
        "ats",
        "no-reply@join.example",
        "Jobs | Nordlicht Energie",
        "Wir haben deine Bewerbung erhalten",
        "Hallo Lena,\n\nvielen Dank für dein Interesse an Nordlicht Energie und deine "
        "Bewerbung als Werkstudentin Marketing. Wir melden uns bald.\n\nViele Grüße\nPeople "
        "& Culture",
        "",
        "Nordlicht Energie",
        "Werkstudentin Marketing",
    ),
    (
        "ats",
        "noreply@onlyfy.example",
        "",
        "Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung. Nach eingehender Prüfung "
        "müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen "
        "können.\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen "
        "Grüßen\nStadtwerke Oberfelden GmbH\nPersonalabteilung",
        "",
        "Stadtwerke Oberfelden",
        "Elektroniker für Betriebstechnik",
    ),
    (
        "ats",
        "bewerbung@rexx.example",
        "Pfeiffer Kältetechnik GmbH & Co. KG",
        "Online-Test zu Ihrer Bewerbung",
        "Sehr geehrte Frau Weber,\n\nim nächsten Schritt bitten wir Sie, einen kurzen "
        "Online-Test zu absolvieren. Den Link finden Sie unten.\n\nMit freundlichen Grüßen\n"
        "Ihre Personalabteilung",
        "",
        "Pfeiffer Kältetechnik",
        "",
    ),
    (
        "ats",
        "noreply@workday.example",
        "Vossberg Versicherung Talent Acquisition",
        "Vielen Dank für Ihre Bewerbung",
        "Guten Tag Frau Weber,\n\nvielen Dank für Ihre Bewerbung auf die Stelle "
        "Schadenregulierer Kfz (m/w/d) - Köln. Wir haben Ihre Unterlagen erhalten.\n\nIhr "
        "Talent Acquisition Team",
        "",
        "Vossberg Versicherung",
        "Schadenregulierer Kfz",
    ),
    (
        "ats",
        "noreply@d-vinci.example",
        "",
        "Eingangsbestätigung",
        "Liebe Frau Weber,\n\nherzlichen Dank für Ihre Bewerbung und Ihr Interesse an einer "
        "Tätigkeit bei der Krämer Bau AG. Ihre Unterlagen sind bei uns eingegangen.\n\n"
        "Freundliche Grüße\nIhr Personalteam",
        "",
        "Krämer Bau",
        "",
    ),
    # --- (b) a person at the employer, from the company or a personal mailbox ---
    (
        "person",
        "jana.roth@gmx.de",
        "Jana Roth",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Steuerfachangestellte. "
        "Gerne würden wir Sie am Donnerstag um 14 Uhr zu einem Gespräch einladen.\n\nMit "
        "freundlichen Grüßen\nJana Roth",
        "Jana Roth\nPersonalreferentin | Kanzlei Albers & Partner mbB",
        "Kanzlei Albers & Partner",
        "Steuerfachangestellte",
    ),
    (
        "person",
        "m.schubert@web.de",
        "Markus Schubert",
        "Bewerbung Schreiner",
        "Hallo Lena,\n\ndanke für deine Bewerbung als Schreinerin. Hast du nächste Woche Zeit "
        "für ein Probearbeiten?\n\nGruß\nMarkus\n\nSchreinerei Schubert GmbH",
        "",
        "Schreinerei Schubert",
        "Schreinerin",
    ),
    (
        "person",
        "t.yilmaz@hoffmann-it.example",
        "Tarik Yilmaz",
        "Zweites Gespräch",
        "Hallo Lena,\n\nvielen Dank für das nette Gespräch! Wir würden dich gern zu einer "
        "zweiten Runde mit unserem CTO einladen. Passt dir Montag um 10 Uhr?\n\nViele Grüße"
        "\nTarik",
        "Tarik Yilmaz\nTeam Lead Backend\nHoffmann IT-Services GmbH",
        "Hoffmann IT-Services",
        "",
    ),
    (
        "person",
        "sabine.kraus@t-online.de",
        "Sabine Kraus",
        "Ihre Bewerbung als Pflegefachkraft",
        "Sehr geehrte Frau Weber,\n\nich freue mich, Ihnen mitteilen zu können, dass wir "
        "Ihnen die Stelle als Pflegefachkraft anbieten möchten. Den Vertrag senden wir Ihnen "
        "per Post.\n\nHerzliche Grüße\nSabine Kraus\nPflegedienstleitung\nAmbulanter "
        "Pflegedienst Sonnenhof",
        "",
        "Ambulanter Pflegedienst Sonnenhof",
        "Pflegefachkraft",
    ),
    (
        "person",
        "felix@kurzwelle-studio.example",
        "Felix Baum",
        "Deine Bewerbung",
        "Hi Lena,\n\nsorry für die späte Rückmeldung. Wir haben uns leider für jemand anderen "
        "entschieden. Trotzdem viel Erfolg!\n\nFelix",
        "Felix Baum\nGründer & Geschäftsführer\nKurzwelle Studio UG (haftungsbeschränkt)",
        "Kurzwelle Studio",
        "",
    ),
    (
        "person",
        "p.neumann@outlook.de",
        "Petra Neumann",
        "Vorstellungsgespräch Industriekauffrau",
        "Sehr geehrte Frau Weber,\n\nbezugnehmend auf Ihre Bewerbung als Industriekauffrau "
        "möchte ich Sie gerne zu einem persönlichen Gespräch einladen. Wäre Ihnen Mittwoch, "
        "der 12. März, um 9 Uhr recht?\n\nMit freundlichen Grüßen\nPetra Neumann\n"
        "Personalleiterin\nGebr. Lorenz Metallbau GmbH & Co. KG",
        "",
        "Gebr. Lorenz Metallbau",
        "Industriekauffrau",
    ),
    (
        "person",
        "o.becker@brenner-logistik.example",
        "Oliver Becker",
        "Ihre Bewerbung",
        "Guten Tag Frau Weber,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle als "
        "Disponentin bereits besetzt wurde.\n\nMit freundlichen Grüßen\nOliver Becker",
        "Oliver Becker\nLeitung Personal\nBrenner Logistik SE\nHafenstraße 4, 28197 Bremen",
        "Brenner Logistik",
        "Disponentin",
    ),
    (
        "person",
        "anja.fischer@gmx.net",
        "Anja Fischer",
        "Jobangebot",
        "Hallo Lena,\n\nwir möchten dir gern die Stelle als Junior Grafikdesignerin bei der "
        "Agentur Feldweg anbieten! Melde dich gern, wenn du Fragen hast.\n\nBeste Grüße\nAnja",
        "",
        "Agentur Feldweg",
        "Junior Grafikdesignerin",
    ),
    # --- (c) job boards and career sites: the board is never the employer ---
    (
        "board",
        "noreply@stepstone.de",
        "StepStone",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Hallo Lena Weber,\n\nIhre Bewerbung als Vertriebsinnendienst (m/w/d) bei Haller "
        "Gastro-Technik GmbH wurde erfolgreich versendet.\n\nViel Erfolg!\nIhr "
        "StepStone-Team",
        "",
        "Haller Gastro-Technik",
        "Vertriebsinnendienst",
    ),
    (
        "board",
        "noreply@indeed.com",
        "Indeed",
        "Bewerbung gesendet: Lagerhelfer (m/w/d)",
        "Bewerbung gesendet\n\nLagerhelfer (m/w/d)\nMüller Zentrallager GmbH - Erfurt\n\n"
        "Folgende Elemente wurden an Müller Zentrallager GmbH gesendet.\n\nIndeed",
        "",
        "Müller Zentrallager",
        "Lagerhelfer",
    ),
    (
        "board",
        "mailrobot@mail.xing.com",
        "XING",
        "Deine Bewerbung bei Oderbruch Solar GmbH",
        "Hallo Lena,\n\ndeine Bewerbung als Projektingenieurin Photovoltaik bei Oderbruch "
        "Solar GmbH wurde erfolgreich übermittelt.\n\nDein XING Team",
        "",
        "Oderbruch Solar",
        "Projektingenieurin Photovoltaik",
    ),
    (
        "board",
        "jobs-noreply@linkedin.com",
        "LinkedIn",
        "Lena, deine Bewerbung wurde an Falkenried Consulting gesendet",
        "Deine Bewerbung wurde an Falkenried Consulting gesendet\n\nJunior Consultant SAP\n"
        "Falkenried Consulting · Hamburg\nBeworben am 4. März",
        "",
        "Falkenried Consulting",
        "Junior Consultant SAP",
    ),
    (
        "board",
        "noreply@jobware.example",
        "Jobware",
        "Ihre Bewerbung ist angekommen",
        "Sehr geehrte Frau Weber,\n\nIhre Bewerbung auf die Stelle Teamleiter Kundenservice "
        "(m/w/d) ist bei der Rheinland Direktversicherung AG eingegangen.\n\nIhr "
        "Jobware-Team",
        "",
        "Rheinland Direktversicherung",
        "Teamleiter Kundenservice",
    ),
    (
        "board",
        "noreply@meinestadt.example",
        "meinestadt.de",
        "Bewerbung verschickt",
        "Hallo Lena,\n\ndeine Bewerbung für den Job Verkäufer (m/w/d) Teilzeit bei Bäckerei "
        "Ziegler wurde verschickt. Wir drücken dir die Daumen!\n\nDein meinestadt.de-Team",
        "",
        "Bäckerei Ziegler",
        "Verkäufer",
    ),
    (
        "board",
        "noreply@stepstone.de",
        "StepStone",
        "Neuigkeiten zu Ihrer Bewerbung",
        "Hallo Lena Weber,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung bei Korvin Software AG "
        "als Scrum Master (m/w/d): Ihre Bewerbung wurde angesehen.\n\nIhr StepStone-Team",
        "",
        "Korvin Software",
        "Scrum Master",
    ),
    (
        "board",
        "noreply@indeed.com",
        "Indeed",
        "Neuigkeiten zu Ihrer Bewerbung bei Tannenhof Hotel GmbH",
        "Hallo Lena,\n\nTannenhof Hotel GmbH hat Ihre Bewerbung als Servicekraft (m/w/d) "
        "angesehen.\n\nViel Erfolg bei der Jobsuche!\nIndeed",
        "",
        "Tannenhof Hotel",
        "Servicekraft",
    ),
    (
        "board",
        "noreply@kimeta.example",
        "kimeta",
        "Bewerbung erfolgreich versendet: Sachbearbeiter Einkauf (m/w/d)",
        "Hallo Lena,\n\nDeine Bewerbung für Sachbearbeiter Einkauf (m/w/d) bei Roland Kessler "
        "Industriebedarf GmbH & Co. KG wurde erfolgreich versendet.\n\nDein kimeta-Team",
        "",
        "Roland Kessler Industriebedarf",
        "Sachbearbeiter Einkauf",
    ),
    # --- (d) agencies writing about a client, or the agency itself ---
    (
        "agency",
        "s.hartmann@fokus-personal.example",
        "Stefanie Hartmann",
        "Vorstellungsgespräch bei unserem Kunden",
        "Hallo Frau Weber,\n\nich freue mich, Ihnen mitteilen zu können, dass unser Kunde, "
        "die Vetter Verpackungen GmbH, Sie gerne zu einem Vorstellungsgespräch für die "
        "Position Produktionsplanerin einladen möchte.\n\nViele Grüße\nStefanie Hartmann",
        "Stefanie Hartmann\nSenior Consultant\nFokus Personal GmbH",
        "Vetter Verpackungen",
        "Produktionsplanerin",
    ),
    (
        "agency",
        "bewerbung@zeitwerk-personal.example",
        "Zeitwerk Personaldienste",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Staplerfahrerin bei "
        "Zeitwerk Personaldienste. Wir melden uns in Kürze telefonisch bei Ihnen.\n\nIhr "
        "Zeitwerk-Team",
        "",
        "",  # an agency never names itself as the employer
        "Staplerfahrerin",
    ),
    (
        "agency",
        "m.klein@hunter-partner.example",
        "Matthias Klein",
        "Rückmeldung unseres Mandanten",
        "Sehr geehrte Frau Weber,\n\nleider hat sich unser Mandant, ein mittelständisches "
        "Familienunternehmen im Raum Stuttgart, für eine andere Kandidatin als Leiterin "
        "Controlling entschieden.\n\nMit freundlichen Grüßen\nMatthias Klein",
        "Matthias Klein\nPartner\nHunter & Partner Executive Search",
        "",  # an agency never names itself as the employer
        "Leiterin Controlling",
    ),
    (
        "agency",
        "info@arbeitsbruecke.example",
        "Arbeitsbrücke Personalservice",
        "Absage",
        "Sehr geehrte Frau Weber,\n\nwir haben Ihre Unterlagen an unseren Kunden Sauer "
        "Präzisionsteile KG weitergeleitet. Leider hat sich der Kunde für einen anderen "
        "Bewerber entschieden.\n\nMit freundlichen Grüßen\nArbeitsbrücke Personalservice",
        "",
        "Sauer Präzisionsteile",
        "",
    ),
    (
        "agency",
        "r.lang@techhire.example",
        "Ralf Lang",
        "Angebot",
        "Hallo Frau Weber,\n\nunser Kunde, die Ostwind Netze GmbH, möchte Ihnen ein Angebot "
        "als Netzplanerin machen. Wann können wir telefonieren?\n\nBeste Grüße\nRalf Lang",
        "Ralf Lang | Personalberater | TechHire GmbH",
        "Ostwind Netze",
        "Netzplanerin",
    ),
    (
        "agency",
        "kontakt@personalpunkt.example",
        "Personalpunkt",
        "Ihre Bewerbung als Buchhalterin",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Buchhalterin für "
        "unseren Kunden, ein renommiertes Handelsunternehmen in Düsseldorf. Leider können "
        "wir Sie nicht weiter berücksichtigen.\n\nIhr Personalpunkt-Team",
        "",
        "",  # an agency never names itself as the employer
        "Buchhalterin",
    ),
    (
        "agency",
        "n.simon@avantis-personal.example",
        "Nina Simon",
        "Einladung",
        "Hallo Lena,\n\nwie besprochen habe ich dich bei der Reederei Thiessen vorgestellt. "
        "Sie würden dich gern am Freitag zum Gespräch für die Stelle als Schiffsmaklerin "
        "treffen.\n\nViele Grüße\nNina",
        "Nina Simon\nAvantis Personal",
        "Reederei Thiessen",
        "Schiffsmaklerin",
    ),
    (
        "agency",
        "c.vogel@brueckenkopf-personal.example",
        "Carina Vogel",
        "Feedback zu Ihrem Gespräch",
        "Sehr geehrte Frau Weber,\n\nich habe heute die Rückmeldung von der Hanse Dental GmbH "
        "erhalten: Man möchte Sie gerne zu einem zweiten Gespräch einladen.\n\nBeste Grüße\n"
        "Carina Vogel",
        "Carina Vogel\nPersonalberaterin\nBrückenkopf Personal GmbH",
        "Hanse Dental",
        "",
    ),
    # --- (e) public sector, health, education, groups ---
    (
        "public",
        "noreply@interamt.example",
        "Interamt",
        "Ihre Bewerbung bei der Landeshauptstadt Kranzbach",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin "
        "Bauordnung (m/w/d) bei der Landeshauptstadt Kranzbach. Ihre Bewerbung ist bei uns "
        "eingegangen.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalamt",
        "",
        # s25: the city without its official title, as people (and corpus 143) write it
        "Stadt Kranzbach",
        "Sachbearbeiterin Bauordnung",
    ),
    (
        "public",
        "personal@stadt-hollfeld.example",
        "Stadt Hollfeld",
        "Einladung zum Auswahlgespräch",
        "Sehr geehrte Frau Weber,\n\nwir laden Sie zum Auswahlgespräch für die Stelle als "
        "Erzieherin (m/w/d) in der städtischen Kindertagesstätte ein.\n\nMit freundlichen "
        "Grüßen\nStadt Hollfeld\nHaupt- und Personalamt",
        "",
        "Stadt Hollfeld",
        "Erzieherin",
    ),
    (
        "public",
        "bewerbung@klinikum-weserbergland.example",
        "",
        "Ihre Bewerbung als Gesundheits- und Krankenpflegerin",
        "Sehr geehrte Frau Weber,\n\nherzlichen Dank für Ihre Bewerbung. Gerne möchten wir "
        "Sie zu einem Kennenlerngespräch einladen.\n\nMit freundlichen Grüßen\nKlinikum "
        "Weserbergland gGmbH\nPersonalmanagement",
        "",
        "Klinikum Weserbergland",
        "Gesundheits- und Krankenpflegerin",
    ),
    (
        "public",
        "noreply@uni-example.de",
        "Universität Niederau",
        "Ihre Bewerbung: Wissenschaftliche/r Mitarbeiter/in (Kennziffer 2025/113)",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nMit "
        "freundlichen Grüßen\nDezernat Personal\nUniversität Niederau",
        "",
        "Universität Niederau",
        "Wissenschaftliche/r Mitarbeiter/in",
    ),
    (
        "public",
        "karriere@holzner-gruppe.example",
        "Holzner Gruppe",
        "Ihre Bewerbung bei der Holzner Haustechnik GmbH",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung als Anlagenmechanikerin "
        "SHK bei der Holzner Haustechnik GmbH, einem Unternehmen der Holzner Gruppe.\n\nIhr "
        "Recruiting-Team der Holzner Gruppe",
        "",
        "Holzner Haustechnik",
        "Anlagenmechanikerin SHK",
    ),
    (
        "public",
        "ausbildung@kreis-example.de",
        "Landratsamt Auental",
        "Eignungstest",
        "Sehr geehrte Frau Weber,\n\nim Rahmen Ihrer Bewerbung um einen Ausbildungsplatz als "
        "Verwaltungsfachangestellte laden wir Sie zum schriftlichen Eignungstest ein.\n\n"
        "Mit freundlichen Grüßen\nLandratsamt Auental",
        "",
        "Landratsamt Auental",
        "Verwaltungsfachangestellte",
    ),
    (
        "public",
        "bewerbung@sparkasse-example.de",
        "Sparkasse Mittelwald",
        "Ihre Bewerbung als Privatkundenberaterin",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihr Interesse an der Sparkasse "
        "Mittelwald. Wir haben Ihre Unterlagen erhalten und melden uns zeitnah.\n\nFreundliche "
        "Grüße\nIhre Sparkasse Mittelwald",
        "",
        "Sparkasse Mittelwald",
        "Privatkundenberaterin",
    ),
    (
        "public",
        "personal@ev-stift-lindenau.de",
        "",
        "Bewerbung Heilerziehungspflegerin",
        "Liebe Frau Weber,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem "
        "Gespräch einzuladen.\n\nHerzliche Grüße\nIhr Team der Personalabteilung\n"
        "Evangelisches Stift Lindenau",
        "",
        "Evangelisches Stift Lindenau",
        "",
    ),
    # --- (f) roles in subjects and bodies ---
    (
        "role",
        "noreply@softgarden.example",
        "Marquardt Elektronik",
        "Bewerbung auf die Stelle Embedded Software Engineer (m/w/d) - Job-ID 4471",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns.\n\nIhr "
        "Marquardt Elektronik Recruiting",
        "",
        "Marquardt Elektronik",
        "Embedded Software Engineer",
    ),
    (
        "role",
        "noreply@personio.example",
        "Fahrwerk Mobility",
        "Deine Bewerbung: Backend-Entwickler:in Java - Berlin",
        "Hallo Lena,\n\ndanke für deine Bewerbung! Wir melden uns bald.\n\nDein Fahrwerk Team",
        "",
        "Fahrwerk Mobility",
        "Backend-Entwickler:in Java",
    ),
    (
        "role",
        "bewerbung@sonnleitner.example",
        "Sonnleitner Hotels",
        "Zusage",
        "Liebe Frau Weber,\n\nwir freuen uns, Ihnen die Stelle Rezeptionist/in (m/w/d) in "
        "Vollzeit in unserem Haus am Tegernsee anbieten zu können.\n\nIhr Sonnleitner Team",
        "",
        "Sonnleitner Hotels",
        "Rezeptionist/in",
    ),
    (
        "role",
        "noreply@rexx.example",
        "Greiner Chemie",
        "Ref.-Nr. 2025-078: Laborant (m/w/d) Qualitätskontrolle",
        "Sehr geehrte Frau Weber,\n\nwir haben Ihre Bewerbung erhalten und prüfen Ihre "
        "Unterlagen.\n\nGreiner Chemie Personalabteilung",
        "",
        "Greiner Chemie",
        "Laborant Qualitätskontrolle",
    ),
    (
        "role",
        "jobs@kraftwerk-digital.example",
        "Kraftwerk Digital",
        "Einladung zum Kennenlernen",
        "Hallo Lena,\n\nwir würden dich gern für die Position als Performance Marketing "
        "Managerin (w/m/d) kennenlernen. Hast du nächste Woche Zeit?\n\nViele Grüße\nKraftwerk "
        "Digital",
        "",
        "Kraftwerk Digital",
        "Performance Marketing Managerin",
    ),
    (
        "role",
        "karriere@stahlhut.example",
        "Stahlhut Maschinenbau",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung um die ausgeschriebene "
        "Stelle als Technische Redakteurin. Leider können wir Ihnen keine Zusage geben.\n\n"
        "Mit freundlichen Grüßen\nStahlhut Maschinenbau",
        "",
        "Stahlhut Maschinenbau",
        "Technische Redakteurin",
    ),
    (
        "role",
        "noreply@workday.example",
        "Beringer Pharma",
        "Beringer Pharma - Bewerbungseingang - Clinical Research Associate (m/w/d)",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für Ihre Bewerbung. Wir prüfen Ihre "
        "Unterlagen.\n\nBeringer Pharma Talent Acquisition",
        "",
        "Beringer Pharma",
        "Clinical Research Associate",
    ),
    (
        "role",
        "hr@loewenzahn-kita.example",
        "Löwenzahn Kitas",
        "Deine Bewerbung als Kinderpfleger*in",
        "Hallo Lena,\n\nwir möchten dich gern zu einem Probetag einladen. Passt dir der "
        "Montag?\n\nLiebe Grüße\nLöwenzahn Kitas",
        "",
        "Löwenzahn Kitas",
        "Kinderpfleger*in",
    ),
]


test_employer_and_role_de = employer_test(PROBES, language="de")


LOOK_ALIKES = [
    pytest.param(
        "newsletter@karriere-magazin.example",
        "Karriere Magazin",
        "Die Top-Arbeitgeber 2025",
        "Liebe Leserin, lieber Leser,\n\nin dieser Ausgabe: Wie Sie sich richtig bewerben. Die "
        "Stelle als Pflegefachkraft bei der Klinik Sonnenberg gehört zu den meistgesuchten "
        "Jobs.\n\nIhr Karriere Magazin\nAbmelden",
        id="a-careers-magazine",
    ),
    pytest.param(
        "info@sparkasse-beispiel.example",
        "Sparkasse Beispielstadt",
        "Ihr persönliches Angebot",
        "Sehr geehrte Frau Weber,\n\nwir möchten Ihnen ein exklusives Angebot als "
        "Premiumkundin machen: Girokonto ohne Gebühren.\n\nIhre Sparkasse Beispielstadt",
        id="a-banks-offer",
    ),
]


test_look_alikes_gain_no_employer_de = no_employer_test(LOOK_ALIKES, language="de")
