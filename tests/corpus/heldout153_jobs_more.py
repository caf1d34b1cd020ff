# ruff: noqa: E501, RUF100
"""Corpus 153, job mail part two (data only): see heldout153.py.

The job boards' applications, the Personalberatung, the public boards, and the alerts, outreach and
other job mail that belong to no application."""

from __future__ import annotations

from heldout153_jobs import (
    BK,
    BKR,
    CK,
    CKR,
    FW,
    FWR,
    JP,
    JPR,
    KB,
    KBR,
    KU,
    KUR,
    OD,
    ODR,
    VB,
    VBR,
    WE,
    WER,
    WM,
    WMR,
    A,
    J,
    ics,
    m,
    reply,
)

# --- Kältetechnik Brinkmann (StepStone) -------------------------------------------------------

kb_conf = m(
    "b3x0",
    "2025-09-08 20:37",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    A("confirmation", KB, KBR, 1, "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff" cellpadding="20"><tr><td>
<img src="https://www.stepstone.de/upload_DE/logo/stepstone_logo.png" alt="StepStone" width="130">
<h2 style="color:#0c2577">Gut gemacht, Svenja!</h2>
<p>Ihre Bewerbung wurde erfolgreich an das Unternehmen versendet:</p>
<table cellpadding="6" style="border:1px solid #e1e1e1;width:100%">
<tr><td><b>IT-Administrator (m/w/d)</b><br>Kältetechnik Brinkmann GmbH &amp; Co. KG<br>Oldenburg (Oldb)</td></tr>
</table>
<p>Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbungen finden Sie unter <a href="https://www.stepstone.de/de/candidate/applications?cid=mail_apply_conf">Meine Bewerbungen</a>.</p>
<p><b>Ähnliche Jobs, die Sie interessieren könnten:</b><br>
<a href="https://www.stepstone.de/stellenangebote--Systemadministrator-Bremen--11834211.html">Systemadministrator (m/w/d) – Bremen</a><br>
<a href="https://www.stepstone.de/stellenangebote--IT-Supporter-Delmenhorst--11830977.html">IT-Supporter 2nd Level (m/w/d) – Delmenhorst</a></p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf<br>Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben.</p>
</td></tr></table></body></html>
""",
)

kb_rej = m(
    "b3x1",
    "2025-10-08 11:09",
    "Brinkmann, Heike <h.brinkmann@kaeltetechnik-brinkmann.example>",
    "Ihre Bewerbung",
    A("rejection", KB, KBR, 1, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass die Stelle zwischenzeitlich anderweitig besetzt wurde. Ihre Unterlagen werden wir datenschutzkonform löschen.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen

Heike Brinkmann
Personal / Buchhaltung

Kältetechnik Brinkmann GmbH & Co. KG
Kälte – Klima – Wärmepumpen
Posthalterweg 14 · 26129 Oldenburg
Tel. 0441 77 20 13-0 · Fax -99
""",
)

# --- Weser-Ems Medizintechnik (Indeed), ghosted after "angesehen" -----------------------------

wm_conf = m(
    "b3x2",
    "2025-09-22 22:48",
    "Indeed Apply <indeedapply@indeed.com>",
    "Bewerbung übermittelt: Systemadministrator Windows / M365 (m/w/d)",
    A("confirmation", WM, WMR, 6, "indeed"),
    """\
Indeed

Ihre Bewerbung wurde übermittelt

Systemadministrator Windows / M365 (m/w/d)
Weser-Ems Medizintechnik GmbH – Delmenhorst

Die folgenden Elemente wurden an den Arbeitgeber gesendet:
• Lebenslauf: Lebenslauf_Kuhlmann-Ahrens_2025.pdf
• Anschreiben
• Antworten auf 4 Fragen des Arbeitgebers

Sie können den Status Ihrer Bewerbung unter „Meine Jobs“ verfolgen:
https://myjobs.indeed.com/applied?from=ia_confirm

Viel Glück!
Das Indeed-Team

––
© 2025 Indeed · Datenschutz: https://hrtechprivacy.com/de/brands/indeed · Sie erhalten diese E-Mail aufgrund Ihrer Bewerbung über Indeed.
""",
)

wm_view = m(
    "b3x3",
    "2025-10-03 07:12",
    "Indeed <donotreply@match.indeed.com>",
    "Neuigkeiten zu Ihrer Bewerbung bei Weser-Ems Medizintechnik GmbH",
    A("viewed", WM, WMR, 6, "indeed"),
    """\
Hallo Svenja,

gute Nachrichten: Der Arbeitgeber hat sich Ihre Bewerbung angesehen.

Systemadministrator Windows / M365 (m/w/d)
Weser-Ems Medizintechnik GmbH – Delmenhorst
Angesehen am 02.10.2025

Nicht jede angesehene Bewerbung führt zu einer Kontaktaufnahme. Bewerben Sie sich am besten auf weitere passende Stellen:
https://de.indeed.com/jobs?q=Systemadministrator&l=Bremen&from=ia_viewed

Das Indeed-Team

Abmelden: https://de.indeed.com/unsubscribe?t=applystatus
""",
    headers={"List-Unsubscribe": "<https://de.indeed.com/unsubscribe?t=applystatus>"},
)

# --- Weserenergie Netz via Kranich & Voss Personalberatung (client named late) ---------------

we_out = m(
    "c5y0",
    "2025-10-07 12:25",
    "Thorsten Kranich <t.kranich@kranich-voss.example>",
    "Vertrauliche Anfrage – IT-Security / KRITIS, Raum Bremen",
    J("outreach", "agency", None, WER),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

ich bin auf Ihr Profil bei XING aufmerksam geworden und möchte Ihnen vertraulich eine Position vorstellen, die aus meiner Sicht gut zu Ihrem Werdegang passt.

Mein Mandant, ein etablierter Netzbetreiber aus der Energiewirtschaft im Raum Bremen, sucht im Zuge des Ausbaus seines Informationssicherheits-Managements eine/n

IT-Security Administrator OT / KRITIS (m/w/d)

Eckdaten:
– Betreuung und Härtung der IT/OT-Schnittstellen (Leitsysteme, Fernwirktechnik)
– Mitarbeit an ISMS nach ISO 27001 / IT-Sicherheitskatalog der BNetzA
– Tarifvertrag (AVEW), 38-Std.-Woche, sehr sicherer Arbeitsplatz
– Zielgehalt je nach Erfahrung 60–68 T€

Den Namen meines Mandanten nenne ich Ihnen gern in einem ersten, unverbindlichen Telefonat. Hätten Sie in dieser oder der nächsten Woche 15 Minuten Zeit?

Mit freundlichen Grüßen

Thorsten Kranich
Geschäftsführender Partner

Kranich & Voss Personalberatung GmbH
Executive Search · IT & Energie
Langenstraße 52 · 28195 Bremen
Mobil +49 171 4420 817
www.kranich-voss.example
""",
)

we_conf = m(
    "c5y1",
    "2025-10-13 17:48",
    "Thorsten Kranich <t.kranich@kranich-voss.example>",
    "Ihre Vorstellung bei unserem Mandanten",
    A("confirmation", WE, WER, 14, "agency"),
    """\
Liebe Frau Kuhlmann-Ahrens,

vielen Dank für das offene Telefonat heute Vormittag. Wie besprochen habe ich Ihr Profil (anonymisiert vorab, jetzt mit Ihrem Einverständnis vollständig) unserem Mandanten, der Weserenergie Netz GmbH, vorgestellt.

Ansprechpartner dort ist Herr Dr. Falk Rademacher, Leiter Informationssicherheit. Ich rechne mit einer ersten Rückmeldung innerhalb der nächsten zwei Wochen und melde mich dann sofort bei Ihnen.

Bitte schicken Sie mir noch Ihre Arbeitszeugnisse als ein PDF – das Zwischenzeugnis von 2023 genügt.

Herzliche Grüße
Thorsten Kranich

Kranich & Voss Personalberatung GmbH · Langenstraße 52 · 28195 Bremen
""",
)

we_ooo = m(
    "c5y2",
    "2025-10-15 08:02",
    "Thorsten Kranich <t.kranich@kranich-voss.example>",
    "Abwesenheitsnotiz: Zeugnisse Kuhlmann-Ahrens",
    J("other_job", "agency"),
    """\
Vielen Dank für Ihre Nachricht.

Ich bin bis zum 20.10.2025 auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen erreichen Sie meine Kollegin Dr. Julia Voss unter j.voss@kranich-voss.example oder telefonisch unter 0421 4388 650.

Mit freundlichen Grüßen
Thorsten Kranich
Kranich & Voss Personalberatung GmbH
""",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
)

we_int = m(
    "c5y3",
    "2025-10-28 10:17",
    "Thorsten Kranich <t.kranich@kranich-voss.example>",
    "Termin Weserenergie Netz – 04.11., 10:00 Uhr",
    A("interview", WE, WER, 14, "agency"),
    """\
Liebe Frau Kuhlmann-Ahrens,

sehr gute Nachrichten: Herr Dr. Rademacher möchte Sie kennenlernen!

Dienstag, 04.11.2025, 10:00 – 11:30 Uhr
Weserenergie Netz GmbH, Theodor-Heuss-Allee 8, 28215 Bremen, Empfang Haus B
Gesprächspartner: Dr. Falk Rademacher (Leiter Informationssicherheit), Silke Otten (Personal)

Ich habe Ihnen eine Kalendereinladung geschickt. Lassen Sie uns am Montag um 18 Uhr noch kurz telefonieren – ich gebe Ihnen ein paar Hintergründe zum Team und zu den Themen, die Herrn Rademacher umtreiben (Stichwort: Leitstellen-Segmentierung).

Viel Erfolg und herzliche Grüße
Thorsten Kranich
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B7A8C9D0E1F2DB01000000000000000010000000KVWE01",
        "2025-11-04 10:00",
        "Vorstellungsgespräch Weserenergie Netz (Dr. Rademacher) – Kuhlmann-Ahrens",
        ("Thorsten Kranich", "t.kranich@kranich-voss.example"),
        style="outlook",
        minutes=90,
        location="Weserenergie Netz GmbH, Theodor-Heuss-Allee 8, 28215 Bremen, Haus B",
    ),
)

