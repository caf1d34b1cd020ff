# ruff: noqa: E501, RUF100
"""Corpus 124, job mail part one (data only): see heldout124.py.

Also the corpus's shared helpers: the time zone, ``m()`` and the label shorthands, which the other
data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Vienna's offset on ``day`` (CEST until the last Sunday of October 2025)."""
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


def re_(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the message ids given (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


def thread(mail: list[dict[str, Any]], child: str, parent: str, *extra: str) -> None:
    """Make ``child`` a reply to ``parent`` (both spec keys of ``mail``), then to ``extra``
    (Message-IDs of her own replies, which are not in the mailbox)."""
    by_key = {spec["id"][1:].split(".", 1)[0]: spec for spec in mail}
    up = by_key[parent]
    refs = [*up.get("References", "").split(), up["id"], *extra]
    by_key[child]["In-Reply-To"] = refs[-1]
    by_key[child]["References"] = " ".join(refs)


# Employers and roles, as a person would write them (the labels' ``company`` and ``role``).
SG, SGR = "Hotel Stephansgarten", "Revenue Manager (m/w/d)"
RW, RW1, RW2 = (
    "Roomwise",
    "Revenue Consultant DACH (m/w/d)",
    "Customer Success Manager – Hospitality (DACH)",
)
TV, TVR = "Travelio", "Senior Market Manager Hotels – Austria & Switzerland"
DHG, DHGR = "Danubia Hotel Group", "Director of Revenue Austria (m/w/d)"
HT, HTR = "Parkhotel Hietzinger Tor", "Revenue & Reservations Manager (m/w/d)"
AR, ARR = "Alpenrose Resort Seefeld", "Revenue Manager (Ganzjahresstelle)"
GL, GLR = "Hotel Goldenes Lamm", "Reservierungsleitung mit Revenue-Agenden (m/w/d)"
FW, FWR = "Ferienwelt Touristik", "Pricing Analyst Pauschalreisen (m/w/d)"
PR, PRR = "Hotel Prater Residenz", "Reservierungsleiter/in (m/w/d)"
SK, SKR = "Skyport Hotel Vienna Airport", "Revenue Manager (m/w/d)"
HS, HSR = "Hopstay Hostels", "Revenue Manager EMEA"
MS, MSR = "Hotel Mariahilfer Stern", "Front Office & Revenue Manager (m/w/d)"
RH, RHR = "The Ringhaus Vienna", "Director of Revenue & Distribution"
CH, CHR = "Channelhub", "Account Manager Hotels Österreich (m/w/d)"
AS, ASR = "Alpine Sky Airlines", "Revenue Management Analyst – Network Pricing (m/w/d)"
VH, VHR = "Thermenresort Vöslauer Hof", "Revenue & Distribution Manager (m/w/d)"
GB, GBR = "Boutiquehotel Zum Grünen Baum", "Revenue & Sales Manager (30 Std.)"
WW, WWR = "Wienerwald Tourismus", "Data & Market Analyst (m/w/d)"
DC, DCR = "Donaucity Congress Hotel", "Revenue Manager MICE (m/w/d)"
SB, SBR = "Staybird", "Pricing Manager DACH"

ME_NAME, ME_ADDR = "Magdalena Hofstätter", "magdalena.hofstaetter@gmx.at"

# Alvara Hotels & Resorts (group careers on SuccessFactors) writing for the Stephansgarten.
SF_ALVARA = "Alvara Hotels & Resorts Recruiting <system@successfactors.eu>"
SPERL = "Martina Sperl | Alvara Hotels <martina.sperl@alvara-hotels.example>"
KRANZL = "Bettina Kranzl <b.kranzl@hotel-stephansgarten.example>"
REINDL = "Thomas Reindl <gm@hotel-stephansgarten.example>"
# Roomwise on Teamtailor (tenant "roomwise") and from its own domain.
TT_RW = "Roomwise <no-reply@roomwise.teamtailor-mail.com>"
LENA_TT = "Lena Obermayr - Roomwise <lena.obermayr@roomwise.teamtailor-mail.com>"
LENA = "Lena Obermayr <lena@roomwise.example>"
JONAS = "Jonas Feldbacher <jonas@roomwise.example>"
# Danubia Hotel Group on d.vinci (tenant "danubia"), everyone calls it DHG.
DV_DHG = "DHG Karriere <noreply@danubia.dvinci-hr.com>"
DV_HOERMANN = "Sabine Hörmann (DHG) <candidate-8fq2xw@danubia.dvinci-hr.com>"
HOERMANN = "Mag. Sabine Hörmann <sabine.hoermann@dhg-hotels.example>"

SIG_SG = """Bettina Kranzl
Director of Sales & Marketing

HOTEL STEPHANSGARTEN *****
Singerstraße 17 | 1010 Wien
T +43 1 512 48 30-410 | M +43 664 381 22 90
www.hotel-stephansgarten.example

A member of Alvara Hotels & Resorts
Stephansgarten Hotelbetriebs GmbH | FN 288431 m | Handelsgericht Wien"""

SIG_DHG = """Mag. Sabine Hörmann
Head of People & Culture

DHG – Danubia Hotel Group
Danubia Hotelmanagement GmbH
Wipplingerstraße 34, 1010 Wien
T +43 1 533 91 70-22
sabine.hoermann@dhg-hotels.example | www.dhg-hotels.example

Firmenbuch: FN 402117 t, Handelsgericht Wien | UID: ATU68123459"""


MAIL: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ 1: Hotel Stephansgarten
    m(
        "q7a",
        "2025-09-08 09:14",
        "Alvara Hotels & Resorts <system@successfactors.eu>",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        J("other_job", "other", "Alvara Hotels"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank, dass Sie ein Kandidatenkonto im Karriereportal von Alvara Hotels & Resorts angelegt haben.

Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden über folgenden Link:
https://career2.successfactors.eu/career?company=alvarahotP&career_ns=activate&token=b91e5Xk2Lq

Ihr Benutzername: magdalena.hofstaetter@gmx.at

Sollten Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.

Mit freundlichen Grüßen
Alvara Hotels & Resorts
Talent Acquisition

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""",
    ),
    m(
        "q7b",
        "2025-09-08 09:31",
        SF_ALVARA,
        "Ihre Bewerbung: Revenue Manager (m/w/d) – Hotel Stephansgarten Wien (Req. 4471)",
        A("confirmation", SG, SGR, 1, "other"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihr Interesse an Alvara Hotels & Resorts und für Ihre Bewerbung als

Revenue Manager (m/w/d)
Hotel Stephansgarten *****, Wien
Stellen-ID: 4471

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Talent-Acquisition-Team prüft Ihre Bewerbung gemeinsam mit der Hoteldirektion und meldet sich so rasch wie möglich bei Ihnen – in der Regel innerhalb von zwei Wochen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://career2.successfactors.eu/career?company=alvarahotP&career_ns=job_application_list

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Alvara Hotels & Resorts
Lothringerstraße 4 | 1030 Wien

---
Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerber:innen: https://www.alvara-hotels.example/karriere/datenschutz
Diese E-Mail wurde automatisch erstellt.""",
    ),
    m(
        "q7c",
        "2025-09-16 14:02",
        KRANZL,
        "Kennenlernen am Dienstag, 23.9.?",
        A("interview", SG, SGR, 1, "direct"),
        f"""Liebe Frau Hofstätter,

danke für Ihre Bewerbung, die mir unsere Kolleginnen aus dem Talent Acquisition weitergeleitet haben. Ihr Werdegang im Wiedner Hof hat mich neugierig gemacht – vor allem die Umstellung auf das neue RMS und das Thema Gruppenkontingente würde ich gern mit Ihnen vertiefen.

Hätten Sie am Dienstag, 23. September, um 10:00 Uhr Zeit für ein erstes persönliches Gespräch bei uns im Haus? Wir treffen uns in der Lobby Bar, Dauer ca. eine Stunde. Unser Front Office Manager Herr Kaltenegger wird ebenfalls dabei sein.

Ich habe Ihnen eine Kalendereinladung geschickt – falls der Termin nicht passt, geben Sie mir bitte kurz Bescheid.

Herzliche Grüße aus der Singerstraße

{SIG_SG}""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000050A1C6F2C827DC01000000000000000010000000E1B7",
            "2025-09-23 10:00",
            "Kennenlernen Revenue Manager – Frau Hofstätter",
            ("Bettina Kranzl", "b.kranzl@hotel-stephansgarten.example"),
            style="outlook",
            location="Hotel Stephansgarten, Lobby Bar, Singerstraße 17, 1010 Wien",
            attendees=[("Lukas Kaltenegger", "fom@hotel-stephansgarten.example")],
        ),
    ),
    m(
        "q7d",
        "2025-09-30 11:20",
        SPERL,
        "Zweitgespräch Revenue Manager | Stephansgarten",
        A("interview", SG, SGR, 1, "direct"),
        """Sehr geehrte Frau Hofstätter,

Frau Kranzl hat uns sehr positiv von Ihrem Gespräch berichtet – herzlichen Dank dafür!

Gerne möchten wir Sie zu einem zweiten Gespräch einladen, diesmal mit
- Herrn Thomas Reindl, General Manager Hotel Stephansgarten
- Frau Claudia Bauer-Lenz, Area Director of Revenue Management Austria (Alvara Hotels & Resorts)

Termin: Montag, 6. Oktober 2025, 15:00–16:00 Uhr, via Microsoft Teams (der Link ist in der Einladung enthalten).

Frau Bauer-Lenz wird Ihnen im Gespräch einige Fragen zu Forecasting und Pick-up-Analysen stellen; eine gesonderte Vorbereitung ist nicht notwendig.

Mit besten Grüßen

Martina Sperl
Talent Acquisition Partner DACH
Alvara Hotels & Resorts
Lothringerstraße 4 | 1030 Wien
T +43 1 715 22 60-118
martina.sperl@alvara-hotels.example""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B0F3D5A1E731DC01000000000000000010000000A44C",
            "2025-10-06 15:00",
            "Zweitgespräch Revenue Manager Stephansgarten – M. Hofstätter",
            ("Martina Sperl", "martina.sperl@alvara-hotels.example"),
            style="outlook",
            location="Microsoft Teams-Besprechung",
            description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjI1\nBesprechungs-ID: 381 554 902 17\nKennung: Wq7Pe3",
            attendees=[
                ("Thomas Reindl", "gm@hotel-stephansgarten.example"),
                ("Claudia Bauer-Lenz", "claudia.bauer-lenz@alvara-hotels.example"),
            ],
        ),
    ),
    m(
        "q7e",
        "2025-10-14 16:45",
        SF_ALVARA,
        "Ihre Bewerbung bei Alvara Hotels & Resorts",
        A("rejection", SG, SGR, 1, "other"),
        html="""<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<table width="600" align="center"><tr><td>
<img src="https://career2.successfactors.eu/career/rcmcompany/alvarahotP/logo_alvara.png" alt="Alvara Hotels &amp; Resorts" width="180">
<p>Sehr geehrte Frau Hofstätter,</p>
<p>zunächst möchten wir uns herzlich für Ihre Zeit und die offenen, sehr angenehmen Gespräche mit Frau Kranzl, Herrn Reindl und Frau Bauer-Lenz bedanken. Ihr fundiertes Wissen im Bereich Revenue Management und Ihre Erfahrung in der Wiener Stadthotellerie haben uns beeindruckt.</p>
<p>Nach sorgfältiger Abwägung haben wir uns für die Position <b>Revenue Manager (m/w/d)</b> im Hotel Stephansgarten dennoch für eine Kandidatin entschieden, die bereits Erfahrung mit unserem konzernweiten Reporting-System mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.</p>
<p>Gerne würden wir Ihre Unterlagen in unserem Talent Pool behalten und bei passenden Vakanzen in unseren Häusern in Wien, Salzburg und Graz auf Sie zukommen. Sie können dieser Speicherung jederzeit in Ihrem Kandidatenprofil widersprechen.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Martina Sperl<br>Talent Acquisition Partner DACH<br>Alvara Hotels &amp; Resorts</p>
<p style="font-size:11px;color:#888">Stellen-ID 4471 · Diese Nachricht wurde über unser Bewerbermanagementsystem versendet.</p>
</td></tr></table></body></html>""",
    ),
    # ------------------------------------------------------------------ 2: Stephansgarten again
    m(
        "q8a",
        "2026-01-12 10:05",
        SPERL,
        "Kurze Frage – Stephansgarten",
        J("outreach", "direct", SG, SGR),
        """Liebe Frau Hofstätter,

ich hoffe, Sie sind gut ins neue Jahr gestartet!

Ich melde mich, weil die Position Revenue Manager (m/w/d) im Hotel Stephansgarten überraschend wieder frei wird – die Kollegin, für die wir uns im Herbst entschieden haben, wechselt aus privaten Gründen nach Innsbruck. Herr Reindl hat sich sofort an Sie erinnert.

Wären Sie grundsätzlich noch interessiert? Falls ja, bewerben Sie sich bitte einfach erneut über den Link unten (aus formalen Gründen brauchen wir eine neue Bewerbung im System), Ihre alten Unterlagen können Sie übernehmen:
https://career2.successfactors.eu/career?company=alvarahotP&career_job_req_id=5102

Ich freue mich auf Ihre Rückmeldung.

Beste Grüße
Martina Sperl
Talent Acquisition Partner DACH
Alvara Hotels & Resorts""",
    ),
    m(
        "q8b",
        "2026-01-13 19:40",
        SF_ALVARA,
        "Ihre Bewerbung: Revenue Manager (m/w/d) – Hotel Stephansgarten Wien (Req. 5102)",
        A("confirmation", SG, SGR, 2, "other"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihr Interesse an Alvara Hotels & Resorts und für Ihre Bewerbung als

Revenue Manager (m/w/d)
Hotel Stephansgarten *****, Wien
Stellen-ID: 5102

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Talent-Acquisition-Team prüft Ihre Bewerbung gemeinsam mit der Hoteldirektion und meldet sich so rasch wie möglich bei Ihnen – in der Regel innerhalb von zwei Wochen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://career2.successfactors.eu/career?company=alvarahotP&career_ns=job_application_list

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Alvara Hotels & Resorts
Lothringerstraße 4 | 1030 Wien

---
Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung für Bewerber:innen: https://www.alvara-hotels.example/karriere/datenschutz
Diese E-Mail wurde automatisch erstellt.""",
    ),
    m(
        "q8c",
        "2026-01-16 08:12",
        REINDL,
        "Wiedersehen im Stephansgarten",
        A("interview", SG, SGR, 2, "direct"),
        """Liebe Frau Hofstätter,

schön, dass es noch einmal klappt! Da wir uns ja schon kennen, schlage ich ein kürzeres Gespräch vor – eher ein Abgleich, was sich seit Oktober geändert hat, und ein Blick auf das Budget 2026.

Donnerstag, 22. Jänner, 9:30 Uhr, bei mir im Büro (2. Stock, bitte an der Rezeption melden). Die Einladung kommt separat per Outlook.

Herzliche Grüße
Thomas Reindl
General Manager

HOTEL STEPHANSGARTEN *****
Singerstraße 17 | 1010 Wien

Von meinem iPhone gesendet""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D06A1B8C1A86DC01000000000000000010000000C92F",
            "2026-01-22 09:30",
            "Gespräch M. Hofstätter (Revenue Manager)",
            ("Thomas Reindl", "gm@hotel-stephansgarten.example"),
            style="outlook",
            minutes=45,
            location="Büro GM, 2. OG, Hotel Stephansgarten",
        ),
    ),
    m(
        "q8d",
        "2026-01-27 09:48",
        SPERL,
        "AW: Rückzug meiner Bewerbung – Revenue Manager Stephansgarten",
        A("confirmation", SG, SGR, 2, "direct"),
        """Liebe Frau Hofstätter,

vielen Dank für Ihre offene Nachricht – schade, aber ich verstehe Ihre Entscheidung sehr gut, und herzlichen Glückwunsch zum Wechsel in die Tech-Welt! Ich habe Ihre Bewerbung (Stellen-ID 5102) im System zurückgezogen und Herrn Reindl informiert.

Wer weiß, vielleicht kreuzen sich unsere Wege ja als Kundin wieder. Alles Gute!

Beste Grüße
Martina Sperl
Talent Acquisition Partner DACH
Alvara Hotels & Resorts

-----Ursprüngliche Nachricht-----
Von: Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>
Gesendet: Montag, 26. Jänner 2026 21:14
An: Martina Sperl <martina.sperl@alvara-hotels.example>
Betreff: Rückzug meiner Bewerbung – Revenue Manager Stephansgarten

Liebe Frau Sperl,

es tut mir wirklich leid, aber ich ziehe meine Bewerbung für die Position im Stephansgarten zurück. Ich habe mich in der Zwischenzeit für ein Angebot aus der Travel-Tech-Branche entschieden. Das Gespräch mit Herrn Reindl letzte Woche war trotzdem sehr schön – bitte richten Sie ihm meinen Dank aus.

Liebe Grüße
Magdalena Hofstätter""",
        st="withdrawn",
        **re_("<a81f2c90-5b1e-4c77-9e1a-71d0c4e2b3aa@gmx.at>"),
    ),
    # ------------------------------------------------------------------ 4: Roomwise, CSM
    m(
        "r1a",
        "2025-10-20 21:47",
        TT_RW,
        "Thanks for applying to Roomwise",
        A("confirmation", RW, RW2, 4, "teamtailor", "en"),
        html="""<!DOCTYPE html><html><body style="background:#f4f1ec;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/roomwise.png" alt="Roomwise" height="28">
<h2 style="color:#1d3b35">Hi Magdalena,</h2>
<p>Thanks a lot for applying for <strong>Customer Success Manager – Hospitality (DACH)</strong>! We're happy you want to help hoteliers price smarter with us.</p>
<p>We read every application ourselves (no robots, promise) and aim to get back to you within 10 working days.</p>
<p>In the meantime: our team page and a few stories from hotels we work with are here: <a href="https://careers.roomwise.example/people">careers.roomwise.example/people</a></p>
<p>Talk soon,<br>The Roomwise Talent Team</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Roomwise Software GmbH · Lindengasse 38 · 1070 Wien · <a href="https://roomwise.teamtailor.com/connect/candidate/privacy">Manage your data</a></p>
</div></body></html>""",
    ),
    m(
        "r1b",
        "2025-10-31 10:02",
        LENA_TT,
        "Deine Bewerbung bei Roomwise",
        A("rejection", RW, RW2, 4, "teamtailor"),
        """Hi Magdalena,

danke dir für deine Bewerbung als Customer Success Manager – Hospitality (DACH) und sorry, dass es ein paar Tage länger gedauert hat.

Ganz ehrlich: dein Profil hat uns gut gefallen, aber für diese Rolle suchen wir jemanden, der schon Erfahrung mit SaaS-Onboarding und Churn-Themen mitbringt – deshalb gehen wir hier mit anderen Kandidat:innen weiter.

Was uns aufgefallen ist: Mit deinem Hintergrund im Revenue Management wärst du vielleicht eine super Kandidatin für unsere neue Rolle als Revenue Consultant DACH, die nächste Woche online geht. Wenn du magst, schau sie dir an und bewirb dich – ich würde mich freuen!

Liebe Grüße
Lena

Lena Obermayr
Talent & People, Roomwise
Lindengasse 38, 1070 Wien""",
    ),
    m(
        "r1c",
        "2025-11-04 09:00",
        TT_RW,
        "How was your experience applying to Roomwise?",
        J("other_job", "teamtailor", RW, lang="en"),
        """Hi Magdalena,

You recently went through our hiring process for Customer Success Manager – Hospitality (DACH). We'd love to hear how it felt – good or bad.

It takes less than a minute:
https://roomwise.teamtailor.com/survey/c3f1e0a9-nps?score=

On a scale from 0 to 10, how likely are you to recommend applying to Roomwise to a friend?

0  1  2  3  4  5  6  7  8  9  10

Thank you!
Roomwise

You are receiving this email because you applied to a job at Roomwise. Unsubscribe: https://roomwise.teamtailor.com/unsubscribe/9ac1""",
    ),
    # ------------------------------------------------------------------ 3: Roomwise, Revenue Consultant
    m(
        "r2a",
        "2025-11-03 20:12",
        TT_RW,
        "Danke für deine Bewerbung, Magdalena!",
        A("confirmation", RW, RW1, 3, "teamtailor"),
        html="""<!DOCTYPE html><html><body style="background:#f4f1ec;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/roomwise.png" alt="Roomwise" height="28">
<h2 style="color:#1d3b35">Hallo Magdalena,</h2>
<p>schön, dass du dich als <strong>Revenue Consultant DACH (m/w/d)</strong> bei uns beworben hast!</p>
<p>Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zehn Werktagen bei dir. Bis dahin: Kaffee trinken, durchatmen, und falls du Fragen hast, antworte einfach auf diese Mail.</p>
<p>Liebe Grüße<br>dein Roomwise Talent Team</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Roomwise Software GmbH · Lindengasse 38 · 1070 Wien · <a href="https://roomwise.teamtailor.com/connect/candidate/privacy">Deine Daten verwalten</a></p>
</div></body></html>""",
    ),
    m(
        "r2b",
        "2025-11-10 12:31",
        LENA_TT,
        "Roomwise x Magdalena – erstes Kennenlernen",
        A("interview", RW, RW1, 3, "teamtailor"),
        """Hi Magdalena,

jetzt passt es also doch noch mit uns :) Danke für deine Bewerbung als Revenue Consultant!

Ich würde gern ein erstes Video-Call mit dir machen (ca. 45 Minuten), gemeinsam mit Jonas, unserem Head of Revenue Consulting. Wir erzählen dir, was wir bauen, und du uns, was du im Hotel täglich so machst.

Donnerstag, 13.11., 16:00 – die Einladung mit Google-Meet-Link hängt an. Wenn's nicht passt, such dir hier einfach einen anderen Slot aus: https://roomwise.teamtailor.com/meetings/book/7f2c9a

Bis bald!
Lena""",
        ics=ics(
            "6h2kq0m1c5rvl8a9d3tjc2n7fe@google.com",
            "2025-11-13 16:00",
            "Roomwise <> Magdalena Hofstätter | Revenue Consultant",
            ("Lena Obermayr", "lena@roomwise.example"),
            minutes=45,
            location="https://meet.google.com/xcv-pwqe-ahn",
            description="Erstes Kennenlernen – Revenue Consultant DACH\nGoogle Meet: https://meet.google.com/xcv-pwqe-ahn",
            attendees=[("Jonas Feldbacher", "jonas@roomwise.example")],
        ),
    ),
    m(
        "r2c",
        "2025-11-24 17:55",
        JONAS,
        "Case study for our next chat",
        A("assessment", RW, RW1, 3, "direct", "en"),
        """Hi Magdalena,

Great talking to you on Thursday – Lena and I both left the call with a big smile.

As the next step, we'd like you to have a go at a small case (attached). It's based on a real (anonymised) 120-room city hotel in Graz that uses our tool: a year of on-the-books data, the comp set rates and a few events.

What we'd like to see:
1. Your read of the data: where is the hotel leaving money on the table?
2. A pricing recommendation for the next 90 days, incl. min-stay / restrictions if you'd use them
3. How you'd explain that to a GM who "doesn't trust algorithms" (max. 1 slide)

Please don't spend more than 3–4 hours on it; rough is fine. Send it back by Friday, 5 December, and we'll go through it together in the final round.

Cheers,
Jonas

--
Jonas Feldbacher
Head of Revenue Consulting · Roomwise
+43 676 912 40 58""",
        attach=[
            (
                "Roomwise_Case_Study_RC_Graz.pdf",
                "application/pdf",
                "%PDF-1.4 Roomwise case study – Hotel G (120 rooms), OTB 2025, comp set, events calendar",
            )
        ],
    ),
    m(
        "r2d",
        "2025-12-09 08:40",
        JONAS,
        "Final round – on site at Lindengasse",
        A("interview", RW, RW1, 3, "direct", "en"),
        """Hi Magdalena,

thanks for the case – really thoughtful, especially the part about the congress weeks. We'd love to invite you to the final round at our office:

Monday, 15 December, 14:00–16:00
Roomwise, Lindengasse 38, 3rd floor (ring at "Roomwise", the lift is tiny)

- 45 min: you walk us through the case (Jonas, Eva from Product)
- 30 min: chat with Markus, our CEO
- coffee with two of the consultants, no agenda

Calendar invite attached. Let me know if you need anything.

Jonas""",
        ics=ics(
            "1s8v3k0ogq2d7nlc4rb6h9pu2j@google.com",
            "2025-12-15 14:00",
            "Final round: Magdalena Hofstätter (Revenue Consultant DACH)",
            ("Jonas Feldbacher", "jonas@roomwise.example"),
            minutes=120,
            location="Roomwise, Lindengasse 38, 1070 Wien",
            attendees=[
                ("Eva Strasser", "eva@roomwise.example"),
                ("Markus Pöll", "markus@roomwise.example"),
            ],
        ),
    ),
    m(
        "r2e",
        "2026-01-21 16:03",
        LENA,
        "Dein Angebot von Roomwise 🎉",
        A("offer", RW, RW1, 3, "direct"),
        """Liebe Magdalena,

sorry nochmal, dass es über die Feiertage so lang gedauert hat – jetzt ist das Budget für 2026 freigegeben, und wir freuen uns riesig, dir offiziell ein Angebot für die Rolle als Revenue Consultant DACH machen zu können!

Die Eckdaten:
- Start: 2. März 2026, Vollzeit (38,5 h), Hybrid (2 Tage Büro Lindengasse)
- Bruttojahresgehalt: € 62.000 (14 Gehälter), zusätzlich variabler Anteil bis zu € 6.000 nach Zielvereinbarung
- Einstufung nach dem Kollektivvertrag für Angestellte bei Unternehmen im Bereich Dienstleistungen in der automatischen Datenverarbeitung und Informationstechnik (IT-KV), ST2 – deutlich überzahlt
- Klimaticket Österreich, Laptop deiner Wahl, 3 Tage im Jahr für Weiterbildung

Den Dienstvertrag findest du im Anhang. Schau ihn dir in Ruhe an und gib uns bitte bis Freitag, 30. Jänner, Bescheid. Wenn du Fragen hast, ruf mich oder Jonas jederzeit an.

Wir hoffen sehr, dass du Ja sagst!

Liebe Grüße
Lena

Lena Obermayr
Talent & People · Roomwise Software GmbH
Lindengasse 38 · 1070 Wien · +43 660 318 77 04""",
        attach=[
            (
                "Dienstvertrag_Hofstaetter_Roomwise_Entwurf.pdf",
                "application/pdf",
                "%PDF-1.4 Dienstvertrag (Entwurf) Roomwise Software GmbH – Magdalena Hofstätter",
            )
        ],
    ),
    m(
        "r2f",
        "2026-01-23 11:26",
        LENA,
        "Re: Dein Angebot von Roomwise 🎉",
        A("offer", RW, RW1, 3, "direct"),
        """JAAA! 🥳 Wir freuen uns so, Magdalena!

Ich schicke dir heute noch den finalen Vertrag zur Unterschrift (DocuSign kommt von mir, nicht erschrecken) und melde mich Anfang Feber mit allem fürs Onboarding.

Willkommen im Team!
Lena

Am Fr., 23. Jan. 2026 um 10:58 schrieb Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>:
> Liebe Lena,
>
> danke euch für das schöne Angebot und die Geduld mit meinen Fragen zum Variablen!
> Ich habe mit dem Vertrag alles durchgesehen und nehme sehr gerne an – Start am 2. März passt perfekt, mein Dienstverhältnis im Wiedner Hof endet mit 31. Jänner.
>
> Liebe Grüße
> Magdalena""",
        st="accepted",
    ),
    m(
        "r2g",
        "2026-02-10 13:15",
        LENA,
        "Dein Start am 2. März – ein paar Infos",
        J("other_job", "direct", RW, RW1),
        """Hi Magdalena,

in drei Wochen geht's los! Damit dein erster Tag entspannt wird, hier das Wichtigste:

- 2. März, 9:30 Uhr in der Lindengasse 38 – Frühstück mit dem ganzen Team
- Dein Laptop (MacBook Air, wie gewünscht) liegt am Platz bereit
- Du bekommst in den nächsten Tagen eine Einladung zu Personio – dort bitte Stammdaten, Bankverbindung und Sozialversicherungsnummer eintragen, damit die Lohnverrechnung rechtzeitig alles hat
- Dein Buddy für die ersten Wochen ist Teresa aus dem Consulting-Team

Wenn du vorher schon einen Blick ins Produkt werfen willst, kann ich dir einen Demo-Zugang schicken.

Bis bald!
Lena""",
    ),
    m(
        "r2h",
        "2026-02-16 08:05",
        "Roomwise Software GmbH <no-reply@personio.de>",
        "Einladung zu Personio: Roomwise Software GmbH",
        J("other_job", "personio", RW),
        """Hallo Magdalena,

Roomwise Software GmbH hat dich zu Personio eingeladen. In Personio verwaltest du künftig deine Abwesenheiten, Dokumente und persönlichen Daten.

Klicke auf den folgenden Button, um dein Konto zu aktivieren und ein Passwort festzulegen:

Konto aktivieren: https://roomwise.personio.de/invitation/accept?token=3be81f0c77a1

Die Einladung ist 7 Tage gültig.

Viele Grüße
Dein Personio-Team

Personio SE & Co. KG · Seidlstraße 3 · 80335 München""",
    ),
    # ------------------------------------------------------------------ 5: Travelio
    m(
        "t1a",
        "2025-09-22 18:21",
        "Travelio Talent Team <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Travelio",
        A("confirmation", TV, TVR, 5, "greenhouse", "en"),
        """Hi Magdalena,

Thanks for your interest in Travelio! We've received your application for Senior Market Manager Hotels – Austria & Switzerland and our team is reviewing it.

If your background looks like a match, a member of our Talent team will reach out to you about next steps. Because of the number of applications we receive, this can take up to three weeks.

In the meantime, take a look at how we work: https://travelio.example/life-at-travelio

Best,
Travelio Talent Acquisition

Travelio B.V. · Herengracht 420 · Amsterdam
Read our candidate privacy notice: https://travelio.example/privacy/candidates""",
    ),
    m(
        "t1b",
        "2025-09-29 07:02",
        "Travelio via TestGorilla <no-reply@testgorilla.com>",
        "Travelio invites you to complete an assessment",
        A("assessment", TV, TVR, 5, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1b1b1b">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="border:1px solid #e6e6e6;padding:28px"><tr><td>
<p>Hi Magdalena Hofstätter,</p>
<p><b>Travelio</b> has invited you to take an assessment as part of your application for <b>Senior Market Manager Hotels – Austria &amp; Switzerland</b>.</p>
<p>The assessment consists of 4 tests (Numerical reasoning, Attention to detail, Negotiation, English B2) and takes about 55 minutes. Make sure you have a stable internet connection and a quiet environment; you can't pause once a test has started.</p>
<p>Please complete it before <b>October 3, 2025, 23:59 CEST</b>.</p>
<p><a href="https://app.testgorilla.com/s/k9t2wq5b?utm_source=email&amp;utm_medium=invite" style="background:#46a997;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Start assessment</a></p>
<p>Good luck!<br>The TestGorilla team, on behalf of Travelio</p>
</td></tr></table>
<p style="font-size:11px;color:#999">TestGorilla B.V. · Amsterdam · You received this email because a company invited you to an assessment.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "t1c",
        "2025-10-08 15:37",
        "Sanne de Vries <sanne.devries@travelio.example>",
        "Travelio – next step",
        A("interview", TV, TVR, 5, "direct", "en"),
        """Hi Magdalena,

Thank you for completing the assessments – you did really well, especially on numerical reasoning.

I'd like to invite you to a first interview with Pieter Jansen (Regional Director DACH) and myself. It'll be 45 minutes on Zoom, mostly about your experience with OTAs and hotel partners, and a short role-play where you pitch a visibility campaign to a hotel owner (we'll give you the scenario at the start, no prep needed).

Tuesday 14 October, 11:00 CEST – invite attached. If it doesn't work, just reply with two or three alternatives.

Kind regards,
Sanne

Sanne de Vries | Senior Talent Partner
Travelio | travelio.example""",
        ics=ics(
            "0c3ff5e91d7a4b2c8e64d1f0a9b77c21@travelio.example",
            "2025-10-14 11:00",
            "Interview Magdalena Hofstätter – Sr Market Manager AT/CH",
            ("Sanne de Vries", "sanne.devries@travelio.example"),
            minutes=45,
            location="https://travelio.zoom.us/j/83921047715",
            attendees=[("Pieter Jansen", "pieter.jansen@travelio.example")],
        ),
    ),
    m(
        "t1d",
        "2025-10-24 10:14",
        "Travelio Talent Team <no-reply@us.greenhouse-mail.io>",
        "Update from Travelio",
        A("rejection", TV, TVR, 5, "greenhouse", "en"),
        """Hi Magdalena,

Thank you so much for the time you've invested in the process for Senior Market Manager Hotels – Austria & Switzerland, and for a great conversation with Pieter and Sanne.

We were impressed by your understanding of the Vienna market and how hotels think about distribution. After a lot of discussion, however, we have decided to move forward with a candidate whose experience on the OTA side more closely matches what the team needs right now.

We know this isn't the news you were hoping for. We'd be happy to keep your details on file and reach out if a suitable role opens up in the future.

All the best,
Sanne de Vries
on behalf of the Travelio Talent Team""",
    ),
    # ------------------------------------------------------------------ 6: Danubia Hotel Group (DHG)
    m(
        "d1a",
        "2025-10-15 22:03",
        DV_DHG,
        "Eingangsbestätigung – Director of Revenue Austria (m/w/d) | Kennziffer DHG-2025-118",
        A("confirmation", DHG, DHGR, 6, "other"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung als Director of Revenue Austria (m/w/d) (Kennziffer DHG-2025-118) und das damit verbundene Interesse an der DHG.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Bitte haben Sie Verständnis, dass dies einige Zeit in Anspruch nehmen kann. Sie erhalten spätestens in drei Wochen eine Rückmeldung von uns.

Mit freundlichen Grüßen

Ihr People & Culture Team
DHG – Danubia Hotel Group
Wipplingerstraße 34, 1010 Wien

Hinweis zum Datenschutz: Ihre Daten werden ausschließlich zum Zweck des Bewerbungsverfahrens verarbeitet und spätestens sieben Monate nach Abschluss des Verfahrens gelöscht, sofern Sie keiner längeren Speicherung zugestimmt haben.
Diese Nachricht wurde automatisch erzeugt – bitte antworten Sie nicht darauf.""",
    ),
    m(
        "d1b",
        "2025-10-28 13:40",
        DV_HOERMANN,
        "Einladung zum Bewerbungsgespräch",
        A("interview", DHG, DHGR, 6, "other"),
        f"""Sehr geehrte Frau Hofstätter,

wir haben Ihre Unterlagen mit großem Interesse gelesen und möchten Sie gerne persönlich kennenlernen.

Wir laden Sie daher herzlich zu einem ersten Bewerbungsgespräch ein:

Datum: Dienstag, 4. November 2025
Uhrzeit: 10:00 – 11:00 Uhr
Ort: Microsoft Teams (Einladung folgt separat)
Gesprächspartner: Mag. Sabine Hörmann (Head of People & Culture), Dr. Florian Eichinger (COO)

Bitte bestätigen Sie den Termin kurz über die Antwortfunktion.

Mit freundlichen Grüßen

{SIG_DHG}""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000007047E8A3F447DC01000000000000000010000000D2A8",
            "2025-11-04 10:00",
            "Bewerbungsgespräch Director of Revenue Austria – Hofstätter",
            ("Sabine Hörmann", "sabine.hoermann@dhg-hotels.example"),
            style="outlook",
            location="Microsoft Teams-Besprechung",
            description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk0YjNh\nBesprechungs-ID: 312 908 144 55",
            attendees=[("Dr. Florian Eichinger", "florian.eichinger@dhg-hotels.example")],
        ),
    ),
    m(
        "d1c",
        "2025-10-29 07:51",
        HOERMANN,
        "Automatische Antwort: AW: Einladung zum Bewerbungsgespräch",
        J("other_job", "direct", DHG, DHGR),
        """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. Oktober 2025 nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Patrick Gansterer (patrick.gansterer@dhg-hotels.example, +43 1 533 91 70-24).

Thank you for your message. I am out of the office until 30 October 2025.

Mit freundlichen Grüßen
Sabine Hörmann""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "d1d",
        "2025-10-31 09:12",
        "Patrick Gansterer <patrick.gansterer@dhg-hotels.example>",
        "AW: AW: Einladung zum Bewerbungsgespräch – neuer Termin",
        A("interview", DHG, DHGR, 6, "direct"),
        """Sehr geehrte Frau Hofstätter,

danke für Ihre Nachricht und Ihren Hinweis auf den Dienst am 4. November – kein Problem. Frau Hörmann ist wieder im Haus und wir haben den Termin wie folgt verschoben:

NEU: Donnerstag, 6. November 2025, 14:00 – 15:00 Uhr, weiterhin via Microsoft Teams.

Die aktualisierte Einladung erhalten Sie mit dieser Nachricht. Der ursprüngliche Termin am 4.11. entfällt.

Mit freundlichen Grüßen

Patrick Gansterer
People & Culture Specialist
DHG – Danubia Hotel Group
T +43 1 533 91 70-24

-----Ursprüngliche Nachricht-----
Von: Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>
Gesendet: Mittwoch, 29. Oktober 2025 07:50
An: Sabine Hörmann (DHG) <candidate-8fq2xw@danubia.dvinci-hr.com>
Betreff: AW: Einladung zum Bewerbungsgespräch

Sehr geehrte Frau Mag. Hörmann,

vielen Dank für die Einladung, über die ich mich sehr freue! Leider habe ich am 4. November vormittags die Budgetpräsentation bei unseren Eigentümern. Wäre eventuell ein Termin am 5. oder 6. November möglich?

Mit freundlichen Grüßen
Magdalena Hofstätter""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000007047E8A3F447DC01000000000000000010000000D2A8",
            "2025-11-06 14:00",
            "Bewerbungsgespräch Director of Revenue Austria – Hofstätter",
            ("Sabine Hörmann", "sabine.hoermann@dhg-hotels.example"),
            style="outlook",
            sequence=1,
            location="Microsoft Teams-Besprechung",
            description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk0YjNh\nBesprechungs-ID: 312 908 144 55",
            attendees=[("Dr. Florian Eichinger", "florian.eichinger@dhg-hotels.example")],
        ),
    ),
    m(
        "d1e",
        "2025-11-19 11:08",
        DV_HOERMANN,
        "Einladung zum Zweitgespräch – Director of Revenue Austria",
        A("interview", DHG, DHGR, 6, "other"),
        f"""Sehr geehrte Frau Hofstätter,

nochmals vielen Dank für das sehr angenehme Gespräch am 6. November. Wir freuen uns, Sie zur nächsten Runde in unsere Zentrale einladen zu dürfen:

Datum: Mittwoch, 26. November 2025
Uhrzeit: 9:00 – 11:00 Uhr
Ort: DHG Zentrale, Wipplingerstraße 34, 1010 Wien, 4. Stock
Gesprächspartner: Mag. Andreas Lichtenegger (CEO), Dr. Florian Eichinger (COO), Mag. Sabine Hörmann

Wir bitten Sie, eine kurze Präsentation (max. 15 Minuten) zum Thema „Meine ersten 100 Tage als Director of Revenue der DHG“ vorzubereiten. Ein Beamer ist vorhanden; gerne können Sie uns die Präsentation vorab an diese Adresse schicken.

Mit freundlichen Grüßen

{SIG_DHG}""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000F2A11B6E8E5ADC01000000000000000010000000E3C1",
            "2025-11-26 09:00",
            "Zweitgespräch DoR Austria – M. Hofstätter",
            ("Sabine Hörmann", "sabine.hoermann@dhg-hotels.example"),
            style="outlook",
            minutes=120,
            location="DHG Zentrale, Wipplingerstraße 34, 4. OG, Besprechungsraum Donau",
            attendees=[
                ("Mag. Andreas Lichtenegger", "andreas.lichtenegger@dhg-hotels.example"),
                ("Dr. Florian Eichinger", "florian.eichinger@dhg-hotels.example"),
            ],
        ),
    ),
    m(
        "d1f",
        "2025-12-17 15:30",
        HOERMANN,
        "Ihr Angebot – Director of Revenue Austria",
        A("offer", DHG, DHGR, 6, "direct"),
        f"""Sehr geehrte Frau Hofstätter,

im Namen der Geschäftsführung freue ich mich sehr, Ihnen die Position als Director of Revenue Austria der DHG anbieten zu dürfen. Ihre Präsentation hat Herrn Mag. Lichtenegger und Herrn Dr. Eichinger gleichermaßen überzeugt.

Anbei erhalten Sie den Entwurf Ihres Dienstvertrages. Die wesentlichen Eckpunkte:

- Eintritt: 1. März 2026
- Dienstort: Wien (Zentrale) mit regelmäßigen Besuchen in unseren acht Häusern in Österreich
- Einstufung: Kollektivvertrag für Angestellte im Hotel- und Gastgewerbe, Beschäftigungsgruppe 6
- Bruttomonatsgehalt: € 5.600,– (14 Mal jährlich), All-in-Vereinbarung
- Jahresbonus bis zu 15 % des Jahresbruttogehalts, abhängig von RevPAR- und GOP-Zielen
- Dienstwagen der Mittelklasse, auch zur Privatnutzung

Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis Freitag, 9. Jänner 2026, mitteilen. Für Rückfragen stehe ich Ihnen – auch zwischen den Feiertagen – gerne zur Verfügung.

Wir würden uns sehr freuen, Sie bald im Team der DHG begrüßen zu dürfen.

Mit freundlichen Grüßen

{SIG_DHG}""",
        attach=[
            (
                "DHG_Dienstvertrag_Hofstaetter_ENTWURF.pdf",
                "application/pdf",
                "%PDF-1.4 Dienstvertrag (Entwurf) Danubia Hotelmanagement GmbH",
            )
        ],
    ),
    m(
        "d1g",
        "2026-01-08 17:22",
        HOERMANN,
        "AW: Ihr Angebot – Director of Revenue Austria",
        A("offer", DHG, DHGR, 6, "direct"),
        f"""Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre offene und sehr wertschätzende Rückmeldung. Natürlich bedauern wir Ihre Entscheidung, respektieren sie aber selbstverständlich – der Schritt in die Softwarebranche ist nachvollziehbar.

Sollten sich Ihre Pläne einmal ändern, freuen wir uns, von Ihnen zu hören. Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

{SIG_DHG}

Von: Magdalena Hofstätter <magdalena.hofstaetter@gmx.at>
Gesendet: Donnerstag, 8. Jänner 2026 14:05
An: Sabine Hörmann <sabine.hoermann@dhg-hotels.example>
Betreff: AW: Ihr Angebot – Director of Revenue Austria

Sehr geehrte Frau Mag. Hörmann,

herzlichen Dank für das Angebot und das Vertrauen, das Sie und die Geschäftsführung in mich setzen. Ich habe mir die Entscheidung über die Feiertage nicht leicht gemacht, möchte das Angebot aber leider ablehnen. Ich habe mich entschieden, beruflich in Richtung Revenue-Software zu gehen.

Ich bedanke mich für den sehr professionellen Prozess und wünsche der DHG alles Gute für 2026.

Mit freundlichen Grüßen
Magdalena Hofstätter""",
        st="declined",
    ),
    # ------------------------------------------------------------------ 7: Parkhotel Hietzinger Tor (GmbH & Co KG on Personio)
    m(
        "h1a",
        "2025-09-03 12:47",
        "Hietzinger Tor Hotelbetriebs GmbH & Co KG <no-reply@personio.de>",
        "Deine Bewerbung ist bei uns angekommen",
        A("confirmation", HT, HTR, 7, "personio"),
        """Hallo Magdalena,

vielen Dank für deine Bewerbung als Revenue & Reservations Manager (m/w/d)!

Wir sind ein familiengeführtes 4-Sterne-Superior-Haus mit 86 Zimmern direkt gegenüber dem Schlosspark, und wir freuen uns über jede Bewerbung, die uns erreicht. Christoph und das Team schauen sich deine Unterlagen in den nächsten Tagen an.

Herzliche Grüße aus Hietzing
Dein Team vom Parkhotel Hietzinger Tor

--
Hietzinger Tor Hotelbetriebs GmbH & Co KG
Hietzinger Hauptstraße 22, 1130 Wien
FN 415992 x, Handelsgericht Wien
Komplementärin: Hietzinger Tor Hotelbetriebs GmbH

Diese E-Mail wurde über Personio versendet. Datenschutzhinweise: https://hietzinger-tor.jobs.personio.de/privacy-policy""",
        reply_to="hietzinger-tor-7a31e2@jobs.personio.de",
    ),
    m(
        "h1b",
        "2025-09-12 18:20",
        "Christoph Leitgeb <christoph@hietzingertor.example>",
        "Kaffee nächste Woche?",
        A("interview", HT, HTR, 7, "direct"),
        """Hallo Magdalena,

ich bin Christoph, Gastgeber in zweiter Generation hier im Hietzinger Tor. Deine Bewerbung hat mir richtig gut gefallen – wir machen Revenue bisher eher "aus dem Bauch", und genau das wollen wir ändern.

Magst du am Mittwoch, 17.9., um 15 Uhr auf einen Kaffee vorbeikommen? Wir setzen uns in den Wintergarten, ich zeig dir das Haus und wir reden ganz entspannt darüber, wie du dir die Stelle vorstellst. Meine Schwester Verena (Front Office) ist auch dabei.

Gib mir einfach kurz Bescheid, ob's passt.

Liebe Grüße
Christoph

Christoph Leitgeb
Geschäftsführer
Parkhotel Hietzinger Tor ****S
+43 1 877 30 44""",
    ),
    m(
        "h1c",
        "2025-09-26 10:30",
        "Hietzinger Tor Hotelbetriebs GmbH & Co KG <no-reply@personio.de>",
        "Update zu deiner Bewerbung",
        A("rejection", HT, HTR, 7, "personio"),
        """Liebe Magdalena,

danke nochmal, dass du dir Zeit für uns genommen hast – das Gespräch im Wintergarten war wirklich schön, und wir hätten gerne noch länger geplaudert.

Wir haben lange hin und her überlegt. Am Ende haben wir uns entschieden, die Stelle anders aufzuteilen und die Reservierung intern mit Verena zu besetzen; für eine eigene Revenue-Stelle in dieser Größenordnung fehlt uns 2026 leider noch das Budget. Deshalb können wir dir heute keine Zusage geben.

Wir wünschen dir von Herzen alles Gute – und falls du mal in Hietzing bist, der Kaffee geht auf uns.

Herzliche Grüße
Christoph & Verena Leitgeb

--
Hietzinger Tor Hotelbetriebs GmbH & Co KG
Hietzinger Hauptstraße 22, 1130 Wien
FN 415992 x, Handelsgericht Wien""",
        reply_to="hietzinger-tor-7a31e2@jobs.personio.de",
    ),
    # ------------------------------------------------------------------ 8: Alpenrose Resort Seefeld (Hotelcareer)
    m(
        "a1a",
        "2025-09-10 22:16",
        "Hotelcareer <noreply@hotelcareer.at>",
        "Deine Bewerbung wurde erfolgreich versendet",
        A("confirmation", AR, ARR, 8, "other"),
        html="""<html><body style="font-family:Arial,Helvetica,sans-serif;color:#333;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://www.hotelcareer.at/img/logo-hotelcareer.png" alt="Hotelcareer" width="160">
<p>Hallo Magdalena,</p>
<p>deine Bewerbung wurde erfolgreich an den Arbeitgeber versendet:</p>
<table style="border:1px solid #ddd;width:100%"><tr><td style="padding:12px">
<b>Revenue Manager (Ganzjahresstelle)</b><br>
Alpenrose Resort ****S · Seefeld in Tirol<br>
<span style="color:#888">Bewerbung versendet am 10.09.2025</span>
</td></tr></table>
<p>Der Arbeitgeber meldet sich direkt bei dir. Den Status deiner Bewerbungen findest du jederzeit unter <a href="https://www.hotelcareer.at/mein-konto/bewerbungen">Meine Bewerbungen</a>.</p>
<p>Viel Erfolg!<br>Dein Hotelcareer-Team</p>
<p style="font-size:11px;color:#999">Hotelcareer ist ein Angebot der YOURCAREERGROUP GmbH · <a href="https://www.hotelcareer.at/newsletter/abmelden">Benachrichtigungen verwalten</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "a1b",
        "2025-09-19 08:03",
        "Hotelcareer <noreply@hotelcareer.at>",
        "Gute Nachrichten zu deiner Bewerbung",
        A("viewed", AR, ARR, 8, "other"),
        html="""<html><body style="font-family:Arial,Helvetica,sans-serif;color:#333;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://www.hotelcareer.at/img/logo-hotelcareer.png" alt="Hotelcareer" width="160">
<p>Hallo Magdalena,</p>
<p><b>Alpenrose Resort ****S</b> hat deine Bewerbung als <b>Revenue Manager (Ganzjahresstelle)</b> angesehen.</p>
<p>Das heißt noch nicht, dass eine Entscheidung gefallen ist – aber deine Unterlagen liegen jetzt auf dem richtigen Schreibtisch. 🙂</p>
<p><a href="https://www.hotelcareer.at/mein-konto/bewerbungen?utm_source=statusmail">Zu meinen Bewerbungen</a></p>
<p>Dein Hotelcareer-Team</p>
</td></tr></table></body></html>""",
    ),
    # ------------------------------------------------------------------ 9: Hotel Goldenes Lamm (Hogastjob)
    m(
        "g1a",
        "2025-09-17 07:44",
        "HOGASTJOB <noreply@hogastjob.com>",
        "Bewerbung versendet: Reservierungsleitung mit Revenue-Agenden (m/w/d)",
        A("confirmation", GL, GLR, 9, "other"),
        """Hallo Magdalena Hofstätter,

deine Bewerbung wurde erfolgreich übermittelt.

Stelle: Reservierungsleitung mit Revenue-Agenden (m/w/d)
Betrieb: Hotel Goldenes Lamm, 1010 Wien
Anstellung: Vollzeit, ab sofort
Entlohnung: lt. KV, Bereitschaft zur Überzahlung

Du kannst den Status deiner Bewerbung in deinem HOGASTJOB-Profil verfolgen:
https://www.hogastjob.com/de/bewerber/meine-bewerbungen

Viel Glück!
Dein HOGASTJOB-Team

HOGAST Einkaufsgenossenschaft für das Hotel- und Gastgewerbe reg.Gen.m.b.H.""",
    ),
    m(
        "g1b",
        "2025-09-25 09:10",
        "HOGASTJOB <noreply@hogastjob.com>",
        "Statusänderung deiner Bewerbung",
        A("viewed", GL, GLR, 9, "other"),
        """Hallo Magdalena Hofstätter,

der Status deiner Bewerbung hat sich geändert:

Reservierungsleitung mit Revenue-Agenden (m/w/d) – Hotel Goldenes Lamm
Neuer Status: In Prüfung

Details: https://www.hogastjob.com/de/bewerber/meine-bewerbungen/118822

Dein HOGASTJOB-Team""",
    ),
    m(
        "g1c",
        "2025-10-02 16:55",
        "Personalbüro Hotel Goldenes Lamm <personal@goldeneslamm-wien.example>",
        "Ihre Bewerbung",
        A("rejection", GL, GLR, 9, "direct"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung über HOGASTJOB und Ihr Interesse an unserem Haus.

Wir haben uns Ihre Unterlagen mit Interesse angesehen. Da wir für diese Position jedoch eine Person suchen, die vorwiegend operativ an der Rezeption mitarbeitet, und Ihr Profil deutlich stärker im strategischen Revenue Management liegt, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir wünschen Ihnen für Ihre weitere Stellensuche viel Erfolg.

Freundliche Grüße

Renate Huber
Personalbüro
Hotel Goldenes Lamm · Rotenturmstraße 9 · 1010 Wien""",
    ),
    # ------------------------------------------------------------------ 10: Ferienwelt Touristik (karriere.at)
    m(
        "f1a",
        "2025-11-04 21:38",
        "karriere.at <no-reply@karriere.at>",
        "Deine Bewerbung wurde verschickt",
        A("confirmation", FW, FWR, 10, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:28px">
<img src="https://www.karriere.at/static/img/logo-karriere-at.png" alt="karriere.at" width="140">
<h3>Super, Magdalena – deine Bewerbung ist unterwegs!</h3>
<p>Du hast dich gerade beworben als</p>
<p style="font-size:16px"><b>Pricing Analyst Pauschalreisen (m/w/d)</b><br>Ferienwelt Touristik GmbH · Wien</p>
<p>Das Unternehmen hat deine Unterlagen erhalten und meldet sich direkt bei dir. Alle deine Bewerbungen findest du unter <a href="https://www.karriere.at/meine-bewerbungen?utm_medium=email&amp;utm_campaign=application_sent">Meine Bewerbungen</a>.</p>
<p>Tipp: Mit einem vollständigen Lebenslauf-Profil wirst du von Unternehmen leichter gefunden.</p>
<p>Alles Gute!<br>Dein karriere.at Team</p>
<p style="font-size:11px;color:#8a8a8a">karriere.at GmbH · Hafenstraße 47-51 · 4020 Linz · <a href="https://www.karriere.at/einstellungen/benachrichtigungen">E-Mail-Einstellungen</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "f1b",
        "2025-11-21 10:12",
        "Daniela Wurzer <d.wurzer@ferienwelt.example>",
        "Ihre Bewerbung als Pricing Analyst – Telefoninterview",
        A("interview", FW, FWR, 10, "direct"),
        """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung über karriere.at. Ihr Hintergrund in der Hotellerie ist für uns sehr interessant, da wir unsere Hotelkontingente künftig dynamischer bepreisen möchten.

Gerne würde ich in einem ersten telefonischen Gespräch (ca. 30 Minuten) mehr über Sie erfahren. Wäre Ihnen Mittwoch, 26. November, um 16:30 Uhr recht? Ich würde Sie unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Mit freundlichen Grüßen

Mag. (FH) Daniela Wurzer
Recruiting & Employer Branding
Ferienwelt Touristik GmbH
Mariahilfer Straße 101, 1060 Wien
www.ferienwelt.example""",
    ),
    m(
        "f1c",
        "2025-12-03 14:27",
        "Daniela Wurzer <d.wurzer@ferienwelt.example>",
        "Ihre Bewerbung",
        A("rejection", FW, FWR, 10, "direct"),
        """Sehr geehrte Frau Hofstätter,

nochmals danke für das nette Telefonat letzte Woche.

Wir haben uns intern abgestimmt und sind zu dem Schluss gekommen, dass wir die Position mit einem Schwerpunkt auf Flugpreisen und Paketkalkulation besetzen werden – hier haben andere Kandidat:innen mehr einschlägige Erfahrung mitgebracht. Wir können Ihnen daher leider keine Zusage machen.

Ihre Unterlagen löschen wir nach Ablauf von sechs Monaten, sofern Sie nicht einer längeren Speicherung zustimmen.

Alles Gute und freundliche Grüße

Mag. (FH) Daniela Wurzer
Ferienwelt Touristik GmbH""",
    ),
    # ------------------------------------------------------------------ 11: Hotel Prater Residenz (AMS Vermittlungsvorschlag)
    m(
        "p1a",
        "2025-12-04 08:31",
        "AMS Wien Redergasse <ams.redergasse@ams.at>",
        "Vermittlungsvorschlag – Reservierungsleiter/in (m/w/d)",
        J("outreach", "other", PR, PRR),
        """Sehr geehrte Frau Hofstätter,

wie in unserem Beratungsgespräch vereinbart, übermitteln wir Ihnen folgenden Vermittlungsvorschlag:

Stelle: Reservierungsleiter/in (m/w/d)
Betrieb: Hotel Prater Residenz GmbH, Ausstellungsstraße 40, 1020 Wien
Beschäftigungsausmaß: Vollzeit, 40 Wochenstunden
Entlohnung: KV Hotel- und Gastgewerbe, mind. € 2.950,– brutto, Überzahlung je nach Qualifikation
Stellennummer: 12984337

Bitte bewerben Sie sich bis spätestens 12.12.2025 schriftlich (per E-Mail an jobs@praterresidenz.example) unter Hinweis auf diesen Vermittlungsvorschlag.

Wir ersuchen Sie, uns das Ergebnis Ihrer Bewerbung bis 23.12.2025 mitzuteilen – am einfachsten über Ihr eAMS-Konto unter „Rückmeldung zu Vermittlungsvorschlägen“.

Bitte beachten Sie: Die Ablehnung oder Vereitelung einer zumutbaren Beschäftigung kann Auswirkungen auf Ihren Leistungsanspruch haben.

Mit freundlichen Grüßen
Ihre Beraterin
Jasmin Koller
AMS Wien Redergasse
Redergasse 1, 1050 Wien
Tel.: +43 50 904 940

Dieses Schreiben wurde automationsunterstützt erstellt.""",
    ),
    m(
        "p1b",
        "2025-12-09 11:05",
        "Hotel Prater Residenz – Personal <jobs@praterresidenz.example>",
        "Eingangsbestätigung Ihrer Bewerbung",
        A("confirmation", PR, PRR, 11, "direct"),
        """Sehr geehrte Frau Hofstätter,

wir bestätigen den Eingang Ihrer Bewerbung als Reservierungsleiter/in (Vermittlungsvorschlag AMS Nr. 12984337).

Wir melden uns in den kommenden Tagen bei Ihnen.

Freundliche Grüße
Personalabteilung
Hotel Prater Residenz ****
Ausstellungsstraße 40 · 1020 Wien""",
    ),
    m(
        "p1c",
        "2025-12-16 13:44",
        "Ivana Marković <i.markovic@praterresidenz.example>",
        "Vorstellungsgespräch Reservierungsleitung",
        A("interview", PR, PRR, 11, "direct"),
        """Sehr geehrte Frau Hofstätter,

danke für Ihre Bewerbung. Ich würde Sie gern persönlich kennenlernen und lade Sie zu einem Vorstellungsgespräch am Freitag, 19. Dezember, um 11:00 Uhr bei uns im Haus ein (Rezeption, nach mir fragen).

Mitzubringen: Lebenslauf, Dienstzeugnisse, falls vorhanden.

Mit freundlichen Grüßen
Ivana Marković
Front Office Manager
Hotel Prater Residenz ****""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000A1D4C3F9576EDC01000000000000000010000000B7E0",
            "2025-12-19 11:00",
            "VG Reservierungsleitung – Hofstätter",
            ("Ivana Marković", "i.markovic@praterresidenz.example"),
            style="outlook",
            minutes=45,
            location="Hotel Prater Residenz, Ausstellungsstraße 40, 1020 Wien",
        ),
    ),
    m(
        "p1d",
        "2025-12-19 06:00",
        "eAMS-Konto <noreply@ams.at>",
        "Erinnerung: Rückmeldung zu Ihrem Vermittlungsvorschlag",
        J("other_job", "other", PR, PRR),
        """Sehr geehrte Frau Hofstätter,

in Ihrem eAMS-Konto ist noch eine Rückmeldung offen:

Vermittlungsvorschlag Nr. 12984337 – Reservierungsleiter/in (m/w/d), Hotel Prater Residenz GmbH
Rückmeldung erbeten bis: 23.12.2025

Bitte melden Sie sich unter https://www.e-ams.at an und geben Sie unter „Meine Vermittlungsvorschläge“ das Ergebnis Ihrer Bewerbung bekannt.

Mit freundlichen Grüßen
Ihr AMS

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.""",
    ),
    m(
        "p1e",
        "2026-01-09 10:18",
        "Ivana Marković <i.markovic@praterresidenz.example>",
        "Rückmeldung zu Ihrer Bewerbung",
        A("rejection", PR, PRR, 11, "direct"),
        """Sehr geehrte Frau Hofstätter,

ich wünsche Ihnen ein gutes neues Jahr und danke Ihnen nochmals für Ihren Besuch vor Weihnachten.

Nach Rücksprache mit der Direktion haben wir uns entschieden, die Stelle mit einer Kollegin aus unserem Schwesternbetrieb zu besetzen, die unser Reservierungssystem bereits kennt. Ich bitte um Verständnis und wünsche Ihnen viel Erfolg bei Ihrer weiteren Suche.

Eine Kopie dieser Rückmeldung geht wie üblich an das AMS.

Mit freundlichen Grüßen
Ivana Marković
Front Office Manager
Hotel Prater Residenz ****""",
        cc="AMS Wien Redergasse <ams.redergasse@ams.at>",
    ),
]

thread(MAIL, "r2f", "r2e", "<7d3e0b1c-44aa-4f0e-b9a2-5c81e2d6f010@gmx.at>")
thread(MAIL, "d1c", "d1b", "<0c7e55d2-9a1f-4b3e-8c62-d1e0f3a4b5c6@gmx.at>")
thread(MAIL, "d1d", "d1b", "<0c7e55d2-9a1f-4b3e-8c62-d1e0f3a4b5c6@gmx.at>")
thread(MAIL, "d1g", "d1f", "<5b0a9f3e-18c2-4a51-8d0e-0f6c1b2a7e93@gmx.at>")
