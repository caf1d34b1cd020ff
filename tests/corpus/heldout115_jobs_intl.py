# ruff: noqa: E501, RUF100
"""Corpus 115, reinsurers, insurtechs, headhunters, boards (data only): see heldout115.py."""

from __future__ import annotations

from typing import Any

from heldout115_jobs import A, J, ev, m

HC, HC2 = "Hansa-Colonia", "Senior Aktuarin Pricing Sach (m/w/d)"
IB, IBR = "Isarbrook Re", "Pricing Actuary, P&C Treaty"
HV, HVR = "Halvard Re", "Life & Health Pricing Actuary"
PP, PPR = "Policenpilot", "Pricing Analyst (m/w/d)"
CC, CCR = "Clearclaim", "Actuarial Data Scientist (Remote, DACH)"
GF, GFR = "Greyfinch Re", "Pricing Actuary – Specialty (Remote EMEA)"
VT, VTR = "Vantura", "Pricing Data Scientist"
TW, TWR = "Tarifwerk", "Aktuarin / Pricing Engineer (remote)"
NM, NMR = "Northmoor Re", "Senior Actuarial Analyst, Life Reinsurance"
ND, ND2 = "Nordlicht Direkt", "Senior Pricing Actuary Kfz (m/w/d)"

BRUEHL = "Dr. Carsten Brühl <c.bruehl@bruehl-partner.de>"
STRAT = "Miriam Tenhagen <m.tenhagen@stratum-personal.de>"

