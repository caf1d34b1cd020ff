# ruff: noqa: E501, RUF100
"""Corpus 153, job mail part one (data only): see heldout153.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer and
role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Bremen's offset on ``day`` (CEST until the last Sunday of October 2025)."""
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


def reply(spec: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to ``spec``."""
    return {"In-Reply-To": spec["id"], "References": spec["id"]}


ME_NAME, ME_ADDR = "Svenja Kuhlmann-Ahrens", "svenja.kuhlmann-ahrens@web.de"

# Application numbers follow the order she applied in.
KB, KBR = "Kältetechnik Brinkmann", "IT-Administrator (m/w/d)"
AE, AE1, AE2 = (
    "Aeolis",
    "IT Security Specialist Identity & Access Management (m/f/d)",
    "Systemadministrator Microsoft 365 (m/w/d)",
)
TW, TWR = "Tidewall Security", "Security Operations Engineer (SOC)"
IDZ, IDZR = "IDZ Bremen", "Systemadministrator*in Cloud-Infrastruktur und Virtualisierung"
WM, WMR = "Weser-Ems Medizintechnik", "Systemadministrator Windows / M365 (m/w/d)"
UNI, UNIR = "Hanse-Universität Oldenburg", "IT-Administrator*in im Rechenzentrum"
LK, LKR = "Landkreis Hunte-Weser", "Sachbearbeiter*in Informationssicherheit"
VN, VN1, VN2 = (
    "VivaNord",
    "IT-Security Analyst (m/w/d)",
    "Administrator*in Microsoft 365 & Azure (m/w/d)",
)
NV, NVR = "Nordvik Shipmanagement", "IT Infrastructure Administrator (m/f/d)"
NK, NKR = "Nordkai", "Cloud Administrator Microsoft Azure (m/w/d)"
DB, DBR = "Deichblick IT", "Systemadministrator (m/w/d) Cloud & Modern Workplace"
EK, EKR = "Elbkontor Privatbank", "IT Security Engineer Cloud (m/w/d)"
WE, WER = "Weserenergie Netz", "IT-Security Administrator OT / KRITIS (m/w/d)"
BK, BKR = "Bundesinstitut für Küsten- und Meeresdaten", "IT-Sicherheitsbeauftragte*r"
CK, CKR = "Cloudkontor", "Azure Cloud Engineer (m/w/d)"
VB, VBR = "Volksbank Wesermarsch-Hunte", "IT-Administrator Netzwerk & Security (m/w/d)"
KU, KUR = "Klinikverbund Unterweser", "IT-Systemadministrator (m/w/d) Klinik-IT"
FW, FWR = "Fleetwise", "IT Operations Engineer (m/w/d)"
OD, ODR = "Oldenburger Datenwerk", "Cloud Administrator Azure (m/w/d)"
JP, JPR = "Jadeport Terminal Services", "Netzwerkadministrator (m/w/d)"

SF = "noreply@successfactors.eu"
WD = "windsysteme@myworkday.com"
IO = "no-reply@interview.one"
DV = "no-reply@dvinci-hr.com"

# --- Aeolis (wind turbines; Workday tenant "windsysteme"), two roles -------------------------

ae_verify = m(
    "q7ad",
    "2025-09-09 21:14",
    f"AEOLIS Careers <{WD}>",
    "Verify your candidate account",
    J("other_job", "workday", AE, lang="en"),
    """\
Hello Svenja,

Thank you for creating a candidate account on the AEOLIS careers site.

To finish setting up your account, please verify your email address within 24 hours:

https://windsysteme.wd3.myworkdayjobs.com/AEOLIS_Careers/activate/9c1e6f0a-77d2-4f0b-a1f3-2bd6c0d1e845

If you did not create this account, you can ignore this email.

AEOLIS Wind – Powering the North Sea
Aeolis Windsysteme GmbH | Am Deich 40 | 26954 Nordenham

This is a system-generated message. Please do not reply.
""",
)

ae_conf1 = m(
    "q7ae",
    "2025-09-09 21:31",
    f"AEOLIS Careers <{WD}>",
    "Thank you for applying | Vielen Dank für Ihre Bewerbung – R-10382",
    A("confirmation", AE, AE1, 2, "workday", "en"),
    """\
Dear Svenja,

thank you for your interest in AEOLIS and for applying for the position

IT Security Specialist Identity & Access Management (m/f/d)
Requisition: R-10382 | Location: Nordenham / Hamburg (hybrid)

We have received your application and our Talent Acquisition team will review it carefully. You can check the status of your application at any time in your candidate home:
https://windsysteme.wd3.myworkdayjobs.com/AEOLIS_Careers/userHome

-- Deutsche Version --

Liebe Svenja,

vielen Dank für Ihr Interesse an AEOLIS. Ihre Bewerbung ist bei uns eingegangen und wird von unserem Talent Acquisition Team geprüft. Den Status können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Best regards / Viele Grüße
Your AEOLIS Talent Acquisition Team

Aeolis Windsysteme GmbH, Am Deich 40, 26954 Nordenham
Registergericht: Amtsgericht Oldenburg, HRB 208811
Privacy notice for applicants: https://www.aeolis-wind.example/en/privacy/applicants
""",
)

ae_conf2 = m(
    "q7af",
    "2025-09-12 07:58",
    f"AEOLIS Careers <{WD}>",
    "Ihre Bewerbung bei AEOLIS: Systemadministrator Microsoft 365 (m/w/d) | R-10417",
    A("confirmation", AE, AE2, 3, "workday"),
    """\
Liebe Svenja,

vielen Dank für Ihre Bewerbung als Systemadministrator Microsoft 365 (m/w/d) (R-10417) am Standort Bremen.

Ihre Unterlagen sind bei uns eingegangen. Bitte beachten Sie: Wenn Sie sich auf mehrere Positionen bei AEOLIS beworben haben, wird jede Bewerbung separat geprüft – Sie erhalten zu jeder Stelle eine eigene Rückmeldung.

Kandidatenprofil: https://windsysteme.wd3.myworkdayjobs.com/AEOLIS_Careers/userHome

Viele Grüße
Ihr AEOLIS Talent Acquisition Team

---
This message was sent from an unmonitored mailbox. / Diese Nachricht wurde aus einem nicht überwachten Postfach versendet.
Aeolis Windsysteme GmbH | Amtsgericht Oldenburg HRB 208811 | Geschäftsführung: Dr. Imke Rohlfs, Pieter van Dijk
""",
)

ae_test = m(
    "q7b0",
    "2025-09-25 10:02",
    "SHL Assessments <noreply@shl.com>",
    "Einladung zum Online-Assessment",
    A("assessment", AE, AE1, 2, "other"),
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://cdn.shl.com/tenants/aeolis/logo.png" alt="AEOLIS Wind" width="140"><br><br>
<p>Hallo Svenja Kuhlmann-Ahrens,</p>
<p>im Rahmen Ihrer Bewerbung bei der <b>Aeolis Windsysteme GmbH</b> (IT Security Specialist IAM, R-10382) laden wir Sie im Auftrag des Unternehmens zu einem Online-Assessment ein.</p>
<p>Das Assessment besteht aus zwei Teilen:</p>
<ul>
<li>Verbal Reasoning (ca. 17 Minuten)</li>
<li>Verify Interactive – Deductive Reasoning (ca. 20 Minuten)</li>
</ul>
<p>Bitte schließen Sie das Assessment bis zum <b>02.10.2025, 23:59 Uhr</b> ab. Sorgen Sie für eine stabile Internetverbindung und eine ruhige Umgebung.</p>
<p style="text-align:center"><a href="https://candidate.shl.com/start?token=AEO-4f71c2d9e0" style="background:#00a0af;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px">Assessment starten</a></p>
<p>Bei technischen Fragen wenden Sie sich bitte an den SHL Candidate Support: <a href="https://support.shl.com">support.shl.com</a></p>
<p>Viel Erfolg!<br>SHL im Auftrag von AEOLIS Wind</p>
<hr>
<p style="font-size:11px;color:#777">SHL verarbeitet Ihre Daten im Auftrag des einladenden Unternehmens. Datenschutzhinweise: https://www.shl.com/legal/privacy/candidates/</p>
</td></tr></table></body></html>
""",
)

ae_rej1 = m(
    "q7b1",
    "2025-10-21 16:47",
    f"AEOLIS Careers <{WD}>",
    "Your application at AEOLIS",
    A("rejection", AE, AE1, 2, "workday", "en"),
    """\
Dear Svenja,

Thank you again for your interest in the role of IT Security Specialist Identity & Access Management (m/f/d) and for the time you invested in our online assessment.

We were impressed by your hands-on background in Windows Server and Microsoft 365 administration, and your motivation to grow into identity and access management came across clearly.

After careful consideration, however, we have decided to move forward with candidates whose experience with SailPoint and large-scale IAM programmes more closely matches the current requirements of the role.

This decision concerns only this position. Your application for other roles at AEOLIS is not affected. We would be happy to keep in touch and encourage you to keep an eye on our careers site.

Kind regards,
Tomke Janssen
Talent Acquisition | AEOLIS Wind

Aeolis Windsysteme GmbH, Am Deich 40, 26954 Nordenham
""",
)

