"""Job mail of the nineteenth held-out corpus: Brussels, Geneva, agencies, more Montréal and
Ottawa applications, alerts, outreach and other job mail (never tuned on)."""

# ruff: noqa: E501  (hand-written mail keeps the line lengths its senders would use)

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EDT, EST, CEST, CET = "-0400", "-0500", "+0200", "+0100"

QM = "Quadrant Mobilité"
OE = "Observatoire européen des données de santé"
OE_R = "Analyste de données (H/F/X)"
BA = "Banque Privée Ardent & Cie"
BA_R = "Data Analyst Risques"
BD = "Brique Data"
BD_R = "Data Analyst Mid/Senior"
CI = "Canadian Institute for Health Measurement"
CI_R = "Senior Analyst, Health System Performance"
PO_R = "Analyste de données (contrat 12 mois)"
PSM = "Papiers Saint-Maurice"

MAIL: list[dict[str, Any]] = [
    # 17 Quadrant Mobilité (Brussels), Workable: confirmation, interview, rejection
    m(
        "19101",
        "2025-12-02 09:14",
        "Quadrant Mobilité <noreply@candidates.workablemail.com>",
        "Candidature reçue - Data Analyst (Bruxelles)",
        ("confirmation", QM, "Data Analyst", 17, "workable", "fr"),
        text="""Bonjour Élodie,

Merci pour votre candidature au poste de Data Analyst chez Quadrant Mobilité SA à Bruxelles.
Nous l'avons bien reçue et reviendrons vers vous rapidement.

Bien à vous,
L'équipe Quadrant Mobilité
""",
        tz=CET,
    ),
    m(
        "19102",
        "2025-12-09 14:30",
        "Wouter Peeters <wouter.peeters@quadrantmobilite.be>",
        "Premier entretien - Data Analyst",
        ("interview", QM, "Data Analyst", 17, "direct", "fr"),
        text="""Bonjour Élodie,

Merci pour votre candidature. Votre profil nous intéresse beaucoup. Compte tenu du décalage
horaire, je vous propose un premier entretien par visioconférence le mardi 16 décembre à
15h00 (heure de Bruxelles), soit 9h00 chez vous. Cela vous convient-il?

L'entretien durera environ nonante minutes et comprendra une courte étude de cas.

Bien à vous,
Wouter Peeters
Head of Data - Quadrant Mobilité SA
Rue de la Loi 42, 1040 Etterbeek
""",
        tz=CET,
    ),
    m(
        "19103",
        "2026-01-08 11:02",
        "Wouter Peeters <wouter.peeters@quadrantmobilite.be>",
        "RE: Premier entretien - Data Analyst",
        ("rejection", QM, "Data Analyst", 17, "direct", "fr"),
        text="""Bonjour Élodie,

Meilleurs voeux pour 2026! Je reviens vers vous comme promis. Nous avons beaucoup apprécié
notre échange et votre étude de cas était très solide. Toutefois, nous avons finalement
privilégié un profil déjà établi en Belgique et néerlandophone, ce qui est devenu un critère
important pour l'équipe.

Je vous souhaite plein succès pour votre installation en Europe.

Bien à vous,
Wouter
""",
        tz=CET,
        **reply("19102", "wouter.peeters@quadrantmobilite.be"),
    ),
    # 18 Observatoire européen des données de santé, SmartRecruiters: confirmation, HackerRank,
    # interview, cancellation, rejection (post cancelled)
    m(
        "19104",
        "2025-12-05 16:45",
        "OEDS Recrutement <no-reply@smartrecruiters.com>",
        "Merci pour votre candidature",
        ("confirmation", OE, OE_R, 18, "smartrecruiters", "fr"),
        text="""Bonjour Élodie,

Nous vous remercions de votre candidature au poste Analyste de données (H/F/X) à
l'Observatoire européen des données de santé (OEDS), Bruxelles. Nous étudions votre dossier
et reviendrons vers vous dans les meilleurs délais.

Cordialement,
Service du personnel - OEDS
""",
        tz=CET,
    ),
    m(
        "19105",
        "2025-12-12 10:00",
        "HackerRank <support@hackerrank.com>",
        "Invitation: OEDS - Data Analyst SQL Test",
        ("assessment", OE, OE_R, 18, "hackerrank", "en"),
        text="""Hi Élodie,

You have been invited by Observatoire européen des données de santé to take the test
"OEDS - Data Analyst SQL Test". Duration: 75 minutes. Please complete it before
December 19, 2025 23:59 CET.

Take test: https://www.hackerrank.com/tests/oeds-da-sql/login

Good luck!
HackerRank on behalf of OEDS
""",
        tz=CET,
    ),
    m(
        "19106",
        "2026-01-07 09:30",
        "Griet Vandamme <griet.vandamme@oeds.eu>",
        "Invitation: Entretien OEDS - Élodie Gagnon-Pham @ mer. 14 janv. 2026 15:00 - 16:00 (CET)",
        ("interview", OE, OE_R, 18, "direct", "fr"),
        text="""Vous êtes invitée à l'événement suivant.

Entretien OEDS - Élodie Gagnon-Pham
Quand : mercredi 14 janvier 2026 15:00 - 16:00 (heure normale d'Europe centrale)
Participer avec Google Meet : https://meet.google.com/oed-sdat-ahq
Invités : Griet Vandamme (organisatrice), Luc Derycke
""",
        ics={
            "start": "2026-01-14 15:00:00 +0100",
            "minutes": 60,
            "organizer": ("Griet Vandamme", "griet.vandamme@oeds.eu"),
            "attendees": [("Luc Derycke", "luc.derycke@oeds.eu")],
            "uid": "7c1e0f5a2b9d4oeds19106@google.com",
            "summary": "Entretien OEDS - Élodie Gagnon-Pham",
            "location": "https://meet.google.com/oed-sdat-ahq",
        },
        tz=CET,
    ),
    m(
        "19107",
        "2026-01-12 17:05",
        "Griet Vandamme <griet.vandamme@oeds.eu>",
        "Invitation annulée : Entretien OEDS - Élodie Gagnon-Pham @ mer. 14 janv. 2026",
        ("interview", OE, OE_R, 18, "direct", "fr"),
        text="""Cet événement a été annulé et supprimé de votre agenda.

Entretien OEDS - Élodie Gagnon-Pham
mercredi 14 janvier 2026 15:00 - 16:00 (CET)
""",
        ics={
            "method": "CANCEL",
            "start": "2026-01-14 15:00:00 +0100",
            "minutes": 60,
            "organizer": ("Griet Vandamme", "griet.vandamme@oeds.eu"),
            "attendees": [("Luc Derycke", "luc.derycke@oeds.eu")],
            "uid": "7c1e0f5a2b9d4oeds19106@google.com",
            "summary": "Entretien OEDS - Élodie Gagnon-Pham",
        },
        tz=CET,
    ),
    m(
        "19108",
        "2026-01-12 17:11",
        "Griet Vandamme <griet.vandamme@oeds.eu>",
        "Votre dossier",
        ("rejection", OE, OE_R, 18, "direct", "fr"),
        text="""Chère Madame,

Je suis au regret de vous informer que le recrutement pour ce poste est suspendu
définitivement suite à une révision budgétaire de la Commission; l'entretien de mercredi est
donc annulé. Vos résultats au test étaient excellents et je le regrette sincèrement.

Nous ne manquerons pas de vous recontacter si un poste similaire se libère.

Griet Vandamme
Responsable RH, OEDS
""",
        tz=CET,
    ),
    # 19 Léman Executive Search (Geneva), client named late: outreach, then application
    m(
        "19109",
        "2025-11-25 08:20",
        "Fabienne Rochat <f.rochat@leman-executive.ch>",
        "Opportunité confidentielle à Genève - Data Analyst",
        ("outreach", None, BA_R, None, "agency", "fr"),
        text="""Bonjour Madame Gagnon-Pham,

Je me permets de vous contacter suite à votre profil LinkedIn. Nous accompagnons l'un de nos
clients, un établissement bancaire privé genevois de taille moyenne, dans le recrutement d'un
ou d'une Data Analyst pour son département Risques (modélisation, reporting réglementaire,
Python/SQL). Poste à 100 %, permis de travail facilité pour les ressortissants de l'UE... et
étudié au cas par cas pour les autres.

Seriez-vous disponible pour un échange téléphonique cette semaine?

Meilleures salutations,
Fabienne Rochat
Associée - Léman Executive Search SA
Rue du Rhône 65, 1204 Genève
""",
        tz=CET,
    ),
    m(
        "19110",
        "2025-12-04 13:40",
        "Fabienne Rochat <f.rochat@leman-executive.ch>",
        "RE: Opportunité confidentielle à Genève - Data Analyst",
        ("interview", BA, BA_R, 19, "agency", "fr"),
        text="""Chère Élodie,

Merci encore pour notre appel de mardi. Comme convenu, j'ai présenté votre dossier à notre
client, et je peux maintenant vous dévoiler son nom : il s'agit de la Banque Privée Ardent &
Cie SA. Le responsable Risques, M. Olivier Zbinden, souhaite vous rencontrer en visio le
jeudi 11 décembre à 16h (heure de Genève).

Je vous envoie ce soir quelques éléments pour bien vous préparer.

Meilleures salutations,
Fabienne
""",
        tz=CET,
        **reply("19109", "f.rochat@leman-executive.ch"),
    ),
    m(
        "19111",
        "2025-12-19 10:55",
        "Fabienne Rochat <f.rochat@leman-executive.ch>",
        "Retour de notre client",
        ("rejection", BA, BA_R, 19, "agency", "fr"),
        text="""Chère Élodie,

J'ai eu le retour de M. Zbinden. Il a apprécié la qualité de vos réponses techniques; il a
toutefois décidé de poursuivre avec une candidate déjà titulaire d'un permis B, l'obtention
d'un permis de travail posant une contrainte de calendrier trop forte pour eux.

Je garde votre dossier précieusement, d'autres mandats devraient arriver au premier trimestre.
Je vous souhaite de belles fêtes.

Fabienne
""",
        tz=CET,
    ),
    # 20 Lumen Philanthropy Analytics (Geneva), Greenhouse: confirmation, rejection
    m(
        "19112",
        "2025-12-15 18:02",
        "Lumen Philanthropy Analytics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Lumen",
        (
            "confirmation",
            "Lumen Philanthropy Analytics",
            "Impact Data Analyst",
            20,
            "greenhouse",
            "en",
        ),
        text="""Dear Élodie,

Thank you for your application for the Impact Data Analyst position in Geneva. Our team will
review it carefully; we aim to respond to every applicant within four weeks.

Kind regards,
People Team, Lumen Philanthropy Analytics Sàrl
""",
        tz=CET,
    ),
    m(
        "19113",
        "2026-01-09 12:31",
        "Lumen Philanthropy Analytics <no-reply@us.greenhouse-mail.io>",
        "Your application",
        (
            "rejection",
            "Lumen Philanthropy Analytics",
            "Impact Data Analyst",
            20,
            "greenhouse",
            "en",
        ),
        text="""Dear Élodie,

We truly appreciate the time you invested in your application. We received over 400
applications for this role, and the calibre of candidates was exceptional. Unfortunately, we
are unable to offer you an interview on this occasion.

We wish you every success in your search.

People Team, Lumen
""",
        tz=CET,
    ),
    # 21 Atelier Horloger Vallon (Vallée de Joux), Personio: confirmation, interview, silence
    m(
        "19114",
        "2026-01-19 07:30",
        "Atelier Horloger Vallon SA <no-reply@personio.de>",
        "Votre candidature chez Atelier Horloger Vallon SA",
        (
            "confirmation",
            "Atelier Horloger Vallon",
            "Analyste Supply Chain & Données",
            21,
            "personio",
            "fr",
        ),
        text="""Bonjour Élodie Gagnon-Pham,

Nous vous remercions de votre candidature pour le poste « Analyste Supply Chain & Données »
(Le Sentier, 100 %). Nous l'examinerons avec attention et vous contacterons prochainement.

Avec nos meilleures salutations,
Ressources humaines
Atelier Horloger Vallon SA
""",
        tz=CET,
    ),
    m(
        "19115",
        "2026-02-03 09:12",
        "Corinne Golay <corinne.golay@vallon-horlogerie.ch>",
        "Analyste Supply Chain & Données - entretien",
        (
            "interview",
            "Atelier Horloger Vallon",
            "Analyste Supply Chain & Données",
            21,
            "direct",
            "fr",
        ),
        text="""Bonjour Madame,

Suite à votre candidature, nous aurions le plaisir de faire votre connaissance lors d'un
entretien Teams d'une heure. Pourriez-vous nous indiquer vos disponibilités pour la semaine
du 9 février, en tenant compte de nos horaires (8h00 - 17h00)?

Je vous adresse mes meilleures salutations.

Corinne Golay
Responsable RH
""",
        tz=CET,
    ),
    # 22 Brique Data (Brussels), Teamtailor: confirmation, interview, short reply, offer
    m(
        "19116",
        "2026-01-26 10:20",
        "Brique Data <no-reply@teamtailor.com>",
        "On a bien reçu ta candidature 🧱",
        ("confirmation", BD, BD_R, 22, "teamtailor", "fr"),
        text="""Salut Élodie,

Merci d'avoir postulé pour le job de Data Analyst Mid/Senior chez Brique Data! On lit
chaque candidature nous-mêmes, promis. Tu auras de nos nouvelles d'ici une semaine ou deux.

À bientôt,
L'équipe Brique
""",
        tz=CET,
    ),
    m(
        "19117",
        "2026-02-02 16:44",
        "Sarah Lambotte <sarah@briquedata.be>",
        "Un petit café virtuel?",
        ("interview", BD, BD_R, 22, "direct", "fr"),
        text="""Hello Élodie,

J'ai lu ton CV avec beaucoup d'intérêt. On se fait un premier call de 30 min? Je suis libre
jeudi à 15h ou vendredi à 14h (heure belge). Dis-moi ce qui t'arrange.

Sarah
Co-fondatrice, Brique Data SRL
""",
        tz=CET,
    ),
    m(
        "19118",
        "2026-02-03 08:10",
        "Sarah Lambotte <sarah@briquedata.be>",
        "Re: Un petit café virtuel?",
        ("interview", BD, BD_R, 22, "direct", "fr"),
        text="""Top, vendredi 14h c'est noté! Je t'envoie le lien Meet.

Sarah

Le lun. 2 févr. 2026 à 22:51, Élodie Gagnon-Pham a écrit :
> Vendredi 14h, parfait pour moi (8h à Montréal, le café sera vraiment nécessaire!).
""",
        tz=CET,
        **reply("19117", "sarah@briquedata.be"),
    ),
    m(
        "19119",
        "2026-02-27 18:30",
        "Sarah Lambotte <sarah@briquedata.be>",
        "Re: Un petit café virtuel?",
        ("offer", BD, BD_R, 22, "direct", "fr"),
        text="""Élodie,

Après tes échanges avec Tom et Inès, c'est un grand oui de toute l'équipe! On aimerait
vraiment que tu nous rejoignes. Concrètement : CDI, 4 300 € brut par mois, 13e et double
pécule, chèques-repas, début idéalement le 1er juin à Bruxelles.

Je t'envoie le contrat cette semaine, prends le temps d'y réfléchir.

Sarah
""",
        tz=CET,
        **reply("19117", "sarah@briquedata.be"),
    ),
    # 23 Trellis AI (Montréal), Ashby + HackerRank: confirmation, test, rejection
    m(
        "19120",
        "2025-10-01 12:05",
        "Trellis AI <no-reply@ashbyhq.com>",
        "Thanks for applying to Trellis AI!",
        ("confirmation", "Trellis AI", "Analytics Engineer", 23, "ashby", "en"),
        text="""Hi Élodie,

Thanks for applying for the Analytics Engineer role at Trellis AI! We've received your
application and the team will get back to you soon.

Trellis AI Talent
""",
        tz=EDT,
    ),
    m(
        "19121",
        "2025-10-06 09:01",
        "HackerRank <support@hackerrank.com>",
        "Trellis AI has invited you to take a test",
        ("assessment", "Trellis AI", "Analytics Engineer", 23, "hackerrank", "en"),
        text="""Hello Élodie,

Trellis AI has invited you to the "Analytics Engineer - SQL & dbt" assessment.
Test duration: 90 minutes. Expires: October 13, 2025.

https://www.hackerrank.com/tests/trellis-ae/login
""",
        tz=EDT,
    ),
    m(
        "19122",
        "2025-10-21 17:22",
        "Trellis AI <no-reply@ashbyhq.com>",
        "Trellis AI - next steps",
        ("rejection", "Trellis AI", "Analytics Engineer", 23, "ashby", "en"),
        text="""Hi Élodie,

Thank you for completing the assessment. We've reviewed your results and decided not to move
forward at this time. This was a competitive process and we really appreciate your effort.

Best of luck,
Trellis AI Talent
""",
        tz=EDT,
    ),
    # 24 Northshore Retail Canada, iCIMS: confirmation, rejection
    m(
        "19123",
        "2025-09-22 14:48",
        "Northshore Retail Careers <northshore-careers@talent.icims.com>",
        "Northshore Retail Canada - Application Received",
        ("confirmation", "Northshore Retail Canada", "Pricing Data Analyst", 24, "icims", "en"),
        text="""Dear Élodie,

Thank you for applying for the Pricing Data Analyst (Job ID 2025-11873) position with
Northshore Retail Canada. A member of our recruiting team will review your qualifications.

Northshore Retail Canada Talent Acquisition
""",
        tz=EDT,
    ),
    m(
        "19124",
        "2025-10-30 11:11",
        "Northshore Retail Careers <northshore-careers@talent.icims.com>",
        "Regarding Job ID 2025-11873",
        ("rejection", "Northshore Retail Canada", "Pricing Data Analyst", 24, "icims", "en"),
        text="""Dear Élodie,

We appreciate your interest in Northshore Retail Canada. Your skills are impressive, and we
enjoyed learning about your background. However, the position has been filled by a candidate
whose qualifications more closely match our current needs.

Sincerely,
Talent Acquisition
""",
        tz=EDT,
    ),
    # 25 Alto Mobilité, mail from the parent group's domain: confirmation, interview, silence
    m(
        "19125",
        "2025-10-14 09:35",
        "Carrières Groupe Transitec <carrieres@grp-transitec.ca>",
        "Accusé de réception",
        ("confirmation", "Alto Mobilité", "Analyste de données - autopartage", 25, "direct", "fr"),
        text="""Bonjour,

Nous accusons réception de votre candidature pour le poste d'analyste de données -
autopartage chez Alto Mobilité, une entreprise du Groupe Transitec.

Nous communiquerons avec vous si votre profil est retenu.

Service des carrières
Groupe Transitec
""",
        tz=EDT,
    ),
    m(
        "19126",
        "2025-10-22 15:00",
        "Yannick Lessard <ylessard@grp-transitec.ca>",
        "Rencontre jeudi?",
        ("interview", "Alto Mobilité", "Analyste de données - autopartage", 25, "direct", "fr"),
        text="""Bonjour Élodie,

On a bien aimé ton CV pour le poste chez Alto. Est-ce que tu pourrais passer jeudi 30 à
10 h à nos bureaux (5600, rue Hochelaga, 2e) pour rencontrer l'équipe produit? Ça devrait
prendre une heure.

Yannick Lessard
Directeur données, Alto Mobilité
Groupe Transitec
""",
        tz=EDT,
    ),
    # 26 employer named only in the signature and the job URL
    m(
        "19127",
        "2025-11-05 12:40",
        "Service RH <rh@cvrn.ca>",
        "Suite à votre candidature",
        (
            "interview",
            "Cliniques vétérinaires Rive-Nord",
            "Analyste de données et reporting",
            26,
            "direct",
            "fr",
        ),
        text="""Bonjour Madame Gagnon-Pham,

Merci d'avoir postulé sur notre site (https://cliniquesrivenord.ca/carrieres/analyste-donnees-reporting).
Nous aimerions vous rencontrer le 12 novembre à 13 h 30 à notre siège de Terrebonne.
Merci de confirmer.

Geneviève Sauvé
Directrice des ressources humaines
Cliniques vétérinaires Rive-Nord
""",
        tz=EST,
    ),
    m(
        "19128",
        "2025-11-06 08:12",
        "Service RH <rh@cvrn.ca>",
        "RE: Suite à votre candidature",
        (
            "interview",
            "Cliniques vétérinaires Rive-Nord",
            "Analyste de données et reporting",
            26,
            "direct",
            "fr",
        ),
        text="""Merci, c'est confirmé. Stationnement gratuit à l'arrière de l'édifice.

G. Sauvé
""",
        tz=EST,
        **reply("19127", "rh@cvrn.ca"),
    ),
    m(
        "19129",
        "2025-11-13 17:45",
        "Service RH <rh@cvrn.ca>",
        "RE: Suite à votre candidature",
        (
            "confirmation",
            "Cliniques vétérinaires Rive-Nord",
            "Analyste de données et reporting",
            26,
            "direct",
            "fr",
        ),
        text="""Bonjour Élodie,

Je comprends très bien, merci de nous avoir avisés rapidement. Bonne chance dans vos
nouvelles fonctions!

Geneviève

> Bonjour Madame Sauvé, merci pour la rencontre d'hier. J'ai reçu entre-temps une offre que
> j'ai choisi d'accepter et je préfère donc retirer ma candidature.
""",
        st="withdrawn",
        tz=EST,
        **reply("19127", "rh@cvrn.ca"),
    ),
    # 27 microbrewery, hiring manager from his personal webmail: interview, rejection
    m(
        "19130",
        "2025-09-27 11:18",
        "Daniel Ouimet <dan.ouimet77@hotmail.com>",
        "Ton CV",
        (
            "interview",
            "Microbrasserie La Tournée",
            "Analyste de données (temps partiel)",
            27,
            "direct",
            "fr",
        ),
        text="""Salut Élodie,

J'ai eu ton CV par l'affichage sur le site de l'AMBQ. On cherche quelqu'un 2 jours/semaine
pour mettre de l'ordre dans nos données de ventes (dépanneurs, SAQ, bar). Viens prendre une
bière (ou un café) au salon mardi 17 h, on en jase?

Dan Ouimet
Proprio - Microbrasserie La Tournée
Rosemont
""",
        tz=EDT,
    ),
    m(
        "19131",
        "2025-10-09 21:33",
        "Daniel Ouimet <dan.ouimet77@hotmail.com>",
        "RE: Ton CV",
        (
            "rejection",
            "Microbrasserie La Tournée",
            "Analyste de données (temps partiel)",
            27,
            "direct",
            "fr",
        ),
        text="""Salut Élodie,

Merci d'être passée! Finalement on garde le budget pour une nouvelle cuve cette année,
donc on met pas le poste en place. Désolé, t'étais clairement la bonne personne. Je te
garde en tête pour le printemps.

Dan
""",
        tz=EDT,
        **reply("19130", "dan.ouimet77@hotmail.com"),
    ),
    # 28 Régie intermodale de l'Outaouais, union shop, bilingual HR: confirmation, rejection
    m(
        "19132",
        "2025-10-16 15:03",
        "Ressources humaines / Human Resources <dotation@rio-transport.ca>",
        "Affichage RIO-2025-087 - Accusé de réception / Acknowledgement",
        (
            "confirmation",
            "Régie intermodale de l'Outaouais",
            "Analyste en planification des données",
            28,
            "direct",
            "fr",
        ),
        text="""(English follows)

Bonjour,

Nous accusons réception de votre candidature à l'affichage RIO-2025-087, Analyste en
planification des données (poste syndiqué, unité des employés de bureau, SCFP section locale
5221). Conformément à la convention collective, les candidatures internes seront considérées
en priorité.

Hello,

We acknowledge receipt of your application for posting RIO-2025-087, Data Planning Analyst
(unionized position, CUPE Local 5221). In accordance with the collective agreement, internal
applicants will be considered first.

Dotation / Staffing
Régie intermodale de l'Outaouais
""",
        tz=EDT,
    ),
    m(
        "19133",
        "2025-11-10 10:27",
        "Ressources humaines / Human Resources <dotation@rio-transport.ca>",
        "Affichage RIO-2025-087",
        (
            "rejection",
            "Régie intermodale de l'Outaouais",
            "Analyste en planification des données",
            28,
            "direct",
            "fr",
        ),
        text="""(English follows)

Bonjour,

Nous vous remercions de l'intérêt manifesté pour l'affichage RIO-2025-087. Le poste a été
comblé par une personne salariée en vertu des dispositions de la convention collective. Nous
ne pourrons donc pas donner suite à votre candidature.

Hello,

Thank you for your interest in posting RIO-2025-087. The position has been filled by an
internal employee under the collective agreement. We are therefore unable to proceed with
your application.
""",
        tz=EST,
    ),
    # 29 CIHM (Ottawa), Taleo: confirmation, Google invite, recruiter auto-reply, silence
    m(
        "19134",
        "2025-11-03 12:20",
        "CIHM Careers <cihm@taleo.net>",
        "Thank you for your application - Senior Analyst, Health System Performance",
        ("confirmation", CI, CI_R, 29, "taleo", "en"),
        text="""Dear Élodie Gagnon-Pham,

Thank you for your interest in the Canadian Institute for Health Measurement. We confirm
receipt of your application for Senior Analyst, Health System Performance (Req 25-0912).
Bilingualism (English and French) is required for this position.

CIHM Talent Acquisition
""",
        tz=EST,
    ),
    m(
        "19135",
        "2025-11-20 10:00",
        "Hannah Kowalczyk <hkowalczyk@cihm-icms.ca>",
        "Invitation: CIHM interview - Senior Analyst, HSP @ Thu Nov 27, 2025 2pm - 3pm (EST)",
        ("interview", CI, CI_R, 29, "direct", "en"),
        text="""You have been invited to the following event.

CIHM interview - Senior Analyst, HSP
When: Thursday Nov 27, 2025 2pm - 3pm (Eastern Time - Toronto)
Panel: Hannah Kowalczyk, Dr. Éric Plamondon. Part of the interview will be conducted in French.
Joining info: Join with Google Meet https://meet.google.com/cih-mhsp-int
""",
        ics={
            "start": "2025-11-27 14:00:00 -0500",
            "minutes": 60,
            "organizer": ("Hannah Kowalczyk", "hkowalczyk@cihm-icms.ca"),
            "attendees": [("Éric Plamondon", "eplamondon@cihm-icms.ca")],
            "uid": "cihm20251127hsp19135@google.com",
            "summary": "CIHM interview - Senior Analyst, HSP",
            "description": "Panel interview. Part of the interview will be conducted in French.",
            "location": "https://meet.google.com/cih-mhsp-int",
        },
        tz=EST,
    ),
    m(
        "19136",
        "2025-12-08 09:00",
        "Hannah Kowalczyk <hkowalczyk@cihm-icms.ca>",
        "Automatic reply: Follow-up - Senior Analyst, HSP",
        ("other_job", CI, CI_R, None, "direct", "en"),
        text="""Thank you for your message. I am out of the office until January 5, 2026 with limited
access to email. For urgent staffing matters please contact talent@cihm-icms.ca.

Je suis absente du bureau jusqu'au 5 janvier 2026. Pour toute question urgente concernant
la dotation, écrivez à talent@cihm-icms.ca.
""",
        tz=EST,
    ),
    # 30 LinkedIn Easy Apply, Maplewire Telecom: sent, then nothing
    m(
        "19137",
        "2025-11-24 21:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élodie, your application was sent to Maplewire Telecom",
        ("confirmation", "Maplewire Telecom", "Customer Insights Analyst", 30, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Maplewire Telecom</p>
<p><b>Customer Insights Analyst</b><br>Maplewire Telecom · Montreal, QC (Remote)</p>
<p>Applied on November 24, 2025</p>
</body></html>""",
        tz=EST,
    ),
    # 31 Centre de services scolaire des Deux-Rives via Québec emploi: confirmation, interview,
    # rejection
    m(
        "19138",
        "2025-10-02 08:30",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi - Candidature transmise",
        (
            "confirmation",
            "Centre de services scolaire des Deux-Rives",
            "Analyste (données organisationnelles)",
            31,
            "other",
            "fr",
        ),
        text="""Bonjour,

Votre candidature a été transmise à l'employeur pour l'offre suivante :
Analyste (données organisationnelles) - Centre de services scolaire des Deux-Rives
Lieu de travail : Lévis
Numéro de l'offre : 4471203

Québec emploi
""",
        tz=EDT,
    ),
    m(
        "19139",
        "2025-10-17 13:55",
        "Dotation CSS Deux-Rives <dotation@cssdeuxrives.gouv.qc.ca>",
        "Convocation - entrevue de sélection",
        (
            "interview",
            "Centre de services scolaire des Deux-Rives",
            "Analyste (données organisationnelles)",
            31,
            "direct",
            "fr",
        ),
        text="""Madame,

Vous êtes convoquée à une entrevue de sélection pour le poste d'analyste (données
organisationnelles), le lundi 27 octobre 2025 à 10 h, par TEAMS. La rencontre sera précédée
d'un exercice écrit de 30 minutes.

Le lien vous sera transmis la veille.

Service des ressources humaines - Dotation
Centre de services scolaire des Deux-Rives
""",
        tz=EDT,
    ),
    m(
        "19140",
        "2025-11-04 14:20",
        "Dotation CSS Deux-Rives <dotation@cssdeuxrives.gouv.qc.ca>",
        "Entrevue du 27 octobre",
        (
            "rejection",
            "Centre de services scolaire des Deux-Rives",
            "Analyste (données organisationnelles)",
            31,
            "direct",
            "fr",
        ),
        text="""Madame,

Nous tenons à vous remercier de votre participation au processus de sélection. Le comité a
apprécié votre présentation; nous regrettons toutefois de vous informer que votre candidature
n'a pas été retenue.

Service des ressources humaines
""",
        tz=EST,
    ),
    # 32 Harborline Insurance Group, Workday (en): confirmation, rejection
    m(
        "19141",
        "2025-09-29 09:40",
        "Harborline Insurance <harborline@myworkday.com>",
        "Application received: Data Analyst, Claims (JR104552)",
        ("confirmation", "Harborline Insurance Group", "Data Analyst, Claims", 32, "workday", "en"),
        text="""Hi Élodie,

Thanks for applying to Data Analyst, Claims (JR104552) at Harborline Insurance Group. We'll
review your application and contact you if your qualifications match the role.

Harborline Talent Acquisition
""",
        tz=EDT,
    ),
    m(
        "19142",
        "2025-10-24 18:05",
        "Harborline Insurance <harborline@myworkday.com>",
        "Your application status",
        ("rejection", "Harborline Insurance Group", "Data Analyst, Claims", 32, "workday", "en"),
        text="""Hi Élodie,

Thank you for your interest in Harborline. The role of Data Analyst, Claims (JR104552) is no
longer under consideration for you. We encourage you to apply to future openings.

Harborline Talent Acquisition
""",
        tz=EDT,
    ),
    # 33 placement agency, client named late: outreach, submission, interview, rejection
    m(
        "19143",
        "2025-09-09 10:10",
        "Patrick Lemieux <plemieux@placementoptimum.ca>",
        "Mandat - analyste de données, contrat 12 mois, Rive-Sud",
        ("outreach", None, PO_R, None, "agency", "fr"),
        text="""Bonjour Élodie,

Je suis conseiller chez Placement Optimum. Un de nos clients, un manufacturier bien établi
sur la Rive-Sud, cherche un(e) analyste de données pour un contrat de 12 mois (possibilité
de permanence). 38-42 $/h, hybride 2 jours au bureau.

Ça pourrait t'intéresser? Je peux t'appeler quand tu veux.

Patrick Lemieux
Conseiller en recrutement, Placement Optimum
""",
        tz=EDT,
    ),
    m(
        "19144",
        "2025-09-15 16:22",
        "Patrick Lemieux <plemieux@placementoptimum.ca>",
        "RE: Mandat - analyste de données, contrat 12 mois, Rive-Sud",
        ("confirmation", PSM, PO_R, 33, "agency", "fr"),
        text="""Salut Élodie,

Merci pour ton CV mis à jour. C'est fait : j'ai soumis ta candidature chez le client, tu
peux le savoir maintenant, c'est Papiers Saint-Maurice (usine de Sainte-Julie). Je te reviens
dès que j'ai du feedback, normalement d'ici une semaine.

Patrick
""",
        tz=EDT,
        **reply("19143", "plemieux@placementoptimum.ca"),
    ),
    m(
        "19145",
        "2025-09-24 11:03",
        "Patrick Lemieux <plemieux@placementoptimum.ca>",
        "Entrevue chez Papiers Saint-Maurice",
        ("interview", PSM, PO_R, 33, "agency", "fr"),
        text="""Bonne nouvelle! Le directeur des opérations veut te rencontrer lundi 29 septembre à
13 h à l'usine (1450, chemin du Fer-à-Cheval, Sainte-Julie). Demande Louis Arsenault à la
réception. Apporte des bottes fermées, il va sûrement te faire visiter le plancher.

Patrick
""",
        tz=EDT,
    ),
    m(
        "19146",
        "2025-10-08 15:40",
        "Patrick Lemieux <plemieux@placementoptimum.ca>",
        "Feedback",
        ("rejection", PSM, PO_R, 33, "agency", "fr"),
        text="""Salut Élodie,

J'ai eu le retour de Louis : il a bien aimé l'entrevue, mais ils ont décidé de prendre un
candidat avec plus d'expérience en SAP PP. Désolé, c'était serré. Je te garde dans mes
dossiers pour les prochains mandats!

Patrick
""",
        tz=EDT,
    ),
    # 34 forwarded confirmation from my old address (Njoyn)
    m(
        "19147",
        "2025-10-27 20:15",
        "Élodie Gagnon-Pham <egagnonpham@umontreal-alumni.ca>",
        "Fwd: Confirmation - Conseillère en données institutionnelles (concours 25-118)",
        (
            "confirmation",
            "Cégep du Vieux-Fort",
            "Conseillère en données institutionnelles",
            34,
            "other",
            "fr",
        ),
        text="""(à garder dans mes candidatures)

---------- Forwarded message ---------
From: Cégep du Vieux-Fort <donotreply@njoyn.com>
Date: Mon, Oct 27, 2025 at 4:02 PM
Subject: Confirmation - Conseillère en données institutionnelles (concours 25-118)

Bonjour Élodie,

Nous avons bien reçu votre candidature pour le concours 25-118, Conseillère ou conseiller en
données institutionnelles (personnel professionnel). Seules les personnes retenues seront
contactées.

Service des ressources humaines, Cégep du Vieux-Fort
""",
        tz=EDT,
    ),
    # alerts
    m(
        "19148",
        "2025-09-04 06:30",
        "Jobillico <alertes@jobillico.com>",
        "12 nouvelles offres : analyste de données - Montréal",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Bonjour Élodie, voici les nouvelles offres correspondant à votre alerte « analyste de
données » :</p>
<ul>
<li>Analyste de données - Groupe Ferrovia - Montréal</li>
<li>Analyste BI - Distribution Nordik - Boucherville</li>
<li>Analyste, données financières - Coop Agrinova - Longueuil</li>
</ul>
<p><a href="https://www.jobillico.com/recherche-emploi">Voir les 12 offres</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19149",
        "2025-09-21 07:02",
        "Indeed <alert@indeed.com>",
        "Analyste de données : 8 nouveaux emplois à Québec, QC",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body>
<p><b>Analyste de données junior</b> - Assurances Champlain - Québec, QC - Postulez facilement</p>
<p><b>Analyste en mobilité durable</b> - Ville de Lévis - Lévis, QC</p>
<p><b>Data Analyst</b> - Cortexa - Québec, QC - 70 000 $ - 85 000 $ par an</p>
<p><a href="https://ca.indeed.com/jobs?q=analyste+de+donn%C3%A9es&l=Qu%C3%A9bec">Voir tous les emplois</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19150",
        "2025-10-11 08:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“data analyst”: Tessellate Health - Data Analyst and more",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for <b>data analyst</b> in Greater Montreal</p>
<p>Tessellate Health · Data Analyst · Montreal, QC · Actively recruiting</p>
<p>Quarry Games · Player Insights Analyst · Montreal, QC · 3 connections work here</p>
<p>Banque Nordique · Analyste, lutte au blanchiment · Montreal, QC</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19151",
        "2025-11-02 09:00",
        "Guichet-Emplois <alerte-alert@guichetemplois.gc.ca>",
        "Alerte-Emplois : 5 nouvelles offres",
        ("alert", None, None, None, "other", "fr"),
        text="""Guichet-Emplois - Alerte-Emplois « analyste de données »

1. Analyste de données - Transport Brunelle ltée - Drummondville (QC) - 32 $ de l'heure
2. Analyste en statistiques - Solutions Marigot inc. - Gatineau (QC)
3. Analyste des systèmes d'information - Fondation Paxa - Montréal (QC)

Gérer vos alertes : https://www.guichetemplois.gc.ca/alertes
""",
        tz=EST,
    ),
    m(
        "19152",
        "2025-12-01 07:45",
        "Jobboom <alertes@jobboom.com>",
        "Vos offres d'emploi de la semaine",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Élodie, 7 nouvelles offres pourraient vous intéresser :</p>
<p>Conseiller(ère) en analytique - Mutuelle Saint-Laurent - Montréal</p>
<p>Analyste de données RH - Hôpital Sainte-Aurore - Laval</p>
</body></html>""",
        tz=EST,
    ),
    m(
        "19153",
        "2026-01-05 10:30",
        "Mouvement Boréal <mouvementboreal@myworkday.com>",
        "Bienvenue dans notre communauté de talents",
        ("alert", None, None, None, "workday", "fr"),
        html="""<html><body>
<p>Bonjour Élodie,</p>
<p>Merci d'avoir rejoint la communauté de talents du Mouvement Boréal. Vous recevrez nos
nouvelles offres correspondant à vos intérêts : Données et analytique, Montréal.</p>
</body></html>""",
        tz=EST,
    ),
    m(
        "19154",
        "2025-10-05 19:00",
        "Énergie Laurentides <noreply@successfactors.eu>",
        "Votre candidature est incomplète",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Élodie,

Vous avez commencé une candidature pour le poste Technicien(ne) en géomatique (Réf. 41902)
sans la soumettre. Vous pouvez la compléter dans votre profil candidat d'ici le 12 octobre.

Équipe Talents, Énergie Laurentides
""",
        tz=EDT,
    ),
    m(
        "19155",
        "2026-02-09 08:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ces entreprises recrutent à Bruxelles 🇧🇪",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Data Analyst - Lumio Energy - Bruxelles - CDI</p>
<p>Business Analyst - Flèche Logistics - Anvers - CDI</p>
<p>Analytics Engineer - Zenko - Bruxelles - Télétravail partiel</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "19156",
        "2026-02-20 12:00",
        "jobs.ch <jobmail@jobs.ch>",
        "Nouvelles offres pour « data analyst » - Genève",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Data Analyst 80-100 % - Fondation Léman Santé - Genève</p>
<p>Analyste BI - Transports publics romands - Lausanne</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "19157",
        "2026-03-03 09:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Halyard Insights is hiring a Senior Data Analyst",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Élodie, Halyard Insights is hiring a Senior Data Analyst in Geneva, Switzerland.</p>
<p>Based on your profile and search history. <a href="https://www.linkedin.com/jobs/view/4177720013">See job</a></p>
</body></html>""",
        tz=CET,
    ),
    # outreach
    m(
        "19158",
        "2025-10-13 14:02",
        "Jason Whitfield via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Data Analyst opportunity - Sparrowfield Analytics",
        ("outreach", "Sparrowfield Analytics", "Senior Data Analyst", None, "linkedin", "en"),
        text="""Hi Élodie,

I came across your profile and was impressed with your Power BI and SQL background. I'm
hiring a Senior Data Analyst for Sparrowfield Analytics (Montreal, hybrid). Would you be
open to a 15-minute chat this week?

Best,
Jason Whitfield
Talent Partner, Sparrowfield Analytics
""",
        tz=EDT,
    ),
    m(
        "19159",
        "2026-02-16 09:45",
        "Marie-Ève Dion <medion@chasseursdion.ca>",
        "Confidentiel - un rôle qui pourrait vous plaire",
        ("outreach", None, "Chef(fe) d'équipe analytique", None, "agency", "fr"),
        text="""Bonjour Élodie,

Je travaille sur un mandat de recherche de cadres pour un grand assureur de personnes à
Montréal, qui souhaite créer un poste de chef(fe) d'équipe analytique (4 personnes). Votre
parcours chez Énergie Laurentides semble tout indiqué.

Accepteriez-vous qu'on en discute en toute confidentialité?

Marie-Ève Dion
Associée principale, Dion & Associés - chasseurs de têtes
""",
        tz=EST,
    ),
    # other job mail
    m(
        "19160",
        "2025-09-08 13:02",
        "Alliance Mutuelle - Carrières <alliancemutuelle@taleo.net>",
        "Votre mot de passe a été réinitialisé",
        ("other_job", "Alliance Mutuelle", None, None, "taleo", "fr"),
        text="""Bonjour,

Le mot de passe de votre compte candidat (utilisateur : egagnonpham) vient d'être modifié.
Si vous n'êtes pas à l'origine de cette modification, communiquez avec nous.

Alliance Mutuelle - Carrières
""",
        tz=EDT,
    ),
    m(
        "19161",
        "2025-10-01 11:58",
        "Trellis AI <no-reply@ashbyhq.com>",
        "Your verification code",
        ("other_job", "Trellis AI", None, None, "ashby", "en"),
        text="""Your Trellis AI application portal code is 448120. It expires in 10 minutes.
""",
        tz=EDT,
    ),
    m(
        "19162",
        "2025-11-04 10:15",
        "Ville de Rideau Falls / City of Rideau Falls <surveys@rideaufalls.ca>",
        "Candidate experience survey / Sondage sur l'expérience candidat",
        ("other_job", "City of Rideau Falls", None, None, "direct", "en"),
        text="""Thank you for taking part in our recruitment process. Please take 3 minutes to tell us
about your experience: https://rideaufalls.ca/survey/candidate?id=2025-214

Merci d'avoir participé à notre processus de recrutement. Répondez à notre sondage (3 minutes).
""",
        tz=EST,
    ),
    m(
        "19163",
        "2025-11-26 09:30",
        "Sterling Backcheck <noreply@sterlingcheck.com>",
        "Énergie Laurentides - vérification des antécédents / background screening",
        ("other_job", "Énergie Laurentides", None, None, "other", "fr"),
        text="""Bonjour Élodie,

Énergie Laurentides a demandé une vérification préalable à l'emploi (antécédents
judiciaires, diplômes, références). Veuillez remplir votre formulaire sécurisé d'ici 72 h :
https://portal.sterlingcheck.com/candidate

Sterling Backcheck
""",
        tz=EST,
    ),
]

