# ruff: noqa: E501, RUF100
"""Corpus 138, job mail part one (data only): see heldout138.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the reply
headers and the employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Leipzig's (and Basel's) offset on ``day`` (CEST until the last Sunday of October 2025)."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "de") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "de"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "de") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def thread(*specs: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the last of ``specs`` (the thread's earlier messages)."""
    ids = [s["id"] for s in specs]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


PDF = "%PDF-1.4\n% hand-written placeholder, not a real document\n"

EB, EBR = "Elstertal Biologics", "QC Analyst (m/w/d) Chromatographie"
SP = "Saale Pharmazeutika"
SP1 = "Analytiker (m/w/d) Qualitätskontrolle – HPLC/GC"
SP2 = "Teamleiter (m/w/d) QC-Labor Chromatographie"
AKM = "Analytik-Kontor Mitteldeutschland"
AKM1 = "Chemielaborant (m/w/d) Arzneimittelprüfung"
AKM2 = "Stellvertretende Laborleitung (m/w/d) Pharmaanalytik"
UK = "Universitätsklinikum Mitteldeutschland"
UKR = "Mitarbeiter*in Qualitätskontrolle in der Klinikapotheke"
HI = "Hansen-Institut"
HIR = "Technische*r Assistent*in GMP-Qualitätskontrolle"
CE, CER = "Cerulea Therapeutics", "QC Specialist Chromatography"
VW, VWR = "Vakzinwerk Elbe", "QC Chemiker (m/w/d) Stabilitätsprüfungen"
KL, KLR = "Kiezlab Bio", "Lab Manager QC (m/w/d)"
PA, PAR = "Pleiße Arzneimittel", "QA Specialist (m/w/d) Deviation & CAPA"
GP, GPR = "Giebichenstein Peptide", "Laborleiter (m/w/d) Qualitätskontrolle"
MC, MCR = "Mulde Chemie Pharma Services", "Chemielaborant (m/w/d) Qualitätskontrolle"
APS, APSR = "Anhalt Pharma Solutions", "Leitung Qualitätskontrolle (m/w/d)"
LN, LNR = "Lindenauer Naturheilmittel", "Mitarbeiter (m/w/d) Qualitätskontrolle Rohstoffprüfung"
CP, CPR = "Colditz Pharma", "Chemielaborant (m/w/d) Qualitätskontrolle im Schichtbetrieb"
LQ, LQR = "Lindqvist Pharma", "Senior QC Analyst – Method Validation (m/f/d)"
MP, MPR = "Mitteldeutsche Plasma", "QA Manager (m/w/d) GMP-Compliance"
NB, NBR = "Nordlicht Biologics", "QC Associate – Bioassays (m/f/d)"
ER, ERR = "Elbe Radiopharma", "Mitarbeiter Qualitätskontrolle Radiopharmaka (m/w/d)"
HL, HLR = "Heiterblick Laborservice", "Laborant (m/w/d) Stabilitätsprüfung"
AW, AWR = "Auwald Analytik", "Applikationsspezialist*in HPLC"
LD, LDR = "Loschwitz Dermatika", "Chemielaborant/in Qualitätskontrolle (m/w/d)"


# --- 1 Elstertal Biologics (Personio, "du"; the offer she negotiates and accepts) ------------

_eb_conf = m(
    "k7e01",
    "2025-12-01 21:47",
    "Elstertal Biologics <no-reply@jobs.personio.de>",
    "Danke für deine Bewerbung, Henrike!",
    A("confirmation", EB, EBR, 1, "personio"),
    text="""Hallo Henrike,

vielen Dank für deine Bewerbung als QC Analyst (m/w/d) Chromatographie bei uns!

Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an. Bei uns entscheidet das QC-Team gemeinsam mit People & Culture, deshalb kann es manchmal ein bisschen dauern – wir melden uns aber in jedem Fall bei dir, versprochen.

Falls du in der Zwischenzeit Fragen hast, antworte einfach auf diese E-Mail.

Viele Grüße aus der Alten Messe
Franziska Ebert
People & Culture

Elstertal Biologics GmbH · Alte Messe 12 · 04103 Leipzig
Geschäftsführung: Dr. Annett Roßberg, Dr. Sören Mielke · Amtsgericht Leipzig HRB 31877

Informationen zur Verarbeitung deiner Daten findest du unter https://elstertal-bio.jobs.personio.de/privacy-policy
""",
    reply_to="Elstertal Biologics <application+q7v3k2@elstertal-bio.jobs.personio.de>",
)

_eb_int1 = m(
    "k7e02",
    "2025-12-10 11:02",
    "Elstertal Biologics <no-reply@jobs.personio.de>",
    "Einladung: Kennenlernen (Video) – Elstertal Biologics",
    A("interview", EB, EBR, 1, "personio"),
    text="""Hallo Henrike,

danke nochmal für deine Bewerbung – dein Profil hat uns richtig neugierig gemacht! Wir würden dich gern in einem ersten Video-Call kennenlernen.

Wann: Dienstag, 16. Dezember 2025, 10:00–10:45 Uhr
Wo: Microsoft Teams (den Link findest du in der Kalendereinladung)
Mit: Dr. Lars Winkelmann (Head of Quality Control) und Franziska Ebert (People & Culture)

Plan ungefähr 45 Minuten ein. Wir erzählen dir etwas über uns und das Team, du erzählst uns von deiner Arbeit im QC-Labor – gern ganz konkret, z. B. wie ihr bei euch OOS-Untersuchungen aufzieht. Vorbereiten musst du nichts.

Passt der Termin nicht? Dann antworte kurz auf diese Mail, wir finden einen anderen.

Bis bald!
Franziska
""",
    reply_to="Elstertal Biologics <application+q7v3k2@elstertal-bio.jobs.personio.de>",
    ics=ics(
        "personio-iv-88213-q7v3k2",
        "2025-12-16 10:00",
        "Kennenlernen Henrike Albrecht-Paschke / Elstertal Biologics (QC Analyst)",
        ("Franziska Ebert", "f.ebert@elstertal-bio.example"),
        minutes=45,
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NzE2/0\nBesprechungs-ID: 362 118 904 77\nKennung: Qx7nB2",
        attendees=[("Lars Winkelmann", "l.winkelmann@elstertal-bio.example")],
    ),
)

_eb_int2 = m(
    "k7e03",
    "2026-01-07 16:34",
    "Lars Winkelmann <l.winkelmann@elstertal-bio.example>",
    "Nächster Schritt: Tag bei uns im Labor",
    A("interview", EB, EBR, 1, "direct"),
    text="""Hallo Henrike,

ich hoffe, du bist gut ins neue Jahr gekommen!

Wie im Dezember schon angedeutet: Wir würden dich gern für einen Tag zu uns ins Labor einladen, als zweite Runde und Probearbeitstag in einem. Vorschlag:

Donnerstag, 15.01.2026, 08:30 bis ca. 15:00 Uhr
Elstertal Biologics, Alte Messe 12, Haus B, 2. OG – melde dich einfach am Empfang

Ablauf grob:
- 08:30 Kaffee, kurze Sicherheitsunterweisung
- vormittags mit Paulina (Senior Analyst) an der HPLC: Systemeignung, Sequenz anlegen, ein bisschen Empower – nichts Prüfungsartiges, wir wollen einfach sehen, wie du arbeitest und du sollst sehen, wie wir arbeiten
- Mittag mit dem Team
- 13:00 Gespräch mit mir und Annett (GF), u. a. über eine echte Abweichung aus dem letzten Jahr (anonymisiert)
- danach Fragen, Laborrundgang, Feierabend

Der Tag wird selbstverständlich vergütet bzw. wir erstatten dir einen Urlaubstag, wenn dir das lieber ist – sag Bescheid, was für deinen Arbeitgeber besser passt. Eine Kalendereinladung schicke ich gleich mit.

Viele Grüße
Lars

--
Dr. Lars Winkelmann
Head of Quality Control
Elstertal Biologics GmbH | Alte Messe 12 | 04103 Leipzig
+49 341 2257 4410
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0C1F3A2F57FDC01000000000000000010000000A1B2",
        "2026-01-15 08:30",
        "Probearbeitstag / 2. Gespräch Henrike Albrecht-Paschke",
        ("Lars Winkelmann", "l.winkelmann@elstertal-bio.example"),
        style="outlook",
        minutes=390,
        location="Elstertal Biologics, Alte Messe 12, Haus B, 2. OG",
        attendees=[
            ("Franziska Ebert", "f.ebert@elstertal-bio.example"),
            ("Annett Roßberg", "a.rossberg@elstertal-bio.example"),
        ],
    ),
)

_eb_int2b = m(
    "k7e04",
    "2026-01-13 09:12",
    "Franziska Ebert <f.ebert@elstertal-bio.example>",
    "AW: Nächster Schritt: Tag bei uns im Labor",
    A("interview", EB, EBR, 1, "direct"),
    text="""Hi Henrike,

kurz zu deinen Fragen von gestern:

Kittel, Schutzbrille und Sicherheitsschuhe bekommst du von uns – gib mir nur kurz deine Schuhgröße durch (ich tippe auf 39?). Eigene Sachen darfst du aber gern mitbringen.

Parken ist auf dem Gelände schwierig, am besten mit der 16 bis Messegelände / Alte Messe, von dort sind es 4 Minuten zu Fuß. Und ja, Mittagessen geht auf uns :)

