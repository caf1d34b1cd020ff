# ruff: noqa: E501, RUF100
"""Corpus 121, job mail part 1 (data only) and the shared helpers: see heldout121.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def zurich_offset(day: str) -> str:
    """Europe/Zurich: summer time until 26 October 2025, winter time after."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(H.dated_spec, zurich_offset)


def A(cat: str, co: str | None, role: str | None, app: int | None, src: str, lang: str) -> tuple:
    """Truth of job mail: (category, company, role, application, source, language)."""
    return (cat, co, role, app, src, lang)


def N(lang: str) -> tuple:
    """Truth of mail that is not about the job search."""
    return ("not_job", lang)


def reply_to(*parents: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the given specs (oldest first)."""
    return {"In-Reply-To": parents[-1]["id"], "References": " ".join(p["id"] for p in parents)}


def invite(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar part: start is 'YYYY-MM-DD HH:MM' Zurich time."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {zurich_offset(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


ME_ADDR = "aline.jungo@bluewin.ch"

HP, HP1, HP2 = (
    "Helvepharm",
    "Pharmacien·ne Assurance Qualité (80-100 %)",
    "QA Specialist Batch Release",
)
SB, SBR = "Sarine Biologics", "QA Specialist GMP (Biologics)"
SA, SAR = "Spital Aarebogen", "Apothekerin / Apotheker Qualitätssicherung Spitalpharmazie"
SQ, SQR = "SPQ", "Fachspezialist/in Qualitätssicherung GxP"
LT, LTR = "Lémanis Therapeutics", "Quality Assurance Officer"
VI, VIR = "Vireon Pharma", "Senior QA Specialist Deviation & CAPA"
TD, TDR = "Trinova Diagnostics", "Quality & Regulatory Specialist (IVDR)"
CE, CE1, CE2 = "Cellestra", "QA Manager Operations", "QP Delegate / Batch Disposition Specialist"
OB, OBR = "Oberau Biotech", "QA Compliance Specialist"
PB, PBR = "Pharmacie du Bourg", "Pharmacien·ne responsable adjoint·e"
LP, LPR = "Limmat Pharma Services", "Qualitätsfachperson GMP/GDP"
GN, GNR = "Gruyère Nutrition", "Spécialiste Assurance Qualité Compléments alimentaires"

MAIL: list[dict[str, Any]] = []
add = MAIL.append

# --- 1 Helvepharm SA, Fribourg (jobup.ch -> SuccessFactors) ------------------------------------
add(
    m(
        "20931",
        "2025-09-03 19:42",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée : Pharmacien·ne Assurance Qualité (80-100 %)",
        A("confirmation", HP, HP1, 1, "other", "fr"),
        html="""<html><body style="font-family:Arial">
<p>Bonjour Aline,</p>
<p>Votre candidature pour le poste <b>Pharmacien·ne Assurance Qualité (80-100 %)</b> chez <b>Helvepharm SA</b>, Fribourg, a bien été transmise à l'employeur.</p>
<p>Vous serez redirigé·e vers le portail carrière de l'entreprise si celle-ci le demande. Suivez l'état de vos candidatures dans votre espace jobup.ch.</p>
<p>Bonne chance !<br>Votre équipe jobup.ch</p>
<p style="font-size:11px;color:#888">Vous recevez cet e-mail car vous avez postulé via jobup.ch. JobCloud SA, Lausanne.</p>
</body></html>""",
    )
)
add(
    m(
        "20944",
        "2025-09-03 19:58",
        "Helvepharm Careers <noreply@successfactors.eu>",
        "Accusé de réception de votre candidature",
        A("confirmation", HP, HP1, 1, "other", "fr"),
        text="""Madame Jungo,

Nous vous remercions de l'intérêt que vous portez à Helvepharm et accusons réception de votre candidature pour le poste de Pharmacien·ne Assurance Qualité (80-100 %) (réf. 4410).

Votre dossier sera examiné avec attention par notre équipe Ressources Humaines ainsi que par le responsable du service. Nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez consulter le statut de votre candidature à tout moment dans votre profil candidat.

Meilleures salutations

Ressources Humaines
Helvepharm SA
Route de la Fonderie 21, 1700 Fribourg

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
    )
)
_hp_inv = m(
    "21107",
    "2025-09-16 11:05",
    "Sophie Clerc <sophie.clerc@helvepharm.ch>",
    "Entretien - Pharmacien·ne AQ",
    A("interview", HP, HP1, 1, "direct", "fr"),
    text="""Bonjour Madame Jungo,

Suite à l'examen de votre dossier, nous avons le plaisir de vous inviter à un premier entretien avec M. Daniel Rey, Head of Quality, et moi-même.

Date : mardi 23 septembre 2025
Heure : 14h00 - 15h00
Lieu : Helvepharm SA, Route de la Fonderie 21, Fribourg (réception bâtiment B)

Je vous remercie de bien vouloir me confirmer votre présence par retour de mail. Merci de vous munir d'une pièce d'identité à l'accueil.

Meilleures salutations,

Sophie Clerc
HR Business Partner
Helvepharm SA
T +41 26 555 21 40""",
    ics=invite(
        "hp-4410-r1@helvepharm.ch",
        "2025-09-23 14:00",
        "Entretien Aline Jungo - Pharmacien·ne AQ",
        ("Sophie Clerc", "sophie.clerc@helvepharm.ch"),
        style="outlook",
        location="Helvepharm SA, Route de la Fonderie 21, 1700 Fribourg, Bât. B",
        attendees=[("Daniel Rey", "daniel.rey@helvepharm.ch")],
    ),
)
add(_hp_inv)
add(
    m(
        "21388",
        "2025-10-02 16:20",
        "Sophie Clerc <sophie.clerc@helvepharm.ch>",
        "Votre candidature chez Helvepharm",
        A("rejection", HP, HP1, 1, "direct", "fr"),
        text="""Bonjour Madame Jungo,

Nous tenons encore une fois à vous remercier pour l'entretien du 23 septembre et pour le temps que vous nous avez consacré. M. Rey et moi-même avons beaucoup apprécié votre connaissance des BPF et votre expérience en officine.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec une personne dont le profil correspond plus étroitement aux exigences du poste, notamment en matière de libération de lots de produits stériles.

Nous nous permettons de conserver votre dossier et ne manquerons pas de vous recontacter si un poste correspondant à votre profil venait à se libérer.

Nous vous souhaitons plein succès pour la suite.

Meilleures salutations,

Sophie Clerc
HR Business Partner
Helvepharm SA""",
    )
)

