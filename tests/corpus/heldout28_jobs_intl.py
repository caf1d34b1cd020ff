# ruff: noqa: E501
"""Corpus 28, job mail for Zürich, Luxembourg, Geneva, London and Munich, plus alerts, outreach and
other job mail: specs for ``heldout28.py``."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    tz = kw.pop("tz", None) or ("+0100" if date >= "2025-10-26 03:00" else "+0200")
    return _m(key, date, frm, subject, t, text, html, tz=tz, **kw)


HEL = "Helvetor Instruments"
VAL = "Chasper Caflisch <chasper.caflisch@valmont-search.ch>"
ARD = "Ardent Capital Services"
LQ = "Oliver Prentice <oliver.prentice@lindqvistpartners.co.uk>"
HTS = "Harrowgate Testing Services"
FEN = "Fenwick Ledger"
ISA = "Isarwerk Mobility"
ARV = "Arvensis Pharma"
VIR = "Vireon Gebäudetechnik"

MAIL = [
    # --- 16 Helvetor Instruments AG (Zürich), SuccessFactors -----------------------------------
    m(
        "2850",
        "2025-09-25 09:14",
        "Helvetor Careers <noreply@successfactors.eu>",
        "Bestätigung Ihrer Bewerbung: Head of Group Controlling (80-100%)",
        ("confirmation", HEL, "Head of Group Controlling", 16, "other", "de"),
        """Guten Tag Frau Hollweg

Besten Dank für Ihre Bewerbung als Head of Group Controlling (80-100%) in Zürich-Oerlikon. Wir
haben Ihre Unterlagen erhalten und werden diese nun genau prüfen.

Sie hören so bald wie möglich von uns. Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in
Ihrem Kandidatenprofil.

Freundliche Grüsse
Helvetor Instruments AG
Talent Acquisition

Helvetor Instruments AG | Binzmühlestrasse 95 | 8050 Zürich | Schweiz
""",
    ),
    m(
        "2851",
        "2025-10-08 15:22",
        "Reto Ammann <reto.ammann@helvetor.ch>",
        "Interview Head of Group Controlling – Helvetor",
        ("interview", HEL, "Head of Group Controlling", 16, "direct", "de"),
        """Guten Tag Frau Hollweg

Gerne möchten wir Sie kennenlernen. Anbei sende ich Ihnen die Einladung für ein erstes
Gespräch via MS Teams mit unserem CFO, Herrn Dr. Lukas Wyss, und mir.

Bei Fragen dürfen Sie sich jederzeit bei mir melden.