Zum Thema Vergütung: Wir machen das über eine kurze Honorarvereinbarung (150 €), die liegt am Donnerstag am Empfang für dich bereit.

Bis Donnerstag!
Franziska

Von: Henrike Albrecht-Paschke <h.albrecht-paschke@posteo.de>
Gesendet: Montag, 12. Januar 2026 20:41
An: Lars Winkelmann <l.winkelmann@elstertal-bio.example>
Cc: Franziska Ebert <f.ebert@elstertal-bio.example>
Betreff: Re: Nächster Schritt: Tag bei uns im Labor

Hallo Lars, hallo Franziska,

der 15.01. passt, ich habe mir den Tag freigenommen. Zwei kurze Fragen: Soll ich eigene Schutzausrüstung mitbringen, und wie kommt man am besten hin bzw. kann man irgendwo parken?

Viele Grüße
Henrike
""",
)
_eb_int2b.update(thread(_eb_int2))

_eb_offer = m(
    "k7e05",
    "2026-01-23 14:55",
    "Franziska Ebert <f.ebert@elstertal-bio.example>",
    "Dein Vertragsangebot",
    A("offer", EB, EBR, 1, "direct"),
    text="""Liebe Henrike,

wie Lars dir heute Vormittag am Telefon schon gesagt hat: Wir möchten dich sehr gern im QC-Team haben! Im Anhang findest du unser Vertragsangebot als QC Analyst (m/w/d) Chromatographie. Die wichtigsten Eckdaten:

- Start: 01.06.2026 (oder früher, falls deine Kündigungsfrist das hergibt)
- unbefristet, 40 Stunden/Woche, Gleitzeit, Probezeit 6 Monate
- Jahresbruttogehalt: 52.000 € (12 Gehälter) plus Jahresbonus nach Zielerreichung (bis zu 5 %)
- 28 Tage Urlaub, 24.12. und 31.12. zusätzlich frei
- Jobticket (Deutschlandticket) und betriebliche Altersvorsorge mit 20 % Arbeitgeberzuschuss

Das Angebot ist bis zum 06.02.2026 gültig. Wenn du über irgendetwas sprechen möchtest – Gehalt, Startdatum, Arbeitszeit –, melde dich gern, wir finden bestimmt einen Weg.

Wir würden uns riesig freuen!

Herzliche Grüße
Franziska

Franziska Ebert
People & Culture | Elstertal Biologics GmbH
Alte Messe 12 | 04103 Leipzig | +49 341 2257 4402
""",
    attach=[("Vertragsangebot_Albrecht-Paschke_QC-Analyst.pdf", "application/pdf", PDF)],
)

_eb_offer2 = m(
    "k7e06",
    "2026-01-28 17:20",
    "Franziska Ebert <f.ebert@elstertal-bio.example>",
    "AW: Dein Vertragsangebot",
    A("offer", EB, EBR, 1, "direct"),
    text="""Liebe Henrike,

danke für deine offene Rückmeldung und das gute Telefonat mit Lars gestern.

Wir haben uns intern abgestimmt und kommen dir gern entgegen:
- Jahresbruttogehalt 55.000 € (statt 52.000 €)
- 30 Tage Urlaub
- ein fester mobiler Arbeitstag pro Woche für Dokumentation, Trendanalysen und Reviews, sobald die Einarbeitung durch ist (also nach der Probezeit)

Beim Startdatum bleiben wir beim 01.06.2026, das passt ja auch zu deiner Kündigungsfrist zum 31.05.

Die angepasste Fassung hängt an. Wir würden uns sehr freuen, wenn das für dich passt!

Herzliche Grüße
Franziska

-----Ursprüngliche Nachricht-----
Von: Henrike Albrecht-Paschke <h.albrecht-paschke@posteo.de>
Gesendet: Montag, 26. Januar 2026 21:08
An: Franziska Ebert <f.ebert@elstertal-bio.example>
Betreff: Re: Dein Vertragsangebot

Liebe Franziska,

vielen Dank für das Angebot, ich habe mich sehr darüber gefreut! Bevor ich zusage, möchte ich zwei Punkte ansprechen: Mit meiner Berufserfahrung (12 Jahre QC, davon 5 mit Verantwortung für OOS-Untersuchungen) hatte ich eher mit 56.000 € gerechnet. Und bei meinem jetzigen Arbeitgeber habe ich 30 Urlaubstage – darunter würde ich ungern gehen. Ist da Spielraum?

Viele Grüße
Henrike
""",
    attach=[("Vertragsangebot_Albrecht-Paschke_QC-Analyst_v2.pdf", "application/pdf", PDF)],
)
_eb_offer2.update(thread(_eb_offer))

_eb_acc = m(
    "k7e07",
    "2026-02-02 08:47",
    "Franziska Ebert <f.ebert@elstertal-bio.example>",
    "AW: AW: Dein Vertragsangebot",
    A("offer", EB, EBR, 1, "direct"),
    st="accepted",
    text="""Liebe Henrike,

wie schön – herzlich willkommen bei Elstertal! Lars hat vor Freude einmal quer durchs Labor gerufen.

Den Arbeitsvertrag schicke ich dir heute oder morgen per DocuSign zur digitalen Unterschrift. Alles Weitere zum Onboarding (Personalfragebogen, IT, erster Tag) bekommst du rechtzeitig vor dem 1. Juni.

Bis dahin: eine entspannte Kündigungsphase, und falls du uns vorher schon mal besuchen möchtest, sag Bescheid!

Herzliche Grüße
Franziska

Am 01.02.2026 um 19:26 schrieb Henrike Albrecht-Paschke <h.albrecht-paschke@posteo.de>:
> Liebe Franziska,
>
> danke euch für das Entgegenkommen! Ich nehme das Angebot sehr gern an
> und freue mich auf den Start am 01.06.
>
> Viele Grüße
> Henrike
""",
)
_eb_acc.update(thread(_eb_offer, _eb_offer2))

_eb_docu = m(
    "k7e08",
    "2026-02-03 10:15",
    "Franziska Ebert über DocuSign <dse@eumail.docusign.net>",
    "Bitte mit DocuSign unterzeichnen: Arbeitsvertrag_Albrecht-Paschke_Elstertal.pdf",
    A("offer", EB, EBR, 1, "docusign"),
    st="accepted",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#ffffff"><tr><td style="padding:24px">
<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#ffffff;padding:28px;text-align:center;font-size:16px">
Franziska Ebert hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=5c1f0b7e-2a44-4d0b-9b62-71e3c0d8e1aa&amp;acct=8d2e51f3&amp;er=2c7a" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">DOKUMENT PRÜFEN</a>
</div>
<p style="font-size:15px"><b>Franziska Ebert</b><br><a href="mailto:f.ebert@elstertal-bio.example">f.ebert@elstertal-bio.example</a></p>
<p style="font-size:15px">Liebe Henrike,<br>anbei dein Arbeitsvertrag in der finalen Fassung (55.000 €, 30 Urlaubstage, Start 01.06.2026). Bitte unterschreibe an den markierten Stellen. Danke!</p>
<p style="font-size:11px;color:#666">Diese Nachricht nicht weitergeben<br>Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere Personen weiter.</p>
<p style="font-size:11px;color:#666">Alternative Signaturmethode<br>Besuchen Sie DocuSign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben Sie den Sicherheitscode ein: 5C1F0B7E2A444D0B9B6271E3C0D8E1AA2</p>
<p style="font-size:11px;color:#666">Über DocuSign<br>Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Sicher. Egal ob im Büro, zu Hause oder unterwegs.</p>
</td></tr></table></td></tr></table></body></html>""",
)