# --- 2 Sarine Biologics SA / Saane Biologics AG (Workday) -------------------------------------
add(
    m(
        "21502",
        "2025-10-06 08:31",
        "Sarine Biologics <saanebio@myworkday.com>",
        "Bestätigung Ihrer Bewerbung / Confirmation de votre candidature",
        A("confirmation", SB, SBR, 2, "workday", "de"),
        text="""Guten Tag Aline Jungo

Vielen Dank für Ihre Bewerbung als QA Specialist GMP (Biologics) (R-0917) bei der Saane Biologics AG. Wir haben Ihre Unterlagen erhalten und prüfen diese sorgfältig. Sie hören so bald wie möglich von uns.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

---

Bonjour Aline Jungo

Merci pour votre candidature au poste de QA Specialist GMP (Biologics) (R-0917) chez Sarine Biologics SA. Nous avons bien reçu votre dossier et l'examinons avec soin.

Freundliche Grüsse / Meilleures salutations
Talent Acquisition
Sarine Biologics SA | Saane Biologics AG
Düdingen / Guin""",
    )
)
_sb_inv = m(
    "21690",
    "2025-10-14 13:12",
    "Martin Aebischer <martin.aebischer@sarine-bio.ch>",
    "Einladung zum Vorstellungsgespräch - QA Specialist GMP",
    A("interview", SB, SBR, 2, "direct", "de"),
    text="""Guten Tag Frau Jungo

Besten Dank für Ihre Bewerbung. Ihr Dossier hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Gerne lade ich Sie zu einem ersten Gespräch per Microsoft Teams ein:
Montag, 20. Oktober 2025, 10:00 - 11:00 Uhr
Teilnehmende: Nadia Schafer (Head QA Operations) und ich.

Die Einladung folgt separat in Ihrem Kalender. Sollte der Termin nicht passen, melden Sie sich bitte bei mir.

Freundliche Grüsse

Martin Aebischer
Talent Acquisition Partner
SBX - Sarine Biologics SA
Route de Fribourg 40, 3186 Düdingen""",
    ics=invite(
        "sbx-r0917-1@sarine-bio.ch",
        "2025-10-20 10:00",
        "Vorstellungsgespräch Aline Jungo | QA Specialist GMP",
        ("Martin Aebischer", "martin.aebischer@sarine-bio.ch"),
        style="outlook",
        location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 381 522 904 17",
        attendees=[("Nadia Schafer", "nadia.schafer@sarine-bio.ch")],
    ),
)
add(_sb_inv)
_sb_case = m(
    "21840",
    "2025-10-22 17:03",
    "Martin Aebischer <martin.aebischer@sarine-bio.ch>",
    "Nächster Schritt: Fallstudie / case study",
    A("assessment", SB, SBR, 2, "direct", "de"),
    text="""Guten Tag Frau Jungo

Nochmals herzlichen Dank für das angenehme Gespräch am Montag. Gerne möchten wir mit Ihnen den nächsten Schritt gehen.

Im Anhang finden Sie eine kurze Fallstudie (Abweichung in der Abfüllung, Bewertung und CAPA-Vorschlag). Die Unterlagen sind auf Englisch, da unser QA-Team international zusammengesetzt ist. Bitte bereiten Sie eine Präsentation von max. 15 Minuten vor, die Sie beim zweiten Gespräch vor Ort in Düdingen vorstellen.

Den Termin für das zweite Gespräch schlage ich Ihnen in den nächsten Tagen vor.

Freundliche Grüsse

Martin Aebischer
Talent Acquisition Partner
Saane Biologics AG""",
    attach=[
        (
            "SBX_Case_Study_QA_Deviation.txt",
            "text/plain",
            "Case study - Deviation DV-2025-118\nDuring filling of lot 25B044 the in-process weight check failed twice...\nTask: assess product impact, propose root cause investigation and CAPA.\n",
        )
    ],
)
add(_sb_case)
add(
    m(
        "21862",
        "2025-10-23 07:48",
        f"Aline Jungo <{ME_ADDR}>",
        "AW: Nächster Schritt: Fallstudie / case study",
        ("other_job", SB, SBR, None, "direct", "de"),
        text="""Guten Tag Herr Aebischer

Vielen Dank für die Unterlagen, ich habe sie erhalten und freue mich auf die Aufgabe. Für das zweite Gespräch wäre ich ab dem 3. November flexibel.

Freundliche Grüsse
Aline Jungo

> Im Anhang finden Sie eine kurze Fallstudie (Abweichung in der Abfüllung, Bewertung und CAPA-Vorschlag).""",
        to="Martin Aebischer <martin.aebischer@sarine-bio.ch>",
        **reply_to(_sb_case),
    )
)
add(
    m(
        "21930",
        "2025-10-28 09:15",
        "Martin Aebischer <martin.aebischer@sarine-bio.ch>",
        "Zweites Gespräch vor Ort - Düdingen",
        A("interview", SB, SBR, 2, "direct", "de"),
        text="""Guten Tag Frau Jungo

Gerne bestätige ich Ihnen das zweite Gespräch vor Ort:
Dienstag, 4. November 2025, 13:30 - 15:30 Uhr
Saane Biologics AG, Route de Fribourg 40, 3186 Düdingen (Empfang Gebäude 2)

Ablauf: Präsentation Fallstudie (15 Min.), Gespräch mit Nadia Schafer und Dr. Luca Bernasconi (Site Quality Head), Rundgang durch den Reinraum-Bereich (bitte keine Schmuckstücke).

Freundliche Grüsse
Martin Aebischer""",
        ics=invite(
            "sbx-r0917-2@sarine-bio.ch",
            "2025-11-04 13:30",
            "2. Gespräch Aline Jungo - QA Specialist GMP (vor Ort)",
            ("Martin Aebischer", "martin.aebischer@sarine-bio.ch"),
            style="outlook",
            minutes=120,
            location="Saane Biologics AG, Route de Fribourg 40, 3186 Düdingen",
        ),
    )
)
_sb_offer = m(
    "22114",
    "2025-11-12 18:02",
    "Nadia Schafer <nadia.schafer@sarine-bio.ch>",
    "Unser Angebot / notre offre",
    A("offer", SB, SBR, 2, "direct", "de"),
    text="""Liebe Frau Jungo

Wie heute Nachmittag am Telefon besprochen, freue ich mich sehr, Ihnen die Stelle als QA Specialist GMP (Biologics) in meinem Team anzubieten. Die Präsentation Ihrer Fallstudie hat uns alle überzeugt.

Den Arbeitsvertrag (100 %, Eintritt 1. Februar 2026) erhalten Sie morgen von unserer HR-Abteilung per Post und als PDF. Wir würden uns über Ihre Rückmeldung bis zum 21. November freuen.

Herzliche Grüsse

Nadia Schafer
Head QA Operations
Sarine Biologics SA | Saane Biologics AG""",
)
add(_sb_offer)
add(
    m(
        "22130",
        "2025-11-13 10:40",
        "HR Sarine Biologics <hr@sarine-bio.ch>",
        "Contrat de travail - Aline Jungo",
        A("offer", SB, SBR, 2, "direct", "fr"),
        text="""Madame,

Faisant suite à l'entretien téléphonique de Mme Schafer, nous avons le plaisir de vous faire parvenir en annexe votre contrat de travail ainsi que le règlement du personnel de Sarine Biologics SA.

Nous vous prions de bien vouloir nous retourner un exemplaire signé d'ici au 21 novembre 2025.

Meilleures salutations,
Ressources Humaines
Sarine Biologics SA""",
        attach=[
            (
                "Contrat_Jungo_Aline.txt",
                "text/plain",
                "Contrat de travail de durée indéterminée\nEmployeur: Sarine Biologics SA\nEmployée: Aline Jungo\nTaux d'activité: 100 %\n",
            )
        ],
    )
)
_sb_acc = m(
    "22175",
    "2025-11-17 08:05",
    f"Aline Jungo <{ME_ADDR}>",
    "AW: Unser Angebot / notre offre",
    ("other_job", SB, SBR, None, "direct", "de"),
    text="""Liebe Frau Schafer

Herzlichen Dank für das Angebot und das Vertrauen. Ich nehme die Stelle sehr gerne an; der unterschriebene Vertrag ist heute per Post an die HR unterwegs.

Ich freue mich auf den Start am 1. Februar.

Herzliche Grüsse
Aline Jungo""",
    to="Nadia Schafer <nadia.schafer@sarine-bio.ch>",
    **reply_to(_sb_offer),
)
add(_sb_acc)
add(
    m(
        "22190",
        "2025-11-17 14:26",
        "Nadia Schafer <nadia.schafer@sarine-bio.ch>",
        "AW: AW: Unser Angebot / notre offre",
        A("offer", SB, SBR, 2, "direct", "de"),
        st="accepted",
        text="""Liebe Frau Jungo

Das freut mich riesig - herzlich willkommen im Team! Martin meldet sich bezüglich Onboarding, Badge und IT-Zugang.

Herzliche Grüsse
Nadia

> Ich nehme die Stelle sehr gerne an; der unterschriebene Vertrag ist heute per Post an die HR unterwegs.""",
        **reply_to(_sb_offer, _sb_acc),
    )
)
add(
    m(
        "22561",
        "2026-01-15 11:10",
        "SBX Onboarding <onboarding@sarine-bio.ch>",
        "Bienvenue chez SBX - votre premier jour / Ihr erster Arbeitstag",
        ("other_job", SB, SBR, None, "direct", "fr"),
        text="""Chère Aline,

Nous nous réjouissons de vous accueillir le lundi 2 février 2026 à 8h00 à la réception du bâtiment 2 à Guin.

Programme de la première journée :
- 08:00 accueil RH, badge et photo
- 09:30 formation sécurité et hygiène (zone grise)
- 13:00 déjeuner avec votre équipe
- 14:00 accès IT et système qualité (eQMS)

Merci de vous munir de votre carte AVS et d'un justificatif de domicile.

À très bientôt !
L'équipe Onboarding SBX""",
    )
)

