# ruff: noqa: E501
"""Corpus 74, more German job mail (data only): see heldout74.py."""

from __future__ import annotations

from typing import Any

from heldout74_jobs import SIG, A, ev, m, reply

US, US2 = "Universitätsspital Seefeld", "Pflegefachfrau Onkologie Tagesklinik 80 %"
UE, UER = "Spital Uetliberg", "Pflegefachperson HF Akutgeriatrie 90 %"
KP, KPR = "Kompass Pflege", "Pflegefachfrau Spitex 60–80 %"
KW, KWR = "Kantonsspital Winterthal", "Pflegefachfrau Intensivstation (mit NDS-Ausbildung)"
SR, SRR = "St. Raphael Klinik", "DGKP Interne Abteilung"
SH, SHR = "Seespital Horgenberg", "Pflegefachfrau Wochenbett / Gynäkologie 80 %"
PR, PRR = "Psychiatrische Klinik Rheinau-Thur", "Pflegefachperson Akutpsychiatrie 80–100 %"
CM, CMR = "CityMed Permanence", "Pflegefachfrau Walk-in-Praxis 60–80 %"
PL, PLR = "Pflegezentrum Liesing", "DGKP Nachtdienst"
SS, SSR = "Spitex Sihltal", "Dipl. Pflegefachfrau HF Spitex 70 %"
LK, LKR = "Limmatklinik", "Pflegefachfrau Tagesklinik Chirurgie"

