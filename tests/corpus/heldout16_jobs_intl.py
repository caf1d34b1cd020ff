"""Job mail of the sixteenth corpus (a tuning corpus): Québec French."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EST, EDT = "-0500", "-0400"

BM = "Brumo"
BM_R = "Développeuse backend senior"
NG = "Nuagerie"
NG_R = "Ingénieure infrastructure infonuagique"

MAIL: list[dict[str, Any]] = [
    # 31 Brumo (Logiciels Brumeau inc., brumo.ca), Workable in French
    m(
        "16201",
        "2026-04-02 09:14",
        "Brumo <noreply@candidates.workablemail.com>",
        "Merci pour votre candidature",
        ("confirmation", BM, BM_R, 31, "workable", "fr"),
        text="""Bonjour Nadia,

Merci de l'intérêt que vous portez au poste de Développeur(se) backend senior chez Brumo. Nous
avons bien reçu votre candidature et notre équipe l'étudiera attentivement.

Nous communiquerons avec vous si votre profil correspond à nos besoins.

L'équipe Talents de Brumo
Logiciels Brumeau inc. - Québec (Saint-Roch) et à distance
""",
        tz=EDT,
    ),
    m(
        "16202",
        "2026-04-08 13:37",
        "Geneviève Tremblay <genevieve.tremblay@brumo.ca>",
        "Petit appel la semaine prochaine?",
        ("interview", BM, BM_R, 31, "direct", "fr"),
        text="""Bonjour Nadia,

J'ai bien aimé ton parcours! On travaille en français à l'interne, mais je vois que tu te
débrouilles bien, alors ce ne sera pas un problème. Serais-tu disponible mardi le 14 avril à
10 h pour un premier appel d'environ 30 minutes avec moi et Mathieu, notre chef d'équipe?

Au plaisir,
Geneviève Tremblay
Conseillère en acquisition de talents | Brumo
""",
        tz=EDT,
    ),
    m(
        "16203",
        "2026-04-08 15:02",
        "Nadia Kowalczyk <nadia.kowalczyk@maplepost.ca>",
        "RE: Petit appel la semaine prochaine?",
        ("interview", BM, BM_R, 31, "direct", "fr"),
        text="""Bonjour Geneviève,

Merci beaucoup! Mardi 10 h me convient parfaitement.

Bonne journée,
Nadia
""",
        to="Geneviève Tremblay <genevieve.tremblay@brumo.ca>",
        tz=EDT,
        headers=reply("16202", "Geneviève Tremblay <genevieve.tremblay@brumo.ca>"),
    ),
    m(
        "16204",
        "2026-04-21 16:50",
        "Geneviève Tremblay <genevieve.tremblay@brumo.ca>",
        "Suivi",
        ("rejection", BM, BM_R, 31, "direct", "fr"),
        text="""Bonjour Nadia,

Merci encore pour ton temps la semaine dernière, Mathieu a vraiment apprécié la discussion sur
la gestion des files d'attente.

Après réflexion, nous avons choisi de poursuivre avec une autre personne dont l'expérience
en commerce de détail colle davantage au mandat. Ce n'est pas une décision facile, et on
garde ton CV en tête pour les prochaines ouvertures.

Bonne continuation!
Geneviève
""",
        tz=EDT,
    ),
    # 32 Nuagerie (nuagerie.qc.ca), CTO from his company address, mixed French/English
    m(
        "16205",
        "2026-05-04 08:05",
        "Jean-Philippe Roy <jp@nuagerie.qc.ca>",
        "Ta candidature",
        ("confirmation", NG, NG_R, 32, "direct", "fr"),
        text="""Salut Nadia,

Bien reçu ton CV pour le poste d'ingénieur(e) infrastructure infonuagique, merci! On est une
petite équipe de 12 à Montréal (Mile-End), le poste peut être à distance de Toronto avec une
visite par mois.

Je regarde ça cette semaine et je te reviens.

JP
Jean-Philippe Roy, CTO - Nuagerie
""",
        tz=EDT,
    ),
    m(
        "16206",
        "2026-05-07 10:40",
        "Jean-Philippe Roy <jp@nuagerie.qc.ca>",
        "Invitation: Nadia / JP - jasette technique @ jeu. 14 mai 2026 14h - 15h (HAE)",
        ("interview", NG, NG_R, 32, "direct", "fr"),
        text="""Vous avez été invité(e) à l'événement suivant.