# --- 3 Spital Aarebogen, Bern (Stiftung Spital Aarebogen, Refline) ----------------------------
add(
    m(
        "20988",
        "2025-09-08 21:17",
        "Stiftung Spital Aarebogen <noreply@refline.ch>",
        "Ihre Bewerbung: Apothekerin / Apotheker Qualitätssicherung Spitalpharmazie",
        A("confirmation", SA, SAR, 3, "other", "de"),
        text="""Sehr geehrte Frau Jungo

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle "Apothekerin / Apotheker Qualitätssicherung Spitalpharmazie (80 %)" und danken Ihnen für Ihr Interesse.

Wir prüfen Ihre Unterlagen und melden uns innert drei Wochen bei Ihnen.

Freundliche Grüsse

Personaldienst
Stiftung Spital Aarebogen
Aarestrasse 80, 3013 Bern

Diese Nachricht wurde automatisch erstellt.""",
    )
)
add(
    m(
        "21240",
        "2025-09-26 10:02",
        "Personaldienst Spital Aarebogen <personal@spital-aarebogen.ch>",
        "Ihre Bewerbung vom 8. September 2025",
        A("rejection", SA, SAR, 3, "direct", "de"),
        text="""Sehr geehrte Frau Jungo

Vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit in unserer Spitalpharmazie. Ihr Dossier hat uns gut gefallen, insbesondere Ihre Erfahrung in der Offizin und Ihr CAS in Pharmaceutical Quality.

Wir haben uns nach sorgfältiger Prüfung jedoch für eine Kandidatin entschieden, die bereits Erfahrung mit der Herstellung von Zytostatika im Spital mitbringt.

Ihre Unterlagen löschen wir gemäss Datenschutz nach Abschluss des Verfahrens. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Regula Hostettler
HR-Fachfrau
Spital Aarebogen | eine Institution der Stiftung Spital Aarebogen""",
    )
)