MAIL: list[dict[str, Any]] = [
    # --- 13 St. Raphael Klinik Wien ----------------------------------------------------------
    m(
        "71301",
        "2025-10-07 13:12",
        "Bewerbungsmanagement St. Raphael <bewerbung@straphael-wien.at>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", SR, SRR, 13, "direct"),
        "Sehr geehrte Frau Moser,\n\nwir bestätigen den Eingang Ihrer Bewerbung als DGKP für unsere Interne Abteilung. Unser Team prüft Ihre Unterlagen und wird sich in den nächsten zwei Wochen bei Ihnen melden.\n\nSollten wir Sie nicht in die engere Auswahl nehmen können, bitten wir um Ihr Verständnis, dass wir Ihnen nur eine kurze Absage senden können.\n\nMit freundlichen Grüßen\nBewerbungsmanagement\nOrdensspital St. Raphael Betriebs-Ges.m.b.H.\nLeopoldauer Platz 7, 1210 Wien",
    ),
    m(
        "71302",
        "2025-10-16 09:40",
        "Sr. Maria Hofbauer <m.hofbauer@straphael-wien.at>",
        "Vorstellungsgespräch 23.10.",
        A("interview", SR, SRR, 13, "direct"),
        "Sehr geehrte Frau Moser,\n\ndanke für Ihre Bewerbung. Ich würde Sie gerne am Donnerstag, 23. Oktober, um 10:30 Uhr zu einem Vorstellungsgespräch in die Pflegedirektion einladen (Haus B, Erdgeschoss). Anschließend zeigt Ihnen die Stationsleitung gerne die Station 2 Intern.\n\nBitte geben Sie mir kurz Bescheid, ob der Termin passt.\n\nMit freundlichen Grüßen\nSr. Maria Hofbauer, DGKP\nPflegedirektorin",
    ),
    m(
        "71303",
        "2025-11-03 15:20",
        "Sr. Maria Hofbauer <m.hofbauer@straphael-wien.at>",
        "Ihre Bewerbung bei uns",
        A("rejection", SR, SRR, 13, "direct"),
        "Sehr geehrte Frau Moser,\n\nes hat mich sehr gefreut, Sie kennenzulernen. Ihre ruhige, strukturierte Art und Ihre Erfahrung auf der Unfallchirurgie haben uns gut gefallen.\n\nDa Sie uns im Gespräch offen gesagt haben, dass ein Umzug in die Schweiz im Frühjahr wahrscheinlich ist, haben wir uns für eine Bewerberin entschieden, die langfristig bei uns bleiben möchte. Ich hoffe, Sie verstehen das.\n\nAlles Gute für Zürich – und falls sich die Pläne ändern, melden Sie sich gerne wieder.\n\nMit freundlichen Grüßen\nSr. Maria Hofbauer",
    ),
    # --- 12 Kantonsspital Winterthal (rexx) -----------------------------------------------------
    m(
        "71201",
        "2025-10-20 19:05",
        "KSWT Personal <jobs@kswt.ch>",
        "Eingangsbestätigung: Pflegefachfrau Intensivstation (mit NDS-Ausbildung)",
        A("confirmation", KW, KWR, 12, "other"),
        "Guten Tag Frau Moser\n\nVielen Dank für Ihre Bewerbung über unser Stellenportal. Wir haben Ihre Unterlagen erhalten und leiten sie an die zuständige Linie weiter.\n\nBitte haben Sie etwas Geduld. Falls wir Sie nicht für ein Gespräch berücksichtigen können, informieren wir Sie selbstverständlich ebenfalls.\n\nFreundliche Grüsse\n\nPersonaldienst\nKantonsspital Winterthal\nBrunngasse 2, 8400 Winterthal\n\n--\nDiese Nachricht wurde über rexx systems versendet.",
        headers={"X-Mailer": "rexx Recruitment"},
    ),
    m(
        "71202",
        "2025-11-04 11:17",
        "Noemi Egli <noemi.egli@kswt.ch>",
        "Einladung Vorstellungsgespräch IPS",
        A("interview", KW, KWR, 12, "direct"),
        "Grüezi Frau Moser\n\nWir freuen uns, Sie zu einem Vorstellungsgespräch auf unserer Intensivstation einzuladen. Das Gespräch findet vor Ort statt und beinhaltet einen kurzen Rundgang sowie ein Fallbeispiel (ca. 20 Min.).\n\nDatum: Montag, 17. November 2025, 10:00 Uhr\nOrt: Kantonsspital Winterthal, Haus G, 3. OG, Sitzungszimmer IPS\n\nBitte bestätigen Sie den Termin über den Link im Bewerberportal.\n\nFreundliche Grüsse\nNoemi Egli\nPflegeexpertin / Bildungsverantwortliche IPS\nKSWT",
        ics=ev(
            "kswt-ips-1711-moser",
            "2025-11-17 10:00:00 +0100",
            ("Noemi Egli", "noemi.egli@kswt.ch"),
            "Vorstellungsgespräch IPS – Moser",
            minutes=90,
            location="KSWT Haus G, 3. OG",
        ),
    ),
    m(
        "71203",
        "2025-11-26 16:45",
        "KSWT Personal <jobs@kswt.ch>",
        "Ihre Bewerbung beim Kantonsspital Winterthal",
        A("rejection", KW, KWR, 12, "other"),
        "Guten Tag Frau Moser\n\nBesten Dank für Ihr Interesse am Kantonsspital Winterthal und die Zeit, die Sie in das Gespräch investiert haben.\n\nLeider können wir Ihnen keinen Ausbildungsplatz im NDS Intensivpflege anbieten; für den Kurs ab Februar standen deutlich mehr Bewerbungen als Plätze zur Verfügung. Eine Bewerbung für den Herbstkurs ist jederzeit möglich.\n\nFreundliche Grüsse\nPersonaldienst KSWT",
    ),
    # --- 14 Seespital Horgenberg (Abacus/Umantis + Stationsleitung privat) ---------------------------
    m(
        "71401",
        "2025-10-24 08:12",
        "Seespital Horgenberg <noreply@abaservices.ch>",
        "Ihre Bewerbung ist eingegangen",
        A("confirmation", SH, SHR, 14, "other"),
        "Sehr geehrte Frau Moser\n\nWir danken Ihnen für Ihre Bewerbung als Pflegefachfrau Wochenbett / Gynäkologie 80 %. Ihre Unterlagen werden sorgfältig geprüft.\n\nFreundliche Grüsse\nHR Seespital Horgenberg\n\nAbacus Research AG – Bewerbermanagement",
    ),
    m(
        "71402",
        "2025-11-02 20:51",
        "Brigitte Wyss <brigitte.wyss@bluewin.ch>",
        "Ihre Bewerbung Wochenbett – Schnuppertag?",
        A("interview", SH, SHR, 14, "direct"),
        "Grüezi Frau Moser\n\nIch schreibe Ihnen von meiner privaten Adresse, weil ich die Ferienwoche habe und nicht auf das Spitalmail komme – ich hoffe, das ist in Ordnung.\n\nIch bin Stationsleiterin Wochenbett im Seespital Horgenberg und habe Ihre Bewerbung von HR erhalten. Ihr Profil gefällt mir. Hätten Sie Lust, bei uns einen Schnuppertag zu machen? Am liebsten Dienstag, 11. November, Frühdienst ab 6:45 Uhr. Danach können wir in Ruhe reden.\n\nBitte antworten Sie einfach hierhin, ich leite es dann an HR weiter.\n\nHerzliche Grüsse\nBrigitte Wyss\nStationsleitung Wochenbett 2. OG",
    ),
    m(
        "71403",
        "2025-11-03 07:22",
        "Katharina Moser <katharina.moser@gmx.at>",
        "Re: Ihre Bewerbung Wochenbett – Schnuppertag?",
        A("interview", SH, SHR, 14, "direct"),
        "Liebe Frau Wyss\n\nvielen Dank für Ihre Nachricht – sehr gerne! Der 11. November passt mir gut, ich nehme den Zug am Vorabend. Wo soll ich mich um 6:45 Uhr melden?\n\nFreundliche Grüße\nKatharina Moser\n\nAm So., 2. Nov. 2025 um 20:51 schrieb Brigitte Wyss <brigitte.wyss@bluewin.ch>:\n> Hätten Sie Lust, bei uns einen Schnuppertag zu machen?",
        to="Brigitte Wyss <brigitte.wyss@bluewin.ch>",
        **reply(
            "71402", "2025-11-02 20:51", "bluewin.ch", "Ihre Bewerbung Wochenbett – Schnuppertag?"
        ),
    ),
    m(
        "71404",
        "2025-11-28 14:03",
        "Yvonne Hürlimann <yvonne.huerlimann@seespital-horgenberg.ch>",
        "Stelle Wochenbett – Zwischenstand",
        A("confirmation", SH, SHR, 14, "direct"),
        "Sehr geehrte Frau Moser\n\nFrau Wyss hat mir von Ihrem Schnuppertag berichtet, der sehr positiv verlaufen ist.\n\nLeider muss ich Ihnen mitteilen, dass die Stelle aufgrund einer internen Reorganisation der Frauenklinik (Zusammenlegung Wochenbett und Gynäkologie) vorerst sistiert ist. Wir rechnen mit einem Entscheid im Frühling 2026 und würden gerne dann wieder auf Sie zukommen, sofern Sie einverstanden sind.\n\nFreundliche Grüsse\nYvonne Hürlimann\nHR-Beraterin\nSeespital Horgenberg AG",
        st="on_hold",
    ),
    # --- 15 Psychiatrische Klinik Rheinau-Thur (SuccessFactors tenant) ---------------------------
    m(
        "71501",
        "2025-10-29 21:33",
        "PKRT Karriere <noreply@successfactors.eu>",
        "Wir haben Ihre Bewerbung erhalten",
        A("confirmation", PR, PRR, 15, "other"),
        "Guten Tag Frau Moser\n\nVielen Dank für Ihre Bewerbung als Pflegefachperson Akutpsychiatrie 80–100 %.\n\nIhre Bewerbung wird geprüft. Wir melden uns so bald wie möglich.\n\nFreundliche Grüsse\nIhr Recruiting-Team\n\nKanton Zürich – Gesundheitsdirektion\npkrt-kantonzh · Career Site",
    ),
    m(
        "71502",
        "2025-11-19 08:30",
        "PKRT Karriere <noreply@successfactors.eu>",
        "Information zu Ihrer Bewerbung",
        A("rejection", PR, PRR, 15, "other"),
        "Guten Tag Frau Moser\n\nWir danken Ihnen für Ihr Interesse an der Psychiatrischen Klinik Rheinau-Thur.\n\nNach eingehender Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Für die Stelle setzen wir Berufserfahrung in der Psychiatrie voraus.\n\nWir wünschen Ihnen viel Erfolg.\n\nFreundliche Grüsse\nRecruiting PKRT",
    ),
    # --- 20 Pflegezentrum Liesing (karriere.at), ghosted -----------------------------------------
    m(
        "72001",
        "2025-10-11 12:02",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung ist angekommen: DGKP Nachtdienst",
        A("confirmation", PL, PLR, 20, "other"),
        html="<table width='600'><tr><td><h2>Super, Katharina!</h2><p>Deine Bewerbung als <b>DGKP Nachtdienst</b> bei <b>PZ Liesing Betriebs GmbH</b> wurde erfolgreich versendet.</p><p>Wie geht es weiter? Das Unternehmen sieht sich deine Unterlagen an und meldet sich bei dir.</p><p><a href='https://www.karriere.at/bewerbungen'>Zu meinen Bewerbungen</a></p></td></tr></table>",
    ),
    # --- 3 Spital Uetliberg (Stiftung, softgarden) ------------------------------------------------
    m(
        "70301",
        "2025-11-10 18:40",
        "Stiftung Diakoniewerk Uetliberg <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung!",
        A("confirmation", UE, UER, 3, "other"),
        html="<div style='font-family:Helvetica'><p>Grüezi Frau Moser</p><p>Herzlichen Dank für Ihre Bewerbung als <b>Pflegefachperson HF Akutgeriatrie 90 %</b>. Wir haben Ihre Unterlagen erhalten und melden uns innerhalb von 10 Arbeitstagen bei Ihnen.</p><p>Den Status können Sie jederzeit in Ihrem Bewerberkonto verfolgen.</p><p>Freundliche Grüsse<br>Ihr HR-Team<br>Stiftung Diakoniewerk Uetliberg</p><p style='font-size:11px;color:#999'>Spital Uetliberg · Pflegeheim Im Sihlhof · Wohnen im Alter Triemli</p></div>",
    ),
    m(
        "70302",
        "2025-11-18 09:55",
        "Corinne Lüthi <corinne.luethi@diakoniewerk-uetliberg.ch>",
        "Akutgeriatrie – Einladung zum Gespräch",
        A("interview", UE, UER, 3, "direct"),
        "Grüezi Frau Moser\n\nGerne lernen wir Sie persönlich kennen. Ich habe Ihnen über Bookings einen Termin reserviert, die Einladung kommt separat.\n\nMittwoch, 26. November 2025, 15:00 Uhr, per Video\nMit Herrn Marco Bättig (Leitung Pflege Akutgeriatrie) und mir\n\nFreundliche Grüsse\nCorinne Lüthi\nHR Fachfrau\nStiftung Diakoniewerk Uetliberg | Spital Uetliberg",
    ),
    m(
        "70303",
        "2025-11-18 09:57",
        "Microsoft Bookings <noreply@microsoft.com>",
        "Buchung bestätigt: Vorstellungsgespräch Akutgeriatrie",
        A("interview", UE, UER, 3, "other"),
        "Hallo Katharina Moser,\n\nIhre Buchung ist bestätigt.\n\nDienst: Vorstellungsgespräch Akutgeriatrie\nMitarbeiter: Corinne Lüthi\nMittwoch, 26. November 2025, 15:00 – 16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nAn Microsoft Teams-Besprechung teilnehmen\n\nHR Diakoniewerk Uetliberg\n\nBuchung verwalten",
        ics=ev(
            "bookings-duw-77120",
            "2025-11-26 15:00:00 +0100",
            ("HR Diakoniewerk Uetliberg", "hr-bookings@diakoniewerk-uetliberg.ch"),
            "Vorstellungsgespräch Akutgeriatrie – Katharina Moser",
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "70304",
        "2025-12-01 12:14",
        "Marco Bättig <marco.baettig@spital-uetliberg.ch>",
        "Schnuppertag Akutgeriatrie",
        A("interview", UE, UER, 3, "direct"),
        "Grüezi Frau Moser\n\nBesten Dank für das gute Gespräch letzte Woche. Wie besprochen lade ich Sie gerne zu einem Schnuppertag ein, damit Sie unser Team und den Alltag auf der Akutgeriatrie erleben.\n\nVorschlag: Dienstag, 16. Dezember 2025, 07:00–16:00 Uhr. Melden Sie sich bitte am Empfang, Birmensdorferstrasse 501; ich hole Sie dort ab.\n\nHerzliche Grüsse\nMarco Bättig\nLeitung Pflege Akutgeriatrie\nSpital Uetliberg",
    ),
    m(
        "70305",
        "2026-01-14 16:22",
        "Corinne Lüthi <corinne.luethi@diakoniewerk-uetliberg.ch>",
        "Vertragsangebot Spital Uetliberg",
        A("offer", UE, UER, 3, "direct"),
        "Grüezi Frau Moser\n\nEs freut uns sehr, Ihnen nach dem Schnuppertag eine Anstellung als Pflegefachperson HF Akutgeriatrie (90 %) per 1. April 2026 anbieten zu können.\n\nIm Anhang finden Sie den Arbeitsvertrag in zweifacher Ausführung sowie das Merkblatt zur SRK-Anerkennung. Eckdaten: Jahreslohn CHF 86 400.– (100 %, 13 Monatslöhne), 5 Wochen Ferien, Personalzimmer für die ersten drei Monate möglich.\n\nWir bitten Sie, uns ein unterzeichnetes Exemplar bis 31. Januar zurückzusenden. Bei Fragen bin ich gerne für Sie da.\n\nFreundliche Grüsse\nCorinne Lüthi\nHR Fachfrau\nStiftung Diakoniewerk Uetliberg",
        attach=[
            (
                "Arbeitsvertrag_Moser_Katharina.pdf",
                "application/pdf",
                "%PDF-1.4 Arbeitsvertrag Stiftung Diakoniewerk Uetliberg",
            )
        ],
    ),
    m(
        "70306",
        "2026-01-22 08:33",
        "Corinne Lüthi <corinne.luethi@diakoniewerk-uetliberg.ch>",
        "AW: Vertragsangebot Spital Uetliberg – unterzeichnet",
        A("offer", UE, UER, 3, "direct"),
        "Grüezi Frau Moser\n\nHerzlichen Dank, wir haben den unterzeichneten Vertrag erhalten. Herzlich willkommen im Spital Uetliberg! Marco Bättig freut sich sehr.\n\nIn den nächsten Wochen erhalten Sie von uns die Unterlagen zum Eintritt (Personalien, AHV, Quellensteuer).\n\nFreundliche Grüsse\nCorinne Lüthi",
        st="accepted",
        **reply(
            "70305",
            "2026-01-14 16:22",
            "diakoniewerk-uetliberg.ch",
            "Vertragsangebot Spital Uetliberg",
        ),
    ),
    m(
        "70307",
        "2026-03-02 10:10",
        "HR Diakoniewerk Uetliberg <hr@diakoniewerk-uetliberg.ch>",
        "Ihr Eintritt am 1. April 2026 – Unterlagen",
        A("other_job", UE, UER, None, "direct"),
        "Grüezi Frau Moser\n\nIhr Eintritt rückt näher! Bitte füllen Sie das beiliegende Personalblatt aus und bringen Sie am ersten Tag Folgendes mit: Ausweis B bzw. Bestätigung der Anmeldung, AHV-Ausweis, Bankverbindung (Schweizer IBAN), Impfausweis.\n\nIhr Einführungstag: Mittwoch, 1. April 2026, 08:00 Uhr, Schulungsraum 1. Kleidung erhalten Sie in der Wäscherei.\n\nFreundliche Grüsse\nHR Stiftung Diakoniewerk Uetliberg",
    ),
    # --- 6 Kompass Pflege (Personio, du) ---------------------------------------------------------
    m(
        "70601",
        "2025-11-24 22:10",
        "Kompass Pflege GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung!",
        A("confirmation", KP, KPR, 6, "personio"),
        "Hallo Katharina,\n\nmerci für deine Bewerbung als Pflegefachfrau Spitex 60–80 %! Wir schauen uns alles in Ruhe an und melden uns in den nächsten Tagen bei dir.\n\nLiebe Grüsse\nDas Kompass-Team\n\nKompass Pflege GmbH · Spitex für Zürich Kreis 3–5 · Powered by Personio",
    ),
    m(
        "70602",
        "2025-11-27 07:48",
        "Lea Bachmann <lea.bachmann.zh@gmail.com>",
        "Hoi Katharina – kurzer Call?",
        A("interview", KP, KPR, 6, "direct"),
        "Hoi Katharina\n\nIch bin Lea, eine der beiden Gründerinnen von Kompass. Sorry, ich schreib dir von meinem privaten Gmail, unser Google Workspace spinnt gerade.\n\nDein Lebenslauf hat uns mega gefallen, vor allem die Erfahrung mit Wundmanagement. Hast du Lust auf ein lockeres Kennenlernen per Video? Buch dir einfach einen Slot, der dir passt: https://calendly.com/lea-kompass/kennenlernen\n\nHerzlich\nLea\n\nLea Bachmann\nCo-Founderin & Pflegeleitung, Kompass Pflege",
    ),
    m(
        "70603",
        "2025-11-27 12:31",
        "Calendly <notifications@calendly.com>",
        "Bestätigt: Kennenlernen Kompass mit Lea Bachmann am Mi., 3. Dez. 2025",
        A("interview", KP, KPR, 6, "other"),
        "Hallo Katharina Moser,\n\nein neues Ereignis wurde geplant.\n\nEreignistyp: Kennenlernen Kompass (30 Min.)\nEingeladen von: Lea Bachmann\nDatum/Uhrzeit: 17:30 – 18:00, Mittwoch, 3. Dezember 2025 (Mitteleuropäische Zeit)\nOrt: Google Meet\n\nDieses Ereignis zu deinem Kalender hinzufügen, neu planen oder absagen.\n\nBereitgestellt von Calendly",
        ics=ev(
            "calendly-7c19aa02",
            "2025-12-03 17:30:00 +0100",
            ("Lea Bachmann", "lea.bachmann.zh@gmail.com"),
            "Kennenlernen Kompass – Katharina Moser",
            minutes=30,
            style="google",
            location="Google Meet",
        ),
    ),
    m(
        "70604",
        "2026-01-09 19:15",
        "Lea Bachmann <lea.bachmann.zh@gmail.com>",
        "Angebot für dich 🎉",
        A("offer", KP, KPR, 6, "direct"),
        "Hoi Katharina\n\nMarkus und ich haben nach dem Probeeinsatz nicht lange überlegt: Wir möchten dich gerne im Team! Unser Angebot: 70 %, Start ab März oder April, Lohn CHF 6'950 brutto (100 %, x13), E-Bike fürs Quartier, keine Nachtdienste.\n\nDer Vertragsentwurf ist im Anhang. Lass dir Zeit und melde dich bis Ende nächster Woche, ja?\n\nEs würde uns riesig freuen!\nLea",
        attach=[
            (
                "Vertragsentwurf_Kompass_Moser.pdf",
                "application/pdf",
                "%PDF-1.4 Entwurf Arbeitsvertrag Kompass Pflege GmbH",
            )
        ],
    ),
    m(
        "70605",
        "2026-01-19 21:02",
        "Katharina Moser <katharina.moser@gmx.at>",
        "Re: Angebot für dich 🎉",
        A("offer", KP, KPR, 6, "direct"),
        "Liebe Lea\n\nvielen Dank für euer tolles Angebot und das Vertrauen. Es ist mir wirklich schwer gefallen, aber ich habe mich für eine Stelle im Spital entschieden, wo ich auch die Weiterbildung in Geriatrie machen kann. Ich sage darum ab.\n\nIch hoffe, wir sehen uns mal in Wiedikon auf einen Kaffee!\n\nHerzlich\nKatharina",
        to="Lea Bachmann <lea.bachmann.zh@gmail.com>",
        st="declined",
        **reply("70604", "2026-01-09 19:15", "gmail.com", "Angebot für dich 🎉"),
    ),
    m(
        "70606",
        "2026-01-20 08:05",
        "Lea Bachmann <lea.bachmann.zh@gmail.com>",
        "Re: Angebot für dich 🎉",
        A("offer", KP, KPR, 6, "direct"),
        "Hoi Katharina\n\nschade!! Aber total verständlich, Geriatrie passt super zu dir. Die Tür bleibt offen. Und ja, Kaffee unbedingt 😊\n\nAlles Liebe\nLea",
        st="declined",
        **reply("70605", "2026-01-19 21:02", "gmx.at", "Re: Angebot für dich 🎉"),
    ),
    # --- 18 CityMed Permanence (Teamtailor) ------------------------------------------------------
    m(
        "71801",
        "2025-12-08 13:20",
        "CityMed Permanence <no-reply@teamtailor-mail.com>",
        "Danke für Ihre Bewerbung bei CityMed",
        A("confirmation", CM, CMR, 18, "teamtailor"),
        html="<div><p>Hallo Katharina</p><p>Vielen Dank für Ihre Bewerbung als <b>Pflegefachfrau Walk-in-Praxis 60–80 %</b>. Wir haben sie erhalten und melden uns bald.</p><p>Beste Grüsse<br>CityMed Permanence AG · Zürich HB &amp; Oerlikon</p></div>",
    ),
    m(
        "71802",
        "2025-12-19 10:02",
        "CityMed Permanence <no-reply@teamtailor-mail.com>",
        "Update zu Ihrer Bewerbung",
        A("rejection", CM, CMR, 18, "teamtailor"),
        html="<div><p>Hallo Katharina</p><p>Danke nochmals für Ihr Interesse an CityMed. Wir haben viele starke Bewerbungen erhalten und uns nach sorgfältiger Prüfung entschieden, mit anderen Kandidatinnen weiterzugehen, die bereits Praxiserfahrung (MPA/Röntgen) mitbringen.</p><p>Wir wünschen Ihnen alles Gute.</p><p>Beste Grüsse<br>Team CityMed</p></div>",
    ),
    # --- 21 Spitex Sihltal (jobs.ch) --------------------------------------------------------------
    m(
        "72101",
        "2025-11-15 11:25",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung bei Spitex Sihltal AG",
        A("confirmation", SS, SSR, 21, "other"),
        "Guten Tag Katharina Moser\n\nIhre Bewerbung für die Stelle «Dipl. Pflegefachfrau HF Spitex 70 %» wurde erfolgreich an Spitex Sihltal AG gesendet.\n\nDer Arbeitgeber wird sich direkt bei Ihnen melden.\n\nViel Erfolg!\nIhr jobs.ch Team",
    ),
    m(
        "72102",
        "2025-11-25 14:50",
        "Andrea Stutz <a.stutz@spitex-sihltal.ch>",
        "Telefoninterview",
        A("interview", SS, SSR, 21, "direct"),
        "Grüezi Frau Moser\n\nDanke für Ihre Bewerbung. Gerne würde ich mit Ihnen ein erstes telefonisches Gespräch führen. Würde Ihnen Freitag, 28. November, 11:00 Uhr passen? Ich rufe Sie auf Ihre österreichische Nummer an.\n\nFreundliche Grüsse\nAndrea Stutz\nBereichsleitung Pflege\nSpitex Sihltal AG",
    ),
    m(
        "72103",
        "2025-12-10 17:05",
        "Andrea Stutz <a.stutz@spitex-sihltal.ch>",
        "Spitex Sihltal – Ihre Bewerbung",
        A("rejection", SS, SSR, 21, "direct"),
        "Grüezi Frau Moser\n\nVielen Dank für das sympathische Telefonat. Für diese Stelle ist ein eigenes Auto und der Führerausweis Kat. B zwingend, da wir in Langnau und Adliswil ohne gute ÖV-Anbindung unterwegs sind. Da Sie kein Auto haben, können wir Ihre Bewerbung leider nicht weiterverfolgen.\n\nFreundliche Grüsse\nAndrea Stutz",
    ),
    # --- 22 Limmatklinik (direct e-mail application) -----------------------------------------------
    m(
        "72201",
        "2025-12-12 09:30",
        "Limmatklinik Personal <personal@limmatklinik.ch>",
        "AW: Bewerbung als Pflegefachfrau Tagesklinik",
        A("confirmation", LK, LKR, 22, "direct"),
        "Grüezi Frau Moser\n\nBesten Dank für Ihre Bewerbung per E-Mail. Wir haben sie an die Leitung Tagesklinik, Frau Hess, weitergeleitet und melden uns bis Mitte Januar.\n\nFreundliche Grüsse\nNadine Keller\nPersonal\nLimmatklinik AG\n\n-----Ursprüngliche Nachricht-----\nVon: Katharina Moser\nBetreff: Bewerbung als Pflegefachfrau Tagesklinik\n\nSehr geehrte Damen und Herren, anbei meine Bewerbungsunterlagen ...",
    ),
    m(
        "72202",
        "2026-01-16 15:12",
        "Limmatklinik Personal <personal@limmatklinik.ch>",
        "Bewerbung Moser",
        A("rejection", LK, LKR, 22, "direct"),
        "Grüezi Frau Moser\n\nWir danken Ihnen für die Geduld. Frau Hess hat sich nach den Gesprächen für eine Kollegin mit Erfahrung in der Anästhesienachsorge entschieden. Ihre Unterlagen löschen wir nach 3 Monaten.\n\nFreundliche Grüsse\nNadine Keller\nLimmatklinik AG",
    ),
    # --- 16 USSZ re-application --------------------------------------------------------------------
    m(
        "71601",
        "2026-01-05 07:40",
        "USSZ Recruiting <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – Req 25302",
        A("confirmation", US, US2, 16, "other"),
        "Grüezi Frau Moser\n\nWir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Pflegefachfrau Onkologie Tagesklinik 80 %» (Req 25302).\n\nIhre Unterlagen werden nun geprüft. Falls wir Sie nicht berücksichtigen können, erhalten Sie ebenfalls eine Nachricht von uns.\n\nFreundliche Grüsse\nHR Recruiting Pflege\nUniversitätsspital Seefeld Zürich",
        headers={"X-SF-Company": "ussz-prod"},
    ),
    m(
        "71602",
        "2026-01-12 12:00",
        "Melanie Frischknecht <melanie.frischknecht@ussz.ch>",
        "Wiedersehen am USSZ? Gespräch Onko-Tagesklinik",
        A("interview", US, US2, 16, "direct"),
        "Grüezi Frau Moser\n\nSchön, wieder von Ihnen zu hören! Die Leitung der Onkologie-Tagesklinik, Herr Dr. phil. Simon Räber, würde Sie gerne kennenlernen: Dienstag, 20. Januar, 14:00 Uhr, vor Ort (Trakt Ost, Ebene C).\n\nFreundliche Grüsse\nMelanie Frischknecht\nUSSZ",
    ),
    m(
        "71603",
        "2026-01-23 17:20",
        "Katharina Moser <katharina.moser@gmx.at>",
        "Rückzug Bewerbung Req 25302",
        A("confirmation", US, US2, 16, "direct"),
        "Grüezi Frau Frischknecht\n\nherzlichen Dank für das Gespräch am Dienstag mit Herrn Räber. Ich habe in der Zwischenzeit einen Vertrag im Spital Uetliberg unterschrieben und ziehe meine Bewerbung deshalb zurück. Das Angebot kam erst nach unserem Termin – ich hoffe, Sie verstehen das.\n\nFreundliche Grüße\nKatharina Moser"
        + SIG,
        to="Melanie Frischknecht <melanie.frischknecht@ussz.ch>",
        st="withdrawn",
    ),
]