ae_rej2 = m(
    "q7b2",
    "2026-01-13 09:12",
    f"AEOLIS Careers <{WD}>",
    "Update zu Ihrer Bewerbung (R-10417)",
    A("rejection", AE, AE2, 3, "workday"),
    """\
Liebe Svenja,

wir möchten uns bei Ihnen für die lange Wartezeit entschuldigen.

Die Position Systemadministrator Microsoft 365 (m/w/d) in Bremen konnten wir zwischenzeitlich intern besetzen. Wir schließen das Auswahlverfahren für diese Stelle daher ab und können Ihre Bewerbung nicht weiter berücksichtigen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Viele Grüße
Tomke Janssen
Talent Acquisition

AEOLIS Wind · Aeolis Windsysteme GmbH · Amtsgericht Oldenburg HRB 208811
""",
)

# --- Tidewall Security (Hamburg cyber start-up on JOIN, English) ------------------------------

tw_conf = m(
    "r2c4",
    "2025-09-17 22:05",
    "Tidewall Security via JOIN <noreply@join.com>",
    "Your application for Security Operations Engineer (SOC)",
    A("confirmation", TW, TWR, 4, "other", "en"),
    """\
Hi Svenja,

Thanks for applying for the Security Operations Engineer (SOC) – Junior/Mid position at Tidewall Security. We've received your application and shared it with the hiring team.

What happens next?
The team will review your application and get back to you directly. In the meantime you can track your applications in your JOIN account.

Track your application: https://join.com/candidate/applications?ref=mail_apply_confirm

Good luck!
The JOIN Team, on behalf of Tidewall Security

--
JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich · Switzerland
You receive this email because you applied to a job via JOIN. Unsubscribe from candidate tips: https://join.com/unsubscribe?u=5f2a
""",
)

tw_call = m(
    "r2c5",
    "2025-09-29 18:40",
    "Mats Ohlendorf <mats@tidewall.example>",
    "Intro call?",
    A("interview", TW, TWR, 4, "direct", "en"),
    """\
Hey Svenja,

Mats here, CTO and co-founder at Tidewall. Your application landed on my desk and I liked what I saw – six years of keeping a freight forwarder's Windows estate alive is more SOC-relevant than most people think :)

Would you be up for a 30 min intro call this Thursday (Oct 2) at 16:00? Nothing formal, I'll tell you what we build (MDR for mid-sized logistics and maritime companies), you tell me what you want to do next. I've sent a calendar invite, feel free to move it if it doesn't work.

Cheers,
Mats

--
Mats Ohlendorf · CTO · Tidewall Security GmbH
Stubbenhuk 7, 20459 Hamburg
""",
    ics=ics(
        "7g2k1m0p9s@google.com",
        "2025-10-02 16:00",
        "Svenja <> Mats (Tidewall) – intro",
        ("Mats Ohlendorf", "mats@tidewall.example"),
        minutes=30,
        description="Join with Google Meet: https://meet.google.com/wuv-pxqa-mkd",
        location="https://meet.google.com/wuv-pxqa-mkd",
    ),
)

tw_rej = m(
    "r2c6",
    "2025-10-16 19:22",
    "Mats Ohlendorf <mats@tidewall.example>",
    "Quick update",
    A("rejection", TW, TWR, 4, "direct", "en"),
    """\
Hi Svenja,

thanks again for the chat two weeks ago and for the follow-up questions you sent – honestly one of the nicest conversations I had in this round.

I wanted to let you know where we landed. We decided to hire someone who has already worked shifts in a 24/7 SOC, because with three people on the team we simply can't afford a longer ramp-up right now. That's a call about timing and team size, not about you.

If you keep going down the security path (and I think you should), please ping me again in a year – we'll hopefully be bigger by then.

All the best,
Mats
""",
    **reply(tw_call),
)

tw_survey = m(
    "r2c7",
    "2025-10-20 10:00",
    "JOIN <noreply@join.com>",
    "How was your application experience with Tidewall Security?",
    J("other_job", "other", TW, lang="en"),
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Svenja,</p>
<p>you recently applied to <b>Tidewall Security</b> via JOIN. We'd love to hear how it went – it takes less than a minute.</p>
<p>How likely are you to recommend applying via JOIN to a friend?</p>
<p><a href="https://join.com/survey/nps?s=0">0</a> <a href="https://join.com/survey/nps?s=1">1</a> <a href="https://join.com/survey/nps?s=2">2</a> <a href="https://join.com/survey/nps?s=3">3</a> <a href="https://join.com/survey/nps?s=4">4</a> <a href="https://join.com/survey/nps?s=5">5</a> <a href="https://join.com/survey/nps?s=6">6</a> <a href="https://join.com/survey/nps?s=7">7</a> <a href="https://join.com/survey/nps?s=8">8</a> <a href="https://join.com/survey/nps?s=9">9</a> <a href="https://join.com/survey/nps?s=10">10</a></p>
<p>Thank you!<br>Your JOIN Team</p>
<p style="font-size:11px;color:#888">JOIN Solutions AG, Hardturmstrasse 161, 8005 Zürich. <a href="https://join.com/unsubscribe?u=5f2a">Unsubscribe</a></p>
</body></html>
""",
    headers={"List-Unsubscribe": "<https://join.com/unsubscribe?u=5f2a>"},
)

# --- IDZ Bremen (the city's IT service provider, public employer, interview.one) ---------------

idz_reg = m(
    "s4h0",
    "2025-09-19 20:03",
    f"Bewerbungsportal IDZ Bremen <{IO}>",
    "Bitte bestätigen Sie Ihre Registrierung",
    J("other_job", "other", IDZ),
    """\
Guten Tag,

Sie haben sich im Bewerbungsportal des IT-Dienstleistungszentrums Bremen (IDZ) registriert.

Bitte bestätigen Sie Ihre E-Mail-Adresse über den folgenden Link. Der Link ist 48 Stunden gültig.

https://idz-bremen.interview.one/confirm?c=Z7QK-2M4X-81PA

Ihr Benutzername: svenja.kuhlmann-ahrens@web.de

Falls Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.

Mit freundlichen Grüßen
IT-Dienstleistungszentrum Bremen
– Anstalt des öffentlichen Rechts –
""",
)

idz_conf = m(
    "s4h1",
    "2025-09-19 20:26",
    f"Bewerbungsportal IDZ Bremen <{IO}>",
    "Eingangsbestätigung – Kennziffer IDZ 41/2025",
    A("confirmation", IDZ, IDZR, 5, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihre Bewerbung auf die Stelle

Systemadministratorin / Systemadministrator Cloud-Infrastruktur und Virtualisierung
Entgeltgruppe 11 TV-L
Kennziffer: IDZ 41/2025

Ihre Bewerbung ist vollständig bei uns eingegangen. Die Bewerbungsfrist endet am 10.10.2025. Nach Ablauf der Frist sichten wir alle Bewerbungen; bitte rechnen Sie mit einer Rückmeldung innerhalb von sechs bis acht Wochen.

Hinweise zum Auswahlverfahren:
- Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher fachlicher und persönlicher Eignung bevorzugt berücksichtigt. Sofern Sie eine Schwerbehinderung oder Gleichstellung noch nicht angegeben haben, können Sie dies im Portal nachholen. Auf Wunsch wird die Schwerbehindertenvertretung am Verfahren beteiligt.
- Das IDZ Bremen fördert die Gleichstellung aller Geschlechter. Die Gleichstellungsbeauftragte ist am Auswahlverfahren beteiligt.
- Bewerbungs- und Reisekosten können leider nicht erstattet werden.

Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit im Bewerbungsportal:
https://idz-bremen.interview.one/bewerber/login

Mit freundlichen Grüßen
Im Auftrag
Ihr Team Personalgewinnung

IT-Dienstleistungszentrum Bremen (AöR)
Referat 12 – Personal
Contrescarpe 90, 28195 Bremen

Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail können nicht bearbeitet werden.
""",
)

idz_test = m(
    "s4h2",
    "2025-10-24 11:36",
    "Stührenberg, Anke <anke.stuehrenberg@idz-bremen.example>",
    "Auswahlverfahren IDZ 41/2025 – Einladung zur schriftlichen Arbeitsprobe",
    A("assessment", IDZ, IDZR, 5, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

im Rahmen des Auswahlverfahrens zur Besetzung der Stelle „Systemadministratorin / Systemadministrator Cloud-Infrastruktur und Virtualisierung“ (Kennziffer IDZ 41/2025) laden wir Sie herzlich zu einer schriftlichen Arbeitsprobe ein:

Datum: Mittwoch, 05.11.2025
Uhrzeit: 09:00 Uhr (Dauer ca. 90 Minuten)
Ort: IDZ Bremen, Contrescarpe 90, 28195 Bremen, Raum 2.14 (Anmeldung im Erdgeschoss)

Die Arbeitsprobe umfasst Fragen zu Virtualisierung (VMware vSphere), Windows Server / Active Directory, Netzwerkgrundlagen sowie einer kurzen Fallaufgabe zur Migration von Diensten in eine Cloud-Umgebung. Hilfsmittel sind nicht zugelassen.

Bitte bringen Sie ein gültiges Ausweisdokument mit. Schwerbehinderte Bewerberinnen und Bewerber können einen Nachteilsausgleich (z. B. Zeitverlängerung) beantragen; bitte teilen Sie uns dies bis zum 31.10.2025 mit.

Bitte bestätigen Sie Ihre Teilnahme kurz per E-Mail.

Mit freundlichen Grüßen
Im Auftrag

Anke Stührenberg
Referat 12 – Personal
IT-Dienstleistungszentrum Bremen
Anstalt des öffentlichen Rechts
Contrescarpe 90 | 28195 Bremen
Tel. 0421 361-88412
anke.stuehrenberg@idz-bremen.example | www.idz-bremen.example

Informationen zum Datenschutz im Bewerbungsverfahren finden Sie unter www.idz-bremen.example/datenschutz
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000IDZ41A",
        "2025-11-05 09:00",
        "Schriftliche Arbeitsprobe IDZ 41/2025",
        ("Stührenberg, Anke", "anke.stuehrenberg@idz-bremen.example"),
        style="outlook",
        minutes=90,
        location="IDZ Bremen, Contrescarpe 90, Raum 2.14",
    ),
)