_eb_done = m(
    "k7e09",
    "2026-02-04 07:58",
    "DocuSign System <dse@eumail.docusign.net>",
    "Abgeschlossen: Arbeitsvertrag_Albrecht-Paschke_Elstertal.pdf",
    A("offer", EB, EBR, 1, "docusign"),
    st="accepted",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center"><tr><td>
<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:26px;text-align:center">
<img src="https://eu.docusign.net/member/Images/email/docComplete-white.png" width="75" alt=""><br>
Ihr Dokument wurde fertiggestellt<br><br>
<a href="https://eu.docusign.net/Member/EmailStart.aspx?a=9a17c4e0-1f3b-4c55-8e0d-2b6a4f7d3c19&amp;r=b41d" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none">DOKUMENT ANZEIGEN</a>
</div>
<p>Alle Unterzeichner haben das Dokument fertiggestellt.</p>
<p>Absender: Elstertal Biologics GmbH – People &amp; Culture</p>
<p style="font-size:11px;color:#666">Diese Nachricht nicht weitergeben. Diese E-Mail enthält einen sicheren Link zu DocuSign.<br>
Fragen zum Dokument? Wenn Sie das Dokument ändern müssen oder Fragen zu den Details im Dokument haben, wenden Sie sich bitte direkt an den Absender.</p>
</td></tr></table></body></html>""",
)

_eb_onb = m(
    "k7e10",
    "2026-02-19 13:30",
    "Franziska Ebert <f.ebert@elstertal-bio.example>",
    "Vorbereitung deines Starts – Personalfragebogen & Co.",
    J("other_job", "direct", EB, EBR),
    text="""Hallo Henrike,

bis zum 1. Juni ist zwar noch etwas Zeit, aber damit es dann entspannt losgehen kann, ein paar Dinge vorab:

1. Personalfragebogen: Du bekommst in den nächsten Tagen eine Einladung in unser Personio-Mitarbeiterportal. Bitte trag dort deine Steuer-ID, Sozialversicherungsnummer, Krankenkasse und Bankverbindung ein.
2. Nachweise: Bitte lade eine Kopie deines Abschlusszeugnisses als Chemielaborantin und deines letzten GMP-Schulungsnachweises hoch.
3. Arbeitsmedizinische Vorsorge: Den Termin beim Betriebsarzt machen wir für deine erste Woche aus.
4. IT: Laptop und Zugänge (LIMS, Empower, QMS) sind beantragt.

Am ersten Tag holt dich Paulina um 8:30 Uhr am Empfang ab.

Viele Grüße
Franziska
""",
)

# --- 2 / 3 Saale Pharmazeutika (SuccessFactors; two roles) -----------------------------------

_sp1_conf = m(
    "k7s01",
    "2025-09-08 19:12",
    "SALPHA Karriere <no-reply@successfactors.eu>",
    "Vielen Dank für Ihre Bewerbung – Req-ID 4471",
    A("confirmation", SP, SP1, 2, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<img src="https://career5.successfactors.eu/doc/custom/salphaag/logo_salpha.png" alt="SALPHA" height="38">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>vielen Dank für Ihr Interesse an der Saale Pharmazeutika AG und für Ihre Bewerbung auf die Position</p>
<p><b>Analytiker (m/w/d) Qualitätskontrolle – HPLC/GC</b><br>Standort: Halle (Saale) | Req-ID: 4471</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
<a href="https://career5.successfactors.eu/career?company=salphaag&amp;career_ns=job_application&amp;navBarLevel=MY_APPLICATIONS">Meine Bewerbungen</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>SALPHA – Saale Pharmazeutika AG</p>
<hr>
<p style="font-size:10px;color:#777">Saale Pharmazeutika AG · Weinbergweg 40 · 06120 Halle (Saale) · Vorstand: Dr. Jens-Uwe Härtel (Vors.), Katrin Mosch · Aufsichtsratsvorsitzender: Prof. Dr. Heinz Ackermann · Sitz der Gesellschaft: Halle (Saale) · Amtsgericht Stendal HRB 20418<br>
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>""",
)

_sp_pool = m(
    "k7s02",
    "2025-09-08 19:13",
    "SALPHA Karriere <no-reply@successfactors.eu>",
    "Willkommen in unserem Talent Pool",
    J("alert", "other", SP),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<img src="https://career5.successfactors.eu/doc/custom/salphaag/logo_salpha.png" alt="SALPHA" height="38">
<p>Hallo Henrike,</p>
<p>schön, dass Sie Teil unseres Talent Pools sind! Ab sofort informieren wir Sie über neue Stellenangebote der Saale Pharmazeutika AG, die zu Ihrem Profil passen – in Produktion, Qualität, Forschung &amp; Entwicklung und Verwaltung.</p>
<p>Ihre Job-Benachrichtigungen können Sie jederzeit in Ihrem Profil anpassen oder abbestellen.</p>
<p><a href="https://career5.successfactors.eu/career?company=salphaag&amp;career_ns=job_alerts">Job-Benachrichtigungen verwalten</a></p>
<p>Ihr SALPHA Recruiting-Team</p>
</body></html>""",
)

_sp1_int = m(
    "k7s03",
    "2025-09-24 10:41",
    "Lenz, Marko <marko.lenz@salpha.example>",
    "Einladung zum Vorstellungsgespräch am 07.10.2025",
    A("interview", SP, SP1, 2, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihre Bewerbung als Analytiker (m/w/d) Qualitätskontrolle – HPLC/GC. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich ein zu einem Vorstellungsgespräch am

    Dienstag, den 07. Oktober 2025, um 09:30 Uhr
    Saale Pharmazeutika AG, Weinbergweg 40, 06120 Halle (Saale), Gebäude 3, Besprechungsraum „Saaleaue"

Gesprächspartner: Frau Dr. Cornelia Heß (Leiterin Qualitätskontrolle), Herr Tobias Franke (Teamleiter Chromatographie) und ich.

Bitte melden Sie sich am Empfang der Pforte Nord; ein Besucherparkplatz steht zur Verfügung. Planen Sie bitte ca. 90 Minuten ein, einschließlich eines kurzen Laborrundgangs.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Die Einladung habe ich Ihnen zusätzlich als Termin mitgeschickt.

Mit freundlichen Grüßen

i. A. Marko Lenz
Personalreferent Recruiting

SALPHA – Saale Pharmazeutika AG
Weinbergweg 40 | 06120 Halle (Saale)
Tel. +49 345 6814 2237
www.salpha.example
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F0A1C33B0A2DDC01000000000000000010000000C4D1",
        "2025-10-07 09:30",
        "Vorstellungsgespräch Fr. Albrecht-Paschke – Analytiker QC (Req-ID 4471)",
        ('"Lenz, Marko"', "marko.lenz@salpha.example"),
        style="outlook",
        minutes=90,
        location="Halle, Weinbergweg 40, Geb. 3, BR Saaleaue",
        attendees=[
            ('"Heß, Cornelia Dr."', "cornelia.hess@salpha.example"),
            ('"Franke, Tobias"', "tobias.franke@salpha.example"),
        ],
    ),
)

_sp1_rej = m(
    "k7s04",
    "2025-10-21 15:06",
    "SALPHA Karriere <no-reply@successfactors.eu>",
    "Ihre Bewerbung – Req-ID 4471",
    A("rejection", SP, SP1, 2, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<img src="https://career5.successfactors.eu/doc/custom/salphaag/logo_salpha.png" alt="SALPHA" height="38">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>nochmals vielen Dank für das angenehme Gespräch am 07. Oktober und das Interesse, das Sie unserem Unternehmen entgegengebracht haben.</p>
<p>Nach sorgfältiger Abwägung aller Bewerbungen haben wir uns für eine Kandidatin entschieden, deren Profil noch etwas genauer auf die Anforderungen der Position zugeschnitten ist. Diese Entscheidung ist uns angesichts Ihrer fundierten Erfahrung in der HPLC-Analytik nicht leichtgefallen.</p>
<p>Wir würden uns freuen, wenn Sie unsere Stellenangebote weiterhin verfolgen. Ihre Daten bleiben mit Ihrem Einverständnis in unserem Talent Pool gespeichert.</p>
<p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Marko Lenz<br>Recruiting | SALPHA – Saale Pharmazeutika AG</p>
<p style="font-size:10px;color:#777">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>""",
)

