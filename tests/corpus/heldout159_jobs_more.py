# ruff: noqa: E501, RUF100
"""Corpus 159, job mail part two (data only): see heldout159.py."""

from __future__ import annotations

from typing import Any

from heldout159_jobs import (
    ALP,
    ALPR,
    BAEV,
    BAEVR,
    CUE,
    CUER,
    EJO,
    EJOR,
    KEL,
    KELR,
    MAR,
    MARR,
    MET,
    METR,
    MRA,
    MRAR,
    ORB,
    ORB1,
    ORB2,
    PER,
    PERR,
    SAU,
    SEN,
    SENR,
    VMA,
    VMAR,
    A,
    J,
    ics,
    m,
    rep,
)

JOBSCH = "jobs.ch <noreply@jobs.ch>"
JOBUP = "jobup.ch <noreply@jobup.ch>"
LI_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"
PERRIN = "Line Perrin <line.perrin@orbitec-medical.example>"
JAQUIER = "Sébastien Jaquier <s.jaquier@talentis-conseil.example>"
METTRAUX = "JD Mettraux <jd.mettraux@bluewin.ch>"
PASCHE = "Pasche Sandrine (ORP Lausanne) <sandrine.pasche@vd.ch>"
ORP = "ORP Lausanne <orp.lausanne@vd.ch>"
JOBROOM = "Job-Room <noreply@job-room.ch>"

