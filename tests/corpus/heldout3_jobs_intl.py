"""Third held-out corpus: job mail in German, French, Spanish, Portuguese (applications 22-45)."""

from __future__ import annotations

from heldout3_util import m, reply

KRW = ("Kranwerk Logistik GmbH", "Frontend-Entwickler (m/w/d)", 22)
FAH = ("Fahrwerk Mobility", "Senior Frontend Engineer", 23)
SON = ("Sonnhalde Versicherung AG", "Webentwicklerin", 24)
TAN = ("Tannwald Software", "React-Entwickler (m/w/d)", 25)
GLA = ("Glasfabrik Digital", "Frontend-Entwicklerin", 26)
ISA = ("Isarblick Media", "Frontend Developer", 27)
RHE = ("Rheinpfad Energie", "Frontend Engineer", 28)
LIN = ("Lindgrün GmbH", "Webentwickler (React)", 29)
BRU = ("Brückner & Söhne", "Softwareentwickler Frontend", 30)
OMB = ("Ombrelune", "Développeuse Front-end", 31)
CAP = ("Caprice Logiciels", "Ingénieure Frontend", 32)
VEL = ("Maison Vellard", "Développeur React", 33)
BEL = ("Bellecour Paiements", "Développeuse Full-Stack", 34)
SOR = ("Atelier Sorbier", "Frontend Engineer", 35)
ARR = ("Arrecife Digital", "Desarrolladora Frontend", 36)
TRA = ("Tramuntana Tech", "Frontend Engineer", 37)
CIE = ("Cierzo Robotics", "Ingeniera de Software Frontend", 38)
LUB = ("Lumbre Energía", "Desarrolladora Frontend Senior", 39)
OLI = ("Olivar Seguros", "Desarrollador Web", 40)
JAB = ("Jabuticaba Pagamentos", "Desenvolvedora Front-end Sênior", 41)
MAN = ("Mandacaru Saúde", "Engenheira de Software Frontend", 42)
ALF = ("Alfama Labs", "Frontend Developer", 43)
RIB = ("Ribeira Cloud", "Programadora Front-end", 44)
TEJ = ("Tejo Energia", "Engenheira Frontend", 45)

FAH_HM = "Jonas Richter <jonas@fahrwerk-mobility.de>"
GLA_FOUNDER = "Kathi Brandl <kathi.brandl@web.de>"
VEL_BOSS = "Philippe Vellard <p.vellard@orange.fr>"
BRAVO = "Inés Castaño <ines.castano.talento@gmail.com>"
RIB_FOUNDER = "Rui Teixeira <rui.teixeira.ribeira@hotmail.com>"
ALF_REC = "Marta Sequeira <marta.sequeira@alfamalabs.pt>"