Nadia / JP - jasette technique
jeudi 14 mai 2026 14h - 15h (heure avancée de l'Est)
Google Meet : https://meet.google.com/nuq-rtyh-sda

Invitation de Google Agenda
""",
        ics={
            "start": "2026-05-14 14:00:00 -0400",
            "uid": "1qv7r0c2k8ds4@google.com",
            "summary": "Nadia / JP - jasette technique",
            "organizer": ("Jean-Philippe Roy", "jp@nuagerie.qc.ca"),
            "location": "https://meet.google.com/nuq-rtyh-sda",
        },
        tz=EDT,
    ),
    m(
        "16207",
        "2026-05-29 17:12",
        "Jean-Philippe Roy <jp@nuagerie.qc.ca>",
        "Re: Ta candidature",
        ("rejection", NG, NG_R, 32, "direct", "fr"),
        text="""Salut Nadia,

Désolé pour le délai. On a finalement décidé d'aller avec quelqu'un basé à Montréal, ça simplifie
beaucoup les choses pour les astreintes et le bureau. Honnêtement c'était serré - tu as fait une
super impression à l'équipe.

Bonne chance pour la suite, et si jamais tu passes par Montréal, le café est sur moi.

JP
""",
        tz=EDT,
        headers=reply("16205", "Jean-Philippe Roy <jp@nuagerie.qc.ca>"),
    ),
    # 33 Banque Belvédère, Workday, bilingual confirmation; ghosted
    m(
        "16208",
        "2026-06-11 12:30",
        "Banque Belvédère <belvedere@myworkday.com>",
        "Accusé de réception de votre candidature / Application received",
        (
            "confirmation",
            "Banque Belvédère",
            "Ingénieur(e) en fiabilité de site (SRE)",
            33,
            "workday",
            "fr",
        ),
        text="""Bonjour Nadia,

Nous vous remercions d'avoir postulé au poste d'Ingénieur(e) en fiabilité de site (SRE)
(R-26-01874) à la Banque Belvédère. Votre candidature a bien été reçue et sera examinée par notre
équipe d'acquisition de talents.

Vous pouvez suivre l'état de votre candidature dans votre profil candidat.

Acquisition de talents, Banque Belvédère

--- English follows ---

Thank you for applying for the Site Reliability Engineer position (R-26-01874) at Banque
Belvédère. Your application has been received.
""",
        tz=EDT,
    ),
    # alerts, outreach and a code, in French
    m(
        "16209",
        "2026-04-20 06:00",
        "Jobillico <alertes@jobillico.com>",
        "Nouvelles offres d'emploi : développeur backend",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Nadia,

Voici les nouvelles offres correspondant à votre alerte « développeur backend - Montréal /
télétravail » :

- Développeur(se) Python senior - Groupe Vireo - Montréal (hybride)
- Ingénieur(e) DevOps - Banque Belvédère - Montréal
- Développeur backend Go - Nuagerie - Télétravail

Voir toutes les offres : https://www.jobillico.com/fr/alertes
""",
        tz=EDT,
    ),
    m(
        "16210",
        "2026-05-21 14:14",
        "Sophie Lavoie <slavoie@recrutementboreal.ca>",
        "Opportunité - Architecte plateforme (télétravail)",
        ("outreach", None, "Architecte plateforme", None, "agency", "fr"),
        text="""Bonjour Nadia,

Je me permets de vous écrire au sujet d'un mandat que nous menons pour un de nos clients, une
entreprise technologique québécoise en forte croissance. Le poste d'architecte plateforme
(Kubernetes, Terraform, AWS) est offert en télétravail partout au Canada, salaire de 150 000 $ à
175 000 $.

Seriez-vous disponible pour un bref appel cette semaine?

Sophie Lavoie
Associée, Recrutement Boréal
""",
        tz=EDT,
    ),
    m(
        "16211",
        "2026-06-11 12:27",
        "Banque Belvédère <belvedere@myworkday.com>",
        "Vérifiez votre adresse courriel",
        ("other_job", "Banque Belvédère", None, None, "workday", "fr"),
        text="""Bonjour,

Pour terminer la création de votre compte candidat à la Banque Belvédère, veuillez confirmer
votre adresse courriel en cliquant sur le lien ci-dessous :

https://belvedere.wd3.myworkdayjobs.com/fr-CA/Carrieres/activate/6b2f

Ce lien expire dans 24 heures.
""",
        tz=EDT,
    ),
]
