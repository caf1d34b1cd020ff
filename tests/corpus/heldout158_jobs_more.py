# ruff: noqa: E501, RUF100
"""Corpus 158, job mail part two (data only): see heldout158.py."""

from __future__ import annotations

from typing import Any

from heldout158_jobs import (
    BRW,
    BRWR,
    CAL,
    CALR,
    GZT,
    GZTR,
    KIN,
    KINR,
    KZM,
    KZMR,
    MOV,
    MOVR,
    ORP,
    ORPR,
    PAI,
    PAIR,
    PKS,
    PKSR,
    PZA,
    PZAR,
    RZA,
    RZAR,
    SVN,
    SVNR,
    THT,
    THTR,
    TP,
    TPR,
    A,
    J,
    ics,
    m,
    thread,
)

LI_FOOT = """Diese E-Mail war für Magdalena Hofer-Wimmer (Physiotherapeutin | Manuelle Therapie | Sportphysiotherapie) bestimmt.
Sie erhalten E-Mails zu Ihren Bewerbungen. Abmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn ist ein eingetragener Geschäftsname von LinkedIn Ireland Unlimited Company."""

KARRIERE_FOOT = """<p style="font-size:11px;color:#888">karriere.at GmbH · Pummererstraße 26 · 4020 Linz<br>
Du erhältst diese E-Mail, weil du dich über karriere.at beworben hast.
<a href="https://www.karriere.at/mein-konto/benachrichtigungen">E-Mail-Einstellungen</a> ·
<a href="https://www.karriere.at/datenschutz">Datenschutz</a></p>"""

STEPSTONE_FOOT = """<p style="font-size:11px;color:#777">StepStone Österreich GmbH · Wienerbergstraße 11 · 1100 Wien<br>
<a href="https://www.stepstone.at/agb">AGB</a> · <a href="https://www.stepstone.at/datenschutz">Datenschutz</a> ·
<a href="https://www.stepstone.at/5/index.cfm?event=ProfileSettings.notifications">Benachrichtigungen verwalten</a></p>"""

HOKIFY_FOOT = """hokify GmbH · Wien
Du bekommst diese Mail, weil du einen hokify Account hast. Benachrichtigungen ändern: https://hokify.at/settings/notifications"""

AMS_FOOT = """--
Arbeitsmarktservice Tirol
Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Zu Ihrem eAMS-Konto: https://www.e-ams.at"""


# --- 2: Physio am Inn via LinkedIn Easy Apply (ghosted) ----------------------------------------

_pa1 = m(
    "j9zd",
    "2025-08-08 21:40",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Magdalena, Ihre Bewerbung wurde an Physio am Inn gesendet",
    A("confirmation", PAI, PAIR, 2, "linkedin"),
    f"""Ihre Bewerbung wurde an Physio am Inn gesendet

Physiotherapeut:in (m/w/d) – Vollzeit
Physio am Inn · Innsbruck, Tirol, Österreich (Vor Ort)
Beworben am 8. Aug. 2025

Jetzt, wo Ihre Bewerbung gesendet wurde: Hier sind einige Tipps, um sich von anderen Bewerbern
abzuheben.

Stellenanzeige anzeigen: https://www.linkedin.com/comm/jobs/view/4281937265/?trackingId=c1Yw2%2BFq

Ähnliche Jobs
Physiotherapeut (m/w/d) · Gesundheitszentrum Telfs · Telfs
Physiotherapeut:in Orthopädie · Klinikum Wipptal · Steinach am Brenner

{LI_FOOT}
""",
)

_pa2 = m(
    "b2te",
    "2025-08-13 10:06",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Ihre Bewerbung wurde von Physio am Inn angesehen",
    A("viewed", PAI, PAIR, 2, "linkedin"),
    html=f"""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif">
<table width="100%" style="max-width:512px"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" width="84">
<h2 style="font-size:20px">Ihre Bewerbung wurde angesehen</h2>
<p>Physio am Inn hat Ihre Bewerbung für <b>Physiotherapeut:in (m/w/d) – Vollzeit</b> angesehen.</p>
<p style="color:#666">Physio am Inn · Innsbruck, Tirol, Österreich</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4281937265/?trk=eml-jobs_application_viewed">Stellenanzeige anzeigen</a></p>
<p style="font-size:12px;color:#666">Der Arbeitgeber hat Ihre Bewerbung möglicherweise noch nicht vollständig geprüft.</p>
<p style="font-size:11px;color:#888">{LI_FOOT.replace(chr(10), "<br>")}</p>
</td></tr></table></body></html>""",
)


# --- 5: Thermenhotel Passirio, Meran (bilingual German / Italian; ghosted) ----------------------

PASSIRIO_SIG = """Passirio Terme GmbH/S.r.l. · Thermenhotel Passirio ****S
Thermenstraße 14 Via Terme · I-39012 Meran/Merano (BZ)
Tel. +39 0473 27 41 00 · www.thermenhotel-passirio.example
MwSt.-Nr./P.IVA IT 02918470214"""

_tp1 = m(
    "g4vr",
    "2025-08-21 07:12",
    "Magdalena Hofer <m.hofer-wimmer@aon.at>",
    "WG: Ihre Bewerbung / La Sua candidatura",
    A("confirmation", TP, TPR, 5, "direct"),
    f"""

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Bewerbung / La Sua candidatura
Datum: Wed, 20 Aug 2025 16:25:11 +0200
Von: Thermenhotel Passirio – Personal <personal@thermenhotel-passirio.example>
An: m.hofer-wimmer@aon.at

Sehr geehrte Frau Hofer-Wimmer,

herzlichen Dank für Ihre Bewerbung als Physiotherapeutin in unserem Spa & Medical Wellness
Bereich. Wir haben Ihre Unterlagen erhalten und leiten sie an unsere Spa-Leitung weiter. Sie
hören innerhalb von zwei Wochen von uns.

Gentile Signora Hofer-Wimmer,

La ringraziamo per la Sua candidatura come fisioterapista presso la nostra area Spa & Medical
Wellness. Abbiamo ricevuto la Sua documentazione e la inoltreremo alla direzione Spa. Le
faremo sapere entro due settimane.

Freundliche Grüße / Cordiali saluti

Sonja Gamper
Personalabteilung / Ufficio personale

{PASSIRIO_SIG}

Informationen zum Datenschutz gemäß Art. 13 DSGVO / Informativa privacy ai sensi dell'art. 13
GDPR: www.thermenhotel-passirio.example/privacy
""",
)

_tp2 = m(
    "s5fk",
    "2025-09-05 12:02",
    "Sonja Gamper <s.gamper@thermenhotel-passirio.example>",
    "Video-Gespräch / Videocolloquio 10.09. – Spa & Medical Wellness",
    A("interview", TP, TPR, 5, "direct"),
    f"""Liebe Frau Hofer-Wimmer,

unsere Spa-Direktorin, Frau Dr. Martina Pircher, würde Sie gerne in einem kurzen Video-Gespräch
kennenlernen. Wir schlagen Mittwoch, 10. September, um 16:00 Uhr vor – die Einladung mit dem
Zoom-Link finden Sie anbei.

Kurz vorab zu den Rahmenbedingungen: Jahresstelle, 5-Tage-Woche mit wechselnden Diensten
(auch Wochenende), Unterkunft im Mitarbeiterhaus möglich, Entlohnung nach Landeszusatzvertrag
für das Gastgewerbe in Südtirol, Überzahlung je nach Erfahrung. Die Anerkennung Ihres
österreichischen Diploms in Italien müssten wir gemeinsam beim Ministerium beantragen – dabei
unterstützen wir Sie.

Per il colloquio basta un PC o uno smartphone con videocamera.

Freundliche Grüße / Cordiali saluti
Sonja Gamper

{PASSIRIO_SIG}
""",
    ics=ics(
        "7n2k5q8r1t4v6x9z0b3d5f7h9j@google.com",
        "2025-09-10 16:00",
        "Video-Gespräch Hofer-Wimmer / Thermenhotel Passirio",
        ("Sonja Gamper", "s.gamper@thermenhotel-passirio.example"),
        minutes=30,
        location="https://us06web.zoom.us/j/84122937015?pwd=aGxQ3m",
        description="Zoom-Meeting beitreten\nhttps://us06web.zoom.us/j/84122937015?pwd=aGxQ3m\nMeeting-ID: 841 2293 7015\nKenncode: 441277",
        attendees=[("Martina Pircher", "m.pircher@thermenhotel-passirio.example")],
    ),
)


# --- 6: Therapiezentrum Hall-Thaur via karriere.at (ghosted) ------------------------------------