MAIL = [
    # ===== German =====
    # --- 22 Kranwerk Logistik (Personio, Sie): rejected after interview
    m(
        "krw-conf",
        "2025-05-21 10:04",
        "Kranwerk Logistik GmbH <noreply@jobs.personio.de>",
        "Ihre Bewerbung als Frontend-Entwickler (m/w/d)",
        ("confirmation", *KRW, "personio", "de"),
        text="""Sehr geehrte Frau Berger,

vielen Dank für Ihre Bewerbung als Frontend-Entwickler (m/w/d) und Ihr Interesse an der
Kranwerk Logistik GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei
Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranwerk Logistik GmbH

Kranwerk Logistik GmbH · Hafenstraße 12 · 28217 Bremen · HRB 30117
""",
    ),
    m(
        "krw-int",
        "2025-06-02 14:25",
        "Sabine Hollmann <s.hollmann@kranwerk-logistik.de>",
        "Einladung zum Vorstellungsgespräch",
        ("interview", *KRW, "direct", "de"),
        text="""Sehr geehrte Frau Berger,

Ihre Unterlagen haben uns überzeugt. Gerne möchten wir Sie persönlich kennenlernen und
laden Sie zu einem Gespräch per Microsoft Teams ein:

Donnerstag, 12. Juni 2025, 10:00 bis 11:00 Uhr
Gesprächspartner: Herr Dr. Weiß (Leitung IT), Frau Hollmann (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Hollmann
Personalreferentin
Kranwerk Logistik GmbH
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000B0F3",
            "start": "2025-06-12 10:00:00 +0200",
            "summary": "Vorstellungsgespräch Frau Berger (Frontend-Entwickler)",
            "organizer": ("Sabine Hollmann", "s.hollmann@kranwerk-logistik.de"),
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    m(
        "krw-rej",
        "2025-06-20 09:12",
        "Kranwerk Logistik GmbH <noreply@jobs.personio.de>",
        "Rückmeldung zu Ihrer Bewerbung",
        ("rejection", *KRW, "personio", "de"),
        text="""Sehr geehrte Frau Berger,

nochmals vielen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen
haben.

Leider können wir Ihnen heute keine positive Nachricht geben: Nach reiflicher Überlegung
haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu den aktuellen
Anforderungen passt.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Sabine Hollmann
Kranwerk Logistik GmbH
""",
    ),
    # --- 23 Fahrwerk Mobility (JOIN, du): offer; contract only named in the PDF
    m(
        "fah-conf",
        "2025-07-01 11:47",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung bei Fahrwerk Mobility",
        ("confirmation", *FAH, "other", "de"),
        html="""<html><body><div style="font-family:Helvetica">
<p>Hallo Nadia,</p>
<p>deine Bewerbung als <b>Senior Frontend Engineer</b> bei <b>Fahrwerk Mobility</b> ist
angekommen. Das Team meldet sich bei dir, sobald es deine Unterlagen gesichtet hat.</p>
<p>Viel Erfolg!<br>Dein JOIN Team</p>
<p style="font-size:11px;color:#999">JOIN Solutions AG, Zürich</p></div></body></html>""",
    ),
    m(
        "fah-int",
        "2025-07-08 17:55",
        FAH_HM,
        "Kennenlernen?",
        ("interview", *FAH, "direct", "de"),
        text="""Hi Nadia,

ich bin Jonas, CTO bei Fahrwerk. Danke für deine Bewerbung! Dein Profil passt richtig gut zu
dem, was wir suchen. Hast du Lust auf ein erstes Kennenlernen per Video, z. B. Dienstag
15.07. um 16 Uhr? Dauert ca. 45 Minuten, danach gibt es ggf. noch eine kleine Live-Coding
Session mit dem Team.

Viele Grüße
Jonas

Fahrwerk Mobility GmbH · Leopoldstraße 88 · 80802 München
""",
    ),
    m(
        "fah-int2",
        "2025-07-17 09:30",
        FAH_HM,
        "Re: Kennenlernen?",
        ("interview", *FAH, "direct", "de"),
        headers=reply("fah-int", FAH_HM),
        text="""Hi Nadia,

hat Spaß gemacht am Dienstag! Wie besprochen: Live-Coding mit Lea und Can am Montag,
21.07. um 10 Uhr bei uns im Büro (Leopoldstraße 88, 3. OG). Bring gern deinen Laptop mit.

Jonas

Am 08.07.2025 um 17:55 schrieb Jonas Richter <jonas@fahrwerk-mobility.de>:
> Hi Nadia,
> ich bin Jonas, CTO bei Fahrwerk. Danke für deine Bewerbung! Dein Profil passt richtig
> gut zu dem, was wir suchen. Hast du Lust auf ein erstes Kennenlernen per Video?
""",
    ),
    m(
        "fah-offer",
        "2025-07-29 18:20",
        FAH_HM,
        "Unser Angebot für dich",
        ("offer", *FAH, "direct", "de"),
        attach=[
            (
                "Vertragsangebot_Senior_Frontend_Engineer_N_Berger.pdf",
                "application/pdf",
                "%PDF-1.4\n% Vertragsangebot\n",
            )
        ],
        text="""Hi Nadia,

wir möchten dich sehr gern im Team haben! Anbei findest du unser Vertragsangebot
(78.000 EUR brutto/Jahr, 30 Tage Urlaub, 2 Tage remote pro Woche). Lies es dir in Ruhe
durch und sag Bescheid, wenn du Fragen hast - wir freuen uns über eine Rückmeldung bis
Ende nächster Woche.

Liebe Grüße
Jonas
""",
    ),
    # --- 24 Sonnhalde Versicherung (softgarden + TestGorilla, Sie): rejected
    m(
        "son-conf",
        "2025-06-06 08:40",
        "Sonnhalde Versicherung AG <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung",
        ("confirmation", *SON, "other", "de"),
        text="""Sehr geehrte Frau Berger,

herzlichen Dank für Ihre Bewerbung als Webentwicklerin (w/m/d) in Stuttgart. Ihre
Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.

Freundliche Grüße
Personalabteilung
Sonnhalde Versicherung AG
""",
    ),
    m(
        "son-test",
        "2025-06-13 13:05",
        "TestGorilla <no-reply@testgorilla.com>",
        "Sonnhalde Versicherung AG lädt Sie zu einem Test ein",
        ("assessment", *SON, "other", "de"),
        text="""Hallo Nadia,

Sonnhalde Versicherung AG lädt Sie ein, einen Online-Test für die Position
Webentwicklerin abzuschließen. Der Test dauert etwa 40 Minuten (HTML/CSS, JavaScript,
logisches Denken).

Test starten: https://app.testgorilla.com/s/de-19kx2

Viel Erfolg!
Das TestGorilla-Team im Auftrag von Sonnhalde Versicherung AG
""",
    ),
    m(
        "son-rej",
        "2025-07-04 10:18",
        "Sonnhalde Versicherung AG <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Sonnhalde Versicherung AG",
        ("rejection", *SON, "other", "de"),
        text="""Sehr geehrte Frau Berger,

vielen Dank für Ihr Interesse an unserem Unternehmen und die Teilnahme an unserem
Online-Test.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht
weiter berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Wir wünschen Ihnen viel Erfolg und alles Gute.

Freundliche Grüße
Personalabteilung
Sonnhalde Versicherung AG
""",
    ),
    # --- 25 Tannwald Software (StepStone): ghosted
    m(
        "tan-conf",
        "2025-06-17 21:33",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", *TAN, "other", "de"),
        html="""<html><body><table>
<tr><td><img src="https://www.stepstone.de/logo.svg" alt="StepStone"></td></tr>
<tr><td><p>Hallo Nadia Berger,</p>
<p>Ihre Bewerbung auf die Stelle <b>React-Entwickler (m/w/d)</b> bei <b>Tannwald Software</b>
wurde erfolgreich versendet.</p>
<p>Den Status Ihrer Bewerbung sehen Sie unter "Meine Bewerbungen".</p>
<p>Ihr StepStone Team</p></td></tr></table></body></html>""",
    ),
    # --- 26 Glasfabrik Digital (founder from web.de, du, iPhone): on hold
    m(
        "gla-ack",
        "2025-07-15 07:58",
        GLA_FOUNDER,
        "Re: Bewerbung Frontend-Entwicklerin",
        ("confirmation", *GLA, "direct", "de"),
        text="""Hallo Nadia,

danke dir für deine Bewerbung, ist angekommen! Ich schau sie mir mit Flo zusammen bis Ende
der Woche an und melde mich dann.

Liebe Grüße
Kathi

Von meinem iPhone gesendet

> Am 14.07.2025 um 22:10 schrieb Nadia Berger <nadia.berger@mailbucht.de>:
>
> Hallo Kathi,
> anbei meine Unterlagen für die Stelle als Frontend-Entwicklerin bei Glasfabrik Digital.
> Viele Grüße, Nadia
""",
    ),
    m(
        "gla-int",
        "2025-07-22 12:11",
        GLA_FOUNDER,
        "Re: Bewerbung Frontend-Entwicklerin",
        ("interview", *GLA, "direct", "de"),
        headers=reply("gla-ack", GLA_FOUNDER),
        text="""Hi Nadia,

wir würden dich gern kennenlernen! Magst du Freitag um 14 Uhr bei uns in der Glasfabrik
(Tumblingerstr. 20) vorbeikommen? Gibt Kaffee :) Wir zeigen dir das Projekt und quatschen
über deine Erfahrung.

Kathi

Von meinem iPhone gesendet
""",
    ),
    m(
        "gla-hold",
        "2025-08-06 16:44",
        GLA_FOUNDER,
        "Kurzes Update zur Stelle",
        ("confirmation", *GLA, "direct", "de"),
        st="on_hold",
        text="""Hallo Nadia,

ich wollte mich kurz melden: Unser größter Kunde hat das Projekt, für das wir die Stelle
ausgeschrieben hatten, auf nächstes Jahr verschoben. Deshalb liegt die Stelle bei uns
vorerst auf Eis. Das tut mir echt leid, das Gespräch mit dir war super.

Sobald wir wieder einstellen, melde ich mich als Erstes bei dir.

Liebe Grüße
Kathi
""",
    ),
    # --- 27 Isarblick Media (Teamtailor, du): rejected, neutral subject, warm
    m(
        "isa-conf",
        "2025-08-18 09:03",
        "Isarblick Media <no-reply@mail.teamtailor.com>",
        "Danke für deine Bewerbung!",
        ("confirmation", *ISA, "teamtailor", "de"),
        text="""Hallo Nadia,

vielen Dank für deine Bewerbung als Frontend Developer bei Isarblick Media! Wir schauen uns
deine Unterlagen in Ruhe an und melden uns so schnell wie möglich bei dir.

Bis bald
Dein People-Team von Isarblick Media
""",
    ),
    m(
        "isa-rej",
        "2025-09-02 15:39",
        "Isarblick Media <no-reply@mail.teamtailor.com>",
        "Update zu deiner Bewerbung",
        ("rejection", *ISA, "teamtailor", "de"),
        text="""Hallo Nadia,

danke, dass du dir die Zeit für deine Bewerbung genommen hast - deine Projekte, vor allem
die Barrierefreiheits-Arbeit, haben uns echt beeindruckt.

Trotzdem müssen wir dir heute absagen: Wir haben uns für jemanden entschieden, der schon
Erfahrung mit unserem Video-Player-Stack mitbringt. Das war eine knappe Entscheidung.

Wir wünschen dir alles Gute und würden uns freuen, wenn du dich bei einer passenden Stelle
wieder bewirbst.

Liebe Grüße
Das People-Team von Isarblick Media
""",
    ),
    # --- 28 Rheinpfad Energie (Workday, Sie): ghosted
    m(
        "rhe-conf",
        "2025-09-10 11:21",
        "Rheinpfad Karriere <rheinpfad@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung - Frontend Engineer (JR-10482)",
        ("confirmation", *RHE, "workday", "de"),
        text="""Sehr geehrte Frau Berger,

vielen Dank für Ihre Bewerbung auf die Position Frontend Engineer (JR-10482) bei der
Rheinpfad Energie. Wir haben Ihre Unterlagen erhalten und werden diese prüfen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil
einsehen.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
""",
    ),
    # --- 29 Lindgrün GmbH (Personio): rejected without interview
    m(
        "lin-conf",
        "2025-08-25 13:13",
        "Lindgrün GmbH <noreply@jobs.personio.de>",
        "Bewerbungseingang: Webentwickler (React)",
        ("confirmation", *LIN, "personio", "de"),
        text="""Hallo Frau Berger,

vielen Dank für Ihre Bewerbung als Webentwickler (React). Wir haben Ihre Unterlagen erhalten
und melden uns zeitnah.

Viele Grüße
Lindgrün GmbH
""",
    ),
    m(
        "lin-rej",
        "2025-09-05 08:07",
        "Lindgrün GmbH <noreply@jobs.personio.de>",
        "Ihre Bewerbung bei Lindgrün",
        ("rejection", *LIN, "personio", "de"),
        text="""Hallo Frau Berger,

wir haben uns sehr über Ihr Interesse gefreut. Leider müssen wir Ihnen mitteilen, dass wir
uns für andere Bewerberinnen und Bewerber entschieden haben.

Viele Grüße
Lindgrün GmbH
""",
    ),
    # --- 30 Brückner & Söhne (SuccessFactors): ghosted
    m(
        "bru-conf",
        "2025-10-13 15:45",
        "Brückner & Söhne Karriere <noreply@successfactors.eu>",
        "Bestätigung Ihrer Bewerbung",
        ("confirmation", *BRU, "other", "de"),
        tz="+0200",
        text="""Sehr geehrte Frau Berger,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Softwareentwickler Frontend
(m/w/d), Stellen-ID 5512, am Standort Augsburg.

Mit freundlichen Grüßen
Brückner & Söhne GmbH & Co. KG - Personalmanagement

Dies ist eine automatisch generierte Nachricht von SAP SuccessFactors.
""",
    ),
    # --- German alerts / outreach / other
    m(
        "de-alert-stepstone",
        "2025-06-24 06:30",
        "StepStone Job-Agent <jobagent@stepstone.de>",
        '7 neue Jobs für "Frontend Entwickler" in München',
        ("alert", None, None, None, "other", "de"),
        text="""Hallo Nadia Berger,

Ihr Job-Agent hat neue passende Stellen gefunden:

- Frontend Entwickler (m/w/d) - Tannwald Software - München
- React Developer - Halvard Tech - München
- Senior Web Developer (w/m/d) - Sonnhalde Versicherung AG - Stuttgart

Jetzt bewerben! Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch.

Job-Agent bearbeiten | Abmelden
""",
    ),
    m(
        "de-alert-li",
        "2025-09-17 07:05",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Neue Jobs, die zu Ihnen passen: Frontend Developer bei Isarblick Media",
        ("alert", None, None, None, "linkedin", "de"),
        text="""Jobs, die zu Ihrem Profil passen

Frontend Developer - Isarblick Media - München (Hybrid)
Senior Frontend Engineer - Fahrwerk Mobility - München
Webentwickler (React) - Lindgrün GmbH - Remote

Alle Jobs ansehen
""",
    ),
    m(
        "de-out-headhunter",
        "2025-08-27 19:02",
        "Frank Oberle <frank.oberle@gmx.de>",
        "Spannende Position bei einem Münchner Scale-up",
        ("outreach", None, "Lead Frontend Developer", None, "agency", "de"),
        text="""Hallo Nadia,

ich bin selbstständiger Personalberater und betreue aktuell exklusiv ein Münchner
Scale-up aus dem Mobility-Bereich (ca. 200 MA). Gesucht wird ein Lead Frontend Developer
(m/w/d), Vue oder React, Budget bis 95k.

Den Namen des Kunden darf ich erst nach einem kurzen Telefonat nennen. Hättest du diese
Woche 15 Minuten?

Beste Grüße
Frank Oberle
Oberle Executive Search
""",
    ),
    m(
        "de-oj-personio",
        "2025-11-05 10:00",
        "Kranwerk Logistik GmbH <noreply@jobs.personio.de>",
        "Löschung Ihrer Bewerberdaten",
        ("other_job", "Kranwerk Logistik GmbH", None, None, "personio", "de"),
        tz="+0100",
        text="""Sehr geehrte Frau Berger,

gemäß unserer Datenschutzrichtlinie werden Ihre Bewerbungsunterlagen sechs Monate nach
Abschluss des Verfahrens gelöscht. Wenn Sie in unseren Talentpool aufgenommen werden
möchten, klicken Sie bitte auf den folgenden Link.

Mit freundlichen Grüßen
Kranwerk Logistik GmbH
""",
    ),
    # ===== French =====
    # --- 31 Ombrelune (Welcome to the Jungle): rejected after interview
    m(
        "omb-conf",
        "2025-06-04 12:30",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Ombrelune a bien été envoyée",
        ("confirmation", *OMB, "other", "fr"),
        html="""<html><body><div>
<p>Bonjour Nadia,</p>
<p>Votre candidature pour le poste <b>Développeuse Front-end</b> chez <b>Ombrelune</b> a bien
été transmise à l'entreprise.</p>
<p>Vous pouvez suivre son avancement depuis votre espace candidat.</p>
<p>L'équipe Welcome to the Jungle</p></div></body></html>""",
    ),
    m(
        "omb-int",
        "2025-06-11 10:05",
        "Claire Duvivier <claire.duvivier@ombrelune.fr>",
        "Entretien - Développeuse Front-end",
        ("interview", *OMB, "direct", "fr"),
        text="""Bonjour Nadia,

Merci pour votre candidature, votre profil a retenu toute notre attention. Je vous propose
un premier entretien en visio avec notre lead tech, Julien, le mardi 17 juin à 15h (heure
de Paris). Est-ce que ce créneau vous convient ?

Bien cordialement,
Claire Duvivier
Talent Acquisition - Ombrelune
""",
    ),
    m(
        "omb-rej",
        "2025-06-27 17:02",
        "Claire Duvivier <claire.duvivier@ombrelune.fr>",
        "Suite à notre échange",
        ("rejection", *OMB, "direct", "fr"),
        text="""Bonjour Nadia,

Je vous remercie encore pour le temps consacré à nos échanges. Julien a beaucoup apprécié
votre approche du design system.

Après réflexion, nous avons décidé de poursuivre avec d'autres candidats dont le profil
correspond davantage à nos besoins actuels, notamment sur la partie mobile.

Je vous souhaite une très bonne continuation.

Bien cordialement,
Claire
""",
    ),
    # --- 32 Caprice Logiciels (Lever + Codility, in French): rejected after test
    m(
        "cap-conf",
        "2025-07-10 09:17",
        "Caprice Logiciels <no-reply@hire.lever.co>",
        "Merci pour votre candidature chez Caprice Logiciels",
        ("confirmation", *CAP, "lever", "fr"),
        text="""Bonjour Nadia,

Merci pour l'intérêt que vous portez à Caprice Logiciels ! Nous avons bien reçu votre
candidature au poste d'Ingénieure Frontend et nous l'étudions avec attention.

L'équipe recrutement
""",
    ),
    m(
        "cap-test",
        "2025-07-15 14:48",
        "Codility <no-reply@codility.com>",
        "Caprice Logiciels vous invite à passer un test technique",
        ("assessment", *CAP, "codility", "fr"),
        text="""Bonjour Nadia Berger,

Caprice Logiciels vous invite à réaliser un test de programmation dans le cadre de votre
candidature au poste d'Ingénieure Frontend. Durée : 60 minutes, 2 exercices.

Commencer le test : https://app.codility.com/c/run/CAPX9-K2L/

Bonne chance !
""",
    ),
    m(
        "cap-rej",
        "2025-07-28 11:26",
        "Caprice Logiciels <no-reply@hire.lever.co>",
        "Votre candidature - Ingénieure Frontend",
        ("rejection", *CAP, "lever", "fr"),
        text="""Bonjour Nadia,

Merci d'avoir pris le temps de passer notre test technique. Malheureusement, nous ne
sommes pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons une belle réussite dans vos recherches.

L'équipe recrutement de Caprice Logiciels
""",
    ),
    # --- 33 Maison Vellard (boss from orange.fr; English subject, French body): ghosted
    m(
        "vel-ack",
        "2025-08-08 18:51",
        VEL_BOSS,
        "Re: Your application - React developer",
        ("confirmation", *VEL, "direct", "fr"),
        text="""Bonjour Nadia,

J'ai bien reçu votre CV pour le poste de développeur React, merci. Nous sommes une petite
maison (12 personnes, boutique en ligne de céramique) et je regarde les candidatures
moi-même. Je reviens vers vous d'ici la rentrée.

Cordialement,
Philippe Vellard
Gérant - Maison Vellard, Lyon

Envoyé de mon iPhone
""",
    ),
    # --- 34 Bellecour Paiements (JobTeaser): rejected
    m(
        "bel-conf",
        "2025-09-04 10:40",
        "JobTeaser <noreply@jobteaser.com>",
        "Votre candidature a été envoyée à Bellecour Paiements",
        ("confirmation", *BEL, "other", "fr"),
        text="""Bonjour Nadia,

Votre candidature au poste de Développeuse Full-Stack (CDI, Lyon) chez Bellecour Paiements a
bien été envoyée. Vous serez notifiée dès que le recruteur l'aura consultée.

L'équipe JobTeaser
""",
    ),
    m(
        "bel-rej",
        "2025-09-22 16:16",
        "Bellecour Paiements <noreply@jobteaser.com>",
        "Réponse à votre candidature",
        ("rejection", *BEL, "other", "fr"),
        text="""Bonjour Nadia,

Nous vous remercions de l'intérêt porté à Bellecour Paiements. Nous avons le regret de vous
informer que votre candidature pour le poste de Développeuse Full-Stack n'a pas été
retenue.

Cordialement,
Bellecour Paiements
""",
    ),
    # --- 35 Atelier Sorbier (Greenhouse, French): rejected
    m(
        "sor-conf",
        "2025-10-02 13:58",
        "Atelier Sorbier <no-reply@eu.greenhouse-mail.io>",
        "Merci d'avoir postulé chez Atelier Sorbier",
        ("confirmation", *SOR, "greenhouse", "fr"),
        text="""Bonjour Nadia,

Merci d'avoir postulé au poste de Frontend Engineer chez Atelier Sorbier. Notre équipe
examine votre candidature et reviendra vers vous rapidement.

À bientôt,
L'équipe Atelier Sorbier
""",
    ),
    m(
        "sor-rej",
        "2025-10-16 09:44",
        "Atelier Sorbier <no-reply@eu.greenhouse-mail.io>",
        "Atelier Sorbier - votre candidature",
        ("rejection", *SOR, "greenhouse", "fr"),
        text="""Bonjour Nadia,

Merci encore pour votre candidature au poste de Frontend Engineer. Nous avons été
impressionnés par votre parcours ; malheureusement, le poste a été pourvu en interne et
nous ne pourrons pas aller plus loin avec votre candidature.

Bien à vous,
L'équipe Atelier Sorbier
""",
    ),
    # --- French alerts / outreach / other
    m(
        "fr-alert-wttj",
        "2025-07-02 08:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Nouvelles offres : Développeur front-end à Lyon",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Nadia,

Voici les nouvelles offres qui correspondent à votre alerte :

- Développeuse Full-Stack - Bellecour Paiements - Lyon
- Front-end Engineer - Atelier Sorbier - Paris (télétravail partiel)
- Développeur React (H/F) - Maison Vellard - Lyon

Postulez en un clic. Et pour préparer vos entretiens, lisez nos conseils.
""",
    ),
    m(
        "fr-alert-indeed",
        "2025-09-11 06:45",
        "Indeed <alert@indeed.com>",
        "Développeur React : 9 nouvelles offres - postulez dès maintenant",
        ("alert", None, None, None, "indeed", "fr"),
        text="""Nouvelles offres d'emploi pour "développeur react" - Paris

Développeuse Front-end - Ombrelune - Paris
Ingénieur Frontend - Caprice Logiciels - Nantes
Lead Front - Talentis Conseil (pour un client) - Paris

Postulez dès maintenant. Conseils : réussir son entretien d'embauche.
""",
    ),
    m(
        "fr-out-talentis",
        "2025-08-20 11:11",
        "Bastien Roux <b.roux@talentis-conseil.fr>",
        "Opportunité Lead Front-end - client confidentiel",
        ("outreach", None, "Lead Front-end", None, "agency", "fr"),
        text="""Bonjour Nadia,

Je suis consultant chez Talentis Conseil, cabinet spécialisé dans le recrutement tech. Je
recrute pour un client (scale-up SaaS B2B, Paris, 150 personnes) un(e) Lead Front-end,
React/TypeScript, 65-75 k€.

Seriez-vous disponible pour un échange téléphonique cette semaine ?

Bien cordialement,
Bastien Roux
""",
    ),
    m(
        "fr-oj-wttj-survey",
        "2025-07-09 18:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Comment s'est passée votre candidature chez Ombrelune ?",
        ("other_job", "Ombrelune", None, None, "other", "fr"),
        text="""Bonjour Nadia,

Vous avez récemment postulé chez Ombrelune. Donnez votre avis sur le processus de
recrutement en 2 minutes : votre retour aide les autres candidats.

Donner mon avis
""",
    ),
    # ===== Spanish =====
    # --- 36 Arrecife Digital (InfoJobs): viewed, then discarded
    m(
        "arr-conf",
        "2025-05-30 19:22",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura a Desarrolladora Frontend se ha registrado",
        ("confirmation", *ARR, "other", "es"),
        text="""Hola Nadia,

Te has inscrito correctamente en la oferta Desarrolladora Frontend de Arrecife Digital
(Las Palmas de Gran Canaria - Teletrabajo).

Te avisaremos cuando la empresa revise tu CV.

El equipo de InfoJobs
""",
    ),
    m(
        "arr-viewed",
        "2025-06-02 10:10",
        "InfoJobs <noreply@infojobs.net>",
        "Arrecife Digital ha leído tu CV",
        ("viewed", *ARR, "other", "es"),
        text="""Hola Nadia,

Buenas noticias: la empresa Arrecife Digital ha leído tu CV para la oferta Desarrolladora
Frontend. ¡Mucha suerte!

El equipo de InfoJobs
""",
    ),
    m(
        "arr-rej",
        "2025-06-19 12:48",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura en Arrecife Digital",
        ("rejection", *ARR, "other", "es"),
        text="""Hola Nadia,

La empresa Arrecife Digital ha finalizado el proceso de selección para la oferta
Desarrolladora Frontend y tu candidatura ha sido descartada. No te desanimes: hay miles
de ofertas esperándote.

El equipo de InfoJobs
""",
    ),
    # --- 37 Tramuntana Tech (Personio in Spanish, HackerRank): rejected after interview
    m(
        "tra-conf",
        "2025-07-23 11:00",
        "Tramuntana Tech <noreply@jobs.personio.de>",
        "Hemos recibido tu candidatura",
        ("confirmation", *TRA, "personio", "es"),
        text="""Hola Nadia,

¡Gracias por tu interés en Tramuntana Tech! Hemos recibido tu candidatura para el puesto de
Frontend Engineer en Palma y la revisaremos en los próximos días.

Un saludo,
Equipo de Talento - Tramuntana Tech
""",
    ),
    m(
        "tra-hr",
        "2025-07-30 16:31",
        "HackerRank <support@hackerrankforwork.com>",
        "Tramuntana Tech te invita a una prueba técnica",
        ("assessment", *TRA, "hackerrank", "es"),
        text="""Hola Nadia Berger,

Tramuntana Tech te ha invitado a realizar la prueba "Frontend - React" para el puesto de
Frontend Engineer. Duración: 75 minutos. Fecha límite: 6 de agosto de 2025.

Comenzar la prueba: https://www.hackerrank.com/tests/tramu41/login

¡Mucha suerte!
""",
    ),
    m(
        "tra-int",
        "2025-08-08 13:20",
        "Álvaro Ferrer <alvaro.ferrer@tramuntana.tech>",
        "Entrevista con el equipo - Frontend Engineer",
        ("interview", *TRA, "direct", "es"),
        text="""Hola Nadia,

¡Enhorabuena por la prueba técnica! Nos gustaría invitarte a una entrevista con el equipo
de producto el jueves 14 de agosto a las 11:00 (hora peninsular) por Google Meet. ¿Te
viene bien?

Un abrazo,
Álvaro Ferrer
Engineering Manager - Tramuntana Tech
""",
    ),
    m(
        "tra-rej",
        "2025-08-26 10:05",
        "Álvaro Ferrer <alvaro.ferrer@tramuntana.tech>",
        "Re: Entrevista con el equipo - Frontend Engineer",
        ("rejection", *TRA, "direct", "es"),
        headers=reply("tra-int", "Álvaro Ferrer <alvaro.ferrer@tramuntana.tech>"),
        text="""Hola Nadia,

Gracias de nuevo por tu tiempo y por la conversación tan agradable con el equipo.

Lamentablemente, hemos decidido seguir adelante con otros candidatos cuya experiencia
encaja mejor con lo que necesitamos ahora mismo. Nos ha costado mucho decidir.

Te deseo mucha suerte y ojalá coincidamos en el futuro.

Álvaro

El vie, 8 ago 2025 a las 13:20, Álvaro Ferrer (<alvaro.ferrer@tramuntana.tech>) escribió:
> Hola Nadia,
> ¡Enhorabuena por la prueba técnica! Nos gustaría invitarte a una entrevista con el
> equipo de producto el jueves 14 de agosto a las 11:00 por Google Meet.
""",
    ),
    # --- 38 Cierzo Robotics (Workday, Spanish): ghosted
    m(
        "cie-conf",
        "2025-09-19 08:08",
        "Cierzo Robotics <cierzo@myworkday.com>",
        "Gracias por tu solicitud",
        ("confirmation", *CIE, "workday", "es"),
        html="""<html><body>
<p>Hola Nadia:</p>
<p>Gracias por presentar tu solicitud para el puesto <b>Ingeniera de Software Frontend</b>
(R-0931) en Zaragoza. Hemos recibido tu candidatura correctamente.</p>
<p>Puedes consultar el estado en cualquier momento en tu página de inicio de candidato.</p>
<p>Atentamente,<br>Equipo de Selección de Cierzo Robotics</p></body></html>""",
    ),
    # --- 39 Lumbre Energía via a headhunter from gmail (client named later): interviewing
    m(
        "lub-out",
        "2025-09-09 12:30",
        BRAVO,
        "Oportunidad Frontend Senior - empresa del sector energético",
        ("outreach", None, "Desarrolladora Frontend Senior", None, "agency", "es"),
        text="""Hola Nadia,

Soy Inés, headhunter independiente (Bravo Talento). Estoy buscando una Desarrolladora
Frontend Senior para un cliente del sector de energías renovables en Madrid, 100% remoto
dentro de la UE. De momento no puedo darte el nombre de la empresa.

¿Te interesaría hablar 15 minutos esta semana?

Saludos,
Inés Castaño
Bravo Talento
""",
    ),
    m(
        "lub-sub",
        "2025-09-15 18:45",
        BRAVO,
        "Re: Oportunidad Frontend Senior - empresa del sector energético",
        ("confirmation", *LUB, "agency", "es"),
        headers=reply("lub-out", BRAVO),
        text="""Hola Nadia,

Gracias por la llamada de hoy. Tal como acordamos, he presentado tu candidatura a mi
cliente para el puesto de Desarrolladora Frontend Senior. En cuanto tenga respuesta te
escribo.

Saludos,
Inés

Enviado desde mi móvil
""",
    ),
    m(
        "lub-int",
        "2025-09-25 09:55",
        BRAVO,
        "Entrevista con Lumbre Energía",
        ("interview", *LUB, "agency", "es"),
        text="""Hola Nadia,

¡Buenas noticias! Ya te puedo decir que el cliente es Lumbre Energía. Les ha encantado tu
perfil y quieren hacerte una primera entrevista con su CTO, Pablo Ibarra, el martes 30 de
septiembre a las 17:00 por Teams. Te reenvío la convocatoria en cuanto me la manden.

Saludos,
Inés
""",
    ),
    # --- 40 Olivar Seguros (SuccessFactors, Spanish): ghosted
    m(
        "oli-conf",
        "2025-10-07 10:34",
        "Olivar Seguros <noreply@successfactors.eu>",
        "Confirmación de recepción de tu candidatura",
        ("confirmation", *OLI, "other", "es"),
        text="""Estimada Nadia Berger:

Te confirmamos que hemos recibido tu candidatura para la posición de Desarrollador Web
(ref. 77120) en Sevilla. Nuestro equipo de Selección la revisará y, si tu perfil encaja,
contactará contigo.

Atentamente,
Olivar Seguros - Selección

Mensaje generado automáticamente. Por favor, no respondas a este correo.
""",
    ),
    # --- Spanish alerts
    m(
        "es-alert-infojobs",
        "2025-07-16 07:15",
        "InfoJobs <alertas@infojobs.net>",
        "15 nuevas ofertas de Frontend para ti",
        ("alert", None, None, None, "other", "es"),
        text="""Hola Nadia,

Tenemos nuevas ofertas que encajan con tu alerta "frontend remoto":

- Frontend Engineer - Tramuntana Tech - Palma
- Desarrollador/a React - Cierzo Robotics - Zaragoza
- Desarrollador Web - Olivar Seguros - Sevilla

¡Inscríbete ya! Consejo: cómo preparar una entrevista de trabajo por vídeo.
""",
    ),
    m(
        "es-alert-li",
        "2025-10-22 07:40",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lumbre Energía está contratando: Desarrollador/a Frontend",
        ("alert", "Lumbre Energía", None, None, "linkedin", "es"),
        text="""Empleos recomendados para ti

Lumbre Energía está contratando
Desarrollador/a Frontend · Madrid (En remoto)
Solicitud sencilla

Ver empleo
""",
        tz="+0200",
    ),
    # ===== Portuguese =====
    # --- 41 Jabuticaba Pagamentos (Gupy, BR): rejected after interview
    m(
        "jab-conf",
        "2025-06-09 10:12",
        "Jabuticaba Pagamentos <no-reply@gupy.com.br>",
        "Recebemos sua candidatura!",
        ("confirmation", *JAB, "other", "pt"),
        tz="-0300",
        text="""Olá, Nadia!

Recebemos sua candidatura para a vaga Desenvolvedora Front-end Sênior (Remoto) na
Jabuticaba Pagamentos. Agora é só acompanhar as próximas etapas pela plataforma.

Boa sorte!
Time de Atração de Talentos
""",
    ),
    m(
        "jab-test",
        "2025-06-12 15:20",
        "Jabuticaba Pagamentos <no-reply@gupy.com.br>",
        "Nova etapa: teste técnico",
        ("assessment", *JAB, "other", "pt"),
        tz="-0300",
        text="""Olá, Nadia!

Você avançou no processo seletivo para Desenvolvedora Front-end Sênior! A próxima etapa é
um teste técnico online (React e TypeScript). Você tem até 19/06 para concluir.

Acesse a etapa pela Gupy: https://jabuticaba.gupy.io/candidates/jobs/88213/steps

Time de Atração de Talentos - Jabuticaba Pagamentos
""",
    ),
    m(
        "jab-int",
        "2025-06-25 11:03",
        "Renata Albuquerque <renata.albuquerque@jabuticaba.com.br>",
        "Convite para entrevista - Front-end Sênior",
        ("interview", *JAB, "direct", "pt"),
        tz="-0300",
        text="""Oi Nadia, tudo bem?

Parabéns pelo resultado no teste! Gostaríamos de marcar uma entrevista técnica com o nosso
time de Front-end na próxima quarta-feira (02/07) às 10h (horário de Brasília), pelo
Google Meet. Pode ser?

Abraços,
Renata Albuquerque
Tech Recruiter - Jabuticaba Pagamentos
""",
    ),
    m(
        "jab-rej",
        "2025-07-11 17:40",
        "Jabuticaba Pagamentos <no-reply@gupy.com.br>",
        "Retorno sobre o processo seletivo",
        ("rejection", *JAB, "other", "pt"),
        tz="-0300",
        text="""Olá, Nadia!

Agradecemos muito a sua participação no processo seletivo para Desenvolvedora Front-end
Sênior. Foi muito bom conhecer a sua trajetória.

Neste momento, optamos por seguir com outros candidatos cujo perfil está mais alinhado
às necessidades da vaga. Seu currículo continuará em nosso banco de talentos.

Sucesso!
Time de Atração de Talentos - Jabuticaba Pagamentos
""",
    ),
    # --- 42 Mandacaru Saúde (Gupy): ghosted
    m(
        "man-conf",
        "2025-08-13 09:30",
        "Mandacaru Saúde <no-reply@gupy.com.br>",
        "Candidatura realizada com sucesso",
        ("confirmation", *MAN, "other", "pt"),
        tz="-0300",
        text="""Olá, Nadia!

Sua candidatura para a vaga Engenheira de Software Frontend na Mandacaru Saúde foi
realizada com sucesso. Fique de olho no seu e-mail para as próximas etapas.

Equipe Mandacaru Saúde
""",
    ),
    # --- 43 Alfama Labs (Teamtailor, pt-PT): offer
    m(
        "alf-conf",
        "2025-07-25 12:00",
        "Alfama Labs <no-reply@mail.teamtailor.com>",
        "Obrigado pela sua candidatura",
        ("confirmation", *ALF, "teamtailor", "pt"),
        tz="+0100",
        text="""Olá Nadia,

Obrigado pela sua candidatura à vaga de Frontend Developer na Alfama Labs. A nossa equipa
vai analisar o seu perfil e entraremos em contacto consigo brevemente.

Cumprimentos,
Equipa Alfama Labs
""",
    ),
    m(
        "alf-int",
        "2025-08-01 10:20",
        ALF_REC,
        "Convite para entrevista",
        ("interview", *ALF, "direct", "pt"),
        tz="+0100",
        text="""Olá Nadia,

Gostámos muito do seu perfil! Gostaríamos de a convidar para uma entrevista por
videochamada com o nosso Head of Engineering na próxima terça-feira, dia 5 de agosto, às
15h (hora de Lisboa). Consegue confirmar a sua disponibilidade?

Com os melhores cumprimentos,
Marta Sequeira
Talent Partner - Alfama Labs
""",
    ),
    m(
        "alf-offer",
        "2025-08-22 16:05",
        ALF_REC,
        "Proposta - Frontend Developer",
        ("offer", *ALF, "direct", "pt"),
        tz="+0100",
        text="""Olá Nadia,

Tenho o prazer de lhe comunicar que gostaríamos de lhe fazer uma proposta para a posição de
Frontend Developer! Em anexo segue a carta-proposta com as condições (55.000 EUR brutos
anuais, regime híbrido em Lisboa ou remoto).

Ficamos a aguardar a sua resposta até dia 1 de setembro.

Com os melhores cumprimentos,
Marta
""",
        attach=[("Carta_Proposta_Nadia_Berger.pdf", "application/pdf", "%PDF-1.4\n% proposta\n")],
    ),
    # --- 44 Ribeira Cloud (founder from hotmail, pt-PT): candidate withdrew
    m(
        "rib-ack",
        "2025-06-30 21:40",
        RIB_FOUNDER,
        "RE: Candidatura",
        ("confirmation", *RIB, "direct", "pt"),
        tz="+0100",
        text="""Olá Nadia,

Recebi o seu CV para a vaga de programadora front-end, muito obrigado. Vou analisar com o
meu sócio e digo alguma coisa na próxima semana.

Cumprimentos,
Rui Teixeira
Ribeira Cloud, Porto
""",
        attach=[("Nadia_Berger_CV_Programadora_Front-end.pdf", "application/pdf", "%PDF-1.4\n")],
    ),
    m(
        "rib-int",
        "2025-07-07 09:15",
        RIB_FOUNDER,
        "RE: Candidatura",
        ("interview", *RIB, "direct", "pt"),
        tz="+0100",
        headers=reply("rib-ack", RIB_FOUNDER),
        text="""Olá Nadia,

Podemos falar por Zoom na quinta às 17h (hora de Portugal)? Gostava de lhe mostrar o
produto e conhecer melhor a sua experiência.

Rui

Enviado do meu iPhone
""",
    ),
    m(
        "rib-wd",
        "2025-08-29 11:27",
        RIB_FOUNDER,
        "RE: Candidatura",
        ("confirmation", *RIB, "direct", "pt"),
        st="withdrawn",
        tz="+0100",
        headers=reply("rib-int", RIB_FOUNDER),
        text="""Olá Nadia,

Obrigado por nos informar da sua desistência do processo, compreendo perfeitamente. Fica
retirada a sua candidatura. Foi um prazer conhecê-la e desejo-lhe as maiores felicidades
em Munique.

Rui

-----Mensagem original-----
De: Nadia Berger <nadia.berger@mailbucht.de>
Enviada: 28 de agosto de 2025 19:02
Assunto: RE: Candidatura

Olá Rui, queria informar que decidi retirar a minha candidatura - afinal vou continuar
em Munique. Muito obrigada pelo tempo! Nadia
""",
    ),
    # --- 45 Tejo Energia (SuccessFactors, pt-PT): rejected
    m(
        "tej-conf",
        "2025-09-29 14:00",
        "Tejo Energia Recrutamento <noreply@successfactors.eu>",
        "Confirmação de candidatura",
        ("confirmation", *TEJ, "other", "pt"),
        tz="+0100",
        text="""Cara Nadia Berger,

Agradecemos a sua candidatura à função de Engenheira Frontend (ref. TE-2291) na Tejo
Energia. Confirmamos a receção da mesma.

Com os melhores cumprimentos,
Tejo Energia - Recursos Humanos
""",
    ),
    m(
        "tej-rej",
        "2025-10-20 10:10",
        "Tejo Energia Recrutamento <noreply@successfactors.eu>",
        "A sua candidatura na Tejo Energia",
        ("rejection", *TEJ, "other", "pt"),
        tz="+0100",
        text="""Cara Nadia Berger,

Agradecemos o interesse demonstrado na Tejo Energia. Após uma análise cuidada, lamentamos
informar que a sua candidatura não foi selecionada para a fase seguinte do processo.

Desejamos-lhe sucesso profissional.

Tejo Energia - Recursos Humanos
""",
    ),
    # --- Portuguese alerts / outreach
    m(
        "pt-alert-gupy",
        "2025-07-30 09:00",
        "Gupy <no-reply@gupy.com.br>",
        "Vagas que combinam com você: Front-end",
        ("alert", None, None, None, "other", "pt"),
        tz="-0300",
        text="""Oi, Nadia!

Separamos vagas que combinam com o seu perfil:

- Engenheira de Software Frontend - Mandacaru Saúde - Remoto
- Desenvolvedor(a) React Pleno - Caju Fintech - São Paulo

Candidate-se agora! Dica: 5 perguntas comuns em entrevistas de emprego.
""",
    ),
    m(
        "pt-alert-li",
        "2025-09-12 08:20",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Tejo Energia e mais 5 empresas estão a contratar",
        ("alert", None, None, None, "linkedin", "pt"),
        tz="+0100",
        text="""Vagas recomendadas para si

Engenheira Frontend - Tejo Energia - Lisboa (Híbrido)
Frontend Developer - Alfama Labs - Lisboa
Front-end Engineer - Bairro Alto Software - Remoto

Ver todas as vagas
""",
    ),
    m(
        "pt-out-br",
        "2025-10-08 14:50",
        "Juliana Prado <juliana.prado.rh@yahoo.com.br>",
        "Oportunidade: Tech Lead Front-end (remoto)",
        ("outreach", "Caju Fintech", "Tech Lead Front-end", None, "agency", "pt"),
        tz="-0300",
        text="""Oi Nadia, tudo bem?

Sou recrutadora e estou ajudando a Caju Fintech a contratar uma pessoa Tech Lead Front-end,
100% remoto, contratação PJ ou via EOR na Europa. Vi seu perfil no LinkedIn e achei que
combina muito.

Topa conversar? Posso te mandar mais detalhes por aqui.

Beijos,
Juliana Prado
""",
    ),
]