# --- 4 SPQ AG (Swiss Pharma Quality), Basel, Umantis; ghosted --------------------------------
add(
    m(
        "21015",
        "2025-09-10 12:44",
        "SPQ Swiss Pharma Quality AG <noreply@umantis.com>",
        "Eingangsbestätigung Bewerbung - Fachspezialist/in Qualitätssicherung GxP",
        A("confirmation", SQ, SQR, 4, "other", "de"),
        text="""Guten Tag Frau Jungo

Herzlichen Dank für Ihre Online-Bewerbung als Fachspezialist/in Qualitätssicherung GxP (Ref. SPQ-25-31). Ihre Unterlagen sind vollständig bei uns eingetroffen.

Bitte haben Sie Verständnis, dass die Prüfung der Dossiers einige Zeit in Anspruch nehmen kann. Falls wir Ihre Bewerbung nicht weiter berücksichtigen können, werden Sie selbstverständlich ebenfalls informiert.

Freundliche Grüsse
Human Resources SPQ
SPQ Swiss Pharma Quality AG | Hochbergerstrasse 60, 4057 Basel

Powered by Abacus Umantis""",
    )
)

# --- 5 Lémanis Therapeutics SA, Lausanne (Rhodanus Group careers mailbox); withdrawn ---------
add(
    m(
        "21410",
        "2025-10-03 09:22",
        "Rhodanus Group Careers <careers@rhodanus-group.com>",
        "Votre candidature - Quality Assurance Officer (Lausanne)",
        A("confirmation", LT, LTR, 5, "direct", "fr"),
        text="""Chère Madame Jungo,

Nous accusons bonne réception de votre candidature pour le poste de Quality Assurance Officer au sein de Lémanis Therapeutics SA à Épalinges/Lausanne.

Votre dossier a été transmis à l'équipe de recrutement de Lémanis. Si votre profil est retenu pour la suite du processus, vous serez contacté·e dans un délai de deux à trois semaines.

Cordialement,
Talent Acquisition
Rhodanus Group - Careers
Rhodanus Group SA · Avenue de Rhodanie 58 · 1007 Lausanne""",
    )
)
_lt_inv = m(
    "21733",
    "2025-10-17 15:30",
    "Julie Morand <julie.morand@lemanis-tx.ch>",
    "Invitation: QA Officer interview - Aline Jungo",
    A("interview", LT, LTR, 5, "direct", "en"),
    text="""Dear Aline,

Thank you for your interest in Lémanis Therapeutics. Our hiring manager, Dr. Pieter Vanhoof, would like to meet you for a first video call. Please pick a slot that suits you with the link below:

https://calendly.com/julie-morand-lemanis/qa-officer-30min

The conversation will be in English; some French is welcome as the site team is bilingual.

Kind regards,
Julie Morand
Talent Partner, Lémanis Therapeutics (a Rhodanus Group company)""",
)
add(_lt_inv)
add(
    m(
        "21745",
        "2025-10-17 18:11",
        "Calendly <notifications@calendly.com>",
        "Confirmed: QA Officer - first interview with Julie Morand on Fri, Oct 24, 2025",
        A("interview", LT, LTR, 5, "other", "en"),
        text="""Hi Aline Jungo,

A new event has been scheduled.

Event Type: QA Officer - first interview
Invitee: Aline Jungo
Event Date/Time: 11:00am - 11:30am (Central European Time), Friday, October 24, 2025
Location: This is a Microsoft Teams web conference. Details will be provided in the invite.

Need to make changes to this event?
Cancel | Reschedule

Powered by Calendly.com""",
        ics=invite(
            "clndly-8c1f2e9a@calendly.com",
            "2025-10-24 11:00",
            "QA Officer - first interview (Aline Jungo and Julie Morand)",
            ("Julie Morand", "julie.morand@lemanis-tx.ch"),
            minutes=30,
            location="Microsoft Teams",
        ),
    )
)
_lt_next = m(
    "22060",
    "2025-11-07 16:48",
    "Julie Morand <julie.morand@lemanis-tx.ch>",
    "Next steps - Lémanis QA Officer",
    A("interview", LT, LTR, 5, "direct", "en"),
    text="""Dear Aline,

Pieter enjoyed your conversation and would like to invite you to an on-site panel in Épalinges with the QA and QC leads. Would Thursday 20 November or Friday 21 November work for you (half day, morning)?

Best regards,
Julie

Julie Morand
Talent Partner
Lémanis Therapeutics SA | Biopôle, Épalinges""",
)
add(_lt_next)
_lt_wd = m(
    "22183",
    "2025-11-17 09:02",
    f"Aline Jungo <{ME_ADDR}>",
    "RE: Next steps - Lémanis QA Officer",
    ("other_job", LT, LTR, None, "direct", "en"),
    text="""Dear Julie,

Thank you very much for the invitation and for the pleasant process so far. I have in the meantime accepted another offer, so I would like to withdraw my application for the QA Officer role. Please pass my thanks on to Pieter.

Kind regards,
Aline Jungo

> Pieter enjoyed your conversation and would like to invite you to an on-site panel in Épalinges""",
    to="Julie Morand <julie.morand@lemanis-tx.ch>",
    **reply_to(_lt_next),
)
add(_lt_wd)
add(
    m(
        "22199",
        "2025-11-17 17:35",
        "Julie Morand <julie.morand@lemanis-tx.ch>",
        "RE: RE: Next steps - Lémanis QA Officer",
        A("confirmation", LT, LTR, 5, "direct", "en"),
        st="withdrawn",
        text="""Dear Aline,

Thank you for letting us know, and congratulations on your new role! I have withdrawn your application in our system. We would be happy to hear from you again in the future.

All the best,
Julie""",
        **reply_to(_lt_next, _lt_wd),
    )
)