idz_ooo = m(
    "s4h3",
    "2025-10-24 17:02",
    "Stührenberg, Anke <anke.stuehrenberg@idz-bremen.example>",
    "Automatische Antwort: AW: Auswahlverfahren IDZ 41/2025 – Einladung zur schriftlichen Arbeitsprobe",
    J("other_job", "direct", IDZ),
    """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.10.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@idz-bremen.example oder telefonisch an 0421 361-88400.

Mit freundlichen Grüßen
Anke Stührenberg
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    **reply(idz_test),
)

idz_int = m(
    "s4h4",
    "2025-11-14 13:18",
    "Stührenberg, Anke <anke.stuehrenberg@idz-bremen.example>",
    "Einladung zum Vorstellungsgespräch – Kennziffer IDZ 41/2025",
    A("interview", IDZ, IDZR, 5, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

wir freuen uns, Ihnen mitteilen zu können, dass Sie mit Ihrem Ergebnis in der schriftlichen Arbeitsprobe in die nächste Runde des Auswahlverfahrens gekommen sind.

Wir laden Sie daher zu einem strukturierten Auswahlgespräch ein:

Termin: Donnerstag, 27.11.2025, 10:30 Uhr (ca. 45 Minuten)
Ort: IDZ Bremen, Contrescarpe 90, Sitzungsraum 4.02

Der Auswahlkommission gehören an: Herr Dr. Wessels (Abteilungsleitung Infrastruktur), Frau Pohl (Teamleitung Virtualisierung), ein Mitglied des Personalrats sowie die Gleichstellungsbeauftragte. Sofern Sie es wünschen, nimmt auch die Schwerbehindertenvertretung teil.

Zu Beginn bitten wir Sie um eine kurze Vorstellung (max. 5 Minuten) zum Thema „Was bedeutet Informationssicherheit im Betrieb einer kommunalen Cloud-Plattform?“. Technische Hilfsmittel stehen nicht zur Verfügung.

Sollten Sie den Termin nicht wahrnehmen können, bitten wir um zeitnahe Nachricht.

Mit freundlichen Grüßen
Im Auftrag

Anke Stührenberg
Referat 12 – Personal
IT-Dienstleistungszentrum Bremen (AöR)
Tel. 0421 361-88412
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000IDZ41B",
        "2025-11-27 10:30",
        "Auswahlgespräch IDZ 41/2025 – Kuhlmann-Ahrens",
        ("Stührenberg, Anke", "anke.stuehrenberg@idz-bremen.example"),
        style="outlook",
        minutes=45,
        location="IDZ Bremen, Contrescarpe 90, Sitzungsraum 4.02",
    ),
)

idz_rej = m(
    "s4h5",
    "2025-12-15 08:05",
    f"Bewerbungsportal IDZ Bremen <{IO}>",
    "Information zum Auswahlverfahren – Kennziffer IDZ 41/2025",
    A("rejection", IDZ, IDZR, 5, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

für Ihre Bewerbung und Ihre Teilnahme am Auswahlverfahren zur Kennziffer IDZ 41/2025 danken wir Ihnen.

Das Auswahlverfahren ist inzwischen abgeschlossen. Nach sorgfältiger Abwägung aller Gesichtspunkte hat sich die Auswahlkommission für eine andere Bewerberin bzw. einen anderen Bewerber entschieden, die/der dem Anforderungsprofil in der Gesamtschau am besten entspricht. Die Entscheidung ist uns angesichts der guten Eindrücke aus dem Gespräch nicht leichtgefallen.

Wir bedauern, Ihnen keine positive Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihre Bewerbungsdaten werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Im Auftrag
Referat 12 – Personal
IT-Dienstleistungszentrum Bremen (AöR)

Diese Nachricht wurde über das Bewerbungsportal versandt. Bitte antworten Sie nicht direkt auf diese E-Mail.
""",
)

# --- Hanse-Universität Oldenburg (Stellenausschreibung 37/25, applied by e-mail) --------------

