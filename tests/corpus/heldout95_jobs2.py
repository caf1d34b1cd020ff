# ruff: noqa: E501
"""Corpus 95, job alerts, outreach and other job mail (data only): see heldout95.py."""

from __future__ import annotations

from typing import Any

from heldout95_jobs import m


def J(cat, lang="de", co=None, role=None, src="other"):
    return (cat, co, role, None, src, lang)


_STEPSTONE = [
    (
        "2025-09-03 06:12",
        "Verfahrensingenieur",
        "7 neue Jobs für „Verfahrensingenieur“ in Hamburg",
        "Verfahrensingenieur (m/w/d) – Grünfeld Wasseraufbereitung GmbH, Bremen\nProzessingenieur Polymerisation (m/w/d) – Elbtal Chemie SE, Hamburg\nProjektingenieur Anlagenbau (m/w/d) – Nordhafen Energietechnik GmbH, Hamburg",
    ),
    (
        "2025-09-19 06:09",
        "Verfahrensingenieur",
        "Ihr Jobagent: 12 neue Stellen",
        "Process Engineer (m/w/d) – Kelpwerk GmbH, Hamburg\nIngenieur Lebensmitteltechnik (m/w/d) – Süderelbe Lebensmitteltechnik GmbH, Hamburg\nVersuchsingenieur Thermodynamik (m/w/d) – Hanse Thermo Systems GmbH, Lübeck",
    ),
    (
        "2025-10-15 06:11",
        "Maschinenbauingenieur",
        "Neue Jobs, die zu Ihnen passen könnten",
        "Konstrukteur Apparatebau (m/w/d) – Personalvermittlung, Bremen\nInbetriebnahmeingenieur (m/w/d) – Dampfkraft Engineering Services GmbH, Mannheim (Reisetätigkeit)\nEntwicklungsingenieur (m/w/d) – Förde Maritime Systems GmbH, Kiel",
    ),
    (
        "2025-11-26 06:14",
        "Verfahrensingenieur",
        "5 neue Jobs für „Verfahrensingenieur“ in Hamburg",
        "Verfahrensingenieur Anlagenplanung (m/w/d) – Hanseatische Anlagenbau GmbH & Co. KG, Hamburg\nProzessingenieur Extrusion (m/w/d) – Weserlicht Verpackung GmbH, Bremen\nIngenieur Verfahrenstechnik (m/w/d) – Pinneberger Dosiertechnik GmbH, Pinneberg",
    ),
    (
        "2026-01-07 06:10",
        "Verfahrensingenieur",
        "Starten Sie durch: 9 neue Jobs im neuen Jahr",
        "Senior Process Engineer (m/w/d) – Nordvik Offshore Services A/S, Hamburg\nKonstrukteur Verfahrenstechnik (m/w/d) – Lühmann & Söhne Maschinenfabrik GmbH, Elmshorn\nProjektleiter Anlagenbau (m/w/d) – Nordhafen Energietechnik GmbH, Hamburg",
    ),
]

_INDEED = [
    (
        "2025-09-12 18:30",
        "Neue Jobs: Maschinenbauingenieur in Hamburg",
        "Projektingenieur Kältetechnik (m/w/d) – Ostertor Klimatechnik GmbH – Bremen\nServiceingenieur Verdichter (m/w/d) – Tornquist Kompressoren – Hamburg\nIngenieur Qualitätssicherung (m/w/d) – Alster Präzisionsteile GmbH – Norderstedt",
    ),
    (
        "2025-10-24 18:31",
        "Verfahrenstechnik: 14 neue Stellen in Ihrer Nähe",
        "Verfahrensingenieur Elektrolyse (m/w/d) – Baltic Hydrogen Works GmbH – Kiel\nProzessingenieur (m/w/d) – Stader Salzwerke AG – Stade\nIngenieur Abwassertechnik (m/w/d) – Hamburg Wasserwirtschaft Ingenieurbüro – Hamburg",
    ),
    (
        "2025-12-05 18:29",
        "Neue Jobs: Verfahrensingenieur remote",
        "CFD-Ingenieur (m/w/d) – remote – Fluxwerk Simulation GmbH\nProcess Engineer Carbon Capture – Meridian Carbon – Remote\nSimulationsingenieur (m/w/d) – ThermoSim Consulting – Homeoffice",
    ),
]