we_rej = m(
    "c5y4",
    "2025-11-19 19:33",
    "Thorsten Kranich <t.kranich@kranich-voss.example>",
    "Rückmeldung Weserenergie",
    A("rejection", WE, WER, 14, "agency"),
    """\
Liebe Frau Kuhlmann-Ahrens,

wie eben schon kurz auf Ihrer Mailbox angekündigt: Ich habe heute die Rückmeldung von Herrn Dr. Rademacher bekommen, und sie ist leider nicht die, die wir uns gewünscht haben.

Sie haben im Gespräch einen sehr guten Eindruck hinterlassen, fachlich wie persönlich. Die Weserenergie hat sich nun aber entschieden, die Stelle mit einem internen Kandidaten aus der Leittechnik zu besetzen, der die OT-Seite bereits seit Jahren kennt. Die Position ist damit vergeben.

Ich ärgere mich ehrlich gesagt ein bisschen mit Ihnen. Wenn Sie einverstanden sind, behalte ich Sie für vergleichbare Mandate im Blick – im Frühjahr kommt im Energiebereich einiges.

Herzliche Grüße
Thorsten Kranich
""",
)

# --- Bundesinstitut für Küsten- und Meeresdaten (Interamt) ------------------------------------

bk_conf = m(
    "d7z0",
    "2025-10-16 21:09",
    "Interamt <noreply@interamt.de>",
    "Interamt: Ihre Bewerbung auf das Stellenangebot 1189734",
    A("confirmation", BK, BKR, 15, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

Ihre Bewerbung auf das folgende Stellenangebot wurde erfolgreich an die ausschreibende Stelle übermittelt:

Stellenangebots-ID: 1189734
Titel: IT-Sicherheitsbeauftragte/IT-Sicherheitsbeauftragter (m/w/d)
Behörde: Bundesinstitut für Küsten- und Meeresdaten (BKMD), Hamburg
Bewerbungsfrist: 02.11.2025

Den Stand Ihrer Bewerbung können Sie in Ihrem Interamt-Konto unter „Meine Bewerbungen“ einsehen. Bitte beachten Sie, dass die weitere Kommunikation zum Auswahlverfahren in der Regel direkt durch die ausschreibende Behörde erfolgt.

Mit freundlichen Grüßen
Ihr Interamt-Team

Interamt – Das Stellenportal für den öffentlichen Dienst
Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
)

bk_rej = m(
    "d7z1",
    "2026-01-14 10:44",
    "BKMD Referat Z 2 <personal@bkmd.example>",
    "Ihre Bewerbung – Kennzahl BKMD-2025-IT-07",
    A("rejection", BK, BKR, 15, "direct"),
    """\
Bundesinstitut für Küsten- und Meeresdaten
Referat Z 2 – Personal
Bernhard-Nocht-Straße 78, 20359 Hamburg

Geschäftszeichen: Z 2 – 1331/25-07

Sehr geehrte Frau Kuhlmann-Ahrens,

Sie hatten sich auf die Stelle einer/eines IT-Sicherheitsbeauftragten (m/w/d), Entgeltgruppe 12 TVöD (Bund), beworben.

Nach Abschluss des Auswahlverfahrens teile ich Ihnen mit, dass die Wahl auf eine andere Bewerberin bzw. einen anderen Bewerber gefallen ist. Maßgeblich für die Auswahlentscheidung war der in der Ausschreibung geforderte Nachweis einer Qualifikation als IT-Sicherheitsbeauftragte/r sowie langjährige Erfahrung mit dem IT-Grundschutz des BSI.

Ich bedanke mich für Ihr Interesse an einer Tätigkeit im BKMD und wünsche Ihnen für Ihren weiteren beruflichen Lebensweg alles Gute.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens vernichtet bzw. gelöscht.

Mit freundlichen Grüßen
Im Auftrag

Haverkamp

Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.
""",
)

# --- Cloudkontor (Hamburg Microsoft partner; LinkedIn, then the Azure lab) --------------------

ck_hiring = m(
    "e1a0",
    "2025-10-20 07:45",
    "LinkedIn <jobs-listings@linkedin.com>",
    "Cloudkontor stellt ein: Azure Cloud Engineer (m/w/d)",
    J("alert", "linkedin", CK, CKR),
    html="""\
<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p style="color:#0a66c2;font-weight:bold">in</p>
<p>Hallo Svenja,</p>
<p>ein Unternehmen, dem Sie folgen, hat eine neue Stelle ausgeschrieben:</p>
<table cellpadding="8" style="border:1px solid #ddd;border-radius:6px;width:100%"><tr>
<td><img src="https://media.licdn.com/dms/image/cloudkontor_logo.png" width="48" alt="Cloudkontor"></td>
<td><a href="https://www.linkedin.com/comm/jobs/view/4049981123/?trackingId=Q2xvdWRr" style="font-weight:bold;color:#0a66c2">Azure Cloud Engineer (m/w/d)</a><br>Cloudkontor · Hamburg (Hybrid)<br><span style="color:#057642">Sie wären eine Top-Bewerberin</span> · 14 Bewerbungen</td>
</tr></table>
<p><a href="https://www.linkedin.com/comm/jobs/view/4049981123/apply/?trackingId=Q2xvdWRr">Einfach bewerben</a></p>
<p style="font-size:11px;color:#666">Diese E-Mail ist für Svenja Kuhlmann-Ahrens bestimmt. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobs-company-hiring">Abbestellen</a><br>LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2, Irland.</p>
</td></tr></table></body></html>
""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobs-company-hiring>"
    },
)

ck_conf = m(
    "e1a1",
    "2025-11-03 19:26",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Svenja, Ihre Bewerbung wurde an Cloudkontor gesendet",
    A("confirmation", CK, CKR, 16, "linkedin"),
    """\
Ihre Bewerbung wurde an Cloudkontor gesendet

Azure Cloud Engineer (m/w/d)
Cloudkontor · Hamburg (Hybrid)
Beworben am 3. Nov. 2025

Jetzt sind Sie auf dem Radar von Cloudkontor. Bewerbungen, die kurz nach Veröffentlichung eingehen, werden häufiger angesehen.

Bewerbung ansehen: https://www.linkedin.com/comm/jobs/view/4049981123/?trk=eml-jobs_application_sent

Ähnliche Jobs:
Cloud Engineer Azure (m/w/d) – Alsterfracht Logistik SE, Hamburg
Microsoft 365 Engineer (m/w/d) – Hansebyte GmbH, Bremen

Diese E-Mail ist für Svenja Kuhlmann-Ahrens (Fachinformatikerin | M365 · Azure · VMware) bestimmt.
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobs-applications
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

ck_view = m(
    "e1a2",
    "2025-11-05 13:03",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Ihre Bewerbung wurde angesehen",
    A("viewed", CK, CKR, 16, "linkedin"),
    """\
Cloudkontor hat Ihre Bewerbung angesehen

Azure Cloud Engineer (m/w/d)
Cloudkontor · Hamburg (Hybrid)

Ihre Bewerbung wurde am 5. Nov. angesehen. Der Arbeitgeber meldet sich bei Ihnen, wenn Interesse besteht.

Alle Bewerbungen anzeigen: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED&trk=eml-jobs_application_viewed

Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobs-applications
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

ck_lab = m(
    "e1a3",
    "2025-11-10 10:30",
    "Nele Thomsen <nele.thomsen@cloudkontor.example>",
    "Nächster Schritt: kleines Azure-Lab",
    A("assessment", CK, CKR, 16, "direct"),
    """\
Hi Svenja,

ich bin Nele, Principal Cloud Architect bei Cloudkontor – schön, dass du dich bei uns beworben hast!

Bevor wir uns unterhalten, machen wir bei uns immer ein kleines, praxisnahes Lab. Keine Fangfragen, eher so etwas, wie es bei unseren Kund:innen wirklich vorkommt:

Aufgabe
1. Stell in der Sandbox-Subscription eine kleine Hub-and-Spoke-Umgebung bereit (1 Hub-VNet mit Azure Firewall Basic oder NVA deiner Wahl, 2 Spokes, Peering). Gern als Bicep oder Terraform – Klickibunti im Portal ist auch okay, dann aber bitte mit Screenshots.
2. Weise per Azure Policy zu, dass in den Spokes nur die Regionen West Europe / Germany West Central erlaubt sind.
3. Skizziere in max. einer Seite, wie du Admin-Zugriffe mit Entra ID PIM und Conditional Access absichern würdest.

Zugang
Tenant: cloudkontor-lab.onmicrosoft.com
Benutzer: svenja.lab@cloudkontor-lab.onmicrosoft.com
Das Einmal-Passwort schicke ich dir per SMS. Die Subscription wird nach 7 Tagen automatisch gelöscht.

Zeit hast du bis Montag, 17.11. Plane ehrlich gesagt nicht mehr als 3–4 Stunden ein; es geht uns ums Vorgehen, nicht um Perfektion. Im Gespräch danach gehen wir zusammen durch deine Lösung.

Bei Fragen einfach melden!
Nele

--
Nele Thomsen · Principal Cloud Architect
Cloudkontor GmbH · Stadtdeich 2–4 · 20097 Hamburg
Microsoft Solutions Partner – Infrastructure (Azure) · Security
""",
)

ck_int = m(
    "e1a4",
    "2025-11-21 15:12",
    "Nele Thomsen <nele.thomsen@cloudkontor.example>",
    "Re: Nächster Schritt: kleines Azure-Lab",
    A("interview", CK, CKR, 16, "direct"),
    """\
Hi Svenja,

danke für deine Abgabe – das Bicep-Modul schaue ich mir gerade mit Timo an, und wir haben schon ein paar Fragen notiert ;)

Lass uns am Donnerstag, 27.11., von 11 bis 12 Uhr per Teams sprechen: 30 Minuten zu deinem Lab, 30 Minuten zu dir, zu uns und was du dir vorstellst. Mit dabei ist Timo Reimers (Head of Cloud Operations). Einladung kommt mit dieser Mail.

Bis Donnerstag!
Nele

Am Mo., 17. Nov. 2025 um 22:41 schrieb Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>:
> Hallo Nele,
> anbei der Link zum Repo (privat, du hast Leserechte) und die Seite zu PIM/CA als PDF. Die Firewall habe ich als Basic-SKU gebaut, Begründung steht im README.
> Viele Grüße, Svenja
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000CKLAB1",
        "2025-11-27 11:00",
        "Cloudkontor x Svenja – Lab-Review & Kennenlernen",
        ("Nele Thomsen", "nele.thomsen@cloudkontor.example"),
        style="outlook",
        attendees=[("Timo Reimers", "timo.reimers@cloudkontor.example")],
        description="Microsoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_CKLAB1%40thread.v2/0\nBesprechungs-ID: 381 662 901 75 – Kennung: Lb7k2C",
        location="Microsoft Teams-Besprechung",
    ),
    **reply(ck_lab),
)