uni_conf = m(
    "t8w1",
    "2025-09-25 09:41",
    "Bewerbungen Dezernat 3 <bewerbung@uni-hanse-oldenburg.example>",
    "AW: Bewerbung auf die Stellenausschreibung 37/25 – IT-Administratorin",
    A("confirmation", UNI, UNIR, 7, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

hiermit bestätigen wir den Eingang Ihrer Bewerbung. Wir bitten um Ihr Verständnis, dass die Bearbeitung aufgrund der Vielzahl von Bewerbungen einige Zeit in Anspruch nehmen wird.

Mit freundlichen Grüßen
i. A. B. Eilers

Hanse-Universität Oldenburg
Dezernat 3 – Personal und Organisation
Sachgebiet 3.1 Personalgewinnung
Ammerländer Heerstraße 200, 26129 Oldenburg

-----Ursprüngliche Nachricht-----
Von: Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>
Gesendet: Mittwoch, 24. September 2025 21:17
An: Bewerbungen Dezernat 3 <bewerbung@uni-hanse-oldenburg.example>
Betreff: Bewerbung auf die Stellenausschreibung 37/25 – IT-Administratorin

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung auf die ausgeschriebene Stelle als IT-Administrator*in im Rechenzentrum (Kennziffer 37/25, EG 10 TV-L) als ein PDF-Dokument.

Mit freundlichen Grüßen
Svenja Kuhlmann-Ahrens
""",
)

uni_rej = m(
    "t8w2",
    "2026-01-22 14:27",
    "Bewerbungen Dezernat 3 <bewerbung@uni-hanse-oldenburg.example>",
    "Stellenausschreibung 37/25",
    A("rejection", UNI, UNIR, 7, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

Sie hatten sich auf die o. g. Stellenausschreibung (IT-Administrator*in im Rechenzentrum, EG 10 TV-L) beworben.

Wir müssen Ihnen leider mitteilen, dass das Stellenbesetzungsverfahren eingestellt wurde. Aufgrund einer Umstrukturierung des Rechenzentrums wird die Stelle in der ausgeschriebenen Form nicht besetzt. Eine erneute Ausschreibung mit verändertem Aufgabenzuschnitt ist für das Sommersemester 2026 vorgesehen; wir würden uns freuen, wenn Sie sich dann erneut bewerben.

Für das Interesse an einer Tätigkeit an der Hanse-Universität danken wir Ihnen.

Mit freundlichen Grüßen
Im Auftrag
Birte Eilers

Hanse-Universität Oldenburg
Dezernat 3 – Personal und Organisation
""",
)

# --- Landkreis Hunte-Weser (Bund.de posting; confirmation went to her old GMX address) -------

lk_fwd = m(
    "u3n6",
    "2025-09-26 18:55",
    "Svenja Kuhlmann <svenja.kuhlmann@gmx.de>",
    "WG: Eingangsbestätigung Ihrer Bewerbung – Ausschreibung Nr. 2025/58",
    A("confirmation", LK, LKR, 8, "direct"),
    """\
hab aus Versehen die alte Adresse angegeben – zur Sicherheit hierher.

-------- Weitergeleitete Nachricht --------
Betreff: Eingangsbestätigung Ihrer Bewerbung – Ausschreibung Nr. 2025/58
Datum: Fri, 26 Sep 2025 11:03:12 +0200
Von: Personalamt Landkreis Hunte-Weser <personalamt@lk-hunte-weser.example>
An: svenja.kuhlmann@gmx.de

Sehr geehrte Frau Kuhlmann-Ahrens,

Ihre Bewerbung um die Stelle einer/eines Sachbearbeiterin/Sachbearbeiters Informationssicherheit (EG 10 TVöD) im Fachdienst Digitalisierung und IT ist bei uns eingegangen.

Nach Ablauf der Bewerbungsfrist am 12.10.2025 werden die Bewerbungen unter Beteiligung des Personalrates, der Gleichstellungsbeauftragten und ggf. der Schwerbehindertenvertretung gesichtet. Wir werden Sie über den weiteren Verlauf informieren.

Mit freundlichen Grüßen
Im Auftrag
Kruse

Landkreis Hunte-Weser
Der Landrat
Fachdienst Personal
Kreishaus, Am Markt 1, 27793 Wildeshorst
""",
)

lk_hold = m(
    "u3n7",
    "2025-11-24 10:12",
    "Personalamt Landkreis Hunte-Weser <personalamt@lk-hunte-weser.example>",
    "Ihre Bewerbung – Ausschreibung Nr. 2025/58",
    A("confirmation", LK, LKR, 8, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

wir danken Ihnen für Ihre Geduld.

Aufgrund der vom Kreistag am 18.11.2025 beschlossenen haushaltswirtschaftlichen Sperre dürfen Stellen derzeit nur in Ausnahmefällen nachbesetzt werden. Das Auswahlverfahren zur Ausschreibung Nr. 2025/58 wird daher bis auf Weiteres ausgesetzt.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald wir das Verfahren fortsetzen können, kommen wir unaufgefordert auf Sie zu. Sollten Sie in der Zwischenzeit kein Interesse mehr an der Stelle haben, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Im Auftrag
Kruse

Landkreis Hunte-Weser
Fachdienst Personal
""",
    st="on_hold",
)

# --- VivaNord (Krankenkasse; legal name BKK Nordwest-Verbund; d.vinci), re-application -------

vn_conf1 = m(
    "v5p0",
    "2025-09-30 20:48",
    f"VivaNord Karriere <{DV}>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", VN, VN1, 9, "other"),
    html="""\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f6f5;font-family:Verdana,sans-serif;font-size:13px;color:#1d2b28">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://vivanord.dvinci-hr.com/assets/logo_vivanord.png" alt="VivaNord – Ihre Krankenkasse im Norden" height="40"></td></tr>
<tr><td>
<p>Sehr geehrte Frau Kuhlmann-Ahrens,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>IT-Security Analyst (m/w/d)</strong> (Stellen-ID 2025-117) und Ihr Interesse an der VivaNord.</p>
<p>Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig prüfen. Sie erhalten so schnell wie möglich eine Rückmeldung von uns.</p>
<p>Über Ihren persönlichen Zugang können Sie Ihre Daten jederzeit einsehen und Ihre Bewerbung ggf. zurückziehen:<br>
<a href="https://vivanord.dvinci-hr.com/de/applicant/login">https://vivanord.dvinci-hr.com/de/applicant/login</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der VivaNord</p>
</td></tr>
<tr><td style="font-size:10px;color:#6b7a77;border-top:1px solid #dde5e3">
BKK Nordwest-Verbund – VivaNord · Körperschaft des öffentlichen Rechts · Hauptverwaltung: Faulenstraße 60, 28195 Bremen<br>
Vorstand: Gesa Hollmann · Aufsichtsbehörde: Bundesamt für Soziale Sicherung<br>
Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
</td></tr></table>
</td></tr></table></body></html>
""",
)

vn_rej1 = m(
    "v5p1",
    "2025-10-29 15:33",
    f"VivaNord Karriere <{DV}>",
    "Ihre Bewerbung bei der VivaNord",
    A("rejection", VN, VN1, 9, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

noch einmal herzlichen Dank für Ihre Bewerbung als IT-Security Analyst (m/w/d) und die Zeit, die Sie sich dafür genommen haben.

Ihr Werdegang hat uns wirklich gut gefallen – besonders Ihre Erfahrung mit Microsoft 365 und der Absicherung einer gewachsenen Windows-Landschaft in einem mittelständischen Unternehmen. Wir haben uns die Entscheidung daher nicht leicht gemacht.

Für diese Position suchen wir jedoch jemanden, der bereits Erfahrung im Betrieb eines SIEM sowie in der Umsetzung der BSI-Anforderungen für Krankenkassen (B3S, KRITIS) mitbringt. Deshalb haben wir uns entschieden, andere Bewerbungen weiterzuverfolgen.

Wir würden uns freuen, wenn Sie unsere Stellenangebote weiter verfolgen – gerade im Bereich Cloud und Arbeitsplatz-IT suchen wir regelmäßig Verstärkung.

Mit freundlichen Grüßen
Jörn Siemers
Personalgewinnung

VivaNord – Ihre Krankenkasse im Norden
BKK Nordwest-Verbund, Körperschaft des öffentlichen Rechts
""",
)

vn_conf2 = m(
    "v5p2",
    "2025-12-08 07:12",
    f"VivaNord Karriere <{DV}>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", VN, VN2, 21, "other"),
    html="""\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f6f5;font-family:Verdana,sans-serif;font-size:13px;color:#1d2b28">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://vivanord.dvinci-hr.com/assets/logo_vivanord.png" alt="VivaNord – Ihre Krankenkasse im Norden" height="40"></td></tr>
<tr><td>
<p>Sehr geehrte Frau Kuhlmann-Ahrens,</p>
<p>vielen Dank für Ihre Bewerbung als <strong>Administrator*in Microsoft 365 &amp; Azure (m/w/d)</strong> (Stellen-ID 2025-164) und Ihr Interesse an der VivaNord.</p>
<p>Schön, dass Sie sich erneut für uns interessieren! Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig prüfen.</p>
<p>Über Ihren persönlichen Zugang können Sie Ihre Daten jederzeit einsehen:<br>
<a href="https://vivanord.dvinci-hr.com/de/applicant/login">https://vivanord.dvinci-hr.com/de/applicant/login</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der VivaNord</p>
</td></tr>
<tr><td style="font-size:10px;color:#6b7a77;border-top:1px solid #dde5e3">
BKK Nordwest-Verbund – VivaNord · Körperschaft des öffentlichen Rechts · Hauptverwaltung: Faulenstraße 60, 28195 Bremen<br>
Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
</td></tr></table>
</td></tr></table></body></html>
""",
)

vn_fwd = m(
    "v5p3",
    "2026-01-09 12:50",
    f"VivaNord Karriere <{DV}>",
    "Neuigkeiten zu Ihrer Bewerbung (Stellen-ID 2025-164)",
    A("viewed", VN, VN2, 21, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

wir möchten Sie kurz über den Stand Ihrer Bewerbung informieren: Ihre Unterlagen haben die erste Sichtung durchlaufen und wurden an die Fachabteilung IT-Betrieb weitergeleitet.

Die Fachabteilung meldet sich in den nächsten Wochen bei Ihnen. Wir bitten noch um etwas Geduld.

Mit freundlichen Grüßen
Ihr Recruiting-Team der VivaNord

BKK Nordwest-Verbund – VivaNord · Körperschaft des öffentlichen Rechts
""",
)

vn_int = m(
    "v5p4",
    "2026-02-02 11:06",
    "Brockmann, Sina <sina.brockmann@vivanord.example>",
    "Gesprächseinladung – Stellen-ID 2025-164",
    A("interview", VN, VN2, 21, "direct"),
    """\
Guten Tag Frau Kuhlmann-Ahrens,

ich leite bei der VivaNord das Team Arbeitsplatz & Collaboration und habe Ihre Bewerbung mit großem Interesse gelesen.

Gerne würde ich Sie in einem ersten Gespräch per Microsoft Teams kennenlernen. Mit dabei ist Herr Siemers aus der Personalgewinnung. Vorgesehen ist Donnerstag, der 12.02.2026, von 14:00 bis 15:00 Uhr; eine Einladung habe ich Ihnen gesendet. Falls der Termin nicht passt, schlagen Sie gern eine Alternative vor.

Viele Grüße
Sina Brockmann

Teamleitung Arbeitsplatz & Collaboration
VivaNord – Ihre Krankenkasse im Norden
BKK Nordwest-Verbund | Faulenstraße 60 | 28195 Bremen
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000070C6D1A4B2F0DC01000000000000000010000000VN164",
        "2026-02-12 14:00",
        "Kennenlernen Administrator*in M365 & Azure – Kuhlmann-Ahrens",
        ("Brockmann, Sina", "sina.brockmann@vivanord.example"),
        style="outlook",
        attendees=[("Siemers, Jörn", "joern.siemers@vivanord.example")],
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VN164%40thread.v2/0\nBesprechungs-ID: 318 552 907 41\nKennung: g7Y2pQ",
        location="Microsoft Teams-Besprechung",
    ),
)

vn_wd = m(
    "v5p5",
    "2026-02-04 16:20",
    "Brockmann, Sina <sina.brockmann@vivanord.example>",
    "AW: Rückzug meiner Bewerbung – Stellen-ID 2025-164",
    A("confirmation", VN, VN2, 21, "direct"),
    """\
Liebe Frau Kuhlmann-Ahrens,

vielen Dank für Ihre offene Nachricht – schade, ich hatte mich auf das Gespräch gefreut! Aber herzlichen Glückwunsch zur neuen Stelle.

Ich habe Ihre Bewerbung wie gewünscht zurückgezogen und den Termin am 12.02. aus dem Kalender genommen. Ihre Unterlagen werden entsprechend unseren Datenschutzregeln gelöscht.

Alles Gute für den Start!
Sina Brockmann

Von: Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>
Gesendet: Mittwoch, 4. Februar 2026 08:47
An: Brockmann, Sina <sina.brockmann@vivanord.example>
Betreff: Rückzug meiner Bewerbung – Stellen-ID 2025-164

Sehr geehrte Frau Brockmann,

vielen Dank für die Einladung zum Gespräch am 12.02. Ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung deshalb zurück. Ich möchte Ihnen nicht unnötig Zeit nehmen.

Mit freundlichen Grüßen
Svenja Kuhlmann-Ahrens
""",
    st="withdrawn",
    **reply(vn_int),
)

# --- Nordvik Shipmanagement (the Nordvik Group's careers mailbox, English) -------------------

nv_talent = m(
    "w9k0",
    "2025-09-15 08:30",
    "Nordvik Group Talent Network <talent@nordvik-group.example>",
    "Welcome to the Nordvik Talent Network",
    J("alert", "direct", "Nordvik Group", lang="en"),
    html="""\
<html><body style="font-family:'Segoe UI',Arial,sans-serif;color:#0b2540">
<div style="background:#0b2540;color:#fff;padding:18px 24px;font-size:20px">NORDVIK GROUP</div>
<div style="padding:20px 24px">
<p>Hi Svenja,</p>
<p>Welcome aboard our Talent Network! From now on you'll be the first to hear about new opportunities across the Nordvik Group – at sea and on shore, in Hamburg, Bremen, Limassol and Singapore.</p>
<p>Your interests: <b>IT &amp; Digital</b>, <b>Hamburg</b>, <b>Bremen</b></p>
<p>We'll send you matching jobs about once a week. You can update your preferences or leave the network any time.</p>
<p><a href="https://careers.nordvik-group.example/talent-network/preferences?id=TN-55821">Update my preferences</a></p>
<p>Fair winds,<br>Nordvik Group Talent Acquisition</p>
</div>
<div style="font-size:11px;color:#7a8a9a;padding:0 24px 18px">Nordvik Group Holding GmbH &amp; Co. KG · Große Elbstraße 145 · 22767 Hamburg · <a href="https://careers.nordvik-group.example/talent-network/leave?id=TN-55821">Leave the Talent Network</a></div>
</body></html>
""",
    headers={
        "List-Unsubscribe": "<https://careers.nordvik-group.example/talent-network/leave?id=TN-55821>"
    },
)

nv_conf = m(
    "w9k1",
    "2025-10-02 14:11",
    "Nordvik Group Careers <careers@nordvik-group.example>",
    "Your application – IT Infrastructure Administrator (m/f/d), Hamburg [Ref. NSM-2025-088]",
    A("confirmation", NV, NVR, 10, "direct", "en"),
    """\
Dear Ms Kuhlmann-Ahrens,

Thank you for your application for the position of IT Infrastructure Administrator (m/f/d) – Fleet & Shore IT, which we are recruiting on behalf of Nordvik Shipmanagement GmbH & Co. KG, a company of the Nordvik Group.

Your application has been forwarded to the responsible HR Business Partner. Due to the high number of applications, please allow up to four weeks for a response.

Please quote the reference NSM-2025-088 in any correspondence.

Kind regards

Group Talent Acquisition
Nordvik Group

Nordvik Group Holding GmbH & Co. KG | Große Elbstraße 145 | 22767 Hamburg
Registered at Amtsgericht Hamburg HRA 118842
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.
""",
)

nv_int = m(
    "w9k2",
    "2025-10-22 09:48",
    "Raman, Priya <priya.raman@nordvik-group.example>",
    "Interview invitation – IT Infrastructure Administrator [NSM-2025-088]",
    A("interview", NV, NVR, 10, "direct", "en"),
    """\
Dear Svenja,

Thank you for your patience. I'm the HR Business Partner for Nordvik Shipmanagement and I'm pleased to invite you to a first interview for the IT Infrastructure Administrator role.

Date: Thursday, 30 October 2025
Time: 15:00–16:00 (CET)
Format: Microsoft Teams (invitation attached)
Interviewers: Lars Feddersen (Head of Fleet & Shore IT) and myself

The interview will be held in English, as our fleet IT team works with colleagues in Limassol and Manila. Please let me know if you need any accommodation.

Best regards,
Priya Raman
HR Business Partner | Nordvik Shipmanagement GmbH & Co. KG
A Nordvik Group company
Große Elbstraße 145, 22767 Hamburg
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000NSM088",
        "2025-10-30 15:00",
        "Interview – IT Infrastructure Administrator – S. Kuhlmann-Ahrens",
        ("Raman, Priya", "priya.raman@nordvik-group.example"),
        style="outlook",
        attendees=[("Feddersen, Lars", "lars.feddersen@nordvik-group.example")],
        description="Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NSM088%40thread.v2/0\nMeeting ID: 377 140 226 58\nPasscode: Yx3nT8",
        location="Microsoft Teams Meeting",
    ),
)

nv_cancel = m(
    "w9k3",
    "2025-10-29 17:35",
    "Raman, Priya <priya.raman@nordvik-group.example>",
    "Canceled: Interview – IT Infrastructure Administrator – S. Kuhlmann-Ahrens",
    A("interview", NV, NVR, 10, "direct", "en"),
    """\
Dear Svenja,

I'm very sorry for the short notice: we have to cancel tomorrow's interview. Lars has had to fly out to Singapore at short notice to support a vessel in dry dock and will be away for about two weeks.

I'll come back to you with a new slot as soon as I know his availability again. Apologies for the inconvenience.

Best regards,
Priya
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000NSM088",
        "2025-10-30 15:00",
        "Canceled: Interview – IT Infrastructure Administrator – S. Kuhlmann-Ahrens",
        ("Raman, Priya", "priya.raman@nordvik-group.example"),
        style="outlook",
        method="CANCEL",
        location="Microsoft Teams Meeting",
    ),
)

