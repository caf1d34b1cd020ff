"""Fourth held-out corpus: application mail and other job mail in German, French, Spanish and
Portuguese.

Written by hand; see heldout4.py. Do not use for tuning.
"""

from __future__ import annotations

import hashlib
from email.utils import parseaddr
from typing import Any

from heldout3_util import m as _spec


def _mid(key: str, frm: str) -> str:
    """An opaque Message-ID (the spec key names the message's role and must not leak)."""
    domain = parseaddr(frm)[1].rsplit("@", 1)[-1] or "mail.invalid"
    digest = hashlib.sha1(("heldout4:" + key).encode()).hexdigest().upper()
    return f"<{digest[:14]}.{digest[14:26].lower()}@{domain}>"


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    tz: str = "+0200",
    **kw: Any,
) -> dict[str, Any]:
    kw.setdefault("mid", _mid(key, frm))
    spec: dict[str, Any] = _spec(key, date, frm, subject, t, text, html, tz, **kw)
    return spec


def reply(parent_key: str, parent_from: str) -> dict[str, str]:
    mid = _mid(parent_key, parent_from)
    return {"In-Reply-To": mid, "References": mid}


KES = ("Kessler Logistik", "Einkäufer (m/w/d)")
RADL = "Lena Huber <lena@radlgemuese.example>"