# --- 6 Vireon Pharma AG, Basel, via Alpwork Recruitment Sàrl (agency) ----------------------
_aw1 = m(
    "21160",
    "2025-09-19 10:14",
    "Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
    "Opportunité QA - Senior QA Specialist Deviation & CAPA (Bâle)",
    ("outreach", None, VIR, None, "agency", "fr"),
    text="""Bonjour Madame Jungo,

J'ai découvert votre profil sur LinkedIn et je me permets de vous contacter au sujet d'un poste que je recrute en exclusivité pour un client leader dans l'industrie pharmaceutique, basé dans la région bâloise.

Poste : Senior QA Specialist Deviation & CAPA
Taux : 100 %, hybride (2 jours de télétravail)
Langues : anglais courant, allemand un atout

Votre expérience en gestion des déviations et votre diplôme fédéral de pharmacienne me semblent très pertinents. Seriez-vous disponible pour un court échange téléphonique cette semaine ?

Meilleures salutations,

Léa Gremaud
Senior Consultant Life Sciences
Alpwork Recruitment Sàrl | Rue de Lausanne 12 | 1700 Fribourg
+41 26 555 87 12""",
)
add(_aw1)
_aw1r = m(
    "21172",
    "2025-09-19 20:40",
    f"Aline Jungo <{ME_ADDR}>",
    "RE: Opportunité QA - Senior QA Specialist Deviation & CAPA (Bâle)",
    ("outreach", None, VIR, None, "agency", "fr"),
    text="""Bonjour Madame Gremaud,

Merci pour votre message, le poste m'intéresse. Je suis joignable lundi entre 12h et 14h au 079 555 31 08.

Meilleures salutations,
Aline Jungo""",
    to="Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
    **reply_to(_aw1),
)
add(_aw1r)
add(
    m(
        "21231",
        "2025-09-23 15:55",
        "Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
        "Votre dossier - présentation à notre client",
        A("confirmation", VI, VIR, 6, "agency", "fr"),
        text="""Bonjour Aline,

Merci encore pour notre échange de lundi. Comme convenu, je vous confirme que j'ai présenté votre dossier ce matin à notre client, Vireon Pharma AG (site de Bâle-Klybeck), pour le poste de Senior QA Specialist Deviation & CAPA.

Je vous tiens au courant dès que j'ai un retour du hiring manager. Merci de ne pas postuler directement auprès de Vireon pour ce poste.

Belle fin de journée,
Léa

Léa Gremaud
Senior Consultant Life Sciences
Alpwork Recruitment Sàrl""",
    )
)
add(
    m(
        "21395",
        "2025-10-02 11:31",
        "Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
        "Vireon : entretien vidéo avec le hiring manager",
        A("interview", VI, VIR, 6, "agency", "fr"),
        text="""Bonjour Aline,

Bonne nouvelle : Vireon souhaite vous rencontrer ! Le premier entretien aura lieu en anglais par vidéo avec Thomas Keller (Head of QA Compliance) :

mercredi 8 octobre 2025, 16h00 - 16h45 (Teams, lien dans l'invitation ci-jointe)

Je vous appelle la veille pour un petit briefing.

Léa""",
        ics=invite(
            "alpwork-vireon-8810@alpwork-recruitment.ch",
            "2025-10-08 16:00",
            "Vireon Pharma - Interview Aline Jungo / Thomas Keller",
            ("Léa Gremaud", "lea.gremaud@alpwork-recruitment.ch"),
            minutes=45,
            location="Microsoft Teams",
        ),
    )
)
add(
    m(
        "21602",
        "2025-10-10 17:26",
        "Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
        "Feedback Vireon",
        A("rejection", VI, VIR, 6, "agency", "fr"),
        text="""Bonjour Aline,

J'ai reçu aujourd'hui le retour de Thomas Keller. Il a beaucoup apprécié votre approche structurée et votre rigueur, et l'échange a été très agréable.

Il a cependant décidé de ne pas poursuivre avec votre candidature : ils recherchent finalement quelqu'un avec plusieurs années d'expérience sur un site de production API, ce qui est déterminant pour eux à ce stade.

Je suis sincèrement désolée de ce retour. Je garde votre profil en tête pour d'autres mandats en Suisse romande et à Berne, et je vous recontacte volontiers.

Bien à vous,
Léa""",
    )
)