ck_rej = m(
    "e1a5",
    "2025-12-09 17:58",
    "Nele Thomsen <nele.thomsen@cloudkontor.example>",
    "Rückmeldung",
    A("rejection", CK, CKR, 16, "direct"),
    """\
Hi Svenja,

ich wollte dir nicht einfach eine Standardmail schicken.

Dein Lab war wirklich sauber – vor allem die Policy-Zuweisung und deine Seite zu PIM fanden Timo und ich richtig gut, und im Gespräch hast du sehr reflektiert erklärt, was du warum gemacht hast.

Wir haben uns am Ende trotzdem für jemanden entschieden, der schon zwei größere Landing-Zone-Projekte bei Kund:innen gemacht hat, weil wir ab Januar direkt in so ein Projekt reingehen und niemanden haben, der einarbeiten kann. Das war knapp, und es tut mir leid.

Ich würde mich freuen, wenn wir in Kontakt bleiben – wenn du die AZ-104 in der Tasche hast, melde dich gern noch mal.

Viele Grüße
Nele
""",
)

# --- Volksbank Wesermarsch-Hunte (XING), ghosted ---------------------------------------------

vb_conf = m(
    "f4b0",
    "2025-11-11 20:15",
    "XING <mailrobot@mail.xing.com>",
    "Ihre Bewerbung an Volksbank Wesermarsch-Hunte eG wurde verschickt",
    A("confirmation", VB, VBR, 17, "other"),
    """\
Hallo Svenja Kuhlmann-Ahrens,

Ihre Bewerbung ist unterwegs!

Stelle: IT-Administrator Netzwerk & Security (m/w/d)
Unternehmen: Volksbank Wesermarsch-Hunte eG
Ort: Brake (Unterweser)

Mitgeschickt wurden Ihr XING-Profil und Ihr Lebenslauf (PDF). Das Unternehmen meldet sich direkt bei Ihnen.

Tipp: Halten Sie Ihr Profil aktuell – Recruiter:innen sehen sich Ihr Profil oft mehrmals an.

Viele Grüße
Ihr XING Team

New Work SE, Am Strandkai 1, 20457 Hamburg
Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
""",
)