MAIL = [
    # --- 29 Kessler Logistik (Personio, Sie)
    m(
        "kes-ack",
        "2025-06-12 10:14",
        "Kessler Logistik GmbH <no-reply@personio.de>",
        "Ihre Bewerbung als Einkäufer (m/w/d)",
        ("confirmation", *KES, 29, "personio", "de"),
        text="""Sehr geehrte Frau Raman,

vielen Dank für Ihre Bewerbung als Einkäufer (m/w/d) an unserem Standort Duisburg
und das damit verbundene Interesse an der Kessler Logistik GmbH.

Wir werden Ihre Unterlagen sorgfältig prüfen und uns schnellstmöglich bei Ihnen
melden. Bitte haben Sie Verständnis, dass dies bis zu drei Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Personalteam der Kessler Logistik GmbH

Kessler Logistik GmbH · Hafenstraße 42 · 47119 Duisburg
Geschäftsführer: Dr. Matthias Kessler · HRB 20931 Amtsgericht Duisburg""",
    ),
    m(
        "kes-int",
        "2025-06-30 14:05",
        "Sabine Vogt <s.vogt@kessler-logistik.example>",
        "Einladung zum Vorstellungsgespräch - Einkäufer (m/w/d)",
        ("interview", *KES, 29, "direct", "de"),
        text="""Sehr geehrte Frau Raman,

Ihre Bewerbung hat uns überzeugt, und wir möchten Sie gerne persönlich
kennenlernen. Wir laden Sie herzlich zu einem Gespräch per Microsoft Teams ein:

Termin: Dienstag, 8. Juli 2025, 10:30 Uhr
Gesprächspartner: Herr Thomas Brandl (Leitung Einkauf), Frau Sabine Vogt (HR)
Dauer: ca. 60 Minuten

Die Einladung zum Termin erhalten Sie separat. Bitte bestätigen Sie uns den
Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Vogt
Personalreferentin
Kessler Logistik GmbH""",
    ),
    m(
        "kes-rej",
        "2025-07-18 11:41",
        "Sabine Vogt <s.vogt@kessler-logistik.example>",
        "Ihre Bewerbung bei der Kessler Logistik GmbH",
        ("rejection", *KES, 29, "direct", "de"),
        text="""Sehr geehrte Frau Raman,

nochmals vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem
Unternehmen. Ihre Erfahrung im strategischen Einkauf hat uns sehr gut gefallen.

Nach reiflicher Überlegung haben wir uns jedoch für eine Kandidatin entschieden,
deren Profil noch etwas besser zu den Anforderungen der Position passt,
insbesondere was die verhandlungssicheren Deutschkenntnisse betrifft.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen
Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Sabine Vogt""",
    ),
    # --- 30 Brandt Maschinenbau (softgarden)
    m(
        "bra-ack",
        "2025-07-04 09:22",
        "Brandt Maschinenbau <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung",
        (
            "confirmation",
            "Brandt Maschinenbau",
            "Procurement Specialist (m/w/d)",
            30,
            "other",
            "de",
        ),
        html="""<p>Guten Tag Frau Raman,</p><p>herzlichen Dank für Ihre Online-Bewerbung auf die
Stelle
<b>Procurement Specialist (m/w/d)</b> bei der Brandt Maschinenbau AG in Bielefeld. Ihre Unterlagen
sind vollständig bei uns eingegangen.</p><p>Wir melden uns zeitnah bei Ihnen.</p><p>Freundliche
Grüße<br>Ihr Recruiting-Team der Brandt Maschinenbau AG</p>""",
    ),
    m(
        "bra-rej",
        "2025-08-01 13:10",
        "Brandt Maschinenbau <noreply@softgarden.io>",
        "Ihre Bewerbung",
        ("rejection", "Brandt Maschinenbau", "Procurement Specialist (m/w/d)", 30, "other", "de"),
        html="""<p>Guten Tag Frau Raman,</p><p>vielen Dank für Ihre Geduld. Wir haben uns Ihre
Bewerbung mit großem Interesse angesehen. Leider müssen wir Ihnen heute mitteilen, dass wir Sie im
weiteren Auswahlverfahren nicht berücksichtigen können.</p><p>Diese Entscheidung ist keine Wertung
Ihrer Qualifikation. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.</p>
<p>Freundliche Grüße<br>Brandt Maschinenbau AG</p>""",
    ),
    # --- 31 Heller & Söhne (StepStone) ghosted
    m(
        "hel-ss",
        "2025-07-10 20:33",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        ("confirmation", "Heller & Söhne", "Supply Chain Analyst (m/w/d)", 31, "other", "de"),
        html="""<div style="font-family:Arial"><p>Hallo Priya Raman,</p><p>Ihre Bewerbung ist
unterwegs!</p>
<table style="border:1px solid #ccc"><tr><td><b>Supply Chain Analyst (m/w/d)</b><br>Heller &amp;
Söhne
GmbH &amp; Co. KG · Hamburg</td></tr></table><p>Tipp: Bereiten Sie sich schon jetzt auf das
Vorstellungsgespräch vor - mit unseren Ratgeber-Artikeln.</p><p>Ihr StepStone Team</p></div>""",
    ),
    # --- 32 Radl Gemüse (Personio, du) on hold
    m(
        "radl-ack",
        "2025-08-07 12:02",
        "Radl Gemüse <no-reply@personio.de>",
        "Danke für deine Bewerbung, Priya!",
        ("confirmation", "Radl Gemüse", "Operations Lead", 32, "personio", "de"),
        text="""Hey Priya,

danke für deine Bewerbung als Operations Lead bei Radl Gemüse! 🥦

Wir schauen uns jede Bewerbung persönlich an und melden uns innerhalb von zwei
Wochen bei dir. Bis dahin: schau gern mal auf unserem Blog vorbei.

Liebe Grüße
Lena & das Radl-Team""",
    ),
    m(
        "radl-int",
        "2025-08-13 17:40",
        RADL,
        "Kennenlernen? Operations Lead",
        ("interview", "Radl Gemüse", "Operations Lead", 32, "direct", "de"),
        text="""Hi Priya,

wir würden dich total gern kennenlernen! Hast du Lust auf einen ersten Call mit
mir und unserem Gründer Felix? Wie wär's mit Montag, 18.8., um 16 Uhr? Google-Meet-
Link kommt per Kalendereinladung.

Falls es nicht passt, schick mir einfach zwei, drei Alternativen.

Bis bald
Lena
People & Culture, Radl Gemüse GmbH""",
    ),
    m(
        "radl-hold",
        "2025-09-01 10:15",
        RADL,
        "Re: Kennenlernen? Operations Lead",
        ("confirmation", "Radl Gemüse", "Operations Lead", 32, "direct", "de"),
        st="on_hold",
        text="""Hi Priya,

ich wollte dir ein ehrliches Update geben: Unsere Finanzierungsrunde hat sich
verschoben, und wir haben deshalb beschlossen, die Stelle als Operations Lead
erstmal auf Eis zu legen. Wir wissen noch nicht, ob das vier Wochen oder drei
Monate dauert.

Deine Bewerbung bleibt bei uns im System, und ich melde mich, sobald wir wieder
loslegen können. Sorry für die Warterei!

Liebe Grüße
Lena

Am Mi., 13. Aug. 2025 um 17:40 Uhr schrieb Lena Huber <lena@radlgemuese.example>:
> Hi Priya,
>
> wir würden dich total gern kennenlernen!""",
        headers=reply("radl-int", RADL),
    ),
    # --- 33 Rheinwerk Chemie (SuccessFactors) position filled
    m(
        "rw-ack",
        "2025-08-19 08:32",
        "Rheinwerk Chemie Recruiting <RheinwerkChemie@successfactors.eu>",
        "Bestätigung: Financial Controller (m/w/d) - Job-ID 7721",
        ("confirmation", "Rheinwerk Chemie", "Financial Controller (m/w/d)", 33, "other", "de"),
        text="""Sehr geehrte Frau Raman,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Financial Controller
(m/w/d), Job-ID 7721, Standort Leverkusen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal
einsehen.

Mit freundlichen Grüßen
Rheinwerk Chemie AG - Talent Acquisition

Diese E-Mail wurde automatisch generiert.""",
    ),
    m(
        "rw-filled",
        "2025-09-26 15:02",
        "Rheinwerk Chemie Recruiting <RheinwerkChemie@successfactors.eu>",
        "Information zu Ihrer Bewerbung (Job-ID 7721)",
        ("rejection", "Rheinwerk Chemie", "Financial Controller (m/w/d)", 33, "other", "de"),
        text="""Sehr geehrte Frau Raman,

wir möchten Sie darüber informieren, dass die Position Financial Controller
(m/w/d) inzwischen besetzt wurde. Ihre Bewerbung kann daher leider nicht weiter
berücksichtigt werden.

Wir danken Ihnen für Ihr Interesse an der Rheinwerk Chemie AG.

Mit freundlichen Grüßen
Talent Acquisition""",
    ),
    # --- 34 Pixelhaus Versand (Recruitee, du)
    m(
        "pix-ack",
        "2025-10-14 11:11",
        "Pixelhaus Versand <notifications@recruitee.com>",
        "Deine Bewerbung bei Pixelhaus",
        (
            "confirmation",
            "Pixelhaus Versand",
            "Teamlead Kreditorenbuchhaltung",
            34,
            "recruitee",
            "de",
        ),
        html="""<p>Hallo Priya,</p><p>super, dass du dich als <b>Teamlead Kreditorenbuchhaltung
(Accounts
Payable Lead)</b> beworben hast! Wir haben deine Unterlagen bekommen und melden uns
bald.</p><p>Viele
Grüße aus Leipzig<br>Dein Pixelhaus-Team</p>""",
    ),
    m(
        "pix-rej",
        "2025-11-06 16:40",
        "Pixelhaus Versand <notifications@recruitee.com>",
        "Rückmeldung zu deiner Bewerbung",
        ("rejection", "Pixelhaus Versand", "Teamlead Kreditorenbuchhaltung", 34, "recruitee", "de"),
        tz="+0100",
        html="""<p>Hallo Priya,</p><p>danke dir für deine Geduld! Dein Profil hat uns echt gut
gefallen - vor allem deine Erfahrung mit SAP und der Automatisierung von Rechnungsfreigaben.</p>
<p>Trotzdem haben wir uns entschieden, mit jemandem weiterzumachen, der fließend Deutsch spricht
und vor Ort in Leipzig arbeiten kann. Wir hoffen, du verstehst das.</p><p>Alles Gute für dich!<br>
Jana vom Pixelhaus-Team</p>""",
    ),
    # --- 35 Maison Delorme (Welcome to the Jungle)
    m(
        "del-wttj",
        "2025-06-22 18:30",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée à Maison Delorme",
        ("confirmation", "Maison Delorme", "Responsable Logistique", 35, "other", "fr"),
        html="""<div style="font-family:Helvetica"><p>Bonjour Priya,</p><p>Bonne nouvelle : votre
candidature pour le poste de <b>Responsable Logistique</b> chez <b>Maison Delorme</b> (Lyon) a bien
été
transmise.</p><p>Vous pouvez suivre son avancement depuis votre espace candidat.</p><p>L'équipe
Welcome to the Jungle</p></div>""",
    ),
    m(
        "del-int",
        "2025-07-02 09:48",
        "Claire Fontaine <claire.fontaine@maisondelorme.example>",
        "Candidature Responsable Logistique - proposition d'entretien",
        ("interview", "Maison Delorme", "Responsable Logistique", 35, "direct", "fr"),
        text="""Bonjour Priya,

Merci pour votre candidature au poste de Responsable Logistique. Votre parcours
nous intéresse beaucoup et nous aimerions échanger avec vous lors d'un premier
entretien en visio (45 min) avec Antoine Mercier, notre Directeur des Opérations.

Seriez-vous disponible jeudi 10 juillet à 11h ou vendredi 11 juillet à 14h ?

Bien cordialement,
Claire Fontaine
Chargée de recrutement
Maison Delorme - Arts de la table depuis 1921""",
    ),
    m(
        "del-rej",
        "2025-07-24 10:05",
        "Claire Fontaine <claire.fontaine@maisondelorme.example>",
        "Votre candidature chez Maison Delorme",
        ("rejection", "Maison Delorme", "Responsable Logistique", 35, "direct", "fr"),
        text="""Bonjour Priya,

Je tenais à vous remercier pour le temps que vous nous avez consacré lors de votre
entretien avec Antoine. Vos connaissances en pilotage de prestataires logistiques
ont été très appréciées.

Malheureusement, nous avons décidé de poursuivre le processus avec un autre profil,
davantage familier du contexte français de la distribution. Nous ne donnerons donc
pas suite à votre candidature.

Nous vous souhaitons une belle réussite dans vos projets.

Bien à vous,
Claire Fontaine""",
    ),
    # --- 36 Groupe Vérac (Taleo + SHL)
    m(
        "ver-ack",
        "2025-08-28 01:12",
        "Groupe Vérac <verac@taleo.net>",
        "Accusé de réception de votre candidature - Acheteur Senior H/F",
        ("confirmation", "Groupe Vérac", "Acheteur Senior H/F", 36, "taleo", "fr"),
        text="""Madame,

Nous accusons réception de votre candidature au poste d'Acheteur Senior H/F
(référence 25000871) basé à Lille et vous remercions de l'intérêt que vous
portez au Groupe Vérac.

Votre dossier est en cours d'étude. Nous reviendrons vers vous dans les
meilleurs délais.

Cordialement,
La Direction des Ressources Humaines - Groupe Vérac

Merci de ne pas répondre à ce message automatique.""",
    ),
    m(
        "ver-shl",
        "2025-09-03 10:00",
        "SHL <noreply@shl.com>",
        "Groupe Vérac : invitation à passer des tests en ligne",
        ("assessment", "Groupe Vérac", "Acheteur Senior H/F", 36, "other", "fr"),
        text="""Bonjour Priya Raman,

Dans le cadre de votre candidature au poste d'Acheteur Senior H/F au sein du
Groupe Vérac, nous vous invitons à réaliser les évaluations suivantes :

  - Raisonnement numérique (Verify G+)
  - Questionnaire de personnalité OPQ32

Date limite : 10 septembre 2025
Lien : https://candidate.shl.com/login?token=verac-4481

Bonne chance !
SHL pour le compte du Groupe Vérac""",
    ),
    m(
        "ver-rej",
        "2025-09-19 14:30",
        "Groupe Vérac <verac@taleo.net>",
        "Suite donnée à votre candidature",
        ("rejection", "Groupe Vérac", "Acheteur Senior H/F", 36, "taleo", "fr"),
        text="""Madame,

Nous vous remercions d'avoir réalisé nos tests en ligne. Après examen attentif de
votre dossier, nous sommes au regret de vous informer que nous ne pouvons donner
une suite favorable à votre candidature au poste d'Acheteur Senior H/F.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines""",
    ),
    # --- 37 Lumio Énergie (Teamtailor, offer)
    m(
        "lum-fr-ack",
        "2025-10-01 16:22",
        "Lumio Énergie <no-reply@teamtailor.com>",
        "Merci pour votre candidature !",
        ("confirmation", "Lumio Énergie", "Contrôleur de gestion", 37, "teamtailor", "fr"),
        html="""<p>Bonjour Priya,</p><p>Merci d'avoir postulé au poste de <b>Contrôleur de gestion
H/F</b> chez Lumio Énergie (Paris ou remote partiel). Nous avons bien reçu votre candidature et
reviendrons vers vous très vite.</p><p>À bientôt,<br>La team Lumio ⚡</p>""",
    ),
    m(
        "lum-fr-int",
        "2025-10-10 11:30",
        "Julien Roche <julien.roche@lumio-energie.example>",
        "Entretien - Contrôleur de gestion",
        ("interview", "Lumio Énergie", "Contrôleur de gestion", 37, "direct", "fr"),
        text="""Bonjour Priya,

Suite à notre échange téléphonique, je vous confirme votre entretien avec notre
DAF, Mme Nathalie Perrin, le vendredi 17 octobre à 15h (visio, lien dans
l'invitation). Il portera notamment sur la construction du budget et le reporting
mensuel. Vous pouvez le passer en anglais si vous préférez.

Belle journée,
Julien Roche
Talent Acquisition - Lumio Énergie""",
        ics={
            "uid": "lumio-int-1017@lumio-energie.example",
            "summary": "Entretien Priya Raman / Nathalie Perrin - Contrôleur de gestion",
            "start": "2025-10-17 15:00:00 +0200",
            "minutes": 60,
            "organizer": ("Julien Roche", "julien.roche@lumio-energie.example"),
            "attendees": [("Nathalie Perrin", "nathalie.perrin@lumio-energie.example")],
            "location": "Google Meet",
        },
    ),
    m(
        "lum-fr-offer",
        "2025-10-30 18:10",
        "Julien Roche <julien.roche@lumio-energie.example>",
        "Proposition d'embauche - Contrôleur de gestion",
        ("offer", "Lumio Énergie", "Contrôleur de gestion", 37, "direct", "fr"),
        tz="+0100",
        text="""Bonjour Priya,

J'ai le plaisir de vous faire part de la décision de Nathalie : nous souhaitons
vous proposer le poste de Contrôleur de gestion en CDI, statut cadre, pour une
rémunération brute annuelle de 58 000 EUR, avec deux jours de télétravail par
semaine et une prise de poste souhaitée au 5 janvier 2026.

Vous trouverez la promesse d'embauche en pièce jointe. Nous restons à votre
disposition pour en discuter.

Bien cordialement,
Julien""",
        attach=[
            (
                "Promesse_embauche_Raman.txt",
                "text/plain",
                "Promesse d'embauche - Contrôleur de gestion\n",
            )
        ],
    ),
    # --- 38 Grupo Almendra (InfoJobs)
    m(
        "alm-ij",
        "2025-06-16 12:40",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Analista de Operaciones",
        ("confirmation", "Grupo Almendra", "Analista de Operaciones", 38, "other", "es"),
        html="""<div style="font-family:Arial"><p>Hola Priya,</p><p>Tu inscripción en la oferta
<b>Analista de Operaciones</b> de <b>Grupo Almendra</b> (Valencia) se ha realizado
correctamente.</p>
<p>Te avisaremos cuando la empresa revise tu CV.</p><p>El equipo de InfoJobs</p></div>""",
    ),
    m(
        "alm-viewed",
        "2025-06-19 09:14",
        "InfoJobs <noreply@infojobs.net>",
        "Grupo Almendra ha leído tu CV",
        ("viewed", "Grupo Almendra", "Analista de Operaciones", 38, "other", "es"),
        html="""<div style="font-family:Arial"><p>Hola Priya,</p><p>¡Buenas noticias! La empresa
<b>Grupo Almendra</b> ha leído tu CV para la oferta <b>Analista de Operaciones</b>.</p><p>Estado:
CV leído</p></div>""",
    ),
    m(
        "alm-rej",
        "2025-07-02 17:20",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura en Grupo Almendra",
        ("rejection", "Grupo Almendra", "Analista de Operaciones", 38, "other", "es"),
        html="""<div style="font-family:Arial"><p>Hola Priya,</p><p>La empresa <b>Grupo
Almendra</b> ha
actualizado el estado de tu candidatura a la oferta <b>Analista de Operaciones</b>:
<b>Descartado</b>.</p>
<p>No te desanimes: hay más de 300 ofertas parecidas esperándote.</p></div>""",
    ),
    # --- 39 Transportes Berrocal (Workday ES)
    m(
        "ber-ack",
        "2025-09-08 10:05",
        "Transportes Berrocal <berrocal@myworkday.com>",
        "Hemos recibido tu candidatura",
        ("confirmation", "Transportes Berrocal", "Responsable de Compras", 39, "workday", "es"),
        html="""<p>Hola Priya:</p><p>Gracias por tu interés en Transportes Berrocal. Hemos recibido
tu
candidatura para la posición <b>Responsable de Compras</b> (Madrid - Coslada).</p><p>Nuestro equipo
de Talento revisará tu perfil y se pondrá en contacto contigo si encaja con lo que buscamos.</p>
<p>Un saludo,<br>Equipo de Talento</p>""",
    ),
    m(
        "ber-int",
        "2025-09-18 13:25",
        "Marta Ibáñez <mibanez@transportesberrocal.example>",
        "Entrevista - Responsable de Compras",
        ("interview", "Transportes Berrocal", "Responsable de Compras", 39, "direct", "es"),
        text="""Hola Priya,

Me pongo en contacto contigo en relación con tu candidatura para Responsable de
Compras. Nos gustaría conocerte en una entrevista por videollamada con Javier
Montes, Director de Operaciones, el martes 23 de septiembre a las 12:00 (hora
peninsular).

¿Te vendría bien? Si no, dime qué otros huecos tienes esa semana.

Un saludo,
Marta Ibáñez
Técnica de Selección | Transportes Berrocal S.A.""",
    ),
    m(
        "ber-rej",
        "2025-10-07 11:45",
        "Marta Ibáñez <mibanez@transportesberrocal.example>",
        "RE: Entrevista - Responsable de Compras",
        ("rejection", "Transportes Berrocal", "Responsable de Compras", 39, "direct", "es"),
        text="""Hola Priya,

Ante todo, gracias por tu tiempo y por la buena conversación con Javier; le
gustó mucho tu enfoque en la negociación con proveedores de combustible.

Lamentablemente, hemos decidido continuar el proceso con otra persona cuyo perfil
se ajusta más a las necesidades actuales, sobre todo por la residencia en Madrid
desde el primer día.

Te deseo mucha suerte en tu búsqueda.

Un abrazo,
Marta

De: Marta Ibáñez
Enviado el: jueves, 18 de septiembre de 2025 13:25
Para: Priya Raman
Asunto: Entrevista - Responsable de Compras""",
        headers=reply("ber-int", "Marta Ibáñez <mibanez@transportesberrocal.example>"),
    ),
    # --- 40 Cítrica (Lever, Calendly)
    m(
        "cit-ack",
        "2025-09-22 19:40",
        "Cítrica <no-reply@hire.lever.co>",
        "Gracias por tu candidatura en Cítrica",
        ("confirmation", "Cítrica", "Analista de Supply Chain", 40, "lever", "es"),
        text="""Hola Priya,

¡Gracias por tu interés en Cítrica! Hemos recibido tu candidatura para Analista de
Supply Chain (Barcelona / híbrido). La revisaremos con calma y te contaremos algo
pronto.

Equipo de People, Cítrica""",
    ),
    m(
        "cit-int",
        "2025-09-30 12:00",
        "Calendly <notifications@calendly.com>",
        "Nuevo evento: Priya Raman - 10:30 jue 2 oct 2025 - Cítrica · Entrevista Supply Chain",
        ("interview", "Cítrica", "Analista de Supply Chain", 40, "other", "es"),
        html="""<p>Hola Priya Raman:</p><p>Se ha programado un nuevo evento.</p><p><b>Tipo de
evento:</b>
Cítrica · Entrevista Supply Chain (45 min)<br><b>Fecha/hora:</b> 10:30 - jueves, 2 de octubre de
2025
(hora de Europa central)<br><b>Ubicación:</b> Google Meet</p><p>Anfitriona: Núria Puig</p>""",
        ics={
            "uid": "calendly-cit-7781@calendly.com",
            "summary": "Cítrica · Entrevista Supply Chain",
            "start": "2025-10-02 10:30:00 +0200",
            "minutes": 45,
            "organizer": ("Núria Puig", "nuria@citrica.example"),
            "location": "Google Meet",
        },
    ),
    m(
        "cit-rej",
        "2025-10-14 09:05",
        "Núria Puig <nuria@citrica.example>",
        "Tu candidatura en Cítrica",
        ("rejection", "Cítrica", "Analista de Supply Chain", 40, "direct", "es"),
        text="""Hola Priya,

Muchas gracias por la entrevista del otro día, fue un placer charlar contigo y
nos encantó tu experiencia con S&OP.

Después de pensarlo mucho, hemos decidido no seguir adelante con tu candidatura
en esta ocasión: buscamos a alguien con más experiencia en producto fresco y
campañas de temporada.

¡Mucha suerte y ojalá coincidamos en el futuro!

Núria
People & Talent · Cítrica""",
    ),
    # --- 41 Grupo Ipê (Vagas)
    m(
        "ipe-vagas",
        "2025-07-08 14:20",
        "VAGAS.com.br <naoresponda@vagas.com.br>",
        "Candidatura realizada: Coordenadora de Compras",
        ("confirmation", "Grupo Ipê", "Coordenadora de Compras", 41, "other", "pt"),
        tz="-0300",
        html="""<div style="font-family:Arial"><p>Olá, Priya!</p><p>Sua candidatura para a vaga
<b>Coordenador(a) de Compras</b> na empresa <b>Grupo Ipê</b> (São Paulo - SP) foi realizada com
sucesso.</p><p>Acompanhe o andamento do processo seletivo na área "Minhas candidaturas".</p><p>Boa
sorte!<br>Equipe VAGAS</p></div>""",
    ),
    m(
        "ipe-rej",
        "2025-08-04 10:12",
        "Recrutamento Grupo Ipê <recrutamento@grupoipe.com.br>",
        "Retorno sobre o processo seletivo",
        ("rejection", "Grupo Ipê", "Coordenadora de Compras", 41, "direct", "pt"),
        tz="-0300",
        text="""Olá, Priya, tudo bem?

Agradecemos muito o seu interesse em fazer parte do Grupo Ipê e o tempo dedicado
ao nosso processo seletivo para Coordenadora de Compras. Seu perfil chamou nossa
atenção pela experiência internacional.

No entanto, neste momento optamos por seguir com candidatos que já residem no
Brasil e têm vivência com fornecedores locais. Seu currículo ficará em nosso
banco de talentos para futuras oportunidades.

Um abraço,
Equipe de Atração e Seleção
Grupo Ipê""",
    ),
    # --- 42 Logística Tropeiro (Catho) ghosted
    m(
        "tro-catho",
        "2025-07-12 21:05",
        "Catho <noreply@catho.com.br>",
        "Currículo enviado para Logística Tropeiro",
        ("confirmation", "Logística Tropeiro", "Analista de Supply Chain", 42, "other", "pt"),
        tz="-0300",
        html="""<div style="font-family:Arial"><p>Oi Priya,</p><p>Seu currículo foi enviado para a
vaga
<b>Analista de Supply Chain Pleno</b> da empresa <b>Logística Tropeiro</b> em Campinas -
SP.</p><p>Dica
Catho: empresas respondem mais rápido quando o seu perfil está 100% completo.</p></div>""",
    ),
    # --- 43 Sardinha Azul Conservas (iCIMS, Portugal)
    m(
        "sar-ack",
        "2025-10-16 15:35",
        "Sardinha Azul Recrutamento <sardinhaazul@icims.com>",
        "Candidatura recebida - Técnica de Procurement",
        ("confirmation", "Sardinha Azul Conservas", "Técnica de Procurement", 43, "icims", "pt"),
        tz="+0100",
        html="""<p>Cara Priya Raman,</p><p>Agradecemos a sua candidatura à função de <b>Técnico/a de
Procurement</b> (Matosinhos). A sua candidatura foi recebida com sucesso e será analisada pela
nossa equipa.</p><p>Com os melhores cumprimentos,<br>Recursos Humanos - Sardinha Azul
Conservas</p>""",
    ),
    m(
        "sar-int",
        "2025-10-27 11:00",
        "Inês Carvalho <ines.carvalho@sardinhaazul.example>",
        "Entrevista - Técnica de Procurement",
        ("interview", "Sardinha Azul Conservas", "Técnica de Procurement", 43, "direct", "pt"),
        tz="+0000",
        text="""Olá Priya,

Gostaríamos de a convidar para uma entrevista por Teams na próxima segunda-feira,
3 de novembro, às 10h00 (hora de Lisboa), com o Eng. Rui Tavares, Diretor de
Compras. A entrevista pode ser feita em inglês.

Agradeço que confirme a sua disponibilidade.

Cumprimentos,
Inês Carvalho
Recursos Humanos""",
    ),
    m(
        "sar-rej",
        "2025-11-18 16:20",
        "Inês Carvalho <ines.carvalho@sardinhaazul.example>",
        "Re: Entrevista - Técnica de Procurement",
        ("rejection", "Sardinha Azul Conservas", "Técnica de Procurement", 43, "direct", "pt"),
        tz="+0000",
        text="""Olá Priya,

Obrigada mais uma vez pela conversa com o Eng. Rui - ficou muito bem impressionado
com a sua experiência em negociação com fornecedores de embalagem.

Lamentamos informar que decidimos avançar com outra candidata, com presença em
Matosinhos, pelo que não iremos prosseguir com a sua candidatura.

Desejamos-lhe as maiores felicidades.

Inês""",
        headers=reply("sar-int", "Inês Carvalho <ines.carvalho@sardinhaazul.example>"),
    ),
    # --- 44 Cervejaria Serra Alta (SmartRecruiters, BR)
    m(
        "ser-ack",
        "2025-08-22 09:50",
        "Cervejaria Serra Alta <noreply@smartrecruiters.com>",
        "Obrigado por se candidatar à Cervejaria Serra Alta",
        (
            "confirmation",
            "Cervejaria Serra Alta",
            "Analista Financeira",
            44,
            "smartrecruiters",
            "pt",
        ),
        tz="-0300",
        html="""<p>Olá Priya,</p><p>Recebemos sua candidatura para <b>Analista Financeiro(a) Sênior
-
Remoto</b>. Nosso time de Gente vai analisar seu perfil e retornamos em breve.</p><p>Saúde! 🍺<br>
Time de Gente - Cervejaria Serra Alta</p>""",
    ),
    m(
        "ser-int",
        "2025-09-01 15:10",
        "Camila Duarte <camila.duarte@serraalta.com.br>",
        "Interview invite - Analista Financeira (Serra Alta)",
        ("interview", "Cervejaria Serra Alta", "Analista Financeira", 44, "direct", "pt"),
        tz="-0300",
        text="""Oi Priya, tudo certo?

Adoramos seu perfil! Queremos te convidar para uma conversa com o nosso gerente
de controladoria, Rafael Nogueira, na quinta-feira (4/9) às 9h no horário de
Brasília (14h em Amsterdã). Vai ser pelo Google Meet, te mando o convite.

Pode ser em inglês, sem problema.

Abraços,
Camila Duarte
Talent Acquisition | Cervejaria Serra Alta""",
    ),
    m(
        "ser-rej",
        "2025-09-17 18:45",
        "Cervejaria Serra Alta <noreply@smartrecruiters.com>",
        "Atualização sobre sua candidatura",
        ("rejection", "Cervejaria Serra Alta", "Analista Financeira", 44, "smartrecruiters", "pt"),
        tz="-0300",
        html="""<p>Olá Priya,</p><p>Muito obrigado pelo tempo dedicado ao nosso processo. Foi muito
bom te conhecer! Depois de muita reflexão, decidimos seguir com outro perfil para a vaga de
Analista Financeira neste momento.</p><p>Vamos manter seu currículo no nosso banco de talentos.</p>
<p>Um abraço,<br>Time de Gente</p>""",
    ),
    # --- 45 Paquetería Veloz (Ashby, ES) withdrawn
    m(
        "paq-ack",
        "2025-11-04 10:20",
        "Paquetería Veloz <no-reply@ashbyhq.com>",
        "Hemos recibido tu solicitud - Jefa de Almacén",
        ("confirmation", "Paquetería Veloz", "Jefa de Almacén", 45, "ashby", "es"),
        tz="+0100",
        html="""<p>Hola Priya,</p><p>Gracias por postularte como <b>Jefe/a de Almacén</b> en
nuestro hub
de Zaragoza. Revisaremos tu perfil en los próximos días.</p><p>Equipo de Talento · Paquetería
Veloz</p>""",
    ),
    m(
        "paq-wd",
        "2025-11-21 12:30",
        "Alba Serrano <alba.serrano@paqueteriaveloz.example>",
        "Re: Retirar mi candidatura",
        ("confirmation", "Paquetería Veloz", "Jefa de Almacén", 45, "direct", "es"),
        tz="+0100",
        st="withdrawn",
        text="""Hola Priya,

Entendido, y enhorabuena por tu nuevo trabajo. He retirado tu candidatura del
proceso de Jefa de Almacén.

Un saludo y mucha suerte en Rotterdam,
Alba Serrano
Talento | Paquetería Veloz

El mar., 18 nov 2025 a las 21:10, Priya Raman (<priya.raman@grachtpost.nl>) escribió:
> Hola Alba, te escribo para retirar mi candidatura ya que he aceptado otra oferta.""",
    ),
]