_th1 = m(
    "r8ly",
    "2025-08-26 19:58",
    "karriere.at <noreply@karriere.at>",
    "Deine Bewerbung bei Therapiezentrum Hall-Thaur GmbH",
    A("confirmation", THT, THTR, 6, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<img src="https://www.karriere.at/static/images/logo.svg" alt="karriere.at" width="120">
<h2>Deine Bewerbung wurde versendet! 🎉</h2>
<p>Hallo Magdalena,</p>
<p>deine Bewerbung für <b>Physiotherapeut:in (Teil- oder Vollzeit)</b> bei
<b>Therapiezentrum Hall-Thaur GmbH</b> in 6060 Hall in Tirol wurde erfolgreich übermittelt.</p>
<p>Gehalt laut Inserat: ab EUR 2.850,– brutto/Monat auf Basis Vollzeit, Bereitschaft zur Überzahlung</p>
<p><a href="https://www.karriere.at/jobs/7712044">Zum Inserat</a> ·
<a href="https://www.karriere.at/mein-konto/bewerbungen">Meine Bewerbungen</a></p>
<p>Viel Erfolg!<br>Dein karriere.at Team</p>
{KARRIERE_FOOT}
</body></html>""",
)

_th2 = m(
    "q5ou",
    "2025-09-03 08:12",
    "karriere.at <noreply@karriere.at>",
    "Neuigkeiten zu deiner Bewerbung",
    A("viewed", THT, THTR, 6, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hallo Magdalena,</p>
<p>gute Nachrichten: <b>Therapiezentrum Hall-Thaur GmbH</b> hat deine Bewerbung als
<b>Physiotherapeut:in (Teil- oder Vollzeit)</b> geöffnet.</p>
<p>Status: <span style="color:#00a36c">Bewerbung gelesen</span></p>
<p><a href="https://www.karriere.at/mein-konto/bewerbungen/3390211">Bewerbung ansehen</a></p>
<p>Dein karriere.at Team</p>
{KARRIERE_FOOT}
</body></html>""",
)


# --- 7: Initiativbewerbung at an orthopaedic group practice -------------------------------------

_or1 = m(
    "d0bk",
    "2025-08-18 07:31",
    "Ordination Dr. Rainer & Dr. Pichler <ordination@ortho-rainer-pichler.example>",
    "Automatische Antwort: Initiativbewerbung Physiotherapie – Magdalena Hofer-Wimmer",
    J("other_job", "direct", ORP, ORPR),
    """Sehr geehrte Patientin, sehr geehrter Patient,

unsere Ordination ist von 11. August bis einschließlich 24. August 2025 urlaubsbedingt
geschlossen. Ab Montag, 25. August, sind wir wieder wie gewohnt für Sie da.

Vertretung: Dr. Harald Oberhofer, Anichstraße 5, 6020 Innsbruck, Tel. 0512 57 12 90
In Notfällen wenden Sie sich bitte an die Unfallambulanz oder wählen Sie 144.

Mit freundlichen Grüßen
Ihr Ordinationsteam
Gemeinschaftspraxis für Orthopädie Dr. Rainer & Dr. Pichler
""",
    headers={"Auto-Submitted": "auto-replied"},
)

_or2 = m(
    "z7cg",
    "2025-08-29 12:49",
    "Dr. Martin Pichler <m.pichler@ortho-rainer-pichler.example>",
    "AW: Initiativbewerbung Physiotherapie – Magdalena Hofer-Wimmer",
    A("rejection", ORP, ORPR, 7, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

danke für Ihre Initiativbewerbung und entschuldigen Sie die späte Antwort – wir waren auf
Urlaub und arbeiten jetzt den Rückstau ab.

Ihr Profil passt sehr gut zu uns, gerade die Manuelle Therapie und die Erfahrung in der
Nachbehandlung nach Endoprothetik. Derzeit ist in unserem Therapieteam allerdings keine Stelle
frei, und wir planen auch für das kommende Jahr keine Aufstockung.

Wir halten Ihre Unterlagen aber gerne in Evidenz und melden uns, falls sich etwas ändert.

Mit freundlichen Grüßen
Martin Pichler

Dr. med. univ. Martin Pichler
Facharzt für Orthopädie und orthopädische Chirurgie
Gemeinschaftspraxis Dr. Rainer & Dr. Pichler | Maria-Theresien-Straße 7 | 6020 Innsbruck
""",
)


# --- 11: Movora Health, tele-rehab start-up on Personio (du) ------------------------------------

PERSONIO_FOOT = """Movora Health GmbH · Technikerstraße 21a · 6020 Innsbruck
Datenschutz: https://movora-health-gmbh.jobs.personio.de/privacy-policy
Powered by Personio"""

_mv1 = m(
    "n0pp",
    "2025-09-18 23:04",
    "Movora Health <noreply@personio.de>",
    "Deine Bewerbung bei Movora Health",
    A("confirmation", MOV, MOVR, 11, "personio"),
    f"""Hallo Magdalena,

danke, dass du dich als Physiotherapeut:in Tele-Reha (Remote, 20–30 h) bei uns beworben
hast! 💚

Wir sind ein kleines Team aus Physios, Sportwissenschaftler:innen und Entwickler:innen und
bauen eine App, mit der Patient:innen nach Knie- und Hüft-OPs zuhause gut begleitet werden.
Wir schauen uns jede Bewerbung persönlich an und melden uns in ca. einer Woche bei dir.

Bis bald!
Jakob & das Movora-Team

{PERSONIO_FOOT}
""",
)

_mv2 = m(
    "w3mh",
    "2025-09-26 10:20",
    "Movora Health <noreply@personio.de>",
    "Nächster Schritt: kleines Fallbeispiel",
    A("assessment", MOV, MOVR, 11, "personio"),
    f"""Hallo Magdalena,

deine Bewerbung hat uns richtig gut gefallen – wir würden gern den nächsten Schritt mit dir
gehen! Bevor wir uns unterhalten, bitten wir alle Kandidat:innen um ein kurzes Fallbeispiel:

Patientin, 34, Hobby-Skitourengeherin, 3 Wochen nach VKB-Plastik (Semitendinosus-Sehne),
Teilbelastung aufgehoben, Flexion 95°. Bitte erstelle ein Heimübungsprogramm für die
nächsten 6 Wochen in unserer Struktur (Phasen, Übungen, Dosierung, Progressionskriterien,
Red Flags). Maximal zwei Seiten, gerne auch als Tabelle.

Lade dein Dokument bis Freitag, 3. Oktober, hier hoch:
https://movora-health-gmbh.jobs.personio.de/application/upload?token=4e9b1c0a77

Es gibt kein richtig oder falsch – uns interessiert, wie du denkst. Zeitaufwand: ca. 1–2
Stunden.

Liebe Grüße
Jakob

{PERSONIO_FOOT}
""",
    reply_to="Jakob Sailer <jakob@movora.example>",
)

_mv3 = m(
    "c9ef",
    "2025-10-08 09:15",
    "Jakob Sailer <jakob@movora.example>",
    "Einladung: Movora x Leni – Kennenlernen @ Di., 14. Okt. 2025 17:00 - 17:45 (MESZ)",
    A("interview", MOV, MOVR, 11, "direct"),
    """Hi Leni,

danke für dein Fallbeispiel, das war richtig stark – vor allem die Progressionskriterien!
Lass uns quatschen: Dienstag 17 Uhr per Google Meet, mit dabei ist auch Verena (unsere Head of
Therapy). Passt dir das?

Liebe Grüße
Jakob

Jakob Sailer | Co-Founder & CEO | Movora Health
movora.example

Google Meet beitreten: https://meet.google.com/xqe-ptcb-vnd
""",
    ics=ics(
        "3j8d0n2q6s9u1w4y7a0c3e5g8i@google.com",
        "2025-10-14 17:00",
        "Movora x Leni – Kennenlernen",
        ("Jakob Sailer", "jakob@movora.example"),
        minutes=45,
        location="https://meet.google.com/xqe-ptcb-vnd",
        description="Google Meet-Videokonferenz beitreten: https://meet.google.com/xqe-ptcb-vnd",
        attendees=[("Verena Kofler", "verena@movora.example")],
    ),
)

_mv4 = m(
    "e6ja",
    "2025-10-24 16:51",
    "Movora Health <noreply@personio.de>",
    "Update zu deiner Bewerbung",
    A("rejection", MOV, MOVR, 11, "personio"),
    f"""Hallo Magdalena,

vielen Dank für das offene Gespräch mit Verena und mir und die Zeit, die du in dein
Fallbeispiel gesteckt hast. Ehrlich gesagt war es eines der besten, die wir bekommen haben.

Wir haben lange diskutiert und uns am Ende für eine Kandidatin entschieden, die schon
Erfahrung mit digitalen Gesundheitsanwendungen und Content-Produktion mitbringt – das
brauchen wir in der aktuellen Phase leider sehr dringend. Die Entscheidung ist uns wirklich
nicht leicht gefallen.

Wenn wir im nächsten Jahr das Team erweitern, würden wir uns gerne wieder bei dir melden.
Alles Gute für deine Suche!

Jakob

{PERSONIO_FOOT}
""",
    reply_to="Jakob Sailer <jakob@movora.example>",
)


# --- 12: Privatklinik Sonnwend via StepStone, softgarden tenant -------------------------------

SOFTGARDEN_FOOT = """<p style="font-size:11px;color:#999">Sonnwend Betriebs GmbH · Privatklinik Sonnwend · Sonnenstraße 12 · 6020 Innsbruck<br>
<a href="https://sonnwend-betriebsgmbh.softgarden.io/de/privacy">Datenschutzerklärung</a> ·
<a href="https://sonnwend-betriebsgmbh.softgarden.io/de/candidate">Bewerberkonto</a><br>
Diese E-Mail wurde über softgarden versendet.</p>"""

_pk1 = m(
    "h8nu",
    "2025-09-22 20:17",
    "StepStone <noreply@stepstone.at>",
    "Ihre Bewerbung wurde versendet: Physiotherapeut (m/w/d) Ambulanz & Station",
    A("confirmation", PKS, PKSR, 12, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<img src="https://www.stepstone.at/upload_at/logo/stepstone.png" alt="StepStone" width="130">
<p>Guten Tag Magdalena Hofer-Wimmer,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Privatklinik Sonnwend</b> versendet.</p>
<table><tr><td>Position:</td><td>Physiotherapeut (m/w/d) Ambulanz &amp; Station</td></tr>
<tr><td>Ort:</td><td>Innsbruck</td></tr><tr><td>Datum:</td><td>22.09.2025</td></tr></table>
<p>Bitte beachten Sie: Das Unternehmen wird Sie möglicherweise zusätzlich über das eigene
Bewerbermanagement-System kontaktieren.</p>
<p><a href="https://www.stepstone.at/5/index.cfm?event=MyStepStone.applications">Alle Bewerbungen ansehen</a></p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
{STEPSTONE_FOOT}
</body></html>""",
)

_pk2 = m(
    "p3xq",
    "2025-09-22 20:19",
    "Privatklinik Sonnwend <noreply@softgarden.io>",
    "Vielen Dank für Ihre Bewerbung",
    A("confirmation", PKS, PKSR, 12, "other"),
    html=f"""<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<img src="https://sonnwend-betriebsgmbh.softgarden.io/assets/logo.png" alt="Privatklinik Sonnwend" width="180">
<p>Sehr geehrte Frau Hofer-Wimmer,</p>
<p>vielen Dank für Ihr Interesse an unserem Haus und Ihre Bewerbung als
<b>Physiotherapeut (m/w/d) Ambulanz &amp; Station</b>.</p>
<p>Wir werden Ihre Unterlagen sorgfältig prüfen und uns zeitnah bei Ihnen melden. In der
Zwischenzeit können Sie den Stand Ihrer Bewerbung in Ihrem Bewerberkonto verfolgen.</p>
<p>Mit freundlichen Grüßen<br>Melanie Gstrein<br>Personalmanagement</p>
{SOFTGARDEN_FOOT}
</body></html>""",
)

_pk3 = m(
    "t0wv",
    "2025-10-13 11:44",
    "Melanie Gstrein - Privatklinik Sonnwend <noreply@softgarden.io>",
    "Ihre Bewerbung bei uns",
    A("rejection", PKS, PKSR, 12, "other"),
    html=f"""<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<p>Sehr geehrte Frau Hofer-Wimmer,</p>
<p>nochmals vielen Dank für Ihre Bewerbung und das Vertrauen, das Sie uns damit
entgegengebracht haben.</p>
<p>Leider müssen wir Ihnen mitteilen, dass die Stelle bereits besetzt wurde. Wir bedauern,
Ihnen keinen positiven Bescheid geben zu können, und bitten um Ihr Verständnis.</p>
<p>Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht. Wenn Sie möchten, dass wir
Sie bei künftigen Vakanzen berücksichtigen, können Sie dem in Ihrem Bewerberkonto zustimmen.</p>
<p>Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Melanie Gstrein<br>Personalmanagement · Privatklinik Sonnwend</p>
{SOFTGARDEN_FOOT}
</body></html>""",
)


# --- 13: Klinik Calanda AG, Switzerland (Swiss spelling, CHF) -----------------------------------

CAL_SIG = """Klinik Calanda AG
Human Resources
Kantonsstrasse 40 | 7012 Felsberg | Schweiz
T +41 81 255 40 00 | www.klinik-calanda.example"""

_ca1 = m(
    "u1kc",
    "2025-10-02 10:35",
    "HR Klinik Calanda <hr@klinik-calanda.example>",
    "Eingangsbestätigung Ihrer Bewerbung",
    A("confirmation", CAL, CALR, 13, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer

Besten Dank für Ihre Bewerbung als Physiotherapeutin/Physiotherapeut 80–100 % in der
muskuloskelettalen Rehabilitation und Ihr Interesse an der Klinik Calanda.

Wir prüfen Ihre Unterlagen sorgfältig und werden uns innert zwei Wochen bei Ihnen melden.

Da Sie Ihr Diplom in Österreich erworben haben, bitten wir Sie bereits jetzt um eine kurze
Information, ob Sie die Anerkennung beim Schweizerischen Roten Kreuz (SRK) bereits beantragt
haben.

Freundliche Grüsse

Nadja Bundi
HR-Fachfrau

{CAL_SIG}
""",
)

_ca2 = m(
    "k2qb",
    "2025-10-20 14:22",
    "Caflisch Reto <reto.caflisch@klinik-calanda.example>",
    "Bewerbungsgespräch per Video – Physiotherapie Klinik Calanda",
    A("interview", CAL, CALR, 13, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer

Gerne lernen wir Sie in einem ersten Gespräch per Video kennen. Ich habe Ihnen eine Einladung
für Dienstag, 28. Oktober 2025, 10.00 Uhr (MEZ), zugestellt.

Vorab zur Information: Die Stelle ist per 1. Februar 2026 oder nach Vereinbarung zu besetzen.
Der Lohn richtet sich nach unserem Lohnsystem; bei einem Pensum von 100 % und Ihrer
Berufserfahrung liegt er im Band von CHF 6'400.– bis 7'300.– brutto pro Monat (13 Monatslöhne).
Wir bieten Unterstützung bei der Wohnungssuche sowie beim Anerkennungsverfahren des SRK.

Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Reto Caflisch
Leiter Therapien
Klinik Calanda AG
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C2D9E3A80F41DC01000000000000000010000000E7C1D5",
        "2025-10-28 10:00",
        "Video-Interview Physiotherapie – M. Hofer-Wimmer",
        ("Caflisch Reto", "reto.caflisch@klinik-calanda.example"),
        minutes=45,
        style="outlook",
        location="Microsoft Teams Meeting",
        description="Microsoft Teams Meeting\nAn der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2MzBh\nBesprechungs-ID: 217 993 441 058\nPasscode: 4tRk9p",
        attendees=[("Bundi Nadja", "hr@klinik-calanda.example")],
    ),
)

_ca3 = m(
    "f9pv",
    "2025-11-07 09:58",
    "Caflisch Reto <reto.caflisch@klinik-calanda.example>",
    "Schnuppertag am 19. November",
    A("assessment", CAL, CALR, 13, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer

Vielen Dank für das angenehme Video-Gespräch. Wie besprochen laden wir Sie gerne zu einem
Schnuppertag in unserer Therapieabteilung ein:

Mittwoch, 19. November 2025, 08.00 bis ca. 16.00 Uhr
Treffpunkt: Empfang Haupteingang, Klinik Calanda, Felsberg

Sie begleiten unsere Physiotherapeutinnen und -therapeuten im stationären und ambulanten
Bereich und führen am Nachmittag eine Behandlung unter Supervision durch. Zum Abschluss
besprechen wir den Tag gemeinsam mit unserer Teamleiterin, Frau Seraina Casutt.

Die Reisespesen (Bahnbillett 2. Klasse ab Innsbruck) werden Ihnen selbstverständlich
vergütet. Bitte bringen Sie Arbeitskleidung mit.

Freundliche Grüsse

Reto Caflisch
Leiter Therapien

{CAL_SIG}
""",
)

_ca4 = m(
    "x1ss",
    "2025-12-03 15:07",
    "HR Klinik Calanda <hr@klinik-calanda.example>",
    "Ihre Bewerbung als Physiotherapeutin",
    A("rejection", CAL, CALR, 13, "direct"),
    f"""Sehr geehrte Frau Hofer-Wimmer

Wir danken Ihnen herzlich für Ihr Interesse, die Gespräche und Ihren Einsatz am Schnuppertag.
Das Team hat Ihre fachliche Kompetenz und Ihre offene Art sehr geschätzt.

Nach reiflicher Überlegung haben wir uns dennoch entschieden, die Stelle einer Kandidatin zu
übertragen, die bereits über eine Berufsausübungsbewilligung im Kanton Graubünden verfügt.
Da die Anerkennung durch das SRK erfahrungsgemäss mehrere Monate in Anspruch nimmt, wäre ein
Stellenantritt per 1. Februar 2026 nicht möglich gewesen.

Wir bedauern, Ihnen keinen positiveren Bescheid geben zu können, und wünschen Ihnen für Ihre
berufliche Zukunft alles Gute. Gerne dürfen Sie sich nach erfolgter Anerkennung wieder bei uns
melden.

Freundliche Grüsse

Nadja Bundi
HR-Fachfrau

{CAL_SIG}
""",
)


# --- 14: Kurzentrum Mieming, proposed by the AMS ------------------------------------------------

_am1 = m(
    "o2dj",
    "2025-09-24 06:03",
    "eAMS-Konto <eams-noreply@ams.at>",
    "Sie haben eine neue Nachricht in Ihrem eAMS-Konto",
    J("other_job", "other"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

in Ihrem eAMS-Konto ist eine neue Nachricht für Sie eingelangt:

  Einladung zu einem Beratungsgespräch (Termin: 07.10.2025, 09:20 Uhr)
  AMS Innsbruck, Schöpfstraße 5, 6020 Innsbruck

Bitte melden Sie sich im eAMS-Konto an, um die Nachricht zu lesen. Bringen Sie zum Termin
einen Lichtbildausweis und Ihre aktuellen Bewerbungsunterlagen mit.

Mit freundlichen Grüßen
Ihr Arbeitsmarktservice

{AMS_FOOT}
""",
)

_am2 = m(
    "i6ab",
    "2025-10-03 06:02",
    "AMS eJob-Room <ejobroom-noreply@ams.at>",
    "Neuer Vermittlungsvorschlag für Sie",
    J("alert", "other", KZM, KZMR),
    f"""Sehr geehrte Frau Hofer-Wimmer,

Ihre Beraterin beim AMS Innsbruck hat Ihnen folgenden Vermittlungsvorschlag übermittelt:

  Stelle: Physiotherapeut/in (Kur & Rehabilitation), 30–40 Wochenstunden
  Dienstgeber: Kur- und Rehazentrum Mieming GmbH, Obermarkt 80, 6414 Mieming
  Entlohnung: lt. Kollektivvertrag, Überzahlung möglich (mind. EUR 2.790,– brutto/Monat VZ)
  Bewerbung: schriftlich per E-Mail an personal@kurzentrum-mieming.example, z. H. Frau Kapferer
  Stellennummer: 14427881

Bitte bewerben Sie sich umgehend und geben Sie uns innerhalb von 8 Tagen eine Rückmeldung zum
Ergebnis (eAMS-Konto > Vermittlungsvorschläge > Rückmeldung).

Mit freundlichen Grüßen
Ihr Arbeitsmarktservice

{AMS_FOOT}
""",
)

_kz1 = m(
    "l0mf",
    "2025-10-07 14:41",
    "Kurzentrum Mieming – Personalbüro <personal@kurzentrum-mieming.example>",
    "AW: Bewerbung Physiotherapeutin – Vermittlungsvorschlag AMS 14427881",
    A("confirmation", KZM, KZMR, 14, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

danke für Ihre Bewerbung, die wir gerne bestätigen. Wir melden uns, sobald wir alle
Bewerbungen gesichtet haben, voraussichtlich in zwei Wochen.

Freundliche Grüße
Sandra Kapferer
Personalbüro
Kur- und Rehazentrum Mieming GmbH
Obermarkt 80 | 6414 Mieming | T 05264 50 210
""",
)

_kz2 = m(
    "y3hn",
    "2025-10-23 10:26",
    "Kapferer Sandra <s.kapferer@kurzentrum-mieming.example>",
    "Einladung zum Bewerbungsgespräch",
    A("interview", KZM, KZMR, 14, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Bewerbungsgespräch ein:

Donnerstag, 30. Oktober 2025, 15:00 Uhr
Kur- und Rehazentrum Mieming, Verwaltung (Haus 1, Erdgeschoss)

Gesprächspartner: Herr Dr. Peter Juen (Ärztlicher Direktor) und Frau Elke Zangerl
(Leitung Therapie).

Wir bitten um kurze Bestätigung.

Freundliche Grüße
Sandra Kapferer
Personalbüro
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B7E1F22B7344DC01000000000000000010000000A44C19",
        "2025-10-30 15:00",
        "Bewerbungsgespräch Hofer-Wimmer",
        ("Kapferer Sandra", "s.kapferer@kurzentrum-mieming.example"),
        style="outlook",
        location="Verwaltung Haus 1, EG",
        attendees=[
            ("Juen Peter, Dr.", "p.juen@kurzentrum-mieming.example"),
            ("Zangerl Elke", "e.zangerl@kurzentrum-mieming.example"),
        ],
    ),
)

_kz3 = m(
    "a5wt",
    "2025-11-14 13:08",
    "Kapferer Sandra <s.kapferer@kurzentrum-mieming.example>",
    "Ihre Bewerbung",
    A("rejection", KZM, KZMR, 14, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

wir danken Ihnen nochmals für das Gespräch und Ihr Interesse an unserem Haus.

Wir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden. Bitte sehen
Sie dies nicht als Wertung Ihrer Qualifikation.

Wir wünschen Ihnen alles Gute für Ihre berufliche Zukunft.

Freundliche Grüße
Sandra Kapferer
Personalbüro
Kur- und Rehazentrum Mieming GmbH
""",
)

_am3 = m(
    "g7sy",
    "2025-11-25 06:01",
    "AMS eJob-Room <ejobroom-noreply@ams.at>",
    "Neuer Vermittlungsvorschlag für Sie",
    J("alert", "other", "Seniorenheim Rum", "Physiotherapeut/in"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

Ihre Beraterin beim AMS Innsbruck hat Ihnen folgenden Vermittlungsvorschlag übermittelt:

  Stelle: Physiotherapeut/in, 20 Wochenstunden
  Dienstgeber: Wohn- und Pflegeheim Rum – Seniorenheim Rum gemeinnützige GmbH, 6063 Rum
  Entlohnung: lt. Kollektivvertrag SWÖ, Verwendungsgruppe 8
  Bewerbung: telefonisch bei Herrn Hechenblaikner, Tel. 0512 26 33 44-12
  Stellennummer: 14519302

Bitte bewerben Sie sich umgehend und geben Sie uns innerhalb von 8 Tagen eine Rückmeldung zum
Ergebnis (eAMS-Konto > Vermittlungsvorschläge > Rückmeldung).

Mit freundlichen Grüßen
Ihr Arbeitsmarktservice

{AMS_FOOT}
""",
)

_am4 = m(
    "s1yu",
    "2025-12-10 06:04",
    "eAMS-Konto <eams-noreply@ams.at>",
    "Terminerinnerung",
    J("other_job", "other"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

wir erinnern Sie an Ihren Termin:

  Montag, 15.12.2025, 10:40 Uhr
  AMS Innsbruck, Schöpfstraße 5, 2. Stock, Zone B

Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte rechtzeitig über
Ihr eAMS-Konto mit.

{AMS_FOOT}
""",
)


# --- 15: Skiverein Nordkette, team physio for the youth squad (du) ------------------------------

_sv1 = m(
    "m8gc",
    "2025-10-10 21:17",
    "Hannes Triendl <hannes.triendl71@gmail.com>",
    "Re: Teamphysio Nachwuchs",
    A("confirmation", SVN, SVNR, 15, "direct"),
    """Servus Leni,

danke für deine Bewerbung, freut mich voll! Hab sie an den Vorstand weitergeleitet.
Vorstandssitzung ist am 22., danach meld ich mich bei dir.

Sportliche Grüße
Hannes

--
Hannes Triendl
Sportwart Alpin | Skiverein Nordkette Innsbruck
www.sv-nordkette.example
""",
)

_sv2 = m(
    "v9ar",
    "2025-10-27 18:03",
    "Hannes Triendl <hannes.triendl71@gmail.com>",
    "Re: Teamphysio Nachwuchs",
    A("interview", SVN, SVNR, 15, "direct"),
    """Hi Leni,

magst am Mittwoch um 19 Uhr zum Konditionstraining in die Halle vom BRG in der Au kommen? Dann
lernst die Trainer und die Kids kennen und wir reden danach kurz bei einem Bier über alles.

Hannes
""",
    **thread(_sv1),
)

_sv3 = m(
    "b6ky",
    "2025-11-10 20:44",
    "Hannes Triendl <hannes.triendl71@gmail.com>",
    "Rückmeldung",
    A("rejection", SVN, SVNR, 15, "direct"),
    """Servus Leni,

nochmal danke, dass du am Mittwoch da warst, die Trainer waren echt angetan.

Wir haben uns im Vorstand jetzt aber für den Thomas Abenthung entschieden – der war selber
jahrelang im Landeskader, kennt die Kids und kann auch bei den Rennen unter der Woche. Tut mir
echt leid, war eine knappe Sache.

Wennst magst, kannst aber gern als Vertretung bei ein paar Rennen einspringen, da wären wir
froh drüber.

LG Hannes
""",
)


# --- 16: Bewegungsraum Wörgl via hokify (ghosted after the invitation) --------------------------

_bw1 = m(
    "k4xe",
    "2025-10-15 12:30",
    "hokify <noreply@hokify.com>",
    "Deine Bewerbung ist raus! 🚀",
    A("confirmation", BRW, BRWR, 16, "other"),
    f"""Hey Magdalena,

deine Bewerbung als Physiotherapeut:in (20–38 Std.) bei Bewegungsraum Wörgl OG wurde
erfolgreich verschickt!

Tipp: Unternehmen antworten auf hokify im Schnitt innerhalb von 3 Tagen. Schalte die
Push-Benachrichtigungen ein, damit du keine Nachricht verpasst.

Deine Bewerbungen: https://hokify.at/user/applications

Viel Glück!
Dein hokify Team

{HOKIFY_FOOT}
""",
)

_bw2 = m(
    "d9pe",
    "2025-10-17 09:11",
    "hokify <noreply@hokify.com>",
    "Bewegungsraum Wörgl hat deine Bewerbung angesehen 👀",
    A("viewed", BRW, BRWR, 16, "other"),
    f"""Hey Magdalena,

gute Neuigkeiten: Bewegungsraum Wörgl OG hat sich deine Bewerbung als Physiotherapeut:in
(20–38 Std.) angesehen.

Status ansehen: https://hokify.at/user/applications/6714c2e0a9

Dein hokify Team

{HOKIFY_FOOT}
""",
)

_bw3 = m(
    "n7ug",
    "2025-10-21 15:48",
    "hokify <noreply@hokify.com>",
    "Neue Nachricht von Bewegungsraum Wörgl",
    A("interview", BRW, BRWR, 16, "other"),
    f"""Du hast eine neue Nachricht zu deiner Bewerbung als Physiotherapeut:in (20–38 Std.):

Anna (Bewegungsraum Wörgl OG):
"Hallo Magdalena! Danke für deine Bewerbung :) Hättest du Zeit für ein Kennenlerngespräch
bei uns in der Praxis? Freitag 24.10. um 11 Uhr würde uns gut passen. Adresse: Bahnhofstraße
22, Wörgl. LG Anna"

Jetzt antworten: https://hokify.at/user/chat/6714c2e0a9

{HOKIFY_FOOT}
""",
)


# --- 17: Kinetiq Medical through a headhunter who names the client late --------------------------

AHS_SIG = """Mag. Bernhard Unterlechner
Partner | Alpine Health Search GmbH
Executive Search for Life Sciences & MedTech
Meinhardstraße 5 | 6020 Innsbruck | M +43 676 30 44 812
www.alpine-health-search.example"""

_ah1 = m(
    "r3dv",
    "2025-10-09 08:40",
    "Bernhard Unterlechner <b.unterlechner@alpine-health-search.example>",
    "Vertrauliche Anfrage – Clinical Specialist (m/w/d) Orthopädie, Raum Innsbruck",
    J("outreach", "agency", None, KINR),
    f"""Sehr geehrte Frau Hofer-Wimmer,

Ihr Profil ist mir über Ihre Fortbildungstätigkeit im Bereich Manuelle Therapie aufgefallen.
Ich hoffe, Sie erlauben mir eine vertrauliche Kontaktaufnahme.

Im Auftrag eines international tätigen Medizintechnik-Unternehmens mit Sitz im Großraum
Innsbruck suche ich eine:n Clinical Specialist Orthopädie (m/w/d). Die Aufgaben umfassen:

- Schulung von Ärzt:innen und Therapeut:innen zu Implantaten und Reha-Protokollen
- Begleitung von Anwendungen im OP und in Rehabilitationseinrichtungen
- Mitarbeit an klinischen Studien und Nachbehandlungskonzepten
- Reisetätigkeit ca. 40 % (Österreich, Süddeutschland, Schweiz)

Geboten werden ein Jahresbruttogehalt von EUR 58.000 bis 65.000 plus Bonus sowie ein
Firmenwagen auch zur privaten Nutzung.

Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat? Den Namen meines Mandanten
nenne ich Ihnen gerne, sobald wir gesprochen haben.

Mit freundlichen Grüßen

{AHS_SIG}
""",
)

_ah2 = m(
    "e0nk",
    "2025-10-14 17:26",
    "Bernhard Unterlechner <b.unterlechner@alpine-health-search.example>",
    "AW: Vertrauliche Anfrage – Clinical Specialist (m/w/d) Orthopädie, Raum Innsbruck",
    J("outreach", "agency", None, KINR),
    f"""Liebe Frau Hofer-Wimmer,

herzlichen Dank für Ihre positive Rückmeldung! Passt Ihnen Donnerstag um 12:30 Uhr für ein
Telefonat (ca. 30 Minuten)? Ich würde Sie unter der Nummer aus Ihrem Lebenslauf anrufen.

Falls möglich, schicken Sie mir vorab bitte Ihren Lebenslauf auch als Word-Datei – mein
Mandant wünscht eine anonymisierte Kurzvorstellung.

Beste Grüße
Bernhard Unterlechner

{AHS_SIG}

Von: Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>
Gesendet: Montag, 13. Oktober 2025 22:02
Betreff: Re: Vertrauliche Anfrage – Clinical Specialist (m/w/d) Orthopädie, Raum Innsbruck

Sehr geehrter Herr Unterlechner,
danke für Ihre Nachricht, das klingt spannend. Ein Telefonat gerne!
Mit freundlichen Grüßen, Magdalena Hofer-Wimmer
""",
    **thread(_ah1),
)

_ah3 = m(
    "w5ri",
    "2025-10-21 11:02",
    "Bernhard Unterlechner <b.unterlechner@alpine-health-search.example>",
    "Ihre Kandidatur – Clinical Specialist Orthopädie",
    A("confirmation", KIN, KINR, 17, "agency"),
    f"""Liebe Frau Hofer-Wimmer,

danke nochmals für das angenehme Telefonat am Donnerstag.

Wie besprochen habe ich Ihre Unterlagen heute an meinen Mandanten weitergeleitet – nun darf ich
Ihnen auch den Namen nennen: Es handelt sich um die Kinetiq Medical GmbH in Hall in Tirol,
die österreichische Tochter der Kinetiq Group (Hüft-, Knie- und Schulterendoprothetik).

Ihr Ansprechpartner dort wird Herr DI Stefan Wurzer, Country Manager Austria, sein. Ich
rechne mit einer Rückmeldung innerhalb der nächsten zehn Tage und melde mich, sobald ich
etwas höre. Bitte behandeln Sie den Namen weiterhin vertraulich.

Beste Grüße
Bernhard Unterlechner

{AHS_SIG}
""",
)

_ah4 = m(
    "c2hu",
    "2025-11-06 09:49",
    "Bernhard Unterlechner <b.unterlechner@alpine-health-search.example>",
    "Einladung: Kennenlernen Kinetiq Medical @ Do., 13. Nov. 2025 10:00 - 11:30 (MEZ)",
    A("interview", KIN, KINR, 17, "agency"),
    f"""Liebe Frau Hofer-Wimmer,

gute Nachrichten: Kinetiq Medical möchte Sie gerne persönlich kennenlernen!

Donnerstag, 13. November 2025, 10:00–11:30 Uhr
Kinetiq Medical GmbH, Salzburger Straße 71, 6060 Hall in Tirol (Empfang 3. OG)

Gesprächspartner: DI Stefan Wurzer (Country Manager Austria) und Ms. Claire Dubois (Head of
Clinical Affairs EMEA, per Video zugeschaltet). Der zweite Teil des Gesprächs findet auf
Englisch statt – please don't worry, it is more of a conversation than a test.

Ich rufe Sie am Vortag gerne noch zur Vorbereitung an.

Beste Grüße
Bernhard Unterlechner

{AHS_SIG}
""",
    ics=ics(
        "6h1k4m7p0r3t5v8x1z4b6d9f2g@google.com",
        "2025-11-13 10:00",
        "Kennenlernen Kinetiq Medical – M. Hofer-Wimmer",
        ("Bernhard Unterlechner", "b.unterlechner@alpine-health-search.example"),
        minutes=90,
        location="Kinetiq Medical GmbH, Salzburger Straße 71, 6060 Hall in Tirol",
        attendees=[("Stefan Wurzer", "stefan.wurzer@kinetiq-medical.example")],
    ),
)

_ah5 = m(
    "t6lo",
    "2025-11-26 16:12",
    "Bernhard Unterlechner <b.unterlechner@alpine-health-search.example>",
    "AW: Rückzug meiner Kandidatur",
    A("confirmation", KIN, KINR, 17, "agency"),
    f"""Liebe Frau Hofer-Wimmer,

danke für Ihre offenen Worte. Ich bedaure Ihre Entscheidung sehr, verstehe aber gut, dass eine
Reisetätigkeit von inzwischen eher 60 % nicht zu Ihren Plänen passt – das hat sich im
Gespräch mit Frau Dubois leider erst so herausgestellt.

Ich habe Herrn Wurzer heute informiert, dass Sie Ihre Kandidatur zurückziehen. Er lässt Sie
herzlich grüßen und bedauert es ebenfalls.

Darf ich mich bei Ihnen melden, wenn ich wieder eine Position mit klinischem Schwerpunkt und
weniger Reisetätigkeit habe?

Beste Grüße
Bernhard Unterlechner

{AHS_SIG}

Von: Magdalena Hofer-Wimmer <leni.hofer-wimmer@gmx.at>
Gesendet: Dienstag, 25. November 2025 20:18
Betreff: Rückzug meiner Kandidatur

Sehr geehrter Herr Unterlechner,
nach reiflicher Überlegung möchte ich meine Kandidatur bei Kinetiq Medical zurückziehen ...
""",
    st="withdrawn",
)


# --- 20, 21, 22: karriere.at and StepStone ------------------------------------------------------

_gz1 = m(
    "h2mw",
    "2025-11-20 21:33",
    "karriere.at <noreply@karriere.at>",
    "Deine Bewerbung bei Gesundheitszentrum Telfs",
    A("confirmation", GZT, GZTR, 20, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<img src="https://www.karriere.at/static/images/logo.svg" alt="karriere.at" width="120">
<h2>Deine Bewerbung wurde versendet! 🎉</h2>
<p>Hallo Magdalena,</p>
<p>deine Bewerbung für <b>Physiotherapeut:in mit Schwerpunkt Manuelle Therapie (25–40 h)</b> bei
<b>GZT Gesundheitszentrum Telfs GmbH</b> in 6410 Telfs wurde erfolgreich übermittelt.</p>
<p>Gehalt laut Inserat: EUR 2.950,– bis 3.400,– brutto/Monat (Vollzeit), je nach Qualifikation</p>
<p><a href="https://www.karriere.at/jobs/7810395">Zum Inserat</a> ·
<a href="https://www.karriere.at/mein-konto/bewerbungen">Meine Bewerbungen</a></p>
<p>Viel Erfolg!<br>Dein karriere.at Team</p>
{KARRIERE_FOOT}
</body></html>""",
)

_ra1 = m(
    "y8cq",
    "2025-12-02 19:44",
    "StepStone <noreply@stepstone.at>",
    "Ihre Bewerbung wurde versendet: Physiotherapeut/in Orthopädie & Neurologie",
    A("confirmation", RZA, RZAR, 21, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<img src="https://www.stepstone.at/upload_at/logo/stepstone.png" alt="StepStone" width="130">
<p>Guten Tag Magdalena Hofer-Wimmer,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Rehazentrum Achensee GmbH</b> versendet.</p>
<table><tr><td>Position:</td><td>Physiotherapeut/in Orthopädie &amp; Neurologie (Voll- oder Teilzeit)</td></tr>
<tr><td>Ort:</td><td>Pertisau am Achensee</td></tr><tr><td>Datum:</td><td>02.12.2025</td></tr></table>
<p><a href="https://www.stepstone.at/5/index.cfm?event=MyStepStone.applications">Alle Bewerbungen ansehen</a></p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
{STEPSTONE_FOOT}
</body></html>""",
)

_ra2 = m(
    "q9fb",
    "2025-12-18 08:37",
    "Rehazentrum Achensee – Bewerbungen <bewerbung@reha-achensee.example>",
    "Ihre Bewerbung vom 02.12.2025",
    A("rejection", RZA, RZAR, 21, "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Haus.

Wir möchten Sie darüber informieren, dass wir die ausgeschriebene Position intern nachbesetzen
konnten. Aus diesem Grund können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir wünschen Ihnen frohe Feiertage und für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen

i. A. Theresa Moser
Personalverwaltung
Rehazentrum Achensee GmbH | Seepromenade 3 | 6213 Pertisau
""",
)

_pz1 = m(
    "a3ug",
    "2025-12-08 18:00",
    "StepStone <noreply@stepstone.at>",
    "Sie haben Ihre Bewerbung noch nicht abgeschlossen",
    J("alert", "other", PZA, PZAR),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag Magdalena Hofer-Wimmer,</p>
<p>Sie haben eine Bewerbung begonnen, aber noch nicht abgeschickt:</p>
<p><b>Physiotherapeut/in Wintersaison 2025/26 (m/w/d)</b><br>Physiozentrum Arlberg · St. Anton am Arlberg</p>
<p>Nur noch wenige Schritte – Ihre Angaben haben wir für Sie gespeichert.</p>
<p><a href="https://www.stepstone.at/5/index.cfm?event=Application.resume&amp;id=8812934">Bewerbung fortsetzen</a></p>
{STEPSTONE_FOOT}
</body></html>""",
)

_pz2 = m(
    "u7na",
    "2025-12-09 07:21",
    "StepStone <noreply@stepstone.at>",
    "Ihre Bewerbung wurde versendet: Physiotherapeut/in Wintersaison 2025/26 (m/w/d)",
    A("confirmation", PZA, PZAR, 22, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<img src="https://www.stepstone.at/upload_at/logo/stepstone.png" alt="StepStone" width="130">
<p>Guten Tag Magdalena Hofer-Wimmer,</p>
<p>Ihre Bewerbung wurde erfolgreich an <b>Physiozentrum Arlberg</b> versendet.</p>
<table><tr><td>Position:</td><td>Physiotherapeut/in Wintersaison 2025/26 (m/w/d)</td></tr>
<tr><td>Ort:</td><td>St. Anton am Arlberg</td></tr><tr><td>Datum:</td><td>09.12.2025</td></tr></table>
<p><a href="https://www.stepstone.at/5/index.cfm?event=MyStepStone.applications">Alle Bewerbungen ansehen</a></p>
<p>Viel Erfolg wünscht Ihnen<br>Ihr StepStone Team</p>
{STEPSTONE_FOOT}
</body></html>""",
)


# --- alerts, talent pools and outreach ---------------------------------------------------------

_al1 = m(
    "f1bz",
    "2025-08-04 07:00",
    "karriere.at Jobalarm <jobalarm@karriere.at>",
    "3 neue Jobs für „Physiotherapeut“ in Tirol",
    J("alert", "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hallo Magdalena, hier sind deine neuen Jobs:</p>
<p><a href="https://www.karriere.at/jobs/7699120"><b>Physiotherapeut:in Orthopädie/Traumatologie</b></a><br>
Inntaler Gesundheitsverbund GmbH · Steinach am Brenner · ab EUR 3.080,– brutto</p>
<p><a href="https://www.karriere.at/jobs/7701458"><b>Physiotherapeut (m/w/d) Kinderrehabilitation</b></a><br>
Kinder-Reha Oberland GmbH · Wiesing · lt. KV, Überzahlung möglich</p>
<p><a href="https://www.karriere.at/jobs/7703366"><b>Sportphysiotherapeut:in (Teilzeit)</b></a><br>
Fitness &amp; Health Club Rum · Rum · EUR 2.200,– brutto (25 h)</p>
<p><a href="https://www.karriere.at/jobs?keywords=Physiotherapeut&amp;locations=Tirol">Alle Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">Jobalarm bearbeiten oder löschen: <a href="https://www.karriere.at/mein-konto/jobalarme">Einstellungen</a></p>
{KARRIERE_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.karriere.at/jobalarm/unsubscribe?id=5519021>"},
)

_al2 = m(
    "p6gi",
    "2025-08-12 05:45",
    "AMS eJob-Room <ejobroom-noreply@ams.at>",
    "Neue Stellenangebote zu Ihrem Suchprofil „Physiotherapie Tirol“",
    J("alert", "other"),
    f"""Sehr geehrte Frau Hofer-Wimmer,

zu Ihrem gespeicherten Suchprofil „Physiotherapie Tirol“ wurden 4 neue Stellenangebote
gefunden:

1. Physiotherapeut/in – Therapiezentrum Hall-Thaur GmbH, 6060 Hall in Tirol
2. Diplomierte/r Physiotherapeut/in – Seniorenresidenz Igls, 6080 Innsbruck-Igls
3. Physiotherapeut/in (Karenzvertretung) – Bezirkspflegeheim Telfs, 6410 Telfs
4. Physiotherapeut/in – Kurhaus Seeblick, 6213 Pertisau

Details: https://jobroom.ams.or.at/jobsuche/suchprofil/88120417

Mit freundlichen Grüßen
Ihr AMS

{AMS_FOOT}
""",
)

_al3 = m(
    "v0ny",
    "2025-08-21 06:30",
    "StepStone Jobagent <jobagent@stepstone.at>",
    "5 neue Jobs: Physiotherapeut in Innsbruck und Umgebung",
    J("alert", "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<p>Ihr Jobagent „Physiotherapeut, Innsbruck (30 km)“ hat neue Angebote gefunden:</p>
<ul>
<li><a href="https://www.stepstone.at/stellenangebote--Physiotherapeut-m-w-d-Innsbruck-Privatklinik-Sonnwend--11028451-inline.html">Physiotherapeut (m/w/d)</a> – Privatklinik Sonnwend, Innsbruck</li>
<li><a href="https://www.stepstone.at/stellenangebote--Physiotherapeut-in-Schwaz--11029937-inline.html">Physiotherapeut/in 30 h</a> – Alpen-Reha Schwaz GmbH, Schwaz</li>
<li><a href="https://www.stepstone.at/stellenangebote--Therapeut-in-Hall--11030118-inline.html">Therapeut/in Physio- oder Ergotherapie</a> – Sozialsprengel Hall, Hall in Tirol</li>
<li><a href="https://www.stepstone.at/stellenangebote--Clinical-Specialist--11030561-inline.html">Clinical Specialist Orthopedics (m/f/d)</a> – Vertraulich, Tirol</li>
<li><a href="https://www.stepstone.at/stellenangebote--Physiotherapeut-Saison--11030790-inline.html">Physiotherapeut/in Sommersaison</a> – Hotel Edelweißblick, Mayrhofen</li>
</ul>
<p><a href="https://www.stepstone.at/5/index.cfm?event=JobAgent.list">Jobagent bearbeiten</a></p>
{STEPSTONE_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.stepstone.at/jobagent/unsubscribe?a=77231>"},
)

_al4 = m(
    "i9te",
    "2025-09-09 17:15",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "„Physiotherapeut“: 12 neue Jobs in Innsbruck",
    J("alert", "linkedin"),
    """Ihre Jobbenachrichtigung für Physiotherapeut in Innsbruck, Tirol, Österreich
12 neue Jobs entsprechen Ihren Präferenzen.

Physiotherapeut:in Ambulatorium Innsbruck (30 h)
Österreichische Berufsgesundheitskasse · Innsbruck
Schnellbewerbung nicht verfügbar
https://www.linkedin.com/comm/jobs/view/4301188274/

Physiotherapeut:in Tele-Reha (Remote, 20–30 h)
Movora Health · Innsbruck (Hybrid)
Vor 2 Tagen
https://www.linkedin.com/comm/jobs/view/4301523390/

Sports Physiotherapist – Professional Football Club (m/f/d)
FC Inntal Profis GmbH · Wattens
https://www.linkedin.com/comm/jobs/view/4300911845/

Alle Jobs anzeigen: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1877234455

Sie erhalten Jobbenachrichtigungen zu „Physiotherapeut“. Abmelden:
https://www.linkedin.com/comm/jobs/alerts?savedSearchId=1877234455
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2/unsubscribe?alert=1877234455>"},
)

_al5 = m(
    "o4rm",
    "2025-09-24 09:02",
    "Karriere | Inntaler Gesundheitsverbund <karriere@igv-tirol.example>",
    "Willkommen in unserem Talentepool",
    J("alert", "direct"),
    """Sehr geehrte Frau Hofer-Wimmer,

vielen Dank für Ihre Zustimmung – Sie sind nun Teil des Talentepools des Inntaler
Gesundheitsverbunds.

Wir informieren Sie künftig per E-Mail über neue Stellenangebote in unseren Häusern
(Klinikum Wipptal, Krankenhaus Unterland Wörgl, Reha Zentrum Zams-Landeck), die zu Ihrem
Profil passen. Ihre Daten speichern wir für 24 Monate; Sie können Ihre Einwilligung jederzeit
unter https://karriere.igv-tirol.example/talentepool/abmelden widerrufen.

Mit freundlichen Grüßen
Ihr Team Recruiting
Inntaler Gesundheitsverbund GmbH
""",
)

_al6 = m(
    "l8ud",
    "2025-09-25 07:30",
    "jobs.ch Jobmail <noreply@jobs.ch>",
    "5 neue Jobs für Physiotherapeut/in in Graubünden, St. Gallen",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Guten Tag Magdalena Hofer-Wimmer</p>
<p>Ihr Jobmail hat neue Stellen gefunden:</p>
<p><b>Physiotherapeut/in 80–100 % Muskuloskelettale Rehabilitation</b><br>Klinik Calanda AG · Felsberg</p>
<p><b>Dipl. Physiotherapeut/in HF/FH 60–80 %</b><br>Physio Rheintal GmbH · Buchs SG</p>
<p><b>Physiotherapeut/in Sportmedizin 100 %</b><br>Sportmedizin Jakobshorn AG · Davos Platz</p>
<p><a href="https://www.jobs.ch/de/stellenangebote/?term=Physiotherapeut&amp;region=GR%2CSG">Alle Stellen anzeigen</a></p>
<p style="font-size:11px;color:#888">JobCloud AG · Zürich · <a href="https://www.jobs.ch/de/jobmail/abmelden/">Jobmail abbestellen</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.jobs.ch/de/jobmail/abmelden/?id=c81e72>"},
)

_al7 = m(
    "w8fq",
    "2025-09-29 07:00",
    "karriere.at Jobalarm <jobalarm@karriere.at>",
    "Neue Jobs für dich: Physiotherapeut in Tirol",
    J("alert", "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hallo Magdalena, diese Jobs könnten dich interessieren:</p>
<p><a href="https://www.karriere.at/jobs/7755201"><b>Physiotherapeut:in Neurologie (30–40 h)</b></a><br>
Neuro-Reha Zirl GmbH · Zirl · ab EUR 3.010,– brutto</p>
<p><a href="https://www.karriere.at/jobs/7756012"><b>Physiotherapeut:in</b></a><br>
Therapiezentrum Hall-Thaur GmbH · Hall in Tirol</p>
<p><a href="https://www.karriere.at/jobs/7757730"><b>Leitung Therapie (m/w/d)</b></a><br>
Reha Zentrum Zams-Landeck · Zams · ab EUR 3.900,– brutto</p>
<p><a href="https://www.karriere.at/jobs?keywords=Physiotherapeut&amp;locations=Tirol">Alle Jobs ansehen</a></p>
{KARRIERE_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.karriere.at/jobalarm/unsubscribe?id=5519021>"},
)

_al8 = m(
    "g2lj",
    "2025-10-01 12:00",
    "Physio Austria Jobbörse <jobboerse@physioaustria.at>",
    "Neue Stelleninserate in Tirol",
    J("alert", "other"),
    """Liebe Kollegin, lieber Kollege,

seit Ihrer letzten Benachrichtigung wurden in der Jobbörse folgende Inserate für Tirol
veröffentlicht:

- Physiotherapeut:in für Gruppenpraxis, 6020 Innsbruck (ab 20 h, Kassenverträge)
- Teamphysio Nachwuchskader, Skiverein Nordkette Innsbruck (Teilzeit, Wintersaison)
- Physiotherapeut:in mit Schwerpunkt Beckenboden, 6330 Kufstein
- Praxisnachfolge Physiotherapie, 6600 Reutte (Übergabe 2026)

Alle Inserate: https://www.physioaustria.at/jobboerse?bundesland=tirol

Sie erhalten diese Benachrichtigung als Mitglied von Physio Austria. Abmeldung im Mitgliederbereich.
""",
)

_al9 = m(
    "b0xs",
    "2025-10-29 06:30",
    "StepStone Jobagent <jobagent@stepstone.at>",
    "Neue Jobs, die zu Ihnen passen",
    J("alert", "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif">
<p>Ihr Jobagent „Physiotherapeut, Innsbruck (30 km)“:</p>
<ul>
<li>Teamleitung Physiotherapie (m/w/d) – VitaReha Kliniken, Innsbruck</li>
<li>Physiotherapeut/in Orthopädie &amp; Neurologie – Rehazentrum Achensee GmbH, Pertisau</li>
<li>Physiotherapeut/in ambulant – Gesundheitszentrum Kematen, Kematen in Tirol</li>
</ul>
<p><a href="https://www.stepstone.at/5/index.cfm?event=JobAgent.results&amp;id=77231">Alle Treffer anzeigen</a></p>
{STEPSTONE_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.stepstone.at/jobagent/unsubscribe?a=77231>"},
)

_al10 = m(
    "k1vc",
    "2025-11-05 18:20",
    "hokify <noreply@hokify.com>",
    "Neue Jobs in deiner Nähe 📍",
    J("alert", "other"),
    f"""Hey Magdalena,

wir haben neue Jobs gefunden, die zu dir passen könnten:

Physiotherapeut:in (25 h) · Gesundheitspraxis Kufstein · 6330 Kufstein
Heilmasseur:in / Physiotherapeut:in · Hotel Sonnhang · 6236 Alpbach
Physiotherapeut:in · Bewegungsraum Wörgl OG · 6300 Wörgl

Jetzt mit einem Klick bewerben: https://hokify.at/jobs/recommended

{HOKIFY_FOOT}
""",
)

_al11 = m(
    "x6md",
    "2025-11-24 07:00",
    "karriere.at Jobalarm <jobalarm@karriere.at>",
    "2 neue Jobs für „Physiotherapeut“ in Tirol",
    J("alert", "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hallo Magdalena, hier sind deine neuen Jobs:</p>
<p><a href="https://www.karriere.at/jobs/7822810"><b>Physiotherapeut:in (Karenzvertretung)</b></a><br>
Inntaler Gesundheitsverbund GmbH · Steinach am Brenner</p>
<p><a href="https://www.karriere.at/jobs/7824455"><b>Physiotherapeut:in für Hausbesuche</b></a><br>
Mobile Therapie Tirol OG · Innsbruck · EUR 38,–/Einheit</p>
{KARRIERE_FOOT}
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.karriere.at/jobalarm/unsubscribe?id=5519021>"},
)

_al12 = m(
    "r5te",
    "2025-12-15 17:40",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Neue Jobs wie „Teamleitung Physiotherapie“",
    J("alert", "linkedin"),
    """Ihre Jobbenachrichtigung für Teamleitung Physiotherapie in Tirol, Österreich

Leitung Physiotherapie (m/w/d)
Reha Zentrum Zams-Landeck · Zams
https://www.linkedin.com/comm/jobs/view/4339012876/

Therapieleitung (m/w/d) – neues Ambulatorium
Vitalis Therapiezentren · Salzburg
https://www.linkedin.com/comm/jobs/view/4338441102/

Head of Physiotherapy (m/f/d)
Alpine Sports Clinic · Kitzbühel
https://www.linkedin.com/comm/jobs/view/4337719934/

Alle Jobs anzeigen: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1912004871
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2/unsubscribe?alert=1912004871>"},
)

_ou1 = m(
    "z2wa",
    "2025-09-30 13:12",
    "Sarah Lindner via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Physiotherapie-Leitung in Salzburg – interessiert?",
    J("outreach", "linkedin", "Vitalis Therapiezentren", "Therapieleitung"),
    f"""Sarah Lindner
Talent Acquisition Partner bei Vitalis Therapiezentren

Hallo Magdalena,

Ihr Profil mit der langjährigen Erfahrung in der orthopädischen Reha und der
Manualtherapie-Ausbildung hat mich sehr angesprochen. Wir eröffnen im März 2026 ein neues
ambulantes Therapiezentrum in Salzburg-Lehen und suchen dafür eine Therapieleitung
(Vollzeit, Gehalt ab EUR 3.800,– brutto, Überzahlung je nach Erfahrung).

Hätten Sie Lust, sich kurz auszutauschen? Ich freue mich auf Ihre Nachricht!

Viele Grüße
Sarah

Antworten: https://www.linkedin.com/comm/messaging/thread/2-MTg3NzE0/

Diese Nachricht wurde über LinkedIn gesendet. {LI_FOOT.splitlines()[-1]}
""",
)

_ou2 = m(
    "m6ot",
    "2025-10-07 08:55",
    "Sarah Lindner via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Re: Physiotherapie-Leitung in Salzburg – interessiert?",
    J("outreach", "linkedin", "Vitalis Therapiezentren", "Therapieleitung"),
    """Sarah Lindner
Talent Acquisition Partner bei Vitalis Therapiezentren

Hallo Magdalena,

danke für die schnelle und ehrliche Rückmeldung – verstehe total, dass ein Umzug nach Salzburg
gerade nicht in Frage kommt. Wir planen für 2027 auch einen Standort in Tirol; darf ich mich
dann wieder bei Ihnen melden?

Alles Gute und viele Grüße
Sarah

Antworten: https://www.linkedin.com/comm/messaging/thread/2-MTg3NzE0/
""",
    **thread(_ou1),
)

_ou3 = m(
    "c7jh",
    "2025-10-29 10:40",
    "Medical Personal Partner | Tirol <tirol@medpersonal-partner.example>",
    "Physiotherapeut:innen für Einsätze in Tirol gesucht – flexible Modelle",
    J("outreach", "agency", None, "Physiotherapeut:in (Personalbereitstellung)"),
    """Sehr geehrte Frau Hofer-Wimmer,

wir sind ein auf Gesundheitsberufe spezialisierter Personaldienstleister und unterstützen
Krankenhäuser, Rehabilitationszentren und Pflegeeinrichtungen in ganz Tirol.

Für mehrere Kundenbetriebe im Raum Innsbruck, Schwaz und Imst suchen wir laufend
diplomierte Physiotherapeut:innen – in Voll- oder Teilzeit, mit Wunschdienstplan und
Bezahlung über dem Kollektivvertrag (Arbeitskräfteüberlassung, KV Gewerbe), Fahrtkosten-
ersatz und Fortbildungsbudget.

Wir sind auf Ihr Profil in der AMS-Bewerbungsplattform aufmerksam geworden. Dürfen wir Sie
kurz anrufen? Ein Gespräch ist selbstverständlich unverbindlich.

Mit freundlichen Grüßen
Daniela Rangger
Recruiterin Gesundheit & Pflege
Medical Personal Partner GmbH | Niederlassung Tirol
Museumstraße 34, 6020 Innsbruck | T 0512 93 44 10
""",
)

_ou4 = m(
    "y0ep",
    "2025-12-05 19:22",
    "Sabine Wolf <physio.wolf.schwaz@gmail.com>",
    "Hallo aus Schwaz :)",
    J("outreach", "direct", "Physiotherapie Wolf", "Physiotherapeut:in (25–30 h)"),
    """Hallo Leni,

wir kennen uns vom Maitland-Kurs in Salzburg vor zwei Jahren (ich war die mit dem kaputten
Knie 😅). Die Tanja Eller vom Klinikum Wipptal hat mir erzählt, dass du dich gerade
umschaust.

Ich such für meine Praxis in Schwaz ab Frühjahr jemanden mit MT-Ausbildung, 25–30 Stunden,
angestellt, Kassenverträge mit allen Kassen, nettes kleines Team (3 Physios + 1 Ergo).
Hast du Lust, mal auf einen Kaffee vorbeizukommen? Ganz unverbindlich!

Liebe Grüße
Sabine

Physiotherapie Wolf · Franz-Josef-Straße 9 · 6130 Schwaz
""",
)


MAIL: list[dict[str, Any]] = [
    _pa1, _pa2,
    _tp1, _tp2,
    _th1, _th2,
    _or1, _or2,
    _mv1, _mv2, _mv3, _mv4,
    _pk1, _pk2, _pk3,
    _ca1, _ca2, _ca3, _ca4,
    _am1, _am2, _kz1, _kz2, _kz3, _am3, _am4,
    _sv1, _sv2, _sv3,
    _bw1, _bw2, _bw3,
    _ah1, _ah2, _ah3, _ah4, _ah5,
    _gz1, _ra1, _ra2, _pz1, _pz2,
    _al1, _al2, _al3, _al4, _al5, _al6, _al7, _al8, _al9, _al10, _al11, _al12,
    _ou1, _ou2, _ou3, _ou4,
]  # fmt: skip