MAIL: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Orbitec Medical: two roles (jobs.ch)
    m(
        "v5xl",
        "2025-11-06 09:12",
        JOBSCH,
        "Votre candidature à Orbitec Medical SA a été envoyée",
        A("confirmation", ORB, ORB1, 10, "other"),
        """Bonjour Noémie Favre-Rochat,

Votre candidature a été envoyée avec succès !

Poste : Contrôleur de gestion (80-100 %)
Entreprise : Orbitec Medical SA
Lieu : Yverdon-les-Bains

Documents envoyés : CV_Favre-Rochat_2025.pdf, Lettre_motivation_Orbitec.pdf,
Certificats_de_travail.pdf

Vous pouvez suivre l'état de vos candidatures dans votre compte jobs.ch :
https://www.jobs.ch/fr/compte/candidatures/?utm_source=transactional&utm_medium=email

Bonne chance !
Votre équipe jobs.ch

jobs.ch est une marque de JobCloud SA, Zurich.
""",
    ),
    m(
        "w8ym",
        "2025-11-06 09:20",
        JOBSCH,
        "Votre candidature à Orbitec Medical SA a été envoyée",
        A("confirmation", ORB, ORB2, 11, "other"),
        """Bonjour Noémie Favre-Rochat,

Votre candidature a été envoyée avec succès !

Poste : Senior Controller (100 %)
Entreprise : Orbitec Medical SA
Lieu : Yverdon-les-Bains

Documents envoyés : CV_Favre-Rochat_2025.pdf, Lettre_motivation_Orbitec_senior.pdf,
Certificats_de_travail.pdf

Vous pouvez suivre l'état de vos candidatures dans votre compte jobs.ch :
https://www.jobs.ch/fr/compte/candidatures/?utm_source=transactional&utm_medium=email

Bonne chance !
Votre équipe jobs.ch

jobs.ch est une marque de JobCloud SA, Zurich.
""",
    ),
    m(
        "x1zn",
        "2025-11-07 13:48",
        "Orbitec Medical SA – RH <rh@orbitec-medical.example>",
        "Votre candidature",
        A("confirmation", ORB, ORB1, 10, "direct"),
        """Madame,

Nous accusons réception de votre candidature au poste de Contrôleur de gestion et vous en
remercions. Nous l'étudions avec attention et reviendrons vers vous d'ici trois semaines.

Meilleures salutations

Service des ressources humaines
Orbitec Medical SA
Rue de l'Industrie 22 – 1400 Yverdon-les-Bains
""",
    ),
    m(
        "y4ao",
        "2025-11-13 15:22",
        PERRIN,
        "Votre candidature – Senior Controller",
        A("rejection", ORB, ORB2, 11, "direct"),
        """Madame Favre-Rochat,

Nous vous remercions pour votre candidature au poste de Senior Controller.

Votre dossier a retenu toute notre attention. Pour ce poste, nous recherchons toutefois une
personne disposant d'une expérience confirmée de conduite d'équipe et de consolidation IFRS, ce
qui nous amène à ne pas donner suite à votre candidature.

Nous avons bien noté que vous avez également postulé au poste de Contrôleur de gestion ; votre
dossier reste en cours d'examen pour ce poste et nous reviendrons vers vous prochainement.

Avec nos meilleures salutations,

Line Perrin
Responsable RH
Orbitec Medical SA
""",
    ),
    m(
        "z7bp",
        "2025-11-21 10:30",
        PERRIN,
        "Entretien – Contrôleur de gestion",
        A("interview", ORB, ORB1, 10, "direct"),
        """Madame Favre-Rochat,

Comme annoncé, je reviens vers vous concernant le poste de Contrôleur de gestion. Nous
aimerions vous rencontrer le mardi 2 décembre à 10h00 dans nos locaux d'Yverdon, avec
M. Daniel Jaccard, notre responsable financier.

Merci de me confirmer votre présence en acceptant l'invitation ci-jointe.

Meilleures salutations,
Line Perrin
Responsable RH – Orbitec Medical SA
""",
        ics=ics(
            "6fj2m0c9qe4a1rx8tb7nd3kw5s@google.com",
            "2025-12-02 10:00",
            "Entretien Contrôleur de gestion – N. Favre-Rochat",
            ("Line Perrin", "line.perrin@orbitec-medical.example"),
            minutes=60,
            location="Orbitec Medical SA, Rue de l'Industrie 22, 1400 Yverdon-les-Bains",
            attendees=[("Daniel Jaccard", "daniel.jaccard@orbitec-medical.example")],
        ),
    ),
    # ------------------------------------------------------------------ Talentis Conseil -> Confiserie Perrottet
    m(
        "a3cq",
        "2025-09-15 09:05",
        JAQUIER,
        "Opportunité – Contrôleur de gestion (PME familiale, Ouest lausannois)",
        J("outreach", "agency", None, PERR),
        """Madame Favre-Rochat,

Votre profil a retenu mon attention sur LinkedIn et je me permets de vous contacter
directement.

Nous recherchons pour l'un de nos mandants, une entreprise familiale bien établie active dans
l'agroalimentaire (environ 180 collaborateurs, production dans l'Ouest lausannois), un-e

    Contrôleur-euse de gestion à 80-100 %

Rattaché-e au directeur financier, vous seriez responsable des calculs de prix de revient, du
reporting mensuel, du budget et de l'accompagnement des responsables de production. Une
expérience en environnement industriel et la maîtrise d'Abacus ou de SAP sont attendues.

Votre expérience de sept ans dans une PME industrielle me semble correspondre très bien au
profil recherché. Seriez-vous ouverte à un échange téléphonique cette semaine ?

Meilleures salutations,

Sébastien Jaquier
Consultant senior – Finance & Administration
Talentis Conseil SA | Av. de Rumine 20 | 1005 Lausanne
+41 21 320 00 00 | www.talentis-conseil.example

Talentis Conseil SA est autorisée par le SECO et l'Office cantonal de l'emploi à exercer le
placement privé de personnel.
""",
    ),
    m(
        "b6dr",
        "2025-09-25 17:40",
        JAQUIER,
        "RE: Opportunité – Contrôleur de gestion (PME familiale, Ouest lausannois)",
        A("confirmation", PER, PERR, 12, "agency"),
        """Bonjour Madame Favre-Rochat,

Merci pour notre échange téléphonique de ce matin et pour l'envoi de vos documents.

Comme convenu, j'ai transmis aujourd'hui votre dossier complet (CV, lettre, certificats de
travail et diplômes) à notre mandant, avec mon rapport d'entretien. Je vous tiendrai au courant
dès que j'aurai un retour, en principe d'ici une dizaine de jours.

Je vous rappelle que, conformément à notre politique, nous ne présentons jamais un dossier sans
l'accord préalable de la personne concernée.

Bonne soirée et à bientôt,

Sébastien Jaquier
Consultant senior – Finance & Administration
Talentis Conseil SA

-----Message d'origine-----
De : Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>
Envoyé : jeudi, 25 septembre 2025 12:02
À : Sébastien Jaquier <s.jaquier@talentis-conseil.example>
Objet : RE: Opportunité – Contrôleur de gestion (PME familiale, Ouest lausannois)

Bonjour Monsieur Jaquier,
Comme convenu, voici mes documents. Je vous donne mon accord pour présenter ma candidature à
votre mandant.
Meilleures salutations
Noémie Favre-Rochat
""",
        **rep("<1758794520.5521.1758794520331@bluewin.ch>"),
    ),
    m(
        "c9es",
        "2025-10-10 11:25",
        JAQUIER,
        "Entretien chez notre mandant – mardi 14 octobre",
        A("interview", PER, PERR, 12, "agency"),
        """Bonjour Madame Favre-Rochat,

Bonne nouvelle : notre mandant souhaite vous rencontrer !

Je peux maintenant vous en dire plus : il s'agit de la Confiserie Perrottet SA, à Crissier
(Chemin des Ateliers 4). Vous serez reçue par M. Claude Perrottet, directeur général, et
Mme Isabelle Nicod, directrice financière.

Date : mardi 14 octobre 2025, 16h00, durée env. 1h15.

Je vous appelle lundi pour vous briefer. D'ici là, je vous conseille de jeter un œil à leur
gamme (et à leurs pralinés, qui sont excellents).

Belle fin de semaine,

Sébastien Jaquier
Talentis Conseil SA
""",
        ics=ics(
            "0s7r3bh1kq5z9y2fe8mc4lw6dd@google.com",
            "2025-10-14 16:00",
            "Entretien Confiserie Perrottet – N. Favre-Rochat",
            ("Sébastien Jaquier", "s.jaquier@talentis-conseil.example"),
            minutes=75,
            location="Confiserie Perrottet SA, Chemin des Ateliers 4, 1023 Crissier",
        ),
    ),
    m(
        "d2ft",
        "2025-10-30 08:50",
        JAQUIER,
        "Suite de votre candidature",
        A("rejection", PER, PERR, 12, "agency"),
        """Bonjour Madame Favre-Rochat,

J'ai eu hier soir le retour de M. Perrottet. Il a beaucoup apprécié votre rencontre et votre
approche très concrète des prix de revient ; Mme Nicod également.

La direction a cependant décidé de confier le poste à une collaboratrice interne, qui
assurait l'intérim depuis l'été. C'est évidemment frustrant, d'autant plus que vous étiez
en finale.

Je garde votre dossier en priorité pour nos prochains mandats en contrôle de gestion et je ne
manquerai pas de vous recontacter.

Meilleures salutations,

Sébastien Jaquier
Talentis Conseil SA
""",
    ),
    # ------------------------------------------------------------------ ORP assignation -> Fiduciaire Mettraux
    m(
        "e5gu",
        "2025-09-22 08:15",
        PASCHE,
        "Assignation – offre d'emploi Fiduciaire Mettraux Sàrl",
        J("other_job", "other", MET, METR),
        """Madame Favre-Rochat,

Dans le cadre de votre suivi, nous vous assignons l'offre d'emploi suivante, annoncée à l'ORP :

  Employeur : Fiduciaire Mettraux Sàrl, Grand-Rue 14, 1304 Cossonay
  Poste : comptable – contrôleur de gestion à 50-100 %
  Contact : M. Jean-Daniel Mettraux, jd.mettraux@bluewin.ch
  N° d'annonce Job-Room : 2025-09-187344

Vous êtes tenue de postuler dans un délai de 3 jours ouvrables et de nous informer du résultat
de vos démarches au moyen du formulaire joint. Nous vous rappelons qu'un refus injustifié
d'un emploi convenable peut entraîner une suspension du droit à l'indemnité (art. 30 LACI).

Meilleures salutations

Sandrine Pasche
Conseillère en personnel
Office régional de placement de Lausanne
""",
        attach=[
            (
                "Retour_assignation_ORP.pdf",
                "application/pdf",
                "%PDF-1.4\n% formulaire retour d'assignation\n%%EOF\n",
            )
        ],
    ),
    m(
        "f8hv",
        "2025-09-24 19:48",
        METTRAUX,
        "RE: Candidature comptable - contrôleur de gestion",
        A("interview", MET, METR, 13, "direct"),
        """Bonsoir Madame,
Merci pour votre dossier. Pouvez-vous passer au bureau jeudi à 17h30 ? Grand-Rue 14 à Cossonay, 1er étage.
Meilleures salutations
JD Mettraux

Envoyé de mon iPhone

> Le 23 sept. 2025 à 07:41, Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch> a écrit :
>
> Monsieur,
> Suite à l'annonce parue sur Job-Room (n° 2025-09-187344), je vous adresse ma candidature
> pour le poste de comptable – contrôleur de gestion. Vous trouverez en annexe mon CV, ma lettre
> de motivation et mes certificats de travail.
> Meilleures salutations
> Noémie Favre-Rochat
""",
        **rep("<1758606065.1190.1758606065901@bluewin.ch>"),
    ),
    m(
        "g1iw",
        "2025-10-01 12:10",
        METTRAUX,
        "Suite à notre entretien",
        A("offer", MET, METR, 13, "direct"),
        """Madame Favre-Rochat,

Suite à notre entretien de jeudi, je peux vous proposer un poste à 50 % dès le 1er novembre
(CHF 42'000.- par an, soit 84'000.- sur une base 100 %), avec une augmentation possible à 70 %
au printemps selon l'évolution des mandats.

Merci de me donner votre réponse d'ici vendredi.

Salutations
J.-D. Mettraux
Fiduciaire Mettraux Sàrl – Membre FIDUCIAIRE|SUISSE
""",
    ),
    m(
        "h4jx",
        "2025-10-03 07:35",
        METTRAUX,
        "Re: Suite à notre entretien",
        A("offer", MET, METR, 13, "direct"),
        """Dommage mais je comprends. Bonne chance pour la suite.
JDM

Envoyé de mon iPhone

> Le 2 oct. 2025 à 22:14, Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch> a écrit :
>
> Monsieur Mettraux,
> Je vous remercie sincèrement pour votre proposition et pour l'accueil à Cossonay. Après
> réflexion, un taux d'activité de 50 % ne me permet malheureusement pas de l'accepter ; je
> recherche un poste à 80-100 %. Je dois donc la décliner.
> Avec mes meilleures salutations
> Noémie Favre-Rochat
""",
        st="declined",
        **rep("<1759436040.7712.1759436040876@bluewin.ch>"),
    ),
    # ------------------------------------------------------------------ Bundesamt (Bern), in German
    m(
        "i7ky",
        "2025-09-23 14:02",
        "Bundesamt für Energieversorgung BAEV <jobs@baev.admin.example>",
        "Eingangsbestätigung Ihrer Bewerbung – Controllerin / Controller 80–100 % (Ref. 48213)",
        A("confirmation", BAEV, BAEVR, 14, "direct", "de"),
        """Sehr geehrte Frau Favre-Rochat

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle

    Controllerin / Controller 80–100 %
    Sektion Finanzen und Controlling, Bern (Ref. 48213)

und danken Ihnen für Ihr Interesse an einer Tätigkeit in der Bundesverwaltung.

Ihre Unterlagen werden nun sorgfältig geprüft. Wir werden Sie so bald wie möglich über den
weiteren Verlauf informieren. Die Gespräche können auf Wunsch auch auf Französisch geführt
werden.

Freundliche Grüsse

Personaldienst BAEV
Bundesamt für Energieversorgung
Monbijoustrasse 40, 3003 Bern

Diese Nachricht wurde automatisch generiert.
""",
    ),
    m(
        "j0lz",
        "2025-10-28 10:40",
        "Personaldienst BAEV <personal@baev.admin.example>",
        "Ihre Bewerbung",
        A("rejection", BAEV, BAEVR, 14, "direct", "de"),
        """Sehr geehrte Frau Favre-Rochat

Wir danken Ihnen für Ihre Bewerbung als Controllerin (Ref. 48213) und das damit verbundene
Interesse an unserem Amt.

Ihr Dossier hat uns gefallen, insbesondere Ihre Erfahrung in der Kostenrechnung. Nach
sorgfältiger Prüfung aller Bewerbungen haben wir uns jedoch für Kandidierende entschieden, deren
Profil noch besser den Anforderungen entspricht, namentlich in Bezug auf die Erfahrung mit dem
Rechnungsmodell des Bundes und verhandlungssichere Deutschkenntnisse.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre
berufliche Zukunft alles Gute.

Freundliche Grüsse

Monika Zbinden
HR-Beraterin
Bundesamt für Energieversorgung BAEV
""",
    ),
    # ------------------------------------------------------------------ Kelvio (LinkedIn Easy Apply, Ashby)
    m(
        "k3ma",
        "2025-09-10 22:14",
        LI_JOBS,
        "Noémie, votre candidature a été envoyée à Kelvio",
        A("confirmation", KEL, KELR, 15, "linkedin"),
        """Votre candidature a été envoyée à Kelvio

Finance Business Partner
Kelvio · Lausanne, Vaud, Suisse (Hybride)
Candidature envoyée le 10 sept. 2025

Les étapes suivantes
- L'employeur examinera votre candidature.
- Si votre profil correspond, l'employeur vous contactera.

Voir votre candidature : https://www.linkedin.com/jobs/view/4291183372/?trk=eml-jobs_application_sent

Vous recevez des notifications de candidature. Se désabonner :
https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
LinkedIn est une marque déposée de LinkedIn Corporation.
""",
    ),
    m(
        "l6nb",
        "2025-09-12 08:03",
        LI_JOBS,
        "Votre candidature a été consultée par Kelvio",
        A("viewed", KEL, KELR, 15, "linkedin"),
        """Bonne nouvelle, Noémie !

Kelvio a consulté votre candidature pour le poste de Finance Business Partner.

Kelvio · Lausanne, Vaud, Suisse (Hybride)

Voir les offres similaires : https://www.linkedin.com/jobs/search/?currentJobId=4291183372&trk=eml-jobs_viewed

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "m9oc",
        "2025-09-19 16:45",
        "Kelvio Hiring Team <no-reply@ashbyhq.com>",
        "Your application to Kelvio",
        A("rejection", KEL, KELR, 15, "ashby", "en"),
        """Hi Noémie,

Thanks so much for your interest in Kelvio and for taking the time to apply for our Finance
Business Partner role.

We received a lot of great applications. After reviewing your profile, we have decided not to
move forward at this stage: for this position we are looking for someone with hands-on
experience of SaaS metrics (ARR, churn, cohort analysis) in a scale-up environment.

We really appreciate you considering Kelvio and wish you the very best in your search.

Cheers,
The Kelvio Team
EPFL Innovation Park, Bâtiment C, 1015 Lausanne
""",
    ),
    # ------------------------------------------------------------------ Menuiserie Cuendet (Indeed), ghosted
    m(
        "n2pd",
        "2025-11-20 21:33",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidature envoyée : Responsable administratif et financier (80 %)",
        A("confirmation", CUE, CUER, 16, "indeed"),
        """Votre candidature a été envoyée à Menuiserie Cuendet SA

Responsable administratif et financier (80 %)
Menuiserie Cuendet SA – Moudon, VD

Les informations suivantes ont été envoyées à l'employeur :
  Noémie Favre-Rochat
  noemie.favre-rochat@bluewin.ch
  CV : CV_Favre-Rochat_2025.pdf

Conseil : les employeurs répondent généralement dans les 2 semaines. Vous pouvez suivre vos
candidatures sur https://myjobs.indeed.com/applied

Bonne chance !
L'équipe Indeed

© 2025 Indeed – Ne pas vendre mes informations personnelles – Confidentialité et cookies
""",
    ),
    # ------------------------------------------------------------------ Vaudmatic (postulation spontanée)
    m(
        "o5qe",
        "2025-09-12 10:20",
        "Vaudmatic SA – Ressources humaines <rh@vaudmatic.example>",
        "Accusé de réception – postulation spontanée",
        A("confirmation", VMA, VMAR, 17, "direct"),
        """Madame,

Nous vous remercions pour votre postulation spontanée du 10 septembre, qui nous est bien
parvenue.

Nous l'examinerons avec attention et ne manquerons pas de revenir vers vous si un poste
correspondant à votre profil devait se libérer.

Meilleures salutations

Ressources humaines
Vaudmatic SA – Machines d'emballage
Z.I. En Budron 8 – 1052 Le Mont-sur-Lausanne
""",
    ),
    m(
        "p8rf",
        "2025-10-08 14:05",
        "Nicolet Françoise <f.nicolet@vaudmatic.example>",
        "Votre postulation spontanée",
        A("rejection", VMA, VMAR, 17, "direct"),
        """Madame Favre-Rochat,

Nous revenons vers vous concernant votre postulation spontanée.

Votre profil de contrôleuse de gestion industrielle a retenu notre attention. Malheureusement,
nous ne disposons actuellement d'aucun poste vacant correspondant à vos compétences dans notre
département Finance.

Avec votre accord, nous conserverons votre dossier durant six mois et nous nous permettrons de
vous contacter si une opportunité se présentait.

Avec nos meilleures salutations,

Françoise Nicolet
Responsable des ressources humaines
Vaudmatic SA
""",
    ),
    # ------------------------------------------------------------------ Job-Room assignation -> Transports Margot
    m(
        "q1sg",
        "2025-10-23 06:30",
        JOBROOM,
        "Nouvelle assignation d'emploi",
        J("other_job", "other", MAR, MARR),
        """Bonjour Noémie Favre-Rochat,

Votre conseillère ORP vous a assigné une offre d'emploi sur Job-Room.

  Comptable-contrôleur de gestion 80-100 %
  Transports Margot SA, Bussigny
  Délai de postulation : 27.10.2025

Consultez l'assignation et confirmez votre postulation dans Job-Room :
https://www.job-room.ch/work-efforts/assignments/8c1f2d

Ce message a été envoyé automatiquement par Job-Room, la plateforme du service public de
l'emploi (SECO). Merci de ne pas y répondre.
""",
    ),
    m(
        "r4th",
        "2025-10-23 18:12",
        "Sylvie Margot <sylvie.margot@transports-margot.example>",
        "Réponse automatique : Candidature – Comptable-contrôleur de gestion",
        J("other_job", "direct", MAR, MARR),
        """Bonjour,

Je suis absente jusqu'au lundi 27 octobre inclus. Votre message sera traité à mon retour.

Pour toute urgence concernant les transports, merci de contacter la dispo au 021 701 00 00.

Sylvie Margot
Transports Margot SA
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "s7ui",
        "2025-10-28 09:40",
        "Transports Margot SA <administration@transports-margot.example>",
        "RE: Candidature – Comptable-contrôleur de gestion (assignation ORP)",
        A("confirmation", MAR, MARR, 18, "direct"),
        """Bonjour Madame,

Nous avons bien reçu votre candidature et vous en remercions. Nous faisons le tri des dossiers
cette semaine et reprendrons contact avec les personnes retenues.

Avec nos meilleures salutations,

Sylvie Margot
Administration – Transports Margot SA
Chemin de la Gare 7, 1030 Bussigny
""",
        **rep("<1761237002.3301.1761237002212@bluewin.ch>"),
    ),
    m(
        "t0vj",
        "2025-11-17 11:05",
        "Sylvie Margot <sylvie.margot@transports-margot.example>",
        "Votre candidature",
        A("rejection", MAR, MARR, 18, "direct"),
        """Madame Favre-Rochat,

Nous avons reçu de nombreuses candidatures pour notre poste de comptable-contrôleur de gestion et
avons finalement retenu une personne connaissant déjà le secteur du transport routier.

Nous vous remercions pour l'intérêt porté à notre entreprise et vous souhaitons plein succès.

Meilleures salutations,
Sylvie Margot
""",
    ),
    # ------------------------------------------------------------------ Énergies du Jorat (jobup.ch)
    m(
        "u3wk",
        "2025-11-12 20:02",
        JOBUP,
        "Votre candidature a été envoyée",
        A("confirmation", EJO, EJOR, 19, "other"),
        """Bonjour Noémie,

Votre candidature a bien été transmise.

  Contrôleur·euse de gestion (80-100 %)
  Énergies du Jorat SA – Mézières VD

L'entreprise vous contactera directement si votre profil correspond.

Retrouvez toutes vos candidatures dans votre compte : https://www.jobup.ch/fr/compte/candidatures/

Bonne chance !
L'équipe jobup.ch

jobup.ch – Une marque de JobCloud SA. Désabonnement et préférences :
https://www.jobup.ch/fr/compte/notifications/
""",
    ),
    m(
        "v6xl",
        "2025-11-26 16:38",
        "Rossier Marie-Claude <mc.rossier@edj.example>",
        "Invitation à un entretien",
        A("interview", EJO, EJOR, 19, "direct"),
        """Madame Favre-Rochat,

Nous avons bien reçu votre dossier pour le poste de contrôleur·euse de gestion et souhaitons vous
rencontrer le jeudi 4 décembre 2025 à 9h30 à notre siège de Mézières (Route du Jorat 3).

L'entretien se déroulera en présence de M. Yves Pidoux, chef des finances d'EDJ, et durera
environ une heure.

Merci de nous confirmer votre présence.

Cordialement,

Marie-Claude Rossier
Ressources humaines
EDJ – Énergies du Jorat SA
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000B7F4D3E2A65EDC01000000000000000010000000",
            "2025-12-04 09:30",
            "Entretien Mme Favre-Rochat – Contrôleur de gestion",
            ("Rossier Marie-Claude", "mc.rossier@edj.example"),
            minutes=60,
            style="outlook",
            location="EDJ, Route du Jorat 3, Mézières – salle Corcelles",
            attendees=[("Pidoux Yves", "y.pidoux@edj.example")],
        ),
    ),
    m(
        "w9ym",
        "2025-12-15 14:25",
        "EDJ – Ressources humaines <rh@edj.example>",
        "Poste de contrôleur·euse de gestion",
        A("rejection", EJO, EJOR, 19, "direct"),
        """Madame Favre-Rochat,

Nous vous remercions pour l'entretien du 4 décembre et pour l'intérêt que vous portez à EDJ.
M. Pidoux a beaucoup apprécié la clarté de vos réponses et votre expérience des prix de revient.

Après réflexion, nous avons retenu une candidature disposant d'une expérience dans le secteur
de l'énergie et de la régulation (ElCom), un aspect déterminant pour ce poste.

Nous vous souhaitons plein succès dans vos recherches.

Meilleures salutations,

Marie-Claude Rossier
Ressources humaines
Énergies du Jorat SA
""",
    ),
    # ------------------------------------------------------------------ Mutuelle Romande (Abacus Umantis)
    m(
        "x2zn",
        "2025-10-15 07:05",
        "Mutuelle Romande – Recrutement <noreply@umantis.com>",
        "Confirmation de votre candidature",
        A("confirmation", MRA, MRAR, 20, "other"),
        """Madame Favre-Rochat,

Nous avons bien reçu votre candidature pour le poste de Business Controller (80-100 %) à Lausanne
et vous en remercions.

Nous examinons actuellement les dossiers et vous tiendrons informée de la suite.

Meilleures salutations
Mutuelle Romande Assurances SA
Ressources humaines

Ce message a été généré automatiquement par notre système de gestion des candidatures (Abacus
Umantis).
""",
    ),
    m(
        "y5ao",
        "2025-10-20 16:50",
        "Mutuelle Romande – Recrutement <noreply@umantis.com>",
        "Votre postulation",
        A("rejection", MRA, MRAR, 20, "other"),
        """Madame Favre-Rochat,

Nous vous remercions pour l'intérêt porté à notre entreprise.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas donner une suite favorable à votre candidature. Nous avons reçu de nombreuses
postulations de grande qualité et avons dû faire un choix.

Nous vous souhaitons plein succès dans votre recherche d'emploi.

Meilleures salutations
Mutuelle Romande Assurances SA
Ressources humaines
""",
    ),
    # ------------------------------------------------------------------ Alpcargo (LinkedIn), ghosted after a call
    m(
        "z8bp",
        "2025-12-12 12:41",
        LI_JOBS,
        "Noémie, votre candidature a été envoyée à Alpcargo SA",
        A("confirmation", ALP, ALPR, 21, "linkedin"),
        """Votre candidature a été envoyée à Alpcargo SA

FP&A Analyst
Alpcargo SA · Meyrin, Genève, Suisse (Sur site)
Candidature envoyée le 12 déc. 2025

Voir votre candidature : https://www.linkedin.com/jobs/view/4327710851/?trk=eml-jobs_application_sent

© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    ),
    m(
        "a1cq",
        "2025-12-18 09:14",
        "Tom Keller via LinkedIn <messages-noreply@linkedin.com>",
        "Tom vous a envoyé un message",
        A("interview", ALP, ALPR, 21, "linkedin", "en"),
        """Tom Keller
Talent Acquisition Manager at Alpcargo SA

Hi Noémie, thanks for applying for our FP&A Analyst role in Meyrin. Your background looks
interesting! Would you have 30 minutes for a first call before Christmas? Feel free to pick a
slot here: https://calendly.com/tom-keller-alpcargo/30min

Répondre : https://www.linkedin.com/messaging/thread/2-ZTk4NjQ0/?trk=eml-email_message

Vous recevez des notifications de messages. Se désabonner :
https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
    ),
    # ------------------------------------------------------------------ Sensimetrix (Greenhouse)
    m(
        "b4dr",
        "2025-09-18 15:27",
        "Sensimetrix <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Sensimetrix",
        A("confirmation", SEN, SENR, 22, "greenhouse", "en"),
        """Hi Noémie,

Thanks for applying to Sensimetrix! Your application for the Finance Controller (80-100%) role
in Neuchâtel has been received. We'll review it and be in touch if there's a fit.

Sensimetrix designs MEMS sensors used in hearing aids and industrial IoT. To learn more about
life at Sensimetrix, visit https://www.sensimetrix.example/careers

Best,
The Sensimetrix Talent Team
""",
    ),
    m(
        "c7es",
        "2025-10-09 10:58",
        "Sensimetrix <no-reply@us.greenhouse-mail.io>",
        "Sensimetrix – Finance Controller",
        A("rejection", SEN, SENR, 22, "greenhouse", "en"),
        """Hi Noémie,

Thank you for your interest in the Finance Controller position at Sensimetrix and for the time
you took to apply.

After careful review, we have decided to move forward with other candidates whose background is
a closer match for the role at this time. We'll keep your details on file for future openings.

We wish you every success in your search.

Kind regards,
The Sensimetrix Talent Team
""",
    ),
    # ------------------------------------------------------------------ ORP / Job-Room (not applications)
    m(
        "d0ft",
        "2025-09-01 10:44",
        ORP,
        "Confirmation de votre inscription à l'ORP",
        J("other_job", "other"),
        """Madame,

Nous confirmons votre inscription auprès de l'Office régional de placement (ORP) de Lausanne en
date du 1er septembre 2025, pendant votre délai de congé (fin des rapports de travail :
31 décembre 2025).

Votre conseillère en personnel, Mme Sandrine Pasche, vous convoquera prochainement à un premier
entretien de conseil. Nous vous rappelons que vous devez effectuer des recherches d'emploi dès
maintenant et les saisir chaque mois dans Job-Room.

Documents utiles : https://www.arbeit.swiss/secoalv/fr/home.html

Office régional de placement de Lausanne
Place Chauderon 7, 1014 Lausanne
""",
    ),
    m(
        "e3gu",
        "2025-09-08 14:20",
        PASCHE,
        "Convocation – premier entretien de conseil",
        J("other_job", "other"),
        """Madame Favre-Rochat,

Je vous convoque à un premier entretien de conseil le lundi 15 septembre 2025 à 9h30 à l'ORP de
Lausanne, Place Chauderon 7, 4e étage.

Merci de vous munir de votre pièce d'identité, de votre lettre de congé, de votre CV à jour et
de la liste de vos recherches d'emploi effectuées depuis la réception du congé.

En cas d'empêchement, merci de m'avertir au moins 24 heures à l'avance. Une absence non excusée
peut entraîner une suspension du droit à l'indemnité.

Meilleures salutations

Sandrine Pasche
Conseillère en personnel – ORP Lausanne
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D2B1A0C8E224DC01000000000000000010000000",
            "2025-09-15 09:30",
            "Entretien de conseil ORP – Mme Favre-Rochat",
            ("Pasche Sandrine (ORP Lausanne)", "sandrine.pasche@vd.ch"),
            minutes=45,
            style="outlook",
            location="ORP Lausanne, Place Chauderon 7, 4e étage",
        ),
    ),
    m(
        "f6hv",
        "2025-10-13 16:02",
        PASCHE,
        "Convocation entretien de conseil du 23.10.2025",
        J("other_job", "other"),
        """Madame,

Votre prochain entretien de conseil aura lieu le jeudi 23 octobre 2025 à 10h15.

Nous ferons le point sur vos postulations en cours (merci d'apporter les réponses reçues) et sur
une éventuelle mesure du marché du travail (cours « Bilan de compétences » ou atelier
« Réussir son entretien d'embauche »).

Meilleures salutations
S. Pasche
""",
    ),
    m(
        "g9iw",
        "2025-10-31 07:00",
        JOBROOM,
        "Rappel : preuves de recherches d'emploi d'octobre à saisir",
        J("other_job", "other"),
        """Bonjour Noémie Favre-Rochat,

Nous vous rappelons que vos preuves de recherches d'emploi pour le mois d'octobre 2025 doivent
être saisies dans Job-Room au plus tard le 5 novembre 2025.

Postulations saisies à ce jour : 7 (objectif fixé par votre ORP : 8 par mois)

Saisir mes recherches d'emploi : https://www.job-room.ch/work-efforts

Ce message a été envoyé automatiquement par Job-Room (SECO). Merci de ne pas y répondre.
""",
    ),
    m(
        "h2jx",
        "2025-11-28 13:30",
        ORP,
        "Inscription – atelier « Réussir son entretien d'embauche »",
        J("other_job", "other"),
        """Madame,

Suite à votre entretien avec votre conseillère, nous avons le plaisir de vous confirmer votre
inscription à l'atelier collectif :

  « Réussir son entretien d'embauche »
  Mardi 16 décembre 2025, 8h30 – 12h00
  Centre de formation OSEO, Rue de la Vigie 5, 1003 Lausanne

La participation à cette mesure du marché du travail est obligatoire. En cas d'empêchement
majeur, veuillez avertir votre conseillère au préalable.

Office régional de placement de Lausanne
""",
    ),
    m(
        "i5ky",
        "2026-01-19 10:05",
        PASCHE,
        "RE: Prise d'emploi au 1er mars 2026",
        J("other_job", "other", "Calmat"),
        """Madame Favre-Rochat,

Je vous remercie pour votre message et vous félicite pour votre nouvel emploi !

J'ai bien noté votre prise d'emploi au 1er mars 2026 chez Calmat Suisse SA. Votre dossier sera
annulé à cette date. D'ici là, merci de continuer à saisir vos recherches d'emploi pour janvier
et février, et de transmettre une copie du contrat signé à la caisse de chômage.

Je vous souhaite plein succès dans cette nouvelle étape.

Meilleures salutations
Sandrine Pasche
Conseillère en personnel – ORP Lausanne
""",
        **rep("<1768755812.4410.1768755812007@bluewin.ch>"),
    ),
    # ------------------------------------------------------------------ auto-reply, outreach
    m(
        "j8lz",
        "2025-11-19 07:12",
        "Dutoit Laura <laura.dutoit@sauvin.example>",
        "Réponse automatique : Documents complémentaires – N. Favre-Rochat",
        J("other_job", "direct", SAU),
        """Merci pour votre message. Je suis absente du bureau jusqu'au 24 novembre 2025 et n'ai qu'un
accès limité à ma messagerie. Pour toute question urgente, veuillez contacter
talent.acquisition@sauvin.example.

Thank you for your email. I am out of the office until 24 November 2025 with limited access to
email. For urgent matters, please contact talent.acquisition@sauvin.example.

Laura Dutoit
Banque Sauvin
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "k1ma",
        "2025-11-03 11:47",
        "Olivier Brélaz <ob@brelaz-executive.example>",
        "Confidentiel – Head of Controlling, groupe industriel romand",
        J("outreach", "agency", None, "Head of Controlling"),
        """Madame Favre-Rochat,

Dans le cadre d'un mandat de recherche confidentiel, je recherche pour un groupe industriel coté
(env. 1'200 collaborateurs, siège dans le canton de Fribourg) son futur-e Head of Controlling,
à la tête d'une équipe de six personnes.

Votre nom m'a été recommandé par un ancien collègue. Même si ce poste devait représenter un pas
important, je serais heureux d'en discuter avec vous en toute confidentialité, autour d'un café
à Lausanne ou par téléphone.

Bien cordialement,

Olivier Brélaz
Associé gérant
Brélaz Executive Search Sàrl – Lausanne | Genève
""",
    ),
    m(
        "l4nb",
        "2025-12-10 08:20",
        "Kevin Da Silva <kevin.dasilva@finstaff.example>",
        "Mission temporaire – comptable / contrôleur de gestion (3 mois, Crissier)",
        J("outreach", "agency", None, "Comptable / contrôleur de gestion (mission temporaire)"),
        """Bonjour Noémie,

J'ai trouvé votre profil sur jobup.ch. Je recherche pour un client, une société de distribution
basée à Crissier, un-e comptable / contrôleur de gestion pour une mission temporaire de 3 mois
(janvier à mars 2026, bouclement annuel et budget), à 100 %, avec possibilité de prolongation.

Tarif horaire selon CCT Location de services, entrée immédiate possible.

Es-tu disponible pour un court appel demain ?

Kevin Da Silva
Consultant Finance & Comptabilité
FinStaff Suisse SA – Rue du Petit-Chêne 18, 1003 Lausanne
""",
    ),
    m(
        "m7oc",
        "2025-12-15 13:02",
        "Mélanie Baud via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Financial Analyst – Sertis Group Services (Lausanne)",
        J("outreach", "linkedin", "Groupe Sertis", "Financial Analyst – Group Services"),
        """Mélanie Baud
Talent Acquisition Lead – Groupe Sertis

Bonjour Noémie,

Ma collègue Chloé Berthoud m'a parlé de votre candidature pour Lignières cet automne, et de
l'excellente impression que vous avez laissée. Nous ouvrons au sein de nos services partagés à
Lausanne un poste de Financial Analyst (reporting groupe, 100 %), qui pourrait vous intéresser.

Seriez-vous ouverte à un échange en début d'année ?

Belle journée,
Mélanie

Répondre : https://www.linkedin.com/messaging/thread/2-MmRjZjM3/?trk=eml-inmail

Cet InMail vous a été envoyé par Mélanie Baud. © 2025 LinkedIn Ireland Unlimited Company.
""",
    ),
    # ------------------------------------------------------------------ job alerts, talent communities
    m(
        "n0pd",
        "2025-09-02 06:45",
        "jobup.ch <jobalert@jobup.ch>",
        "12 nouvelles offres pour « contrôleur de gestion »",
        J("alert", "other"),
        """Bonjour Noémie,

Voici les nouvelles offres correspondant à ton alerte « contrôleur de gestion – Vaud, Genève,
Fribourg ».

Contrôleur de gestion industriel (H/F) 80-100 % – Maison Lignières – Le Sentier
Contrôleur·euse de gestion Logistique – Valmi – Écublens
Financial Controller – Meridian Pharma SA – Nyon
Business Controller – Mutuelle Romande Assurances SA – Lausanne
Contrôleur de gestion 100 % – Garage Central Morges SA – Morges
... et 7 autres offres : https://www.jobup.ch/fr/emplois/?term=contr%C3%B4leur+de+gestion&alert=45521

Postule en quelques clics avec ton profil jobup.ch.

Modifier ou supprimer cette alerte : https://www.jobup.ch/fr/compte/alertes/
""",
        headers={
            "List-Unsubscribe": "<https://www.jobup.ch/fr/compte/alertes/unsubscribe?id=45521>"
        },
    ),
    m(
        "o3qe",
        "2025-09-08 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« finance business partner » : 8 nouvelles offres à Lausanne et environs",
        J("alert", "linkedin"),
        """Votre alerte emploi pour finance business partner
Lausanne, Vaud, Suisse

Finance Business Partner – Kelvio – Lausanne (Hybride) – Candidature simplifiée
Finance Business Partner – Supply Chain – Nutrivera – La Tour-de-Peilz
Senior Finance Business Partner – Medvantis – Morges
Commercial Finance Manager – Alpcargo SA – Meyrin
FP&A Specialist – Tecnodrive – Renens
Voir toutes les offres : https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733928451

Vous recevez des alertes emploi. Se désabonner :
https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_job_alert
© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "p6rf",
        "2025-09-29 06:40",
        "jobs.ch <jobalert@jobs.ch>",
        "Votre abonnement : 9 nouveaux postes",
        J("alert", "other"),
        """Nouveaux postes pour votre abonnement « Controlling, Lausanne + 40 km »

• Contrôleur-euse de gestion à 80-100 % – Etat du Haut-Léman, DGF – Vevey
• Business Controller (80-100 %) – Mutuelle Romande – Lausanne
• Contrôleur de gestion – Clinique de Genolier-Haut – Genolier
• Head of Finance (100 %) – Praz Immobilier SA – Pully
• Controller Supply Chain – Laiteries Broye-Jorat – Moudon
Voir les 9 postes : https://www.jobs.ch/fr/offres-emplois/?term=controlling&location=lausanne&radius=40

Gérer mes abonnements : https://www.jobs.ch/fr/compte/abonnements/
""",
    ),
    m(
        "q9sg",
        "2025-10-01 17:25",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Calmat Group recrute : consultez 4 offres d'emploi",
        J("alert", "linkedin", "Calmat"),
        """Calmat Group recrute

Une entreprise que vous suivez publie de nouvelles offres :

Finance Business Partner Opérations – Bofflens, Vaud
Responsable de carrière – Bofflens, Vaud
Ingénieur·e procédés – Bofflens, Vaud
Technico-commercial·e béton – Villeneuve, Vaud

Voir les offres : https://www.linkedin.com/company/calmat-group/jobs/?trk=eml-company_jobs

© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "r2th",
        "2025-10-06 19:10",
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : contrôleur de gestion à Lausanne, VD",
        J("alert", "indeed"),
        """Indeed

contrôleur de gestion – Lausanne, VD
5 nouveaux emplois correspondent à votre recherche

Contrôleur de gestion (H/F) – Groupe Horizon Santé – Lausanne – CHF 95 000 – 115 000 par an
Comptable – contrôleur de gestion – Fiduciaire du Léman – Lausanne – Candidature facile
Assistant·e contrôle de gestion – Ville de Renens – Renens – Temps partiel
Controller 80-100% – Techbau AG – Fribourg
Voir tous les emplois : https://ch-fr.indeed.com/jobs?q=contr%C3%B4leur+de+gestion&l=Lausanne&from=ja

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner :
https://ch-fr.indeed.com/alert/unsubscribe?id=a7c1
""",
    ),
    m(
        "s5ui",
        "2025-11-04 10:00",
        "Groupe Sertis – Talents <talents@sertis-group.example>",
        "Bienvenue dans notre communauté de talents",
        J("alert", "direct", "Groupe Sertis"),
        """Chère Noémie,

Merci d'avoir rejoint la communauté de talents du Groupe Sertis.

Vous recevrez désormais, environ une fois par mois, une sélection d'opportunités au sein de nos
Maisons (Lignières, Vallorbe Précision, Atelier Joux) et de nos services partagés, ainsi que
des nouvelles de nos métiers.

Gérer mes préférences : https://careers.sertis-group.example/talent-community/preferences

À très bientôt,
L'équipe Talent Acquisition – Groupe Sertis
""",
    ),
    m(
        "t8vj",
        "2025-11-10 06:55",
        JOBROOM,
        "Nouvelles offres correspondant à votre profil de recherche",
        J("alert", "other"),
        """Bonjour Noémie Favre-Rochat,

4 nouvelles offres d'emploi correspondent à votre profil de recherche « Contrôleur de gestion ».

Spécialiste en finance et comptabilité 80 % – Commune de Bussigny
Contrôleur de gestion – Hôpital intercantonal de la Broye – Payerne
Comptable-contrôleur – Coopérative agricole du Gros-de-Vaud – Échallens
Contrôleur financier – Ciments Vigneron SA – Éclépens

Voir les offres : https://www.job-room.ch/job-search?profile=3318

Job-Room – le portail du service public de l'emploi.
""",
    ),
    m(
        "u1wk",
        "2025-11-17 06:45",
        "jobup.ch <jobalert@jobup.ch>",
        "Ces entreprises recrutent près de chez toi",
        J("alert", "other"),
        """Bonjour Noémie,

De nouvelles offres correspondent à ton alerte « contrôleur de gestion ».

Contrôleur·euse de gestion (80-100 %) – Énergies du Jorat SA – Mézières VD
Contrôleur de gestion junior – Banque Rhodanienne – Genève
Financial Controller (EN/FR) – Safe Water Alliance – Genève (délai dépassé)
Controller 80 % – Sucrerie d'Aarberg-Ouest – Avenches

Voir toutes les offres : https://www.jobup.ch/fr/emplois/?alert=45521

Modifier ou supprimer cette alerte : https://www.jobup.ch/fr/compte/alertes/
""",
        headers={
            "List-Unsubscribe": "<https://www.jobup.ch/fr/compte/alertes/unsubscribe?id=45521>"
        },
    ),
    m(
        "v4xl",
        "2025-11-25 16:00",
        "Nutrivera Careers <talentcommunity@nutrivera.example>",
        "Life at Nutrivera: meet our Finance teams",
        J("alert", "direct", "Nutrivera", None, "en"),
        """Hi Noémie,

As a member of our Talent Community, here are this month's stories and opportunities:

• "From plant controller to CFO of a region": an interview with Sofia Marchetti
• 5 finance roles open now in Switzerland – Plant Controller Orbe, Treasury Analyst,
  Commercial Finance Manager...
• Our new hybrid working policy explained

Explore open roles: https://nvgroup.wd3.myworkdayjobs.com/en-US/External?q=finance

You are receiving this email because you joined the Nutrivera Talent Community.
Unsubscribe: https://careers.nutrivera.example/talent-community/unsubscribe
""",
        headers={
            "List-Unsubscribe": "<https://careers.nutrivera.example/talent-community/unsubscribe>"
        },
    ),
    m(
        "w7ym",
        "2025-12-08 07:32",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« contrôleur de gestion » : nouvelles offres à Lausanne",
        J("alert", "linkedin"),
        """Votre alerte emploi pour contrôleur de gestion
Lausanne, Vaud, Suisse

FP&A Analyst – Alpcargo SA – Meyrin – Candidature simplifiée
Contrôleur·euse de gestion Logistique – Valmi – Écublens – Republiée
Contrôleur de gestion – Orbitec Medical SA – Yverdon-les-Bains – 38 candidats
Voir toutes les offres : https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733928452

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company
""",
    ),
    m(
        "x0zn",
        "2026-01-12 06:40",
        "jobs.ch <jobalert@jobs.ch>",
        "Votre abonnement : 6 nouveaux postes",
        J("alert", "other"),
        """Nouveaux postes pour votre abonnement « Controlling, Lausanne + 40 km »

• Senior Controller (100 %) – Orbitec Medical SA – Yverdon-les-Bains
• Contrôleur de gestion 80 % – CHUL – Lausanne
• Finance Business Partner – Nutrivera – La Tour-de-Peilz
Voir les 6 postes : https://www.jobs.ch/fr/offres-emplois/?term=controlling&location=lausanne&radius=40

Gérer mes abonnements : https://www.jobs.ch/fr/compte/abonnements/
""",
    ),
    m(
        "y3ao",
        "2026-02-02 09:12",
        "jobup.ch <noreply@jobup.ch>",
        "Ton alerte emploi a été supprimée",
        J("other_job", "other"),
        """Bonjour Noémie,

Ton alerte « contrôleur de gestion – Vaud, Genève, Fribourg » a bien été supprimée. Tu ne
recevras plus d'e-mails pour cette recherche.

Tu as trouvé un emploi ? Félicitations ! Dis-nous si jobup.ch t'a aidée :
https://www.jobup.ch/fr/feedback/?src=alert_deleted

L'équipe jobup.ch
""",
    ),
    m(
        "z6bp",
        "2026-02-09 07:25",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« finance business partner » : 5 nouvelles offres",
        J("alert", "linkedin"),
        """Votre alerte emploi pour finance business partner
Lausanne, Vaud, Suisse

Finance Business Partner – Safe Water Alliance – Genève – Republiée
Senior FBP Commercial – Nutrivera – La Tour-de-Peilz
Finance Business Partner R&D – Sensimetrix – Neuchâtel
Voir toutes les offres : https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733928451

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company
""",
    ),
]
