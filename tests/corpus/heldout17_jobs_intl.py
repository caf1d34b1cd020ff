"""Job mail of the seventeenth corpus: Austria, Switzerland and English-speaking firms (tuning corpus)."""
# ruff: noqa: E501 -- hand-written mail keeps the line lengths its senders would use

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

RF = "Rheintal Fahrzeugtechnik"
RPL = "Projektleiter Fahrzeugentwicklung (a)"
HA = "Hofbauer Antriebe"
EG = "Entwicklungsingenieur Getriebe (m/w/d)"
LM = "Lindqvist Mobility Solutions"
SSE = "Senior Systems Engineer Thermal Management"
AV = "Aventra Cell Systems"
MDL = "Mechanical Design Lead - Battery Modules"
CA = "Castellan Automotive"
TSE = "Thermal Systems Engineer"
MP = "Meridian Powertrain"
PEM = "Principal Engineer Mechanical Integration"

MAIL: list[dict[str, Any]] = [
    # 20 Rheintal Fahrzeugtechnik AG (CH), Umantis: confirmation, Teams, assessment, rejection
    m(
        "17101",
        "2025-04-18 10:44",
        "Rheintal Fahrzeugtechnik AG <noreply@umantis.com>",
        "Bestätigung Ihrer Bewerbung - Projektleiter Fahrzeugentwicklung (a)",
        ("confirmation", RF, RPL, 20, "other", "de"),
        text="""Sehr geehrter Herr Brenner

Besten Dank für Ihre Bewerbung als Projektleiter Fahrzeugentwicklung (a) und Ihr Interesse an der
Rheintal Fahrzeugtechnik AG. Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig
prüfen.

Sie erhalten so bald wie möglich Bescheid über den weiteren Verlauf.

Freundliche Grüsse

Rheintal Fahrzeugtechnik AG
Human Resources
Industriestrasse 41, 9430 St. Margrethen
""",
    ),
    m(
        "17102",
        "2025-05-07 15:25",
        "Corinne Baumgartner <corinne.baumgartner@rheintal-ft.ch>",
        "Erstgespräch via MS Teams",
        ("interview", RF, RPL, 20, "direct", "de"),
        text="""Sehr geehrter Herr Brenner

Gerne möchten wir Sie in einem ersten Gespräch via MS Teams näher kennenlernen. Anbei sende ich
Ihnen die Einladung für Dienstag, 13. Mai, 08.30 Uhr. Mit dabei ist Herr Reto Frei,
Leiter Fahrzeugprojekte.

Bitte bestätigen Sie den Termin kurz. Besten Dank.

Freundliche Grüsse
Corinne Baumgartner
HR Business Partner
Rheintal Fahrzeugtechnik AG
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000C1D2E3F4",
            "style": "outlook",
            "start": "2025-05-13 08:30:00 +0200",
            "organizer": ("Corinne Baumgartner", "corinne.baumgartner@rheintal-ft.ch"),
            "attendees": [("Reto Frei", "reto.frei@rheintal-ft.ch")],
            "summary": "Erstgespräch Herr Brenner / PL Fahrzeugentwicklung",
            "location": "Microsoft Teams-Besprechung",
        },
    ),
    m(
        "17103",
        "2025-05-19 11:02",
        "Corinne Baumgartner <corinne.baumgartner@rheintal-ft.ch>",
        "Nächster Schritt: Assessment",
        ("assessment", RF, RPL, 20, "direct", "de"),
        text="""Sehr geehrter Herr Brenner

Vielen Dank für das angenehme Gespräch. Wir freuen uns, Sie in die nächste Runde einzuladen.
Diese besteht aus einem halbtägigen Assessment bei unserem externen Partner in Zürich
(Persönlichkeitsfragebogen, Rollenspiel Mitarbeitergespräch, Präsentation einer Fallstudie).

Termin: Montag, 2. Juni, 13.00 - 17.30 Uhr
Ort: Konzept Diagnostik AG, Seefeldstrasse 88, 8008 Zürich

Die Reisekosten übernehmen wir. Bitte bestätigen Sie uns den Termin bis Ende Woche.

Freundliche Grüsse
Corinne Baumgartner
""",
    ),
    m(
        "17104",
        "2025-06-10 17:30",
        "Corinne Baumgartner <corinne.baumgartner@rheintal-ft.ch>",
        "Projektleiter Fahrzeugentwicklung",
        ("rejection", RF, RPL, 20, "direct", "de"),
        text="""Sehr geehrter Herr Brenner

Nochmals herzlichen Dank für Ihren Einsatz im Assessment und die Reise nach Zürich. Die
Rückmeldungen waren in vielen Punkten sehr positiv, insbesondere Ihre Präsentation.

Nach Abwägung aller Eindrücke haben wir uns jedoch entschieden, die Stelle mit einer Person zu
besetzen, welche bereits Erfahrung im Schweizer Schienenfahrzeugmarkt mitbringt. Wir bedauern,
Ihnen keinen positiveren Bescheid geben zu können.

Für Ihre Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse
Corinne Baumgartner
HR Business Partner
""",
    ),
    # 21 Hofbauer Antriebe (AT) via karriere.at: confirmation, interview, withdrawn
    m(
        "17105",
        "2025-06-27 07:51",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde erfolgreich übermittelt",
        ("confirmation", HA, EG, 21, "other", "de"),
        html="""<html><body style="font-family:Arial">
<p>Hallo Jonas,</p>
<p>deine Bewerbung als <b>Entwicklungsingenieur Getriebe (m/w/d)</b> wurde erfolgreich an
Hofbauer Antriebe GmbH, Steyr, übermittelt.</p>
<p>Viel Erfolg!<br>Dein karriere.at Team</p>
<p style="font-size:11px;color:#888">karriere.at GmbH, Linz</p>
</body></html>""",
    ),
    m(
        "17106",
        "2025-07-09 13:37",
        "Mag. Eva Pichler <eva.pichler@hofbauer-antriebe.at>",
        "Ihre Bewerbung - Einladung zum Gespräch",
        ("interview", HA, EG, 21, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Hofbauer Antriebe GmbH. Gerne möchten wir
Sie zu einem ersten Gespräch via Teams einladen. Wie wäre es mit Donnerstag, 17. Juli, um 10:00?

Zur Vorbereitung: Wie uns Ihre Unterlagen verraten, wohnen Sie derzeit in Stuttgart. Wäre ein
Umzug nach Oberösterreich für Sie grundsätzlich vorstellbar?

Mit freundlichen Grüßen
Mag. Eva Pichler
Personalentwicklung & Recruiting
Hofbauer Antriebe GmbH | Ennser Straße 90 | 4400 Steyr
""",
    ),
    m(
        "17107",
        "2025-07-10 08:19",
        "Mag. Eva Pichler <eva.pichler@hofbauer-antriebe.at>",
        "AW: Ihre Bewerbung - Einladung zum Gespräch",
        ("interview", HA, EG, 21, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

danke für die rasche Rückmeldung, dann fixieren wir den 17. Juli um 10:00. Die Einladung kommt
separat.

Mit freundlichen Grüßen
Eva Pichler
""",
        headers=reply("17106", "eva.pichler@hofbauer-antriebe.at"),
    ),
    m(
        "17108",
        "2025-09-03 09:12",
        "Mag. Eva Pichler <eva.pichler@hofbauer-antriebe.at>",
        "AW: Bewerbung Entwicklungsingenieur Getriebe",
        ("confirmation", HA, EG, 21, "direct", "de"),
        text="""Sehr geehrter Herr Brenner,

danke für Ihre Nachricht und gratuliere zur neuen Stelle! Wir nehmen Ihre Bewerbung damit aus
dem Verfahren und sagen den geplanten Zweittermin ab. Alles Gute für den Neustart.

Mit freundlichen Grüßen
Eva Pichler

> Sehr geehrte Frau Pichler, ich möchte meine Bewerbung zurückziehen, da ich mich inzwischen
> für eine andere Stelle entschieden habe ...
""",
        st="withdrawn",
    ),
    # 22 Albis Mobility AG (Zürich), SmartRecruiters, in English
    m(
        "17109",
        "2025-05-03 12:20",
        "Albis Mobility AG <noreply@smartrecruiters.com>",
        "Thank you for your application - Lead Mechanical Engineer",
        ("confirmation", "Albis Mobility", "Lead Mechanical Engineer", 22, "smartrecruiters", "en"),
        text="""Dear Jonas,

Thank you for your interest in Albis Mobility and for applying for the Lead Mechanical Engineer
position in Zurich. We have received your application and will review it carefully.

Due to the high volume of applications, it may take up to three weeks until we get back to you.

Kind regards,
Albis Mobility Talent Acquisition
""",
    ),
    m(
        "17110",
        "2025-05-29 09:48",
        "Albis Mobility AG <noreply@smartrecruiters.com>",
        "Your application at Albis Mobility",
        ("rejection", "Albis Mobility", "Lead Mechanical Engineer", 22, "smartrecruiters", "en"),
        text="""Dear Jonas,

Thank you for taking the time to apply for the Lead Mechanical Engineer role. We were impressed by
your background in series development and truly appreciate your interest in Albis Mobility.

After careful review, we have decided to move forward with candidates whose profiles more closely
match our current requirements, in particular hands-on experience with rail bogie systems.

We will keep your details on file and wish you every success in your search.

Best regards,
Albis Mobility Talent Acquisition
""",
    ),
    # 23 Lindqvist Mobility Solutions (Munich), Workday + HireVue + Google invite, rejection
    m(
        "17111",
        "2025-05-09 16:02",
        "Lindqvist Mobility Solutions <lindqvist@myworkday.com>",
        "Application received: Senior Systems Engineer Thermal Management (JR-20431)",
        ("confirmation", LM, SSE, 23, "workday", "en"),
        text="""Hello Jonas,

Thank you for applying to Lindqvist Mobility Solutions. We have received your application for
Senior Systems Engineer Thermal Management (JR-20431), Munich, Germany.

You can track your application in your candidate home:
https://lindqvist.wd3.myworkdayjobs.com/External/userHome

Kind regards,
Talent Acquisition | Lindqvist Mobility Solutions
""",
    ),
    m(
        "17112",
        "2025-05-16 09:00",
        "Lindqvist Mobility Solutions <noreply@hirevue.com>",
        "Lindqvist Mobility Solutions invites you to a HireVue interview",
        ("assessment", LM, SSE, 23, "hirevue", "en"),
        text="""Hi Jonas,

Lindqvist Mobility Solutions would like you to complete a video interview as the next step for the
Senior Systems Engineer Thermal Management position.

You will answer 5 questions on your own time. Each answer can be up to 3 minutes long.
Please complete the interview within 5 days.

Start your interview: https://app.hirevue.com/interviews/xQ7dLk2Pf

Good luck!
The HireVue Team, on behalf of Lindqvist Mobility Solutions
""",
    ),
    m(
        "17113",
        "2025-05-30 11:15",
        "Hanna Sjöberg <hanna.sjoberg@lindqvist-mobility.com>",
        "Invitation: Interview Jonas Brenner / Thermal Management @ Thu 5 Jun 2025 14:00 - 15:00 (CEST)",
        ("interview", LM, SSE, 23, "direct", "en"),
        text="""Hi Jonas,

Great job on the video interview. I have sent you an invite for a technical interview with our
thermal team lead, Stefan Ortner, on Thursday 5 June at 14:00 CEST via Google Meet.

Best,
Hanna

Hanna Sjöberg | Talent Partner DACH | Lindqvist Mobility Solutions
""",
        ics={
            "uid": "5r2l8p1q7m6k9j0hgf4e3d2c1b@google.com",
            "start": "2025-06-05 14:00:00 +0200",
            "organizer": ("Hanna Sjöberg", "hanna.sjoberg@lindqvist-mobility.com"),
            "attendees": [("Stefan Ortner", "stefan.ortner@lindqvist-mobility.com")],
            "summary": "Interview Jonas Brenner / Thermal Management",
            "location": "https://meet.google.com/ryx-pqno-ktz",
        },
    ),
    m(
        "17114",
        "2025-06-18 18:30",
        "Hanna Sjöberg <hanna.sjoberg@lindqvist-mobility.com>",
        "Following up",
        ("rejection", LM, SSE, 23, "direct", "en"),
        text="""Hi Jonas,

Thank you again for the time you spent with Stefan and me. The team really enjoyed the
conversation and your very practical view on coolant circuit validation.

This was a tough call, but we have decided to proceed with another candidate for this role, mainly
because of their deeper simulation background (GT-SUITE).

I would love to stay in touch and think of you for future openings in Munich.

All the best,
Hanna
""",
    ),
    # 24 Aventra Cell Systems: LinkedIn Easy Apply, viewed, Greenhouse rejection
    m(
        "17115",
        "2025-06-02 20:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jonas, your application was sent to Aventra Cell Systems",
        ("confirmation", AV, MDL, 24, "linkedin", "en"),
        html="""<html><body style="font-family:Arial">
<p>Your application was sent to Aventra Cell Systems</p>
<p><b>Mechanical Design Lead - Battery Modules</b><br>Aventra Cell Systems · Salzgitter, Lower Saxony, Germany (Hybrid)</p>
<p>Applied on June 2, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4012837745/">View job</a></p>
<p style="font-size:11px;color:#888">This email was intended for Jonas Brenner (Team Lead Mechanical Design).
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</p>
</body></html>""",
    ),
    m(
        "17116",
        "2025-06-06 07:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Aventra Cell Systems",
        ("viewed", AV, MDL, 24, "linkedin", "en"),
        html="""<html><body style="font-family:Arial">
<p>Jonas, your application was viewed</p>
<p><b>Mechanical Design Lead - Battery Modules</b> at Aventra Cell Systems</p>
<p>The hiring team viewed your application. This is a good sign, but it does not mean a decision has been made.</p>
</body></html>""",
    ),
    m(
        "17117",
        "2025-06-24 10:05",
        "Aventra Cell Systems <no-reply@eu.greenhouse-mail.io>",
        "Your application to Aventra",
        ("rejection", AV, MDL, 24, "greenhouse", "en"),
        text="""Hi Jonas,

Thanks so much for your interest in the Mechanical Design Lead - Battery Modules role at Aventra
and for your patience while we reviewed your application.

We've now had the chance to review your background carefully. While your experience is
impressive, we have decided not to move forward with your application at this time. We plan to
build up the Salzgitter team over the next year, so please do keep an eye on our careers page.

Best regards,
Aventra Recruiting Team
""",
    ),
    # 25 Castellan Automotive: Workday nudge, then a confirmation forwarded from the old address
    m(
        "17118",
        "2025-07-01 06:30",
        "Castellan Automotive <castellan@myworkday.com>",
        "You have an application in progress",
        ("alert", CA, TSE, None, "workday", "en"),
        text="""Hello,

You started an application for Thermal Systems Engineer (R-118820) but haven't submitted it yet.
Pick up where you left off: https://castellan.wd1.myworkdayjobs.com/Castellan_Careers/job/Stuttgart/Thermal-Systems-Engineer_R-118820

Castellan Automotive Talent Acquisition
""",
        to="jonas.brenner@web.de",
    ),
    m(
        "17119",
        "2025-07-02 22:03",
        "Jonas Brenner <jonas.brenner@web.de>",
        "WG: Thank you for applying - Thermal Systems Engineer",
        ("confirmation", CA, TSE, 25, "workday", "en"),
        text="""(an mich selbst weitergeleitet - alte Adresse)

-------- Weitergeleitete Nachricht --------
Von: Castellan Automotive <castellan@myworkday.com>
Datum: 02.07.2025 21:58
An: jonas.brenner@web.de
Betreff: Thank you for applying - Thermal Systems Engineer

Dear Jonas Brenner,

Thank you for your application for the Thermal Systems Engineer (R-118820) position at
Castellan Automotive Germany GmbH in Stuttgart-Vaihingen.

Our team will review your qualifications and contact you if your profile matches the
requirements of the role.

Kind regards,
Castellan Automotive Global Talent Acquisition
""",
    ),
    # 26 Meridian Powertrain via Northbridge Talent (UK agency): outreach, submission, interview,
    #    a cancelled and a rescheduled slot, then withdrawn
    m(
        "17120",
        "2025-07-07 11:30",
        "Oliver Pratt <oliver.pratt@northbridgetalent.co.uk>",
        "Principal Engineer role - confidential search (Stuttgart area)",
        ("outreach", None, PEM, None, "agency", "en"),
        text="""Hi Jonas,

Hope you don't mind the direct approach. I'm working on a confidential search for a Principal
Engineer Mechanical Integration for a global Tier-1 powertrain supplier with a big engineering
centre near Stuttgart. The role is English-speaking, hybrid, with a strong package (c. 100-110k
EUR + bonus).

Your background in e-axle design looked like a very close fit. Would you be open to a quick
15-minute call this week?

Best regards,
Oliver Pratt
Senior Consultant - Automotive Engineering
Northbridge Talent Partners Ltd, London
""",
    ),
    m(
        "17121",
        "2025-07-11 16:45",
        "Oliver Pratt <oliver.pratt@northbridgetalent.co.uk>",
        "Re: Principal Engineer role - confidential search (Stuttgart area)",
        ("confirmation", MP, PEM, 26, "agency", "en"),
        text="""Hi Jonas,

Thanks for the call today and for the go-ahead. As promised, the client is Meridian Powertrain
(their German entity is Meridian Powertrain Deutschland GmbH in Leinfelden). I've submitted your
CV this afternoon with my notes and I'll chase them early next week.

Cheers,
Oliver
""",
        headers=reply("17120", "oliver.pratt@northbridgetalent.co.uk"),
    ),
    m(
        "17122",
        "2025-07-21 09:58",
        "Oliver Pratt <oliver.pratt@northbridgetalent.co.uk>",
        "Interview with Meridian - invite",
        ("interview", MP, PEM, 26, "agency", "en"),
        text="""Hi Jonas,

Good news - Meridian would like to meet you. I've put the first-round video interview with
Dr. Priya Natarajan (Director Mechanical Integration) in the calendar for Tuesday 29 July at 11:00
CEST. Invite attached.

Best,
Oliver
""",
        ics={
            "uid": "northbridge-9912-meridian-brenner@northbridgetalent.co.uk",
            "start": "2025-07-29 11:00:00 +0200",
            "organizer": ("Oliver Pratt", "oliver.pratt@northbridgetalent.co.uk"),
            "attendees": [("Priya Natarajan", "priya.natarajan@meridianpowertrain.com")],
            "summary": "Meridian Powertrain - first interview (Jonas Brenner)",
            "location": "Zoom (link to follow)",
        },
    ),
    m(
        "17123",
        "2025-07-28 17:22",
        "Oliver Pratt <oliver.pratt@northbridgetalent.co.uk>",
        "Cancelled: Meridian Powertrain - first interview (Jonas Brenner)",
        ("interview", MP, PEM, 26, "agency", "en"),
        text="""Hi Jonas,

Apologies for the short notice - Priya has been pulled into a customer escalation and needs to
cancel tomorrow's slot. I'm working on a new time and will come back to you shortly.

Oliver
""",
        ics={
            "uid": "northbridge-9912-meridian-brenner@northbridgetalent.co.uk",
            "method": "CANCEL",
            "start": "2025-07-29 11:00:00 +0200",
            "organizer": ("Oliver Pratt", "oliver.pratt@northbridgetalent.co.uk"),
            "attendees": [("Priya Natarajan", "priya.natarajan@meridianpowertrain.com")],
            "summary": "Meridian Powertrain - first interview (Jonas Brenner)",
        },
    ),
    m(
        "17124",
        "2025-07-30 10:10",
        "Oliver Pratt <oliver.pratt@northbridgetalent.co.uk>",
        "New time: Thu 7 Aug 15:00",
        ("interview", MP, PEM, 26, "agency", "en"),
        text="""Hi Jonas,

Thursday 7 August, 15:00 CEST works for Priya. New invite attached - Zoom link inside.

Oliver
""",
        ics={
            "uid": "northbridge-9931-meridian-brenner@northbridgetalent.co.uk",
            "start": "2025-08-07 15:00:00 +0200",
            "organizer": ("Oliver Pratt", "oliver.pratt@northbridgetalent.co.uk"),
            "attendees": [("Priya Natarajan", "priya.natarajan@meridianpowertrain.com")],
            "summary": "Meridian Powertrain - first interview (Jonas Brenner)",
            "location": "https://meridianpowertrain.zoom.us/j/86120433190",
        },
    ),
    m(
        "17125",
        "2025-08-29 13:40",
        "Oliver Pratt <oliver.pratt@northbridgetalent.co.uk>",
        "Re: Meridian - withdrawing",
        ("confirmation", MP, PEM, 26, "agency", "en"),
        text="""Hi Jonas,

Understood, and congratulations on the new role! I've let Meridian know that you are withdrawing
from the process. If anything changes, you know where to find me.

All the best,
Oliver
""",
        st="withdrawn",
    ),
    # 27 Seeland Präzision AG (CH) via jobs.ch: confirmation only
    m(
        "17126",
        "2025-05-25 19:09",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde versendet",
        (
            "confirmation",
            "Seeland Präzision",
            "Leiter Entwicklung Mechanik (80-100%)",
            27,
            "other",
            "de",
        ),
        html="""<html><body style="font-family:Arial">
<p>Guten Tag Jonas Brenner</p>
<p>Ihre Bewerbung für <b>Leiter Entwicklung Mechanik (80-100%)</b> bei der Seeland Präzision AG
in Biel/Bienne wurde erfolgreich versendet.</p>
<p>Freundliche Grüsse<br>Ihr jobs.ch Team</p>
</body></html>""",
    ),
    # 28 Murtal Engineering (Graz), Personio; an auto-reply; rejection
    m(
        "17127",
        "2025-06-30 11:55",
        "Murtal Engineering GmbH <no-reply@personio.de>",
        "Danke für deine Bewerbung!",
        (
            "confirmation",
            "Murtal Engineering",
            "Senior Konstrukteur Fahrzeugstrukturen (m/w/d)",
            28,
            "personio",
            "de",
        ),
        text="""Hallo Jonas,

vielen Dank für deine Bewerbung als Senior Konstrukteur Fahrzeugstrukturen (m/w/d) in Graz.
Wir melden uns so schnell wie möglich bei dir.

Liebe Grüße
Das Team von Murtal Engineering
""",
    ),
    m(
        "17128",
        "2025-07-24 08:02",
        "Bianca Url <bianca.url@murtal-engineering.at>",
        "Abwesenheitsnotiz: Nachfrage Bewerbung Senior Konstrukteur",
        ("other_job", "Murtal Engineering", None, None, "direct", "de"),
        text="""Danke für deine Nachricht! Ich bin bis einschließlich 8. August auf Urlaub und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wende dich bitte an jobs@murtal-engineering.at.

Liebe Grüße
Bianca Url
""",
    ),
    m(
        "17129",
        "2025-08-13 14:26",
        "Bianca Url <bianca.url@murtal-engineering.at>",
        "RE: Nachfrage Bewerbung Senior Konstrukteur",
        (
            "rejection",
            "Murtal Engineering",
            "Senior Konstrukteur Fahrzeugstrukturen (m/w/d)",
            28,
            "direct",
            "de",
        ),
        text="""Hallo Jonas,

danke für deine Nachfrage und sorry, dass es so lange gedauert hat - Urlaubszeit. Wir haben die
Stelle inzwischen intern nachbesetzt, deshalb können wir dir leider keine Zusage geben. Dein
Profil hat uns aber echt gut gefallen!

Alles Gute für deine Suche
Bianca

Bianca Url | People & Culture | Murtal Engineering GmbH | Graz
""",
    ),
    # 29 Quantis Robotics (Karlsruhe): after the InMail, Ashby; short thread replies; take-home
    m(
        "17130",
        "2025-06-27 10:02",
        "Quantis Robotics <no-reply@ashbyhq.com>",
        "Thanks for applying to Quantis Robotics",
        ("confirmation", "Quantis Robotics", "Lead Mechanical Engineer", 29, "ashby", "en"),
        text="""Hi Jonas,

Thanks for applying for the Lead Mechanical Engineer role at Quantis Robotics! We review every
application personally and will get back to you within a week.

The Quantis Team
""",
    ),
    m(
        "17131",
        "2025-06-30 12:18",
        "Sarah Whitfield <sarah@quantis-robotics.com>",
        "Quick chat?",
        ("interview", "Quantis Robotics", "Lead Mechanical Engineer", 29, "direct", "en"),
        text="""Hi Jonas,

Great to see your application come through after our LinkedIn chat. Could we do a 30-minute intro
call next week? Monday 11:00 or Tuesday 15:00 CEST would work on my side.

Sarah

Sarah Whitfield | Head of Talent | Quantis Robotics GmbH, Karlsruhe
""",
    ),
    m(
        "17132",
        "2025-06-30 14:40",
        "Sarah Whitfield <sarah@quantis-robotics.com>",
        "Re: Quick chat?",
        ("interview", "Quantis Robotics", "Lead Mechanical Engineer", 29, "direct", "en"),
        text="""Thanks, Tuesday 3pm works. Invite is on its way.

S.

On Mon, Jun 30, 2025 at 2:31 PM Jonas Brenner <jonas.brenner84@gmx.de> wrote:
> Hi Sarah, Tuesday at 15:00 would be perfect. Best, Jonas
""",
        headers=reply("17131", "sarah@quantis-robotics.com"),
    ),
    m(
        "17133",
        "2025-06-30 14:42",
        "Sarah Whitfield <sarah@quantis-robotics.com>",
        "Invitation: Jonas <> Sarah (Quantis) @ Tue Jul 8, 2025 3pm - 3:30pm (CEST)",
        ("interview", "Quantis Robotics", "Lead Mechanical Engineer", 29, "direct", "en"),
        text="""Jonas <> Sarah (Quantis)
Tuesday Jul 8, 2025 3pm - 3:30pm (Central European Time - Berlin)
Google Meet: https://meet.google.com/qnt-robo-jbr
""",
        ics={
            "uid": "0q1w2e3r4t5y6u7i8o9p@google.com",
            "start": "2025-07-08 15:00:00 +0200",
            "minutes": 30,
            "organizer": ("Sarah Whitfield", "sarah@quantis-robotics.com"),
            "summary": "Jonas <> Sarah (Quantis)",
            "location": "https://meet.google.com/qnt-robo-jbr",
        },
    ),
    m(
        "17134",
        "2025-07-14 09:25",
        "Daniel Krämer <daniel@quantis-robotics.com>",
        "Design exercise - yard tractor battery mount",
        ("assessment", "Quantis Robotics", "Lead Mechanical Engineer", 29, "direct", "en"),
        text="""Hi Jonas,

Sarah passed you on to me - I lead hardware at Quantis. As a next step we ask candidates to
spend ~3 hours on a small design exercise: a concept for the battery-pack mount of our yard
tractor (brief and STEP files in the shared folder). Please send back a short deck within
10 days. Before I can share the files, could you sign the NDA attached?

Cheers,
Daniel
""",
        attach=[("Quantis_NDA.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17135",
        "2025-07-15 08:02",
        "Daniel Krämer <daniel@quantis-robotics.com>",
        "Re: Design exercise - yard tractor battery mount",
        ("assessment", "Quantis Robotics", "Lead Mechanical Engineer", 29, "direct", "en"),
        text="""Thanks Jonas - attached is the countersigned NDA, and you should now have access to the folder.

Daniel
""",
        headers=reply("17134", "daniel@quantis-robotics.com"),
        attach=[("Quantis_NDA_signed.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    m(
        "17136",
        "2025-07-25 17:48",
        "Daniel Krämer <daniel@quantis-robotics.com>",
        "Re: Design exercise - yard tractor battery mount",
        ("assessment", "Quantis Robotics", "Lead Mechanical Engineer", 29, "direct", "en"),
        text="""Got it, thanks! Will go through it with the team next week and come back to you.

Daniel
""",
        headers=reply("17134", "daniel@quantis-robotics.com"),
    ),
]