# --- Klinikverbund Unterweser (Jobbörse der Bundesagentur für Arbeit) ------------------------

ku_conf = m(
    "g6c0",
    "2025-11-14 19:40",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Ihre Bewerbung wurde versendet",
    A("confirmation", KU, KUR, 18, "other"),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

Ihre Bewerbung wurde über die Jobsuche der Bundesagentur für Arbeit erfolgreich versendet.

Stellenangebot: IT-Systemadministrator (m/w/d) Klinik-IT
Arbeitgeber: Klinikverbund Unterweser gGmbH
Arbeitsort: 26954 Nordenham
Referenznummer: 10001-1002877614-S

Sie finden Ihre Bewerbung und mögliche Antworten des Arbeitgebers in Ihrem Postfach unter www.arbeitsagentur.de.

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit

Bitte antworten Sie nicht auf diese E-Mail. Sie wurde automatisch erstellt.
""",
)

ku_note = m(
    "g6c1",
    "2025-11-26 15:22",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Nachricht in Ihrem Postfach",
    A("interview", KU, KUR, 18, "other"),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

in Ihrem Postfach bei der Bundesagentur für Arbeit ist eine neue Nachricht eingegangen.

Absender: Klinikverbund Unterweser gGmbH
Betreff: Einladung zum Vorstellungsgespräch – IT-Systemadministrator (m/w/d)
Bezug: Stellenangebot 10001-1002877614-S

Aus Datenschutzgründen können wir den Inhalt hier nicht anzeigen. Bitte melden Sie sich an, um die Nachricht zu lesen:
https://web.arbeitsagentur.de/portal/postfach

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit

Bitte antworten Sie nicht auf diese E-Mail.
""",
)

ku_int = m(
    "g6c2",
    "2025-11-27 09:14",
    "Meiners, Frank <frank.meiners@klinikverbund-unterweser.example>",
    "Vorstellungsgespräch IT-Systemadministrator am 09.12.",
    A("interview", KU, KUR, 18, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihre schnelle Rückmeldung im Portal der Arbeitsagentur. Wie vereinbart bestätige ich Ihnen hiermit den Termin zum Vorstellungsgespräch:

Dienstag, 09.12.2025, 14:00 Uhr
Kreiskrankenhaus Nordenham, Verwaltungsgebäude, 1. OG, Raum 1.07 (Besprechungsraum IT)

Teilnehmen werden neben mir Frau Abels aus der Personalabteilung und Herr Gerjets vom Betriebsrat. Im Anschluss zeige ich Ihnen gern unseren Serverraum und die Leitstelle.

Parkplätze finden Sie auf dem Besucherparkplatz P2.

Mit freundlichen Grüßen
Frank Meiners
Leitung IT
Klinikverbund Unterweser gGmbH
Albert-Schweitzer-Straße 40, 26954 Nordenham
Tel. 04731 48-3100
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DC01000000000000000010000000KUIT01",
        "2025-12-09 14:00",
        "Vorstellungsgespräch Kuhlmann-Ahrens (IT-Systemadministrator)",
        ("Meiners, Frank", "frank.meiners@klinikverbund-unterweser.example"),
        style="outlook",
        attendees=[("Abels, Christina", "christina.abels@klinikverbund-unterweser.example")],
        location="Kreiskrankenhaus Nordenham, Verwaltung, Raum 1.07",
    ),
)