_LINKEDIN = [
    (
        "2025-09-26 17:02",
        "“process engineer”: Tidewater Process Solutions - Process Engineer – Hydrogen (f/m/d) and more",
        "Tidewater Process Solutions · Hamburg (Hybrid)\nHalvorsen Marine Engineering · Hamburg\nBlueMarsh Biogas · Bremen",
    ),
    (
        "2025-11-01 17:05",
        "“verfahrenstechnik”: 18 new jobs in Hamburg Metropolitan Region",
        "Corvant Process Technologies · Remote (EMEA)\nOstsee Pharma Technik GmbH · Kiel\nElbtal Chemie SE · Stade",
    ),
    (
        "2026-01-21 17:01",
        "“process engineer”: Nordvik Offshore Services - Senior Process Engineer and more",
        "Nordvik Offshore Services · Esbjerg / Hamburg\nMeridian Carbon · Remote\nHelgoland Wind Services · Cuxhaven",
    ),
]

MAIL: list[dict[str, Any]] = [
    *(
        m(
            f"8900{i}",
            when,
            "StepStone Jobagent <jobagent@stepstone.de>",
            subj,
            J("alert"),
            html=f"<html><body><p>Hallo Jannik,</p><p>Ihr Jobagent „{q}“ (Hamburg + 50 km) hat neue Stellenangebote gefunden:</p><pre>{jobs}</pre><p><a href='https://www.stepstone.de/jobagent'>Alle Treffer ansehen</a> · <a href='https://www.stepstone.de/jobagent/edit'>Jobagent bearbeiten</a></p><p style='font-size:10px'>StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p></body></html>",
        )
        for i, (when, q, subj, jobs) in enumerate(_STEPSTONE)
    ),
    *(
        m(
            f"8910{i}",
            when,
            "Indeed <alert@indeed.com>",
            subj,
            J("alert", src="indeed"),
            html=f"<html><body><p>Jobs, die Ihrer Suche entsprechen:</p><pre>{jobs}</pre><p><a href='https://de.indeed.com/jobs'>Alle Jobs ansehen</a></p><p style='font-size:10px'>Sie erhalten diese E-Mail, weil Sie einen Job-Alert bei Indeed erstellt haben. Abmelden</p></body></html>",
        )
        for i, (when, subj, jobs) in enumerate(_INDEED)
    ),
    *(
        m(
            f"8920{i}",
            when,
            "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
            subj,
            J("alert", "en", src="linkedin"),
            html=f"<html><body><p>Your job alert has new matches</p><pre>{jobs}</pre><p><a href='https://www.linkedin.com/jobs/'>See all jobs</a></p><p style='font-size:10px'>You are receiving Job Alert emails. Unsubscribe · LinkedIn Ireland Unlimited Company</p></body></html>",
        )
        for i, (when, subj, jobs) in enumerate(_LINKEDIN)
    ),
    m(
        "89301",
        "2025-10-03 07:30",
        "XING Jobs <jobs@mail.xing.com>",
        "Jannik, diese 6 Jobs passen zu Ihrem Profil",
        J("alert"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>auf Basis Ihres Profils haben wir neue Jobs für Sie gefunden:</p><ul><li>Entwicklungsingenieur Gasdruckregeltechnik (m/w/d) – Aurelia Gas Systems GmbH – Bremen</li><li>Verfahrensingenieur Pharmaanlagen (m/w/d) – Ostsee Pharma Technik GmbH – Kiel</li><li>Prozessingenieur (m/w/d) – Brandt Zuckerwerke – Uelzen</li></ul><p><a href='https://www.xing.com/jobs'>Alle Jobs anzeigen</a></p></body></html>",
    ),
    m(
        "89302",
        "2025-12-19 07:31",
        "XING Jobs <jobs@mail.xing.com>",
        "Neue Jobs für Sie: Verfahrensingenieur in Hamburg",
        J("alert"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><ul><li>Verfahrensingenieur (m/w/d) Anlagenplanung – Hanseatische Anlagenbau GmbH &amp; Co. KG – Hamburg</li><li>Konstrukteur Verfahrenstechnik (m/w/d) – Lühmann &amp; Söhne Maschinenfabrik GmbH – Elmshorn</li></ul><p><a href='https://www.xing.com/jobs'>Alle Jobs anzeigen</a></p></body></html>",
    ),
    m(
        "89310",
        "2025-09-23 05:02",
        "Jobbörse der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag „Ingenieur Verfahrenstechnik“",
        J("alert"),
        "Guten Tag Herr Sörensen,\n\nzu Ihrem Suchauftrag „Ingenieur Verfahrenstechnik“ (Umkreis 50 km um 22765 Hamburg) wurden 4 neue Stellenangebote gefunden:\n\n- Ingenieur Anlagentechnik Fernwärme (m/w/d), Wärmewerk Kiel GmbH, Kiel\n- Ingenieur/in Verfahrenstechnik, Stadtentwässerung Elmshorn AöR, Elmshorn\n- Prozessingenieur (m/w/d), Norddeutsche Mälzerei GmbH, Hamburg\n\nZu den Stellenangeboten: https://www.arbeitsagentur.de/jobsuche/\n\nIhre Bundesagentur für Arbeit\n\nDiese E-Mail wurde automatisch erstellt.",
    ),
    m(
        "89311",
        "2025-11-25 05:03",
        "Jobbörse der Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag „Ingenieur Verfahrenstechnik“",
        J("alert"),
        "Guten Tag Herr Sörensen,\n\nzu Ihrem Suchauftrag „Ingenieur Verfahrenstechnik“ wurden 2 neue Stellenangebote gefunden:\n\n- Verfahrensingenieur (m/w/d), Stader Salzwerke AG, Stade\n- Ingenieur Wasseraufbereitung (m/w/d), Grünfeld Wasseraufbereitung GmbH, Bremen\n\nIhre Bundesagentur für Arbeit",
    ),
    m(
        "89320",
        "2025-09-16 12:01",
        "Vantera Group Careers <vantera@myworkday.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        J(
            "alert",
            co="Weserlicht Verpackung",
            role="Schichtleiter Extrusion (m/w/d)",
            src="workday",
        ),
        "Sehr geehrter Herr Sörensen,\n\nSie haben eine Bewerbung für die Position Schichtleiter Extrusion (m/w/d) (R-0048207) bei der Weserlicht Verpackung GmbH in Bremen begonnen, aber noch nicht abgeschickt. Melden Sie sich in Ihrem Kandidatenkonto an, um die Bewerbung abzuschließen:\nhttps://vantera.wd3.myworkday.com/vantera_careers\n\nMit freundlichen Grüßen\nHR Shared Service Center DACH\nVantera Group SE",
    ),
    m(
        "89321",
        "2025-09-15 06:50",
        "Vantera Group Careers <vantera@myworkday.com>",
        "Willkommen in der Vantera Talent Community",
        J("alert", src="workday"),
        "Sehr geehrter Herr Sörensen,\n\nherzlich willkommen in der Vantera Talent Community! Wir informieren Sie künftig über passende Stellen in unseren Gesellschaften – von Weserlicht Verpackung in Bremen bis Vantera Films in Gent.\n\nIhre Präferenzen können Sie jederzeit in Ihrem Profil anpassen.\n\nHR Shared Service Center DACH\nVantera Group SE",
    ),
    m(
        "89330",
        "2025-12-04 09:14",
        "Stefanie Rahlf <s.rahlf@hab-anlagenbau.de>",
        "Automatische Antwort: Unterlagen Sörensen",
        J("other_job", co="Hanseatische Anlagenbau", src="direct"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 05.12.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@hab-anlagenbau.de.\n\nMit freundlichen Grüßen\nStefanie Rahlf",
    ),
    m(
        "89331",
        "2025-10-27 14:00",
        "softgarden <feedback@softgarden.io>",
        "Wie war Ihre Bewerbung bei der Förde Maritime Systems GmbH?",
        J("other_job", co="Förde Maritime Systems"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>Sie haben sich kürzlich bei der <b>Förde Maritime Systems GmbH</b> beworben. Ihre Meinung ist uns wichtig: Wie zufrieden waren Sie mit dem Bewerbungsprozess? Die Umfrage dauert nur 2 Minuten und ist anonym.</p><p><a href='https://survey.softgarden.io/r/8f2a'>Zur Umfrage</a></p><p>Vielen Dank!<br>Ihr softgarden Team im Auftrag der Förde Maritime Systems GmbH</p></body></html>",
    ),
    m(
        "89340",
        "2025-11-19 10:42",
        "XING <mailrobot@mail.xing.com>",
        "Neue Nachricht von Daniel Kowalski (NordPersonal GmbH)",
        J("outreach", role="Ingenieur Qualitätssicherung (m/w/d)", src="agency"),
        html="<html><body><p>Hallo Jannik Sörensen,</p><p>Sie haben eine neue Nachricht von <b>Daniel Kowalski</b>, Personaldisponent bei NordPersonal GmbH:</p><blockquote>„Guten Tag Herr Sörensen, für einen unserer Kunden im Raum Hamburg-Harburg suchen wir im Rahmen der Arbeitnehmerüberlassung mit Übernahmeoption einen Ingenieur Qualitätssicherung (m/w/d). Hätten Sie Interesse? …“</blockquote><p><a href='https://www.xing.com/chats'>Nachricht lesen</a></p></body></html>",
    ),
    m(
        "89341",
        "2026-02-16 08:50",
        "Matthias Brückner <m.brueckner@brueckner-personalberatung.de>",
        "Neue vertrauliche Position – Leitung Verfahrenstechnik (m/w/d)",
        J("outreach", role="Leiter Verfahrenstechnik (m/w/d)", src="agency"),
        "Sehr geehrter Herr Sörensen,\n\nich hoffe, Sie sind gut ins neue Jahr gestartet. Ich weiß, dass Sie gerade zugesagt haben – trotzdem möchte ich Sie auf eine Position aufmerksam machen, die in zwei, drei Jahren interessant sein könnte: die Leitung Verfahrenstechnik bei einem Familienunternehmen der Lebensmittelindustrie im Hamburger Umland.\n\nWenn Sie mögen, nehme ich Sie in meinen Kandidatenkreis auf.\n\nMit besten Grüßen\nMatthias Brückner\nBrückner Personalberatung GmbH",
    ),
    m(
        "89342",
        "2025-12-11 13:15",
        "Finn | Talentschmiede Nord <finn@talentschmiede-nord.de>",
        "Neue Rolle in Kiel – Maschinenbau, Hybrid",
        J("outreach", role="Projektingenieur Sondermaschinenbau (m/w/d)", src="agency"),
        "Hi Jannik,\n\nvon Heinsohn habe ich leider immer noch nichts Verbindliches gehört – sorry dafür. Dafür hab ich was Neues: Projektingenieur Sondermaschinenbau (m/w/d) bei einem Kunden in Kiel, 3 Tage Homeoffice. Soll ich dir die Details schicken?\n\nBeste Grüße\nFinn",
    ),
    m(
        "89350",
        "2025-11-12 13:00",
        "Personio <noreply@personio.de>",
        "Dein Bewerberkonto bei Kelpwerk: Bestätigungscode",
        J("other_job", co="Kelpwerk", src="personio"),
        "Hi,\n\ndein Bestätigungscode lautet: 718 402\n\nMit diesem Code kannst du deine Unterlagen im Bewerbungsportal von Kelpwerk hochladen. Der Code ist 30 Minuten gültig.",
    ),
]