Freundliche Grüsse
Reto Ammann
Senior Talent Acquisition Partner
""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000A1C93DD0",
            "start": "2025-10-14 16:00:00 +0200",
            "minutes": 60,
            "organizer": ("Reto Ammann", "reto.ammann@helvetor.ch"),
            "summary": "Helvetor | Head of Group Controlling | K. Hollweg",
            "location": "Microsoft Teams Meeting",
            "attendees": [("Dr. Lukas Wyss", "lukas.wyss@helvetor.ch")],
        },
    ),
    m(
        "2852",
        "2025-10-22 11:05",
        "Reto Ammann <reto.ammann@helvetor.ch>",
        "Zweite Runde vor Ort in Zürich",
        ("interview", HEL, "Head of Group Controlling", 16, "direct", "de"),
        """Guten Tag Frau Hollweg

Vielen Dank für das spannende Gespräch mit Herrn Dr. Wyss. Wir würden Sie gerne zu einer zweiten
Runde bei uns in Oerlikon einladen: am 5. November ab 09:30 Uhr, mit je einem Gespräch mit dem
CEO und zwei Divisions-CFOs. Die Reisekosten (Bahn 1. Klasse) übernehmen wir selbstverständlich.

Freundliche Grüsse
Reto Ammann
""",
    ),
    m(
        "2853",
        "2025-11-17 17:30",
        "Reto Ammann <reto.ammann@helvetor.ch>",
        "Head of Group Controlling",
        ("rejection", HEL, "Head of Group Controlling", 16, "direct", "en"),
        """Dear Ms Hollweg

Thank you again for travelling to Zurich and for the time you invested in our process. The
feedback from the panel was very positive, particularly on your experience with group-wide
planning. We have nevertheless decided to continue with a candidate who brings deeper experience
with Swiss GAAP FER and the Swiss tax environment.

I realise this is disappointing after two rounds, and I would be happy to share more detailed
feedback on a call if that is helpful.

Kind regards
Reto Ammann
""",
    ),
    # --- 17 Sennwald Group via Valmont Search: ghosted after first interview ---------------------
    m(
        "2854",
        "2025-10-20 10:40",
        VAL,
        "Confidential – CFO role, Swiss industrial group",
        ("outreach", None, "Chief Financial Officer", None, "agency", "en"),
        """Dear Ms Hollweg,

I am leading a retained CFO search for a family-owned industrial group headquartered in Eastern
Switzerland (CHF 900m revenue, 14 plants across Europe and the US). The family is preparing the
next generation's governance model and wants a CFO who can build a proper group controlling and
M&A function.

I appreciate this may come out of the blue. Would you be open to a short call this week? I am
happy to share more after you have signed our standard confidentiality undertaking.

Best regards,
Chasper Caflisch
Partner, Valmont Search AG, Bahnhofstrasse 24, 8001 Zürich
+41 44 512 80 40
""",
    ),
    m(
        "2855",
        "2025-10-27 08:55",
        VAL,
        "RE: Confidential – CFO role, Swiss industrial group",
        ("other_job", None, "Chief Financial Officer", None, "agency", "en"),
        """Dear Ms Hollweg,

Thank you for the call on Friday. As promised, please find the confidentiality undertaking
attached. Once I have it back, I will send you the full brief including the client's name.

Best regards,
Chasper
""",
        attach=[
            ("Valmont_Confidentiality_Undertaking.pdf", "application/pdf", "%PDF-1.4 placeholder")
        ],
        **reply("2854", VAL),
    ),
    m(
        "2856",
        "2025-11-03 14:12",
        VAL,
        "Project Säntis – brief and meeting with the family",
        ("interview", "Sennwald Group", "Chief Financial Officer", 17, "agency", "en"),
        """Dear Ms Hollweg,

Thank you for returning the signed undertaking. The client is Sennwald Group AG in St. Gallen;
the full brief is attached.

Mr Andri Sennwald (Chairman) and the current CEO would like to meet you in Zurich on
18 November at 14:00 at our offices. Please confirm and I will send the details.

Best regards,
Chasper Caflisch
""",
        attach=[("Project_Saentis_Brief.pdf", "application/pdf", "%PDF-1.4 placeholder")],
    ),
    # --- 18 Ardent Capital Services S.à r.l. (Luxembourg), Greenhouse ----------------------------
    m(
        "2857",
        "2025-10-06 13:33",
        "Ardent Capital Services <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Ardent Capital Services",
        ("confirmation", ARD, "Chief Financial Officer", 18, "greenhouse", "en"),
        """Hi Katrin,

Thanks for applying to Ardent Capital Services S.à r.l. Your application for the Chief Financial
Officer position has been received and our team will be reviewing it shortly.

If your qualifications match our needs, we will reach out to you to schedule next steps.

Best,
The Ardent Talent Team

**Please do not reply to this email. This inbox is not monitored.**
""",
    ),
    m(
        "2858",
        "2025-10-23 10:01",
        "Sophie Muller <sophie.muller@ardent-cs.lu>",
        "Candidature CFO – entretien",
        ("interview", ARD, "Chief Financial Officer", 18, "direct", "fr"),
        """Chère Madame Hollweg,

Nous vous remercions de votre candidature au poste de Chief Financial Officer. Votre parcours a
retenu toute notre attention et nous souhaiterions vous rencontrer dans nos bureaux de Kirchberg.

Seriez-vous disponible le jeudi 6 novembre à 10h00 ? L'entretien se déroulera avec
M. Laurent Schmit, Managing Director, et moi-même (environ 1h30).

Dans l'attente de votre retour, je vous prie d'agréer, Madame, l'expression de mes salutations
distinguées.

Sophie Muller
Head of Human Resources
Ardent Capital Services S.à r.l. · 15, avenue John F. Kennedy · L-1855 Luxembourg
R.C.S. Luxembourg B 241.118
""",
    ),
    m(
        "2859",
        "2025-12-09 16:48",
        "Sophie Muller <sophie.muller@ardent-cs.lu>",
        "Suite à nos entretiens",
        ("rejection", ARD, "Chief Financial Officer", 18, "direct", "fr"),
        """Chère Madame Hollweg,

Nous tenions à vous remercier chaleureusement pour votre disponibilité et la qualité de nos
échanges, notamment lors du dernier tour avec notre Conseil de gérance.

Après mûre réflexion, nous avons toutefois décidé de poursuivre avec une autre candidature, dont
l'expérience de la réglementation CSSF correspond davantage à nos besoins immédiats.

Nous conserverons votre dossier avec votre accord et ne manquerons pas de revenir vers vous si
une opportunité se présente.

Bien cordialement,
Sophie Muller
""",
    ),
    # --- 19 Lémanique Négoce SA (Geneva) via eFinancialCareers -------------------------------------
    m(
        "2860",
        "2025-10-29 22:10",
        "eFinancialCareers <noreply@efinancialcareers.com>",
        "Application confirmation: Head of Financial Control – Geneva",
        ("confirmation", "Lémanique Négoce", "Head of Financial Control", 19, "other", "en"),
        html="""<html><body><p>Hi Katrin,</p>
<p>Your application for <b>Head of Financial Control</b> with <b>Lémanique Négoce SA</b> (Geneva, Switzerland) has been sent.</p>
<p>Job reference: LN-FC-0925</p>
<p>Good luck! You can track all your applications in <a href="https://www.efinancialcareers.com/myefc/applications">My eFC</a>.</p>
<p>The eFinancialCareers team</p></body></html>""",
    ),
    m(
        "2861",
        "2025-11-19 09:26",
        "Recrutement Lémanique Négoce <rh@lemanique-negoce.ch>",
        "Votre candidature – réf. LN-FC-0925",
        ("rejection", "Lémanique Négoce", "Head of Financial Control", 19, "direct", "fr"),
        """Madame,

Nous accusons bonne réception de votre candidature pour le poste de Head of Financial Control et
vous remercions de l'intérêt porté à notre société.

Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre dossier, le
poste requérant une expérience approfondie du négoce de matières premières.

Nous vous souhaitons plein succès dans vos recherches.

Ressources Humaines
Lémanique Négoce SA · Quai du Mont-Blanc 7 · 1201 Genève
""",
    ),
    # --- 20 Harrowgate Testing Services via Lindqvist Partners (London): withdrawn -----------
    m(
        "2862",
        "2025-11-05 09:02",
        LQ,
        "CFO – PE-backed mid-cap, London",
        ("outreach", None, "Chief Financial Officer", None, "agency", "en"),
        """Dear Katrin,

I hope you don't mind the direct approach. We have been retained by a PE-backed mid-cap in the
testing, inspection and certification space (c. £380m revenue, London HQ, strong DACH footprint)
to appoint a Group CFO ahead of a likely exit in 2027.

Your combination of German Mittelstand and sponsor-backed experience stood out. Would you have
20 minutes for a call this week? I am in Frankfurt on Thursday if coffee is easier.

Kind regards,
Oliver Prentice
Partner | Lindqvist Partners
25 Berkeley Square, London W1J 6HN
""",
        tz="+0000",
    ),
    m(
        "2863",
        "2025-11-17 12:30",
        LQ,
        "Harrowgate – first interview with CEO and sponsor",
        ("interview", HTS, "Chief Financial Officer", 20, "agency", "en"),
        """Dear Katrin,

Great to catch up last week. Now that the NDA is signed, I can confirm that the business is
Harrowgate Testing Services, owned by Caldmoor Partners since 2022.

Richard Ellison (CEO) and Priya Anand (Partner, Caldmoor) would like to meet you in London. I have
sent a calendar invitation for 27 November, 15:00 GMT, at Harrowgate's offices on Old Broad
Street.

Kind regards,
Oliver
""",
        tz="+0000",
    ),
    m(
        "2864",
        "2025-11-17 12:34",
        "Oliver Prentice <oliver.prentice@lindqvistpartners.co.uk>",
        "Invitation: Harrowgate CFO – Katrin Hollweg / R. Ellison / P. Anand",
        ("interview", HTS, "Chief Financial Officer", 20, "agency", "en"),
        "You have been invited to the following event.\n\nHarrowgate CFO – Katrin Hollweg / R. Ellison / P. Anand\n"
        "Thu 27 Nov 2025 15:00 – 16:30 (GMT)\n125 Old Broad Street, London EC2N 1AR\n",
        tz="+0000",
        ics={
            "uid": "2p9kq0v5harrowgate@google.com",
            "start": "2025-11-27 15:00:00 +0000",
            "minutes": 90,
            "organizer": ("Oliver Prentice", "oliver.prentice@lindqvistpartners.co.uk"),
            "summary": "Harrowgate CFO – Katrin Hollweg / R. Ellison / P. Anand",
            "location": "125 Old Broad Street, London EC2N 1AR",
            "attendees": [
                ("Richard Ellison", "richard.ellison@harrowgate-ts.co.uk"),
                ("Priya Anand", "priya.anand@caldmoor.co.uk"),
            ],
        },
    ),
    m(
        "2865",
        "2025-11-24 18:15",
        LQ,
        "Re: Harrowgate – withdrawing",
        ("confirmation", HTS, "Chief Financial Officer", 20, "agency", "en"),
        """Dear Katrin,

Thank you for letting me know, and congratulations on the Vireon offer – it's a terrific
role. I completely understand. I've let Richard and Priya know and cancelled Thursday's meeting.

Let's stay in touch; I'd love to hear how the first 100 days go.

Best,
Oliver

On Mon, 24 Nov 2025 at 08:02, Katrin Hollweg <katrin.hollweg@posteo.de> wrote:
> Dear Oliver, I have accepted another offer and would like to withdraw from the Harrowgate
> process. Many thanks for your support.
""",
        st="withdrawn",
        tz="+0000",
    ),
    # --- 21 Fenwick Ledger (London fintech), Greenhouse ----------------------------------------
    m(
        "2866",
        "2025-09-09 16:20",
        "Fenwick Ledger <no-reply@us.greenhouse-mail.io>",
        "Your application to Fenwick Ledger",
        ("confirmation", FEN, "Finance Director DACH", 21, "greenhouse", "en"),
        """Hi Katrin,

Thanks so much for your interest in joining Fenwick Ledger! We've received your application for
Finance Director, DACH (Frankfurt or London) and the hiring team will review it soon.

Unfortunately we're not able to respond to every applicant individually, but we will be in touch
if your background fits what we're looking for.

Cheers,
Fenwick Ledger Recruiting
""",
    ),
    m(
        "2867",
        "2025-09-23 10:44",
        "Hannah Doyle <hannah.doyle@fenwickledger.com>",
        "Fenwick Ledger – take-home exercise",
        ("assessment", FEN, "Finance Director DACH", 21, "greenhouse", "en"),
        """Hi Katrin,

Thanks for chatting with me on Friday! As discussed, the next step is a short take-home: you'll
find a data pack on our German entity and a brief asking for a FY26 budget bridge and a view on
the entity's intercompany set-up. Please upload your slides via the Greenhouse link below by
Tuesday 30 September.

https://app.greenhouse.io/tests/8c1e4a7b2f?utm_medium=email

Best,
Hannah
Talent Partner, Fenwick Ledger
""",
    ),
    m(
        "2868",
        "2025-10-10 13:12",
        "Fenwick Ledger <no-reply@us.greenhouse-mail.io>",
        "Update from Fenwick Ledger",
        ("rejection", FEN, "Finance Director DACH", 21, "greenhouse", "en"),
        """Hi Katrin,

Thank you for the time you've spent with us, including the take-home exercise – the team really
appreciated the thought you put into it.

After careful consideration we've decided to move forward with other candidates whose
experience is more closely aligned with the scope of this role at this stage.

We wish you all the best,
Fenwick Ledger Recruiting
""",
    ),
    # --- 22 Banque Ducale de Luxembourg via LinkedIn then Workday: ghosted ----------------------
    m(
        "2869",
        "2025-12-03 19:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Katrin, your application was sent to Banque Ducale de Luxembourg",
        (
            "confirmation",
            "Banque Ducale de Luxembourg",
            "Head of Financial Control",
            22,
            "linkedin",
            "en",
        ),
        html="""<html><body><p>Your application was sent to Banque Ducale de Luxembourg</p>
<p><b>Head of Financial Control</b><br>Banque Ducale de Luxembourg · Luxembourg (On-site)</p>
<p>Applied on December 3, 2025</p><p><a href="https://www.linkedin.com/jobs/view/4333019852/">View job</a></p></body></html>""",
    ),
    m(
        "2870",
        "2025-12-03 19:52",
        "Banque Ducale de Luxembourg <bdl@myworkday.com>",
        "Merci pour votre candidature",
        (
            "confirmation",
            "Banque Ducale de Luxembourg",
            "Head of Financial Control",
            22,
            "workday",
            "fr",
        ),
        """Madame Hollweg,

Nous vous remercions pour l'intérêt que vous portez à la Banque Ducale de Luxembourg S.A. et
accusons réception de votre candidature au poste « Head of Financial Control » (JR-10448).

Notre équipe Talent Acquisition examinera votre dossier avec attention. Vous pouvez suivre
l'état de votre candidature dans votre espace candidat.

Cordialement,
Talent Acquisition – Banque Ducale de Luxembourg
""",
    ),
    # --- 23 Isarwerk Mobility AG (Munich), Workday ------------------------------------------------
    m(
        "2871",
        "2025-11-11 08:20",
        "Isarwerk Mobility <isarwerk@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung bei Isarwerk",
        ("confirmation", ISA, "Vice President Controlling", 23, "workday", "de"),
        """Hallo Katrin,

vielen Dank für Ihre Bewerbung als Vice President Controlling (JR-2025-7714) bei der Isarwerk
Mobility AG. Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie geprüft haben.

Beste Grüße
Ihr Isarwerk Recruiting Team
""",
    ),
    m(
        "2872",
        "2025-11-28 12:00",
        "Julia Stadler <julia.stadler@isarwerk.de>",
        "Einladung zum Interview – VP Controlling",
        ("interview", ISA, "Vice President Controlling", 23, "direct", "de"),
        """Hallo Frau Hollweg,

wir würden Sie gerne persönlich kennenlernen! Herr Baumann (CFO) hat am 9. Dezember zwischen
13 und 17 Uhr Zeit für ein Gespräch in unserer Zentrale in München-Freimann. Welcher Slot passt
Ihnen?

Viele Grüße
Julia Stadler
Executive Talent Acquisition, Isarwerk Mobility AG
""",
    ),
    m(
        "2873",
        "2025-12-04 09:10",
        "Julia Stadler <julia.stadler@isarwerk.de>",
        "AW: Einladung zum Interview – VP Controlling",
        ("confirmation", ISA, "Vice President Controlling", 23, "direct", "de"),
        """Hallo Frau Hollweg,

verstehe ich gut, herzlichen Glückwunsch zu Ihrer neuen Position! Dann sage ich den Termin am
9. Dezember ab und nehme Ihre Bewerbung aus dem Prozess.

Alles Gute für den Start!
Julia Stadler
""",
        st="withdrawn",
        **reply("2872", "julia.stadler@isarwerk.de"),
    ),
    # --- 24 Alpenmolkerei Huber via rexx: "leider" in the confirmation, then ghosted ---------
    m(
        "2874",
        "2025-09-17 07:45",
        "Alpenmolkerei Huber <jobs@alpenmolkerei-huber.rexx-recruitment.com>",
        "Eingangsbestätigung – Leitung Finanzen & Controlling (m/w/d)",
        (
            "confirmation",
            "Alpenmolkerei Huber",
            "Leitung Finanzen & Controlling",
            24,
            "other",
            "de",
        ),
        """Sehr geehrte Frau Hollweg,

vielen Dank für Ihre Bewerbung als Leitung Finanzen & Controlling (m/w/d) am Standort
Rosenheim. Ihre Unterlagen sind vollständig bei uns eingegangen.

Leider kann es aufgrund der zahlreichen Zuschriften und der Urlaubszeit einige Wochen dauern,
bis wir uns bei Ihnen melden. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Alpenmolkerei Huber GmbH & Co. KG
Personalabteilung
""",
    ),
    m(
        "2875",
        "2025-10-16 14:25",
        "Georg Huber <g.huber@alpenmolkerei-huber.de>",
        "Gespräch in Rosenheim",
        ("interview", "Alpenmolkerei Huber", "Leitung Finanzen & Controlling", 24, "direct", "de"),
        """Grüß Gott Frau Hollweg,

entschuldigen Sie bitte die lange Wartezeit. Ich würde Sie gern zu einem Gespräch bei uns in
Rosenheim einladen – gerne am 29. oder 30. Oktober, jeweils vormittags. Sagen Sie mir einfach,
was Ihnen passt.

Freundliche Grüße
Georg Huber
Geschäftsführer
""",
    ),
    # --- 25 Vogelsberg Feinchemie via softgarden ---------------------------------------------
    m(
        "2876",
        "2025-10-24 11:35",
        "Vogelsberg Feinchemie GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung ist eingegangen",
        ("confirmation", "Vogelsberg Feinchemie", "CFO", 25, "other", "de"),
        """Sehr geehrte Frau Hollweg,

herzlichen Dank für Ihre Bewerbung als CFO (m/w/d) bei der Vogelsberg Feinchemie GmbH. Wir
freuen uns über Ihr Interesse!

Über den weiteren Verlauf informieren wir Sie in Kürze. Den Status Ihrer Bewerbung können Sie
jederzeit im Bewerberportal einsehen:
https://vogelsberg-feinchemie.softgarden.io/de/applicant/status

Viele Grüße
Ihr HR-Team der Vogelsberg Feinchemie
""",
    ),
    m(
        "2877",
        "2025-11-07 10:50",
        "Vogelsberg Feinchemie GmbH <noreply@softgarden.io>",
        "Ihre Bewerbung als CFO (m/w/d)",
        ("rejection", "Vogelsberg Feinchemie", "CFO", 25, "other", "de"),
        """Sehr geehrte Frau Hollweg,

nochmals vielen Dank für Ihre Bewerbung. Wir haben uns die Entscheidung nicht leicht gemacht.
Leider müssen wir Ihnen heute mitteilen, dass wir uns für eine andere Kandidatin entschieden
haben.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.

Viele Grüße
Ihr HR-Team der Vogelsberg Feinchemie
""",
    ),
    # --- 26 Mainbrücke Asset Management via Personio ------------------------------------------
    m(
        "2878",
        "2025-09-02 18:20",
        "Mainbrücke Asset Management GmbH <no-reply@personio.de>",
        "Your application: Head of Finance (m/f/d)",
        ("confirmation", "Mainbrücke Asset Management", "Head of Finance", 26, "personio", "en"),
        """Dear Katrin Hollweg,

thank you for your application for the position Head of Finance (m/f/d) at Mainbrücke Asset
Management GmbH. We have received your documents and will get back to you shortly.

Kind regards
Mainbrücke Asset Management – HR
""",
    ),
    m(
        "2879",
        "2025-09-26 08:33",
        "Mainbrücke Asset Management GmbH <no-reply@personio.de>",
        "Your application: Head of Finance (m/f/d)",
        ("rejection", "Mainbrücke Asset Management", "Head of Finance", 26, "personio", "en"),
        """Dear Katrin Hollweg,

thank you very much for your interest in Mainbrücke Asset Management and for the time you took to
apply.

We received a large number of strong applications. Having carefully reviewed your profile, we
regret to inform you that we will not be taking your application further on this occasion.

Kind regards
Mainbrücke Asset Management – HR
""",
    ),
    # --- alerts ---------------------------------------------------------------------------------
    m(
        "2880",
        "2025-09-04 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“Head of Controlling”: Nordwerk Logistics – Head of Group Reporting and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Your job alert for <b>Head of Controlling</b> in Frankfurt Rhine-Main Metropolitan Area</p>
<p>8 new jobs match your preferences.</p>
<ul><li><a href="https://www.linkedin.com/jobs/view/4298813377/">Head of Group Reporting (m/f/d)</a> – Nordwerk Logistics SE – Frankfurt am Main</li>
<li><a href="https://www.linkedin.com/jobs/view/4298100210/">Head of Controlling (all genders)</a> – Quellstein Software GmbH – Eschborn</li>
<li><a href="https://www.linkedin.com/jobs/view/4297711908/">Director FP&amp;A EMEA</a> – Orrin Biosciences – Frankfurt (Hybrid)</li></ul>
<p><a href="https://www.linkedin.com/jobs/search/">See all jobs</a></p>
<p style="font-size:10px">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts">Manage alerts</a> · Unsubscribe</p></body></html>""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    ),
    m(
        "2881",
        "2025-09-20 06:30",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für „CFO“ in Frankfurt am Main",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Hallo Katrin Hollweg,</p><p>Ihr Jobagent hat 12 neue Treffer für <b>CFO</b> im Umkreis von 50 km um Frankfurt am Main gefunden:</p>
<ul><li>Kaufmännischer Geschäftsführer (m/w/d) – Greiner Verpackung GmbH &amp; Co. KG – Hanau</li>
<li>CFO (m/w/d) – Vogelsberg Feinchemie GmbH – Lauterbach</li>
<li>Leiter Finanzen (m/w/d) – Wetterau Elektro GmbH – Friedberg</li></ul>
<p><a href="https://www.stepstone.de/jobagent">Alle Treffer ansehen</a> · <a href="https://www.stepstone.de/jobagent/abmelden">Jobagent abbestellen</a></p></body></html>""",
    ),
    m(
        "2882",
        "2025-10-13 07:15",
        "XING <mail@xing.com>",
        "Katrin, diese Jobs könnten Sie interessieren",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Ihre Stellenempfehlungen der Woche</p>
<p><b>Leitung Konzernrechnungswesen (m/w/d)</b> – Rheinfels Versicherung AG, Wiesbaden<br>
<b>CFO (m/w/d)</b> – PE-finanziertes Softwareunternehmen, Rhein-Main<br>
<b>Head of Finance (w/m/d)</b> – Fahrwerk Bikes GmbH, Darmstadt</p>
<p><a href="https://www.xing.com/jobs/my">Alle Empfehlungen</a></p></body></html>""",
    ),
    m(
        "2883",
        "2025-11-02 08:00",
        "eFinancialCareers Job Alerts <jobalerts@efinancialcareers.com>",
        "New jobs for you: Finance Director in Luxembourg",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body><p>Hi Katrin, here are the latest jobs matching <b>Finance Director – Luxembourg</b>:</p>
<ol><li>Head of Financial Control – Banque Ducale de Luxembourg</li><li>Finance Director – Ortolan Fund Services S.A.</li><li>CFO – Alcyon Re S.A.</li></ol>
<p><a href="https://www.efinancialcareers.com/jobs-Luxembourg">View all</a></p></body></html>""",
    ),
    m(
        "2884",
        "2025-12-15 07:45",
        "Indeed <alert@indeed.com>",
        "Neue Jobs: Leiter Controlling, München",
        ("alert", None, None, None, "indeed", "de"),
        html="""<html><body><p>Neue Jobs für <b>Leiter Controlling</b> in München, Bayern</p>
<p>Head of Controlling (m/w/d) – Pfeffer Lebensmittel GmbH – Garching · 95.000 € – 120.000 € pro Jahr<br>
Leiter Konzerncontrolling (m/w/d) – Isarwerk Mobility AG – München · Einfach bewerben</p>
<p><a href="https://de.indeed.com/jobs?q=Leiter+Controlling&amp;l=M%C3%BCnchen">Alle Jobs ansehen</a></p>
<p style="font-size:10px">Indeed Ireland Operations Ltd.</p></body></html>""",
    ),
    m(
        "2885",
        "2025-10-30 11:00",
        "Experteer <service@experteer.de>",
        "3 Headhunter haben Ihr Profil diese Woche angesehen",
        ("alert", None, None, None, "other", "de"),
        html="""<html><body><p>Sehr geehrte Frau Hollweg,</p><p>diese Woche haben sich <b>3 Headhunter</b> und <b>2 Unternehmen</b> Ihr Profil angesehen.
Außerdem gibt es 14 neue Top-Positionen über 150.000 EUR in Ihrer Region.</p>
<p><a href="https://www.experteer.de/premium">Mit Premium sehen, wer es war</a></p></body></html>""",
    ),
    m(
        "2886",
        "2025-11-12 09:40",
        "Kronberg Re Careers <kronbergre@myworkday.com>",
        "Your application is not complete yet",
        (
            "alert",
            "Kronberg Re",
            "Head of Planning & Performance Management",
            None,
            "workday",
            "en",
        ),
        """Hello Katrin,

You started an application for Head of Planning & Performance Management but haven't submitted
it yet. Your progress has been saved – pick up where you left off:

https://kronbergre.wd3.myworkdayjobs.com/en-US/Careers/job/Kronberg/Head-of-Planning_R-2291

Kronberg Re Talent Acquisition
""",
    ),
    m(
        "2887",
        "2025-09-27 15:10",
        "Helvetor Careers <noreply@successfactors.eu>",
        "Willkommen in der Helvetor Talent Community",
        ("alert", HEL, None, None, "other", "de"),
        """Guten Tag Frau Hollweg

Herzlich willkommen in unserer Talent Community! Sie erhalten ab sofort passende Stellen und News
rund um Helvetor. Ihre Präferenzen können Sie jederzeit im Kandidatenprofil ändern.

Freundliche Grüsse
Helvetor Talent Acquisition
""",
    ),
    m(
        "2888",
        "2026-01-20 10:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Arvensis Pharma is hiring: Vice President Finance Business Partnering",
        ("alert", ARV, "Vice President Finance Business Partnering", None, "linkedin", "en"),
        html="""<html><body><p>Arvensis Pharma, a company you follow, is hiring.</p>
<p><b>Vice President Finance Business Partnering</b> · Darmstadt, Hesse, Germany · 2 connections work here</p>
<p><a href="https://www.linkedin.com/jobs/view/4351000287/">View job</a></p></body></html>""",
    ),
    # --- outreach -------------------------------------------------------------------------------
    m(
        "2889",
        "2025-09-16 14:51",
        "Amelia Hart via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Group Financial Controller opportunity – London",
        (
            "outreach",
            "Stonebridge Merchant Bank",
            "Group Financial Controller",
            None,
            "linkedin",
            "en",
        ),
        html="""<html><body><p><b>Amelia Hart</b> · Talent Acquisition Lead at Stonebridge Merchant Bank</p>
<p>Hi Katrin, I came across your profile and thought you might be interested in our Group Financial Controller role in London.
We're building out the finance leadership team following our banking licence extension. Open to a chat?</p>
<p><a href="https://www.linkedin.com/messaging/">Reply</a></p></body></html>""",
        tz="+0100",
    ),
    m(
        "2890",
        "2025-10-28 09:30",
        "Dr. Konstantin Oberfeld <k.oberfeld@oberfeld-partner.de>",
        "Vertrauliche Anfrage: CFO eines familiengeführten Konsumgüterherstellers (Bayern)",
        ("outreach", None, "CFO", None, "agency", "de"),
        """Sehr geehrte Frau Hollweg,

im Auftrag eines familiengeführten Konsumgüterherstellers aus Oberbayern (ca. 700 Mio. EUR Umsatz)
suchen wir eine/n CFO mit Berichtslinie an die Gesellschafterversammlung. Ihr Name wurde uns
von einer gemeinsamen Bekannten genannt.

Ich würde Ihnen die Position gern telefonisch näher erläutern. Wann passt es Ihnen?

Mit freundlichen Grüßen
Dr. Konstantin Oberfeld
Oberfeld & Partner Personalberatung · Maximilianstraße 35 · 80539 München
""",
    ),
    m(
        "2891",
        "2025-12-10 11:18",
        "Camille Reuter <c.reuter@luxtalent-partners.lu>",
        "Opportunité – Directeur Financier, gestionnaire d'actifs (Luxembourg)",
        ("outreach", None, "Directeur Financier", None, "agency", "fr"),
        """Bonjour Madame Hollweg,

Je me permets de vous contacter au sujet d'une opportunité de Directeur Financier (H/F) pour un
gestionnaire d'actifs indépendant basé au Luxembourg. Votre expérience en contrôle de gestion
groupe correspondrait parfaitement au profil recherché.

Seriez-vous disponible pour un échange téléphonique cette semaine ?

Bien à vous,
Camille Reuter
LuxTalent Partners S.à r.l.
""",
    ),
    m(
        "2892",
        "2026-02-10 16:00",
        "Oliver Prentice <oliver.prentice@lindqvistpartners.co.uk>",
        "Quick one – NED role?",
        ("outreach", None, "Non-Executive Director", None, "agency", "en"),
        """Hi Katrin,

Hope the first weeks at Vireon are going well! Slightly cheeky question: a client of ours, a
listed UK business with a German subsidiary, is looking for a non-executive director to chair
its audit committee. Time commitment is about 15 days a year. Any interest, now or later?

Best,
Oliver
""",
        tz="+0000",
    ),
    # --- other job mail -------------------------------------------------------------------------
    m(
        "2893",
        "2025-09-30 06:54",
        "Arvensis Pharma <arvensis@myworkday.com>",
        "Verify your candidate account",
        ("other_job", ARV, None, None, "workday", "en"),
        """Hello,

Please verify your email address to finish creating your candidate account for Arvensis Pharma
SE careers. Your verification code is 604 218. The code expires in 15 minutes.

If you did not request this, please ignore this email.
""",
    ),
    m(
        "2894",
        "2025-11-10 12:10",
        "softgarden <survey@softgarden.io>",
        "Wie war Ihr Bewerbungserlebnis bei Vogelsberg Feinchemie?",
        ("other_job", "Vogelsberg Feinchemie", "CFO", None, "other", "de"),
        html="""<html><body><p>Sehr geehrte Frau Hollweg,</p><p>Sie haben sich kürzlich bei der Vogelsberg Feinchemie GmbH beworben.
Helfen Sie uns mit 2 Minuten Ihrer Zeit: Wie zufrieden waren Sie mit dem Bewerbungsprozess?</p>
<p><a href="https://survey.softgarden.io/r/8xk2m">Zur Umfrage</a></p></body></html>""",
    ),
    m(
        "2895",
        "2025-10-24 14:02",
        "Tobias Hagedorn <t.hagedorn@hagedorn-personalberatung.de>",
        "Automatische Antwort: Vireon – Rückfragen",
        ("other_job", VIR, None, None, "agency", "de"),
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 31.10. im Urlaub und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
Frau Lisa Krämer (l.kraemer@hagedorn-personalberatung.de, 069 9451 220).

Tobias Hagedorn
""",
    ),
    m(
        "2896",
        "2025-11-10 10:30",
        "Tobias Hagedorn <t.hagedorn@hagedorn-personalberatung.de>",
        "Referenzen Vireon",
        ("other_job", VIR, "CFO", None, "agency", "de"),
        """Liebe Frau Hollweg,

damit wir das Angebot zügig finalisieren können, würde ich gern diese Woche die Referenzgespräche
führen. Könnten Sie mir die Kontaktdaten von zwei bis drei Referenzgebern (idealerweise ein
früherer Vorgesetzter und ein Aufsichtsratsmitglied) schicken?

Beste Grüße
Tobias Hagedorn
""",
    ),
    m(
        "2897",
        "2025-10-06 13:31",
        "Greenhouse <no-reply@greenhouse.io>",
        "Your MyGreenhouse verification code",
        ("other_job", None, None, None, "greenhouse", "en"),
        """Your MyGreenhouse security code is: 48213907

Enter this code to sign in and view your applications. This code expires in 10 minutes.

If you didn't request this, you can ignore this email.
""",
    ),
]