# --- Fleetwise (Bremen logistics-tech start-up, Recruitee, du) --------------------------------

fw_conf = m(
    "h8d0",
    "2025-11-20 12:31",
    "Fleetwise Hiring Team <noreply@recruitee.com>",
    "Danke für deine Bewerbung bei Fleetwise 🚚",
    A("confirmation", FW, FWR, 19, "recruitee"),
    html="""\
<html><body style="font-family:Inter,Arial,sans-serif;color:#222">
<p>Hey Svenja,</p>
<p>danke für deine Bewerbung als <b>IT Operations Engineer (m/w/d)</b>! 🙌</p>
<p>Wir sind ein 40-köpfiges Team in der Bremer Überseestadt und bauen Software, mit der Speditionen ihre Flotten in Echtzeit steuern. Deine Bewerbung liegt jetzt bei Hauke (unser Head of Platform) und Mira (People).</p>
<p>Normalerweise melden wir uns innerhalb von 10 Tagen. Falls es mal länger dauert: Wir haben dich nicht vergessen!</p>
<p>Cheers<br>Dein Fleetwise-Team</p>
<p style="font-size:11px;color:#999">Fleetwise GmbH · Am Winterhafen 6 · 28217 Bremen<br>
Powered by Recruitee · <a href="https://fleetwise.recruitee.com/privacy">Datenschutz</a></p>
</body></html>
""",
)

fw_rej = m(
    "h8d1",
    "2025-12-11 16:04",
    "Mira from Fleetwise <noreply@recruitee.com>",
    "Update zu deiner Bewerbung",
    A("rejection", FW, FWR, 19, "recruitee"),
    """\
Hey Svenja,

danke dir für deine Geduld und fürs Bewerben!

Hauke und ich haben uns dein Profil genau angeschaut. Deine Erfahrung aus der Spedition ist für uns super spannend – du kennst die Welt unserer Kund:innen von innen, und das haben nur wenige.

Für diese Rolle brauchen wir aber jemanden, der vor allem in Kubernetes und Linux zu Hause ist, weil unsere Plattform komplett darauf läuft. Deshalb gehen wir mit anderen Kandidat:innen weiter.

Wir wünschen dir ganz viel Erfolg – und vielleicht passt es ja bei einer anderen Stelle mal besser!

Viele Grüße
Mira
People & Culture @ Fleetwise
""",
)

# --- Oldenburger Datenwerk (heise jobs) -------------------------------------------------------

od_conf = m(
    "j2e0",
    "2025-12-02 21:51",
    "heise jobs <noreply@jobs.heise.de>",
    "Ihre Bewerbung bei Oldenburger Datenwerk GmbH",
    A("confirmation", OD, ODR, 20, "other"),
    """\
Hallo Svenja Kuhlmann-Ahrens,

vielen Dank! Ihre Bewerbung über heise jobs wurde an das Unternehmen übermittelt.

Position: Cloud Administrator Azure (m/w/d)
Unternehmen: Oldenburger Datenwerk GmbH
Standort: Oldenburg / Remote

Ihre Unterlagen:
- Anschreiben_Datenwerk.pdf
- Lebenslauf_Kuhlmann-Ahrens.pdf
- Zeugnisse_gesamt.pdf

Das Unternehmen wird sich direkt mit Ihnen in Verbindung setzen.

Ihr heise jobs Team

heise jobs · Heise Medien GmbH & Co. KG · Karl-Wiechert-Allee 10 · 30625 Hannover
""",
)

od_rej = m(
    "j2e1",
    "2025-12-18 08:37",
    "Oldenburger Datenwerk Jobs <jobs@oldenburger-datenwerk.example>",
    "Ihre Bewerbung als Cloud Administrator",
    A("rejection", OD, ODR, 20, "direct"),
    """\
Hallo Frau Kuhlmann-Ahrens,

danke für Ihre Bewerbung. Wir haben uns für eine andere Kandidatin entschieden und wünschen Ihnen alles Gute.

Freundliche Grüße
Arne Wittje
Oldenburger Datenwerk GmbH
""",
)

# --- Jadeport Terminal Services (StepStone), ghosted ------------------------------------------