_sp2_conf = m(
    "k7s05",
    "2025-11-10 07:51",
    "SALPHA Karriere <no-reply@successfactors.eu>",
    "Vielen Dank für Ihre Bewerbung – Req-ID 4590",
    A("confirmation", SP, SP2, 3, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<img src="https://career5.successfactors.eu/doc/custom/salphaag/logo_salpha.png" alt="SALPHA" height="38">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>vielen Dank für Ihr Interesse an der Saale Pharmazeutika AG und für Ihre Bewerbung auf die Position</p>
<p><b>Teamleiter (m/w/d) QC-Labor Chromatographie</b><br>Standort: Halle (Saale) | Req-ID: 4590</p>
<p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
<a href="https://career5.successfactors.eu/career?company=salphaag&amp;career_ns=job_application&amp;navBarLevel=MY_APPLICATIONS">Meine Bewerbungen</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>SALPHA – Saale Pharmazeutika AG</p>
<hr>
<p style="font-size:10px;color:#777">Saale Pharmazeutika AG · Weinbergweg 40 · 06120 Halle (Saale) · Amtsgericht Stendal HRB 20418<br>
Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>""",
)

_sp2_zw = m(
    "k7s06",
    "2025-12-08 11:20",
    "Lenz, Marko <marko.lenz@salpha.example>",
    "Zwischenbescheid zu Ihrer Bewerbung",
    A("viewed", SP, SP2, 3, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

schön, wieder von Ihnen zu hören – diesmal für die Teamleitung im QC-Labor.

Ich möchte Ihnen einen kurzen Zwischenstand geben: Ihre Bewerbung befindet sich noch in Prüfung. Da die Position neu geschaffen wurde und an der Umstrukturierung unserer Qualitätseinheit hängt, sind mehrere Stellen im Haus in die Entscheidung eingebunden. Wir rechnen damit, Ihnen bis Mitte Januar eine Rückmeldung geben zu können.

Vielen Dank für Ihre Geduld.

Mit freundlichen Grüßen

i. A. Marko Lenz
Personalreferent Recruiting
SALPHA – Saale Pharmazeutika AG
""",
)

_sp_ooo = m(
    "k7s07",
    "2025-12-22 18:03",
    "Lenz, Marko <marko.lenz@salpha.example>",
    "Automatische Antwort: Teamleiter QC-Labor – Stand meiner Bewerbung",
    J("other_job", "direct", SP, SP2),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 02.01.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@salpha.example oder telefonisch an +49 345 6814 2200.

Mit freundlichen Grüßen
Marko Lenz
""",
)

_sp2_hold = m(
    "k7s08",
    "2026-01-20 13:44",
    "Lenz, Marko <marko.lenz@salpha.example>",
    "AW: Teamleiter QC-Labor – Stand meiner Bewerbung",
    A("confirmation", SP, SP2, 3, "direct"),
    st="on_hold",
    text="""Sehr geehrte Frau Albrecht-Paschke,

entschuldigen Sie die späte Antwort auf Ihre Nachricht vom 22. Dezember – ich war bis Anfang Januar im Urlaub und musste danach selbst erst den Stand klären.

Leider habe ich keine abschließende Nachricht für Sie: Im Zuge der Budgetplanung für 2026 wurde entschieden, die Besetzung der Teamleitung im QC-Labor Chromatographie vorerst zurückzustellen. Das Auswahlverfahren ruht damit bis auf Weiteres. Ihre Bewerbung bleibt selbstverständlich im Verfahren; sobald die Stelle wieder freigegeben ist, komme ich unaufgefordert auf Sie zu.

Ich weiß, dass das unbefriedigend ist, und bitte um Ihr Verständnis.

Mit freundlichen Grüßen

i. A. Marko Lenz
Personalreferent Recruiting
SALPHA – Saale Pharmazeutika AG

________________________________
Von: Henrike Albrecht-Paschke <h.albrecht-paschke@posteo.de>
Gesendet: Montag, 22. Dezember 2025 18:02
An: Lenz, Marko <marko.lenz@salpha.example>
Betreff: Teamleiter QC-Labor – Stand meiner Bewerbung

Sehr geehrter Herr Lenz,

Sie hatten eine Rückmeldung bis Mitte Januar angekündigt. Darf ich kurz nachfragen, ob es schon einen Zeitplan für die Gespräche gibt?

Mit freundlichen Grüßen
Henrike Albrecht-Paschke
""",
)

# --- 4 / 5 Analytik-Kontor Mitteldeutschland (AKM): rejected, then re-applied ----------------

_akm1_sst = m(
    "k7a01",
    "2025-09-03 20:31",
    "StepStone <noreply@stepstone.de>",
    "Ihre Bewerbung wurde erfolgreich versendet",
    A("confirmation", AKM, AKM1, 4, "other"),
    html="""<html><body style="margin:0;font-family:'Helvetica Neue',Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px 28px">
<img src="https://www.stepstone.de/upload_de/logo/stepstone-logo-email.png" alt="StepStone" width="140">
<h2 style="color:#0c2577">Geschafft, Henrike!</h2>
<p>Ihre Bewerbung ist beim Unternehmen angekommen:</p>
<table style="border:1px solid #ddd;width:100%"><tr><td style="padding:12px">
<b>Chemielaborant (m/w/d) Arzneimittelprüfung</b><br>
AKM Analytik-Kontor Mitteldeutschland GmbH<br>Leipzig
</td></tr></table>
<p>Wie geht es weiter? Das Unternehmen sichtet Ihre Unterlagen und meldet sich direkt bei Ihnen. Den Status Ihrer Bewerbung sehen Sie unter <a href="https://www.stepstone.de/candidate/applications?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=apply_confirmation">Meine Bewerbungen</a>.</p>
<p style="font-size:13px">Tipp: Unternehmen melden sich im Schnitt nach 9 Tagen. Bleiben Sie dran – <a href="https://www.stepstone.de/jobs/chemielaborant/in-leipzig?utm_source=transactional&amp;utm_medium=email">ähnliche Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf · Amtsgericht Düsseldorf HRB 66843<br>
Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. <a href="https://www.stepstone.de/datenschutz">Datenschutz</a></p>
</td></tr></table></body></html>""",
)

_akm1_conf = m(
    "k7a02",
    "2025-09-04 08:15",
    "AKM Labor | Bewerbung <bewerbung@akm-labor.example>",
    "Eingangsbestätigung",
    A("confirmation", AKM, AKM1, 4, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Chemielaborant (m/w/d) Arzneimittelprüfung vom 03.09.2025.

Wir werden Ihre Unterlagen prüfen und uns zeitnah mit Ihnen in Verbindung setzen.

Mit freundlichen Grüßen

Personalabteilung
AKM Analytik-Kontor Mitteldeutschland GmbH
GMP-Auftragslabor für Arzneimittel und Wirkstoffe
Torgauer Straße 233 · 04347 Leipzig
Geschäftsführer: Dr. Michael Rudloff · HRB 27741 Amtsgericht Leipzig
""",
)

_akm1_rej = m(
    "k7a03",
    "2025-09-29 16:40",
    "AKM Labor | Bewerbung <bewerbung@akm-labor.example>",
    "Ihre Bewerbung bei uns",
    A("rejection", AKM, AKM1, 4, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

nochmals vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Labor.

Wir haben uns Ihre Unterlagen genau angesehen. Ihr Profil ist beeindruckend – gerade deshalb sind wir ehrlich zu Ihnen: Für die ausgeschriebene Stelle als Laborant/in in der Routineprüfung halten wir Sie für deutlich überqualifiziert und haben uns für eine Bewerberin entschieden, die gerade erst ihre Ausbildung abgeschlossen hat.

Wir können Ihnen daher leider keine positive Nachricht geben. Sollte bei uns eine Position mit mehr Verantwortung frei werden, würden wir uns freuen, wieder von Ihnen zu hören.

Mit freundlichen Grüßen

Ramona Seidel
Personal
AKM Analytik-Kontor Mitteldeutschland GmbH
""",
)

_akm2_conf = m(
    "k7a04",
    "2025-12-04 22:09",
    "AKM Karriere <noreply@akm-labor.rexx-systems.com>",
    "Bewerbungseingang: Stellvertretende Laborleitung (m/w/d) Pharmaanalytik [ID 2025-031]",
    A("confirmation", AKM, AKM2, 5, "other"),
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Sehr geehrte Frau Albrecht-Paschke,</p>
<p>vielen Dank für Ihre Online-Bewerbung als <b>Stellvertretende Laborleitung (m/w/d) Pharmaanalytik</b> (Stellen-ID 2025-031).</p>
<p>Ihre Unterlagen sind bei uns eingegangen und werden nun von den zuständigen Personen geprüft. Über Ihr Bewerberkonto können Sie jederzeit den Stand Ihrer Bewerbung einsehen und Ihre Daten aktualisieren:<br>
<a href="https://akm-labor.rexx-systems.com/portal/login.php?lang=DE">https://akm-labor.rexx-systems.com/portal/login.php</a></p>
<p>Mit freundlichen Grüßen<br>
Ihr Team Personal<br>
AKM Analytik-Kontor Mitteldeutschland GmbH</p>
<p style="color:#888;font-size:10px">Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.<br>
Powered by rexx systems</p>
</body></html>""",
)

_akm2_int = m(
    "k7a05",
    "2025-12-17 12:18",
    "Wagenknecht, Ines Dr. <i.wagenknecht@akm-labor.example>",
    "Gespräch im Januar",
    A("interview", AKM, AKM2, 5, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

Frau Seidel hat mir Ihre Bewerbung weitergeleitet, und ich habe mich gefreut, Ihren Namen wiederzusehen – wir hatten Ihnen im September gesagt, dass wir bei einer Stelle mit mehr Verantwortung gern wieder von Ihnen hören würden. Genau das ist jetzt der Fall.

Ich würde Sie gern zu einem Gespräch einladen, wegen der Feiertage allerdings erst im neuen Jahr:

Donnerstag, 08.01.2026, 13:00 Uhr, bei uns in der Torgauer Straße 233 (Haus 2, Eingang über den Hof).

Dabei sind außer mir Herr Dr. Rudloff (Geschäftsführung) und unsere QA-Leiterin Frau Baumbach. Wir würden Ihnen im Anschluss gern auch das Labor zeigen.

Eine Terminanfrage kommt parallel über Outlook – sagen Sie mir gern Bescheid, falls es nicht passt.

Schöne Feiertage und viele Grüße

Dr. Ines Wagenknecht
Laborleitung Pharmaanalytik
AKM Analytik-Kontor Mitteldeutschland GmbH
Tel. 0341 240 9913
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000008C2E1D906E6FDC01000000000000000010000000E7F3",
        "2026-01-08 13:00",
        "Vorstellungsgespräch Albrecht-Paschke (stv. Laborleitung)",
        ('"Wagenknecht, Ines Dr."', "i.wagenknecht@akm-labor.example"),
        style="outlook",
        minutes=90,
        location="AKM, Torgauer Str. 233, Haus 2, Besprechung EG",
        attendees=[
            ('"Rudloff, Michael Dr."', "m.rudloff@akm-labor.example"),
            ('"Baumbach, Silke"', "s.baumbach@akm-labor.example"),
        ],
    ),
)

_akm2_int2 = m(
    "k7a06",
    "2026-01-07 08:02",
    "Wagenknecht, Ines Dr. <i.wagenknecht@akm-labor.example>",
    "AW: Gespräch im Januar",
    A("interview", AKM, AKM2, 5, "direct"),
    text="""Guten Morgen Frau Albrecht-Paschke,

ja, morgen bleibt es bei 13 Uhr. Parkplätze gibt es im Hof direkt vor Haus 2, die Schranke ist tagsüber offen. Bringen Sie gern Ihre Zeugnisse im Original mit, falls vorhanden – ein Muss ist es nicht.

Bis morgen
Ines Wagenknecht

Gesendet von Outlook für Android
""",
)
_akm2_int2.update(thread(_akm2_int))

# --- 6 Universitätsklinikum Mitteldeutschland (d.vinci, öffentlicher Dienst) -------------------

_uk_conf = m(
    "k7u01",
    "2025-10-02 09:37",
    "Universitätsklinikum Mitteldeutschland – Personal <candidate-k4m8w2qz@ukmd.dvinci-hr.com>",
    "Eingangsbestätigung Ihrer Bewerbung – Kennziffer AP-2025-083",
    A("confirmation", UK, UKR, 6, "other"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle

  Mitarbeiter*in Qualitätskontrolle in der Klinikapotheke
  (Entgeltgruppe 9b TV-L, Vollzeit, unbefristet)
  Kennziffer: AP-2025-083

Die Bewerbungsfrist endet am 19.10.2025. Nach Ablauf der Frist wird die Auswahl unter Beteiligung des Personalrats, der Gleichstellungsbeauftragten und gegebenenfalls der Schwerbehindertenvertretung getroffen. Bitte sehen Sie daher von Nachfragen zum Stand des Verfahrens vor Ablauf von vier Wochen nach Ende der Bewerbungsfrist ab.

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Sofern Sie eine Schwerbehinderung oder Gleichstellung bisher nicht angegeben haben, können Sie dies in Ihrem Bewerberkonto nachholen.

Kosten, die Ihnen im Zusammenhang mit der Bewerbung entstehen (z. B. Reisekosten zu einem Auswahlgespräch), können leider nicht erstattet werden.

Mit freundlichen Grüßen

Geschäftsbereich Personal
Universitätsklinikum Mitteldeutschland
Anstalt des öffentlichen Rechts
Liebigstraße 60 · 04103 Leipzig

Hinweise zum Datenschutz im Bewerbungsverfahren: https://ukmd.dvinci-hr.com/de/p/datenschutz
""",
)

_uk_zw = m(
    "k7u02",
    "2025-11-04 14:12",
    "Universitätsklinikum Mitteldeutschland – Personal <candidate-k4m8w2qz@ukmd.dvinci-hr.com>",
    "Zwischennachricht – Kennziffer AP-2025-083",
    A("viewed", UK, UKR, 6, "other"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

auf die oben genannte Stelle sind zahlreiche Bewerbungen eingegangen. Ihre Bewerbung befindet sich noch in Prüfung; das Auswahlverfahren ist noch nicht abgeschlossen.

Wir bitten um Ihr Verständnis, dass die Sichtung der Unterlagen und die Abstimmung mit den beteiligten Gremien einige Zeit in Anspruch nimmt. Sie erhalten unaufgefordert Nachricht von uns.

Mit freundlichen Grüßen
Im Auftrag
Carola Nitzsche
Sachbearbeiterin Personalgewinnung
Geschäftsbereich Personal
""",
)

_uk_int = m(
    "k7u03",
    "2025-11-20 10:05",
    "Universitätsklinikum Mitteldeutschland – Personal <candidate-k4m8w2qz@ukmd.dvinci-hr.com>",
    "Einladung zum Auswahlgespräch – Kennziffer AP-2025-083",
    A("interview", UK, UKR, 6, "other"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl für die Stelle „Mitarbeiter*in Qualitätskontrolle in der Klinikapotheke" (Kennziffer AP-2025-083) gekommen sind.

Wir laden Sie daher herzlich zu einem Auswahlgespräch ein:

Datum: Dienstag, 02.12.2025
Uhrzeit: 10:30 Uhr (Dauer ca. 45 Minuten)
Ort: Klinikapotheke, Haus 12, Liebigstraße 60, 04103 Leipzig, Raum 2.014

Der Auswahlkommission gehören die Leiterin der Klinikapotheke, Frau Dr. Ulrike Brandes, der stellvertretende Leiter der Qualitätskontrolle sowie Vertreter*innen des Personalrats und der Gleichstellungsbeauftragten an. Im Rahmen des Gesprächs bitten wir Sie um eine ca. fünfminütige Vorstellung zu folgender Fragestellung: „Wie würden Sie die Freigabeprüfung einer Charge aseptisch hergestellter Zytostatika-Zubereitungen organisieren?"

Bitte bestätigen Sie Ihre Teilnahme bis zum 26.11.2025 über den Link in Ihrem Bewerberkonto oder durch Antwort auf diese E-Mail. Eine Kalenderdatei ist beigefügt.

Bitte beachten Sie, dass Reisekosten nicht erstattet werden können.

Mit freundlichen Grüßen
Im Auftrag
Carola Nitzsche
Geschäftsbereich Personal
""",
    ics=ics(
        "dvinci-ukmd-interview-20251202-1030-47781",
        "2025-12-02 10:30",
        "Auswahlgespräch AP-2025-083 – Albrecht-Paschke",
        (
            "Universitätsklinikum Mitteldeutschland – Personal",
            "candidate-k4m8w2qz@ukmd.dvinci-hr.com",
        ),
        style="outlook",
        minutes=45,
        location="Klinikapotheke, Haus 12, Liebigstraße 60, Raum 2.014",
    ),
)

_uk_rej = m(
    "k7u04",
    "2025-12-15 11:48",
    "Universitätsklinikum Mitteldeutschland – Personal <candidate-k4m8w2qz@ukmd.dvinci-hr.com>",
    "Ihre Bewerbung – Kennziffer AP-2025-083",
    A("rejection", UK, UKR, 6, "other"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

wir danken Ihnen für Ihre Bewerbung und die Teilnahme am Auswahlgespräch am 02.12.2025.

Nach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass die Wahl auf eine andere Bewerberin gefallen ist. Die Entscheidung wurde unter Beteiligung des Personalrats getroffen. Die Auswahlkommission hat Ihre fachliche Präsentation ausdrücklich positiv hervorgehoben; den Ausschlag gab letztlich die langjährige Erfahrung der ausgewählten Bewerberin in der patientenindividuellen Herstellung.

Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Carola Nitzsche
Geschäftsbereich Personal
Universitätsklinikum Mitteldeutschland
""",
)

# --- 7 Hansen-Institut (softgarden; withdrawn) --------------------------------------------

_hi_conf = m(
    "k7h01",
    "2025-10-14 19:55",
    "Hansen-Institut HIBA <no-reply@softgarden.io>",
    "Ihre Bewerbung: Technische*r Assistent*in GMP-Qualitätskontrolle (Kennziffer 37/2025)",
    A("confirmation", HI, HIR, 7, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="border-top:6px solid #00756a;padding:18px 24px;max-width:620px">
<img src="https://static.softgarden.io/public/companies/hiba/logo.png" alt="Hansen-Institut für Bioprozess- und Analysentechnik HIBA" height="44">
<p>Guten Tag Frau Albrecht-Paschke,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Technische*r Assistent*in GMP-Qualitätskontrolle</b> (befristet auf 24 Monate, Kennziffer 37/2025) am Hansen-Institut für Bioprozess- und Analysentechnik HIBA in Leipzig.</p>
<p>Wir haben Ihre Unterlagen erhalten. Bitte haben Sie Verständnis, dass die Auswahl nach Ende der Ausschreibungsfrist einige Wochen in Anspruch nehmen kann. Wir melden uns bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Personalteam des HIBA</p>
<p style="font-size:11px;color:#666">Das HIBA ist eine Einrichtung der Forschungsgemeinschaft Angewandte Biowissenschaften e. V. Wir fördern die Chancengleichheit und begrüßen Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.<br>
<a href="https://hiba.softgarden.io/de/applicant/login">Zu Ihrem Bewerbungskonto</a> · <a href="https://hiba.softgarden.io/de/privacy">Datenschutz</a></p>
</div></body></html>""",
)

_hi_zw = m(
    "k7h02",
    "2025-11-26 16:30",
    "Dr. Katrin Szymanski <katrin.szymanski@hiba.example>",
    "Kennziffer 37/2025 – kurzer Zwischenstand",
    A("viewed", HI, HIR, 7, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

Sie haben sich im Oktober auf unsere TA-Stelle in der GMP-Qualitätskontrolle beworben. Ich wollte Sie nicht ganz ohne Nachricht lassen: Die Drittmittelbewilligung, an der die Stelle hängt, hat sich verschoben, und wir haben die Ausschreibung deshalb bis Ende Dezember verlängert. Ihre Unterlagen liegen mir vor und sind im Verfahren; die Gespräche werden wir voraussichtlich in der zweiten Januarhälfte führen.

Mit freundlichen Grüßen
Katrin Szymanski

--
Dr. Katrin Szymanski
Gruppenleiterin Qualitätskontrolle / GMP-Einheit
Hansen-Institut für Bioprozess- und Analysentechnik HIBA
Perlickstraße 7 | 04103 Leipzig
""",
)

_hi_int = m(
    "k7h03",
    "2026-01-09 11:26",
    "Dr. Katrin Szymanski <katrin.szymanski@hiba.example>",
    "Einladung zum Gespräch (Kennziffer 37/2025)",
    A("interview", HI, HIR, 7, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

die Finanzierung steht, und wir können das Verfahren nun fortsetzen. Gern möchten wir Sie zu einem Gespräch per Zoom einladen:

Mittwoch, 21. Januar 2026, 14:00–15:00 Uhr

Neben mir nehmen Herr Prof. Dr. Gerd Hansen-Wille (Institutsleitung) und Frau Meike Thon (Personal) teil. Die Zugangsdaten finden Sie in der Kalendereinladung. Bitte teilen Sie mir kurz mit, ob der Termin für Sie möglich ist.

Mit freundlichen Grüßen
Katrin Szymanski
""",
    ics=ics(
        "5r8o0n2tq1b4k7m9c3d6f8h0j2@google.com",
        "2026-01-21 14:00",
        "Gespräch TA GMP-QK (37/2025) – Albrecht-Paschke",
        ("Katrin Szymanski", "katrin.szymanski@hiba.example"),
        location="https://hiba-example.zoom.us/j/84411290377?pwd=bUpQ3RzT1dLa0",
        description="Zoom-Meeting beitreten\nhttps://hiba-example.zoom.us/j/84411290377?pwd=bUpQ3RzT1dLa0\nMeeting-ID: 844 1129 0377\nKenncode: 550218",
        attendees=[
            ("Gerd Hansen-Wille", "gerd.hansen-wille@hiba.example"),
            ("Meike Thon", "meike.thon@hiba.example"),
        ],
    ),
)

_hi_wd = m(
    "k7h04",
    "2026-02-05 09:41",
    "Dr. Katrin Szymanski <katrin.szymanski@hiba.example>",
    "AW: Rückzug meiner Bewerbung (Kennziffer 37/2025)",
    A("confirmation", HI, HIR, 7, "direct"),
    st="withdrawn",
    text="""Liebe Frau Albrecht-Paschke,

schade – aber herzlichen Glückwunsch zur neuen Stelle! Ich nehme Ihre Bewerbung wie gewünscht aus dem Verfahren und gebe Frau Thon Bescheid, damit Ihre Unterlagen gelöscht werden.

Vielleicht läuft man sich in der Leipziger GMP-Welt ja trotzdem wieder über den Weg, die ist bekanntlich klein.

Alles Gute
Katrin Szymanski

> Am 04.02.2026 um 21:15 schrieb Henrike Albrecht-Paschke:
> Sehr geehrte Frau Dr. Szymanski,
> vielen Dank für das freundliche Gespräch im Januar. Ich habe inzwischen
> ein Angebot angenommen und ziehe meine Bewerbung deshalb zurück. Ich
> hoffe, das bringt Ihr Verfahren nicht durcheinander.
> Mit freundlichen Grüßen
> Henrike Albrecht-Paschke
""",
)

# --- 8 Cerulea Therapeutics, Basel (Workday tenant "ctxag"; the offer she declines) ---------

_ce_acct = m(
    "k7c01",
    "2025-10-06 20:02",
    "Cerulea Therapeutics <ctxag@myworkday.com>",
    "Verify your candidate account",
    J("other_job", "workday", CE, lang="en"),
    text="""Hello Henrike,

You recently created a candidate account on the Cerulea Therapeutics careers site. To finish setting up your account, please verify your email address:

https://wd3.myworkdaysite.com/recruiting/ctxag/Careers/verify?token=7d1f22c0a9b84e1a

This link expires in 24 hours. If you did not create this account, you can ignore this email.

Cerulea Therapeutics AG
""",
)

_ce_conf = m(
    "k7c02",
    "2025-10-06 20:09",
    "Cerulea Therapeutics <ctxag@myworkday.com>",
    "Thank you for applying – QC Specialist Chromatography (R-10982)",
    A("confirmation", CE, CER, 8, "workday", "en"),
    text="""Dear Henrike,

Thank you for your interest in Cerulea Therapeutics and for applying to the position QC Specialist Chromatography (80–100 %), requisition R-10982, in Basel.

We have received your application. Our Talent Acquisition team will review your profile and contact you if your experience matches the requirements of the role. You can check the status of your application at any time on our careers site under "My Applications".

Kind regards,
Talent Acquisition
Cerulea Therapeutics AG | Hochbergerstrasse 60 | 4057 Basel | Switzerland

This mailbox is not monitored. Please do not reply to this email.
""",
)

_ce_case = m(
    "k7c03",
    "2025-10-29 08:50",
    "Reto Zumbühl <reto.zumbuehl@cerulea-tx.example>",
    "Fallstudie vor unserem Gespräch",
    A("assessment", CE, CER, 8, "direct"),
    text="""Grüezi Frau Albrecht-Paschke

Corinne Stöckli hat Ihnen ja bereits telefonisch mitgeteilt, dass wir Sie gerne näher kennenlernen möchten. Als Vorbereitung auf das Gespräch erhalten Sie im Anhang eine kurze Fallstudie aus unserem Laboralltag (anonymisierte Daten einer Gehaltsbestimmung mit auffälligem Ergebnis).

Die Aufgabe:
1. Beurteilen Sie die Systemeignungsdaten und das Chromatogramm.
2. Skizzieren Sie, wie Sie die Laboruntersuchung (Phase Ia) aufbauen würden.
3. Welche Informationen würden Sie vom Produktionsbereich anfordern?

Bitte senden Sie mir Ihre Antworten (max. 2 Seiten, Stichworte genügen) bis Mittwoch, 5. November. Wir besprechen das dann im Interview gemeinsam – es gibt nicht die eine richtige Lösung.

Freundliche Grüsse
Reto Zumbühl

Dr. Reto Zumbühl
Head QC Analytics
Cerulea Therapeutics AG
Hochbergerstrasse 60 | 4057 Basel
T +41 61 508 44 12
""",
    attach=[("Fallstudie_OOS_QC-Analytics_R-10982.pdf", "application/pdf", PDF)],
)

_ce_int1 = m(
    "k7c04",
    "2025-11-06 09:15",
    "Corinne Stöckli <corinne.stoeckli@cerulea-tx.example>",
    "Einladung Interview QC Specialist Chromatography",
    A("interview", CE, CER, 8, "direct"),
    text="""Guten Tag Frau Albrecht-Paschke

Besten Dank für Ihre Fallstudie, die bei Dr. Zumbühl auf grosses Interesse gestossen ist. Gerne bestätige ich Ihnen das erste Interview:

Donnerstag, 13. November 2025, 15:00–16:15 Uhr (MEZ)
Microsoft Teams (Link in der Einladung)
Teilnehmende: Dr. Reto Zumbühl (Head QC Analytics), Sarah Bürgi (QC Team Lead Chromatography), Corinne Stöckli (Talent Acquisition)

Das Gespräch findet auf Deutsch statt; einzelne Teile (z. B. Fragen zu Ihrer Erfahrung mit Empower und Chromeleon) können auf Englisch sein, da unser Team international ist.

Freundliche Grüsse
Corinne Stöckli
Talent Acquisition Partner
Cerulea Therapeutics AG, Basel
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B21E6AA5F74EDC01000000000000000010000000F02A",
        "2025-11-13 15:00",
        "Interview R-10982 QC Specialist Chromatography – H. Albrecht-Paschke",
        ("Corinne Stöckli", "corinne.stoeckli@cerulea-tx.example"),
        style="outlook",
        minutes=75,
        location="Microsoft Teams Meeting",
        description="Microsoft Teams Meeting beitreten\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZGE1/0\nMeeting-ID: 318 227 650 91\nPasscode: 7uD4rP",
        attendees=[
            ("Reto Zumbühl", "reto.zumbuehl@cerulea-tx.example"),
            ("Sarah Bürgi", "sarah.buergi@cerulea-tx.example"),
        ],
    ),
)

_ce_int2 = m(
    "k7c05",
    "2025-11-20 16:02",
    "Corinne Stöckli <corinne.stoeckli@cerulea-tx.example>",
    "2. Runde bei uns in Basel – 3. Dezember",
    A("interview", CE, CER, 8, "direct"),
    text="""Guten Tag Frau Albrecht-Paschke

Wie telefonisch besprochen, freuen wir uns, Sie zur zweiten Runde nach Basel einzuladen:

Mittwoch, 3. Dezember 2025, 10:00 bis ca. 14:30 Uhr
Cerulea Therapeutics AG, Hochbergerstrasse 60, 4057 Basel – Empfang Bau 2

Programm: Laborführung, Gespräch mit dem Chromatographie-Team, Mittagessen, Gespräch mit Dr. Zumbühl und Herrn Matthias Gysin (Head Quality), Abschluss mit mir (Anstellungsbedingungen, Umzug, Bewilligung).

Ihre Reisekosten (Bahn 2. Klasse ab Leipzig sowie eine Übernachtung) übernehmen wir selbstverständlich. Das Hotel Rheinblick, Klybeckstrasse, ist für die Nacht vom 2. auf den 3. Dezember auf Ihren Namen reserviert. Bitte senden Sie uns die Belege nach dem Besuch.

Vom Badischen Bahnhof sind es mit dem Tram 8 Richtung Kleinhüningen rund zehn Minuten.

Freundliche Grüsse
Corinne Stöckli
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000047D66E0B2C5ADC01000000000000000010000000A3C8",
        "2025-12-03 10:00",
        "Onsite-Interview Basel – H. Albrecht-Paschke (R-10982)",
        ("Corinne Stöckli", "corinne.stoeckli@cerulea-tx.example"),
        style="outlook",
        minutes=270,
        location="Cerulea Therapeutics AG, Hochbergerstrasse 60, 4057 Basel, Empfang Bau 2",
        attendees=[
            ("Reto Zumbühl", "reto.zumbuehl@cerulea-tx.example"),
            ("Matthias Gysin", "matthias.gysin@cerulea-tx.example"),
        ],
    ),
)

_ce_offer = m(
    "k7c06",
    "2025-12-17 17:31",
    "Corinne Stöckli <corinne.stoeckli@cerulea-tx.example>",
    "Unsere Offerte für Sie",
    A("offer", CE, CER, 8, "direct"),
    text="""Guten Tag Frau Albrecht-Paschke

Es freut mich sehr, Ihnen im Namen von Cerulea Therapeutics die Stelle als QC Specialist Chromatography anbieten zu dürfen. Die Rückmeldungen aus dem Team nach Ihrem Besuch in Basel waren durchwegs positiv.

Die Eckpunkte unserer Offerte:
- Pensum 100 %, Eintritt per 1. März 2026 (oder nach Vereinbarung)
- Jahresbruttolohn CHF 98'800, ausbezahlt in 13 Monatslöhnen
- 25 Ferientage, ab dem 50. Altersjahr 30
- Pensionskasse mit überobligatorischen Leistungen, Beitrag Arbeitgeber 60 %
- Relocation-Pauschale CHF 8'000 sowie Unterstützung bei der Wohnungssuche und der Bewilligung (Ausweis B)

Den Vertragsentwurf erhalten Sie separat per Post und als PDF im Anhang. Wir wissen, dass ein Umzug mit Familie eine grosse Entscheidung ist, und geben Ihnen gern Zeit bis Freitag, 9. Januar 2026. Für Fragen – auch zu Kitas und Schulen in Basel – stehe ich jederzeit zur Verfügung.

Schöne Festtage und freundliche Grüsse
Corinne Stöckli
Talent Acquisition Partner
Cerulea Therapeutics AG
Hochbergerstrasse 60 | 4057 Basel
""",
    attach=[("Arbeitsvertrag_Entwurf_Albrecht-Paschke_R-10982.pdf", "application/pdf", PDF)],
)

_ce_decl = m(
    "k7c07",
    "2026-01-09 10:48",
    "Corinne Stöckli <corinne.stoeckli@cerulea-tx.example>",
    "AW: Unsere Offerte für Sie",
    A("offer", CE, CER, 8, "direct"),
    st="declined",
    text="""Guten Tag Frau Albrecht-Paschke

Vielen Dank für Ihre ehrliche und ausführliche Rückmeldung. Natürlich bedauern wir Ihren Entscheid sehr, wir können ihn aber gut nachvollziehen – ein Umzug in die Schweiz mit einem Kleinkind und einer Partnerschaft, die in Leipzig verwurzelt ist, will gut überlegt sein.

Ich habe Dr. Zumbühl informiert; er lässt Sie herzlich grüssen. Sollte sich Ihre Situation einmal ändern, dürfen Sie sich jederzeit direkt bei uns melden.

Alles Gute für Sie und Ihre Familie!
Freundliche Grüsse
Corinne Stöckli

Von: Henrike Albrecht-Paschke <h.albrecht-paschke@posteo.de>
Gesendet: Donnerstag, 8. Januar 2026 22:14
An: Corinne Stöckli <corinne.stoeckli@cerulea-tx.example>
Betreff: Re: Unsere Offerte für Sie

Liebe Frau Stöckli,

nach langem Hin und Her haben wir uns als Familie entschieden, in Leipzig zu bleiben. Ich muss Ihr sehr gutes Angebot deshalb leider ablehnen. Das fällt mir wirklich nicht leicht – die Tage in Basel haben mir sehr gefallen.

Herzliche Grüße
Henrike Albrecht-Paschke
""",
)
_ce_decl.update(thread(_ce_offer))

# --- 9 Vakzinwerk Elbe (LinkedIn Easy Apply; ghosted) ------------------------------------

_vw_conf = m(
    "k7v01",
    "2025-09-16 07:22",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Henrike, Ihre Bewerbung wurde an Vakzinwerk Elbe GmbH gesendet",
    A("confirmation", VW, VWR, 9, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84">
<h2 style="font-size:20px">Ihre Bewerbung wurde an Vakzinwerk Elbe GmbH gesendet</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/C4E0BAQ/company-logo_100_100/0/vakzinwerk" width="48" alt=""></td>
<td><b>QC Chemiker (m/w/d) Stabilitätsprüfungen</b><br>Vakzinwerk Elbe GmbH · Dresden, Sachsen, Deutschland<br>
<span style="color:#666">Beworben am 16.09.2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4301887265/?trackingId=Xy3sK0Q2R%2B2b&amp;refId=apply-confirm" style="background:#0a66c2;color:#fff;padding:8px 18px;border-radius:16px;text-decoration:none">Job ansehen</a></p>
<p style="font-size:14px">Jetzt heißt es abwarten. Sie können den Status Ihrer Bewerbung unter „Meine Jobs" verfolgen.</p>
<p style="font-size:12px;color:#666">Diese E-Mail war an Henrike Albrecht-Paschke (QC-Analystin | HPLC | GMP | OOS) gerichtet.<br>
<a href="https://www.linkedin.com/help/linkedin/answer/4788">Erfahren Sie, warum wir diese Informationen angeben.</a><br>
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist ein eingetragener Geschäftsname von LinkedIn Ireland Unlimited Company.</p>
</td></tr></table></body></html>""",
)

_vw_viewed = m(
    "k7v02",
    "2025-09-19 13:07",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Ihre Bewerbung wurde angesehen",
    A("viewed", VW, VWR, 9, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Segoe UI,Roboto,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84">
<p style="font-size:16px">Gute Neuigkeiten, Henrike!</p>
<p>Ihre Bewerbung für <b>QC Chemiker (m/w/d) Stabilitätsprüfungen</b> wurde von <b>Vakzinwerk Elbe GmbH</b> angesehen.</p>
<p><a href="https://www.linkedin.com/jobs-tracker/?stage=applied&amp;trk=eml-jobs_application_viewed" style="background:#0a66c2;color:#fff;padding:8px 18px;border-radius:16px;text-decoration:none">Bewerbung ansehen</a></p>
<p style="font-size:12px;color:#666">Sie erhalten Benachrichtigungen zu Bewerbungen. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_viewed">Abbestellen</a><br>
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

# --- 10 Kiezlab Bio, Berlin (Personio; founder from Gmail; a reschedule) --------------------

_kl_conf = m(
    "k7k01",
    "2025-10-20 23:14",
    "Kiezlab Bio <no-reply@jobs.personio.de>",
    "Wir haben deine Bewerbung erhalten 🧪",
    A("confirmation", KL, KLR, 10, "personio"),
    text="""Hey Henrike,

danke, dass du dich als Lab Manager QC (m/w/d) bei Kiezlab bewirbst!

Kurz zu uns, falls du's noch nicht weißt: Wir sind 23 Leute in Berlin-Wedding und bauen zellfreie Expressionssysteme für die Diagnostik. Gerade bereiten wir unsere erste GMP-Zertifizierung vor – und genau da kommst du ins Spiel.

Wir lesen jede Bewerbung selbst (ja, wirklich, die Gründer*innen auch) und melden uns innerhalb von zwei Wochen.

Cheers
Team Kiezlab

Kiezlab Bio GmbH · Gerichtstraße 23 · 13347 Berlin
""",
    reply_to="Kiezlab Bio <application+w2t8n5@kiezlab-bio.jobs.personio.de>",
)

_kl_call = m(
    "k7k02",
    "2025-10-27 21:40",
    "Mira Osterhold <mira.osterhold@gmail.com>",
    "Kiezlab – Lust auf einen Call?",
    A("interview", KL, KLR, 10, "direct"),
    text="""Hi Henrike,

Mira hier, eine der beiden Gründerinnen von Kiezlab. Ich schreib dir von meiner privaten Adresse, weil unser Mailserver heute mal wieder spinnt – sorry dafür.

Deine Bewerbung hat mir echt gut gefallen, vor allem die Sache mit der Umstellung eurer Stabilitätsprüfung auf LIMS. Genau sowas brauchen wir. Hättest du Lust auf einen lockeren Video-Call, so 45 Minuten? Ich weiß, du bist noch im Job, deshalb gern nach Feierabend – wie wär's mit Montag, 3.11., 17 Uhr? Ich schick dir einfach mal eine Einladung, wenn's nicht passt, schieben wir.

Liebe Grüße
Mira

Sent from my iPhone
""",
)

_kl_inv = m(
    "k7k03",
    "2025-10-28 07:05",
    "Mira Osterhold <mira.osterhold@gmail.com>",
    "Einladung: Kiezlab x Henrike – Kennenlernen @ Mo. 3. Nov. 2025 17:00 - 17:45 (MEZ)",
    A("interview", KL, KLR, 10, "direct"),
    text="""Mira Osterhold hat Sie zu folgendem Termin eingeladen.

Kiezlab x Henrike – Kennenlernen
Montag, 3. November 2025 ⋅ 17:00–17:45
Zeitzone: Europe/Berlin

Google Meet beitreten
meet.google.com/qvk-drsa-tmx

Organisator
Mira Osterhold
mira.osterhold@gmail.com

Gäste
Mira Osterhold – Organisator
h.albrecht-paschke@posteo.de

Einladung von Google Kalender: https://calendar.google.com/calendar/
Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
""",
    ics=ics(
        "2a9f7c1e0b3d@google.com",
        "2025-11-03 17:00",
        "Kiezlab x Henrike – Kennenlernen",
        ("Mira Osterhold", "mira.osterhold@gmail.com"),
        minutes=45,
        location="meet.google.com/qvk-drsa-tmx",
        description="Google Meet: https://meet.google.com/qvk-drsa-tmx",
    ),
)

_kl_move = m(
    "k7k04",
    "2025-10-31 12:16",
    "Mira Osterhold <mira.osterhold@gmail.com>",
    "Aktualisierte Einladung: Kiezlab x Henrike – Kennenlernen @ Mi. 5. Nov. 2025 17:30 - 18:15 (MEZ)",
    A("interview", KL, KLR, 10, "direct"),
    text="""Dieser Termin wurde geändert.

Hey Henrike, sorry – am Montag hab ich kurzfristig einen Investoren-Termin reinbekommen. Können wir auf Mittwoch, 17:30, verschieben? Jonas (unser CTO) ist dann auch dabei. LG Mira

Kiezlab x Henrike – Kennenlernen
Geändert: Mittwoch, 5. November 2025 ⋅ 17:30–18:15
Zeitzone: Europe/Berlin

Google Meet beitreten
meet.google.com/qvk-drsa-tmx

Gäste
Mira Osterhold – Organisator
Jonas Pfeiffer
h.albrecht-paschke@posteo.de

Einladung von Google Kalender: https://calendar.google.com/calendar/
""",
    ics=ics(
        "2a9f7c1e0b3d@google.com",
        "2025-11-05 17:30",
        "Kiezlab x Henrike – Kennenlernen",
        ("Mira Osterhold", "mira.osterhold@gmail.com"),
        minutes=45,
        sequence=1,
        location="meet.google.com/qvk-drsa-tmx",
        description="Verschoben von Mo. 3.11. auf Mi. 5.11.\nGoogle Meet: https://meet.google.com/qvk-drsa-tmx",
        attendees=[("Jonas Pfeiffer", "jonas@kiezlab-bio.example")],
    ),
)

_kl_rej = m(
    "k7k05",
    "2025-11-14 18:22",
    "Kiezlab Bio <no-reply@jobs.personio.de>",
    "Kiezlab – kurzes Update",
    A("rejection", KL, KLR, 10, "personio"),
    text="""Hey Henrike,

danke nochmal für das Gespräch mit Mira und Jonas – die beiden waren hinterher echt begeistert, wie klar du über Abweichungen und CAPA sprichst.

Trotzdem haben wir uns am Ende anders entschieden: Wir brauchen in der Rolle gerade jemanden, der neben dem QC-Aufbau auch viel Einkauf und Labororganisation für die Entwicklung übernimmt, und da hat eine andere Kandidatin einfach besser gepasst. Das war wirklich knapp und hatte nichts mit deiner fachlichen Stärke zu tun.

Wenn wir nächstes Jahr wie geplant das QC-Team aufbauen, würden wir uns gern wieder bei dir melden – wenn das für dich okay ist.

Alles Gute dir!
Mira & Team Kiezlab
""",
    reply_to="Kiezlab Bio <application+w2t8n5@kiezlab-bio.jobs.personio.de>",
)

# --- 11 Pleiße Arzneimittel (group careers mailbox Merkur Health; one interview cancelled) ----

_pa_conf = m(
    "k7p01",
    "2025-09-22 12:30",
    "Merkur Health Group | Karriere <karriere@merkur-health.example>",
    "Ihre Bewerbung – QA Specialist (m/w/d) Deviation & CAPA, Markkleeberg",
    A("confirmation", PA, PAR, 11, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

herzlichen Dank für Ihre Bewerbung, die wir im Auftrag unserer Tochtergesellschaft Pleiße Arzneimittel GmbH am Standort Markkleeberg entgegennehmen.

Ihre Unterlagen werden nun von uns und der Fachabteilung gesichtet. Wir melden uns in der Regel innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen

Tanja Hoyer
Talent Acquisition
Merkur Health Group – Shared Services HR
für die Pleiße Arzneimittel GmbH

Merkur Health Group GmbH · Zschochersche Straße 48 · 04229 Leipzig
Pleiße Arzneimittel GmbH · Rathausstraße 11 · 04416 Markkleeberg
""",
)

_pa_int = m(
    "k7p02",
    "2025-10-08 14:10",
    "Hoyer, Tanja <tanja.hoyer@merkur-health.example>",
    "Einladung Vorstellungsgespräch 16.10.2025 – Pleiße Arzneimittel",
    A("interview", PA, PAR, 11, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

die Fachabteilung der Pleiße Arzneimittel GmbH möchte Sie gern persönlich kennenlernen. Wir laden Sie herzlich ein:

Donnerstag, 16.10.2025, 10:00 Uhr
Pleiße Arzneimittel GmbH, Rathausstraße 11, 04416 Markkleeberg – bitte am Werktor 1 melden

Gesprächspartner: Herr Dr. Bernd Klapproth (Leiter Qualitätssicherung, QP) und ich.

Bitte bestätigen Sie den Termin über die angehängte Einladung.

Mit freundlichen Grüßen
Tanja Hoyer
Talent Acquisition | Merkur Health Group
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C37B5F8E4B38DC01000000000000000010000000B1D2",
        "2025-10-16 10:00",
        "Vorstellungsgespräch QA Specialist – Albrecht-Paschke",
        ('"Hoyer, Tanja"', "tanja.hoyer@merkur-health.example"),
        style="outlook",
        minutes=60,
        location="Pleiße Arzneimittel GmbH, Markkleeberg, Werktor 1",
        attendees=[('"Klapproth, Bernd Dr."', "bernd.klapproth@pleisse-arznei.example")],
    ),
)

_pa_cancel = m(
    "k7p03",
    "2025-10-14 17:52",
    "Hoyer, Tanja <tanja.hoyer@merkur-health.example>",
    "Abgesagt: Vorstellungsgespräch QA Specialist – Albrecht-Paschke",
    A("interview", PA, PAR, 11, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

leider muss ich den Termin am Donnerstag absagen: Herr Dr. Klapproth ist kurzfristig zu einer Behördeninspektion an einem anderen Standort der Gruppe gerufen worden. Das tut uns sehr leid.

Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen
Tanja Hoyer
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C37B5F8E4B38DC01000000000000000010000000B1D2",
        "2025-10-16 10:00",
        "Abgesagt: Vorstellungsgespräch QA Specialist – Albrecht-Paschke",
        ('"Hoyer, Tanja"', "tanja.hoyer@merkur-health.example"),
        style="outlook",
        method="CANCEL",
        minutes=60,
        location="Pleiße Arzneimittel GmbH, Markkleeberg, Werktor 1",
        attendees=[('"Klapproth, Bernd Dr."', "bernd.klapproth@pleisse-arznei.example")],
    ),
)

_pa_int2 = m(
    "k7p04",
    "2025-10-23 09:03",
    "Hoyer, Tanja <tanja.hoyer@merkur-health.example>",
    "Neuer Termin: Dienstag, 04.11., 13:30 Uhr",
    A("interview", PA, PAR, 11, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

wie versprochen ein neuer Termin: Dienstag, 04.11.2025, 13:30 Uhr, wieder in Markkleeberg, Werktor 1. Herr Dr. Klapproth bringt dieses Mal zusätzlich Frau Anja Stolle aus der Qualitätskontrolle mit.

Danke für Ihre Flexibilität!

Viele Grüße
Tanja Hoyer
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A8F14A115E44DC01000000000000000010000000B1D9",
        "2025-11-04 13:30",
        "Vorstellungsgespräch QA Specialist – Albrecht-Paschke (neuer Termin)",
        ('"Hoyer, Tanja"', "tanja.hoyer@merkur-health.example"),
        style="outlook",
        minutes=75,
        location="Pleiße Arzneimittel GmbH, Markkleeberg, Werktor 1",
        attendees=[
            ('"Klapproth, Bernd Dr."', "bernd.klapproth@pleisse-arznei.example"),
            ('"Stolle, Anja"', "anja.stolle@pleisse-arznei.example"),
        ],
    ),
)

_pa_rej = m(
    "k7p05",
    "2025-11-18 10:27",
    "Merkur Health Group | Karriere <karriere@merkur-health.example>",
    "Rückmeldung",
    A("rejection", PA, PAR, 11, "direct"),
    text="""Sehr geehrte Frau Albrecht-Paschke,

vielen Dank für Ihren Besuch in Markkleeberg und das offene Gespräch mit Herrn Dr. Klapproth und Frau Stolle.

Sie haben einen sehr guten Eindruck hinterlassen, insbesondere mit Ihrer Erfahrung aus OOS-Untersuchungen im Labor. Für diese Position suchen wir allerdings jemanden, der bereits als Deviation Owner in der Qualitätssicherung gearbeitet und Abweichungen aus der Herstellung eigenverantwortlich bewertet hat. Wir haben uns deshalb für einen anderen Bewerber entschieden.

Gern würden wir Ihre Unterlagen für künftige Vakanzen in der Merkur Health Group berücksichtigen. Bitte teilen Sie uns mit, falls Sie damit nicht einverstanden sind.

Mit freundlichen Grüßen

Tanja Hoyer
Talent Acquisition
Merkur Health Group – Shared Services HR
für die Pleiße Arzneimittel GmbH
""",
)

MAIL: list[dict[str, Any]] = [
    _eb_conf, _eb_int1, _eb_int2, _eb_int2b, _eb_offer, _eb_offer2, _eb_acc, _eb_docu,
    _eb_done, _eb_onb,
    _sp1_conf, _sp_pool, _sp1_int, _sp1_rej, _sp2_conf, _sp2_zw, _sp_ooo, _sp2_hold,
    _akm1_sst, _akm1_conf, _akm1_rej, _akm2_conf, _akm2_int, _akm2_int2,
    _uk_conf, _uk_zw, _uk_int, _uk_rej,
    _hi_conf, _hi_zw, _hi_int, _hi_wd,
    _ce_acct, _ce_conf, _ce_case, _ce_int1, _ce_int2, _ce_offer, _ce_decl,
    _vw_conf, _vw_viewed,
    _kl_conf, _kl_call, _kl_inv, _kl_move, _kl_rej,
    _pa_conf, _pa_int, _pa_cancel, _pa_int2, _pa_rej,
]  # fmt: skip