# --- Kader Select AG outreach (unnamed client, never named) --------------------------------
add(
    m(
        "21611",
        "2025-10-13 08:50",
        "Reto Zbinden <r.zbinden@kaderselect.ch>",
        "Vertrauliche Anfrage: Head of QA (w/m/d) - führendes Biotech-Unternehmen, Raum Zürich",
        ("outreach", None, "Head of QA", None, "agency", "de"),
        text="""Guten Tag Frau Jungo

Im Auftrag eines führenden, international tätigen Biotech-Unternehmens im Raum Zürich suche ich eine erfahrene Persönlichkeit als Head of QA (w/m/d). Das Mandat wird diskret behandelt; den Namen unseres Auftraggebers nenne ich Ihnen gerne in einem persönlichen Gespräch.

Ihr Profil mit der Kombination aus Fachapothekerin, GMP-Erfahrung und Zweisprachigkeit passt sehr gut. Hätten Sie Zeit für ein kurzes, vertrauliches Telefonat?

Freundliche Grüsse

Reto Zbinden
Partner
Kader Select AG | Executive Search Life Sciences
Bahnhofstrasse 61, 8001 Zürich""",
    )
)
add(
    m(
        "21880",
        "2025-10-24 08:12",
        "Reto Zbinden <r.zbinden@kaderselect.ch>",
        "Nachfassen: Head of QA - Raum Zürich",
        ("outreach", None, "Head of QA", None, "agency", "de"),
        text="""Guten Tag Frau Jungo

Ich erlaube mir, kurz nachzufassen. Das Mandat ist weiterhin offen und ich würde mich über einen Austausch freuen. Falls der Zeitpunkt nicht passt, lassen Sie es mich gerne wissen.

Freundliche Grüsse
Reto Zbinden
Kader Select AG""",
    )
)

# --- 8 Trinova Diagnostics GmbH, Zürich (Personio) -------------------------------------------
add(
    m(
        "21355",
        "2025-09-30 22:05",
        "Trinova Diagnostics GmbH <jobs@trinova-diagnostics.jobs.personio.de>",
        "Ihre Bewerbung bei Trinova Diagnostics GmbH",
        A("confirmation", TD, TDR, 8, "personio", "de"),
        text="""Hallo Aline,

vielen Dank für deine Bewerbung als Quality & Regulatory Specialist (IVDR) bei Trinova! Wir freuen uns, dass du dich für unser Team in Zürich-Altstetten interessierst.

Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten zwei Wochen bei dir.

Liebe Grüsse
Dein Trinova People Team""",
    )
)
add(
    m(
        "21580",
        "2025-10-09 14:18",
        "Fabienne Huber <fabienne.huber@trinova-dx.ch>",
        "Kennenlernen Trinova - Quality & Regulatory Specialist",
        A("interview", TD, TDR, 8, "direct", "de"),
        text="""Hallo Aline

Danke für deine Bewerbung! Wir würden dich gerne in einem 45-minütigen Video-Call kennenlernen. Dabei sind unser CTO Jonas Widmer und ich.

Bitte wähle direkt einen Termin in Personio aus: https://trinova-diagnostics.jobs.personio.de/interview/8f3c1a

Liebe Grüsse
Fabienne
People & Culture | Trinova Diagnostics
Hohlstrasse 190, 8048 Zürich""",
    )
)
add(
    m(
        "21620",
        "2025-10-10 09:03",
        "Trinova Diagnostics GmbH <jobs@trinova-diagnostics.jobs.personio.de>",
        "Terminbestätigung: Kennenlernen Trinova am 15.10.2025",
        A("interview", TD, TDR, 8, "personio", "de"),
        text="""Hallo Aline,

dein Termin ist bestätigt:

Mittwoch, 15.10.2025, 09:30 - 10:15 Uhr
Ort: Google Meet (meet.google.com/kvb-qxne-tro)
Mit: Fabienne Huber, Jonas Widmer

Falls du den Termin verschieben musst, antworte bitte direkt auf diese E-Mail.

Dein Trinova People Team""",
        ics=invite(
            "personio-iv-55120@trinova-diagnostics.jobs.personio.de",
            "2025-10-15 09:30",
            "Kennenlernen Trinova - Aline Jungo",
            ("Fabienne Huber", "fabienne.huber@trinova-dx.ch"),
            minutes=45,
            location="https://meet.google.com/kvb-qxne-tro",
        ),
    )
)
add(
    m(
        "21780",
        "2025-10-21 16:40",
        "Fabienne Huber <fabienne.huber@trinova-dx.ch>",
        "Rückmeldung zu deiner Bewerbung",
        A("rejection", TD, TDR, 8, "direct", "de"),
        text="""Hallo Aline

Nochmals danke für das offene Gespräch letzte Woche - Jonas und ich haben den Austausch sehr geschätzt, und dein Verständnis von Qualitätssystemen ist beeindruckend.

Nach vielen Überlegungen haben wir uns entschieden, die Stelle mit einer Person zu besetzen, die bereits IVDR-Zulassungen für Medizinprodukte der Klasse C begleitet hat. Diese Erfahrung ist für unsere nächsten Monate leider entscheidend.

Wir wünschen dir alles Gute und würden uns freuen, wenn sich unsere Wege wieder kreuzen.

Liebe Grüsse
Fabienne""",
    )
)