jp_conf = m(
    "k4f0",
    "2026-01-07 20:02",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    A("confirmation", JP, JPR, 22, "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff" cellpadding="20"><tr><td>
<img src="https://www.stepstone.de/upload_DE/logo/stepstone_logo.png" alt="StepStone" width="130">
<h2 style="color:#0c2577">Ihre Bewerbung ist unterwegs</h2>
<table cellpadding="6" style="border:1px solid #e1e1e1;width:100%">
<tr><td><b>Netzwerkadministrator (m/w/d)</b><br>Jadeport Terminal Services GmbH<br>Wilhelmshaven</td></tr>
</table>
<p>Der Arbeitgeber meldet sich direkt bei Ihnen. Behalten Sie den Überblick in <a href="https://www.stepstone.de/de/candidate/applications?cid=mail_apply_conf">Meine Bewerbungen</a>.</p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</td></tr></table></body></html>
""",
)

jp_view = m(
    "k4f1",
    "2026-01-19 12:15",
    "StepStone <noreply@stepstone.de>",
    "Neuer Status: Ihre Bewerbung wurde gelesen",
    A("viewed", JP, JPR, 22, "other"),
    """\
Hallo Svenja,

es gibt Neuigkeiten zu Ihrer Bewerbung:

Netzwerkadministrator (m/w/d) – Jadeport Terminal Services GmbH, Wilhelmshaven
Status: Gelesen ✓

Der Arbeitgeber hat Ihre Bewerbung geöffnet. Sobald er den Status ändert, informieren wir Sie.

Ihr StepStone Team
https://www.stepstone.de/de/candidate/applications

StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
""",
)

# --- alerts, outreach, nudges ----------------------------------------------------------------

alert_stepstone1 = m(
    "l1g0",
    "2025-09-03 06:31",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "8 neue Jobs für „Systemadministrator Azure“ in Bremen",
    J("alert", "other"),
    """\
Ihre neuen Jobs von heute

Systemadministrator Azure · Bremen + 50 km

1. Systemadministrator (m/w/d) Schwerpunkt Microsoft Azure – Hanse Datenwerk GmbH – Bremen
2. IT-Administrator Cloud (m/w/d) – Weserfisch Holding GmbH – Bremerhaven
3. Cloud Engineer (m/w/d) – Blockland Energie AG – Bremen
4. System Engineer M365 / Azure (m/w/d) – ITSH Nord GmbH – Oldenburg
5. Administrator (m/w/d) Modern Workplace – Kältetechnik Brinkmann GmbH & Co. KG – Oldenburg
6. IT-Systemadministrator (m/w/d) – Stadtwerke Wümme GmbH – Osterholz-Scharmbeck
7. Junior Cloud Administrator (m/w/d) – Delme Logistik GmbH – Delmenhorst
8. IT Infrastructure Engineer (m/w/d) – Nordsee Kühlhaus AG – Cuxhaven

Alle Jobs ansehen: https://www.stepstone.de/jobagent/results?id=JA-8812703&cid=mail_ja

Jobagent bearbeiten oder löschen: https://www.stepstone.de/jobagent/settings?id=JA-8812703
StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
""",
    headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/unsubscribe?id=JA-8812703>"},
)

alert_stepstone2 = m(
    "l1g1",
    "2026-01-05 06:28",
    "StepStone Jobagent <jobagent@stepstone.de>",
    "Jetzt bewerben: 5 neue Jobs, die zu Ihnen passen",
    J("alert", "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p><b>Neues Jahr, neuer Job?</b> Diese Stellen passen zu Ihrem Jobagenten „IT Security Bremen“:</p>
<ul>
<li><a href="https://www.stepstone.de/stellenangebote--Information-Security-Officer-Bremen--12011344.html">Information Security Officer (m/w/d)</a> – Weserbank Service GmbH – Bremen</li>
<li><a href="https://www.stepstone.de/stellenangebote--Netzwerkadministrator-Wilhelmshaven--12009871.html">Netzwerkadministrator (m/w/d)</a> – Jadeport Terminal Services GmbH – Wilhelmshaven</li>
<li><a href="https://www.stepstone.de/stellenangebote--IT-Security-Admin-Oldenburg--12013002.html">IT-Security Administrator (m/w/d)</a> – Hunte Netz GmbH – Oldenburg</li>
<li><a href="https://www.stepstone.de/stellenangebote--SOC-Analyst-Hamburg--12012550.html">SOC Analyst (m/w/d)</a> – Hansecert GmbH – Hamburg</li>
<li><a href="https://www.stepstone.de/stellenangebote--Cloud-Security-Bremen--12010098.html">Cloud Security Engineer (m/w/d)</a> – Ostertor Software AG – Bremen</li>
</ul>
<p><a href="https://www.stepstone.de/jobagent/settings?id=JA-9020115">Jobagent verwalten</a></p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/unsubscribe?id=JA-9020115>"},
)

alert_indeed1 = m(
    "l1g2",
    "2025-10-11 05:55",
    "Indeed <alert@indeed.com>",
    "cloud administrator - Bremen: 12 neue Jobs",
    J("alert", "indeed"),
    """\
Jobs für Sie: cloud administrator in Bremen

Cloud Administrator (m/w/d)
BLOCKWERK Systems GmbH - Bremen
Einfach bewerben · Vor 1 Tag

Systemadministrator:in Azure & Intune
Wesermarsch Wasser Service GmbH - Bremen
Gehalt: 55.000 € - 65.000 € pro Jahr

IT Administrator Cloud Services (m/w/d)
Nordwest Kliniken IT GmbH - Oldenburg
Einfach bewerben

Alle 12 Jobs anzeigen: https://de.indeed.com/jobs?q=cloud+administrator&l=Bremen&from=ja

Sie erhalten diese E-Mail, weil Sie einen Job-Alert für „cloud administrator“ in Bremen erstellt haben.
Abmelden: https://de.indeed.com/alert/unsubscribe?id=aa7f3
""",
    headers={"List-Unsubscribe": "<https://de.indeed.com/alert/unsubscribe?id=aa7f3>"},
)

alert_indeed2 = m(
    "l1g3",
    "2025-12-14 06:03",
    "Indeed <alert@indeed.com>",
    "Neue Jobs: it security bremen",
    J("alert", "indeed"),
    """\
it security in Bremen · 7 neue Jobs

IT-Security Administrator (m/w/d) – Weserport Services GmbH – Bremerhaven
Junior Security Analyst (m/w/d) – Schlachte Versicherung IT GmbH – Bremen
Informationssicherheitsbeauftragte:r – Amt für Digitale Dienste – Bremen

Alle Jobs: https://de.indeed.com/jobs?q=it+security&l=Bremen&from=ja

Abmelden: https://de.indeed.com/alert/unsubscribe?id=bb21c
""",
    headers={"List-Unsubscribe": "<https://de.indeed.com/alert/unsubscribe?id=bb21c>"},
)

indeed_incomplete = m(
    "l1g4",
    "2025-11-08 18:20",
    "Indeed <donotreply@match.indeed.com>",
    "Sie haben Ihre Bewerbung nicht abgeschlossen",
    J("alert", "indeed", "Wesermarsch Wasser Service", "Systemadministrator:in Azure & Intune"),
    """\
Hallo Svenja,

Sie haben begonnen, sich auf diese Stelle zu bewerben:

Systemadministrator:in Azure & Intune
Wesermarsch Wasser Service GmbH – Bremen

Es fehlen nur noch wenige Schritte. Schließen Sie Ihre Bewerbung ab, bevor die Stelle nicht mehr verfügbar ist:
https://de.indeed.com/viewjob?jk=9f1e2a7b&from=resume_apply

Das Indeed-Team
Abmelden: https://de.indeed.com/unsubscribe?t=incomplete
""",
)

indeed_invite = m(
    "l1g5",
    "2025-12-03 11:47",
    "Indeed <donotreply@match.indeed.com>",
    "Ein Arbeitgeber möchte, dass Sie sich bewerben",
    J("outreach", "indeed", "Weserport Services", "IT-Security Administrator (m/w/d)"),
    """\
Hallo Svenja,

Weserport Services GmbH hat sich Ihren Lebenslauf auf Indeed angesehen und lädt Sie ein, sich auf diese Stelle zu bewerben:

IT-Security Administrator (m/w/d)
Weserport Services GmbH – Bremerhaven
Vollzeit · 58.000 € – 66.000 € pro Jahr

Nachricht des Arbeitgebers:
„Hallo Frau Kuhlmann-Ahrens, Ihr Profil passt sehr gut zu unserer Stelle. Wir würden uns über Ihre Bewerbung freuen! – Team Personal“

Jetzt bewerben: https://de.indeed.com/viewjob?jk=5c8d0e1f&from=invite_to_apply

Sie erhalten diese E-Mail, weil Ihr Lebenslauf auf Indeed sichtbar ist. Sichtbarkeit ändern: https://profile.indeed.com/settings
""",
)

alert_linkedin = m(
    "l1g6",
    "2025-09-24 16:10",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "„Cloud Administrator“: Remote – neue Jobs",
    J("alert", "linkedin"),
    """\
Ihre Jobbenachrichtigung für Cloud Administrator in Deutschland (Remote)
30+ neue Jobs seit gestern

Azure Administrator (m/w/d) – 100 % remote
Netzwerkstatt Consulting GmbH · Deutschland (Remote)
Einfach bewerben

Cloud Infrastructure Administrator
BalticSea Cargo Systems AB · Deutschland (Remote)
Vor 12 Stunden

Microsoft 365 / Azure Administrator (m/w/d)
Lübecker Hafen-Software GmbH · Lübeck (Hybrid)

Alle Jobs anzeigen: https://www.linkedin.com/comm/jobs/search?keywords=Cloud%20Administrator&f_WT=2&trk=eml-jobalert

Jobbenachrichtigungen verwalten: https://www.linkedin.com/comm/jobs/alerts
Abbestellen: https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobalert
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?type=jobalert>"
    },
)