MAIL += [
    # 21 Atelier Horloger Vallon: the short reply that fixes the interview
    m(
        "19164",
        "2026-02-04 08:47",
        "Corinne Golay <corinne.golay@vallon-horlogerie.ch>",
        "RE: Analyste Supply Chain & Données - entretien",
        (
            "interview",
            "Atelier Horloger Vallon",
            "Analyste Supply Chain & Données",
            21,
            "direct",
            "fr",
        ),
        text="""Bonjour Madame,

C'est parfait pour le mercredi 11 février à 16h00, heure suisse. Je vous fais suivre le lien
Teams. M. Rochat, notre responsable logistique, se joindra à nous.

Meilleures salutations,
Corinne Golay
""",
        tz=CET,
        **reply("19115", "corinne.golay@vallon-horlogerie.ch"),
    ),
    # 36 Fondation Léman Santé via jobs.ch: confirmation, rejection (Swiss French)
    m(
        "19165",
        "2026-02-21 19:30",
        "jobs.ch <noreply@jobs.ch>",
        "Votre candidature a été envoyée",
        ("confirmation", "Fondation Léman Santé", "Data Analyst 80-100 %", 36, "other", "fr"),
        text="""Bonjour Élodie,

Votre candidature pour le poste « Data Analyst 80-100 % » a bien été transmise à Fondation
Léman Santé, Genève. Bonne chance!

Votre équipe jobs.ch
""",
        tz=CET,
    ),
    m(
        "19166",
        "2026-03-13 11:15",
        "Fondation Léman Santé - RH <rh@fondation-lemansante.ch>",
        "Votre dossier de candidature",
        ("rejection", "Fondation Léman Santé", "Data Analyst 80-100 %", 36, "direct", "fr"),
        text="""Madame,

Nous avons bien reçu votre dossier et vous remercions de l'intérêt que vous portez à notre
fondation. Après un examen attentif, nous sommes au regret de vous informer que nous ne
pouvons pas donner une suite favorable à votre candidature, d'autres profils correspondant
davantage à nos attentes, notamment en matière d'expérience du système de santé suisse.

Votre dossier vous est retourné par voie électronique. Nous vous adressons, Madame, nos
meilleures salutations.

Service des ressources humaines
Fondation Léman Santé
""",
        tz=CET,
    ),
]