# --- Nordkai (port logistics; Nordkai Hafen- und Logistik AG; SuccessFactors): the one she takes

nk_conf = m(
    "x1m0",
    "2025-10-06 19:42",
    f"Nordkai Karriere <{SF}>",
    "Ihre Bewerbung – Job-ID 4821",
    A("confirmation", NK, NKR, 11, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihr Interesse an der Nordkai-Gruppe und Ihre Bewerbung als

Cloud Administrator Microsoft Azure (m/w/d)
Job-ID: 4821 | Standort: Bremen, Überseestadt | Vollzeit

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://career5.successfactors.eu/career?company=nordkaihaf&career_ns=job_application&navBarLevel=MY_APPLICATIONS

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordkai Hafen- und Logistik AG

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.
---
Nordkai Hafen- und Logistik AG · Am Kaiserhafen 3 · 27568 Bremerhaven
Vorstand: Dr. Henning Tjarks (Vors.), Maike Ostendorf · Vorsitzender des Aufsichtsrats: Rolf Bruns
Sitz der Gesellschaft: Bremerhaven · Amtsgericht Bremen HRB 4217 BHV
Datenschutzhinweise für Bewerbende: https://www.nordkai.example/karriere/datenschutz
""",
)

nk_nudge = m(
    "x1m1",
    "2025-11-02 10:00",
    f"Nordkai Karriere <{SF}>",
    "Erinnerung: Ihre Bewerbung ist noch nicht abgeschlossen",
    J("alert", "other", NK, "IT-Security Engineer OT (m/w/d)"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

Sie haben am 29.10.2025 eine Bewerbung auf die Stelle

IT-Security Engineer OT (m/w/d) – Job-ID 4907

begonnen, aber noch nicht abgesendet. Ihre Angaben wurden gespeichert. Sie können Ihre Bewerbung jederzeit über den folgenden Link fortsetzen:

https://career5.successfactors.eu/career?company=nordkaihaf&career_job_req_id=4907&career_ns=job_application

Bitte beachten Sie, dass nicht abgeschlossene Bewerbungen nach 30 Tagen automatisch gelöscht werden.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordkai Hafen- und Logistik AG

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.
""",
)

nk_fwd = m(
    "x1m2",
    "2025-10-23 08:15",
    f"Nordkai Karriere <{SF}>",
    "Statusänderung zu Ihrer Bewerbung – Job-ID 4821",
    A("viewed", NK, NKR, 11, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

wir möchten Sie darüber informieren, dass Ihre Bewerbung als Cloud Administrator Microsoft Azure (m/w/d) an die Fachabteilung weitergeleitet wurde.

Die Fachabteilung prüft Ihre Unterlagen nun im Detail. Wir melden uns bei Ihnen, sobald es Neuigkeiten gibt.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordkai Hafen- und Logistik AG

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.
""",
)

nk_int1 = m(
    "x1m3",
    "2025-11-13 11:27",
    "Gerdes, Insa <insa.gerdes@nordkai.example>",
    "Einladung zum Gespräch – Cloud Administrator (4821)",
    A("interview", NK, NKR, 11, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für Ihre Bewerbung und Ihre Geduld. Ihr Profil hat uns neugierig gemacht, und wir würden Sie gern kennenlernen.

Wir laden Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein:

Donnerstag, 20.11.2025, 10:00 – 11:00 Uhr
Gesprächspartner: Hendrik Oltmanns (Leiter IT-Infrastruktur) und ich

Die Einladung mit dem Teams-Link erhalten Sie separat bzw. mit dieser Mail. Sollte der Termin nicht passen, melden Sie sich gerne bei mir.

Mit freundlichen Grüßen

Insa Gerdes
Talent Acquisition
Nordkai Hafen- und Logistik AG
Konsul-Smidt-Straße 20 | 28217 Bremen
T +49 421 5309-2261
insa.gerdes@nordkai.example | www.nordkai.example

Nordkai Hafen- und Logistik AG · Sitz Bremerhaven · Amtsgericht Bremen HRB 4217 BHV
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000002C9F7E5A1B54DC01000000000000000010000000NK4821A",
        "2025-11-20 10:00",
        "Kennenlernen Cloud Administrator (4821) – Frau Kuhlmann-Ahrens",
        ("Gerdes, Insa", "insa.gerdes@nordkai.example"),
        style="outlook",
        attendees=[("Oltmanns, Hendrik", "hendrik.oltmanns@nordkai.example")],
        description="Microsoft Teams Besprechung\nÜber Ihren Computer oder die mobile App teilnehmen\nKlicken Sie hier, um an der Besprechung teilzunehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NK4821%40thread.v2/0\nBesprechungs-ID: 364 918 005 227\nPasscode: vK9s2Q",
        location="Microsoft Teams-Besprechung",
    ),
)

nk_int2 = m(
    "x1m4",
    "2025-12-10 15:02",
    "Gerdes, Insa <insa.gerdes@nordkai.example>",
    "Zweites Gespräch bei uns vor Ort – Job-ID 4821",
    A("interview", NK, NKR, 11, "direct"),
    """\
Liebe Frau Kuhlmann-Ahrens,

vielen Dank noch einmal für das angenehme Gespräch am 20.11. – Herr Oltmanns und ich waren sehr angetan, und wir möchten Sie gern zu einem zweiten Gespräch zu uns in die Überseestadt einladen.

Termin: Donnerstag, 08.01.2026, 13:30 – ca. 15:30 Uhr
Ort: Konsul-Smidt-Straße 20, 28217 Bremen, 3. OG (bitte am Empfang melden)
Teilnehmende: Hendrik Oltmanns (Leiter IT-Infrastruktur), Dörte Kowalski (Betriebsrat), Malte Sievers (Teamlead Cloud & Plattform) und ich

Wir bitten Sie, eine kurze Präsentation (ca. 15 Minuten) vorzubereiten: Wie würden Sie die schrittweise Migration unserer VMware-Umgebung (rund 180 VMs, zwei Rechenzentren) nach Azure angehen? Ein Laptop mit HDMI-Anschluss steht bereit; gern können Sie auch Ihren eigenen mitbringen.

Im Anschluss zeigt Ihnen Herr Sievers noch den Leitstand am Terminal.

Ich wünsche Ihnen schon jetzt schöne Feiertage!

Viele Grüße
Insa Gerdes
Talent Acquisition
Nordkai Hafen- und Logistik AG
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000006A11B3C72E6ADC01000000000000000010000000NK4821B",
        "2026-01-08 13:30",
        "2. Gespräch Cloud Administrator (4821) – Frau Kuhlmann-Ahrens (vor Ort)",
        ("Gerdes, Insa", "insa.gerdes@nordkai.example"),
        style="outlook",
        minutes=120,
        attendees=[
            ("Oltmanns, Hendrik", "hendrik.oltmanns@nordkai.example"),
            ("Kowalski, Dörte (Betriebsrat)", "br@nordkai.example"),
            ("Sievers, Malte", "malte.sievers@nordkai.example"),
        ],
        location="Bremen, Konsul-Smidt-Straße 20, 3. OG, Besprechungsraum Weser",
    ),
)

nk_offer = m(
    "x1m5",
    "2026-01-16 17:40",
    "Gerdes, Insa <insa.gerdes@nordkai.example>",
    "Unser Angebot",
    A("offer", NK, NKR, 11, "direct"),
    """\
Liebe Frau Kuhlmann-Ahrens,

wie eben am Telefon besprochen, freue ich mich sehr, Ihnen im Namen der Nordkai Hafen- und Logistik AG die Position als Cloud Administrator Microsoft Azure (m/w/d) anzubieten.

Die Eckdaten noch einmal zusammengefasst:
- Eintritt: 01.05.2026 (gern früher, falls Ihr Arbeitgeber Sie vorzeitig freigibt)
- Jahresbruttogehalt: 63.500 € (13 Gehälter), zzgl. Erfolgsbeteiligung nach Tarifvertrag
- 38 Stunden/Woche, Gleitzeit, bis zu 2 Tage mobiles Arbeiten pro Woche
- 30 Urlaubstage, 24.12. und 31.12. zusätzlich frei
- Rufbereitschaft nur im rollierenden Plan des Plattform-Teams (ca. alle 8 Wochen), gesondert vergütet
- JobRad, Deutschlandticket-Zuschuss, betriebliche Altersvorsorge

Das ausführliche Angebot finden Sie im Anhang. Nach Ihrer Zusage senden wir Ihnen den Arbeitsvertrag zur digitalen Unterschrift zu.

Wir würden uns sehr freuen, wenn Sie an Bord kommen! Geben Sie mir gern bis zum 23.01. Bescheid – und rufen Sie an, wenn Fragen offen sind.

Herzliche Grüße
Insa Gerdes
Talent Acquisition
Nordkai Hafen- und Logistik AG
T +49 421 5309-2261
""",
    attach=[
        (
            "Angebot_Kuhlmann-Ahrens_4821.pdf",
            "application/pdf",
            "%PDF-1.4\n% Angebotsschreiben Nordkai (Platzhalter)\n",
        )
    ],
)

nk_accept = m(
    "x1m6",
    "2026-01-21 09:31",
    "Gerdes, Insa <insa.gerdes@nordkai.example>",
    "AW: Unser Angebot",
    A("offer", NK, NKR, 11, "direct"),
    """\
Liebe Frau Kuhlmann-Ahrens,

das sind wunderbare Nachrichten – herzlich willkommen bei Nordkai! Herr Oltmanns hat sich schon sehr gefreut.

Den Arbeitsvertrag bekommen Sie in den nächsten Tagen per DocuSign. Alles Weitere (Führungszeugnis, Onboarding) schicke ich Ihnen dann nach und nach.

Viele Grüße
Insa Gerdes

Von: Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>
Gesendet: Dienstag, 20. Januar 2026 22:14
An: Gerdes, Insa <insa.gerdes@nordkai.example>
Betreff: Re: Unser Angebot

Liebe Frau Gerdes,

vielen Dank für das Angebot und das nette Telefonat. Ich habe mir alles in Ruhe angesehen und nehme das Angebot sehr gerne an!

Meine Kündigungsfrist beträgt drei Monate zum Monatsende, der 01.05. passt also gut.

Viele Grüße
Svenja Kuhlmann-Ahrens
""",
    st="accepted",
    **reply(nk_offer),
)

nk_sign = m(
    "x1m7",
    "2026-01-23 10:04",
    "Nordkai Hafen- und Logistik AG über DocuSign <dse@eumail.docusign.net>",
    "Bitte signieren Sie: Arbeitsvertrag_Kuhlmann-Ahrens_4821.pdf",
    A("offer", NK, NKR, 11, "docusign"),
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center">
<p style="font-size:16px">Insa Gerdes hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=4d1f0b2e-8c8a-4c57-a3e1-1b2cd4e5f601&amp;etti=24&amp;acct=9a1b" style="background:#ffc820;color:#000;padding:10px 18px;text-decoration:none;font-weight:bold">DOKUMENT ÜBERPRÜFEN</a></p>
</div>
<p><b>Insa Gerdes</b><br>insa.gerdes@nordkai.example</p>
<p>Liebe Frau Kuhlmann-Ahrens,<br>anbei Ihr Arbeitsvertrag zur Unterschrift. Bitte prüfen und signieren Sie das Dokument bis zum 30.01.2026. Herzliche Grüße, Insa Gerdes</p>
<p style="font-size:11px;color:#666"><b>Diese E-Mail nicht weiterleiten</b><br>Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an Dritte weiter.</p>
<p style="font-size:11px;color:#666">Über DocuSign: Signieren Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher und geschützt.</p>
</td></tr></table></body></html>
""",
    st="accepted",
)

nk_done = m(
    "x1m8",
    "2026-01-23 21:16",
    "DocuSign System <dse@eumail.docusign.net>",
    "Abgeschlossen: Arbeitsvertrag_Kuhlmann-Ahrens_4821.pdf",
    A("offer", NK, NKR, 11, "docusign"),
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:16px">Alle Beteiligten haben das Dokument abgeschlossen.</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=7e0f1a2b-3c4d&amp;r=5e6f" style="color:#fff">DOKUMENT ANZEIGEN</a></p>
</div>
<p>Hallo Svenja Kuhlmann-Ahrens,</p>
<p>alle Unterzeichner haben das Dokument „Arbeitsvertrag_Kuhlmann-Ahrens_4821.pdf“ abgeschlossen. Eine Kopie ist dieser E-Mail als PDF beigefügt.</p>
<p>Absender: Insa Gerdes, Nordkai Hafen- und Logistik AG</p>
<p style="font-size:11px;color:#666">Diese Nachricht wurde an svenja.kuhlmann-ahrens@web.de gesendet. Sie enthält einen sicheren Link zu DocuSign.</p>
</body></html>
""",
    st="accepted",
    attach=[
        (
            "Arbeitsvertrag_Kuhlmann-Ahrens_4821.pdf",
            "application/pdf",
            "%PDF-1.4\n% signed (placeholder)\n",
        )
    ],
)

nk_papers = m(
    "x1m9",
    "2026-01-27 13:55",
    "Personalservice Nordkai <personalservice@nordkai.example>",
    "Ihr Eintritt zum 01.05.2026 – benötigte Unterlagen",
    J("other_job", "direct", NK, NKR),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

herzlich willkommen bei der Nordkai Hafen- und Logistik AG! Damit zu Ihrem Eintritt am 01.05.2026 alles reibungslos klappt, benötigen wir noch folgende Unterlagen:

1. Erweitertes Führungszeugnis (Belegart OE – zur Vorlage bei einer Behörde ist NICHT erforderlich, bitte direkt an Sie). Da Sie im Hafensicherheitsbereich (ISPS) Zugang erhalten, ist das Führungszeugnis zwingend erforderlich. Sie können es online über das Portal des Bundesamts für Justiz beantragen; die Kosten (13 €) erstatten wir mit der ersten Gehaltsabrechnung.
2. Kopie des Sozialversicherungsausweises bzw. Ihre Rentenversicherungsnummer
3. Steuer-ID
4. Bankverbindung (Formular anbei)
5. Mitgliedsbescheinigung Ihrer Krankenkasse

Bitte laden Sie die Unterlagen bis zum 31.03.2026 im Onboarding-Portal hoch – den Zugang erhalten Sie einige Wochen vor Ihrem Start per E-Mail.

Mit freundlichen Grüßen
Jana Wöltjen
Personalservice
Nordkai Hafen- und Logistik AG
""",
    attach=[
        ("Formular_Bankverbindung.pdf", "application/pdf", "%PDF-1.4\n% Formular (Platzhalter)\n")
    ],
)

nk_onboard = m(
    "x1ma",
    "2026-02-16 07:30",
    f"Nordkai Onboarding <{SF}>",
    "Willkommen an Bord! Ihr Zugang zum Onboarding-Portal",
    J("other_job", "other", NK, NKR),
    html="""\
<html><body style="font-family:Arial,sans-serif;color:#1a2a3a">
<div style="background:#003b5c;padding:16px"><img src="https://career5.successfactors.eu/public/nordkaihaf/logo_white.png" alt="NORDKAI" height="32"></div>
<div style="padding:18px">
<p>Liebe Svenja,</p>
<p>bald geht es los – wir freuen uns auf Sie! In unserem Onboarding-Portal finden Sie alles für Ihren Start am <b>01.05.2026</b>: Ihren Einarbeitungsplan, Ihre Ansprechpartner:innen, Infos zu Parken und Kantine sowie die Checkliste für Ihre Unterlagen.</p>
<p>Ihr Benutzername: <b>SKUHLMANNAHR</b><br>Das Passwort legen Sie beim ersten Login selbst fest.</p>
<p><a href="https://performancemanager5.successfactors.eu/sf/onboarding?company=nordkaihaf&amp;token=eyJvbmIiOiJLQTI2In0" style="background:#00a3e0;color:#fff;padding:9px 20px;text-decoration:none">Zum Onboarding-Portal</a></p>
<p>Bis bald in der Überseestadt!<br>Ihr Onboarding-Team</p>
</div>
<p style="font-size:10px;color:#889">Nordkai Hafen- und Logistik AG · Am Kaiserhafen 3 · 27568 Bremerhaven · Diese E-Mail wurde automatisch versendet.</p>
</body></html>
""",
)

# --- Deichblick IT (IT-Systemhaus in Oldenburg, Personio, du): the offer she declines -------

db_conf = m(
    "y6t0",
    "2025-10-08 12:19",
    "Deichblick IT GmbH <no-reply@personio.de>",
    "Danke für deine Bewerbung, Svenja!",
    A("confirmation", DB, DBR, 12, "personio"),
    """\
Moin Svenja,

danke, dass du dich bei uns als Systemadministrator (m/w/d) Cloud & Modern Workplace beworben hast! Deine Unterlagen sind bei uns angekommen.

Wir schauen sie uns in Ruhe an und melden uns spätestens in zwei Wochen bei dir – versprochen. Bei uns liest übrigens kein Algorithmus, sondern Jannes aus dem Managed-Services-Team und Wiebke aus dem Office.

Bis bald
Dein Team von Deichblick IT

Deichblick IT-Systemhaus GmbH · Am Stau 32 · 26122 Oldenburg
Geschäftsführer: Okke Behrens · HRB 214577, Amtsgericht Oldenburg
Jobs: https://dbit-oldenburg.jobs.personio.de
""",
)

db_call = m(
    "y6t1",
    "2025-10-14 16:52",
    "Jannes Hinrichs <jannes.hinrichs@deichblick-it.example>",
    "Kennenlerncall?",
    A("interview", DB, DBR, 12, "direct"),
    """\
Moin Svenja,

ich bin Jannes, Teamlead Managed Services bei Deichblick. Deine Bewerbung gefällt mir – VMware, M365, ein bisschen Netzwerk und sechs Jahre im Tagesgeschäft einer Spedition, das passt ziemlich gut zu dem, was unsere Kund:innen so haben.

Lust auf einen kurzen Kennenlerncall, so 30 Minuten? Ich hab dir mal Donnerstag um 16:30 eingestellt. Wenn's nicht passt, schieb ihn einfach oder schreib mir.

Beste Grüße
Jannes

--
Jannes Hinrichs | Teamlead Managed Services
Deichblick IT-Systemhaus GmbH | Am Stau 32 | 26122 Oldenburg
Tel. 0441 36133-21 | www.deichblick-it.example
""",
    ics=ics(
        "2k9b1r7s4c0q5v8n3m6x@google.com",
        "2025-10-16 16:30",
        "Kennenlerncall Svenja / Jannes (Deichblick IT)",
        ("Jannes Hinrichs", "jannes.hinrichs@deichblick-it.example"),
        minutes=30,
        description="Google Meet: https://meet.google.com/ozt-hwbk-qrr",
        location="https://meet.google.com/ozt-hwbk-qrr",
    ),
)

db_visit = m(
    "y6t2",
    "2025-10-27 08:44",
    "Jannes Hinrichs <jannes.hinrichs@deichblick-it.example>",
    "Re: Kennenlerncall?",
    A("interview", DB, DBR, 12, "direct"),
    """\
Moin Svenja,

wie am Telefon besprochen: komm gern am Donnerstag, 6.11., um 10 Uhr bei uns am Stau vorbei. Du lernst das Team kennen, Okke (unser GF) ist auch dabei, und wir gehen zusammen ein, zwei echte Tickets aus unserem Alltag durch – kein Test, eher Fachsimpeln. Plan so zwei Stunden ein. Mittag geht auf uns.

Parken ist schwierig, vom Bahnhof sind es 10 Minuten zu Fuß.

Bis dann!
Jannes

Am 14.10.2025 um 19:03 schrieb Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>:
> Hallo Jannes,
> Donnerstag 16:30 passt gut, bis dann!
> Viele Grüße
> Svenja
""",
    ics=ics(
        "5n8m1q4w7e0r3t6y9u2i@google.com",
        "2025-11-06 10:00",
        "Svenja bei Deichblick (Teamkennenlernen)",
        ("Jannes Hinrichs", "jannes.hinrichs@deichblick-it.example"),
        minutes=120,
        attendees=[("Okke Behrens", "okke.behrens@deichblick-it.example")],
        location="Deichblick IT, Am Stau 32, 26122 Oldenburg",
    ),
    **reply(db_call),
)

db_offer = m(
    "y6t3",
    "2025-11-19 18:05",
    "Okke Behrens <okke.behrens@deichblick-it.example>",
    "Unser Angebot für dich",
    A("offer", DB, DBR, 12, "direct"),
    """\
Hallo Svenja,

schön, dass du letzte Woche bei uns warst – das Team war sich danach ziemlich einig, und ich auch: Wir hätten dich gern bei Deichblick!

Hier unser Angebot in Kürze:
- Systemadministratorin Cloud & Modern Workplace, unbefristet, Start nach Absprache
- 52.000 € brutto im Jahr, nach der Probezeit Gespräch über 54.000 €
- 40 Stunden, Homeoffice bis 3 Tage die Woche
- Rufbereitschaft im Wechsel mit dem Team, derzeit jede 4. Woche (Mo–So), Pauschale 250 € pro Woche plus Einsatzzeit
- 28 Tage Urlaub, Zertifizierungen (AZ-104, AZ-500 …) zahlen wir komplett
- Firmenwagen ist bei uns erst ab Consultant-Level drin, dafür Deutschlandticket

Den Vertragsentwurf hab ich dir angehängt. Lass dir ruhig ein paar Tage Zeit und ruf mich an, wenn du Fragen hast.

Beste Grüße aus Oldenburg
Okke

--
Okke Behrens | Geschäftsführer
Deichblick IT-Systemhaus GmbH | Am Stau 32 | 26122 Oldenburg
""",
    attach=[
        (
            "Vertragsentwurf_Deichblick_SKA.pdf",
            "application/pdf",
            "%PDF-1.4\n% Entwurf (Platzhalter)\n",
        )
    ],
)

db_decl = m(
    "y6t4",
    "2025-11-27 12:38",
    "Okke Behrens <okke.behrens@deichblick-it.example>",
    "Re: Unser Angebot für dich",
    A("offer", DB, DBR, 12, "direct"),
    """\
Hi Svenja,

schade – aber danke, dass du so klar und ehrlich bist. Ich verstehe das. Bei der Rufbereitschaft können wir als Systemhaus leider nicht viel machen, unsere Kund:innen erwarten nachts um drei jemanden am Telefon. Und beim Gehalt sind wir mit 52 am oberen Ende dessen, was wir Einsteiger:innen in der Cloud-Rolle zahlen.

Falls sich bei dir etwas ändert: Die Tür bleibt offen. Und wenn du mal eine Empfehlung für jemanden hast, der Rufbereitschaft mag – ich höre zu :)

Alles Gute und viel Erfolg bei der Suche!
Okke

Am 26.11.2025 um 21:40 schrieb Svenja Kuhlmann-Ahrens <svenja.kuhlmann-ahrens@web.de>:
> Hallo Okke,
>
> vielen Dank für das Angebot und die tolle Zeit bei euch in Oldenburg – das Team hat mir wirklich gefallen.
>
> Ich habe lange hin und her überlegt, muss aber leider absagen. Das Gehalt liegt deutlich unter dem, was ich mir für den Wechsel vorgestellt habe (ich bin aktuell schon bei knapp 55), und die Rufbereitschaft jede vierte Woche inkl. Wochenende lässt sich mit meinem Training und den Regatten im Verein kaum vereinbaren.
>
> Ich hoffe, du verstehst das. Vielleicht läuft man sich ja trotzdem mal über den Weg.
>
> Viele Grüße
> Svenja
""",
    st="declined",
    **reply(db_offer),
)

# --- Elbkontor Privatbank (Hamburg, softgarden): online test, reschedule, "Zwischenstand" ---

ek_conf = m(
    "z2f0",
    "2025-10-10 08:21",
    "Elbkontor Privatbank AG <noreply@softgarden.io>",
    "Ihre Bewerbung als IT Security Engineer Cloud (m/w/d)",
    A("confirmation", EK, EKR, 13, "other"),
    html="""\
<html><body style="font-family:Georgia,serif;color:#1c2833;font-size:15px">
<table width="600" align="center"><tr><td>
<p style="font-size:22px;color:#7a1f2b;letter-spacing:2px">ELBKONTOR</p>
<p>Sehr geehrte Frau Kuhlmann-Ahrens,</p>
<p>vielen Dank für Ihre Bewerbung und Ihr Interesse an der Elbkontor Privatbank AG.</p>
<p>Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen für die Position <b>IT Security Engineer Cloud (m/w/d)</b> in Hamburg. Wir werden Ihre Bewerbung nun prüfen und uns zeitnah bei Ihnen melden.</p>
<p>Über Ihr Bewerberkonto können Sie den Status Ihrer Bewerbung jederzeit verfolgen:<br>
<a href="https://elbkontor.softgarden.io/de/applicant/status">Zu meinem Bewerberkonto</a></p>
<p>Mit freundlichen Grüßen<br>Lea Sandmann<br>Human Resources</p>
<p style="font-size:11px;color:#666">Elbkontor Privatbank AG · Ballindamm 9 · 20095 Hamburg · Vorstand: Carl-Friedrich Oelrichs, Dr. Anna Petersen · Amtsgericht Hamburg HRB 30911<br>
Diese E-Mail wurde über softgarden versendet. <a href="https://elbkontor.softgarden.io/de/privacy">Datenschutz</a></p>
</td></tr></table></body></html>
""",
)

ek_test = m(
    "z2f1",
    "2025-10-21 09:05",
    "TestGorilla <no-reply@testgorilla.com>",
    "Elbkontor Privatbank AG hat Sie zu einem Assessment eingeladen",
    A("assessment", EK, EKR, 13, "other"),
    """\
Hallo Svenja,

Elbkontor Privatbank AG hat Sie eingeladen, das Assessment „IT Security Engineer Cloud – Hamburg“ auf TestGorilla abzuschließen.

Das Assessment enthält 4 Tests und 2 Zusatzfragen und dauert etwa 55 Minuten:
- Microsoft Azure
- Cybersecurity Fundamentals
- Network Security
- Englisch (B2)

Bitte schließen Sie das Assessment innerhalb von 5 Tagen ab.

Assessment starten: https://app.testgorilla.com/s/3kq7x0z2?utm_source=invite

Tipp: Verwenden Sie einen Computer mit Webcam und eine stabile Internetverbindung. Sie können die Tests nicht pausieren, sobald Sie begonnen haben.

Viel Erfolg!
Das TestGorilla-Team

Sie erhalten diese E-Mail, weil Elbkontor Privatbank AG Sie zu einem Assessment eingeladen hat. TestGorilla B.V., Amsterdam.
""",
)

ek_int = m(
    "z2f2",
    "2025-11-04 14:40",
    "Sandmann, Lea <lea.sandmann@elbkontor-bank.example>",
    "Einladung zum Interview – IT Security Engineer Cloud",
    A("interview", EK, EKR, 13, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

vielen Dank für die Bearbeitung unseres Online-Assessments. Wir würden Sie gern in einem Videointerview näher kennenlernen.

Mittwoch, 12.11.2025, 14:00 – 15:00 Uhr, Microsoft Teams
Gesprächspartner: Dr. Jens Albers (CISO), Katharina Wulf (Teamleitung Cloud Security) und ich

Bitte nehmen Sie die angehängte Einladung an oder schlagen Sie einen anderen Termin vor.

Mit freundlichen Grüßen

Lea Sandmann
Human Resources
Elbkontor Privatbank AG
Ballindamm 9 · 20095 Hamburg
Tel. +49 40 30 88 41-217
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000090E1E2A3B4C5DC01000000000000000010000000EKSEC1",
        "2025-11-12 14:00",
        "Interview IT Security Engineer Cloud – Frau Kuhlmann-Ahrens",
        ("Sandmann, Lea", "lea.sandmann@elbkontor-bank.example"),
        style="outlook",
        attendees=[
            ("Albers, Jens Dr.", "jens.albers@elbkontor-bank.example"),
            ("Wulf, Katharina", "katharina.wulf@elbkontor-bank.example"),
        ],
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_EKSEC1%40thread.v2/0\nBesprechungs-ID: 329 004 118 23\nKennung: 3fWq8e",
        location="Microsoft Teams-Besprechung",
    ),
)

ek_move = m(
    "z2f3",
    "2025-11-10 11:58",
    "Sandmann, Lea <lea.sandmann@elbkontor-bank.example>",
    "Verschoben: Interview IT Security Engineer Cloud – Frau Kuhlmann-Ahrens",
    A("interview", EK, EKR, 13, "direct"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

leider muss ich unser Gespräch am Mittwoch verschieben – Dr. Albers ist kurzfristig in einer Aufsichtsprüfung gebunden. Neuer Termin ist Dienstag, 18.11.2025, 09:30 – 10:30 Uhr, wieder per Teams.

Ich hoffe, das passt bei Ihnen. Die aktualisierte Einladung ist beigefügt.

Mit freundlichen Grüßen
Lea Sandmann
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000090E1E2A3B4C5DC01000000000000000010000000EKSEC1",
        "2025-11-18 09:30",
        "Interview IT Security Engineer Cloud – Frau Kuhlmann-Ahrens",
        ("Sandmann, Lea", "lea.sandmann@elbkontor-bank.example"),
        style="outlook",
        sequence=1,
        attendees=[
            ("Albers, Jens Dr.", "jens.albers@elbkontor-bank.example"),
            ("Wulf, Katharina", "katharina.wulf@elbkontor-bank.example"),
        ],
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_EKSEC1%40thread.v2/0",
        location="Microsoft Teams-Besprechung",
    ),
)

ek_rej = m(
    "z2f4",
    "2025-12-04 16:10",
    "Elbkontor Privatbank AG <noreply@softgarden.io>",
    "Zwischenstand zu Ihrer Bewerbung",
    A("rejection", EK, EKR, 13, "other"),
    """\
Sehr geehrte Frau Kuhlmann-Ahrens,

zunächst möchten wir uns für Ihre Geduld bedanken – unser Auswahlprozess hat länger gedauert als geplant.

Heute möchten wir Ihnen einen Zwischenstand geben: Nach den Gesprächen mit allen Kandidatinnen und Kandidaten haben wir uns entschieden, den Prozess mit Bewerberinnen und Bewerbern fortzusetzen, die bereits Erfahrung mit regulatorischen Anforderungen im Bankenumfeld (DORA, BAIT) mitbringen. Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.

Wir bedanken uns für die offenen Gespräche und wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Lea Sandmann
Human Resources

Elbkontor Privatbank AG · Ballindamm 9 · 20095 Hamburg
""",
)

MAIL = [
    ae_verify,
    ae_conf1,
    ae_conf2,
    ae_test,
    ae_rej1,
    ae_rej2,
    tw_conf,
    tw_call,
    tw_rej,
    tw_survey,
    idz_reg,
    idz_conf,
    idz_test,
    idz_ooo,
    idz_int,
    idz_rej,
    uni_conf,
    uni_rej,
    lk_fwd,
    lk_hold,
    vn_conf1,
    vn_rej1,
    vn_conf2,
    vn_fwd,
    vn_int,
    vn_wd,
    nv_talent,
    nv_conf,
    nv_int,
    nv_cancel,
    nk_conf,
    nk_nudge,
    nk_fwd,
    nk_int1,
    nk_int2,
    nk_offer,
    nk_accept,
    nk_sign,
    nk_done,
    nk_papers,
    nk_onboard,
    db_conf,
    db_call,
    db_visit,
    db_offer,
    db_decl,
    ek_conf,
    ek_test,
    ek_int,
    ek_move,
    ek_rej,
]