linkedin_inmail = m(
    "l1g7",
    "2025-11-17 14:22",
    "Henrik Dahl via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Henrik hat Ihnen eine InMail gesendet: Shore IT role in Bremerhaven",
    J("outreach", "linkedin", "Skagerrak Cargo Lines", "Shore IT Administrator", "en"),
    """\
Henrik Dahl
Talent Partner at Skagerrak Cargo Lines A/S

Hi Svenja,

I came across your profile and your background in freight forwarding IT caught my eye. We're setting up a new shore IT hub in Bremerhaven for our cargo terminal operations and are looking for a Shore IT Administrator (M365, Intune, some on-prem VMware).

English is our working language, but the local team is German-speaking. Hybrid, with occasional travel to Rostock and Trelleborg.

Would you be open to a quick chat next week?

Best,
Henrik

Antworten: https://www.linkedin.com/messaging/thread/2-ZjE5YzBm/
Diese InMail wurde an Svenja Kuhlmann-Ahrens gesendet. Sie können InMail-Benachrichtigungen unter https://www.linkedin.com/psettings/communications abbestellen.
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

xing_jobs = m(
    "l1g8",
    "2025-10-26 09:00",
    "XING Jobs <jobs@mail.xing.com>",
    "Diese Jobs könnten Sie interessieren, Svenja",
    J("alert", "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hallo Svenja,</p>
<p>basierend auf Ihrem Profil haben wir diese Jobs für Sie gefunden:</p>
<p><a href="https://www.xing.com/jobs/bremen-it-administrator-netzwerk-security-139004551">IT-Administrator Netzwerk &amp; Security (m/w/d)</a><br>Volksbank Wesermarsch-Hunte eG · Brake<br>45.000 – 56.000 € (XING-Schätzung)</p>
<p><a href="https://www.xing.com/jobs/hamburg-cloud-platform-engineer-139011207">Cloud Platform Engineer (m/w/d)</a><br>Elbreederei Digital GmbH · Hamburg</p>
<p><a href="https://www.xing.com/jobs/oldenburg-systemadministrator-139008830">Systemadministrator (m/w/d)</a><br>Ammerland Versicherung IT · Oldenburg</p>
<p><a href="https://www.xing.com/jobs/search?keywords=azure&amp;location=Bremen">Alle Jobs anzeigen</a></p>
<p style="font-size:11px;color:#999">New Work SE · Am Strandkai 1 · 20457 Hamburg · <a href="https://www.xing.com/settings/notifications">Benachrichtigungen verwalten</a></p>
</body></html>
""",
    headers={
        "List-Unsubscribe": "<https://www.xing.com/settings/notifications/unsubscribe?type=jobs>"
    },
)

xing_recruiter = m(
    "l1g9",
    "2026-01-12 13:41",
    "XING <mailrobot@mail.xing.com>",
    "Neue Nachricht von Jana Wille",
    J("outreach", "other", "Hafenmeister Logistik", "IT-Administratorin M365"),
    """\
Hallo Svenja Kuhlmann-Ahrens,

Sie haben eine neue Nachricht auf XING erhalten:

Jana Wille – Talent Acquisition bei Hafenmeister Logistik GmbH
„Hallo Frau Kuhlmann-Ahrens, wir suchen für unseren Standort in Bremen-Neustadt eine IT-Administratorin mit Schwerpunkt M365 und hätten Sie gern im Gespräch. Hätten Sie Interesse an einem kurzen Austausch? Viele Grüße, Jana Wille“

Nachricht lesen und antworten: https://www.xing.com/chats/c-9f2a1b

Ihr XING Team
New Work SE, Am Strandkai 1, 20457 Hamburg
""",
)