# --- 9 and 17 Cellestra AG, Basel (Greenhouse), two roles ------------------------------------
add(
    m(
        "21440",
        "2025-10-04 13:27",
        "Cellestra <no-reply@eu.greenhouse-mail.io>",
        "Thank you for applying to Cellestra",
        A("confirmation", CE, CE1, 9, "greenhouse", "en"),
        html="""<html><body>
<p>Hi Aline,</p>
<p>Thanks for your interest in Cellestra! We have received your application for <strong>QA Manager Operations</strong> in Basel.</p>
<p>Our talent team reviews every application carefully. Unfortunately, due to the high number of applications, we are not always able to give individual feedback at this stage; if your experience matches what the team is looking for, we will be in touch within two weeks.</p>
<p>Best,<br>The Cellestra Talent Team</p>
<p style="color:#999;font-size:11px">Cellestra AG, Hochstrasse 12, 4053 Basel</p>
</body></html>""",
    )
)
add(
    m(
        "21655",
        "2025-10-13 10:02",
        "Cellestra <no-reply@eu.greenhouse-mail.io>",
        "Cellestra: Online assessment for QA Manager Operations",
        A("assessment", CE, CE1, 9, "greenhouse", "en"),
        text="""Hi Aline,

As a next step in the process for QA Manager Operations, we invite you to complete a short online assessment (work-style questionnaire and a situational judgement test, around 35 minutes).

Please complete it by Monday, 20 October 2025 using the link below:
https://app.greenhouse.io/tests/6b2f8e1c0da4

If you run into any technical issues, just reply to this email.

Best,
Priyanka Menon
Talent Acquisition, Cellestra""",
    )
)
add(
    m(
        "21810",
        "2025-10-22 12:45",
        "Priyanka Menon <priyanka.menon@cellestra.com>",
        "Cellestra | Interview scheduling - QA Manager Operations",
        A("interview", CE, CE1, 9, "direct", "en"),
        text="""Hi Aline,

Thanks for completing the assessment. The hiring manager, Stefan Gisler (Director QA Operations), would like to speak with you. I have sent a calendar invitation for Wednesday 29 October, 15:00-16:00 CET via Zoom.

Please let me know if the time does not work.

Best,
Priyanka

Priyanka Menon | Talent Acquisition Partner EMEA
Cellestra AG | Basel""",
        ics=invite(
            "gh-int-3310942@cellestra.com",
            "2025-10-29 15:00",
            "Aline Jungo <> Stefan Gisler | QA Manager Operations",
            ("Priyanka Menon", "priyanka.menon@cellestra.com"),
            location="https://cellestra.zoom.us/j/84410293311",
            attendees=[("Stefan Gisler", "stefan.gisler@cellestra.com")],
        ),
    )
)
add(
    m(
        "22021",
        "2025-11-06 09:18",
        "Cellestra <no-reply@eu.greenhouse-mail.io>",
        "Update on your application - Cellestra",
        A("rejection", CE, CE1, 9, "greenhouse", "en"),
        text="""Hi Aline,

Thank you again for the time you invested in the QA Manager Operations process, including the assessment and your conversation with Stefan. The team valued your thoughtful answers and your hands-on GMP background.

After careful consideration we have decided to move forward with candidates whose experience in people leadership more closely matches the needs of this role.

We encourage you to keep an eye on our careers page, and we wish you every success in your search.

Kind regards,
The Cellestra Talent Team""",
    )
)

# --- 10 Oberau Biotech AG, LinkedIn Easy Apply, viewed then ghosted --------------------------
add(
    m(
        "21090",
        "2025-09-15 20:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Aline, your application was sent to Oberau Biotech AG",
        A("confirmation", OB, OBR, 10, "linkedin", "en"),
        html="""<html><body>
<table><tr><td>
<p>Your application was sent to Oberau Biotech AG</p>
<p><b>QA Compliance Specialist</b><br>Oberau Biotech AG · Bern, Switzerland (Hybrid)</p>
<p>Applied on September 15, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4310098123/">View job</a></p>
<p>Now, stand out with a follow-up message to the hiring team.</p>
</td></tr></table>
<p style="font-size:11px">This email was intended for Aline Jungo (Pharmacist | Quality Assurance | GMP). LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</body></html>""",
    )
)
add(
    m(
        "21181",
        "2025-09-20 07:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Oberau Biotech AG",
        A("viewed", OB, OBR, 10, "linkedin", "en"),
        html="""<html><body>
<p>Aline, your application was viewed</p>
<p><b>QA Compliance Specialist</b> · Oberau Biotech AG · Bern</p>
<p>The hiring team at Oberau Biotech AG viewed your application. <a href="https://www.linkedin.com/jobs/view/4310098123/">See job</a></p>
<p style="font-size:11px">You are receiving job application update emails. Unsubscribe.</p>
</body></html>""",
    )
)

# --- 11 Pharmacie du Bourg Sàrl, Fribourg (Indeed) -------------------------------------------
add(
    m(
        "20961",
        "2025-09-05 12:09",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Pharmacien·ne responsable adjoint·e",
        A("confirmation", PB, PBR, 11, "indeed", "fr"),
        html="""<html><body>
<p>Indeed</p>
<h3>Candidature envoyée</h3>
<p><b>Pharmacien·ne responsable adjoint·e</b><br>Pharmacie du Bourg Sàrl - Fribourg</p>
<p>Les éléments suivants ont été envoyés à Pharmacie du Bourg Sàrl : votre CV Indeed, lettre de motivation.</p>
<p>Conseil : l'employeur peut vous contacter par e-mail ou par téléphone. Pensez à consulter régulièrement vos messages.</p>
<p style="font-size:11px">© 2025 Indeed - Ne pas répondre à cet e-mail.</p>
</body></html>""",
    )
)
add(
    m(
        "21050",
        "2025-09-11 18:50",
        "Bernard Chappuis <bernard.chappuis@bluewin.ch>",
        "Votre candidature Indeed - pharmacienne adjointe",
        A("interview", PB, PBR, 11, "direct", "fr"),
        text="""Bonsoir Madame Jungo,

J'ai bien reçu votre candidature via Indeed pour le poste d'adjointe à la Pharmacie du Bourg. Votre parcours m'intéresse.

Pourriez-vous passer à la pharmacie jeudi 18 septembre vers 13h30, pendant la pause de midi ? Nous pourrions discuter tranquillement du poste.

Bien à vous,
Bernard Chappuis
pharmacien responsable

Envoyé de mon iPhone""",
    )
)
add(
    m(
        "21290",
        "2025-09-29 19:03",
        "Bernard Chappuis <bernard.chappuis@bluewin.ch>",
        "Suite à notre rencontre",
        A("rejection", PB, PBR, 11, "direct", "fr"),
        text="""Bonsoir Madame Jungo,

Merci encore d'être passée à la pharmacie. J'ai vraiment apprécié notre discussion et votre professionnalisme.

J'ai toutefois finalement choisi une candidate qui peut s'engager à long terme en officine, car je sens bien que votre cœur penche vers l'industrie - ce que je comprends tout à fait !

Je vous souhaite beaucoup de succès et n'hésitez pas à passer nous dire bonjour.

Bernard Chappuis
Pharmacie du Bourg, Rue de Lausanne 45, Fribourg""",
    )
)