# --- job mail that belongs to no application -------------------------------------------------
MAIL += [
    m(
        "ss-alert",
        "2025-07-26 07:00",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '5 neue Jobs für "Einkäufer" in Nordrhein-Westfalen',
        ("alert", None, None, None, "other", "de"),
        html="""<div style="font-family:Arial"><p>Hallo Priya Raman,</p><p>Ihr Jobagent hat 5 neue
Stellenangebote für Sie gefunden:</p><ul><li>Strategischer Einkäufer (m/w/d) - Dörrenberg Armaturen,
Essen</li><li>Einkäufer Rohstoffe (m/w/d) - Kessler Logistik, Duisburg</li><li>Junior Buyer (m/w/d)
-
Wupper Textil, Wuppertal</li></ul><p>Jetzt bewerben!</p></div>""",
    ),
    m(
        "xing-tc",
        "2025-07-04 09:21",
        "Brandt Maschinenbau <noreply@softgarden.io>",
        "Willkommen im Talentpool der Brandt Maschinenbau AG",
        ("alert", "Brandt Maschinenbau", None, None, "other", "de"),
        html="""<p>Guten Tag Frau Raman,</p><p>schön, dass Sie unserem Talentpool beigetreten sind.
Wir
informieren Sie künftig über passende Stellenangebote und Karriere-Events.</p>""",
    ),
    m(
        "radl-reminder",
        "2025-08-06 18:00",
        "Radl Gemüse <no-reply@personio.de>",
        "Du hast deine Bewerbung noch nicht abgeschickt",
        ("alert", "Radl Gemüse", "Operations Lead", None, "personio", "de"),
        text="""Hey Priya,

du hast angefangen, dich als Operations Lead zu bewerben, aber noch nicht auf
"Absenden" geklickt. Deine Angaben sind gespeichert - mach einfach da weiter, wo
du aufgehört hast.

Dein Radl-Team""",
    ),
    m(
        "wttj-alert",
        "2025-09-12 08:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ces entreprises recrutent : Supply Chain, Achats et plus",
        ("alert", None, None, None, "other", "fr"),
        html="""<div><h2>Votre sélection de la semaine</h2><p>Acheteur·se Projet - Lumio Énergie -
Paris</p>
<p>Responsable Supply Chain - Maison Pivoine - Bordeaux</p><p>+ nos conseils : comment réussir votre
entretien en visio</p><p><a
href="https://www.welcometothejungle.com/fr/jobs">Postuler</a></p></div>""",
    ),
    m(
        "ij-alert",
        "2025-10-21 09:00",
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Compras en Madrid",
        ("alert", None, None, None, "other", "es"),
        html="""<p>Hola Priya, tenemos nuevas ofertas para tu alerta
<b>compras</b>:</p><ul><li>Comprador/a
Senior - Grupo Lince - Getafe</li><li>Técnico/a de Aprovisionamiento - Alimentos Serrano -
Alcobendas</li></ul><p>¡Inscríbete ya!</p>""",
    ),
    m(
        "catho-alert",
        "2025-08-30 08:30",
        "Catho <vagas@catho.com.br>",
        "Vagas de Compras que combinam com você",
        ("alert", None, None, None, "other", "pt"),
        tz="-0300",
        html="""<p>Priya, separamos 9 vagas para você:</p><ul><li>Comprador(a) Pleno - Grupo Ipê -
São
Paulo</li><li>Analista de Suprimentos - Tropeiro - Campinas</li></ul><p>Candidate-se agora!</p>""",
    ),
    m(
        "lumio-news",
        "2025-11-25 10:00",
        "Lumio Énergie <talents@lumio-energie.example>",
        "La newsletter talents de Lumio : nos équipes, nos projets, nos offres",
        ("alert", "Lumio Énergie", None, None, "direct", "fr"),
        tz="+0100",
        html="""<div><h1>Lumio · Talents</h1><p>Ce mois-ci : 3 nouvelles centrales solaires en
Occitanie,
portrait de notre équipe Achats, et 12 postes ouverts.</p><p>Vous recevez cet e-mail car vous avez
postulé chez Lumio. Se désabonner.</p></div>""",
    ),
    m(
        "agency-es-out",
        "2025-10-09 10:45",
        "Rocío Navas <rocio.navas@talentiaselect.example>",
        "Oportunidad: Controller Financiero para multinacional logística",
        ("outreach", None, "Controller Financiero", None, "agency", "es"),
        text="""Hola Priya,

Soy Rocío, consultora en Talentia Select. Estoy buscando un/a Controller
Financiero/a con inglés nativo para una multinacional del sector logístico con
sede en Barcelona. Posición estable, modelo híbrido.

¿Te interesaría que te contase más? Podemos hablar por teléfono esta semana.

Saludos,
Rocío Navas
Talentia Select · Barcelona""",
    ),
    m(
        "de-recruiter",
        "2025-09-29 11:20",
        "Markus Feldmann <m.feldmann@feldmann-personal.example>",
        "Interessante Position: Leitung Disposition (m/w/d) bei Hanseatic Cargo",
        ("outreach", "Hanseatic Cargo", "Leitung Disposition (m/w/d)", None, "agency", "de"),
        text="""Guten Tag Frau Raman,

bei der Suche nach erfahrenen Supply-Chain-Fachkräften bin ich auf Ihr Profil
gestoßen. Für unseren Mandanten Hanseatic Cargo in Bremen suche ich eine Leitung
Disposition (m/w/d), unbefristet, 80-90 TEUR.

Hätten Sie Interesse an einem vertraulichen Austausch?

Mit besten Grüßen
Markus Feldmann
Feldmann Personalberatung GmbH""",
    ),
    m(
        "ipe-auto",
        "2025-08-04 10:30",
        "Fernanda Lima <fernanda.lima@grupoipe.com.br>",
        "Resposta automática: Re: Retorno sobre o processo seletivo",
        ("other_job", None, None, None, "direct", "pt"),
        tz="-0300",
        text="""Olá! Estou em férias até 18/08 com acesso restrito ao e-mail. Para assuntos de
recrutamento, escreva para recrutamento@grupoipe.com.br.

Obrigada,
Fernanda""",
    ),
]
