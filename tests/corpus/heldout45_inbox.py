# ruff: noqa: E501
"""Corpus 45, the ordinary Berlin inbox of the candidate, look-alikes on purpose. See heldout45.py."""

from __future__ import annotations

from typing import Any

from heldout45_jobs import ev, m, re


def n(
    key: int,
    when: str,
    frm: str,
    subject: str,
    lang: str,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    return m(key, when, frm, subject, ("not_job", lang), text, html, **kw)


MAIL: list[dict[str, Any]] = [
    # --- Kita "Bewerbung" ---------------------------------------------------------------------
    n(
        701,
        "2025-10-03 09:40",
        "Kita Sonnenkäfer e.V. <leitung@kita-sonnenkaefer.example>",
        "Ihre Bewerbung um einen Kitaplatz – Eingangsbestätigung",
        "de",
        "Liebe Familie Lindqvist-Okafor,\n\nvielen Dank für Ihre Bewerbung um einen Betreuungsplatz "
        "für Ilvy ab Januar 2026. Wir haben Ihre Unterlagen (Kita-Gutschein, Anmeldebogen) "
        "erhalten. Aufgrund der vielen Anfragen melden wir uns voraussichtlich im November.\n\n"
        "Herzliche Grüße\nAnke Behrendt, Kitaleitung",
    ),
    n(
        702,
        "2025-11-14 13:05",
        "Kita Sonnenkäfer e.V. <leitung@kita-sonnenkaefer.example>",
        "Einladung zum Kennenlerngespräch",
        "de",
        "Liebe Frau Lindqvist-Okafor,\n\nwir laden Sie und Ilvy herzlich zu einem "
        "Kennenlerngespräch in unsere Kita ein: Donnerstag, 20.11., 15:30 Uhr. Bitte bringen Sie "
        "das gelbe Untersuchungsheft mit.\n\nBis bald\nAnke Behrendt",
    ),
    n(
        703,
        "2025-12-01 10:15",
        "Kita Sonnenkäfer e.V. <leitung@kita-sonnenkaefer.example>",
        "Zusage Betreuungsplatz ab 01.01.2026",
        "de",
        "Liebe Familie Lindqvist-Okafor,\n\nwir freuen uns, Ihnen einen Platz in der "
        'Krippengruppe "Raupen" anbieten zu können! Bitte senden Sie uns den unterschriebenen '
        "Betreuungsvertrag bis 12.12. zurück. Die Eingewöhnung beginnt am 5. Januar.\n\n"
        "Herzliche Grüße\nIhr Sonnenkäfer-Team",
    ),
    n(
        704,
        "2025-10-07 16:20",
        "Kita Regenbogenland <info@regenbogenland-kita.example>",
        "Absage Kitaplatz",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihrem "
        "Kind für das kommende Kitajahr keinen Platz anbieten können. Wir haben Sie auf unsere "
        "Warteliste gesetzt.\n\nMit freundlichen Grüßen\nKita Regenbogenland",
    ),
    # --- flat "Bewerbung" ----------------------------------------------------------------------
    n(
        711,
        "2025-10-11 12:02",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        "Ihre Anfrage wurde gesendet: 3-Zimmer-Wohnung in Pankow",
        "de",
        'Hallo Mara Lindqvist-Okafor,\n\nIhre Anfrage für "Helle 3-Zi.-Altbauwohnung mit Balkon, '
        'Pankow" wurde an den Anbieter gesendet. Tipp: Mit MieterPlus und einer hinterlegten '
        "Bewerbungsmappe stechen Sie heraus.\n\nIhr ImmoScout24-Team",
    ),
    n(
        712,
        "2025-10-14 09:30",
        "Hausverwaltung Krüger & Lenz <vermietung@krueger-lenz.example>",
        "Einladung zur Wohnungsbesichtigung Florastraße 12",
        "de",
        "Guten Tag Frau Lindqvist-Okafor,\n\nvielen Dank für Ihr Interesse. Die Besichtigung "
        "findet am Samstag, 18.10., um 11:00 Uhr statt (Sammeltermin). Bitte bringen Sie eine "
        "Mieterselbstauskunft, SCHUFA-Auskunft und die letzten drei Gehaltsnachweise mit.\n\n"
        "Mit freundlichen Grüßen\nIna Lenz",
    ),
    n(
        713,
        "2025-10-19 18:44",
        "Hausverwaltung Krüger & Lenz <vermietung@krueger-lenz.example>",
        "Ihre Bewerbung für die Wohnung Florastraße 12",
        "de",
        "Guten Tag Frau Lindqvist-Okafor,\n\nwir bestätigen den Eingang Ihrer Bewerbungsunterlagen "
        "für die Wohnung im 2. OG links. Aufgrund der hohen Nachfrage bitten wir um etwas Geduld; "
        "der Eigentümer entscheidet bis Ende Oktober.\n\nMit freundlichen Grüßen\nIna Lenz",
    ),
    n(
        714,
        "2025-10-31 11:10",
        "Hausverwaltung Krüger & Lenz <vermietung@krueger-lenz.example>",
        "Florastraße 12 – Rückmeldung",
        "de",
        "Guten Tag Frau Lindqvist-Okafor,\n\nleider müssen wir Ihnen mitteilen, dass sich der "
        "Eigentümer für andere Mietinteressenten entschieden hat. Wir wünschen Ihnen viel Erfolg "
        "bei der weiteren Wohnungssuche.\n\nMit freundlichen Grüßen\nKrüger & Lenz "
        "Hausverwaltung GmbH",
    ),
    n(
        715,
        "2025-11-09 08:00",
        "ImmoScout24 <noreply@immobilienscout24.de>",
        '12 neue Angebote für Ihren Suchauftrag "Pankow, 3 Zi."',
        "de",
        html="<html><body><h2>Neue Angebote für Sie</h2><p>3-Zi.-Wohnung, 78 m², 1.450 € warm – "
        "Pankow</p><p>Neubau mit Aufzug, 82 m², 1.690 € warm – Prenzlauer Berg</p><p><a "
        "href='https://www.immobilienscout24.de/'>Alle ansehen</a></p></body></html>",
    ),
    # --- Stipendium ---------------------------------------------------------------------------
    n(
        721,
        "2025-10-16 14:00",
        "Stiftung Gestaltung & Gesellschaft <stipendium@sgg-stiftung.example>",
        "Eingang Ihrer Bewerbung – Forschungsstipendium 2026",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nwir bestätigen den Eingang Ihrer Bewerbung für das "
        'Forschungsstipendium "Design für Teilhabe" 2026. Die Jury tagt im Januar; über das '
        "Ergebnis informieren wir Sie bis Ende Februar.\n\nMit freundlichen Grüßen\n"
        "Stipendienreferat",
    ),
    n(
        722,
        "2026-01-29 10:00",
        "Stiftung Gestaltung & Gesellschaft <stipendium@sgg-stiftung.example>",
        "Einladung zum Auswahlgespräch",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nIhre Bewerbung hat die Jury überzeugt. Wir laden Sie "
        "herzlich zum Auswahlgespräch am 12. Februar 2026 um 14:00 Uhr in unsere Räume in "
        "Berlin-Mitte ein (20 Minuten Präsentation Ihres Vorhabens, 20 Minuten Gespräch).\n\n"
        "Mit freundlichen Grüßen\nStipendienreferat",
    ),
    n(
        723,
        "2026-02-24 16:30",
        "Stiftung Gestaltung & Gesellschaft <stipendium@sgg-stiftung.example>",
        "Entscheidung Forschungsstipendium 2026",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihnen das "
        'Forschungsstipendium "Design für Teilhabe" für 2026 zuerkannt wurde (Sachkostenzuschuss '
        "6.000 €). Die Vereinbarung erhalten Sie separat.\n\nHerzliche Glückwünsche!",
    ),
    # --- conferences, newsletters with "Interview", about hiring -------------------------------
    n(
        731,
        "2025-10-09 10:00",
        "UX Berlin Festival <news@uxberlin-festival.example>",
        "Im Interview: Warum Research-Teams schrumpfen – und was jetzt hilft",
        "de",
        html="<html><body><h1>Newsletter Oktober</h1><p><b>Im Interview:</b> Dr. Hanne Möller "
        "über Research Ops in Zeiten von Einstellungsstopps.</p><p>Early-Bird-Tickets für 2026 "
        "gibt es noch bis 31.10. – jetzt 20 % sparen.</p><p>Abmelden</p></body></html>",
    ),
    n(
        732,
        "2025-11-20 10:00",
        "UX Berlin Festival <news@uxberlin-festival.example>",
        "Speaker-Interview: Accessibility ist kein Feature",
        "de",
        html="<html><body><p>Hallo Mara,</p><p>in unserem neuen Speaker-Interview spricht Tomás "
        "Ferreira über barrierefreie Gesundheits-Apps. Außerdem: Call for Papers endet am 15.12."
        "</p></body></html>",
    ),
    n(
        733,
        "2025-10-22 15:00",
        "UX Collective <hello@uxdesign.cc>",
        "The hiring market for designers in 2026",
        "en",
        "This week: what hiring managers actually look for in a portfolio, why take-home "
        "challenges are on their way out, and an interview with a design director on building "
        "teams in a downturn.\n\nRead on Medium →",
    ),
    n(
        734,
        "2025-12-03 07:00",
        "t3n Newsletter <newsletter@t3n.de>",
        "Einstellungsstopp bei Startups, KI-Recruiting & mehr",
        "de",
        "Guten Morgen! Heute im Briefing: Warum viele Berliner Startups 2026 weniger einstellen, "
        "wie KI Bewerbungsprozesse verändert und welche Jobs gerade gefragt sind.\n\nViel Spaß "
        "beim Lesen\nDein t3n-Team",
    ),
    n(
        735,
        "2026-01-14 18:00",
        "Nielsen Norman Group <info@nngroup.com>",
        "New article: Interviewing users remotely",
        "en",
        "New from NN/g: 'Remote User Interviews: 10 Tips'. Plus: UX Certification courses in "
        "Berlin, March 2026 – register now.\n\nUnsubscribe",
    ),
    n(
        736,
        "2026-02-11 12:00",
        "Lenny's Newsletter <lenny@substack.com>",
        "How the best companies hire designers",
        "en",
        "👋 Hey, I'm Lenny. This week: a deep dive into how top startups run their design hiring "
        "loops – portfolio reviews, app critiques, and offer negotiation tips.\n\nRead in app",
    ),
    n(
        737,
        "2026-03-04 09:00",
        "IxDA Berlin <berlin@ixda.example>",
        "IxDA Berlin März: Job-Board, Interview-Reihe & Stammtisch",
        "de",
        'Hallo zusammen,\n\nim März starten wir unsere Interview-Reihe "Wie ich Research Lead '
        'wurde" – und unser Community-Job-Board ist online. Stammtisch am 19.3. im Café '
        "Kotti.\n\nEure IxDA Berlin Crew",
    ),
    # --- meetups, webinars with calendar parts ------------------------------------------------
    n(
        741,
        "2025-10-20 19:10",
        "Meetup <info@meetup.com>",
        "Du bist dabei: UX Research Berlin – Lightning Talks #34",
        "de",
        "Hallo Mara,\n\ndu hast für UX Research Berlin – Lightning Talks #34 zugesagt.\n\n"
        "Donnerstag, 30. Oktober 2025, 19:00\nFactory Görlitzer Park\n\nZum Kalender "
        "hinzufügen\n\nMeetup",
        ics=ev(
            "meetup-uxrb-34@meetup.com",
            "2025-10-30 19:00",
            "UX Research Berlin – Lightning Talks #34",
            ("UX Research Berlin", "info@meetup.com"),
            150,
            location="Factory Görlitzer Park",
        ),
    ),
    n(
        742,
        "2025-11-25 14:00",
        "Maze <events@maze.co>",
        'You\'re registered: Webinar "Continuous discovery interviews"',
        "en",
        "Hi Mara,\n\nYou're registered for our live webinar \"Continuous discovery interviews at "
        'scale" on December 4, 17:00 CET. Add it to your calendar below.\n\nSee you there,\n'
        "The Maze team",
        ics=ev(
            "maze-webinar-1204@maze.co",
            "2025-12-04 17:00",
            "Webinar: Continuous discovery interviews",
            ("Maze Events", "events@maze.co"),
            60,
            location="Zoom",
        ),
    ),
    n(
        743,
        "2026-01-27 10:30",
        "Figma <events@figma.com>",
        "Invitation: Config Berlin Meetup – Design Systems Night",
        "en",
        "You're invited to Figma's community meetup in Berlin on February 5. Drinks, talks and "
        "a sneak peek at new features.",
        ics=ev(
            "figma-meetup-berlin-0205@figma.com",
            "2026-02-05 18:30",
            "Figma Community Meetup Berlin",
            ("Figma Events", "events@figma.com"),
            180,
            location="Betahaus, Berlin",
        ),
    ),
    n(
        744,
        "2025-12-09 16:20",
        "Doctolib <no-reply@doctolib.de>",
        "Terminbestätigung: Dr. med. Paula Weiß, Kinderärztin",
        "de",
        "Ihr Termin ist bestätigt.\n\nFreitag, 12. Dezember 2025, 08:40\nDr. med. Paula Weiß – "
        "Kinder- und Jugendmedizin, Wollankstr. 101, 13187 Berlin\nPatient: Ilvy Lindqvist-Okafor\n\n"
        "Bitte bringen Sie die Versichertenkarte mit.",
    ),
    n(
        745,
        "2026-02-16 07:45",
        "Doctolib <no-reply@doctolib.de>",
        "Erinnerung: Ihr Termin morgen um 10:15",
        "de",
        "Erinnerung an Ihren Termin bei Zahnarztpraxis am Schlosspark morgen, 17.02.2026, 10:15 "
        "Uhr. Absagen bitte bis 24 Stunden vorher.",
    ),
    n(
        746,
        "2025-12-10 12:00",
        "Bürgeramt Berlin <noreply@service.berlin.de>",
        "Terminbestätigung Bürgeramt Pankow",
        "de",
        "Ihr Termin: Anmeldung einer Wohnung, 15.12.2025, 09:12 Uhr, Bürgeramt Pankow, "
        "Vorgangsnummer 8822104. Bitte bringen Sie Ihren Personalausweis und die "
        "Wohnungsgeberbestätigung mit.",
    ),
    # --- user-research "interview", Referenz ------------------------------------------------
    n(
        751,
        "2025-11-05 11:00",
        "TestingTime <studies@testingtime.com>",
        "Neue Studie: 60-min Interview zu Banking-Apps (60 € Incentive)",
        "de",
        "Hallo Mara,\n\nwir suchen Teilnehmende für ein 60-minütiges Remote-Interview über "
        "Banking-Apps. Incentive: 60 €. Jetzt bewerben und Termin wählen:\nhttps://app."
        "testingtime.com/studies/88213\n\nDein TestingTime Team",
    ),
    n(
        752,
        "2025-11-29 20:17",
        "Jule Hartmann <jule.hartmann@gmail.com>",
        "Kannst du mir eine Referenz schreiben?",
        "de",
        "Hey Mara!\n\nIch bewerbe mich gerade bei einer Agentur in Hamburg und die wollen eine "
        "Referenz von jemandem, mit dem ich zusammengearbeitet habe. Wärst du bereit, ein paar "
        "Sätze über unser Projekt bei Medilink zu schreiben? Oder darf ich deine Nummer "
        "angeben?\n\nWürde mich mega freuen 🙏\nJule",
    ),
    n(
        753,
        "2025-12-02 08:12",
        "Jule Hartmann <jule.hartmann@gmail.com>",
        "Re: Kannst du mir eine Referenz schreiben?",
        "de",
        "DANKE!! Das ist so lieb geschrieben. Ich geb Bescheid, wie's ausgeht. Drück mir die "
        "Daumen für Freitag 🤞\n\n> Klar, anbei ein paar Zeilen. Viel Glück!",
        **re(752),
    ),
    # --- LinkedIn social ----------------------------------------------------------------------
    n(
        761,
        "2025-10-13 09:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Gratulieren Sie Hanna Schulte zum neuen Job",
        "de",
        html="<html><body><p>Hanna Schulte hat eine neue Position: <b>Head of Design bei "
        "Kolibri Health</b>.</p><p><a href='https://www.linkedin.com/'>Gratulieren</a></p>"
        "</body></html>",
    ),
    n(
        762,
        "2025-10-27 10:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Mara, you appeared in 23 searches this week",
        "en",
        html="<html><body><p>You appeared in 23 searches this week.</p><p>Your profile was found "
        "by people from Finwerk, Greyfin and 4 other companies.</p><p>Try Premium for free</p>"
        "</body></html>",
    ),
    n(
        763,
        "2025-11-16 17:45",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Tobias Ahrens commented on your post",
        "en",
        'Tobias Ahrens commented on your post: "Great write-up on diary studies – we used a '
        'similar setup at Kolibri!"\n\nSee comment',
    ),
    n(
        764,
        "2025-12-28 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your year in review on LinkedIn",
        "en",
        html="<html><body><p>2025: you made 48 new connections and your posts were viewed 3,120 "
        "times.</p></body></html>",
    ),
    n(
        765,
        "2026-02-13 13:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Carla Neumeyer hat Ihnen eine Nachricht gesendet",
        "de",
        'Carla Neumeyer: "Hey Mara, glückwunsch zu Lumenfeld! Lass uns mal auf einen Kaffee gehen, '
        'wenn du in Berlin bist."\n\nAntworten auf LinkedIn',
    ),
    n(
        766,
        "2026-03-20 08:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Say congrats to Mara on her new role? Update your profile",
        "en",
        "Mara, did you start a new position? Let your network know by updating your profile.",
    ),
    n(
        767,
        "2026-01-05 11:11",
        "XING <mailrobot@mail.xing.com>",
        "3 Personen haben dein Profil besucht",
        "de",
        "Hallo Mara, 3 Personen haben in den letzten 7 Tagen dein Profil besucht, darunter "
        "jemand aus der Branche Versicherungen. Mit XING Premium siehst du alle Besucher.",
    ),
    # --- marketing "Angebote" ------------------------------------------------------------------
    n(
        771,
        "2025-10-04 10:00",
        "Zalando <info@service-mail.zalando.de>",
        "Nur für kurze Zeit: Angebote bis zu -50 %",
        "de",
        html="<html><body><h1>Sale!</h1><p>Entdecke Angebote bis zu -50 % auf Wintermäntel, "
        "Boots und mehr. Nur bis Sonntag.</p><p>Jetzt shoppen</p></body></html>",
    ),
    n(
        772,
        "2025-10-23 06:30",
        "Deutsche Bahn <noreply@bahn.de>",
        "Ihr persönliches Angebot: Sparpreis ab 17,99 €",
        "de",
        "Guten Tag Frau Lindqvist-Okafor,\n\nnutzen Sie unser Angebot: Mit dem Sparpreis Europa "
        "schon ab 17,99 € nach Leipzig, Wien oder Zürich. Jetzt buchen auf bahn.de.",
    ),
    n(
        773,
        "2025-11-28 07:00",
        "MediaMarkt <newsletter@mediamarkt.de>",
        "Black Friday: Unser Angebot für dich 🖤",
        "de",
        html="<html><body><p>Black Friday ist da! Top-Angebote auf iPads, Kopfhörer und mehr.</p>"
        "</body></html>",
    ),
    n(
        774,
        "2025-12-15 09:00",
        "Vodafone <info@email.vodafone.de>",
        "Exklusives Angebot: Ihr Vertrag – jetzt upgraden",
        "de",
        "Hallo Frau Lindqvist-Okafor, als Bestandskundin erhalten Sie ein exklusives Angebot: "
        "GigaCube 5G für 34,99 € mtl. Das Angebot gilt bis 31.12.",
    ),
    n(
        775,
        "2026-01-02 08:00",
        "Urban Sports Club <hello@urbansportsclub.com>",
        "Neues Jahr, neues Angebot: 2 Monate zum halben Preis",
        "de",
        "Starte fit ins neue Jahr – mit unserem Angebot für dich: 2 Monate M-Mitgliedschaft zum "
        "halben Preis. Code: NEUSTART26.",
    ),
    n(
        776,
        "2026-02-02 18:00",
        "Lieferando <noreply@lieferando.de>",
        "Dein Angebot der Woche: 5 € Rabatt",
        "de",
        "Hunger? Wir haben ein Angebot für dich: 5 € Rabatt auf deine nächste Bestellung ab 20 €.",
    ),
    n(
        777,
        "2026-03-06 10:00",
        "Skillshare <hello@skillshare.com>",
        "Special offer: 40% off Premium – your offer expires soon",
        "en",
        "Your exclusive offer is waiting: 40% off an annual membership. Learn UX writing, "
        "illustration and more. Offer ends Sunday.",
    ),
    n(
        778,
        "2025-11-11 12:00",
        "Figma <billing@figma.com>",
        "Your offer: Figma Professional 20% off",
        "en",
        "Upgrade your team to Professional this month and get 20% off your first year.",
    ),
    # --- bank, insurance, taxes, utilities -------------------------------------------------------
    n(
        781,
        "2025-10-01 09:00",
        "N26 <no-reply@n26.com>",
        "Dein Kontoauszug für September ist verfügbar",
        "de",
        "Hallo Mara, dein Kontoauszug für September 2025 ist jetzt in der App verfügbar.",
    ),
    n(
        782,
        "2025-11-01 09:00",
        "N26 <no-reply@n26.com>",
        "Dein Kontoauszug für Oktober ist verfügbar",
        "de",
        "Hallo Mara, dein monatlicher Kontoauszug (Oktober 2025) liegt für dich bereit.",
    ),
    n(
        783,
        "2025-12-01 09:00",
        "N26 <no-reply@n26.com>",
        "Kontoauszug November 2025",
        "de",
        "Hi Mara, der Auszug für November ist da. Tipp: Richte dir einen Space für Weihnachten ein!",
    ),
    n(
        784,
        "2025-10-18 14:22",
        "DKB <info@dkb.de>",
        "Neue Nachricht in Ihrem Postfach",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, in Ihrem DKB-Postfach liegt ein neues Dokument "
        "(Depotauszug). Bitte loggen Sie sich ein.",
    ),
    n(
        785,
        "2025-11-22 11:00",
        "Techniker Krankenkasse <service@tk.de>",
        "Ihre Bescheinigung ist da",
        "de",
        "Guten Tag Frau Lindqvist-Okafor, die angeforderte Mitgliedsbescheinigung steht in Meine TK "
        "zum Download bereit.",
    ),
    n(
        786,
        "2026-01-15 10:00",
        "ELSTER <noreply@elster.de>",
        "Neue Bescheinigung verfügbar",
        "de",
        'Für Sie ist eine neue Bescheinigung im Bereich "Bescheinigungen abrufen" verfügbar. '
        "Diese Nachricht wurde automatisch erzeugt.",
    ),
    n(
        787,
        "2026-03-02 08:30",
        "Finanzamt Pankow <noreply@elster.de>",
        "Ihr Steuerbescheid 2024 liegt vor",
        "de",
        "Ihr Bescheid für 2024 wurde elektronisch bereitgestellt. Erstattungsbetrag: 412,37 €.",
    ),
    n(
        788,
        "2025-10-28 07:15",
        "Vattenfall <kundenservice@vattenfall.de>",
        "Ihre Jahresabrechnung Strom",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, Ihre Jahresabrechnung ist da. Neuer Abschlag ab "
        "Dezember: 58,00 €.",
    ),
    n(
        789,
        "2025-12-18 15:00",
        "Krüger & Lenz Hausverwaltung <buchhaltung@krueger-lenz.example>",
        "Betriebskostenabrechnung 2024",
        "de",
        "Sehr geehrte Mieterin, anbei Ihre Betriebskostenabrechnung 2024. Die Nachzahlung "
        "(86,12 €) ist bis 31.01.2026 fällig.",
        attach=[("BK_2024.pdf", "application/pdf", "%PDF-1.4 bk")],
    ),
    n(
        790,
        "2026-01-07 09:00",
        "ARD ZDF Deutschlandradio Beitragsservice <noreply@rundfunkbeitrag.de>",
        "Zahlungserinnerung",
        "de",
        "Bitte denken Sie an Ihren Rundfunkbeitrag für Januar bis März 2026 (55,08 €).",
    ),
    n(
        791,
        "2026-02-05 12:00",
        "Check24 <info@check24.de>",
        "Ihr Kreditantrag: nächste Schritte",
        "de",
        "Hallo Frau Lindqvist-Okafor, Ihr Antrag auf einen Ratenkredit ist eingegangen. Bitte "
        "legitimieren Sie sich per VideoIdent, damit die Bank Ihren Antrag prüfen kann.",
    ),
    n(
        792,
        "2026-02-09 16:40",
        "Check24 <info@check24.de>",
        "Ihr Kreditantrag wurde leider abgelehnt",
        "de",
        "Leider hat die Bank Ihren Antrag nicht angenommen. Wir haben alternative Angebote für "
        "Sie gefunden.",
    ),
    # --- shopping, deliveries, subscriptions --------------------------------------------------
    n(
        801,
        "2025-10-06 19:00",
        "Amazon.de <bestellbestaetigung@amazon.de>",
        'Ihre Amazon.de Bestellung von "Moleskine Notizbuch..."',
        "de",
        "Hallo Mara, danke für Ihre Bestellung. Voraussichtliche Lieferung: Mittwoch, 8. Oktober.",
    ),
    n(
        802,
        "2025-10-08 11:20",
        "DHL Paket <noreply@dhl.de>",
        "Ihr Paket kommt heute",
        "de",
        "Ihre Sendung 00340434161234567890 wird heute zwischen 11:00 und 14:00 Uhr zugestellt.",
    ),
    n(
        803,
        "2025-11-03 20:10",
        "Vinted <no-reply@vinted.de>",
        "Du hast etwas verkauft!",
        "de",
        'Glückwunsch! Dein Artikel "Kinderjacke Gr. 92" wurde gekauft. Bitte versende ihn '
        "innerhalb von 5 Tagen.",
    ),
    n(
        804,
        "2025-11-15 09:00",
        "Kleinanzeigen <noreply@kleinanzeigen.de>",
        'Neue Nachricht zu "Laufrad Kinder, rot"',
        "de",
        'Jemand hat dir zu deiner Anzeige geschrieben: "Ist das Laufrad noch da? Könnte heute '
        'Abend abholen."',
    ),
    n(
        805,
        "2025-12-05 14:30",
        "Otto <service@otto.de>",
        "Deine Bestellung wurde versandt",
        "de",
        "Gute Nachrichten: Deine Bestellung 49320117 ist unterwegs. Sendungsverfolgung über "
        "Hermes.",
    ),
    n(
        806,
        "2025-12-20 10:10",
        "Thalia <service@thalia.de>",
        "Ihre Bestellung liegt zur Abholung bereit",
        "de",
        "Ihre Bestellung (2 Artikel) liegt in der Filiale Schönhauser Allee Arcaden bereit.",
    ),
    n(
        807,
        "2026-01-03 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        "en",
        "Thanks for your payment. Premium Family – 17,99 € – Jan 3, 2026.",
    ),
    n(
        808,
        "2026-02-03 08:00",
        "Spotify <no-reply@spotify.com>",
        "Your receipt from Spotify",
        "en",
        "Thanks for your payment. Premium Family – 17,99 € – Feb 3, 2026.",
    ),
    n(
        809,
        "2025-10-15 06:00",
        "Figma <billing@figma.com>",
        "Your Figma invoice",
        "en",
        "Invoice #FG-2291034 – Professional plan – €144.00 – paid. Thanks for using Figma!",
    ),
    n(
        810,
        "2025-11-21 13:00",
        "Notion <team@mail.notion.so>",
        "Your Notion Plus trial ends in 3 days",
        "en",
        "Your Plus trial ends on November 24. Keep unlimited blocks and version history.",
    ),
    n(
        811,
        "2026-01-18 12:40",
        "Miro <no-reply@miro.com>",
        'Tarek Mansour invited you to the board "Familienurlaub 2026"',
        "en",
        "Tarek Mansour invited you to collaborate on a board. Open board →",
    ),
    n(
        812,
        "2026-03-10 17:00",
        "Too Good To Go <hello@toogoodtogo.de>",
        "Deine Überraschungstüte wartet!",
        "de",
        "Abholung heute 18:30–19:00 bei Bäckerei Siebert. Guten Appetit und danke fürs Retten!",
    ),
    n(
        813,
        "2025-12-27 10:00",
        "Behance <noreply@behance.net>",
        "Your project was appreciated 25 times",
        "en",
        'Your project "Kolibri – Medication Reminders" got 25 new appreciations this week.',
    ),
    n(
        814,
        "2026-02-19 15:00",
        "Dribbble <hello@dribbble.com>",
        "Dribbble Pro: hire-ready designers get 3x more views",
        "en",
        "Upgrade to Pro and show clients you're available for work. Your profile got 41 views.",
    ),
    # --- travel ---------------------------------------------------------------------------------
    n(
        821,
        "2025-11-20 21:00",
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung (Auftrag 8K4ZQ2)",
        "de",
        "Berlin Hbf → Zürich HB, 26.11.2025, 06:34, ICE 371. Ihr Ticket finden Sie im Anhang.",
        attach=[("Ticket_8K4ZQ2.pdf", "application/pdf", "%PDF-1.4 ticket")],
    ),
    n(
        822,
        "2025-11-21 10:00",
        "Booking.com <noreply@booking.com>",
        "Buchung bestätigt: Hotel Limmathof, Zürich",
        "de",
        "Ihre Buchung ist bestätigt. 26.–28. Nov. 2025, 1 Zimmer. Bestätigungsnummer 4821.993.120.",
    ),
    n(
        823,
        "2026-01-20 09:00",
        "FlixBus <noreply@flixbus.de>",
        "Deine Buchung: Berlin → Leipzig",
        "de",
        "Gute Fahrt! Dein Bus fährt am 29.01. um 07:15 ab ZOB Berlin. Buchungsnummer 3120998712.",
    ),
    n(
        824,
        "2026-02-27 18:00",
        "Airbnb <automated@airbnb.com>",
        "Reservierung bestätigt – Leipzig, Südvorstadt",
        "de",
        "Deine Reservierung für 2.–6. März ist bestätigt. Gastgeberin: Doreen.",
    ),
    n(
        825,
        "2025-12-22 07:00",
        "Deutsche Bahn <noreply@bahn.de>",
        "Verspätung Ihrer Verbindung",
        "de",
        "Ihr ICE 1005 nach München hat voraussichtlich 35 Minuten Verspätung.",
    ),
    n(
        826,
        "2026-03-15 12:00",
        "SAS <noreply@flysas.com>",
        "Your booking confirmation: Berlin – Stockholm",
        "en",
        "Booking reference M8KQ2L. BER–ARN, 10 April 2026, 07:05. Enjoy your trip!",
    ),
    # --- family and friends --------------------------------------------------------------------
    n(
        831,
        "2025-10-05 20:30",
        "Birgitta Lindqvist <birgitta.lindqvist@telia.example>",
        "Christmas plans?",
        "en",
        "Hi darling,\n\nDad and I are wondering whether you three are coming to Uppsala for "
        "Christmas this year. We'd love to have Ilvy here for Lucia too!\n\nHugs, Mamma",
    ),
    n(
        832,
        "2025-10-06 08:14",
        "Birgitta Lindqvist <birgitta.lindqvist@telia.example>",
        "Re: Christmas plans?",
        "en",
        "Wonderful! I'll tell Dad to get the sled out of the shed. Let me know your flights.\n\n"
        "Mamma\n\n> We're coming 21st to 28th, flights still to book.",
        **re(831),
    ),
    n(
        833,
        "2025-11-09 19:02",
        "Chidi Okafor <chidi.okafor@yahoo.example>",
        "Photos from Lagos",
        "en",
        "My dear Mara,\n\nHere are some photos from the wedding. Uncle Emeka says hello and asks "
        "when you will visit. How is the job search going? Don't let them stress you.\n\nDad",
        attach=[("IMG_2231.jpg", "image/jpeg", "jpegdata")],
    ),
    n(
        834,
        "2025-10-17 22:40",
        "Jonah Richter <jonah.richter@posteo.de>",
        "Einkaufsliste + Kita-Zeug",
        "de",
        "Hab noch Windeln und Hafermilch besorgt. Denkst du an das Formular für die Kita? Liegt "
        "auf dem Küchentisch.\nKuss J.",
    ),
    n(
        835,
        "2025-11-26 12:30",
        "Jonah Richter <jonah.richter@posteo.de>",
        "Zürich 🇨🇭",
        "de",
        'Viel Glück heute!! Du rockst das. Ilvy hat heute Morgen "Mama Zug" gesagt 😄\nJ.',
    ),
    n(
        836,
        "2026-02-12 21:10",
        "Jonah Richter <jonah.richter@posteo.de>",
        "Re: Vertrag unterschrieben",
        "de",
        "SEKT! 🍾 Ich bin so stolz auf dich. Wir müssen jetzt nur noch klären, wie wir das mit "
        "Leipzig und Kita machen – aber das kriegen wir hin.\n\n> Hab ihn eben zurückgeschickt.",
    ),
    n(
        837,
        "2025-10-25 11:00",
        "Tarek Mansour <tarek.mansour@posteo.net>",
        "Brunch Sonntag?",
        "de",
        "Hi ihr Lieben, Sonntag 11 Uhr im Café Pförtner? Nadia bringt den Kleinen mit.\nT.",
    ),
    n(
        838,
        "2025-12-14 18:45",
        "Nadia Bergmann <nadia.b@web.de>",
        "Wichtelliste 🎁",
        "de",
        "Hallo zusammen! Hier die Wichtel-Auslosung: Mara beschenkt Tarek, Limit 20 €. Keine "
        "Socken diesmal!!",
    ),
    n(
        839,
        "2026-01-03 13:00",
        "Jule Hartmann <jule.hartmann@gmail.com>",
        "Ich hab den Job!!!",
        "de",
        "Mara!!! Die Agentur hat zugesagt, ich fang im Februar an. Deine Referenz hat bestimmt "
        "geholfen – ich schulde dir ein Abendessen! ❤️ Jule",
    ),
    n(
        841,
        "2026-01-09 09:15",
        "Nadia Bergmann <nadia.b@web.de>",
        "Abwesenheitsnotiz: Laufgruppe Samstag",
        "de",
        "Vielen Dank für Ihre Nachricht. Ich bin bis 19.01. in Elternzeit-Urlaub und antworte "
        "danach.\n\nNadia Bergmann",
    ),
    n(
        842,
        "2025-11-30 16:00",
        "Ole Lindqvist <ole.lindqvist@gmail.com>",
        "Birthday present for Mamma",
        "en",
        "Hey sis, shall we go halves on a weekend in Copenhagen for Mum's 65th? I found a nice "
        "hotel. Let me know by Friday!\nOle",
    ),
    n(
        843,
        "2026-03-08 10:20",
        "Ole Lindqvist <ole.lindqvist@gmail.com>",
        "Re: Birthday present for Mamma",
        "en",
        "She loved it!!! Sending you the Swish... I mean, a bank transfer, 240 €. Thanks!\nOle",
    ),
    n(
        844,
        "2026-02-21 15:30",
        "Sophie Adeyemi <sophie.adeyemi@outlook.com>",
        "Interview für meine Masterarbeit?",
        "de",
        "Hi Mara,\n\nich schreibe meine Masterarbeit über Research Ops in Startups und suche "
        "Interviewpartner*innen. Hättest du 45 Minuten für ein Interview? Natürlich anonym.\n\n"
        "Liebe Grüße\nSophie",
    ),
    n(
        845,
        "2026-02-22 09:00",
        "Sophie Adeyemi <sophie.adeyemi@outlook.com>",
        "Re: Interview für meine Masterarbeit?",
        "de",
        "Super, danke! Dann Dienstag 18 Uhr per Zoom, Link kommt. 🙏\n\n> Gern, Dienstagabend "
        "ginge.",
        **re(844),
    ),
    # --- kita, kid, health ----------------------------------------------------------------------
    n(
        851,
        "2026-01-12 16:00",
        "Kita Sonnenkäfer e.V. <leitung@kita-sonnenkaefer.example>",
        "Elternbrief Januar",
        "de",
        "Liebe Eltern, willkommen an alle neuen Familien! Am 28.1. ist Elternabend, am 13.2. "
        "feiern wir Fasching. Bitte Wechselkleidung beschriften.",
    ),
    n(
        852,
        "2026-02-26 12:10",
        "Kita Sonnenkäfer e.V. <leitung@kita-sonnenkaefer.example>",
        "Schließtag 13.03.",
        "de",
        "Liebe Eltern, am Freitag, 13.3., bleibt die Kita wegen Teamfortbildung geschlossen.",
    ),
    n(
        853,
        "2025-11-04 08:00",
        "Bezirksamt Pankow – Jugendamt <kitagutschein@ba-pankow.berlin.de>",
        "Ihr Kita-Gutschein wurde ausgestellt",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, Ihr Antrag auf einen Kita-Gutschein wurde bewilligt. "
        "Der Bescheid geht Ihnen per Post zu.",
    ),
    n(
        854,
        "2025-10-30 13:00",
        "Apotheke am Bürgerpark <info@apotheke-buergerpark.example>",
        "Ihre Vorbestellung ist abholbereit",
        "de",
        "Guten Tag, Ihre Vorbestellung (Fiebersaft) liegt für Sie bereit.",
    ),
    # --- courses, hobbies -----------------------------------------------------------------------
    n(
        861,
        "2025-10-02 10:00",
        "Volkshochschule Pankow <vhs@ba-pankow.berlin.de>",
        "Anmeldebestätigung: Töpfern für Anfänger*innen",
        "de",
        'Ihre Anmeldung zum Kurs PA2.204 "Töpfern für Anfänger*innen" (ab 14.10., dienstags '
        "18–21 Uhr) ist verbindlich. Entgelt: 96 €.",
    ),
    n(
        862,
        "2025-10-21 21:00",
        "Yoga Loft Prenzlberg <hello@yogaloft.example>",
        "Deine 10er-Karte läuft bald ab",
        "de",
        "Hi Mara, auf deiner Karte sind noch 3 Stunden – gültig bis 30.11. Namaste!",
    ),
    n(
        863,
        "2025-11-17 12:00",
        "Interaction Design Foundation <hello@interaction-design.org>",
        "Course certificate: Accessibility",
        "en",
        'Congratulations, Mara! You\'ve completed "Accessibility: How to Design for All". '
        "Download your certificate.",
    ),
    n(
        864,
        "2026-01-22 18:30",
        "Berliner Laufgruppe <orga@lauftreff-pankow.example>",
        "Anmeldung Halbmarathon – Bestätigung",
        "de",
        "Deine Anmeldung für den Berliner Halbmarathon 2026 ist bestätigt. Startnummer folgt im "
        "März.",
    ),
    n(
        865,
        "2026-02-14 10:00",
        "VÖBB <noreply@voebb.de>",
        "Erinnerung: Leihfrist läuft ab",
        "de",
        'Folgende Medien sind am 18.02.2026 fällig: "Just Enough Research" (Erika Hall).',
    ),
    n(
        866,
        "2025-12-06 09:30",
        "Design Research Society <newsletter@drs.example>",
        "Call for reviewers & conference news",
        "en",
        "Dear members, reviewers are needed for DRS2026. Also: an interview with this year's "
        "keynote speakers and a list of open PhD positions.",
    ),
    n(
        867,
        "2026-03-12 11:00",
        "Stiftung Gestaltung & Gesellschaft <stipendium@sgg-stiftung.example>",
        "Stipendienvereinbarung zur Unterschrift",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, anbei die Stipendienvereinbarung. Bitte senden Sie "
        "uns ein unterschriebenes Exemplar bis 31. März zurück.",
        attach=[("Vereinbarung_Stipendium_2026.pdf", "application/pdf", "%PDF-1.4 v")],
    ),
    # --- SaaS, accounts, security ------------------------------------------------------------
    n(
        871,
        "2025-10-10 07:45",
        "Google <no-reply@accounts.google.com>",
        "Sicherheitswarnung",
        "de",
        "Neue Anmeldung bei Ihrem Google-Konto auf einem Mac. Wenn Sie das waren, müssen Sie "
        "nichts unternehmen.",
    ),
    n(
        872,
        "2025-11-07 09:00",
        "Posteo <info@posteo.de>",
        "Ihr Posteo-Guthaben",
        "de",
        "Ihr Guthaben reicht noch für 2 Monate. Laden Sie es rechtzeitig auf.",
    ),
    n(
        873,
        "2025-12-11 14:00",
        "Dropbox <no-reply@dropbox.com>",
        "Your Dropbox is almost full",
        "en",
        "You've used 95% of your 2 GB. Upgrade to Plus to keep syncing.",
    ),
    n(
        874,
        "2026-01-30 10:30",
        "Zoom <no-reply@zoom.us>",
        "Cloud recording now available",
        "en",
        'Your cloud recording "Interview – Sophie Masterarbeit" is now available.',
    ),
    n(
        875,
        "2026-02-24 08:00",
        "Calendly <notifications@calendly.com>",
        "Neuer Termin: Familienfoto-Shooting mit Lena Krause Fotografie",
        "de",
        "Hallo Mara Lindqvist-Okafor,\n\nein neuer Termin wurde geplant.\n\nTermin: "
        "Familien-Shooting (60 Min)\nDatum: Samstag, 7. März 2026, 10:00\nOrt: Bürgerpark "
        "Pankow\n\nPowered by Calendly",
    ),
    n(
        876,
        "2025-10-26 13:30",
        "Canva <marketing@engage.canva.com>",
        "Design faster with Magic Studio",
        "en",
        "New in Canva: turn your sketches into polished designs. Try it free.",
    ),
    n(
        877,
        "2025-11-24 08:00",
        "1Password <hello@1password.com>",
        "Your monthly security report",
        "en",
        "2 of your passwords appeared in a data breach. Review them in Watchtower.",
    ),
    # --- newsletters, misc ----------------------------------------------------------------
    n(
        881,
        "2025-10-12 08:00",
        "Der Tagesspiegel Checkpoint <checkpoint@tagesspiegel.de>",
        "Checkpoint: Der Morgen in Berlin",
        "de",
        "Guten Morgen Berlin! Heute: BVG-Warnstreik, neuer Radweg an der Schönhauser und ein "
        "Interview mit der Bezirksbürgermeisterin von Pankow.",
    ),
    n(
        882,
        "2025-11-13 08:00",
        "Der Tagesspiegel Checkpoint <checkpoint@tagesspiegel.de>",
        "Checkpoint: Fachkräftemangel in den Berliner Kitas",
        "de",
        "Heute: Berlins Kitas suchen 2.000 Erzieher*innen – warum die Stellen unbesetzt bleiben.",
    ),
    n(
        883,
        "2025-12-19 08:00",
        "Der Tagesspiegel Checkpoint <checkpoint@tagesspiegel.de>",
        "Checkpoint: Weihnachtsmärkte im Regen",
        "de",
        "Guten Morgen! Die schönsten Weihnachtsmärkte trotz Regen, und: Der Senat stellt ein.",
    ),
    n(
        884,
        "2026-01-16 07:00",
        "Krautreporter <redaktion@krautreporter.de>",
        "Warum wir so schlecht über Geld reden",
        "de",
        "Liebe Mitglieder, diese Woche: Gehaltsverhandlung, Tabus und ein Gespräch mit einer "
        "Personalerin über faire Angebote.",
    ),
    n(
        885,
        "2026-02-06 07:30",
        "The Browser <editor@thebrowser.com>",
        "Five recommendations for Friday",
        "en",
        "Today: the economics of trains, a profile of a Danish furniture maker, and an interview "
        "with a novelist.",
    ),
    n(
        886,
        "2026-03-18 12:00",
        "Patagonia <news@patagonia.com>",
        "Worn Wear: trade in, save up",
        "en",
        "Trade in your used gear and get credit toward your next purchase.",
    ),
    n(
        887,
        "2025-10-29 15:15",
        "BVG <noreply@bvg.de>",
        "Dein Deutschlandticket: Rechnung November",
        "de",
        "Hallo Mara, dein Deutschlandticket für November wurde abgebucht: 58,00 €.",
    ),
    n(
        888,
        "2026-01-28 15:15",
        "BVG <noreply@bvg.de>",
        "Dein Deutschlandticket: Preisänderung",
        "de",
        "Ab Februar kostet das Deutschlandticket 63 €. Du musst nichts tun.",
    ),
    n(
        889,
        "2025-11-18 19:00",
        "Nebenan.de <noreply@nebenan.de>",
        "Neu in deiner Nachbarschaft: Kinderflohmarkt am Samstag",
        "de",
        "Carola aus der Florastraße lädt ein: Kinderflohmarkt im Hof, Samstag 10–14 Uhr.",
    ),
    n(
        890,
        "2025-12-30 11:00",
        "Patreon <no-reply@patreon.com>",
        "New post from Design Details Podcast",
        "en",
        'New episode: "Job hunting as a senior designer" – with two hiring managers.',
    ),
    n(
        891,
        "2026-02-28 09:30",
        "Ebay Kleinanzeigen <noreply@kleinanzeigen.de>",
        'Deine Anzeige "Hochstuhl Tripp Trapp" läuft bald ab',
        "de",
        "Verlängere deine Anzeige kostenlos um 60 Tage.",
    ),
    n(
        892,
        "2025-10-15 12:00",
        "WWF Deutschland <info@wwf.de>",
        "Danke für Ihre Spende",
        "de",
        "Liebe Frau Lindqvist-Okafor, herzlichen Dank für Ihre Spende von 30 €.",
    ),
    n(
        893,
        "2026-03-24 10:00",
        "Hausverwaltung Krüger & Lenz <vermietung@krueger-lenz.example>",
        "Kündigungsbestätigung Ihrer Wohnung",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, wir bestätigen den Eingang Ihrer Kündigung zum "
        "30.06.2026. Einen Termin zur Wohnungsübergabe stimmen wir mit Ihnen ab.",
    ),
    n(
        894,
        "2026-03-05 19:30",
        "Wohnungsbaugenossenschaft Leipzig-West <vermietung@wbg-lw.example>",
        "Ihre Bewerbung um eine Genossenschaftswohnung",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor,\n\nvielen Dank für Ihre Bewerbung um die "
        "3-Raum-Wohnung in der Karl-Heine-Straße. Wir laden Sie zu einer Besichtigung am "
        "14.03.2026 um 12:00 Uhr ein. Bitte bringen Sie einen Einkommensnachweis (z. B. "
        "Arbeitsvertrag) mit.\n\nMit freundlichen Grüßen\nVermietungsteam",
    ),
    n(
        895,
        "2026-03-21 10:00",
        "Wohnungsbaugenossenschaft Leipzig-West <vermietung@wbg-lw.example>",
        "Zusage: Wohnung Karl-Heine-Straße",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, wir freuen uns, Ihnen die Wohnung anbieten zu können. "
        "Der Dauernutzungsvertrag liegt zur Unterschrift bereit. Mietbeginn: 01.05.2026.",
    ),
    n(
        896,
        "2026-03-26 09:00",
        "Umzugshelden <angebot@umzugshelden.example>",
        "Ihr Angebot für den Umzug Berlin → Leipzig",
        "de",
        "Guten Tag Frau Lindqvist-Okafor, anbei unser Angebot: Umzug 3-Zi.-Wohnung, 24 m³, "
        "inkl. Montage: 2.180 € brutto. Das Angebot ist 14 Tage gültig.",
    ),
    n(
        897,
        "2025-10-31 18:00",
        "Ana Costa <ana.costa@protonmail.com>",
        "Halloween-Party bei uns 🎃",
        "en",
        "Hey Mara & Jonah! Kids' Halloween party on Saturday from 3pm. Costumes optional, snacks "
        "mandatory. Ana",
    ),
    n(
        898,
        "2025-12-23 22:00",
        "Ana Costa <ana.costa@protonmail.com>",
        "Merry Christmas!",
        "en",
        "Merry Christmas to the three of you in Uppsala! Eat some saffron buns for me. Ana",
    ),
    n(
        899,
        "2026-01-19 19:15",
        "Tarek Mansour <tarek.mansour@posteo.net>",
        "Re: Tandemtal",
        "de",
        "Alles gut, war ja nur ein Tipp 🙂 Die haben die Stelle eh intern besetzt. Bier bald?\nT.",
    ),
    n(
        901,
        "2025-10-03 18:00",
        "Marktschwärmer <noreply@marktschwaermer.de>",
        "Deine Bestellung für Donnerstag",
        "de",
        "Deine Bestellung bei der Schwärmerei Pankow ist bestätigt: Abholung Do., 17–19 Uhr.",
    ),
    n(
        902,
        "2025-10-09 09:12",
        "Jonah Richter <jonah.richter@posteo.de>",
        "Fwd: Elternzeit-Antrag",
        "de",
        "Kannst du da mal drüberschauen, bevor ich's abschicke?\n\n---------- Weitergeleitete "
        "Nachricht ---------\nVon: Personalabteilung <hr@jonahs-firma.example>\nBetreff: "
        "Elternzeit-Antrag\n\nHallo Jonah, anbei das Formular für die Beantragung der "
        "Elternzeit. Bitte bis 31.10. einreichen.",
    ),
    n(
        903,
        "2025-10-16 20:00",
        "Netflix <info@mailer.netflix.com>",
        "Neu auf Netflix: Serien, die du lieben wirst",
        "de",
        html='<html><body><p>Neu diese Woche: Staffel 3 von "Kitchen Confidential" und mehr.</p>'
        "</body></html>",
    ),
    n(
        904,
        "2025-10-24 14:30",
        "Schulz Fahrräder <werkstatt@schulz-rad.example>",
        "Ihr Fahrrad ist fertig",
        "de",
        "Hallo Frau Lindqvist-Okafor, Ihr Lastenrad ist repariert und kann abgeholt werden. Kosten: "
        "84,50 €.",
    ),
    n(
        905,
        "2025-11-01 12:00",
        "Uppsala Kommun <info@uppsala.example>",
        "Newsletter: Lucia celebrations 2025",
        "en",
        "Join us for Lucia at Uppsala Cathedral on 13 December. Free entry, concert at 18:00.",
    ),
    n(
        906,
        "2025-11-06 08:30",
        "Tagesspiegel Leute Pankow <leute@tagesspiegel.de>",
        "Leute Pankow: Neue Kita am Bürgerpark",
        "de",
        "Hallo Nachbarschaft! Heute: Eine neue Kita eröffnet am Bürgerpark – Bewerbungen für "
        "Plätze ab sofort möglich. Außerdem: Weihnachtsmarkt auf dem Garbátyplatz.",
    ),
    n(
        907,
        "2025-11-27 19:00",
        "Ana Costa <ana.costa@protonmail.com>",
        "Re: Babysitting Freitag?",
        "en",
        "Sure, I can take Ilvy on Friday from 5 to 9. Bring her pyjamas! x\n\n> Could you "
        "possibly babysit Friday evening? We have a dinner.",
    ),
    n(
        908,
        "2025-12-04 10:00",
        "Miles & More <newsletter@miles-and-more.com>",
        "Ihr Prämienangebot: Meilen sammeln im Dezember",
        "de",
        "Jetzt doppelte Meilen bei Hotelbuchungen – nur bis 31.12.",
    ),
    n(
        909,
        "2025-12-08 11:40",
        "Lena Krause Fotografie <hallo@lenakrause-foto.example>",
        "Euer Fotoshooting – Galerie online",
        "de",
        "Hallo Mara, eure Bilder sind online! Passwort: ilvy2025. Bestellungen bis 31.1.",
    ),
    n(
        910,
        "2025-12-21 07:00",
        "SAS <noreply@flysas.com>",
        "Check in now: Berlin – Stockholm",
        "en",
        "Online check-in for SK 2680 on 21 December is now open.",
    ),
    n(
        911,
        "2026-01-06 09:20",
        "Kita Sonnenkäfer e.V. <leitung@kita-sonnenkaefer.example>",
        "Eingewöhnung – kurze Info",
        "de",
        "Liebe Frau Lindqvist-Okafor, Ilvy hat heute schon 20 Minuten ohne Sie gespielt – super "
        "Start! Morgen probieren wir eine Stunde. Herzlich, Merve",
    ),
    n(
        912,
        "2026-01-24 10:00",
        "Urban Sports Club <hello@urbansportsclub.com>",
        "Dein Monat im Rückblick",
        "de",
        "Im Januar warst du 6-mal aktiv – 4x Yoga, 2x Bouldern. Weiter so!",
    ),
    n(
        913,
        "2026-02-01 08:00",
        "N26 <no-reply@n26.com>",
        "Kontoauszug Januar 2026",
        "de",
        "Hi Mara, dein Kontoauszug für Januar ist verfügbar.",
    ),
    n(
        914,
        "2026-02-10 17:20",
        "Nadia Bergmann <nadia.b@web.de>",
        "Glückwunsch!!",
        "de",
        "Jonah hat's mir erzählt – LEIPZIG! Wir werden euch so vermissen. Abschiedsparty im "
        "Mai? 💛 N.",
    ),
    n(
        915,
        "2026-02-18 19:40",
        "Tarek Mansour <tarek.mansour@posteo.net>",
        "Umzugshelfer",
        "de",
        "Wenn ihr im April/Mai umzieht: Ich kann fahren, hab den Transporter von meinem Bruder. "
        "Sag Bescheid!",
    ),
    n(
        916,
        "2026-03-02 08:00",
        "N26 <no-reply@n26.com>",
        "Kontoauszug Februar 2026",
        "de",
        "Hi Mara, dein Kontoauszug für Februar 2026 steht bereit.",
    ),
    n(
        917,
        "2026-03-09 13:00",
        "Stadtwerke Leipzig <kundenservice@swl.example>",
        "Willkommen: Ihr Stromvertrag ab 01.05.2026",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, vielen Dank für Ihren Auftrag. Ihr Vertrag "
        '"Leipzig Strom Öko" beginnt am 01.05.2026.',
    ),
    n(
        918,
        "2026-03-13 16:00",
        "Kita-Portal Leipzig <noreply@kivan.leipzig.example>",
        "Ihre Vormerkung für einen Betreuungsplatz",
        "de",
        "Sehr geehrte Frau Lindqvist-Okafor, Ihre Vormerkung im Kita-Portal für Ihr Kind Ilvy "
        "(Betreuungsbeginn 01.05.2026) ist eingegangen. Die Einrichtungen melden sich direkt "
        "bei Ihnen.",
    ),
    n(
        919,
        "2026-03-19 09:00",
        "Kita Spatzennest Leipzig <kontakt@spatzennest-leipzig.example>",
        "Rückmeldung zu Ihrer Anfrage",
        "de",
        "Liebe Frau Lindqvist-Okafor, leider ist derzeit kein Platz frei. Wir haben Ilvy auf die "
        "Warteliste gesetzt und melden uns, sobald sich etwas ergibt.",
    ),
    n(
        920,
        "2026-03-27 11:30",
        "Birgitta Lindqvist <birgitta.lindqvist@telia.example>",
        "Easter?",
        "en",
        "Will you manage to come for Easter with the move going on? Don't worry if not, we can "
        "come to Berlin — or Leipzig! Mamma",
    ),
]