alert_jobboerse = m(
    "l1ga",
    "2025-09-17 04:12",
    "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
    "Neue Stellenangebote zu Ihrem Suchauftrag",
    J("alert", "other"),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

zu Ihrem Suchauftrag „Fachinformatiker/in – Systemintegration, 28195 Bremen, Umkreis 50 km“ gibt es 6 neue Stellenangebote:

- IT-Systemadministrator (m/w/d) Klinik-IT – Klinikverbund Unterweser gGmbH – Nordenham
- Fachinformatiker Systemintegration (m/w/d) – Delme Logistik GmbH – Delmenhorst
- IT-Administrator (m/w/d) – Gemeinde Varreler Heide – Stuhr
- Systemadministrator (m/w/d) Windows – ZeHa Kunststofftechnik GmbH – Achim
- IT-Supporter (m/w/d) – Nachbarschaftshilfe Findorff e. V. – Bremen
- Netzwerkadministrator (m/w/d) – Jadeport Terminal Services GmbH – Wilhelmshaven

Zu den Ergebnissen: https://www.arbeitsagentur.de/jobsuche/suche?suchauftrag=SA-44120983

Mit freundlichen Grüßen
Ihre Bundesagentur für Arbeit
Bitte antworten Sie nicht auf diese E-Mail.
""",
)

alert_heise = m(
    "l1gb",
    "2025-11-25 07:00",
    "heise jobs <noreply@jobs.heise.de>",
    "Ihr heise jobs Suchabo: 4 neue Stellen für „Azure“",
    J("alert", "other"),
    """\
heise jobs – Ihr Suchabo „Azure“, Umkreis Bremen

Cloud Administrator Azure (m/w/d) – Oldenburger Datenwerk GmbH – Oldenburg / Remote
Azure DevOps Engineer (m/w/d) – Weserbyte AG – Bremen
Cloud Solution Architect (m/w/d) – Nordlicht IT Consulting GmbH – Hamburg
System Engineer Hybrid Cloud (m/w/d) – Delme Stadtwerke IT GmbH – Delmenhorst

Alle Treffer: https://jobs.heise.de/suchabo/4411?utm_source=mail

Suchabo bearbeiten oder abbestellen: https://jobs.heise.de/suchabo/4411/settings
Heise Medien GmbH & Co. KG · Karl-Wiechert-Allee 10 · 30625 Hannover
""",
    headers={"List-Unsubscribe": "<https://jobs.heise.de/suchabo/4411/unsubscribe>"},
)

alert_bund = m(
    "l1gc",
    "2025-09-29 07:15",
    "service.bund.de <newsletter@service.bund.de>",
    "Stellenangebote: Ihr Suchprofil „IT-Sicherheit Norddeutschland“",
    J("alert", "other"),
    """\
Stellenangebote des öffentlichen Dienstes – Ihr Suchprofil

Neue Treffer seit dem 22.09.2025:

1. IT-Sicherheitsbeauftragte/IT-Sicherheitsbeauftragter (m/w/d)
   Bundesinstitut für Küsten- und Meeresdaten (BKMD), Hamburg
   Bewerbungsfrist: 02.11.2025

2. Sachbearbeiter*in Informationssicherheit (m/w/d)
   Landkreis Hunte-Weser, Wildeshorst
   Bewerbungsfrist: 12.10.2025

3. Referentin/Referent Cybersicherheit (m/w/d)
   Bundesamt für Seeschifffahrtsdaten, Rostock
   Bewerbungsfrist: 15.10.2025

Alle Treffer: https://www.service.bund.de/Content/DE/Stellen/Suche/Formular.html?profil=88123

Dieses Suchprofil verwalten oder löschen: https://www.service.bund.de/profil/88123
""",
)

alert_freelancermap = m(
    "l1gd",
    "2025-10-14 08:30",
    "freelancermap <noreply@freelancermap.de>",
    "3 neue Projekte für Sie: Azure, M365, Intune",
    J("alert", "other"),
    """\
Neue IT-Projekte passend zu Ihrem Profil

Azure Landing Zone – Migration (remote, 6 Monate, Start 11/2025)
Auslastung 100 % · Stundensatz: nach Vereinbarung

M365 Tenant-to-Tenant-Migration (Hamburg / remote, 4 Monate)
Auslastung 80 %

Intune-Rollout 1.800 Clients (Bremen, 3 Monate)
Vor-Ort-Anteil 40 %

Alle Projekte ansehen: https://www.freelancermap.de/projektboerse.html?agent=77120

Sie erhalten diese E-Mail, weil Sie bei freelancermap einen Projektagenten angelegt haben.
Abbestellen: https://www.freelancermap.de/agent/unsubscribe?id=77120
""",
    headers={"List-Unsubscribe": "<https://www.freelancermap.de/agent/unsubscribe?id=77120>"},
)

projects_out1 = m(
    "l1ge",
    "2025-10-16 09:12",
    "Dennis Pahlke <dennis.pahlke@sternberg-itprojects.example>",
    "Projektanfrage: Azure Administrator (remote, 6 Monate) – Start 11/2025",
    J("outreach", "agency", None, "Azure Administrator (Freelance)"),
    """\
Hallo Frau Kuhlmann-Ahrens,

ich bin auf Ihr Profil bei freelancermap gestoßen und möchte Ihnen folgendes Projekt vorstellen:

Projekt-ID: 2025-DE-4471
Rolle: Azure Administrator (m/w/d)
Kunde: namhaftes Handelsunternehmen aus Norddeutschland
Start: 03.11.2025 · Dauer: 6 Monate + Option
Auslastung: 100 %, überwiegend remote, 2 Tage/Monat vor Ort
Aufgaben: Betrieb und Weiterentwicklung Azure-Landing-Zone, Azure Policy, Backup/Recovery Services, Mitarbeit an der Ablösung der On-Prem-VMware-Umgebung

Falls Sie verfügbar sind, schicken Sie mir gern Ihr aktuelles Profil und Ihren Stundensatz (all-in, remote). Auch wenn es aktuell nicht passt, freue ich mich über eine kurze Rückmeldung.

Beste Grüße
Dennis Pahlke
Senior Account Manager IT Freelance

Sternberg IT Projects GmbH
Rödingsmarkt 20 · 20459 Hamburg
T +49 40 22 86 33-41
Hinweis: Wenn Sie keine weiteren Projektangebote wünschen, antworten Sie bitte mit „Abmelden“.
""",
)

projects_out2 = m(
    "l1gf",
    "2026-01-20 10:02",
    "Dennis Pahlke <dennis.pahlke@sternberg-itprojects.example>",
    "Neues Projekt für Sie: M365 Security Hardening / Intune, Raum Bremen",
    J("outreach", "agency", None, "M365 Security Consultant (Freelance)"),
    """\
Hallo Frau Kuhlmann-Ahrens,

ein frohes neues Jahr! Wir hatten im Oktober wegen eines Azure-Projekts Kontakt. Heute habe ich etwas, das noch besser zu Ihrem Profil passen könnte:

Projekt-ID: 2026-DE-0089
Rolle: M365 Security Consultant (m/w/d)
Kunde: Logistikdienstleister, Raum Bremen
Start: ASAP · Dauer: 3 Monate
Auslastung: 60–80 %, Remote-Anteil 70 %
Schwerpunkte: Defender for Endpoint, Intune-Compliance, Conditional Access, Härtung nach CIS

Interesse? Dann reicht mir eine kurze Mail mit Verfügbarkeit und Satz.

Beste Grüße
Dennis Pahlke
Sternberg IT Projects GmbH
""",
)

MAIL = [
    kb_conf,
    kb_rej,
    wm_conf,
    wm_view,
    we_out,
    we_conf,
    we_ooo,
    we_int,
    we_rej,
    bk_conf,
    bk_rej,
    ck_hiring,
    ck_conf,
    ck_view,
    ck_lab,
    ck_int,
    ck_rej,
    vb_conf,
    ku_conf,
    ku_note,
    ku_int,
    fw_conf,
    fw_rej,
    od_conf,
    od_rej,
    jp_conf,
    jp_view,
    alert_stepstone1,
    alert_stepstone2,
    alert_indeed1,
    alert_indeed2,
    indeed_incomplete,
    indeed_invite,
    alert_linkedin,
    linkedin_inmail,
    xing_jobs,
    xing_recruiter,
    alert_jobboerse,
    alert_heise,
    alert_bund,
    alert_freelancermap,
    projects_out1,
    projects_out2,
]