MAIL: list[dict[str, Any]] = [
    # --- 3 Hansa-Colonia via Brühl & Partner Personalberatung ------------------------------
    m(
        "8101",
        "2025-09-22 08:47",
        BRUEHL,
        "Vertrauliche Anfrage – Senior Aktuarin Pricing Sach",
        J("outreach", "agency", role=HC2),
        """Sehr geehrte Frau Wendeborn,

ich bin auf Ihr Profil bei XING aufmerksam geworden und erlaube mir, Sie vertraulich anzusprechen.

Im Auftrag unserer Mandantin, eines namhaften Versicherers mit Sitz in Köln, suchen wir eine Senior Aktuarin / einen Senior Aktuar für das Pricing der Sachsparten (Wohngebäude, Hausrat, Gewerbe). Die Position berichtet direkt an die Bereichsleitung Aktuariat Komposit und bietet die Möglichkeit, die Tarifierung auf moderne Machine-Learning-Verfahren umzustellen.

Hätten Sie Interesse an einem unverbindlichen, vertraulichen Telefonat? Den Namen unserer Mandantin nenne ich Ihnen gerne im persönlichen Gespräch.

Mit freundlichen Grüßen
Dr. Carsten Brühl
Geschäftsführender Partner
Brühl & Partner Personalberatung GmbH
Mediapark 5 · 50670 Köln · +49 221 5602 113
""",
    ),
    m(
        "8102",
        "2025-09-25 18:30",
        BRUEHL,
        "AW: Vertrauliche Anfrage – Senior Aktuarin Pricing Sach",
        J("outreach", "agency", role=HC2),
        """Sehr geehrte Frau Wendeborn,

vielen Dank für Ihre schnelle Rückmeldung. Sehr gerne telefonieren wir am Montag, 29.09., um 17:30 Uhr. Ich rufe Sie an.

Beste Grüße
Carsten Brühl

> Sehr geehrter Herr Dr. Brühl,
> vielen Dank für Ihre Nachricht. Grundsätzlich bin ich interessiert ...
""",
    ),
    m(
        "8103",
        "2025-10-01 12:12",
        BRUEHL,
        "Ihre Kandidatur bei unserer Mandantin – Unterlagen weitergeleitet",
        A("confirmation", HC, HC2, 3, "agency"),
        """Sehr geehrte Frau Wendeborn,

wie am Montag besprochen, handelt es sich bei unserer Mandantin um die Hansa-Colonia Versicherung a.G. Ich habe Ihre Unterlagen heute mit Ihrem Einverständnis und unserem Kurzgutachten an Frau Dr. Rosenthal, Bereichsleiterin Aktuariat Komposit, übermittelt.

Ich weiß, dass Sie sich dort bereits auf die Position im Kfz-Pricing beworben hatten – das ist kein Problem, das Haus weiß Bescheid und behandelt beide Vorgänge getrennt.

Ich melde mich, sobald ich eine Rückmeldung habe.

Mit freundlichen Grüßen
Dr. Carsten Brühl
Brühl & Partner Personalberatung GmbH
""",
    ),
    m(
        "8104",
        "2025-10-14 09:05",
        BRUEHL,
        "Hansa-Colonia: Einladung zum Erstgespräch",
        A("interview", HC, HC2, 3, "agency"),
        """Sehr geehrte Frau Wendeborn,

gute Nachrichten: Frau Dr. Rosenthal möchte Sie gerne kennenlernen. Vorgeschlagen ist Donnerstag, 23.10.2025, 16:00 Uhr, in der Hauptverwaltung der Hansa-Colonia am Gereonsdriesch. Ich werde ebenfalls anwesend sein.

Passt Ihnen das?

Beste Grüße
Carsten Brühl
""",
    ),
    m(
        "8105",
        "2025-10-23 16:04",
        "Carsten Brühl <c.bruehl@bruehl-partner.de>",
        "Automatische Antwort: Hansa-Colonia: Einladung zum Erstgespräch",
        J("other_job", "agency", co=HC, role=HC2),
        """Vielen Dank für Ihre Nachricht. Ich bin heute ganztägig in Terminen und ab Montag, 27.10., wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an Frau Aydin (+49 221 5602 110).

Dr. Carsten Brühl
""",
    ),
    m(
        "8106",
        "2025-11-06 19:12",
        BRUEHL,
        "Feedback der Hansa-Colonia",
        A("interview", HC, HC2, 3, "agency"),
        """Liebe Frau Wendeborn,

Frau Dr. Rosenthal war von dem Gespräch sehr angetan und möchte Sie zu einem zweiten Gespräch mit dem Vorstand Komposit, Herrn Albers, einladen. Termin: Mittwoch, 19.11., 10:00 Uhr, wieder am Gereonsdriesch.

Herzliche Grüße
Carsten Brühl
""",
    ),
    m(
        "8107",
        "2025-12-03 11:38",
        BRUEHL,
        "Rückmeldung",
        A("rejection", HC, HC2, 3, "agency"),
        """Liebe Frau Wendeborn,

ich habe heute mit Frau Dr. Rosenthal gesprochen. Sie hat mir ausdrücklich gesagt, wie sehr sie Ihre fachliche Tiefe und Ihre ruhige Art geschätzt haben. Am Ende hat sich der Vorstand dennoch für einen internen Kandidaten entschieden, der die Sachsparte seit Jahren kennt.

Das tut mir leid – ich hätte Ihnen etwas anderes gewünscht. Gerne bleiben wir in Kontakt; ich denke bei passenden Mandaten an Sie.

Herzliche Grüße
Carsten Brühl
""",
    ),
    # --- Merian Executive Search: client never named ---------------------------------------
    m(
        "8111",
        "2025-10-10 07:42",
        "Florian Haberl <f.haberl@merian-search.de>",
        "Spannende Führungsposition Aktuariat in München",
        J("outreach", "agency", role="Leitung Aktuariat Leben (m/w/d)"),
        """Sehr geehrte Frau Wendeborn,

für unsere Mandantin, einen namhaften Lebensversicherer mit Sitz in München, suchen wir im Rahmen eines exklusiven Mandats eine Leitung Aktuariat Leben (m/w/d) mit Perspektive auf die Funktion der Verantwortlichen Aktuarin.

Ihr Profil passt sehr gut zu den Anforderungen. Wäre ein vertrauliches Gespräch für Sie denkbar?

Mit besten Grüßen aus München
Florian Haberl
Partner | Merian Executive Search GmbH
Maximilianstraße 31 · 80539 München
""",
    ),
    m(
        "8112",
        "2025-10-21 07:40",
        "Florian Haberl <f.haberl@merian-search.de>",
        "Nachfrage: Leitung Aktuariat Leben, München",
        J("outreach", "agency", role="Leitung Aktuariat Leben (m/w/d)"),
        """Sehr geehrte Frau Wendeborn,

ich wollte mich noch einmal kurz zu meiner Nachricht vom 10.10. melden. Unsere Mandantin bietet u. a. ein flexibles Hybridmodell (3 Tage remote) und Unterstützung beim Umzug.

Ich freue mich über eine kurze Rückmeldung, auch wenn es aktuell nicht passt.

Beste Grüße
Florian Haberl
""",
    ),
    m(
        "8113",
        "2025-10-22 21:15",
        "Florian Haberl <f.haberl@merian-search.de>",
        "AW: Nachfrage: Leitung Aktuariat Leben, München",
        J("other_job", "agency", role="Leitung Aktuariat Leben (m/w/d)"),
        """Liebe Frau Wendeborn,

vielen Dank für Ihre offene Rückmeldung, das verstehe ich gut. Ich behalte Sie gerne in unserem Netzwerk und melde mich, wenn etwas Passendes im Rheinland ansteht.

Alles Gute
Florian Haberl

> Sehr geehrter Herr Haberl,
> vielen Dank für Ihr Interesse. Eine Führungsposition in München kommt für mich derzeit nicht in Frage ...
""",
    ),
    # --- 22 Nordlicht Direkt via Stratum Personalberatung ------------------------------------
    m(
        "8121",
        "2025-11-12 10:26",
        STRAT,
        "Senior Pricing Actuary Kfz – Direktversicherer Düsseldorf",
        J("outreach", "agency", role=ND2),
        """Hallo Frau Wendeborn,

ich bin Personalberaterin bei Stratum und betreue ein Mandat für unsere Mandantin, einen Direktversicherer in Düsseldorf, der sein Kfz-Pricing neu aufstellt. Gesucht wird ein Senior Pricing Actuary (m/w/d), gerne mit GLM- und GBM-Erfahrung, hybrid mit 2 Tagen Büro.

Hätten Sie diese Woche 20 Minuten für ein Telefonat?

Viele Grüße
Miriam Tenhagen
Stratum Personalberatung GmbH · Königsallee 60 · 40212 Düsseldorf
""",
    ),
    m(
        "8122",
        "2025-11-19 14:50",
        STRAT,
        "Vorstellung bei Nordlicht Direkt",
        A("confirmation", ND, ND2, 22, "agency"),
        """Hallo Frau Wendeborn,

danke für das Gespräch gestern! Wie besprochen habe ich Ihr Profil heute bei unserer Mandantin, der Nordlicht Direkt Versicherung AG, vorgestellt. Dass Sie sich dort im Oktober schon über Indeed beworben hatten und nie eine Antwort bekamen, habe ich erwähnt – die Personalabteilung entschuldigt sich ausdrücklich dafür.

Ich melde mich, sobald ich Feedback habe.

Viele Grüße
Miriam Tenhagen
""",
    ),
    m(
        "8123",
        "2025-12-02 09:13",
        STRAT,
        "Nordlicht Direkt möchte Sie kennenlernen",
        A("interview", ND, ND2, 22, "agency"),
        """Hallo Frau Wendeborn,

Nordlicht Direkt möchte Sie gerne zu einem Videointerview einladen: Donnerstag, 11.12., 15:00 Uhr, mit Herrn Sievers (Head of Pricing) und Frau Lüdtke (HR). Die Teams-Einladung kommt direkt von Nordlicht.

Viel Erfolg!
Miriam Tenhagen
""",
    ),
    m(
        "8124",
        "2025-12-02 11:40",
        "Annika Lüdtke <annika.luedtke@nordlicht-direkt.de>",
        "Interview Senior Pricing Actuary Kfz – K. Wendeborn",
        A("interview", ND, ND2, 22, "direct"),
        """Sehr geehrte Frau Wendeborn,

anbei die Einladung für unser Gespräch am 11.12. Wir freuen uns auf Sie.

Annika Lüdtke
HR Business Partner
Nordlicht Direkt Versicherung AG
""",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000012AB77@nordlicht-direkt.de",
            "2025-12-11 15:00",
            ("Annika Lüdtke", "annika.luedtke@nordlicht-direkt.de"),
            "Interview Senior Pricing Actuary Kfz – K. Wendeborn",
            minutes=60,
            style="outlook",
            location="Microsoft Teams-Besprechung",
        ),
    ),
    m(
        "8125",
        "2026-01-09 16:22",
        STRAT,
        "Ihre Kandidatur – kurzes Update",
        A("rejection", ND, ND2, 22, "agency"),
        """Hallo Frau Wendeborn,

ich hoffe, Sie sind gut ins neue Jahr gestartet. Leider habe ich keine guten Nachrichten: Nordlicht Direkt hat sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden. Ihr Gespräch wurde als sehr stark bewertet, den Ausschlag gab die langjährige Kfz-Erfahrung des anderen Kandidaten.

Ich bedaure das sehr und melde mich gerne, wenn ich wieder etwas Passendes habe.

Viele Grüße
Miriam Tenhagen
""",
    ),
    # --- 14 Isarbrook Re, Munich (Workday, English) ---------------------------------------------
    m(
        "8131",
        "2025-09-16 22:04",
        "Isarbrook Re Careers <isarbrookre@myworkday.com>",
        "Thank you for applying – Pricing Actuary, P&C Treaty (JR-11840)",
        A("confirmation", IB, IBR, 14, "workday", "en"),
        """Dear Katharina,

Thank you for your interest in Isarbrook Rückversicherungs-AG and for applying to the position Pricing Actuary, P&C Treaty (JR-11840) in Munich.

Our talent acquisition team will review your application. If your profile matches the requirements, we will contact you to discuss next steps. You can check the status of your application at any time in your candidate home.

Kind regards,
Isarbrook Re Talent Acquisition
""",
    ),
    m(
        "8132",
        "2025-10-06 13:28",
        "Priya Nandakumar <pnandakumar@isarbrook-re.com>",
        "Isarbrook Re – first interview",
        A("interview", IB, IBR, 14, "direct", "en"),
        """Dear Katharina,

Thanks for your application for our P&C Treaty pricing team. I'd like to invite you to a first video interview with Thomas Wirth (Head of Treaty Pricing, Continental Europe) and myself. I've sent a Teams invitation for Monday 13 October, 10:00 CEST.

Best regards,
Priya Nandakumar
Senior Talent Partner | Isarbrook Re
""",
        ics=ev(
            "isb-1013-int1@isarbrook-re.com",
            "2025-10-13 10:00",
            ("Priya Nandakumar", "pnandakumar@isarbrook-re.com"),
            "Interview: Katharina Wendeborn – Pricing Actuary P&C Treaty",
            minutes=60,
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "8133",
        "2025-10-15 08:16",
        "Priya Nandakumar <pnandakumar@isarbrook-re.com>",
        "Case study – next step",
        A("assessment", IB, IBR, 14, "direct", "en"),
        """Dear Katharina,

Thank you for a great conversation on Monday. As a next step we'd ask you to complete a short case study: pricing a property cat excess-of-loss layer using the attached (fictitious) loss history and exposure data. Please send back a short write-up and your workbook by 24 October.

Don't hesitate to reach out with questions.

Best,
Priya
""",
        attach=[
            (
                "Isarbrook_case_XL_layer.csv",
                "text/csv",
                "year,event,ground_up_loss_eur\n2015,Storm Niklas,18400000\n2021,Flood Bernd,92500000\n",
            )
        ],
    ),
    m(
        "8134",
        "2025-11-07 17:02",
        "Isarbrook Re Careers <isarbrookre@myworkday.com>",
        "Your application for Pricing Actuary, P&C Treaty",
        A("rejection", IB, IBR, 14, "workday", "en"),
        """Dear Katharina,

Thank you for the time and effort you invested in our selection process, including the case study. The team appreciated your structured approach.

After careful consideration, we have decided to move forward with a candidate whose experience in treaty property catastrophe pricing more closely matches our current needs.

We wish you all the best in your search.

Isarbrook Re Talent Acquisition
""",
    ),
    # --- 15 Halvard Re Cologne branch (Greenhouse, English, ghosted) -----------------------------
    m(
        "8141",
        "2025-10-03 10:10",
        "Halvard Re <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Halvard Re",
        A("confirmation", HV, HVR, 15, "greenhouse", "en"),
        """Hi Katharina,

Thanks for applying for the Life & Health Pricing Actuary role in our Cologne branch. We have received your application and our team will be in touch if your experience is a fit.

Best,
The Halvard Re Recruiting Team
Halvard Reinsurance Company Ltd., Niederlassung für Deutschland
""",
    ),
    m(
        "8142",
        "2025-10-17 14:33",
        "Ingrid Solheim <ingrid.solheim@halvardre.com>",
        "Halvard Re – Life & Health Pricing Actuary: recruiter call",
        A("interview", HV, HVR, 15, "direct", "en"),
        """Hi Katharina,

I'm the recruiter for our L&H pricing team in Cologne. Would you be available for a 30-minute call? Please pick a time that suits you here:

https://app.greenhouse.io/scheduling/select/3c8f0a2e

Kind regards,
Ingrid Solheim
Talent Acquisition, Halvard Re (Oslo / Cologne)
""",
    ),
    m(
        "8143",
        "2025-10-20 09:02",
        "Halvard Re <no-reply@us.greenhouse-mail.io>",
        "Interview confirmed: Katharina Wendeborn <> Halvard Re",
        A("interview", HV, HVR, 15, "greenhouse", "en"),
        """Hi Katharina,

Your interview has been scheduled.

Recruiter call with Ingrid Solheim
Thursday, October 23, 2025, 11:00 – 11:30 CEST
Google Meet: https://meet.google.com/hqr-pxmc-ntu

Looking forward to speaking with you!
""",
        ics=ev(
            "gh-sched-77812@greenhouse.io",
            "2025-10-23 11:00",
            ("Ingrid Solheim", "ingrid.solheim@halvardre.com"),
            "Katharina Wendeborn <> Halvard Re (Recruiter call)",
            minutes=30,
        ),
    ),
    m(
        "8144",
        "2025-11-10 07:05",
        "Ingrid Solheim <ingrid.solheim@halvardre.com>",
        "Automatic reply: Following up – L&H Pricing Actuary",
        J("other_job", "direct", "en", co=HV, role=HVR),
        """Thank you for your email. I am on parental leave until 2 March 2026 and will not be reading emails. For recruiting matters please contact careers@halvardre.com.

Ingrid Solheim
""",
    ),
    # --- 16 Policenpilot, Cologne insurtech (Personio, du) -> withdrawn ------------------------
    m(
        "8151",
        "2025-11-24 23:12",
        "Policenpilot GmbH <no-reply@personio.de>",
        "Deine Bewerbung bei Policenpilot",
        A("confirmation", PP, PPR, 16, "personio"),
        """Hey Katharina,

mega, dass du dich als Pricing Analyst (m/w/d) bei uns beworben hast! Wir melden uns innerhalb von 10 Tagen bei dir – versprochen.

Dein Policenpilot-Team 🚀
Policenpilot GmbH · Im Mediapark 8 · 50670 Köln
""",
    ),
    m(
        "8152",
        "2025-11-27 08:41",
        "Nils Brockhaus <nils.brockhaus@gmail.com>",
        "Kaffee? (Policenpilot)",
        A("interview", PP, PPR, 16, "direct"),
        """Hi Katharina,

ich bin Nils, Mitgründer von Policenpilot. Hab deine Bewerbung gesehen und fand's richtig spannend, dass du aus dem klassischen Aktuariat kommst. Lust auf einen Kaffee nächste Woche? Wir sitzen im Mediapark, das Café unten ist ganz okay. Dienstag 2.12. um 9:30?

Schreib mir von hier aus, mein Firmenpostfach spinnt seit dem Umzug.

Nils
Co-Founder & CEO Policenpilot
""",
    ),
    m(
        "8153",
        "2025-12-05 18:20",
        "Nils Brockhaus <nils.brockhaus@gmail.com>",
        "Re: Kaffee? (Policenpilot)",
        A("interview", PP, PPR, 16, "direct"),
        """Hi Katharina,

hat Spaß gemacht am Dienstag! Wir würden gerne weitermachen: nächster Schritt wäre ein Tech-Talk mit Svenja (unsere Lead Data Scientist), remote, ca. 1 Stunde, gerne Mitte Dezember. Ich schick dir eine Einladung.

Cheers
Nils
""",
        ics=ev(
            "pp-tech-1217@google.com",
            "2025-12-17 16:00",
            ("Nils Brockhaus", "nils.brockhaus@gmail.com"),
            "Policenpilot x Katharina – Tech Talk",
            minutes=60,
            location="https://meet.google.com/vyt-ruqa-bbs",
        ),
    ),
    m(
        "8154",
        "2026-01-16 12:31",
        "Svenja Olbrich <svenja@policenpilot.de>",
        "Case für die letzte Runde",
        A("assessment", PP, PPR, 16, "direct"),
        """Hi Katharina,

wie angekündigt kommt hier unser kleiner Case für die letzte Runde: Du bekommst einen anonymisierten Datensatz mit Handyversicherungen und sollst eine Preisempfehlung für 3 Tarife machen. Plan max. 4 Stunden ein, wir wollen deinen Denkweg sehen, keine Perfektion.

Abgabe bis 26.1. wäre super.

LG Svenja
""",
    ),
    m(
        "8155",
        "2026-01-22 10:05",
        "Nils Brockhaus <nils.brockhaus@gmail.com>",
        "Re: Rückzug meiner Bewerbung",
        A("confirmation", PP, PPR, 16, "direct"),
        """Hi Katharina,

schade, aber absolut verständlich – Glückwunsch zur neuen Stelle! Danke, dass du so offen Bescheid gegeben hast. Wenn du irgendwann Lust auf Start-up hast: Tür steht offen.

Alles Gute
Nils

Am Mi., 21. Jan. 2026 um 20:44 Uhr schrieb Katharina Wendeborn <k.wendeborn@web.de>:
> Lieber Nils, liebe Svenja,
> ich möchte meine Bewerbung leider zurückziehen: Ich habe ein Angebot angenommen ...
""",
        st="withdrawn",
    ),
    # --- 17 Clearclaim, Berlin/remote (Greenhouse, English) --------------------------------------
    m(
        "8161",
        "2025-10-28 15:44",
        "Clearclaim Hiring <no-reply@us.greenhouse-mail.io>",
        "We got your application, Katharina!",
        A("confirmation", CC, CCR, 17, "greenhouse", "en"),
        html="""<html><body><p>Hey Katharina,</p><p>Thanks for applying to <b>Actuarial Data Scientist (Remote, DACH)</b>! Our team reviews every application by hand, so give us about two weeks.</p><p>Unfortunately we can't give individual feedback at this stage if we don't move forward, but we'll always let you know either way.</p><p>Cheers,<br>Team Clearclaim</p></body></html>""",
    ),
    m(
        "8162",
        "2025-11-10 11:15",
        "Clearclaim Hiring <no-reply@us.greenhouse-mail.io>",
        "Your take-home challenge for Clearclaim",
        A("assessment", CC, CCR, 17, "greenhouse", "en"),
        """Hey Katharina,

Great news – we'd love to see how you work! Here's our take-home: build a simple frequency-severity model for the attached claims sample and tell us in a short README what you'd do next with more time. Please don't spend more than 3–4 hours.

Submit your solution via the link below within 7 days:
https://app.greenhouse.io/tests/5e1a0c9d

Team Clearclaim
""",
    ),
    m(
        "8163",
        "2025-11-28 10:40",
        "Clearclaim Hiring <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        A("rejection", CC, CCR, 17, "greenhouse", "en"),
        """Hey Katharina,

Thanks so much for the time you put into the take-home – we really liked your clear write-up on the severity tail.

We've decided not to move forward at this point: for this role we're leaning towards someone with more production Python engineering experience. We know that's disappointing to hear, and we're grateful you gave us a shot.

All the best,
Team Clearclaim
""",
    ),
    # --- 18 Greyfinch Re via LinkedIn Easy Apply ---------------------------------------------
    m(
        "8171",
        "2025-11-03 21:48",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katharina, your application was sent to Greyfinch Re",
        A("confirmation", GF, GFR, 18, "linkedin", "en"),
        html="""<html><body><p>Your application was sent to Greyfinch Re</p><p><b>Pricing Actuary – Specialty (Remote EMEA)</b><br>Greyfinch Re · Remote</p><p>Applied on November 3, 2025</p></body></html>""",
    ),
    m(
        "8172",
        "2025-11-06 09:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Greyfinch Re",
        A("viewed", GF, GFR, 18, "linkedin", "en"),
        html="""<html><body><p>Greyfinch Re viewed your application for Pricing Actuary – Specialty (Remote EMEA).</p></body></html>""",
    ),
    m(
        "8173",
        "2025-11-19 18:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Pricing Actuary – Specialty (Remote EMEA) at Greyfinch Re",
        A("rejection", GF, GFR, 18, "linkedin", "en"),
        html="""<html><body><p>Dear Katharina,</p><p>Thank you for your interest in the Pricing Actuary – Specialty role at Greyfinch Re. We received many strong applications and, after careful review, unfortunately we will not be moving forward with yours.</p><p>We encourage you to apply for future roles.</p><p>Greyfinch Re Talent Team</p></body></html>""",
    ),
    # --- 19 Vantura, Munich insurtech (Greenhouse, English, ghosted) ---------------------------
    m(
        "8181",
        "2025-12-08 13:57",
        "Vantura <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Vantura",
        A("confirmation", VT, VTR, 19, "greenhouse", "en"),
        """Hi Katharina,

Thank you for your interest in the Pricing Data Scientist role at Vantura! We've received your application and will be in touch soon.

Best regards,
Vantura Talent Team
Vantura Insurance Technologies GmbH, Munich
""",
    ),
    # --- 20 Tarifwerk (Personio, du, remote) ---------------------------------------------------
    m(
        "8191",
        "2025-12-10 19:39",
        "Tarifwerk <no-reply@personio.de>",
        "Deine Bewerbung ist da 🙌",
        A("confirmation", TW, TWR, 20, "personio"),
        """Hi Katharina,

danke für deine Bewerbung als Aktuarin / Pricing Engineer (remote)! Wir sind ein kleines Team und antworten dir so schnell wir können.

Bis bald
Tarifwerk – Pricing-as-a-Service für Versicherer
""",
    ),
    m(
        "8192",
        "2025-12-16 10:22",
        "Tarifwerk <no-reply@personio.de>",
        "Deine Bewerbung bei Tarifwerk",
        A("rejection", TW, TWR, 20, "personio"),
        """Hi Katharina,

nochmal danke für deine Bewerbung und dein Interesse an Tarifwerk. Wir haben uns dein Profil genau angesehen – dein aktuarieller Hintergrund ist stark! Für diese Rolle suchen wir aber jemanden mit mehr Erfahrung in der Softwareentwicklung (Go/TypeScript), deshalb geht's für uns leider nicht weiter.

Wir wünschen dir alles Gute!
Tarifwerk
""",
    ),
    # --- 21 Northmoor Re, Munich, careers mailbox at the group domain ------------------------
    m(
        "8201",
        "2025-10-30 11:02",
        "Northmoor Talent Community <talent@northmoor-group.com>",
        "Welcome to the Northmoor Talent Community",
        J("alert", "other", "en", co=NM),
        """Dear Katharina,

Welcome to the Northmoor Talent Community! We'll let you know about opportunities in actuarial, underwriting and risk that match your interests across Northmoor Re and Northmoor Specialty.

The Northmoor Group Talent Team
""",
    ),
    m(
        "8202",
        "2025-12-12 09:44",
        "Northmoor Careers <careers@northmoor-group.com>",
        "RE: Application – Senior Actuarial Analyst, Life Reinsurance (Ref. NR-2231)",
        A("confirmation", NM, NMR, 21, "direct", "en"),
        """Dear Ms Wendeborn,

Thank you for your application for the position of Senior Actuarial Analyst, Life Reinsurance (Ref. NR-2231) with Northmoor Re in Munich. We confirm receipt of your documents and will revert to you as soon as the hiring manager has reviewed them.

Kind regards,
Northmoor Group Careers
Northmoor Rückversicherung AG | Leopoldstraße 144 | 80804 München
""",
    ),
    m(
        "8203",
        "2026-01-07 15:30",
        "Dr. Henrik Vogt <henrik.vogt@northmoor-re.com>",
        "Invitation: Interview Katharina Wendeborn @ Wed 14 Jan 2026 14:00 - 15:00 (CET)",
        A("interview", NM, NMR, 21, "direct", "en"),
        """Dr. Henrik Vogt has invited you to a video interview.

Interview Katharina Wendeborn – Senior Actuarial Analyst, Life Reinsurance
Wednesday 14 Jan 2026 · 14:00 – 15:00 (Central European Time)
Join with Google Meet: https://meet.google.com/tzk-wqpd-aeo

Invitation from Google Calendar
""",
        ics=ev(
            "nm-vogt-0114@google.com",
            "2026-01-14 14:00",
            ("Dr. Henrik Vogt", "henrik.vogt@northmoor-re.com"),
            "Interview Katharina Wendeborn – Senior Actuarial Analyst, Life Reinsurance",
            minutes=60,
            location="https://meet.google.com/tzk-wqpd-aeo",
        ),
    ),
    m(
        "8204",
        "2026-01-19 16:48",
        "Northmoor Careers <careers@northmoor-group.com>",
        "Senior Actuarial Analyst, Life Reinsurance – NR-2231",
        A("rejection", NM, NMR, 21, "direct", "en"),
        """Dear Ms Wendeborn,

Thank you once again for taking the time to speak with Dr. Vogt. He enjoyed the conversation and was impressed by your knowledge of German life products.

We regret to inform you, however, that we have decided to proceed with another candidate whose reinsurance experience is more extensive.

We will keep your details on file and wish you every success.

Northmoor Group Careers
""",
    ),
    # --- alerts, outreach and other job mail -------------------------------------------------
    m(
        "8301",
        "2025-09-03 07:02",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „Aktuar“ in Köln",
        J("alert", "other"),
        html="""<html><body><h3>Ihre neuen Jobs für „Aktuar“ in Köln und Umgebung</h3><ul><li>Aktuarin Lebensversicherung (m/w/d) – Domstadt Versicherung – Köln</li><li>Pricing Analyst Kraftfahrtversicherung (m/w/d) – Hansa-Colonia Versicherung a.G. – Köln</li><li>Mathematiker/in Risikomanagement – Rheinufer Bank AG – Düsseldorf</li></ul><p><a href="https://www.stepstone.de/jobagent">Alle Jobs ansehen</a></p></body></html>""",
    ),
    m(
        "8302",
        "2025-10-08 07:04",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "7 neue Jobs für „Aktuar“ in Köln",
        J("alert", "other"),
        html="""<html><body><h3>Ihre neuen Jobs für „Aktuar“</h3><ul><li>Aktuarin Bestandsmanagement (m/w/d) – Bergische Lebensversicherung AG – Wuppertal</li><li>Werkstudent Aktuariat (m/w/d) – Domstadt Versicherung – Köln</li></ul></body></html>""",
    ),
    m(
        "8303",
        "2025-12-03 07:01",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "4 neue Jobs für „Pricing“ in Düsseldorf",
        J("alert", "other"),
        html="""<html><body><h3>Neue Jobs für „Pricing“</h3><ul><li>Pricing Manager Kfz (m/w/d) – Nordlicht Direkt Versicherung AG</li><li>Pricing Analyst Retail – Modehaus Steinberg</li></ul></body></html>""",
    ),
    m(
        "8311",
        "2025-09-12 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„Actuary“: Greyfinch Re, Isarbrook Re und weitere",
        J("alert", "linkedin"),
        html="""<html><body><p>Neue Jobs, die zu Ihren Präferenzen passen</p><p><b>Pricing Actuary, P&amp;C Treaty</b> · Isarbrook Re · München</p><p><b>Reserving Actuary</b> · Greyfinch Re · Remote</p></body></html>""",
    ),
    m(
        "8312",
        "2025-10-31 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Pricing Actuary – Specialty (Remote EMEA) bei Greyfinch Re",
        J("alert", "linkedin"),
        html="""<html><body><p>Ein neuer Job passt zu Ihrer Suche „Actuary remote“.</p><p><b>Pricing Actuary – Specialty (Remote EMEA)</b> · Greyfinch Re · 34 Bewerber:innen</p><p>Einfach bewerben</p></body></html>""",
    ),
    m(
        "8313",
        "2026-01-27 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Halvard Re sucht: Reserving Actuary",
        J("alert", "linkedin"),
        html="""<html><body><p>Halvard Re und 8 weitere Unternehmen stellen ein.</p><p><b>Reserving Actuary</b> · Halvard Re · Köln (Hybrid)</p></body></html>""",
    ),
    m(
        "8321",
        "2025-09-20 09:15",
        "XING Jobs <jobs@mail.xing.com>",
        "Katharina, diese Jobs könnten Sie interessieren",
        J("alert", "other"),
        html="""<html><body><p>Ihre Jobempfehlungen der Woche</p><ul><li>Aktuarin Schaden-/Unfall – Lindenhof Rechtsschutz AG – Düsseldorf</li><li>Aktuar (m/w/d) Pensionsgutachten – Kessler Actuarial Consulting – Köln</li></ul></body></html>""",
    ),
    m(
        "8322",
        "2025-11-08 09:15",
        "XING <mailrobot@mail.xing.com>",
        "Neue Nachricht von Jan-Philipp Roeder",
        J("outreach", "other", role="Aktuar/in Rückstellungen (m/w/d)"),
        html="""<html><body><p>Jan-Philipp Roeder, Recruiter bei einem Personaldienstleister, hat Ihnen eine Nachricht geschickt:</p><blockquote>Hallo Frau Wendeborn, für ein Projekt bei einem Versicherer in Düsseldorf suche ich eine/n Aktuar/in Rückstellungen in Festanstellung. Hätten Sie Interesse? Gruß, J.-P. Roeder</blockquote><p><a href="https://www.xing.com/chats">Antworten</a></p></body></html>""",
    ),
    m(
        "8331",
        "2025-09-27 06:30",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: Versicherungsmathematiker in Köln",
        J("alert", "indeed"),
        html="""<html><body><p>Versicherungsmathematiker Jobs in Köln</p><p>Data Analyst Pricing (m/w/d) – Nordlicht Direkt Versicherung AG – Düsseldorf – Leicht bewerben</p></body></html>""",
    ),
    m(
        "8332",
        "2026-02-06 06:30",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: Aktuar remote",
        J("alert", "indeed"),
        html="""<html><body><p>3 neue Jobs für „Aktuar remote“</p><p>Aktuar (m/w/d) Tarifierung – Tarifwerk – Remote</p></body></html>""",
    ),
    m(
        "8341",
        "2025-09-05 12:00",
        "DAV Stellenbörse <stellenboerse@aktuar.de>",
        "Neue Stellenangebote in der DAV-Stellenbörse",
        J("alert", "other"),
        """Liebe Mitglieder,

in der Stellenbörse der DAV sind diese Woche neue Angebote eingegangen:

- Aktuarin bAV / Pensionskasse (m/w/d), Pensionskasse der Chemieindustrie Leverkusen VVaG
- Verantwortlicher Aktuar (m/w/d), ein Sterbekassenverein im Rheinland
- Actuarial Analyst Life Reinsurance, Northmoor Re, München

Alle Angebote finden Sie im Mitgliederbereich.

Deutsche Aktuarvereinigung e.V.
""",
    ),
    m(
        "8342",
        "2025-11-28 12:00",
        "DAV Stellenbörse <stellenboerse@aktuar.de>",
        "Neue Stellenangebote in der DAV-Stellenbörse",
        J("alert", "other"),
        """Liebe Mitglieder,

neu in der Stellenbörse:

- Senior Actuarial Analyst, Life Reinsurance (m/w/d), Northmoor Re, München
- Aktuar/in Solvency II (m/w/d), Domstadt Versicherung, Köln

Deutsche Aktuarvereinigung e.V.
""",
    ),
    m(
        "8351",
        "2025-10-25 10:10",
        "Colonia Leben Karriere <colonialeben@myworkday.com>",
        "Ihre Bewerbung ist noch nicht abgeschlossen",
        J("alert", "workday", co="Colonia Nova Leben", role="Aktuarin Solvency II (m/w/d)"),
        """Sehr geehrte Frau Wendeborn,

Sie haben begonnen, sich auf die Stelle Aktuarin Solvency II (m/w/d) zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt. Melden Sie sich an, um fortzufahren.

Colonia Nova Lebensversicherung AG
""",
    ),
    m(
        "8352",
        "2025-11-25 08:00",
        "Alpenbank Karriere <alpenbank@myworkday.com>",
        "Ihre Meinung ist uns wichtig: Umfrage zum Bewerbungsprozess",
        J("other_job", "workday", co="Alpenbank"),
        """Sehr geehrte Frau Wendeborn,

Sie haben sich kürzlich bei der Alpenbank beworben. Wir möchten unseren Bewerbungsprozess stetig verbessern und freuen uns, wenn Sie sich 3 Minuten für unsere anonyme Umfrage nehmen.

Zur Umfrage: https://survey.alpenbank.example/kandidaten

Vielen Dank!
Alpenbank AG – Human Resources
""",
    ),
    m(
        "8361",
        "2025-10-12 20:41",
        "Aisling Byrne via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Katharina, pricing opportunity in Dublin (remote friendly)",
        J("outreach", "linkedin", "en", co="Kilbrack Insurance", role="Pricing Manager, Motor"),
        """Hi Katharina,

I'm a recruiter at Kilbrack Insurance in Dublin. We're building out our motor pricing team and your GLM background caught my eye. The role can be largely remote from Germany with quarterly trips to Dublin.

Would you be open to a quick chat?

Aisling Byrne
Talent Acquisition Lead, Kilbrack Insurance
""",
    ),
    m(
        "8362",
        "2026-02-10 14:22",
        "Miriam Tenhagen <m.tenhagen@stratum-personal.de>",
        "Neues Mandat – Aktuarin Leben in Köln?",
        J("outreach", "agency", role="Aktuarin Leben (m/w/d)"),
        """Hallo Frau Wendeborn,

ich habe ein neues Mandat für eine Lebensversicherung in Köln und musste direkt an Sie denken. Haben Sie kurz Zeit?

Viele Grüße
Miriam Tenhagen
Stratum Personalberatung
""",
    ),
    m(
        "8363",
        "2026-02-11 08:15",
        "Miriam Tenhagen <m.tenhagen@stratum-personal.de>",
        "AW: Neues Mandat – Aktuarin Leben in Köln?",
        J("other_job", "agency"),
        """Hallo Frau Wendeborn,

herzlichen Glückwunsch zur neuen Stelle bei der Domstadt! Dann wünsche ich Ihnen einen tollen Start am 1. April – und vielleicht sprechen wir in ein paar Jahren wieder. 😉

Viele Grüße
Miriam Tenhagen
""",
    ),
]