# --- 12 Limmat Pharma Services AG, Zürich (jobs.ch -> Refline) -------------------------------
add(
    m(
        "21470",
        "2025-10-05 20:14",
        "jobs.ch <noreply@jobs.ch>",
        "Deine Bewerbung wurde versendet",
        A("confirmation", LP, LPR, 12, "other", "de"),
        html="""<html><body>
<p>Hallo Aline</p>
<p>Deine Bewerbung für <b>Qualitätsfachperson GMP/GDP (80-100 %)</b> bei <b>Limmat Pharma Services AG</b> in Zürich wurde erfolgreich versendet.</p>
<p>Tipp: Bleib dran! Unter «Meine Bewerbungen» siehst du alle deine Bewerbungen auf einen Blick.</p>
<p>Viel Erfolg!<br>Dein jobs.ch Team</p>
</body></html>""",
    )
)
add(
    m(
        "21476",
        "2025-10-05 20:16",
        "Limmat Pharma Services AG <noreply@refline.ch>",
        "Bewerbung Qualitätsfachperson GMP/GDP - Eingangsbestätigung",
        A("confirmation", LP, LPR, 12, "other", "de"),
        text="""Sehr geehrte Frau Jungo

Vielen Dank für Ihre Bewerbung und Ihr Interesse an der Limmat Pharma Services AG. Ihre Unterlagen sind bei uns eingegangen.

Wir werden Ihr Dossier sorgfältig prüfen. Bitte haben Sie etwas Geduld - wir melden uns in jedem Fall bei Ihnen.

Freundliche Grüsse
HR Limmat Pharma Services AG
Hardturmstrasse 132, 8005 Zürich""",
    )
)
add(
    m(
        "21999",
        "2025-11-04 08:20",
        "HR LPS <hr@limmatpharma.ch>",
        "Ihre Bewerbung als Qualitätsfachperson GMP/GDP",
        A("rejection", LP, LPR, 12, "direct", "de"),
        text="""Sehr geehrte Frau Jungo

Wir danken Ihnen für Ihre Bewerbung und das damit verbundene Vertrauen. Ihr Dossier ist sehr ansprechend und hinterlässt einen guten Eindruck.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatur entschieden haben, deren Profil noch besser den Anforderungen im Bereich GDP / Grosshandel entspricht.

Für Ihre Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse
Corinne Meier
HR Limmat Pharma Services AG""",
    )
)

# --- 13 Gruyère Nutrition SA, Bulle (SuccessFactors) -----------------------------------------
add(
    m(
        "20915",
        "2025-09-02 09:40",
        "Gruyère Nutrition SA <noreply@successfactors.eu>",
        "Gruyère Nutrition - Votre candidature",
        A("confirmation", GN, GNR, 13, "other", "fr"),
        text="""Madame,

Nous avons bien reçu votre candidature pour le poste de Spécialiste Assurance Qualité Compléments alimentaires (ID 10928) et vous en remercions.

Si votre profil est retenu, nous prendrons contact avec vous dans les trois semaines. Dans le cas contraire, nous vous informerons par e-mail.

Avec nos meilleures salutations,
Département RH
Gruyère Nutrition SA, 1630 Bulle""",
    )
)
add(
    m(
        "21066",
        "2025-09-12 14:30",
        "Gruyère Nutrition SA <noreply@successfactors.eu>",
        "Invitation à un entretien - ID 10928",
        A("interview", GN, GNR, 13, "other", "fr"),
        text="""Madame Jungo,

Nous avons le plaisir de vous inviter à un entretien pour le poste de Spécialiste Assurance Qualité Compléments alimentaires.

Date : vendredi 19 septembre 2025, 9h00
Lieu : Gruyère Nutrition SA, Rue de l'Industrie 7, 1630 Bulle
Interlocuteurs : Mme Anne-Claude Pasquier (Responsable Qualité), M. Yann Overney (RH)

Merci de confirmer votre présence via votre profil candidat.

Département RH
Gruyère Nutrition SA""",
        ics=invite(
            "sf-int-10928-77@successfactors.eu",
            "2025-09-19 09:00",
            "Entretien - Spécialiste AQ Compléments alimentaires",
            ("Yann Overney", "yann.overney@gruyere-nutrition.ch"),
            style="outlook",
            location="Gruyère Nutrition SA, Rue de l'Industrie 7, 1630 Bulle",
        ),
    )
)
add(
    m(
        "21340",
        "2025-09-30 11:15",
        "Yann Overney <yann.overney@gruyere-nutrition.ch>",
        "Spécialiste AQ - retour",
        A("rejection", GN, GNR, 13, "direct", "fr"),
        text="""Madame Jungo,

Nous vous remercions pour votre venue à Bulle et pour l'intérêt marqué que vous avez témoigné pour notre entreprise. Mme Pasquier a été impressionnée par vos connaissances réglementaires.

Nous avons toutefois le regret de vous informer que nous avons retenu une autre candidature, disposant d'une expérience approfondie du secteur alimentaire (HACCP, IFS).

Nous vous souhaitons plein succès dans vos recherches.

Meilleures salutations,
Yann Overney
Ressources Humaines
Gruyère Nutrition SA""",
    )
)
